"""The shared Quantity type: one numeric expression found in a text, normalised.

Both extractors (:mod:`tqa.ko.numerals` and :mod:`tqa.en.numerals`) return lists of
:class:`Quantity`; the number/date checks compare them by *value*, never by digit string,
so "23억6,000만 달러" and "US$2.36 billion" agree and "1억 달러" / "1 billion dollars" do not.

A quantity's ``value`` is a float for everything numeric (amounts, counts, percentages,
durations, ages, ordinals, years written alone) and a :class:`DateValue` or
:class:`TimeValue` for calendar dates and clock times. ``step`` says how precisely the
text states the value: "12.3 million" has step 100 000, "1,234만" step 10 000, so the
value is only known to ± step / 2 and rounding a translator does stays within that.
Ranges ("10~20명", "10 to 20 people") give two quantities with ``range_part`` ``low``
and ``high``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

#: The kinds a quantity can have.
KINDS = (
    "number",            # a bare amount: 1,300만, 13 million
    "count",             # a number of things: 3명, three people, 49경기
    "percent",           # 1.6%, 1.6 percent
    "percentage_point",  # 0.3%포인트, 0.3 percentage points
    "points",            # 30포인트 (index or score points), 30 points
    "currency",          # 1억 달러, $100 million (``unit`` is an ISO-like code)
    "measure",           # 160km, 3톤, 645 miles (``unit`` is a canonical unit name)
    "date",              # 2019년 4월 12일, April 12, 2019, 월요일, 1990년대 (value: DateValue)
    "time",              # 오후 3시 30분, 3:30 p.m. (value: TimeValue)
    "duration",          # 3년, 19개월, 48시간, two weeks (``unit``: year/month/week/day/hour/…)
    "age",               # 28세, 열 살, 28-year-old
    "ordinal",           # 제2차, 두 번째, second, 60th, 190위
    "multiple",          # 두 배, twice, threefold
    "fraction",          # 3분의 1, 절반, one-third, half
    "score",             # 3대 1, 3-1, 6-3 (value: ScoreValue)
)

#: temperature units: "degC" (℃, 섭씨, °C, Celsius), "degF" (℉, 화씨, °F, Fahrenheit) and "degree"
#: (도, "degrees", °: the scale is not stated, so either reading may be meant)
TEMPERATURE_UNITS = ("degC", "degF", "degree")

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DateValue:
    """A calendar date as far as the text states it; any field may be missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None   # 0 = Monday … 6 = Sunday
    decade: int | None = None    # 1990 for "1990년대" / "the 1990s"
    century: int | None = None   # 21 for "21세기" / "the 21st century"
    part: int | None = None      # of a month: 1 early (초순), 2 middle (중순), 3 late (하순, 말)

    def fields(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in
                ("year", "month", "day", "weekday", "decade", "century", "part")
                if getattr(self, name) is not None}

    def conflicts(self, other: "DateValue") -> list[str]:
        """Fields both dates state with different values."""
        mine, theirs = self.fields(), other.fields()
        return [name for name in mine if name in theirs and mine[name] != theirs[name]]

    def shares(self, other: "DateValue") -> list[str]:
        """Fields both dates state (agreeing or not)."""
        theirs = other.fields()
        return [name for name in self.fields() if name in theirs]

    def implied_weekday(self) -> int | None:
        """The weekday of a full year-month-day date."""
        if self.year and self.month and self.day:
            import datetime

            try:
                return datetime.date(self.year, self.month, self.day).weekday()
            except ValueError:
                return None
        return None

    def english(self) -> str:
        """The date written the way an English news text would: "April 12, 2019"."""
        parts = []
        if self.weekday is not None:
            parts.append(WEEKDAY_NAMES[self.weekday] + ("," if self.month else ""))
        if self.month and self.day:
            parts.append(f"{MONTH_NAMES[self.month - 1]} {self.day}" + ("," if self.year else ""))
        elif self.month:
            parts.append(MONTH_PARTS.get(self.part, "") + MONTH_NAMES[self.month - 1])
        elif self.day:
            parts.append(f"the {ordinal_suffix(self.day)}")
        if self.year:
            parts.append(str(self.year))
        if self.decade is not None:
            parts.append(f"the {self.decade}s")
        if self.century is not None:
            parts.append(f"the {ordinal_suffix(self.century)} century")
        return " ".join(parts)


#: how the English writes a part of a month before its name
MONTH_PARTS = {1: "early ", 2: "mid-", 3: "late "}


@dataclass(frozen=True)
class TimeValue:
    """A clock time; ``meridiem_known`` is False for "11시" / "11:00" (could be a.m. or p.m.)."""

    hour: int
    minute: int = 0
    meridiem_known: bool = True

    def agrees(self, other: "TimeValue") -> bool:
        if self.minute != other.minute:
            return False
        if self.meridiem_known and other.meridiem_known:
            return self.hour % 24 == other.hour % 24
        return self.hour % 12 == other.hour % 12

    def english(self) -> str:
        if not self.meridiem_known:
            return f"{self.hour}:{self.minute:02d}"
        hour = self.hour % 12 or 12
        return f"{hour}:{self.minute:02d} {'a.m.' if self.hour % 24 < 12 else 'p.m.'}"


@dataclass(frozen=True)
class ScoreValue:
    """A sports score "3대 1" / "3-1": compared as an unordered pair (a translator may name the
    loser first: "3대 1로 이겼다" ↔ "lost 1-3")."""

    first: int
    second: int

    def agrees(self, other: "ScoreValue") -> bool:
        return sorted((self.first, self.second)) == sorted((other.first, other.second))

    def english(self) -> str:
        return f"{self.first}-{self.second}"


#: duration units → (scale, factor to the scale's base): clock units convert exactly among
#: themselves (90 minutes = an hour and a half), calendar units among themselves (2년 7개월 =
#: 31 months); a month is no fixed number of days, so the two scales never convert
DURATION_BASE = {
    "second": ("clock", 1.0), "minute": ("clock", 60.0), "hour": ("clock", 3600.0),
    "day": ("clock", 86400.0), "night": ("clock", 86400.0), "week": ("clock", 604800.0), "fortnight": ("clock", 1209600.0),
    "month": ("calendar", 1.0), "quarter": ("calendar", 3.0), "year": ("calendar", 12.0),
    "decade": ("calendar", 120.0),
}


def in_parentheses(text: str, start: int) -> bool:
    """``start`` stands inside an open round bracket of ``text`` ("105 mph (165 km/h)", "the Imjin
    War (1592–98)"): the last "(" before it is not yet closed."""
    before = text[:start]
    return before.rfind("(") > before.rfind(")")


def duration_base(quantity: "Quantity") -> tuple[str, float] | None:
    """A duration's scale and value in the scale's base unit (seconds or months)."""
    if quantity.kind != "duration" or not isinstance(quantity.value, float):
        return None
    base = DURATION_BASE.get(quantity.unit or "")
    if base is None:
        return None
    return base[0], quantity.value * base[1]


@dataclass(frozen=True)
class Quantity:
    """One numeric expression of a text."""

    value: float | DateValue | TimeValue
    kind: str
    span: tuple[int, int]
    text: str
    unit: str | None = None
    #: an approximation word is attached (약, 여, 가량, about, some, roughly …)
    approx: bool = False
    #: "min" (이상, at least, more than), "max" (이하, 미만, up to, less than) or None
    bound: str | None = None
    #: the value is known to ± step / 2 (see module docstring)
    step: float = 1.0
    #: written with digits or a scale word (worth reporting when missing); False for
    #: small number words (한 명, "one", "a dozen") translators freely rephrase
    strong: bool = True
    #: "low" / "high" when the quantity is one end of a range
    range_part: str | None = None
    #: the expression sits inside parentheses (a conversion or a gloss)
    in_parens: bool = False
    #: "10여 명", "ten-odd", "a dozen-odd": the value and some more, up to the next round step
    odd: bool = False
    #: a count that points back to one the text has stated (이 3가지 방법, 그 5명, 5명 모두):
    #: the translation may leave it to "these", "they", "all of them"; its absence is reported
    #: at severity info only, a different number the translation gives is still a mismatch
    anaphoric: bool = False

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    @property
    def numeric(self) -> float | None:
        """The value as a number when it has one (a year alone, a day alone count too)."""
        if isinstance(self.value, float):
            return self.value
        if isinstance(self.value, DateValue):
            fields = self.value.fields()
            if len(fields) == 1:
                (name, number), = fields.items()
                if name in ("year", "day", "century"):
                    return float(number)
                if name == "decade":
                    return float(number)
        return None

    def tolerance(self) -> float:
        """Half the precision step, widened to the leading digit when approximate."""
        step = self.step
        if self.approx and isinstance(self.value, float) and self.value:
            step = max(step, significant_step(self.value))
        return step / 2


#: a duration followed by 씩 (each)
_RATE_AFTER = re.compile(r"\s?씩")
#: Korean words that are the base of a rate, not a duration of their own (하루 4시간씩 "four hours
#: a day"); also read by the Korean grammar (:mod:`tqa.ko.numerals`)
RATE_BASES = frozenset({"하루", "매일", "주당", "일주일", "한 달", "매달", "매년", "한 해"})


def joined_duration(text: str, previous: "Quantity", quantity: "Quantity", gap) -> "Quantity | None":
    """The one duration that two adjacent durations of one scale make, largest unit first and
    ``gap`` (a compiled pattern) between them: 2년 7개월 → 31 months, "two hours and five
    minutes" → 125 minutes; None when they are not such a pair. Both languages' extractors
    use it."""
    if not (previous.kind == "duration" and quantity.kind == "duration"
            and isinstance(previous.value, float) and isinstance(quantity.value, float)
            and previous.unit in DURATION_BASE and quantity.unit in DURATION_BASE
            and previous.range_part is None
            and DURATION_BASE[previous.unit][0] == DURATION_BASE[quantity.unit][0]
            and DURATION_BASE[previous.unit][1] > DURATION_BASE[quantity.unit][1]
            and gap.fullmatch(text[previous.end:quantity.start])):
        return None
    if previous.text in RATE_BASES or (_RATE_AFTER.match(text, quantity.end) and previous.value == 1):
        # 하루 4시간씩, 1일 4시간씩, "four hours a day": a rate per day, not 1 day and 4 hours
        # (3시간 30분씩 is one duration taken each time)
        return None
    factor = DURATION_BASE[previous.unit][1] / DURATION_BASE[quantity.unit][1]
    return Quantity(previous.value * factor + quantity.value, "duration", (previous.start, quantity.end),
                    text[previous.start:quantity.end], unit=quantity.unit,
                    approx=previous.approx or quantity.approx, bound=previous.bound or quantity.bound,
                    step=quantity.step, strong=previous.strong or quantity.strong, in_parens=previous.in_parens)


def significant_step(value: float) -> float:
    """The place value of the last non-zero digit: 3,000 → 1,000; 1,230 → 10; 2.5 → 0.1."""
    value = abs(value)
    if value == 0:
        return 1.0
    for exponent in range(15, -7, -1):
        place = 10.0 ** exponent
        if place > value * 10:
            continue
        scaled = value / place
        if abs(scaled - round(scaled)) < 1e-6 * max(1.0, scaled):
            return place
    return 10.0 ** -6


def values_agree(source: Quantity, target: Quantity) -> bool:
    """The target states the source's value, within the rounding a translator may do.

    The target may round the source to its own precision ("1,234만" → "12.3 million",
    "about 12 million"); it may not be *less* exact than the source says ("2억" is not
    "150 million", even though 2억 has one significant figure). An approximation word on
    either side lets the target round at its last non-zero digit ("약 1,234만" → "some 12
    million") but never changes a digit it states ("약 10만" is not "about 100,600").
    """
    x, y = source.numeric, target.numeric
    if x is None or y is None:
        return False
    tolerance = target.step / 2
    if (source.approx or target.approx) and x and y:
        # "약 1,234만" may become "some 12 million" — rounded at the target's last non-zero
        # digit, but never coarser than the source's first two digits ("약 750만" is not
        # "about 10 million")
        two_digits = 10.0 ** (math.floor(math.log10(abs(x))) - 1)
        tolerance = max(tolerance, min(significant_step(y), two_digits) / 2)
    # strictly inside half a step: "1" does not stand for 1.5, "14 million" not for 1,350만
    return abs(x - y) < tolerance * (1 - 1e-9) or abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


# --- English rendering of a value (used for suggestions) -------------------------------

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_CURRENCY_WORDS = {"USD": "dollars", "KRW": "won", "JPY": "yen", "CNY": "yuan", "EUR": "euros",
                   "GBP": "pounds", "cent": "cents", "penny": "pence"}


_PLURALS = {"foot": "feet", "inch": "inches", "sq mile": "square miles", "sq foot": "square feet",
            "m2": "square meters", "km2": "square kilometers"}
_COUNTABLE_UNITS = {"mile", "yard", "liter", "gallon", "barrel", "ton", "acre", "hectare", "degree", "knot",
                    "pound", "year", "month", "week", "day", "hour", "minute", "second", "night", "decade",
                    "pixel", "quarter", "semester"}


def _unit_words(unit: str, value: float) -> str:
    """"mile" → "miles", "foot" → "feet"; abbreviations (km, kW, km/h) stay as they are."""
    if value == 1:
        return {"m2": "square meter", "km2": "square kilometer"}.get(unit, unit)
    if unit in _PLURALS:
        return _PLURALS[unit]
    return unit + "s" if unit in _COUNTABLE_UNITS else unit


def _roman(number: int) -> str:
    out = ""
    for size, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= size:
            out, number = out + letters, number - size
    return out


def format_number(value: float) -> str:
    """100000000 → "100 million"; 2360000000 → "2.36 billion"; 13500 → "13,500"."""
    for scale, word in _SCALES:
        if abs(value) >= scale:
            scaled = value / scale
            text = f"{scaled:.6f}".rstrip("0").rstrip(".")
            return f"{text} {word}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


_DENOMINATORS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"), 5: ("fifth", "fifths"),
                 6: ("sixth", "sixths"), 8: ("eighth", "eighths"), 10: ("tenth", "tenths")}
_SMALL_NUMERATORS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def _fraction_words(value: float) -> str | None:
    """0.25 → "a quarter", 0.333… → "a third", 0.75 → "three quarters"; None for other values."""
    for denominator, (one, many) in _DENOMINATORS.items():
        numerator = round(value * denominator)
        if 0 < numerator < denominator and abs(value - numerator / denominator) < 1e-6:
            return f"a {one}" if numerator == 1 else f"{_SMALL_NUMERATORS[numerator]} {many}"
    return None


#: English names of the periods that both languages name by a word (kind "date", the unit their
#: sort, the value an offset from now or a position: :data:`tqa.analyse.quantities.NAMED_PERIODS`)
PERIOD_NAMES = {
    "relative_day": {-3: "three days ago", -2: "the day before yesterday", -1: "yesterday", 0: "today",
                     1: "tomorrow", 2: "the day after tomorrow", 3: "in three days"},
    "relative_week": {-1: "last week", 0: "this week", 1: "next week"},
    "relative_month": {-1: "last month", 0: "this month", 1: "next month"},
    "relative_year": {-2: "the year before last", -1: "last year", 0: "this year", 1: "next year",
                      2: "the year after next"},
    "half_year": {1: "the first half", 2: "the second half"},
    "month_part": {1: "early in the month", 2: "the middle of the month", 3: "late in the month"},
    "season": {1: "spring", 2: "summer", 3: "autumn", 4: "winter"},
}

#: a fraction in figures (5/2, 3/4), read alike on both sides
SLASH_FRACTION = re.compile(r"(?<![\d/.,])(?P<n>\d)/(?P<d>\d{1,2})(?![\d/])")


def english_rendering(quantity: Quantity) -> str:
    """The quantity as correct English: "100 million dollars", "1.6 percent", "April 12, 2019"."""
    value = quantity.value
    if isinstance(value, (DateValue, TimeValue, ScoreValue)):
        return value.english()
    number = format_number(value)
    kind, unit = quantity.kind, quantity.unit
    if kind == "currency" and unit:
        return f"{number} {_CURRENCY_WORDS.get(unit, unit)}"
    if kind == "percent":
        return f"{number} percent"
    if kind == "percentage_point":
        return f"{number} percentage points"
    if kind == "points":
        return f"{number} points"
    if unit in PERIOD_NAMES:
        return PERIOD_NAMES[unit][int(value)]
    if kind == "ordinal" and unit == "from_bottom":
        return f"{ordinal_suffix(int(value))} from the bottom"
    if kind == "ordinal" and unit == "round":
        return {2: "the final", 4: "the semi-finals", 8: "the quarter-finals"}.get(int(value), f"the round of {int(value)}")
    if kind == "ordinal" and unit == "regnal":
        return _roman(int(value)) if value == int(value) and 0 < value < 40 else number
    if kind == "ordinal" and unit == "generation":
        return f"{ordinal_suffix(int(value))} generation"
    if kind == "age" and unit == "decade":
        return f"in their {number}s"  # 40대: an age band
    if kind == "age":
        return f"{number} years old"
    if kind == "ordinal":
        return ordinal_suffix(int(value)) if value == int(value) else number
    if kind == "multiple":
        return f"{number} times"
    if kind == "fraction":
        return _fraction_words(value) or number
    if kind == "measure" and unit in ("degC", "degF"):
        return f"{number}°{unit[-1]}"
    if kind in ("measure", "duration") and unit:
        return f"{number} {_unit_words(unit, value)}"
    if kind == "count" and unit and unit != "set":  # a set (4대 보험) says its size alone
        return f"{number} {unit}"
    return number
