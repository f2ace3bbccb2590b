"""The one error every reader raises for bad input (the CLI prints it on one line and
exits 2), and the one way a reader tells of something it read in a way the user should
know about (a replaced character, a malformed subtitle cue): :func:`warn`."""
from __future__ import annotations

import logging

#: input warnings go to this logger; the CLI prints each as ``tqa: warning: FILE: problem``
INPUT_LOG = logging.getLogger("tqa.input")


def printable_path(path) -> str:
    """A file name as one printable line: a character that breaks or hides a line (a newline,
    U+2028, a control character) is written as its escape (a\\u2028.ko.txt)."""
    text = str(path)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


class InputError(Exception):
    """Bad input: ``str(error)`` is one line naming the file and the problem."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{printable_path(self.path)}: {self.problem}")


def warn(path, problem: str) -> None:
    """One line about input that was read but not as written (``FILE: problem``; the
    problem alone when ``path`` is None)."""
    problem = " ".join(str(problem).split())
    if path is None:
        INPUT_LOG.warning("%s", problem)
    else:
        INPUT_LOG.warning("%s: %s", printable_path(path), problem)
