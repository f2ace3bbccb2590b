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
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cues: list[str] = []
    current: list[str] | None = None  # text lines of the cue being read
    for index, raw in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _TIMING.fullmatch(raw):
            if current:
                cues.append(" ".join(current))
            current = []
        elif current is None:
            continue  # cue number or junk before a timing line
        elif not raw.strip():
            if current:
                cues.append(" ".join(current))
            current = None
        elif raw.strip().isdigit() and _TIMING.fullmatch(following):
            continue  # the next cue's number, no blank line before it
        else:
            line = _FORMATTING.sub("", raw).strip()
            if line:
                current.append(line)
    if current:
        cues.append(" ".join(current))
    return cues


def read_srt_text(path) -> str:
    """The cue texts of an SRT file, one per line (an InputError if it has no cues)."""
    cues = srt_cues(read_text(path))
    if not cues:
        raise InputError(path, "no subtitle cues found (expected SRT timing lines like "
                               "00:00:01,000 --> 00:00:02,500)")
    return "\n".join(cues) + "\n"
