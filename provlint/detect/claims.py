"""Sentence claims (placeholder until the detector lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from provlint.document import Document
from provlint.lexicons import Lexicons
from provlint.model import Claim

if TYPE_CHECKING:
    from provlint.analysis import Analysis


def classify_claims(doc: Document, lexicons: Lexicons, analysis: Analysis) -> list[Claim]:
    return []
