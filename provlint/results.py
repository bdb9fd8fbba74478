"""What a check run produces, shared by the rule engine, the score and every reporter."""

from __future__ import annotations

from provlint.analysis import Analysis
from provlint.errors import ProvlintError
from provlint.model import Finding
from provlint.record import field, record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from provlint.config import Settings


@record(slots=False)
class Scorecard:
    """An article's provenance score (None means "n/a": nothing check-worthy) and its parts.

    ``components`` maps a component name ("figures_sourced", "claims_attributed", ...) to
    ``{"value": 0..1 or None, "weight": float, "label": str, "detail": {...}}``.
    """

    score: float | None
    components: dict[str, dict[str, Any]] = field(default_factory=dict)


@record(slots=False)
class DocumentResult:
    """One article's findings and score, with the gates that apply to it.

    ``fail_level`` and ``fail_under`` come from the command line when given, else from the
    article's own config (the closest one, kept in ``settings``), so two folders can hold
    different gates.
    """

    analysis: Analysis
    findings: list[Finding] = field(default_factory=list)
    scorecard: Scorecard | None = None
    fail_level: str = "warning"
    fail_under: float | None = None
    settings: Settings | None = field(default=None, compare=False, repr=False)

    @property
    def path(self) -> str:
        return self.analysis.document.path

    @property
    def score(self) -> float | None:
        return self.scorecard.score if self.scorecard is not None else None

    @property
    def under_fail_under(self) -> bool:
        """True when a ``fail-under`` applies and the score is below it (n/a never is)."""
        score = self.score
        return self.fail_under is not None and score is not None and score < self.fail_under

    def failing_findings(self) -> list[Finding]:
        """Findings at or above the fail level."""
        from provlint.engine import at_or_above

        return [f for f in self.findings if at_or_above(f.severity, self.fail_level)]

    @property
    def failed(self) -> bool:
        """Whether this article makes ``provlint check`` exit 1."""
        return self.under_fail_under or bool(self.failing_findings())


@record(slots=False)
class RunResult:
    """Everything a reporter needs: per-document results, input errors, and the active rules."""

    documents: list[DocumentResult] = field(default_factory=list)
    errors: list[ProvlintError] = field(default_factory=list)
    rules: list[Any] = field(default_factory=list)  # provlint.engine.Rule objects that were active
