"""Overlay highlight marks on a block of prose and render it as escaped, well-nested HTML.

A mark is a prose span with a CSS class, a tooltip, an optional visible badge and an optional
element id. Marks may overlap: at every boundary the renderer closes the elements that end or
no longer nest and reopens the ones still running, so the HTML stays well formed. An id is
written only on a mark's first piece, and its badge after its last piece.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from html import escape

from provlint.document import Document

# lower = outer element when two marks cover the same text
LAYERS = {"finding": 0, "attribution": 1, "figure": 2, "date": 3}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    layer: str  # a key of LAYERS
    css: str
    title: str = ""
    badge: str = ""
    id: str | None = None


def _open(m: Mark, first: bool) -> str:
    attrs = f' class="{escape(m.css)}"'
    if m.title:
        attrs += f' title="{escape(m.title)}"'
    if first and m.id:
        attrs += f' id="{escape(m.id)}" tabindex="-1"'
    return f"<span{attrs}>"


def _badge(m: Mark) -> str:
    if not m.badge:
        return ""
    return f'<span class="badge {escape(m.css.split()[-1])}-badge">{escape(m.badge)}</span>'


def render_marked(text: str, offset: int, marks: list[Mark]) -> str:
    """HTML for ``text`` (which starts at prose ``offset``) with ``marks`` (prose spans) applied."""
    end_all = offset + len(text)
    inside = [m for m in marks if m.end > m.start and m.start < end_all and m.end > offset]
    order = {m: (m.start, -m.end, LAYERS.get(m.layer, 9)) for m in inside}
    points = sorted(
        {
            offset,
            end_all,
            *(max(m.start, offset) for m in inside),
            *(min(m.end, end_all) for m in inside),
        }
    )
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[Mark] = set()
    for i, a in enumerate(points[:-1]):
        b = points[i + 1]
        active = sorted((m for m in inside if m.start <= a and m.end >= b), key=lambda m: order[m])
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        for m in reversed(stack[keep:]):
            out.append("</span>")
            if m.end <= a:
                out.append(_badge(m))
        stack = stack[:keep]
        for m in active[keep:]:
            out.append(_open(m, m not in opened))
            opened.add(m)
            stack.append(m)
        out.append(escape(text[a - offset : b - offset]))
    for m in reversed(stack):
        out.append("</span>")
        out.append(_badge(m))
    return "".join(out)


def source_to_prose(doc: Document, src_start: int, src_end: int) -> tuple[int, int]:
    """The prose span covering a source span (the inverse of ``doc.source_span``, by bisection)."""
    om = doc.offset_map
    n = len(om)
    starts = _Lazy(lambda p: om.start(p), n + 1)
    ends = _Lazy(lambda p: om.end(p), n + 1)
    p_start = min(bisect_left(starts, src_start), n)
    p_end = min(bisect_left(ends, src_end), n)
    return p_start, max(p_start, p_end)


class _Lazy:
    """A read-only sequence computed on demand (for bisect over a monotone function)."""

    def __init__(self, fn, length: int) -> None:
        self.fn, self.length = fn, length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i: int) -> int:
        return self.fn(i)
