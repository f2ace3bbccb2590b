"""One finding per error: a rule that defers to a more specific one (``defers_to``) gives way
when both report the same place (TQA130 after TQA101, TQA170 after TQA140)."""
from __future__ import annotations

from tqa.checks import numbers  # noqa: F401  (registers the rules)
from tqa.checks.registry import RULES
from tqa.checks.runner import CheckContext, run_checks
from tqa.document import document_from_pairs

NUMBER_RULES = [rule for rule in RULES.values() if rule.check in ("number", "date")]


def document_of(pairs):
    return document_from_pairs(pairs)


def found(rules, *pairs):
    return [(issue.rule, issue.source_segments, issue.target_span.text if issue.target_span else None)
            for issue in run_checks(document_of(list(pairs)), rules, CheckContext(fast=True))]


AMOUNT = [("정부는 5억 달러를 지원한다.", "The government gives 500 million dollars."),
          ("5억 달러는 내년에 집행된다.", "The 5 billion dollars will be spent next year.")]


def test_a_wrong_amount_said_twice_is_reported_once_by_the_value_rule():
    assert found(NUMBER_RULES, *AMOUNT) == [("TQA101", [1], "5 billion dollars")]


def test_the_consistency_rule_still_reports_it_when_the_value_rule_is_not_selected():
    assert found([RULES["TQA130"]], *AMOUNT) == [("TQA130", [1], "5 billion dollars")]


def test_two_renderings_within_rounding_are_still_reported_by_the_consistency_rule():
    pairs = [("방문객은 2,460만 명이었다.", "Visitors numbered 24.6 million."),
             ("2,460만 명은 역대 최다다.", "The 25 million visitors are a record.")]
    assert [rule for rule, _, _ in found(NUMBER_RULES, *pairs)] == ["TQA130"]


def test_a_wrong_date_said_twice_is_reported_once_by_the_date_rule():
    pairs = [("공연은 2021년 6월 3일 열렸다.", "The concert was held on June 3, 2021."),
             ("2021년 6월 3일 이후 매진됐다.", "It sold out after June 13, 2021.")]
    assert [rule for rule, _, _ in found(NUMBER_RULES, *pairs)] == ["TQA140"]
    assert [rule for rule, _, _ in found([RULES["TQA170"]], *pairs)] == ["TQA170"]


def test_a_dropped_negation_on_a_direction_word_is_reported_once_by_the_polarity_rule():
    from tqa.checks import meaning  # noqa: F401  (registers the rules)
    from tqa.pipeline import Options, check_pairs

    for source, target in [("수출이 증가하지 않았다.", "Exports increased."),
                            ("피고인은 혐의를 인정하지 않았다.", "The defendant admitted the charges.")]:
        rules = [issue.rule for issue in check_pairs([(source, target)], Options(fast=True)).issues
                 if issue.severity != "info"]
        assert rules == ["TQA050"], (source, rules)


def test_a_direction_word_reversed_without_a_negation_is_still_the_direction_rule():
    from tqa.pipeline import Options, check_pairs

    rules = [issue.rule for issue in check_pairs([("수출이 증가했다.", "Exports fell.")],
                                                 Options(fast=True)).issues if issue.severity != "info"]
    assert rules == ["TQA051"]
