"""XLIFF 1.2 and 2.0 reader.

XLIFF 1.2: one unit per ``<trans-unit>`` (inside ``<body>`` or ``<group>``), or one per
segment when the unit carries a segmented ``<seg-source>`` (``<mrk mtype="seg">``, as
written by SDL Trados and others) and its target has segments with the same ``mid``.
XLIFF 2.0 (and 2.1/2.2, same core namespace): one unit per ``<segment>`` of each ``<unit>``.
Units marked ``translate="no"`` are skipped. Inline tags become placeholders
(:mod:`tqa.io.inline`) listed in ``meta["source_tags"]`` / ``meta["target_tags"]``.
A unit without a ``<target>`` is read with an empty target. The target's ``state``
(1.2) or the segment's ``state`` (2.0) goes to ``meta["state"]``.
"""
from __future__ import annotations

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


def _notes(element) -> str | None:
    texts = ["".join(note.itertext()).strip() for note in element.iter()
             if local_name(note) == "note"]
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


def _make_unit(source_el, target_el, spec, unit_id, note, line, state=None) -> Unit:
    replaced: list[str] = []
    source, source_tags = flatten(source_el, spec, replaced)
    if target_el is not None:
        target, target_tags = flatten(target_el, spec, replaced)
    else:
        target, target_tags = "", []
    meta = {"line": line, "source_tags": source_tags, "target_tags": target_tags}
    if replaced:
        meta["replaced"] = replaced
    if state:
        meta["state"] = state
    return Unit(source, target, unit_id, note, meta)


def _segment_markers(element) -> dict[str, object]:
    """``mid`` → ``<mrk mtype="seg">`` element, in document order."""
    found = {}
    for mrk in element.iter():
        if local_name(mrk) == "mrk" and mrk.get("mtype") == "seg" and mrk.get("mid") is not None:
            found.setdefault(mrk.get("mid"), mrk)
    return found


def _read_12(root, path) -> list[Unit]:
    units = []
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
                units.append(_make_unit(source_mrk, target_segments.get(mid), XLIFF12,
                                        f"{unit_id}/{mid}", note, source_mrk.sourceline, state))
        else:
            units.append(_make_unit(source_el, target_el, XLIFF12, unit_id, note,
                                    trans_unit.sourceline, state))
    return units


def _read_20(root, path) -> list[Unit]:
    units = []
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
            units.append(_make_unit(source_el, _first(segment, "target"), XLIFF20,
                                    full_id, note, segment.sourceline, segment.get("state")))
    return units


def read_xliff(data: bytes, path) -> list[Unit]:
    root = parse_xml(data, path)
    if local_name(root) != "xliff":
        raise InputError(path, f"not an XLIFF file (root element <{local_name(root)}>)")
    ns = namespace(root)
    version = (root.get("version") or "").strip()
    if ns == NS_20 or version.startswith("2"):
        return _read_20(root, path)
    if ns in (NS_12, "") or version.startswith("1"):
        return _read_12(root, path)
    raise InputError(path, f"unsupported XLIFF namespace {ns!r}")
