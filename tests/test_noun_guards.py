"""Noun guards for verb cues: forms that are also nouns ("report", "states", "claim") read as the
noun where the words around them leave no subject for a verb. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cues as _cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a base form after a determiner and singular names or a year is a noun
        ("The FEC report covering the last quarter will be released in May.", []),
        ("Reyes worked on a 2010 recall of two judges in Elm County.", []),
        ("Elm used to be a Democratic state, and 9 of its towns still lean left.", []),
        ("The Reyes campaign for the levy raised $4 million.", []),
        ("The yield on the 10-year Treasury note fell to 2 percent.", []),
        ("The Democrats campaign for the levy in Elm.", ["campaign for"]),
        # ... but an "-s" form after a name is its verb, and so is a base form after a plural name
        ("The Ledger reports that the dam cost $4 million.", ["reports"]),
        ("The Democrats claim that the dam cost $4 million.", ["claim"]),
        ("Reyes would campaign for the levy.", ["would campaign for"]),
    ],
)
def test_base_form_after_named_modifiers(text: str, cues: list[str]) -> None:
    assert _cues(text) == cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # an "-s" form after a preposition and its modifiers is the preposition's object
        ("Reyes won in earlier states, taking 60 percent of the vote.", []),
        ("Turnout rose in battleground states, officials said.", ["said"]),
        ("The levy passed in nine states: Elm, Oak and Ash.", []),
        # ... not when a plural noun or an article heads the subject, or a clause follows
        ("A survey of voters shows the levy ahead by 4 points.", ["shows"]),
        ("The law of the land states that the dam must hold.", ["states"]),
    ],
)
def test_s_form_after_a_preposition(text: str, cues: list[str]) -> None:
    assert _cues(text) == cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # an "-s" form after a plain count is a noun even before "that"
        ("The levy passed in the four states that voted on Tuesday.", []),
        # ... while a base form after a count is the verb of "the two"
        ("The two admit that the dam is weak.", ["admit"]),
        # a base form after "a" or a participle modifier is a noun even before "that"
        ("Elm drafted a congressional report that the levy might pass.", []),
        ("Elm drafted the revised report that the levy might pass.", []),
        ("Elm sent a strong signal that the levy would pass.", []),
        # ... but a plural subject before "that" keeps its verb
        ("The engineers report that the dam is weak.", ["report"]),
    ],
)
def test_noun_before_a_clause(text: str, cues: list[str]) -> None:
    assert _cues(text) == cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # an "-s" form opening a sentence before an auxiliary is a plural noun
        ("Safety worries have dogged the dam for 40 years.", []),
        ("Harsh comments are common at the 9 hearings.", []),
        # ... but not after a name further into the sentence ('what Reyes says is ...')
        ("What Reyes says is that the dam cost $4 million.", ["says"]),
    ],
)
def test_s_form_opening_a_sentence_before_an_auxiliary(text: str, cues: list[str]) -> None:
    assert _cues(text) == cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # an "-ing" form ending its clause reports nothing ("precincts reporting.")
        ("Reyes led by 4 points with 90 percent of precincts reporting.", []),
        # ... while one with words after it still reports
        ("Reyes sent a memo saying the dam cost $4 million.", ["saying"]),
    ],
)
def test_ing_form_ending_its_clause(text: str, cues: list[str]) -> None:
    assert _cues(text) == cues
