"""Idiom forms matched on lemmas (issue 13, item 2): passive/causative stems against the
active entry, noun + verb stems kiwi keeps whole, honorific -시-. Sentences written for
the project."""
from __future__ import annotations

import pytest

from tqa.analyse.literal import english_lemma
from tqa.ko.expressions import default_lexicon
from tqa.ko.forms import base_stems, same_verb

pytest.importorskip("kiwipiepy")


@pytest.mark.parametrize("voiced, active", [
    ("잡히", "잡"), ("죽이", "죽"), ("묶이", "묶"), ("태우", "타"), ("세우", "서"), ("씌우", "쓰"), ("비우", "비"),
    ("눌리", "누르"), ("잘리", "자르"),  # 르-irregular: 르 fuses into the infix as ㄹ + 리
])
def test_passive_and_causative_stems_share_the_active_verb(voiced, active):
    assert same_verb(voiced, active) and same_verb(active, voiced)


def test_unrelated_stems_differ():
    assert not same_verb("먹", "잡")
    assert base_stems("넓") == [("넓", "active")]


def _found(sentence: str) -> list[str]:
    return [match.expression.korean for match in default_lexicon().find(sentence)]


@pytest.mark.parametrize("sentence, entry", [
    ("후배들 기를 죽이지 마.", "기가 죽다"),               # causative of the entry's verb
    ("부모님 애를 그만 태워라.", "애가 타다"),              # contracted -이우- causative
    ("또 바람맞았어.", "바람을 맞다"),                     # noun + verb in one stem
    ("이번 한 번만 눈감아 주세요.", "눈을 감아 주다"),       # one stem, honorific ending
    ("할머니가 손이 크셔서 음식이 늘 남는다.", "손이 크다"),  # honorific -시-
])
def test_forms_match_their_entry(sentence, entry):
    assert entry in _found(sentence)


def test_the_entry_written_in_the_same_voice_wins():
    found = _found("규제에 발목이 잡혀 사업이 늦어졌다.")
    assert "발목이 잡히다" in found and "발목을 잡다" not in found
    found = _found("어제 또 바람맞았어.")
    assert "바람맞히다" not in found


def test_english_lemmas_of_short_stems():
    assert english_lemma("used") == english_lemma("using") == "use"
    assert english_lemma("need") == "need" and english_lemma("thing") == "thing"


@pytest.mark.parametrize("fused, adjective", [
    ("뜨거워지", "뜨겁"), ("새빨개지", "새빨갛"), ("커지", "크"), ("높아지", "높"), ("깨끗해지", "깨끗하"), ("빨라지", "빠르"),
])
def test_fused_inchoative_stems_give_their_adjective(fused, adjective):
    from tqa.ko.forms import inchoative_bases

    assert adjective in inchoative_bases(fused)
    assert adjective in [base for base, _ in base_stems(fused)]


def test_root_plus_hada_is_one_predicate():
    from tqa.ko.forms import noun_predicates

    found = noun_predicates("사장님은 허리가 꼿꼿하시다.", lambda noun: noun == "허리")
    assert [(c.noun, c.predicate.stem) for c in found] == [("허리", "꼿꼿하")]


@pytest.mark.parametrize("sentence, entry", [
    # a bare noun that runs on into another noun phrase modifies it: 날 is "the day" here
    ("그는 대회 마지막 날 큰 무대에 서서 노래했다.", "날을 세우다"),
    ("우리 팀은 첫날 작은 경기장에 섰다.", "날을 세우다"),
])
def test_a_bare_noun_modifying_another_noun_is_not_the_idioms_argument(sentence, entry):
    assert entry not in _found(sentence)


@pytest.mark.parametrize("sentence, entry", [
    ("너 요즘 간 단단히 부었구나.", "간이 붓다"),                  # particle dropped, adverb inserted
    ("걔 진짜 발 넓어.", "발이 넓다"),                              # particle dropped, predicate right after
    ("그 사람 또 바가지 박박 긁었어.", "바가지를 긁다"),            # particle dropped, adverb inserted
])
def test_a_dropped_particle_still_matches(sentence, entry):
    assert entry in _found(sentence)
