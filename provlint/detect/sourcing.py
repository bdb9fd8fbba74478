"""Figure sourcing (placeholder until the detector lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from provlint.document import Document
from provlint.lexicons import Lexicons

if TYPE_CHECKING:
    from provlint.analysis import Analysis


def assign_sourcing(doc: Document, lexicons: Lexicons, analysis: Analysis) -> None:
    return None
