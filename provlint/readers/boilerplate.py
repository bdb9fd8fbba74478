"""Mark blocks that are not article claims (bylines, widgets, tags, copyright lines).

The patterns are the ``boilerplate`` lexicon; this module only applies them. A byline also
fills the document's author, and a dateline ("Published 3 March 2025") its date, when the
format gave none, as does a wire dateline opening the first paragraph ("LONDON, June 3, 2026
(Reuters) - ...").
"""

from __future__ import annotations

import re
from functools import cache

from provlint import regexcache
from provlint.document import Document
from provlint.lexicons import Lexicons, default_lexicons

MAX_BOILERPLATE_CHARS = 300
# After body text only a labelled date line is the article's ("Published 3 March 2025" at
# the foot); a bare date there heads a section or a timeline entry.
_DATE_LABEL = regexcache.compile(r"(?i:(?:first\s+)?published|updated|last\s+updated|posted)\b")
_BYLINE_PREFIX = regexcache.compile(r"^(?i:by|written by|words by|posted by|reporting by)\s+")


@cache
def _compiled(lexicons: Lexicons) -> list[tuple[str, bool, re.Pattern[str]]]:
    out = []
    for group, patterns in lexicons.groups("boilerplate").items():
        if group.endswith((_LEAD, _SECTION)):
            continue  # see _leads and _sections
        tail = group.endswith("_tail")
        reason = group[: -len("_tail")] if tail else group
        for p in patterns:
            out.append((reason, tail, regexcache.compile(p)))
    return out


_LEAD = "_lead"  # groups matching the start of the first paragraph, not a whole block
_SECTION = "_section"  # groups matching the heading of a closing section (references, notes)


@cache
def _sections(lexicons: Lexicons) -> list[tuple[str, re.Pattern[str]]]:
    """The "_section" patterns, with the reason their sections get ("references")."""
    return [
        (group[: -len(_SECTION)], regexcache.compile(p))
        for group, patterns in lexicons.groups("boilerplate").items()
        if group.endswith(_SECTION)
        for p in patterns
    ]


def _mark_sections(doc: Document, sections: list[tuple[str, re.Pattern[str]]]) -> None:
    """A references, sources or notes heading after body text starts the article's apparatus:
    it and the blocks after it are not claims ("Evans, M. (1988).") when it closes the article
    and every block under it is a short entry with a year, link, page or DOI; otherwise the
    heading was a section of the story."""
    seen_body = False
    for i, block in enumerate(doc.blocks):
        text = doc.prose[block.start : block.end].strip()
        reason = None
        if seen_body and len(text) <= _SECTION_HEADING_MAX and block.boilerplate is None:
            reason = next((r for r, p in sections if p.fullmatch(text)), None)
        if reason is not None:
            rest = doc.blocks[i:]
            entries = [doc.prose[b.start : b.end] for b in rest[1:]]
            if entries and all(  # it closes the article, and every block under it is an entry
                len(e) <= MAX_BOILERPLATE_CHARS and _ENTRY.search(e) for e in entries
            ):
                for b in rest:
                    b.boilerplate = b.boilerplate or reason
            return
        if block.kind == "paragraph" and block.boilerplate is None:
            seen_body = True


_SECTION_HEADING_MAX = 40
# What a reference entry holds: a year, a link, a page, volume or DOI ("Evans, M. (1988).")
_ENTRY = regexcache.compile(
    r"\b(?:1[5-9]|20)\d\d\b|https?://|www\.|\bpp?\.\s*\d|\bvol\.|\bdoi\b", re.I
)


@cache
def _leads(lexicons: Lexicons) -> list[re.Pattern[str]]:
    """The "dateline_lead" patterns: a wire dateline opening the first paragraph."""
    return [
        regexcache.compile(p) for p in lexicons.groups("boilerplate").get("dateline" + _LEAD, [])
    ]


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def mark_boilerplate(doc: Document, lexicons: Lexicons | None = None) -> None:
    """Set ``Block.boilerplate`` in place; fill ``metadata.author`` from a byline and
    ``metadata.date`` from a dateline."""
    patterns = _compiled(lexicons or default_lexicons())
    n = len(doc.blocks)
    seen_headline = _normalise(doc.metadata.title) if doc.metadata.title else None
    first_text: str | None = None
    seen_body = False  # a date heading after a paragraph heads a section ("## June 4, 1989")
    for i, block in enumerate(doc.blocks):
        text = doc.prose[block.start : block.end].strip()
        if (
            i > 0
            and doc.blocks[i - 1].kind == "paragraph"
            and doc.blocks[i - 1].boilerplate is None
        ):
            seen_body = True
        if len(text) > MAX_BOILERPLATE_CHARS:
            if first_text is None:
                first_text = _normalise(text)
            continue
        norm = _normalise(text)
        if i > 0 and norm and norm in (seen_headline, first_text):
            block.boilerplate = "repeated-headline"
            continue
        if first_text is None:
            first_text = norm
        in_tail = i >= n - max(1, n // 3)
        match = None
        for reason, tail, pattern in patterns:
            if tail and not in_tail:
                continue
            match = pattern.fullmatch(text)
            if match:
                block.boilerplate = reason
                break
        if match and block.boilerplate == "byline" and not doc.metadata.author:
            named = match.re.groupindex.get("author")
            author = match.group(named) if named else _BYLINE_PREFIX.sub("", text)
            doc.metadata.author = author.strip()
        elif (
            block.boilerplate == "dateline"
            and not doc.metadata.date
            and not (seen_body and (block.kind == "heading" or not _DATE_LABEL.match(text)))
        ):
            from provlint.detect.dates import full_date  # the date forms live with the detector

            doc.metadata.date = full_date(text, lexicons or default_lexicons())
    _mark_sections(doc, _sections(lexicons or default_lexicons()))
    if not doc.metadata.date:
        _date_from_lead(doc, lexicons or default_lexicons())


def _date_from_lead(doc: Document, lexicons: Lexicons) -> None:
    """Fill ``metadata.date`` from a wire dateline opening the first paragraph ("LONDON, June 3,
    2026 (Reuters) - ..."); the paragraph stays a claim."""
    first = next((b for b in doc.blocks if b.kind == "paragraph" and b.boilerplate is None), None)
    if first is None:
        return
    for pattern in _leads(lexicons):
        m = pattern.match(doc.prose, first.start, first.end)
        if m and "date" in m.re.groupindex:
            from provlint.detect.dates import full_date

            doc.metadata.date = full_date(m.group("date"), lexicons)
            return
