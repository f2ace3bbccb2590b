"""Readers and writers, one module per format.

Public API (the pipeline and the CLI call these):

* :func:`read_text` — a plain-text document, encoding detected (:mod:`.encoding`);
* :func:`read_bilingual` / :func:`is_bilingual` / :data:`BILINGUAL_EXTENSIONS` —
  TSV, CSV, JSONL, XLIFF 1.2/2.0, TMX, PO as a list of :class:`Unit`;
* :func:`write_tmx` — aligned pairs as TMX 1.4;
* :func:`read_srt_text` — SubRip cue texts, one per line;
* :func:`mask_placeholders` — blank out inline-tag placeholders (``<1>`` …) in a text.

Every problem with an input file is an :class:`InputError` (one line: file and problem).
"""
from .bilingual import BILINGUAL_EXTENSIONS, is_bilingual, read_bilingual
from .encoding import decode_bytes, read_bytes, read_text
from .errors import InputError
from .inline import mask_placeholders
from .srt import read_srt, read_srt_text
from .unit import Unit

__all__ = [
    "BILINGUAL_EXTENSIONS", "InputError", "Unit", "decode_bytes", "is_bilingual",
    "mask_placeholders", "read_bilingual", "read_bytes", "read_srt", "read_srt_text", "read_text",
    "tmx_bytes", "write_tmx",
]


def __getattr__(name: str):
    """:func:`write_tmx` and :func:`tmx_bytes`, imported (with lxml) when first asked for:
    a run that reads and writes no XML does not load lxml."""
    if name in ("tmx_bytes", "write_tmx"):
        from . import tmx

        return getattr(tmx, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
