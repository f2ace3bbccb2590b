"""Property tests: amounts rendered in Korean and in English by two formatters written
here, independently of the library, always match; a changed digit never does. Plus fuzzing
of both extractors (no crash, spans point at their text)."""
from __future__ import annotations

import datetime

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from tqa.checks import numbers  # noqa: F401
from tqa.analyse.quantities import match_quantities
from tqa.checks.registry import RULES
from tqa.checks.runner import CheckContext, run_checks
from tqa.document import Document, Link, Segment
from tqa.en.numerals import extract_quantities as extract_english
from tqa.ko.numerals import extract_quantities as extract_korean

NUMBER_RULES = [rule for rule in RULES.values() if rule.check in ("number", "date")]
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


# --- two independent formatters ---------------------------------------------------------

def korean_amount(amount: int, thousands_words: bool, spaced: bool) -> str:
    """2360000000 → "23억6,000만"; with ``thousands_words`` 30000000 → "3천만"."""
    parts = []
    for unit, size in (("조", 10**12), ("억", 10**8), ("만", 10**4), ("", 1)):
        part = amount // size % 10**4
        if not part:
            continue
        if thousands_words and part % 1000 == 0:
            text = f"{part // 1000}천"
        elif thousands_words and part % 100 == 0 and part < 1000:
            text = f"{part // 100}백"
        else:
            text = f"{part:,}"
        parts.append(text + unit)
    return (" " if spaced else "").join(parts)


def english_amount(amount: int) -> str:
    """2360000000 → "2.36 billion"; 13500 → "13,500" (always exact)."""
    for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if amount >= size:
            whole, rest = divmod(amount, size)
            decimals = f"{rest:0{len(str(size)) - 1}d}".rstrip("0")
            return f"{whole}.{decimals} {word}" if decimals else f"{whole} {word}"
    return f"{amount:,}"


# amounts a translator meets: a few significant digits at any scale
amounts = st.builds(lambda digits, scale: digits * 10**scale,
                    st.integers(min_value=1, max_value=99999), st.integers(min_value=0, max_value=9))
units = st.sampled_from([("달러", "dollars"), ("원", "won"), ("명", "people"), ("유로", "euros")])


def issues(source: str, target: str):
    document = Document(None, None, source, target, [Segment(0, source, 0, len(source))],
                        [Segment(0, target, 0, len(target))], [Link((0,), (0,))])
    return run_checks(document, NUMBER_RULES, CheckContext(fast=True))


@settings(max_examples=300, deadline=None)
@given(amounts, units, st.booleans(), st.booleans())
@example(5 * 10**12, ("명", "people"), False, False)  # 5조명: a count in trillions, not Article 5 + 명
def test_same_amount_always_matches(amount, unit, thousands_words, spaced):
    korean = korean_amount(amount, thousands_words, spaced)
    english = english_amount(amount)
    source = f"지난해 수입은 {korean}{unit[0]}이었다."
    target = f"Last year the income was {english} {unit[1]}."
    assert issues(source, target) == [], (source, target)


def change_digit(text: str, position: int, new_digit: str) -> str:
    return text[:position] + new_digit + text[position + 1:]


@settings(max_examples=300, deadline=None)
@given(amounts, units, st.data())
def test_changed_english_digit_never_matches(amount, unit, data):
    english = english_amount(amount)
    positions = [i for i, c in enumerate(english) if c.isdigit()]
    position = data.draw(st.sampled_from(positions))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != english[position]]))
    assume(not (position == 0 and new == "0"))
    source = f"지난해 수입은 {korean_amount(amount, False, False)}{unit[0]}이었다."
    target = f"Last year the income was {change_digit(english, position, new)} {unit[1]}."
    assert any(issue.check == "number" for issue in issues(source, target)), (source, target)


@settings(max_examples=300, deadline=None)
@given(amounts, units, st.booleans(), st.data())
def test_changed_korean_digit_never_matches(amount, unit, thousands_words, data):
    korean = korean_amount(amount, thousands_words, False)
    # non-zero digits: the exact English states every one of them
    positions = [i for i, c in enumerate(korean) if c.isdigit() and c != "0"]
    position = data.draw(st.sampled_from(positions))
    new = data.draw(st.sampled_from([d for d in "123456789" if d != korean[position]]))
    source = f"지난해 수입은 {change_digit(korean, position, new)}{unit[0]}이었다."
    target = f"Last year the income was {english_amount(amount)} {unit[1]}."
    assert any(issue.check == "number" for issue in issues(source, target)), (source, target)


dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31))


@settings(max_examples=200, deadline=None)
@given(dates, st.booleans(), st.booleans())
def test_same_date_always_matches(date, day_first, keep_year):
    source = f"협정은 {date.year}년 {date.month}월 {date.day}일 서명됐다."
    year = f" {date.year}" if keep_year else ""
    if day_first:
        target = f"The accord was signed on {date.day} {MONTHS[date.month - 1]}{year}."
    else:
        target = f"The accord was signed on {MONTHS[date.month - 1]} {date.day}{',' + year if year else ''}."
    assert issues(source, target) == [], (source, target)


@settings(max_examples=200, deadline=None)
@given(dates, st.integers(min_value=1, max_value=11))
def test_changed_month_never_matches(date, shift):
    month = (date.month - 1 + shift) % 12
    source = f"협정은 {date.year}년 {date.month}월 {date.day}일 서명됐다."
    target = f"The accord was signed on {MONTHS[month]} {date.day}, {date.year}."
    assert any(issue.rule == "TQA140" for issue in issues(source, target)), (source, target)


# --- unit conversions: Celsius → Fahrenheit, metric → imperial ---------------------------

def korean_celsius(celsius: int, form: int) -> str:
    """-5 → "영하 5도" / "-5℃" / "섭씨 영하 5도"; 32 → "32℃" / "섭씨 32도"."""
    if celsius < 0:
        return (f"영하 {-celsius}도", f"{celsius}℃", f"섭씨 영하 {-celsius}도")[form]
    return (f"{celsius}도", f"{celsius}℃", f"섭씨 {celsius}도")[form]


def english_fahrenheit(fahrenheit: int, form: int) -> str:
    if fahrenheit < 0 and form == 0:
        return f"minus {-fahrenheit} degrees Fahrenheit"
    return (f"{fahrenheit} degrees Fahrenheit", f"{fahrenheit}°F", f"{fahrenheit} °F")[form]


celsius_values = st.integers(min_value=-30, max_value=45)
forms = st.integers(min_value=0, max_value=2)


@settings(max_examples=200, deadline=None)
@given(celsius_values, forms, forms)
def test_celsius_converted_to_fahrenheit_always_matches(celsius, korean_form, english_form):
    fahrenheit = int(celsius * 9 / 5 + 32 + (0.5 if celsius * 9 / 5 + 32 >= 0 else -0.5))  # round half away
    source = f"오늘 서울의 기온은 {korean_celsius(celsius, korean_form)}였다."
    target = f"Seoul's temperature today was {english_fahrenheit(fahrenheit, english_form)}."
    assert issues(source, target) == [], (source, target)


@settings(max_examples=200, deadline=None)
@given(celsius_values, forms, forms, st.sampled_from([-20, -10, -3, -2, 2, 3, 10, 20]))
def test_wrong_fahrenheit_never_matches(celsius, korean_form, english_form, error):
    fahrenheit = round(celsius * 9 / 5 + 32) + error
    source = f"오늘 서울의 기온은 {korean_celsius(celsius, korean_form)}였다."
    target = f"Seoul's temperature today was {english_fahrenheit(fahrenheit, english_form)}."
    # the Celsius figure copied into a Fahrenheit text is a unit error, anything else a wrong value
    expected = "TQA105" if fahrenheit == celsius else "TQA101"
    assert [issue.rule for issue in issues(source, target)] == [expected], (source, target)


#: (Korean unit, English unit, how many English units one Korean unit is) — factors written here
METRIC_TO_IMPERIAL = [("km", "miles", 1 / 1.609344), ("kg", "pounds", 2.2046226), ("평", "square meters", 3.3058),
                      ("평", "square feet", 35.583), ("㎡", "square feet", 10.7639), ("cm", "inches", 1 / 2.54)]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=10, max_value=5000), st.sampled_from(METRIC_TO_IMPERIAL))
def test_metric_converted_to_imperial_always_matches(amount, conversion):
    korean_unit, english_unit, factor = conversion
    source = f"그 물건의 크기는 {amount:,}{korean_unit}이다." if korean_unit != "kg" else f"그의 몸무게는 {amount:,}kg이다."
    verb = "weighs" if korean_unit == "kg" else "measures"
    target = f"It {verb} {round(amount * factor):,} {english_unit}."
    assert issues(source, target) == [], (source, target)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=10, max_value=5000), st.sampled_from(METRIC_TO_IMPERIAL),
       st.sampled_from([0.8, 0.9, 1.1, 1.25, 2.0]))
def test_wrong_imperial_figure_never_matches(amount, conversion, error):
    korean_unit, english_unit, factor = conversion
    source = f"그 물건의 크기는 {amount:,}{korean_unit}이다." if korean_unit != "kg" else f"그의 몸무게는 {amount:,}kg이다."
    verb = "weighs" if korean_unit == "kg" else "measures"
    wrong = round(amount * factor * error)
    assume(abs(wrong - amount * factor) > 1)  # a real error, not a rounding of a small figure
    target = f"It {verb} {wrong:,} {english_unit}."
    assert [issue.rule for issue in issues(source, target)] == ["TQA101"], (source, target)


# --- fuzzing ----------------------------------------------------------------------------

korean_noise = st.text(alphabet=st.sampled_from(list("0123456789,.~-%:() 년월일시분억만천백십조원달러명개약여이상한두세열번째첫분의요℃℉도섭씨화영하평")),
                       max_size=40)
english_noise = st.lists(st.sampled_from(list("0123456789,.-%:$() ") +
                                         ["one ", "two ", "hundred ", "million ", "April ", "May ", "percent ",
                                          "about ", "the ", "a ", "dozen ", "third ", "Monday ", "p.m. ",
                                          "years ", "km ", "degrees ", "°F ", "°C ", "minus ", "below zero ",
                                          "in the 90s ", "mid-", "temperatures ", "feet ", "inches ",
                                          "Fahrenheit "]), max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(korean_noise)
def test_korean_extractor_never_crashes_and_spans_hold(text):
    for quantity in extract_korean(text):
        assert text[quantity.start:quantity.end] == quantity.text


@settings(max_examples=300, deadline=None)
@given(english_noise)
def test_english_extractor_never_crashes_and_spans_hold(text):
    for quantity in extract_english(text):
        assert text[quantity.start:quantity.end] == quantity.text


@settings(max_examples=200, deadline=None)
@given(korean_noise, english_noise)
def test_matching_never_crashes(source, target):
    match = match_quantities(source, target)
    assert len(match.matched) <= min(len(match.source), len(match.target))


#: pieces the Korean grammar's digit-free and guarded passes read (no sentence of the shared sets)
_KO_PIECES = ["수백", "수천만", "일주일", "한 주일", "보름", "&#x", "&#", "44032;", "분의", "삼분의 일", "절반", "하루",
              "이틀", "정오", "자정", "세 명", "두 번째", "첫째", "월요일", "(화)", "열두 살", "천만", "백만 원", "3", "７",
              "٣", "2024.5.1", "9/11", "3·1", "(34)", "2세", "3대 1", "6-3", "경기", "년", "월", "일", " ", ", ", "·", "x",
              "오후 ", "시", "분", "할", "푼", "리", "'", "-", ":"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_KO_PIECES), max_size=10).map("".join))
def test_the_korean_grammars_digit_guard_loses_nothing(text):
    """The Korean grammar skips the passes whose patterns need a digit on a text without one;
    with the guard forced open (every text "has a digit") it must read the same quantities."""
    import re

    import tqa.ko.numerals as numerals

    guarded = numerals._extract.__wrapped__(text)
    saved = numerals._ANY_DIGIT
    numerals._ANY_DIGIT = re.compile("")
    try:
        assert numerals._extract.__wrapped__(text) == guarded
    finally:
        numerals._ANY_DIGIT = saved


_UNIT_PIECES = ["5", " ", "-", "km", "KM", "Km/h", "mph", "million", "m", "percent", "%", "dollars", "Dollars", "years",
                "kg", "tons", "°C", "degrees", "points", "people", "a", "per", "cent", "square", "miles", "feet", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_UNIT_PIECES), max_size=8).map("".join), st.integers(0, 40))
def test_the_one_unit_alternation_answers_as_the_list_in_order(text, position):
    """unit_after matches one alternation of every unit pattern; it must answer as trying
    the patterns one by one in their order (the first that matches wins)."""
    from tqa.en import numerals

    position = min(position, len(text))
    expected = None
    for pattern, kind, unit in numerals._UNIT_RE:
        match = pattern.match(text, position)
        if match:
            expected = (kind, unit, match.end())
            break
    assert numerals.unit_after(text, position) == expected


_CLOCK_PIECES = ["half", "quarter", "a quarter", "twenty", "five", "FIVE", "fıve", "fİve", "ſix", "ſeven", "Kten",
                 "past", "after", "to", "one", "twelve", " ", "-", "thirty", "fifteen", "in the morning", "at night",
                 "p.m.", "am", "o'clock", "3", ":", "45", "beat", "won", "in the", "90s", "°", "hot", "semi-final",
                 "semifinal", "wins", "ſets", "Scores", "6-3", "3-1", "1990's", "the 80s", "2:05:30"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CLOCK_PIECES), max_size=9).map(" ".join))
@example("half past fıve")
@example("ſix in the morning")
@example("a quarter to ſeven")
def test_the_clock_words_hour_gate_loses_nothing(text):
    """Clock words ("half past five") are read only when the text has a digit or an hour
    word among its lower-cased words, sports words (scores) only with one of them, or
    either when a letter (ı, İ, ſ, K) a case-insensitive pattern reads as an ASCII one
    occurs; with those gates forced open the grammar must read the same."""
    import tqa.en.numerals as numerals

    gated = numerals._extract.__wrapped__(text)  # no KeyError: the tables read "fıve" as "five"
    saved = numerals._ascii_case
    numerals._ascii_case = lambda _text: False
    try:
        assert numerals._extract.__wrapped__(text) == gated
    finally:
        numerals._ascii_case = saved
