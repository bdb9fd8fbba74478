"""Subcommands beyond check and analyze register here."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def register_extra(
    sub: argparse._SubParsersAction,
    common_inputs: Callable[[argparse.ArgumentParser], None],
    wanted: Callable[[str], bool] = lambda name: True,
) -> None:
    """Add the rules, rule and report subcommands (each module adds its own arguments);
    ``wanted`` says which of them the command line needs."""
    if wanted("rules") or wanted("rule"):
        from provlint.commands import rules as rules_cmd

        rules_cmd.register(sub, wanted)
    if wanted("report"):
        from provlint.commands import report as report_cmd

        report = sub.add_parser(
            "report", help="write per-article scorecards (HTML, Markdown, JSON) and an index"
        )
        common_inputs(report)
        report_cmd.add_arguments(report)
        report.set_defaults(func=report_cmd.run)
