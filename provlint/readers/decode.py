"""Turn a file's bytes into text, or say clearly why it cannot be read."""

from __future__ import annotations

from provlint.errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"
# Byte order marks and what they mean; UTF-32-LE's starts with UTF-16-LE's, so it comes first.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (_BOM, "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# A declared UTF-16/32 without a BOM is little-endian, as browsers read "utf-16" (WHATWG).
_WIDE = {"utf-16": "utf-16-le", "utf16": "utf-16-le", "utf-32": "utf-32-le", "utf32": "utf-32-le"}


# Labels browsers read as Windows-1252 (WHATWG Encoding): a page declared ISO-8859-1 is.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}


def decode(
    data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES, charset: str | None = None
) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16/32 with a BOM; reject empty, oversized
    and binary input.

    ``charset`` is what a web server declared (Content-Type or ``<meta charset>``); files are
    UTF-8. A BOM wins over a declared charset, as in browsers. Line endings are kept as they
    are so offsets stay those of the file; a BOM is dropped, which shifts nothing a user can
    see (editors do not count it as a column).
    """
    if len(data) > max_bytes:
        raise InputError(
            name, f"file is {len(data):,} bytes, over the {max_bytes:,}-byte limit (max-file-size)"
        )
    declared = charset.replace("_", "-").lower() if charset else None
    bom, encoding = next(((b, e) for b, e in _BOMS if data.startswith(b)), (b"", None))
    data = data[len(bom) :]
    if (
        encoding is None
        and declared
        and declared.startswith(("utf-16", "utf16", "utf-32", "utf32"))
    ):
        encoding = _WIDE.get(declared, declared)
    if encoding is not None and encoding != "utf-8":
        text = _decode_declared(data, name, encoding, "as its BOM says" if bom else "as declared")
        if "\x00" in text[:8192]:
            raise InputError(name, "binary file (contains NUL bytes), not a text article")
    else:
        if b"\x00" in data[:8192]:
            raise InputError(name, "binary file (contains NUL bytes), not a text article")
        text = None
        if encoding is None and declared and declared not in ("utf-8", "utf8"):
            text = _decode_declared(data, name, declared)
    try:
        text = data.decode("utf-8") if text is None else text
    except UnicodeDecodeError as exc:
        raise InputError(
            name, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    if not text.strip():
        raise InputError(name, "empty file (no text to check)")
    return text


def _decode_declared(data: bytes, name: str, charset: str, how: str = "as declared") -> str:
    """Decode with a declared charset; an unknown or wrong one is an :class:`InputError`."""
    import codecs

    if charset in _WINDOWS_1252:
        charset = "cp1252"
    try:
        codecs.lookup(charset)
    except LookupError:
        raise InputError(name, f"unknown charset {charset!r} declared") from None
    try:
        return data.decode(charset)
    except UnicodeDecodeError as exc:
        if charset == "cp1252":  # the 5 bytes cp1252 leaves undefined are C1 controls
            return data.decode("latin-1")
        raise InputError(
            name,
            f"not valid {charset} {how} (byte 0x{data[exc.start]:02x} at offset {exc.start})",
        ) from None
