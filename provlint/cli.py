"""Command-line interface: ``provlint check | analyze | report | rules | rule``.

Exit codes: 0 nothing at or above the fail level; 1 findings (or a score under
``--fail-under``); 2 usage, config, rule or input error. Expected errors are one line on
stderr naming the file and the problem, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from provlint import __version__
from provlint.errors import ProvlintError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from provlint.config import Settings

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing :mod:`shutil` (and the
    compression modules it loads: 10M instructions, for the help width of a parser that
    usually prints no help)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, at the width argparse would pick."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line, as every other usage error does."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"provlint: {message} (see provlint --help)\n")
        raise SystemExit(EXIT_ERROR)


def error_line(err: ProvlintError) -> None:
    sys.stderr.write(f"provlint: {err.source}: {err.problem}\n")


def _common_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders (recursively), URLs, or - for stdin",
    )
    p.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="name (and format, by extension) of the text read from -",
    )
    p.add_argument(
        "--config", metavar="FILE", type=Path, help="use this config file instead of discovery"
    )
    p.add_argument("-v", "--verbose", action="count", default=0, help="more detail on stderr")


COMMANDS = ("check", "analyze", "rules", "rule", "report")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``command`` (one of :data:`COMMANDS`) only that subcommand,
    with ``"--version"`` none.

    Help, errors and ``--version`` read the same either way: a known command never looks at
    its siblings, and an unknown word (or none) gets the full parser.
    """
    parser = _Parser(prog="provlint", description="Citation and provenance linter for articles.")
    parser.add_argument("--version", action="version", version=f"provlint {__version__}")
    if command == "--version":  # a command line that starts with it prints it and exits
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def wanted(name: str) -> bool:
        return command not in COMMANDS or command == name

    if wanted("check"):
        check = sub.add_parser("check", help="lint articles and report findings")
        _common_inputs(check)
        from provlint.commands import check as check_cmd

        check_cmd.add_arguments(check)
        check.set_defaults(func=check_cmd.run)

    if wanted("analyze"):
        analyze = sub.add_parser(
            "analyze", help="print what the detectors found (debugging rules, evaluation)"
        )
        _common_inputs(analyze)
        analyze.add_argument("--format", choices=("json", "text"), default="text")
        analyze.set_defaults(func=cmd_analyze)

    from provlint.commands import register_extra

    register_extra(sub, _common_inputs, wanted)
    return parser


def _command_word(argv: Sequence[str]) -> str | None:
    """The subcommand a command line names: its first word that is not an option (the
    top-level options take no value); ``"--version"`` when the line starts with it."""
    if argv[:1] == ["--version"]:
        return "--version"
    for a in argv:
        if a in ("-h", "--help"):
            return None  # the top-level help lists every command
        if not a.startswith("-"):
            return a
    return None


def load_override(args: argparse.Namespace) -> Settings | None:
    if not getattr(args, "config", None):
        return None
    from provlint.config import load_config_file

    return load_config_file(args.config)


def cmd_analyze(args: argparse.Namespace) -> int:
    import json

    from provlint.analysis import analyses_to_json
    from provlint.inputs import collect
    from provlint.pipeline import Progress, run_analysis

    targets, errors = collect(args.paths, args.stdin_filename, load_override(args))
    for err in errors:
        error_line(err)
    analyses = []
    with Progress(len(targets)) as progress:
        for target in targets:
            progress.step(target.name)
            try:
                analyses.append(run_analysis(target))
            except ProvlintError as err:
                errors.append(err)
                error_line(err)
    if args.format == "json":
        data = analyses_to_json(analyses)  # a tree without cycles: no need to check for them
        sys.stdout.write(json.dumps(data, ensure_ascii=False, check_circular=False) + "\n")
    else:
        from provlint.report.analysis_text import render_analysis

        for a in analyses:
            sys.stdout.write(render_analysis(a))
    return EXIT_ERROR if errors else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_command_word(argv))  # only what this command needs
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    if hasattr(args, "paths") and not args.paths and getattr(args, "changed_since", None):
        args.paths = ["."]  # --changed-since REF alone: the changed files under this folder
    if hasattr(args, "paths") and not args.paths and args.command in ("check", "analyze", "report"):
        parser.error(f"{args.command}: give at least one PATH (or - for stdin)")
    try:
        return args.func(args)
    except ProvlintError as err:
        error_line(err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("provlint: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK


# A one-file check allocates a few hundred thousand objects that live until exit and almost no
# cyclic garbage, so collecting every 700 allocations only re-scans them (7% of the run).
GC_THRESHOLD = 100_000


def console() -> int:
    """The ``provlint`` command: :func:`main` tuned for a short-lived process.

    The collector runs rarely, and what is alive at the end is frozen so that the collection
    at interpreter exit does not walk it again. (Not in :func:`main`, which tests and other
    programs call in their own long-lived process.)
    """
    gc.set_threshold(GC_THRESHOLD)
    try:
        return main()
    finally:
        gc.freeze()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(console())
