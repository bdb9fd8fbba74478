"""What a check run produces, shared by the rule engine, the score and every reporter."""

from __future__ import annotations

from provlint.analysis import Analysis
from provlint.errors import ProvlintError
from provlint.model import Finding
from provlint.record import FACTORY, Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from provlint.config import Settings


class Scorecard(Record):
    """An article's provenance score (None means "n/a": nothing check-worthy) and its parts.

    ``components`` maps a component name ("figures_sourced", "claims_attributed", ...) to
    ``{"value": 0..1 or None, "weight": float, "label": str, "detail": {...}}``.
    """

    __match_args__ = ("score", "components")
    _factories = {"components": dict}

    score: float | None
    components: dict[str, dict[str, Any]]

    def __init__(
        self,
        score: float | None,
        components: dict[str, dict[str, Any]] = FACTORY,
    ) -> None:
        self.score = score
        self.components = {} if components is FACTORY else components


class DocumentResult(Record):
    """One article's findings and score, with the gates that apply to it.

    ``fail_level`` and ``fail_under`` come from the command line when given, else from the
    article's own config (the closest one, kept in ``settings``), so two folders can hold
    different gates.
    """

    __match_args__ = ("analysis", "findings", "scorecard", "fail_level", "fail_under", "settings")
    _not_compared = frozenset({"settings"})
    _not_shown = frozenset({"settings"})
    _factories = {"findings": list}

    analysis: Analysis
    findings: list[Finding]
    scorecard: Scorecard | None = None
    fail_level: str = "warning"
    fail_under: float | None = None
    settings: Settings | None

    def __init__(
        self,
        analysis: Analysis,
        findings: list[Finding] = FACTORY,
        scorecard: Scorecard | None = None,
        fail_level: str = "warning",
        fail_under: float | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.analysis = analysis
        self.findings = [] if findings is FACTORY else findings
        self.scorecard = scorecard
        self.fail_level = fail_level
        self.fail_under = fail_under
        self.settings = settings

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


class RunResult(Record):
    """Everything a reporter needs: per-document results, input errors, and the active rules."""

    __match_args__ = ("documents", "errors", "rules")
    _factories = {"documents": list, "errors": list, "rules": list}

    documents: list[DocumentResult]
    errors: list[ProvlintError]
    rules: list[Any]  # provlint.engine.Rule objects that were active

    def __init__(
        self,
        documents: list[DocumentResult] = FACTORY,
        errors: list[ProvlintError] = FACTORY,
        rules: list[Any] = FACTORY,
    ) -> None:
        self.documents = [] if documents is FACTORY else documents
        self.errors = [] if errors is FACTORY else errors
        self.rules = [] if rules is FACTORY else rules
