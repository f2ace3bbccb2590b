"""Anchors: tokens that survive translation unchanged and so tie a Korean sentence to
its English counterpart: numbers (with Korean 만/억/조 and English million/billion
read as values), and Latin-script words written inside the Korean (names of
products, organisations, acronyms).

Each segment's anchors are computed once (cached by text). :func:`anchor_score`
compares the anchors of a source block with those of a target block.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..en.numerals import fold_case

_NUMBER = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")
_KO_SCALE = {"만": 10**4, "억": 10**8, "조": 10**12, "천": 10**3}
_EN_SCALE = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_EN_SCALE_RE = re.compile(r"\s*(thousand|million|billion|trillion)\b", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&+'.-]*[A-Za-z0-9]|[A-Za-z]")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&+'-]*")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")
#: English words that stand for a number a Korean text writes with digits (3월 → March)
_WORD_VALUES = {**{name: index + 1 for index, name in enumerate(_MONTHS) if name != "may"},
                **{name: index + 1 for index, name in enumerate(_NUMBER_WORDS)}}
_WORD_VALUE_RE = re.compile(r"\b(" + "|".join(_WORD_VALUES) + r")\b", re.IGNORECASE)


def _value(whole: str, fraction: str | None) -> float:
    text = whole.replace(",", "") + ("." + fraction if fraction else "")
    return float(text)


def _spellings(value: float) -> set[str]:
    """Ways a value may be written on the other side: the value and, for large round
    values, the mantissa before thousand/million/billion/trillion."""
    keys = {_key(value)}
    for scale in (10**3, 10**6, 10**9, 10**12):
        if value >= scale and (value / scale) * 100 == int((value / scale) * 100):
            keys.add(_key(value / scale))
    return keys


def _key(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=65536)
def korean_number_spans(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """``(start, end, spellings)`` of each number written with digits in a Korean text;
    a following 만/억/조/천 is read as part of the value (3억 → 300000000, "300" million)."""
    found = []
    for match in _NUMBER.finditer(text):
        value = _value(match.group(1), match.group(2))
        keys = {_key(value)}
        end = match.end()
        rest = text[end:end + 1]
        if rest in _KO_SCALE:
            keys |= _spellings(value * _KO_SCALE[rest])
            end += 1
        found.append((match.start(), end, frozenset(keys)))
    return tuple(found)


def korean_numbers(text: str) -> tuple[frozenset[str], ...]:
    """One set of acceptable spellings per number written in a Korean text."""
    return tuple(keys for _, _, keys in korean_number_spans(text))


def number_key(value: float) -> str:
    """The spelling key of a value, as the sets above hold them."""
    return _key(value)


@lru_cache(maxsize=65536)
def english_numbers(text: str) -> tuple[frozenset[str], ...]:
    """One set of spellings per number written with digits in an English text."""
    found = []
    for match in _NUMBER.finditer(text):
        value = _value(match.group(1), match.group(2))
        keys = {_key(value)}
        scale = _EN_SCALE_RE.match(text, match.end())
        if scale:
            keys |= _spellings(value * _EN_SCALE[fold_case(scale.group(1))])
        found.append(frozenset(keys))
    return tuple(found)


@lru_cache(maxsize=65536)
def english_word_numbers(text: str) -> frozenset[str]:
    """Values of month names and small number words (``March`` → 3, ``five`` → 5): they
    confirm a Korean digit but their absence proves nothing."""
    return frozenset(_key(_WORD_VALUES[fold_case(m.group(1))]) for m in _WORD_VALUE_RE.finditer(text))


@lru_cache(maxsize=65536)
def korean_latin_words(text: str) -> frozenset[str]:
    """Latin-script words inside a Korean text, lower-cased (``BTS``, ``iPhone``)."""
    return frozenset(word.lower().strip(".") for word in _LATIN_WORD.findall(text))


@lru_cache(maxsize=65536)
def english_words(text: str) -> frozenset[str]:
    return frozenset(word.lower() for word in _EN_WORD.findall(text))


def _flatten(groups) -> set[str]:
    keys: set[str] = set()
    for group in groups:
        keys |= group
    return keys


def anchor_score(source_texts: list[str], target_texts: list[str]) -> float:
    """Anchor agreement of a source block and a target block.

    +1 for each source number found in the target and each Latin-script source word
    found in the target; −1 for each number on one side that the other side lacks.
    Zero when neither side has anchors.
    """
    source_numbers = [g for text in source_texts for g in korean_numbers(text)]
    target_numbers = [g for text in target_texts for g in english_numbers(text)]
    score = 0.0
    if source_numbers or target_numbers:
        target_keys = _flatten(target_numbers)
        for text in target_texts:
            target_keys |= english_word_numbers(text)
        source_keys = _flatten(source_numbers)
        matched = sum(1 for group in source_numbers if group & target_keys)
        unmatched_source = len(source_numbers) - matched
        unmatched_target = sum(1 for group in target_numbers if not group & source_keys)
        score += matched - unmatched_source - unmatched_target
    latin = set()
    for text in source_texts:
        latin |= korean_latin_words(text)
    if latin:
        words = set()
        for text in target_texts:
            words |= english_words(text)
        score += len(latin & words)
    return score


# ------------------------------------------------------------------ glosses -----
# In ``fast`` mode (no embeddings) lengths and numbers leave a dropped or merged sentence
# ambiguous wherever a document has few numbers. Content words are a denser signal: a
# Korean noun, verb or adjective whose gloss (``data/glosses.tsv`` over
# ``data/term_glosses.tsv``) is a word of the English block ties the two blocks together,
# and a block whose glossed words find nothing in the English is probably not its
# translation.

#: morpheme tags whose glosses count (nouns, verbs, adjectives, roots, adverbs)
GLOSS_TAGS = ("NNG", "NNP", "VV", "VA", "XR", "MAG")


@lru_cache(maxsize=65536)
def korean_gloss_roots(text: str) -> tuple[frozenset[str], ...]:
    """One set of English word roots per Korean content morpheme of ``text`` that the
    gloss lists know (its one-word renderings; function words left out): 주식 시장이
    하락했다 → ({stock, share}, {market}, {fall, drop, decline …})."""
    from ..analyse.term_words import STOPWORDS, term_lexicon
    from ..ko.analyser import morphemes

    lexicon = term_lexicon()
    groups = []
    for morpheme in morphemes(text):
        if not morpheme.tag.startswith(GLOSS_TAGS):
            continue
        renderings = lexicon.get(morpheme.lemma) or lexicon.get(morpheme.form) or ()
        roots = frozenset(r[0] for r in renderings if len(r) == 1 and r[0] not in STOPWORDS)
        if roots:
            groups.append(roots)
    return tuple(groups)


@lru_cache(maxsize=65536)
def english_roots(text: str) -> frozenset[str]:
    """Loose roots (:func:`tqa.analyse.term_words.word_root`) of the words of an English text."""
    from ..analyse.term_words import word_root

    return frozenset(word_root(word) for word in _EN_WORD.findall(text))


class GlossMatcher:
    """Gloss agreement of source and target blocks of one document pair.

    ``score(rows, a, cols, b)`` = glossed Korean words of the source block with a gloss
    in the target block − ``unmatched`` × those without. Per sentence pair, the matched
    words are a bit mask, computed once.
    """

    def __init__(self, source_texts: list[str], target_texts: list[str], unmatched: float):
        self.groups = [korean_gloss_roots(t) for t in source_texts]
        self.roots = [english_roots(t) for t in target_texts]
        self.unmatched = unmatched
        self._masks: dict[tuple[int, int], int] = {}

    def _mask(self, i: int, j: int) -> int:
        key = (i, j)
        mask = self._masks.get(key)
        if mask is None:
            roots = self.roots[j]
            mask = 0
            for bit, group in enumerate(self.groups[i]):
                if not roots.isdisjoint(group):
                    mask |= 1 << bit
            self._masks[key] = mask
        return mask

    def score(self, i: int, a: int, j: int, b: int) -> float:
        matched = total = 0
        for row in range(i, i + a):
            count = len(self.groups[row])
            if not count:
                continue
            mask = 0
            for col in range(j, j + b):
                mask |= self._mask(row, col)
            matched += mask.bit_count()
            total += count
        return matched - self.unmatched * (total - matched)
