"""Assemble a document's prose from pieces of its source, keeping the offset map exact.

Readers walk their format and call :meth:`ProseBuilder.copy` for text that appears in the
source as it reads, :meth:`ProseBuilder.emit` for text that stands for other source
characters (an entity, a line break inside a paragraph), and open and close blocks.
"""

from __future__ import annotations

from provlint import regexcache
from provlint.document import Block, Document, Link, Metadata, OffsetMap

_SOFT_BREAK = regexcache.compile(r"[ \t]*\r?\n[ \t]*")
# A line opening with a footnote or reference label ("[1] IMF, 2024.", "[^2]: WFP", "[3]: ..."):
# the readers give each line of a run of them a block of its own, so one entry never runs into
# the next and the boilerplate pass can mark the run.
REFERENCE_LINE = regexcache.compile(r"[ \t]*\[(?:\^[^\]\s]{1,20}|\d{1,3})\]:?[ \t]+\S")


def reference_lines(lines: list[str]) -> bool:
    """Whether several lines all open with a footnote or reference label."""
    return len(lines) > 1 and all(REFERENCE_LINE.match(line) for line in lines)


class ProseBuilder:
    """Accumulates prose text, its offset map, blocks and links."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.map = OffsetMap()
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self._parts: list[str] = []
        self._length = 0
        self._last_src = 0
        self._block_kind: str | None = None
        self._block_start = 0
        self._block_part = 0

    # -- text -------------------------------------------------------------------------------
    @property
    def length(self) -> int:
        return self._length

    def copy(self, src_start: int, src_end: int) -> None:
        """Add source characters as they are, folding line breaks inside a block to a space."""
        if src_end <= src_start:
            return
        text = self.source[src_start:src_end]
        if "\n" not in text:  # most blocks are one line: skip the scan for breaks
            self._copy_run(src_start, src_end)
            return
        pos = 0
        for m in _SOFT_BREAK.finditer(text):
            self._copy_run(src_start + pos, src_start + m.start())
            self.emit(" ", src_start + m.start(), src_start + m.end())
            pos = m.end()
        self._copy_run(src_start + pos, src_end)

    def _copy_run(self, src_start: int, src_end: int) -> None:
        if src_end > src_start:
            self._parts.append(self.source[src_start:src_end])
            self.map.copy(src_start, src_end - src_start)
            self._length += src_end - src_start
            self._last_src = src_end

    def emit(self, text: str, src_start: int, src_end: int) -> None:
        """Add ``text`` standing for the source span ``[src_start, src_end)``."""
        if not text:
            return
        self._parts.append(text)
        self.map.replace(src_start, src_end - src_start, len(text))
        self._length += len(text)
        self._last_src = max(self._last_src, src_end)

    # -- blocks -----------------------------------------------------------------------------
    def open_block(self, kind: str) -> None:
        if self._block_kind is not None:
            self.close_block()
        if self._length:
            self.emit("\n\n", self._last_src, self._last_src)
        self._block_kind = kind
        self._block_start = self._length
        self._block_part = len(self._parts)

    def close_block(self) -> None:
        """End the open block; a block of only white space is dropped."""
        if self._block_kind is None:
            return
        text = "".join(self._parts[self._block_part :])
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        start, end = self._block_start + lead, self._length - trail
        if end > start:
            self.blocks.append(Block(kind=self._block_kind, start=start, end=end))
        self._block_kind = None

    def add_link(self, start: int, end: int, target: str, kind: str) -> None:
        if end > start:
            self.links.append(Link(start=start, end=end, target=target, kind=kind))

    def text_since(self, start: int) -> str:
        """Prose added since prose offset ``start`` within the open block."""
        block_text = "".join(self._parts[self._block_part :])
        return block_text[start - self._block_start :]

    def block_text(self) -> str:
        """Prose of the open block so far."""
        return "".join(self._parts[self._block_part :]) if self._block_kind is not None else ""

    def block_tail(self, n: int) -> str:
        """The last ``n`` characters of the open block's prose, joining only the parts needed
        (a long paragraph with many footnote references stays linear)."""
        if self._block_kind is None:
            return ""
        out: list[str] = []
        size = 0
        for k in range(len(self._parts) - 1, self._block_part - 1, -1):
            out.append(self._parts[k])
            size += len(self._parts[k])
            if size >= n:
                break
        return "".join(reversed(out))[-n:]

    def finish(self) -> str:
        """Close the open block and return the whole prose."""
        self.close_block()
        return "".join(self._parts)

    def document(
        self,
        path: str,
        fmt: str,
        metadata: Metadata | None = None,
        comments: list[tuple[int, str]] | None = None,
    ) -> Document:
        """Close the open block and return the finished :class:`Document`."""
        return Document(
            path=path,
            format=fmt,
            source=self.source,
            prose=self.finish(),
            offset_map=self.map,
            blocks=self.blocks,
            links=self.links,
            metadata=metadata or Metadata(),
            comments=comments or [],
        )
