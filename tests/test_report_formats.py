"""Machine report formats: JSON (schema-validated), GitHub annotations, JUnit XML, --statistics,
and atomic writes."""

from __future__ import annotations

import argparse
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from provlint.atomic import atomic_write
from provlint.errors import InputError
from provlint.model import Finding
from provlint.report.github import MAX_PER_SEVERITY, escape_data, escape_property, render_github
from provlint.report.json_report import render_json
from provlint.report.junit import render_junit
from provlint.report.statistics import render_statistics, statistics
from provlint.report.text import LOWEST_SHOWN, render_text
from provlint.results import RunResult
from tests.test_scorecards import sample_markdown, sample_text

ROOT = Path(__file__).resolve().parent.parent
REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text())


def run_with_error() -> RunResult:
    return RunResult(
        documents=[sample_markdown(), sample_text()],
        errors=[InputError("missing.md", "no such file or directory")],
    )


def finding(i: int, severity: str, path: str = "a.md") -> Finding:
    return Finding("PV1", "n", severity, f"m{i}", path, 0, 1, i + 1, 1, i + 1, 2)


# -- JSON ---------------------------------------------------------------------------------------


def test_json_report_validates_and_counts():
    data = json.loads(render_json(run_with_error()))
    jsonschema.Draft202012Validator.check_schema(REPORT_SCHEMA)
    jsonschema.validate(data, REPORT_SCHEMA)
    assert data["schema_version"] == 1 and data["tool"]["name"] == "provlint"
    assert data["summary"] == {
        "files": 2,
        "findings": 3,
        "error": 1,
        "warning": 1,
        "info": 1,
        "errors": 1,
    }
    doc = data["documents"][0]
    assert doc["path"] == "news/floods.md" and doc["score"] == 62.0
    assert doc["components"]["named_sources"]["value"] is None
    f = doc["findings"][0]
    assert (
        f["code"] == "PV101"
        and f["fingerprint"].startswith("fp-")
        and (f["line"], f["col"]) == (8, 73)
    )
    assert data["documents"][1]["score"] is None
    assert data["errors"] == [{"path": "missing.md", "message": "no such file or directory"}]


def test_json_schema_rejects_a_broken_report():
    data = json.loads(render_json(run_with_error()))
    del data["documents"][0]["findings"][0]["fingerprint"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, REPORT_SCHEMA)


# -- GitHub -------------------------------------------------------------------------------------


def test_github_escaping_rules():
    assert escape_data("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotations_format():
    f = Finding(
        "PV101",
        "unsourced-figure",
        "error",
        "45% said:\nyes, really",
        "dir/a,b:c.md",
        0,
        5,
        3,
        7,
        4,
        2,
    )
    info = Finding("PV3", "vague", "info", "m", "a.md", 0, 1, 1, 1, 1, 2)
    out = render_github(RunResult(documents=[_doc([f, info])])).splitlines()
    assert out[0] == (
        # a range over two lines carries no columns: the Actions toolkit refuses them
        "::error file=dir/a%2Cb%3Ac.md,line=3,endLine=4,"
        "title=PV101 unsourced-figure::45%25 said:%0Ayes, really"
    )
    assert out[1].startswith("::notice file=a.md,")
    assert out[-1].startswith("provlint: 1 error(s), 0 warning(s), 1 notice(s) in 1 file(s)")


def test_github_caps_annotations_per_severity_and_says_so():
    findings = [finding(i, "warning") for i in range(MAX_PER_SEVERITY + 7)] + [finding(0, "error")]
    out = render_github(RunResult(documents=[_doc(findings)])).splitlines()
    assert sum(line.startswith("::warning ") for line in out) == MAX_PER_SEVERITY
    assert sum(line.startswith("::error ") for line in out) == 1
    assert "7 not annotated (cap 50 per severity)" in out[-1]


def test_github_reports_input_errors():
    out = render_github(run_with_error())
    assert "::error file=missing.md,title=provlint input error::no such file or directory" in out


def _doc(findings: list[Finding]):
    d = sample_text()
    d.findings = findings
    return d


# -- JUnit --------------------------------------------------------------------------------------


def test_junit_is_valid_xml_with_failures_at_fail_level():
    run = run_with_error()
    run.documents[1].findings[0].message = 'bad \x01 char & <tag> "q"'
    root = ET.fromstring(render_junit(run, fail_level="warning"))
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["news/floods.md", "letters/tom.txt", "missing.md"]
    assert suite.get("tests") == "3" and suite.get("failures") == "2" and suite.get("errors") == "1"
    fail = cases[0].find("failure")
    assert "PV101" in fail.text and "PV301" not in fail.text  # info is below the fail level
    assert 'bad \ufffd char & <tag> "q"' in cases[1].find("failure").text
    assert cases[2].find("error").get("message") == "no such file or directory"


def test_junit_fail_level_error_passes_warnings():
    root = ET.fromstring(render_junit(run_with_error(), fail_level="error"))
    cases = root.find("testsuite").findall("testcase")
    assert cases[0].find("failure") is not None and cases[1].find("failure") is None
    assert (
        ET.fromstring(render_junit(run_with_error(), fail_level="never"))
        .find("testsuite")
        .get("failures")
        == "0"
    )


def test_junit_uses_each_articles_fail_level_and_fail_under():
    run = run_with_error()
    floods, tom = run.documents  # floods: an error finding, score 62; tom: a warning, no score
    floods.fail_level, tom.fail_level = "never", "error"
    floods.fail_under = 70.0
    cases = ET.fromstring(render_junit(run)).find("testsuite").findall("testcase")
    assert cases[1].find("failure") is None  # a warning, below tom's fail level
    fail = cases[0].find("failure")
    assert fail.get("message") == "provenance score 62.0 is below fail-under 70"
    assert fail.text == "news/floods.md: provenance score 62.0 is below fail-under 70"
    floods.fail_under = 60.0
    assert ET.fromstring(render_junit(run)).find("testsuite").get("failures") == "0"


def test_github_annotates_articles_below_fail_under():
    run = _scored_run([40.0, 90.0, None], fail_under=50)
    lines = render_github(run).splitlines()
    assert lines == [
        "::error file=news/0000.md,title=provlint fail-under::"
        "provenance score 40.0 is below fail-under 50",
        "provlint: 0 error(s), 0 warning(s), 0 notice(s) in 3 file(s), "
        "1 article(s) below fail-under",
    ]


# -- text ---------------------------------------------------------------------------------------


def _scored_run(scores: list[float | None], fail_under: float | None = None) -> RunResult:
    docs = []
    for i, score in enumerate(scores):
        d = sample_markdown(f"news/{i:04d}.md", score)
        d.findings = []
        d.fail_under = fail_under
        docs.append(d)
    return RunResult(documents=docs)


def _text(run: RunResult, **flags) -> list[str]:
    args = argparse.Namespace(color=False, **flags)
    return render_text(run, args).splitlines()


def test_text_lists_every_score_lowest_first_up_to_ten_articles():
    lines = _text(_scored_run([50.0, None, 12.5, 80.0]))
    assert lines == [
        "All checks passed! (4 files checked)",
        "Provenance scores (0-100), lowest first:",
        "   12.5  news/0002.md",
        "   50.0  news/0000.md",
        "   80.0  news/0003.md",
        "    n/a  news/0001.md  (nothing check-worthy to score)",
    ]


def test_text_summarises_a_large_run_but_never_hides_articles_below_fail_under():
    scores = [float(i % 100) for i in range(1000)]
    lines = _text(_scored_run(scores + [None]))
    assert lines[1] == (
        "Provenance scores (0-100) of 1001 articles: min 0.0, median 49.5, max 99.0; 1 n/a."
        " Lowest first:"
    )
    assert [ln.split()[0] for ln in lines[2:-1]] == ["0.0"] * LOWEST_SHOWN
    assert lines[-1] == "  ... 996 more (--show-scores lists every article)"
    assert len(lines) == 2 + LOWEST_SHOWN + 1  # readable at 1000 articles

    lines = _text(_scored_run(scores, fail_under=3.0))
    below = [ln for ln in lines if "below fail-under 3" in ln and "scored" not in ln]
    assert len(below) == 30  # scores 0, 1 and 2, ten articles each: all listed
    assert lines[0] == "No findings in 1000 files checked."
    assert lines[-2] == "  ... 970 more (--show-scores lists every article)"
    assert lines[-1] == "30 articles scored below fail-under 3."

    lines = _text(_scored_run(scores), show_scores=True)
    assert len(lines) == 2 + 1000 and lines[-1].split()[0] == "99.0"


def test_text_one_clean_article_is_one_line():
    assert _text(_scored_run([75.0])) == [
        "All checks passed! (1 file checked; provenance score 75.0)"
    ]
    run = _scored_run([75.0], fail_under=80)
    assert _text(run) == [
        "No findings in 1 file checked.",
        "Provenance score (0-100):",
        "   75.0  news/0000.md  below fail-under 80",
        "1 article scored below fail-under 80.",
    ]


# -- statistics ---------------------------------------------------------------------------------


def test_statistics_sorted_by_count_then_code():
    findings = (
        [finding(0, "warning")] * 1
        + [Finding("PV2", "b", "error", "m", "a", 0, 1, 1, 1, 1, 2)] * 3
        + [Finding("PV0", "z", "info", "m", "a", 0, 1, 1, 1, 1, 2)] * 1
    )
    run = RunResult(documents=[_doc(findings)])
    assert [(r["code"], r["count"]) for r in statistics(run)] == [
        ("PV2", 3),
        ("PV0", 1),
        ("PV1", 1),
    ]
    text = render_statistics(run).splitlines()
    assert text[0] == "3  PV2  b [error]"
    assert render_statistics(RunResult()) == "no findings\n"


# -- atomic writes ------------------------------------------------------------------------------


def test_atomic_write_replaces_and_cleans_up(tmp_path: Path):
    target = tmp_path / "sub" / "report.json"
    atomic_write(target, "one")
    os.chmod(target, 0o600)
    atomic_write(target, "two")
    assert target.read_text() == "two" and (target.stat().st_mode & 0o777) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_atomic_write_failure_keeps_old_file(tmp_path: Path, monkeypatch):
    target = tmp_path / "r.txt"
    target.write_text("old")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write(target, "new")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["r.txt"]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "github", "junit"])
def test_check_output_formats_end_to_end(tmp_path: Path, cli, fmt: str):
    (tmp_path / "a.md").write_text("# Floods\n\nAt least 45 people died in the floods.\n")
    res = cli("check", "a.md", "--output-format", fmt, "--statistics", cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    out = res.stdout.decode()
    if fmt == "json":
        data = json.loads(out)
        jsonschema.validate(data, REPORT_SCHEMA)
        assert data["summary"]["findings"] >= 1
    elif fmt == "github":
        assert any(line.startswith("::error file=a.md,line=3,") for line in out.splitlines())
        assert out.splitlines()[-1].startswith("provlint: ")
    else:
        assert ET.fromstring(out).find("testsuite/testcase/failure") is not None
    # --statistics goes to stderr, so machine output stays parseable
    assert "PV101" in res.stderr.decode()
