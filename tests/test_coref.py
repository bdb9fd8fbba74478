"""Pronoun sources and what they stand for (provlint.detect.coref), on invented articles."""

from __future__ import annotations

import pytest

from provlint.detect.coref import Resolver
from provlint.detect.sources import source_words
from provlint.lexicons import default_lexicons
from tests.attribution_helpers import attributions as _atts
from tests.attribution_helpers import by_cue

WORDS = source_words(default_lexicons())


# (article, the cue of the pronoun's attribution, what the pronoun resolves to)
RESOLVED = [
    # an honorific rules a person out for the other pronoun, also on a later bare surname
    (
        "Ms Lopez said the plan was sound. Mr Carter wrote that he agreed. She added that "
        "40 officers would be hired.",
        "added",
        "Ms Lopez",
    ),
    (
        "Ms Ana Lopez said the plan was sound. Lopez wrote that it was cheap. Mr Carter "
        "wrote that he agreed. She added that 40 officers would be hired.",
        "added",
        "Lopez",
    ),
    (
        "Mrs. Vale wrote that the plan was sound. Tom Reyes wrote that it was not. He added "
        "that 40 officers would be hired.",
        "added",
        "Tom Reyes",
    ),
    # a role with no name and no person before it stands for itself
    (
        "The Water Board spent more last year. The prime minister defended the policy on "
        "Wednesday. “We are fixing it,” she said.",
        "said",
        "The prime minister",
    ),
    # a named person before the role tells the reader more than the role
    (
        "Ana Ruiz wrote that the dam was safe. The senator defended the bill. “It is fine,” he said.",
        "said",
        "Ana Ruiz",
    ),
    # a person's name in the text after the role wins over the role
    (
        "The minister defended the bill. Critics pointed to Tom Vale and his record. “It "
        "is fine,” he said.",
        "said",
        "Tom Vale",
    ),
]


@pytest.mark.parametrize(("text", "cue", "resolved"), RESOLVED)
def test_pronoun_resolution(text: str, cue: str, resolved: str) -> None:
    att = by_cue(_atts(text), cue)
    assert att.source is not None and att.source.text.lower() in ("he", "she")
    assert att.resolved == resolved
    assert att.source_kind == "named"


def test_a_full_name_does_not_take_the_gender_of_an_earlier_namesake() -> None:
    text = (
        "Mr. Vale wrote that the plan would work. Senator Jo Roe wrote that it would fail. "
        "Ana Vale wrote that it was popular. She added that it would pass."
    )
    assert by_cue(_atts(text), "added").resolved == "Ana Vale"


def test_a_name_found_in_the_text_keeps_its_honorific() -> None:
    att = by_cue(_atts("Ms Lopez met the press on Monday. “It fails,” he said."), "said")
    assert att.resolved is None  # "Ms Lopez" cannot be "he"
    att = by_cue(_atts("Ms Lopez met the press on Monday. “It fails,” she said."), "said")
    assert att.resolved == "Ms Lopez"


def test_a_plural_role_is_no_antecedent_for_she() -> None:
    att = by_cue(_atts("The ministers defended the bill. “It is fine,” she said."), "said")
    assert att.resolved != "The ministers"


def test_group_pronoun_takes_the_nearest_named_source_of_any_kind() -> None:
    resolver = Resolver("")
    resolver.add(0, "Ana Ruiz", True, WORDS)
    resolver.add(10, "The Water Board", False, WORDS)
    assert resolver.resolve("they", 20, WORDS) == ("The Water Board", "named")
    assert resolver.resolve("he", 20, WORDS) == ("Ana Ruiz", "named")
    assert resolver.resolve("they", 5, WORDS) == ("Ana Ruiz", "named")  # only sources before it


def test_pronoun_with_nothing_before_it() -> None:
    resolver = Resolver("“It is fine,” he said.")
    assert resolver.resolve("they", 15, WORDS) == (None, "anonymous")
    assert resolver.resolve("he", 15, WORDS) == (None, "named")
    assert resolver.resolve("we", 15, WORDS)[1] == "named"  # the writer speaks
