"""The data model: a source document, a target document, the links between their
segments and the issues found. Offsets are code points (Python ``str`` indices).

Segment ``start``/``end`` index the document text as read; Span ``start``/``end``
index the segment's own ``text``, which is normalised (NFC, no zero-width characters):
:meth:`Segment.original_span` maps a span back to the text as read. This mirrors the JSON report (schema 1) in
``design.md``; :func:`tqa.report.json_report.document_to_dict` serialises it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:  # the analysis types, for readers and type checkers only
    from .analyse.direction import PairDirections
    from .analyse.korean import KoreanAnalysis
    from .analyse.literal import PairReading
    from .analyse.names import NamesAnalysis
    from .analyse.polarity import PairPolarity
    from .analyse.quantities import PairMatch
    from .analyse.term_lexicon import TermLexiconAnalysis
    from .analyse.term_recurrence import TermRecurrence
    from .analyse.terms import TermsAnalysis
    from .io.normal import OffsetMap

SEVERITIES = ("critical", "major", "minor", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(reversed(SEVERITIES))}  # info=0 … critical=3

FAMILIES = (
    "number", "date", "name", "term", "literal", "fluency",
    "omission", "addition", "untranslated", "punctuation", "markup", "meaning",
)


@dataclass
class Segment:
    """One sentence (or one unit of a bilingual file) and where it stands in its document."""

    id: int
    text: str
    start: int
    end: int
    paragraph: int = 0
    #: free-form facts from the reader: unit id, note, inline-tag placeholders …
    meta: dict = field(default_factory=dict)
    #: when ``text`` is not the document's characters as read (normalised to NFC, zero-width
    #: characters taken out; :mod:`tqa.io.normal`): the map from offsets of ``text`` to
    #: offsets of ``document_text[start:end]``
    offsets: "OffsetMap | None" = field(default=None, repr=False, compare=False)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the document as read of ``text[start:end]``."""
        if self.offsets is None:
            return self.start + start, self.start + end
        begin = self.offsets.start(start)
        return self.start + begin, self.start + max(begin, self.offsets.end(end))


@dataclass(frozen=True)
class Span:
    """A stretch of one segment's text."""

    start: int
    end: int
    text: str


@dataclass
class Link:
    """An n:m alignment link. ``source=()`` is an addition, ``target=()`` an omission."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float | None = None


@dataclass
class Issue:
    rule: str
    check: str
    severity: str
    message: str
    source_segments: list[int] = field(default_factory=list)
    target_segments: list[int] = field(default_factory=list)
    source_span: Span | None = None
    target_span: Span | None = None
    suggestion: str | None = None
    confidence: float | None = None
    mqm: str = ""
    its: str = ""
    #: names the finding across runs (:mod:`tqa.baseline`); set when the check is done
    fingerprint: str | None = None
    #: a decision that keeps it from failing the run: accepted, false-alarm, fix-later
    #: (a baseline file) or suppressed (an inline ``tqa: ignore`` note, per-file ignores)
    baseline: str | None = None
    #: guidance for a person, where ``suggestion`` is not replacement text ("remove it")
    advice: str | None = None


class AnalysisMissing(RuntimeError):
    """A rule read an analysis that the run did not compute (it is not in the rule's ``requires``)."""


class Analyses:
    """What the analysers (:mod:`tqa.analyse`) found in one document, one typed attribute
    per analysis. The pipeline computes exactly the analyses the selected rules declare
    (``requires``) before the rules run. Read outside a run (a library call, a test), a
    missing analysis is computed on first access with default options, unless the
    document is ``strict`` — then reading it raises :class:`AnalysisMissing`, which is
    how the tests prove that every rule declares what it reads."""

    korean: "KoreanAnalysis"
    quantities: "list[PairMatch]"                 # per pair, in link order
    names: "NamesAnalysis"
    terms: "TermsAnalysis"
    term_recurrence: "TermRecurrence"
    term_lexicon: "TermLexiconAnalysis"
    literal: "list[PairReading]"                  # per pair, in link order
    quotations: "set[int]"                        # target segments inside a multi-sentence quotation
    similarity_norm: "tuple[float, float]"        # median and spread of the link scores
    names_table: "list[dict]"                     # the report's names table
    polarity: "list[PairPolarity]"                # per pair: negations of both sides
    direction: "list[PairDirections]"             # per pair: direction/antonym words of both sides

    def __init__(self, document: "Document"):
        object.__setattr__(self, "_document", document)
        object.__setattr__(self, "_context", None)
        object.__setattr__(self, "strict", False)

    def bind(self, context: Any) -> None:
        """The options (glossaries, --fast …) analysers computed on demand will use."""
        object.__setattr__(self, "_context", context)

    def __getattr__(self, name: str):  # only called for attributes not yet set
        if name.startswith("_") or name not in type(self).__annotations__:
            raise AttributeError(name)
        if self.strict:
            raise AnalysisMissing(f"analysis {name!r} was not computed: declare it in the rule's requires")
        from .analyse import ensure

        ensure(self._document, [name], self._context)
        return self.__dict__[name]

    def computed(self) -> list[str]:
        return [name for name in type(self).__annotations__ if name in self.__dict__]


@dataclass
class RuleError:
    """A rule (or analyser) that raised: the run went on without it."""

    rule: str
    message: str
    pair: int | None = None  # index of the link, for a pair rule

    def describe(self) -> str:
        where = f" on pair {self.pair}" if self.pair is not None else ""
        return f"{self.rule}{where}: {self.message}"


@dataclass
class Document:
    """A translated document: both sides, their segments, the links and the issues."""

    source_path: str | None
    target_path: str | None
    source_text: str
    target_text: str
    source_segments: list[Segment]
    target_segments: list[Segment]
    links: list[Link] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    #: checks that could not run (e.g. a model is missing) → reason; shown in reports
    skipped: dict[str, str] = field(default_factory=dict)
    #: extra tables for reports (e.g. the names table), keyed by name
    tables: dict[str, list[dict]] = field(default_factory=dict)
    #: rules or analysers that raised: the run is incomplete (exit code 2), other findings stand
    errors: list[RuleError] = field(default_factory=list)
    #: what determines the findings (version, rules, options, models, lexicons): see tqa.signature
    signature: dict | None = None
    analyses: Analyses = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.analyses = Analyses(self)

    def pairs(self) -> Iterable["Pair"]:
        """The links as :class:`Pair` objects, in link order. Made once and handed to every
        analyser and rule that asks (a pair's masked texts are then computed once too);
        made again when the links or segment lists are replaced or change length."""
        return iter(self._pair_list())

    def pair_at(self, index: int) -> "Pair":
        """The pair of link ``index`` (the one :meth:`pairs` hands out)."""
        return self._pair_list()[index]

    def _pair_list(self) -> list["Pair"]:
        cache = self.__dict__.get("_pairs_cache")
        sides = (self.links, self.source_segments, self.target_segments)
        if cache is None or cache[0] is not self or any(a is not b for a, b in zip(cache[1], sides)) \
                or cache[2] != tuple(map(len, sides)):
            cache = (self, sides, tuple(map(len, sides)),
                     [Pair(self, link, index) for index, link in enumerate(self.links)])
            self.__dict__["_pairs_cache"] = cache
        return cache[3]

    def __getstate__(self):
        """Pickled without the pairs made for this process (a worker makes its own)."""
        state = dict(self.__dict__)
        state.pop("_pairs_cache", None)
        return state

    def summary(self) -> dict:
        by_check: dict[str, int] = {}
        by_severity: dict[str, int] = {}
        for issue in self.issues:
            by_check[issue.check] = by_check.get(issue.check, 0) + 1
            by_severity[issue.severity] = by_severity.get(issue.severity, 0) + 1
        return {"issues": len(self.issues), "by_check": by_check, "by_severity": by_severity}


SEPARATOR = " "


def document_from_pairs(pairs: Iterable[tuple[str, str]], source_path: str | None = None,
                        target_path: str | None = None, score: float | None = None) -> Document:
    """A document whose i-th link joins source sentence i and target sentence i (the
    document texts are the sentences joined by newlines). For checking sentence pairs
    that are already aligned, from code. ``score`` is given to every link."""
    source_segments: list[Segment] = []
    target_segments: list[Segment] = []
    links: list[Link] = []
    source_offset = target_offset = 0
    pairs = list(pairs)
    for index, (source, target) in enumerate(pairs):
        source_segments.append(Segment(index, source, source_offset, source_offset + len(source)))
        target_segments.append(Segment(index, target, target_offset, target_offset + len(target)))
        links.append(Link((index,), (index,), score))
        source_offset += len(source) + 1
        target_offset += len(target) + 1
    return Document(source_path, target_path, "\n".join(s for s, _ in pairs), "\n".join(t for _, t in pairs),
                    source_segments, target_segments, links)


def _joined(segments: list[Segment]) -> str:
    """The segments' texts joined by :data:`SEPARATOR` (one segment: its text)."""
    if len(segments) == 1:
        return segments[0].text
    return SEPARATOR.join(s.text for s in segments)


class Pair:
    """An aligned link seen as two texts: the source segments joined by a space, and the
    target segments likewise. Checks work on these texts and map their offsets back to a
    segment with :meth:`source_loc` / :meth:`target_loc`."""

    def __init__(self, document: Document, link: Link, index: int):
        self.document = document
        self.link = link
        self.index = index
        self.source_segments = [document.source_segments[i] for i in link.source]
        self.target_segments = [document.target_segments[i] for i in link.target]
        self.source = _joined(self.source_segments)
        self.target = _joined(self.target_segments)
        self._source_plain: str | None = None
        self._target_plain: str | None = None

    @property
    def source_plain(self) -> str:
        """``source`` with inline-tag placeholders (``<1>``, ``</1>``) and code placeholders
        (``{0}``, ``%s``) blanked by spaces: same offsets, but nothing for language checks to
        misread as numbers or words."""
        if self._source_plain is None:
            self._source_plain = self._plain(self.source_segments, "source_tags", self.source)
        return self._source_plain

    @property
    def target_plain(self) -> str:
        """``target`` with placeholders blanked, offsets unchanged."""
        if self._target_plain is None:
            self._target_plain = self._plain(self.target_segments, "target_tags", self.target)
        return self._target_plain

    @staticmethod
    def _plain(segments: list[Segment], key: str, joined: str | None = None) -> str:
        if joined is not None and "%" not in joined and "{" not in joined \
                and not any(s.meta.get(key) for s in segments):
            return joined  # no placeholder of either kind: nothing to blank
        from .io.inline import mask_placeholders
        from .placeholders import code_placeholders

        def blank(text: str) -> str:
            for placeholder in reversed(code_placeholders(text)):  # {0}, %s, %1$d …
                text = text[:placeholder.start] + " " * (placeholder.end - placeholder.start) + text[placeholder.end:]
            return text

        return SEPARATOR.join(blank(mask_placeholders(s.text, s.meta.get(key))) for s in segments)

    @staticmethod
    def _locate(segments: list[Segment], start: int, end: int) -> "Loc":
        offset = 0
        for segment in segments:
            seg_end = offset + len(segment.text)
            if start < seg_end or segment is segments[-1]:
                local_start = max(0, start - offset)
                local_end = max(local_start, min(end - offset, len(segment.text)))
                return Loc(segment.id, local_start, local_end, segment.text[local_start:local_end])
            offset = seg_end + len(SEPARATOR)
        raise ValueError("pair has no segments on that side")

    def source_loc(self, start: int, end: int) -> "Loc":
        return self._locate(self.source_segments, start, end)

    def target_loc(self, start: int, end: int) -> "Loc":
        return self._locate(self.target_segments, start, end)


@dataclass(frozen=True)
class Loc:
    """A span inside one segment: what a check points at."""

    segment: int
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)
