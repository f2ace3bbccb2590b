"""TMX reader and writer (TMX 1.4; 1.1–1.3 files read too).

Reading: in each ``<tu>`` the Korean variant (``xml:lang`` or the older ``lang``
attribute starting with ``ko``) is the source and the English one (``en…``) the target.
A file without Korean or English variants falls back to the header's ``srclang`` and the
one other language present. A ``<tu>`` with no source variant is skipped; one with no
target variant is read with an empty target. Inline codes become placeholders
(:mod:`tqa.io.inline`).

Writing: :func:`write_tmx` writes aligned pairs as a TMX 1.4 document via lxml.
"""
from __future__ import annotations

import io
from pathlib import Path

from lxml import etree

from .errors import InputError
from .inline import TMX, flatten
from .unit import Unit
from .xmlsafe import local_name, parse_xml

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _lang(tuv) -> str:
    return (tuv.get(XML_LANG) or tuv.get("lang") or "").strip().lower().replace("_", "-")


def _base(lang: str) -> str:
    """``ko-KR`` → ``ko``; ISO 639-2 ``kor``/``eng`` count as ``ko``/``en``."""
    base = lang.split("-")[0]
    return {"kor": "ko", "eng": "en"}.get(base, base)


def _choose_languages(root, tus, path) -> tuple[str, str]:
    present = []
    for tu in tus:
        for tuv in tu:
            if local_name(tuv) == "tuv":
                base = _base(_lang(tuv))
                if base and base not in present:
                    present.append(base)
    if "ko" in present and "en" in present:
        return "ko", "en"
    header = next((child for child in root if local_name(child) == "header"), None)
    srclang = _base((header.get("srclang") or "").strip().lower()) if header is not None else ""
    source = "ko" if "ko" in present else srclang
    others = [lang for lang in present if lang != source]
    target = "en" if "en" in others else (others[0] if len(others) == 1 else "")
    if source in present and target:
        return source, target
    listed = ", ".join(present) or "none"
    raise InputError(path, f"no Korean (ko*) and English (en*) variants found; languages present: {listed}")


def _tuv_text(tuv) -> tuple[str, list[str]]:
    seg = next((child for child in tuv if local_name(child) == "seg"), None)
    if seg is None:
        return "", []
    return flatten(seg, TMX)


def _note(tu) -> str | None:
    notes = ["".join(note.itertext()).strip() for note in tu if local_name(note) == "note"]
    return "\n".join(note for note in notes if note) or None


def read_tmx(data: bytes, path) -> list[Unit]:
    root = parse_xml(data, path)
    if local_name(root) != "tmx":
        raise InputError(path, f"not a TMX file (root element <{local_name(root)}>)")
    body = next((child for child in root if local_name(child) == "body"), None)
    if body is None:
        raise InputError(path, "TMX file without <body>")
    tus = [tu for tu in body if local_name(tu) == "tu"]
    if not tus:
        return []
    source_lang, target_lang = _choose_languages(root, tus, path)
    units = []
    for tu in tus:
        variants: dict[str, object] = {}
        for tuv in tu:
            if local_name(tuv) == "tuv":
                variants.setdefault(_base(_lang(tuv)), tuv)
        if source_lang not in variants:
            continue
        source, source_tags = _tuv_text(variants[source_lang])
        if target_lang in variants:
            target, target_tags = _tuv_text(variants[target_lang])
        else:
            target, target_tags = "", []
        meta = {"line": tu.sourceline, "source_tags": source_tags, "target_tags": target_tags}
        units.append(Unit(source, target, tu.get("tuid"), _note(tu), meta))
    return units


def _xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot hold (C0 controls except tab/newlines, surrogates, U+FFFE/F)."""
    return "".join(
        char for char in text
        if char in "\t\n\r" or ("\x20" <= char <= "\ud7ff") or ("\ue000" <= char <= "\ufffd")
        or char >= "\U00010000"
    )


def tmx_bytes(pairs, source_lang: str = "ko", target_lang: str = "en") -> bytes:
    """A TMX 1.4 document (UTF-8 bytes) holding ``pairs`` of (source, target) text."""
    from .. import __version__

    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", {
        "creationtool": "tqa", "creationtoolversion": str(__version__),
        "segtype": "sentence", "o-tmf": "tqa", "adminlang": "en",
        "srclang": source_lang, "datatype": "plaintext",
    })
    body = etree.SubElement(root, "body")
    for source, target in pairs:
        tu = etree.SubElement(body, "tu")
        for lang, text in ((source_lang, source), (target_lang, target)):
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
            etree.SubElement(tuv, "seg").text = _xml_safe(text or "")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_tmx(pairs, path_or_stream, source_lang: str = "ko", target_lang: str = "en") -> None:
    """Write (source, target) pairs as TMX 1.4 to a path or an open stream (text or binary).

    Characters XML cannot represent (most C0 control characters) are dropped.
    """
    data = tmx_bytes(pairs, source_lang, target_lang)
    if isinstance(path_or_stream, (str, Path)):
        Path(path_or_stream).write_bytes(data)
    elif isinstance(path_or_stream, io.TextIOBase):
        path_or_stream.write(data.decode("utf-8"))
    else:
        try:
            path_or_stream.write(data)
        except TypeError:  # a text stream that is not an io.TextIOBase
            path_or_stream.write(data.decode("utf-8"))
