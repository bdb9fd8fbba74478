"""HTML reader.

lxml and selectolax build fine trees but cannot say at which character of the file a text
node starts, and provlint must report exact positions. So this reader tokenises with the
standard library's ``html.parser`` (``convert_charrefs=False``: every tag, text run, entity
and comment arrives with its own position), then:

* reads metadata from ``<title>``, ``<meta>`` (author, article:published_time, og:*) and
  ``<link rel=canonical>``;
* keeps the content of the largest ``<article>``, else ``<main>``, else ``<body>``;
* drops nav, header, footer, aside, script, style, forms and other non-prose subtrees, but
  keeps an ``<article>``'s own ``<header>`` (its headline, byline and date) and a
  ``<blockquote>``'s ``<footer>`` (the speaker: a sign-off paragraph after the quote);
* takes the first ``<time datetime>`` before the body for the date when no ``<meta>`` gave
  one, and marks a block whose class names a byline or dateline (``<p class="dateline">``)
  as that boilerplate;
* makes a block per p, h1-h6, li, blockquote, td/th, dd/dt, figcaption (text loose in a div
  becomes a paragraph), keeps ``<a href>`` spans as links and comments as directives;
* takes an element whose class names a deck (``<p class="deck">``, ``<div class="standfirst">``)
  before the first paragraph for a heading: it sums up the body, as a plain-text deck does.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from provlint.document import Document, Metadata
from provlint.readers.builder import ProseBuilder
from provlint.readers.frontmatter import normalise_date

SKIP = {
    "nav",
    "header",
    "footer",
    "aside",
    "script",
    "style",
    "noscript",
    "template",
    "form",
    "button",
    "select",
    "svg",
    "iframe",
    "object",
    "canvas",
    "head",
    "menu",
    "dialog",
    "pre",
    "code",
}
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
BLOCK_KIND = {
    "p": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "list_item",
    "blockquote": "blockquote",
    "td": "table_cell",
    "th": "table_cell",
    "dd": "paragraph",
    "dt": "paragraph",
    "figcaption": "paragraph",
    "caption": "paragraph",
}
BREAKS = set(BLOCK_KIND) | {
    "div",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "table",
    "tr",
    "dl",
    "figure",
    "body",
    "hr",
    "address",
    "details",
    "summary",
}
# Class names (or parts of one, between "-" and "_": "article__dek") of a deck, standfirst
# or subtitle under the headline.
_DECK_CLASSES = frozenset(
    ["deck", "dek", "standfirst", "subtitle", "subhead", "subheadline", "summary", "strapline"]
)
_DECK_BLOCKS = 2  # at most so many blocks of a deck element are its deck
# Class names (or parts of one) of an element holding the byline or the dateline, and the
# boilerplate reason their blocks get.
_META_CLASSES = {
    "byline": "byline",
    "dateline": "dateline",
    "timestamp": "dateline",
    "pubdate": "dateline",
}
_CLASS_PARTS = re.compile(r"[^\s_-]+")
# Class or id names (or parts of one) of an article's footnote or endnote list
# (markdown-it's ``<section class="footnotes">``, ``<ol id="endnotes">``), and the ARIA roles
# of one: its entries are the references the markers cite, not claims.
_NOTES_NAMES = frozenset(["footnotes", "endnotes"])
_NOTES_ROLES = frozenset(["doc-endnotes", "doc-footnotes"])
# What a ``<sup>`` holds when it is a footnote reference: a number ("1", "[2]", "1,3"), or a
# short mark ("*", "a") when it links to a place on the page.
_SUP_NUMBER = re.compile(r"\[?\^?(\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,4})\]?")
_SUP_MARK = re.compile(r"\[?\^?([^\s\[\]]{1,3})\]?")
# A square or cube after a short unit is an exponent, not a footnote ("km<sup>2</sup>").
_UNIT_BEFORE = re.compile(r"(?:^|[\s\d(/])[A-Za-zµ]{1,3}$")
_AUTHOR_META = (
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
)
_DATE_META = (
    "article:published_time",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
    "sailthru.date",
    "og:published_time",
    "datepublished",
)


class _Tokens(HTMLParser):
    """Flat list of (kind, name_or_text, attrs, start, end) events with source offsets."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.events: list[tuple[str, str, dict[str, str | None], int, int]] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        off = self._offset()
        raw = self.get_starttag_text() or ""
        self.events.append(("start", tag, dict(attrs), off, off + len(raw)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            end = self.events[-1][4]
            self.events.append(("end", tag, {}, end, end))

    def handle_endtag(self, tag: str) -> None:
        off = self._offset()
        close = self.source.find(">", off)
        self.events.append(("end", tag, {}, off, close + 1 if close != -1 else off))

    def handle_data(self, data: str) -> None:
        off = self._offset()
        self.events.append(("data", data, {}, off, off + len(data)))

    def _ref(self, raw_prefix: str, name: str) -> None:
        off = self._offset()
        end = off + len(raw_prefix) + len(name)
        if self.source.startswith(";", end):
            end += 1
        self.events.append(("entity", html.unescape(self.source[off:end]), {}, off, end))

    def handle_entityref(self, name: str) -> None:
        self._ref("&", name)

    def handle_charref(self, name: str) -> None:
        self._ref("&#", name)

    def handle_comment(self, data: str) -> None:
        off = self._offset()
        self.events.append(("comment", data, {}, off, off + len(data) + 7))


def _metadata(events: list) -> Metadata:
    md = Metadata()
    meta: dict[str, str] = {}
    title_parts: list[str] = []
    in_title = False
    for kind, name, attrs, _, _ in events:
        if kind == "start" and name == "meta":
            key = (
                attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or ""
            ).lower()
            if key and attrs.get("content"):
                meta.setdefault(key, attrs["content"].strip())
        elif kind == "start" and name == "link" and (attrs.get("rel") or "").lower() == "canonical":
            md.url = attrs.get("href")
        elif kind == "start" and name == "title":
            in_title = True
        elif kind == "end" and name == "title":
            in_title = False
        elif in_title and kind in ("data", "entity"):
            title_parts.append(name)
    md.title = meta.get("og:title") or (" ".join("".join(title_parts).split()) or None)
    md.author = next((meta[k] for k in _AUTHOR_META if meta.get(k) and "://" not in meta[k]), None)
    # an unreadable date ("03/04/2025", "TBC") counts as missing
    md.date = next((d for k in _DATE_META if meta.get(k) and (d := normalise_date(meta[k]))), None)
    md.url = md.url or meta.get("og:url")
    return md


def _meta_class(attrs: dict[str, str | None]) -> str | None:
    """The boilerplate reason an element's class names ("c-byline" -> "byline"), or None."""
    for part in _CLASS_PARTS.findall(attrs.get("class") or ""):
        reason = _META_CLASSES.get(part.lower())
        if reason is not None:
            return reason
    return None


def _is_notes(attrs: dict[str, str | None]) -> bool:
    """Whether an element is a footnote or endnote list (class, id or ARIA role)."""
    if (attrs.get("role") or "").lower() in _NOTES_ROLES:
        return True
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return any(part.lower() in _NOTES_NAMES for part in _CLASS_PARTS.findall(names))


_SUP_EVENTS_MAX = 24  # events a footnote reference's <sup> holds at most: an unclosed one ends


def _sup_marker(events: list, i: int, hi: int, before: str) -> tuple[int, str, int, int] | None:
    """A ``<sup>`` at ``events[i]`` that is a footnote reference ("<sup><a href="#fn1">1</a>",
    "<sup>[2]</sup>", "died<sup>3</sup>"): (index of its end tag, the marker as prose "[1]",
    source start and end of its text). A bare number is an exponent after a digit or a short
    unit ("10<sup>6</sup>", "km<sup>2</sup>"), and a superscript word ("1<sup>st</sup>") no
    reference: None."""
    depth, anchor, texts = 0, False, []
    for j in range(i + 1, min(hi, i + _SUP_EVENTS_MAX)):
        kind, name, attrs, start, end = events[j]
        if kind == "start" and name not in VOID:
            if name == "sup":
                depth += 1
            elif name not in ("a", "span"):
                return None
            if name == "a" and (attrs.get("href") or "").startswith("#"):
                anchor = True
        elif kind == "end" and name == "sup":
            if depth == 0:
                break
            depth -= 1
        elif kind in ("data", "entity") and name.strip():
            texts.append((name, start, end))
        elif kind == "comment":
            return None
    else:
        return None
    if not texts:
        return None
    text = "".join(t for t, _, _ in texts).strip()
    number = _SUP_NUMBER.fullmatch(text)
    if number is not None:
        refs = re.findall(r"\d{1,3}", number.group(1))
        prev = before.rstrip() if anchor or text.startswith("[") else before
        if (
            not anchor
            and not text.startswith("[")
            and (
                not prev
                or prev[-1].isdigit()
                or (refs[0] in ("2", "3") and _UNIT_BEFORE.search(prev))
            )
        ):
            return None
        marker = "".join(f"[{n}]" for n in refs) if len(refs) > 1 else f"[{refs[0]}]"
        if re.search(r"\d\s*[–-]\s*\d", number.group(1)):
            marker = f"[{number.group(1)}]"  # a range of notes ("1-3") stays one marker
    elif anchor and (mark := _SUP_MARK.fullmatch(text)) is not None:
        marker = f"[^{mark.group(1)}]"
    else:
        return None
    return j, marker, texts[0][1], texts[-1][2]


def _kept(name: str, kinds: list[str], articles: int) -> bool:
    """A skipped element that is content here: an article's own header, a quote's footer."""
    return (name == "header" and articles > 0) or (name == "footer" and "blockquote" in kinds)


def _is_deck(attrs: dict[str, str | None]) -> bool:
    """Whether an element's class names a deck ("deck", "c-standfirst", "article__dek")."""
    return any(
        part.lower() in _DECK_CLASSES for part in _CLASS_PARTS.findall(attrs.get("class") or "")
    )


def _region(events: list) -> tuple[int, int]:
    """Event index range of the main content: largest <article>, else <main>, else <body>."""
    for tag in ("article", "main", "body"):
        best: tuple[int, int, int] | None = None
        depth, start, chars = 0, -1, 0
        for i, (kind, name, _, _, _) in enumerate(events):
            if kind == "start" and name == tag:
                if depth == 0:
                    start, chars = i, 0
                depth += 1
            elif kind == "end" and name == tag and depth:
                depth -= 1
                if depth == 0 and (best is None or chars > best[2]):
                    best = (start, i, chars)
            elif kind == "data" and depth:
                chars += len(name.strip())
        if depth and start >= 0 and (best is None or chars > best[2]):
            best = (start, len(events), chars)  # unclosed: runs to the end
        if best is not None and best[2] > 0:
            return best[0], best[1]
    return 0, len(events)


def read_html(source: str, path: str) -> Document:
    tok = _Tokens(source)
    tok.feed(source)
    tok.close()
    events = tok.events
    metadata = _metadata(events)
    lo, hi = _region(events)
    b = ProseBuilder(source)
    comments: list[tuple[int, str]] = []
    skip: list[str] = []
    kinds: list[str] = []
    open_links: list[list] = []  # [prose start or None until the link's first text, href]
    in_block = False
    deck: list[str] = []  # the open deck element and same-named ones nested in it
    body = False  # a paragraph has begun: a deck class no longer makes a heading
    decks = 0
    articles = 0  # open <article> elements: a <header> inside one is the article's own
    sign_off = 0  # open <footer> elements inside a <blockquote>: the quote's speaker
    meta_class: list[list] = []  # [element, reason, blocks] of open byline/dateline elements
    marks: dict[int, str] = {}  # block index -> boilerplate reason from a class
    time_date: str | None = None
    notes: list[list] = []  # [element, depth] of an open footnote list after the body
    jump = lo  # events before this index were read already (a footnote reference's <sup>)
    for i in range(lo, hi):
        if i < jump:
            continue
        kind, name, attrs, start, end = events[i]
        if kind == "comment":
            comments.append((start, source[start:end]))
            continue
        if skip:
            if kind == "start" and name == skip[-1] and name not in VOID:
                skip.append(name)
            elif kind == "end" and name == skip[-1]:
                skip.pop()
            continue
        if kind == "start":
            if name in SKIP and not _kept(name, kinds, articles):
                skip.append(name)
                continue
            if notes and name == notes[-1][0] and name not in VOID:
                notes[-1][1] += 1
            elif body and name not in VOID and _is_notes(attrs):
                notes.append([name, 0])
            if name == "sup" and in_block:
                sup = _sup_marker(events, i, hi, b.block_tail(12))
                if sup is not None:
                    jump, marker, m_start, m_end = sup
                    jump += 1
                    for link in open_links:
                        if link[0] is None:
                            link[0] = b.length
                    at = b.length
                    b.emit(marker, m_start, m_end)
                    for m in re.finditer(r"\[[^\]]*\]", marker):
                        b.add_link(at + m.start(), at + m.end(), m.group(), "footnote")
                    continue
            if name == "article":
                articles += 1
            elif name == "footer":
                sign_off += 1
            elif name == "time" and not body and time_date is None and attrs.get("datetime"):
                time_date = attrs["datetime"]
            reason = _meta_class(attrs) if name not in VOID else None
            if name == "time" and reason is None and not in_block:
                reason = "dateline"  # a <time> of its own before the body dates the article
            if reason is not None and not body:
                meta_class.append([name, reason, 0])
            if name not in VOID and (
                (deck and name == deck[-1]) or (not deck and not body and _is_deck(attrs))
            ):
                deck.append(name)
            if name in BREAKS:
                if in_block:
                    b.close_block()
                    in_block = False
                if name in BLOCK_KIND:
                    kinds.append(BLOCK_KIND[name])
            elif name == "br":
                if in_block:
                    b.emit(" ", start, end)
            elif name == "a" and attrs.get("href"):
                open_links.append([None, attrs["href"] or ""])
        elif kind == "end":
            if deck and name == deck[-1]:
                deck.pop()
            if name == "article" and articles:
                articles -= 1
            elif name == "footer" and sign_off:
                sign_off -= 1
                if in_block:  # the sign-off is a paragraph of its own
                    b.close_block()
                    in_block = False
            if meta_class and name == meta_class[-1][0]:
                meta_class.pop()
            if notes and name == notes[-1][0]:
                if notes[-1][1]:
                    notes[-1][1] -= 1
                else:
                    notes.pop()
            if name in BREAKS:
                if in_block:
                    b.close_block()
                    in_block = False
                if name in BLOCK_KIND and kinds and kinds[-1] == BLOCK_KIND[name]:
                    kinds.pop()
            elif name == "a" and open_links:
                link_start, href = open_links.pop()
                if link_start is not None:
                    b.add_link(link_start, b.length, href, "html")
        else:  # data or entity
            if not in_block:
                if not name.strip():
                    continue
                block_kind = (
                    "paragraph"
                    if sign_off
                    else "blockquote"
                    if "blockquote" in kinds
                    else (kinds[-1] if kinds else "paragraph")
                )
                if deck and block_kind == "paragraph" and decks < _DECK_BLOCKS:
                    block_kind = "heading"  # a wrapper named "summary" is not all deck
                    decks += 1
                # a wrapper named "byline" around more than a line or two is not all byline
                meta = meta_class[-1] if meta_class and meta_class[-1][2] < _DECK_BLOCKS else None
                if meta is not None:
                    marks[len(b.blocks)] = meta[1]
                    meta[2] += 1
                elif notes:
                    marks[len(b.blocks)] = "footnote"
                body = body or (block_kind == "paragraph" and meta is None)
                b.open_block(block_kind)
                in_block = True
            for link in open_links:
                if link[0] is None:
                    link[0] = b.length + (len(name) - len(name.lstrip()) if kind == "data" else 0)
            if kind == "data":
                b.copy(start, end)
            else:
                b.emit(name.replace("\xa0", " "), start, end)
    if metadata.date is None and time_date:
        metadata.date = normalise_date(time_date)
    doc = b.document(path, "html", metadata, comments)
    for k, reason in marks.items():
        if k < len(doc.blocks) and (
            reason == "footnote" or doc.blocks[k].end - doc.blocks[k].start <= _META_BLOCK_MAX
        ):
            block = doc.blocks[k]
            block.boilerplate = reason
            if reason == "byline" and not doc.metadata.author:
                doc.metadata.author = _byline_author(doc.prose[block.start : block.end])
    return doc


_META_BLOCK_MAX = 200  # characters: a longer block in a byline element is story text
_BY = re.compile(r"^(?:by|written by|words by)\s+", re.I)
_AUTHOR_MAX = 80


def _byline_author(text: str) -> str | None:
    """The name in a byline element's text: "By Ann Lee, water correspondent" -> "Ann Lee"."""
    name = _BY.sub("", text.strip()).split(",")[0].split("|")[0].strip()
    return name if 0 < len(name) <= _AUTHOR_MAX else None
