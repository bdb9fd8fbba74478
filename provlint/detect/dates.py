"""Time references: calendar dates, partial dates, weekdays, decades and vague expressions.

Every pattern is compiled once per :class:`Lexicons` from the ``time`` lexicon and run over
the whole prose; candidates are then resolved greedily (earliest, then longest, then the
most precise form first) so spans never overlap, and mapped to their sentence. Values are
resolved against ``doc.metadata.date`` when the article's date is known.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from provlint import regexcache
from provlint.detect.fold import FoldedPattern, lowered
from provlint.detect.trie import first_words, trie_pattern
from provlint.document import Document
from provlint.lexicons import Lexicons
from provlint.model import TimeRef
from provlint.record import record

try:  # the C types themselves: Python 3.11's datetime.py first defines pure-Python copies
    from _datetime import date, timedelta
except ImportError:  # pragma: no cover - not CPython
    from datetime import date, timedelta

_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_END = r"(?![\w])"
_RANK = {"day": 0, "month": 1, "day_month": 2, "decade": 3, "year": 4, "weekday": 5, "vague": 6}


@record(frozen=True, slots=False)
class _Patterns:
    """The date patterns and word tables built from the lexicons, once per lexicon set."""

    digits: re.Pattern[str]  # forms that start with a digit
    month: re.Pattern[str]  # forms that start with a month name
    weekday: re.Pattern[str]
    words: FoldedPattern  # vague phrases, relative expressions ("last week"), "two years ago"
    lead_on: re.Pattern[str]  # "on", "on Monday," before a date
    lead_prep: re.Pattern[str]  # a preposition before a month or year (required for bare ones)
    lead_article: re.Pattern[str]
    lead_decade: re.Pattern[str]
    lead_weekday: re.Pattern[str]
    lead_back: re.Pattern[str]
    lead_count: re.Pattern[str]
    weekday_name: re.Pattern[str]  # "Sunday Times", "Friday Prayer"
    months: dict[str, int]
    weekdays: dict[str, int]
    day_offset: dict[str, int]  # "yesterday" -1, "today" 0, "tomorrow" 1
    lead_offset: dict[str, int]  # "last" -1, "earlier this" 0, "next" 1 (before "year", "month")
    noun_after: re.Pattern[str]
    stop: frozenset[str]
    collective: frozenset[str]
    casualty: frozenset[str]
    prev_word: re.Pattern[str]
    future: re.Pattern[str]  # a word that puts a sentence in the future ("will", "is due to")
    scheduled: re.Pattern[str]  # "Applications open (on)" right before a date
    scheduled_not_after: frozenset[str]  # "was open on", "the start on"
    clause_lead: frozenset[str]  # "that": after "said" it opens a clause
    clause_verbs: frozenset[str]  # verbs of saying and thinking ("said that winter crop ...")
    clause_start: frozenset[str]  # "the", "he": a clause that starts after "that night"
    nth_lead: re.Pattern[str]  # "on the" before "14th"
    nth_followers: frozenset[str]  # lowercase words that may follow "on the 14th"
    quarters: dict[str, int]  # "third" -> 3
    edge_offset: dict[str, int]  # "the" 0, "last" -1, "next" 1 in "the end of last year"
    edge_words: frozenset[str]  # "start", "end"
    numbers: dict[str, int]  # "two" -> 2
    vague: frozenset[str]  # "at the time", "recently"
    lead_part: re.Pattern[str]  # "in the second half of" before a month or year
    range: re.Pattern[str]  # "20 to 30 April", "April 20-30"
    lead_range: re.Pattern[str]  # "between", "from" before a range
    range_and: frozenset[str]  # "and": joins a range's days only after "range_lead_and"
    range_lead_and: frozenset[str]  # "between"
    vague_event: re.Pattern[str]  # "of the offence" after "at the time": the event names the time


def _keyed(lexicons: Lexicons, prefix: str) -> dict[str, int]:
    """Word -> number for the ``month_N`` / ``weekday_N`` groups of the time lexicon."""
    out: dict[str, int] = {}
    for group, words in lexicons.groups("time").items():
        if group.startswith(prefix) and group[len(prefix) :].isdigit():
            for w in words:
                out[w.lower()] = int(group[len(prefix) :])
    return out


def _offsets(lexicons: Lexicons, prefix: str, default: int | None = None) -> dict[str, int]:
    """Phrase -> -1, 0 or 1 from the ``<prefix>_previous``, ``_current`` and ``_following``
    groups of the time lexicon; with ``default``, the ``<prefix>`` group's other phrases too."""
    out = (
        {w.lower(): default for w in lexicons.words("time", prefix)} if default is not None else {}
    )
    for offset, name in ((-1, "previous"), (0, "current"), (1, "following")):
        for w in lexicons.words("time", f"{prefix}_{name}"):
            out[w.lower()] = offset
    return out


def _names(lexicons: Lexicons, prefix: str) -> list[str]:
    groups = lexicons.groups("time")
    return [
        w
        for g, ws in groups.items()
        if g.startswith(prefix) and g[len(prefix) :].isdigit()
        for w in ws
    ]


@cache
def _patterns(lexicons: Lexicons) -> _Patterns:
    """Compile the date forms once per lexicon set. Each scan pattern starts with a distinctive
    token (a digit, a month, a weekday, a lexicon word) so the engine skips most positions;
    what may precede a date ("on", "in", "back in", "the early") is checked afterwards on a
    short window before the match."""
    month = "(?:" + trie_pattern(_names(lexicons, "month_"), fold=False) + ")(?![\\w])"
    wday = "(?:" + trie_pattern(_names(lexicons, "weekday_"), fold=False) + ")"
    words = lambda group: trie_pattern(lexicons.words("time", group))  # noqa: E731
    prep = f"(?:{words('prepositions')})"
    numw = _count_words(lexicons.words("number_words"))
    digits = (
        rf"(?P<iso>\d{{4}}-[01]\d-[0-3]\d){_END}"
        rf"|(?P<slash>[0-3]?\d/[01]?\d/(?:\d\d)?\d\d){_END}"
        rf"|(?P<dm>{_DAY}\s+(?:of\s+)?{month})(?P<dmy>,?\s+{_YEAR}{_END})?"
        rf"|(?P<nth>{_DAY[:-1]}){_END}(?!\s+of\s)"
        rf"|(?P<decade>(?:1\d|20)\d0[’']?s){_END}"
        rf"|(?P<year>{_YEAR}){_END}(?![-–/.,]?\d)"
    )
    month_forms = rf"(?P<m>{month})(?:(?P<md>\s+{_DAY}{_END})(?P<mdy>,?\s+{_YEAR}{_END})?|(?P<my>,?\s+{_YEAR}{_END}))?"
    names = trie_pattern(lexicons.words("time", "names_after_weekday"), fold=False)
    stop = frozenset(w.lower() for w in lexicons.words("figures", "noun_stop"))
    collective = frozenset(w.lower() for w in lexicons.words("figures", "collective_nouns"))
    return _Patterns(
        # The digit first, then a lookbehind whose lookahead runs the forms from it (group
        # "all"): the engine skips non-digits fast, but tries every digit (see _digit_forms).
        digits=regexcache.compile(rf"\d(?<=(?=(?P<all>{digits}))[\s\S])"),
        month=regexcache.compile(month_forms),
        weekday=regexcache.compile(rf"(?P<w>{wday})s?{_END}"),
        words=FoldedPattern(
            lambda lower: _word_forms_pattern(lexicons, lower),
            [w for g in _WORD_GROUPS + _EXTRA_WORDS for w in lexicons.words("time", g)]
            + _names(lexicons, "quarter_")
            + lexicons.words("number_words"),
        ),
        lead_on=regexcache.compile(rf"(?<![\w])(?:[Oo]n\s+)?(?:{wday},?\s+)?$"),
        lead_prep=regexcache.compile(rf"(?<![\w])(?:(?i:back)\s+)?{prep}\s+$"),
        lead_article=regexcache.compile(r"(?<![\w])(?:[Aa]n?|[Tt]he)\s+$"),
        lead_decade=regexcache.compile(
            rf"(?<![\w])(?:{prep}\s+)?(?:[Tt]he\s+)?(?:(?:{words('decade_lead')})[\s-]*)?$"
        ),
        lead_weekday=regexcache.compile(
            r"(?<![\w])(?i:on|last|next|this|since|by|until|from|early|late)\s+$"
        ),
        lead_back=regexcache.compile(r"(?<![\w])[Bb]ack\s+$"),
        lead_count=regexcache.compile(rf"(?<![\w])(?i:{numw}|an?)\s+$"),
        weekday_name=regexcache.compile(rf"\s+(?:{names}){_END}"),
        months=_keyed(lexicons, "month_"),
        weekdays=_keyed(lexicons, "weekday_"),
        day_offset=_offsets(lexicons, "daypart", default=0),
        lead_offset=_offsets(lexicons, "lead"),
        noun_after=regexcache.compile(r"\s+([a-z][\w’'-]*)"),
        stop=stop,
        collective=collective,
        casualty=frozenset(w.lower() for w in lexicons.words("figures", "casualty_nouns")),
        prev_word=regexcache.compile(r"(\w+)\s+$"),
        future=regexcache.compile(  # lowercase only: "Will Smith was arrested" is a name
            rf"(?<![\w’'])(?!(?:{trie_pattern(lexicons.words('time', 'future_marker_not'), False)})(?!\w))"
            rf"{trie_pattern(lexicons.words('time', 'future_marker'), fold=False)}(?!\w)"
        ),
        scheduled=regexcache.compile(
            rf"(?<![\w’'])(?:(?P<prev>[\w’']+)\s+)?"
            rf"{trie_pattern(lexicons.words('time', 'scheduled_verb'), fold=False)}"
            rf"\s+(?:(?:on|from|until|till|through|in|by|at|as\s+of)\s+)?$"
        ),
        scheduled_not_after=_lower_set(lexicons, "time", "scheduled_not_after"),
        clause_lead=_lower_set(lexicons, "time", "clause_lead"),
        clause_verbs=frozenset(
            w.lower()
            for g in ("speech", "cognition", "evidence")
            for w in lexicons.words("reporting_verbs", g)
            if " " not in w
        ),
        clause_start=_lower_set(lexicons, "time", "clause_start"),
        nth_lead=regexcache.compile(
            rf"(?<![\w])(?i:{trie_pattern(lexicons.words('time', 'day_ordinal_lead'), False)})\s+$"
        ),
        nth_followers=_lower_set(lexicons, "time", "day_ordinal_followers"),
        quarters=_keyed(lexicons, "quarter_"),
        edge_words=_lower_set(lexicons, "time", "edge"),
        numbers={
            w.lower(): int(g)
            for g, ws in lexicons.groups("number_words").items()
            if g.isdigit()
            for w in ws
        },
        vague=_lower_set(lexicons, "time", "vague"),
        lead_part=regexcache.compile(
            rf"(?<![\w])(?:{prep}\s+)?(?:[Tt]he\s+)?(?:{words('part_of')})\s+of\s+$"
        ),
        # a digit or a month's first letter, then the forms from it (see digits above)
        range=regexcache.compile(
            f"[\\d{''.join(sorted({w[0] for w in _names(lexicons, 'month_')}))}]"
            rf"(?<=(?=(?P<all>{_range_pattern(lexicons, month)}))[\s\S])"
        ),
        lead_range=regexcache.compile(rf"(?<![\w])(?P<w>{words('range_lead')})\s+$"),
        range_and=_lower_set(lexicons, "time", "range_and"),
        range_lead_and=_lower_set(lexicons, "time", "range_lead_and"),
        vague_event=regexcache.compile(
            rf"[ \t]+(?i:{trie_pattern(lexicons.words('time', 'vague_event_after'), False)})[ \t]+\w"
        ),
        edge_offset={
            w.lower(): _offsets(lexicons, "lead").get(w.lower(), 0)
            for w in lexicons.words("time", "edge_lead")
        },
    )


def _range_pattern(lexicons: Lexicons, month: str) -> str:
    """Two days joined by a dash or a word of ``range_to`` / ``range_and``, then a month
    ("20 to 30 April", "20 April - 3 May"), or a month then two days ("April 20-30"); a year
    may follow either."""
    words = trie_pattern(lexicons.words("time", "range_to") + lexicons.words("time", "range_and"))
    conn = lambda name: rf"(?:\s*[-–]\s*|\s+(?P<{name}>{words})\s+)"  # noqa: E731
    year = rf"(?P<y>,?\s+{_YEAR}{_END})?"
    return (
        rf"(?<![\w.,/-])(?:(?P<d1>{_DAY})(?:\s+(?:of\s+)?(?P<m1>{month}))?{conn('conn')}(?:the\s+)?"
        rf"(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{month})"
        rf"|(?P<bm1>{month})\s+(?P<bd1>{_DAY}){conn('bconn')}(?:(?P<bm2>{month})\s+)?(?P<bd2>{_DAY}){_END}(?![-–/.,]?\d))"
        + year
    )


def _lower_set(lexicons: Lexicons, lexicon: str, group: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.words(lexicon, group))


_WORD_GROUPS = ("vague", "relative_lead", "relative_units", "daypart")
_EXTRA_WORDS = ("edge", "edge_lead", "edge_units")


def _count_words(number_words: list[str]) -> str:
    """A count before a time unit: "a few", "several", "12", "two"."""
    return r"(?:a\s+few|a\s+couple\s+of|several|many|\d+|" + trie_pattern(number_words, False) + ")"


def _cased(words: list[str], lower: bool) -> list[str]:
    return [w.lower() for w in words] if lower else words


def _word_forms_pattern(lexicons: Lexicons, lower: bool) -> str:
    """Vague and relative expressions; with ``lower``, the lowercase twin of the pattern
    (see :mod:`provlint.detect.fold`)."""

    groups = _WORD_GROUPS + _EXTRA_WORDS
    time = {g: trie_pattern(_cased(lexicons.words("time", g), lower), False) for g in groups}
    numw = _count_words(_cased(lexicons.words("number_words"), lower))
    words = {g: [w.lower() for w in lexicons.words("time", g)] for g in groups}
    ordinals = [w.lower() for w in _names(lexicons, "quarter_")]
    quarter = trie_pattern(_cased(_names(lexicons, "quarter_"), lower), False)
    # a relative lead or unit, an ordinal or an edge is followed by white space
    heads = [*words["vague"], *words["daypart"]]
    heads += [f"{w} " for w in (*words["relative_lead"], *words["relative_units"])]
    heads += [f"{w} " for w in (*ordinals, *words["edge"])]
    first = first_words(heads, fold=not lower) + r"\b"
    group = "(?:" if lower else "(?i:"  # one group around everything: faster than nested ones
    return (
        rf"{first}{group}(?P<rel>{time['relative_lead']}\s+(?:{numw}\s+)?{time['relative_units']}){_END}"
        rf"|(?P<vague>{time['vague']}){_END}"
        rf"|(?P<ago>{time['relative_units']}\s+(?:ago|earlier|later|before)){_END}"
        rf"|(?P<daypart>{time['daypart']}){_END}"
        rf"|(?P<quarter>(?:{quarter})\s+quarter(?:\s+of\s+(?:fiscal\s+)?{_YEAR})?){_END}(?!\s+of\s)"
        rf"|(?P<edge>{time['edge']}\s+of\s+(?:{time['edge_lead']})\s+{time['edge_units']}){_END})"
    )


def sentence_of(starts: list[int], offset: int) -> int:
    """Index of the sentence (by sorted start offsets) that holds ``offset``."""
    return max(bisect_right(starts, offset) - 1, 0)


def claim_sentences(doc: Document) -> list[tuple[int, int, int]]:
    """(start, end, index) of every sentence outside boilerplate blocks."""
    return [
        (s.start, s.end, s.index) for s in doc.sentences if doc.blocks[s.block].boilerplate is None
    ]


def _lead(pattern: re.Pattern[str], text: str, start: int) -> int | None:
    """Start of what ``pattern`` finds right before ``start`` (within 40 chars), else None."""
    m = pattern.search(text, max(0, start - 40), start)
    return m.start() if m and m.end() == start and m.start() < start else None


def _lead_or(pattern: re.Pattern[str], text: str, start: int) -> int:
    """Start of an optional lead before ``start``, or ``start`` itself."""
    lead = _lead(pattern, text, start)
    return start if lead is None else lead


def _boundary(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_")


def _candidates(text: str, pats: _Patterns) -> list[tuple[int, int, int, str]]:
    """All matches of every form as (start, -length, rank, precision)."""
    out: list[tuple[int, int, int, str]] = []
    for scan in (_digit_forms, _month_forms, _range_forms, _weekday_forms, _word_forms):
        for start, end, precision in scan(text, pats):
            out.append((start, start - end, _RANK[precision], precision))
    out.sort()
    return out


_NEXT_WORD = regexcache.compile(r"[ \t]+(\w+)")  # the next word
_PART_OF_YEAR = regexcache.compile(r"(?<![\w-])(?i:mid|early|late)-$")


def _digit_forms(text: str, pats: _Patterns):
    """ISO and numeric dates, "23 August (2020)", decades and years."""
    last = 0
    for m in pats.digits.finditer(text):
        start, end = m.start(), m.end("all")
        if start < last:
            continue  # a digit inside the previous match: a scan for the forms alone skips it
        last = end
        if not _boundary(text, start):
            part = _PART_OF_YEAR.search(text, max(0, start - 12), start)
            if part is None or not (m.group("year") or m.group("decade")):
                continue
            precision = "decade" if m.group("decade") else "year"
            yield _lead_or(pats.lead_decade, text, part.start()), end, precision  # "in mid-2018"
            continue
        if m.group("iso") or m.group("slash"):
            yield _lead_or(pats.lead_on, text, start), end, "day"
        elif m.group("dm"):
            full = m.group("dmy") and not _counts_something(text, start, end, pats)
            end = end if full else m.end("dm")
            yield _lead_or(pats.lead_on, text, start), end, "day" if full else "day_month"
        elif m.group("nth"):
            lead = _lead(pats.nth_lead, text, start)
            after = _NEXT_WORD.match(text, end)
            if lead is not None and (after is None or after.group(1).lower() in pats.nth_followers):
                yield lead, end, "vague"  # "on the 14th": the day of a month the reader infers
        elif m.group("decade"):
            yield _lead_or(pats.lead_decade, text, start), end, "decade"
        elif not _counts_something(text, start, end, pats):
            lead = _lead(pats.lead_prep, text, start)
            if lead is None:
                lead = _lead(pats.lead_part, text, start)  # "in the first half of 2025"
            if lead is not None:
                yield lead, end, "year"
            elif _lead(pats.lead_article, text, start) is not None or m.group("all")[:2] in (
                "19",
                "20",
            ):
                yield start, end, "year"


def _month_forms(text: str, pats: _Patterns):
    """ "August 23(, 2020)", "August 2020" and a bare month after a preposition."""
    for m in pats.month.finditer(text):
        start, end = m.start(), m.end()
        if not _boundary(text, start):
            part = _PART_OF_YEAR.search(text, max(0, start - 12), start)
            if part is not None and not m.group("md"):  # "in mid-April", "late-May 2025"
                precision = "month" if m.group("my") else "vague"
                yield _lead_or(pats.lead_prep, text, part.start()), end, precision
            continue
        if m.group("md"):
            full = m.group("mdy") and not _counts_something(text, start, end, pats)
            end = end if full else m.end("md")
            yield _lead_or(pats.lead_on, text, start), end, "day" if full else "day_month"
            continue
        lead = _lead(pats.lead_prep, text, start)
        if lead is None:
            lead = _lead(pats.lead_part, text, start)  # "in the second half of April"
        if m.group("my") and not _counts_something(text, start, end, pats):
            yield start if lead is None else lead, end, "month"
        elif lead is not None:
            yield lead, m.end("m"), "vague"  # a bare month: "in November", not "May I"


def _range_forms(text: str, pats: _Patterns):
    """ "between 20 and 30 April", "from 20 to 30 April 2025", "April 20-30": one span. "and"
    joins the days only after "between"; "April 3 to 5 people" counts people."""
    last = 0
    for m in pats.range.finditer(text):
        start, end = m.start(), m.end("all")
        if start < last:
            continue  # a day or month inside the previous range
        conn = (m.group("conn") or m.group("bconn") or "").lower()
        lead = _lead(pats.lead_range, text, start)
        word = (
            pats.lead_range.search(text, lead, start).group("w").lower() if lead is not None else ""
        )
        if conn in pats.range_and and word not in pats.range_lead_and:
            continue
        if m.group("bd2") and _counts_something(text, m.start("bd2"), m.end("bd2"), pats):
            continue
        full = m.group("y") is not None
        if full and _counts_something(text, start, end, pats):
            end, full = m.start("y"), False  # "1 to 3 May 2000 people"
        if lead is None:
            lead = _lead_or(pats.lead_on, text, start)
        last = end
        yield lead, end, "day" if full else "day_month"


def _weekday_forms(text: str, pats: _Patterns):
    """ "on Saturday", "last Friday", but not "the Sunday Times" or "Friday Prayer"."""
    for m in pats.weekday.finditer(text):
        if (
            _boundary(text, m.start())
            and not pats.weekday_name.match(text, m.end())
            and not _titled_weekday(text, m.start(), m.end(), pats)
        ):
            yield _lead_or(pats.lead_weekday, text, m.start()), m.end(), "weekday"


def _titled_weekday(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """Whether a weekday between an article and a capitalised word is part of a title ("the
    Sunday Sparkle", "a Monday Club"): a date takes no article before a name. A month after it
    ("the Sunday March 3 vote") keeps it a date."""
    after = _NEXT_WORD.match(text, end)
    if after is None or not after.group(1)[0].isupper():
        return False
    word = after.group(1)
    if word.lower() in pats.months or word.lower() + "." in pats.months:
        return False
    return _lead(pats.lead_article, text, start) is not None


def _word_forms(text: str, pats: _Patterns):
    """Vague and relative expressions: "recently", "back in", "last week", "two years ago"."""
    for start, end in pats.words.spans(text, lowered(text)):
        if not _boundary(text, start) or _capitalised_in_sentence(text, start):
            continue
        phrase = text[start:end].lower()
        first = phrase.split(None, 1)[0]
        if first in pats.quarters or first in pats.edge_words:
            # "(in the) third quarter (of 2025)", "(since the) start of the year"
            lead = _lead(pats.lead_prep, text, start)
            if lead is None and first in pats.edge_words:
                lead = _lead(pats.lead_article, text, start)
            if lead is not None:
                yield lead, end, "year" if phrase[-4:].isdigit() else "vague"
            continue
        if first in pats.clause_lead and _clause_after_verb(text, start, end, pats):
            continue  # "said that winter crop production fell": a clause, not "that winter"
        if " ".join(phrase.split()) in pats.vague and pats.vague_event.match(text, end):
            continue  # "at the time of the alleged offence": the event, not a vague time
        ago = phrase.endswith(("ago", "earlier", "later", "before"))
        yield _lead_or(pats.lead_count if ago else pats.lead_back, text, start), end, "vague"


_CLAUSE_VERB_WORDS = 4  # "said in early May that": the verb a few words back


def _clause_after_verb(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """Whether "that <unit>" opens a clause after a verb of saying or thinking, its unit
    modifying the lowercase noun after it ("said that winter crop production fell"), rather
    than a time ("reported that night the police ...")."""
    before = _CLAUSE_MARK.split(text[max(0, start - 50) : start])[-1].split()[-_CLAUSE_VERB_WORDS:]
    if not any(w.lower() in pats.clause_verbs for w in before):
        return False
    after = _NEXT_WORD.match(text, end)
    return (
        after is not None and after.group(1).islower() and after.group(1) not in pats.clause_start
    )


def _capitalised_in_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised in the middle of a sentence, so part of a
    name ("USA Today", "Water for Tomorrow"), not a time word. A line's first word (after a
    list or heading mark) opens its sentence."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 40) : start].rsplit("\n", 1)[-1].lstrip("#>*-+ \t")
    before = before.rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;")


_CLAUSE_MARKS = ",;:—–"
_CLAUSE_MARK = regexcache.compile(f"[{_CLAUSE_MARKS}]")


def _future_clause(
    prose: str, start: int, end: int, s_start: int, s_end: int, pats: _Patterns
) -> bool:
    """Whether the clause around a time reference speaks of what is to come ("the festival
    will be held on 30 August"): a future marker between the clause marks around it, so "The
    mayor, who will retire, closed it on 2 August" stays in the past."""
    return _future_marker(prose, start, end, s_start, s_end, pats) is not None


def _future_marker(
    prose: str, start: int, end: int, s_start: int, s_end: int, pats: _Patterns
) -> str | None:
    """The future marker (lowercase) in the clause around a time reference, or None."""
    lo = max(s_start, *(prose.rfind(c, s_start, start) + 1 for c in _CLAUSE_MARKS))
    m = _CLAUSE_MARK.search(prose, end, s_end) if s_end > end else None
    hi = m.start() if m else s_end
    found = pats.future.search(prose, lo, hi)
    return found.group().lower() if found is not None else None


_WOULD_RECENT_DAYS = 7  # a date this close before the article, after "would", is the past one
_WEAK_FUTURE = "would"  # reported speech: "would resume on Monday" or "would close on 9 March"


def _nearest(past: str | None, ahead: str | None, pub: date) -> str | None:
    """Of a date resolved backward and forward for reported speech's "would": the next one
    (plans: "would close in November", "would resume on Thursday"), unless the last one is a
    day of the week before the article ("said last week the plant would close on 9 March", in
    an article of 10 March), which the report is about."""
    if past is None or ahead is None:
        return past or ahead
    if len(past) < _ISO_DAY_LEN:
        return ahead
    try:
        back = (pub - date.fromisoformat(past[:10])).days
    except ValueError:
        return ahead
    return past if 0 <= back <= _WOULD_RECENT_DAYS else ahead


def _after_speech(prose: str, start: int, s_start: int, pats: _Patterns) -> bool:
    """Whether a verb of saying comes right before a time reference: "said on 3 March that
    the plant will close" dates the saying, which is past."""
    prev = pats.prev_word.search(prose, max(s_start, start - 30), start)
    return prev is not None and prev.group(1).lower() in pats.clause_verbs


def _scheduled(prose: str, start: int, s_start: int, pats: _Patterns) -> bool:
    """Whether a present-tense verb of a scheduled event comes right before a time reference
    ("Applications open on March 1", "The law takes effect July 1"): it is the next such date.
    Not after "was" or an article ("was open on", "the start on")."""
    m = pats.scheduled.search(prose, max(s_start, start - 60), start)
    return m is not None and (m.group("prev") or "").lower() not in pats.scheduled_not_after


def _counts_something(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """True when a year-like number counts the plural noun after it: "1500 deaths", "2000
    people". After an article or preposition ("the 2010 elections", "as 2015 comes") only a
    casualty or collective noun ("in 1500 deaths") makes it a count."""
    m = pats.noun_after.match(text, end)
    if not m or m.group(1).lower() in pats.stop:
        return False
    word = m.group(1).lower()
    if word in pats.collective:
        return True
    if not (word.endswith("s") and not word.endswith(("ss", "us", "is"))):
        return False
    prev = pats.prev_word.search(text, max(0, start - 20), start)
    return not prev or prev.group(1).lower() not in pats.stop or word in pats.casualty


def counts_noun(text: str, start: int, end: int, lexicons: Lexicons) -> bool:
    """Public form of :func:`_counts_something` for the figure detector."""
    return _counts_something(text, start, end, _patterns(lexicons))


_LAST: list = [(None, None, [])]  # one (text, lexicons, spans) tuple, swapped atomically


def time_spans(text: str, lexicons: Lexicons) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, precision) of time references in ``text``.

    The last result is kept: the figure detector asks again for the same prose right after
    the date detector, and the scan is the costly part of both.
    """
    last_text, last_lexicons, last_spans = _LAST[0]
    if last_text is text and last_lexicons is lexicons:
        return last_spans
    spans = _time_spans(text, lexicons)
    _LAST[0] = (text, lexicons, spans)
    return spans


def _time_spans(text: str, lexicons: Lexicons) -> list[tuple[int, int, str]]:
    pats = _patterns(lexicons)
    spans: list[tuple[int, int, str]] = []
    last = -1
    for start, neg_len, _rank, precision in _candidates(text, pats):
        if start >= last:
            spans.append((start, start - neg_len, precision))
            last = start - neg_len
    return spans


def full_date(text: str, lexicons: Lexicons) -> str | None:
    """The first full date (day, month and year) in ``text``, as ISO: the date of a dateline
    ("Published 3 March 2025")."""
    pats = _patterns(lexicons)
    for start, end, precision in _time_spans(text, lexicons):
        if precision == "day":
            value = _resolve(text[start:end], precision, pats, None)
            if value is None or "/" in value:  # "31 February", a range of days
                return None
            return value if _pub_date(value) is not None else None
    return None


def detect_dates(doc: Document, lexicons: Lexicons) -> list[TimeRef]:
    """Time references in claim sentences, with precision and a resolved value when certain."""
    sents = claim_sentences(doc)
    if not sents:
        return []
    starts = [s for s, _, _ in sents]
    pats = _patterns(lexicons)
    pub = _pub_date(doc.metadata.date)
    out: list[TimeRef] = []
    for start, end, precision in time_spans(doc.prose, lexicons):
        s_start, s_end, index = sents[sentence_of(starts, start)]
        if start < s_start or end > s_end:
            continue
        text = doc.prose[start:end]
        scheduled = pub is not None and _scheduled(doc.prose, start, s_start, pats)
        future = scheduled or (
            pub is not None
            and not _after_speech(doc.prose, start, s_start, pats)
            # a weekday only after its marker: "X said Tuesday he will run" is past
            and _future_clause(
                doc.prose, start, end, s_start, start if precision == "weekday" else s_end, pats
            )
        )
        value = _resolve(text, precision, pats, pub, future)
        if (
            future
            and pub is not None
            and not scheduled
            and _future_marker(
                doc.prose, start, end, s_start, start if precision == "weekday" else s_end, pats
            )
            == _WEAK_FUTURE
            and precision != "weekday"
        ):
            value = _nearest(_resolve(text, precision, pats, pub, False), value, pub)
        if precision == "vague" and value is not None and len(value) == _ISO_DAY_LEN:
            precision = "day"  # "yesterday": the article's date pins it as a written date would
        out.append(TimeRef(start, end, text, precision, index, value))
    return out


# -- value resolution -------------------------------------------------------------------------

_NUM = regexcache.compile(r"\d+")
_ISO_DAY_LEN = len("2026-08-22")


def _pub_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _find_word(text: str, table: dict[str, int]) -> int | None:
    """The number of the first word of ``table`` that appears in ``text`` (case-sensitive)."""
    for word in regexcache.compile(r"[A-Za-z]+\.?").findall(text):
        for key in (word.lower(), word.lower().rstrip(".")):
            if key in table and word[0].isupper():
                return table[key]
    return None


def _resolve(
    text: str, precision: str, pats: _Patterns, pub: date | None, future: bool = False
) -> str | None:
    """An ISO (partial) date for ``text`` when it can be pinned, else None; ``future`` when its
    sentence speaks of what is to come."""
    if precision in ("day", "day_month"):
        span = pats.range.search(text)
        if span is not None:
            return _range_value(span, pats, pub, future)
    nums = [n for n in _NUM.findall(text)]
    year = next((int(n) for n in nums if len(n) == 4), None)
    month = _find_word(text, pats.months)
    if precision == "day":
        iso = regexcache.compile(r"\d{4}-\d\d-\d\d").search(text)
        if iso:
            return iso.group(0)
        day = next((int(n) for n in nums if len(n) <= 2), None)
        if year and month and day:
            return f"{year:04d}-{month:02d}-{day:02d}"
        return None
    if precision == "month" and year and month:
        return f"{year:04d}-{month:02d}"
    if precision == "year" and year:
        return str(year)
    if precision == "decade":
        return None
    if pub is None:
        return None
    if precision == "day_month" and month:
        day = next((int(n) for n in nums if len(n) <= 2), None)
        if day:
            y = _year_of(pub, (month, day), (pub.month, pub.day), future)
            return f"{y:04d}-{month:02d}-{day:02d}" if 1 <= y <= 9999 else None
    if precision == "weekday":
        wd = _find_word(text, pats.weekdays)
        if wd is not None:
            forward = future or text.lower().startswith("next")
            delta = (wd - pub.weekday()) % 7 if forward else -((pub.weekday() - wd) % 7)
            return _days_from(pub, delta)
    if precision == "vague" and month:
        y = _year_of(pub, (month,), (pub.month,), future)
        return f"{y:04d}-{month:02d}" if 1 <= y <= 9999 else None
    if precision == "vague":
        return _relative(" ".join(text.lower().split()), pats, pub, future)
    return None


def _range_value(m: re.Match[str], pats: _Patterns, pub: date | None, future: bool) -> str | None:
    """An ISO interval ("2026-04-20/2026-04-30") for a range of days: the year written, or
    the last (next, about the future) one of its last day; a first day after the last one
    ("28 December to 3 January") falls in the year before."""
    day = lambda g: int(_NUM.match(m.group(g)).group())  # noqa: E731
    month = lambda g: pats.months[m.group(g).lower()]  # noqa: E731
    if m.group("d2"):
        first, last = (month("m1" if m.group("m1") else "m2"), day("d1")), (month("m2"), day("d2"))
    else:
        first = (month("bm1"), day("bd1"))
        last = (month("bm2" if m.group("bm2") else "bm1"), day("bd2"))
    if m.group("y"):
        year = int(_NUM.search(m.group("y")).group())
    elif pub is not None:
        year = _year_of(pub, last, (pub.month, pub.day), future)
    else:
        return None
    try:
        return f"{date(year - (first > last), *first).isoformat()}/{date(year, *last).isoformat()}"
    except ValueError:  # "31 April", a year past the calendar's ends
        return None


def _year_of(pub: date, when: tuple[int, ...], now: tuple[int, ...], future: bool) -> int:
    """The year of a month (and day) written without one: the last one up to the article's
    date, or, in a sentence about the future ("will be held on 30 August"), the next one from
    it."""
    if future:
        return pub.year if when >= now else pub.year + 1
    return pub.year if when <= now else pub.year - 1


def _days_from(pub: date, days: int) -> str | None:
    """The ISO day ``days`` after ``pub``; None past the calendar's ends ("tomorrow" on
    31 December 9999, "on Sunday" in an article dated 1 January of year 1)."""
    try:
        return (pub + timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def _day_of_month(text: str, pats: _Patterns, pub: date, future: bool) -> str | None:
    """ "on the 14th": the last 14th up to the article's date (the next one in a sentence about
    the future); None for a day the month lacks."""
    m = _NTH.search(text)
    if m is None:
        return None
    day, months = int(m.group(1)), pub.year * 12 + pub.month - 1
    if future:
        months += day < pub.day
    else:
        months -= day > pub.day
    try:
        return date(months // 12, months % 12 + 1, day).isoformat()
    except ValueError:
        return None


_UNIT_DAYS = {"day": 1, "week": 7}


def _ago(text: str, pats: _Patterns, pub: date, future: bool) -> str | None:
    """ "two days ago" (a day), "three months ago" (a month), "a year ago" (a year)."""
    m = _AGO.fullmatch(text)
    if m is None:
        return None
    word, unit = m.groups()
    n = 1 if word in ("a", "an") else int(word) if word.isdigit() else pats.numbers.get(word)
    if n is None:
        return None
    if unit in _UNIT_DAYS:
        return _days_from(pub, -n * _UNIT_DAYS[unit])
    if unit not in ("month", "year"):
        return None
    months = pub.year * 12 + pub.month - 1 - (n * 12 if unit == "year" else n)
    if not 1 <= months // 12 <= 9999:
        return None
    return f"{months // 12:04d}" if unit == "year" else f"{months // 12:04d}-{months % 12 + 1:02d}"


def _quarter_year(text: str, pats: _Patterns, pub: date, future: bool) -> str | None:
    """The year of "the third quarter": the last one begun by the article's date."""
    m = _QUARTER.fullmatch(text)
    q = pats.quarters.get(m.group(1)) if m else None
    if q is None:
        return None
    y = _year_of(pub, (3 * q - 2,), (pub.month,), future)
    return f"{y:04d}" if 1 <= y <= 9999 else None


def _edge(text: str, pats: _Patterns, pub: date, future: bool) -> str | None:
    """ "since the start of the year" (this year), "by the end of last month"."""
    m = _EDGE.fullmatch(text)
    offset = pats.edge_offset.get(m.group(1)) if m else None
    if offset is None:
        return None
    return _relative(
        f"{'this' if offset == 0 else 'last' if offset < 0 else 'next'} {m.group(2)}", pats, pub
    )


_POSSESSIVE_END = regexcache.compile(r"['’]s$")


_NTH = regexcache.compile(r"(\d+)(?:st|nd|rd|th)$")
_AGO = regexcache.compile(r"(?:.* )?(\S+) (\w+?)s? ago$")
_QUARTER = regexcache.compile(r"(?:.* )?(\w+) quarter$")
_EDGE = regexcache.compile(r"(?:.* )?\w+ of (\w+) (year|month)$")


def _relative(text: str, pats: _Patterns, pub: date, future: bool = False) -> str | None:
    """The day, month or year a relative reference names, counted from the article's date:
    "yesterday", "last year", "earlier this month", "next month", "two days ago", "on the
    14th", "in the third quarter" (its year), "since the start of the year". Spans of time
    ("the past year", "last week") name no calendar unit and stay unresolved."""
    if text in pats.day_offset:
        return _days_from(pub, pats.day_offset[text])
    for rule in (_day_of_month, _ago, _quarter_year, _edge):
        value = rule(text, pats, pub, future)
        if value is not None:
            return value
    lead, _, unit = _POSSESSIVE_END.sub("", text).rpartition(" ")  # "last year's"
    offset = pats.lead_offset.get(lead)
    if offset is None or unit not in ("year", "month"):
        return None
    months = pub.year * 12 + pub.month - 1 + (offset * 12 if unit == "year" else offset)
    year = months // 12
    if not 1 <= year <= 9999:
        return None  # a calendar ISO dates cannot write
    return f"{year:04d}" if unit == "year" else f"{year:04d}-{months % 12 + 1:02d}"
