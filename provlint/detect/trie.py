"""Word lists as regexes factored into character tries.

Python's regex engine tries the branches of a flat alternation one by one at every position;
with a thousand verb forms that dominates the run time. A trie shares prefixes, so a failed
position costs a few character tests. Building the pattern text from a large list takes a
noticeable part of a short run, so the text is kept in the cache (:mod:`provlint.cache`) under
a hash of the words.
"""

from __future__ import annotations

import functools
import marshal
import re

from provlint.cache import cached

MIN_CACHED_WORDS = 10  # smaller lists build about as fast as a cache file is read
_ESCAPED = {" ": r"\s+"}  # a character as the trie writes it (a space matches any white space)


def trie_pattern(words: list[str], fold: bool = True) -> str:
    """A regex matching any of ``words``, factored as a character trie.

    With ``fold`` case is ignored (an inline ``(?i:...)`` group, which the engine scans faster
    than per-letter classes; entries are lowercased); without it, entries keep their case. A
    space matches any white space.
    """
    words = [w.lower() for w in words] if fold else list(words)
    body = (
        # the words as one part, their repr: unambiguous, and hashed far faster than one by one
        cached(["trie", _builder_key(), repr(words)], lambda: _trie_body(words))
        if len(words) >= MIN_CACHED_WORDS
        else None
    )
    if not isinstance(body, str):  # small list, or a cache file holding something else
        body = _trie_body(words)
    return f"(?i:{body})" if fold else body


@functools.cache
def _builder_key() -> bytes:
    """The builder's own code, so that editing it never reuses text the old code built."""
    return marshal.dumps((_trie_body.__code__, _emit.__code__))


def _trie_body(words: list[str]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:
    alts = []
    for ch, sub in sorted(node.items()):
        if ch == "":
            continue
        c = _ESCAPED.get(ch) or _ESCAPED.setdefault(ch, re.escape(ch))
        alts.append(c + _emit(sub))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def first_chars(words: list[str]) -> str:
    """A lookahead on the possible first characters of a match (either case; every
    character of an entry that is all digits). The engine then skips other positions fast."""
    chars = {c for w in words if w for c in ((w if w.isdigit() else w[0]).lower() + w[0].upper())}
    return "(?=[" + re.escape("".join(sorted(chars))) + "])"


def first_words(words: list[str], fold: bool = True) -> str:
    """A lookahead on how a match can begin: each entry up to its first space (which then
    matches any white space), or all of it when it has none; case as in :func:`trie_pattern`.

    The engine tries a pattern's alternatives one after the other at every place it scans;
    where a text's words rarely start a match, this one trie turns most of them away after a
    character or two, and :func:`first_chars` lets through nearly every lowercase word."""
    heads = sorted({w[: w.index(" ") + 1] if " " in w else w for w in words if w})
    return f"(?={trie_pattern(heads, fold)})"


def first_letters(words: list[str]) -> str:
    """:func:`first_chars` plus a word boundary, for patterns that start with a word."""
    return first_chars(words) + "\\b"
