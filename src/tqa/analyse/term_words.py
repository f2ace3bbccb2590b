"""Shared word knowledge of the term analyses: Korean compound terms and their parts
(kiwipiepy nouns), English word roots and stems, word frequencies (wordfreq Zipf), the
term-part lexicon (``data/term_glosses.tsv`` over ``data/glosses.tsv``), and small
predicates about where a word stands in a sentence."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..ko.analyser import per_analyser



def zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # wordfreq is optional: without it only exonyms and compounds are checked
        return 9.0
    return zipf_frequency(word, "en")


STOPWORDS = frozenset("""
a an the of for to in on at by with from and or but as is are was were be been being that this these those it its
their his her our your my they he she we you i not no so than then there here which who whom whose what when where
how why also more most very such into over under about after before between said says will would can could may
might must should has have had do does did up out
ever first second third fourth last next new other same own many much few one two three four five each every
all any some former recent latest current previous big small great good high low early late just only
six seven eight nine ten dozen hundred thousand million billion
""".split())


EN_WORD = re.compile(r"[A-Za-z][A-Za-z\-']*")


def compound_terms(text: str, min_chars: int = 3) -> list[tuple[str, int, int]]:
    """Noun compounds written as one word (핵심광물 = 핵심+광물) of at least ``min_chars``
    syllables, with their offsets. The parts are :func:`compound_parts`."""
    # every compound spans two nouns, so at least two characters: the list for 2 holds the rest
    return [term for term in _compound_terms(text) if term[2] - term[1] >= min_chars]


@per_analyser(maxsize=65536)  # read by the term and lexicon analyses and the term rules alike
def _compound_terms(text: str) -> tuple[tuple[str, int, int], ...]:
    from ..ko.analyser import morphemes
    from ..ko.names import is_post

    terms, run = [], []
    for token in list(morphemes(text)) + [None]:
        if token is not None and token.tag == "NNG" and (not run or token.start == run[-1].end):
            run.append(token)
            continue
        suffixed = token is not None and token.tag == "XSN" and token.start == (run[-1].end if run else -1) \
            and token.form != "들"  # 영업이익률 (a margin) is another term than 영업이익 (a profit)
        if len(run) >= 2 and run[-1].end - run[0].start >= 2 and not suffixed \
                and not is_post(text, run[0].start, run[-1].end):  # a post (수석연구위원) is the names' (TQA205)
            terms.append((text[run[0].start:run[-1].end], run[0].start, run[-1].end))
        run = [token] if token is not None and token.tag == "NNG" else []
    return tuple(terms)


def compound_parts(term: str) -> tuple[str, ...]:
    from ..ko.analyser import morphemes

    return tuple(t.form for t in morphemes(term) if t.tag.startswith("NN"))


def one_word_changes(reference: tuple[str, ...], grams):
    """(n-gram, its spans, position) for each n-gram of ``grams`` as long as ``reference``
    that differs from it in exactly one word."""
    for gram, spans in grams.items():
        if len(gram) != len(reference) or gram == reference:
            continue
        differing = [i for i in range(len(gram)) if gram[i] != reference[i]]
        if len(differing) == 1:
            yield gram, spans, differing[0]


class PerTarget(Sequence):
    """``[function(pair.target) for pair in pairs]`` computed lazily: an item when it is
    first read, each distinct target text once (identical targets share one value: read
    the values, never change them).

    The items map word n-grams (tuples of words made lower case and trimmed by
    ``fragment``'s inverse: stems, roots) to spans. ``fragment(word)`` is a piece of text
    that the lower-cased target must contain for an n-gram holding ``word`` to occur in it
    (:meth:`may_hold`), so that :func:`used_elsewhere` windows only the targets that could
    hold an n-gram rather than every target of the document."""

    def __init__(self, pairs, function, fragment=None):
        self._targets = [pair.target for pair in pairs]
        self._function = function
        self._fragment = fragment or (lambda word: word)
        self._items: list = [None] * len(self._targets)
        self._by_text: dict = {}
        self._lowered: list[str] | None = None  # the targets in lower case, made on first use
        self._by_needle: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self._targets)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        found = self._items[index]
        if found is None:
            text = self._targets[index]
            found = self._by_text.get(text)
            if found is None:
                found = self._by_text[text] = self._function(text)
            self._items[index] = found
        return found

    def __iter__(self):
        for index in range(len(self._targets)):
            yield self[index]

    def may_hold(self, gram: tuple[str, ...]) -> list[int]:
        """Indices of the targets that contain every word's fragment (a superset of those
        whose item holds ``gram``), in order."""
        needles = sorted({self._fragment(word) for word in gram} - {""}, key=len, reverse=True)
        if not needles:
            return list(range(len(self._targets)))
        found = self._holding(needles[0])  # the longest fragment first: the fewest targets
        for needle in needles[1:]:
            found = [index for index in found if needle in self._lowered[index]]
        return found

    def _holding(self, needle: str) -> list[int]:
        found = self._by_needle.get(needle)
        if found is None:
            if self._lowered is None:
                self._lowered = [text.lower() for text in self._targets]
            found = self._by_needle[needle] = [index for index, low in enumerate(self._lowered) if needle in low]
        return found


def root_fragment(root: str) -> str:
    """What a word whose :func:`word_root` is ``root`` contains (lower case): the root, but
    for a final y that may stand for "ies" (cities → city)."""
    return root[:-1] if root.endswith("y") else root


def used_elsewhere(gram: tuple[str, ...], all_grams, index: int) -> bool:
    """``gram`` occurs in the target of a pair other than ``index``."""
    if isinstance(all_grams, PerTarget):
        return any(gram in all_grams[other] for other in all_grams.may_hold(gram) if other != index)
    return any(gram in grams for other, grams in enumerate(all_grams) if other != index)


#: a word at least this frequent (wordfreq Zipf scale) is a common word, not a proper noun
COMMON_WORD_ZIPF = 4.3


def is_common_word(word: str) -> bool:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # without word frequencies a capitalised variant is never accepted
        return False
    return zipf_frequency(word, "en") >= COMMON_WORD_ZIPF


def starts_sentence(target: str, start: int) -> bool:
    """True when ``start`` is at the beginning of a sentence of ``target``."""
    return target[:start].rstrip()[-1:] in ("", ".", "!", "?", "\"", "'", "“", "‘", ":")


def sentence_initial(target: str, text: str) -> bool:
    start = target.find(text)
    return start <= 0 or target[:start].rstrip()[-1:] in ".!?\"'“‘:"


def first_occurrence(text: str, term: str) -> tuple[int, int]:
    start = text.find(term)
    return start, start + len(term)


def _plain_word(stem: str) -> bool:
    return stem.isalpha() and len(stem) >= 3 and stem not in STOPWORDS


def modifier_like(stem: str) -> bool:
    """A plain word that is not a verb form in -ing/-ed (those precede nouns as verbs)."""
    return _plain_word(stem) and not stem.endswith(("ing", "ed"))


TERM_GLOSSES_PATH = Path(__file__).resolve().parent.parent / "data" / "term_glosses.tsv"


#: function words allowed inside a rendering ("Ministry of Justice")
INNER_WORDS = frozenset({"of", "for", "on", "and", "the", "in", "against"})


#: phonetic similarity at which an English word renders a Hangul loanword part
LOANWORD_SIMILARITY = 0.65


_DERIVATIONAL = ("ities", "ity", "ical", "ial", "ary", "ion", "ions", "ive", "ment", "al", "ic", "ly", "y", "e")


@lru_cache(maxsize=65536)
def word_root(word: str) -> str:
    """A loose root shared by inflected and derived forms: immune/immunity → immun,
    attempted/attempt → attempt, judicial/judiciary → judici, minerals → mineral."""
    word = word.lower().strip("'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            word = word[: -len(suffix)] + replacement
            break
    else:
        if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
            word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for suffix in _DERIVATIONAL:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1)
def term_lexicon() -> dict[str, frozenset[tuple[str, ...]]]:
    """Korean word → its English renderings, each a tuple of word roots (function words
    dropped): 면역 → {(immun,)}, 법무장관 → {(attorney, general), (justice, minister) …}."""
    from ..ko.expressions import GLOSSES_PATH, parse_glosses

    table: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for path in (GLOSSES_PATH, TERM_GLOSSES_PATH):
        if not path.exists():
            continue
        entries, _ = parse_glosses(path.read_text(encoding="utf-8"))
        for korean, glosses in entries.items():
            for gloss in glosses:
                roots = tuple(word_root(w) for w in EN_WORD.findall(gloss) if w.lower() not in STOPWORDS)
                if roots:
                    table[korean].add(roots)
    return {korean: frozenset(renderings) for korean, renderings in table.items()}


@lru_cache(maxsize=8192)
def part_roots(part: str) -> frozenset[str]:
    """Every word root of every rendering of one Korean part."""
    return frozenset(root for rendering in term_lexicon().get(part, ()) for root in rendering)


def word_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in EN_WORD.finditer(text)]


def source_roots(source: str, term_start: int, term_end: int) -> set[str]:
    """Roots of the renderings of every Korean noun of ``source`` outside the term."""
    from ..ko.analyser import morphemes

    roots: set[str] = set()
    for token in morphemes(source):
        if term_start <= token.start < term_end:
            continue
        for form in {token.form, token.lemma}:
            for piece in _lexicon_pieces(form):
                roots |= part_roots(piece)
    return roots


@lru_cache(maxsize=8192)
def _lexicon_pieces(word: str) -> tuple[str, ...]:
    """``word`` and the lexicon words inside it: a noun the analyser keeps whole (암세포)
    counts for its parts (암 cancer, 세포 cell). One-syllable pieces count only beside a
    longer piece that is a lexicon word."""
    lexicon = term_lexicon()
    pieces = {word} if word in lexicon else set()
    for size in range(2, len(word)):
        for start in range(len(word) - size + 1):
            piece = word[start:start + size]
            if piece in lexicon:
                pieces.add(piece)
                rest = word[:start] + word[start + size:]
                if len(rest) == 1 and rest in lexicon and (start == 0 or start + size == len(word)):
                    pieces.add(rest)
    return tuple(pieces)
