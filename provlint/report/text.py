"""The default output: ``path:line:col: CODE message`` lines, then a short summary.

Like ruff, a clean run prints one line. Colour only when stdout is a terminal and
``NO_COLOR`` is unset (or when ``args.color`` says so).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter

from provlint.model import Finding
from provlint.results import RunResult

_SEV_COLOUR = {"error": "31", "warning": "33", "info": "36"}
MAX_LISTED_SCORES = 10


def use_colour(args: argparse.Namespace | None = None, stream=None) -> bool:
    forced = getattr(args, "color", None) if args is not None else None
    if forced is not None:
        return bool(forced)
    if os.environ.get("NO_COLOR"):
        return False
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def format_score(score: float | None) -> str:
    return "n/a" if score is None else f"{score:.1f}"


def finding_line(f: Finding, colour: bool = False) -> str:
    where = _paint(f"{f.path}:{f.line}:{f.col}:", "1", colour)
    code = _paint(f.code, "1;" + _SEV_COLOUR.get(f.severity, "0"), colour)
    return f"{where} {code} {f.message}"


def _scores(run: RunResult) -> list[tuple[str, float | None]]:
    return [(d.path, d.scorecard.score if d.scorecard else None) for d in run.documents]


def _score_summary(run: RunResult) -> str:
    scores = _scores(run)
    if not scores:
        return ""
    if len(scores) <= MAX_LISTED_SCORES:
        return "; ".join(f"{p} {format_score(s)}" for p, s in scores)
    known = sorted(s for _, s in scores if s is not None)
    if not known:
        return "all n/a"
    lowest = sorted(((s, p) for p, s in scores if s is not None))[:3]
    median = known[len(known) // 2]
    return f"min {known[0]:.1f}, median {median:.1f}, max {known[-1]:.1f}; lowest: " + ", ".join(
        f"{p} {s:.1f}" for s, p in lowest
    )


def render_text(run: RunResult, args: argparse.Namespace) -> str:
    colour = use_colour(args)
    findings = sorted(
        (f for d in run.documents for f in d.findings),
        key=lambda f: (f.path, f.line, f.col, f.code),
    )
    files = len(run.documents)
    plural = "s" if files != 1 else ""
    scores = _score_summary(run)
    fail_under = getattr(args, "fail_under", None)
    out: list[str] = []
    if not findings:
        line = f"All checks passed! ({files} file{plural} checked"
        out.append(line + (f"; score: {scores})" if scores else ")"))
    else:
        out.extend(finding_line(f, colour) for f in findings)
        counts = Counter(f.severity for f in findings)
        parts = [
            f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}"
            for s in ("error", "warning", "info")
            if counts[s]
        ]
        n = len(findings)
        out.append(
            f"Found {n} finding{'s' if n != 1 else ''} ({', '.join(parts)}) in {files} file{plural} checked."
        )
        if scores:
            out.append(f"Provenance score: {scores}")
    if fail_under is not None:
        for path, score in _scores(run):
            if score is not None and score < fail_under:
                out.append(
                    _paint(
                        f"{path}: provenance score {score:.1f} is under --fail-under {fail_under:g}",
                        "31",
                        colour,
                    )
                )
    return "\n".join(out) + "\n"
