"""Long-tail attribution cues: constructions the main rules first missed, each with cases it
must find and near cases it must leave alone (invented sentences only)."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cue_sources

SHOULD_FIND = [
    # a plural possessive apostrophe inside an apposition is no closing quotation
    (
        '"The river is rising," Tom Baker, the Jones\' campaign manager, said in a statement.',
        ("said", "Tom Baker, the Jones' campaign manager"),
    ),
    (
        "“We will hold,” Ann Roe, the engineers’ spokeswoman, said on Monday.",
        ("said", "Ann Roe, the engineers’ spokeswoman"),
    ),
    # inside another cue's content: a verb of saying, and a cue after a comma, stay
    ("Smith said Roe told her the dam would hold.", ("told", "Roe")),
    ("Roe told reporters the river would crest, calling the forecast grim.", ("calling", "Roe")),
    # two cues that each hold the other in their content both stay
    ("A new survey shows the mayor was backed by most voters.", ("shows", "A new survey")),
    ("A new survey shows the mayor was backed by most voters.", ("was backed", "most voters")),
    ("Roe's criticism of the plan stung the council.", ("criticism", "Roe's")),
    ("Roe will not tell the council about the dam.", ("will not tell", "Roe")),
    # an adjunct between "who" and its verb leaves "who" the subject
    (
        "Ann Lee, who in the past has voiced the wish to run, told the Ledger she might.",
        ("told", "Ann Lee"),
    ),
    # a name with an apposition may open a clause after "that"
    (
        "It was two years ago that Tom Roe, who is thinking about running, said it was impossible.",
        ("said", "Tom Roe, who is thinking about running"),
    ),
    (
        "Voters know that Tom Roe, the mayor, said the dam would hold.",
        ("said", "Tom Roe, the mayor"),
    ),
    # a closing "according to" leaves the speaker's own verb in place
    ("“The dam will hold,” the mayor said, according to the Ledger.", ("said", "the mayor")),
    ("The mayor said the dam will hold, according to the Ledger.", ("said", "The mayor")),
]

SHOULD_NOT_FIND = [
    # a real closing quotation before the comma still ends the apposition search
    ('He called it "a good plan," the mayor said.', ("said", "He called it")),
    # stance, evidence and agentless cues inside what someone said are part of it
    ("Smith said the council backed the plan.", ("backed", "the council")),
    ("The report said the levee is believed to be safe.", ("is believed", None)),
    ("Smith said that Roe's criticism of the plan was unfair.", ("criticism", "Roe's")),
    (
        "Ann Lee, who in the past has voiced the wish to run, told the Ledger she might.",
        ("has voiced", "the past"),
    ),
    ("Voters know that Tom Roe, the mayor, said the dam would hold.", ("said", "the mayor")),
    # a modal or negated verb of saying inside what someone said is no report of its own
    ("Smith said Roe would tell the council about the dam.", ("would tell", "Roe")),
    ("Smith said Roe did not mention the dam.", ("did not mention", "Roe")),
    ("Smith said Roe never told her about the dam.", ("never told", "Roe")),  # holds "said"
    # after an opening "according to" or poll setting, the verbs are part of what it reports
    (
        "According to the Ledger, the mayor has stated that the dam will hold.",
        ("has stated", "the mayor"),
    ),
    (
        "In a new Acme poll, 40 percent of voters said they back the levy.",
        ("said", "40 percent of voters"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), SHOULD_FIND)
def test_should_find(text: str, pair: tuple[str, str | None]) -> None:
    assert pair in cue_sources(text)


@pytest.mark.parametrize(("text", "pair"), SHOULD_NOT_FIND)
def test_should_not_find(text: str, pair: tuple[str, str | None]) -> None:
    assert pair not in cue_sources(text)
