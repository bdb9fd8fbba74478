"""An unlisted noun heads a source only when the word after it can be its verb
(provlint.detect.sources._unlisted_head), on invented sentences."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cue_sources


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a singular unlisted head before a past form, an "-s" form or a modal: a subject
        ("The airline said the dam leaks.", "said", "The airline"),
        ("The airline wrote that the dam leaks.", "wrote", "The airline"),
        ("The airline warns that the dam leaks.", "warns", "The airline"),
        ("Her friend thought the dam would leak.", "thought", "Her friend"),
        ("The regulator would argue that the dam leaks.", "would argue", "The regulator"),
        ("A local pediatrician reported high lead levels.", "reported", "A local pediatrician"),
    ],
)
def test_unlisted_singular_head_before_its_verb(text: str, cue: str, source: str) -> None:
    assert (cue, source) in cue_sources(text)


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        # a determiner and an adjective before a noun read as a bare verb: no subject there
        ("He delivered a snappy retort to the mayor.", "a snappy"),
        ("There is an old quip in economics that rents rise.", "an old"),
        ("The council has the final say on the dam.", "the final"),
    ],
)
def test_no_singular_subject_before_a_bare_verb_form(text: str, not_source: str) -> None:
    assert all(source != not_source for _, source in cue_sources(text))
