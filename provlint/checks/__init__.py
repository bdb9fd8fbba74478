"""Check kinds: small functions that turn an analysis into hits for one rule.

A rule file names a check ``kind`` and its parameters; the engine looks the kind up in
:data:`CHECKS` and turns each :class:`Hit` into a finding. Checks know nothing of severities,
suppressions or output; they only decide *where* a problem is and *what* to quote.
"""

from __future__ import annotations

from collections.abc import Callable

from provlint.record import field, record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from provlint.analysis import Analysis


@record
class Hit:
    """One place a check fired: a prose span (or a source span when ``source`` is true)."""

    start: int
    end: int
    sentence: int | None
    fields: dict[str, Any] = field(default_factory=dict)
    source: bool = False  # start/end are already source offsets (document-level findings)


CheckFn = Callable[["Analysis", "dict[str, Any]"], "list[Hit]"]  # strings: Any is not imported


def _registry() -> dict[str, tuple[CheckFn, tuple[str, ...]]]:
    from provlint.checks import attribution, claim, document, figure, quote, reference, timeref

    return {
        "figure": (figure.check, figure.FIELDS),
        "attribution": (attribution.check, attribution.FIELDS),
        "time-reference": (timeref.check, timeref.FIELDS),
        "quote": (quote.check, quote.FIELDS),
        "reference": (reference.check, reference.FIELDS),
        "claim": (claim.check, claim.FIELDS),
        "document": (document.check, document.FIELDS),
        # Emitted by the suppression stage, not evaluated over the analysis.
        "suppression": (lambda a, p: [], ("text", "codes")),
    }


_CHECKS: dict[str, tuple[CheckFn, tuple[str, ...]]] | None = None


def checks() -> dict[str, tuple[CheckFn, tuple[str, ...]]]:
    """Check kind -> (function, message fields it fills)."""
    global _CHECKS
    if _CHECKS is None:
        _CHECKS = _registry()
    return _CHECKS
