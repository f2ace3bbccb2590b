"""Helpers the file reports share (html, sarif, junit, csv, xliff): which link an issue
belongs to, where a span lies in its document, severity thresholds, ITS/SARIF mappings."""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import SEVERITY_RANK, Document, Issue, Segment, Span

#: ITS 2.0 localization-quality-issue types (the closed list of the ITS 2.0 spec)
ITS_ISSUE_TYPES = frozenset((
    "terminology", "mistranslation", "omission", "untranslated", "addition", "duplication",
    "inconsistency", "grammar", "legal", "register", "locale-specific-content",
    "locale-violation", "style", "characters", "misspelling", "typographical", "formatting",
    "inconsistent-entities", "numbers", "markup", "pattern-problem", "whitespace",
    "internationalization", "length", "non-conformance", "uncategorized", "other",
))
#: ITS locQualityIssueSeverity is a number from 0 to 100
ITS_SEVERITY = {"critical": 100, "major": 70, "minor": 40, "info": 10}
SARIF_LEVEL = {"critical": "error", "major": "error", "minor": "warning", "info": "note"}


def its_type(issue: Issue) -> str:
    return issue.its if issue.its in ITS_ISSUE_TYPES else "other"


def at_least(severity: str, threshold: str) -> bool:
    """True when ``severity`` reaches ``threshold`` (``never`` is never reached)."""
    if threshold not in SEVERITY_RANK:
        return False
    return SEVERITY_RANK.get(severity, 0) >= SEVERITY_RANK[threshold]


def issues_by_link(document: Document) -> tuple[dict[int, list[Issue]], list[Issue]]:
    """Issues keyed by the index of the link holding their first segment (source side
    first); issues pointing at no linked segment come back separately."""
    link_of_source = {sid: i for i, link in enumerate(document.links) for sid in link.source}
    link_of_target = {tid: i for i, link in enumerate(document.links) for tid in link.target}
    grouped: dict[int, list[Issue]] = {}
    loose: list[Issue] = []
    for issue in document.issues:
        index = None
        if issue.source_segments:
            index = link_of_source.get(issue.source_segments[0])
        if index is None and issue.target_segments:
            index = link_of_target.get(issue.target_segments[0])
        if index is None:
            loose.append(issue)
        else:
            grouped.setdefault(index, []).append(issue)
    return grouped, loose


@dataclass(frozen=True)
class Place:
    """Where an issue points on one side: a segment and a span inside it (or the whole
    segment when the issue carries no span)."""

    segment: Segment
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.segment.text[self.start:self.end]


def segment_by_id(segments: list[Segment], segment_id: int) -> Segment | None:
    if 0 <= segment_id < len(segments) and segments[segment_id].id == segment_id:
        return segments[segment_id]
    return next((segment for segment in segments if segment.id == segment_id), None)


def place(document: Document, issue: Issue, side: str) -> Place | None:
    """The span an issue points at on ``side`` ("source" or "target"); spans index the
    issue's first segment on that side (as the runner builds them)."""
    ids = issue.source_segments if side == "source" else issue.target_segments
    segments = document.source_segments if side == "source" else document.target_segments
    if not ids:
        return None
    segment = segment_by_id(segments, ids[0])
    if segment is None:
        return None
    span: Span | None = issue.source_span if side == "source" else issue.target_span
    if span is None:
        return Place(segment, 0, len(segment.text))
    start = max(0, min(span.start, len(segment.text)))
    end = max(start, min(span.end, len(segment.text)))
    return Place(segment, start, end)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of ``offset`` in ``text``; lines end at
    ``\n``, ``\r\n`` or a lone ``\r``, as the reader splits them (and as SARIF counts)."""
    offset = max(0, min(offset, len(text)))
    starts = _line_starts(text)
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


@lru_cache(maxsize=2)
def _line_starts(text: str) -> tuple[int, ...]:
    """Offsets where the lines of ``text`` start, for the text a report is placing its
    findings in (counting the newlines before each finding again cost 0.5 s on 10,000 pairs)."""
    return (0,) + tuple(match.end() for match in re.finditer("\r\n|\r|\n", text))


def document_region(document_text: str, where: Place) -> dict:
    """SARIF-style region (1-based lines/columns) of a place, using the segment's offset
    in the document text; falls back to the segment alone when the text disagrees."""
    segment = where.segment
    if indexes_document(document_text, segment):
        base_text = document_text
        start, end = segment.original_span(where.start, where.end)
    else:  # bilingual readers may hold segments that are not a slice of one text
        base_text, start, end = segment.text, where.start, where.end
    start_line, start_column = line_column(base_text, start)
    end_line, end_column = line_column(base_text, end)
    return {"startLine": start_line, "startColumn": start_column,
            "endLine": end_line, "endColumn": end_column}


def indexes_document(document_text: str | None, segment: Segment) -> bool:
    """True when the segment's start/end index ``document_text``: its text is that slice,
    or the normalised form of it (the segment then carries its offset map)."""
    if document_text is None or segment.end > len(document_text):
        return False
    if segment.offsets is not None:
        return segment.offsets.original_length == segment.end - segment.start
    return document_text[segment.start:segment.end] == segment.text


def visible(text: str) -> str:
    """A suggestion or span for plain-text reports: whitespace-only text is named, since a
    bare space reads as nothing at all."""
    if not text or text.strip():
        return text
    if text == " ":
        return "a single space"
    if set(text) == {" "}:
        return f"{len(text)} spaces"
    return "whitespace " + repr(text)


def segment_line(document: Document, segment: Segment, side: str) -> int | None:
    """1-based line of a segment in the file it was read from: the reader's line for a unit
    of a bilingual file, else computed from the segment's offset in the document text."""
    if "line" in segment.meta:
        line = segment.meta.get("line")
        return line if isinstance(line, int) and line > 0 else None
    text = document.source_text if side == "source" else document.target_text
    if not indexes_document(text, segment):
        return None
    return line_column(text, segment.start)[0]


def is_bilingual(document: Document) -> bool:
    """True when both sides come from one bilingual file (XLIFF, TMX, PO, TSV …)."""
    return document.source_path is not None and document.source_path == document.target_path


def lines_label(document: Document, ids, side: str) -> str:
    """``line 5`` / ``lines 5-6`` for segments of one side ('' when unknown)."""
    segments = document.source_segments if side == "source" else document.target_segments
    lines = sorted({line for i in ids if (segment := segment_by_id(segments, i)) is not None
                    and (line := segment_line(document, segment, side)) is not None})
    if not lines:
        return ""
    if len(lines) == 1:
        return f"line {lines[0]}"
    return f"lines {lines[0]}-{lines[-1]}"


def pair_label(document: Document, index: int) -> str:
    """How reports name a link for a person: ``pair 7 (ko line 5, en line 7)``; for a
    bilingual file ``pair 2 (unit u2, line 14)``. Pairs count from 1."""
    link = document.links[index]
    parts = []
    if is_bilingual(document):
        segments = [segment_by_id(document.source_segments, i) for i in link.source]
        unit_ids = [str(s.meta["unit_id"]) for s in segments if s is not None and s.meta.get("unit_id")]
        if unit_ids:
            parts.append(f"unit {', '.join(unit_ids)}")
        lines = lines_label(document, link.source or link.target, "source" if link.source else "target")
        if lines:
            parts.append(lines)
    else:
        for side, ids, tag in (("source", link.source, "ko"), ("target", link.target, "en")):
            lines = lines_label(document, ids, side)
            if lines or not ids:
                parts.append(f"{tag} {lines or '—'}")
    return f"pair {index + 1}" + (f" ({', '.join(parts)})" if parts else "")


_SURROGATE = re.compile("[\ud800-\udfff]")


def printable_path(path):
    """A file name as a report can write it. A name that is not UTF-8 (a legacy EUC-KR
    name, a byte 0xFF) reaches Python with its bad bytes as surrogate escapes, which no
    encoder writes: they become ``\\xff`` (backslash notation), the rest stays as it is."""
    if path is None:
        return None
    path = str(path)
    if not _SURROGATE.search(path):
        return path
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def printable_documents(documents: list[Document]) -> list[Document]:
    """The documents with their paths made writable (:func:`printable_path`); the same
    objects when there is nothing to change."""
    result = []
    for document in documents:
        source, target = printable_path(document.source_path), printable_path(document.target_path)
        if source == document.source_path and target == document.target_path:
            result.append(document)
        else:
            result.append(dataclasses.replace(document, source_path=source, target_path=target))
    return result


def writable(text: str) -> str:
    """A rendered report that any encoder writes: a lone surrogate left in it (text built
    by hand, not read from a file) becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _clean(text):
    return _SURROGATE.sub("\ufffd", text) if isinstance(text, str) and _SURROGATE.search(text) else text


def _clean_span(span: Span | None) -> Span | None:
    return span if span is None or not _SURROGATE.search(span.text) else Span(span.start, span.end, _clean(span.text))


def without_surrogates(document: Document) -> Document:
    """The document with every lone surrogate in its texts, messages and suggestions made
    U+FFFD (same lengths, so offsets hold): for a document built in code, since the readers
    never let one through. The same object when there is none."""
    texts = [document.source_text or "", document.target_text or ""]
    texts += [segment.text for segment in document.source_segments + document.target_segments]
    texts += [f"{issue.message}{issue.suggestion or ''}{issue.source_span.text if issue.source_span else ''}"
              f"{issue.target_span.text if issue.target_span else ''}" for issue in document.issues]
    if not any(_SURROGATE.search(text) for text in texts):
        return document
    segments = {side: [dataclasses.replace(segment, text=_clean(segment.text)) for segment in getattr(document, side)]
                for side in ("source_segments", "target_segments")}
    issues = [dataclasses.replace(issue, message=_clean(issue.message), suggestion=_clean(issue.suggestion),
                                  source_span=_clean_span(issue.source_span), target_span=_clean_span(issue.target_span))
              for issue in document.issues]
    return dataclasses.replace(document, source_text=_clean(document.source_text), target_text=_clean(document.target_text),
                               issues=issues, **segments)


def side_line(document: Document, issue: Issue, side: str) -> tuple[int, int] | None:
    """1-based (line, column) in the file where the issue points on ``side``: a bilingual
    unit's line (column 1), else the span's place in the document text."""
    where = place(document, issue, side)
    if where is None:
        return None
    line = where.segment.meta.get("line")
    if isinstance(line, int) and line > 0:
        return line, 1
    text = document.target_text if side == "target" else document.source_text
    region = document_region(text or "", where)
    return region["startLine"], region["startColumn"]


def issue_location(document: Document, issue: Issue) -> tuple[str, int, int]:
    """(path, line, column) for one-line formats: the translation's place when the issue
    has one (that is what gets edited), else the source's; line 1 for a document finding."""
    for side in ("target", "source"):
        found = side_line(document, issue, side)
        if found is not None:
            path = document.target_path if side == "target" else document.source_path
            return (path or document.source_path or "-"), found[0], found[1]
    return (document.target_path or document.source_path or "-"), 1, 1
