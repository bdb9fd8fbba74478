"""The provenance score: how well an article says where its facts come from, 0-100.

Formula (weights in ``rules/score.yaml``)::

    score = 100 * sum(w_c * v_c) / sum(w_c)   over components c with a value

Each component value ``v_c`` is a mean of per-item credits in 0..1 over a set of items that
depends only on the article's *content*, never on its sourcing, which makes the score
monotone: a better source for one item can only raise it, a removed source only lower it.

* ``figures_sourced``: figures, each weighted by kind, credited by sourcing.
* ``claims_attributed``: check-worthy factual claims; 1 when attributed, cited, or holding a
  sourced figure.
* ``named_sources``: the same claims, credited by the best source kind in the sentence
  (a named attribution or a named/cited figure beats an anonymous one, which beats none).
* ``dated_time_refs``: time references in factual sentences, credited by precision.
* ``citations``: the same claims; 1 when the sentence carries a link or footnote.

An article with no figure and no check-worthy factual claim scores ``None`` ("n/a"). Figures
and claims in boilerplate blocks do not count.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from provlint.analysis import Analysis
from provlint.document import headline_sentences
from provlint.errors import ConfigError
from provlint.resources import rules_dir
from provlint.results import Scorecard
from provlint.yamlfile import load_yaml

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

LABELS = {
    "figures_sourced": "figures sourced (by kind)",
    "claims_attributed": "check-worthy claims attributed",
    "named_sources": "named vs anonymous sources",
    "dated_time_refs": "dated vs vague time references",
    "citations": "citations and links",
}
_NAMED_SOURCINGS = {"named", "cited", "carried"}


@cache
def load_weights(path: Path | None = None) -> dict[str, dict[str, float]]:
    """Shipped weights, with the tables of ``path`` (a user file) merged over them.

    Only the user file is validated here; the test suite validates the shipped one.
    """
    data = load_yaml(rules_dir() / "score.yaml", ConfigError)
    if path is not None:
        user = load_yaml(Path(path), ConfigError, schema="score") or {}
        for key, table in user.items():
            if isinstance(table, dict):
                data[key] = {**data.get(key, {}), **table}
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def _in_boilerplate(a: Analysis) -> set[int]:
    doc = a.document
    return {s.index for b in doc.blocks if b.boilerplate for s in b.sentences}


def _mean(items: list[tuple[float, float]]) -> float | None:
    """Weighted mean of (weight, credit) pairs; None when there is nothing to weigh."""
    total = sum(w for w, _ in items)
    return sum(w * c for w, c in items) / total if total > 0 else None


def compute(a: Analysis, weights: dict[str, dict[str, Any]] | None = None) -> Scorecard:
    """The article's scorecard. See the module docstring for the formula."""
    w = weights or load_weights()
    kind_w, fig_credit = w["figure-kinds"], w["sourcing-credit"]
    src_credit, prec_credit = w["source-credit"], w["precision-credit"]
    skip = _in_boilerplate(a)
    questions = {c.sentence for c in a.claims if c.kind == "question"}
    skip_figures = skip | headline_sentences(a.document) | questions  # as the figure rules do
    figures = [f for f in a.figures if f.sentence not in skip_figures]
    claims = [
        c for c in a.claims if c.kind == "factual" and c.checkworthy and c.sentence not in skip
    ]
    factual = {c.sentence for c in a.claims if c.kind == "factual"} - skip
    dates = [d for d in a.dates if d.sentence in factual]

    figs_by_sentence: dict[int, list[str]] = {}
    for f in figures:
        figs_by_sentence.setdefault(f.sentence, []).append(f.sourcing)
    atts_by_sentence: dict[int, list[str]] = {}
    for t in a.attributions:
        atts_by_sentence.setdefault(t.sentence, []).append("named" if t.resolved else t.source_kind)

    def best_source(sentence: int) -> float:
        kinds = list(atts_by_sentence.get(sentence, []))
        kinds += [
            "named" if s in _NAMED_SOURCINGS else s for s in figs_by_sentence.get(sentence, [])
        ]
        return max((src_credit.get(k, 0.0) for k in kinds), default=src_credit.get("none", 0.0))

    def attributed(c) -> float:
        sourced_fig = any(s != "none" for s in figs_by_sentence.get(c.sentence, []))
        return 1.0 if (c.attributed or c.cited or sourced_fig) else 0.0

    values: dict[str, tuple[float | None, dict[str, Any]]] = {
        "figures_sourced": (
            _mean([(kind_w.get(f.kind, 1.0), fig_credit.get(f.sourcing, 0.0)) for f in figures]),
            {
                "figures": len(figures),
                "unsourced": sum(f.sourcing == "none" for f in figures),
                "by_kind": {
                    k: sum(f.kind == k for f in figures) for k in sorted({f.kind for f in figures})
                },
            },
        ),
        "claims_attributed": (
            _mean([(1.0, attributed(c)) for c in claims]),
            {"claims": len(claims), "attributed": sum(attributed(c) == 1.0 for c in claims)},
        ),
        "named_sources": (
            _mean([(1.0, best_source(c.sentence)) for c in claims]),
            {
                "named": sum(t.source_kind == "named" or bool(t.resolved) for t in a.attributions),
                "anonymous": sum(
                    t.source_kind == "anonymous" and not t.resolved for t in a.attributions
                ),
                "agentless": sum(
                    t.source_kind == "none" and not t.resolved for t in a.attributions
                ),
            },
        ),
        "dated_time_refs": (
            _mean([(1.0, prec_credit.get(d.precision, 0.0)) for d in dates]),
            {"time_refs": len(dates), "vague": sum(d.precision == "vague" for d in dates)},
        ),
        "citations": (
            _mean([(1.0, 1.0 if c.cited else 0.0) for c in claims]),
            {"cited_claims": sum(c.cited for c in claims), "links": len(a.document.links)},
        ),
    }
    components = {
        name: {
            "value": None if v is None else round(v, 4),
            "weight": float(w["components"].get(name, 0.0)),
            "label": LABELS[name],
            "detail": detail,
        }
        for name, (v, detail) in values.items()
    }
    if not figures and not claims:
        return Scorecard(score=None, components=components)
    num = sum(c["weight"] * c["value"] for c in components.values() if c["value"] is not None)
    den = sum(c["weight"] for c in components.values() if c["value"] is not None)
    return Scorecard(score=round(100 * num / den, 1) if den > 0 else None, components=components)
