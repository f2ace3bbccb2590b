"""Batched analysis (one kiwipiepy call for many texts) gives exactly the morphemes and
sentence spans of one call per text, fills the cache the checks read, and the optional
disk store (TQA_ANALYSIS_CACHE=1) gives them back in a later run without kiwipiepy."""
from __future__ import annotations

import contextlib

import pytest

from tqa.ko import analyser
from tqa.pipeline import Options, check_pairs
from tqa.resources import Resources

# our own sentences: irregular verbs (form ≠ text), quotes, figures, Latin letters, a repeat
SENTENCES = [
    "어제 친구가 집에 들렀다가 금방 돌아갔어요.",
    "날씨가 추워서 따뜻한 국물을 먹었다.",
    "그는 “내일 다시 오겠습니다.”라고 말했다. 모두가 고개를 끄덕였다.",
    "이 회사는 2025년 매출이 3조 4,500억 원으로 늘었다고 밝혔다.",
    "김민지 연구원은 AI 모델의 성능을 12.5% 높였다.",
    "가까운 곳에 새 도서관이 지어졌다",
    "어제 친구가 집에 들렀다가 금방 돌아갔어요.",
    "   ",
    "",
]


def _one_by_one(text: str) -> tuple[analyser.Morpheme, ...]:
    """kiwipiepy on ``text`` alone, bypassing every cache."""
    return analyser._to_morphemes(analyser.kiwi().tokenize(text)) if text.strip() else ()


def _spans_one_by_one(text: str) -> list[tuple[int, int]]:
    return analyser._sentence_bounds(analyser.kiwi().tokenize(text, split_sents=True))


@pytest.fixture
def new_run():
    """Starts a new run: its own resources (options from the environment as it is when
    called), active for the rest of the test; returns the run's Korean analyser."""
    with contextlib.ExitStack() as stack:
        yield lambda: stack.enter_context(Resources().activate()).korean


@pytest.fixture
def fresh(monkeypatch, new_run):
    """A run with empty in-memory caches, no disk store."""
    monkeypatch.delenv("TQA_ANALYSIS_CACHE", raising=False)
    return new_run()


def _forbid_kiwi(korean, monkeypatch):
    def refuse():
        raise AssertionError("kiwipiepy was asked although the analysis was cached")
    monkeypatch.setattr(korean, "kiwi", refuse)


def test_batch_gives_the_morphemes_of_single_calls(fresh):
    expected = {text: _one_by_one(text) for text in SENTENCES}
    analysed = analyser.analyse_many(SENTENCES)
    assert analysed == 6  # blanks and the repeat are skipped
    for text in SENTENCES:
        assert analyser.morphemes(text) == expected[text]
    # an irregular form really is in there: 추워서 → 춥/VA-I + 어서
    cold = analyser.morphemes(SENTENCES[1])
    assert any(m.form != SENTENCES[1][m.start:m.end] for m in cold)


def test_batch_fills_the_cache_the_checks_read(fresh, monkeypatch):
    analyser.analyse_many(SENTENCES[:3])
    assert set(SENTENCES[:3]) <= set(fresh._cache)
    _forbid_kiwi(fresh, monkeypatch)
    assert analyser.morphemes(SENTENCES[0]) is fresh._cache[SENTENCES[0]]
    assert analyser.morphemes(SENTENCES[0])[-1].form == "."
    assert analyser.analyse_many(SENTENCES[:3]) == 0  # nothing left to do
    with pytest.raises(AssertionError):
        analyser.morphemes("처음 보는 문장은 분석해야 한다.")


def test_batched_sentence_spans_equal_single_calls(fresh):
    lines = [SENTENCES[2], "첫 문장이다. 둘째 문장이다! 셋째인가?", "끝맺음 없는 한 줄"]
    expected = {line: _spans_one_by_one(line) for line in lines}
    assert analyser.sentence_spans_many(lines) == 3
    for line in lines:
        assert analyser.sentence_spans(line) == expected[line]
    assert len(analyser.sentence_spans(lines[1])) == 3


def test_batch_equals_single_calls_on_real_news(fresh, shared_data):
    path = shared_data / "flores200-dev" / "kor_Hang.dev"
    if not path.is_file():
        pytest.skip("flores200-dev not present")
    texts = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()[:150] if line.strip()]
    expected = [_one_by_one(text) for text in texts]
    analyser.analyse_many(texts)
    assert [analyser.morphemes(text) for text in texts] == expected
    spans = [_spans_one_by_one(text) for text in texts[:40]]
    analyser.sentence_spans_many(texts[:40])
    assert [analyser.sentence_spans(text) for text in texts[:40]] == spans


def test_checks_trigger_one_batch_only_when_a_rule_reads_korean(fresh, monkeypatch):
    batches = []
    real = analyser.analyse_many
    monkeypatch.setattr(analyser, "analyse_many", lambda texts: batches.append(list(texts)) or real(batches[-1]))
    pairs = [("정부는 1억 달러를 지원한다.", "The government will provide 100 million dollars.")]
    check_pairs(pairs, Options(fast=True, select=["number"]))
    assert batches == []
    options = Options(fast=True, select=["name"])
    check_pairs(pairs, options)
    assert batches == [[pairs[0][0]]]
    assert pairs[0][0] in options.resources.korean._cache  # the run's own analyser
    assert pairs[0][0] not in fresh._cache


def test_disk_store_serves_a_later_run_without_kiwipiepy(fresh, new_run, tmp_path, monkeypatch):
    monkeypatch.setenv("TQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("TQA_ANALYSIS_CACHE", "1")
    new_run()
    texts = SENTENCES[:6]
    expected = {text: _one_by_one(text) for text in texts}
    analyser.analyse_many(texts[:4])
    analyser.morphemes(texts[4])  # an on-demand analysis is kept too
    line_spans = analyser.sentence_spans(SENTENCES[2])
    analyser.save_analyses()
    (store,) = tmp_path.glob("analyses-*.sqlite3")
    assert store.stat().st_mode & 0o077 == 0  # it spells out the source texts: private to the user
    # a new run: empty memory, a new connection, and no analyser at all
    _forbid_kiwi(new_run(), monkeypatch)
    assert analyser.analyse_many(texts[:5]) == 0
    for text in texts[:5]:
        assert analyser.morphemes(text) == expected[text]
    assert analyser.sentence_spans(SENTENCES[2]) == line_spans
    with pytest.raises(AssertionError):
        analyser.morphemes(texts[5])  # never analysed, so not stored


def test_disk_store_is_off_by_default(fresh, new_run, tmp_path, monkeypatch):
    monkeypatch.setenv("TQA_CACHE_DIR", str(tmp_path))
    new_run()
    analyser.analyse_many(SENTENCES[:2])
    analyser.save_analyses()
    assert not list(tmp_path.glob("analyses-*"))


def test_a_store_file_that_is_no_database_is_started_afresh(fresh, new_run, tmp_path, monkeypatch):
    monkeypatch.setenv("TQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("TQA_ANALYSIS_CACHE", "1")
    korean = new_run()
    (tmp_path / f"analyses-{analyser.analyser_version()}.sqlite3").write_bytes(b"not a database at all" * 100)
    assert analyser.morphemes(SENTENCES[0]) == _one_by_one(SENTENCES[0])
    assert korean._store is not None and not korean._store_off


def test_unusable_store_location_only_costs_time(fresh, new_run, tmp_path, monkeypatch):
    (tmp_path / "file").write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("TQA_CACHE_DIR", str(tmp_path / "file"))
    monkeypatch.setenv("TQA_ANALYSIS_CACHE", "1")
    korean = new_run()
    assert analyser.morphemes(SENTENCES[0]) == _one_by_one(SENTENCES[0])
    assert korean._store is None and korean._store_off


def test_compact_rows_round_trip(fresh):
    for text in SENTENCES[:6]:
        analysis = _one_by_one(text)
        assert analyser._decode_morphemes(text, analyser._encode_morphemes(text, analysis)) == analysis
