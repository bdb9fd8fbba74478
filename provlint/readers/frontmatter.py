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


def metadata_from(data: dict[str, Any], source: str = "", path: str = "") -> Metadata:
    """The article's metadata from parsed front matter. A date provlint cannot read for sure
    ("14/03/2025" reads; "03/04/2025", "yesterday" do not) is an :class:`InputError` naming
    the line, as an impossible one is: kept as text it would leave every relative date
    unresolved without a word."""
    lower = {str(k).lower(): v for k, v in data.items()}
    found: dict[str, str | None] = {}
    for field, keys in _KEYS.items():
        found[field] = next((_text(lower[k]) for k in keys if k in lower and _text(lower[k])), None)
    # "published: false" is a draft flag, no date
    key = next((k for k in _KEYS["date"] if _is_date_value(lower.get(k))), None)
    found["date"] = _text(lower[key]) if key is not None else None
    if found["date"]:
        iso = normalise_date(found["date"])
        if iso is None:
            raise InputError(
                path,
                f"front matter{_key_line(source, key)}: cannot read date "
                f"{found['date']!r}; write YYYY-MM-DD",
            )
        found["date"] = iso
    return Metadata(**found)


def _is_date_value(value: Any) -> bool:
    return (
        value is not None
        and not isinstance(value, bool)
        and isinstance(value, (str, int, float, dt.date))
        and bool(_text(value))
    )


def _key_line(source: str, key: str | None) -> str:
    """ " line N" of a top-level front-matter ``key`` in ``source``, or "" when not found."""
    m = _FRONT.match(source)
    if key is None or m is None:
        return ""
    at = re.search(rf"^['\"]?{re.escape(key)}['\"]?[ \t]*:", source[: m.end()], re.M | re.I)
    return f" line {source.count(chr(10), 0, at.start()) + 1}" if at else ""


# A numeric date ("14/03/2025", "3.4.2025"): day or month first, only a part over 12 tells.
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_MONTHS = 12


def normalise_date(value: str) -> str | None:
    """ISO ``YYYY-MM-DD`` of a date read for sure (ISO or an ISO timestamp, "3 March 2025",
    "March 3, 2025", "14/03/2025"), else None: a numeric date whose day and month could swap
    ("03/04/2025"), an impossible one, or no date at all."""
    text = value.strip().strip("[]'\"")  # a YAML list or a quoted value: "[2025-03-14]"
    text = re.sub(r"[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?.*$", "", text)  # its time
    m = re.match(r"(\d{4})[-.](\d{1,2})[-.](\d{1,2})", text)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC.fullmatch(text)
    if m:
        a, b, year = (int(g) for g in m.groups())
        if a > _MONTHS or a == b:
            return _iso(year, b, a)  # day first
        if b > _MONTHS:
            return _iso(year, a, b)  # month first
        return None  # "03/04/2025": 3 April or March 4
    for fmt in (
        "%d %B %Y",
        "%B %d, %Y",
        "%B %d %Y",
        "%b %d, %Y",
        "%b %d %Y",
        "%d %b %Y",
        "%d-%b-%Y",
        "%d-%B-%Y",
        "%b. %d, %Y",
        "%d %B, %Y",
        "%Y/%m/%d",
        "%a, %d %b %Y %H:%M:%S %z",
        "%a, %d %b %Y %H:%M:%S %Z",
    ):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    if any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
        from provlint.detect.dates import full_date  # the date forms live with the detector
        from provlint.lexicons import default_lexicons

        return full_date(text, default_lexicons())  # "Mar. 14, 2025", "Friday 14th March 2025"
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
