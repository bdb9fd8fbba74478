"""A cache of parsed (and validated) data files, keyed by their exact content.

Importing PyYAML and jsonschema and parsing the rule pack is most of the work of a short run
(checking one file from a pre-commit hook or an editor). The parse and the schema check are
pure functions of the bytes of the file and of the schema, so their result is stored under a
hash of those bytes: an edited file simply gets a new key. Only plain JSON data is stored,
and only when it reads back equal (no dates, no integer keys); files that fail to parse or
validate are never stored, so their errors are reported every time. The file holds the value
in :mod:`marshal` form behind a CRC-32 (against damage): it reads back several times faster
than JSON text, and a run that finds everything in the cache never imports :mod:`json`.

Trust: :mod:`marshal` is not safe against crafted data, and the folder may be shared. So an
entry is only read when :func:`private` holds for it (owned by the current user, not writable
by group or others); any other entry is a miss: the value is built again, and stored (private)
over the entry only when that entry is ours. Entries are written with mode 0600.

The folder is ``$PROVLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/provlint`` or
``~/.cache/provlint`` (``%LOCALAPPDATA%\\provlint\\cache`` on Windows); it may be deleted at any
time. ``PROVLINT_NO_CACHE=1`` turns the cache off. A folder that cannot be written is ignored.
"""

from __future__ import annotations

import contextlib
import functools
import marshal
import os
import stat
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

from provlint import __version__
from provlint.hashing import blake2b

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FORMAT = 3  # bump when the meaning of a stored value (or the key's hash, or the file) changes


_ENV = (
    "PROVLINT_NO_CACHE",
    "PROVLINT_CACHE_DIR",
    "LOCALAPPDATA",
    "XDG_CACHE_HOME",
    "HOME",
    "USERPROFILE",
)


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is off."""
    # Asked for every cached file and regex: worked out once per set of the variables it reads.
    return _cache_dir(tuple(os.environ.get(k) for k in _ENV), os.name)


@functools.cache
def _cache_dir(env: tuple[str | None, ...], os_name: str) -> Path | None:
    no_cache, explicit, local_app_data, xdg_cache_home = env[:4]  # the rest: for Path.home()
    if no_cache:
        return None
    if explicit:
        return Path(explicit)
    if os_name == "nt" and local_app_data:
        return Path(local_app_data) / "provlint" / "cache"
    try:
        base = xdg_cache_home or Path.home() / ".cache"
    except RuntimeError:  # no home folder
        return None
    return Path(base) / "provlint"


def cached(key: Iterable[bytes | str], build: Callable[[], Any]) -> Any:
    """``build()``, or what it returned before for the same ``key`` parts.

    ``key`` must name everything the result depends on (a kind, file and schema contents).
    Exceptions from ``build`` propagate and nothing is stored.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{_digest(key)}.bin"
    ours = True
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if private(st):
                return decode(fh.read())
            ours = st.st_uid == os.getuid()  # private() is always True off POSIX
    except (OSError, ValueError, EOFError, TypeError):  # missing, unreadable or damaged
        pass
    value = build()
    if ours:  # never replace another user's file
        _store(path, value)
    return value


def private(st: os.stat_result) -> bool:
    """True when only the current user can have written the file or folder ``st`` describes:
    the condition for trusting a cache entry (here and in :mod:`provlint.regexcache`)."""
    if os.name != "posix":
        return True  # per-user profile folders; no POSIX modes to check
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _digest(key: Iterable[bytes | str]) -> str:
    h = blake2b(f"provlint {__version__} cache {FORMAT} {marshal.version}".encode(), digest_size=32)
    chunks = []  # hashed in one call: keys hold thousands of words
    for part in key:
        data = part.encode("utf-8") if isinstance(part, str) else part
        chunks.append(len(data).to_bytes(8, "little"))  # length-prefixed: parts cannot run together
        chunks.append(data)
    h.update(b"".join(chunks))
    return h.hexdigest()


def _store(path: Path, value: Any) -> None:
    """Write ``value`` when JSON keeps it exactly; any failure only means no cache."""
    import json

    try:
        if json.loads(json.dumps(value, ensure_ascii=False)) != value:  # e.g. integer keys
            return
        data = encode(value)
    except (TypeError, ValueError):  # dates, sets, NaN ...
        return
    from provlint.atomic import atomic_write

    with contextlib.suppress(OSError):
        atomic_write(path, data)
        os.chmod(path, 0o600)  # whatever the umask (or the mode of the entry it replaced)


def encode(value: Any) -> bytes:
    """A cache file's bytes: a CRC-32 of the marshal form, then the marshal form."""
    payload = marshal.dumps(value)
    return zlib.crc32(payload).to_bytes(4, "little") + payload


def decode(data: bytes) -> Any:
    """The value of a cache file's bytes; ValueError (or EOFError) when they are damaged."""
    if zlib.crc32(data[4:]).to_bytes(4, "little") != data[:4]:
        raise ValueError("damaged cache file")
    return marshal.loads(data[4:])
