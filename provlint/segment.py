"""Split each block's prose into sentences.

sentencex does the splitting (fast, character offsets, never splits inside a balanced
quotation). A repair pass then fixes what it gets wrong on news text: it splits after a
closing quote glued to the next sentence (``done.”Another said``), and merges splits after
abbreviations from the ``abbreviations`` lexicon (``Gov. Brown``, ``the U.S. military``) and
after single initials (``J. R. Smith``).
"""

from __future__ import annotations

from functools import cache

import sentencex

from provlint import regexcache
from provlint.document import Document, Sentence
from provlint.lexicons import Lexicons, default_lexicons

_GLUED_QUOTE = regexcache.compile(r"[.!?…][”\"’'»]+(?=[A-Z“\"‘])")
_INITIAL = regexcache.compile(r"(?:^|[\s(])[A-Z]\.$")


@cache
def _abbreviations(lexicons: Lexicons) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(lexicons.words("abbreviations", "titles")), frozenset(
        lexicons.words("abbreviations", "other")
    )


def _boundaries(text: str) -> list[tuple[int, int]]:
    spans = []
    for b in sentencex.get_sentence_boundaries("en", text):
        s, e = b["start_index"], b["end_index"]
        if text[s:e].strip():
            spans.append((s, e))
    return spans or [(0, len(text))]


def _split_glued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        cut = s
        for m in _GLUED_QUOTE.finditer(text, s, e):
            if m.end() < e and _quote_balanced(text[cut : m.end()]):
                out.append((cut, m.end()))
                cut = m.end()
        out.append((cut, e))
    return out


def _quote_balanced(fragment: str) -> bool:
    """True when the fragment's double quotes are closed, so a split after it is safe."""
    opens = fragment.count("“")
    closes = fragment.count("”")
    straight = fragment.count('"')
    return opens <= closes and straight % 2 == 0 or (opens == 0 and closes >= 1)


def _merge_abbreviations(
    text: str, spans: list[tuple[int, int]], titles: frozenset[str], other: frozenset[str]
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            prev = text[ps:pe].rstrip()
            last_word = prev.rsplit(None, 1)[-1] if prev else ""
            nxt = text[s:e].lstrip()[:1]
            if (
                last_word in titles
                or _INITIAL.search(prev[-3:])  # it ends the text: only the tail can match
                or (last_word in other and (nxt.islower() or nxt.isdigit()))
            ):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def split_sentences(text: str, lexicons: Lexicons | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, trimmed of surrounding white space."""
    titles, other = _abbreviations(lexicons or default_lexicons())
    spans = _merge_abbreviations(text, _split_glued(text, _boundaries(text)), titles, other)
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out


def segment(doc: Document, lexicons: Lexicons | None = None) -> None:
    """Fill ``Block.sentences`` for every block of ``doc``, in place."""
    index = 0
    for bi, block in enumerate(doc.blocks):
        block.sentences = []
        for s, e in split_sentences(doc.prose[block.start : block.end], lexicons):
            block.sentences.append(Sentence(block.start + s, block.start + e, bi, index))
            index += 1
