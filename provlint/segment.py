"""Split each block's prose into sentences.

sentencex does the splitting (fast, character offsets, never splits inside a balanced
quotation). A repair pass then fixes what it gets wrong on news text: it splits after a
closing quote glued to the next sentence (``done.”Another said``), and merges splits after
abbreviations from the ``abbreviations`` lexicon (``Gov. Brown``, ``the U.S. military``) and
after single initials (``J. R. Smith``).
"""

from __future__ import annotations

import re
from functools import cache

import sentencex

from provlint import regexcache
from provlint.document import Document, Sentence
from provlint.lexicons import Lexicons, default_lexicons

_GLUED_QUOTE = regexcache.compile(r"[.!?…][”\"’'»]+(?=[A-Z“\"‘])")
# A domain name closing a sentence ("according to Rentals.ca. Analysts ..."): sentencex takes
# "ca." for circa and runs on; a name, a dot and a lowercase top-level domain is no
# abbreviation ("e.g.", "a.m." have one letter between the dots), so the stop ends a sentence.
_DOMAIN_END = regexcache.compile(r"\b[A-Za-z0-9][\w-]+\.[a-z]{2,6}\.(?=\s+[A-Z“\"‘])")
_INITIAL = regexcache.compile(r"(?:^|[\s(])[A-Z]\.$")
_WORD = regexcache.compile(r"\w")


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
    """Split after a closing quote glued to the next sentence and after a domain name that
    ends one, where the quotes before the cut are balanced."""
    out = []
    domains = "." in text and _DOMAIN_END.search(text) is not None
    for s, e in spans:
        cut = s
        ends = [m.end() for m in _GLUED_QUOTE.finditer(text, s, e)]
        if domains:
            ends = sorted(ends + [m.end() for m in _DOMAIN_END.finditer(text, s, e)])
        for end in ends:
            if (
                cut < end < e
                and _quote_balanced(text[cut:end])
                and _WORD.search(text, end, e)  # not a lone "“" left over by sentencex
            ):
                out.append((cut, end))
                cut = end
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


@cache
def _leads(lexicons: Lexicons) -> tuple[re.Pattern[str], ...]:
    return tuple(
        regexcache.compile(p) for p in lexicons.groups("boilerplate").get("sentence_lead", [])
    )


def _lead_end(prose: str, start: int, end: int, leads: tuple[re.Pattern[str], ...]) -> int:
    """Where a paragraph's first sentence starts: after a dateline or timestamp it opens with
    ("LONDON - Police said ...", "15:40 GMT - Two people ..."), else at ``start``."""
    for pattern in leads:
        m = pattern.match(prose, start, end)
        if m:
            return m.end()
    return start


def segment(doc: Document, lexicons: Lexicons | None = None) -> None:
    """Fill ``Block.sentences`` for every block of ``doc``, in place. A dateline opening a
    paragraph belongs to no sentence: the first one starts after it."""
    lex = lexicons or default_lexicons()
    leads = _leads(lex)
    index = 0
    for bi, block in enumerate(doc.blocks):
        block.sentences = []
        lead = (
            block.start
            if block.kind == "heading"
            else _lead_end(doc.prose, block.start, block.end, leads)
        )
        for s, e in split_sentences(doc.prose[block.start : block.end], lex):
            s = max(block.start + s, lead)  # "WASHINGTON, D.C. - ": a stop inside the lead
            if s < block.start + e:
                block.sentences.append(Sentence(s, block.start + e, bi, index))
                index += 1
