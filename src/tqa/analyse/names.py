"""Analysis ``names``: the persons, foreign names, organisations and countries of each
pair's Korean (:mod:`tqa.ko.names`) and the English words that render them.

A Korean person's name is credited with a rendering when the English holds a
romanisation the rules of :mod:`tqa.ko.romanize` accept (any common surname spelling,
hyphenated or not, either order); a surname-only mention (김 장관) is resolved to the
full name it refers to by its title; a foreign name written in Hangul is matched to the
English word that sounds most like it. The name rules (:mod:`tqa.checks.names`) compare
these renderings across the document.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..document import Document, Pair
from ..en.names import proper_noun_words
from ..ko.names import KoName, find_names, split_korean_name, title_before
from ..ko.romanize import name_pattern, phonetic_similarity, surname_pattern
from .registry import analyser


#: phonetic similarity at or above which a capitalised word renders a Hangul foreign name
PHONETIC_MATCH = 0.75


@dataclass
class Rendering:
    """Where and how a name was rendered in a pair's target text."""

    text: str
    start: int
    end: int
    form: str  # "full" | "surname" | "phonetic"


@dataclass
class Mention:
    """One Korean name mention in one aligned pair, with its renderings."""

    pair: int
    name: KoName
    entity: str  # full Hangul name for persons (surname mentions resolved); the form otherwise
    renderings: list[Rendering] = field(default_factory=list)
    #: a surname mention resolved by its title (이 장관 → the minister), not just by recency
    by_title: bool = False

    @property
    def kind(self) -> str:
        return "person" if self.name.kind in ("person", "surname") else self.name.kind


@dataclass
class NamesAnalysis:
    pairs: list[Pair]
    mentions: list[Mention]

    def by_entity(self, kinds=("person",)) -> dict[str, list[Mention]]:
        groups: dict[str, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            if mention.kind in kinds:
                groups[mention.entity].append(mention)
        return groups


def _full_renderings(name: str, target: str) -> list[Rendering]:
    return [Rendering(m.group(), m.start(), m.end(), "full") for m in name_pattern(name).finditer(target)]


def _surname_renderings(surname: str, target: str) -> list[Rendering]:
    return [Rendering(m.group(), m.start(), m.end(), "surname") for m in surname_pattern(surname).finditer(target)]


_WORD_PIECE_BREAK = re.compile(r"[-\u2010\u2011']")


def _word_pieces(start: int, word: str) -> list[tuple[int, int, str]]:
    """The hyphen/apostrophe pieces of a word with their offsets ("Pro-Trump" → Pro, Trump)."""
    pieces, offset = [], start
    for piece in _WORD_PIECE_BREAK.split(word):
        pieces.append((offset, offset + len(piece), piece))
        offset += len(piece) + 1
    return pieces


def _best_span(part: str, start: int, end: int, word: str) -> tuple[float, tuple[int, int, str]]:
    """The best-sounding span of one capitalised word for a Hangul name part: the whole
    word, or one of its pieces when that piece alone sounds better ("Kim" in "Kim-Trump",
    "Trump" in "Pro-Trump"; but "Jean-Claude" stays whole for 장클로드)."""
    best_score, best = phonetic_similarity(part, word), (start, end, word)
    if not _WORD_PIECE_BREAK.search(word):
        return best_score, best  # one piece: the word itself
    for piece in _word_pieces(start, word):
        score = phonetic_similarity(part, piece[2])
        if score > best_score and len(piece[2]) >= 2:
            best_score, best = score, piece
    return best_score, best


def _phonetic_renderings(hangul: str, target: str) -> list[Rendering]:
    """Capitalised words (or a run of them) that sound like the Hangul name's parts."""
    words = proper_noun_words(target)
    matched: list[tuple[int, int, str]] = []
    for part in hangul.split():
        best, best_score = None, 0.0
        for start, end, word in words:
            score, span = _best_span(part, start, end, word)
            if score > best_score:
                best, best_score = span, score
        if best and best_score >= PHONETIC_MATCH:
            matched.append(best)
    if not matched:
        return []
    matched = sorted(set(matched))
    start, end = matched[0][0], matched[-1][1]
    if re.fullmatch(r"[\w\-\u2010\u2011' ]+", target[start:end]):
        return [Rendering(target[start:end], start, end, "phonetic")]
    return [Rendering(text, s, e, "phonetic") for s, e, text in matched]


def person_renderings(full_name: str, target: str) -> list[Rendering]:
    """Renderings of a Korean person in ``target``: full-name matches, else surname-only ones."""
    full = _full_renderings(full_name, target)
    if full:
        return full
    split = split_korean_name(full_name)
    return _surname_renderings(split[0] if split else full_name[:1], target)


def _same_title(a: str, b: str) -> bool:
    """Titles naming the same post (장관/장관, 연구위원/선임연구위원; not 위원장/부위원장)."""
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    return longer.endswith(shorter) and longer[: len(longer) - len(shorter)] != "부"


def surname_of_name(name: str) -> str | None:
    split = split_korean_name(name)
    return split[0] if split else None


def _resolve_surname(surname: str, title: str, mentions: list[Mention], later: Iterable[KoName],
                     titles_of: dict[str, set[str]]) -> tuple[str, bool]:
    """(full name, whether the title decided) for a surname-only mention; the surname
    itself when nobody matches.

    Candidates are the persons with that surname named in full, the most recent first,
    then the following ones. One whose title agrees wins (이 장관 is the minister 이준호,
    not the vice-minister 이서진 named since); otherwise the most recent person."""
    earlier = list(dict.fromkeys(m.entity for m in reversed(mentions)
                                 if m.name.kind == "person" and surname_of_name(m.entity) == surname))
    for entity in earlier:
        if any(_same_title(title, t) for t in titles_of.get(entity, ())):
            return entity, True
    first_following = None
    for name in later:
        if name.kind != "person" or surname_of_name(name.text) != surname:
            continue
        if any(_same_title(title, t) for t in titles_of.get(name.text, ())):
            return name.text, True
        first_following = first_following or name.text
    return (earlier[0] if earlier else first_following or surname), False


def _names_from(found: list[list[KoName]], index: int) -> Iterator[KoName]:
    """The names of pair ``index`` and every later pair, in order (walked lazily)."""
    for position in range(index, len(found)):
        yield from found[position]


@analyser("names", requires=("korean",))
def analyse_names(document: Document, context=None) -> NamesAnalysis:
    """Names per pair and their renderings."""
    pairs = list(document.pairs())
    found = [find_names(pair.source) for pair in pairs]
    titled_people = {n.text for names in found for n in names if n.kind == "person" and n.titled}
    titles_of: dict[str, set[str]] = defaultdict(set)  # each person's titles, after or before the name
    for pair, names in zip(pairs, found):
        for n in names:
            if n.kind == "person":
                titles_of[n.text].update(t for t in (n.title, title_before(pair.source, n.start)) if t)
    mentions: list[Mention] = []
    for index, (pair, names) in enumerate(zip(pairs, found)):
        for name in names:
            if name.kind == "person":
                entity = name.text
                renderings = person_renderings(entity, pair.target)
                full_match = any(r.form == "full" for r in renderings)
                # an untitled NNP is a person only when titled elsewhere or romanised as a name
                if not name.titled and entity not in titled_people and not full_match:
                    continue
            elif name.kind == "surname":
                entity, by_title = _resolve_surname(name.text, name.title, mentions, _names_from(found, index),
                                                    titles_of)
                renderings = _surname_renderings(name.text, pair.target)
                if entity != name.text:
                    renderings = _full_renderings(entity, pair.target) or renderings
                mentions.append(Mention(index, name, entity, renderings, by_title))
                continue
            elif name.kind in ("foreign", "org", "country"):
                entity = name.text
                renderings = _phonetic_renderings(name.text, pair.target) if name.kind == "foreign" else []
            else:
                entity, renderings = name.text, []
            mentions.append(Mention(index, name, entity, renderings))
    return NamesAnalysis(pairs, mentions)


def analyse_document(document: Document, context=None) -> NamesAnalysis:
    """The document's names analysis (computed on first use)."""
    return document.analyses.names


def unique_renderings(mentions: list[Mention], forms=("full", "surname", "phonetic")):
    """(mention, rendering) pairs with each target position once (a name twice in one
    source sentence but once in its translation is one rendering), in document order."""
    seen: set[tuple[int, int]] = set()
    result = []
    for mention in mentions:
        for rendering in mention.renderings:
            if rendering.form in forms and (mention.pair, rendering.start) not in seen:
                seen.add((mention.pair, rendering.start))
                result.append((mention, rendering))
    return result
