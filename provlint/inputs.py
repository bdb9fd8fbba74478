"""Turn command-line targets (files, folders, ``-``, URLs) into documents to check."""

from __future__ import annotations

import sys
from pathlib import Path

from provlint.config import Settings, given_path, settings_for
from provlint.document import Document
from provlint.errors import ConfigError, InputError, ProvlintError
from provlint.lexicons import Lexicons
from provlint.readers import EXTENSIONS, format_for, is_url, read_bytes, read_path, read_url
from provlint.record import record


@record(slots=False)
class Target:
    """One document to read: a file, standard input or a URL, with the settings that govern it."""

    name: str
    settings: Settings
    path: Path | None = None
    url: str | None = None
    stdin: bool = False

    def read(self, lexicons: Lexicons | None = None) -> Document:
        """Read the target; ``lexicons`` (its config's) extend the boilerplate patterns."""
        limit = self.settings.max_file_size
        if self.url is not None:
            return read_url(self.url, max_bytes=limit, lexicons=lexicons)
        if self.stdin:
            data = sys.stdin.buffer.read()
            return read_bytes(
                data,
                self.name,
                fmt=format_for(self.name) or "text",
                max_bytes=limit,
                lexicons=lexicons,
            )
        assert self.path is not None
        doc = read_path(self.path, max_bytes=limit, lexicons=lexicons)
        doc.path = self.name
        return doc


def _display(path: Path, cwd: Path) -> str:
    """A path as the user gave it, relative to the (resolved) working folder when inside it.

    Symlinks are not followed: ``link.txt -> real/story.txt`` is reported as ``link.txt``,
    wherever its target lives; a ``..`` is resolved through the links before it."""
    try:
        return given_path(path).relative_to(cwd).as_posix()
    except ValueError:
        return str(path)


def collect(
    targets: list[str], stdin_filename: str | None = None, override: Settings | None = None
) -> tuple[list[Target], list[ProvlintError]]:
    """Expand folders recursively by supported extension and apply ``exclude``.

    Returns the targets and one error per target that could not be used (missing path, a
    folder with no supported files), and one per broken config file: the files it governs
    are skipped, the others still checked. Explicitly named files are excluded too, because
    pre-commit passes file names.
    """
    found: list[Target] = []
    errors: list[ProvlintError] = []
    seen: set[str] = set()
    cwd = Path.cwd().resolve()
    # A broken config's error, once, and the files it keeps from being checked (its ``inputs``).
    broken: dict[str, tuple[ProvlintError, set[str]]] = {}

    def settings_of(path: Path) -> Settings | None:
        """The settings governing ``path``, or None (reported once) when its config is bad."""
        try:
            return settings_for(path, override)
        except ConfigError as err:
            key = f"{err.source}: {err.problem}"
            if key not in broken:
                broken[key] = (err, set())
                errors.append(err)
            first, paths = broken[key]
            paths.add(str(path.resolve()))
            first.inputs = len(paths)  # type: ignore[attr-defined]
            return None

    for raw in targets:
        if raw == "-":
            name = stdin_filename or "<stdin>"
            settings = settings_of(Path(name) if stdin_filename else Path.cwd())
            if settings is None or (stdin_filename and settings.is_excluded(Path(name))):
                continue
            found.append(Target(name=name, settings=settings, stdin=True))
            continue
        if is_url(raw):
            settings = settings_of(Path.cwd())
            if settings is not None:
                found.append(Target(name=raw, settings=settings, url=raw))
            continue
        path = Path(raw)
        if not path.exists():
            errors.append(InputError(raw, "no such file or directory"))
            continue
        if path.is_dir():
            files, supported = [], False
            for f in sorted(path.rglob("*")):
                if f.suffix.lower() not in EXTENSIONS or not f.is_file():
                    continue
                settings = settings_of(f)
                supported = supported or settings is None
                if settings is not None and not settings.is_excluded(f):
                    files.append(Target(name=_display(f, cwd), settings=settings, path=f))
            if not files and not supported:
                errors.append(
                    InputError(
                        raw,
                        f"no supported files in folder (looked for {', '.join(sorted(EXTENSIONS))})",
                    )
                )
            for t in files:
                if t.name not in seen:
                    seen.add(t.name)
                    found.append(t)
            continue
        settings = settings_of(path)
        if settings is None or settings.is_excluded(path):
            continue
        name = _display(path, cwd)
        if name not in seen:
            seen.add(name)
            found.append(Target(name=name, settings=settings, path=path))
    return found, errors
