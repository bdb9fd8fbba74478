"""Load YAML and validate it against a JSON Schema, with errors that name the file and line.

PyYAML and jsonschema are imported on first use: ``provlint --version`` needs neither, and a
file read before comes from the cache (:mod:`provlint.cache`) without them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from provlint.cache import cached
from provlint.errors import ProvlintError
from provlint.resources import schema_path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    import jsonschema
    import yaml


@cache
def _loader() -> type:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when it is installed


@cache
def schema_text(name: str) -> str:
    """The text of ``schemas/<name>.schema.json`` (part of cache keys)."""
    return schema_path(name).read_text(encoding="utf-8")


@cache
def load_schema(name: str) -> dict[str, Any]:
    import json

    return json.loads(schema_text(name))


def compose(text: str) -> yaml.Node | None:
    """The YAML node tree of ``text`` (for line numbers), or None when it does not parse."""
    import yaml

    try:
        return yaml.compose(text, Loader=_loader())
    except yaml.YAMLError:
        return None


def line_of(node: yaml.Node | None, path: list[Any]) -> int | None:
    """1-based line of the YAML node at ``path`` (keys and indices), as deep as it exists."""
    import yaml

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

    Raises ``error`` with ``path:line`` and the problem, never a raw library exception. The
    result is cached by the file's (and the schema's) content, see :mod:`provlint.cache`.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(str(path), f"cannot read: {exc}") from None
    key = ["yaml", text] + ([schema, schema_text(schema)] if schema else [])
    return cached(key, lambda: _parse(text, path, error, schema))


def _parse(text: str, path: Path, error: type[ProvlintError], schema: str | None) -> Any:
    import yaml

    try:
        data = yaml.load(text, Loader=_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise error(where, f"invalid YAML: {getattr(exc, 'problem', None) or exc}") from None
    if schema is not None:
        validate(data, schema, path, error, text)
    return data


def _schema_error(data: Any, schema: str) -> jsonschema.ValidationError | None:
    """The most telling violation of ``schema`` by ``data``, or None when it is valid.

    ``best_match`` stops at oneOf/anyOf; this descends to the deepest sub-error, which names
    the item.
    """
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema(schema))
    err = jsonschema.exceptions.best_match(validator.iter_errors(data))
    while err is not None and err.context:
        err = max(err.context, key=lambda e: len(e.absolute_path))
    return err


def _error_keys(err: jsonschema.ValidationError) -> list[Any]:
    """Path of the offending node; an unknown key is reported at its own line, not its parent's."""
    return list(err.absolute_path) + _unknown_keys(err)[:1]


def validate(
    data: Any,
    schema: str,
    path: Path | str,
    error: type[ProvlintError],
    text: str | None = None,
) -> None:
    """Raise ``error`` naming ``path:line`` (the line when ``text`` is given) on a violation."""
    err = _schema_error(data, schema)
    if err is not None:
        line = line_of(compose(text), _error_keys(err)) if text is not None else None
        where = f"{path}:{line}" if line else str(path)
        raise error(where, describe_error(err))


def _unknown_keys(err: jsonschema.ValidationError) -> list[str]:
    if err.validator != "additionalProperties" or not isinstance(err.instance, dict):
        return []
    allowed = err.schema.get("properties", {})
    return [k for k in err.instance if k not in allowed]
