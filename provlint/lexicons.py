"""Word lists and pattern lists that drive the detectors, loaded from YAML.

The shipped lists live in ``rules/lexicons/``; users add files through the config key
``extend-lexicons``. A user file with the same ``lexicon`` name adds its entries to the
shipped ones, or replaces them with ``replace: true``. The code holds only logic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from provlint.errors import RuleError
from provlint.record import field, record
from provlint.resources import lexicons_dir
from provlint.yamlfile import load_yaml


@record(slots=False)
class Lexicon:
    """One word or pattern list: its entries by group ("" holds a flat list)."""

    name: str
    kind: str
    groups: dict[str, list[str]] = field(default_factory=dict)  # "" holds a flat list

    def all(self) -> list[str]:
        return [e for entries in self.groups.values() for e in entries]


class Lexicons:
    """All lexicons by name."""

    def __init__(self, lexicons: dict[str, Lexicon]) -> None:
        self._lexicons = lexicons

    def __contains__(self, name: str) -> bool:
        return name in self._lexicons

    def names(self) -> list[str]:
        return sorted(self._lexicons)

    def get(self, name: str) -> Lexicon:
        try:
            return self._lexicons[name]
        except KeyError:
            raise RuleError("lexicons", f"no lexicon named '{name}'") from None

    def words(self, name: str, group: str | None = None) -> list[str]:
        """Entries of a lexicon (or one group of it), longest first so alternations prefer them."""
        lex = self.get(name)
        entries = lex.groups.get(group, []) if group is not None else lex.all()
        out = sorted(set(entries))
        out.sort(key=len, reverse=True)  # stable: equal lengths stay in alphabetical order
        return out

    def groups(self, name: str) -> dict[str, list[str]]:
        return self.get(name).groups

    def alternation(self, name: str, group: str | None = None) -> str:
        """A regex alternation of a word lexicon, escaped, longest entries first."""
        words = self.words(name, group)
        if self.get(name).kind == "patterns":
            return "|".join(f"(?:{w})" for w in words)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def read_lexicon(path: Path, check: bool = True) -> tuple[Lexicon, bool]:
    """One lexicon file and its ``replace`` flag.

    ``check`` validates it against the lexicon schema and compiles its patterns; the shipped
    files skip that at run time because the test suite checks them.
    """
    data = load_yaml(path, RuleError, schema="lexicon" if check else None)
    entries = data["entries"]
    groups = (
        {"": list(entries)}
        if isinstance(entries, list)
        else {k: list(v) for k, v in entries.items()}
    )
    lex = Lexicon(name=data["lexicon"], kind=data.get("kind", "words"), groups=groups)
    if check and lex.kind == "patterns":
        for pattern in lex.all():
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RuleError(str(path), f"bad regex {pattern!r}: {exc}") from None
    return lex, bool(data.get("replace", False))


def _files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml"))))
        elif p.exists():
            out.append(p)
        else:
            raise RuleError(str(p), "lexicon path does not exist")
    return out


_VALUE = re.compile(r"[0-9]+|[A-Z][A-Z0-9]*")


def _shape(group: str) -> str:
    """A group name with its value parts (a number, an upper-case code) blanked: ``"1000_abbr"``
    -> ``"#_abbr"``, ``"GBP_words"`` -> ``"#_words"``, ``"month_3"`` -> ``"month_#"``."""
    return _VALUE.sub("#", group)


def _check_groups(path: Path, lex: Lexicon, shipped: Lexicon) -> None:
    """A user file's groups must be ones the detectors read, so a misspelt group
    (``anonymous_heads``) is an error naming the file and line instead of doing nothing.

    Groups named by a value - a number (``"21"``, ``"1/5"``, ``"1000_abbr"``) or a code
    (``SEK``, ``SEK_words``) - are open: any group of the same form as a shipped one is read.
    A flat list extends only a flat lexicon, and groups only a grouped one.
    """
    known = set(shipped.groups)
    shapes = {_shape(g) for g in known if g}
    for group in lex.groups:
        if group in known or (group and _shape(group) in shapes and _shape(group) != group):
            continue
        import difflib

        from provlint.yamlfile import compose, line_of

        try:
            node = compose(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):  # pragma: no cover - read just before
            node = None
        line = line_of(node, ["entries", group] if group else ["entries"]) if node else None
        where = f"{path}:{line}" if line else str(path)
        if not group:
            raise RuleError(
                where,
                f"lexicon {lex.name!r} has groups: give entries as a mapping of group to words; "
                f"groups: {', '.join(sorted(known))}",
            )
        if "" in known:
            raise RuleError(
                where, f"lexicon {lex.name!r} is a flat list: give entries as a list, not groups"
            )
        close = difflib.get_close_matches(group, sorted(known), n=3)
        hint = f"did you mean {', '.join(map(repr, close))}? " if close else ""
        raise RuleError(
            where,
            f"unknown group {group!r} in lexicon {lex.name!r}; {hint}groups: "
            + ", ".join(sorted(known)),
        )


def load_lexicons(extra: Iterable[Path] = ()) -> Lexicons:
    """Shipped lexicons, extended by the files or folders in ``extra``."""
    result: dict[str, Lexicon] = {}
    for path in _files([lexicons_dir()]):
        lex, _ = read_lexicon(path, check=False)
        result[lex.name] = lex
    for path in _files(extra):
        lex, replace = read_lexicon(path)
        if lex.name not in result:  # no detector reads it: a typo would silently do nothing
            import difflib

            close = difflib.get_close_matches(lex.name, list(result), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise RuleError(
                str(path),
                f"unknown lexicon {lex.name!r}; {hint}a file extends a shipped lexicon: "
                + ", ".join(sorted(result)),
            )
        _check_groups(path, lex, result[lex.name])
        if not replace:
            base = result[lex.name]
            for group, entries in lex.groups.items():
                base.groups.setdefault(group, []).extend(entries)
        else:
            result[lex.name] = lex
    return Lexicons(result)


@cache
def default_lexicons() -> Lexicons:
    """The shipped lexicons, loaded once per process."""
    return load_lexicons()
