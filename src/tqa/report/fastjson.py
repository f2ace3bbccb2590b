"""``json.dumps(data, ensure_ascii=False, indent=2)``, the same text, in about half the time.

The standard library encodes an indented document with its pure-Python encoder (the C
encoder only writes compact JSON), one generator per container; a report of 10,000 pairs
holds some 600,000 values. :func:`dumps_indented` writes the same text with one recursive
function, strings escaped by the C helper the standard encoder uses; anything it does not
know (a type ``json`` would refuse or convert through ``default``) falls back to
``json.dumps`` itself, so the text is always the standard library's.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring

_FLOAT_REPR = float.__repr__
_INT_REPR = int.__repr__


class _Unknown(Exception):
    """A value the fast path does not write: let ``json.dumps`` decide."""


def float_text(value: float) -> str:
    """A float as ``json.dumps`` writes it."""
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return _FLOAT_REPR(value)


def _key(key) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    if key is True:
        return '"true"'
    if key is False:
        return '"false"'
    if key is None:
        return '"null"'
    if isinstance(key, int):
        return '"' + _INT_REPR(key) + '"'
    if isinstance(key, float):
        return '"' + float_text(key) + '"'
    raise _Unknown


def dumps_indented(data, indent: int = 2) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=indent)``."""
    try:
        return _dumps(data, indent)
    except (_Unknown, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=indent)


def _dumps(data, indent: int) -> str:
    out: list[str] = []
    write = out.append
    step = " " * indent
    seen: set[int] = set()
    keys: dict[str, str] = {}  # a report repeats a few dozen keys some 100,000 times
    encode = encode_basestring
    int_repr = _INT_REPR

    def scalar(item):
        """The text of a plain str, int or None (the bulk of a report's values), else None.
        Exact types only: subclasses (bool among them) take :func:`value`'s ordered tests."""
        kind = type(item)
        if kind is str:
            return encode(item)
        if kind is int:
            return int_repr(item)
        if item is None:
            return "null"
        return None

    def value(item, newline: str) -> None:
        # the order of json.encoder._make_iterencode: str, None, True, False, int, float, list, dict
        if isinstance(item, str):
            write(encode(item))
        elif item is None:
            write("null")
        elif item is True:
            write("true")
        elif item is False:
            write("false")
        elif isinstance(item, int):
            write(int_repr(item))
        elif isinstance(item, float):
            write(float_text(item))
        elif isinstance(item, (list, tuple)):
            if not item:
                write("[]")
                return
            marker = id(item)
            if marker in seen:
                raise _Unknown  # a cycle: json.dumps says so
            seen.add(marker)
            inner = newline + step
            separator = "[" + inner
            for element in item:
                text = scalar(element)
                if text is None:
                    write(separator)
                    value(element, inner)
                else:
                    write(separator + text)
                separator = "," + inner
            write(newline + "]")
            seen.discard(marker)
        elif isinstance(item, dict):
            if not item:
                write("{}")
                return
            marker = id(item)
            if marker in seen:
                raise _Unknown
            seen.add(marker)
            inner = newline + step
            separator = "{" + inner
            for key, element in item.items():
                if type(key) is str:
                    name = keys.get(key)
                    if name is None:
                        name = keys[key] = encode(key) + ": "
                else:
                    name = _key(key) + ": "
                text = scalar(element)
                if text is None:
                    write(separator + name)
                    value(element, inner)
                else:
                    write(separator + name + text)
                separator = "," + inner
            write(newline + "}")
            seen.discard(marker)
        else:
            raise _Unknown

    value(data, "\n")
    return "".join(out)
