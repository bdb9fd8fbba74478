"""Scorecards: ``provlint report`` output (HTML, Markdown, JSON, index.html) on hand-built results.

The results are built by hand (a real document read and segmented, detector output placed on
chosen words) so the tests pin the rendering, not the detectors.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from provlint.analysis import Analysis
from provlint.lexicons import default_lexicons
from provlint.model import Attribution, Figure, Finding, TextSpan, TimeRef
from provlint.readers import read_bytes
from provlint.report.scorecard import write_scorecards
from provlint.report.scorecard.data import card_data
from provlint.report.scorecard.marks import Mark, render_marked, source_to_prose
from provlint.report.scorecard.names import card_stem, unique_stems
from provlint.results import DocumentResult, RunResult, Scorecard
from provlint.segment import segment

ARTICLE_MD = """---
title: Floods hit the north
---
# Floods hit the north

**At least 45 people** died in the floods last week, the [health ministry](https://example.org) said.

Some 300 people were missing, officials said recently. Damage may reach $2 billion.

"We are doing everything we can," said Maria Lopez, the regional governor.
"""

ARTICLE_TXT = """Tom & Jerry <script>alert("x")</script>

Around 1,000 people attended, organisers said. Nobody knows why.
"""

COMPONENTS = {
    "figures_sourced": {"value": 0.5, "weight": 3.0, "label": "figures sourced", "detail": {}},
    "named_sources": {"value": None, "weight": 2.0, "label": "named sources", "detail": {}},
}


def _span(doc, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = doc.prose.index(needle, start + 1)
    return start, start + len(needle)


def _sentence(doc, start: int) -> int:
    return next(i for i, s in enumerate(doc.sentences) if s.start <= start < s.end)


def _ts(doc, needle: str) -> TextSpan:
    s, e = _span(doc, needle)
    return TextSpan(s, e, needle)


def make_finding(
    doc, needle: str, code: str, severity: str = "warning", message: str = "m"
) -> Finding:
    s, e = _span(doc, needle)
    src = doc.source_span(s, e)
    line, col = doc.line_index.position(src.start)
    end_line, end_col = doc.line_index.position(src.end)
    return Finding(
        code=code,
        name=f"rule-{code.lower()}",
        severity=severity,
        message=message,
        path=doc.path,
        start=src.start,
        end=src.end,
        line=line,
        col=col,
        end_line=end_line,
        end_col=end_col,
        fingerprint=f"fp-{code}-{s}",
    )


def sample_markdown(
    path: str = "news/floods.md", score: float | None = 62.0, text: str = ARTICLE_MD
) -> DocumentResult:
    doc = read_bytes(text.encode(), path, "markdown")
    segment(doc, default_lexicons())
    a = Analysis(document=doc)
    a.attributions = [
        Attribution(
            cue=_ts(doc, "said"),
            source=_ts(doc, "health ministry"),
            content=None,
            source_kind="named",
            sentence=_sentence(doc, _span(doc, "health ministry")[0]),
        ),
        Attribution(
            cue=_ts(doc, "officials said"),
            source=_ts(doc, "officials"),
            content=None,
            source_kind="anonymous",
            sentence=_sentence(doc, _span(doc, "officials")[0]),
        ),
        Attribution(
            cue=TextSpan(*_span(doc, "said", 2), "said"),
            source=_ts(doc, "Maria Lopez"),
            content=None,
            source_kind="named",
            sentence=_sentence(doc, _span(doc, "Maria Lopez")[0]),
        ),
    ]
    for needle, kind, sourcing, att in [
        ("At least 45 people", "casualty", "named", 0),
        ("300 people", "count", "anonymous", 1),
        ("$2 billion", "money", "none", None),
    ]:
        s, e = _span(doc, needle)
        a.figures.append(
            Figure(s, e, needle, kind, _sentence(doc, s), sourcing=sourcing, attribution=att)
        )
    for needle, precision in [("last week", "vague"), ("recently", "vague")]:
        s, e = _span(doc, needle)
        a.dates.append(TimeRef(s, e, needle, precision, _sentence(doc, s)))
    findings = [
        make_finding(doc, "$2 billion", "PV101", "error", "figure without a source"),
        make_finding(doc, "recently", "PV301", "info", "vague time reference"),
    ]
    return DocumentResult(analysis=a, findings=findings, scorecard=Scorecard(score, COMPONENTS))


def sample_text(path: str = "letters/tom.txt") -> DocumentResult:
    doc = read_bytes(ARTICLE_TXT.encode(), path, "text")
    segment(doc, default_lexicons())
    a = Analysis(document=doc)
    s, e = _span(doc, "1,000 people")
    a.figures.append(Figure(s, e, "1,000 people", "count", _sentence(doc, s), sourcing="none"))
    return DocumentResult(
        analysis=a,
        findings=[
            make_finding(
                doc,
                '<script>alert("x")</script>',
                "PV900",
                "warning",
                'message with <b>markup</b> & "quotes"',
            )
        ],
        scorecard=Scorecard(None, {}),
    )


def sample_run() -> RunResult:
    return RunResult(
        documents=[sample_markdown(), sample_text(), sample_markdown("news/b.md", 91.0)]
    )


class _Tree(HTMLParser):
    """Checks tags nest properly and collects ids, hrefs and classes."""

    VOID = {"meta", "br", "link", "img", "input", "hr", "rect", "line"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.classes: list[str] = []
        self.scripts = 0
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if "id" in d:
            self.ids.append(d["id"])
        if "href" in d:
            self.hrefs.append(d["href"])
        if "class" in d:
            self.classes.extend(d["class"].split())
        if tag == "script":
            self.scripts += 1
            if "src" in d:
                self.errors.append("external script")
        if tag == "link" or (tag in ("img",) and "src" in d):
            self.errors.append(f"external asset {tag}")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def parse_html(text: str) -> _Tree:
    t = _Tree()
    t.feed(text)
    t.close()
    return t


@pytest.fixture
def out(tmp_path: Path) -> Path:
    run = sample_run()
    write_scorecards(run, tmp_path / "cards")
    return tmp_path / "cards"


def test_marks_overlap_stays_well_nested():
    text = "abcdefghij"
    marks = [
        Mark(0, 6, "finding", "finding", id="f-1", badge="1"),
        Mark(3, 9, "figure", "fig fig-none", badge="none"),
    ]
    html = render_marked(text, 0, marks)
    tree = parse_html(f"<div>{html}</div>")
    assert tree.errors == [] and tree.stack == []
    assert html.count('id="f-1"') == 1  # the id on the first piece only
    assert re.sub(r"<[^>]+>", "", html) == "abc" + "def" + "1" + "ghi" + "none" + "j"


def test_source_to_prose_inverts_offset_map():
    doc = read_bytes(ARTICLE_MD.encode(), "x.md", "markdown")
    s, e = _span(doc, "At least 45 people")
    src = doc.source_span(s, e)
    assert doc.source[src.start : src.end] == "At least 45 people"
    assert source_to_prose(doc, src.start, src.end) == (s, e)


def test_file_names_are_safe_unique_and_stable():
    paths = [
        "a/b.md",
        "a_b.md",
        "a__b.md",
        "../../etc/passwd",
        "https://x.org/a?b=c",
        "CON.txt",
        "x" * 300 + ".md",
    ]
    stems = unique_stems(paths)
    assert len(set(s.lower() for s in stems.values())) == len(paths)
    for s in stems.values():
        assert re.fullmatch(r"[A-Za-z0-9._-]+", s) and not s.startswith(".") and len(s) < 100
    assert card_stem("a/b.md") == card_stem("a/b.md")
    assert card_stem("a/b.md").startswith("a__b-")


def test_report_writes_three_formats_per_article_and_index(out: Path):
    htmls = sorted(p.name for p in out.glob("*.html"))
    assert "index.html" in htmls and len(htmls) == 4
    assert len(list(out.glob("*.md"))) == 3 and len(list(out.glob("*.json"))) == 3
    assert not list(out.glob(".*.tmp"))  # atomic writes leave no temporary files


def test_html_card_highlights_sources_and_links_findings(out: Path):
    card = next(out.glob("news__floods-*.html")).read_text()
    tree = parse_html(card)
    assert tree.errors == [] and tree.stack == []
    assert tree.scripts == 1 and "http://" not in card.replace("https://example.org", "")
    # figures by sourcing, with a text badge (not colour alone)
    assert re.search(
        r'class="fig fig-named"[^>]*>At least 45 people</span><span class="badge fig-named-badge">named',
        card,
    )
    assert re.search(r'class="fig fig-anonymous"[^>]*>300 people', card)
    assert 'class="badge fig-none-badge">none</span>' in card
    # attributions underlined with their source, as tooltip and label
    assert re.search(r'class="att att-named" title="source: health ministry \(named\)', card)
    assert 'class="badge att-anonymous-badge">anonymous</span>' in card
    # vague time references marked
    text = card.split('<article class="text">')[1].split("</article>")[0]
    assert text.count('class="badge vague-badge">vague time</span>') == 2
    assert text.count('class="fig ') == 3 and text.count('class="att ') == 3
    # findings: each listed entry links to an element wrapping its span
    assert {"#f-1", "#f-2"} <= set(tree.hrefs)
    # numbered in reading order: "recently" comes before "$2 billion"
    assert re.search(
        r'<span class="finding sev-error"[^>]*id="f-2"[^>]*>(<[^>]+>)*\$2 billion', card
    )
    assert re.search(r'<span class="finding sev-info"[^>]*id="f-1"[^>]*>(<[^>]+>)*recently', card)
    assert len(tree.ids) == len(set(tree.ids))
    # score and components
    assert 'data-score="62"' in card and "figures sourced" in card and "50%" in card
    # the sources table counts uses per source
    assert re.search(
        r"<td>officials</td><td><span class=\"kind anonymous\">anonymous</span></td><td class=\"n\">1",
        card,
    )


def test_html_escapes_article_text_and_messages(out: Path):
    card = next(out.glob("letters__tom-*.html")).read_text()
    assert "<script>alert" not in card
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in card
    assert "message with &lt;b&gt;markup&lt;/b&gt; &amp; &quot;quotes&quot;" in card
    assert "Tom &amp; Jerry" in card
    assert parse_html(card).errors == []
    assert 'data-score="n/a"' in card


def test_markdown_and_json_cards(out: Path):
    md = next(out.glob("news__floods-*.md")).read_text()
    assert "**Provenance score: 62 / 100**" in md
    assert "| health ministry | named | 1 | 1 |" in md
    assert "2. **PV101** rule-pv101 (error, line 8, col 73)" in md
    tom = next(out.glob("letters__tom-*.md")).read_text()
    assert "\\<script\\>" in tom  # Markdown cannot smuggle HTML in
    data = json.loads(next(out.glob("news__floods-*.json")).read_text())
    assert data["score"] == 62.0 and data["figures_by_sourcing"] == {
        "named": 1,
        "anonymous": 1,
        "none": 1,
    }
    assert [f["code"] for f in data["findings"]] == ["PV301", "PV101"]
    assert data["vague_time_references"] == ["last week", "recently"]


def test_index_lists_articles_by_score_with_chart(out: Path):
    index = (out / "index.html").read_text()
    tree = parse_html(index)
    assert tree.errors == []
    scores = re.findall(r'<td class="n" data-score="([^"]+)"', index)
    assert scores == ["62", "91", "n/a"]  # lowest first, n/a last
    cards = [h for h in tree.hrefs if h.endswith(".html")]
    assert all((out / h).exists() for h in cards) and len(cards) == 3
    assert "<svg" in index and index.count("<rect") == 10
    assert "PV101" in index  # most common findings


def test_card_data_anchors_empty_span_finding_at_its_sentence():
    result = sample_markdown()
    doc = result.analysis.document
    s, _ = _span(doc, "Damage")
    src = doc.offset_map.start(s)
    f = Finding("PV1", "x", "info", "m", doc.path, src, src, 1, 1, 1, 1)
    result.findings = [f]
    placed = card_data(result).findings[0].prose
    assert placed is not None and doc.prose[placed[0] : placed[1]].startswith("Damage may reach")


@pytest.mark.slow
def test_report_command_end_to_end(tmp_path: Path, cli):
    art = tmp_path / "a.md"
    art.write_text(ARTICLE_MD)
    res = cli("report", str(art), "-o", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "out" / "index.html").exists()
    assert len(list((tmp_path / "out").glob("*.json"))) == 1
    bad = cli("report", str(tmp_path / "missing.md"), "-o", str(tmp_path / "out2"))
    assert bad.returncode == 2 and b"no such file" in bad.stderr
