"""Attribution content spans: where the content of a cue starts and ends, on invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import attributions as _atts


def _content(text: str, cue: str) -> str | None:
    """Content text of the first attribution whose cue is ``cue``."""
    hits = [a for a in _atts(text) if a.cue.text == cue]
    assert hits, f"no attribution with cue {cue!r} in {[a.cue.text for a in _atts(text)]}"
    return hits[0].content.text if hits[0].content is not None else None


# (sentence, cue, the whole content expected)
SHOULD_END = [
    # a clause set off after ", X said (yesterday)," is the writer's, the one before is reported
    (
        "At least 12 people died in the fire, police said yesterday, as rescuers searched on.",
        "said",
        "At least 12 people died in the fire",
    ),
    (
        "Fares will rise by 4.6 per cent, the minister said, in a move that upset riders.",
        "said",
        "Fares will rise by 4.6 per cent",
    ),
    # a short opener before the speaker is no clause: what follows is reported
    (
        "Now, she says, at least seven delegates have signed on.",
        "says",
        "at least seven delegates have signed on",
    ),
    # the noun a verb reports through is how it was said, not a second report
    ("The ministry said in a statement that 12 people died.", "said", "12 people died"),
    ("The army issued a brief statement that the road was shut.", "issued", "the road was shut"),
    # "that" opening a relative clause on the statement gives no content to fold
    (
        "The army issued a statement that was widely mocked by 40 groups.",
        "issued",
        "a statement that was widely mocked by 40 groups",
    ),
    # a joined clause whose subject is a second source is a report of its own
    (
        "Most residents said the dam was safe, while 9 percent said it would fail.",
        "said",
        "the dam was safe",
    ),
    (
        "Six in 10 voters said taxes were too high; 46 percent said they were fair.",
        "said",
        "taxes were too high",
    ),
    (
        "Most farmers said the harvest was poor, and about 4 in 10 said it was the worst in years.",
        "said",
        "the harvest was poor",
    ),
    (
        "Most farmers said the harvest was poor, but a few growers said it was fine.",
        "said",
        "the harvest was poor",
    ),
    (
        'Most residents said the dam was "safe enough," while 9 percent said it would fail.',
        "said",
        'the dam was "safe enough,"',
    ),
    # a second verb of the same speaker after the content
    (
        "Mayor Reyes criticized the plan, saying it would cost 300 jobs.",
        "criticized",
        "the plan",
    ),
    (
        "Mayor Reyes said the dam would hold and called the critics alarmists.",
        "said",
        "the dam would hold",
    ),
    (
        "Mayor Reyes praised the crews, and told reporters the dam was safe.",
        "praised",
        "the crews",
    ),
    # a stance verb's object ends at a comma before a clause or phrase about it
    ("Mayor Reyes praised the plan, which would cost 300 jobs.", "praised", "the plan"),
    ("Critics blasted the cuts, the deepest in 40 years.", "blasted", "the cuts"),
    # a cue in a clause opening with a subordinator reports up to the comma that closes it
    (
        "When Mayor Reyes said the dam would hold, the river rose 2 feet.",
        "said",
        "the dam would hold",
    ),
    (
        "Although critics questioned the cost, the council approved the dam.",
        "questioned",
        "the cost",
    ),
]

# (sentence, cue, the whole content expected): the content runs on
SHOULD_NOT_END = [
    # a comma and "and" inside the content, without a second source
    (
        "Mayor Reyes said the dam would hold, and the river would fall by Monday.",
        "said",
        "the dam would hold, and the river would fall by Monday",
    ),
    # a base form after "and" belongs to the content ("to step up and show")
    (
        "Mayor Reyes said the council has time to step up and show it cares.",
        "said",
        "the council has time to step up and show it cares",
    ),
    # ... but a list goes on with the object, and a "that" or "to" clause is kept whole
    (
        "Critics blasted the cuts, including 40 layoffs.",
        "blasted",
        "the cuts, including 40 layoffs",
    ),
    (
        "Reyes vowed to fight the plan, which costs 300 jobs.",
        "vowed",
        "to fight the plan, which costs 300 jobs",
    ),
    # the subordinate clause is inside the content: the sentence does not open with it
    (
        "Mayor Reyes said when the river rose, the dam held.",
        "said",
        "when the river rose, the dam held",
    ),
    # a verb inside a quotation is the quoted speaker's words
    (
        "Mayor Reyes said “we built it, and we said it would hold” last year.",
        "said",
        "“we built it, and we said it would hold” last year",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), SHOULD_END + SHOULD_NOT_END)
def test_content_span(text: str, cue: str, content: str) -> None:
    assert _content(text, cue) == content


# (sentence, source expected, content expected) of a poll cue "in"
POLL_CUES = [
    (
        "In the new Acme poll, 40 percent of voters back Smith.",
        "the new Acme poll",
        "40 percent of voters back Smith",
    ),
    (
        "Smith leads by 9 points in a Harbor Daily poll released Sunday.",
        "a Harbor Daily poll released Sunday",
        "Smith leads by 9 points",
    ),
]


@pytest.mark.parametrize(("text", "source", "content"), POLL_CUES)
def test_poll_cue(text: str, source: str, content: str) -> None:
    att = next(a for a in _atts(text) if a.cue.text.lower() == "in")
    assert att.source is not None and att.source.text == source
    assert att.content is not None and att.content.text == content
    assert att.cue_type == "according_to"


@pytest.mark.parametrize(
    "text",
    [
        "More than half of respondents in the Acme poll said the plan failed.",
        "His 34% support in an Acme poll released Sunday is a record low.",
        "Just 13% of voters in the Acme survey approved.",
        "Smith gained 9 points in the polls this spring.",
    ],
)
def test_no_poll_cue(text: str) -> None:
    assert not [a for a in _atts(text) if a.cue.text.lower() == "in"]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a verb inside a quotation is the quoted speaker's, with any mark, the doubled
        # apostrophe of some archives included
        ("“Engineers told us the dam would hold,” Mayor Reyes said.", ["said"]),
        ("''Engineers told us the dam would hold,'' Mayor Reyes said.", ["said"]),
        # ... but a doubled apostrophe inside a name is no mark
        ("Engineers told O''Brien the dam would hold.", ["told"]),
    ],
)
def test_cues_outside_quotations(text: str, cues: list[str]) -> None:
    assert [a.cue.text for a in _atts(text)] == cues
