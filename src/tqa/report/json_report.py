"""JSON report, schema 1 (the contract in design.md), and JSON Lines (one issue a line)."""
from __future__ import annotations

import json

from .. import __version__
from ..document import Document, Issue, Segment, Span
from .common import side_line
from .common import printable_documents, writable
from .fastjson import dumps_indented

SCHEMA_VERSION = 1


def _segment(segment: Segment) -> dict:
    return {"id": segment.id, "text": segment.text, "start": segment.start, "end": segment.end}


def _span(span: Span | None) -> dict | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def issue_to_dict(issue: Issue, document: Document | None = None) -> dict:
    data = {
        "rule": issue.rule, "check": issue.check, "severity": issue.severity,
        "mqm": issue.mqm, "its": issue.its,
        "source_segments": list(issue.source_segments), "target_segments": list(issue.target_segments),
        "source_span": _span(issue.source_span), "target_span": _span(issue.target_span),
        "message": issue.message, "suggestion": issue.suggestion,
        "confidence": None if issue.confidence is None else round(float(issue.confidence), 4),
    }
    # additive, optional members (schema 1 allows extra keys)
    if issue.fingerprint:
        data["fingerprint"] = issue.fingerprint
    if issue.baseline:
        data["baseline"] = issue.baseline
    if issue.advice:
        data["advice"] = issue.advice
    if document is not None:
        for side in ("source", "target"):
            found = side_line(document, issue, side)
            if found is not None:
                data[f"{side}_line"] = found[0]
    return data


def document_to_dict(document: Document) -> dict:
    data = {
        "source_path": document.source_path, "target_path": document.target_path,
        "source_segments": [_segment(s) for s in document.source_segments],
        "target_segments": [_segment(s) for s in document.target_segments],
        "links": [{"source": list(link.source), "target": list(link.target),
                   "score": None if link.score is None else round(float(link.score), 4)}
                  for link in document.links],
        "issues": [issue_to_dict(issue, document) for issue in document.issues],
        "summary": document.summary(),
    }
    # Additive, optional members (schema 1 allows extra keys): skipped checks and tables.
    if document.skipped:
        data["skipped"] = dict(document.skipped)
    if document.tables:
        data["tables"] = document.tables
    if document.errors:
        data["errors"] = [{"rule": e.rule, "pair": e.pair, "message": e.message} for e in document.errors]
    return data


def report_dict(documents: list[Document]) -> dict:
    data = {"schema": SCHEMA_VERSION, "tool": {"name": "tqa", "version": __version__},
            "documents": [document_to_dict(d) for d in documents]}
    signature = next((d.signature for d in documents if d.signature), None)
    if signature:  # additive: what decided the findings (tqa.signature)
        data["run"] = {"signature": signature["text"],
                       "settings": {k: v for k, v in signature.items() if k != "text"}}
    return data


def render(documents: list[Document], **_options) -> str:
    documents = printable_documents(documents)
    return writable(dumps_indented(report_dict(documents)) + "\n")


def render_jsonl(documents: list[Document], **_options) -> str:
    """One JSON object per issue, each with the paths of its document (for grep/jq pipelines)."""
    lines = []
    for document in printable_documents(documents):
        for issue in document.issues:
            record = {"source_path": document.source_path, "target_path": document.target_path}
            record.update(issue_to_dict(issue, document))
            lines.append(json.dumps(record, ensure_ascii=False))
    return writable("\n".join(lines) + ("\n" if lines else ""))
