"""``document``: article metadata that is missing although the format could carry it.

Markdown front matter and HTML meta tags can carry an author and a date; plain text can
carry a byline (the boilerplate stage fills ``metadata.author`` from it) but has no standard
place for a date, so rules list per field the formats they apply to.
"""

from __future__ import annotations

from provlint.analysis import Analysis
from provlint.checks import Hit

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FIELDS = ("text", "missing")
_LABEL = {"author": "byline", "date": "publication date"}


def check(a: Analysis, params: dict[str, Any]) -> list[Hit]:
    doc = a.document
    formats = params.get("formats") or {}
    missing = []
    for what in params["missing"]:
        allowed = formats.get(what)
        if allowed is not None and doc.format not in allowed:
            continue
        if not getattr(doc.metadata, what):
            missing.append(_LABEL[what])
    if not missing:
        return []
    return [
        Hit(
            0,
            0,
            None,
            {"text": " and no ".join(missing), "missing": ", ".join(missing)},
            source=True,
        )
    ]
