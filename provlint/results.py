"""What a check run produces, shared by the rule engine, the score and every reporter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from provlint.analysis import Analysis
from provlint.errors import ProvlintError
from provlint.model import Finding


@dataclass
class Scorecard:
    """An article's provenance score (None means "n/a": nothing check-worthy) and its parts.

    ``components`` maps a component name ("figures_sourced", "claims_attributed", ...) to
    ``{"value": 0..1 or None, "weight": float, "label": str, "detail": {...}}``.
    """

    score: float | None
    components: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class DocumentResult:
    analysis: Analysis
    findings: list[Finding] = field(default_factory=list)
    scorecard: Scorecard | None = None

    @property
    def path(self) -> str:
        return self.analysis.document.path


@dataclass
class RunResult:
    """Everything a reporter needs: per-document results, input errors, and the active rules."""

    documents: list[DocumentResult] = field(default_factory=list)
    errors: list[ProvlintError] = field(default_factory=list)
    rules: list[Any] = field(default_factory=list)  # provlint.engine.Rule objects that were active
