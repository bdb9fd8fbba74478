"""QA round 8 (tool behaviour): rule selection, config and lexicon errors that name the line,
``report --baseline``, symlinked inputs, and what the GitHub, SARIF, JUnit and text reports
send. Run in-process (``provlint.cli.main``) on invented articles; the selection cases lean on
PV110 (no byline), which needs no detector."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from provlint.cli import main

NO_BYLINE = "The council met in Brenmoor to discuss the harbour budget.\n"
CASUALTY = "By Ann Lee\n\nThe storm came ashore and killed at least 15\npeople in Tarrow.\n"


def run(monkeypatch, capsys, folder: Path, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(folder)
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# --- #11: the more specific selector wins, whichever list it is in ----------------------------
SELECTION = [
    # (config, flags, PV110 reported)
    ("ignore: [PV1]\nextend-select: [PV110]\n", [], True),
    (None, ["--ignore", "PV1", "--extend-select", "PV110"], True),
    ("ignore: [PV1]\n", ["--extend-select", "PV110"], True),
    ("extend-select: [PV110]\n", ["--ignore", "PV1"], True),
    ("ignore: [PV1]\nselect: [PV110]\n", [], True),
    # should not find: a tie or a more specific ignore wins; per-file-ignores always wins
    ("ignore: [PV110]\nextend-select: [PV1]\n", [], False),
    (None, ["--ignore", "PV110", "--extend-select", "PV110"], False),
    (None, ["--ignore", "PV1"], False),
    ("extend-select: [PV110]\nper-file-ignores: {'*.txt': [PV1]}\n", [], False),
    ("select: [PV110]\nper-file-ignores: {'*.txt': [PV1]}\n", [], False),
]


@pytest.mark.parametrize(("config", "flags", "reported"), SELECTION)
def test_more_specific_selector_wins(tmp_path, monkeypatch, capsys, config, flags, reported):
    (tmp_path / "a.txt").write_text(NO_BYLINE, encoding="utf-8")
    if config is not None:
        (tmp_path / ".provlint.yaml").write_text(config, encoding="utf-8")
    code, out, err = run(monkeypatch, capsys, tmp_path, "check", "a.txt", *flags)
    assert code in (0, 1), err
    assert ("PV110" in out) is reported, out


# --- #15: an unknown code in a config names the file and the line ------------------------------
CONFIG_CODES = [
    (".provlint.yaml", "fail-level: info\nextend-select: [XX]\n", ".provlint.yaml:2:", "'XX'"),
    (".provlint.yaml", "ignore:\n  - PV110\n  - PV9\n", ".provlint.yaml:3:", "'PV9'"),
    (".provlint.yaml", "severity:\n  PV999: error\n", ".provlint.yaml:2:", "'PV999' in severity"),
    (
        ".provlint.yaml",
        "per-file-ignores:\n  '*.txt':\n    - PV110\n    - QQ1\n",
        ".provlint.yaml:4:",
        "'QQ1' in per-file-ignores",
    ),
    ("pyproject.toml", '[tool.provlint]\nseverity = {PV999 = "error"}\n', "pyproject.toml:2:", ""),
    (
        "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.provlint]\nfail-level = "info"\n\n'
        '[tool.provlint.severity]\nPV999 = "error"\n',
        "pyproject.toml:7:",
        "'PV999'",
    ),
]


@pytest.mark.parametrize(("name", "text", "where", "what"), CONFIG_CODES)
def test_unknown_code_in_config_names_the_line(
    tmp_path, monkeypatch, capsys, name, text, where, what
):
    (tmp_path / "a.txt").write_text(NO_BYLINE, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    code, _, err = run(monkeypatch, capsys, tmp_path, "check", "a.txt")
    assert code == 2
    assert f"{tmp_path / name}".replace(name, "") in err and where in err, err
    assert "unknown rule code or prefix" in err and what in err and "allowed:" in err


def test_known_codes_in_config_are_no_error(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(NO_BYLINE, encoding="utf-8")
    (tmp_path / ".provlint.yaml").write_text(
        "select: [ALL]\nignore: [PV10]\nseverity: {PV1: info}\nper-file-ignores: {'x/*': [PV10]}\n",
        encoding="utf-8",
    )
    code, _, err = run(monkeypatch, capsys, tmp_path, "check", "a.txt")
    assert code in (0, 1) and not err, err


# --- #12: report takes --baseline, as check does -----------------------------------------------
def test_report_takes_baseline_flag(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(NO_BYLINE, encoding="utf-8")
    run(monkeypatch, capsys, tmp_path, "check", "a.txt", "--write-baseline", "bl.json")

    def codes(folder: str) -> list[str]:
        cards = [p for p in (tmp_path / folder).glob("*.json")]
        data = json.loads(cards[0].read_text(encoding="utf-8"))
        return [f["code"] for f in data["findings"]]

    code, _, err = run(
        monkeypatch, capsys, tmp_path, "report", "a.txt", "-o", "with", "--baseline", "bl.json"
    )
    assert code == 0, err
    run(monkeypatch, capsys, tmp_path, "report", "a.txt", "-o", "without")
    assert codes("with") == [] and "PV110" in codes("without")
    code, _, err = run(
        monkeypatch, capsys, tmp_path, "report", "a.txt", "-o", "x", "--baseline", "no.json"
    )
    assert code == 2 and "no.json" in err


# --- #13: a group of an extend-lexicons file must be one the detectors read --------------------
LEXICON_GROUPS = [
    # (file text, error expected, text in the error)
    (
        "lexicon: sources\nentries:\n  anonymous_heads: [drivers]\n",
        "typo.yaml:3:",
        "'anonymous_head'",
    ),
    ("lexicon: sources\nreplace: true\nentries:\n  titel: [sheriff]\n", "typo.yaml:4:", "'title'"),
    ("lexicon: sources\nentries: [drivers]\n", "typo.yaml:2:", "groups"),
    ("lexicon: currencies\nentries:\n  sek_words: [kronor]\n", "typo.yaml:3:", "unknown group"),
    # should not find: known groups, and new groups named by a value like the shipped ones
    ("lexicon: sources\nentries:\n  anonymous_head: [drivers]\n", None, ""),
    ("lexicon: currencies\nentries:\n  SEK: [SEK]\n  SEK_words: [kronor]\n", None, ""),
    ("lexicon: number_words\nentries:\n  '21': [twenty-one]\n", None, ""),
    ("lexicon: fractions\nentries:\n  '1/6': [a sixth]\n", None, ""),
]


@pytest.mark.parametrize(("text", "where", "what"), LEXICON_GROUPS)
def test_unknown_lexicon_group_is_an_error(tmp_path, monkeypatch, capsys, text, where, what):
    (tmp_path / "a.txt").write_text(NO_BYLINE, encoding="utf-8")
    (tmp_path / "lex").mkdir()
    (tmp_path / "lex" / "typo.yaml").write_text(text, encoding="utf-8")
    (tmp_path / ".provlint.yaml").write_text("extend-lexicons: [lex]\n", encoding="utf-8")
    code, _, err = run(monkeypatch, capsys, tmp_path, "check", "a.txt")
    if where is None:
        assert code in (0, 1) and not err, err
    else:
        assert code == 2 and where in err and what in err, err


# --- #16: a symlink is reported under the name it was given ------------------------------------
@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_keeps_its_name(tmp_path, monkeypatch, capsys):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "story.txt").write_text(NO_BYLINE, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(Path("real") / "story.txt")
    _, out, _ = run(monkeypatch, capsys, tmp_path, "check", "link.txt", "--select", "PV110")
    assert out.startswith("link.txt:1:1: PV110") and "real/story.txt" not in out, out
    _, out, _ = run(monkeypatch, capsys, tmp_path, "check", "real/story.txt", "--select", "PV110")
    assert out.startswith("real/story.txt:1:1: PV110"), out


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_dot_dot_through_a_symlinked_folder_names_the_file_read(tmp_path, monkeypatch, capsys):
    (tmp_path / "other" / "deep").mkdir(parents=True)
    (tmp_path / "other" / "x.txt").write_text(NO_BYLINE, encoding="utf-8")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    (cwd / "x.txt").write_text("Clean\n\nBy Ann Lee\n\nThe dam held.\n", encoding="utf-8")
    (cwd / "sub").symlink_to(tmp_path / "other" / "deep")
    _, out, _ = run(monkeypatch, capsys, cwd, "check", "sub/../x.txt", "--select", "PV110")
    # "sub/.." is "other", not the working folder: the finding is not put on ./x.txt
    assert out.startswith("sub/../x.txt:1:1: PV110"), out


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_dot_dot_before_a_symlinked_file_keeps_the_link_name(tmp_path, monkeypatch, capsys):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "story.txt").write_text(NO_BYLINE, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(Path("real") / "story.txt")
    _, out, _ = run(monkeypatch, capsys, tmp_path, "check", "real/../link.txt", "--select", "PV110")
    assert out.startswith("link.txt:1:1: PV110"), out


# --- #17, #18, #19: what the machine formats send ----------------------------------------------
def test_github_columns_only_on_one_line_ranges(tmp_path, monkeypatch, capsys):
    (tmp_path / "wrap.md").write_text(CASUALTY, encoding="utf-8")
    (tmp_path / "one.md").write_text(CASUALTY.replace("15\npeople", "15 people"), encoding="utf-8")
    _, out, _ = run(
        monkeypatch, capsys, tmp_path, "check", "wrap.md", "one.md", "--output-format", "github"
    )
    wrap = next(line for line in out.splitlines() if "file=wrap.md" in line and "PV101" in line)
    one = next(line for line in out.splitlines() if "file=one.md" in line and "PV101" in line)
    assert "line=3,endLine=4,title=" in wrap and "col=" not in wrap
    assert "line=3,endLine=3,col=34,endColumn=52,title=" in one


def test_sarif_snippet_is_the_region_text(tmp_path, monkeypatch, capsys):
    (tmp_path / "wrap.md").write_text(CASUALTY, encoding="utf-8")
    _, out, _ = run(monkeypatch, capsys, tmp_path, "check", "wrap.md", "--output-format", "sarif")
    (result,) = [r for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "PV101"]
    loc = result["locations"][0]["physicalLocation"]
    assert loc["region"]["snippet"]["text"] == "at least 15\npeople"
    context = loc["contextRegion"]
    assert (
        context["snippet"]["text"]
        == "The storm came ashore and killed at least 15\npeople in Tarrow."
    )
    assert (context["startLine"], context["startColumn"], context["endLine"]) == (3, 1, 4)


@pytest.mark.parametrize(
    ("text", "score"),
    [("By Ann Lee\n\nWhat a lovely day.\n", "n/a"), (CASUALTY, "0")],
)
def test_junit_carries_every_score(tmp_path, monkeypatch, capsys, text, score):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    _, out, _ = run(monkeypatch, capsys, tmp_path, "check", "a.txt", "--output-format", "junit")
    assert f'<property name="score" value="{score}" />' in out, out


# --- minor: the text report does not pass control characters to the terminal ------------------
@pytest.mark.parametrize(
    ("article", "shown", "hidden"),
    [
        (
            "The river burst its banks in Os\x1b[31mterby\x08\x08 on Tuesday.",
            "Os\\x1b[31mterby\\x08\\x08",
            "\x1b",
        ),
        ("The river burst its banks in Osterby on Tuesday.", "in Osterby on Tuesday.", "\\x"),
    ],
)
def test_text_report_escapes_control_characters(
    tmp_path, monkeypatch, capsys, article, shown, hidden
):
    (tmp_path / "a.txt").write_text(f"By Ann Lee\n\n{article}\n", encoding="utf-8")
    _, out, _ = run(monkeypatch, capsys, tmp_path, "check", "a.txt", "--select", "PV109")
    assert "PV109" in out and shown in out and hidden not in out, out
