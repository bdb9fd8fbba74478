"""``--output-format sarif``: SARIF 2.1.0 as GitHub code scanning reads it."""

from __future__ import annotations

from bisect import bisect_right
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


def _sentence_spans(doc: Any) -> list[tuple[int, int]]:
    """Source spans of a document's sentences, in order (empty when it has none)."""
    try:
        return [tuple(doc.offset_map.span(x.start, x.end)) for x in doc.sentences]
    except AttributeError:  # a stand-in document without sentences
        return []


def _context_region(f: Finding, doc: Any, spans: list[tuple[int, int]]) -> dict[str, Any] | None:
    """The sentence holding ``f`` as a SARIF ``contextRegion`` (its exact source text as the
    snippet), or None when no one sentence holds it."""
    i = bisect_right(spans, (f.start, float("inf"))) - 1
    if i < 0 or not (spans[i][0] <= f.start and f.end <= spans[i][1]):
        return None
    start, end = spans[i]
    line, col, end_line, end_col = doc.line_index.positions(start, end)
    return {
        "startLine": line,
        "startColumn": col,
        "endLine": end_line,
        "endColumn": end_col,
        "snippet": {"text": doc.source[start:end]},
    }


def _region_text(doc: Any, region: dict[str, Any]) -> str | None:
    """The source text between a region's start and end (line/column), or None."""
    try:
        lines = doc.line_index
        start = lines.line_start(region["startLine"]) + region["startColumn"] - 1
        end = lines.line_start(region["endLine"]) + region["endColumn"] - 1
    except (AttributeError, IndexError):
        return None
    return doc.source[start:end] if 0 <= start < end <= len(doc.source) else None


def _result(
    f: Finding,
    index: dict[str, int],
    uri: str,
    doc: Any = None,
    spans: list[tuple[int, int]] | None = None,
) -> dict[str, Any]:
    """One result. SARIF 2.1.0 (3.30.13) makes a region's snippet the text inside the region,
    so it is the exact source slice; the sentence goes in ``contextRegion``."""
    region: dict[str, Any] = {
        "startLine": max(f.line, 1),
        "startColumn": max(f.col, 1),
        "endLine": max(f.end_line, f.line, 1),
        "endColumn": max(f.end_col, 1),
    }
    text = _region_text(doc, region)
    if text:
        region["snippet"] = {"text": text}
    location: dict[str, Any] = {"artifactLocation": {"uri": uri}, "region": region}
    context = _context_region(f, doc, spans) if spans and "snippet" in region else None
    if context is not None:
        location["contextRegion"] = context
    result: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [{"physicalLocation": location}],
    }
    if f.fingerprint:
        result["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
    return result


def _results(run: RunResult, index: dict[str, int]) -> list[dict[str, Any]]:
    out = []
    for d in run.documents:
        if not d.findings:
            continue
        doc = d.analysis.document
        spans = _sentence_spans(doc)
        uri = artifact_uri(d.path)
        out.extend(_result(f, index, uri, doc, spans) for f in d.findings)
    return out


def sarif_log(run: RunResult) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict (one run)."""
    rules, index = _rules(run)
    results = _results(run, index)
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
