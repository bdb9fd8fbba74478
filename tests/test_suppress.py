"""Inline suppressions in Markdown, HTML and plain text, and unused-suppression reports."""

from __future__ import annotations

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
