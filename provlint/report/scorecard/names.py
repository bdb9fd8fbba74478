"""Safe, unique, readable file names for scorecards, derived from article paths."""

from __future__ import annotations

import hashlib
import re

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
RESERVED = {"index", "con", "prn", "aux", "nul"}


def card_stem(path: str, max_len: int = 80) -> str:
    """A file stem for ``path``: its characters made safe, plus a short hash of the full path.

    The hash keeps ``a/b.md`` and ``a_b.md`` (or two over-long paths) apart, and makes the
    name stable across runs.
    """
    base = path.split("://", 1)[-1]
    base = re.sub(r"\.(md|markdown|txt|text|html?|xhtml)$", "", base, flags=re.I)
    safe = _UNSAFE.sub("_", base.replace("\\", "/").replace("/", "__")).strip("._-") or "article"
    if safe.lower() in RESERVED:
        safe = f"{safe}_"
    digest = hashlib.sha1(path.encode("utf-8")).hexdigest()[:8]
    return f"{safe[:max_len]}-{digest}"


def unique_stems(paths: list[str]) -> dict[str, str]:
    """Map each path to a stem; identical stems (hash collisions) get a counter."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for p in paths:
        stem = card_stem(p)
        candidate, n = stem, 2
        while candidate.lower() in used:
            candidate, n = f"{stem}-{n}", n + 1
        used.add(candidate.lower())
        out[p] = candidate
    return out
