"""English word patterns, as written in the calque lexicon's ``literal`` and ``idiomatic``
columns.

Syntax: a cell holds patterns separated by `` ; ``. A pattern is space-separated
*slots*; a slot is alternatives separated by ``/``; an alternative ending in ``*``
matches any word it begins (``torment*`` → torments, tormenting); the slot ``…`` (or
``...``) is a gap of up to :data:`MAX_GAP` words. Matching is case-insensitive on word
tokens: ``hope* … torment*/tortur*`` matches "hopes of torture" and "hoping for more torment".
Words are runs of letters and digits (apostrophes and hyphens split them: "don't" is
don, t); a possessive ``'s`` is dropped ("the bag's strap" is the words bag, strap).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

MAX_GAP = 4
GAP_SLOTS = ("…", "...")

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = "'’"


class Token(NamedTuple):
    text: str   # lower-cased
    start: int  # code-point offsets into the text
    end: int


def tokenize(text: str) -> list[Token]:
    """Word tokens of an English text (letters and digits; hyphens split words)."""
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group().lower()
        start = match.start()
        if word == "s" and start > 0 and text[start - 1] in _APOSTROPHES:
            continue  # possessive: "the bag's strap" → bag, strap
        tokens.append(Token(word, start, match.end()))
    return tokens


@dataclass(frozen=True)
class Slot:
    exact: frozenset[str]
    prefixes: tuple[str, ...]

    def matches(self, word: str) -> bool:
        return word in self.exact or any(word.startswith(p) for p in self.prefixes)


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern: a sequence of slots, ``None`` standing for a gap."""

    text: str
    slots: tuple[Slot | None, ...]

    def search(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """Token index ranges ``(first, last)`` where the pattern matches (leftmost,
        non-overlapping)."""
        hits = []
        index = 0
        while index < len(tokens):
            end = self._match_from(tokens, index, 0)
            if end is not None:
                hits.append((index, end))
                index = end + 1
            else:
                index += 1
        return hits

    def _match_from(self, tokens: list[Token], position: int, slot_index: int) -> int | None:
        """Index of the last token matched when the slots from ``slot_index`` match at
        ``position``; None otherwise. Gaps try the shortest extent first."""
        slot = self.slots[slot_index]
        last = slot_index == len(self.slots) - 1
        if slot is None:  # gap: skip 0..MAX_GAP words, then continue with the next slot
            if last:
                return position - 1
            for skip in range(MAX_GAP + 1):
                if position + skip >= len(tokens):
                    break
                end = self._match_from(tokens, position + skip, slot_index + 1)
                if end is not None:
                    return end
            return None
        if position >= len(tokens) or not slot.matches(tokens[position].text):
            return None
        if last:
            return position
        return self._match_from(tokens, position + 1, slot_index + 1)


class PatternError(ValueError):
    pass


@lru_cache(maxsize=16384)
def compile_pattern(text: str) -> Pattern:
    """Compile one pattern; raises :class:`PatternError` when it has no word slot."""
    slots: list[Slot | None] = []
    for raw in text.split():
        if raw in GAP_SLOTS:
            if slots and slots[-1] is None:
                continue
            slots.append(None)
            continue
        exact, prefixes = set(), []
        for alternative in raw.lower().replace("’", "'").split("/"):
            alternative = alternative.strip()
            if not alternative or alternative == "*":
                continue
            if alternative.endswith("*"):
                prefixes.append(alternative.rstrip("*"))
            else:
                exact.add(alternative)
        if not exact and not prefixes:
            raise PatternError(f"empty slot {raw!r} in pattern {text!r}")
        slots.append(Slot(frozenset(exact), tuple(prefixes)))
    while slots and slots[0] is None:
        slots.pop(0)
    while slots and slots[-1] is None:
        slots.pop()
    if not slots:
        raise PatternError(f"pattern {text!r} has no words")
    return Pattern(text, tuple(slots))


def compile_patterns(texts: list[str]) -> list[Pattern]:
    """Compile the patterns that are valid; invalid ones are skipped."""
    compiled = []
    for text in texts:
        try:
            compiled.append(compile_pattern(text))
        except PatternError:
            continue
    return compiled


class PatternMatch(NamedTuple):
    pattern: str
    start: int  # code-point offsets into the text
    end: int


def find_patterns(text: str, patterns: list[str], tokens: list[Token] | None = None) -> list[PatternMatch]:
    """Every place in ``text`` where one of ``patterns`` matches."""
    tokens = tokens if tokens is not None else tokenize(text)
    found = []
    for pattern in compile_patterns(patterns):
        for first, last in pattern.search(tokens):
            found.append(PatternMatch(pattern.text, tokens[first].start, tokens[last].end))
    return sorted(found, key=lambda m: (m.start, m.end))


# ---------------------------------------------------------------------------
# Gloss words: plain English glosses matched with their regular inflections
# ---------------------------------------------------------------------------

def inflections(word: str) -> set[str]:
    """Regular inflections of an English word: hope → hopes, hoped, hoping."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", word + "d"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y") and len(word) > 2:
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    return forms


#: in a gloss phrase, any of these stands for any of them ("front of a garment" matches
#: "front of her garment")
DETERMINER_SLOT = "a/an/the/his/her/its/their/my/our/your/one"
#: leading words of a gloss that the English need not repeat ("be tied" matches "tied")
_DROPPED_LEADS = ("be ", "to ")


def gloss_pattern(gloss: str) -> str:
    """A pattern matching a gloss phrase with each word inflected regularly."""
    gloss = gloss.lower().strip()
    for lead in _DROPPED_LEADS:
        if gloss.startswith(lead) and len(gloss) > len(lead):
            gloss = gloss[len(lead):]
    slots = []
    for word in gloss.replace("'s", "").replace("-", " ").split():
        if word in DETERMINER_SLOT.split("/") and slots:
            slots.append(DETERMINER_SLOT)
        else:
            slots.append("/".join(sorted(inflections(word))))
    return " ".join(slots)


def find_glosses(tokens: list[Token], glosses: list[str]) -> list[tuple[int, int]]:
    """Token ranges ``(first, last)`` where one of the gloss phrases occurs."""
    found = []
    for gloss in glosses:
        try:
            pattern = compile_pattern(gloss_pattern(gloss))
        except PatternError:
            continue
        found.extend(pattern.search(tokens))
    return sorted(set(found))
