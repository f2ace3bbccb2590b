"""read → segment → align → check: builds a checked :class:`Document` from paths."""
from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document, Link, Segment


@dataclass
class Options:
    segmented: bool = False
    parallel: bool = False
    fast: bool = False
    select: list[str] | None = None
    ignore: list[str] | None = None
    glossaries: list[str] = field(default_factory=list)
    severities: dict[str, str] = field(default_factory=dict)
