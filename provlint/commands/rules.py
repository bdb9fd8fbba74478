"""``provlint rules`` (a table of every rule) and ``provlint rule CODE`` (one rule's docs)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from provlint.engine import Rule, at_or_above, load_rules
from provlint.errors import RuleError
from provlint.jsontext import dumps


def _add_rule_sources(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config", metavar="FILE", type=Path, help="use this config file's extend-rules"
    )
    p.add_argument(
        "--extend-rules",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="rule file or folder added to the shipped pack (repeatable)",
    )


def register(
    sub: argparse._SubParsersAction, wanted: Callable[[str], bool] = lambda name: True
) -> None:
    if wanted("rules"):
        rules = sub.add_parser("rules", help="list every rule: code, name, severity, summary")
        _add_rule_sources(rules)
        rules.add_argument("--format", choices=("text", "json"), default="text")
        rules.set_defaults(func=run_rules)
    if wanted("rule"):
        rule = sub.add_parser("rule", help="explain one rule: what it finds, why, and examples")
        rule.add_argument(
            "code", metavar="CODE", help="rule code (PV101) or name (unsourced-casualty-figure)"
        )
        _add_rule_sources(rule)
        rule.set_defaults(func=run_rule)


def _rules(args: argparse.Namespace) -> tuple[Rule, ...]:
    from provlint.cli import load_override
    from provlint.config import settings_for

    settings = load_override(args) or settings_for(Path.cwd())
    return load_rules(tuple(settings.extend_rules) + tuple(p.resolve() for p in args.extend_rules))


def render_table(rules: tuple[Rule, ...] | list[Rule]) -> str:
    rows = [("CODE", "NAME", "SEVERITY", "SUMMARY")] + [
        (r.code, r.name, r.severity, r.summary) for r in rules
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return "".join(
        f"{c:<{widths[0]}}  {n:<{widths[1]}}  {s:<{widths[2]}}  {m}".rstrip() + "\n"
        for c, n, s, m in rows
    )


def run_rules(args: argparse.Namespace) -> int:
    rules = _rules(args)
    if args.format == "json":
        data = [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.severity,
                "summary": r.summary,
                "kind": r.kind,
                "weight": r.weight,
            }
            for r in rules
        ]
        sys.stdout.write(dumps(data) + "\n")
    else:
        sys.stdout.write(render_table(rules))
    return 0


def _para(text: str) -> str:
    import textwrap  # only ``provlint rule`` wraps text; building the parser should not pay

    return textwrap.fill(" ".join(text.split()), width=88)


def render_rule(r: Rule) -> str:
    out = [
        f"{r.code} {r.name} ({r.severity})",
        "",
        r.summary,
        "",
        "## What it does",
        _para(r.what),
        "",
        "## Why is this bad?",
        _para(r.why),
        "",
        "## Example",
        _para(r.example),
        "",
    ]
    for label, key in (("Flagged", "flag"), ("Not flagged", "pass")):
        items = r.examples.get(key) or []
        if items:
            out.append(f"## {label}")
            out.extend("  " + x.replace("\n", "\n  ") for x in items)
            out.append("")
    levels = [lv for lv in ("error", "warning", "info") if at_or_above(r.severity, lv)]
    out.append(
        f"Check kind: {r.kind}. Weight: {r.weight:g}. Makes `provlint check` exit 1 when fail-level is "
        f"{' or '.join(levels)} (default fail-level: warning)."
    )
    return "\n".join(out) + "\n"


def run_rule(args: argparse.Namespace) -> int:
    rules = _rules(args)
    wanted = args.code.strip()
    for r in rules:
        if r.code == wanted.upper() or r.name == wanted.lower():
            sys.stdout.write(render_rule(r))
            return 0
    raise RuleError(wanted, "unknown rule (see provlint rules)")
