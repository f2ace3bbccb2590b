"""A translation unit read from a bilingual file."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Unit:
    """One source text and its translation.

    ``meta`` holds what the reader knows besides the texts: ``line`` (1-based line of the
    unit in the file, where known), ``source_tags`` / ``target_tags`` (inline-tag
    placeholders in order, see :mod:`tqa.io.inline`; XLIFF and TMX only), and
    format-specific facts (PO ``flags``, ``msgctxt``, ``plural_index`` …).
    """

    source: str
    target: str
    id: str | None = None
    note: str | None = None
    meta: dict = field(default_factory=dict)
