"""provlint.hashing gives hashlib's digests without loading OpenSSL, and a SHA-256 stand-in
for BLAKE2b on builds without it."""

from __future__ import annotations

import hashlib
import sys

import pytest

from provlint import hashing
from provlint.hashing import Sha256Key, blake2b, sha256
from tests.conftest import run_python

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
    assert run_python(code) == "False"


def _without_blake2(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a build with neither ``_blake2`` nor ``hashlib.blake2b`` (some FIPS builds)."""
    monkeypatch.setitem(sys.modules, "_blake2", None)  # import _blake2 -> ImportError
    monkeypatch.delattr(hashlib, "blake2b")


def test_without_blake2_the_stand_in_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    assert hashing._find_blake2b() is not Sha256Key  # this build has BLAKE2
    _without_blake2(monkeypatch)
    assert hashing._find_blake2b() is Sha256Key


@pytest.mark.parametrize("data", DATA)
def test_stand_in_digests(data: bytes) -> None:
    key = Sha256Key(data[:7], digest_size=32)
    key.update(data[7:])
    assert key.digest() == Sha256Key(data, digest_size=32).digest()
    assert key.hexdigest() == key.digest().hex() and len(key.digest()) == 32
    short = Sha256Key(data, digest_size=6).digest()
    assert len(short) == 6 and short != key.digest()[:6]  # sizes do not share a prefix
    assert key.digest() != hashlib.sha256(data).digest()
    with pytest.raises(ValueError):
        Sha256Key(data, digest_size=33)


def test_cache_and_regexcache_work_with_the_stand_in(tmp_path, monkeypatch) -> None:
    from provlint import cache, regexcache

    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "blake2b", Sha256Key)
    monkeypatch.setattr(regexcache, "blake2b", Sha256Key)
    assert cache.cached(["k"], lambda: [1]) == [1]
    assert cache.cached(["k"], lambda: [2]) == [1]  # read back under the same key
    pattern = "(?:" + "|".join(f"word{i}" for i in range(40)) + ")"
    assert regexcache._key(pattern, 0) != regexcache._key(pattern, 2)
    assert regexcache.compile(pattern).fullmatch("word39")


def test_importing_it_without_blake2() -> None:
    code = (
        "import sys, hashlib; sys.modules['_blake2'] = None; del hashlib.blake2b; "
        "import provlint.hashing as h; print(h.blake2b is h.Sha256Key)"
    )
    assert run_python(code) == "True"
