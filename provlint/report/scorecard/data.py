"""What a scorecard shows, computed once from a DocumentResult and shared by every format."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from provlint.model import Finding
from provlint.report.json_report import finding_json, json_safe
from provlint.report.scorecard.marks import source_to_prose
from provlint.results import DocumentResult

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

SOURCING_LABELS = {
    "named": "named source",
    "anonymous": "anonymous source",
    "none": "no source",
    "carried": "source carried from an earlier sentence",
    "cited": "cited by link or footnote",
}


@dataclass
class SourceRow:
    name: str
    kind: str  # named | anonymous | none
    uses: int = 0
    figures: int = 0


@dataclass
class PlacedFinding:
    """A finding with its 1-based number and the prose span its anchor wraps (None: not in the text)."""

    number: int
    finding: Finding
    prose: tuple[int, int] | None


@dataclass
class CardData:
    path: str
    title: str
    score: float | None
    components: dict[str, dict[str, Any]]
    sources: list[SourceRow] = field(default_factory=list)
    findings: list[PlacedFinding] = field(default_factory=list)
    figure_counts: dict[str, int] = field(default_factory=dict)
    vague_dates: list[str] = field(default_factory=list)


def source_name(result: DocumentResult, index: int) -> tuple[str, str]:
    """Display name and kind of attribution ``index``."""
    att = result.analysis.attributions[index]
    if att.resolved:
        return att.resolved, att.source_kind
    if att.source is not None:
        return att.source.text, att.source_kind
    return f"(no source: {att.cue.text})", "none"


def _sources(result: DocumentResult) -> list[SourceRow]:
    rows: dict[tuple[str, str], SourceRow] = {}
    for i, _att in enumerate(result.analysis.attributions):
        name, kind = source_name(result, i)
        key = (" ".join(name.split()).lower(), kind)
        rows.setdefault(key, SourceRow(name=" ".join(name.split()), kind=kind)).uses += 1
    for fig in result.analysis.figures:
        if fig.attribution is not None and 0 <= fig.attribution < len(result.analysis.attributions):
            name, kind = source_name(result, fig.attribution)
            row = rows.get((" ".join(name.split()).lower(), kind))
            if row:
                row.figures += 1
    kind_order = {"named": 0, "anonymous": 1, "none": 2}
    return sorted(rows.values(), key=lambda r: (kind_order.get(r.kind, 3), -r.uses, r.name.lower()))


def place_finding(result: DocumentResult, f: Finding) -> tuple[int, int] | None:
    """Prose span for a finding's anchor: its own span, or the sentence holding it when empty."""
    doc = result.analysis.document
    if not doc.prose:
        return None
    start, end = source_to_prose(doc, f.start, f.end)
    if end > start and doc.prose[start:end].strip():
        return start, end
    for s in doc.sentences:
        if s.start <= start < s.end or (start == end == s.end):
            return s.start, s.end
    return None


def card_data(result: DocumentResult) -> CardData:
    doc = result.analysis.document
    card = result.scorecard
    title = doc.metadata.title or (
        doc.prose[doc.blocks[0].start : doc.blocks[0].end] if doc.blocks else doc.path
    )
    findings = sorted(result.findings, key=lambda f: (f.start, f.end, f.code))
    return CardData(
        path=doc.path,
        title=" ".join(title.split())[:200] or doc.path,
        score=card.score if card else None,
        components=card.components if card else {},
        sources=_sources(result),
        findings=[
            PlacedFinding(i + 1, f, place_finding(result, f)) for i, f in enumerate(findings)
        ],
        figure_counts=dict(Counter(f.sourcing for f in result.analysis.figures)),
        vague_dates=[d.text for d in result.analysis.dates if d.precision == "vague"],
    )


def card_json(data: CardData) -> dict[str, Any]:
    """The JSON scorecard of one article."""
    return json_safe(
        {
            "schema_version": 1,
            "path": data.path,
            "title": data.title,
            "score": data.score,
            "components": data.components,
            "figures_by_sourcing": data.figure_counts,
            "sources": [
                {"name": s.name, "kind": s.kind, "uses": s.uses, "figures": s.figures}
                for s in data.sources
            ],
            "vague_time_references": data.vague_dates,
            "findings": [{"number": p.number, **finding_json(p.finding)} for p in data.findings],
        }
    )


def format_score(score: float | None) -> str:
    return "n/a" if score is None else f"{score:.0f}"


def format_value(value: Any) -> str:
    return "n/a" if value is None else f"{100 * float(value):.0f}%"
