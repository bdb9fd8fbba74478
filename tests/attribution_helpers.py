"""Shared helpers for the attribution tests: run the detector on an invented text and read
back its cues and sources."""

from __future__ import annotations

from provlint.detect.attribution import detect_attributions
from provlint.document import Document
from provlint.lexicons import default_lexicons
from provlint.model import Attribution, Quote
from provlint.readers import parse
from provlint.segment import segment


def segmented(text: str, fmt: str = "markdown") -> Document:
    """``text`` read as a document of format ``fmt`` and split into sentences."""
    doc = parse(text, "t.txt" if fmt == "text" else "t.md", fmt)
    segment(doc, default_lexicons())
    return doc


def attributions(
    text: str, quotes: list[Quote] | None = None, fmt: str = "markdown"
) -> list[Attribution]:
    """The attributions provlint finds in ``text``."""
    return detect_attributions(segmented(text, fmt), default_lexicons(), quotes or [])


def by_cue(atts: list[Attribution], cue: str) -> Attribution:
    """The first attribution whose cue reads ``cue``; fails the test when there is none."""
    hits = [a for a in atts if a.cue.text == cue]
    assert hits, f"no attribution with cue {cue!r} in {[a.cue.text for a in atts]}"
    return hits[0]


def cues(text: str) -> list[str]:
    """The cue texts found in ``text``, in order."""
    return [a.cue.text for a in attributions(text)]


def cue_sources(text: str, fmt: str = "markdown") -> list[tuple[str, str | None]]:
    """(cue text, source text or None) for each attribution found in ``text``."""
    return [(a.cue.text, a.source.text if a.source else None) for a in attributions(text, fmt=fmt)]
