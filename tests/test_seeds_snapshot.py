"""``provlint check seeds/`` text output: the issue's expectations, and a reviewed snapshot.

The snapshot (``tests/snapshots/check-seeds.txt``) is the whole text report, read line by line
by a person when it was recorded. Any change to a detector or rule that moves a finding shows
up here as a diff to review. To record a new snapshot after reviewing the diff::

    PROVLINT_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_seeds_snapshot.py
"""

from __future__ import annotations

import difflib
import json
import os
import re
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "check-seeds.txt"
FINDING = re.compile(r"^(?P<path>\S+):(?P<line>\d+):(?P<col>\d+): (?P<code>PV\d+) (?P<message>.*)$")


@cache
def _check_seeds() -> tuple[int, str]:
    r = run_cli("check", "seeds", cwd=ROOT)
    return r.returncode, r.stdout.decode()


def _findings() -> list[re.Match[str]]:
    return [m for line in _check_seeds()[1].splitlines() if (m := FINDING.match(line))]


@pytest.mark.parametrize(
    ("figure", "code"),
    [
        ("over 99,200 deaths", "PV101"),
        ("1500 deaths", "PV101"),
        ("the deaths of 53 people", "PV101"),
        ("at least $180,000", "PV102"),
    ],
)
def test_unsourced_death_tolls_and_payments_are_errors(figure: str, code: str) -> None:
    hits = [m for m in _findings() if f"“{figure}”" in m.group("message")]
    assert [m.group("code") for m in hits] == [code]
    assert _check_seeds()[0] == 1  # errors fail the run


@pytest.mark.parametrize("figure", ["some 17,000 Iranians", "at least US$20,000"])
def test_sourced_figures_are_not_flagged_unsourced(figure: str) -> None:
    codes = {m.group("code") for m in _findings() if figure in m.group("message")}
    assert not codes & {"PV101", "PV102", "PV103", "PV104"}
    # The figure is found, and found sourced: its absence above is not a detector miss.
    r = run_cli("analyze", "--format", "json", "seeds", cwd=ROOT)
    docs = json.loads(r.stdout)["documents"]
    found = [f for d in docs for f in d["figures"] if figure.endswith(f["text"])]
    assert [f["sourcing"] for f in found] == ["named"]


def test_positions_point_at_the_quoted_text() -> None:
    for m in _findings():
        quoted = re.search(r"“(.+?)(?:…)?”", m.group("message"))
        if quoted is None or m.group("code") not in ("PV101", "PV102", "PV103"):
            continue
        line = (
            (ROOT / m.group("path"))
            .read_text(encoding="utf-8")
            .splitlines()[int(m.group("line")) - 1]
        )
        col = int(m.group("col")) - 1
        assert line[col:].startswith(quoted.group(1)), m.group(0)


def test_matches_reviewed_snapshot() -> None:
    rc, out = _check_seeds()
    if os.environ.get("PROVLINT_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(out, encoding="utf-8")
    expected = SNAPSHOT.read_text(encoding="utf-8")
    if out != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                out.splitlines(keepends=True),
                "snapshot",
                "now",
            )
        )
        pytest.fail(f"`provlint check seeds` changed; review and re-record:\n{diff}")
