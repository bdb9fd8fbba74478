"""Readers turn a file, standard input or a URL into a :class:`~provlint.document.Document`."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from provlint import regexcache
from provlint.document import Document, Link
from provlint.errors import InputError
from provlint.lexicons import Lexicons
from provlint.readers.boilerplate import mark_boilerplate
from provlint.readers.decode import DEFAULT_MAX_BYTES, decode
from provlint.readers.text import closes

# format -> (module, function); a reader is imported when its format is first read, so
# checking plain text never loads markdown-it or html.parser.
READERS: dict[str, tuple[str, str]] = {
    "text": ("provlint.readers.text", "read_text"),
    "markdown": ("provlint.readers.markdown", "read_markdown"),
    "html": ("provlint.readers.html", "read_html"),
}
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


def format_for(name: str) -> str | None:
    """The format implied by a file name's extension, or None when provlint does not read it."""
    return EXTENSIONS.get(Path(name).suffix.lower())


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


_FOOTNOTE = regexcache.compile(
    r"\[\^[^\]\s]{1,20}\]|(?:(?<=[\w.,;:”\"’)])|(?<=\d\]))\[\d{1,3}\]"  # "miners.[1][12]"
)
_TITLE_MAX = 150
# Footnote markers closing a line ("killed 43 miners.[1]"): the sentence ends before them.
_TRAILING_MARKERS = regexcache.compile(r"(?:\[(?:\^[^\]\s]{1,20}|\d{1,3})\])+\s*$")


def _footnote_links(doc: Document) -> None:
    """Footnote references ("[^1]", "claim.[12]") count as citations, like links, in every
    format: plain text copied from a wiki or a report keeps its "[1]" markers too."""
    if "[" not in doc.prose:
        return
    known = {link.start for link in doc.links if link.kind == "footnote"}  # HTML's <sup>
    for m in _FOOTNOTE.finditer(doc.prose):
        if m.start() not in known:
            doc.links.append(Link(m.start(), m.end(), m.group(), "footnote"))
    doc.links.sort(key=lambda link: (link.start, link.end))


def _text_title(doc: Document) -> None:
    """A plain-text article's first line is its headline when it is short and not a sentence."""
    if doc.format != "text" or doc.metadata.title or not doc.blocks:
        return
    first = _TRAILING_MARKERS.sub("", doc.prose[doc.blocks[0].start : doc.blocks[0].end])
    if len(first) <= _TITLE_MAX and not closes(first.rstrip(), (".", "?", "!", "”", '"')):
        doc.metadata.title = first.strip()


def reader(fmt: str) -> Callable[[str, str], Document]:
    """The reader function of a format."""
    module, name = READERS[fmt]
    return getattr(import_module(module), name)


_LONE_CR = regexcache.compile(r"\r(?!\n)")


def parse(source: str, path: str, fmt: str, lexicons: Lexicons | None = None) -> Document:
    """Run a format's reader over decoded text, then the format-independent passes.

    A lone CR (old Mac line ending, or a stray one) becomes LF, as CommonMark, browsers and
    editors read it: the same length, so offsets stay the file's, and every reader and the
    line index then agree on where lines break (CRLF counts as one break, as before). A
    no-break space in the prose becomes a space (also one character for one), so
    "300<NBSP>members" reads as "300 members". ``lexicons`` (the config's ``extend-lexicons``)
    extend the boilerplate patterns."""
    if "\r" in source:
        source = _LONE_CR.sub("\n", source)
    doc = reader(fmt)(source, path)
    if "\xa0" in doc.prose:
        doc.prose = doc.prose.replace("\xa0", " ")
    _footnote_links(doc)
    _text_title(doc)
    mark_boilerplate(doc, lexicons)
    return doc


def read_bytes(
    data: bytes,
    name: str,
    fmt: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    lexicons: Lexicons | None = None,
    charset: str | None = None,
) -> Document:
    fmt = fmt or format_for(name) or "text"
    return parse(decode(data, name, max_bytes, charset), name, fmt, lexicons)


def read_path(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, lexicons: Lexicons | None = None
) -> Document:
    """Read one file; every failure is an :class:`InputError` naming the file."""
    name = str(path)
    try:
        if path.is_dir():
            raise InputError(name, "is a directory")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                name, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (max-file-size)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    return read_bytes(data, name, max_bytes=max_bytes, lexicons=lexicons)


def read_url(
    url: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 20.0,
    lexicons: Lexicons | None = None,
) -> Document:
    from provlint.readers.web import fetch

    data, fmt, charset = fetch(url, max_bytes=max_bytes, timeout=timeout)
    doc = read_bytes(data, url, fmt=fmt, max_bytes=max_bytes, lexicons=lexicons, charset=charset)
    doc.metadata.url = doc.metadata.url or url
    return doc
