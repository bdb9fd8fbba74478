"""Readers and segmentation on news forms QA round 8 found: quoted headlines, bylines with a
role or a date, letter signatures, reference lists, domain names ending a sentence,
newsletter sign-offs and datelines opening a paragraph. Every sentence is invented."""

from __future__ import annotations

import pytest

from provlint.analysis import analyze
from provlint.readers import parse
from provlint.segment import segment, split_sentences

BODY = "The singer has not posted since last Tuesday.\n"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # a short first line ending in a quotation with no stop inside is the headline
        ('Star cancels £3m wedding as pals say romance has "fizzled out"', True),
        ("Star cancels £3m wedding as pals say romance has “fizzled out”", True),
        ("Council to axe bins as leader says budget is 'broken'", True),
        # a sentence ending inside its quotation is the body
        ('The mayor said the plan was "dead."', False),
        ("“We will rebuild,” the mayor said.", False),
    ],
)
def test_headline_ending_in_a_quotation(first: str, title: bool) -> None:
    doc = parse(f"{first}\n\nPublished 3 July 2026\n\n{BODY}", "t.txt", "text")
    assert (doc.metadata.title == first) is title
    assert (doc.blocks[0].kind == "heading") is title
    # the date line after the headline is still before the body
    assert doc.metadata.date == ("2026-07-03" if title else None)


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("By Gemma Stroud, Showbiz Editor", "Gemma Stroud", None),
        ("By Jane Roe, Staff writer", "Jane Roe", None),
        ("By Jane Roe and John Doe", "Jane Roe and John Doe", None),
        ("By Jane Roe | jane.roe@example.com", "Jane Roe", None),
        ("By Ursula van der Berg, Reuters", "Ursula van der Berg", None),
        ("By Ann Lee, 2 February 2025", "Ann Lee", "2025-02-02"),
        ("By Ann Lee, Senior Fellow. Published 2 February 2025.", "Ann Lee", "2025-02-02"),
        (
            "*By Ann Lee, Senior Fellow, Caspian Policy Institute. Published 2 February 2025.*",
            "Ann Lee",
            "2025-02-02",
        ),
        # story text opening with "By": a time, or a clause after the comma
        ("By Monday, 300 people had fled the city.", None, None),
        ("By Christmas, Britain had left the bloc.", None, None),
        ("By Sunday evening, the dam had burst.", None, None),
    ],
)
def test_byline_gives_the_name_and_its_date(line: str, author: str | None, date: str | None):
    doc = parse(f"# Dams and floods\n\n{line}\n\nThe dam burst.\n", "t.md", "markdown")
    assert doc.metadata.author == author
    assert doc.metadata.date == date
    assert (doc.blocks[1].boilerplate == "byline") is (author is not None)


@pytest.mark.parametrize(
    ("ending", "author"),
    [
        # a letter's signature: the name line over its role line
        ("Parisa Nouri\nSpokeswoman, National Liberation Council\nParis\n", "Parisa Nouri"),
        ("Tom Vale\nChairman, Riverside Residents Association\n", "Tom Vale"),
        # a two-word name before the comma is the author itself
        ("Jane Roe, the Clarion\n", "Jane Roe"),
        # a heading with an article is no byline
        ("An Ambitious, Divisive Legacy\n", None),
    ],
)
def test_signature_block_names_the_author(ending: str, author: str | None) -> None:
    text = (
        f"Letters: The plan is wrong\n\nSir, the plan is wrong.\n\nIt costs too much.\n\n{ending}"
    )
    assert parse(text, "t.txt", "text").metadata.author == author


REF1 = "[1] Dravian Statistical Office, Consumer Price Bulletin, January 2025."
REF2 = "[2] IMF Article IV consultation, 2024."


@pytest.mark.parametrize(
    ("text", "fmt", "marked"),
    [
        # a run of reference entries, in plain text and in Markdown
        (f"Food prices rose sharply.\n\n{REF1}\n{REF2}\n", "text", [REF1, REF2]),
        (f"Food prices rose sharply.\n\n{REF1}\n\n{REF2}\n", "text", [REF1, REF2]),
        (
            f"Prices rose.[^2]\n\n{REF1}\n[^2]: WFP, Food Security Update, 2024.\n"
            "[3]: IMF Article IV consultation, 2024.\n",
            "markdown",
            [
                REF1,
                "[^2]: WFP, Food Security Update, 2024.",
                "[3]: IMF Article IV consultation, 2024.",
            ],
        ),
        # one entry whose label the article cites
        (
            "Officials said clinics had closed.[1]\n\n[1] Health Ministry bulletin.\n",
            "text",
            ["[1] Health Ministry bulletin."],
        ),
        # a lone paragraph opening with a label, uncited: a claim
        ("The dam cost more.\n\n[1] The ministry said 40 people died in 2024.\n", "text", []),
        # numbered points with no year, link or page: claims
        (
            "The plan.\n\n[1] Taxes must rise by 2%.\n[2] Spending must fall by 3%.\n",
            "text",
            [],
        ),
    ],
)
def test_reference_entries_are_no_claims(text: str, fmt: str, marked: list[str]) -> None:
    doc = parse(text, f"t.{'md' if fmt == 'markdown' else 'txt'}", fmt)
    got = [doc.prose[b.start : b.end] for b in doc.blocks if b.boilerplate == "footnote"]
    assert got == marked


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Rents hit C$2,510, according to Rentals.ca. Analysts expect a fall.",
            ["Rents hit C$2,510, according to Rentals.ca.", "Analysts expect a fall."],
        ),
        (
            "Data came from bbc.co.uk. The firm agreed.",
            ["Data came from bbc.co.uk.", "The firm agreed."],
        ),
        # a quotation opening after the domain stays whole
        (
            "“We won,” said Ben Wikler of MoveOn.org. “That’s going to happen now.”",
            ["“We won,” said Ben Wikler of MoveOn.org.", "“That’s going to happen now.”"],
        ),
        # abbreviations with one letter between the stops, and circa itself, end nothing
        ("The abbey was built ca. 1150 by monks.", ["The abbey was built ca. 1150 by monks."]),
        ("Bring tools, e.g. A spade.", ["Bring tools, e.g. A spade."]),
        ("The U.S. Army said so.", ["The U.S. Army said so."]),
        # a domain followed by a lowercase word is inside the sentence
        ("Visit Rentals.ca. for listings.", ["Visit Rentals.ca. for listings."]),
    ],
)
def test_domain_name_ends_a_sentence(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("last", "signoff"),
    [
        ("That is all for today. See you tomorrow.", True),
        ("That’s it from us this week. Thanks for reading!", True),
        ("Have a great weekend.", True),
        ("That is all the money the council has left.", False),
        ("See you in court, the mayor told the developer.", False),
    ],
)
def test_newsletter_signoff_is_no_claim(last: str, signoff: bool) -> None:
    text = f"Morning briefing\n\nThe bank held rates at 2.75 percent.\n\nFuel rose 3 percent.\n\n{last}\n"
    doc = parse(text, "t.txt", "text")
    assert (doc.blocks[-1].boilerplate == "signoff") is signoff


@pytest.mark.parametrize(
    ("paragraph", "first"),
    [
        ("LONDON - Three people were killed.", "Three people were killed."),
        ("LONDON — Police said 37 people were arrested.", "Police said 37 people were arrested."),
        ("LAGOS, Nigeria - Dozens of protesters marched.", "Dozens of protesters marched."),
        (
            "LONDON, June 3, 2026 (Reuters) - Three people were killed.",
            "Three people were killed.",
        ),
        ("GENEVA (AP) - Two people died.", "Two people died."),
        ("WASHINGTON, D.C. - Police said two died.", "Police said two died."),
        ("15:40 GMT - Two people have died.", "Two people have died."),
        ("Update 15:40 - Dozens of homes flooded.", "Dozens of homes flooded."),
        # not a dateline: an acronym before a lowercase aside, a range, a plain sentence
        ("NATO - the alliance - said it would act.", "NATO - the alliance - said it would act."),
        ("Rates of 12.50 - 13.75 percent apply.", "Rates of 12.50 - 13.75 percent apply."),
        ("Three people were killed.", "Three people were killed."),
    ],
)
def test_dateline_is_outside_the_first_sentence(paragraph: str, first: str) -> None:
    doc = parse(f"Storm hits coast\n\n{paragraph}\n", "t.txt", "text")
    segment(doc)
    s = doc.blocks[1].sentences[0]
    assert doc.prose[s.start : s.end] == first


@pytest.mark.parametrize(
    ("paragraph", "figure", "kind", "sourcing"),
    [
        ("LONDON - Three people were killed in the crash.", "Three people", "casualty", "none"),
        ("15:40 GMT - Two people have died.", "Two people", "casualty", "none"),
        ("LAGOS - Police said 37 protesters were held.", "37 protesters", "count", "anonymous"),
    ],
)
def test_text_after_a_dateline_is_sentence_initial(
    paragraph: str, figure: str, kind: str, sourcing: str
) -> None:
    result = analyze(parse(f"Storm hits coast\n\n{paragraph}\n", "t.txt", "text"))
    assert [(f.text, f.kind, f.sourcing) for f in result.figures] == [(figure, kind, sourcing)]


def test_heading_keeps_its_dateline_like_opening() -> None:
    doc = parse("LONDON - Storm Hits Coast\n\nThree people died.\n", "t.txt", "text")
    segment(doc)
    s = doc.blocks[0].sentences[0]
    assert doc.prose[s.start : s.end] == "LONDON - Storm Hits Coast"


def _html(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    ("paragraph", "prose", "markers"),
    [
        # markdown-it's and most CMSs' footnote reference: a link to a note on the page
        (
            'Ferries carried 900 cars.<sup><a href="#fn1">1</a></sup>',
            "Ferries carried 900 cars.[1]",
            ["[1]"],
        ),
        (
            'The toll rose to 40<sup id="r2"><a href="#fn2" class="footnote-ref">[2]</a></sup>.',
            "The toll rose to 40[2].",
            ["[2]"],
        ),
        ("Ferries carried 900 cars.<sup>3</sup>", "Ferries carried 900 cars.[3]", ["[3]"]),
        ("Ferries carried 900 cars <sup>[4]</sup>", "Ferries carried 900 cars [4]", ["[4]"]),
        (
            "Ferries carried 900 cars.<sup>1,3</sup>",
            "Ferries carried 900 cars.[1][3]",
            ["[1]", "[3]"],
        ),
        (
            'Ferries carried cars.<sup><a href="#n-a">a</a></sup>',
            "Ferries carried cars.[^a]",
            ["[^a]"],
        ),
        # an exponent, an ordinal and a unit's square are no references
        ("The lake covers 40 km<sup>2</sup>.", "The lake covers 40 km2.", []),
        ("Some 10<sup>6</sup> cells died.", "Some 106 cells died.", []),
        ("It came 1<sup>st</sup> of 30.", "It came 1st of 30.", []),
        (
            'Ferries carried cars.<sup><a href="https://e.org/x">more</a></sup>',
            "Ferries carried cars.more",
            [],
        ),
    ],
)
def test_html_sup_footnote_reference(paragraph: str, prose: str, markers: list[str]) -> None:
    source = _html(f"<p>{paragraph}</p>")
    doc = parse(source, "t.html", "html")
    assert doc.prose[doc.blocks[0].start : doc.blocks[0].end] == prose
    notes = [link for link in doc.links if link.kind == "footnote"]
    assert [doc.prose[k.start : k.end] for k in notes] == markers
    for link in notes:  # the marker maps onto the reference's own text in the source
        span = doc.source_span(link.start, link.end)
        assert link.target.strip("[]^") in source[span.start : span.end]
        assert "<" not in source[span.start : span.end]


def test_html_sup_footnote_cites_the_figure() -> None:
    source = _html(
        '<p>Local volunteers told us that 1,300 homes had flooded.<sup><a href="#fn1">1</a></sup></p>'
        '<section class="footnotes"><ol><li id="fn1">Site visits, 4 May 2026.</li></ol></section>'
    )
    a = analyze(parse(source, "t.html", "html"))
    assert [f.sourcing for f in a.figures] == ["cited"]


@pytest.mark.parametrize(
    ("notes", "marked"),
    [
        (
            '<section class="footnotes"><ol><li id="fn1"><p>Port log, 2025.</p></li></ol></section>',
            True,
        ),
        ('<hr><ol id="footnotes"><li id="fn1">Port log, 2025.</li></ol>', True),
        ('<div class="article-endnotes"><p>Port log, 2025.</p></div>', True),
        ('<section role="doc-endnotes"><ol><li>Port log, 2025.</li></ol></section>', True),
        ('<div class="footnotes"><div><p>Port log,</p></div><p>2025.</p></div>', True),
        # a list of no such name is story text
        ('<ol class="timeline"><li>Port log, 2025.</li></ol>', False),
    ],
)
def test_html_footnote_list_is_no_claim(notes: str, marked: bool) -> None:
    doc = parse(_html(f"<p>The port reopened on Monday.</p>{notes}"), "t.html", "html")
    reasons = [b.boilerplate for b in doc.blocks[1:]]
    assert reasons == (["footnote"] * len(reasons) if marked else [None] * len(reasons))


def test_html_footnote_class_around_the_whole_story_is_no_list() -> None:
    doc = parse(_html('<div class="footnotes"><p>The port reopened.</p></div>'), "t.html", "html")
    assert [b.boilerplate for b in doc.blocks] == [None]


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("14/03/2025", "2025-03-14"),  # day first: 14 is no month
        ("03/14/2025", "2025-03-14"),  # month first
        ("04.04.2025", "2025-04-04"),  # the same either way
        ("'2025-03-14'", "2025-03-14"),
        ("2025-03-14T09:30:00Z", "2025-03-14"),
        ("14 March 2025", "2025-03-14"),
        ("March 14 2025", "2025-03-14"),
        ("Mar. 14, 2025", "2025-03-14"),
        ("Friday 14th March 2025", "2025-03-14"),
    ],
)
def test_front_matter_date_reads(value: str, iso: str) -> None:
    doc = parse(f"---\ntitle: T\ndate: {value}\n---\n\nThe plant shut.\n", "t.md", "markdown")
    assert doc.metadata.date == iso


@pytest.mark.parametrize("value", ["03/04/2025", "yesterday", "31/02/2025", "2025"])
def test_front_matter_date_unreadable_is_an_input_error(value: str) -> None:
    from provlint.errors import InputError

    source = f"---\ntitle: T\ndate: {value}\n---\n\nThe plant shut.\n"
    with pytest.raises(InputError, match=rf"front matter line 3: cannot read date '{value}'"):
        parse(source, "t.md", "markdown")


def test_front_matter_draft_flag_is_no_date() -> None:
    doc = parse("---\npublished: true\ndate: 2025-03-14\n---\n\nText.\n", "t.md", "markdown")
    assert doc.metadata.date == "2025-03-14"


@pytest.mark.parametrize(
    ("content", "date"),
    [
        ("03/04/2025", None),
        ("TBC", None),
        ("14/03/2025", "2025-03-14"),
        ("2025-03-14T08:00Z", "2025-03-14"),
    ],
)
def test_html_meta_date_unreadable_is_missing(content: str, date: str | None) -> None:
    head = f'<meta property="article:published_time" content="{content}">'
    doc = parse(_html("<p>The plant shut.</p>", head), "t.html", "html")
    assert doc.metadata.date == date
