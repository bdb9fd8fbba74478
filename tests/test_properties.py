"""Property tests: over generated text and Markdown, every span maps back into the file exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provlint.document import Document
from provlint.readers import parse
from provlint.segment import segment

WORDS = st.sampled_from(
    [
        "the",
        "Mayor",
        "said",
        "12",
        "people",
        "died",
        "“quoted",
        "words”",
        "U.S.",
        "Dr.",
        "café",
        "1,500",
        "—",
        "it’s",
        "(aside)",
        "&",
        "$20",
    ]
)
SENTENCE = st.builds(
    lambda ws, end: " ".join(ws) + end,
    st.lists(WORDS, min_size=1, max_size=8),
    st.sampled_from([".", "!", "?", "", "…", ".”"]),
)
PARAGRAPH = st.builds(" ".join, st.lists(SENTENCE, min_size=1, max_size=4))


def _check_spans(doc: Document) -> None:
    previous_end = 0
    for block in doc.blocks:
        assert previous_end <= block.start < block.end <= len(doc.prose)
        previous_end = block.end
        last = block.start
        for s in block.sentences:
            assert last <= s.start < s.end <= block.end
            last = s.end
            span = doc.source_span(s.start, s.end)
            assert 0 <= span.start < span.end <= len(doc.source)
            source = doc.source[span.start : span.end]
            # a character may come from an escape ("\\*") or an entity ("&amp;"): compare its source form
            assert source.startswith(_source_form(doc, s.start)) and source.endswith(
                _source_form(doc, s.end - 1)
            )
            line, col = doc.line_index.position(span.start)
            assert doc.source.split("\n")[line - 1][col - 1] == source[0]


def _source_form(doc: Document, i: int) -> str:
    span = doc.source_span(i, i + 1)
    form = doc.source[span.start : span.end]
    assert (
        form == doc.prose[i]
        or form == "\\" + doc.prose[i]
        or (form.startswith("&") and form.endswith(";"))
    )
    return form


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(PARAGRAPH, min_size=1, max_size=5), st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"])
)
def test_text_spans_are_exact(paragraphs, sep):
    source = sep.join(paragraphs) + "\n"
    doc = parse(source, "gen.txt", "text")
    segment(doc)
    _check_spans(doc)
    for s in doc.sentences:
        span = doc.source_span(s.start, s.end)
        assert " ".join(doc.source[span.start : span.end].split()) == doc.prose[s.start : s.end]


INLINE = st.one_of(
    WORDS,
    WORDS.map(lambda w: f"**{w}**"),
    WORDS.map(lambda w: f"_{w}_"),
    WORDS.map(lambda w: f"[{w}](https://example.com/{len(w)})"),
    WORDS.map(lambda w: f"`{w}`"),
    st.just("a &amp; b"),
    st.just("\\*x\\*"),
)
MD_LINE = st.builds(
    lambda ws, end: " ".join(ws) + end,
    st.lists(INLINE, min_size=1, max_size=8),
    st.sampled_from([".", "?", ""]),
)
MD_BLOCK = st.one_of(
    MD_LINE,
    MD_LINE.map(lambda t: "# " + t),
    MD_LINE.map(lambda t: "> " + t),
    MD_LINE.map(lambda t: "- " + t),
    st.builds(lambda a, b: a + "\n" + b, MD_LINE, MD_LINE),
    st.just("```\ncode 99 deaths\n```"),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MD_BLOCK, min_size=1, max_size=6))
def test_markdown_spans_are_exact(blocks):
    source = "\n\n".join(blocks) + "\n"
    doc = parse(source, "gen.md", "markdown")
    segment(doc)
    _check_spans(doc)
    assert "code 99 deaths" not in doc.prose
    for link in doc.links:
        span = doc.source_span(link.start, link.end)
        assert doc.source[span.start : span.end] == doc.prose[link.start : link.end]
