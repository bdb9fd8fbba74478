"""Attributions (placeholder until the detector lands)."""

from __future__ import annotations

from provlint.document import Document
from provlint.lexicons import Lexicons
from provlint.model import Attribution, Quote


def detect_attributions(doc: Document, lexicons: Lexicons, quotes: list[Quote]) -> list[Attribution]:
    return []
