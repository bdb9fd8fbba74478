"""Markdown reader built on markdown-it-py.

markdown-it gives block tokens with line ranges but inline tokens without positions, so each
inline token is aligned back to its source line: the block's inline ``content`` is located
line by line in the source, and the children's text is matched against it left to right,
skipping markup (emphasis markers, link syntax, backslash escapes, entities). Links keep their
text span and target; ``<!-- provlint-... -->`` comments are kept as directives.
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt
from markdown_it.common.entities import entities
from markdown_it.common.utils import isValidEntityCode
from markdown_it.token import Token

from provlint.document import Document
from provlint.readers.builder import ProseBuilder, reference_lines
from provlint.readers.frontmatter import metadata_from, split_front_matter

_md = MarkdownIt("commonmark", {"html": True}).enable("table")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_A_OPEN = re.compile(r"<a\b[^>]*?\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))[^>]*>", re.I)
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_SENTENCE_END = (".", "!", "?", "”", '"', "’", "'", ")")
_BLOCK_KIND = {
    "heading_open": "heading",
    "blockquote_open": "blockquote",
    "list_item_open": "list_item",
    "td_open": "table_cell",
    "th_open": "table_cell",
}


def _md_entity(entity: str) -> str:
    """What markdown-it puts in the text for an entity reference (``""`` if it keeps it as is).

    It follows CommonMark: a numeric reference to a C1 control (``&#146;``) becomes U+FFFD,
    while browsers (and :func:`html.unescape`) read 128-159 as Windows-1252 (``&#146;`` is a
    right quote). The aligner matches markdown-it's text and emits the browser's reading."""
    name = entity[1:-1]
    if name.startswith("#"):
        code = int(name[2:], 16) if name[1:2] in "xX" and name[1:2] else int(name[1:])
        return chr(code) if isValidEntityCode(code) else "\ufffd"
    return entities.get(name, "")


class _Aligner:
    """Walks a block's inline content, mapping it to source offsets line by line."""

    def __init__(self, source: str, line_starts: list[int], first_line: int, content: str) -> None:
        self.content = content
        self.src_of: list[int] = []  # source offset of each content character
        line = first_line
        for text_line in content.split("\n"):
            ls = line_starts[line] if line < len(line_starts) else len(source)
            le = source.find("\n", ls)
            le = len(source) if le == -1 else le
            at = source.find(text_line, ls, le + 1) if text_line else -1
            if at == -1:  # fall back to the end of the line's leading markup
                stripped = source[ls:le].lstrip(" \t>")
                at = le - len(stripped)
            self.src_of.extend(range(at, at + len(text_line)))
            self.src_of.append(min(at + len(text_line), len(source)))  # the "\n"
            line += 1
        self.cursor = 0

    def src(self, i: int) -> int:
        return self.src_of[min(i, len(self.src_of) - 1)]

    def emit_text(self, b: ProseBuilder, text: str) -> None:
        """Match ``text`` against the content from the cursor and add it to the prose."""
        c, j, n = self.content, self.cursor, len(self.content)
        i, m_text = 0, len(text)
        while i < m_text:
            ch = text[i]
            k = j
            while k < n:
                if c[k] == "&" and not (k > j and c[k - 1] == "\\"):
                    m = _ENTITY.match(c, k)
                    decoded = _md_entity(m.group()) if m else ""
                    if decoded and text.startswith(decoded, i):
                        b.emit(html.unescape(m.group()), self.src(k), self.src(m.end() - 1) + 1)
                        i += len(decoded) - 1
                        j = m.end()
                        break
                if c[k] == ch:
                    s = self.src(k)
                    if (
                        k > 0
                        and c[k - 1] == "\\"
                        and k - 1 >= self.cursor
                        and ch in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
                    ):
                        b.emit(ch, self.src(k - 1), s + 1)
                    else:
                        self._copy_char(b, s)
                    j = k + 1
                    break
                k += 1
            else:
                return  # could not align: stop rather than invent positions
            i += 1
        self.cursor = j

    @staticmethod
    def _copy_char(b: ProseBuilder, s: int) -> None:
        b.copy(s, s + 1)

    def find(self, needle: str) -> int:
        i = self.content.find(needle, self.cursor)
        return i


def _links_and_html(
    tok: Token, al: _Aligner, b: ProseBuilder, open_links: list, comments: list
) -> None:
    if tok.type == "link_open":
        open_links.append((b.length, tok.attrGet("href") or "", al.cursor))
    elif tok.type == "link_close" and open_links:
        start, href, _ = open_links.pop()
        if tok.markup == "autolink":
            end = al.find(">")
            kind = "autolink"
        else:
            end, kind = _skip_link_destination(al)
        if end != -1:
            al.cursor = end + 1
        b.add_link(start, b.length, href, kind)
    elif tok.type == "html_inline":
        i = al.find(tok.content)
        if i != -1:
            al.cursor = i + len(tok.content)
        m = _A_OPEN.match(tok.content)
        if m:
            open_links.append((b.length, next(g for g in m.groups() if g is not None), al.cursor))
        elif tok.content.lower().startswith("</a") and open_links:
            start, href, _ = open_links.pop()
            b.add_link(start, b.length, href, "html")
        else:
            cm = _COMMENT.match(tok.content)
            if cm and i != -1:
                comments.append((al.src(i), cm.group(0)))


def _skip_link_destination(al: _Aligner) -> tuple[int, str]:
    """Index of the last character of ``](dest)`` or ``][ref]`` after the link text, and its kind."""
    close = al.find("]")
    if close == -1:
        return -1, "inline"
    nxt = al.content[close + 1 : close + 2]
    if nxt not in "([" or not nxt:
        return close, "reference"
    opener, closer = nxt, ")" if nxt == "(" else "]"
    depth, k = 0, close + 1
    while k < len(al.content):
        depth += al.content[k] == opener
        depth -= al.content[k] == closer
        if depth == 0:
            return k, "inline" if nxt == "(" else "reference"
        k += 1
    return close, "inline"


def _inline(
    tok: Token, al: _Aligner, b: ProseBuilder, comments: list, split: str | None = None
) -> None:
    """Add an inline token's text; with ``split`` (a block kind) each line break opens a new
    block of that kind instead of becoming a space."""
    open_links: list = []
    for child in tok.children or []:
        t = child.type
        if t == "text" or t == "code_inline":
            al.emit_text(b, child.content)
        elif t in ("softbreak", "hardbreak"):
            nl = al.find("\n")
            if nl != -1:
                if split:
                    b.open_block(split)
                else:
                    b.emit(" ", al.src(nl), al.src(nl) + 1)
                al.cursor = nl + 1
        elif t == "image":
            end = al.find(")")
            if end != -1:
                al.cursor = end + 1
        else:
            _links_and_html(child, al, b, open_links, comments)


def _emphasised(tok: Token) -> bool:
    """Whether a paragraph is emphasised as a whole ("*The toll keeps rising.*")."""
    kids = tok.children or []
    return (
        len(kids) >= 3
        and kids[0].type in ("em_open", "strong_open")
        and kids[-1].type == kids[0].type.replace("_open", "_close")
        and sum(k.type == kids[0].type for k in kids) == 1
    )


def read_markdown(source: str, path: str) -> Document:
    body_start, front = split_front_matter(source, path)
    metadata = metadata_from(front, source, path)
    line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
    line_base = source.count("\n", 0, body_start)
    tokens = _md.parse(source[body_start:])
    b = ProseBuilder(source)
    comments: list[tuple[int, str]] = []
    stack: list[str] = []
    first_heading: str | None = None
    body = False  # a paragraph has begun: an emphasised one is no longer the deck
    for i, tok in enumerate(tokens):
        if tok.nesting == 1 and tok.type in _BLOCK_KIND:
            stack.append(_BLOCK_KIND[tok.type])
        elif tok.nesting == -1 and tok.type.replace("_close", "_open") in _BLOCK_KIND:
            stack.pop()
        elif tok.type == "inline" and tok.map is not None:
            kind = stack[-1] if stack else "paragraph"
            parent = tokens[i - 1].type if i else ""
            if parent == "heading_open":
                kind = "heading"
            elif kind == "paragraph" and not body:
                if first_heading is not None and _emphasised(tok):
                    kind = "heading"  # "*Two dams, four years late*" under the headline: a deck
                else:  # a byline or dateline ("By Jane Roe") ends no sentence
                    body = tok.content.rstrip().endswith(_SENTENCE_END)
            al = _Aligner(source, line_starts, line_base + tok.map[0], tok.content)
            b.open_block(kind)
            block_start = b.length
            # a reference list's lines ("[1] IMF, 2024." / "[^2]: WFP ...") are one entry each
            split = kind if reference_lines(tok.content.split("\n")) else None
            _inline(tok, al, b, comments, split)
            if kind == "heading" and first_heading is None and tokens[i - 1].tag == "h1":
                first_heading = b.text_since(block_start).strip()
            b.close_block()
        elif tok.type == "html_block" and tok.map is not None:
            start = line_starts[line_base + tok.map[0]]
            for m in _COMMENT.finditer(tok.content):
                comments.append((start + m.start(), m.group(0)))
    if metadata.title is None and first_heading:
        metadata.title = first_heading
    return b.document(path, "markdown", metadata, comments)
