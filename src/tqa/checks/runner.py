"""Runs the selected rules over a document and turns findings into issues."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document, Issue, Pair
from .registry import Finding, Rule, all_rules


@dataclass
class CheckContext:
    """Options and per-run caches shared by every check of one document."""

    fast: bool = False
    glossaries: list = field(default_factory=list)
    #: per-document scratch space for analyses several rules share (names, quantities …)
    cache: dict = field(default_factory=dict)
    #: rule code → severity override (from config)
    severities: dict[str, str] = field(default_factory=dict)


def rule_matches(rule: Rule, key: str) -> bool:
    """True when ``key`` names the rule: its code (``TQA101``), a code prefix (``TQA1``) or its family."""
    return rule.code.startswith(key.upper()) or rule.check == key.lower()


def select_rules(select: list[str] | None = None, ignore: list[str] | None = None) -> list[Rule]:
    """Rules chosen by code, code prefix or family (see :func:`rule_matches`). Neural rules
    are chosen too: :func:`run_checks` skips them when the context is ``fast``."""
    chosen = []
    for rule in all_rules():
        if select and not any(rule_matches(rule, key) for key in select):
            continue
        if ignore and any(rule_matches(rule, key) for key in ignore):
            continue
        chosen.append(rule)
    return chosen


def _to_issue(rule: Rule, finding: Finding, pair: Pair | None, context: CheckContext) -> Issue:
    source_segments = finding.source_segments
    target_segments = finding.target_segments
    if source_segments is None:
        source_segments = [finding.source.segment] if finding.source else (list(pair.link.source) if pair else [])
    if target_segments is None:
        target_segments = [finding.target.segment] if finding.target else (list(pair.link.target) if pair else [])
    severity = finding.severity or context.severities.get(rule.code) or rule.severity
    return Issue(
        rule=rule.code, check=rule.check, severity=severity, message=finding.message,
        source_segments=source_segments, target_segments=target_segments,
        source_span=finding.source.span if finding.source else None,
        target_span=finding.target.span if finding.target else None,
        suggestion=finding.suggestion, confidence=finding.confidence,
        mqm=rule.mqm, its=rule.its,
    )


def run_checks(document: Document, rules: list[Rule], context: CheckContext) -> list[Issue]:
    issues: list[Issue] = []
    pair_rules = [rule for rule in rules if rule.scope == "pair"]
    document_rules = [rule for rule in rules if rule.scope == "document"]
    for rule in rules:
        if rule.neural and context.fast:
            document.skipped[rule.code] = "--fast: neural models off"
    for pair in document.pairs():
        for rule in pair_rules:
            if rule.neural and context.fast:
                continue
            for finding in rule.function(pair, context):
                issues.append(_to_issue(rule, finding, pair, context))
    for rule in document_rules:
        if rule.neural and context.fast:
            continue
        for finding in rule.function(document, context):
            issues.append(_to_issue(rule, finding, None, context))
    issues.sort(key=lambda i: (min(i.source_segments, default=10**9), min(i.target_segments, default=10**9), i.rule))
    document.issues = issues
    return issues
