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

**Evidence.** ``longest uncovered run + SHARE_WEIGHT × share uncovered − Z_WEIGHT × z``,
where a run is a sequence of consecutive content eojeols, uncovered but for at most
:data:`GAP` (function eojeols in between neither break nor lengthen it; its length counts
the uncovered ones). The rule fires when the
evidence reaches :data:`THRESHOLD` and the run has at least :data:`MIN_RUN` eojeols.
Weights and threshold were chosen by a grid on the tuning half of the clean dev sets with
clauses dropped from their English (``benchmarks/eval_word_omission.py --grid``).

It gives way to TQA036: a run inside a clause TQA036 already reports is not reported again.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..align import length as length_model
from .alignment import MIN_SOURCE_CHARS, dissimilar, excerpt, mostly_korean, partial_omission
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
    source_chars = length_model.text_length(source)
    if source_chars < MIN_SOURCE_CHARS or not target.strip():
        return None
    return length_model.z_score(source_chars, length_model.text_length(target))


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
    if found.run_length < MIN_RUN or found.evidence < THRESHOLD:
        return
    loc = pair.source_loc(*found.span)
    for other in partial_omission(pair, context):  # TQA036 reports this clause already
        theirs = other.source
        if theirs is not None and theirs.segment == loc.segment and theirs.start < loc.end and loc.start < theirs.end:
            return
    yield Finding(f"No English word renders “{excerpt(loc.text)}” ({found.run_length} content words; "
                  f"{found.share:.0%} of the source's content words unmatched, and the translation is shorter "
                  "than expected): part of the source may be missing", source=loc)
