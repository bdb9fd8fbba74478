"""The content-keyed cache of parsed data files (provlint.cache)."""

from __future__ import annotations

import datetime as dt

import pytest

from provlint.cache import cached
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
