"""Figure sourcing: where does each number in the article come from?

A figure is sourced by an attribution when it sits in the attribution's content or in a
sentence the attribution covers: the figure takes the attribution's source kind (named,
anonymous, or none for agentless ones such as "is estimated to"). A content span is read
with care at both ends: words before a reporting clause set after them ("40 homes flooded,
officials said in a report", "..., an official told reporters by telephone") are reported too, while an aside the writer adds inside a
content ("..., which cost $4 million, ...") is not, nor is a figure in the answer of a polled
share ("47 percent said ..., while 38 percent ..."), nor one measuring a side taken ("voters
backed her by a 40-point margin"). A figure after a clause of evidence that no cue found ("polls
that show Smith above 10 percent", "Forbes put his worth at $4 billion", "the agency's 10-year
outlook") takes the kind of the document, estimator or forecaster, unless its sentence is
carried, in a quotation with a speaker, or cited (below), which say more. Otherwise a figure
is ``carried`` when its
sentence continues a report made just before it ("The Guardian reported that ... . The group
also paid ...", a quotation going on after "..., she said.", the paragraph a "... listed its
costs:" introduces, a quotation a colon introduces), ``cited`` when its sentence carries a
link or footnote, and ``none`` when nothing backs it. An anonymous source that carries a link
("according to <a href=...>minutes of a board meeting</a>") makes its figures ``cited``: the link
names the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from provlint import regexcache
from provlint.detect.sources import (
    classify,
    head_index,
    plural_s,
    singular,
    source_words,
    tokenize,
    walk_left,
)
from provlint.document import Document, Link, Sentence, last_sentence
from provlint.lexicons import Lexicons
from provlint.model import Attribution, Figure, Quote, TextSpan
from provlint.record import record

if TYPE_CHECKING:
    from provlint.analysis import Analysis


@cache
def _lowered(lexicons: Lexicons, name: str, group: str) -> frozenset[str]:
    """One lexicon group as a set of lowercase words, built once per lexicon set."""
    return frozenset(w.lower() for w in lexicons.words(name, group))


@cache
def _continuation(lexicons: Lexicons) -> re.Pattern[str]:
    """Words that mark a sentence as continuing the previous one's report ("also", "in addition")."""
    words = lexicons.alternation("attribution", "continuation")
    return regexcache.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def assign_sourcing(doc: Document, lexicons: Lexicons, analysis: Analysis) -> None:
    """Set ``figure.sourcing`` and ``figure.attribution`` for every figure, in place."""
    figures = analysis.figures
    if not figures:
        return
    atts = analysis.attributions
    by_sentence: dict[int, list[int]] = {}
    disowning = _lowered(lexicons, "reporting_verbs", "disowning")
    negation = _lowered(lexicons, "reporting_verbs", "negation")
    for i, a in enumerate(atts):
        if not _disowns(a, disowning, negation):
            by_sentence.setdefault(a.sentence, []).append(i)
    carried = _carried_sentences(doc, lexicons, atts, by_sentence, analysis.quotes)
    links = _citing_links(doc, lexicons)
    cited = _cited_sentences(doc, links)
    footnoted = _cited_sentences(doc, [link for link in links if link.kind == "footnote"])
    quotes = [q for q in analysis.quotes if q.speaker is not None]
    unspoken = _unspoken_quotes(doc, atts, by_sentence, analysis.quotes)
    sents = doc.sentences
    answering = _answering_groups(atts, figures, doc.prose, lexicons)
    marks: dict[int, _AsideMarks] = {}
    trailing: dict[int, list[tuple[int, int]]] = {}  # sentence -> its trailing reports
    evidence: dict[int, list[_Evidence]] = {}  # sentence -> its clauses of evidence
    prev: Figure | None = None
    for fig in figures:
        restated, prev = prev if _restates(prev, fig, doc.prose, lexicons) else None, fig
        own = [i for i in by_sentence.get(fig.sentence, []) if i not in answering]
        idx = _covering(fig, atts, own, doc.prose, lexicons, marks)
        if idx is None:
            if fig.sentence not in trailing:
                trailing[fig.sentence] = _trailing_reports(
                    atts,
                    by_sentence.get(fig.sentence, []),
                    doc.prose,
                    sents[fig.sentence].start,
                    lexicons,
                )
            idx = next((i for i, lo in trailing[fig.sentence] if fig.end < lo), None)
        if idx is None:
            idx = next(
                (q.speaker for q in quotes if q.start <= fig.start and fig.end <= q.end), None
            )
        found = None
        if idx is None:
            if fig.sentence not in evidence:
                evidence[fig.sentence] = _evidence_clauses(
                    doc, lexicons, sents[fig.sentence], atts, by_sentence.get(fig.sentence, [])
                )
            found = next(
                (
                    (kind, att)
                    for end, kind, tight, att in evidence[fig.sentence]
                    if end <= fig.start
                    and (
                        _AT_VALUE.fullmatch(doc.prose, end, fig.start)
                        if tight
                        else not _writer_aside(doc.prose, end, fig.start, lexicons)
                    )
                ),
                None,
            )
        if idx is not None:
            fig.attribution = idx
            fig.sourcing = _sourcing_of(atts[idx])
            relay = (
                _anonymous_relay(atts, idx, by_sentence, lexicons)
                if fig.sourcing == "named"
                else None
            )
            if relay is not None:  # "The Guardian, citing unnamed diplomats, said"
                fig.attribution, fig.sourcing = relay, "anonymous"
            if fig.sourcing == "anonymous" and _linked(atts[idx].source, links):
                fig.sourcing = "cited"  # "according to <a href=...>minutes of a meeting</a>"
            elif fig.sourcing in ("anonymous", "none") and (
                fig.sentence in footnoted
                or _linked(TextSpan(fig.start, fig.end, ""), links)
                or _linked_evidence(fig.sentence, by_sentence, atts, links, doc.prose)
            ):
                # a footnote, a link on the figure, or on the document the sentence cites
                # ("citing <a>a ministry report</a>", "(<a>data</a>)") backs it more
                fig.sourcing = "cited"
        elif fig.sentence in carried:
            fig.attribution = carried[fig.sentence]
            # "Officials said the council paid ... The council also paid": still anonymous
            fig.sourcing = (
                "anonymous" if _sourcing_of(atts[fig.attribution]) == "anonymous" else "carried"
            )
        elif (near := _in_quote(fig, unspoken)) is not None:
            fig.attribution, fig.sourcing = near
        elif fig.sentence in cited:
            fig.sourcing = "cited"
        elif found is not None:
            # "a new poll showing Smith at 40 percent": no cue found it, or its content ended early
            fig.sourcing, fig.attribution = found
        elif restated is not None:  # "puts the cost at 26 billion krona, or about 1.1% of GDP"
            fig.sourcing, fig.attribution = restated.sourcing, restated.attribution
        else:
            fig.sourcing = "none"


@cache
def _qualifiers(lexicons: Lexicons) -> frozenset[str]:
    """Words that may stand before a count without being part of it ("about", "more than")."""
    return frozenset(
        w.lower()
        for g in ("qualifier_min", "qualifier_max", "qualifier_approx", "qualifier_exact")
        for w in lexicons.words("figures", g)
    )


# Figure kinds that give a share of a polled group ("47 percent", "9 in 10"); a count ("two
# officials said") is often a true source of facts, so only shares count as answering groups.
_GROUP_KINDS = frozenset({"percent"})


def _answering_groups(
    atts: list[Attribution], figures: list[Figure], prose: str, lexicons: Lexicons
) -> set[int]:
    """Attributions whose source is a share of a polled group ("47 percent said they ...",
    "About 9 in 10 voters are ..."): respondents answer a question and back no figure in
    their answer - a second share ("..., while 38 percent ...") or a change ("up from 7 in 10")
    is the pollster's tally or the writer's. The source must open with the share, after at
    most a qualifier ("About"), and end with it or with a plural ("72 percent of tenants"),
    not with a word that leaves the group unnamed ("40 percent of Labour pledges", where the
    cue is a misread noun)."""
    spans = sorted((f.start, f.end) for f in figures if f.kind in _GROUP_KINDS)
    starts = [start for start, _ in spans]
    out: set[int] = set()
    for i, att in enumerate(atts):
        src = att.source
        if src is None:
            continue
        k = bisect_left(starts, src.start)
        if k == len(starts) or starts[k] >= src.end:
            continue
        lead = " ".join(prose[src.start : starts[k]].split()).lower()
        if lead and lead not in _qualifiers(lexicons):
            continue
        words = _WORD.findall(prose[src.start : src.end])
        if not prose[spans[k][1] : src.end].strip() or (words and plural_s(words[-1].lower())):
            out.add(i)
    if out:
        out |= _echoes(atts, out, lexicons)
    return out


def _echoes(atts: list[Attribution], groups: set[int], lexicons: Lexicons) -> set[int]:
    """Attributions inside a group's answer whose source is a pronoun for that group
    ("47 percent said they backed ..."): the same respondents answering."""
    pronouns = {w.lower() for w in lexicons.words("sources", "pronoun_group")}
    out: set[int] = set()
    for j, att in enumerate(atts):
        if att.source is None or att.source.text.lower() not in pronouns:
            continue
        if any(_holds_span(atts[i].content, att.source) for i in groups):
            out.add(j)
    return out


def _holds_span(content: TextSpan | None, span: TextSpan) -> bool:
    """Whether a content span holds another span."""
    return content is not None and content.start <= span.start and span.end <= content.end


def _unspoken_quotes(
    doc: Document, atts: list[Attribution], by_sentence: dict[int, list[int]], quotes: list[Quote]
) -> list[tuple[Quote, int | None, str]]:
    """Quotations no cue gives a speaker to, each with the nearest sourced attribution and the
    sourcing it lends: someone said the quoted words, and a writer names the speaker next to
    them ("Smith issued a statement: '...'", "'...?' / Hannity pressed.").

    The speaker is sought in the quotation's own sentences (a cue outside the marks, taking its
    source kind), then in the sentence just before it, then just after it, within the same or
    the adjacent paragraph (``carried``), but not for a scare quote. A quotation a colon introduces ("Transcript as follows:
    '...'") is ``carried`` with no attribution when none of those has a cue.
    """
    sents = doc.sentences
    out: list[tuple[Quote, int | None, str]] = []
    for q in quotes:
        if q.speaker is not None:
            continue
        first = q.sentence
        last = last_sentence(sents, first, q.end)

        def sourced(si: int, q: Quote = q) -> list[int]:
            return [
                i
                for i in by_sentence.get(si, [])
                if _has_source(atts[i]) and not q.start <= atts[i].cue.start < q.end
            ]

        own = next((c for si in range(first, last + 1) if (c := sourced(si))), None)
        if own:
            out.append((q, own[0], _sourcing_of(atts[own[0]])))
            continue
        if _scare_quote(doc.prose, q):
            continue  # "did “£4 million” of damage": the writer's own words, no one nearby said
        before = sourced(first - 1) if first > 0 else []
        if before and sents[first - 1].block >= sents[first].block - 1:
            out.append((q, before[-1], "carried"))
            continue
        after = sourced(last + 1) if last + 1 < len(sents) else []
        if after and sents[last + 1].block <= sents[last].block + 1:
            out.append((q, after[0], "carried"))
            continue
        if _INTRODUCED.search(doc.prose, max(0, q.start - 8), q.start):
            out.append((q, None, "carried"))  # "Transcript as follows: '...'"
    return out


# A colon right before a quotation: the words before it introduce whose words follow.
_INTRODUCED = regexcache.compile(r":\s*$")


_SCARE_WORDS_MAX = 4


def _scare_quote(prose: str, q: Quote) -> bool:
    """Whether a quotation is a few words a writer sets in marks inside their own sentence (a
    partial quotation of at most four words that no colon introduces)."""
    return (
        q.partial
        and len(prose[q.start : q.end].split()) <= _SCARE_WORDS_MAX
        and not _INTRODUCED.search(prose, max(0, q.start - 8), q.start)
    )


def _in_quote(
    fig: Figure, unspoken: list[tuple[Quote, int | None, str]]
) -> tuple[int | None, str] | None:
    """The attribution and sourcing a figure takes from the unspoken quotation holding it."""
    for q, idx, sourcing in unspoken:
        if q.start <= fig.start and fig.end <= q.end:
            return idx, sourcing
    return None


def _anonymous_relay(
    atts: list[Attribution], idx: int, by_sentence: dict[int, list[int]], lexicons: Lexicons
) -> int | None:
    """The attribution by which the source of attribution ``idx`` only relays someone anonymous
    in the same sentence ("X, citing unnamed diplomats, said ...", "X quoted two officials as
    saying ..."), or None. The relayed party, the relay's content, is what backs the figure."""
    att = atts[idx]
    if att.source is None:
        return None
    words = source_words(lexicons)
    relay = _lowered(lexicons, "attribution", "relay")
    for i in by_sentence.get(att.sentence, []):
        other = atts[i]
        head = other.cue.text.lower().split()[-1]
        if (
            head not in relay
            or other.source is None
            or other.content is None
            or other.source.start != att.source.start
        ):
            continue
        toks = tokenize(other.content.text, other.content.start)
        end = next((k for k, t in enumerate(toks) if t.lower in ("as", "that", ",")), len(toks))
        if not end:
            continue
        head = singular(toks[head_index(toks, 0, end - 1, words)].lower)
        people = head in words.anonymous_head or head in words.title  # not "weak demand"
        if people and classify(toks, 0, end - 1, words) == "anonymous":
            return i
    return None


def _restates(prev: Figure | None, fig: Figure, prose: str, lexicons: Lexicons) -> bool:
    """Whether ``fig`` restates the figure just before it in the same sentence (", or about
    1.1% of GDP", "(about $40)"): the same claim in other units, backed as the first is."""
    if prev is None or prev.sentence != fig.sentence or prev.end > fig.start:
        return False
    return _RESTATING.fullmatch(prose, prev.end, fig.start) is not None


# What joins a figure to its restatement: ", or", an opening bracket or a dash.
_RESTATING = regexcache.compile(r"\s*(?:,\s*or|\(|—|–)\s*")


def _disowns(att: Attribution, disowning: frozenset[str], negation: frozenset[str]) -> bool:
    """Whether a cue disowns its content ("did not confirm", "has never said", "denied"): its
    source is no origin of the figures in it, which stay with whatever else backs them. A
    negated denial ("did not deny", "never disputed") owns them again."""
    words = att.cue.text.lower().replace("n't", " n't").replace("n’t", " n’t").split()
    return any(w in disowning for w in words) != any(w in negation for w in words)


def _sourcing_of(att: Attribution) -> str:
    """Figure sourcing from an attribution's source kind: agentless attributions source nothing."""
    return att.source_kind if _has_source(att) else "none"


def _has_source(att: Attribution) -> bool:
    """Whether an attribution names or describes who reports (not agentless)."""
    return att.source_kind in ("named", "anonymous")


def _holds(content: TextSpan | None, fig: Figure) -> bool:
    """Whether a content span holds the figure."""
    return content is not None and content.start <= fig.start and fig.end <= content.end


_RELATIVE_GAP = regexcache.compile(r"\s*,?\s*(?:that|which|who|whom)\s+", re.IGNORECASE)


def _covering(
    fig: Figure,
    atts: list[Attribution],
    in_sentence: list[int],
    prose: str,
    lexicons: Lexicons,
    marks: dict[int, _AsideMarks],
) -> int | None:
    """The attribution that covers a figure: one whose content holds it, preferring one with a
    named or anonymous source, since a sourceless cue ("was announced") can hold a clause that a
    later sourced cue ("according to FEC records") backs.

    An attribution without a content span (a nominal cue like "her report") covers the rest of
    its sentence, and a figure followed by a relative clause whose subject is the source ("the
    1,500 trolls that Al Jazeera says are paid") is what that source reports, and an "according
    to X" set off by commas in mid-sentence backs the clause on both of its sides. A figure in
    the source itself ("87 percent viewing him favorably"), outside the content ("Bolton, paid
    $180,000, said ...") or in an aside the writer adds inside it ("said the dam, which cost
    $4 million, held") is not backed by that attribution.
    """
    held = [
        i
        for i in in_sentence
        if _holds(atts[i].content, fig) and not _aside(atts[i], fig, prose, lexicons, marks)
    ]
    if held:
        return next((i for i in held if _sourcing_of(atts[i]) != "none"), held[0])
    for i in in_sentence:
        if _set_off(atts[i], prose) and not _inside_attribution(atts[i], fig):
            return i  # "A, according to X, B": X backs both sides
    for i in in_sentence:
        if _opens_sentence(atts[i], fig):
            return i  # "According to the poll, 38 percent said A, while 60 percent said B"
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


# Between a source and its cue in a reporting clause: at most an adverb ("Smith later said").
_TIGHT_GAP = regexcache.compile(r"[ \t]*(?:\w+[ \t]+)?")


@cache
def _clause_end(lexicons: Lexicons) -> re.Pattern[str]:
    """What may follow a reporting clause set after its content: punctuation, maybe after a
    short phrase of place, time or means ("..., she said in an interview on Tuesday.", "...,
    an official said by telephone."), but not a comma that opens a quotation ("..., he said,
    'We ...'")."""
    tail = lexicons.alternation("figures", "report_clause_tail")
    means = lexicons.alternation("figures", "report_clause_means")
    return regexcache.compile(
        rf"[ \t]*(?:(?:{tail}|{means})\b[^,;.:]*)?(?:[,;](?![ \t]*(?:[“\"]|''))|[.:)!?]|$)",
        re.IGNORECASE | re.MULTILINE,
    )


# Most words of the listener a verb like "told" takes before the clause ends ("a press conference").
_OBJECT_WORDS_MAX = 4
_OBJECT_WORD = regexcache.compile(r"[ \t]+([\w'’&-]+)")


def _listener_end(att: Attribution, prose: str, lexicons: Lexicons) -> int | None:
    """Where the listener ends after a verb that takes one as its object ("told reporters",
    "told the Ledger", "told a press conference"): a name, a source noun ("reporters") or an
    occasion ("conference") heads it. None when the cue takes no listener or none follows
    ("told a joke": what was told)."""
    words = _WORD.findall(att.cue.text.lower())
    if not words or words[-1] not in _lowered(lexicons, "reporting_verbs", "listener_object"):
        return None
    src = source_words(lexicons)
    pos, end = att.cue.end, None
    for _ in range(_OBJECT_WORDS_MAX):
        m = _OBJECT_WORD.match(prose, pos)
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if _clause_end(lexicons).match(prose, m.start()):
            break  # the adjunct after the listener: "on Monday", "by telephone"
        if word[0].isupper() or low in src.heads or low in src.occasion:
            end = m.end()
        pos = m.end()
    return end


def _trailing_reports(
    atts: list[Attribution],
    in_sentence: list[int],
    prose: str,
    sent_start: int,
    lexicons: Lexicons,
) -> list[tuple[int, int]]:
    """The reporting clauses of a sentence set after their content by a comma ("Two emails were
    stored, Kennedy wrote in a memo."), as (attribution index, where the clause starts): the
    words before that comma are what the source reports. Found once per sentence, not per
    figure."""
    out: list[tuple[int, int]] = []
    for i in in_sentence:
        a = atts[i]
        if a.cue_type != "verb" or a.source is None or not _has_source(a):
            continue
        if not _reports(a, lexicons):
            continue
        lo = min(a.cue.start, a.source.start)
        while lo > sent_start and prose[lo - 1] in " \t":
            lo -= 1
        hi = max(a.cue.end, a.source.end)
        gap = prose[min(a.cue.end, a.source.end) : max(a.cue.start, a.source.start)]
        if (
            prose[lo - 1 : lo] == ","
            and _TIGHT_GAP.fullmatch(gap)
            and (
                _clause_end(lexicons).match(prose, hi)
                or a.cue.end >= a.source.end
                and (obj := _listener_end(a, prose, lexicons)) is not None
                and _clause_end(lexicons).match(prose, obj)
            )
        ):
            out.append((i, lo))
    return out


@cache
def _aside_relative(lexicons: Lexicons) -> re.Pattern[str]:
    """A non-restrictive relative clause opening an aside: ", which ...", ", in which ..."."""
    rel = lexicons.alternation("figures", "report_aside_relatives")
    prep = lexicons.alternation("figures", "report_aside_prepositions")
    return regexcache.compile(rf",[ \t]+(?:(?:{prep})[ \t]+)?(?:{rel})\b", re.IGNORECASE)


@cache
def _aside_closer(lexicons: Lexicons) -> re.Pattern[str]:
    """The comma that closes a relative aside when the main clause's verb comes back after it
    ("says that Walker, who charges $500 a talk, has lost $9,000"): figures after it are the
    report's again."""
    verbs = lexicons.alternation("figures", "report_aside_closers")
    return regexcache.compile(rf",[ \t]+(?:\w+[ \t]+)?(?:{verbs})\b", re.IGNORECASE)


def _in_relative_clause(att: Attribution, prose: str, lexicons: Lexicons) -> bool:
    """Whether an attribution's source is the pronoun of a relative clause set off by a comma
    ("Smith, who backed the plan, ..."): its content ends with that clause."""
    if att.source is None or att.source.text.lower() not in _lowered(
        lexicons, "figures", "report_aside_relatives"
    ):
        return False
    k = att.source.start
    while k > 0 and prose[k - 1] in " \t":
        k -= 1
    return prose[k - 1 : k] == ","


@cache
def _contrast_subject(lexicons: Lexicons) -> re.Pattern[str]:
    """A figure opening a contrasting clause: ", while 9 percent ...", "; 9 percent ..."."""
    contrast = lexicons.alternation("figures", "report_contrast")
    return regexcache.compile(rf"(?:,[ \t]*(?:{contrast})|;)[ \t]+(?:\w+[ \t]+)?$", re.IGNORECASE)


# A figure opening a clause joined by "and" or a comma: "A said X and 14 percent said Y".
_JOINED_SUBJECT = regexcache.compile(r"(?:[,;]|[ \t]and)[ \t]+(?:\w+[ \t]+)?$", re.IGNORECASE)


@cache
def _speaker_verbs(lexicons: Lexicons) -> frozenset[str]:
    """One-word verbs of saying, thinking and taking a stand: the verb a second group's answer
    opens with ("and 14 percent said ...", ", 32% call themselves ...")."""
    return frozenset(
        w.lower()
        for g in ("speech", "cognition", "stance")
        for w in lexicons.words("reporting_verbs", g)
        if " " not in w
    )


_NEXT_VERB = regexcache.compile(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?\w+[ \t]+)?(\w+)")


def _speaker_verb_after(fig: Figure, prose: str, lexicons: Lexicons) -> bool:
    """Whether the figure is the subject of a finite verb of saying right after it ("14 percent
    said", "44 percent of independents disagreed"; not "investors seeking ...")."""
    m = _NEXT_VERB.match(prose, fig.end)
    if m is None or m.group(1).lower().endswith("ing"):
        return False
    return m.group(1).lower() in _speaker_verbs(lexicons)


def _finds(att: Attribution, lexicons: Lexicons) -> bool:
    """Whether an attribution reports a finding ("the poll showed"), whose content goes on
    through contrasting results ("28 percent back Smith, while 23 percent ...")."""
    words = _lowered(lexicons, "reporting_verbs", "evidence")
    return any(w in words for w in _WORD.findall(att.cue.text.lower()))


_ASIDE_DASH = regexcache.compile(r"[ \t](?:-|--)[ \t]|[—―–]")
_OPENS_QUOTE = regexcache.compile(r"[ \t]*(?:[“\"]|'')")


def _aside(
    att: Attribution, fig: Figure, prose: str, lexicons: Lexicons, known: dict[int, _AsideMarks]
) -> bool:
    """Whether a figure in a verb's content is not what the source reports: an aside the writer
    adds (a relative clause set off by a comma, a dash left open before the figure), the main
    clause after a report made in a relative clause ("Smith, who backed it, gave $500"), a
    measure of a side taken ("backed her by a 40-point margin"), or a second group's answer
    ("most said A, while 9 percent said B"; findings verbs excepted).
    Quoted content is the source's own words, asides included."""
    if att.cue_type not in ("verb", "cognition") or att.content is None:
        return False
    if _OPENS_QUOTE.match(prose, att.content.start):
        return False
    lo, hi = att.content.start, fig.start
    if att.cue.end <= lo:
        lo = att.cue.end
    marks = _aside_marks(att, lo, prose, lexicons, known)
    if marks.relative_end <= hi and not _aside_closer(lexicons).search(
        prose, marks.relative_end, hi
    ):
        return True
    if _in_relative_clause(att, prose, lexicons) and prose.find(",", lo, hi) != -1:
        return True  # "Smith, who backed the plan, gave $500": the main clause goes on
    if marks.act_end <= hi:
        return True  # "voters backed her by a 40-point margin": the margin is the writer's
    # what opens the figure's clause lies just before it: a window keeps this linear
    near = max(lo, hi - _CLAUSE_OPENING_MAX)
    if not _finds(att, lexicons) and (
        _contrast_subject(lexicons).search(prose, near, hi)
        or _JOINED_SUBJECT.search(prose, near, hi)
        and _speaker_verb_after(fig, prose, lexicons)
    ):
        return True  # "most said A, while 9 percent said B": a second group's answer
    return bisect_right(marks.dash_ends, hi) % 2 == 1


def _takes_side(att: Attribution, lexicons: Lexicons) -> bool:
    """Whether an attribution's cue ends in a verb of taking a side ("had previously backed")."""
    words = _WORD.findall(att.cue.text.lower())
    return bool(words) and words[-1] in _lowered(lexicons, "figures", "report_act_verbs")


@cache
def _act_phrase(lexicons: Lexicons) -> re.Pattern[str]:
    """The object of a verb of taking a side, then a comma or a phrase that measures the act
    ("her by a", "Democratic in the last", "the tax, down from"), up to the figure's start."""
    preps = lexicons.alternation("figures", "report_act_phrase")
    return regexcache.compile(
        rf"[ \t]*[\w“\"'][^.;:!?]*?(?:,|(?<![\w-])(?:{preps})(?![\w-]))", re.IGNORECASE
    )


# Most characters between a clause's opening mark and the figure it opens (", while most ...").
_CLAUSE_OPENING_MAX = 80


@record
class _AsideMarks:
    """Where asides start in one attribution's content, found once per attribution rather than
    once per figure (a sentence with many reports and figures was cubic): the end of the first
    relative aside, and the ends of the dashes."""

    relative_end: int
    dash_ends: list[int]
    act_end: int  # end of the measure after a side-taking verb's object ("her by a"), if any


def _aside_marks(
    att: Attribution, lo: int, prose: str, lexicons: Lexicons, known: dict[int, _AsideMarks]
) -> _AsideMarks:
    """The marks of ``att``'s content from ``lo`` on, kept in ``known`` (one document's, by
    the attribution's id: the document's attributions all live while it is sourced)."""
    marks = known.get(id(att))
    if marks is None:
        end = att.content.end if att.content is not None else lo
        m = _aside_relative(lexicons).search(prose, lo, end)
        act = (
            _act_phrase(lexicons).match(prose, att.cue.end, max(end, att.cue.end))
            if _takes_side(att, lexicons)
            else None
        )
        marks = _AsideMarks(
            m.end() if m else len(prose) + 1,
            [d.end() for d in _ASIDE_DASH.finditer(prose, lo, end)],
            act.end() if act else len(prose) + 1,
        )
        known[id(att)] = marks
    return marks


@cache
def _evidence_clause(lexicons: Lexicons) -> re.Pattern[str]:
    """A document and, a few words on in the same clause, the verb of what it shows: "the poll
    found", "polls that show", "a survey of voters released Monday shows", "a new poll showing".
    Group 1 is the document noun."""
    nouns = lexicons.alternation("figures", "report_evidence_subjects")
    verbs = lexicons.alternation("figures", "report_evidence_verbs")
    return regexcache.compile(
        rf"(?<![\w-])({nouns})(?![\w-])[^.;:!?\n]{{0,{_EVIDENCE_GAP}}}?(?<![\w-])(?:{verbs})(?![\w-])",
        re.IGNORECASE,
    )


# Most characters between a document noun and its verb ("survey of those 18 to 35 years old shows").
_EVIDENCE_GAP = 80
_OPENING = regexcache.compile(r"[\s“\"'‘(]*")


@cache
def _estimate_clause(lexicons: Lexicons) -> re.Pattern[str]:
    """A word of estimating and, in the same clause, the "at" that gives the value: "Forbes put
    his net worth at", "the agency's estimate of growth steady at". Group 1 is the word."""
    words = lexicons.alternation("figures", "report_estimate_words")
    return regexcache.compile(
        rf"(?<![\w-])({words})(?![\w-])[^.;:!?,\n]{{0,{_EVIDENCE_GAP}}}?(?<![\w-])at(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _forecast_clause(lexicons: Lexicons) -> re.Pattern[str]:
    """A forecast and its owner, a possessive ("the agency's 10-year outlook") or a possessive
    pronoun ("its growth forecast"), whose kind is taken as named, as a pronoun points back to
    someone the article named. Group 1 is the possessive, None for a pronoun."""
    nouns = lexicons.alternation("figures", "report_forecast_nouns")
    owners = lexicons.alternation("figures", "report_forecast_owners")
    return regexcache.compile(
        rf"(?:(\w[\w.&-]*['’]s?)|(?<![\w-])(?:{owners}))[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
        rf"(?:{nouns})(?![\w-])",
        re.IGNORECASE,
    )


# Between the "at" of an estimate and its figure: at most two words ("at a solid 50 percent").
_AT_VALUE = regexcache.compile(r"\s+(?:(?i:an?|the)\s+)?(?:[\w-]+\s+)?")  # not "at home cost"


@cache
def _concession_before(lexicons: Lexicons) -> re.Pattern[str]:
    """A word that makes the phrase after it a side remark ("Despite his outlook, ...")."""
    words = lexicons.alternation("figures", "report_concession")
    return regexcache.compile(rf"(?<![\w-])(?:{words})(?![\w-])[^,]*$", re.IGNORECASE)


@cache
def _preposition_next(lexicons: Lexicons) -> re.Pattern[str]:
    """A preposition as the next word ("showing | in the polls")."""
    preps = lexicons.alternation("figures", "report_aside_prepositions")
    return regexcache.compile(rf"\s+(?:{preps})(?![\w-])", re.IGNORECASE)


# A clause of evidence: the end of its verb, the source kind, whether only the figure right
# after it is backed, and the attribution whose cue is that verb, if any.
_Evidence = tuple[int, str, bool, int | None]


def _evidence_clauses(
    doc: Document,
    lexicons: Lexicons,
    sent: Sentence,
    atts: list[Attribution],
    in_sentence: list[int],
) -> list[_Evidence]:
    """The clauses of evidence in a sentence, as (end of the verb,
    the source kind of the document, whether only the figure right after it is backed, the
    attribution whose cue is the verb): the
    figures after the verb are what the document shows ("Polls show Smith up by 10 points"). The
    noun is lowercase unless it opens the sentence ("Research Center" is a name), and a comma
    before the verb must close an aside right before it ("A poll, taken in May, shows"), so that
    a noun use ("his worst showing") is no verb. An estimate ("Forbes put his worth at $4
    billion") backs the figure right after its "at" when a source stands before its word, or the
    word is a noun that ends a source ("the agency's estimate"). When a sourced attribution's
    cue is the clause's verb ("A poll ... conducted by Roe & Kim found 58% opposed, while 34%
    ..."), its source, not the document noun alone, gives the kind, and a figure the clause
    backs past the attribution's content takes that attribution."""
    prose = doc.prose
    out: list[_Evidence] = []
    for m in _evidence_clause(lexicons).finditer(prose, sent.start, sent.end):
        noun_start = m.start(1)
        if prose[noun_start].isupper() and not _OPENING.fullmatch(prose, sent.start, noun_start):
            continue
        verb = prose.rfind(" ", m.start(), m.end()) + 1
        if prose[verb : m.end()].lower().endswith("ing") and _preposition_next(lexicons).match(
            prose, m.end(), sent.end
        ):
            continue  # "his average showing in the polls": a noun, followed by a preposition
        gap = prose[m.end(1) : verb]
        if "," in gap and not gap.rstrip().endswith(","):
            continue
        att = next(
            (
                i
                for i in in_sentence
                if _has_source(atts[i]) and atts[i].cue.start < m.end() and verb < atts[i].cue.end
            ),
            None,
        )
        if att is not None:
            out.append((m.end(), atts[att].source_kind, False, att))
            continue
        kind = _source_kind(prose, sent.start, m.end(1), lexicons) or "anonymous"
        out.append((m.end(), kind, False, None))
    for m in _forecast_clause(lexicons).finditer(prose, sent.start, sent.end):
        if prose.startswith(",", m.end()) and _concession_before(lexicons).search(
            prose, max(sent.start, m.start() - 40), m.start()
        ):
            continue  # "Despite his bleak outlook, he gave $40 million": another clause's figure
        kind = (
            "named" if m.group(1) is None else _source_kind(prose, sent.start, m.end(1), lexicons)
        )
        if kind is not None:
            out.append((m.end(), kind, False, None))
    for m in _estimate_clause(lexicons).finditer(prose, sent.start, sent.end):
        kind = _source_kind(prose, sent.start, m.end(1), lexicons) or _source_kind(
            prose, sent.start, m.start(1), lexicons
        )
        if kind is not None:
            out.append((m.end(), kind, True, None))
    return out


_SOURCE_WINDOW = 300  # characters before a clause's noun searched for its source


def _source_kind(prose: str, sent_start: int, end: int, lexicons: Lexicons) -> str | None:
    """ "named" or "anonymous": the kind of the source noun phrase that ends at ``end`` ("the Fox
    News poll", "Forbes" are named, "polls" and "a new survey" anonymous); None when no source
    ends there or only a pronoun does, whose kind is another phrase's."""
    words = source_words(lexicons)
    start = max(sent_start, end - _SOURCE_WINDOW)  # a noun phrase is short: keep this linear
    toks = tokenize(prose[start:end], start)
    np = walk_left(toks, len(toks) - 1, words) if toks else None
    if np is None:
        return None
    kind = classify(toks, np[0], np[1], words)
    return kind if kind in ("named", "anonymous") else None


def _writer_aside(prose: str, lo: int, hi: int, lexicons: Lexicons) -> bool:
    """Whether the writer's own aside opens between a clause's verb and a figure: a relative
    clause set off by a comma (", where 18 votes are at stake") or a dash left open."""
    m = _aside_relative(lexicons).search(prose, lo, hi)
    if m is not None and not _aside_closer(lexicons).search(prose, m.end(), hi):
        return True
    return sum(1 for _ in _ASIDE_DASH.finditer(prose, lo, hi)) % 2 == 1


def _opens_sentence(att: Attribution, fig: Figure) -> bool:
    """An "according to X" (or "in X poll") heading its content backs the sentence to its end,
    past a second reported clause that cut its content span short."""
    if att.cue_type != "according_to" or att.content is None or not _has_source(att):
        return False
    heads = att.cue.end <= att.content.start and (
        att.source is None or att.source.end <= att.content.start
    )
    return heads and fig.start >= att.content.end


def _set_off(att: Attribution, prose: str) -> bool:
    """An "according to" phrase set off by commas inside its sentence ("Since May, according to
    the agency, 40 homes flooded"): the content runs on both sides of it, while the attribution
    keeps only one of them as its content span."""
    if att.cue_type != "according_to" or att.source is None or att.content is None:
        return False
    lo, hi = min(att.cue.start, att.source.start), max(att.cue.end, att.source.end)
    while lo > 0 and prose[lo - 1] in " \t":
        lo -= 1
    while hi < len(prose) and prose[hi] in " \t":
        hi += 1
    return prose[lo - 1 : lo] == "," and prose[hi : hi + 1] == ","


def _inside_attribution(att: Attribution, fig: Figure) -> bool:
    """Whether a figure lies in the attribution's own cue or source."""
    return any(
        span.start <= fig.start < span.end for span in (att.cue, att.source) if span is not None
    )


def _next_item(doc: Document, listed: int, sent: Sentence) -> bool:
    """Whether ``sent`` opens the list item (or table cell) right after the introduced one
    ``listed``: a colon introduces the whole list ("The audit listed the overruns:" / "- $40m
    ..." / "- $12m ...") or table ("..., according to Opta:" / "| Possession | 39% |")."""
    return (
        listed >= 0
        and sent.block == listed + 1
        and doc.blocks[listed].kind in _LISTED_KINDS
        and doc.blocks[sent.block].kind == doc.blocks[listed].kind
    )


_LISTED_KINDS = frozenset({"list_item", "table_cell"})  # blocks a colon introduces together


def _carried_sentences(
    doc: Document,
    lexicons: Lexicons,
    atts: list[Attribution],
    by_sentence: dict[int, list[int]],
    quotes: list[Quote],
) -> dict[int, int]:
    """Sentences without their own attribution that continue a sourced report just before them.

    The previous sentence must carry (or itself carry on) a report - a verb of saying or
    finding, or "according to" - with a named or anonymous source. A sentence in the same
    paragraph continues it when a continuation word ("also", "in addition") opens it after a
    subject the report was about ("... reported the firm paid ... . The firm also paid ..."); a
    quotation nobody is said to speak continues it when it opens the sentence, even in the
    next paragraph ("..." she said. / "More of her words."), and so do the further sentences
    that quotation spans. A sentence with a sourced attribution that ends in a colon introduces
    the next sentence and the rest of its paragraph ("The council listed its costs:"), or the
    list after it, whatever its cue.
    """
    cont = _continuation(lexicons)
    openers = _quote_openers(doc, quotes)
    out: dict[int, int] = {}
    prev_att: int | None = None
    prev_block = -1
    quote_end = -1  # end of a carried quotation still running
    colon = False  # the previous sentence introduced what follows with a colon
    listed = -1  # the block that a colon introduced
    labelled = -1  # the block a speaker's label opens ("REYES: No. The rule allows it. ...")
    for sent in doc.sentences:
        new_block = sent.block != prev_block
        prev_block = sent.block
        own = [i for i in by_sentence.get(sent.index, []) if _has_source(atts[i])]
        if own:
            prev_att = own[0]
            quote_end = -1
            colon = doc.prose[sent.start : sent.end].rstrip().endswith(":")
            listed = -1
            labelled = sent.block if _speaker_label(atts[own[0]], doc, sent) else -1
            continue
        if sent.block == labelled and prev_att is not None:
            out[sent.index] = prev_att  # the label's speaker says the whole paragraph
            continue
        if by_sentence.get(sent.index):
            prev_att = None
            continue
        if prev_att is not None and (
            colon or sent.block == listed or _next_item(doc, listed, sent)
        ):
            colon = False
            listed = sent.block
            out[sent.index] = prev_att  # what a sentence ending in a colon introduced
            continue
        colon = False
        listed = -1
        if prev_att is None or not _reports(atts[prev_att], lexicons):
            prev_att = None
            continue
        if sent.start < quote_end:
            out[sent.index] = prev_att  # inside a carried quotation
            continue
        opener = openers.get(sent.index)
        if opener is not None:
            out[sent.index] = prev_att
            quote_end = opener
            continue
        if new_block:
            prev_att = None
            continue
        text = doc.prose[sent.start : sent.end]
        opening = " ".join(
            text.split()[:6]
        )  # a continuation marker belongs to the subject and verb
        marker = cont.search(opening)
        subject = opening[: marker.start()] if marker else ""
        if marker and not _WORD.search(subject):  # "In addition, the firm paid ..."
            subject = opening[marker.end() :]
        if marker and _same_subject(subject, atts[prev_att], doc.prose):
            out[sent.index] = prev_att
        else:
            prev_att = None
    return out


def _speaker_label(att: Attribution, doc: Document, sent: Sentence) -> bool:
    """Whether ``att`` is a transcript label opening the paragraph of ``sent`` ("REYES: ...")."""
    block = doc.blocks[sent.block]
    return (
        att.cue.text == ":"
        and att.source is not None
        and att.source.start == block.start
        and sent.start == block.start
    )


# Shortest word of a subject that can name what a report was about ("firm", not "the", "it");
# an acronym of any length names something ("The UN also paid").
_SUBJECT_WORD_MIN = 4


def _same_subject(subject: str, att: Attribution, prose: str) -> bool:
    """Whether the words before a continuation marker name something the report was about
    ("... reported the firm paid $20,000. The firm also paid ..."): a sentence going on about
    someone else ("The museum also waived ...", "He also benefited ...") is the writer's own."""
    if att.content is None:
        return False
    content = prose[att.content.start : att.content.end]
    words = {w for w in _stems(subject) if len(w) >= _SUBJECT_WORD_MIN}
    if not words.isdisjoint(_stems(content)):
        return True
    acronyms = {w for w in _WORD.findall(subject) if len(w) > 1 and w.isupper()}  # "The UN"
    return not acronyms.isdisjoint(_WORD.findall(content))  # as written: "US" is no "us"


_POSSESSIVE = regexcache.compile(r"['’]s$")


def _stems(text: str) -> set[str]:
    """The lower-cased words of a text, a possessive "'s" dropped ("the firm's owner")."""
    return {_POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(text)}


def _quote_openers(doc: Document, quotes: list[Quote]) -> dict[int, int]:
    """Sentences that open with a quotation nobody in them is said to speak, with the
    quotation's end; a sentence opening with a mark the quotation detector left unpaired (the
    doubled apostrophe of some archives) is a quotation to its own end."""
    out: dict[int, int] = {}
    starts = {s.start: s.index for s in doc.sentences}
    prose = doc.prose
    for q in quotes:
        if q.speaker is not None:
            continue
        k = q.start
        while k > 0 and prose[k - 1] in " \t":
            k -= 1
        idx = starts.get(k, starts.get(q.start))
        if idx is not None:
            out[idx] = q.end
    for sent in doc.sentences:
        if sent.index not in out and _OPENING_MARK.match(prose, sent.start, sent.end):
            out[sent.index] = sent.end
    return out


# A quotation mark opening a sentence, the doubled apostrophe of some archives included.
_OPENING_MARK = regexcache.compile(r"\s*(?:[“\"]|'')")
_WORD = regexcache.compile(r"[\w’']+")


@cache
def _report_words(lexicons: Lexicons) -> frozenset[str]:
    """Verbs of saying and of documents' findings: the cues whose report a next sentence carries on."""
    return frozenset(
        w.lower()
        for g in ("speech", "evidence")
        for w in lexicons.words("reporting_verbs", g)
        if " " not in w
    )


def _reports(att: Attribution, lexicons: Lexicons) -> bool:
    """Whether an attribution reports what was said or found ("said", "according to", "the poll
    shows"), not a belief or an act ("voted against", "recognizes"), which a next sentence does
    not continue as a source."""
    if att.cue_type == "according_to":
        return True
    words = _report_words(lexicons)
    return any(w in words for w in _WORD.findall(att.cue.text.lower()))


def _citing_links(doc: Document, lexicons: Lexicons) -> list[Link]:
    """The document's links and footnote references that can cite (see :func:`_cites`)."""
    host = urlsplit(doc.metadata.url or "").netloc.lower()
    return [link for link in doc.links if _cites(link, host, lexicons)]


def _linked_evidence(
    sentence: int,
    by_sentence: dict[int, list[int]],
    atts: list[Attribution],
    links: list[Link],
    prose: str,
) -> bool:
    """Whether a sentence links the document it cites: a link on the source or the content of
    one of its attributions ("citing <a>a ministry report</a>", "as <a>video footage</a>
    shows"), or a link that is a whole bracketed aside right after a content ("(<a>data</a>)")."""
    for i in by_sentence.get(sentence, []):
        a = atts[i]
        if _linked(a.source, links) or a.cue_type == "according_to" and _linked(a.content, links):
            return True
        if a.content is None:
            continue
        end = a.content.end
        for link in links:
            if (
                end <= link.start <= end + _ASIDE_GAP
                and prose[link.start - 1 : link.start] == "("
                and prose[link.end : link.end + 1] == ")"
            ):
                return True
    return False


_ASIDE_GAP = 3  # characters between a content's end and a bracketed link: " (" or "("


def _linked(span: TextSpan | None, links: list[Link]) -> bool:
    """Whether a source span carries a citing link: the link names the document the source
    describes ("according to <a href=...>minutes of a board meeting</a>")."""
    return span is not None and any(
        link.start < span.end and span.start < link.end for link in links
    )


def _cited_sentences(doc: Document, links: list[Link]) -> set[int]:
    """Sentences that hold one of the citing ``links`` (a hyperlink or footnote reference).

    A reference placed right after the full stop ("... 300 homes.[^1]") cites the sentence it
    follows, even when the splitter leaves it on its own.
    """
    out: set[int] = set()
    if not links:
        return out
    for block in doc.blocks:
        sents = block.sentences
        for link in links:
            if not (block.start <= link.start < block.end):
                continue
            for k, sent in enumerate(sents):
                if sent.start <= link.start < sent.end or link.start < sent.start < link.end:
                    if (
                        k > 0
                        and link.kind == "footnote"
                        and not doc.prose[sent.start : link.start].strip()
                    ):
                        out.add(sents[k - 1].index)  # a reference glued after the previous sentence
                    else:
                        out.add(sent.index)
    return out


_NOT_SOURCES = ("mailto", "tel", "javascript")  # link schemes that point at no document


def _cites(link: Link, host: str, lexicons: Lexicons) -> bool:
    """Whether a link can cite: a footnote, or a link to a document, not to the site's own
    navigation ("/topics/korvask", "/authors/jane-roe": relative, or on the article's own
    ``host``) or a place on the same page. Another site's "/topics/" page is a document."""
    if link.kind == "footnote":
        return True
    url = urlsplit(link.target.strip())
    if url.scheme.lower() in _NOT_SOURCES or not (url.netloc or url.path):
        return False
    if url.netloc and url.netloc.lower() != host:
        return True
    first = url.path.strip("/").split("/", 1)[0].lower()
    return first not in _lowered(lexicons, "attribution", "navigation_path")
