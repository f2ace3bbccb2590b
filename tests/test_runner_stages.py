"""``run_checks(first=…, meanwhile=…)``: some rules first, a pause (``tqa check -j N``
gathers its workers' results there), then the others — with the issues, their order,
``document.errors`` and ``document.skipped`` of one pass over all the rules."""
from __future__ import annotations

import pytest

from tqa.analyse import registry
from tqa.checks.registry import Finding, Rule
from tqa.checks.runner import CheckContext, run_checks
from tqa.document import document_from_pairs

PAIRS = [
    ("오늘은 날씨가 맑았다.", "The weather was clear today."),
    ("회사는 직원 300명을 새로 뽑았다.", "The company hired 30 new staff."),
    ("그는 서울에 도착했다.", "He arrived in Seoul."),
    ("시장은 조용했다.", "The market was quiet."),
]


def _pair_rule(code, function, **extra):
    return Rule(code, "number", "minor", "A test rule.", "pair", function, **extra)


def _document_rule(code, function, **extra):
    return Rule(code, "name", "minor", "A test rule.", "document", function, **extra)


def every_pair(pair, context):
    yield Finding(f"pair {pair.index}")


def odd_pairs(pair, context):
    if pair.index % 2:
        yield Finding("odd")


def fails_on_pair_two(pair, context):
    if pair.index == 2:
        raise ValueError("two")
    yield Finding("before two")


def fails_on_pair_one(pair, context):
    if pair.index == 1:
        raise KeyError("one")
    return ()


def whole_document(document, context):
    yield Finding("the document", source_segments=[0], target_segments=[0])


def broken_document(document, context):
    raise RuntimeError("document rule")


def _broken_analysis(document, context):
    raise ValueError("no analysis here")


@pytest.fixture
def rules(monkeypatch):
    monkeypatch.setitem(registry.ANALYSERS, "test_broken",
                        registry.Analyser("test_broken", (), _broken_analysis, "A failing test analysis."))
    return [
        _pair_rule("TQA901", every_pair),
        _pair_rule("TQA902", fails_on_pair_two),
        _document_rule("TQA903", whole_document),
        _pair_rule("TQA904", odd_pairs, requires=("test_broken",)),
        _document_rule("TQA905", broken_document),
        _pair_rule("TQA906", fails_on_pair_one),
        _pair_rule("TQA907", every_pair, neural=True),
        _pair_rule("TQA908", odd_pairs, defers_to=("TQA901",)),
        _document_rule("TQA909", whole_document, defers_to=("TQA903",)),
    ]


def _run(rules, first=None, meanwhile=None):
    document = document_from_pairs(PAIRS)
    issues = run_checks(document, rules, CheckContext(fast=True), first=first, meanwhile=meanwhile)
    return ([(i.rule, i.message, i.source_segments, i.target_segments) for i in issues],
            [(e.rule, e.describe(), e.pair) for e in document.errors], dict(document.skipped))


@pytest.mark.parametrize("chosen", [
    ("TQA901",), ("TQA903", "TQA905"), ("TQA902", "TQA906", "TQA909"), ("TQA904", "TQA908"),
    ("TQA906", "TQA907", "TQA901", "TQA905"), (),
])
def test_rules_run_in_two_stages_report_what_one_pass_reports(rules, chosen):
    one = _run(rules)
    calls = []
    staged = _run(rules, first=[rule for rule in rules if rule.code in chosen], meanwhile=lambda: calls.append(1))
    assert staged == one
    assert calls == [1]
    issues, errors, skipped = one
    # the fixture exercises what it should: findings, every kind of failure, a skip, deferrals
    assert {rule for rule, *_ in issues} == {"TQA901", "TQA902", "TQA903"}
    assert [rule for rule, *_ in errors] == ["TQA904", "TQA906", "TQA902", "TQA905"]
    assert skipped == {"TQA907": "--fast: neural models off"}


def test_the_first_stage_runs_before_the_pause_and_the_rest_after(rules):
    order = []

    def first_rule(pair, context):
        order.append("first")
        return ()

    def second_rule(pair, context):
        order.append("second")
        return ()

    staged = [_pair_rule("TQA901", second_rule), _pair_rule("TQA902", first_rule)]
    _run(staged, first=[staged[1]], meanwhile=lambda: order.append("pause"))
    assert order == ["first"] * len(PAIRS) + ["pause"] + ["second"] * len(PAIRS)
