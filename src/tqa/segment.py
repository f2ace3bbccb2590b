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

Segment ``start``/``end`` are code-point offsets into ``text``; ``Segment.text`` is
``text[start:end]`` with surrounding whitespace trimmed. Ids run 0 … n-1.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from .document import Segment

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")

SpanFinder = Callable[[str], list[tuple[int, int]]]


def segment_document(text: str, lang: str, segmented: bool = False) -> list[Segment]:
    """Segments of ``text`` (``lang`` is ``"ko"`` or ``"en"``); see the module doc."""
    if lang not in ("ko", "en"):
        raise ValueError(f"unsupported language {lang!r} (expected 'ko' or 'en')")
    split = _whole_line if segmented else _sentence_finder(lang)
    segments: list[Segment] = []
    for paragraph, line_start, line in _paragraph_lines(text):
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


def _whole_line(line: str) -> list[tuple[int, int]]:
    return [(0, len(line))]


def _paragraph_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """``(paragraph number, offset of the line, line without its break)`` for non-blank lines."""
    lines = []
    for match in _LINE.finditer(text):
        if match.start() == len(text) and match.start() > 0:
            break
        line = match.group(0).rstrip("\r\n")
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
