"""Write a file atomically: a temporary file in the same folder, then ``os.replace``.

Readers of the target never see a half-written report; an interrupted write leaves the old
file (or nothing) behind, and the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from provlint.errors import ProvlintError


def make_folder(
    path: str | os.PathLike[str], what: str = "folder", name: str | None = None
) -> Path:
    """Create ``path`` (and its parents) or raise a one-line error saying what is in the way;
    ``name`` is what the error names (default: ``path``)."""
    folder = Path(path)
    name = name or str(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocker = next(
            (p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), folder
        )
        raise ProvlintError(name, f"cannot create the {what}: {blocker} is a file") from None
    except OSError as exc:
        raise ProvlintError(name, f"cannot create the {what}: {exc.strerror or exc}") from None
    return folder


def atomic_write(path: str | os.PathLike[str], data: str | bytes, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` atomically, creating parent folders; return the path.

    Failures are :class:`OSError` (the caches ignore them); see :func:`write_output`."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _write(target, data, encoding)
    return target


def write_output(path: str | os.PathLike[str], data: str | bytes, what: str = "report") -> Path:
    """:func:`atomic_write` for a file the user named (``-o``, a baseline, a scorecard).

    A target that is a folder, a parent that is a file or an unwritable folder is a
    :class:`ProvlintError` (one line, exit 2), not a traceback."""
    target = Path(path)
    if target.is_dir():
        raise ProvlintError(str(path), f"is a folder; give a file name to write the {what} to")
    make_folder(target.parent, f"{what}'s folder", str(path))
    try:
        return atomic_write(target, data)
    except OSError as exc:
        raise ProvlintError(str(path), f"cannot write the {what}: {exc.strerror or exc}") from None


def _write(target: Path, data: str | bytes, encoding: str) -> None:
    payload = data.encode(encoding) if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):  # keep the mode an existing file had
            os.chmod(tmp, os.stat(target).st_mode & 0o777 if target.exists() else _default_mode())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _default_mode() -> int:
    """The mode a new file gets from open(): 0o666 less the process umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
