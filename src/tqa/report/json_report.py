"""JSON report, schema 1 (the contract in design.md), and JSON Lines (one issue a line)."""
from __future__ import annotations

import json
import secrets
from json.encoder import encode_basestring

from .. import __version__
from ..document import Document, Issue, Segment, Span
from .common import side_line
from .common import printable_documents, writable
from .fastjson import dumps_indented, float_text

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


def document_to_dict(document: Document, placeholders: dict | None = None) -> dict:
    placeholders = placeholders or {}
    data = {
        "source_path": document.source_path, "target_path": document.target_path,
        "source_segments": placeholders.get("source_segments") or [_segment(s) for s in document.source_segments],
        "target_segments": placeholders.get("target_segments") or [_segment(s) for s in document.target_segments],
        "links": placeholders.get("links") or [{"source": list(link.source), "target": list(link.target),
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


def report_dict(documents: list[Document], placeholders: list[dict] | None = None) -> dict:
    """The report as plain data; ``placeholders`` (one dict a document, for :func:`render`):
    strings written in place of the lists they name."""
    placeholders = placeholders or [{} for _ in documents]
    data = {"schema": SCHEMA_VERSION, "tool": {"name": "tqa", "version": __version__},
            "documents": [document_to_dict(d, p) for d, p in zip(documents, placeholders)]}
    signature = next((d.signature for d in documents if d.signature), None)
    if signature:  # additive: what decided the findings (tqa.signature)
        data["run"] = {"signature": signature["text"],
                       "settings": {k: v for k, v in signature.items() if k != "text"}}
    return data


def render(documents: list[Document], **_options) -> str:
    documents = printable_documents(documents)
    # The segment and link lists (three records a pair, the bulk of a report) are written
    # out from templates: the encoder writes a placeholder string in each list's place, and
    # the list replaces it. A placeholder holds a fresh random token, so no text of the
    # report can hold it.
    token = secrets.token_hex(16)
    written = [_document_lists(document, f"{token}-{index}") for index, document in enumerate(documents)]
    text = dumps_indented(report_dict(documents, [{name: placeholder for name, (placeholder, _) in lists.items()}
                                                  for lists in written]))
    for lists in written:
        for placeholder, fragment in lists.values():
            text = text.replace(encode_basestring(placeholder), fragment, 1)
    return writable(text + "\n")


#: a segment and a link as the encoder indents them in a report (``documents[i].source_segments[j]``):
#: records 8 spaces in, members 10, a link's segment ids 12
_SEGMENT = '{\n          "id": %s,\n          "text": %s,\n          "start": %s,\n          "end": %s\n        }'
_LINK = '{\n          "source": %s,\n          "target": %s,\n          "score": %s\n        }'


def _ids(ids) -> str:
    if not ids:
        return "[]"
    return "[\n            " + ",\n            ".join(map(int.__repr__, ids)) + "\n          ]"


def _listed(records: list[str]) -> str:
    return "[\n        " + ",\n        ".join(records) + "\n      ]" if records else "[]"


def _document_lists(document: Document, token: str) -> dict[str, tuple[str, str]]:
    """The segment and link lists of a document's report as the encoder writes them, each
    with its placeholder: {member: (placeholder, text)}. Exact types only (int ids and
    offsets, str texts): for a document with anything else, {} (the encoder writes it all)."""
    lists = {}
    for name, side in (("source_segments", document.source_segments), ("target_segments", document.target_segments)):
        records = []
        for segment in side:
            if type(segment.text) is not str or not type(segment.id) is type(segment.start) is type(segment.end) is int:
                return {}
            records.append(_SEGMENT % (int.__repr__(segment.id), encode_basestring(segment.text),
                                       int.__repr__(segment.start), int.__repr__(segment.end)))
        lists[name] = (f"tqa-{name}-{token}", _listed(records))
    records = []
    for link in document.links:
        if any(type(index) is not int for index in (*link.source, *link.target)):
            return {}
        score = "null" if link.score is None else float_text(round(float(link.score), 4))
        records.append(_LINK % (_ids(link.source), _ids(link.target), score))
    lists["links"] = (f"tqa-links-{token}", _listed(records))
    return lists


def render_jsonl(documents: list[Document], **_options) -> str:
    """One JSON object per issue, each with the paths of its document (for grep/jq pipelines)."""
    lines = []
    for document in printable_documents(documents):
        for issue in document.issues:
            record = {"source_path": document.source_path, "target_path": document.target_path}
            record.update(issue_to_dict(issue, document))
            lines.append(json.dumps(record, ensure_ascii=False))
    return writable("\n".join(lines) + ("\n" if lines else ""))
