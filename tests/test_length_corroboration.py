"""Number and date findings that say something is absent are graded by the pair's length:
an added figure needs words to spare, a dropped date a shorter English (tqa.checks.numbers)."""
from tqa.pipeline import Options, check_pairs


def _findings(source: str, target: str, rule: str):
    document = check_pairs([(source, target)], Options(fast=True))
    return [issue for issue in document.issues if issue.rule == rule]


def test_an_added_figure_with_an_added_clause_is_minor():
    found = _findings("회사는 올해 새 공장을 짓기로 했다고 밝혔다.",
                      "The company said it would build a new plant this year, investing 300 million dollars "
                      "and hiring about 2,000 workers over the next five years.", "TQA103")
    assert found and {issue.severity for issue in found} == {"minor"}


def test_a_figure_the_english_restates_without_extra_words_is_info_only():
    found = _findings("메탄의 연소 반응식은 CH₄ + 2O₂ → CO₂ + 2H₂O로 나타낸다.",
                      "Methane burns as CH₄ + 2O₂ → CO₂ + 2H₂O.", "TQA103")
    assert found and all(issue.severity == "info" for issue in found)


def test_a_date_dropped_with_its_clause_is_reported():
    found = _findings("정부는 2024년 3월 15일 새 규정을 발표하고 다음 달부터 시행하기로 했다.",
                      "The government announced new rules.", "TQA142")
    assert found and all(issue.severity in ("minor", "major") for issue in found)


def test_a_date_not_read_in_a_full_length_english_is_info_only():
    found = _findings("체험은 오후 1시·3시·5시에 진행된다.",
                      "Sessions are held every afternoon in the main hall by the river, three times.", "TQA142")
    assert found and all(issue.severity == "info" for issue in found)


def test_a_figure_dropped_with_its_clause_is_reported():
    found = _findings("화재로 주민 40명이 대피했고 건물 3채가 탔다.",
                      "Residents were evacuated.", "TQA102")
    assert found and all(issue.severity in ("minor", "major") for issue in found)


def test_a_figure_replaced_by_another_in_a_full_length_english_is_reported():
    # as long as a full translation, but another figure stands where the source's was
    found = _findings("이번 대회에는 12개 팀이 참가해 우승을 다퉜다.",
                      "Twenty teams took part in this year's tournament, competing for the title.", "TQA102")
    assert found and all(issue.severity in ("minor", "major") for issue in found)


def test_a_figure_in_words_the_grammar_does_not_read_is_info_only():
    # 2군 (the second-tier squad) said as "the reserve squad" in an English longer than usual:
    # nothing is lost
    found = _findings("그 선수는 2군으로 내려갔다.",
                      "The player was sent down to the reserve squad, where he will work on his swing for a while.",
                      "TQA102")
    assert found and all(issue.severity == "info" for issue in found)
