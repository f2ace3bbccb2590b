"""read → segment → align → check.

:func:`build_document` turns input paths into a :class:`Document` with segments and
links; :func:`check_document` runs the selected rules over it. The CLI, the benchmarks
and library users all go through these two functions.

What a run computes with (the Korean analyser and its caches, the embedder, the language
model) is a :class:`tqa.resources.Resources` made from the run's :class:`Options` on first
use (:func:`resources_for`) and kept on them, so the calls of one run (build, then check,
document after document) share it and two runs with different options never do. A
worker process builds its own from its options.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

from .document import Document, Link, Segment
from .io import InputError, is_bilingual, read_bilingual, read_srt, read_text
from .io.errors import warn
from .io.normal import OffsetMap, normalise, replace_surrogates


@dataclass
class Options:
    segmented: bool = False
    parallel: bool = False
    fast: bool = False
    select: list[str] | None = None
    ignore: list[str] | None = None
    glossaries: list[str] = field(default_factory=list)
    severities: dict[str, str] = field(default_factory=dict)
    #: glob → rule codes whose findings are suppressed in matching files ([per-file-ignores])
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    #: the reports' names table: computed with the name/term rules unless False
    names_table: bool = True
    #: similarity scores of given links (--parallel, bilingual files) computed while the
    #: document is built; False leaves them to the caller (``tqa check -j N`` scores them
    #: in the worker processes, chunk by chunk)
    score_links: bool = True
    #: the Korean analyser's options (:class:`tqa.ko.analyser.AnalyserOptions`; None: from
    #: the environment, ``TQA_KIWI_MULTI_DICT``, ``TQA_ANALYSIS_CACHE``, ``TQA_CACHE_DIR``)
    korean: object = None
    #: what the run computes with (:func:`resources_for` makes it on first use)
    resources: object = field(default=None, compare=False, repr=False)


def resources_for(options: "Options") -> "Resources":
    """The run's :class:`tqa.resources.Resources`: made from ``options`` on first use and
    kept on them (one set of options, one run's resources)."""
    from .resources import Resources

    resources = options.resources
    if resources is None or (options.korean is not None and resources.korean_options != options.korean):
        resources = options.resources = Resources(korean=options.korean)
    return resources


def _line_segments(text: str) -> list[tuple[int, int, str]]:
    """Every line of ``text`` as (start, end, stripped text), blank lines included.

    Lines end at ``\n`` (``\r\n``, a lone ``\r``) only, as editors and ``wc -l`` count
    them: a U+2028 or form feed inside a line does not start another one."""
    lines = []
    position = 0
    if "\r" not in text:  # the usual case: the same lines by str.split (each piece its line without "\n")
        pieces = text.split("\n")
        if not pieces[-1]:
            pieces.pop()  # nothing after the last line feed
        for body in pieces:
            stripped = body.strip()
            lead = len(body) - len(body.lstrip())
            lines.append((position + lead, position + lead + len(stripped), stripped))
            position += len(body) + 1
        return lines
    for raw in re.split(r"(?<=\n)|(?<=\r)(?!\n)", text):
        if not raw:
            continue
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        lead = len(body) - len(body.lstrip())
        lines.append((position + lead, position + lead + len(stripped), stripped))
        position += len(raw)
    return lines


def _parallel_document(source_path: str, target_path: str) -> Document:
    return parallel_document(read_side(source_path), read_side(target_path))


def parallel_document(source: "Side", target: "Side", counted: bool = True) -> Document:
    """The document of two sides read line by line (``--parallel``): line i of one is
    linked to line i of the other. ``counted``: the sides must have the same number of
    lines (trailing blank lines aside); :mod:`tqa.stream` checks that for the whole
    files and passes False for a section of them."""
    source_path, target_path = source.path, target.path
    source_text, target_text = source.checked, target.checked
    source_lines, target_lines = _line_segments(source_text), _line_segments(target_text)
    # trailing blank lines do not count as lines of the document
    while source_lines and not source_lines[-1][2]:
        source_lines.pop()
    while target_lines and not target_lines[-1][2]:
        target_lines.pop()
    if counted and len(source_lines) != len(target_lines):
        raise InputError(target_path, f"--parallel needs the same number of lines on both sides: "
                                      f"{source_path} has {len(source_lines)}, this file has {len(target_lines)}")
    source_segments: list[Segment] = []
    target_segments: list[Segment] = []
    links: list[Link] = []
    for (s_start, s_end, s_text), (t_start, t_end, t_text) in zip(source_lines, target_lines):
        if not s_text and not t_text:
            continue
        source_ids: tuple[int, ...] = ()
        target_ids: tuple[int, ...] = ()
        if s_text:
            source_ids = (len(source_segments),)
            source_segments.append(Segment(len(source_segments), s_text, s_start, s_end))
        if t_text:
            target_ids = (len(target_segments),)
            target_segments.append(Segment(len(target_segments), t_text, t_start, t_end))
        links.append(Link(source_ids, target_ids))
    source.place(source_segments)
    target.place(target_segments)
    return Document(source_path, target_path, source.text, target.text, source_segments, target_segments, links)


def _bilingual_document(path: str) -> Document:
    return bilingual_document(path, read_bilingual(path))


def bilingual_document(path: str, units: list) -> Document:
    """The document of a bilingual file's translation units (or of a section of them):
    unit i is linked to itself, source to target."""
    if not units:
        raise InputError(path, "no translation units found")
    metas = []
    for unit in units:
        meta = dict(unit.meta)
        if unit.id is not None:
            meta.setdefault("unit_id", unit.id)
        if unit.note:
            meta.setdefault("note", unit.note)
        metas.append(meta)
    source_text, source_segments = unit_segments([unit.source for unit in units], metas)
    target_text, target_segments = unit_segments([unit.target for unit in units], metas)
    links = [Link((index,), (index,)) for index in range(len(units))]
    return Document(path, path, source_text, target_text, source_segments, target_segments, links)


def unit_segments(texts: list[str], metas: list[dict] | None = None) -> tuple[str, list[Segment]]:
    """One segment per text (a unit of a bilingual file, a sentence given from code), each
    normalised (:func:`tqa.io.normal.normalise`), and the document text they index: the
    texts as given, joined by newlines."""
    segments: list[Segment] = []
    offset = 0
    for index, text in enumerate(texts):
        checked, offsets = normalise(text)
        segments.append(Segment(index, checked, offset, offset + len(text),
                                meta=metas[index] if metas is not None else {}, offsets=offsets))
        offset += len(text) + 1
    return "\n".join(texts), segments


@dataclass
class Side:
    """One document as read: ``text`` as decoded from the file, ``checked`` the same text
    normalised for the checks (NFC, no zero-width characters; the same object when nothing
    changed), ``offsets`` the map from ``checked`` back to ``text``, and for a subtitle file
    the file line of each line of ``text``."""

    path: str
    text: str
    checked: str
    offsets: OffsetMap | None
    file_lines: list[int] | None

    def place(self, segments: list[Segment]) -> None:
        """Segments found in ``checked`` made to point into ``text``: their file lines
        (subtitles), then their start and end mapped back, each with its own offset map."""
        mark_file_lines(segments, self.checked, self.file_lines)
        if self.offsets is None:
            return
        for segment in segments:
            start, end = segment.start, segment.end
            segment.start, segment.end = self.offsets.start(start), max(self.offsets.start(start),
                                                                        self.offsets.end(end))
            segment.offsets = self.offsets.slice(start, end)


def read_side(path: str) -> Side:
    """Read one document (:func:`read_document_text`) and normalise it once for the checks."""
    text, file_lines = read_document_text(path)
    checked, offsets = normalise(text)
    return Side(str(path), text, checked, offsets, file_lines)


def read_document_text(path: str) -> tuple[str, list[int] | None]:
    """The text of one side, and for a subtitle file the file line of each of its lines.

    A subtitle file (.srt) gives its cue texts, one cue a line (numbers and timings
    dropped), with the line in the file where each cue's text starts, so reports can
    point at the file (:func:`mark_file_lines`); any other file is read as plain text."""
    if Path(path).suffix.lower() == ".srt":
        return read_srt(path)
    return read_text(path), None


def mark_file_lines(segments: list[Segment], text: str, file_lines: list[int] | None) -> None:
    """Record in each segment's ``meta["line"]`` the file line of the text line it starts
    on, when the document text is not the file (subtitles)."""
    if not file_lines:
        return
    line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
    for segment in segments:
        index = bisect.bisect_right(line_starts, segment.start) - 1
        if index < len(file_lines):
            segment.meta["line"] = file_lines[index]


def build_document(source_path: str, target_path: str | None = None, options: Options | None = None) -> Document:
    """Read, segment and align; raises :class:`InputError` for bad input. Warns (one line)
    when the source looks English and the translation Korean."""
    options = options or Options()
    with resources_for(options).activate():
        document = _build_document(source_path, target_path, options)
        warn_if_swapped(document)
    return document


def warn_if_swapped(document: Document) -> None:
    """``SOURCE looks English and TARGET Korean: swapped?`` — before any report, whether or
    not TQA004 (which reports the same finding) is selected."""
    from .checks.language import looks_swapped

    if looks_swapped(document):
        if document.source_path == document.target_path:
            warn(document.source_path, "the source column looks English and the target column Korean: swapped?")
        else:
            warn(None, f"SOURCE looks English and TARGET Korean: swapped? "
                       f"(SOURCE {document.source_path}, TARGET {document.target_path})")


def _build_document(source_path: str, target_path: str | None = None, options: Options | None = None) -> Document:
    options = options or Options()
    source_path = str(source_path)
    if target_path is None:
        if not is_bilingual(source_path):
            raise InputError(source_path, "one file given but it is not a bilingual format "
                                          "(.xlf .xliff .tmx .po .tsv .csv .jsonl); give SOURCE and TARGET")
        document = _bilingual_document(source_path)
        score_given_links(document, options)
        return document
    target_path = str(target_path)
    if Path(source_path).resolve() == Path(target_path).resolve():
        raise InputError(target_path, "SOURCE and TARGET are the same file")
    if options.parallel:
        document = _parallel_document(source_path, target_path)
        score_given_links(document, options)
        return document

    source, target = read_side(source_path), read_side(target_path)
    from .align import align_segments
    from .segment import segment_document

    source_segments = segment_document(source.checked, "ko", segmented=options.segmented)
    target_segments = segment_document(target.checked, "en", segmented=options.segmented)
    links = align_segments(source_segments, target_segments, mode="fast" if options.fast else "default")
    source.place(source_segments)
    target.place(target_segments)
    return Document(source_path, target_path, source.text, target.text, source_segments, target_segments, links)


def score_given_links(document: Document, options: Options) -> None:
    """Semantic similarity for links that were given rather than found (skipped by --fast)."""
    if options.fast or not options.score_links or not document.links:
        return
    from .align import score_links

    score_links(document.source_segments, document.target_segments, document.links)


def context_for(options: Options):
    """The check context of a run with ``options`` (glossaries loaded, the run's
    resources attached) and the glossaries."""
    from .checks.runner import CheckContext

    glossaries = []
    if options.glossaries:
        from .glossary import load_glossary

        glossaries = [load_glossary(path) for path in options.glossaries]
    context = CheckContext(fast=options.fast, glossaries=glossaries, severities=dict(options.severities),
                           resources=resources_for(options))
    return context, glossaries


def check_document(document: Document, options: Options | None = None, run=None) -> Document:
    """Run the selected rules; fills ``document.issues`` (and ``document.errors`` for rules
    that raised) and returns the document.

    The rules declare the analyses they read; :func:`tqa.checks.runner.run_checks` computes
    exactly those (a ``--select number`` run never starts the Korean analyser). ``run``
    replaces ``run_checks`` (same arguments and result): ``tqa check -j N`` passes one that
    spreads the pairs over worker processes (:mod:`tqa.parallel`)."""
    options = options or Options()
    resources = resources_for(options)
    with resources.activate():
        return _check_document(document, options, run)


def _check_document(document: Document, options: Options, run) -> Document:
    from .checks.runner import needed_analyses, run_checks, select_rules
    from .signature import run_signature

    context, glossaries = context_for(options)
    rules = select_rules(options.select, options.ignore)
    (run or run_checks)(document, rules, context)
    if options.names_table and "names" in needed_analyses(rules, options.fast):
        # the reports' names table comes with the name and term rules (from the analyses
        # the rules computed, so it costs little)
        from .analyse import run_analysers

        run_analysers(document, ["names_table"], context)
    from .baseline import apply_suppressions, fingerprint_document

    apply_suppressions(document, options.per_file_ignores)
    fingerprint_document(document)
    document.signature = run_signature(rules, options, glossaries)
    context.resources.save()  # keeps this run's analyses when TQA_ANALYSIS_CACHE=1
    return document


def check_pairs(pairs, options: Options | None = None) -> Document:
    """Check already-aligned (Korean, English) sentence pairs from code."""
    from .document import document_from_pairs

    options = options or Options()
    pairs = [(_given_text(source, index, "source"), _given_text(target, index, "target"))
             for index, (source, target) in enumerate(pairs)]
    document = document_from_pairs(pairs)
    for side, texts in (("source", [s for s, _ in pairs]), ("target", [t for _, t in pairs])):
        text, segments = unit_segments(texts)
        setattr(document, f"{side}_text", text)
        setattr(document, f"{side}_segments", segments)
    with resources_for(options).activate():
        score_given_links(document, options)
    return check_document(document, options)


def _given_text(text, index: int, side: str) -> str:
    """A pair's text from code, with lone surrogates (which no file can hold) made U+FFFD
    and a warning naming the pair."""
    text = str(text)
    cleaned, replaced = replace_surrogates(text)
    if replaced:
        warn("(pairs)", f"pair {index + 1}: {side} has unencodable code point(s) "
                        f"{', '.join(replaced)}; read as U+FFFD")
    return cleaned


def check_paths(source_path: str, target_path: str | None = None, options: Options | None = None) -> Document:
    """Convenience: :func:`build_document` then :func:`check_document`."""
    options = options or Options()
    return check_document(build_document(source_path, target_path, options), options)
