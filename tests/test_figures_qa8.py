"""Figures in news styles QA round 8 found missed or misread: datelines, quake tolls, naira and
rand, signed percentages, confidence intervals, energy units, partitives and ages."""

from __future__ import annotations

import pytest

from provlint.detect.figures import detect_figures
from provlint.lexicons import default_lexicons
from provlint.readers import parse
from provlint.segment import segment


def figures(text: str, name: str = "t.txt", fmt: str = "text"):
    doc = parse(text, name, fmt)
    segment(doc)
    return detect_figures(doc, default_lexicons())


def spans(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in figures(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a number word after a dateline or a timestamp opens the report
        ("PARIS - Four miners were killed in a collapse.", [("Four miners", "casualty")]),
        (
            "OSLO, May 2, 2026 (Reuters) - Six climbers died on the ridge.",
            [("Six climbers", "casualty")],
        ),
        ("KANO — Dozens of traders were arrested.", [("Dozens of traders", "count")]),
        ("09:15 BST - Two hikers have died in the storm.", [("Two hikers", "casualty")]),
        ("Update 11:05 - Hundreds of homes were flooded.", [("Hundreds of homes", "count")]),
        # a toll's value is the casualty figure; numbers inside the toll's phrase are not
        (
            "The death toll from the 7.1-magnitude quake has risen to 418.",
            [("418", "casualty")],
        ),
        ("The death toll from the magnitude 5.9 quake rose to 77.", [("77", "casualty")]),
        (
            "The death toll in the three districts has risen to 95.",
            [("three districts", "count"), ("95", "casualty")],
        ),
        ("The toll has now climbed to at least 260.", [("at least 260", "casualty")]),
        # naira and rand written with a glued capital
        ("Diesel rose to N1,450 per litre.", [("N1,450", "money")]),
        ("The agency owes more than N3.1 trillion.", [("more than N3.1 trillion", "money")]),
        ("The city will spend R6.2 billion on pipes.", [("R6.2 billion", "money")]),
        ("The loaf now costs R23.49.", [("R23.49", "money")]),
        ("The utility lost R9bn last year.", [("R9bn", "money")]),
        ("The fine was 50,000 rand.", [("50,000 rand", "money")]),
        # a hyphen-minus sign on a percentage
        ("Exports fell -4% in March.", [("4%", "percent")]),
        ("The index moved (-2.5%) overnight.", [("2.5%", "percent")]),
        # a turnout is a count of people
        ("Police put the turnout at 1.4 million.", [("1.4 million", "count")]),
        # energy with a hyphen is no duration
        ("The dam yields 2.2 terawatt-hours a year.", [("2.2 terawatt-hours", "count")]),
        ("The park made 410 gigawatt-hours in May.", [("410 gigawatt-hours", "count")]),
        ("Talks will last three more days.", [("three more days", "duration")]),
        # death row holds prisoners, not the dead
        ("About 3,100 inmates are on death row.", [("About 3,100 inmates", "count")]),
        # "N more X", "N of the dead"
        ("Aides said 14 more executions are planned.", [("14 more executions", "casualty")]),
        ("Crews dug 7 more graves.", [("7 more graves", "count")]),
        ("Officials said 6 of the dead were women.", [("6 of the dead", "casualty")]),
        ("Only 4 of those executed were adults.", [("Only 4 of those executed", "casualty")]),
        ("Police held 1,900 of her followers.", [("1,900 of her followers", "count")]),
        ("Hundreds of the strikers were fined.", [("Hundreds of the strikers", "count")]),
        # martyred is a casualty word
        ("Five guards were martyred in the raid.", [("Five guards", "casualty")]),
        (
            "Four members of the border police were martyred.",
            [("Four members", "casualty")],
        ),
    ],
)
def test_qa8_figures_found(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Take the R2 to Durban, then the N1 north.",  # roads
        "Nurses wore N95 masks.",  # a mask
        "The R number is now R0.9.",  # a reproduction number
        "The R101 was closed.",
        "The odds ratio was 0.72 (95% confidence interval 0.55 to 0.91).",
        "The hazard ratio was 0.84 (95% CI, 0.71-0.97; P=0.01).",
        "Risk fell (95% CI 9% to 28%).",
        "Some children under five suffer from anaemia.",  # ages
        "The disease mostly hits men over 60.",
        "Nine were hanged, all of them under 18 at the time.",
        "According to 'The Clan: Three Generations That Ruled', they left.",  # a title
        "A magnitude 6.1 quake shook the coast.",
    ],
)
def test_qa8_no_figure(sentence: str) -> None:
    assert spans(sentence) == []


def test_a_toll_phrase_number_is_no_casualty() -> None:
    found = spans("The death toll after four days of clashes rose to 52.")
    assert found == [("four days", "duration"), ("52", "casualty")]


def test_a_signed_percent_in_a_table_keeps_the_money_before_it() -> None:
    md = "| Item | 2025 | 2026 | Change |\n|---|---|---|---|\n| Parks | £40m | £31m | -22.5% |\n"
    found = [(f.text, f.kind) for f in figures(md, "t.md", "markdown")]
    assert ("£31m", "money") in found and ("22.5%", "percent") in found


def test_rand_as_a_name_is_no_money() -> None:
    assert all(f.kind != "money" for f in figures("He met 8 Rand Paul donors."))


def test_glued_money_values() -> None:
    (naira,) = figures("Petrol rose to N1,200 per litre.")
    assert (naira.unit, naira.value) == ("NGN", 1200.0)
    (rand,) = figures("The plan costs R4.5 billion.")
    assert (rand.unit, rand.value) == ("ZAR", 4_500_000_000.0)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count of things in a clause of its own is no casualty, even near "killed"
        (
            "At least 12 people were killed, and 3,400 homes were flooded.",
            [("At least 12 people", "casualty"), ("3,400 homes", "count")],
        ),
        (
            "The mill cut 350 jobs after the fire that killed two guards.",
            [("350 jobs", "count"), ("two guards", "casualty")],
        ),
        (
            "The trust announced 60 redundancies after the deaths of four patients.",
            [("60 redundancies", "count"), ("the deaths of four patients", "casualty")],
        ),
        ("A clip, shared 90,000 times, said the dead were soldiers.", [("90,000 times", "count")]),
        ("Of the 70 prisoners, 9 were killed.", [("70 prisoners", "count"), ("9", "casualty")]),
        # a lone comma before the number opens an aside of the casualty clause
        ("The dead, including 12 children, were buried on Monday.", [("12 children", "casualty")]),
        ("Clashes killed, by the army's count, 40 soldiers.", [("40 soldiers", "casualty")]),
        # "X or Y" with Y far above X is still one figure, not a lost one
        ("Nobody knows whether 40 or 400 people died.", [("40 or 400 people", "casualty")]),
        # ... but an aside's end does not part the noun from its casualty verb
        (
            "Nine people, including two boys, were killed.",
            [("Nine people", "count"), ("two boys", "casualty")],
        ),
        # a relative clause on the counted noun is its own
        ("We met the families of the six miners who were killed.", [("six miners", "casualty")]),
        # "Another" opening a sentence is no name before a number
        ("Another 33 people were killed in Rovik.", [("33 people", "casualty")]),
        ("Another 15 schools were closed.", [("15 schools", "count")]),
        ("Perhaps 70 drowned in the river.", [("70 drowned", "casualty")]),
        # "X or Y" with Y above X is a range
        ("Maybe 30 or 40 more died at home.", [("30 or 40 more died", "casualty")]),
        ("Turnout fell 2 or 3 percent.", [("2 or 3 percent", "percent")]),
        # a scare-quoted noun is the counted noun
        ('Six "militants" were killed in the raid.', [('Six "militants"', "casualty")]),
        (
            'Police said five "armed looters" had been shot dead.',
            [('five "armed looters"', "casualty")],
        ),
        ('Customs seized 30 "ghost guns" on Monday.', [('30 "ghost guns"', "count")]),
        ('The party picks 31 "super" delegates.', [('31 "super" delegates', "count")]),
        # a group noun before a plural head is a modifier ("police officers")
        ("The mayor said 75 police officers were injured.", [("75 police officers", "casualty")]),
        ("The firm employs 90 staff members.", [("90 staff members", "count")]),
        ("Some 500 police arrived.", [("Some 500 police", "count")]),
    ],
)
def test_qa8_casualty_clauses(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert spans(sentence) == expected


def test_a_scare_quote_noun_drops_its_quotes() -> None:
    (fig,) = figures('Six "militants" were killed.')
    assert fig.noun == "militants"


@pytest.mark.parametrize(
    "sentence",
    [
        'He counted 4 "the best," she said.',  # a quotation after a number is no noun
        'The side won 4 "We are back" games.',
    ],
)
def test_a_quotation_after_a_number_is_no_noun(sentence: str) -> None:
    assert all('"' not in (f.noun or "") for f in figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "noun", "low", "high"),
    [
        ("Maybe 30 or 40 more died at home.", "died", 30, 40),
        ("One or two guards left.", "guards", 1, 2),
        ("Crews dug 7 more graves.", "graves", None, None),  # "more" is no part of the noun
        ("Talks will last three more days.", "days", None, None),
    ],
)
def test_or_ranges_and_more_nouns(
    sentence: str, noun: str, low: float | None, high: float | None
) -> None:
    (fig,) = figures(sentence)
    assert (fig.noun, fig.low, fig.high) == (noun, low, high)


def test_descending_or_is_no_range() -> None:
    assert all(f.low is None for f in figures("He won 5 or more races in 9 or 4 days."))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The number of migrants held has risen to 3,420, aid groups said.", "count"),
        ("The tally of arrests stood at 1,150 on Monday.", "count"),
        ("The number of deaths rose to 40.", "casualty"),
        ("Its share rose to 12.", "other"),  # no count before the value
    ],
)
def test_a_number_of_things_sets_a_bare_values_kind(sentence: str, kind: str) -> None:
    (fig,) = figures(sentence)
    assert fig.kind == kind


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In May, 65 were detained, the group said.", [("65", "count")]),
        ("Police said 12 have been charged.", [("12", "count")]),
        ("In May, 65 protesters were detained.", [("65 protesters", "count")]),
    ],
)
def test_a_bare_number_of_people_arrested_is_a_count(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence", ["In May, 65 arrested men left.", "Room 65 was charged."])
def test_no_bare_count_without_a_passive(sentence: str) -> None:
    assert all(f.text not in ("65",) for f in figures(sentence))
