"""Revised Romanization, personal-name rules, spelling variants and phonetic matching."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqa.ko.romanize import (decompose, name_pattern, phonetic_key, phonetic_similarity, romanize,
                             romanize_name, romanize_syllable, split_name, surname_pattern,
                             surname_spellings, syllable_variants)


@pytest.mark.parametrize("hangul, expected", [
    ("부산", "busan"), ("신라", "silla"), ("종로", "jongno"), ("한국어", "hangugeo"),
    ("독립", "dongnip"), ("백마", "baengma"), ("별내", "byeollae"), ("제주도", "jejudo"),
    ("광희문", "gwanghuimun"), ("법률", "beomnyul"),
])
def test_revised_romanization_of_words(hangul, expected):
    assert romanize(hangul) == expected


def test_non_hangul_passes_through():
    assert romanize("G20 정상") == "G20 jeongsang"


@pytest.mark.parametrize("hangul, expected", [
    ("조한범", "Jo Han-beom"), ("한복남", "Han Bok-nam"), ("홍빛나", "Hong Bit-na"),
    ("위성락", "Wi Seong-rak"), ("남궁민", "Namgung Min"), ("이순신", "Lee Sun-sin"),
])
def test_personal_names_keep_syllables_apart(hangul, expected):
    # the notice: surname first, given-name syllables without sound changes (한복남 ≠ Han Bongnam)
    assert romanize_name(hangul) == expected


def test_strict_surname_when_asked():
    assert romanize_name("이순신", customary_surname=False) == "I Sun-sin"


def test_split_name_knows_two_syllable_surnames():
    assert split_name("남궁민") == ("남궁", "민")
    assert split_name("선우용녀") == ("선우", "용녀")
    assert split_name("김정은") == ("김", "정은")


@pytest.mark.parametrize("rendering", [
    "Jo Han-beom", "Cho Han-bum", "Cho Hanbeom", "JO Han-beom", "Han-beom Jo", "Joe Han-bom",
])
def test_name_pattern_accepts_customary_spellings(rendering):
    assert name_pattern("조한범").search(f"said {rendering} on Monday")


@pytest.mark.parametrize("rendering", ["Jo Hyun-beom", "Jo Han", "Cho Han-su", "Johan Beomsen"])
def test_name_pattern_rejects_other_names(rendering):
    assert not name_pattern("조한범").search(f"said {rendering} on Monday")


def test_surname_variants_cover_lee_yi_rhee():
    spellings = surname_spellings("이")
    assert {"lee", "yi", "rhee"} <= set(spellings)
    assert surname_pattern("이").search("President Rhee said")
    assert not surname_pattern("이").search("the lee side of the hill")  # lower case is not a surname


def test_given_syllable_variants():
    assert {"seong", "sung"} <= set(syllable_variants("성"))
    assert {"hyeon", "hyun"} <= set(syllable_variants("현"))
    assert {"u", "woo"} <= set(syllable_variants("우"))
    assert syllable_variants("범")[0] == "beom"


@pytest.mark.parametrize("hangul, latin", [
    ("푸틴", "Putin"), ("블라디보스토크", "Vladivostok"), ("우수리스크", "Ussuriysk"),
    ("트럼프", "Trump"), ("젤렌스키", "Zelensky"), ("피터", "Peter"), ("마이클", "Michael"),
])
def test_phonetic_similarity_matches_transliterations(hangul, latin):
    assert phonetic_similarity(hangul, latin) >= 0.75


@pytest.mark.parametrize("hangul, latin", [
    ("푸틴", "Pyongyang"), ("비야레알", "Hopefully"), ("블라디보스토크", "Moscow"), ("트럼프", "Biden"),
])
def test_phonetic_similarity_rejects_unrelated_words(hangul, latin):
    assert phonetic_similarity(hangul, latin) < 0.75


def test_phonetic_key_classes():
    assert phonetic_key("Vladivostok") == "PLTPSTK"
    assert phonetic_key("") == ""


HANGUL_SYLLABLE = st.integers(0xAC00, 0xD7A3).map(chr)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.one_of(HANGUL_SYLLABLE, st.sampled_from(" .,-A1")), max_size=30))
def test_romanize_never_fails_and_leaves_no_hangul(text):
    result = romanize(text)
    assert all(not ("\uac00" <= ch <= "\ud7a3") for ch in result)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(list("김이박최정강조윤장임한오서신권황안송")), st.lists(HANGUL_SYLLABLE, min_size=1, max_size=2))
def test_a_name_matches_its_own_romanisation(surname, given_syllables):
    name = surname + "".join(given_syllables)
    assert name_pattern(name).search(f"({romanize_name(name)})")


@settings(max_examples=100, deadline=None)
@given(HANGUL_SYLLABLE)
def test_decompose_roundtrip(syllable):
    initial, vowel, final = decompose(syllable)
    assert chr(0xAC00 + initial * 588 + vowel * 28 + final) == syllable
    assert romanize_syllable(syllable).isascii()


@pytest.mark.parametrize("hangul, spelling", [
    ("영", "young"), ("우", "woo"), ("서", "suh"), ("류", "yoo"), ("윤", "youn"), ("용", "ryong"), ("노", "roh"),
])
def test_rule_based_variants_cover_customary_spellings(hangul, spelling):
    """Spellings the generator makes from rules alone (no table entry needed)."""
    assert spelling in syllable_variants(hangul)


def test_customary_spellings_do_not_open_the_pattern_to_other_names():
    pattern = name_pattern("정동영")
    assert pattern.search("Chung Dong-young said") and pattern.search("Jeong Dong-yeong said")
    assert not pattern.search("Chung Dong-hyun said") and not pattern.search("Chung Dong-woo said")
