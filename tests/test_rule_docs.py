"""Every rule has a page (src/tqa/checks/docs/TQANNN.md) in the ruff style, and the page's
example and near miss are rows of the rule's fixture file, so the docs are tested too."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from tqa.checks.registry import DOCS, all_rules

FIXTURES = Path(__file__).resolve().parent / "rules"
SECTIONS = ("## What it finds", "## Why it matters", "## Example", "## Near miss", "## Known false alarms")
RULES = all_rules()


def _rows(code: str) -> list[dict]:
    with (FIXTURES / f"{code}.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _pair(page: str, heading: str) -> tuple[str, str]:
    section = page.split(heading, 1)[1].split("\n## ", 1)[0]
    source = re.search(r"^Source: (.*)$", section, re.M)
    target = re.search(r"^Translation: (.*)$", section, re.M)
    assert source and target, f"{heading} needs a 'Source:' and a 'Translation:' line"
    return source.group(1).strip(), target.group(1).strip()


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_rule_page(rule):
    path = DOCS / f"{rule.code}.md"
    assert path.exists(), f"{rule.code} has no page {path.name}"
    page = path.read_text(encoding="utf-8")
    assert page.startswith(f"# {rule.code}: "), "the page starts with '# CODE: name'"
    assert rule.doc in page, "the page repeats the registry's one-line doc"
    positions = [page.find(section) for section in SECTIONS]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), f"sections in order: {SECTIONS}"
    rows = _rows(rule.code)
    example, near_miss = _pair(page, "## Example"), _pair(page, "## Near miss")
    assert any((r["source"], r["target"]) == example and r["expect"] == "fires" for r in rows), \
        "the Example is a 'fires' row of the fixture file"
    assert any((r["source"], r["target"]) == near_miss and r["expect"] == "silent" for r in rows), \
        "the Near miss is a 'silent' row of the fixture file"
