"""Reporters: one module per output format. They read results; they never re-parse files."""
