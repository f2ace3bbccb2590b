"""Analysis ``quantities``: every figure of each pair, both sides, and how they match.

Per aligned pair, :func:`match_quantities` extracts the quantities of both sides
(:mod:`tqa.ko.numerals`, :mod:`tqa.en.numerals`) and pairs them greedily, best agreement
first: dates by their stated fields (a dropped year is fine, a different month is not),
clock times by hour and minute, everything else by numeric value within the rounding
either side's precision and approximation words allow (1,234만 ≈ "12.3 million",
약 1,300만 ≈ "about 13 million"). What is left unpaired becomes a mismatch (a source and
a target quantity of the same sort that disagree), a missing quantity, or an extra one.
The number and date rules (:mod:`tqa.checks.numbers`) each report one sort of outcome.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..en.numerals import extract_quantities as extract_english
from ..en.numerals import NUMBER_WORD, fold_case, number_words, words_to_number
from ..ko.numerals import extract_quantities as extract_korean
from ..quantity import (TEMPERATURE_UNITS, DateValue, Quantity, ScoreValue, TimeValue, duration_base,
                        english_rendering, significant_step, values_agree)
from .registry import analyser

#: kinds whose value mismatches are reported in the ``date`` family
DATE_FAMILY = ("date", "time", "duration", "age")
#: unit families where a different unit with the same value is an error
UNIT_KINDS = ("currency", "measure")
#: relative expressions a translator may use instead of a year / a day
_RELATIVE_YEAR = re.compile(r"\b(?:this|last|next|that|the same|the following|the previous|the next|"
                            r"the prior|the coming|a year|the year|earlier this|later this|"
                            r"the current)\s+(?:year|season|decade)\b|\bfollowing year\b|\bin \d+ years\b", re.I)
_RELATIVE_DAY = re.compile(r"\b(?:yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening|week|month)|"
                           r"last (?:week|night|month)|next (?:week|month)|earlier|later|that day|the same day|"
                           r"the following day|the next day|the day before|the previous day|overnight|"
                           r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|recently|"
                           r"this (?:week|month)|the weekend|weekend|(?:\w+ )?(?:days?|weeks?|fortnight) (?:after|later|earlier|before|ago))\b",
                           re.I)


#: what may stand between an amount and its conversion: "645 miles (1,040 km)", "40 mph/64 kph"
_CONVERSION_GAP = re.compile(r"\s*(?:[(/]|\)?\s*[,;/]?\s*\(?|\bor\b|—|–)\s*(?:(?:약|about|approximately|around|roughly|some|"
                             r"nearly|almost|c\.|or|US|=|equivalent\s+to|worth)\s*)*", re.I)


_RELATIVE_MONTH = re.compile(r"\b(?:last|this|next|that|the same|the previous|the following|the next|"
                             r"earlier this|later this|a) month\b", re.I)
_ANY_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_RELATIVE_WEEKDAY = re.compile(r"\b(?:yesterday|today|tomorrow|tonight|this week|last week|next week|"
                               r"earlier this week|later this week|recently|that day|the same day|the next day|"
                               r"the following day|the previous day|the day before|overnight|weekend|"
                               r"days? (?:ago|later|earlier|before)|on the day)\b", re.I)


@dataclass
class PairMatch:
    """The outcome of matching one pair's quantities."""

    source: list[Quantity]
    target: list[Quantity]
    matched: list[tuple[Quantity, Quantity]] = field(default_factory=list)
    #: (source, target) of the same sort that disagree in value
    mismatched: list[tuple[Quantity, Quantity]] = field(default_factory=list)
    missing: list[Quantity] = field(default_factory=list)
    #: (source, target) where a parenthesised restatement repeats the value in another unit
    restated: list[tuple[Quantity, Quantity]] = field(default_factory=list)
    #: ids of missing source quantities that are conversions next to a matched amount
    conversions: set = field(default_factory=set)
    extra: list[Quantity] = field(default_factory=list)
    #: every quantity of each side left without a partner, reported or not (small number words
    #: too): what a neighbouring pair may have moved here ("four cities" on the next line)
    unpaired_source: list[Quantity] = field(default_factory=list)
    unpaired_target: list[Quantity] = field(default_factory=list)
    #: periods named by a word on both sides that share no value, one per sort (:data:`NAMED_PERIODS`:
    #: 그저께 ↔ "yesterday", 다음 달 ↔ "this month", 상반기 ↔ "the second half", 봄 ↔ "autumn"):
    #: (source, target) quantities of kind "date" whose unit is the sort, value its position
    named_periods: list[tuple[Quantity, Quantity]] = field(default_factory=list)


# --- matching -------------------------------------------------------------------------

_NUMERIC_DATE = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/\d{4}")


def swapped_date(quantity: Quantity) -> DateValue | None:
    """The other reading of an all-digit date whose day could be its month: 10/4/2024 is
    October 4 (US) or 10 April (elsewhere)."""
    match = _NUMERIC_DATE.fullmatch(quantity.text.strip())
    if not match or not isinstance(quantity.value, DateValue):
        return None
    value = quantity.value
    if value.day is None or value.month is None or value.day > 12 or value.day == value.month:
        return None
    return replace(value, month=value.day, day=value.month)


def _date_score(s: Quantity, t: Quantity) -> float | None:
    """How well two quantities agree as dates; None when they do not."""
    a, b = s.value, t.value
    swapped = swapped_date(t) if isinstance(b, DateValue) else None
    if swapped is not None and isinstance(a, DateValue) and a.conflicts(b) and not a.conflicts(swapped):
        b = swapped
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        shared = a.shares(b)
        if shared and not a.conflicts(b):
            return 3.0 + len(shared)
        # a decade and a year inside it, a century and a year inside it
        if a.decade is not None and b.year is not None and b.year // 10 * 10 == a.decade:
            return 2.5
        return None
    if isinstance(a, DateValue) and isinstance(t.value, float):
        # "4월 12일" ↔ "the 12th"; "2019년 4월" ↔ "2019"
        fields = a.fields()
        if t.kind in ("ordinal", "number") and fields.get("day") == t.value:
            return 2.0
        if fields.get("year") == t.value or fields.get("century") == t.value:
            return 2.0
    if isinstance(a, DateValue) and isinstance(t.value, float) and a.fields().keys() == {"month", "day"} \
            and t.text.strip() == f"{a.month}.{a.day}":
        return 3.0  # "9.11 테러" ↔ "the 9.11 attacks"
    if isinstance(b, DateValue) and isinstance(s.value, float):
        fields = b.fields()
        if fields.get("year") == s.value or fields.get("day") == s.value or fields.get("century") == s.value:
            return 2.0
    return None


_BARE_KILO = re.compile(r"킬로(?!미터|그램)")


def units_conflict(s: Quantity, t: Quantity) -> bool:
    """Both sides state a unit of the same family and the units differ; or index points
    (코스피 12.5포인트) stand as percent, or as percentage points."""
    if s.kind == "points" and (t.kind == "percent" or t.kind == "percentage_point" and s.unit == "index"):
        return True
    if {s.unit, t.unit} == {"tablespoons", "teaspoons"}:
        return True  # 2큰술 ↔ "two teaspoons": a third of the amount
    if s.kind in UNIT_KINDS and t.kind in UNIT_KINDS and s.unit and t.unit:
        if s.kind != t.kind:
            return True
        if s.unit == "km" and t.unit == "kg" and _BARE_KILO.search(s.text):
            return False  # 킬로 alone, with no word of weighing near it, may be kilos as well as km
        if s.unit in TEMPERATURE_UNITS and t.unit in TEMPERATURE_UNITS:
            # 32℃ ↔ "32 degrees" is fine; 32℃ (or a Korean "32도") ↔ "32°F" is not
            return not set(_temperature_scales(s.unit, source=True)) & set(_temperature_scales(t.unit))
        return s.unit.split("/")[0] != t.unit.split("/")[0] and {s.unit, t.unit} != {"mile", "mph"}
    if s.kind in ("percent", "percentage_point") and t.kind in UNIT_KINDS and t.unit:
        return True
    if s.kind in UNIT_KINDS and s.unit and t.kind in ("percent", "percentage_point"):
        return True
    return False


#: unit → (dimension, factor to the dimension's base unit), for conversions translators make
CONVERSIONS = {
    "km": ("length", 1000.0), "m": ("length", 1.0), "cm": ("length", 0.01), "mm": ("length", 0.001),
    "mile": ("length", 1609.344), "foot": ("length", 0.3048), "inch": ("length", 0.0254), "yard": ("length", 0.9144),
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "ton": ("mass", 1000.0), "pound": ("mass", 0.45359237),
    "km/h": ("speed", 1.0), "mph": ("speed", 1.609344), "m/s": ("speed", 3.6), "km/s": ("speed", 3600.0),
    "knot": ("speed", 1.852),
    "m2": ("area", 1.0), "km2": ("area", 1e6), "pyeong": ("area", 3.305785), "sq mile": ("area", 2.589988e6),
    "hectare": ("area", 1e4), "acre": ("area", 4046.856), "sq foot": ("area", 0.09290304),
    "second": ("time", 1 / 3600), "minute": ("time", 1 / 60), "hour": ("time", 1.0), "day": ("time", 24.0),
    "week": ("time", 168.0),
    "liter": ("volume", 1.0), "ml": ("volume", 0.001), "kl": ("volume", 1000.0), "dl": ("volume", 0.1),
    "cl": ("volume", 0.01), "nm": ("length", 1e-9), "um": ("length", 1e-6), "mg": ("mass", 1e-6), "ug": ("mass", 1e-9), "gallon": ("volume", 3.785411), "barrel": ("volume", 158.987),
    "m3": ("volume", 1000.0), "geun": ("mass", 0.6), "don": ("mass", 0.00375),
    # power and energy in its multiples: 95만 킬로와트 is a "950-megawatt" reactor
    "W": ("power", 1.0), "kW": ("power", 1e3), "MW": ("power", 1e6), "GW": ("power", 1e9),
    "kWh": ("energy", 1e3), "MWh": ("energy", 1e6), "GWh": ("energy", 1e9), "TWh": ("energy", 1e12),
    # a camera's resolution: 5천만 화소 is a "50-megapixel" sensor
    "pixel": ("resolution", 1.0), "MP": ("resolution", 1e6),
    # a currency and its hundredth: 0.5달러 = "50 cents", 9펜스 = "9p" of a pound
    "USD": ("dollar", 1.0), "cent": ("dollar", 0.01), "GBP": ("sterling", 1.0), "penny": ("sterling", 0.01),
}


def _temperature_scales(unit: str, source: bool = False) -> tuple[str, ...]:
    """The scales a temperature unit may be read in. An English "degrees" is either (US news
    means Fahrenheit, British Celsius); a Korean "도" is Celsius (Korea writes 화씨 for °F)."""
    if unit == "degree":
        return ("C",) if source else ("C", "F")
    return {"degC": ("C",), "degF": ("F",)}[unit]


def _temperature_converted(s: Quantity, t: Quantity) -> bool:
    """The target converts a temperature between Celsius and Fahrenheit: 32℃ ↔ "90°F",
    -5℃ ↔ "23 degrees Fahrenheit", 32℃ ↔ "in the 90s" (a band 90–100).

    The conversion is affine, so the slack is absolute: the source's rounding (×1.8 into
    Fahrenheit) plus the target's, plus a hair for float error — 32℃ (89.6°F) is "90°F",
    30℃ (86°F) is not "90°F", and -5℃ (23°F) is not "25°F"."""
    if not (s.unit in TEMPERATURE_UNITS and t.unit in TEMPERATURE_UNITS):
        return False
    for source_scale in _temperature_scales(s.unit, source=True):
        for target_scale in _temperature_scales(t.unit):
            if source_scale == target_scale:
                continue  # same scale: values_agree already decided
            if source_scale == "C":
                converted, slack = s.value * 1.8 + 32, 1.8 * s.tolerance()
            else:
                converted, slack = (s.value - 32) / 1.8, s.tolerance() / 1.8
            if abs(converted - t.value) <= slack + t.tolerance() + 0.05:
                return True
    return False


def _convertible(s: Quantity, t: Quantity) -> bool:
    """Two different units of one dimension (km and miles, 평 and square feet)."""
    a, b = CONVERSIONS.get(s.unit or ""), CONVERSIONS.get(t.unit or "")
    return bool(a and b and s.unit != t.unit and a[0] == b[0])


def converted_rendering(s: Quantity, t: Quantity) -> str | None:
    """The source amount converted into the target's unit, as English: "about 99 square meters"
    for 30평 against a figure in square meters; None when the units do not convert."""
    if not (isinstance(s.value, float) and isinstance(t.value, float)):
        return None
    if s.unit in TEMPERATURE_UNITS and t.unit in ("degC", "degF") and s.unit != t.unit:
        if s.unit == "degree" and t.unit == "degC":
            return None
        value = s.value * 1.8 + 32 if t.unit == "degF" else (s.value - 32) / 1.8
    elif _convertible(s, t):
        value = s.value * CONVERSIONS[s.unit][1] / CONVERSIONS[t.unit][1]
    else:
        return None
    digits = max(0, -math.floor(math.log10(t.step))) if t.step < 1 else 0
    if 0 < abs(value) < 1:  # 200 ml in liters: "about 0.2", not "about 0"
        digits = max(digits, 1 - math.floor(math.log10(abs(value))))
    value = round(value, digits)
    return "about " + english_rendering(replace(t, value=float(value), approx=False))


#: relative slack for conversion factors translators use rounded (1평 = 3.3 m², 1 mile = 1.6 km)
FACTOR_SLACK = 0.005


def _conversion_rounding(t: Quantity) -> float:
    """How far a converted figure may be from the exact conversion, in the target's unit.

    A translator converting rounds the result, often to two significant figures without
    saying "about" (30평 → "100 square meters", 8,000 km → "5,000 miles"), never coarser:
    half the target's stated step, widened to its last non-zero digit but not past its
    second digit."""
    tolerance = t.tolerance()
    if t.value:
        two_digits = 10.0 ** (math.floor(math.log10(abs(t.value))) - 1)
        tolerance = max(tolerance, min(significant_step(t.value), two_digits) / 2)
    return tolerance


def _converted_agree(s: Quantity, t: Quantity) -> bool:
    """The target converts the source amount to another unit of the same dimension.

    The slack adds up the source's rounding, the target's (:func:`_conversion_rounding`)
    and 0.5 % for a rounded conversion factor: 180cm is "71 inches" or "5 feet 11
    inches", not "5 feet 9 inches" (175 cm)."""
    if isinstance(s.value, float) and isinstance(t.value, float) and s.unit in TEMPERATURE_UNITS:
        return _temperature_converted(s, t)
    if not (isinstance(s.value, float) and isinstance(t.value, float) and s.unit and t.unit and s.unit != t.unit):
        return False
    a, b = CONVERSIONS.get(s.unit), CONVERSIONS.get(t.unit)
    if not a or not b or a[0] != b[0] or not s.value:
        return False
    source_base, target_base = s.value * a[1], t.value * b[1]
    slack = s.tolerance() * a[1] + _conversion_rounding(t) * b[1] + FACTOR_SLACK * abs(source_base)
    return abs(source_base - target_base) <= slack


def _durations_agree(s: Quantity, t: Quantity) -> bool | None:
    """Two durations on one scale (clock or calendar), compared in the scale's base unit:
    2년 7개월 = "31 months", 90분 = "an hour and a half", 48시간 = "two days". None when
    either is no duration or the scales differ (a month is no fixed number of days).

    The tolerance is the finer side's rounding ("three years" does not stand for 2년 7개월),
    widened to 10 % when either side says about."""
    a, b = duration_base(s), duration_base(t)
    if a is None or b is None or a[0] != b[0]:
        return None
    factor_s, factor_t = a[1] / s.value if s.value else 0.0, b[1] / t.value if t.value else 0.0
    if not factor_s or not factor_t:
        return a[1] == b[1]
    tolerance = min(s.tolerance() * factor_s, t.step / 2 * factor_t)
    if s.approx or t.approx or s.odd:
        tolerance = max(tolerance, 0.1 * max(a[1], b[1]))
    return abs(a[1] - b[1]) < tolerance * (1 - 1e-9) or abs(a[1] - b[1]) <= 1e-9 * max(1.0, a[1])


def _clock_as_duration(time: TimeValue, duration: Quantity) -> bool:
    """"3:12" for 3분 12초 (minutes:seconds) or "2:05" for 2시간 5분 (hours:minutes)."""
    base = duration_base(duration)
    if base is None or base[0] != "clock":
        return False
    seconds = base[1]
    return abs(seconds - (time.hour * 60 + time.minute)) < 1 or abs(seconds - (time.hour * 3600 + time.minute * 60)) < 1


def _odd_agrees(s: Quantity, t: Quantity) -> bool:
    """"10여 명" (ten-odd) is any count from ten up to the next round step: "about a dozen", "some 15"."""
    x, y = s.numeric, t.numeric
    if not s.odd or x is None or y is None or not x:
        return False
    if t.bound == "max" and y == x + significant_step(x):
        return True  # 2%대 "below 3%", 4,000만 원대 "under 50 million": the band's upper end
    if t.bound == "min" and y == x:
        return True  # 2%대 "over 2%"
    return x <= y < x + significant_step(x)


_BARE_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")
_APPROX_WORDS = re.compile(r"\s?(?:정도|가량|쯤|안팎|내외|남짓)$")
#: the part of a figure below 만 written in 천/백 words at its end (5천, 4천5백, 4억 2천)
_TRAILING_BELOW_MAN = re.compile(r"(?:^|\s|억)(?:(?P<k>\d)천)?\s?(?:(?P<h>\d)백)?$")


def _implied_man(s: Quantity, t: Quantity) -> bool:
    """Prices said in units of 만 원 with 만 left unsaid, as trade talk, salaries and rents are
    (딜러: "1,850에 드릴게요" is 18.5 million won; 보증금 5천 is 50 million; 4억 2천 is 420 million):
    a Korean figure with no unit or counter — bare digits ("4,500 정도" too), or ending in N천 /
    N백 (연봉 4천5백) with no 만 after it — against an English amount in won or millions that is what it says with
    만 added (the bare figure, or its 천 part, ten thousand times over). A scale error has its
    만/억 written after the figure it scales, so it is never read this way."""
    if s.kind != "number" or s.unit or not isinstance(s.value, float) or not isinstance(t.value, float):
        return False
    bare_target = t.kind == "number" and not t.unit and "million" not in t.text.lower()
    if not (t.kind == "currency" and t.unit == "KRW" or t.kind == "number" and not t.unit):
        return False
    text = _APPROX_WORDS.sub("", s.text.strip())
    if bare_target:  # both sides in trade talk: "50 빼드릴게요" ↔ "knock off 500,000"; "3,250" ↔ "32.5"
        # (million left unsaid in the English too); bare digits only, and the figure exact
        if not (_BARE_DIGITS.fullmatch(text) and s.value >= 1):
            return False
        implied = s.value * 10**4
        if s.value < 10:  # "안 먹으면 5" ↔ "50,000 if you don't": exact and written out in full only
            return t.value == implied and re.fullmatch(r"\d{1,3}(?:,\d{3})+", t.text) is not None
        return t.value == implied or abs(t.value * 10**6 - implied) < 1.0
    if _BARE_DIGITS.fullmatch(text) and s.value >= 10:
        implied = s.value * 10**4
    else:
        below = _TRAILING_BELOW_MAN.search(text)
        if not below or not (below["k"] or below["h"]) or "만" in text:
            return False
        part = int(below["k"] or 0) * 1000 + int(below["h"] or 0) * 100
        implied = s.value - part + part * 10**4
    return abs(t.value - implied) <= max(t.step, 1.0) / 2


def _bound_restated(s: Quantity, t: Quantity) -> bool:
    """An exclusive bound stated as the inclusive end of a range: 18세 이상 60세 미만 ↔ "aged 18
    to 59", 5명 초과 ↔ "6 to 10". Whole numbers of a counted kind only (ages, counts, years)."""
    if not (isinstance(s.value, float) and isinstance(t.value, float) and s.value == int(s.value)
            and t.value == int(t.value) and s.kind in ("age", "count", "number", "duration")
            and t.kind in ("age", "count", "number", "duration")):
        return False
    return (s.bound == "max" and t.range_part == "high" and t.value == s.value - 1
            or s.bound == "min" and t.range_part == "low" and t.value == s.value + 1)


#: counts of a family's children (4남 2녀): never a place in an order
_CHILDREN_COUNTED = frozenset({"sons", "daughters", "children", "siblings"})


def match_score(s: Quantity, t: Quantity) -> float | None:
    """Agreement of a source and a target quantity (higher is better), None when none."""
    if isinstance(s.value, ScoreValue) or isinstance(t.value, ScoreValue):
        if isinstance(s.value, ScoreValue) and isinstance(t.value, ScoreValue) and s.value.agrees(t.value):
            return 4.0
        if isinstance(s.value, ScoreValue) and isinstance(t.value, TimeValue) and not t.value.meridiem_known \
                and re.fullmatch(r"[A-Za-z]+-[A-Za-z]+|\d{1,2}-\d{1,2}", t.text) \
                and {s.value.first, s.value.second} == {t.value.hour, t.value.minute}:
            return 3.0  # 9대 10 ↔ "Nine-ten!": a score in words, which the English grammar read as a time
        return None
    if t.kind == "multiple" and s.kind == "count" and s.unit == "pills":
        return None  # 두 알 (two pills) is no "twice": a dose, not how often (건 "downloads" may be "times")
    if isinstance(s.value, TimeValue) and t.kind == "duration":
        return None
    if isinstance(t.value, TimeValue) and s.kind == "duration":
        return 3.0 if _clock_as_duration(t.value, s) else None
    if isinstance(s.value, TimeValue) or isinstance(t.value, TimeValue):
        if isinstance(s.value, TimeValue) and isinstance(t.value, TimeValue) and s.value.agrees(t.value):
            return 4.0
        if isinstance(s.value, TimeValue) and _bare_hour(t) and s.value.minute == 0 \
                and t.value == (s.value.hour % 12 or 12):
            return 1.2  # "오전 9시부터 오후 6시까지" ↔ "from 9 to 6": the hour alone
        if isinstance(s.value, TimeValue) and isinstance(t.value, float) and "." in t.text:
            # "23시 45분" ↔ "23.45", "오전 6시30분" ↔ "6.30" (British dotted times)
            dotted = round(t.value * 100)
            if dotted % 100 == s.value.minute and dotted // 100 in (s.value.hour, s.value.hour % 12):
                return 3.5
        return None
    if s.kind == "ordinal" and s.unit == "rank" and isinstance(t.value, DateValue) and t.value.fields().keys() == {"decade"} \
            and re.fullmatch(r"'?\d0s", t.text) and t.value.decade % 100 == s.value:
        return 1.5  # 세계 60위권 ↔ "into the 60s" of the ranking: a band of places, not a decade
    if s.kind == "ordinal" and t.kind == "ordinal" and (s.unit == "from_bottom") != (t.unit == "from_bottom"):
        return None  # "second from the bottom" is no second place
    if s.kind == "ordinal" and t.kind == "ordinal" and {s.unit, t.unit} == {"rank", "period"}:
        return None  # 1위 ("topped") is no "first week"
    if {s.kind, t.kind} == {"count", "ordinal"} and (s.unit if s.kind == "count" else t.unit) in _CHILDREN_COUNTED:
        return None  # 4남 2녀 중 셋째 ↔ "the second of four sons": two daughters are no second place
    date = _date_score(s, t)
    if date is not None:
        return date
    if t.unit == "GBP" and s.kind == "measure" and CONVERSIONS.get(s.unit or "", ("",))[0] == "mass" \
            and "pound" in t.text.lower():
        t = replace(t, kind="measure", unit="pound")  # 20킬로 ↔ "44 pounds": the pound of weight
    if s.kind == "duration" and s.unit == "day" and t.unit == "night" and isinstance(t.value, float):
        nights = re.match(r"(\d{1,2})\s?박", s.text)
        if nights:  # 3박 4일 ↔ "three nights": English counts a stay by its nights ("four nights" is wrong)
            return 3.5 if float(nights.group(1)) == t.value else None
    durations = _durations_agree(s, t)
    if durations is not None:
        return (3.0 + (s.unit == t.unit)) if durations else None
    if s.unit == "magnitude" and t.unit == "magnitude":
        # each covers [value, value + step): 수백 is 100–999, "thousands" 1,000–999,999
        return 3.0 if s.value < t.value + t.step and t.value < s.value + s.step else None
    if (s.unit == "magnitude") != (t.unit == "magnitude") and (s.unit == "magnitude" and not t.strong
                                                               or t.unit == "magnitude" and not s.strong):
        return None  # "수백" is not "a hundred"; "hundreds" not "백"
    if _odd_agrees(s, t):
        return 2.5
    if s.kind == "age" and t.kind == "ordinal" and re.fullmatch(r"[IVX]+", t.text) and s.value == t.value:
        return 1.9  # 루이 14세 ↔ "Louis XIV": the 세 of a regnal number, read as an age without a royal word
    if s.kind == "percent" and t.kind == "multiple" and isinstance(s.value, float) and isinstance(t.value, float) \
            and s.value >= 200 and abs(s.value / 100 - t.value) < 1e-9:
        return 1.8  # 보수의 200% ↔ "twice his salary"
    if {s.kind, t.kind} == {"multiple", "percent"} and isinstance(s.value, float) and isinstance(t.value, float):
        times, percent = (s.value, t.value) if s.kind == "multiple" else (t.value, s.value)
        # 위험을 1.6배 높인다 ↔ "raises the risk by 60%": N times as much is a rise of (N − 1) × 100 %
        return 1.7 if 1 < times <= 10 and abs((times - 1) * 100 - percent) < 0.5 else None
    if {s.kind, t.kind} == {"percent", "fraction"}:
        share = s.value / 100 if s.kind == "percent" else s.value
        other = t.value / 100 if t.kind == "percent" else t.value
        return 1.8 if isinstance(share, float) and abs(share - other) <= 0.035 else None  # 30% ≈ "a third"
    if isinstance(s.value, float) and isinstance(t.value, float) and t.value < 0 and s.value == -t.value \
            and s.unit is None and (t.text[:5].lower() == "minus" or t.text[:1] in "-−"):
        return 2.0  # 마이너스 2.5, (근시) 3 정도 ↔ "minus 2.5", "about minus three": a bare figure whose sign
        #            the Korean says in a word or leaves to the context (a lens power, a sum)
    if not values_agree(s, t):
        if _implied_man(s, t):
            return 1.6
        if _bound_restated(s, t):
            return 1.4
        return 1.8 if _converted_agree(s, t) else None
    score = 2.0
    if s.kind == t.kind:
        score += 1.0
    if s.unit and s.unit == t.unit:
        score += 1.0
    if units_conflict(s, t):
        score -= 1.5
    if s.kind in ("percent", "percentage_point") and t.kind in ("percent", "percentage_point") and s.kind != t.kind:
        score -= 0.5
    return score


def _position(quantity: Quantity, text: str) -> float:
    return quantity.start / max(1, len(text))


def _is_conversion(quantity: Quantity, others: list[Quantity], matched_ids: set[int], text: str) -> bool:
    """An unmatched quantity right next to a matched one with parentheses between them:
    "₩1.2 trillion ($1 billion)", "105 mph (165 km/h)"."""
    return _conversion_neighbour(quantity, others, matched_ids, text) is not None


def _conversion_neighbour(quantity: Quantity, others: list[Quantity], matched_ids: set[int], text: str):
    """The matched quantity an unmatched one converts, if any."""
    for other in others:
        if id(other) not in matched_ids:
            continue
        if other.end <= quantity.start:
            gap = text[other.end:quantity.start]
        elif quantity.end <= other.start:
            gap = text[quantity.end:other.start]
        else:
            continue
        if _CONVERSION_GAP.fullmatch(gap):
            return other
    return None


def _same_sort(s: Quantity, t: Quantity) -> bool:
    """Two unmatched quantities that a reader would compare with each other."""
    if isinstance(s.value, DateValue) and isinstance(t.value, DateValue):
        return bool(set(s.value.fields()) & set(t.value.fields()))
    if isinstance(s.value, TimeValue) and isinstance(t.value, TimeValue):
        return True
    if isinstance(s.value, ScoreValue) and isinstance(t.value, ScoreValue):
        return True
    if not isinstance(s.value, float) or not isinstance(t.value, float):
        return False
    if s.kind in UNIT_KINDS or t.kind in UNIT_KINDS:
        if s.unit in TEMPERATURE_UNITS and t.unit in TEMPERATURE_UNITS:
            return True  # a wrong conversion (32℃ ↔ "80°F") is a wrong value, not two stray figures
        if _convertible(s, t):
            return True  # likewise 30평 ↔ "1,200 square feet", 90kg ↔ "210 pounds"
        return s.kind == t.kind and (s.unit == t.unit or not s.unit or not t.unit)
    if s.kind in ("percent", "percentage_point"):
        return t.kind in ("percent", "percentage_point")
    if s.kind in ("duration", "age") and t.kind in ("duration", "age"):
        if s.unit == t.unit:
            return True
        a, b = duration_base(s), duration_base(t)
        return bool(a and b and a[0] == b[0])
    return False


def _same_counter(s: Quantity, t: Quantity) -> bool:
    """Two number words counting the same thing: people, times, years, multiples."""
    if isinstance(s.value, ScoreValue) and isinstance(t.value, ScoreValue):
        return not s.value.agrees(t.value)
    if not (isinstance(s.value, float) and isinstance(t.value, float)) or s.value == t.value:
        return False
    if s.kind == "multiple" and t.kind == "multiple":
        return True
    if {s.kind, t.kind} == {"count", "multiple"} and "times" in (s.unit, t.unit):
        return True  # 두 번 ↔ "three times"
    if s.unit == "magnitude" and t.unit == "magnitude":
        return True  # 수백 ↔ "thousands"
    if s.kind == "fraction" and t.kind == "fraction":
        return True  # 4분의 1 ↔ "a third"
    if s.kind == "percent" and t.kind == "percent":
        return True  # 10명 중 6명 ↔ "seven in 10": two shares
    if s.kind == "ordinal" and t.kind == "ordinal" and s.unit == t.unit == "period":
        return True  # 둘째 주 ↔ "the first week"
    if s.kind == "duration" and t.kind == "duration":
        a, b = duration_base(s), duration_base(t)
        return bool(a and b and a[0] == b[0])
    return s.kind == t.kind and s.kind in ("count", "age", "duration") and s.unit is not None and s.unit == t.unit


#: English words of drink: beside them a Korean 도 is percent alcohol even where the Korean
#: sentence names no drink (유자를 넣은 8도짜리 ↔ "an 8% yuzu makgeolli")
_EN_DRINK = re.compile(r"\b(?:makgeolli|soju|beer|ale|lager|wine|whisk(?:e)?y|liquor|spirits?|sake|brew|cocktail|"
                       r"alcohol(?:ic)?|ABV|proof)\b", re.I)


def _drink_strengths(source: tuple, target: tuple) -> tuple:
    """Korean strengths in 도 read as percent where the English speaks of drink and gives a
    percent and no degree (the Korean side's own reading: ko.numerals._alcohol_strength)."""
    if not any(t.kind == "percent" for t in target) or any(t.unit == "degree" for t in target):
        return source
    return tuple(replace(q, kind="percent", unit="%") if q.unit == "degree" and q.text.rstrip().endswith("도")
                 else q for q in source)


def same_figure(a: Quantity, b: Quantity) -> bool:
    """One figure said twice: the same value in the same unit, or a distinctive value (10 or more,
    or a fraction) whose unit one side shortens (시속 153km, then 153km)."""
    if a.value != b.value:
        return False
    if a.unit == b.unit:
        return True
    return isinstance(a.value, float) and (abs(a.value) >= 10 or a.value != int(a.value)) \
        and bool(a.unit and b.unit) and (a.unit.startswith(b.unit) or b.unit.startswith(a.unit))


def _named_date(q: Quantity) -> bool:
    """A date named by a word, with no figure written (성탄절 "Christmas Day")."""
    return isinstance(q.value, DateValue) and not any(ch.isdigit() for ch in q.text)


def _without_named_restated(source: tuple) -> tuple:
    """A date named by a word that the sentence also writes out (성탄절인 12월 25일(금)): one date,
    which the figures state — the name is left out, so the written date faces the English one."""
    def fields(q):
        return isinstance(q.value, DateValue) and (q.value.month, q.value.day)

    named = [q for q in source if _named_date(q) and q.value.day is not None]
    if not named:
        return source
    written = {fields(q) for q in source if isinstance(q.value, DateValue) and not _named_date(q)}
    return tuple(q for q in source if not (q in named and fields(q) in written))


def match_quantities(source_text: str, target_text: str) -> PairMatch:
    """Extract and pair the quantities of one source/target pair.

    Steps: pair what agrees (best score first); pair what is left and of the same sort as
    mismatches; keep the source quantities still unpaired that are worth reporting as
    missing; check parenthesised restatements; keep the target quantities still unpaired
    as extra.
    """
    source = _without_named_restated(extract_korean(source_text))
    target = extract_english(target_text)
    if _EN_DRINK.search(target_text):
        source = _drink_strengths(source, target)
    degrees = {t.value for t in target if t.unit == "degree"}
    if degrees:  # 맥주는 4도에서 ↔ "served at 4 degrees": the Korean's 도 beside a drink was a temperature
        source = tuple(replace(q, kind="measure", unit="degree") if q.kind == "percent" and q.value in degrees
                       and q.text.rstrip().endswith("도") else q for q in source)
    source, target = _period_ordinals(source, source_text, _KO_PERIOD_AFTER), _period_ordinals(target, target_text, _EN_PERIOD_AFTER)
    if "타" in source_text:  # 7번 타자 ↔ "batting seventh": a place in the batting order, an ordinal
        source = tuple(replace(q, kind="ordinal", unit="batting") if q.unit == "times" and isinstance(q.value, float)
                       and _BATTING_ORDER.match(source_text, q.end) else q for q in source)
    result = PairMatch(source, target, named_periods=named_period_mismatches(source_text, target_text))
    if not source and not target:
        return result  # nothing to pair, miss or add: every step below leaves an empty match as it is
    _pair_agreeing(result, source_text, target_text)
    _repair_date_days(result)
    _quarter_to_read_as_the_time(result, source_text, target_text)
    used_t = [t for _, t in result.matched + result.mismatched]
    paired_s = {id(s) for s, _ in result.matched + result.mismatched}
    left_s = [s for s in source if id(s) not in paired_s
              and not any((match_score(s, t) or 0) >= 3 for t in used_t)]  # said twice, translated once
    used_ids = {id(t) for t in used_t}
    left_t = [t for t in target if id(t) not in used_ids]
    _pair_scores_with_numbers(result, left_s, left_t)
    _pair_nth_periods(result, left_s, left_t, source_text)
    _pair_times_reckoned(result, left_s, left_t, source_text)
    _pair_from_nth(result, left_s, left_t, source_text, target_text)
    _pair_runs_counted_inclusive(result, left_s, left_t, source_text, target_text)
    _pair_span_end_days(result, left_s, left_t)
    _pair_only_man(result, left_s, left_t, source_text, target_text)
    _pair_shares_with_numbers(result, left_s, left_t, source_text)
    scores = (sum(isinstance(q.value, ScoreValue) for q in source), sum(isinstance(q.value, ScoreValue) for q in target))
    if min(scores) and scores[0] != scores[1]:
        # "2-0" in sets ↔ "6-3 6-2" in games: one result told two ways, not two wrong scores
        left_s[:] = [q for q in left_s if not isinstance(q.value, ScoreValue)]
        left_t[:] = [q for q in left_t if not isinstance(q.value, ScoreValue)]
    _pair_elliptical_scale(result, left_s, left_t)
    _pair_sports_conventions(result, left_s, left_t, source_text, target_text)
    _pair_group_sizes(left_s, left_t, source_text, target_text)
    _pair_run_together(result, left_s, left_t, source_text, target_text)
    _pair_spelt_digits(result, left_s, left_t, source_text, target_text)
    _pair_verbatim_runs(left_s, left_t, source_text, target_text)
    _pair_and_others(result, left_s, left_t, source_text, target_text)
    _pair_shifted_bounds(result, left_s, left_t, source_text, target_text)
    _pair_minutes_to(result, left_s, left_t, source_text)
    _pair_bare_hours(result, left_s, left_t)
    _pair_band_as_range(result, left_t)
    _count_from_one(result, left_s, source_text)
    _ratio_to_one(result, left_s, source_text)
    _time_told_by_difference(result, left_s, target_text)
    _score_told_by_sets(left_s, target_text)
    _pair_mismatches(result, left_s, left_t, source_text, target_text)
    _pair_lone_ordinals(result, left_s, left_t, source_text, target_text)
    _pair_lone_numbers(result, left_s, left_t, source_text, target_text)
    _pair_lone_days(result, left_s, left_t)
    result.unpaired_source, result.unpaired_target = list(left_s), list(left_t)
    _collect_missing(result, left_s, source_text, target_text)
    _check_restatements(result, left_t, target_text)
    _collect_extra(result, left_t, target_text, source_text)
    return result


@dataclass(frozen=True)
class NamedPeriod:
    """One sort of period that both languages name by a word rather than by a date: each side's
    pattern has named groups ``v<value>`` (the value a match stands for) and one value per match."""

    unit: str
    korean: re.Pattern
    english: re.Pattern

    def values(self, pattern: re.Pattern, text: str) -> list[tuple[int, re.Match, str]]:
        found = []
        for match in pattern.finditer(text):
            group = next(name for name, value in match.groupdict().items() if value is not None)
            found.append((int(group[1:].replace("m", "-")), match, group))
        return found


def _ko(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _en(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


#: Periods compared when both sides name one (values: offsets from now, or positions). A newsroom
#: restates 어제 as "on Monday" and 지난해 as "in 2025": without a word of the same sort in the
#: English nothing is compared. Vague words stay out (엊그제 같다 "feels like yesterday"; 이듬해,
#: "the following year", counts from the event, not from now).
NAMED_PERIODS = (
    NamedPeriod("relative_day",
                _ko(r"(?<![가-힣])(?:(?P<vm2>그저께|그제)|(?P<vm1>어저께|어제)|(?P<v0>오늘)(?!날)|(?P<v1>내일)|(?P<v2>모레)|(?P<v3>글피))"),
                _en(r"\b(?:(?P<vm2>the day before yesterday)|(?P<v2>the day after tomorrow)|(?P<vm1>yesterday)"
                    r"|(?P<v0>today|tonight)|(?P<v1>tomorrow))\b")),
    NamedPeriod("relative_month",
                _ko(r"(?<![가-힣])(?:(?P<vm1>지난\s?달|전달|저번\s?달)|(?P<v0>이달|이번\s?달|금월)|(?P<v1>다음\s?달|내달|익월))"),
                _en(r"(?<!the\s)\b(?:(?P<vm1>last|previous) month|(?P<v0>this) month|(?P<v1>next|coming) month)\b(?!\s+of\b)")),
    NamedPeriod("relative_week",
                _ko(r"(?<![가-힣])(?:(?P<vm1>지난\s?주|저번\s?주)|(?P<v0>이번\s?주)|(?P<v1>다음\s?주|내주(?=\s|[,.에]|$)))(?!말)"),
                _en(r"(?<!the\s)\b(?:(?P<vm1>last|previous) week|(?P<v0>this) week|(?P<v1>next|coming) week)\b(?!\s+of\b)")),
    NamedPeriod("relative_year",
                _ko(r"(?<![가-힣])(?:(?P<vm2>재작년)|(?P<vm1>지난\s?해|작년)|(?P<v0>올해|금년)|(?P<v1>내년)(?!도)|(?P<v2>내후년))"),
                _en(r"\b(?:(?P<vm2>the year before last)|(?P<v2>the year after next)|(?P<vm1>last year)"
                    r"|(?P<v0>this year)|(?P<v1>next year))\b")),
    NamedPeriod("half_year",
                _ko(r"(?:(?P<v1>상반기)|(?P<v2>하반기))"),
                _en(r"\b(?:(?P<v1>first[- ]half|H1)|(?P<v2>second[- ]half|H2))\b")),
    NamedPeriod("month_part",
                _ko(r"(?<=달)\s?(?:(?P<v1>초순|상순|초(?=[에의까부께은는도경쯤]|\s|[,.)]|$))|(?P<v2>중순)"
                    r"|(?P<v3>하순|말(?=[에의까부께은는도경쯤]|\s|[,.)]|$)))"),
                _en(r"\b(?:(?P<v1>early|the (?:beginning|start) of)|(?P<v2>mid-?|the middle of)|(?P<v3>late|the end of))"
                    r"\s*(?:this|next|last|the) month\b")),
    NamedPeriod("season",
                _ko(r"(?<![가-힣])(?<![어아해] )(?:(?P<v1>봄)|(?P<v2>여름)|(?P<v3>가을)|(?P<v4>겨울))"
                    r"(?=철|날|에|엔|의|을|를|이|은|는|과|와|도|만|마다|내내|동안|부터|까지|학기|방학|휴가|시즌|"
                    r"밤|아침|바다|옷|잠|비|꽃|\s|[,.)]|$)"),
                _en(r"\b(?:in|this|last|next|early|late|mid|the|of|each|every|during|until|by|over|through|"
                    r"all|that|since|before|after)[\s-]+(?:(?P<v1>spring)|(?P<v2>summer)|(?P<v3>autumn|fall)|(?P<v4>winter))\b")),
)


def named_period_mismatches(source_text: str, target_text: str) -> list[tuple[Quantity, Quantity]]:
    """For each sort of :data:`NAMED_PERIODS` that both sides name and that share no value, the
    first of each side: 그저께 ↔ "yesterday", 다음 달 ↔ "this month", 봄 ↔ "in the autumn"."""
    found = []
    for period in NAMED_PERIODS:
        if not period.korean.search(source_text) or not period.english.search(target_text):
            continue  # (most pairs: no word of the sort on one side)
        korean = period.values(period.korean, source_text)
        english = period.values(period.english, target_text)
        if {v for v, _, _ in korean} & {v for v, _, _ in english}:
            continue
        (kv, km, kg), (ev, em, _) = korean[0], english[0]
        found.append((Quantity(float(kv), "date", km.span(kg), km.group(kg), unit=period.unit),
                      Quantity(float(ev), "date", em.span(), em.group(), unit=period.unit)))
    return found + _relative_unit_mismatch(source_text, target_text)


#: the periods counted from the text's own day, by their unit
_RELATIVE_SORTS = ("relative_day", "relative_week", "relative_month", "relative_year")


@lru_cache(maxsize=1)
def _any_relative_period() -> tuple[re.Pattern, re.Pattern]:
    """The relative periods' Korean and English patterns, each side as one pattern."""
    relative = [period for period in NAMED_PERIODS if period.unit in _RELATIVE_SORTS]

    def joined(patterns) -> str:  # (the sorts' group names repeat: plain groups in the union)
        return "|".join("(?:" + re.sub(r"\(\?P<\w+>", "(?:", pattern) + ")" for pattern in patterns)

    return (re.compile(joined(period.korean.pattern for period in relative)),
            re.compile(joined(period.english.pattern for period in relative), re.I))


def _relative_unit_mismatch(source_text: str, target_text: str) -> list[tuple[Quantity, Quantity]]:
    """One relative period on each side, of different units (지난달 ↔ "last year", 다음 주 ↔
    "next month"): the first of each. Only where each side names periods of one unit alone, and
    the English none of the Korean's unit (지난해 … 지난달 ↔ "last year … in May" is left alone).
    오늘 and "today" are left out: both say "now" as readily as the day."""
    korean_any, english_any = _any_relative_period()
    if not korean_any.search(source_text) or not english_any.search(target_text):
        return []  # (most pairs: two scans)
    korean_sorts, english_sorts = [], []
    for period in NAMED_PERIODS:
        if period.unit not in _RELATIVE_SORTS:
            continue
        korean = [v for v in period.values(period.korean, source_text) if not (period.unit == "relative_day" and v[0] == 0)]
        english = [v for v in period.values(period.english, target_text) if not (period.unit == "relative_day" and v[0] == 0)]
        if korean:
            korean_sorts.append((period, korean[0]))
        if english:
            english_sorts.append((period, english[0]))
    if len(korean_sorts) != 1 or len(english_sorts) != 1 or korean_sorts[0][0] is english_sorts[0][0]:
        return []
    (kp, (kv, km, kg)), (ep, (ev, em, _)) = korean_sorts[0], english_sorts[0]
    return [(Quantity(float(kv), "date", km.span(kg), km.group(kg), unit=kp.unit),
             Quantity(float(ev), "date", em.span(), em.group(), unit=ep.unit))]


_SCALE_WORD = re.compile(r"\b(thousand|million|billion|trillion)\b|\d\s?(bn|mn|tn)\b", re.I)
_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9, "tn": 1e12}


_DIGIT_SEPARATOR = re.compile(r"\s?[,·\-]?\s?")


#: figures joined by slashes or colons into one token (a game's K/D/A 0/7/2, a ratio 3:2:1)
_FIGURE_RUN = re.compile(r"(?<![\d/:])\d+(?:[/:]\d+){2,}(?![\d/:])")


def _pair_verbatim_runs(left_s: list, left_t: list, source_text: str, target_text: str) -> None:
    """A run of three or more figures joined by slashes or colons (0/7/2, 3:2:1) that the English
    writes exactly as the Korean does: its figures are all there, whatever each grammar reads
    in it."""
    for run in _FIGURE_RUN.finditer(source_text):
        found = re.search(rf"(?<![\d/:]){re.escape(run.group())}(?![\d/:])", target_text)
        if found is None:
            continue
        left_s[:] = [q for q in left_s if not (run.start() <= q.start and q.end <= run.end())]
        left_t[:] = [q for q in left_t if not (found.start() <= q.start and q.end <= found.end())]


#: 등 before a count of people or things (김씨 등 3명, 삼성 등 대기업 5곳): the count includes the one named
_INCLUDING_BEFORE = re.compile(r"등\s+(?:[가-힣]+\s+){0,2}$")
#: "two other ringleaders", "and two others": the count without the one named
_OTHERS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,1}others?\b", re.I)


def _pair_and_others(result: PairMatch, left_s: list, left_t: list, source_text: str, target_text: str) -> None:
    """A Korean count that includes the one named before it (김씨 등 주범 3명, three ringleaders
    Kim among them) and the English "Kim and two other ringleaders": N against N - 1 others."""
    for s in list(left_s):
        if s.kind != "count" or not isinstance(s.value, float) or s.value < 2 \
                or not _INCLUDING_BEFORE.search(source_text[max(0, s.start - 16):s.start]):
            continue
        t = next((t for t in left_t if isinstance(t.value, float) and t.value == s.value - 1
                  and _OTHERS_AFTER.match(target_text, t.end)), None)
        if t is not None:
            result.matched.append((s, t))
            left_s.remove(s)
            left_t.remove(t)


def _pair_spelt_digits(result: PairMatch, left_s: list, left_t: list, source_text: str, target_text: str) -> None:
    """A code read out digit by digit ("4, 8, 1, 5, 7이요" ↔ "48157", a booking or phone number
    said aloud): three or more single digits in a row that, run together, are one English figure."""
    singles = [s for s in left_s if s.kind == "number" and not s.unit and re.fullmatch(r"\d", s.text)]
    runs, run = [], []
    for s in singles:
        if run and not _DIGIT_SEPARATOR.fullmatch(source_text[run[-1].end:s.start]):
            runs.append(run)
            run = []
        run.append(s)
    runs.append(run)
    for run in runs:
        if len(run) < 3:
            continue
        digits = "".join(s.text for s in run)
        target = next((t for t in left_t if re.sub(r"[\s,\-]", "", t.text) == digits), None)
        if target is not None:
            result.matched.append((run[0], target))
            left_t.remove(target)
        elif not re.search(rf"(?<!\d){digits}(?!\d)", target_text):
            continue  # (in a code the English grammar leaves alone: "ICN-HB-48157")
        for s in run:
            left_s.remove(s)


def _pair_elliptical_scale(result: PairMatch, left_s: list, left_t: list) -> None:
    """A bare English number that leaves the scale word and unit to an amount before it:
    "150 million euros today, 200 tomorrow" states 200 million euros (2억 유로). The bare
    number agrees with a source amount once it takes the scale and unit of the nearest
    amount with a scale word before it."""
    for t in list(left_t):
        if t.kind != "number" or t.unit or not isinstance(t.value, float) or not t.value:
            continue
        before = [q for q in result.target if q.end <= t.start and isinstance(q.value, float)
                  and q.kind in UNIT_KINDS and q.unit and _SCALE_WORD.search(q.text)]
        if not before:
            continue
        carrier = before[-1]
        word = _SCALE_WORD.search(carrier.text)
        scale = _SCALE_VALUES[fold_case(word.group(1) or word.group(2))]
        full = replace(t, value=t.value * scale, step=t.step * scale, kind=carrier.kind, unit=carrier.unit)
        for s in left_s:
            if s.kind == carrier.kind and s.unit == carrier.unit and values_agree(s, full):
                result.matched.append((s, full))
                left_s.remove(s)
                left_t.remove(t)
                break


#: figures joined by hyphens, dashes or colons, with single spaces between groups (6-3 6-2)
_SPACED_CHAIN = re.compile(r"(?<![\d.,])\d+(?:[-–:]\d+)*(?:\s\d+(?:[-–:]\d+)*)+(?![\d]|[.,]\d)")
#: the same with no space, in the source
_SOURCE_CHAIN = re.compile(r"(?<![\d.,])\d+(?:[-–:]\d+){2,}(?![\d]|[.,]\d)")


def _pair_run_together(result: PairMatch, left_s: list, left_t: list, source_text: str, target_text: str) -> None:
    """Figures of the target written with a space lost between them in the source.

    A chain of three or more hyphen-joined figures that is the target's chain with its
    spaces removed ("(6-36-2)" ↔ "6-3 6-2", two set scores) accounts for every figure in
    both. A source number whose digits are two runs of digits of the target that no paired
    quantity covers ("보잉 74730대" ↔ "30 Boeing 747s": 747 and 30) accounts for itself and
    for the target figures holding those runs."""
    # a chain of figures the target writes with spaces, run together in the source: "(6-36-2)" ↔ "6-3 6-2"
    spaced = {re.sub(r"\s", "", m.group()): m.span() for m in _SPACED_CHAIN.finditer(target_text)}
    for m in _SOURCE_CHAIN.finditer(source_text):
        where = spaced.get(m.group())
        if where is None:
            continue
        left_s[:] = [s for s in left_s if not (m.start() <= s.start and s.end <= m.end())]
        left_t[:] = [t for t in left_t if not (where[0] <= t.start and t.end <= where[1])]
    covered = bytearray(len(target_text) + 1)
    for _, t in result.matched:
        covered[t.start:t.end] = b"\x01" * (t.end - t.start)
    runs = [m for m in re.finditer(r"(?<![\d.,])\d+(?![\d]|[.,]\d)", target_text) if 1 not in covered[m.start():m.end()]]
    free = {m.group() for m in runs}
    for s in list(left_s):
        digits = s.text.strip()
        digits = re.match(r"\d+", digits)
        if not (s.strong and isinstance(s.value, float) and digits and len(digits.group()) >= 2
                and float(digits.group()) == s.value):
            continue
        digits = digits.group()
        for cut in range(1, len(digits)):
            head, tail = digits[:cut], digits[cut:]
            if tail[0] == "0" or head == tail or head not in free or tail not in free:
                continue
            parts = [m for m in runs if m.group() in (head, tail)]
            left_s.remove(s)
            for t in list(left_t):
                if any(t.start <= m.start() and m.end() <= t.end for m in parts):
                    left_t.remove(t)
            break


#: a bound after a Korean count and the side of it the count is on: (lowest, highest) offsets of
#: the whole numbers it allows from the figure (이상 "N or more", 초과 "more than N" …)
_KOREAN_BOUNDS = {"이상": (0, None), "초과": (1, None), "넘는": (1, None), "넘게": (1, None),
                  "이하": (None, 0), "미만": (None, -1), "이내": (None, 0)}
_KOREAN_BOUND_AFTER = re.compile(r"\s?(?:[가-힣]{1,3}\s)?(이상|초과|넘는|넘게|이하|미만|이내)")
#: the same for an English bound before the figure ("more than two", "at least three", "up to five")
_ENGLISH_BOUND_BEFORE = re.compile(r"\b(more than|over|above|in excess of|at least|no fewer than|no less than|"
                                   r"a minimum of|fewer than|less than|under|below|at most|no more than|up to|"
                                   r"a maximum of|only)\s+$", re.I)
_ENGLISH_BOUND_ONE = re.compile(r"\b(more than|at least|fewer than|less than|at most|no more than|up to|only)\s+(?:one|a single)\b",
                                re.I)
_ENGLISH_BOUNDS = {"more than": (1, None), "over": (1, None), "above": (1, None), "in excess of": (1, None),
                   "at least": (0, None), "no fewer than": (0, None), "no less than": (0, None),
                   "a minimum of": (0, None), "fewer than": (None, -1), "less than": (None, -1),
                   "under": (None, -1), "below": (None, -1), "at most": (None, 0), "no more than": (None, 0),
                   "up to": (None, 0), "a maximum of": (None, 0),
                   "only": (None, 0)}  # "only two may sit": at most two
#: a prohibition after the bound in its sentence (3명 이상 앉아서는 안 된다 "no more than two may
#: sit"): the counts allowed are the others
_KOREAN_PROHIBITED = re.compile(r"[^.!?\n]{0,40}?(?:안\s?[되돼된될됨됩됐]|수\s?없|금지|불가|금합니다|말아|말\s?것)")


def _complement(offsets: tuple) -> tuple:
    """The bound of the counts a bound leaves out: N 이상 (N or more) forbidden allows N-1 or fewer."""
    low, high = offsets
    return (None, low - 1) if low is not None else (high + 1, None)


def _allowed(value: float, offsets: tuple) -> tuple:
    low, high = offsets
    return (value + low if low is not None else None, value + high if high is not None else None)


def _pair_shifted_bounds(result: PairMatch, left_s: list, left_t: list, source_text: str, target_text: str) -> None:
    """A whole-number bound said from the other side: 2명 이상 (two or more) ↔ "more than one",
    10명 미만 (under ten) ↔ "nine or fewer" is not read, but ↔ "at most nine" is. The two
    bounds allow the same whole numbers, so the figures agree though they differ by one."""
    for s in list(left_s):
        if not (isinstance(s.value, float) and s.value == int(s.value) and s.kind in ("count", "number")):
            continue
        korean = _KOREAN_BOUND_AFTER.match(source_text, s.end)
        if not korean:
            continue
        offsets = _KOREAN_BOUNDS[korean.group(1)]
        if _KOREAN_PROHIBITED.match(source_text, korean.end()):
            offsets = _complement(offsets)
        wanted = _allowed(s.value, offsets)
        for t in left_t:
            if not (isinstance(t.value, float) and t.value == int(t.value) and t.kind in ("count", "number")):
                continue
            english = _ENGLISH_BOUND_BEFORE.search(target_text, max(0, t.start - 20), t.start)
            if english and _allowed(t.value, _ENGLISH_BOUNDS[english.group(1).lower()]) == wanted:
                result.matched.append((s, t))
                left_s.remove(s)
                left_t.remove(t)
                break
        else:
            # "more than one": a bound on "one", a word the English grammar leaves unread
            for match in _ENGLISH_BOUND_ONE.finditer(target_text):
                if _allowed(1.0, _ENGLISH_BOUNDS[match.group(1).lower()]) == wanted:
                    left_s.remove(s)
                    break


def _distance(s: Quantity, t: Quantity, source_text: str, target_text: str) -> float:
    return abs(_position(s, source_text) - _position(t, target_text))


def _pair_agreeing(result: PairMatch, source_text: str, target_text: str) -> None:
    """Greedy one-to-one pairing of agreeing quantities, best score first, then the same
    figure before one that only agrees within rounding (0.97 with "0.97", not with the "one" of
    "the only one"), then the nearest."""
    candidates = []
    for i, s in enumerate(result.source):
        for j, t in enumerate(result.target):
            score = match_score(s, t)
            if score is not None:
                inexact = not (s.numeric is not None and s.numeric == t.numeric)
                # a date named by a word (성탄절 "Christmas Day") pairs after the figures: the date
                # written out beside it (12월 25일(금)) is what the English date renders
                candidates.append((_named_date(s), -score, inexact, _distance(s, t, source_text, target_text), i, j))
    used_s, used_t = set(), set()
    for *_, i, j in sorted(candidates):
        if i not in used_s and j not in used_t:
            used_s.add(i)
            used_t.add(j)
            result.matched.append((result.source[i], result.target[j]))


#: what follows an ordinal that counts periods (둘째 주 "the second week", 셋째 날, "the first
#: week of release"): such an ordinal is no rank (1위 "topped") and faces its like
_KO_PERIOD_AFTER = re.compile(r"\s?(?:주(?:일|차)?|날|달|해|시즌|학기|분기)(?![가-힣])|\s?(?:주|날|달|해)(?=[에의는은를을도째])")
_EN_PERIOD_AFTER = re.compile(r"[\s-]+(?:weeks?|days?|months?|years?|seasons?|terms?|semesters?|quarters?|weekends?|nights?)\b",
                              re.I)


_FROM_AFTER = re.compile(r"\s?[가-힣]{0,6}\s?부터")
_AFTER_THE = re.compile(r"\b(?:after|beyond|past)\s+the\s+$", re.I)


def _pair_from_nth(result: PairMatch, left_s: list, left_t: list, source_text: str, target_text: str) -> None:
    """From the Nth on (두 번째 주전자부터) said as "after the (N-1)th" ("every kettle after the
    first"): the same place in the count."""
    for s in [q for q in left_s if q.kind == "ordinal" and isinstance(q.value, float) and q.value >= 2]:
        if not _FROM_AFTER.match(source_text, s.end):
            continue
        hit = next((t for t in left_t if t.kind == "ordinal" and t.value == s.value - 1
                    and _AFTER_THE.search(target_text[max(0, t.start - 16):t.start])), None)
        if hit is not None:
            result.matched.append((s, hit))
            left_s.remove(s)
            left_t.remove(hit)


#: the days of a run that ended (English): "after falling for two days", "a two-day losing streak",
#: "after two straight sessions of losses"
_RUN_ENDED = re.compile(r"\bstreak\b|\bstraight\b|\bconsecutive\b|\bin a row\b|\bafter (?:falling|rising|losing|winning|"
                        r"declining|gaining|dropping|sliding)\b|\bof (?:losses|gains|declines|falls|decline|slide|losing|winning)\b|"
                        r"\b(?:losing|winning) (?:run|spell)\b|\b(?:slide|slump|skid|rally)\b", re.I)


_ONE_UNIT = re.compile(r"\b(?:a|one|the)\s+(?:day|session|week|month|year|game|match)\b", re.I)


def _pair_runs_counted_inclusive(result: PairMatch, left_s: list, left_t: list, source_text: str,
                                 target_text: str) -> None:
    """N일 만에 counts the day it ends on: 사흘 만에 반등 (up for the first time in three days) is
    "rebounded after falling for two days", "snapped a two-day losing streak" — the English
    counts the days of the run that ended, one fewer."""
    if not _RUN_ENDED.search(target_text):
        return
    for s in [q for q in left_s if q.kind == "duration" and isinstance(q.value, float) and q.value >= 2]:
        if not _AFTER_SO_LONG.match(source_text, s.end):
            continue
        hit = next((t for t in left_t if t.kind == "duration" and t.unit == s.unit and t.value == s.value - 1), None)
        if hit is not None:
            result.matched.append((s, hit))
            left_s.remove(s)
            left_t.remove(hit)


#: N만 + a predicate or an adverb: 만 "only", not ten thousand (1만 낮아져도 "if it drops by just 1",
#: 3만 넘으면 "if it goes over 3"); the analyser tags the word after it
_SMALL_MAN = re.compile(r"(?<![\d.,])\d{1,2}만$")


def _pair_only_man(result: PairMatch, left_s: list, left_t: list, source_text: str, target_text: str) -> None:
    """A figure with the particle 만 (only) that the grammar read as N × 10,000: where a verb or an
    adverb follows it and the English has the figure itself, the two are one."""
    from ..ko.analyser import morphemes

    for s in [q for q in left_s if _SMALL_MAN.search(q.text) and isinstance(q.value, float)]:
        small = replace(s, value=s.value / 10**4)
        hit = next((t for t in left_t if isinstance(t.value, float) and t.value == small.value), None)
        if hit is None and not _written_in(small, target_text, result.target):
            continue
        after = next((token for token in morphemes(source_text) if token.start >= s.end), None)
        if after is not None and after.tag.startswith(("VV", "VA", "VX", "MAG")):
            left_s.remove(s)
            if hit is not None:
                result.matched.append((s, hit))
                left_t.remove(hit)
            # else: "a drop of just one unit": the figure in a word the grammar leaves unread


def _pair_span_end_days(result: PairMatch, left_s: list, left_t: list) -> None:
    """A span told by its first day and its length (12일부터 사흘간) that the English gives by its
    first and last day ("from December 12 to 14"): the last day is the length, counted in."""
    starts = [s.value.day for s, _ in result.matched if isinstance(s.value, DateValue) and s.value.day]
    for t in [q for q in left_t if isinstance(q.value, DateValue) and q.value.day and q.range_part == "high"]:
        length = next((s for s in left_s if s.kind == "duration" and s.unit == "day" and isinstance(s.value, float)
                       and t.value.day - s.value + 1 in starts), None)
        if length is not None:
            result.matched.append((length, t))
            left_s.remove(length)
            left_t.remove(t)


_BEFORE_AFTER = re.compile(r"\s?(?P<w>전|후|뒤)")


def _pair_times_reckoned(result: PairMatch, left_s: list, left_t: list, source_text: str) -> None:
    """A time told as minutes before or after another (1시 40분 출발, 10분 전까지) that the English
    gives as the clock time itself ("by 1:30"): the minutes and that time are one statement."""
    times = [q for q in result.source if isinstance(q.value, TimeValue)]
    for s in [q for q in left_s if q.kind == "duration" and q.unit in ("minute", "hour")]:
        word = _BEFORE_AFTER.match(source_text, s.end)
        if word is None:
            continue
        minutes = s.value * (60 if s.unit == "hour" else 1) * (-1 if word["w"] == "전" else 1)
        for anchor in times:
            total = (anchor.value.hour * 60 + anchor.value.minute + int(minutes)) % (24 * 60)
            hit = next((t for t in left_t if isinstance(t.value, TimeValue) and t.value.minute == total % 60
                        and t.value.hour % 12 == (total // 60) % 12), None)
            if hit is not None:
                result.matched.append((s, hit))
                left_s.remove(s)
                left_t.remove(hit)
                break


def _pair_nth_periods(result: PairMatch, left_s: list, left_t: list, source_text: str) -> None:
    """A Korean count of periods with 째 (4주째, 3년째) against an English ordinal of a period
    ("its fourth week", "the third year"): the same if the figures agree, else a mismatch."""
    for s in [q for q in left_s if q.kind == "duration" and source_text[q.end:q.end + 1] == "째"]:
        t = next((q for q in left_t if q.kind == "ordinal" and q.unit == "period"), None)
        if t is None:
            return
        (result.matched if t.value == s.value else result.mismatched).append((s, t))
        left_s.remove(s)
        left_t.remove(t)


def _period_ordinals(quantities: tuple, text: str, after: re.Pattern) -> tuple:
    return tuple(replace(q, unit="period") if q.kind == "ordinal" and q.unit is None and after.match(text, q.end)
                 else q for q in quantities)


def _repair_date_days(result: PairMatch) -> None:
    """Two dates paired by what they share on a crossed pattern: 8월 ↔ "Monday, August 24" (the
    month) and 월요일인 8월 31일 ↔ "Monday" (the weekday). The two dates that give a day face each
    other (31 against 24: a mismatch); the partial ones are left to pair with what is left."""
    def day_date(q):
        return isinstance(q.value, DateValue) and q.value.day is not None

    for first in list(result.matched):
        s1, t1 = first
        if not (isinstance(s1.value, DateValue) and s1.value.day is None and day_date(t1)):
            continue
        second = next(((s2, t2) for s2, t2 in result.matched if day_date(s2) and isinstance(t2.value, DateValue)
                       and t2.value.day is None and s2.value.day != t1.value.day
                       and (s2.value.month is None or t1.value.month is None or s2.value.month == t1.value.month)),
                      None)
        if second is not None and first in result.matched:
            result.matched.remove(first)
            result.matched.remove(second)
            result.mismatched.append((second[0], t1))


_MINUTES_BEFORE = re.compile(r"\s?전(?![가-힣])|\s?전(?=에|이|인|까지|쯤)")


def _minutes_to_the_hour(time: TimeValue) -> TimeValue:
    """N시 M분 전 read as M minutes to N: N:M less M minutes before the hour (6:15 → 5:45)."""
    return TimeValue((time.hour - 1) % 24, 60 - time.minute, time.meridiem_known)


#: English words before a clock time that keep "before" of N시 M분 전 ("before 6:15", "by 6:15")
_EN_BEFORE_TIME = re.compile(r"\b(?:before|by|until|till|til|prior\s+to|ahead\s+of|no\s+later\s+than|earlier\s+than)"
                             r"(?:\s+(?:about|around|roughly|approximately|just|precisely|exactly))?\s*$", re.I)


def _quarter_to_read_as_the_time(result: PairMatch, source_text: str, target_text: str) -> None:
    """N시 M분 전 said as the time N:M itself with no "before" (오후 6시 15분 전이다 "is 6:15 p.m."):
    the Korean says M minutes to N (or "before N:M", which the English would then say), so the
    English N:M is a mismatch with the time M minutes before N."""
    for pair in list(result.matched):
        s, t = pair
        if not (isinstance(s.value, TimeValue) and s.value.minute and isinstance(t.value, TimeValue)):
            continue
        word = _MINUTES_BEFORE.match(source_text, s.end)
        if word is None or _EN_BEFORE_TIME.search(target_text, 0, t.start) \
                or not (s.value.hour % 12 == t.value.hour % 12 and s.value.minute == t.value.minute):
            continue
        end = s.end + len(word.group().rstrip())
        result.matched.remove(pair)
        result.mismatched.append((replace(s, value=_minutes_to_the_hour(s.value), span=(s.start, end), text=source_text[s.start:end]), t))


def _pair_minutes_to(result: PairMatch, left_s: list, left_t: list, source_text: str) -> None:
    """N시 M분 전 is M minutes to N as well as before N:M (4시 15분 전 "a quarter to four"): an
    English time M minutes before the hour is its rendering."""
    for s in [q for q in left_s if isinstance(q.value, TimeValue) and q.value.minute]:
        if not _MINUTES_BEFORE.match(source_text, s.end):
            continue
        earlier = _minutes_to_the_hour(s.value)
        hit = next((t for t in left_t if isinstance(t.value, TimeValue) and earlier.agrees(t.value)), None)
        if hit is not None:
            result.matched.append((s, hit))
            left_s.remove(s)
            left_t.remove(hit)


#: a counter and 부터 after a one (1엔드부터, 1번부터)
_FROM_ONE = re.compile(r"[가-힣]{0,3}\s?부터\s?")


def _count_from_one(result: PairMatch, left_s: list, source_text: str) -> None:
    """A run counted from one (1엔드부터 5엔드까지, 1번부터 10번까지) whose English gives its length
    ("across the five ends", "the first ten"): the one is where the count starts, no figure lost."""
    for s in [q for q in left_s if q.value == 1.0]:
        after = _FROM_ONE.match(source_text, s.end)
        if after is None:
            continue
        if any(0 <= other.start - after.end() <= 1 and isinstance(other.value, float) and other.value > 1
               for other, _ in result.matched):
            left_s.remove(s)


_IN_N_SETS = re.compile(r"\bin\s+(?:straight\s+)?(?P<n>two|three|four|five|\d)\s+(?:sets|games|rounds|legs)\b", re.I)
_SET_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _score_told_by_sets(left_s: list, target_text: str) -> None:
    """A score of sets (2-1, 3대 2) the English tells by how many were played ("lost in three sets",
    "won in five sets"): the score's two figures make that count."""
    found = _IN_N_SETS.search(target_text)
    if found is None:
        return
    n = _SET_COUNT_WORDS.get(found["n"].lower()) or int(found["n"])
    for s in [q for q in left_s if isinstance(q.value, ScoreValue)]:
        if s.value.first + s.value.second == n and max(s.value.first, s.value.second) <= 3:
            left_s.remove(s)


_EARLIER_LATER = re.compile(r"\s+(?:earlier|later|sooner|ahead|behind|before|after)\b", re.I)


def _time_told_by_difference(result: PairMatch, left_s: list, target_text: str) -> None:
    """A clock time the English gives as another time and the difference (5시 30분에서 5시 10분으로 20분
    앞당겨 → "at 5:10 a.m., twenty minutes earlier than at present"): the old time is stated."""
    times = [t for _, t in result.matched if isinstance(t.value, TimeValue)]
    shifts = [t for _, t in result.matched if t.kind == "duration" and t.unit in ("minute", "hour")
              and isinstance(t.value, float) and _EARLIER_LATER.match(target_text, t.end)]
    if not times or not shifts:
        return
    for s in [q for q in left_s if isinstance(q.value, TimeValue)]:
        wanted = s.value.hour * 60 + s.value.minute
        for time in times:
            at = time.value.hour * 60 + time.value.minute
            apart = abs(at - wanted) % (12 * 60)  # (12-hour readings: 11:30 p.m. and midnight are 30 minutes apart)
            apart = min(apart, 12 * 60 - apart)
            if any(abs(apart - shift.value * (60 if shift.unit == "hour" else 1)) < 1 for shift in shifts):
                left_s.remove(s)
                break


def _ratio_to_one(result: PairMatch, left_s: list, source_text: str) -> None:
    """The one of a ratio to one (경쟁률 1,342대 1, 3:1) whose first figure the English renders
    ("1,342 times oversubscribed", "three applicants per place"): no figure lost."""
    matched = [s for s, _ in result.matched]
    for s in [q for q in left_s if q.value == 1.0]:
        before = source_text[:s.start].rstrip()
        if not before.endswith(("대", ":")):
            continue
        head = before[:-1].rstrip()
        if any(m.end == len(head) or (m.end == len(before) and m.text.endswith("대")) for m in matched):
            left_s.remove(s)


def _pair_band_as_range(result: PairMatch, left_t: list) -> None:
    """A Korean band (1만원대 "in the ten thousands", 30대) said in English as a range whose low end
    it matched ("between 10,000 and 20,000 won"): the high end is the band's top, no added figure."""
    for s, low in result.matched:
        if not (s.odd and low.range_part == "low" and isinstance(s.value, float) and s.step > 1):
            continue
        top = next((t for t in left_t if t.range_part == "high" and isinstance(t.value, float)
                    and 0 <= t.start - low.end <= 12 and abs(t.value - (s.value + s.step)) < 1e-6), None)
        if top is not None:
            left_t.remove(top)


#: characters between two bare hours of one range ("from 12 to 2", "9 till 6")
_BARE_HOURS_REACH = 12


def _bare_hour(t: Quantity) -> bool:
    """An English hour said as a bare number, digits or a word, 1 to 12 ("from 9 to 6")."""
    return t.kind == "number" and isinstance(t.value, float) and 1 <= t.value <= 12 \
        and re.fullmatch(r"\d{1,2}|[A-Za-z]+", t.text) is not None


def _pair_bare_hours(result: PairMatch, left_s: list, left_t: list) -> None:
    """A range of hours the English says without o'clock ("12시부터 1시까지" ↔ "from 12 to 2"):
    one end matched to a bare hour, the other Korean hour unpaired and a bare number next to
    that English hour — the other end, with a wrong value."""
    hours = [t for s, t in result.matched if isinstance(s.value, TimeValue) and _bare_hour(t)]
    for s in list(left_s):
        if not isinstance(s.value, TimeValue) or s.value.minute:
            continue
        near = [t for t in left_t if _bare_hour(t) and any(
            0 <= t.start - h.end <= _BARE_HOURS_REACH or 0 <= h.start - t.end <= _BARE_HOURS_REACH for h in hours)]
        if len(near) == 1 and near[0].value != (s.value.hour % 12 or 12):
            result.mismatched.append((s, near[0]))
            left_s.remove(s)
            left_t.remove(near[0])


def _pair_mismatches(result: PairMatch, left_s: list, left_t: list, source_text: str, target_text: str) -> None:
    """Unpaired quantities of the same sort (two dates, two dollar amounts …) face each other."""
    for s in list(left_s):
        if not s.strong and not isinstance(s.value, (DateValue, TimeValue)):
            # "세 명" ↔ "four people", "두 배" ↔ "three times": words facing words of the same counter
            options = [t for t in left_t if _same_counter(s, t)]
        else:
            options = [t for t in left_t if _same_sort(s, t) and (t.strong or s.kind in DATE_FAMILY)
                       or s.unit == "round" and t.unit == "round"  # 16강 ↔ "the quarter-finals"
                       or s.unit == "batting" and t.kind == "ordinal" and isinstance(t.value, float)]  # "batting sixth"
            if s.anaphoric and not options:
                # "생포된 4명 모두" ↔ "all five captives": the count restated with another number
                options = [t for t in left_t if t.kind in ("number", "count") and isinstance(t.value, float)
                           and t.value >= 2 and t.unit in (None, s.unit)]
        if options:
            best = min(options, key=lambda t: _distance(s, t, source_text, target_text))
            result.mismatched.append((s, best))
            left_s.remove(s)
            left_t.remove(best)


def _pair_scores_with_numbers(result: PairMatch, left_s: list, left_t: list) -> None:
    """A score read as one on one side ("5-3" in a sports sentence) and as two bare numbers
    on the other (a headline with no sports word), or a win-loss record counted in Korean (9승 5패)
    and written as a score in English ("9-5"): the same score."""
    for scores, numbers, source_side in ((left_s, left_t, True), (left_t, left_s, False)):
        for score in [q for q in scores if isinstance(q.value, ScoreValue)]:
            found = []
            for wanted, record in ((score.value.first, "wins"), (score.value.second, "losses")):
                # a win-loss record: 9승 5패 ↔ "9-5", "a 9-5 record"
                hit = next((q for q in numbers if (q.kind == "number" or q.kind == "count" and q.unit == record)
                            and isinstance(q.value, float) and q.value == wanted and q not in found), None)
                if hit is None:
                    hit = _take_back_record(result, score, wanted, record, source_side)
                    if hit is not None:
                        numbers.append(hit)
                if hit is not None:
                    found.append(hit)
            if len(found) == 2:
                result.matched.append((score, found[0]) if source_side else (found[0], score))
                scores.remove(score)
                for hit in found:
                    numbers.remove(hit)


def _take_back_record(result: PairMatch, score, wanted: float, record: str, source_side: bool):
    """A Korean win or loss count (1패) that the first pass paired with a figure in words on the
    other side ("for the *first* time in two years") while the English gives the record as a
    score ("a 3-1 series win"): taken back for the score, its partner left unpaired again."""
    for pair in list(result.matched):
        counted, other = (pair[1], pair[0]) if source_side else pair
        if counted.kind == "count" and counted.unit == record and counted.value == wanted \
                and not any(ch.isdigit() for ch in other.text):
            result.matched.remove(pair)
            return counted
    return None


def _pair_shares_with_numbers(result: PairMatch, left_s: list, left_t: list, source_text: str) -> None:
    """A share read as one on one side (4명 중 1명, 25 %) and as its two figures on the other
    ("1-of-4 players"): the same share."""
    for share in [q for q in left_s if q.kind == "percent" and ("중" in q.text or "가운데" in q.text)]:
        # (the figures in digits or words: 4명 중 1명, 열 곳 가운데 일곱 곳 ↔ "seven of its ten")
        figures = [t for t in left_t if isinstance(t.value, float) and t.kind in ("number", "count")]
        found = next(((a, b) for b in figures for a in figures if a is not b and 0 < a.value <= b.value
                      and abs(100 * a.value / b.value - share.value) < 0.5), None)
        if found is not None:
            for hit in found:
                result.matched.append((share, hit))
                left_t.remove(hit)
            left_s.remove(share)
    # the English share ("four out of five") against the two Korean figures (5점 만점에 4점)
    for share in [q for q in left_t if q.kind == "percent" and _SHARE_WORDS.search(q.text)]:
        figures = [q for q in left_s if isinstance(q.value, float) and q.kind in ("number", "count")]
        pairs = [(a, b) for a in figures for b in figures if a is not b and b.value
                 and abs(100 * a.value / b.value - share.value) < 0.5 and a.value < b.value]
        if pairs:
            for hit in pairs[0]:
                result.matched.append((hit, share))
                left_s.remove(hit)
            left_t.remove(share)
            continue
        # a Korean share (다섯 명 중 한 명) of another ratio: the English share misstates it
        other = [(a, b) for a in figures for b in figures if a is not b and a.value < b.value
                 and a.unit == b.unit and "중" in source_text[b.end:a.start]]
        if other:
            result.mismatched.append((other[0][0], share))
            left_s.remove(other[0][0])
            left_t.remove(share)


_SHARE_WORDS = re.compile(r"\b(?:in|out\s+of)\b", re.I)


_ORDINAL_UNITS = (None, "rank", "regnal", "generation", "seed", "anniversary", "from_bottom", "period", "grade",
                  "semester", "sibling")

#: minutes a football half adds to the match clock: 후반 31분 is the 76th minute
#: (keys without spaces: 연장 전반 and 연장전반 are one half)
_HALF_OFFSET = {"전반": 0, "후반": 45, "연장전반": 90, "연장후반": 105}
#: the half before a minute, or before a list of minutes (후반 29분과 36분: both of the second half)
_HALF_BEFORE = re.compile(r"(연장\s?전반|연장\s?후반|전반|후반)\s?(?:\d+분\s?(?:과|와|,|및)\s?)*$")
#: characters before a minute read for its half: "연장 전반 " and a list of two or three minutes before it
_HALF_REACH = 24
#: "minute" after an ordinal, or after a list of ordinals ("the 74th and 81st minutes")
_MINUTE_AFTER = re.compile(r"(?:\s*(?:,|and|&)\s*\d+(?:st|nd|rd|th))*\s+minutes?\b", re.I)
#: a place on the podium said by its medal, or (second and third) by the podium itself ("The
#: podium lifts him to fourth in the standings"; first place is the win, not merely the podium)
_MEDALS = {1.0: re.compile(r"\bgold\b", re.I), 2.0: re.compile(r"\bsilver\b|\bpodium\b", re.I),
           3.0: re.compile(r"\bbronze\b|\bpodium\b", re.I)}


def _pair_sports_conventions(result: PairMatch, left_s: list, left_t: list, source_text: str, target_text: str) -> None:
    """Two conventions of sports reports: a minute of a half is a minute of the match (후반 31분
    ↔ "the 76th minute", 전반 12분 ↔ "the 12th minute"), and a place on the podium is its
    medal (3위 ↔ "took bronze")."""
    for s in list(left_s):
        if s.kind == "duration" and s.unit == "minute" and isinstance(s.value, float):
            half = _HALF_BEFORE.search(source_text[max(0, s.start - _HALF_REACH):s.start])
            if half is None:
                continue
            minute = s.value + _HALF_OFFSET["".join(half.group(1).split())]
            hit = next((t for t in left_t if t.kind == "ordinal" and t.value in (minute, s.value)
                        and _MINUTE_AFTER.match(target_text, t.end)), None)
            if hit is not None:
                result.matched.append((s, hit))
                left_s.remove(s)
                left_t.remove(hit)
        elif s.kind == "ordinal" and s.unit == "rank" and s.value in _MEDALS and _MEDALS[s.value].search(target_text) \
                and not any(t.kind == "ordinal" and t.unit == "rank" and t.value != s.value for t in left_t):
            left_s.remove(s)  # the medal renders the place: not missing, and no English figure to pair
            # (unless the English names another place too: "finished second … to take the bronze")


#: English names of a team or group by its size: "sevens" (7인제 rugby), "five-a-side" (5인제),
#: "3x3" (3대3), "a four-piece band" (4인조), "trio" (3인조)
_GROUP_WORDS = {2: "duo|pair", 3: "trio", 4: "quartet", 5: "quintet", 6: "sextet"}


#: a number and the ending that makes it the size of a team or group ("sevens", "five-a-side",
#: "3x3", "four-piece")
_GROUP_SIZE = re.compile(rf"\b(?P<n>{NUMBER_WORD}|\d{{1,2}})(?:s\b|-a-side\b|\s?[x×]\s?(?P<m>{NUMBER_WORD}|\d{{1,2}})\b"
                         r"|-(?:piece|member|man|person|player)\b)", re.I)


def _size(word: str) -> float | None:
    return float(word) if word.isdigit() else words_to_number(fold_case(word))


def _group_size_rendered(value: float, target_text: str) -> bool:
    if value in _GROUP_WORDS and re.search(rf"\b(?:{_GROUP_WORDS[int(value)]})\b", target_text, re.I):
        return True
    return any(_size(match["n"]) == value and (match["m"] is None or _size(match["m"]) == value)
               for match in _GROUP_SIZE.finditer(target_text))


def _pair_group_sizes(left_s: list, left_t: list, source_text: str, target_text: str) -> None:
    """A team or group named by its size (7인제 럭비 "rugby sevens", 5인제 "five-a-side", 4인조
    밴드 "a four-piece band", 3인조 "a trio"): the size is in the English word for the format."""
    for s in list(left_s):
        if s.kind == "count" and isinstance(s.value, float) and s.value == int(s.value) \
                and source_text[s.end:s.end + 1] in ("제", "조") and s.text.endswith("인") \
                and _group_size_rendered(s.value, target_text):
            left_s.remove(s)
            left_t[:] = [t for t in left_t if not (t.value == s.value and t.kind in ("count", "number"))]


#: an English ordinal of a stretch of time or play ("in the fourth minute", "the second half"): the
#: when of an event, which 첫 before another noun (첫 골 "the opener") never renders
_EN_TIME_ORDINAL_AFTER = re.compile(r"[\s-]+(?:minutes?|hours?|seconds?|days?|weeks?|months?|years?|seasons?|half|"
                                    r"halves|quarters?|periods?|innings?|rounds?|sets?|laps?|centur(?:y|ies)|"
                                    r"times?|attempts?|tries|leg)\b", re.I)


_KO_TIME_NOUN_AFTER = re.compile(r"\s?(?:시즌|해|주|날|달|분기|학기|경기|라운드|세트|이닝|쿼터|회|시간|분|세기|차례|번)")


def _pair_lone_ordinals(result: PairMatch, left_s: list, left_t: list, source_text: str = "",
                        target_text: str = "") -> None:
    """One unpaired ordinal on each side (네 번째 ↔ "third", 제3차 ↔ "second", 3위 ↔ "fourth",
    엘리자베스 2세 ↔ "Elizabeth III"): a mismatch. Only one on each side, so an ordinal the
    English adds for its own reasons ("for the first time") is not paired with a stray one."""
    lone_s = [s for s in left_s if s.kind == "ordinal" and isinstance(s.value, float) and s.unit in _ORDINAL_UNITS]
    ranked = any(s.unit == "rank" for s in lone_s)  # 세계 랭킹 1위 ↔ "the world No. 2": a label is a rank
    sibling = any(s.unit == "sibling" for s in lone_s)  # 둘째 딸 ↔ "eldest daughter": a place among children
    lone_t = [t for t in left_t if t.kind == "ordinal" and isinstance(t.value, float)
              and (t.unit in (None, "regnal", "from_bottom", "period", "rank") or (ranked and t.unit == "label")
                   or (sibling and t.unit == "sibling"))]
    if ranked and len(lone_t) > 1 and sum(t.unit == "rank" for t in lone_t) == 1:
        # 3위 ↔ "finished second at his first Olympics": the place a verb of placing names
        lone_t = [t for t in lone_t if t.unit == "rank"]
    if len(lone_s) == 1 and len(lone_t) == 1 and lone_s[0].unit == "grade" \
            and lone_t[0].value - lone_s[0].value in (6, 9):
        # 중학교 2학년 ↔ "eighth grade", 고3 ↔ "12th grade": Korean counts the years of each school,
        # American English the years since the first grade
        result.matched.append((lone_s[0], lone_t[0]))
        left_s.remove(lone_s[0])
        left_t.remove(lone_t[0])
        return
    if len(lone_s) == 1 and len(lone_t) == 1 and lone_s[0].text == "첫" \
            and _EN_TIME_ORDINAL_AFTER.match(target_text, lone_t[0].end) \
            and not _KO_TIME_NOUN_AFTER.match(source_text, lone_s[0].end):
        return  # 첫 골 ↔ "in the fourth minute": the English ordinal says when, 첫 is "the opener"
    if len(lone_s) == 1 and len(lone_t) == 1 and {lone_s[0].unit, lone_t[0].unit} != {"rank", "period"} \
            and (lone_s[0].value != lone_t[0].value or
                                                  (lone_s[0].unit == "from_bottom") != (lone_t[0].unit == "from_bottom")):
        result.mismatched.append((lone_s[0], lone_t[0]))
        left_s.remove(lone_s[0])
        left_t.remove(lone_t[0])


def _pair_lone_numbers(result: PairMatch, left_s: list, left_t: list, source_text: str, target_text: str) -> None:
    """One unpaired bare number on each side: a mismatch too (49경기 ↔ "48 games")."""
    matched_s = {id(s) for s, _ in result.matched}
    matched_t = {id(t) for _, t in result.matched}
    bare = ("number", "count", "ordinal")
    lone_s = [s for s in left_s if s.strong and isinstance(s.value, float) and s.kind in bare
              and s.unit not in ("dan", "court_division")  # labels (9단, 형사합의25부) English may drop
              and not _is_conversion(s, result.source, matched_s, source_text)]
    lone_t = [t for t in left_t if t.strong and isinstance(t.value, float) and t.kind in bare
              and not _is_conversion(t, result.target, matched_t, target_text)]
    if len(lone_s) == 1 and len(lone_t) == 1 and abs(lone_s[0].value) >= 2:
        result.mismatched.append((lone_s[0], lone_t[0]))
        left_s.remove(lone_s[0])
        left_t.remove(lone_t[0])
        return
    # one small native count with its counter (두 알씩, 세 명) against one English number word, and
    # nothing else numeric on either side: 두 알 ↔ "three of these pills" is a wrong count
    if lone_s or lone_t or len(left_s) != 1 or len(left_t) != 1 or result.matched or result.mismatched:
        return
    s, t = left_s[0], left_t[0]
    if s.kind == "count" and " " in s.text and t.kind in ("number", "count") and isinstance(s.value, float) \
            and isinstance(t.value, float) and 2 <= s.value <= 10 and 2 <= t.value <= 10 and s.value != t.value \
            and re.fullmatch(r"(?i:two|three|four|five|six|seven|eight|nine|ten)", t.text) \
            and (t.text.islower() or not target_text[:t.start].strip()):  # ("Nine News": a name)
        result.mismatched.append((s, t))
        left_s.remove(s)
        left_t.remove(t)


def _pair_lone_days(result: PairMatch, left_s: list, left_t: list) -> None:
    """One unpaired day of the month on each side, told apart: 지난 11일 ↔ "on the 17th" is a
    date that differs (TQA140), not a date missing and a figure added."""
    days_s = [s for s in left_s if isinstance(s.value, DateValue) and set(s.value.fields()) == {"day"}]
    # "the 17th" in digits: a word ordinal ("the first", "fifth") is far more often a rank
    days_t = [t for t in left_t if t.kind == "ordinal" and re.fullmatch(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)", t.text)]
    if len(days_s) == 1 and len(days_t) == 1 and days_s[0].value.day != days_t[0].value:
        day = replace(days_t[0], value=DateValue(day=int(days_t[0].value)), kind="date")  # "the 17th" as a day
        result.mismatched.append((days_s[0], day))
        left_s.remove(days_s[0])
        left_t.remove(days_t[0])


#: digits inside a letter code of the English side: G20, COVID-19, F-35A, 5G
_CODE_DIGITS = re.compile(r"(?<![\w$])[A-Z][A-Za-z]*-?(?P<d>\d+)[A-Za-z]*\b|(?<![\w.,$£€¥₩])(?P<d2>\d+)[A-Za-z]+\b")
#: Korean words that state a year or a day relative to the text's own date: the English may give it
_RELATIVE_YEAR_KO = re.compile(r"지난해|작년|올해|금년|내년|이듬해|전년|그해|재작년|내후년|올\s")
_RELATIVE_DAY_KO = re.compile(r"어제|오늘|내일|그제|그저께|모레|이날|전날|당일|그날|다음날|이튿날|지난주|이번\s?주|다음\s?주|"
                              r"지난달|이달|다음\s?달|이번\s?달|현지시간|주말")


_DAYS_BEFORE = re.compile(r"(?P<a>\d{1,2})일?\s?(?P<join>과|와|,|·|~|-|–|부터)\s?(?P<b>\d{1,2})일(?:까지)?\s?$")


def _days_restated(s: Quantity, source_text: str) -> bool:
    """A count of days right after the days it counts (29일과 30일 이틀간, 3~5일 사흘 동안)."""
    match = _DAYS_BEFORE.search(source_text[max(0, s.start - 16):s.start])
    if not match:
        return False
    first, last = int(match["a"]), int(match["b"])
    days = 2 if match["join"] in ("과", "와", ",", "·") else last - first + 1
    return days == s.value


#: English words for an age band (10대 "teenage", 40대 or 50대 "middle-aged")
_AGE_BAND_WORDS = {decade: re.compile(pattern, re.I) for decade, pattern in {
    10: r"\bteen(?:age|aged|ager|agers|s)?\b|\badolescen", 20: r"\btwenty-?somethings?\b|\btwenties\b",
    30: r"\bthirty-?somethings?\b|\bthirties\b", 40: r"\bmiddle-aged\b|\bforties\b", 50: r"\bmiddle-aged\b|\bfifties\b",
    60: r"\bsixties\b|\belderly\b", 70: r"\bseventies\b|\belderly\b", 80: r"\beighties\b|\belderly\b",
    90: r"\bnineties\b|\bnonagenarians?\b"}.items()}
_SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:1[89]|20)\d\d\b|\bsince then\b", re.I)
_AFTER_SO_LONG = re.compile(r"\s?만(?:에|의|이)")
#: a year told from the one the sentence names: "a year later", "the following year", "a year earlier"
_YEAR_NEXT_TO = re.compile(r"\b(?:a|one)\s+year\s+(?:later|earlier|before|after|on)\b|"
                           r"\bthe\s+(?:following|next|previous|preceding|prior)\s+year\b", re.I)


#: Korean words for a day, week, month or year counted from the text's own date, with the
#: distance they name: 재작년 is "two years ago", 모레 "in two days"
_RELATIVE_DISTANCES_KO = (
    (re.compile(r"재작년|내후년"), "year", 2), (re.compile(r"지난\s?해|작년|내년(?!도)"), "year", 1),
    (re.compile(r"그저께|그제|모레"), "day", 2), (re.compile(r"어제|내일"), "day", 1),
    (re.compile(r"지난\s?주|다음\s?주"), "week", 1), (re.compile(r"지난\s?달|다음\s?달"), "month", 1),
)
_FUTURE_BEFORE = re.compile(r"\b(?:in|within)\s+$", re.I)


def _relative_distance(t: Quantity, source_text: str, target_text: str) -> bool:
    """An English distance ("two years ago", "in two days") that says what a Korean relative
    date word of the same distance says."""
    if not (_RELATIVE_AFTER.match(target_text, t.end) or _FUTURE_BEFORE.search(target_text[:t.start])):
        return False
    return any(t.unit == unit and t.value == distance and pattern.search(source_text)
               for pattern, unit, distance in _RELATIVE_DISTANCES_KO)


def _collect_missing(result: PairMatch, left_s: list, source_text: str, target_text: str) -> None:
    matched_s = {id(s) for s, _ in result.matched}
    matched_values = [s.value for s, _ in result.matched]
    result.conversions = {id(s) for s in left_s if _is_conversion(s, result.source, matched_s, source_text)}
    codes = {match.group("d") or match.group("d2") for match in _CODE_DIGITS.finditer(target_text)}
    for s in left_s:
        if s.value in matched_values or not _reportable_missing(s, target_text, source_text):
            continue
        if isinstance(s.value, float) and s.value == int(s.value) and str(int(s.value)) in codes:
            continue  # 주요 20개국 ↔ "the G20": the figure is inside a name
        if any(other.value == s.value and other.unit == s.unit for other in result.missing):
            continue  # said twice, missing once is enough
        if s.kind == "duration" and s.unit == "day" and _days_restated(s, source_text):
            continue  # 29일과 30일 이틀간 ↔ "on May 29 and 30": the count restates the days named before it
        if s.kind == "age" and s.unit == "decade" and _AGE_BAND_WORDS.get(int(s.value)) \
                and _AGE_BAND_WORDS[int(s.value)].search(target_text):
            continue  # 40대 ↔ "middle-aged", 10대 ↔ "teenage": the band said in a word
        if isinstance(s.value, DateValue) and s.value.year and _YEAR_NEXT_TO.search(target_text) and any(
                isinstance(other.value, DateValue) and other.value.year and abs(other.value.year - s.value.year) == 1
                for other, _ in result.matched):
            continue  # 2024년 말 … 2025년 말 ↔ "at the end of 2024 … a year later": the year told from the one before
        if s.kind == "duration" and _SINCE_YEAR.search(target_text) and _AFTER_SO_LONG.match(source_text, s.end):
            continue  # 7년 만에 ↔ "had stood since 2019": the years told by the year they count from
        if s.kind == "duration" and s.value == 2 and _AFTER_SO_LONG.match(source_text, s.end) \
                and _RUN_ENDED.search(target_text) and _ONE_UNIT.search(target_text):
            continue  # 이틀 만에 반등 ↔ "bounced back a day after falling": the one day of the run that ended
        if s.unit == "batting":
            continue  # 4번 타자: a place in the batting order ("the cleanup hitter"), not a count
        if _difference_of_matched(s, result.matched, source_text):
            continue  # 4,700원에서 5,000원으로 300원 올린다 ↔ "from 4,700 won to 5,000 won": the rise is said by its ends
        if _won_gloss(s, result.source, source_text):
            continue  # "0.5달러(약 500원)": the Korean's own gloss stands or falls with the amount it glosses
        if _written_in(s, target_text, result.target):
            continue  # the figure is in the English, in digits or in words, where the grammar did not read it
        result.missing.append(s)


def _difference_of_matched(s: Quantity, matched: list, source_text: str) -> bool:
    """An amount that is the difference of two figures the English gives, the Korean naming the
    change from one to the other just before it (A에서 B로 C 올리다/내리다/늘리다): the change is
    said by its two ends, and dropping it drops nothing the reader cannot work out."""
    if not isinstance(s.value, float):
        return False
    before = sorted((m for m, _ in matched if m.end <= s.start and isinstance(m.value, float)
                     and m.unit == s.unit and m.kind == s.kind), key=lambda m: m.start)
    return any(abs(abs(high.value - low.value) - s.value) < 1e-9
               and re.fullmatch(r"\s?에서\s?", source_text[low.end:high.start])
               and re.fullmatch(r"\s?(?:으로|로)\s?(?:[가-힣]+\s)?", source_text[high.end:s.start])
               for low, high in zip(before, before[1:]))


def _won_gloss(s: Quantity, source: list[Quantity], source_text: str) -> bool:
    """An amount in won in brackets right after an amount in another currency: the Korean
    text's gloss for its readers. Whether the glossed amount reached the translation is
    that amount's question (it is reported itself when it did not)."""
    if not (s.kind == "currency" and s.unit == "KRW" and s.in_parens):
        return False
    others = {id(q) for q in source if q is not s and q.kind == "currency" and q.unit != "KRW"}
    return _conversion_neighbour(s, source, others, source_text) is not None


def _check_restatements(result: PairMatch, left_t: list, target_text: str) -> None:
    """A parenthesised restatement next to a matched amount must agree with the source:
    "시속 165km" → "105 mph (465 km/h)" is a mismatch, "105 mph (165 mph)" a unit error."""
    matched_t = {id(t) for _, t in result.matched}
    partner_of = {id(t): s for s, t in result.matched}
    for t in list(left_t):
        if not (t.strong and isinstance(t.value, float) and t.unit):
            continue
        neighbour = _conversion_neighbour(t, result.target, matched_t, target_text)
        source = partner_of.get(id(neighbour)) if neighbour else None
        if source is None or not source.unit or not isinstance(source.value, float):
            continue
        if source.unit.split("/")[0] == t.unit.split("/")[0] and source.unit != neighbour.unit:
            result.mismatched.append((source, t))
            left_t.remove(t)
        elif values_agree(source, t) and units_conflict(source, t):
            result.restated.append((source, t))
            left_t.remove(t)


HISTORICAL_EVENTS_PATH = Path(__file__).resolve().parent.parent / "data" / "korean_historical_events.tsv"


@lru_cache(maxsize=1)
def _historical_events() -> tuple[tuple[re.Pattern, int, int], ...]:
    """(names, first year, last year) of ``data/korean_historical_events.tsv``."""
    rows = []
    for line in HISTORICAL_EVENTS_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "korean\t")) or "\t" not in line:
            continue
        names, first, last = line.split("\t")[:3]
        pattern = re.compile("|".join(re.escape(name) for name in sorted(names.split("|"), key=len, reverse=True)))
        rows.append((pattern, int(first), int(last)))
    return tuple(rows)


def year_of_a_named_event(t: Quantity, source_text: str) -> bool:
    """A year (or a range's two-digit end: "1592–98") of an event the Korean names by name."""
    if not isinstance(t.value, DateValue):
        return False
    fields = t.value.fields()
    year = fields.get("year")
    if year is None or set(fields) != {"year"}:
        return False
    for names, first, last in _historical_events():
        if names.search(source_text) and (first <= year <= last or year < 100 and first % 100 <= year <= last % 100):
            return True
    return False


#: any Korean word of a time: a date, a day, a weekday, a part of the day or the week (a weekday the
#: English adds beside one of them is the translator's reading of it)
_KOREAN_TIME_WORD = re.compile(r"\d\s?일|요일|오늘|어제|내일|모레|그제|그저께|이날|당일|전날|다음\s?날|이튿날|주말|평일|그날|날|"
                               r"[월화수목금토일](?![가-힣])|지난주|이번\s?주|다음\s?주|매주|격주|주중|주간|하루|새벽|아침|저녁|밤|"
                               r"낮|오전|오후|시\b|때")
#: a weekday inside a title: "Saturday Night Live", "The Sunday Times" (a capitalised word after it, or The before)
_WEEKDAY_IN_A_NAME = re.compile(r"\s+(?!(?:Morning|Afternoon|Evening|Night)\b[^A-Z]*$)[A-Z][a-z]")
#: weekdays of names ("Black Friday", "Cyber Monday", "Super Tuesday", "Good Friday")
_NAMED_WEEKDAY = re.compile(r"\b(?:Black|Cyber|Super|Good|Ash|Holy|Maundy|Easter|Palm|Blue)\s+"
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _weekday_added(t: Quantity, source_text: str, target_text: str) -> bool:
    """A weekday alone where the Korean says no time at all (no date, day, part of the day or week:
    :data:`_KOREAN_TIME_WORD`), and not inside a title ("Black Friday", "Saturday Night Live", "The
    Sunday Times"): the English adds it, where beside a Korean date it would only name that date's day."""
    if set(t.value.fields()) != {"weekday"} or _KOREAN_TIME_WORD.search(source_text):
        return False
    in_a_name = (_NAMED_WEEKDAY.search(target_text, max(0, t.start - 8), t.end)
                 or _WEEKDAY_IN_A_NAME.match(target_text, t.end)
                 or re.search(r"\bThe\s+$", target_text[max(0, t.start - 5):t.start]))
    return not in_a_name


def _collect_extra(result: PairMatch, left_t: list, target_text: str, source_text: str = "") -> None:
    matched_t = {id(t) for _, t in result.matched}
    date_fields = set()
    for s in result.source:
        if isinstance(s.value, DateValue):
            date_fields.update(s.value.fields().values())
    # two unpaired quantities that convert each other ("25 km (15 miles)") count once
    extra_ids = {id(t) for t in left_t}
    left_t = [t for t in left_t if not (t.in_parens and _is_conversion(t, result.target, extra_ids - {id(t)}, target_text))]
    matched_low = {(t.start, t.value.year) for _, t in result.matched
                   if isinstance(t.value, DateValue) and t.range_part == "low" and t.value.year}
    source_kinds = {s.kind for s in result.source}
    source_figures = {s.numeric for s in result.source}
    if _SINO_WORD_MEASURE.search(source_text):
        source_kinds.update(("duration", "age", "measure", "currency", "percent"))  # 이 년, 사 주: may be unread
    for t in left_t:
        if not t.strong and (not _added_measure_in_words(t, source_kinds) or _spelt_figure(t) in source_figures):
            continue  # (the figure is in the source in another form: 두 번 … "two decades")
        if not t.strong and "date" in source_kinds and _RELATIVE_AFTER.match(target_text, t.end):
            continue  # "지난 25일" ↔ "three days after": a date restated as a distance
        if _is_conversion(t, result.target, matched_t, target_text):
            continue
        if (t.in_parens or t.kind == "measure") and any(_converted_agree(source, t) for source, _ in result.matched):
            continue  # "a 25-pyeong condo (about 83 square metres)": the bracket converts a matched figure;
            # a measure converted anywhere ("500 millimetres of rain — almost 20 inches") restates it too
        low = _range_low(t, result.target)
        if low is not None and low.in_parens and _is_conversion(low, result.target, matched_t, target_text):
            continue  # "8 to 11C (46 to 52F)": the high end of a converted range goes with its low end
        if isinstance(t.value, DateValue) and t.range_part == "high" and t.value.year \
                and any(year + 1 == t.value.year for _, year in matched_low):
            continue  # "2024학년도" ↔ "the 2024-25 school year": the span of a school or fiscal year
        if isinstance(t.value, DateValue) and set(t.value.fields()) == {"year"} and _RELATIVE_YEAR_KO.search(source_text):
            continue  # "지난해" ↔ "in 2023": the English states the year the source leaves relative
        if t.kind == "duration" and _relative_distance(t, source_text, target_text):
            continue  # 재작년 ↔ "two years ago", 모레 ↔ "in two days": a relative date told as a distance
        if isinstance(t.value, DateValue) and t.value.fields().keys() <= {"month", "day", "weekday", "part"} \
                and _RELATIVE_DAY_KO.search(source_text):
            continue  # "어제" ↔ "on March 3"
        if t.kind == "percent" and t.value == 100 and not source_kinds & {"percent", "multiple", "fraction"}:
            continue  # "we are 100% going": an intensifier (무조건, 꼭, 확실히), not a figure
        if t.value == 1 and re.search(r"\b(?:No|no|Number|number)\.?\s?$", target_text[:t.start]):
            continue  # "No. 1"
        if t.numeric is not None and t.numeric in date_fields:
            continue  # the year of a source date stated apart
        if isinstance(t.value, DateValue) and (t.value.weekday is not None or set(t.value.fields()) <= {"month", "part"}) \
                and not _weekday_added(t, source_text, target_text):
            continue  # a weekday or a bare month the source leaves implicit (7일 → "on Monday")
        if _written_in(t, source_text, result.source, words=False):
            continue  # the figure's digits are in the Korean (500ml를, 945hPa): read there or not, nothing is added
        if any(m is not t and m.kind == t.kind and m.value == t.value
               and (isinstance(s.value, (TimeValue, DateValue)) or isinstance(t.value, (TimeValue, DateValue)) or t.range_part)
               for s, m in result.matched):
            continue  # a time, date or range end the English says twice ("from 7 to 10 a.m. instead of 7 to 9 a.m.")
        result.extra.append(t)


def _written_in(quantity: Quantity, other_text: str, other_quantities: list[Quantity], words: bool = True) -> bool:
    """Whether the other side states ``quantity``'s figure where its grammar read no quantity
    at all: the same digits as a whole run (500ml를 ↔ "500 ml", "version 5.2.0" ↔ 5.2.0), or,
    on the English side (``words``), a number word of the same value that no quantity of the
    English covers ("a thirtyeighth-floor flat", "tripled"). Text inside a quantity the grammar
    read does not count (the 35 of "3:35" is that clock time's): the backstop is for forms the
    grammars do not know, not a way around them, and the value must be the same."""
    value = quantity.numeric
    if value is None or isinstance(quantity.value, DateValue) and set(quantity.value.fields()) != {"year"}:
        return False
    read = [q.span for q in other_quantities]
    digits = _digits_of(value)
    if digits and (value >= 10 or value != int(value)):
        for match in _DIGIT_RUN.finditer(other_text):
            if match.group().replace(",", "") == digits and not any(a <= match.start() < b for a, b in read):
                return True
    if not words:
        return False
    return any(word_value == value and not any(a <= start < b for a, b in read)
               for start, word_value in number_words(other_text))


#: a run of digits with thousands commas and a decimal part (not a version's second dot)
_DIGIT_RUN = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d,.])\d+(?:\.\d+)?(?![\d,])")


def _digits_of(value: float) -> str | None:
    if value == int(value):
        return str(int(value))
    text = f"{value:.6f}".rstrip("0")
    return text if len(text) <= 8 else None


def _range_low(t: Quantity, quantities: list[Quantity]) -> Quantity | None:
    """The low end of the range whose high end is ``t`` (the quantity just before it)."""
    if t.range_part != "high":
        return None
    before = [q for q in quantities if q.end <= t.start]
    return before[-1] if before and before[-1].range_part == "low" else None


def _added_measure_in_words(t: Quantity, source_kinds: set[str]) -> bool:
    """A figure in words with its unit ("a three-day visit", "the first in five years", "ten
    percent") where the source states no quantity of that kind: an added fact, though figures
    in words are otherwise too loose to report ("one of", "a couple")."""
    return t.kind in ("duration", "age", "measure", "currency", "percent") and isinstance(t.value, float) \
        and t.value >= 2 and t.kind not in source_kinds and not t.approx and _NUMBER_WORD_FIRST.match(t.text) is not None


#: a Sino-Korean number word before a unit (오 주, 팔 년, 삼 개월, 이백여 년, 이 피트): the Korean
#: grammar reads most of them, but not a lone ambiguous syllable (이 피트, 사 년, 일 년, 구 개월)
#: nor a glued form, so the English figure may render one the source's quantities lack
_SINO_WORD_MEASURE = re.compile(r"(?<![가-힣])[일이삼사오육칠팔구십백천]+여?\s?(?:년|개월|달|주|일|시간|분|초|세|살|"
                                r"피트|인치|마일|미터|킬로미터|킬로그램|그램|톤|달러|원|퍼센트|배)"
                                r"(?:(?![가-힣])|(?=[간동의에을를이가은는도만째]))")
_BATTING_ORDER = re.compile(r"\s?(?:타자|타순)")
_RELATIVE_AFTER = re.compile(r"\s+(?:after|ago|later|before|earlier|since|from now)\b", re.I)


def _spelt_figure(t: Quantity) -> float | None:
    """The number a quantity spells before its unit: 2 for "two decades", 3 for "three-day"."""
    from ..en.numerals import words_to_number

    match = _NUMBER_WORD_FIRST.match(t.text)
    return words_to_number(match.group()) if match else None


#: a figure spelt out in words, first word of a quantity ("three-day", "five years"; not "century", "teenage")
_NUMBER_WORD_FIRST = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                                r"seventy|eighty|ninety|hundred)\b", re.I)


def _reportable_missing(s: Quantity, target_text: str, source_text: str = "") -> bool:
    """A source quantity with no counterpart that is worth reporting."""
    if not s.strong:
        return False
    if isinstance(s.value, DateValue):
        return _date_reportable_missing(set(s.value.fields()), s, target_text, source_text)
    if isinstance(s.value, float) and s.value == 0 and s.kind != "number":
        return False  # "0도" → "freezing", "0%" → "no"
    if s.unit == "set":
        return False  # 4대 보험 → "the social insurance schemes": a set named, not a count to render
    if isinstance(s.value, float) and s.value == 1 and s.kind != "number":
        return False  # "1위" → "top", "1명" → "a man", "1년" → "a year", "1달러" → "a dollar"
    if isinstance(s.value, ScoreValue) and _SWEEP.search(target_text) and 0 in (s.value.first, s.value.second):
        return False  # 2-0 → "in straight sets / games", "a sweep"
    for pattern, kind, value, unit in _FIGURES_IN_WORDS:
        if s.kind == kind and s.numeric == value and (unit is None or s.unit == unit) and pattern.search(target_text):
            return False  # 24시간 → "round-the-clock", 1박 2일 → "an overnight trip"
    if s.kind == "number" and s.start and "가" <= source_text[s.start - 1] <= "힣" \
            and s.end < len(source_text) and "가" <= source_text[s.end] <= "힣":
        return False  # 형사14단독 (Criminal Single Division 14): a label inside a Korean word
    if s.kind in ("count", "number") and _LISTED_COUNT.search(source_text[max(0, s.start - 40):s.start]) \
            and _list_size(source_text[max(0, s.start - 40):s.start]) == s.numeric:
        return False  # 한·미·일 3국: the count of the list before it, which the English names item by item
    return True


#: English phrases that render a Korean figure in words (a documented table of conventions):
#: (pattern, kind, value, unit or None)
_FIGURES_IN_WORDS = [
    (re.compile(r"\b(?:round|around)[- ]the[- ]clock\b|\b24/7\b", re.I), "duration", 24.0, "hour"),
    (re.compile(r"\bovernight\b|\btwo-day\b|\bone[- ]night\b", re.I), "duration", 2.0, "day"),  # 1박 2일
    (re.compile(r"\bhalf[- ]and[- ]half\b|\b50-50\b|\bfifty-fifty\b|\beven odds\b", re.I), "fraction", 0.5, None),
    (re.compile(r"\bdozen\b", re.I), "count", 12.0, None),
    # 급여 100% 지급 → "full pay", 100% 환불 → "a full refund", 100% 재활용 → "entirely recycled",
    # 100% 국산 쌀만 → "only Korean rice", 100% 쌀로 → "nothing but rice"
    (re.compile(r"\b(?:full|fully|in full|entire|entirely|whole|wholly|complete|completely|total|totally|all|only|"
                r"solely|exclusively|pure|purely|nothing\s+but)\b", re.I),
     "percent", 100.0, "%"),
    # 3분기 누적 (to the end of the third quarter) → "the first three quarters"; 2학기 → "the fall semester"
    (re.compile(r"\b(?:first|past)\s+three\s+quarters\b", re.I), "ordinal", 3.0, "quarter"),
    (re.compile(r"\b(?:first|past)\s+two\s+quarters\b|\bfirst\s+half\b", re.I), "ordinal", 2.0, "quarter"),
    (re.compile(r"\b(?:fall|autumn|second)\s+(?:(?:19|20)\d\d\s+)?(?:semester|term)\b", re.I), "ordinal", 2.0,
     "semester"),
    # 2인 3각 (a race run two to a team on three legs) → "the three-legged race"
    (re.compile(r"\bthree-legged\s+race\b", re.I), "count", 2.0, "people"),
    # 2위 그룹 → "the chasing group", 2위와의 격차를 벌리다 → "stretch her lead" (over the second)
    (re.compile(r"\brunners?[- ]up\b|\bsilver\b|\bsecond place\b|\bsecond-placed\b|\bchasing\s+(?:group|pack|field)\b"
                r"|\bpursuers\b|\b(?:her|his|their|its)\s+lead\b", re.I), "ordinal", 2.0, "rank"),
    (re.compile(r"\bbronze\b|\bthird place\b", re.I), "ordinal", 3.0, "rank"),
]
#: a sweep in sets or games: the loser's 0 of a 2-0 or 3-0
_SWEEP = re.compile(r"\bstraight (?:sets|games|rounds|frames)\b|\bswept\b|\bsweep\b"
                    r"|\bwithout (?:dropping|losing|taking|winning) a (?:set|game|frame|round)\b", re.I)
#: a list of names joined by a middle dot or commas right before a count (한·미·일 3국, 한중일 3국)
_LISTED_COUNT = re.compile(r"[가-힣A-Za-z]+(?:\s?[·ㆍ,]\s?[가-힣A-Za-z]+)+\s?$")


def _list_size(before: str) -> int:
    match = _LISTED_COUNT.search(before)
    return len(re.split(r"\s?[·ㆍ,]\s?", match.group().strip())) if match else 0


#: weekdays said as a span or by what they leave out: "every day except Monday", "daily but
#: Sunday", "on weekdays", "at weekends", "seven days a week"
_WEEKDAYS_AS_A_SPAN = re.compile(r"\b(?:every\s+day|daily|all\s+week)\s*,?\s+(?:except|but|apart\s+from|other\s+than)\b"
                                 r"|\b(?:on\s+|at\s+)?week(?:days|ends)\b|\bseven\s+days\s+a\s+week\b", re.I)


def _date_reportable_missing(fields: set, s: Quantity, target_text: str, source_text: str = "") -> bool:
    """Dates translators legitimately leave implicit: a weekday for the day, "last month" …"""
    fields = fields - {"part"}  # early / mid / late goes with its month
    if fields == {"weekday"}:
        if _WEEKDAYS_AS_A_SPAN.search(target_text):
            return False  # 화요일부터 일요일까지 … 월요일은 쉽니다 → "every day except Monday"; 월~금 → "weekdays"
        return not _RELATIVE_WEEKDAY.search(target_text)  # "지난 월요일" → "earlier this week"
    if fields == {"day"} and s.value.day == 1:
        return False  # "1일" → "a day"
    if fields <= {"year"} and _RELATIVE_YEAR.search(target_text):
        return False  # "이듬해인 2020년" → "the following year"
    if fields <= {"day", "weekday"} and (_RELATIVE_DAY.search(target_text) or _ANY_WEEKDAY.search(target_text)):
        return False  # "28일(현지시간)" → "on Monday": news English names the weekday
    if fields <= {"month", "day"} and _RELATIVE_MONTH.search(target_text):
        return False  # "지난 2월" → "last month"
    if fields == {"month"} and s.range_part and re.search(r"\bquarter\b|\bhalf\b|\bQ[1-4]\b", target_text):
        return False  # "1~3월" → "the first quarter"
    if fields == {"month", "day"} and _ANY_WEEKDAY.search(target_text):
        return False  # "4월 12일" → "on Friday"
    if fields <= {"month", "day", "weekday"} and re.search(r"\b(?:today|yesterday|tomorrow|tonight)\b", target_text, re.I) \
            and not _RELATIVE_DAY_KO.search(source_text):
        return False  # "9월 19일" → "today": news English dates relative to the day it is read
    return True


@analyser("quantities")
def analyse_quantities(document, context) -> list[PairMatch]:
    """The quantity match of every pair, in link order (identical pairs share one match)."""
    by_texts: dict[tuple[str, str], PairMatch] = {}
    matches = []
    for pair in document.pairs():
        key = (pair.source_plain, pair.target_plain)  # placeholders like <2> or {0} are not numbers
        if key not in by_texts:
            # an empty target is the untranslated/omission checks' business, not a list of missing
            # figures; an English line with no source (an addition, page furniture such as
            # "© 2025 …") is the addition check's, not a list of added figures
            both_sides = key[0].strip() and key[1].strip()
            by_texts[key] = match_quantities(*key) if both_sides else match_quantities("", "")
        matches.append(by_texts[key])
    return matches
