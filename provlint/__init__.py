"""provlint: a citation and provenance linter for articles."""

__version__ = "0.1.0"
