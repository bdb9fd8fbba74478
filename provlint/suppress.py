"""Inline suppressions: comments that silence findings, and reports of ones that silence nothing.

Markdown and HTML::

    <!-- provlint-disable PV101, PV104 -->   ... until <!-- provlint-enable --> (or the end)
    <!-- provlint-disable-next-line PV101 -->
    <!-- provlint-disable-line PV101 -->      (on the line it suppresses)

Plain text (a line of its own; ``#`` or ``//`` before it is allowed)::

    provlint: disable=PV101,PV104     provlint: enable     provlint: disable-next-line=PV101

No codes means every rule. Codes are case-insensitive and may be prefixes (``PV1``) or rule
names (``unsourced-money-figure``); codes are separated by commas or spaces, and a reason may
follow `` -- `` (``provlint: disable=PV101 -- toll sourced in the caption``). A token that
names no rule (a typo such as ``PV1O2`` or ``PV999``) suppresses nothing, never everything:
it is reported as PV001. A ``disable`` that suppressed nothing is reported by the rule whose
check kind is ``suppression`` (PV001), but only for codes of rules that were active, so
running a subset of rules does not flood the report.
"""

from __future__ import annotations

from collections.abc import Iterable

from provlint import regexcache
from provlint.analysis import Analysis
from provlint.checks import Hit
from provlint.model import Finding
from provlint.record import field, record

_DIRECTIVE = regexcache.compile(
    r"provlint(?:-|:\s*)(?P<action>disable-next-line|disable-line|disable|enable)"
    r"(?![\w-])\s*=?(?P<codes>(?:(?!-->|\s--(?:\s|$)).)*)"
)
_TOKEN = regexcache.compile(r"[^,\s]+")
_CODE_LIKE = regexcache.compile(r"[A-Z]+[0-9]*")


@record(slots=False)
class Directive:
    """One inline provlint comment: what it does, to which codes, over which lines."""

    action: str  # disable | enable | disable-next-line | disable-line
    codes: tuple[str, ...]  # empty (and no unknown tokens): every rule
    offset: int  # source offset of the comment
    end: int
    line: int
    text: str
    first: int = 0  # lines covered, inclusive
    last: int = 0
    used: set[str] = field(default_factory=set)  # codes (or "*") that suppressed a finding
    unknown: tuple[str, ...] = ()  # tokens that name no rule: they suppress nothing

    def covers(self, code: str) -> str | None:
        """The directive entry matching ``code`` ("*" for all), or None."""
        if not self.codes:
            return None if self.unknown else "*"
        for c in self.codes:
            if code.startswith(c):
                return c
        return None


def resolve_codes(text: str, known: Iterable) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The codes a directive's code list names, and the tokens that name no rule.

    A token is a code or code prefix of a known rule (any case: ``pv102``, ``PV1``) or a rule's
    name (``unsourced-money-figure``). Anything else is unknown, so a typo never widens a
    suppression: ``PV1O2`` is not read as ``PV1`` plus junk.
    """
    known = list(known)
    names = {r.name.lower(): r.code for r in known}
    codes: list[str] = []
    unknown: list[str] = []
    every = False
    for token in _TOKEN.findall(text):  # every token is read, so a typo after "all" is seen
        upper = token.upper()
        if upper in ("ALL", "*"):
            every = True
        elif token.lower() in names:
            codes.append(names[token.lower()])
        elif _CODE_LIKE.fullmatch(upper) and any(r.code.startswith(upper) for r in known):
            codes.append(upper)
        else:
            unknown.append(token)
    if every:
        return (), tuple(unknown)  # every rule
    return tuple(dict.fromkeys(codes)), tuple(unknown)


def parse_directives(a: Analysis, known: Iterable | None = None) -> list[Directive]:
    """Directives of a document's comments, with the lines each one covers.

    ``known``: every rule of the pack, active or not (default: the shipped pack), to tell a
    code of an inactive rule from a token that names no rule at all."""
    from provlint.engine import load_rules

    known = list(load_rules() if known is None else known)
    doc = a.document
    out: list[Directive] = []
    for offset, text in doc.comments:
        m = _DIRECTIVE.search(text)
        if not m:
            continue
        line, _ = doc.line_index.position(offset)
        codes, unknown = resolve_codes(m.group("codes"), known)
        out.append(
            Directive(
                m.group("action"),
                codes,
                offset,
                offset + len(text),
                line,
                text.strip(),
                unknown=unknown,
            )
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
                    (not e.codes and not e.unknown) or not d.codes or set(d.codes) & set(e.codes)
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
    known: Iterable | None = None,
) -> list[Finding]:
    """Drop suppressed findings; add unused-suppression findings when such a rule is active.

    ``known`` is every rule of the pack (active or not); a suppression token that names none of
    them is reported, and so is an ``enable`` naming one."""
    from provlint.engine import load_rules, make_finding, severity_for

    rules = list(rules)
    known = [*(load_rules() if known is None else known), *rules]
    parsed = parse_directives(a, known)
    directives = [d for d in parsed if d.action != "enable" or d.unknown]
    if not directives:
        return findings
    kept = []
    for f in findings:
        hit = None
        for d in directives:
            if d.action == "enable":
                continue
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
        if d.action == "enable":
            unused = []
        elif d.codes:
            unused = [
                c for c in d.codes if c not in d.used and any(k.startswith(c) for k in active)
            ]
        else:
            unused = [] if d.used or d.unknown else ["*"]
        if d.unknown:
            unused.append("unknown rule " + ", ".join(d.unknown))
        if not unused:
            continue
        codes = "all rules" if unused == ["*"] else ", ".join(unused)
        for rule in reporters:
            hit = Hit(d.offset, d.end, None, {"text": d.text, "codes": codes}, source=True)
            kept.append(make_finding(a, rule, hit, severity_for(rule, severities or {})))
    return kept
