"""Time references (placeholder until the detector lands)."""

from __future__ import annotations

from provlint.document import Document
from provlint.lexicons import Lexicons
from provlint.model import TimeRef


def detect_dates(doc: Document, lexicons: Lexicons) -> list[TimeRef]:
    return []
