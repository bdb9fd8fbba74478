"""Words before a source's head that the walks take in or leave out
(provlint.detect.sources.walk_left), on invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cue_sources


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # an acronym in capitals before a lowercase role is a name, not a headline
        (
            "Later, MSNBC reporter Alex Vale said the dam holds.",
            "said",
            "MSNBC reporter Alex Vale",
        ),
        # unlisted nouns before a role or a listed noun inside the phrase
        (
            "Famed fight doctor Ferdie Pacheco said the dam holds.",
            "said",
            "Famed fight doctor Ferdie Pacheco",
        ),
        (
            "On Monday, Acme Capital portfolio manager Jo Baha said the dam holds.",
            "said",
            "Acme Capital portfolio manager Jo Baha",
        ),
        ("CNN exit poll data show the dam holds.", "show", "CNN exit poll data"),
        (
            "Pro-Elm super PAC Priorities Action said the dam holds.",
            "said",
            "Pro-Elm super PAC Priorities Action",
        ),
        # a share named by "percentage of"
        (
            "A high percentage of voters in both parties say the dam holds.",
            "say",
            "A high percentage of voters in both parties",
        ),
    ],
)
def test_words_taken_into_the_source(text: str, cue: str, source: str) -> None:
    assert (cue, source) in cue_sources(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a verb, quantity word, relative or preposition before a head starts no modifier
        ("Ann Roe thinks rival Tom Vale accepted the money.", "accepted", "rival Tom Vale"),
        (
            "At least half of voters in each state say the dam holds.",
            "say",
            "At least half of voters in each state",
        ),
        (
            "Where restructuring experts say some judges are eager, rents rise.",
            "say",
            "restructuring experts",
        ),
        ("Mr. Vale is someone whom Mr. Roe views as a friend.", "views", "Mr. Roe"),
        # a headline in capitals before a capitalised subject stays out
        ("MARKETS PLUNGE Traders said the dam holds.", "said", "Traders"),
    ],
)
def test_words_left_out_of_the_source(text: str, cue: str, source: str) -> None:
    assert (cue, source) in cue_sources(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a time phrase between a document and its cue dates the document
        ("A Herald poll in December found that rents rose.", "found", "A Herald poll in December"),
        ("An Elm survey last week showed that rents rose.", "showed", "An Elm survey last week"),
        # ... but not a person, nor a phrase that opens with another preposition
        ("Ann Roe in December said the dam holds.", "said", "Ann Roe"),
        ("The report on Monday found that rents rose.", "found", "The report"),
    ],
)
def test_time_phrase_dating_a_document(text: str, cue: str, source: str) -> None:
    assert (cue, source) in cue_sources(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a conjunction or sentence adverb opening the sentence is no part of the source
        ("But simple math shows that rents rose.", "shows", "simple math"),
        ("And a large body of work suggests that rents rose.", "suggests", "a large body of work"),
        # so is the clock time of a live blog entry
        ("Updated 8:09PM Ann Roe says the dam holds.", "says", "Ann Roe"),
        # a name after it keeps all its words
        ("Yet Ann Roe said the dam holds.", "said", "Ann Roe"),
        ("The 9PM Club said the dam holds.", "said", "The 9PM Club"),
    ],
)
def test_sentence_opener_left_out(text: str, cue: str, source: str) -> None:
    assert (cue, source) in cue_sources(text)
