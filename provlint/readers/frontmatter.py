"""YAML front matter at the top of a Markdown file, kept with exact offsets.

python-frontmatter strips the body and loses offsets, so this is done by hand: the block
between a first line ``---`` and the next ``---`` or ``...`` line.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from provlint.document import Metadata
from provlint.errors import InputError

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


class _Loader(yaml.SafeLoader):
    """Safe loading where a value YAML cannot build (``date: 2024-02-30``, ``!!float abc``)
    is a YAML error with its position, not a Python exception from deep inside PyYAML."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except Exception as exc:  # noqa: BLE001 - PyYAML's constructors raise anything
            # (ValueError for 2024-02-30, AttributeError for ``!!timestamp foo``, ...)
            value = node.value if isinstance(node, yaml.ScalarNode) else node.tag
            # A ValueError says what is wrong; other errors are PyYAML internals.
            why = exc if isinstance(exc, (ValueError, OverflowError)) else _tag_name(node.tag)
            raise yaml.constructor.ConstructorError(
                None, None, f"invalid value {value!r}: {why}", node.start_mark
            ) from None


def _tag_name(tag: str) -> str:
    """``tag:yaml.org,2002:timestamp`` -> "not a valid timestamp"."""
    return f"not a valid {tag.rsplit(':', 1)[-1]}"


def split_front_matter(source: str, path: str = "") -> tuple[int, dict[str, Any]]:
    """Return (offset where the body starts, parsed front matter or {}).

    Front matter that is not valid YAML (a syntax error, an impossible date such as
    ``2024-02-30``, a bad ``!!float``) is an :class:`InputError` naming the file and the line,
    as static-site generators treat it: guessing would silently drop the article's date."""
    m = _FRONT.match(source)
    if not m:
        return 0, {}
    try:
        data = yaml.load(m.group(1) or "", Loader=_Loader) or {}  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 2}" if mark is not None else ""  # + the opening "---"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(path, f"front matter{where}: {problem}") from None
    except Exception as exc:  # noqa: BLE001 - a constructor run outside construct_object
        raise InputError(path, f"front matter: cannot read it ({exc})") from None
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
