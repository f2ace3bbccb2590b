"""Parsing XML input safely: no entity expansion, no external entities, no network.

Files that declare entities in a DTD are refused outright (billion laughs, XXE): a
translation file has no business declaring them. An external DTD reference such as
``<!DOCTYPE tmx SYSTEM "tmx14.dtd">`` is allowed but never loaded.
"""
from __future__ import annotations

import re

from lxml import etree

from .errors import InputError

_PARSER_OPTIONS = dict(
    resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
    dtd_validation=False, remove_comments=True, remove_pis=True,
)


def _encoded(marker: str) -> list[bytes]:
    return [marker.encode(codec) for codec in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")]


_DOCTYPE = _encoded("<!DOCTYPE")
_ENTITY = _encoded("<!ENTITY")

_POSITION = re.compile(r",\s*line \d+, column \d+\s*$")
_BINARY_XML_STARTS = (b"<\x00", b"\x00<", b"\x00\x00\x00<", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")

_REFUSED = "declares XML entities in a DTD (entity expansion / external entities are refused)"


def _declares_entities(data: bytes) -> bool:
    return any(marker in data for marker in _DOCTYPE) and any(marker in data for marker in _ENTITY)


def parse_xml(data: bytes, path) -> etree._Element:
    """The root element of ``data`` (the bytes of ``path``), or an InputError."""
    if not data.strip():
        raise InputError(path, "empty file")
    if b"\x00" in data and not data.lstrip(b" \t\r\n").startswith(_BINARY_XML_STARTS):
        raise InputError(path, "binary content (NUL bytes), not an XML file")
    if _declares_entities(data):
        raise InputError(path, _REFUSED)
    if b"\r" in data and b"\n" not in data and b"\x00" not in data:
        # old Mac line ends: XML reads a CR as a line end anyway, but libxml2 counts lines at
        # LF only (every unit would be on line 1); not for UTF-16, where 0x0D is half a character
        data = data.replace(b"\r", b"\n")
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        line = error.position[0] if error.position else error.lineno
        where = f" at line {line}" if line else ""
        detail = _POSITION.sub("", str(error.msg or error))
        raise InputError(path, f"malformed XML{where}: {detail}") from None
    except (ValueError, MemoryError, RecursionError) as error:
        raise InputError(path, f"unreadable XML: {error}") from None
    if root is None:
        raise InputError(path, "malformed XML: no root element")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError(path, _REFUSED)
    if any(True for _ in root.iter(etree.Entity)):
        raise InputError(path, "contains unresolved entity references")
    return root


def local_name(element) -> str:
    """The tag without its namespace (``""`` for comments and processing instructions)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def namespace(element) -> str:
    tag = element.tag
    return tag[1:].partition("}")[0] if isinstance(tag, str) and tag.startswith("{") else ""
