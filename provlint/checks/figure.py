"""``figure``: figures of some kinds whose sourcing is one of some values, outside the headline
and deck (the headings before the first paragraph) unless ``in-headings`` is set, and outside
a source's own description ("said Fatima Haddad, who fled with her four children")."""

from __future__ import annotations

import re

from provlint import regexcache
from provlint.analysis import Analysis
from provlint.checks import Hit
from provlint.checks.common import shorten
from provlint.document import headline_sentences
from provlint.model import Figure

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

_RELAYED = regexcache.compile(
    r"\s+(?:as|that)\s+|,"
)  # where a relayed party ends in a relay's content
FIELDS = ("text", "kind", "noun", "sourcing", "source", "qualifier")

# Sourcings that name or describe a source, which a message quotes.
_BACKED = frozenset({"named", "anonymous"})
# Where the clause holding a figure opens: after the last of these before it in its sentence.
_CLAUSE_MARK = regexcache.compile(r".*[,;:—–(]", re.DOTALL)


def check(a: Analysis, params: dict[str, Any]) -> list[Hit]:
    kinds = set(params["figure-kinds"])
    sourcing = set(params["sourcing"])
    top = set() if params.get("in-headings", False) else headline_sentences(a.document)
    top |= {c.sentence for c in a.claims if c.kind == "question"}  # asks, claims nothing
    # a figure describing who speaks ("said Fatima Haddad, who fled with her four children")
    speakers = [(t.source.start, t.source.end) for t in a.attributions if t.source is not None]
    hits = []
    for f in a.figures:
        if f.kind not in kinds or f.sourcing not in sourcing or f.sentence in top:
            continue  # "Dozens killed as shelling hits market": the body sources the headline
        if any(s <= f.start and f.end <= e for s, e in speakers):
            continue  # background on the source, not the claim
        source = None
        if f.attribution is not None and 0 <= f.attribution < len(a.attributions):
            att = a.attributions[f.attribution]
            source = att.resolved or (att.source.text if att.source else att.cue.text)
            if att.source_kind == "named" and f.sourcing == "anonymous" and att.content:
                source = _RELAYED.split(att.content.text, 1)[0]  # "citing | unnamed diplomats"
        if not source and f.sourcing in _BACKED:
            source = _lead_in(a, f)  # "Organisers put attendance at": no attribution holds it
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


def _lead_in(a: Analysis, f: Figure) -> str:
    """The words of a figure's clause before it ("Organisers put attendance at"), quoted when
    a clause of evidence rather than an attribution sourced it, so that a message never quotes
    an empty source."""
    sents = a.document.sentences
    if not 0 <= f.sentence < len(sents):
        return f.text
    start = sents[f.sentence].start
    m = _CLAUSE_MARK.match(a.document.prose, start, f.start)
    lead = shorten(a.document.prose[m.end() if m else start : f.start].strip())
    return lead or f.text
