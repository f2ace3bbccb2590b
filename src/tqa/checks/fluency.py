"""English-side fluency: accidental repetitions.

Rules (family ``fluency``, minor):

* **TQA020** a word typed twice in a row (``the the``), separated only by spaces, inside
  one target sentence. Not reported:

  - grammatical doubles: ``had had``, ``that that``, ``is is`` after a free relative
    (``what it is is``, ``all it is is``), ``her her`` (``gave her her keys``),
    ``you you`` (``told you you were``), ``do do``/``did did`` (``what they do do``);
  - reduplicatives written on purpose: ``very very``, ``so so``, ``no no``, ``bye bye``,
    ``ha ha``, ``knock knock``, ``far far`` …;
  - the last part of a hyphenated word (``Moon Jae-in in Seoul``);
  - numbers (``10 10`` in scores and tables) — only alphabetic words are compared;
  - a capitalised second word (``Bora Bora``, ``Walla Walla``, ``Duran Duran``): names;
    ``The the`` (capital then lower case) is still reported.
* **TQA021** a phrase of two to four words typed twice in a row (``in the in the``).
  Deliberate chains (``on and on and on``, ``step by step by step``) and one word
  repeated (``no no no no``) are not reported.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..document import Loc, Pair
from .registry import Finding, pair_rule

_REPEATED_WORD = re.compile(r"(?<![-'’])\b([A-Za-z]+(?:'[A-Za-z]+)?)([ \u00a0]+)(\1)\b", re.IGNORECASE)

GRAMMATICAL_DOUBLES = frozenset({"had", "that", "her", "you", "do", "did", "does"})
REDUPLICATIVES = frozenset("""
very so no bye ha haha hee ho knock far long many much really tut chop boo hip hear
well now there yeah yes oh ah uh um hmm bang boom tick tock ding dong night blah la na
meow woof quack baa moo tsk pooh goody tom wait pretty plus
go come run hurry faster more please stop help again quick
sorry thanks okay ok wow
""".split())
#: English "N to N" phrases (door to door, face to face): "door to door to bring them" repeats
#: no phrase, the second "to" starts what follows. Other prepositions join any repeated word
#: ("one by one by lot", "year after year after"): see :data:`_LINKING_PREPOSITIONS`.
N_TO_N_NOUNS = frozenset("""
door face back day head end coast cheek hand house person year shoulder side toe wall peer
bumper mouth heart man woman point nose neck eye station store town city country case state
month week region branch room ear ground business desk screen table bed
""".split())
_LINKING_PREPOSITIONS = frozenset({"by", "after", "for", "upon", "in", "over", "against", "on"})
#: a word doubled in the Korean, with or without a space (굿굿, 빨리빨리, ㅈㅅㅈㅅ "sorry sorry",
#: ㅇㅈ ㅇㅈ "agreed, agreed"): the English doubles it on purpose; a run of one jamo (ㅋㅋ, ㅎㅎ,
#: ㅠㅠ laughter and tears) is no word
_DOUBLED_KOREAN = re.compile(r"([가-힣]{1,3}|[ㄱ-ㅎ]{2,3}) ?\1(?![가-힣])")
# "what it is is", "all it is is": a free relative as subject; "It is is" stays an error
_IS_IS_CONTEXT = re.compile(r"\b(?:what|all)(?:\s+\w+){1,3}\s*$", re.IGNORECASE)


def _is_intended_double(text: str, match: re.Match) -> bool:
    first, second = match.group(1), match.group(3)
    word = first.lower()
    if word in GRAMMATICAL_DOUBLES or word in REDUPLICATIVES:
        return True
    if word == "is" and _IS_IS_CONTEXT.search(text, 0, match.start()):
        return True
    return second[:1].isupper()


@pair_rule("TQA020", "fluency", "minor", "The same word twice in a row (\u201cthe the\u201d).")
def repeated_word(pair: Pair, context) -> Iterable[Finding]:
    if _DOUBLED_KOREAN.search(pair.source):
        return  # the Korean doubles a word itself: so may the English
    for segment in pair.target_segments:
        for match in _REPEATED_WORD.finditer(segment.text):
            if _is_intended_double(segment.text, match):
                continue
            yield Finding(f"\u201c{match.group(1)}\u201d is repeated",
                          target=Loc(segment.id, match.start(), match.end(), match.group(0)),
                          suggestion=match.group(1))


_WORD = re.compile(r"[A-Za-z]+")
_ONLY_WORDS_AND_SPACES = re.compile(r"[A-Za-z \u00a0]+")


def repeated_phrases(text: str) -> Iterable[tuple[int, int, str]]:
    """``(start, end, phrase)`` for each phrase of 2–4 words immediately repeated."""
    keys = _WORD.findall(text.lower())
    count = len(keys)
    index = 0
    while index < count:
        for size in (2, 3, 4):
            middle = index + size
            if middle + size > count:
                break
            if keys[index] != keys[middle] or keys[index:middle] != keys[middle:middle + size]:
                continue
            if len(set(keys[index:middle])) == 1:
                continue  # "no no no no" is a reduplication, not a phrase
            if size == 2 and _noun_linked_to_itself(keys[index], keys[index + 1]):
                continue  # "door to door to bring", "day by day by": "A to A" and a new "to"
            if keys[middle + size:middle + size + 1] == [keys[index]] or (
                    index > 0 and keys[index - 1] == keys[middle - 1]):
                continue  # "on and on and on", "step by step by step": a deliberate chain
            spans = [m.span() for m in _WORD.finditer(text)]
            start, end = spans[index][0], spans[middle + size - 1][1]
            if not _ONLY_WORDS_AND_SPACES.fullmatch(text, start, end):
                continue
            if start and text[start - 1] in "-‐‑":
                continue  # "from warm-temperate to temperate to": the first word ends a compound
            yield start, end, text[start:spans[middle - 1][1]]
            index = middle + size - 1
            break
        index += 1


def _noun_linked_to_itself(word: str, preposition: str) -> bool:
    """``word preposition word`` is an English reduplication (door to door, day by day)."""
    return preposition in _LINKING_PREPOSITIONS or (preposition == "to" and word in N_TO_N_NOUNS)


@pair_rule("TQA021", "fluency", "minor", "The same phrase twice in a row (\u201cin the in the\u201d).")
def repeated_phrase(pair: Pair, context) -> Iterable[Finding]:
    for segment in pair.target_segments:
        for start, end, phrase in repeated_phrases(segment.text):
            yield Finding(f"\u201c{phrase}\u201d is repeated",
                          target=Loc(segment.id, start, end, segment.text[start:end]),
                          suggestion=phrase)
