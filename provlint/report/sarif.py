"""``--output-format sarif``: SARIF 2.1.0 as GitHub code scanning reads it."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import quote

from provlint import __version__
from provlint.jsontext import dumps
from provlint.model import Finding
from provlint.report.json_report import INFORMATION_URI, TOOL_NAME, all_findings, rule_attr
from provlint.results import RunResult

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "provlintFingerprint/v1"


def artifact_uri(path: str) -> str:
    """A relative, forward-slash, percent-encoded URI for a reported path."""
    if "://" in path:
        return path
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return p.as_uri()
    return quote(PurePosixPath(p.as_posix()).as_posix(), safe="/")


def _short(rule: Any | None, what: str) -> str:
    """The rule's one-line summary, else the first sentence of its description."""
    summary = rule_attr(rule, "summary") if rule is not None else None
    if summary:
        return str(summary)
    first = str(what).strip().split(". ")[0].splitlines()[0] if str(what).strip() else str(what)
    return first.rstrip(".") + "."


def _rule_descriptor(code: str, rule: Any | None, fallback: Finding | None) -> dict[str, Any]:
    name = (rule_attr(rule, "name") if rule is not None else None) or (
        fallback.name if fallback else code
    )
    what = (rule_attr(rule, "what") if rule is not None else None) or name
    why = rule_attr(rule, "why") if rule is not None else None
    example = rule_attr(rule, "example") if rule is not None else None
    severity = (rule_attr(rule, "severity") if rule is not None else None) or (
        fallback.severity if fallback else "warning"
    )
    full = f"{what} {why}".strip() if why else what
    help_text = full + (f"\n\nExample: {example}" if example else "")
    help_md = (
        f"**{code} {name}**\n\n{what}\n\n"
        + (f"Why: {why}\n\n" if why else "")
        + (f"Example:\n\n> {example}\n" if example else "")
    )
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": _short(rule, what or code)},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": help_md},
        "defaultConfiguration": {"level": LEVELS.get(severity, "warning")},
    }


def _rules(run: RunResult) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Rule descriptors (active rules, plus any code seen only in a finding) and their indexes."""
    by_code: dict[str, tuple[Any | None, Finding | None]] = {}
    for rule in run.rules:
        code = rule_attr(rule, "code")
        if code:
            by_code.setdefault(code, (rule, None))
    for f in all_findings(run):
        by_code.setdefault(f.code, (None, f))
    codes = sorted(by_code)
    return [_rule_descriptor(c, *by_code[c]) for c in codes], {c: i for i, c in enumerate(codes)}


def _result(f: Finding, index: dict[str, int], uri: str) -> dict[str, Any]:
    region = {
        "startLine": max(f.line, 1),
        "startColumn": max(f.col, 1),
        "endLine": max(f.end_line, f.line, 1),
        "endColumn": max(f.end_col, 1),
    }
    if f.context:
        region["snippet"] = {"text": f.context}
    result: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
    }
    if f.fingerprint:
        result["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
    return result


def sarif_log(run: RunResult) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict (one run)."""
    rules, index = _rules(run)
    results = [_result(f, index, artifact_uri(d.path)) for d in run.documents for f in d.findings]
    notifications = [
        {
            "level": "error",
            "message": {"text": e.problem},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(e.source)}}}
            ],
        }
        for e in run.errors
    ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {
                        "executionSuccessful": not run.errors,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
            }
        ],
    }


def render_sarif(run: RunResult, args: Any = None) -> str:
    return dumps(sarif_log(run)) + "\n"
