"""``--output-format junit``: one test suite, one test case per article.

A case fails when the article has findings at or above the fail level, or a provenance score
below its fail-under; the failure lists why. Inputs that could not be read are cases with an
``<error>``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from provlint.report.json_report import at_or_above
from provlint.results import RunResult

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold at all (escaping is ElementTree's job)."""
    return _XML_INVALID.sub("\ufffd", text)


def render_junit(run: RunResult, args: Any = None, fail_level: str | None = None) -> str:
    """``fail_level`` (or ``args.fail_level``) overrides each article's own fail level."""
    forced = fail_level or getattr(args, "fail_level", None)
    suites = ET.Element("testsuites", name="provlint")
    suite = ET.SubElement(suites, "testsuite", name="provlint")
    failures = 0
    for doc in run.documents:
        case = ET.SubElement(
            suite, "testcase", classname="provlint", name=_clean(doc.path), file=_clean(doc.path)
        )
        level = forced or doc.fail_level
        failing = [f for f in doc.findings if at_or_above(f.severity, level)]
        reasons = [f"{len(failing)} finding(s) at or above {level}"] if failing else []
        lines = [f"{f.path}:{f.line}:{f.col}: {f.code} [{f.severity}] {f.message}" for f in failing]
        if doc.under_fail_under:
            gate = f"provenance score {doc.score:.1f} is below fail-under {doc.fail_under:g}"
            reasons.append(gate)
            lines.append(f"{doc.path}: {gate}")
        if reasons:
            failures += 1
            fail = ET.SubElement(
                case, "failure", type="provlint", message=_clean("; ".join(reasons))
            )
            fail.text = _clean("\n".join(lines))
        # every article carries its score; "n/a" when nothing check-worthy could be scored
        score = "n/a" if doc.score is None else f"{doc.score:g}"
        props = ET.SubElement(case, "properties")
        ET.SubElement(props, "property", name="score", value=score)
    for err in run.errors:
        case = ET.SubElement(suite, "testcase", classname="provlint", name=_clean(err.source))
        ET.SubElement(case, "error", type="input", message=_clean(err.problem))
    total = len(run.documents) + len(run.errors)
    for el in (suites, suite):
        el.set("tests", str(total))
        el.set("failures", str(failures))
        el.set("errors", str(len(run.errors)))
    suite.set("skipped", "0")
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
