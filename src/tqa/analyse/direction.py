"""Analysis ``direction``: words of a direction or antonym pair (상승/하락, 흑자/적자, 수출/수입,
찬성/반대, 앞당기다/늦추다, 합법/불법 …) in each pair, so that TQA051 can report English that
says the opposite pole ("rose" for 하락, "later" for 앞당겨).

The pairs are a curated table, ``data/direction_pairs.tsv`` (its header documents it): per
group, the Korean morphemes of each pole and the English words that render it. Korean is
matched on kiwipiepy morphemes, so 상승세 / 오른 / 올랐다 all count and 미국 is no 미-; English
on whole words (a trailing * in the table allows endings).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..en.numerals import NUMBER_WORD, duration_before
from ..ko.analyser import morphemes
from ..ko.numerals import extract_quantities as korean_quantities
from ..ko.numerals import native_number
from ..ko.romanize import is_hangul_syllable
from ..quantity import duration_base
from .registry import analyser, per_pair

TABLE = Path(__file__).resolve().parent.parent / "data" / "direction_pairs.tsv"


@dataclass(frozen=True)
class Pole:
    group: str
    pole: str
    korean: frozenset[str]
    english: re.Pattern
    note: str


@dataclass(frozen=True)
class DirectionWord:
    group: str
    #: the pole the clause says: the word's own pole, the other one when a negation governs the
    #: word (받아들이지 않았다 says 거부; "did not fall" says a rise)
    pole: str
    text: str
    start: int
    end: int
    negated: bool = False
    #: an English negation stands within :data:`NEGATION_REACH` characters before the word
    #: (it may govern it: "no in-principle objection"); a reversal must hold both ways
    near_negation: bool = False
    #: the figures of the word's amount (the number before a Korean word, 700kg 이상; the
    #: numbers in and just after an English one, "up to 1,500 pounds (700 kilograms)"): with
    #: several words of one group, the reversal names the two that speak of the same figure
    figures: frozenset[str] = frozenset()

    @property
    def word_pole(self) -> str:
        """The word's own pole, negation or not."""
        return _other(self.pole) if self.negated else self.pole


def _other(pole: str) -> str:
    return "b" if pole == "a" else "a"


@dataclass(frozen=True)
class PairDirections:
    korean: tuple[DirectionWord, ...]
    #: the English words of the groups ``korean`` holds (no other group is ever compared)
    english: tuple[DirectionWord, ...]
    #: words of the table the Korean holds in a sense that may or may not be the direction
    #: (오르다 with no amount before it: "climb" or "go up"): never reported, but a pole they
    #: may say makes the group ambiguous (매상은 올랐지만 … 매출이 감소했다 → "boosted takings")
    korean_possible: tuple[DirectionWord, ...] = ()

    def _rendered_in_another_group(self, source: DirectionWord) -> bool:
        """The Korean word read in another group too (최소: an extreme and a bound), where the
        English gives its own pole: that is its rendering."""
        if source.group in _COMPASS_GROUPS:
            return False  # 북동쪽 holds two points: "northwest" keeps north and turns east
        return any(other.group != source.group and other.start == source.start
                   and any(e.group == other.group and e.pole == other.pole for e in self.english)
                   for other in self.korean)

    def reversed(self) -> list[tuple[DirectionWord, DirectionWord]]:
        """(Korean word, English word) per group where the Korean holds one pole only and the
        English the other pole only."""
        found = []
        for group in dict.fromkeys(word.group for word in self.korean):
            korean_poles = {w.pole for w in self.korean + self.korean_possible if w.group == group}
            english_poles = {w.pole for w in self.english if w.group == group}
            # the same with every English word near a negation read as negated
            wide_poles = {_other(w.word_pole) if w.near_negation else w.word_pole
                          for w in self.english if w.group == group}
            if len(korean_poles) == 1 and len(english_poles) == 1 and korean_poles != english_poles \
                    and len(wide_poles) == 1 and korean_poles != wide_poles:
                sources = [w for w in self.korean if w.group == group]
                targets = [w for w in self.english if w.group == group]
                # the two words that speak of one figure, when several stand in the group (3m가 넘고
                # 700kg 이상 against "up to 1,500 pounds (700 kilograms)": 이상, not 넘)
                source, target = next(((k, e) for k in sources for e in targets if k.figures & e.figures),
                                      (sources[0], targets[0]))
                if target.negated and not source.negated:
                    continue  # "did not fall" for 증가, "no later than" for 늦어도: a negated opposite agrees
                if self._rendered_in_another_group(source):
                    continue  # 최소 3주 ↔ "at least three weeks … the peak season": 최소 is rendered as a bound
                found.append((source, target))
        return found


#: what "a" must stand before to be a figure: a count word, a fraction, a unit of time or measure
#: ("up to a dozen", "under a year", "more than a third"; "under a table" is a place)
_A_QUANTITY = (r"an?(?=\s+(?:dozen|hundred|thousand|million|billion|trillion|couple|few|score|half|third|quarter"
               r"|fifth|eighth|tenth|fraction|(?:second|minute|hour|day|week|fortnight|month|year|decade|century"
               r"|mile|kilometre|kilometer|metre|meter|foot|inch|kilo|kilogram|gram|pound|ton|tonne|litre"
               r"|liter|gallon|dollar|euro|percent|point|percentage|acre|hectare|yard|ounce|carat|barrel|calorie"
               r"|degree|watt|kilowatt|megawatt|gigawatt|byte|megabyte|gigabyte|terabyte|lap|inning|goal|game"
               r"|match|round|season|generation|term|quarter|semester|night|weekend|moment|while|bit|fifth|sixth"
               r"|seventh|ninth|cent|penny|pound|yen|won|yuan)s?)\b)")
#: "#" in an English entry: a number (a whole figure with its separators, a currency sign
#: before one, a number word of the English grammar; "a" before a count or unit and "half" too:
#: "up to a dozen", "more than half")
_NUMBER = rf"(?:(?:US)?[$€£¥]?\d(?:[\d.,]*\d)?|(?:{_A_QUANTITY}|half|{NUMBER_WORD})\b)"


def _english_pattern(entries: list[str]) -> re.Pattern:
    parts = []
    for entry in entries:
        words = entry.strip().split()
        pieces = [_NUMBER if w == "#" else re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
                  for w in words]
        parts.append(r"\s+".join(pieces))
    return re.compile(r"\b(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![A-Za-z])", re.I)


@lru_cache(maxsize=1)
def direction_table() -> tuple[Pole, ...]:
    poles = []
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = (line for line in handle if not line.startswith("#"))
        for row in csv.DictReader(rows, delimiter="\t"):
            poles.append(Pole(row["group"], row["pole"], frozenset(row["korean"].split("|")),
                              _english_pattern(row["english"].split("|")), row.get("note") or ""))
    return tuple(poles)


@lru_cache(maxsize=1)
def _poles_by_word() -> dict[str, tuple[Pole, ...]]:
    """Korean word → the poles of :func:`direction_table` that hold it, in table order
    (one look-up a morpheme instead of a scan of every pole)."""
    found: dict[str, list[Pole]] = {}
    for pole in direction_table():
        for word in pole.korean:
            found.setdefault(word, []).append(pole)
    return {word: tuple(poles) for word, poles in found.items()}


#: verbs/adjectives of the table that are also common in other senses when they stand alone:
#: they count only as the predicate of a number or an amount-like subject (오르다 "climb",
#: 지다 "lose"/"carry", 팔다 "sell" are fine; 지 as a bound ending is no verb)
_AMBIGUOUS_STEMS = frozenset({"지", "뛰", "늘", "줄", "오르", "내리", "내려가", "올라가", "승", "패", "이상", "넘", "이하", "초과",
                              "미만", "상회", "하회", "웃돌", "밑돌", "올리"})
#: words of the table that are no direction word in most of their uses: 과거 "the past",
#: 뒤 "behind", 후/전 after a noun of place; they count only after a time expression
#: (a number or a time noun: 4년 뒤, 그 후, 회의 이후)


def _korean_words(text: str, possible: list[DirectionWord] | None = None) -> list[DirectionWord]:
    """The direction words of a Korean text (``possible``: collects the words of an ambiguous
    stem that stand in no amount's clause, :attr:`PairDirections.korean_possible`)."""
    poles_of = _poles_by_word()
    tokens = list(morphemes(text))
    found = []
    for index, token in enumerate(tokens):
        if text[token.start:token.end] in _PARTICLE_SURFACES and token.form not in _PARTICLE_SURFACES:
            continue  # a particle the analyser read as a stem (60%는 → 늘/VV): no word of the table
        if token.tag.startswith("NN") or token.tag in ("MAG", "NR"):
            key, end = token.form, token.end  # nouns, adverbs such as 일찍 "early", ordinals (셋째 "the third child")
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and following.tag.startswith("NN") and following.start == token.end \
                    and token.form + following.form in poles_of:
                key, end = token.form + following.form, following.end  # a compound the analyser splits: 아래/층
        elif token.tag.startswith(("VV", "VA")):
            key, end = token.form + "다", token.end
            if token.form in ("빌리", "꾸") and [t.form for t in tokens[index + 1:index + 3]] in (["어", "주"], ["어", "드리"]):
                key = "꿔주다" if token.form == "꾸" else "빌려주다"  # 빌려주다 "lend", not 빌리다 "borrow"
            if key in _ADJECTIVES_ONLY and not token.tag.startswith("VA"):
                continue  # 짐을 싸다 "pack", not 싸다 "cheap"
            if token.tag.startswith("VA") and [t.form for t in tokens[index + 1:index + 3]] in (["아", "지"], ["어", "지"]):
                # 낮아지다 as the analyser splits it (낮 + 어 + 지): the verb of becoming the table names
                # (높아지다 comes whole); the adjective's own level is read no further below
                bright = (ord(token.form[-1]) - 0xAC00) // 28 % 21 in (0, 8)  # ㅏ or ㅗ: -아지다
                becoming = token.form + ("아" if bright else "어") + "지다"
                if becoming in poles_of:
                    key = becoming
        else:
            continue
        poles = poles_of.get(key, ())
        if not poles and token.tag.startswith("NN") and len(key) >= 3 and key[-1] in _AMOUNT_SUFFIXES:
            poles = tuple(p for p in poles_of.get(key[:-1], ()) if p.group in _COMPOUND_GROUPS)  # 수입량, 수출액
        if token.tag.startswith("NN") and index + 1 < len(tokens) and tokens[index + 1].tag.startswith("XSV"):
            # a noun made a verb by 하다 (부인하다 "deny"): the table may name the verb alone, where
            # the noun has another sense (부인 "wife")
            poles = poles + poles_of.get(token.form + tokens[index + 1].form + "다", ())
        for pole in poles:
            if token.form in _AMBIGUOUS_STEMS and pole.group != "vertical" and not _about_an_amount(tokens, index) and not (
                    token.form in ("승", "패") and index + 1 < len(tokens) and tokens[index + 1].tag == "XSV"):
                if possible is not None:
                    negated = _korean_negated(tokens, index)
                    possible.append(DirectionWord(pole.group, _other(pole.pole) if negated else pole.pole, token.form,
                                                  token.start, token.end, negated))
                continue
            if pole.group in _COMPASS_GROUPS and token.start > 0 and is_hangul_syllable(text[token.start - 1]):
                continue  # inside a word: 대서양 (the Atlantic) holds no 서양
            if pole.group == "comparison" and not _compared(tokens, index):
                continue  # 많다/적다 alone: "many", "few" (사람이 많다), no comparison to reverse
            if pole.group in ("sequence", "interval") and token.form in ("뒤", "후", "전", "과거") \
                    and not _after_time(tokens, index):
                continue
            if token.form == "전" and _after_counter(tokens, index):
                continue  # 戰 "a match" (4차전, 3·4위전), not 前 "before"
            if token.form == "이전" and _relocation(tokens, index):
                continue  # 移轉 "a move" (본사를 이전하다, 공장 이전을 추진), not 以前 "before"
            if token.form == "인상" and _impression(tokens, index):
                continue  # 印象 "an impression" (인상적, 깊은 인상을 남기다), not 引上 "a rise"
            if token.form == "연기" and _smoke_or_acting(tokens, index):
                continue  # 煙氣 "smoke", 演技 "acting" (검은 연기가 피어오르다, 연기를 선보이다), not 延期
            if token.form == "떨어지" and _distance(tokens, index):
                continue
            if pole.group == "trading" and index + 1 < len(tokens) and tokens[index + 1].form in _PRICE_NOUNS:
                continue  # 판매 가격, 구매가: a price, the same for seller and buyer
            if token.form == "올리" and _posted(tokens, index):
                continue  # 사진을 올리다 "post", 결혼식을 올리다 "hold": no amount goes up
            if pole.group == "level" and [t.form for t in tokens[index + 1:index + 3]] in (["아", "지"], ["어", "지"]):
                continue  # 낮아지다, 높아지다: a movement, not a level
            if token.form in ("말", "초") and not (index >= 1 and tokens[index - 1].form in _PERIOD_UNITS):
                continue  # 3월 말 "late March", 연 초; 말 "speech", 초 "second" elsewhere
            if pole.group == "threshold" and _prohibited_after(tokens, index):
                # 다섯 명 이상 모이면 안 된다: "five or more … banned" and "no more than four … may"
                # both say it; the bound's side depends on the English predicate, not read here
                if possible is not None:
                    possible.append(DirectionWord(pole.group, pole.pole, token.form, token.start, token.end, False))
                continue
            negated = _korean_negated(tokens, index) != (pole.group in _GRADED_GROUPS and _less(tokens, index))
            figures = frozenset(_figure(t.form) for t in tokens[max(0, index - AMOUNT_WINDOW):index] if t.tag == "SN")
            found.append(DirectionWord(pole.group, _other(pole.pole) if negated else pole.pole,
                                       token.form if end == token.end else text[token.start:end],
                                       token.start, end, negated, figures=figures))
    found.extend(_likelihood_words(text, tokens, poles_of))
    found.extend(_temperature_levels(text, tokens))
    return found


#: nouns of temperature whose level 높다/낮다 says warm or cold (기온이 5도 낮겠다 "five degrees colder")
_TEMPERATURE_NOUNS = frozenset("기온 온도 수온 체감온도 최저기온 최고기온 낮기온 아침기온 수은주".split())


def _temperature_levels(text: str, tokens) -> list[DirectionWord]:
    """높다/낮다 (and their comparatives) with a noun of temperature earlier in the clause: also
    a word of the temperature group ("warmer", "colder"), besides its level."""
    found = []
    for index, token in enumerate(tokens):
        if not (token.tag.startswith("VA") and token.form in ("높", "낮")):
            continue
        clause = []
        for before in reversed(tokens[max(0, index - 8):index]):
            if before.tag in ("EC", "EF", "SF"):
                break
            clause.append(before)
        if any(t.tag.startswith("NN") and t.form in _TEMPERATURE_NOUNS for t in clause):
            pole = "a" if token.form == "높" else "b"
            negated = _korean_negated(tokens, index) != _less(tokens, index)
            found.append(DirectionWord("temperature", _other(pole) if negated else pole, token.form, token.start,
                                       token.end, negated))
    return found


#: nouns of likelihood and the adjectives that grade them (가능성이 낮다 "unlikely", 확률이 높다)
_LIKELIHOOD_NOUNS = frozenset({"가능성", "확률", "공산", "가망"})
_LIKELIHOOD_REACH = 3


def _likelihood_words(text: str, tokens, poles_of) -> list[DirectionWord]:
    """A likelihood said by a noun and its adjective (가능성은 높지 않다, 확률이 희박하다): one
    word of the table's ``likelihood`` group, keyed by the two together (가능성낮다)."""
    found = []
    for index, token in enumerate(tokens):
        noun, last = token.form, index
        if noun == "가능" and index + 1 < len(tokens) and tokens[index + 1].form == "성":
            noun, last = "가능성", index + 1  # 가능/NNG 성/XSN
        if noun not in _LIKELIHOOD_NOUNS or not token.tag.startswith("NN"):
            continue
        for ahead in range(last + 1, min(len(tokens), last + 1 + _LIKELIHOOD_REACH)):
            word = tokens[ahead]
            if word.tag in ("EC", "EF", "SF") or word.tag.startswith("NN"):
                break
            if not word.tag.startswith(("VA", "XR")):
                continue
            stem = word.form + ("하다" if word.tag == "XR" else "다")
            for pole in poles_of.get(noun + stem, ()):
                negated = _korean_negated(tokens, ahead)
                found.append(DirectionWord(pole.group, _other(pole.pole) if negated else pole.pole,
                                           text[token.start:word.end], token.start, word.end, negated))
            break
    return found


def _figure(text: str) -> str:
    """A figure as digits alone: 1,500 and 1500 are one figure."""
    return text.replace(",", "")


def figures_in(text: str) -> frozenset[str]:
    """The figures written in digits in ``text``, as :func:`_figure` keys them ("over 22,000" → 22000)."""
    return frozenset(_figure(f) for f in _FIGURE.findall(text))


#: groups of graded adjectives, where 덜 (less) before the word says the other pole: 덜 덥다 "cooler",
#: 덜 비싸다 "cheaper"
_GRADED_GROUPS = frozenset({"temperature", "level", "price", "comparison"})


def _less(tokens, index: int) -> bool:
    return index >= 1 and tokens[index - 1].tag == "MAG" and tokens[index - 1].form == "덜"


def _korean_negated(tokens, index: int) -> bool:
    """A negation governs the word: -지 않다/못하다/말다 after it (승인하지 않았다, 받아들여지지
    못했다), 안/못 before it (안 늘었다), 없다/없이/아니다 after the noun or its clause (반대는 없다,
    허가 없이, 불법이 아닐, -ㄹ 수 없다, -는 것은 아니다, 저렴한 편은 아니다). -지 않을 수 없다 and
    -지 않는 사람이 없다 (double negations) do not."""
    from .polarity import head_denial

    if head_denial(tokens, index, negated=True) is not None:
        return False  # 반대하지 않는 사람이 없었다 "everyone was against it"
    if index >= 1 and tokens[index - 1].tag == "MAG" and tokens[index - 1].form in ("안", "못"):
        ahead = [t.form for t in tokens[index + 1:index + 6]]
        return not ("못" in ahead and "배기" in ahead)  # 안 사고는 못 배기다 "cannot help buying"
    for position in range(index + 1, min(len(tokens), index + 8)):
        token = tokens[position]
        if token.form in ("않", "못하", "못", "말") and token.tag in ("VX", "VV", "MAG") and position >= 1 \
                and tokens[position - 1].form in _JI or token.form == "아니" and token.tag == "VCN" \
                or token.form == "없" and token.tag.startswith("VA") or token.form == "없이":
            from .polarity import assertive_jana, idiomatic_negation

            if assertive_jana(tokens, position):
                return False  # 비싸잖아요 "it's expensive, you know"
            if idiomatic_negation(tokens, position) and token.form in ("아니", "없"):
                return False  # 뿐만 아니라 "not only", X가 아니라 Y, -ㄹ 수 없는 + noun
            tail = [t.form for t in tokens[position + 1:position + 5]]
            return not (token.form != "없" and "수" in tail and "없" in tail)
        if token.tag in ("XSV", "XSA", "XSN", "VCP", "ETM", "EC") or token.tag.startswith("J") \
                or token.form in ("되", "하", "시키", "당하", "지", "내", "들", "수", "것", "거", "적", "편", "축") \
                or token.form in _STANCE_WORDS:
            continue
        return False
    return False


#: a stance and the verbs that state it, between a word and its negation (거부 의사를 밝히지 않으면
#: "if they do not say they object", 반대 입장을 표명하지 않았다): the negation governs the word
_STANCE_WORDS = frozenset("의사 입장 뜻 의향 방침 의견 밝히 표하 표명 나타내 드러내 전하".split())


_JI = frozenset({"지", "진", "지는", "지도", "치", "지를"}) | {"는", "도", "은"}


#: morphemes before a Korean pole word searched for its amount: a number, its unit or counter
#: and a particle (3 m 가 넘 → three back; 700 kg 이상 → two), with one to spare
AMOUNT_WINDOW = 4


#: nouns that name a level or an amount: as the subject of 오르다, 내리다, 늘다, 줄다 they make
#: the verb a movement with no number said (물가가 올랐다 "prices rose", 금리를 내렸다)
_AMOUNT_NOUNS = frozenset("""물가 가격 값 집값 전셋값 땅값 금값 유가 금리 환율 주가 지수 기온 수온 온도 체온 혈압 혈당 임금 월급 연봉
    최저임금 소득 매출 수익 이익 실적 수출 수입 판매량 생산량 점수 등록금 요금 운임 세금 세율 월세 보증금 지지율 시청률 투표율
    실업률 출산율 금리차 수위 수요 공급 인구 비용 예산 부채 적자 흑자
    수 숫자 폭 규모 비중 비율 가치 인원 건수 횟수 양 점유율 속도 몸값 시세 거래량 거래액 물량
    상한 하한 한도 상한선 하한선 기준 문턱 부담 격차""".split())


def _about_an_amount(tokens, index: int) -> bool:
    """A number or a % within the few morphemes before the verb (2% 올랐다, 10명 늘었다, 절반 이상),
    a score (2-3으로 졌다), or a noun naming a level or amount as its subject or object
    (물가가 올랐다, 금리를 내렸다)."""
    window = tokens[max(0, index - AMOUNT_WINDOW):index]
    if _compared_with_time(tokens, index):
        return True
    return any(t.tag in ("SN", "NR") or t.form in ("%", "퍼센트", "포인트", "반", "절반")
               or (t.tag == "W_SERIAL" and re.fullmatch(r"\d{1,3}\s?[-:대]\s?\d{1,3}", t.form)) for t in window) \
        or any((t.tag.startswith("NN") and _an_amount_noun(t.form) or t.tag == "XSN" and t.form in _AMOUNT_ENDINGS)
               and next_tag in ("JKS", "JKO", "JX")
               for t, next_tag in zip(window, [u.tag for u in window[1:]] + [""]))


#: the last syllables of Sino-Korean nouns of a rate, fee, sum or quantity (성장률, 보험료, 관리비,
#: 등록금, 거래액, 생산량, 전망치): such a noun as subject or object makes a change verb a movement
_AMOUNT_ENDINGS = ("률", "율", "료", "비", "금", "액", "량", "치", "값", "세")


def _an_amount_noun(form: str) -> bool:
    """A noun of the amount list, or a longer noun ending in a syllable of rate, fee or sum."""
    return form in _AMOUNT_NOUNS or (len(form) >= 2 and form.endswith(_AMOUNT_ENDINGS))


def _prohibited_after(tokens, index: int) -> bool:
    """A prohibition later in the word's sentence: -면/-서는 안 되다, -ㄹ 수 없다, 금지, 불가, 말다
    (3명 이상 모이면 안 된다, 10명 이하는 참가할 수 없다)."""
    for position in range(index + 1, len(tokens)):
        token = tokens[position]
        if token.tag in ("SF", "EF"):
            return False
        if token.form in ("금지", "불가") and token.tag.startswith("NN") or token.form == "말" and token.tag == "VX":
            return True
        if token.form == "안" and token.tag == "MAG" and position + 1 < len(tokens) and tokens[position + 1].form == "되":
            return True
        if token.form == "수" and token.tag == "NNB" and position + 1 < len(tokens) and tokens[position + 1].form == "없":
            return True
    return False


#: the nouns a change is measured against (전년보다 줄었다 "fell from the year before",
#: 예상보다 늘었다 "rose more than expected"): with them 늘다/줄다/오르다 are a movement of an amount
_BASELINE_NOUNS = frozenset("""전년 작년 지난해 전월 지난달 전주 지난주 전날 전일 전분기 예년 평년 평소 예상 기대 당초 목표
    이전 과거 종전 이번 올해 지난번 동기 전년도""".split())


def _compared_with_time(tokens, index: int) -> bool:
    """A baseline with 보다 earlier in the verb's clause (출생아 수는 전년보다 줄었다)."""
    for position in range(index - 1, max(1, index - 8) - 1, -1):
        token = tokens[position]
        if token.tag in ("EC", "EF", "SF"):
            return False
        if token.form == "보다" and token.tag == "JKB":
            return tokens[position - 1].form in _BASELINE_NOUNS
    return False


#: the written forms of particles: a table word never stands there
_PARTICLE_SURFACES = frozenset("은 는 을 를 이 가 도 의 에 와 과".split())

#: table words that are adjectives in the table's sense and verbs in another (싸다 "cheap" /
#: "pack, wrap"): they count only where the analyser tags an adjective
_ADJECTIVES_ONLY = frozenset({"싸다", "적다"})  # (적다 as a verb: "write down")

#: groups whose English words count when capitalised inside a sentence: the compass points of
#: names (the East Sea, North Korea, the Yellow Sea) say the direction too
_COMPASS_GROUPS = frozenset({"east-west", "north-south"})
#: country names made with a compass point, which the Korean names without one (한국, 남아공)
_COUNTRY_AFTER = re.compile(r"\s+(?:Korea|Africa|Sudan|Timor|Macedonia|Ossetia)", re.I)

#: suffixes that make a noun of amount from a noun of the table (수입량 import volume, 수출액
#: export value, 수입품 imports, 수입국 importing country); the noun keeps its trade pole
_AMOUNT_SUFFIXES = frozenset("량액품국")
_COMPOUND_GROUPS = frozenset({"trade"})


def _compared(tokens, index: int) -> bool:
    """많다/적다 as a comparison: 보다 (than) earlier in its clause, or 더 (more) just before it."""
    if index >= 1 and tokens[index - 1].form == "더":
        return True
    for token in reversed(tokens[max(0, index - 8):index]):
        if token.tag in ("EC", "EF", "SF") or token.form in (",",):
            return False
        if token.form == "보다" and token.tag == "JKB":
            return True
    return False

#: nouns after which a trading word names a price (판매 가격, 구매 금액)
_PRICE_NOUNS = frozenset("가격 가 값 금액 단가 대금 비용".split())


#: objects with which 올리다 means post, upload, hold or offer, not raise (사진을 올리다, 링크 올려,
#: 결혼식을 올리다, 안건을 올리다)
_POSTED_OBJECTS = frozenset("""글 사진 영상 동영상 링크 계좌 계좌번호 번호 게시물 게시글 댓글 후기 리뷰 공지 파일 자료 포스팅 스토리
피드 결혼식 혼례 식 제사 기도 예배 안건 보고서 사연 글귀 짤 움짤 캡처 스샷 인증샷 블로그 유튜브 채널 방송""".split())


def _posted(tokens, index: int) -> bool:
    """올리다 with an object it posts, uploads or holds, within the few morphemes before it."""
    window = tokens[max(0, index - 3):index]
    return any(t.tag.startswith("NN") and t.form in _POSTED_OBJECTS for t in window)


#: time units after which 말 and 초 are the end and the start of a period
_PERIOD_UNITS = frozenset({"월", "년", "연", "세기", "분기", "주", "학기", "시즌", "년대"})


_TIME_NOUNS = frozenset({"년", "개월", "달", "주", "일", "시간", "분", "초", "세기", "그", "이", "몇", "수", "얼마",
                         "시절", "때", "해", "날", "주일"})


def _after_time(tokens, index: int) -> bool:
    """뒤/후 after a duration or a demonstrative (3년 뒤, 그 후, 몇 달 후): a time, not a place."""
    window = tokens[max(0, index - 2):index]
    return any(t.tag in ("SN", "NR") or t.form in _TIME_NOUNS for t in window)


#: counters (bound nouns after a number) of time: 전 after one is 前 (3년 전, 두 달 전, 3시간 전);
#: after any other counter it is 戰, a match or round (4차전, 3·4위전 split as N 차 + 전)
_TIME_COUNTERS = frozenset({"년", "개월", "달", "주", "일", "시간", "분", "초", "세기", "시", "주일", "년도", "해", "날",
                            "주년", "분기", "학기", "시즌", "시기", "세", "살", "개년"})


def _after_counter(tokens, index: int) -> bool:
    """전 straight after a counter of no time, itself after a number (N차전 "the Nth game",
    N위전 "the match for Nth place"): 戰, not "before"."""
    if index < 2:
        return False
    counter, number = tokens[index - 1], tokens[index - 2]
    return counter.tag == "NNB" and counter.form not in _TIME_COUNTERS \
        and (number.tag in ("SN", "NR") or number.tag == "MM" and native_number(number.form) is not None)


def _relocation(tokens, index: int) -> bool:
    """이전 as a verb noun (이전하다, 이전되다) or an object (이전을 추진): 移轉 "relocation,
    transfer"; 以前 "before" takes neither."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and (following.tag == "XSV" or following.tag == "JKO")


_IMPRESSION_VERBS = frozenset({"남기", "주", "받", "쓰", "찌푸리", "풍기"})
_IMPRESSION_ADJECTIVES = frozenset({"깊", "좋", "강하", "강렬하", "나쁘", "인자하", "험상궂", "선하", "부드럽",
                                    "차갑", "날카롭", "온화하", "밝", "어둡", "선명하"})


def _impression(tokens, index: int) -> bool:
    """인상 "impression" (印象) by its morphemes: 인상적 (-적), 인상을 남기다/주다/받다/쓰다, 깊은 / 좋은
    인상 (an adjective of quality before it); 引上 "a rise" takes none of these."""
    following = [(t.form, t.tag) for t in tokens[index + 1:index + 3]]
    if following and following[0] == ("적", "XSN"):
        return True
    if len(following) == 2 and following[0][1] == "JKO" and following[1][0] in _IMPRESSION_VERBS:
        return True
    return index >= 2 and tokens[index - 1].tag == "ETM" and tokens[index - 2].form in _IMPRESSION_ADJECTIVES


_SMOKE_OR_ACTING_VERBS = frozenset({"피어오르", "피어나", "나", "자욱", "뿜", "내뿜", "뿜어내", "마시", "들이마시", "치솟",
                                    "솟", "선보이", "펼치", "보여주", "돋보이", "호평", "빛나"})


def _smoke_or_acting(tokens, index: int) -> bool:
    """연기 "smoke" (煙氣) or "acting" (演技) by its morphemes: an adjective before it (검은 연기,
    뛰어난 연기) or, after a subject or object particle, a verb of smoke or of acting (연기가
    피어오르다, 연기를 선보이다); 延期 "postponement" is a verb noun (연기되다, 연기하다) or takes
    neither."""
    if index >= 2 and tokens[index - 1].tag == "ETM" and tokens[index - 2].tag.startswith("VA"):
        return True
    following = tokens[index + 1:index + 3]
    return len(following) == 2 and following[0].tag in ("JKS", "JKO") and following[1].form in _SMOKE_OR_ACTING_VERBS


_PLACE_NOUNS = frozenset({"곳", "지점", "위치", "거리", "지역", "장소", "마을", "해역", "지방"})
_LENGTH_UNITS = frozenset({"마일", "킬로미터", "km", "미터", "m", "리", "킬로"})


def _distance(tokens, index: int) -> bool:
    """떨어지다 of place ("45 km 떨어진 곳"), not of an amount."""
    following = [t.form for t in tokens[index + 1:index + 3]]
    before = [t.form for t in tokens[max(0, index - 6):index]]
    return any(f in _PLACE_NOUNS for f in following) or any(b in _LENGTH_UNITS for b in before)


def _english_words(text: str, groups: frozenset[str] | None = None) -> list[DirectionWord]:
    """The direction words of an English text; ``groups``: only those of these groups (None:
    every group). A word's reading depends on its own group's words alone (the negations
    aside, which come from the text), so a word of a group is the same with or without the
    other groups scanned."""
    from .polarity import plain_negations

    negations = None
    found = []
    for pole in direction_table():
        if groups is not None and pole.group not in groups:
            continue
        for match in pole.english.finditer(text):
            before = text[:match.start()].rstrip()
            if match.group()[0].isupper() and before and not before.endswith((".", "\"", "“", ":", "(", "—", "-")) \
                    and pole.group not in _COMPASS_GROUPS:
                continue  # a capitalised word inside a sentence is a name (Victoria Cross, Niagara Falls)
            if match.group()[0].isupper() and re.match(r"-[a-z]", text[match.end():match.end() + 2]) \
                    or _NAME_HEAD.search(text, 0, match.start()):
                continue  # Min-ho, Nam-gil, Jae-min: a romanised given name, wherever it stands
            if pole.group == "movement" and _NOT_AN_AMOUNT_AFTER.match(text, match.end()) \
                    and re.match(r"(?i)rais|fall|fell", match.group()):
                continue  # "raising the risk" (prompting), "fall into three types" (are divided): no amount moves
            if pole.group == "schedule" and match.group().lower() == "advance" \
                    and (_ATTRIBUTIVE_ADVANCE.match(text, match.end()) or re.search(r"\bin\s+$", text[:match.start()])):
                continue  # "advance payments", "in advance": beforehand, not a date moved earlier
            if pole.group in _COMPASS_GROUPS and _COUNTRY_AFTER.match(text, match.end()):
                continue  # "South Korea" for 한국: a country's name, no compass point of the Korean
            if pole.group == "permission" and match.group().lower().endswith("welcome") \
                    and re.match(r"\s+to\s", text[match.end():match.end() + 5]):
                continue  # "you are welcome to have a snack": an invitation to one thing, which the Korean
                # says with -아도 되다 or 수 있다 (not in the table), not the permission of a ban's object
            if pole.group == "schedule" and re.match(r"-[a-z]", text[match.end():match.end() + 2]):
                continue  # "late-night", "early-morning": a compound naming a time of day, no schedule moved
            if pole.group == "schedule" and _time_reference(text, match):
                continue  # "earlier this year", "later that day": when, not a schedule moved
            if pole.group == "movement" and match.group().lower().startswith("drop") \
                    and _CONTEST_LOST.match(text, match.end()):
                continue  # "dropped the first set", "dropped two games in a row": lost, no amount fell
            if pole.group == "lending" and re.search(r"(?i)\b(?:you|let|lets|letting|can|could|may|might)\b(?:\s+\w+){0,2}\s+$",
                                                     text[:match.start()]):
                continue  # 빌려줄게 "you can borrow it", 빌려 달라 "could you lend me": one loan from the other side
            if pole.group == "trading" and _PRICE_AFTER.match(text, match.end()):
                continue  # "apples sell for 2,000 won", "you can buy one for $40": a price, either side of the sale
            name = pole.pole
            if pole.group == "outcome" and match.group().lower().startswith("defeat") and _active_verb(text, match):
                name = "a"  # "X defeated Y": the winner's verb
            if match.group().lower() == "opposition" and re.search(r"\bthe\s*$", text[:match.start()], re.I) \
                    and not re.match(r"\s+(?:to|from|of)\b", text[match.end():]):
                continue  # "the opposition": a party's name, not a vote against
            if negations is None:  # found once, and only for a text with a word of the table
                negations = plain_negations(text) + list(_EN_NEGATING_VERB.finditer(text)) \
                    + list(_EN_NO_COMPARATIVE.finditer(text))
            negated = pole.group != "threshold" and any(_governs(text, negation.end(), match.start())
                                                        for negation in negations)
            near = any(0 <= match.start() - negation.end() <= NEGATION_REACH for negation in negations)
            figures = figures_in(text[match.start():match.end() + FIGURE_REACH])
            found.append(DirectionWord(pole.group, _other(name) if negated else name, match.group(), match.start(),
                                       match.end(), negated, near, figures))
    # a word inside a longer one of its group is part of it: "more than 50" in "no more than 50"
    return [w for w in found if not any(o is not w and o.group == w.group and o.start <= w.start and w.end <= o.end
                                        and o.end - o.start > w.end - w.start for o in found)]


#: the first part of a romanised given name before the hyphen: "Jae-" of Jae-min
_NAME_HEAD = re.compile(r"\b[A-Z][a-z]{0,5}-$")
#: what follows "raise" when it prompts something rather than lifts an amount ("raising the risk
#: of icy roads", "raised concerns") and "fall" when it sorts things ("fall broadly into three
#: types", "falls under the ministry", "falls within the limit", "falls on a Sunday")
_NOT_AN_AMOUNT_AFTER = re.compile(
    r"(?:\s+(?:the|a|an|new|serious|further|fresh|growing|more|some|its|their|his|her))*\s+(?:risks?|concerns?|fears?|"
    r"questions?|doubts?|hopes?|alarm|awareness|eyebrows|possibility|prospects?|issues?|objections?|suspicions?|"
    r"worries|worry|funds?|money|children|a\s+family|families|awareness|the\s+alarm|a\s+hand|hands|voices?)\b"
    r"|(?:\s+(?:broadly|mainly|largely|roughly|chiefly|neatly|squarely|clearly|mostly))?\s+(?:into|under|within|on)\s+"
    r"(?!(?:about|around|nearly|almost|just|only)?\s*(?:[$€£¥]|\d|a\s+record|record|the\s+lowest))", re.I)
#: a noun after "advance" used as an adjective: the thing given or done beforehand
_ATTRIBUTIVE_ADVANCE = re.compile(r"\s+(?:payments?|notice|bookings?|reservations?|tickets?|teams?|party|purchases?|"
                                  r"warnings?|cop(?:y|ies)|deposits?|orders?|screenings?|sales?|voting|votes?|"
                                  r"registration|planning|directives?|word|guard|polls?|fees?|copies)\b", re.I)


#: what follows "drop" when it means losing part of a contest: a set, game or point, counted or
#: ordinal, or a count run "in a row" (an amount that drops is followed by a figure with a unit
#: or "by", "to", "percent")
_CONTEST_LOST = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|only|just|another)\s+)?(?:(?:first|second|third|fourth|"
                           r"fifth|opening|next|last|final|deciding|two|three|four|five|\d+)\s+)?(?:(?:sets?|games?|"
                           r"matches|match|frames?|rounds?|points?|legs?|bouts?)\b|(?:two|three|four|five|\d+)\s+"
                           r"(?:in a row|straight|consecutive)\b|(?:the\s+)?next\s+(?:two|three|four|five|\d+)\b)", re.I)


#: a price after a trading verb ("sell for", "sold at", "buy one for about"): the sentence states
#: what something costs, which the seller's and the buyer's words say alike
_PRICE_AFTER = re.compile(r"(?:\s+(?:it|them|one|some|these|those|this|that))?\s+(?:for|at)\s+"
                          r"(?:about|around|roughly|just|only|as little as|under|over|less than|more than|up to)?\s*"
                          r"(?:[$€£¥₩]|\d|a\s+(?:song|pittance|fortune|premium|discount)|less\b|more\b|half\b|twice\b|"
                          r"double\b|next to nothing|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|"
                          r"a hundred|a thousand|a million)\b)", re.I)


#: characters after an English pole word searched for its figures (a conversion in brackets
#: included: "up to 1,500 pounds (700 kilograms)")
FIGURE_REACH = 30
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


#: English verbs that negate the verb after them ("was unable to increase", "failed to win",
#: "stops accelerating")
_EN_NEGATING_VERB = re.compile(r"\b(?:unable|fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\b"
                               r"|\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit(?:s|ting)?)(?=\s+\w+ing\b)", re.I)
#: "no higher than", "no earlier than": the comparative is negated (no more than # is a threshold
#: entry of its own)
_EN_NO_COMPARATIVE = re.compile(r"\bno\b(?=\s+\w+er\s+than\b)", re.I)
#: characters before a pole word within which an English negation may govern it
NEGATION_REACH = 30
#: words that may stand between an English negation and the pole word it governs ("did not
#: fall", "has not yet been approved", "not to be accepted"); any other word ends its reach
_NEGATION_BRIDGE = frozenset("be been being have has had yet even always so very a an the as to get got gets really "
                             "longer fully quite much been ever necessarily".split())


def _governs(text: str, end: int, start: int) -> bool:
    """The negation ending at ``end`` governs the word at ``start``."""
    if start < end:
        return False
    between = re.findall(r"[A-Za-z'’]+", text[end:start])
    return len(between) <= 3 and all(word.lower() in _NEGATION_BRIDGE or word.lower().endswith("ly")
                                     for word in between)


_TIME_REFERENCE = re.compile(
    r"\s+(?:(?:this|that|last|next|the\s+same)\s+(?:year|month|week|day|morning|afternoon|evening|night|"
    r"season|decade|century|summer|winter|spring|autumn|fall)|today|tonight|yesterday|tomorrow)\b", re.I)


def _time_reference(text: str, match) -> bool:
    """"earlier this year", "later that day", "early next month": a point in time ("later
    in the day" stays a direction word: 늦게까지 → "earlier in the day" is a reversal)."""
    return bool(_TIME_REFERENCE.match(text, match.end()))


_PASSIVE_OR_NOUN = frozenset("was were been be is are being get got gets suffered suffer suffers a an the their his her "
                             "its our narrow heavy crushing first second straight".split())


def _active_verb(text: str, match) -> bool:
    """"defeated Japan": an active verb with an object, not "was defeated" or "a defeat"."""
    words = re.findall(r"[A-Za-z]+", text[:match.start()])
    following = re.match(r"\s+([A-Za-z]+)", text[match.end():])
    if not following or (words and words[-1].lower() in _PASSIVE_OR_NOUN):
        return False
    if match.group().lower() == "defeat" and not (words and words[-1].lower() in ("to", "will", "would", "can", "could",
                                                                                  "did", "may", "might", "must")):
        return False  # "taste defeat": the noun
    word = following.group(1)
    return word[0].isupper() or word.lower() in ("the", "a", "an", "his", "her", "their", "its", "our", "them", "him",
                                                 "rival", "rivals", "defending", "top", "all")


#: Korean sequence words a duration may stand before (3년 뒤, 두 달 전, 사흘 후): the duration is theirs
_SEQUENCE_AFTER = frozenset({"뒤", "후", "전", "이후", "이전", "앞서", "나중"})


def _korean_durations(source: str) -> tuple[set[tuple[str, float]], set[tuple[str, float]]]:
    """The durations of a Korean text (31년, 두 달, 사흘; read by the Korean quantity grammar)
    as their scale and value in its base unit (:func:`tqa.quantity.duration_base`): those a
    sequence word follows (3년 뒤, 두 달 전) and the others (31년 만에, 10년 동안, 사흘 동안)."""
    durations = [q for q in korean_quantities(source) if q.kind == "duration"]
    if not durations:
        return set(), set()
    tokens = list(morphemes(source))
    attached, free = set(), set()
    for index, quantity in enumerate(durations):
        base = duration_base(quantity)
        if base is None:
            continue
        end = quantity.end
        if quantity.range_part == "low" and index + 1 < len(durations) and durations[index + 1].range_part == "high":
            end = durations[index + 1].end  # 3~4일 뒤: the low end's word is the range's
        following = next((t for t in tokens if t.start >= end), None)
        (attached if following is not None and following.form in _SEQUENCE_AFTER else free).add(base)
    return attached, free


def _restated_durations(source: str, target: str, english: list[DirectionWord]) -> list[DirectionWord]:
    """The English words without the sequence words that restate a Korean duration of no
    sequence word: "31 years ago" for 31년 만에 beside 1995년 이후, "two weeks later" for 2주 만에
    beside 사흘 전. A duration that a Korean sequence word follows (3년 뒤) keeps its English word:
    "three years earlier" for it is a reversal."""
    if not any(word.group == "sequence" for word in english):
        return english
    attached, free = _korean_durations(source)
    if not free:
        return english
    kept = []
    for word in english:
        if word.group == "sequence" and not word.negated:
            duration = duration_before(target, word.start)
            base = duration_base(duration) if duration is not None else None
            if base is not None and base in free and base not in attached:
                continue
        kept.append(word)
    return kept


#: a place the way starts from (부산에서, 인천을 출발해, 김포발) and one it leads to (서울로,
#: 제주까지, 시드니행, 도쿄를 향해), right after the place's name
_KO_ORIGIN = re.compile(r"(?:에서|[을를]\s?(?:출발|떠나|떠난|이륙)|발(?=\s))")
#: a cheap test for a source that may name a way at all
ROUTE_CUE = re.compile(r"에서|출발|떠나|떠난|이륙|발\s")
_KO_DESTINATION = re.compile(r"(?:으로|로|까지|행(?=[\s이을의])|[을를]\s?향)")
#: the English "from" before a place and "to" (for, toward, into, bound for) before another
_EN_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_EN_TO = re.compile(r"\b(?:to|for|toward|towards|into|bound\s+for)\s+(?:the\s+)?$", re.I)
#: between the two places of a compound way: "Busan-to-Seoul"
_EN_TO_COMPOUND = re.compile(r"\s?[-–]\s?to\s?[-–]\s?", re.I)
#: characters between the origin and the destination of one way, in either language
ROUTE_REACH = 40


@dataclass(frozen=True)
class Place:
    """A place named in the Korean of a pair and where the English renders it."""

    start: int
    end: int
    renderings: tuple[tuple[int, int], ...]


def route_reversed(source: str, target: str, places: list[Place]) -> list[tuple[Place, Place, tuple[int, int], tuple[int, int]]]:
    """(origin, destination, English "from" span, English "to" span) for each way the English
    runs backwards: the Korean goes from A to B (부산에서 서울로, 인천을 출발해 시드니로 향하던) and
    the English from B to A ("from Seoul to Busan"). Both places must be rendered; the English
    must say both "from" and "to", so a way told otherwise ("Busan-bound", "left Seoul") is
    never read."""
    found = []
    origins = [p for p in places if _KO_ORIGIN.match(source, p.end)]
    destinations = [p for p in places if _KO_DESTINATION.match(source, p.end)]
    for origin in origins:
        for destination in destinations:
            if not (origin.end <= destination.start <= origin.end + ROUTE_REACH) or not origin.renderings \
                    or not destination.renderings:
                continue
            from_spans = [r for r in destination.renderings if _EN_FROM.search(target[:r[0]])]
            to_spans = [r for r in origin.renderings if _EN_TO.search(target[:r[0]])]
            pairs = [(f, t) for f in from_spans for t in to_spans if f[1] <= t[0] <= f[1] + ROUTE_REACH]
            # a way told as a compound: "a Busan-to-Seoul train" (the first place is where it starts)
            pairs += [(f, t) for f in destination.renderings for t in origin.renderings
                      if _EN_TO_COMPOUND.fullmatch(target[f[1]:t[0]])]
            if pairs:
                found.append((origin, destination, *pairs[0]))
    return found


def read_directions(source: str, target: str) -> PairDirections:
    """The direction words of a pair. The English is scanned only for the groups the Korean
    holds: a reversal (:meth:`PairDirections.reversed`) and a negated opposite (TQA050) are
    read within a group of the Korean's words, so the English words of other groups are never
    read, and scanning every group of the table was most of this analysis' time."""
    possible: list[DirectionWord] = []
    korean = _korean_words(source, possible)
    if not korean:
        return PairDirections((), ())  # the usual case: no need to scan the English
    groups = frozenset(word.group for word in korean)
    english = _restated_durations(source, target, _english_words(target, groups))
    if "환율" in source and _THE_WON.search(target):
        # 원·달러 환율이 올랐다 (more won to the dollar) is "the won fell": the English speaks of the
        # currency, whose value moves the other way
        english = [word for word in english if word.group != "movement"]
    return PairDirections(tuple(korean), tuple(english), tuple(possible))


#: the won as the subject of an exchange rate's movement ("the won closed at 1,412 to the dollar")
#: (not "the won-dollar exchange rate", which names the rate itself)
_THE_WON = re.compile(r"\b(?:the|Korean)\s+won\b(?![-–/]\w)", re.I)


@analyser("direction", requires=("korean",))
def analyse_direction(document, context) -> list[PairDirections]:
    """Direction and antonym words of both sides of every pair, in link order."""
    return per_pair(document, read_directions)
