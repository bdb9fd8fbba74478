"""``provlint check``: lint articles (placeholder output until the rule engine lands)."""

from __future__ import annotations

import argparse
import sys

from provlint.errors import ProvlintError
from provlint.inputs import collect
from provlint.pipeline import Progress, run_analysis


def add_arguments(p: argparse.ArgumentParser) -> None:
    return None


def run(args: argparse.Namespace) -> int:
    from provlint.cli import EXIT_ERROR, EXIT_OK, error_line, load_override

    targets, errors = collect(args.paths, args.stdin_filename, load_override(args))
    for err in errors:
        error_line(err)
    checked = 0
    with Progress(len(targets)) as progress:
        for target in targets:
            progress.step(target.name)
            try:
                run_analysis(target)
                checked += 1
            except ProvlintError as err:
                errors.append(err)
                error_line(err)
    if args.verbose:
        sys.stderr.write(f"checked {checked} file(s)\n")
    return EXIT_ERROR if errors else EXIT_OK
