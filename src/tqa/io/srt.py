"""SubRip (.srt) subtitles as a monolingual document: the cue texts, one cue per line.

Cue numbers and timing lines are dropped; a cue's text lines are joined with a space;
simple formatting tags (``<i>``, ``<b>``, ``<u>``, ``<font …>``) and ASS override codes
(``{\\an8}``) are removed.
"""
from __future__ import annotations

import re

from .encoding import read_text
from .errors import InputError

_TIMING = re.compile(r"\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}.*")
_FORMATTING = re.compile(r"</?(?:i|b|u|font)(?:\s[^<>]*)?>|\{\\[^{}]*\}", re.IGNORECASE)


def srt_cues(text: str) -> list[str]:
    """The text of each cue, in order (empty cues dropped)."""
    return [cue for cue, _line in srt_cue_lines(text)]


def srt_cue_lines(text: str) -> list[tuple[str, int]]:
    """Each cue's text with the 1-based line of the file where that text starts."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cues: list[tuple[str, int]] = []
    current: list[str] | None = None  # text lines of the cue being read
    first_line = 0
    for index, raw in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _TIMING.fullmatch(raw):
            if current:
                cues.append((" ".join(current), first_line))
            current = []
        elif current is None:
            continue  # cue number or junk before a timing line
        elif not raw.strip():
            if current:
                cues.append((" ".join(current), first_line))
            current = None
        elif raw.strip().isdigit() and _TIMING.fullmatch(following):
            continue  # the next cue's number, no blank line before it
        else:
            line = _FORMATTING.sub("", raw).strip()
            if line:
                if not current:
                    first_line = index + 1
                current.append(line)
    if current:
        cues.append((" ".join(current), first_line))
    return cues


def read_srt(path) -> tuple[str, list[int]]:
    """The cue texts of an SRT file, one per line, and the file line where each cue's text
    starts (an InputError if it has no cues)."""
    cues = srt_cue_lines(read_text(path))
    if not cues:
        raise InputError(path, "no subtitle cues found (expected SRT timing lines like "
                               "00:00:01,000 --> 00:00:02,500)")
    return "\n".join(cue for cue, _ in cues) + "\n", [line for _, line in cues]


def read_srt_text(path) -> str:
    """The cue texts of an SRT file, one per line (an InputError if it has no cues)."""
    return read_srt(path)[0]
