"""The memos that keep the name and literal checks cheap give the same answers as
computing afresh (they must never change a finding)."""
from __future__ import annotations

from hypothesis import given, strategies as st

from tqa.ko import names as ko_names
from tqa.ko.analyser import Morpheme, current, morphemes
from tqa.ko.expressions import content_keys, is_content, key_of
from tqa.en.names import proper_noun_words


def _fresh_keys(text: str):
    return tuple(key_of(m) if is_content(m) else None for m in morphemes(text))


def test_content_keys_match_key_of_and_are_reused_for_the_same_text():
    first = "그는 발이 정말 넓은 사람이다."
    found, keys = content_keys(first)
    assert found is morphemes(first)
    assert keys == _fresh_keys(first)
    assert any(key is not None for key in keys) and None in keys  # particles/endings are not content
    assert content_keys(first)[1] is keys  # the second search of one sentence reuses the keys


def test_content_keys_follow_a_change_of_text():
    content_keys("그림의 떡이었다.")
    other = "희망고문은 이제 그만두자."
    assert content_keys(other)[1] == _fresh_keys(other)
    assert current().recent("content_keys")[0] == other  # the run's analyser keeps the memo


def _token(start: int, end: int) -> Morpheme:
    return Morpheme("x", "NNG", start, end, "x")


_spans = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 5)), max_size=12)


@given(_spans, st.integers(0, 35), st.integers(0, 35))
def test_tokens_starting_equals_a_linear_scan(spans, low, high):
    ordered = tuple(_token(start, start + width) for start, width in sorted(spans))
    unordered = tuple(_token(start, start + width) for start, width in spans)
    for tokens in (ordered, unordered):
        expected = [t for t in tokens if low <= t.start < high]
        assert ko_names._tokens_starting(tokens, low, high) == expected


def test_proper_noun_words_returns_a_fresh_list():
    text = "Senior Fellow Jo Han-beom met Putin in Moscow."
    words = proper_noun_words(text)
    assert [w for _, _, w in words] == ["Senior", "Fellow", "Jo", "Han-beom", "Putin", "Moscow"]
    words.clear()  # a caller may change its copy; the memo keeps the original
    assert len(proper_noun_words(text)) == 6


def test_pair_reading_tokenizes_the_english_only_when_asked():
    from tqa.analyse.literal import read_pair
    from tqa.en.patterns import tokenize

    english = "The committee met on Monday."
    reading = read_pair("위원회는 월요일에 만났다.", english)
    assert reading.readings == [] and reading._tokens is None  # no expression: nothing tokenized yet
    assert reading.tokens == tokenize(english)
