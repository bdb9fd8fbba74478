"""``--changed-since REF``: only documents added or changed since a git ref, plus untracked ones."""

from __future__ import annotations

import subprocess
from pathlib import Path

from provlint.errors import ProvlintError
from provlint.inputs import Target


class ChangedSinceError(ProvlintError):
    """Not inside a git work tree, git missing, or an unknown ref."""


def _git(args: list[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise ChangedSinceError("--changed-since", "git is not installed") from exc
    if proc.returncode != 0:
        msg = (proc.stderr.strip().splitlines() or ["git failed"])[-1]
        raise ChangedSinceError("--changed-since", msg)
    return proc.stdout


def changed_files(ref: str, cwd: Path | None = None) -> set[Path]:
    """Absolute paths of files added, copied, modified or renamed since ``ref``, and untracked ones."""
    where = (cwd or Path.cwd()).resolve()
    try:
        top = Path(_git(["rev-parse", "--show-toplevel"], where).strip())
    except ChangedSinceError as exc:
        raise ChangedSinceError("--changed-since", "not inside a git repository") from exc
    if ref.startswith("-"):
        raise ChangedSinceError("--changed-since", f"bad git ref {ref!r}")
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
    except ChangedSinceError as exc:
        raise ChangedSinceError("--changed-since", f"unknown git ref {ref!r}") from exc
    diff = _git(["diff", "--name-only", "-z", "--diff-filter=ACMR", ref, "--"], top)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    names = [n for n in (diff + untracked).split("\0") if n]
    return {(top / n).resolve() for n in names}


def filter_targets(targets: list[Target], ref: str, cwd: Path | None = None) -> list[Target]:
    """The targets whose file was added or changed since ``ref`` (or is untracked).

    Standard input and URLs are kept: they have no git history to compare with.
    """
    changed = changed_files(ref, cwd)
    return [t for t in targets if t.path is None or t.path.resolve() in changed]
