"""Hash functions taken from CPython's own modules rather than :mod:`hashlib`.

Importing :mod:`hashlib` loads OpenSSL (``_hashlib``): about 4 ms and 10 million instructions,
more than hashing everything a one-file ``provlint check`` hashes. CPython's built-in
``_blake2`` and ``_sha256`` (``_sha2`` from 3.12) modules give the same digests (``hashlib``
falls back to them itself) and load in a fraction of that. Other interpreters get
:mod:`hashlib`'s.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - not CPython
    from hashlib import blake2b

try:
    from _sha256 import sha256  # CPython 3.11
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha2 import sha256  # CPython 3.12+
    except ImportError:
        from hashlib import sha256

__all__ = ["blake2b", "sha256"]
