"""Korean name finding, English capitalised spans, the name rules (TQA200–TQA206) and the
names table. Every document here is written for the test, one sentence per segment."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqa.analyse import run_analysers
from tqa.analyse.names import analyse_document
from tqa.checks.runner import CheckContext, run_checks, select_rules
from tqa.document import Document, Link, Segment
from tqa.en.names import capitalised_spans, proper_noun_words
from tqa.ko.names import find_names, split_korean_name, title_after


def make_document(korean: list[str], english: list[str], links=None) -> Document:
    def segments(lines):
        out, position = [], 0
        for index, line in enumerate(lines):
            out.append(Segment(index, line, position, position + len(line)))
            position += len(line) + 1
        return out

    links = links or [Link((i,), (i,), 1.0) for i in range(len(korean))]
    return Document("t.ko", "t.en", "\n".join(korean), "\n".join(english),
                    segments(korean), segments(english), links)


def issues(document: Document, family=("name",)):
    return run_checks(document, select_rules(list(family)), CheckContext(fast=True))


def codes(found) -> list[str]:
    return [issue.rule for issue in found]


# --- finding names in Korean ----------------------------------------------------------------

def test_person_with_affiliation_and_title():
    names = find_names("노태식 한국해양연구원 책임연구위원은 어제 기자회견을 열었다.")
    person = [n for n in names if n.kind == "person"]
    assert [(p.text, p.title) for p in person] == [("노태식", "책임연구위원")]
    assert any(n.kind == "org" and n.text == "한국해양연구원" for n in names)


def test_surname_only_mention_with_title():
    names = find_names("문 전 장관은 회의에 나오지 않았다.")
    assert [(n.text, n.kind, n.title) for n in names] == [("문", "surname", "장관")]


def test_foreign_names_countries_and_compounds():
    names = find_names("마크롱 프랑스 대통령은 한미일 협력과 북중러 밀착을 모두 언급했다.")
    kinds = {(n.text, n.kind) for n in names}
    assert ("마크롱", "foreign") in kinds and ("프랑스", "country") in kinds
    assert ("한미일", "abbrev") in kinds and ("북중러", "abbrev") in kinds


def test_ordinary_words_are_not_compounds_or_people():
    names = find_names("북한은 일일 점검 회의를 열었고 공화당 의원들이 참석했다.")
    assert not any(n.kind in ("abbrev", "person") for n in names)


def test_split_korean_name():
    assert split_korean_name("위성락") == ("위", "성락")
    assert split_korean_name("무알렘") is None     # not Korean given-name syllables
    assert split_korean_name("백악관") is None     # an institution
    assert split_korean_name("Kim") is None


def test_title_after_skips_bare_nouns_but_not_clauses():
    text = "송하린 전 주독일 대사는 말했다. 송하린이 밥을 먹은 교수"
    assert title_after(text, 3) == "대사"
    assert title_after(text, text.index("송하린이") + 3) == ""


# --- English side -------------------------------------------------------------------------------

def test_capitalised_spans_keep_inner_connectors():
    spans = [s.text for s in capitalised_spans("Fellow Jo Han-beom of the Korea Institute for National Unification said")]
    assert spans == ["Fellow Jo Han-beom", "Korea Institute for National Unification"]


def test_proper_noun_words_drop_sentence_initial_function_words():
    words = [w for _, _, w in proper_noun_words("The minister met Putin. However, Kim left.")]
    assert words == ["Putin", "Kim"]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_capitalised_spans_are_slices_of_the_text(text):
    for span in capitalised_spans(text):
        assert text[span.start:span.end] == span.text


# --- TQA200: missing Korean name -----------------------------------------------------------

def test_missing_korean_name_is_reported():
    document = make_document(
        ["한서윤 국립외교원 교수는 협상이 길어질 것이라고 말했다."],
        ["A professor at the Korea National Diplomatic Academy said the talks would drag on."])
    found = [i for i in issues(document) if i.rule == "TQA200"]
    assert len(found) == 1 and found[0].source_span.text == "한서윤"
    assert found[0].suggestion == "Han Seo-yun"


def test_name_rendered_with_a_variant_spelling_is_not_missing():
    document = make_document(
        ["한서윤 국립외교원 교수는 협상이 길어질 것이라고 말했다."],
        ["Hahn Seo-yoon, a professor at the Korea National Diplomatic Academy, said the talks would drag on."])
    assert "TQA200" not in codes(issues(document))


def test_surname_with_title_counts_as_rendering():
    document = make_document(
        ["김정은 국무위원장은 시찰을 마쳤다."],
        ["Chairman Kim finished the inspection."])
    assert not issues(document)


# --- TQA202/TQA203: one person, two spellings -------------------------------------------------

def test_two_spellings_of_one_person_are_reported():
    document = make_document(
        ["조한범 통일연구원 선임연구위원은 회담을 평가했다.", "조한범 선임연구위원은 추가 제재를 예상했다."],
        ["Jo Han-beom, a senior research fellow at the Korea Institute for National Unification, assessed the talks.",
         "Cho Han-bum, the senior research fellow, expected more sanctions."])
    found = [i for i in issues(document) if i.rule == "TQA202"]
    assert len(found) == 1
    assert found[0].target_span.text == "Cho Han-bum" and found[0].suggestion == "Jo Han-beom"


def test_lee_and_yi_for_two_different_people_agree():
    document = make_document(
        ["이순신 장군의 동상 앞에서 이명박 전 대통령이 연설했다.", "이명박 전 대통령은 이순신 장군을 기렸다."],
        ["Former President Lee Myung-bak gave a speech before the statue of Admiral Yi Sun-sin.",
         "Former President Lee Myung-bak paid tribute to Admiral Yi Sun-sin."])
    assert not issues(document)


def test_full_name_then_title_and_surname_agree():
    document = make_document(
        ["위성락 전 주러시아 대사는 전화 인터뷰에서 이같이 말했다.", "위 전 대사는 한러 관계도 중요하다고 덧붙였다."],
        ["Former Ambassador to Russia Wi Seong-rak said this in a phone interview.",
         "Ambassador Wi added that South Korea-Russia relations also matter."])
    assert not issues(document)


def test_surname_only_mention_with_another_spelling_is_reported():
    document = make_document(
        ["위성락 전 주러시아 대사는 전화 인터뷰에서 이같이 말했다.", "위 전 대사는 한러 관계도 중요하다고 덧붙였다."],
        ["Former Ambassador to Russia Wi Seong-rak said this in a phone interview.",
         "Ambassador Wee added that South Korea-Russia relations also matter."])
    found = [i for i in issues(document) if i.rule == "TQA202"]
    assert [(i.target_span.text, i.suggestion) for i in found] == [("Wee", "Wi")]


def test_hyphenation_difference_is_minor():
    document = make_document(
        ["차민준 교수는 발표를 시작했다.", "차민준 교수는 질문에 답했다."],
        ["Professor Cha Min-jun began the presentation.", "Professor Cha Minjun answered questions."])
    found = issues(document)
    assert codes(found) == ["TQA203"] and found[0].severity == "minor"


# --- TQA204/TQA206: foreign names ---------------------------------------------------------------

def test_foreign_name_spelt_two_ways():
    document = make_document(
        ["열차는 우수리스크역을 지났다.", "대표단은 우수리스크에서 하루를 묵었다."],
        ["The train passed Ussuriysk station.", "The delegation spent a day in Ussuriisk."])
    found = [i for i in issues(document) if i.rule in ("TQA204", "TQA206")]
    assert len(found) == 1 and found[0].suggestion.startswith("Ussuriysk")


def test_possessive_and_short_forms_are_not_variants():
    document = make_document(
        ["블라디미르 푸틴 러시아 대통령이 도착했다.", "푸틴 대통령의 발언이 이어졌다.", "푸틴 대통령은 떠났다."],
        ["Russian President Vladimir Putin arrived.", "Putin's remarks followed.", "President Putin left."])
    assert not issues(document)


def test_misspelt_foreign_name_without_phonetic_match_is_reported():
    document = make_document(
        ["블라디보스토크에서 회담이 열렸다.", "블라디보스토크는 항구 도시다.", "블라디보스토크의 날씨는 추웠다."],
        ["The summit was held in Vladivostok.", "Vladivostok is a port city.", "The weather in Vladivastok was cold."])
    found = [i for i in issues(document) if i.check == "name"]
    assert len(found) == 1 and found[0].target_segments == [2]


# --- TQA205: title drift -----------------------------------------------------------------------------

def test_title_drift_for_the_same_korean_title():
    document = make_document(
        ["조한범 통일연구원 선임연구위원은 회담을 평가했다.", "조 선임연구위원은 제재를 예상했다."],
        ["Senior Research Fellow Jo Han-beom of the Korea Institute for National Unification assessed the talks.",
         "Research Fellow Jo expected sanctions."])
    found = issues(document)
    assert codes(found) == ["TQA205"] and found[0].suggestion == "Senior Research Fellow"


def test_title_shortened_for_a_different_korean_title_is_fine():
    document = make_document(
        ["김정은 국무위원장은 도착했다.", "김 위원장은 연설했다."],
        ["State Affairs Commission Chairman Kim Jong-un arrived.", "Chairman Kim gave a speech."])
    assert not issues(document)


# --- names table and the shared analysis ----------------------------------------------------------

def test_names_table_rows_and_cache():
    document = make_document(
        ["조한범 선임연구위원은 말했다.", "조한범 선임연구위원은 덧붙였다.", "푸틴 대통령은 웃었다."],
        ["Jo Han-beom said so.", "Jo Han-beom added more.", "President Putin smiled."])
    context = CheckContext(fast=True)
    first = analyse_document(document, context)
    assert analyse_document(document, context) is first  # computed once per document
    assert run_analysers(document, ["names_table"], context) == {}
    table = document.analyses.names_table
    assert document.tables["names"] is table
    row = next(r for r in table if r["source"] == "조한범")
    assert row["kind"] == "person"
    assert row["renderings"] == [{"text": "Jo Han-beom", "count": 2, "target_segments": [0, 1]}]
    assert any(r["source"] == "푸틴" and r["kind"] == "foreign" for r in table)


def test_names_work_across_n_to_m_links():
    document = make_document(
        ["조한범 선임연구위원은 말했다.", "그는 웃었다.", "조한범 선임연구위원은 다시 말했다."],
        ["Jo Han-beom said so, and he smiled.", "Cho Han-beom spoke again."],
        links=[Link((0, 1), (0,), 0.9), Link((2,), (1,), 0.9)])
    found = [i for i in issues(document) if i.rule == "TQA202"]
    assert len(found) == 1 and found[0].target_segments == [1] and found[0].source_segments == [2]


@pytest.mark.parametrize("english", [
    "Park Seo-yeon said the fund was too small.",
    "Researcher Park said the fund was too small.",
])
def test_clean_renderings_raise_nothing(english):
    document = make_document(["박서연 연구위원은 기금이 작다고 말했다."], [english])
    assert not issues(document, ("name", "term"))


# --- TQA201: foreign person's name with no counterpart -----------------------------------------

def test_foreign_person_without_phonetic_counterpart_is_reported():
    document = make_document(
        ["에마뉘엘 마크롱 프랑스 대통령이 서울에 도착했다."],
        ["The French president arrived in Seoul."])
    assert "TQA201" in codes(issues(document))


def test_foreign_person_rendered_phonetically_is_not_reported():
    document = make_document(
        ["에마뉘엘 마크롱 프랑스 대통령이 서울에 도착했다."],
        ["French President Emmanuel Macron arrived in Seoul."])
    assert "TQA201" not in codes(issues(document))


# --- surname-only mentions: titles decide who is meant ------------------------------------------

def test_surname_mention_goes_to_the_namesake_with_that_title():
    document = make_document(
        ["이준호 외교부 장관은 회담을 열었다.", "이서진 통일부 차관도 참석했다.", "이 장관은 성명을 발표했다.",
         "이 차관은 말을 아꼈다."],
        ["Foreign Minister Lee Jun-ho held talks.", "Vice Unification Minister Yi Seo-jin also attended.",
         "Minister Lee issued a statement.", "Vice Minister Yi said little."])
    analysis = analyse_document(document, CheckContext(fast=True))
    assert [m.entity for m in analysis.mentions if m.name.kind == "surname"] == ["이준호", "이서진"]
    assert not issues(document)  # Lee and Yi are two people here


def test_one_person_spelt_lee_then_yi_is_reported():
    document = make_document(
        ["이준호 외교부 장관은 회담을 열었다.", "이 장관은 성명을 발표했다."],
        ["Foreign Minister Lee Jun-ho held talks.", "Minister Yi issued a statement."])
    found = [i for i in issues(document) if i.rule == "TQA202"]
    assert [(i.target_span.text, i.suggestion) for i in found] == [("Yi", "Lee")]


def test_namesake_spelling_is_not_flagged_when_the_title_does_not_decide():
    # two Lees, the later surname mention's title matches neither: Yi may be the other person
    document = make_document(
        ["이준호 외교부 장관은 회담을 열었다.", "이서진 통일부 차관도 참석했다.", "이 대표는 성명을 발표했다."],
        ["Foreign Minister Lee Jun-ho held talks.", "Vice Unification Minister Yi Seo-jin also attended.",
         "Yi issued a statement as head of the delegation."])
    assert "TQA202" not in codes(issues(document))


def test_chairman_kim_agrees_with_the_full_name_and_gim_does_not():
    korean = ["김정은 국무위원장은 시험 발사를 참관했다.", "김 위원장은 만족을 표시했다."]
    assert not issues(make_document(korean, ["Kim Jong-un watched the test launch.",
                                             "Chairman Kim expressed satisfaction."]))
    found = issues(make_document(korean, ["Kim Jong-un watched the test launch.",
                                          "Chairman Gim expressed satisfaction."]))
    assert [(i.rule, i.target_span.text) for i in found] == [("TQA202", "Gim")]


def test_vice_title_is_not_the_same_post():
    from tqa.analyse.names import _same_title

    assert _same_title("연구위원", "선임연구위원") and _same_title("장관", "장관")
    assert not _same_title("위원장", "부위원장") and not _same_title("장관", "차관")


def test_north_korean_title_and_name_split_at_a_particle_syllable():
    # the analyser reads the middle syllable of 박의철 as the particle 의 (박/NNP 의/JKG 철/NNG)
    names = find_names("그는 “박의철 북한 외무상을 만났다”고 말했다.")
    assert [(n.text, n.kind, n.title) for n in names if n.kind == "person"] == [("박의철", "person", "외무상")]
    assert not [n for n in find_names("그는 “박의철 북한 방문을 마쳤다”고 말했다.") if n.kind == "person"]


def test_customary_young_for_yeong_matches_and_respelling_is_reported():
    korean = ["정동영 통일부 장관은 평양을 방문했다.", "정동영 장관은 귀국했다."]
    same = make_document(korean, ["Unification Minister Chung Dong-young visited Pyongyang.",
                                  "Chung Dong-young returned home."])
    assert not issues(same)
    respelt = make_document(korean, ["Unification Minister Chung Dong-young visited Pyongyang.",
                                     "Chung Dong-yeong returned home."])
    assert [(i.rule, i.target_span.text) for i in issues(respelt)] == [("TQA202", "Chung Dong-yeong")]


# --- foreign names: slips the first version missed ----------------------------------------------

def test_last_letter_swap_is_a_slip_but_a_demonym_is_not():
    korean = ["톰 브라운이 왔다.", "브라운은 인터뷰를 했다.", "브라운은 떠났다."]
    slip = make_document(korean, ["Thom Browne came.", "Browne gave an interview.", "Browna left."])
    assert [i.target_span.text for i in issues(slip) if i.rule in ("TQA204", "TQA206")] == ["Browna"]
    korea = make_document(["한국 대표단이 왔다.", "한국 음식을 먹었다."],
                          ["The Korea delegation came.", "They ate Korean food."])
    assert not issues(korea)


def test_real_word_respelling_of_a_name_is_reported_when_the_korean_says_otherwise():
    korean = ["트럼프 대통령이 연설했다.", "트럼프 대통령은 떠났다."]
    found = issues(make_document(korean, ["President Trump spoke.", "President Tramp left."]))
    assert [i.target_span.text for i in found] == ["Tramp"]
    assert not issues(make_document(korean, ["President Trump spoke.", "President Trump left."]))


def test_name_inside_a_hyphenated_word_is_rendered_by_its_piece():
    from tqa.analyse.names import _phonetic_renderings

    assert [r.text for r in _phonetic_renderings("트럼프", "It was a pro-Trump rally.".replace("pro", "Pro"))] == ["Trump"]
    assert [r.text for r in _phonetic_renderings("장클로드", "Jean-Claude arrived.")] == ["Jean-Claude"]


def test_second_misspelt_rendering_in_one_sentence():
    korean = ["캘리포니아에 비가 왔다.", "캘리포니아 북부부터 남부까지 비가 왔다."]
    slip = make_document(korean, ["It rained in California.",
                                  "It rained from southern California to northern Califirnia."])
    assert [(i.rule, i.target_span.text) for i in issues(slip)] == [("TQA206", "Califirnia")]
    two_letters = make_document(korean, ["It rained in California.",
                                         "It rained from southern California to northern Calafirnia."])
    assert not issues(two_letters)  # beside a correct rendering only one-letter slips count


def test_unknown_word_beside_a_well_known_rendering_is_reported():
    korean = ["포르투갈 정부가 발표했다.", "포르투갈은 항의했다.", "포르투갈 언론이 보도했다."]
    slip = make_document(korean, ["The Portugal government announced it.", "Portugal protested.",
                                  "The Portugueso press reported it."])
    assert [(i.rule, i.target_span.text, i.suggestion) for i in issues(slip)] == \
        [("TQA204", "Portugueso", "Portugal")]
    derived = make_document(korean, ["The Portugal government announced it.", "Portugal protested.",
                                     "The Portuguese press reported it."])
    assert not issues(derived)  # a real derived word is not a slip


def test_title_before_the_name():
    from tqa.ko.names import title_before

    assert title_before("외교부 장관 이준호는 말했다.", 7) == "장관"
    assert title_before("장관을 만난 이준호는 말했다.", 7) == ""  # a clause, not a title, comes before


def test_name_after_its_title_is_found_even_when_read_as_a_determiner():
    # the analyser reads 이 of 이서진 as the determiner "this" (이/MM 서진/NNG)
    assert [(n.text, n.title) for n in find_names("통일부 차관 이서진도 참석했다.") if n.kind == "person"] == \
        [("이서진", "차관")]
    assert not [n for n in find_names("이 서진도 참석했다.") if n.kind == "person"]


def test_title_before_the_name_decides_the_namesake():
    korean = ["외교부 장관 이준호는 회담을 열었다.", "통일부 차관 이서진도 참석했다.", "이 장관은 성명을 발표했다."]
    start = ["Foreign Minister Lee Jun-ho held talks.", "Vice Unification Minister Yi Seo-jin also attended."]
    assert not issues(make_document(korean, start + ["Minister Lee issued a statement."]))
    # the minister is Lee Jun-ho: "Minister Yi" misspells him although a Yi is present
    found = issues(make_document(korean, start + ["Minister Yi issued a statement."]))
    assert [(i.rule, i.target_span.text, i.suggestion) for i in found] == [("TQA202", "Yi", "Lee")]


# --- issue 11: organisations, titles, the names table, surname-only and given-name respellings ---

@pytest.mark.parametrize("korean", [
    "고려대 총장은 등록금 동결을 발표했다.",      # a university (short form) before a title
    "연세대 박사는 새 치료법을 설명했다.",
    "강남구 구청장은 주차 대책을 내놓았다.",      # a district before the title of its head
    "부산시 시장은 축제를 열었다.",
])
def test_organisations_and_places_are_not_persons(korean):
    assert not [n for n in find_names(korean) if n.kind in ("person", "surname")]


def test_a_person_beside_a_university_is_found():
    found = {n.text: n.kind for n in find_names("고려대 이재원 교수는 새 이론을 제시했다.")}
    assert found["고려대"] == "org" and found["이재원"] == "person"
    found = {n.text: n.kind for n in find_names("고려대 김 교수는 새 이론을 제시했다.")}
    assert found["김"] == "surname"


def test_titles_are_not_compound_terms():
    from tqa.analyse.term_words import compound_terms
    from tqa.ko.names import is_title

    assert is_title("수석연구위원") and is_title("대변인") and is_title("부대변인")
    assert not is_title("핵심광물")
    text = "정현우 수석연구위원은 회담을 전망했다."
    assert all(term != "수석연구위원" for term, _, _ in compound_terms(text))
    # a post written onto its ministry is the named person's title, but a term on its own
    assert not compound_terms("한민지 외교부대변인은 회담을 설명했다.")
    assert [t for t, _, _ in compound_terms("외교부대변인은 회담을 설명했다.")] == ["외교부대변인"]


def test_a_recurring_title_is_no_term_of_the_names_table():
    korean = ["정현우 수석연구위원은 회담을 전망했다.", "정현우 수석연구위원은 제재를 비판했다.",
              "정현우 수석연구위원은 대화를 촉구했다."]
    english = ["Jeong Hyun-woo, a chief research fellow, looked ahead to the talks.",
               "Jeong Hyun-woo criticised the sanctions.", "Jeong Hyun-woo called for dialogue."]
    document = make_document(korean, english)
    assert run_analysers(document, ["names_table"], CheckContext(fast=True)) == {}
    assert not [r for r in document.tables["names"] if r["kind"] == "term"]
    assert [r["source"] for r in document.tables["names"]] == ["정현우"]


@pytest.mark.parametrize("korean,english,source,shown", [
    (["이라크 정부는 선거를 연기했다.", "이라크 군은 국경 경비를 강화했다."],
     ["The Iraqi government postponed the election.", "Iraq's army tightened border security."], "이라크", "Iraq"),
    (["런던 경찰은 수사에 착수했다.", "런던 시민들은 불안해하고 있다."],
     ["LONDON — Police have opened an investigation.", "People in London are uneasy."], "런던", "London"),
    (["최재훈 대표는 신제품을 공개했다.", "최 대표는 해외 시장을 겨냥한다고 밝혔다."],
     ["CEO Choi Jae-hoon unveiled the new product.", "Choi said it was aimed at overseas markets."],
     "최재훈", "Choi Jae-hoon"),
])
def test_names_table_lists_only_real_variation(korean, english, source, shown):
    document = make_document(korean, english)
    run_analysers(document, ["names_table"], CheckContext(fast=True))
    row = next(r for r in document.tables["names"] if r["source"] == source)
    assert [(r["text"], r["count"]) for r in row["renderings"]] == [(shown, 2)]
    assert len(row["renderings"][0]["forms"]) == 2


@pytest.mark.parametrize("korean,english,source,shown", [
    (["스페인 정부는 예산을 삭감했다.", "스페인 국민들은 시위에 나섰다."],
     ["The Spanish government cut the budget.", "People took to the streets across Spain."], "스페인", "Spain"),
    (["벨기에 총리는 사임했다.", "벨기에 의회는 새 총리를 뽑았다."],
     ["The Belgian prime minister resigned.", "Belgium's parliament chose a new prime minister."], "벨기에",
     "Belgium"),
])
def test_names_table_folds_demonyms_and_possessives(korean, english, source, shown):
    document = make_document(korean, english)
    run_analysers(document, ["names_table"], CheckContext(fast=True))
    row = next(r for r in document.tables["names"] if r["source"] == source)
    assert [(r["text"], r["count"]) for r in row["renderings"]] == [(shown, 2)]


def test_names_table_keeps_a_real_respelling():
    document = make_document(["조한범 선임연구위원은 말했다.", "조한범 위원은 덧붙였다."],
                             ["Jo Han-beom said so.", "Cho Han-bum added more."])
    run_analysers(document, ["names_table"], CheckContext(fast=True))
    row = next(r for r in document.tables["names"] if r["source"] == "조한범")
    assert [r["text"] for r in row["renderings"]] == ["Jo Han-beom", "Cho Han-bum"]


def test_titled_surname_only_mention_resolves_and_is_checked():
    korean = ["강민호 국장은 조사 결과를 발표했다.", "강 국장은 추가 조사가 필요하다고 말했다."]
    document = make_document(korean, ["Director Kang Min-ho announced the findings.",
                                      "Director Kong said further investigation was needed."])
    mention = [m for m in analyse_document(document).mentions if m.name.kind == "surname"][0]
    assert mention.entity == "강민호" and mention.by_title
    found = issues(document)
    assert codes(found) == ["TQA202"] and "Kong" in found[0].message
    document = make_document(korean, ["Director Kang Min-ho announced the findings.",
                                      "Director Kang said further investigation was needed."])
    assert not issues(document)


def test_given_name_respelt_next_to_an_organisation():
    document = make_document(["고려대 이재원 교수는 새 이론을 제시했다.", "학계는 이재원 교수의 주장에 주목했다."],
                             ["Professor Lee Jae-won of Korea University put forward a new theory.",
                              "Scholars have taken note of Professor Lee Jae-weon's argument."])
    assert codes(issues(document)) == ["TQA202"]


def test_another_given_name_and_a_given_name_typo():
    korean = ["김민수 장관은 예산안을 발표했다.", "김민수 장관은 국회의 협조를 요청했다."]
    wrong = make_document(korean, ["Minister Kim Min-soo announced the budget.",
                                   "Minister Kim Dong-hyun asked the National Assembly for help."])
    assert codes(issues(wrong)) == ["TQA200"]
    typo = make_document(korean, ["Minister Kim Min-soo announced the budget.",
                                  "Minister Kim Min-sao asked the National Assembly for help."])
    assert codes(issues(typo)) == ["TQA206"]


# --- "province city" places and the pronoun I -------------------------------------------------

def test_region_key_short_and_full_forms():
    from tqa.analyse.names import region_key
    assert region_key("충남") == region_key("충청남도") == "충남"
    assert region_key("경기도") == "경기" and region_key("부산광역시") == "부산"
    assert region_key("아산") is None and region_key("도시") is None


def test_province_city_place_is_matched_part_by_part():
    document = make_document(["경남 거제에서 배가 진수되었다.", "거제 조선소는 바쁘다."],
                             ["A ship was launched in Geoje, South Gyeongsang Province.", "The Geoje shipyard is busy."])
    table = {m.entity: {r.text for r in m.renderings} for m in analyse_document(document).mentions}
    assert table.get("경남") == {"South Gyeongsang"} and table.get("거제") == {"Geoje"}
    assert not [i for i in issues(document) if i.rule == "TQA204"]


def test_pronoun_i_is_no_surname_rendering():
    from tqa.analyse.names import _surname_renderings
    assert _surname_renderings("이", 'She said, "I think I\'m right."') == []
    assert [r.text for r in _surname_renderings("이", "Ms. I disagreed.")] == ["I"]
    assert [r.text for r in _surname_renderings("이", "Yi disagreed.")] == ["Yi"]


# --- surnames the analyser does not read as names; organisations' romanised names ---

def test_unread_surname_before_a_title_is_unconfirmed_until_the_document_names_the_person():
    # 석 before 변호사 is read as the numeral "three"; 사공 before 코치 as the noun "boatman"
    for korean, surname in [("석 변호사는 판결을 기다렸다.", "석"), ("사공 코치는 결승을 준비했다.", "사공"),
                            ("남궁 감독은 웃었다.", "남궁")]:
        found = [n for n in find_names(korean) if n.text == surname]
        assert [(n.kind, n.unconfirmed) for n in found] == [("surname", True)]
    # 두 before a title is "two": never a surname the analyser missed
    assert not [n for n in find_names("두 변호사는 무죄를 주장했다.") if n.kind == "surname"]
    # kept only where the document names a lawyer 석 …
    named = make_document(["석지훈 변호사는 소송을 냈다.", "석 변호사는 판결을 기다렸다."],
                          ["Lawyer Seok Ji-hoon filed the suit.", "Lawyer Seok waited for the ruling."])
    assert [(m.entity, m.by_title) for m in analyse_document(named).mentions if m.name.kind == "surname"] == \
        [("석지훈", True)]
    # … and dropped where nobody of that surname is named
    alone = make_document(["김민수 변호사는 소송을 냈다.", "석 변호사는 판결을 기다렸다."],
                          ["Lawyer Kim Min-su filed the suit.", "Three lawyers waited for the ruling."])
    assert not [m for m in analyse_document(alone).mentions if m.name.kind == "surname"]


def test_organisation_name_stem():
    from tqa.ko.names import org_name_stem

    assert org_name_stem("새빛은행") == "새빛"
    assert org_name_stem("한솔전자") == "한솔"
    assert org_name_stem("한빛고등학교") == "한빛"
    assert org_name_stem("한국은행") is None  # a country: its English name is fixed
    assert org_name_stem("통일부") is None
    assert org_name_stem("고등학교") is None


def test_a_public_body_put_in_another_bodys_place_is_reported():
    """TQA209: 국토교통부 rendered "the Ministry of Oceans and Fisheries" is another ministry; the
    body's own name, or both bodies named in both languages, is silent."""
    from tqa.pipeline import Options, check_pairs

    def rules(source, target):
        return [i.rule for i in check_pairs([(source, target)], Options(fast=True)).issues]

    assert "TQA209" in rules("국토교통부는 통행료를 동결했다.", "The Ministry of Oceans and Fisheries froze tolls.")
    assert "TQA209" not in rules("국토교통부는 통행료를 동결했다.", "The Transport Ministry froze tolls.")
    assert "TQA209" not in rules("국토부는 해수부와 협의했다.", "The land ministry consulted the Oceans Ministry.")


def test_a_place_put_in_another_places_place_is_reported():
    """TQA210: 평택 rendered "Pyeongchang" is another city; a province for a city is no swap, and a
    name that is also a common word (공주 "princess") is not read as a place."""
    from tqa.pipeline import Options, check_pairs

    def rules(source, target):
        return [i.rule for i in check_pairs([(source, target)], Options(fast=True)).issues]

    assert "TQA210" in rules("새 공장은 평택에 들어선다.", "The new plant will go up in Pyeongchang.")
    assert "TQA210" not in rules("새 공장은 평택에 들어선다.", "The new plant will go up in Pyeongtaek.")
    assert "TQA210" not in rules("새 공장은 평택에 들어선다.", "The new plant will go up in Gyeonggi Province.")
    assert "TQA210" not in rules("그녀는 공주처럼 웃었다.", "She smiled like a princess in Seoul.")


def test_the_place_table_leaves_out_names_that_are_common_words():
    from tqa.checks.swapped_names import korean_places

    names = {name for entry in korean_places().entries for name in entry.korean}
    assert {"평택", "아산", "해운대", "부산"} <= names
    assert not names & {"공주", "진주", "청주", "구리", "화성", "경주", "개성", "전주", "세종", "경기"}


def test_a_company_put_in_another_companys_place_is_reported():
    """TQA211: 현대자동차 rendered "Kia" is another company; the group word alone ("Hyundai") is a
    short name, and a name inside a longer word (하이브리드) is none."""
    from tqa.pipeline import Options, check_pairs

    def rules(source, target):
        return [i.rule for i in check_pairs([(source, target)], Options(fast=True)).issues]

    assert "TQA211" in rules("현대자동차는 새 공장을 지었다.", "Kia has built a new plant.")
    assert "TQA211" not in rules("현대자동차는 새 공장을 지었다.", "Hyundai has built a new plant.")
    assert "TQA211" not in rules("하이브리드 판매가 늘었다.", "Kia said hybrid sales rose.")


def test_a_title_whose_rank_the_translation_changes_is_reported():
    """TQA212: a deputy raised to the head of the office, the head lowered, and a title the
    Korean's office does not render; the ranks kept, and a loan (차관) beside a minister, are silent."""
    from tqa.pipeline import Options, check_pairs

    def rules(source, target):
        return [i.rule for i in check_pairs([(source, target)], Options(fast=True)).issues]

    assert "TQA212" in rules("한지수 차관이 브리핑을 했다.", "Minister Han Ji-su gave the briefing.")
    assert "TQA212" not in rules("한지수 차관이 브리핑을 했다.", "Deputy Minister Han Ji-su gave the briefing.")
    assert "TQA212" in rules("오세진 시장이 축사를 했다.", "Deputy Mayor Oh Se-jin gave a speech.")
    assert "TQA212" not in rules("시장 금리가 올랐다.", "Market rates rose.")
    assert "TQA212" in rules("정민호 판사는 청구를 기각했다.", "Chief Justice Jung Min-ho rejected the claim.")
    assert "TQA212" not in rules("정부가 차관을 들여왔다고 장관이 말했다.", "The minister said the government took out loans.")


def test_a_place_the_translation_adds_is_reported():
    """TQA044: a city the English adds is reported; one the Korean or its neighbours name, Seoul
    for the government, and a province beside a city of it are not."""
    from tqa.pipeline import Options, check_pairs

    def rules(*pairs):
        return [i.rule for i in check_pairs(list(pairs), Options(fast=True)).issues]

    assert "TQA044" in rules(("그 식당은 지난달 문을 열었다.", "The restaurant opened in Daejeon last month."))
    assert "TQA044" not in rules(("그 식당은 지난달 대전에서 문을 열었다.", "The restaurant opened in Daejeon last month."))
    assert "TQA044" not in rules(("대전 유성구에 새 식당이 생겼다.", "A new restaurant has appeared in Yuseong, Daejeon."),
                                 ("그 식당은 지난달 문을 열었다.", "The Daejeon restaurant opened last month."))
    assert "TQA044" not in rules(("정부는 회담을 제안했다.", "Seoul proposed talks."))
