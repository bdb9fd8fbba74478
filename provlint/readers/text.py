"""Plain-text reader.

Paragraphs are separated by blank lines. Inside a blank-line chunk, lines are one paragraph
only when they look hard-wrapped: every line but the last is 40 to 100 characters long and most
of them stop mid-sentence (no closing punctuation). Otherwise each line is a paragraph, as in
articles saved with one paragraph per line. A line in Title Case ("Iran's Growing Fear of the
MEK") never wraps into the next one, and a line of its own with no closing punctuation is a
heading: a headline, a deck or a subheading, which summarise the body rather than claim.
A line such as ``provlint: disable=PV101`` (optionally after ``#`` or ``//``) is a directive,
not prose.
"""

from __future__ import annotations

from provlint import regexcache
from provlint.document import Document
from provlint.readers.builder import ProseBuilder, reference_lines

_DIRECTIVE = regexcache.compile(r"^[ \t]*(?:#|//|<!--)?[ \t]*provlint(?:-|:)[^\n]*$")
_WRAPPED_MIN, _WRAPPED_MAX = 40, 100
_SENTENCE_END = (".", "!", "?", ":", "”", '"', "’", "'", ")")
_CLOSING_QUOTES = "”\"’'"
_HEADING_MAX = 150
# Footnote markers closing a line ("killed 43 miners.[1]"): the sentence ends before them.
_TRAILING_MARKERS = regexcache.compile(r"(?:\[(?:\^[^\]\s]{1,20}|\d{1,3})\])+$")
# ... or a bracketed note after a stop ("was fine.[citation needed]"), not a tag in capitals
# after an abbreviation ("near Washington D.C. [VIDEO]"): a word of two lowercase letters ends it
_NOTE_AFTER_STOP = regexcache.compile(r"[a-z]{2}[.!?]\s?\[(?![A-Z\s]+\])[^\]\[\n]{1,30}\]$")
_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "vs",
        "via",
        "into",
        "over",
    ]
)
_WORD = regexcache.compile(r"[^\W\d_][\w’'-]*")


def _title_case(line: str) -> bool:
    """Most words capitalised, small words aside: a headline, not a line of wrapped prose."""
    words = [w for w in _WORD.findall(line) if w.lower() not in _MINOR_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def closes(line: str, ends: tuple[str, ...] = _SENTENCE_END) -> bool:
    """Whether a stripped line ends a sentence, footnote markers aside ("miners.[1]") and a
    bracketed note after the stop ("was fine.[citation needed]"). A closing quotation mark
    right after a word closes nothing: the tabloid headline 'romance has "fizzled out"' and a
    wrapped line 'called the plan "a disgrace"' stop inside their sentence."""
    if line.endswith("]"):
        if _NOTE_AFTER_STOP.search(line):
            return True
        line = _TRAILING_MARKERS.sub("", line)
    if line.endswith(tuple(_CLOSING_QUOTES)):
        inner = line.rstrip(_CLOSING_QUOTES)
        if inner[-1:].isalnum():
            return False
    return line.endswith(ends)


def _is_heading(line: str) -> bool:
    """A line standing alone without closing punctuation."""
    line = line.strip()
    return 0 < len(line) <= _HEADING_MAX and not closes(line, _SENTENCE_END + (",", ";"))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line ending."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        out.append((pos, end - 1 if line.endswith("\r") else end))
        pos = end + 1
    return out


_BULLET = regexcache.compile(r"[ \t]*[-*•][ \t]+(?=\S)")
_SIGNOFF_WORDS_MAX = 5  # "- Oliver Grant." signs off a quotation; it is no list item


def _list_marker(line: str) -> int:
    """Length of the bullet opening a plain-text list item ("- ", "* ", "• "), or 0. A short
    line of capitalised words after a dash ("- Oliver Grant.") is a sign-off, not an item."""
    m = _BULLET.match(line)
    if m is None:
        return 0
    rest = line[m.end() :].split()
    signoff = len(rest) <= _SIGNOFF_WORDS_MAX and all(w[0].isupper() for w in rest)
    return 0 if line.lstrip().startswith("-") and signoff else m.end()


def _is_hard_wrapped(text: str, chunk: list[tuple[int, int]]) -> bool:
    if len(chunk) < 2 or any(_list_marker(text[s:e]) for s, e in chunk):
        return False
    lines = [text[s:e].strip() for s, e in chunk[:-1]]
    if _title_case(lines[0]) and not closes(lines[0]):
        return False  # a headline above its deck or first paragraph
    if any(not _WRAPPED_MIN <= len(line) <= _WRAPPED_MAX for line in lines):
        return False
    open_ended = sum(not closes(line) for line in lines)
    return open_ended * 2 > len(lines)


def read_text(source: str, path: str) -> Document:
    b = ProseBuilder(source)
    comments: list[tuple[int, str]] = []
    chunk: list[tuple[int, int]] = []

    def flush() -> None:
        if not chunk:
            return
        if _is_hard_wrapped(source, chunk) and not reference_lines([source[s:e] for s, e in chunk]):
            b.open_block("paragraph")
            b.copy(chunk[0][0], chunk[-1][1])
            b.close_block()
        else:
            for s, e in chunk:
                bullet = _list_marker(source[s:e])
                if bullet:
                    b.open_block("list_item")  # "- Amira Castell, 34, a nurse, said ..."
                    b.copy(s + bullet, e)
                else:
                    b.open_block("heading" if _is_heading(source[s:e]) else "paragraph")
                    b.copy(s, e)
                b.close_block()
        chunk.clear()

    for start, end in _lines(source):
        line = source[start:end]
        if not line.strip():
            flush()
        elif _DIRECTIVE.match(line):
            flush()
            comments.append((start + len(line) - len(line.lstrip()), line.strip()))
        else:
            chunk.append((start, end))
    flush()
    return b.document(path, "text", comments=comments)
