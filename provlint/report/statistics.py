"""``--statistics``: how many findings each rule produced, most frequent first."""

from __future__ import annotations

from collections import Counter

from provlint.report.json_report import all_findings
from provlint.results import RunResult

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any


def statistics(run: RunResult) -> list[dict[str, Any]]:
    """One row per rule code: code, name, severity, count; by count (desc), then code."""
    counts: Counter[str] = Counter()
    meta: dict[str, tuple[str, str]] = {}
    for f in all_findings(run):
        counts[f.code] += 1
        meta.setdefault(f.code, (f.name, f.severity))
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"code": c, "name": meta[c][0], "severity": meta[c][1], "count": n} for c, n in rows]


def render_statistics(run: RunResult, args: Any = None) -> str:
    """Aligned text table; an empty run says so."""
    rows = statistics(run)
    if not rows:
        return "no findings\n"
    width = max(len(str(r["count"])) for r in rows)
    code_w = max(len(r["code"]) for r in rows)
    return "".join(
        f"{r['count']:>{width}}  {r['code']:<{code_w}}  {r['name']} [{r['severity']}]\n"
        for r in rows
    )
