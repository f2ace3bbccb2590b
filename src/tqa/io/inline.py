"""Inline markup of XLIFF and TMX segments as readable placeholders.

A segment such as ``Click <g id="1">Save</g> now<x id="2"/>`` is read as the text
``Click <1>Save</1> now<2/>`` with the placeholder list ``["<1>", "</1>", "<2/>"]``:

==================  ==============================================================
``<ID>`` … ``</ID>``  a paired code: XLIFF 1.2 ``<g>`` ``<mrk>``, ``<bx>``/``<ex>``,
                      ``<bpt>``/``<ept>``; XLIFF 2.0 ``<pc>`` ``<mrk>``, ``<sc>``/``<ec>``,
                      ``<sm>``/``<em>``; TMX ``<bpt>``/``<ept>`` ``<hi>``
``<ID/>``             a standalone code: ``<x>`` ``<ph>`` (all formats), TMX ``<ut>``
isolated ``<it>``     ``<ID>`` or ``</ID>`` according to its ``pos`` attribute
==================  ==============================================================

``ID`` is the tag's id in the file (``id``, ``rid``, ``startRef`` in XLIFF; ``i``/``x``
in TMX), so the same tag has the same placeholder in source and target. Tags without a
usable id are numbered per element name (``ph1``, ``ph2`` …) in order of appearance.
XLIFF 1.2 segment markers (``<mrk mtype="seg">``) are boundaries, not tags: only their
text is kept. So are ITS Localization Quality Issue annotations (a ``<mrk>`` or ``<sm>``
carrying an ``its:locQualityIssue…`` attribute, and the ``<em>`` ending such an ``<sm>``),
as written by ``tqa check --format xliff``: a file annotated by tqa reads as the file it was
made from. Native code inside ``<ph>``, ``<bpt>``, ``<ept>``, ``<it>``, ``<ut>`` is dropped: it is
not translatable text. XLIFF 2.0 ``<cp hex="…"/>`` becomes the character itself (U+FFFD for a surrogate or
an invalid value).

Angle brackets (not braces) keep the placeholders apart from app-localisation
placeholders such as ``{0}`` or ``{name}``, which the markup check treats separately.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


ITS_NS = "http://www.w3.org/2005/11/its"

_SAFE_ID = re.compile(r"[A-Za-z0-9_.:-]{1,40}")

# element name → (kind, attributes that carry its id, first match wins)
XLIFF12 = {
    "g": ("paired", ("id",)), "mrk": ("paired", ("mid", "id")),
    "x": ("standalone", ("id",)), "ph": ("standalone", ("id",)),
    "bx": ("open", ("rid", "id")), "ex": ("close", ("rid", "id")),
    "bpt": ("open", ("rid", "id")), "ept": ("close", ("rid", "id")),
    "it": ("isolated", ("rid", "id")),
}
XLIFF20 = {
    "pc": ("paired", ("id",)), "mrk": ("paired", ("id",)),
    "ph": ("standalone", ("id",)),
    "sc": ("open", ("id",)), "ec": ("close", ("startRef", "id")),
    "sm": ("open", ("id",)), "em": ("close", ("startRef", "id")),
    "cp": ("codepoint", ()),
}
TMX = {
    "hi": ("paired", ("x",)),
    "bpt": ("open", ("i", "x")), "ept": ("close", ("i",)),
    "ph": ("standalone", ("x",)), "ut": ("standalone", ("x",)),
    "it": ("isolated", ("x",)),
}


def open_tag(tag_id: str) -> str:
    return f"<{tag_id}>"


def close_tag(tag_id: str) -> str:
    return f"</{tag_id}>"


def standalone_tag(tag_id: str) -> str:
    return f"<{tag_id}/>"


def is_lqi_annotation(element) -> bool:
    """True for an inline element that only carries ITS Localization Quality Issue data
    (``its:locQualityIssuesRef``, ``its:locQualityIssueType`` …): an annotation, not a code."""
    return any(isinstance(name, str) and name.startswith(f"{{{ITS_NS}}}locQualityIssue")
               for name in element.attrib)


@dataclass
class TextRun:
    """Where a stretch of the flattened text lives in the tree: the ``text`` (``attr="text"``)
    or the ``tail`` (``attr="tail"``) of ``node``; ``parent`` is the element whose content it is."""

    node: object
    attr: str
    parent: object
    start: int
    end: int


@dataclass
class Code:
    """A child element of ``parent`` and the stretch of flattened text it produces
    (its placeholders and, for a paired code, its content); ``kind`` as in the specs above,
    ``"other"`` for comments and processing instructions."""

    element: object
    parent: object
    start: int
    end: int
    kind: str


class _Flattener:
    def __init__(self, spec: dict, replaced: list | None = None):
        self.spec = spec
        self.replaced = replaced if replaced is not None else []
        self.parts: list[str] = []
        self.tags: list[str] = []
        self.counters: dict[str, int] = {}
        self.position = 0
        self.runs: list[TextRun] = []
        self.codes: list[Code] = []
        self.transparent_markers: set[str] = set()

    def append(self, text: str) -> None:
        self.parts.append(text)
        self.position += len(text)

    def tag_id(self, element, name: str, attributes: tuple[str, ...]) -> str:
        for attribute in attributes:
            value = (element.get(attribute) or "").strip()
            if _SAFE_ID.fullmatch(value):
                return value
        self.counters[name] = self.counters.get(name, 0) + 1
        return f"{name}{self.counters[name]}"

    def emit_tag(self, placeholder: str) -> None:
        self.append(placeholder)
        self.tags.append(placeholder)

    def run(self, node, attr: str, parent, text: str) -> None:
        self.runs.append(TextRun(node, attr, parent, self.position, self.position + len(text)))
        self.append(text)

    def content(self, element) -> None:
        if element.text:
            self.run(element, "text", element, element.text)
        for child in element:
            start = self.position
            kind = self.child(child)
            self.codes.append(Code(child, element, start, self.position, kind))
            if child.tail:
                self.run(child, "tail", element, child.tail)

    def kind(self, element, name: str) -> tuple[str, tuple[str, ...]]:
        kind, attributes = self.spec.get(name, ("text", ()))
        if name == "mrk" and element.get("mtype") == "seg":
            return "text", ()  # an XLIFF 1.2 segment boundary, not markup
        if kind != "codepoint" and is_lqi_annotation(element):
            if name == "sm" and element.get("id"):
                self.transparent_markers.add(element.get("id"))
            return "text", ()  # a quality annotation, not markup
        if name == "em" and element.get("startRef") in self.transparent_markers:
            return "text", ()
        return kind, attributes

    def child(self, element) -> str:
        from .xmlsafe import local_name  # lxml: read only for XML formats

        name = local_name(element)
        if not name:  # comment or processing instruction
            return "other"
        kind, attributes = self.kind(element, name)
        if kind == "text":  # unknown element or annotation: keep its text
            self.content(element)
        elif kind == "codepoint":
            char = _codepoint(element.get("hex"))
            if char == "\ufffd":
                self.replaced.append(f"<cp hex=\"{(element.get('hex') or '')[:12]}\"/>")
            self.append(char)
        else:
            tag_id = self.tag_id(element, name, attributes)
            if kind == "paired":
                self.emit_tag(open_tag(tag_id))
                self.content(element)
                self.emit_tag(close_tag(tag_id))
            elif kind == "open":
                self.emit_tag(open_tag(tag_id))
            elif kind == "close":
                self.emit_tag(close_tag(tag_id))
            elif kind == "standalone":
                self.emit_tag(standalone_tag(tag_id))
            else:  # isolated: XLIFF 1.2 pos=open|close, TMX pos=begin|end
                closing = (element.get("pos") or "").lower() in ("close", "end")
                self.emit_tag(close_tag(tag_id) if closing else open_tag(tag_id))
        return kind


def _codepoint(hex_value: str | None) -> str:
    """The character of an XLIFF 2.0 ``<cp hex="…"/>``; U+FFFD for a value that is not a
    code point or that no encoding can write (a surrogate, U+D800–U+DFFF)."""
    try:
        code = int((hex_value or "").strip(), 16)
    except ValueError:
        return "\ufffd"
    if not 0 <= code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return chr(code)


def flatten(element, spec: dict, replaced: list | None = None) -> tuple[str, list[str]]:
    """The text of ``element`` with inline tags as placeholders, and the placeholders in order.
    ``replaced``, when given, collects each ``<cp>`` read as U+FFFD."""
    flattener = _Flattener(spec, replaced)
    flattener.content(element)
    return "".join(flattener.parts), flattener.tags


def inline_map(element, spec: dict) -> tuple[str, list[TextRun], list[Code]]:
    """What :func:`flatten` reads, with where each piece of it is in the tree: the text runs
    and the child elements (codes, annotations, comments) with their offsets in the text."""
    flattener = _Flattener(spec)
    flattener.content(element)
    return "".join(flattener.parts), flattener.runs, flattener.codes


def mask_placeholders(text: str, tags: list[str] | None) -> str:
    """``text`` with each placeholder in ``tags`` blanked out by spaces (offsets unchanged),
    for checks that must not read ``<1>`` as the number 1."""
    for tag in sorted(set(tags or ()), key=len, reverse=True):
        text = text.replace(tag, " " * len(tag))
    return text
