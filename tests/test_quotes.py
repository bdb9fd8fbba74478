"""Direct quotations: marks, apostrophes, nesting, continuation across paragraphs, partials."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provlint.detect.quotes import detect_quotes
from provlint.lexicons import default_lexicons
from provlint.readers import parse
from provlint.segment import segment


def quotes(text: str):
    doc = parse(text, "t.txt", "text")
    segment(doc)
    return detect_quotes(doc, default_lexicons())


@pytest.mark.parametrize(
    ("text", "spans", "partials"),
    [
        (
            'The coach said, "We played well. We will win."',
            ['"We played well. We will win."'],
            [False],
        ),
        ("The coach said: “We played well.” Fans cheered.", ["“We played well.”"], [False]),
        ("“We played well,” the coach said.", ["“We played well,”"], [False]),
        ("The coach praised the “tireless spirit” of the team.", ["“tireless spirit”"], [True]),
        ("He called the plan ‘a fantasy’ on air.", ["‘a fantasy’"], [True]),
        (
            "It said, “the board ‘never met’ in May,” he wrote.",
            ["“the board ‘never met’ in May,”"],
            [True],
        ),
        ("They don’t trust the club’s owners’ promises.", [], []),
        ("Players' wages and the fans' anger grew.", [], []),
        # the doubled apostrophe of some archives is a double mark
        ("''We played well,'' the coach said.", ["''We played well,''"], [False]),
        ("The coach praised the ''tireless spirit'' of the team.", ["''tireless spirit''"], [True]),
        ("The clerk misspelled O''Brien on the form.", [], []),
        # three apostrophes: a nested single quote closing with the double mark, or opening
        (
            "''The judge told me, 'Go home.''' the clerk said. Then she left.",
            ["''The judge told me, 'Go home.'''"],
            [False],
        ),
        ("''The board said 'never,''' he wrote.", ["''The board said 'never,'''"], [False]),
        (
            "He said, '''Sir' is what they call me,'' and laughed.",
            ["'''Sir' is what they call me,''"],
            [False],
        ),
        # a space before the closing marks
        (
            "''We will win, '' the coach said. ''The rest is noise.''",
            ["''We will win, ''", "''The rest is noise.''"],
            [False, False],
        ),
        ("The coach's rivals' fans left.", [], []),
    ],
)
def test_quote_spans(text: str, spans: list[str], partials: list[bool]) -> None:
    found = quotes(text)
    assert [q.text for q in found] == spans
    assert [q.partial for q in found] == partials
    assert all(q.speaker is None for q in found)


def test_glued_right_mark_opens_a_quote() -> None:
    text = "One said “the shifts were long.”Another said,”Our boss never paid.”"
    found = quotes(text)
    assert [q.text for q in found] == ["“the shifts were long.”", "”Our boss never paid.”"]


def test_quote_continues_across_paragraphs() -> None:
    text = "The mayor said: “We will rebuild the bridge.\n\n“It will take two years,” she added."
    found = quotes(text)
    assert len(found) == 1
    assert found[0].parts == 2
    assert found[0].text.startswith("“We will") and found[0].text.endswith("years,”")


def test_doubled_apostrophe_continues_across_paragraphs() -> None:
    text = "The mayor said: ''We will rebuild the bridge.\n\n''It will take two years,'' she added."
    found = quotes(text)
    assert len(found) == 1 and found[0].parts == 2
    assert found[0].text.startswith("''We will") and found[0].text.endswith("years,''")


def test_unclosed_quote_stops_at_paragraph_end() -> None:
    text = "The mayor said: “We will rebuild the bridge.\n\nCritics were unconvinced."
    found = quotes(text)
    assert [q.text for q in found] == ["“We will rebuild the bridge."]
    assert found[0].parts == 1


def test_sentence_is_the_first_touched() -> None:
    found = quotes("Rain fell. Then he said, “Go home. Now.” Nobody moved.")
    assert found[0].sentence == 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "“",
                "”",
                '"',
                "‘",
                "’",
                "'",
                "don’t",
                "said,",
                "word",
                ".",
                "\n\n",
                "He",
                "members’",
                "the",
                ":",
            ]
        ),
        min_size=1,
        max_size=40,
    )
)
def test_quotes_are_inside_the_document_and_start_with_a_mark(words: list[str]) -> None:
    text = " ".join(words)
    doc = parse(text, "t.txt", "text")
    segment(doc)
    for q in detect_quotes(doc, default_lexicons()):
        assert 0 <= q.start < q.end <= len(doc.prose)
        assert doc.prose[q.start : q.end] == q.text
        assert q.text[0] in "“”\"‘'"
        assert 0 <= q.sentence < len(doc.sentences)
