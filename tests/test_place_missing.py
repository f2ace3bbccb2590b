"""TQA038: a Korean city or province the English leaves out (our own sentences)."""
from tqa.pipeline import Options, check_pairs


def _findings(pairs):
    document = check_pairs(pairs, Options(fast=True, select=["TQA038"]))
    return [issue for issue in document.issues if issue.rule == "TQA038"]


def test_a_dropped_city_is_reported_on_the_korean_word():
    found = _findings([("그는 대전에서 열린 학회에 참석했다.", "He attended the conference.")])
    assert len(found) == 1
    assert found[0].source_span.text == "대전"
    assert found[0].severity == "minor"
    assert "Daejeon" in found[0].message


def test_old_romanisation_and_full_province_names_count_as_rendered():
    assert not _findings([("그는 대전에서 열린 학회에 참석했다.", "He attended the conference in Taejon.")])
    assert not _findings([("전라남도 전역에 비가 내렸다.", "Rain fell across South Jeolla.")])


def test_one_finding_per_pair_and_none_where_a_word_stands_for_the_place():
    two = [("서울과 부산에서 동시에 행사가 열렸다.", "Events were held at the same time.")]
    assert len(_findings(two)) == 1
    assert not _findings([("인천시는 새 노선을 발표했다.", "The city announced a new route.")])


def test_words_that_only_contain_a_region_are_not_places():
    assert not _findings([("울산대 학생들이 봉사에 나섰다.", "University students volunteered.")])
    assert not _findings([("경기 결과에 팬들이 실망했다.", "Fans were disappointed by the result.")])
