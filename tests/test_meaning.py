"""TQA050/TQA051: English that says the opposite of the Korean, on our own sentences.
(Row-by-row cases live in tests/rules/TQA050.tsv and TQA051.tsv.)"""
from __future__ import annotations

import re

import pytest

from tqa.analyse.direction import read_directions
from tqa.analyse.polarity import read_polarity
from tqa.pipeline import Options, check_pairs


def rules(pairs, select=("meaning",)):
    return [issue.rule for issue in check_pairs(pairs, Options(fast=True, select=list(select))).issues]


@pytest.mark.parametrize("source, target", [
    ("시장은 회견에 참석하지 않았다.", "The mayor attended the press conference."),
    ("그 약은 효과가 없다.", "The drug is effective."),          # a noun + 이/가 + 없다 negates existence
    ("나는 그 섬에 가 본 적이 없다.", "I have been to that island."),  # -ㄴ 적이 없다 "have never"
    ("그 다리는 안전하지 않다.", "The bridge is safe."),          # a negated adjective, the plain adjective
])
def test_a_dropped_negation(source, target):
    assert read_polarity(source, target).dropped
    assert rules([(source, target)]) == ["TQA050"]


@pytest.mark.parametrize("source, target", [
    ("그 약은 효과가 없다.", "The drug lacks any effect."),          # 없다 rendered by a lexical negative
    ("그 식당은 설탕이 없는 음료만 판다.", "The cafe only sells sugar-free drinks."),
    ("그 버스는 승객이 열 명밖에 안 됐다.", "The bus carried only ten passengers."),  # -밖에 + negation = only
    ("그 다리는 쉽지 않은 공사였다.", "Building the bridge was hard work."),    # the antonym, not the adjective
])
def test_negations_rendered_without_not_are_left_alone(source, target):
    assert rules([(source, target)]) == []


def test_weak_english_negatives_need_their_korean_cue():
    # "only" renders -만/-밖에 … 않다; with no such cue it does not excuse a dropped negation
    assert rules([("그는 회의에 참석하지 않았다.", "He only attended the meeting.")]) == ["TQA050"]
    assert rules([("그만 회의에 참석하지 않았다.", "Only he did not attend the meeting.")]) == []


def test_an_added_negation_is_reported_with_the_english_span():
    document = check_pairs([("위원회는 예산안을 승인했다.", "The committee did not approve the budget.")],
                           Options(fast=True, select=["TQA050"]))
    [issue] = document.issues
    # the predicate gloss table confirms it (승인 → approve): the span runs from the negation to the word
    assert issue.rule == "TQA050" and issue.target_span.text == "not approve" and issue.severity == "major"


@pytest.mark.parametrize("source, target", [
    ("그녀는 전문가 못지않게 잘 안다.", "She knows it no less well than an expert."),          # 못지않다 is one word
    ("그는 영어뿐 아니라 일본어도 한다.", "He speaks not only English but also Japanese."),   # not only … but also
    ("미국은 무역 협상을 재개했다.", "The US resumed trade talks."),                        # 미국, 무역: no prefix
    ("그 계획은 불가능하다.", "The plan is not possible."),                              # 불- prefix ↔ not
    ("우리는 그 제안을 받아들이지 않을 수 없었다.", "We had to accept the offer."),          # double negation = must
    ("그는 그 사실을 몰랐다.", "He did not know the fact."),                              # 모르다 ↔ did not know
    ("회의는 다음 주가 돼야 열릴 것이다.", "The meeting will not be held until next week."),  # not … until
    ("날씨가 좋지 않았다.", "The weather was bad."),                                   # negated adjective ↔ antonym
    ("여권을 꼭 챙기세요.", "Do not forget your passport."),                            # litotes
])
def test_near_misses_stay_silent(source, target):
    assert rules([(source, target)]) == []


def test_direction_reversed_and_its_near_misses():
    assert rules([("수출이 지난해보다 5% 증가했다.", "Exports fell 5 percent from last year.")]) == ["TQA051"]
    assert rules([("개통이 예정보다 두 달 앞당겨졌다.", "The opening came two months later than planned.")]) == ["TQA051"]
    assert rules([("무역수지가 흑자로 돌아섰다.", "The trade balance swung into deficit.")]) == ["TQA051"]
    # the same pole, a negated opposite, or both poles in the source: silent
    assert rules([("수출이 5% 증가했다.", "Exports rose 5 percent.")]) == []
    assert rules([("수출이 5% 증가했다.", "Exports did not fall; they were up 5 percent.")]) == []
    assert rules([("수출은 5% 늘고 수입은 3% 줄었다.", "Exports rose 5 percent and imports fell 3 percent.")]) == []
    # 떨어지다 of place, and 인하다 "be due to", are not movements
    assert not read_directions("서울에서 40km 떨어진 곳에 있다.", "It lies 40 km from Seoul, where prices rose.").reversed()
    assert not read_directions("폭우로 인해 경기가 취소됐다.", "The match was cancelled after heavy rain raised the river.").reversed()


def test_new_direction_pairs():
    assert rules([("이번 행사에는 300명 이상이 왔다.", "Fewer than 300 people came to the event.")]) == ["TQA051"]
    assert rules([("이번 행사에는 300명 이상이 왔다.", "More than 300 people came to the event.")]) == []
    assert rules([("의회는 그 법안을 부결했다.", "Parliament approved the bill.")]) == ["TQA051"]
    assert rules([("그는 5년 뒤 귀국했다.", "He had come home five years earlier.")]) == ["TQA051"]
    # 뒤 of place, 더 이상 with no number, a name that looks like a pole word: silent
    assert rules([("그는 집 뒤에 숨었다.", "He hid behind the house, which had been built earlier.")]) == []
    assert rules([("더 이상 기다릴 수 없었다.", "They could wait no longer; fewer than ever came.")]) == []
    assert rules([("한국은 결승에서 승리했다.", "Korea defeated Japan in the final.")]) == []


def severities(pairs):
    return [(issue.rule, issue.severity) for issue in check_pairs(pairs, Options(fast=True, select=["TQA050"])).issues]


def test_a_flip_confirmed_word_by_word_is_major_and_names_both_words():
    # the negated predicate 열다 has its gloss "open" un-negated in the English
    [issue] = check_pairs([("그 가게는 일요일에 문을 열지 않았다.", "The shop opened its doors on Sunday.")],
                          Options(fast=True, select=["TQA050"])).issues
    assert issue.severity == "major"
    assert "opened" in issue.message and issue.target_span is not None and issue.source_span is not None


def test_an_irregular_past_confirms_the_flip_like_a_regular_one():
    # "found" is find, the gloss of the negated 찾다: as sure as "opened" for 열다
    assert severities([("경찰은 차 안에서 지갑을 찾지 못했다.", "Police found a wallet in the car.")]) == [("TQA050", "major")]


def test_not_yet_against_already_is_a_confirmed_flip():
    # 아직 … 못했다 is "not yet"; "already" says it has happened: major, though 밝히다's glosses
    # are not in the English
    assert severities([("조사단은 아직 사고 원인을 밝히지 못했다.",
                         "The investigators have already established what caused the accident.")]) == [("TQA050", "major")]
    assert severities([("조사단은 아직 사고 원인을 밝히지 못했다.",
                         "The investigators have yet to establish what caused the accident.")]) == []


def test_a_flip_the_words_do_not_confirm_is_only_a_review_note():
    # the negated predicate is rendered by other words: a paraphrase as often as a reversal
    assert severities([("그 계획은 승인되지 않았다.", "The plan got an off-label nod.")]) == [("TQA050", "info")]
    # an English negation whose negated words have no counterpart in the Korean (added content)
    assert severities([("그는 웃었다.", "He laughed, though nobody could say why.")]) in ([], [("TQA050", "info")])


def test_an_added_negation_of_a_source_word_is_major():
    assert severities([("그녀는 회의에 참석했다.", "She did not attend the meeting.")]) == [("TQA050", "major")]


def test_a_negation_dropped_from_one_of_two_clauses_is_major():
    # two Korean negations, one English: the un-negated "signed" renders 서명하지 않았다
    [issue] = check_pairs([("그는 보고서에 서명하지 않았고 검토하지도 않았다.", "He signed the report but did not review it.")],
                          Options(fast=True, select=["TQA050"])).issues
    assert issue.severity == "major" and "signed" in issue.message
    # as many English negative words as Korean negations: no verdict
    assert severities([("그는 보고서에 서명하지 않았고 검토하지도 않았다.",
                        "He signed nothing and did not review the report.")]) == []


def test_the_content_word_behind_a_light_verb_is_checked():
    assert severities([("그 회사는 직원을 해고하지 않았다.", "The company fired its staff.")]) == [("TQA050", "major")]
    assert severities([("그 팀은 아직 감독을 발표하지 않았다.", "The team has yet to announce its manager.")]) == []


def test_an_added_negation_beside_a_weak_lexical_negative_is_major_only_there():
    assert severities([("이 제품은 판매가 감소했지만 회사는 생산을 계속했다.",
                        "Sales of the product fell, but the company did not continue production.")]) == [("TQA050", "major")]
    # 모르다 is a negation English says with "not": no finding at major beside it
    assert ("TQA050", "major") not in severities([("그는 그 사실을 몰랐고 회의에 참석했다.",
                                                   "He did not know the fact and attended the meeting.")])


def test_predicate_gloss_table_format():
    from tqa.analyse.negation_evidence import PREDICATE_GLOSSES, predicate_glosses

    seen = set()
    phrases = False
    for line in PREDICATE_GLOSSES.read_text(encoding="utf-8").splitlines():
        phrases = phrases or line == "# phrases"
        if line.startswith("#") or not line.strip():
            continue
        korean, english = line.split("\t")
        assert korean and korean not in seen, korean
        assert all(gloss.strip() == gloss and gloss for gloss in english.split("|")), line
        # a word, or after "# phrases" a noun with its particle and a verb in its dictionary form
        assert re.fullmatch(r"[가-힣]+ [가-힣]+다" if phrases else r"[가-힣]+", korean), korean
        seen.add(korean)
    assert len(predicate_glosses()) == len(seen) >= 400
    assert "approve" in predicate_glosses()["승인"]


def test_a_negation_governing_a_pole_word_flips_it_on_both_sides():
    def reversed_(source, target):
        return [issue.rule for issue in check_pairs([(source, target)], Options(fast=True, select=["TQA051"])).issues]

    assert reversed_("의원들은 그 법안을 받아들이지 않았다.", "The lawmakers did not reject the bill.") == ["TQA051"]
    assert reversed_("그는 그 제안을 받아들이지 않았다.", "He rejected the proposal.") == []
    assert reversed_("원칙적인 반대는 없다.", "There is no objection in principle.") == []
    assert reversed_("그 회사는 가격을 올릴 수가 없었다.", "The company was unable to raise prices.") == []
    # a negation of another word is no negation of the pole word ("no effect on illegal copying")
    assert reversed_("지역 코드는 불법 복사에 영향을 미치지 않는다.", "Region codes have no effect on legal copying.") == []


def test_no_negates_its_noun_phrase_not_the_modifier_after_a_preposition():
    # "no delay in the export" denies a delay; the export (수출) the Korean affirms is not negated
    from tqa.analyse.negation_evidence import confirm_added
    from tqa.analyse.polarity import Negation

    source = "공장은 올해 제품을 수출했다."
    modifier = "There was no delay in the export of products this year."
    head = "The factory made no exports this year."
    at = modifier.index("no ")
    assert confirm_added(source, modifier, (Negation("no", at, at + 2),), None) is None
    at = head.index("no ")
    evidence = confirm_added(source, head, (Negation("no", at, at + 2),), None)
    assert evidence is not None and source[evidence.source[0]:evidence.source[1]] == "수출"


def test_clauses_of_both_languages():
    from tqa.analyse.clauses import english_clauses, korean_clause
    from tqa.ko.analyser import morphemes

    source = "그는 보고서를 읽지 않았고 그래서 회의에 대해서 아무것도 몰랐다."
    tokens = list(morphemes(source))
    negation = next(i for i, t in enumerate(tokens) if t.form == "않")
    first, last = korean_clause(tokens, negation)
    clause = "".join(t.form for t in tokens[first:last + 1])
    assert "보고서" in clause and "회의" not in clause  # -고 ends the clause
    later = next(i for i, t in enumerate(tokens) if t.form == "회의")
    first, last = korean_clause(tokens, later)
    assert "모르" in "".join(t.form for t in tokens[first:last + 1])  # -에 대해서 does not end it
    target = "He did not read the report, so he knew nothing about the meeting."
    assert [target[s:e].strip() for s, e in english_clauses(target)] == [
        "He did not read the report", "so he knew nothing about the meeting"]


def test_a_negated_clause_rendered_un_negated_beside_another_negation_is_major():
    # two Korean negated clauses, one negated English clause: the clause with 영어 and 이해 is affirmed
    [issue] = check_pairs([("그는 영어를 이해하지 못했고 그래서 질문도 이해할 수 없었다.",
                            "He understood English, so he could not understand the question.")],
                          Options(fast=True, select=["TQA050"])).issues
    assert issue.severity == "major" and "understood" in issue.message and "in its clause" in issue.message
    # a negation governs the verbs coordinated after it: nothing dropped
    assert severities([("그는 먹지도 않았고 마시지도 않았다.", "He did not eat or drink.")]) == []
    # a lexical negative of the English ("illegal") renders one of the Korean (불법): the drop is still seen
    assert severities([("불법 주차 단속은 계속되었지만 시는 벌금을 올리지 않았다.",
                        "The crackdown on illegal parking went on, and the city raised the fines.")]) == [("TQA050", "major")]


def test_grammatical_evidence_of_a_dropped_negation():
    # -ㄹ 수 없다 "cannot" against "could": the possibility without its negation
    assert severities([("그 선수는 부상 때문에 결승전에서 제대로 뛸 수 없었다.",
                        "Because of the injury the player could run properly in the final.")]) == [("TQA050", "major")]
    # a Korean adverb that stands only with a negation (전혀) against an unlicensed "at all"
    assert severities([("그 소식은 전혀 새롭지 않았다.", "The news was new at all.")]) == [("TQA050", "major")]
    # "if … anything" licenses "anything": no evidence, only the review note
    assert severities([("그 소식은 전혀 새롭지 않았다.", "If anything, the news was fresh.")]) in ([], [("TQA050", "info")])


def test_an_added_negation_of_a_translated_clause_is_major():
    # the negated clause's words (건물, 1920) render the source's affirming clause
    [issue] = check_pairs([("그 건물은 1920년에 지어졌다.", "The building was not put up in 1920.")],
                          Options(fast=True, select=["TQA050"])).issues
    assert issue.severity == "major" and "building" in issue.message


def test_a_verb_of_knowing_keeps_its_clause_out_of_the_negation():
    # "don't know that birds dream" denies the knowing and asserts the dreaming: no flip of 꿈;
    # "birds don't dream" is one
    from tqa.analyse.negation_evidence import confirm_added
    from tqa.analyse.polarity import Negation

    source = "연구진은 새도 사람처럼 꿈을 꾼다고 발표했다."
    known = "Most people don't know that birds dream like humans, the researchers announced."
    denied = "The researchers announced that birds don't dream like humans."
    at = known.index("n't")
    assert confirm_added(source, known, (Negation("n't", at, at + 3),), None) is None
    at = denied.index("n't")
    evidence = confirm_added(source, denied, (Negation("n't", at, at + 3),), None)
    assert evidence is not None and source[evidence.source[0]:evidence.source[1]] == "꿈"
    assert [issue.severity for issue in check_pairs([(source, known)], Options(fast=True, select=["TQA050"])).issues
            if issue.rule == "TQA050"] == ["info"]


def test_a_negation_copied_in_latin_letters_is_in_the_source_too():
    source = "그 작가는 2015년에 에세이집 Why We Don't Read Poems Today 를 펴내 독자들의 큰 호응을 얻었다."
    target = "In 2015 the writer published the essay collection Why We Don't Read Poems Today, which readers welcomed."
    assert not read_polarity(source, target).english
    assert read_polarity(source, "In 2015 the writer did not publish an essay collection.").added


def test_an_ambiguous_word_of_the_other_pole_makes_the_group_ambiguous():
    both = read_directions("무더위에 아이스크림 판매는 올랐지만 우산 판매는 오히려 감소했다.",
                           "The heatwave boosted ice cream sales but hurt umbrella makers.")
    assert [w.text for w in both.korean_possible] == ["오르"] and both.reversed() == []
    alone = read_directions("무더위에 우산 판매는 오히려 감소했다.", "The heatwave boosted umbrella sales.")
    assert [(k.text, e.text) for k, e in alone.reversed()] == [("감소", "boosted")]


def test_a_reversal_names_the_words_of_one_figure():
    # two threshold words in the Korean (넘다 of the height, 이상 of the weight): the reversal
    # names the one whose figure the English word governs, conversion in brackets included
    found = read_directions("그 곰은 키가 2m가 넘고 무게가 300kg 이상 나간다.",
                            "The bear stands 7 feet (2 meters) tall and weighs up to 660 pounds (300 kilograms).").reversed()
    assert [(k.text, e.text) for k, e in found] == [("이상", "up to 660")]


def test_an_antonym_paraphrase_of_a_negation_is_a_review_note_not_a_flip():
    # litotes: 자리를 떠나지 않았다 ("did not leave their seats") rendered "stayed in their seats";
    # the English word for the negated 떠나다 is none of its renderings, so nothing confirms a flip,
    # while "left their seats" renders it and is one
    pair = ("관중들은 경기가 끝난 뒤에도 자리를 떠나지 않았다.", "The crowd stayed in their seats long after the final whistle.")
    flipped = ("관중들은 경기가 끝난 뒤에도 자리를 떠나지 않았다.", "The crowd left their seats long after the final whistle.")
    for fast in (True, False):
        severities = [i.severity for i in check_pairs([pair], Options(fast=fast, select=["TQA050"])).issues]
        assert severities in ([], ["info"])
    assert [i.severity for i in check_pairs([flipped], Options(fast=True, select=["TQA050"])).issues] == ["major"]


def test_a_negated_word_that_negates_by_its_meaning_affirms():
    # 배제할 수 없다 ("cannot rule out") = "possible": no flip, a review note at most
    pair = ("당국은 추가 감염 가능성을 배제할 수 없다고 밝혔다.", "The authorities said further infections were possible.")
    for fast in (True, False):
        assert [i.severity for i in check_pairs([pair], Options(fast=fast, select=["TQA050"])).issues] in ([], ["info"])
    dropped = ("그는 그 시험을 통과할 수 없었다.", "He could pass the exam.")
    assert [i.severity for i in check_pairs([dropped], Options(fast=True, select=["TQA050"])).issues] == ["major"]


@pytest.mark.parametrize("source, target", [
    # a counterfactual double negation: "without X, could not Y" = "X made Y possible"
    ("가족의 도움이 없었다면 이 책을 끝내지 못했을 것이다.", "My family's help is what got this book finished."),
    # "not even N" is "less than N"
    ("그는 월급의 절반도 저축하지 못했다.", "He saved less than half of his salary."),
    # "yet to" negates
    ("두 회사는 아직 합의점을 찾지 못했다.", "The two companies have yet to reach an agreement."),
])
def test_english_without_a_plain_negation_can_render_korean_negations(source, target):
    assert [i for i in check_pairs([(source, target)], Options(fast=True, select=["TQA050"])).issues
            if i.severity != "info"] == []


def test_not_so_much_as_is_a_comparison_not_a_negated_clause():
    pair = ("그는 화가 났다기보다 서운했다.", "He wasn't so much angry as hurt.")
    assert [i for i in check_pairs([pair], Options(fast=True, select=["TQA050"])).issues if i.severity != "info"] == []


def test_a_korean_word_that_means_without_is_rendered_with_without():
    # 무단으로 "without permission": the English "without authorisation" adds no negation
    pair = ("그들은 시설을 무단으로 가동하고 있다.", "They have been running the facilities without authorisation.")
    assert [i for i in check_pairs([pair], Options(fast=True, select=["TQA050"])).issues if i.severity != "info"] == []


def test_a_verb_after_its_object_is_the_negated_predicate_not_an_auxiliary():
    # 희망을 놓지 않았다 ("did not let go of hope") rendered "held on to hope": the object's
    # rendering (hope) does not confirm a flip of 놓다, which is the predicate here
    pair = ("그는 끝까지 희망을 놓지 않았다.", "He held on to hope to the very end.")
    assert [i.severity for i in check_pairs([pair], Options(fast=False, select=["TQA050"])).issues] in ([], ["info"])


def test_a_negated_lexical_negative_modifier_affirms():
    # 모르는 사람이 없다 "there is no one who does not know" = "everyone knows": no finding at major
    assert ("TQA050", "major") not in severities([("그는 발이 넓어서 모르는 사람이 없다.",
                                                   "He is well connected and knows everyone.")])


def test_phrase_entries_of_the_predicate_table_are_read_for_a_negated_verb():
    from tqa.analyse.negation_evidence import negated_predicates
    from tqa.analyse.polarity import read_polarity

    source = "그는 새 집이 마음에 들지 않았다."
    polarity = read_polarity(source, "He liked the new house.")
    assert "마음에 들" in [word.form for _, word in negated_predicates(source, polarity.korean)]
    assert severities([(source, "He liked the new house.")]) == [("TQA050", "major")]
    assert severities([(source, "He did not like the new house.")]) == []


def test_a_split_connective_neunde_ends_a_korean_clause():
    from tqa.analyse.clauses import korean_clause
    from tqa.ko.analyser import morphemes

    tokens = list(morphemes("강이 범람하지 않았는데 파라오를 죽이는 것만큼 어리석은 일이다."))
    first, last = korean_clause(tokens, 0)
    assert "".join(t.form for t in tokens[first:last + 1]).endswith("데")  # 는 + 데 (no particle): -는데
    tokens = list(morphemes("그가 사는 데는 멀다."))
    first, last = korean_clause(tokens, 0)
    assert tokens[last].form in (".", "다")  # 데 with a particle is the bound noun "place": one clause


def test_the_scope_of_an_english_negation_is_its_own_clause():
    from tqa.analyse.clauses import english_clauses
    from tqa.analyse.negation_evidence import _clause_negated, _negation_scope

    def scoped(text):
        spans = english_clauses(text)
        flags = _negation_scope(text, spans, {span: _clause_negated(text, span) for span in spans})
        return [text[s:e].strip() for s, e in spans if flags[(s, e)]]

    # a short list item after a negated clause stays in its scope ...
    assert scoped("We did not buy bread, milk, or eggs.") == ["milk", "or eggs"]
    # ... but not across a semicolon, nor a piece opened by a subordinator or holding a subject
    assert scoped("Not all of them swim; ducks, for example, swim.") == []
    assert scoped("She is not angry if he calls.") == []
    assert scoped("The shop does not open on Sundays, and it delivers.") == []


def test_a_negation_elsewhere_no_longer_masks_an_un_negated_clause():
    # the English keeps one negation (of the first Korean clause); the second clause is affirmed
    assert severities([("모든 새가 날 수 있는 것은 아니다; 예를 들어 펭귄은 날개가 없다.",
                        "Not all birds can fly; penguins, for example, have wings.")]) == [("TQA050", "major")]
    # a negation raised to "think", which no other Korean clause accounts for: silent
    assert severities([("나는 그가 오지 않을 것이라고 생각한다.", "I don't think that he will come.")]) == []


@pytest.mark.parametrize("source, target", [
    # the Korean duration of no sequence word (N 만에) restated before the English sequence word,
    # read by the shared quantity grammars: an article duration, a native count, centuries, decades
    ("그 가게는 1998년 이전에 문을 열었고, 한 해 만에 다시 닫았다.", "The shop opened before 1998 and shut again a year later."),
    ("그는 사고 이전의 기억을 석 달 만에 되찾았다.", "He got his memories back three months later."),
    ("그 성은 2세기 만에 다시 세워졌고 1990년 이후 박물관이 됐다.", "The castle was rebuilt two centuries later and became a museum after 1990."),
    ("그 마을은 1970년 이후 20년 만에 다시 사람이 살게 됐다.", "The village was lived in again two decades later, after 1970."),
    # one duration in two units (12개월 = a year): compared on the shared scale (tqa.quantity.duration_base)
    ("공장은 2019년 이후 멈췄다가 12개월 만에 다시 돌았다.", "The plant stopped after 2019 and ran again a year later."),
])
def test_a_restated_duration_is_no_sequence_word(source, target):
    found = read_directions(source, target)
    assert [w for w in found.korean if w.group == "sequence"] and re.search(r"\b(?:later|earlier|ago)\b", target)
    assert not [w for w in found.english if w.group == "sequence" and w.text.lower() in ("later", "earlier", "ago")]


def test_a_duration_the_korean_sequence_word_follows_keeps_its_english_word():
    # 석 달 뒤 is the sequence word's own duration: "three months earlier" is a reversal
    found = read_directions("그는 석 달 뒤 고향으로 돌아왔다.", "He had come home three months earlier.")
    assert [(k.text, e.text) for k, e in found.reversed()] == [("뒤", "earlier")]


def test_a_range_of_durations_belongs_to_the_sequence_word_after_it():
    # 3~4일 뒤: both ends are the duration of 뒤, so "three days earlier" for it is a reversal
    found = read_directions("그는 3~4일 뒤 고향으로 돌아왔다.", "He had come home three days earlier.")
    assert [(k.text, e.text) for k, e in found.reversed()] == [("뒤", "earlier")]


@pytest.mark.parametrize("text", [
    # one text per branch of the rhetorical pattern, some in capitals or with curly apostrophes
    "Not only the team but the fans came.", "It rained, or not.", "NO LESS THAN half came.",
    "Nothing but rain fell.", "None other than the mayor spoke.", "He had never before seen it.",
    "She never does anything by halves.", "He is no stranger to fame.", "It was not until noon that he left.",
    "It wasn’t so much rain as hail.", "I cannot wait.", "We couldn't help laughing.", "No bigger than a coin.",
    "The town is nowhere near the sea.", "Not long after, it stopped.", "Isn't it?", "No task was too hard.",
    "Frayed, but not a tear.", "Don’t bother.", "Never mind the rain.", "Room No. 3.", "Why not?",
    "No one else came.", "He came without delay.", "It is until Friday.",
])
def test_the_rhetorical_pre_check_keeps_every_match(text):
    from tqa.analyse.polarity import _EN_RHETORICAL, rhetorical_spans

    assert _EN_RHETORICAL.search(text)
    assert rhetorical_spans(text) == [m.span() for m in _EN_RHETORICAL.finditer(text)]


@pytest.mark.parametrize("groups", [frozenset({"movement"}), frozenset({"sequence", "vote"}), frozenset()])
def test_the_english_direction_words_of_some_groups_are_those_of_a_full_scan(groups):
    from tqa.analyse.direction import _english_words

    text = ("Exports rose 3% earlier this year, but imports did not fall; the council voted against the plan "
            "and postponed it until later.")
    assert _english_words(text, groups) == [word for word in _english_words(text) if word.group in groups]
