"""The default output: ``path:line:col: CODE message`` lines, then a short summary.

The summary counts findings per severity and gives each article's provenance score, lowest
first (see :func:`score_summary` for large runs), marking those below their ``fail-under``.
Like ruff, a clean run of one article prints one line. Colour only when stdout is a terminal and
``NO_COLOR`` is unset (or when ``args.color`` says so).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter

from provlint.model import Finding
from provlint.results import DocumentResult, RunResult

_SEV_COLOUR = {"error": "31", "warning": "33", "info": "36"}
MAX_LISTED_SCORES = 10  # more articles than this are summarised unless --show-scores
LOWEST_SHOWN = 5  # articles listed in a summarised run (plus every one below fail-under)


def use_colour(args: argparse.Namespace | None = None, stream=None) -> bool:
    forced = getattr(args, "color", None) if args is not None else None
    if forced is not None:
        return bool(forced)
    if os.environ.get("NO_COLOR"):
        return False
    if args is not None and getattr(args, "output", None):
        return False  # the report goes to a file (-o), not to the terminal
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def unchecked_inputs(run: RunResult) -> int:
    """How many inputs were not checked: a broken config skips every file it governs, though
    its error is printed once (``inputs`` on the error counts them)."""
    return sum(getattr(e, "inputs", 1) for e in run.errors)


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def format_score(score: float | None) -> str:
    return "n/a" if score is None else f"{score:.1f}"


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with control characters (ESC, backspace, CR, C1 controls, ...) shown as
    ``\\x1b`` and the like: an article's text must not move the cursor or recolour the
    terminal it is reported on."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def finding_line(f: Finding, colour: bool = False) -> str:
    where = _paint(printable(f"{f.path}:{f.line}:{f.col}:"), "1", colour)
    code = _paint(f.code, "1;" + _SEV_COLOUR.get(f.severity, "0"), colour)
    return f"{where} {code} {printable(f.message)}"


def _sort_key(d: DocumentResult) -> tuple[bool, float, str]:
    """Lowest score first (the articles that need work), n/a last, then by path."""
    return (d.score is None, d.score if d.score is not None else 0.0, d.path)


def _median(values: list[float]) -> float:
    n = len(values)
    mid = n // 2
    return values[mid] if n % 2 else (values[mid - 1] + values[mid]) / 2


def _score_line(d: DocumentResult, width: int, colour: bool) -> str:
    line = f"  {format_score(d.score):>5}  {printable(d.path):<{width}}"
    if d.score is None:
        line += "  (nothing check-worthy to score)"
    elif d.under_fail_under:
        line += "  " + _paint(f"below fail-under {d.fail_under:g}", "31", colour)
    return line.rstrip()


def score_summary(
    docs: list[DocumentResult], show_all: bool = False, colour: bool = False
) -> list[str]:
    """Lines giving each article's provenance score, lowest first.

    Up to :data:`MAX_LISTED_SCORES` articles (or all with ``show_all``) are listed one per
    line. A larger run gets one line of aggregates (min, median, max, n/a), then the
    :data:`LOWEST_SHOWN` lowest articles and *every* article below its fail-under, because
    those make the run fail and, like findings, are never hidden; a last line says how many
    were left out and how to list them.
    """
    if not docs:
        return []
    ordered = sorted(docs, key=_sort_key)
    out: list[str] = []
    if show_all or len(docs) <= MAX_LISTED_SCORES:
        shown = ordered
        out.append(
            "Provenance score (0-100):"
            if len(docs) == 1
            else "Provenance scores (0-100), lowest first:"
        )
    else:
        known = [d.score for d in ordered if d.score is not None]
        na = len(docs) - len(known)
        stats = (
            f"min {known[0]:.1f}, median {_median(known):.1f}, max {known[-1]:.1f}"
            if known
            else "none scored"
        )
        out.append(
            f"Provenance scores (0-100) of {len(docs)} articles: {stats}"
            + (f"; {na} n/a" if na else "")
            + ". Lowest first:"
        )
        shown = [d for i, d in enumerate(ordered) if i < LOWEST_SHOWN or d.under_fail_under]
    width = max(len(printable(d.path)) for d in shown)
    out.extend(_score_line(d, width, colour) for d in shown)
    if len(shown) < len(docs):
        out.append(f"  ... {len(docs) - len(shown)} more (--show-scores lists every article)")
    return out


def _fail_under_line(docs: list[DocumentResult]) -> str:
    """ "2 articles scored below fail-under 50." (or "below their fail-under" when they differ)."""
    under = [d for d in docs if d.under_fail_under]
    if not under:
        return ""
    levels = {d.fail_under for d in under}
    gate = f"fail-under {next(iter(levels)):g}" if len(levels) == 1 else "their fail-under"
    n = len(under)
    return f"{n} article{'s' if n != 1 else ''} scored below {gate}."


def render_text(run: RunResult, args: argparse.Namespace) -> str:
    colour = use_colour(args)
    findings = sorted(
        (f for d in run.documents for f in d.findings),
        key=lambda f: (f.path, f.line, f.col, f.code),
    )
    docs = run.documents
    files = len(docs)
    checked = f"{files} file{'s' if files != 1 else ''} checked"
    failing_scores = _fail_under_line(docs)
    out: list[str] = []
    if findings:
        out.extend(finding_line(f, colour) for f in findings)
        counts = Counter(f.severity for f in findings)
        parts = [
            f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}"
            for s in ("error", "warning", "info")
            if counts[s]
        ]
        n = len(findings)
        out.append(f"Found {n} finding{'s' if n != 1 else ''} ({', '.join(parts)}) in {checked}.")
    elif failing_scores or run.errors:
        # a score gate failed or an input could not be read: nothing "passed"
        out.append(f"No findings in {checked}.")
    elif files == 1:
        # one clean article: one line, as ruff prints
        out.append(
            f"All checks passed! ({checked}; provenance score {format_score(docs[0].score)})"
        )
        return out[0] + "\n"
    else:
        out.append(f"All checks passed! ({checked})")
    out.extend(score_summary(docs, bool(getattr(args, "show_scores", False)), colour))
    if failing_scores:
        out.append(_paint(failing_scores, "31", colour))
    if run.errors:
        n = unchecked_inputs(run)
        out.append(
            _paint(
                f"{n} input{'s' if n != 1 else ''} could not be checked.",
                "31",
                colour,
            )
        )
    return "\n".join(out) + "\n"
