"""Number and date findings that say something is absent are graded by the pair's length:
an added figure needs words to spare, a dropped date or figure a shorter English — or, for a
figure, another figure in its place (tqa.checks.numbers)."""
import pytest

from tqa.pipeline import Options, check_pairs


def _findings(source: str, target: str, rule: str):
    document = check_pairs([(source, target)], Options(fast=True))
    return [issue for issue in document.issues if issue.rule == rule]


REPORTED = [
    pytest.param("TQA103", "회사는 올해 새 공장을 짓기로 했다고 밝혔다.",
                 "The company said it would build a new plant this year, investing 300 million dollars "
                 "and hiring about 2,000 workers over the next five years.", id="added-figure-with-added-clause"),
    pytest.param("TQA142", "정부는 2024년 3월 15일 새 규정을 발표하고 다음 달부터 시행하기로 했다.",
                 "The government announced new rules.", id="date-dropped-with-its-clause"),
    pytest.param("TQA102", "화재로 주민 40명이 대피했고 건물 3채가 탔다.",
                 "Residents were evacuated.", id="figure-dropped-with-its-clause"),
    # as long as a full translation, but another figure stands where the source's was
    pytest.param("TQA102", "이번 대회에는 12개 팀이 참가해 우승을 다퉜다.",
                 "Twenty teams took part in this year's tournament, competing for the title.",
                 id="figure-replaced-in-full-length-english"),
]

INFO_ONLY = [
    pytest.param("TQA103", "메탄의 연소 반응식은 CH₄ + 2O₂ → CO₂ + 2H₂O로 나타낸다.",
                 "Methane burns as CH₄ + 2O₂ → CO₂ + 2H₂O.", id="figure-restated-without-extra-words"),
    pytest.param("TQA142", "체험은 오후 1시·3시·5시에 진행된다.",
                 "Sessions are held every afternoon in the main hall by the river, three times.",
                 id="date-not-read-in-full-length-english"),
    # 2군 (the second-tier squad) said as "the reserve squad" in an English longer than usual
    pytest.param("TQA102", "그 선수는 2군으로 내려갔다.",
                 "The player was sent down to the reserve squad, where he will work on his swing for a while.",
                 id="figure-in-words-not-read"),
]


@pytest.mark.parametrize("rule,source,target", REPORTED)
def test_an_absence_the_length_corroborates_is_reported(rule, source, target):
    found = _findings(source, target, rule)
    assert found and all(issue.severity in ("minor", "major") for issue in found)


@pytest.mark.parametrize("rule,source,target", INFO_ONLY)
def test_an_absence_the_length_does_not_corroborate_is_info_only(rule, source, target):
    found = _findings(source, target, rule)
    assert found and all(issue.severity == "info" for issue in found)
