"""What ``check`` and ``report`` share: the rule-selection options and the lint-and-score loop.

Both commands turn targets into :class:`~provlint.results.DocumentResult` objects the same way:
each target gets the rules its own config selects (``select``, ``extend-select``, ``ignore``,
``per-file-ignores``, ``extend-rules``), overridden by the command-line flags, and its own
``severity`` overrides, ``score-weights``, ``fail-level`` and ``fail-under``. Keeping that here
means a scorecard shows exactly the findings ``check`` reports for the same arguments.

Heavy modules (the engine, the detectors) are imported inside the functions, so building the
argument parser stays cheap.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from provlint.errors import ProvlintError, RuleError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from provlint.config import Settings
    from provlint.engine import Rule
    from provlint.inputs import Target
    from provlint.results import RunResult


CLI_SOURCES = ("--select", "--extend-select", "--ignore")


def parse_codes(value: str) -> list[str]:
    """``PV101,PV2`` -> ``["PV101", "PV2"]``; rejects anything that is not a code, prefix or ALL."""
    codes = [c.strip() for c in value.split(",") if c.strip()]
    for c in codes:
        if not (c == "ALL" or (c[:1].isalpha() and c.isalnum() and c.upper() == c)):
            raise argparse.ArgumentTypeError(f"invalid rule code or prefix {c!r}")
    return codes


def add_selection_arguments(p: argparse.ArgumentParser) -> None:
    """``--select``, ``--extend-select``, ``--ignore`` and ``--extend-rules``."""
    rules = p.add_argument_group("rule selection")
    rules.add_argument(
        "--select",
        type=parse_codes,
        action="extend",
        metavar="CODES",
        help="comma-separated codes or prefixes to enable, replacing the config's select",
    )
    rules.add_argument(
        "--extend-select",
        type=parse_codes,
        action="extend",
        default=[],
        metavar="CODES",
        help="codes or prefixes to enable in addition to select",
    )
    rules.add_argument(
        "--ignore",
        type=parse_codes,
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


def known_rules(settings: Settings, args: argparse.Namespace) -> tuple[Rule, ...]:
    """Every rule of the pack for a target, active or not (``extend-rules`` included)."""
    from provlint.engine import load_rules

    extra = tuple(p.resolve() for p in getattr(args, "extend_rules", None) or [])
    return load_rules(tuple(settings.extend_rules) + extra)


def active_rules(settings: Settings, args: argparse.Namespace, target: Target) -> list[Rule]:
    """Rules for one target: its config, the command-line flags, and per-file-ignores.

    ``--select`` replaces the config's ``select``; ``extend-select`` (config and flag) adds to
    whichever applies, and an empty select means every rule (``ALL``). ``--ignore`` adds to the
    config's ``ignore``. As in ruff, the more specific code or prefix wins between select and
    ignore, so ``ignore PV1`` with ``extend-select PV101`` keeps PV101; ``per-file-ignores``
    then drops its codes whatever was selected. Codes that match no rule are an error (exit 2)
    naming the flag, or the config file, line and key.
    """
    from provlint.engine import check_codes, load_rules, select_rules

    cli_select = list(getattr(args, "select", None) or [])
    cli_extend = list(getattr(args, "extend_select", None) or [])
    cli_ignore = list(getattr(args, "ignore", None) or [])
    extra = tuple(p.resolve() for p in getattr(args, "extend_rules", None) or [])
    rules = load_rules(tuple(settings.extend_rules) + extra)
    select = (cli_select or list(settings.select) or ["ALL"]) + list(settings.extend_select)
    select += cli_extend
    ignore = list(settings.ignore) + cli_ignore
    check_codes(cli_select, rules, "--select")
    check_codes(cli_extend, rules, "--extend-select")
    check_codes(cli_ignore, rules, "--ignore")
    _check_config_codes(settings, rules)
    chosen = select_rules(rules, select, ignore)
    if target.path is not None:
        per_file = settings.ignored_codes(target.path)
    elif target.stdin and getattr(args, "stdin_filename", None):
        per_file = settings.ignored_codes(Path(args.stdin_filename))
    else:
        per_file = ()
    return [r for r in chosen if not any(r.code.startswith(c) for c in per_file)]


def _check_config_codes(settings: Settings, rules: tuple[Rule, ...]) -> None:
    """Reject a config's codes that match no rule, naming the file and the entry's line."""
    from provlint.engine import code_problem

    entries: list[tuple[list[str | int], list[str]]] = [
        (["select"], list(settings.select)),
        (["extend-select"], list(settings.extend_select)),
        (["ignore"], list(settings.ignore)),
    ]
    entries += [(["severity", code], [code]) for code in settings.severity]
    entries += [
        (["per-file-ignores", glob], list(codes))
        for glob, codes in settings.per_file_ignores.items()
    ]
    for keys, codes in entries:
        for i, code in enumerate(codes):
            problem = code_problem(code, rules, str(keys[0]))
            if problem is not None:
                from provlint.config import key_location

                place = keys if keys[0] == "severity" else [*keys, i]
                raise RuleError(key_location(settings, place), problem)


def _fingerprint_path(target: Target, settings: Settings, args: argparse.Namespace) -> str:
    """The file as fingerprints name it: relative to its config's folder (the working folder
    without one), so a baseline matches wherever provlint is run from."""
    if target.path is not None:
        return settings.relative(target.path)
    if target.stdin and getattr(args, "stdin_filename", None):
        return settings.relative(Path(args.stdin_filename))
    return target.name


def apply_baselines(run: RunResult, cli_baseline: Path | None) -> None:
    """Drop findings recorded in a baseline: ``cli_baseline`` (``--baseline``) for every
    article, else each article's config ``baseline``. A bad ``--baseline`` is an error even
    when no article was read."""
    from provlint.baseline import Baseline, filter_baseline, load_baseline

    baselines: dict[Path, Baseline] = {}

    def load(path: Path) -> Baseline:
        if path not in baselines:
            baselines[path] = baseline = load_baseline(path)
            if baseline.legacy:
                sys.stderr.write(
                    f"provlint: warning: {path}: baseline version {baseline.version} names files"
                    " relative to the working folder; it is still applied, but rewrite it with"
                    " --write-baseline so it matches from any folder\n"
                )
        return baselines[path]

    if cli_baseline:
        load(cli_baseline)
    for d in run.documents:
        path = cli_baseline or (d.settings.baseline if d.settings is not None else None)
        if path:
            d.findings = filter_baseline(d.findings, load(path))


def check_targets(
    targets: list[Target], errors: list[ProvlintError], args: argparse.Namespace
) -> RunResult:
    """Analyse, lint and score every target; unreadable inputs are reported and skipped.

    An error in a command-line code ends the run (it raises). An input error, or an error in
    the config, rules or lexicons of one target's config, is printed as one line (once per
    distinct error; its ``inputs`` attribute counts the files it skipped), added to ``errors``
    and the other targets are still checked. Each document records the
    ``fail-level`` and ``fail-under`` that apply to it: the command-line flag when given, else
    its own config's.
    """
    from provlint.baseline import set_fingerprints
    from provlint.cli import error_line
    from provlint.engine import lint, load_rules
    from provlint.pipeline import Progress, run_analysis
    from provlint.results import DocumentResult, RunResult
    from provlint.score import compute, load_weights

    # a broken rule file named on the command line concerns every file: it ends the run
    load_rules(tuple(p.resolve() for p in getattr(args, "extend_rules", None) or []))
    run = RunResult(errors=errors)
    active: dict[str, Rule] = {}
    cli_level = getattr(args, "fail_level", None)
    cli_under = getattr(args, "fail_under", None)
    # Each distinct error is printed once; ``inputs`` counts the files it kept from being checked.
    reported = {f"{e.source}: {e.problem}": e for e in errors}
    with Progress(len(targets)) as progress:
        for target in targets:
            progress.step(target.name)
            settings = target.settings
            try:
                rules = active_rules(settings, args, target)
                known = known_rules(settings, args)
                analysis = run_analysis(target)
            except ProvlintError as err:
                if err.source in CLI_SOURCES:
                    raise  # a typo on the command line concerns every file
                key = f"{err.source}: {err.problem}"
                if key in reported:
                    first = reported[key]
                    first.inputs = getattr(first, "inputs", 1) + 1  # type: ignore[attr-defined]
                else:
                    reported[key] = err
                    errors.append(err)
                    error_line(err)
                continue
            active.update((r.code, r) for r in rules)
            findings = lint(analysis, rules, settings.severity, known)
            set_fingerprints(findings, _fingerprint_path(target, settings, args))
            run.documents.append(
                DocumentResult(
                    analysis=analysis,
                    findings=findings,
                    scorecard=compute(analysis, load_weights(settings.score_weights)),
                    fail_level=cli_level or settings.fail_level,
                    fail_under=cli_under if cli_under is not None else settings.fail_under,
                    settings=settings,
                )
            )
    run.rules = sorted(active.values(), key=lambda r: r.code)
    return run
