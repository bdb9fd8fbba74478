"""Figures: counts, casualty tolls, sums of money, percentages and durations.

One compiled pattern finds amounts over the whole prose (digits with an optional currency
prefix and multiplier, spelled-out numbers, "hundreds of", "several thousand", ranges).
Each match is then checked (not a date, clock time, phone number or a name like
"Section 230"), widened to its qualifier ("at least"), a casualty frame ("the deaths of") and
the counted noun phrase, and classified. Word lists live in the ``figures``, ``number_words``,
``multipliers``, ``vague_amounts`` and ``currencies`` lexicons.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from provlint import regexcache
from provlint.detect.dates import (
    claim_sentences,
    counts_noun,
    sentence_of,
    time_spans,
)
from provlint.detect.fold import FoldedPattern, lowered
from provlint.detect.trie import first_words, trie_pattern
from provlint.document import Document
from provlint.lexicons import Lexicons
from provlint.model import Figure
from provlint.record import record

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Phone numbers and clock times. The first character is matched first, so the engine skips
# every other character fast; lookbehinds then check the character it is and the one before.
# None starts right after a digit: that check comes first, so the digits inside a number fail
# at once instead of trying each form.
_SKIP = regexcache.compile(
    r"[\d+(](?<!\d.)(?:"
    r"(?<=\+)\d{1,3}[\s.-]?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)"  # +1 555 123 4567
    r"|(?<=\()\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)"  # (555) 123-4567
    r"|(?<=\d)\d{2}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)"  # 555-123-4567
    r"|(?<=\d)(?<![\w.].)\d?(?::\d\d)?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o[’']clock)"  # 10 a.m.
    r"|(?<=\d)(?<![\w.].)\d?:\d\d(?::\d\d)?(?!\d))"  # 10:30
)


# The bound a qualifier sets: "at least" (min), "up to" (max), "about" (approx), "only" (exact:
# none)
_QUALIFIER_KINDS = ("min", "max", "approx", "exact")


@record(frozen=True, slots=False)
class _Tables:
    amount: FoldedPattern
    piece: re.Pattern[str]  # one amount inside a matched range
    qualifier: re.Pattern[str]  # a qualifier just before an amount
    prefix: re.Pattern[str]  # "the deaths of" / "between" just before an amount
    after: re.Pattern[str]  # percent, currency word, "of" + noun phrase after an amount
    noun: re.Pattern[str]  # the counted noun phrase
    casualty: re.Pattern[str]
    prev_word: re.Pattern[str]
    qualifiers: dict[str, str]  # qualifier -> "min" | "max" | "approx" | "exact"
    numbers: dict[str, float]
    multipliers: dict[str, float]
    abbreviations: dict[str, float]
    vague: dict[str, float]
    currency_prefix: dict[str, str]
    currency_word: dict[str, str]
    currency_glued: dict[str, str]  # "N" -> "NGN": a capital written onto the digits
    glued_amount: re.Pattern[str] | None  # "N1,200", "R4.5 billion" (case-sensitive)
    cents: frozenset[str]  # currency words worth a hundredth: "61 cents" is $0.61
    identifiers: frozenset[str]
    model_after: re.Pattern[str]  # "737 Max", "15 Pro": a model name after the number
    address_after: re.Pattern[str]  # "86 Gansevoort St.": a street address
    count_frame: re.Pattern[str]  # "a crowd of (about)" before a bare number: a count
    unit_glued: re.Pattern[str]  # "kg" in "3kg", "mph" in "120mph": the unit is the counted noun
    over_span: frozenset[str]  # "over" before a duration after a figure: across, no bound
    calendar: frozenset[str]  # month and weekday names: "on Monday 12 people" names nothing
    stop: frozenset[str]
    casualty_nouns: frozenset[str]
    durations: frozenset[str]
    discourse: frozenset[str]  # "two examples", "three reasons": the writer's own outline
    percent: frozenset[str]
    lexicons: Lexicons
    heads: frozenset[str]  # words that end a counted noun phrase (collective, casualty, units)
    prefixes_longest_first: tuple[str, ...]
    vague_start: re.Pattern[str]
    proportion: FoldedPattern  # "one in five", "two out of three", "two-thirds of"
    share_of_time: re.Pattern[str]  # "the time", "of the day" after a fraction: no share
    fractions: dict[str, float]  # "two thirds" -> 0.667 (hyphens as spaces)
    casualty_tail: re.Pattern[str]  # "were killed", "still missing" after a bare amount
    casualty_of_tail: re.Pattern[str]  # "of the security forces were killed" after a count
    casualty_lead: re.Pattern[str]  # "killed" right before a bare amount
    clause_break: re.Pattern[str]  # ", " or "after": the casualty word is another clause's
    clause_break_before: re.Pattern[
        str
    ]  # the same before a figure, where a lone comma opens an aside
    casualty_sequel: re.Pattern[str]  # ", killing 49": the same act's toll after a comma
    collective_modifiers: frozenset[str]  # "police" in "140 police officers"
    count_tail: re.Pattern[str]  # "were arrested" after a bare amount: people counted
    count_lead: re.Pattern[str]  # "the number of people detained has risen to" a bare value
    toll_lead: re.Pattern[str]  # a toll noun earlier in the clause: "the death toll rose to"
    toll_inner: re.Pattern[str]  # "the", "in" right before a number inside the toll's phrase
    age_before: re.Pattern[str]  # "aged" before an amount
    interval_after: re.Pattern[str]  # "confidence interval" after a percentage: its level
    interval_before: re.Pattern[str]  # "95% CI, " before an amount: the interval's bounds
    age_after: re.Pattern[str]  # "-old" after "74-year"
    age_qualifiers: frozenset[str]  # "under", "over" ...
    age_holders: frozenset[str]  # ... after "children", "men": an age ("children under five")
    source_heads: frozenset[str]  # nouns that name a source ("officials", "witnesses")
    source_lead: re.Pattern[str]  # "according to" / ", said" before a count of sources
    inverted_end: re.Pattern[str]  # what may end "..., said two officials": not a verb
    source_tail: re.Pattern[str]  # "said" / "familiar with" after a count of sources
    speech_tail: re.Pattern[str]  # "said", "told" after a count: its subject is a source
    casualty_after: frozenset[str]  # last words of "missing", "unaccounted for"
    change_by: re.Pattern[str]  # a verb of change shortly before "by": "cuts the risk by"
    change_from: re.Pattern[str]  # a verb of change shortly before "from": "rose sharply from"
    change_level: re.Pattern[str]  # "rose from", "fell sharply to" right before a level
    amount_verbs: frozenset[str]  # "comes", "lose": verbs an amount is often the subject of
    noun_joiners: frozenset[str]  # "and", "or" between a counted noun's modifiers
    comparatives: frozenset[str]  # "more" right after the number: "18 more executions"
    participles: frozenset[str]  # "paid", "lost": participles with no "-ed"
    groups: frozenset[str]  # capitalised group nouns that may head a count ("Republicans")


def _by_value(lexicons: Lexicons, name: str, suffix: str = "") -> dict[str, float]:
    """word -> value for lexicons whose groups are named by a number (``"1000"``)."""
    out: dict[str, float] = {}
    for group, words in lexicons.groups(name).items():
        key = group[: -len(suffix)] if suffix and group.endswith(suffix) else group
        if key.isdigit() and (group.endswith(suffix) if suffix else group.isdigit()):
            for w in words:
                out[w if suffix else w.lower()] = float(key)
    return out


def _alt(words) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


class _Money(NamedTuple):
    """The currency entries by kind (see the ``currencies`` lexicon)."""

    prefix: dict[str, str]  # "US$" -> "USD"
    word: dict[str, str]  # "dollars" -> "USD", lowercase
    cents: frozenset[str]  # words worth a hundredth ("cents", "pence")
    glued: dict[str, str]  # capital letters written onto the digits: "N" -> "NGN"
    cased: list[str]  # words matched only as written ("rand": not "8 Rand Paul")


def _currencies(lexicons: Lexicons) -> _Money:
    """Prefixes, words after the amount, hundredths, glued letters and cased words by code."""
    prefix: dict[str, str] = {}
    word: dict[str, str] = {}
    cents: set[str] = set()
    glued: dict[str, str] = {}
    cased: list[str] = []
    for group, words in lexicons.groups("currencies").items():
        if group.endswith("_words_cased"):
            word.update({w.lower(): group[:-12] for w in words})
            cased.extend(words)
        elif group.endswith("_glued"):
            glued.update({w: group[:-6] for w in words})
        elif group.endswith("_words"):
            word.update({w.lower(): group[:-6] for w in words})
        elif group.endswith("_cents"):
            word.update({w.lower(): group[:-6] for w in words})
            cents.update(w.lower() for w in words)
        else:
            prefix.update({w: group for w in words})
    return _Money(prefix, word, frozenset(cents), glued, cased)


class _AmountWords(NamedTuple):
    """The lexicon entries amounts are built from (all but the last two keyed lowercase)."""

    numbers: dict[str, float]
    multipliers: dict[str, float]
    abbreviations: dict[str, float]  # "bn", "M": as written
    vague: dict[str, float]
    currency_prefix: dict[str, str]  # "US$", "AUD": as written
    indefinite: list[str]
    glued: str  # percent signs written onto the digits ("40pc"), an alternation, lowercase
    units: str  # units written onto the digits ("3kg", "120mph"), an alternation, lowercase


def _one(w: _AmountWords, lower: bool) -> str:
    """One amount: an optional currency prefix, then digits (with a multiplier) or words.

    With ``lower``, the entries kept as written are lowercased (see :mod:`.fold`)."""
    cased = (lambda words: [x.lower() for x in words]) if lower else list
    word = trie_pattern(list(w.numbers), fold=False)
    mult = trie_pattern(list(w.multipliers), fold=False)
    spelled = (
        rf"(?:(?:{word})(?:[-\s](?:{word}))?|(?:half\s+)?an?(?=\s+(?:{mult})\b))(?:\s+and\s+a\s+half)?"
        rf"(?:\s+(?:{mult})s?\b(?:\s+(?:and\s+)?(?:{word})\b)?)*"
    )
    digital = (  # "1.2 lakh crore", "$3.2-billion", "€3bn"
        rf"(?:{_DIGITS})(?:[\s-]?(?:{mult})\b(?:\s(?:{mult})\b)*"
        rf"|(?:{_alt(cased(w.abbreviations))})(?![\w]))?"
    )
    return rf"(?:(?:{_alt(cased(w.currency_prefix))})\s?)?(?:{digital}|{spelled})"


# Space within a range ("10 - 12", "10 to\n12", "50 or 60": rising values only), but no blank line: two table cells or
# paragraphs ("£54m\n\n-11.5%") make no range
_GAP = r"[^\S\n]*\n?[^\S\n]*"


def _amount(w: _AmountWords, lower: bool) -> str:
    """Every amount form: "between X and Y", "hundreds of", "several thousand", "X to Y".

    One case-insensitive group (the engine scans it much faster than nested ones); with
    ``lower``, its lowercase twin."""
    one = _one(w, lower)
    mult = trie_pattern(list(w.multipliers), fold=False)
    # how an amount can begin ("a"/"an" only before a multiplier: "a million")
    firsts = [*w.currency_prefix, *w.numbers, *w.vague, *w.indefinite, "between ", "a ", "an "]
    firsts.append("half ")  # "half a million"
    glued = ("(?:" if lower else "(?i:") + w.glued + "|" + w.units + ")"  # "40pc", "3kg"
    cur = [x.lower() for x in w.currency_prefix] if lower else list(w.currency_prefix)
    no_cur = rf"(?!{_GAP}(?:{_alt(cur)}))"  # "$10 or $100": two sums, no range
    return (
        first_words([x.lower() for x in firsts] + list("0123456789"), fold=not lower)
        + r"(?<![\w/.,$€£¥])(?<![^\s(\[|]-)"  # "-11.5%": a sign, not "COVID-19" or "10-20"
        + ("(?:" if lower else "(?i:")
        + rf"between\s+{one}\s+and\s+{one}"
        rf"|(?:{trie_pattern(list(w.vague), fold=False)})\b"
        rf"|(?:{trie_pattern(w.indefinite, fold=False)})\s+(?:{mult})s?\b"
        rf"|{one}(?:{_GAP}(?:-|–|—|to|or(?=\s){no_cur}){_GAP}{one})?)(?!(?!{glued}(?![\w]))[\w]|[,./]\d)"
    )


@cache
def _tables(lexicons: Lexicons) -> _Tables:
    """Compile the figure patterns once per lexicon set."""
    numbers = _by_value(lexicons, "number_words")
    multipliers = _by_value(lexicons, "multipliers")
    abbreviations = _by_value(lexicons, "multipliers", "_abbr")
    vague = _by_value(lexicons, "vague_amounts")
    money = _currencies(lexicons)
    cur_prefix, cur_word, cents = money.prefix, money.word, money.cents
    qualifiers = {
        w.lower(): kind
        for kind in _QUALIFIER_KINDS
        for w in lexicons.words("figures", f"qualifier_{kind}")
    }
    words = _AmountWords(
        numbers,
        multipliers,
        abbreviations,
        vague,
        cur_prefix,
        [w.lower() for w in lexicons.words("figures", "indefinite")],
        _alt(w.lower() for w in lexicons.words("figures", "percent_glued")),
        _alt(w.lower() for w in lexicons.words("figures", "units_glued")),
    )
    stop = frozenset(w.lower() for w in lexicons.words("figures", "noun_stop"))
    durations = frozenset(w.lower() for w in lexicons.words("figures", "duration_units"))
    casualty_nouns = frozenset(w.lower() for w in lexicons.words("figures", "casualty_nouns"))
    change_verbs = trie_pattern(
        [w.lower() for w in lexicons.words("figures", "change_verbs")], False
    )
    percent = lexicons.alternation("figures", "percent")
    return _Tables(
        amount=FoldedPattern(
            lambda lower: _amount(words, lower),
            [*numbers, *multipliers, *vague, *words.indefinite],
            [*abbreviations, *cur_prefix],
        ),
        piece=regexcache.compile(rf"(?i:(?<![\w.,]){_one(words, False)}(?![\w]))"),
        qualifier=regexcache.compile(
            rf"(?<![\w]){_any_of(lexicons, *(f'qualifier_{k}' for k in _QUALIFIER_KINDS))}\s+$"
        ),
        prefix=regexcache.compile(rf"(?<![\w]){_any_of(lexicons, 'casualty_prefixes')}\s+$"),
        after=regexcache.compile(
            rf"(?P<pct>\s?(?i:{percent})(?![\w])|(?i:{words.glued})(?![\w]))?(?P<of>\s+(?i:of)(?=\s))?"
            rf"(?P<cur>\s+(?:(?i:{_alt(set(cur_word) - {w.lower() for w in money.cased})})"
            rf"|{_alt(money.cased)})(?![\w]))?"
        ),
        # a scare-quoted noun counts too ('four "terrorists"'); _noun checks the quotes pair
        noun=regexcache.compile(r"(?:[ \t]+[\"“]?[A-Za-z][\w’'\-]*[\"”]?){1,4}"),
        casualty=regexcache.compile(  # not "the toll charged to trucks"
            rf"(?<![\w]){_any_of(lexicons, 'casualty_context')}(?![\w-])"
            rf"(?!\s+{_any_of(lexicons, 'toll_not')}(?![\w]))"
        ),
        # the lookbehind keeps the search from trying (and backtracking) inside each word
        prev_word=regexcache.compile(r"(?<![\w.’'\-])([\w.’'\-]+)\s*$"),
        qualifiers=qualifiers,
        numbers=numbers,
        multipliers=multipliers,
        abbreviations=abbreviations,
        vague=vague,
        currency_prefix=cur_prefix,
        currency_glued=money.glued,
        glued_amount=_glued_money(money.glued, multipliers, abbreviations),
        currency_word=cur_word,
        cents=cents,
        identifiers=frozenset(w.lower() for w in lexicons.words("figures", "identifier_prefixes")),
        model_after=regexcache.compile(
            rf"[ \t]+(?:{lexicons.alternation('figures', 'identifier_suffixes')})(?![\w])"
        ),
        address_after=regexcache.compile(
            r"(?:[ \t]+[A-Z][\w’'-]*){1,3}?[ \t]+"
            rf"(?:{lexicons.alternation('figures', 'address_words')})"
            r"(?:\.|(?![\w]))"
        ),
        count_frame=regexcache.compile(
            rf"(?<![\w]){_any_of(lexicons, 'count_frames')}\s+(?:of|at)\s+"
            rf"(?:{_any_of(lexicons, *(f'qualifier_{k}' for k in _QUALIFIER_KINDS))}\s+)?$"
        ),
        unit_glued=regexcache.compile(
            rf"(?:{lexicons.alternation('figures', 'units_glued')})(?![\w])"
        ),
        over_span=frozenset(w.lower() for w in lexicons.words("figures", "over_span")),
        calendar=frozenset(
            w.lower()
            for group, words in lexicons.groups("time").items()
            if group.startswith(("month_", "weekday_"))
            for w in words
        ),
        stop=stop,
        casualty_nouns=casualty_nouns,
        durations=durations,
        discourse=frozenset(w.lower() for w in lexicons.words("figures", "discourse_nouns")),
        percent=frozenset(w.lower() for w in lexicons.words("figures", "percent")),
        lexicons=lexicons,
        heads=frozenset(w.lower() for w in lexicons.words("figures", "collective_nouns"))
        | casualty_nouns
        | durations
        | (frozenset(cur_word) - {w.lower() for w in money.cased}),  # not "8 Rand Paul"
        prefixes_longest_first=tuple(sorted(cur_prefix, key=len, reverse=True)),
        vague_start=regexcache.compile(rf"(?:{trie_pattern(list(vague), fold=False)})\b"),
        proportion=_proportion_pattern(lexicons),
        share_of_time=regexcache.compile(
            r"\s+(?:of\s+)?(?:the|its|their|his|her|our|this|these|those|all)\s+"
            rf"(?i:{_alt(_time_nouns(lexicons))})(?![\w’'-])"
        ),
        fractions=_fractions(lexicons),
        casualty_tail=regexcache.compile(
            rf"(?:\s+{_any_of(lexicons, 'casualty_link')}){{0,3}}"
            rf"\s+{_any_of(lexicons, 'casualty_nouns', 'casualty_after')}(?![\w])"
        ),
        casualty_of_tail=regexcache.compile(
            r"\s+of(?:\s+[\w’'-]+){1,5}?"
            rf"(?:\s+{_any_of(lexicons, 'casualty_link')}){{1,3}}"
            rf"\s+{_any_of(lexicons, 'casualty_nouns')}(?![\w])"
        ),
        casualty_lead=regexcache.compile(rf"(?<![\w]){_any_of(lexicons, 'casualty_context')}\s+$"),
        casualty_sequel=regexcache.compile(
            r"\s*,\s+(?i:"
            + _alt(w for w in lexicons.words("figures", "casualty_context") if w.endswith("ing"))
            + r")(?![\w])"
        ),
        collective_modifiers=frozenset(
            w.lower() for w in lexicons.words("figures", "collective_modifiers")
        ),
        clause_break=regexcache.compile(
            rf"[,;:()\"“”]|(?<![\w]){_any_of(lexicons, 'casualty_clause_breaks')}(?![\w])"
        ),
        clause_break_before=regexcache.compile(  # a comma alone sets off an aside: "The dead, including 12"
            rf"[;:()\"“”]|,\s*(?:and|but|or|yet|while|whereas)(?![\w])"
            rf"|(?<![\w]){_any_of(lexicons, 'casualty_clause_breaks')}(?![\w])"
        ),
        count_tail=regexcache.compile(
            rf"(?:\s+{_any_of(lexicons, 'casualty_link')}){{1,3}}"
            rf"\s+{_any_of(lexicons, 'count_after')}(?![\w])"
        ),
        count_lead=regexcache.compile(
            rf"(?<![\w]){_any_of(lexicons, 'count_leads')}\s+[a-z]"
            r"(?:[^,.;:!?()\"“”\d]|(?<=\d)[.,](?=\d)){0,60}$"
        ),
        toll_lead=regexcache.compile(  # a decimal point ("6.8") ends no clause
            rf"(?<![\w]){_any_of(lexicons, 'toll_nouns')}(?![\w-])"
            rf"(?!\s+{_any_of(lexicons, 'toll_not')}(?![\w]))"
            r"(?:[^,.;:!?()\"“”]|(?<=\d)[.,](?=\d)){0,60}$"
        ),
        toll_inner=regexcache.compile(rf"(?<![\w]){_any_of(lexicons, 'toll_inner')}\s+$"),
        age_before=regexcache.compile(rf"(?<![\w]){_any_of(lexicons, 'age_before')}\s+$"),
        interval_after=regexcache.compile(rf"\s+{_any_of(lexicons, 'intervals')}(?![\w])"),
        interval_before=regexcache.compile(
            rf"(?<![\w]){_any_of(lexicons, 'intervals')}[\s,:=]*(?:(?:of|from)\s+)?"
            r"(?:[\d.,]+\s?%?\s*(?:-|–|—|to)\s*)?$"  # the upper bound too: "12% to 31%"
        ),
        age_qualifiers=frozenset(w.lower() for w in lexicons.words("figures", "age_qualifiers")),
        age_holders=frozenset(w.lower() for w in lexicons.words("figures", "age_holders")),
        age_after=regexcache.compile(rf"[\s-]+{_any_of(lexicons, 'age_after')}(?![\w])"),
        source_heads=frozenset(w.lower() for w in lexicons.words("sources", "anonymous_head")),
        source_lead=regexcache.compile(
            rf"(?:(?<![\w])(?i:{lexicons.alternation('attribution', 'according_to')})"
            rf"|(?P<inverted>[,”\"]\s*{_reporting(lexicons, 'speech')}))\s+$"
        ),
        inverted_end=regexcache.compile(
            r"\s*(?:[,.;:!?()”\"]|$)|\s+(?i:"
            + "|".join(
                lexicons.alternation(lex, group)
                for lex, group in (
                    ("sources", "relative"),
                    ("sources", "connector"),
                    ("sources", "postmodifier"),
                    ("sources", "postmodifier_phrase"),
                    ("figures", "report_clause_tail"),
                )
            )
            + r")(?![\w])"
        ),
        source_tail=regexcache.compile(  # a finite report: "-ing" forms describe ("officers
            # responding to the call"), and "confirmed dead" is a casualty
            rf"\s+(?:{_reporting(lexicons, 'speech', 'evidence', finite=True)}"
            rf"(?!\s+{_any_of(lexicons, 'casualty_nouns')}(?![\w]))"
            rf"|(?i:{lexicons.alternation('sources', 'postmodifier_phrase')}))(?![\w])"
        ),
        speech_tail=regexcache.compile(
            rf"\s+{_reporting(lexicons, 'speech', finite=True)}"
            rf"(?!\s+{_any_of(lexicons, 'casualty_nouns')})(?![\w])"
        ),
        casualty_after=frozenset(
            w.split()[-1].lower() for w in lexicons.words("figures", "casualty_after")
        ),
        change_by=regexcache.compile(
            rf"(?i)(?<![\w]){change_verbs}(?![\w])[^,.;:!?]{{0,30}}?\s+by\s+$"
        ),
        change_from=regexcache.compile(
            rf"(?i)(?<![\w]){change_verbs}(?![\w])[^,.;:!?]{{0,40}}?\s+$"
        ),
        change_level=regexcache.compile(
            rf"(?i)(?<![\w]){change_verbs}(?![\w])[^,.;:!?]{{0,30}}?\s+(?:from|to)\s+$"
        ),
        amount_verbs=frozenset(w.lower() for w in lexicons.words("figures", "amount_verbs")),
        noun_joiners=frozenset(w.lower() for w in lexicons.words("figures", "noun_joiners")),
        comparatives=frozenset(w.lower() for w in lexicons.words("figures", "comparatives")),
        participles=frozenset(w.lower() for w in lexicons.words("figures", "participles")),
        groups=frozenset(w.lower() for w in lexicons.words("sources", "generic_group")),
    )


def _glued_money(
    glued: dict[str, str], multipliers: dict[str, float], abbreviations: dict[str, float]
) -> re.Pattern[str] | None:
    """Money written with a capital letter glued to the digits ("N1,200", "R4.5 billion").

    A bare "R2" or "N1" is as often a road, "N95" a mask and "R0.9" a reproduction number, so
    the amount must look like money: thousands groups, two decimals (a price: "R17.92") or a
    multiplier ("R4.5 billion", "N2.4tn"); and it starts with 1-9."""
    if not glued:
        return None
    mult = rf"(?:[\s-]?(?:{_alt(multipliers)})s?\b|(?:{_alt(abbreviations)})(?![\w]))"
    return regexcache.compile(
        rf"(?:{_alt(glued)})(?=[1-9])"  # the letter first: the engine skips to it fast
        rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?{mult}?|\d+\.\d\d{mult}?|\d+(?:\.\d+)?{mult})"
        r"(?![\w]|[,.]\d)"
    )


def _reporting(lexicons: Lexicons, *groups: str, finite: bool = False) -> str:
    """Any form of these ``reporting_verbs`` groups, as a case-insensitive trie; with
    ``finite``, no "-ing" forms."""
    words = [w for g in groups for w in lexicons.words("reporting_verbs", g)]
    if finite:
        words = [w for w in words if not w.split()[0].endswith("ing")]
    return f"(?i:{trie_pattern(words, fold=False)})"


def _any_of(lexicons: Lexicons, *groups: str) -> str:
    """Any entry of these ``figures`` groups, in any case, as a character trie.

    The qualifier, frame and casualty patterns are searched in a window before or around each
    amount; a flat alternation would try every entry at every word start there.
    """
    words = [w for g in groups for w in lexicons.words("figures", g)]
    return f"(?i:{trie_pattern(words, fold=False)})"


def _time_nouns(lexicons: Lexicons) -> set[str]:
    """Spans of time ("day", "season", "time"): "half the day" is no share of anything
    counted."""
    return {
        w.lower()
        for name, group in (
            ("figures", "duration_units"),
            ("figures", "time_nouns"),
            ("time", "relative_units"),
        )
        for w in lexicons.words(name, group)
    }


def _fractions(lexicons: Lexicons) -> dict[str, float]:
    """Fraction words by value, hyphens read as spaces: "two thirds" -> 2/3."""
    out = {}
    for group, words in lexicons.groups("fractions").items():
        num, _, den = group.partition("/")
        for w in words:
            out[" ".join(w.lower().replace("-", " ").split())] = int(num) / int(den)
    return out


def _proportion_pattern(lexicons: Lexicons) -> FoldedPattern:
    """ "one in five (Americans)", "2 out of 3", "two-thirds of", "cut by a third": shares,
    read as percentages."""
    numbers = list(_by_value(lexicons, "number_words"))
    fractions = lexicons.words("fractions")
    return FoldedPattern(
        lambda lower: _proportion(numbers, fractions, lower), [*numbers, *fractions]
    )


def _proportion(numbers: list[str], fractions: list[str], lower: bool) -> str:
    """The proportion pattern; with ``lower``, a lowercase twin that leaves out the
    case-sensitive "first"/"second"/"latter" check (the pattern confirms its hits)."""
    count = rf"(?:\d{{1,3}}|{trie_pattern(numbers, fold=False)})"
    fraction = trie_pattern([w.lower() for w in fractions] if lower else fractions, fold=False)
    period = "" if lower else "(?<!first )(?<!second )(?<!latter )"  # "the first half of 2020"
    by = "(?<=by )" if lower else "(?<=[Bb]y )"  # "cut by a third": a change, no "of" needed
    firsts = [*(f"{n} " for n in numbers), *(w.lower() for w in fractions), *"0123456789"]
    return (
        rf"{first_words(firsts, fold=not lower)}(?<![\w-]){period}(?P<by>(?<![\w]...){by})?"
        + ("(?:" if lower else "(?i:")
        + rf"(?P<a>{count})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{count})"
        rf"|(?P<frac>{fraction}))(?![\w-])"
        # a fraction states a share before "of" or a determiner ("half of", "half the
        # budget"), or after "by" ("cut by a third")
        rf"(?(frac)(?:(?=\s+(?:of|the|its|their|his|her|our|this|these|those|all)\b)|(?(by)|(?!)))|)"
    )


# A number written with thousands separators is a quantity even with nothing counted after it
# ("the toll rose to 1,204"); list markers, ages and scores are never written so.
_GROUPED = regexcache.compile(r"\d{1,3}(?:,\d{3})+")


def detect_figures(doc: Document, lexicons: Lexicons) -> list[Figure]:
    """Figures in claim sentences, non-overlapping, in text order."""
    sents = claim_sentences(doc)
    if not sents:
        return []
    tables = _tables(lexicons)
    text = doc.prose
    starts = [s for s, _, _ in sents]
    blocked = _blocked_spans(text, lexicons)
    out: list[Figure] = []
    shares = _proportions(text, sents, starts, tables)  # before counts: "one in [five voters]"
    if shares:
        blocked = sorted(blocked + [(f.start, f.end) for f in shares])
    last_end = 0
    for m_start, m_end in _amount_spans(text, blocked, tables):
        if m_start < last_end:
            continue
        s_start, s_end, index = sents[sentence_of(starts, m_start)]
        if m_start < s_start or m_end > s_end:
            continue
        limit = min(s_end, _next_start(blocked, m_end))  # a counted noun stops at a share
        pieces = _change_pieces(text, m_start, m_end, limit, tables)
        first: Figure | None = None  # the first value of a pair ("from 12 to 40")
        for i, (a, b) in enumerate(pieces):
            if a < last_end:
                continue
            unit_at = pieces[-1][1] if i < len(pieces) - 1 else None
            fig = _build(text, a, b, (s_start, last_end), limit, index, tables, unit_at)
            if fig is not None:
                if out and out[-1].sentence == index:
                    _compared_level(text, fig, out[-1], s_start, tables, out[-1] is first)
                if out and out[-1].sentence == index:
                    _part_of(text, out[-1], fig)
                out.append(fig)
                last_end = fig.end
                first = fig if i == 0 else None
    return sorted(out + shares, key=lambda f: f.start) if shares else out


# "down from", "up from", "compared with", "versus" before a bare earlier level
_LEVEL_LEAD = regexcache.compile(
    r"(?i:(?<![\w])(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?))\s+$"
)


_TO_GAP = regexcache.compile(r"\s+to\s+")


def _compared_level(
    text: str, fig: Figure, prev: Figure, s_start: int, t: _Tables, paired: bool = False
) -> None:
    """A bare value compared with the figure before it in its sentence measures the same
    thing ("5.1 percent, down from 5.3"; "2,310 people, down from 2,900"), as does the new
    level of a pair (``paired``: "deaths climbed from 12 to 40"): it takes that figure's unit
    or counted noun and kind."""
    if fig.kind != "other" or fig.noun is not None or fig.unit is not None:
        return
    if prev.kind not in ("percent", "money", "count", "casualty") or fig.value is None:
        return
    if not (
        paired
        or _LEVEL_LEAD.search(text, max(s_start, fig.start - 20, prev.end), fig.start)
        or (  # "grew from 1,200 members to 3,000": the new level of the same count
            _TO_GAP.fullmatch(text, prev.end, fig.start)
            and t.change_level.search(text, max(s_start, fig.start - 50), fig.start)
        )
    ):
        return
    if prev.text.split()[-1].lower() in t.cents:
        return  # "61 cents, up from 55": the scale of a word unit is not carried over
    fig.unit, fig.noun, fig.kind = prev.unit, prev.noun, prev.kind


# "of the", "out of" between a part and the whole it is counted from
_PART_OF = regexcache.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|those\s+|its\s+|their\s+|all\s+)?")


def _part_of(text: str, part: Figure, whole: Figure) -> None:
    """A bare value counted out of the figure after it counts the same thing ("only 11 of
    the 27 member states"): it takes that figure's counted noun and kind."""
    if part.kind not in ("other", whole.kind) or part.noun is not None or part.unit is not None:
        return
    if whole.kind not in ("count", "casualty") or whole.noun is None:
        return
    if _PART_OF.fullmatch(text, part.end, whole.start):
        part.noun, part.kind = whole.noun, whole.kind


def _amount_spans(
    text: str, blocked: list[tuple[int, int]], t: _Tables
) -> Iterator[tuple[int, int]]:
    """The amount matches that touch no blocked span; of a match that does, its values
    outside the blocked spans ("in 2019 to 1,310": the value after the year)."""
    spans: Iterator[tuple[int, int]] = t.amount.spans(text, lowered(text))
    if t.glued_amount is not None:
        glued = (
            m.span()
            for m in t.glued_amount.finditer(text)
            if not _GLUED_AFTER.match(text, m.start() - 1 if m.start() else 0, m.start())
        )
        spans = heapq.merge(spans, glued)
    for start, end in spans:
        if not _inside(blocked, start, end):
            yield start, end
            continue
        for p in t.piece.finditer(text, start, end):
            if p.end() > p.start() and not _inside(blocked, p.start(), p.end()):
                yield p.start(), p.end()


# what no glued money follows: a word ("RN1,200") or another amount's mark
_GLUED_AFTER = regexcache.compile(r"[\w.,/$€£¥-]")

_CHANGE_LEAD = regexcache.compile(r"(?i:\b(by|from))\s+$")


def _change_pieces(
    text: str, start: int, end: int, s_end: int, t: _Tables
) -> list[tuple[int, int]]:
    """An amount "X to Y" after "by" or "from" may be two values, not a range: "rose by 12
    to 87" (a change and the new level), "rose from $4m to $9m" (the old level and the new).

    "from X to Y" is two values only after a verb of change ("Sentences range from six to
    twelve years" is a range); "by X to Y" is a range when what Y counts or measures follows
    it ("fell by 6 to 8 per cent", "vetted by 15 to 20 people")."""
    lead = _CHANGE_LEAD.search(text, max(0, start - 6), start)
    if not lead:
        return [(start, end)]
    pieces = list(t.piece.finditer(text, start, end))
    if len(pieces) < 2 or not regexcache.compile(r"\s+to\s+").fullmatch(
        text, pieces[0].end(), pieces[1].start()
    ):
        return [(start, end)]
    if lead.group(1).lower() == "from":
        if not t.change_from.search(text, max(0, lead.start() - 60), lead.start()):
            return [(start, end)]
    else:
        after = t.after.match(text, end, s_end)
        if after.group("pct") or after.group("cur") or _noun(text, end, s_end, t)[0]:
            return [(start, end)]
    return [(start, pieces[0].end()), (pieces[1].start(), end)]


def _proportions(
    text: str, sents: list[tuple[int, int, int]], starts: list[int], t: _Tables
) -> list[Figure]:
    """Shares written as words: "one in five voters", "two-thirds of the budget"."""
    out = []
    for m in t.proportion.matches(text, lowered(text)):
        s_start, s_end, index = sents[sentence_of(starts, m.start())]
        if not s_start <= m.start() < m.end() <= s_end:
            continue
        if text[m.end() : m.end() + 8].lstrip().lower().startswith(("%", "percent", "per cent")):
            continue  # "two in 40%": a count next to a percentage, not a share
        if (
            m.group("frac")
            and m.start("by") >= 0
            and not (_phrase_ends(text, m.end(), s_end, t) and _changed_by(text, m.start(), t))
        ):
            continue  # "by a third party", "followed by a third": the fraction is no change
        if m.group("frac") and t.share_of_time.match(text, m.end(), s_end):
            continue  # "half the time", "half of the day": a span of time, no share
        if m.group("frac"):
            share = t.fractions[" ".join(m.group("frac").lower().replace("-", " ").split())]
        else:
            a, b = _value(m.group("a"), t)[0], _value(m.group("b"), t)[0]
            if not 0 < a < b:
                continue
            share = a / b
        noun, end = _noun(text, m.end(), s_end, t) if not m.group("frac") else (None, m.end())
        qual = t.qualifier.search(text, max(s_start, m.start() - 30), m.start())
        start = qual.start() if qual else m.start()  # "Nearly half of", as "nearly 40%"
        fig = Figure(start, end, text[start:end], "percent", index, noun=noun)
        fig.qualifier = " ".join(qual.group(0).split()).lower() if qual else None
        fig.value, fig.unit = round(100 * share, 1), "%"
        _bound(fig, t)
        out.append(fig)
    return out


def _changed_by(text: str, pos: int, t: _Tables) -> bool:
    """Whether a verb of change comes shortly before the "by" that ends at ``pos`` ("cut by",
    "cuts the risk by"): "followed by a third" counts no share."""
    return t.change_by.search(text, max(0, pos - 50), pos) is not None


def _phrase_ends(text: str, pos: int, s_end: int, t: _Tables) -> bool:
    """True when no content word follows ``pos``: punctuation, the sentence end or a
    function word ("cut by a third in two years", "by half, and")."""
    nxt = regexcache.compile(r"\s*(\w[\w’'-]*)?").match(text, pos, s_end)
    return nxt.group(1) is None or nxt.group(1).lower() in t.stop


def _blocked_spans(text: str, lexicons: Lexicons) -> list[tuple[int, int]]:
    """Spans no figure may touch: calendar dates, clock times and phone numbers."""
    spans = [(s, e) for s, e, p in time_spans(text, lexicons) if p != "vague"]
    spans += [(m.start(), m.end()) for m in _SKIP.finditer(text)]
    spans.sort()
    return spans


def _next_start(spans: list[tuple[int, int]], pos: int) -> int:
    """The start of the first of the sorted ``spans`` that starts at or after ``pos``."""
    i = bisect_left(spans, (pos, pos))
    return spans[i][0] if i < len(spans) else pos + (1 << 40)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted ``spans``."""
    i = bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


# -- one figure ---------------------------------------------------------------------------------


def _build(
    text: str,
    m_start: int,
    m_end: int,
    starts: tuple[int, int],
    s_end: int,
    index: int,
    t: _Tables,
    unit_at: int | None = None,
) -> Figure | None:
    """Widen, check and classify one amount match ``text[m_start:m_end]``; None when it is
    not a figure.

    ``starts`` is the sentence start and the end of the previous figure: a qualifier, a
    frame or a name is never taken from a figure already found, but the words that make a
    bare value a level or a toll are read from the sentence start ("The death toll rose from
    12 to 40": 40 too). ``unit_at`` ends the next value of a pair, whose unit or counted noun
    a bare first value shares ("fell from 71 to 55 percent": 71 percent).
    """
    sentence_start, s_start = starts[0], max(starts)
    raw = _first_if_not_range(text[m_start:m_end], t)
    before = text[max(s_start, m_start - 40) : m_start]
    opens = _opens(text, s_start, m_start, m_start + len(raw))
    if _is_identifier(raw, before, opens, t) or _names_after(text, m_start + len(raw), s_end, t):
        return None
    start, end = m_start, m_start + len(raw)
    after = t.after.match(text, end, s_end)
    pct = bool(after.group("pct"))
    currency = _currency(raw, t, after.group("cur"))
    vague_of = bool(after.group("of")) and not any(c.isdigit() for c in raw) and raw[-1:] in "sS"
    if text[m_start - 1 : m_start] == "-" and not pct:
        return None  # "-11.5%" is a change; "-5 degrees" no count
    if pct and t.interval_after.match(text, after.end("pct"), s_end):
        return None  # "95% confidence interval": how sure a study is, no claim
    if t.interval_before.search(text, max(s_start, m_start - 30), m_start):
        return None  # "(95% CI, 0.70-0.94)": the bounds of a ratio, no count
    if pct:
        end = after.end("pct")  # "34 percent", not "34 percent of"
    elif after.group("cur") and (vague_of or not after.group("of")):
        end = after.end()
    elif vague_of:
        end = after.end("of")
    noun = None
    glued = None if pct or currency or not raw[-1:].isdigit() else t.unit_glued.match(text, end)
    if glued:  # "3kg of cocaine", "120mph": as "3 kilograms", "120 miles per hour"
        noun, end = glued.group(0), glued.end()
    elif not (pct or currency):
        noun, end = _noun(text, end, s_end, t)
    if noun is None and not (pct or currency):
        noun, end = _partitive(text, m_start + len(raw), s_end, t)
    if noun is None and not (pct or currency):
        end = m_start + len(raw)
        if unit_at is not None:
            shared = t.after.match(text, unit_at, s_end)
            pct = bool(shared.group("pct"))
            currency = _currency(raw, t, shared.group("cur"))
            if not (pct or currency):
                noun = _noun(text, unit_at, s_end, t)[0]
    if noun is not None and t.age_after.match(text, end, s_end) and _unit(noun, t):
        return None  # "a 74-year-old man": an age
    if _YEAR.fullmatch(raw) and not counts_noun(text, start, start + len(raw), t.lexicons):
        return None  # a year
    toll = (
        noun is None
        and not (pct or currency)
        and _casualty_bare(text, start, end, sentence_start, s_end, t)
    )
    bare = noun is None and not (pct or currency) and regexcache.compile(r"[\d,.]+").fullmatch(raw)
    crowd = (
        noun is None
        and not (pct or currency)
        and (
            t.count_frame.search(text, max(s_start, start - 60), start) is not None
            or t.count_tail.match(text, end, s_end) is not None
        )
    )  # "a crowd of 28,412", "a workforce of about 900", "40 were arrested": people counted
    if bare and not (
        toll
        or crowd
        or _GROUPED.fullmatch(raw)
        or t.qualifier.search(text, max(s_start, start - 30), start)
        or t.change_level.search(text, max(sentence_start, start - 50), start)
        or _LEVEL_LEAD.search(text, max(sentence_start, start - 20), start)
    ):
        return None  # a bare number with nothing counted: a list marker, an age, a score
    if noun is not None and _titled_unit(text, noun, end, s_end, t):
        return None  # "the movie 13 Hours", "CBS' 60 Minutes": a title, not a duration
    spelled = not any(c.isdigit() for c in raw)
    vague = t.vague_start.match(raw.lower()) is not None  # "scores of": no value, a magnitude
    if spelled and (
        noun is None and not (currency or toll) or not vague and _value(raw, t)[0] <= 1
    ):
        return None  # "the two met", "one of the", "one that can"
    qual = t.qualifier.search(text, max(s_start, start - 30), start)
    if (
        qual
        and noun is not None
        and starts[1] > sentence_start
        and _spans_time(text, qual, noun, starts[1], end, s_end, t)
    ):
        qual = None  # "cost 18 billion krona over ten years": across ten years, no bound
    if qual and _age_band(text, qual, raw, noun, sentence_start, t):
        return None  # "children under five", "men over 60": who, not how many
    if qual:
        start = qual.start()
    if t.age_before.search(text, max(s_start, start - 20), start):
        return None  # "aged 18 to 24": an age band
    frame = t.prefix.search(text, max(s_start, start - 30), start)
    if frame:
        start = frame.start()
    fig = Figure(start, end, text[start:end], "other", index, noun=noun)
    fig.qualifier = " ".join(qual.group(0).split()).lower() if qual else None
    fig.unit = "%" if pct else currency
    _set_values(fig, raw[1:] if _glued(raw, t) else raw, t)
    if after.group("cur") and " ".join(after.group("cur").split()).lower() in t.cents:
        _scale(fig, 0.01)  # "61 cents" is 0.61 dollars
    fig.kind = _kind(text, fig, pct, currency, bool(frame) or toll, s_start, s_end, t)
    if crowd and fig.kind == "other":
        fig.kind = "count"
    if _counts_sources(text, fig, s_start, s_end, t):
        return None
    return fig


def _age_band(
    text: str, qual: re.Match[str], raw: str, noun: str | None, s_start: int, t: _Tables
) -> bool:
    """ "children under five", "men over 60", "all of them under 18": a number under 130 after
    an age qualifier that follows a word for people is their age, unless a plural head or a
    unit of time is counted after it ("people over 40 countries", "women over 12 months")."""
    if " ".join(qual.group(0).split()).lower() not in t.age_qualifiers:
        return False
    prev = t.prev_word.search(text, max(s_start, qual.start() - 30), qual.start())
    if prev is None or prev.group(1).lower() not in t.age_holders:
        return False
    if not any(c.isdigit() for c in raw) and t.vague_start.match(raw.lower()):
        return False
    if _value(raw, t)[0] >= 130:
        return False
    if noun is None:
        return True
    last = noun.split()[-1].lower()  # "under five suffer": a verb read as the counted noun
    head = _is_head(last) or last in t.heads and last not in t.casualty_nouns  # not "died"
    return not (head or _unit(noun, t))


# At most two words between a figure and "over" + a duration ("$1.5 trillion tax cut over ten
# years"), and no ago/old after it ("over ten years ago" is more than ten)
_SPAN_GAP = regexcache.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}")
_SPAN_NOT_AFTER = regexcache.compile(r"[\s-]+(?i:ago|old)(?![\w])")


def _spans_time(
    text: str, qual: re.Match[str], noun: str, prev_end: int, end: int, s_end: int, t: _Tables
) -> bool:
    """ "over ten years" right after another figure in the sentence says over what span it
    runs ("will cost $18 billion over ten years"), not that the span is more than ten years."""
    if " ".join(qual.group(0).split()).lower() not in t.over_span or not _unit(noun, t):
        return False
    if _SPAN_NOT_AFTER.match(text, end, s_end):
        return False
    gap = text[prev_end : qual.start()]
    if any(w.lower() in t.stop for w in gap.split()):
        return False  # "has 40 staff and worked over ten years": a clause of its own
    return _SPAN_GAP.fullmatch(gap) is not None


_YEAR = regexcache.compile(r"1\d{3}|20\d\d")

# What may stand between a sentence's start and a number that opens it: "\"Nine people".
_OPENERS = regexcache.compile(r"[\s\"“‘'(\[]*")
# A dash or colon set off by a space ends a dateline or a timestamp ("LONDON - Three people",
# "15:40 GMT - Two people"): the number after it opens the report.
_LEAD_END = regexcache.compile(r"(?:\s[-–—]{1,2}|:)\s+[\"“‘'(\[]*$")


def _opens(text: str, s_start: int, pos: int, end: int) -> bool:
    """Whether the amount at ``pos``-``end`` opens its sentence, or the report after a dateline
    or a timestamp, so a capitalised number word there is a count, not a name ("Big Ten").
    After a dash or colon a capitalised word next makes a title ("The Trumps: Three
    Generations That Built an Empire"), not a report."""
    if pos == s_start or _OPENERS.fullmatch(text, s_start, pos) is not None:
        return True
    if _LEAD_END.search(text, max(s_start, pos - 8), pos) is None:
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is None or not nxt.group(1)[:1].isupper()


def _unit(noun: str, t: _Tables) -> bool:
    """True when the counted noun is one unit of time ("year" in "74-year-old")."""
    return noun.split()[0].lower().rstrip("’'") in t.durations


def _casualty_bare(text: str, start: int, end: int, s_start: int, s_end: int, t: _Tables) -> bool:
    """A number with nothing counted that still counts the dead or hurt: the object of a
    casualty verb ("killed 14"), a toll ("the death toll rose to 87") or the subject of a
    casualty predicate ("Hundreds were killed", "40 still missing")."""
    if _TALLY.match(text, end, s_end):
        return False  # "killed 52 to 48" is a vote
    tail = t.casualty_tail.match(text, end, s_end)
    if (
        tail is not None
        and tail.group().split()[-1].lower() in t.casualty_after
        and _OF_THE.search(text, max(0, start - 80), start)
    ):
        return False  # "Of the 12 paintings, 3 are missing"; "Of the 150 on board, 40 were killed" stays
    if tail or t.casualty_lead.search(text, max(s_start, start - 60), start):
        return True
    toll = _toll_at(text, start, s_start, t)
    return toll is not None and not _toll_inner(text, start, s_start, t)


def _toll_at(text: str, start: int, s_start: int, t: _Tables) -> re.Match[str] | None:
    """The toll noun earlier in the clause of the number at ``start`` ("the death toll from
    the earthquake has risen to 312")."""
    return t.toll_lead.search(text, max(s_start, start - 75), start)


def _toll_inner(text: str, start: int, s_start: int, t: _Tables) -> bool:
    """Whether the number at ``start`` (after a toll noun) sits in the toll's own phrase, not
    in its value: "the death toll in the two provinces", "from the 6.8-magnitude earthquake",
    "after three days of fighting" count no dead."""
    qual = t.qualifier.search(text, max(s_start, start - 30), start)
    pos = qual.start() if qual else start
    return t.toll_inner.search(text, max(s_start, pos - 15), pos) is not None


_TALLY = regexcache.compile(r"\s*(?:-|–|to\s)\s*\d")
_OF_THE = regexcache.compile(r"(?<![\w])Of\s+(?:the|those|these)\s[^,.;]{1,60},\s+$")  # opens it


_CLAUSE_OPEN = regexcache.compile(r"[,;:”\"]\s*$")  # "..., three former managers said"
_PARTITIVE = regexcache.compile(r"(?<![\w])of\s+$")


def _counts_sources(text: str, fig: Figure, s_start: int, s_end: int, t: _Tables) -> bool:
    """The number of the article's own sources, not a claim: a small count of a source noun
    that says something ("two security sources said", "three people familiar with the
    matter") or that "according to" / "citing" introduces. Any other counted noun is a source
    when "according to" introduces it or it heads a clause whose verb is one of speech
    ("..., three former managers said", "Two guards told the court ...")."""
    if fig.noun is None or fig.value is None or fig.value > 12:
        return False
    if _PARTITIVE.search(text, max(s_start, fig.start - 5), fig.start):
        return False  # "eight of 10 voters say": a share of those asked
    lead = t.source_lead.search(text, max(s_start, fig.start - 40), fig.start)
    if lead:  # "..., said three officials." - not "..., said three people died"
        return lead.group("inverted") is None or bool(t.inverted_end.match(text, fig.end, s_end))
    if fig.noun.split()[-1].lower() in t.source_heads:
        return t.source_tail.match(text, fig.end, s_end) is not None
    return t.speech_tail.match(text, fig.end, s_end) is not None and (
        _CLAUSE_OPEN.search(text, max(s_start, fig.start - 5), fig.start) is not None
        or _opens(text, s_start, fig.start, fig.end)
    )


def _first_if_not_range(raw: str, t: _Tables) -> str:
    """The first amount alone when "X to Y" is no range ("$1.5 million to three firms")."""
    pieces = list(t.piece.finditer(raw))
    if len(pieces) < 2 or raw[:1].lower() == "b":
        return raw
    (a, am), (b, bm) = _value(pieces[0].group(0), t), _value(pieces[1].group(0), t)
    money_a = _currency(pieces[0].group(0), t, None) is not None
    money_b = _currency(pieces[1].group(0), t, None) is not None
    shared = not am and bm  # "$1.5-2 billion", "$1.5 to 2 billion": one multiplier, one range
    if " or " in raw[pieces[0].end() : pieces[1].start() + 1] and a * (bm if shared else 1) < b:
        return raw  # "50 or 60 more", "whether 40 or 400 people died": the bounds of one figure
    if a * (bm if shared else 1) < b and (money_a == money_b or money_b or shared):
        return raw
    return raw[: pieces[0].end()]


def _is_identifier(raw: str, before: str, sentence_start: bool, t: _Tables) -> bool:
    """Numbers that name things: "Camp Ashraf 3", "Section 230", "Articles 19, 21", "Big Ten",
    and long digit strings (ids, timestamps)."""
    if regexcache.compile(r"\d{9,}").fullmatch(raw):
        return True
    if regexcache.compile(r"\d+[-–][A-Z]").match(raw):
        return True  # "7-Eleven": a number joined to a capitalised word is a name
    prev = t.prev_word.search(before)
    word = prev.group(1) if prev and before[prev.end(1) :] in (" ", "") else ""
    if word.lower().rstrip(".") in t.identifiers or word.lower() in t.identifiers:
        return True
    if before.rstrip().endswith((",", "and")) and regexcache.compile(
        r"[A-Z]\w*\s+\d+(?:,\s*\d+)*(?:,|\s+and)\s*$"
    ).search(before):
        return True  # the rest of a list of identifiers: "Articles 19, 21 and 22"
    if (
        raw[:1].isdigit()
        and word[:1].isupper()
        and word.lower() not in t.stop
        and word.lower() not in t.qualifiers
        and word.lower() not in t.calendar  # "on Monday 12 people": a date, then a count
        and not (  # "Hoyt's 42.9%": an owner, no name; "Obama's 2012 bundlers" is a year
            word.endswith(("'s", "’s", "s'", "s’")) and not _YEAR.fullmatch(raw)
        )
    ):
        return True
    if raw.startswith(t.prefixes_longest_first) or _glued(raw, t):
        return False
    return raw[:1].isupper() and not sentence_start


def _names_after(text: str, end: int, s_end: int, t: _Tables) -> bool:
    """Numbers that a name follows: a model ("its 737 Max jets", "the 15 Pro") or a street
    ("at 86 Gansevoort St."; not "300 Wall Street firms" or "300 Downing Street staff", where a
    lowercase head follows)."""
    if end >= s_end or text[end] not in " \t" or not text[end - 1 : end].isdigit():
        return False
    if text[max(0, end - 3) : end].isdigit() and t.model_after.match(text, end, s_end):
        return True  # a model has three digits or more: "737 Max", not "40 Mini Coopers"
    m = t.address_after.match(text, end, s_end)
    if m is None:
        return False
    nxt = _NEXT_WORD.match(text, m.end(), s_end)  # "300 Downing Street staff": a count of staff
    return nxt is None or not nxt.group(1).islower() or nxt.group(1) in t.stop


_NEXT_WORD = regexcache.compile(r"[ \t]+([A-Za-z]+)")


def _currency(raw: str, t: _Tables, word: str | None) -> str | None:
    """ISO code of the amount's currency, from a prefix ("US$") or a word after ("euros")."""
    head = raw[8:].lstrip() if raw[:8].lower() == "between " else raw
    for sym in t.prefixes_longest_first:
        if head.startswith(sym):
            return t.currency_prefix[sym]
    if head[:1] in t.currency_glued and head[1:2].isdigit():
        return t.currency_glued[head[:1]]  # "N1,200": spans of the glued pattern only
    if word:
        return t.currency_word.get(" ".join(word.split()).lower())
    return None


# "of the", "of his" between a number and the group it is a part of
_PARTITIVE_AFTER = regexcache.compile(
    r"\s+of\s+(?i:the|those|these|his|her|their|its|our|your|my)\s+(?=[a-z])"
)


def _partitive(text: str, end: int, s_end: int, t: _Tables) -> tuple[str | None, int]:
    """The group a bare number is part of ("9 of the dead", "9 of those executed", "2,400 of
    his supporters"), when a plural or casualty head ends it; not "11 of the 27 states", whose
    whole is a figure of its own."""
    part = _PARTITIVE_AFTER.match(text, end, s_end)
    if part is None:
        return None, end
    noun, n_end = _noun(text, part.end() - 1, s_end, t)
    if noun is None:
        return None, end
    last = noun.split()[-1].lower()
    if last.endswith(("'s", "’s", "s'", "s’")):
        return None, end  # "66 of the state's 72 counties": the whole is the next figure
    if last in t.heads or _is_head(last):
        return noun, n_end
    return None, end


def _glued(raw: str, t: _Tables) -> bool:
    """Whether ``raw`` is money with a glued capital ("N1,200"): the glued pattern's spans are
    the only amounts that start with a letter and a digit."""
    return raw[:1] in t.currency_glued and raw[1:2].isdigit()


_OPEN_QUOTES = '"“'
_CLOSE_QUOTES = '"”'
_QUOTES = '"“”'


def _noun(text: str, end: int, s_end: int, t: _Tables) -> tuple[str | None, int]:
    """The counted noun phrase after an amount ("MEK members"), and the new span end.

    A participle or an adverb ("300 confirmed cases", "800 likely voters") stays in the phrase
    only when a plural head follows it; "and"/"or" joins modifiers the same way ("20 current
    and former employees"). A verb an amount is often the subject of ("7 billion comes from")
    or another number ("2,900 two years earlier") ends it."""
    hyphen = regexcache.compile(r"-([A-Za-z]+)").match(text[end : min(s_end, end + 20)])
    if hyphen and hyphen.group(1).lower() in t.durations:
        return hyphen.group(1), end + hyphen.end()  # "a five-year plan"
    m = t.noun.match(text, end, s_end)
    if not m:
        return None, end
    toks = [(w.group(0), w.end()) for w in regexcache.compile(r"\S+").finditer(m.group(0))]
    words: list[str] = []
    pos = end
    toks = _quote_bounded(toks)
    if not toks:
        return None, end  # an opening quote that no noun closes: a quotation, no noun
    scare, closed = toks[0][0][:1] in _OPEN_QUOTES, False
    for i, (word, w_end) in enumerate(toks):
        closes = word[-1:] in _CLOSE_QUOTES
        if closes and not scare:  # 'killed 4 people" she said': the quotation's end
            word, w_end = word[:-1], w_end - 1
        low = word.lower().strip(_QUOTES)
        if _ends_phrase(low, t):
            # "and" joins modifiers ("current and former employees"); "more" right after the
            # number opens the phrase ("18 more executions", not "18 more than last year")
            joins = low in t.noun_joiners if words else low in t.comparatives
            if not (joins and _head_follows(toks, i + 1, t)):
                break
        elif _modifier_only(low, t) and not _head_follows(toks, i + 1, t):
            break
        if low[-1:] in "’'" and len(low) > 1:  # "four years'": a closing quote, or the
            word, low = word[:-1], low[:-1]  # possessive's mark, which no count includes
            w_end -= 1
        if words or low not in t.comparatives:  # "12 more graves": the noun is "graves"
            words.append(word)
        pos = end + w_end
        if scare and not closed:
            closed = closes
            if not closes or not _is_head(low) and _head_follows(toks, i + 1, t):
                continue  # a scare-quoted noun ends at its closing quote, or modifies a
                # head after it ('27 "at-large" delegates')
            break
        if (low in t.heads or _is_head(low)) and not _group_modifier(low, toks, i, t):
            break  # the first plural noun is the head: "2000 people came", "MEK members of"
    if scare and not closed:
        return None, end  # '"armed men and ...': the noun is cut inside its quotes
    if not words:
        return None, end
    return " ".join(w.strip(_QUOTES) for w in words), pos  # the span keeps the quotes


def _quote_bounded(toks: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The noun's words up to a quotation: none opened after the first word, and none past
    one that closes a quote (the scare quote's or a quotation's end). An opening quote on the
    first word that no word closes leaves none."""
    scare = toks[0][0][:1] in _OPEN_QUOTES
    for i, (word, _) in enumerate(toks):
        if i and word[:1] in _OPEN_QUOTES:
            toks = toks[:i]
            break
    closing = [i for i, (word, _) in enumerate(toks) if word[-1:] in _CLOSE_QUOTES]
    if scare and not closing:
        return []
    if closing and not scare:
        return toks[: closing[0] + 1]
    return toks


def _group_modifier(low: str, toks: list[tuple[str, int]], i: int, t: _Tables) -> bool:
    """A group noun with no plural mark that modifies a plural head right after it ("140
    police officers", "40 staff members"): the head ends the phrase, not the group noun."""
    if low not in t.collective_modifiers or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][0].rstrip(".,;:!?")
    n_low = nxt.lower()
    return (
        nxt.isalpha()
        and nxt.islower()
        and _is_head(n_low)
        and not _ends_phrase(n_low, t)
        and not _modifier_only(n_low, t)
        and n_low not in t.casualty_nouns
    )


def _ends_phrase(low: str, t: _Tables) -> bool:
    """A function word, a verb an amount is the subject of, a qualifier or another number:
    no part of a counted noun phrase."""
    return (
        low in t.stop
        or low in t.amount_verbs
        or low in t.qualifiers
        or low in t.numbers
        or low in t.multipliers
    )


def _modifier_only(low: str, t: _Tables) -> bool:
    """A participle or an adverb, a counted noun's modifier only before its head
    ("confirmed cases", "likely voters")."""
    return _verb_like(low) and low not in t.casualty_nouns or low in t.participles


def _is_head(low: str) -> bool:
    """A plural noun or a listed head ends the counted noun phrase."""
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _head_follows(toks: list[tuple[str, int]], i: int, t: _Tables) -> bool:
    """Whether a lowercase plural head (or a group noun, "Republicans") comes before the
    next function word: "confirmed [cases]", "likely [voters]", "current and former
    [employees]"."""
    for word, _ in toks[i:]:
        word = word.strip(_QUOTES)
        low = word.lower().rstrip("’'")
        if _ends_phrase(low, t):
            return False
        if low in t.heads:
            return True
        if _is_head(low):  # the head the phrase would stop at: a name ("Sanders") is none
            return word.islower() or low in t.groups
    return False


def _titled_unit(text: str, noun: str, end: int, s_end: int, t: _Tables) -> bool:
    """A capitalised unit of time right after the number, in running text, names a work or a
    show ("the movie 13 Hours will open", "on 60 Minutes."); a title-case headline, where
    the next word is capitalised too, keeps its figure."""
    if " " in noun or not noun[:1].isupper() or noun.isupper() or noun.lower() not in t.durations:
        return False
    nxt = regexcache.compile(r"[^\w]*(\w)?").match(text, end, s_end)
    return nxt is None or nxt.group(1) is None or not nxt.group(1).isupper()


def _verb_like(word: str) -> bool:
    """Participles and adverbs end a counted noun phrase ("members tweeting", "35 randomly")."""
    return word.endswith(("ing", "ed", "ly")) and len(word) > 4


def _kind(
    text: str,
    fig: Figure,
    pct: bool,
    currency: str | None,
    frame: bool,
    s_start: int,
    s_end: int,
    t: _Tables,
) -> str:
    """percent, money, duration, casualty, count or other, in that order of precedence."""
    if pct:
        return "percent"
    if currency:
        return "money"
    nouns = {w.lower() for w in (fig.noun or "").split()}
    words = [w.lower() for w in (fig.noun or "").split()]
    first = words[0] if words else ""
    # "a five-year plan" (noun "year"); not "1.5 terawatt-hours", where the hyphen is the noun's
    hyphen = (
        fig.text.rsplit("-", 1)[-1].lower()
        if "-" in fig.text[: len(fig.text) - len(fig.noun or "")]
        else ""
    )
    if first in t.durations or hyphen in t.durations:
        return "duration"
    if first in t.discourse:
        return "other"  # "two examples", "three reasons": nothing in the world is counted
    w_start = max(s_start, fig.start - 60)
    if _toll_at(text, fig.start, s_start, t) and _toll_inner(text, fig.start, s_start, t):
        w_start = fig.start  # "the death toll in the two provinces": what it is in, no dead
    if fig.noun:
        window = _clause_window(text, fig, w_start, s_end, t)
    else:
        window = text[w_start : fig.start] + " " + text[fig.end : min(s_end, fig.end + 30)]
    if frame or nouns & t.casualty_nouns or t.casualty.search(window):
        return "casualty"
    if fig.noun and t.casualty_of_tail.match(text, fig.end, s_end):
        return "casualty"  # "Three members of the security forces were martyred"
    if fig.noun or fig.low is not None:
        return "count"
    if t.count_tail.match(text, fig.end, s_end):
        return "count"  # "In March, 40 were arrested"
    if t.count_lead.search(text, max(s_start, fig.start - 80), fig.start):
        return "count"  # "The number of people detained has risen to 2,150"
    return "other"


def _clause_window(text: str, fig: Figure, w_start: int, s_end: int, t: _Tables) -> str:
    """The words around a counted noun in its own clause, where a casualty word makes it a
    casualty: not "killed, and 1,200 homes were flooded" or "shed 200 jobs after the blast
    that killed two workers", whose things are counted in a clause of their own."""
    before = text[w_start : fig.start]
    breaks = list(t.clause_break_before.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    after = text[fig.end : min(s_end, fig.end + 30)]
    comma = re.match(r"\s*,", after)
    if comma and t.casualty_tail.match(text, fig.end + comma.end(), s_end):
        return before + " " + after  # "three children, were killed": an aside's end
    if t.casualty_sequel.match(after):
        return before + " " + after  # "shot 100 people, killing 49": the same act
    cut = t.clause_break.search(after)
    return before + " " + (after[: cut.start()] if cut else after)


# -- values -------------------------------------------------------------------------------------


def _set_values(fig: Figure, raw: str, t: _Tables) -> None:
    """Fill value/low/high from the amount text and the qualifier."""
    low_raw = raw.lower()
    vague = t.vague_start.match(low_raw)
    if vague:
        base = t.vague[" ".join(vague.group(0).split())]
        fig.low, fig.high = 2 * base, 10 * base
        return
    pieces = [p.group(0) for p in t.piece.finditer(raw)]
    values = [_value(p, t) for p in pieces if p.strip()]
    if not values:
        if any(low_raw.startswith(w) for w in ("several", "a few", "a couple", "many", "a number")):
            mult = max((v for k, v in t.multipliers.items() if k in low_raw), default=1.0)
            fig.low, fig.high = 2 * mult, 10 * mult
        return
    if len(values) >= 2:
        (a, am), (b, bm) = values[0], values[1]
        if not am and bm and a * bm <= b * bm and a < b:
            a *= bm  # "1.5 to 2 million": the multiplier applies to both ends
        fig.low, fig.high = a, b
        return
    fig.value = values[0][0]
    _bound(fig, t)


def _bound(fig: Figure, t: _Tables) -> None:
    """A single value with a qualifier of a bound is that bound: "at least 120" is low 120,
    "nearly half" high 50 (%)."""
    bound = t.qualifiers.get(fig.qualifier or "")
    if bound == "min":
        fig.low = fig.value
    elif bound == "max":
        fig.high = fig.value


def _scale(fig: Figure, factor: float) -> None:
    """Multiply the figure's value and bounds by ``factor``."""
    for name in ("value", "low", "high"):
        if getattr(fig, name) is not None:
            setattr(fig, name, _exact(getattr(fig, name) * factor))


def _value(piece: str, t: _Tables) -> tuple[float, float]:
    """(value, multiplier) of one amount: digits with a multiplier, or spelled-out words."""
    digits = regexcache.compile(_DIGITS).search(piece)
    if digits:
        value = float(digits.group(0).replace(",", ""))
        rest = piece[digits.end() :].strip().lstrip("-")
        mult = t.abbreviations.get(rest, 0.0)
        for word in rest.lower().split() if not mult else ():
            mult = (mult or 1.0) * t.multipliers.get(word.rstrip("s"), 1.0)  # "lakh crore"
        return _exact(value * (mult or 1.0)), mult
    total, current, mult_seen = 0.0, 0.0, 0.0
    for word in regexcache.compile(r"[a-z]+").findall(piece.lower()):
        if word in t.numbers:
            current += t.numbers[word]
        elif word in ("a", "an") and current == 0:
            current = 1.0
        elif word == "half":
            current += 0.5
        elif word.rstrip("s") in t.multipliers:
            factor = t.multipliers[word.rstrip("s")]
            mult_seen = factor
            if factor < 1000:
                current = (current or 1.0) * factor
            else:
                total += (current or 1.0) * factor
                current = 0.0
    return _exact(total + current), mult_seen


def _exact(value: float) -> float:
    """The value without the float error of scaling a decimal ("2.3 lakh" is 230000, not
    229999.99999999997)."""
    return float(f"{value:.12g}")
