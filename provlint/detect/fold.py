"""Case-insensitive lexicon scans, run over lowercased text where the regex engine is faster.

Python's regex engine matches a case-insensitive trie two to three times slower than the same
trie in lowercase matched case-sensitively. A pattern whose letters all match in either case
(inside ``(?i:...)`` groups, or in classes that list both cases) finds exactly the spans in
``text`` that its lowercase twin (``(?:...)`` groups, lowercase entries) finds in
``text.lower()``, provided that

* the text holds none of ``İ ı ſ`` and the Kelvin sign: the only characters the engine matches
  to an ASCII letter under IGNORECASE although ``lower()`` does not turn them into it (``İ``
  even lowers to two characters);
* every letter of the pattern is ASCII (a non-ASCII letter can have case variants that
  ``lower()`` does not join, such as σ and ς).

``lower()`` keeps each character's ``\\w``, ``\\s`` and ``\\d`` class and never turns a
character into a different caseless one, so the rest of a pattern behaves the same. When a
condition fails, the case-insensitive pattern scans the text itself.

The patterns here only match at the start of a word (after a character that is not a letter
or digit, or at the start of the text). The engine would try them at every character; the twin
is therefore compiled behind a class of the characters that can precede a match, which the
engine skips to quickly, and scans the lowercased text behind one space (for a match at the
very start). Its matches are collected from a lookahead group and chained in Python as
``finditer`` chains them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property

from provlint import regexcache

_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ and the Kelvin sign
_LAST: list[tuple[str | None, str | None]] = [(None, None)]  # (text, lowered), swapped whole
# Every character a word-start match can follow (and some that it cannot, which costs nothing).
_BEFORE_WORD = "[^a-z0-9]"


def lowered(text: str) -> str | None:
    """A space, then ``text.lower()``: what a twin scans for ``text`` (offsets shifted by one);
    None when the text holds a character lowercasing would treat differently.

    The last result is kept: the date, figure and claim detectors all ask for the same prose.
    """
    last_text, last_low = _LAST[0]
    if last_text is text:
        return last_low
    low = None if any(c in text for c in _TRAPS) else " " + text.lower()
    _LAST[0] = (text, low)
    return low


def foldable(trie_words: Iterable[str], other_words: Iterable[str] = ()) -> bool:
    """True when lowercasing is exact for a pattern built from these lexicon entries.

    Every letter must be ASCII (or have no case). ``trie_words`` go into character tries
    (:func:`~provlint.detect.trie.trie_pattern`), where two prefixes that differ only in case
    would merge into one branch and change which alternative the engine tries first; so no
    two of their prefixes may lowercase alike. ``other_words`` go into flat alternations
    ordered longest first, where such entries are harmless duplicates.
    """
    trie_words = list(trie_words)
    every = [*trie_words, *other_words]
    if not "".join(every).isascii() and not all(
        c.isascii() or c.lower() == c.upper() for w in every for c in w
    ):
        return False
    if all(w == w.lower() for w in trie_words):
        return True  # then lowercasing leaves every prefix as it is
    prefixes = {w[:i] for w in trie_words for i in range(1, len(w) + 1)}
    return len(prefixes) == len({p.lower() for p in prefixes})


class FoldedPattern:
    """One case-insensitive pattern and its lowercase twin, each compiled on first use.

    ``build(lower)`` returns the pattern source: with ``lower`` false, letters in ``(?i:...)``
    groups; with ``lower`` true, the same pattern with ``(?:...)`` groups and lowercase
    entries. The pattern may only match at the start of a word, and never the empty string.
    ``trie_words`` and ``other_words`` are the lexicon entries it is built from (see
    :func:`foldable`).
    """

    def __init__(
        self,
        build: Callable[[bool], str],
        trie_words: Iterable[str],
        other_words: Iterable[str] = (),
    ) -> None:
        self._build = build
        self.folds = foldable(trie_words, other_words)

    @cached_property
    def exact(self) -> re.Pattern[str]:
        return regexcache.compile(self._build(False))

    @cached_property
    def twin(self) -> re.Pattern[str]:
        """The twin behind the characters a match can follow; group 1 is its match."""
        return regexcache.compile(rf"{_BEFORE_WORD}(?=({self._build(True)}))")

    def _twin_spans(self, low: str) -> Iterator[tuple[int, int]]:
        """Every place the twin matches, in text offsets (overlapping ones too)."""
        for m in self.twin.finditer(low):
            start, end = m.span(1)
            yield start - 1, end - 1

    def spans(self, text: str, low: str | None) -> Iterator[tuple[int, int]]:
        """(start, end) of each match in ``text``, as ``exact.finditer(text)`` finds them.

        ``low`` is :func:`lowered` of ``text`` (None scans ``text`` with ``exact``).
        """
        if low is None or not self.folds:
            yield from (m.span() for m in self.exact.finditer(text))
            return
        last = 0
        for start, end in self._twin_spans(low):
            if start >= last:  # not inside the previous match, which finditer skips
                yield start, end
                last = end

    def matches(self, text: str, low: str | None) -> Iterator[re.Match[str]]:
        """``exact.finditer(text)``, with the twin finding where to look.

        Each twin hit is confirmed by ``exact.match`` at its start, so a twin may also be
        looser than the pattern (leave out context whose case the lowercase text has lost) as
        long as it never misses a place where the pattern matches.
        """
        if low is None or not self.folds:
            yield from self.exact.finditer(text)
            return
        last = 0
        for start, _ in self._twin_spans(low):
            if start >= last and (m := self.exact.match(text, start)) is not None:
                yield m
                last = m.end()

    def search(self, text: str, low: str | None, pos: int, endpos: int) -> bool:
        """True when the pattern matches inside ``text[pos:endpos]`` (as ``exact.search``)."""
        if low is None or not self.folds:
            return self.exact.search(text, pos, endpos) is not None
        return self.twin.search(low, pos, endpos + 1) is not None
