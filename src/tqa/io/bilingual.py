"""Bilingual files: dispatch on the file extension to the format's reader."""
from __future__ import annotations

from pathlib import Path

from .encoding import decode_bytes, read_bytes
from .errors import InputError, warn
from .normal import replace_surrogates
from .unit import Unit

#: extension → (module, reader) of the formats read as text and as XML; each reader's
#: module (lxml with the XML ones) is imported when a file of its format is read
_TEXT_READERS = {".tsv": ("tabular", "read_tsv"), ".csv": ("tabular", "read_csv"), ".jsonl": ("jsonl", "read_jsonl")}
_XML_READERS = {".xlf": ("xliff", "read_xliff"), ".xliff": ("xliff", "read_xliff"), ".sdlxliff": ("xliff", "read_xliff"),
                ".tmx": ("tmx", "read_tmx")}

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
            units = _reader(*_XML_READERS[suffix])(data, path)
        elif suffix == ".po":
            from .po import declared_charset, read_po

            units = read_po(decode_bytes(data, path, declared_charset(data)), path)
        else:
            units = _reader(*_TEXT_READERS[suffix])(decode_bytes(data, path), path)
    except InputError:
        raise
    except (ValueError, UnicodeError, RecursionError, MemoryError) as error:  # defensive
        raise InputError(path, f"unreadable {suffix[1:].upper()} file ({error})") from None
    if not units:
        raise InputError(path, "no translation units found")
    for unit in units:
        replace_unwritable(unit, path)
    return units


def _reader(module: str, name: str):
    from importlib import import_module

    return getattr(import_module(f"{__name__.rsplit('.', 1)[0]}.{module}"), name)


def unit_name(unit: Unit) -> str:
    """How a warning names a unit: its id and line, as far as the reader knows them."""
    parts = []
    if unit.id is not None:
        parts.append(f"unit {unit.id}")
    if isinstance(unit.meta.get("line"), int):
        parts.append(f"line {unit.meta['line']}")
    return ", ".join(parts) or "a unit"


def replace_unwritable(unit: Unit, path) -> None:
    """Lone surrogates (a JSONL ``"\\ud800"``) cannot be written to any report: read them as
    U+FFFD, and say so with the unit's name, as for an XLIFF ``<cp>`` read as U+FFFD."""
    found = list(unit.meta.pop("replaced", []))
    for attribute in ("source", "target", "note", "id"):
        value = getattr(unit, attribute)
        if isinstance(value, str):
            cleaned, replaced = replace_surrogates(value)
            if replaced:
                setattr(unit, attribute, cleaned)
                found += [f"{code} in the {attribute}" for code in replaced]
    if found:
        shown = ", ".join(found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
        warn(path, f"{unit_name(unit)}: unencodable code point(s) read as U+FFFD: {shown}")
