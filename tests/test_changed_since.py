"""``provlint check --changed-since REF`` on a temporary git repository."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from provlint.changed import ChangedSinceError, changed_files

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

UNSOURCED = "# Old\n\nAt least 45 people died in the floods.\n"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    r = tmp_path / "repo"
    (r / "news").mkdir(parents=True)
    git(r, "init", "-q", "-b", "main")
    (r / "news" / "old.md").write_text(UNSOURCED)
    (r / "news" / "edited.md").write_text("# Edited\n\nNothing here.\n")
    (r / "news" / "deleted.md").write_text(UNSOURCED)
    (r / "news" / "renamed.md").write_text(UNSOURCED)
    (r / ".gitignore").write_text("ignored/\n")
    git(r, "add", "-A")
    git(r, "commit", "-q", "-m", "base")
    git(r, "tag", "base")
    (r / "news" / "edited.md").write_text("# Edited\n\nSome 300 people were missing.\n")
    (r / "news" / "added.md").write_text(UNSOURCED)
    git(r, "rm", "-q", "news/deleted.md")
    git(r, "mv", "news/renamed.md", "news/moved.md")
    git(r, "add", "-A")
    git(r, "commit", "-q", "-m", "change")
    (r / "news" / "untracked.md").write_text(UNSOURCED)
    (r / "ignored").mkdir()
    (r / "ignored" / "x.md").write_text(UNSOURCED)
    (r / "notes.py").write_text("x = 1\n")
    return r


def test_changed_files_lists_added_modified_renamed_and_untracked(repo: Path):
    names = {p.relative_to(repo.resolve()).as_posix() for p in changed_files("base", repo)}
    assert names == {
        "news/edited.md",
        "news/added.md",
        "news/moved.md",
        "news/untracked.md",
        "notes.py",
    }


def test_changed_files_from_a_subfolder(repo: Path):
    assert {p.name for p in changed_files("HEAD", repo / "news")} == {"untracked.md", "notes.py"}


@pytest.mark.slow
def test_check_only_reports_changed_documents(repo: Path, cli):
    res = cli("check", "--changed-since", "base", "--output-format", "json", ".", cwd=repo)
    import json

    paths = sorted(d["path"] for d in json.loads(res.stdout)["documents"])
    assert paths == ["news/added.md", "news/edited.md", "news/moved.md", "news/untracked.md"], (
        res.stderr
    )
    assert res.returncode == 1
    # intersected with the given paths
    res = cli(
        "check",
        "--changed-since",
        "base",
        "--output-format",
        "json",
        "news/added.md",
        "news/old.md",
        cwd=repo,
    )
    assert [d["path"] for d in json.loads(res.stdout)["documents"]] == ["news/added.md"]
    # nothing changed since HEAD under news/ except the untracked file
    res = cli("check", "--changed-since", "HEAD", "--output-format", "json", "news", cwd=repo)
    assert [d["path"] for d in json.loads(res.stdout)["documents"]] == ["news/untracked.md"]


@pytest.mark.slow
def test_clean_tree_checks_nothing_and_passes(repo: Path, cli):
    (repo / "news" / "untracked.md").unlink()
    res = cli("check", "--changed-since", "HEAD", "news", cwd=repo)
    assert res.returncode == 0, res.stderr
    assert b"PV1" not in res.stdout


@pytest.mark.slow
def test_bad_ref_and_not_a_repo_are_one_line_errors(repo: Path, tmp_path: Path, cli):
    res = cli("check", "--changed-since", "no-such-ref", ".", cwd=repo)
    assert res.returncode == 2
    assert res.stderr.decode() == "provlint: --changed-since: unknown git ref 'no-such-ref'\n"
    outside = tmp_path / "plain"
    outside.mkdir()
    (outside / "a.md").write_text(UNSOURCED)
    res = cli("check", "--changed-since", "HEAD", ".", cwd=outside, env=_no_git_env(tmp_path))
    assert res.returncode == 2
    assert res.stderr.decode() == "provlint: --changed-since: not inside a git repository\n"


def test_option_injection_is_refused(repo: Path):
    with pytest.raises(ChangedSinceError, match="unknown git ref|bad git ref"):
        changed_files("--output=/tmp/x", repo)


def _no_git_env(tmp_path: Path) -> dict:
    """Environment that stops git from finding a repository above ``tmp_path``."""
    import os

    return {**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path)}
