"""Subcommands beyond check and analyze register here."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def register_extra(sub: argparse._SubParsersAction, common_inputs: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the rules, rule and report subcommands (each module adds its own arguments)."""
    return None
