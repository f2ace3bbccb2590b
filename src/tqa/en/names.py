"""Proper-noun candidates in English: runs of capitalised words.

``capitalised_spans("Senior Research Fellow Jo Han-beom of the Korea Institute for
National Unification said")`` gives "Senior Research Fellow Jo Han-beom" and "Korea
Institute for National Unification". Inner function words (of, for, the, and, de …)
are kept when a capitalised word follows them. Sentence-initial words are included:
callers that care can check :attr:`CapSpan.sentence_initial`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from os.path import commonprefix

# A word: letters with inner hyphens/apostrophes ("Han-beom", "O'Neill", "US").
WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:[-\u2010\u2011'\u2019][A-Za-z\u00C0-\u024F]+)*")
CONNECTORS = frozenset({"of", "for", "the", "and", "de", "du", "von", "van", "al", "on", "la", "le", "del"})
#: Capitalised words that start sentences or titles but are not names.
COMMON_CAPITALISED = frozenset("""
The A An This That These Those It Its He She They We I You His Her Their Our My Your But And Or
If In On At For From By With As After Before When While Since Although Though However Meanwhile
Also Yet So Then There Here What Which Who Whom Whose Why How Some Many Most All Any Each Every
According Despite During Under Over Into Through Between Among About Against Without Within Not
No Yes One Two Three Four Five Six Seven Eight Nine Ten Mr Mrs Ms Dr Last Next First Such Both
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December
""".split())


@dataclass(frozen=True)
class CapSpan:
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    sentence_initial: bool


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:;\n"


@lru_cache(maxsize=16384)
def capitalised_spans(text: str) -> tuple[CapSpan, ...]:
    """Maximal runs of capitalised words (with inner connectors) in ``text``."""
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    spans: list[CapSpan] = []
    index = 0
    while index < len(words):
        start, end, word = words[index]
        if not _is_capitalised(word):
            index += 1
            continue
        members = [word]
        last = index
        probe = index + 1
        while probe < len(words):
            gap = text[words[probe - 1][1]:words[probe][0]]
            if gap not in (" ", "\u00a0"):
                break
            candidate = words[probe][2]
            if _is_capitalised(candidate):
                members.append(candidate)
                last = probe
                probe += 1
            elif candidate.lower() in CONNECTORS and probe + 1 < len(words) \
                    and _is_capitalised(words[probe + 1][2]) \
                    and text[words[probe][1]:words[probe + 1][0]] == " ":
                members.append(candidate)
                probe += 1
            else:
                break
        members = members[: last - index + 1]
        span_end = words[last][1]
        initial = _at_sentence_start(text, start)
        spans.append(CapSpan(start, span_end, text[start:span_end], tuple(members), initial))
        index = last + 1
    return tuple(spans)


def proper_noun_words(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words that are likely names: every word of every capitalised span,
    minus a sentence-initial common word ("The", "However" …), hyphen parts split off."""
    return list(_proper_noun_words(text))


@lru_cache(maxsize=16384)
def _proper_noun_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """:func:`proper_noun_words`, memoised (the name checks ask once per name of a sentence)."""
    result = []
    for span in capitalised_spans(text):
        offset = span.start
        for position, match in enumerate(WORD.finditer(span.text)):
            word = match.group()
            if not _is_capitalised(word):
                continue
            if word in COMMON_CAPITALISED and (position == 0 and span.sentence_initial or len(span.words) == 1):
                continue
            result.append((offset + match.start(), offset + match.end(), word))
    return tuple(result)


_INFLECTIONS = ("s", "es", "n", "an", "ean", "ian", "ese", "ic", "ish", "i", "er", "ers", "ns", "ans", "is", "ians",
                "eans")


def is_inflection(a: str, b: str) -> bool:
    """Words that differ by an inflection or demonym ending (Europa/European, Trump/Trumps)."""
    prefix = len(commonprefix([a, b]))
    tails = sorted((a[prefix:], b[prefix:]), key=len)
    if not tails[0] and tails[1][:1] == a[prefix - 1:prefix]:
        return False  # a doubled last letter (Texass, Washingtonn) is a slip, not an ending
    if len(tails[0]) == len(tails[1]) == 1:
        return False  # one last letter swapped (Doyle/Doyla, Apple/Appla) is a slip, not an ending
    return prefix >= 3 and tails[1] in _INFLECTIONS and tails[0] in ("", "a", "e", "o", "y")
