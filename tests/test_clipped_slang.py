"""The clipped slang table (tqa/data/clipped_slang.tsv, format in clipped_slang.md) and the
surface matcher TQA312 and the lexicon share."""
from __future__ import annotations

import pytest

from tqa.analyse.clipped import (FORMAT_LINE, HEADER, TABLE_PATH, ClippedTableError, default_table,
                                 parse_table)
from tqa.ko.expressions import SurfaceForms, default_lexicon
from tqa.pipeline import Options, check_pairs

ROW = "X0001\t법카\t법인 카드\ta corporate credit card\tcompany card*\tlaw card*\tknowledge"


def _table(*rows: str) -> str:
    return "\n".join([FORMAT_LINE, "\t".join(HEADER), *rows]) + "\n"


def test_the_shipped_table_parses_and_is_sizeable():
    entries = parse_table(TABLE_PATH.read_text(encoding="utf-8"))
    assert len(entries) >= 100
    assert all(entry.source == "knowledge" and entry.idiomatic and entry.full for entry in entries)
    assert len({entry.id for entry in entries}) == len(entries)


def test_no_form_of_the_table_is_a_lexicon_entry():
    lexicon = {expression.korean.replace(" ", "") for expression in default_lexicon().expressions}
    assert not [entry.clipped for entry in default_table().entries if entry.clipped in lexicon]


def test_every_form_is_found_in_a_carrier_sentence():
    table = default_table()
    missing = [entry.clipped for entry in table.entries
               if not any(found.clipped == entry.clipped for found, _, _ in table.find(f"어제 {entry.clipped}이었어."))]
    assert not missing


@pytest.mark.parametrize("text, problem", [
    ("# tqa clipped slang table v2\n" + "\t".join(HEADER) + "\n" + ROW + "\n", "line 1"),
    (_table(ROW, ROW), "repeated"),
    (_table(ROW.replace("\tknowledge", "\tdictionary")), "source"),
    (_table(ROW.replace("company card*", "")), "idiomatic is empty"),
    (_table(ROW.replace("law card*", "Law card")), "lower case"),
    (_table(ROW.replace("법카", "법 카")), "clipped form"),
    (_table(ROW.replace("\t법인 카드", "\t")), "full words"),
    (_table(ROW, "", ROW.replace("X0001", "X0002").replace("법카", "남친")), "blank line"),
    (_table(ROW + "\textra"), "columns"),
])
def test_a_malformed_table_is_refused_with_its_line(text, problem):
    with pytest.raises(ClippedTableError, match=problem):
        parse_table(text)


def test_surface_forms_need_a_word_start_and_a_particle_or_ending_after():
    forms = SurfaceForms([("총공", 1), ("남친", 2), ("프사", 3), ("프사기", 4)])
    assert [value for value, _, _ in forms.find("남친이랑 총공 달리자")] == [2, 1]
    assert forms.find("적군이 총공격을 했다") == []          # 총공 + 격 is another word
    assert forms.find("전남친이랑") == []                     # not at the start of the word
    assert [value for value, _, _ in forms.find("완전 프사기야")] == [4]  # the longest form wins


def test_a_form_that_begins_a_longer_noun_is_not_read():
    forms = SurfaceForms([("알바", 1)])
    assert forms.find("알바니아의 수도는 티라나다") == []       # Albania: 알바 + 니 is no ending here
    assert [value for value, _, _ in forms.find("알바니? 응, 알바하러 가")] == [1, 1]


def test_the_lexicon_finds_one_word_slang_kiwi_splits_in_a_sentence():
    found = [match.expression.korean for match in default_lexicon().find("그러고 나면 현타 오지.")]
    assert found == ["현타"]


def _findings(source: str, target: str) -> list:
    document = check_pairs([(source, target)], Options(fast=True, select=["TQA312"]))
    return [issue for issue in document.issues if issue.rule == "TQA312"]


def test_a_literal_rendering_is_reported_with_the_full_words_and_meaning():
    [issue] = _findings("회식비는 법카로 긁었어.", "I paid for the team dinner with the law card.")
    assert issue.severity == "major"
    assert "법인 카드" in issue.message and "corporate credit card" in issue.message
    assert issue.target_span.text == "law card" and issue.source_span.text == "법카"
    assert issue.suggestion == "corporate card"


def test_a_bare_romanisation_is_reported_and_an_explained_one_is_not():
    assert _findings("어제 남친이랑 싸웠어.", "I fought with my namchin yesterday.")
    assert not _findings("어제 남친이랑 싸웠어.", "I fought with my namchin (boyfriend) yesterday.")
    assert not _findings("어제 남친이랑 싸웠어.", "I fought with my boyfriend yesterday.")


def test_glosses_of_the_full_words_are_a_minor_finding():
    [issue] = _findings("오늘 밥약 있어?", "Do you have a promise to eat rice today?")
    assert issue.severity == "minor"
    assert not _findings("오늘 밥약 있어?", "Are we getting lunch together today?")
