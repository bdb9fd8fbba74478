"""LineIndex and OffsetMap: the arithmetic every reported position rests on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provlint.document import LineIndex, OffsetMap, Span


def test_line_index_positions():
    idx = LineIndex("ab\ncd\n\nxyz")
    assert idx.position(0) == (1, 1)
    assert idx.position(2) == (1, 3)  # the newline itself
    assert idx.position(3) == (2, 1)
    assert idx.position(6) == (3, 1)
    assert idx.position(9) == (4, 3)
    assert idx.position(10) == (4, 4)  # end of text
    assert idx.line_count == 4


def test_line_index_rejects_out_of_range():
    with pytest.raises(ValueError):
        LineIndex("abc").position(4)


@given(st.text(alphabet="ab\n\r“é", max_size=60), st.data())
def test_line_index_matches_naive_count(text, data):
    offset = data.draw(st.integers(0, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    assert LineIndex(text).position(offset) == (line, col)


def test_offset_map_copy_and_replacement():
    # source: "a&amp;b" -> prose "a&b"
    m = OffsetMap()
    m.copy(0, 1)
    m.replace(1, 5, 1)
    m.copy(6, 1)
    assert len(m) == 3
    assert [m.start(i) for i in range(3)] == [0, 1, 6]
    assert m.end(2) == 6  # "a&" ends after the entity
    assert m.end(3) == 7
    assert m.end(1) == 1


def test_offset_map_merges_adjacent_copies():
    m = OffsetMap()
    m.copy(0, 3)
    m.copy(3, 2)
    assert len(m._pieces) == 1
    assert m.start(4) == 4


def test_identity_map():
    m = OffsetMap.identity(10)
    assert all(m.start(i) == i and m.end(i + 1) == i + 1 for i in range(10))


def test_span_rejects_inverted_and_checks_overlap():
    with pytest.raises(ValueError):
        Span(3, 2)
    assert Span(0, 3).overlaps(Span(2, 5))
    assert not Span(0, 2).overlaps(Span(2, 5))
    assert Span(0, 5).contains(Span(1, 2))


@given(st.text(alphabet="ab\n\r“é", max_size=60), st.data())
def test_line_index_positions_of_a_span(text, data):
    idx = LineIndex(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert idx.positions(start, end) == (*idx.position(start), *idx.position(end))


PIECES = st.lists(
    st.tuples(st.booleans(), st.integers(0, 4), st.integers(0, 4)), min_size=0, max_size=8
)


@given(PIECES, st.data())
def test_offset_map_span_is_start_and_end(pieces, data):
    """``span`` is the fast form of ``start`` and ``end``, also outside the prose."""
    m, src = OffsetMap(), 0
    for copy, src_len, prose_len in pieces:
        if copy:
            m.copy(src, src_len)
        else:
            m.replace(src, src_len, prose_len)
        src += src_len + 1
    start = data.draw(st.integers(-2, len(m) + 2))
    end = data.draw(st.integers(-2, len(m) + 2))
    s = m.start(start)
    e = m.end(end) if end > start else s
    assert m.span(start, end) == (s, max(s, e))
