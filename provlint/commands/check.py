"""``provlint check``: lint articles, score them, and report findings.

Exit codes: 0 nothing at or above the fail level (default ``warning``: errors and warnings
fail, info does not); 1 findings at or above it, or an article scoring below its
``fail-under`` (flag or config); 2 a usage, config, rule or input error (other inputs are
still checked). Rule selection and the lint-and-score loop are shared with ``provlint
report`` (:mod:`provlint.commands.common`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from provlint.commands.common import add_selection_arguments, apply_baselines, check_targets
from provlint.engine import FAIL_LEVELS
from provlint.errors import ConfigError
from provlint.inputs import Target, collect


def _score(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 <= n <= 100:
        raise argparse.ArgumentTypeError(f"{value} is not a score from 0 to 100")
    return n


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_selection_arguments(p)
    gate = p.add_argument_group("exit status")
    gate.add_argument(
        "--fail-level",
        choices=FAIL_LEVELS,
        metavar="LEVEL",
        help="lowest severity that makes the exit status 1: error, warning (default), info, never",
    )
    gate.add_argument(
        "--fail-under",
        type=_score,
        metavar="N",
        help="exit 1 when an article's provenance score is below N (0-100); "
        "overrides the config's fail-under",
    )
    base = p.add_argument_group("baseline")
    base.add_argument(
        "--baseline", type=Path, metavar="FILE", help="report only findings not recorded in FILE"
    )
    base.add_argument(
        "--write-baseline",
        type=Path,
        metavar="FILE",
        help="record the current findings in FILE (atomically) and exit 0",
    )
    # --- reporters section (owned by the reporters engineer) ------------------------------------
    # --output-format, -o/--output, --statistics and --changed-since are added here. check reads
    # them only through getattr: ``output_format`` picks the renderer (provlint.report.FORMATS),
    # ``output`` names a file to write instead of stdout.
    out = p.add_argument_group("output")
    out.add_argument(
        "--output-format",
        choices=("text", "json", "sarif", "github", "junit"),
        metavar="FORMAT",
        help="text (default), json, sarif, github (workflow annotations) or junit",
    )
    out.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write the report to FILE (atomically)"
    )
    out.add_argument(
        "--show-scores",
        action="store_true",
        help="list every article's provenance score in the text summary (a run of more than "
        "10 articles shows min, median and max, the 5 lowest and every one below fail-under)",
    )
    out.add_argument(
        "--statistics",
        action="store_true",
        help="after the report, count findings per rule code on stderr, most frequent first",
    )
    out.add_argument(
        "--changed-since",
        metavar="REF",
        help="check only files added or changed since git REF (and untracked ones)",
    )
    # --- end of reporters section ----------------------------------------------------------------


def _filter_targets(targets: list[Target], args: argparse.Namespace) -> list[Target]:
    """Hook for target filters such as --changed-since (reporters section); identity by default."""
    if getattr(args, "changed_since", None):
        from provlint.changed import filter_targets

        return filter_targets(targets, args.changed_since)
    return targets


def _write(text: str, args: argparse.Namespace) -> None:
    output = getattr(args, "output", None)
    if output:
        from provlint.atomic import write_output

        write_output(output, text)
    else:
        sys.stdout.write(text)


def run(args: argparse.Namespace) -> int:
    from provlint.baseline import write_baseline
    from provlint.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, error_line, load_override
    from provlint.config import settings_for
    from provlint.report import render

    override = load_override(args)
    targets, errors = collect(args.paths, args.stdin_filename, override)
    targets = _filter_targets(targets, args)
    for err in errors:
        error_line(err)
    run_result = check_targets(targets, errors, args)  # a bad config skips only its files

    if args.write_baseline:
        n = write_baseline(
            args.write_baseline, [f for d in run_result.documents for f in d.findings]
        )
        sys.stderr.write(f"provlint: wrote {n} finding(s) to baseline {args.write_baseline}\n")
        return EXIT_ERROR if errors else EXIT_OK
    # Each article uses the baseline of its own config (the closest one) unless --baseline
    # names one.
    apply_baselines(run_result, args.baseline)

    # Run-wide settings (the output format) come from --config or the config governing the
    # working folder, as ruff does.
    try:
        run_format = (override or settings_for(Path.cwd())).output_format
    except ConfigError as err:  # reported once; the report is still written
        run_format = None
        if all(f"{e.source}: {e.problem}" != f"{err.source}: {err.problem}" for e in errors):
            errors.append(err)
            error_line(err)
    fmt = getattr(args, "output_format", None) or run_format or "text"
    _write(render(fmt, run_result, args), args)
    if getattr(
        args, "statistics", False
    ):  # reporters section: on stderr, so machine output stays clean
        from provlint.report.statistics import render_statistics

        sys.stderr.write(render_statistics(run_result))
    if args.verbose:
        sys.stderr.write(
            f"checked {len(run_result.documents)} file(s), {len(run_result.rules)} rule(s) active\n"
        )
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if any(d.failed for d in run_result.documents) else EXIT_OK
