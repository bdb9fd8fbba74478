"""Config discovery, validation errors that name file/key/allowed values, and excludes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from provlint.config import matches_any

from .conftest import ROOT, run_cli

ARTICLE = "Ten people died in the flood, the mayor said.\n"


def _paths(proc) -> list[str]:
    return sorted(Path(d["path"]).name for d in json.loads(proc.stdout)["documents"])


def test_unknown_key_names_file_key_and_allowed(tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE)
    cfg = tmp_path / ".provlint.yaml"
    cfg.write_text("exclude: []\nfail-levle: error\n")
    proc = run_cli("check", str(tmp_path / "a.md"))
    assert proc.returncode == 2
    line = proc.stderr.decode().strip()
    assert (
        f"{cfg}:2" in line
        and "'fail-levle'" in line
        and "allowed:" in line
        and "fail-level" in line
    )


def test_wrong_type_in_pyproject(tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "pyproject.toml").write_text('[tool.provlint]\nmax-file-size = "big"\n')
    proc = run_cli("check", str(tmp_path / "a.md"))
    assert proc.returncode == 2
    line = proc.stderr.decode().strip()
    assert (
        "pyproject.toml:2: [tool.provlint] " in line
        and "max-file-size" in line
        and "expected integer" in line
    )


@pytest.mark.parametrize(
    ("toml", "line"),
    [
        ('[project]\nname = "x"\n\n[tool.provlint]\nselect = ["PV1"]\nfail-levle = "error"\n', 6),
        ('[tool.provlint]\nselect = ["PV1"]\n\n[tool.provlint.severity]\nPV101 = "loud"\n', 4),
    ],
)
def test_pyproject_errors_name_the_line(tmp_path, toml, line):
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "pyproject.toml").write_text(toml)
    proc = run_cli("check", str(tmp_path / "a.md"))
    assert proc.returncode == 2
    assert f"pyproject.toml:{line}: [tool.provlint] " in proc.stderr.decode()


@pytest.mark.parametrize("toml", ['[tool.provlint]\nselect = ["PV110"]\n', 'select = ["PV110"]\n'])
def test_config_flag_reads_any_toml_file(tmp_path, toml):
    (tmp_path / "a.md").write_text("The council met.\n")
    (tmp_path / "ci.toml").write_text(toml)
    proc = run_cli("check", "--config", str(tmp_path / "ci.toml"), str(tmp_path / "a.md"))
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"PV110" in proc.stdout


def test_broken_yaml_config(tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / ".provlint.yaml").write_text("exclude: [unclosed\n")
    proc = run_cli("check", str(tmp_path / "a.md"))
    assert proc.returncode == 2
    assert "invalid YAML" in proc.stderr.decode() and ".provlint.yaml" in proc.stderr.decode()


def test_closest_config_wins_and_excludes_apply_to_explicit_files(tmp_path):
    sub = tmp_path / "drafts"
    sub.mkdir()
    (tmp_path / "keep.md").write_text(ARTICLE)
    (sub / "skip.md").write_text(ARTICLE)
    (sub / "kept.md").write_text(ARTICLE)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.provlint]\nextend-exclude = ["drafts/skip.md"]\n'
    )
    proc = run_cli("analyze", "--format", "json", str(tmp_path))
    assert _paths(proc) == ["keep.md", "kept.md"]
    # explicitly named excluded files are skipped too (pre-commit passes file names)
    proc = run_cli("analyze", "--format", "json", str(sub / "skip.md"), str(tmp_path / "keep.md"))
    assert _paths(proc) == ["keep.md"]
    # a closer config in drafts/ replaces the root one for files below it
    (sub / ".provlint.yaml").write_text("exclude: ['kept.md']\n")
    proc = run_cli("analyze", "--format", "json", str(tmp_path))
    assert _paths(proc) == ["keep.md", "skip.md"]


def test_pyproject_without_table_is_not_a_config(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (tmp_path / "a.md").write_text(ARTICLE)
    proc = run_cli("analyze", "--format", "json", str(tmp_path / "a.md"))
    assert proc.returncode == 0


def test_matches_any_patterns():
    assert matches_any("drafts/a.md", ["drafts"])
    assert matches_any("drafts/a.md", ["drafts/"])
    assert matches_any("x/drafts/a.md", ["drafts"])
    assert matches_any("a.draft.md", ["*.draft.md"])
    assert matches_any("docs/x/a.md", ["docs/*"])
    assert not matches_any("docs2/a.md", ["docs"])
    assert not matches_any("a.md", ["*.html"])


def test_readme_boilerplate_lexicon_example_marks_the_block(tmp_path):
    """The README's extend-lexicons example: a user boilerplate pattern marks a block."""
    (tmp_path / ".provlint.yaml").write_text('extend-lexicons: ["provlint/lexicons"]\n')
    lex = tmp_path / "provlint" / "lexicons"
    lex.mkdir(parents=True)
    (lex / "my-outlets.yaml").write_text(
        "lexicon: boilerplate\nkind: patterns\nentries:\n  share:\n"
        '    - "(?i:support our journalism).{0,80}"\n'
    )
    (tmp_path / "a.md").write_text(
        "By Jane Doe\n\nPublished 3 March 2024\n\n"
        "Support our journalism: 300 readers gave $5 million last year.\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's provlint, run elsewhere
    proc = run_cli("analyze", "--format", "json", "a.md", cwd=tmp_path, env=env)
    blocks = json.loads(proc.stdout)["documents"][0]["blocks"]
    assert blocks[-1]["boilerplate"] == "share"
    proc = run_cli("check", "a.md", cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stdout.decode()


@pytest.mark.parametrize(
    ("config", "problem"),
    [
        ("fail-levle: error\n", "unknown key 'fail-levle'"),
        ("select: [PV999]\n", "unknown rule code or prefix 'PV999'"),
        ("select: [PV1\n", "opinion/.provlint.yaml"),
    ],
)
def test_a_bad_config_skips_only_the_files_it_governs(tmp_path, config, problem):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for folder in ("news", "opinion"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text("By J\n\nThe attack killed 53 people.\n")
    (tmp_path / "opinion" / "b.txt").write_text("By J\n\nThe attack killed 54 people.\n")
    (tmp_path / "opinion" / ".provlint.yaml").write_text(config)
    proc = run_cli("check", "news", "opinion", cwd=tmp_path, env=env)
    assert proc.returncode == 2
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and problem in err[0] and "Traceback" not in err[0]
    out = proc.stdout.decode()
    assert "news/a.txt:3:19: PV101" in out and "opinion/" not in out
    # one error line, but both files it governs are counted as not checked
    assert out.rstrip().endswith("2 inputs could not be checked.")
    sarif = tmp_path / "out.sarif"
    proc = run_cli(
        "check", "news", "opinion", "--output-format", "sarif", "-o", str(sarif),
        cwd=tmp_path, env=env,
    )  # fmt: skip
    assert proc.returncode == 2 and json.loads(sarif.read_text())["runs"]


def test_a_bad_config_in_the_working_folder_is_reported_once(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    (tmp_path / ".provlint.yaml").write_text("fail-levle: error\n")
    (tmp_path / "a.txt").write_text("By J\n\nThe attack killed 53 people.\n")
    proc = run_cli("check", "a.txt", cwd=tmp_path, env=env)
    assert proc.returncode == 2
    assert len(proc.stderr.decode().strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("config", "problem"),
    [
        ("severity: {PV170: error}\n", "unknown rule code or prefix 'PV170' in severity"),
        ('per-file-ignores: {"*.txt": [PV011]}\n', "'PV011' in per-file-ignores"),
        ("ignore: [PV170]\n", "'PV170' in ignore"),
    ],
)
def test_unknown_codes_in_any_config_key_are_errors(tmp_path, config, problem):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    (tmp_path / ".provlint.yaml").write_text(config)
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = run_cli("check", "a.txt", cwd=tmp_path, env=env)
    assert proc.returncode == 2 and problem in proc.stderr.decode()


@pytest.mark.parametrize("config", ["", "# provlint settings\n# select: [PV1]\n", "---\n"])
def test_empty_yaml_config_means_the_defaults(tmp_path, config):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    (tmp_path / ".provlint.yaml").write_text(config)
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = run_cli("check", "a.txt", cwd=tmp_path, env=env)
    assert proc.returncode == 0 and proc.stderr == b"", proc.stderr.decode()


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("reporting_verb", "unknown lexicon 'reporting_verb'; did you mean 'reporting_verbs'?"),
        ("no_such_list", "unknown lexicon 'no_such_list'"),
    ],
)
def test_misspelt_lexicon_name_is_an_error(tmp_path, name, problem):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    (tmp_path / "lex").mkdir()
    (tmp_path / "lex" / "my.yaml").write_text(f"lexicon: {name}\nentries:\n  speech: [glorbed]\n")
    (tmp_path / ".provlint.yaml").write_text("extend-lexicons: [lex]\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = run_cli("check", "a.txt", cwd=tmp_path, env=env)
    err = proc.stderr.decode().strip().splitlines()
    assert proc.returncode == 2 and len(err) == 1
    assert "lex/my.yaml" in err[0] and problem in err[0]
