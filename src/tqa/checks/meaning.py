"""Meaning rules (family ``meaning``, TQA050–TQA059): the English says the opposite of the
Korean — the critical errors of the WMT critical-error-detection task that numbers and
names do not cover.

* TQA050 a negation dropped or added: the Korean negates (안/못/-지 않다/아니다 …) and the
  English holds no negation of any kind, or the reverse (:mod:`tqa.analyse.polarity`);
* TQA051 a direction or antonym reversed: the Korean says one pole (하락, 앞당기다, 흑자,
  찬성 …) and the English only the other ("rose", "later", "deficit", "against")
  (:mod:`tqa.analyse.direction`, table ``data/direction_pairs.tsv``).

Both are one-sided on purpose: a pair is reported only when one side has no trace of
what the other says (a lexical negative such as "fail", 모르다 or 불가능, or a negated
opposite, makes the pair ambiguous and silent).
"""
from __future__ import annotations

from ..document import Pair
from .registry import Finding, pair_rule


def _quote(text: str) -> str:
    return f"“{text}”"


@pair_rule("TQA050", "meaning", "major",
           "A negation of the source is missing from the translation, or the translation negates what the source affirms.",
           requires=("polarity", "direction"))
def negation_flipped(pair: Pair, context):
    if not pair.source_segments or not pair.target.strip():
        return
    polarity = pair.document.analyses.polarity[pair.index]
    if polarity.dropped:
        negation = polarity.korean[0]
        yield Finding(f"The source negates ({_quote(negation.text)}) but the translation has no negation: "
                      "it may say the opposite", source=pair.source_loc(negation.start, negation.end))
    elif polarity.added and not _negated_opposite(pair, polarity.english[0]):
        negation = polarity.english[0]
        yield Finding(f"The translation negates ({_quote(negation.text)}) but the source has no negation: "
                      "it may say the opposite", target=pair.target_loc(negation.start, negation.end))


def _negated_opposite(pair: Pair, negation) -> bool:
    """"did not fall" for 증가: a negated word of the opposite pole says what the Korean says."""
    directions = pair.document.analyses.direction[pair.index]
    korean_poles = {(w.group, w.pole) for w in directions.korean}
    return any(0 <= word.start - negation.end <= 25 and (word.group, word.pole) not in korean_poles
               and any(group == word.group for group, _ in korean_poles)
               for word in directions.english)


@pair_rule("TQA051", "meaning", "major",
           "A direction or antonym is reversed: the source says one pole (하락, 앞당기다, 흑자) and the translation the other.",
           requires=("direction", "polarity"))
def direction_reversed(pair: Pair, context):
    if not pair.source_segments or not pair.target.strip():
        return
    negations = pair.document.analyses.polarity[pair.index].english
    for korean, english in pair.document.analyses.direction[pair.index].reversed():
        if any(0 <= english.start - negation.end <= 30 for negation in negations):
            continue  # a negated opposite ("did not fall", "no later than") says the same thing
        yield Finding(f"{_quote(korean.text)} ({korean.group}) is rendered with its opposite {_quote(english.text)}",
                      source=pair.source_loc(korean.start, korean.end),
                      target=pair.target_loc(english.start, english.end))
