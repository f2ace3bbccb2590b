"""CSV report: one row per issue, with a header, for spreadsheets and scripts.

Spans are given as segment id + start/end offsets + text, plus the whole segment text for
context. Cells that a spreadsheet would run as a formula (starting with ``= + - @`` or a
tab/CR, unless the cell is a plain number) are prefixed with an apostrophe, as OWASP
advises against CSV injection.
"""
from __future__ import annotations

import csv
import io
import re

from ..document import Document, Issue
from .common import place

COLUMNS = (
    "source_path", "target_path", "rule", "check", "severity", "mqm", "its",
    "source_segments", "target_segments",
    "source_start", "source_end", "source_text",
    "target_start", "target_end", "target_text",
    "message", "suggestion", "confidence", "source_segment_text", "target_segment_text",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*%?")


def spreadsheet_safe(value: str) -> str:
    if value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _row(document: Document, issue: Issue) -> dict:
    row = {
        "source_path": document.source_path or "", "target_path": document.target_path or "",
        "rule": issue.rule, "check": issue.check, "severity": issue.severity,
        "mqm": issue.mqm, "its": issue.its,
        "source_segments": " ".join(map(str, issue.source_segments)),
        "target_segments": " ".join(map(str, issue.target_segments)),
        "message": issue.message, "suggestion": issue.suggestion or "",
        "confidence": "" if issue.confidence is None else f"{issue.confidence:.4f}",
    }
    for side, span in (("source", issue.source_span), ("target", issue.target_span)):
        where = place(document, issue, side)
        row[f"{side}_start"] = "" if span is None else str(span.start)
        row[f"{side}_end"] = "" if span is None else str(span.end)
        row[f"{side}_text"] = "" if span is None else span.text
        row[f"{side}_segment_text"] = "" if where is None else where.segment.text
    return {key: spreadsheet_safe(value) for key, value in row.items()}


def render(documents: list[Document], **_options) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for document in documents:
        for issue in document.issues:
            writer.writerow(_row(document, issue))
    return buffer.getvalue()
