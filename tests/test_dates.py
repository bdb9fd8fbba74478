"""Time references: precision, spans with their preposition, values, and false friends."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provlint.detect.dates import detect_dates
from provlint.lexicons import default_lexicons
from provlint.readers import parse
from provlint.segment import segment


def dates(text: str, pub: str | None = None):
    doc = parse(text, "t.txt", "text")
    doc.metadata.date = pub
    segment(doc)
    return detect_dates(doc, default_lexicons())


@pytest.mark.parametrize(
    ("sentence", "span", "precision", "value"),
    [
        ("The treaty was signed on 4 March 2011 in Oslo.", "on 4 March 2011", "day", "2011-03-04"),
        ("The treaty was signed March 4, 2011 in Oslo.", "March 4, 2011", "day", "2011-03-04"),
        ("The treaty was signed on 2011-03-04 in Oslo.", "on 2011-03-04", "day", "2011-03-04"),
        ("Prices peaked in October 2015 and fell.", "in October 2015", "month", "2015-10"),
        ("The ministers met on October 9 in Rome.", "on October 9", "day_month", None),
        ("The ministers met 9 October in Rome.", "9 October", "day_month", None),
        ("The law changed in 2014 after protests.", "in 2014", "year", "2014"),
        ("The mayor resigned on Tuesday after the vote.", "on Tuesday", "weekday", None),
        ("Rents rose until the late 1990s in the city.", "until the late 1990s", "decade", None),
        ("The mayor resigned recently after the vote.", "recently", "vague", None),
        ("In recent years the river has flooded.", "In recent years", "vague", None),
        (
            "Tourism grew during the past decades in the region.",
            "during the past decades",
            "vague",
            None,
        ),
        ("Back in June the mayor resigned.", "Back in June", "vague", None),
        ("The storm hit the coast last week.", "last week", "vague", None),
        ("Sales slowed earlier this year in Asia.", "earlier this year", "vague", None),
        ("The deal was signed in mid-2018 in Oslo.", "in mid-2018", "year", "2018"),
        ("He was released that autumn, unharmed.", "that autumn", "vague", None),
        # a unit after "the past" is part of the span, not left over
        ("Cases doubled in the past fortnight.", "in the past fortnight", "vague", None),
        ("Cases doubled in the past two weeks.", "in the past two weeks", "vague", None),
        ("Sales rose 4% in the third quarter.", "in the third quarter", "vague", None),
        (
            "Sales rose in the final quarter of 2024.",
            "in the final quarter of 2024",
            "year",
            "2024",
        ),
        ("The strike began on the 14th and ended.", "on the 14th", "vague", None),
        ("Prices rose since the start of the year.", "since the start of the year", "vague", None),
        ("The plant shuts by the end of next month.", "by the end of next month", "vague", None),
        ("The river froze that winter, residents said.", "that winter", "vague", None),
        ("Police reported that night the road was shut.", "that night", "vague", None),
        ("Police said the men left that night and fled.", "that night", "vague", None),
        ("Rents rose until the mid-1990s in the city.", "until the mid-1990s", "decade", None),
    ],
)
def test_finds_time_reference(sentence: str, span: str, precision: str, value: str | None) -> None:
    found = dates(sentence)
    assert [(d.text, d.precision, d.value) for d in found] == [(span, precision, value)]
    assert sentence[found[0].start : found[0].end] == span


def test_that_after_a_saying_verb_and_a_time_opens_a_clause() -> None:
    found = dates("The forecaster said in December that winter crop output fell.")
    assert [d.text for d in found] == ["in December"]


def test_year_without_preposition_drops_the_article() -> None:
    found = dates("A 2016 audit found gaps.")
    assert [(d.text, d.precision) for d in found] == [("2016", "year")]


@pytest.mark.parametrize(
    "sentence",
    [
        "You may leave whenever you want.",
        "May I ask a question?",
        "Thousands joined a march through the city.",
        "The Sunday Times printed the letter.",
        "The Friday Prayer leader spoke.",
        "Officials counted 2000 people at the rally.",
        "Dr. Ruiz briefed U.S. diplomats.",
        "The COVID-19 wards were full.",
        # a capitalised time word inside a sentence is part of a name
        "The ship docked, USA Today reported.",
        "The group Water for Tomorrow sued the port.",
        # a discourse marker, not a time
        "Meanwhile, the port stayed open.",
        # "that" opens a clause; the unit modifies a noun
        "The forecaster said that winter crop output fell.",
        "Nurses warned that night shifts were too long.",
        # an ordinal that counts something, a fraction, part of a match
        "The office is on the 14th floor.",
        "He sat on the 3rd Ward council.",
        "A third quarter of voters stayed home.",
        "He scored in the third quarter of the match.",
    ],
)
def test_no_time_reference(sentence: str) -> None:
    assert dates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "pub", "value"),
    [
        ("The mayor resigned on Saturday.", "2021-06-09", "2021-06-05"),  # a Wednesday
        ("The mayor resigned next Monday.", "2021-06-09", "2021-06-14"),
        ("The protests began in November.", "2021-06-09", "2020-11"),
        ("The protests began in March.", "2021-06-09", "2021-03"),
        ("The ministers met on October 9.", "2021-06-09", "2020-10-09"),
        # a sentence about what is to come takes the next such day or month
        ("The festival will be held on 30 August.", "2026-08-23", "2026-08-30"),
        ("The vote is due in March.", "2021-06-09", "2022-03"),
        ("The vote is due in June.", "2021-06-09", "2021-06"),
        ("The vote was held on 30 August.", "2026-08-23", "2025-08-30"),
        ("Will Roe was arrested on 30 August.", "2026-09-10", "2026-08-30"),  # a name
        ("The mayor, who will retire, shut it on 2 August.", "2026-09-10", "2026-08-02"),
        ("The mayor resigned yesterday.", "2021-03-01", "2021-02-28"),
        ("The mayor will resign tomorrow.", "2021-12-31", "2022-01-01"),
        ("The mayor spoke this morning.", "2021-06-09", "2021-06-09"),
        ("Prices rose last year.", "2021-06-09", "2020"),
        ("Prices rose earlier this year.", "2021-06-09", "2021"),
        ("Prices rose last month.", "2021-01-15", "2020-12"),
        ("Prices will rise next month.", "2021-12-15", "2022-01"),
        ("Prices rose late last year.", "2021-06-09", "2020"),
        ("Last year's floods cost more.", "2021-06-09", "2020"),
        # a present-tense verb of a scheduled event: the next such date
        ("Applications open on March 1.", "2026-02-06", "2026-03-01"),
        ("Applications open on January 3.", "2026-02-06", "2027-01-03"),
        ("The new law takes effect July 1.", "2026-08-06", "2027-07-01"),
        ("The term begins in September.", "2026-10-06", "2027-09"),
        ("Polls open on Tuesday.", "2026-11-01", "2026-11-03"),  # a Sunday
        ("The council will vote on Tuesday.", "2026-11-01", "2026-11-03"),
        # ... but past tense, or the verb as a noun or an adjective, stays backward
        ("On March 1 the council voted to open the pool.", "2026-02-06", "2025-03-01"),
        ("The pool was open on March 1.", "2026-02-06", "2025-03-01"),
        ("Applications opened on March 1.", "2026-02-06", "2025-03-01"),
        ("Their start on March 1 was slow.", "2026-02-06", "2025-03-01"),
        # the date of a saying is past, whatever the saying is about
        ("The minister said on 3 March that the plant will close.", "2026-02-06", "2025-03-03"),
        ("The minister said Tuesday that the plant will close.", "2026-11-01", "2026-10-27"),
        # counted back from the article's date
        ("The strike ended two days ago.", "2026-10-28", "2026-10-26"),
        ("The strike ended 3 weeks ago.", "2026-10-28", "2026-10-07"),
        ("The strike ended a year ago.", "2026-10-28", "2025"),
        ("The strike ended six months ago.", "2026-03-28", "2025-09"),
        ("The strike began on the 14th.", "2026-10-28", "2026-10-14"),
        ("The strike began on the 30th.", "2026-10-28", "2026-09-30"),
        ("The strike will end on the 2nd.", "2026-10-28", "2026-11-02"),
        ("Sales rose 4% in the third quarter.", "2026-10-28", "2026"),
        ("Sales rose 4% in the fourth quarter.", "2026-03-28", "2025"),
        ("Prices rose since the start of the year.", "2026-10-28", "2026"),
        ("Prices fell by the end of last year.", "2026-10-28", "2025"),
    ],
)
def test_resolves_against_publication_date(sentence: str, pub: str, value: str) -> None:
    assert dates(sentence, pub)[0].value == value


@pytest.mark.parametrize(
    ("sentence", "pub"),
    [
        ("The council met yesterday.", "0001-01-01"),
        ("The council meets tomorrow.", "9999-12-31"),
        ("The council met on Sunday.", "0001-01-01"),
        ("The council met last year.", "0001-06-01"),
        ("The council meets next year.", "9999-06-01"),
        ("The council met back in December.", "0001-06-01"),
        ("The council met on 31 December.", "0001-06-01"),
        ("The council met on the 31st.", "2026-10-15"),  # September has no 31st
    ],
)
def test_dates_beyond_the_calendar_are_left_unresolved(sentence: str, pub: str) -> None:
    found = dates(sentence, pub)
    assert found and found[0].value is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose in the past year.",  # the twelve months before, not last year
        "Prices rose last week.",  # a week has no calendar date of its own
        "Prices will rise in the coming months.",
    ],
)
def test_spans_of_time_stay_unresolved(sentence: str) -> None:
    found = dates(sentence, "2021-06-09")
    assert found and found[0].value is None


def test_bare_month_is_vague() -> None:
    assert [d.precision for d in dates("The strike ended in November.")] == ["vague"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "on",
                "in",
                "May",
                "August",
                "23",
                "2020",
                ",",
                ".",
                "recently",
                "the",
                "early",
                "1990s",
                "Friday",
                "last",
                "week",
                "\n\n",
                "back",
                "ago",
                "two",
                "years",
            ]
        ),
        min_size=1,
        max_size=40,
    )
)
def test_spans_inside_sentences_and_disjoint(words: list[str]) -> None:
    doc = parse(" ".join(words), "t.txt", "text")
    segment(doc)
    last = -1
    for d in detect_dates(doc, default_lexicons()):
        s = doc.sentences[d.sentence]
        assert s.start <= d.start < d.end <= s.end
        assert d.start >= last
        last = d.end


def test_dates_use_the_stdlib_date_types():
    """dates.py takes date and timedelta from _datetime: the very types datetime exports."""
    import datetime

    from provlint.detect import dates

    assert dates.date is datetime.date and dates.timedelta is datetime.timedelta
