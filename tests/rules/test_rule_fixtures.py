"""Data-driven rule tests: every row of ``tests/rules/TQANNN.tsv`` (see README.md)."""
from __future__ import annotations

import csv
import html
from pathlib import Path

import pytest

from tqa.checks.registry import all_rules
from tqa.pipeline import Options, build_document, check_document, check_pairs

HERE = Path(__file__).resolve().parent
SEPARATOR = " ¶ "
EXPECTATIONS = ("fires", "silent", "false-alarm", "missed")
MODES = ("pairs", "document", "xliff")
RULES = {rule.code: rule for rule in all_rules()}


def _rows():
    for path in sorted(HERE.glob("TQA*.tsv")):
        if path.name.count(".") > 1:  # TQA230.glossary.tsv and other companions
            continue
        code = path.stem
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
                yield pytest.param(code, row, path, id=f"{code}:{number}:{row.get('expect')}",
                                   marks=_marks(code, row))


def _marks(code: str, row: dict) -> list:
    marks = []
    rule = RULES.get(code)
    if rule is not None and rule.neural:
        marks.append(pytest.mark.slow)
    if row.get("expect") == "false-alarm":
        marks.append(pytest.mark.xfail(strict=True, reason=f"known false alarm: {row.get('note')}"))
    if row.get("expect") == "missed":
        marks.append(pytest.mark.xfail(strict=True, reason=f"known miss: {row.get('note')}"))
    return marks


def _xliff(pairs: list[tuple[str, str]]) -> str:
    units = "".join(
        f'<unit id="u{index}"><segment><source>{source}</source><target>{target}</target></segment></unit>'
        for index, (source, target) in enumerate(pairs, start=1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko" trgLang="en">'
            f'<file id="f1">{units}</file></xliff>\n')


def _check(code: str, row: dict, path: Path, tmp_path: Path):
    rule = RULES[code]
    glossary = path.with_name(f"{code}.glossary.tsv")
    options = Options(select=[code], fast=not rule.neural,
                      glossaries=[str(glossary)] if glossary.exists() else [])
    mode = (row.get("mode") or "pairs").strip()
    sources = row["source"].split(SEPARATOR)
    targets = row["target"].split(SEPARATOR)
    if mode == "pairs":
        assert len(sources) == len(targets), "pairs mode needs as many source as target pieces"
        return check_pairs(list(zip(sources, targets)), options)
    if mode == "document":
        source_file, target_file = tmp_path / "doc.ko.txt", tmp_path / "doc.en.txt"
        source_file.write_text("\n".join(sources) + "\n", encoding="utf-8")
        target_file.write_text("\n".join(targets) + "\n", encoding="utf-8")
        return check_document(build_document(str(source_file), str(target_file), options), options)
    assert len(sources) == len(targets), "xliff mode needs as many source as target pieces"
    xliff = tmp_path / "doc.xlf"
    xliff.write_text(_xliff(list(zip(sources, targets))), encoding="utf-8")
    return check_document(build_document(str(xliff), None, options), options)


def test_every_rule_has_fires_and_silent_rows():
    kinds: dict[str, set[str]] = {code: set() for code in RULES}
    for param in _rows():
        code, row, _ = param.values
        kinds.setdefault(code, set()).add(row["expect"])
    unknown = sorted(set(kinds) - set(RULES))
    assert not unknown, f"fixture files for rules that do not exist: {unknown}"
    lacking = sorted(code for code, seen in kinds.items() if not {"fires", "silent"} <= seen)
    assert not lacking, f"rules without both a fires and a silent row: {lacking}"


@pytest.mark.parametrize("code,row,path", list(_rows()))
def test_rule_fixture(code, row, path, tmp_path):
    assert code in RULES, f"{path.name}: no rule {code}"
    assert row["expect"] in EXPECTATIONS, f"{path.name}: expect must be one of {EXPECTATIONS}"
    assert (row.get("mode") or "pairs").strip() in MODES, f"{path.name}: mode must be one of {MODES}"
    document = _check(code, row, path, tmp_path)
    found = [issue for issue in document.issues if issue.rule == code]
    if row["expect"] in ("fires", "missed"):
        assert found, f"{code} should fire ({row.get('note')})"
    else:
        assert not found, f"{code} should be silent ({row.get('note')}), found: " + \
            "; ".join(html.unescape(issue.message) for issue in found)
