"""A pair rule's precondition (``Rule.skip_when``): the runner does not call the rule where
the precondition holds, evaluates a precondition shared by several rules once a pair, runs
every rule where a precondition fails, and the number and date rules' precondition (no
quantity on either side) never costs a finding."""
from __future__ import annotations

import dataclasses

from tqa.checks.registry import Finding, Rule
from tqa.checks.runner import CheckContext, run_checks, select_rules
from tqa.document import document_from_pairs

PAIRS = [
    ("오늘은 날씨가 맑았다.", "The weather was clear today."),
    ("회사는 직원 300명을 새로 뽑았다.", "The company hired 30 new staff."),
    ("그는 2019년 4월 3일 서울에 도착했다.", "He arrived in Seoul on April 3, 2018."),
    ("시장은 조용했다.", "The market was quiet, with 5 percent fewer buyers."),
    ("매출이 2%포인트 늘었다.", "Sales rose 2 percent."),
    ("", "Page 12"),
    ("회의는 오후 3시에 끝났다.", "The meeting ended at 4 p.m."),
    ("아무 숫자도 없다.", "There are no figures."),
]


def _rule(code: str, function, skip_when=None) -> Rule:
    return Rule(code, "number", "minor", "A test rule.", "pair", function, skip_when=skip_when)


def test_a_rule_is_not_called_where_its_precondition_holds_and_a_shared_one_runs_once_a_pair():
    calls, tests = [], []

    def skip_short(pair):
        tests.append(pair.index)
        return len(pair.target) < 20

    def report(pair, context):
        calls.append(pair.index)
        yield Finding("seen")

    rules = [_rule("TQA901", report, skip_short), _rule("TQA902", report, skip_short), _rule("TQA903", report)]
    document = document_from_pairs(PAIRS)
    issues = run_checks(document, rules, CheckContext(fast=True))
    long_enough = [i for i, (_, target) in enumerate(PAIRS) if len(target) >= 20]
    assert tests == list(range(len(PAIRS)))  # once a pair, not once a rule
    assert sorted(calls) == sorted(long_enough * 2 + list(range(len(PAIRS))))
    assert sum(issue.rule == "TQA903" for issue in issues) == len(PAIRS)
    assert sum(issue.rule == "TQA901" for issue in issues) == len(long_enough)


def test_a_failing_precondition_skips_nothing():
    def broken(pair):
        raise ValueError("no")

    def report(pair, context):
        yield Finding("seen")

    document = document_from_pairs(PAIRS)
    issues = run_checks(document, [_rule("TQA901", report, broken)], CheckContext(fast=True))
    assert len(issues) == len(PAIRS) and not document.errors


def _found(rules):
    document = document_from_pairs(PAIRS)
    return [(i.rule, i.message, i.source_segments, i.source_span, i.target_segments, i.target_span)
            for i in run_checks(document, rules, CheckContext(fast=True))]


def test_the_number_and_date_rules_find_the_same_with_and_without_their_precondition():
    rules = select_rules(["number", "date"])
    assert sum(rule.skip_when is not None for rule in rules) == 10
    plain = [dataclasses.replace(rule, skip_when=None) for rule in rules]
    with_precondition = _found(rules)
    assert with_precondition == _found(plain)
    assert {code for code, *_ in with_precondition} >= {"TQA101", "TQA140"}  # the rules did run
