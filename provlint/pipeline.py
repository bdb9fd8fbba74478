"""One document through the pipeline: read -> segment -> detect -> (rules -> score)."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from provlint.analysis import Analysis, analyze
from provlint.config import Settings
from provlint.errors import InternalError
from provlint.inputs import Target
from provlint.lexicons import Lexicons, default_lexicons, load_lexicons


@cache
def _lexicons(paths: tuple[Path, ...]) -> Lexicons:
    return load_lexicons(paths) if paths else default_lexicons()


def lexicons_for(settings: Settings) -> Lexicons:
    return _lexicons(settings.extend_lexicons)


def run_analysis(target: Target) -> Analysis:
    """Read and analyse one target; raises ProvlintError for bad input, and InternalError
    (one line naming the file, not a traceback) when a detector fails on it."""
    lexicons = lexicons_for(target.settings)
    doc = target.read(lexicons)
    try:
        return analyze(doc, lexicons)
    except Exception as err:  # noqa: BLE001 - any detector bug becomes one line for this file
        if os.environ.get("PROVLINT_DEBUG"):
            raise
        raise InternalError(
            target.name,
            f"internal error while analysing ({type(err).__name__}: {err}); this is a provlint"
            " bug, please report it with the file (PROVLINT_DEBUG=1 shows the traceback)",
        ) from err


class Progress:
    """A one-line progress bar on stderr, only for long batch runs on a terminal."""

    MIN_ITEMS = 20

    def __init__(self, total: int, stream=None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = total >= self.MIN_ITEMS and getattr(self.stream, "isatty", lambda: False)()
        self.done = 0

    def __enter__(self) -> Progress:
        return self

    def step(self, name: str) -> None:
        if self.enabled:
            width = 30
            filled = width * self.done // max(self.total, 1)
            self.stream.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name[-40:]:<40}"
            )
            self.stream.flush()
        self.done += 1

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()
