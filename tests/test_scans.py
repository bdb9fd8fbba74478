"""Scans rewritten for speed find what their plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.detect import dates, figures, quotes
from provlint.lexicons import default_lexicons

DIGITS = dates._patterns(default_lexicons()).digits
HEAD, TAIL = r"\d(?<=(?=(?P<all>", r"))[\s\S])"
PLAIN = re.compile(rf"(?=\d)(?:{DIGITS.pattern[len(HEAD) : -len(TAIL)]})")
GROUPS = ("iso", "slash", "dm", "dmy", "decade", "year")
PIECES = ["1", "2", "0", "19", "20", "2020", "1990s", "-", "/", "12/03/2020", "23", "rd", " "]
PIECES += ["of ", "August", "May", ",", "2020-01-02", "x", "٣", ".", "–", "\n", "mid-"]


def _chain(text: str) -> list[tuple]:
    """The digit scan as _digit_forms walks it: matches inside an earlier one dropped."""
    out, last = [], 0
    for m in DIGITS.finditer(text):
        if m.start() >= last:
            last = m.end("all")
            out.append((m.start(), last, [m.span(g) for g in GROUPS]))
    return out


def test_the_digit_scan_wraps_the_plain_pattern():
    assert DIGITS.pattern.startswith(HEAD) and DIGITS.pattern.endswith(TAIL)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_digit_scan_finds_the_plain_matches(text):
    expected = [(m.start(), m.end(), [m.span(g) for g in GROUPS]) for m in PLAIN.finditer(text)]
    assert _chain(text) == expected


def _without_lead(pattern: str) -> str:
    """``pattern`` without its leading ``(?=...)`` lookahead (the first-words filter)."""
    assert pattern.startswith("(?=")
    depth, i = 0, 0
    while True:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        depth += c == "("
        depth -= c == ")"
        i += 1
        if depth == 0:
            return pattern[i:]


FIGURES = figures._tables(default_lexicons())
TIME_WORDS = dates._patterns(default_lexicons()).words
FIGURE_PIECES = ["a", "an", "A", "few", "Several", "million", "Hundreds", "of", "thousands", "tens"]
FIGURE_PIECES += ["one", "Two", "in", "five", "out", "two-thirds", "half", "between", "and", "to"]
FIGURE_PIECES += ["US$", "us $", "$", "£", "AUD", "5", "1,500", "3.5bn", "12", "-", " ", ",", "."]
FIGURE_PIECES += ["the", "anyone", "twenty", "Between", "first", "sixteen", "\n", "٣", "ſix"]
FIGURE_PIECES += ["In", "recent", "Years", "last", "week", "ago", "this", "morning", "past", "at"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(FIGURE_PIECES), max_size=12).map(" ".join))
def test_first_words_filters_lose_no_match(text):
    """The filter only turns away places where the pattern fails (and digits other than 0-9,
    which never start a figure)."""
    for pattern in (FIGURES.amount.exact, FIGURES.proportion.exact, TIME_WORDS.exact):
        plain = re.compile(r"(?![^\D0-9])" + _without_lead(pattern.pattern))
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


SKIP_PLAIN = re.compile(
    r"[\d+(](?:"
    r"(?<=\+)(?<!\d.)\d{1,3}[\s.-]?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)"
    r"|(?<=\()(?<!\d.)\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)"
    r"|(?<=\d)(?<!\d.)\d{2}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)"
    r"|(?<=\d)(?<![\w.].)\d?(?::\d\d)?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o[’']clock)"
    r"|(?<=\d)(?<![\w.].)\d?:\d\d(?::\d\d)?(?!\d))"
)
SKIP_PIECES = ["1", "555", "123", "4567", "10", "30", "+", "(", ")", "-", ".", ":", " ", "a.m."]
SKIP_PIECES += ["pm", "AM", "o’clock", "x", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SKIP_PIECES), max_size=12).map("".join))
def test_clock_and_phone_scan_finds_the_plain_matches(text):
    assert [m.span() for m in figures._SKIP.finditer(text)] == [
        m.span() for m in SKIP_PLAIN.finditer(text)
    ]


PREV_WORD_PLAIN = re.compile(r"([\w.’'\-]+)\s*$")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Section", "No.", "U.S.", "-", "’", " ", "\n", "a", "5"]), max_size=10
    ).map("".join)
)
def test_previous_word_scan_finds_the_plain_match(text):
    new, old = FIGURES.prev_word.search(text), PREV_WORD_PLAIN.search(text)
    assert (new and (new.span(), new.group(1))) == (old and (old.span(), old.group(1)))


DOUBLE_PLAIN = re.compile(
    r"[“”\"]|(?<![\w'])''(?!')|(?<!')''(?![\w'])|(?<=[^\s']')''(?![\w'])|(?<![\w'])''(?='\w)"
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["'", "''", "'''", '"', "“", "”", "a", "O", " ", ".", "\n"]), max_size=12
    ).map("".join)
)
def test_double_mark_scan_finds_the_plain_matches(text):
    for pos in range(len(text) + 1):  # detect_quotes scans each block from its start
        assert [m.span() for m in quotes._DOUBLE.finditer(text, pos)] == [
            m.span() for m in DOUBLE_PLAIN.finditer(text, pos)
        ]
