"""Sentence splitting is linear in the line length and splits exactly as before.

The splitters used to rescan the line prefix for every boundary candidate (a 311 KB line
of English took over a minute). ``tests/reference/`` keeps the old code, test-only; the
current code must give the same boundaries on every line of the shared data, on long
concatenations of it, on our own tricky sentences and on generated text.
"""
from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqa import segment
from tqa.en import sentences

REFERENCE = Path(__file__).resolve().parent / "reference"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"tqa_reference_{name}", REFERENCE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


old_en = _load("en_sentences_v0")
old_ko = _load("segment_v0")

ENGLISH_FILES = ("flores200-dev/eng_Latn.dev", "ntrex128/newstest2019-src.eng.txt",
                 "ntrex128/newstest2019-ref.eng-US.txt", "park-news-dev/korean-english-park.dev.en",
                 "jhe-dev/jhe-koen-dev.en", "ud-pud/pud.en")
KOREAN_FILES = ("flores200-dev/kor_Hang.dev", "ntrex128/newstest2019-ref.kor.txt",
                "park-news-dev/korean-english-park.dev.ko", "jhe-dev/jhe-koen-dev.ko", "ud-pud/pud.ko")

# our own sentences, written for these tests: abbreviations, initials, quotes, ellipses,
# list labels, numbers, CJK terminators
OWN_ENGLISH = [
    "Mr. Park met Dr. Lee at 9 a.m. The talks lasted an hour.",
    "\"Why?\" Tom asked. \"Because the U.S. said so!\" she replied.",
    "1. Prepare the papers. 2. Send them to No. 3 Main St. in Seoul.",
    "Prices rose 3.5 percent... Analysts expected less.",
    "He works for Samsung Electronics Co. Ltd. in Suwon, e.g. on chips.",
    "The meeting is on Sept. 11. It was moved from Jan. The office said so.",
    "J. R. R. Tolkien wrote it. In 1954 the first volume appeared!",
    "What now?! Nobody knows… Officials declined to comment.",
    "A. Results were mixed (see Fig. 4). B. Methods follow.",
    "She said \"Yes.\" Then she left. 그는 떠났다。 Next day it rained！",
    "   Leading spaces. And a line break.\nAfter it. Trailing spaces.   ",
    "Visit www.example.com. Files like report.txt stay whole. The end.",
    "(xviii. The last item of the list.",
    "   (iii. A label after leading spaces.",
    "He met Mr\n. Kim there. A break before the period.",
]
OWN_KOREAN = [
    "정부는 1억 달러를 지원한다. 그는 \"우리는 이겼다. 기쁘다.\"라고 말했다. 회의는 끝났다.",
    "1. 개요 2. 목적 가. 배경을 설명한다. 나) 방법을 정한다.",
    "그는 말했다. \"역사적으로 중요한 날이다.\" 그녀는 동의했다.",
    "뭔가 좀 이상하다 그리고 다시 시작했다 “정말요?” 하고 물었다.",
    "  문장이 끝났다.  \"  다음 문장이 시작된다… 마지막이다！ ",
]


def _lines(root: Path, names) -> list[str]:
    found = []
    for name in names:
        path = root / name
        if path.is_file():
            found += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not found:
        pytest.skip("no shared data files")
    return found


def _english_same(line: str) -> None:
    assert sentences.sentence_spans(line) == old_en.sentence_spans(line), line[:200]


def _korean_same(line: str, boundaries: set[int]) -> None:
    assert segment._repair_korean_boundaries(line, set(boundaries)) == \
        old_ko._repair_korean_boundaries(line, set(boundaries)), line[:200]


def _every_boundary(line: str) -> set[int]:
    """Every offset inside the line: a superset of whatever kiwipiepy could propose."""
    return set(range(1, len(line)))


# --- identical boundaries -----------------------------------------------------------------

def test_english_own_sentences_split_as_before():
    for line in OWN_ENGLISH:
        _english_same(line)
    _english_same(" ".join(OWN_ENGLISH * 20))


def test_english_shared_lines_split_as_before(shared_data):
    lines = _lines(shared_data, ENGLISH_FILES)
    for line in lines:
        _english_same(line)
    # long concatenations, one per file's worth of lines (the old code is quadratic:
    # keep each to ~20 KB so the reference finishes in a fraction of a second)
    for begin in range(0, len(lines), 600):
        _english_same(" ".join(lines[begin:begin + 600])[:20_000])


def test_korean_repairs_as_before_on_own_sentences():
    for line in OWN_KOREAN:
        _korean_same(line, _every_boundary(line))
    long_line = " ".join(OWN_KOREAN * 30)
    _korean_same(long_line, _near_space(long_line))


def test_korean_repairs_as_before_on_shared_lines(shared_data):
    lines = _lines(shared_data, KOREAN_FILES)
    for number, line in enumerate(lines):
        _korean_same(line, _every_boundary(line) if number % 10 == 0 else _near_space(line))
    for begin in range(0, len(lines), 600):
        long_line = " ".join(lines[begin:begin + 600])[:5_000]
        _korean_same(long_line, _near_space(long_line))


def _near_space(line: str) -> set[int]:
    """Offsets next to whitespace: where kiwipiepy's boundaries and the repairs fall."""
    return {i for i in range(1, len(line)) if line[i - 1].isspace() or line[i].isspace()}


# characters the splitters decide on, plus words that trigger their special cases
_PIECES = st.sampled_from([
    " ", "  ", "\n", "\t", "\u3000", ".", "...", "…", "?", "!", "?!", "。", "！", "\"", "'", "”",
    "’", "“", "‘", ")", "(", "]", "」", "Mr", "U.S", "a.m", "No", "3", "12", "e.g", "Sept", "J",
    "I", "The", "the", "said", "Tom", "asked", "iv", "B", "다", "요", "했다", "라고", "가", "고 말",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_english_generated_text_splits_as_before(text):
    _english_same(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_korean_generated_text_repairs_as_before(text):
    _korean_same(text, _every_boundary(text))


# the helpers that replaced prefix searches, against the searches they replace, at every offset

_OLD_WORD_BEFORE = __import__("re").compile(r"(\S+)$")


def _same_helpers(text: str) -> None:
    reach = sentences._label_reach(text)
    lead = segment._skip_space(text, 0)
    for end in range(len(text) + 1):
        found = _OLD_WORD_BEFORE.search(text, 0, end)
        assert sentences._word_before(text, end) == (found.group(1) if found else ""), (text, end)
        if sentences.LIST_LABEL.match(text, 0, end):
            assert end <= reach, (text, end)
        assert segment._ends_sentence(text, end) == bool(old_ko._KO_SENTENCE_END.search(text, 0, end)), (text, end)
        assert segment._move_dangling_quote(text, end) == old_ko._move_dangling_quote(text, end), (text, end)
        assert segment._is_list_label(text, end, lead) == bool(old_ko._KO_LIST_LABEL.match(text, 0, end)), (text, end)
        assert bool(segment._KO_ATTACHED_AT.match(text, segment._skip_space(text, end))) == \
            bool(old_ko._KO_ATTACHED.match(text[end:].lstrip())), (text, end)


def test_helpers_agree_with_the_prefix_searches_on_own_text():
    for text in OWN_ENGLISH + OWN_KOREAN + ["가. 목적", "  (iv)  다음", "말했다. \"그들은", "끝났다.\n \"'다음",
                                            "했다.\" 라고", "x \"\n", "(xviii.\n"]:
        _same_helpers(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_helpers_agree_with_the_prefix_searches_on_generated_text(text):
    _same_helpers(text)


# --- linear time --------------------------------------------------------------------------

def _cpu(function, *args) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        function(*args)
        best = min(best, time.process_time() - start)
    return best


def _own_english_line(size: int) -> str:
    line = " ".join(OWN_ENGLISH).replace("\n", " ")
    return (line + " ") * (size // (len(line) + 1) + 1)


def test_english_split_time_is_linear_in_line_length():
    small, large = _own_english_line(50_000), _own_english_line(400_000)
    ratio = _cpu(sentences.sentence_spans, large) / max(_cpu(sentences.sentence_spans, small), 1e-4)
    assert ratio < 8 * 1.6, ratio  # 8x the text; a prefix rescan gave ~64x


def test_english_pathological_runs_take_linear_time():
    # runs of terminators without a space after them made the terminator pattern backtrack
    for text in ("!" * 200_000 + "x", "." * 200_000 + "x", "…" * 200_000 + "x", " " * 200_000 + "A. B. C."):
        start = time.process_time()
        sentences.sentence_spans(text)
        assert time.process_time() - start < 2.0, text[:5]
    # the same kinds of text, short enough for the old pattern
    for text in ("!" * 300 + "x y", "." * 300 + "\" y", "…" * 300 + "x. Y", " " * 300 + "A. B. C."):
        _english_same(text)


def test_korean_repair_time_is_linear_in_line_length():
    unit = " ".join(OWN_KOREAN)

    def run(size):
        line = (unit + " ") * (size // (len(unit) + 1) + 1)
        boundaries = {i for i in range(1, len(line)) if line[i - 1].isspace()}
        return _cpu(segment._repair_korean_boundaries, line, boundaries)

    ratio = run(200_000) / max(run(25_000), 1e-4)
    assert ratio < 8 * 1.6, ratio


# --- Korean lines given to kiwipiepy in pieces ----------------------------------------------

def test_ordinary_korean_lines_go_to_the_analyser_whole(monkeypatch):
    from tqa.ko import analyser

    asked = []
    real = analyser.sentence_spans
    monkeypatch.setattr(analyser, "sentence_spans", lambda text: asked.append(text) or real(text))
    monkeypatch.setattr(segment, "LONG_LINE_CHARS", 2_000)  # small stand-ins, same code path
    monkeypatch.setattr(segment, "PIECE_CHARS", 700)
    line = " ".join(OWN_KOREAN * 20)[:2_000]
    segment.korean_sentence_spans(line)
    assert asked == [line]
    segment.korean_sentence_spans(line + " 한 문장 더.")
    assert len(asked) > 2 and all(len(text) <= segment.PIECE_CHARS for text in asked[1:])


def test_long_korean_lines_go_to_the_analyser_in_pieces_cut_after_sentence_ends():
    line = " ".join(OWN_KOREAN * 400)
    pieces = segment._analyser_pieces(line)
    assert len(line) > segment.LONG_LINE_CHARS and len(pieces) > 1
    assert pieces[0][0] == 0 and pieces[-1][1] == len(line)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))  # contiguous, nothing left out
    ends = {match.end() for match in segment._KO_CANDIDATE.finditer(line)}
    assert all(start in ends and after for start, _, after in pieces[1:])
    assert max(end - start for start, end, _ in pieces) <= segment.PIECE_CHARS
    # no sentence end at all: cut at spaces, and those cuts are no boundaries by themselves
    plain = "가나다라 " * 20_000
    pieces = segment._analyser_pieces(plain)
    assert all(not after and plain[start - 1] == " " for start, _, after in pieces[1:])
    assert max(end - start for start, end, _ in pieces) <= 4 * segment.PIECE_CHARS


def test_a_long_korean_line_splits_as_its_sentences_do_one_by_one(monkeypatch):
    from tqa.ko import analyser

    unit = " ".join(OWN_KOREAN)
    one = [s.text for s in segment.segment_document(unit, "ko")]
    monkeypatch.setattr(analyser, "CACHE_SIZE", 0)  # every piece analysed, none remembered
    monkeypatch.setattr(segment, "LONG_LINE_CHARS", 2_000)  # small stand-ins, same code path
    monkeypatch.setattr(segment, "PIECE_CHARS", 700)
    repeats = 30
    long_line = " ".join([unit] * repeats)
    assert [s.text for s in segment.segment_document(long_line, "ko")] == one * repeats


def test_korean_split_time_is_linear_in_line_length(monkeypatch):
    from tqa.ko import analyser

    monkeypatch.setattr(analyser, "CACHE_SIZE", 0)
    monkeypatch.setattr(segment, "LONG_LINE_CHARS", 2_000)  # a small stand-in for 30,000
    unit = " ".join(OWN_KOREAN)

    def run(size):
        line = " ".join([unit] * (size // len(unit) + 1))
        best = None
        for _ in range(3):  # the least of three: the machine is shared, one slow run is noise
            start = time.process_time()
            segment.segment_document(line, "ko")
            spent = time.process_time() - start
            best = spent if best is None else min(best, spent)
        return best

    run(12_000)  # warm-up
    ratio = run(48_000) / run(12_000)
    assert ratio < 4 * 1.6, ratio  # whole-line kiwipiepy grows faster than the line
