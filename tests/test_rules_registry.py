"""The rule registry keeps its promises: stable code ranges per family, a doc for every
rule, and every rule exercised by name somewhere in the test suite."""
from __future__ import annotations

import re
from pathlib import Path

from tqa.checks.registry import all_rules

RANGES = {  # family → allowed code numbers (see tqa/checks/__init__.py)
    "untranslated": range(0, 10), "punctuation": range(10, 20), "fluency": range(20, 30),
    "omission": range(30, 50), "addition": range(30, 50),
    "number": range(100, 140), "date": range(140, 180),
    "name": range(200, 230), "term": range(230, 260),
    "literal": range(300, 400), "markup": range(400, 500), "meaning": range(50, 60),
}


def test_every_rule_code_lies_in_its_family_range():
    for rule in all_rules():
        assert re.fullmatch(r"TQA\d{3}", rule.code)
        assert int(rule.code[3:]) in RANGES[rule.check], rule.code
        assert rule.doc.strip() and "\n" not in rule.doc


def test_every_rule_doc_is_one_sentence_in_one_style():
    # `tqa rules`, the README table and SARIF rule descriptions show these side by side
    for rule in all_rules():
        assert rule.doc[0].isupper() and rule.doc.endswith("."), rule.code


def test_every_rule_is_named_in_a_test():
    tests_text = "\n".join(path.read_text(encoding="utf-8") for path in Path(__file__).parent.glob("test_*.py")
                           if path.name != Path(__file__).name)
    untested = [rule.code for rule in all_rules() if rule.code not in tests_text]
    assert not untested, f"rules without a test naming them: {untested}"


def test_readme_rule_table_is_the_generated_one():
    from tqa.checks.registry import markdown_table

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("-->\n", readme.index("<!-- rules-table")) + len("-->\n")
    block = readme[start:readme.index("<!-- /rules-table -->")]
    assert block == markdown_table(), "README's rule table is out of date: paste `tqa rules --format markdown`"
