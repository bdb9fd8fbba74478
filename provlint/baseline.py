"""Baselines: record today's findings so only new ones are reported.

A fingerprint hashes the rule code, the path (relative to the folder of the config that
governs the file, or to the working folder when there is none), the finding's sentence and
the quoted text, each whitespace- and case-normalised, but no line or column, so it survives edits that move
lines. Matching is count-aware: two identical findings in the baseline absorb two.

Version 1 baselines hashed the path as shown (relative to the working folder). They are
still read: a finding matches one under either path form, so upgrading never makes a CI
run fail on findings it had recorded; ``check`` says once that the file should be rewritten.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from provlint.errors import ConfigError
from provlint.hashing import sha256
from provlint.model import Finding

BASELINE_VERSION = 2
# Versions whose fingerprints hashed the path as shown rather than config-relative.
_LEGACY_PATH_VERSIONS = frozenset({1})


class Baseline(Counter[str]):
    """Fingerprint counts of a baseline file, with the file's format ``version``."""

    version: int = BASELINE_VERSION

    @property
    def legacy(self) -> bool:
        """True when fingerprints name the path as shown (an old baseline)."""
        return self.version in _LEGACY_PATH_VERSIONS


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def fingerprint(f: Finding, path: str | None = None) -> str:
    """The finding's fingerprint; ``path`` is the file as the fingerprint names it (default:
    the path shown, relative to the working folder)."""
    text = f.extra.get("text", "") if f.extra else ""
    key = "\x1f".join(
        (f.code, f.path if path is None else path, _norm(f.context), _norm(str(text) or f.message))
    )
    return sha256(key.encode("utf-8")).hexdigest()[:20]


def set_fingerprints(findings: Iterable[Finding], path: str | None = None) -> None:
    """Set each finding's fingerprint. The command line passes ``path`` relative to the
    governing config's folder, so a baseline matches from whatever folder provlint runs in."""
    for f in findings:
        f.fingerprint = fingerprint(f, path)


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Write the findings atomically (temp file in the same folder, then ``os.replace``)."""
    items = [
        {
            "fingerprint": f.fingerprint or fingerprint(f),
            "code": f.code,
            "path": f.path,
            "line": f.line,
            "message": f.message,
        }
        for f in findings
    ]
    items.sort(key=lambda x: (x["path"], x["line"], x["code"], x["fingerprint"]))
    from provlint.atomic import atomic_write  # tempfile and its imports only when writing
    from provlint.jsontext import dumps  # json too: a check that writes no baseline needs none

    data = dumps({"version": BASELINE_VERSION, "findings": items}, indent=1) + "\n"

    try:
        atomic_write(path, data)
    except OSError as exc:
        raise ConfigError(str(path), f"cannot write baseline: {exc.strerror or exc}") from None
    return len(items)


def load_baseline(path: Path) -> Baseline:
    """Fingerprint counts of a baseline file; a bad file is a ConfigError (exit 2)."""
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(str(path), "baseline file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(str(path), f"cannot read baseline: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ConfigError(
            str(path), "not a provlint baseline (expected an object with a 'findings' list)"
        )
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ConfigError(str(path), f"unknown baseline version {version!r}")
    if version > BASELINE_VERSION:
        raise ConfigError(
            str(path), f"baseline version {version} is newer than this provlint reads; upgrade"
        )
    try:
        baseline = Baseline(str(item["fingerprint"]) for item in data["findings"])
    except (TypeError, KeyError):
        raise ConfigError(str(path), "baseline entries need a 'fingerprint'") from None
    baseline.version = version
    return baseline


def filter_baseline(findings: list[Finding], baseline: Counter[str]) -> list[Finding]:
    """Findings not absorbed by the baseline (each baseline entry absorbs one finding).

    An old (version 1) baseline also matches a finding by its fingerprint under the path as
    shown, as that version wrote it."""
    legacy = isinstance(baseline, Baseline) and baseline.legacy
    remaining = Counter(baseline)
    out = []
    for f in findings:
        fp = f.fingerprint or fingerprint(f)
        if remaining[fp] <= 0 and legacy:
            fp = fingerprint(f)
        if remaining[fp] > 0:
            remaining[fp] -= 1
        else:
            out.append(f)
    return out
