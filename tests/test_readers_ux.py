"""Readers and odd input: entities, stray carriage returns, no-break spaces.

Each case checks that the text after the odd spot still reaches the prose and that every prose
character maps back to the source characters it stands for (positions stay exact).
"""

from __future__ import annotations

import json

import pytest

from provlint.readers import parse

from .conftest import run_cli

TAIL = "the flood killed 53 people."


def _prose_maps_back(doc, expected: dict[str, str]) -> None:
    """Each prose character equals its source span, except the replacements in ``expected``."""
    for i, ch in enumerate(doc.prose):
        s, e = doc.offset_map.span(i, i + 1)
        src = doc.source[s:e]
        if ch != src and src.strip() and ch.strip():  # line and block breaks aside
            assert expected.get(src, "").find(ch) != -1, (i, ch, src)


@pytest.mark.parametrize(
    ("entity", "reads"),
    [
        ("&#146;", "\u2019"),  # Windows-1252 right quote, as browsers read it
        ("&#147;", "\u201c"),
        ("&#148;", "\u201d"),
        ("&#150;", "\u2013"),
        ("&#151;", "\u2014"),
        ("&#133;", "\u2026"),
        ("&#x92;", "\u2019"),
        ("&#128;", "\u20ac"),
        ("&NotEqualTilde;", "\u2242\u0338"),  # a named entity of two code points
        ("&rsquo;", "\u2019"),
        ("&#8217;", "\u2019"),
        ("&amp;", "&"),
        ("&#0;", "\ufffd"),
    ],
)
def test_markdown_entities_keep_the_rest_of_the_paragraph(entity, reads):
    source = f"By J\n\nAt the mayor{entity}s market {TAIL}\n"
    doc = parse(source, "a.md", "markdown")
    assert doc.prose.endswith(f"At the mayor{reads}s market {TAIL}")
    _prose_maps_back(doc, {entity: reads})
    at = doc.prose.index("53 people")
    assert doc.offset_map.span(at, at + 9) == (source.index("53"), source.index("53") + 9)


def test_markdown_escaped_ampersand_is_not_an_entity():
    source = "Tom \\&amp; Jerry saw 53 people.\n"
    doc = parse(source, "a.md", "markdown")
    assert doc.prose == "Tom &amp; Jerry saw 53 people."


@pytest.mark.parametrize("fmt", ["markdown", "text"])
@pytest.mark.parametrize(
    "source",
    [
        "By J\n\nThe market was busy.\rIt was Monday.\n\nThe flood killed 53 people.\n",
        "By J\r\rThe flood killed 53 people.\r",
        "By J\r\n\r\nThe market was busy.\rIt was Monday.\r\n\r\nThe flood killed 53 people.\r\n",
    ],
    ids=["stray-cr", "cr-only", "crlf-with-stray-cr"],
)
def test_lone_cr_is_a_line_break(fmt, source):
    name = "a.md" if fmt == "markdown" else "a.txt"
    doc = parse(source, name, fmt)
    assert len(doc.source) == len(source)
    assert "The flood killed 53 people." in doc.prose
    at = doc.prose.index("53 people")
    start, end = doc.offset_map.span(at, at + 9)
    assert source[start:end] == "53 people"
    # Lines count CR, LF and CRLF as one break each, as editors do.
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    line, col = doc.line_index.position(start)
    assert lines[line - 1][col - 1 : col + 8] == "53 people"


def test_lone_cr_markdown_analyze_json_does_not_crash(tmp_path):
    p = tmp_path / "stray.md"
    p.write_bytes(b"By J\n\nThe market was busy.\rIt was Monday.\n\nThe flood killed 53 people.\n")
    proc = run_cli("analyze", "--format", "json", str(p))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "53 people" in proc.stdout.decode()
    proc = run_cli("check", str(p))
    assert b"53 people" in proc.stdout


@pytest.mark.parametrize(
    ("fmt", "source"),
    [
        ("text", "The party has 300\xa0members in the city.\n"),
        ("markdown", "The party has 300\xa0members in the city.\n"),
        ("html", "<html><body><p>The party has 300\xa0members in the city.</p></body></html>"),
    ],
)
def test_no_break_space_reads_as_a_space(fmt, source):
    doc = parse(source, "a." + {"text": "txt", "markdown": "md", "html": "html"}[fmt], fmt)
    assert "300 members" in doc.prose
    assert "\xa0" in doc.source  # the source (and so every offset) is untouched
    at = doc.prose.index("300 members")
    start, end = doc.offset_map.span(at, at + 11)
    assert doc.source[start:end] == "300\xa0members"


def test_no_break_space_figure_is_reported(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("By J\n\nThe party has 300\xa0members in the city.\n", encoding="utf-8")
    proc = run_cli("check", "--output-format", "json", str(p))
    docs = json.loads(proc.stdout)["documents"]
    assert "300 members" in json.dumps(docs[0]["findings"], ensure_ascii=False)
