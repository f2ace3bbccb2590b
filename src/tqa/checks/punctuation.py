"""Punctuation of the English target: balance, CJK punctuation, spacing.

Rules (family ``punctuation``, all minor):

* **TQA010** unbalanced brackets ``() [] {}`` in the target while the source's brackets
  (ASCII, fullwidth and CJK ``「」『』〈〉《》【】〔〕``) balance. A closing bracket that ends
  a list label (``a)``, ``2)``, ``iv)``) or an emoticon (``:)``) is not a bracket.
* **TQA011** unbalanced quotes in the target while the source's quotes balance. Double
  quotes: an odd number of straight ``"`` (inch marks after a digit, ``12"``, are
  discounted when that makes the count even) or a curly ``“`` without ``”`` (or the
  reverse). Single quotes: only an *opening* ``'``/``‘`` at the start of a word with no
  closing ``'``/``’`` after it is reported. Apostrophes never count: inside a word
  (``it's``), elisions (``'90s``, ``'em``, ``'til``) and plural possessives
  (``students'``), which look exactly like closing quotes and are therefore never
  reported as unmatched. A quotation that runs over several target sentences
  (``"We will go.`` … ``We will win," she said.``) is recognised across segments and
  not reported.
* **TQA012** CJK punctuation or fullwidth forms left in the English: ``「」『』〈〉《》【】``,
  ``、。，！？：；（）～〜``, ``ㆍ``, ``※``, the ideographic space, the fullwidth block U+FF01–FF60
  and U+FFE0–FFE6, the midline ellipsis ``⋯``, a run of two or more ``…`` (the Korean
  ``……``) and an unspaced middle dot between words (``Korea·US``). A bracket pair
  (``「The Sea」``) is one finding, with the pair replaced in the suggestion. Not reported: a single
  ``…`` (ordinary English typography), a spaced `` · `` (an English separator in
  navigation lines) and the Catalan ``l·l``. Not checked when the target is a copy of
  the source (TQA003 reports that).
* **TQA013** doubled spaces inside a target sentence. Two spaces after ``.``/``?``/``!``/``:``
  (the typewriter convention) are not reported.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Iterator

from ..document import Loc, Pair
from ..en.quotes import source_quotes_balanced, unbalanced_double_quotes, unmatched_single_openers
from .registry import Finding, pair_rule
from .untranslated import is_copy_of_source

# -- brackets ---------------------------------------------------------------------------

TARGET_BRACKETS = {"(": ")", "[": "]", "{": "}"}
SOURCE_BRACKETS = {
    "(": ")", "[": "]", "{": "}", "（": "）", "［": "］", "｛": "｝",
    "「": "」", "『": "』", "〈": "〉", "《": "》", "【": "】", "〔": "〕",
}
# "a)", "2)", "iv)", "(b)" list labels at the start of a word; emoticons: eyes, an optional
# nose, tear or brow (":-)", ":')", ":^)", ":’("), a mouth that may repeat (":))")
_LIST_LABEL = re.compile(r"(?:^|(?<=\s))(?:[0-9]{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\)")
_EMOTICON = re.compile(r"[:;=][-'’^o]?([)(\]\[])\1*")


def unbalanced_brackets(text: str, pairs: dict[str, str]) -> list[int]:
    """Offsets of brackets in ``text`` that have no partner."""
    if not any(character in text for character in pairs) and not any(c in text for c in pairs.values()):
        return []
    ignored = {m.end() - 1 for m in _LIST_LABEL.finditer(text)}
    ignored |= {index for m in _EMOTICON.finditer(text) for index in range(m.start(1), m.end())}
    closers = {close: open_ for open_, close in pairs.items()}
    stack: list[tuple[str, int]] = []
    bad: list[int] = []
    brackets = re.compile("[" + re.escape("".join(pairs) + "".join(closers)) + "]")
    for match in brackets.finditer(text):
        index, character = match.start(), match.group(0)
        if character in pairs and index in ignored:
            continue  # ":(" is a face: it opens nothing (a closer read as a label or face may still close)
        if character in pairs:
            stack.append((character, index))
        elif character in closers:
            if stack and stack[-1][0] == closers[character]:
                stack.pop()
            elif index not in ignored:
                bad.append(index)
    bad.extend(index for _, index in stack)
    return sorted(bad)


# -- CJK punctuation --------------------------------------------------------------------

CJK_PUNCTUATION = re.compile(
    "[「」『』〈〉《》【】〔〕〖〗〘〙〚〛、。〃〜ㆍ※\u3000\u30fb\u22ef\uff01-\uff60\uffe0-\uffe6]+"
    "|…{2,}"
    r"|(?<=[^\sl])·(?=[^\s])|(?<=l)·(?=[^\sl])"
)
SUGGESTIONS = {
    "「": "“", "」": "”", "『": "“", "』": "”", "〈": "“", "〉": "”", "《": "“", "》": "”",
    "【": "[", "】": "]", "〔": "[", "〕": "]", "、": ",", "。": ".", "～": "–", "〜": "–",
    "ㆍ": "-", "·": "-", "・": "-", "\u3000": " ", "⋯": "…", "※": "Note:",
}


# A CJK bracket pair around a short title or quotation: one finding for the whole pair.
CJK_BRACKET_PAIR = re.compile(r"[「『〈《【〔][^「」『』〈〉《》【】〔〕\n]{0,80}?[」』〉》】〕]")


def suggest_replacement(text: str) -> str:
    if text.startswith("…"):
        return "…"
    return "".join(SUGGESTIONS.get(c) or unicodedata.normalize("NFKC", c) for c in text)


def cjk_punctuation_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, suggestion)`` for each CJK mark or bracket pair in ``text``."""
    found = []
    paired: set[int] = set()
    for match in CJK_BRACKET_PAIR.finditer(text):
        inner = match.group(0)[1:-1]
        suggestion = suggest_replacement(match.group(0)[0]) + inner + suggest_replacement(match.group(0)[-1])
        found.append((match.start(), match.end(), suggestion))
        paired.update((match.start(), match.end() - 1))
    for match in CJK_PUNCTUATION.finditer(text):
        for start, end in _split_around(match.start(), match.end(), paired):
            found.append((start, end, suggest_replacement(text[start:end])))
    return sorted(found)


def _split_around(start: int, end: int, skip: set[int]) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` left when the offsets in ``skip`` are taken out."""
    parts, part_start = [], start
    for index in range(start, end):
        if index in skip:
            if part_start < index:
                parts.append((part_start, index))
            part_start = index + 1
    if part_start < end:
        parts.append((part_start, end))
    return parts


# -- helpers ----------------------------------------------------------------------------

def _target_segments(pair: Pair) -> Iterator[tuple[int, str]]:
    for segment in pair.target_segments:
        yield segment.id, segment.text


def _target_loc(pair: Pair, offset: int) -> Loc:
    return pair.target_loc(offset, offset + 1)


# -- rules ------------------------------------------------------------------------------

@pair_rule("TQA010", "punctuation", "minor", "Unbalanced brackets in the translation (balanced in the source).")
def unbalanced_brackets_rule(pair: Pair, context) -> Iterable[Finding]:
    bad = unbalanced_brackets(pair.target, TARGET_BRACKETS)
    if not bad or unbalanced_brackets(pair.source, SOURCE_BRACKETS):
        return
    character = pair.target[bad[0]]
    yield Finding(f"bracket \u201c{character}\u201d has no partner (the source's brackets balance)",
                  target=_target_loc(pair, bad[0]))


@pair_rule("TQA011", "punctuation", "minor", "Unbalanced quotation marks in the translation (balanced in the source).",
          requires=("quotations",))
def unbalanced_quotes_rule(pair: Pair, context) -> Iterable[Finding]:
    double = unbalanced_double_quotes(pair.target)
    single = unmatched_single_openers(pair.target) if not double else []
    bad = double or single
    if not bad or not source_quotes_balanced(pair.source):
        return
    if any(segment.id in pair.document.analyses.quotations for segment in pair.target_segments):
        return
    apostrophe = _apostrophe_like(pair.target) if double else None
    if apostrophe is not None:
        yield Finding("a double quote where an apostrophe belongs (the quotes do not balance)",
                      target=_target_loc(pair, apostrophe), suggestion="\u2019")
        return
    character = pair.target[bad[0]]
    yield Finding(f"quotation mark \u201c{character}\u201d is not closed or not opened "
                  "(the source's quotes balance)", target=_target_loc(pair, bad[0]))


_APOSTROPHE_LIKE = re.compile(r"(?<=[A-Za-z])\"(?=[A-Za-z\u00c0-\u024f])|(?<=[a-z]s)\"(?= [A-Za-z])")


def _apostrophe_like(text: str) -> int | None:
    """``d"état``, ``the Lakers" website``: a straight double quote typed for an apostrophe,
    when the count of straight quotes is odd."""
    if text.count('"') % 2 == 0:
        return None
    for match in _APOSTROPHE_LIKE.finditer(text):
        before = text[match.start() - 1] if match.start() else ""
        if before == "s" and text.count('"', 0, match.start()) % 2 == 1:
            continue  # 'the Lovers" is': after an odd number of quotes a mark after -s closes a quotation
        return match.start()
    return None


#: Hangul compatibility letters (ㄱ … ㅣ) written alone in the English: letters cited as letters
_CITED_JAMO = re.compile(r"(?<![\uac00-\ud7a3])[\u3131-\u318c](?![\uac00-\ud7a3])")


@pair_rule("TQA012", "punctuation", "minor", "CJK punctuation or full-width characters in the English.")
def cjk_punctuation_rule(pair: Pair, context) -> Iterable[Finding]:
    if is_copy_of_source(pair):
        return
    for segment_id, text in _target_segments(pair):
        for start, end, suggestion in cjk_punctuation_spans(text):
            found = text[start:end]
            if found == "\u318d" and _CITED_JAMO.search(text.replace("\u318d", "")):
                continue  # ㆍ beside ㅡ and ㅣ: the vowel arae-a cited as a letter, not a middle dot
            shown = suggestion if suggestion[:1] in "\u201c\u2018\"'" else f"\u201c{suggestion}\u201d"
            yield Finding(f"CJK punctuation in English text: \u201c{found}\u201d; use {shown}",
                          target=Loc(segment_id, start, end, found), suggestion=suggestion)


_DOUBLED_SPACE = re.compile(r"(?<=[^\s.?!:])[ \u00a0]{2,}(?=\S)")


@pair_rule("TQA013", "punctuation", "minor", "Doubled spaces inside a sentence.")
def doubled_spaces_rule(pair: Pair, context) -> Iterable[Finding]:
    for segment_id, text in _target_segments(pair):
        for match in _DOUBLED_SPACE.finditer(text):
            yield Finding("doubled space", target=Loc(segment_id, match.start(), match.end(), match.group(0)),
                          suggestion=" ")
