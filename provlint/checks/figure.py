"""``figure``: figures of some kinds whose sourcing is one of some values, outside the headline
and deck (the headings before the first paragraph) unless ``in-headings`` is set."""

from __future__ import annotations

from provlint.analysis import Analysis
from provlint.checks import Hit
from provlint.document import headline_sentences

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FIELDS = ("text", "kind", "noun", "sourcing", "source", "qualifier")


def check(a: Analysis, params: dict[str, Any]) -> list[Hit]:
    kinds = set(params["figure-kinds"])
    sourcing = set(params["sourcing"])
    top = set() if params.get("in-headings", False) else headline_sentences(a.document)
    top |= {c.sentence for c in a.claims if c.kind == "question"}  # asks, claims nothing
    hits = []
    for f in a.figures:
        if f.kind not in kinds or f.sourcing not in sourcing or f.sentence in top:
            continue  # "Dozens killed as shelling hits market": the body sources the headline
        source = None
        if f.attribution is not None and 0 <= f.attribution < len(a.attributions):
            att = a.attributions[f.attribution]
            source = att.resolved or (att.source.text if att.source else att.cue.text)
        hits.append(
            Hit(
                f.start,
                f.end,
                f.sentence,
                {
                    "text": f.text,
                    "kind": f.kind,
                    "noun": f.noun or "",
                    "sourcing": f.sourcing,
                    "source": source or "",
                    "qualifier": f.qualifier or "",
                },
            )
        )
    return hits
