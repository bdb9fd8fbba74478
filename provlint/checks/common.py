"""Helpers the check kinds share: sentence lookups and short quotations for messages."""

from __future__ import annotations

from provlint.analysis import Analysis
from provlint.document import Sentence
from provlint.model import Claim

MAX_QUOTED = 60


def shorten(text: str, limit: int = MAX_QUOTED) -> str:
    """Collapse whitespace and cut long text with an ellipsis, so messages stay one line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def claims_by_sentence(a: Analysis) -> dict[int, Claim]:
    return {c.sentence: c for c in a.claims}


def is_factual(a: Analysis, sentence: int, claims: dict[int, Claim] | None = None) -> bool:
    claim = (claims if claims is not None else claims_by_sentence(a)).get(sentence)
    return claim is not None and claim.kind == "factual"


def sentence_text(a: Analysis, sentence: int, sentences: list[Sentence] | None = None) -> str:
    sentences = a.document.sentences if sentences is None else sentences
    if 0 <= sentence < len(sentences):
        s = sentences[sentence]
        return a.document.prose[s.start : s.end]
    return ""
