"""Direct quotations: double quotes (straight, curly, or the doubled apostrophe ''), single
quotes used as marks, quotes
continued across paragraphs, and the glued ``said,”Our orders…”`` form.

Only quote marks are visited (one regex per block finds them), never every character.
Apostrophes ("don’t", "MEK’s", "members’") are not marks: a single quote opens only after a
space or an opening bracket and before a letter, and closes only before a space or
punctuation, so a possessive can close a quote but never open one.
"""

from __future__ import annotations

from bisect import bisect_right

from provlint import regexcache
from provlint.detect.dates import sentence_of
from provlint.document import Block, Document
from provlint.lexicons import Lexicons
from provlint.model import Quote

# A doubled apostrophe ('') stands for a straight double mark in some news archives; one
# between two letters ("O''Brien") is a typo, not a mark. Three in a row are a nested single
# quote and a double mark: the last two close ('Go home.'''), the first two open ('''Sir' is).
# Each branch starts with the mark and checks what precedes it in a lookbehind that spans the
# mark: the engine then skips to quote characters fast, instead of trying every branch's
# lookbehind at every position (which made this the slowest scan of quote detection).
_DOUBLE = regexcache.compile(
    r"[“”\"]|''(?:(?<![\w']'')(?!')|(?<!''')(?![\w'])|(?<=[^\s']''')(?![\w'])|(?<![\w']'')(?='\w))"
)
# The mark comes first so the engine scans for it fast; what precedes it is checked after.
_SINGLE_OPEN = regexcache.compile(r"[‘'](?=[\w“\"])")
_SINGLE_CLOSE = regexcache.compile(r"[’'](?![\w])")
_OPEN_AFTER = frozenset(' \t\n([“"—–-')
_LEAD = regexcache.compile(r"\s*(?:[“\"]|''(?!'))")
_INTRO = regexcache.compile(r"[:,]\s*$")
_END_PUNCT = regexcache.compile(r"[.!?,…]\W*$")


def detect_quotes(doc: Document, lexicons: Lexicons) -> list[Quote]:
    """Quotations in text order; a quote left open at a paragraph's end that the next
    paragraph reopens is one Quote with ``parts`` counting the paragraphs."""
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    start_set = frozenset(starts)
    spans: list[tuple[int, int, int]] = []  # (start, end, parts)
    carry: tuple[int, int] | None = None  # (open offset, parts so far) of a continuing quote
    for bi, block in enumerate(doc.blocks):
        if block.boilerplate is not None:
            carry = None
            continue
        doubles, carry = _doubles(doc.prose, block, carry, _next_block(doc, bi))
        spans.extend(doubles)
        spans.extend(_singles(doc.prose, block, doubles))
    spans.sort()
    out: list[Quote] = []
    for start, end, parts in spans:
        text = doc.prose[start:end]
        partial = _is_partial(doc.prose, start, text, start_set)
        out.append(
            Quote(
                start,
                end,
                text,
                sentences[sentence_of(starts, start)].index if sentences else 0,
                partial=partial,
                parts=parts,
            )
        )
    return out


def _next_block(doc: Document, bi: int) -> Block | None:
    return doc.blocks[bi + 1] if bi + 1 < len(doc.blocks) else None


def _doubles(
    prose: str, block: Block, carry: tuple[int, int] | None, nxt: Block | None
) -> tuple[list[tuple[int, int, int]], tuple[int, int] | None]:
    """Double-quoted spans of one block, and the quote it leaves open for the next one."""
    out: list[tuple[int, int, int]] = []
    open_at, parts = carry if carry else (None, 1)
    lead = _LEAD.match(prose, block.start, block.end) if carry else None
    # the continuing paragraph's own opening mark (one character, or two for '')
    skip = lead.end() - (2 if lead.group().endswith("''") else 1) if lead else -1
    for m in _DOUBLE.finditer(prose, block.start, block.end):
        i, mark = m.start(), m.group(0)
        if i == skip:
            continue
        if open_at is None:
            if mark == "”" and not _glued_opener(prose, i, block):
                continue  # a stray closing mark
            open_at = i
        elif mark == "“":
            continue  # a second opening mark inside an open quote: keep the first
        else:
            out.append((open_at, m.end(), parts))
            open_at, parts = None, 1
    if open_at is None:
        return out, None
    if nxt is not None and nxt.boilerplate is None and _LEAD.match(prose, nxt.start, nxt.end):
        return out, (open_at, parts + 1)  # the next paragraph continues this quote
    end = block.end - (
        len(prose[block.start : block.end]) - len(prose[block.start : block.end].rstrip())
    )
    out.append((open_at, end, parts))  # never closed: runs to the end of its paragraph
    return out, None


def _glued_opener(prose: str, i: int, block: Block) -> bool:
    """A right mark used to open: ``said,”Our`` (after a comma/colon/space, before a letter)."""
    before = prose[i - 1] if i > block.start else " "
    after = prose[i + 1] if i + 1 < block.end else " "
    return before in " ,:;(" and after.isalpha()


def _singles(
    prose: str, block: Block, doubles: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """Single-quoted spans of one block that are not nested inside a double quote."""
    closes = [
        m.start()
        for m in _SINGLE_CLOSE.finditer(prose, block.start, block.end)
        if m.start() > block.start
        and (prose[m.start() - 1].isalnum() or prose[m.start() - 1] in '.,!?;:…)]”"')
    ]
    out: list[tuple[int, int, int]] = []
    last = block.start
    for m in _SINGLE_OPEN.finditer(prose, block.start, block.end):
        if m.start() < last or (
            m.start() > block.start and prose[m.start() - 1] not in _OPEN_AFTER
        ):
            continue
        k = bisect_right(closes, m.start() + 1)
        if k == len(closes):
            break
        span = (m.start(), closes[k] + 1)
        if not any(s <= span[0] and span[1] <= e for s, e, _ in doubles):
            out.append((span[0], span[1], 1))
        last = span[1]
    return out


def _is_partial(prose: str, start: int, text: str, starts: frozenset[int]) -> bool:
    """A fragment quoted inside the author's own sentence, not a full quoted clause.

    Full: the quoted text starts with a capital and is introduced by a colon or comma, opens
    its sentence, or ends with sentence punctuation inside the marks.
    """
    inner = text[1:-1].lstrip("[‘'“\"(…. ")
    capital = inner[:1].isupper()
    lead = prose[max(0, start - 3) : start]
    opens = start in starts or prose[start - 1 : start] in ("\n", "")
    full = capital and (bool(_INTRO.search(lead)) or opens or bool(_END_PUNCT.search(text[:-1])))
    return not full
