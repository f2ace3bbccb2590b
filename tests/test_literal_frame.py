"""An idiom's fixed frame (issue 13, near misses): a sentence that changes the case of the
idiom's noun, replaces a delimiter the idiom keeps, or counts the image out uses the words in
their plain sense, and the literal rules stay silent. Sentences written for the project."""
from __future__ import annotations

import pytest

from tqa.analyse.literal import citation_particles, literal_frame, read_pair
from tqa.ko.expressions import default_lexicon

pytest.importorskip("kiwipiepy")


def _frame(sentence: str, korean: str) -> str | None:
    matches = [m for m in default_lexicon().find(sentence) if m.expression.korean == korean]
    assert matches, f"{korean} not found in {sentence}"
    return literal_frame(matches[0], sentence)


def test_citation_particles_per_key():
    assert citation_particles("어깨가 으쓱해지다") == (("가", "JKS"), None)
    assert citation_particles("김칫국부터 마시다") == (("부터", "JX"), None)


@pytest.mark.parametrize("sentence, korean, why", [
    ("그녀는 어깨를 으쓱하고 웃었다.", "어깨가 으쓱해지다", "case"),            # subject → object: a shrug
    ("엄마가 보따리에 사과를 싸 주셨다.", "보따리를 싸다", "case"),             # object → place: a bundle holding apples
    ("아침에 김칫국을 데워 마셨다.", "김칫국부터 마시다", "delimiter"),          # 부터 → 을: soup drunk
    ("할머니는 칼을 두 자루 갈았다.", "칼을 갈다", "count"),                     # two knives counted out
])
def test_a_changed_frame_is_a_plain_use(sentence, korean, why):
    assert _frame(sentence, korean) == why


@pytest.mark.parametrize("sentence, korean", [
    ("칭찬을 듣자 어깨가 으쓱해졌다.", "어깨가 으쓱해지다"),
    ("그 칭찬이 내 어깨를 으쓱하게 만들었다.", "어깨가 으쓱해지다"),  # -게 만들다: the idiom made causative
    ("그는 결국 회사에서 보따리를 쌌다.", "보따리를 싸다"),
    ("벌써 합격한 줄 알고 김칫국부터 마셨다.", "김칫국부터 마시다"),
    ("김칫국 마시지 마.", "김칫국부터 마시다"),                         # the delimiter dropped in speech: still the idiom
    ("그는 십 년 동안 복수의 칼을 갈았다.", "칼을 갈다"),
])
def test_the_idiom_in_its_frame_is_read(sentence, korean):
    assert _frame(sentence, korean) is None


def test_a_plain_use_raises_no_literal_reading():
    reading = read_pair("그녀는 어깨를 으쓱하고 웃었다.", "She shrugged and laughed.")
    assert not any(r.literal or r.gloss_span for r in reading.readings)
    reading = read_pair("칭찬을 듣자 어깨가 으쓱해졌다.", "When I heard the praise, my shoulders shrugged.")
    assert any(r.literal for r in reading.readings)


def test_a_noun_written_bare_before_another_made_the_topic_is_the_animal_itself():
    assert _frame("도마뱀은 꼬리를 자르고 숨었다.", "도마뱀 꼬리 자르기") == "owner"
    assert _frame("그 회사는 도마뱀 꼬리 자르기로 사건을 덮었다.", "도마뱀 꼬리 자르기") is None


def test_an_animal_or_a_babys_body_is_no_figure_for_tqa311():
    from tqa.analyse.literal import read_pair

    assert not read_pair("우리 고양이는 귀가 커서 소리에 민감하다.", "Our cat has big ears.").compositional
    assert not read_pair("신생아는 목이 짧아서 옷 입히기가 어렵다.", "Newborns have short necks.").compositional
    assert read_pair("우리 과장님은 목이 짧아서 기다리는 걸 못 한다.", "Our chief has a short neck.").compositional


def test_glosses_that_make_an_english_idiom_of_the_same_image_are_no_calque():
    from tqa.analyse.literal import read_pair

    reading = read_pair("그녀는 말없이 등을 돌려 커튼을 걷었다.", "She turned her back and drew the curtains.")
    assert not any(r.gloss_span for r in reading.readings)
    reading = read_pair("관객들은 배꼽을 잡고 웃었다.", "The audience laughed, holding their belly buttons.")
    assert any(r.gloss_span for r in reading.readings)


@pytest.mark.parametrize("sentence, korean, why", [
    ("아픈 동생을 위해 죽을 쒀서 같이 먹었다.", "죽을 쑤다", "eaten"),       # the porridge is eaten
    ("아이가 도마에 사과를 올려놓았다.", "도마에 오르다", "object"),          # an apple on the board
])
def test_food_eaten_and_a_thing_put_are_plain(sentence, korean, why):
    assert _frame(sentence, korean) == why


@pytest.mark.parametrize("sentence, korean", [
    ("이번 시험은 완전히 죽을 쒔다.", "죽을 쑤다"),
    ("어제 떡이 되도록 술을 마셨다.", "떡이 되다"),                      # -도록: a measure, not a sequence
    ("야당은 그 정책을 도마에 올렸다.", "도마에 오르다"),                 # an abstract object: scrutiny
])
def test_the_idiom_with_food_or_a_new_object_still_read(sentence, korean):
    assert _frame(sentence, korean) is None
