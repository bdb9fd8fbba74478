"""Source spans grown or moved to the real subject (provlint.detect.sources.refine_source), on
invented sentences."""

from __future__ import annotations

import pytest

from provlint.detect.sources import refine_source, source_words, tokenize
from provlint.lexicons import default_lexicons
from tests.attribution_helpers import attributions, by_cue


def _source_text(text: str, cue: str) -> str | None:
    att = by_cue(attributions(text), cue)
    return att.source.text if att.source is not None else None


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a phrase joined by "to" or "by" after the subject's head is grown over
        (
            "The deputy head of the delegation to the summit said the levee holds.",
            "said",
            "The deputy head of the delegation to the summit",
        ),
        (
            "A letter to board members calls for a new levee.",
            "calls for",
            "A letter to board members",
        ),
        (
            "A weekly owned by Ann Roe said the levee holds.",
            "said",
            "A weekly owned by Ann Roe",
        ),
        # a subject after a subordinating conjunction opens its clause too
        (
            "He left after delegates at the hall in Elm said the levee holds.",
            "said",
            "delegates at the hall in Elm",
        ),
    ],
)
def test_subject_grown_over_a_prepositional_phrase(text: str, cue: str, source: str) -> None:
    assert _source_text(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the agent after a passive cue stays the source: the phrase is not grown over the cue
        (
            "But a separate memo issued by the Elm campaign on Monday was short.",
            "issued by",
            "the Elm campaign",
        ),
        # a phrase that does not open the clause is not grown over
        ("He met with aides to the mayor who said the levee holds.", "said", "who"),
    ],
)
def test_subject_not_grown_over_a_cue_or_a_verb(text: str, cue: str, source: str) -> None:
    assert _source_text(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a document its subject put out, then a participle: the subject says it
        (
            "Tom Vale, the bureau’s director, released a statement confirming the vote.",
            "confirming",
            "Tom Vale, the bureau’s director",
        ),
        (
            "The Elm Farm Bureau, which issued a memo Tuesday warning that rents will rise, met.",
            "warning",
            "which",
        ),
        ("Recently, however, it published a policy paper welcoming the plan.", "welcoming", "it"),
        ("Her team had filed a lawsuit aimed at the dam.", "aimed", "Her team"),
    ],
)
def test_issuer_of_a_document_is_the_source(text: str, cue: str, source: str) -> None:
    assert _source_text(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # no verb of putting out: the document stays the source
        (
            "The Elm Farm Bureau, which found a memo Tuesday warning that rents will rise, met.",
            "warning",
            "a memo",
        ),
        ("There is a memo saying the levee holds.", "saying", "a memo"),
        # the sentence's own verb after a relative clause is no participle
        (
            "One of the doctors who sent the letter called the dam unsafe.",
            "called",
            "One of the doctors who sent the letter",
        ),
    ],
)
def test_document_stays_the_source_without_an_issuer(text: str, cue: str, source: str) -> None:
    assert _source_text(text, cue) == source


def _refined(text: str, source: str, cue: str) -> str:
    """The text of ``refine_source`` on the tokens of ``source`` in ``text``, for the cue word ``cue``."""
    toks = tokenize(text, 0)
    want = [t.text for t in tokenize(source, 0)]
    got = [t.text for t in toks]
    a = next(i for i in range(len(got)) if got[i : i + len(want)] == want)
    s, e = refine_source(toks, a, a + len(want) - 1, _WORDS, got.index(cue))
    return text[toks[s].start : toks[e].end]


_WORDS = source_words(default_lexicons())


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a participle before the preposition may be any -ing word
        (
            "Another intelligence source speaking to the Elm Herald said the dam leaks.",
            "said",
            "Another intelligence source speaking to the Elm Herald",
        ),
        # "Even" before the subject is no part of it and lets it open its clause
        ("Even Ann Roe, a longtime ally, said the dam leaks.", "said", "Ann Roe, a longtime ally"),
        # a relative clause with an adverb "once" before a participle, or a contraction
        (
            "Some voters who were once intrigued by Mr. Vale now regard him with distaste.",
            "now regard",
            "Some voters who were once intrigued by Mr. Vale",
        ),
        (
            "Many of the local leaders who’d rather be working for Roe or Vale said they rallied.",
            "said",
            "Many of the local leaders who’d rather be working for Roe or Vale",
        ),
    ],
)
def test_subject_grown_over_a_relative_or_participle_phrase(
    text: str, cue: str, source: str
) -> None:
    assert _source_text(text, cue) == source


@pytest.mark.parametrize(
    ("text", "source", "cue", "refined"),
    [
        (
            "Even Democrats who have praised his plan warned that the dam leaks.",
            "his plan",
            "warned",
            "Democrats who have praised his plan",
        ),
        # a second verb after the relative clause's own: a clause of its own, not grown over
        (
            "But those who back her rivals say the news this week has hurt the plan badly.",
            "the plan",
            "badly",
            "the plan",
        ),
        # "as" opening a clause of its own stops the growth
        ("A man who left as the storm hit the town said it.", "the town", "said", "the town"),
    ],
)
def test_refined_relative_subject(text: str, source: str, cue: str, refined: str) -> None:
    assert _refined(text, source, cue) == refined
