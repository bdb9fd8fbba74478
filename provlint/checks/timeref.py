"""``time-reference``: time references of some precisions (vague ones), in factual sentences.

``skip-resolved`` leaves out references the article's date pins down: "yesterday" or "last
month" in an article whose publication date is known can be read as a date."""

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
    skip_resolved = params.get("skip-resolved", False)
    claims = claims_by_sentence(a)
    return [
        Hit(d.start, d.end, d.sentence, {"text": d.text, "precision": d.precision})
        for d in a.dates
        if d.precision in precisions
        and not (skip_resolved and d.value is not None)
        and (not factual_only or is_factual(a, d.sentence, claims))
    ]
