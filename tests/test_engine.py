"""Rule engine: loading and validating rule files, selection, every check kind, coordinates.

Analyses are built by hand (``make_analysis``) so these tests do not depend on detectors.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from provlint.analysis import Analysis
from provlint.engine import (
    at_or_above,
    evaluate,
    lint,
    load_rule,
    load_rules,
    select_rules,
    severity_for,
)
from provlint.errors import RuleError
from provlint.model import Attribution, Claim, Figure, Quote, TextSpan, TimeRef
from provlint.readers import parse
from provlint.segment import segment

# -- helpers shared by the other engine test files -------------------------------------------


def make_doc(text: str, fmt: str = "text", name: str | None = None):
    doc = parse(text, name or {"text": "a.txt", "markdown": "a.md", "html": "a.html"}[fmt], fmt)
    segment(doc)
    return doc


def find(doc, needle: str, nth: int = 0) -> tuple[int, int, int]:
    """Prose (start, end, sentence) of the nth occurrence of ``needle``."""
    start = -1
    for _ in range(nth + 1):
        start = doc.prose.index(needle, start + 1)
    end = start + len(needle)
    sentence = next(s.index for s in doc.sentences if s.start <= start < s.end)
    return start, end, sentence


def span(doc, needle: str) -> TextSpan:
    s, e, _ = find(doc, needle)
    return TextSpan(s, e, needle)


def make_analysis(
    text: str,
    fmt: str = "text",
    *,
    figures=(),
    attributions=(),
    dates=(),
    quotes=(),
    claims=None,
    name: str | None = None,
) -> Analysis:
    """An analysis of ``text`` with detections given by substring.

    figures: (needle or (needle, nth), kind, sourcing[, attribution index]); attributions: (source needle or
    None, cue needle, source_kind[, cue_type]); dates: (needle, precision); quotes: (needle,
    speaker index or None); claims: {sentence index: dict of Claim fields} (default: every
    sentence factual, check-worthy, unattributed).
    """
    doc = make_doc(text, fmt, name)
    a = Analysis(document=doc)
    for item in attributions:
        src, cue, kind, *rest = item
        _, _, sent = find(doc, cue)
        a.attributions.append(
            Attribution(
                cue=span(doc, cue),
                source=span(doc, src) if src else None,
                content=None,
                source_kind=kind,
                sentence=sent,
                cue_type=rest[0] if rest else "verb",
            )
        )
    for item in figures:
        needle, kind, sourcing, *rest = item
        needle, nth = needle if isinstance(needle, tuple) else (needle, 0)
        s, e, sent = find(doc, needle, nth)
        a.figures.append(
            Figure(
                s, e, needle, kind, sent, sourcing=sourcing, attribution=rest[0] if rest else None
            )
        )
    for needle, precision in dates:
        s, e, sent = find(doc, needle)
        a.dates.append(TimeRef(s, e, needle, precision, sent))
    for needle, speaker in quotes:
        s, e, sent = find(doc, needle)
        a.quotes.append(Quote(s, e, needle, sent, speaker=speaker))
    overrides = claims or {}
    for sent in doc.sentences:
        fields = {"kind": "factual", "checkworthy": True, **overrides.get(sent.index, {})}
        a.claims.append(Claim(sentence=sent.index, **fields))
    return a


def rules_by_code(*codes: str):
    return [r for r in load_rules() if r.code in codes]


def codes_of(findings) -> list[str]:
    return [f.code for f in findings]


# -- rule files ----------------------------------------------------------------------------------


def test_default_pack_loads_with_required_rules():
    rules = {r.code: r for r in load_rules()}
    assert {
        "PV001",
        "PV101",
        "PV102",
        "PV103",
        "PV104",
        "PV105",
        "PV106",
        "PV107",
        "PV108",
        "PV109",
        "PV110",
    } <= set(rules)
    assert rules["PV101"].severity == "error" and rules["PV102"].severity == "error"
    assert rules["PV103"].severity == "warning" and rules["PV110"].severity == "info"
    for r in rules.values():
        assert r.what and r.why and r.example and r.summary


VALID = """\
code: XX901
name: custom-rule
severity: warning
message: "custom “{text}”"
check:
  kind: figure
  figure-kinds: [count]
  sourcing: [none]
what: w
why: y
example: e
examples:
  flag: ["a"]
  pass: ["b"]
"""


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "XX901.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_valid_user_rule_loads(tmp_path):
    rule = load_rule(_write(tmp_path, VALID))
    assert rule.code == "XX901" and rule.kind == "figure"
    assert any(r.code == "XX901" for r in load_rules((tmp_path,)))


@pytest.mark.parametrize(
    "bad, line, words",
    [
        (VALID.replace("what: w", "what: w\ncolour: red"), 10, "unknown key"),
        (VALID.replace("severity: warning", "severity: 3"), 3, "severity"),
        (VALID.replace("  sourcing: [none]", "  sourcing: [none]\n  bogus: 1"), 9, "unknown key"),
        (VALID.replace("figure-kinds: [count]", "figure-kinds: count"), 7, "figure-kinds"),
        (VALID.replace('message: "custom “{text}”"', 'message: "custom {nope}"'), 4, "{nope}"),
    ],
)
def test_schema_errors_name_file_and_line(tmp_path, bad, line, words):
    p = _write(tmp_path, bad)
    with pytest.raises(RuleError) as exc:
        load_rule(p)
    assert exc.value.source == f"{p}:{line}"
    assert words in exc.value.problem


def test_bad_regex_names_file_and_line(tmp_path):
    text = VALID.replace(
        """  kind: figure
  figure-kinds: [count]
  sourcing: [none]""",
        """  kind: reference
  pattern: "a (report"
""",
    ).replace("custom “{text}”", "x {text}")
    p = _write(tmp_path, text)
    with pytest.raises(RuleError) as exc:
        load_rule(p)
    assert exc.value.source == f"{p}:7"
    assert "bad regex" in exc.value.problem


def test_duplicate_code_is_an_error(tmp_path):
    _write(tmp_path, VALID.replace("XX901", "PV101"))
    with pytest.raises(RuleError, match="duplicate rule code PV101"):
        load_rules((tmp_path,))


def test_missing_rule_path_is_an_error(tmp_path):
    with pytest.raises(RuleError, match="does not exist"):
        load_rules((tmp_path / "nope",))


# -- selection and severities ---------------------------------------------------------------------


def test_select_and_ignore_by_code_and_prefix():
    rules = load_rules()
    assert {r.code for r in select_rules(rules, ["PV10"], [])} == {f"PV10{i}" for i in range(1, 10)}
    assert "PV101" not in {r.code for r in select_rules(rules, [], ["PV101"])}
    kept = {r.code for r in select_rules(rules, ["PV1"], ["PV10"])}
    assert kept == {"PV110"}
    # the more specific pattern wins
    assert {r.code for r in select_rules(rules, ["PV101"], ["PV1"])} == {"PV101"}
    assert select_rules(rules, ["PV101"], ["PV101"]) == []


def test_severity_override_and_fail_levels():
    (rule,) = rules_by_code("PV107")
    assert severity_for(rule, {}) == "info"
    assert severity_for(rule, {"PV1": "warning", "PV107": "error"}) == "error"
    assert at_or_above("error", "warning") and at_or_above("warning", "warning")
    assert not at_or_above("info", "warning") and not at_or_above("error", "never")


# -- check kinds ------------------------------------------------------------------------------------


def test_figure_kind_maps_sourcing():
    a = make_analysis(
        "Over 1,500 people died. Some 17,000 Iranians fled, officials said. He paid $180,000.",
        figures=[
            ("1,500 people", "casualty", "none"),
            ("17,000 Iranians", "count", "anonymous"),
            ("$180,000", "money", "none"),
        ],
    )
    found = evaluate(a, rules_by_code("PV101", "PV102", "PV103", "PV104"))
    assert [(f.code, f.extra["text"]) for f in found] == [
        ("PV101", "1,500 people"),
        ("PV104", "17,000 Iranians"),
        ("PV102", "$180,000"),
    ]
    assert found[0].message == "unsourced casualty figure “1,500 people”"
    assert found[0].severity == "error"


def test_figure_kind_skips_headings_unless_asked():
    text = "# Dozens killed in the market\n\nAt least 37 people died.\n\n## 12 people died later\n"
    figures = [
        ("Dozens", "casualty", "none"),
        ("At least 37 people", "casualty", "none"),
        ("12 people", "casualty", "none"),
    ]
    a = make_analysis(text, "markdown", figures=figures)
    (rule,) = rules_by_code("PV101")
    # the headline is skipped; a heading inside the body is not
    assert [f.extra["text"] for f in evaluate(a, [rule])] == ["At least 37 people", "12 people"]
    everywhere = replace(rule, check={**rule.check, "in-headings": True})
    assert len(evaluate(a, [everywhere])) == 3


@pytest.mark.parametrize("sourcing", ["named", "cited", "carried"])
def test_sourced_figures_are_not_unsourced(sourcing):
    a = make_analysis("Over 1,500 people died.", figures=[("1,500 people", "casualty", sourcing)])
    assert evaluate(a, load_rules()) == [] or "PV101" not in codes_of(evaluate(a, load_rules()))


def test_attribution_kind_factual_only_and_skips_figure_sources():
    text = "It is believed the minister knew. Critics say it is a scandal. Sources said 200 died."
    a = make_analysis(
        text,
        attributions=[
            (None, "It is believed", "none", "agentless"),
            ("Critics", "say", "anonymous"),
            ("Sources", "said", "anonymous"),
        ],
        figures=[("200", "casualty", "anonymous", 2)],
        claims={1: {"kind": "opinion"}},
    )
    found = evaluate(a, rules_by_code("PV105"))
    assert [f.extra["text"] for f in found] == ["It is believed"]
    assert found[0].message == "factual claim attributed to no one: “It is believed”"


def test_attribution_kind_skips_restrictive_relative_clauses_and_topics():
    text = (
        "The party attacked every person who criticised it. "
        "Critics, who say the plan failed, marched. "
        "Rivals smeared reporters, who report on its conduct. "
        "Sources told Reuters on Friday that the plant closed."
    )
    a = make_analysis(text, attributions=[("Sources", "told", "anonymous")])
    doc = a.document
    for nth, cue in enumerate(("criticised", "say", "report")):
        s, e, sent = find(doc, "who", nth)
        a.attributions.append(
            Attribution(span(doc, cue), TextSpan(s, e, "who"), None, "anonymous", sent)
        )
    a.attributions[0].content = span(doc, "on Friday that the plant closed")
    a.attributions[3].content = span(doc, "on its conduct")
    pv105 = rules_by_code("PV105")
    found = evaluate(a, pv105)
    assert [(f.extra["text"], f.col) for f in found] == [("who", 61), ("Sources", 148)]
    assert found[0].message == "factual claim attributed to an anonymous source: “who”"
    # without the two parameters the rule would report the relative clause and the topic too
    (rule,) = pv105
    bare = {
        k: v
        for k, v in rule.check.items()
        if k not in ("skip-restrictive-relatives", "exclude-content")
    }
    assert len(evaluate(a, [replace(rule, check=bare)])) == 4


def test_time_reference_kind():
    a = make_analysis(
        "The ministry recently changed the rules. I recently felt sad. It rained on 3 May.",
        dates=[("recently", "vague"), ("recently felt", "vague"), ("3 May", "day_month")],
        claims={1: {"kind": "opinion"}},
    )
    assert [f.extra["text"] for f in evaluate(a, rules_by_code("PV107"))] == ["recently"]


def test_time_reference_kind_skips_words_resolved_to_a_day():
    a = make_analysis(
        "The council met yesterday. It met in November. It met last week.",
        dates=[("yesterday", "vague"), ("in November", "vague"), ("last week", "vague")],
    )
    a.dates[0] = replace(a.dates[0], value="2026-08-22")
    a.dates[1] = replace(a.dates[1], value="2025-11")  # a guessed year stays vague
    (rule,) = rules_by_code("PV107")
    assert [f.extra["text"] for f in evaluate(a, [rule])] == ["in November", "last week"]
    every = replace(rule, check={**rule.check, "skip-resolved-days": False})
    assert len(evaluate(a, [every])) == 3


def test_quote_kind():
    text = "“We will stay,” one man said. “We will go,” said Ahmad Karimi."
    a = make_analysis(
        text,
        attributions=[(None, "one man said", "none"), ("Ahmad Karimi", "said Ahmad", "named")],
        quotes=[("“We will stay,”", 0), ("“We will go,”", 1)],
    )
    found = evaluate(a, rules_by_code("PV106"))
    assert [f.extra["text"] for f in found] == ["We will stay,"]
    assert found[0].message == "quotation with no identifiable speaker: “We will stay,”"


def test_quote_with_no_speaker_and_partial_quotes():
    a = make_analysis(
        "He called it “a disgrace” and left. “Never again.”",
        quotes=[("“a disgrace”", None), ("“Never again.”", None)],
    )
    a.quotes[0].partial = True
    assert [f.extra["text"] for f in evaluate(a, rules_by_code("PV106"))] == ["Never again."]


def test_quote_message_has_one_pair_of_marks_whatever_the_source_uses():
    a = make_analysis(
        "Another said,”Our orders came daily.”", quotes=[("”Our orders came daily.”", None)]
    )
    [found] = evaluate(a, rules_by_code("PV106"))
    assert found.message == "quotation with no identifiable speaker: “Our orders came daily.”"


def test_reference_kind_name_and_date():
    text = (
        "A recent study found that teens sleep little. A 2023 study by the Centers for Disease Control found "
        "the same. According to a report by Amnesty International, torture is common. Studies show it works."
    )
    a = make_analysis(text)
    found = evaluate(a, rules_by_code("PV108"))
    assert [(f.extra["text"], f.message.split("with no ")[1]) for f in found] == [
        ("A recent study", "name or date"),
        ("a report", "date"),
        ("Studies show", "name or date"),
    ]


def test_reference_kind_takes_the_maker_the_detector_found():
    text = "According to a report published in March by the Delta Trust, rents rose in 2024."
    src = "a report published in March by the Delta Trust"
    named = make_analysis(text, attributions=[(src, "According to", "named", "according_to")])
    assert evaluate(named, rules_by_code("PV108")) == []
    unnamed = make_analysis(text, attributions=[(src, "According to", "anonymous", "according_to")])
    assert [f.extra["text"] for f in evaluate(unnamed, rules_by_code("PV108"))] == ["a report"]


def test_reference_kind_uses_time_references_and_links():
    a = make_analysis(
        "[A new report](https://example.org/r) published on Monday says so.",
        fmt="markdown",
        dates=[("Monday", "weekday")],
    )
    assert evaluate(a, rules_by_code("PV108")) == []


def test_claim_kind_counts_named_carried_or_cited_figures_as_backing():
    text = "Acme paid $5m. The firm also paid $2m. Its forecast puts growth at 3 percent."
    figures = [
        ("$5m", "money", "named"),
        ("$2m", "money", "carried"),
        ("3 percent", "percent", "anonymous"),
    ]
    found = evaluate(make_analysis(text, figures=figures), rules_by_code("PV109"))
    # the anonymous figure a clause of evidence backs is PV104's to report, once
    assert [f.extra["text"] for f in found] == []


def test_claim_kind():
    text = "The company hid the leak. The company hid the spill, regulators said. The river is red. I like it."
    a = make_analysis(
        text,
        figures=[],
        claims={
            1: {"attributed": True},
            2: {"cited": True},
            3: {"kind": "opinion", "checkworthy": False},
        },
    )
    found = evaluate(a, rules_by_code("PV109"))
    assert [f.extra["text"] for f in found] == ["The company hid the leak."]


def test_claim_kind_leaves_unattributed_full_quotes_to_the_quote_rule():
    text = "“The company hid the leak.” “The company hid the spill,” said Ann Lee. He hid “a bag.”"
    a = make_analysis(
        text,
        attributions=[("Ann Lee", "said", "named")],
        quotes=[("“The company hid the leak.”", None), ("“The company hid the spill,”", 0)],
        claims={1: {"attributed": True}},
    )
    s, e, sent = find(a.document, "“a bag.”")
    a.quotes.append(Quote(s, e, "“a bag.”", sent, partial=True))
    both = rules_by_code("PV106", "PV109")
    found = evaluate(a, both)
    # the unattributed quotation is reported once, by PV106; a partial quote does not count
    assert [(f.code, f.col) for f in found] == [("PV106", 1), ("PV109", 72)]
    (pv109,) = rules_by_code("PV109")
    bare = {k: v for k, v in pv109.check.items() if k != "skip-unattributed-quotes"}
    assert [f.col for f in evaluate(a, [replace(pv109, check=bare)])] == [1, 72]


def test_claim_kind_skips_sentences_reported_for_unsourced_figures():
    a = make_analysis("Over 1,500 people died.", figures=[("1,500 people", "casualty", "none")])
    assert evaluate(a, rules_by_code("PV109")) == []


@pytest.mark.parametrize(
    "text, fmt, expected",
    [
        ("The council met.", "text", "article has no byline"),
        ("By Jane Doe\n\nThe council met.", "text", None),
        (
            "---\ntitle: T\n---\n\nThe council met.\n",
            "markdown",
            "article has no byline and no publication date",
        ),
        ("---\nauthor: Jane Doe\ndate: 2024-01-02\n---\n\nThe council met.\n", "markdown", None),
        (
            "---\nauthor: Jane Doe\n---\n\nThe council met.\n",
            "markdown",
            "article has no publication date",
        ),
    ],
)
def test_document_kind(text, fmt, expected):
    a = make_analysis(text, fmt)
    found = evaluate(a, rules_by_code("PV110"))
    assert [f.message for f in found] == ([expected] if expected else [])
    if found:
        assert (found[0].line, found[0].col) == (1, 1)


# -- coordinates, boilerplate ---------------------------------------------------------------------


def test_findings_carry_source_coordinates_through_markup():
    text = "---\nauthor: A\ndate: 2024-01-01\n---\n\n# Title\n\nThe **flood** killed [over *1,500* people](https://x.org).\n"
    a = make_analysis(text, "markdown", figures=[("1,500 people", "casualty", "none")])
    (f,) = evaluate(a, rules_by_code("PV101"))
    lines = text.split("\n")
    assert f.line == 8
    assert lines[7][f.col - 1 :].startswith("1,500*")
    assert text[f.start : f.end] == "1,500* people"
    assert (f.end_line, f.end_col) == (8, f.col + len("1,500* people"))
    assert f.path == "a.md" and f.context == "The flood killed over 1,500 people."


def test_html_entities_map_back():
    text = (
        "<html><body><article><p>Rebels &amp; troops killed 53 people.</p></article></body></html>"
    )
    a = make_analysis(text, "html", figures=[("53 people", "casualty", "none")])
    (f,) = evaluate(a, rules_by_code("PV101"))
    assert text[f.start : f.end] == "53 people" and f.line == 1 and f.col == text.index("53") + 1


def test_boilerplate_findings_are_never_reported():
    text = (
        "The flood killed 12 people.\n\nCopyright 2024 Example News. All rights reserved, 40 staff."
    )
    a = make_analysis(
        text, figures=[("12 people", "casualty", "none"), ("40 staff", "count", "none")]
    )
    assert any(b.boilerplate for b in a.document.blocks)
    assert [f.extra["text"] for f in evaluate(a, rules_by_code("PV101", "PV103"))] == ["12 people"]


def test_lint_sets_fingerprints_and_sorts():
    a = make_analysis(
        "He paid $5. Over 1,500 people died.",
        figures=[("1,500 people", "casualty", "none"), ("$5", "money", "none")],
    )
    found = lint(a, rules_by_code("PV101", "PV102"))
    assert codes_of(found) == ["PV102", "PV101"]
    assert all(len(f.fingerprint) == 20 for f in found)
