"""The rule engine: load rule files, choose the active rules, and turn hits into findings.

Rules are data (``rules/*.yaml``, validated by ``schemas/rule.schema.json``); this module
holds the generic machinery. Per document the order is: drop rules ignored for the file,
evaluate each rule's check kind, drop hits in boilerplate blocks, apply inline suppressions,
set fingerprints. Baselines apply later, over the whole run.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from provlint import regexcache
from provlint.checks import Hit, checks
from provlint.errors import RuleError
from provlint.model import SEVERITIES, Finding
from provlint.record import field, record
from provlint.resources import rules_dir
from provlint.yamlfile import compose, line_of, load_yaml

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:  # only annotations: the argument parser imports this module, keep it light
    from typing import Any

    from provlint.analysis import Analysis
    from provlint.document import Sentence

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
FAIL_LEVELS = ("error", "warning", "info", "never")


@record(frozen=True, slots=False)
class Rule:
    """One rule file, loaded and checked."""

    code: str
    name: str
    severity: str
    message: str
    check: dict[str, Any]
    what: str
    why: str
    example: str
    examples: dict[str, Any] = field(default_factory=dict, compare=False)
    weight: float = 1.0
    summary: str = ""
    path: Path | None = None

    @property
    def kind(self) -> str:
        return self.check["kind"]

    def format(self, fields: dict[str, Any]) -> str:
        return self.message.format_map({k: ("" if v is None else v) for k, v in fields.items()})


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    m = regexcache.compile(r"(?<=[.!?])\s").search(text)
    return text[: m.start()] if m else text


def _rule_line(path: Path, keys: list[Any]) -> str:
    try:
        node = compose(path.read_text(encoding="utf-8"))
    except OSError:  # pragma: no cover - already read once
        node = None
    line = line_of(node, keys) if node is not None else None
    return f"{path}:{line}" if line else str(path)


def load_rule(path: Path, check: bool = True) -> Rule:
    """Read one rule file; every problem is a :class:`RuleError` naming ``file:line``.

    ``check`` validates it against the rule schema; the shipped rules skip that at run time
    because the test suite validates them.
    """
    data = load_yaml(path, RuleError)
    if not isinstance(data, dict):
        raise RuleError(str(path), "a rule file must be a mapping of keys to values")
    if check:
        data = load_yaml(path, RuleError, schema="rule")
    check = data["check"]
    for key in ("pattern", "exclude-sources", "exclude-content"):
        if key in check:
            try:
                regexcache.compile(check[key])
            except re.error as exc:
                raise RuleError(
                    _rule_line(path, ["check", key]), f"bad regex {check[key]!r}: {exc}"
                ) from None
    allowed = checks()[check["kind"]][1]
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(data["message"]) if f is not None]
    except ValueError as exc:
        raise RuleError(_rule_line(path, ["message"]), f"bad message template: {exc}") from None
    for name in names:
        if name not in allowed:
            raise RuleError(
                _rule_line(path, ["message"]),
                f"message field {{{name}}} is not filled by check kind {check['kind']!r}; "
                f"allowed: {', '.join(allowed)}",
            )
    return Rule(
        code=data["code"],
        name=data["name"],
        severity=data["severity"],
        message=data["message"],
        check=check,
        what=data["what"].strip(),
        why=data["why"].strip(),
        example=data["example"].strip(),
        examples=data["examples"],
        weight=float(data.get("weight", 1.0)),
        summary=data.get("summary") or _first_sentence(data["what"]),
        path=path,
    )


def rule_files(paths: Iterable[Path]) -> list[Path]:
    """Rule files of files and folders (top level of a folder only: lexicons live below)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(
                f
                for f in sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml")))
                if f.name != "score.yaml"
            )
        elif p.is_file():
            out.append(p)
        else:
            raise RuleError(str(p), "rule path does not exist")
    return out


@cache
def load_rules(extra: tuple[Path, ...] = ()) -> tuple[Rule, ...]:
    """The shipped pack plus rule files or folders in ``extra``, sorted by code."""
    rules: dict[str, Rule] = {}
    names: dict[str, Rule] = {}
    files = [(p, False) for p in rule_files([rules_dir()])]
    seen = {p.resolve() for p, _ in files}
    for p in rule_files(extra):  # a folder named twice (config and flag) is read once
        if p.resolve() not in seen:
            seen.add(p.resolve())
            files.append((p, True))
    for path, check in files:  # the shipped rules are validated by the test suite
        rule = load_rule(path, check)
        for key, seen, what in ((rule.code, rules, "code"), (rule.name, names, "name")):
            if key in seen:
                raise RuleError(
                    _rule_line(path, [what]),
                    f"duplicate rule {what} {key} (also in {seen[key].path})",
                )
        rules[rule.code] = rule
        names[rule.name] = rule
    return tuple(sorted(rules.values(), key=lambda r: r.code))


def _specificity(code: str, patterns: Iterable[str]) -> int:
    """Length of the longest pattern (code or prefix, or ALL) matching ``code``; -1 if none."""
    best = -1
    for p in patterns:
        if p == "ALL":
            best = max(best, 0)
        elif code.startswith(p):
            best = max(best, len(p))
    return best


def select_rules(
    rules: Iterable[Rule], select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> list[Rule]:
    """Active rules: selected (all when ``select`` is empty) and not ignored.

    As in ruff, the more specific pattern wins: ``select PV1`` with ``ignore PV101`` drops PV101,
    ``ignore PV1`` with ``select PV101`` keeps it.
    """
    select, ignore = tuple(select) or ("ALL",), tuple(ignore)
    out = []
    for r in rules:
        s, i = _specificity(r.code, select), _specificity(r.code, ignore)
        if s >= 0 and s > i:
            out.append(r)
    return out


def code_problem(code: str, rules: Iterable[Rule], key: str = "") -> str | None:
    """Why ``code`` (a select/ignore entry) is wrong, or None when it matches a rule; the
    message says what is allowed and, when one is close, which code was probably meant."""
    known = [r.code for r in rules]
    if code == "ALL" or any(k.startswith(code) for k in known):
        return None
    import difflib

    close = difflib.get_close_matches(code, known, n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    where = f" in {key}" if key else ""
    allowed = "a rule code or its prefix" if key == "severity" else "ALL, a rule code or its prefix"
    return f"unknown rule code or prefix {code!r}{where}; allowed: {allowed} (provlint rules lists them){hint}"


def check_codes(codes: Iterable[str], rules: Iterable[Rule], source: str, key: str = "") -> None:
    """Reject select/ignore entries that match no rule, so typos do not silently do nothing;
    ``key`` names the config key the codes come from."""
    rules = list(rules)
    for c in codes:
        problem = code_problem(c, rules, key)
        if problem is not None:
            raise RuleError(source, problem)


def severity_for(rule: Rule, overrides: dict[str, str]) -> str:
    """The rule's severity, or the override of its code or longest matching prefix."""
    best, level = -1, rule.severity
    for pattern, value in overrides.items():
        if rule.code.startswith(pattern) and len(pattern) > best and value in SEVERITIES:
            best, level = len(pattern), value
    return level


def at_or_above(severity: str, fail_level: str) -> bool:
    return fail_level != "never" and SEVERITY_RANK[severity] >= SEVERITY_RANK[fail_level]


def _in_boilerplate(a: Analysis, sentence: int | None, sentences: list[Sentence]) -> bool:
    if sentence is None:
        return False
    if not 0 <= sentence < len(sentences):
        return False
    return a.document.blocks[sentences[sentence].block].boilerplate is not None


def make_finding(
    a: Analysis,
    rule: Rule,
    hit: Hit,
    severity: str | None = None,
    sentences: list[Sentence] | None = None,
) -> Finding:
    """A finding in source coordinates (offsets and 1-based line/col) for a hit."""
    doc = a.document
    sentences = doc.sentences if sentences is None else sentences
    if hit.source:
        start, end = hit.start, hit.end
    else:
        start, end = doc.offset_map.span(hit.start, hit.end)
    line, col, end_line, end_col = doc.line_index.positions(start, end)
    context = ""
    if hit.sentence is not None and 0 <= hit.sentence < len(sentences):
        s = sentences[hit.sentence]
        context = " ".join(doc.prose[s.start : s.end].split())
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=severity or rule.severity,
        message=rule.format(hit.fields),
        path=doc.path,
        start=start,
        end=end,
        line=line,
        col=col,
        end_line=end_line,
        end_col=end_col,
        context=context,
        extra={"text": str(hit.fields.get("text", "")), "weight": rule.weight},
    )


def evaluate(
    a: Analysis, rules: Iterable[Rule], severities: dict[str, str] | None = None
) -> list[Finding]:
    """Run each rule's check over the analysis; findings in boilerplate blocks are dropped."""
    registry = checks()
    sentences = a.document.sentences  # built on each access: take it once
    findings = []
    for rule in rules:
        fn = registry[rule.kind][0]
        sev = severity_for(rule, severities or {})
        for hit in fn(a, rule.check):
            if not _in_boilerplate(a, hit.sentence, sentences):
                findings.append(make_finding(a, rule, hit, sev, sentences))
    return sort_findings(findings)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.path, f.line, f.col, f.code, f.end))


def lint(
    a: Analysis,
    rules: Iterable[Rule],
    severities: dict[str, str] | None = None,
    known: Iterable[Rule] | None = None,
) -> list[Finding]:
    """Findings of one document: evaluate, apply inline suppressions, set fingerprints.

    ``known``: every rule of the pack, active or not (default: the shipped pack), so an inline
    suppression naming an inactive rule is not mistaken for a typo."""
    from provlint.baseline import set_fingerprints
    from provlint.suppress import apply_suppressions

    rules = list(rules)
    findings = evaluate(a, rules, severities)
    findings = apply_suppressions(a, findings, rules, severities, known)
    set_fingerprints(findings)
    return sort_findings(findings)
