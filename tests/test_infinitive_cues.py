"""Catenative phrases before a reporting verb ("attempted to portray", "is taking pains to say"):
the phrase, the infinitive and its auxiliaries are one cue whose source is the subject before the
phrase. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cue_sources as _cue_sources

# (text, cue, source): a catenative_report phrase joins the verb after "to" to its subject
CATENATIVE_FIND = [
    (
        "The mayor attempted to portray her rival as reckless.",
        "attempted to portray",
        "The mayor",
    ),
    (
        "The firm is taking pains to say it backs no candidate.",
        "is taking pains to say",
        "The firm",
    ),
    (
        "She went out of her way to praise the judge.",
        "went out of her way to praise",
        "She",
    ),
    ("Lee did go out of his way to thank the crew.", "did go out of his way to thank", "Lee"),
    ("The governor has struggled to explain the vote.", "has struggled to explain", "The governor"),
    ("She is poised to announce her bid for the seat.", "is poised to announce", "She"),
]

# no reporting verb after the phrase, or the phrase's word is a noun ("his attempts to")
CATENATIVE_SKIP = [
    "The company struggled to sell cars last year.",
    "The team is poised to win the title.",
    "His attempts to portray the rival failed.",
    "The crew took pains to finish the bridge.",
]


@pytest.mark.parametrize(("text", "cue", "source"), CATENATIVE_FIND)
def test_catenative_phrase_before_a_reporting_verb(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _cue_sources(text)


@pytest.mark.parametrize("text", CATENATIVE_SKIP)
def test_catenative_phrase_without_a_reporting_verb(text: str) -> None:
    assert _cue_sources(text) == []


# (text, cue, source): a purpose infinitive of a verb of announcing; the sentence's subject speaks
PURPOSE_FIND = [
    ("Reyes used his speech to call for calm.", "to call for", "Reyes"),
    ("The panel is right to note that the law changed.", "to note", "The panel"),
    ("The mayor went on the radio to declare the dam safe.", "to declare", "The mayor"),
    ("Lee has yet to explain why the fund shrank.", "to explain", "Lee"),
    ("Fans called friends on their phones to say they had met the coach.", "to say", "Fans"),
    ("The owners have chosen not to respond to the claims.", "to respond", "The owners"),
]

# the word before "to" is a name (its own act), a verb of wanting or needing, a reporting verb
# or a stance adjective (those cues stand alone); or a comma or a long gap parts it from the subject
PURPOSE_SKIP = [
    ("The storm led Mayor Lee to declare an emergency.", "to declare"),
    ("Voters want to note the change.", "to note"),
    ("The coach needs to say more about the injury.", "to say"),
    ("Lee vowed to announce a plan by May.", "to announce"),
    ("Aides are quick to point out that the polls are close.", "to point out"),
    ("Ana Ruiz, the mayor, went on television to declare the race over.", "to declare"),
    (
        "The board of the city water utility met late on a cold Monday night to announce the rates.",
        "to announce",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), PURPOSE_FIND)
def test_purpose_infinitive_is_a_cue(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _cue_sources(text)


@pytest.mark.parametrize(("text", "cue"), PURPOSE_SKIP)
def test_purpose_infinitive_is_no_cue(text: str, cue: str) -> None:
    assert all(c != cue for c, _ in _cue_sources(text))
