"""Sentence claims: what each sentence does, and whether it needs a source.

Rules, in order (first that applies wins):

1. boilerplate - the sentence's block is boilerplate; a heading (headline, deck, subheading)
   is "other": it sums up claims the body makes, and sources, itself;
2. question - it ends with "?" (closing quotes and brackets ignored);
3. opinion - an opinion or prescription marker of the ``claims`` lexicon ("should",
   "it is vital", "clearly") occurs outside any quotation;
4. factual - it states something checkable: it holds a figure, a time reference, an
   attribution with content (a report of what someone says happened: "Critics say the
   minister knew"), a named actor (a capitalised multi-word name or an acronym that is not
   the sentence's first word) or a past-tense verb (a regular "-ed" verb anywhere; an irregular one from the
   ``event_verbs`` lexicon only in sentences with a named actor, to keep the scan cheap);
5. other.

``checkworthy`` = factual and (a figure, or a time reference, or a named actor together with
an event verb). ``attributed`` = an attribution's cue or content overlaps the sentence (or
names it); ``cited`` = a link or footnote reference lies inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import TYPE_CHECKING

from provlint.detect.dates import first_letters, trie_pattern
from provlint.document import Document, Sentence
from provlint.lexicons import Lexicons
from provlint.model import Claim

if TYPE_CHECKING:
    from provlint.analysis import Analysis

# A named actor: a capitalised multi-word name that is not the sentence's first word, or an
# acronym ("MEK", "UN"). The lookahead first lets the engine skip other positions fast.
_ACTOR = re.compile(
    r"(?=[A-Z])(?<=[^\s.!?“\"]\s)(?:[A-Z][\w’'.-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]+)+"
    r"|[A-Z]{2,}\b)"
)
_PAST = re.compile(r"ed\b(?<=[a-z]{3}ed)")  # a literal first: the engine scans for "ed" fast
_QUESTION = re.compile(r"\?[\s”’\"')\]]*$")


@cache
def _markers(lexicons: Lexicons) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Opinion-marker and event-verb patterns, compiled once per lexicon set."""
    opinion = lexicons.words("claims", "opinion")
    events = lexicons.words("claims", "event_verbs")
    return (
        re.compile(rf"{first_letters(opinion)}(?i:{trie_pattern(opinion, fold=False)})(?![\w’'])"),
        re.compile(rf"{first_letters(events)}(?i:{trie_pattern(events, fold=False)})(?![\w’'])"),
    )


def classify_claims(doc: Document, lexicons: Lexicons, analysis: Analysis) -> list[Claim]:
    """One Claim per sentence, in sentence order.

    Each marker pattern scans the whole prose once; matches are bucketed by sentence.
    """
    opinion, events = _markers(lexicons)
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    prose = doc.prose
    quotes = sorted((q.start, q.end) for q in analysis.quotes)
    hits = {
        "opinion": _sentences_hit(opinion, prose, starts, quotes),
        "actor": _sentences_hit(_ACTOR, prose, starts),
        "past": _sentences_hit(_PAST, prose, starts),
        "fact": {f.sentence for f in analysis.figures} | {d.sentence for d in analysis.dates},
        "reported": {a.sentence for a in analysis.attributions if a.content is not None},
    }
    # irregular event verbs ("said", "paid") matter only where the cheap "-ed" scan found none
    hits["past"] |= {
        i for i in hits["actor"] - hits["past"] if events.search(prose, starts[i], sentences[i].end)
    }
    attributed = _attributed_sentences(doc, analysis)
    links = sorted((k.start, k.end) for k in doc.links)
    out = []
    for s in sentences:
        kind, actor_event = _kind(doc, s, prose[s.start : s.end], hits)
        claim = Claim(s.index, kind, attributed=s.index in attributed, cited=_has_link(links, s))
        claim.checkworthy = kind == "factual" and (s.index in hits["fact"] or actor_event)
        out.append(claim)
    return out


def _sentences_hit(
    pattern: re.Pattern[str],
    prose: str,
    starts: list[int],
    quotes: list[tuple[int, int]] | None = None,
) -> set[int]:
    """Indices of the sentences where ``pattern`` matches (outside ``quotes`` when given)."""
    out: set[int] = set()
    for m in pattern.finditer(prose):
        if quotes is None or not _in_quote(quotes, m.start()):
            out.add(max(bisect_right(starts, m.start()) - 1, 0))
    return out


def _kind(doc: Document, s: Sentence, text: str, hits: dict[str, set[int]]) -> tuple[str, bool]:
    """The sentence's kind, and whether it has a named actor together with an event verb."""
    i = s.index
    block = doc.blocks[s.block]
    if block.boilerplate is not None:
        return "boilerplate", False
    if block.kind == "heading":
        return "other", False
    if _QUESTION.search(text):
        return "question", False
    if i in hits["opinion"]:
        return "opinion", False
    actor = i in hits["actor"]
    past = i in hits["past"]
    if i in hits["fact"] or i in hits["reported"] or actor or past:
        return "factual", actor and past
    return "other", False


def _in_quote(quotes: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_left(quotes, (pos + 1, pos + 1))
    return i > 0 and quotes[i - 1][1] > pos


def _has_link(links: list[tuple[int, int]], s: Sentence) -> bool:
    i = bisect_left(links, (s.start, s.start))
    return i < len(links) and links[i][1] <= s.end and links[i][0] < s.end


def _attributed_sentences(doc: Document, analysis: Analysis) -> set[int]:
    """Sentences an attribution touches through its sentence index, cue or content span."""
    out: set[int] = set()
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    for a in analysis.attributions:
        out.add(a.sentence)
        for span in (a.cue, a.content):
            if span is None:
                continue
            i = max(bisect_left(starts, span.start + 1) - 1, 0)
            while i < len(sentences) and sentences[i].start < span.end:
                if sentences[i].end > span.start:
                    out.add(sentences[i].index)
                i += 1
    return out
