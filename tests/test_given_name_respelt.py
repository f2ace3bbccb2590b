"""TQA207: a person called by the given name alone, spelt unlike the full name (our own sentences)."""
from tqa.pipeline import Options, check_pairs


def _findings(pairs):
    document = check_pairs(pairs, Options(fast=True, select=["TQA207"]))
    return [issue for issue in document.issues if issue.rule == "TQA207"]


def test_a_respelt_given_name_in_a_later_sentence_points_at_both_spellings():
    found = _findings([("박지호 씨는 요리사다.", "Park Ji-ho is a chef."),
                       ("지호 씨는 새벽에 시장에 간다.", "Jee-ho goes to the market at dawn.")])
    assert len(found) == 1
    assert found[0].source_span.text == "지호"
    assert found[0].target_span.text == "Jee-ho"
    assert found[0].suggestion == "Ji-ho"


def test_two_people_with_one_given_name_are_left_alone():
    pairs = [("박지호 씨와 김지호 씨는 동료다.", "Park Ji-ho and Kim Ji-ho are colleagues."),
             ("지호 씨는 새벽에 시장에 간다.", "Jee-ho goes to the market at dawn.")]
    assert not _findings(pairs)
