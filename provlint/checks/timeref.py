"""``time-reference``: time references of some precisions (vague ones), in factual sentences;
with ``skip-resolved-days``, not those the article's date resolves to one day ("yesterday")."""

from __future__ import annotations

from provlint.analysis import Analysis
from provlint.checks import Hit
from provlint.checks.common import claims_by_sentence, is_factual

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FIELDS = ("text", "precision")


def check(a: Analysis, params: dict[str, Any]) -> list[Hit]:
    precisions = set(params["precisions"])
    factual_only = params.get("factual-only", True)
    resolved_days = params.get("skip-resolved-days", False)
    claims = claims_by_sentence(a)
    return [
        Hit(d.start, d.end, d.sentence, {"text": d.text, "precision": d.precision})
        for d in a.dates
        if d.precision in precisions
        and (not factual_only or is_factual(a, d.sentence, claims))
        and not (resolved_days and _full_date(d.value))
    ]


def _full_date(value: str | None) -> bool:
    """Whether a resolved value names one day ("2026-08-22"), not a month or year only: only
    then does the article's date make the reference as exact as a written date."""
    return value is not None and len(value) == len("2026-08-22")
