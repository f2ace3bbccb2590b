"""TSV and CSV readers: two columns (source, target), header row optional.

A first row whose cells name the columns (``source``/``target``, ``src``/``tgt``,
``ko``/``en``, ``korean``/``english``, ``원문``/``번역`` …) is a header; it may also
name ``id`` and ``note`` columns, and then any number of columns is fine. Without a
header every row must have exactly two columns. Blank lines are skipped.

TSV is split on tabs with no quoting (quotes are ordinary characters, as in most
translation exports); CSV follows RFC 4180 (quoted fields may hold commas and newlines),
with ``;`` as the delimiter when the first line has semicolons and no comma.
"""
from __future__ import annotations

import csv
import io

from .encoding import file_lines
from .errors import InputError
from .unit import Unit

SOURCE_NAMES = {"source", "src", "ko", "kor", "ko-kr", "ko_kr", "korean", "original",
                "source text", "원문", "한국어", "원본", "출발어"}
TARGET_NAMES = {"target", "tgt", "en", "eng", "en-us", "en_us", "en-gb", "english",
                "translation", "target text", "번역", "번역문", "영어", "영문", "도착어"}
ID_NAMES = {"id", "key", "unit", "unit id", "segment id"}
NOTE_NAMES = {"note", "notes", "comment", "comments", "context", "메모"}


def _header_columns(row: list[str]) -> dict[str, int] | None:
    """Column roles when ``row`` is a header naming the source and target columns."""
    names = [cell.strip().lstrip("\ufeff").lower() for cell in row]
    roles: dict[str, int] = {}
    for index, name in enumerate(names):
        for role, vocabulary in (("source", SOURCE_NAMES), ("target", TARGET_NAMES),
                                 ("id", ID_NAMES), ("note", NOTE_NAMES)):
            if name in vocabulary and role not in roles:
                roles[role] = index
    return roles if "source" in roles and "target" in roles else None


def _rows_tsv(text: str):
    """(line number, cells) for each non-blank line."""
    return rows_tsv_lines(file_lines(text))


def rows_tsv_lines(lines):
    """(line number, cells) for each non-blank line of ``lines`` (without their ``\n``)."""
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if line.strip():
            yield number, line.split("\t")


def _csv_delimiter(text: str) -> str:
    """``;`` for spreadsheets saved in locales that use the decimal comma, else ``,``."""
    first = next((line for line in file_lines(text) if line.strip()), "")
    return ";" if ";" in first and "," not in first else ","


def _rows_csv(text: str, path):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_csv_delimiter(text), strict=True)
    line = 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                yield line, row
            line = reader.line_num + 1
    except csv.Error as error:
        raise InputError(path, f"line {reader.line_num}: malformed CSV ({error})") from None


def _units(rows, path) -> list[Unit]:
    return list(iter_units(rows, path))


def iter_units(rows, path):
    """The units of ``rows`` ((line number, cells) pairs), one by one: what the readers
    list, for a reader that streams (:mod:`tqa.stream`)."""
    roles = None
    for index, (line, cells) in enumerate(rows):
        if index == 0:
            roles = _header_columns(cells)
            if roles is not None:
                continue
        if roles is None:
            if len(cells) != 2:
                raise InputError(path, f"line {line}: {len(cells)} column{'s' if len(cells) != 1 else ''}; "
                                       "expected 2 (source, target) or a header row naming the columns")
            yield Unit(cells[0], cells[1], meta={"line": line})
            continue
        needed = max(roles["source"], roles["target"])
        if len(cells) <= needed:
            raise InputError(path, f"line {line}: {len(cells)} column{'s' if len(cells) != 1 else ''}; "
                                   f"the header names {needed + 1} or more")

        def cell(role):
            position = roles.get(role)
            return cells[position] if position is not None and position < len(cells) else None

        yield Unit(cell("source"), cell("target"), cell("id") or None,
                   cell("note") or None, {"line": line})


def read_tsv(text: str, path) -> list[Unit]:
    return _units(_rows_tsv(text), path)


def read_csv(text: str, path) -> list[Unit]:
    return _units(_rows_csv(text, path), path)
