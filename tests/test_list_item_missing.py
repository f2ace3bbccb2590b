"""TQA039: a Korean list of two things whose English lists nothing (our own sentences)."""
from tqa.pipeline import Options, check_pairs


def _findings(pairs):
    document = check_pairs(pairs, Options(fast=True, select=["TQA039"]))
    return [issue for issue in document.issues if issue.rule == "TQA039"]


def test_a_dropped_list_item_is_reported_on_the_whole_korean_list():
    found = _findings([("신청자는 신분증과 재직 증명서를 제출해야 한다.", "Applicants must submit their ID.")])
    assert len(found) == 1
    assert found[0].source_span.text == "신분증과 재직 증명서"
    assert found[0].severity == "minor"


def test_any_pairing_word_or_list_punctuation_in_the_english_keeps_it_silent():
    source = "이 셔틀버스는 평일과 공휴일에 운행한다."
    for english in ("This shuttle bus runs on weekdays and public holidays.",
                    "This shuttle bus runs on weekdays as well as public holidays.",
                    "This shuttle bus runs weekdays/holidays."):
        assert not _findings([(source, english)]), english


def test_comitative_wa_is_no_list():
    assert not _findings([("그는 작년과 비교해 살이 빠졌다.", "He has lost weight compared to last year.")])
    assert not _findings([("경기 시작과 동시에 비가 쏟아졌다.", "Rain poured down the moment the game started.")])
