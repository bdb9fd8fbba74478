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
        if group.endswith((_LEAD, _SECTION, _RUN)):
            continue  # see _leads, _sections and _runs
        tail = group.endswith("_tail")
        reason = group[: -len("_tail")] if tail else group
        for p in patterns:
            out.append((reason, tail, regexcache.compile(p)))
    return out


_LEAD = "_lead"  # groups matching the start of the first paragraph, not a whole block
_SECTION = "_section"  # groups matching the heading of a closing section (references, notes)
_RUN = "_run"  # groups matching a block that is boilerplate only in a run (reference entries)


@cache
def _runs(lexicons: Lexicons) -> list[tuple[str, re.Pattern[str]]]:
    """The "_run" patterns, with the reason their blocks get ("footnote")."""
    return [
        (group[: -len(_RUN)], regexcache.compile(p))
        for group, patterns in lexicons.groups("boilerplate").items()
        if group.endswith(_RUN)
        for p in patterns
    ]


_LABEL = regexcache.compile(r"\[[^\]]{1,21}\]")


def _mark_runs(doc: Document, runs: list[tuple[str, re.Pattern[str]]]) -> None:
    """Mark reference entries ("[1] IMF Article IV consultation, 2024."): a block matching a
    "_run" pattern is boilerplate when its label is cited elsewhere ("rose.[1]"), or when it
    stands among other entries (a footnote already marked counts) and carries a year, link,
    page or DOI. A paragraph that merely opens with "[1]" is neither."""
    if not runs or "[" not in doc.prose:
        return
    cited: dict[str, list[int]] = {}
    for link in doc.links:
        if link.kind == "footnote":
            cited.setdefault(link.target, []).append(link.start)
    entries: list[tuple[int, str | None]] = []  # (block index, reason) of each entry
    for i, block in enumerate(doc.blocks):
        text = doc.prose[block.start : block.end]
        if block.boilerplate == "footnote":
            entries.append((i, None))
        elif block.boilerplate is None and len(text) <= MAX_BOILERPLATE_CHARS:
            reason = next((r for r, p in runs if p.fullmatch(text)), None)
            if reason is not None:
                entries.append((i, reason))
    for k, (i, reason) in enumerate(entries):
        if reason is None:
            continue
        block = doc.blocks[i]
        text = doc.prose[block.start : block.end]
        label = _LABEL.match(text)
        in_run = (k > 0 and entries[k - 1][0] == i - 1) or (
            k + 1 < len(entries) and entries[k + 1][0] == i + 1
        )
        if (
            label is not None
            and any(not block.start <= at < block.end for at in cited.get(label.group(), ()))
        ) or (in_run and _ENTRY.search(text)):
            block.boilerplate = reason


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
        if match and block.boilerplate == "byline":
            if not doc.metadata.author:
                doc.metadata.author = _byline_author(doc, i, match, text)
            if not doc.metadata.date and any(c.isdigit() for c in text):
                from provlint.detect.dates import full_date

                # "By Sofia Lindqvist, 2 February 2025": the byline carries the date
                doc.metadata.date = full_date(text, lexicons or default_lexicons())
        elif (
            block.boilerplate == "dateline"
            and not doc.metadata.date
            and not (seen_body and (block.kind == "heading" or not _DATE_LABEL.match(text)))
        ):
            from provlint.detect.dates import full_date  # the date forms live with the detector

            doc.metadata.date = full_date(text, lexicons or default_lexicons())
    _mark_sections(doc, _sections(lexicons or default_lexicons()))
    _mark_runs(doc, _runs(lexicons or default_lexicons()))
    if not doc.metadata.date:
        _date_from_lead(doc, lexicons or default_lexicons())


# A name line of its own above a signature's role line ("Parisa Nouri" over "Spokeswoman,
# National Liberation Council"): two to four capitalised words.
_NAME_LINE = regexcache.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")


def _byline_author(doc: Document, i: int, match: re.Match[str], text: str) -> str:
    """The author a byline block names: its group "author" (the name without the role or the
    outlet), else the text after "By". A signature's one-word role ("Spokeswoman, National
    Liberation Council") yields to a name on the line just above it ("Parisa Nouri"), which is
    then part of the byline."""
    named = match.re.groupindex.get("author")
    author = (match.group(named) if named else _BYLINE_PREFIX.sub("", text)).strip()
    if i and " " not in author and not _BYLINE_PREFIX.match(text):
        above = doc.blocks[i - 1]
        name = doc.prose[above.start : above.end].strip()
        gap = doc.source[
            doc.source_span(above.start, above.end).end : doc.source_span(
                doc.blocks[i].start, doc.blocks[i].end
            ).start
        ]
        if above.boilerplate is None and _NAME_LINE.fullmatch(name) and gap.count("\n") == 1:
            above.boilerplate = "byline"
            return name
    return author


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
