"""XLIFF 2.0 report with ITS 2.0 Localization Quality Issue annotations, for CAT tools
and review workflows that read ITS LQI.

One ``<file>`` per document, one ``<unit>`` per aligned pair holding one ``<segment>``
(source segments joined by a space, target likewise); the unit's ``name`` is the unit id
of the bilingual file that was checked, or ``pair N``. Each issue is described in a
stand-off ``<its:locQualityIssues>`` element at the start of its unit (type from the
ITS list, comment = rule, message and suggestion, severity 0–100) and referenced from a
marker around its span: ``<mrk type="its:generic" its:locQualityIssuesRef="#…">`` when
spans do not overlap, ``<sm>``/``<em>`` pairs where they do. An issue marks its target
span, else its source span, else the whole target (or source) content. Each issue is
also a human-readable ``<note>``. Issues outside any pair and skipped checks are
file-level notes. Characters XML cannot hold are written as ``<cp hex="…"/>``.
"""
from __future__ import annotations

import re

from lxml import etree

from ..document import SEPARATOR, Document, Issue
from .common import ITS_SEVERITY, issues_by_link, its_type, place

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
ITS_NS = "http://www.w3.org/2005/11/its"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {None: XLIFF_NS, "its": ITS_NS}
NOTE_PRIORITY = {"critical": "1", "major": "2", "minor": "5", "info": "9"}
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(tag: str) -> str:
    return f"{{{XLIFF_NS}}}{tag}"


def _its(tag: str) -> str:
    return f"{{{ITS_NS}}}{tag}"


class _InlineWriter:
    """Appends text and inline elements to a ``<source>``/``<target>`` element,
    keeping lxml's text/tail bookkeeping in one place."""

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
        children = len(self.current)
        if children:
            last = self.current[children - 1]
            last.tail = (last.tail or "") + value
        else:
            self.current.text = (self.current.text or "") + value

    def empty(self, tag: str, **attributes) -> None:
        etree.SubElement(self.current, _x(tag), attributes)

    def open(self, tag: str, **attributes) -> None:
        self.current = etree.SubElement(self.current, _x(tag), attributes)

    def close(self) -> None:
        self.current = self.current.getparent()


def _marker_attributes(marker_id: str, reference: str) -> dict:
    return {"id": marker_id, "type": "its:generic", _its("locQualityIssuesRef"): f"#{reference}"}


def write_marked(element: etree._Element, text: str, spans: list[tuple[int, int, str]],
                 whole: str | None, ids: "_Ids") -> None:
    """Write ``text`` into ``element`` with a marker per ``(start, end, reference)`` span
    and, when ``whole`` is given, one ``<mrk>`` around everything referencing it."""
    writer = _InlineWriter(element)
    if whole:
        writer.open("mrk", **_marker_attributes(ids.next("m"), whole))
    # non-overlapping spans become <mrk>; a span overlapping a chosen one gets <sm>/<em>
    chosen: list[tuple[int, int, str]] = []
    standalone: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        start, end, _ = span
        if end > start and all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append(span)
        else:
            standalone.append(span)
    events: dict[int, list[tuple[int, str, str, str]]] = {}
    # order at one offset: close mrk (0), end marker (1), start marker (2), open mrk (3)
    for start, end, reference in chosen:
        events.setdefault(end, []).append((0, "close", "", ""))
        events.setdefault(start, []).append((3, "open", reference, ""))
    for start, end, reference in standalone:
        marker_id = ids.next("sm")
        events.setdefault(start, []).append((2, "sm", reference, marker_id))
        events.setdefault(end, []).append((1, "em", reference, marker_id))
    position = 0
    for offset in sorted(events):
        writer.text(text[position:offset])
        position = offset
        for _, kind, reference, marker_id in sorted(events[offset], key=lambda e: e[0]):
            if kind == "close":
                writer.close()
            elif kind == "open":
                writer.open("mrk", **_marker_attributes(ids.next("m"), reference))
            elif kind == "sm":
                writer.empty("sm", **_marker_attributes(marker_id, reference))
            else:
                writer.empty("em", startRef=marker_id)
    writer.text(text[position:])


class _Ids:
    """Per-unit counters for inline marker ids (unique within a unit)."""

    def __init__(self):
        self.counts: dict[str, int] = {}

    def next(self, prefix: str) -> str:
        self.counts[prefix] = self.counts.get(prefix, 0) + 1
        return f"{prefix}{self.counts[prefix]}"


def _comment(issue: Issue) -> str:
    comment = f"{issue.rule} [{issue.check}] {issue.message}"
    if issue.suggestion:
        comment += f" Suggestion: {issue.suggestion}"
    return _XML_ILLEGAL.sub("\ufffd", comment)


def _joined(document: Document, ids: tuple[int, ...], side: str) -> tuple[str, dict[int, int]]:
    """The side's text for a link and where each segment starts in it."""
    segments = document.source_segments if side == "source" else document.target_segments
    offsets, parts, position = {}, [], 0
    for segment_id in ids:
        text = segments[segment_id].text
        offsets[segment_id] = position
        parts.append(text)
        position += len(text) + len(SEPARATOR)
    return SEPARATOR.join(parts), offsets


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
    return _XML_ILLEGAL.sub("\ufffd", " ".join(original)) if original else f"pair {index + 1}"


def _unit(file_element, document: Document, index: int, link, issues: list[Issue]) -> None:
    unit_id = f"u{index + 1}"
    unit = etree.SubElement(file_element, _x("unit"), id=unit_id, name=_unit_name(document, index, link))
    source_text, source_offsets = _joined(document, link.source, "source")
    target_text, target_offsets = _joined(document, link.target, "target")
    marks = {"source": [], "target": []}
    whole = {"source": [], "target": []}
    for number, issue in enumerate(issues, 1):
        reference = f"lqi-{file_element.get('id')}-{unit_id}-{number}"
        group = etree.SubElement(unit, _its("locQualityIssues"), {f"{{{XML_NS}}}id": reference})
        etree.SubElement(group, _its("locQualityIssue"), {
            "locQualityIssueType": its_type(issue), "locQualityIssueComment": _comment(issue),
            "locQualityIssueSeverity": str(ITS_SEVERITY.get(issue.severity, 50)),
            "locQualityIssueEnabled": "yes"})
        target_anchor = _anchor(document, issue, "target", target_offsets)
        source_anchor = _anchor(document, issue, "source", source_offsets)
        if target_anchor is not None:
            marks["target"].append((*target_anchor, reference))
        elif source_anchor is not None:
            marks["source"].append((*source_anchor, reference))
        elif link.target and (issue.target_segments or not link.source):
            whole["target"].append(reference)
        else:
            whole["source"].append(reference)
    if issues:
        notes = etree.SubElement(unit, _x("notes"))
        for issue in issues:
            applies = "target" if issue.target_segments else "source"
            note = etree.SubElement(notes, _x("note"), category=f"tqa:{issue.rule}",
                                    priority=NOTE_PRIORITY.get(issue.severity, "5"), appliesTo=applies)
            note.text = f"{issue.severity}: {_comment(issue)}"
    segment = etree.SubElement(unit, _x("segment"), id=f"s{index + 1}")
    if link.target:
        segment.set("state", "translated")
    ids = _Ids()
    # a whole-content marker can reference one stand-off group: several span-less issues
    # on one side share the first group's marker and are listed in their own groups
    source = etree.SubElement(segment, _x("source"))
    write_marked(source, source_text, marks["source"], whole["source"][0] if whole["source"] else None, ids)
    if link.target:
        target = etree.SubElement(segment, _x("target"))
        write_marked(target, target_text, marks["target"],
                     whole["target"][0] if whole["target"] else None, ids)


def _file_notes(file_element, document: Document, loose: list[Issue]) -> None:
    if not loose and not document.skipped:
        return
    notes = etree.SubElement(file_element, _x("notes"))
    for issue in loose:
        note = etree.SubElement(notes, _x("note"), category=f"tqa:{issue.rule}",
                                priority=NOTE_PRIORITY.get(issue.severity, "5"))
        note.text = f"{issue.severity}: {_comment(issue)}"
    for code, reason in sorted(document.skipped.items()):
        note = etree.SubElement(notes, _x("note"), category="tqa:skipped", priority="9")
        note.text = _XML_ILLEGAL.sub("\ufffd", f"{code} skipped: {reason}")


def xliff_tree(documents: list[Document]) -> etree._Element:
    root = etree.Element(_x("xliff"), nsmap=NSMAP)
    root.set("version", "2.0")
    root.set("srcLang", "ko")
    root.set("trgLang", "en")
    root.set(_its("version"), "2.0")
    for number, document in enumerate(documents, 1):
        file_element = etree.SubElement(root, _x("file"), id=f"f{number}")
        if document.source_path:
            file_element.set("original", _XML_ILLEGAL.sub("\ufffd", document.source_path))
        grouped, loose = issues_by_link(document)
        _file_notes(file_element, document, loose)
        for index, link in enumerate(document.links):
            _unit(file_element, document, index, link, grouped.get(index, []))
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


def render(documents: list[Document], **_options) -> str:
    root = xliff_tree(documents)
    _indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="unicode") + "\n"
