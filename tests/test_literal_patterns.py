"""English pattern matching for the lexicon's literal/idiomatic columns (tqa.en.patterns)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqa.en.patterns import (PatternError, compile_pattern, find_glosses, find_patterns,
                             gloss_pattern, inflections, tokenize)


def matched(text: str, *patterns: str) -> list[str]:
    return [text[m.start:m.end] for m in find_patterns(text, list(patterns))]


def test_alternatives_prefixes_and_case():
    assert matched("He has WIDE feet.", "wide/broad foot/feet") == ["WIDE feet"]
    assert matched("tormenting hopes", "torment* hope*") == ["tormenting hopes"]
    assert matched("He has wide shoulders.", "wide/broad foot/feet") == []


def test_gap_allows_up_to_four_words():
    assert matched("hope that became a long torture", "hope* … tortur*") == ["hope that became a long torture"]
    assert matched("hope and then after that a long torture", "hope* … tortur*") == []  # five words between
    assert matched("hope torture", "hope* … tortur*") == ["hope torture"]              # empty gap


def test_possessive_and_hyphen_split_words():
    assert [t.text for t in tokenize("the bag's strap, well-known")] == ["the", "bag", "strap", "well", "known"]
    assert matched("the bag's long strap", "bag … strap*") == ["bag's long strap"]


def test_several_patterns_and_offsets():
    text = "A picture of rice cake, and another rice cake in a picture."
    spans = find_patterns(text, ["rice cake … picture", "picture … rice cake"])
    assert [text[m.start:m.end] for m in spans] == ["picture of rice cake", "rice cake in a picture"]


def test_bad_patterns():
    with pytest.raises(PatternError):
        compile_pattern("…")
    with pytest.raises(PatternError):
        compile_pattern("hope //")
    assert find_patterns("hope", ["", "…", "hope"])[0].pattern == "hope"


def test_gloss_patterns_inflect_and_generalise_determiners():
    assert {"hopes", "hoped", "hoping"} <= inflections("hope")
    assert "cried" in inflections("cry") and "stopped" in inflections("stop")
    tokens = tokenize("She tied the front of her garment.")
    assert find_glosses(tokens, ["front of a garment"]) == [(3, 6)]
    assert find_glosses(tokenize("passengers were tied down"), ["be tied"]) == [(2, 2)]
    assert gloss_pattern("rice cake").startswith("rice/")


# --- fuzz: the parser and matcher never crash and spans are well-formed -------------

slot_text = st.text(alphabet=st.sampled_from("abcxyz*/…. '"), min_size=0, max_size=12)


@settings(max_examples=200, deadline=None)
@given(pattern=st.lists(slot_text, max_size=5).map(" ".join), text=st.text(max_size=80))
def test_fuzz_patterns_never_crash(pattern, text):
    try:
        compiled = compile_pattern(pattern)
    except PatternError:
        return
    tokens = tokenize(text)
    for first, last in compiled.search(tokens):
        assert 0 <= first <= last < len(tokens)
    for match in find_patterns(text, [pattern]):
        assert 0 <= match.start < match.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.sampled_from(["hope", "torture", "the", "a", "big", "cake"]), min_size=1, max_size=8))
def test_fuzz_exact_pattern_matches_its_own_text(words):
    text = " ".join(words)
    assert matched(text, text) == [text]
