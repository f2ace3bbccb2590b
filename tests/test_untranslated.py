"""Untranslated rules (TQA001–TQA003), called on hand-built one-link documents."""
from __future__ import annotations

from tqa.checks.registry import RULES
from tqa.checks.runner import CheckContext
from tqa.checks.untranslated import empty_target, hangul_in_target, identical_to_source
from tqa.document import Document, Link, Segment


def one_pair(source: str, target: str):
    """The single pair of a document with one source and one target segment."""
    document = Document("s.ko", "t.en", source, target, [Segment(0, source, 0, len(source))],
                        [Segment(0, target, 0, len(target))], [Link((0,), (0,))])
    return next(document.pairs())


def findings(rule, source: str, target: str):
    return list(rule(one_pair(source, target), CheckContext()))


def test_rules_are_registered_with_family_and_severity():
    assert (RULES["TQA001"].check, RULES["TQA001"].severity) == ("untranslated", "major")
    assert (RULES["TQA002"].check, RULES["TQA002"].severity) == ("untranslated", "critical")
    assert (RULES["TQA003"].check, RULES["TQA003"].severity) == ("untranslated", "major")


def test_hangul_left_in_target_is_reported_with_its_span():
    found = findings(hangul_in_target, "시장은 새 공원을 열었다.", "The mayor opened a new 공원 on Monday.")
    assert len(found) == 1
    assert found[0].target.text == "공원"
    assert found[0].target.start == 23 and found[0].severity is None


def test_a_run_of_hangul_words_is_one_finding():
    found = findings(hangul_in_target, "본문 바로가기", "Skip to 본문 바로가기 now")
    assert [f.target.text for f in found] == ["본문 바로가기"]


def test_bracketed_original_after_a_romanised_name_is_not_reported():
    assert findings(hangul_in_target, "한복을 입었다.", "She wore a hanbok (한복) to the party.") == []
    assert findings(hangul_in_target, "한복을 입었다.", "She wore a hanbok (\u201c한복\u201d) to the party.") == []


def test_hangul_followed_by_a_latin_gloss_is_only_info():
    found = findings(hangul_in_target, "정이 많다.", "Koreans value 정 (jeong), a deep bond.")
    assert [(f.target.text, f.severity) for f in found] == [("정", "info")]


def test_hangul_cited_as_korean_is_only_info():
    found = findings(hangul_in_target, "정이 많다.", 'The bond is known in Korean as "정".')
    assert [(f.target.text, f.severity) for f in found] == [("정", "info")]
    found = findings(hangul_in_target, "정이 많다.", 'The bond, "정" in Korean, runs deep.')
    assert [f.severity for f in found] == ["info"]
    # merely mentioning Korea(n) nearby is no citation
    found = findings(hangul_in_target, "정부가 협의체를 만든다.", "The Korean government set up a 협의체.")
    assert [f.severity for f in found] == [None]


def test_a_korean_form_cited_in_a_lesson_is_only_info():
    # a grammar lesson keeps the forms it teaches in Hangul: an ending after a hyphen, a jamo
    # letter, a stretch the source quotes, a word the English explains
    found = findings(hangul_in_target, "이번 시간에는 '-았/었어요'를 배웁니다.", "This lesson covers the past ending -았/었어요.")
    assert [f.severity for f in found] == ["info", "info"]  # 았 / 었어요: two runs, both cited
    found = findings(hangul_in_target, "ㅂ 불규칙 동사를 봅시다.", "Now for the irregular ㅂ verbs.")
    assert [f.severity for f in found] == ["info"]
    found = findings(hangul_in_target, "'사과'는 영어로 apple이라는 뜻이에요.", "사과 means apple.")
    assert [f.severity for f in found] == ["info"]
    found = findings(hangul_in_target, "그래서 '세 시 반'은 3시 30분이에요.", "So 세 시 반 is 3:30.")
    assert [f.severity for f in found] == ["info"]
    # a clause of the source left in Hangul is no citation
    found = findings(hangul_in_target, "그는 기자들에게 우리는 끝까지 싸운다고 말했다.", "He told reporters that 우리는 끝까지 싸운다.")
    assert [f.severity for f in found] == [None]


def test_hangul_in_brackets_without_a_latin_word_before_is_reported():
    found = findings(hangul_in_target, "서울역 앞", "In front of (서울역) the station.")
    assert len(found) == 1 and found[0].severity is None


def test_hangul_inside_a_url_is_part_of_the_address():
    assert findings(hangul_in_target, "위키 문서", "See https://ko.wikipedia.org/wiki/한복 for more.") == []
    assert len(findings(hangul_in_target, "위키 문서", "See the 위키 page.")) == 1


def test_interpunct_araea_is_not_hangul():
    assert findings(hangul_in_target, "한ㆍ미 회담", "The KoreaㆍUS talks") == []


def test_empty_target_for_a_real_source_is_critical():
    found = findings(empty_target, "회의는 내일 열린다.", "   ")
    assert len(found) == 1 and found[0].target.segment == 0


def test_empty_target_for_a_punctuation_only_source_is_fine():
    assert findings(empty_target, "※ ―", "") == []
    assert findings(empty_target, "회의는 내일 열린다.", "The meeting is tomorrow.") == []


def test_link_without_target_segments_is_left_to_the_omission_rules():
    document = Document("s", "t", "회의", "", [Segment(0, "회의", 0, 2)], [], [Link((0,), ())])
    assert list(empty_target(next(document.pairs()), CheckContext())) == []


def test_target_identical_to_korean_source():
    found = findings(identical_to_source, "오늘 날씨가 좋다.", "오늘  날씨가 좋다.")
    assert len(found) == 1
    # the copy is reported once, not again as leftover Hangul
    assert findings(hangul_in_target, "오늘 날씨가 좋다.", "오늘 날씨가 좋다.") == []


def test_latin_or_number_only_source_may_be_copied():
    assert findings(identical_to_source, "iPhone 15", "iPhone 15") == []
    assert findings(identical_to_source, "https://example.com/a", "https://example.com/a") == []
    assert findings(identical_to_source, "2024", "2024") == []
