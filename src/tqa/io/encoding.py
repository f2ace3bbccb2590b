"""Reading files as bytes and decoding them to text.

Decoding order (strict decodes first, a statistical guess last):

1. a byte-order mark: UTF-8, UTF-32 LE/BE, UTF-16 LE/BE (the BOM is dropped);
   without a BOM, a file with NUL bytes is read as UTF-16 LE or BE when exactly one of
   the two reads as text (ASCII, Hangul, common punctuation; see :func:`_utf16_without_bom`);
2. strict UTF-8;
3. strict CP949 (a superset of EUC-KR, the usual legacy encoding of Korean files),
   accepted only when the result reads like Korean text;
4. UTF-8 with a few broken sequences (a file cut mid-character): the broken bytes become
   U+FFFD, accepted only when valid multi-byte characters outnumber them 20 to 1;
5. strict Windows-1252 (English files with curly quotes), when the result is mostly ASCII;
6. charset-normalizer's best guess, accepted only when the result is printable text.

NUL bytes in a file that is not UTF-16/32, or over 1% control characters in the decoded text,
mean binary content. Every failure is an :class:`InputError` naming the file. Newlines are
kept exactly as they are, so offsets index the text as read.
"""
from __future__ import annotations

import codecs
import re
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

#: control characters plain text does not contain (all but tab, newlines, vertical tab, form feed)
_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def read_bytes(path) -> bytes:
    """The raw bytes of ``path``; a missing file, a directory or an unreadable file is an InputError."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(path, "is a directory, not a file")
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as error:
        raise InputError(path, f"cannot read file ({error.strerror or error})") from None
    except ValueError:  # a NUL character in the name
        raise InputError(path, "cannot read file (the name holds a NUL character)") from None


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when ``data`` starts with a byte-order mark."""
    for bom, codec, _label in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _has_binary_controls(text: str) -> bool:
    """More than 1% control characters (other than tab, newlines, form feed): not text.
    A stray control character or two in a long text is tolerated."""
    controls = sum(1 for _ in _BINARY_CONTROL.finditer(text))
    return controls > 0 and controls * 100 > len(text)


def _in_euc_kr(char: str) -> bool:
    """One of EUC-KR's precomposed syllables (Python's codec spells the others as 8-byte jamo sequences)."""
    try:
        return len(char.encode("euc-kr")) == 2
    except UnicodeEncodeError:
        return False


def _reads_as_korean(text: str) -> bool:
    """A CP949 decode that is not Korean is most likely another legacy encoding misread.

    Real Korean text is mostly Hangul syllables (and punctuation), most of them among
    the 2,350 common syllables of EUC-KR. A misread cp1252 file (``it’s`` → ``it뭩``)
    yields rare syllables from CP949's extension area instead.
    """
    non_ascii = [char for char in text if ord(char) > 0x7F]
    if not non_ascii:
        return True
    hangul = [char for char in non_ascii if "\uac00" <= char <= "\ud7a3"]
    usual = sum(1 for char in non_ascii if unicodedata.category(char)[0] in "PSZ")
    if not hangul or (len(hangul) + usual) / len(non_ascii) < 0.8:
        return False
    common = sum(1 for char in set(hangul) if _in_euc_kr(char))
    return common >= 0.5 * len(set(hangul))


_HANGUL = re.compile("[\uac00-\ud7a3]")
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken sequences (a file cut mid-character, a stray byte): decoded
    with U+FFFD for the broken bytes, when valid multi-byte characters outnumber them 20:1.
    Legacy single-byte files (cp1252 …) have next to no valid multi-byte sequences."""
    text = data.decode("utf-8", errors="replace")
    if _has_binary_controls(text):
        return None
    broken = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    valid = sum(1 for _ in _NON_ASCII.finditer(text))
    return text if 0 < broken and valid >= 20 * broken else None


def _western(data: bytes) -> str | None:
    """Windows-1252 (the usual legacy encoding of English files: curly quotes, dashes, é),
    when the result is mostly ASCII and every other character is a letter, mark or symbol."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = [char for char in text if ord(char) > 0x7F]
    if len(non_ascii) * 10 > len(text) or _has_binary_controls(text):
        return None
    if any(unicodedata.category(char)[0] not in "LPSZ" for char in non_ascii):
        return None
    return text


#: characters UTF-16 text is made of: ASCII, Latin-1 letters and signs, general punctuation,
#: CJK symbols and full-width forms, Hangul jamo and syllables
_PLAIN_CHAR = re.compile("[\t\n\r\x20-\x7e\xa0-\xff\u2000-\u206f\u3000-\u303f"
                         "\u3130-\u318f\uac00-\ud7a3\uff00-\uffef]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark (some Windows tools write it).

    Read both ways; accept the byte order under which at least 95% of the characters
    are ordinary text characters while the other order stays below half: ASCII read
    the wrong way round becomes CJK ideographs (``A`` → U+4100), Hangul becomes rare
    ideographs, and binary data reads as noise either way.
    """
    if len(data) % 2:
        return None
    readings = []
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            text = ""
        plain = sum(1 for _ in _PLAIN_CHAR.finditer(text))
        readings.append((plain / len(text) if text else 0.0, text))
    (share_le, text_le), (share_be, text_be) = readings
    if share_le >= 0.95 and share_be < 0.5:
        return text_le
    if share_be >= 0.95 and share_le < 0.5:
        return text_be
    return None


def _first_utf8_error(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return f"invalid byte at offset {error.start}, line {line}"
    return "valid"


def _guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        return None
    best = from_bytes(data).best()
    if best is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if _HANGUL.search(text) and not _reads_as_korean(text):
        return None  # Korean files are UTF-8, UTF-16 or CP949: rare syllables mean a misread
    return text


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
        text = _utf16_without_bom(data)
        if text is None or "\x00" in text or _has_binary_controls(text):
            raise InputError(path, "binary content (NUL bytes), not a text file")
        return text
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
    text = _nearly_utf8(data) or _western(data)
    if text is not None:
        return text
    text = _guess(data)
    if text is None or _has_binary_controls(text) or "\ufffd" in text:
        raise InputError(path, f"undecodable content: not UTF-8 ({_first_utf8_error(data)}), "
                               "nor UTF-16 with BOM, nor CP949/EUC-KR (binary file?)")
    return text


def file_lines(text: str) -> list[str]:
    """The lines of a line-based format (TSV, JSONL, PO), without their ``\n``: split at
    ``\n`` (a ``\r`` before it stays for the reader to strip); a file with no ``\n`` but
    lone ``\r`` (old Mac line ends) is split at ``\r``."""
    return text.split("\r") if "\r" in text and "\n" not in text else text.split("\n")


def read_text(path) -> str:
    """Decode a plain-text document; empty or whitespace-only files are an InputError."""
    data = read_bytes(path)
    if not data:
        raise InputError(path, "empty file")
    text = decode_bytes(data, path)
    if not text.strip():
        raise InputError(path, "file has no text (only whitespace)")
    return text

