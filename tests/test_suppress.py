"""Inline suppressions in Markdown, HTML and plain text, and unused-suppression reports."""

from __future__ import annotations

import pytest

from provlint.engine import lint, load_rules
from tests.test_engine import codes_of, make_analysis


def rules(*codes: str):
    return [r for r in load_rules() if r.code in codes]


FIG = [("1,500 people", "casualty", "none"), ("$9", "money", "none")]


def test_markdown_disable_next_line():
    text = "Over 1,500 people died.\n\n<!-- provlint-disable-next-line PV101 -->\nHe paid $9 to 1,500 people.\n"
    a = make_analysis(text, "markdown", figures=[*FIG, (("1,500 people", 1), "casualty", "none")])
    found = lint(a, rules("PV001", "PV101", "PV102"))
    assert [(f.code, f.line) for f in found] == [("PV101", 1), ("PV102", 4)]


def test_markdown_disable_enable_region_and_all_codes():
    text = (
        "<!-- provlint-disable PV101 -->\nOver 1,500 people died.\n<!-- provlint-enable PV101 -->\n\n"
        "He paid $9.\n\n<!-- provlint-disable -->\nHe paid $9 again.\n"
    )
    a = make_analysis(text, "markdown", figures=[*FIG, (("$9", 1), "money", "none")])
    found = lint(a, rules("PV001", "PV101", "PV102"))
    assert [(f.code, f.line) for f in found] == [("PV102", 5)]


def test_html_comment_directives():
    text = (
        "<html><body><article>\n<!-- provlint-disable-next-line PV102 -->\n<p>He paid $9.</p>\n"
        "<p>Over 1,500 people died.</p>\n</article></body></html>\n"
    )
    a = make_analysis(text, "html", figures=FIG)
    assert [(f.code, f.line) for f in lint(a, rules("PV001", "PV101", "PV102"))] == [("PV101", 4)]


def test_plain_text_directive_lines_are_not_prose():
    text = "provlint: disable=PV101\nOver 1,500 people died.\nprovlint: enable\n\nHe paid $9.\n"
    a = make_analysis(text, figures=FIG)
    assert "provlint" not in a.document.prose
    assert [(f.code, f.line) for f in lint(a, rules("PV001", "PV101", "PV102"))] == [("PV102", 5)]


def test_plain_text_disable_next_line():
    text = "# provlint: disable-next-line=PV102\nHe paid $9.\nOver 1,500 people died.\n"
    a = make_analysis(text, figures=FIG)
    assert [(f.code, f.line) for f in lint(a, rules("PV001", "PV101", "PV102"))] == [("PV101", 3)]


def test_unused_suppression_is_reported_at_the_comment():
    text = (
        "Over 1,500 people died.\n\n<!-- provlint-disable-next-line PV102 -->\nThe sky was blue.\n"
    )
    a = make_analysis(text, "markdown", figures=[("1,500 people", "casualty", "none")])
    found = lint(a, rules("PV001", "PV101", "PV102"))
    assert [(f.code, f.line, f.col) for f in found] == [("PV101", 1, 6), ("PV001", 3, 1)]
    assert (
        found[1].message
        == "suppression “<!-- provlint-disable-next-line PV102 -->” suppressed nothing (PV102)"
    )
    assert found[1].severity == "info"


def test_partly_used_directive_reports_only_unused_codes():
    text = "provlint: disable=PV101,PV102\nOver 1,500 people died.\n"
    a = make_analysis(text, figures=[("1,500 people", "casualty", "none")])
    found = lint(a, rules("PV001", "PV101", "PV102"))
    assert codes_of(found) == ["PV001"] and found[0].message.endswith("(PV102)")


def test_unused_codes_of_inactive_rules_are_not_reported():
    text = "provlint: disable=PV102\nOver 1,500 people died.\n"
    a = make_analysis(text, figures=[("1,500 people", "casualty", "none")])
    assert codes_of(lint(a, rules("PV001", "PV101"))) == ["PV101"]


def test_no_unused_report_when_pv001_is_not_active():
    text = "provlint: disable\nThe sky was blue.\n"
    a = make_analysis(text)
    assert lint(a, rules("PV101")) == []
    assert codes_of(lint(a, rules("PV001", "PV101"))) == ["PV001"]


# Codes are case-insensitive and may be rule names; a token that names no rule suppresses
# nothing and is reported, so a typo never widens a suppression to every rule.
CODE_CASES = [
    # (directive, PV101 suppressed?, PV001 message tail or None)
    ("<!-- provlint-disable-next-line PV101 -->", True, None),
    ("<!-- provlint-disable-next-line pv101 -->", True, None),
    ("<!-- provlint-disable-next-line unsourced-casualty-figure -->", True, None),
    ("<!-- provlint-disable-next-line Unsourced-Casualty-Figure, PV102 -->", True, "(PV102)"),
    ("<!-- provlint-disable-next-line PV1 -->", True, None),
    ("<!-- provlint-disable-next-line PV101 -- toll sourced in the caption -->", True, None),
    ("<!-- provlint-disable-next-line -->", True, None),
    ("<!-- provlint-disable-next-line pv102 -->", False, "(PV102)"),
    ("<!-- provlint-disable-next-line unsourced-money-figure -->", False, "(PV102)"),
    ("<!-- provlint-disable-next-line PV1O2 -->", False, "(unknown rule PV1O2)"),
    ("<!-- provlint-disable-next-line PV999 -->", False, "(unknown rule PV999)"),
    ("<!-- provlint-disable-next-line PV101x -->", False, "(unknown rule PV101x)"),
    ("<!-- provlint-disable-next-line no-such-rule -->", False, "(unknown rule no-such-rule)"),
    ("<!-- provlint-disable-next-line PV101, PV9 -->", True, "(unknown rule PV9)"),
    ("<!-- provlint-disable pv102 -->", False, "(PV102)"),
    ("<!-- provlint-disable typo -->", False, "(unknown rule typo)"),
    # A typo beside "all" is reported whatever the order, and never widens to every rule.
    ("<!-- provlint-disable-next-line all PV1O2 -->", False, "(unknown rule PV1O2)"),
    ("<!-- provlint-disable-next-line PV1O2 all -->", False, "(unknown rule PV1O2)"),
    ("<!-- provlint-disable-next-line all, PV101 -->", True, None),
    ("<!-- provlint-disable-next-line all -->", True, None),
]


@pytest.mark.parametrize(
    ("directive", "suppressed", "report"), CODE_CASES, ids=[c[0] for c in CODE_CASES]
)
def test_suppression_codes_names_and_typos_markdown(directive, suppressed, report):
    text = f"{directive}\nOver 1,500 people died.\n\nOver 2,000 people died.\n"
    figs = [("1,500 people", "casualty", "none"), ("2,000 people", "casualty", "none")]
    a = make_analysis(text, "markdown", figures=figs)
    found = lint(a, rules("PV001", "PV101", "PV102"))
    pv101 = [f.line for f in found if f.code == "PV101"]
    assert pv101 == ([4] if suppressed else [2, 4])  # the later paragraph is never silenced
    pv001 = [f.message for f in found if f.code == "PV001"]
    if report is None:
        assert pv001 == []
    else:
        assert len(pv001) == 1 and pv001[0].endswith(report)


@pytest.mark.parametrize(
    ("directive", "suppressed"),
    [
        ("provlint: disable=pv101", True),
        ("# provlint: disable-next-line=unsourced-casualty-figure", True),
        ("provlint: disable=pv102", False),
        ("provlint: disable=PV1O1", False),
        ("// provlint: disable=PV101 -- sourced in the caption", True),
    ],
)
def test_suppression_codes_plain_text(directive, suppressed):
    text = f"{directive}\nOver 1,500 people died.\n"
    a = make_analysis(text, figures=[("1,500 people", "casualty", "none")])
    found = lint(a, rules("PV101", "PV102"))
    assert codes_of(found) == ([] if suppressed else ["PV101"])


def test_unknown_code_is_reported_even_when_an_inactive_rule_would_not_be():
    # PV102 exists but is not active: not reported; PV999 names no rule: reported.
    text = "provlint: disable=PV102, PV999\nOver 1,500 people died.\n"
    a = make_analysis(text, figures=[("1,500 people", "casualty", "none")])
    found = lint(a, rules("PV001", "PV101"))
    assert codes_of(found) == ["PV001", "PV101"]
    assert found[0].message.endswith("(unknown rule PV999)")


def test_known_rules_decide_what_is_unknown():
    text = "provlint: disable=PV101\nThe sky was blue.\n"
    a = make_analysis(text)
    pv001 = rules("PV001")
    assert lint(a, pv001, None, load_rules()) == []  # PV101 inactive but known
    found = lint(a, pv001, None, pv001)  # a pack without PV101
    assert [f.message[-20:] for f in found] == ["(unknown rule PV101)"]


def test_indented_plain_text_directive_is_reported_at_its_text():
    text = "By J\n\n  # provlint: disable=PV102\nOver 1,500 people died.\n"
    a = make_analysis(text, figures=[("1,500 people", "casualty", "none")])
    found = [f for f in lint(a, rules("PV001", "PV101", "PV102")) if f.code == "PV001"]
    assert [(f.line, f.col, f.end_col) for f in found] == [(3, 3, 28)]
    assert text[found[0].start : found[0].end] == "# provlint: disable=PV102"
