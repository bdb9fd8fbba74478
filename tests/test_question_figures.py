"""A question asks and claims nothing: its figures are not reported as unsourced."""

from __future__ import annotations

import pytest

from provlint.analysis import analyze
from provlint.engine import evaluate, load_rules
from provlint.readers import parse


def codes(text: str) -> list[str]:
    a = analyze(parse(text, "t.txt", "text"))
    rules = [r for r in load_rules() if r.code in ("PV101", "PV102", "PV103", "PV109")]
    return sorted(f.code for f in evaluate(a, rules))


@pytest.mark.parametrize(
    "text",
    [
        "What would the town do with an extra $40 million?",
        "Q: What would the town do with an extra $40 million?",
        "How many of the 300 flats are empty?",
    ],
)
def test_figure_in_a_question_is_not_reported(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The town got an extra $40 million.", ["PV102"]),
        ("The town got an extra $40 million. Who will spend it?", ["PV102"]),
    ],
)
def test_figure_in_a_statement_is_reported(text: str, found: list[str]) -> None:
    assert codes(text) == found
