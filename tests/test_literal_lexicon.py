"""The calque lexicon loader and the Korean expression matcher (tqa.ko.expressions)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tqa.io.errors import InputError
from tqa.ko import expressions
from tqa.ko.expressions import (FORMAT_LINE, Lexicon, build_glossary, lexicon_dirs,
                                lexicon_files, load_lexicon, parse_glosses, readable_pattern)

HEADER = "id\tkorean\tmeaning\tliteral\tidiomatic\tcategory"


def write_lexicon(path: Path, rows: list[str], first_line: str = FORMAT_LINE) -> Path:
    path.write_text("\n".join([first_line, HEADER, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def small_lexicon(tmp_path) -> Lexicon:
    path = write_lexicon(tmp_path / "test.tsv", [
        "T0001\t발이 넓다\tknow many people\twide/broad foot/feet\twell connected ; know* … everyone\tidiom",
        "T0002\t희망고문\tfalse hope\thope*/hopeful … tortur*/torment*\tfalse hope* ; string* … along\tneologism",
        "T0003\t그림의 떡\tpie in the sky\trice cake … picture\tpie in the sky ; out of reach\tproverb",
        "T0004\t눈치를 보다\tread the room\teye* … tact\tread* the room ; tread* carefully\tidiom",
    ])
    return load_lexicon([path])


def found(lexicon: Lexicon, text: str) -> list[str]:
    return [match.expression.id for match in lexicon.find(text)]


# --- loading ------------------------------------------------------------------------

def test_loads_entries_and_splits_patterns(small_lexicon):
    assert len(small_lexicon) == 4 and not small_lexicon.problems
    entry = small_lexicon.expressions[0]
    assert entry.literal == ["wide/broad foot/feet"]
    assert entry.idiomatic == ["well connected", "know* … everyone"]
    assert entry.suggestion == "well connected"


def test_bad_rows_are_reported_and_skipped(tmp_path):
    path = write_lexicon(tmp_path / "bad.tsv", [
        "B0001\t손이 크다\tgenerous\tbig hand*\tgenerous\tidiom",
        "B0002\tonly three\tcolumns",
        "B0001\t입이 무겁다\tdiscreet\theavy mouth*\tdiscreet\tidiom",  # duplicate id
    ])
    lexicon = load_lexicon([path])
    assert [e.korean for e in lexicon.expressions] == ["손이 크다"]
    assert len(lexicon.problems) == 2
    with pytest.raises(InputError):
        load_lexicon([path], strict=True)


def test_wrong_format_line_rejects_the_file(tmp_path):
    path = write_lexicon(tmp_path / "old.tsv", ["X0001\t손이 크다\tgenerous\tbig hand*\tgenerous\tidiom"],
                         first_line="# some other format")
    lexicon = load_lexicon([path])
    assert len(lexicon) == 0 and "first line" in lexicon.problems[0]


def test_lookup_order_is_package_data_then_repo(tmp_path, monkeypatch):
    assert lexicon_dirs() == [expressions.PACKAGE_DIR, expressions.REPO_DIR]
    assert expressions.PACKAGE_DIR.parts[-3:] == ("tqa", "data", "calques")
    assert expressions.REPO_DIR.parts[-2:] == ("corpora", "calques")
    package, repo = tmp_path / "package", tmp_path / "repo"
    package.mkdir()
    repo.mkdir()
    write_lexicon(repo / "r.tsv", ["R0001\t손이 크다\tgenerous\tbig hand*\tgenerous\tidiom"])
    # an empty package dir falls through to the repo …
    assert lexicon_files([package, repo]) == [repo / "r.tsv"]
    # … and a filled one wins
    write_lexicon(package / "p.tsv", ["P0001\t손이 크다\tgenerous\tbig hand*\tgenerous\tidiom"])
    assert lexicon_files([package, repo]) == [package / "p.tsv"]
    monkeypatch.setattr(expressions, "PACKAGE_DIR", package)
    monkeypatch.setattr(expressions, "REPO_DIR", repo)
    assert [e.id for e in load_lexicon().expressions] == ["P0001"]


def test_shipped_lexicon_loads_cleanly():
    lexicon = load_lexicon()
    if not lexicon.files:
        pytest.skip("no lexicon files in this checkout")
    assert not lexicon.problems, lexicon.problems[:3]
    assert all(e.keys for e in lexicon.expressions), "every entry needs a content morpheme"


def test_readable_pattern():
    assert readable_pattern("false hope*/hopes") == "false hope"
    assert readable_pattern("know* … everyone") == "know everyone"


# --- matching -------------------------------------------------------------------------

def test_matches_conjugated_particle_bearing_and_inserted_words(small_lexicon):
    assert found(small_lexicon, "발이 넓다") == ["T0001"]
    assert found(small_lexicon, "그는 발이 정말 넓은 사람이다.") == ["T0001"]
    assert found(small_lexicon, "그 사람은 발도 넓어서 모르는 사람이 없다.") == ["T0001"]
    assert found(small_lexicon, "사장님 눈치만 봤다.") == ["T0004"]


def test_near_misses_do_not_match(small_lexicon):
    assert found(small_lexicon, "방이 넓다.") == []                    # no 발
    assert found(small_lexicon, "넓은 발") == []                        # wrong order
    assert found(small_lexicon, "발을 씻고 나서 한참 동안 거실과 부엌을 청소했는데 집이 넓다.") == []  # too far apart


def test_compound_parts_must_be_adjacent(small_lexicon):
    assert found(small_lexicon, "이건 희망고문이다.") == ["T0002"]
    assert found(small_lexicon, "희망 고문을 멈춰라.") == ["T0002"]
    assert found(small_lexicon, "희망과 고문") == []


def test_match_offsets_point_into_the_text(small_lexicon):
    text = "그건 그림의 떡이었다."
    (match,) = small_lexicon.find(text)
    assert text[match.start:match.end] == "그림의 떡"


# --- gloss list ---------------------------------------------------------------------

def test_gloss_idioms_are_the_non_compositional_entries():
    table, idioms = parse_glosses(
        "희망\thope|hopeful\n고문\ttorture|torment\n경제\teconomy\n성장\tgrowth\n"
        "# idioms\n희망고문\tfalse hope\n경제성장\teconomic growth\n")
    glossary = build_glossary(table, idioms)
    assert [e.korean for e in glossary.idioms.expressions] == ["희망고문"]  # 경제성장 is compositional
    assert glossary.part_glosses(glossary.entries["희망고문"].keys) == [["hope", "hopeful"], ["torture", "torment"]]


def test_compound_split_for_nouns_the_analyser_keeps_whole():
    table, idioms = parse_glosses("금\tgold\n수저\tspoon\n# idioms\n금수저\tborn rich|privileged\n")
    glossary = build_glossary(table, idioms)
    assert glossary.split_compound("금수저") == ("금", "수저")
    assert glossary.split_compound("은행") is None


def test_shipped_gloss_list_is_large_and_parses():
    table, idioms = parse_glosses(expressions.GLOSSES_PATH.read_text(encoding="utf-8"))
    assert len(table) >= 1900
    assert "희망고문" in idioms and "희망" in table
    glossary = expressions.default_glossary()
    assert "희망고문" in {e.korean for e in glossary.idioms.expressions}


# --- fuzz: the parsers never crash on arbitrary text ---------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

cell = st.text(alphabet=st.sampled_from("가나다발이 넓abc*/…;\t\"'#\n"), max_size=15)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cell, min_size=0, max_size=7).map("\t".join), max_size=6))
def test_fuzz_lexicon_parser(tmp_path, rows):
    path = tmp_path / "fuzz.tsv"
    path.write_text("\n".join([FORMAT_LINE, HEADER, *rows]), encoding="utf-8")
    entries, problems = expressions.parse_lexicon_file(path)
    assert all(entry.id and entry.korean for entry in entries)
    assert all(isinstance(problem, str) for problem in problems)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("가나발 abc|\t#\n"), max_size=60))
def test_fuzz_gloss_parser(text):
    table, idioms = parse_glosses(text)
    assert idioms <= set(table)
    assert all(glosses for glosses in table.values())
