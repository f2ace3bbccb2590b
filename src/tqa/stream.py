"""Big inputs read as a stream and checked section by section, in flat memory.

One big input — a TSV or JSONL file of translation units, or two plain-text files read
line by line (``--parallel``) — of more than :data:`SECTION` pairs is not read whole.
It is read twice, line by line: once to check it (a bad line is the same one-line error,
exit 2, before any report is written), then in *sections* of :data:`SECTION` pairs,
each checked as one document — the rules, their analyses, the Korean analyser's cache —
and let go before the next is read. A JSONL report is written section by section as the
findings come (to a temporary file beside the report, renamed over it at the end); the
other formats hold every finding by nature and get the sections joined into one
document (:func:`join_sections`).

What this changes, and what it does not:

* every pair rule sees exactly the pair it sees in one document, so its findings are the
  same; segment ids, lines, fingerprints and the order of the findings are the input's
  (a section's are shifted by what came before; the fingerprints' occurrence counts run
  over the whole input);
* the rules that compare pairs with each other — a name or a term rendered two ways
  (TQA2xx), a number and its neighbours, the document's language — compare the pairs of
  one section. Keeping what they compare for the whole input would grow with it (a
  recurring term's rendering is inferred from word statistics over every pair), so a
  section is the document they see. ``--section 0`` reads the input as one document,
  as before: every pair compared with every other, memory growing with the input.

Inputs of at most :data:`SECTION` pairs, other formats (XLIFF, TMX, PO, CSV, subtitles),
files not in UTF-8 and runs over several files are read whole, as before.
"""
from __future__ import annotations

import dataclasses
import gc
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice, zip_longest
from pathlib import Path
from typing import Callable, Iterator

from .document import Document, Link, RuleError

#: pairs per section (``tqa check --section N``); with ``--fast -j 1`` a run in sections of
#: 20,000 pairs peaks near 0.7 GB whatever the input's size, 0.4 GB of it the Korean analyser
SECTION = 20_000
#: formats written section by section as the findings come
STREAMED_FORMATS = frozenset({"jsonl"})
#: bilingual formats read line by line
LINE_FORMATS = (".tsv", ".jsonl")

_UTF8_BOM = b"\xef\xbb\xbf"
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")


# --- reading ----------------------------------------------------------------------------

def _encoded_lines(path: str) -> Iterator[bytes]:
    """The lines of ``path`` as bytes, each with its ``\\n``, a UTF-8 byte-order mark dropped."""
    with open(path, "rb") as stream:
        first = True
        for line in stream:
            if first:
                first = False
                if line.startswith(_UTF8_BOM):
                    line = line[len(_UTF8_BOM):]
            yield line


def plain_utf8(path: str) -> bool:
    """True when ``path`` decodes as UTF-8 (the readers' first choice) with its lines ended
    by ``\\n``, holds text and no NUL: the files :mod:`tqa.stream` reads line by line the
    way the readers read them whole. Anything else is read whole, as before (an encoding
    guessed, an error said)."""
    controls = length = 0
    text_seen = newline = False
    try:
        for line in _encoded_lines(path):
            if b"\x00" in line:
                return False
            newline = newline or line.endswith(b"\n")
            decoded = line.decode("utf-8")
            length += len(decoded)
            controls += len(_BINARY_CONTROL.findall(decoded))
            text_seen = text_seen or bool(decoded.strip())
    except (OSError, UnicodeDecodeError):
        return False
    return text_seen and newline and not (controls and controls * 100 > length)


def _text_lines(path: str) -> Iterator[str]:
    """Lines without their ``\\n`` (a ``\\r`` before it kept), as :func:`tqa.io.encoding.file_lines`
    splits a decoded file."""
    last = None
    for line in _encoded_lines(path):
        last = line
        yield line[:-1].decode("utf-8") if line.endswith(b"\n") else line.decode("utf-8")
    if last is None or last.endswith(b"\n"):
        yield ""  # the text after the last newline, as str.split gives it


def _document_lines(path: str) -> Iterator[str]:
    """Lines with their ends (``\\n``, ``\\r\\n`` or a lone ``\\r``), as
    :func:`tqa.pipeline._line_segments` splits a plain-text document."""
    for line in _encoded_lines(path):
        decoded = line.decode("utf-8")
        if "\r" in decoded:
            yield from (part for part in _LONE_CR.split(decoded) if part)
        else:
            yield decoded


def units(path: str) -> Iterator:
    """The translation units of a TSV or JSONL file, one by one, as its reader gives them."""
    from .io.bilingual import replace_unwritable
    from .io.jsonl import iter_jsonl
    from .io.tabular import iter_units, rows_tsv_lines

    if Path(path).suffix.lower() == ".jsonl":
        found = iter_jsonl(_text_lines(path), path)
    else:
        found = iter_units(rows_tsv_lines(_text_lines(path)), path)
    for unit in found:
        replace_unwritable(unit, path)
        yield unit


def _content_lines(path: str) -> int:
    """Lines of a plain-text document up to its last non-blank one."""
    from .io.normal import IGNORABLE_PATTERN

    count = last = 0
    for line in _document_lines(path):
        count += 1
        # blank once normalised: nothing but white space and characters normalising drops
        if line.strip() and (line.isascii() or IGNORABLE_PATTERN.sub("", line).strip()):
            last = count
    return last


@contextmanager
def _quiet():
    """Input warnings held back (the checking read says them once, the second read says them)."""
    from .io.errors import INPUT_LOG

    previous = INPUT_LOG.disabled
    INPUT_LOG.disabled = True
    try:
        yield
    finally:
        INPUT_LOG.disabled = previous


@dataclass
class Plan:
    """How one input is read: ``kind`` "units" (TSV, JSONL) or "lines" (``--parallel``),
    its pairs (units, or lines up to the last non-blank one) and the section size."""

    source: str
    target: str | None
    kind: str
    pairs: int
    section: int

    @property
    def sections(self) -> int:
        return -(-self.pairs // self.section)


def plan(source: str, target: str | None, options, section: int = SECTION) -> Plan | None:
    """The plan for reading ``source`` (and ``target``) in sections, or None when the input
    is read whole: a section size of 0, an input of at most ``section`` pairs, a format or
    an encoding not read line by line. Reads the input once, through, to count it and to
    raise its :class:`InputError` (the one reading it whole would raise) before anything
    is checked or written."""
    from .io.errors import InputError

    if section <= 0:
        return None
    if target is None:
        if Path(source).suffix.lower() not in LINE_FORMATS or not plain_utf8(source):
            return None
        with _quiet():
            count = sum(1 for _ in units(source))
        if count == 0:
            return None  # "no translation units found", said by the whole reader
        kind = "units"
    else:
        if not options.parallel or Path(source).suffix.lower() == ".srt" or Path(target).suffix.lower() == ".srt":
            return None
        if Path(source).resolve() == Path(target).resolve():
            return None  # refused by the whole reader
        if not (plain_utf8(source) and plain_utf8(target)):
            return None
        source_lines, target_lines = _content_lines(source), _content_lines(target)
        if source_lines != target_lines:
            raise InputError(target, f"--parallel needs the same number of lines on both sides: "
                                     f"{source} has {source_lines}, this file has {target_lines}")
        count = source_lines
        kind = "lines"
    if count <= section:
        return None
    return Plan(str(source), None if target is None else str(target), kind, count, section)


@dataclass
class Section:
    """One section, checked: its document (ids, offsets and lines its own) and where it
    stands in the input."""

    document: Document
    index: int
    #: the input's segments and links before this section
    source_segments: int
    target_segments: int
    links: int
    #: characters of each side's document text before this section (with the separator)
    source_chars: int
    target_chars: int
    #: file lines before this section (``--parallel``; a unit knows its own line)
    lines: int


def section_documents(plan: Plan, options) -> Iterator[tuple[Document, int]]:
    """(document, file lines before it) for each section of the input, built as the whole
    reader builds the whole document."""
    from .pipeline import bilingual_document, parallel_document

    if plan.kind == "units":
        stream = units(plan.source)
        while True:
            chunk = list(islice(stream, plan.section))
            if not chunk:
                return
            yield bilingual_document(plan.source, chunk), 0
            chunk = None  # not held while the next section is read
    source_lines = _document_lines(plan.source)
    target_lines = _document_lines(plan.target)
    paired = islice(zip_longest(source_lines, target_lines, fillvalue=""), plan.pairs)
    before = 0
    while True:
        chunk = list(islice(paired, plan.section))
        if not chunk:
            return
        sides = [_side(plan.source, [s for s, _ in chunk]), _side(plan.target, [t for _, t in chunk])]
        lines = len(chunk)
        chunk = None
        document = parallel_document(*sides, counted=False)
        sides = None  # not held while the next section is read
        yield document, before
        document = None
        before += lines


def _side(path: str, lines: list[str]):
    from .io.normal import normalise
    from .pipeline import Side

    text = "".join(lines)
    checked, offsets = normalise(text)
    return Side(path, text, checked, offsets, None)


def check_sections(plan: Plan, options, pool=None) -> Iterator[Section]:
    """Each section of the input, checked (with ``pool``: its pair-local rules on the
    workers, as ``-j N`` checks one document), its findings fingerprinted over the whole
    input. The Korean analyser keeps the analyses of one section at a time."""
    from .baseline import fingerprint_document
    from .pipeline import score_given_links, warn_if_swapped, check_document, resources_for

    seen: dict[str, int] = {}
    counts = [0, 0, 0, 0, 0]  # source segments, target segments, links, source chars, target chars
    build_options = options
    if pool is not None:
        from .parallel import deferred_scores

        build_options = deferred_scores(options)
    resources = resources_for(options)
    for index, (document, lines) in enumerate(section_documents(plan, options)):
        with resources.activate():
            if index == 0:
                warn_if_swapped(document)
            score_given_links(document, build_options)
        if pool is not None:
            from .parallel import run_chunked

            score = not options.fast and (plan.target is None or options.parallel)
            check_document(document, options,
                           run=lambda d, rules, context: run_chunked(d, rules, context, options, pool, score))
        else:
            check_document(document, options)
        fingerprint_document(document, seen)
        yield Section(document, index, counts[0], counts[1], counts[2], counts[3], counts[4], lines)
        separator = 1 if plan.kind == "units" else 0
        counts = [counts[0] + len(document.source_segments), counts[1] + len(document.target_segments),
                  counts[2] + len(document.links), counts[3] + len(document.source_text) + separator,
                  counts[4] + len(document.target_text) + separator]
        keep_analyses(resources, document)
        document.analyses = type(document.analyses)(document)
        document.__dict__.pop("_pairs_cache", None)
        del document  # let it go before the next section is read (the caller keeps what it needs)
        # a document, its pairs and its analyses point at each other: only the cyclic
        # collector frees them, and a run tunes it to collect rarely (tqa.runtime)
        gc.collect()


def keep_analyses(resources, document: Document) -> None:
    """The Korean analyser's caches cut to the texts of ``document`` (the section just
    checked): a cache bounded by a section, whatever the input's size."""
    analyser = getattr(resources, "_korean", None)
    if analyser is None:
        return
    keep = {segment.text for segment in document.source_segments}
    for pair in document.pairs():
        keep.add(pair.source)
        keep.add(pair.source_plain)
    for name in ("_cache", "_span_cache"):
        cache = getattr(analyser, name, None)
        if isinstance(cache, dict) and len(cache) > len(keep):
            kept = {text: value for text, value in cache.items() if text in keep}
            cache.clear()
            cache.update(kept)


# --- the findings in the input's numbering -----------------------------------------------

def shift_issues(section: Section) -> None:
    """The section's findings and errors numbered as in the whole input."""
    for issue in section.document.issues:
        issue.source_segments = [i + section.source_segments for i in issue.source_segments]
        issue.target_segments = [i + section.target_segments for i in issue.target_segments]
    for error in section.document.errors:
        if error.pair is not None:
            error.pair += section.links


def records(section: Section) -> Iterator[dict]:
    """The JSONL records of a section's findings, as :func:`tqa.report.json_report.render_jsonl`
    writes them for the whole input (segment ids and lines the input's)."""
    from .report.common import printable_documents, without_surrogates
    from .report.json_report import issue_to_dict

    document = printable_documents([without_surrogates(section.document)])[0]
    for issue in document.issues:
        record = {"source_path": document.source_path, "target_path": document.target_path}
        record.update(issue_to_dict(issue, document))
        record["source_segments"] = [i + section.source_segments for i in record["source_segments"]]
        record["target_segments"] = [i + section.target_segments for i in record["target_segments"]]
        for side in ("source", "target"):
            key = f"{side}_line"
            if key in record and not _unit_lines(document):
                record[key] += section.lines
        yield record


def _unit_lines(document: Document) -> bool:
    """The segments carry their file lines (translation units): nothing to shift."""
    segments = document.source_segments or document.target_segments
    return bool(segments) and isinstance(segments[0].meta.get("line"), int)


def join_sections(sections: list[Section]) -> Document:
    """The sections as the one document of the input, for a report that holds it all."""
    first = sections[0].document
    separator = "\n" if _unit_lines(first) else ""
    joined = Document(first.source_path, first.target_path,
                      separator.join(s.document.source_text for s in sections),
                      separator.join(s.document.target_text for s in sections), [], [], [])
    errors: dict[str, RuleError] = {}
    for section in sections:
        document = section.document
        for side, shift, chars in (("source", section.source_segments, section.source_chars),
                                   ("target", section.target_segments, section.target_chars)):
            getattr(joined, f"{side}_segments").extend(
                dataclasses.replace(segment, id=segment.id + shift, start=segment.start + chars,
                                    end=segment.end + chars)
                for segment in getattr(document, f"{side}_segments"))
        joined.links.extend(Link(tuple(i + section.source_segments for i in link.source),
                                 tuple(i + section.target_segments for i in link.target), link.score)
                            for link in document.links)
        shift_issues(section)
        joined.issues.extend(document.issues)
        for error in document.errors:
            errors.setdefault(error.rule, error)  # a rule is reported once, at its first failure
        joined.skipped.update(document.skipped)
        for name, rows in document.tables.items():
            _merge_table_rows(joined.tables.setdefault(name, []),
                              (_shifted_row(row, section.source_segments, section.target_segments) for row in rows))
        joined.signature = joined.signature or document.signature
    joined.errors = list(errors.values())
    return joined


def _shifted_row(row: dict, source_shift: int, target_shift: int) -> dict:
    """A names/terms table row of a section with its segment ids in whole-input numbering."""
    shifted = dict(row)
    if "source_segments" in row:
        shifted["source_segments"] = [i + source_shift for i in row["source_segments"]]
    if "renderings" in row:
        shifted["renderings"] = [dict(r, target_segments=[i + target_shift for i in r.get("target_segments", [])])
                                 for r in row["renderings"]]
    return shifted


def _merge_table_rows(rows: list[dict], new_rows) -> None:
    """Add a section's table rows: a row for a name or term already listed (same source and
    kind) is merged into it — segments joined, renderings of the same text counted together —
    so the joined report lists each name once."""
    index = {(row.get("source"), row.get("kind")): row for row in rows}
    for row in new_rows:
        key = (row.get("source"), row.get("kind"))
        old = index.get(key)
        if old is None or "renderings" not in row or "renderings" not in old:
            rows.append(row)
            index.setdefault(key, row)
            continue
        old["source_segments"] = sorted(set(old.get("source_segments", [])) | set(row.get("source_segments", [])))
        renderings = {r["text"]: r for r in old["renderings"]}
        for rendering in row["renderings"]:
            same = renderings.get(rendering["text"])
            if same is None:
                old["renderings"].append(rendering)
                renderings[rendering["text"]] = rendering
                continue
            same["count"] = same.get("count", 0) + rendering.get("count", 0)
            same["target_segments"] = sorted(set(same.get("target_segments", []))
                                             | set(rendering.get("target_segments", [])))
            if "forms" in rendering or "forms" in same:
                forms = {f["text"]: dict(f) for f in same.get("forms", [])}
                for form in rendering.get("forms", []):
                    forms.setdefault(form["text"], {"text": form["text"], "count": 0})["count"] += form["count"]
                same["forms"] = list(forms.values())
        old["renderings"].sort(key=lambda r: -r.get("count", 0))


# --- writing a JSONL report as it comes ----------------------------------------------------

class StreamedReport:
    """A JSONL report written as the sections come: to stdout, or to a temporary file
    beside ``output`` renamed over it by :meth:`commit` (never a half-written report;
    :meth:`abandon` removes it)."""

    def __init__(self, output: str | None, protected: list[tuple[str, str | None]]):
        self.output = output
        self.temporary = None
        self.stream = None
        self.target = None
        if output is None or output == "-":
            return
        from .cli import refuse_protected_output, report_target, temporary_beside
        from .io.errors import InputError

        refuse_protected_output(output, protected)
        target, folder = report_target(output)
        if folder is None:  # /dev/stdout, a named pipe …
            self.stream = open(target, "w", encoding="utf-8", errors="backslashreplace", newline="")
            return
        try:
            self.stream, self.temporary = temporary_beside(target, folder)
        except OSError as error:
            raise InputError(output, f"cannot write the report: {error.strerror or error}") from None
        self.target = target

    def write(self, text: str) -> None:
        if not text:
            return
        if self.stream is None:
            from .cli import emit

            emit(text, utf8=True)
            return
        try:
            self.stream.write(text)
        except OSError as error:
            from .io.errors import InputError

            raise InputError(self.output, f"cannot write the report: {error.strerror or error}") from None

    def commit(self) -> None:
        if self.stream is None:
            return
        from .cli import report_file_mode
        from .io.errors import InputError

        try:
            self.stream.close()
            if self.temporary is not None:
                os.chmod(self.temporary, report_file_mode(self.target))
                os.replace(self.temporary, self.target)
                self.temporary = None
        except OSError as error:
            raise InputError(self.output, f"cannot write the report: {error.strerror or error}") from None
        finally:
            self.abandon()

    def abandon(self) -> None:
        if self.stream is not None and not self.stream.closed:
            self.stream.close()
        if self.temporary is not None and os.path.exists(self.temporary):
            os.unlink(self.temporary)
        self.temporary = None


def jsonl_lines(section: Section) -> str:
    import json

    from .report.common import writable

    lines = [json.dumps(record, ensure_ascii=False) for record in records(section)]
    return writable("".join(line + "\n" for line in lines))


@dataclass
class Outcome:
    """What a streamed run leaves for the verdict: any rule error, the failing findings."""

    errors: bool = False
    failing: bool = False
    issues: int = 0
    sections: int = 0
    #: the joined document, when a report needs the whole input
    documents: list[Document] = field(default_factory=list)


def run(plan: Plan, options, streamed: list[StreamedReport], whole: bool, decisions: dict,
        counts_toward: Callable, pool=None, advance: Callable[[str], None] = lambda name: None) -> Outcome:
    """Check the input section by section: each section's findings go to the ``streamed``
    reports at once; with ``whole`` the sections are also kept and joined (returned in
    ``documents``) for the reports that need the whole input."""
    from .baseline import apply_baseline

    outcome = Outcome()
    kept: list[Section] = []
    for section in check_sections(plan, options, pool):
        apply_baseline([section.document], decisions)
        outcome.sections += 1
        outcome.errors = outcome.errors or bool(section.document.errors)
        outcome.failing = outcome.failing or any(counts_toward(issue) for issue in section.document.issues)
        outcome.issues += len(section.document.issues)
        if streamed:
            text = jsonl_lines(section)
            for report in streamed:
                report.write(text)
        if whole:
            kept.append(section)
        else:
            section.document = Document(section.document.source_path, section.document.target_path, "", "", [], [])
    if whole:
        outcome.documents = [join_sections(kept)]
    advance(plan.source)
    return outcome
