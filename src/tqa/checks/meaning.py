"""Meaning rules (family ``meaning``, TQA050–TQA059): the English says the opposite of the
Korean — the critical errors of the WMT critical-error-detection task that numbers and
names do not cover.

* TQA050 a negation dropped or added: the Korean negates (안/못/-지 않다/아니다 …) and the
  English holds no negation of any kind, or the reverse (:mod:`tqa.analyse.polarity`);
* TQA051 a direction or antonym reversed: the Korean says one pole (하락, 앞당기다, 흑자,
  찬성 …) and the English only the other ("rose", "later", "deficit", "against")
  (:mod:`tqa.analyse.direction`, table ``data/direction_pairs.tsv``).

TQA050 also judges per clause (:mod:`tqa.analyse.clauses`: Korean clauses cut at connective
endings, English ones at punctuation and conjunctions), at major only and only when the words
confirm it (see :mod:`tqa.analyse.negation_evidence`): a negation dropped from one of several
clauses (the Korean has more negated clauses than the English has negative clauses, and the
English clause holding the negated clause's counterparts has no negation: ``clause_flip``), a
negation added beside a Korean lexical negative English renders with its own word (감소
"fell") or in a clause that renders a Korean clause free of the Korean's negative words
(``clause_added``), and a lexical negative reversed (모르다 → "knew"). A flip of a whole
sentence is confirmed the same ways when the negated word's gloss is missing, and by grammar
(-ㄹ 수 없다 against "could", 전혀 … 않다 against an unlicensed "at all":
``dropped_by_grammar``). TQA051 reads a negation governing a pole word as the other pole, on
both sides (:mod:`tqa.analyse.direction`).

Both are one-sided on purpose: a pair is reported only when one side has no trace of
what the other says (a lexical negative such as "fail", 모르다 or 불가능, or a negated
opposite, makes the pair ambiguous and silent).

Both also judge only a pair that is a translation of a whole: one side's negation or pole
word can be missing from the other only if the other side says the same content. A pair
is left alone (:func:`_comparable`) when

* its Korean is not mostly Korean (at most half of its letters Hangul, bracketed glosses
  left out: a dictionary gloss, an English headline with a Korean title);
* its length (the Korean without bracketed Latin glosses) is far from what the length model
  (:mod:`tqa.align.length`) predicts for a translation (|z| > 2.5; 0.1–0.7 % of professional pairs above, 0.0–1.6 % below): the English
  much longer carries content the Korean lacks, and an *added* negation or pole word may be
  in it (or the link pairs unrelated sentences); much shorter has lost content, and a
  *dropped* negation may have gone with it to a neighbouring line;
* (default mode) its sentence similarity is far below the document's norm (more than 2.5
  spreads below the median and under 0.82): the two sides do not say the same thing, which
  TQA033 reports on its own terms.
"""
from __future__ import annotations

import re

from ..align import length as length_model
from ..analyse.negation_evidence import (affirmed_by_construction, clause_added, clause_flip, confirm_added,
                                         negation_said_in_another_clause,
                                         confirm_dropped, contrast_flip, dropped_by_grammar, korean_lexical_spans,
                                         lexical_flip, negative_words, never_as_always, unlicensed_any,
                                         without_modal_flip)
from ..analyse.direction import ROUTE_CUE, Place, figures_in, route_reversed
from ..document import Pair
from ..ko.names import EXONYMS
from ..ko.romanize import romanize
from .registry import Finding, pair_rule

#: length z beyond which one side carries content the other lacks (professional pairs:
#: 0.1–0.7 % above +2.5, 0.0–1.6 % below −2.5 per clean dev set)
LONGER_Z = 2.5
SHORTER_Z = -2.5
#: sources shorter than this (code points) get no length verdict
MIN_SOURCE_CHARS = 15
#: a link this many robust spreads below the document's median similarity, and under the
#: ceiling, does not translate its source
DISSIMILAR_SPREADS = 2.5
DISSIMILAR_CEILING = 0.82
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
#: a bracketed Latin-script gloss after a Korean name (매킬로이(Rory McIlroy)): the English
#: says the name once, so the length model does not count it
_LATIN_GLOSS = re.compile(r"\s*\([^()가-힣]*[A-Za-z][^()가-힣]*\)")


def _comparable(pair: Pair, similarity: bool = True) -> bool:
    """The pair reads as a translation of a whole: a negation or pole word one side lacks
    may be judged missing (see the module doc). ``similarity=False``: the length and the
    script only, not the embedding similarity (which a flipped meaning itself lowers)."""
    prose = _BRACKETED.sub(" ", pair.source)  # 상원(Senate): a gloss in brackets is no English prose
    hangul = len(_HANGUL.findall(prose))
    if hangul * 2 <= hangul + len(_LATIN.findall(prose)):
        return False  # not Korean prose: a gloss, a headline in English, a code list
    score = pair.link.score
    if score is not None and similarity:
        median, spread = pair.document.analyses.similarity_norm
        if score < DISSIMILAR_CEILING and score < median - DISSIMILAR_SPREADS * spread:
            return False
    source_chars = length_model.text_length(_LATIN_GLOSS.sub("", pair.source))
    if source_chars < MIN_SOURCE_CHARS:
        return True
    z = length_model.z_score(source_chars, length_model.text_length(pair.target))
    return SHORTER_Z <= z <= LONGER_Z


#: a Korean place name written together with 발 (departing) or 행 (bound for)
_PLACE_BEFORE_WAY = re.compile(r"([가-힣]{2,4}?)(?:발|행)(?=[\s이을의])")


def _places(pair: Pair, ways: bool = True) -> list[Place]:
    """The names of the pair (places, teams, countries, people) with their English renderings, as
    the names analysis finds and renders them; ``ways``: also a place written into one word with
    발 or 행 (서울발, 제주행) that no mention covers."""
    places = []
    for mention in pair.document.analyses.names.of_pair(pair.index):
        spans = tuple((r.start, r.end) for r in mention.renderings)
        if not spans and mention.name.kind == "country":  # 서울, 일본: the English names of the table
            spans = tuple((m.start(), m.end()) for form in EXONYMS.get(mention.entity, ())
                          for m in re.finditer(r"\b" + re.escape(form) + r"\b", pair.target))
        if spans:
            places.append(Place(mention.name.start, mention.name.end, spans))
    # a place the analyser wrote into one word with 발/행 (서울발 "from Seoul", 제주행): the table's
    # English names of it, where no mention covers it
    for match in (_PLACE_BEFORE_WAY.finditer(pair.source) if ways else ()):
        name = match.group(1)
        if any(p.start <= match.start() < p.end and p.end <= match.end(1) for p in places):
            continue  # a mention already covers it (and no more than it)
        forms = EXONYMS.get(name, ()) or (romanize(name).capitalize(),)
        spans = tuple((m.start(), m.end()) for form in forms
                      for m in re.finditer(r"\b" + re.escape(form) + r"\b", pair.target))
        if spans:  # (the English names it: a place, not a word ending in 발 or 행)
            places = [p for p in places if not (p.start <= match.start() < p.end)]
            places.append(Place(match.start(1), match.end(1), spans))
    places.sort(key=lambda p: p.start)
    return places


def _route_reversed(pair: Pair):
    """A way the English runs backwards: 부산에서 서울로 → "from Seoul to Busan" (the places as
    the names analysis finds and renders them)."""
    if not ROUTE_CUE.search(pair.source):
        return  # no origin marker at all: the usual case
    places = _places(pair)
    if len(places) < 2:
        return
    for origin, destination, english_from, english_to in route_reversed(pair.source, pair.target, places):
        korean = pair.source[origin.start:destination.end]
        english = pair.target[english_from[0]:english_to[1]]
        yield Finding(f"The source goes {_quote(korean)} (from the first place to the second); the translation "
                      f"goes the other way: {_quote(english if '-to-' in english.lower() else 'from ' + english)}",
                      source=pair.source_loc(origin.start, destination.end),
                      target=pair.target_loc(english_from[0], english_to[1]))


#: a Korean verb of beating another side, its object the loser (한국이 일본을 2대 0으로 이겼다)
_KO_BEAT = re.compile(r"(?:이기|이겼|이긴|꺾|누르|눌렀|누른|제압|물리치|물리쳤|격파|완파|대파|잡았|잡고)")
_KO_SUBJECT_AFTER = re.compile(r"(?:이|가|은|는)(?=\s)")
_KO_OBJECT_AFTER = re.compile(r"(?:을|를)(?=\s)")
#: an English verb of beating, the winner before it and the loser after it
_EN_BEAT = re.compile(r"\s+(?:beat|beats|defeated|defeats|edged|edges|overcame|overcomes|thrashed|thrashes|crushed|"
                      r"crushes|downed|downs|routed|routs|outplayed|outplays|saw\s+off|sees\s+off|topped|tops|"
                      r"stunned|stuns|upset|upsets|swept|sweeps|blanked|blanks|held\s+off|holds\s+off)\s+")
#: the same verb ending right before a place's rendering ("… beat Suwon")
_EN_BEAT_BEFORE = re.compile(_EN_BEAT.pattern + r"$")


def _loser_beaten(pair: Pair) -> bool:
    """The Korean subject (who lost) is the object of an English verb of beating ("… beat Suwon")."""
    for place in _places(pair, ways=False):
        if _KO_SUBJECT_AFTER.match(pair.source, place.end):
            for start, _ in place.renderings:
                if _EN_BEAT_BEFORE.search(pair.target[:start]):
                    return True
    return False


def _winner_swapped(pair: Pair):
    """The winner and the loser swapped: 한국이 일본을 2대 0으로 이겼다 → "Japan beat Korea 2-0" (the
    Korean subject of 이기다/꺾다 is the winner, its object the loser; the English "X beat Y" has
    them the other way round)."""
    if not _KO_BEAT.search(pair.source):
        return
    places = _places(pair, ways=False)
    if len(places) < 2:
        return
    winners = [p for p in places if _KO_SUBJECT_AFTER.match(pair.source, p.end)]
    losers = [p for p in places if _KO_OBJECT_AFTER.match(pair.source, p.end)]
    for winner in winners:
        for loser in losers:
            if not winner.end < loser.start or not _KO_BEAT.search(pair.source, loser.end, loser.end + 30):
                continue
            for (ws, we) in winner.renderings:
                for (ls, le) in loser.renderings:
                    verb = _EN_BEAT.match(pair.target, le)
                    if verb is not None and verb.end() == ws:
                        yield Finding(f"The source has {_quote(pair.source[winner.start:winner.end])} beat "
                                      f"{_quote(pair.source[loser.start:loser.end])}; the translation has it the "
                                      f"other way round: {_quote(pair.target[ls:we])}",
                                      source=pair.source_loc(winner.start, loser.end),
                                      target=pair.target_loc(ls, we))
                        return


#: a Korean double negation that asserts (-지 않을 수 없다 "could not help", "had to"; -지 않으면 안
#: 되다 "must"; -지 않고는 못 배기다)
_KO_DOUBLE_NEGATION = re.compile(r"지\s?않을\s?수\s?(?:없|밖에)|지\s?않으면\s?안\s?되|지\s?않고는\s?못\s?배기|"
                                 r"지\s?않을\s?도리가\s?없|않을\s?수가\s?없|"
                                 # -지 않았을/몰랐을 리가 없다 "must have": it cannot be that it did not
                                 r"(?:지\s?않았|지\s?않|지\s?못했|몰랐|모르|몰)을\s?리가?\s?(?:없|만무)|"
                                 # 모르는 사람이 없다, 찬성하지 않는 사람이 없었다: everyone knew, everyone agreed
                                 r"(?:지\s?않|지\s?못하|모르)는\s?(?:사람|이|곳|집|학생|주민|국민|선수)[이가은는]\s?"
                                 r"(?:아무도\s?|하나도\s?|거의\s?)?없")
#: an English negation or avoidance ("managed not to", "avoided", "did not", "nobody")
_NEGATED_ACT_WORDS = r"not|never|nobody|no\s+one|none|nothing|avoid\w*|refrain\w*|resist\w*|spar\w+|escap\w+"
_EN_NEGATED_ACT = re.compile(rf"\b(?:{_NEGATED_ACT_WORDS})\b|n['’]t\b", re.I)
#: the English negations counted: a second one cancels the first ("nobody who did not agree")
_EN_ANY_NEGATION = re.compile(rf"\b(?:{_NEGATED_ACT_WORDS}|no|neither|nor|without)\b|n['’]t\b", re.I)
#: how English says the asserting double negation: could not help, had no choice but, had to …
_EN_FORCED = re.compile(r"\b(?:help|choice|but|had\s+to|have\s+to|has\s+to|must|forced|obliged|bound|option|"
                        r"inevitabl\w*|unavoidabl\w*|sure|certain|resist|only|alternative|needed|need)\b", re.I)


def _double_negation_negated(pair: Pair) -> Finding | None:
    """A Korean double negation that asserts (웃지 않을 수 없었다 "could not help laughing") rendered
    as a plain negation or avoidance ("managed not to laugh"): the opposite."""
    ko = _KO_DOUBLE_NEGATION.search(pair.source)
    if ko is None:
        return None
    en = _EN_NEGATED_ACT.search(pair.target)
    if en is None or _EN_FORCED.search(pair.target) or len(_EN_ANY_NEGATION.findall(pair.target)) != 1:
        return None
    return Finding(f"The source says it had to happen ({_quote(ko.group())}: a double negation), but the "
                   f"translation negates it ({_quote(en.group())}): the opposite",
                   source=pair.source_loc(*ko.span()), target=pair.target_loc(*en.span()))


def _quote(text: str) -> str:
    return f"“{text}”"


def _dropped_message(negation) -> str:
    return f"The source negates ({_quote(negation.text)}) but the translation has no negation"


def _dropped_finding(pair: Pair, negation, evidence) -> Finding:
    """A Korean negation the English drops, confirmed by ``evidence`` (its word and counterpart)."""
    korean, english = _words(pair, evidence)
    return Finding(f"{_dropped_message(negation)}: {_quote(korean)} is rendered {_quote(english)} without it "
                   f"({evidence.means})", **_spans(pair, evidence))


#: a state not yet reached (마르지 않은 상태에서, 식지 않은 채) and the English words that say it
_NOT_YET_KO = re.compile(r"(?:않|못한?)(?:은|는)?\s?(?:상태|채)")
_NOT_YET_EN = re.compile(r"\b(?:before|until|till|still|yet)\b", re.I)


def _clause_says_a_negative(pair: Pair, evidence) -> bool:
    """The Korean negates a state not yet reached (-지 않은 상태에서, -지 않은 채) and the English
    clause of the evidence's counterpart says it with "before", "until", "still" or "yet"
    ("before it is dry" for 마르지 않은 상태에서): the negation is rendered."""
    from ..analyse.clauses import clause_of, english_clauses

    if not _NOT_YET_KO.search(pair.source) or not isinstance(evidence.target, tuple):
        return False
    span = clause_of(english_clauses(pair.target), evidence.target[0])
    return span is not None and _NOT_YET_EN.search(pair.target, span[0], span[1]) is not None


@pair_rule("TQA050", "meaning", "major",
           "A negation of the source is missing from the translation, or the translation negates what the source affirms.",
           requires=("polarity", "direction", "similarity_norm"))
def negation_flipped(pair: Pair, context):
    if not pair.source_segments or not pair.target.strip():
        return
    polarity = pair.document.analyses.polarity[pair.index]
    forced = _double_negation_negated(pair)
    if forced is not None:
        yield forced
        return
    modal = without_modal_flip(pair.source, pair.target)
    if modal is not None and _comparable(pair):
        korean, english = _words(pair, modal)
        yield Finding(f"The source says it {'can' if korean == '있' else 'cannot'} be done without it "
                      f"(수 {korean}다), but the translation says {_quote(english)} … without: the opposite",
                      **_spans(pair, modal))
        return
    # a negation dropped from one clause: the Korean says more negations than the English has
    # words of any negative kind (grammatical, lexical, "little", "unaware")
    clause = bool(polarity.korean) and not polarity.dropped and len(polarity.korean) > negative_words(pair.target)
    # an added negation where the Korean says a lexical negative elsewhere (부족, 모르다): only
    # when the negated word's counterpart stands away from every lexical negative
    beside_lexical = bool(polarity.english) and not polarity.korean and polarity.korean_lexical \
        and not polarity.english_lexical and not korean_lexical_spans(pair.source, strong_only=True)
    flip = None
    if not polarity.korean and not (polarity.added or beside_lexical) and polarity.korean_lexical:
        flip = lexical_flip(pair.source, pair.target)  # 모르다 → "knew", 잊지 말다 → "forget"
        if flip is None:  # X가 아니라 Y "not X but Y" → "is X; it is Y"
            flip = contrast_flip(pair.source, pair.target)
    # a negated Korean clause whose English clause (found by the gloss counterparts of its words)
    # holds no negation, when the English has fewer negative clauses than the Korean negated ones
    per_clause = bool(polarity.korean) and not polarity.dropped
    # an added negation where the Korean's only negatives are words that negate by their meaning
    # (불법, 부족 — no negation form at all, not even an idiomatic one): the negated English clause
    # renders a Korean clause that holds none of them
    added_clause = bool(polarity.english) and not polarity.korean and not polarity.added and not beside_lexical \
        and not _negation_forms(pair.source)
    if not (polarity.dropped or polarity.added or clause or per_clause or beside_lexical or added_clause or flip):
        return
    if not _comparable(pair):
        # a link less similar than the document's others may not translate its source; a
        # dropped negation lowers the similarity itself ("have already identified a suspect" for
        # 아직 특정하지 못했다), so a flip stands there when the negated clause is placed by two of
        # its words' glosses, which a misaligned sentence does not have
        if not (polarity.dropped and _comparable(pair, similarity=False)):
            return
        evidence = clause_flip(pair.source, pair.target, polarity.korean, least=2)
        if evidence is not None:
            yield _dropped_finding(pair, polarity.korean[0], evidence)
        return
    if flip is not None and flip.means == "contrast":
        korean, english = _words(pair, flip)
        yield Finding(f"The source denies {_quote(korean)} (not X but Y), but the translation "
                      f"says {_quote(english)} without a negation or a contrast: the opposite",
                      **_spans(pair, flip))
        return
    if flip is not None:
        korean, english = _words(pair, flip)
        yield Finding(f"The source says {_quote(korean)}, a negative by its "
                      f"meaning, but the translation says {_quote(english)} "
                      f"without a negation: the opposite",
                      **_spans(pair, flip))
        return
    if (clause or per_clause or polarity.dropped) and affirmed_by_construction(pair.source, pair.target,
                                                                            polarity.korean):
        return  # a counterfactual double negation, "not even N" as "less than N"
    if (clause or per_clause) and _FORGOT_KO.search(pair.source) and _FORGOT_EN.search(pair.target):
        return  # 깜빡하고 못 뺐다 "forgot to take them out": the forgetting says the negation
    if (clause or per_clause or polarity.dropped) and _NOT_X_CANNOT.search(pair.source) and _ONLY.search(pair.target):
        return  # 이수하지 않은 학생은 출입할 수 없다 "only students who have completed it may enter", 승인
        # 없이 삭제할 수 없다 "may be deleted only with approval"
    if clause or per_clause:
        # the English negates elsewhere, or says a lexical negative, but one negated Korean
        # predicate stands un-negated in its own English clause: reported only when confirmed
        # the gloss tables, not the word alignment: a link of the negated word to some content word
        # of another clause is no evidence here (default mode, tuning half: "leave" for 제어가 안)
        evidence = confirm_dropped(pair.source, pair.target, polarity.korean, None, strict=True) if clause else None
        if evidence is not None and (_clause_says_a_negative(pair, evidence) or negation_said_in_another_clause(
                pair.source, pair.target, polarity.korean, evidence)):
            evidence = None  # "before it is dry" for 마르지 않은 상태에서: a word of its clause renders the negation
        if evidence is None:
            evidence = clause_flip(pair.source, pair.target, polarity.korean)
        if evidence is None:  # "there was any …": the English grammar asks for the negation it lost
            evidence = unlicensed_any(pair.source, pair.target, polarity.korean)
        if evidence is None:  # 절대 … 않다 "never" against "always": the opposite adverb, though an
            # antonym may say it right ("Always be on time" for 절대 늦지 마세요): a note to review
            always = never_as_always(pair.source, pair.target, polarity.korean)
            if always is not None:
                korean, english = _words(pair, always)
                yield Finding(f"The source says “never” ({_quote(korean)} with 절대/결코/한 번도) but the "
                              f"translation says {_quote(english)}: it may say the opposite (review it)",
                              severity="info", **_spans(pair, always))
                return
        if evidence is not None:
            korean, english = _words(pair, evidence)
            yield Finding(f"The source negates {_quote(korean)} but "
                          f"the translation renders it {_quote(english)} without a negation in its clause "
                          f"({evidence.means})",
                          **_spans(pair, evidence))
        return
    if added_clause or beside_lexical:  # (never both: added_clause excludes beside_lexical)
        if _negated_opposite(pair, polarity.english[0]):
            return
        lexical_spans = korean_lexical_spans(pair.source)
        evidence = None
        if beside_lexical:
            evidence = confirm_added(pair.source, pair.target, polarity.english, None, away_from=lexical_spans)
        if evidence is None:  # the negated English clause renders a Korean clause free of them
            evidence = clause_added(pair.source, pair.target, polarity.english, negative_spans=lexical_spans)
        if evidence is not None:
            korean, english = _words(pair, evidence)
            where = "other negative words are not next to it" if beside_lexical else "negative words are in other clauses"
            yield Finding(f"The translation negates {_quote(english)}, "
                          f"which the source affirms ({_quote(korean)}, "
                          f"{evidence.means}; the source's {where})",
                          **_spans(pair, evidence))
        return
    if polarity.dropped:
        negation = polarity.korean[0]
        evidence = confirm_dropped(pair.source, pair.target, polarity.korean, _word_alignment(pair, context))
        if evidence is None:  # the English has no negative word at all: one counterpart places the clause
            evidence = clause_flip(pair.source, pair.target, polarity.korean, least=1)
        if evidence is None:  # "could" for -ㄹ 수 없다, "anything" for 아무것도 … 않다
            evidence = dropped_by_grammar(pair.source, pair.target, polarity.korean)
        if evidence is None:  # "there was any …"
            evidence = unlicensed_any(pair.source, pair.target, polarity.korean)
        if evidence is None:
            yield Finding(f"{_dropped_message(negation)}: it may say the opposite (not confirmed word by word: "
                          f"review it)", source=pair.source_loc(negation.start, negation.end), severity="info")
            return
        yield _dropped_finding(pair, negation, evidence)
    elif polarity.added and not _negated_opposite(pair, polarity.english[0]):
        negation = polarity.english[0]
        evidence = confirm_added(pair.source, pair.target, polarity.english, _word_alignment(pair, context))
        if evidence is None:  # the negated English clause has counterparts in one Korean clause
            evidence = clause_added(pair.source, pair.target, polarity.english, least=1)
        message = f"The translation negates ({_quote(negation.text)}) but the source has no negation"
        if evidence is None:
            yield Finding(message + ": it may say the opposite (not confirmed word by word: review it)",
                          target=pair.target_loc(negation.start, negation.end), severity="info")
            return
        korean, english = _words(pair, evidence)
        yield Finding(f"{message}: {_quote(english)} renders "
                      f"{_quote(korean)}, which the source affirms "
                      f"({evidence.means})",
                      **_spans(pair, evidence))


#: Korean verbs of forgetting said affirmatively (깜빡하다, 까먹다) and their English: "forgot to
#: take them out" renders 깜빡하고 못 뺐다, the negation inside the forgetting
_FORGOT_KO = re.compile(r"깜빡|깜박|까먹|잊어버리고|잊어서|잊고")
_FORGOT_EN = re.compile(r"\bforg[eo]t\w*", re.I)
#: a negated relative clause or condition and a negated main verb: those who have not X cannot Y,
#: without X not Y — said "only those who have X may Y", "only after X" (a double negation read as
#: a restriction)
_NOT_X_CANNOT = re.compile(r"(?:지\s?(?:않|못하|못한|않은|않는)[은는]?|없이(?:는|도)?|없으면)\s.*(?:수\s?없|안\s?되|안\s?돼|못\s|지\s?않)")
_ONLY = re.compile(r"\bonly\b", re.I)


def _negation_forms(source: str) -> bool:
    """The Korean holds a negation form, grammatical or in a fixed expression (않, 못, 없, 없이,
    아니, 말, 안), not only words that negate by their meaning."""
    from ..ko.analyser import morphemes

    return any(token.form in ("않", "못", "못하", "없", "없이", "아니", "말", "안")
               and token.tag in ("MAG", "VX", "VA", "VCN", "VV") for token in morphemes(source))


def _words(pair: Pair, evidence) -> tuple[str, str]:
    """The source and target words a piece of flip evidence names."""
    return pair.source[evidence.source[0]:evidence.source[1]], pair.target[evidence.target[0]:evidence.target[1]]


def _spans(pair: Pair, evidence) -> dict:
    """A finding's source and target spans: the words the evidence names."""
    return {"source": pair.source_loc(*evidence.source), "target": pair.target_loc(*evidence.target)}


def _word_alignment(pair: Pair, context):
    """The word alignment of the pair when the run has the torch engine loaded (default
    mode), else None: the gloss list stands in (:mod:`tqa.analyse.negation_evidence`)."""
    if context is None or context.fast:
        return None
    from .. import resources as run_resources

    resources = context.resources or run_resources.active()
    embedder = resources.embedder_loaded() if resources is not None else None
    if embedder is None or embedder.engine != "torch":
        return None
    return resources.word_alignment(pair.source, pair.target)  # shared with TQA037, once per pair


def _negated_opposite(pair: Pair, negation) -> bool:
    """"did not fall" for 증가: a negated word of the opposite pole says what the Korean says."""
    directions = pair.document.analyses.direction[pair.index]
    korean_poles = {(w.group, w.pole) for w in directions.korean}
    return any(0 <= word.start - negation.end <= 25 and (word.group, word.word_pole) not in korean_poles
               and any(group == word.group for group, _ in korean_poles)
               for word in directions.english)


#: English compass words and the Korean syllable that starts a Korean word with that point
_COMPASS_SYLLABLES = (("north", "북"), ("south", "남"), ("east", "동"), ("west", "서"))
#: "against" before a figure or a currency compares ("38.4%, against 35.9% for Choi"; "fell
#: against the dollar"): no vote against anything
_AGAINST_COMPARING = re.compile(r"\s+(?:(?:US)?[$€£¥]?\d|the\s+(?:dollar|yen|euro|yuan|pound|won)\b)", re.I)
#: "contract" as a noun (an agreement: "a contract commitment", "signed a contract"), not "shrink"
_CONTRACT_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|our|your|my|new|for|of|on|under|"
                                   r"\d+-year|one-year|two-year|three-year)\s+$", re.I)
_CONTRACT_NOUN_AFTER = re.compile(r"\s+(?:commitment|worker|employee|signing|terms|period|extension|renewal|"
                                  r"holder|with|talks|negotiations|deal)\b", re.I)


def _pole_word_of_another_sense(pair: Pair, korean, english) -> bool:
    """The English pole word renders something else of the pair, in a sense outside the group:

    * a compass word starting a name ("the North Pacific High") that a Korean word with the
      same point renders (북태평양), while the pole word is another one (남동 계절풍);
    * "against" comparing figures or currencies ("38.4%, against 35.9%"); "on sale" (discounted);
    * "contract" as a noun, an agreement ("a contract commitment");
    * a limit ("over 22,000") whose figure is another Korean figure's (2만 2천여 명, the 여 of
      "over"), not the one the Korean limit word bounds (절반 이하)."""
    word = english.text.lower()
    target, source = pair.target, pair.source
    for point, syllable in _COMPASS_SYLLABLES:
        if word.startswith(point) and english.text[:1].isupper() and re.search(
                rf"(?:^|[\s(“\"'‘]){syllable}[가-힣]", source[:korean.start] + " " * (korean.end - korean.start)
                + source[korean.end:]):
            return True
    if word == "against" and _AGAINST_COMPARING.match(target, english.end):
        return True
    if word in ("sale", "sales") and re.search(r"\bon\s+$", target[:english.start], re.I):
        return True  # "on sale": offered at a discount, said of what the buyer may buy
    if word in ("contract", "contracts") and (_CONTRACT_NOUN_BEFORE.search(target[:english.start])
                                        or _CONTRACT_NOUN_AFTER.match(target, english.end)):
        return True
    own = figures_in(english.text)  # "over 22,000": its own figure, not those near it
    if english.group == "threshold" and own and not (own & korean.figures):
        quantities = [q for q in pair.document.analyses.quantities[pair.index].source if isinstance(q.value, float)]
        try:
            figures = [float(figure) for figure in own]
        except ValueError:
            return False
        # each figure is a Korean figure with a bound or "-odd" of its own (여, 이상, 넘는) standing away
        # from the Korean limit word (2만 2천여 명 … 절반 이하): the English limit renders that figure's
        # own bound; 최대 50명 ↔ "a minimum of 50" is a reversal
        return all(any(q.value == figure and (q.approx or q.bound) for q in quantities)
                   and all(q.start - korean.end > _LIMIT_REACH or korean.start - q.end > _LIMIT_REACH
                           for q in quantities if q.value == figure)
                   for figure in figures)
    return False


#: characters between a Korean limit word and the figure it bounds (최대 50명, 50명 이상)
_LIMIT_REACH = 8


@pair_rule("TQA051", "meaning", "major",
           "A direction or antonym is reversed: the source says one pole (하락, 앞당기다, 흑자) and the translation the other.",
           requires=("direction", "polarity", "similarity_norm", "names", "quantities"))
def direction_reversed(pair: Pair, context):
    if not pair.source_segments or not pair.target.strip():
        return
    yield from _route_reversed(pair)
    yield from _winner_swapped(pair)
    reversals = pair.document.analyses.direction[pair.index].reversed()
    if not reversals or not _comparable(pair):
        return  # a pole word may answer content one side lacks
    polarity = pair.document.analyses.polarity[pair.index]
    for korean, english in reversals:
        if (korean.negated and polarity.dropped) or (english.negated and polarity.added):
            continue  # the reversal is a dropped or added negation: TQA050's finding, one per error
        if _pole_word_of_another_sense(pair, korean, english):
            continue
        if korean.group == "outcome" and korean.pole == "b" and english.pole == "a" and _loser_beaten(pair):
            continue  # 수원이 전북에 졌다 → "Jeonbuk beat Suwon": the same result seen from the winner
        # a negated word counts with the other pole on either side (analysis ``direction``):
        # "did not fall" for 증가 says the same thing, "did not reject" for 받아들이지 않았다 does not
        governed = " (counting the negation that governs it)" if korean.negated or english.negated else ""
        yield Finding(f"{_quote(korean.text)} ({korean.group}) is rendered with its opposite {_quote(english.text)}"
                      f"{governed}",
                      source=pair.source_loc(korean.start, korean.end),
                      target=pair.target_loc(english.start, english.end))
