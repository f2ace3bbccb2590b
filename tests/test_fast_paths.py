"""The shortcuts of the --fast path give the answers of the plain computations they replace:
the report's JSON text, the term n-gram lookups, the pairs of a document, the collector
settings of a checking process (they must never change a finding or a byte of a report)."""
from __future__ import annotations

import gc
import json
import pickle
import sys

from hypothesis import given, settings, strategies as st

from tqa.analyse.term_lexicon import _all_root_grams, _root_grams
from tqa.analyse.term_recurrence import ngrams
from tqa.analyse.term_words import PerTarget, compound_terms, used_elsewhere, word_root
from tqa.document import Link, document_from_pairs
from tqa.report.fastjson import dumps_indented

_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text())
_json = st.recursive(_scalars, lambda inner: st.one_of(st.lists(inner, max_size=4), st.tuples(inner, inner),
                                                        st.dictionaries(st.text(max_size=5), inner, max_size=4)),
                     max_leaves=20)


@settings(max_examples=300)
@given(_json)
def test_the_report_encoder_writes_what_json_dumps_writes(value):
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_the_report_encoder_handles_keys_and_values_json_converts():
    value = {1: [float("inf"), -0.0, 10 ** 30], None: {"é\u2028\"": True}, 2.5: (), "x": {}}
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


class _Target:
    def __init__(self, target: str):
        self.target = target


TARGETS = ["The cities of the region grew.", "A city grew; trade war looms.", "Trade wars hurt the economies.",
           "Policies on trade war and tariff war.", "The city grew", "", "cities, policies and trade wars"]


def test_n_grams_used_elsewhere_answer_as_a_scan_of_every_target():
    pairs = [_Target(text) for text in TARGETS]
    for grams_of, lazy in ((_root_grams, _all_root_grams(pairs)), (ngrams, PerTarget(pairs, ngrams))):
        plain = [grams_of(text) for text in TARGETS]
        assert [dict(g) for g in lazy] == [dict(g) for g in plain]
        for index in range(len(TARGETS)):
            for gram in {gram for grams in plain for gram in grams}:
                assert used_elsewhere(gram, lazy, index) == \
                    any(gram in grams for other, grams in enumerate(plain) if other != index), (gram, index)


def test_a_root_ending_in_y_is_found_in_its_ies_plural():
    pairs = [_Target("Two cities."), _Target("One city.")]
    assert word_root("cities") == "city"
    assert used_elsewhere(("city",), _all_root_grams(pairs), 1)


def test_compound_terms_of_any_minimum_are_those_of_the_longer_list():
    text = "핵심광물 공급망과 무역전쟁의 여파로 홈팀이 졌다."
    every = compound_terms(text, 2)
    assert compound_terms(text, 3) == [term for term in every if term[2] - term[1] >= 3]
    assert compound_terms(text, 3) is not compound_terms(text, 3)  # a fresh list each time


def test_the_pairs_of_a_document_follow_its_links():
    document = document_from_pairs([("가", "A"), ("나", "B"), ("다", "C")])
    first = list(document.pairs())
    assert [p.source for p in first] == ["가", "나", "다"]
    assert list(document.pairs())[0] is first[0]  # made once
    document.links = [Link((0, 1), (0,)), Link((2,), (1, 2))]  # realigned
    assert [(p.source, p.target) for p in document.pairs()] == [("가 나", "A"), ("다", "B C")]
    document.links.append(Link((), (0,)))
    assert len(list(document.pairs())) == 3
    copy = pickle.loads(pickle.dumps(document))
    assert [p.document for p in copy.pairs()] == [copy] * 3


def test_a_pair_masks_placeholders_once_and_only_when_there_are_some():
    document = document_from_pairs([("{0}개를 샀다", "bought %s items"), ("사과", "apples")])
    masked, plain = list(document.pairs())
    assert masked.source_plain == "   개를 샀다" and masked.target_plain == "bought    items"
    assert plain.source_plain is plain.source


def test_a_checking_process_collects_less_often(monkeypatch):
    from tqa import cli
    from tqa.runtime import COLLECTOR_THRESHOLDS

    before = gc.get_threshold()
    monkeypatch.setattr(cli, "main", lambda argv=None: 0)
    # with torch imported (an earlier test loaded it) the command ends by os._exit, which
    # would end this test process too: raise SystemExit instead
    monkeypatch.setattr(cli, "_exit_without_teardown", lambda code: sys.exit(code))
    try:
        try:
            cli.entry_point()
        except SystemExit as stop:
            assert stop.code == 0
        assert gc.get_threshold() == COLLECTOR_THRESHOLDS
    finally:
        gc.set_threshold(*before)


_TEXTS = st.lists(st.sampled_from(list("ab 한\"\\\n\t\u2028é") + ["tqa-links-", "\x00"]), max_size=8).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.tuples(_TEXTS, _TEXTS), max_size=4), min_size=1, max_size=3),
       st.lists(st.one_of(st.none(), st.floats(allow_nan=True), st.integers(-3, 3)), min_size=1, max_size=4),
       st.booleans())
def test_the_json_report_writes_what_the_encoder_writes_for_its_data(documents, scores, odd):
    """render writes the segment and link lists from templates; the text must be the
    encoder's for the same report data (links without a side, scores of any kind, several
    documents, and a segment with an id that is not an int, which the encoder writes)."""
    from tqa.report.json_report import render, report_dict

    built = []
    for number, pairs in enumerate(documents):
        document = document_from_pairs(pairs, f"s{number}.ko", f"t{number}.en")
        document.links = [Link(link.source if i % 3 else (), link.target, scores[i % len(scores)])
                          for i, link in enumerate(document.links)]
        if odd and document.source_segments:
            document.source_segments[0].id = float(document.source_segments[0].id)
        built.append(document)
    assert render(built) == dumps_indented(report_dict(built)) + "\n"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", "\n", "\t", "\u2028", "\x0c", "한", "\u3000", "\x85"]),
                max_size=14).map("".join))
def test_the_line_cutter_without_carriage_returns_cuts_as_the_general_one(text):
    """_line_segments cuts a text with no "\\r" by str.split; it must give the lines,
    offsets and stripped texts of the general cut (which also reads \\r\\n and a lone \\r)."""
    import re

    from tqa.pipeline import _line_segments

    expected, position = [], 0
    for raw in re.split(r"(?<=\n)|(?<=\r)(?!\n)", text):
        if raw:
            body = raw.rstrip("\r\n")
            lead = len(body) - len(body.lstrip())
            expected.append((position + lead, position + lead + len(body.strip()), body.strip()))
            position += len(raw)
    assert _line_segments(text) == expected


class _Pair:
    def __init__(self, source: str, target: str):
        self.source, self.target = source, target


def test_the_strongest_association_of_a_word_is_the_best_dice_score_of_any_korean_noun():
    from tqa.analyse.term_recurrence import WordAssociation

    pairs = [_Pair("정부는 면역 세포 연구를 지원한다.", "The government supports immune cell research."),
             _Pair("면역 세포가 늘었다.", "Immune cells increased."),
             _Pair("세포 연구가 끝났다.", "The cell research ended."),
             _Pair("정부는 예산을 늘렸다.", "The government raised the budget."),
             _Pair("면역 세포가 늘었다.", "Immune cells increased.")]
    association = WordAssociation(pairs)
    for english in association.english:
        plain = max((association.dice(korean, english) for korean in association.korean), default=0.0)
        assert association.best(english) == plain, english
    assert association.best("no-such-word") == 0.0


def test_direction_words_found_by_index_are_those_of_a_scan_of_every_pole():
    """``direction._korean_words`` looks each morpheme up in an index of the pole table
    instead of testing every pole: same words, same order, same 'possible' list."""
    from tqa.analyse import direction
    from tqa.ko.analyser import morphemes

    def scanned(text, possible):
        # the scan the index replaces: every pole in table order, the same tests after it
        index_of = direction._poles_by_word
        try:
            direction._poles_by_word = lambda: {key: tuple(pole for pole in direction.direction_table()
                                                           if key in pole.korean)
                                                for key in {m.form for m in morphemes(text)}
                                                | {m.form + "다" for m in morphemes(text)}
                                                | {m.form + ending for m in morphemes(text)
                                                   for ending in ("아지다", "어지다")}}  # 낮아지다 split
            return direction._korean_words(text, possible)
        finally:
            direction._poles_by_word = index_of

    texts = ["주가가 3% 올랐다가 다시 내렸다.", "수출은 늘지 않았고 수입은 줄었다.", "회의는 예정보다 일찍 끝났고 그 후 비가 왔다.",
             "기온이 10도 이상 떨어졌지만 습도는 높아졌다.", "한국이 일본을 2대 1로 이겼다.", "아무 변화도 없었다."]
    assert any(direction._korean_words(text) for text in texts)
    for text in texts:
        indexed, plain = [], []
        assert direction._korean_words(text, indexed) == scanned(text, plain)
        assert indexed == plain


_HANGUL_TEXT = st.text(alphabet="곰개여우떡밥고구마사람 .!", max_size=12)


@settings(max_examples=300)
@given(st.lists(st.lists(_HANGUL_TEXT.filter(lambda w: len(w) <= 3), max_size=5), min_size=1, max_size=3),
       _HANGUL_TEXT)
def test_a_word_table_pre_scan_answers_as_a_test_of_every_word(tables, text):
    from tqa.analyse.literal import words_pattern

    tables = [frozenset(table) for table in tables]
    found = words_pattern(*tables).search(text) is not None
    assert found == any(word in text for table in tables for word in table)


def test_the_figurative_pre_scans_are_patterns_of_their_tables():
    from tqa.analyse.literal import default_figurative

    classes = default_figurative()
    for pattern, tables in ((classes.food_words, (classes.food,)), (classes.animal_words, (classes.animals,)),
                            (classes.thing_words, (classes.things,)),
                            (classes.figure_words, (classes.animals, classes.food))):
        for table in tables:
            assert all(pattern.search(word) for word in table)
    assert not classes.figure_words.search("") and not classes.thing_words.search("")


def test_a_slang_prefix_cut_is_any_first_part_of_the_word_short_of_the_whole():
    from tqa.analyse.literal import _has_slang_prefix, default_figurative

    classes = default_figurative()
    prefix = next(iter(classes.slang_prefixes))
    assert _has_slang_prefix(prefix + "잼", classes)
    assert not _has_slang_prefix(prefix, classes)  # the prefix alone has no rest
    assert not _has_slang_prefix("", classes)


def test_the_figurative_scene_nouns_are_the_union_each_reader_made():
    from tqa.analyse.literal import default_figurative

    classes = default_figurative()
    concrete = (classes.concrete_context | frozenset(classes.things) | frozenset(classes.food)
                | frozenset(classes.animals) | classes.artifact_nouns) - {"말"}
    assert classes.concrete_nouns == concrete
    assert classes.scene_nouns == (concrete | classes.korean_nouns | classes.korean_headwear) - {"말"}
    assert "말" not in classes.scene_nouns


def test_rhetorical_spans_are_a_new_list_each_call_with_the_same_spans():
    from tqa.analyse.polarity import rhetorical_spans

    text = "Why not? It was not only cheap, no doubt."
    first = rhetorical_spans(text)
    first.append((0, 1))  # a caller extends its list (the counterfactual spans)
    assert rhetorical_spans(text) == first[:-1] and rhetorical_spans(text)
