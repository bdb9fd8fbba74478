"""Figure sourcing around a share of a polled group as a source ("47 percent said ..."): the
share answers, it backs no figure in its answer. Runs the whole analysis, since the share must
be found as a figure."""

from __future__ import annotations

import pytest

from provlint.analysis import analyze
from provlint.readers import parse


def _sourcing(text: str, figure_text: str) -> str:
    """The sourcing of the figure whose text is ``figure_text``."""
    analysis = analyze(parse(text, "t.txt", "text"))
    return next(f.sourcing for f in analysis.figures if f.text == figure_text)


CASES = [
    # a second share or a change next to the group's answer is the pollster's or the writer's
    (
        "Among tenants, 47 percent said they backed the new rent cap, followed by the old"
        " rules with 38 percent.",
        "38 percent",
        "none",
    ),
    (
        "About 6 in 10 tenants said they backed the rent cap, up from 4 in 10 in March.",
        "4 in 10",
        "none",
    ),
    # a source that is no share still backs the figures of its report
    ("Officials said 40 workers were hurt, up from 12 last year.", "40 workers", "anonymous"),
    (
        "Two engineers said the repairs would cost $4 million.",
        "$4 million",
        "anonymous",
    ),
    (
        "The Harbor Daily reported that 47 percent of the loans were repaid.",
        "47 percent",
        "named",
    ),
]


@pytest.mark.parametrize(("text", "figure", "sourcing"), CASES)
def test_share_as_source(text: str, figure: str, sourcing: str) -> None:
    assert _sourcing(text, figure) == sourcing
