"""Reporters: one module per output format. They read results; they never re-parse files.

``FORMATS`` maps a format name to a renderer ``(run, args) -> str``. Reporter modules register
themselves with :func:`register`; ``text`` (the default) is registered here. Renderers are
imported lazily so ``provlint rules`` does not pay for every reporter.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
from collections.abc import Callable

from provlint.errors import ConfigError
from provlint.results import RunResult

Renderer = Callable[[RunResult, argparse.Namespace], str]


def _text(run: RunResult, args: argparse.Namespace) -> str:
    from provlint.report.text import render_text

    return render_text(run, args)


FORMATS: dict[str, Renderer] = {"text": _text}


def _lazy(module: str, func: str) -> Renderer:
    """A renderer that imports ``provlint.report.<module>`` on first use."""

    def renderer(run: RunResult, args: argparse.Namespace) -> str:
        return getattr(importlib.import_module(f"provlint.report.{module}"), func)(run, args)

    return renderer


FORMATS.update(
    {
        "json": _lazy("json_report", "render_json"),
        "sarif": _lazy("sarif", "render_sarif"),
        "github": _lazy("github", "render_github"),
        "junit": _lazy("junit", "render_junit"),
    }
)


def register(name: str, renderer: Renderer) -> None:
    FORMATS[name] = renderer


def render(fmt: str, run: RunResult, args: argparse.Namespace) -> str:
    """Render a run in format ``fmt``.

    A format not registered yet is looked up as module ``provlint.report.<fmt>`` (or
    ``<fmt>_report``), which is
    expected to call :func:`register` when imported.
    """
    for module in (f"provlint.report.{fmt}", f"provlint.report.{fmt}_report"):
        if fmt in FORMATS:
            break
        with contextlib.suppress(ImportError):
            importlib.import_module(module)
    if fmt not in FORMATS:
        raise ConfigError(
            "output-format", f"unknown output format {fmt!r}; known: {', '.join(sorted(FORMATS))}"
        )
    return FORMATS[fmt](run, args)
