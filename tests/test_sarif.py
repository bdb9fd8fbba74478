"""SARIF 2.1.0 output, validated against the official schema.

``tests/sarif-2.1.0.schema.json`` is the OASIS SARIF 2.1.0 JSON schema (version "2.1.0-rtm.5",
the final 2.1.0 schema, as also published at https://json.schemastore.org/sarif-2.1.0.json),
copied unchanged from ``lib/schemas/sarif-2.1.0-rtm.5.json`` of the npm package
``@microsoft/jest-sarif`` 1.0.0-beta.0 (Microsoft's sarif-js-sdk; MIT). sha256:
2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import jsonschema
import pytest

from provlint.errors import InputError
from provlint.model import Finding
from provlint.report.sarif import artifact_uri, render_sarif, sarif_log
from provlint.results import RunResult
from tests.test_scorecards import sample_markdown, sample_text

SCHEMA_PATH = Path(__file__).with_name("sarif-2.1.0.schema.json")
SCHEMA = json.loads(SCHEMA_PATH.read_text())
SHA256 = "2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8"


class FakeRule:
    """Stands in for provlint.engine.Rule (attributes code, name, severity, what, why, example)."""

    def __init__(self, code: str, name: str, severity: str) -> None:
        self.code, self.name, self.severity = code, name, severity
        self.what = f"Flags {name}. Second sentence."
        self.why = "Readers need to know where facts come from."
        self.example = "At least 45 people died."


def sample() -> RunResult:
    return RunResult(
        documents=[sample_markdown(), sample_text()],
        errors=[InputError("gone.md", "no such file or directory")],
        rules=[
            FakeRule("PV101", "unsourced-figure", "error"),
            FakeRule("PV301", "vague-time", "info"),
            FakeRule("PV500", "unused-rule", "warning"),
        ],
    )


def validate(log: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(log)


def test_schema_file_is_the_pinned_official_one():
    assert hashlib.sha256(SCHEMA_PATH.read_bytes()).hexdigest() == SHA256
    assert SCHEMA["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")


def test_sarif_validates_against_official_schema():
    log = json.loads(render_sarif(sample()))
    validate(log)
    assert log["version"] == "2.1.0"


def test_schema_catches_a_broken_log():
    log = sarif_log(sample())
    bad = copy.deepcopy(log)
    bad["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)
    bad = copy.deepcopy(log)
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)


def test_driver_rules_and_results_match():
    run = sarif_log(sample())["runs"][0]
    driver = run["tool"]["driver"]
    assert (
        driver["name"] == "provlint"
        and driver["version"]
        and driver["informationUri"].startswith("https://")
    )
    ids = [r["id"] for r in driver["rules"]]
    assert ids == ["PV101", "PV301", "PV500", "PV900"]  # PV900 appears only in a finding
    rule = driver["rules"][0]
    assert rule["name"] == "unsourced-figure"
    assert rule["shortDescription"]["text"] == "Flags unsourced-figure."
    assert "Readers need to know" in rule["fullDescription"]["text"]
    assert rule["help"]["text"] and rule["help"]["markdown"].startswith(
        "**PV101 unsourced-figure**"
    )
    assert rule["defaultConfiguration"]["level"] == "error"
    assert driver["rules"][1]["defaultConfiguration"]["level"] == "note"
    assert run["columnKind"] == "unicodeCodePoints"
    for res in run["results"]:
        assert ids[res["ruleIndex"]] == res["ruleId"]
    r = run["results"][0]
    assert (r["ruleId"], r["level"], r["message"]["text"]) == (
        "PV101",
        "error",
        "figure without a source",
    )
    loc = r["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "news/floods.md"
    assert loc["region"] == {
        "startLine": 8,
        "startColumn": 73,
        "endLine": 8,
        "endColumn": 83,
        "snippet": {"text": "$2 billion"},  # the region's own text (SARIF 3.30.13)
    }
    assert r["partialFingerprints"] == {"provlintFingerprint/v1": "fp-PV101-170"}
    assert run["results"][1]["level"] == "note"
    assert run["invocations"][0]["executionSuccessful"] is False
    assert (
        run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
        == "no such file or directory"
    )


def test_region_columns_are_code_points():
    doc = sample_text()
    doc.findings = [Finding("PV1", "n", "warning", "m", "a.md", 0, 3, 2, 3, 2, 6, "fp")]
    region = sarif_log(RunResult(documents=[doc]))["runs"][0]["results"][0]["locations"][0][
        "physicalLocation"
    ]["region"]
    snippet = region.pop("snippet")["text"]
    assert region == {"startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 6}
    assert len(snippet) == 3  # three code points, whatever their UTF-8 or UTF-16 length


def test_artifact_uri_is_relative_with_forward_slashes(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert artifact_uri("news\\a b.md".replace("\\", "/")) == "news/a%20b.md"
    assert artifact_uri(str(tmp_path / "sub" / "x.md")) == "sub/x.md"
    assert artifact_uri("https://example.org/a") == "https://example.org/a"
    assert artifact_uri("/elsewhere/x.md").startswith("file:///")


@pytest.mark.slow
def test_check_writes_valid_sarif_file(tmp_path: Path, cli):
    art = tmp_path / "news" / "a.md"
    art.parent.mkdir()
    art.write_text(
        "# Floods\n\nAt least 45 people died in the floods, and damage may reach $2 billion.\n"
    )
    out = tmp_path / "out.sarif"
    res = cli("check", "news", "--output-format", "sarif", "-o", str(out), cwd=tmp_path)
    assert res.returncode in (0, 1), res.stderr
    assert res.stdout == b""  # the report went to the file
    log = json.loads(out.read_text())
    validate(log)
    results = log["runs"][0]["results"]
    assert results and all(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/a.md"
        for r in results
    )
    assert all(r["partialFingerprints"]["provlintFingerprint/v1"] for r in results)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(r["fullDescription"]["text"] and r["help"]["markdown"] for r in rules)
