"""``quote``: direct quotations with no identifiable speaker."""

from __future__ import annotations

from provlint.analysis import Analysis
from provlint.checks import Hit
from provlint.checks.common import shorten

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FIELDS = ("text",)
_MARKS = "“”\"‘’'«» "


def unattributed(a: Analysis, speaker: int | None) -> bool:
    """No speaker, or a speaker that is neither named nor resolved to a named source."""
    if speaker is None or not 0 <= speaker < len(a.attributions):
        return True
    att = a.attributions[speaker]
    return att.source_kind != "named" and not att.resolved


def check(a: Analysis, params: dict[str, Any]) -> list[Hit]:
    include_partial = params.get("include-partial", False)
    return [
        Hit(q.start, q.end, q.sentence, {"text": shorten(q.text.strip(_MARKS))})
        for q in a.quotes
        if (include_partial or not q.partial) and unattributed(a, q.speaker)
    ]
