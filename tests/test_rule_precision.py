"""Findings of the figure, attribution and reference rules over the real readers and detectors,
on invented articles: what each rule must report (should-find) and what it must not (should-not-
find), with the message it gives. Table-driven: (text, format, rule code, expected messages)."""

from __future__ import annotations

import pytest

from provlint.analysis import analyze
from provlint.engine import lint, load_rules
from provlint.readers import parse

RULES = {r.code: r for r in load_rules()}
EXT = {"text": "txt", "markdown": "md", "html": "html"}
DATED = "Harbor notes\n\nBy Lena Oduya\n\nPublished 3 September 2026\n\n"


def _messages(text: str, fmt: str, code: str) -> list[str]:
    a = analyze(parse(text, f"article.{EXT[fmt]}", fmt))
    return [f.message for f in lint(a, [RULES[code]])]


CASES = [
    # a figure describing the speaker is background, not a claim to source
    (
        DATED + "“We walked for nine days,” said Fatima Haddad, 34, who fled the valley with"
        " her four children in 2023.",
        "text",
        "PV103",
        [],
    ),
    (
        DATED + "Omar Saleh, who has run the camp since 2019, said it holds 12,000 people. The"
        " camp feeds 4,000 children.",
        "text",
        "PV103",
        ["unsourced count figure “4,000 children”"],
    ),
    # -- a figure carried from an anonymous report: PV104 reports it, PV109 does not again
    (
        DATED + "Officials said the council paid $3 million to Brask Ltd. The council also paid"
        " $2 million to Brask Ltd.",
        "text",
        "PV104",
        [
            "figure “$3 million” is sourced only anonymously: “Officials”",
            "figure “$2 million” is sourced only anonymously: “Officials”",
        ],
    ),
    (
        DATED + "Officials said the council paid $3 million to Brask Ltd. The council also paid"
        " $2 million to Brask Ltd.",
        "text",
        "PV109",
        [],
    ),
    # -- a relay: the message names the relayed party, not the outlet
    (
        "The Ledger, citing unnamed diplomats, said 40 people died in the blast.",
        "text",
        "PV104",
        ["figure “40 people” is sourced only anonymously: “unnamed diplomats”"],
    ),
    # -- a reporting clause after its content, with a listener or a phrase of means
    (
        "At least 14 villagers died in the blast, a local health official told reporters by"
        " telephone.",
        "text",
        "PV101",
        [],
    ),
    (
        "At least 14 villagers died in the blast, a local health official told reporters by"
        " telephone.",
        "text",
        "PV104",
        ["figure “At least 14 villagers” is sourced only anonymously: “a local health official”"],
    ),
    (
        "The package includes $620m in loans, Ms Okafor told a press conference in Port Elm.",
        "text",
        "PV102",
        [],
    ),
    ("Two bridges gave way and 9 people died, Mr Varga told the Elm Courier.", "text", "PV101", []),
    # what was told is no listener: the figure before the comma is the writer's
    (
        "On Friday, the third day of a four-day tour, Senator Roe told 40 jokes.",
        "text",
        "PV104",
        [],
    ),
    # -- an estimate by a named or an unnamed body; messages never quote an empty source
    ("The finance ministry put the shortfall at $40 million.", "text", "PV102", []),
    (
        "Organisers put attendance at 20,000.",
        "text",
        "PV104",
        ["figure “20,000” is sourced only anonymously: “Organisers put attendance at”"],
    ),
    (
        "The storm put the damage at $40 million.",
        "text",
        "PV102",
        ["unsourced money figure “$40 million”"],
    ),
    # -- a poll's findings: the pollster backs each share, and a share is no anonymous source
    (
        "A poll of 800 likely voters conducted by Marsh & Tobin found 58% opposed the levy, while"
        " 34% supported it.",
        "text",
        "PV104",
        [],
    ),
    (
        "A poll of 800 likely voters conducted by Marsh & Tobin found 58% opposed the levy, while"
        " 34% supported it.",
        "text",
        "PV105",
        [],
    ),
    (
        "Exit polling by Larkfield Analytics found that 71% of voters backed her.",
        "text",
        "PV105",
        [],
    ),
    # -- a linked document names the source; its forecast is no claim of no one
    (
        "<p>The final bill is expected to exceed $194 million, according to"
        ' <a href="https://port.example.org/board/minutes.pdf">minutes of a board meeting held on'
        " May 28</a>.</p>",
        "html",
        "PV104",
        [],
    ),
    (
        "<p>The final bill is expected to exceed $194 million, according to"
        ' <a href="https://port.example.org/board/minutes.pdf">minutes of a board meeting held on'
        " May 28</a>.</p>",
        "html",
        "PV105",
        [],
    ),
    (
        "The final bill is expected to exceed $194 million, according to minutes of a board"
        " meeting.",
        "text",
        "PV104",
        ["figure “$194 million” is sourced only anonymously: “minutes of a board meeting”"],
    ),
    (
        "The ferry is expected to run late all week.",
        "text",
        "PV105",
        ["factual claim attributed to no one: “is expected”"],
    ),
    # -- a refusal to speak asserts nothing; one source span is one finding
    (
        "A spokeswoman for the council declined to comment on whether more staff would leave.",
        "text",
        "PV105",
        [],
    ),
    ("Two aides refused to discuss the reasons.", "text", "PV105", []),
    (
        "A spokeswoman for the council said more staff would leave the harbour office.",
        "text",
        "PV105",
        ["factual claim attributed to an anonymous source: “A spokeswoman for the council”"],
    ),
    (
        "One resident confirmed the closure of the ferry office but declined to discuss the"
        " reasons.",
        "text",
        "PV105",
        ["factual claim attributed to an anonymous source: “One resident”"],
    ),
    # -- a study with a maker, and a date the article's own date resolves
    (
        DATE_TEXT := DATED + "The lake dried out every 40,000 years, according to a study published"
        " today in the journal Basin Letters.",
        "text",
        "PV108",
        [],
    ),
    (
        DATED + "The lake dried out every 40,000 years, a study published recently found.",
        "text",
        "PV108",
        ["“a study” cited with no name or date"],
    ),
    (
        "Exit polling by Larkfield Research found that 71% of voters backed her.",
        "text",
        "PV108",
        [],
    ),
    (
        "New Polls Show Double-Digit Gaps\n\nThe race in Elm County is close.",
        "text",
        "PV108",
        ["“Polls Show” cited with no date"],
    ),
    (
        "Research found that most ferries run late.",
        "text",
        "PV108",
        ["“Research found” cited with no name or date"],
    ),
]


@pytest.mark.parametrize(("text", "fmt", "code", "expected"), CASES)
def test_rule_messages(text: str, fmt: str, code: str, expected: list[str]) -> None:
    assert _messages(text, fmt, code) == expected


def test_dated_case_is_dated() -> None:
    """The dated article's own date resolves "today" (guards the table's premise)."""
    a = analyze(parse(DATE_TEXT, "article.txt", "text"))
    assert a.document.metadata.date == "2026-09-03"
