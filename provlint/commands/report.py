"""``provlint report PATH... -o DIR``: per-article scorecards (HTML, Markdown, JSON) and an index."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from provlint.errors import ProvlintError
from provlint.inputs import Target, collect
from provlint.pipeline import Progress, run_analysis
from provlint.results import DocumentResult, RunResult


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        type=Path,
        required=True,
        help="folder for the scorecards and index.html (created if missing)",
    )


def check_document(target: Target) -> DocumentResult:
    """Analyse, lint and score one target with its own settings."""
    from provlint.engine import lint, load_rules, select_rules
    from provlint.score import compute, load_weights

    analysis = run_analysis(target)
    s = target.settings
    ignore = tuple(s.ignore) + (s.ignored_codes(target.path) if target.path is not None else ())
    rules = select_rules(load_rules(s.extend_rules), s.select, ignore)
    findings = lint(analysis, rules, s.severity)
    return DocumentResult(
        analysis=analysis,
        findings=findings,
        scorecard=compute(analysis, load_weights(s.score_weights)),
    )


def build_run(targets: list[Target], errors: list[ProvlintError]) -> RunResult:
    """Check every target (with a progress bar for large batches on a terminal)."""
    from provlint.cli import error_line
    from provlint.engine import load_rules

    run = RunResult(errors=list(errors))
    with Progress(len(targets)) as progress:
        for target in targets:
            progress.step(target.name)
            try:
                run.documents.append(check_document(target))
            except ProvlintError as err:
                run.errors.append(err)
                error_line(err)
    extra = targets[0].settings.extend_rules if targets else ()
    run.rules = list(load_rules(extra))
    return run


def run(args: argparse.Namespace) -> int:
    from provlint.cli import EXIT_ERROR, EXIT_OK, error_line, load_override
    from provlint.report.scorecard import write_scorecards

    targets, errors = collect(args.paths, args.stdin_filename, load_override(args))
    for err in errors:
        error_line(err)
    result = build_run(targets, errors)
    with Progress(len(result.documents)) as progress:
        write_scorecards(result, args.output, progress)
    index = args.output / "index.html"
    sys.stderr.write(f"provlint: wrote {len(result.documents)} scorecard(s); open {index}\n")
    return EXIT_ERROR if result.errors else EXIT_OK
