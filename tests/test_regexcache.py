"""Compiled regexes kept between runs (provlint.regexcache) and cached trie patterns."""

from __future__ import annotations

import marshal
import os
import re

import pytest

from provlint import regexcache
from provlint.cache import encode
from provlint.detect import trie
from provlint.detect.trie import _trie_body, trie_pattern

VERBS = ("said", "told", "wrote", "claimed", "argued", "insisted", "noted", "added")
WORDS = [f"{w}{suffix}" for w in VERBS for suffix in ("", "s", "ed")]
PATTERN = rf"(?<![\w-])(?P<verb>{'|'.join(WORDS)})(?P<rest>\s+(?:that|to))?(?![\w-])"
OTHER = PATTERN.replace("that|to", "that|to|of")
TEXT = "He said that. They TOLD to me; she wrote to them and claimeds nothing. said to said of"


def _fresh(monkeypatch, folder):
    """Point the cache at ``folder`` and forget what this process compiled."""
    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("PROVLINT_NO_CACHE", raising=False)
    regexcache.compile.cache_clear()
    regexcache._bundle.cache_clear()
    regexcache._bundle_in.cache_clear()


def _entries(folder):
    return sorted((folder / "re").rglob("*.bin")) if (folder / "re").exists() else []


def _same(a: re.Pattern[str], b: re.Pattern[str], text: str = TEXT) -> None:
    assert (a.pattern, a.flags, a.groups) == (b.pattern, b.flags, b.groups)
    assert list(a.groupindex.items()) == list(b.groupindex.items())
    found = [(m.span(), m.groups(), m.lastgroup, m.lastindex) for m in a.finditer(text)]
    assert found == [(m.span(), m.groups(), m.lastgroup, m.lastindex) for m in b.finditer(text)]


def _count_compiles(monkeypatch) -> list[str]:
    """Record every pattern regexcache compiles itself (not read from a file)."""
    calls: list[str] = []
    real = regexcache._record

    def spy(pattern, flags):
        calls.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(regexcache, "_record", spy)
    return calls


FLAG_CASES = [
    (PATTERN, 0),
    (PATTERN, re.IGNORECASE),
    (PATTERN, re.ASCII | re.IGNORECASE),
    ("(?x) " + PATTERN.replace("|", " | "), 0),
    (PATTERN.replace("(?P<rest>", "(?P<rest> ").replace("(?![", " (?!["), re.VERBOSE),
    ("(?a)" + PATTERN, 0),
    ("(?i)" + PATTERN + r"(?(rest)\s*|x?)", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), FLAG_CASES)
def test_a_stored_pattern_behaves_as_re_compile(tmp_path, monkeypatch, pattern, flags):
    assert len(pattern) >= regexcache.MIN_LENGTH
    _fresh(monkeypatch, tmp_path)
    compiles = _count_compiles(monkeypatch)
    first = regexcache.compile(pattern, flags)  # compiled and stored
    assert len(_entries(tmp_path)) == 1 and compiles == [pattern]
    regexcache.compile.cache_clear()
    second = regexcache.compile(pattern, flags)  # read back from the file
    assert compiles == [pattern], "the second run must read the stored entry"
    expected = re.compile(pattern, flags)
    _same(first, expected)
    _same(second, expected)
    assert any(second.finditer(TEXT))


def test_pattern_and_flags_are_both_part_of_the_key(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(PATTERN)
    regexcache.compile(OTHER)
    regexcache.compile(PATTERN, re.IGNORECASE)
    assert len(_entries(tmp_path)) == 3
    regexcache.compile(PATTERN, int(re.IGNORECASE))  # the same flags as an int
    assert len(_entries(tmp_path)) == 3


def _rewrite(entry, payload: bytes) -> None:
    """Store ``payload`` with a valid checksum, as someone forging an entry would."""
    entry.write_bytes(regexcache.checksum(payload) + payload)


def test_damaged_or_misfiled_entries_are_compiled_again(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(PATTERN)
    regexcache.compile(OTHER)
    entries = {e.read_bytes(): e for e in _entries(tmp_path)}
    (a_bytes, a_entry), (b_bytes, b_entry) = entries.items()
    cases = [
        a_bytes[:-5] + bytes([a_bytes[-5] ^ 0xFF]) + a_bytes[-4:],  # bits flipped: bad checksum
        b"not a cache entry",
        b_bytes,  # another pattern's entry under this name
    ]
    pattern = marshal.loads(a_bytes[regexcache.CHECKSUM_SIZE :])[0]
    for data in cases:
        a_entry.write_bytes(data)
        regexcache.compile.cache_clear()
        _same(regexcache.compile(pattern), re.compile(pattern))
    pattern_b, flags_b, record_b = marshal.loads(b_bytes[regexcache.CHECKSUM_SIZE :])
    _rewrite(
        a_entry, marshal.dumps((pattern_b, flags_b, record_b))
    )  # valid checksum, wrong pattern
    regexcache.compile.cache_clear()
    _same(regexcache.compile(pattern), re.compile(pattern))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_entries_others_can_write_are_not_read(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(PATTERN)
    (entry,) = _entries(tmp_path)
    assert entry.stat().st_mode & 0o077 == 0 and entry.parent.stat().st_mode & 0o077 == 0
    entry.chmod(0o666)
    compiles = _count_compiles(monkeypatch)
    regexcache.compile.cache_clear()
    _same(regexcache.compile(PATTERN), re.compile(PATTERN))
    assert compiles == [PATTERN]
    entry.parent.chmod(0o777)
    regexcache.compile.cache_clear()
    _same(regexcache.compile(OTHER), re.compile(OTHER))
    assert len(_entries(tmp_path)) == 1  # a shared folder is not written to either


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setenv("PROVLINT_NO_CACHE", "1")
    _same(regexcache.compile(PATTERN), re.compile(PATTERN))
    assert not (tmp_path / "re").exists()


def test_short_and_bytes_patterns_are_compiled_as_re_does(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    assert regexcache.compile(r"said|told").search("he told").group() == "told"
    assert regexcache.compile(PATTERN.encode()).search(b"he said that").group(1) == b"said"
    assert not _entries(tmp_path)


SHORT = [(r"(?<![\w])said\s+$", 0), (r"[‘'](?=[\w“\"])", 0), (r"(?P<w>mon|tue)s?", re.I)]


def _bundle_file(folder):
    return next((folder / "re").rglob(regexcache.BUNDLE), None)


def test_short_patterns_share_one_file_read_back_as_compiled(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    compiles = _count_compiles(monkeypatch)
    first = [regexcache.compile(p, f) for p, f in SHORT]
    assert compiles == [p for p, _ in SHORT] and _bundle_file(tmp_path) is None
    regexcache._bundle(regexcache._folder()).save()  # what happens when the process exits
    bundle = _bundle_file(tmp_path)
    assert bundle is not None and bundle.stat().st_mode & 0o077 == 0 and not _entries(tmp_path)
    _fresh(monkeypatch, tmp_path)
    second = [regexcache.compile(p, f) for p, f in SHORT]
    assert compiles == [p for p, _ in SHORT], "the second run must read the shared file"
    for (p, f), a, b in zip(SHORT, first, second, strict=True):
        _same(a, re.compile(p, f), "He said  Tues ‘x' mon")
        _same(b, re.compile(p, f), "He said  Tues ‘x' mon")


@pytest.mark.parametrize("damage", ["flip", "garbage", "shared"])
def test_a_damaged_or_shared_bundle_is_not_read(tmp_path, monkeypatch, damage):
    if damage == "shared" and os.name != "posix":
        pytest.skip("POSIX permissions")
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(*SHORT[0])
    regexcache._bundle(regexcache._folder()).save()
    bundle = _bundle_file(tmp_path)
    data = bundle.read_bytes()
    if damage == "flip":
        bundle.write_bytes(data[:-3] + bytes([data[-3] ^ 0xFF]) + data[-2:])
    elif damage == "garbage":
        _rewrite(bundle, marshal.dumps({("said", 0): "not a record"}))
    else:
        bundle.chmod(0o666)
    _fresh(monkeypatch, tmp_path)
    compiles = _count_compiles(monkeypatch)
    _same(regexcache.compile(*SHORT[0]), re.compile(*SHORT[0]), "He said ")
    assert compiles == [SHORT[0][0]]


def test_a_bad_pattern_raises_re_error(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    with pytest.raises(re.error):
        regexcache.compile("(" + "a" * regexcache.MIN_LENGTH)
    with pytest.raises(re.error):
        regexcache.compile("(a")
    assert not _entries(tmp_path)


@pytest.mark.parametrize("fold", [True, False])
def test_trie_pattern_matches_exactly_its_words(tmp_path, monkeypatch, fold):
    _fresh(monkeypatch, tmp_path)
    words = [f"w{i} x{i % 7}" for i in range(80)] + ["Said", "sa", "s"]
    built = trie_pattern(words, fold)
    assert trie_pattern(words, fold) == built  # the second call reads the cache
    assert list(tmp_path.glob("*.bin"))
    full = re.compile(rf"(?:{built})\Z")
    for w in words:
        assert full.match(w) and full.match(w.replace(" ", "\t "))
        assert full.match(w.upper()) if fold else not full.match(w.swapcase())
    assert not full.match("w1 x2") and not full.match("sai")
    monkeypatch.setenv("PROVLINT_NO_CACHE", "1")
    assert trie_pattern(words, fold) == built
    assert _trie_body(["b", "a", "ab"]) == "(?:a(?:b)?|b)"


def test_cached_trie_text_is_rebuilt_when_stale_or_not_text(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    words = [f"word{i}" for i in range(60)]
    built = trie_pattern(words, False)
    for entry in tmp_path.glob("*.bin"):
        entry.write_bytes(encode([1, 2]))  # a valid entry, not a pattern
    assert trie_pattern(words, False) == built
    for entry in tmp_path.glob("*.bin"):
        entry.write_bytes(encode("(?:stale"))
    monkeypatch.setattr(trie, "_builder_key", lambda: b"edited builder")
    assert trie_pattern(words, False) == built  # another builder: another key
