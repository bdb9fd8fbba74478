"""Pronoun sources ("he said", "they added"): which named source earlier in the article they
stand for.

Attribution detection feeds every named source it classifies to a :class:`Resolver` in document
order and asks it about each pronoun source. A person pronoun takes the nearest person-like
source that no honorific rules out ("Ms Lopez" is no "he"), else the last person's name in
the text before it. A role with no name ("The prime
minister ... she said") stands in only when neither comes after it: tying "the Vermont
senator" to the right one of several senators needs knowledge a linter does not have, and a
name, even a farther one, tells the reader more than the role does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provlint import regexcache
from provlint.detect.sources import SourceWords

_NAME_MENTION = regexcache.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}\b")
_NAME_WINDOW = 1500  # characters before a pronoun searched for a person's name as a last resort


@dataclass(frozen=True)
class _Mention:
    """A named source: where it starts, its text, whether it names a person, and the role
    head of a role with no name ("minister" for "the prime minister"), else None."""

    offset: int
    text: str
    person: bool
    role: str | None
    gender: str | None = None  # "f" or "m" when an honorific says so ("Ms Lopez", "Mr Carter")


class Resolver:
    """Remembers named sources so pronouns ("he said") can take the nearest compatible one."""

    def __init__(self, prose: str) -> None:
        self.prose = prose
        self.named: list[_Mention] = []
        self.surnames: dict[str, str] = {}  # surname -> gender its honorific gave ("lopez": "f")

    def add(
        self, offset: int, text: str, person: bool, words: SourceWords, role: str | None = None
    ) -> None:
        """Record a named source; ``role`` is the head of a role with no name."""
        gender = self._gender(text, words) if person else None
        self.named.append(_Mention(offset, text, person, None if person else role, gender))

    def _gender(self, text: str, words: SourceWords) -> str | None:
        """ "f" or "m" from an honorific in ``text`` ("Ms Lopez"), or, for a bare surname, from
        an earlier mention of it with one ("Lopez" after "Ms Ana Lopez"; not "Carlos Lopez")."""
        parts = [w.strip(".,").lower() for w in text.split()]
        gender = _honorific(parts, words)
        if gender is not None:
            self.surnames.setdefault(parts[-1], gender)
            return gender
        return self.surnames.get(parts[0]) if len(parts) == 1 else None

    def resolve(self, pronoun: str, offset: int, words: SourceWords) -> tuple[str | None, str]:
        """(resolved text, kind) for a pronoun source at ``offset``."""
        if pronoun in words.pronoun_self:
            return None, "anonymous" if pronoun in ("you", "your") else "named"
        earlier = (m for m in reversed(self.named) if m.offset < offset)
        if pronoun not in words.pronoun_person:
            last = next(earlier, None)
            return (last.text, "named") if last is not None else (None, "anonymous")
        other = (
            "m"
            if pronoun in words.pronoun_female
            else "f"
            if pronoun in words.pronoun_male
            else None
        )
        role: _Mention | None = None
        for m in earlier:
            if m.person and m.gender != other:
                return m.text, "named"
            if role is None and m.role is not None:
                role = m
        names = [
            m
            for m in _NAME_MENTION.finditer(self.prose, max(0, offset - _NAME_WINDOW), offset)
            if _person_name(m.group(), words) and self._window_gender(m, words) != other
        ]
        if role is not None and (not names or role.offset > names[-1].start()):
            return role.text, "named"  # "The prime minister ... she said"
        return (names[-1].group() if names else None), "named"

    def _window_gender(self, m: re.Match[str], words: SourceWords) -> str | None:
        """The gender an honorific gives a name found in the text ("Ms Lopez", "Ms. Lopez")."""
        before = self.prose[max(0, m.start() - 6) : m.start()].split()
        parts = [w.strip(".,").lower() for w in [*before[-1:], *m.group().split()]]
        return _honorific(parts, words) or (
            self.surnames.get(parts[-1]) if len(m.group().split()) == 1 else None
        )


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
