"""Locate the data that ships with provlint: the default rule pack and the JSON Schemas.

In a wheel they live in ``provlint/_data``; in a source checkout (including editable
installs) they live at the repository root, beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Return the directory holding the shipped ``rules`` or ``schemas`` folder."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"provlint installation is missing its '{name}' folder")


def rules_dir() -> Path:
    return data_dir("rules")


def lexicons_dir() -> Path:
    return data_dir("rules") / "lexicons"


def schema_path(name: str) -> Path:
    """Path of ``schemas/<name>.schema.json``."""
    return data_dir("schemas") / f"{name}.schema.json"
