"""Analysis ``term_recurrence``: compound terms recurring in several sentences and how
the English renders them, learnt from the document itself.

A recurring term's rendering is the English n-gram that co-occurs with it in most of its
sentences and whose words are associated (Dice, with competitive linking) with the term's
morphemes. A compound used in exactly two sentences whose renderings differ in one
modifier only ("trade war" … "tariff war") is recorded as a two-mention variant."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from .registry import analyser
from .term_words import EN_WORD, STOPWORDS, compound_parts, compound_terms, first_occurrence, modifier_like, source_roots, word_spans, word_root


#: a source term must recur in this many aligned pairs before its rendering is inferred
MIN_PAIRS = 3


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    word = word.lower().strip("'")
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def ngrams(text: str, sizes=(2, 3)) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Content n-grams of an English text (stemmed words) → their character spans."""
    words = [(m.start(), m.end(), stem(m.group())) for m in EN_WORD.finditer(text)]
    stems = [w for _, _, w in words]
    # broken[i]: punctuation (not just spaces) between word i and word i + 1
    broken = [bool(text[words[i][1]:words[i + 1][0]].strip()) for i in range(len(words) - 1)]
    grams: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for size in sizes:
        for i in range(len(words) - size + 1):
            last = i + size - 1
            if stems[i] in STOPWORDS or stems[last] in STOPWORDS:
                continue
            if any(broken[i:last]):
                continue  # punctuation between the words
            grams[tuple(stems[i:last + 1])].append((words[i][0], words[last][1]))
    return grams


class WordAssociation:
    """Dice association between Korean noun morphemes and English word stems over the
    document's pairs: which English words go with 면역 (immune) rather than 세포 (cell)."""

    def __init__(self, pairs):
        from ..ko.analyser import morphemes

        self.korean: dict[str, set[int]] = defaultdict(set)
        self.english: dict[str, set[int]] = defaultdict(set)
        self._best: dict[str, float] = {}
        self._sizes: dict[str, int] | None = None
        #: pair → the Korean nouns in it (to find the nouns an English word co-occurs with)
        self._korean_in: dict[int, list[str]] = defaultdict(list)
        #: pair → the distinct Korean nouns in it (shared by identical sentences: read only)
        self._noun_sets: dict[int, frozenset[str]] = {}
        nouns_of: dict[str, tuple[list[str], frozenset[str]]] = {}  # identical sentences are read once
        stems_of: dict[str, list[str]] = {}
        for index, pair in enumerate(pairs):
            found = nouns_of.get(pair.source)
            if found is None:
                nouns = [t.form for t in morphemes(pair.source) if t.tag.startswith("NN")]
                found = nouns_of[pair.source] = (nouns, frozenset(nouns))
            nouns, self._noun_sets[index] = found
            for form in nouns:
                self.korean[form].add(index)
                self._korean_in[index].append(form)
            stems = stems_of.get(pair.target)
            if stems is None:
                stems = stems_of[pair.target] = [stem(m.group()) for m in EN_WORD.finditer(pair.target)]
            for word in stems:
                self.english[word].add(index)

    def dice(self, korean: str, english: str) -> float:
        a, b = self.korean.get(korean, set()), self.english.get(english, set())
        return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0

    def best(self, english: str) -> float:
        """The strongest association of an English word with any Korean morpheme."""
        if english not in self._best:
            # only nouns sharing a pair with the word have a non-zero Dice score; counting the
            # pairs they share gives each one's |a & b| without intersecting sets
            indices = self.english.get(english, ())
            shared: Counter = Counter()
            noun_sets = self._noun_sets
            for index in indices:
                shared.update(noun_sets[index])
            if self._sizes is None:  # pairs per noun, read once per noun below (the same figures)
                self._sizes = {korean: len(found) for korean, found in self.korean.items()}
            sizes, size = self._sizes, len(indices)
            self._best[english] = max([2 * count / (sizes[korean] + size) for korean, count in shared.items()],
                                      default=0.0)
        return self._best[english]

    def fit(self, parts: tuple[str, ...], english: str) -> float:
        """How well ``english`` renders one of ``parts``; halved when another Korean word
        claims it more strongly (competitive linking: "cells" belongs to 세포, not 면역)."""
        score = max((self.dice(part, english) for part in parts), default=0.0)
        return score if score >= self.best(english) - 0.05 else score / 2


@dataclass
class RecurringTerm:
    source: str
    rendering: tuple[str, ...]
    pairs: list[int]
    hits: dict[int, tuple[int, int]]      # pair → source offsets of the term
    rendered: dict[int, tuple[int, int]]  # pair → target span of the rendering


@dataclass
class TermRecurrence:
    """The compound terms of a document's Korean and how the English renders them."""

    #: compound term → {pair index: source offsets of its first occurrence in that pair}
    occurrences: dict[str, dict[int, tuple[int, int]]]
    #: how strongly each English word goes with each Korean term part (Dice)
    association: "WordAssociation"
    #: terms in ≥ MIN_PAIRS pairs with the n-gram that renders them in most of those pairs
    recurring: list[RecurringTerm]
    #: terms in exactly two sentences whose renderings differ in one modifier
    two_mention: list["TwoMentionVariant"]


@analyser("term_recurrence", requires=("korean",))
def analyse_term_recurrence(document: Document, context=None) -> TermRecurrence:
    """Recurring compound terms, their renderings, and the two-sentence variants."""
    pairs = list(document.pairs())
    occurrences = term_occurrences(pairs)
    association = WordAssociation(pairs)
    recurring = infer_renderings(pairs, occurrences, association, MIN_PAIRS)
    return TermRecurrence(occurrences, association, recurring,
                          two_mention_variants(pairs, occurrences, association))


def recurring_terms(document: Document, context=None) -> list[RecurringTerm]:
    """Compound terms recurring in ≥ MIN_PAIRS pairs and the English n-gram that renders them
    in most of those pairs."""
    return document.analyses.term_recurrence.recurring


def term_occurrences(pairs) -> dict[str, dict[int, tuple[int, int]]]:
    """Compound term → {pair index: source offsets of its first occurrence in that pair}."""
    occurrences: dict[str, dict[int, tuple[int, int]]] = defaultdict(dict)
    for index, pair in enumerate(pairs):
        for term, start, end in compound_terms(pair.source):
            occurrences[term].setdefault(index, (start, end))
    return occurrences


def infer_renderings(pairs, occurrences, association: "WordAssociation", min_pairs: int) -> list[RecurringTerm]:
    """For each term in ≥ ``min_pairs`` pairs, the English n-gram found in most (≥ half, ≥ 2)
    of its pairs, rarely outside them, whose words are associated with the term's parts."""
    by_text: dict[str, dict] = {}  # identical targets share their n-grams (read, never changed)
    grams = []
    for pair in pairs:
        found = by_text.get(pair.target)
        if found is None:
            found = by_text[pair.target] = ngrams(pair.target)
        grams.append(found)
    #: n-gram → number of pairs whose target has it
    pairs_with: Counter = Counter(gram for g in grams for gram in g)
    result = []
    for term, hits in occurrences.items():
        if len(hits) < min_pairs:
            continue
        parts = compound_parts(term)
        inside: Counter = Counter()
        for index in hits:
            inside.update(grams[index].keys())
        best, best_key = None, None
        for gram, count in inside.items():
            outside = pairs_with[gram] - count  # ``count`` pairs among the hits have it
            if count < 2 or count < 0.5 * len(hits) or outside > count:
                continue
            # how strongly each English word goes with some part of the Korean term
            fit = sum(association.fit(parts, word) for word in gram) / len(gram)
            key = (count / len(hits) / 2 + fit, len(gram))
            if best_key is None or key > best_key:
                best, best_key = gram, key
        if best is None:
            continue
        rendered = {i: grams[i][best][0] for i in hits if best in grams[i]}
        result.append(RecurringTerm(term, best, sorted(hits), hits, rendered))
    return result


@dataclass
class TwoMentionVariant:
    source: str
    first: int                      # pair of the first mention
    second: int                     # pair of the second mention
    first_span: tuple[int, int]     # target span of the first rendering
    second_span: tuple[int, int]    # target span of the differing rendering


def two_mention_variants(pairs, occurrences, association: "WordAssociation") -> list[TwoMentionVariant]:
    """Compound terms in exactly two sentences whose renderings there are n-grams differing in
    one modifier ("trade war" … "tariff war"; the last word, the head, is shared), the shared words associated with the term, the
    differing words and both n-grams used nowhere else in the document, and only one such
    difference between the two sentences."""
    found = []
    for term, hits in occurrences.items():
        if len(hits) != 2:
            continue
        first, second = sorted(hits)
        if _another_term_in(term, [pairs[first].source, pairs[second].source]):
            continue  # the n-gram may render the other term (외무장관회의 / 지역안보포럼 "security forum")
        variant = _single_difference(term, pairs[first].target, pairs[second].target, {first, second}, association)
        if variant is not None and not _renders_other_source_word(term, pairs[second], variant[1]):
            found.append(TwoMentionVariant(term, first, second, *variant))
    return found


def _renders_other_source_word(term: str, pair, span: tuple[int, int]) -> bool:
    """A word of the target ``span`` renders a Korean word of the sentence outside the term
    (학교 폭력 → "school violence"), per the term lexicon."""
    start, end = first_occurrence(pair.source, term)
    if start < 0:
        return False
    roots = source_roots(pair.source, start, end)
    return any(word_root(w) in roots for _, _, w in word_spans(pair.target[span[0]:span[1]]))


def _another_term_in(term: str, sources: list[str]) -> bool:
    """Another compound term in one of the sentences: with two sentences the association
    cannot tell which of them an n-gram renders."""
    return any(other != term for source in sources for other, _, _ in compound_terms(source))


def _single_difference(term: str, first_text: str, second_text: str, both: set[int], association):
    parts = compound_parts(term)
    # two-word renderings only: a modifier and its head ("trade war")
    first_grams, second_grams = ngrams(first_text, (2,)), ngrams(second_text, (2,))
    differences: dict[tuple[str, str], tuple[tuple[int, int], tuple[int, int], int]] = {}
    for gram, spans in first_grams.items():
        if gram in second_grams:
            continue
        for other, other_spans in second_grams.items():
            if len(other) != len(gram) or other in first_grams:
                continue
            differing = [i for i in range(len(gram)) if gram[i] != other[i]]
            if len(differing) != 1:
                continue
            position = differing[0]
            if position == len(gram) - 1:
                continue  # the head noun must be shared: "poll showed" / "poll released" is not a term
            old, new = gram[position], other[position]
            if not modifier_like(old) or not modifier_like(new):
                continue  # "favoring bananas" / "benefit bananas": a verb, not a term's modifier
            if not association.english.get(new, set()) <= both:
                continue  # the new word is used elsewhere: not a slip in this term's rendering
            if any(association.fit(parts, word) < 0.6 for i, word in enumerate(gram) if i != position):
                continue  # the shared words must render the term
            if max(association.dice(part, old) for part in parts) < 0.4:
                continue  # and so must the replaced word, if more loosely (it is in one sentence only)
            if not _lowercase_at(first_text, spans[0], position) or not _lowercase_at(second_text, other_spans[0], position):
                continue  # a capitalised word may name something else (Vermont / Maine senators)
            key = (old, new)
            if key not in differences or len(gram) < differences[key][2]:
                differences[key] = (spans[0], other_spans[0], len(gram))
    if len(differences) != 1:
        return None  # no difference, or several (a paraphrase, not a swapped word)
    first_span, second_span, _ = next(iter(differences.values()))
    return first_span, second_span


def _lowercase_at(text: str, span: tuple[int, int], position: int) -> bool:
    words = EN_WORD.findall(text[span[0]:span[1]])
    return position < len(words) and words[position].islower()
