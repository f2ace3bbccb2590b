"""The omission rules that read a dropped phrase from a short English with no word of its kind:
TQA041 (a cause or charge), TQA042 (a restriction), TQA043 (a concession, opt-in) and TQA145 (a
relative date). Sentences of our own."""
from __future__ import annotations

from tqa.pipeline import Options, check_pairs


def rules_of(source: str, target: str, select: list[str] | None = None) -> list[str]:
    document = check_pairs([(source, target)], Options(fast=True, select=select))
    return [issue.rule for issue in document.issues if issue.severity in ("minor", "major", "critical")]


def test_a_dropped_charge_is_reported_and_a_stated_one_is_not():
    source = "그는 횡령 혐의로 징역 4년을 선고받았다."
    assert "TQA041" in rules_of(source, "He was sentenced to four years in prison.")
    assert "TQA041" not in rules_of(source, "He was sentenced to four years in prison for embezzlement.")
    # the cause made the subject, in the table's words
    assert "TQA041" not in rules_of("폭설로 모든 학교가 문을 닫았다.", "Heavy snow closed every school.")


def test_a_dropped_cause_in_a_full_length_translation_is_left_alone():
    # as long as a full translation: the English has the words to say the cause some other way
    source = "그 선수는 어깨 부상으로 남은 경기에 나서지 못한다."
    long_english = "The player will sit out every one of the remaining games this season, the club said on Monday."
    assert "TQA041" not in rules_of(source, long_english)


def test_a_dropped_restriction_is_reported_unless_only_is_said_some_way():
    source = "환불은 영수증을 가져온 고객에 한해 가능합니다."
    assert "TQA042" in rules_of(source, "Refunds are available.")
    assert "TQA042" not in rules_of(source, "Refunds are available only with a receipt.")
    assert "TQA042" not in rules_of(source, "Refunds are limited to customers with a receipt.")


def test_a_concession_is_read_only_when_selected():
    source = "날씨가 추웠지만 행사는 예정대로 열렸다."
    assert "TQA043" not in rules_of(source, "The event went ahead.")
    assert "TQA043" in rules_of(source, "The event went ahead.", select=["TQA043"])
    assert "TQA043" not in rules_of(source, "Despite the cold, the event went ahead.", select=["TQA043"])


def test_a_dropped_relative_date_is_reported_and_today_is_not():
    assert "TQA145" in rules_of("구청은 지난주 도서관 운영 시간을 늘렸다.", "The office extended library hours.")
    assert "TQA145" not in rules_of("구청은 지난주 도서관 운영 시간을 늘렸다.",
                                    "The district office extended the library's hours last week.")
    # 오늘 and 올해 are left to the tense
    assert "TQA145" not in rules_of("오늘 도서관 운영 시간이 늘었다.", "The library's hours were extended.")
