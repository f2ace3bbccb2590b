"""The two-column tables of ``tqa/data``: a key, then its values joined by ``|``.

Lines that start with ``#`` document the table; the first other line is the header (column
names); every row after it holds a key and its values in the first two tab-separated columns
(more columns, such as a note, are ignored). Rows with an empty key or no values are skipped.
"""
from __future__ import annotations

from importlib import resources


def two_column_table(name: str) -> dict[str, tuple[str, ...]]:
    """Key → values of the table ``tqa/data/<name>`` (see the module doc)."""
    table: dict[str, tuple[str, ...]] = {}
    text = resources.files("tqa.data").joinpath(name).read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if not line.startswith("#")]
    for line in rows[1:]:
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0] and fields[1]:
            table[fields[0]] = tuple(value for value in fields[1].split("|") if value)
    return table
