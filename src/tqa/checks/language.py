"""Mismatched input: a source that is not Korean, a translation that is not English.

Rule (family ``untranslated``):

* **TQA004** (critical, once per document) from the script of the letters on each side —
  Hangul, Latin or other; digits, punctuation and symbols do not count:

  - *swapped*: the source has almost no Hangul (under 10% of its letters) while Hangul
    makes up a good part of the translation (30% or more): the two files were given the
    wrong way round;
  - *translation not English*: most letters of the translation are Hangul (50% or more),
    leaving out translations that are copies of their source, which TQA003 reports;
  - *source not Korean*: the source has no Hangul at all over 40 letters or more.

  A mostly-English source that quotes a Korean word, lines of code or figures, and short
  texts (fewer letters than the thresholds) are not reported: there is not enough
  evidence there of a mismatch. :func:`mismatch` is the one decision; the pipeline uses it
  to warn on stderr that the files look swapped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .registry import Finding, document_rule

# Hangul syllables, jamo, compatibility jamo, extended jamo A and B
_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e\ua960-\ua97f\ud7b0-\ud7ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")
# runs of the same: counted by their lengths, one match a word rather than a letter
_HANGUL_RUN = re.compile(_HANGUL.pattern + "+")
_LATIN_RUN = re.compile(_LATIN.pattern + "+")
_LETTER_RUN = re.compile(_LETTER.pattern + "+")

#: the thresholds of the module docstring
SWAPPED_SOURCE_HANGUL = 0.10
SWAPPED_TARGET_HANGUL = 0.30
KOREAN_TARGET_HANGUL = 0.50
MIN_LETTERS = 10
SOURCE_NOT_KOREAN_LETTERS = 40


@dataclass(frozen=True)
class ScriptProfile:
    """Letters of a text by script."""

    hangul: int = 0
    latin: int = 0
    other: int = 0

    @property
    def letters(self) -> int:
        return self.hangul + self.latin + self.other

    @property
    def hangul_share(self) -> float:
        return self.hangul / self.letters if self.letters else 0.0


def script_profile(texts: Iterable[str]) -> ScriptProfile:
    text = "\n".join(texts)  # no run crosses a line break
    hangul = sum(map(len, _HANGUL_RUN.findall(text)))
    latin = sum(map(len, _LATIN_RUN.findall(text)))
    letters = sum(map(len, _LETTER_RUN.findall(text)))
    return ScriptProfile(hangul, latin, max(0, letters - hangul - latin))


def mismatch(source: ScriptProfile, target: ScriptProfile) -> str | None:
    """``"swapped"``, ``"target-korean"``, ``"source-not-korean"`` or None (see the module doc)."""
    if (source.letters >= MIN_LETTERS and target.hangul >= MIN_LETTERS // 2
            and source.hangul_share < SWAPPED_SOURCE_HANGUL and target.hangul_share >= SWAPPED_TARGET_HANGUL):
        return "swapped"
    if target.hangul >= MIN_LETTERS // 2 and target.hangul_share >= KOREAN_TARGET_HANGUL:
        return "target-korean"
    if source.hangul == 0 and source.letters >= SOURCE_NOT_KOREAN_LETTERS:
        return "source-not-korean"
    return None


def _same(source: str, target: str) -> bool:
    first, other = source.split(None, 1), target.split(None, 1)
    if first and other and first[0].casefold() != other[0].casefold():
        return False  # the first words differ (the usual case): no need to compare the rest
    return " ".join(source.split()).casefold() == " ".join(target.split()).casefold()


def document_profiles(document) -> tuple[ScriptProfile, ScriptProfile]:
    """The script profiles of the source and of the translation, leaving out links whose
    translation is a copy of their source (TQA003's finding, not a second language)."""
    sources, targets = _compared_texts(document)
    return script_profile(sources), script_profile(targets)


def _compared_texts(document) -> tuple[list[str], list[str]]:
    """The source and translation texts of the links :func:`document_profiles` counts."""
    sources, targets = [], []
    for link in document.links:
        source = " ".join(document.source_segments[i].text for i in link.source)
        target = " ".join(document.target_segments[i].text for i in link.target)
        if source and target and _same(source, target):
            continue
        sources.append(source)
        targets.append(target)
    return sources, targets


def _hangul(texts: list[str]) -> int:
    """The Hangul letters of ``texts`` (what :func:`script_profile` counts as ``hangul``)."""
    return sum(map(len, _HANGUL_RUN.findall("\n".join(texts))))


def looks_swapped(document) -> bool:
    """``mismatch(*document_profiles(document)) == "swapped"``, usually without counting the
    translation's letters: a source whose Hangul letters are a tenth or more of all its
    characters (a Korean source) has a Hangul share of a tenth or more of its letters, so it
    cannot look English. Every letter is a character; hangul * 10 >= characters implies
    hangul / letters >= 0.1 also in floating point (the division rounds monotonically)."""
    sources, targets = _compared_texts(document)
    if _hangul(sources) * 10 >= len("\n".join(sources)):
        return False
    return mismatch(script_profile(sources), script_profile(targets)) == "swapped"


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


@document_rule("TQA004", "untranslated", "critical",
               "The source is not Korean or the translation is not English (files swapped or mismatched).")
def language_mismatch(document, context) -> Iterable[Finding]:
    sources, targets = _compared_texts(document)
    if _hangul(targets) < MIN_LETTERS // 2 and _hangul(sources):
        return  # every kind needs Hangul in the translation or none in the source (see mismatch)
    source, target = script_profile(sources), script_profile(targets)
    kind = mismatch(source, target)
    if kind == "swapped":
        yield Finding(f"the source looks English ({_percent(source.hangul_share)} of its letters are Hangul) and "
                      f"the translation Korean ({_percent(target.hangul_share)}): were source and translation "
                      "given the wrong way round?", source_segments=[], target_segments=[])
    elif kind == "target-korean":
        yield Finding(f"the translation is not English: {_percent(target.hangul_share)} of its letters are Hangul",
                      source_segments=[], target_segments=[])
    elif kind == "source-not-korean":
        yield Finding(f"the source is not Korean: none of its {source.letters} letters is Hangul",
                      source_segments=[], target_segments=[])
