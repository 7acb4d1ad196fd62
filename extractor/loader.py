"""Bytes to text, with the encoding detected from the bytes.

Offsets in the output are code points of the decoded text with universal newlines
(\r\n and \r become \n) and nothing else changed, as the guideline defines them.
"""
from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path


class LoadError(Exception):
    """A document that cannot be read as text; the message names the reason."""


@dataclass(frozen=True)
class LoadedText:
    text: str
    encoding: str
    sha256: str
    format: str = "txt"


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: the newlines, digits and ASCII punctuation of a report put NUL
    bytes on one parity only (GB18030 and UTF-8 text has none; binary has them on both)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    enough = max(2, half // 100)
    # a few NULs on the other parity are CJK characters such as 一 (U+4E00)
    if odd_nuls >= enough and even_nuls * 4 <= odd_nuls:
        return "utf-16-le"
    if even_nuls >= enough and odd_nuls * 4 <= even_nuls:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text[:4096] if ch < " " and ch not in "\n\r\t\f\v")
    return controls > max(2, len(text[:4096]) * 0.01)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise LoadError."""
    if not data.strip():
        raise LoadError("empty file")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as exc:
                raise LoadError(f"starts with a {name} byte-order mark but does not decode: {exc.reason}") from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise LoadError("binary content (NUL bytes), not a text report")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise LoadError("not decodable as UTF-8, UTF-16 or GB18030") from None


def universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_bytes(data: bytes) -> LoadedText:
    text, encoding = decode(data)
    if _looks_binary(text):
        raise LoadError("binary content (control characters), not a text report")
    text = universal_newlines(text)
    if not text.strip():
        raise LoadError("no text after decoding")
    return LoadedText(text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())


def load_file(path: str | Path) -> LoadedText:
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise LoadError("is a directory, not a file") from None
    except FileNotFoundError:
        raise LoadError("no such file") from None
    except OSError as exc:
        raise LoadError(exc.strerror or str(exc)) from None
    return load_bytes(data)
