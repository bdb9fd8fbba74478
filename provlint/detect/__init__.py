"""Detectors: one module per concern, each a function of (document, lexicons[, earlier results])."""
