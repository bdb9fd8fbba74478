"""Fetch an article by URL (requests), with a size cap and a clear error when unreachable."""

from __future__ import annotations

import re

import requests

from provlint import __version__
from provlint.errors import InputError


def fetch(url: str, max_bytes: int, timeout: float = 20.0) -> tuple[bytes, str, str | None]:
    """Return the body, its format ("html", "markdown" or "text") and its declared charset
    (the Content-Type header's, else an HTML page's ``<meta charset>``; None: UTF-8)."""
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
    fmt, charset = content_type(url, ctype)
    data = b"".join(chunks)
    if charset is None and fmt == "html":
        charset = _meta_charset(data)
    return data, fmt, charset


_TEXT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I
)


def content_type(url: str, header: str) -> tuple[str, str | None]:
    """The format and charset a Content-Type header names; a type that is not a text page
    (``application/pdf``, ``image/png``) is an :class:`InputError`. No header reads as HTML."""
    mime, _, params = header.partition(";")
    mime = mime.strip().lower()
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \"'"):
            charset = value.strip(" \"'").lower()
    if not mime:
        return "html", charset
    if mime in _TEXT_TYPES:
        return _TEXT_TYPES[mime], charset
    if mime.startswith("text/"):
        return "text", charset
    raise InputError(
        url, f"not a text page (Content-Type {mime}); provlint reads HTML, Markdown and text"
    )


def _meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start, as browsers read it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    charset = m.group(1).decode("ascii").lower()
    # A <meta> readable as ASCII cannot be in UTF-16: browsers take it as UTF-8 (WHATWG).
    return "utf-8" if charset.startswith(("utf-16", "utf16")) else charset
