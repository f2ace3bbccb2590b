"""One form for every text: Unicode NFC, zero-width characters out, offsets kept.

The same Korean can reach tqa in two Unicode forms: precomposed syllables (NFC, what
most editors write) or decomposed jamo (NFD, what files from macOS often hold). The
checks match characters, so they see NFC only. Zero-width characters (U+200B zero-width
space, U+200C/U+200D non-joiner/joiner, U+2060 word joiner, U+FEFF inside a text) are
invisible in an editor and meaningless to a check: ``2019년\u200b 4월`` is April 2019.
They are taken out of the text the checks see.

:func:`normalise` gives the checked text and an :class:`OffsetMap` from its offsets back to
the text as read, so that reports still point into the file as it is. Text that is
already NFC and free of those characters is returned as it is, with no map (the usual
case; checked with :func:`unicodedata.is_normalized`, which is fast).
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

#: invisible characters that do not count in matching: ZWSP, ZWNJ, ZWJ, word joiner, BOM/ZWNBSP
IGNORABLE = "\u200b\u200c\u200d\u2060\ufeff"
IGNORABLE_PATTERN = re.compile(f"[{IGNORABLE}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class OffsetMap:
    """Offsets of a normalised text → offsets of the text it came from.

    ``edits`` lists the places where the two differ, in order: (start in the normalised
    text, its length there, start in the original, its length there). A composed syllable
    is (i, 1, j, 2 or 3); a dropped zero-width character is (i, 0, j, 1). Between edits the
    texts agree character for character."""

    edits: tuple[tuple[int, int, int, int], ...]
    length: int  # of the normalised text
    original_length: int
    _starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_starts", [edit[0] for edit in self.edits])

    def start(self, offset: int) -> int:
        """Where a span starting at ``offset`` of the normalised text starts in the original
        (after any characters that were dropped just before it)."""
        offset = max(0, min(offset, self.length))
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return offset
        n_start, n_len, o_start, o_len = self.edits[index]
        if offset < n_start + n_len:  # inside (or at the start of) a changed cluster
            return o_start
        return o_start + o_len + (offset - n_start - n_len)

    def end(self, offset: int) -> int:
        """Where a span ending at ``offset`` of the normalised text ends in the original
        (before any characters that were dropped just after it)."""
        offset = max(0, min(offset, self.length))
        index = bisect.bisect_left(self._starts, offset) - 1
        if index < 0:
            return offset
        n_start, n_len, o_start, o_len = self.edits[index]
        if offset < n_start + n_len:  # strictly inside a changed cluster: all of it
            return o_start + o_len
        return o_start + o_len + (offset - n_start - n_len)

    def slice(self, start: int, end: int) -> "OffsetMap | None":
        """The map of ``normalised[start:end]`` onto ``original[self.start(start):self.end(end)]``,
        None when that stretch was not changed. A dropped character at either edge lies
        outside the stretch; one between its characters lies inside."""
        o_start, o_end = self.start(start), self.end(end)
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_right(self._starts, end)
        edits = tuple((n - start, n_len, o - o_start, o_len) for n, n_len, o, o_len in self.edits[first:last]
                      if (n_len and start <= n and n + n_len <= end) or (not n_len and start < n < end))
        if not edits and o_end - o_start == end - start:
            return None
        return OffsetMap(edits, end - start, o_end - o_start)


def needs_normalising(text: str) -> bool:
    return not unicodedata.is_normalized("NFC", text) or bool(IGNORABLE_PATTERN.search(text))


def _stable(char: str) -> bool:
    """True for characters NFC never merges with the one before them (a quick test for
    the usual ones: ASCII, Latin-1, precomposed Hangul syllables, CJK ideographs)."""
    code = ord(char)
    return code < 0x300 or 0xAC00 <= code <= 0xD7A3 or 0x4E00 <= code <= 0x9FFF


def _starts_cluster(run: str, char: str) -> bool:
    """True when NFC treats ``char`` apart from the ``run`` before it: ``char`` has
    combining class 0 and does not compose with the run."""
    if _stable(char):
        return True
    if unicodedata.combining(char):
        return False
    nfc = unicodedata.normalize
    return nfc("NFC", run + char) == nfc("NFC", run) + nfc("NFC", char)


def normalise(text: str) -> tuple[str, OffsetMap | None]:
    """``text`` in NFC without zero-width characters, and the map back to ``text``
    (None when nothing changed).

    Zero-width characters are taken out first, then each run that NFC treats as a unit
    (a base character and what composes or combines with it) is normalised on its own.
    Line by line: a line that starts with a character NFC never joins to what precedes
    it is a unit of its own, so only the lines that need it go through the
    character-by-character pass (on 10,000 news lines with two zero-width spaces, the
    pass over the whole file cost more than the number checks); the result and the map
    are those of one pass over the whole text."""
    if not needs_normalising(text):
        return text, None
    parts: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    length = position = 0
    for chunk in _line_units(text):
        if needs_normalising(chunk):
            normal, found = _normalise_chars(chunk)
            edits.extend((n + length, n_len, o + position, o_len) for n, n_len, o, o_len in found)
        else:
            normal = chunk
        parts.append(normal)
        length += len(normal)
        position += len(chunk)
    return "".join(parts), OffsetMap(tuple(edits), length, len(text))


def _line_units(text: str) -> list[str]:
    """``text`` cut after line feeds, where the next line starts with a stable character
    (:func:`_stable`): a line starting with a combining or zero-width character stays
    with the line before, as the one-pass normalisation would treat it."""
    units: list[str] = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        chunk = line + "\n" if index < len(lines) - 1 else line
        if units and chunk and not _stable(chunk[0]):
            units[-1] += chunk
        elif chunk:
            units.append(chunk)
    return units


def _normalise_chars(text: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """:func:`normalise` of one line, character by character: the text and its edits."""
    parts: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    length = 0
    run: list[str] = []  # the kept characters of the current run
    run_start = run_end = 0  # its extent in ``text`` (zero-width characters inside included)
    dropped_from = None  # where the zero-width characters since the run's end begin

    def close_run():
        nonlocal length
        piece = unicodedata.normalize("NFC", "".join(run))
        if piece != text[run_start:run_end]:
            edits.append((length, len(piece), run_start, run_end - run_start))
        parts.append(piece)
        length += len(piece)

    for index, char in enumerate(text):
        if char in IGNORABLE:
            if dropped_from is None:
                dropped_from = index
            continue
        if run and not _starts_cluster("".join(run), char):
            run.append(char)  # zero-width characters before it fall inside the run
            run_end = index + 1
            dropped_from = None
            continue
        if run:
            close_run()
        if dropped_from is not None:
            edits.append((length, 0, dropped_from, index - dropped_from))
            dropped_from = None
        run, run_start, run_end = [char], index, index + 1
    if run:
        close_run()
    if dropped_from is not None:
        edits.append((length, 0, dropped_from, len(text) - dropped_from))
    return "".join(parts), edits


def normalise_text(text: str) -> str:
    """The normalised text alone (glossary terms, configuration values)."""
    return normalise(text)[0]


def has_surrogates(text: str) -> bool:
    return bool(_SURROGATE.search(text))


def replace_surrogates(text: str) -> tuple[str, list[str]]:
    """``text`` with each lone surrogate (a code point no encoding can write) replaced by
    U+FFFD, and the code points replaced (``U+D800`` …)."""
    found = [f"U+{ord(match.group()):04X}" for match in _SURROGATE.finditer(text)]
    if not found:
        return text, []
    return _SURROGATE.sub("\ufffd", text), found
