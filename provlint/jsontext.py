"""Indented JSON text, exactly as ``json.dumps(value, ensure_ascii=False, indent=n)`` writes it.

With ``indent`` the standard library encodes in Python, one item at a time; without it, in C.
Reports hold thousands of small flat objects (findings, SARIF results), so each non-empty
container whose members are all scalars goes to the C encoder with the line break and
indentation as its item separator; only the nesting above those is walked here. JSON strings
never hold a raw line break, so the other cases can be encoded whole and re-indented.
"""

from __future__ import annotations

import json

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

_SCALARS = (str, int, float, type(None))  # bool is an int


def dumps(value: Any, indent: int = 2) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``, faster on large reports."""
    out: list[str] = []
    _encode(value, indent, 0, out)
    return "".join(out)


def _encode(value: Any, indent: int, level: int, out: list[str]) -> None:
    pad = "\n" + " " * (indent * level)
    inner = pad + " " * indent
    if isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
        members = value.values()
    elif isinstance(value, list) and value:
        members = value
    else:  # a scalar, an empty or unusual container: the standard encoder, shifted
        out.append(json.dumps(value, ensure_ascii=False, indent=indent).replace("\n", pad))
        return
    if all(isinstance(v, _SCALARS) for v in members):
        text = json.dumps(value, ensure_ascii=False, separators=("," + inner, ": "))
        out.append(f"{text[0]}{inner}{text[1:-1]}{pad}{text[-1]}")
        return
    out.append("{" if isinstance(value, dict) else "[")
    for i, item in enumerate(value.items() if isinstance(value, dict) else value):
        out.append(inner if i == 0 else "," + inner)
        if isinstance(value, dict):
            out.append(json.dumps(item[0], ensure_ascii=False) + ": ")
            item = item[1]
        _encode(item, indent, level + 1, out)
    out.append(pad + ("}" if isinstance(value, dict) else "]"))
