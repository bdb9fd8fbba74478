"""Errors that end as one clear line on stderr and exit code 2, never a traceback."""

from __future__ import annotations


class ProvlintError(Exception):
    """An expected failure caused by the user's input, config or rules."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class InputError(ProvlintError):
    """A document could not be read (missing, binary, not UTF-8, empty, too large, unreachable)."""


class ConfigError(ProvlintError):
    """A config file is invalid."""


class RuleError(ProvlintError):
    """A rule or lexicon file is invalid."""


class InternalError(ProvlintError):
    """A detector failed on a document: a bug in provlint, reported on one line for that file
    so that the other files are still checked (``PROVLINT_DEBUG=1`` shows the traceback)."""
