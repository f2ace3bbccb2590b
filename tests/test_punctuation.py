"""Punctuation rules (TQA010–TQA013) on hand-built documents."""
from __future__ import annotations

import pytest

from tqa.checks.punctuation import (
    cjk_punctuation_rule, doubled_spaces_rule, unbalanced_brackets_rule, unbalanced_quotes_rule,
)
from tqa.checks.registry import RULES
from tqa.checks.runner import CheckContext
from tqa.document import Document, Link, Segment


def document_of(pairs: list[tuple[str, str]]) -> Document:
    """One link per (source, target) sentence pair, in order."""
    sources, targets, links = [], [], []
    for index, (source, target) in enumerate(pairs):
        sources.append(Segment(index, source, 0, len(source)))
        targets.append(Segment(index, target, 0, len(target)))
        links.append(Link((index,), (index,)))
    return Document("s.ko", "t.en", "", "", sources, targets, links)


def spans(rule, source: str, target: str) -> list[str]:
    pair = next(document_of([(source, target)]).pairs())
    return [f.target.text for f in rule(pair, CheckContext())]


def test_registered_as_minor_punctuation():
    for code in ("TQA010", "TQA011", "TQA012", "TQA013"):
        assert (RULES[code].check, RULES[code].severity) == ("punctuation", "minor")


# -- TQA010 brackets ---------------------------------------------------------------------

def test_unclosed_bracket():
    assert spans(unbalanced_brackets_rule, "서울(한국 수도)에 갔다.", "He went to Seoul (the capital.") == ["("]


def test_stray_closing_bracket():
    assert spans(unbalanced_brackets_rule, "그는 웃었다.", "He laughed] at it.") == ["]"]


@pytest.mark.parametrize("source, target", [
    ("첫째, 둘째로 나뉜다.", "It has two parts: a) the first, b) the second."),
    ("좋다.", "Nice :)"),
    ("서울(한국 수도)에 갔다.", "He went to Seoul (the capital)."),
    ("1) 계획을 세운다", "1) Make a plan"),                  # the source is unbalanced too
    ("「한강」을 봤다.", "She saw [the Han River]."),
])
def test_bracket_near_misses(source, target):
    assert spans(unbalanced_brackets_rule, source, target) == []


# -- TQA011 quotes -----------------------------------------------------------------------

def test_unclosed_double_quote():
    assert spans(unbalanced_quotes_rule, '그는 "좋다"고 말했다.', 'He said "fine and left.') == ['"']


def test_double_quote_typed_for_an_apostrophe():
    pair = next(document_of([("그는 레이커스 웹사이트에 말했다.", 'He spoke on the Lakers" website.')]).pairs())
    found = list(unbalanced_quotes_rule(pair, CheckContext()))
    assert [(f.target.text, f.suggestion) for f in found] == [('"', "\u2019")]


def test_curly_closing_quote_used_to_open():
    assert spans(unbalanced_quotes_rule, "“희망”이라 불렀다.", "He called it the ”Hope”.") == ["”"]


def test_unclosed_single_quote():
    assert spans(unbalanced_quotes_rule, "그는 ‘위기’라 했다.", "He called it ‘a crisis and moved on.") == ["‘"]


@pytest.mark.parametrize("target", [
    "It's the students' choice, isn't it?",
    "Music of the '90s was loud.",
    "Rock 'n' roll never dies, they told 'em.",
    "He is 6'2\" tall.",
    "The \"new\" plan and the ‘old’ one.",
    "She said, 'We won.'",
])
def test_quote_near_misses(target):
    assert spans(unbalanced_quotes_rule, "그가 말했다.", target) == []


def test_unbalanced_source_means_no_report():
    assert spans(unbalanced_quotes_rule, '그는 "좋다고 말했다.', 'He said "fine and left.') == []


def test_quotation_over_several_sentences_is_not_reported():
    document = document_of([
        ("그는 말했다.", 'He said: "We are ready.'),
        ("모두 준비됐다.", "Everyone is set."),
        ('걱정 마라."', 'Do not worry."'),
        ("그리고 떠났다.", 'Then he said "bye.'),
    ])
    context = CheckContext()
    found = [f.target.text for pair in document.pairs() for f in unbalanced_quotes_rule(pair, context)]
    assert found == ['"']  # only the last one, which is never closed


def test_quotation_continued_in_the_next_paragraph_is_not_reported():
    document = document_of([("그가 말했다.", '"We are ready.'), ("그가 말했다.", '"We will win," he said.')])
    context = CheckContext()
    assert [f for pair in document.pairs() for f in unbalanced_quotes_rule(pair, context)] == []


# -- TQA012 CJK punctuation ---------------------------------------------------------------

@pytest.mark.parametrize("target, span, suggestion", [
    ("He read 「The Sea」 last year.", "「The Sea」", "“The Sea”"),
    ("He read 「The Sea last year.", "「", "“"),
    ("The Korea·US talks began.", "·", "-"),
    ("Prices rose 10～20%.", "～", "–"),
    ("He waited……", "……", "…"),
    ("It ended。", "。", "."),
    ("Really！", "！", "!"),
    ("Go to ＡＢＣ now.", "ＡＢＣ", "ABC"),
])
def test_cjk_punctuation(target, span, suggestion):
    pair = next(document_of([("원문", target)]).pairs())
    found = list(cjk_punctuation_rule(pair, CheckContext()))
    assert [(f.target.text, f.suggestion) for f in found][:1] == [(span, suggestion)]


@pytest.mark.parametrize("target", [
    "He waited… and then left.",          # a single ellipsis is English
    "Home · News · Contact",              # a spaced middle dot separates menu items
    "They walked down the Paral·lel.",    # Catalan l·l
    "Prices rose 10~20%.",                # ASCII tilde
])
def test_cjk_punctuation_near_misses(target):
    assert spans(cjk_punctuation_rule, "원문", target) == []


def test_copied_source_is_left_to_tqa003():
    assert spans(cjk_punctuation_rule, "「바다」를 읽었다。", "「바다」를 읽었다。") == []


# -- TQA013 doubled spaces ---------------------------------------------------------------

def test_doubled_space():
    assert spans(doubled_spaces_rule, "원문", "The  mayor spoke.") == ["  "]


def test_two_spaces_after_a_full_stop_are_a_convention():
    assert spans(doubled_spaces_rule, "원문", "He left.  Then she came.") == []
    assert spans(doubled_spaces_rule, "원문", "The mayor spoke.") == []


# -- every basic rule, fuzzed: no crash, spans point into their segment --------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tqa.checks.registry import all_rules  # noqa: E402

_PIECES = st.sampled_from([
    "the", "The", " ", "  ", '"', "'", "“", "”", "‘", "’", "(", ")", "[", "]", "「", "」", "·", "～",
    "…", "……", "한복", "ㆍ", "a)", ":)", "it's", "'90s", "had", "in", ".", ",", "3", '12"', "Ｈ", "\u3000",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join), st.lists(_PIECES, max_size=20).map("".join))
def test_basic_rules_never_crash_and_point_into_the_segment(source, target):
    document = document_of([(source, target), (source, target)])
    rules = [rule for rule in all_rules() if rule.check in ("untranslated", "punctuation", "fluency") and rule.scope == "pair"]
    context = CheckContext()
    for pair in document.pairs():
        for rule in rules:
            for finding in rule.function(pair, context):
                if finding.target is not None:
                    segment = document.target_segments[finding.target.segment]
                    assert segment.text[finding.target.start:finding.target.end] == finding.target.text


def test_quote_closing_a_title_after_s_is_not_taken_for_an_apostrophe():
    target = 'He read "Sons and Lovers" and said it was "really good.'
    pair = next(document_of([('그는 "아들과 연인들"을 읽었고 "정말 좋았다"고 말했다.', target)]).pairs())
    (finding,) = unbalanced_quotes_rule(pair, CheckContext())
    assert finding.suggestion is None and "not closed" in finding.message
    assert finding.target.start == target.rindex('"')
