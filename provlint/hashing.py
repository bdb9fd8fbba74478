"""Hash functions taken from CPython's own modules rather than :mod:`hashlib`.

Importing :mod:`hashlib` loads OpenSSL (``_hashlib``): about 4 ms and 10 million instructions,
more than hashing everything a one-file ``provlint check`` hashes. CPython's built-in
``_blake2`` and ``_sha256`` (``_sha2`` from 3.12) modules give the same digests (``hashlib``
falls back to them itself) and load in a fraction of that. Other interpreters get
:mod:`hashlib`'s. Builds with no BLAKE2 at all (some FIPS ones) get :class:`Sha256Key`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

try:
    from _sha256 import sha256  # CPython 3.11
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha2 import sha256  # CPython 3.12+
    except ImportError:
        from hashlib import sha256


class Sha256Key:
    """``blake2b(data, digest_size=n)`` for builds without BLAKE2: SHA-256 of a tag naming
    ``n``, then the data, cut to ``n`` bytes (so keys of two sizes do not share a prefix, as
    with BLAKE2). Other digests than BLAKE2's, but provlint only uses them as cache keys."""

    def __init__(self, data: bytes = b"", *, digest_size: int = 32) -> None:
        if not 1 <= digest_size <= 32:
            raise ValueError("digest_size must be between 1 and 32")
        self.digest_size = digest_size
        self._h = sha256(b"provlint blake2b stand-in %d\0" % digest_size)
        self._h.update(data)

    def update(self, data: bytes) -> None:
        self._h.update(data)

    def digest(self) -> bytes:
        return self._h.digest()[: self.digest_size]

    def hexdigest(self) -> str:
        return self.digest().hex()


def _find_blake2b() -> Callable[..., Any]:
    """The fastest BLAKE2b there is, else :class:`Sha256Key`."""
    try:
        from _blake2 import blake2b
    except ImportError:  # not CPython
        try:
            from hashlib import blake2b
        except ImportError:  # some FIPS builds
            return Sha256Key
    return blake2b


blake2b = _find_blake2b()

__all__ = ["Sha256Key", "blake2b", "sha256"]
