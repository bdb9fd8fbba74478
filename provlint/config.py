"""Configuration: discovery, validation and path matching.

Like ruff, the closest config file wins: for each checked file provlint walks up from its
folder and takes the first ``.provlint.yaml`` / ``.provlint.yml``, or ``pyproject.toml`` with a
``[tool.provlint]`` table. ``--config FILE`` overrides discovery. Every file is validated
against ``schemas/config.schema.json``; paths in it are relative to the file's folder.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from functools import cache
from pathlib import Path, PurePosixPath

from provlint import regexcache
from provlint.cache import cached
from provlint.errors import ConfigError
from provlint.readers.decode import DEFAULT_MAX_BYTES
from provlint.record import field, record
from provlint.yamlfile import _error_keys, _schema_error, describe_error, load_yaml, schema_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

CONFIG_NAMES = (".provlint.yaml", ".provlint.yml")
DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    ".tox",
    ".nox",
    "build",
    "dist",
    "site-packages",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
)


def given_path(path: Path) -> Path:
    """``path`` made absolute as the user gave it: a symlink keeps its own name, but a ".."
    is resolved through the links before it ("sub/../x.txt" where "sub" is a link names the
    file next to the link's target, which folding the text would miss)."""
    if ".." not in path.parts:
        return Path(os.path.abspath(path))
    if path.name == "..":
        return path.resolve()
    return path.parent.resolve() / path.name  # the file's own link keeps its name


@record(slots=False)
class Settings:
    """Resolved settings for the files under one config file (or the defaults)."""

    root: Path
    source: Path | None = None
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    max_file_size: int = DEFAULT_MAX_BYTES
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fail_level: str = "warning"
    fail_under: float | None = None
    extend_rules: tuple[Path, ...] = ()
    extend_lexicons: tuple[Path, ...] = ()
    score_weights: Path | None = None
    baseline: Path | None = None
    output_format: str | None = None

    def relative(self, path: Path) -> str:
        """``path`` relative to the config root, POSIX-style (absolute when outside it).

        A symlink keeps its own name (``link.txt``, not its target's path), as the user gave
        it; only a path that is outside the root as written is resolved and tried again."""
        p = given_path(path)
        try:
            return PurePosixPath(p.relative_to(self.root)).as_posix()
        except ValueError:
            pass
        p = path.resolve()
        try:
            return PurePosixPath(p.relative_to(self.root)).as_posix()
        except ValueError:
            return p.as_posix()

    def is_excluded(self, path: Path) -> bool:
        return matches_any(self.relative(path), self.exclude)

    def ignored_codes(self, path: Path) -> tuple[str, ...]:
        rel = self.relative(path)
        return tuple(
            c
            for glob, codes in self.per_file_ignores.items()
            if matches_any(rel, (glob,))
            for c in codes
        )


def matches_any(rel: str, patterns: tuple[str, ...] | list[str]) -> bool:
    """gitignore-like matching: a pattern matches the whole path, its name, or a parent folder."""
    path_rx, name_rx = _matchers(tuple(patterns))
    parts = rel.split("/")
    if path_rx is not None:
        prefix = ""
        for i, part in enumerate(parts):
            prefix = f"{prefix}/{part}" if i else part
            if path_rx.match(prefix):
                return True
    return name_rx is not None and any(name_rx.match(part) for part in parts)


@cache
def _matchers(patterns: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """One regex for all patterns (a path or a parent folder must match one whole) and one for
    those without a slash (a single name may match). Checking each file against each glob
    separately was a large part of collecting a big folder."""
    globs = [p.rstrip("/") for p in patterns]
    globs = [g[2:] if g.startswith("./") else g for g in globs]

    def any_of(selected: list[str]) -> re.Pattern[str] | None:
        return (
            regexcache.compile("|".join(fnmatch.translate(g) for g in selected))
            if selected
            else None
        )

    return any_of(globs), any_of([g for g in globs if "/" not in g])


def _from_pyproject(path: Path) -> dict[str, Any] | None:
    """The validated ``[tool.provlint]`` table of a pyproject.toml, or None when it has none;
    another ``.toml`` file (named by ``--config``) may also be a bare provlint table.

    Cached by the file's content (most runs then never import tomllib or jsonschema)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"cannot read: {exc}") from None
    key = ["pyproject", text, schema_text("config"), str(path.name == "pyproject.toml")]
    return cached(key, lambda: _provlint_table(text, path))


def _provlint_table(text: str, path: Path) -> dict[str, Any] | None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), f"invalid TOML: {exc}") from None
    tool = data.get("tool", {})
    table = tool.get("provlint") if isinstance(tool, dict) else None
    if table is None:
        if path.name == "pyproject.toml" or "tool" in data:
            return None
        table = data  # another .toml (--config ci.toml): its keys are the config, as ruff.toml
        header = False
    else:
        header = True
    err = _schema_error(table, "config")
    if err is not None:
        line = _toml_line(text, _error_keys(err), header)
        where = f"{path}:{line}" if line else str(path)
        raise ConfigError(where, ("[tool.provlint] " if header else "") + describe_error(err))
    return table


_TABLE_HEADER = re.compile(r"\[\s*tool\s*\.\s*provlint\s*\]")


def _toml_line(text: str, keys: list[Any], header: bool) -> int | None:
    """1-based line of the first key of ``keys`` in the provlint table of a TOML text (the
    table's header line when the key is not found), for errors that name the line."""
    lines = text.splitlines()
    inside = not header
    found = None
    key = re.escape(str(keys[0])) if keys else None
    for i, raw in enumerate(lines, 1):
        line = raw.strip()
        if header and _TABLE_HEADER.fullmatch(line):
            inside, found = True, i
            continue
        if line.startswith("["):
            prefix = r"\[\s*tool\s*\.\s*provlint\s*\.\s*" if header else r"\[\s*"
            if key and re.match(rf'{prefix}"?{key}"?\s*[\].]', line):
                return i
            inside = False
            continue
        if inside and key and re.match(rf'"?{key}"?\s*=', line):
            return i
    return found


def key_location(settings: Settings, keys: list[str | int]) -> str:
    """``file:line`` of the entry at ``keys`` (a key, then list indexes or mapping keys) in the
    config that made ``settings``, or just the file when the line cannot be found; only called
    to word an error, so the file is read again here rather than kept."""
    if settings.source is None:
        return "config"
    path = settings.source
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return str(path)
    if path.suffix.lower() == ".toml":
        line = _toml_line(text, [keys[0]], bool(_TABLE_HEADER.search(text)))
    else:
        from provlint.yamlfile import compose, line_of

        node = compose(text)
        line = line_of(node, list(keys)) if node is not None else None
    return f"{path}:{line}" if line else str(path)


def load_config_file(path: Path) -> Settings:
    """Read and validate one config file."""
    path = path.resolve()
    if not path.is_file():
        raise ConfigError(str(path), "config file not found")
    if path.suffix.lower() == ".toml":
        data = _from_pyproject(path) or {}
    else:
        data = load_yaml(path, ConfigError)
        if data is None:  # empty, or only comments: the defaults, as an empty [tool.provlint]
            data = {}
        elif not isinstance(data, dict):
            raise ConfigError(str(path), "config must be a mapping of keys to values")
        else:
            load_yaml(path, ConfigError, schema="config")
    return _settings(data, path)


def _settings(data: dict[str, Any], source: Path | None, root: Path | None = None) -> Settings:
    root = source.parent if source else (root or Path.cwd()).resolve()

    def paths(key: str) -> tuple[Path, ...]:
        return tuple((root / p).resolve() for p in data.get(key, ()))

    exclude = tuple(data["exclude"]) if "exclude" in data else DEFAULT_EXCLUDE
    s = Settings(
        root=root,
        source=source,
        exclude=exclude + tuple(data.get("extend-exclude", ())),
        max_file_size=data.get("max-file-size", DEFAULT_MAX_BYTES),
        select=tuple(data.get("select", ())),
        extend_select=tuple(data.get("extend-select", ())),
        ignore=tuple(data.get("ignore", ())),
        severity=dict(data.get("severity", {})),
        per_file_ignores={k: tuple(v) for k, v in data.get("per-file-ignores", {}).items()},
        fail_level=data.get("fail-level", "warning"),
        fail_under=data.get("fail-under"),
        extend_rules=paths("extend-rules"),
        extend_lexicons=paths("extend-lexicons"),
        score_weights=(root / data["score-weights"]).resolve() if "score-weights" in data else None,
        baseline=(root / data["baseline"]).resolve() if "baseline" in data else None,
        output_format=data.get("output-format"),
    )
    return s


@cache
def _discover_in(directory: Path) -> Settings | None:
    for name in CONFIG_NAMES:
        candidate = directory / name
        if candidate.is_file():
            return load_config_file(candidate)
    pyproject = directory / "pyproject.toml"
    if pyproject.is_file() and _from_pyproject(pyproject) is not None:
        return load_config_file(pyproject)
    return None


def settings_for(path: Path, override: Settings | None = None) -> Settings:
    """Settings that govern ``path``: ``override``, else the closest config, else defaults."""
    if override is not None:
        return override
    directory = path.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for d in (directory, *directory.parents):
        found = _discover_in(d)
        if found is not None:
            return found
    return default_settings()


@cache
def default_settings() -> Settings:
    return _settings({}, None, Path.cwd())
