"""The document model every stage shares.

A reader turns a file into a :class:`Document`. Two texts matter:

* ``source``: the file's decoded text. Every position provlint reports is an offset into it,
  and :class:`LineIndex` turns such an offset into the 1-based line and column of the file.
* ``prose``: what a reader would read: the blocks' text with markup removed (Markdown
  emphasis, link syntax, HTML tags and entities), blocks separated by a blank line.
  Detectors only ever see ``prose``; :class:`OffsetMap` carries their spans back to
  ``source``. For plain text the two are identical and the map is the identity.

Blocks and sentences are stored in prose coordinates; ``Document.source_span`` converts.
"""

from __future__ import annotations

from bisect import bisect_right

from provlint.record import field, record

BLOCK_KINDS = ("heading", "paragraph", "list_item", "blockquote", "table_cell")


class LineIndex:
    """Map a character offset of a text to its 1-based (line, column)."""

    __slots__ = ("_starts", "_length")

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts
        self._length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column (both 1-based, column in characters) of ``offset``."""
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside text of length {self._length}")
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def positions(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(line, column, end line, end column) of a span: :meth:`position` of both ends."""
        starts = self._starts
        if not 0 <= start <= end <= self._length:
            return (*self.position(start), *self.position(end))  # raises for an offset outside
        line = bisect_right(starts, start) - 1
        end_line = bisect_right(starts, end, line) - 1  # the end is on this line or later
        return line + 1, start - starts[line] + 1, end_line + 1, end - starts[end_line] + 1

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._starts[line - 1]

    @property
    def line_count(self) -> int:
        return len(self._starts)


class OffsetMap:
    """Piecewise map from prose offsets to source offsets.

    The prose is built from pieces: a *copy* piece repeats source characters one for one;
    a *replacement* piece stands for a source span of any length (an HTML entity, a block
    separator). A start inside a replacement maps to its source start and an end to its
    source end, so a span never cuts an entity in half.
    """

    __slots__ = ("_prose_starts", "_pieces", "_length")

    def __init__(self) -> None:
        self._prose_starts: list[int] = []
        # (prose_start, src_start, src_len, copy)
        self._pieces: list[tuple[int, int, int, bool]] = []
        self._length = 0

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        m = cls()
        m.copy(0, length)
        return m

    def copy(self, src_start: int, length: int) -> None:
        """Append ``length`` prose characters copied from ``src_start`` of the source."""
        if length <= 0:
            return
        if self._pieces:
            ps, ss, sl, is_copy = self._pieces[-1]
            if is_copy and ss + sl == src_start:  # extend the previous copy piece
                self._pieces[-1] = (ps, ss, sl + length, True)
                self._length += length
                return
        self._append(length, src_start, length, True)

    def replace(self, src_start: int, src_len: int, prose_len: int) -> None:
        """Append ``prose_len`` prose characters that stand for ``src_len`` source ones."""
        if prose_len > 0:
            self._append(prose_len, src_start, src_len, False)

    def _append(self, prose_len: int, src_start: int, src_len: int, is_copy: bool) -> None:
        self._prose_starts.append(self._length)
        self._pieces.append((self._length, src_start, src_len, is_copy))
        self._length += prose_len

    def __len__(self) -> int:
        return self._length

    def _piece(self, p: int) -> tuple[int, int, int, bool]:
        i = bisect_right(self._prose_starts, p) - 1
        return self._pieces[i if i > 0 else 0]

    def start(self, p: int) -> int:
        """Source offset where the prose character at ``p`` begins."""
        if not self._pieces:
            return 0
        if p >= self._length:
            return self.end(self._length)
        ps, ss, _, is_copy = self._piece(p)
        return ss + (p - ps) if is_copy else ss

    def end(self, p: int) -> int:
        """Source offset just after the prose character at ``p - 1`` (an exclusive end)."""
        if not self._pieces:
            return 0
        if p <= 0:
            return self.start(0)
        ps, ss, sl, is_copy = self._piece(p - 1)
        return ss + (p - ps) if is_copy else ss + sl

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source (start, end) of the prose span ``[start, end)``; an empty span maps to a point.

        The serialisers call this for every block, sentence and detection, so the usual case
        (a non-empty span inside the prose) looks its pieces up directly."""
        if not 0 <= start < end or start >= self._length:
            s = self.start(start)
            e = self.end(end) if end > start else s
            return s, e if e > s else s
        starts, pieces = self._prose_starts, self._pieces
        ps, ss, _, is_copy = pieces[bisect_right(starts, start) - 1]  # starts[0] is 0
        s = ss + (start - ps) if is_copy else ss
        ps, ss, sl, is_copy = pieces[bisect_right(starts, end - 1) - 1]
        e = ss + (end - ps) if is_copy else ss + sl
        return s, e if e > s else s


@record(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of characters."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"span start {self.start} after end {self.end}")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@record
class Sentence:
    """One sentence, in prose coordinates, with the index of its block."""

    start: int
    end: int
    block: int
    index: int = 0  # position in Document.sentences

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@record
class Block:
    """A unit of prose: a paragraph, heading, list item, blockquote or table cell.

    ``boilerplate`` names why a block is not an article claim ("byline", "copyright", ...);
    such blocks are kept so positions stay complete, but are never linted as claims.
    """

    kind: str
    start: int
    end: int
    boilerplate: str | None = None
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@record(frozen=True)
class Link:
    """A hyperlink or footnote reference, in prose coordinates.

    ``kind`` is "inline", "reference", "autolink", "html" or "footnote". Later stages count
    a link inside a sentence as a citation.
    """

    start: int
    end: int
    target: str
    kind: str


@record
class Metadata:
    """What the format tells about the article itself."""

    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when it could be parsed, else as given
    url: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"title": self.title, "author": self.author, "date": self.date, "url": self.url}


@record
class Document:
    """A read article: its source text, prose, blocks, links and metadata."""

    path: str
    format: str  # "text", "markdown", "html"
    source: str
    prose: str
    offset_map: OffsetMap
    blocks: list[Block]
    links: list[Link] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    # Comments that may carry provlint directives: (source offset, comment text). Readers
    # collect them; the suppression stage interprets them.
    comments: list[tuple[int, str]] = field(default_factory=list)
    _line_index: LineIndex | None = None

    @property
    def line_index(self) -> LineIndex:
        if self._line_index is None:
            self._line_index = LineIndex(self.source)
        return self._line_index

    @property
    def sentences(self) -> list[Sentence]:
        return [s for b in self.blocks for s in b.sentences]

    def source_span(self, start: int, end: int) -> Span:
        """The source span a prose span ``[start, end)`` came from."""
        return Span(*self.offset_map.span(start, end))

    def position(self, prose_offset: int) -> tuple[int, int]:
        """(line, column) in the original file of a prose offset."""
        return self.line_index.position(self.offset_map.start(prose_offset))

    def text_of(self, start: int, end: int) -> str:
        """Prose text of a prose span."""
        return self.prose[start:end]


def last_sentence(sentences: list[Sentence], first: int, end: int) -> int:
    """Index of the last of ``sentences``, from ``first`` on, that a span ending at prose
    offset ``end`` reaches (a quotation running on over several sentences or paragraphs)."""
    last = first
    while last + 1 < len(sentences) and sentences[last + 1].start < end:
        last += 1
    return last


def headline_sentences(doc: Document) -> set[int]:
    """Sentences of the headings before the article's first paragraph (headline, deck): they
    sum up the body, where their figures are sourced. Later headings, and short lines a plain
    text reader takes for headings, are part of the body."""
    out: set[int] = set()
    for block in doc.blocks:
        if block.kind == "paragraph" and block.boilerplate is None:
            break
        if block.kind == "heading":
            out.update(s.index for s in block.sentences)
    return out
