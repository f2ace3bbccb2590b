"""JSONL reader: one JSON object per line, ``{"source": …, "target": …}``.

Optional keys: ``id`` (string or number) and ``note``; other keys are kept in
``meta["extra"]``. A ``null`` target reads as an empty target. Blank lines are skipped.
"""
from __future__ import annotations

import json

from .encoding import file_lines
from .errors import InputError
from .unit import Unit


def _parse_line(line: str, number: int, path) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(path, f"line {number}: invalid JSON ({error.msg} at column {error.colno})") from None
    except (RecursionError, ValueError) as error:
        raise InputError(path, f"line {number}: invalid JSON ({error})") from None
    if not isinstance(record, dict):
        raise InputError(path, f"line {number}: expected a JSON object, got {type(record).__name__}")
    return record


def _text(record: dict, key: str, number: int, path, optional: bool = False) -> str:
    if key not in record:
        raise InputError(path, f'line {number}: missing key "{key}"')
    value = record[key]
    if value is None and optional:
        return ""
    if not isinstance(value, str):
        raise InputError(path, f'line {number}: "{key}" must be a string, got {type(value).__name__}')
    return value


def read_jsonl(text: str, path) -> list[Unit]:
    return list(iter_jsonl(file_lines(text), path))


def iter_jsonl(lines, path):
    """The units of ``lines`` (a JSONL file's lines without their ``\n``), one by one:
    what :func:`read_jsonl` lists, for a reader that streams (:mod:`tqa.stream`)."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        record = _parse_line(line, number, path)
        source = _text(record, "source", number, path)
        target = _text(record, "target", number, path, optional=True)
        unit_id = record.get("id")
        unit_id = None if unit_id is None or isinstance(unit_id, (dict, list)) else str(unit_id)
        note = record.get("note")
        note = note if isinstance(note, str) else None
        meta = {"line": number}
        extra = {key: value for key, value in record.items()
                 if key not in ("source", "target", "id", "note")}
        if extra:
            meta["extra"] = extra
        yield Unit(source, target, unit_id, note, meta)
