"""Compiled regular expressions kept between runs, like Python keeps bytecode in ``.pyc`` files.

The cue, figure and date patterns are built from the word lists: alternations of thousands of
phrases. Python compiles a regex with a parser written in Python, so compiling those few
patterns took half of a one-file ``provlint check``. The compiler's output (a list of integer
opcodes plus the group table) depends only on the pattern text, its flags and the regex engine
of the running Python, so it is stored in the cache folder (:mod:`provlint.cache`) under a hash
of exactly those; the next run hands it straight to the engine.

Only CPython's own engine format is stored, read back with ``marshal`` (which builds plain
data, never runs code) and guarded by a checksum; the engine validates the opcodes again. Any
surprise (another Python, a missing private module, an unreadable or damaged file) means the
pattern is compiled the normal way, so the cache can only change how fast a run is, never what
it finds. ``PROVLINT_NO_CACHE=1`` turns it off with the rest of the cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import re
import sys
from typing import Any

from provlint.cache import cache_dir

FORMAT = 1  # bump when the stored record changes shape
MIN_LENGTH = 100  # shorter patterns compile in about as long as a cache file takes to read

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


@functools.lru_cache(maxsize=512)
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, reusing the compiled form a previous run stored.

    Kept in memory too (as ``re`` does), so a pattern compiled per document is read once.
    """
    if len(pattern) < MIN_LENGTH or _sre is None or _sre_compiler is None:
        return re.compile(pattern, flags)
    folder = cache_dir()
    if folder is None:
        return re.compile(pattern, flags)
    path = folder / "re" / f"{_key(pattern, int(flags))}.bin"
    with contextlib.suppress(Exception):  # anything wrong with the stored form: compile anew
        return _from_record(pattern, _read(path.read_bytes()))
    record = _record(pattern, int(flags))
    compiled = _from_record(pattern, record)
    _store(path, record)
    return compiled


def _key(pattern: str, flags: int) -> str:
    """A hash of everything the compiled form depends on."""
    h = hashlib.sha256(
        f"provlint regex {FORMAT} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}".encode()
    )
    h.update(flags.to_bytes(8, "little"))
    h.update(pattern.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _record(
    pattern: str, flags: int
) -> tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]:
    """What ``re``'s compiler passes to the engine, as in CPython's ``_compiler.compile``."""
    parsed = _sre_parser.parse(pattern, flags)
    code = [int(op) for op in _sre_compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _from_record(pattern: str, record: tuple[Any, ...]) -> re.Pattern[str]:
    final_flags, code, groups, groupindex, indexgroup = record
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)


def _read(data: bytes) -> tuple[Any, ...]:
    """The record in ``data``; ValueError when its checksum does not match."""
    digest, payload = data[:32], data[32:]
    if hashlib.sha256(payload).digest() != digest:
        raise ValueError("damaged regex cache entry")
    record = marshal.loads(payload)
    if not (isinstance(record, tuple) and len(record) == 5):
        raise ValueError("unexpected regex cache entry")
    return record


def _store(path: Any, record: tuple[Any, ...]) -> None:
    """Write the record; a folder that cannot be written only means no cache."""
    from provlint.atomic import atomic_write

    payload = marshal.dumps(record)
    with contextlib.suppress(OSError):
        atomic_write(path, hashlib.sha256(payload).digest() + payload)
