"""Allow ``python -m provlint``."""

from provlint.cli import main

raise SystemExit(main())
