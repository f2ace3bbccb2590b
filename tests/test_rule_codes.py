"""The written-out rule table (tqa.checks.codes) equals the registry, and a run choosing
rules with --select loads only the check modules (and analysers) that hold them."""
from __future__ import annotations

import subprocess
import sys

from tqa.checks.codes import RULE_CODES, modules_for
from tqa.checks.registry import all_rules
from tqa.checks.runner import rule_matches, select_rules


def test_the_table_equals_the_registry():
    assert RULE_CODES == {rule.code: (rule.check, rule.function.__module__.rsplit(".", 1)[1]) for rule in all_rules()}


def test_selection_from_the_table_equals_selection_from_the_registry():
    everything = all_rules()
    for keys in (["number", "date"], ["TQA1"], ["name"], ["TQA301"], ["literal", "TQA0"], ["term", "markup"],
                 ["omission", "TQA037"]):
        expected = [rule.code for rule in everything if any(rule_matches(rule, key) for key in keys)
                    and (not rule.opt_in or rule.code in keys)]
        assert [rule.code for rule in select_rules(keys)] == expected
    assert modules_for(["nosuchfamily"]) is None


def test_a_number_run_imports_no_other_check_module():
    code = ("import sys; from tqa.checks.runner import select_rules; select_rules(['number', 'date']); "
            "print(sorted(m for m in sys.modules if m.startswith('tqa.checks.')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "tqa.checks.numbers" in loaded
    assert "tqa.checks.literal" not in loaded and "tqa.checks.names" not in loaded


def test_a_number_run_imports_no_other_analyser():
    code = ("import sys; from tqa.pipeline import Options, check_pairs; "
            "check_pairs([('사과 3개를 샀다.', 'I bought four apples.')], Options(fast=True, select=['number'])); "
            "print(sorted(m for m in sys.modules if m.startswith('tqa.analyse.')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "tqa.analyse.quantities" in loaded
    assert "tqa.analyse.literal" not in loaded and "tqa.analyse.names" not in loaded
