"""The built wheel carries rules/ and schemas/ and finds them when installed outside the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow


def test_wheel_installs_and_runs_from_clean_venv(tmp_path: Path):
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = dist.glob("provlint-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "provlint/_data/schemas/analysis.schema.json" in names
    assert any(
        n.startswith("provlint/_data/rules/lexicons/") and n.endswith(".yaml") for n in names
    )

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    pip = subprocess.run(
        [str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert pip.returncode == 0, pip.stderr[-2000:]
    # run from an unrelated folder so nothing can be found through the checkout
    proc = subprocess.run(
        [str(bindir / "provlint"), "analyze", "--format", "json", str(SEEDS)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert len(data["documents"]) == 5
    where = subprocess.run(
        [str(bindir / "python"), "-c", "import provlint.resources as r; print(r.rules_dir())"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "_data" in where.stdout and str(ROOT) not in where.stdout
