"""``provlint check``: lint articles, score them, and report findings.

Exit codes: 0 nothing at or above the fail level (default ``warning``: errors and warnings
fail, info does not); 1 findings at or above it, or an article scoring under
``--fail-under``; 2 a usage, config, rule or input error (other inputs are still checked).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from provlint.config import Settings
from provlint.engine import (
    FAIL_LEVELS,
    Rule,
    at_or_above,
    check_codes,
    lint,
    load_rules,
    select_rules,
)
from provlint.errors import ProvlintError
from provlint.inputs import Target, collect
from provlint.pipeline import Progress, run_analysis
from provlint.results import DocumentResult, RunResult


def _codes(value: str) -> list[str]:
    codes = [c.strip() for c in value.split(",") if c.strip()]
    for c in codes:
        if not (c == "ALL" or (c[:1].isalpha() and c.isalnum() and c.upper() == c)):
            raise argparse.ArgumentTypeError(f"invalid rule code or prefix {c!r}")
    return codes


def add_arguments(p: argparse.ArgumentParser) -> None:
    rules = p.add_argument_group("rule selection")
    rules.add_argument(
        "--select",
        type=_codes,
        action="extend",
        metavar="CODES",
        help="comma-separated codes or prefixes to enable, replacing the config's select",
    )
    rules.add_argument(
        "--extend-select",
        type=_codes,
        action="extend",
        default=[],
        metavar="CODES",
        help="codes or prefixes to enable in addition to select",
    )
    rules.add_argument(
        "--ignore",
        type=_codes,
        action="extend",
        default=[],
        metavar="CODES",
        help="codes or prefixes to disable (added to the config's ignore)",
    )
    rules.add_argument(
        "--extend-rules",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="rule file or folder added to the rule pack (repeatable)",
    )
    gate = p.add_argument_group("exit status")
    gate.add_argument(
        "--fail-level",
        choices=FAIL_LEVELS,
        metavar="LEVEL",
        help="lowest severity that makes the exit status 1: error, warning (default), info, never",
    )
    gate.add_argument(
        "--fail-under",
        type=float,
        metavar="N",
        help="exit 1 when an article's provenance score is below N (0-100)",
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


def active_rules(settings: Settings, args: argparse.Namespace, target: Target) -> list[Rule]:
    """Rules for one target: its config, the CLI flags, and per-file-ignores."""
    rules = load_rules(tuple(settings.extend_rules) + tuple(p.resolve() for p in args.extend_rules))
    select = list(args.select) if args.select else list(settings.select)
    select += args.extend_select or []
    if args.extend_select and not args.select and not settings.select:
        select = []  # extending the default (everything) is still everything
    ignore = list(settings.ignore) + list(args.ignore or [])
    check_codes(args.select or [], rules, "--select")
    check_codes(args.extend_select or [], rules, "--extend-select")
    check_codes(args.ignore or [], rules, "--ignore")
    check_codes(
        list(settings.select) + list(settings.ignore), rules, str(settings.source or "config")
    )
    if target.path is not None:
        ignore += list(settings.ignored_codes(target.path))
    elif target.stdin and args.stdin_filename:
        ignore += list(settings.ignored_codes(Path(args.stdin_filename)))
    return select_rules(rules, select, ignore)


def _fails(doc: DocumentResult, settings: Settings, args: argparse.Namespace) -> bool:
    level = args.fail_level or settings.fail_level
    if any(at_or_above(f.severity, level) for f in doc.findings):
        return True
    under = args.fail_under if args.fail_under is not None else settings.fail_under
    score = doc.scorecard.score if doc.scorecard else None
    return under is not None and score is not None and score < under


def _write(text: str, args: argparse.Namespace) -> None:
    output = getattr(args, "output", None)
    if output:
        from provlint.atomic import atomic_write

        atomic_write(output, text)
    else:
        sys.stdout.write(text)


def run(args: argparse.Namespace) -> int:
    from provlint.baseline import filter_baseline, load_baseline, write_baseline
    from provlint.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, error_line, load_override
    from provlint.config import default_settings
    from provlint.report import render
    from provlint.score import compute, load_weights

    override = load_override(args)
    targets, errors = collect(args.paths, args.stdin_filename, override)
    targets = _filter_targets(targets, args)
    for err in errors:
        error_line(err)
    run_result = RunResult(errors=errors)
    settings_of: list[Settings] = []
    active: dict[str, Rule] = {}
    with Progress(len(targets)) as progress:
        for target in targets:
            progress.step(target.name)
            rules = active_rules(
                target.settings, args, target
            )  # rule/config errors end the run (exit 2)
            active.update((r.code, r) for r in rules)
            try:
                analysis = run_analysis(target)
            except ProvlintError as err:
                errors.append(err)
                error_line(err)
                continue
            doc = DocumentResult(
                analysis=analysis,
                findings=lint(analysis, rules, target.settings.severity),
                scorecard=compute(analysis, load_weights(target.settings.score_weights)),
            )
            run_result.documents.append(doc)
            settings_of.append(target.settings)
    run_result.rules = sorted(active.values(), key=lambda r: r.code)

    if args.write_baseline:
        n = write_baseline(
            args.write_baseline, [f for d in run_result.documents for f in d.findings]
        )
        sys.stderr.write(f"provlint: wrote {n} finding(s) to baseline {args.write_baseline}\n")
        return EXIT_ERROR if errors else EXIT_OK
    baseline_path = args.baseline or (override or default_settings()).baseline
    if baseline_path:
        baseline = load_baseline(baseline_path)
        for d in run_result.documents:
            d.findings = filter_baseline(d.findings, baseline)

    fmt = (
        getattr(args, "output_format", None)
        or (override or default_settings()).output_format
        or "text"
    )
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
    failed = any(_fails(d, s, args) for d, s in zip(run_result.documents, settings_of, strict=True))
    return EXIT_FINDINGS if failed else EXIT_OK
