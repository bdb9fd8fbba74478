"""Shared test helpers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT / "seeds"


def run_cli(
    *args: str, input: bytes | None = None, cwd: Path | None = None, env: dict | None = None
):
    """Run provlint in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "provlint", *args],
        input=input,
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=300,
    )


def run_python(code: str) -> str:
    """What ``code`` prints in a fresh interpreter started in the repository: for checks of what
    importing provlint loads, which the test process has long since loaded."""
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(autouse=True, scope="session")
def _cache_dir(tmp_path_factory):
    """Parsed rule files are cached by content (provlint.cache): keep the suite's cache, which
    the CLI subprocesses inherit, out of the user's home."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PROVLINT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield
