"""Word-level omission (rule TQA037, family ``omission``, default mode only).

TQA033 sees a pair whose sentence similarity is far below the document's norm, TQA036 a
clause whose numbers and names are all missing; a dropped modifier or clause of plain
words ("the conductor from Britain who leads …" → "the orchestra") leaves the sentence
similarity high and carries no figure. TQA037 reads the pair's word alignment
(:mod:`tqa.align.words`, shared per run: :meth:`tqa.context.CheckContext.word_alignment`)
and reports the longest run of Korean content words that no English word renders.

A pair is examined only when

* both sides are there and the Korean is mostly Korean (as TQA036 reads it);
* the English is shorter than the length model predicts (:mod:`tqa.align.length`),
  :data:`MIN_Z` ≤ z ≤ :data:`MAX_Z` (below −4 TQA034 speaks; a translation of normal
  length rarely lacks a clause);
* it is not already dissimilar in the TQA033 sense.

**Content eojeols.** Whitespace words of the Korean holding a morpheme tagged
:data:`CONTENT_TAGS` (nouns, verbs, adjectives, roots, adverbs, numbers, Latin script),
other than the light verbs of :data:`FUNCTION_VERBS` (대하다, 통하다, 하다, 되다, 있다 …,
which English renders with a preposition or not at all).

**Covered.** A content eojeol is covered when one of the alignment units of its content
morphemes is linked to an English word with cosine ≥ :data:`COVER_COSINE`, or by an anchor
(a number, a name, a Latin-script word, a gloss-list match or the words of a matched amount).

**Word-run evidence.** ``longest uncovered run + SHARE_WEIGHT × share uncovered − Z_WEIGHT × z``,
where a run is a sequence of consecutive content eojeols, uncovered but for at most
:data:`GAP` (function eojeols in between neither break nor lengthen it; its length counts
the uncovered ones). Until issue 12's second round the rule fired on this alone (at
:data:`THRESHOLD`, runs of :data:`MIN_RUN`); ArgMax links the leftover Korean words of a
dropped clause to whatever English is left, so part of the clause looks covered.

**Leave one clause out** (the decision). The Korean is cut into phrases after connective
endings (EC), adnominal endings (ETM) and adverbial case particles (JKB), at commas and at
sentence ends (:func:`phrases`); a candidate is 1–3 consecutive phrases of one sentence, not
its last (:func:`candidates`). The Korean without each candidate is embedded (one batch per
pair, the run's embedder) and compared with the English: a span whose removal makes the
Korean *more* like the English — more than the pair's other candidates do — and whose words
the alignment leaves unlinked is a likely omission. See :data:`RELATIVE` for the score.
Nothing is embedded for a pair with no candidate holding :data:`MIN_UNCOVERED` unlinked
content eojeols.

It gives way to TQA036: a run inside a clause TQA036 already reports is not reported again.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..align import length as length_model
from .alignment import dissimilar, excerpt, mostly_korean, partial_omission
from .registry import Finding, pair_rule

#: length z range of the pairs examined (English shorter than predicted, not far shorter)
MIN_Z = -4.0
MAX_Z = -0.5
#: a link this similar (cosine of the word vectors) renders its Korean word
COVER_COSINE = 0.30
#: … and a content word whose best cosine with any English word reaches this is rendered even
#: where ArgMax left it unlinked (one English word renders two Korean ones: 공격수 and 주전
#: both by "striker"); above 1: off
SOFT_COSINE = 1.1
#: a link to an English function word (article, preposition, pronoun, auxiliary, conjunction)
#: renders no Korean content word: ArgMax pairs leftover words with whatever is left
#: (빠진 ↔ "the" once "injured" is gone); False: every link counts
CONTENT_LINKS_ONLY = False
FUNCTION_WORDS = frozenset('''
a an the of in on at to for with from by as into onto upon about and or but nor that which who whom whose
this these those it its they them their he him his she her we our us you your i my me is are was were be
been being am has have had do does did will would shall should can could may might must there then than so
if s 's
'''.split())
#: evidence weights (see the module doc)
SHARE_WEIGHT = 15.0
Z_WEIGHT = 1.0
#: evidence needed to report (chosen on the tuning half)
THRESHOLD = 11.5
#: covered content eojeols a run may hold (one stray link does not split a dropped clause)
GAP = 1
#: content eojeols an uncovered run needs
MIN_RUN = 3

#: leave-one-clause-out (the decision since issue 12's second round): each candidate span of
#: the Korean (:func:`candidates`) is scored
#: ``DELTA_WEIGHT × 100 × d + UNCOVERED_WEIGHT × uncovered + SPAN_SHARE_WEIGHT × uncovered/content
#: − CLAUSE_Z_WEIGHT × z + GLOSS_WEIGHT × gloss misses + EVIDENCE_WEIGHT × evidence``, where ``d`` is
#: the similarity (multilingual-e5) the Korean gains with the span left out — less the median
#: gain of the pair's candidates when RELATIVE —, ``uncovered`` the span's content eojeols no
#: English word renders, ``gloss misses`` its content words the gloss lists know none of whose
#: renderings is in the English, ``evidence`` the pair's word-run evidence. Spans with fewer
#: than MIN_UNCOVERED uncovered eojeols or d below MIN_DELTA are not scored; the best reaching
#: CLAUSE_THRESHOLD is reported. Chosen by a grid on the tuning half
#: (``benchmarks/eval_drop_clause.py``, ``benchmarks/results/drop_clause.md``): the grid gave
#: SPAN_SHARE_WEIGHT and GLOSS_WEIGHT no weight (0: switched off, kept for the grid to vary;
#: the gloss misses are not computed at 0), and CLAUSE_THRESHOLD is its 10.994 for these
#: weights (the same ranking as its 5.497 at half the weights).
RELATIVE = True
DELTA_WEIGHT = 1.0
UNCOVERED_WEIGHT = 1.0
SPAN_SHARE_WEIGHT = 0.0
CLAUSE_Z_WEIGHT = 1.0
GLOSS_WEIGHT = 0.0
EVIDENCE_WEIGHT = 0.5
MIN_DELTA = -1.0
MIN_UNCOVERED = 2
CLAUSE_THRESHOLD = 10.99
#: candidate spans: 1 to MAX_PHRASES consecutive phrases, never the last, at most MAX_SPAN_SHARE
#: of the sentence's content eojeols
MAX_PHRASES = 3
MAX_SPAN_SHARE = 0.6
#: a phrase ends after an eojeol whose last morpheme is a connective ending (EC), an adnominal
#: ending (ETM: a relative clause) or an adverbial case particle (JKB), or before a comma
PHRASE_END_TAGS = ("EC", "ETM", "JKB")
_PUNCTUATION_TAGS = ("SF", "SP", "SS", "SE", "SO", "SW")

#: kiwipiepy tags of content morphemes (prefix match: VV-R, VA-I …)
CONTENT_TAGS = ("NNG", "NNP", "VV", "VA", "XR", "SL", "SN", "NR", "MAG")
#: light verbs English renders with a preposition, an auxiliary or nothing
FUNCTION_VERBS = frozenset({"대하다", "통하다", "위하다", "따르다", "의하다", "관하다", "비하다",
                            "하다", "되다", "있다", "이다"})
#: anchor kinds of :mod:`tqa.align.words` that count as a rendering
COVERING_ANCHORS = frozenset({"number", "name", "latin", "gloss", "quantity"})


@dataclass(frozen=True)
class Eojeol:
    start: int
    end: int
    content: bool
    covered: bool


@dataclass(frozen=True)
class Assessment:
    """What TQA037 read of one pair (``evidence`` decides)."""

    z: float
    eojeols: tuple[Eojeol, ...]
    #: the longest uncovered run: indices into ``eojeols`` (first, last), and its length in content eojeols
    run: tuple[int, int] | None
    run_length: int
    share: float  # uncovered content eojeols / content eojeols

    @property
    def evidence(self) -> float:
        return self.run_length + SHARE_WEIGHT * self.share - Z_WEIGHT * self.z

    @property
    def span(self) -> tuple[int, int] | None:
        if self.run is None:
            return None
        return self.eojeols[self.run[0]].start, self.eojeols[self.run[1]].end


def length_z(source: str, target: str) -> float | None:
    return length_model.pair_z(source, target)


def _is_content(morpheme) -> bool:
    if not morpheme.tag.startswith(CONTENT_TAGS):
        return False
    if morpheme.tag.startswith(("VV", "VA")):
        lemma = morpheme.lemma if morpheme.lemma.endswith("다") else morpheme.form + "다"
        return lemma not in FUNCTION_VERBS
    return True


def eojeols(source: str, alignment) -> list[Eojeol]:
    """The whitespace words of ``source``, each marked content or not and covered or not."""
    from ..align.words import korean_words
    from ..ko.analyser import morphemes

    covered_units = set()
    targets = alignment.target_words
    for link in alignment.links:
        if link.anchor in COVERING_ANCHORS:
            covered_units.add(link.source)
        elif link.score >= COVER_COSINE and not (
                CONTENT_LINKS_ONLY and targets[link.target].text.lower() in FUNCTION_WORDS):
            covered_units.add(link.source)
    if SOFT_COSINE <= 1.0 and alignment.cosine is not None and alignment.cosine.size:
        columns = [j for j, w in enumerate(targets)
                   if not (CONTENT_LINKS_ONLY and w.text.lower() in FUNCTION_WORDS)]
        if columns:
            best = alignment.cosine[:, columns].max(axis=1)
            covered_units.update(k for k in range(len(alignment.source_words)) if best[k] >= SOFT_COSINE)
    units = alignment.source_words
    content_spans = [(m.start, m.end) for m in morphemes(source) if _is_content(m) and m.end > m.start]
    out = []
    for word in korean_words(source):
        inside = [(a, b) for a, b in content_spans if word.start <= a and b <= word.end]
        content = bool(inside)
        covered = any(k in covered_units for k, unit in enumerate(units)
                      for a, b in inside if unit.start < b and a < unit.end)
        out.append(Eojeol(word.start, word.end, content, covered))
    return out


def assess(source: str, target: str, alignment, z: float) -> Assessment:
    """The uncovered content of ``source`` under ``alignment`` (see the module doc)."""
    words = eojeols(source, alignment)
    content = [i for i, w in enumerate(words) if w.content]
    uncovered = [i for i in content if not words[i].covered]
    best, best_length = None, 0
    for first, i in enumerate(content):  # runs may hold up to GAP covered content words
        if words[i].covered:
            continue
        gaps = length = 0
        for j in content[first:]:
            if words[j].covered:
                gaps += 1
                if gaps > GAP:
                    break
                continue
            length += 1
            if length > best_length:
                best, best_length = (i, j), length
    share = len(uncovered) / len(content) if content else 0.0
    return Assessment(z, tuple(words), best, best_length, share)


def phrases(source: str) -> list[tuple[int, int, int, int]]:
    """(start, end, content eojeols, sentence) of the phrases of ``source``: cut after every
    eojeol ending in :data:`PHRASE_END_TAGS`, followed by a comma, or ending a sentence
    (followed by . ? !; ``sentence`` counts those from 0)."""
    from ..align.words import korean_words
    from ..ko.analyser import morphemes

    found = [m for m in morphemes(source) if m.end > m.start]
    out, current, sentence = [], None, 0
    for word in korean_words(source):
        inside = [m for m in found if word.start <= m.start and m.end <= word.end + 1]
        content = sum(1 for m in inside if m.tag.startswith(CONTENT_TAGS))
        if current is None:
            current = [word.start, word.end, 0, sentence]
        current[1] = word.end
        current[2] += content
        tags = [m.tag for m in inside if not m.tag.startswith(_PUNCTUATION_TAGS)]
        after = source[word.end:word.end + 1]
        if (tags and tags[-1].startswith(PHRASE_END_TAGS)) or after in (",", ".", "?", "!"):
            out.append(tuple(current))
            current = None
            if after in (".", "?", "!"):
                sentence += 1
    if current is not None:
        out.append(tuple(current))
    return out


def candidates(source: str) -> list[tuple[int, int]]:
    """(start, end) of the spans TQA037 tries leaving out: 1 to :data:`MAX_PHRASES` consecutive
    phrases of one sentence, not its last one (the main predicate), holding at least one and at
    most :data:`MAX_SPAN_SHARE` of the sentence's content eojeols."""
    cut = phrases(source)
    out = []
    for sentence in sorted({c[3] for c in cut}):
        own = [c for c in cut if c[3] == sentence]
        total = sum(c[2] for c in own) or 1
        for i in range(len(own) - 1):
            for j in range(i, min(i + MAX_PHRASES, len(own) - 1)):
                n = sum(c[2] for c in own[i:j + 1])
                if 1 <= n <= MAX_SPAN_SHARE * total:
                    out.append((own[i][0], own[j][1]))
    return out


def without(source: str, start: int, end: int) -> str:
    """``source`` with ``source[start:end]`` left out."""
    return (source[:start].rstrip() + " " + source[end:].lstrip()).strip()


@dataclass(frozen=True)
class Clause:
    """A candidate span as TQA037 scored it."""

    start: int
    end: int
    content: int
    uncovered: int
    delta: float     # similarity gain of the Korean without the span
    relative: float  # delta − the median delta of the pair's candidates
    score: float


def clauses(source: str, target: str, found: Assessment, embed) -> list[Clause]:
    """The candidate spans of ``source`` scored (see :data:`DELTA_WEIGHT`); ``embed``: texts →
    normalised vectors (the run's embedder). Nothing is embedded when no candidate has
    :data:`MIN_UNCOVERED` uncovered content eojeols."""
    import numpy as np

    spans = candidates(source)
    counts = []
    for start, end in spans:
        inside = [w for w in found.eojeols if start <= w.start and w.end <= end and w.content]
        counts.append((len(inside), sum(1 for w in inside if not w.covered)))
    if not any(u >= MIN_UNCOVERED for _, u in counts):
        return []
    texts = [source, target] + [without(source, a, b) for a, b in spans]
    vectors = np.asarray(embed(texts), dtype=np.float64)
    base = float(vectors[0] @ vectors[1])
    deltas = [float(v @ vectors[1]) - base for v in vectors[2:]]
    median = float(np.median(deltas))
    roots = None
    if GLOSS_WEIGHT:
        from ..align.anchors import english_roots, korean_gloss_roots

        roots = english_roots(target)
    out = []
    for (start, end), (content, uncovered), delta in zip(spans, counts, deltas):
        d = delta - median if RELATIVE else delta
        misses = 0
        if roots is not None:
            misses = sum(1 for group in korean_gloss_roots(source[start:end]) if not group & roots)
        value = (DELTA_WEIGHT * 100 * d + UNCOVERED_WEIGHT * uncovered
                 + SPAN_SHARE_WEIGHT * uncovered / max(content, 1) - CLAUSE_Z_WEIGHT * found.z
                 + GLOSS_WEIGHT * misses + EVIDENCE_WEIGHT * found.evidence)
        out.append(Clause(start, end, content, uncovered, delta, delta - median, value))
    return out


def best_clause(items: list[Clause]) -> Clause | None:
    """The highest-scoring candidate with :data:`MIN_UNCOVERED` uncovered eojeols reaching
    :data:`CLAUSE_THRESHOLD`, else None."""
    scored = [c for c in items if c.uncovered >= MIN_UNCOVERED and c.score >= CLAUSE_THRESHOLD
              and (c.relative if RELATIVE else c.delta) >= MIN_DELTA]
    return max(scored, key=lambda c: c.score) if scored else None


def examined(pair, context) -> float | None:
    """The pair's length z when TQA037 examines the pair, else None."""
    if not (pair.link.source and pair.link.target) or not mostly_korean(pair.source):
        return None
    z = length_z(pair.source, pair.target)
    if z is None or not MIN_Z <= z <= MAX_Z:
        return None
    if dissimilar(pair):
        return None  # TQA033's
    return z


@pair_rule("TQA037", "omission", "minor",
           "A run of source content words has no counterpart in a translation that is also shorter than expected "
           "(word alignment).", neural=True, requires=("similarity_norm",), opt_in=True)
def word_omission(pair, context) -> Iterable[Finding]:
    z = examined(pair, context)
    if z is None or context is None:
        return
    alignment = context.word_alignment(pair.source, pair.target)
    if alignment is None or not alignment.source_words:
        return
    found = assess(pair.source, pair.target, alignment, z)
    resources = context.resources
    if resources is None:
        from ..resources import current

        resources = current()
    clause = best_clause(clauses(pair.source, pair.target, found, resources.embedder.embed))
    if clause is None:
        return
    loc = pair.source_loc(clause.start, clause.end)
    for other in partial_omission(pair, context):  # TQA036 reports this clause already
        theirs = other.source
        if theirs is not None and theirs.segment == loc.segment and theirs.start < loc.end and loc.start < theirs.end:
            return
    yield Finding(f"No English word renders “{excerpt(loc.text)}” ({clause.uncovered} of its {clause.content} "
                  "content words unmatched; the source is more like the translation without it, and the translation "
                  "is shorter than expected): part of the source may be missing", source=loc)
