"""Korean numeric expressions → :class:`~tqa.quantity.Quantity`.

Handles digits with separators and decimals mixed with the large units 만/억/조 and
천/백/십 (23억6,000만, 3천만, 1,300만, 5백, 천만); native and Sino-Korean number words with
a counter (한 명, 두 번째, 세 차례, 열 살, 스무 살); fractions (3분의 1, 삼 분의 일, 절반);
multiples (두 배); percent (%, 퍼센트, 프로) vs percentage points (%포인트, %p);
currencies and units; dates (2019년 4월 12일, 2019.4.12, '19년, 1990년대, 21세기, 월요일),
clock times (오후 3시 30분, 11:20), durations (3년 5개월, 19개월 만에, 48시간), ranges
(10~20명, 3-4일), ordinals (제2차, 첫째, 2위) and approximation/bound words
(약, 여, 가량, 쯤, 안팎, 이상, 이하, 미만, 초과, 넘는, 최대, 최소).

Pure regular expressions and a small scanner: about 25× faster than running the
morphological analyser, and the expressions involved are surface patterns anyway.
Results are cached per text.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..quantity import RATE_BASES, SLASH_FRACTION, TEMPERATURE_UNITS, DateValue, Quantity, ScoreValue, TimeValue, in_parentheses

HANGUL = "가-힣"
_DIGITS = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SMALL_SCALES = {"십": 10, "백": 100, "천": 1000}
_BIG_SCALES = {"만": 10**4, "억": 10**8, "조": 10**12}

# --- units and counters (longest first inside each alternation) ------------------------

#: Korean unit word → (kind, canonical unit)
UNITS: dict[str, tuple[str, str | None]] = {
    # currencies
    "원": ("currency", "KRW"), "달러": ("currency", "USD"), "€": ("currency", "EUR"),
    "$": ("currency", "USD"), "유로화": ("currency", "EUR"), "달러화": ("currency", "USD"), "불": ("currency", "USD"),
    "엔": ("currency", "JPY"), "위안": ("currency", "CNY"), "유로": ("currency", "EUR"),
    "파운드": ("currency", "GBP"), "센트": ("currency", "cent"), "펜스": ("currency", "penny"), "페니": ("currency", "penny"), "루블": ("currency", "RUB"),
    "루피": ("currency", "INR"), "페소": ("currency", "peso"), "프랑": ("currency", "CHF"),
    "홍콩달러": ("currency", "USD"), "호주달러": ("currency", "USD"), "캐나다달러": ("currency", "USD"),
    # percent and points
    "%포인트": ("percentage_point", "pp"), "%p": ("percentage_point", "pp"),
    "%P": ("percentage_point", "pp"), "퍼센트포인트": ("percentage_point", "pp"),
    "퍼센트 포인트": ("percentage_point", "pp"), "% 포인트": ("percentage_point", "pp"),
    "%": ("percent", "%"), "％": ("percent", "%"), "퍼센트": ("percent", "%"), "프로": ("percent", "%"),
    "포인트": ("points", "points"),
    # measures
    "km/h": ("measure", "km/h"), "m/s": ("measure", "m/s"), "㎧": ("measure", "m/s"), "m/s²": ("measure", "m/s2"), "㎨": ("measure", "m/s2"), "km": ("measure", "km"), "㎞": ("measure", "km"),
    "킬로미터": ("measure", "km"), "킬로그램": ("measure", "kg"), "kg": ("measure", "kg"),
    "㎏": ("measure", "kg"), "mm": ("measure", "mm"), "cm": ("measure", "cm"),
    "㎝": ("measure", "cm"), "㎜": ("measure", "mm"), "밀리미터": ("measure", "mm"),
    "센티미터": ("measure", "cm"), "센티": ("measure", "cm"), "미터": ("measure", "m"), "m": ("measure", "m"),
    "㎡": ("measure", "m2"), "m²": ("measure", "m2"), "m2": ("measure", "m2"), "km²": ("measure", "km2"), "제곱미터": ("measure", "m2"), "제곱킬로미터": ("measure", "km2"),
    "㎢": ("measure", "km2"), "평": ("measure", "pyeong"), "톤": ("measure", "ton"),
    "t": ("measure", "ton"), "그램": ("measure", "g"), "g": ("measure", "g"),
    "세제곱미터": ("measure", "m3"), "입방미터": ("measure", "m3"),
    "㎥": ("measure", "m3"), "m³": ("measure", "m3"), "m3": ("measure", "m3"),
    "근": ("measure", "geun"), "돈": ("measure", "don"), "시드": ("ordinal", "seed"),
    "배럴": ("measure", "barrel"), "베럴": ("measure", "barrel"), "평방킬로미터": ("measure", "km2"),
    "평방미터": ("measure", "m2"), "제곱 마일": ("measure", "sq mile"), "평방마일": ("measure", "sq mile"),
    "제곱마일": ("measure", "sq mile"), "마일": ("measure", "mile"), "피트": ("measure", "foot"),
    "인치": ("measure", "inch"), "야드": ("measure", "yard"), "리터": ("measure", "liter"),
    "ℓ": ("measure", "liter"), "갤런": ("measure", "gallon"), "헥타르": ("measure", "hectare"),
    "에이커": ("measure", "acre"), "℃": ("measure", "degC"), "℉": ("measure", "degF"), "°C": ("measure", "degC"),
    "°F": ("measure", "degF"), "도": ("measure", "degree"),
    "노트": ("measure", "knot"), "MW": ("measure", "MW"), "GW": ("measure", "GW"),
    "kW": ("measure", "kW"), "킬로와트시": ("measure", "kWh"), "킬로와트": ("measure", "kW"),
    "V": ("measure", "volt"), "볼트": ("measure", "volt"),
    # pressure ratings (5ATM water resistance, 10기압, 30bar)
    "ATM": ("measure", "atm"), "atm": ("measure", "atm"), "기압": ("measure", "atm"), "bar": ("measure", "bar"),
    "psi": ("measure", "psi"),
    "기가와트": ("measure", "GW"), "kWh": ("measure", "kWh"), "메가와트": ("measure", "MW"),
    "기가바이트": ("measure", "GB"), "GB": ("measure", "GB"), "TB": ("measure", "TB"),
    "MB": ("measure", "MB"), "mph": ("measure", "mph"), "킬로": ("measure", "km"),
    "kL": ("measure", "kl"), "㎘": ("measure", "kl"), "킬로리터": ("measure", "kl"), "dL": ("measure", "dl"),
    "㎗": ("measure", "dl"), "데시리터": ("measure", "dl"), "나노미터": ("measure", "nm"), "㎚": ("measure", "nm"),
    "nm": ("measure", "nm"), "마이크로미터": ("measure", "um"), "㎛": ("measure", "um"), "μm": ("measure", "um"),
    "µm": ("measure", "um"), "마이크론": ("measure", "um"), "킬로바이트": ("measure", "KB"), "KB": ("measure", "KB"),
    "페타바이트": ("measure", "PB"), "PB": ("measure", "PB"),
    "ml": ("measure", "ml"), "mL": ("measure", "ml"), "㎖": ("measure", "ml"), "밀리리터": ("measure", "ml"),
    "L": ("measure", "liter"), "㎎": ("measure", "mg"), "㎍": ("measure", "ug"), "μg": ("measure", "ug"), "µg": ("measure", "ug"), "마이크로그램": ("measure", "ug"), "mg": ("measure", "mg"), "밀리그램": ("measure", "mg"),
    "ha": ("measure", "hectare"), "㏊": ("measure", "hectare"), "hPa": ("measure", "hPa"), "헥토파스칼": ("measure", "hPa"), "dB": ("measure", "dB"), "데시벨": ("measure", "dB"),
    "mmHg": ("measure", "mmHg"), "kcal": ("measure", "kcal"),
    "㎉": ("measure", "kcal"), "킬로칼로리": ("measure", "kcal"),
    "화소": ("measure", "pixel"), "메가픽셀": ("measure", "MP"),
    # dates, times, durations
    "년대": ("date", "decade"), "세기": ("date", "century"),
    "개월": ("duration", "month"), "년간": ("duration", "year"), "주일": ("duration", "week"),
    "주간": ("duration", "week"), "일간": ("duration", "day"), "시간": ("duration", "hour"),
    "분기": ("ordinal", "quarter"), "학기": ("ordinal", "semester"), "년": ("date", "year"), "해": ("duration", "year"),
    "월": ("date", "month"), "일": ("date", "day"), "주": ("duration", "week"),
    "박": ("duration", "night"), "초": ("duration", "second"), "분": ("duration", "minute"),
    "시": ("time", "hour"), "달": ("duration", "month"),
    # age
    "세": ("age", "year"), "살": ("age", "year"),
    # ordinals and ranks
    "번째": ("ordinal", None), "째": ("ordinal", None), "위": ("ordinal", "rank"),
    "등": ("ordinal", "rank"), "차": ("ordinal", None), "회째": ("ordinal", None),
    "기": ("ordinal", None), "호": ("ordinal", None), "층": ("ordinal", "floor"),
    # a knockout stage named by the players left: 16강 (round of 16), 8강 (quarter-finals), 4강
    "강": ("ordinal", "round"),
    # 1군/2군 (a club's first team, its reserves; the 2nd Army): a tier's name, which English names
    # by a word ("the first team", "the minors")
    "군": ("ordinal", "tier"),
    # multiples
    "배": ("multiple", None), "학년": ("ordinal", "grade"), "자회담": ("count", "parties"),
    # counters
    "알": ("count", "pills"),
    "명": ("count", "people"), "사람": ("count", "people"), "인": ("count", "people"),
    "가구": ("count", "households"), "세대": ("count", "households"),
    "개국": ("count", "countries"), "개사": ("count", "companies"), "개": ("count", None),
    "건": ("count", "cases"), "곳": ("count", "places"), "군데": ("count", "places"),
    "대": ("count", None), "척": ("count", "ships"), "채": ("count", "houses"),
    "마리": ("count", "animals"), "권": ("count", "volumes"), "편": ("count", "works"),
    "차례": ("count", "times"), "번": ("count", "times"), "회": ("count", "times"),
    "표": ("count", "votes"), "석": ("count", "seats"), "점": ("count", "points"),
    "골": ("count", "goals"), "경기": ("count", "games"), "승": ("count", "wins"),
    "패": ("count", "losses"), "무": ("count", "draws"), "등급": ("ordinal", "grade"), "주년": ("ordinal", "anniversary"), "단계": ("count", None),
    "가지": ("count", "kinds"), "부": ("count", None), "장": ("count", None),
    "쪽": ("count", "pages"), "페이지": ("count", "pages"), "종": ("count", "kinds"),
    "곡": ("count", "songs"), "발": ("count", "rounds"), "그루": ("count", "trees"),
    "라운드": ("count", "rounds"), "이닝": ("count", "innings"), "타수": ("count", None),
    "안타": ("count", "hits"), "홈런": ("count", "home runs"), "타점": ("count", "RBIs"),
    "선": ("count", None), "조": ("count", None), "쌍": ("count", "pairs"), "실": ("count", "rooms"),
    # 10분위 (the tenth decile of incomes): a rank among equal parts, which English names by a word
    "분위": ("ordinal", "quantile"),
    # a dan of baduk or a martial art (이창호 9단, 태권도 3단): a rank title the English may leave out
    "단": ("ordinal", "dan"),
    # a mole of a substance (물 1몰): a measure of chemistry
    "몰": ("measure", "mol"),
    # 스무 날 (twenty days), native numbers only: 5일 is a date
    "날": ("duration", "day"),
    "잔": ("count", "glasses"), "병": ("count", "bottles"), "켤레": ("count", "pairs"),
    "벌": ("count", None), "통": ("count", None), "판": ("count", None),
    # cooking measures: 1큰술 is "a tablespoon", 2작은술 "two teaspoons"
    "세트": ("ordinal", "game_set"), "쿼터": ("ordinal", "quarter"), "엔드": ("ordinal", "game_set"),
    "남매": ("count", "siblings"), "형제": ("count", "siblings"), "자매": ("count", "siblings"),
    "큰술": ("count", "tablespoons"), "작은술": ("count", "teaspoons"), "티스푼": ("count", "teaspoons"),
}
_UNIT_ALTERNATION = "|".join(re.escape(unit) for unit in sorted(UNITS, key=len, reverse=True))
#: units of one common syllable that are a unit only before a particle or a non-letter (4인 1실이며,
#: 10실을): any other syllable after them makes another word (실화, 실수령, 몰래)
_PARTICLE_ONLY_UNITS = frozenset({"실", "몰", "날"})
#: first syllables of the particles and endings that may follow a unit
_PARTICLE_STARTS = frozenset("은는이가을를의에로와과도만씩짜까부이며였인")
# A unit must end the word or be followed by a particle / another counter-like ending;
# these continuations show the "unit" is really the start of another word.
_NOT_AFTER_UNIT = {
    "시": "간장청민의대즌점각작행험설내외리상기계공정절키켜킨킬범위술선도사드",
    "근": "거로무처본접육래교해방절",
    "돈": "을이은으",
    "도": "시록로착달입전중시내입하",
    "세": "계금대력기균상부율수포트",
    "일": "본반정대상어자제으",
    "원": "전장인자회본래칙료유작숭",
    "차": "관량례원별이지세례",
    "기": "업간관자능준존술록념도본대지",
    "위": "원해한협기치험반",
    "강": "화조세력도남북원의사좌",
    "군": "인대사수청민부단함비복의중",
    "등": "장록급의",
    "대": "학표통회상선응비부규형전기책체",
    "부": "터분문상장동처족채모",
    "장": "관기면소애",
    "선": "수거언박진",
    "조": "사치직정건합선원항약",
    "판": "사결단매",
    "통": "신화계령합",
    "점": "검차심포유",
    "주": "장민요택식의가도제",
    "석": "유탄방",
    "편": "의집",
    "번": "호지역",
    "호": "텔주황",
    "인": "터도근상사정구권데지",
    "해": "외양군안결",
    "달": "러라성리",
    "분": "야석기배",
    "초": "기반대청",
    "층": "",
    "엔": "드진",  # 9엔드 (the ninth end of a curling game), 2엔진: no yen
    "건": "설강물",
    "표": "현준시정",
    "회": "의장사담원복견계",
    "박": "사물",
    "배": "우구추경",
    "곳": "",
    "승": "리인객용",
    "패": "배권션",
    "벌": "금",
    "병": "원",
    "잔": "디",
    "곡": "물",
    "발": "표생전견",
    "골": "프",
    "종": "교목합",
    "평": "가균화",
    "무": "승역료선상기관단대제력효산중엇",
    "단": "계지체위독속어편기원장식점백추서순열합락면짝골결발축풍",
}

_INDEX_CONTEXT = re.compile(r"지수|코스피|코스닥|다우|나스닥|S&P|닛케이|항셍|증시|주가|KOSPI|KOSDAQ|Dow|Nasdaq|Nikkei")
#: words of weighing (patterns): weight, body weight, to weigh (무게가 나가다), heavy — the text
#: speaks of a weight, so an ambiguous unit before or after them is one of mass
_WEIGHT_WORDS = ("무게", "체중", "몸무게", "나가", "무거")
#: 파운드 is pounds of weight, not sterling, beside a word of weighing or a unit of mass
_WEIGHT_CONTEXT = re.compile("|".join(_WEIGHT_WORDS + ("킬로그램", "kg", "㎏", "온스")))
#: 킬로 alone is kilograms where the text speaks of weight (체중 5킬로, 5킬로 감량, 짐 20킬로), else
#: kilometres: a word of weighing, of gaining or losing it, or a thing sold or carried by weight
_KILO_WEIGHT_CONTEXT = re.compile("|".join(_WEIGHT_WORDS + (
    "가벼", "빼", "뺐", "빠졌", "빠지", "찌", "쪘", "감량", "증량",  # lighter, lose or gain weight
    "수하물", "짐", "쌀", "고기", "근육", "살이", "살을", r"살\s?빼")))  # luggage, rice, meat, muscle, flesh
_AMOUNT_AFTER_JO = re.compile(r"\s?(?:\d|원|달러|위안|엔|유로|파운드|루블|규모|어치|에\s?달|가량|여|이상|넘|\$|"
                              # a count in trillions: 5조 명, 3조 개 (not 9조 명시 "Article 9 states")
                              r"(?:명|개|건|톤|배럴|마리|그루|가구)(?![가-힣])|(?:명|개|건|톤|배럴|마리|그루|가구)(?=[이을의은는도에과와만]))")
_UNIT_RE = re.compile(rf"\s?({_UNIT_ALTERNATION})")
_APPROX_BEFORE = re.compile(r"(약|대략|대략적으로|어림잡아|거의|무려|대충|추정)\s*$")
_BOUND_BEFORE = re.compile(r"(최대|최고|최소|최저|적어도|최장|최단)\s*$")
#: 이 3가지 방법, 그 5명, 해당 2개국: a demonstrative before a count points back to things the
#: text has already counted; the English may say "these options", "the five", "they"
_DEMONSTRATIVE_BEFORE = re.compile(r"(?:^|[\s(“\"‘'])(?:이|그|저|이들|해당|상기|위의|앞의)\s$")
#: 5명 모두, 3명이 모두, 10명 전원: the count totals a group the text names ("all of them", "they")
_TOTAL_AFTER = re.compile(r"\s?(?:이|은|는|가)?\s?(?:모두|전원)(?:가|를|의|는|이|에게)?(?![가-힣])")
#: a noun of a length of time just before a number of days (기간은 14일, 기한 30일)
_PERIOD_NOUN_BEFORE = re.compile(r"(?:기간|기한|유효기간|보관기간|대여기간|대출기간|체류기간)(?:은|는|이|가|도)?\s*$")
#: an amount as a band: 4,000만 원대 (the forty millions), 3억 원대 초반 (just over 300 million)
_BAND_AFTER = re.compile(r"대(?:\s?(?:초반|중반|후반))?(?=[에의로를가는도이은다였]|\s|[,.)]|$)")
#: a person or a part of the band after N대: the age band of a person, never N vehicles
_PERSON_AFTER_AGE_BAND = re.compile(r"\s?(?:남성|여성|남자|여자|남녀|초반|중반|후반|청년|주부|직장인|가장|부부|엄마|아빠|"
                                    r"운전자|피의자|용의자|회사원|환자|노인|남편|아내|아들|딸)")
_APPROX_AFTER = re.compile(r"\s?(가량|쯤|정도|안팎|내외|남짓|전후|여(?![성자])|께|경)")  # (40대 여성: a woman, no "-odd")
_BOUND_AFTER = re.compile(r"\s?(?:[이가을를]\s)?(이상|이하|미만|초과|넘는|넘게|넘어|넘은|넘었|넘긴|가까이|가까운|까지|이내|이후|이전|에\s?달하는|에\s?달해|에\s?이르는|에\s?육박)")
_CURRENCY_BEFORE = re.compile(r"(미화|US\$|\$|₩|€|£|¥|원화|엔화|달러화|유로화)\s*$")
#: a temperature scale or a sign written before the number: 섭씨 32도, 화씨 90도, 영하 5도, -5℃
_SCALE_BEFORE = re.compile(r"(섭씨|화씨)\s*(?:영하\s*)?[-−]?$")
_BELOW_ZERO_BEFORE = re.compile(r"(?:영하\s*|(?:^|(?<=[\s(,]))[-−])$")
_SPEED_BEFORE = re.compile(r"(시속|초속|분속|시간당|초당)\s*$")
#: the halves and parts of the day said before an hour (오후 3시, 새벽 두 시); 정오 (noon) too, as a prefix
_DAYPARTS = "오전|오후|새벽|아침|낮|저녁|밤"
_TIME_PREFIX = re.compile(rf"({_DAYPARTS}|정오)\s*$")


def _speed_unit(speed: re.Match, unit: str) -> str:
    """The unit of a speed said with 시속/초속/분속 (:data:`_SPEED_BEFORE`) before a length."""
    per_second = speed.group(1) in ("초속", "초당")
    return {"km": "km/s" if per_second else "km/h", "m": "m/s", "mile": "mph"}[unit]


def _daypart_before(text: str, start: int, hour: int) -> tuple[int, bool, int]:
    """(hour on the 24-hour clock, whether the half of the day is known, start of the span
    with its prefix) for an hour at ``start``, after 오전/오후/새벽 … or not."""
    prefix = _TIME_PREFIX.search(text[max(0, start - 4):start])
    hour, known = _hour_with_prefix(hour, prefix.group(1) if prefix else None)
    return hour, known, start - (len(prefix.group(0)) if prefix else 0)
_PM_PREFIXES = {"오후", "저녁", "밤"}
_VAGUE_BEFORE = re.compile(r"(수|몇|십수|수십|수백|수천|여러)$")

_NATIVE_UNITS = {
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4, "넉": 4,
    "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
}
_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50,
                "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}


def native_number(word: str) -> int | None:
    """The value of a native number word as it stands before a counter (두 → 2, 석 → 3, 스무 →
    20, 열 → 10); None for any other word (이, 그, 새: determiners, no number)."""
    return _NATIVE_UNITS.get(word) or _NATIVE_TENS.get(word)


_SINO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_NATIVE_COUNTERS = ("분기|명|개|번째|번|차례|가지|살|마리|대|권|곳|사람|배|해|달|시간|주|척|채|벌|"
                    "켤레|잔|병|그루|장|쌍|건|분|째|군데|나라|편|통|골|경기|가구|주일|방|쪽|시|"
                    "공기|그릇|컵|큰술|작은술|숟가락|스푼|봉지|상자|접시|조각|송이|줌|포기|캔|팩|평|날|근|알|밤")
#: containers and portions (밥 한 공기, 설탕 두 큰술): counters only when a particle or nothing
#: Korean follows (한 컵 but not 한 컵라면)
_PORTION_COUNTERS = frozenset("공기 그릇 컵 큰술 작은술 숟가락 스푼 봉지 상자 접시 조각 송이 줌 포기 캔 팩 근 알".split())
_NATIVE_RE = re.compile(
    rf"(?<![{HANGUL}])(?:(?P<tens>열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)\s?)?"
    r"(?P<units>하나|다섯|여섯|일곱|여덟|아홉|한|두|세|석|네|넉|둘|셋|넷)?"
    rf"(?P<gap>\s?)(?P<counter>{_NATIVE_COUNTERS})(?![{HANGUL}]*(?<=째)(?![로이입였인의는은도가를에다야까요만예])[{HANGUL}])"
)
#: 첫 as a word of its own before a noun (첫 우승 "the first title", 첫 경기): the ordinal one; written
#: into the noun (첫날, 첫사랑, 첫인상) it makes a word of its own, which English says many ways
_FIRST_BEFORE_NOUN = re.compile(rf"(?<![{HANGUL}])첫(?=\s[{HANGUL}])")
_ORDINAL_WORDS = re.compile(rf"(?<![{HANGUL}])(첫|둘|셋|넷)(째|\s?번째)")
_SINO_NUMBER = r"(?:[이삼사오육칠팔구]?[십백][일이삼사오육칠팔구]?|[일이삼사오육칠팔구])"
_FRACTION_RE = re.compile(
    rf"(?P<den>\d+|{_SINO_NUMBER})\s?분의\s?(?P<num>\d+|{_SINO_NUMBER})")
_HALF_RE = re.compile(r"절반|반절")
_ISO_DATE = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s?[.\-/]\s?(?P<m>1[0-2]|0?[1-9])\s?[.\-/]\s?(?P<d>3[01]|[12]\d|0?[1-9])(?![\d])\.?")
#: '19년 (2019): a year cut to two digits after an apostrophe; not a duration opening a quotation
#: ('35년 동안 고마워요' "Thank you for 35 years")
_SHORT_YEAR = re.compile(r"['‘’](?P<y>\d{2})년(?!대|\s?(?:동안|간|째|만에|만의|넘게|이상|가까이|내내))"
                         r"|(?<![\d.,'‘’])(?P<y2>\d{2})년(?=\s?\d{1,2}\s?월)")  # 88년 4월 (12일): a date
_YEAR_MONTH = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\.\s?(?P<m>1[0-2]|0[1-9])(?![\d.])")
#: "0230 UTC", "1215 GMT": 24-hour clock times written as four digits
_HHMM = re.compile(r"(?<![\d.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?=\s?(?:GMT|UTC|BST|KST|EST|EDT|ET\b|hours|시간))")
#: "6.15 남북공동선언", "9.11 테러", "5.18 민주화운동": dates named by month.day
_NAMED_DATE = re.compile(r"(?<![\d.])(?P<m>1[0-2]|[1-9])\.(?P<d>3[01]|[12]\d|[1-9])(?=\s?(?:남북|공동|선언|테러|사태|항쟁|"
                         r"민주|운동|기념|정상|참사|사건|합의))")
_NINE_ELEVEN = re.compile(r"(?<![\d/])9/11(?![\d/])")
_DAYS_COUNTED_AFTER = re.compile(r"\s?(?:만에|만의|동안|간|째|뒤|후|전|이내|안에|내내)")
_DAY_WORDS = re.compile(r"(?<![가-힣])(하루|이틀|사흘|나흘|닷새|엿새|이레|열흘)")
_NOON = re.compile(r"정오|자정")
_DOTTED_TIME = re.compile(r"(?P<p>오전|오후|새벽|아침|저녁|밤)\s?(?P<h>[01]?\d|2[0-4])[.:](?P<m>[0-5]\d)(?!\d)")
#: 할푼리, the decimal notation of batting averages and rates, spaced or not: 2할6푼8리 and
#: 3할 1푼 2리 (.268, .312), 6할 (.600), 1푼 2리 (.012); not 할 수 (can), 할인 (discount)
_BATTING = re.compile(r"(?<![\d.])(?:(?P<h>\d)할(?!\s?수|[인증당부])(?:\s?(?P<p>\d)푼)?|(?P<p_only>\d)푼)"
                      r"(?:\s?(?P<r>\d)리)?")
_VAGUE_PAIR = re.compile(r"(?<![\d.,])(?P<a>\d), ?(?P<b>\d)(?![\d,])")
_CLOCK = re.compile(r"(?<![\d:])(?P<h>[01]?\d|2[0-4]):(?P<m>[0-5]\d)(?![\d:]|,\d{3})")  # not a scale 1:25,000
_WEEKDAYS = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
_WEEKDAY_RE = re.compile(r"(?P<d>[월화수목금토일])요일|\((?P<p>[월화수목금토일])\)")
_RANGE_SEP = re.compile(r"\s?(?:~|∼|〜|-|–|—|에서|부터)\s?(?:약\s?)?")
_NUMBER_START = re.compile(r"\d|(?<![가-힣])[십백천][만억조]")
_ANY_DIGIT = re.compile(r"\d")


def _value_of(number: str) -> tuple[float, int]:
    """A digit string's value and its number of decimals."""
    clean = number.replace(",", "")
    decimals = len(clean.split(".")[1]) if "." in clean else 0
    return float(clean), decimals


_DIGIT_RE = re.compile(_DIGITS)
_SCALE_CHARS = "십백천만억조"


#: a scale syllable that starts a word with the next syllable (천문 astronomy, 천연 natural,
#: 만족, 만약, 백신, 조사, 조건, 조직, 억지, 억울, 억제) is no scale after a figure: 1천문단위 is
#: one astronomical unit. Syllables that make a counter or unit (천장 = 1,000 sheets, 만화소,
#: 만세대) or a particle (백과) are left out.
_WORD_AFTER_SCALE = {"천": "문연재", "만": "족약", "백": "신", "조": "사건직", "억": "지울제"}


def _number_tokens(text: str, index: int) -> list[tuple[str, float, int, int]]:
    """(kind, value, decimals, end) tokens of a Korean number: "num", "small" (십백천), "big" (만억조).

    A single space may separate "22 억", "23억 6,000만", "1억 4천 2백만" and "37만 5,000";
    여 (-odd) may stand before a big scale ("20여만", "3천여억").
    """
    tokens: list[tuple[str, float, int, int]] = []
    position, n = index, len(text)
    while position < n:
        resume = position
        if tokens and text[position] == " " and position + 1 < n:
            following = text[position + 1]
            previous = tokens[-1][0]
            if previous == "num" and following in _SCALE_CHARS:
                position += 1
            elif previous in ("big", "small") and following.isdigit():
                look = _DIGIT_RE.match(text, position + 1)
                after = text[look.end():look.end() + 2].lstrip(" ")[:1]
                if previous == "small" and after not in _SCALE_CHARS:
                    break
                position += 1
            else:
                break
        char = text[position]
        if char == "여" and tokens and tokens[-1][0] in ("num", "small") and position + 1 < n \
                and text[position + 1] in _BIG_SCALES and text[position + 2:position + 3] not in ("에", "큼"):
            position += 1  # "20여만 명", "3천여억 원": 여 (-odd) inside the number, before its scale
            continue
        if char.isdigit():
            if tokens and tokens[-1][0] == "num":
                position = resume
                break
            match = _DIGIT_RE.match(text, position)
            value, decimals = _value_of(match.group())
            tokens.append(("num", value, decimals, match.end()))
            position = match.end()
        elif text[position + 1:position + 2] and text[position + 1] in _WORD_AFTER_SCALE.get(char, ""):
            position = resume  # 1천문단위: 천문 (astronomy) is a word, not 천
            break
        elif char in _SMALL_SCALES:
            tokens.append(("small", _SMALL_SCALES[char], 0, position + 1))
            position += 1
        elif char in _BIG_SCALES:
            tokens.append(("big", _BIG_SCALES[char], 0, position + 1))
            position += 1
        else:
            position = resume
            break
    return tokens


def _evaluate(tokens) -> tuple[float, float, int] | None:
    """Value, step and the number of tokens used (stops at the first token that breaks the order)."""
    total, group = 0.0, 0.0
    current = None  # (value, decimals)
    last_small, last_big = float("inf"), float("inf")
    group_step, step = None, None
    used = 0
    for kind, value, decimals, _ in tokens:
        if kind == "num":
            if current is not None:
                break
            current = (value, decimals)
        elif kind == "small":
            if value >= last_small:
                break
            base, places = current if current else (1.0, 0)
            group += base * value
            group_step = value * 10.0 ** -places
            last_small, current = value, None
        else:
            if value >= last_big:
                break
            if current is not None:
                group += current[0]
                group_step = 10.0 ** -current[1]
            if not group:
                group, group_step = 1.0, 1.0
            total += group * value
            step = (group_step or 1.0) * value
            last_big, last_small = value, float("inf")
            group, current, group_step = 0.0, None, None
        used += 1
    if current is not None:
        if last_big != float("inf") and not group and current[0] >= last_big:
            used -= 1  # "3만 20000": the second number is not part of the first
            current = None
        else:
            total += group + current[0]
            step = 10.0 ** -current[1]
    elif group:
        total += group
        step = group_step
    if used == 0:
        return None
    return total, step or 1.0, used


def scan_number(text: str, index: int) -> tuple[int, float, float, bool] | None:
    """Read a Korean number starting at ``index``: digits mixed with 십/백/천/만/억/조.

    Returns (end, value, step, has_scale) or None. ``step`` is the place value of the
    last digit stated (23억6,000만 → 10 000).
    """
    tokens = _number_tokens(text, index)
    if text[index - 1:index] == "제" and tokens and tokens[-1][0] == "big" and tokens[-1][1] == 10**12:
        tokens = tokens[:-1]  # "제247조" is Article 247
    evaluated = _evaluate(tokens)
    if evaluated is None:
        return None
    value, step, used = evaluated
    tokens = tokens[:used]
    if not any(kind == "num" for kind, *_ in tokens) and [k for k, *_ in tokens] != ["small", "big"]:
        return None  # scale words alone: only 천만, 백억 …
    return tokens[-1][3], value, step, any(kind != "num" for kind, *_ in tokens)


def _sino_word_value(word: str) -> int | None:
    """Sino-Korean number words: 삼 → 3, 십이 → 12, 백 → 100."""
    total, current = 0, 0
    for char in word:
        if char in _SINO_DIGITS:
            current = _SINO_DIGITS[char]
        elif char in _SMALL_SCALES:
            total += (current or 1) * _SMALL_SCALES[char]
            current = 0
        else:
            return None
    return total + current


#: Sino-Korean number words written out before a unit, spaced as the spelling rules want
#: (오 주, 삼 개월, 이백여 년, 삼천 명, 사십 세): read as figures in words (weak, like 두 개).
#: Glued forms are words of their own (십분 "fully", 백배 "a hundredfold", 천년 "millennial").
#: A lone 이 (this), 사 (company), 구 (district), 만 (only), 조 (group) or 일 (work, day) is
#: not read: too often another word.
_SINO_WORD_UNITS = ("개월|주일|주|년|달|시간|분|초|세|살|명|개|배|퍼센트|프로|피트|인치|마일|킬로미터|미터|"
                    "킬로그램|그램|톤|달러|원|리터|층|가지|차례|번째")
_SINO_WORD_RE = re.compile(rf"(?<![가-힣\d])(?P<word>[일이삼사오육칠팔구십백천]*만\s[일이삼사오육칠팔구십백천]+|[일이삼사오육칠팔구십백천만]+)"
                           rf"(?P<odd>여)?\s(?P<unit>{_SINO_WORD_UNITS})"
                           r"(?=[^가-힣]|$|[간동의에을를이가은는도만째쯤씩과와로부까]|이다|였)")
_SINO_WORD_ALONE = frozenset("이사구만조일")


#: 만 alone before a unit or counter is ten thousand (만 보, 만 원, 만 명); 만 18세 (full age) and
#: 만 after a word (그것만, only) are not
_MAN_ALONE = re.compile(r"(?<![가-힣\d])만(?:\s|(?=원(?:짜리|어치)))(?P<counter>보|원|명|개|달러|그루|장|권|마리|가구|건|대|채|표|배럴|톤)"
                        r"(?=[^가-힣]|$|[을를이가은는도의에씩째과와로만]|짜리|어치)")


#: a native tens word standing alone before a particle (여든을 앞둔, 스물에), an age or a count in
#: words; not 쉰 (also "hoarse", "gone sour")
_NATIVE_TENS_ALONE = re.compile(r"(?<![가-힣])(?P<tens>스물|서른|마흔|예순|일흔|여든|아흔)"
                                r"(?P<unit>하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉)?(?=[을를이가은는도의에쯤]|\s|[,.]|$)")
#: what makes a native tens word alone an age: 에 (서른다섯에 "at 35"), 이/가 되다 (마흔이 되다 "turn
#: forty"), 을/를 넘다, 의 나이, 줄 (마흔 줄에 "in his forties" is a decade: not read), 고개
_AGE_AFTER_TENS = re.compile(r"에(?![가-힣]{2})|[이가]\s?되|[을를]\s?(?:넘|앞두)|의\s?나이|\s?고개")
#: M out of N of one counter (10명 중 4명, 5곳 중 1곳)
_SHARE_OF = re.compile(r"(?<![\d.])(?P<whole>\d{1,3})\s?(?P<counter>명|개|곳|가구|개사|개국|건|가지)\s?중\s?"
                       r"(?P<part>\d{1,3})\s?(?P=counter)")
#: so many in ten (or twenty, a hundred) said with native words standing as nouns: 열에 아홉 (nine
#: in ten), 열 명 중 서넛 (three or four in ten), 백에 하나; the parts are the pronoun forms (하나, 둘,
#: not 한, 두) and the two-number words of them (두셋, 서넛, 너덧 …)
_NATIVE_SHARE_PARTS = {"하나": 1, "둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
                       "두셋": 3, "서넛": 4, "너덧": 5, "네다섯": 5, "대여섯": 6, "예닐곱": 7, "일고여덟": 8}
_NATIVE_SHARE_WHOLE = {"열": 10, "스물": 20, "백": 100, "10": 10, "100": 100}
_NATIVE_SHARE = re.compile(
    r"(?<![가-힣\d])(?P<whole>열|스물|백|10|100)(?:\s?(?:명|개|곳|집|가구|사람))?\s?(?:에|중에?|가운데)\s?"
    rf"(?P<part>{'|'.join(sorted(_NATIVE_SHARE_PARTS, key=len, reverse=True))}|\d{{1,2}})(?:\s?(?:명|개|곳|집|가구))?"
    r"(?=[은는이가을를도꼴만의]|\s|$|[,.])")
#: two neighbouring numbers said as one native word (두세 명 "two or three", 대여섯 시간 "five or six")
_VAGUE_NATIVE = {"두세": 3, "두서너": 4, "서너": 4, "너덧": 5, "네댓": 5, "너댓": 5, "네다섯": 5, "대여섯": 6, "예닐곱": 7,
                 "일여덟": 8, "일고여덟": 8, "여덟아홉": 9}
_VAGUE_NATIVE_RE = re.compile(rf"(?<![가-힣])(?P<word>{'|'.join(sorted(_VAGUE_NATIVE, key=len, reverse=True))})"
                              rf"\s?(?P<counter>{_SINO_WORD_UNITS}|{_NATIVE_COUNTERS})")


def _word_counter(counter: str) -> tuple[str, str | None]:
    """(kind, unit) of a counter after a number in words: 년 after one is a span of years (오 년,
    서너 년), not a year of the calendar; any other as :data:`UNITS` reads it."""
    return ("duration", "year") if counter == "년" else UNITS.get(counter, ("count", None))


#: a date said in Sino-Korean number words, as one says it aloud (구삼년 삼월 십사일, 시월 이일):
#: a month with its day, the year optional (two or four digits read one by one, or 이천십구);
#: a month alone is not read (이월 is also "carried over", 사월 a name)
_HANGUL_DATE = re.compile(r"(?<![가-힣])(?:(?P<y>[일이삼사오육칠팔구공영천백십]{2,6})\s?년\s?)?"
                          r"(?P<m>십일|십이|유|시|일|이|삼|사|오|육|칠|팔|구|십)\s?월\s?(?P<d>[일이삼사오육칠팔구십]{1,3})\s?일"
                          r"(?=[^가-힣]|$|[에이은는의부까도생로만])")
_HANGUL_DIGITS = dict(_SINO_DIGITS, 공=0, 영=0)


def _hangul_date(match: re.Match) -> DateValue | None:
    """The date of a :data:`_HANGUL_DATE` match, or None when it is no valid date."""
    month = {"유": 6, "시": 10}.get(match["m"]) or _sino_word_value(match["m"])
    day = _sino_word_value(match["d"])
    if not month or not day or month > 12 or day > 31:
        return None
    year = None
    if match["y"]:
        digits = match["y"]
        if all(char in _HANGUL_DIGITS for char in digits) and len(digits) in (2, 4):
            year = int("".join(str(_HANGUL_DIGITS[char]) for char in digits))  # 구삼 → 93, 이공일구 → 2019
            if len(digits) == 2:
                year += 1900 if year > 30 else 2000
        else:
            year = _sino_word_value(digits)  # 이천십구 → 2019
        if not year or not 1000 <= year <= 2100:
            return None
    return DateValue(year=year, month=month, day=day)


def _sino_word_numbers(text: str, free, claim) -> list[Quantity]:
    """Figures in words not yet claimed, as weak quantities that claim their spans: vague
    native pairs (:data:`_VAGUE_NATIVE_RE`, 대여섯 시간 ≈ 6, approximate), 만 alone before a
    counter (:data:`_MAN_ALONE`) and Sino-Korean number words before a unit
    (:data:`_SINO_WORD_RE`)."""
    found = []
    if any(word in text for word in _VAGUE_NATIVE):
        for match in _VAGUE_NATIVE_RE.finditer(text):
            if not free(*match.span()):
                continue
            kind, unit = _word_counter(match["counter"])
            if kind not in ("count", "duration", "measure", "currency", "age"):
                kind, unit = "count", None
            found.append(Quantity(float(_VAGUE_NATIVE[match["word"]]), kind, match.span(), match.group(), unit=unit,
                                  approx=True, strong=False))
            claim(*match.span())
    for match in _NATIVE_TENS_ALONE.finditer(text):  # 여든을 앞둔 "nearing 80": a native tens word alone
        if free(*match.span()):
            value = _NATIVE_TENS[match["tens"]] + _NATIVE_UNITS.get(match["unit"] or "", 0)
            if _AGE_AFTER_TENS.match(text, match.end()):  # 서른다섯에 "at 35", 마흔이 되다 "turn forty"
                found.append(Quantity(float(value), "age", match.span(), match.group(), unit="year"))
            else:
                found.append(Quantity(float(value), "number", match.span(), match.group(), strong=False))
            claim(*match.span())
    if "만" in text:
        for match in _MAN_ALONE.finditer(text):
            if not free(*match.span()):
                continue
            kind, unit = UNITS.get(match["counter"], ("count", "steps"))
            found.append(Quantity(10000.0, kind if kind in ("count", "currency", "measure") else "count",
                                  match.span(), match.group(), unit=unit, strong=False))
            claim(*match.span())
    if "월" in text:
        for match in _HANGUL_DATE.finditer(text):
            date = _hangul_date(match)
            if date is not None and free(*match.span()):
                found.append(Quantity(date, "date", match.span(), match.group()))
                claim(*match.span())
    for match in _SINO_WORD_RE.finditer(text):
        word = match["word"].replace(" ", "")  # 이만 오천 원: spaced at 만 as Korean spelling writes it
        if not free(*match.span()) or word in _SINO_WORD_ALONE:
            continue
        if match["word"].startswith("만 ") and match["unit"] in ("세", "살"):
            word = word[1:]  # 만 십팔 세: 만 of a full age, no ten thousand
        if "만" in word:
            high, _, low = word.partition("만")
            high_value = _sino_word_value(high) if high else 1
            low_value = _sino_word_value(low) if low else 0
            value = None if high_value is None or low_value is None else high_value * 10000 + low_value
        else:
            value = _sino_word_value(word)
        if not value:
            continue
        kind, unit = _word_counter(match["unit"])
        found.append(Quantity(float(value), kind, match.span(), match.group(), unit=unit, strong=False,
                              odd=bool(match["odd"])))
        claim(*match.span())
    return found


_DAYPART_BEFORE = re.compile(r"(?:오전|오후|새벽|아침|저녁|밤|낮)\s?\d{1,2}$")


def _unit_at(text: str, position: int) -> tuple[str, int] | None:
    """The unit word right after a number (one optional space)."""
    match = _UNIT_RE.match(text, position)
    if not match:
        return None
    unit = match.group(1)
    after = text[match.end():match.end() + 1]
    # "10돈을" glued to digits is ten don of gold; "10 돈을" after a space is money
    glued_weight = unit == "돈" and not match.group(0).startswith(" ") and text[position - 1:position].isdigit()
    scaled = unit == "도" and _SCALE_BEFORE.search(text[max(0, position - 12):position].rstrip("0123456789.,"))
    if unit in _PARTICLE_ONLY_UNITS and after and "가" <= after <= "힣" and after not in _PARTICLE_STARTS:
        return None  # 248 실화? (slang "for real?"), 실수령: 실 counts rooms only before a particle
    clock = unit == "시" and after == "도" and _DAYPART_BEFORE.search(text[max(0, position - 8):position])
    if unit in _NOT_AFTER_UNIT and after and after in _NOT_AFTER_UNIT[unit] and not glued_weight and not scaled \
            and not clock:  # (오전 7시도 되기 전에: an hour and 도 "even", not 시도 "an attempt")
        # e.g. "3시간" is caught by the longer unit first; "5시장" is not a time
        return None
    if unit.isascii() and unit[-1].isalpha() and after and after.isascii() and after.isalpha() \
            and not re.match(r"[xX]\d", text[match.end():match.end() + 2]):
        return None  # "5 mmHg", "3 tons" are not Korean units
    after_scale = text[position - 1:position] in ("만", "억", "조", "천", "백")  # 3만 평, 2억 원
    if match.group(0).startswith(" ") and not after_scale and unit in ("세", "도", "일", "시", "기", "차", "위", "등", "강",
                                                    "대", "부", "장", "선", "조", "판", "통", "주",
                                                    "석", "편", "번", "호", "인", "해", "달", "분",
                                                    "초", "배", "승", "패", "무", "벌", "병", "잔", "곡",
                                                    "발", "골", "종", "평", "점", "t", "m", "g"):
        return None  # single-syllable units are written attached to the number
    return unit, match.end()


@lru_cache(maxsize=65536)
def _extract(text: str) -> tuple[Quantity, ...]:
    claimed = bytearray(len(text) + 1)
    found: list[Quantity] = []

    def free(start: int, end: int) -> bool:
        return 1 not in claimed[start:end]

    def claim(start: int, end: int) -> None:
        claimed[start:end] = b"\x01" * (end - start)

    def add(quantity: Quantity) -> None:
        found.append(quantity)
        claim(*quantity.span)

    # passes whose patterns hold a digit run only on a text with one (\d: any Unicode digit)
    digits = _ANY_DIGIT.search(text) is not None
    # 0. what only looks numeric, and the grammar's own phrases (see _special_forms)
    for quantity in _special_forms(text, free, claim, digits):
        add(quantity)
    # 1. dotted dates and clock times
    if digits:
        for match in _ISO_DATE.finditer(text):
            value = DateValue(int(match["y"]), int(match["m"]), int(match["d"]))
            add(Quantity(value, "date", match.span(), match.group(), in_parens=in_parentheses(text, match.start())))
        for match in _YEAR_MONTH.finditer(text):
            if free(*match.span()):
                value = DateValue(year=int(match["y"]), month=int(match["m"]))
                add(Quantity(value, "date", match.span(), match.group(), strong=False))  # datelines: 2005.10
        for match in _HHMM.finditer(text):
            if free(*match.span()):
                add(Quantity(TimeValue(int(match["h"]), int(match["m"]), True), "time", (match.start(), match.end("m")),
                             text[match.start():match.end("m")]))
        for match in _NINE_ELEVEN.finditer(text):
            if free(*match.span()):
                add(Quantity(DateValue(month=9, day=11), "date", match.span(), match.group()))
    for match in _DAY_WORDS.finditer(text):
        if free(*match.span()):
            days = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10}[match.group()]
            # 이틀 만에, 사흘 동안: a count of days beyond doubt (하루 stays weak: 하루 종일, 하루가 다르게)
            counted = days > 1 and _DAYS_COUNTED_AFTER.match(text, match.end()) is not None
            add(Quantity(float(days), "duration", match.span(), match.group(), unit="day", strong=counted))
    if digits:
        for match in _NAMED_DATE.finditer(text):
            if free(*match.span()):
                value = DateValue(month=int(match["m"]), day=int(match["d"]))
                add(Quantity(value, "date", (match.start(), match.end("d")), text[match.start():match.end("d")],
                             strong=_EVENT_AFTER.match(text, match.end("d")) is None))
    for match in _NOON.finditer(text):
        if free(*match.span()):
            add(Quantity(TimeValue(12 if match.group() == "정오" else 0, 0, True), "time", match.span(), match.group()))
    if digits:
        for match in _DOTTED_TIME.finditer(text):
            hour = int(match["h"]) + (12 if match["p"] in _PM_PREFIXES and int(match["h"]) < 12 else 0)
            add(Quantity(TimeValue(hour, int(match["m"]), True), "time", match.span(), match.group()))
        for match in SLASH_FRACTION.finditer(text):
            if free(*match.span()) and int(match["d"]):
                add(Quantity(int(match["n"]) / int(match["d"]), "fraction", match.span(), match.group(), step=1e-3,
                             strong=False))
        if ":" in text:
            from ..en.numerals import RACE_TIME, race_time_seconds

            for match in RACE_TIME.finditer(text):  # 2:24.315, 27:37 written in digits in the Korean too
                if free(*match.span()):
                    seconds, step = race_time_seconds(match)
                    add(Quantity(seconds, "duration", match.span(), match.group(), unit="second", step=step))
        for match in _CLOCK.finditer(text):
            if free(*match.span()):
                value = TimeValue(int(match["h"]), int(match["m"]),  # 21:00 and 09:00 are the 24-hour clock
                                  meridiem_known=int(match["h"]) > 12 or match["h"].startswith("0"))
                add(Quantity(value, "time", match.span(), match.group()))
        for match in _SHORT_YEAR.finditer(text):
            if free(*match.span()):
                year = int(match["y"] or match["y2"])
                year += 2000 if year < 50 else 1900
                add(Quantity(DateValue(year=year), "date", match.span(), match.group()))
        # "10명 중 4명": a share, as English says "four in 10"
        if "중" in text:
            for match in _SHARE_OF.finditer(text):
                whole, part = int(match["whole"]), int(match["part"])
                if free(*match.span()) and 0 < part < whole:
                    add(Quantity(round(100 * part / whole, 1), "percent", match.span(), match.group(), unit="%",
                                 step=1.0, strong=False))
        # batting averages: 2할6푼8리 = .268
        for match in _BATTING.finditer(text):
            value = (int(match["h"] or 0) * 100 + int(match["p"] or match["p_only"] or 0) * 10 + int(match["r"] or 0)) / 1000
            add(Quantity(value, "number", match.span(), match.group(), step=0.001))
        # "2, 3년", "두세 명": vague, "two or three"
        for match in _VAGUE_PAIR.finditer(text):
            if int(match["b"]) == int(match["a"]) + 1:
                claim(*match.span())
    # "열에 아홉", "열 명 중 서넛": a share in native words, as English says "nine in ten"
    if "에" in text or "중" in text or "가운데" in text:
        for match in _NATIVE_SHARE.finditer(text):
            whole = _NATIVE_SHARE_WHOLE[match["whole"]]
            part = _NATIVE_SHARE_PARTS.get(match["part"]) or int(match["part"])
            if free(*match.span()) and part <= whole:
                # 서넛 (three or four) as its upper end, as 서너 is read
                vague = not match["part"].isdigit() and match["part"] not in _NATIVE_UNITS
                add(Quantity(100.0 * part / whole, "percent", match.span(), match.group(), unit="%", approx=vague))
    # 2. fractions and halves
    if "분의" in text:
        for match in _FRACTION_RE.finditer(text):
            if not free(*match.span()):
                continue
            den = int(match["den"]) if match["den"].isdigit() else _sino_word_value(match["den"])
            num = int(match["num"]) if match["num"].isdigit() else _sino_word_value(match["num"])
            if den and num:
                add(Quantity(num / den, "fraction", match.span(), match.group(), step=1e-3,
                             strong=False))
    for match in _HALF_RE.finditer(text):
        if free(*match.span()):
            add(Quantity(0.5, "fraction", match.span(), match.group(), step=1e-3, strong=False))
    # 3. numbers with digits or scale words, with their units
    raw: list[Quantity] = []
    for start_match in _NUMBER_START.finditer(text):
        start = start_match.start()
        if not free(start, start + 1) or (start and (text[start - 1].isdigit() or text[start - 1] in ",.")):
            continue
        if start and text[start - 1] == "'" and start < 2:
            continue
        scanned = scan_number(text, start)
        if not scanned:
            continue
        end, value, step, has_scale = scanned
        if not free(start, end):
            continue
        if not text[start].isdigit() and _SCALE_IDIOM.match(text, end):
            claim(start, end)
            continue  # 천만의 말씀 (not at all), 천만다행 (a great mercy): idioms, not ten million
        if not text[start].isdigit() and _VAGUE_BEFORE.search(text[max(0, start - 2):start]):
            claim(start, end)
            continue  # 수천만, 수십억: vague
        if text[end:end + 1] in ("장",) and not text[start].isdigit():
            continue  # 억만장자
        if re.match(r"점\s?슛", text[end:end + 3]) and text[start:end] in ("2", "3"):
            claim(start, end + 2)
            continue  # 3점슛 "a three-pointer", "threes": the name of a shot, not a score
        if re.search(r"(?<![A-Za-z])[nN]\s?분의\s?$", text[max(0, start - 6):start]):
            claim(start, end)
            continue  # n분의 1 (하다) "split it evenly": a share of an unnamed count, no figure
        if text[end:end + 1] != "년" and _NAME_BEFORE_NUMBER.search(text[max(0, start - 6):start]):
            claim(start, end)
            continue  # 코로나19 (COVID-19): a name whose number is part of it
        if (_CODE_BEFORE.search(text[max(0, start - 12):start]) and not re.search(r"[\w]\s?[xX×]$", text[max(0, start - 3):start])) or (
                _CODE_AFTER.match(text, end) and not _unit_at(text, end) and not _english_unit(text, end)):
            claim(start, end)
            continue  # digits inside a name or code: AK-47, F-35A, KF-21, 5G, COVID-19
        dimension = start > 1 and text[start - 1] in "xX×" and text[start - 2].isalpha()
        if start and not dimension and (text[start - 1].isascii() and text[start - 1].isalpha() or text[start - 1] == ":" and
                      start > 1 and text[start - 2].isdigit()) or re.match(r"[:×x]\d", text[end:end + 2]):
            claim(start, end)
            continue  # codes and scores: SS19, HER2, KV62, 2:2, 4x4
        if re.fullmatch(r"\d{1,3}조", text[start:end]) and not _AMOUNT_AFTER_JO.match(text, end):
            # "헌법 9조" is Article 9, not 9 trillion
            article = Quantity(float(text[start:end - 1]), "ordinal", (start, end), text[start:end], unit="article",
                               strong=False)
            raw.append(article)
            claim(start, end)
            continue
        quantity = _with_context(text, start, end, value, step)
        if quantity is None:
            claim(start, end)
            continue
        raw.append(quantity)
        claim(*quantity.span)
    for match in _CIRCLED.finditer(text):
        # ①, ⑵, ❸: a clause or list number, as the English "(1)" or "1." is
        raw.append(Quantity(float(_circled_value(match.group())), "ordinal", match.span(), match.group(), unit="label",
                            strong=False))
        claim(*match.span())
    raw.extend(_native_numbers(text, free, claim))
    raw.extend(_sino_word_numbers(text, free, claim))
    raw.extend(_weekdays(text, free, claim))
    found.extend(raw)
    found.sort(key=lambda q: q.span)
    found = _merge_dates_and_times(text, found)
    found = [q for q in found if not _not_a_quantity(text, q)]
    found = _join_measures(text, found)
    found = _month_parts(text, found)
    found = _join_durations(text, found)
    found = _mark_ranges(text, found)
    if _ALCOHOL_CONTEXT.search(text):
        found = [_alcohol_strength(q) for q in found]
    if "부" in text:
        found = [replace(q, kind="ordinal", unit="court_division") if _court_division(text, q) else q for q in found]
    if "째" in text:  # 둘째 딸, 첫째 아들: a place among a family's children
        found = [replace(q, unit="sibling") if q.kind == "ordinal" and q.unit is None and _KIN_AFTER.match(text, q.end)
                 else q for q in found]
    return tuple(_from_the_bottom(text, q) for q in found)


#: a child or sibling after an ordinal (둘째 딸, 셋째 아들, 첫째 손자)
_KIN_AFTER = re.compile(r"\s?(?:딸|아들|손자|손녀|아이|자녀|자식|며느리|사위)")
#: a division of a court named by its number (형사합의25부, 민사12부, 형사1단독): a name, which
#: English often gives as "a three-judge panel" or "the criminal division" without the number
_COURT_DIVISION_BEFORE = re.compile(r"(?:형사|민사|행정|가사|파산|회생|특허|합의|항소|노동|선거|소년)\s?$")


def _court_division(text: str, quantity: Quantity) -> bool:
    """형사합의25부, 민사12부: the number of a court's division (형사1단독 is read as a word)."""
    if not re.fullmatch(r"\d{1,3}(?:\s?부)?", quantity.text):
        return False
    named = quantity.text.endswith("부") or re.match(r"\s?부(?![가-힣])|\s?부(?=[는은가이의에와과도로])",
                                                     text[quantity.end:quantity.end + 4])
    return bool(named) and _COURT_DIVISION_BEFORE.search(text[max(0, quantity.start - 6):quantity.start]) is not None


#: words of drink strength: 도 beside them is percent alcohol (소주 16도 "16 percent"), not degrees
_ALCOHOL_CONTEXT = re.compile(r"도수|알코올|알콜|소주|맥주|막걸리|와인|위스키|전통주|증류주|청주")


def _alcohol_strength(quantity: Quantity) -> Quantity:
    """A strength in 도 where the text speaks of drink (:data:`_ALCOHOL_CONTEXT`): percent alcohol."""
    if quantity.unit == "degree" and quantity.text.rstrip().endswith("도"):
        return replace(quantity, kind="percent", unit="%")
    return quantity


#: circled, parenthesised and negative circled numbers (①, ⑵, ❸)
_CIRCLED = re.compile(r"[\u2460-\u2473\u2474-\u2487\u2776-\u277f]")


def _circled_value(character: str) -> int:
    """① → 1, ⑵ → 2, ❸ → 3 (circled, parenthesised and negative circled numbers)."""
    code = ord(character)
    for first, last in ((0x2460, 0x2473), (0x2474, 0x2487), (0x2776, 0x277F)):
        if first <= code <= last:
            return code - first + 1
    raise ValueError(character)


#: 꼴찌에서 두 번째 "second from the bottom", 뒤에서 세 번째 "third from last"
_FROM_THE_BOTTOM_BEFORE = re.compile(r"(?:꼴찌|꼴등|최하위|뒤|끝)에서\s?$")


def _from_the_bottom(text: str, quantity: Quantity) -> Quantity:
    """An ordinal counted from the end of a ranking (꼴찌에서 두 번째): unit "from_bottom"."""
    if quantity.kind == "ordinal" and quantity.unit is None and _FROM_THE_BOTTOM_BEFORE.search(text[:quantity.start]):
        return replace(quantity, unit="from_bottom")
    return quantity


#: 1·2심, 1심 (the first and second trials): instances of a court, not a date or a count
_COURT_INSTANCE_AFTER = re.compile(r"심(?=[은는이을를에의과와도만까]|[^가-힣]|$)")
#: a rate base (:data:`tqa.quantity.RATE_BASES`) that 씩 closes (하루 대여섯 시간씩 "five or six hours a day")
_RATE_CLOSED = re.compile(r"[^.,!?]{0,14}?씩")


#: 1년 365일, 365일 24시간, 24시간 365일: "all year round", "around the clock" — a set phrase, no count
_ALL_YEAR_ROUND = re.compile(r"(?:(?:1|일|한)\s?년\s?)365\s?일(?:\s?24\s?시간)?|365\s?일\s?24\s?시간|24\s?시간\s?365\s?일")


def _not_a_quantity(text: str, quantity: Quantity) -> bool:
    """Readings the grammar makes that are no quantity of the text: a court instance (1·2심),
    a rate's base (하루 … 씩), a set phrase of time (1년 365일 "all year round")."""
    if "365" in text and any(match.start() <= quantity.start and quantity.end <= match.end()
                             for match in _ALL_YEAR_ROUND.finditer(text)):
        return True
    if re.fullmatch(r"\d(?:[·,]\d)*", quantity.text) and _COURT_INSTANCE_AFTER.match(text, quantity.end):
        return True
    if quantity.kind == "number" and (re.match(r"\.\d", text[quantity.end:quantity.end + 2])
                                      or re.search(r"\d\.$", text[max(0, quantity.start - 2):quantity.start])):
        return True  # a version number (5.2.0): a name, not an amount
    return quantity.text in RATE_BASES and _RATE_CLOSED.match(text, quantity.end) is not None


#: a measure written in two units, the larger first (2m 8㎝ = 2.08 m, 1km 200m = 1.2 km, 3kg 500g)
_COMPOUND_MEASURES = {("m", "cm"): 100.0, ("km", "m"): 1000.0, ("kg", "g"): 1000.0, ("m", "mm"): 1000.0}


def _join_measures(text: str, quantities: list[Quantity]) -> list[Quantity]:
    result: list[Quantity] = []
    for quantity in quantities:
        previous = result[-1] if result else None
        factor = _COMPOUND_MEASURES.get((previous.unit, quantity.unit)) if previous is not None else None
        if factor and previous.kind == quantity.kind == "measure" and isinstance(previous.value, float) \
                and isinstance(quantity.value, float) and quantity.value < factor \
                and re.fullmatch(r"\s?", text[previous.end:quantity.start]):
            value = previous.value + quantity.value / factor
            result[-1] = replace(previous, value=value, span=(previous.start, quantity.end),
                                 text=text[previous.start:quantity.end], step=quantity.step / factor)
            continue
        result.append(quantity)
    return result


#: the part of a month after its name: 3월 초 / 초순 / 상순 (early), 중순 (mid), 하순 / 말 (late)
_MONTH_PART_AFTER = re.compile(r"\s?(초순|상순|중순|하순|초|말)(?=[에의까부께은는도경쯤]|\s|[,.)]|$)")
_MONTH_PART_VALUES = {"초순": 1, "상순": 1, "초": 1, "중순": 2, "하순": 3, "말": 3}


def _month_parts(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A month with its part (3월 중순 = mid-March): the date states the part too."""
    result = []
    for quantity in quantities:
        if quantity.kind == "date" and isinstance(quantity.value, DateValue) and quantity.value.month \
                and quantity.value.day is None and quantity.value.part is None:
            match = _MONTH_PART_AFTER.match(text, quantity.end)
            if match:
                quantity = replace(quantity, value=replace(quantity.value, part=_MONTH_PART_VALUES[match.group(1)]),
                                   span=(quantity.start, match.end()), text=text[quantity.start:match.end()])
        result.append(quantity)
    return result


def _temperature(before: str, unit: str, value: float) -> tuple[str, float]:
    """Scale and sign of a temperature: "섭씨 32도" is °C, "화씨 90도" °F, "영하 5도" / "-5℃" below zero.
    A bare "도" stays "degree" (scale unstated: the check may read it either way)."""
    scale = _SCALE_BEFORE.search(before)
    if scale:
        unit = "degC" if scale.group(1) == "섭씨" else "degF"
    if _BELOW_ZERO_BEFORE.search(before) and value > 0:
        value = -value
    return unit, value


#: N대 before a noun names a set, "the N major …" (4대 보험 the social insurances, 국내 5대 은행 the
#: big five banks, 3대 영화제): the counted noun follows, where a counter of machines follows its noun
#: (트럭 3대가, 차량 2대 파손). Read so only after the start of a clause, a particle or a word of scope.
#: offices counted by their holders after N대 (5대 교장 "the fifth principal", 16대 대통령, 3대 회장)
_OFFICE_AFTER = re.compile(r"\s?(?:대통령|회장|부회장|사장|교장|총장|학장|원장|관장|이사장|위원장|의장|국회의장|총리|시장|"
                           r"도지사|지사|군수|구청장|교육감|대법원장|감독|주교|교황|왕|국왕|황제|종정|총재|당수|대표|주지|"
                           r"단장|회주|촌장|이장|국회|대사|총영사|청장|장관)"
                           r"(?=$|[^가-힣]|이|은|는|을|를|의|에|과|와|도|으로|로|직|께|가|였|인|님)")
_MAJOR_AFTER = re.compile(r"\s(?=[가-힣]{2})(?!(?:있|없|였|이었|정도|가량|이상|이하|미만|모두|전원|모두가|씩|중))")
_MAJOR_BEFORE = re.compile(r"(?:^|[\s(\[“\"‘',·]|[은는이가을를의에도로서]\s|(?:국내|세계|전국|국내외|주요|역대|시중|업계|글로벌|이른바|소위)\s)$")


def _with_context(text: str, start: int, end: int, value: float, step: float) -> Quantity | None:
    """Attach unit, approximation and bound words around a scanned number."""
    before = text[max(0, start - 12):start]
    approx = bool(_APPROX_BEFORE.search(before))
    bound = None
    if _BOUND_BEFORE.search(before):
        word = _BOUND_BEFORE.search(before).group(1)
        bound = "min" if word in ("최소", "최저", "적어도") else "max"
    position = end
    # "10여 명", "1만여 명"
    after_approx = re.compile(r"여(?=\s?[가-힣]|\s|$)").match(text, position)
    odd = False
    if after_approx and not re.compile(r"여(러|기|서|자|야|성|행|당|론)").match(text, position):
        approx = odd = True
        position = after_approx.end()
    # "$36bn", "2.3 billion" written inside Korean text
    english_scale = re.compile(r"\s?(bn|billion|million|mn|tn|trillion)\b", re.I).match(text, position)
    if english_scale:
        from ..en.numerals import fold_case

        scale = {"bn": 1e9, "billion": 1e9, "million": 1e6, "mn": 1e6, "tn": 1e12, "trillion": 1e12}[
            fold_case(english_scale.group(1))]
        value, step, position = value * scale, step * scale, english_scale.end()
    kind, unit = "number", None
    unit_match = _unit_at(text, position)
    if unit_match:
        word, position = unit_match
        kind, unit = UNITS[word]
    else:
        # English units inside Korean text: "8 miles", "64 kph", "2.3 million"
        from ..en.numerals import unit_after

        english = unit_after(text, position)
        if english and english[0] in ("measure", "currency", "percent", "percentage_point") and \
                (english[2] >= len(text) or not ("가" <= text[english[2] - 1] <= "힣")):
            kind, unit, position = english
        # "%포인트" written with a space: "2% 포인트"
    if unit == "GBP" and _WEIGHT_CONTEXT.search(text[max(0, start - 20):position + 20]):
        kind, unit = "measure", "pound"  # 200파운드 (90킬로그램) 나가는 사람
    if unit == "km" and unit_match and unit_match[0] == "킬로" and _KILO_WEIGHT_CONTEXT.search(text[max(0, start - 20):position + 20]):
        unit = "kg"  # 킬로 is kilograms or kilometres: 체중 5킬로, 짐 20킬로 weigh
    currency = _CURRENCY_BEFORE.search(before)
    if currency:
        sign = currency.group(1)
        code = {"€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "원화": "KRW", "엔화": "JPY",
                "유로화": "EUR"}.get(sign, "USD")
        if kind in ("number", "currency"):
            kind, unit = "currency", (unit if kind == "currency" else code)
    if kind == "measure" and unit in TEMPERATURE_UNITS:
        unit, value = _temperature(before, unit, value)
    speed = _SPEED_BEFORE.search(before)
    if speed and kind == "measure" and unit in ("km", "m", "mile"):
        unit = _speed_unit(speed, unit)
    # date and duration words refine the kind
    tail = text[position:position + 4]
    if kind == "date" and unit == "year":
        if not (value == int(value) and 1000 <= value <= 2199) or re.match(r"\s?(간|동안|만에|째|넘게|이상|반|전|후|여|가량|정도)", tail):
            kind = "duration"
    if kind == "date" and unit == "month":
        if not (value == int(value) and 1 <= value <= 12):
            return None
    if kind == "date" and unit == "day" and (_PERIOD_NOUN_BEFORE.search(before) or (
            re.match(r"\s?(?:연장|단축)", text[position:position + 4]) and not re.search(r"\d\s?월\s?$", before))):
        # 대출 기간은 14일이며, 체류 기한은 30일, 7일 연장: a length of time, not the 14th
        kind = "duration"
    if kind == "date" and unit == "day":
        if re.match(r"\s?(간|동안|만에|째|이상|이내|가량|정도|뒤|후|전)(?![가-힣])|\s?(전에|전부터|후에|뒤에|전의|후의|만의|동안|짜리|씩|이내에|이내로|안에|내에|내로)", tail) \
                or re.match(r"\s?일정(?:으로|의)", text[position:position + 6]) or not (1 <= value <= 31):
            kind = "duration"
    if kind == "ordinal" and unit in ("quarter", "semester") and re.match(r"\s?(?:만에|만의|동안|간|연속|내내|이상|넘게)", tail):
        kind = "duration"  # 8분기 만에 (in eight quarters), 3분기 연속 (three quarters running): a count, not the 8th
    if kind == "time" and not (value == int(value) and 0 <= value <= 24):
        return None
    if kind == "date" and unit == "decade":
        if not (value == int(value) and value % 10 == 0):
            return None
        if value < 100:
            value += 1900  # 60년대: the sixties
    if kind == "age" and not 0 < value < 130:
        return None
    strong = True
    # 이 3가지 방법 → "these options"; 생포된 5명이 모두 → "they all": counted before
    anaphoric = kind == "count" and bool(_DEMONSTRATIVE_BEFORE.search(before) or _TOTAL_AFTER.match(text, position))
    if kind == "count" and unit is None and text[position - 1:position] == "대" and value % 10 == 0 and value <= 90 \
            and text[max(0, start - 1):start] != "제":  # (제20대 국회: the 20th, an ordinal below)
        kind, unit, strong = "age", "decade", False  # 10대 teenagers, 20대 in their twenties
        if _PERSON_AFTER_AGE_BAND.match(text, position):
            strong = True  # 30대 남성, 40대 초반: an age band beyond doubt (no count of vehicles)
    elif kind == "count" and unit is None and text[position - 1:position] == "대" and _OFFICE_AFTER.match(text, position):
        kind = "ordinal"  # 5대 교장 "the fifth principal", 3대 회장: the Nth holder of an office
    elif kind == "count" and unit is None and text[position - 1:position] == "대" and _MAJOR_AFTER.match(text, position) \
            and _MAJOR_BEFORE.search(text[max(0, start - 8):start]):
        unit = "set"  # 4대 보험, 국내 5대 은행: "the N major …", a name the English may not count (or 21대 국회, the 21st)
    if kind == "count" and unit == "people" and text[position:position + 1] == "조":
        strong = False  # 2인조 duo, 3인조 trio
    if kind == "date" and unit == "century" and value <= 3 and re.match(r"\s?(전|만에|넘게|이상|동안|에\s?걸쳐)", text[position:position + 6]):
        kind, unit, value, step = "duration", "year", value * 100, 100.0
    if unit in ("grade", "parties", "game_set") or (kind == "ordinal" and text[position - 1:position] == "차"):
        strong = False  # 2학년 → sophomore; 2차 경기 → the return match; 2세트부터 → "from then on"
    if re.match(r"\s?마다", text[position:position + 3]):
        strong = False  # 2년마다 → biennial, 4년마다 → every four years
    band = _BAND_AFTER.match(text, position) if kind in ("currency", "percent") else None
    if band:
        approx = odd = True  # 4,000만 원대 (중반): somewhere in the forty millions, as 10여 명 is ten-odd
        position = band.end()
    after = _APPROX_AFTER.match(text, position)
    if after and (after.group(1) not in ("께", "경") or kind in ("date", "time")):
        approx = True
        position = after.end()
    bound_match = _BOUND_AFTER.match(text, position)
    if bound_match:
        word = bound_match.group(1)
        if word in ("이상", "넘는", "넘게", "넘어", "넘은", "넘었", "넘긴", "초과"):
            bound = "min"
        elif word in ("이하", "미만", "이내", "가까이", "가까운", "까지"):
            bound = "max" if word != "까지" else bound
        if word in ("가까이", "가까운"):
            approx = True
    span_end = position
    while span_end > start and text[span_end - 1] == " ":
        span_end -= 1
    if kind == "date":
        date = {"year": DateValue(year=int(value)), "month": DateValue(month=int(value)),
                "day": DateValue(day=int(value)) if value == int(value) else None,
                "decade": DateValue(decade=int(value)), "century": DateValue(century=int(value))}[unit]
        if date is None:
            return None
        return Quantity(date, "date", (start, span_end), text[start:span_end], unit=unit,
                        approx=approx, bound=bound, in_parens=in_parentheses(text, start))
    if kind == "time":
        hour, known, span_start = _daypart_before(text, start, int(value))
        if text[start] == "0" and value == int(value) and 0 < value < 10:
            known = True  # 09시: an hour written with a leading zero is the 24-hour clock (9 a.m.)
        return Quantity(TimeValue(hour, 0, known), "time", (span_start, span_end),
                        text[span_start:span_end], unit=unit, approx=approx, bound=bound)
    if kind == "percent":
        # "2% 포인트" → percentage points
        follow = re.compile(r"\s?포인트|p\b|P\b").match(text, position)
        if follow:
            kind, unit = "percentage_point", "pp"
            span_end = follow.end()
    if kind == "ordinal" and text[max(0, start - 1):start] == "제":
        start -= 1
    elif text[max(0, start - 1):start] == "제" and kind in ("number", "count"):
        kind = "ordinal"
        start -= 1
    if kind == "points" and _INDEX_CONTEXT.search(text):
        unit = "index"  # 코스피 12.5포인트: index points, neither percent nor percentage points
    return Quantity(float(value), kind, (start, span_end), text[start:span_end], unit=unit,
                    approx=approx, bound=bound, step=step, strong=strong, in_parens=in_parentheses(text, start),
                    odd=odd, anaphoric=anaphoric)


#: a period a frequency counts in, right before a native count of times (하루 세 번, 일주일에 두 번)
_FREQUENCY_BEFORE = re.compile(r"(?:하루|매일|일주일에|주에|한\s?주에|매주|한\s?달에|달에|매달|매월|1년에|일\s?년에|한\s?해에|"
                               r"매년|시간마다|시간에)\s?$")


def _native_numbers(text: str, free, claim) -> list[Quantity]:
    """Native number words with a counter (한 명, 세 차례, 열두 살, 두 번째) and 첫째/둘째."""
    found = []
    for match in (_ORDINAL_WORDS.finditer(text) if "째" in text else ()):
        if free(*match.span()):
            value = {"첫": 1, "둘": 2, "셋": 3, "넷": 4}[match.group(1)]
            found.append(Quantity(float(value), "ordinal", match.span(), match.group(), strong=False))
            claim(*match.span())
    for match in (_FIRST_BEFORE_NOUN.finditer(text) if "첫" in text else ()):
        if free(*match.span()):  # 첫 우승 "the first title": compared with another English ordinal only
            found.append(Quantity(1.0, "ordinal", match.span(), match.group(), strong=False))
            claim(*match.span())
    for match in _NATIVE_RE.finditer(text):
        if not (match["tens"] or match["units"]) or not free(*match.span()):
            continue
        value = (_NATIVE_TENS.get(match["tens"] or "", 0) + _NATIVE_UNITS.get(match["units"] or "", 0))
        if not value:
            continue
        if match["units"] in ("석", "넉") and match["counter"] not in ("달", "장", "잔", "대", "줄", "자"):
            continue
        # "한 번" is often "once"/"ever"; "세 배" fine. Guard frequent idioms.
        after = text[match.end():match.end() + 2]
        counter = match["counter"]
        if counter == "시":
            hour = _native_hour(text, match, int(value))
            if hour is not None:
                found.append(hour)
                claim(*hour.span)
            continue
        odd = counter in ("해", "달", "주", "시간") and _ODD_AFTER.match(text, match.end()) is not None
        if counter in ("대", "주", "장", "방", "시", "분", "통", "편", "해", "달") and after[:1] and "가" <= after[:1] <= "힣" \
                and after[:1] not in ("에의는가를도와과이씩만째간" + ("은을로부까마밖짜여" if counter in ("달", "해") else "")) \
                and not odd:  # 간: 석 달간 "for three months"; 두 달은, 한 해를, 석 달마다, 석 달밖에 "only three
            # months", 넉 달짜리, 석 달여 (분은 may be persons: 두 분은)
            continue
        if counter == "밤" and (not match["gap"] or match["units"] == "한" and not match["tens"]):
            continue  # 세 밤 "three nights" (a child's count to a day); 한밤중 "midnight", 한 밤 too rare to read
        if match["units"] == "한" and counter == "번" and not match["gap"] and not match["tens"]:
            continue  # 한번 written as one word is the adverb (다시 한번 "once more", 한번 해 보다 "try"); 한 번 counts
        if counter in _PORTION_COUNTERS and after[:1] and "가" <= after[:1] <= "힣" \
                and after[:1] not in "에의은는이가을를도와과씩만으로":
            continue
        kind, unit = UNITS.get(counter, ("count", None))
        if counter in ("번째", "째"):
            kind, unit = "ordinal", None
        if counter in ("해",):
            kind, unit = "duration", "year"
        if counter == "밤":
            kind, unit = "duration", "night"
        if counter == "분기":
            kind, unit = "duration", "quarter"  # 두 분기 만에 "in two quarters": native words count
        if counter == "시":
            continue
        if kind == "date":
            continue
        span = (match.start(), match.end() + 1) if odd else match.span()
        # a frequency (하루 세 번, 일주일에 두 번, 매일 네 차례): a dose or a schedule, which a
        # translation must keep; other native counts stay weak ("한 번" is often "ever", "once")
        frequency = counter in ("번", "회", "차례") and _FREQUENCY_BEFORE.search(text[max(0, span[0] - 8):span[0]])
        found.append(Quantity(float(value), kind, span, text[span[0]:span[1]], unit=unit, approx=odd,
                              strong=bool(frequency)))
        claim(*span)
    for match in (_HALF_YEAR.finditer(text) if "반" in text else ()):
        if free(*match.span()):  # 반년 "half a year", "six months"
            found.append(Quantity(0.5, "duration", match.span(), match.group(), unit="year", strong=False))
            claim(*match.span())
    return found


#: what may follow an hour said in native words (세 시야, 두 시 반, 네 시쯤, 한 시부터, 열두 시에): a
#: particle, the copula or 반; not a word that 시 begins (세 시장, 두 시민)
_AFTER_NATIVE_HOUR = re.compile(r"(?:$|[^가-힣]|[야예요쯤까부에였이면라인엔도가는를로정반]|\s반)")


def _native_hour(text: str, match: re.Match, value: int) -> Quantity | None:
    """An hour of the clock in native words with a space before 시 (새벽 두 시 "two in the
    morning", 세 시 반 "half past three"); 오전/오후/새벽 before it set the half of the day."""
    if not (1 <= value <= 12) or not match["gap"] or not _AFTER_NATIVE_HOUR.match(text, match.end()) \
            or value == 1 and text[match.end():match.end() + 1] == "도":  # 한 시도 쉬지 않고 "not for a moment"
        return None
    hour, known, start = _daypart_before(text, match.start(), value)
    end, minute = match.end(), 0
    half = re.match(r"\s?반(?![가-힣])|\s?반(?=[에이쯤까부도은는을])", text[end:])
    if half:
        end, minute = end + half.end(), 30
    return Quantity(TimeValue(hour, minute, known), "time", (start, end), text[start:end], unit="hour", strong=False)


#: 여 (-odd) after a native duration: 세 달여 "three months or so", 세 시간여
_ODD_AFTER = re.compile(r"여(?![가-힣])|여(?=만|간|동안|의|에|가|를|이|는|도)")
#: half a year as one word
_HALF_YEAR = re.compile(r"(?<![가-힣])반\s?년(?=$|[^가-힣]|[간의에을이은도만동밖째쯤])")


def _weekdays(text: str, free, claim) -> list[Quantity]:
    found = []
    for match in (_WEEKDAY_RE.finditer(text) if "요일" in text or "(" in text else ()):
        if not free(*match.span()):
            continue
        letter = match["d"] or match["p"]
        if match["p"] and not re.search(r"\d\s?일\s*$", text[:match.start()]):
            continue  # "(월)" only after a date
        found.append(Quantity(DateValue(weekday=_WEEKDAYS[letter]), "date", match.span(), match.group()))
        claim(*match.span())
    return found


_DATE_ORDER = {"year": 0, "month": 1, "day": 2}


def _merge_dates_and_times(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Join "2019년" "4월" "12일" (and a following weekday) into one date; "3시" "30분" into a time."""
    merged: list[Quantity] = []
    for quantity in quantities:
        previous = merged[-1] if merged else None
        gap = text[previous.end:quantity.start] if previous else None
        adjacent = previous is not None and re.fullmatch(r"[\s,]*", gap or "") is not None
        if adjacent and previous.kind == "date" and quantity.kind == "date" \
                and isinstance(previous.value, DateValue) and isinstance(quantity.value, DateValue):
            a, b = previous.value.fields(), quantity.value.fields()
            a_parts = [k for k in a if k in _DATE_ORDER]
            b_parts = [k for k in b if k in _DATE_ORDER or k == "weekday"]
            if a_parts and b_parts and not set(a) & set(b) and "weekday" not in a and \
                    (b_parts == ["weekday"] or max(_DATE_ORDER[k] for k in a_parts) < min(_DATE_ORDER.get(k, 9) for k in b_parts)):
                value = DateValue(**{**a, **b})
                merged[-1] = Quantity(value, "date", (previous.start, quantity.end),
                                      text[previous.start:quantity.end], approx=previous.approx or quantity.approx,
                                      in_parens=previous.in_parens)
                continue
        if adjacent and previous.kind == "time" and quantity.kind == "duration" and quantity.unit == "minute" \
                and isinstance(previous.value, TimeValue) and previous.value.minute == 0 \
                and isinstance(quantity.value, float) and quantity.value < 60:
            time = TimeValue(previous.value.hour, int(quantity.value), previous.value.meridiem_known)
            merged[-1] = Quantity(time, "time", (previous.start, quantity.end), text[previous.start:quantity.end],
                                  approx=previous.approx or quantity.approx)
            continue
        merged.append(quantity)
    # "금요일인 5월 17일", "금요일, 5월 17일": the weekday and the date it names are one date
    joined: list[Quantity] = []
    for quantity in merged:
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind == quantity.kind == "date" \
                and isinstance(previous.value, DateValue) and isinstance(quantity.value, DateValue) \
                and list(previous.value.fields()) == ["weekday"] and "weekday" not in quantity.value.fields() \
                and {"month", "day"} & set(quantity.value.fields()) \
                and re.fullmatch(r"\s*(?:인\s*)?,?\s*", text[previous.end:quantity.start]):
            value = DateValue(**{**quantity.value.fields(), "weekday": previous.value.weekday})
            joined[-1] = Quantity(value, "date", (previous.start, quantity.end), text[previous.start:quantity.end],
                                  approx=previous.approx or quantity.approx, in_parens=previous.in_parens)
            continue
        joined.append(quantity)
    merged = _carry_month(text, joined)
    # "3시 반" → half past
    result = []
    for quantity in merged:
        if quantity.kind == "time" and isinstance(quantity.value, TimeValue) and quantity.value.minute == 0 \
                and re.match(r"\s?반", text[quantity.end:quantity.end + 2]):
            end = text.index("반", quantity.end) + 1
            quantity = Quantity(TimeValue(quantity.value.hour, 30, quantity.value.meridiem_known), "time",
                                (quantity.start, end), text[quantity.start:end], approx=quantity.approx)
        result.append(quantity)
    return result


def _carry_month(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A day said without its month after a date that names one, and later in that month, is in
    that month: 4월 9일 밤부터 10일 아침까지 "from April 9 to April 10" (Korean leaves the month
    unsaid; English repeats it)."""
    result, month, day, end = [], None, None, 0
    for quantity in quantities:
        value = quantity.value
        if quantity.kind == "date" and isinstance(value, DateValue):
            fields = value.fields()
            if "month" in fields and "day" in fields:
                month, day, end = value.month, value.day, quantity.end
            elif "month" in fields or "year" in fields:
                month, day = None, None
            elif "day" in fields and month is not None and value.day > day \
                    and _SPAN_BETWEEN.fullmatch(text[end:quantity.start]):
                quantity = _replace(quantity, value=DateValue(**{**fields, "month": month}))
        result.append(quantity)
    return result


#: what stands between the two days of one span: 4월 9일(목) 밤부터 10일 — a weekday, a part of the
#: day and 부터/~/-; a news dateline (… 늘린다고 20일 밝혔다) or an event named by its date (6·3
#: 지방선거를 열흘 앞둔 24일) is no span, and its day keeps no month
_SPAN_BETWEEN = re.compile(r"\s*(?:\([월화수목금토일]\)\s*)?(?:[가-힣]{1,2}\s*)?(?:부터|에서)?\s*[~\-–]?\s*")


def _mark_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"10~20명": the first number takes the second's unit; both are marked as range ends."""
    result = list(quantities)
    for index in range(len(result) - 1):
        low, high = result[index], result[index + 1]
        gap = text[low.end:high.start]
        if not _RANGE_SEP.fullmatch(gap) or not isinstance(low.value, float):
            continue
        if isinstance(low.value, float) and low.value == int(low.value) and 1000 <= low.value <= 2199 \
                and high.kind == "duration" and high.unit == "year" and high.value < 100:
            year = int(low.value) // 100 * 100 + int(high.value)
            if year > low.value:
                result[index] = Quantity(DateValue(year=int(low.value)), "date", low.span, low.text, range_part="low")
                result[index + 1] = Quantity(DateValue(year=year), "date", high.span, high.text, range_part="high")
                continue
        if isinstance(low.value, float) and low.value == int(low.value) and 1000 <= low.value <= 2199 \
                and isinstance(high.value, DateValue) and high.value.year and set(high.value.fields()) == {"year"}:
            result[index] = Quantity(DateValue(year=int(low.value)), "date", low.span, low.text, range_part="low")
            result[index + 1] = _replace(high, range_part="high")
            continue
        if isinstance(low.value, float) and isinstance(high.value, DateValue) and set(high.value.fields()) == {"month"} \
                and low.value == int(low.value) and 1 <= low.value < high.value.month:
            result[index] = Quantity(DateValue(month=int(low.value)), "date", low.span, low.text, range_part="low")
            result[index + 1] = _replace(high, range_part="high")  # "1 - 2월"
            continue
        if low.kind == "number" and isinstance(high.value, DateValue) and "day" in high.value.fields() \
                and "year" not in high.value.fields() and low.value == int(low.value) and 1 <= low.value < high.value.day:
            # "10월 14~15일": the low end is a day too, in the month said before it, which then holds
            # for both ends (October 14 and 15); without a month ("3~4일 걸린다") it may be a
            # duration of three or four days, read below as before
            month, before = high.value.month, result[index - 1] if index else None
            month_before = (before is not None and isinstance(before.value, DateValue)
                            and set(before.value.fields()) == {"month"} and not text[before.end:low.start].strip())
            if month is None and month_before:
                month = before.value.month
                result[index - 1] = None  # read as part of the low end
                low = _replace(low, span=(before.start, low.end), text=text[before.start:low.end])
                high = _replace(high, value=DateValue(**{**high.value.fields(), "month": month}))
            if month is not None:
                result[index] = Quantity(DateValue(month=month, day=int(low.value)), "date", low.span, low.text,
                                         range_part="low")
                result[index + 1] = _replace(high, range_part="high")
                continue
        if isinstance(high.value, TimeValue) and high.value.minute == 0 and low.kind == "number" \
                and low.value == int(low.value) and 0 <= low.value <= 24:
            # "오후 2~3시": the low end is an hour too, and 오전/오후 before it holds for both ends
            prefix = _TIME_PREFIX.search(text[max(0, low.start - 4):low.start])
            word = prefix.group(1) if prefix else None
            low_hour, low_known = _hour_with_prefix(int(low.value), word)
            start = low.start - (len(prefix.group(0)) if prefix else 0)
            result[index] = Quantity(TimeValue(low_hour, 0, low_known), "time", (start, low.end), text[start:low.end],
                                     unit="hour", approx=low.approx, bound=low.bound, range_part="low")
            if prefix and not high.value.meridiem_known:
                high_hour, high_known = _hour_with_prefix(high.value.hour, word)
                high = _replace(high, value=TimeValue(high_hour, 0, high_known))
            result[index + 1] = _replace(high, range_part="high")
            continue
        if not isinstance(high.value, float):
            continue
        if low.unit and high.unit and low.unit.startswith(high.unit + "/"):
            high = _replace(high, unit=low.unit)  # "시속 120km에서 150km"
        speed = _SPEED_BEFORE.search(text[max(0, low.start - 5):low.start])
        if speed and high.kind == "measure" and high.unit in ("km", "m", "mile"):
            high = _replace(high, unit=_speed_unit(speed, high.unit))  # "초속 5~9m": the speed word holds for both ends
        if low.kind == "number" and high.kind != "number":
            low = Quantity(low.value, high.kind, low.span, low.text, unit=high.unit, approx=low.approx,
                           bound=low.bound, step=low.step, strong=low.strong, in_parens=low.in_parens)
        result[index] = _replace(low, range_part="low")
        result[index + 1] = _replace(high, range_part="high")
    # "3-4일" where the first number was not read with a unit
    return [quantity for quantity in result if quantity is not None]


def _replace(quantity: Quantity, **changes) -> Quantity:
    from dataclasses import replace

    return replace(quantity, **changes)


def extract_quantities(text: str) -> list[Quantity]:
    """Every numeric expression of a Korean text, in text order."""
    found = list(_extract(text))
    if "부터" in text and sum(isinstance(q.value, TimeValue) for q in found) >= 2:
        found = _span_of_hours(text, found)
    return found


#: the word between the two ends of a span of hours (저녁 7시부터 9시까지), and a part of the day
#: at the start of the first hour (its span holds its prefix)
_FROM_TO_HOURS = re.compile(r"\s*부터\s*$")
_DAYPART_AT_START = re.compile(rf"({_DAYPARTS})")


def _span_of_hours(text: str, found: list[Quantity]) -> list[Quantity]:
    """저녁 7시부터 9시까지, 오전 9시부터 12시: the half of the day said before the first hour
    holds for the second, when it comes later in that half."""
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if not (isinstance(first.value, TimeValue) and isinstance(second.value, TimeValue)) \
                or second.value.meridiem_known or not first.value.meridiem_known \
                or not _FROM_TO_HOURS.search(text[first.end:second.start]):
            continue
        prefix = _DAYPART_AT_START.match(first.text)
        if prefix is None:
            continue
        hour, known = _hour_with_prefix(second.value.hour, prefix.group(1))
        if hour >= first.value.hour:
            found[index + 1] = _replace(second, value=TimeValue(hour, second.value.minute, known))
    return found


# --- what only looks numeric, and phrases read whole -----------------------------------

#: a scale word alone in an idiom: 천만의 말씀 (not at all), 천만다행, 천만에요, 백만 번 고마워
_SCALE_IDIOM = re.compile(r"(?:의\s?말씀|다행|에(?:요|[.!?,\s]|$)|부당|뜻밖|번\s?(?:고마|감사|옳))")
#: 1분 1초, 일분일초: "every second", "a single moment" — an idiom of urgency, no length of time
_EVERY_MOMENT = re.compile(r"(?<![\d.])(?:1\s?분\s?1\s?초|일분일초)(?=가|도|를|라도|이라도)")
#: Hangul names whose number is part of them: 코로나19 (COVID-19)
_NAME_BEFORE_NUMBER = re.compile(r"코로나\s?$")
#: a letter word joined by a hyphen (AK-47, F-35A, KF-21, COVID-19) or glued (G20, A380) before the digits
_CODE_BEFORE = re.compile(r"(?<![\dA-Za-z])[A-Za-z][A-Za-z]*-?$")
#: letters glued after the digits that are no unit: 5G, 4K, 3D, 35A
_CODE_AFTER = re.compile(r"[A-Za-z]")
#: music notation: note values (4분음표 a quarter note, 점2분음표 a dotted half note, 16분쉼표) are
#: no minutes, and where the sentence speaks of harmony, N도 and N음 name a scale degree or an
#: interval (5도 화음 the V chord, 병행 5도 parallel fifths, 1도로 해결 to the tonic), not degrees
_NOTE_VALUE = re.compile(r"점?\d{1,2}분\s?(?:음표|쉼표|박자)|병행\s?\d{1,2}\s?도")
#: a chord symbol (C, Am, G7, F#m, Bbmaj7, D/F#), standing alone: not glued to a Korean word (C언어)
_CHORD_SYMBOL = r"(?<![A-Za-z0-9#])[A-G][#♯b♭]?(?:maj|min|dim|aug|sus|add|m|M)?\d{0,2}(?:/[A-G][#♯b♭]?)?"
#: 코드 is a chord only beside a word of harmony (코드 진행 a chord progression, 메이저/마이너 코드)
#: or after a chord symbol or a list of them (C 코드, Am·G7 코드를): alone it is as often "code"
#: (program code, a dress code, a QR code), and a number + 도 beside it stays a temperature
_CHORD = (rf"(?:{_CHORD_SYMBOL}(?:\s?[,·/]\s?{_CHORD_SYMBOL})*|메이저|마이너|세븐스)\s?코드|코드\s?진행")
_MUSIC_CONTEXT = re.compile(r"화음|음정|음계|장조|단조|종지|조성|성부|으뜸음|딸림음|버금딸림|음표|박자|선율|화성|" + _CHORD)
_MUSIC_DEGREE = re.compile(r"(?<![\d.,])\d{1,2}\s?(?:도|음)(?![가-힣]{0,1}\d)(?!시|록|착|달|입|전|중|내|하)")
_HTML_ENTITY = re.compile(r"&#(?:\d+|[xX][0-9a-fA-F]+);")
#: 수십, 수백, 수천만, 수억 …: "tens", "hundreds", "tens of millions" — an order of magnitude
_MAGNITUDE = re.compile(r"(?<![가-힣])수(?P<small>십|백|천)?\s?(?P<big>만|억|조)?(?=[\s가-힣]|$)(?!천|백|십)")
#: the event a month·day date names (3·1 운동, 4·19 혁명, 9.11 테러): English may name the event
#: without its date ("the movement", "the uprising"), so the date is weak (never reported missing)
_EVENT_AFTER = re.compile(r"\s?(?:운동|혁명|항쟁|사태|선언|공동선언|남북공동선언|테러|참사|사건|의거|민주화운동|민주항쟁|전쟁|"
                          r"정신|합의|선거|조치|대첩|사변|정변|쿠데타|폭동|학살)")
#: 3·1 운동, 5·18, 6·25 전쟁: a day named by month·day (with a middle dot)
_MIDDOT_DATE = re.compile(r"(?<![\d.·ㆍ])(?P<m>1[0-2]|[1-9])\s?[·ㆍ]\s?(?P<d>3[01]|[12]\d|[1-9])(?![\d·ㆍ])")
#: 3박 4일: a trip of four days (and three nights)
_NIGHTS_DAYS = re.compile(r"(?<![\d.])(?P<n>\d{1,2})\s?박\s?(?P<d>\d{1,2})\s?일")
_WEEK_WORDS = re.compile(r"(?<![가-힣])(?P<w>일주일|한\s?주일|보름)")
#: 2026-27시즌, 2025-26 회계연도: a season or year over two calendar years, the second in two digits
_YEAR_SPAN = re.compile(r"(?<![\d.,\-])(?P<a>(?:19|20)\d\d)\s?[-~/]\s?(?P<b>(?:19|20)?\d\d)(?![\d.,\-])")
#: a league or season a year span names (2026-27 시즌, 2019-2020 V리그): a label the English may leave
#: out when the season is the current one
_SEASON_AFTER = re.compile(r"\s?(?:시즌|[A-Z]?리그|프로\w*|정규\s?리그|회계연도|학년도)")
#: 2024학년도, 2023회계연도: a school or fiscal year named by the year it starts
_SCHOOL_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})\s?(?:학년도|회계연도|사업연도)")
#: days a Korean text names and an English one may date (or the reverse)
NAMED_DAYS = {"신정": (1, 1), "삼일절": (3, 1), "식목일": (4, 5), "근로자의 날": (5, 1), "노동절": (5, 1),
              "어린이날": (5, 5), "어버이날": (5, 8), "스승의 날": (5, 15), "현충일": (6, 6), "제헌절": (7, 17),
              "광복절": (8, 15), "개천절": (10, 3), "한글날": (10, 9), "성탄절": (12, 25), "크리스마스": (12, 25)}
_NAMED_DAY_RE = re.compile("|".join(sorted(NAMED_DAYS, key=len, reverse=True)))
#: a height or distance of athletics written metres-first: 2m31 is 2.31 m, 8m05 is 8.05 m
#: (the centimetres follow the m without a unit of their own)
_METRES_MARK = re.compile(r"(?<![\d.,])(?P<m>\d{1,2})\s?(?:m|미터)\s?(?P<cm>\d{2})(?![\d.,]|\s?(?:cm|㎝|mm|센티|밀리|[가-힣]{0,1}\d))"
                          r"(?!\s?(?:명|개|대|번|곳|살|세|kg|킬로|분|초))")
#: a body temperature in 도 and 부, tenths of a degree: 38도 5부 is 38.5 degrees
_DEGREES_TENTHS = re.compile(r"(?<![\d.,])(?P<d>\d{2})\s?도\s?(?P<t>\d)\s?[부분](?![가-힣]{0,1}[\d])")
#: the top of a marking scale: 5점 만점 ("out of 5"), 4.5 만점 ("on a 4.5 scale"), 100점 만점; the 만 of
#: 만점 (full marks) is no ten thousand
_FULL_MARKS = re.compile(r"(?<![\d.,])(?P<n>\d+(?:\.\d+)?)\s?(?:점\s?)?만점")
#: sons and daughters counted as an obituary or a family register does: 1남 2녀, 2남, 3녀
_SONS_DAUGHTERS = re.compile(r"(?<![\d.,])(?P<n>\d{1,2})\s?(?P<who>남|녀)(?=\s?\d{1,2}\s?녀|[\s,.·과와를을이가은는의도]|$)")
#: 김모(34)씨, 홍길동(45·회사원): an age in brackets right after a name, the usual news form
_AGE_IN_BRACKETS = re.compile(r"(?<=[가-힣])\((?P<a>\d{1,2})(?:\s?세)?(?:\s?[·,]\s?[^()\d][^()]{0,14})?\)")
#: a competition ratio, so many applicants to one place: 15.6대 1의 경쟁률 (read where 경쟁 is said)
_RATIO_TO_ONE = re.compile(r"(?<![\d.,])(?P<a>\d{1,4}(?:\.\d{1,2})?)\s?대\s?1(?![\d.,])")
#: 3대 1, 2 대 2: a score or a ratio; 6-3: a set score (read as one only in a sports sentence)
_SCORE_DAE = re.compile(r"(?<![\w.,])(?P<a>\d{1,3})\s?대\s?(?P<b>\d{1,3})(?!\d|[.,]\d)")
_SCORE_DASH = re.compile(r"(?<![\d.,\-])(?P<a>\d{1,2})\s?-\s?(?P<b>\d{1,2})(?!\d|[.,]\d|[:\-])")
_SPORTS = re.compile(r"점수|앞섰|앞서|뒤졌|하프타임|전반|후반|리그|이겼|이기|꺾|승리|패했|패배|졌다|무승부|비겼|스코어|세트|득점|실점|경기|결승|골|우승|완파|완승|"
                     r"역전|동점|준결승|라운드|테니스|축구|야구|농구|배구")
#: 엘리자베스 2세, 루이 14세: a regnal number (Elizabeth II), not an age; 재일교포 2세: a generation
_ROYAL_AFTER = re.compile(r"\s?(?:여왕|국왕|왕|황제|교황|대왕|왕비|황후|치세|재위|즉위|시대|시절|때의?\s?(?:왕|여왕))")
_ROYAL_CONTEXT = re.compile(r"여왕|국왕|황제|교황|왕조|왕실|재위|즉위|대관|폐위|왕위|왕세자|군주")
_GENERATION_BEFORE = re.compile(r"(?:교포|동포|재벌|이민자?|다문화|재일|재미|입양인|후손|귀족|이주민|고려인|조선족|화교)\s?$")
_NATIVE_CLOCK = re.compile(
    r"(?:(?P<p>오전|오후|새벽|아침|낮|저녁|밤)\s?)?(?<![가-힣])(?P<n>한|두|세|네|다섯|여섯|일곱|여덟|아홉|열한|열두|열)\s?시"
    r"(?:\s?(?P<half>반)|\s?(?P<m>\d{1,2})\s?분)?(?=[에부까쯤경정께\s,.'\"’”」』)]|$)")
#: 2세, 34 세: an age, a regnal number or a generation (read in _special_forms)
_DIGIT_SE = re.compile(r"(?<![\d.,])(?P<n>\d{1,2})\s?세(?![가-힣])|(?<![\d.,])(?P<g>\d{1,2})\s?세(?=[가-힣])")
#: 초단, the first dan of baduk or a martial art, after a player's name (김다은 초단이): 1단
_FIRST_DAN = re.compile(r"(?<=[가-힣]\s)초단(?=[이은는을을의과와도께,.\s)]|$)")
_CLOCK_HOURS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
                "열한": 11, "열두": 12}


def _hour_with_prefix(hour: int, prefix: str | None) -> tuple[int, bool]:
    """오후 3시 → 15; 밤 12시 / 새벽 12시 → 0 (midnight); 낮 12시 → 12; no prefix: unknown."""
    if prefix is None:
        return hour, hour > 12 or hour == 0
    if hour == 12 and prefix in ("밤", "새벽"):
        return 0, True
    if prefix in _PM_PREFIXES and hour < 12:
        return hour + 12, True
    return hour, True


def _special_forms(text: str, free, claim, digits: bool = True):
    """Quantities read as whole phrases before the number scanner, and what is claimed so the
    scanner leaves it alone (digits of codes, HTML entities, idioms). ``digits``: whether the
    text has a digit (the passes whose patterns need one are skipped without)."""
    found: list[Quantity] = []

    def keep(quantity: Quantity) -> None:
        if free(*quantity.span):
            found.append(quantity)
            claim(*quantity.span)

    if digits and ("음표" in text or "쉼표" in text or "박자" in text or "병행" in text):
        for match in _NOTE_VALUE.finditer(text):
            claim(*match.span())
    if digits and _MUSIC_CONTEXT.search(text):
        for match in _MUSIC_DEGREE.finditer(text):
            claim(*match.span())
    for match in (_HTML_ENTITY.finditer(text) if "&#" in text else ()):
        claim(*match.span())  # &#44032; is a character, not a number
    for match in (_EVERY_MOMENT.finditer(text) if "초" in text else ()):
        claim(*match.span())  # 1분 1초가 아깝다 "every second counts": an idiom, no duration
    for match in (_MAGNITUDE.finditer(text) if "수" in text else ()):
        if not (match["small"] or match["big"]):
            continue
        value = float(_SMALL_SCALES.get(match["small"] or "", 1) * _BIG_SCALES.get(match["big"] or "", 1))
        keep(Quantity(value, "number", match.span(), match.group(), unit="magnitude", approx=True, strong=False,
                      step=value * 9))  # 수백: from a hundred up to (not) a thousand
    for match in (_MIDDOT_DATE.finditer(text) if digits else ()):
        if _unit_at(text, match.end()):
            claim(*match.span())
            continue  # 3·4호기: units three and four
        named = _EVENT_AFTER.match(text, match.end()) is not None  # 3·1 운동 "the movement": a name, not a date to state
        keep(Quantity(DateValue(month=int(match["m"]), day=int(match["d"])), "date", match.span(), match.group(),
                      strong=not named))
    for match in (_NIGHTS_DAYS.finditer(text) if digits and "박" in text else ()):
        keep(Quantity(float(match["d"]), "duration", match.span(), match.group(), unit="day"))
    for match in (_WEEK_WORDS.finditer(text) if "주일" in text or "보름" in text else ()):
        if match["w"] == "보름":
            keep(Quantity(15.0, "duration", match.span(), match.group(), unit="day", approx=True, strong=False))
        else:
            keep(Quantity(1.0, "duration", match.span(), match.group(), unit="week", strong=False))
    for match in (_YEAR_SPAN.finditer(text) if digits and "-" in text else ()):
        first = int(match["a"])
        second = int(match["b"]) if len(match["b"]) == 4 else first // 100 * 100 + int(match["b"])
        if second == first + 1:  # 2026-27시즌, 2026-2027 V리그: a season over two years
            label = _SEASON_AFTER.match(text, match.end()) is None
            keep(Quantity(DateValue(year=first), "date", match.span("a"), match["a"], range_part="low", strong=label))
            keep(Quantity(DateValue(year=second), "date", match.span("b"), match["b"], range_part="high", strong=label))
    for match in (_SCHOOL_YEAR.finditer(text) if digits else ()):
        keep(Quantity(DateValue(year=int(match["y"])), "date", match.span(), match.group()))
    for match in _NAMED_DAY_RE.finditer(text):
        month, day = NAMED_DAYS[match.group()]
        keep(Quantity(DateValue(month=month, day=day), "date", match.span(), match.group(), strong=False))
    for match in (_METRES_MARK.finditer(text) if digits and ("m" in text or "미터" in text) else ()):
        value = int(match["m"]) + int(match["cm"]) / 100
        keep(Quantity(value, "measure", match.span(), match.group(), unit="m", step=0.01))
    for match in (_DEGREES_TENTHS.finditer(text) if digits and ("부" in text or "분" in text) else ()):
        if match.group().endswith("분") and (not 35 <= int(match["d"]) <= 42 or re.search(
                r"(?:북위|남위|동경|서경|위도|경도)\s*$", text[max(0, match.start() - 6):match.start()])):
            continue  # 39도 2분 is a fever of 39.2; 북위 37도 5분 is a latitude in minutes of arc
        value = int(match["d"]) + int(match["t"]) / 10
        keep(Quantity(value, "measure", match.span(), match.group(), unit="degree", step=0.1))
    for match in (_FULL_MARKS.finditer(text) if digits and "만점" in text else ()):
        value = float(match["n"])
        keep(Quantity(value, "count", match.span(), match.group(), unit="points", strong=False,
                      step=0.1 if "." in match["n"] else 1.0))
    for match in (_SONS_DAUGHTERS.finditer(text) if digits and ("남" in text or "녀" in text) else ()):
        keep(Quantity(float(match["n"]), "count", match.span(), match.group(),
                      unit="sons" if match["who"] == "남" else "daughters"))
    for match in (_AGE_IN_BRACKETS.finditer(text) if digits else ()):
        age = int(match["a"])
        if 1 <= age <= 110:
            span = (match.start("a"), match.end("a"))
            found.append(Quantity(float(age), "age", span, match["a"], unit="year", in_parens=True))
            claim(*match.span())
    for match in (_RATIO_TO_ONE.finditer(text) if digits and "경쟁" in text else ()):
        if free(*match.span()):  # 15.6대 1의 경쟁률 "15.6 applicants for every place": the 1 is the place
            keep(Quantity(float(match["a"]), "number", match.span("a"), match["a"],
                          step=0.1 if "." in match["a"] else 1.0))
            claim(*match.span())
    sports = digits and _SPORTS.search(text) is not None  # read by the digit-only score patterns only
    for pattern in ((_SCORE_DAE, _SCORE_DASH) if digits else ()):
        if pattern is _SCORE_DASH and not sports:
            continue
        for match in pattern.finditer(text):
            if _unit_at(text, match.end()) or not free(*match.span()):
                continue  # 20대 3명: people in their twenties, three of them
            a, b = int(match["a"]), int(match["b"])
            if pattern is _SCORE_DASH and (a > 30 or b > 30 or text[match.start():match.end()].count(":")
                                          and not sports):
                continue
            # "1대 1" / "1 대 1": one-on-one, or a level score ("one set all"): weak
            keep(Quantity(ScoreValue(a, b), "score", match.span(), match.group(), strong=sports and a != b))
    for match in (_DIGIT_SE.finditer(text) if digits and "세" in text else ()):
        number = match["n"] or match["g"]
        start, end = match.start(), match.end()
        before = text[max(0, start - 12):start]
        if int(number) > 40 or not re.search(r"[가-힣A-Za-z]\s$", before):
            continue
        after = text[end:end + 6]
        if re.match(r"(?:계|기|금|대|력|균|상|부|율|수|포)", after):
            continue  # 세계, 세금 … are other words
        if _GENERATION_BEFORE.search(before):
            keep(Quantity(float(number), "ordinal", (start, end), text[start:end], unit="generation", strong=False))
        elif _ROYAL_AFTER.match(text, end) or (_ROYAL_CONTEXT.search(text) and
                                              not re.match(r"\s?(?:때|이상|이하|미만|까지|나이|이던|였|의\s?나이)", after)):
            keep(Quantity(float(number), "ordinal", (start, end), text[start:end], unit="regnal", strong=False))
    for match in (_NATIVE_CLOCK.finditer(text) if "시" in text else ()):
        hour = _CLOCK_HOURS[match["n"]]
        minute = 30 if match["half"] else int(match["m"] or 0)
        if minute >= 60:
            continue
        hour, known = _hour_with_prefix(hour, match["p"])
        keep(Quantity(TimeValue(hour, minute, known), "time", match.span(), match.group(), unit="hour",
                      strong=bool(match["p"] or match["m"])))
    for match in (_FIRST_DAN.finditer(text) if "초단" in text else ()):
        keep(Quantity(1.0, "ordinal", match.span(), match.group(), unit="dan", strong=False))  # 초단: 1단
    return found


_COMPOUND_GAP = re.compile(r"\s?|\s하고도\s")  # 2년 7개월; 38년 하고도 9개월 ("and")


#: "and a half" after a duration (1년 반, 한 시간 반밖에, 두 달 반 정도, 2시간 반짜리): 반 alone or before a
#: particle, not a word that starts with it (반드시, 반대)
_HALF_AFTER_DURATION = re.compile(r"\s?반(?![가-힣])|\s?반(?=[이을은의에도만밖까쯤넘동째씩]|짜리|정도|가량|부터|으로)")


def _join_durations(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """2년 7개월 → 31 months; 2시간 5분 → 125 minutes; 3분 12초 45 → 192.45 seconds (a race time):
    adjacent durations of one scale, largest unit first, are one duration in the smallest."""
    from ..quantity import DURATION_BASE, joined_duration

    result: list[Quantity] = []
    for quantity in quantities:
        previous = result[-1] if result else None
        joined = joined_duration(text, previous, quantity, _COMPOUND_GAP) if previous is not None else None
        if joined is not None:
            result[-1] = joined
            continue
        halvable = isinstance(quantity.value, float) and (
            quantity.kind == "duration" and quantity.unit in DURATION_BASE  # 1년 반, 한 시간 반
            or quantity.kind == "count" and quantity.value == int(quantity.value)  # 4경기 반, 두 컵 반
            or quantity.kind == "multiple" and quantity.value == int(quantity.value))  # 두 배 반: 2.5 times
        if halvable and _HALF_AFTER_DURATION.match(text, quantity.end):
            end = text.index("반", quantity.end) + 1  # and a half
            quantity = Quantity(quantity.value + 0.5, quantity.kind, (quantity.start, end), text[quantity.start:end],
                                unit=quantity.unit, approx=quantity.approx, bound=quantity.bound, step=0.5,
                                strong=quantity.strong, in_parens=quantity.in_parens)
        if previous is not None and previous.kind == "duration" and previous.unit == "second" \
                and quantity.kind == "number" and isinstance(quantity.value, float) \
                and text[previous.end:quantity.start] == " " and (re.fullmatch(r"\d{2}", quantity.text) or (
                    re.fullmatch(r"\d{1,3}", quantity.text)
                    and re.search(r"\d\s?분\s?\d{1,2}\s?초$", text[previous.start:previous.end])) or (
                    re.fullmatch(r"\d{3}", quantity.text) and previous.value < 60
                    and re.match(r"\d{1,2}초$", previous.text))):
            # 3분 12초 45, 2분 24초 315, 40초 512: hundredths or thousandths of a second of a race time
            step = 10.0 ** -len(quantity.text)
            value = previous.value + quantity.value * step
            result[-1] = Quantity(value, "duration", (previous.start, quantity.end), text[previous.start:quantity.end],
                                  unit="second", step=step, strong=previous.strong)
            continue
        result.append(quantity)
    return result


def _english_unit(text: str, position: int) -> bool:
    """A Latin-script unit or scale written after the digits in Korean text: 800kph, $50bn."""
    from ..en.numerals import unit_after

    if text[position:position + 1] == "K" and not text[position + 1:position + 2].isalpha() \
            and not text[max(0, position - 3):position].isdigit() \
            and not re.match(r"\s?(?:달러|원|엔|유로|파운드|위안|명|개|건|회|번)", text[position + 1:]):
        return False  # 4K, 8K (a video resolution), 18K (gold): a label of one or two digits, not thousands
    return bool(unit_after(text, position)) or re.match(r"(?:bn|billion|million|mn|tn|trillion|k)\b", text[position:],
                                                        re.I) is not None
