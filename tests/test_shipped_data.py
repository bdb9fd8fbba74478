"""The shipped rule pack, lexicons and score weights are valid.

At run time provlint loads its own files without the JSON Schema check (importing jsonschema
and validating two dozen files would be most of its start-up); these tests are that check.
User files (``extend-rules``, ``extend-lexicons``, ``score-weights``, configs) are always
validated when loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provlint.engine import load_rule, rule_files
from provlint.errors import ConfigError
from provlint.lexicons import read_lexicon
from provlint.resources import lexicons_dir, rules_dir
from provlint.yamlfile import load_yaml

RULES = rule_files([rules_dir()])
LEXICONS = sorted(lexicons_dir().glob("*.yaml"))


def test_the_pack_is_found():
    assert len(RULES) >= 10 and len(LEXICONS) >= 10


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.name)
def test_shipped_rule_is_valid(path: Path):
    assert load_rule(path, check=True).code in path.name


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.name)
def test_shipped_lexicon_is_valid(path: Path):
    lexicon, replace = read_lexicon(path, check=True)  # schema, and every pattern compiles
    assert lexicon.all() and not replace


def test_shipped_score_weights_are_valid():
    assert load_yaml(rules_dir() / "score.yaml", ConfigError, schema="score")
