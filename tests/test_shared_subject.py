"""Sources shared across a clause: participles ("citing"), coordinated verbs and asides."""

from __future__ import annotations

import pytest

from provlint.model import Attribution
from tests.attribution_helpers import attributions as _atts
from tests.attribution_helpers import by_cue


def _source(atts: list[Attribution], cue: str) -> str | None:
    att = by_cue(atts, cue)
    return att.source.text if att.source else None


# (sentence, cue, expected source text)
SHOULD_FIND = [
    # the one who cites is the source of "citing", and an aside of it leaves the name bare
    (
        "Mark Reyes, citing data from the state agency, said the dam would hold.",
        "citing",
        "Mark Reyes",
    ),
    (
        "Mark Reyes, citing data from the state agency, said the dam would hold.",
        "said",
        "Mark Reyes",
    ),
    ("“The dam is weak,” he said, citing figures from the agency.", "citing", "he"),
    ("The agency closed the dam on Monday, citing the flood.", "citing", "The agency"),
    ("Citing figures from the agency, the mayor said the dam was weak.", "Citing", "the mayor"),
    ("Mark Reyes, looking for a way out, said the dam would hold.", "said", "Mark Reyes"),
    # a coordinated verb shares the opening subject, with its apposition
    (
        "Tom Reyes, a former state chairman, joined the board and said the dam was weak.",
        "said",
        "Tom Reyes, a former state chairman",
    ),
    ("Mr. Reyes, recalling the floods, described the dam as weak.", "recalling", "Mr. Reyes"),
    # a participle after a clause goes with that clause's subject, not an opening adverbial
    (
        "Hours later, Tom Reyes returned to the plant, telling workers it was safe.",
        "telling",
        "Tom Reyes",
    ),
    ("But Tom Reyes toured the plant and told workers it was safe.", "told", "Tom Reyes"),
    # a verb after "and" shares the subject of the verb it is coordinated with
    (
        "The crowd cheered when Tom Reyes spotted a sign and asked for it to be read.",
        "asked",
        "Tom Reyes",
    ),
    (
        "A few minutes later they closed the hall, locked the door and said it was safe.",
        "said",
        "they",
    ),
    (
        "But Tom Reyes, noting the size of the crowd, said the plan would pass.",
        "noting",
        "Tom Reyes",
    ),
    ("This year, he rose to the defense of the mayor, saying the dam was safe.", "saying", "he"),
    # ... and with the outer report, not one nested in its content
    (
        "Tom Reyes said he plans to visit the plant, insisting that it was safe.",
        "insisting",
        "Tom Reyes",
    ),
    # inside ", who ...", a place name after a comma is no source
    (
        "Anna Roe, who lost a son in Aurora, Colorado, in July 2012, said the law failed.",
        "said",
        "Anna Roe, who lost a son in Aurora, Colorado, in July 2012",
    ),
    # "according to" after a short opening adverbial opens the clause: its source stops at the comma
    (
        "In addition, according to the agency, nearly nine million workers will be covered.",
        "according to",
        "the agency",
    ),
    (
        "The dam rose 5 feet, according to Tom Reyes, a historian at Acme.",
        "according to",
        "Tom Reyes, a historian at Acme",
    ),
    # a role that opens with a participle is still an apposition
    (
        "Mark Reyes, acting director of the agency, said the dam would hold.",
        "said",
        "Mark Reyes, acting director of the agency",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), SHOULD_FIND)
def test_should_find(text: str, cue: str, source: str) -> None:
    assert _source(_atts(text), cue) == source


# (sentence, cue that must not be reported)
SHOULD_NOT_FIND = [
    ("A report citing the flood was published on Monday.", "citing"),
]


@pytest.mark.parametrize(("text", "cue"), SHOULD_NOT_FIND)
def test_should_not_find(text: str, cue: str) -> None:
    assert cue not in [a.cue.text for a in _atts(text)]


# (sentence, cue, a word its source must not hold)
WRONG_SOURCES = [
    # an event is no speaker for the participle after its clause
    ("Hours later, the fracas was over, vowing to go on.", "vowing", "fracas"),
    # a conjunction does not open the subject
    ("But Tom Reyes toured the plant and told workers it was safe.", "told", "But"),
    # a subject inside a "that" clause is what was said, not the one who says the next verb
    ("Tom Reyes noted that he had bought the plant, and boasted about its size.", "boasted", "he"),
]


@pytest.mark.parametrize(("text", "cue", "word"), WRONG_SOURCES)
def test_wrong_source_not_taken(text: str, cue: str, word: str) -> None:
    source = _source(_atts(text), cue)
    assert source is None or word not in source
