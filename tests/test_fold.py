"""Lowercase twins of case-insensitive lexicon patterns find exactly what the patterns find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.detect import claims, dates, figures
from provlint.detect.fold import foldable, lowered
from provlint.lexicons import default_lexicons

LEX = default_lexicons()
PATTERNS = {
    "time words": dates._patterns(LEX).words,
    "amounts": figures._tables(LEX).amount,
    "opinion": claims._markers(LEX)[0],
    "event verbs": claims._markers(LEX)[1],
}
LOOSE = {"proportions": figures._tables(LEX).proportion}  # its twin drops case-sensitive context
PIECES = [
    "in recent years",
    "Last Week",
    "two YEARS ago",
    "US$",
    "AUD",
    "3.5bn",
    "$2M",
    "Hundreds of",
    "a few thousand",
    "Between 5 and 10",
    "should NOT",
    "It Is Clear",
    "Killed",
    "İn",
    "ıt",
    "ſeveral",
    "\u212ailled",  # Kelvin sign
    "Straße",
    "café",
    "’",
    "-",
    "1,500",
    "\n\n",
    "First half of",
    "the first half of",
    "One in five",
    "2 OUT OF 3",
    "two-thirds OF",
    "Half Of",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_twins_find_what_the_patterns_find(text):
    low = lowered(text)
    for name, pattern in PATTERNS.items():
        expected = [m.span() for m in pattern.exact.finditer(text)]
        assert list(pattern.spans(text, low)) == expected, name
        for start in range(0, len(text), 7):
            for end in (start + 5, start + 17, len(text)):
                hit = pattern.exact.search(text, start, end) is not None
                assert pattern.search(text, low, start, end) == hit, (name, start, end)
    for name, pattern in {**PATTERNS, **LOOSE}.items():
        found = [(m.span(), m.groupdict()) for m in pattern.matches(text, low)]
        assert found == [(m.span(), m.groupdict()) for m in pattern.exact.finditer(text)], name


def test_shipped_lexicons_fold():
    assert all(p.folds for p in [*PATTERNS.values(), *LOOSE.values()])


def test_text_with_a_case_trap_is_not_lowered():
    assert lowered("Kılıçdaroğlu said") is None
    assert lowered("In Recent Years") == " in recent years"  # a space first: see the module


def test_entries_that_lowercase_inexactly_do_not_fold():
    assert foldable(["at least", "US$"], ["bn", "BN"])
    assert not foldable(["σήμερα"])  # Greek letters have case pairs lower() does not join
    assert not foldable(["Ab", "abc"])  # one trie branch in lowercase, two as written
