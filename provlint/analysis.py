"""Run the detectors over a document and serialise what they found.

Order matters and flows one way: time references and figures first (they are plain spans),
then quotations, then attributions (which may use quotations), then figure sourcing (which
needs attributions and links), then sentence claims (which need all of it).
"""

from __future__ import annotations

from collections.abc import Callable

from provlint.document import Document
from provlint.lexicons import Lexicons, default_lexicons
from provlint.model import Attribution, Claim, Figure, Quote, TextSpan, TimeRef
from provlint.record import field, record
from provlint.segment import segment

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

ANALYSIS_SCHEMA_VERSION = 1


@record(slots=False)
class Analysis:
    """What the detectors found in one document."""

    document: Document
    figures: list[Figure] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    dates: list[TimeRef] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


def analyze(doc: Document, lexicons: Lexicons | None = None) -> Analysis:
    """Segment ``doc`` and run every detector over it."""
    from provlint.detect import attribution, claims, dates, figures, quotes, sourcing

    lex = lexicons or default_lexicons()
    segment(doc, lex)
    result = Analysis(document=doc)
    result.dates = dates.detect_dates(doc, lex)
    result.figures = figures.detect_figures(doc, lex)
    result.quotes = quotes.detect_quotes(doc, lex)
    result.attributions = attribution.detect_attributions(doc, lex, result.quotes)
    sourcing.assign_sourcing(doc, lex, result)
    result.claims = claims.classify_claims(doc, lex, result)
    return result


# -- serialisation ------------------------------------------------------------------------------


def _locator(doc: Document) -> Callable[[int, int], dict[str, Any]]:
    """A function giving the source offsets, lines and columns of a prose span of ``doc``.

    It binds the document's maps once: the serialiser calls it for every block, sentence and
    detection, and attribute lookups per call showed up in profiles."""
    to_source = doc.offset_map.span
    positions = doc.line_index.positions

    def span(start: int, end: int) -> dict[str, Any]:
        s, e = to_source(start, end)
        line, col, end_line, end_col = positions(s, e)
        return {
            "start": s,
            "end": e,
            "line": line,
            "col": col,
            "end_line": end_line,
            "end_col": end_col,
        }

    return span


def to_json(a: Analysis) -> dict[str, Any]:
    """The per-document object of the analysis JSON (``schemas/analysis.schema.json``)."""
    doc = a.document
    span = _locator(doc)

    def text_span(ts: TextSpan | None) -> dict[str, Any] | None:
        return None if ts is None else {**span(ts.start, ts.end), "text": ts.text}

    return {
        "path": doc.path,
        "format": doc.format,
        "metadata": doc.metadata.as_dict(),
        "blocks": [
            {
                **span(b.start, b.end),
                "kind": b.kind,
                "boilerplate": b.boilerplate,
                "sentences": [s.index for s in b.sentences],
            }
            for b in doc.blocks
        ],
        "sentences": [{**span(s.start, s.end), "block": s.block} for s in doc.sentences],
        "figures": [
            {
                **span(f.start, f.end),
                "text": f.text,
                "kind": f.kind,
                "sentence": f.sentence,
                "noun": f.noun,
                "value": f.value,
                "low": f.low,
                "high": f.high,
                "qualifier": f.qualifier,
                "unit": f.unit,
                "sourcing": f.sourcing,
                "attribution": f.attribution,
            }
            for f in a.figures
        ],
        "attributions": [
            {
                "cue": text_span(t.cue),
                "source": text_span(t.source),
                "content": text_span(t.content),
                "source_kind": t.source_kind,
                "cue_type": t.cue_type,
                "resolved": t.resolved,
                "sentence": t.sentence,
            }
            for t in a.attributions
        ],
        "dates": [
            {
                **span(d.start, d.end),
                "text": d.text,
                "precision": d.precision,
                "value": d.value,
                "sentence": d.sentence,
            }
            for d in a.dates
        ],
        "quotes": [
            {
                **span(q.start, q.end),
                "text": q.text,
                "sentence": q.sentence,
                "speaker": q.speaker,
                "partial": q.partial,
                "parts": q.parts,
            }
            for q in a.quotes
        ],
        "claims": [
            {
                "sentence": c.sentence,
                "kind": c.kind,
                "attributed": c.attributed,
                "checkworthy": c.checkworthy,
                "cited": c.cited,
            }
            for c in a.claims
        ],
        "links": [{**span(k.start, k.end), "target": k.target, "kind": k.kind} for k in doc.links],
    }


def analyses_to_json(analyses: list[Analysis]) -> dict[str, Any]:
    return {"schema_version": ANALYSIS_SCHEMA_VERSION, "documents": [to_json(a) for a in analyses]}
