"""XLIFF 1.2 and 2.0 reader.

XLIFF 1.2: one unit per ``<trans-unit>`` (inside ``<body>`` or ``<group>``), or one per
segment when the unit carries a segmented ``<seg-source>`` (``<mrk mtype="seg">``, as
written by SDL Trados and others) and its target has segments with the same ``mid``.
XLIFF 2.0 (and 2.1/2.2, same core namespace): one unit per ``<segment>`` of each ``<unit>``.
Units marked ``translate="no"`` are skipped. Inline tags become placeholders
(:mod:`tqa.io.inline`) listed in ``meta["source_tags"]`` / ``meta["target_tags"]``.
A unit without a ``<target>`` is read with an empty target. The target's ``state``
(1.2) or the segment's ``state`` (2.0) goes to ``meta["state"]``. Notes that tqa itself
wrote into an annotated file (``from="tqa"`` in 1.2, ``category="tqa:…"`` in 2.x) are not
part of the unit's note, and its quality markers are not inline tags (:mod:`tqa.io.inline`),
so a file annotated by ``tqa check --format xliff`` reads as the file it was made from.

:func:`xliff_segments` is the walk behind the reader: the i-th unit read is the i-th
:class:`XliffSegment`, which names the elements it came from, so that the XLIFF report can
annotate the original tree (:func:`parse_xliff_tree`) in place.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .errors import InputError
from .inline import XLIFF12, XLIFF20, flatten
from .unit import Unit
from .xmlsafe import local_name, namespace, parse_xml

NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_20 = "urn:oasis:names:tc:xliff:document:2.0"


def _children(element, name: str):
    return [child for child in element if local_name(child) == name]


def _first(element, name: str):
    for child in element:
        if local_name(child) == name:
            return child
    return None


def _translatable(element) -> bool:
    return (element.get("translate") or "yes").strip().lower() != "no"


def is_tqa_note(note) -> bool:
    """A note tqa wrote into an annotated file (not the translator's)."""
    return note.get("from") == "tqa" or (note.get("category") or "").startswith("tqa:")


def _notes(element) -> str | None:
    texts = ["".join(note.itertext()).strip() for note in element.iter()
             if local_name(note) == "note" and not is_tqa_note(note)]
    texts = [text for text in texts if text]
    return "\n".join(texts) or None


#: XLIFF 1.2 ``restype`` values of units that hold metadata, not translatable text
_METADATA_RESTYPES = {"x-gettext-domain-header"}


def _walk_units(element, unit_name: str):
    """Units in document order, skipping units and groups marked translate="no"
    and PO headers carried over by po2xliff."""
    for child in element:
        name = local_name(child)
        if name == unit_name:
            if _translatable(child) and child.get("restype") not in _METADATA_RESTYPES:
                yield child
        elif name in ("file", "body", "group"):
            if _translatable(child):
                yield from _walk_units(child, unit_name)


@dataclass
class XliffSegment:
    """One unit as the reader gives it, and where it is in the tree: ``source``/``target`` are
    the elements whose content is the text (``<source>``/``<target>``, or 1.2 segment markers
    ``<mrk mtype="seg">``); ``unit`` is the ``<trans-unit>`` (1.2) or ``<unit>`` (2.x)
    holding it; ``segment`` the 2.x ``<segment>`` (None in 1.2)."""

    source: object
    target: object | None
    unit: object
    segment: object | None
    unit_id: str | None
    note: str | None
    line: int | None
    state: str | None
    spec: dict


def _segment_markers(element) -> dict[str, object]:
    """``mid`` → ``<mrk mtype="seg">`` element, in document order."""
    found = {}
    for mrk in element.iter():
        if local_name(mrk) == "mrk" and mrk.get("mtype") == "seg" and mrk.get("mid") is not None:
            found.setdefault(mrk.get("mid"), mrk)
    return found


def _segments_12(root, path) -> list[XliffSegment]:
    found = []
    for trans_unit in _walk_units(root, "trans-unit"):
        unit_id = trans_unit.get("id")
        source_el = _first(trans_unit, "source")
        if source_el is None:
            raise InputError(path, f"line {trans_unit.sourceline}: <trans-unit> without <source>")
        target_el = _first(trans_unit, "target")
        note = _notes(trans_unit)
        state = target_el.get("state") if target_el is not None else None
        seg_source = _first(trans_unit, "seg-source")
        source_segments = _segment_markers(seg_source) if seg_source is not None else {}
        target_segments = _segment_markers(target_el) if target_el is not None else {}
        if source_segments and (target_el is None or target_segments):
            for mid, source_mrk in source_segments.items():
                found.append(XliffSegment(source_mrk, target_segments.get(mid), trans_unit, None,
                                          f"{unit_id}/{mid}", note, source_mrk.sourceline, state, XLIFF12))
        else:
            found.append(XliffSegment(source_el, target_el, trans_unit, None, unit_id, note,
                                      trans_unit.sourceline, state, XLIFF12))
    return found


def _segments_20(root, path) -> list[XliffSegment]:
    found = []
    for unit_el in _walk_units(root, "unit"):
        unit_id = unit_el.get("id")
        note = _notes(unit_el)
        segments = [child for child in unit_el if local_name(child) == "segment"]
        for number, segment in enumerate(segments, 1):
            source_el = _first(segment, "source")
            if source_el is None:
                raise InputError(path, f"line {segment.sourceline}: <segment> without <source>")
            segment_id = segment.get("id") or (str(number) if len(segments) > 1 else None)
            full_id = f"{unit_id}/{segment_id}" if segment_id and unit_id else unit_id
            found.append(XliffSegment(source_el, _first(segment, "target"), unit_el, segment, full_id,
                                      note, segment.sourceline, segment.get("state"), XLIFF20))
    return found


def is_xliff_2(root) -> bool | None:
    """True for XLIFF 2.x (2.0, 2.1, 2.2), False for 1.x, None for an unknown namespace."""
    version = (root.get("version") or "").strip()
    ns = namespace(root)
    if ns == NS_20 or version.startswith("2"):
        return True
    if ns in (NS_12, "") or version.startswith("1"):
        return False
    return None


def xliff_segments(root, path) -> list[XliffSegment]:
    """The units of an XLIFF tree in reading order, with the elements they come from."""
    if local_name(root) != "xliff":
        raise InputError(path, f"not an XLIFF file (root element <{local_name(root)}>)")
    version_2 = is_xliff_2(root)
    if version_2 is None:
        raise InputError(path, f"unsupported XLIFF namespace {namespace(root)!r}")
    return _segments_20(root, path) if version_2 else _segments_12(root, path)


def _unit(found: XliffSegment) -> Unit:
    replaced: list[str] = []  # <cp> values read as U+FFFD (lone surrogates, invalid code points)
    source, source_tags = flatten(found.source, found.spec, replaced)
    if found.target is not None:
        target, target_tags = flatten(found.target, found.spec, replaced)
    else:
        target, target_tags = "", []
    meta = {"line": found.line, "source_tags": source_tags, "target_tags": target_tags}
    if replaced:
        meta["replaced"] = replaced
    if found.state:
        meta["state"] = found.state
    return Unit(source, target, found.unit_id, found.note, meta)


_LOSSLESS_OPTIONS = dict(
    resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
    dtd_validation=False, remove_comments=False, remove_pis=False, strip_cdata=False,
    remove_blank_text=False,
)


def parse_xliff_tree(data: bytes, path) -> etree._ElementTree:
    """The whole XML document of an XLIFF file, comments, processing instructions and CDATA
    sections included, for writing it back with annotations. The same safety checks as the
    reader (:func:`tqa.io.xmlsafe.parse_xml`: no entities, no network) come first."""
    parse_xml(data, path)
    try:
        return etree.fromstring(data, etree.XMLParser(**_LOSSLESS_OPTIONS)).getroottree()
    except (etree.XMLSyntaxError, ValueError, MemoryError, RecursionError) as error:
        raise InputError(path, f"unreadable XML: {error}") from None


def read_xliff(data: bytes, path) -> list[Unit]:
    return [_unit(found) for found in xliff_segments(parse_xml(data, path), path)]
