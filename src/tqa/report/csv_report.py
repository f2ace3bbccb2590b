"""CSV report: one row per issue, with a header, for spreadsheets and scripts.

Spans are given as segment id + start/end offsets + text, plus the whole segment text for
context. The last columns say where a person finds the issue: the pair number (as the
text and HTML reports count, from 1) and the 1-based line of each side in its file. Cells that a spreadsheet would run as a formula (starting with ``= + - @`` or a
tab/CR, unless the cell is a plain number) are prefixed with an apostrophe, as OWASP
advises against CSV injection.
"""
from __future__ import annotations

import csv
import io
import re

from ..document import Document, Issue
from .common import issues_by_link, place, printable_documents, segment_line, writable

COLUMNS = (
    "source_path", "target_path", "rule", "check", "severity", "mqm", "its",
    "source_segments", "target_segments",
    "source_start", "source_end", "source_text",
    "target_start", "target_end", "target_text",
    "message", "suggestion", "confidence", "source_segment_text", "target_segment_text",
    "pair", "source_line", "target_line",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*%?")


def spreadsheet_safe(value: str) -> str:
    if value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _row(document: Document, issue: Issue, pair: int | None) -> dict:
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
        line = None if where is None else segment_line(document, where.segment, side)
        row[f"{side}_line"] = "" if line is None else str(line)
    row["pair"] = "" if pair is None else str(pair + 1)
    return {key: spreadsheet_safe(value) for key, value in row.items()}


def render(documents: list[Document], **_options) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for document in printable_documents(documents):
        grouped, _ = issues_by_link(document)
        pair_of = {id(issue): index for index, issues in grouped.items() for issue in issues}
        for issue in document.issues:
            writer.writerow(_row(document, issue, pair_of.get(id(issue))))
    return writable(buffer.getvalue())
