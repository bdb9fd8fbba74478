"""Polls that place someone at a figure, and "-s" nouns that must not be read as verbs
(invented sentences only)."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import attributions, cues

# (sentence, cue, source, a phrase the content must contain)
PLACEMENT_FINDS = [
    ("The latest Acme poll puts Roe at 41 percent.", "puts", "The latest Acme poll", "Roe at 41"),
    ("A Harbor survey has Roe at 38% among likely voters.", "has", "A Harbor survey", "Roe at 38%"),
    (
        "An Elm survey released Friday had him at 4 percent.",
        "had",
        "An Elm survey released Friday",
        "him at 4",
    ),
    (
        "The Acme poll puts Roe’s approval during the first months of this year at 40 percent.",
        "puts",
        "The Acme poll",
        "at 40 percent",
    ),
    ("The latest poll has Roe leading Doe by six points.", "has", "The latest poll", "Roe leading"),
    ("Some estimates put the cost at £30m.", "put", "Some estimates", "the cost at £30m"),
    # any currency of currencies.yaml, also one the tokenizer splits ("US" "$")
    ("An estimate puts the cost at US$400 million.", "puts", "An estimate", "US$400"),
    ("An estimate puts the cost at ₹400 crore.", "puts", "An estimate", "₹400"),
    # an "-ing" modifier does not cut the poll's noun phrase
    (
        "Acme’s own tracking poll puts Roe’s approval at 49.5 percent.",
        "puts",
        "Acme’s own tracking poll",
        "at 49.5 percent",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), PLACEMENT_FINDS)
def test_poll_placement_is_a_cue(text: str, cue: str, source: str, content: str) -> None:
    hits = [a for a in attributions(text) if a.cue.text == cue]
    assert hits, cues(text)
    assert hits[0].source is not None and hits[0].source.text == source
    assert hits[0].content is not None and content in hits[0].content.text


PLACEMENT_NOT = [
    "The poll puts pressure on Roe at 10 a.m. Monday.",  # a time of day, not a figure
    "The count has ballots at 9:30 in the hall.",
    "The poll has a margin of error of 3 percentage points.",
    "The survey has a credibility interval of 4 points at 95 percent confidence.",
    "The poll had 1,000 respondents.",
    "The mayor has Roe at the top of her list.",  # no poll subject
    "The team puts its hopes in Roe.",
    "The poll gives no breakdown by age, but Roe is at 40 percent.",  # "at" past a comma
]


@pytest.mark.parametrize("text", PLACEMENT_NOT)
def test_no_placement_without_a_poll_and_a_figure(text: str) -> None:
    assert [c for c in cues(text) if c in ("has", "had", "puts", "gives")] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an "-s" form after "of" and one modifier is a noun: the plural whole of a part
        ("32% of Republican claims were false.", []),
        ("A third of local reports were wrong.", []),
        # ... but not after a name, or before a clause
        ("The mayor of Chicago says the dam broke.", ["says"]),
        ("The head of state says the dam broke.", ["says"]),
        ("The president of Iran claims the dam broke.", ["claims"]),  # a role, not a share
        ("The head of research estimates the dam broke.", ["estimates"]),
        ("The department of public works states that the dam is safe.", ["states"]),
        # an "-s" form right after "some" or "most" is their noun
        ("Most reports say the dam broke.", ["say"]),
        ("Some estimates put the cost at £30m.", ["put"]),
        # ... a word between them keeps the verb
        ("Some research suggests the drug works.", ["suggests"]),
        ("Some say the dam broke.", ["say"]),
    ],
)
def test_s_form_after_of_or_a_quantifier_is_a_noun(text: str, found: list[str]) -> None:
    assert cues(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "rated ... as" is a verdict; a figure in the object does not end the search for "as"
        ("The agency rated 40% of Republican claims as false.", ["rated"]),
        ("Voters rated the economy as good.", ["rated"]),
        # no "as", no verdict of a source
        ("The film was rated R.", []),
        ("The agency rated 40% of the claims, and most were false.", []),
    ],
)
def test_rated_as_is_a_verdict(text: str, found: list[str]) -> None:
    assert cues(text) == found


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the object of a stance ends before the sentence's own finite verb
        ("The super PAC supporting Roe, spent $1.2 million on ads.", "supporting", "Roe"),
        ("The super PAC supporting Roe spent $1.2 million on ads.", "supporting", "Roe"),
        ("The group backing Roe has raised $5 million.", "backing", "Roe"),
        ("Lee, who endorsed Roe, is running for mayor.", "endorsed", "Roe"),
        # a list, a participle of its own or a clause inside the object keeps it whole
        (
            "Roe slammed the plan as “costly, rushed and unfair.”",
            "slammed",
            "the plan as “costly, rushed and unfair.”",
        ),
        (
            "Roe rejected the notion that the dam, or the levee, had failed.",
            "rejected",
            "the notion that the dam, or the levee, had failed",
        ),
        (
            "Roe praised the report, produced by students, in a speech.",
            "praised",
            "the report, produced by students, in a speech",
        ),
    ],
)
def test_stance_object_ends_before_a_finite_verb(text: str, cue: str, content: str) -> None:
    hits = [a for a in attributions(text) if a.cue.text == cue]
    assert hits and hits[0].content is not None
    assert hits[0].content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a relative clause's content ends where its antecedent's own report begins
        ("For those who claim to like Roe, Doe said, “They are wrong.”", "claim", "to like Roe"),
        ("Voters who want a change, most said, back Roe.", "want", "a change"),
        # ... and a relative clause with no second report keeps its content
        ("Roe, who has accused Doe of fraud, is running again.", "has accused", "Doe of fraud"),
    ],
)
def test_relative_clause_content_ends_before_the_main_report(
    text: str, cue: str, content: str
) -> None:
    hits = [a for a in attributions(text) if a.cue.text == cue]
    assert hits and hits[0].content is not None, cues(text)
    assert hits[0].content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the agent of a reduced relative on a document is not the subject
        (
            "A leaked memo seen by the Ledger shows officials expected 500 deaths.",
            "shows",
            "A leaked memo seen by the Ledger",
        ),
        (
            "A letter obtained by the Ledger warns that the dam is weak.",
            "warns",
            "A letter obtained by the Ledger",
        ),
        # ... a person is no document: the phrase is left to the noun phrase rules
        (
            "Jane Roe, seen by many as a rival, said the dam is weak.",
            "said",
            "Jane Roe, seen by many as a rival",
        ),
    ],
)
def test_document_seen_by_an_agent_is_the_subject(text: str, cue: str, source: str) -> None:
    hits = [a for a in attributions(text) if a.cue.text == cue]
    assert hits and hits[0].source is not None, cues(text)
    assert hits[0].source.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a closing "according to X, ..." phrase: no apposition on X after the comma
        (
            "Seven million people are displaced, according to the Relief Agency, one of the"
            " largest such crises in the world.",
            "the Relief Agency",
        ),
        (
            "Roe said that according to its count, the party has won 82 percent of the vote.",
            "its count",
        ),
        ("Most gifts came from women, according to Acme, the most of any candidate.", "Acme"),
        (
            "Fees reached $40 million, according to public filings, a huge sum for a small firm.",
            "public filings",
        ),
        (
            "Unemployment hit 9 percent, according to the ministry, the highest level since 1990.",
            "the ministry",
        ),
        # ... an apposition on a person or a group stays in the source
        (
            "Prices rose, according to the Acme Union, one of the largest unions in the state.",
            "the Acme Union, one of the largest unions in the state",
        ),
        (  # a plural in -ies of a listed head
            "Prices rose, according to Acme, one of the largest companies in the state.",
            "Acme, one of the largest companies in the state",
        ),
        (
            "Prices rose 4 percent, according to Jane Roe, a physicist who studies markets.",
            "Jane Roe, a physicist who studies markets",
        ),
        (
            "Prices rose, according to Jane Roe, a leading advocate for tenants.",
            "Jane Roe, a leading advocate for tenants",
        ),
    ],
)
def test_according_to_source_stops_before_a_non_apposition(text: str, source: str) -> None:
    hits = [a for a in attributions(text) if a.cue.text.lower() == "according to"]
    assert hits and hits[0].source is not None, cues(text)
    assert hits[0].source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # in an object relative clause, what the verb takes is the antecedent, not what follows
        (
            "It was in the interview, which the paper published, that Roe said the plan failed.",
            "published",
            "the interview",
        ),
        ("The war, which most voters opposed, ended in 1848.", "opposed", "The war"),
        ("Officials, whom Roe criticized, left.", "criticized", "Officials"),
        # ... a relative after a preposition or a quotation after the comma is the content
        (
            "The ad, in which Roe declares, “We will win,” aired Monday.",
            "declares",
            "“We will win,”",
        ),
    ],
)
def test_object_relative_takes_its_antecedent(text: str, cue: str, content: str) -> None:
    hits = [a for a in attributions(text) if a.cue.text == cue]
    assert hits and hits[0].content is not None, cues(text)
    assert hits[0].content.text.startswith(content)


def test_cleft_keeps_the_main_report() -> None:
    text = "It was in the interview, which the paper published, that Roe said the plan failed."
    said = [a for a in attributions(text) if a.cue.text == "said"]
    assert said and said[0].content is not None and said[0].content.text == "the plan failed"
    assert "asked" in cues("When asked which she supported, Roe laughed.")
    assert "supported" not in cues("When asked which she supported, Roe laughed.")
