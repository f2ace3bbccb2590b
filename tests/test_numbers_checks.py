"""The number/date rules (TQA101–TQA179), each with a true positive and a near miss.

Documents are built by hand (one link per pair), so these tests need no pipeline.
"""
from __future__ import annotations

import pytest

from tqa.checks import numbers  # noqa: F401  (registers the rules)
from tqa.checks.registry import RULES
from tqa.checks.runner import CheckContext, run_checks
from tqa.document import Document, Link, Segment, document_from_pairs

NUMBER_RULES = [rule for rule in RULES.values() if rule.check in ("number", "date")]


def document_of(pairs: list[tuple[str, str]]) -> Document:
    return document_from_pairs(pairs)


def issues_of(*pairs: tuple[str, str]):
    return run_checks(document_of(list(pairs)), NUMBER_RULES, CheckContext(fast=True))


def codes(*pairs):
    return sorted(issue.rule for issue in issues_of(*pairs))


def severities(*pairs):
    """(rule, severity) of each finding, in report order."""
    return [(issue.rule, issue.severity) for issue in issues_of(*pairs)]


def test_every_rule_is_registered_in_its_range():
    found = {rule.code: rule for rule in NUMBER_RULES}
    for code, rule in found.items():
        number = int(code[3:])
        assert (100 <= number <= 139 and rule.check == "number") or (140 <= number <= 179 and rule.check == "date")
        assert rule.doc and rule.severity in ("major", "minor")
    assert {"TQA101", "TQA102", "TQA103", "TQA104", "TQA105", "TQA130",
            "TQA140", "TQA141", "TQA142", "TQA143", "TQA144", "TQA170"} <= set(found)


# --- TQA101 value mismatch -----------------------------------------------------------------

def test_value_mismatch_ten_times_too_big():
    (issue,) = issues_of(("회사는 1억 달러를 투자했다.", "The company invested 1 billion dollars."))
    assert (issue.rule, issue.severity, issue.check) == ("TQA101", "major", "number")
    assert issue.suggestion == "100 million dollars"
    assert issue.source_span.text == "1억 달러"
    assert issue.target_span.text == "1 billion dollars"


@pytest.mark.parametrize("source, target", [
    ("수출액은 23억6,000만달러였다.", "Exports were US$2.36 billion."),
    ("회사는 1억 달러를 투자했다.", "The company invested $100 million."),
    ("승객은 1,234만 명이었다.", "There were 12.3 million passengers."),
    ("승객은 약 1,234만 명이었다.", "There were about 12 million passengers."),
    ("승객은 1,300만 명이었다.", "There were 13 million passengers."),
    ("세 명이 다쳤다.", "Three people were hurt."),
    ("매출이 두 배로 늘었다.", "Sales doubled."),
    ("두 사람 모두 풀려났다.", "Both were released."),
])
def test_value_mismatch_near_misses(source, target):
    assert codes((source, target)) == []


@pytest.mark.parametrize("source, target", [
    ("시위에 약 10만 명이 참가했다.", "About 100,600 people joined the protest."),   # states a digit 10만 lacks
    ("피해자는 약 750만 명이다.", "There were about 10 million victims."),          # coarser than two digits
    ("승객은 약 1,300만 명이었다.", "There were about 12.9 million passengers."),
])
def test_approximation_words_do_not_license_other_digits(source, target):
    assert "TQA101" in codes((source, target))


def test_number_words_that_disagree():
    assert codes(("사고로 세 명이 숨졌다.", "Four people died in the accident.")) == ["TQA101"]
    assert codes(("매출이 두 배로 늘었다.", "Sales rose three times.")) == ["TQA101"]
    assert codes(("사고로 세 명이 숨졌다.", "Three people died in the accident.")) == []


def test_value_mismatch_needs_the_rounding_to_be_honest():
    # "2억" is not "150 million", though both have one significant figure
    assert "TQA101" in codes(("오늘은 2억 유로다.", "Today it is 150 million euros."))


# --- TQA102 figure missing -----------------------------------------------------------------

def test_missing_figure_is_major_when_the_rest_matches():
    (issue,) = issues_of(("사고로 15명이 숨지고 150명이 다쳤다.", "The accident killed 15 people."))
    assert (issue.rule, issue.severity) == ("TQA102", "major")
    assert issue.source_span.text == "150명" and issue.target_span is None


def test_missing_figure_is_minor_when_nothing_else_aligns():
    (issue,) = issues_of(("부상자는 150명이다.", "Many people were hurt."))
    assert (issue.rule, issue.severity) == ("TQA102", "minor")


def test_missing_figure_near_miss():
    assert codes(("사고로 15명이 숨지고 150명이 다쳤다.", "The accident killed 15 people and injured 150.")) == []
    assert codes(("그는 1위를 차지했다.", "He came top.")) == []  # 1 is often a word


# --- TQA103 extra figure -------------------------------------------------------------------

def test_extra_figure():
    (issue,) = issues_of(("사고로 여러 명이 다쳤다.", "The accident injured 37 people."))
    assert (issue.rule, issue.severity) == ("TQA103", "minor")
    assert issue.target_span.text == "37 people"


@pytest.mark.parametrize("source, target", [
    ("그는 10억 원을 기부했다.", "He donated 1 billion won ($850,000)."),
    ("폭풍은 시속 165km로 움직인다.", "The storm moves at 105 miles per hour (165 km/h)."),
    ("사고로 여러 명이 다쳤다.", "The accident injured dozens."),
])
def test_extra_figure_near_misses(source, target):
    assert codes((source, target)) == []


# --- TQA104 percent vs percentage points ---------------------------------------------------

def test_percent_for_percentage_points():
    (issue,) = issues_of(("실업률이 0.5%포인트 올랐다.", "Unemployment rose 0.5 percent."))
    assert (issue.rule, issue.severity) == ("TQA104", "major")
    assert issue.suggestion == "0.5 percentage points"


def test_percentage_points_for_percent():
    assert codes(("물가가 3% 올랐다.", "Prices rose 3 percentage points.")) == ["TQA104"]


def test_percent_near_miss():
    assert codes(("실업률이 0.5%포인트 올랐다.", "Unemployment rose 0.5 percentage points.")) == []
    assert codes(("물가가 3% 올랐다.", "Prices rose 3%.")) == []


# --- TQA105 unit / currency mismatch -------------------------------------------------------

def test_currency_mismatch():
    (issue,) = issues_of(("정부는 100억 원을 투자했다.", "The government invested 10 billion dollars."))
    assert (issue.rule, issue.severity) == ("TQA105", "major")
    assert issue.suggestion == "10 billion won"


def test_unit_mismatch_near_misses():
    assert codes(("정부는 100억 원을 투자했다.", "The government invested 10 billion won.")) == []
    # a converted value is not a unit error
    assert codes(("차는 시속 160km로 달렸다.", "The car drove at 100 mph.")) == []
    assert codes(("그는 7.75kg이었다.", "He weighed 17 pounds.")) == []


# --- dates -----------------------------------------------------------------------------

def test_date_mismatch():
    (issue,) = issues_of(("공사는 2019년 4월에 시작됐다.", "Work began in April 2018."))
    assert (issue.rule, issue.check, issue.severity) == ("TQA140", "date", "major")
    assert issue.suggestion == "April 2019"
    assert issue.source_span.text == "2019년 4월" and issue.target_span.text == "April 2018"


def test_date_mismatch_month():
    assert codes(("그는 3월 5일 도착했다.", "He arrived on May 5.")) == ["TQA140"]


@pytest.mark.parametrize("source, target", [
    ("공사는 2019년 4월에 시작됐다.", "Work began in April."),          # a redundant year dropped
    ("그는 3월 5일 도착했다.", "He arrived on March 5th."),
    ("그는 3월 5일 도착했다.", "He arrived on 5 March."),
    ("회의는 12일 열렸다.", "The meeting was held on Tuesday."),         # weekday instead of the day
    ("이듬해인 2020년에 끝났다.", "It ended the following year."),
    ("지난 2월 수출이 줄었다.", "Exports fell last month."),                     # a month named relatively
    ("1990년대에 유행했다.", "It was popular in the 1990s."),
])
def test_date_near_misses(source, target):
    assert codes((source, target)) == []


def test_weekday_mismatch():
    (issue,) = issues_of(("회의는 월요일에 열렸다.", "The meeting was held on Tuesday."))
    assert (issue.rule, issue.check) == ("TQA141", "date")
    assert issue.suggestion == "Monday"
    assert codes(("회의는 월요일에 열렸다.", "The meeting was held on Monday.")) == []


def test_weekday_that_does_not_fit_the_date():
    # 12 April 2019 was a Friday
    assert codes(("회의는 2019년 4월 12일에 열렸다.", "It was held on Thursday, April 12, 2019.")) == ["TQA141"]
    assert codes(("회의는 2019년 4월 12일에 열렸다.", "It was held on Friday, April 12, 2019.")) == []


def test_date_missing():
    (issue,) = issues_of(("그는 2019년 4월 12일에 도착했다.", "He arrived."))
    assert (issue.rule, issue.check, issue.severity) == ("TQA142", "date", "minor")
    assert codes(("그는 2019년 4월 12일에 도착했다.", "He arrived on April 12, 2019.")) == []


def test_a_period_given_just_before_is_left_to_the_reader():
    # the English refers back ("After that") to the 72 hours it rendered in the sentence before
    assert severities(("보관함의 물건은 72시간 안에 찾아가야 한다.", "Items in the lockers must be collected within 72 hours."),
                      ("72시간이 지나면 하루 500원의 요금이 붙는다.", "After that, a fee of 500 won a day is charged.")) \
        == [("TQA142", "info")]
    # with no such period before, the same line loses a fact
    assert severities(("보관함의 물건은 빨리 찾아가야 한다.", "Items in the lockers must be collected soon."),
                      ("72시간이 지나면 하루 500원의 요금이 붙는다.", "After that, a fee of 500 won a day is charged.")) \
        == [("TQA142", "major")]


def test_years_of_an_event_the_korean_names_are_background():
    # the years of 임진왜란 (data/korean_historical_events.tsv) beside the source's own year: a note
    assert severities(("임진왜란 이후 1620년까지 성곽을 다시 쌓았다.",
                       "After the Japanese invasions of 1592-1598, the walls were rebuilt by 1620.")) \
        == [("TQA144", "info"), ("TQA144", "info")]
    assert severities(("임진왜란 이후 1620년까지 성곽을 다시 쌓았다.",
                       "After the Japanese invasions of 1610, the walls were rebuilt by 1620.")) == [("TQA144", "minor")]


def test_time_mismatch():
    (issue,) = issues_of(("회의는 오후 3시 30분에 시작했다.", "The meeting started at 4:30 p.m."))
    assert (issue.rule, issue.suggestion) == ("TQA143", "3:30 p.m.")
    assert codes(("회의는 오후 3시 30분에 시작했다.", "The meeting started at 3:30 p.m.")) == []
    assert codes(("시위는 11시 20분에 끝났다.", "The protest ended at 11:20.")) == []


def test_duration_mismatch():
    assert codes(("그는 3년 동안 일했다.", "He worked there for four years.")) == ["TQA143"]
    assert codes(("그는 3년 동안 일했다.", "He worked there for three years.")) == []
    assert codes(("그는 20년 동안 일했다.", "He worked there for two decades.")) == []


def test_extra_date():
    (issue,) = issues_of(("회의가 열렸다.", "The meeting was held on April 12, 2019."))
    assert (issue.rule, issue.severity) == ("TQA144", "minor")
    assert codes(("회의가 열렸다.", "The meeting was held in April.")) == []


# --- document rules ----------------------------------------------------------------------

def test_same_amount_rendered_two_ways():
    found = codes(("수출은 23억6,000만 달러였다.", "Exports were $2.36 billion."),
                  ("23억6,000만 달러는 기록이다.", "The $2.4 billion is a record."))
    assert found == ["TQA130"]


def test_same_amount_rendered_the_same_way():
    assert codes(("수출은 23억6,000만 달러였다.", "Exports were $2.36 billion."),
                 ("23억6,000만 달러는 기록이다.", "The 2.36 billion dollars is a record.")) == []


def test_same_date_rendered_two_ways():
    issues = issues_of(("행사는 2019년 4월 12일 시작됐다.", "It began on April 12, 2019."),
                       ("2019년 4월 12일 이후 바뀌었다.", "It changed after April 21, 2019."))
    assert sorted(issue.rule for issue in issues) == ["TQA140"]  # TQA170 defers to it at the same place
    assert codes(("행사는 2019년 4월 12일 시작됐다.", "It began on April 12, 2019."),
                 ("2019년 4월 12일 이후 바뀌었다.", "It changed after April 12.")) == []


def test_spans_point_into_the_right_segment():
    document = document_of([("첫 문장이다.", "First sentence."),
                            ("회사는 1억 달러를 투자했다.", "The company invested 1 billion dollars.")])
    (issue,) = run_checks(document, NUMBER_RULES, CheckContext())
    assert issue.source_segments == [1] and issue.target_segments == [1]
    segment = document.target_segments[1].text
    assert segment[issue.target_span.start:issue.target_span.end] == "1 billion dollars"


def test_inline_tag_ids_are_not_read_as_numbers():
    """XLIFF placeholders such as <2>…</2> carry ids, not figures (reader meta lists them)."""
    from tqa.document import Document, Link, Segment

    meta = {"source_tags": ["<2>", "</2>"], "target_tags": ["<2>", "</2>"]}
    source = Segment(0, "<2>저장</2>하려면 누르세요", 0, 18, meta=meta)
    target = Segment(0, "Press to <2>save</2>", 0, 20, meta=meta)
    document = Document("a.xlf", "a.xlf", source.text, target.text, [source], [target], [Link((0,), (0,))])
    match = document.analyses.quantities[0]
    assert not match.missing and not match.extra and not match.mismatched
    # near miss: a real figure next to the tags is still compared
    source.text, target.text = "<2>3개</2> 저장", "<2>4 items</2> saved"
    document = Document("a.xlf", "a.xlf", source.text, target.text, [source], [target], [Link((0,), (0,))])
    assert document.analyses.quantities[0].mismatched


# --- unit conversions translators make (°C↔°F, km↔miles, kg↔pounds, 평/㎡↔square feet, cm↔inches)

@pytest.mark.parametrize("source, target", [
    ("서울의 낮 기온이 32℃까지 올랐다.", "Temperatures in Seoul climbed into the 90s."),
    ("서울의 낮 기온이 섭씨 35도를 기록했다.", "Seoul recorded highs in the mid-90s."),
    ("아침 기온은 -5℃였다.", "The morning low was 23 degrees Fahrenheit."),
    ("아침 기온은 영하 5도였다.", "It was 23°F in the morning."),
    ("아침 기온은 영하 5도였다.", "It was minus 5 degrees in the morning."),
    ("한낮 기온은 섭씨 38도였다.", "The afternoon temperature was 100 degrees."),
    ("현지 기온은 화씨 90도였다.", "The local temperature was 32°C."),
    ("서울의 낮 기온은 32℃였다.", "Seoul reached 90°F (32°C)."),
    ("그는 42.195km를 달렸다.", "He ran 26.2 miles."),
    ("그는 100마일을 달렸다.", "He ran 161 kilometers."),
    ("차는 시속 100km로 달렸다.", "The car drove at 62 mph."),
    ("가방의 무게는 20kg이다.", "The bag weighs 44 pounds."),
    ("그 집은 30평이다.", "The house is 99 square meters."),
    ("그 집은 30평이다.", "The house is 1,067 square feet."),
    ("그 아파트는 85㎡이다.", "The flat is 915 square feet."),
    ("그의 키는 180cm이다.", "He is 71 inches tall."),
    ("그의 키는 180cm이다.", "He is 5 feet 11 inches tall."),
    ("그 화면은 65인치다.", "The screen is 165 centimeters wide."),
    # conversions rounded to two significant figures without "about"
    ("그 집은 30평이다.", "The house is 100 square meters."),
    ("두 도시는 8,000km 떨어져 있다.", "The two cities are 5,000 miles apart."),
])
def test_correct_conversions_pass(source, target):
    assert codes((source, target)) == []


@pytest.mark.parametrize("source, target, suggestion", [
    # near misses of the conversions above: the arithmetic is wrong
    ("서울의 낮 기온이 30℃까지 올랐다.", "Temperatures in Seoul climbed into the 90s.", "30°C"),
    ("서울의 낮 기온이 섭씨 35도를 기록했다.", "Seoul recorded highs in the low 90s.", "35°C"),
    ("아침 기온은 -5℃였다.", "The morning low was 25°F.", "23°F"),
    ("아침 기온은 -5℃였다.", "The morning low was 5°C.", "-5°C"),
    ("서울의 낮 기온은 32℃였다.", "Seoul reached 80 degrees Fahrenheit.", "90°F"),
    ("서울의 낮 기온은 32℃였다.", "Seoul reached 90°F (42°C).", "32°C"),
    ("그는 42.195km를 달렸다.", "He ran 28.2 miles.", "26.2 miles"),
    ("그는 100마일을 달렸다.", "He ran 180 kilometers.", "161 km"),
    ("가방의 무게는 20kg이다.", "The bag weighs 55 pounds.", "44 pounds"),
    ("그 집은 30평이다.", "The house is 120 square meters.", "99 square meters"),
    ("그 집은 30평이다.", "The house is 1,200 square feet.", "1,067 square feet"),
    ("그 아파트는 85㎡이다.", "The flat is 1,100 square feet.", "915 square feet"),
    ("그의 키는 180cm이다.", "He is 5 feet 5 inches tall.", "71 inches"),
    # within 4 %, but a height stated to the inch is off by two inches
    ("그의 키는 180cm이다.", "He is 5 feet 9 inches tall.", "71 inches"),
    ("두 도시는 8,000km 떨어져 있다.", "The two cities are 4,800 miles apart.", "4,971 miles"),
])
def test_wrong_conversions_are_value_mismatches(source, target, suggestion):
    (issue,) = issues_of((source, target))
    assert (issue.rule, issue.severity) == ("TQA101", "major")
    assert issue.suggestion == suggestion


@pytest.mark.parametrize("source, target", [
    # the number was kept and the unit swapped: 32℃ is not 32°F, 30평 is not 30 m²
    ("서울의 낮 기온은 32℃였다.", "Seoul reached 32°F."),
    ("현지 기온은 화씨 90도였다.", "The local temperature was 90°C."),
    ("아침 기온은 영하 15도였다.", "It was minus 15 degrees Fahrenheit in the morning."),  # Korean 도 is Celsius
    ("그 집은 30평이다.", "The house is 30 square meters."),
    ("가방의 무게는 20kg이다.", "The bag weighs 20 pounds."),
    ("그는 100km를 달렸다.", "He ran 100 miles."),
])
def test_unconverted_figure_in_another_unit(source, target):
    assert codes((source, target)) == ["TQA105"]


def test_figures_of_an_english_line_with_no_source_are_left_to_the_addition_check():
    # "© 2025 …" aligned to nothing: TQA031/TQA032 report the line; its year is not a date issue
    source = [Segment(0, "정부는 새 정책을 발표했다.", 0, 15)]
    target = [Segment(0, "The government announced a new policy.", 0, 38),
              Segment(1, "© 2025 Daily News. All rights reserved.", 39, 78)]
    document = Document("ko.txt", "en.txt", source[0].text, "", source, target,
                        [Link((0,), (0,)), Link((), (1,))])
    run_checks(document, [rule for rule in RULES.values() if rule.check in ("number", "date")], CheckContext())
    assert document.issues == []
    # near miss: the same year inside an aligned pair is a date the source does not have
    assert codes(("정부는 새 정책을 발표했다.", "The government announced a new policy in 2025.")) == ["TQA144"]


# --- matching readings added for real news (issue 11) ------------------------------------

def test_bare_figure_takes_the_scale_of_the_amount_before_it():
    from tqa.analyse.quantities import match_quantities
    match = match_quantities("어제는 3억 달러였고 오늘은 4억 달러다.", "It was 300 million dollars yesterday and is 400 today.")
    assert not match.missing and not match.extra and len(match.matched) == 2
    match = match_quantities("어제는 3억 달러였고 오늘은 4억 달러다.", "It was 300 million dollars yesterday and is 450 today.")
    assert [q.text for q in match.missing] == ["4억 달러"]


@pytest.mark.parametrize("source, target, accounted", [
    ("보잉 74720대가 멈췄다.", "All 20 Boeing 747 jets were grounded.", True),
    ("보잉 74720대가 멈췄다.", "All 25 Boeing 747 jets were grounded.", False),
    ("그녀는 결승에서 2-0(7-56-4)으로 이겼다.", "She won the final 7-5 6-4.", True),
])
def test_figures_run_together_in_the_source(source, target, accounted):
    from tqa.analyse.quantities import match_quantities
    match = match_quantities(source, target)
    assert (not match.missing and not match.extra) is accounted


def test_won_gloss_of_a_mismatched_amount_is_not_missing_too():
    from tqa.analyse.quantities import match_quantities
    match = match_quantities("입장료는 3달러(약 4천 원)이다.", "Admission is 5 dollars.")
    assert [(s.text, t.text) for s, t in match.mismatched] == [("3달러", "5 dollars")]
    assert not match.missing


@pytest.mark.parametrize("source, target, severity", [
    ("이 3가지 방법은 모두 실패했다. 그래서 다시 시작했다.", "These methods all failed. So they started again.", "info"),
    ("생포된 4명 모두 군인이었다.", "They were all soldiers.", "info"),
    ("생포된 4명은 군인이었다.", "The captives were soldiers.", "minor"),
])
def test_count_pointing_back_is_missing_only_at_info(source, target, severity):
    assert [issue.severity for issue in issues_of((source, target)) if issue.rule == "TQA102"] == [severity]


@pytest.mark.parametrize("source, target", [
    ("그는 후반 31분에 골을 넣었다.", "He scored in the 76th minute."),
    ("그는 연장 전반 3분에 골을 넣었다.", "He scored in the 93rd minute."),
    ("그는 연장전반 3분에 골을 넣었다.", "He scored in the 93rd minute."),
    ("그는 연장 후반 3분에 골을 넣었다.", "He scored in the 108th minute."),
])
def test_minute_of_a_half_is_the_match_minute_with_or_without_a_space(source, target):
    from tqa.analyse.quantities import match_quantities

    result = match_quantities(source, target)
    assert [(s.text, t.text) for s, t in result.matched] == [("3분" if "3분" in source else "31분",
                                                              target.split()[-2])]
    assert not result.mismatched and not result.missing


def test_a_teams_tier_named_by_a_word_is_only_a_review_note():
    # 2군 (a club's reserves) is "the minors" or "the reserve team" in English: the number of the
    # tier is no figure to carry over, so its absence is a note, not a minor or major finding
    found = severities(("그는 2군에서 타율 3할을 기록했다.",
                        "He batted .300 in the minors."))
    assert found == [("TQA102", "info")]


def test_a_part_of_a_programme_named_by_a_word_is_only_a_review_note():
    # 2부에서는 (in the second part of a concert) is "after the interval" in English; two copies of
    # a form (서류 2부를) left out are still a dropped figure
    part = severities(("2부에서는 피아노 협주곡을 연주합니다.",
                       "After the interval comes a piano concerto."))
    assert part == [("TQA102", "info")]
    copies = severities(("신청서 2부를 내일까지 제출하세요.",
                         "Hand in the application form by tomorrow."))
    assert copies and all(severity != "info" for rule, severity in copies if rule == "TQA102")


def test_a_day_apart_across_korean_and_local_time_is_only_a_review_note():
    # 12일(한국시간) is the 11th in New York: a one-day shift when the English says "local time"
    found = severities(("그는 12일(한국시간) 뉴욕에서 열린 시상식에서 상을 받았다.",
                        "He received the award at a ceremony in New York on June 11, local time."))
    assert found == [("TQA140", "info")]
    # without the time zones, a day off is a wrong date
    found = severities(("그는 12일 뉴욕에서 열린 시상식에서 상을 받았다.",
                        "He received the award at a ceremony in New York on June 11."))
    assert ("TQA140", "major") in found


#: background dates translators add where the source states no year: only a review note
_BACKGROUND_DATES = [
    ("병자호란 때 성이 무너졌다.", "The fortress fell during the Qing invasion of the 1630s."),  # a decade
    ("정묘호란 때 왕은 강화도로 피신했다.", "During the Later Jin invasion (1627), the king fled to Ganghwa Island."),  # in brackets
    ("외환위기 때 가게 매출이 반토막 났어요.", "During the 1997 financial crisis, the shop's sales halved."),  # naming an event
    ("병자호란 때는 성 안의 곡식이 모두 불탔습니다.", "During the Manchu invasion of 1636, all the grain in the fortress burned."),
    # the Korean names the event (data/korean_historical_events.tsv), the English dates it mid-sentence
    ("임진왜란을 거치며 많은 책이 사라졌다.", "Many books lost in the invasions of 1592 were never found again."),
]
#: the same shapes against a year of the source, or a year that names nothing: a finding
_DATES_ADDED = [
    ("그 건물은 1950년에 지어졌다.", "The building went up in the 1590s.", ("TQA144", "minor")),
    ("그 다리는 1970년에 놓였다.", "The bridge (1907) was built in 1970.", ("TQA144", "minor")),
    ("2010년 선거 때 매출이 반토막 났어요.", "During the 2012 election, the shop's sales halved.", ("TQA140", "major")),
    ("그때 가게 매출이 반토막 났어요.", "Sales halved in 1997.", ("TQA144", "minor")),
]


@pytest.mark.parametrize("korean, english", _BACKGROUND_DATES)
def test_a_background_date_is_only_a_review_note(korean, english):
    assert severities((korean, english)) == [("TQA144", "info")]


@pytest.mark.parametrize("korean, english, expected", _DATES_ADDED)
def test_a_date_added_against_the_source_stays_a_finding(korean, english, expected):
    assert expected in severities((korean, english))


def test_a_decile_named_by_a_word_is_only_a_review_note():
    found = severities(("소득 상위 10분위 가구의 지출이 늘었다.",
                        "Spending rose among households in the top decile."))
    assert found == [("TQA102", "info")]  # not "10 minutes" (분), not a figure dropped


def test_an_age_one_year_less_is_a_note_on_korean_age_counting():
    # the traditional Korean count is one more than the international age: a history may give either
    assert severities(("그 왕은 1498년 47세로 세상을 떠났다.", "The king died in 1498 at the age of 46.")) == \
        [("TQA143", "info")]
    # with 만 the Korean is the international age already, and nine years apart is no counting habit
    assert severities(("그는 만 47세로 은퇴했다.", "He retired at the age of 46.")) != [("TQA143", "info")]
    assert severities(("그 왕은 1498년 47세로 세상을 떠났다.", "The king died in 1498 at the age of 38.")) == \
        [("TQA143", "major")]
    # before the birthday in the year of death the count is two more: still a note, three is an error
    assert severities(("그 왕은 쉰네 살에 세상을 떠났다.", "The king died at the age of fifty-two.")) == \
        [("TQA143", "info")]
    assert severities(("그 왕은 쉰네 살에 세상을 떠났다.", "The king died at the age of fifty-one.")) == \
        [("TQA143", "major")]


def test_a_figure_repeated_from_the_previous_sentence_is_only_a_review_note():
    """The English refers back to a figure the previous sentence rendered ("That's over 100F"):
    no omission of major severity, only an info note on the repeated figure."""
    from tqa.pipeline import Options, check_pairs

    pairs = [("오늘 최고 기온은 38도까지 올랐다.", "Today's high reached 38C."),
             ("38도면 화씨로 100도가 넘는다.", "That's over 100F.")]
    document = check_pairs(pairs, Options(fast=True))
    second = [i for i in document.issues if i.rule in ("TQA102", "TQA036") and i.source_segments == [1]]
    assert second and all(i.rule == "TQA102" and i.severity == "info" for i in second)
    # a figure the previous sentence did not give is still reported
    pairs[1] = ("35도면 화씨로 95도다.", "That's 95F.")
    document = check_pairs(pairs, Options(fast=True))
    assert any(i.rule == "TQA102" and i.severity != "info" for i in document.issues)
