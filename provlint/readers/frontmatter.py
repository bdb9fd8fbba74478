"""YAML front matter at the top of a Markdown file, kept with exact offsets.

python-frontmatter strips the body and loses offsets, so this is done by hand: the block
between a first line ``---`` and the next ``---`` or ``...`` line.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from provlint.document import Metadata

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_KEYS = {
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline", "by"),
    "date": ("date", "published", "publication_date", "pubdate", "date_published", "published_at"),
    "url": ("url", "link", "canonical_url", "source_url"),
}


def split_front_matter(source: str) -> tuple[int, dict[str, Any]]:
    """Return (offset where the body starts, parsed front matter or {})."""
    m = _FRONT.match(source)
    if not m:
        return 0, {}
    try:
        data = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError:
        return m.end(), {}
    return m.end(), data if isinstance(data, dict) else {}


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value if v is not None) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()[:10]
    return str(value).strip() or None


def metadata_from(data: dict[str, Any]) -> Metadata:
    lower = {str(k).lower(): v for k, v in data.items()}
    found = {}
    for field, keys in _KEYS.items():
        found[field] = next((_text(lower[k]) for k in keys if k in lower and _text(lower[k])), None)
    if found["date"]:
        found["date"] = normalise_date(found["date"])
    return Metadata(**found)


def normalise_date(value: str) -> str:
    """ISO ``YYYY-MM-DD`` when ``value`` starts with one or is an ISO timestamp, else as given."""
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return "-".join(m.groups())
    for fmt in (
        "%d %B %Y",
        "%B %d, %Y",
        "%b %d, %Y",
        "%d %b %Y",
        "%Y/%m/%d",
        "%a, %d %b %Y %H:%M:%S %z",
    ):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return value.strip()
