"""Segmentation: the English rule splitter, the Korean repairs and the document layout."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqa.en.sentences import split_sentences
from tqa.segment import korean_sentence_spans, segment_document


@pytest.mark.parametrize("text, expected", [
    ("Mr. Kim met Dr. Park at 9 a.m. They talked for 3.5 hours.",
     ["Mr. Kim met Dr. Park at 9 a.m.", "They talked for 3.5 hours."]),
    ("The U.S. Army left. It was late.", ["The U.S. Army left.", "It was late."]),
    ("Trade with the U.S. grew. The U.K. lagged.", ["Trade with the U.S. grew.", "The U.K. lagged."]),
    ("He lives at No. 3 Main St. in Busan.", ["He lives at No. 3 Main St. in Busan."]),
    ("The answer was No. Then he left.", ["The answer was No.", "Then he left."]),
    ("It opened on Sept. 21 in Seoul. Sales began in Jan. 2024.",
     ["It opened on Sept. 21 in Seoul.", "Sales began in Jan. 2024."]),
    ("The book by J. R. R. Tolkien sold well. George W. Bush read it.",
     ["The book by J. R. R. Tolkien sold well.", "George W. Bush read it."]),
    ("Fruit (e.g. pears) is cheap, i.e. affordable. Buy some.",
     ["Fruit (e.g. pears) is cheap, i.e. affordable.", "Buy some."]),
    ("Hanmi Inc. The firm grew. Hanmi Inc. CEO Lee spoke.",
     ["Hanmi Inc.", "The firm grew.", "Hanmi Inc. CEO Lee spoke."]),
    ('"Are you coming?" she asked. "Yes!" he said.', ['"Are you coming?" she asked.', '"Yes!" he said.']),
    ('"Why now?" Minji asked. It was late.', ['"Why now?" Minji asked.', "It was late."]),
    ('He said, "We will win." Then he left.', ['He said, "We will win."', "Then he left."]),
    ("She paused... Then she spoke. Wait… What?", ["She paused...", "Then she spoke.", "Wait…", "What?"]),
    ("It rose 2.5% to 1.25 trillion won. See www.example.com for more.",
     ["It rose 2.5% to 1.25 trillion won.", "See www.example.com for more."]),
    ("The meeting ended at 5 p.m. on Friday.", ["The meeting ended at 5 p.m. on Friday."]),
    ("We saw the Sun. It was bright. He paid for us. Then we went home.",
     ["We saw the Sun.", "It was bright.", "He paid for us.", "Then we went home."]),
])
def test_english_splitter(text, expected):
    assert split_sentences(text) == expected


def test_list_labels_do_not_end_a_sentence():
    text = "1. Prepare the papers. Then go.\nB. Results are in.\nIt ended in 2019. The end."
    assert [s.text for s in segment_document(text, "en")] == [
        "1. Prepare the papers.", "Then go.", "B. Results are in.", "It ended in 2019.", "The end."]
    korean = "1. 서류를 준비한다. 그리고 간다.\n2) 결과를 본다.\n가. 목적을 정한다."
    assert [s.text for s in segment_document(korean, "ko")] == [
        "1. 서류를 준비한다.", "그리고 간다.", "2) 결과를 본다.", "가. 목적을 정한다."]


def test_english_headline_without_punctuation_ends_at_the_line_break():
    text = "Seoul opens new river park\nThe city opened a park on Monday. It is large."
    assert [s.text for s in segment_document(text, "en")] == [
        "Seoul opens new river park", "The city opened a park on Monday.", "It is large."]


def test_korean_repairs_keep_quotation_and_attribution_together():
    # an attribution particle after a closing quote never starts a sentence
    line = "그는 “우리는 이겼습니다. 내일도 이길 겁니다.”라고 말했다. 관중은 환호했다."
    sentences = [line[s:e] for s, e in korean_sentence_spans(line)]
    assert sentences == ["그는 “우리는 이겼습니다.", "내일도 이길 겁니다.”라고 말했다.", "관중은 환호했다."]


def test_korean_boundary_before_an_opening_quote():
    line = '시장은 새 계획을 발표했다. "시민 모두가 누릴 공간입니다." 그는 덧붙였다.'
    sentences = [line[s:e] for s, e in korean_sentence_spans(line)]
    assert sentences[0] == "시장은 새 계획을 발표했다."
    assert sentences[1].startswith('"시민')


def test_korean_quotation_of_several_sentences_is_split_like_the_english():
    line = '김 대표는 "우리가 이겼다. 모두 기쁘다"고 했다. 회의는 끝났다.'
    sentences = [line[s:e] for s, e in korean_sentence_spans(line)]
    assert sentences == ['김 대표는 "우리가 이겼다.', '모두 기쁘다"고 했다.', "회의는 끝났다."]


def test_korean_quoted_sentence_with_attribution_stays_whole():
    line = '김 대표는 "이해가 안 된다"고 했다. 회의는 끝났다.'
    sentences = [line[s:e] for s, e in korean_sentence_spans(line)]
    assert sentences == ['김 대표는 "이해가 안 된다"고 했다.', "회의는 끝났다."]


def test_paragraphs_are_blocks_between_blank_lines():
    text = "First one. Second one.\nA new line.\n\n  Next block here.\n"
    segments = segment_document(text, "en")
    assert [(s.text, s.paragraph) for s in segments] == [
        ("First one.", 0), ("Second one.", 0), ("A new line.", 0), ("Next block here.", 1)]


def test_without_blank_lines_every_line_is_a_paragraph():
    segments = segment_document("One. Two.\nThree.\nFour.", "en")
    assert [s.paragraph for s in segments] == [0, 0, 1, 2]


def test_segmented_mode_keeps_lines_whole_and_ids_consecutive():
    text = "  Mr. Kim left. He came back.\n\n\nSecond line\r\nthird\n"
    segments = segment_document(text, "en", segmented=True)
    assert [s.text for s in segments] == ["Mr. Kim left. He came back.", "Second line", "third"]
    assert [s.id for s in segments] == [0, 1, 2]
    assert all(text[s.start:s.end] == s.text for s in segments)


def test_korean_document_offsets():
    text = "정부는 예산을 늘렸다. 시장은 공원을 열었다.\n\n그는 회의에 참석했다."
    segments = segment_document(text, "ko")
    assert [s.text for s in segments] == ["정부는 예산을 늘렸다.", "시장은 공원을 열었다.", "그는 회의에 참석했다."]
    assert [s.paragraph for s in segments] == [0, 0, 1]
    assert all(text[s.start:s.end] == s.text for s in segments)


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        segment_document("text", "fr")


def _check_invariants(text: str, segments) -> None:
    assert [s.id for s in segments] == list(range(len(segments)))
    previous_end = 0
    for segment in segments:
        assert segment.text == text[segment.start:segment.end]
        assert segment.text and segment.text == segment.text.strip()
        assert segment.start >= previous_end
        previous_end = segment.end
    # nothing but whitespace is left out
    covered = set()
    for segment in segments:
        covered.update(range(segment.start, segment.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


_pieces = st.sampled_from([
    "Mr.", "U.S.", "a.m.", "No.", "3.5", "J.", "Hello", "world", "the", "?", "!", "...", "…", '"', "'",
    "(", ")", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\u2028", "\x0c", "\t", ".", "Sept.", "e.g.", "Inc.", "It", "we",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=40).map("".join))
def test_english_segments_are_views_into_the_text(text):
    for segmented in (False, True):
        _check_invariants(text, segment_document(text, "en", segmented=segmented))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["했다.", "그는", '"', "“", "”", "라고", " ", "\n", "?", "서울", "3.5", "다"]),
                max_size=25).map("".join))
def test_korean_segments_are_views_into_the_text(text):
    _check_invariants(text, segment_document(text, "ko"))


def _pud_documents(shared_data, name):
    lines = (shared_data / "ud-pud" / name).read_text(encoding="utf-8").splitlines()[:300]
    return [lines[i:i + 5] for i in range(0, len(lines), 5)]


@pytest.mark.parametrize("lang, name", [("en", "pud.en"), ("ko", "pud.ko")])
def test_splitter_recovers_single_sentence_lines(shared_data, lang, name):
    found = expected = correct = 0
    for lines in _pud_documents(shared_data, name):
        text = " ".join(line.strip() for line in lines)
        gold, offset = set(), 0
        for line in lines[:-1]:
            offset += len(line.strip()) + 1
            gold.add(offset)
        predicted = {s.start for s in segment_document(text, lang)[1:]}
        found += len(predicted)
        expected += len(gold)
        correct += len(gold & predicted)
    assert correct / found > 0.97 and correct / expected > 0.97


def _with_analyser_boundaries(monkeypatch, line: str, cuts: list[str]) -> list[str]:
    """Run the repairs on an analyser that splits ``line`` right before each of ``cuts``."""
    import tqa.ko.analyser as analyser

    starts = [0] + [line.index(cut) for cut in cuts]
    spans = list(zip(starts, starts[1:] + [len(line)]))
    monkeypatch.setattr(analyser, "sentence_spans", lambda text: spans if text == line else [(0, len(text))])
    return [line[s:e] for s, e in korean_sentence_spans(line)]


def test_repair_rejoins_attribution_split_off_by_the_analyser(monkeypatch):
    line = "“우리는 최선을 다했습니다.”라고 그가 말했습니다. 경기는 끝났다."
    assert _with_analyser_boundaries(monkeypatch, line, ["라고 그가", "경기는"]) == [
        "“우리는 최선을 다했습니다.”라고 그가 말했습니다.", "경기는 끝났다."]


def test_repair_moves_a_dangling_opening_quote_to_its_sentence(monkeypatch):
    line = '그는 기자들에게 말했다. "우리는 준비가 되어 있습니다." 회견은 짧았다.'
    assert _with_analyser_boundaries(monkeypatch, line, ["우리는", "회견은"]) == [
        "그는 기자들에게 말했다.", '"우리는 준비가 되어 있습니다."', "회견은 짧았다."]


def test_repair_adds_missed_boundaries(monkeypatch):
    line = '대변인이 답했다. "모두 안전하다. 걱정 마라." 회견은 끝났다.'
    assert _with_analyser_boundaries(monkeypatch, line, []) == [
        "대변인이 답했다.", '"모두 안전하다.', '걱정 마라."', "회견은 끝났다."]


def test_repair_keeps_a_spaced_closing_quote_with_its_sentence(monkeypatch):
    line = '그는 말을 마쳤다. " 회견은 끝났다. "'
    assert _with_analyser_boundaries(monkeypatch, line, ['" 회견은']) == [
        '그는 말을 마쳤다. "', "회견은 끝났다. \""]


def test_repair_drops_a_mid_clause_split_without_a_sentence_end(monkeypatch):
    line = "항공사가 문제를 풀고 뭔가 좀 더 나은 서비스를 내놓을지 지켜볼 일이다."
    assert _with_analyser_boundaries(monkeypatch, line, ["좀 더"]) == [line]


def test_korean_lines_go_to_the_analyser_in_one_batch(monkeypatch):
    from tqa.ko import analyser
    from tqa.resources import Resources

    lines = ["첫 줄의 문장이다. 둘째 문장이다.", "둘째 줄은 하나다", "셋째 줄이다. 끝이다!"]
    batches = []
    real = analyser.sentence_spans_many
    monkeypatch.setattr(analyser, "sentence_spans_many",
                        lambda texts: batches.append(list(texts)) or real(batches[-1]))
    with Resources().activate():  # a run of its own: nothing analysed yet
        segments = [s.text for s in segment_document("\n".join(lines), "ko")]
    assert batches == [[lines[0], lines[2]]]  # the line with no possible boundary skips the analyser
    # the same segments as one analyser call per line
    with Resources().activate():
        assert segments == [line[s:e] for line in lines for s, e in korean_sentence_spans(line)]
    assert len(segments) == 5
