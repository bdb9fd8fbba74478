"""Every rule's ``examples`` run as tests, over the real readers and detectors.

A ``flag`` example, linted with only its rule active, must produce exactly one finding of
that rule; a ``pass`` example none. The detectors a check kind needs are probed first: while
one is still a placeholder (finds nothing on a sentence any implementation must handle) the
example is skipped with that reason, so these tests tighten as the detectors land.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from provlint.analysis import Analysis, analyze
from provlint.engine import Rule, lint, load_rules
from provlint.readers import parse, read_path

RULES = load_rules()
EXT = {"text": "txt", "markdown": "md", "html": "html"}


def _analyze(text: str, fmt: str = "text") -> Analysis:
    return analyze(parse(text, f"example.{EXT[fmt]}", fmt))


def _figures() -> bool:
    return bool(_analyze("Over 1,500 people died.").figures)


def _sourcing() -> bool:
    figs = _analyze("Over 1,500 people died, the health ministry said.").figures
    return any(f.sourcing != "none" for f in figs)


def _attributions() -> bool:
    return bool(_analyze("The minister resigned, his spokesman said.").attributions)


def _claims() -> bool:
    return any(c.kind == "factual" for c in _analyze("The minister resigned on Monday.").claims)


def _dates() -> bool:
    return bool(_analyze("The minister resigned recently.").dates)


def _quote_speakers() -> bool:
    a = _analyze("“We will stay here,” said Ahmad Karimi.")
    return bool(a.quotes) and a.quotes[0].speaker is not None


PROBES: dict[str, Callable[[], bool]] = {
    "figures": _figures,
    "sourcing": _sourcing,
    "attributions": _attributions,
    "claims": _claims,
    "dates": _dates,
    "quote speakers": _quote_speakers,
}
NEEDS = {
    "figure": ("figures", "sourcing"),
    "attribution": ("attributions", "claims", "sourcing"),  # skip-figures needs figure sourcing
    "time-reference": ("dates", "claims"),
    "quote": ("attributions", "quote speakers"),
    "claim": ("claims", "attributions"),
    "reference": (),
    "document": (),
    "suppression": (),
}


@cache
def _live(name: str) -> bool:
    return PROBES[name]()


def _skip_if_pending(rule: Rule) -> None:
    pending = [n for n in NEEDS[rule.kind] if not _live(n)]
    if pending:
        pytest.skip(
            f"{rule.code}: detector pending ({', '.join(pending)} finds nothing on its probe)"
        )


def _cases(key: str) -> list:
    return [
        pytest.param(r, text, id=f"{r.code}-{key}{i}")
        for r in RULES
        for i, text in enumerate(r.examples.get(key) or [])
    ]


def _lint(rule: Rule, text: str):
    a = _analyze(text, rule.examples.get("format", "text"))
    return lint(a, [rule])


@pytest.mark.parametrize("rule, text", _cases("flag"))
def test_flag_example(rule: Rule, text: str):
    _skip_if_pending(rule)
    found = _lint(rule, text)
    assert [f.code for f in found] == [rule.code], f"{rule.code} flag example {text!r}: {found}"


@pytest.mark.parametrize("rule, text", _cases("pass"))
def test_pass_example(rule: Rule, text: str):
    _skip_if_pending(rule)
    found = _lint(rule, text)
    assert found == [], (
        f"{rule.code} pass example {text!r} was flagged: {[f.message for f in found]}"
    )


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_has_flag_and_pass_examples(rule: Rule):
    assert rule.examples.get("flag"), f"{rule.code} ({rule.path}) has no flag example"
    assert rule.examples.get("pass"), f"{rule.code} ({rule.path}) has no pass example"


def test_every_check_kind_has_its_detectors_declared():
    assert {r.kind for r in RULES} <= set(NEEDS)


# -- fixture articles with expected findings marked inline (tests/fixtures/rules/README.md) -----

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules"
_EXPECT = re.compile(r"<!--\s*expect:\s*([^>]*?)\s*-->")


def _expected(path: Path) -> set[tuple[int, int, str]]:
    sidecar = path.with_name(path.name + ".expect")
    out = set()
    if sidecar.exists():
        for raw in sidecar.read_text(encoding="utf-8").splitlines():
            if raw.strip() and not raw.lstrip().startswith("#"):
                where, code = raw.split()
                line, col = where.split(":")
                out.add((int(line), int(col), code))
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for m in _EXPECT.finditer(line):
            for item in m.group(1).split():
                code, col = item.split("@")
                out.add((n, int(col), code))
    return out


def _live_codes() -> set[str]:
    return {r.code for r in RULES if all(_live(n) for n in NEEDS[r.kind])}


@pytest.mark.parametrize(
    "path",
    sorted(
        p
        for p in FIXTURES.iterdir()
        if p.suffix in (".md", ".txt", ".html") and p.name != "README.md"
    ),
    ids=lambda p: p.name,
)
def test_fixture_findings_at_exact_positions(path: Path):
    doc = read_path(path)
    found = lint(analyze(doc), list(RULES))
    live = _live_codes()
    got = {(f.line, f.col, f.code) for f in found if f.code in live}
    want = {e for e in _expected(path) if e[2] in live}
    assert got == want, f"unexpected: {sorted(got - want)}; missing: {sorted(want - got)}"
