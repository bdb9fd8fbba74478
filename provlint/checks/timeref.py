"""``time-reference``: time references of some precisions (vague ones), in factual sentences."""

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
    claims = claims_by_sentence(a)
    return [
        Hit(d.start, d.end, d.sentence, {"text": d.text, "precision": d.precision})
        for d in a.dates
        if d.precision in precisions and (not factual_only or is_factual(a, d.sentence, claims))
    ]
