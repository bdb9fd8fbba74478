"""Fetch an article by URL (requests), with a size cap and a clear error when unreachable."""

from __future__ import annotations

import requests

from provlint import __version__
from provlint.errors import InputError


def fetch(url: str, max_bytes: int, timeout: float = 20.0) -> tuple[bytes, str]:
    """Return the body and its format ("html", "markdown" or "text")."""
    headers = {"User-Agent": f"provlint/{__version__} (+citation linter)"}
    try:
        with requests.get(url, headers=headers, timeout=timeout, stream=True) as resp:
            if resp.status_code >= 400:
                raise InputError(url, f"HTTP {resp.status_code} {resp.reason or ''}".strip())
            chunks, size = [], 0
            for chunk in resp.iter_content(65536):
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(
                        url, f"response is over the {max_bytes:,}-byte limit (max-file-size)"
                    )
                chunks.append(chunk)
            ctype = resp.headers.get("Content-Type", "").lower()
    except requests.exceptions.RequestException as exc:
        reason = type(exc).__name__
        if isinstance(exc, requests.exceptions.ConnectionError):
            reason = "cannot connect (unreachable host or no network)"
        elif isinstance(exc, requests.exceptions.Timeout):
            reason = f"timed out after {timeout:g}s"
        raise InputError(url, f"could not fetch: {reason}") from None
    if "markdown" in ctype:
        fmt = "markdown"
    elif "text/plain" in ctype:
        fmt = "text"
    else:
        fmt = "html"
    return b"".join(chunks), fmt
