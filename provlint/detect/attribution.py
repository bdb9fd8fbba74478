"""Attributions: who says, writes, believes or reports what.

Each non-boilerplate sentence is scanned once with a few compiled regexes built from the
``reporting_verbs`` and ``attribution`` lexicons: verb groups ("has also said"), "according
to"-type phrases, agentless passives and adverbs ("is estimated to", "reportedly"), stance
adjectives ("is concerned") and possessed nominal cues ("her report"). For each cue the source
noun phrase is found on the side the construction puts it (:mod:`provlint.detect.sources`),
the content is the clause on the other side, and the source is classified as named, anonymous
or none; pronouns and relative pronouns take the kind of what they refer to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from provlint import regexcache
from provlint.detect.coref import Resolver
from provlint.detect.sources import (
    SourceWords,
    Token,
    agent_noun,
    by_after_participle,
    classify,
    head_index,
    is_person_like,
    plural_s,
    refine_source,
    singular,
    source_words,
    tokenize,
    walk_left,
    walk_right,
)
from provlint.detect.trie import trie_pattern
from provlint.document import Document, Sentence, last_sentence
from provlint.lexicons import Lexicons
from provlint.model import Attribution, Quote, TextSpan
from provlint.record import record

_GROUP_ORDER = (
    "needs_complement",
    "speech",
    "evidence",
    "cognition",
    "stance",
)  # earlier groups win a shared form
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "’s", "'s", "’re", "'re"})
_NOUN_BEFORE = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "my",
        "our",
        "your",
        "no",
        "every",
        "each",
        "any",
        "to",
        "of",
        "for",
        "new",
        "in",
        "on",
        "with",
    }
)
_STRONG_TIME = frozenset(
    {
        "recently",
        "yesterday",
        "today",
        "tonight",
        "previously",
        "earlier",
        "later",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "month",
        "year",
        "weekend",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "ago",
    }
)
_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you"})
_QUESTION_LABEL = regexcache.compile(r"(?:^|\n)[ \t]*Q[ \t]*:[ \t]*\S")
_HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
_AUX_ADVERBS = frozenset(
    {"recently", "previously", "publicly", "repeatedly", "reportedly", "allegedly"}
)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "who", "which", "that"})
_AUX_AFTER = frozenset(
    {"have", "are", "were", "will", "would", "can", "could", "should", "may", "might", "must"}
)
_COORD = frozenset(
    {"and", "but", "or", "then", "while", "before", "after", "by", "when", "without"}
)
_FIRST_PERSON = frozenset({"i", "we"})
_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i", "you", "there"})
_CLAUSE_PUNCT = frozenset({",", ":", "—", "–", ";"})
_QUOTE_CLOSE = frozenset({"”", '"', "’", "'", "»"})
_STRIP = " \t\n,;:—–-"
_PREV_WORD = regexcache.compile(r"(\w+)\s+$")
# A curly quotation (also one whose opener is typed as a closing mark straight after a comma:
# 'said,”Our orders ...”'), or a straight one opened after a space or bracket, which ends at a
# curly mark of no pair inside it ('"It will hold,” Roe said') but may hold a curly pair. Every branch
# opens with its quote mark (the check on the character before comes after it), so the regex
# engine only stops at quote marks instead of trying a look-behind at every position.
_QUOTED = regexcache.compile(
    r"“[^“”\"]*”|”(?<=[,:]”)(?=\w)[^“”\"\n]*”"
    r"|\"(?<![^\s(\[—–-]\")(?=\S)(?:[^\"“”\n]|“[^\"“”\n]*”)*?(?<=\S)\"(?=[\s.,;:!?)\]—–-]|$)"
    r"|''(?<![^\s(\[—–-]'')(?=[^\s'])[^\n]*?(?:(?<=[^\s'])'''?|(?<=[,.?!'] )'')(?=[\s.,;:!?)\]—–-]|$)"
)
_PARTY_LABEL = regexcache.compile(r"^[A-Z]-[A-Z]")  # "R-NY", "D-Calif"
_ACCORDING_MAX = 12  # tokens of an "according to" source the noun phrase rules cannot parse
_PHRASE_PUNCT = frozenset(',.;:—–()“”"')
_RELATIVE_STOP = frozenset({"that", "who", "which"})
_PERSON_RELATIVE = frozenset({"who", "whose"})  # relative clauses that describe a speaker


@record(frozen=True)
class Patterns:
    """Compiled cue regexes and lookup tables for one Lexicons object."""

    verb: re.Pattern[str]
    verb_group: dict[str, str]
    adjective: re.Pattern[str]
    according: re.Pattern[str]
    agentless: re.Pattern[str]
    nominal: re.Pattern[str]
    aux_words: re.Pattern[str]
    words: SourceWords
    by_agent: re.Pattern[str]
    trigger: re.Pattern[str]  # every cue's key word, lowercase, as one prefix-tree regex
    trigger_kind: dict[
        str, frozenset[str]
    ]  # key word -> detectors to run ("verb", "agentless", ...)
    content_end: re.Pattern[str]  # where a content clause ends before the sentence does
    clause_joiner: frozenset[str]  # "and", "but", "while": join a clause with its own subject
    negation: frozenset[str]  # "not", "never"
    subordinator: frozenset[str]  # "when", "if": open a clause that a comma closes
    object_end: frozenset[str]  # ", which", ", after": end a stance verb's object
    object_list: frozenset[str]  # ", including": an -ing word that goes on with the object
    verb_joiner: frozenset[str]  # "and", "but": join a second verb of the same subject
    verb_lead: frozenset[str]  # "also", "later": may stand between the joiner and the verb
    poll_tail: frozenset[str]  # "in", "on", "late": words of "a poll released in late May"
    figure_remark: frozenset[str]  # "sum", "record": an apposition on a figure, not a source
    agent_participle: frozenset[str]  # "seen", "obtained": "a memo seen by X" is the subject
    leader_participle: frozenset[str]  # "led": "a team led by X" is the subject
    irregular_past: frozenset[str]  # "spent", "won": finite verbs with no "-ed" ending
    poll_subject: frozenset[str]  # "poll", "average": heads of a poll that places a candidate
    # word groups, lowercase, phrases with single spaces
    headline: frozenset[str]  # verbs of Title Case headlines: "Trump Says ..."
    opening_participle: frozenset[str]  # "Asked about X, ...": a cue with no source
    inverted_opening: frozenset[str]  # "Said Roe, ...": a verb before its speaker
    passive_agentless: frozenset[str]  # "was asked": a report with no source
    passive_agentless_complement: frozenset[str]  # the same when more follows: "was announced that"
    reduced_passive: frozenset[
        str
    ]  # "accounts believed to be ...": a passive with no "is", no source
    object_before_of: frozenset[str]  # "accused": "accused of" right after it is a passive
    not_report_phrase: frozenset[str]  # "adds up": a verb and particle that report nothing
    document_subject: frozenset[
        str
    ]  # "documents": a verb only after a document ("the report documents")
    bare_report: frozenset[str]  # needs_complement forms that may end a clause: "Smith posted."
    no_modal: frozenset[str]  # "see": no view after a modal ("will see a raise")
    needs_as: frozenset[str]  # "saw": a view only with "as" later ("saw him as a threat")
    self_report: frozenset[str]  # "told": reports with "I" or "we" as source ("I told him")
    bare_end: frozenset[str]  # bare_report forms ending a sentence unquoted: "Smith posted."
    quantity_object: frozenset[str]  # "added about 4,800 units": a verb of adding, not saying
    listener_object: frozenset[str]  # "told": its object is a listener, not what was said
    singular_determiner: frozenset[str]  # "neither": a noun form after it is a noun
    verb_only: frozenset[str]  # "says": an "-s" form that is never a plural noun
    bare_before_time: frozenset[str]  # ... or come before a time word: "Smith emailed Monday"
    not_speaker: frozenset[str]  # first words of "Label:" lines that name no speaker
    sure_report: frozenset[str]  # forms that report wherever they stand: "said"
    loose_base: frozenset[str]  # base forms that also take a loose subject: "say"
    catenative: frozenset[tuple[str, ...]]  # "continued to", "went on to": part of the verb group
    noun_forms: frozenset[str]  # forms that are also nouns: "comments", "report"
    plural_unmarked: frozenset[str]  # "people", "police": plural subjects with no "-s"
    plural_quantifier: frozenset[str]  # "several", "many": no "-s" verb follows their noun
    noun_quantifier: frozenset[str]  # "some", "most": an "-s" form right after them is a noun
    purpose_infinitive: frozenset[str]  # "used his speech to call for": verbs of announcing
    purpose_not_after: frozenset[str]  # "wants to", "has to": no purpose infinitive after these
    noun_determiner: frozenset[str]  # "the", "his": before a modifier and a noun form
    naming: frozenset[str]  # participles that give a name: "a firm called Acme"
    naming_determiner: frozenset[str]  # "a", "another": make the named noun indefinite
    numbers: frozenset[str]  # spelled-out numbers above one
    money_marks: frozenset[str]  # currency signs and prefixes ("$", "€", "US$"), from currencies
    clock_suffix: frozenset[str]  # "a.m.": "at 10 a.m." is a time, not a figure


@cache
def patterns(lexicons: Lexicons) -> Patterns:
    """Build the cue regexes once per Lexicons object (compiling them is the costly part)."""
    verb_group: dict[str, str] = {}
    for group in _GROUP_ORDER:
        for form in lexicons.words("reporting_verbs", group):
            verb_group.setdefault(re.sub(r"\s+", " ", form.lower()), group)
    aux = lexicons.alternation("attribution", "auxiliary")
    verb = regexcache.compile(
        rf"(?<![\w’'-])(?<!\w[.&])(?P<verb>{trie_pattern(list(verb_group), fold=False)})(?![\w-])",
        re.IGNORECASE,
    )
    adj = lexicons.alternation("attribution", "stance_adjective")
    adjective = regexcache.compile(
        rf"(?<![\w’'-])(?<!\w[.&])(?P<verb>(?:is|are|was|were|am|be|been|remains?|remained|seems?|seemed|appears?"
        rf"|appeared|grew|became|becomes?|feels?|felt)\s+(?:\w+ly\s+|not\s+|so\s+|very\s+|too\s+|more\s+)?"
        rf"(?:{adj}))(?![\w-])",
        re.IGNORECASE,
    )
    according = regexcache.compile(
        rf"(?<![\w-])(?:{lexicons.alternation('attribution', 'according_to')})(?![\w-])",
        re.IGNORECASE,
    )
    agentless = regexcache.compile(
        rf"(?<![\w-])(?:{lexicons.alternation('attribution', 'agentless')})(?![\w-])", re.IGNORECASE
    )
    nominal = regexcache.compile(
        rf"(?<![\w’'-])(?<!\w[.&])(?P<poss>[^\W_][\w.&-]*['’]s|[^\W_][\w.&-]*s['’](?=\s)|his|her|their|its)\s+"
        rf"(?P<noun>{lexicons.alternation('attribution', 'nominal')})(?![\w-])",
        re.IGNORECASE,
    )
    aux_words = regexcache.compile(rf"^(?:{aux})$", re.IGNORECASE)
    kinds: dict[str, set[str]] = {}
    for form in verb_group:
        kinds.setdefault(form, set()).add("verb")
    for kind, group in (
        ("poll", "poll"),
        ("agentless", "agentless_trigger"),
        ("adjective", "stance_adjective"),
        ("nominal", "nominal"),
        ("according", "according_trigger"),
        ("participle", "stance_participle"),
        ("nominal_that", "nominal_that"),
        ("nominal_of", "nominal_of"),
        ("as_put", "as_put"),
        ("placement", "poll_placement"),
    ):
        for w in lexicons.words("attribution", group):
            kinds.setdefault(w.lower(), set()).add(kind)
    trigger = regexcache.compile(
        rf"(?<![\w’'-])(?<!\w[.&])(?P<verb>{trie_pattern(list(kinds), fold=False)})(?![\w-])"
    )
    return Patterns(
        verb=verb,
        verb_group=verb_group,
        adjective=adjective,
        according=according,
        agentless=agentless,
        nominal=nominal,
        aux_words=aux_words,
        words=source_words(lexicons),
        by_agent=regexcache.compile(
            rf"(?<![\w’'-])(?<!\w[.&])(?:{lexicons.alternation('attribution', 'by_agent')})\s+by(?![\w-])",
            re.IGNORECASE,
        ),
        trigger=trigger,
        trigger_kind={k: frozenset(v) for k, v in kinds.items()},
        content_end=regexcache.compile(
            lexicons.alternation("attribution", "content_end") or "(?!)", re.IGNORECASE
        ),
        clause_joiner=_word_set(lexicons, "attribution", "clause_joiner"),
        negation=_word_set(lexicons, "attribution", "negation"),
        subordinator=_word_set(lexicons, "attribution", "subordinator"),
        object_end=_word_set(lexicons, "attribution", "object_end"),
        object_list=_word_set(lexicons, "attribution", "object_list"),
        verb_joiner=_word_set(lexicons, "attribution", "verb_joiner"),
        verb_lead=_word_set(lexicons, "attribution", "verb_lead"),
        poll_tail=_word_set(lexicons, "attribution", "poll_tail"),
        poll_subject=_word_set(lexicons, "attribution", "poll_subject"),
        irregular_past=_word_set(lexicons, "attribution", "irregular_past"),
        figure_remark=_word_set(lexicons, "attribution", "figure_remark"),
        agent_participle=_word_set(lexicons, "attribution", "by_agent")
        | _word_set(lexicons, "attribution", "agent_participle"),
        leader_participle=_word_set(lexicons, "attribution", "leader_participle"),
        headline=_word_set(lexicons, "reporting_verbs", "headline"),
        opening_participle=_word_set(lexicons, "reporting_verbs", "opening_participle"),
        inverted_opening=_word_set(lexicons, "reporting_verbs", "inverted_opening"),
        passive_agentless=_word_set(lexicons, "reporting_verbs", "passive_agentless"),
        passive_agentless_complement=_word_set(
            lexicons, "reporting_verbs", "passive_agentless_complement"
        ),
        reduced_passive=_word_set(lexicons, "reporting_verbs", "reduced_passive"),
        object_before_of=_word_set(lexicons, "reporting_verbs", "object_before_of"),
        not_report_phrase=_word_set(lexicons, "reporting_verbs", "not_report_phrase"),
        document_subject=_word_set(lexicons, "reporting_verbs", "document_subject"),
        bare_report=_word_set(lexicons, "reporting_verbs", "bare_report"),
        no_modal=_word_set(lexicons, "reporting_verbs", "no_modal"),
        needs_as=_word_set(lexicons, "reporting_verbs", "needs_as"),
        self_report=_word_set(lexicons, "reporting_verbs", "self_report"),
        bare_end=_word_set(lexicons, "reporting_verbs", "bare_end"),
        quantity_object=_word_set(lexicons, "reporting_verbs", "quantity_object"),
        listener_object=_word_set(lexicons, "reporting_verbs", "listener_object"),
        singular_determiner=_word_set(lexicons, "reporting_verbs", "singular_determiner"),
        verb_only=_word_set(lexicons, "reporting_verbs", "verb_only"),
        bare_before_time=_word_set(lexicons, "reporting_verbs", "bare_before_time"),
        not_speaker=_word_set(lexicons, "attribution", "not_speaker"),
        sure_report=_word_set(lexicons, "reporting_verbs", "sure_report"),
        loose_base=_word_set(lexicons, "reporting_verbs", "loose_base"),
        noun_forms=_word_set(lexicons, "reporting_verbs", "noun_forms"),
        plural_unmarked=_word_set(lexicons, "reporting_verbs", "plural_unmarked"),
        plural_quantifier=_word_set(lexicons, "reporting_verbs", "plural_quantifier"),
        noun_quantifier=_word_set(lexicons, "reporting_verbs", "noun_quantifier"),
        purpose_infinitive=_word_set(lexicons, "reporting_verbs", "purpose_infinitive"),
        purpose_not_after=_word_set(lexicons, "reporting_verbs", "purpose_not_after"),
        noun_determiner=_word_set(lexicons, "reporting_verbs", "noun_determiner"),
        naming_determiner=_word_set(lexicons, "reporting_verbs", "naming_determiner"),
        naming=_word_set(lexicons, "reporting_verbs", "naming"),
        catenative=frozenset(
            tuple(w.split())
            for group in ("catenative", "catenative_report")
            for w in _word_set(lexicons, "reporting_verbs", group)
        ),
        numbers=frozenset(
            w.lower()
            for value, group in lexicons.groups("number_words").items()
            if value != "1"
            for w in group
        ),
        money_marks=frozenset(
            w
            for code, group in lexicons.groups("currencies").items()
            if not code.endswith("_words")
            for w in group
        ),
        clock_suffix=_word_set(lexicons, "attribution", "clock_suffix"),
    )


def _word_set(lexicons: Lexicons, name: str, group: str) -> frozenset[str]:
    """One lexicon group as a set of lowercase phrases with single spaces."""
    return frozenset(re.sub(r"\s+", " ", w.lower()) for w in lexicons.words(name, group))


@record
class _Cue:
    """A cue found in one sentence, before source kinds are resolved."""

    cue: tuple[int, int]  # prose offsets
    source: tuple[int, int] | None  # token indices, inclusive
    content: tuple[int, int] | None  # prose offsets
    cue_type: str
    weak: bool = False  # a document stands in for its unfound author ("a statement saying")
    saying: bool = False  # a verb of saying ("said"), not of stance or belief
    stance: bool = False  # a stance verb with its object after it ("praised the plan")
    answer: bool = False  # an interview's "A:" label: the interviewee speaks


class _Sentence:
    """One sentence's text and tokens, with offset -> token lookups."""

    def __init__(self, prose: str, sent: Sentence, content_end: re.Pattern[str]) -> None:
        self.sent = sent
        self.content_end = content_end
        self.start, self.end = sent.start, sent.end
        self.text = prose[sent.start : sent.end]
        self._toks: list[Token] | None = None
        self._starts: list[int] = []
        self.hits: dict[str, list[re.Match[str]]] = {}
        self._ends: list[int] | None = None

    @property
    def toks(self) -> list[Token]:
        """Tokens, made on first use: most sentences have no cue and never need them."""
        if self._toks is None:
            self._toks = tokenize(self.text, self.start)
            self._starts = [t.start for t in self._toks]
        return self._toks

    def index_at(self, offset: int) -> int:
        """Index of the first token that starts at or after ``offset``."""
        self.toks  # noqa: B018 - make sure tokens exist
        return bisect_left(self._starts, offset)

    def clause_end(self, offset: int) -> int:
        """Where content that starts at prose ``offset`` ends: at the end of the sentence, or
        before a phrase that adds a figure of its own (", compared with 41 percent")."""
        if self._ends is None:  # one scan per sentence, however many cues it has
            self._ends = [m.start() + self.start for m in self.content_end.finditer(self.text)]
        return next((e for e in self._ends if e >= offset), self.end)

    def span_text(self, a: int, b: int) -> TextSpan:
        """TextSpan of tokens ``a..b`` inclusive."""
        s, e = self.toks[a].start, self.toks[b].end
        return TextSpan(s, e, self.text[s - self.start : e - self.start])


def _trim(text: str, s: int, e: int, base: int) -> tuple[int, int] | None:
    """Shrink prose span ``[s, e)`` past separators at both ends; None when nothing is left."""
    while s < e and text[s - base] in _STRIP:
        s += 1
    while e > s and text[e - 1 - base] in _STRIP + ".":
        e -= 1
    return (s, e) if e - s >= 2 else None


def _skip_time_left(toks: list[Token], i: int, words: SourceWords) -> int:
    """Step back over a time adjunct between a source and its verb ("Rafie on Saturday warned")."""
    if (span := _time_span_left(toks, i, words)) != i:
        return _skip_time_left(toks, span, words)  # "people I met | over the past week | said"
    j = i
    strong = False
    while j >= 0 and (toks[j].lower in words.time or toks[j].text[0].isdigit()):
        strong = strong or toks[j].lower in _STRONG_TIME or toks[j].text[0].isdigit()
        j -= 1
    if strong and j >= 0 and j < i and toks[j + 1].lower not in ("the", "a", "'s", "’s"):
        return j
    return i


def _time_span_left(toks: list[Token], i: int, words: SourceWords) -> int:
    """The token before a span adjunct that ends at token ``i`` ("over the last few weeks", "in
    the past couple of days"), or ``i`` when none ends there."""
    if i < 0 or toks[i].lower not in words.time:
        return i
    j = i - 1
    while (
        j >= 0
        and toks[j].lower != "the"
        and (toks[j].lower in words.time or toks[j].lower in words.time_quantity)
    ):
        j -= 1
    if j >= 1 and toks[j].lower == "the" and toks[j - 1].lower in words.time_span:
        return j - 2
    return i


# Longest parenthetical after a name that is left out of the source ("X, of Acme Bank, said";
# "X, in a statement to reporters on Monday, said"), in tokens with its commas.
_ADVERBIAL_APPOSITION_MAX = 12


def _apposition_left(
    sn: _Sentence, comma: int, words: SourceWords, title: int | None = None
) -> tuple[int, int] | None:
    """Source "Name, apposition," ending at the comma token index ``comma`` ("X, a historian, said").

    Of the commas before it, the nearest one whose left side is a name in subject position (at
    the start of the sentence or clause) wins; an apposition may itself hold commas ("X, a
    pollster working with Y, a super PAC, said"). A parenthetical adverbial ("X, in particular,")
    leaves the bare name.
    """
    toks = sn.toks
    skip_to = (
        -1 if title is None else title
    )  # a quoted title ending at the comma: '“Morning Show,”'
    rel = _relative_open(toks, comma)
    for p in range(comma - 1, max(comma - 40, 0), -1):
        if p >= skip_to >= 0:
            continue  # inside a quoted title
        if rel is not None and p > rel:
            continue  # inside ", who ...": "X, who lived in Aurora, Colorado, said" is X
        t = toks[p].text
        if t in _QUOTE_CLOSE and (q := _title_open(toks, p)) is not None:
            skip_to = q
            continue
        if (t in _QUOTE_CLOSE or t in '“"') and not _possessive_mark(toks, p):
            return None
        if t != "," or p + 1 >= comma:
            continue
        core = walk_left(toks, p - 1, words)
        unlisted = core is None and (core := _unlisted_role(toks, p - 1, words)) is not None
        if core is None:
            continue
        opener = toks[p + 1]
        if not toks[core[1]].text[0].isupper():
            role = unlisted or toks[core[1]].lower in words.title
            if role and opener.text[0].isupper() and comma - p <= 5:
                return core[0], comma - 1  # "the White House spokesman, Josh Earnest, said"
            continue
        before = toks[core[0] - 1] if core[0] > 0 else None
        if (
            before is not None
            and before.text not in _CLAUSE_PUNCT
            and before.lower not in _COORD
            and before.text not in _QUOTE_CLOSE
            and before.lower != "that"
            and before.lower not in words.subordinator
        ):
            continue
        if (
            opener.lower in words.connector
            or opener.lower in words.not_name
            and opener.lower not in words.relative
        ):
            return core if comma - p <= _ADVERBIAL_APPOSITION_MAX else None
        if _participle_aside(toks, p + 1, comma, words):
            return core  # "X, citing a poll, said": the aside is what X did, not who X is
        if (
            opener.text[0].isupper()
            and opener.lower not in words.title
            and opener.lower not in ("the", "a", "an")
            and not _PARTY_LABEL.match(opener.text)
            and not any(t.lower in words.title and t.text.islower() for t in toks[p + 1 : comma])
        ):
            continue  # a capitalised opener is an apposition only with a role in it: "X, South Carolina director, said"
        return core[0], comma - 1
    return None


_ROLE_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our"})
_ROLE_MODIFIERS_MAX = 3


def _unlisted_role(toks: list[Token], i: int, words: SourceWords) -> tuple[int, int] | None:
    """An unlisted role ending at token ``i`` after a definite determiner and up to three
    lowercase modifiers ("its coordinator", "the clinic's medical coordinator"), which the noun
    phrase walk does not know as a head; None if ``i`` is no agent noun."""
    if not (toks[i].text.isalpha() and toks[i].text.islower() and agent_noun(toks[i], words)):
        return None
    k = i - 1
    while k >= 0 and i - k <= _ROLE_MODIFIERS_MAX and toks[k].text.islower():
        low = toks[k].lower
        if low in _ROLE_DETERMINERS or low.endswith(("’s", "'s")):
            return k, i
        if not toks[k].text.isalpha() or low in words.connector:
            return None
        k -= 1
    return None


def _possessive_mark(toks: list[Token], p: int) -> bool:
    """Whether the apostrophe token ``p`` is the possessive of a plural or of a name in "-s"
    ("Jones' campaign manager"), not a closing quotation: it is glued to a word ending in "s"
    and a lowercase word follows."""
    return (
        toks[p].text in ("'", "’")
        and 0 < p < len(toks) - 1
        and toks[p - 1].end == toks[p].start
        and toks[p - 1].lower.endswith("s")
        and toks[p + 1].start > toks[p].end
        and toks[p + 1].text[:1].islower()
    )


def _relative_open(toks: list[Token], comma: int) -> int | None:
    """Index of the nearest comma before ``comma`` that opens a relative clause on a person
    (", who", ", whose"); the commas after it are inside that clause."""
    for q in range(comma - 2, max(comma - 40, 0), -1):
        if toks[q].text in _QUOTE_CLOSE or toks[q].text in '“"':
            return None
        if toks[q].text == "," and toks[q + 1].lower in _PERSON_RELATIVE:
            return q
    return None


def _participle_aside(toks: list[Token], a: int, b: int, words: SourceWords) -> bool:
    """Whether tokens ``a..b`` (exclusive) are a participle clause ("citing a poll", "looking
    for a way out", "reached by phone") rather than a role ("acting director of the agency", which has a title)."""
    op = toks[a]
    passive = (  # "reached by phone", "asked about the cuts", "interviewed on Monday"
        op.lower.endswith(("ed", "en"))
        and a + 1 < b
        and toks[a + 1].lower in words.head_preposition
    )
    return (
        op.text.islower()
        and (op.lower.endswith("ing") or passive)
        and op.lower not in words.title
        and not any(t.lower in words.title or _base_word(t) in words.title for t in toks[a:b])
    )


_TITLE_MAX = 6  # tokens of a quoted title inside an apposition ('host of “Morning Joe,”')


def _title_open(toks: list[Token], close: int) -> int | None:
    """Index of the opening quotation mark of a short quoted title that ends at ``close`` inside
    a phrase ('a host of “The Five,”', "star of ''Scandal,''"): the mark follows a word, not
    punctuation or the sentence start, so the quotation is a name, not something said."""
    for q in range(close - 1, max(close - _TITLE_MAX - 2, -1), -1):
        t = toks[q].text
        if t in ("“", '"', "'", "‘") and q + 1 < close:
            if q > 0 and t == "'" and toks[q - 1].text == "'":
                q -= 1  # "''" for an opening mark
            if q == 0 or not toks[q - 1].text[0].isalnum():
                return None
            return q
        if t in _QUOTE_CLOSE or t in (".", "!", "?", ";", ":"):
            return None
    return None


def _clause_ends(toks: list[Token], k: int, words: SourceWords) -> bool:
    """After an inverted source the clause ends ("..., said Jane Roe." / "said Roe on Monday");
    an object goes on with more ("urged Obama last year not to ...")."""
    if k >= len(toks):
        return True
    t = toks[k]
    if t.lower in ("a", "an") or t.lower in words.heads:
        return True  # an apposition without its comma: "said Jane Roe a historian", "the Hamdeli daily"
    return (
        not t.text[0].isalnum()
        or t.lower in words.relative
        or t.lower in ("in", "on", "at", "during", "after", "before", "when", "while", "to")
    )


def _participle_clause(tok: Token) -> bool:
    """A comma then an -ing word opens an adverbial clause about the speaker, not an apposition:
    "said Jane Roe, pointing to the budget" keeps only "Jane Roe"."""
    return tok.text.islower() and len(tok.lower) > 5 and tok.lower.endswith("ing")


# Tokens after ", who" searched for a verb of saying or thinking that makes the relative clause
# a report of its own ("said Jane Roe, who said she ..."; "..., who spoke on condition of anonymity").
_OWN_REPORT_WINDOW = 6


def _reporting_relative(toks: list[Token], k: int, pat: Patterns) -> bool:
    """Whether ``toks[k]`` is a comma opening a relative clause ("who", "whose") that reports on
    its own: a verb of saying or thinking, or a word of the ``own_report`` group, soon follows.
    Such a clause is a cue of its own, not part of the inverted source before it."""
    if toks[k].text != "," or k + 1 >= len(toks) or toks[k + 1].lower not in _PERSON_RELATIVE:
        return False
    for t in toks[k + 2 : k + 2 + _OWN_REPORT_WINDOW]:
        if t.lower in pat.words.own_report or pat.verb_group.get(t.lower) in (
            "speech",
            "cognition",
        ):
            return True
    return False


def _extend_inverted(sn: _Sentence, src: tuple[int, int], pat: Patterns) -> tuple[int, int]:
    """Grow an inverted source over its apposition or relative clause, which runs to the end of
    the sentence or the next quotation ("said Jane Roe, a historian at Acme who ..."). A relative
    clause that reports on its own ("said Roe, who said ...") stays out."""
    words = pat.words
    toks = sn.toks
    k = src[1] + 1
    if k >= len(toks) or src[0] == src[1] and toks[src[0]].lower in _SUBJECT_PRONOUNS:
        return src
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    grow = t.lower in _PERSON_RELATIVE or (
        t.text.islower()
        and t.text.isalpha()
        and t.lower.endswith("ed")
        and t.lower not in words.time
    )
    last = toks[src[1]]
    if t.text == "," and nxt is not None and _apposition_start(toks, k + 1, words):
        grow = True  # "said Jane Roe, 45, ...", ", R-Ohio", ", Acme's chief", ", Democrat of Ohio"
    elif (
        t.text == ","
        and nxt is not None
        and nxt.text[0].isupper()
        and nxt.lower not in words.time
        and last.text.islower()
        and not plural_s(last.lower)  # "said their advisers, Ann Roe and Tom Vale": the group
        and (last.lower in words.title or agent_noun(last, words))
    ):
        name = walk_right(toks, k + 1, words)  # "said its coordinator, Omar Saleh"
        if (
            name is not None
            and toks[name[1]].text[0].isupper()  # not "Amnesty International reported"
            and _clause_ends(toks, name[1] + 1, words)
        ):
            return src[0], name[1]
        return src  # "said one teacher, Amnesty International reported": another clause
    elif (
        t.text == ","
        and nxt is not None
        and nxt.text.isalpha()
        and (nxt.lower not in words.time or nxt.lower in ("the", "a"))
        and (nxt.text.islower() or nxt.lower in words.title or nxt.lower in ("the", "a", "an"))
    ):
        grow = not _participle_clause(nxt) and nxt.lower not in (
            "and",
            "but",
            "or",
            "so",
            "then",
            "adding",
            "saying",
            "according",
            "as",
        )
        if grow and _clause_after_comma(toks, k + 1, words):
            grow = False  # "according to the poll, voters are ...": the sentence goes on
    if grow and _reporting_relative(toks, k, pat):
        grow = False
    if not grow:
        return src
    end = k
    while end + 1 < len(toks) and toks[end + 1].text not in ("“", '"', "‘", ";"):
        if _reporting_relative(toks, end + 1, pat):
            break  # "said Roe, a farmer, who said ...": the apposition only
        end += 1
    while end > src[1] and not toks[end].text[0].isalnum():
        end -= 1
    return src[0], end


def _clause_after_comma(toks: list[Token], i: int, words: SourceWords) -> bool:
    """Whether the words from ``toks[i]`` to the next comma or the end make a clause, not an
    apposition: a subordinator opens them ("where", "although"), or they start with no
    determiner or role and hold a finite auxiliary before any relative pronoun ("according to
    Acme, two of them were ...", "according to Roe, is to turn")."""
    if toks[i].lower in words.not_name and toks[i].lower not in words.time:
        return True
    if toks[i].lower in ("the", "a", "an") or toks[i].lower in words.title:
        return False  # "said Roe, the minister at the time the tax was introduced"
    for j in range(i, len(toks)):
        t = toks[j]
        if t.text in (",", ";", ":") or t.lower in words.relative or t.lower == "that":
            if t.lower == "that" and toks[j - 1].lower in words.connector:
                continue  # "less than 10% of that has": a pronoun, not a relative clause
            return False
        if t.lower in _FINITE:
            return True
    return False


def _apposition_start(toks: list[Token], i: int, words: SourceWords) -> bool:
    """Whether ``toks[i]``, right after a name's comma, opens an apposition that a capital or a
    digit would otherwise hide: an age, a party label, a possessive name, "Democrat of"."""
    tok = toks[i]
    if tok.text.isdigit():
        return len(tok.text) <= 2 and (i + 1 == len(toks) or toks[i + 1].text in (",", "."))
    if _PARTY_LABEL.match(tok.text) or (tok.text[0].isupper() and tok.lower.endswith(("'s", "’s"))):
        return True
    return tok.lower in words.party_member and i + 1 < len(toks) and toks[i + 1].lower == "of"


_CLAUSE_BEFORE_MIN = 5  # words before ", X said, as ..." that make a clause, not an opener


def _content(
    sn: _Sentence,
    after_tok: int,
    before_end: int,
    prefer_before: bool,
    words: SourceWords,
    object_verb: bool,
) -> tuple[int, int] | None:
    """The content span: the clause after the cue, or the text before the source when that is all there is."""
    toks = sn.toks
    k = after_tok
    if object_verb and k < len(toks):
        obj = walk_right(toks, k, words)
        if obj is not None:
            k = obj[1] + 1
        elif toks[k].lower in _OBJECT_PRONOUNS:
            k += 1  # "…, Omar Saleh told us.": the listener, not what was said
    t = k
    while t < len(toks) and (toks[t].lower in words.time or toks[t].text[0].isdigit()):
        t += 1  # "said on Thursday that ...": the time adjunct is no content
    if (
        t > k
        and t < len(toks)
        and any(toks[j].lower in words.time for j in range(k, t))
        and (toks[t].lower == "that" or toks[t].text in _CLAUSE_PUNCT)
    ):
        k = t
    if (
        t + 1 < len(toks)
        and toks[t].text == ","
        and (
            toks[t + 1].lower in words.subordinator
            or toks[t + 1].lower in words.occasion_preposition
            or toks[t + 1].lower in _COORD  # "..., officials said, but 12 people drowned"
        )
        and (before := sn.text[: before_end - sn.start].rstrip()).endswith(",")
        and len(before.split()) >= _CLAUSE_BEFORE_MIN  # "Now, he says, at least ..." is an aside
    ):
        prefer_before = True  # "12 died, police said (yesterday), as rescuers searched ..."
    while k < len(toks) and (toks[k].lower == "that" or toks[k].text in _CLAUSE_PUNCT):
        k += 1
    rest = toks[k:]
    only_time = all(
        t.lower in words.time or t.text[0].isdigit() or not t.text[0].isalnum() for t in rest
    )
    if not prefer_before and rest and not only_time and not _occasion_only(rest, words):
        return _trim(sn.text, rest[0].start, sn.clause_end(rest[0].start), sn.start)
    if before_end > sn.start:
        return _trim(sn.text, sn.start, before_end, sn.start)
    return None


_OCCASION_REACH = 5  # tokens from "in" to its noun: "in a short written statement"
_PLATFORM_MAX = 4  # words of "on its Telegram channel" between a verb of posting and "that"
_MEANS_WORDS_MAX = 3  # "by phone", "by satellite phone": the means of telling, no content


def _occasion_only(rest: list[Token], words: SourceWords) -> bool:
    """Whether the tokens after a cue are only the occasion of the report and its time ("said
    in a statement", "said in an interview on Tuesday") or its means ("told me by phone"):
    nothing said, so the content is the clause before the source."""
    if not rest:
        return False
    if rest[0].lower == "by" and sum(t.text.isalpha() for t in rest) <= _MEANS_WORDS_MAX:
        return all(t.text.isalpha() or not t.text[0].isalnum() for t in rest)  # "by phone."
    if rest[0].lower not in words.occasion_preposition:
        return False
    for j in range(1, min(len(rest), _OCCASION_REACH + 1)):
        low = rest[j].lower
        if low in words.occasion or singular(low) in words.document:
            return all(
                t.lower in words.time
                or t.lower in words.occasion_preposition
                or t.lower in _ARTICLE_WORDS
                or t.text[0].isdigit()
                or not t.text[0].isalnum()
                for t in rest[j + 1 :]
            )
        if not rest[j].text.isalpha() or low in words.connector and low not in _ARTICLE_WORDS:
            return False
    return False


_ARTICLE_WORDS = frozenset({"a", "an", "the"})
_JOIN_PUNCT = frozenset({",", ";", "—", "–", "-", "--"})
_LONE_JOIN = frozenset({";", "—", "–", "--"})  # punctuation that joins clauses with no word


def _end_before_clauses(sn: _Sentence, cues: list[_Cue], pat: Patterns) -> None:
    """End a content where the sentence goes on with a report of its own.

    A joined clause whose subject is another cue's source ("Most said A, while 9 percent said
    B"; "A said X; 46 percent said Y") is a second report, and its figures belong to it. So is
    a second verb of the same speaker joined after the content ("X said A and called B", "X
    criticized A, saying B"): its cue's source stands before the first content.
    """
    toks = sn.toks
    for c in cues:
        if c.content is None:
            continue
        s, e = c.content
        # a relative clause ends where its antecedent's own report begins
        relative = c.source is not None and toks[c.source[0]].lower in _RELATIVE_SOURCE
        for k in cues:
            if k is c:
                continue
            if k.source is None:
                if _clause_report(sn, k) and s < k.cue[0] < e:
                    cut = _clause_joined_before(toks, sn.index_at(k.cue[0]), s, pat)
                    if cut is not None and not _open_quotation(
                        sn.text[s - sn.start : cut - sn.start]
                    ):
                        e = min(e, cut)
                continue
            if relative and toks[k.source[1]].end <= c.cue[0] and s < k.cue[0] < e:
                cut = _comma_before(toks, sn.index_at(k.cue[0]), s)  # "who warned of X said"
            elif s < toks[k.source[0]].start < e:
                cut = _joined_at(toks, k.source[0], pat.clause_joiner, s)
                if cut is None and relative and toks[k.source[0] - 1].text == ",":
                    cut = toks[k.source[0] - 1].start  # "those who agree with him, Roe said"
            elif s < k.cue[0] < e and toks[k.source[1]].end <= s:
                j = _verb_joined_at(toks, sn.index_at(k.cue[0]), s, pat)
                cut = None if j is None else toks[j].start
            else:
                continue
            if cut is not None:
                e = min(e, cut)
        if e != c.content[1]:
            c.content = _trim(sn.text, s, e, sn.start)


_RELATIVE_SOURCE = frozenset({"who", "which"})


def _clause_report(sn: _Sentence, k: _Cue) -> bool:
    """Whether the agentless cue ``k`` reports the whole clause it sits in: "it is believed
    (that)", "reportedly", "allegedly" (not "nobody seems to", whose subject is the topic)."""
    text = sn.text[k.cue[0] - sn.start : k.cue[1] - sn.start].lower()
    return k.cue_type == "agentless" and (text.startswith("it ") or text.endswith("ly"))


def _open_quotation(text: str) -> bool:
    """Whether ``text`` ends inside a quotation it opens (more opening than closing marks)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _clause_joined_before(toks: list[Token], k: int, start: int, pat: Patterns) -> int | None:
    """Prose offset of the comma or dash that joins the clause holding token ``k`` to the one
    before (", and it is believed ...", ", but 40 people reportedly died"): an agentless report
    there is a report of its own, not part of the content before it."""
    for j in range(k - 1, max(k - 1 - _JOINED_CLAUSE_REACH, 0), -1):
        if toks[j].start <= start:
            return None
        if toks[j].lower in pat.clause_joiner:  # the nearest joiner; "A and B" joins no clause
            joined = toks[j - 1].text in _JOIN_PUNCT and toks[j - 1].start > start
            return toks[j - 1].start if joined else None
        if toks[j].text in _LONE_JOIN:
            return toks[j].start
    return None


_JOINED_CLAUSE_REACH = 5  # tokens between a joiner and the agentless cue of its clause


def _comma_before(toks: list[Token], k: int, start: int) -> int:
    """Where a relative clause's content ends before token ``k``, its antecedent's verb: at the
    comma that closes the clause, or right before the verb when there is none."""
    j = k - 1
    while j > 0 and toks[j].start > start and not toks[j].text[0].isalnum():
        j -= 1  # skip the closing punctuation itself
    return toks[j + 1].start if toks[j + 1].text in _JOIN_PUNCT else toks[k].start


def _object_end(
    sn: _Sentence, cue_end: int, content: tuple[int, int], pat: Patterns
) -> tuple[int, int] | None:
    """The object of a stance verb ends at a comma before a clause about it ("praised the plan,
    which ...", "criticized the cuts, saying ...", ", the latest ..."): what was praised is the
    noun phrase, not the writer's additions. A "that" or "to" clause is kept whole."""
    toks = sn.toks
    k = sn.index_at(content[0])
    if k >= len(toks) or any(t.lower in ("that", "to") for t in toks[sn.index_at(cue_end) : k + 1]):
        return content
    nested = False  # a clause inside the object ("the notion that A, or B, had ...")
    while k + 1 < len(toks) and toks[k + 1].start < content[1]:
        if toks[k].text == "," and (
            _object_ends_before(toks[k + 1], pat) or not nested and _finite_after(toks, k + 1, pat)
        ):
            return _trim(sn.text, content[0], toks[k].start, sn.start)
        nested = nested or toks[k].lower in _NESTING
        k += 1
    return content


_NESTING = frozenset({"that", "what", "which", "who", "whose", "whom", "as"})
_NOT_AFTER_FINITE = frozenset({"by", "and", "or", ",", "."})


def _finite_after(toks: list[Token], k: int, pat: Patterns) -> bool:
    """Whether token ``k``, right after a comma that follows an object, is the sentence's own
    finite verb ("the PAC backing Roe, spent ...", "who endorsed Roe, is ..."): an auxiliary,
    modal or "-ed" word that is not a participle of its own ("produced by") or a list member
    ("prejudiced and divisive")."""
    if k >= len(toks):
        return False
    if not _verb_like(toks[k], pat.words) and toks[k].lower not in pat.irregular_past:
        return False
    return k + 1 < len(toks) and toks[k + 1].lower not in _NOT_AFTER_FINITE


def _object_ends_before(tok: Token, pat: Patterns) -> bool:
    """Whether the word after a comma opens something other than more of the object."""
    if tok.lower in pat.object_end:
        return True
    return (
        tok.text.islower()
        and tok.text.isalpha()
        and tok.lower.endswith("ing")
        and tok.lower not in pat.object_list
    )


def _end_subordinate(
    sn: _Sentence, cues: list[_Cue], quoted: list[tuple[int, int]], subordinators: frozenset[str]
) -> None:
    """A cue in a clause that opens the sentence with a subordinator ("When Smith said the dam
    would hold, the river rose 2 feet") reports only up to the comma that closes the clause;
    the main clause after it is the writer's."""
    toks = sn.toks
    first = next((t for t in toks if t.text[0].isalnum()), None)
    if first is None or first.lower not in subordinators:
        return
    comma = next((t for t in toks if t.text == "," and not _inside((t.start, t.end), quoted)), None)
    if comma is None:
        return
    for c in cues:
        if (
            c.content is not None
            and c.cue[1] <= comma.start
            and c.cue[1] <= c.content[0] < comma.start < c.content[1]
        ):
            c.content = _trim(sn.text, c.content[0], comma.start, sn.start)


def _joined_at(toks: list[Token], i: int, joiners: frozenset[str], start: int) -> int | None:
    """Prose offset where a content ends before the clause whose subject starts at token ``i``:
    at a semicolon or dash, or at a comma or dash before a joining word (", while"); a closing
    quotation mark after the comma stays with the content ('"... safe enough," while ...')."""
    j = i - 1
    joined = j > 0 and toks[j].lower in joiners
    if joined:
        j -= 1
    end = None
    while j > 0 and toks[j].text in _QUOTE_CLOSE and toks[j - 1].text in _JOIN_PUNCT:
        end = toks[j].end if end is None else end
        j -= 1
    if (
        j >= 0
        and toks[j].start > start
        and (toks[j].text in _LONE_JOIN or joined and toks[j].text in _JOIN_PUNCT)
    ):
        return toks[j].start if end is None else end
    return None


def _verb_joined_at(toks: list[Token], v: int, start: int, pat: Patterns) -> int | None:
    """Index of the comma, dash or "and" that joins a second verb group starting at token ``v``
    to the same subject (", saying", "and called", ", and later told"). A bare "and" joins a
    finite verb only ("said ... and told"), not a base form inside the content ("has time to
    step up and show")."""
    j = v - 1
    while j > 0 and (toks[j].lower in pat.verb_lead or toks[j].lower.endswith("ly")):
        j -= 1
    if j <= 0 or toks[j].start <= start:
        return None
    if toks[j].text in _JOIN_PUNCT:
        return j
    if toks[j].lower not in pat.verb_joiner:
        return None
    if toks[j - 1].text in _JOIN_PUNCT and toks[j - 1].start > start:
        return j - 1
    head = toks[v].lower
    if head.endswith(("ed", "s")) or head in pat.sure_report:
        return j
    return None


_HEADLINE = regexcache.compile(r"[A-Z][\w’'.-]*\s+$")


def _headline_verb(text: str, m: re.Match[str], pat: Patterns) -> bool:
    """A capitalised speech verb between capitalised words is a Title Case headline: "Trump Says We ..."."""
    return (
        m.group("verb") in pat.headline
        and _HEADLINE.search(text, max(0, m.start() - 30), m.start()) is not None
    )


_WORD_NEXT = regexcache.compile(r"\s+\w")


def _opening_participle(sn: _Sentence, m: re.Match[str], pat: Patterns) -> bool:
    """A participle clause opening the sentence: "Asked about the cuts, Smith said ...". It
    reports a question whose asker goes unnamed; the answer is the main verb's own cue."""
    return (
        m.group("verb").split(None, 1)[0] in pat.opening_participle
        and not sn.text[: m.start()].strip(" “\"‘'(")
        and _WORD_NEXT.match(sn.text, m.start() + len(m.group("verb").split(None, 1)[0]))
        is not None
    )


def _inverted_opening(sn: _Sentence, m: re.Match[str], pat: Patterns) -> _Cue | None:
    """A verb of saying that opens the sentence before its speaker, a comma or colon and a
    quotation ("Said Roe, “The dam will hold.”", "Continued Roe: “...”"): the speaker is the
    source, the rest of the sentence the content."""
    form = m.group("verb").lower()
    if form not in pat.inverted_opening or sn.text[: m.start()].strip(" “\"‘'("):
        return None
    toks = sn.toks
    vi = sn.index_at(m.start() + sn.start)
    if vi + 1 >= len(toks) or not toks[vi + 1].text[0].isupper():
        return None
    src = walk_right(toks, vi + 1, pat.words)
    if src is None or src[1] + 1 >= len(toks) or toks[src[1] + 1].text not in (",", ":"):
        return None
    after = toks[src[1] + 1].end
    if not sn.text[after - sn.start :].lstrip().startswith(tuple(_QUOTE_OPEN)):
        return None  # "Added Value, a firm, bought it": a name; the inverted verb quotes
    content = _trim(sn.text, after, sn.end, sn.start)
    return _Cue((toks[vi].start, toks[vi].end), src, content, "verb")


def _question_cue(sn: _Sentence, m: re.Match[str]) -> _Cue:
    """The cue of an opening "Asked about X," with no source; the question is its content."""
    cue_end = m.start() + len(m.group("verb").split(None, 1)[0])  # "Asked" of "asked about"
    comma = sn.text.find(",", cue_end)
    end = sn.end if comma < 0 else comma + sn.start
    content = _trim(sn.text, cue_end + sn.start, end, sn.start)
    return _Cue((m.start() + sn.start, cue_end + sn.start), None, content, "verb")


def _subject_end(word: str, low: str, pat: Patterns) -> bool:
    """Whether the word before a verb can end its subject or verb group (a cheap pre-check): a
    name, a listed noun or pronoun, an auxiliary, or a plural ("neighbors wonder"; also the "s"
    of a contracted "’s": "she’s hoping")."""
    w = pat.words
    return (
        word[0].isupper()
        or word[0].isdigit()
        or low in w.inner
        or low in w.relative
        or low in _SUBJECT_PRONOUNS
        or low in w.time
        or low in w.postmodifier
        or low in _COORD
        or low.endswith("ly")
        or plural_s(low)
        or pat.aux_words.match(low) is not None
    )


def _verb_cues(sn: _Sentence, pat: Patterns, found: list[_Cue], hits: list[re.Match[str]]) -> None:
    """Cues from verb groups: "X said", "said X", "X has also stated", "was reported by X"."""
    words = pat.words
    for m in hits:
        if _purpose_infinitive(sn, m, pat, found):
            continue
        if sn.text[m.start()].isupper() and not _headline_verb(sn.text, m, pat):
            if _opening_participle(sn, m, pat):
                found.append(_question_cue(sn, m))
            elif (inverted := _inverted_opening(sn, m, pat)) is not None:
                found.append(inverted)
            continue  # "United States", "the Washington Post": a name, not a verb
        before = _PREV_WORD.search(sn.text, max(0, m.start() - 24), m.start())
        if before is not None:
            prev_word = before.group(1).lower()
            catenative = prev_word == "to" and _catenative_before(sn.text, m.start(), pat)
            if (
                prev_word in _NOUN_BEFORE
                and not catenative
                and not _stranded(
                    prev_word,
                    m.group("verb").lower(),
                    pat,
                    sn.text[max(0, before.start(1) - 60) : before.start(1)].lower().split(),
                )
            ):
                continue  # "the report", "her support": a noun (checked before tokenising, which is costly)
            group = pat.verb_group.get(m.group("verb"), "speech")
            if (
                group not in ("speech", "needs_complement", "evidence")
                and not catenative
                and not _subject_end(before.group(1), prev_word, pat)
            ):
                continue  # no word that can end a subject: skip before tokenising
        toks = sn.toks
        vs, ve = m.start("verb") + sn.start, m.end("verb") + sn.start
        vi = sn.index_at(vs)
        if vi >= len(toks):
            continue  # "United States", "the Washington Post": a name, not a verb
        ci = _aux_start(sn, vi, pat)
        form = re.sub(r"\s+", " ", m.group("verb").lower())
        head = form.split(" ", 1)[0]  # the verb of a phrasal form: "referring" in "referring to"
        group = pat.verb_group.get(form, "speech")
        aux_lowers = {t.lower for t in toks[ci:vi]}
        if ci == vi and (cat := _catenative_start(toks, vi, pat)) is not None:
            ci = _aux_start(sn, cat, pat)  # "has continued to insist": one verb group
        prev = toks[ci - 1] if ci > 0 else None
        nxt_i = sn.index_at(ve)
        nxt = toks[nxt_i] if nxt_i < len(toks) else None
        if nxt is not None and _anonymity_plea(toks, nxt_i, pat.words):
            continue  # "who pleaded anonymity", "who asked not to be named": no report
        if _contact_verb(toks, vi, pat):
            continue  # "Experts we talked to say": the verb of the subject's contact clause
        if group in ("stance", "cognition") and aux_lowers & _HEARSAY_ADVERBS:
            continue  # "X reportedly opposed the plan": unnamed others report it, not X
        if group == "needs_complement":
            if not _complement_ok(toks, ci, nxt_i, form, pat):
                continue
            group = "speech"
        if nxt is not None and f"{head} {nxt.lower}" in pat.not_report_phrase:
            continue  # "the numbers don't add up": no one says anything
        if form in pat.needs_as and not _as_follows(toks, nxt_i, pat):
            continue  # "saw the crowd": seeing; "saw the vote as a test" is a view
        if form in pat.no_modal and aux_lowers & pat.words.modal:
            continue  # "workers would see a raise": an outcome, not a view ("voters see him as")
        if ci == vi and _noun_not_verb(toks, vi, form, head, prev, nxt, pat):
            continue  # a noun that looks like a verb form: "the report", "his recent comments"
        passive = bool(aux_lowers & _BE) and not head.endswith("ing")
        after_i = sn.index_at(ve)
        by_agent = after_i < len(toks) and toks[after_i].lower == "by"
        source: tuple[int, int] | None = None
        content_after = after_i
        prefer_before = False
        weak = False
        if passive:
            if by_agent:
                source = walk_right(toks, after_i + 1, words)
                if source is None:
                    continue
                content_after = source[1] + 1
                prefer_before = True
            elif form in pat.passive_agentless or (
                form in pat.passive_agentless_complement
                and nxt is not None
                and nxt.text[0].isalnum()
                and not _names_something(toks, nxt_i)
            ):
                found.append(_agentless_cue(sn, toks[ci].start, ve))
                continue  # "it was announced that", "he is seen as": reported, by nobody named
            else:
                continue
        elif (
            ci == vi
            and (
                by_agent
                or prev is not None
                and singular(prev.lower) in words.document
                and (
                    by_after_participle(toks, ci, len(toks), words) > 0
                    or group != "evidence"  # "A report published Wednesday said"; not
                    and _time_follows(toks, nxt_i, dated=True)  # "data showed on Thursday"
                    or form in words.issuing_verb  # "studies published since 2010": none publishes
                    and singular(prev.lower) not in words.publication  # "the paper published"
                    and not (nxt is not None and (nxt.text in ':“"' or nxt.lower == "that"))
                )
            )
            and head.endswith("ed")
            and prev is not None
            and prev.text.isalpha()
            and (prev.text.islower() or ci == 1 and prev.lower in words.document)
            and prev.lower not in _SUBJECT_PRONOUNS
        ):
            continue  # "testimonies presented by X", "Data published (in May) by X": a reduced passive
        elif ci == vi and prev is not None and prev.lower == "than":
            continue  # "12% more than projected": a comparison, no one's report
        elif form in pat.quantity_object and _amount_object(toks, nxt_i, words):
            continue  # "the city has added about 4,800 units": adding, not saying
        elif ci == vi and form in pat.object_before_of and nxt is not None and nxt.lower == "of":
            continue  # "Group accused of fraud", "officials accused of graft": a passive, like "is accused of"
        elif ci == vi and form in pat.reduced_passive and _reduced_passive(toks, nxt_i):
            found.append(_agentless_cue(sn, toks[ci].start, ve))
            continue  # "accounts believed to be linked to X": the noun is what is believed of
        elif (
            ci == vi
            and prev is not None
            and (prev.lower in _COORD or head.endswith("ing") and _clause_break(toks, ci))
        ):
            source = _shared_subject(sn, ci, vi, group, words, found)
            if source is None and group != "speech":
                continue  # a verb of saying still marks a report ("..., saying"); others need a subject
        else:
            source, inverted = _left_source(sn, _adjunct_start(sn, ci, pat), vi, group, words)
            if (
                source is not None
                and not inverted
                and ci == vi
                and head.endswith("ed")
                and _object_of_preposition(toks, source[0], words)
            ):
                continue  # "pointed to a £120m fund announced in May": a participle, no subject
            if source is not None and not inverted:
                source = _by_agent_subject(toks, source, pat)
            if (
                source is None
                and (form in pat.sure_report or form in pat.loose_base)
                and _loose_ok(group, nxt)
            ):
                start = _time_span_left(toks, _adjunct_start(sn, ci, pat) - 1, words) + 1
                source = _loose_subject(toks, start, words) or _loose_apposition(toks, start, words)
            if source is None and group == "evidence":
                source = _participle_document(toks, ci - 1, pat)
            if source is None:
                continue
            if _object_relative(toks, source, sn.index_at(ve), inverted):
                # "the plan, which Roe praised, failed": what was praised is the antecedent
                found.append(_antecedent_cue(sn, (toks[ci].start, ve), source, group, words))
                continue
            if form in pat.document_subject and not _document_head(toks, source, words):
                continue  # "court documents say": a noun, not "the report documents"
            if head.endswith("ing") and ci == vi and not inverted:
                if group in ("speech", "stance") and toks[source[1]].lower in words.document:
                    # "The group released a statement saying ...": the statement's author speaks
                    author = _sentence_subject(sn, source[0] - 1, words)
                    weak = author is None
                    source = author or source
                elif source[0] == 0 or toks[source[0] - 1].lower not in ("with", "without"):
                    continue  # "-ing" with its own subject only in "with X saying"
            if inverted:
                source = _extend_inverted(sn, source, pat)
                content_after = source[1] + 1
                prefer_before = True
        cue = (toks[ci].start, ve)
        before_end = min(cue[0], toks[source[0]].start) if source else cue[0]
        if (
            source is not None
            and source[1] + 1 == ci
            and sn.text[: before_end - sn.start].rstrip().endswith(("”", '"', "''", "’"))
        ):
            prefer_before = True  # "'...,' Smith said of the plan": the quotation is what was said
        content = _content(
            sn, content_after, before_end, prefer_before, words, form in pat.listener_object
        )
        if content is not None and source is not None and _in_relative_aside(toks, source[0]):
            content = _to_comma(
                sn, content
            )  # "The factory, which X says will employ 1,100, opened"
        cue_type = "cognition" if group == "cognition" else "verb"
        stance = group == "stance" and not prefer_before
        found.append(_Cue(cue, source, content, cue_type, weak, group == "speech", stance))


_OBJECT_RELATIVE = frozenset({"which", "whom"})


def _object_relative(
    toks: list[Token], source: tuple[int, int] | None, after: int, inverted: bool
) -> bool:
    """Whether a verb's object is a relative pronoun before its subject and nothing follows the
    verb in its clause ("which the paper published,"): what comes after the comma is the
    sentence's, not the verb's content."""
    if source is None or inverted or source[0] < 2 or after + 1 >= len(toks):
        return False
    rel, before = toks[source[0] - 1], toks[source[0] - 2]
    if rel.lower not in _OBJECT_RELATIVE or before.text not in (",", "(", "—", "–"):
        return False  # "in which he declares", "asked which she backed": no object relative
    return toks[after].text in (",", ")", "—", "–") and toks[after + 1].text not in _QUOTE_OPEN


_ANTECEDENT_MAX = 6  # tokens of an antecedent the noun phrase rules do not parse
_ANTECEDENT_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its"}
)


def _antecedent_cue(
    sn: _Sentence, cue: tuple[int, int], source: tuple[int, int], group: str, words: SourceWords
) -> _Cue:
    """A cue in an object relative clause, with the noun phrase the relative stands for as its
    content: "the plan" in "the plan, which Roe praised, failed"."""
    toks = sn.toks
    k = source[0] - 2  # the token before the relative pronoun
    k -= 1  # the comma, parenthesis or dash that opens the relative clause
    np = walk_left(toks, k, words) if k >= 0 else None
    if np is None and k >= 0 and toks[k].text[0].isalnum():
        # an unlisted head ("the war"): back to its determiner or possessor, if near
        np = next(
            (
                (a, k)
                for a in range(k - 1, max(k - _ANTECEDENT_MAX, -1), -1)
                if toks[a].lower in _ANTECEDENT_DETERMINERS or toks[a].lower.endswith(("’s", "'s"))
            ),
            None,
        )
    content = None if np is None else (toks[np[0]].start, toks[np[1]].end)
    cue_type = "cognition" if group == "cognition" else "verb"
    return _Cue(cue, source, content, cue_type, False, group == "speech", group == "stance")


_PURPOSE_GAP = 5  # most words between the sentence's subject and "to" ("used his speech to")


def _purpose_infinitive(sn: _Sentence, m: re.Match[str], pat: Patterns, found: list[_Cue]) -> bool:
    """A purpose infinitive of a verb of announcing ("Reyes used his speech to call for calm",
    "The panel is right to note that ..."): a cue whose source is the sentence's subject, when
    that subject ends one to five words before "to" with no comma between (right before "to" the
    infinitive belongs to a noun: "his attempts to portray"). The verb rules read the rest: a
    name before "to" ("led Smith to declare": Smith's act), a "purpose_not_after" verb ("wants
    to", "has to"), a reporting verb ("vowed to"), a catenative phrase or a stance adjective
    ("are quick to")."""
    verbs, not_after = pat.purpose_infinitive, pat.purpose_not_after
    form = re.sub(r"\s+", " ", m.group("verb").lower())
    if form not in verbs:
        return False
    before = _PREV_WORD.search(sn.text, max(0, m.start() - 24), m.start())
    if before is None or before.group(1).lower() != "to":
        return False
    toks = sn.toks
    ti = sn.index_at(before.start(1) + sn.start)
    if (
        ti == 0
        or toks[ti - 1].lower in not_after
        or toks[ti - 1].lower in pat.verb_group
        or _catenative_start(toks, ti + 1, pat) is not None
        or _contact_clause([t.lower for t in toks[max(0, ti - 5) : ti]], pat.words)
    ):
        return False  # "Experts I have spoken to say": "say" is the finite verb
    source = _sentence_subject(sn, ti, pat.words)
    if (
        source is None
        or not 0 < ti - source[1] - 1 <= _PURPOSE_GAP
        or any(t.text == "," for t in toks[source[1] + 1 : ti])
        or toks[ti - 1].text[0].isupper()
    ):
        return False
    prev_end = toks[ti - 1].end - sn.start
    if sn.hits["adjective"] and any(
        a.end("verb") == prev_end
        for a in pat.adjective.finditer(sn.text, max(0, prev_end - 60), prev_end)
    ):
        return False  # "Aides are quick to point out": the stance adjective is the cue
    ve = m.end("verb") + sn.start
    content = _content(sn, sn.index_at(ve), toks[source[0]].start, False, pat.words, False)
    found.append(_Cue((toks[ti].start, ve), source, content, "verb", False, True, False))
    return True


def _loose_ok(group: str, nxt: Token | None) -> bool:
    """Whether a verb may take the loose clause before it as subject: a verb of evidence only
    when a clause or a name follows ("polling shows that ...", "records show he ..."), since
    its forms are also nouns ("a talk show host", "showed up")."""
    if group != "evidence":
        return True
    return nxt is not None and (
        nxt.lower == "that" or nxt.lower in _CLAUSE_SUBJECTS or nxt.text[0].isupper()
    )


_AS_WINDOW = 10  # tokens from a verb of viewing to its "as"


def _as_follows(toks: list[Token], k: int, pat: Patterns) -> bool:
    """Whether "as" follows token ``k`` in the same clause, within a few words ("saw the vote as
    a test"); punctuation ends the search."""
    for t in toks[k : k + _AS_WINDOW]:
        if t.lower == "as":
            return True
        if not t.text[0].isalnum() and t.text != "%" and t.text not in pat.money_marks:
            return False  # "%" and "$" belong to a figure in the object ("rated 40% of ... as")
    return False


def _clause_break(toks: list[Token], ci: int) -> bool:
    """Whether a comma or dash ends the clause before token ``ci``, so that a participle there
    shares the clause's subject ("..., saying", "... — saying"); a comma inside a closing
    quotation mark counts too ('called it “reckless,” adding'). Not a semicolon: what follows
    one is a clause of its own ("; opposing it is rare")."""
    prev = toks[ci - 1]
    if prev.text in (",", "—", "–", "--"):
        return True
    return prev.text in _QUOTE_CLOSE and ci > 1 and toks[ci - 2].text == ","


def _noun_not_verb(
    toks: list[Token],
    vi: int,
    form: str,
    head: str,
    prev: Token | None,
    nxt: Token | None,
    pat: Patterns,
) -> bool:
    """Whether the form at ``vi``, with no auxiliary before it, is a noun or a modifier here
    rather than a verb of a report; each test names the reading it rules out."""
    if (
        nxt is not None
        and nxt.lower in _AUX_AFTER
        and form.endswith("s")
        and form not in pat.verb_only  # "which the developer says will employ": a verb
        and prev is not None
        and (prev.text.islower() or prev.lower in pat.words.anonymous_determiner or vi == 1)
        and prev.lower not in _SUBJECT_PRONOUNS
    ):
        return True  # "few details have trickled out", "Health worries have ...": a plural noun
    if (
        form.endswith("ed")
        and prev is not None
        and prev.lower in pat.words.anonymous_determiner
        and nxt is not None
        and nxt.lower in pat.words.heads
    ):
        return True  # "some informed observers believe": a participle before its noun
    if head.endswith("ing") and form == head and (nxt is None or nxt.text in ".;)"):
        return True  # "with 95 percent of precincts reporting.": nothing is reported
    if head.endswith("ing") and form == head and _absolute_with(toks, vi):
        return True  # "With all precincts reporting, Roe led": nothing is reported
    if (
        prev is not None
        and prev.lower in pat.singular_determiner
        and form in pat.noun_forms
        and not plural_s(form)  # "Either claims ...": a verb
    ):
        return True  # "Neither promise was kept": a noun after its determiner
    if _counted_noun(prev, head, nxt, pat):
        return True  # "in three states", "a 95-page report": a noun after a number
    if _after_plural_quantifier(toks, vi, form, nxt, pat):
        return True  # "in several Western states": no plural subject takes an "-s" verb
    if _prepositional_object(toks, vi, form, nxt, pat):
        return True  # "in battleground states": the object of a preposition, not a verb
    if _of_modified_noun(toks, vi, form, nxt, pat):
        return True  # "32% of Republican claims": a part of a modified plural noun
    if _quantified_noun(toks, vi, form, nxt, pat):
        return True  # "Some estimates put ...": the subject's noun right after its quantifier
    if _noun_before_verb(prev, form, nxt, pat) or _noun_before_participle(toks, vi, form, pat):
        return True  # "A news report said": the subject's head noun, not a cue
    if _modified_noun(toks, vi, form, nxt, pat):
        return True  # "his recent comments", "the jobs report": a noun after its modifier
    if _compound_noun(toks, vi, form, nxt, pat):
        return True  # "his radio show", "a conference call": a noun after a singular noun
    if _naming_participle(toks, vi, form, pat):
        return True  # "a company called Acme": a name given, not a report
    return prev is not None and (
        prev.lower in _NOUN_BEFORE
        and not _stranded(prev.lower, form, pat, [t.lower for t in toks[max(0, vi - 6) : vi - 1]])
        or prev.lower.endswith(("’s", "'s"))
        and prev.lower not in ("he’s", "she’s", "it’s", "he's", "she's", "it's")
    )  # "the report", "Trump’s claims": a noun


_LOOSE_SUBJECT_MAX = 9  # tokens


def _loose_subject(toks: list[Token], ci: int, words: SourceWords) -> tuple[int, int] | None:
    """The words before a verb that reports wherever it stands ("said") when the noun phrase
    rules find no subject ("Hawkins and others who oppose it said"): back to the clause start
    (punctuation, a quotation mark or the sentence start; a leading "and"/"but" is left out), at
    most a few tokens, opening with a capital, a number, a determiner or a quantity adverb
    ("about half said")."""
    j = ci - 1
    while j >= 0 and toks[j].text[0].isalnum() and ci - j <= _LOOSE_SUBJECT_MAX:
        j -= 1
    if (j >= 0 and toks[j].text[0].isalnum()) or j + 1 >= ci:
        return None  # ran past the limit, or nothing before the verb
    if toks[j + 1].text in ("and", "but") and j + 2 < ci:
        j += 1  # ", and three-quarters said": the conjunction opens the clause
    first = toks[j + 1]
    if not (
        first.text[0].isupper()
        or first.text[0].isdigit()
        or first.lower == "the"
        or first.lower in words.anonymous_determiner
        or first.lower in words.quantity_adverb
    ):
        return None
    return j + 1, ci - 1


_APPOSITION_MAX = 14  # tokens between the commas of "Roe, the mayor's spokesman, said"
_APPOSITION_NAME_MAX = 6  # tokens of the name before them


def _loose_apposition(toks: list[Token], ci: int, words: SourceWords) -> tuple[int, int] | None:
    """The name and the apposition between commas before a verb that reports wherever it stands
    ("…,” Jo Roe, the group’s campaign manager, said"; "Sen. Jo Roe (D-Mo.), who backs Smith,
    said") when the noun phrase rules cannot parse the apposition: the loose subject before the
    first comma, through the second. The loose subject must be short and capitalised ("Even
    Reyes", "Just over a quarter")."""
    k = ci - 1
    if k < 2 or toks[k].text != ",":
        return None
    p = k - 1
    while p > 0 and k - p <= _APPOSITION_MAX and (toks[p].text != "," or _glued(toks, p)):
        if toks[p].text in _NOT_IN_SUBJECT or toks[p].text in _QUOTE_CLOSE:
            return None
        p -= 1
    if p <= 0 or toks[p].text != "," or p == k - 1:
        return None
    end = p
    if toks[p - 1].text == ")":  # "Sen. Jo Roe (D-Mo.),"
        q = p - 1
        while q > 0 and toks[q].text != "(":
            q -= 1
        end = q
    name = _loose_subject(toks, end, words)
    if (
        name is None
        or not toks[name[0]].text[0].isupper()
        or name[1] - name[0] >= _APPOSITION_NAME_MAX
    ):
        return None  # a short capitalised phrase: not "Water rose over the road and then, ..."
    return name[0], k - 1


def _catenative_before(text: str, end: int, pat: Patterns) -> bool:
    """Whether ``text`` before ``end`` ends in a catenative phrase ("continued to")."""
    tail = tuple(text[max(0, end - 30) : end].lower().split())
    return any(tail[-len(c) :] == c for c in pat.catenative)


def _catenative_start(toks: list[Token], vi: int, pat: Patterns) -> int | None:
    """Index of the first token of a catenative phrase right before token ``vi`` ("went on to
    say"): the verb of saying and the phrase make one verb group whose subject is before it."""
    if vi == 0:
        return None
    last = toks[vi - 1].lower
    best = None
    for c in pat.catenative:
        k = vi - len(c)
        if (
            k >= 0
            and c[-1] == last  # most phrases fail here, before a tuple is built
            and (best is None or k < best)
            and tuple(t.lower for t in toks[k:vi]) == c
        ):
            best = k  # the longest listed phrase, whatever the set's order
    return best


def _modified_noun(toks: list[Token], vi: int, form: str, nxt: Token | None, pat: Patterns) -> bool:
    """A form that is also a noun ("comments", "report") after a determiner and one lowercase
    modifier is that noun ("his recent comments", "the jobs report", "a pool report"), unless a
    clause, colon or quotation follows ("the agency's office states that ..."). A base form
    after a determiner and names or a year is a noun too ("the FEC report", "a 2010 recall"):
    a singular name as subject would take an "-s" verb."""
    if form not in pat.noun_forms or vi < 2:
        return False
    if _named_modifiers(toks, vi, form, pat):
        return True
    mod, det = toks[vi - 1], toks[vi - 2]
    if not (mod.text.isalpha() or "-" in mod.text) or not mod.text.islower():
        return False
    if mod.lower in pat.words.heads or mod.lower in _SUBJECT_PRONOUNS:
        return False  # "the officials report": a listed head is the subject
    if (
        nxt is not None
        and (nxt.lower == "that" or nxt.text in ':“"')
        and not (form.split(" ", 1)[0][-1] != "s" and _singular_marked(det, mod))
    ):
        return False
    return det.lower in pat.noun_determiner or det.lower.endswith(("’s", "'s"))


_COMPOUND_MAX = 4  # modifiers between a determiner and a base form: "an Atlanta area radio show"


def _compound_noun(toks: list[Token], vi: int, form: str, nxt: Token | None, pat: Patterns) -> bool:
    """A base form that is also a noun, after a singular noun and a determiner a few words back,
    is a compound noun ("his radio show", "the NBC morning show", "a conference call"): a
    singular subject would take the "-s" verb. Not after a plural ("the polls show"), a
    collective noun ("the police say"), or a noun in a phrase after a plural ("members of the
    committee say"); a clause, colon or quotation after it leaves it to the nominal cues."""
    if vi < 2 or form not in pat.noun_forms or plural_s(form.split(" ", 1)[0]):
        return False
    if nxt is not None and (nxt.lower == "that" or nxt.text in ':“"'):
        return False
    mod = toks[vi - 1]
    if (
        not mod.text.replace("-", "").isalpha()
        or plural_s(mod.lower)
        or mod.lower in pat.plural_unmarked
        or mod.lower in _SUBJECT_PRONOUNS
        or mod.lower in _COORD
        or mod.lower in _NOUN_BEFORE
        or mod.lower in pat.words.connector
        or mod.lower in pat.words.modal
        or mod.lower in pat.noun_determiner
        or pat.aux_words.match(mod.lower)
    ):
        return False
    for k in range(vi - 2, max(vi - 2 - _COMPOUND_MAX, -1), -1):
        tok = toks[k]
        if tok.lower in pat.noun_determiner or tok.lower.endswith(("’s", "'s")):
            if tok.lower in ("that", "those", "these", "some", "any"):
                return False  # "polls that show", "some call": a subject or a relative
            if k >= 1 and (
                pat.aux_words.match(toks[k - 1].lower) or toks[k - 1].lower in pat.words.modal
            ):
                return False  # "Did the ministry report 40 deaths?": a question's verb
            before = toks[k - 2] if k >= 2 else None
            return not (
                toks[k - 1].lower in pat.words.connector
                and before is not None
                and (plural_s(before.lower) or before.lower in pat.plural_unmarked)
            )
        if not tok.text.replace("-", "").isalnum() or tok.lower in _SUBJECT_PRONOUNS:
            return False
        if tok.lower in _COORD or tok.lower in pat.words.modal or pat.aux_words.match(tok.lower):
            return False
    return False


_SINGULAR_DETERMINERS = frozenset({"a", "an"})


def _singular_marked(det: Token, mod: Token) -> bool:
    """Whether a determiner and modifier leave no plural subject for a base form after them ("a
    false claim that", "the debunked claim that"): then a clause after it is the noun's own."""
    return det.lower in _SINGULAR_DETERMINERS or mod.lower.endswith("ed")


_NAME_MODIFIERS_MAX = 3  # names or a year between a determiner and a noun form


def _named_modifiers(toks: list[Token], vi: int, form: str, pat: Patterns) -> bool:
    """Whether a base form follows a determiner and only singular names or a year ("the AP
    report", "his 2012 Obama campaign for", "a reliable Democratic state" is not one)."""
    if form.split(" ", 1)[0].endswith("s"):
        return False  # "the Post reports": an "-s" form after a name is its verb
    k = vi - 1
    while k >= 0 and vi - k <= _NAME_MODIFIERS_MAX:
        tok = toks[k]
        word = tok.text
        if tok.lower in pat.noun_determiner or tok.lower.endswith(("’s", "'s")):
            return k < vi - 1
        if word.isdigit() and len(word) == 4 or _measure(word):
            k -= 1
            continue  # a year or a measure: "a 2010 recall", "the 10-year Treasury note"
        if not (word[0].isupper() and word.replace("-", "").isalpha()) or _plural_name(word):
            return False  # "the Democrats claim": a plural name is a subject
        if tok.lower in _SUBJECT_PRONOUNS:
            return False
        k -= 1
    return False


def _measure(word: str) -> bool:
    """A number joined to its unit ("10-year", "95-page"), not an age ("43-year-old")."""
    return word[0].isdigit() and "-" in word and not word.lower().endswith("-old")


def _plural_name(word: str) -> bool:
    """Whether a capitalised word reads as a plural ("Democrats", "Republicans"); names ending
    in "-es", "-is", "-us" or "-ss" are taken as singular ("Reyes", "Paris")."""
    return word.endswith("s") and not word.endswith(("es", "is", "us", "ss"))


_NAMING_MODIFIERS_MAX = 4  # words of an indefinite noun before its name: "a newly formed super PAC"


def _naming_participle(toks: list[Token], vi: int, form: str, pat: Patterns) -> bool:
    """A naming participle after an indefinite noun ("a company called Acme", "another called
    i360", "a newly formed super PAC called Elm First") gives a name: no one is reported."""
    if form not in pat.naming or vi < 1:
        return False
    if toks[vi - 1].lower in pat.naming_determiner:
        return True
    for k in range(vi - 1, max(vi - 2 - _NAMING_MODIFIERS_MAX, -1), -1):
        tok = toks[k]
        if k < vi - 1 and tok.lower in pat.naming_determiner:
            return True
        if (
            not tok.text.replace("-", "").isalnum()
            or tok.lower in pat.noun_determiner
            or tok.lower in _SUBJECT_PRONOUNS
            or tok.lower in _COORD
            or tok.lower in pat.words.connector
            or pat.aux_words.match(tok.lower)
        ):
            return False
    return False


def _document_head(toks: list[Token], source: tuple[int, int], words: SourceWords) -> bool:
    """Whether a source noun phrase is headed by a document or study ("The report, published by
    X, documents ..."); other subjects make "documents" a noun."""
    return toks[head_index(toks, source[0], source[1], words)].lower in words.document


_REDUCED_PASSIVE_NEXT = frozenset({"be", "have"})


def _reduced_passive(toks: list[Token], k: int) -> bool:
    """A participle followed by "to be"/"to have" with no be-verb before it is a reduced passive
    ("groups believed to be tied to X"): the noun before it is what is believed, not who believes.
    An active "said to" is followed by its hearer, not by "be"."""
    return (
        k + 1 < len(toks) and toks[k].lower == "to" and toks[k + 1].lower in _REDUCED_PASSIVE_NEXT
    )


def _names_something(toks: list[Token], k: int) -> bool:
    """ "as" and a capitalised word after a passive gives a name, not a view: "came to be known
    as Camp Ashraf" (but "is seen as a moderate", "was known as ''the Poorhouse''")."""
    return (
        toks[k].lower == "as"
        and k + 1 < len(toks)
        and toks[k + 1].text[0].isupper()
        and toks[k + 1].lower not in ("a", "an", "the")
    )


def _counted_noun(prev: Token | None, head: str, nxt: Token | None, pat: Patterns) -> bool:
    """A verb form after a number is a counted noun ("in three states", "a 95-page report"),
    unless a clause or quotation follows it ("the two admit that")."""
    if prev is None or not (prev.text[0].isdigit() or prev.lower in pat.numbers):
        return False
    if head.endswith("ed") and nxt is not None and _plural_noun(nxt):
        return True  # "312 pledged delegates": a participle modifying the counted noun
    if not plural_s(head):
        # "a 95-page report"; "the 43-year-old asked" is a person
        return prev.text[0].isdigit() and "-" in prev.text and not prev.lower.endswith("-old")
    if head in pat.noun_forms and (prev.text.isdigit() or prev.lower in pat.numbers):
        return True  # "the four states that voted": a plural count takes no "-s" verb
    return nxt is None or not (nxt.lower == "that" or nxt.text in ':“"')


def _plural_noun(tok: Token) -> bool:
    """A lowercase word that reads as a plural noun ("delegates", "officials")."""
    word = tok.text
    return word.isalpha() and word.islower() and plural_s(word)


def _after_plural_quantifier(
    toks: list[Token], vi: int, form: str, nxt: Token | None, pat: Patterns
) -> bool:
    """A third-person "-s" form after a plural quantifier and its modifiers is a noun: a plural
    subject takes no "-s" verb ("in several Midwest and Western states", "both claims"). The
    modifiers are names joined by "and"/"or", or one lowercase word right after the quantifier;
    a plural noun between them ("in many ways Roe says") or a clause after the form ("these
    states that ...") keeps the verb."""
    if not plural_s(form):
        return False
    if nxt is not None and (nxt.lower == "that" or nxt.text in ':“"'):
        return False
    for k in range(vi - 1, max(vi - 5, -1), -1):
        tok = toks[k]
        if tok.lower in pat.plural_quantifier:
            return True
        word = tok.text
        if not word.isalpha():
            return False
        named = word[0].isupper() or word in ("and", "or")
        if not named and not (k == vi - 1 and not _plural_noun(tok)):
            return False
        if not named and k > 0 and toks[k - 1].lower not in pat.plural_quantifier:
            return False
    return False


_OBJECT_MODIFIERS_MAX = 3  # lowercase modifiers between a preposition and a noun form


def _prepositional_object(
    toks: list[Token], vi: int, form: str, nxt: Token | None, pat: Patterns
) -> bool:
    """An "-s" noun form after a preposition and up to three singular lowercase modifiers or a
    number is the preposition's object ("in earlier states", "in nine states:"), unless a
    clause follows ("the rule in effect states that ...")."""
    if form not in pat.noun_forms or not plural_s(form):
        return False
    if nxt is not None and nxt.lower == "that":
        return False
    for k in range(vi - 1, max(vi - 1 - _OBJECT_MODIFIERS_MAX, -1), -1):
        tok = toks[k]
        if tok.lower in _ADJUNCT_PREPOSITIONS:
            return k < vi - 1
        word = tok.text.replace("-", "")
        if not (word.isalnum() and word.islower() or word.isdigit()) or word.endswith("s"):
            return False  # "a survey of voters shows": a plural noun heads the subject
        if tok.lower in ("the", "a", "an") or tok.lower in _SUBJECT_PRONOUNS:
            return False  # "the law of the land states": the phrase may modify the subject
    return False


_ADJECTIVE_SUFFIXES = ("an", "ic", "ish", "ese")  # "Republican", "Democratic", "British"


def _of_modified_noun(
    toks: list[Token], vi: int, form: str, nxt: Token | None, pat: Patterns
) -> bool:
    """An "-s" noun form after a share, "of" and one modifier is a plural noun, the whole of
    which a part is taken ("a third of local reports", "32% of Republican claims"). The
    modifier is a lowercase singular word or a capitalised adjective; after a role ("The
    president of Iran claims", "the head of research estimates") or a name ("the mayor of
    Chicago says") the form is the verb, as it is before a clause."""
    if form not in pat.noun_forms or not plural_s(form) or vi < 3:
        return False
    if nxt is not None and (nxt.lower == "that" or nxt.text in ':“"'):
        return False
    mod, of, share = toks[vi - 1], toks[vi - 2], toks[vi - 3]
    if of.lower != "of" or not mod.text.isalpha() or not _share_word(share, pat):
        return False
    if mod.text.islower():
        return not plural_s(mod.text) and mod.lower not in pat.noun_determiner
    return mod.text[1:].islower() and mod.lower.endswith(_ADJECTIVE_SUFFIXES)


def _share_word(tok: Token, pat: Patterns) -> bool:
    """Whether ``tok`` names a part of a whole: a number or percentage ("32%", "40 percent"), a
    fraction word ("third", "half") or a partitive ("a share of", "a handful of")."""
    low = tok.lower
    return (
        low[0].isdigit()
        or low.endswith("%")
        or low in ("percent", "cent", "half", "third", "thirds", "quarter", "quarters")
        or low in pat.words.partitive
        or low in pat.noun_quantifier
    )


def _quantified_noun(
    toks: list[Token], vi: int, form: str, nxt: Token | None, pat: Patterns
) -> bool:
    """An "-s" form right after "some" or "most" is their noun ("Some estimates put the cost
    at ...", "most reports say"); a word between them makes the form a verb again ("Some
    research suggests")."""
    if not plural_s(form) or vi < 1 or toks[vi - 1].lower not in pat.noun_quantifier:
        return False
    return nxt is None or not (nxt.lower == "that" or nxt.text in ':“"')


def _stranded(prev_word: str, form: str, pat: Patterns, before: list[str]) -> bool:
    """Whether a preposition before a reporting verb ends a contact clause of its subject: a
    past form that is no noun nor adjective after any preposition ("Several people I spoke with
    said", "the firm she works for told"), or a present form after a clause that
    :func:`_contact_clause` recognises in ``before``, the lowercase words before the
    preposition ("Experts we talked to say")."""
    if prev_word not in pat.words.head_preposition:
        return False
    if form in pat.sure_report and form in pat.words.irregular_past:
        return True
    return (form in pat.sure_report or form in pat.loose_base) and _contact_clause(
        before, pat.words
    )


_CONTACT_AUX = frozenset({"have", "had", "’ve", "'ve", "has"})
_CONTACT_SUBJECT = frozenset({"i", "we", "you", "he", "she", "they"})
_CONTACT_RELATIVE = frozenset({"whom", "who", "that"})  # "people whom I spoke with"


def _anonymity_plea(toks: list[Token], k: int, words: SourceWords) -> bool:
    """Whether the words from token ``k`` on ask for anonymity ("(pleaded) anonymity", "(asked)
    not to be named", "(spoke) anonymously"): the verb before them reports nothing."""
    t = toks[k].lower
    if t in words.own_report and not t.endswith("ly"):
        return True  # "pleaded anonymity"; "said anonymously" still reports
    return (
        t == "not"
        and k + 3 < len(toks)
        and toks[k + 1].lower == "to"
        and toks[k + 2].lower == "be"
        and toks[k + 3].lower in ("named", "identified", "quoted")
    )


def _contact_clause(before: list[str], words: SourceWords) -> bool:
    """Whether the lowercase words ``before`` a stranded preposition end a contact clause."""
    return _contact_noun(before, words) >= 0


def _contact_noun(before: list[str], words: SourceWords) -> int:
    """The index in ``before`` (lowercase words before a stranded preposition) of the noun a
    contact clause modifies, or -1: a noun, a subject pronoun, an optional "have" and a past form
    ("experts | I have spoken", "residents whom | we talked"); "they wanted (to say)" has no
    noun before its pronoun."""
    if len(before) < 3:
        return -1
    verb = before[-1]
    if not (verb.endswith(("ed", "en")) or verb in words.irregular_past):
        return -1
    k = len(before) - 2
    if before[k] in _CONTACT_AUX:
        k -= 1
    if k < 1 or before[k] not in _CONTACT_SUBJECT:
        return -1
    if before[k - 1] in _CONTACT_RELATIVE and k >= 2:
        k -= 1
    noun = before[k - 1]
    return k - 1 if noun.isalpha() and (noun in words.heads or plural_s(noun)) else -1


def _contact_verb(toks: list[Token], vi: int, pat: Patterns) -> bool:
    """Whether the verb at ``vi`` ends a contact clause whose preposition a reporting verb
    follows: "talked" in "Experts we talked to say"."""
    k = vi + 2
    return (
        k < len(toks)
        and toks[vi + 1].lower in pat.words.head_preposition
        and (toks[k].lower in pat.sure_report or toks[k].lower in pat.loose_base)
        and _contact_clause([t.lower for t in toks[max(0, vi - 5) : vi + 1]], pat.words)
    )


def _contact_source(toks: list[Token], i: int, words: SourceWords) -> tuple[int, int] | None:
    """The source whose contact clause ends at token ``i``, a stranded preposition or the
    clause's verb ("Experts we talked to | say", "Engineers whom I interviewed | said"): the
    noun phrase of its noun, through the clause."""
    end = i if toks[i].lower in words.head_preposition else i + 1
    first = max(0, end - 6)
    noun = _contact_noun([t.lower for t in toks[first:end]], words)
    if noun < 0:
        return None
    np = walk_left(toks, first + noun, words)
    return (np[0], i) if np is not None else None


_ABSOLUTE_MAX = 8  # tokens between "with" and an -ing form closing its phrase


def _absolute_with(toks: list[Token], vi: int) -> bool:
    """Whether the -ing form at ``vi`` closes an absolute phrase with "with" before a comma
    ("With all precincts reporting, ..."): nothing follows it to report."""
    k = vi + 1
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].text in _QUOTE_OPEN:
        return False
    return any(t.lower == "with" for t in toks[max(0, vi - _ABSOLUTE_MAX) : vi])


_AMOUNT_OPENERS = frozenset({"further", "additional", "extra", "record", "total", "net"})


def _amount_object(toks: list[Token], k: int, words: SourceWords) -> bool:
    """Whether an amount starting at token ``k`` is the verb's object, not the subject of a
    reported clause: a number, a currency sign or a hedge ("added about 4,800 units"), with no
    verb after it ("added 40 people had died" reports)."""
    if k >= len(toks):
        return False
    if k + 2 < len(toks) and toks[k].lower in ("a", "an") and toks[k + 1].lower in _AMOUNT_OPENERS:
        k += 2  # "added a further | 17GW", "recalled an additional | 40,000 cars"
    elif toks[k].lower in ("another", "some") and k + 1 < len(toks):
        k += 1
    if toks[k].lower in words.quantity_adverb and k + 1 < len(toks):
        k += 1  # "added about | 4,800 units"; not "added about Carson"
    if not (toks[k].text[0].isdigit() or toks[k].text[0] in "$£€¥₹"):
        return False
    for t in toks[k + 1 :]:
        if t.text in _CLAUSE_PUNCT:
            return True  # "added 40 inspectors last year, officials said": the clause ended
        if t.lower in words.clause_verb:
            return False
    return True


def _complement_ok(toks: list[Token], ci: int, k: int, form: str, pat: Patterns) -> bool:
    """Whether a "needs_complement" verb reports here: a clause, colon or quotation follows
    ("maintained that", "continued:"). Verbs of posting and going on also report with nothing
    after them once a quotation has closed ("…,” tweeted Smith"), at the end of the sentence
    ("Smith posted.") and, some, before a time word ("emailed Monday"). ``k``: the token after
    the verb."""
    nxt = toks[k] if k < len(toks) else None
    if nxt is not None and (nxt.lower == "that" or nxt.text in ':“"'):
        return True
    if nxt is not None and nxt.lower in pat.words.occasion_preposition:
        for j in range(k + 1, min(len(toks), k + _PLATFORM_MAX + 1)):
            if toks[j].lower == "that" or toks[j].text == ":":
                # "posted on X that", "wrote on its Telegram channel that"; not "posted on the
                # day that": a platform is named or is a page of one
                return any(
                    t.text[0].isupper() or t.lower in pat.words.platform for t in toks[k + 1 : j]
                )
            if not toks[j].text.isalnum():
                break
    if (
        nxt is not None
        and nxt.text == ","
        and k + 1 < len(toks)
        and toks[k + 1].text in _QUOTE_OPEN
    ):
        return True  # "Issa continued, “Yes.”"; not "the conflict continues, with ..."
    if form not in pat.bare_report:
        return False
    if (nxt is None or nxt.text in ".!?") and (
        form in pat.bare_end or any(t.text in _QUOTE_CLOSE for t in toks[:ci])
    ):
        return True  # "Smith posted."; "“...,” she continued." but not "The fighting continued."
    if form in pat.bare_before_time and _time_follows(toks, k):
        return True
    prev = toks[ci - 1] if ci > 0 else None
    return prev is not None and (
        prev.text in _QUOTE_CLOSE
        or prev.text == ","
        and ci > 1
        and toks[ci - 2].text in _QUOTE_CLOSE
    )


_TIME_LEAD = frozenset({"on", "last", "this", "late", "early", "earlier", "later"})


def _time_follows(toks: list[Token], k: int, dated: bool = False) -> bool:
    """Whether a time adjunct starts at token ``k`` ("Monday", "on Monday", "last week"), not
    just a word that may begin one ("on the website", "this picture"). With ``dated`` a bare
    number counts only as a year ("in 2019"), not as a count ("reported 40 deaths")."""
    if k < len(toks) and toks[k].lower in _TIME_LEAD:
        k += 1
    if k >= len(toks):
        return False
    t = toks[k].text
    if dated and t[0].isdigit():
        return len(t) == 4 and t.isdigit()
    return toks[k].lower in _STRONG_TIME or t[0].isdigit()


def _noun_before_verb(prev: Token | None, form: str, nxt: Token | None, pat: Patterns) -> bool:
    """A form that is also a noun, directly before a verb of saying, is the head of its subject:
    "A news report said", "the poll results show". The cue is the verb after it. Other forms
    stay verbs ("aides said details of the plan")."""
    return (
        nxt is not None
        and prev is not None
        and form in pat.noun_forms
        and prev.lower not in _SUBJECT_PRONOUNS
        and prev.lower not in pat.words.relative
        and pat.verb_group.get(nxt.lower) in ("speech", "evidence")
    )


def _noun_before_participle(toks: list[Token], vi: int, form: str, pat: Patterns) -> bool:
    """A form that is also a noun, before the participle of a reduced relative and its time or
    agent, is a noun: "A news report released Monday said", "the poll conducted by Acme"."""
    k = vi + 1
    return (
        form in pat.noun_forms
        and k + 1 < len(toks)
        and toks[k].lower in pat.agent_participle
        and (toks[k + 1].lower == "by" or _time_follows(toks, k + 1, dated=True))
    )


def _shared_subject(
    sn: _Sentence, ci: int, vi: int, group: str, words: SourceWords, found: list[_Cue]
) -> tuple[int, int] | None:
    """Source of a participle or coordinated verb ("..., saying", "... and says"): its own subject
    when it has one ("with McCain calling"), else the source of the sentence's previous cue,
    else the subject at the start of the sentence."""
    prev = sn.toks[ci - 1] if ci > 0 else None
    if prev is not None and prev.lower not in _COORD and prev.text not in _CLAUSE_PUNCT:
        own, inverted = _left_source(sn, ci, vi, group, words)
        if own is not None and not inverted:
            return own
    earlier = [c for c in found if c.source is not None and c.cue[1] <= sn.toks[ci].start]
    outer = [c for c in earlier if not _reported_inside(sn, c, earlier)]
    earlier = outer or earlier
    clause = _clause_subject(sn, ci, words)
    if prev is not None and prev.lower == "and" and not earlier:
        clause = _coordinate_subject(sn, ci - 1, words) or clause
    if earlier and (clause is None or sn.toks[clause[0]].start < earlier[-1].cue[1]):
        return earlier[-1].source
    return clause or _sentence_subject(sn, ci, words)


_PERSONAL = frozenset({"he", "she", "they", "we", "i"})
_COORDINATE_WINDOW = 25  # tokens back from "and" to the subject of the verb it coordinates


def _coordinate_subject(sn: _Sentence, conj: int, words: SourceWords) -> tuple[int, int] | None:
    """Subject of the verb that a verb after "and" at ``conj`` is coordinated with: the nearest
    pronoun, or name after a clause opening, right before a finite verb ("when Trump spotted a
    sign and asked", "later they reversed themselves and said"); not past a semicolon."""
    toks = sn.toks
    for k in range(conj - 2, max(conj - _COORDINATE_WINDOW, -1), -1):
        t = toks[k]
        if t.text in (";", ":") or t.text in _QUOTE_CLOSE:
            return None
        if not _verb_like(toks[k + 1], words):
            continue
        if k > 0 and toks[k - 1].lower == "that":
            continue  # "noted that he had bought ..., and boasted": the clause is said, not saying
        if t.lower in _SUBJECT_PRONOUNS:
            return k, k
        if t.text[0].isupper() and (np := walk_left(toks, k, words)) is not None:
            before = toks[np[0] - 1].lower if np[0] > 0 else ","
            if before in (",", "when", "as", "while", "after", "because", "that", "and", "but"):
                return np
    return None


def _verb_like(tok: Token, words: SourceWords) -> bool:
    """Whether a lowercase word after a subject reads as its finite verb ("returned", "has",
    "didn't", "would"): without a tagger, an "-ed" ending or an auxiliary."""
    low = tok.lower
    return (
        tok.text.islower()
        and tok.text.replace("’", "").replace("'", "").isalpha()
        and low not in words.heads
        and (low in _FINITE or low in words.modal or low.endswith(("ed", "n't", "n’t")))
    )


def _clause_subject(sn: _Sentence, limit: int, words: SourceWords) -> tuple[int, int] | None:
    """Subject of the last clause before token ``limit`` that opens the sentence or follows a
    comma and has a finite verb ("Hours later, Trump returned the favor, telling ..."): the one
    a participle after that clause goes with."""
    toks = sn.toks
    best = None
    for k in range(limit):
        if k > 0 and toks[k - 1].text != ",":
            continue
        while k + 1 < limit and toks[k].lower in _COORD:
            k += 1  # "But Scott grinned": the conjunction opens the clause, not the name
        np = walk_right(toks, k, words, limit)
        if np is None:
            continue
        head = toks[head_index(toks, np[0], np[1], words)]
        if (
            head.text[0].islower()
            and head.lower not in words.heads
            and _base_word(head) not in words.heads
            and head.lower not in _CLAUSE_SUBJECTS
            and (np[1] + 1 < limit and toks[np[1] + 1].lower in _FINITE or head.lower in words.time)
        ):
            continue  # "The fracas was over, vowing": an event, not a speaker
        j = np[1] + 1
        while j < limit and toks[j].lower.endswith("ly") and toks[j].text.islower():
            j += 1
        if j < limit and (
            _verb_like(toks[j], words)
            or np[0] == np[1]
            and toks[k].lower in _PERSONAL
            and toks[j].text.isalpha()
            and toks[j].text.islower()
        ):
            best = np  # a personal pronoun is followed by its verb, regular or not: "he rose"
    return best


def _reported_inside(sn: _Sentence, c: _Cue, cues: list[_Cue]) -> bool:
    """Whether cue ``c`` and its source lie in the content of another of ``cues``: in "X said he
    plans ..., insisting" the participle goes with X's report, not the nested "he plans"."""
    if c.source is None:
        return False
    start = sn.toks[c.source[0]].start
    return any(
        k is not c and k.content is not None and k.content[0] <= start and c.cue[1] <= k.content[1]
        for k in cues
    )


def _sentence_subject(sn: _Sentence, limit: int, words: SourceWords) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence (after an introductory phrase and its comma)."""
    toks = sn.toks
    k = 0
    while k + 1 < limit and toks[k].lower in _COORD and toks[k + 1].text != ",":
        k += 1  # "But Obama, making it clear ...": the conjunction is no introductory phrase
    if k < limit and toks[k].lower in words.not_name:
        while k < limit and toks[k].text != ",":
            k += 1
        k += 1
    if k >= limit:
        return None
    if toks[k].lower in ("he", "she", "they", "it"):
        return k, k
    if toks[k].lower.endswith("ing"):
        return None  # "Using ...": a participle clause, no subject
    np = walk_right(toks, k, words, limit)
    if np is not None and np[1] + 1 < limit and toks[np[1] + 1].text == ",":
        return _subject_before_aside(sn, np, limit, words)
    if np is None or np[1] + 1 >= len(toks) or not toks[np[1] + 1].text[0].islower():
        return None
    head = toks[head_index(toks, np[0], np[1], words)]
    if (
        head.text[0].islower()
        and head.lower not in words.heads
        and _base_word(head) not in words.heads
        and head.lower not in words.relative
        and (toks[np[1] + 1].lower in _FINITE or head.lower in words.time)
    ):
        return None  # "The place is ..., thinking", "A day earlier, ...": no one to say it
    return np


def _subordinate_subject(sn: _Sentence, limit: int, words: SourceWords) -> tuple[int, int] | None:
    """The subject of the subordinate clause that token ``limit`` (an "and" joining a second
    verb) sits in: the noun phrase right after the nearest subordinator before it, when a
    lowercase word (its verb) follows that phrase and its head is a noun of people ("because
    many families fled and could not testify"); a thing or a body ("the pay", "the board")
    leaves the verb to the sentence's subject."""
    toks = sn.toks
    for j in range(limit - 1, 0, -1):
        if toks[j].text in _CLAUSE_PUNCT or toks[j].lower in _QUOTE_CLOSE:
            return None
        if toks[j].lower in words.subordinator:
            np = walk_right(toks, j + 1, words, limit)
            if np is None or np[1] + 1 >= limit or not toks[np[1] + 1].text.islower():
                return None
            tok = toks[head_index(toks, np[0], np[1], words)]
            people = any(
                w in words.anonymous_head or w in words.title for w in (tok.lower, _base_word(tok))
            )
            return np if people else None  # "because the pay was good and has promised": Roe
    return None


def _subject_before_aside(
    sn: _Sentence, np: tuple[int, int], limit: int, words: SourceWords
) -> tuple[int, int] | None:
    """The opening subject ``np`` when a comma follows it: a participle right after that comma
    shares it ("X, recalling ..."), and an aside closed by a second comma before a verb belongs
    to it ("X, a farmer, became ... and said"), as far as ``_apposition_left`` allows."""
    toks = sn.toks
    if np[1] + 2 == limit:
        return np
    for c in range(np[1] + 2, limit - 1):
        if toks[c].text in _CLAUSE_PUNCT or toks[c].text in _QUOTE_CLOSE:
            if toks[c].text != "," or not toks[c + 1].text[0].islower():
                return None
            appo = _apposition_left(sn, c, words)
            return appo if appo is not None and appo[0] == np[0] else None
    return None


def _base_word(tok: Token) -> str:
    """The lowercase word without a plural or possessive ending, for lexicon lookups."""
    low = tok.lower
    for end in ("’s", "'s", "s"):
        if low.endswith(end) and len(low) > len(end) + 2:
            return low[: -len(end)]
    return low


_NEGATION = ("n't", "n’t")
_CONTRACTED_STEMS = frozenset({"ca", "wo", "sha"})  # "can't", "won't", "shan't"


def _negated_aux(low: str, pat: Patterns) -> bool:
    """Whether ``low`` is an auxiliary glued to its negation ("didn't", "isn’t", "can't"), which
    the tokenizer keeps as one token and the auxiliary patterns do not match whole."""
    if not low.endswith(_NEGATION):
        return False
    stem = low[:-3]
    return stem in _CONTRACTED_STEMS or bool(pat.aux_words.match(stem))


def _aux_start(sn: _Sentence, vi: int, pat: Patterns) -> int:
    """First token of the verb group ("has also said"): up to three auxiliaries and adverbs
    before the verb; names and nouns ("Kelly said", "the family said") are not auxiliaries."""
    words = pat.words
    ci = vi
    while ci > 0 and vi - ci < 3:
        t = sn.toks[ci - 1]
        if t.text[0].islower() and _negated_aux(t.lower, pat):
            if t.lower[:-3] in _BE and sn.toks[vi].lower.endswith("ed"):
                break  # "isn't repeated": a passive, which this token would hide
            ci -= 1  # "doesn't", "hasn’t", "won't": one token, an auxiliary and its "not"
            continue
        if not pat.aux_words.match(t.text) or t.text[0].isupper() or t.lower in words.inner:
            break
        if (
            t.lower.endswith("ly")
            and t.lower in words.not_name
            and t.lower not in _AUX_ADVERBS
            and (
                ci < 2
                or not sn.toks[ci - 2].text[0].isalnum()
                or sn.toks[ci - 2].lower.endswith(("'s", "’s"))
            )
        ):
            break  # "Clearly, ...", "..., finally": a sentence adverb, not inside a verb group
        if t.lower.endswith("ly") and (
            t.lower in words.heads or ci > 1 and sn.toks[ci - 2].lower in _NOUN_BEFORE
        ):
            break  # "the rally said", "his family said": a noun, not an adverb
        ci -= 1
    return ci


_ADJUNCT_PREPOSITIONS = frozenset({"on", "in", "for", "at", "over"})
_PERFECT_AUX = frozenset({"has", "have", "had"})


def _adjunct_start(sn: _Sentence, ci: int, pat: Patterns) -> int:
    """Start of a verb group that holds a prepositional adjunct after its auxiliary: "Khamenei
    has on several occasions expressed" starts at "has", so the subject is Khamenei, not
    "several occasions". Returns ``ci`` when there is none."""
    toks = sn.toks
    k = ci - 1
    while (
        k > 0
        and ci - k <= 4
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].lower not in _ADJUNCT_PREPOSITIONS
    ):
        k -= 1
    if k < ci - 1 and toks[k].lower in _ADJUNCT_PREPOSITIONS and toks[k - 1].lower in _PERFECT_AUX:
        return _aux_start(sn, k, pat)
    if (
        k < ci - 1
        and toks[k].lower in _ADJUNCT_PREPOSITIONS
        and toks[k - 1].lower in _PERSON_RELATIVE
    ):
        return k  # "Lee, who in the past has voiced ...": the relative pronoun is the subject
    return ci


_NAME_SUFFIX = frozenset({"jr", "sr"})  # "Biden Jr.": the tokenizer splits off the period


def _left_source(
    sn: _Sentence, ci: int, vi: int, group: str, words: SourceWords
) -> tuple[tuple[int, int] | None, bool]:
    """Source of a verb cue: the subject on its left, or the noun phrase after it when inverted.

    Returns (token span, inverted).
    """
    toks = sn.toks
    i = _skip_time_left(toks, ci - 1, words)
    if i < 0:
        return None, False
    if (contact := _contact_source(toks, i, words)) is not None:
        return contact, False  # "Experts we talked to say"
    if toks[i].text == "." and i > 0 and toks[i - 1].lower in _NAME_SUFFIX:
        np = walk_left(toks, i - 1, words)  # "Joseph R. Biden Jr. said": the suffix's period
        if np is not None:
            return (np[0], i), False
    t = toks[i]
    if t.text in _DASHES and (aside := _dash_aside(toks, i, words)) is not None:
        return aside, False
    if t.text in _QUOTE_CLOSE and i > 2:
        comma = i - 2 if t.text == "'" and toks[i - 1].text == "'" else i - 1  # "''"
        q = _title_open(toks, comma) if toks[comma].text == "," else None
        if q is not None and (titled := _apposition_left(sn, comma, words, q)) is not None:
            return titled, False  # 'Joe Roe, host of “Morning Show,” said'
    if (
        t.text in _CLAUSE_PUNCT
        or t.text in _QUOTE_CLOSE
        or t.text == "“"
        and i > 0
        and toks[i - 1].text == ","
    ):
        if t.text == ",":
            appo = _apposition_left(sn, i, words)
            if appo is None and i > 0 and toks[i - 1].text == ")":
                appo = walk_left(toks, i - 1, words)  # "Sen. Jack Reed (D-R.I.), said"
            if appo is not None:
                return appo, False
        right = None
        if group in ("speech", "evidence") and t.text != ":":
            right = walk_right(toks, vi + 1, words)
            if right is not None and not _clause_ends(toks, right[1] + 1, words):
                right = None
            if right is None and group == "speech" and t.text in _QUOTE_CLOSE:
                right = _after_quote_speaker(toks, vi + 1)
        if (
            t.text == ","
            and _only_time_between(toks, i, ci, words)
            and not _final_speaker(toks, right, words)
        ):
            subject = _initial_subject(toks, i, words)
            if subject is not None:
                return subject, False
        return right, right is not None
    if (
        group == "speech"
        and t.lower in ("and", "but")
        and i > 0
        and toks[i - 1].text not in _CLAUSE_PUNCT
    ):
        # "Roe often takes credit ... and has promised": the coordinated verb shares the subject,
        # the subordinate clause's when it sits in one ("because many families fled and could")
        return _subordinate_subject(sn, i, words) or _sentence_subject(sn, i, words), False
    if t.lower in words.relative and i >= 2 and toks[i - 1].lower == "of":
        q = toks[i - 2]
        if q.lower in words.anonymous_determiner or q.lower in words.partitive or q.text.isdigit():
            return (i - 2, i), False  # "two of whom said", "each of which found"
    if t.lower in words.relative and i == 0:
        return None, False  # "Who opposes it?": a question, no relative pronoun
    if t.lower in ("he", "she", "they", "it", "i", "we", "you") or t.lower in words.relative:
        return (i, i), False
    that = vi + 1 < len(toks) and toks[vi + 1].lower == "that"  # "The auditor found that"
    np = walk_left(toks, i, words, loose=group == "speech" or that)
    if np is None or _bare_singular(toks[np[0]], np, words):
        return None, False
    return _open_apposition(toks, np, words), False


def _in_relative_aside(toks: list[Token], a: int) -> bool:
    """Whether the source starting at token ``a`` follows ", which" or ", that": its report is
    a relative clause set off by commas, which the next comma closes."""
    return a >= 2 and toks[a - 1].lower in ("which", "that") and toks[a - 2].text == ","


def _to_comma(sn: _Sentence, content: tuple[int, int]) -> tuple[int, int]:
    """``content`` cut at its first spaced comma (not the one in "1,100")."""
    toks = sn.toks
    for k, t in enumerate(toks):
        if content[0] <= t.start < content[1] and t.text == "," and not _glued(toks, k):
            return _trim(sn.text, content[0], t.start, sn.start) or content
    return content


def _glued(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` touches the tokens on both sides ("1,100", 'Day,"'): no clause
    boundary a writer would space."""
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].end == toks[k].start
        and toks[k + 1].start == toks[k].end
    )


def _only_time_between(toks: list[Token], i: int, ci: int, words: SourceWords) -> bool:
    """Whether only a time adjunct stands between token ``i`` and the verb group at ``ci``
    ("X, the minister, | today | announced")."""
    return all(toks[x].lower in words.time or toks[x].text[0].isdigit() for x in range(i + 1, ci))


def _object_of_preposition(toks: list[Token], a: int, words: SourceWords) -> bool:
    """Whether the noun phrase starting at token ``a`` is the object of a preposition ("to a
    £120m fund", "of the plan"), past its determiner and currency marks: no subject, so an
    "-ed" form after it is a participle."""
    k = a - 1
    while k >= 0 and (toks[k].lower in _INDEFINITE_OR_THE or not toks[k].text[0].isalnum()):
        if toks[k].text in _CLAUSE_PUNCT:
            return False
        k -= 1
    return (
        k > 0  # a preposition opening the sentence fronts a place: "In Kyiv officials reported"
        and toks[k - 1].text not in _CLAUSE_PUNCT
        and toks[k].lower in words.head_preposition
        and toks[k].lower not in words.subordinator  # "after Apple refused": a clause opens
        and toks[k].lower != "by"  # "a panel led by Jo Roe agreed": the agent, then the verb
    )


def _by_agent_subject(toks: list[Token], np: tuple[int, int], pat: Patterns) -> tuple[int, int]:
    """The whole subject when the noun phrase before a verb is the agent of a reduced relative
    on a document ("A memo seen by the Ledger shows ..."): the memo shows, not the Ledger; or
    on a group ("A team led by Acme University found"): the team found."""
    a = np[0]
    words = pat.words
    if a < 3 or toks[a - 1].lower != "by":
        return np
    led = toks[a - 2].lower in pat.leader_participle  # "a team of geologists led by X found"
    if not led and toks[a - 2].lower not in pat.agent_participle:
        return np
    head = walk_left(toks, a - 3, words)
    if (
        head is None
        or not led
        and toks[head_index(toks, head[0], head[1], words)].lower not in words.document
    ):
        return np
    return head[0], np[1]


_DASHES = frozenset({"—", "–", "-"})
_DASH_ASIDE_MAX = 30  # tokens between the dashes


def _dash_aside(toks: list[Token], i: int, words: SourceWords) -> tuple[int, int] | None:
    """Subject of a verb right after a dash that closes an aside ("Roe — a farmer — says",
    "Roe -- who ... -- said"): the noun phrase before the opening dash in subject position. An
    apposition between the dashes belongs to the source; a clause or adverbial one does not."""
    close = i - 1 if i > 0 and toks[i].text == "-" and toks[i - 1].text == "-" else i
    for p in range(close - 1, max(close - _DASH_ASIDE_MAX, 0), -1):
        t = toks[p]
        if t.text in _QUOTE_CLOSE or t.text in ("“", '"', ";", ":"):
            return None
        if t.text != toks[i].text:
            continue
        start = p - 1 if t.text == "-" and toks[p - 1].text == "-" else p
        if start < 1 or p + 1 >= close:
            return None
        core = walk_left(toks, start - 1, words)
        if core is None:
            return None
        before = toks[core[0] - 1] if core[0] > 0 else None
        if (
            before is not None
            and before.text not in _CLAUSE_PUNCT
            and before.lower not in _COORD
            and before.lower not in words.sentence_opener
        ):
            return None
        opener = toks[p + 1]
        if opener.lower != "and" and (
            opener.lower in words.relative
            or opener.lower in words.not_name
            or opener.lower in words.connector
        ):
            return core
        return core[0], i
    return None


_AFTER_QUOTE_MAX = 7  # tokens of an unparsed speaker after '…,” said'


def _after_quote_speaker(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The speaker after a closing quotation and a verb of saying ('…,” said Virginia delegate
    Jo Roe.') when the noun phrase rules cannot parse it: in that position the words up to the
    next punctuation or relative pronoun name the speaker. Starts with a capital or a determiner."""
    if k >= len(toks) or not (
        toks[k].text[0].isupper() or toks[k].lower in ("the", "a", "an", "one")
    ):
        return None
    span = _loose_phrase(toks, k, _AFTER_QUOTE_MAX, _RELATIVE_STOP)
    if span is None:
        return None
    e = span[1] + 1
    if e < len(toks) and toks[e].text not in _PHRASE_PUNCT and toks[e].lower not in _RELATIVE_STOP:
        return None  # ran on past the phrase limit: not a bare speaker
    return span


_INITIAL_SUBJECT_MAX = 30  # tokens
_NOT_IN_SUBJECT = frozenset({"“", "”", '"', "‘", ";", ":"})
_FINITE = _BE | {"has", "have", "had", "did", "do", "does"}


def _final_speaker(toks: list[Token], right: tuple[int, int] | None, words: SourceWords) -> bool:
    """Whether an inverted source closes the sentence ("The river rose, the levee broke, said
    Reyes."), which beats reading the opening clauses as the subject. It must end in a name or
    a listed head ("said the mayor", not "said the dam would hold"); a possessive is an object
    ("..., voiced his disapproval.")."""
    if right is None:
        return False
    last = toks[right[1]]
    return (
        (last.text[0].isupper() or last.lower in words.heads)
        and toks[right[0]].lower not in words.pronoun_person
        and toks[right[0]].lower not in words.pronoun_group
        and all(t.text in ".!?”\"’')" for t in toks[right[1] + 1 :])
    )


def _initial_subject(toks: list[Token], comma: int, words: SourceWords) -> tuple[int, int] | None:
    """The sentence-opening phrase up to the comma before the verb, when the apposition rules
    find no name: a subject with a clause or list of its own ("The head of the agency, whose
    term ends in May, said"). It must start with a capital or a digit, hold a comma, and have no
    quotation, semicolon or colon in it (those end a clause, not a subject)."""
    j = 0
    while j < comma and (toks[j].lower in words.sentence_opener or toks[j].text in '“"('):
        j += 1
    if comma - j > _INITIAL_SUBJECT_MAX or comma - j < 3:
        return None
    first = toks[j]
    if (
        not (first.text[0].isupper() or first.text[0].isdigit())
        or first.lower in words.not_name
        or first.lower in _SUBJECT_PRONOUNS
    ):
        return None
    inner = toks[j:comma]
    if any(t.text in _NOT_IN_SUBJECT for t in inner):
        return None
    commas = [k for k, t in enumerate(inner) if t.text == "," and not _glued(toks, j + k)]
    if not commas or any(t.lower in _FINITE for t in inner[: commas[0]]):
        return None  # "The bill had passed, ...": a clause before the comma, not a subject
    last = commas[-1]  # "2,300" holds no comma of the phrase
    if last + 1 < len(inner) and _aside(inner[last + 1], words):
        return j, j + last - 1  # "The mayor, however, said": the aside stays out
    return j, comma - 1


def _aside(op: Token, words: SourceWords) -> bool:
    """Whether the word after a subject's last comma opens an adverbial aside before the verb
    ("however", "for instance", "still stinging over ...") rather than an apposition or list."""
    if op.lower in words.aside_not:
        return False
    return (
        op.lower in words.not_name
        and op.lower not in words.relative
        or op.lower in words.connector
        or _participle_clause(op)
    )


def _bare_singular(tok: Token, np: tuple[int, int], words: SourceWords) -> bool:
    """A lone lowercase singular noun is no subject in prose ("major protests", "general
    consensus"): the "verb" after it is a plural noun. Plurals ("officials say") and
    quantifiers ("another said") stand alone."""
    return (
        np[0] == np[1]
        and tok.text.isalpha()
        and tok.text.islower()
        and not tok.lower.endswith("s")
        and tok.lower not in words.anonymous_determiner
        and tok.lower not in words.pronoun_group
        and tok.lower not in words.collective
    )


def _open_apposition(toks: list[Token], np: tuple[int, int], words: SourceWords) -> tuple[int, int]:
    """Join a role phrase to the name before it when the closing comma is missing:
    "Ahmad Khatami, member of the Expediency Council recently commented"."""
    a = np[0]
    if a < 2 or toks[a - 1].text != "," or not toks[a].text[0].islower():
        return np
    core = walk_left(toks, a - 2, words)
    if core is None or not toks[core[1]].text[0].isupper():
        return np
    before = toks[core[0] - 1] if core[0] > 0 else None
    if before is not None and before.text not in _CLAUSE_PUNCT and before.lower not in _COORD:
        return np
    return core[0], np[1]


def _according_cues(sn: _Sentence, pat: Patterns, found: list[_Cue]) -> None:
    """Cues whose source follows: "according to X", "citing X", "as reported by X"."""
    for m in pat.according.finditer(sn.text):
        toks = sn.toks
        cs, ce = m.start() + sn.start, m.end() + sn.start
        k = sn.index_at(ce)
        src = walk_right(toks, k, pat.words)
        phrase = m.group().lower()
        if phrase.endswith("ing"):
            _citing_cue(sn, m, pat, found)
            continue
        if src is None and phrase.startswith("according"):
            # "according to figures released by the agency": the phrase always has a source
            src = _loose_phrase(toks, k, _ACCORDING_MAX, _RELATIVE_STOP)
        if src is None:
            continue
        if (
            phrase in ("per", "based on")
            and not any(t.text[0].isupper() for t in toks[src[0] : src[1] + 1])
            and not _maker_word(
                toks[head_index(toks, src[0], src[1], pat.words)],
                pat,
                toks[src[0]].lower in pat.noun_determiner
                or toks[src[0]].lower.endswith(("'s", "’s")),
            )
        ):
            continue  # "per person"; "per the latest census", "per the sheriff's office" name a source
        if (
            phrase == "per"
            and k < len(toks)
            and toks[k].lower in ("cent", "capita", "year", "day", "person")
        ):
            continue
        ci = sn.index_at(cs)
        at_start = (
            all(not t.text[0].isalnum() for t in toks[:ci])
            or _after_opening_adverbial(toks, ci, pat.words)
            or _opens_clause(toks, ci, src, pat)
        )
        if at_start:
            content = _trim(sn.text, toks[src[1]].end, sn.clause_end(toks[src[1]].end), sn.start)
        else:
            src = _according_source_end(toks, _extend_inverted(sn, src, pat), pat)
            content = _trim(sn.text, sn.start, cs, sn.start)
        found.append(_Cue((cs, ce), src, content, "according_to"))


def _document_word(tok: Token, pat: Patterns) -> bool:
    """Whether a token is a listed document noun, singular or plural ("census", "audits")."""
    return tok.lower in pat.words.document or singular(tok.lower) in pat.words.document


def _maker_word(tok: Token, pat: Patterns, determined: bool) -> bool:
    """Whether a token is a listed document noun ("census"), or with a determiner before the
    phrase an organisation or publication noun ("the sheriff's office"; not "$2 million per
    bank"): what "per" and "based on" may cite."""
    words = pat.words
    low = singular(tok.lower)
    return (
        _document_word(tok, pat)
        or determined
        and (low in words.organisation or low in words.publication)
    )


def _according_source_end(
    toks: list[Token], src: tuple[int, int], pat: Patterns
) -> tuple[int, int]:
    """The source of "according to X" ends at a comma after which no apposition on X follows:
    the sentence's own clause ("According to its count, the party has won ...", "officials,
    adopted ...") or a remark on the figure ("..., one of the largest such crises")."""
    for c in range(src[0] + 1, src[1]):
        if toks[c].text == "," and (
            _not_apposition(toks, c + 1, pat) or _reporting_relative_at(toks, c + 1, pat)
        ):
            return src[0], c - 1
    return src


def _reporting_relative_at(toks: list[Token], k: int, pat: Patterns) -> bool:
    """Whether a relative clause of saying opens at token ``k`` (", which said that ..."): a
    report of its own, not part of the source before it."""
    return (
        k + 1 < len(toks)
        and toks[k].lower in _RELATIVE_STOP
        and "verb" in pat.trigger_kind.get(toks[k + 1].lower, ())
    )


def _finite_word(tok: Token, pat: Patterns) -> bool:
    """A lowercase word that reads as a finite verb: "-ed", an auxiliary, an irregular past."""
    return tok.text.islower() and (
        _verb_like(tok, pat.words)
        or tok.lower in pat.irregular_past
        or tok.lower in pat.words.clause_verb
    )


def _not_apposition(toks: list[Token], a: int, pat: Patterns) -> bool:
    """Whether the words from token ``a``, after a comma in a source, are no apposition on it."""
    words = pat.words
    t = toks[a]
    if t.lower in words.relative:
        return False
    if _finite_word(t, pat):
        return True  # "officials, adopted a new strategy"
    low = [x.lower for x in toks[a : a + 5]]
    if low[:3] == ["one", "of", "the"] and len(low) > 4 and _superlative(low[3]):
        end = walk_right(toks, a + 2, words)
        if end is None:
            return True
        head = toks[head_index(toks, end[0], end[1], words)].lower
        # "one of the largest such crises", not "... unions" (a plural of a listed head)
        return head not in words.heads and singular(head) not in words.heads
    if low[:2] == ["the", "most"] and (len(low) == 2 or low[2] in ("of", "in", "since", ".")):
        return True  # "the most of any candidate"
    np = walk_right(toks, a, words)
    if np is None:
        return False
    if (
        t.lower in _INDEFINITE_OR_THE
        and toks[head_index(toks, np[0], np[1], words)].lower in pat.figure_remark
    ):
        return True  # "..., a huge sum for a firm of 35", "..., the highest level since 1990"
    return np[1] + 1 < len(toks) and _finite_word(toks[np[1] + 1], pat)


_INDEFINITE_OR_THE = frozenset({"a", "an", "the"})


def _superlative(word: str) -> bool:
    """A superlative adjective or its adverb ("largest", "most", "worst")."""
    return word in ("most", "least", "worst", "best") or (word.endswith("est") and len(word) > 5)


_OPENING_ADVERBIAL_MAX = 5  # tokens of "In addition," or "Over the long term," before a cue


def _opens_clause(toks: list[Token], ci: int, src: tuple[int, int], pat: Patterns) -> bool:
    """Whether the cue at ``ci`` opens a clause after a conjunction and its source is set off by
    a comma ("..., but according to Oxfam, less than 10% arrived"): what it reports is the
    clause after the source, not the words before the conjunction."""
    if ci == 0 or not (
        toks[ci - 1].lower in pat.clause_joiner or toks[ci - 1].lower in pat.subordinator
    ):
        return False
    k = src[1] + 1
    return (
        k + 1 < len(toks)
        and toks[k].text == ","
        and (_clause_after_comma(toks, k + 1, pat.words) or _subject_and_verb(toks, k + 1, pat))
    )


_SUBJECT_REACH = 4  # words of a subject before its verb: "wages fell", "the new rules cut"


def _subject_and_verb(toks: list[Token], i: int, pat: Patterns) -> bool:
    """Whether the words from token ``i`` are a short subject and its finite verb ("wages fell
    by 3 percent"), not an apposition ("a historian who studied ...")."""
    if toks[i].lower in ("a", "an") or toks[i].lower in pat.words.title:
        return False  # "Roe, a historian trained in Paris"
    for j in range(i, min(i + _SUBJECT_REACH + 1, len(toks))):
        t = toks[j]
        if t.text in _CLAUSE_PUNCT or t.lower in pat.words.relative or t.lower == "that":
            return False
        if j > i and (t.lower in pat.irregular_past or _finite_after(toks, j, pat)):
            return True
    return False


def _after_opening_adverbial(toks: list[Token], ci: int, words: SourceWords) -> bool:
    """Whether token ``ci`` follows a short opening adverbial and its comma ("In addition,
    according to X, ..."; "Over the long term, ..."): the cue then opens the clause, as at the
    start of the sentence. The adverbial opens with a preposition, a time word or an adverb."""
    if ci < 2 or ci - 1 > _OPENING_ADVERBIAL_MAX or toks[ci - 1].text != ",":
        return False
    intro = toks[: ci - 1]
    first = intro[0].lower
    return (
        first not in ("the", "a", "an")
        and (
            first in words.connector
            or first in words.time
            or first in words.not_name
            or first in _ADJUNCT_PREPOSITIONS
        )
        and not any(
            t.text in _CLAUSE_PUNCT
            or t.text in _QUOTE_CLOSE
            or t.text in '“"'
            or _verb_like(t, words)
            for t in intro
        )
    )


def _citing_cue(sn: _Sentence, m: re.Match[str], pat: Patterns, found: list[_Cue]) -> None:
    """A participle like "citing": the one who cites is the source, and what is cited the
    content ("X said, citing a poll"; "X, citing a poll, said"). After a comma or a conjunction
    it shares the clause's subject (the source of the cue before it is taken in ``_dedupe``);
    opening the sentence, its subject is the one after the aside ("Citing a poll, X said")."""
    toks = sn.toks
    cs, ce = m.start() + sn.start, m.end() + sn.start
    ci, k = sn.index_at(cs), sn.index_at(ce)
    if k >= len(toks) or not toks[k].text[0].isalnum():
        return
    e = k
    while e + 1 < len(toks) and toks[e + 1].text not in (",", ";", "—", "–", "."):
        e += 1
    content = _trim(sn.text, toks[k].start, toks[e].end, sn.start)
    if ci > 0 and toks[ci - 1].lower == "without":
        return  # "claimed, without citing a source, that": no one is cited
    if ci == 0:
        src = None
        if e + 2 < len(toks) and toks[e + 1].text == ",":
            src = walk_right(toks, e + 2, pat.words)
            if src is not None and (
                src[1] + 1 >= len(toks) or not toks[src[1] + 1].text[0].islower()
            ):
                src = None
    elif _clause_break(toks, ci) or toks[ci - 1].lower in _COORD:
        src = _sentence_subject(sn, ci, pat.words)
    else:
        return  # "a report citing ...": the report's own words, left to other rules
    found.append(_Cue((cs, ce), src, content, "according_to", weak=src is None))


_POLL_MAX = 10  # tokens from "in" to the poll's head noun ("/" in "Acme/Harbor" is one)


def _poll_cues(sn: _Sentence, pat: Patterns, found: list[_Cue]) -> None:
    """A poll or survey as the setting of its own results: "In the Acme poll, 40 percent said
    ...", "Smith led by 9 points in a new Acme poll." The poll is the source, "in" the cue, and
    the content is the clause the phrase opens or closes; a poll phrase inside a noun phrase
    ("voters in the poll said") or a clause that goes on ("... in the poll is a record") is no
    cue of its own."""
    toks = sn.toks
    for h in sn.hits["poll"]:
        hi = sn.index_at(h.start() + sn.start)
        i = next(
            (
                j
                for j in range(hi - 1, max(hi - _POLL_MAX, 0) - 1, -1)
                if toks[j].lower == "in" or toks[j].text in _PHRASE_PUNCT
            ),
            None,
        )
        if i is None or toks[i].lower != "in" or i + 1 == hi:
            continue  # no "in" before the noun within its phrase
        src = walk_right(toks, i + 1, pat.words)
        if src is None or src[1] < hi - 1:
            continue  # the noun phrase rules see no phrase that reaches the poll
        src = (i + 1, _poll_tail(toks, max(src[1], hi), pat))
        lead = all(
            not t.text[0].isalnum() or t.lower in pat.words.sentence_opener for t in toks[:i]
        )
        after = src[1] + 1
        if lead:
            end = toks[src[1]].end
            content = _trim(sn.text, end, sn.clause_end(end), sn.start)
        elif after >= len(toks) or toks[after].text in _CLAUSE_PUNCT or toks[after].text == ".":
            content = _trim(sn.text, sn.start, toks[i].start, sn.start)
        else:
            continue
        found.append(_Cue((toks[i].start, toks[i].end), src, content, "according_to"))


_PLACEMENT_ONLY = frozenset({"placement"})
_PLACEMENT_MAX = 12  # tokens from the verb to "at" ("puts Roe’s approval this year at")


def _placement_cues(sn: _Sentence, pat: Patterns, found: list[_Cue]) -> None:
    """A poll that places someone at a figure: "The latest Acme poll puts Roe at 41 percent",
    "A new survey has Roe at 38%". The poll is the source, the verb the cue, and the placement
    the content; "has" and "puts" report only with a poll subject and "at" before a number
    ("the poll has a margin of error of 3 points" places no one)."""
    toks = sn.toks
    words = pat.words
    for h in sn.hits["placement"]:
        ci = sn.index_at(h.start() + sn.start)
        if ci == 0 or ci + 2 >= len(toks):
            continue
        src = _participle_document(toks, ci - 1, pat)
        if src is not None:  # "a survey released Friday had ...": the head is before the participle
            heads = {t.lower for t in toks[src[0] : ci]}
        else:
            src = walk_left(toks, ci - 1, words)
            heads = set() if src is None else {toks[head_index(toks, src[0], src[1], words)].lower}
            if src is not None and src[0] >= 2 and toks[src[0] - 1].lower.endswith("ing"):
                # "Acme's own tracking poll": the noun phrase rules stop at the "-ing" modifier
                det = next(
                    (
                        a
                        for a in range(src[0] - 2, max(src[0] - 5, -1), -1)
                        if toks[a].lower in _ANTECEDENT_DETERMINERS
                        or toks[a].lower.endswith(("’s", "'s"))
                        or not toks[a].text.islower()
                    ),
                    None,
                )
                if det is not None and toks[det].text[0].isalpha():
                    more = walk_left(toks, det, words)
                    src = (more[0] if more is not None and more[1] == det else det, src[1])
        if src is None or not heads & pat.poll_subject:
            continue
        if not _placed(toks, ci + 1, pat):
            continue
        start = toks[ci + 1].start
        content = _trim(sn.text, start, sn.clause_end(start), sn.start)
        found.append(_Cue((toks[ci].start, toks[ci].end), src, content, "verb"))


_PLACED_OBJECT = frozenset({"him", "her", "them", "it"})


def _placed(toks: list[Token], k: int, pat: Patterns) -> bool:
    """Whether the words from token ``k`` place someone: "at" and a number before any phrase
    punctuation ("Roe's approval this year at 49 percent"), or a name or pronoun and an -ing
    word ("Roe leading Doe by six points", "him trailing")."""
    if toks[k].lower in _SINGULAR_DETERMINERS:
        return False  # "has a margin of error of 3 points", "a credibility interval ... at 95"
    for j in range(k + 1, min(k + _PLACEMENT_MAX, len(toks) - 1)):
        if toks[j].text in _PHRASE_PUNCT:
            break
        nxt = toks[j + 1]
        after = toks[j + 2] if j + 2 < len(toks) else None
        if toks[j].lower == "at" and (
            nxt.text[0].isdigit()
            or nxt.text in pat.money_marks
            or after is not None
            and nxt.text + after.text in pat.money_marks  # "US" "$"
            or nxt.lower in pat.numbers
        ):
            return not (
                after is not None and (after.lower in pat.clock_suffix or after.text == ":")
            )  # "at 10 a.m.", "at 9:30": a time of day
    obj = toks[k]
    if not (obj.text[0].isupper() or obj.lower in _PLACED_OBJECT):
        return False
    return any(t.lower.endswith("ing") and t.text[0].islower() for t in toks[k + 1 : k + 4])


_POLL_TAIL_MAX = 6  # tokens of "released Sunday", "conducted March 11-13"


def _poll_tail(toks: list[Token], head: int, pat: Patterns) -> int:
    """The last token of a poll's noun phrase with its participle ("a poll released Sunday",
    "a survey taken in May"), which the noun phrase rules leave out."""
    k = head + 1
    if k >= len(toks) or not (toks[k].lower.endswith("ed") or toks[k].lower == "taken"):
        return head
    e = k
    while e + 1 < len(toks) and e - k < _POLL_TAIL_MAX and _poll_tail_word(toks[e + 1], pat):
        e += 1
    if e == k:
        return head  # a bare participle is the clause's verb: "voters in the poll approved."
    return e if e + 1 >= len(toks) or toks[e + 1].text in _PHRASE_PUNCT else head


def _participle_document(toks: list[Token], i: int, pat: Patterns) -> tuple[int, int] | None:
    """A document or poll with its participle phrase as the subject of a verb of evidence,
    ending at token ``i`` ("the latest Acme poll released Friday shows"): the noun phrase rules
    stop at the participle, so step back over it to a document head."""
    k = i
    while k > 0 and i - k < _POLL_TAIL_MAX and _poll_tail_word(toks[k], pat):
        k -= 1
    if k <= 0 or k == i or not (toks[k].lower.endswith("ed") or toks[k].lower == "taken"):
        return None
    np = walk_left(toks, k - 1, pat.words)
    if (
        np is None
        or toks[head_index(toks, np[0], np[1], pat.words)].lower not in pat.words.document
    ):
        return None
    return np[0], i


def _poll_tail_word(tok: Token, pat: Patterns) -> bool:
    """A word of a poll's participle phrase: a date, a time word, a name, a preposition."""
    return (
        tok.lower in pat.poll_tail
        or tok.lower in pat.words.time
        or tok.text[0].isdigit()
        or tok.text[0].isupper()
        or tok.text in ("-", "–")
    )


def _loose_phrase(
    toks: list[Token], k: int, most: int, stop: frozenset[str]
) -> tuple[int, int] | None:
    """Tokens from ``k`` up to punctuation or a ``stop`` word, at most ``most`` + 1 of them: the
    source of a construction that always has one ("according to ...") when the noun phrase
    rules fail on it ("according to data compiled by the agency")."""
    if k >= len(toks) or not toks[k].text[0].isalnum() or toks[k].lower in stop:
        return None
    e = k
    while (
        e + 1 < len(toks)
        and e - k < most
        and toks[e + 1].text not in _PHRASE_PUNCT
        and toks[e + 1].lower not in stop
    ):
        e += 1
    return k, e


def _windowed(
    rx: re.Pattern[str], text: str, hits: list[re.Match[str]], before: int, after: int
) -> list[re.Match[str]]:
    """Matches of ``rx`` in small windows around trigger hits, once each.

    Scanning every sentence with each cue regex costs more than the rest of the detector;
    the trigger scan already says where a cue can be.
    """
    out: list[re.Match[str]] = []
    seen: set[tuple[int, int]] = set()
    for h in hits:
        m = rx.search(text, max(0, h.start() - before), min(len(text), h.end() + after))
        while m is not None and m.end() <= h.start():
            m = rx.search(text, m.end(), min(len(text), h.end() + after))
        if m is not None and (m.start(), m.end()) not in seen:
            seen.add((m.start(), m.end()))
            out.append(m)
    return out


def _agentless_cue(sn: _Sentence, start: int, end: int) -> _Cue:
    """A cue with no source at prose ``[start, end)``; its content is the clause after it."""
    return _Cue((start, end), None, _trim(sn.text, end, sn.clause_end(end), sn.start), "agentless")


def _agentless_cues(sn: _Sentence, pat: Patterns, found: list[_Cue]) -> None:
    """Attributions without a source: "is estimated to", "it is believed that", "reportedly"."""
    for m in _windowed(pat.agentless, sn.text, sn.hits["agentless"], 45, 10):
        cs, ce = m.start() + sn.start, m.end() + sn.start
        if sn.text[m.start()].isupper() and m.start() > 0:
            continue
        found.append(_agentless_cue(sn, cs, ce))


def _adjective_cues(sn: _Sentence, pat: Patterns, found: list[_Cue]) -> None:
    """Stance adjectives with a subject source: "some experts are concerned the group ..."."""
    words = pat.words
    for m in _windowed(pat.adjective, sn.text, sn.hits["adjective"], 45, 0):
        ci = _aux_start(sn, sn.index_at(m.start("verb") + sn.start), pat)
        i = _skip_time_left(sn.toks, ci - 1, words)
        if i < 0:
            continue
        t = sn.toks[i]
        if t.lower in ("he", "she", "they", "i", "we", "you") or t.lower in words.relative:
            src: tuple[int, int] | None = (i, i)
        else:
            src = walk_left(sn.toks, i, words)
        if src is None:
            continue
        ce = m.end("verb") + sn.start
        content = _content(sn, sn.index_at(ce), sn.toks[src[0]].start, False, words, False)
        found.append(_Cue((sn.toks[ci].start, ce), src, content, "cognition"))


def _nominal_cues(sn: _Sentence, pat: Patterns, found: list[_Cue]) -> None:
    """Possessed nominal cues: "her report", "the OHCHR’s document", "Trump’s claims that"."""
    words = pat.words
    for m in _windowed(pat.nominal, sn.text, sn.hits["nominal"], 60, 0):
        poss = m.group("poss")
        if poss.lower() not in ("his", "her", "their", "its") and not poss[0].isupper():
            continue
        toks = sn.toks
        p = sn.index_at(m.start("poss") + sn.start)
        k = sn.index_at(m.start("noun") + sn.start)
        if k >= len(toks) or p >= len(toks):
            continue
        src = (
            (p, p) if toks[p].lower in ("his", "her", "their", "its") else walk_left(toks, p, words)
        )
        if src is None:
            continue
        tok = toks[k]
        follows = toks[k + 1].lower if k + 1 < len(toks) else ""
        content = (
            _content(sn, k + 1, sn.start, False, words, False)
            if follows in ("that", "of", "about", ":")
            else None
        )
        found.append(_Cue((tok.start, tok.end), src, content, "nominal"))


_PARTICIPLE_AFTER_OBJECT = frozenset({"as", "in", "on", "at", "from", "with", "by"})
_PARTICIPLE_NOT_OBJECT = frozenset({"of", "to", "for", "in", "out", "up", "off", "down", "on"})


def _participle_cues(sn: _Sentence, pat: Patterns, found: list[_Cue]) -> None:
    """A stance participle right after the noun phrase that holds the stance: "the super PAC
    backing Smith", "voters supporting the plan". The noun phrase rules must see a source there
    (so "ads backing Smith" is none), and an object must follow ("backing of", "backing out" are
    no stance)."""
    words = pat.words
    for h in sn.hits["participle"]:
        toks = sn.toks
        i = sn.index_at(h.start() + sn.start)
        j = sn.index_at(h.end() + sn.start)
        if i == 0 or j >= len(toks) or not toks[i - 1].text[0].isalnum():
            continue
        nxt = toks[j]
        if (
            not nxt.text[0].isalnum()
            or nxt.lower in _PARTICIPLE_NOT_OBJECT
            or nxt.lower in _BE
            or nxt.lower in _AUX_AFTER
            or toks[i - 1].lower in pat.noun_determiner  # "her backing", "the backing"
        ):
            continue
        src = walk_left(toks, i - 1, words)
        if src is None or (src[0] > 0 and toks[src[0] - 1].lower in _PARTICIPLE_AFTER_OBJECT):
            continue  # "ran op-eds in Acme News attacking X": the op-eds attack, not the paper
        end = _participle_object_end(toks, j, pat) or sn.clause_end(nxt.start)
        content = _trim(sn.text, nxt.start, end, sn.start)
        found.append(_Cue((toks[i].start, toks[j - 1].end), src, content, "verb", stance=True))


def _participle_object_end(toks: list[Token], j: int, pat: Patterns) -> int | None:
    """Where the object of a stance participle in a subject ends, when the sentence's own verb
    follows it ("the PAC backing Roe has raised ...", "the group backing Roe spent ..."); the
    noun phrase rules may take an irregular past after a name into the phrase."""
    obj = walk_right(toks, j, pat.words)
    if obj is None:
        return None
    if _finite_after(toks, obj[1] + 1, pat):
        return toks[obj[1]].end
    for m in range(obj[0] + 1, obj[1] + 1):
        if toks[m].lower in pat.irregular_past and toks[m - 1].text[0].isupper():
            return toks[m - 1].end if _finite_after(toks, m, pat) else None
    return None


_POSSESSIVE = frozenset({"his", "her", "their", "its"})


def _nominal_phrase_cues(sn: _Sentence, pat: Patterns, found: list[_Cue]) -> None:
    """A noun of saying or stance with its content: "complaints that the dam leaks",
    "Reyes's criticism of the plan". The possessor, if any, is the source ("Reyes's effusive
    praise of"); the content is what "that", "of" or "for" opens."""
    words = pat.words
    for kind, joins in (("nominal_that", ("that",)), ("nominal_of", ("of", "for"))):
        for h in sn.hits[kind]:
            toks = sn.toks
            k = sn.index_at(h.start() + sn.start)
            if k + 2 >= len(toks) or toks[k + 1].lower not in joins:
                continue
            if not toks[k + 2].text[0].isalnum() and toks[k + 2].text not in _QUOTE_OPEN:
                continue
            p = k - 1
            if p > 0 and toks[p].text.islower() and toks[p].lower not in pat.noun_determiner:
                p -= 1  # one modifier: "his recent criticism of"
            src: tuple[int, int] | None = None
            if p >= 0 and toks[p].lower in _POSSESSIVE:
                src = (p, p)
            elif p >= 0 and toks[p].text[0].isupper() and toks[p].lower.endswith(("'s", "’s")):
                src = walk_left(toks, p, words)
            start = toks[k + 2].start
            content = _trim(sn.text, start, sn.clause_end(start), sn.start)
            stance = kind == "nominal_of"  # the content is an object: "praise of the plan"
            found.append(_Cue((toks[k].start, toks[k].end), src, content, "nominal", stance=stance))


def _as_put_cues(sn: _Sentence, pat: Patterns, found: list[_Cue]) -> None:
    """ "As Smith put it, ...", "The dam, as one engineer put it, cost ...", "..., as one adviser
    put it.": the speaker between "as" and the phrase; the content the clause after the phrase,
    or the words before "as" when the phrase ends the sentence."""
    words = pat.words
    for h in sn.hits["as_put"]:
        toks = sn.toks
        i = sn.index_at(h.start() + sn.start)
        if i > 1 and toks[i - 1].lower in _SUBJECT_PRONOUNS:
            src: tuple[int, int] | None = (i - 1, i - 1)
        else:
            src = walk_left(toks, i - 1, words, loose=True) if i > 1 else None
        if src is None or src[0] == 0 or toks[src[0] - 1].lower != "as":
            continue
        a = src[0] - 1
        ce = h.end() + sn.start
        content = _trim(sn.text, ce, sn.clause_end(ce), sn.start)
        if content is None:
            content = _trim(sn.text, sn.start, toks[a].start, sn.start)
        found.append(_Cue((toks[i].start, ce), src, content, "verb", saying=True))


_COPULA_THAT = regexcache.compile(
    r"(?<![\w’'-])(?<!\w[.&])(?:is|was|has\s+been|remains|remained)\s+that\b", re.IGNORECASE
)


def _copula_cues(sn: _Sentence, pat: Patterns, found: list[_Cue]) -> None:
    """A document or view as subject of "is that": "The official account is that ...", "Her view was that ..."."""
    words = pat.words
    for m in _COPULA_THAT.finditer(sn.text):
        toks = sn.toks
        ci = sn.index_at(m.start() + sn.start)
        if ci == 0:
            continue
        src = walk_left(toks, ci - 1, words)
        if src is None or toks[src[1]].lower not in words.document:
            continue
        ce = m.end() + sn.start
        content = _trim(sn.text, ce, sn.end, sn.start)
        found.append(_Cue((toks[ci].start, ce), src, content, "nominal"))


def _by_agent_cues(sn: _Sentence, pat: Patterns, found: list[_Cue]) -> None:
    """A document and its author after "by": "testimonies presented by former members",
    "a report published by the ministry"."""
    words = pat.words
    for m in pat.by_agent.finditer(sn.text):
        toks = sn.toks
        ci = sn.index_at(m.start() + sn.start)
        k = sn.index_at(m.end() + sn.start)
        if ci == 0 or toks[ci - 1].lower not in words.document:
            continue
        src = walk_right(toks, k, words)
        if src is None:
            continue
        content = _trim(sn.text, toks[src[1]].end, sn.end, sn.start)
        found.append(_Cue((toks[ci].start, m.end() + sn.start), src, content, "verb"))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _source_offsets(sn: _Sentence, c: _Cue) -> tuple[int, int] | None:
    """Prose offsets of a cue's source span."""
    return None if c.source is None else (sn.toks[c.source[0]].start, sn.toks[c.source[1]].end)


_QUOTE_OPEN = frozenset({"“", '"', "‘", "'"})


def _colon_cues(
    sn: _Sentence, pat: Patterns, found: list[_Cue], block_start: bool, interview: bool = False
) -> None:
    """A speaker before a colon that opens a quotation ("Jones: “...”"), a transcript label
    ("SMITH: ..."), or, in an interview with "Q:" labels, an answer label ("A: ...", whose
    speaker is the interviewee)."""
    toks = sn.toks
    for k in range(1, len(toks) - 1):
        if toks[k].text != ":":
            continue
        nxt = toks[k + 1].text
        if interview and block_start and k == 1 and toks[0].text == "A" and nxt[0].isupper():
            content = _trim(sn.text, toks[k + 1].start, sn.end, sn.start)
            found.append(_Cue((toks[k].start, toks[k].end), (0, 0), content, "quote", answer=True))
            continue  # "A: We counted 1,312 deaths": the interviewee answers
        label = (
            block_start
            and k <= 3
            and all(t.text.isupper() and t.text.isalpha() for t in toks[:k])
            and toks[0].lower not in pat.not_speaker
        )
        if nxt not in _QUOTE_OPEN and not label and not _speaker_label(toks, k, block_start, pat):
            continue
        if _name_list(toks, k + 1):
            continue  # "Iowa: Ann Lee, Bo Diaz, ...": a heading over a list of names
        src = (0, k - 1) if label else walk_left(toks, k - 1, pat.words)
        if (
            src is None
            or not any(t.text[0].isupper() for t in toks[src[0] : src[1] + 1])
            or (src[0] > 0 and toks[src[0] - 1].text[0].isalnum())
        ):
            # "telling CNBC:", "wrote on Facebook:" name a hearer or medium, not the speaker;
            # with no other cue, the sentence's subject speaks ("Reyes interjected: “...”")
            src = _colon_subject(sn, k, pat, found) if nxt in _QUOTE_OPEN else None
            if src is None:
                continue
            # the quotation only: a sentence after it may share the paragraph's last "sentence"
            end = _quote_close(toks, k + 1)
            content = _trim(sn.text, toks[k + 1].start, end, sn.start)
            found.append(_Cue((toks[k].start, toks[k].end), src, content, "quote"))
            continue
        content = _trim(sn.text, toks[k + 1].start, sn.end, sn.start)
        found.append(_Cue((toks[k].start, toks[k].end), src, content, "quote"))


_CLOSE_OF = {"“": "”", '"': '"', "‘": "’", "'": "'"}


def _quote_close(toks: list[Token], k: int) -> int:
    """Prose offset just after the quotation that opens at token ``k`` (its closing mark), or
    after the last token when it does not close in the sentence."""
    close = _CLOSE_OF.get(toks[k].text, "")
    if close == "'" and k + 1 < len(toks) and toks[k + 1].text == "'":
        # a doubled apostrophe ('' ... ''): it closes at the next adjacent pair
        for j in range(k + 2, len(toks) - 1):
            if toks[j].text == toks[j + 1].text == "'" and toks[j].end == toks[j + 1].start:
                return toks[j + 1].end
        return toks[-1].end
    return next((t.end for t in toks[k + 1 :] if t.text == close), toks[-1].end)


def _colon_subject(
    sn: _Sentence, k: int, pat: Patterns, found: list[_Cue]
) -> tuple[int, int] | None:
    """The subject of a sentence whose colon at token ``k`` opens a quotation, when no other
    cue stands before the colon: the verb before it is one the lexicon lacks ("boomed")."""
    colon = sn.toks[k].start
    if any(c.cue[0] < colon for c in found):
        return None
    src = _sentence_subject(sn, k, pat.words)
    after = sn.toks[src[1] + 1].lower if src is not None else ""
    if src is None or after in _BE or after in _NOUN_BEFORE or after in pat.words.connector:
        return None  # "The problem of X is exemplified by this finding: ...": no one speaks
    return src


_LIST_MIN = 3  # commas in a list of names after a heading


def _name_list(toks: list[Token], k: int) -> bool:
    """Whether tokens from ``k`` are a comma-separated list of capitalised names and nothing
    else ("Ann Lee, Bo Diaz, Cy Young"), which a heading with a colon lists, not says."""
    commas = 0
    for t in toks[k:]:
        if t.text == ",":
            commas += 1
        elif t.text[0].isalpha() and not t.text[0].isupper() and t.lower != "and":
            return False
    return commas >= _LIST_MIN


_SIGNOFF_DASH = frozenset({"-", "—", "–"})
_SIGNOFF_QUOTE = ("”", '"', "''", "’")


def _signoff_cues(sn: _Sentence, pat: Patterns, found: list[_Cue], before: str) -> None:
    """A paragraph that is only a dash and a name after a paragraph that is a quotation signs
    the quotation off: "“...”" then "- Tom Reyes." The dash is the cue; the quotation lies in
    another paragraph, so no content is given."""
    toks = sn.toks
    if len(toks) < 2 or toks[0].text not in _SIGNOFF_DASH or sn.start == 0:
        return
    if not before.rstrip().rstrip(".").endswith(_SIGNOFF_QUOTE):
        return
    src = walk_right(toks, 1, pat.words)
    if src is None or not toks[1].text[0].isupper():
        return
    if src[1] + 1 < len(toks) and toks[src[1] + 1].text not in (",", "."):
        return
    found.append(_Cue((toks[0].start, toks[0].end), src, None, "quote"))


_CAPS_LABEL = regexcache.compile(r"[A-Z][A-Z.'’ -]{0,40}:\s")
_WORD = regexcache.compile(r"[\w’']+")
_DATELINE_LEAD_MIN = 6  # words in a news sentence after a dateline


def _lone_caps_label(doc: Document, words: SourceWords) -> int | None:
    """Start of the first paragraph when it alone opens with a label in capitals and a colon
    and a news sentence follows: a dateline ("MUMBAI: At least 23 people died ..."), not a
    speaker. A transcript labels several paragraphs ("HALVORSEN: ...", "Q: ..."); a lone
    speaker's line is short, a question or in the first person."""
    labels = {
        b.start: m
        for b in doc.blocks
        if b.boilerplate is None and (m := _CAPS_LABEL.match(doc.prose, b.start, b.end)) is not None
    }
    block = next((b for b in doc.blocks if b.boilerplate is None and b.kind != "heading"), None)
    if block is None or list(labels) != [block.start] or not block.sentences:
        return None
    lead = doc.prose[labels[block.start].end() : block.sentences[0].end]
    lead_words = _WORD.findall(lead.lower())
    stems = {re.split("['’]", w, maxsplit=1)[0] for w in lead_words}  # "we're": "we"
    if (
        lead.rstrip().endswith("?")
        or len(lead_words) < _DATELINE_LEAD_MIN
        or words.pronoun_self & stems
    ):
        return None  # "TAPPER: Will it hold?", "REYES: No.", "ROE: I think so": a speaker's line
    return block.start


def _speaker_label(toks: list[Token], k: int, block_start: bool, pat: Patterns) -> bool:
    """A paragraph that opens with a capitalised name of one to four words and a colon, then a
    capitalised sentence, is a transcript line or a headline quoting its speaker: "Ted Cruz: We
    will win", "Reyes: Dam Will Hold". Labels of news furniture ("Editor's Note:", "Correction:",
    "Revealed:") are not speakers."""
    return (
        block_start
        and 1 <= k <= 4
        and k + 1 < len(toks)
        and toks[k + 1].text[0].isupper()
        and all(t.text[0].isupper() for t in toks[:k])
        and toks[0].lower not in pat.not_speaker
    )


def _dedupe(sn: _Sentence, cues: list[_Cue], words: SourceWords) -> list[_Cue]:
    """Keep one cue per stretch of text: cues with a source win, then earlier-listed detectors,
    then earlier positions.

    A cue inside a kept cue's source ("according to an NBC report") is part of that source, and
    a cue whose source swallows a kept cue took a wrong turn; both are dropped, except that a
    relative clause inside the source may keep its own cue (its content is then cut at the
    source's end). A source that runs over ", who said ...," stops before the comma ("X, who
    said ..., added": X added), and a kept cue that was a noun a lone quantifier read as a verb
    gives way ("Some protest leaders said": "protest" is no report).
    """
    kept: list[_Cue] = []
    if any(_fallback(c) for c in cues):
        cues = sorted(cues, key=_fallback)
    for c in cues:
        if any(_overlap(c.cue, k.cue) for k in kept):
            continue
        src = _source_offsets(sn, c)
        said = next(
            (k for k in kept if src is not None and _relative_saying(sn, k, src, words)), None
        )
        if said is not None and c.source is not None:
            # "X, who said ..., added": X added; the source ends before ", who"
            c.source = (c.source[0], said.source[0] - len((",", "who")))
            src = _source_offsets(sn, c)
        inside = [k for k in kept if src is not None and _noun_read_as_verb(sn, k, c, src, words)]
        kept = [
            k for k in kept if k not in inside
        ]  # "Some protest leaders said": "protest" is a noun
        if any(
            src is not None and _overlap(src, k.cue) and not _relative_inside(sn, k, src)
            for k in kept
        ):
            continue
        for k in kept:
            if src is not None and k.content is not None and _relative_inside(sn, k, src):
                # the relative clause's content ends with the source it is part of
                k.content = _trim(sn.text, k.content[0], min(k.content[1], src[1]), sn.start)
        if any(
            (ks := _source_offsets(sn, k)) is not None and ks[0] <= c.cue[0] and c.cue[1] <= ks[1]
            for k in kept
        ):
            continue
        kept.append(c)
    _share_citing_source(sn, kept)
    return sorted(kept, key=lambda c: c.cue[0])


def _share_citing_source(sn: _Sentence, kept: list[_Cue]) -> None:
    """Give a participle cue after a comma ("..., citing a poll") the source of the nearest
    cue whose source lies before it: "X said, citing ...", "X, citing ..., said" both make X
    the one who cites."""
    for c in kept:
        if c.cue_type != "according_to" or not sn.text[c.cue[0] - sn.start :].startswith(
            ("citing", "Citing")
        ):
            continue
        ci = sn.index_at(c.cue[0])
        if ci == 0:
            continue
        before = [
            k
            for k in kept
            if k is not c and k.source is not None and sn.toks[k.source[1]].end <= c.cue[0]
        ]
        if before:
            best = min(before, key=lambda k: abs(k.cue[0] - c.cue[0]))
            c.source = best.source
            c.weak = False


def _noun_read_as_verb(
    sn: _Sentence, k: _Cue, c: _Cue, src: tuple[int, int], words: SourceWords
) -> bool:
    """Whether kept cue ``k`` is a noun that a quantifier alone made a verb, inside the subject
    ``src`` of a later verb of saying ``c`` whose subject starts with that quantifier and which
    lies in ``k``'s content: "Some protest leaders said" read "protest" as a verb with the
    subject "Some". The later verb is the report."""
    if not c.saying or k.source is None or k.content is None or c.source is None:
        return False
    ks = _source_offsets(sn, k)
    return (
        ks is not None
        and k.source[0] == k.source[1] == c.source[0]
        and sn.toks[k.source[0]].lower in words.anonymous_determiner
        and src[0] <= ks[0]
        and src[0] <= k.cue[0]
        and k.cue[1] <= src[1]
        and k.content[0] <= c.cue[0] < k.content[1]
    )


def _relative_saying(sn: _Sentence, k: _Cue, src: tuple[int, int], words: SourceWords) -> bool:
    """Whether cue ``k`` is a verb of saying in a relative clause that a comma opens inside
    source ``src`` ("Roe, who said the dam would hold, added"): the clause is a report of its
    own, and the source of the verb after it is the noun phrase before the comma. Only for a
    name: an unnamed head ("Critics, who say ..., asked") is one source, reported once."""
    if k.source is None or k.source[0] != k.source[1] or not k.saying:
        return False
    i = k.source[0]
    tok = sn.toks[i]
    head = sn.toks[i - 2] if i >= 2 else tok
    return (
        tok.lower in _RELATIVE_STOP
        and i >= 2
        and sn.toks[i - 1].text == ","
        and head.text[0].isupper()
        and head.lower not in words.anonymous_head
        and head.lower not in words.generic_group
        and src[0] < sn.toks[i - 1].start
        and k.cue[1] <= src[1]
    )


_WHOSE_MAX = 3  # tokens after "whose" in a relative clause's subject ("whose board members")


def _relative_inside(sn: _Sentence, k: _Cue, src: tuple[int, int]) -> bool:
    """Whether cue ``k`` is the verb of a relative clause inside source ``src`` ("McCaskill, who
    has endorsed Roe, said"): both report, and the relative clause is part of the source. A
    relative clause of saying that a comma sets off ("Critics, who say the plan will fail,
    asked") is the report itself and hides the verb after it; one that only tells which person
    is meant ("a farmer who described himself as a moderate, said") does not, nor does a
    request ("One official, who asked not to be named, said"): it reports nothing said."""
    if k.source is None:
        return False
    i, j = k.source
    if i > 0 and sn.toks[i - 1].lower == "whose" and j - i < _WHOSE_MAX:
        i -= 1  # "X, whose members voted ..., said": "whose members" is relative too
    elif j != i:
        return False
    if k.saying and i > 0 and sn.toks[i - 1].text == "," and not _request(sn, k):
        return False
    tok = sn.toks[i]
    relative = tok.lower in _RELATIVE_STOP or tok.lower == "whose"
    return relative and src[0] < tok.start and k.cue[1] <= src[1]


def _request(sn: _Sentence, k: _Cue) -> bool:
    """Whether cue ``k``'s content is an infinitive ("asked not to be named", "asked to see the
    plan"): a request or an intention, not a statement of what is so."""
    if k.content is None:
        return False
    head = sn.text[k.content[0] - sn.start : k.content[0] - sn.start + 7].lower()
    return head.startswith(("to ", "not to "))


_HOST_TYPES = frozenset({"verb", "according_to"})  # cue types whose content holds a belief


def _drop_reported_beliefs(cues: list[_Cue]) -> list[_Cue]:
    """Drop cognition cues inside the content of a verb or "according to" cue: in "Smith said he
    believed the dam would hold" the belief is part of what Smith said, not a second report."""
    hosts = [c.content for c in cues if c.content is not None and c.cue_type in _HOST_TYPES]
    if not hosts:
        return cues
    return [
        c
        for c in cues
        if c.cue_type != "cognition" or not any(a <= c.cue[0] and c.cue[1] <= b for a, b in hosts)
    ]


_NESTED_TYPES = frozenset({"verb", "cognition", "agentless"})  # cue types dropped inside content
_AFTER_BREAK = regexcache.compile(r"[,;—–]\s*$")


def _modal_or_negated(cue: str, pat: Patterns) -> bool:
    """Whether a cue's verb group holds a modal or a negation ("would tell", "did not mention",
    "didn't say"): it reports nothing said."""
    return any(
        w in pat.words.modal
        and w[0].isalpha()  # "’d" may be "had": "he’d asked"
        or w in pat.negation
        or w.endswith(("n't", "n’t"))
        for w in _CUE_WORD.findall(cue.lower())
    )


_CUE_WORD = regexcache.compile(r"[\w’']+")


def _drop_nested(sn: _Sentence, cues: list[_Cue], pat: Patterns) -> list[_Cue]:
    """Drop cues of stance, evidence, belief or agentless report, and possessed nominal cues,
    that lie inside the content of a verb of saying or an "according to": in "Smith said the
    council backed the plan" (or "Roe's criticism was unfair") the backing is part of what
    Smith said, not a report of its own. A nested verb of saying
    ("Smith said Roe told her") stays, as does a cue after a comma or dash, which is mostly the
    subject's next act ("Roe spoke, calling ..."); two cues that each hold the other in their
    content both stay. A nested verb of saying with a modal or a negation ("Smith said Roe
    would tell them") reports nothing said, so it goes too. After an opening "according to" or poll setting, every verb in its
    content is part of what that source reports ("According to the Ledger, the mayor said
    ...", "In the Acme poll, 40 percent said ...")."""

    def within(c: _Cue, d: _Cue) -> bool:
        return d.content is not None and d.content[0] <= c.cue[0] and c.cue[1] <= d.content[1]

    def reported(c: _Cue) -> bool:
        return c.cue_type == "verb" and any(
            d.cue_type == "according_to" and d.cue[1] <= c.cue[0] and within(c, d) for d in cues
        )

    def unsaid(c: _Cue) -> bool:  # "would tell", "never told": nothing said
        return c.saying and _modal_or_negated(
            sn.text[c.cue[0] - sn.start : c.cue[1] - sn.start], pat
        )

    return [
        c
        for c in cues
        if not reported(c)
        and (
            c.saying
            and not unsaid(c)
            or c.cue_type not in _NESTED_TYPES
            and (c.cue_type != "nominal" or c.source is None)
            or not any(
                d is not c
                and (d.saying or d.cue_type == "according_to")
                and within(c, d)
                and (not within(d, c) or unsaid(c))  # "Smith said Roe never told her"
                for d in cues
            )
            or _AFTER_BREAK.search(sn.text, max(0, c.cue[0] - sn.start - 3), c.cue[0] - sn.start)
        )
    ]


_OCCASION_GAP = 4  # words between a verb and the noun it reports through: "said in a written"


def _fold_occasion_nouns(sn: _Sentence, cues: list[_Cue], pat: Patterns) -> list[_Cue]:
    """Drop a sourceless noun cue that names how a verb's subject spoke ("The ministry said in a
    statement that ...", "The army issued a statement that ..."): the clause after "that" is
    the verb's content, and the noun is no second report by no one."""
    out = list(cues)
    words = pat.words
    for c in cues:
        if c.cue_type != "nominal" or c.source is not None or c.content is None:
            continue
        if _finite_word(sn.toks[sn.index_at(c.content[0])], pat):
            continue  # "a statement that was widely mocked": a relative clause, not content
        noun = singular(sn.text[c.cue[0] - sn.start : c.cue[1] - sn.start].lower())
        if noun not in words.document and noun not in words.occasion:
            continue  # "Residents voiced complaints that ...": the complaints are the report
        for d in cues:
            if d.cue_type != "verb" or d.source is None or not d.cue[1] <= c.cue[0]:
                continue
            verb = sn.text[d.cue[0] - sn.start : d.cue[1] - sn.start].split()[-1].lower()
            gap = sn.text[d.cue[1] - sn.start : c.cue[0] - sn.start].split()
            through = bool(gap) and gap[0] in words.occasion_preposition  # "said in a statement"
            if not (through and d.saying or verb in words.issuing_verb):
                continue  # "voiced complaints that": the complaints are what was voiced
            if len(gap) <= _OCCASION_GAP and all(w.isalpha() and w.islower() for w in gap):
                d.content = c.content
                out.remove(c)
                break
    return out


def _fallback(c: _Cue) -> bool:
    """Whether a cue lacks the source it could have: such cues lose to any cue they overlap
    ("seemed" to "Berg seemed unconvinced", "recalling" to "Biden, recalling ..., described")."""
    return c.weak or c.source is None


def _kind(
    sn: _Sentence, src: tuple[int, int], words: SourceWords, resolver: Resolver
) -> tuple[str, str | None]:
    """Classify a source span; resolve pronouns and relative pronouns to what they refer to."""
    toks = sn.toks
    a, b = src
    kind = classify(toks, a, b, words)
    if kind == "pronoun":
        resolved, k = resolver.resolve(toks[a].lower, toks[a].start, words)
        return k, resolved
    if kind == "relative":
        i = a - 1
        if i >= 0 and toks[i].text == ",":
            i -= 1
        ante = walk_left(toks, i, words) if i >= 0 else None
        if ante is None:
            return "anonymous", None
        k2 = classify(toks, ante[0], ante[1], words)
        text = sn.span_text(ante[0], ante[1]).text
        if k2 == "pronoun":
            return resolver.resolve(toks[ante[0]].lower, toks[ante[0]].start, words)[::-1]
        if k2 == "named":
            return "named", text
        return "anonymous", None  # ``resolved`` names a named source only
    if kind == "named":
        person = is_person_like(toks, a, b, words)
        head = toks[head_index(toks, a, b, words)].lower
        role = head if not person and head in words.title and singular(head) == head else None
        resolver.add(toks[a].start, sn.span_text(a, b).text, person, words, role)
    elif kind == "anonymous":  # "A senior official said ... He said": no one named either
        head = toks[head_index(toks, a, b, words)].lower
        resolver.add_anonymous(toks[a].start, sn.span_text(a, b).text, head, words)
    return kind, None


def detect_attributions(
    doc: Document, lexicons: Lexicons, quotes: list[Quote]
) -> list[Attribution]:
    """All attributions of ``doc`` in document order; sets ``Quote.speaker`` for covered quotes."""
    pat = patterns(lexicons)
    words = pat.words
    resolver = Resolver(doc.prose)
    out: list[Attribution] = []
    dateline = _lone_caps_label(doc, words)
    interview = _QUESTION_LABEL.search(doc.prose) is not None  # "A:" answers a "Q:"
    for block in doc.blocks:
        if block.boilerplate is not None:
            continue
        quoted = _quoted_spans(doc.prose, block.start, block.end)
        for sent in block.sentences:
            sn = _Sentence(doc.prose, sent, pat.content_end)
            low = sn.text.lower()
            hits = list(pat.trigger.finditer(low)) if len(low) == len(sn.text) else []
            if hits and not any(w in low for w in pat.poll_subject):
                # "has", "puts" place someone only after a poll: most sentences need no tokens
                hits = [h for h in hits if pat.trigger_kind.get(h.group("verb")) != _PLACEMENT_ONLY]
            colon = ":" in sn.text or low[:1] in _SIGNOFF_DASH  # "Smith:" or "- Smith."
            if colon and block.kind == "heading" and _section_label(sn.text, words):
                colon = False  # "Letters: The critics are wrong": a section label, no speaker
            if not hits and not colon and " that" not in low and " by " not in low:
                continue  # no cue word: nothing to tokenise
            sn.hits = {
                k: []
                for k in (
                    "verb",
                    "agentless",
                    "adjective",
                    "nominal",
                    "according",
                    "poll",
                    "participle",
                    "nominal_that",
                    "nominal_of",
                    "as_put",
                    "placement",
                )
            }
            for h in hits:
                for kind in pat.trigger_kind.get(h.group("verb"), ()):
                    sn.hits[kind].append(h)
            found: list[_Cue] = []
            if sn.hits["according"] or sn.hits["verb"] and " as " in low:
                _according_cues(sn, pat, found)
            if sn.hits["poll"]:
                _poll_cues(sn, pat, found)
            if sn.hits["placement"]:
                _placement_cues(sn, pat, found)
            if sn.hits["agentless"]:
                _agentless_cues(sn, pat, found)
            if sn.hits["adjective"]:
                _adjective_cues(sn, pat, found)
            verbs: list[_Cue] = []
            _verb_cues(sn, pat, verbs, sn.hits["verb"])
            found.extend(verbs)
            if sn.hits["nominal"]:
                _nominal_cues(sn, pat, found)
            _participle_cues(sn, pat, found)
            _nominal_phrase_cues(sn, pat, found)
            _as_put_cues(sn, pat, found)
            if colon:
                _colon_cues(sn, pat, found, sent.start == block.start != dateline, interview)
                if low[:1] in _SIGNOFF_DASH:  # the end of the paragraph before, not all of it
                    _signoff_cues(sn, pat, found, doc.prose[max(0, block.start - 16) : block.start])
            if " that" in low:
                _copula_cues(sn, pat, found)
            if " by " in low:
                _by_agent_cues(sn, pat, found)
            kept = [
                c
                for c in _drop_reported_beliefs(_dedupe(sn, found, words))
                if not _inside(c.cue, quoted) and not _self_source(sn, c, pat)
            ]
            if len(kept) > 1:
                _end_before_clauses(sn, kept, pat)
            if kept:
                _end_subordinate(sn, kept, quoted, pat.subordinator)
            for c in kept:
                if c.stance and c.content is not None:
                    c.content = _object_end(sn, c.cue[1], c.content, pat)
            if len(kept) > 1:
                kept = _drop_nested(sn, _fold_occasion_nouns(sn, kept, pat), pat)
            out.extend(a for c in kept if (a := _build(sn, c, words, resolver)) is not None)
    _assign_speakers(out, quotes, doc)
    return out


def _section_label(text: str, words: SourceWords) -> bool:
    """Whether a heading's "Label:" names a section, not a speaker: a listed noun of documents
    or publications ("Letters: The critics are wrong"), or a Title Case line after the colon
    ("Northern Dravia: Humanitarian Situation Report No. 7"). A quotation after the colon, or
    a name before a sentence ("Zelensky: Ukraine will never give up"), keeps the speaker."""
    label, _, rest = text.partition(":")
    rest = rest.strip()
    if rest[:1] in _QUOTE_OPEN:
        return False
    low = label.strip().lower()
    if (
        singular(low) in words.document
        or singular(low) in words.publication
        or low in words.document
    ):
        return True
    body = [w for w in rest.split() if w[:1].isalpha()]
    return len(body) > 1 and all(w[0].isupper() or len(w) <= 3 for w in body)


def _quoted_spans(prose: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotation spans of a block: cues inside a quotation belong to the quoted speaker's words."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(prose, start, end)]


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``span`` lies within one of ``spans``."""
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _self_source(sn: _Sentence, c: _Cue, pat: Patterns) -> bool:
    """A first or second person source ("I think", "you know") is the writer's voice, not a source;
    but a writer who reports what they said or asked ("I told him", "We asked readers") reports."""
    if c.source is None or c.source[0] != c.source[1]:
        return False
    low = sn.toks[c.source[0]].lower
    if low in _FIRST_PERSON:
        words = sn.text[c.cue[0] - sn.start : c.cue[1] - sn.start].lower().split()
        if words and words[-1] in pat.self_report:
            return False
    return low in pat.words.pronoun_self


def _build(sn: _Sentence, c: _Cue, words: SourceWords, resolver: Resolver) -> Attribution | None:
    """Turn a found cue into an Attribution with its source kind; keep spans from overlapping.
    None for an interview's "A:" when no one is named before it."""
    prose_text = sn.text
    cue = TextSpan(c.cue[0], c.cue[1], prose_text[c.cue[0] - sn.start : c.cue[1] - sn.start])
    source = None
    kind, resolved = "none", None
    if c.answer:
        source = sn.span_text(*c.source)
        resolved = resolver.interviewee(sn.start, words)
        if resolved is None:
            return None  # "A:" with no one named before it: no speaker to give
        kind = "named"
    elif c.source is not None:
        c.source = refine_source(sn.toks, *c.source, words, sn.index_at(c.cue[0]))
        source = sn.span_text(*c.source)
        kind, resolved = _kind(sn, c.source, words, resolver)
    content = None
    if c.content is not None:
        s, e = c.content
        for other in (cue, source):
            if other is None or not (s < other.end and other.start < e):
                continue
            if other.start <= s:
                s = max(s, other.end)
            else:
                e = min(e, other.start)
        trimmed = _trim(prose_text, s, e, sn.start) if s < e else None
        if trimmed is not None:
            content = TextSpan(
                trimmed[0], trimmed[1], prose_text[trimmed[0] - sn.start : trimmed[1] - sn.start]
            )
    return Attribution(
        cue=cue,
        source=source,
        content=content,
        source_kind=kind,
        sentence=sn.sent.index,
        cue_type=c.cue_type,
        resolved=resolved,
    )


def _assign_speakers(atts: list[Attribution], quotes: list[Quote], doc: Document) -> None:
    """Give each quote the attribution whose content covers it (in any sentence it spans, so a
    quotation run on across paragraphs takes the speaker its last part names), else one in its
    sentence or the next, else (a quotation that goes on after "he said.") one in the previous
    sentence of the same paragraph."""
    if not quotes or not atts:
        return
    sentences = doc.sentences
    by_sentence: dict[int, list[int]] = {}
    for i, a in enumerate(atts):
        if a.source is not None:
            by_sentence.setdefault(a.sentence, []).append(i)
    for q in quotes:
        best = None
        last = last_sentence(sentences, q.sentence, q.end)  # its closing part's speaker too
        for i in (i for s in range(q.sentence, last + 1) for i in by_sentence.get(s, [])):
            c = atts[i].content
            if c is not None and c.start < q.end and q.start < c.end:
                best = i
                break
        if best is None:
            for s in (q.sentence, q.sentence + 1, q.sentence - 1):
                if (
                    s in by_sentence
                    and 0 <= s < len(sentences)
                    and q.sentence < len(sentences)
                    and sentences[s].block == sentences[q.sentence].block
                ):
                    best = by_sentence[s][0] if s != q.sentence - 1 else by_sentence[s][-1]
                    break
        q.speaker = best
    _colon_speakers(atts, by_sentence, quotes, doc)
    _signoff_speakers(atts, by_sentence, quotes, doc)
    _continue_speakers(quotes, doc)


def _signoff_speakers(
    atts: list[Attribution], by_sentence: dict[int, list[int]], quotes: list[Quote], doc: Document
) -> None:
    """A quotation that ends its paragraph is spoken by the "- Name." paragraph that signs it
    off right after (``_signoff_cues``): "“About 4,500 homes flooded.”" then "- Oliver Grant."."""
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    for q in quotes:
        if q.speaker is not None:
            continue
        k = bisect_right(starts, q.end - 1) - 1  # the sentence the quotation ends in
        if k < 0 or q.end - 1 >= sentences[k].end or k + 1 >= len(sentences):
            continue
        last, nxt = sentences[k], sentences[k + 1]
        if nxt.block != last.block + 1 or doc.prose[q.end : doc.blocks[last.block].end].strip(
            " .\n"
        ):
            continue  # the quotation must end its paragraph, the sign-off open the next
        for i in by_sentence.get(nxt.index, []):
            if atts[i].cue.text in _SIGNOFF_DASH and atts[i].cue_type == "quote":
                q.speaker = i
                break


def _colon_speakers(
    atts: list[Attribution], by_sentence: dict[int, list[int]], quotes: list[Quote], doc: Document
) -> None:
    """A quotation that opens its paragraph or blockquote right after a paragraph ending in
    "X said:" is X's ("Speaking to reporters, he said:" / "> "Every project ...""): the colon
    hands the floor to the quotation."""
    sentences = doc.sentences
    for q in quotes:
        if q.speaker is not None or q.sentence >= len(sentences):
            continue
        block = sentences[q.sentence].block
        if block == 0 or doc.blocks[block].kind not in _SPEECH_BLOCKS:
            continue
        if doc.prose[doc.blocks[block].start : q.start].strip():
            continue
        before = doc.blocks[block - 1]
        if before.kind != "paragraph" or not before.sentences:
            continue
        if not doc.prose[before.start : before.end].rstrip().endswith(":"):
            continue
        last = before.sentences[-1].index
        q.speaker = next(
            (i for i in reversed(by_sentence.get(last, [])) if atts[i].cue_type == "verb"), None
        )


def _continue_speakers(quotes: list[Quote], doc: Document) -> None:
    """A quotation that opens its paragraph, with no speaker of its own, right after a paragraph
    whose last quotation has one, goes on in that speaker's voice: news writing runs a long
    quotation over paragraphs and names the speaker once ('"They came at night," said one
    resident.' / '"We ran to the church. ...')."""
    sentences = doc.sentences
    prev: Quote | None = None
    for q in quotes:
        if q.sentence >= len(sentences):
            break
        block = sentences[q.sentence].block
        if (
            q.speaker is None
            and prev is not None
            and prev.speaker is not None
            and not prev.partial
            and sentences[prev.sentence].block == block - 1
            and doc.blocks[block].kind in _SPEECH_BLOCKS
            and doc.blocks[block - 1].kind in _SPEECH_BLOCKS
            and prev.sentence == doc.blocks[block - 1].sentences[-1].index
            and not doc.prose[doc.blocks[block].start : q.start].strip()
        ):
            q.speaker = prev.speaker
        prev = q


_SPEECH_BLOCKS = frozenset({"paragraph", "blockquote"})  # not a heading or a list item
