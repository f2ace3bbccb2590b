"""A small, strict gettext PO reader: msgid is the source, msgstr the target.

Handles ``msgctxt``, multi-line strings, C escapes, the comment kinds (``#.`` extracted
comments become the unit's note, ``#:`` references and ``#,`` flags go to ``meta``),
obsolete entries (``#~``, skipped), the header entry (skipped; its charset decides the
decoding) and plural forms: an entry with ``msgid_plural`` gives one unit per
``msgstr[N]`` — ``msgid`` is the source of form 0, ``msgid_plural`` of the others —
with ``meta["plural_index"] = N``. Fuzzy entries are read, with ``meta["fuzzy"] = True``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .encoding import file_lines
from .errors import InputError
from .unit import Unit

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s*(.*)$")
_STRING = re.compile(r'"((?:[^"\\]++|\\.)*+)"\s*')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
            "f": "\f", "v": "\v", "'": "'", "?": "?"}
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.)")
CHARSET = re.compile(rb"charset\s*=\s*([A-Za-z0-9_.:-]+)")


def _unescape(body: str) -> str:
    def replace(match):
        code = match.group(1)
        if code[0] == "x":
            return chr(int(code[1:], 16))
        if code[0] in "01234567":
            return chr(int(code, 8))
        return _ESCAPES.get(code, code)

    return _ESCAPE.sub(replace, body)


@dataclass
class _Entry:
    line: int
    fields: dict = field(default_factory=dict)  # "msgctxt", "msgid", "msgid_plural", "msgstr", ("msgstr", n)
    notes: list = field(default_factory=list)
    references: list = field(default_factory=list)
    flags: list = field(default_factory=list)

    def has_strings(self) -> bool:
        return bool(self.fields)

    def has_msgstr(self) -> bool:
        return any(key == "msgstr" or isinstance(key, tuple) for key in self.fields)


class _Parser:
    def __init__(self, path):
        self.path = path
        self.entries: list[_Entry] = []
        self.entry: _Entry | None = None
        self.key = None  # the field continuation lines add to

    def fail(self, line: int, problem: str):
        raise InputError(self.path, f"line {line}: {problem}")

    def current(self, line: int) -> _Entry:
        if self.entry is None:
            self.entry = _Entry(line)
        return self.entry

    def finish(self):
        entry = self.entry
        if entry is not None and entry.has_strings():
            if "msgid" not in entry.fields:
                self.fail(entry.line, "entry without msgid")
            if not entry.has_msgstr():
                self.fail(entry.line, "msgid without msgstr")
            if "msgid_plural" in entry.fields and "msgstr" in entry.fields:
                self.fail(entry.line, "plural entry needs msgstr[N], not msgstr")
            if "msgid_plural" not in entry.fields and "msgstr" not in entry.fields:
                self.fail(entry.line, "msgstr[N] without msgid_plural")
            self.entries.append(entry)
        self.entry = None
        self.key = None

    def comment(self, line: int, text: str):
        if self.entry is not None and self.entry.has_msgstr():
            self.finish()
        if text.startswith("#~"):  # obsolete entry: not part of the catalogue
            self.key = None
            return
        entry = self.current(line)
        if self.entry.fields and not self.entry.has_msgstr() and not text.startswith("#|"):
            self.fail(line, "comment inside an entry")
        kind, body = text[:2], text[2:].strip()
        if kind == "#.":
            entry.notes.append(body)
        elif kind == "#:":
            entry.references.extend(body.split())
        elif kind == "#,":
            entry.flags.extend(flag.strip() for flag in body.split(",") if flag.strip())

    def string(self, line: int, text: str) -> str:
        match = _STRING.fullmatch(text.strip())
        if not match:
            self.fail(line, f"expected a quoted string, got {text.strip()[:40]!r}")
        return _unescape(match.group(1))

    def keyword(self, line: int, text: str):
        match = _KEYWORD.match(text)
        if not match:
            self.fail(line, f"unexpected text {text[:40]!r}")
        name, index, rest = match.groups()
        entry = self.entry
        starts_entry = name in ("msgctxt", "msgid")
        if entry is not None and starts_entry and (
            entry.has_msgstr() or "msgid" in entry.fields or (name == "msgctxt" and "msgctxt" in entry.fields)
        ):
            self.finish()
        entry = self.current(line)
        if not entry.fields:
            entry.line = line
        key = ("msgstr", int(index)) if index is not None else name
        if key in entry.fields:
            self.fail(line, f"duplicate {name}")
        if name != "msgctxt" and name != "msgid" and "msgid" not in entry.fields:
            self.fail(line, f"{name} before msgid")
        entry.fields[key] = self.string(line, rest)
        self.key = key

    def feed(self, text: str) -> list[_Entry]:
        for number, raw in enumerate(file_lines(text), 1):
            line = raw.strip()
            if not line:
                if self.entry is not None and self.entry.has_msgstr():
                    self.finish()
                continue
            if line.startswith("#"):
                self.comment(number, line)
            elif line.startswith('"'):
                if self.key is None:
                    self.fail(number, "string continuation without a keyword")
                self.entry.fields[self.key] += self.string(number, line)
            else:
                self.keyword(number, line)
        self.finish()
        return self.entries


def _units(entry: _Entry) -> list[Unit]:
    fields = entry.fields
    context = fields.get("msgctxt")
    if fields["msgid"] == "" and context is None:  # the header entry
        return []
    meta = {"line": entry.line}
    if context is not None:
        meta["msgctxt"] = context
    if entry.references:
        meta["references"] = entry.references
    if entry.flags:
        meta["flags"] = entry.flags
    if "fuzzy" in entry.flags:
        meta["fuzzy"] = True
    note = "\n".join(entry.notes) or None
    if "msgid_plural" not in fields:
        return [Unit(fields["msgid"], fields["msgstr"], context, note, meta)]
    units = []
    forms = sorted(key[1] for key in fields if isinstance(key, tuple))
    for form in forms:
        source = fields["msgid"] if form == 0 else fields["msgid_plural"]
        units.append(Unit(source, fields[("msgstr", form)], context, note,
                          {**meta, "plural_index": form}))
    return units


def declared_charset(data: bytes) -> str | None:
    """The charset named in the PO header, when it is a real codec name."""
    match = CHARSET.search(data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii")
    return None if name.upper() == "CHARSET" else name


def read_po(text: str, path) -> list[Unit]:
    units = []
    for entry in _Parser(path).feed(text):
        units.extend(_units(entry))
    return units
