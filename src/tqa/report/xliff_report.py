"""XLIFF report: the checked XLIFF file given back with ITS Localization Quality Issue
annotations, or, for any other input, a new XLIFF 2.1 file holding the aligned pairs.

**An XLIFF input (1.2 or 2.x) is written back**, not regenerated: the original file is
parsed again (comments, processing instructions and CDATA kept), the annotations are
inserted into that tree and the tree is serialised with the file's own prolog (XML
declaration, comments, DOCTYPE) and epilog copied as they were. Files, groups, units,
segments, notes, ``originalData``, units marked ``translate="no"``, attributes and
namespaces of every vocabulary, inline codes and whitespace are left as they are (what an
XML parser does not keep — attribute quote style, character references, ``<a></a>`` vs
``<a/>`` — comes out in lxml's canonical form). The output declares UTF-8. An earlier tqa
annotation of the file is removed first, so annotating twice gives the same file.

What is added, per the ITS module of XLIFF 2.1 (2.x files) and the ITS 2.0 mapping for
XLIFF 1.2:

* one stand-off ``<its:locQualityIssues xml:id="tqa-lqi-N">`` per annotated stretch of
  text, listing one ``<its:locQualityIssue>`` per finding (type from the ITS list, comment =
  rule, message and suggestion, severity 0–100): in 2.x as the first children of the
  ``<unit>`` (extension elements precede ``<notes>`` and the segments), in 1.2 as the last
  children of the ``<trans-unit>`` (where 1.2 allows elements of other namespaces);
* a marker around the stretch the finding points at: 2.x ``<mrk id="tqaN" type="its:any"
  its:locQualityIssuesRef="#its=tqa-lqi-N">`` (the ``#its=`` fragment identifier of XLIFF 2.1),
  1.2 ``<mrk mtype="x-its" its:locQualityIssuesRef="#tqa-lqi-N">``. A marker is only placed
  where it nests cleanly: both ends in text, enclosing only whole inline codes (``g``, ``x``,
  ``ph``, ``pc``, ``mrk`` …), never a begin/end pair's half (``bx``/``ex``, ``bpt``/``ept``,
  ``sc``/``ec``, ``it``) and never inside a placeholder. A finding that cannot be placed so,
  that overlaps a placed one or that points at no span annotates the whole segment: 2.x a
  marker around the whole ``<target>`` (or ``<source>``) content, 1.2 an
  ``its:locQualityIssuesRef`` attribute on the ``<target>`` (or ``<source>``, or 1.2 segment
  marker) element;
* ``its:version="2.0"`` and the ITS namespace on the root; a 2.0 file declares
  ``version="2.1"`` (the ITS module is part of XLIFF 2.1; 2.0 documents are 2.1 documents);
  nothing of this when there is nothing to annotate;
* one human-readable note per finding, since CAT tools show notes far more often than ITS:
  2.x ``<note category="tqa:RULE" priority="…" appliesTo="…">`` in the unit's ``<notes>``,
  1.2 ``<note from="tqa" priority="…" annotates="…">`` after the ``<target>``; findings
  outside any unit and checks that were skipped are notes of the first ``<file>`` (2.x
  ``<notes>``, 1.2 ``<header>``).

The marker type ``its:any`` is what XLIFF 2.1 uses for ITS annotations without a core
marker type (Okapi's XLIFF 2 library, which implements the ITS module, reads exactly
``type="its:any" its:locQualityIssuesRef="#its=…"``); ``mtype="x-its"`` is the 1.2 mapping's.
tqa's reader treats these markers as text and ignores its own notes, so the annotated file
reads as the original (:mod:`tqa.io.xliff`).

**Any other input** gives a new XLIFF 2.1 file: one ``<file>`` per document, one ``<unit>``
per aligned pair holding one ``<segment>`` (source segments joined by a space, target
likewise); the unit's ``name`` is the unit id of the bilingual file that was checked, or
``pair N``. ``<source>``/``<target>`` keep their whitespace (``xml:space="preserve"``); the
inline-tag placeholders a reader found (TMX ``<bpt>``/``<ept>``/``<ph>`` …, listed in the
segment's ``meta``) become XLIFF 2 codes (``<pc>``, ``<ph/>``, ``<sc/>``/``<ec/>``) instead of
escaped text; issues are annotated as above. Characters XML cannot hold are written as
``<cp hex="…"/>``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..document import SEPARATOR, Document, Issue
from ..io.encoding import read_bytes
from ..io.errors import InputError
from ..io.inline import XLIFF12, XLIFF20, flatten, inline_map
from ..io.xliff import is_tqa_note, is_xliff_2, parse_xliff_tree, xliff_segments
from ..io.xmlsafe import local_name, namespace
from .common import ITS_SEVERITY, issues_by_link, its_type, place

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
ITS_NS = "http://www.w3.org/2005/11/its"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {None: XLIFF_NS, "its": ITS_NS}
NOTE_PRIORITY = {"critical": "1", "major": "2", "minor": "5", "info": "9"}
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
XLIFF_EXTENSIONS = (".xlf", ".xliff", ".sdlxliff")
#: prefix of the xml:id of every stand-off element tqa writes (and removes on the next run)
LQI_PREFIX = "tqa-lqi-"
#: inline element kinds (:mod:`tqa.io.inline`) a marker may enclose whole
_WRAPPABLE = {"paired", "standalone", "codepoint", "text", "other"}

etree.register_namespace("its", ITS_NS)  # new ITS declarations use the usual prefix


def _its(tag: str) -> str:
    return f"{{{ITS_NS}}}{tag}"


def _in(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}" if ns else tag


def _clean(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", text)


def _comment(issue: Issue, at: str | None = None) -> str:
    comment = f"{issue.rule} [{issue.check}] {issue.message}"
    if issue.suggestion:
        comment += f" Suggestion: {issue.suggestion}"
    if at:
        comment += f" (at “{at}”)"
    return _clean(comment)


# --- inserting and removing elements without disturbing the file's whitespace ---------

def _whitespace(text: str | None) -> str:
    return text if text and not text.strip() else ""


def _preceding(parent, index: int) -> str | None:
    return parent.text if index == 0 else parent[index - 1].tail


def _set_preceding(parent, index: int, value: str | None) -> None:
    if index == 0:
        parent.text = value
    else:
        parent[index - 1].tail = value


def insert_child(parent, index: int, element) -> None:
    """Insert ``element`` at ``index`` among ``parent``'s children, indented like its new
    neighbours. The whitespace already in the file stays where it is, so that
    :func:`remove_child` gives back exactly the original."""
    if index < len(parent):
        element.tail = _whitespace(_preceding(parent, index)) or None
        parent.insert(index, element)
        return
    if len(parent):
        closing = parent[-1].tail
        inner = _whitespace(_preceding(parent, len(parent) - 1))
        parent[-1].tail = inner or None
    else:
        closing = parent.text
        parent.text = (_whitespace(closing) + "  ") if _whitespace(closing) else None
    element.tail = closing
    parent.append(element)


def remove_child(element) -> None:
    """Remove ``element`` (inserted by :func:`insert_child`) and give the whitespace back."""
    parent = element.getparent()
    index = parent.index(element)
    if index == len(parent) - 1:
        _set_preceding(parent, index, element.tail)
        element.tail = None
    parent.remove(element)


def unwrap(element) -> None:
    """Replace an inline ``element`` by its content."""
    parent = element.getparent()
    index = parent.index(element)
    children = list(element)
    before = _preceding(parent, index) or ""
    tail = element.tail or ""
    if children:
        _set_preceding(parent, index, (before + (element.text or "")) or None)
        children[-1].tail = ((children[-1].tail or "") + tail) or None
        element.tail = None
        parent.remove(element)
        for offset, child in enumerate(children):
            parent.insert(index + offset, child)
    else:
        element.tail = None
        parent.remove(element)
        _set_preceding(parent, index, (before + (element.text or "") + tail) or None)


def _is_tqa_reference(value: str | None) -> bool:
    return bool(value) and value.lstrip("#").removeprefix("its=").startswith(LQI_PREFIX)


def strip_annotations(root) -> None:
    """Remove what an earlier ``tqa check --format xliff`` added to this tree: stand-off
    groups and markers referencing them, reference attributes, tqa's notes (and a ``<notes>``
    left empty by that)."""
    reference = _its("locQualityIssuesRef")
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if element.tag == _its("locQualityIssues") and \
                (element.get(f"{{{XML_NS}}}id") or "").startswith(LQI_PREFIX):
            remove_child(element)
        elif local_name(element) == "mrk" and _is_tqa_reference(element.get(reference)):
            unwrap(element)
        elif _is_tqa_reference(element.get(reference)):
            del element.attrib[reference]
        elif local_name(element) == "note" and is_tqa_note(element):
            parent = element.getparent()
            remove_child(element)
            if local_name(parent) in ("notes", "header") and not len(parent) and not parent.attrib \
                    and not (parent.text or "").strip():
                remove_child(parent)  # a container tqa made (an empty 1.2 header says nothing)


# --- placing a marker in inline content --------------------------------------------------

@dataclass
class _Item:
    start: int
    end: int
    run: object = None   # a TextRun
    code: object = None  # a Code


def _items_by_parent(runs, codes) -> dict:
    items: dict = {}
    for run in runs:
        items.setdefault(run.parent, []).append(_Item(run.start, run.end, run=run))
    for code in codes:
        items.setdefault(code.parent, []).append(_Item(code.start, code.end, code=code))
    for row in items.values():
        row.sort(key=lambda item: (item.start, item.end, item.run is None))
    return items


def _locate(items: list[_Item], offset: int, is_start: bool):
    """Where ``offset`` falls among one element's items: ``("text", item, position)`` inside a
    text run, ``("code", item)`` just before (start) / after (end) a child element; None
    when it falls inside a placeholder."""
    for item in items:
        if item.run is not None:
            if (item.start <= offset < item.end) if is_start else (item.start < offset <= item.end):
                return "text", item, offset - item.start
        elif (item.start == offset) if is_start else (item.end == offset):
            return "code", item
    return None


def _find_place(element, spec, start: int, end: int):
    """The element whose content holds ``[start, end)`` cleanly, and the two ends; None when
    a marker there would cut an inline code."""
    _text, runs, codes = inline_map(element, spec)
    items = _items_by_parent(runs, codes)
    for parent, row in items.items():
        if not row or row[0].start > start or row[-1].end < end:
            continue
        first = _locate(row, start, True)
        last = _locate(row, end, False)
        if first is None or last is None:
            continue
        low = row.index(first[1])
        high = row.index(last[1])
        if high < low:
            continue
        enclosed = row[low + (first[0] == "text"):high + (last[0] == "code")]
        if all(item.run is not None or item.code.kind in _WRAPPABLE for item in enclosed):
            return parent, first, last
    return None


def wrap_span(element, spec, start: int, end: int, marker) -> bool:
    """Put ``[start, end)`` of ``element``'s flattened text inside ``marker`` (a new
    element); False, and nothing changed, when that cannot be done cleanly."""
    if end <= start:
        return False
    found = _find_place(element, spec, start, end)
    if found is None:
        return False
    parent, first, last = found
    if first[0] == "text":  # the marker goes where the run is cut
        run, cut = first[1].run, first[2]
        original = getattr(run.node, run.attr) or ""
        index = 0 if run.attr == "text" else parent.index(run.node) + 1
        if last[0] == "text" and last[1] is first[1]:  # both ends in one run of text
            setattr(run.node, run.attr, original[:cut] or None)
            parent.insert(index, marker)
            marker.text = original[cut:last[2]] or None
            marker.tail = original[last[2]:] or None
            return True
        setattr(run.node, run.attr, original[:cut] or None)
        marker.text = original[cut:] or None
    else:  # the marker goes just before a child element
        index = parent.index(first[1].code.element)
    last_child = last[1].run.node if last[0] == "text" else last[1].code.element
    moving = list(parent)[index:parent.index(last_child) + 1]
    parent.insert(index, marker)
    for child in moving:
        marker.append(child)  # with its tail
    tail = last_child.tail or ""
    cut = last[2] if last[0] == "text" else 0
    last_child.tail = tail[:cut] or None
    marker.tail = tail[cut:] or None
    return True


def wrap_all(element, marker) -> None:
    """Put the whole content of ``element`` inside ``marker``."""
    marker.text = element.text
    element.text = None
    for child in list(element):
        marker.append(child)
    element.append(marker)


# --- issues of a document, per side of each segment --------------------------------------

@dataclass
class _Mark:
    """Findings on one stretch (or, with ``span`` None, the whole) of one side of a segment."""

    span: tuple[int, int] | None
    issues: list[tuple[Issue, str | None]] = field(default_factory=list)


def _where(document: Document, issue: Issue):
    """(side, segment index, span or None) of an issue; None for an issue outside the
    segments. The target span is preferred, then the source span, then the whole target."""
    spots = {}
    for side in ("target", "source"):
        where = place(document, issue, side)
        if where is not None:
            segments = document.source_segments if side == "source" else document.target_segments
            index = where.segment.id
            if not (0 <= index < len(segments) and segments[index] is where.segment):
                index = segments.index(where.segment)
            spots[side] = (index, where)
    for side, span in (("target", issue.target_span), ("source", issue.source_span)):
        if span is not None and side in spots:
            index, where = spots[side]
            return side, index, (where.start, where.end)
    for side in ("target", "source"):
        if side in spots:
            return side, spots[side][0], None
    return None


# --- writing ITS into a tree -------------------------------------------------------------

class _Writer:
    """Adds ITS LQI annotations and notes to an XLIFF tree (1.2 or 2.x)."""

    def __init__(self, root, version_2: bool):
        self.root = root
        self.version_2 = version_2
        self.ns = namespace(root)
        self.spec = XLIFF20 if version_2 else XLIFF12
        self.used_xml_ids = {value for element in root.iter() if isinstance(element.tag, str)
                             for value in [element.get(f"{{{XML_NS}}}id")] if value}
        self.group_number = 0
        self.module_used = False
        self.unit_ids: dict = {}

    def x(self, tag: str) -> str:
        return _in(self.ns, tag)

    def use_module(self) -> None:
        if self.module_used:
            return
        self.module_used = True
        if self.root.get(_its("version")) is None:
            self.root.set(_its("version"), "2.0")  # declares the ITS namespace on the root
        if self.version_2 and (self.root.get("version") or "").strip() == "2.0":
            self.root.set("version", "2.1")

    def xml_id(self) -> str:
        while True:
            self.group_number += 1
            candidate = f"{LQI_PREFIX}{self.group_number}"
            if candidate not in self.used_xml_ids:
                self.used_xml_ids.add(candidate)
                return candidate

    def marker_id(self, unit) -> str:
        used = self.unit_ids.get(unit)
        if used is None:
            used = self.unit_ids[unit] = {value for element in unit.iter() if isinstance(element.tag, str)
                                          for value in [element.get("id")] if value}
        number = 1
        while f"tqa{number}" in used:
            number += 1
        used.add(f"tqa{number}")
        return f"tqa{number}"

    def reference(self, group_id: str) -> str:
        return f"#its={group_id}" if self.version_2 else f"#{group_id}"

    def group(self, mark: _Mark, group_id: str) -> etree._Element:
        self.use_module()
        group = etree.Element(_its("locQualityIssues"), {f"{{{XML_NS}}}id": group_id})
        for issue, at in mark.issues:
            etree.SubElement(group, _its("locQualityIssue"), {
                "locQualityIssueType": its_type(issue), "locQualityIssueComment": _comment(issue, at),
                "locQualityIssueSeverity": str(ITS_SEVERITY.get(issue.severity, 50)),
                "locQualityIssueEnabled": "yes"})
        return group

    def marker(self, unit, group_id: str) -> etree._Element:
        self.use_module()  # the ITS namespace is declared on the root before it is used below
        if self.version_2:
            return etree.Element(self.x("mrk"), {"id": self.marker_id(unit), "type": "its:any",
                                                 _its("locQualityIssuesRef"): self.reference(group_id)})
        return etree.Element(self.x("mrk"), {"mtype": "x-its", _its("locQualityIssuesRef"): self.reference(group_id)})

    def annotate(self, unit, element, marks: list[_Mark], groups: list) -> None:
        """Markers in ``element`` for ``marks``; spans that cannot be marked join the
        whole-segment findings. Appends the stand-off groups to ``groups``."""
        whole = _Mark(None)
        chosen: list[tuple[int, int]] = []
        for mark in sorted((m for m in marks if m.span), key=lambda m: (m.span[0], -(m.span[1] - m.span[0]))):
            start, end = mark.span
            if all(end <= s or start >= e for s, e in chosen):
                marker = self.marker(unit, "")
                if wrap_span(element, self.spec, start, end, marker):
                    group_id = self.xml_id()
                    marker.set(_its("locQualityIssuesRef"), self.reference(group_id))
                    chosen.append((start, end))
                    groups.append(self.group(mark, group_id))
                    continue
                if marker.get("id"):
                    self.unit_ids[unit].discard(marker.get("id"))
            text = flatten(element, self.spec)[0]
            whole.issues.extend((issue, at or text[start:end]) for issue, at in mark.issues)
        for mark in marks:
            if mark.span is None:
                whole.issues.extend(mark.issues)
        if not whole.issues:
            return
        group_id = self.xml_id()
        groups.append(self.group(whole, group_id))
        reference = _its("locQualityIssuesRef")
        if not self.version_2 and element.get(reference) is None:
            element.set(reference, self.reference(group_id))
        else:
            wrap_all(element, self.marker(unit, group_id))

    def place_groups(self, unit, groups: list) -> None:
        index = 0 if self.version_2 else len(unit)
        outer = _whitespace(_preceding(unit, min(index, len(unit) - 1)) if len(unit) else unit.text)
        if outer:  # one issue a line, one step deeper than the group
            for group in groups:
                group.text = outer + "  "
                for issue in group:
                    issue.tail = outer + "  "
                group[-1].tail = outer
        if self.version_2:  # first children of <unit>: extension elements precede notes and segments
            for offset, group in enumerate(groups):
                insert_child(unit, offset, group)
        else:  # last children of <trans-unit>: elements of other namespaces come last in 1.2
            for group in groups:
                insert_child(unit, len(unit), group)

    def note(self, text: str, severity: str, rule: str, applies: str | None) -> etree._Element:
        note = etree.Element(self.x("note"))
        if self.version_2:
            note.set("category", f"tqa:{rule}")
            note.set("priority", NOTE_PRIORITY.get(severity, "5"))
            if applies:
                note.set("appliesTo", applies)
        else:
            note.set("from", "tqa")
            note.set("priority", NOTE_PRIORITY.get(severity, "5"))
            if applies:
                note.set("annotates", applies)
        note.text = _clean(text)
        return note

    def place_unit_notes(self, unit, notes: list) -> None:
        if not notes:
            return
        if self.version_2:
            self._notes_in(unit, notes, before=("originalData", "segment", "ignorable"))
        else:
            anchor = None
            for name in ("target", "seg-source", "source"):
                anchor = next((child for child in unit if local_name(child) == name), None)
                if anchor is not None:
                    break
            index = unit.index(anchor) + 1 if anchor is not None else 0
            for offset, note in enumerate(notes):
                insert_child(unit, index + offset, note)

    def _notes_in(self, parent, notes: list, before: tuple[str, ...]) -> None:
        container = next((child for child in parent if local_name(child) == "notes"), None)
        if container is not None:
            for offset, note in enumerate(notes):
                insert_child(container, offset, note)
            return
        index = next((i for i, child in enumerate(parent) if local_name(child) in before), len(parent))
        insert_child(parent, index, self._container("notes", parent, index, notes))

    def _container(self, tag: str, parent, index: int, children: list) -> etree._Element:
        """A new element holding ``children``, indented one step deeper than it will be."""
        if index < len(parent):
            outer = _whitespace(_preceding(parent, index))
        else:
            outer = _whitespace(_preceding(parent, len(parent) - 1) if len(parent) else parent.text)
        inner = outer + "  " if outer else ""
        container = etree.Element(self.x(tag))
        container.text = inner or None
        for child in children:
            child.tail = inner or None
            container.append(child)
        children[-1].tail = outer or None
        return container

    def place_file_notes(self, notes: list) -> None:
        if not notes:
            return
        file_element = next((child for child in self.root if local_name(child) == "file"), None)
        if file_element is None:
            return
        if self.version_2:
            self._notes_in(file_element, notes, before=("unit", "group"))
            return
        header = next((child for child in file_element if local_name(child) == "header"), None)
        if header is None:
            insert_child(file_element, 0, self._container("header", file_element, 0, notes))
            return
        index = next((i for i, child in enumerate(header) if local_name(child) not in ("skl", "phase-group")),
                     len(header))
        for offset, note in enumerate(notes):
            insert_child(header, index + offset, note)


def _skipped_notes(writer: _Writer, document: Document, loose: list[Issue]) -> list:
    notes = [writer.note(f"{issue.severity}: {_comment(issue)}", issue.severity, issue.rule, None)
             for issue in loose]
    for code, reason in sorted(document.skipped.items()):
        note = writer.note(f"{code} skipped: {reason}", "info", "skipped", None)
        notes.append(note)
    return notes


# --- write-back of an XLIFF input ---------------------------------------------------------

def _original_xliff(document: Document) -> tuple[bytes, etree._ElementTree] | None:
    """The bytes and tree of the XLIFF file a document was read from, or None when the
    document does not come from one XLIFF file (or the file is no longer there)."""
    path = document.source_path
    if not path or path != document.target_path or Path(path).suffix.lower() not in XLIFF_EXTENSIONS:
        return None
    if not Path(path).is_file():
        return None
    data = read_bytes(path)
    return data, parse_xliff_tree(data, path)


def _same_text(read: str, checked: str) -> str | None:
    """"exact" when the file's text is the text that was checked, "normalised" when they
    differ only in Unicode normalisation (spans may then not fit), else None."""
    if read == checked:
        return "exact"
    if unicodedata.normalize("NFC", read) == unicodedata.normalize("NFC", checked):
        return "normalised"
    return None


def annotate_xliff(document: Document, data: bytes, tree: etree._ElementTree) -> str:
    """The XLIFF file ``data`` (parsed as ``tree``) with the document's issues annotated."""
    path = document.source_path
    root = tree.getroot()
    strip_annotations(root)
    version_2 = bool(is_xliff_2(root))
    found = xliff_segments(root, path)
    if len(found) != len(document.source_segments) or len(found) != len(document.target_segments):
        raise InputError(path, "changed since it was checked (the number of units differs); "
                               "run the check again")
    fits = []
    for index, segment in enumerate(found):
        source = _same_text(flatten(segment.source, segment.spec)[0], document.source_segments[index].text)
        target = _same_text(flatten(segment.target, segment.spec)[0] if segment.target is not None else "",
                            document.target_segments[index].text)
        if source is None or target is None:
            raise InputError(path, f"changed since it was checked (unit {segment.unit_id or index + 1} "
                                   "differs); run the check again")
        fits.append({"source": source == "exact", "target": target == "exact"})

    before = (dict(root.attrib), dict(root.nsmap))
    writer = _Writer(root, version_2)
    per_unit: dict[int, int] = {}
    for segment in found:
        per_unit[id(segment.unit)] = per_unit.get(id(segment.unit), 0) + 1
    marks: dict[tuple[int, str], dict] = {}
    notes: dict = {}
    loose: list[Issue] = []
    for issue in document.issues:
        where = _where(document, issue)
        if where is None:
            loose.append(issue)
            continue
        side, index, span = where
        segment = found[index]
        at = None
        if side == "target" and segment.target is None:  # nothing to mark in a missing target
            side, span = "source", None
        if span is not None and not fits[index][side]:
            at = document.target_segments[index].text[span[0]:span[1]] if side == "target" else \
                document.source_segments[index].text[span[0]:span[1]]
            span = None
        by_span = marks.setdefault((index, side), {})
        by_span.setdefault(span, _Mark(span)).issues.append((issue, at))
        prefix = ""
        if segment.unit_id and per_unit[id(segment.unit)] > 1:
            prefix = f"segment {segment.unit_id}: "
        text = f"{issue.severity}: {prefix}{_comment(issue)}"
        applies = "target" if issue.target_segments and segment.target is not None else "source"
        notes.setdefault(id(segment.unit), (segment.unit, []))[1].append(
            writer.note(text, issue.severity, issue.rule, applies))

    groups_by_unit: dict = {}
    for (index, side), by_span in marks.items():
        segment = found[index]
        element = segment.target if side == "target" else segment.source
        groups = groups_by_unit.setdefault(id(segment.unit), (segment.unit, []))[1]
        writer.annotate(segment.unit, element, list(by_span.values()), groups)
    for unit, groups in groups_by_unit.values():
        writer.place_groups(unit, groups)
    for unit, unit_notes in notes.values():
        writer.place_unit_notes(unit, unit_notes)
    writer.place_file_notes(_skipped_notes(writer, document, loose))
    return _serialise(data, tree, before)


def without_annotations(data: bytes, path) -> str:
    """An XLIFF file (``data``, the bytes of ``path``) with tqa's annotations removed: the
    inverse of the write-back, except that the root keeps ``version="2.1"``, ``its:version``
    and the ITS namespace declaration."""
    tree = parse_xliff_tree(data, path)
    root = tree.getroot()
    before = (dict(root.attrib), dict(root.nsmap))
    strip_annotations(root)
    return _serialise(data, tree, before)


# --- serialising with the file's own prolog and epilog ------------------------------------

_XML_DECLARATION = re.compile(r"<\?xml\s[^?]*\?>")
_ENCODING = re.compile(r"""(encoding\s*=\s*)(["'])[^"']*\2""")


def _prolog_end(text: str) -> int | None:
    """Where the root element starts in ``text``: after the XML declaration, comments,
    processing instructions, a DOCTYPE and whitespace; None if the prolog is not understood."""
    position = 0
    while position < len(text):
        if text[position] in " \t\r\n\ufeff":
            position += 1
        elif text.startswith("<?", position):
            end = text.find("?>", position)
            if end < 0:
                return None
            position = end + 2
        elif text.startswith("<!--", position):
            end = text.find("-->", position + 4)
            if end < 0:
                return None
            position = end + 3
        elif text.startswith("<!DOCTYPE", position):
            bracket = text.find("[", position)
            close = text.find(">", position)
            if close < 0:
                return None
            if 0 <= bracket < close:
                end = text.find("]", bracket)
                close = text.find(">", end) if end >= 0 else -1
                if close < 0:
                    return None
            position = close + 1
        elif text.startswith("<", position):
            return position
        else:
            return None
    return None


def _epilog_start(text: str) -> int | None:
    """Where the text after the root element starts (comments, processing instructions and
    whitespace only)."""
    position = len(text)
    while position > 0:
        if text[position - 1] in " \t\r\n":
            position -= 1
        elif text.endswith("-->", 0, position):
            start = text.rfind("<!--", 0, position - 3)
            if start < 0:
                return None
            position = start
        elif text.endswith("?>", 0, position):
            start = text.rfind("<?", 0, position - 2)
            if start < 0:
                return None
            position = start
        elif text[position - 1] == ">":
            return position
        else:
            return None
    return None


def _start_tag_end(text: str, start: int) -> int | None:
    """The offset just after the start tag beginning at ``start`` (quotes respected)."""
    quote = None
    for position in range(start + 1, len(text)):
        char = text[position]
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == ">":
            return position + 1
    return None


def _attribute(name: str, value: str) -> str:
    escaped = (value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
               .replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;"))
    return f' {name}="{escaped}"'


def _root_start_tag(original: str, root, before: tuple[dict, dict]) -> str | None:
    """The root's start tag as the file wrote it, with what tqa changed on the root (the
    version, the ITS declaration and ``its:version``) patched in; None when the change is
    not one of those (lxml's own rendering is used then)."""
    attributes, nsmap = before
    added = ""
    for prefix, uri in root.nsmap.items():
        if prefix not in nsmap:
            if prefix is None:
                return None
            added += _attribute(f"xmlns:{prefix}", uri)
        elif nsmap[prefix] != uri:
            return None
    prefixes = {uri: prefix for prefix, uri in root.nsmap.items() if prefix}
    tag = original
    for name, value in root.attrib.items():
        if attributes.get(name) == value:
            continue
        uri, _, local = name[1:].partition("}") if name.startswith("{") else ("", "", name)
        if uri and uri not in prefixes:
            return None
        qualified = f"{prefixes[uri]}:{local}" if uri else local
        if name in attributes:
            pattern = re.compile(rf"(\s{re.escape(qualified)}\s*=\s*)([\"'])[^\"']*\2")
            if len(pattern.findall(tag)) != 1:
                return None
            replacement = _attribute("", value)[2:]
            tag = pattern.sub(lambda match, quoted=replacement: match.group(1) + quoted, tag)
        else:
            added += _attribute(qualified, value)
    if any(name not in root.attrib for name in attributes):
        return None
    closing = 2 if tag.endswith("/>") else 1
    return tag[:-closing] + added + tag[-closing:]


def _serialise(data: bytes, tree: etree._ElementTree, before: tuple[dict, dict] | None = None) -> str:
    root = tree.getroot()
    body = etree.tostring(root, encoding="unicode", with_tail=False)
    try:
        text = data.decode(tree.docinfo.encoding or "utf-8")
    except (LookupError, UnicodeDecodeError):
        text = None
    start = _prolog_end(text) if text is not None else None
    end = _epilog_start(text) if text is not None else None
    if start is None or end is None or end < start:
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(
            tree, encoding="unicode") + "\n"
    prolog = text[:start].lstrip("\ufeff")
    declaration = _XML_DECLARATION.match(prolog)
    encoding = _ENCODING.search(declaration.group()) if declaration else None
    if encoding and encoding.group().split("=")[1].strip(" \"'").lower() in ("utf-8", "utf8"):
        declaration = None  # already says UTF-8
    if declaration:  # the report is UTF-8 whatever the input was
        prolog = prolog[:declaration.start()] + _ENCODING.sub(
            r"\g<1>\g<2>UTF-8\g<2>", declaration.group()) + prolog[declaration.end():]
    newlines = text[start:end].count("\n")
    if newlines and text[start:end].count("\r\n") == newlines:  # a CRLF file stays CRLF
        body = body.replace("\n", "\r\n")
    original_end = _start_tag_end(text, start)
    if before is not None and original_end is not None:  # the root's start tag as it was written
        start_tag = _root_start_tag(text[start:original_end], root, before)
        if start_tag is not None:
            body = start_tag + body[body.index(">") + 1:]
    return prolog + body + text[end:]


# --- a new XLIFF 2.1 file for any other input -------------------------------------------------

def _x(tag: str) -> str:
    return f"{{{XLIFF_NS}}}{tag}"


_PLACEHOLDER = re.compile(r"<(/?)([^<>/]+)(/?)>")


def _tokens(text: str, tags: list[str]) -> list[tuple[str, str]]:
    """``text`` cut into ("text", …) and ("open"|"close"|"standalone", id) by the
    placeholders a reader listed for it (in order); other angle brackets are text."""
    tokens, position = [], 0
    for tag in tags or ():
        found = text.find(tag, position)
        match = _PLACEHOLDER.fullmatch(tag)
        if found < 0 or match is None:
            continue
        if found > position:
            tokens.append(("text", text[position:found]))
        kind = "close" if match.group(1) else "standalone" if match.group(3) else "open"
        tokens.append((kind, match.group(2)))
        position = found + len(tag)
    if position < len(text):
        tokens.append(("text", text[position:]))
    return tokens


class _ContentWriter:
    """Appends text and inline codes to a ``<source>``/``<target>`` element."""

    def __init__(self, element: etree._Element):
        self.current = element

    def text(self, value: str) -> None:
        position = 0
        for match in _XML_ILLEGAL.finditer(value):
            self._plain(value[position:match.start()])
            etree.SubElement(self.current, _x("cp"), hex=f"{ord(match.group()):04X}")
            position = match.end()
        self._plain(value[position:])

    def _plain(self, value: str) -> None:
        if not value:
            return
        if len(self.current):
            last = self.current[-1]
            last.tail = (last.tail or "") + value
        else:
            self.current.text = (self.current.text or "") + value

    def empty(self, tag: str, **attributes) -> None:
        etree.SubElement(self.current, _x(tag), attributes)

    def open(self, tag: str, **attributes) -> None:
        self.current = etree.SubElement(self.current, _x(tag), attributes)

    def close(self) -> None:
        self.current = self.current.getparent()


def write_content(element: etree._Element, tokens: list[tuple[str, str]]) -> None:
    """Text and codes into ``element``: a placeholder pair that nests becomes ``<pc>``, a
    lone half ``<sc/>``/``<ec/>`` (``isolated="yes"`` without its partner), a standalone
    placeholder ``<ph/>``."""
    pairs, stack = {}, []
    for index, (kind, value) in enumerate(tokens):
        if kind == "open":
            stack.append(index)
        elif kind == "close" and stack and tokens[stack[-1]][1] == value:
            pairs[stack.pop()] = index
    closes = set(pairs.values())
    opened: set[str] = set()  # lone opening halves written so far
    writer = _ContentWriter(element)
    for index, (kind, value) in enumerate(tokens):
        if kind == "text":
            writer.text(value)
        elif kind == "standalone":
            writer.empty("ph", id=value)
        elif kind == "open" and index in pairs:
            writer.open("pc", id=value)
        elif kind == "open":
            closed_later = any(later == ("close", value) and position not in closes
                               for position, later in enumerate(tokens) if position > index)
            writer.empty("sc", id=value, **({} if closed_later else {"isolated": "yes"}))
            if closed_later:
                opened.add(value)
        elif index in closes:
            writer.close()
        elif value in opened:
            opened.discard(value)
            writer.empty("ec", startRef=value)
        else:
            writer.empty("ec", id=value, isolated="yes")


def _joined(document: Document, ids: tuple[int, ...], side: str):
    """The side's text for a link, its tokens and where each segment starts in it."""
    segments = document.source_segments if side == "source" else document.target_segments
    key = "source_tags" if side == "source" else "target_tags"
    offsets, parts, tokens, position = {}, [], [], 0
    for number, segment_id in enumerate(ids):
        segment = segments[segment_id]
        if number:
            tokens.append(("text", SEPARATOR))
        offsets[segment_id] = position
        parts.append(segment.text)
        tokens.extend(_tokens(segment.text, segment.meta.get(key) or []))
        position += len(segment.text) + len(SEPARATOR)
    return SEPARATOR.join(parts), tokens, offsets


def _anchor(document: Document, issue: Issue, side: str, offsets: dict[int, int]) -> tuple[int, int] | None:
    span = issue.source_span if side == "source" else issue.target_span
    where = place(document, issue, side)
    if span is None or where is None or where.segment.id not in offsets:
        return None
    base = offsets[where.segment.id]
    return base + where.start, base + where.end


def _unit_name(document: Document, index: int, link) -> str:
    """The unit's ``name``: the id the unit had in the bilingual file that was checked (so
    a reviewer can find it there), else ``pair N``."""
    segments = [document.source_segments[i] for i in link.source] or \
        [document.target_segments[i] for i in link.target]
    original = [str(s.meta["unit_id"]) for s in segments if s.meta.get("unit_id") not in (None, "")]
    return _clean(" ".join(original)) if original else f"pair {index + 1}"


def _new_unit(writer: _Writer, file_element, document: Document, index: int, link, issues: list[Issue]) -> None:
    unit = etree.SubElement(file_element, _x("unit"), id=f"u{index + 1}", name=_unit_name(document, index, link))
    texts = {}
    for side, ids in (("source", link.source), ("target", link.target)):
        texts[side] = _joined(document, ids, side)
    marks: dict[str, dict] = {"source": {}, "target": {}}
    for issue in issues:
        target_anchor = _anchor(document, issue, "target", texts["target"][2])
        source_anchor = _anchor(document, issue, "source", texts["source"][2])
        if target_anchor is not None:
            side, span = "target", target_anchor
        elif source_anchor is not None:
            side, span = "source", source_anchor
        elif link.target and (issue.target_segments or not link.source):
            side, span = "target", None
        else:
            side, span = "source", None
        marks[side].setdefault(span, _Mark(span)).issues.append((issue, None))
    if issues:
        notes = etree.SubElement(unit, _x("notes"))
        for issue in issues:
            applies = "target" if issue.target_segments else "source"
            notes.append(writer.note(f"{issue.severity}: {_comment(issue)}", issue.severity, issue.rule, applies))
    segment = etree.SubElement(unit, _x("segment"), id=f"s{index + 1}")
    if link.target:
        segment.set("state", "translated")
    groups: list = []
    for side in ("source", "target"):
        if side == "target" and not link.target:
            continue
        text, tokens, _ = texts[side]
        element = etree.SubElement(segment, _x(side))
        element.set(f"{{{XML_NS}}}space", "preserve")
        write_content(element, tokens)
        if flatten(element, XLIFF20)[0] != text:  # codes could not be rebuilt exactly: no spans
            for mark in list(marks[side].values()):
                if mark.span is not None:
                    marks[side].setdefault(None, _Mark(None)).issues.extend(
                        (issue, text[mark.span[0]:mark.span[1]]) for issue, _ in mark.issues)
                    del marks[side][mark.span]
        if marks[side]:
            writer.annotate(unit, element, list(marks[side].values()), groups)
    for offset, group in enumerate(groups):
        unit.insert(offset, group)


def xliff_tree(documents: list[Document]) -> etree._Element:
    root = etree.Element(_x("xliff"), nsmap=NSMAP)
    root.set("version", "2.1")
    root.set("srcLang", "ko")
    root.set("trgLang", "en")
    root.set(_its("version"), "2.0")
    writer = _Writer(root, version_2=True)
    writer.module_used = True  # declared above, on a new file
    for number, document in enumerate(documents, 1):
        file_element = etree.SubElement(root, _x("file"), id=f"f{number}")
        if document.source_path:
            file_element.set("original", _clean(document.source_path))
        grouped, loose = issues_by_link(document)
        notes = _skipped_notes(writer, document, loose)
        if notes:
            container = etree.SubElement(file_element, _x("notes"))
            container.extend(notes)
        for index, link in enumerate(document.links):
            _new_unit(writer, file_element, document, index, link, grouped.get(index, []))
    return root


_CONTENT = {_x("source"), _x("target"), _x("note"), _its("locQualityIssue")}


def _indent(element: etree._Element, level: int = 0) -> None:
    """Line breaks between structural elements only: whitespace inside ``<source>``,
    ``<target>`` and ``<note>`` is content and must not change."""
    if element.tag in _CONTENT or not len(element):
        return
    element.text = "\n" + "  " * (level + 1)
    for child in element:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    element[-1].tail = "\n" + "  " * level


def render_new(documents: list[Document]) -> str:
    """A new XLIFF 2.1 file with the documents' pairs and their annotations."""
    root = xliff_tree(documents)
    _indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="unicode") + "\n"


def render(documents: list[Document], **_options) -> str:
    """The checked XLIFF file with annotations when the one document comes from an XLIFF
    file, else a new XLIFF 2.1 file."""
    if len(documents) == 1:
        original = _original_xliff(documents[0])
        if original is not None:
            return annotate_xliff(documents[0], *original)
    return render_new(documents)


__all__ = ["annotate_xliff", "render", "render_new", "strip_annotations", "without_annotations", "xliff_tree"]
