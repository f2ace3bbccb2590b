"""The Korean analysis caches are validated when read: a truncated, garbage, old-format or
wrongly typed cache is rebuilt or ignored, and the check finishes with the findings it
gives without any cache.

Two caches: the word-list files of ``analyser.warm_from_disk`` (lexicon and gloss forms,
JSON) and the analysis store (``TQA_ANALYSIS_CACHE=1``, SQLite).
"""
from __future__ import annotations

import contextlib
import json
import sqlite3

import pytest

from tqa import Options, check_pairs
from tqa.ko import analyser
from tqa.resources import Resources, active

# our own sentences: numbers, a name, an idiom, a term
PAIRS = [
    ("정부는 1억 달러를 지원한다고 밝혔다.", "The government said it would provide 1 billion dollars."),
    ("조한범 선임연구위원은 희망고문이라고 말했다.", "Senior fellow Cho Han-bum called it hopeful torment."),
    ("2019년 4월 통일부는 새 정책을 발표했다.", "In April 2018 the Ministry of Unification announced a new policy."),
]
FORMS = ["희망고문", "발이 넓다", "그림의 떡"]


@pytest.fixture
def new_run():
    """Starts a new run (what a later process sees: nothing in memory, a new connection to
    the store): its own resources, with options from the environment as it is when called,
    active for the rest of the test."""
    with contextlib.ExitStack() as stack:
        yield lambda: stack.enter_context(Resources().activate())


@pytest.fixture
def fresh(monkeypatch, tmp_path, new_run):
    """A run with empty in-memory caches; the disk caches in a folder of this test."""
    monkeypatch.setenv("TQA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("TQA_ANALYSIS_CACHE", raising=False)
    new_run()
    return tmp_path


def _options():
    """The options of a check in the active run."""
    return Options(fast=True, resources=active())


def _kiwi(text: str):
    return analyser._to_morphemes(analyser.kiwi().tokenize(text))


def _findings(document):
    return [(i.rule, i.message, i.source_segments, i.target_segments) for i in document.issues]


@pytest.fixture(scope="module")
def clean_findings():
    """The findings with no disk cache at all."""
    return _findings(check_pairs(PAIRS, Options(fast=True)))


# --- the word-list cache files -------------------------------------------------------------

def _word_cache(folder):
    return folder / f"test-forms-{analyser.analyser_version()}.json"


def test_word_cache_round_trip_and_no_rewrite_when_valid(fresh, monkeypatch, new_run):
    analyser.warm_from_disk(FORMS, "test-forms")
    path = _word_cache(fresh)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == analyser.WORD_CACHE_FORMAT and set(data["texts"]) == set(FORMS)
    written = path.stat().st_mtime_ns
    new_run()
    monkeypatch.setattr(analyser.current(), "_analyse", lambda text: pytest.fail(f"{text} analysed again"))
    analyser.warm_from_disk(FORMS, "test-forms")
    assert path.stat().st_mtime_ns == written
    assert analyser.morphemes(FORMS[0]) == _kiwi(FORMS[0])


GOOD = [["희망", "NNG", 0, 2, "희망"], ["고문", "NNG", 2, 4, "고문"]]


@pytest.mark.parametrize("rows", [
    [["희망", "NNG", "0", 2, "희망"]],          # an offset as a string
    [["희망", "NNG", 0, 2]],                   # a field short
    [["희망", "NNG", 0, 2, "희망", "x"]],        # a field too many
    [["희망", "NNG", 0, 99, "희망"]],           # past the end of the text
    [["희망", "NNG", 3, 2, "희망"]],            # start after end
    [["희망", "NNG", True, 2, "희망"]],         # a boolean is no offset
    [["희망", 7, 0, 2, "희망"]],                # a tag that is not a string
    "희망/NNG",                               # not a list of rows
    [None],
    {"form": "희망"},
])
def test_word_cache_rows_of_the_wrong_type_are_analysed_again(fresh, monkeypatch, rows):
    path = _word_cache(fresh)
    texts = {"희망고문": rows, "발이 넓다": [["x", "NNG", 0, 1, "x"]]}  # the second is well-formed
    path.write_text(json.dumps({"format": analyser.WORD_CACHE_FORMAT, "analyser": analyser.analyser_version(),
                                "texts": texts}, ensure_ascii=False), encoding="utf-8")
    analyser.warm_from_disk(["희망고문", "발이 넓다"], "test-forms")
    assert analyser.morphemes("희망고문") == _kiwi("희망고문")
    assert analyser.morphemes("발이 넓다")[0].form == "x"  # valid entries are used as they are
    rewritten = json.loads(path.read_text(encoding="utf-8"))["texts"]
    assert analyser._valid_morpheme_rows("희망고문", rewritten["희망고문"]) == _kiwi("희망고문")


@pytest.mark.parametrize("content", [
    "",                                                     # empty
    "{not json",                                            # garbage
    "\x00\xff garbage",
    "[1, 2, 3]",                                            # another top-level type
    json.dumps({"희망고문": GOOD}, ensure_ascii=False),     # format 1: a bare dict, no version
    json.dumps({"format": 99, "analyser": "?", "texts": {"희망고문": GOOD}}),
    json.dumps({"format": 2, "analyser": "another-kiwi", "texts": {"희망고문": [["x", "NNG", 0, 1, "x"]]}}),
    json.dumps({"format": 2, "analyser": None, "texts": []}),
])
def test_unusable_word_cache_files_are_rebuilt(fresh, content):
    path = _word_cache(fresh)
    path.write_text(content.replace('"analyser": null', f'"analyser": "{analyser.analyser_version()}"'),
                    encoding="utf-8")
    analyser.warm_from_disk(FORMS, "test-forms")
    for form in FORMS:
        assert analyser.morphemes(form) == _kiwi(form)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == analyser.WORD_CACHE_FORMAT and data["analyser"] == analyser.analyser_version()


def test_truncated_word_cache_is_rebuilt(fresh, monkeypatch, new_run):
    analyser.warm_from_disk(FORMS, "test-forms")
    path = _word_cache(fresh)
    content = path.read_bytes()
    path.write_bytes(content[:len(content) // 2])
    new_run()
    analyser.warm_from_disk(FORMS, "test-forms")
    assert [analyser.morphemes(form) for form in FORMS] == [_kiwi(form) for form in FORMS]
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == analyser.WORD_CACHE_FORMAT


# --- the analysis store ---------------------------------------------------------------------

def _store_path(folder):
    return folder / f"analyses-{analyser.analyser_version()}.sqlite3"


def _fill_store(folder, monkeypatch, new_run):
    monkeypatch.setenv("TQA_ANALYSIS_CACHE", "1")
    new_run()
    findings = _findings(check_pairs(PAIRS, _options()))
    analyser.save_analyses()
    analyser.current()._store.connection.close()
    new_run()
    return findings


def _write_rows(folder, table, rows):
    connection = sqlite3.connect(str(_store_path(folder)))
    with connection:
        for text, value in rows:
            connection.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", (analyser._Store.key(text), value))
    connection.close()


def test_store_keeps_its_format_version(fresh, monkeypatch, clean_findings, new_run):
    assert _fill_store(fresh, monkeypatch, new_run) == clean_findings
    connection = sqlite3.connect(str(_store_path(fresh)))
    assert connection.execute("SELECT value FROM meta WHERE name = 'format'").fetchone() == (str(analyser.STORE_FORMAT),)
    assert connection.execute("SELECT COUNT(*) FROM morphemes").fetchone()[0] >= len(PAIRS)
    connection.close()


TEXT = PAIRS[0][0]


@pytest.mark.parametrize("table, value", [
    ("morphemes", '[["NNG", "0", 2]]'),        # an offset as a string
    ("morphemes", '[["NNG", 0, 2, 5]]'),       # a form that is not a string
    ("morphemes", '[["NNG", 0, 999]]'),        # past the end of the text
    ("morphemes", '[["NNG", 0]]'),             # a field short
    ("morphemes", '{"tag": "NNG"}'),           # not a list of rows
    ("morphemes", "5"),
    ("morphemes", "not json"),
    ("morphemes", b"\x00\xffbinary"),          # a BLOB
    ("morphemes", 12345),                      # an INTEGER in the TEXT column
    ("sentences", '[[0, "9"]]'),
    ("sentences", '[[0, 1, 2]]'),
    ("sentences", '[[5, 2]]'),
    ("sentences", "[1, 2]"),
])
def test_store_rows_of_the_wrong_type_are_analysed_again(fresh, monkeypatch, clean_findings, table, value, new_run):
    _fill_store(fresh, monkeypatch, new_run)
    _write_rows(fresh, table, [(TEXT, value)])
    morphemes = _kiwi(TEXT)
    spans = analyser._sentence_bounds(analyser.kiwi().tokenize(TEXT, split_sents=True))
    assert _findings(check_pairs(PAIRS, Options(fast=True))) == clean_findings
    assert analyser.morphemes(TEXT) == morphemes
    assert analyser.sentence_spans(TEXT) == spans
    assert analyser.current()._store is not None  # one bad row does not turn the store off
    analyser.save_analyses()  # … and is overwritten with the new analysis
    new_run()
    monkeypatch.setattr(analyser.current(), "kiwi", lambda: pytest.fail("analysed although stored"))
    assert analyser.morphemes(TEXT) == morphemes
    assert analyser.sentence_spans(TEXT) == spans


@pytest.mark.parametrize("damage", ["truncate", "garbage", "zero"])
def test_damaged_store_file_is_started_afresh(fresh, monkeypatch, clean_findings, damage, new_run):
    _fill_store(fresh, monkeypatch, new_run)
    path = _store_path(fresh)
    content = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(content[:len(content) // 3])
    elif damage == "garbage":
        path.write_bytes(content[:100] + b"\xde\xad\xbe\xef" * ((len(content) - 100) // 4))
    else:
        path.write_bytes(b"\x00" * len(content))
    assert _findings(check_pairs(PAIRS, Options(fast=True))) == clean_findings
    analyser.save_analyses()
    assert not analyser.current()._store_off
    connection = sqlite3.connect(str(path))  # a sound database again
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_store_of_an_older_format_is_emptied(fresh, monkeypatch, clean_findings):
    monkeypatch.setenv("TQA_ANALYSIS_CACHE", "1")
    connection = sqlite3.connect(str(_store_path(fresh)))
    with connection:  # the layout before format 2: no meta table; a row that would be wrong now
        connection.execute("CREATE TABLE morphemes (key BLOB PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("CREATE TABLE sentences (key BLOB PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("INSERT INTO morphemes VALUES (?, ?)", (analyser._Store.key(TEXT), '[["NNG", 0, 1]]'))
    connection.close()
    assert _findings(check_pairs(PAIRS, Options(fast=True))) == clean_findings
    assert analyser.morphemes(TEXT) == _kiwi(TEXT)
    connection = sqlite3.connect(str(_store_path(fresh)))
    assert connection.execute("SELECT value FROM meta WHERE name = 'format'").fetchone() == (str(analyser.STORE_FORMAT),)
    connection.close()
