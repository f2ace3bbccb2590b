"""Bilingual files: dispatch on the file extension to the format's reader."""
from __future__ import annotations

from pathlib import Path

from .encoding import decode_bytes, read_bytes
from .errors import InputError
from .jsonl import read_jsonl
from .po import declared_charset, read_po
from .tabular import read_csv, read_tsv
from .tmx import read_tmx
from .unit import Unit
from .xliff import read_xliff

_TEXT_READERS = {".tsv": read_tsv, ".csv": read_csv, ".jsonl": read_jsonl}
_XML_READERS = {".xlf": read_xliff, ".xliff": read_xliff, ".sdlxliff": read_xliff, ".tmx": read_tmx}

#: extensions :func:`read_bilingual` understands (lower case, with the dot)
BILINGUAL_EXTENSIONS = (".tsv", ".csv", ".jsonl", ".xlf", ".xliff", ".sdlxliff", ".tmx", ".po")


def is_bilingual(path) -> bool:
    """True when ``path`` names a bilingual format (by extension, case-insensitive)."""
    return Path(path).suffix.lower() in BILINGUAL_EXTENSIONS


def read_bilingual(path) -> list[Unit]:
    """The translation units of a bilingual file; any problem is an InputError."""
    suffix = Path(path).suffix.lower()
    if suffix not in BILINGUAL_EXTENSIONS:
        known = " ".join(BILINGUAL_EXTENSIONS)
        raise InputError(path, f"not a bilingual file format (extension {suffix or 'none'}; known: {known})")
    data = read_bytes(path)
    if not data.strip():
        raise InputError(path, "empty file")
    try:
        if suffix in _XML_READERS:
            units = _XML_READERS[suffix](data, path)
        elif suffix == ".po":
            units = read_po(decode_bytes(data, path, declared_charset(data)), path)
        else:
            units = _TEXT_READERS[suffix](decode_bytes(data, path), path)
    except InputError:
        raise
    except (ValueError, UnicodeError, RecursionError, MemoryError) as error:  # defensive
        raise InputError(path, f"unreadable {suffix[1:].upper()} file ({error})") from None
    if not units:
        raise InputError(path, "no translation units found")
    return units
