"""Load YAML and validate it against a JSON Schema, with errors that name the file and line."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from provlint.errors import ProvlintError
from provlint.resources import schema_path

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader


@cache
def load_schema(name: str) -> dict[str, Any]:
    with open(schema_path(name), encoding="utf-8") as fh:
        return json.load(fh)


def line_of(node: yaml.Node | None, path: list[Any]) -> int | None:
    """1-based line of the YAML node at ``path`` (keys and indices), as deep as it exists."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in path:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == key:
                    node = v
                    line = k.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def describe_error(err: jsonschema.ValidationError) -> str:
    """A one-line account of a schema violation that says what is allowed."""
    where = ".".join(str(p) for p in err.absolute_path) or "top level"
    if err.validator == "additionalProperties":
        allowed = sorted(err.schema.get("properties", {}))
        extra = ", ".join(repr(k) for k in _unknown_keys(err))
        return f"unknown key {extra} at {where}; allowed: {', '.join(allowed)}"
    if err.validator == "enum":
        return (
            f"{where}: {err.instance!r} is not one of {', '.join(map(repr, err.validator_value))}"
        )
    if err.validator == "type":
        return f"{where}: expected {err.validator_value}, got {type(err.instance).__name__} {_short(err.instance)}"
    if err.validator in ("oneOf", "anyOf"):
        return f"{where}: {_short(err.instance)} matches none of the allowed forms"
    return f"{where}: {err.message if len(err.message) < 200 else err.message[:200] + '...'}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def load_yaml(path: Path, error: type[ProvlintError], schema: str | None = None) -> Any:
    """Parse ``path`` and validate it against ``schemas/<schema>.schema.json``.

    Raises ``error`` with ``path:line`` and the problem, never a raw library exception.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(str(path), f"cannot read: {exc}") from None
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise error(where, f"invalid YAML: {getattr(exc, 'problem', None) or exc}") from None
    if schema is not None:
        validate(data, schema, path, error, node)
    return data


def validate(
    data: Any,
    schema: str,
    path: Path | str,
    error: type[ProvlintError],
    node: yaml.Node | None = None,
) -> None:
    validator = jsonschema.Draft202012Validator(load_schema(schema))
    err = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if err is not None:
        # best_match stops at oneOf/anyOf; descend to the deepest sub-error, which names the item
        while err.context:
            err = max(err.context, key=lambda e: len(e.absolute_path))
        where_path = list(err.absolute_path)
        extra = _unknown_keys(err)
        if extra:
            where_path.append(extra[0])
        line = line_of(node, where_path) if node is not None else None
        where = f"{path}:{line}" if line else str(path)
        raise error(where, describe_error(err))


def _unknown_keys(err: jsonschema.ValidationError) -> list[str]:
    if err.validator != "additionalProperties" or not isinstance(err.instance, dict):
        return []
    allowed = err.schema.get("properties", {})
    return [k for k in err.instance if k not in allowed]
