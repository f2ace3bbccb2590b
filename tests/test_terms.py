"""Term rules: romanised terms (TQA232), compound and organisation consistency (TQA233),
collapsed terms (TQA234) and recurring compound terms (TQA235), including renderings
anchored by the term lexicon (``data/term_glosses.tsv``). Sentences are written for these
tests."""
from __future__ import annotations

from tqa.checks.runner import CheckContext, run_checks, select_rules
from tqa.analyse.term_recurrence import recurring_terms
from tqa.analyse.term_words import compound_terms
from tqa.analyse.terms import compound_pattern, compound_renderings
from tqa.document import Document, document_from_pairs


def make_document(korean: list[str], english: list[str]) -> Document:
    return document_from_pairs(zip(korean, english), "t.ko", "t.en", score=1.0)


def term_issues(document: Document, context=None):
    return run_checks(document, select_rules(["term"]), context or CheckContext(fast=True))


def test_compound_pattern_reads_several_forms():
    target = "the South Korea-US-Japan bloc, and Korea, the US and Japan, and Han-US-Japan"
    found = compound_renderings(("한", "미", "일"), target, 0)
    assert [r.text for r in found] == ["South Korea-US-Japan", "Korea, the US and Japan", "Han-US-Japan"]
    assert [r.compact for r in found] == [True, False, True]
    assert [r.romanised for r in found] == [(), (), (0,)]
    assert not compound_pattern(("한", "미")).search("Hanmi Bank")


# --- TQA232 -------------------------------------------------------------------------------------

def test_romanised_compound_member_is_reported():
    document = make_document(
        ["전문가들은 한미일 대 북중러 구도가 굳어진다고 봤다.", "한미일 정상은 다음 달 만난다."],
        ["Experts saw the South Korea-US-Japan versus North Korea-China-Russia divide hardening.",
         "The Han-US-Japan leaders meet next month."])
    found = [i for i in term_issues(document) if i.rule == "TQA232"]
    assert len(found) == 1
    assert found[0].target_span.text == "Han-US-Japan" and found[0].suggestion == "South Korea-US-Japan"


def test_romanised_country_name_is_reported():
    document = make_document(["북한은 미사일을 발사했다."], ["Bukhan launched a missile."])
    found = [i for i in term_issues(document) if i.rule == "TQA232"]
    assert [(i.target_span.text, i.suggestion) for i in found] == [("Bukhan", "North Korea")]


def test_translated_and_customary_romanisations_are_fine():
    document = make_document(
        ["북한은 한글날에 조선 시대 유물을 공개했다.", "한강 공원에서 행사가 열렸다."],
        ["North Korea displayed Joseon-era relics on Hangeul Day.", "An event was held at a Han River park."])
    assert not [i for i in term_issues(document) if i.rule == "TQA232"]


# --- TQA233 --------------------------------------------------------------------------------------

def test_compound_rendered_several_ways_gets_the_majority_suggestion():
    document = make_document(
        ["한미일 협력이 강화됐다.", "한미일 훈련이 열렸다.", "한미일 정상이 만났다."],
        ["South Korea-US-Japan cooperation was strengthened.", "South Korea-US-Japan drills were held.",
         "The ROK-US-Japan leaders met."])
    found = [i for i in term_issues(document) if i.rule == "TQA233"]
    assert len(found) == 1
    assert found[0].target_span.text == "ROK-US-Japan" and found[0].suggestion == "South Korea-US-Japan"


def test_prose_and_compact_forms_are_not_inconsistent():
    document = make_document(
        ["한미일 협력이 강화됐다.", "한미일 정상이 만났다."],
        ["South Korea-US-Japan cooperation was strengthened.", "The leaders of South Korea, the US and Japan met."])
    assert not term_issues(document)


def test_organisation_rendered_two_ways():
    document = make_document(
        ["세종정책연구원은 보고서를 냈다.", "세종정책연구원은 또 다른 보고서를 냈다.", "세종정책연구원의 연구진이 발표했다."],
        ["The Sejong Institute for Policy Studies released a report.",
         "The Sejong Institute for Policy Studies released another report.",
         "Researchers at the Sejong Institute of Policy Studies presented it."])
    found = [i for i in term_issues(document) if i.rule == "TQA233"]
    assert len(found) == 1 and found[0].suggestion == "Sejong Institute for Policy Studies"


# --- TQA234 --------------------------------------------------------------------------------------

def test_two_organisations_collapsed_into_one_rendering():
    document = make_document(
        ["통일부는 성명을 냈다.", "통일부는 회의를 열었다.", "통일연구원은 보고서를 냈다."],
        ["The Ministry of Unification issued a statement.", "The Ministry of Unification held a meeting.",
         "The Ministry of Unification published a report."])
    found = [i for i in term_issues(document) if i.rule == "TQA234"]
    assert len(found) == 1 and found[0].source_segments == [2]


def test_distinct_organisations_distinct_renderings_are_fine():
    document = make_document(
        ["통일부는 성명을 냈다.", "통일연구원은 보고서를 냈다."],
        ["The Ministry of Unification issued a statement.",
         "The Korea Institute for National Unification published a report."])
    assert not term_issues(document)


# --- TQA235 --------------------------------------------------------------------------------------

RECURRING_KO = ["정부는 핵심광물 비축을 늘린다.", "핵심광물 가격이 올랐다.", "기업들은 핵심광물 확보에 나섰다.",
                "핵심광물 수입처가 다양해졌다."]


def test_compound_terms_are_found():
    assert [t for t, _, _ in compound_terms("정부는 핵심광물 비축을 늘린다.")] == ["핵심광물"]


def test_recurring_term_rendered_differently_once():
    english = ["The government will expand stockpiles of critical minerals.", "Prices of critical minerals rose.",
               "Companies set out to secure critical minerals.", "Sources of core minerals imports diversified."]
    document = make_document(RECURRING_KO, english)
    terms = recurring_terms(document)
    assert [(t.source, t.rendering) for t in terms] == [("핵심광물", ("critical", "mineral"))]
    found = [i for i in term_issues(document) if i.rule == "TQA235"]
    assert len(found) == 1
    assert found[0].target_span.text == "core minerals" and found[0].suggestion == "critical minerals"


def test_recurring_term_with_paraphrase_or_pronoun_is_fine():
    english = ["The government will expand stockpiles of critical minerals.", "Prices of critical minerals rose.",
               "Companies set out to secure critical minerals.", "Their import sources diversified."]
    assert not term_issues(make_document(RECURRING_KO, english))


def test_proper_noun_modifier_is_not_a_variant():
    korean = ["상원의원 세 명이 서한을 보냈다.", "상원의원들은 답을 기다린다.", "상원의원 한 명은 반대했다."]
    english = ["Three Senate members sent a letter.", "The Senate members await an answer.",
               "One Vermont members objected."]
    assert not [i for i in term_issues(make_document(korean, english)) if i.rule == "TQA235"]


def test_variant_beside_another_established_term_is_found():
    # "cancer cells" is used in other sentences, so it is a term of its own, not the variant
    korean = ["면역세포가 암을 공격한다.", "연구진은 면역세포를 늘렸다.", "면역세포의 수가 중요하다.",
              "의사들은 면역세포를 꺼내 암세포를 겨냥하게 했다.", "암세포는 빠르게 자란다."]
    english = ["We saw immune cells attack the cancer.", "The researchers multiplied immune cells.",
               "The number of immune cells matters.",
               "Doctors took key cells out and trained them to target cancer cells.", "Cancer cells grow fast."]
    found = [i for i in term_issues(make_document(korean, english)) if i.rule == "TQA235"]
    assert [(i.target_span.text, i.suggestion) for i in found] == [("key cells", "immune cells")]


FESTIVAL_KO = ["세계시민축제가 열린다.", "세계시민축제는 매년 열린다.", "올해 세계시민축제에 가수들이 온다."]
FESTIVAL_EN = ["The Global Citizen Festival opens.", "The Global Citizen Festival is held every year.",
               "Singers come to the Global Citizen Festival this year."]


def test_common_word_swapped_into_a_capitalised_term():
    document = make_document(FESTIVAL_KO + ["세계시민축제는 무료다."], FESTIVAL_EN + ["The Global Basic Festival is free."])
    found = [i for i in term_issues(document) if i.rule == "TQA235"]
    assert [(i.target_span.text, i.suggestion) for i in found] == [("Global Basic Festival", "Global Citizen Festival")]


def test_proper_noun_or_other_korean_context_in_a_capitalised_term_is_fine():
    vermont = make_document(FESTIVAL_KO + ["세계시민축제는 무료다."], FESTIVAL_EN + ["The Global Vermont Festival is free."])
    youth = make_document(FESTIVAL_KO + ["청년 세계시민축제는 무료다."], FESTIVAL_EN + ["The Global Youth Festival is free."])
    assert not [i for i in term_issues(vermont) if i.rule == "TQA235"]
    assert not [i for i in term_issues(youth) if i.rule == "TQA235"]


# --- TQA235, terms used in exactly two sentences ------------------------------------------------

TWICE_KO = ["무역전쟁이 시작됐다.", "양국은 무역전쟁을 멈추지 않았다.", "시장은 조용했다."]


def test_two_mention_term_with_a_swapped_modifier():
    english = ["The trade war began.", "The two countries did not stop the tariff war.", "Markets were quiet."]
    found = [i for i in term_issues(make_document(TWICE_KO, english)) if i.rule == "TQA235"]
    assert [(i.target_span.text, i.suggestion, i.severity) for i in found] == [("tariff war", "trade war", "minor")]
    assert found[0].source_segments == [1]


def test_two_mention_term_near_misses():
    verb = ["The trade war began.", "The two countries did not stop the escalating war.", "Markets were quiet."]
    head = ["The trade war began.", "The two countries did not stop the trade dispute.", "Markets were quiet."]
    elsewhere = ["The trade war began.", "The two countries did not stop the tariff war.", "Tariff rates were quiet."]
    for english in (verb, head, elsewhere):
        assert not term_issues(make_document(TWICE_KO, english)), english
    # another compound term in one of the sentences: the n-gram may render that one
    korean = ["무역전쟁이 시작됐다.", "양국은 관세장벽과 무역전쟁을 멈추지 않았다.", "시장은 조용했다."]
    english = ["The trade war began.", "The two countries did not stop the tariff war.", "Markets were quiet."]
    assert not term_issues(make_document(korean, english))


# --- TQA235, renderings anchored by the term lexicon ---------------------------------------------

from tqa.analyse.term_lexicon import anchored_renderings, lexicon_parts, lexicon_variants  # noqa: E402
from tqa.analyse.term_words import word_root  # noqa: E402


def test_word_root_joins_inflected_and_derived_forms():
    assert word_root("immune") == word_root("immunity")
    assert word_root("attempted") == word_root("attempt")
    assert word_root("minerals") == word_root("mineral")
    assert word_root("state") != word_root("statement")


def test_lexicon_explains_a_rendering_and_splits_whole_nouns():
    found = anchored_renderings("면역체계", ("면역", "체계"), "It trains the immune system to see rogue cells.")
    assert [r.roots for r in found] == [(word_root("immune"), "system")]
    assert lexicon_parts("홈팀") == ("홈", "팀")


# "rogue cells" is in every sentence with 면역체계 too: co-occurrence alone picks it
IMMUNE_KO = ["새 백신은 면역체계가 악성 세포를 보도록 가르친다.", "이 백신은 면역체계가 악성 세포를 죽이게 한다.",
             "백신은 면역체계가 악성 세포를 인식하게 한다.", "백신은 면역체계가 악성 세포를 공격하게 한다."]
IMMUNE_EN = ["The new vaccine teaches the immune system to see rogue cells.",
             "This vaccine makes the immune system kill rogue cells.",
             "The vaccine lets the immune system recognise rogue cells.",
             "The vaccine makes the immune system attack rogue cells."]


def lexicon_issues(document):
    return [(i.target_span.text, i.suggestion, i.severity) for i in term_issues(document) if i.rule == "TQA235"]


def test_modifier_the_korean_does_not_have_is_found_by_the_lexicon():
    english = IMMUNE_EN[:3] + ["The vaccine makes the central system attack rogue cells."]
    assert lexicon_issues(make_document(IMMUNE_KO, english)) == [("central system", "immune system", "major")]


def test_modifier_rendering_another_source_word_is_not_a_variant():
    # 국가 (national) is in the Korean: "national system" renders another thing
    korean = IMMUNE_KO[:3] + ["백신은 국가 면역체계가 악성 세포를 공격하게 한다."]
    english = IMMUNE_EN[:3] + ["The vaccine makes the national system attack rogue cells."]
    assert not lexicon_issues(make_document(korean, english))
    # a proper adjective before the head of a lower-case rendering names something else
    english = IMMUNE_EN[:3] + ["The vaccine makes the Chinese system attack rogue cells."]
    assert not lexicon_issues(make_document(IMMUNE_KO, english))


def test_another_gloss_of_the_same_korean_word_is_a_synonym_swap():
    english = ["Stockpiles of critical minerals grew.", "Critical minerals prices rose.",
               "Firms set out to secure critical minerals.", "Imports of core minerals diversified."]
    found = lexicon_issues(make_document(RECURRING_KO, english))
    assert found == [("core minerals", "critical minerals", "major")]


def test_the_same_words_in_another_order_are_a_minor_drift():
    english = IMMUNE_EN[:3] + ["The vaccine makes the system of immunity attack rogue cells."]
    found = lexicon_issues(make_document(IMMUNE_KO, english))
    assert found == [("system of immunity", "immune system", "minor")]


def test_another_head_noun_is_not_a_variant():
    english = IMMUNE_EN[:3] + ["The vaccine makes the immune response attack rogue cells."]
    assert not lexicon_issues(make_document(IMMUNE_KO, english))


VIOLENCE_KO = ["그는 가정폭력 사건으로 기소됐다.", "경찰은 가정폭력 신고를 받았다.", "재판은 다음 주다."]


def test_two_sentence_term_with_an_unexplained_modifier_is_minor():
    english = ["He was charged over a domestic violence incident.", "Police received a report of gang violence.",
               "The trial is next week."]
    document = make_document(VIOLENCE_KO, english)
    assert lexicon_issues(document) == [("gang violence", "domestic violence", "minor")]
    assert [v.kind for v in lexicon_variants(document)] == ["unexplained"]


def test_two_sentence_term_variant_near_misses():
    # the modifier renders another Korean word of the sentence (학교 → school)
    korean = ["그는 가정폭력 사건으로 기소됐다.", "경찰은 학교 가정폭력 신고를 받았다.", "재판은 다음 주다."]
    english = ["He was charged over a domestic violence incident.", "Police received a report of school violence.",
               "The trial is next week."]
    assert not lexicon_issues(make_document(korean, english))
    # the established rendering is still in the sentence beside the variant
    english = ["He was charged over a domestic violence incident.",
               "Police received a gang violence report, a domestic violence case.", "The trial is next week."]
    assert not lexicon_issues(make_document(VIOLENCE_KO, english))


def test_two_sentence_tie_goes_to_the_rendering_used_more_often():
    # the first sentence has the slip; the second uses the established rendering twice
    english = ["He was charged over a household violence incident.",
               "Police said domestic violence reports, and domestic violence arrests, rose.", "The trial is next week."]
    found = lexicon_issues(make_document(VIOLENCE_KO, english))
    assert found == [("household violence", "domestic violence", "minor")]


CUP_KO = ["라이더컵이 시작됐다.", "유럽은 라이더컵에서 앞섰다.", "라이더컵 마지막 날이다.", "라이더컵 역사상 드문 일이다."]
CUP_EN = ["The Ryder Cup began.", "Europe led at the Ryder Cup.", "It is the Ryder Cup final day.",
          "It is rare in Ryder Cup history."]


def test_common_word_replacing_the_head_of_a_name():
    english = CUP_EN[:3] + ["It is rare in Ryder Trophy history."]
    assert lexicon_issues(make_document(CUP_KO, english)) == [("Ryder Trophy", "Ryder Cup", "major")]


def test_head_of_a_lower_case_rendering_or_a_proper_name_head_is_not_a_slip():
    # the Korean names the other thing (매사추세츠): not a slip
    korean = CUP_KO[:3] + ["매사추세츠 라이더컵 역사상 드문 일이다."]
    english = CUP_EN[:3] + ["It is rare in Ryder Massachusetts history."]
    assert not lexicon_issues(make_document(korean, english))
    english = IMMUNE_EN[:3] + ["The vaccine makes the immune defences attack rogue cells."]
    assert not lexicon_issues(make_document(IMMUNE_KO, english))


FOOD_KO = ["편의점은 즉석식품을 판다.", "마트의 즉석식품 코너가 커졌다.", "음식을 데울 수 있다."]


def test_another_full_rendering_of_a_two_sentence_term():
    english = ["Convenience stores sell ready-made food.", "The instant food aisle at the mart grew.",
               "Food can be warmed there."]
    assert lexicon_issues(make_document(FOOD_KO, english)) == [("instant food", "ready-made food", "minor")]


def test_full_rendering_sharing_no_word_is_not_a_synonym_swap():
    # "takeaway meals" renders the term another way altogether: no single word swapped
    english = ["Convenience stores sell ready-made food.", "The takeaway meals aisle at the mart grew.",
               "Food can be warmed there."]
    assert not lexicon_issues(make_document(FOOD_KO, english))


PRISON_KO = ["교정청은 성명을 냈다.", "교정청 대변인이 답했다.", "교정청은 조사를 시작했다."]


def test_organisation_word_replaced_by_an_unrelated_word():
    english = ["The Prison Service issued a statement.", "A Prison Service spokesman replied.",
               "The Core Service opened an inquiry."]
    found = [i for i in term_issues(make_document(PRISON_KO, english)) if i.rule == "TQA233"]
    assert [(i.target_span.text, i.suggestion) for i in found] == [("Core Service", "Prison Service")]


def test_organisation_word_the_korean_accounts_for_is_not_a_slip():
    # 보건 (health) is in the sentence: "Health Service" may well be another body
    korean = PRISON_KO[:2] + ["보건 교정청은 조사를 시작했다."]
    english = ["The Prison Service issued a statement.", "A Prison Service spokesman replied.",
               "The Health Service opened an inquiry."]
    assert not [i for i in term_issues(make_document(korean, english)) if i.rule == "TQA233"]


# --- found in review: false alarms and repeated findings --------------------------------------------

def test_an_organisation_whose_sentence_names_another_is_not_collapsed_into_it():
    # 민주당 has no suffix-derived English head: its sentence naming the ministry is not a collapse
    document = make_document(
        ["통일부는 새 대북 정책을 발표했다.", "민주당은 해당 부처의 발표를 환영했다."],
        ["The Ministry of Unification announced a new North Korea policy.",
         "The Democratic Party welcomed the Ministry of Unification's announcement."])
    assert not [i for i in term_issues(document) if i.rule == "TQA234"]
    # near miss: the institute itself rendered as the ministry is still a collapse
    collapsed = make_document(
        ["통일부는 새 대북 정책을 발표했다.", "통일연구원은 그 정책을 분석했다."],
        ["The Ministry of Unification announced a new North Korea policy.",
         "The Ministry of Unification analysed the policy."])
    assert [i.rule for i in term_issues(collapsed)] == ["TQA234"]


def test_north_korea_us_is_not_a_rendering_of_han_mi():
    english = "South Korea-US"
    document = make_document(
        ["한미 동맹은 굳건하다.", "한미 훈련이 시작됐다.", "한미 정상이 만났다.", "정부는 한미 협의와 북미 대화를 병행한다."],
        [f"The {english} alliance is firm.", f"{english} drills began.", f"The {english} leaders met.",
         f"The government will pursue {english} consultations alongside North Korea-US dialogue."])
    assert not term_issues(document)
    # near miss: a bare "Korea-US" for 한미 is still an inconsistency
    varied = make_document([s.text for s in document.source_segments][:3] + ["정부는 한미 협의를 추진한다."],
                           [s.text for s in document.target_segments][:3] +
                           ["The government will pursue Korea-US consultations."])
    assert [i.rule for i in term_issues(varied)] == ["TQA233"]


def test_a_term_repeated_in_one_sentence_is_reported_once_with_true_counts():
    document = make_document(["한미일 한미일 한미일"], ["South Korea-US-Japan, Korea-US-Japan, South Korea-US-Japan"])
    (issue,) = term_issues(document)
    assert issue.rule == "TQA233" and "in 2 other places" in issue.message


def test_the_suggestion_is_not_capitalised_by_a_sentence_start():
    # the established rendering's first use opens a sentence; the suggestion is for mid-sentence
    english = ["Critical minerals are scarce.", "Prices of critical minerals rose.",
               "Companies set out to secure critical minerals.", "Sources of core minerals imports diversified."]
    found = [i for i in term_issues(make_document(RECURRING_KO, english)) if i.rule == "TQA235"]
    assert [i.suggestion for i in found] == ["critical minerals"]
    # near miss: a rendering only ever used at sentence starts keeps its capital
    english = ["Critical minerals are scarce.", "Critical minerals got dearer.",
               "Critical minerals are in demand.", "Sources of core minerals imports diversified."]
    found = [i for i in term_issues(make_document(RECURRING_KO, english)) if i.rule == "TQA235"]
    assert [i.suggestion for i in found] == ["Critical minerals"]


def test_a_head_noun_said_two_ways_is_a_review_note():
    korean = ["정부는 전기차 보조금을 줄인다.", "올해 팔린 전기차는 10만 대였다.", "충전소도 늘었다."]
    english = ["The government is cutting subsidies for electric cars.", "Some 100,000 electric vehicles were sold this year.",
               "Charging stations grew in number too."]
    found = [i for i in term_issues(make_document(korean, english)) if i.rule == "TQA235"]
    assert all(i.severity == "info" for i in found)
