"""Figure sourcing: where does each number in the article come from?

A figure is sourced by an attribution when it sits in the attribution's content or in a
sentence the attribution covers: the figure takes the attribution's source kind (named,
anonymous, or none for agentless ones such as "is estimated to"). Otherwise it is ``carried``
when its sentence continues an attribution of the previous sentence in the same paragraph
("The Guardian reported that ... . The group also paid ..."), ``cited`` when its sentence
carries a link or footnote, and ``none`` when nothing backs it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from provlint.document import Document
from provlint.lexicons import Lexicons
from provlint.model import Attribution, Figure, TextSpan

if TYPE_CHECKING:
    from provlint.analysis import Analysis


@cache
def _continuation(lexicons: Lexicons) -> re.Pattern[str]:
    """Words that mark a sentence as continuing the previous one's report ("also", "in addition")."""
    words = lexicons.alternation("attribution", "continuation")
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


@cache
def _pronoun_subject(lexicons: Lexicons) -> re.Pattern[str]:
    """A sentence opening with a pronoun subject, which refers back to the previous sentence."""
    words = "|".join(
        re.escape(w)
        for w in lexicons.words("sources", "pronoun_person")
        + lexicons.words("sources", "pronoun_group")
    )
    return re.compile(rf"^\W*(?:{words})\b", re.IGNORECASE)


def assign_sourcing(doc: Document, lexicons: Lexicons, analysis: Analysis) -> None:
    """Set ``figure.sourcing`` and ``figure.attribution`` for every figure, in place."""
    figures = analysis.figures
    if not figures:
        return
    atts = analysis.attributions
    by_sentence: dict[int, list[int]] = {}
    for i, a in enumerate(atts):
        by_sentence.setdefault(a.sentence, []).append(i)
    carried = _carried_sentences(doc, lexicons, atts, by_sentence)
    cited = _cited_sentences(doc)
    quotes = [q for q in analysis.quotes if q.speaker is not None]
    for fig in figures:
        idx = _covering(fig, atts, by_sentence.get(fig.sentence, []), doc.prose)
        if idx is None:
            idx = next(
                (q.speaker for q in quotes if q.start <= fig.start and fig.end <= q.end), None
            )
        if idx is not None:
            fig.attribution = idx
            fig.sourcing = _sourcing_of(atts[idx])
        elif fig.sentence in carried:
            fig.attribution = carried[fig.sentence]
            fig.sourcing = "carried"
        elif fig.sentence in cited:
            fig.sourcing = "cited"
        else:
            fig.sourcing = "none"


def _sourcing_of(att: Attribution) -> str:
    """Figure sourcing from an attribution's source kind: agentless attributions source nothing."""
    return att.source_kind if att.source_kind in ("named", "anonymous") else "none"


def _holds(content: TextSpan | None, fig: Figure) -> bool:
    """Whether a content span holds the figure."""
    return content is not None and content.start <= fig.start and fig.end <= content.end


_RELATIVE_GAP = re.compile(r"\s*,?\s*(?:that|which|who|whom)\s+", re.IGNORECASE)


def _covering(
    fig: Figure, atts: list[Attribution], in_sentence: list[int], prose: str
) -> int | None:
    """The attribution that covers a figure: one whose content holds it, preferring one with a
    named or anonymous source, since a sourceless cue ("was announced") can hold a clause that a
    later sourced cue ("according to FEC records") backs.

    An attribution without a content span (a nominal cue like "her report") covers the rest of
    its sentence, and a figure followed by a relative clause whose subject is the source ("the
    1,500 trolls that Al Jazeera says are paid") is what that source reports. A figure in the
    source itself ("87 percent viewing him favorably") or outside
    the content ("Bolton, paid $180,000, said ...") is not backed by that attribution.
    """
    held = [i for i in in_sentence if _holds(atts[i].content, fig)]
    if held:
        return next((i for i in held if _sourcing_of(atts[i]) != "none"), held[0])
    for i in in_sentence:
        a = atts[i]
        if a.source is not None and _RELATIVE_GAP.fullmatch(prose, fig.end, a.source.start):
            return i  # the figure heads a relative clause: "1,500 trolls that Al Jazeera says ..."
    for i in in_sentence:
        a = atts[i]
        if (
            a.content is None
            and fig.start >= a.cue.end
            and (a.source is None or fig.start >= a.source.end)
        ):
            return i
    return None


def _carried_sentences(
    doc: Document, lexicons: Lexicons, atts: list[Attribution], by_sentence: dict[int, list[int]]
) -> dict[int, int]:
    """Sentences without their own attribution that continue a sourced one just before them.

    The previous sentence must be in the same paragraph and carry (or itself carry on) an
    attribution with a named or anonymous source; the sentence must mark continuation: a
    continuation word ("also", "further", "in addition") or a pronoun subject.
    """
    cont = _continuation(lexicons)
    pron = _pronoun_subject(lexicons)
    out: dict[int, int] = {}
    for block in doc.blocks:
        prev_att: int | None = None
        for sent in block.sentences:
            own = [
                i
                for i in by_sentence.get(sent.index, [])
                if atts[i].source_kind in ("named", "anonymous")
            ]
            if own:
                prev_att = own[0]
                continue
            if by_sentence.get(sent.index):
                prev_att = None
                continue
            text = doc.prose[sent.start : sent.end]
            opening = " ".join(
                text.split()[:6]
            )  # a continuation marker belongs to the subject and verb
            if prev_att is not None and (cont.search(opening) or pron.search(text)):
                out[sent.index] = prev_att
            else:
                prev_att = None
    return out


def _cited_sentences(doc: Document) -> set[int]:
    """Sentences that hold a hyperlink or footnote reference.

    A reference placed right after the full stop ("... 300 homes.[^1]") cites the sentence it
    follows, even when the splitter leaves it on its own.
    """
    out: set[int] = set()
    if not doc.links:
        return out
    for block in doc.blocks:
        sents = block.sentences
        for link in doc.links:
            if not (block.start <= link.start < block.end):
                continue
            for k, sent in enumerate(sents):
                if sent.start <= link.start < sent.end or link.start < sent.start < link.end:
                    out.add(sent.index)
                    if k > 0 and not doc.prose[sent.start : link.start].strip():
                        out.add(sents[k - 1].index)  # a reference glued after the previous sentence
    return out
