"""Attribution cues that are not verbs: colon labels, sign-off dashes and the like, on invented
sentences."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import attributions as _atts
from tests.attribution_helpers import cue_sources as _cue_sources

# (text, cue, source): a speaker or document label before a colon
COLON_FIND = [
    ("Poll: Reyes leads the mayoral race", ":", "Poll"),
    ("TAPPER: Will the dam hold?", ":", "TAPPER"),
    ("Tom Reyes: The dam will hold", ":", "Tom Reyes"),
    ("# Zelensky: Ukraine will never give up 20% of its land", ":", "Zelensky"),
]

# headings and interview labels that name no speaker
COLON_SKIP = [
    "Q: Will the dam hold?",
    "A: Yes, it will.",
    "BYLINE: Tom Reyes.",
    "UPDATE: The dam held overnight.",
    "Riverton: Ann Lee, Bo Diaz, Cy Young, Dee Park.",
    "# Letters: The critics have their facts wrong",  # a heading's section label
    "# Northern Dravia: Humanitarian Situation Report No. 7",
    "Verdict: False. The highest documented count is 312 victims.",  # a fact-check label
    # an "A:" with no "Q:" anywhere is an option, not an answer
    "Tom Vale listed three options.\n\nA: Close the library, saving $2 million a year.",
]


@pytest.mark.parametrize(("text", "cue", "source"), COLON_FIND)
def test_colon_label_is_a_cue(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _cue_sources(text)


@pytest.mark.parametrize("text", COLON_SKIP)
def test_colon_heading_is_no_cue(text: str) -> None:
    assert all(c != ":" for c, _ in _cue_sources(text))


def test_an_interview_answer_is_the_interviewee_s() -> None:
    text = (
        "Lara Voss led the commission. Voss spoke to us from The Hague.\n\n"
        "Q: How many people were killed?\n\nA: We counted 1,312 deaths by name."
    )
    answer = [a for a in _atts(text) if a.cue.text == ":"]
    assert [(a.source.text, a.source_kind, a.resolved) for a in answer if a.source] == [
        ("A", "named", "Lara Voss")
    ]


# (text, cue, source): a stance participle right after the noun phrase that holds the stance
PARTICIPLE_FIND = [
    ("The super PAC backing Reyes spent $2 million.", "backing", "The super PAC"),
    ("Voters supporting the dam plan turned out early.", "supporting", "Voters"),
    ("Residents opposing the plan met on Monday.", "opposing", "Residents"),
]

# no source before the participle, or no object after it
PARTICIPLE_SKIP = [
    "He paid for television ads backing Reyes.",
    "The backing of the group mattered.",
    "Reyes needs supporting evidence.",
    "Critics of the dam kept attacking.",
]


@pytest.mark.parametrize(("text", "cue", "source"), PARTICIPLE_FIND)
def test_stance_participle_is_a_cue(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _cue_sources(text)


@pytest.mark.parametrize("text", PARTICIPLE_SKIP)
def test_participle_without_holder_or_object_is_no_cue(text: str) -> None:
    assert _cue_sources(text) == []


# (text, cue, source or None, a phrase the content must contain): a noun of saying or stance
# with what "that", "of" or "for" opens
NOUN_FIND = [
    ("Residents voiced complaints that the dam leaks.", "complaints", None, "dam leaks"),
    ("Reyes’s effusive praise of the engineers surprised many.", "praise", "Reyes’s", "engineers"),
    ("His criticism of the plan was sharp.", "criticism", "His", "the plan"),
    ("There is speculation that the dam will close.", "speculation", None, "dam will close"),
]

# the noun without its content
NOUN_SKIP = [
    "The criticism was sharp.",
    "The endorsement came late.",
    "The statement of accounts was filed.",
    "A claim for damages was filed.",
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), NOUN_FIND)
def test_noun_with_content_is_a_cue(text: str, cue: str, source: str | None, content: str) -> None:
    att = next(a for a in _atts(text) if a.cue.text == cue)
    assert (att.source.text if att.source else None) == source
    assert att.content is not None and content in att.content.text


@pytest.mark.parametrize("text", NOUN_SKIP)
def test_noun_without_content_is_no_cue(text: str) -> None:
    assert _cue_sources(text) == []


# (text, cue, source, the content): "as X put it"
AS_PUT_FIND = [
    ("As Tom Reyes put it, the dam is a relic.", "put it", "Tom Reyes", "the dam is a relic"),
    # mid-sentence: what the speaker said is the predicate after the aside
    (
        "The dam, as one engineer put it, cost $40 million.",
        "put it",
        "one engineer",
        "cost $40 million",
    ),
    # at the end: the words before "as"
    ("The dam is a relic, as one engineer put it.", "put it", "one engineer", "The dam is a relic"),
    ("As she puts it: “We are done.”", "puts it", "she", "“We are done.”"),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), AS_PUT_FIND)
def test_as_someone_put_it(text: str, cue: str, source: str, content: str) -> None:
    att = next(a for a in _atts(text) if a.cue.text == cue)
    assert att.source is not None and att.source.text == source
    assert att.content is not None and att.content.text == content


@pytest.mark.parametrize("text", ["He put it on the table.", "Put it there, as soon as you can."])
def test_put_it_without_as_speaker_is_no_cue(text: str) -> None:
    assert _cue_sources(text) == []


# a dash and a name in a paragraph after a quotation sign the quotation off
SIGNOFF = [
    ('Intro.\n\n"I went to the dam. It held."\n\n- Tom Reyes.\n\nNext.', [("-", "Tom Reyes")]),
    ("Intro.\n\n“The dam held.”\n\n—Reyes, Riverton.", [("—", "Reyes")]),
    ("The dam held.\n\n- Tom Reyes.", []),  # no quotation before: a byline
    ('"The dam held."\n\n- and more.', []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNOFF)
def test_dash_signs_off_a_quotation(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _cue_sources(text, fmt="text") == expected


# (text, source, content): a colon that opens a quotation, with no other cue before it, takes
# the sentence's subject as speaker; the content is the quotation only
COLON_SUBJECT_FIND = [
    ("The mayor boomed: “Let’s go.” The crowd cheered 40 times.", "The mayor", "“Let’s go.”"),
    # a doubled apostrophe closes at the next pair, not at its own second mark
    ("The mayor boomed: ''Let us go now.'' The crowd cheered.", "The mayor", "''Let us go now.''"),
]

COLON_SUBJECT_SKIP = [
    "The problem of leaks is shown by this finding: “40 cracks.”",
    "The crowd was loud: “Go!”",
]


@pytest.mark.parametrize(("text", "source", "content"), COLON_SUBJECT_FIND)
def test_colon_quote_takes_the_subject(text: str, source: str, content: str) -> None:
    att = next(a for a in _atts(text) if a.cue.text == ":")
    assert att.source is not None and att.source.text == source
    assert att.content is not None and att.content.text == content


@pytest.mark.parametrize("text", COLON_SUBJECT_SKIP)
def test_colon_quote_without_speaking_subject(text: str) -> None:
    assert all(c != ":" for c, _ in _cue_sources(text))
