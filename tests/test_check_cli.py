"""``provlint check``, ``rules`` and ``rule`` through a subprocess: exit codes, selection, gates.

Most cases lean on rules that need no detector (PV110 metadata, PV108 references, user rules
of kind ``document``), so they hold whatever state the detectors are in.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

NO_BYLINE = "The council met to discuss the budget.\n"
BYLINE = "By Jane Doe\n\nThe council met to discuss the budget.\n"
REPORT = "By Jane Doe\n\nA recent study found that the budget was too small.\n"

USER_RULE = """\
code: XX101
name: needs-a-byline
severity: error
message: "no {text}"
check: {kind: document, missing: [author]}
what: w.
why: y.
example: e.
examples: {flag: ["a"], pass: ["By A B\\n\\nb"]}
"""


def check(tmp: Path, *args: str, env: dict | None = None):
    r = run_cli("check", *args, cwd=tmp, env=env)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


@pytest.fixture
def tmp(tmp_path: Path) -> Path:
    (tmp_path / "clean.txt").write_text(BYLINE, encoding="utf-8")
    (tmp_path / "nobyline.txt").write_text(NO_BYLINE, encoding="utf-8")
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path


def test_clean_file_prints_one_line_and_exits_0(tmp):
    code, out, err = check(tmp, "clean.txt")
    assert code == 0, err
    assert out.startswith("All checks passed!") and out.count("\n") == 1


def test_info_findings_do_not_fail_by_default_but_do_at_fail_level_info(tmp):
    code, out, _ = check(tmp, "nobyline.txt")
    assert code == 0
    assert "nobyline.txt:1:1: PV110 article has no byline" in out
    assert "Found 1 finding (1 info) in 1 file checked." in out
    assert check(tmp, "nobyline.txt", "--fail-level", "info")[0] == 1
    assert check(tmp, "nobyline.txt", "--fail-level", "never")[0] == 0


def test_findings_sorted_by_path_line_col(tmp):
    _, out, _ = check(tmp, "report.txt", "nobyline.txt", "--select", "PV108,PV110")
    lines = [ln for ln in out.splitlines() if ": PV" in ln]
    assert lines == [
        "nobyline.txt:1:1: PV110 article has no byline",
        "report.txt:3:1: PV108 “A recent study” cited with no name or date",
    ]


def test_select_ignore_and_extend_select(tmp):
    _, out, _ = check(tmp, "nobyline.txt", "report.txt", "--select", "PV108")
    assert "PV108" in out and "PV110" not in out
    _, out, _ = check(tmp, "nobyline.txt", "report.txt", "--ignore", "PV110,PV108")
    assert "PV110" not in out and "PV108" not in out
    _, out, _ = check(
        tmp, "nobyline.txt", "report.txt", "--select", "PV108", "--extend-select", "PV110"
    )
    assert "PV108" in out and "PV110" in out


def test_unknown_code_is_a_usage_error(tmp):
    code, out, err = check(tmp, "clean.txt", "--select", "PV999")
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("provlint: --select: unknown rule code or prefix 'PV999'")
    code, _, err = check(tmp, "clean.txt", "--ignore", "pv1")
    assert code == 2 and err.count("\n") == 1


def test_user_rules_and_errors_in_them(tmp):
    (tmp / "rules").mkdir()
    (tmp / "rules" / "XX101.yaml").write_text(USER_RULE, encoding="utf-8")
    code, out, err = check(tmp, "nobyline.txt", "--extend-rules", "rules")
    assert code == 1 and "XX101 no byline" in out
    (tmp / "rules" / "XX101.yaml").write_text(
        USER_RULE.replace("what: w.", "what: w.\nwhen: now"), encoding="utf-8"
    )
    code, out, err = check(tmp, "nobyline.txt", "--extend-rules", "rules")
    assert code == 2 and out == ""
    assert err.strip().startswith(f"provlint: {tmp / 'rules' / 'XX101.yaml'}:7: unknown key")


def test_config_severity_override_and_per_file_ignores(tmp):
    (tmp / "sub").mkdir()
    (tmp / "sub" / "a.txt").write_text(NO_BYLINE, encoding="utf-8")
    (tmp / ".provlint.yaml").write_text(
        "severity: {PV110: error}\nper-file-ignores: {'sub/*': [PV110]}\n", encoding="utf-8"
    )
    code, out, _ = check(tmp, "nobyline.txt")
    assert code == 1 and "PV110" in out
    code, out, _ = check(tmp, "sub/a.txt")
    assert code == 0 and "PV110" not in out


def test_config_extend_rules_and_select(tmp):
    (tmp / "XX101.yaml").write_text(USER_RULE, encoding="utf-8")
    (tmp / ".provlint.yaml").write_text(
        "extend-rules: [XX101.yaml]\nselect: [XX]\n", encoding="utf-8"
    )
    code, out, _ = check(tmp, "nobyline.txt")
    assert code == 1 and "XX101" in out and "PV110" not in out


TOLL = "By Jane Doe\n\nOver 1,500 people died in the floods.\n"


def _scored(tmp: Path) -> None:
    """Skip while the detectors cannot score the toll article yet."""
    _, out, _ = check(tmp, "toll.txt", "--fail-level", "never")
    if "provenance score n/a" in out:
        pytest.skip("figure/claim detectors pending: the article has nothing check-worthy yet")


def test_fail_under_flag(tmp):
    (tmp / "toll.txt").write_text(TOLL, encoding="utf-8")
    code, out, _ = check(tmp, "clean.txt", "--fail-under", "50")
    assert code == 0 and out == "All checks passed! (1 file checked; provenance score n/a)\n"
    _scored(tmp)
    # no finding at the fail level, but the score gate fails: the summary must not say "passed"
    code, out, _ = check(tmp, "toll.txt", "--select", "PV110", "--fail-under", "50")
    assert code == 1 and "All checks passed" not in out
    assert out.splitlines()[0] == "No findings in 1 file checked."
    assert "toll.txt  below fail-under 50" in out
    assert out.splitlines()[-1] == "1 article scored below fail-under 50."
    code, out, _ = check(tmp, "toll.txt", "--fail-level", "never", "--fail-under", "0")
    assert code == 0 and "below fail-under" not in out


def test_fail_under_must_be_a_score(tmp):
    code, out, err = check(tmp, "clean.txt", "--fail-under", "150")
    assert code == 2 and out == ""
    assert err == (
        "provlint: argument --fail-under: 150 is not a score from 0 to 100 (see provlint --help)\n"
    )


def test_fail_under_from_config_applies_and_is_printed(tmp):
    (tmp / "toll.txt").write_text(TOLL, encoding="utf-8")
    _scored(tmp)
    (tmp / ".provlint.yaml").write_text("fail-under: 50\nfail-level: never\n", encoding="utf-8")
    code, out, _ = check(tmp, "toll.txt", "clean.txt")
    assert code == 1
    assert "toll.txt   below fail-under 50" in out  # paths padded to one column
    assert "clean.txt  (nothing check-worthy to score)" in out
    assert out.splitlines()[-1] == "1 article scored below fail-under 50."
    # the flag overrides the config, both ways
    code, out, _ = check(tmp, "toll.txt", "--fail-under", "0")
    assert code == 0 and "below fail-under" not in out


def test_fail_under_of_the_closest_config(tmp):
    """Two folders, two gates: each article is held to its own config's fail-under."""
    (tmp / "strict").mkdir()
    (tmp / "strict" / "toll.txt").write_text(TOLL, encoding="utf-8")
    (tmp / "toll.txt").write_text(TOLL, encoding="utf-8")
    _scored(tmp)
    (tmp / "strict" / ".provlint.yaml").write_text("fail-under: 50\n", encoding="utf-8")
    code, out, _ = check(tmp, "toll.txt", "strict", "--select", "PV110")
    assert code == 1
    assert "strict/toll.txt  below fail-under 50" in out
    assert [ln for ln in out.splitlines() if "below" in ln and "scored" not in ln] == [
        ln for ln in out.splitlines() if "strict/toll.txt" in ln
    ]
    assert check(tmp, "toll.txt", "--select", "PV110")[0] == 0


def test_every_article_score_is_listed_lowest_first(tmp):
    (tmp / "toll.txt").write_text(TOLL, encoding="utf-8")
    _, out, _ = check(tmp, "toll.txt", "nobyline.txt", "report.txt", "--select", "PV110")
    lines = out.splitlines()
    head = lines.index("Provenance scores (0-100), lowest first:")
    rows = lines[head + 1 :]
    assert sorted(r.split()[1] for r in rows) == ["nobyline.txt", "report.txt", "toll.txt"]
    scores = [r.split()[0] for r in rows]
    known = [float(x) for x in scores if x != "n/a"]
    assert known == sorted(known) and scores[len(known) :] == ["n/a"] * (3 - len(known))


def test_report_honours_select_ignore_and_config_like_check(tmp):
    def card_codes(out: Path) -> dict[str, list[str]]:
        cards = {}
        for p in out.glob("*.json"):
            data = json.loads(p.read_text(encoding="utf-8"))
            cards[Path(data["path"]).name] = sorted(f["code"] for f in data["findings"])
        return cards

    files = ("nobyline.txt", "report.txt")
    r = run_cli("report", *files, "-o", "all", cwd=tmp)
    assert r.returncode == 0, r.stderr
    assert card_codes(tmp / "all") == {"nobyline.txt": ["PV110"], "report.txt": ["PV108"]}
    r = run_cli("report", *files, "-o", "sel", "--select", "PV108", cwd=tmp)
    assert card_codes(tmp / "sel") == {"nobyline.txt": [], "report.txt": ["PV108"]}
    r = run_cli(
        "report", *files, "-o", "ign", "--ignore", "PV1", "--extend-select", "PV110", cwd=tmp
    )
    # the more specific entry wins: PV110 beats the PV1 prefix, as in check
    assert card_codes(tmp / "ign") == {"nobyline.txt": ["PV110"], "report.txt": []}
    (tmp / ".provlint.yaml").write_text("ignore: [PV108]\n", encoding="utf-8")
    r = run_cli("report", *files, "-o", "cfg", cwd=tmp)
    assert card_codes(tmp / "cfg") == {"nobyline.txt": ["PV110"], "report.txt": []}
    # the same selection gives check the same findings
    _, out, _ = check(tmp, *files, "--fail-level", "never")
    assert [ln.split()[1] for ln in out.splitlines() if ": PV" in ln] == ["PV110"]
    r = run_cli("report", *files, "-o", "bad", "--select", "PV999", cwd=tmp)
    assert r.returncode == 2
    assert r.stderr.decode().startswith("provlint: --select: unknown rule code or prefix 'PV999'")
    assert r.stderr.decode().count("\n") == 1


def test_config_extend_select_alone_keeps_every_rule(tmp):
    (tmp / ".provlint.yaml").write_text("extend-select: [PV110]\n", encoding="utf-8")
    _, out, _ = check(tmp, "nobyline.txt", "report.txt")
    assert "PV108" in out and "PV110" in out
    (tmp / ".provlint.yaml").write_text("select: [PV108]\nextend-select: [PV110]\n")
    _, out, _ = check(tmp, "nobyline.txt", "report.txt")
    assert "PV108" in out and "PV110" in out
    _, out, _ = check(tmp, "nobyline.txt", "report.txt", "--select", "PV108")
    assert "PV108" in out and "PV110" in out  # --select replaces select, not extend-select
    (tmp / ".provlint.yaml").write_text("extend-select: [PV999]\n")
    code, _, err = check(tmp, "nobyline.txt")
    assert code == 2 and "unknown rule code or prefix 'PV999'" in err


def test_output_format_named_in_a_discovered_config(tmp):
    (tmp / ".provlint.yaml").write_text("output-format: json\n")
    _, out, _ = check(tmp, "nobyline.txt")
    assert json.loads(out)["summary"]["info"] == 1


def test_baseline_named_in_a_discovered_config(tmp):
    assert check(tmp, "nobyline.txt", "report.txt", "--write-baseline", "base.json")[0] == 0
    (tmp / ".provlint.yaml").write_text("baseline: base.json\nfail-level: info\n")
    code, out, _ = check(tmp, "nobyline.txt", "report.txt")
    assert code == 0 and out.startswith("All checks passed!")


def test_input_error_exits_2_but_other_files_are_checked(tmp):
    code, out, err = check(tmp, "missing.txt", "nobyline.txt")
    assert code == 2
    assert "missing.txt: no such file or directory" in err
    assert "nobyline.txt:1:1: PV110" in out
    assert out.splitlines()[-1] == "1 input could not be checked."


def test_only_unreadable_inputs_is_not_reported_as_passing(tmp):
    code, out, err = check(tmp, "missing.txt")
    assert code == 2 and "missing.txt: no such file or directory" in err
    assert out.splitlines() == ["No findings in 0 files checked.", "1 input could not be checked."]


def test_unreadable_input_next_to_a_clean_one_is_not_reported_as_passing(tmp):
    code, out, err = check(tmp, "missing.txt", "clean.txt")
    assert code == 2 and "missing.txt: no such file or directory" in err
    assert "All checks passed" not in out
    lines = out.splitlines()
    assert lines[0] == "No findings in 1 file checked."
    assert lines[-1] == "1 input could not be checked."


def test_baseline_write_and_use(tmp):
    code, out, err = check(tmp, "nobyline.txt", "report.txt", "--write-baseline", "base.json")
    assert code == 0 and "wrote 2 finding(s)" in err
    data = json.loads((tmp / "base.json").read_text(encoding="utf-8"))
    assert sorted(x["code"] for x in data["findings"]) == ["PV108", "PV110"]
    # move the report sentence down a few lines: still absorbed
    (tmp / "report.txt").write_text(
        "By Jane Doe\n\nIntro.\n\n" + REPORT.split("\n\n", 1)[1], encoding="utf-8"
    )
    code, out, _ = check(
        tmp, "nobyline.txt", "report.txt", "--baseline", "base.json", "--fail-level", "info"
    )
    assert code == 0 and out.startswith("All checks passed!")
    (tmp / "report.txt").write_text(
        REPORT + "\nAnother study shows the opposite.\n", encoding="utf-8"
    )
    code, out, _ = check(tmp, "report.txt", "--baseline", "base.json", "--fail-level", "info")
    assert code == 1 and "Another study" in out and "A recent study" not in out
    code, _, err = check(tmp, "report.txt", "--baseline", "nope.json")
    assert code == 2 and "baseline file not found" in err


def test_inline_suppression_and_unused_suppression(tmp):
    (tmp / "s.md").write_text(
        "---\nauthor: A\ndate: 2024-01-01\n---\n\n"
        "<!-- provlint-disable-next-line PV108 -->\nA recent study says so.\n\n"
        "<!-- provlint-disable-next-line PV108 -->\nNothing to see.\n",
        encoding="utf-8",
    )
    _, out, _ = check(tmp, "s.md", "--select", "PV001,PV108")
    assert [ln for ln in out.splitlines() if ": PV" in ln] == [
        "s.md:9:1: PV001 suppression “<!-- provlint-disable-next-line PV108 -->” suppressed nothing (PV108)"
    ]


def test_no_colour_when_piped_or_no_color(tmp):
    _, out, _ = check(tmp, "nobyline.txt")
    assert "\x1b[" not in out


def test_rules_table_and_rule_docs():
    r = run_cli("rules")
    out = r.stdout.decode()
    assert r.returncode == 0 and out.splitlines()[0].split() == [
        "CODE",
        "NAME",
        "SEVERITY",
        "SUMMARY",
    ]
    assert any(
        ln.startswith("PV101") and "unsourced-casualty-figure" in ln and "error" in ln
        for ln in out.splitlines()
    )
    r = run_cli("rule", "PV101")
    out = r.stdout.decode()
    assert (
        r.returncode == 0
        and "## What it does" in out
        and "## Why is this bad?" in out
        and "## Flagged" in out
    )
    assert run_cli("rule", "unsourced-casualty-figure").stdout.decode() == out
    r = run_cli("rule", "PV999")
    assert (
        r.returncode == 2
        and r.stderr.decode() == "provlint: PV999: unknown rule (see provlint rules)\n"
    )
    data = json.loads(run_cli("rules", "--format", "json").stdout)
    assert {d["code"] for d in data} >= {"PV101", "PV110"}


def test_colour_only_on_a_tty_and_never_with_no_color(monkeypatch):
    from provlint.report.text import use_colour

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_colour(None, Tty())
    assert not use_colour(None, object())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_colour(None, Tty())


def test_no_colour_in_a_report_written_to_a_file(monkeypatch):
    import argparse

    from provlint.report.text import use_colour

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_colour(argparse.Namespace(output=None), Tty())
    assert not use_colour(argparse.Namespace(output=Path("report.txt")), Tty())


def test_changed_since_without_path_checks_the_current_folder(tmp_path: Path):
    import subprocess

    def git(*a: str) -> None:
        subprocess.run(["git", *a], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "a@b")
    git("config", "user.name", "a")
    (tmp_path / "old.txt").write_text(BYLINE)
    git("add", ".")
    git("commit", "-qm", "x")
    (tmp_path / "new.md").write_text(NO_BYLINE)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = run_cli("check", "--changed-since", "HEAD", cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "new.md" in out and "old.txt" not in out


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["check", "a.txt", "-o", "outdir"], "outdir: is a folder"),
        (
            ["check", "a.txt", "-o", "a.txt/report.json", "--output-format", "json"],
            "a.txt/report.json: cannot create the report's folder: a.txt is a file",
        ),
        (["report", "a.txt", "-o", "a.txt"], "a.txt: cannot create the report folder"),
        (["report", "a.txt", "-o", "a.txt/cards"], "a.txt is a file"),
    ],
)
def test_unwritable_output_is_one_line_exit_2(tmp_path: Path, argv, problem):
    (tmp_path / "a.txt").write_text(BYLINE)
    (tmp_path / "outdir").mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's provlint
    proc = run_cli(*argv, cwd=tmp_path, env=env)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and problem in lines[0]
    assert (tmp_path / "a.txt").read_text() == BYLINE


def test_same_rule_folder_in_config_and_flag_is_read_once(tmp_path: Path):
    rules = tmp_path / "house"
    rules.mkdir()
    (rules / "XX101.yaml").write_text(USER_RULE)
    (tmp_path / ".provlint.yaml").write_text("extend-rules: [house]\n")
    (tmp_path / "a.txt").write_text(NO_BYLINE)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    once = run_cli("check", "a.txt", cwd=tmp_path, env=env)
    twice = run_cli(
        "check", "a.txt", "--extend-rules", "house", "--extend-rules", "house/XX101.yaml",
        cwd=tmp_path, env=env,
    )  # fmt: skip
    assert b"XX101" in once.stdout and twice.stderr == b"", twice.stderr.decode()
    assert (twice.returncode, twice.stdout) == (once.returncode, once.stdout)
