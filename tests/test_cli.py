"""The CLI as a user runs it: version, help, stdin, analysis JSON against its schema."""

from __future__ import annotations

import argparse
import json

import jsonschema
import pytest

from provlint import __version__
from provlint.cli import COMMANDS, _command_word, build_parser
from provlint.resources import schema_path

from .conftest import SEEDS, run_cli


def _validate(data):
    schema = json.loads(schema_path("analysis").read_text())
    jsonschema.Draft202012Validator(schema).validate(data)


def test_version_and_help():
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"provlint {__version__}"
    proc = run_cli("--help")
    assert proc.returncode == 0
    for cmd in ("check", "analyze"):
        assert cmd in proc.stdout.decode()


def test_analyze_seeds_json_is_valid_and_sentences_exact():
    proc = run_cli("analyze", "--format", "json", str(SEEDS))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    _validate(data)
    assert len(data["documents"]) == 5
    for d in data["documents"]:
        text = (SEEDS / d["path"].rsplit("/", 1)[-1]).read_text(encoding="utf-8")
        lines = text.split("\n")
        assert d["sentences"]
        for s in d["sentences"]:
            snippet = text[s["start"] : s["end"]]
            assert snippet == snippet.strip() and snippet
            assert lines[s["line"] - 1][s["col"] - 1 :].startswith(snippet.split("\n")[0])


def test_stdin_with_filename_uses_format_and_name():
    md = b"# Title\n\nAccording to [the ministry](https://gov.example), 12 people died.\n"
    proc = run_cli("analyze", "--format", "json", "-", "--stdin-filename", "piped.md", input=md)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    _validate(data)
    (doc,) = data["documents"]
    assert doc["path"] == "piped.md" and doc["format"] == "markdown"
    (link,) = doc["links"]
    assert md.decode()[link["start"] : link["end"]] == "the ministry"
    assert (link["line"], link["col"]) == (3, 15)


def test_analyze_text_format_shows_positions():
    proc = run_cli("analyze", str(SEEDS / "002_cb2e97fc869e1f8a.txt"))
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert out.startswith("== ") and "\n1:1 #0 " in out


def test_python_dash_m_and_quiet_clean_check(tmp_path):
    p = tmp_path / "clean.md"
    p.write_text("# Note\n\nThe mayor said the bridge reopened.\n")
    proc = run_cli("check", str(p))
    assert proc.returncode in (0, 1)
    assert b"Traceback" not in proc.stderr


def _subparsers(parser):
    return next(a for a in parser._actions if a.dest == "command").choices


@pytest.mark.parametrize("command", COMMANDS)
def test_a_parser_built_for_one_command_reads_as_the_full_one(command):
    """main() builds only the subcommand it runs; its help and options must not change."""
    full, one = _subparsers(build_parser())[command], _subparsers(build_parser(command))
    assert list(one) == [command]
    assert one[command].format_help() == full.format_help()
    assert [a.option_strings for a in one[command]._actions] == [
        a.option_strings for a in full._actions
    ]


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["check", "a.txt"], "check"),
        (["-v", "--", "rule", "PV101"], "rule"),
        (["--help"], None),
        (["--version", "check"], "--version"),
        (["-h", "--version"], None),
        (["-h", "check"], None),  # top-level help lists every command
        (["check", "-h"], "check"),
    ],
)
def test_the_command_word_is_the_first_that_is_not_an_option(argv, word):
    assert _command_word(argv) == word


@pytest.mark.parametrize(
    ("columns", "lines"),
    [(None, None), ("", None), ("0", "0"), ("abc", "5"), ("120", None), ("45", "10"), ("-3", "40")],
)
def test_help_width_is_the_one_shutil_gives(monkeypatch, columns, lines):
    """The parser's formatter works out the terminal width without importing shutil."""
    import shutil

    from provlint.cli import _Formatter, _terminal_columns

    for name, value in (("COLUMNS", columns), ("LINES", lines)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert _terminal_columns() == shutil.get_terminal_size().columns
    assert _Formatter("provlint")._width == argparse.HelpFormatter("provlint")._width
