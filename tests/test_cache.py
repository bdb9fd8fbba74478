"""The content-keyed cache of parsed data files (provlint.cache)."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from provlint.cache import cache_dir, cached
from provlint.errors import RuleError
from provlint.yamlfile import load_yaml


class Builder:
    """Counts its calls, so a test can tell a cache hit from a miss."""

    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_a_key_is_built_once(tmp_path, monkeypatch):
    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(tmp_path))
    build = Builder({"entries": ["a", "b"], "n": 1.5, "ok": True, "none": None})
    assert cached(["k", "text"], build) == build.value
    assert cached(["k", "text"], build) == build.value
    assert build.calls == 1
    assert cached(["k", "other text"], build) == build.value
    assert build.calls == 2


def test_key_parts_do_not_run_together(tmp_path, monkeypatch):
    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(tmp_path))
    assert cached(["ab", "c"], Builder(1)) == 1
    assert cached(["a", "bc"], Builder(2)) == 2


@pytest.mark.parametrize("value", [{1: "int key"}, {"d": dt.date(2020, 1, 2)}, {"x": float("nan")}])
def test_values_json_would_change_are_not_stored(tmp_path, monkeypatch, value):
    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(tmp_path))
    build = Builder(value)
    cached(["k"], build)
    result = cached(["k"], build)
    assert build.calls == 2 and result is value


def test_failures_are_not_stored(tmp_path, monkeypatch):
    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(tmp_path))

    def fail():
        raise RuleError("f.yaml", "bad")

    for _ in range(2):
        with pytest.raises(RuleError):
            cached(["k"], fail)
    assert not list(tmp_path.iterdir())


def test_cache_off_or_unwritable(tmp_path, monkeypatch):
    build = Builder([1])
    monkeypatch.setenv("PROVLINT_NO_CACHE", "1")
    cached(["k"], build)
    monkeypatch.delenv("PROVLINT_NO_CACHE")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(blocker / "cache"))
    cached(["k"], build)
    cached(["k"], build)
    assert build.calls == 3


ENV_CASES = [
    # (variables set, folder expected relative to tmp_path; None: cache off)
    ({"PROVLINT_CACHE_DIR": "a"}, "a"),
    ({"PROVLINT_CACHE_DIR": "b"}, "b"),
    ({"PROVLINT_CACHE_DIR": "b", "PROVLINT_NO_CACHE": "1"}, None),
    ({"XDG_CACHE_HOME": "x"}, "x/provlint"),
    ({"XDG_CACHE_HOME": "x", "PROVLINT_CACHE_DIR": "é"}, "é"),
]


def test_cache_dir_follows_the_environment(tmp_path, monkeypatch):
    """cache_dir is memoised per set of variables: each call still sees them as they are now."""
    for env, expected in ENV_CASES:
        for name in ("PROVLINT_NO_CACHE", "PROVLINT_CACHE_DIR", "XDG_CACHE_HOME"):
            if name in env:
                value = env[name] if name == "PROVLINT_NO_CACHE" else str(tmp_path / env[name])
                monkeypatch.setenv(name, value)
            else:
                monkeypatch.delenv(name, raising=False)
        assert cache_dir() == (None if expected is None else tmp_path / expected)


def test_an_edited_file_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(tmp_path / "cache"))
    f = tmp_path / "lex.yaml"
    f.write_text("lexicon: x\nentries: [a]\n")
    assert load_yaml(f, RuleError, schema="lexicon")["entries"] == ["a"]
    f.write_text("lexicon: x\nentries: [b]\n")
    assert load_yaml(f, RuleError, schema="lexicon")["entries"] == ["b"]
    f.write_text("lexicon: x\nentries: [b]\nbogus: 1\n")
    with pytest.raises(RuleError, match=r"lex.yaml:3: unknown key 'bogus'"):
        load_yaml(f, RuleError, schema="lexicon")
    assert load_yaml(f, RuleError)["bogus"] == 1  # parsed without the schema: no error


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-3],  # cut short
        lambda b: b[:6] + bytes([b[6] ^ 0x01]) + b[7:],  # one bit flipped
        lambda b: b"",
        lambda b: b"\x00" * 4 + b[4:],  # checksum wiped
    ],
)
def test_damaged_entries_are_built_again(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(tmp_path))
    build = Builder({"entries": ["a", "b" * 40], "n": 2})
    cached(["k"], build)
    (entry,) = tmp_path.glob("*.bin")
    entry.write_bytes(damage(entry.read_bytes()))
    assert cached(["k"], build) == build.value and build.calls == 2
    assert cached(["k"], build) == build.value and build.calls == 2  # stored again, whole


# (mode given to a stored entry, whether it is still read) - marshal is not safe against
# crafted data: only entries no one else can have written are trusted.
MODE_CASES = [
    (0o600, True),
    (0o644, True),  # others may read it, not write it
    (0o400, True),
    (0o620, False),  # group-writable
    (0o664, False),
    (0o602, False),  # writable by others
    (0o666, False),
]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize(("mode", "read"), MODE_CASES)
def test_entries_others_can_write_are_not_read(tmp_path, monkeypatch, mode, read):
    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(tmp_path))
    build = Builder({"entries": ["a"]})
    cached(["k"], build)
    (entry,) = tmp_path.glob("*.bin")
    assert entry.stat().st_mode & 0o777 == 0o600  # written private, whatever the umask
    entry.chmod(mode)
    assert cached(["k"], build) == build.value
    assert build.calls == (1 if read else 2)
    if not read:  # our own entry: stored again, private, and read from then on
        assert entry.stat().st_mode & 0o777 == 0o600
        assert cached(["k"], build) == build.value and build.calls == 2


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_another_users_entry_is_neither_read_nor_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("PROVLINT_CACHE_DIR", str(tmp_path))
    build = Builder({"entries": ["a"]})
    cached(["k"], build)
    (entry,) = tmp_path.glob("*.bin")
    before = entry.read_bytes()
    uid = os.getuid()
    monkeypatch.setattr(os, "getuid", lambda: uid + 1)  # the entry now belongs to someone else
    for calls in (2, 3):
        assert cached(["k"], build) == build.value and build.calls == calls
    assert entry.read_bytes() == before and list(tmp_path.glob("*.bin")) == [entry]
