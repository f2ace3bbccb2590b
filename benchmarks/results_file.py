"""Writing a ``benchmarks/results/*.md`` file without losing what people wrote in it.

A results file has two parts: what a script measured (rewritten on every run) and what
people wrote about it — notes after a ``## Session notes …`` heading, or after the
marker line below. ``write_keeping_notes`` writes the new measured part and carries the
hand-written part of the file it replaces over unchanged, so ``make bench`` (which reruns
every ``eval_*.py``) never drops a session's notes.

The file is written whole to a temporary file beside it and renamed into place: a run
that fails half-way leaves the previous file as it was.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

#: the marker line after which a results file is hand-written
HAND_WRITTEN = "<!-- hand-written sections below: kept when the script reruns -->"
#: the first heading of hand-written notes, when a file has no marker
NOTES_HEADING = "## Session notes"


def hand_written_part(text: str) -> str:
    """The hand-written tail of a results file: from the marker line, or else from the
    first line that starts a ``## Session notes`` heading; "" when there is none."""
    starts = []
    if HAND_WRITTEN in text:
        starts.append(text.index(HAND_WRITTEN))
    at = 0
    for line in text.splitlines(keepends=True):
        if line.startswith(NOTES_HEADING):
            starts.append(at)
            break
        at += len(line)
    return text[min(starts):].rstrip("\n") + "\n" if starts else ""


def write_keeping_notes(path: Path, measured: str, marker: bool = False) -> str:
    """Write ``measured`` to ``path`` followed by the hand-written part of the file it
    replaces; with ``marker``, a file that had none gets the marker line, so notes can be
    added below it. Returns the text written."""
    path = Path(path)
    kept = hand_written_part(path.read_text(encoding="utf-8")) if path.exists() else ""
    if not kept and marker:
        kept = HAND_WRITTEN + "\n"
    text = measured.rstrip("\n") + "\n" + ("\n" + kept if kept else "")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return text
