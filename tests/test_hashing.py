"""provlint.hashing gives hashlib's digests without loading OpenSSL."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from provlint.hashing import blake2b, sha256

DATA = [b"", b"abc", "é“quoted”".encode(), bytes(range(256)) * 300]


@pytest.mark.parametrize("data", DATA)
def test_same_digests_as_hashlib(data: bytes) -> None:
    assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert blake2b(data, digest_size=32).digest() == hashlib.blake2b(data, digest_size=32).digest()
    h = sha256()
    h.update(data[:7])
    h.update(data[7:])
    assert h.digest() == hashlib.sha256(data).digest()


def test_importing_it_leaves_openssl_unloaded() -> None:
    code = "import sys, provlint.hashing; print('_hashlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
