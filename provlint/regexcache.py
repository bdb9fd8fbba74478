"""Compiled regular expressions kept between runs, like Python keeps bytecode in ``.pyc`` files.

The cue, figure and date patterns are built from the word lists: alternations of thousands of
phrases. Python compiles a regex with a parser written in Python, so compiling those few
patterns took half of a one-file ``provlint check``. The compiler's output (a list of integer
opcodes plus the group table) depends only on the pattern text, its flags and the regex engine
of the running Python, so it is stored in the cache folder (:mod:`provlint.cache`) under a hash
of exactly those, in a subfolder per interpreter build; the next run hands it to the engine.

Trust: like ``__pycache__``, the folder must only be writable by the user who runs provlint.
The engine does not fully check the opcodes it is given, so an entry forged with a valid
checksum could change what a pattern matches or crash the interpreter. Hence the subfolder is
created private (0700) and not used at all when it or an entry is writable by anyone else or
owned by another user; each entry carries a checksum (against damage) and the pattern and flags
it was compiled from (against an entry filed under the wrong name). Anything unexpected means
the pattern is compiled the normal way. ``PROVLINT_NO_CACHE=1`` turns the cache off.

Short patterns (the many small ones compiled at import and per detector) each compile fast,
but together they cost more than the long ones, and a file apiece would cost about as much to
read. They share one file instead (:data:`BUNDLE`, same trust checks), read at the first short
pattern and rewritten once, when the process exits, if it compiled a short pattern anew.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import functools
import marshal
import os
import re
import stat
import sys
import zlib
from pathlib import Path

from provlint.cache import cache_dir, private
from provlint.hashing import blake2b

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FORMAT = 4  # bump when the stored record (or the checksum) changes shape
MIN_LENGTH = 100  # shorter patterns compile in about as long as a cache file takes to read
BUNDLE = "short.bundle"  # the file holding every short pattern's record
MAX_BUNDLED = 2000  # beyond this, a rewrite keeps only what the current run used

try:  # CPython 3.11+ names; 3.10 has sre_parse / sre_compile
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        import sre_compile as _sre_compiler  # type: ignore[no-redef]
        import sre_parse as _sre_parser  # type: ignore[no-redef]
    except ImportError:
        _sre_compiler = _sre_parser = None  # type: ignore[assignment]

try:
    import _sre
except ImportError:  # pragma: no cover - not CPython
    _sre = None  # type: ignore[assignment]
# The array type whose items are the engine's code words (opcodes are stored as their bytes).
_CODE_TYPE = next(
    (t for t in "IL" if _sre is not None and array.array(t).itemsize == _sre.CODESIZE), None
)
if _CODE_TYPE is None:  # pragma: no cover - an engine with another code size
    _sre_compiler = None


@functools.lru_cache(maxsize=512)
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, reusing the compiled form a previous run stored.

    Kept in memory too (as ``re`` does), so a pattern compiled per document is read once.
    """
    if not isinstance(pattern, str) or _sre_compiler is None:
        return re.compile(pattern, flags)
    if len(pattern) < MIN_LENGTH:
        return _short(pattern, flags)
    folder = _folder()
    if folder is None:
        return re.compile(pattern, flags)
    flags = int(flags)
    path = folder / f"{_key(pattern, flags)}.bin"
    with contextlib.suppress(Exception):  # anything wrong with the stored form: compile anew
        return _from_record(pattern, _read(path, pattern, flags))
    record = _record(pattern, flags)
    compiled = _from_record(pattern, record)
    _store(path, pattern, flags, record)
    return compiled


class _Bundle:
    """The short patterns' records: those read from :data:`BUNDLE` and those compiled since."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.records: dict[tuple[str, int], tuple[Any, ...]] = _read_bundle(path)
        self.used: dict[tuple[str, int], tuple[Any, ...]] = {}
        self.dirty = False

    def get(self, pattern: str, flags: int) -> tuple[Any, ...]:
        key = (pattern, flags)
        record = self.records.get(key)
        if record is None:
            record = self.records[key] = _record(pattern, flags)
            if not self.dirty:
                self.dirty = True
                atexit.register(self.save)
        self.used[key] = record
        return record

    def save(self) -> None:
        """Merge with what other runs stored meanwhile and write the file once."""
        merged = _read_bundle(self.path)
        merged.update(self.records)
        if len(merged) > MAX_BUNDLED:  # patterns of old versions: keep this run's
            merged = dict(self.used)
        with contextlib.suppress(Exception):  # no cache, never an error at exit
            _save(self.path, merged)


@functools.cache
def _bundle(folder: Path) -> _Bundle:
    return _Bundle(folder / BUNDLE)


@functools.cache
def _bundle_in(base: Path | None) -> _Bundle | None:
    """The bundle of the cache folder ``base``, its subfolder checked once per process."""
    folder = None if base is None else _folder()
    return None if folder is None else _bundle(folder)


def _short(pattern: str, flags: int) -> re.Pattern[str]:
    """A short pattern from the shared file (or compiled and added to it)."""
    bundle = _bundle_in(cache_dir())
    if bundle is None:
        return re.compile(pattern, flags)
    flags = int(flags)
    record = bundle.get(pattern, flags)  # a bad pattern raises re.error here
    try:
        return _from_record(pattern, record)
    except Exception:  # a record the engine refuses: compile the normal way
        return re.compile(pattern, flags)


def _read_bundle(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    """The records in the shared file; empty when it is missing, damaged or not private."""
    try:
        stored = _load(path)
    except Exception:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {
        key: record
        for key, record in stored.items()
        if isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(record, tuple)
        and len(record) == 5
    }


@functools.cache
def _interpreter() -> str:
    """Names the interpreter build whose engine format the entries are in."""
    build = f"{sys.version} {_sre.MAGIC} {_sre.CODESIZE} {FORMAT}".encode()
    return f"{sys.implementation.cache_tag}-{blake2b(build, digest_size=6).hexdigest()}"


def _folder() -> Path | None:
    """This interpreter's private subfolder of the cache, or None when it is not safe to use."""
    base = cache_dir()
    if base is None or _sre is None:
        return None
    folder = _subfolder(base)
    try:
        try:
            st = folder.stat()  # asked once per long pattern: no mkdir when it is there
        except FileNotFoundError:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            st = folder.stat()
        return folder if stat.S_ISDIR(st.st_mode) and private(st) else None
    except OSError:
        return None


@functools.cache
def _subfolder(base: Path) -> Path:
    """``base/re/<interpreter>`` (joined once: asked once per long pattern)."""
    return base / "re" / _interpreter()


def _key(pattern: str, flags: int) -> str:
    """A hash of the pattern and flags (the folder names the interpreter)."""
    h = blake2b(flags.to_bytes(8, "little"), digest_size=32)
    h.update(pattern.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _record(pattern: str, flags: int) -> tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]:
    """What ``re``'s compiler passes to the engine, as in CPython's ``_compiler.compile``."""
    parsed = _sre_parser.parse(pattern, flags)
    code = _sre_compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        array.array(_CODE_TYPE, code).tobytes(),  # read back far faster than a list of ints
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _from_record(pattern: str, record: tuple[Any, ...]) -> re.Pattern[str]:
    final_flags, code_bytes, groups, groupindex, indexgroup = record
    code = array.array(_CODE_TYPE)
    code.frombytes(code_bytes)
    return _sre.compile(pattern, final_flags, code.tolist(), groups, groupindex, indexgroup)


def _read(path: Path, pattern: str, flags: int) -> tuple[Any, ...]:
    """The record stored for ``pattern`` and ``flags``; ValueError when the entry is damaged,
    is for another pattern, or could have been written by someone else."""
    stored = _load(path)
    if not (isinstance(stored, tuple) and len(stored) == 3 and stored[:2] == (pattern, flags)):
        raise ValueError("regex cache entry for another pattern")
    record = stored[2]
    if not (isinstance(record, tuple) and len(record) == 5):
        raise ValueError("unexpected regex cache entry")
    return record


CHECKSUM_SIZE = 4


def checksum(payload: bytes) -> bytes:
    """The CRC-32 a cache file starts with: it catches a damaged file. (Forgery is kept out by
    the permission checks.) SHA-256 cost as much as the rest of reading the 400 KB of stored
    patterns on a processor without SHA instructions."""
    return zlib.crc32(payload).to_bytes(CHECKSUM_SIZE, "little")


def _load(path: Path) -> Any:
    """What a cache file holds (an entry or the bundle); ValueError when it could have been
    written by someone else or its checksum does not match, OSError when it cannot be read."""
    with open(path, "rb") as fh:
        if not private(os.fstat(fh.fileno())):
            raise ValueError("regex cache file writable by others")
        data = fh.read()
    digest, payload = data[:CHECKSUM_SIZE], data[CHECKSUM_SIZE:]
    if checksum(payload) != digest:
        raise ValueError("damaged regex cache file")
    return marshal.loads(payload)


def _store(path: Path, pattern: str, flags: int, record: tuple[Any, ...]) -> None:
    """Write the record; a folder that cannot be written only means no cache."""
    with contextlib.suppress(OSError):
        _save(path, (pattern, flags, record))


def _save(path: Path, value: Any) -> None:
    """Write ``value`` as :func:`_load` reads it: checksummed, atomically, private."""
    from provlint.atomic import atomic_write

    payload = marshal.dumps(value)
    atomic_write(path, checksum(payload) + payload)
    os.chmod(path, 0o600)  # whatever the umask: entries others can write are not read
