"""Checks, one module per family. Importing a module registers its rules.

Rule code ranges (stable once released):

==========  ==========================================
TQA0xx      untranslated (00x), punctuation (01x), fluency (02x), omission/addition (03x–04x),
            meaning (05x)
TQA1xx      number (100–139), date (140–179)
TQA2xx      name (200–229), term (230–259)
TQA3xx      literal phrasing
TQA4xx      markup
==========  ==========================================
"""
from __future__ import annotations

import importlib

CHECK_MODULES = (
    "untranslated", "language", "punctuation", "fluency", "alignment",
    "numbers", "names", "swapped_names", "titles", "terms", "literal", "markup", "meaning", "word_omission",
)


def load_all() -> None:
    """Import every check module that exists (modules land as their families do)."""
    load(CHECK_MODULES)


def load(names) -> None:
    """Import the check modules ``names`` (those that exist)."""
    for name in names:
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
