"""Compiled regexes kept between runs (provlint.regexcache) and cached trie patterns."""

from __future__ import annotations

import re

import pytest

from provlint import regexcache
from provlint.detect.trie import _trie_body, trie_pattern

WORDS = [f"{w}{suffix}" for w in ("said", "told", "wrote", "claimed", "argued", "insisted", "noted", "added") for suffix in ("", "s", "ed")]
PATTERN = rf"(?<![\w-])(?P<verb>{'|'.join(WORDS)})(?P<rest>\s+(?:that|to))?(?![\w-])"
TEXT = "He said that. They TOLD to me; she wrote to them and claimeds nothing. said to said to"


def _fresh(monkeypatch, folder):
    """Point the cache at ``folder`` and forget what this process compiled."""
    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("PROVLINT_NO_CACHE", raising=False)
    regexcache.compile.cache_clear()


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    assert [(m.span(), m.groups()) for m in a.finditer(TEXT)] == [
        (m.span(), m.groups()) for m in b.finditer(TEXT)
    ]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_stored_pattern_behaves_as_re_compile(tmp_path, monkeypatch, flags):
    assert len(PATTERN) >= regexcache.MIN_LENGTH
    _fresh(monkeypatch, tmp_path)
    first = regexcache.compile(PATTERN, flags)  # compiled and stored
    assert len(list((tmp_path / "re").iterdir())) == 1
    regexcache.compile.cache_clear()
    second = regexcache.compile(PATTERN, flags)  # read back from the file
    expected = re.compile(PATTERN, flags)
    _same(first, expected)
    _same(second, expected)
    assert any(second.finditer(TEXT))


def test_flags_are_part_of_the_key(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(PATTERN)
    regexcache.compile(PATTERN, re.IGNORECASE)
    assert len(list((tmp_path / "re").iterdir())) == 2


def test_a_damaged_entry_is_compiled_again(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(PATTERN)
    (entry,) = (tmp_path / "re").iterdir()
    data = bytearray(entry.read_bytes())
    data[-5] ^= 0xFF  # flip bits in the payload: the checksum no longer matches
    entry.write_bytes(bytes(data))
    regexcache.compile.cache_clear()
    _same(regexcache.compile(PATTERN), re.compile(PATTERN))
    entry.write_bytes(b"not a cache entry")
    regexcache.compile.cache_clear()
    _same(regexcache.compile(PATTERN), re.compile(PATTERN))


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setenv("PROVLINT_NO_CACHE", "1")
    _same(regexcache.compile(PATTERN), re.compile(PATTERN))
    assert not (tmp_path / "re").exists()


def test_short_patterns_are_not_stored(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(r"said|told")
    assert not (tmp_path / "re").exists()


def test_a_bad_pattern_raises_re_error(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    with pytest.raises(re.error):
        regexcache.compile("(" + "a" * regexcache.MIN_LENGTH)
    assert not (tmp_path / "re").exists() or not list((tmp_path / "re").iterdir())


@pytest.mark.parametrize("fold", [True, False])
def test_trie_pattern_matches_exactly_its_words(tmp_path, monkeypatch, fold):
    _fresh(monkeypatch, tmp_path)
    words = [f"w{i} x{i % 7}" for i in range(80)] + ["Said", "sa", "s"]
    built = trie_pattern(words, fold)
    assert trie_pattern(words, fold) == built  # the second call reads the cache
    assert list(tmp_path.glob("*.json"))
    full = re.compile(rf"(?:{built})\Z")
    for w in words:
        assert full.match(w) and full.match(w.replace(" ", "\t "))
        assert full.match(w.upper()) if fold else not full.match(w.swapcase())
    assert not full.match("w1 x2") and not full.match("sai")
    monkeypatch.setenv("PROVLINT_NO_CACHE", "1")
    assert trie_pattern(words, fold) == built
    assert _trie_body(["b", "a", "ab"]) == "(?:a(?:b)?|b)"
