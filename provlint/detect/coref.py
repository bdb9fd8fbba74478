"""Pronoun sources ("he said", "they added"): which source earlier in the article they stand for.

Attribution detection feeds every named source it classifies to a :class:`Resolver` in document
order and asks it about each pronoun source. A person pronoun takes the nearest person-like
source that no honorific rules out ("Ms Lopez" is no "he") - unless a person named after that
source is the subject of one of the two sentences before the pronoun (or of its own sentence)
and something marks the name as a person's: a title or role before it ("Council member Ana
Ruiz", "Star forward Ana Ruiz") or "who" or an age after it. A sentence's subject is the
likeliest "he" or "she" even when no verb of saying made it a source, and without a parser
those marks are what tells a person from a place ("Port Halden") or a name inside another noun
phrase ("a Ruiz adviser"). A source named once in the article, two or more sentences back,
whose quotation or apposition speaks of another "he" ("'He flew,' said Reg Pottinger, a
teammate") gives way to the person the article names most before them: its topic. With neither
a source nor a subject, the pronoun takes the last person's name in the text before it. A role
with no name ("The prime minister ... she said") stands in only when neither comes after it:
tying "the Vermont senator" to the right one of several senators needs
knowledge a linter does not have, and a name, even a farther one, tells the reader more than
the role does. A "he" or "she" skips a source with an object pronoun of its own gender just
after it ("A reporter asked her about it. She said": her, not the reporter), and a person an
adjacent "he" already took is no later "she". Anonymous sources recorded with
:meth:`Resolver.add_anonymous` take part too: a pronoun whose nearest antecedent is one ("A
senior official said ... He said") is anonymous, unless a role noun's ending gives it the other
gender ("A spokeswoman said ... He said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provlint import regexcache
from provlint.detect.sources import SourceWords, singular

_NAME_WINDOW = 1500  # characters before a pronoun searched for a person's name as a last resort
_WORD = r"(?:[A-Z]\.|[A-Z][^\W\d_]*(?:[’'-][^\W\d_]+)*)"  # "Ruiz", "O'Neill", "J."
# A run of capitalised words, letters beyond ASCII included ("Dejan Mikulić")
_CAPITAL_RUN = regexcache.compile(rf"(?<![\w’'&-]){_WORD}(?:[ \t]+{_WORD})*(?![\w&])")
# Two or three capitalised words on one line, letters beyond ASCII included ("José Martínez");
# a line break ends a name ("Water Chief Steps Down" over "Ruth Okafor arrived")
_NAME_PART = r"[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿĀ-ɏ’']+(?:-[A-ZÀ-ÖØ-ÞĀ-ɏ]?[a-zß-öø-ÿĀ-ɏ’']+)*"
_NAME_MENTION = regexcache.compile(
    rf"(?<![\w’'&-]){_NAME_PART}(?:[ \t]+{_NAME_PART}){{1,2}}(?![\w’'-])"
)
# An object pronoun just after a source and its verb ("A reporter asked her about",
# "Ruiz told him"): someone else, whom a later "she" or "he" of the narrative continues
_OBJECT_AFTER = regexcache.compile(
    r",?\s+(?:[a-z]+\s+){1,2}?(him|her)(?![\w’'-])(?:[ \t]*([^\w\s]|[a-z]+))?"
)
_SENTENCE_END = regexcache.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")
_PERSON_AFTER = regexcache.compile(r",?\s+who(?:se)?\b|,\s*\d{1,3},")  # "Vale, who"; "Vale, 79,"
_APPOSED_NAME = regexcache.compile(r",\s+[A-Z]")  # "another delegate, Ana Ruiz"
_MARKED_NAME = regexcache.compile(
    rf"(?<![\w’'&-])({_WORD}(?:[ \t]+{_WORD})+)(?=,?\s+who\b|,\s*\d{{1,3}},)"
)
# id(SourceWords) -> (the words, the honorific-and-surname pattern); the words keep the id live
_TITLED: dict[int, tuple[SourceWords, re.Pattern[str]]] = {}


def _titled_surname(words: SourceWords) -> re.Pattern[str]:
    """An honorific of the lexicon and the surname after it ("Ms Farouk", "Mr. Haddad", "Ms
    Leila Farouk"), built once per lexicon: only honorifics start a match, so the scan of an
    article is quick."""
    got = _TITLED.get(id(words))
    if got is None:
        titles = sorted(words.title_female | words.title_male, key=len, reverse=True)
        alternation = "|".join(re.escape(w.capitalize()) for w in titles)
        pattern = regexcache.compile(  # plain classes: a quick compile, as it runs per article
            rf"\b({alternation})\.?[ \t]+([A-Z][\w’'-]+)(?:[ \t]+([A-Z][\w’'-]+))?"
        )
        got = _TITLED[id(words)] = (words, pattern)
    return got[1]


# A name opening a sentence, with "The", before a lowercase verb ("The Free Varnia Coalition is")
_OPENING_NAME = regexcache.compile(rf"[\"“‘(]?((?:The[ \t]+)?{_WORD}(?:[ \t]+{_WORD})*)[ \t]+[a-z]")
_QUOTED = regexcache.compile(r"[“\"]([^“”\"]*)[”\"]|''((?:(?!'').)*)''")
_PUNCT = "\"“”‘’'(),.;:!?"
_SUBJECT_WINDOW = 800  # characters before a pronoun searched for the previous sentences' start
_SUBJECT_SENTENCES = 2  # how many sentences before a pronoun's a subject may stand in


@dataclass(frozen=True)
class _Mention:
    """A source: where it starts, its text, whether it names a person, and the role head of a
    role with no name ("minister" for "the prime minister"), else None. An anonymous source
    ("a senior official", "officials") is recorded too: a pronoun after it stands for no one
    named, and ``person`` then says it is one person, who "he" or "she" can be."""

    offset: int
    text: str
    person: bool
    role: str | None
    gender: str | None = None  # "f" or "m" when an honorific says so ("Ms Lopez", "Mr Carter")
    anonymous: bool = False


class Resolver:
    """Remembers sources so pronouns ("he said") can take the nearest compatible one."""

    def __init__(self, prose: str) -> None:
        self.prose = prose
        self.named: list[_Mention] = []
        self.surnames: dict[str, str] = {}  # surname -> gender its honorific gave ("lopez": "f")
        self._counts: dict[str, int] = {}  # surname -> its occurrences in the prose
        # surname -> (the name, the gender) a "he" or "she" resolved to them gave ("vidal":
        # ("Tomás Vidal", "m") after "He says" -> Vidal): a "she" is then not Vidal
        self.pronouns: dict[str, tuple[str, str]] = {}
        # whether the last pronoun took a person from its own sentence or the one before
        self._sure = False
        self._titled: dict[str, list[tuple[int, str]]] | None = None  # surname -> honorifics
        self._interviewee: tuple[str | None] | None = None  # found at the first "A:" answer

    def add(
        self, offset: int, text: str, person: bool, words: SourceWords, role: str | None = None
    ) -> None:
        """Record a named source; ``role`` is the head of a role with no name."""
        first = text.split(",")[0]
        person = person and "&" not in first  # "Harwell & Kim": a firm
        if (
            person
            and first.isupper()
            and first.isalpha()
            # the standard library's cache: a pattern per name would rewrite provlint's regex
            # cache file at every run
            and re.search(rf"\b{re.escape(first.title())}\b", self.prose) is None
            and not self.prose.startswith(":", offset + len(first))
        ):
            person = False  # "NNPC", "WHO"; not a transcript's "SMITH:", nor a "Smith" named
        gender = self._gender(text, words) if person else None
        if person and gender is None:  # "Spokeswoman Ana Ruiz", "Snyder spokesman Tom Vale"
            roles = {
                _role_gender(w.lower())
                for w in text.split(",")[0].split()
                if w.lower() in words.title
            } - {None}
            gender = roles.pop() if len(roles) == 1 else None
        self.named.append(_Mention(offset, text, person, None if person else role, gender))

    def add_anonymous(self, offset: int, text: str, head: str, words: SourceWords) -> None:
        """Record an anonymous source whose head noun is ``head`` ("official" for "a senior
        official"): one person when the head is a singular role ("official", "spokeswoman") or
        a person noun whose plural is listed too ("source"; not "people" or "staff")."""
        head = head.lower()
        one = head.isalpha() and head not in words.anonymous_determiner
        one = one and singular(head) == head and head not in words.collective
        one = one and (
            head in words.title
            or f"{head}s" in words.anonymous_head
            or f"{head}es" in words.anonymous_head
        )
        gender = _role_gender(head) if one else None
        self.named.append(_Mention(offset, text, one, None, gender, anonymous=True))

    def _gender(self, text: str, words: SourceWords) -> str | None:
        """ "f" or "m" from an honorific in ``text`` ("Ms Lopez"), or, for a bare surname, from
        an earlier mention of it with one ("Lopez" after "Ms Ana Lopez"; not "Carlos Lopez")."""
        parts = [w.strip(".,").lower() for w in text.split()]
        gender = _honorific(parts, words)
        if gender is not None:
            self.surnames.setdefault(parts[-1], gender)
            return gender
        return self.surnames.get(parts[0]) if len(parts) == 1 else None

    def _pronoun_gender(self, name: str) -> str | None:
        """The gender an earlier resolved "he" or "she" gave the person ``name``: the same name,
        or its bare surname ("Vidal" after "Tomás Vidal"; not "Ana Vidal" after "Tomás Vidal",
        nor "Melania Trump" after a "he" took "Trump")."""
        if not self.pronouns:
            return None
        parts = name.split()
        known = self.pronouns.get(parts[-1].lower()) if parts else None
        if known is None:
            return None
        return known[1] if len(parts) == 1 or name == known[0] else None

    def _clear(self, start: int, offset: int, words: SourceWords) -> bool:
        """Whether no other person's name lies between ``start`` and a pronoun at ``offset``,
        so that the pronoun's person is beyond doubt ("Vidal thinks it unfair. He says"; not
        "Ruiz met Vale. He says")."""
        for run in _CAPITAL_RUN.finditer(self.prose, start, offset):
            parts = run.group().split()
            low = parts[0].lower().strip(".")
            if _function_word(low, words) or low in words.not_name or low in words.title:
                continue
            if _person_name(" ".join(parts), words):
                return False
        return True

    def _mention_gender(self, m: _Mention, words: SourceWords) -> str | None:
        """A source's gender: from an honorific or role noun, else from an honorific on the
        same surname later in the article ("Interior Minister Leila Farouk" ... "Ms Farouk";
        an earlier "Mr. Vale" may be a namesake of "Ana Vale"), else from a pronoun resolved
        to the person it names."""
        if m.gender is not None or m.anonymous:
            return m.gender
        name = _head_name(m.text, words)
        if name is None:
            return None
        later = {
            g
            for pos, g in self._honorifics(words).get(name.split()[-1].lower(), ())
            if pos > m.offset
        }
        if len(later) == 1:
            return later.pop()
        return self._pronoun_gender(name) if self.pronouns else None

    def _honorifics(self, words: SourceWords) -> dict[str, list[tuple[int, str]]]:
        """Surname -> (offset, gender) of each honorific before it in the article ("Ms Farouk",
        "Mr. Haddad", "Ms Leila Farouk")."""
        if self._titled is None:
            self._titled = {}
            for m in _titled_surname(words).finditer(self.prose):
                gender = _honorific([m.group(1).lower()], words)
                if gender is not None:
                    surname = (m.group(3) or m.group(2)).lower()  # "Ms Leila Farouk": Farouk
                    self._titled.setdefault(surname, []).append((m.start(), gender))
        return self._titled

    def resolve(self, pronoun: str, offset: int, words: SourceWords) -> tuple[str | None, str]:
        """(resolved text, kind) for a pronoun source at ``offset``. A "He" or "She" opening its
        sentence that takes a person named in that sentence or the one before, with no other
        name between, tells later pronouns that person's gender ("Vidal thinks it unfair. He
        says ..." - a later "she" is not Vidal). A farther guess, or a "he said" after a
        quotation, whose speaker the text may leave open, is not sure enough to rule anyone
        out: one wrong guess would send every later pronoun astray."""
        self._sure = False
        text, kind = self._resolve(pronoun, offset, words)
        gender = _pronoun_gender(pronoun, words)
        name = _head_name(text, words) if text is not None and gender is not None else None
        if name is not None and self._sure and self.prose[offset : offset + 1].isupper():
            self.pronouns.setdefault(name.split()[-1].lower(), (name, gender))
        return text, kind

    def _resolve(self, pronoun: str, offset: int, words: SourceWords) -> tuple[str | None, str]:
        """(resolved text, kind) for a pronoun source at ``offset``."""
        if pronoun in words.pronoun_self:
            return None, "anonymous" if pronoun in ("you", "your") else "named"
        earlier = (m for m in reversed(self.named) if m.offset < offset)
        if pronoun not in words.pronoun_person:
            subject = self._group_subject(offset, words) if pronoun in ("it", "its") else None
            if subject is not None:
                return subject, "named"  # "The Coalition is an alliance ... It claims ..."
            for m in earlier:
                if m.anonymous and (m.person or not self._adjacent(m.offset, offset, words)):
                    continue  # one official is no "they"; a group long before is no antecedent
                return (None, "anonymous") if m.anonymous else (m.text, "named")
            return None, "anonymous"
        other = _other_gender(pronoun, words)
        role: _Mention | None = None
        found: _Mention | None = None
        same = _pronoun_gender(pronoun, words)
        for m in earlier:
            if m.anonymous and not self._unnamed_antecedent(m, offset, words):
                continue
            if m.person and same is not None and self._object_gender(m, words) == same:
                continue  # "A reporter asked her about it. She said": her, not the reporter
            if m.person and self._mention_gender(m, words) != other:
                found = m
                break
            if role is None and m.role is not None:
                role = m
        after = found.offset + len(found.text) if found is not None else 0
        subject = self._previous_subject(offset, after, other, words)
        if subject is not None:
            return subject, "named"  # "Council member Ana Ruiz, who ..., is not convinced. She"
        if found is not None and not found.anonymous:
            topic = self._topic(found, offset, other, words)
            if topic is not None:
                return topic, "named"  # the article's subject, not a voice quoted in passing
        if found is not None:
            self._sure = self._adjacent(found.offset, offset, words) and self._clear(
                found.offset + len(found.text), offset, words
            )
            return (None, "anonymous") if found.anonymous else (found.text, "named")
        names = [
            m
            for m in _NAME_MENTION.finditer(self.prose, max(0, offset - _NAME_WINDOW), offset)
            if _person_name(m.group(), words)
            and not m.group().endswith(("'s", "’s"))  # "Bruce Springsteen's": a possessor
            and self._window_gender(m, words) != other
            and (other is None or self._pronoun_gender(m.group()) != other)
        ]
        if role is not None and (not names or role.offset > names[-1].start()):
            return role.text, "named"  # "The prime minister ... she said"
        if names:
            self._sure = self._adjacent(names[-1].start(), offset, words) and self._clear(
                names[-1].end(), offset, words
            )
        return (_window_name(self.prose, names[-1], words) if names else None), "named"

    def _group_subject(self, offset: int, words: SourceWords) -> str | None:
        """For an "It" opening its sentence: the institution named first in the sentence before,
        in the same paragraph, its last word a listed organisation or publication ("The Free
        Varnia Coalition"; not "The Prime Minister"), when no source
        was recorded since that sentence began ("The Free Varnia Coalition is an alliance of
        groups. It claims ..."), else None."""
        if not self.prose[offset : offset + 1].isupper():
            return None
        ends = [
            m.end()
            for m in _SENTENCE_END.finditer(
                self.prose, max(0, offset - _SUBJECT_WINDOW), offset + 4
            )
            if m.end() <= offset
        ]
        if len(ends) < 1 or "\n" in self.prose[ends[-1] - 1 : offset]:
            return None
        begin = ends[-2] if len(ends) > 1 else max(0, offset - _SUBJECT_WINDOW)
        if "\n\n" in self.prose[begin:offset]:
            begin = self.prose.rindex("\n\n", begin, offset) + 2
        if any(begin <= m.offset < offset for m in self.named):
            return None  # a source of that sentence is the likelier antecedent
        m = _OPENING_NAME.match(self.prose, begin)
        if m is None:
            return None
        name = m.group(1)
        parts = name.lower().split()
        if any(c in name for c in "'’") or len(parts) < 2:
            return None  # "Pfizer's", "I’ve", "Such": no institution named
        institution = parts[-1] in words.organisation or parts[-1] in words.publication
        if not institution or any(_function_word(w, words) or w in words.time for w in parts[1:]):
            return None  # a person ("Ana Ruiz") is no "it"; "In March": no subject
        return name

    def interviewee(self, offset: int, words: SourceWords) -> str | None:
        """The person an interview's "A:" answers come from: of the people named before the
        first answer (at ``offset``), the one the article names most (the earliest on a tie),
        without titles. Found once: every later answer is the same person's."""
        if self._interviewee is None:
            self._interviewee = (self._most_named(offset, words),)
        return self._interviewee[0]

    def _most_named(self, offset: int, words: SourceWords) -> str | None:
        """The person named most in the article among those named before ``offset``."""
        best, top = None, 0
        for m in _NAME_MENTION.finditer(self.prose, 0, offset):
            if not _person_name(m.group(), words) or m.group().endswith(("'s", "’s")):
                continue
            name = _window_name(self.prose, m, words)
            count = self._mentions(name.split()[-1])
            if count > top:
                best, top = name, count
        return best

    def _topic(
        self, found: _Mention, offset: int, other: str | None, words: SourceWords
    ) -> str | None:
        """The person an article is about when they, not ``found``, are the likelier "he" at
        ``offset``: ``found`` is named nowhere else in the article and, in their own sentence,
        speaks or is described with another "he" ("'He flew,' said Reg Pottinger, a teammate";
        "Ana Brandt, who served with him"), so that the "he" of the story is someone else: the
        most named person before them ("Tomasz Wierzbicki, who ... died. 'He flew,' said Reg
        Pottinger. In the Senate he championed ...")."""
        key = _surname(found.text, words)
        if key is None or self._mentions(key) > 1 or self._adjacent(found.offset, offset, words):
            return None  # "'He flew,' said Reg Pottinger. 'He was the best,' he said": Pottinger
        same = words.pronoun_male if other == "f" else words.pronoun_female if other else None
        if not same:
            return None
        ends = [
            m.end()
            for m in _SENTENCE_END.finditer(self.prose, max(0, found.offset - 600), found.offset)
        ]
        begin = ends[-1] if ends else max(0, found.offset - 600)
        quoted = " ".join(m.group() for m in _QUOTED.finditer(self.prose, begin, found.offset))
        told = [w.strip(_PUNCT).lower() for w in found.text.split()]
        about = [told[k + 1] for k in range(len(told) - 1) if told[k] in words.head_preposition]
        if not any(w.strip(_PUNCT).lower() in same for w in [*quoted.split(), *about]):
            return None
        best, top = None, 0
        for name in self._people(begin, words):
            last = name.split()[-1]
            if last == key or self.surnames.get(last.lower()) == other:
                continue
            count = self._mentions(last)
            if count > top:
                best, top = name, count
        return best

    def _people(self, offset: int, words: SourceWords) -> list[str]:
        """Names of people before ``offset``: named person sources and names a "who" or an age
        follows ("Ana Ruiz, who ...", "Ana Ruiz, 61,")."""
        names = [
            n
            for m in self.named
            if m.offset < offset and m.person and not m.anonymous
            for n in [_name(m.text, words)]
            if n is not None
        ]
        for m in _MARKED_NAME.finditer(self.prose, 0, offset):
            parts = m.group(1).split()
            while len(parts) > 2 and (
                parts[0].lower() in words.title or parts[0].lower() in words.not_name
            ):
                parts = parts[1:]
            low = [w.lower() for w in parts]
            if (
                _person_name(" ".join(parts), words)
                and not any(_function_word(w, words) for w in low)
                and not any(w.endswith(("'s", "’s")) for w in low)
            ):
                names.append(" ".join(parts))
        return names

    def _mentions(self, surname: str) -> int:
        """How often ``surname`` occurs in the article as a capitalised word."""
        if surname not in self._counts:
            self._counts[surname] = len(
                regexcache.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])").findall(self.prose)
            )
        return self._counts[surname]

    def _unnamed_antecedent(self, m: _Mention, offset: int, words: SourceWords) -> bool:
        """Whether an anonymous source can be the "he" or "she" at ``offset``: one person,
        indefinite ("a senior official", "one aide"; "the Republican" may be someone named
        before), with no name in apposition ("another delegate, Ana Ruiz"), in the pronoun's
        sentence or the one before, and no name between them ("A reporter asked Ruiz ... She
        replied")."""
        if not m.person or m.text.split()[0].lower() not in words.anonymous_determiner:
            return False
        if _APPOSED_NAME.search(m.text) or not self._adjacent(m.offset, offset, words):
            return False
        for run in _CAPITAL_RUN.finditer(self.prose, m.offset + len(m.text), offset):
            low = run.group().split()[0].lower()
            if not (
                _function_word(low, words)
                or low in words.not_name
                or low in words.time
                or low in words.modifier
                or low in words.title
            ):
                return False
        return True

    def _object_gender(self, m: _Mention, words: SourceWords) -> str | None:
        """The gender of an object pronoun within two words after a source ("A reporter asked
        her about", "Ruiz told him"): someone else than the source, whom the narrative's
        next "she" or "he" most likely continues. "her" before a noun is a possessive that may
        be the source's own ("Ruiz said her plan")."""
        hit = _OBJECT_AFTER.match(self.prose, m.offset + len(m.text))
        if hit is None:
            return None
        gap = self.prose[m.offset + len(m.text) : hit.start(1)].split()
        if any(w.lower() in words.pronoun_person or w.lower() in words.relative for w in gap):
            return None  # "Ruiz said she told him": the object of another clause
        if hit.group(1) == "him":
            return "m"
        nxt = hit.group(2)
        if nxt is None or not nxt[0].isalpha() or _function_word(nxt, words):
            return "f"
        return None

    def _adjacent(self, start: int, offset: int, words: SourceWords) -> bool:
        """Whether ``start`` lies in the sentence of ``offset`` or the one before it."""
        ends = [
            m
            for m in _SENTENCE_END.finditer(self.prose, start, offset + 4)  # sees the next word
            if m.end() <= offset
            and not _abbreviation(self.prose[max(0, m.start() - 8) : m.start() + 1], words)
        ]
        return len(ends) <= 1

    def _previous_subject(
        self, offset: int, after: int, other: str | None, words: SourceWords
    ) -> str | None:
        """The person named as the subject of the sentence before ``offset`` (or of its own
        sentence, before it) and after ``after``, when something marks the name as a person's:
        a title or role before it ("Council member Ana Ruiz", "Star forward Ana Ruiz") or "who"
        or an age after it ("Ana Ruiz, who", "Ana Ruiz, 79,"). Such a subject is the likeliest
        "he" or "she" even when no verb of saying made it a source."""
        lo = max(0, offset - _SUBJECT_WINDOW)
        ends = [
            m.end()
            for m in _SENTENCE_END.finditer(self.prose, lo, offset + 4)  # sees the next word
            if m.end() <= offset
            and not _abbreviation(self.prose[max(0, m.start() - 8) : m.start() + 1], words)
        ]
        if len(ends) > _SUBJECT_SENTENCES:
            lo = ends[-_SUBJECT_SENTENCES - 1]
        elif lo > 0 and not ends:
            return None  # one long sentence: no previous one in reach
        elif lo > 0:
            lo = max(lo, ends[0] - _SUBJECT_WINDOW)
        lo = max(lo, after)
        for run in reversed(list(_CAPITAL_RUN.finditer(self.prose, lo, offset))):
            name = self._subject_name(run, ends, words)
            if name is not None and name[1] != other:
                return name[0]
        return None

    def _subject_name(
        self, run: re.Match[str], ends: list[int], words: SourceWords
    ) -> tuple[str, str | None] | None:
        """(name, gender) when a run of capitalised words is a sentence's subject and marked
        as a person's name (see :meth:`_previous_subject`), else None."""
        parts = run.group().split()
        lead = 0
        while lead < len(parts) - 1 and (
            parts[lead].lower().strip(".") in words.title or parts[lead].lower() in words.not_name
        ):
            lead += 1
        name = parts[lead:]
        low = [w.lower().strip(".") for w in parts]
        joins = _joins(words)
        if len(name) > 4 or _function_word(low[0], words) or any(w in joins for w in low):
            return None  # "In Ana Ruiz's town", "When President Ruiz"; a headline's words
        if not _person_name(" ".join(name), words) or low[-1] in words.title:
            return None
        if low[-1] in words.generic_group or low[-1] in words.anonymous_head:
            return None
        begin = max([e for e in ends if e <= run.start()], default=0)
        before = _after_dateline(self.prose[begin : run.start()].split())
        titled = any(w in words.title for w in low[:lead]) or any(
            w.strip(".,").lower() in words.title for w in before[-2:]
        )
        if len(name) < 2 and not any(w in words.title for w in low[:lead]):
            return None  # "Senator Brandt", not "the former Mexican president"
        if not titled and not _PERSON_AFTER.match(self.prose, run.end()):
            return None
        if any(w.endswith(("'s", "’s")) for w in low) or any(
            q in "\"“”'‘’" for q in "".join(before)[:1]
        ):
            return None  # a possessor; a quotation's subject is not the narrative's
        nxt = self.prose[run.end() : run.end() + 24].split()[:1]
        if nxt and nxt[0].strip(",.").lower() in words.heads and nxt[0][:1].islower():
            return None  # a modifier: "A top Ana Ruiz adviser says"
        if nxt and nxt[0] in ("and", "&"):
            return None  # one of two: "Ana Ruiz and Tom Vale will speak"
        if any(w.lower() in ("a", "an") for w in before):
            return None  # an indefinite subject names no one
        if before and before[0].lower().strip(",") in words.sentence_opener:
            before = before[1:]  # "But Council member Ana Ruiz"
        if len(before) > 4 or any(not _subject_word(w, words) for w in before):
            return None
        gender = _honorific([*low[:lead], *(w.strip(".,").lower() for w in before[-1:])], words)
        if gender is None:  # "Spokeswoman Ana Ruiz"
            roles = {_role_gender(w) for w in low[:lead] if w in words.title} - {None}
            gender = roles.pop() if len(roles) == 1 else None
        if gender is None and len(name) == 1:
            gender = self.surnames.get(low[-1])
        if gender is None:
            gender = self._pronoun_gender(" ".join(name))
        return " ".join(parts[lead:] if not titled or not low[:lead] else parts), gender

    def _window_gender(self, m: re.Match[str], words: SourceWords) -> str | None:
        """The gender an honorific gives a name found in the text ("Ms Lopez", "Ms. Lopez")."""
        before = self.prose[max(0, m.start() - 6) : m.start()].split()
        parts = [w.strip(".,").lower() for w in [*before[-1:], *m.group().split()]]
        return _honorific(parts, words) or (
            self.surnames.get(parts[-1]) if len(m.group().split()) == 1 else None
        )


_DATELINE_DASHES = frozenset({"-", "—", "–"})


def _after_dateline(before: list[str]) -> list[str]:
    """The words of a sentence before its subject, without a dateline or timestamp and its dash
    ("15:24 GMT - Transport secretary" -> "Transport secretary")."""
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _DATELINE_DASHES:
            head = before[:k]
            if all(not w[0].isalpha() or w[0].isupper() for w in head):
                return before[k + 1 :]
            break
    return before


def _window_name(prose: str, m: re.Match[str], words: SourceWords) -> str:
    """A name the text window found, with the whole run of capitals it starts and without the
    titles before it ("Dana Whitcombe" for the "Transport Secretary Dana" of "Transport Secretary
    Dana Whitcombe spoke")."""
    run = _CAPITAL_RUN.match(prose, m.start())
    if run is None:
        return m.group()
    return _run_person(run.group().split(), words) or m.group()


def _name(text: str, words: SourceWords) -> str | None:
    """The last run of capitalised words in a source's text that can name a person, without
    the titles before it ("Reg Pottinger" in "Reg Pottinger, a teammate")."""
    for run in reversed(list(_CAPITAL_RUN.finditer(text))):
        if (name := _run_person(run.group().split(), words)) is not None:
            return name
    return None


def _head_name(text: str, words: SourceWords) -> str | None:
    """The first name of a person in a source's text, without the titles before it: the
    source's own ("Tomás Vidal" in "Her deputy, Tomás Vidal"; "Ana Ruiz" in "Ana Ruiz, who
    beat Tom Vale")."""
    for run in _CAPITAL_RUN.finditer(text):
        parts = run.group().split()
        nxt = text[run.end() : run.end() + 24].split()[:1]
        if _function_word(parts[0].lower(), words) or (
            nxt and nxt[0][:1].islower() and nxt[0].strip(",.").lower() in words.heads
        ):
            continue  # "Her deputy"; "Arizona" in "Former Arizona governor Jan Brewer"
        if (name := _run_person(parts, words)) is not None:
            return name
    return None


# id(SourceWords) -> (the words, the words that join phrases); holding the words keeps the id
_JOINS: dict[int, tuple[SourceWords, frozenset[str]]] = {}


def _joins(words: SourceWords) -> frozenset[str]:
    """Prepositions, connectors and subordinators, which no name holds ("In Ana Ruiz's town"),
    as one set built once per lexicon."""
    got = _JOINS.get(id(words))
    if got is None:
        joins = words.head_preposition | words.connector | words.subordinator
        got = _JOINS[id(words)] = (words, joins)
    return got[1]


def _run_person(parts: list[str], words: SourceWords) -> str | None:
    """The person's name a run of capitalised words holds once the titles before it are left
    out ("Reg Pottinger" in "Senator Reg Pottinger"), or None: a run ending in a title or a
    possessive names no one."""
    while len(parts) > 1 and (
        parts[0].lower().strip(".") in words.title or parts[0].lower() in words.not_name
    ):
        parts = parts[1:]
    if parts[-1].lower().strip(".") in words.title or parts[-1].endswith(("'s", "’s")):
        return None
    name = " ".join(parts)
    return name if _person_name(name, words) else None


def _surname(text: str, words: SourceWords) -> str | None:
    """The last word of the name in a source's text."""
    name = _name(text, words)
    return name.split()[-1] if name else None


def _abbreviation(text: str, words: SourceWords) -> bool:
    """Whether a full stop ending ``text`` closes an abbreviation, not a sentence: a title
    ("Gov.", "Sen.") or an initial ("Robert J. Shapiro")."""
    last = text[:-1].split()[-1:] if text.endswith(".") else []
    if not last:
        return False
    word = last[0].lstrip("\"“‘'(")
    return (len(word) == 1 and word.isupper()) or word.lower() in words.title


def _subject_word(word: str, words: SourceWords) -> bool:
    """Whether a word can come before a name that is its sentence's subject: a capitalised
    word, a title, role or modifier, a possessive, or a noun that is no verb,
    preposition or conjunction ("Star forward Ana Ruiz"; not "Critics pointed to Ana Ruiz")."""
    w = word.strip("\"“”‘’'(,")
    low = w.lower()
    if _function_word(low, words):
        return False
    if not w or w[0].isupper() or low in words.title or low in words.modifier:
        return True
    return low.endswith(("'s", "’s")) or not low.endswith(("ed", "s", "ing", "ly"))


def _function_word(low: str, words: SourceWords) -> bool:
    """Whether a lowercase word is a preposition, conjunction, verb, determiner or pronoun:
    no part of a name, nor of what comes before a sentence's subject."""
    return (
        low in words.head_preposition
        or low in words.connector
        or low in words.subordinator
        or low in words.clause_verb
        or low in words.irregular_past
        or low in words.modal
        or low in words.anonymous_determiner
        or low in words.relative
        or low in words.pronoun_person
        or low in words.pronoun_group
        or low in words.pronoun_self
    )


def _pronoun_gender(pronoun: str, words: SourceWords) -> str | None:
    """The gender of a person pronoun: "f" for "she", "m" for "he", else None."""
    if pronoun in words.pronoun_female:
        return "f"
    return "m" if pronoun in words.pronoun_male else None


def _role_gender(head: str) -> str | None:
    """The gender a role noun's ending gives ("spokeswoman", "policeman"); heads are listed
    roles and person nouns, so "human" or "German" never get here."""
    if head.endswith("woman"):
        return "f"
    return "m" if head.endswith("man") else None


def _other_gender(pronoun: str, words: SourceWords) -> str | None:
    """The gender a person pronoun rules out: "m" for "she", "f" for "he"."""
    if pronoun in words.pronoun_female:
        return "m"
    return "f" if pronoun in words.pronoun_male else None


def _honorific(parts: list[str], words: SourceWords) -> str | None:
    """ "f" or "m" when one of the lowercase words ``parts`` is an honorific."""
    if any(w in words.title_female for w in parts):
        return "f"
    if any(w in words.title_male for w in parts):
        return "m"
    return None


def _person_name(name: str, words: SourceWords) -> bool:
    """A capitalised word sequence that can be a person: no leading "The", no organisation head."""
    parts = name.lower().split()
    if parts[0] in words.not_name or parts[0] in words.modifier:
        return False
    last = parts[-1]
    return (
        last not in words.organisation
        and last not in words.publication
        and last not in words.document
    )
