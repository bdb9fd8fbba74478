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

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cache

from provlint import regexcache
from provlint.detect.fold import FoldedPattern, lowered
from provlint.detect.trie import first_letters, trie_pattern
from provlint.document import Document, Sentence
from provlint.lexicons import Lexicons
from provlint.model import Claim

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from provlint.analysis import Analysis

# A named actor: a capitalised multi-word name that is not the sentence's first word, or an
# acronym ("MEK", "UN"). The capital comes first, so the engine skips other characters fast;
# the lookbehind then checks what precedes it.
_ACTOR = regexcache.compile(
    r"[A-Z](?<=[^\s.!?“\"]\s[A-Z])(?:[\w’'.-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]+)+"
    r"|[A-Z]+\b)"
)
_PAST = regexcache.compile(
    r"ed\b(?<=[a-z]{3}ed)"
)  # a literal first: the engine scans for "ed" fast
_QUESTION = regexcache.compile(r"\?[\s”’\"')\]]*$")


def _any_word(words: list[str]) -> FoldedPattern:
    """Any of ``words`` (a phrase may span white space), whole and in any case."""

    def build(lower: bool) -> str:
        trie = trie_pattern([w.lower() for w in words] if lower else words, fold=False)
        return rf"{first_letters(words)}{'(?:' if lower else '(?i:'}{trie})(?![\w’'])"

    return FoldedPattern(build, words)


@cache
def _markers(lexicons: Lexicons) -> tuple[FoldedPattern, FoldedPattern]:
    """Opinion-marker and event-verb patterns, compiled once per lexicon set."""
    return (
        _any_word(lexicons.words("claims", "opinion")),
        _any_word(lexicons.words("claims", "event_verbs")),
    )


def classify_claims(doc: Document, lexicons: Lexicons, analysis: Analysis) -> list[Claim]:
    """One Claim per sentence, in sentence order.

    Each marker pattern scans the whole prose once; matches are bucketed by sentence.
    """
    opinion, events = _markers(lexicons)
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    prose = doc.prose
    low = lowered(prose)
    quotes = sorted((q.start, q.end) for q in analysis.quotes)
    hits = {
        "opinion": _sentences_hit((s for s, _ in opinion.spans(prose, low)), starts, quotes),
        "actor": _sentences_hit((m.start() for m in _ACTOR.finditer(prose)), starts),
        "past": _sentences_hit((m.start() for m in _PAST.finditer(prose)), starts),
        "fact": {f.sentence for f in analysis.figures} | {d.sentence for d in analysis.dates},
        "reported": {a.sentence for a in analysis.attributions if a.content is not None},
    }
    # irregular event verbs ("said", "paid") matter only where the cheap "-ed" scan found none
    hits["past"] |= {
        i
        for i in hits["actor"] - hits["past"]
        if events.search(prose, low, starts[i], sentences[i].end)
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
    positions: Iterable[int], starts: list[int], quotes: list[tuple[int, int]] | None = None
) -> set[int]:
    """Indices of the sentences holding ``positions`` (those outside ``quotes`` when given)."""
    out: set[int] = set()
    for pos in positions:
        if quotes is None or not _in_quote(quotes, pos):
            out.add(max(bisect_right(starts, pos) - 1, 0))
    return out


_CELL_CLAIM_WORDS = 4  # a table cell with fewer words holds a value or a label


def _kind(doc: Document, s: Sentence, text: str, hits: dict[str, set[int]]) -> tuple[str, bool]:
    """The sentence's kind, and whether it has a named actor together with an event verb."""
    i = s.index
    block = doc.blocks[s.block]
    if block.boilerplate is not None:
        return "boilerplate", False
    if block.kind == "heading":
        return "other", False
    if block.kind == "table_cell" and len(text.split()) < _CELL_CLAIM_WORDS:
        return "other", False  # "| 2024 | 310 |": a label or a value, not a claim
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


_QUOTE_MARKS = frozenset("“\"‘'«")  # a label before a quotation speaks only the quotation


def _attributed_sentences(doc: Document, analysis: Analysis) -> set[int]:
    """Sentences an attribution touches through its sentence index, cue or content span, the
    sentences of a paragraph a transcript label opens ("MALIK: That is wrong. I resigned."),
    and sentences inside a quotation whose speaker is known (a quotation running on over
    several sentences or paragraphs is the speaker's throughout)."""
    out: set[int] = set()
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    spans = [span for a in analysis.attributions for span in (a.cue, a.content) if span is not None]
    spans.extend(q for q in analysis.quotes if q.speaker is not None)
    out.update(a.sentence for a in analysis.attributions)
    for a in analysis.attributions:  # a transcript label speaks its whole paragraph
        if a.cue.text == ":" and a.source is not None:
            block = doc.blocks[sentences[a.sentence].block]
            after = doc.prose[a.cue.end : a.cue.end + 3].lstrip()[:1]
            if a.source.start == block.start and after not in _QUOTE_MARKS:  # not "Jones: “…”"
                out.update(s.index for s in block.sentences)
    for span in spans:
        i = max(bisect_left(starts, span.start + 1) - 1, 0)
        while i < len(sentences) and sentences[i].start < span.end:
            if sentences[i].end > span.start:
                out.add(sentences[i].index)
            i += 1
    return out
