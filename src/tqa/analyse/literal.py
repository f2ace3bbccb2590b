"""Analysis ``literal``: the Korean idioms and calques of each pair and what the English
does with them.

Korean-side evidence first: a pair is read only when its Korean contains a known
expression — a calque-lexicon entry (:mod:`tqa.ko.expressions`, ``corpora/calques/*.tsv``)
or an idiomatic compound of the gloss list (``tqa/data/glosses.tsv``). For each, the
reading records the English spans that render it idiomatically, literally (a listed
literal rendering), and the words that gloss its parts one by one.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..en.patterns import Token, find_glosses, find_patterns, tokenize
from ..ko.expressions import ExpressionMatch, Glossary, Lexicon, default_glossary, default_lexicon
from .registry import analyser, per_pair

#: the glosses of all parts must fall within this many words of each other (TQA310)
GLOSS_WINDOW = 4


@dataclass
class ExpressionReading:
    """What the English does with one Korean expression of the pair."""

    match: ExpressionMatch
    from_lexicon: bool
    literal: list[tuple[int, int]] = field(default_factory=list)    # char spans in target
    idiomatic: list[tuple[int, int]] = field(default_factory=list)
    gloss_span: tuple[int, int] | None = None                         # char span in target
    #: token indexes of target words that gloss one of the expression's parts
    gloss_tokens: set[int] = field(default_factory=set)


@dataclass
class PairReading:
    """The expressions of one pair and the target's tokens (``tokens`` is computed on
    first use: most pairs hold no known expression and never need them)."""

    target: str
    readings: list[ExpressionReading]
    _tokens: list[Token] | None = None

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokenize(self.target)
        return self._tokens


def _has_english(text: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in text)


def read_pair(source: str, target: str, lexicon: Lexicon | None = None,
              glossary: Glossary | None = None) -> PairReading:
    """Find the Korean expressions of ``source`` and what ``target`` does with them."""
    lexicon = lexicon if lexicon is not None else default_lexicon()
    glossary = glossary if glossary is not None else default_glossary()
    readings: list[ExpressionReading] = []
    if not _has_english(target):
        return PairReading(target, readings)
    lexicon_matches = lexicon.find(source)
    taken = [(m.start, m.end) for m in lexicon_matches]
    idiom_matches = [m for m in glossary.idioms.find(source)
                     if not any(s < m.end and m.start < e for s, e in taken)]
    if not lexicon_matches and not idiom_matches:
        return PairReading(target, readings)  # the usual case: no need to tokenize the English
    tokens = tokenize(target)
    for match, from_lexicon in [(m, True) for m in lexicon_matches] + [(m, False) for m in idiom_matches]:
        expression = match.expression
        reading = ExpressionReading(match, from_lexicon)
        idiomatic_patterns = expression.idiomatic if from_lexicon else []
        reading.idiomatic = [(m.start, m.end) for m in find_patterns(target, idiomatic_patterns, tokens)]
        if not from_lexicon:  # a gloss-list idiom: its glosses are the idiomatic renderings
            reading.idiomatic = _gloss_char_spans(tokens, expression.idiomatic)
        literal = [(m.start, m.end) for m in find_patterns(target, expression.literal, tokens)]
        reading.literal = [span for span in literal if not _inside_any(span, reading.idiomatic)]
        _read_glosses(reading, tokens, glossary)
        readings.append(reading)
    return PairReading(target, readings, tokens)


def _gloss_char_spans(tokens: list[Token], glosses: list[str]) -> list[tuple[int, int]]:
    return [(tokens[a].start, tokens[b].end) for a, b in find_glosses(tokens, glosses)]


def _inside_any(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _read_glosses(reading: ExpressionReading, tokens: list[Token], glossary: Glossary) -> None:
    """Mark target words glossing the expression's parts; when every part is glossed
    within :data:`GLOSS_WINDOW` words, record that span as a word-by-word rendering."""
    per_key: list[list[tuple[int, int]]] = []
    for glosses in glossary.part_glosses(reading.match.expression.keys):
        hits = find_glosses(tokens, glosses)
        per_key.append(hits)
        for first, last in hits:
            reading.gloss_tokens.update(range(first, last + 1))
    if len(per_key) < 2 or not all(per_key):
        return
    best = None
    for anchor_first, anchor_last in per_key[0]:
        low, high = anchor_first, anchor_last
        for hits in per_key[1:]:
            near = [h for h in hits if abs(h[0] - anchor_first) <= GLOSS_WINDOW]
            if not near:
                break
            closest = min(near, key=lambda h: abs(h[0] - anchor_first))
            low, high = min(low, closest[0]), max(high, closest[1])
        else:
            if high - low <= GLOSS_WINDOW and (best is None or high - low < best[1] - best[0]):
                best = (low, high)
    if best is not None:
        reading.gloss_span = (tokens[best[0]].start, tokens[best[1]].end)


@analyser("literal", requires=("korean",))
def analyse_literal(document, context) -> list[PairReading]:
    """The reading of every pair, in link order (identical pairs share one reading)."""
    lexicon = getattr(context, "lexicon", None) or default_lexicon()
    gloss_list = getattr(context, "gloss_list", None) or default_glossary()
    return per_pair(document, lambda source, target: read_pair(source, target, lexicon, gloss_list), plain=False)
