"""Untranslated text: Hangul left in the English, empty targets, targets that copy the source.

Rules (family ``untranslated``):

* **TQA001** Hangul left in the target (major). Each run of Hangul words is one finding.
  Two conventions for giving the original alongside a translation are *not* errors:

  - ``Hanbok (한복)`` — Hangul alone in brackets right after a Latin-script word that
    is not a function word (the original of a name or term): not reported at all;
  - ``한복 (hanbok)`` / ``"우리는 하나" ("We are one")`` — Hangul immediately followed
    by a bracketed Latin gloss: reported as ``info`` only (the reader sees the Hangul
    first, which an editor may want to swap, but the meaning is there);
  - ``known in Korean as "정"``, ``the Korean word 한`` — Hangul cited as Korean on
    purpose: ``info`` only;
  - a form cited as a language lesson or a glossary cites it — a jamo letter (``ㄷ verbs``),
    an ending after a hyphen (``-고 싶다``), a stretch the source itself quotes (``'두 시 반'``),
    or one the English explains (``오전 means before noon``, ``3:20 is read 세 시 이십 분``):
    ``info`` only.

  Hangul inside a URL (``https://ko.wikipedia.org/wiki/한복``) is part of an address and
  not reported. ``ㆍ`` (U+318D, used as an interpunct) is punctuation, not Hangul: TQA012 reports it.
  When the target is a copy of the source, TQA003 reports it instead.
* **TQA002** empty target for a source with letters or digits (critical). A link with no
  target segment at all is an omission, reported by the alignment rules, not here.
* **TQA003** target identical to the source (major), ignoring case and spacing — but only
  when the source contains Hangul: a Latin/number-only source (``iPhone 15``, a URL,
  ``2024``, ``CEO``) is legitimately copied.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from ..document import Loc, Pair
from .registry import Finding, pair_rule

# Hangul syllables, jamo, compatibility jamo (without U+318D ㆍ and U+318E), extended jamo.
HANGUL_CHARS = "\uac00-\ud7a3\u1100-\u11ff\u3131-\u318c\ua960-\ua97f\ud7b0-\ud7ff"
HANGUL = re.compile(f"[{HANGUL_CHARS}]")
# A run: Hangul words with what may sit between them inside Korean text.
HANGUL_RUN = re.compile(f"[{HANGUL_CHARS}]+(?:[\\s\\d,.·'\"’”‘“]*[{HANGUL_CHARS}]+)*")
_OPEN_BRACKETS = "(["
_CLOSE_BRACKETS = ")]"
_QUOTES = "\"'“”‘’"
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# "in front of (서울역)" is not a gloss: the bracket must follow the name or term itself
_FUNCTION_WORDS = frozenset("""
a an the of in on at to for from by with and or but as into onto than that this these those
is are was were be
""".split())


def has_hangul(text: str) -> bool:
    return bool(HANGUL.search(text))


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def is_copy_of_source(pair: Pair) -> bool:
    """The target repeats a source that contains Hangul (TQA003's condition)."""
    return (has_hangul(pair.target) and has_hangul(pair.source)
            and _normalise(pair.source) == _normalise(pair.target))


def _segments(pair: Pair) -> Iterator[tuple[int, str]]:
    for segment in pair.target_segments:
        yield segment.id, segment.text


def _is_bracketed_original(text: str, start: int, end: int) -> bool:
    """``Hanbok (한복)``: the run fills a bracket group that follows a Latin-script word."""
    before = text[:start].rstrip(_QUOTES + " ")
    after = text[end:].lstrip(_QUOTES + " ")
    if not before or before[-1] not in _OPEN_BRACKETS or not after or after[0] not in _CLOSE_BRACKETS:
        return False
    preceding = re.search(r"([A-Za-z0-9]+)[\"'”’.]?$", before[:-1].rstrip())
    return bool(preceding) and preceding.group(1).lower() not in _FUNCTION_WORDS


_KOREAN_BEFORE = re.compile(
    r"(?:\b(?:in|from) Korean(?: as| for| is)?|\bKorean (?:word|term|name|phrase|expression|title|"
    r"slogan|character|letter)s?(?: for| of)?|\bKorean:)[\s,\"'“‘]*$", re.IGNORECASE)
_KOREAN_AFTER = re.compile(r"^[\"'”’]?,?\s*\(?in Korean\b", re.IGNORECASE)


def _cited_as_korean(text: str, start: int, end: int) -> bool:
    """``known in Korean as "정"``, ``the Korean word 한``, ``"한" in Korean``."""
    return bool(_KOREAN_BEFORE.search(text[:start]) or _KOREAN_AFTER.match(text[end:]))


#: a quoted stretch of the Korean source: 'X', "X", ‘X’, “X”, 「X」, 『X』
_SOURCE_QUOTED = re.compile(r"'([^']+)'|\"([^\"]+)\"|‘([^’]+)’|“([^”]+)”|「([^」]+)」|『([^』]+)』")
_COMPATIBILITY_JAMO = re.compile("[\u3131-\u318c]+")
#: English that talks about a Korean form: "오전 means before noon", "3:20 is read 세 시 이십 분"
_MEANS_AFTER = re.compile(r"^[\"'”’]?\s*(?:means|meant|is read|are read|is pronounced|is written|stands for|"
                          r"is short for|becomes|become)\b", re.IGNORECASE)
_MEANS_BEFORE = re.compile(r"\b(?:is read|are read|read as|is pronounced|is written|becomes|become|say|the ending|"
                           r"the suffix|the particle|the form|the word|learn|add)[\s\"'“‘:-]*$", re.IGNORECASE)


def _cited_form(source: str, text: str, start: int, end: int) -> bool:
    """A Korean form cited on purpose, as a language lesson or a glossary writes: a jamo letter
    (ㄷ, ㄹ), an ending written after a hyphen (-고 싶다), the run quoted in the source as a form
    ('-을 거예요', '두 시 반'), or talked about by the English ("오전 means before noon")."""
    run = text[start:end]
    if _COMPATIBILITY_JAMO.fullmatch(run) or text[max(0, start - 2):start].endswith(("-", "-(", ")")):
        return True
    if _MEANS_AFTER.match(text[end:]) or _MEANS_BEFORE.search(text[:start]):
        return True
    squeezed = re.sub(r"\s+", "", run)
    return any(squeezed and squeezed in re.sub(r"\s+", "", next(g for g in m.groups() if g))
               for m in _SOURCE_QUOTED.finditer(source))


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _inside_url(text: str, position: int) -> bool:
    """``https://ko.wikipedia.org/wiki/한복``: Hangul in a link is part of an address."""
    return any(m.start() <= position < m.end() for m in _URL.finditer(text))


def _has_latin_gloss(text: str, end: int) -> bool:
    """``한복 (hanbok)``: the run is directly followed by a bracketed Latin gloss."""
    match = re.match(r"[\"'”’]?\s*[(\[]([^)\]]*)[)\]]", text[end:])
    return bool(match) and bool(_LATIN_LETTER.search(match.group(1))) and not has_hangul(match.group(1))


@pair_rule("TQA001", "untranslated", "major", "Hangul left in the English translation.")
def hangul_in_target(pair: Pair, context) -> Iterable[Finding]:
    if is_copy_of_source(pair):
        return
    for segment_id, text in _segments(pair):
        for match in HANGUL_RUN.finditer(text):
            start, end = match.span()
            if _is_bracketed_original(text, start, end) or _inside_url(text, start):
                continue
            location = Loc(segment_id, start, end, match.group(0))
            if _cited_as_korean(text, start, end):
                yield Finding(f"Korean word \u201c{match.group(0)}\u201d cited in the translation",
                              target=location, severity="info")
            elif _cited_form(pair.source, text, start, end):
                yield Finding(f"Korean form \u201c{match.group(0)}\u201d cited in the translation "
                              "(quoted in the source, a letter or an ending, or explained): check it is "
                              "meant to stay in Hangul", target=location, severity="info")
            elif _has_latin_gloss(text, end):
                yield Finding(f"Hangul \u201c{match.group(0)}\u201d given before its translation; "
                              "English readers expect the translation first",
                              target=location, severity="info")
            else:
                yield Finding(f"Hangul left untranslated: \u201c{match.group(0)}\u201d",
                              target=location)


@pair_rule("TQA002", "untranslated", "critical", "An empty translation of a non-empty source.")
def empty_target(pair: Pair, context) -> Iterable[Finding]:
    if not pair.target_segments or pair.target.strip():
        return
    if any(character.isalnum() for character in pair.source):
        yield Finding("the translation is empty", target=pair.target_loc(0, 0))


@pair_rule("TQA003", "untranslated", "major", "The translation is identical to its Korean source.")
def identical_to_source(pair: Pair, context) -> Iterable[Finding]:
    if is_copy_of_source(pair):
        whole = pair.target_loc(0, len(pair.target)) if len(pair.target_segments) == 1 else None
        yield Finding("the translation is a copy of the Korean source", target=whole)
