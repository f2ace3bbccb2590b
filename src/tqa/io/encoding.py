"""Reading files as bytes and decoding them to text.

Decoding order (strict decodes first, a statistical guess last):

1. a byte-order mark: UTF-8, UTF-32 LE/BE, UTF-16 LE/BE (the BOM is dropped);
2. strict UTF-8;
3. strict CP949 (a superset of EUC-KR, the usual legacy encoding of Korean files),
   accepted only when the result reads like Korean text;
4. charset-normalizer's best guess, accepted only when the result is printable text.

NUL bytes in a file without a UTF-16/32 BOM, or control characters in the decoded text,
mean binary content. Every failure is an :class:`InputError` naming the file. Newlines are
kept exactly as they are, so offsets index the text as read.
"""
from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from .errors import InputError

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE BOM
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)

#: control characters that plain text may contain (tab, newlines, form feed, vertical tab)
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def read_bytes(path) -> bytes:
    """The raw bytes of ``path``; a missing file, a directory or an unreadable file is an InputError."""
    path = Path(path)
    if path.is_dir():
        raise InputError(path, "is a directory, not a file")
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as error:
        raise InputError(path, f"cannot read file ({error.strerror or error})") from None


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when ``data`` starts with a byte-order mark."""
    for bom, codec, _label in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _has_binary_controls(text: str) -> bool:
    return any(
        char not in _TEXT_CONTROLS and unicodedata.category(char) == "Cc"
        for char in text if char < " " or "\x7f" <= char <= "\x9f"
    )


def _reads_as_korean(text: str) -> bool:
    """A CP949 decode that is not Korean is most likely another legacy encoding misread."""
    non_ascii = [char for char in text if ord(char) > 0x7F]
    if not non_ascii:
        return True
    hangul = sum(1 for char in non_ascii if "\uac00" <= char <= "\ud7a3")
    usual = sum(1 for char in non_ascii if unicodedata.category(char)[0] in "PSZ")
    return hangul > 0 and (hangul + usual) / len(non_ascii) >= 0.8


def _guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        return None
    best = from_bytes(data).best()
    if best is None:
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, path, encoding: str | None = None) -> str:
    """Decode ``data`` (the content of ``path``) to text; see the module docstring.

    ``encoding``, when given (e.g. a PO header's charset), is tried strictly before the
    automatic detection. Does not check for emptiness (see :func:`read_text`).
    """
    bom = bom_encoding(data)
    if bom:
        codec, size = bom
        try:
            text = data[size:].decode(codec)
        except UnicodeDecodeError as error:
            raise InputError(path, f"invalid {codec} text at byte {error.start + size}") from None
        if _has_binary_controls(text) or "\x00" in text:
            raise InputError(path, "binary content (control characters), not a text file")
        return text
    if b"\x00" in data:
        raise InputError(path, "binary content (NUL bytes), not a text file "
                               "(UTF-16 files need a byte-order mark)")
    candidates = []
    if encoding:
        candidates.append(encoding)
    candidates += ["utf-8", "cp949"]
    for codec in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if codec == "cp949" and not _reads_as_korean(text):
            continue
        if _has_binary_controls(text):
            raise InputError(path, "binary content (control characters), not a text file")
        return text
    text = _guess(data)
    if text is None or _has_binary_controls(text) or "\ufffd" in text:
        raise InputError(path, "undecodable content: not UTF-8, UTF-16 with BOM or CP949/EUC-KR "
                               "(binary file?)")
    return text


def read_text(path) -> str:
    """Decode a plain-text document; empty or whitespace-only files are an InputError."""
    data = read_bytes(path)
    if not data:
        raise InputError(path, "empty file")
    text = decode_bytes(data, path)
    if not text.strip():
        raise InputError(path, "file has no text (only whitespace)")
    return text

