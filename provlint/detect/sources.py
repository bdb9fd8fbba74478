"""Source noun phrases: find them next to a cue and classify them.

Attribution needs two things from the words around a cue: *which* tokens form the source noun
phrase ("Doug Smith, director of research at Acme,", "the state-run Resalat Daily", "some
experts") and *what kind* of source it is (named, anonymous, or a pronoun to resolve). There is
no tagger; the rules lean on capitalisation and on the word classes of the ``sources`` lexicon,
which keeps them fast and lets users extend them.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from provlint import regexcache
from provlint.lexicons import Lexicons
from provlint.record import record

# A token: a word (with inner dots, apostrophes, hyphens, ampersands), or one other character.
TOKEN = regexcache.compile(
    r"\b(?i:he|she|it|they|we|you|who|i|that|there|what|here|where)(?=['’](?:s|ve|d|ll|re|m)\b)"  # "he’s said": the pronoun alone
    r"|\w+(?:[.'’&-]\w+)*|['’](?:s|ve|d|ll|re|m)\b|\S"
)
# TOKEN without its first branch, which is tried at every position and costs a third of the
# time; the few words it would split ("he’s") are re-tokenised with TOKEN.
_FAST_TOKEN = regexcache.compile(r"\w+(?:[.'’&-]\w+)*|['’](?:s|ve|d|ll|re|m)\b|\S")
_PRONOUN_CONTRACTION = regexcache.compile(
    r"(?i:he|she|it|they|we|you|who|i|that|there|what|here|where)['’](?:s|ve|d|ll|re|m)\b"
)
_CONTRACTION = regexcache.compile(r"^['’](?:s|ve|d|ll|re|m)$")
_FOOTNOTE_MARK = regexcache.compile(r"(?<=\w)\[\^?\d{1,3}\]")  # "report[^1]", "report[1]"
_CLOCK = regexcache.compile(r"(?i)^\d{1,2}(?:am|pm)$")  # the "09PM" of "8:09PM"
_POSSESSIVE = regexcache.compile(r"(?i)^(.+?)(?:['’]s|s['’])$")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you"})
_CONTACT_PRONOUNS = _SUBJECT_PRONOUNS - {"it"}  # "the firm it owns" may be a name: "It"
_ARTICLES = frozenset({"a", "an", "the"})
_SINGULAR_DETERMINERS = frozenset(
    {"a", "an", "one", "another", "each", "every", "either", "neither"}
)
_PRONOUN_POSSESSIVES = frozenset(
    {"he’s", "she’s", "it’s", "he's", "she's", "it's", "that's", "that’s"}
)
_KEPT_POSTMODIFIERS = frozenset(
    {"overall", "alike", "himself", "herself", "itself", "themselves"}
)  # "voters overall", "experts alike", "Roe herself"
# Prepositions that join a document's participle to its maker or place: "a report released
# by the institute", "a statement posted on the website", "research conducted for the center".
_AFTER_PARTICIPLE = frozenset({"by", "in", "for", "from", "on"})


# Acronyms spelt like a pronoun or relative ("the WHO said", "US officials"): their ``lower``
# keeps the capitals so that no pronoun or relative rule reads them, and they stay names.
_CAPITAL_CLASH = frozenset({"WHO", "IT", "US"})


class Token(NamedTuple):
    """A token of a sentence with absolute prose offsets (a tuple: cheap to make by the thousand)."""

    start: int
    end: int
    text: str
    lower: str


def plural_s(word: str) -> bool:
    """Whether ``word`` (lowercase) ends in the "-s" of a plural or a third-person verb, not in
    "-ss" ("voters", "says"; not "press")."""
    return word.endswith("s") and not word.endswith("ss")


def tokenize(text: str, base: int) -> list[Token]:
    """Tokens of ``text`` (as :data:`TOKEN` splits it); offsets are shifted by ``base`` so they
    are prose offsets. ``lower`` is the lowercase text, except for the acronyms in
    :data:`_CAPITAL_CLASH`. A footnote marker glued to a word is no token."""
    low = text.lower()
    if len(low) != len(text):
        low = text  # a character whose lowercase is longer ("İ"): lowercase token by token
    new = tuple.__new__
    out: list[Token] = []
    add = out.append
    for m in _FAST_TOKEN.finditer(text):
        s, e = m.span()
        word = text[s:e]
        if ("’" in word or "'" in word) and _PRONOUN_CONTRACTION.match(word):
            for m2 in TOKEN.finditer(text, s, e):
                s2, e2 = m2.span()
                add(new(Token, (s2 + base, e2 + base, text[s2:e2], low[s2:e2].lower())))
            continue
        if word in _CAPITAL_CLASH:
            add(new(Token, (s + base, e + base, word, word)))  # "WHO", "US": no pronoun
            continue
        add(new(Token, (s + base, e + base, word, low[s:e].lower() if low is text else low[s:e])))
    if "]" in text:
        marks = [(m.start() + base, m.end() + base) for m in _FOOTNOTE_MARK.finditer(text)]
        if marks:  # "a report[^1] by the committee": the marker cites; the phrase goes on
            out = [t for t in out if not any(a <= t.start < b for a, b in marks)]
    return out


@record(frozen=True)
class SourceWords:
    """The ``sources`` lexicon as sets, built once per Lexicons object."""

    pronoun_person: frozenset[str]
    pronoun_group: frozenset[str]
    pronoun_self: frozenset[str]
    pronoun_female: frozenset[str]
    pronoun_male: frozenset[str]
    title_female: frozenset[str]
    title_male: frozenset[str]
    relative: frozenset[str]
    anonymous_head: frozenset[str]
    anonymous_determiner: frozenset[str]
    generic_group: frozenset[str]
    document: frozenset[str]
    publication: frozenset[str]
    title: frozenset[str]
    organisation: frozenset[str]
    modifier: frozenset[str]
    connector: frozenset[str]
    postmodifier: frozenset[str]
    postmodifier_phrase: frozenset[str]
    not_name: frozenset[str]
    time: frozenset[str]
    time_span: frozenset[str]
    agent_suffix: frozenset[str]
    time_quantity: frozenset[str]
    sentence_opener: frozenset[str]
    quantity_adverb: frozenset[str]
    partitive: frozenset[str]
    name_particle: frozenset[str]
    no_plural: frozenset[str]
    party_member: frozenset[str]
    own_report: frozenset[str]
    aside_not: frozenset[str]
    collective: frozenset[str]
    kept_participle: frozenset[str]
    clause_verb: frozenset[str]
    modal: frozenset[str]
    subordinator: frozenset[str]
    head_preposition: frozenset[str]
    occasion_preposition: frozenset[str]
    occasion: frozenset[str]
    clause_noun: frozenset[str]
    issuing_verb: frozenset[str]
    irregular_past: frozenset[str]
    people_plural_suffix: frozenset[str]
    platform: frozenset[str]
    # Derived once here, not per use: the walks ask for them at almost every token.
    heads: frozenset[str]  # lowercase words that can end a source noun phrase
    inner: frozenset[str]  # lowercase words allowed anywhere inside a source noun phrase


_DERIVED = ("heads", "inner")  # SourceWords fields built from the others, not lexicon groups


@cache
def source_words(lexicons: Lexicons) -> SourceWords:
    """Load the ``sources`` lexicon groups as lowercase sets."""

    def group(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in lexicons.words("sources", name))

    groups = {
        name: group(name) for name in SourceWords.__dataclass_fields__ if name not in _DERIVED
    }
    # Roles head a source in the plural as well ("officers", "ministers"), except those whose
    # plural is more often a verb ("hosts", "heads").
    groups["title"] = groups["title"] | {
        _plural(w)
        for w in groups["title"] - groups["no_plural"]
        if w.isalpha() and not w.endswith("s")
    }
    groups["heads"] = (
        groups["anonymous_head"]
        | groups["document"]
        | groups["publication"]
        | groups["title"]
        | groups["organisation"]
        | groups["generic_group"]
    )
    groups["inner"] = groups["heads"] | groups["modifier"] | groups["anonymous_determiner"]
    return SourceWords(**groups)


def _plural(word: str) -> str:
    """The regular English plural of a noun."""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    return word + "s"


def singular(word: str) -> str:
    """The singular of a regular English plural, the inverse of :func:`_plural` ("companies"
    -> "company", "unions" -> "union")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word.removesuffix("s")


def _is_name(tok: Token) -> bool:
    """A capitalised word or an acronym: the mark of a proper noun when there is no tagger."""
    c = tok.text[0]
    return c.isupper() or (c.isdigit() and any(ch.isalpha() for ch in tok.text))


def _base(tok: Token) -> str:
    """The lowercase word without a possessive ending ("Trump’s" -> "trump")."""
    m = _POSSESSIVE.match(tok.lower)
    return m.group(1) if m else tok.lower


def _np_token(tok: Token, words: SourceWords) -> bool:
    """Whether a token can sit inside a source noun phrase."""
    if _is_name(tok) or tok.text[0].isdigit():
        return True
    low = tok.lower
    if low in words.inner or _base(tok) in words.inner:
        return True
    return "-" in low and low[0].isalpha()  # hyphenated modifiers: state-run, 61-year-old


def _noun_modifier(toks: list[Token], k: int, before_head: bool, words: SourceWords) -> bool:
    """An unlisted lowercase noun modifying a listed head noun ("law enforcement officials",
    "White House pool reports"); the lexicon cannot list every such noun."""
    t = toks[k]
    return (
        before_head
        and t.text.isalpha()
        and t.text.islower()
        and t.lower not in words.inner
        and t.lower not in words.not_name
        and t.lower not in words.connector
        and t.lower not in words.time
        and not t.lower.endswith(("ed", "ing", "ly"))
    )


def _opens_modified_head(
    toks: list[Token], k: int, sentence_start: int, words: SourceWords
) -> bool:
    """Whether an unlisted adjective or noun at ``k`` modifies the head after it: it follows the
    start of the sentence, a quantifier or "of" ("registered voters", "52 percent of registered
    voters"), never a verb or a clause ("as the vote ended officials said")."""
    t = toks[k]
    if (
        t.lower in words.not_name
        or t.lower in words.connector
        or t.lower in words.time
        or t.lower.endswith("ly")
    ):
        return False
    if k == sentence_start:
        return True
    before = toks[k - 1]
    return (
        before.lower == "of"
        or before.lower in words.anonymous_determiner
        or before.text[0].isdigit()
        or before.text in ',—–(“"'
        or before.lower in words.subordinator  # "because | social scientists say"
        or before.lower in ("that", "but")
    )


def _punct_ok(toks: list[Token], j: int) -> bool:
    """Punctuation that belongs to a name: abbreviation dots, brackets of party labels, a
    slash between two glued names ("CNN/ORC poll")."""
    t = toks[j].text
    if t == "." and j > 0:
        prev = toks[j - 1].text
        if j + 1 < len(toks) and toks[j + 1].text == ")" and toks[j + 1].start == toks[j].end:
            return prev[0].isupper()  # a state that closes a party label: "(D-Minn.)"
        return (len(prev) <= 4 or "." in prev) and prev[0].isupper()  # "Mr.", "F.A.A."
    if t == "/":
        return (
            0 < j < len(toks) - 1
            and toks[j - 1].end == toks[j].start
            and toks[j].end == toks[j + 1].start
            and _is_name(toks[j - 1])
            and _is_name(toks[j + 1])
        )
    return t in "()&"


def walk_left(
    toks: list[Token],
    i: int,
    words: SourceWords,
    sentence_start: int = 0,
    loose: bool = False,
    lists: bool = True,
) -> tuple[int, int] | None:
    """The noun phrase that ends at token ``i`` (inclusive), as token indices, or None.

    Walks back over name tokens, lexicon words and connectors; a connector ("of", "in",
    "at") only joins when a noun phrase token precedes it. Leading sentence adverbs and
    conjunctions ("But", "Meanwhile") are trimmed. The last token must be a plausible head; with
    ``loose`` (verbs of saying, whose subject is nearly always a source) an unlisted noun after
    a determiner will do. With ``lists`` the phrase grows over a list of items before it ("X, Y
    and Z"); each item is walked without that step, so the walk stays linear in the list.
    """
    if i < 0:
        return None
    share = _share(toks, i, words, sentence_start)
    if share is not None:
        return share
    end = i
    while i > sentence_start and toks[i].lower in words.postmodifier:
        i -= 1  # "voters polled", "Americans overall"
        if not toks[i + 1].lower.endswith("ed") and toks[i + 1].lower not in _KEPT_POSTMODIFIERS:
            end = i  # only participles ("polled") and "overall", "alike" belong to the phrase
    if toks[i].text == ")":
        k = i - 1
        while k > sentence_start and toks[k].text != "(" and i - k < 8:
            k -= 1
        if toks[k].text == "(" and k - 1 >= sentence_start:
            inner = walk_left(toks, k - 1, words, sentence_start)
            return (inner[0], end) if inner is not None else None
    last = toks[i]
    if not (
        _is_name(last)
        or last.lower in words.heads
        or _base(last) in words.heads
        or loose
        and _unlisted_head(toks, i, words, sentence_start)
    ):
        return _walk_left_pp(toks, i, words, sentence_start)
    if last.lower in words.not_name and _base(last) not in words.heads:
        return None
    j = i
    titled = not _shouting(last)
    quantifier = last.lower in words.anonymous_determiner
    while j - 1 >= sentence_start:
        prev = toks[j - 1]
        if (
            quantifier
            and j == i
            and prev.lower not in words.connector
            and prev.lower != "the"  # "the two"
            and not (prev.lower == "no" and last.lower == "one")  # "no one"
        ):
            break  # "some", "others", "another" stand alone as the phrase
        if (
            titled
            and _shouting(prev)
            and not toks[j].text.islower()  # a name before a role: "MSNBC | reporter Jo Roe"
            and not _capitals_in_phrase(toks, j, sentence_start)
        ):
            break  # a headline in capitals glued to the sentence
        if (
            prev.lower in words.name_particle
            and prev.text.islower()
            and _is_name(toks[j])
            and j - 2 >= sentence_start
            and (_is_name(toks[j - 2]) or not toks[j - 2].text.isalpha())
        ):
            j -= 1  # "Bill de Blasio", "Mr. van Buren"
            continue
        if (h := _dated_maker(toks, j - 1, sentence_start, words)) >= 0:
            j = h  # "a report published in March | by the centre"
            continue
        step = next(
            ((n, last) for rule, n, last in _LEFT_STEPS if rule(toks, j, i, sentence_start, words)),
            None,
        )
        if step is None:
            break
        j -= step[0]
        if step[1]:
            break  # the rule ends the phrase: "he and his allies"
    while (
        j < i
        and (
            toks[j].lower in words.connector
            or toks[j].lower in words.relative  # "..., which | Democrats oppose"
            or toks[j].lower in words.not_name
            or toks[j].text in ").&’'/"
            or toks[j].text == "("
            and not any(t.text == ")" for t in toks[j + 1 : end + 1])
        )
    ):
        if (
            toks[j].lower in words.not_name
            and toks[j].lower in words.inner
            and not _is_name(toks[j])
        ):
            break
        j += 1
    j = _quantity_left(toks, j, words, sentence_start)
    if lists:
        j = _list_left(toks, j, end, words, sentence_start)
    return _knower_left(toks, j, end, words, sentence_start)


# -- one step left in walk_left: each rule sees the phrase start ``j`` and its head ``i`` ------


def _joins_left(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """A noun phrase word, a partitive before "of" ("a slew of lawmakers"), a connector that
    joins two phrase words, or punctuation a name may hold."""
    prev = toks[j - 1]
    return (
        _np_token(prev, words)
        or prev.lower in words.partitive
        and toks[j].lower == "of"
        or prev.lower in words.connector
        and j - 2 >= start
        and _joins(toks[j - 2], prev, words)
        or prev.text in "().&/"
        and _punct_ok(toks, j - 1)
    )


def _plural_possessive(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """The apostrophe of a plural possessive: a name's ("Sanders’ aides") or an article's
    common plural ("the teachers' union")."""
    return (
        toks[j - 1].text in "’'"
        and j - 2 >= start
        and toks[j - 2].lower.endswith("s")
        and (
            _is_name(toks[j - 2])
            or toks[j - 2].text.isalpha()
            and toks[j - 2].text.islower()
            and j - 3 >= start
            and toks[j - 3].lower in _ARTICLES
            and not any(
                t.text in "‘'" for t in toks[start : j - 2]
            )  # "'We stand with the workers'"
        )
    )


def _common_possessive(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """A common noun's possessive after its determiner or a name: "the chamber's majority"."""
    prev = toks[j - 1]
    return (
        _common_possessive_word(prev)
        and _base(prev).isalpha()
        and j - 2 >= start
        and (toks[j - 2].lower in _ARTICLES or _is_name(toks[j - 2]))
    )


def _common_possessive_word(tok: Token) -> bool:
    """A lowercase word's possessive ("chamber's", "sheriff's"), not a pronoun's ("its")."""
    return (
        tok.text[0].islower()
        and _POSSESSIVE.match(tok.lower) is not None
        and tok.lower not in _PRONOUN_POSSESSIVES
    )


def _agent_before_connector(
    toks: list[Token], j: int, i: int, start: int, words: SourceWords
) -> bool:
    """An unlisted noun of a person after its article, joined by a preposition: "a policeman |
    at the scene" (the step takes the preposition and the noun; the article joins next)."""
    return (
        j - 3 >= start
        and toks[j - 1].lower in words.connector
        and toks[j - 1].lower not in ("and", "nor", "&")
        and toks[j - 2].text.isalpha()
        and toks[j - 2].text.islower()
        and agent_noun(toks[j - 2], words)
        and toks[j - 3].lower in _ARTICLES
    )


def _modified_possessive(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """An unlisted noun between an article and a possessive at ``j``: "the county | sheriff's
    office", "a city council's report"."""
    noun = toks[j - 1]
    return (
        j - 2 >= start
        and _common_possessive_word(toks[j])
        and noun.text.isalpha()
        and noun.text.islower()
        and noun.lower not in words.not_name
        and noun.lower not in words.connector
        and toks[j - 2].lower in _ARTICLES
    )


def _role_to_left(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """A role and whom it serves: "a senior adviser to Clinton"."""
    return _role_to(toks, j - 1, start, len(toks), words)


def _document_maker_left(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """A document and its maker or place: "a report released by the institute"."""
    return _document_maker(toks, j - 1, start, words)


def _out_of(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """A share in words: "four out of 10 voters"."""
    return (
        toks[j - 1].lower == "of"
        and j - 3 >= start
        and toks[j - 2].lower == "out"
        and _cardinal(toks[j - 3], words)
        and _cardinal(toks[j], words)
    )


def _glued_number_left(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """A number with thousands separators: "34,000 people"."""
    return j - 2 >= start and _glued_number(toks, j - 1)


def _noun_before_head(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """An unlisted noun between a name or noun and the head, or a listed noun inside the phrase:
    "Florida election officials", "Acme portfolio manager Jo Roe", "CNN exit poll data"."""
    head = toks[j].lower in words.heads
    if j - 2 < start or not _noun_modifier(toks, j - 1, head, words):
        return False
    before = toks[j - 2]
    if j == i:
        return _is_name(before) or before.lower in words.heads
    low = toks[j - 1].lower
    return (  # inside the phrase the word must be no verb, preposition or pronoun
        head
        and toks[j].lower not in words.anonymous_determiner  # "experts say | some judges"
        and (_is_name(before) and before.lower not in words.not_name or before.lower in words.heads)
        and not plural_s(low)  # "Roe says | rival Jo Vale"
        and low not in words.clause_verb
        and low not in words.irregular_past
        and low not in words.relative
        and low not in words.head_preposition
        and low not in words.pronoun_person
        and low not in words.pronoun_group
        and low not in words.pronoun_self
    )


def _adjective_partitive(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """An adjective before a partitive: "a wide array of economists"."""
    prev = toks[j - 1]
    return (
        j - 2 >= start
        and toks[j].lower in words.partitive
        and j + 1 <= i
        and toks[j + 1].lower == "of"
        and prev.text.isalpha()
        and prev.text.islower()
        and prev.lower not in words.not_name
        and prev.lower not in words.connector
        and prev.lower not in words.time
        and (
            toks[j - 2].lower in words.modifier
            or toks[j - 2].lower in words.anonymous_determiner
            or _is_name(toks[j - 2])
        )
    )


def _document_participle(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """A participle after a document head: "a court document filed Thursday"."""
    prev = toks[j - 1]
    return (
        j - 2 >= start
        and prev.lower.endswith("ed")
        and prev.text.islower()
        and toks[j - 2].lower in words.document
    )


def _unlisted_modifier(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """An unlisted noun modifier between a modifier and a head: "a former defense official"."""
    prev = toks[j - 1]
    return (
        j - 2 >= start
        and prev.text.isalpha()
        and prev.text.islower()
        and (
            toks[j].lower in words.heads
            or _is_name(toks[j])
            or j == i
            and toks[j - 2].lower in _ARTICLES
            and agent_noun(toks[j], words)
            and not prev.lower.endswith("ly")  # "the emotionally | resonant remarks"
        )
        and toks[j].lower not in words.anonymous_determiner  # "a tactic | many Republicans use"
        and (
            toks[j - 2].lower in words.modifier
            or _POSSESSIVE.match(toks[j - 2].lower) is not None  # "the country's finance minister"
            or toks[j].lower in words.heads
            and _opens_modified_head(toks, j - 1, start, words)
        )
    )


def _pronoun_pair(toks: list[Token], j: int, i: int, start: int, words: SourceWords) -> bool:
    """A subject pronoun and "and" before the phrase: "he and his allies" (the walk ends there)."""
    return (
        toks[j - 1].lower == "and"
        and j - 2 >= start
        and toks[j - 2].lower in _SUBJECT_PRONOUNS
        and toks[j - 2].lower not in ("it", "you")
    )


# The rules in the order they are tried: how many tokens each adds to the phrase, and whether
# the phrase ends there.
_LEFT_STEPS = (
    (_joins_left, 1, False),
    (_plural_possessive, 1, False),
    (_common_possessive, 1, False),
    (_modified_possessive, 1, False),
    (_agent_before_connector, 2, False),
    (_role_to_left, 1, False),
    (_document_maker_left, 2, False),
    (_out_of, 3, False),
    (_glued_number_left, 1, False),
    (_pronoun_pair, 2, True),
    (_noun_before_head, 1, False),
    (_adjective_partitive, 1, False),
    (_document_participle, 1, False),
    (_unlisted_modifier, 1, False),
)


def _list_left(toks: list[Token], j: int, end: int, words: SourceWords, sentence_start: int) -> int:
    """Grow a coordination ("Y and Z") over the comma-separated items before it ("X, Y and Z",
    "X, Y, and Z") when the list opens the clause: every item a name or listed head."""
    k = j
    if k - 2 >= sentence_start and toks[k - 1].lower == "and" and toks[k - 2].text == ",":
        k -= 1  # a serial comma: "X, Y, and Z"
    elif not any(t.lower == "and" for t in toks[j : end + 1]):
        return j
    start = k
    while k - 2 >= sentence_start and toks[k - 1].text == ",":
        item = walk_left(toks, k - 2, words, sentence_start, lists=False)
        if item is None or item[1] != k - 2 or any(t.text == "," for t in toks[item[0] : k - 1]):
            break
        last = toks[item[1]]
        if not (_is_name(last) or _base(last) in words.heads):
            break
        k = item[0]
    if k == start:
        return j
    before = toks[k - 1].text if k > sentence_start else ""
    return k if k == sentence_start or before in '.:;—–-(“"' else j


def _cardinal(tok: Token, words: SourceWords) -> bool:
    """A number: digits or a number word ("six", "one")."""
    return tok.text[0].isdigit() or (
        tok.lower in words.anonymous_determiner and tok.lower in words.anonymous_head
    )


def _share(
    toks: list[Token], i: int, words: SourceWords, sentence_start: int
) -> tuple[int, int] | None:
    """A share standing alone as the source ("six in 10 say", "more than 4 in 10 said"). The
    caller steps back over "in 10" as if it were a time adjunct, so ``i`` is the count or the
    word before it; the share and its hedging adverb are the phrase."""

    def at(k: int) -> bool:
        return (
            k + 2 < len(toks)
            and _cardinal(toks[k], words)
            and toks[k + 1].lower == "in"
            and toks[k + 2].text.isdigit()
            and len(toks[k + 2].text) <= 3
            and (k + 3 == len(toks) or not _np_token(toks[k + 3], words))
        )

    if i >= sentence_start and at(i):
        return _quantity_left(toks, i, words, sentence_start), i + 2
    if i + 1 < len(toks) and at(i + 1) and _quantity_left(toks, i + 1, words, sentence_start) <= i:
        return _quantity_left(toks, i + 1, words, sentence_start), i + 3
    return None


def _quantity_left(toks: list[Token], j: int, words: SourceWords, sentence_start: int) -> int:
    """Grow a phrase that opens with a number over the adverb that hedges it: "nearly three in
    five", "more than half of voters", "a mere 9 percent"."""
    first = toks[j]
    if not (
        _cardinal(first, words)
        or first.lower in ("a", "an", "half")
        and j + 1 < len(toks)
        and (first.lower == "half" or toks[j + 1].lower in words.anonymous_head)
    ):
        return j
    for n in (3, 2, 1):
        if j - n < sentence_start:
            continue
        if " ".join(t.lower for t in toks[j - n : j]) in words.quantity_adverb:
            return j - n
    return j


def _hedged_noun(toks: list[Token], k: int, end: int, words: SourceWords) -> int:
    """Index of the noun counted by a hedged number starting at ``k`` ("more than 78,000 |
    adults", "about 2,000 | voters"), or -1."""
    for n in (3, 2, 1):
        m = k + n
        if m >= end or " ".join(t.lower for t in toks[k:m]) not in words.quantity_adverb:
            continue
        if not toks[m].text[0].isdigit():
            return -1
        e = m
        while e + 2 < end and toks[e + 1].text == "," and toks[e + 2].text.isdigit():
            e += 2  # "78 , 000"
        noun = toks[e + 1] if e + 1 < end else None
        return e + 1 if noun is not None and noun.text.isalpha() and noun.text.islower() else -1
    return -1


def _phrase_len(toks: list[Token], k: int, words: SourceWords, forward: bool) -> int:
    """Length of a postmodifier phrase ("familiar with") starting at token ``k`` (forward) or
    ending just before it (backward); 0 when there is none."""
    if forward and (k >= len(toks) or toks[k].lower not in _first_words(words.postmodifier_phrase)):
        return 0  # most tokens open no phrase: skip the joins
    for n in (2, 3, 4):
        a, b = (k, k + n) if forward else (k - n, k)
        if a < 0 or b > len(toks):
            continue
        if " ".join(t.lower for t in toks[a:b]) in words.postmodifier_phrase:
            return n
    return 0


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase."""
    return frozenset(p.split(" ", 1)[0] for p in phrases)


def _knower_left(
    toks: list[Token], j: int, end: int, words: SourceWords, sentence_start: int
) -> tuple[int, int]:
    """Grow ``[j, end]`` over a head noun and a postmodifier phrase before it: the source of
    "Diplomats familiar with the matter said" is the diplomats, not the matter."""
    n = _phrase_len(toks, j, words, forward=False)
    h = j - n - 1
    if n == 0 or h < sentence_start or not _plural_or_head(toks[h], words):
        return j, end
    core = walk_left(toks, h, words, sentence_start)
    return (core[0] if core is not None else h), end


def _plural_or_head(tok: Token, words: SourceWords) -> bool:
    """A listed head noun or an unlisted plural ("engineers"): who can know about something."""
    return _base(tok) in words.heads or (tok.text.isalpha() and plural_s(tok.lower))


def _unlisted_head(toks: list[Token], i: int, words: SourceWords, sentence_start: int) -> bool:
    """A lowercase noun missing from the lexicon heads a phrase when a determiner, possessive or
    listed modifier precedes it: "her friend", "the airline", "both lobbying firms"."""
    t = toks[i]
    if (
        not (t.text.isalpha() and t.text.islower())
        or t.lower in words.not_name
        or t.lower in words.connector
    ):
        return False
    if t.lower.endswith(("ly", "ing")) or i - 1 < sentence_start:
        return False
    prev = toks[i - 1]
    if plural_s(t.lower) and (
        prev.text in ",;:" or prev.lower in words.subordinator or prev.lower in ("and", "but")
    ):
        return (
            True  # a bare plural subject after a clause: "..., forecasters say", "though fans say"
        )
    if not plural_s(t.lower) and i + 1 < len(toks) and _bare_present(toks[i + 1], words):
        return False  # no singular subject and its verb: "a snappy | retort", "the final | say"
    if (
        i - 2 >= sentence_start
        and prev.text.isalpha()
        and prev.text.islower()
        and prev.lower not in words.not_name
        and prev.lower not in words.connector
        and toks[i - 2].lower in _ARTICLES
        and agent_noun(t, words)
    ):
        return True  # one unlisted modifier after an article: "a forensic accountant"
    return (
        prev.lower in words.modifier
        or prev.lower in words.anonymous_determiner
        or (
            prev.lower.endswith(("’s", "'s"))
            and prev.lower not in ("he’s", "she’s", "it’s", "he's", "she's", "it's")
        )
    )


def agent_noun(tok: Token, words: SourceWords) -> bool:
    """Whether an unlisted lowercase word ends like a noun of a person or agent ("accountant",
    "auditor", "ombudsman"): the only unlisted heads that stand after an adjective as a source."""
    return not tok.lower.endswith("ly") and tok.lower.endswith(tuple(words.agent_suffix))


def _bare_present(tok: Token, words: SourceWords) -> bool:
    """Whether ``tok`` can only be a verb's bare present form, which a singular subject cannot
    take ("a snappy | retort"): a lowercase word without "-s" or "-ed", and no modal,
    auxiliary, adverb, time word or past form that looks bare ("said", "put")."""
    low = tok.lower
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and not low.endswith(("s", "ed", "ly", "ing"))
        and low not in words.modal
        and low not in words.clause_verb
        and low not in words.time
        and low not in words.not_name
        and low not in words.irregular_past
    )


def _walk_left_pp(
    toks: list[Token], i: int, words: SourceWords, sentence_start: int
) -> tuple[int, int] | None:
    """A source whose head is followed by a prepositional phrase with an unlisted noun:
    "Sources in the capital", "officials at the embassy"."""
    if not (toks[i].text.isalpha() and toks[i].text.islower()) or toks[i].lower in words.not_name:
        return None
    k = i - 1
    while k > sentence_start and toks[k].lower in words.modifier and i - k < 4:
        k -= 1
    if (
        k - 1 < sentence_start
        or toks[k].lower not in ("in", "at", "of", "from")
        or toks[k - 1].lower not in words.heads
    ):
        return None
    core = walk_left(toks, k - 1, words, sentence_start)
    return (core[0], i) if core is not None else None


def _capitals_in_phrase(toks: list[Token], j: int, sentence_start: int) -> bool:
    """Whether the capitals before token ``j`` are a name inside the phrase, not a headline: an
    article before them ("a USA TODAY poll") or a slash after them ("USA TODAY/Suffolk")."""
    if toks[j].text == "/":
        return True
    k = j - 1
    while k >= sentence_start and toks[k].text.isupper() and toks[k].text.isalpha():
        k -= 1
    return k >= sentence_start and toks[k].text in ("a", "an", "the")


def _shouting(tok: Token) -> bool:
    """An all-capitals word longer than an acronym: headline text, not part of a name."""
    return len(tok.text) > 4 and tok.text.isupper() and tok.text.isalpha()


def _joins(left: Token, connector: Token, words: SourceWords) -> bool:
    """Whether a connector joins two parts of one phrase: "and" and "nor" only between names or
    head nouns, "like" only after a plural head ("critics like Huffman")."""
    low = connector.lower
    if not _np_token(left, words) and not (low == "of" and left.lower in words.partitive):
        return False
    if low in ("and", "nor"):  # a time word ends no coordinated phrase: "was late and | fans"
        return _is_name(left) or left.lower in words.heads and left.lower not in words.time
    if low == "like":
        return left.lower in words.heads and left.lower.endswith("s")
    return True


def _glued_number(toks: list[Token], k: int) -> bool:
    """A comma inside a number ("34,000 people"): digits glued on both sides."""
    return (
        0 < k < len(toks) - 1
        and toks[k].text == ","
        and toks[k - 1].text.isdigit()
        and toks[k + 1].text.isdigit()
        and toks[k - 1].end == toks[k].start
        and toks[k].end == toks[k + 1].start
    )


def walk_right(
    toks: list[Token], i: int, words: SourceWords, limit: int | None = None
) -> tuple[int, int] | None:
    """The noun phrase that starts at token ``i``, for inverted cues ("said X", "according to X").

    Stops at the first token that cannot be inside a noun phrase; a determiner after a name
    begins an apposition without a comma ("X a historian"), which is left out.
    """
    end = len(toks) if limit is None else min(limit, len(toks))
    if i >= end:
        return None
    first = toks[i]
    if first.lower in _SUBJECT_PRONOUNS or first.lower in words.relative:
        return i, i
    if (
        first.text.isalpha()
        and first.text.islower()
        and first.lower not in words.not_name
        and i + 1 < end
        and (toks[i + 1].lower in words.title or _is_name(toks[i + 1]))
    ):
        pass  # an unlisted modifier before a role or name: "said election lawyer Joe Smith"
    elif not _np_token(first, words) or first.lower in words.not_name and not _is_name(first):
        return None
    j = i
    determined = first.lower in words.modifier or first.lower in words.anonymous_determiner
    seen_name = (
        _is_name(first) and not determined
    )  # a capitalised "The" opening a sentence is no name
    while j + 1 < end:
        nxt = toks[j + 1]
        if seen_name and nxt.lower in words.anonymous_determiner and not _is_name(nxt):
            break
        if (
            j > i
            and _POSSESSIVE.match(nxt.lower) is not None
            and nxt.text[0].islower()
            and j + 2 < end
            and toks[j + 2].text.isalpha()
            and toks[j + 2].text.islower()
        ):
            j += 1  # a possessive opens the phrase again: "the state auditor's | latest review"
            determined, seen_name = True, False
            continue
        if nxt.lower == "of" and (q := _hedged_noun(toks, j + 2, end, words)) > 0:
            j = q  # "a study of | more than 78,000 adults"
            continue
        if (
            nxt.lower in _FILED_WITH
            and _base(toks[j]) in words.document
            and j + 2 < end
            and (rest := walk_right(toks, j + 2, words, limit)) is not None
            and any(_is_name(t) for t in toks[rest[0] : rest[1] + 1])
        ):
            j = rest[1]  # "filings with the Justice Department", "filings under the FARA Act"
            seen_name = True
            continue
        if (by := _maker_by_right(toks, j, end, words)) > 0:
            j = by + 1  # "a report published (in March) by | the centre"
            seen_name = seen_name or _is_name(toks[j])
            continue
        if (
            determined
            and not seen_name
            and (  # a head ends it: "His office | put out"
                _base(toks[j]) not in words.heads
                or toks[j].lower in words.anonymous_determiner
                or _POSSESSIVE.match(toks[j].lower) is not None
            )
            and j - i < 4
            and nxt.text[0].isalpha()
            and nxt.text.islower()
            and nxt.lower not in words.not_name
            and nxt.lower not in words.connector
            and not nxt.lower.endswith(("ed", "ing", "ly"))
        ):
            j += 1  # an unlisted noun or adjective after a determiner: "the school’s Facebook post"
            continue
        if _noun_modifier(toks, j + 1, j + 2 < end and toks[j + 2].lower in words.heads, words):
            j += 1  # an unlisted noun before a listed head: "law enforcement officials"
            continue
        if (
            _np_token(nxt, words)
            and not (
                nxt.lower in words.not_name and not _is_name(nxt) and nxt.lower not in words.inner
            )
            or nxt.lower in words.connector
            and j + 2 < end
            and _np_token(toks[j + 2], words)
            and not (
                toks[j + 2].lower in words.time and toks[j + 2].lower not in words.inner
            )  # "on August 23"
            and (
                nxt.lower != "and"
                or _joins(toks[j], nxt, words)
                and (_is_name(toks[j + 2]) or toks[j + 2].lower in words.heads)
            )
        ):
            j += 1
        elif (
            nxt.text.isalpha()
            and nxt.text.islower()
            # the end of the tokens, not a limit, closes it: "The office put | out a statement"
            and (j + 2 >= len(toks) or toks[j + 2].text[0] in _PHRASE_CLOSERS)
            and (_is_name(toks[j]) or toks[j].lower in words.modifier)
        ):
            j += 1  # an unlisted head noun closing the phrase: "one Trump confidant."
        elif (
            nxt.lower in words.partitive
            and j + 2 < end
            and toks[j + 2].lower == "of"
            and (_is_name(toks[j]) or toks[j].lower in words.modifier)
        ):
            j += 1  # "the RealClearPolitics average of polls"
        elif _role_to(toks, j + 1, 0, end, words):
            j += 1  # "a longtime adviser to Trump"
        elif (k := _noun_run(toks, j, end, words)) > j:
            j = k  # unlisted nouns after a name up to a head: "an FBI summary", "U.S. lobbying records"
        elif nxt.text in ".()&/" and _punct_ok(toks, j + 1) or _glued_number(toks, j + 1):
            j += 1
        else:
            break
        seen_name = seen_name or _is_name(toks[j])
    while j >= i and (
        toks[j].lower in words.connector  # "One of | ..." ends at no connector
        and not _is_name(toks[j])
        or not _is_name(toks[j])
        and not _can_end_right(toks, i, j, words)
    ):
        j -= 1  # back off to the last token that can head a noun phrase
    if j < i:
        return None
    n = _phrase_len(toks, j + 1, words, forward=True)
    if n and _plural_or_head(toks[j], words):
        rest = walk_right(toks, j + 1 + n, words, limit)  # "people familiar with the talks"
        if rest is not None:
            return i, rest[1]
    return i, j


_FILED_WITH = frozenset({"with", "under"})  # a document filed with or under a named body
_PHRASE_CLOSERS = frozenset(".,;:!?)]\"”’'—–-")  # not "$" or "%": "the firm lost | $5 million"


def _can_end_right(toks: list[Token], i: int, j: int, words: SourceWords) -> bool:
    """Whether token ``j`` can close a noun phrase that starts at ``i``: a bracket closing a
    party label, a listed head, or an unlisted word that follows no connector."""
    t = toks[j]
    return (
        t.text == ")"
        and any(x.text == "(" for x in toks[i:j])
        or _base(t) in words.heads
        or t.lower in words.heads
        or j > i
        and t.text.isalpha()
        and toks[j - 1].lower not in words.connector
        and t.lower not in words.inner
        and t.lower not in words.not_name
    )


def _noun_run(toks: list[Token], j: int, end: int, words: SourceWords) -> int:
    """The last listed head among up to three lowercase words after the acronym or possessive at
    ``j`` ("U.S. lobbying records", "the Clinton campaign's senior staff"); ``j`` when there is
    none."""
    t = toks[j - 1].text if toks[j].text == "." and j > 0 else toks[j].text  # "U.S" "."
    acronym = t.replace(".", "").isupper() and len(t.replace(".", "")) <= 5
    if not (acronym or _POSSESSIVE.match(toks[j].lower)):
        return j  # after a plain name the word is more often its verb ("Obama displayed")
    k = j + 1
    while (
        k < end
        and k - j <= 3
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].lower not in words.not_name
        and toks[k].lower not in words.connector
        and toks[k].lower not in words.time
        and not toks[k].lower.endswith("ly")
    ):
        k += 1
    if k == j + 1:
        return j
    for m in range(k - 1, j, -1):
        if _base(toks[m]) in words.heads:
            return m
    return j


def head_index(toks: list[Token], a: int, b: int, words: SourceWords) -> int:
    """The head of the noun phrase ``[a, b]``: the last token before its first connector or apposition."""
    while b > a and toks[b].lower in words.postmodifier:
        b -= 1  # "Analysts polled": the participle after the head
    for k in range(a + 1, b + 1):
        if _phrase_len(toks, k, words, forward=True):
            return k - 1  # "officials familiar with the plan"
        if toks[k].lower in words.connector and toks[k].lower != "&" and not _is_name(toks[k]):
            if _document_maker(toks, k, a, words):
                return k - 2  # "a report released by the institute": the report
            if (d := _dated_maker(toks, k, a, words)) >= 0:
                return d  # "a study released last week by the institute": the study
            return k - 1
        if toks[k].lower == "to" and (
            _base(toks[k - 1]) in words.title or _base(toks[k - 1]) in words.document
        ):
            return k - 1  # "an adviser to Clinton", "a letter to the editor by Jane Roe"
        if toks[k].lower in ("who", "whom"):
            return k - 1  # "voters who backed the plan"
        if toks[k].lower in _CONTACT_PRONOUNS and toks[k - 1].text.isalpha():
            return k - 1  # a contact clause: "experts | I have spoken to"
        if _maker_participle(toks[k]) and _base(toks[k - 1]) in words.document:
            return k - 1  # "a report published Wednesday": the report
        if toks[k].text in "(,":
            return k - 1
    return b


def classify(toks: list[Token], a: int, b: int, words: SourceWords) -> str:
    """The kind of the source noun phrase ``[a, b]``: "pronoun", "relative", "named" or "anonymous".

    The head decides: an anonymous head noun ("sources in Albania", "detractors of the
    government") is anonymous whatever proper nouns follow; a capitalised head is a name; a
    document or publication head is named when a name or a definite determiner pins it down.
    """
    first = toks[a]
    if a == b and (
        first.lower in words.pronoun_person
        or first.lower in words.pronoun_group
        or first.lower in words.pronoun_self
    ):
        return "pronoun"
    if toks[b].lower in words.relative and (a == b or b == a + 2 and toks[a + 1].lower == "of"):
        return "relative"  # "who"; "two of whom" takes the kind of what it refers to as well
    counted = False  # "One senior Tory MP", "Three Acme officials": a count identifies no one
    for n in (3, 2, 1):  # a hedge before a number names no one: "About four out of 10 voters"
        if a + n < b and _quantity_left(toks, a + n, words, a) == a:
            a, first, counted = a + n, toks[a + n], True
            break
    h = head_index(toks, a, b, words)
    head = toks[h]
    hb = _base(head)
    modifiers = toks[a:h]
    has_name = any(
        _is_name(t)
        and t.lower not in words.not_name
        and t.lower not in _ARTICLES  # "The" opening the sentence names nothing
        and t.lower not in words.pronoun_self  # "people I spoke with"
        and t.lower not in words.pronoun_person  # "Her pals" opening the sentence
        and t.lower not in words.pronoun_group
        and _base(t) not in words.anonymous_determiner
        for t in modifiers
    )
    det = first.lower
    indefinite = det in words.anonymous_determiner or det in ("a", "an")
    if hb in words.generic_group or head.lower in words.generic_group:
        return "named" if has_name and not indefinite else "anonymous"
    if h == a and _opening_plural(toks, h, b, words):
        return "anonymous"  # "Engineers familiar with the plan": capitalised by the sentence
    anywhere = any(
        _is_name(t)
        and t.lower not in words.not_name
        and t.lower not in _ARTICLES
        and t.lower not in words.pronoun_self
        and not (
            k == h
            and (t.lower in words.document or t.lower in words.collective)  # "Police said"
            and _capital_only_opening(toks, k, k, words)
        )
        for k, t in enumerate(toks[a : b + 1], a)
    )  # "Testimony from an officer": a listed noun capitalised by the sentence names nothing  # a capitalised "A" or "The" opening the sentence names nothing
    # A role after a name is someone identifiable ("the Pentagon spokesman") unless the
    # phrase is indefinite or plural: "a Pentagon spokesman", "White House officials".
    if (
        hb in words.title
        and h + 2 <= b
        and toks[h + 1].text == ","
        and _is_name(toks[h + 2])
        and toks[h + 2].lower not in words.not_name
    ):
        return "named"  # the role is named in an apposition: "a Pentagon spokesman, Jeff Davis,"
    if (hb in words.title or hb in words.anonymous_determiner) and _named_apposition(
        toks, h, b, words
    ):
        return (
            "named"  # "One of them, Jo Roe,", "a lawyer for the firm, Nadia Strom": named after all
        )
    titled = hb in words.title and has_name and not indefinite and not hb.endswith("s")
    if (indefinite or counted) and hb in words.title:
        return "anonymous"  # "a Republican senator", "one senior Tory MP": a role, no one named
    owned = any(
        _POSSESSIVE.match(t.lower) and t.lower not in _PRONOUN_POSSESSIVES for t in modifiers
    )
    if (
        hb in words.anonymous_head
        and not titled
        and not (hb in words.document and (anywhere or owned))  # "the authority's annual reports"
    ):
        return "anonymous"
    if (
        hb in words.organisation
        or agent_noun(head, words)
        and toks[a].lower not in _ARTICLES  # "The authors": those the article introduced
        and toks[a].lower not in words.anonymous_determiner
        and not _definite(toks[a].lower, words)
    ) and _opening_common_plural(toks, a, h, b, words):
        return "anonymous"  # "Labor unions, ...", "Bus drivers": capitalised only by the sentence
    if h == a == b and _opening_people_plural(toks, h, words):
        return "anonymous"  # "Fishermen said": people no one can look up
    if (
        hb in words.document
        and plural_s(head.lower)
        and _capital_only_opening(toks, a, b, words)
        and not _definite(det, words)
        and all(t.lower in words.modifier for t in modifiers)
        and not any(t.lower in ("by", "from") for t in toks[h + 1 : b + 1])
    ):
        return "anonymous"  # "Studies show"; "Figures published by the office" have an author
    if hb in words.document or hb in words.publication or hb in words.organisation:
        if anywhere or not indefinite and _definite(det, words):
            return "named"  # "a report by Al Jazeera", "the document", "her report"
        maker = next((k for k in range(h + 1, b) if toks[k].lower in ("by", "from")), None)
        if hb in words.document and maker is not None and _source_head(toks, maker + 1, b, words):
            return classify(toks, maker + 1, b, words)  # "a statement from the union": its maker
        return "anonymous"
    if hb in words.anonymous_head and not titled:
        return "anonymous"
    if _is_name(head) and hb not in words.anonymous_determiner:
        return "anonymous" if indefinite and not has_name and hb in words.heads else "named"
    if hb in words.anonymous_determiner:
        return "anonymous"
    if indefinite and not has_name:
        return "anonymous"
    if (
        not has_name
        and head.text.islower()
        and plural_s(head.lower)
        and hb not in words.title
        and singular(hb) not in words.organisation  # "the companies said": firms, looked up
    ):
        return "anonymous"  # "the commuters said": people no one can look up
    if (
        det in words.anonymous_determiner
        and det not in _SINGULAR_DETERMINERS
        and h > a
        and plural_s(head.lower)
        and head.text.islower()
        and singular(hb) not in words.publication  # "Six Gannett newspapers" are looked up
        and singular(hb) not in words.document
    ):
        return "anonymous"  # "Several European security services", "Some Western governments"
    if has_name or _definite(det, words):
        return "named"
    return "anonymous"


_APPOSED_NAME_MAX = 4  # capitalised words of a person's name in apposition


def _named_apposition(toks: list[Token], h: int, b: int, words: SourceWords) -> bool:
    """Whether a person's full name stands in apposition after the head at ``h``, within the
    phrase ending at ``b``: a comma, then two to four capitalised words up to a comma or the
    phrase's end ("One of them, Felicity Moorhouse"; not "residents of Kyiv, Ukraine")."""
    for k in range(h + 1, b):
        if toks[k].text != ",":
            continue
        before = toks[k - 1]
        if not (k - 1 == h or _is_name(before) or before.lower in words.pronoun_group):
            continue  # "for the carrier, Delta Air Lines": the name renames the carrier
        n = 0
        while (
            k + 1 + n <= b
            and _is_name(toks[k + 1 + n])
            and toks[k + 1 + n].lower not in words.not_name
        ):
            n += 1
        end = k + 1 + n
        if 2 <= n <= _APPOSED_NAME_MAX and (end > b or toks[end].text == ","):
            return True
    return False


def _source_head(toks: list[Token], a: int, b: int, words: SourceWords) -> bool:
    """Whether the phrase ``[a, b]`` is headed by something that can make a document: a listed
    source noun or a name, not a time or a place ("from March", "from the front")."""
    head = toks[head_index(toks, a, b, words)]
    return _base(head) in words.heads or _is_name(head) and head.lower not in words.time


def _role_to(toks: list[Token], k: int, start: int, end: int, words: SourceWords) -> bool:
    """Whether "to" at ``k`` joins a role to whom it serves ("a senior adviser to Clinton"),
    within tokens ``[start, end)``."""
    return (
        toks[k].lower == "to"
        and start <= k - 1
        and k + 1 < end
        and _base(toks[k - 1]) in words.title
        and (_is_name(toks[k + 1]) or toks[k + 1].lower == "both")
    )


def _document_maker(toks: list[Token], k: int, start: int, words: SourceWords) -> bool:
    """Whether the preposition at ``k`` joins a document's participle to its maker or place
    ("a report released by the institute", "a statement posted on the site"), from ``start``."""
    return (
        toks[k].lower in _AFTER_PARTICIPLE
        and start <= k - 2
        and _maker_participle(toks[k - 1])
        and _base(toks[k - 2]) in words.document
    )


_MAKER_GAP = 4  # time words between a document's participle and "by": "published in March by"


def _maker_participle(tok: Token) -> bool:
    """A lowercase past participle: "released", "seen", "written", "shown"."""
    return tok.text.islower() and tok.lower.endswith(("ed", "en", "wn"))


def _dated_maker(toks: list[Token], by: int, start: int, words: SourceWords) -> int:
    """Index of the document whose participle a short time phrase separates from the "by" at
    ``by`` ("a report published in March | by the centre", "figures released last week | by"),
    or -1. The phrase is a source: whoever made the document."""
    if toks[by].lower != "by":
        return -1
    k = by - 1
    while (
        k > start
        and by - k <= _MAKER_GAP
        and (toks[k].lower in words.time or toks[k].text.isdigit())
    ):
        k -= 1
    if k == by - 1 or k - 1 < start or not _maker_participle(toks[k]):
        return -1
    return k - 1 if _base(toks[k - 1]) in words.document else -1


def by_after_participle(toks: list[Token], k: int, end: int, words: SourceWords) -> int:
    """Index of the "by" that follows the participle at ``k``, at most a short time phrase
    after it ("published (in March) by X"), when a noun phrase follows; or -1."""
    for m in range(k + 1, min(end - 1, k + 2 + _MAKER_GAP)):
        t = toks[m]
        if t.lower == "by":
            return m if _np_token(toks[m + 1], words) else -1
        if t.lower not in words.time and not t.text.isdigit():
            return -1
    return -1


def _maker_by_right(toks: list[Token], j: int, end: int, words: SourceWords) -> int:
    """Index of the "by" after the document at ``j`` and its participle ("a report published
    (in March) by X"), or -1."""
    k = j + 1
    if k >= end or _base(toks[j]) not in words.document or not _maker_participle(toks[k]):
        return -1
    return by_after_participle(toks, k, end, words)


def _opens_sentence(toks: list[Token], i: int, words: SourceWords) -> bool:
    """Whether only quote marks, an opening bracket or sentence openers ("But") come before
    token ``i``: its capital may be the sentence's, not a name's. (A dateline or timestamp
    opening a paragraph, "LONDON - ", is outside its first sentence: see ``segment``.)"""
    return all(x.text in '“"‘(' or x.lower in words.sentence_opener for x in toks[:i])


def _opening_common_plural(toks: list[Token], a: int, h: int, b: int, words: SourceWords) -> bool:
    """Whether ``[a, b]`` is a lowercase plural head after one word capitalised only because it
    opens the sentence ("Labor unions", "Trade groups"): no other capital in the phrase, and the
    opener is Title Case, not an acronym."""
    head = toks[h]
    return (
        h == a + 1
        and head.text.islower()
        and head.lower.endswith("s")
        and _capital_only_opening(toks, a, b, words)
    )


def _definite(det: str, words: SourceWords) -> bool:
    """Whether the lowercase first word ``det`` of a phrase pins down what it names: "the",
    a demonstrative or a possessive ("the report", "this study", "her reports", "Acme's poll")."""
    return (
        det in ("the", "this", "these", "that", "those")
        or _POSSESSIVE.match(det) is not None
        or det in words.pronoun_person
        or det in words.pronoun_group
    )


def _capital_only_opening(toks: list[Token], a: int, b: int, words: SourceWords) -> bool:
    """Whether the only capital in ``[a, b]`` is its first word's, which opens the sentence
    ("Recent studies", "Polls", "Labor unions")."""
    t = toks[a]
    return (
        _opens_sentence(toks, a, words)
        and t.text.isalpha()
        and t.text[0].isupper()
        and t.text[1:].islower()
        and not any(_is_name(x) for x in toks[a + 1 : b + 1])
    )


_PEOPLE_PLURAL_MIN = 7  # letters: "Firemen", not "Yemen" or "Carmen"


def _opening_people_plural(toks: list[Token], h: int, words: SourceWords) -> bool:
    """Whether the lone word at ``h`` is a plural of people capitalised only because it opens
    the sentence ("Fishermen", "Pharmacists", "Technicians"; lexicon group
    ``people_plural_suffix``); "-ers" words stay names, as surnames end so ("Sanders said")."""
    t = toks[h]
    return (
        len(t.text) >= _PEOPLE_PLURAL_MIN
        and _opens_sentence(toks, h, words)
        and t.text[1:].islower()
        and t.lower.endswith(tuple(words.people_plural_suffix))
    )


def _opening_plural(toks: list[Token], h: int, b: int, words: SourceWords) -> bool:
    """A plural noun capitalised only because it opens the sentence, known by the phrase after
    it: "Engineers familiar with the plan", "Diplomats briefed on the talks"."""
    t = toks[h]
    if not _opens_sentence(toks, h, words):
        return False
    return (
        t.text[0].isupper()
        and t.text[1:].islower()
        and t.lower.endswith("s")
        and _phrase_len(toks, h + 1, words, forward=True) > 0
        and h + 1 <= b
    )


def refine_source(
    toks: list[Token], a: int, b: int, words: SourceWords, cue: int | None = None
) -> tuple[int, int]:
    """The final span of the source ``[a, b]`` that the cue at token ``cue`` found.

    The walks see a few tokens at a time; once the span is known, the words around it settle
    where it really starts and ends. It grows over an apposition the walks leave out, over the
    name an apposition follows, over the subject whose relative clause, prepositional phrase or
    coordination the walk stopped inside, and over "whose"; it loses the subject a cue set
    between commas interrupts, a closing phrase of occasion ("in a statement"), a noun that a
    clause on the source modifies ("the moment | Roe said"), and anything after a comma that
    opens a participle clause or the sentence's own verb ("say experts like X, a historian, |
    is the ground itself")."""
    limit = cue if cue is not None and cue > b else len(toks)
    while (
        a < b
        and (toks[a].lower in words.sentence_opener or _CLOCK.match(toks[a].text))
        and toks[a + 1].text[0].isalnum()
    ):
        a += 1  # "But | simple math shows", "8:09PM | Ted Cruz hints": not the source's words
    a, b = _issuer_subject(toks, a, b, cue, words)
    b = _apposition_right(toks, a, b, limit, words)
    a = _name_before_apposition(toks, a, b, words)
    a = _relative_subject(toks, a, words)
    a = _postmodified_subject(toks, a, words, cue + 1 if cue is not None and cue < a else 0)
    a = _coordinated_subject(toks, a, b, words)
    a = _parenthetical_speaker(toks, a, b, cue, words)
    if a > 0 and toks[a - 1].lower == "whose" and toks[a].lower not in words.relative:
        a -= 1  # "whose | attorneys said": the relative pronoun opens the source
    b = _occasion_left_out(toks, a, b, words)
    b = _dated_document(toks, a, b, cue, words)
    if (
        a + 2 <= b
        and toks[a + 1].lower in words.clause_noun
        and (toks[a].lower in _ARTICLES or toks[a].lower in words.anonymous_determiner)
        and (_is_name(toks[a + 2]) or toks[a + 2].lower in words.anonymous_head)
    ):
        a += 2  # a noun that a clause on the source modifies: "the moment | Roe said"
    for k in range(a + 1, b):
        if toks[k].text == "," and (
            _participle_tail(toks, k + 1, b, words) or toks[k + 1].lower in words.clause_verb
        ):
            return a, _end_before(toks, a, k)
    return a, b


# Most tokens (time words) between a document an issuer put out and the participle cue after it.
_ISSUED_GAP = 2


def _issuer_subject(
    toks: list[Token], a: int, b: int, cue: int | None, words: SourceWords
) -> tuple[int, int]:
    """The source ``[a, b]``, or the subject of the verb it is the object of when it is a
    document that subject put out and a participle cue follows it: in "Roe released | a
    statement | saying" Roe says it, not the statement. The subject is the noun phrase (with an
    apposition between commas) or pronoun before the verb and any auxiliary or time word."""
    if cue is None or not b < cue <= b + 1 + _ISSUED_GAP or a < 2:
        return a, b
    if not all(t.lower in words.time or t.text[0].isdigit() for t in toks[b + 1 : cue]):
        return a, b
    c = toks[cue]
    if not (c.text.islower() and c.lower.endswith(("ing", "ed"))):
        return a, b
    if _base(toks[head_index(toks, a, b, words)]) not in words.document:
        return a, b
    if toks[a - 1].lower not in words.issuing_verb:
        return a, b
    k = a - 2
    while k >= 0 and toks[k].text.islower() and toks[k].lower in words.time:
        k -= 1  # "has also released"
    if k < 0:
        return a, b
    t = toks[k]
    if t.lower in words.relative and c.lower.endswith("ed"):
        return a, b  # "the doctor who sent the letter | called": the sentence's own verb
    if t.lower in _SUBJECT_PRONOUNS or t.lower in words.relative:
        return k, k
    if t.text == ",":
        core = walk_left(toks, k - 1, words)
        if core is None or core[1] != k - 1:
            return a, b
        start = _name_before_apposition(toks, core[0], core[1], words)
        return (start, k - 1) if start < core[0] else (a, b)
    core = walk_left(toks, k, words, loose=True)
    if core is None or core[1] != k:
        return a, b
    return core


# Most tokens of the time phrase that dates a document before its cue ("in December").
_DATED_MAX = 3


def _dated_document(toks: list[Token], a: int, b: int, cue: int | None, words: SourceWords) -> int:
    """Where the source ``[a, b]`` ends once a time phrase between it and its cue that dates it
    is added, when its head is a document: "A Times poll | in December | found", "a poll | last
    week | showed". ``b`` otherwise."""
    if cue is None or not b + 2 <= cue <= b + 1 + _DATED_MAX:
        return b
    if _base(toks[b]) not in words.document or toks[b].text[0].isupper():
        return b
    gap = toks[b + 1 : cue]
    if gap[0].lower not in ("in", "last", "this", "earlier"):
        return b
    if not all(t.lower in words.time or t.text.isdigit() for t in gap):
        return b
    return cue - 1


def _end_before(toks: list[Token], a: int, k: int) -> int:
    """The last token of a source ``[a, ...]`` cut before token ``k``: trailing punctuation is
    left out, a closing bracket kept ("Roe (D-Ohio)")."""
    end = k - 1
    while end > a and not toks[end].text[0].isalnum() and toks[end].text != ")":
        end -= 1
    return end


def _parenthetical_speaker(
    toks: list[Token], a: int, b: int, cue: int | None, words: SourceWords
) -> int:
    """Where the source ``[a, b]`` begins when a comma splits it and no comma closes it before
    its cue: the speaker of a cue set into the sentence between commas ("Roe, | a top aide
    said, is confident"), or the subject after an opening adverb or participle phrase
    ("Privately, | some officials say"). ``a`` otherwise."""
    if cue is None or cue != b + 1:
        return a
    opener = toks[a].lower
    adverbial = (opener.endswith("ly") or opener.endswith("ing")) and not _is_name(toks[a + 1])
    if not adverbial and (cue + 1 >= len(toks) or toks[cue + 1].text != ","):
        return a  # "Privately, | some officials say", "Appearing on TV, | the mayor said"
    for k in range(b - 1, a, -1):
        if toks[k].text == ",":
            first = toks[k + 1]
            if (
                first.lower in _ARTICLES
                or first.lower in words.anonymous_determiner
                or first.lower in ("these", "those", "this")
                or first.lower in words.anonymous_head
            ):
                return k + 1
            return a
    return a


# Marks that end an apposition grown by _apposition_right.
_APPOSITION_END = frozenset({",", ";", ":", "“", '"', "‘", "(", ")", "—", "–"})


# Most tokens an apposition grown by _apposition_right may hold ("now a partner at Acme Corp").
_APPOSITION_GROW_MAX = 12


def _apposition_right(toks: list[Token], a: int, b: int, limit: int, words: SourceWords) -> int:
    """Where the source ``[a, b]`` ends once an apposition after its comma that the walks leave
    out is added, up to token ``limit``: a role held then or now ("X, now a partner at Acme"),
    a hyphenated role ("X, co-director of Y"), a role whose participle looks like a clause ("X,
    managing director of Y"), or the name that fills a role ("the bureau's director, X")."""
    k = b + 1
    if k + 1 >= limit or toks[k].text != ",":
        return b
    op = toks[k + 1]
    nxt = toks[k + 2] if k + 2 < limit else None
    head = toks[b]
    if (
        head.lower in _SUBJECT_PRONOUNS
        or head.lower in words.relative
        or head.lower in words.not_name
    ):
        return b
    if (
        head.text.islower()
        and head.lower in words.title
        and not head.lower.endswith("s")  # one role, one name: not "friends and advisers, X"
        and b > a
        and _is_name(op)
        and op.lower not in words.not_name
        and op.lower not in words.pronoun_self  # "my cousin, | I"
        and not _shouting(op)
    ):
        name = walk_right(toks, k + 1, words, limit)  # "the bureau's director, | Jane Roe"
        return name[1] if name is not None else b
    low = op.lower
    grow = (
        low in words.kept_participle  # "critics, including Jane Roe"
        and nxt is not None
        or low in ("now", "then")
        and nxt is not None
        and (nxt.lower in _ARTICLES or _base(nxt) in words.title or nxt.text[0].isdigit())
        or op.text.islower()
        and "-" in low
        and low.rsplit("-", 1)[-1] in words.title  # "co-director", "vice-chairman"
        or op.text.islower()
        and low.endswith("ing")
        and nxt is not None
        and nxt.lower in words.title
        and not nxt.lower.endswith("s")  # "managing director", not "telling reporters"
    )
    if not grow:
        return b
    end = k + 1
    stop = min(limit, k + 1 + _APPOSITION_GROW_MAX)
    while end + 1 < stop and toks[end + 1].text not in _APPOSITION_END:
        if toks[end + 1].lower in words.clause_verb or toks[end + 1].lower in words.relative:
            return b  # a clause, not a role: "said Roe, now the state must pay"
        end += 1
    while end > k and not toks[end].text[0].isalnum():
        end -= 1
    return end


def _occasion_left_out(toks: list[Token], a: int, b: int, words: SourceWords) -> int:
    """Where the source ``[a, b]`` ends without a closing phrase that says when or where the
    source spoke, after a name or a comma: "said Roe | in a statement", "Roe | at the time
    said". ``b`` when there is none."""
    for k in range(a + 1, b - 1):
        t = toks[k]
        if t.lower not in words.occasion_preposition:
            continue
        before = toks[k - 1]
        if not (_is_name(before) and before.lower not in words.not_name or before.text == ","):
            continue
        rest = toks[k + 1 : b + 1]
        if (
            len(rest) <= 5
            and rest[0].lower in words.modifier
            and rest[-1].text.islower()  # not a name: "at the National Review"
            and (_base(rest[-1]) in words.occasion or _base(rest[-1]) in words.document)
            and all(x.text[0].isalnum() for x in rest)
        ) or _occasion_then_time(rest, words):
            return _end_before(toks, a, k)
    return b


def _occasion_then_time(rest: list[Token], words: SourceWords) -> bool:
    """Whether ``rest`` is a lowercase occasion and then only its time ("state television on 19
    November", "a briefing on Monday")."""
    for j, t in enumerate(rest[:4]):
        if not (t.text.isalpha() and t.text.islower()):
            return False
        if _base(t) in words.occasion:
            return all(
                x.lower in words.time
                or x.lower in words.occasion_preposition
                or x.lower in _ARTICLES
                or x.text[0].isdigit()
                for x in rest[j + 1 :]
            )
    return False


# Longest relative clause, in tokens, that a source found inside it is grown over.
_RELATIVE_MAX = 20


def _relative_subject(toks: list[Token], a: int, words: SourceWords) -> int:
    """Where the source starting at ``a`` begins when it was found inside a relative clause on
    the real subject: "Voters who backed | the plan | said" is the voters who backed the plan,
    not the plan. ``a`` when no "who" opens such a clause just before it."""
    if toks[a].lower in _SUBJECT_PRONOUNS or toks[a].lower in words.relative:
        return a  # "who told them the news when | they said": a clause of its own
    k = a - 1
    while k >= 0 and a - k <= _RELATIVE_MAX:
        t = toks[k]
        if t.lower == "who":
            break
        if (
            not t.text[0].isalnum()
            and not _CONTRACTION.match(t.text)  # "who’d rather"
            or t.lower in words.relative
            or t.lower in words.subordinator  # "who ... when | they"
            and not _participle_word(toks[k + 1], words)  # "who were once | intrigued by"
        ):
            return a
        k -= 1
    else:
        return a
    if k == a - 1 or k < 1:
        return a
    if any(t.lower in words.clause_verb for t in toks[k + 2 : a]):
        return a  # a second verb: "those who back her rivals say the news | has hurt"
    core = walk_left(toks, k - 1, words)
    if core is None or core[1] != k - 1:
        return a
    if core[0] > 0 and toks[core[0] - 1].text != "," and not _opens_clause(toks, core[0], words):
        return a
    return core[0]


# Most prepositional phrases a source found at the end of its subject is grown over.
_POSTMODIFIER_STEPS = 3


def _postmodified_subject(toks: list[Token], a: int, words: SourceWords, floor: int = 0) -> int:
    """Where the source starting at ``a`` begins when it was found in a phrase after the real
    subject's head: "Officials with | the farm bureau | said", "Exit polls taken in | Ohio |
    show". The phrases before ``a`` are walked back while each is joined by a preposition
    (maybe after a participle: "taken in", "aligned with"); the subject they lead to must open
    its clause and end in a plural or listed head; it never reaches back to token ``floor`` (a
    cue before the source: "issued by | the campaign"). ``a`` otherwise."""
    if toks[a].lower in _SUBJECT_PRONOUNS or toks[a].lower in words.relative:
        return a
    cur = a
    for _ in range(_POSTMODIFIER_STEPS):
        p = cur - 1
        if p <= floor or toks[p].lower not in words.head_preposition:
            return a
        if _participle_word(toks[p - 1], words):
            p -= 1
        if p < 1:
            return a
        core = walk_left(toks, p - 1, words, loose=True)
        if core is None or core[1] != p - 1:
            return a
        if _opens_clause(toks, core[0], words):
            head = toks[head_index(toks, core[0], core[1], words)]
            return core[0] if _plural_or_head(head, words) else a
        cur = core[0]
    return a


def _opens_clause(toks: list[Token], k: int, words: SourceWords) -> bool:
    """Whether the phrase at ``k`` opens a clause: the sentence start, a clause mark, or a
    subordinating conjunction or "that" before it ("after | delegates in the hall booed")."""
    if k == 0:
        return True
    before = toks[k - 1]
    return (
        before.text in _CLAUSE_OPEN
        or before.lower in words.subordinator
        or before.lower == "that"
        or _opens_sentence(toks, k, words)
    )


def _participle_word(tok: Token, words: SourceWords) -> bool:
    """A lowercase participle that joins a head to its phrase: "taken", "aligned", "looking"."""
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and len(tok.text) > 4
        and tok.lower.endswith(("ed", "en", "ing"))
        and tok.lower not in ("being", "having")
    )


def _coordinated_subject(toks: list[Token], a: int, b: int, words: SourceWords) -> int:
    """Where the source ``[a, b]`` begins once what "and" or "or" joins to it is added: a
    modifier ("domestic and | international critics") or, when it opens the clause, a noun
    phrase ("Farm groups and | climate experts say"). ``a`` otherwise."""
    if (
        a >= 3
        and toks[a - 2].lower in ("and", "or")
        and _bare_word(toks[a - 1], words)
        and _plural_or_head(toks[a], words)
        and _bare_word(toks[a], words)
    ):
        a -= 1  # an unlisted noun the walk stopped at: "farm groups and | climate | experts"
    if a < 2 or toks[a - 1].lower not in ("and", "or") or toks[a].lower in _SUBJECT_PRONOUNS:
        return a
    if toks[a].lower in words.relative:
        return a
    left = toks[a - 2]
    first = toks[a]
    if (
        a < head_index(toks, a, b, words)
        and first.text.islower()
        and _bare_word(first, words)
        and _bare_word(left, words)
        and not plural_s(left.lower)  # "groups and | climate experts": two phrases
    ):
        k = a - 2  # two modifiers of one head: "current and | former officials"
        while k > 0 and (
            toks[k - 1].lower in words.modifier or toks[k - 1].lower in words.anonymous_determiner
        ):
            k -= 1
        return k
    core = walk_left(toks, a - 2, words, lists=False)
    if core is None or core[1] != a - 2:
        return a
    head = toks[head_index(toks, core[0], core[1], words)]
    if not (_is_name(head) or _plural_or_head(head, words)) or head.lower in _SUBJECT_PRONOUNS:
        return a
    before = toks[core[0] - 1] if core[0] > 0 else None
    if before is None or before.text in _CLAUSE_OPEN or _opens_sentence(toks, core[0], words):
        return core[0]
    return a


def _bare_word(tok: Token, words: SourceWords) -> bool:
    """A lowercase content word: no function word, determiner, pronoun, adverb or time word."""
    low = tok.lower
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and low not in _ARTICLES
        and low not in words.anonymous_determiner
        and low not in words.pronoun_person
        and low not in words.pronoun_group
        and low not in words.pronoun_self
        and tok.lower not in words.not_name
        and tok.lower not in words.connector
        and tok.lower not in words.time
        and tok.lower not in words.relative
        and not tok.lower.endswith("ly")
    )


# What may come before a subject that opens its clause: the sentence start aside, these marks.
_CLAUSE_OPEN = frozenset({":", ";", "—", "–", "(", "“", '"', "”", "’", "'"})


def _name_before_apposition(toks: list[Token], a: int, b: int, words: SourceWords) -> int:
    """Where the source starting at ``a`` begins once the phrase before its comma is added:
    the name an apposition describes ("Ann Roe, | chief of Acme, a farm group, said") or the
    role a name fills ("Acme's chief executive, | Ann Roe, said"), when that phrase opens the
    clause. ``a`` when there is none."""
    if a < 2 or toks[a - 1].text != ",":
        return a
    first = toks[a]
    if (
        toks[b].lower in words.relative  # "..., both of whom"
        or first.lower in words.relative
        or first.lower in words.pronoun_person
        or first.lower in words.pronoun_group
        or first.lower in words.pronoun_self
    ):
        return a  # "Mr. Obama, | who", "In the South, | he": no apposition
    core = walk_left(toks, a - 2, words)
    if core is None or core[1] != a - 2:
        return a
    head = toks[a - 2]
    before = toks[core[0] - 1] if core[0] > 0 else None
    if (
        before is not None
        and before.text not in _CLAUSE_OPEN
        and not _opens_sentence(toks, core[0], words)
    ):
        return a
    if _is_name(first):  # a role, then the name that fills it
        opener = toks[core[0]]
        ok = (
            head.text.islower()
            and _base(head) in words.title
            and (  # not a capitalised preposition: "Through a spokeswoman, | Roe said"
                opener.lower in words.modifier
                or opener.lower in words.anonymous_determiner
                or _POSSESSIVE.match(opener.lower) is not None
            )
        )
    else:  # a name, then its apposition
        ok = (
            _is_name(head)
            and not _shouting(head)
            and head.lower not in words.not_name
            and first.text.isalpha()
            and first.lower not in words.connector
            and first.lower not in words.not_name
        )
    return core[0] if ok else a


def _participle_tail(toks: list[Token], k: int, b: int, words: SourceWords) -> bool:
    """Whether ``toks[k]`` opens a participle clause ("citing", "referring"), not a role."""
    t = toks[k]
    if not (t.text.isalpha() and t.text.islower() and len(t.text) > 5 and t.lower.endswith("ing")):
        return False
    if t.lower in words.kept_participle or t.lower in words.title:
        return False
    if k + 1 > b:
        return True
    nxt = toks[k + 1]
    return not (  # a modifier of a noun: "managing partner", "mining companies"
        _base(nxt) in words.heads or nxt.text.islower() and plural_s(nxt.lower)
    )


def is_person_like(toks: list[Token], a: int, b: int, words: SourceWords) -> bool:
    """A named source that "he"/"she" can refer to: a role with a name after it ("the
    health secretary, Jon Ashworth") or a name whose head is no organisation or document. A
    name opened by "The" is an institution or a publication ("The Guardian", "The Heritage
    Foundation"), not a person."""
    h = head_index(toks, a, b, words)
    hb = _base(toks[h])
    if hb in words.organisation or hb in words.document or hb in words.publication:
        return False
    if hb in words.title and h + 2 <= b and toks[h + 1].text == "," and _is_name(toks[h + 2]):
        return True
    if (hb in words.title or agent_noun(toks[h], words)) and _named_apposition(toks, h, b, words):
        return True  # "The spokesperson of the Petroleum Company, Olufemi Soneye"
    if (
        toks[a].lower == "the"
        and hb not in words.title
        and all(_is_name(t) and not _POSSESSIVE.match(t.text) for t in toks[a + 1 : h + 1])
    ):
        return False  # "The Guardian"; but "The Pope", "The Post's Robert Costa" are people
    return _is_name(toks[h])
