"""``--output-format github``: GitHub Actions workflow commands that become annotations.

GitHub shows at most 10 error and 10 warning annotations per step and 50 per job; the rest
are dropped silently. provlint prints at most :data:`MAX_PER_SEVERITY` commands per severity
(errors, warnings and notices each) and ends with one summary line that counts everything,
including what was left out, so nothing disappears without a trace. An article scoring
below its ``fail-under`` gets an error annotation of its own (never capped). The full list is in the
SARIF or JSON report.
"""

from __future__ import annotations

from provlint.model import Finding
from provlint.report.json_report import all_findings, severity_counts
from provlint.results import RunResult

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

MAX_PER_SEVERITY = 50
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow-command message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow-command property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(f: Finding) -> str:
    """One annotation. Columns go only on a one-line range: the Actions toolkit says
    ``col``/``endColumn`` cannot be sent when ``line`` and ``endLine`` differ."""
    props: dict[str, object] = {"file": f.path, "line": f.line, "endLine": f.end_line}
    if f.end_line == f.line:
        props.update(col=f.col, endColumn=f.end_col)
    props["title"] = f"{f.code} {f.name}"
    prop_text = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{COMMANDS.get(f.severity, 'warning')} {prop_text}::{escape_data(f.message)}"


def render_github(run: RunResult, args: Any = None, cap: int = MAX_PER_SEVERITY) -> str:
    """Annotations (capped per severity), input errors, and a final summary line."""
    lines: list[str] = []
    shown: dict[str, int] = {}
    findings = all_findings(run)
    for f in findings:
        kind = COMMANDS.get(f.severity, "warning")
        if shown.get(kind, 0) >= cap:
            continue
        shown[kind] = shown.get(kind, 0) + 1
        lines.append(command(f))
    under = [d for d in run.documents if d.under_fail_under]
    for d in under:  # a failing score is a reason the job fails: always annotated
        lines.append(
            f"::error file={escape_property(d.path)},title=provlint fail-under::"
            + escape_data(f"provenance score {d.score:.1f} is below fail-under {d.fail_under:g}")
        )
    for e in run.errors:
        lines.append(
            f"::error file={escape_property(e.source)},title=provlint input error::{escape_data(e.problem)}"
        )
    counts = severity_counts(findings)
    left_out = len(findings) - sum(shown.values())
    text = (
        f"provlint: {counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} notice(s) "
        f"in {len(run.documents)} file(s)"
    )
    if under:
        text += f", {len(under)} article(s) below fail-under"
    if run.errors:
        text += f", {len(run.errors)} input error(s)"
    if left_out:
        text += f"; {left_out} not annotated (cap {cap} per severity), see the SARIF or JSON report"
    lines.append(text)
    return "\n".join(lines) + "\n"
