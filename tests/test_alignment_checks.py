"""Alignment checks TQA030–TQA036: each with a true positive and a near miss."""
from __future__ import annotations

from pathlib import Path

import pytest

from tqa.checks.registry import RULES
from tqa.checks.runner import CheckContext, run_checks, select_rules
from tqa.document import Document, Link, Segment

import tqa.checks.alignment  # noqa: F401  (registers the rules)


def make_document(source_texts, target_texts, links):
    source = [Segment(i, t, 0, len(t)) for i, t in enumerate(source_texts)]
    target = [Segment(i, t, 0, len(t)) for i, t in enumerate(target_texts)]
    return Document(None, None, "\n".join(source_texts), "\n".join(target_texts), source, target,
                    [Link(tuple(s), tuple(t), score) for s, t, score in links])


def issues(document, code, fast=False):
    return run_checks(document, select_rules([code]), CheckContext(fast=fast))


def test_rules_are_registered_with_families():
    expected = {"TQA030": "omission", "TQA031": "addition", "TQA032": "addition", "TQA033": "omission",
                "TQA034": "omission", "TQA035": "addition", "TQA036": "omission"}
    for code, family in expected.items():
        assert RULES[code].check == family and RULES[code].doc


# ----------------------------------------------------------------- TQA030 --

def test_unaligned_source_is_an_omission():
    document = make_document(["정부는 새 법안을 발표했다.", "시행은 내년 1월부터다."],
                             ["The government announced a new bill."],
                             [((0,), (0,), 0.9), ((1,), (), None)])
    found = issues(document, "TQA030")
    assert [(i.rule, i.severity, i.source_segments) for i in found] == [("TQA030", "major", [1])]
    assert found[0].source_span.text == "시행은 내년 1월부터다."


def test_unaligned_korean_furniture_or_symbols_are_not_omissions():
    document = make_document(["본문 바로가기", "***", "정부는 새 법안을 발표했다."],
                             ["The government announced a new bill."],
                             [((0,), (), None), ((1,), (), None), ((2,), (0,), 0.9)])
    assert issues(document, "TQA030") == []


# ----------------------------------------------------------- TQA031 / 032 --

def test_unaligned_target_sentence_is_an_addition():
    document = make_document(["정부는 새 법안을 발표했다."],
                             ["The government announced a new bill.", "Critics were quick to respond."],
                             [((0,), (0,), 0.9), ((), (1,), None)])
    assert [(i.rule, i.severity) for i in issues(document, "TQA031")] == [("TQA031", "major")]
    assert issues(document, "TQA032") == []


def test_unaligned_furniture_is_a_minor_addition_not_tqa031():
    document = make_document(["정부는 새 법안을 발표했다."],
                             ["Skip to main content", "The government announced a new bill.", "Share on Facebook"],
                             [((), (0,), None), ((0,), (1,), 0.9), ((), (2,), None)])
    found = issues(document, "TQA032")
    assert [(i.severity, i.target_segments) for i in found] == [("minor", [0]), ("minor", [2])]
    assert issues(document, "TQA031") == []


def test_aligned_sentence_mentioning_sharing_is_not_furniture():
    document = make_document(["그는 상을 두 동료와 나눴다."], ["He shared the prize with two colleagues."],
                             [((0,), (0,), 0.9)])
    assert issues(document, "TQA032") == []


# ----------------------------------------------------------------- TQA033 --

def _scored_document(last_score, last_target):
    source = [f"문장 {k}번은 평범한 내용을 담고 있는 꽤 긴 한국어 문장이다." for k in range(10)]
    target = [f"Sentence number {k} holds ordinary content in a fairly long English line." for k in range(9)]
    target.append(last_target)
    links = [((k,), (k,), 0.87 + (k % 3) * 0.01) for k in range(9)] + [((9,), (9,), last_score)]
    return make_document(source, target, links)


def test_low_similarity_and_short_target_is_a_major_omission():
    document = _scored_document(0.70, "Sentence nine.")
    found = issues(document, "TQA033")
    assert [(i.rule, i.check, i.severity) for i in found] == [("TQA033", "omission", "major")]
    assert "0.70" in found[0].message


def test_low_similarity_with_normal_length_is_info():
    document = _scored_document(0.70, "Sentence number 9 holds different content in a fairly long English line.")
    assert [i.severity for i in issues(document, "TQA033")] == ["info"]


def test_similarity_slightly_below_the_norm_is_not_reported():
    document = _scored_document(0.83, "Sentence nine.")
    assert issues(document, "TQA033") == []


def test_low_similarity_is_neural_and_skipped_in_fast_mode():
    document = _scored_document(0.70, "Sentence nine.")
    assert issues(document, "TQA033", fast=True) == []
    assert "TQA033" in document.skipped


# ----------------------------------------------------------- TQA034 / 035 --

KO_LONG = "서울시는 내년부터 한강 공원 열두 곳에 자전거 대여소를 새로 짓고 야간 조명도 늘린다고 밝혔다."


def test_far_too_short_translation_is_flagged():
    document = make_document([KO_LONG], ["Seoul builds."], [((0,), (0,), None)])
    assert [(i.rule, i.severity) for i in issues(document, "TQA034")] == [("TQA034", "minor")]


def test_ordinary_translation_length_is_not_flagged():
    english = ("Seoul said it will build new bicycle rental stations in twelve Han River parks from next year "
               "and add more lighting at night.")
    document = make_document([KO_LONG], [english], [((0,), (0,), None)])
    assert issues(document, "TQA034") == [] and issues(document, "TQA035") == []


def test_far_too_long_translation_is_flagged():
    english = ("Seoul said it will build new bicycle rental stations in twelve Han River parks from next year "
               "and add more lighting at night. ") * 3
    document = make_document([KO_LONG], [english], [((0,), (0,), None)])
    assert [(i.rule, i.check) for i in issues(document, "TQA035")] == [("TQA035", "addition")]


# ----------------------------------------------------------------- TQA036 --

KO_TWO_CLAUSES = "회사는 2024년 매출이 35억 달러였다고 밝혔고, 직원 1,200명을 2026년까지 새로 뽑을 계획이다."


def test_clause_with_missing_numbers_is_a_partial_omission():
    document = make_document([KO_TWO_CLAUSES], ["The company said its 2024 sales were $3.5 billion."],
                             [((0,), (0,), 0.86)])
    found = issues(document, "TQA036")
    assert len(found) == 1 and found[0].severity == "major"
    assert "1,200" in found[0].source_span.text and "2024" not in found[0].source_span.text


def test_clause_rendered_with_its_numbers_is_not_flagged():
    english = ("The company said its 2024 sales were $3.5 billion and that it plans to hire 1,200 new "
               "employees by 2026.")
    document = make_document([KO_TWO_CLAUSES], [english], [((0,), (0,), 0.9)])
    assert issues(document, "TQA036") == []


def test_whole_different_translation_is_not_a_partial_omission():
    document = make_document([KO_TWO_CLAUSES], ["The weather was pleasant."], [((0,), (0,), 0.6)])
    assert issues(document, "TQA036") == []


# ------------------------------------------------------ real-data false alarms --

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def test_no_length_or_partial_alarms_on_professional_translations():
    flores = DATA / "flores200-dev"
    if not flores.exists():
        pytest.skip("../shared/data/flores200-dev is absent")
    ko = (flores / "kor_Hang.dev").read_text(encoding="utf-8").splitlines()[:300]
    en = (flores / "eng_Latn.dev").read_text(encoding="utf-8").splitlines()[:300]
    document = make_document(ko, en, [((k,), (k,), None) for k in range(len(ko))])
    found = run_checks(document, select_rules(["TQA034", "TQA035", "TQA036"]), CheckContext())
    assert len(found) <= 1  # professional translations: at most one alarm in 300 pairs


from hypothesis import given, settings, strategies as st  # noqa: E402

from tqa.checks.alignment import _clauses  # noqa: E402


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("가나다라마고며지만, .1230abc")), max_size=50))
def test_clauses_are_ordered_and_inside_the_text(text):
    spans = _clauses(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end
