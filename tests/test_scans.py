"""Scans rewritten for speed find what their plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.detect import dates
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
