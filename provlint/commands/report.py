"""``provlint report PATH... -o DIR``: per-article scorecards (HTML, Markdown, JSON) and an index.

Articles are linted and scored exactly as ``provlint check`` does (same config, same
``--select`` / ``--extend-select`` / ``--ignore`` / ``--extend-rules`` / ``--baseline``; see
:mod:`provlint.commands.common`), so a scorecard lists the findings ``check`` would report.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from provlint.commands.common import add_selection_arguments, apply_baselines, check_targets
from provlint.inputs import collect


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        type=Path,
        required=True,
        help="folder for the scorecards and index.html (created if missing)",
    )
    add_selection_arguments(p)
    p.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="leave out findings recorded in FILE (as check --baseline does)",
    )


def run(args: argparse.Namespace) -> int:
    from provlint.cli import EXIT_ERROR, EXIT_OK, error_line, load_override
    from provlint.pipeline import Progress
    from provlint.report.scorecard import write_scorecards

    targets, errors = collect(args.paths, args.stdin_filename, load_override(args))
    for err in errors:
        error_line(err)
    result = check_targets(targets, errors, args)  # a bad config skips only its files
    # --baseline for every article, else each article's config baseline, as check applies them
    apply_baselines(result, getattr(args, "baseline", None))
    with Progress(len(result.documents)) as progress:
        write_scorecards(result, args.output, progress)
    index = args.output / "index.html"
    sys.stderr.write(f"provlint: wrote {len(result.documents)} scorecard(s); open {index}\n")
    return EXIT_ERROR if result.errors else EXIT_OK
