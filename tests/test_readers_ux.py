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


@pytest.mark.parametrize(
    ("header", "fmt", "charset"),
    [
        ("text/html; charset=ISO-8859-1", "html", "iso-8859-1"),
        ('text/html; charset="utf-8"', "html", "utf-8"),
        ("application/xhtml+xml", "html", None),
        ("text/markdown; charset=UTF-8", "markdown", "utf-8"),
        ("text/plain", "text", None),
        ("text/csv", "text", None),
        ("", "html", None),
    ],
)
def test_content_type_gives_format_and_charset(header, fmt, charset):
    from provlint.readers.web import content_type

    assert content_type("http://x", header) == (fmt, charset)


@pytest.mark.parametrize("header", ["application/pdf", "image/png", "application/octet-stream"])
def test_non_text_content_type_is_an_input_error(header):
    from provlint.errors import InputError
    from provlint.readers.web import content_type

    with pytest.raises(InputError, match="not a text page"):
        content_type("http://x/a", header)


@pytest.mark.parametrize(
    ("data", "charset", "text"),
    [
        ("Caf\xe9 owners".encode("latin-1"), "iso-8859-1", "Caf\xe9 owners"),
        (b"He said \x93no\x94", "iso-8859-1", "He said \u201cno\u201d"),  # read as browsers do
        ("Caf\xe9".encode(), "utf-8", "Caf\xe9"),
        ("\u041c\u0438\u0440".encode("koi8-r"), "koi8-r", "\u041c\u0438\u0440"),
        # A BOM wins over the declared charset, as in browsers.
        ("\ufeffCaf\xe9".encode(), "iso-8859-1", "Caf\xe9"),
        ("Caf\xe9".encode("utf-16"), "iso-8859-1", "Caf\xe9"),
        ("Caf\xe9".encode("utf-16"), "utf-8", "Caf\xe9"),
        # A declared UTF-16/32 decodes before any NUL check; without a BOM it is little-endian.
        ("Caf\xe9".encode("utf-16-le"), "utf-16", "Caf\xe9"),
        ("Caf\xe9".encode("utf-16-be"), "utf-16be", "Caf\xe9"),
        ("Caf\xe9".encode("utf-32"), "UTF_32", "Caf\xe9"),
        # Files (no declared charset): UTF-8, or UTF-16/32 with a BOM.
        ("\ufeffCaf\xe9".encode(), None, "Caf\xe9"),
        ("Caf\xe9".encode("utf-16"), None, "Caf\xe9"),
        ("Caf\xe9".encode("utf-16-be").join([b"\xfe\xff", b""]), None, "Caf\xe9"),
        ("Caf\xe9".encode("utf-32"), None, "Caf\xe9"),
    ],
)
def test_declared_charset_is_honoured(data, charset, text):
    from provlint.readers.decode import decode

    assert decode(data, "http://x", charset=charset) == text


@pytest.mark.parametrize(
    ("data", "charset"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", None),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "iso-8859-1"),
        ("Caf\xe9".encode("utf-16-be"), None),  # UTF-16 without a BOM is not sniffed
        (b"\xff\xfeC\x00\x00\x00f\x00", None),  # a UTF-16 BOM, then a NUL character
    ],
)
def test_nul_bytes_are_binary(data, charset):
    from provlint.errors import InputError
    from provlint.readers.decode import decode

    with pytest.raises(InputError, match="binary file"):
        decode(data, "x", charset=charset)


@pytest.mark.parametrize(
    ("data", "charset", "problem"),
    [
        (b"\xff\xfeC\x00a\x00f", None, "not valid utf-16-le as its BOM says"),
        (b"C\x00a\x00f", "utf-16", "not valid utf-16-le as declared"),
    ],
)
def test_truncated_wide_text_is_an_input_error(data, charset, problem):
    from provlint.errors import InputError
    from provlint.readers.decode import decode

    with pytest.raises(InputError, match=problem):
        decode(data, "x", charset=charset)


def test_unknown_declared_charset_is_an_input_error():
    from provlint.errors import InputError
    from provlint.readers.decode import decode

    with pytest.raises(InputError, match="unknown charset"):
        decode(b"abc", "http://x", charset="no-such-charset")


def test_url_latin1_page_and_pdf_end_to_end():
    import http.server
    import threading

    pages = {
        "/latin1": (
            "text/html; charset=ISO-8859-1",
            "<html><body><p>Caf\xe9 owners said the attack killed 53 people.</p></body></html>".encode(
                "latin-1"
            ),
        ),
        "/pdf": ("application/pdf", b"%PDF-1.4 hello"),
    }

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            ctype, body = pages[self.path]
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        proc = run_cli("analyze", "--format", "json", f"{base}/latin1", f"{base}/pdf")
    finally:
        server.shutdown()
    err = proc.stderr.decode().strip().splitlines()
    assert proc.returncode == 2
    assert len(err) == 1 and "/pdf: not a text page (Content-Type application/pdf)" in err[0]
    docs = json.loads(proc.stdout)["documents"]
    assert len(docs) == 1 and "Caf\xe9 owners" in json.dumps(docs[0], ensure_ascii=False)


@pytest.mark.parametrize(
    ("page", "charset"),
    [
        (b'<html><head><meta charset="koi8-r">', "koi8-r"),
        (b'<html><head><meta charset="utf-16">', "utf-8"),  # readable as ASCII: not UTF-16
        (b"<html><head><title>x</title>", None),
    ],
)
def test_meta_charset_as_browsers_read_it(page, charset):
    from provlint.readers.web import _meta_charset

    assert _meta_charset(page) == charset


def test_a_sources_heading_mid_article_hides_nothing() -> None:
    text = (
        "Mine probe\n\nBy Ann Lee\n\nThe mine flooded on Monday.\n\nSources\n\n"
        "Two workers said 30 people were trapped.\n\nThe company issued 12 warnings.\n"
    )
    doc = parse(text, "a.txt", "text")
    assert [b.boilerplate for b in doc.blocks if "30 people" in doc.prose[b.start : b.end]] == [
        None
    ]
    text = "Mine probe\n\nBy Ann Lee\n\nThe mine flooded on Monday.\n\nReferences\n\nEvans, M. (1988). Mines.\n"
    doc = parse(text, "a.txt", "text")
    assert doc.blocks[-1].boilerplate is not None


def test_a_capitals_tag_after_an_abbreviation_keeps_a_headline() -> None:
    doc = parse(
        "Storm kills 40 near Washington D.C. [VIDEO]\n\nBy Ann Lee\n\nIt rained.\n", "a.txt", "text"
    )
    assert doc.blocks[0].kind == "heading"
