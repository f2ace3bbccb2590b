"""SubRip (.srt) subtitles as a monolingual document: the cue texts, one cue per line.

Cue numbers and timing lines are dropped; a cue's text lines are joined with a space
(a cue whose timing line is damaged or missing is read too, with a warning naming its line);
simple formatting tags (``<i>``, ``<b>``, ``<u>``, ``<font …>``) and ASS override codes
(``{\\an8}``) are removed.
"""
from __future__ import annotations

import re

from .encoding import read_text
from .errors import InputError, warn

_TIMING = re.compile(r"\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}.*")
# what a damaged timing line still looks like: an arrow, or two clock times, and no words
_TIME = re.compile(r"\d{1,2}\s*[:;.,]\s*\d{2}\s*[:;.,]\s*\d{2}")
_ARROWS = ("-->", "->", "→", "=>")
_NO_WORDS = re.compile(r"[\d\s:;.,\-=>→]*")


def _damaged_timing(line: str) -> bool:
    """A timing line that does not parse (``00:00:03,000 -> 00:00:04,000``,
    ``00:00:03 --> 00:00:04``, ``00:00:03,000 00:00:04,000``), not subtitle text."""
    line = line.strip()
    if not line or len(line) > 80 or _TIMING.fullmatch(line):
        return False
    arrow = any(arrow in line for arrow in _ARROWS)
    times = len(_TIME.findall(line))
    no_words = bool(_NO_WORDS.fullmatch(line))
    return (arrow and (times >= 1 or no_words)) or (times >= 2 and no_words)


_FORMATTING = re.compile(r"</?(?:i|b|u|font)(?:\s[^<>]*)?>|\{\\[^{}]*\}", re.IGNORECASE)


def srt_cues(text: str) -> list[str]:
    """The text of each cue, in order (empty cues dropped)."""
    return [cue for cue, _line in srt_cue_lines(text)]


def _is_number(line: str) -> bool:
    return line.strip().isdigit()


def srt_cue_lines(text: str, problems: list[str] | None = None) -> list[tuple[str, int]]:
    """Each cue's text with the 1-based line of the file where that text starts.

    Nothing is dropped without a word: a cue whose timing line is damaged
    (``00:00:03,000 -> 00:00:04,000``, ``00:00:03 --> 00:00:04``) and text that stands
    outside any cue (a cue whose timing line is missing) are read as cues, and
    ``problems`` (when given) gets one line for each, naming its line in the file."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    problems = problems if problems is not None else []
    cues: list[tuple[str, int]] = []
    current: list[str] | None = None  # text lines of the cue being read
    first_line = 0

    def timing_at(index: int) -> bool:
        """A timing line, whole or damaged, at ``index``."""
        return index < len(lines) and bool(_TIMING.fullmatch(lines[index]) or _damaged_timing(lines[index]))

    def close() -> None:
        nonlocal current
        if current:
            cues.append((" ".join(current), first_line))
        current = None

    def add_text(index: int, raw: str) -> None:
        nonlocal first_line
        line = _FORMATTING.sub("", raw).strip()
        if line:
            if not current:
                first_line = index + 1
            current.append(line)

    for index, raw in enumerate(lines):
        if _TIMING.fullmatch(raw):
            close()
            current = []
        elif current is None:  # between cues
            if not raw.strip():
                continue
            if _is_number(raw) and timing_at(index + 1):
                continue  # the next cue's number
            if _damaged_timing(raw):
                problems.append(f"line {index + 1}: malformed subtitle timing line {raw.strip()[:40]!r}; "
                                "the cue's text is read all the same")
                current = []
            elif _is_number(raw) and index + 1 < len(lines) and lines[index + 1].strip():
                problems.append(f"line {index + 1}: subtitle cue {raw.strip()} has no timing line; "
                                "its text is read all the same")
                current = []
            elif _is_number(raw):
                problems.append(f"line {index + 1}: a cue number ({raw.strip()}) with no timing line or text")
            else:
                problems.append(f"line {index + 1}: text outside any subtitle cue (no timing line before it); "
                                "read as a cue")
                current = []
                add_text(index, raw)
        elif not raw.strip():
            close()
        elif _damaged_timing(raw) and _TIME.search(raw):  # a damaged timing line with no blank line before it
            close()
            problems.append(f"line {index + 1}: malformed subtitle timing line {raw.strip()[:40]!r}; "
                            "the cue's text is read all the same")
            current = []
        elif _is_number(raw) and timing_at(index + 1):
            close()  # the next cue's number, no blank line before it
        else:
            add_text(index, raw)
    close()
    return cues


def read_srt(path) -> tuple[str, list[int]]:
    """The cue texts of an SRT file, one per line, and the file line where each cue's text
    starts (an InputError if it has no timing line at all). A damaged cue is read, with a
    warning naming its line (:func:`srt_cue_lines`)."""
    text = read_text(path)
    problems: list[str] = []
    cues = srt_cue_lines(text, problems)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not cues or not any(_TIMING.fullmatch(line) or _damaged_timing(line) for line in lines):
        raise InputError(path, "no subtitle cues found (expected SRT timing lines like "
                               "00:00:01,000 --> 00:00:02,500)")
    for problem in problems[:MAX_WARNINGS]:
        warn(path, problem)
    if len(problems) > MAX_WARNINGS:
        warn(path, f"{len(problems) - MAX_WARNINGS} more damaged subtitle cues, read as cues too")
    return "\n".join(cue for cue, _ in cues) + "\n", [line for _, line in cues]


#: damaged cues named one by one; beyond that, one line counts the rest
MAX_WARNINGS = 5


def read_srt_text(path) -> str:
    """The cue texts of an SRT file, one per line (an InputError if it has no cues)."""
    return read_srt(path)[0]
