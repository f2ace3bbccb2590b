"""Split a document into segments (sentences, or lines with ``segmented=True``).

Layout rules, the same for Korean and English:

* **Paragraphs.** If the document contains a blank line (only whitespace between two
  line breaks), paragraphs are the blocks between blank lines. A document without any
  blank line is taken to be written one paragraph per line (the common export format of
  CAT tools and news scrapers), so every line is its own paragraph. Paragraphs are
  numbered 0, 1, 2 … in :attr:`Segment.paragraph`.
* **Line breaks always end a segment.** This gives headlines and list items without
  final punctuation their own segment. Hard-wrapped prose (a sentence broken over
  several lines) is therefore not supported: unwrap it first.
* Inside a line, sentences are found by :func:`korean_sentence_spans`
  (kiwipiepy, with fix-ups for quotes) for ``lang="ko"`` and by
  :func:`tqa.en.sentences.sentence_spans` (rules) for ``lang="en"``.
* ``segmented=True``: every non-empty line is one segment, unsplit.
* The Korean lines that need the analyser go to it in one batch before splitting
  (:func:`tqa.ko.analyser.sentence_spans_many`): same boundaries, less wall time.

Segment ``start``/``end`` are code-point offsets into ``text``; ``Segment.text`` is
``text[start:end]`` with surrounding whitespace trimmed. Ids run 0 … n-1.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from .document import Segment

# Line breaks as str.splitlines knows them (minus the rare \x1c-\x1e separators).
_BREAKS = "\r\n\x0b\x0c\x85\u2028\u2029"
_LINE = re.compile(f"[^{_BREAKS}]*(?:\r\n|[{_BREAKS}]|$)")

SpanFinder = Callable[[str], list[tuple[int, int]]]


def segment_document(text: str, lang: str, segmented: bool = False) -> list[Segment]:
    """Segments of ``text`` (``lang`` is ``"ko"`` or ``"en"``); see the module doc."""
    if lang not in ("ko", "en"):
        raise ValueError(f"unsupported language {lang!r} (expected 'ko' or 'en')")
    split = _whole_line if segmented else _sentence_finder(lang)
    lines = list(_paragraph_lines(text))
    if split is korean_sentence_spans:
        _analyse_korean_lines(line for _, _, line in lines)
    segments: list[Segment] = []
    for paragraph, line_start, line in lines:
        for start, end in split(line):
            start, end = _trim(line, start, end)
            if start < end:
                segments.append(Segment(id=len(segments), text=line[start:end],
                                        start=line_start + start, end=line_start + end,
                                        paragraph=paragraph))
    return segments


def _sentence_finder(lang: str) -> SpanFinder:
    if lang == "en":
        from .en.sentences import sentence_spans
    else:
        sentence_spans = korean_sentence_spans
    return sentence_spans


def _analyse_korean_lines(lines) -> None:
    """Find the sentences of every line :func:`korean_sentence_spans` will ask the analyser
    about in one batched kiwipiepy call (cached; same spans as one call per line)."""
    from .ko.analyser import sentence_spans_many

    sentence_spans_many(line[start:end] for line in lines if _needs_analyser(line)
                        for start, end, _ in _analyser_pieces(line))


def _needs_analyser(line: str) -> bool:
    return bool(line.strip()) and bool(_KO_POSSIBLE_BOUNDARY.search(line.rstrip()))


def _whole_line(line: str) -> list[tuple[int, int]]:
    return [(0, len(line))]


def _paragraph_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """``(paragraph number, offset of the line, line without its break)`` for non-blank lines."""
    lines = []
    for match in _LINE.finditer(text):
        if match.start() == len(text) and match.start() > 0:
            break
        line = match.group(0).rstrip(_BREAKS)
        lines.append((match.start(), line))
    content = [index for index, (_, line) in enumerate(lines) if line.strip()]
    has_blank_line = bool(content) and any(
        not line.strip() for _, line in lines[content[0]:content[-1]])
    paragraph = -1
    previous_blank = True
    for offset, line in lines:
        blank = not line.strip()
        if not blank and (previous_blank or not has_blank_line):
            paragraph += 1
        previous_blank = blank
        if not blank:
            yield paragraph, offset, line


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def korean_sentence_spans(line: str) -> list[tuple[int, int]]:
    """Korean sentences of one line: kiwipiepy's split, repaired around quotations.

    kiwipiepy (``tqa.ko.analyser.sentence_spans``) is good on plain prose but on news
    text with quotations it (1) leaves an opening quote at the end of the previous
    sentence (``말했다. "|그들은``), (2) splits a quotation from its attribution
    (``…입니다.”|라고 말했다``), (3) misses boundaries before an opening quote
    (``말했다. "역사적으로…``) and between the sentences of a quotation (which the
    English splitter does split) and (4) rarely splits mid-clause with no sentence end
    (``뭔가|좀``). :func:`_repair_korean_boundaries` fixes those four, and never ends a
    sentence after a list label at the start of the line (``1. 개요``, ``가. 목적``).
    """
    from .ko.analyser import sentence_spans

    if not line.strip():
        return []
    if not _needs_analyser(line):
        return [_trim(line, 0, len(line))]  # nothing the repairs would keep: skip the analyser
    boundaries = set()
    for start, end, after_sentence_end in _analyser_pieces(line):
        boundaries |= {start + begin for begin, _ in sentence_spans(line[start:end])[1:]}
        if after_sentence_end:
            boundaries.add(start)
    boundaries = _repair_korean_boundaries(line, boundaries)
    edges = [0, *sorted(boundaries), len(line)]
    spans = [_trim(line, start, end) for start, end in zip(edges, edges[1:])]
    return [(start, end) for start, end in spans if start < end]


#: kiwipiepy is given a line whole up to this many characters (every line of ordinary
#: text), a longer line in pieces of about :data:`PIECE_CHARS` cut after sentence ends.
#: On one long line kiwipiepy's time grows faster than the line (7 ms per KB of Korean at
#: 200 KB, 26 ms at 1 MB) and it finds fewer sentences the longer the line (60,000
#: characters of news: 829 boundaries whole, 975 in pieces of 1,000 to 5,000 characters;
#: after the repairs 989 against 990). Up to 30,000 characters whole and pieces agreed.
LONG_LINE_CHARS = 30_000
PIECE_CHARS = 5_000


def _analyser_pieces(line: str) -> list[tuple[int, int, bool]]:
    """``(start, end, cut after a sentence end)`` pieces of ``line`` for the analyser: the
    whole line when it is at most :data:`LONG_LINE_CHARS` long. Otherwise cuts fall at the
    end of a :data:`_KO_CANDIDATE` (Hangul, terminator, space: a boundary the repairs add
    anyway) once a piece reaches :data:`PIECE_CHARS`; a stretch four times as long without
    one is cut at a space (or anywhere), and that cut is no boundary by itself."""
    if len(line) <= LONG_LINE_CHARS:
        return [(0, len(line), False)]
    pieces: list[tuple[int, int, bool]] = []
    start, after_end = 0, False
    last_end = None  # the last sentence end seen in the current piece
    candidates = _KO_CANDIDATE.finditer(line)
    upcoming = next(candidates, None)
    while len(line) - start > PIECE_CHARS:
        while upcoming is not None and upcoming.end() - start <= PIECE_CHARS:
            if upcoming.end() > start:
                last_end = upcoming.end()
            upcoming = next(candidates, None)
        if last_end is not None and last_end > start:
            cut, cut_after_end = last_end, True
        elif upcoming is not None and upcoming.end() - start <= 4 * PIECE_CHARS:
            cut, cut_after_end = upcoming.end(), True
            upcoming = next(candidates, None)
        else:
            limit = start + 4 * PIECE_CHARS
            space = max(line.rfind(" ", start + 1, limit), line.rfind("\n", start + 1, limit))
            cut, cut_after_end = (space + 1 if space > start else limit), False
        pieces.append((start, cut, after_end))
        start, after_end, last_end = cut, cut_after_end, None
    pieces.append((start, len(line), after_end))
    return pieces


# A sentence end the analyser may miss: Hangul + terminator (+ closing quotes) + space.
_KO_CANDIDATE = re.compile(r"(?<=[\uac00-\ud7a3])[.?!]+[\"'”’]*\s+(?=\S)")
# A segment may not start with the particle/verb that attaches a quotation to its clause.
_KO_ATTACHED = re.compile(
    r"^[\"'”’]?\s*(?:이?라고|이?라며|이?라면서|이?라는|이?란|하고|하며|하면서|며|"
    r"고\s*(?:말|밝|전|덧붙|설명|강조|주장|했|하|물|답|지적|비판|언급|보도|발표|전망|예상|말씀|알려))")
# What the text before a kept analyser boundary must end with: a terminator, a closing
# quote/bracket then a space (not ``"불덩어리"|를``, a particle), or a sentence-final
# syllable then a space (unpunctuated ``…했다 그리고``).
_KO_SENTENCE_END = re.compile(r"(?:[.?!…。？！][\"'”’)\]」』]*\s*|[\"'”’)\]」』]\s+|[다요까죠네]\s+)$")
# Where any boundary could survive the repairs; a line without one is a single sentence.
_KO_POSSIBLE_BOUNDARY = re.compile(r"(?:[.?!…。？！\"'”’)\]」』]|[다요까죠네])\s+\S")
# A list label at the start of a line: "1.", "2)", "a.", "iv.", and the Korean "가." "나)".
_KO_LIST_LABEL = re.compile(r"\s*[(\[]?(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5}|[가-힣])[.)]\s*$")


# _KO_ATTACHED without its ``^``, to match at an offset of the whole line (no suffix copy).
_KO_ATTACHED_AT = re.compile(_KO_ATTACHED.pattern.removeprefix("^"))
_KO_CLOSERS = "\"'”’)]」』"


def _repair_korean_boundaries(line: str, boundaries: set[int]) -> set[int]:
    """Linear in the line: every test looks at the text around one boundary only (the
    patterns anchored at the boundary are searched from where a match could start, not
    from the start of the line), so a long line does not cost a prefix scan per boundary."""
    repaired = set()
    boundaries = {b for b in boundaries if _ends_sentence(line, b)}
    lead = _skip_space(line, 0)
    for boundary in boundaries | _missed_boundaries(line):
        boundary = _move_stray_closing_quote(line, _move_dangling_quote(line, boundary))
        if (0 < boundary < len(line)
                and not _KO_ATTACHED_AT.match(line, _skip_space(line, boundary))
                and not _is_list_label(line, boundary, lead)):
            repaired.add(boundary)
    return repaired


def _skip_space(line: str, start: int) -> int:
    while start < len(line) and line[start].isspace():
        start += 1
    return start


def _skip_back(line: str, end: int, chars: str | None = None) -> int:
    """Where the run of whitespace (or of ``chars``) that ends at ``end`` starts."""
    while end > 0 and (line[end - 1] in chars if chars is not None else line[end - 1].isspace()):
        end -= 1
    return end


def _ends_sentence(line: str, boundary: int) -> bool:
    """``_KO_SENTENCE_END.search(line, 0, boundary)``, searched from the only place a
    match can start: one character before the whitespace and closing quotes that end at
    ``boundary``."""
    start = _skip_back(line, _skip_back(line, boundary), _KO_CLOSERS)
    return bool(_KO_SENTENCE_END.search(line, max(0, start - 1), boundary))


def _is_list_label(line: str, boundary: int, lead: int) -> bool:
    """``_KO_LIST_LABEL.match(line, 0, boundary)``, tried only when the text before the
    boundary is short enough to be a label (``lead`` is the line's leading whitespace)."""
    return _skip_back(line, boundary) - lead <= 8 and bool(_KO_LIST_LABEL.match(line, 0, boundary))


def _missed_boundaries(line: str) -> set[int]:
    """Boundaries after a Hangul sentence end + terminator + space, inside quotations too:
    the English splitter splits ``"We won. We are happy."`` in two, so the Korean must."""
    return {match.end() for match in _KO_CANDIDATE.finditer(line)}


def _move_dangling_quote(line: str, boundary: int) -> int:
    """``말했다. "|그들은`` → ``말했다. |"그들은``: opening quotes join the next sentence."""
    end = boundary - 1 if boundary > 0 and line[boundary - 1] == "\n" else boundary  # ``$``
    start = _skip_back(line, end, "\"'“‘") - 1  # a match starts at the space before the quotes
    match = _DANGLING_QUOTES.search(line, max(0, start), boundary)
    return match.start(1) if match else boundary


def _move_stray_closing_quote(line: str, boundary: int) -> int:
    """``했다. |" 그는`` → ``했다. "| 그는``: a quote followed by a space closes, it never
    opens, so it stays with the sentence before (a line ending in one gets no boundary)."""
    match = _STRAY_CLOSING_QUOTE.match(line, boundary)
    return match.end() if match else boundary


_STRAY_CLOSING_QUOTE = re.compile(r"\s*[\"'”’]+(?=\s|$)")
# opening quotes right before the boundary, glued to the next sentence's first word
_DANGLING_QUOTES = re.compile(r"\s([\"'“‘]+)$")
