"""Readers: blocks, sentences, links and metadata land on the exact place in the file."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from provlint.document import Document
from provlint.readers import parse, read_path
from provlint.segment import segment

from .conftest import FIXTURES, SEEDS

READERS = FIXTURES / "readers"


def load(name: str) -> Document:
    doc = read_path(READERS / name)
    segment(doc)
    return doc


def sentence_at(doc: Document, starts_with: str):
    for s in doc.sentences:
        if doc.prose[s.start : s.end].startswith(starts_with):
            return s
    raise AssertionError(f"no sentence starts with {starts_with!r}")


def source_position(doc: Document, s) -> tuple[int, int]:
    return doc.line_index.position(doc.source_span(s.start, s.end).start)


def words_in_order(prose: str, source: str) -> bool:
    """Every word of the prose appears in the (unescaped) source slice, in order."""
    remaining = iter(re.findall(r"\w+", html.unescape(re.sub(r"\\(.)", r"\1", source))))
    return all(any(w == r for r in remaining) for w in re.findall(r"\w+", prose))


@pytest.mark.parametrize(
    ("name", "starts_with", "line", "col"),
    [
        ("article.txt", "The council said", 5, 1),
        ("article.txt", "Gov. Brown disagreed.", 5, 51),
        ("article.txt", "A second paragraph", 6, 1),
        ("article.txt", "This paragraph is hard wrapped", 8, 1),
        ("article.md", "According to Al Jazeera", 10, 1),
        ("article.md", "The U.S. paid", 11, 28),
        ("article.md", "“We were told", 13, 3),
        ("article.md", "Item with a ref link", 15, 3),
        ("article.md", "53 deaths", 20, 3),
        ("article.html", "According to Al Jazeera", 13, 6),
        ("article.html", "The U.S. paid", 14, 50),
        ("article.html", "“We were told", 16, 18),
        ("article.html", "Loose text in a div.", 20, 8),
    ],
)
def test_sentence_line_col(name, starts_with, line, col):
    doc = load(name)
    assert source_position(doc, sentence_at(doc, starts_with)) == (line, col)


@pytest.mark.parametrize("name", ["article.txt", "article.md", "article.html", "crlf.txt"])
def test_every_sentence_slices_its_text(name):
    doc = load(name)
    assert doc.sentences
    for s in doc.sentences:
        prose = doc.prose[s.start : s.end]
        span = doc.source_span(s.start, s.end)
        source = doc.source[span.start : span.end]
        assert source[0] == prose[0] and source[-1] == prose[-1]
        if doc.format == "text":
            assert " ".join(source.split()) == prose
        else:
            assert words_in_order(prose, source)


def test_seed_sentences_slice_exactly():
    for path in sorted(SEEDS.glob("*.txt")):
        doc = read_path(path)
        segment(doc)
        assert len(doc.sentences) > 10
        for s in doc.sentences:
            span = doc.source_span(s.start, s.end)
            assert " ".join(doc.source[span.start : span.end].split()) == doc.prose[s.start : s.end]


def test_text_reader_blocks_and_boilerplate():
    doc = load("article.txt")
    kinds = [(doc.prose[b.start : b.end][:12], b.boilerplate) for b in doc.blocks]
    assert kinds[0] == ("Budget talks", None)
    assert kinds[1] == ("By Ana Lopez", "byline")
    assert kinds[-1][1] == "copyright"
    assert doc.metadata.author == "Ana Lopez"
    assert doc.metadata.title == "Budget talks stall in the capital"
    # the hard-wrapped paragraph is one block; the one-per-line paragraphs are two
    assert (
        sum(1 for b in doc.blocks if doc.prose[b.start : b.end].startswith("This paragraph")) == 1
    )
    assert any(doc.prose[b.start : b.end].startswith("A second paragraph") for b in doc.blocks)
    assert doc.comments == [(doc.source.index("provlint: disable"), "provlint: disable=PV101")]
    assert "provlint: disable" not in doc.prose


@pytest.mark.parametrize(
    ("line", "kind", "prose"),
    [
        ("- Amira Castell, 34, a nurse, said 40 stores closed.", "list_item", "Amira Castell"),
        ("* Roads: £54m", "list_item", "Roads: £54m"),
        ("• Parks: £9m", "list_item", "Parks: £9m"),
        ("- Oliver Grant.", "paragraph", "- Oliver Grant."),  # a sign-off, not an item
        ("-3% is the fall in sales this year.", "paragraph", "-3%"),  # a sign, not a bullet
    ],
)
def test_text_bullets_are_list_items_without_their_marker(line: str, kind: str, prose: str):
    doc = parse(f"Headline here\n\nIntro line of the story.\n\n{line}\n", "t.txt", "text")
    block = doc.blocks[-1]
    assert block.kind == kind
    assert doc.prose[block.start : block.end].startswith(prose)
    span = doc.source_span(block.start, block.end)
    assert doc.source[span.start : span.end] == doc.prose[block.start : block.end]


def test_markdown_metadata_links_and_non_prose():
    doc = load("article.md")
    assert doc.metadata.title == "Troll factory"
    assert doc.metadata.author == "Jane Doe"
    assert doc.metadata.date == "2020-08-23"
    assert "code block 99 deaths" not in doc.prose
    assert "title:" not in doc.prose
    links = {(doc.prose[k.start : k.end], k.target, k.kind) for k in doc.links}
    assert ("Al Jazeera", "https://aljazeera.com/x", "inline") in links
    assert ("ref link", "https://example.com/ref", "reference") in links
    assert ("html link", "http://x.org", "html") in links
    assert ("[^1]", "[^1]", "footnote") in links
    for k in doc.links:
        span = doc.source_span(k.start, k.end)
        assert doc.source[span.start : span.end] == doc.prose[k.start : k.end]
    assert [kind for kind in (b.kind for b in doc.blocks)].count("table_cell") == 4
    assert any(b.kind == "blockquote" for b in doc.blocks)
    assert any(text.startswith("<!-- provlint-disable-next-line") for _, text in doc.comments)


def test_html_content_region_metadata_and_links():
    doc = load("article.html")
    assert doc.metadata.author == "Jane Doe"
    assert doc.metadata.date == "2020-08-23"
    assert doc.metadata.url == "https://news.example/troll"
    for dropped in (
        "Site header",
        "Home",
        "Menu",
        "99 deaths",
        "Related posts",
        "News Ltd",
        "color: red",
    ):
        assert dropped not in doc.prose
    assert "daily & nightly now" in doc.prose  # entities decoded, nbsp read as a space
    assert [b.boilerplate for b in doc.blocks if doc.prose[b.start : b.end] == "Share this:"] == [
        "share"
    ]
    (link,) = doc.links
    assert (
        doc.prose[link.start : link.end] == "Al Jazeera"
        and link.target == "https://aljazeera.com/x"
    )
    assert any(b.kind == "blockquote" for b in doc.blocks)
    entity = doc.prose.index("&")
    span = doc.source_span(entity, entity + 1)
    assert doc.source[span.start : span.end] == "&amp;"


def test_html_without_article_uses_body():
    doc = parse(
        "<html><body><nav>menu</nav><p>Ten people died, police said.</p></body></html>",
        "x.html",
        "html",
    )
    assert doc.prose == "Ten people died, police said."


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("By Jane Smith", "byline"),
        ("by John O’Neill and Mary Jones, Reuters", "byline"),
        ("Related posts: Six things", "related"),
        ("Tags: Iran, MEK, Albania", "tags"),
        ("© 2021 Example Media", "copyright"),
        ("Read original article here", "source_link"),
        ("Share on Facebook", "share"),
        ("(Reporting by Jane Roe; Editing by John Doe)", "byline"),
        ("(Editing by John Doe)", "credits"),
        ("Published 3 March 2025", "dateline"),
        ("Updated: May 14, 2024 10:31 BST", "dateline"),
        ("Updated 9:05 a.m. ET, June 2, 2025", "dateline"),
        ("Reporting contributed by Tomas Vell in Port Arlen.", "credits"),
        ("Additional reporting by Ana de la Vega; Editing by Rui Lenz", "credits"),
        ("Writing by Ida Marsh and Olu Bade", "credits"),
        ("Contributed by Pell Harrow.", "credits"),
        ("Ida Marsh contributed reporting from Kesswick.", "credits"),
        ("Olu Bade and Ida Marsh contributed to this report.", "credits"),
    ],
)
def test_boilerplate_lines(text, reason):
    doc = parse(
        f"A real opening paragraph of the article goes here.\n{text}\nAnother real paragraph.\n",
        "t.txt",
        "text",
    )
    assert [b.boilerplate for b in doc.blocks] == [None, reason, None]


@pytest.mark.parametrize(
    "text",
    [
        "By contrast, officials said 50 people died.",
        "Tags are useful, she said.",
        "Sources in the city said 12 were hurt.",
        "Published in March 2025, the study found 40 cases.",
        "Reporting by Reuters showed that 40 people died.",
        "Contributed by Brandt Mills, the fund grew to $5 million.",
        "Editing by hand took the clerks three weeks.",
        "The Lenz Foundation contributed $5 million to the fund.",
        "Updated 9:05 a.m., the tally rose to 40.",
    ],
)
def test_not_boilerplate(text):
    doc = parse(f"Headline here\n{text}\n", "t.txt", "text")
    assert doc.blocks[1].boilerplate is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published 3 March 2025", "2025-03-03"),
        ("Posted on June 1, 2023 at 9:30 am", "2023-06-01"),
        ("Tuesday 14 May 2024 08.00 BST", "2024-05-14"),
        ("Published 3 Sept 2025", "2025-09-03"),  # an abbreviation with no full stop
        ("Updated 11:48 p.m., November 3, 2026", "2026-11-03"),  # the time first
        ("Last updated: 7.15pm GMT on 4 May 2025", "2025-05-04"),
        ("Published at 06:00 BST, Tuesday 14 May 2024", "2024-05-14"),
        ("Date: 31 February 2024", None),  # no such day
    ],
)
def test_dateline_fills_the_date(line: str, date: str | None) -> None:
    doc = parse(f"Headline here\n{line}\nThe mayor resigned on Monday.\n", "t.txt", "text")
    assert doc.blocks[1].boilerplate == "dateline"
    assert doc.metadata.date == date


def test_dateline_after_a_standfirst_is_the_publication_date() -> None:
    text = "# Floods\n\n*The toll keeps rising.*\n\nBy Jane Roe\n\nMarch 3, 2025\n\nIt rained.\n"
    assert parse(text, "t.md", "markdown").metadata.date == "2025-03-03"


def test_date_heading_inside_the_article_is_no_publication_date() -> None:
    text = "# Then and now\n\nThe square is quiet today.\n\n## June 4, 1989\n\nTanks came.\n"
    doc = parse(text, "t.md", "markdown")
    assert doc.blocks[2].boilerplate == "dateline"
    assert doc.metadata.date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Port halts\n\nLONDON, June 3, 2026 (Reuters) - The port shut.\n", "2026-06-03"),
        ("Port halts\n\nSAN JUAN, Puerto Rico, 4 May 2025 — The port shut.\n", "2025-05-04"),
        # no year, no date; and only the first paragraph opens with a dateline
        ("Port halts\n\nLONDON, June 3 (Reuters) - The port shut.\n", None),
        ("Port halts\n\nThe port shut.\n\nLONDON, June 3, 2026 - It opened.\n", None),
    ],
)
def test_wire_dateline_opening_the_first_paragraph_fills_the_date(
    text: str, date: str | None
) -> None:
    doc = parse(text, "t.txt", "text")
    assert doc.metadata.date == date
    assert all(b.boilerplate is None for b in doc.blocks if b.kind == "paragraph")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # after body text a bare date is an entry of the body; a labelled one is the article's
        ("# Then\n\nThe square is quiet.\n\nJune 4, 1989\n\nTanks came.\n", None),
        ("# Then\n\nThe square is quiet.\n\nPublished June 4, 2026\n", "2026-06-04"),
        ("# Then\n\nJune 4, 2026\n\nThe square is quiet.\n", "2026-06-04"),
    ],
)
def test_bare_date_after_the_body_is_no_publication_date(text: str, date: str | None) -> None:
    assert parse(text, "t.md", "markdown").metadata.date == date


def test_dateline_does_not_replace_the_formats_date() -> None:
    text = "---\ndate: 2020-01-02\n---\n\nPublished 3 March 2025\n\nThe mayor resigned.\n"
    assert parse(text, "t.md", "markdown").metadata.date == "2020-01-02"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Roe, Reuters", "Jane Roe"),  # the name, not the outlet
        ("(Reporting by Jane Roe; Editing by John Doe)", "Jane Roe"),
        ("[Additional reporting by Ann Lee]", "Ann Lee"),
        ("(Compiled by Jane Roe; Editing by John Doe)", "Jane Roe"),
        ("(Editing by John Doe)", None),  # an editor is no author
    ],
)
def test_byline_fills_the_author(line: str, author: str | None) -> None:
    doc = parse(f"Headline here\nThe mayor resigned on Monday.\n{line}\n", "t.txt", "text")
    assert doc.metadata.author == author


def test_markdown_footnote_text_is_no_claim() -> None:
    doc = parse(
        "Bills rose by 12%.[^1]\n\n[^1]: Water regulator, annual report.\n", "t.md", "markdown"
    )
    assert [b.boilerplate for b in doc.blocks] == [None, "footnote"]


REFS = "1. Water Board, Annual Report 2019, p. 4.\n2. Roe, J. (2001). Dams. Vale Press.\n"
LONG = "The dam was finished in 1990 and " + "cost more than planned, " * 12 + "the board said.\n"


@pytest.mark.parametrize(
    ("text", "fmt", "marked"),
    [
        # a closing references, sources or notes section is the apparatus, not claims
        (f"Dams\n\nThe dam cost 40 million dollars.\n\nReferences\n\n{REFS}", "text", 3),
        (f"Dams\n\nThe dam cost 40 million dollars.\n\nSources:\n{REFS}", "text", 3),
        (f"# Dams\n\nThe dam cost 40 million dollars.\n\n## Notes\n\n{REFS}", "markdown", 3),
        (
            "<h1>Dams</h1><p>The dam cost 40 million dollars.</p><h2>Further reading</h2>"
            "<ul><li>Roe, J. (2001). Dams.</li></ul>",
            "html",
            2,
        ),
        # not one: before any body text, a heading alone, or a section of the story
        (f"References\n\n{REFS}", "text", 0),
        ("Dams\n\nThe dam cost 40 million dollars.\n\nReferences\n", "text", 0),
        (f"Dams\n\nThe dam cost 40 million dollars.\n\nSources\n\n{LONG}", "text", 0),
        (f"Dams\n\nThe dam cost 40 million dollars.\n\nSources of funding\n\n{REFS}", "text", 0),
    ],
)
def test_closing_references_section_is_boilerplate(text: str, fmt: str, marked: int) -> None:
    doc = parse(text, f"t.{ {'text': 'txt', 'markdown': 'md', 'html': 'html'}[fmt] }", fmt)
    reasons = [b.boilerplate for b in doc.blocks]
    assert reasons.count("references") == marked
    assert reasons[-marked or len(reasons) :] == ["references"] * marked


def test_repeated_headline_is_boilerplate():
    doc = parse("Big news today\nBody text that says something.\nBig news today\n", "t.txt", "text")
    assert [b.boilerplate for b in doc.blocks] == [None, None, "repeated-headline"]


def test_bom_is_accepted(tmp_path: Path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfTen people died, police said.\n")
    doc = read_path(p)
    assert doc.prose == "Ten people died, police said."


def test_text_headline_deck_and_subheading_are_headings():
    text = (
        "Regime's Growing Fear of the Internet and Its Critics\n"
        "The regime wants to block every social media platform there is\n"
        "\n"
        "The council met on Monday to discuss the budget for the coming year.\n"
        "Why the council split over the budget\n"
        "The mayor said the plan was too expensive for the town to afford.\n"
    )
    doc = parse(text, "a.txt", "text")
    blocks = [(doc.prose[b.start : b.end][:20], b.kind) for b in doc.blocks]
    assert blocks == [
        ("Regime's Growing Fea", "heading"),  # Title Case: never wrapped into the next line
        ("The regime wants to ", "heading"),
        ("The council met on M", "paragraph"),
        ("Why the council spli", "heading"),
        ("The mayor said the p", "paragraph"),
    ]
    assert doc.metadata.title == "Regime's Growing Fear of the Internet and Its Critics"


@pytest.mark.parametrize(
    ("text", "kinds", "markers"),
    [
        # a footnote marker after the full stop: a cited paragraph, not a heading
        ("Dam costs\n\nThe dam cost 40 million dollars.[1]\n", ["heading", "paragraph"], ["[1]"]),
        ("Dam costs\n\nThe dam cost 40 million dollars.[1][12]\n", ["heading", "paragraph"], ["[1]", "[12]"]),
        ("Dam costs\n\nThe dam cost 40 million dollars,[3] the report said.\n", ["heading", "paragraph"], ["[3]"]),
        # no marker: a line without closing punctuation is still a heading
        ("Dam costs [Updated]\n\nThe dam cost 40 million dollars.\n", ["heading", "paragraph"], []),
        ("Dam costs\n\nThe dam cost [about] 40 million\n", ["heading", "heading"], []),
        ("Dam costs\n\nThe dam held.[citation needed]\n", ["heading", "paragraph"], []),
        ("Dam costs\n\nThe dam held. [Updated]\n", ["heading", "paragraph"], []),
        # a list entry number or a spaced bracket is no footnote marker
        ("Dam costs\n\n[1] Water Board, Annual Report.\n", ["heading", "paragraph"], []),
        ("Dam costs\n\nThe dam cost money [1].\n", ["heading", "paragraph"], []),
    ],
)  # fmt: skip
def test_text_footnote_markers_cite_and_end_no_heading(text, kinds, markers) -> None:
    doc = parse(text, "a.txt", "text")
    assert [b.kind for b in doc.blocks] == kinds
    assert [doc.prose[k.start : k.end] for k in doc.links if k.kind == "footnote"] == markers
    assert doc.metadata.title.startswith("Dam costs")


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        # a deck, standfirst or subtitle under the headline sums up the body
        (
            '<h1>Dam costs</h1><p class="deck">Two dams, four years late</p><p>It rained.</p>',
            ["heading", "heading", "paragraph"],
        ),
        (
            '<h1>Dam costs</h1><div class="c-standfirst"><p>Two dams late</p></div><p>It rained.</p>',
            ["heading", "heading", "paragraph"],
        ),
        (
            '<h1>Dam costs</h1><p class="article__dek big">Two dams late</p><p>It rained.</p>',
            ["heading", "heading", "paragraph"],
        ),
        # after the first paragraph a "summary" box holds claims
        (
            '<h1>Dam costs</h1><p>It rained.</p><p class="summary">Two dams late.</p>',
            ["heading", "paragraph", "paragraph"],
        ),
        # a class that only contains the word is no deck; a wrapper is not all deck
        ('<h1>Dam costs</h1><p class="decker">Two dams late</p>', ["heading", "paragraph"]),
        (
            '<div class="summary"><p>A.</p><p>B.</p><p>C.</p></div>',
            ["heading", "heading", "paragraph"],
        ),
    ],
)
def test_html_deck_class_makes_a_heading(body: str, kinds: list[str]) -> None:
    doc = parse(f"<html><body><article>{body}</article></body></html>", "x.html", "html")
    assert [b.kind for b in doc.blocks] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an emphasised paragraph under the headline (after a byline) is the deck
        (
            "# Dams\n\n*Two dams, four years late*\n\nIt rained.\n",
            ["heading", "heading", "paragraph"],
        ),
        (
            "# Dams\n\nBy Ida Marsh\n\n_Two dams, four years late._\n\nIt rained.\n",
            ["heading", "paragraph", "heading", "paragraph"],
        ),
        # after the first paragraph, or only partly emphasised, or with no headline: a paragraph
        ("# Dams\n\nIt rained.\n\n*Two dams were late.*\n", ["heading", "paragraph", "paragraph"]),
        ("# Dams\n\n*Two dams* were late.\n", ["heading", "paragraph"]),
        ("*Two dams were late.*\n\nIt rained.\n", ["paragraph", "paragraph"]),
    ],
)
def test_markdown_emphasised_deck_is_a_heading(text: str, kinds: list[str]) -> None:
    assert [b.kind for b in parse(text, "t.md", "markdown").blocks] == kinds


@pytest.mark.parametrize(
    ("page", "blocks", "author", "date"),
    [
        # an article's own <header> holds its headline, byline and date
        (
            '<article><header><h1>Dams late</h1><p class="byline">By <a href="/a">Ann Lee</a>'
            '</p><time datetime="2026-05-06">May 6, 2026</time></header><p>It rained.</p></article>',
            [("heading", None), ("paragraph", "byline"), ("paragraph", "dateline"),
             ("paragraph", None)],
            "Ann Lee",
            "2026-05-06",
        ),
        # <time datetime> gives the date when its text does not; a <time> of its own is a dateline
        (
            '<article><header><h1>Dams late</h1><time datetime="2026-05-06T08:00:00Z">Tuesday'
            "</time></header><p>It rained.</p></article>",
            [("heading", None), ("paragraph", "dateline"), ("paragraph", None)],
            None,
            "2026-05-06",
        ),
        # a class naming a dateline or byline marks its block
        (
            '<article><h1>Dams late</h1><p class="story-dateline">ASHBURY, May 6</p>'
            '<div class="c-byline">Ann Lee, water correspondent</div><p>It rained.</p></article>',
            [("heading", None), ("paragraph", "dateline"), ("paragraph", "byline"),
             ("paragraph", None)],
            "Ann Lee",
            None,
        ),
        # the site's header (outside the article) is still dropped, and so is a <time> in the body
        (
            "<body><header><p>Daily Bugle</p></header><main><h1>Dams late</h1><p>It rained on"
            ' <time datetime="2026-05-01">May 1</time>.</p></main></body>',
            [("heading", None), ("paragraph", None)],
            None,
            None,
        ),
        # a wrapper named "byline" around the story marks at most its first two short blocks
        (
            '<article><div class="byline-wrap"><p>By Ann Lee</p><p>May 6, 2026</p>'
            "<p>It rained.</p><p>" + "The dam held all night long. " * 8 + "</p></div></article>",
            [("paragraph", "byline"), ("paragraph", "dateline"), ("paragraph", None),
             ("paragraph", None)],
            "Ann Lee",
            "2026-05-06",
        ),
        # a class after the body is no byline: a paragraph of the story
        (
            '<article><p>It rained.</p><p class="byline-note">The dam held.</p></article>',
            [("paragraph", None), ("paragraph", None)],
            None,
            None,
        ),
    ],
)  # fmt: skip
def test_html_article_header_time_and_meta_classes(page, blocks, author, date) -> None:
    doc = parse(page, "a.html", "html")
    assert [(b.kind, b.boilerplate) for b in doc.blocks] == blocks
    assert doc.metadata.author == author
    assert doc.metadata.date == date


@pytest.mark.parametrize(
    ("page", "blocks"),
    [
        # a quote's <footer> is its sign-off: a paragraph after the quote, not dropped
        (
            "<article><p>It rained.</p><blockquote><p>\u201cWe are sorry.\u201d</p>"
            "<footer>\u2014 Ann Lee, director</footer></blockquote><p>It stopped.</p></article>",
            [("paragraph", "It rained."), ("blockquote", "\u201cWe are sorry.\u201d"),
             ("paragraph", "\u2014 Ann Lee, director"), ("paragraph", "It stopped.")],
        ),
        # the article's own footer is still dropped
        (
            "<article><p>It rained.</p><footer><p>Tags: dams</p></footer></article>",
            [("paragraph", "It rained.")],
        ),
    ],
)  # fmt: skip
def test_html_blockquote_footer_is_a_sign_off(page, blocks) -> None:
    doc = parse(page, "a.html", "html")
    assert [(b.kind, doc.prose[b.start : b.end]) for b in doc.blocks] == blocks


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("14-Mar-2025", "2025-03-14"),
        ("Mar 14 2025", "2025-03-14"),
        ("3/14/2025 10:00", "2025-03-14"),
        ("2025.03.14", "2025-03-14"),
        ("2025-03-14T10:00:00Z", "2025-03-14"),
        ("03/04/2025", None),  # day and month could swap
        ("yesterday", None),
    ],
)
def test_front_matter_date_forms(value: str, iso: str | None) -> None:
    from provlint.readers.frontmatter import normalise_date

    assert normalise_date(value) == iso
