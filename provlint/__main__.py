"""Allow ``python -m provlint``."""

import gc

gc.set_threshold(100_000)  # as provlint.cli.console does, already while the modules load

from provlint.cli import console  # noqa: E402

raise SystemExit(console())
