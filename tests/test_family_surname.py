"""TQA208: relatives of one surname spelt two ways (our own sentences)."""
from tqa.pipeline import Options, check_pairs


def _findings(pairs):
    document = check_pairs(pairs, Options(fast=True, select=["TQA208"]))
    return [issue for issue in document.issues if issue.rule == "TQA208"]


def test_the_second_relative_is_pointed_at_with_the_family_spelling_as_suggestion():
    found = _findings([("박지훈 씨와 아들 박서준 군이 함께 왔다.", "Park Ji-hoon and his son Bak Seo-jun came together.")])
    assert len(found) == 1
    assert found[0].severity == "minor"
    assert found[0].target_span.text == "Bak Seo-jun"
    assert found[0].suggestion == "Park Seo-jun"


def test_two_people_of_one_surname_not_said_to_be_family_are_left_alone():
    assert not _findings([("박지훈 위원과 박서준 위원이 토론했다.", "Park Ji-hoon and Bak Seo-jun debated.")])
