"""Korean and English numeric expressions → Quantity (value, kind, unit, approximation, span).

Every sentence here was written for these tests.
"""
from __future__ import annotations

import pytest

from tqa.en.numerals import extract_quantities as extract_english
from tqa.en.numerals import words_to_number
from tqa.ko.numerals import extract_quantities as extract_korean
from tqa.quantity import DateValue, Quantity, ScoreValue, TimeValue, english_rendering, format_number


def only(quantities: list[Quantity]) -> Quantity:
    assert len(quantities) == 1, [(q.text, q.kind, q.value) for q in quantities]
    return quantities[0]


# --- Korean --------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, kind, unit", [
    ("회사는 1억 달러를 투자했다.", 1e8, "currency", "USD"),
    ("수출액은 23억6,000만달러였다.", 2.36e9, "currency", "USD"),
    ("예산은 23억 6000만 달러로 늘었다.", 2.36e9, "currency", "USD"),
    ("이 사업에 3천만 원이 들었다.", 3e7, "currency", "KRW"),
    ("5백 개의 상자가 도착했다.", 500, "count", None),
    ("승객 1,300만 명이 이용했다.", 1.3e7, "count", "people"),
    ("천만 건의 기록이 남았다.", 1e7, "count", "cases"),
    ("인구는 1억 4천 2백만 명이다.", 1.42e8, "count", "people"),
    ("그는 37만 5,000달러를 받았다.", 375000, "currency", "USD"),
    ("총 22 억 5 천만 명이 산다.", 2.25e9, "count", "people"),
    ("가격은 1.5억 원이다.", 1.5e8, "currency", "KRW"),
    ("물가가 1.6% 올랐다.", 1.6, "percent", "%"),
    ("금리가 10퍼센트에 달했다.", 10, "percent", "%"),
    ("실업률이 0.3%포인트 내렸다.", 0.3, "percentage_point", "pp"),
    ("격차가 2%p 줄었다.", 2, "percentage_point", "pp"),
    ("지수가 30포인트 올랐다.", 30, "points", "index"),
    ("그는 30포인트를 얻었다.", 30, "points", "points"),
    ("매일 280만 배럴을 생산한다.", 2.8e6, "measure", "barrel"),
    ("시속 160km로 달렸다.", 160, "measure", "km/h"),
    ("무게가 5톤인 바위.", 5, "measure", "ton"),
    ("면적은 30평이다.", 30, "measure", "pyeong"),
    ("엔화로 500엔을 냈다.", 500, "currency", "JPY"),
    ("그 회사는 200억 위안을 벌었다.", 2e10, "currency", "CNY"),
    ("벌금은 300유로였다.", 300, "currency", "EUR"),
    ("그는 100파운드를 냈다.", 100, "currency", "GBP"),
    ("그는 49경기에 출전했다.", 49, "count", "games"),
    ("28세인 선수가 합류했다.", 28, "age", "year"),
    ("그는 3년 동안 일했다.", 3, "duration", "year"),
    ("19개월 만에 최고치다.", 19, "duration", "month"),
    ("2주 뒤에 만난다.", 2, "duration", "week"),
    ("48시간 안에 답하라.", 48, "duration", "hour"),
    ("제2차 회의가 열렸다.", 2, "ordinal", None),
    ("그는 190위에 올랐다.", 190, "ordinal", "rank"),
    ("매출이 두 배로 늘었다.", 2, "multiple", None),
])
def test_korean_amounts(text, value, kind, unit):
    quantity = only(extract_korean(text))
    assert quantity.value == pytest.approx(value)
    assert (quantity.kind, quantity.unit) == (kind, unit)
    assert text[quantity.start:quantity.end] == quantity.text


@pytest.mark.parametrize("text, value, kind", [
    ("한 명이 다쳤다.", 1, "count"),
    ("세 차례 회의했다.", 3, "count"),
    ("열 살 소녀가 이겼다.", 10, "age"),
    ("스무 살이 되었다.", 20, "age"),
    ("열두 명이 모였다.", 12, "count"),
    ("두 번째 시도였다.", 2, "ordinal"),
    ("첫째 이유는 비용이다.", 1, "ordinal"),
    ("전체의 3분의 1이 찬성했다.", 1 / 3, "fraction"),
    ("삼 분의 일이 남았다.", 1 / 3, "fraction"),
    ("절반이 반대했다.", 0.5, "fraction"),
])
def test_korean_number_words(text, value, kind):
    quantity = only(extract_korean(text))
    assert quantity.value == pytest.approx(value)
    assert quantity.kind == kind
    assert not quantity.strong  # word numbers are rephrased freely by translators


@pytest.mark.parametrize("text, approx, bound", [
    ("약 1,300만 명", True, None),
    ("100여 명", True, None),
    ("1만여 명", True, None),
    ("30명가량", True, None),
    ("5시쯤", True, None),
    ("10% 안팎", True, None),
    ("20명 이상", False, "min"),
    ("80명이 넘는", False, "min"),
    ("5톤 이하", False, "max"),
    ("10개 미만", False, "max"),
    ("최대 5톤", False, "max"),
    ("최소 3명", False, "min"),
])
def test_korean_approximation_and_bounds(text, approx, bound):
    quantity = only(extract_korean(text))
    assert (quantity.approx, quantity.bound) == (approx, bound)


def test_korean_dates_merge_into_one_value():
    date = only(extract_korean("그는 2019년 4월 12일 월요일에 도착했다."))
    assert date.value == DateValue(year=2019, month=4, day=12, weekday=0)
    assert date.text == "2019년 4월 12일 월요일"
    assert only(extract_korean("2019.4.12 발표")).value == DateValue(2019, 4, 12)
    assert only(extract_korean("'19년 봄")).value == DateValue(year=2019)
    assert only(extract_korean("1990년대 초")).value == DateValue(decade=1990)
    assert only(extract_korean("21세기의 과제")).value == DateValue(century=21)
    assert only(extract_korean("지난 12일 열린 회의")).value == DateValue(day=12)
    assert only(extract_korean("4월 12일(월) 개최")).value == DateValue(month=4, day=12, weekday=0)


def test_korean_year_range_expands_the_short_year():
    low, high = extract_korean("1950~53년 전쟁")
    assert (low.value, high.value) == (DateValue(year=1950), DateValue(year=1953))
    assert (low.range_part, high.range_part) == ("low", "high")


def test_korean_times():
    assert only(extract_korean("오후 3시 30분에 만났다.")).value == TimeValue(15, 30, True)
    assert only(extract_korean("11시 20분에 시작")).value == TimeValue(11, 20, False)
    assert only(extract_korean("3시 반에 끝났다")).value == TimeValue(3, 30, False)
    assert only(extract_korean("회의는 15:30에 시작")).value == TimeValue(15, 30, True)


def test_korean_ranges_share_the_unit():
    low, high = extract_korean("10~20명이 다쳤다.")
    assert (low.value, low.kind, low.unit, low.range_part) == (10, "count", "people", "low")
    assert (high.value, high.range_part) == (20, "high")


@pytest.mark.parametrize("text", [
    "세계에서 가장 큰 기억 장치", "서울시장이 말했다", "억만장자가 됐다",
    "HER2 단백질", "SS19 컬렉션", "시간이 없다", "세계 경제", "한국 정부",
])
def test_korean_non_numbers_are_ignored(text):
    assert extract_korean(text) == []


def test_korean_article_number_is_not_a_trillion():
    quantity = only(extract_korean("헌법 제247조에 따라"))
    assert quantity.value == 247 and quantity.kind == "ordinal"


def test_korean_step_records_precision():
    assert only(extract_korean("1,234만 명")).step == 1e4
    assert only(extract_korean("23억 달러")).step == 1e8
    assert only(extract_korean("3천만 원")).step == 1e7


# --- English -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, kind, unit", [
    ("It lent 100 million dollars.", 1e8, "currency", "USD"),
    ("Exports hit US$2.36 billion.", 2.36e9, "currency", "USD"),
    ("A $100 million plan.", 1e8, "currency", "USD"),
    ("It carried 13 million passengers.", 1.3e7, "count", "people"),
    ("A €10bn deal.", 1e10, "currency", "EUR"),
    ("It cost $5m.", 5e6, "currency", "USD"),
    ("Prices rose 1.6 percent.", 1.6, "percent", "%"),
    ("Prices rose 1.6 per cent.", 1.6, "percent", "%"),
    ("Prices rose 1.6%.", 1.6, "percent", "%"),
    ("Rates fell 0.3 percentage points.", 0.3, "percentage_point", "pp"),
    ("Growth slowed by half a percent.", 0.5, "percent", "%"),
    ("They drove 160 km/h.", 160, "measure", "km/h"),
    ("It weighs 5 tonnes.", 5, "measure", "ton"),
    ("The 28-year-old won.", 28, "age", "year"),
    ("They met for three years.", 3, "duration", "year"),
    ("Sales hit a 19-month high.", 19, "duration", "month"),
    ("It was a four-year low.", 4, "duration", "year"),
    ("Profits Fell For Three Quarters In A Row", 3, "duration", "quarter"),  # a headline in title case
    ("She finished 2nd.", 2, "ordinal", "rank"),
    ("He was ranked 190th.", 190, "ordinal", "rank"),
    ("It sold twice as many.", 2, "multiple", None),
    ("One-third of voters agreed.", 1 / 3, "fraction", None),
    ("A third of voters agreed.", 1 / 3, "fraction", None),
    ("Buy a dozen eggs.", 12, "number", None),
    ("He has two-dozen awards.", 24, "number", None),
    ("Over two decades of work.", 20, "duration", "year"),
    ("The walls stood for two centuries.", 200, "duration", "year"),
    ("The oak is 3 centuries old by now.", 300, "duration", "year"),
])
def test_english_amounts(text, value, kind, unit):
    quantity = only(extract_english(text))
    assert quantity.value == pytest.approx(value)
    assert (quantity.kind, quantity.unit) == (kind, unit)
    assert text[quantity.start:quantity.end] == quantity.text


@pytest.mark.parametrize("words, value", [
    ("thirteen", 13), ("twenty-one", 21), ("two hundred and fifty", 250),
    ("nine hundred ninety-nine billion", 999e9), ("a dozen", 12), ("ten million", 1e7),
    ("one hundred twenty three thousand four hundred", 123400),
])
def test_english_number_words(words, value):
    assert words_to_number(words) == value
    assert only(extract_english(f"We counted {words} of them.")).value == value


def test_english_number_words_do_not_run_together():
    assert [q.value for q in extract_english("a one two finish")] == [1, 2]
    assert [q.value for q in extract_english("between three and six months")] == [3, 6]


@pytest.mark.parametrize("text, approx, bound", [
    ("about 13 million people", True, None), ("some 300 people", True, None),
    ("roughly 40 percent", True, None), ("more than 80 people", False, "min"),
    ("less than 5 tons", False, "max"), ("up to 20 people", False, "max"),
    ("at least 7 ships", False, "min"),
])
def test_english_approximation_and_bounds(text, approx, bound):
    quantity = only(extract_english(text))
    assert (quantity.approx, quantity.bound) == (approx, bound)


@pytest.mark.parametrize("text, value", [
    ("on April 12, 2019 the", DateValue(2019, 4, 12)),
    ("on 12 April 2019 the", DateValue(2019, 4, 12)),
    ("on Apr. 12 the", DateValue(month=4, day=12)),
    ("in April 2019 the", DateValue(2019, 4)),
    ("in the 1990s", DateValue(decade=1990)),
    ("in the 21st century", DateValue(century=21)),
    ("on Tuesday", DateValue(weekday=1)),
    ("on Friday, March 3", DateValue(month=3, day=3, weekday=4)),
    ("in May", DateValue(month=5)),
    ("in 2019", DateValue(year=2019)),
])
def test_english_dates(text, value):
    assert only(extract_english(text)).value == value


def test_english_may_the_verb_is_not_a_month():
    assert extract_english("They may go.") == []
    assert extract_english("May I help?") == []


def test_english_times():
    assert only(extract_english("at 3:30 p.m. sharp")).value == TimeValue(15, 30, True)
    assert only(extract_english("at 9 am")).value == TimeValue(9, 0, True)
    assert only(extract_english("at 7.55am")).value == TimeValue(7, 55, True)
    assert only(extract_english("just after 11:00")).value == TimeValue(11, 0, False)


def test_english_ranges():
    low, high = extract_english("10 to 20 people")
    assert (low.value, low.kind, low.range_part, high.range_part) == (10, "count", "low", "high")
    low, high = extract_english("$2 to 3 billion")
    assert (low.value, high.value) == (2e9, 3e9)
    low, high = extract_english("the 1995-96 season")
    assert (low.value, high.value) == (DateValue(year=1995), DateValue(year=1996))


def test_korean_vague_magnitudes_are_orders_of_magnitude():
    # 수십억 is "billions", not a figure: a weak quantity compared only with another magnitude
    magnitude = only(extract_korean("수십억 달러가 들었다"))
    assert (magnitude.value, magnitude.unit, magnitude.strong) == (1e9, "magnitude", False)


def test_english_scores_and_codes_are_not_ranges():
    score, = extract_english("a 5-3 win")
    assert (score.kind, score.value, score.range_part) == ("score", ScoreValue(5, 3), None)
    assert extract_english("a 4x4 car") == []
    clock, = extract_english("a goal at 27:37")  # a game clock: minutes and seconds, not a range or an hour
    assert (clock.kind, clock.value, clock.unit) == ("duration", 27 * 60 + 37.0, "second")


def test_minutes_and_seconds_read_alike_on_both_sides():
    """27분 37초, 27:37 in the Korean and 27:37 in the English are one duration; a race time's
    thousandths (2분 24초 315) are read as such."""
    from tqa.ko.numerals import extract_quantities as extract_korean_quantities

    for korean in ("27분 37초에 골을 넣었다", "27:37에 골을 넣었다"):
        duration, = extract_korean_quantities(korean)
        assert (duration.kind, duration.value) == ("duration", 1657.0)
    race, = extract_korean_quantities("2분 24초 315의 기록")
    assert race.value == 144.315 and race.step == 0.001
    assert extract_english("in 2:24.315")[0].value == 144.315


def test_rendering_for_suggestions():
    assert format_number(1e8) == "100 million"
    assert format_number(2.36e9) == "2.36 billion"
    assert format_number(13500) == "13,500"
    assert english_rendering(only(extract_korean("1억 달러"))) == "100 million dollars"
    assert english_rendering(only(extract_korean("2019년 4월 12일"))) == "April 12, 2019"
    assert english_rendering(only(extract_korean("2%포인트"))) == "2 percentage points"


# --- temperatures and imperial heights -------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("낮 기온이 32℃까지 올랐다.", 32, "degC"),
    ("낮 기온이 섭씨 32도까지 올랐다.", 32, "degC"),
    ("현지 기온은 화씨 90도였다.", 90, "degF"),
    ("체감 온도는 97℉였다.", 97, "degF"),
    ("아침 기온은 영하 5도였다.", -5, "degree"),
    ("아침 기온은 섭씨 영하 12도였다.", -12, "degC"),
    ("아침 기온은 -5℃였다.", -5, "degC"),
    ("이 지역은 (-8℃) 추웠다.", -8, "degC"),
    ("경사각은 30도이다.", 30, "degree"),
])
def test_korean_temperatures(text, value, unit):
    quantity = only(extract_korean(text))
    assert (quantity.value, quantity.kind, quantity.unit) == (value, "measure", unit)


def test_korean_temperature_range_is_not_below_zero():
    # near miss: the hyphen of a range is not a minus sign
    values = [q.value for q in extract_korean("기온은 3-5℃ 사이였다.")]
    assert values == [3, 5]


@pytest.mark.parametrize("text, value, unit, step", [
    ("It was 23 degrees Fahrenheit in the morning.", 23, "degF", 1),
    ("It was 23°F in the morning.", 23, "degF", 1),
    ("Seoul hit 32°C in the afternoon.", 32, "degC", 1),
    ("The lake stays at 4 degrees Celsius.", 4, "degC", 1),
    ("It fell to minus 5 degrees overnight.", -5, "degree", 1),
    ("It fell to -5°C overnight.", -5, "degC", 1),
    ("It fell to 5 degrees below zero overnight.", -5, "degree", 1),
    ("Temperatures climbed into the 90s again.", 95, "degree", 10),
    ("Daytime highs were in the mid-90s all week.", 95, "degree", 4),
    ("The heat stayed in the low 30s Celsius.", 32, "degC", 4),
    ("Forecasters expect temperatures in the upper 80s.", 88, "degree", 4),
])
def test_english_temperatures(text, value, unit, step):
    quantity = only(extract_english(text))
    assert (quantity.value, quantity.kind, quantity.unit, quantity.step) == (value, "measure", unit, step)


def test_a_decade_is_not_a_temperature_band():
    # near miss: "in the 90s" without any talk of temperature is not read as degrees
    assert all(q.unit != "degree" for q in extract_english("The band was famous in the 90s."))
    # "a 5-degree slope" keeps its sign: the hyphen joins, it does not negate
    assert only(extract_english("They climbed a 5-degree slope.")).value == 5


def test_feet_and_inches_make_one_height():
    quantity = only(extract_english("He is 5 feet 11 inches tall."))
    assert (quantity.value, quantity.unit, quantity.text) == (71, "inch", "5 feet 11 inches")
    # near miss: two separate lengths stay two quantities
    assert [q.unit for q in extract_english("The wall is 5 feet high and the gap 14 inches wide.")] == ["foot", "inch"]


def test_temperatures_render_with_their_scale():
    assert english_rendering(Quantity(-5.0, "measure", (0, 3), "-5℃", unit="degC")) == "-5°C"
    assert english_rendering(Quantity(90.0, "measure", (0, 4), "화씨90도", unit="degF")) == "90°F"


# --- issue 11: the quantity grammars ---------------------------------------------------

@pytest.mark.parametrize("text", ["천만의 말씀입니다.", "일부 학생이 만약을 대비했다.", "백방으로 뛰었다.", "시간을 십분 활용했다.",
                                  "서류를 일일이 확인했다.", "AK-47 소총", "F-35A 전투기", "5G 요금제", "&#44032;"])
def test_korean_words_and_codes_that_only_look_numeric(text):
    assert extract_korean(text) == []


def test_korean_phrases_read_whole():
    assert only(extract_korean("2년 7개월 동안")).value == 31.0  # months
    assert only(extract_korean("3분 12초 45의 기록")).value == pytest.approx(192.45)  # seconds
    assert only(extract_korean("밤 12시에 닫는다")).value == TimeValue(0, 0, True)
    assert only(extract_korean("오전 일곱 시에")).value == TimeValue(7, 0, True)
    assert only(extract_korean("3·1 운동")).value == DateValue(month=3, day=1)
    assert only(extract_korean("3대 1로 이겼다")).value == ScoreValue(3, 1)
    regnal = only(extract_korean("엘리자베스 2세 여왕"))
    assert (regnal.kind, regnal.unit, regnal.value) == ("ordinal", "regnal", 2.0)
    age = only(extract_korean("김모(34)씨가 체포됐다"))
    assert (age.kind, age.value) == ("age", 34.0)
    assert only(extract_korean("제5시드를 받았다")).kind == "ordinal"


def test_english_phrases_read_whole():
    assert only(extract_english("at half past eight")).value == TimeValue(8, 30, False)
    assert only(extract_english("at 7 in the morning")).value == TimeValue(7, 0, True)
    assert only(extract_english("in 3:12.45")).value == pytest.approx(192.45)
    assert only(extract_english("for a year and seven months")).value == 19.0
    assert only(extract_english("his thirty-first birthday")).value == 31.0
    assert only(extract_english("in the nineties")).value == DateValue(decade=1990)
    assert only(extract_english("Louis XIV")).value == 14.0
    assert extract_english("He caught COVID-19 at a 7-Eleven near Units 3 and 4.")[0].unit == "label"
    assert all(q.strong is False for q in extract_english("Units 3 and 4"))


# --- readings added for real news (issue 11, number and date families) ------------------

@pytest.mark.parametrize("text, value, unit, shown", [
    ("The duty falls to ¢æ120 a ton.", 120, "EUR", "¢æ120"),
    ("A ticket costs ¡Ì40 in London.", 40, "GBP", "¡Ì40"),
    ("It was 31¡É in the shade.", 31, "degC", "31¡É"),
])
def test_currency_signs_garbled_by_a_legacy_korean_encoding_are_read(text, value, unit, shown):
    quantity = only(extract_english(text))
    assert (quantity.value, quantity.unit, quantity.text) == (value, unit, shown)
    assert text[quantity.start:quantity.end] == shown


def test_hyphenated_area_adjective_carries_its_unit():
    quantity = only(extract_english("They rent a 30-square-meter flat."))
    assert (quantity.value, quantity.unit) == (30, "m2")


def test_don_glued_to_digits_is_a_weight_and_after_a_space_money():
    assert only(extract_korean("금 10돈을 샀다.")).unit == "don"
    assert [q.unit for q in extract_korean("그는 10만 원의 돈을 벌었다.")] == ["KRW"]


@pytest.mark.parametrize("text, anaphoric", [
    ("이 3가지 방법이 실패했다.", True),
    ("그 5명은 귀국했다.", True),
    ("생포된 4명 모두 군인이었다.", True),
    ("참가자 10명 전원이 완주했다.", True),
    ("3가지 방법이 실패했다.", False),
    ("공장이 3곳 있다.", False),
])
def test_counts_pointing_back_are_marked(text, anaphoric):
    quantity = only(extract_korean(text))
    assert quantity.kind == "count" and quantity.anaphoric is anaphoric and quantity.strong


@pytest.mark.parametrize("text, kind", [
    ("3일 일정의 학회가 열렸다.", "duration"),
    ("2박 3일 일정으로 방한했다.", "duration"),
    ("그는 3일짜리 휴가를 냈다.", "duration"),
    ("그 학회의 3일 일정은 취소됐다.", "date"),
])
def test_days_of_a_schedule_are_a_duration(text, kind):
    assert [q.kind for q in extract_korean(text) if "3일" in q.text or q.text.endswith("일")][-1] == kind


def test_hour_range_reads_both_ends_with_the_prefix():
    low, high = extract_korean("회의는 오후 2~3시에 열린다.")
    assert (low.value.hour, high.value.hour) == (14, 15)
    assert (low.range_part, high.range_part) == ("low", "high")


@pytest.mark.parametrize("text, words", [
    ("케이크의 3분의 1", "a third"), ("케이크의 4분의 3", "three quarters"), ("학생의 절반", "a half"),
])
def test_fractions_are_rendered_in_words(text, words):
    assert english_rendering(only(extract_korean(text))) == words


# --- letters a case-insensitive pattern folds to ASCII ----------------------------------
# Python's re.I matches dotless ı and dotted İ to i, long ſ to s and the Kelvin sign to k:
# a word the patterns read with one of them must be looked up in the word tables as its
# ASCII spelling, not crash on a KeyError.

@pytest.mark.parametrize("text", [
    "The first runner came second.",
    "He finished twenty-first in the twenty-first century.",
    "Kickoff is at half past eight.",
    "Exports came to $236 million, tens of millions more.",
    "He hit 7 fours and 3 sixes, doubled twice, kicked twelve.",
    "An apple cost ninepence.",
    "Meet me at quarter to five on Monday, March 3.",
])
@pytest.mark.parametrize("ascii_letter, folded", [("i", "\u0131"), ("s", "\u017f"), ("k", "\u212a")])
def test_english_letters_folded_by_the_patterns_do_not_crash(text, ascii_letter, folded):
    if ascii_letter not in text:
        pytest.skip("no such letter in this sentence")
    odd = text.replace(ascii_letter, folded)
    found = extract_english(odd)  # raised KeyError ("fırst" not in the ordinal table)
    # whatever is read is read with the value its ASCII spelling has
    plain = {(q.span, q.kind): q.value for q in extract_english(text)}
    for quantity in found:
        if (quantity.span, quantity.kind) in plain:
            assert quantity.value == plain[quantity.span, quantity.kind]


def test_english_dotless_i_ordinal_is_read():
    quantities = extract_english("The f\u0131rst runner came second.")
    assert [(q.kind, q.value) for q in quantities] == [("ordinal", 1.0), ("ordinal", 2.0)]


def test_pair_with_dotless_i_is_analysed():
    from tqa.analyse.quantities import match_quantities
    match = match_quantities("첫 번째 주자가 2위를 했다.", "The f\u0131rst runner came second.")
    assert match is not None


def test_other_english_word_tables_fold_those_letters_too():
    """The Korean grammar's English scale words, the scale carried to a bare figure and the
    alignment anchors read the folded letters as their ASCII words (each raised KeyError)."""
    from tqa.align.anchors import english_numbers, english_word_numbers
    from tqa.analyse.quantities import match_quantities

    assert [q.value for q in extract_korean("수출은 36 b\u0131ll\u0131on 달러")] == [36e9]
    assert english_numbers("It cost 5 b\u0131ll\u0131on.") == english_numbers("It cost 5 billion.")
    assert english_word_numbers("\u017feven days") == english_word_numbers("seven days")
    match = match_quantities("매출은 3억 달러, 그중 1억 달러", "Sales were $300 m\u0131ll\u0131on, 100 of it")
    assert not match.mismatched and len(match.matched) == 2


@pytest.mark.parametrize("text, value, unit", [
    ("그 다리는 2세기 동안 강을 건너게 해 주었다.", 200, "year"),
    ("마을의 축제는 3세기에 걸쳐 이어졌다.", 300, "year"),
    ("1세기 전에 세운 학교다.", 100, "year"),
])
def test_korean_centuries_as_durations(text, value, unit):
    """N세기 (N ≤ 3) before 동안, 에 걸쳐, 전, 만에 is a span of N hundred years, not the Nth century."""
    quantity = only(extract_korean(text))
    assert (quantity.kind, quantity.value, quantity.unit) == ("duration", value, unit)


def test_korean_century_as_a_date_stays_a_date():
    assert only(extract_korean("21세기 동안 변한 것들")).value == DateValue(century=21)
    assert only(extract_korean("2세기의 유물이 나왔다.")).value == DateValue(century=2)


@pytest.mark.parametrize("text, word, value, unit", [
    ("She came back 31 years ago.", "ago", 31, "year"),
    ("The bridge reopened some two decades later.", "later", 20, "year"),
    ("They met again three centuries later, in a novel.", "later", 300, "year"),
    ("He called a day later.", "later", 1, "day"),
    ("The train left an hour earlier.", "earlier", 1, "hour"),
    ("It ended one year later.", "later", 1, "year"),
    ("The shop shut twenty-one years ago.", "ago", 21, "year"),
])
def test_english_duration_before_a_word(text, word, value, unit):
    from tqa.en.numerals import duration_before

    quantity = duration_before(text, text.index(word))
    assert quantity is not None and quantity.kind == "duration"
    assert (quantity.value, quantity.unit) == (value, unit)
    assert text[quantity.start:quantity.end] == quantity.text


@pytest.mark.parametrize("text, word", [
    ("A few days later the rain stopped.", "later"),
    ("The meeting was moved later.", "later"),
    ("He tried it a second time later.", "later"),
    ("The 31st later session.", "later"),
])
def test_english_no_duration_before_a_word(text, word):
    from tqa.en.numerals import duration_before

    assert duration_before(text, text.index(word)) is None


def test_english_a_year_alone_is_no_quantity():
    """"a year" is read only as the duration before a word (:func:`duration_before`), not by
    the number checks' grammar: "once a year" is a rate."""
    assert extract_english("They meet once a year.") == []


@pytest.mark.parametrize("word, value", [("두", 2), ("석", 3), ("스무", 20), ("열", 10), ("이", None), ("새", None)])
def test_native_number_words(word, value):
    from tqa.ko.numerals import native_number

    assert native_number(word) == value


@pytest.mark.parametrize("text, value", [
    ("프로그램 코드를 고친 뒤 서버실 온도가 5도 내려갔다.", 5),
    ("C언어 코드를 돌리자 칩 온도가 80도까지 올랐다.", 80),
    ("드레스 코드는 정장이고 야외 기온은 25도 안팎이다.", 25),
])
def test_code_that_is_no_chord_leaves_degrees_read(text, value):
    """코드 as program code, a dress code: N도 beside it is a temperature."""
    quantity = only(extract_korean(text))
    assert (quantity.kind, quantity.value, quantity.unit) == ("measure", value, "degree")


@pytest.mark.parametrize("text", [
    "기타로 G 코드를 잡고 3도 위 음을 더했다.",
    "이 곡의 코드 진행은 2도에서 5도로 넘어간다.",
    "Am·G7 코드에서 3도 음을 빼면 5도만 남는다.",
    "마이너 코드는 3도가 반음 낮다.",
    "이 노래는 4도 화음으로 시작한다.",
])
def test_a_chord_makes_degrees_scale_degrees(text):
    """A chord symbol or a word of harmony beside 코드 (or a music word alone): N도 names an interval."""
    assert extract_korean(text) == []


@pytest.mark.parametrize("text, unit", [
    ("그는 체중을 5킬로 뺐다.", "kg"),
    ("짐이 20킬로를 넘었다.", "kg"),
    ("그는 매일 5킬로를 달린다.", "km"),
])
def test_kilo_is_kilograms_where_weight_is_spoken_of(text, unit):
    assert only(extract_korean(text)).unit == unit


def test_pound_beside_a_word_of_weighing_is_weight():
    quantity = only(extract_korean("그 개는 무게가 50파운드 나간다."))
    assert (quantity.kind, quantity.unit) == ("measure", "pound")
