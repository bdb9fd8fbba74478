"""Time references, QA round 8: ranges of days, parts of a month or year, events that name
their time, titles with a weekday, future markers, and pinned dayparts as days."""

from __future__ import annotations

import pytest

from provlint.analysis import analyze
from provlint.readers import parse
from provlint.score import compute
from tests.test_dates import dates


@pytest.mark.parametrize(
    ("sentence", "span", "precision", "value"),
    [
        # a range of days is one span, valued as an ISO interval
        (
            "Crowds fled between 12 and 19 May, the agency said.",
            "between 12 and 19 May",
            "day_month",
            "2025-05-12/2025-05-19",
        ),
        (
            "Crowds fled from 3 to 7 March.",
            "from 3 to 7 March",
            "day_month",
            "2026-03-03/2026-03-07",
        ),
        ("Crowds fled on 3-7 March.", "on 3-7 March", "day_month", "2026-03-03/2026-03-07"),
        ("Crowds fled Sept. 8-11 in Lyon.", "Sept. 8-11", "day_month", "2025-09-08/2025-09-11"),
        (
            "Crowds fled between 2 February and 9 March.",
            "between 2 February and 9 March",
            "day_month",
            "2026-02-02/2026-03-09",
        ),
        (
            "Crowds fled from 29 December to 2 January.",
            "from 29 December to 2 January",
            "day_month",
            "2025-12-29/2026-01-02",
        ),
        (
            "The fair ran from 4 to 9 June 2019 in Oslo.",
            "from 4 to 9 June 2019",
            "day",
            "2019-06-04/2019-06-09",
        ),
        # a part of a month or year before "of"
        ("Crowds fled in the second half of May.", "in the second half of May", "vague", "2025-05"),
        ("Crowds fled by the end of 2019.", "by the end of 2019", "year", "2019"),
        (
            "Crowds fled in the first week of June 2021.",
            "in the first week of June 2021",
            "month",
            "2021-06",
        ),
        ("Crowds fled in mid-March.", "in mid-March", "vague", "2026-03"),
        # bare, "at the time" still leaves the reader to guess
        ("He was 16 at the time, his lawyer said.", "at the time", "vague", None),
        # a daypart the article's date pins is a day
        ("The mayor resigned yesterday.", "yesterday", "day", "2026-04-09"),
        ("The mayor resigns today.", "today", "day", "2026-04-10"),
        ("The mayor will resign tomorrow.", "tomorrow", "day", "2026-04-11"),
        ("The strike ended two days ago.", "two days ago", "day", "2026-04-08"),
    ],
)
def test_finds_time_reference(sentence: str, span: str, precision: str, value: str | None) -> None:
    found = dates(sentence, "2026-04-10")
    assert [(d.text, d.precision, d.value) for d in found] == [(span, precision, value)]
    assert sentence[found[0].start : found[0].end] == span


def test_a_daypart_without_the_articles_date_stays_vague() -> None:
    assert [(d.precision, d.value) for d in dates("The mayor resigned yesterday.")] == [
        ("vague", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        # "and" joins two days into a range only after "between"
        ("Crowds fled on 3 and 4 May.", ["4 May"]),
        # the number after a month counts a noun
        ("By March 3 to 5 people had fled.", ["March 3"]),
    ],
)
def test_not_a_range(sentence: str, spans: list[str]) -> None:
    assert [d.text for d in dates(sentence)] == spans


@pytest.mark.parametrize(
    "sentence",
    [
        # an event after "of" names the time
        "He was 16 at the time of the alleged theft.",
        "The rebels fought for months of the siege.",
        # a weekday between an article and a capitalised word is a title
        "The singer quit the band, the Monday Gazette can reveal.",
        "She joined a Saturday League side.",
    ],
)
def test_no_time_reference(sentence: str) -> None:
    assert dates(sentence, "2026-04-10") == []


@pytest.mark.parametrize(
    ("sentence", "pub", "value"),
    [
        # a verb of intent looks forward
        ("The firm expects to cut jobs in July.", "2026-06-17", "2026-07"),
        ("“We expect to cut jobs in July,” she said.", "2026-06-17", "2026-07"),
        ("The firm intends to cut jobs in July.", "2026-06-17", "2026-07"),
        ("The firm plans to cut jobs in July.", "2026-06-17", "2026-07"),
        ("The firm said ferries would resume on Monday.", "2026-02-14", "2026-02-16"),
        # reported speech's "would" looks forward, unless a day in the week before the article
        ("He said the plant would close on 9 March.", "2026-03-10", "2026-03-09"),
        ("Officials said the border would close on 2 March.", "2026-03-05", "2026-03-02"),
        ("He said the plant would close in November.", "2025-03-14", "2025-11"),
        ("He said ferries would resume on Thursday.", "2025-03-14", "2025-03-20"),
        ("Ferries were unlikely to resume before Monday.", "2026-02-14", "2026-02-16"),
        # ... "would have" looks back
        ("He would have turned 80 on Monday.", "2026-02-14", "2026-02-09"),
        ("The firm cut jobs in July.", "2026-06-17", "2025-07"),
    ],
)
def test_future_markers(sentence: str, pub: str, value: str) -> None:
    assert dates(sentence, pub)[0].value == value


def test_a_weekday_before_a_month_stays_a_date() -> None:
    found = dates("The Sunday March 3 vote was held.", "2026-04-10")
    assert [d.value for d in found] == ["2026-03-03"]


@pytest.mark.parametrize("when", ["yesterday", "on 9 March"])
def test_a_pinned_daypart_scores_as_a_written_date(when: str) -> None:
    """The score credits time references by precision: "yesterday" in a dated article names
    the day as exactly as "on 9 March" does."""
    text = (
        "---\ndate: 2026-03-10\n---\n\n"
        f"The bank held its rate at 2.75 percent {when}, Governor Ana Ruiz said.\n"
    )
    card = compute(analyze(parse(text, "t.md", "markdown")))
    assert card.components["dated_time_refs"]["value"] == 1.0
    assert card.components["dated_time_refs"]["detail"]["vague"] == 0
