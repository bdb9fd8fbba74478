"""Turn command-line targets (files, folders, ``-``, URLs) into documents to check."""

from __future__ import annotations

import sys
from pathlib import Path

from provlint.config import Settings, settings_for
from provlint.document import Document
from provlint.errors import InputError, ProvlintError
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
    """A path as the user will want to see it: relative to the (resolved) working folder when
    inside it."""
    try:
        return path.resolve().relative_to(cwd).as_posix()
    except ValueError:
        return str(path)


def collect(
    targets: list[str], stdin_filename: str | None = None, override: Settings | None = None
) -> tuple[list[Target], list[ProvlintError]]:
    """Expand folders recursively by supported extension and apply ``exclude``.

    Returns the targets and one error per target that could not be used (missing path, a
    folder with no supported files). Explicitly named files are excluded too, because
    pre-commit passes file names.
    """
    found: list[Target] = []
    errors: list[ProvlintError] = []
    seen: set[str] = set()
    cwd = Path.cwd().resolve()
    for raw in targets:
        if raw == "-":
            name = stdin_filename or "<stdin>"
            settings = (
                settings_for(Path(name), override)
                if stdin_filename
                else (override or settings_for(Path.cwd()))
            )
            if stdin_filename and settings.is_excluded(Path(name)):
                continue
            found.append(Target(name=name, settings=settings, stdin=True))
            continue
        if is_url(raw):
            found.append(Target(name=raw, settings=override or settings_for(Path.cwd()), url=raw))
            continue
        path = Path(raw)
        if not path.exists():
            errors.append(InputError(raw, "no such file or directory"))
            continue
        if path.is_dir():
            files = []
            for f in sorted(path.rglob("*")):
                if f.suffix.lower() not in EXTENSIONS or not f.is_file():
                    continue
                settings = settings_for(f, override)
                if not settings.is_excluded(f):
                    files.append(Target(name=_display(f, cwd), settings=settings, path=f))
            if not files:
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
        settings = settings_for(path, override)
        if settings.is_excluded(path):
            continue
        name = _display(path, cwd)
        if name not in seen:
            seen.add(name)
            found.append(Target(name=name, settings=settings, path=path))
    return found, errors
