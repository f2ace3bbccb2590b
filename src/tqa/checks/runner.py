"""Runs the selected rules over a document and turns findings into issues.

:func:`run_checks` first computes the analyses the rules declare (``requires``), then
runs each rule on its own: a rule that raises (on one pair, or on the document) is
recorded in ``document.errors`` with a one-line reason and the run goes on, so the other
rules' findings still come out. The CLI then exits 2 (incomplete run) — see README.
"""
from __future__ import annotations

import sys

from ..analyse import run_analysers
from ..calibration import rule_confidence
from ..context import CheckContext
from ..document import Document, Issue, Pair, RuleError
from .registry import Finding, Rule, all_rules, rules_for  # noqa: F401

__all__ = ["CheckContext", "rule_matches", "select_rules", "run_checks", "needed_analyses", "drop_deferred"]


def rule_matches(rule: Rule, key: str) -> bool:
    """True when ``key`` names the rule: its code (``TQA101``), a code prefix (``TQA1``) or its family."""
    return rule.code.startswith(key.upper()) or rule.check == key.lower()


def select_rules(select: list[str] | None = None, ignore: list[str] | None = None) -> list[Rule]:
    """Rules chosen by code, code prefix or family (see :func:`rule_matches`). Neural rules
    are chosen too: :func:`run_checks` skips them when the context is ``fast``. An opt-in rule
    (:attr:`Rule.opt_in`) is chosen only when ``select`` names its code."""
    chosen = []
    for rule in rules_for(select):  # with --select, only the modules holding the chosen rules load
        if select and not any(rule_matches(rule, key) for key in select):
            continue
        if rule.opt_in and not (select and any(key.upper() == rule.code for key in select)):
            continue  # an opt-in rule runs only when its own code is selected
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
        suggestion=finding.suggestion if finding.suggestion is not None else finding.advice,
        advice=finding.advice, confidence=rule_confidence().get(rule.code),
        mqm=rule.mqm, its=rule.its,
    )


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}"[:300] if text else type(error).__name__


def _failure(rule: Rule, error: BaseException, pair: Pair | None) -> RuleError:
    return RuleError(rule.code, _reason(error), pair.index if pair is not None else None)


def needed_analyses(rules: list[Rule], fast: bool) -> list[str]:
    """The analyses the rules that will run declare, in rule order, each once."""
    return list(dict.fromkeys(name for rule in rules if not (rule.neural and fast) for name in rule.requires))


def _place(issue: Issue) -> tuple:
    return (tuple(issue.source_segments), issue.source_span, tuple(issue.target_segments), issue.target_span)


def drop_deferred(issues: list[Issue], defers: dict[str, tuple[str, ...]]) -> list[Issue]:
    """One finding per error: drop a finding whose rule defers to a more specific rule that
    reported a finding at the same place (same segments and spans on both sides)."""
    if not defers:
        return issues
    reported = {(issue.rule, _place(issue)) for issue in issues}
    return [issue for issue in issues
            if not any((other, _place(issue)) in reported for other in defers.get(issue.rule, ()))]


def run_checks(document: Document, rules: list[Rule], context: CheckContext,
               first: list[Rule] | None = None, meanwhile=None) -> list[Issue]:
    """Run ``rules`` over ``document``: their analyses first, then the pair rules pair by
    pair, then the document rules; the issues sorted by place, ``document.issues`` set.

    ``first`` (some of ``rules``) and ``meanwhile`` (a function of no arguments): the
    ``first`` rules run (with their analyses), then ``meanwhile()``, then the other rules
    (with theirs) — ``tqa check -j N`` runs the rules that need only document-wide
    analyses while the workers still compute the per-pair ones. The issues, their order,
    ``document.skipped`` and ``document.errors`` are those of one pass over ``rules``."""
    issues: list[Issue] = []
    active = []
    for rule in rules:
        if rule.neural and context.fast:
            document.skipped[rule.code] = "--fast: neural models off"
        else:
            active.append(rule)
    document.analyses.bind(context)
    position = {rule.code: number for number, rule in enumerate(active)}
    # (kind, pair number, rule position, error): the order one pass reports them in —
    # failed analyses in rule order, then pair rules pair by pair, then document rules
    errors: list[tuple[int, int, int, RuleError]] = []
    if first is None:
        stages = [active]
    else:
        chosen = {rule.code for rule in first}
        stages = [[rule for rule in active if rule.code in chosen],
                  [rule for rule in active if rule.code not in chosen]]
    runnable: list[Rule] = []
    for number, stage in enumerate(stages):
        if number and meanwhile is not None:
            meanwhile()
        issues.extend(_run_stage(document, stage, context, position, errors, runnable))
    for *_, failure in sorted(errors, key=lambda entry: entry[:3]):
        document.errors.append(failure)
        print(f"tqa: rule {failure.describe()} (the other rules ran)", file=sys.stderr)
    issues = drop_deferred(issues, {rule.code: rule.defers_to for rule in runnable if rule.defers_to})
    issues.sort(key=lambda i: (min(i.source_segments, default=10**9), min(i.target_segments, default=10**9), i.rule))
    document.issues = issues
    return issues


def _run_stage(document: Document, active: list[Rule], context: CheckContext, position: dict[str, int],
               errors: list, runnable: list[Rule]) -> list[Issue]:
    """The analyses of ``active`` and its rules over ``document`` (see :func:`run_checks`);
    failures go to ``errors`` (keyed by ``position``, each rule's place in the run), the
    rules that ran to ``runnable``."""
    issues: list[Issue] = []
    failed = run_analysers(document, needed_analyses(active, context.fast), context) if active else {}
    ready = []
    for rule in active:
        broken = [name for name in rule.requires if name in failed]
        if broken:
            errors.append((0, 0, position[rule.code],
                           _failure(rule, RuntimeError(f"analysis {broken[0]} failed: {failed[broken[0]]}"), None)))
        else:
            ready.append(rule)
    runnable.extend(ready)
    pair_rules = [rule for rule in ready if rule.scope == "pair"]
    document_rules = [rule for rule in ready if rule.scope == "document"]
    failed_rules: set[str] = set()
    # preconditions (Rule.skip_when), each function evaluated once a pair for all its rules
    preconditions = list(dict.fromkeys(rule.skip_when for rule in pair_rules if rule.skip_when is not None))
    if pair_rules:
        for number, pair in enumerate(document.pairs()):
            skipped = None
            if preconditions:
                try:
                    skipped = {test for test in preconditions if test(pair)}
                except Exception:  # noqa: BLE001 - a failing precondition skips nothing: the rules run and report
                    skipped = None
            for rule in pair_rules:
                if skipped and rule.skip_when in skipped:
                    continue  # the rule cannot find anything in this pair
                found = None  # most rules find nothing in most pairs: no list made for them
                try:
                    for finding in rule.function(pair, context):
                        if found is None:
                            found = []
                        found.append(_to_issue(rule, finding, pair, context))
                except Exception as error:  # noqa: BLE001 - one rule's bug must not cost the others' findings
                    if rule.code not in failed_rules:  # report a rule once; its other pairs still run
                        errors.append((1, number, position[rule.code], _failure(rule, error, pair)))
                        failed_rules.add(rule.code)
                    continue
                if found:
                    issues.extend(found)
    for rule in document_rules:
        try:
            found = [_to_issue(rule, finding, None, context) for finding in rule.function(document, context)]
        except Exception as error:  # noqa: BLE001
            errors.append((2, 0, position[rule.code], _failure(rule, error, None)))
            continue
        issues.extend(found)
    return issues
