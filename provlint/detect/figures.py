"""Figures: counts, casualties, money, percentages (placeholder until the detector lands)."""

from __future__ import annotations

from provlint.document import Document
from provlint.lexicons import Lexicons
from provlint.model import Figure


def detect_figures(doc: Document, lexicons: Lexicons) -> list[Figure]:
    return []
