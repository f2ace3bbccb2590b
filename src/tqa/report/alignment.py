"""Output of ``tqa align``: TSV (source ids, target ids, score, source text, target text),
JSON (the schema-1 document without issues) or TMX (one translation unit per link)."""
from __future__ import annotations

import io
import json

from ..document import Document
from .common import printable_documents, writable
from .json_report import SCHEMA_VERSION, document_to_dict


def _joined(document: Document, ids, side: str) -> str:
    segments = document.source_segments if side == "source" else document.target_segments
    return " ".join(segments[i].text for i in ids)


def render_alignment(document: Document, fmt: str) -> str:
    document = printable_documents([document])[0]
    return writable(_render(document, fmt))


def _render(document: Document, fmt: str) -> str:
    if fmt == "json":
        from .. import __version__

        data = document_to_dict(document)
        data.pop("issues")
        data.pop("summary")
        return json.dumps({"schema": SCHEMA_VERSION, "tool": {"name": "tqa", "version": __version__},
                           "documents": [data]}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "tmx":
        from ..io import write_tmx

        pairs = [(_joined(document, link.source, "source"), _joined(document, link.target, "target"))
                 for link in document.links if link.source and link.target]
        stream = io.BytesIO()
        write_tmx(pairs, stream)
        return stream.getvalue().decode("utf-8")
    lines = ["source_ids\ttarget_ids\tscore\tsource\ttarget"]
    for link in document.links:
        score = "" if link.score is None else f"{link.score:.3f}"
        clean = lambda text: text.replace("\t", " ").replace("\n", " ")  # noqa: E731
        lines.append("\t".join([",".join(map(str, link.source)), ",".join(map(str, link.target)), score,
                                clean(_joined(document, link.source, "source")),
                                clean(_joined(document, link.target, "target"))]))
    return "\n".join(lines) + "\n"
