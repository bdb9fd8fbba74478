"""Sentence claims: kind, check-worthiness, attribution and citation flags."""

from __future__ import annotations

import pytest

from provlint.analysis import Analysis, analyze
from provlint.detect.attribution import detect_attributions
from provlint.detect.claims import classify_claims
from provlint.detect.dates import detect_dates
from provlint.detect.figures import detect_figures
from provlint.detect.quotes import detect_quotes
from provlint.lexicons import default_lexicons
from provlint.model import Attribution, TextSpan
from provlint.readers import parse
from provlint.segment import segment


def analysed(text: str, fmt: str = "text") -> Analysis:
    lex = default_lexicons()
    doc = parse(text, "t.md" if fmt == "markdown" else "t.txt", fmt)
    segment(doc, lex)
    a = Analysis(document=doc)
    a.dates = detect_dates(doc, lex)
    a.figures = detect_figures(doc, lex)
    a.quotes = detect_quotes(doc, lex)
    return a


def claims(text: str, fmt: str = "text"):
    a = analysed(text, fmt)
    return classify_claims(a.document, default_lexicons(), a)


@pytest.mark.parametrize(
    ("sentence", "kind", "checkworthy"),
    [
        ("The council approved 300 new homes.", "factual", True),
        ("The river flooded the town in 2009.", "factual", True),
        ("Mayor Anna Berg closed the harbour.", "factual", True),
        ("The old town looks pretty.", "other", False),
        ("Will the council approve the homes?", "question", False),
        ("Q: What would the town do with an extra $40 million?", "question", False),
        ("The council should approve 300 new homes.", "opinion", False),
        ("It is vital that the harbour stays open.", "opinion", False),
        ("In my view the plan is weak.", "opinion", False),
        ("Clearly the plan failed.", "opinion", False),
        ("Villagers worried about the plan.", "factual", False),
    ],
)
def test_kind_and_checkworthy(sentence: str, kind: str, checkworthy: bool) -> None:
    [claim] = claims(sentence)
    assert (claim.kind, claim.checkworthy) == (kind, checkworthy)


def test_opinion_marker_inside_a_quote_does_not_make_an_opinion() -> None:
    [claim] = claims("Mayor Anna Berg said on Monday, “We must act.”")
    assert claim.kind == "factual"


def test_one_claim_per_sentence_in_order() -> None:
    found = claims("The dam broke in 2011. Why? It should be rebuilt.")
    assert [(c.sentence, c.kind) for c in found] == [
        (0, "factual"),
        (1, "question"),
        (2, "opinion"),
    ]


def test_boilerplate_sentence() -> None:
    found = claims("The dam broke in 2011.\n\nCopyright © 2021 All Rights Reserved")
    assert [c.kind for c in found] == ["factual", "boilerplate"]


def test_attributed_by_span_or_sentence_index() -> None:
    a = analysed("The dam broke in 2011. Engineers said the dam was old. It rained.")
    cue = TextSpan(33, 37, "said")
    a.attributions = [
        Attribution(cue=cue, source=None, content=None, source_kind="named", sentence=1)
    ]
    found = classify_claims(a.document, default_lexicons(), a)
    assert [c.attributed for c in found] == [False, True, False]


def test_cited_when_a_link_lies_inside() -> None:
    found = claims(
        "The dam broke in [2011](https://example.org/report). It rained.", fmt="markdown"
    )
    assert [c.cited for c in found] == [True, False]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Critics say the minister knew of the deal.", "factual"),
        ("The old town looks pretty.", "other"),
        ("Critics say the plan should be dropped.", "opinion"),
    ],
)
def test_reported_content_is_a_factual_claim(sentence: str, kind: str) -> None:
    a = analysed(sentence)
    a.attributions = detect_attributions(a.document, default_lexicons(), a.quotes)
    [claim] = classify_claims(a.document, default_lexicons(), a)
    assert claim.kind == kind


def test_heading_is_not_a_claim() -> None:
    first, second = claims("Council Approves 300 New Homes\n\nThe council approved 300 new homes.")
    assert (first.kind, first.checkworthy) == ("other", False)
    assert (second.kind, second.checkworthy) == ("factual", True)


def test_short_table_cells_are_values_not_claims() -> None:
    text = "| Year | Deaths |\n|---|---|\n| 2024 | 310 |\n| Police killed 40 people in May | x |\n"
    kinds = {c.sentence: c.kind for c in claims(text, "markdown")}
    analysis = analysed(text, "markdown")
    cells = {
        analysis.document.prose[s.start : s.end]: kinds[s.index]
        for s in analysis.document.sentences
    }
    assert cells["2024"] == "other" and cells["310"] == "other"
    assert cells["Police killed 40 people in May"] == "factual"


def test_quotation_going_on_in_the_next_paragraph_is_attributed() -> None:
    text = (
        "“The dam will hold,” Mayor Reyes said.\n\n“We ran to the bank. It held for 3 days.”"
        "\n\nThe town spent $14,000 on sandbags."
    )
    found = analyze(parse(text, "t.txt", "text")).claims
    assert [c.attributed for c in found] == [True, True, False]


def test_a_transcript_label_attributes_its_whole_paragraph() -> None:
    text = "Interview\n\nMALIK: That is wrong. I resigned on 9 December.\n"
    a = analyze(parse(text, "t.txt", "text"))
    assert [c.attributed for c in a.claims[1:]] == [True, True]
    plain = analyze(parse(text.replace("MALIK:", "Malik said"), "t.txt", "text"))
    assert plain.claims[-1].attributed is False  # no label: the second sentence is the writer's


def test_a_label_before_a_quotation_speaks_only_the_quotation() -> None:
    text = "Campaign\n\nJones: “We will win.” The party lost every seat in 2019.\n"
    a = analyze(parse(text, "t.txt", "text"))
    assert a.claims[-1].attributed is False
