"""Inline suppressions: comments that silence findings, and reports of ones that silence nothing.

Markdown and HTML::

    <!-- provlint-disable PV101, PV104 -->   ... until <!-- provlint-enable --> (or the end)
    <!-- provlint-disable-next-line PV101 -->
    <!-- provlint-disable-line PV101 -->      (on the line it suppresses)

Plain text (a line of its own; ``#`` or ``//`` before it is allowed)::

    provlint: disable=PV101,PV104     provlint: enable     provlint: disable-next-line=PV101

No codes means every rule. Codes may be prefixes (``PV1``). A ``disable`` that suppressed
nothing is reported by the rule whose check kind is ``suppression`` (PV001), but only for
codes of rules that were active, so running a subset of rules does not flood the report.
"""

from __future__ import annotations

from collections.abc import Iterable

from provlint import regexcache
from provlint.analysis import Analysis
from provlint.checks import Hit
from provlint.model import Finding
from provlint.record import field, record

_DIRECTIVE = regexcache.compile(
    r"provlint(?:-|:\s*)(?P<action>disable-next-line|disable-line|disable|enable)\b\s*=?\s*(?P<codes>[A-Z0-9,\s]*)"
)
_CODE = regexcache.compile(r"[A-Z]+[0-9]*")


@record(slots=False)
class Directive:
    """One inline provlint comment: what it does, to which codes, over which lines."""

    action: str  # disable | enable | disable-next-line | disable-line
    codes: tuple[str, ...]  # empty: every rule
    offset: int  # source offset of the comment
    end: int
    line: int
    text: str
    first: int = 0  # lines covered, inclusive
    last: int = 0
    used: set[str] = field(default_factory=set)  # codes (or "*") that suppressed a finding

    def covers(self, code: str) -> str | None:
        """The directive entry matching ``code`` ("*" for all), or None."""
        if not self.codes:
            return "*"
        for c in self.codes:
            if code.startswith(c):
                return c
        return None


def parse_directives(a: Analysis) -> list[Directive]:
    """Directives of a document's comments, with the lines each one covers."""
    doc = a.document
    out: list[Directive] = []
    for offset, text in doc.comments:
        m = _DIRECTIVE.search(text)
        if not m:
            continue
        line, _ = doc.line_index.position(offset)
        codes = tuple(_CODE.findall(m.group("codes")))
        out.append(
            Directive(m.group("action"), codes, offset, offset + len(text), line, text.strip())
        )
    last_line = doc.line_index.line_count
    for i, d in enumerate(out):
        if d.action == "disable-line":
            d.first = d.last = d.line
        elif d.action == "disable-next-line":
            end_line, _ = doc.line_index.position(min(d.end, len(doc.source)))
            d.first = d.last = _next_content_line(doc.source, doc.line_index, end_line)
        elif d.action == "disable":
            d.first, d.last = d.line, last_line
            for e in out[i + 1 :]:
                if e.action == "enable" and (
                    not e.codes or not d.codes or set(d.codes) & set(e.codes)
                ):
                    d.last = e.line
                    break
    return out


def _next_content_line(source: str, index, line: int) -> int:
    """The first non-blank line after ``line`` (a blank line between would hide nothing)."""
    lines = source.split("\n")
    n = line + 1
    while n <= len(lines) and not lines[n - 1].strip():
        n += 1
    return min(n, index.line_count)


def apply_suppressions(
    a: Analysis,
    findings: list[Finding],
    rules: Iterable,
    severities: dict[str, str] | None = None,
) -> list[Finding]:
    """Drop suppressed findings; add unused-suppression findings when such a rule is active."""
    from provlint.engine import make_finding, severity_for

    directives = [d for d in parse_directives(a) if d.action != "enable"]
    if not directives:
        return findings
    rules = list(rules)
    kept = []
    for f in findings:
        hit = None
        for d in directives:
            entry = d.covers(f.code)
            if entry is not None and d.first <= f.line <= d.last:
                d.used.add(entry)
                hit = d
        if hit is None:
            kept.append(f)
    reporters = [r for r in rules if r.kind == "suppression"]
    if not reporters:
        return kept
    active = [r.code for r in rules if r.kind != "suppression"]
    for d in directives:
        if d.codes:
            unused = [
                c for c in d.codes if c not in d.used and any(k.startswith(c) for k in active)
            ]
        else:
            unused = [] if d.used else ["*"]
        if not unused:
            continue
        codes = "all rules" if unused == ["*"] else ", ".join(unused)
        for rule in reporters:
            hit = Hit(d.offset, d.end, None, {"text": d.text, "codes": codes}, source=True)
            kept.append(make_finding(a, rule, hit, severity_for(rule, severities or {})))
    return kept
