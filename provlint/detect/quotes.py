"""Direct quotations (placeholder until the detector lands)."""

from __future__ import annotations

from provlint.document import Document
from provlint.lexicons import Lexicons
from provlint.model import Quote


def detect_quotes(doc: Document, lexicons: Lexicons) -> list[Quote]:
    return []
