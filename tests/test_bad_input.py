"""Every bad input gets one clear line naming the file, exit 2, and the other files are still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import run_cli

GOOD = "Ten people died in the flood, the mayor said.\n"


def _write(tmp: Path, name: str, data: bytes) -> Path:
    p = tmp / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
        ("latin1.txt", "Caf\xe9 prices rose.".encode("latin-1"), "not valid UTF-8"),
        ("empty.md", b"", "empty file"),
        ("blank.txt", b"  \n\n\t\n", "empty file"),
    ],
)
def test_unreadable_file_is_one_line_and_others_still_checked(tmp_path, name, data, problem):
    bad = _write(tmp_path, name, data)
    good = _write(tmp_path, "good.txt", GOOD.encode())
    proc = run_cli("analyze", "--format", "json", str(bad), str(good))
    assert proc.returncode == 2
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1
    assert str(bad) in err[0] and problem in err[0]
    assert "Traceback" not in proc.stderr.decode()
    docs = json.loads(proc.stdout)["documents"]
    assert [Path(d["path"]).name for d in docs] == ["good.txt"]


def test_missing_path(tmp_path):
    proc = run_cli("check", str(tmp_path / "nope.md"))
    assert proc.returncode == 2
    assert (
        proc.stderr.decode().strip()
        == f"provlint: {tmp_path / 'nope.md'}: no such file or directory"
    )


def test_folder_without_supported_files(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"x")
    proc = run_cli("check", str(tmp_path))
    assert proc.returncode == 2
    line = proc.stderr.decode().strip()
    assert str(tmp_path) in line and "no supported files" in line and "\n" not in line


def test_file_over_size_limit(tmp_path):
    big = _write(tmp_path, "big.txt", (GOOD * 50).encode())
    (tmp_path / ".provlint.yaml").write_text("max-file-size: 100\n")
    proc = run_cli("analyze", str(big))
    assert proc.returncode == 2
    line = proc.stderr.decode().strip()
    assert "big.txt" in line and "over the 100-byte limit" in line


def test_unreachable_url():
    proc = run_cli("analyze", "http://127.0.0.1:9/article.html")
    assert proc.returncode == 2
    line = proc.stderr.decode().strip()
    assert line.startswith("provlint: http://127.0.0.1:9/article.html: could not fetch")
    assert "Traceback" not in line


def test_invalid_utf8_in_stdin():
    proc = run_cli("analyze", "-", "--stdin-filename", "piped.md", input=b"caf\xe9 bad")
    assert proc.returncode == 2
    assert "piped.md: not valid UTF-8" in proc.stderr.decode()


def test_usage_error_exit_2():
    proc = run_cli("check")
    assert proc.returncode == 2
    assert proc.stderr.decode().count("\n") == 1
    proc = run_cli("check", "--no-such-flag", "x.md")
    assert proc.returncode == 2


def test_a_detector_bug_is_one_line_for_that_file_and_the_others_are_checked(
    tmp_path, monkeypatch, capsys
):
    import provlint.pipeline
    from provlint.cli import main

    real = provlint.pipeline.analyze

    def failing(doc, lexicons):
        if doc.path.endswith("bad.txt"):
            raise IndexError("list index out of range")
        return real(doc, lexicons)

    monkeypatch.setattr(provlint.pipeline, "analyze", failing)
    monkeypatch.delenv("PROVLINT_DEBUG", raising=False)
    (tmp_path / "bad.txt").write_text("Reyes said 40 homes flooded.\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Reyes said 40 homes flooded.\n", encoding="utf-8")
    code = main(["check", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt")])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and "bad.txt: internal error while analysing (IndexError" in err
    assert "Traceback" not in err
    assert "good.txt" in out
    monkeypatch.setenv("PROVLINT_DEBUG", "1")
    with pytest.raises(IndexError):
        main(["check", str(tmp_path / "bad.txt")])


@pytest.mark.parametrize(
    ("front", "line", "problem"),
    [
        ("date: 2024-02-30", 3, "day is out of range for month"),
        ("date: 2024-13-01", 3, "month must be in 1..12"),
        ("date: 2024-03-01 25:00:00", 3, "hour must be in 0..23"),
        ("x: !!float abc", 3, "could not convert"),
        ('x: !!int ""', 3, "invalid value"),
        ("date: !!timestamp foo", 3, "invalid value 'foo': not a valid timestamp"),
        ("when: !!timestamp 2024-1x-01", 3, "not a valid timestamp"),
        ("x: !!set [1]", 3, "expected a mapping"),
        ("title: [unclosed", 4, "expected"),
    ],
)
def test_bad_front_matter_is_one_line_and_others_still_checked(tmp_path, front, line, problem):
    bad = _write(tmp_path, "bad.md", f"---\nauthor: Jo\n{front}\n---\n\nHe said hi.\n".encode())
    good = _write(tmp_path, "good.txt", GOOD.encode())
    proc = run_cli("check", str(bad), str(good))
    assert proc.returncode == 2
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "Traceback" not in proc.stderr.decode()
    assert err[0].startswith(f"provlint: {bad}: front matter line {line}: ") and problem in err[0]
    assert "good.txt" in proc.stdout.decode()


def test_valid_front_matter_date_still_read(tmp_path):
    p = _write(tmp_path, "ok.md", b"---\nauthor: Jo\ndate: 2024-02-29\n---\n\nHe said hi.\n")
    proc = run_cli("analyze", "--format", "json", str(p))
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["documents"][0]["metadata"]["date"] == "2024-02-29"
