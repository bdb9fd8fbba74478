"""Baselines: fingerprints survive moved lines, matching is count-aware, writes are atomic."""

from __future__ import annotations

import json
import os

import pytest

from provlint.baseline import (
    BASELINE_VERSION,
    filter_baseline,
    fingerprint,
    load_baseline,
    set_fingerprints,
    write_baseline,
)
from provlint.engine import lint, load_rules
from provlint.errors import ConfigError
from tests.conftest import ROOT, run_cli
from tests.test_engine import make_analysis

RULES = [r for r in load_rules() if r.code in ("PV101", "PV102")]


def findings(text: str, *figs):
    a = make_analysis(text, figures=[(n, "casualty", "none") for n in figs])
    return lint(a, RULES)


def test_fingerprint_survives_moved_lines(tmp_path):
    before = findings("Over 1,500 people died.", "1,500 people")
    after = findings(
        "A new paragraph.\n\nAnother one.\n\n   Over  1,500 people died.", "1,500 people"
    )
    assert before[0].line != after[0].line
    assert before[0].fingerprint == after[0].fingerprint
    base = tmp_path / "baseline.json"
    write_baseline(base, before)
    assert filter_baseline(after, load_baseline(base)) == []


def test_new_and_changed_findings_are_reported(tmp_path):
    base = tmp_path / "b.json"
    write_baseline(base, findings("Over 1,500 people died.", "1,500 people"))
    new = findings("Over 1,500 people died. Then 20 people died.", "1,500 people", "20 people")
    assert [f.extra["text"] for f in filter_baseline(new, load_baseline(base))] == ["20 people"]
    changed = findings("Over 1,600 people died.", "1,600 people")
    assert len(filter_baseline(changed, load_baseline(base))) == 1


def test_matching_is_count_aware(tmp_path):
    a = make_analysis(
        "Ten died. Ten died.",
        figures=[("Ten", "casualty", "none"), (("Ten", 1), "casualty", "none")],
    )
    two = lint(a, RULES)
    assert two[0].fingerprint == two[1].fingerprint
    base = tmp_path / "b.json"
    write_baseline(base, two[:1])
    assert len(filter_baseline(two, load_baseline(base))) == 1
    write_baseline(base, two)
    assert filter_baseline(two + two[:1], load_baseline(base)) == two[:1]


def test_path_is_part_of_the_fingerprint():
    a = findings("Over 1,500 people died.", "1,500 people")[0]
    b = lint(
        make_analysis(
            "Over 1,500 people died.", name="b.txt", figures=[("1,500 people", "casualty", "none")]
        ),
        RULES,
    )[0]
    assert a.fingerprint != b.fingerprint


def test_write_is_atomic_and_readable(tmp_path, monkeypatch):
    base = tmp_path / "b.json"
    base.write_text("old", encoding="utf-8")
    import os

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(ConfigError, match="cannot write baseline: disk full"):
        write_baseline(base, findings("Over 1,500 people died.", "1,500 people"))
    assert base.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.json"]
    monkeypatch.undo()
    write_baseline(base, findings("Over 1,500 people died.", "1,500 people"))
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["version"] == BASELINE_VERSION and data["findings"][0]["code"] == "PV101"


@pytest.mark.parametrize(
    "content, words",
    [
        ("{", "cannot read"),
        ("[]", "not a provlint baseline"),
        ('{"findings": [{}]}', "fingerprint"),
        ('{"version": "x", "findings": []}', "unknown baseline version"),
        ('{"version": 99, "findings": []}', "newer than this provlint reads"),
    ],
)
def test_bad_baseline_is_a_config_error(tmp_path, content, words):
    p = tmp_path / "b.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=words):
        load_baseline(p)
    with pytest.raises(ConfigError, match="not found"):
        load_baseline(tmp_path / "missing.json")


ARTICLE = "By Jane Doe\n\nPublished 3 March 2024\n\nThe attack killed 53 people in the market.\n"


@pytest.fixture
def project(tmp_path):
    """A project whose articles/ folder has a config naming a baseline written there."""
    arts = tmp_path / "proj" / "articles"
    arts.mkdir(parents=True)
    (arts / "a.md").write_text(ARTICLE)
    (arts / ".provlint.yaml").write_text("baseline: .provlint-baseline.json\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = run_cli(
        "check", "a.md", "--write-baseline", ".provlint-baseline.json", cwd=arts, env=env
    )
    assert proc.returncode == 0, proc.stderr.decode()
    (arts / "a.md").write_text(ARTICLE + "\nThe attack killed 54 people in the market.\n")
    return tmp_path / "proj", env


@pytest.mark.parametrize(("cwd", "path"), [("articles", "a.md"), (".", "articles/a.md")])
def test_config_baseline_matches_from_any_folder(project, cwd, path):
    root, env = project
    proc = run_cli("check", path, cwd=root / cwd, env=env)
    out = proc.stdout.decode()
    assert "54 people" in out and "53 people" not in out


def test_report_applies_the_config_baseline(project):
    root, env = project
    proc = run_cli("report", "articles/a.md", "-o", "out", cwd=root, env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    card = json.loads(next((root / "out").glob("*.json")).read_text())
    assert [f["line"] for f in card["findings"] if f["code"] == "PV101"] == [7]


def _old_baseline(tmp_path, found, version):
    """A baseline as version 1 wrote it: fingerprints of the path as shown."""
    p = tmp_path / "old.json"
    items = [{"fingerprint": fingerprint(f), "code": f.code, "path": f.path} for f in found]
    p.write_text(json.dumps({"version": version, "findings": items}), encoding="utf-8")
    return p


@pytest.mark.parametrize(("version", "kept"), [(1, 0), (BASELINE_VERSION, 1)])
def test_an_old_baseline_still_matches_the_path_as_shown(tmp_path, version, kept):
    found = findings("Over 1,500 people died.", "1,500 people")
    old = _old_baseline(tmp_path, found, version)
    set_fingerprints(found, "elsewhere/a.txt")  # config-relative path differs from the shown one
    baseline = load_baseline(old)
    assert baseline.legacy == (version == 1)
    assert len(filter_baseline(found, baseline)) == kept


def test_an_old_baseline_is_applied_with_a_warning(tmp_path, monkeypatch, capsys):
    import provlint.baseline as bl
    from provlint.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / ".provlint.yaml").write_text("select: [ALL]\n")
    (docs / "a.md").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    with monkeypatch.context() as m:  # write it as version 1 did: the path as shown
        m.setattr(bl, "BASELINE_VERSION", 1)
        m.setattr(bl, "set_fingerprints", lambda fs, path=None: set_fingerprints(fs))
        assert main(["check", "docs/a.md", "--write-baseline", "old.json"]) == 0
    assert json.loads((tmp_path / "old.json").read_text())["version"] == 1
    assert main(["check", "docs/a.md"]) == 1  # it has findings
    capsys.readouterr()
    assert main(["check", "docs/a.md", "--baseline", "old.json"]) == 0
    err = capsys.readouterr().err
    assert err.count("old.json: baseline version 1") == 1 and "--write-baseline" in err
    assert main(["check", "docs/a.md", "--write-baseline", "new.json"]) == 0
    assert main(["check", "docs/a.md", "--baseline", "new.json"]) == 0
    assert "warning" not in capsys.readouterr().err
