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
from .registry import Finding, pair_rule
from .untranslated import is_copy_of_source

# -- brackets ---------------------------------------------------------------------------

TARGET_BRACKETS = {"(": ")", "[": "]", "{": "}"}
SOURCE_BRACKETS = {
    "(": ")", "[": "]", "{": "}", "（": "）", "［": "］", "｛": "｝",
    "「": "」", "『": "』", "〈": "〉", "《": "》", "【": "】", "〔": "〕",
}
# "a)", "2)", "iv)", "(b)" list labels at the start of a word; ":)" ";)" emoticons
_LIST_LABEL = re.compile(r"(?:^|(?<=\s))(?:[0-9]{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\)")
_EMOTICON = re.compile(r"[:;=]-?[)(\]\[]")


def unbalanced_brackets(text: str, pairs: dict[str, str]) -> list[int]:
    """Offsets of brackets in ``text`` that have no partner."""
    if not any(character in text for character in pairs) and not any(c in text for c in pairs.values()):
        return []
    ignored = {m.end() - 1 for m in _LIST_LABEL.finditer(text)}
    ignored |= {m.end() - 1 for m in _EMOTICON.finditer(text)}
    closers = {close: open_ for open_, close in pairs.items()}
    stack: list[tuple[str, int]] = []
    bad: list[int] = []
    brackets = re.compile("[" + re.escape("".join(pairs) + "".join(closers)) + "]")
    for match in brackets.finditer(text):
        index, character = match.start(), match.group(0)
        if character in pairs:
            stack.append((character, index))
        elif character in closers:
            if stack and stack[-1][0] == closers[character]:
                stack.pop()
            elif index not in ignored:
                bad.append(index)
    bad.extend(index for _, index in stack)
    return sorted(bad)


# -- quotes -----------------------------------------------------------------------------

_ELISIONS = ("em", "til", "tis", "twas", "cause", "n", "round", "bout", "ol", "cos", "coz", "nuff", "ya")
_WORD_START = re.compile(r"(?:^|(?<=[\s(\[{“\"—–-]))['‘](?=\w)")
_WORD_END = re.compile(r"(?<=[^\s(\[{])['’](?=[\s)\]}.,;:!?\"”—–-]|$)")


_CURLY_DOUBLE = re.compile("[“”]")


def unbalanced_double_quotes(text: str) -> list[int]:
    """Offsets of unmatched double quotes (straight or curly)."""
    straight = [m.start() for m in re.finditer('"', text)]
    inches = [i for i in straight if i > 0 and text[i - 1].isdigit()]
    if len(straight) % 2 == 1 and not (inches and (len(straight) - len(inches)) % 2 == 0):
        return [straight[-1]]
    bad: list[int] = []
    open_at: int | None = None
    for match in _CURLY_DOUBLE.finditer(text):
        index, character = match.start(), match.group(0)
        if character == "“":
            if open_at is not None:
                bad.append(open_at)
            open_at = index
        elif character == "”":
            if open_at is None:
                bad.append(index)
            open_at = None
    if open_at is not None:
        bad.append(open_at)
    return bad


def unmatched_single_openers(text: str) -> list[int]:
    """Offsets of word-initial ``'``/``‘`` with no closing quote after them."""
    if "'" not in text and "‘" not in text:
        return []
    events: list[tuple[int, str]] = []
    for match in _WORD_START.finditer(text):
        word = re.match(r"\w+", text[match.end():]).group(0).lower()
        if word[0].isdigit() or word in _ELISIONS:
            continue
        events.append((match.start(), "open"))
    events += [(m.start(), "close") for m in _WORD_END.finditer(text)]
    pending: list[int] = []
    for index, kind in sorted(events):
        if kind == "open":
            pending.append(index)
        elif pending:
            pending.pop()
    return pending


def source_quotes_balanced(text: str) -> bool:
    """Korean quotes balance: Korean has no apostrophes, and a closing quote is followed
    directly by a particle (``‘위기’라``), so marks are simply counted."""
    return (not unbalanced_double_quotes(text) and text.count("‘") == text.count("’")
            and text.count("'") % 2 == 0)


QUOTATION_WINDOW = 6  # segments a quotation may run over


def _opens_quote(text: str, index: int) -> bool:
    """A straight quote at ``index`` that opens: at a word start, text after it."""
    return (index == 0 or text[index - 1].isspace() or text[index - 1] in "([{—–-") and \
        index + 1 < len(text) and not text[index + 1].isspace()


def _quote_ends(text: str) -> tuple[bool, bool, bool, bool]:
    """Whether ``text`` leaves a double quote open at its end, closes one opened in an
    earlier segment, and the same for single quotes."""
    opens = closes = False
    if bool(unbalanced_double_quotes(text)) and text.count('"') % 2 == 1:
        straight = [m.start() for m in re.finditer('"', text)]
        opens = _opens_quote(text, straight[-1])
        closes = not _opens_quote(text, straight[0])
    opens = opens or text.count("“") > text.count("”")
    closes = closes or text.count("”") > text.count("“")
    single_opens = bool(unmatched_single_openers(text))
    single_closes = bool(_WORD_END.search(text))
    return opens, closes, single_opens, single_closes


def multi_segment_quotations(segments) -> set[int]:
    """Ids of target segments inside a quotation that runs over several segments.

    ``"We will go.`` / ``We will win," she said.`` — each sentence alone looks unbalanced
    but together they are fine. Quotes left open are paired with the next segment that
    closes one, within :data:`QUOTATION_WINDOW` segments. A segment that leaves a quote
    open right before a segment opening with a quote follows the convention for a
    quotation running over several paragraphs (no closing mark until its last one).
    """
    inside: set[int] = set()
    open_double: int | None = None
    open_single: int | None = None
    for position, segment in enumerate(segments):
        opens, closes, single_opens, single_closes = _quote_ends(segment.text)
        if open_double == position - 1 and segment.text.startswith(('"', "“")):
            # continued quotation: a paragraph left open, the next one reopens the quote
            inside.add(segments[open_double].id)
            open_double = None
            opens, closes = _quote_ends(segment.text[1:])[:2]
            closes = closes and not opens
        if open_double is not None and closes and position - open_double <= QUOTATION_WINDOW:
            inside.update(s.id for s in segments[open_double:position + 1])
            open_double = None
        elif opens:
            open_double = position
        if open_single is not None and single_closes and position - open_single <= QUOTATION_WINDOW:
            inside.update(s.id for s in segments[open_single:position + 1])
            open_single = None
        elif single_opens:
            open_single = position
    return inside


def _quotation_segments(pair: Pair, context) -> set[int]:
    cache = context.cache if context is not None else {}
    key = ("punctuation.multi_segment_quotations", id(pair.document))
    if key not in cache:
        cache[key] = multi_segment_quotations(pair.document.target_segments)
    return cache[key]


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
                  target=_target_loc(pair, bad[0]), confidence=0.8)


@pair_rule("TQA011", "punctuation", "minor", "Unbalanced quotation marks in the translation (balanced in the source).")
def unbalanced_quotes_rule(pair: Pair, context) -> Iterable[Finding]:
    double = unbalanced_double_quotes(pair.target)
    single = unmatched_single_openers(pair.target) if not double else []
    bad = double or single
    if not bad or not source_quotes_balanced(pair.source):
        return
    if any(segment.id in _quotation_segments(pair, context) for segment in pair.target_segments):
        return
    apostrophe = _apostrophe_like(pair.target) if double else None
    if apostrophe is not None:
        yield Finding("a double quote where an apostrophe belongs (the quotes do not balance)",
                      target=_target_loc(pair, apostrophe), suggestion="\u2019", confidence=0.7)
        return
    character = pair.target[bad[0]]
    yield Finding(f"quotation mark \u201c{character}\u201d is not closed or not opened "
                  "(the source's quotes balance)", target=_target_loc(pair, bad[0]), confidence=0.7)


_APOSTROPHE_LIKE = re.compile(r"(?<=[A-Za-z])\"(?=[A-Za-z\u00c0-\u024f])|(?<=[a-z]s)\"(?= [A-Za-z])")


def _apostrophe_like(text: str) -> int | None:
    """``d"état``, ``the Lakers" website``: a straight double quote typed for an apostrophe,
    when the count of straight quotes is odd."""
    if text.count('"') % 2 == 0:
        return None
    match = _APOSTROPHE_LIKE.search(text)
    return match.start() if match else None


@pair_rule("TQA012", "punctuation", "minor", "CJK punctuation or full-width characters in the English.")
def cjk_punctuation_rule(pair: Pair, context) -> Iterable[Finding]:
    if is_copy_of_source(pair):
        return
    for segment_id, text in _target_segments(pair):
        for start, end, suggestion in cjk_punctuation_spans(text):
            found = text[start:end]
            shown = suggestion if suggestion[:1] in "\u201c\u2018\"'" else f"\u201c{suggestion}\u201d"
            yield Finding(f"CJK punctuation in English text: \u201c{found}\u201d; use {shown}",
                          target=Loc(segment_id, start, end, found), suggestion=suggestion, confidence=0.9)


_DOUBLED_SPACE = re.compile(r"(?<=[^\s.?!:])[ \u00a0]{2,}(?=\S)")


@pair_rule("TQA013", "punctuation", "minor", "Doubled spaces inside a sentence.")
def doubled_spaces_rule(pair: Pair, context) -> Iterable[Finding]:
    for segment_id, text in _target_segments(pair):
        for match in _DOUBLED_SPACE.finditer(text):
            yield Finding("doubled space", target=Loc(segment_id, match.start(), match.end(), match.group(0)),
                          suggestion=" ", confidence=0.95)
