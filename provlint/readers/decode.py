"""Turn a file's bytes into text, or say clearly why it cannot be read."""

from __future__ import annotations

from provlint.errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"


def decode(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode UTF-8 (with or without BOM); reject empty, oversized and binary input.

    Line endings are kept as they are so offsets stay those of the file; a BOM is dropped,
    which shifts nothing a user can see (editors do not count it as a column).
    """
    if len(data) > max_bytes:
        raise InputError(
            name, f"file is {len(data):,} bytes, over the {max_bytes:,}-byte limit (max-file-size)"
        )
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            name, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    if not text.strip():
        raise InputError(name, "empty file (no text to check)")
    return text
