"""``--output-format json``: a versioned, machine-readable report (``schemas/report.schema.json``).

Also home of the small helpers the other machine formats share: rule metadata lookup,
severity counts and fail-level tests.
"""

from __future__ import annotations

import math

from provlint import __version__
from provlint.jsontext import dumps
from provlint.model import SEVERITIES, Finding
from provlint.results import RunResult

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

REPORT_SCHEMA_VERSION = 1
TOOL_NAME = "provlint"
INFORMATION_URI = "https://github.com/provlint/provlint"


# -- shared helpers -----------------------------------------------------------------------------


def rule_attr(rule: Any, key: str, default: Any = None) -> Any:
    """``key`` of a rule object: an attribute, a key, or an entry of its ``docs``."""
    if isinstance(rule, dict):
        if key in rule:
            return rule[key]
        docs = rule.get("docs")
    else:
        if hasattr(rule, key):
            return getattr(rule, key)
        docs = getattr(rule, "docs", None)
    if isinstance(docs, dict):
        return docs.get(key, default)
    if docs is not None and hasattr(docs, key):
        return getattr(docs, key)
    return default


def all_findings(run: RunResult) -> list[Finding]:
    return [f for d in run.documents for f in d.findings]


def severity_counts(findings: list[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def at_or_above(severity: str, fail_level: str) -> bool:
    """True when ``severity`` is as severe as ``fail_level`` or more ("error" > "warning" > "info").

    The fail level "never" is reached by nothing.
    """
    if fail_level == "never":
        return False
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return rank.get(severity, len(SEVERITIES)) <= rank.get(fail_level, 1)


def json_safe(value: Any) -> Any:
    """``value`` with non-JSON leaves turned into strings and NaN/inf into None."""
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [json_safe(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


# -- the report ---------------------------------------------------------------------------------


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": f.name,
        "severity": f.severity,
        "message": f.message,
        "line": f.line,
        "col": f.col,
        "end_line": f.end_line,
        "end_col": f.end_col,
        "start": f.start,
        "end": f.end,
        "fingerprint": f.fingerprint,
    }


def summary(run: RunResult) -> dict[str, Any]:
    counts = severity_counts(all_findings(run))
    return {
        "files": len(run.documents),
        "findings": sum(counts.values()),
        **counts,
        "errors": len(run.errors),
    }


def report_json(run: RunResult) -> dict[str, Any]:
    """The report as a JSON-ready dict."""
    return {
        "schema_version": REPORT_SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": __version__},
        "summary": summary(run),
        "documents": [
            {
                "path": d.path,
                "score": json_safe(d.scorecard.score) if d.scorecard else None,
                "components": json_safe(d.scorecard.components) if d.scorecard else {},
                "findings": [finding_json(f) for f in d.findings],
            }
            for d in run.documents
        ],
        "errors": [{"path": e.source, "message": e.problem} for e in run.errors],
    }


def render_json(run: RunResult, args: Any = None) -> str:
    """The JSON report as text (UTF-8, one trailing newline)."""
    return dumps(report_json(run)) + "\n"
