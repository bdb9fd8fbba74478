"""Provenance score: formula, weights file, n/a, and monotonicity properties (hypothesis)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.analysis import Analysis, analyze
from provlint.errors import ConfigError
from provlint.model import FIGURE_KINDS, PRECISIONS, Attribution, Claim, Figure, TextSpan, TimeRef
from provlint.readers import parse
from provlint.score import compute, load_weights
from tests.test_engine import make_analysis, make_doc

N_SENTENCES = 6
_DOC = make_doc(" ".join(f"Sentence number {i} states a fact." for i in range(N_SENTENCES)))
assert len(_DOC.sentences) == N_SENTENCES

SPAN = TextSpan(0, 1, "x")


def _analysis(figs, atts, claims, dates) -> Analysis:
    a = Analysis(document=_DOC)
    a.figures = [Figure(0, 1, "1", kind, sent, sourcing=src) for sent, kind, src in figs]
    a.attributions = [
        Attribution(cue=SPAN, source=SPAN, content=None, source_kind=k, sentence=s) for s, k in atts
    ]
    a.claims = [
        Claim(sentence=i, kind=kind, attributed=att, checkworthy=cw, cited=cited)
        for i, (kind, att, cw, cited) in enumerate(claims)
    ]
    a.dates = [TimeRef(0, 1, "x", p, s) for s, p in dates]
    return a


sentence = st.integers(0, N_SENTENCES - 1)
analyses = st.builds(
    _analysis,
    st.lists(
        st.tuples(
            sentence,
            st.sampled_from(FIGURE_KINDS),
            st.sampled_from(["named", "anonymous", "none", "carried", "cited"]),
        ),
        max_size=6,
    ),
    st.lists(st.tuples(sentence, st.sampled_from(["named", "anonymous", "none"])), max_size=4),
    st.lists(
        st.tuples(
            st.sampled_from(["factual", "opinion", "factual"]),
            st.booleans(),
            st.booleans(),
            st.booleans(),
        ),
        min_size=N_SENTENCES,
        max_size=N_SENTENCES,
    ),
    st.lists(st.tuples(sentence, st.sampled_from(PRECISIONS)), max_size=4),
)


def _score(a: Analysis) -> float:
    s = compute(a).score
    return -1.0 if s is None else s


@settings(max_examples=300, deadline=None)
@given(analyses, st.data())
def test_naming_a_source_for_an_unsourced_figure_never_lowers_the_score(a, data):
    unsourced = [i for i, f in enumerate(a.figures) if f.sourcing == "none"]
    if not unsourced:
        return
    i = data.draw(st.sampled_from(unsourced))
    before = _score(a)
    b = copy.deepcopy(a)
    fig = b.figures[i]
    fig.sourcing = "named"
    b.attributions.append(
        Attribution(cue=SPAN, source=SPAN, content=None, source_kind="named", sentence=fig.sentence)
    )
    fig.attribution = len(b.attributions) - 1
    b.claims[fig.sentence].attributed = True
    assert _score(b) >= before


@settings(max_examples=300, deadline=None)
@given(analyses, st.data())
def test_removing_a_source_never_raises_the_score(a, data):
    before = _score(a)
    b = copy.deepcopy(a)
    sourced = [i for i, f in enumerate(b.figures) if f.sourcing != "none"]
    choice = data.draw(st.sampled_from(["figure", "attribution", "claim"]))
    if choice == "figure" and sourced:
        b.figures[data.draw(st.sampled_from(sourced))].sourcing = "none"
    elif choice == "attribution" and b.attributions:
        gone = b.attributions.pop(data.draw(st.integers(0, len(b.attributions) - 1)))
        if not any(t.sentence == gone.sentence for t in b.attributions):
            b.claims[gone.sentence].attributed = False
    elif choice == "claim":
        b.claims[data.draw(sentence)].attributed = False
    assert _score(b) <= before


@settings(max_examples=200, deadline=None)
@given(analyses)
def test_score_is_in_range_and_na_without_checkworthy_content(a):
    s = compute(a).score
    checkworthy = [c for c in a.claims if c.kind == "factual" and c.checkworthy]
    if not a.figures and not checkworthy:
        assert s is None
    else:
        assert s is not None and 0 <= s <= 100


def test_article_with_no_checkworthy_claim_is_na_not_100():
    a = make_analysis(
        "I love summer. What a day.",
        claims={
            0: {"kind": "opinion", "checkworthy": False},
            1: {"kind": "question", "checkworthy": False},
        },
    )
    card = compute(a)
    assert card.score is None
    assert set(card.components) == {
        "figures_sourced",
        "claims_attributed",
        "named_sources",
        "dated_time_refs",
        "citations",
    }


def test_formula_by_hand():
    a = make_analysis(
        "Over 1,500 people died, the ministry said. He paid $9. It happened recently.",
        figures=[("1,500 people", "casualty", "named"), ("$9", "money", "none")],
        attributions=[("the ministry", "said", "named")],
        dates=[("recently", "vague")],
        claims={0: {"attributed": True}},
    )
    card = compute(a)
    v = {k: c["value"] for k, c in card.components.items()}
    # figures: casualty weight 3 credit 1, money weight 2 credit 0 -> 3/5
    assert v["figures_sourced"] == pytest.approx(0.6)
    assert v["claims_attributed"] == pytest.approx(1 / 3, abs=1e-4)
    assert v["named_sources"] == pytest.approx(1 / 3, abs=1e-4)
    assert v["dated_time_refs"] == 0.0 and v["citations"] == 0.0
    expected = 100 * (3 * 0.6 + 2 * (1 / 3) + 2 * (1 / 3) + 1 * 0 + 1 * 0) / 9
    assert card.score == pytest.approx(round(expected, 1))
    assert card.components["figures_sourced"]["detail"]["unsourced"] == 1


def test_boilerplate_does_not_count():
    a = make_analysis(
        "Copyright 2024 Example News. All rights reserved.", figures=[("2024", "count", "none")]
    )
    assert compute(a).score is None


def test_heading_figures_do_not_count():
    text = "# Dozens killed in the market\n\nAt least 37 people died, the police said.\n"
    figures = [("Dozens", "casualty", "none"), ("At least 37 people", "casualty", "named")]
    detail = compute(make_analysis(text, "markdown", figures=figures)).components
    assert detail["figures_sourced"]["detail"]["figures"] == 1
    assert detail["figures_sourced"]["value"] == 1.0


def test_user_weights_override_and_are_validated(tmp_path: Path):
    w = tmp_path / "w.yaml"
    w.write_text("components:\n  citations: 0\n", encoding="utf-8")
    weights = load_weights(w)
    assert weights["components"]["citations"] == 0 and weights["components"]["figures_sourced"] == 3
    bad = tmp_path / "bad.yaml"
    bad.write_text("components:\n  citatons: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_weights(bad)
    assert str(bad) in exc.value.source and "citatons" in exc.value.problem


def test_question_figures_do_not_count():
    text = "What would the town do with $40 million? At least 37 people died, the police said."
    a = analyze(parse(text, "t.txt", "text"))
    detail = compute(a).components["figures_sourced"]["detail"]
    assert detail["figures"] == 1 and detail["unsourced"] == 0
