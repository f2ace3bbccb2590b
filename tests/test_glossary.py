"""Glossary loading (CSV/TSV/TBX), term matching with inflection, and the glossary rules
TQA230 (approved rendering missing) and TQA231 (forbidden rendering used)."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqa.checks.runner import CheckContext, run_checks, select_rules
from tqa.document import Document, document_from_pairs
from tqa.glossary import (Entry, Glossary, find_english_term, find_korean_term, load_glossary,
                          parse_delimited, parse_tbx)
from tqa.io.errors import InputError

CORPORA = Path(__file__).resolve().parents[1] / "corpora" / "glossary"


def make_document(korean: list[str], english: list[str]) -> Document:
    return document_from_pairs(zip(korean, english), "t.ko", "t.en", score=1.0)


def glossary_issues(document: Document, glossary: Glossary):
    return run_checks(document, select_rules(["TQA230", "TQA231"]), CheckContext(fast=True, glossaries=[glossary]))


# --- loading ---------------------------------------------------------------------------------

def test_demo_csv_glossary_loads():
    glossary = load_glossary(CORPORA / "korean-news.csv")
    entry = next(e for e in glossary.entries if e.source == "핵심광물")
    assert entry.preferred == "critical minerals"
    assert "core minerals" in entry.forbidden and entry.note == "house style"


def test_demo_tbx_glossary_loads():
    glossary = load_glossary(CORPORA / "korean-news.tbx")
    entry = next(e for e in glossary.entries if e.source == "한미일")
    assert entry.targets == ["South Korea-US-Japan"] and entry.forbidden == ["Han-US-Japan"]
    assert "Trilateral" in entry.note
    assert {e.source for e in glossary.entries} >= {"국무위원장", "통일부", "비핵화"}


def test_headerless_tsv(tmp_path):
    path = tmp_path / "terms.tsv"
    path.write_text("통일부\tMinistry of Unification\n비핵화\tdenuclearization\tnote here\n", encoding="utf-8")
    glossary = load_glossary(path)
    assert [(e.source, e.targets, e.note) for e in glossary.entries] == [
        ("통일부", ["Ministry of Unification"], ""), ("비핵화", ["denuclearization"], "note here")]


def test_header_names_columns_in_any_order(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("do_not_use,en,ko\nBukhan,North Korea,북한\n", encoding="utf-8")
    entry = load_glossary(path).entries[0]
    assert (entry.source, entry.targets, entry.forbidden) == ("북한", ["North Korea"], ["Bukhan"])


def test_cp949_csv(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_bytes("통일부,Ministry of Unification\n".encode("cp949"))
    assert load_glossary(path).entries[0].source == "통일부"


@pytest.mark.parametrize("name, content, problem", [
    ("bad.tbx", b"<martif><text><body><termEntry>", "malformed TBX"),
    ("bad.tbx", b"<html><body>not a termbase</body></html>", "not a TBX file"),
    ("bad.csv", "통일부\n".encode(), "row 1"),
    ("bad.csv", b"", "no entries"),
    ("bad.csv", "ko,note\n통일부,x\n".encode(), "source and a target"),
    ("bad.csv", b"\xff\xfe\x00\xd8", "glossary"),
])
def test_malformed_glossary_is_an_input_error(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        load_glossary(path)
    assert str(path) in str(error.value) and problem in str(error.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        load_glossary(tmp_path / "absent.tbx")


def test_tbx_entities_are_not_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    tbx = f"""<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY leak SYSTEM "file://{secret}">]>
<martif type="TBX"><text><body><termEntry>
<langSet xml:lang="ko"><tig><term>통일부</term></tig></langSet>
<langSet xml:lang="en"><tig><term>Ministry &leak;</term></tig></langSet>
</termEntry></body></text></martif>"""
    entries = parse_tbx(tbx.encode())
    assert all("TOP-SECRET" not in t for e in entries for t in e.targets)


def test_tbx_v3_concept_entries():
    tbx = """<tbx type="TBX-Core" xml:lang="ko" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="1"><langSec xml:lang="ko"><termSec><term>희토류</term></termSec></langSec>
<langSec xml:lang="en"><termSec><term>rare earths</term></termSec>
<termSec><term>rare soils</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
</langSec></conceptEntry></body></text></tbx>"""
    entries = parse_tbx(tbx.encode())
    assert [(e.source, e.targets, e.forbidden) for e in entries] == [("희토류", ["rare earths"], ["rare soils"])]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from([",", "\t"]))
def test_delimited_parser_returns_entries_or_input_error(text, delimiter):
    try:
        entries = parse_delimited(text, delimiter)
    except InputError:
        return
    assert all(isinstance(e, Entry) and e.source for e in entries)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_tbx_parser_returns_entries_or_input_error(data):
    try:
        entries = parse_tbx(b"<martif>" + data)
    except InputError:
        return
    assert isinstance(entries, list)


# --- matching --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["통일부는 밝혔다.", "통일부의 입장", "어제 통일부가 말했다", "(통일부)"])
def test_korean_term_matches_with_particles(text):
    assert find_korean_term("통일부", text)


@pytest.mark.parametrize("text", ["전통일부서", "통일부처 개편"])
def test_korean_term_needs_word_and_morpheme_boundaries(text):
    assert not find_korean_term("통일부", text)


def test_korean_multiword_term_tolerates_spacing():
    assert find_korean_term("국무 위원장", "국무위원장은 말했다")


@pytest.mark.parametrize("term, text", [
    ("sanction", "new sanctions were imposed"), ("policy", "two policies"),
    ("supply chain", "supply-chain risks"), ("denuclearize", "North Korea denuclearized"),
    ("Ministry of Unification", "the ministry of unification's view"),
])
def test_english_term_matches_inflections(term, text):
    assert find_english_term(term, text)


@pytest.mark.parametrize("term, text", [("US", "let us go"), ("sanction", "sanctimonious"), ("MOU", "mouse")])
def test_english_term_near_misses(term, text):
    assert not find_english_term(term, text)


# --- rules -------------------------------------------------------------------------------------

GLOSSARY = Glossary("test", [
    Entry("핵심광물", ["critical minerals"], ["core minerals"]),
    Entry("통일부", ["Ministry of Unification", "Unification Ministry"], []),
    Entry("북한", ["North Korea"], ["Bukhan"]),
])


def test_missing_approved_rendering_is_reported():
    document = make_document(["통일부는 성명을 냈다."], ["The unification office issued a statement."])
    found = glossary_issues(document, GLOSSARY)
    assert [(i.rule, i.source_span.text, i.suggestion) for i in found] == [
        ("TQA230", "통일부", "Ministry of Unification")]


def test_approved_alternative_is_accepted():
    document = make_document(["통일부는 성명을 냈다."], ["The Unification Ministry issued a statement."])
    assert not glossary_issues(document, GLOSSARY)


def test_forbidden_rendering_is_reported_once():
    document = make_document(["핵심광물 가격이 올랐다."], ["Prices of core minerals rose."])
    found = glossary_issues(document, GLOSSARY)
    assert [(i.rule, i.target_span.text, i.suggestion) for i in found] == [
        ("TQA231", "core minerals", "critical minerals")]


def test_forbidden_word_elsewhere_in_the_sentence_without_the_source_term_is_fine():
    document = make_document(["가격이 올랐다."], ["Prices of core minerals rose."])
    assert not glossary_issues(document, GLOSSARY)


def test_glossary_rows_join_the_names_table():
    from tqa.analyse import run_analysers

    document = make_document(["핵심광물 가격이 올랐다.", "핵심광물 수입이 줄었다."],
                             ["Prices of critical minerals rose.", "Imports of core minerals fell."])
    context = CheckContext(fast=True, glossaries=[GLOSSARY])
    assert run_analysers(document, ["names_table"], context) == {}
    row = next(r for r in document.tables["names"] if r["source"] == "핵심광물")
    assert row["kind"] == "glossary"
    assert {(r["text"], r["count"]) for r in row["renderings"]} == {("critical minerals", 1), ("core minerals", 1)}


def test_cli_exits_2_on_a_malformed_glossary(tmp_path):
    if importlib.util.find_spec("tqa.__main__") is None:
        pytest.skip("tqa.__main__ does not exist yet: the CLI has not landed")
    source, target, bad = tmp_path / "a.ko.txt", tmp_path / "a.en.txt", tmp_path / "bad.tbx"
    source.write_text("통일부는 성명을 냈다.\n", encoding="utf-8")
    target.write_text("The ministry issued a statement.\n", encoding="utf-8")
    bad.write_text("<martif><text>", encoding="utf-8")
    completed = subprocess.run([sys.executable, "-m", "tqa", "check", str(source), str(target), "--parallel",
                                "--fast", "--glossary", str(bad)], capture_output=True, text=True, timeout=300)
    assert completed.returncode == 2
    assert "bad.tbx" in completed.stderr
