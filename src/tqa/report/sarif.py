"""SARIF 2.1.0 report, for code-scanning UIs and CI annotations.

One run for the whole invocation. ``tool.driver.rules`` describes every rule that has a
result (id, shortDescription, default level, family/MQM/ITS in properties). Each issue
becomes a result whose location is the span in the target file (the source file when the
issue only points at the source, e.g. an omission) with 1-based line/column computed from
the segment's offset in its document plus the span offset; the source span, when there is
one, is a related location. Columns count Unicode code points (``columnKind``).
A unit of a bilingual file (XLIFF, TMX, PO, TSV …) is located by the line its reader
found it on (no columns: the text was unescaped and its tags flattened) and by its unit
id as a logical location. Skipped checks are tool execution notifications tied to their
rule (``associatedRule``).
"""
from __future__ import annotations

import hashlib
import json
import mimetypes
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from .. import __version__
from ..checks.registry import all_rules
from ..document import Document, Issue
from .common import SARIF_LEVEL, document_region, place, writable

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
#: media types of the inputs tqa reads (mimetypes does not know most of them)
MEDIA_TYPES = {".xlf": "application/xliff+xml", ".xliff": "application/xliff+xml", ".tmx": "application/x-tmx+xml",
               ".po": "text/x-gettext-translation", ".tsv": "text/tab-separated-values", ".csv": "text/csv",
               ".jsonl": "application/jsonl", ".srt": "application/x-subrip", ".txt": "text/plain"}


def media_type(path: str) -> str:
    suffix = Path(path).suffix.lower()
    return MEDIA_TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "text/plain"


SRCROOT = "%SRCROOT%"


def artifact_uri(path: str) -> str:
    """A URI reference for a file path: relative paths stay relative (forward slashes,
    percent-encoded); absolute paths become ``file://`` URIs."""
    candidate = Path(path)
    if candidate.is_absolute():
        return "file://" + quote(_path_bytes(str(candidate)), safe="/")
    return quote(_path_bytes(str(PurePosixPath(*candidate.parts))), safe="/")


def _relative_to_root(path: str) -> str | None:
    """``path`` relative to the folder tqa runs in (the %SRCROOT% of the SARIF run), when it
    lies inside it: code-scanning tools place results by such relative URIs."""
    try:
        relative = Path(path).resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return None
    return quote(_path_bytes(relative.as_posix()), safe="/")


def _location(path: str) -> dict:
    relative = _relative_to_root(path)
    if relative is not None:
        return {"uri": relative, "uriBaseId": SRCROOT}
    return {"uri": artifact_uri(path)}


def root_base_ids() -> dict:
    root = Path.cwd().resolve().as_posix().rstrip("/") + "/"
    return {SRCROOT: {"uri": "file://" + quote(_path_bytes(root), safe="/"),
                      "description": {"text": "The folder tqa ran in; artifact URIs are relative to it."}}}


def _path_bytes(path: str) -> bytes:
    """The bytes of a file name as the OS has them: a name that is not UTF-8 keeps its bytes
    (``0xFF`` → ``%FF`` in the URI) instead of failing to encode."""
    try:
        return path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return path.encode("utf-8", "backslashreplace")


class _Artifacts:
    """The run's ``artifacts`` array, one entry per file, indexed as results refer to them."""

    def __init__(self):
        self.entries: list[dict] = []
        self.index: dict[str, int] = {}

    def location(self, path: str | None) -> dict:
        path = path or "(stdin)"
        if path not in self.index:
            self.index[path] = len(self.entries)
            self.entries.append({"location": _location(path), "mimeType": media_type(path),
                                 "roles": ["analysisTarget"]})
        return {**_location(path), "index": self.index[path]}


def _known_rules() -> dict:
    """Every registered rule by code (importing the check modules if nobody has yet, as
    when a saved document is rendered without running the checks)."""
    return {rule.code: rule for rule in all_rules()}


def _rule_descriptor(code: str, issue: Issue, known: dict) -> dict:
    rule = known.get(code)
    family = rule.check if rule else issue.check
    severity = rule.severity if rule else issue.severity
    doc = rule.doc if rule else f"{family} check"
    return {
        "id": code,
        "shortDescription": {"text": doc},
        "defaultConfiguration": {"level": SARIF_LEVEL.get(severity, "warning")},
        "properties": {"family": family, "severity": severity,
                       "mqm": rule.mqm if rule else issue.mqm, "its": rule.its if rule else issue.its,
                       "tags": [family]},
    }


def _physical_location(document: Document, issue: Issue, side: str, artifacts: _Artifacts) -> dict | None:
    where = place(document, issue, side)
    if where is None:
        return None
    path = document.target_path if side == "target" else document.source_path
    if side == "target" and document.target_path is None:
        path = document.source_path  # one bilingual file holds both sides
    line = where.segment.meta.get("line")
    if isinstance(line, int) and line > 0:  # a unit of a bilingual file: its line, no columns
        region = {"startLine": line}
    else:
        text = document.target_text if side == "target" else document.source_text
        region = document_region(text or "", where)
    region["snippet"] = {"text": where.text}
    return {"artifactLocation": artifacts.location(path), "region": region}


def _logical_locations(document: Document, issue: Issue) -> list[dict]:
    """The unit id of a bilingual file's unit, when the reader gave one."""
    for side in ("target", "source"):
        where = place(document, issue, side)
        unit_id = where.segment.meta.get("unit_id") if where else None
        if unit_id:
            return [{"name": str(unit_id), "fullyQualifiedName": f"unit {unit_id}", "kind": "element"}]
    return []


def _fingerprint(issue: Issue, document: Document) -> str:
    """Stable across runs that do not change the flagged text (for baseline tracking)."""
    target = issue.target_span.text if issue.target_span else ""
    source = issue.source_span.text if issue.source_span else ""
    key = "\x1f".join([issue.rule, document.target_path or "", source, target, issue.message])
    return hashlib.sha256(_path_bytes(key)).hexdigest()[:32]


def _result(document: Document, issue: Issue, rule_index: int, artifacts: _Artifacts) -> dict:
    message = issue.message + (f" Suggestion: {issue.suggestion}" if issue.suggestion else "")
    result: dict = {
        "ruleId": issue.rule, "ruleIndex": rule_index, "kind": "fail",
        "level": SARIF_LEVEL.get(issue.severity, "warning"),
        "message": {"text": message},
        "partialFingerprints": {"tqaIssue/v1": _fingerprint(issue, document),
                                **({"tqaFinding/v2": issue.fingerprint} if issue.fingerprint else {})},
        "properties": {"check": issue.check, "severity": issue.severity, "mqm": issue.mqm, "its": issue.its,
                       "sourceSegments": list(issue.source_segments),
                       "targetSegments": list(issue.target_segments)},
    }
    if issue.suggestion is not None:
        result["properties"]["suggestion"] = issue.suggestion
    if issue.confidence is not None:
        result["properties"]["confidence"] = round(float(issue.confidence), 4)
    if issue.baseline == "suppressed":
        result["suppressions"] = [{"kind": "inSource", "justification": "tqa: ignore note or per-file ignore"}]
    elif issue.baseline:
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": f"baseline decision: {issue.baseline}"}]
    target = _physical_location(document, issue, "target", artifacts)
    source = _physical_location(document, issue, "source", artifacts)
    primary = target or source
    if primary is None:
        primary = {"artifactLocation": artifacts.location(document.target_path or document.source_path)}
    location = {"physicalLocation": primary}
    logical = _logical_locations(document, issue)
    if logical:
        location["logicalLocations"] = logical
    result["locations"] = [location]
    if target is not None and source is not None:
        result["relatedLocations"] = [{"id": 1, "message": {"text": "Korean source"},
                                       "physicalLocation": source}]
    return result


def sarif_log(documents: list[Document]) -> dict:
    known = _known_rules()
    artifacts = _Artifacts()
    rules: list[dict] = []
    rule_index: dict[str, int] = {}
    results: list[dict] = []
    notifications: list[dict] = []
    for document in documents:
        for issue in document.issues:
            if issue.rule not in rule_index:
                rule_index[issue.rule] = len(rules)
                rules.append(_rule_descriptor(issue.rule, issue, known))
            results.append(_result(document, issue, rule_index[issue.rule], artifacts))
        for code, reason in sorted(document.skipped.items()):
            notification = {"level": "note", "message": {"text": f"{code} skipped: {reason}"}}
            if code in known:
                notification["associatedRule"] = {"id": code}
            notifications.append(notification)
        for error in document.errors:
            notification = {"level": "error", "message": {"text": f"rule {error.describe()}"}}
            if error.rule in known:
                notification["associatedRule"] = {"id": error.rule}
            notifications.append(notification)
    signature = next((d.signature["text"] for d in documents if d.signature), None)
    run = {
        "tool": {"driver": {"name": "tqa", "version": __version__, "semanticVersion": __version__,
                            "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": not any(d.errors for d in documents),
                         "toolExecutionNotifications": notifications}],
        "originalUriBaseIds": root_base_ids(),
        "artifacts": artifacts.entries,
        "results": results,
    }
    if signature:
        run["properties"] = {"signature": signature}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(documents: list[Document], **_options) -> str:
    return writable(json.dumps(sarif_log(documents), ensure_ascii=False, indent=2) + "\n")
