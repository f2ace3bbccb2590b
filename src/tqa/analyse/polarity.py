"""Analysis ``polarity``: the negations of each pair, Korean and English, so that TQA050
can report an English sentence that says the opposite of its Korean (a negation dropped
or added).

Korean (from kiwipiepy morphemes): grammatical negation is 안/못 before a predicate,
-지 않다, -지 못하다, -지 말다, 아니다, and 없다 when it negates (-ㄹ 수 없다 "cannot", -ㄹ 리
없다, a noun + 이/가 + 없다 "there is no"). Double negations cancel (-지 않을 수 없다 "must",
-지 않으면 안 되다, 없지 않다); 못지않다 ("no less than") is one word and no negation; fixed
expressions with 없 (틀림없이, 끊임없이, 관계없이 …) are not negations. *Lexical* negatives
— a negating prefix (미-, 불-, 비-, 무- as kiwipiepy's XPN: 불가능, 비공개, not 미국 or 무역),
모르다, and verbs of refusing, failing, denying, stopping — carry a negative meaning English
may render with a plain negation ("did not know", "not possible"), so they make the pair
*ambiguous*, never a finding.

English: grammatical negation is not / n't / never / no / none / nothing / nobody / nowhere /
neither / nor / cannot / without; rhetorical uses are not negations (not only, whether or
not, no less than, no doubt, not least, nothing but …). Lexical negatives (fail, lack,
refuse, deny, unable, hardly, rarely, un-/in-/non-/dis- adjectives, free of, zero …) make
the pair ambiguous, as on the Korean side.

Issue 12, part 2: 없다 after a noun or bound noun with a particle (계획이 없다, 본 적이 없다,
할 수가 없다) is a negation; a negated or 불-/비- prefixed adjective is one when the English
says the plain adjective (gloss list, then :data:`ADJECTIVE_GLOSSES`); -밖에 + negation ("only"),
X가 아닌 Y, X가 아니라 Y, 잊지 말다, 미치지 못하다 are not; -ㄹ 수 없는 + a noun is an adjective
("inevitable") except before a noun of time or condition (-ㄹ 수 없는 경우 "if … cannot"). English words that render a Korean
negation only with a Korean cue (:data:`_EN_WEAK`: only ↔ 만/뿐/밖에, yet ↔ 아직 …) make the
pair ambiguous only when the cue is in the source.

The verdict per pair is deliberately one-sided and conservative: a flip is recorded only
when one side has a grammatical negation and the other has no negation of any kind,
grammatical or lexical. Sentences that differ in how many negations they hold are common
in good translations and are left alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..ko.analyser import Morpheme, morphemes, per_analyser
from .clauses import ADVERBIAL_NOUNS
from .registry import analyser, per_pair

#: nouns fused with 없 into a fixed expression that is no negation (틀림없이 "surely")
KOREAN_NON_NEGATING_WITH_EOPS = frozenset(
    "틀림 어김 끊임 관계 상관 문제 쉴새 빠짐 아낌 거침 하염 다름 유례 여지 그지 한량 두말 어이 터무니 "
    "상관없 가차 난데 버릇 속절 실없 재미 쓸데 하릴 힘 정신 맛 멋 볼품 염치 철 숨김 틈 간데 "
    "예외 여념 빈틈 조건 가감 차별 사정 허물 스스럼 흔적 탈 무리".split())
#: Korean verbs and nouns whose meaning is negative (refuse, fail, deny, stop, cancel, ban …)
KOREAN_LEXICAL_NEGATIVES = frozenset(
    "모르 거부 거절 일축 부인 부정 실패 중단 중지 포기 취소 철회 금지 반대 거부권 불참 결렬 무산 막 피하 "
    "삼가 꺼리 외면 부족 결여 결핍 누락 불허 기각 탈락 패배 낙선 없애 빼 제외 면제 해제 폐지 "
    "차단 방지 예방 저지 중단되 멈추 그만두 그치 끊 잃 놓치 잊 버리 사라지 부재 불과 뿐 만 "
    "어렵 힘들 드물 적 낮 줄 감소 싫 싫어하 꺼리 망설이 주저 막히 가로막 방해 배제 부정적 아쉽 "
    "다르 상이 차이 흔치 "
    # a supply or a service cut off, a place closed, a thing gone (정전 "households without power",
    # 단수 "days without water", 결항 "flights did not operate", 품절 "no longer available")
    "정전 단전 단수 단유 결항 운휴 휴업 휴무 휴교 휴관 휴진 휴강 결강 휴장 휴원 폐장 폐점 품절 매진 결석 결근 실종 두절 공석 "
    # nouns and verbs of obstruction, like 방해 and 가로막다: X에 장애가 되다 "hinder X" is rendered
    # "X won't work", "can't … safely"
    "장애 걸림돌 지장 저해 공백 "
    # left out, missing (에이스가 빠지니까 "without our ace")
    "빠지 빠져 "
    # a thing not to be done (절대 금물 "absolutely not allowed", "a no-go")
    "금물 "
    # restriction: 예약이 제한된다 is rendered "you won't be able to book"; 도착분에 한함 (only what
    # arrives in time) "late ones will not be accepted"
    "제한 통제 한하 국한 "
    # 무- words that mean "without" (무단으로 "without authorisation") and leaving out (빼놓다)
    "무단 무허가 무면허 무계획 무대책 무방비 빼놓 빼먹 "
    # nouns that are negations in themselves (무죄 "not guilty", 불법 "illegal", 비공개 "not public")
    "무죄 무료 무관 무시 무효 무산 무력 무책임 무능 무명 무인 무상 무제한 무기한 무소속 무승부 "
    "불법 불가 불가능 불안 불만 불리 불편 불황 불참 불확실 불충분 불투명 불발 불필요 불이익 불구 "
    "비공개 비공식 비정규 비핵화 비핵 비난 비리 비상 미정 미흡 미완 미지 미확인 미달 미성년 미결 "
    "부족 부재 부정 부인 부실 부적절 부진 몰락 몰수".split())
#: the connective before 않다/못하다/말다, plain or with a particle (-지는, -진, -지도) or contracted (흔치)
JI_CONNECTIVES = frozenset({"지", "진", "지는", "지도", "지를", "질", "치", "찮",
                            "지만"})  # 늦지만 마 "just don't be late": -지 + 만 before 말다, 않다
#: fixed expressions with a negation that English renders without one (morphemes joined):
#: 걱정하지 마세요 "rest assured", 얼마 안 되어 "soon", 말할 것도 없이 "of course"
KOREAN_FIXED_NEGATIVES = ("걱정하지말", "염려하지말", "얼마안", "말할것도없", "두말할나위", "어쩔수없", "그지없",
                          "우연하지않", "우연찮",  # 우연치 않게 (우연 + 하 + 지 않) "by chance", as it is mostly said
                          # 말도 안 되다 "absurd", 믿을 수 없다 / 믿지 못할 "incredible", 아끼지 않다 "spare no"
                          "말도안", "믿을수없", "믿지못하", "믿기지않", "아끼지않",
                          # 얼마 떨어지지 않은 곳 "a short way off", "nearby"
                          "얼마떨어지지않",
                          # adverbs made with 없이 that English says either way: 지체 없이 "at once" or
                          # "without delay", 예외 없이 "all" or "without exception", 어김없이 "as always"
                          "지체없", "주저없", "예외없", "틀림없", "어김없", "빠짐없", "여지없", "쉴새없", "끊임없")
#: negating prefixes as kiwipiepy tags them (XPN); 미국/무역 are one noun, not a prefix
KOREAN_NEGATIVE_PREFIXES = frozenset({"미", "불", "비", "무", "부", "몰", "반"})

EN_GRAMMATICAL_NEGATION = re.compile(
    r"\b(?:not|never|no+|none|nothing|nobody|nowhere|neither|nor|cannot|without|no-one|free\s+(?:from|of)(?!\s+(?:charge|cost|fees?|payment|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|noon|now|then|today|tomorrow|tonight|next|the\s+\d|\d)))\b"
    r"|n['’´ʼ`]t\b", re.I)  # "free from parabens": without them
#: rhetorical negations: no flip of the sentence's meaning
_EN_RHETORICAL = re.compile(
    r"\bnot\s+only\b|\bnot\s+just\b|\bnot\s+merely\b|\bnot\s+least\b|\bor\s+not\b|\bif\s+not\b|"
    r"\bno\s+(?:less|more|fewer|later|sooner|earlier|doubt|wonder|matter|surprise|longer\s+than)\b|"
    r"\bnothing\s+(?:but|less|short)\b|\bnone\s+other\b|\bnot\s+to\s+mention\b|\bnot\s+(?:a\s+)?few\b|"
    r"\bnever\s+(?:before|been\s+more)\b|"
    # a bound said with "not" ("for a period not exceeding three years" for 3년 이내), and a start
    # made before someone arrives ("we'll start without you" for 먼저 시작하고 있을게)
    r"\bnot\s+(?:exceeding|more\s+than|less\s+than|over|under|above|below|beyond|later\s+than|earlier\s+than|"
    r"fewer\s+than)\b|\b(?:start|begin|eat|go|leave)\w*\s+without\s+(?:you|me|us|them|him|her)\b|"
    # a superlative said by "nothing" / "no other": "good like nothing else", "a view like no other",
    # "second to none", "nothing like it" (praise): the source affirms
    r"\blike\s+(?:nothing|no\s+other|no\s+one|nobody|none)(?:\s+else)?\b|\bsecond\s+to\s+none\b|"
    r"\bthere['’]s\s+nothing\s+like\b|"
    # litotes idioms that assert: "never does anything by halves" (does everything lavishly), "no
    # stranger to", "nothing if not"
    r"(?:\b(?:never|not|nothing)|n['’]t)\b[^.;:!?]{0,30}?\bby\s+halves\b|\bno\s+stranger\s+to\b|\bnothing\s+if\s+not\b|"
    # the cleft "it was not until X that Y" says "only when X, Y" (Korean -고서야 비로소): no clause negated
    r"\bit\s+(?:is|was|wasn['’]t|isn['’]t|had\s+not|hadn['’]t)\s*(?:not\s+)?until\b|"
    # "wasn't so much hurt as heartbroken": a comparison of two words, no clause negated
    r"(?:\bnot|n['’]t)\s+so\s+much\b|\bcannot\s+(?:help|wait)\b|\b(?:can(?:\s+not|['’]t)|could(?:\s+not|n['’]t))\s+(?:help|wait)\b|"
    r"\bno\s+\w+er\s+than\b|\bnowhere\s+near\b|"
    # a superlative said by a negated comparison: "Nothing makes me happier than", "no one works harder than"
    r"\b(?:nothing|nobody|no\s+one|none)\b(?:\s+\w+){0,3}?\s+(?:\w+er|more|better|worse|less)\s+than\b|\bnot\s+long\s+(?:ago|after|before)\b|"
    r"\b(?:is|was|are|were|do|does|did|have|has|had|can|could|will|would|should)n['’]t\s+(?:it|he|she|they|you|we|I|there|that)\s*\?|"
    r"\bno\s+\w+\s+(?:(?:is|was|seems|seemed)\s+)?too\s+\w+|"
    # elliptical contrast of a noun phrase ("fraying, but not a tear"): no clause is negated
    r"\b(?:but|and)\s+not\s+(?:a|an|the|as|in|on|at|for|with|by|from|because|necessarily|all|every|always)\b|"
    # formulas of reply and dismissal ("Don't bother", "Never mind", "No problem"): they render
    # 됐어, 괜찮아, 천만에 as readily as 신경 쓰지 마 — they start a sentence or clause
    r"(?:^|[.!?,;:\"“‘—–]\s*)(?:(?:do\s+not|don['’]t)\s+(?:bother|worry|mention\s+it)|no\s+(?:problem|worries|thanks))\b"
    r"|\bnever\s+mind\b|"
    # a negative question that asserts ("what?? weren't they supposed to come at 9:30?"), and a shutout
    # said with "without" ("lost without taking a game" for 0-3)
    r"(?:^|[.!?,:\"“]\s*)(?:is|was|are|were|do|does|did|have|has|had|can|could|will|would|should)n['’]t\s+"
    r"(?:it|he|she|they|you|we|I|there|that|this|the|a|an|\w+ing)\b(?=(?:[^.!?]|\b[ap]\.m\.|\.\d)*\?)|"
    # … and one that reminds, with or without its question mark in a chat ("Didn't you say you had
    # three yesterday" for 어제 세 개 먹었다며)
    r"(?:^|[.!?,:\"“]\s*)(?:did|do|does|have|has)n['’]t\s+(?:you|he|she|they|we|I|someone|somebody|anyone|anybody|people|everyone)\s+"
    r"(?:say|said|tell|told|mention|mentioned|promise|promised|hear|heard)\b|"
    r"\bwithout\s+(?:taking|winning|dropping|losing|conceding|scoring)\s+(?:a|one|a\s+single)\s+"
    r"(?:game|set|point|frame|match|round|goal|run)\b|"
    # "No," answering a question (아뇨, 아니요: a reply, no clause negated)
    r"(?:^|[.!?\"“‘]\s*)no\s*[,!](?!\s*\d)|"
    # "walk free from prison", "set free", "broke free of": released, not a negation (출소하다, 풀려나다)
    r"\b(?:walk(?:s|ed|ing)?|set(?:s|ting)?|go(?:es|ing)?|went|gone|br(?:eak|eaks|eaking|oke|oken)|run(?:s|ning)?|ran|"
    r"c(?:ome|omes|ame|oming)|st(?:and|ands|ood))\s+free\s+(?:from|of)\b|"
    r"\bin\s+no\s+time\b|\bno\s+wonder\b|"  # "in no time" (soon), "no wonder" (naturally): no clause denied
    r"\b(?:more\s+often|as\s+often|as\s+likely)\s+than\s+not\b|\bas\s+often\s+as\s+not\b|"  # "usually"
    r"\bno\.\s*\d|\bNo\.\s*\d|\bwhy\s+(?:not|wouldn['’]t|don['’]t|didn['’]t|shouldn['’]t)\b|\bno\s+(?:one|single)\s+(?:else|other)\b|\bwithout\s+(?:a\s+)?(?:doubt|exception|delay|fail|hesitation|question|pause|interruption|end)\b",
    re.I)
EN_LEXICAL = re.compile(
    r"\b(?:fail(?:s|ed|ing|ure)?|lack(?:s|ed|ing)?|refus(?:e|es|ed|ing|al)|den(?:y|ies|ied|ying|ial)|"
    r"unable|impossible|hardly|barely|scarcely|seldom|absen(?:t|ce)|"
    r"(?:free|clear|devoid|void|bereft)\s+of|zero|nil|neglect\w*|ignor\w*|reject\w*|declin\w*|avoid\w*|prevent\w*|prohibit\w*|ban(?:s|ned|ning)?|"
    r"block\w*|stop(?:s|ped|ping)?|halt\w*|cancel\w*|abandon\w*|withdr[ae]w\w*|miss(?:es|ed|ing)?|skip(?:s|ped|ping)?|"
    r"unknown|"
    r"anti-?(?!cipat|qu|cs?\b)\w*|except|exclud\w*|ceas\w*|quit(?:s|ting)?|far\s+from|"
    r"doubt\w*|disagre\w*|oppos\w*|objec\w*|resist\w*|spurn\w*|dismiss\w*|overlook\w*|unless|non-\w+|"
    r"blind\w*|dislik\w*|hat(?:e|es|ed|ing)|reluctan\w*|hesita\w*|"
    r"scarce\w*|oblivious|fall\s+short|(?:ha(?:ve|s|d)|is|are|was|were|remains?|remained)\s+yet\s+to|"
    r"deficien\w*|inadequa\w*|inevitabl\w*|incapacitat\w*|inimitabl\w*|"
    r"nary|un-\w+|avert\w*|spar(?:e|ed|ing)|too\s+\w+\s+to|forbid\w*|forbade|taboo|off[\s-]limits|"
    r"out\s+of\s+(?:use|service|print|stock|order|date|business|fashion|commission)|"
    r"forfeit\w*|poor(?:ly)?|on\s+hold|"
    r"(?:colou?r|harm|use|point|home|job|speech|taste|odou?r|sense|meaning|life|care|help|power|"
    r"hope|fear|flaw|spot|motion|sleep|end|count|price|worth|seam|cord|wire|tire|rest|breath|shame|"
    r"blame|fault|child|penni|clue|time|name|face|thank|need|doubt|effort|heart|mind|thought|match|"
    r"tooth|leaf|land|wing|bone|sugar|fat|salt|gluten|smoke|fuel|stain)less(?:ly|ness)?|"
    r"(?:kept|keeps?|keeping)\s+(?:\w+\s+){1,5}?from|"
    r"under(?:prepar|estimat|staff|fund|perform|us|valu|report|achiev|develop|employ|pa)\w*"
    r")\b", re.I)
#: Korean verbs of change, leaving and stopping: negated (식지 않았다 "did not cool", 떠나지
#: 않았다 "did not leave", 그치지 않았다 "did not stop") they say that something went on, which
#: English says with a verb of continuing ("remained high", "stayed", "kept", "still") — a
#: litotes, not a dropped negation. Written as facts for tqa.
KOREAN_CHANGE_VERBS = ("식", "떠나", "멈추", "멈", "그치", "그만두", "변하", "바뀌", "사라지", "끝나", "줄", "가라앉",
                       "수그러들", "누그러지", "잦아들", "약해지", "꺾이", "잊히", "흔들리", "굴하", "포기하", "쉬",
                       "떨어지", "식어", "바래", "잠잠해지", "달라지", "늦추", "지치", "끊이")
#: Korean verbs of going beyond a limit: negated (넘지 않다, 어기지 않다) they say "within"
KOREAN_LIMIT_VERBS = ("넘", "넘어서", "벗어나", "어기", "초과하", "어긋나")


def _adnominal_past(stem: str) -> str:
    """The past adnominal form of a verb stem as written: 꺾이 → 꺾인, 끝나 → 끝난, 식 → 식은."""
    last = stem[-1]
    code = ord(last) - 0xAC00
    if not 0 <= code < 11172:
        return stem + "은"
    if code % 28:  # a final consonant already: 식 → 식은
        return stem + "은"
    return stem[:-1] + chr(ord(last) + 4)  # + ㄴ as the final consonant


def _negated_cues(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The source substrings of a negated verb: 식지 않, 식지는 않, 식지도 않, 안 식, 식지 못, and the
    denied fact 식은 것은 아니 / 꺾인 게 아니 ("it is not that it has cooled")."""
    return tuple(cue for stem in stems for cue in (
        stem + "지 않", stem + "지는 않", stem + "지도 않", stem + "지 못", "안 " + stem,
        *(_adnominal_past(stem) + noun for noun in (" 것은 아니", " 것이 아니", " 건 아니", " 게 아니"))))


#: English words that render a Korean negation only in company of a Korean cue: "only" for
#: -밖에 않다 / 뿐, "yet" for 아직 … 않았다, "little" for 거의 … 않다, "rather than" for -가 아니라,
#: "below"/"short of" for 미치지 못하다, "forget" for 잊지 말다. Without the cue they are no
#: negation of the clause ("the only real danger", "just two months") and leave the pair decided.
#: (English word pattern, Korean cues as plain substrings of the source)
_EN_WEAK = tuple((re.compile(pattern, re.I), cues) for pattern, cues in (
    (r"\b(?:remain\w*|stay\w*|still|continu\w*|persist\w*|linger\w*|kept|keeps?|keeping|went\s+on|go(?:es)?\s+on|"
     r"carr(?:y|ies|ied)\s+on|unchanged|unabated|relentless\w*|constant\w*|steady|steadily|undaunted|"
     r"preoccup\w*|haunt\w*)\b", _negated_cues(KOREAN_CHANGE_VERBS)),
    (r"\b(?:within|inside)\b", _negated_cues(KOREAN_LIMIT_VERBS)),
    # a place + 에 + 없다 (사무실에 없었다 "was away from the office", "was out", "had gone")
    (r"\b(?:away|out|elsewhere|gone)\b", ("에 없", "에는 없", "에도 없")),
    (r"\b(?:only|just|merely|solely)\b", ("만 ", "만이", "만을", "만은", "만으로", "만의", "만도", "뿐", "밖에", "불과", "단지", "오직", "겨우", "고작",
                                            # a negated relative clause and a negated verb: 이수하지 않은
                                            # 학생은 출입할 수 없다 "only students who have completed … may enter"
                                            "지 않은", "지 못한", "없이는",
                                            # 외의 … 않다 "not … other than" (통계 작성 외의 목적으로는
                                            # 쓰이지 않습니다 "used solely for compiling statistics")
                                            "외에는", "외의", "외에", "이외", "말고는")),
    # a prohibition said from the other side: 외부 차량은 주차할 수 없다 "only residents may park",
    # 세 명 이상 앉아서는 안 된다 "only two may sit"
    (r"\bonly\b[^.;!?]{0,60}?\b(?:may|can|are\s+allowed|is\s+allowed|are\s+permitted|is\s+permitted)\b",
     ("수 없", "수는 없", "서는 안", "서도 안", "면 안 되", "면 안 돼", "불가", "금지", "금합니다")),
    (r"\byet\b", ("아직", "여태", "미처")),
    # 아직이다 "not yet" (오늘 광견병은 아직이고요 "no rabies shot today"): a negation by the word itself
    (r"\b(?:no|not|none|n['’]t)\b", ("아직이", "아직입", "아직요", "아직이요")),
    # 빠지다, 빼다 "be left out" said with "without" (에이스 빠지니까 "without our ace")
    (r"\bwithout\b", ("빠지", "빠져", "빠진", "빼고", "빼면", "뺀", "제외")),

    # not once, not a day (한 번도 거른 적이 없다, 잊은 날이 하루도 없었다) said as a universal:
    # "voted in every election", "thought about it every single day", "always"
    (r"\b(?:every|each|always|all|constantly|whole|everyone|everything|everybody)\b",
     ("한 번도", "한번도", "하루도", "단 하루", "단 한 번", "한시도", "한 순간도", "한순간도", "아무도", "아무것도",
      "누구도", "어느 하나", "빠짐없이", "빠뜨리지")),
    (r"\b(?:rather|instead)\b", ("아니라", "대신", "보다", "아닌", "않고", "말고")),
    # a state not yet reached said by "before" / "until" (마르지 않은 상태에서 "before it is dry",
    # 식지 않은 채로 "while still hot": "still", "yet")
    (r"\b(?:before|until|till|still|yet)\b", ("않은 상태", "않은 채", "않은 채로", "못한 상태", "못한 채", "않았을 때")),
    # "not X but Y" said as an addition or a comparison: "besides X, also Y", "more than X"
    (r"\b(?:besides|also|more\s+than|beyond|as\s+well\s+as|in\s+addition|apart\s+from|other\s+than)\b",
     ("아니라", "아니고")),
    (r"\b(?:less|least|fewer|few|little)\b", ("덜", "보다", "적어도", "이하", "미만", "최소", "미치", "거의", "별로",
                                               "적", "드물", "몇", "안 되", "조금", "많", "지 못")),  # 받지 못한 "paid less than"
    (r"\b(?:rare\w*|seldom|rarely)\b", ("거의", "드물", "별로")),
    (r"\beven\s+(?:if|though|when)\b", ("더라도", "라도", "어도", "아도")),  # a concessive clause reworded
    (r"\botherwise\b", ("아니면", "않으면", "아니든", "그렇지")),
    (r"\b(?:end|ends|ended)\b", ("끝", "마치", "종료", "그만", "멈")),
    (r"\b(?:kept|keeps?|keeping)\b", ("계속", "유지", "막아", "막았", "막기", "못하게", "않도록", "않게", "지키", "멈추", "멈출", "그치", "끊", "잃",
                                    "놓치")),
    (r"\bagainst\b", ("반대", "맞서", "말라", "말 것", "대항", "거스", "말아")),
    (r"\b(?:hard|difficult\w*)\b", ("쉽",)),
    # 잠이 잘 안 오다, 소화가 잘 안 되다 → "have trouble sleeping", "struggle to digest": the
    # difficulty is the negation's meaning
    (r"\b(?:trouble|struggl\w*|difficult\w*|hard\s+time)\b", ("잘 안", "잘 안 되", "잘 못", "제대로 안", "제대로 못")),
    (r"\b(?:short|below|beneath|under)\b", ("부족", "짧", "미치", "이하", "미만", "아래", "밑")),
    (r"\b(?:beyond|out\s+of|out-of)\b", ("없", "밖", "벗어", "넘")),
    (r"\b(?:wrong\w*|false\w*|poor\w*)\b", ("틀", "잘못", "거짓", "가난", "부족", "나쁘", "못")),
    (r"\b(?:lost|lose|loses|losing|loss)\b", ("잃", "놓치", "패", "손실", "잠", "지", "빼앗")),
    (r"\bforg[eo]t\w*\b", ("잊", "까먹", "깜빡", "깜박", "기억", "안 되", "안 돼", "안 된")),  # "forget it": not allowed
))
#: a counterfactual comparative asserts: "could not have come at a worse time", "couldn't be happier"
_COUNTERFACTUAL = re.compile(r"\b(?:cannot|can(?:\s+not|['’]t)|could(?:\s+not|n['’]t))\s+(?:\w+\s+){0,5}?(?:better|worse|more|less|\w+ier)\b", re.I)
_LITOTES = re.compile(
    r"(?:\s+\w+){0,3}?\s+(?:forget\w*|fail\w*|disrupt\w*|stop\w*|miss\w*|lose|lost|hesitat\w*|mind|deny\w*|"
    r"ignor\w*|neglect\w*|without|worse|better|bad|wrong|(?:more|less|fewer)\s+than)\b", re.I)
# (a comparative only as a limit: "not more than 5" is "at most 5"; "did not become more
# cautious" denies the change, it asserts nothing)
_LITOTES_PREFIXED = re.compile(r"(?:\s+\w+){0,3}?\s+((?:un|dis|in|im|il|ir|non)[a-z]{3,})\b", re.I)
EN_PREFIXED = re.compile(r"\b(?:un|non|dis|in|im|il|ir|mis)[a-z]{3,}\b", re.I)
#: un-/in-… words that are no negation of a stem
EN_NOT_NEGATIVE = frozenset("""
under understand understood understanding until unit unite united unity union unique universal universe
university unlike upon usual interest interested interesting internal international internet
into inside install information inform include including income increase increased indeed index
industry industrial individual influence initial initiative injury inner innovation input inquiry
insist inspect inspection instance instant instead institute institution instruction instrument
insurance integrate intelligence intend intense intent intention interview introduce invest investment
investigate investigation invite involve image imagine immediate immediately impact implement imply
import importance important impose impress impression improve improvement illustrate illness
irrigation iron issue discuss discussion discover discovery distance district display dispute
distribute distribution disaster discipline dish disk dismiss minister ministry mission missile
disappoint disappointed disappointing disappointment dispatch dispatched
misery
""".split()) | frozenset(
    # words of the commonest 25,000 (wordfreq) whose un-/in-/dis- the stem test reads as a negation
    # but which negate nothing: in- of "into" (intake, inland, influx, immigrant), dis- and un- of
    # taking apart, undoing or letting out (dismantle, disclose, discharge, unlock, unfold, unveil),
    # and nouns and names that merely start so (units, dishes, insect, Irvine)
    """
units dishes insight insights intake inland influx immigrant inmate inmates indoor indoors inbound inbox inlet
inline inward innate inhabit inhale inpatient inquest imprint implant implants impulse impulses imaging
incoming incorporate incorporation infancy infused infusion invoice intuition insect invaluable indie indies
intel irons irwin irvine ingram ingrid imran inverse inversion incite inciting infer inferred
discharge discharged discount discounts discounted dissolve dissolved dissolution disclose disclosed disclosing
disclosure disclosures displaced displacement distract distraction disguise dispose disposed disposition
dismantle dismantled dismantling disarm disarmament discard discarded dismay dismal distal
unlock unlocked unlocking uncover uncovered unfold unfolded unfolding unfolds unleash unleashed unload unloaded
unloading unveil unveiled unveiling unpack unpacked unwrap unwrapped uninstall uninstalled unearth unearthed
""".split())


_EN_NOT_NEGATIVE_STEMS = tuple(word for word in EN_NOT_NEGATIVE if len(word) >= 5)


@dataclass(frozen=True)
class Negation:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class PairPolarity:
    #: grammatical negations of the Korean, double negations cancelled
    korean: tuple[Negation, ...]
    #: the Korean holds a lexical negative (prefix, 모르다, refuse/fail …): ambiguous
    korean_lexical: bool
    english: tuple[Negation, ...]
    english_lexical: bool
    #: the English negations that flip the word after them, litotes and counterfactual
    #: comparatives included ("can't be less than" = at least; not "not only", "no later
    #: than"): what TQA051 reads for a negated opposite
    english_flipping: tuple[Negation, ...] = ()

    @property
    def dropped(self) -> bool:
        """The Korean negates and the English holds no negation of any kind."""
        return bool(self.korean) and not self.english and not self.english_lexical

    @property
    def added(self) -> bool:
        """The English negates and the Korean holds no negation of any kind."""
        return bool(self.english) and not self.korean and not self.korean_lexical


#: endings of Korean nouns of a quality or capacity (시급성 urgency, 경쟁력 competitiveness,
#: 긴장감 tension): X이 떨어지다 is "X is lacking", which English says "not urgent", "not
#: competitive"; a measure's falling (온도, 가격) is a direction, not a negative
_QUALITY_NOUN_ENDINGS = ("성", "력", "감")
#: nouns of a quality said whole (맛이 떨어지다 "doesn't taste as good", 질이 떨어지다 "poor quality")
_QUALITY_NOUNS = frozenset({"맛", "질", "품질", "성능", "효율", "화질", "음질", "실력", "수준", "가치", "신뢰도", "인기"})


#: verbs of experience after 처음 (처음 본다 "I've never seen", 처음 듣는 "never heard of")
_FIRST_EXPERIENCE_VERBS = frozenset({"보", "듣", "먹", "겪", "가", "와", "타", "만나", "느끼", "경험하"})
#: adverbs that make their clause a question that denies (설마 … 생기겠어 "that could never happen")
DENYING_ADVERBS = frozenset({"설마"})
#: adverbs that make 그렇다 a polite refusal: 토요일은 좀 그렇고 "Saturday's not great"
_HEDGES_BEFORE_GEUREOT = ("좀", "조금", "별로", "영")


def _in_a_score(tokens, index: int) -> bool:
    """The figure at ``index`` is one side of a score or a ratio (2대0, 3:0, 1-0)."""
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return any(t is not None and (t.tag == "SN" or t.form in ("대", ":", "-", "–", "대0"))
               for t in (before, after))


def _closes_clause(tokens, index: int) -> bool:
    """The noun ends its clause, alone or with the copula or 하다 and an ending (패스, 패스요, 사양할게요)."""
    for token in tokens[index + 1:index + 4]:
        if token.tag in ("SF", "SW", "SE", "EF") or token.form in ("요",):
            return True
        if token.tag in ("VCP", "XSV", "EP", "JX") and token.form not in ("는", "은", "도", "만"):
            continue
        return False
    return True


def _what_kind_of(tokens, index: int) -> bool:
    """X가 무슨 N이야 / X는 무슨 N이냐: a subject, 무슨, a noun and the copula's question ending
    closing the clause — "what kind of N is X", said to deny that X is one."""
    if index == 0 or tokens[index - 1].tag not in ("JKS", "JX"):
        return False
    rest = tokens[index + 1:index + 5]
    nouns = 0
    for k, token in enumerate(rest):
        if token.tag.startswith("NN"):
            nouns += 1
            continue
        after = rest[k + 1] if k + 1 < len(rest) else None
        ends = after is None or after.tag in ("SF", "SW", "SE", "SS", "SO")
        if nouns and token.tag == "VCP" and after is not None and after.tag == "EF":
            return True
        return bool(nouns) and token.tag == "JX" and token.form in ("이야", "야", "이냐", "냐", "이람") and ends
    return False


def negative_in_context(tokens, index: int) -> bool:
    """``tokens[index]`` is a word negative by its meaning only in its context: 떨어지다 after a
    noun of a quality (:data:`_QUALITY_NOUN_ENDINGS`; a particle between allowed: 시급성이
    떨어진다 "is not urgent"), 그렇다 after a hedge (좀 그렇다 "not great", a polite no), or 처음
    as a predicate (처음이다 "the first ever", said "never before"); a zero figure (설탕 0 "no sugar")."""
    token = tokens[index]
    if token.form == "처음":  # 이런 물난리는 처음이다 "never seen flooding like it"; 처음에 "at first" is no negative
        after = next((t for t in tokens[index + 1:] if not t.tag.startswith("SS")), None)
        return after is None or after.tag in ("VCP", "JKQ", "SF", "EF") \
            or (after.tag.startswith("VV") and after.form in _FIRST_EXPERIENCE_VERBS)  # 처음 본다 "never seen"
    if (token.tag == "SN" and token.form == "0" and not _in_a_score(tokens, index)) \
            or (token.form == "제로" and token.tag.startswith("NN")):
        return True  # 설탕 0, 칼로리 제로 "no sugar", "zero calories": a zero said as "no …"
    if token.form == "보다" and token.tag == "JKB" and index and tokens[index - 1].tag == "ETN":
        return True  # 끄려고 하기보다 대피하라 "don't try to put it out — get out": -기보다, rather than
    if token.form == "별로" and token.tag == "MAG" and index + 1 < len(tokens) and tokens[index + 1].tag in ("VCP", "EF", "SF"):
        return True  # 입맛엔 별로였어요 "not really to my taste": 별로 as the predicate is "not much good"
    if token.form == "덜" and token.tag == "MAG":
        return True  # 덜 돌아왔다 "isn't fully back", 덜 익은 "not yet ripe": short of the full degree
    if token.form in ("패스", "사양", "노땡큐") and token.tag.startswith("NN") and _closes_clause(tokens, index):
        return True  # 국물은 패스 "nothing with soup", 술은 사양할게요: a thing declined (a football 패스 goes on)
    if token.form == "무슨" and token.tag == "MM" and _what_kind_of(tokens, index):
        return True  # 그게 무슨 밥이야 "that's not a proper meal": what kind of N is that, a denial
    if token.form in DENYING_ADVERBS and token.tag == "MAG":
        return True  # 설마 … 생기겠어? "that could never happen": a question that denies
    if token.form == "그렇" and token.tag.startswith("VA"):
        return index > 0 and tokens[index - 1].form in _HEDGES_BEFORE_GEUREOT
    if token.form != "떨어지" or token.tag != "VV":
        return False
    j = index - 1
    if j >= 0 and tokens[j].tag == "MAG":
        j -= 1  # 맛이 확 떨어진다: one adverb between
    if j >= 0 and tokens[j].tag.startswith("J"):
        j -= 1
    if j < 0:
        return False
    token = tokens[j]
    if token.tag == "XSN":  # 시급/XR + 성/XSN
        return token.form in _QUALITY_NOUN_ENDINGS
    return token.tag == "NNG" and (token.form in _QUALITY_NOUNS
                                   or len(token.form) >= 2 and token.form.endswith(_QUALITY_NOUN_ENDINGS))


#: nouns written as one word that the analyser may split into 안/못 + a verb stem: 단수 안내 is
#: "notice of a water cut" (안내 a notice), not 안 내 "does not pay"
_HOMOGRAPH_NOUNS = frozenset({"안내"})


def _written_noun(text: str, tokens: list[Morpheme], i: int) -> bool:
    """``tokens[i]`` (안/못) opens a written word that is a noun of :data:`_HOMOGRAPH_NOUNS`,
    ending there or before punctuation, after a noun or at the start: a headline's "… 안내"."""
    token = tokens[i]
    word = re.match(r"[\uac00-\ud7a3]+", text[token.start:])
    if word is None or word.group() not in _HOMOGRAPH_NOUNS:
        return False
    before = tokens[i - 1] if i else None
    return before is None or before.tag.startswith(("NN", "SS", "SF", "SP", "SW", "SL", "SN"))


#: adverbs of degree that may stand between a noun's particle and 없다 (이유가 별로 없다 "there
#: wasn't much reason", 차이가 전혀 없다 "no difference at all", 문제가 거의 없다 "hardly any problem")
_DEGREE_BEFORE_EOPS = frozenset({"별로", "전혀", "거의", "하나도", "아예", "더", "이제", "아직", "딱히", "그다지", "통"})


def _korean_negations(text: str) -> tuple[tuple[Negation, ...], bool, tuple]:
    """(grammatical negations, a lexical negative is present, negated adjectives with their
    English glosses — a negation only when the English says the plain adjective)."""
    tokens: list[Morpheme] = list(morphemes(text))
    found: list[Negation] = []
    conditional: list[tuple[Negation, tuple[str, ...]]] = []
    lexical = False
    skip: set[int] = set()
    for i, token in enumerate(tokens):
        if i in skip:
            continue
        form, tag = token.form, token.tag
        before = tokens[i - 1] if i else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if tag == "XPN" and form in KOREAN_NEGATIVE_PREFIXES:
            lexical = True
            if after is not None and after.form in ADJECTIVE_GLOSSES and i + 2 < len(tokens) and tokens[i + 2].tag == "XSA":
                # 불안정하다 "unstable", 불공정하다 "unfair": a negation when the English says the plain adjective
                glosses = ADJECTIVE_GLOSSES[after.form]
                if form == "불" and after.form == "가능":
                    glosses += ("can", "could", "able")  # 걷는 것이 불가능했다 "I could not walk"
                conditional.append((Negation(form + after.form, token.start, after.end), glosses))
            continue
        if form in KOREAN_LEXICAL_NEGATIVES and tag.startswith(("VV", "VA", "NNG", "XR", "VX", "JX")) \
                or negative_in_context(tokens, i):
            lexical = True
        negation = None
        if tag in ("VX", "VV") and form in ("않", "아니하", "못하", "말") and before is not None and after_ji(tokens, i):
            negation = token
        elif tag == "MAG" and form in ("안", "못") and after is not None and not _written_noun(text, tokens, i) and (
                after.tag.startswith(("VV", "VA", "VX"))
                or (after.tag.startswith(("NNG", "XR")) and i + 2 < len(tokens) and tokens[i + 2].tag in ("XSV", "XSA"))):
            negation = token
        elif tag == "MAG" and form == "못" and before is not None and after_ji(tokens, i):
            negation = token  # -지 못했다 split as 못 + 하
        elif tag == "VV" and form == "말" and before is not None and before.tag in ("NNG", "NNP", "NP", "NNB", "SL") \
                and after is not None and after.form == "고" and after.tag == "EC":
            lexical = True  # 콜라 말고 사이다 "lemonade, not cola": a noun set aside, said "not X" or "instead of X"
            continue
        elif tag == "VX" and form == "말" and before is not None and before.tag == "NNG" and not after_ji(tokens, i) \
                and after is not None and after.tag in ("EF", "EP"):
            negation = token  # 걱정 마세요 "don't worry", 참견 마라: a verbal noun + 말다, the prohibitive without -지
        elif tag == "MAG" and form == "없이":
            lexical = True  # "without": English may say it many ways
            continue
        elif tag == "VCN":
            negation = token
        elif tag.startswith("VA") and form == "없":
            previous = before.form if before is not None else ""
            if previous in KOREAN_NON_NEGATING_WITH_EOPS or (before is not None and before.tag.startswith("NN")
                                                              and before.form in KOREAN_NON_NEGATING_WITH_EOPS):
                continue
            k = i - 1  # the particle, past an adverb of degree (이유가 별로 없다, 차이가 전혀 없다)
            while k >= 1 and tokens[k].tag == "MAG" and tokens[k].form in _DEGREE_BEFORE_EOPS and i - k <= 2:
                k -= 1
            particle = tokens[k] if k >= 0 else None
            head = particle
            if particle is not None and particle.tag in ("JKS", "JX") and particle.form in _EXISTENCE_PARTICLES and k >= 1:
                head = tokens[k - 1]      # 수가 없다, 적이 없다, 계획이 없다, 필요도 없다
                if head.tag == "XSN" and k >= 2 and tokens[k - 2].tag.startswith("NN"):
                    head = tokens[k - 2]  # 가능성은 없다: the noun before the suffix
            if head is not None and head.form in ("수", "리", "필요", "적", "법", "줄") and head.tag in ("NNB", "NNG"):
                negation = token          # -ㄹ 수 없다 "cannot", -ㄹ 리 없다, 필요 없다, -ㄴ 적이 없다 "never"
            elif _nothing_done(tokens, i, k, head, particle):
                negation = token          # -ㄴ 것은 없다 "nothing has been …" (결정된 것은 없다, 달라진 게 없다)
                lexical = True            # … which English also says "none of it", "no change"
            elif (locative := _locative_before(tokens, k)) is not None:
                negation = token          # a place + 에(도/는) + 없다: 그날 시내에 없었다 "was not in town", 과거에도
                lexical = True            # 없었다 "never has been" … which English also says "away", "absent"
            elif head is not particle and head.tag in ("NNG", "NNP", "NP") and not _quantity_before(tokens, k - 1):
                negation = token          # "there is no X" / "has no X": a noun + 이/가/은/는/도 + 없다
                lexical = True            # … which English also says with zero, free of, lack
            else:
                lexical = True
        if negation is None:
            continue
        if negation.form in ("않", "아니하", "못하", "못", "안") and (nothing := _none_who_not(tokens, i)) is not None:
            # 찬성하지 않는 사람이 없었다 "everyone agreed", 오지 않았을 리가 없다 "must have come": two
            # negations that cancel; English says them with "everyone", "must" or with two negations
            skip.add(nothing)
            lexical = True
            continue
        if negation.form == "없" and _known_to_all(tokens, i):
            lexical = True  # 모르는 사람이 없다 "everyone knows", 몰랐을 리가 없다 "must have known"
            continue
        if _short_of_a_quantity(tokens, i):
            lexical = True  # 한 시간도 안 됐다 "less than an hour", 천 원도 못 된다 "under 1,000 won"
            continue
        if assertive_jana(tokens, i):
            continue
        if idiomatic_negation(tokens, i):
            lexical = True
            if _fixed_negative(tokens, i):
                continue  # 우연치 않게 "by chance", 걱정 마세요: the whole is said without a negation
            adjective = _negated_adjective(tokens, i)
            if adjective is not None:
                conditional.append((Negation(negation.form, negation.start, negation.end), adjective))
            elif _purposive(tokens, i):  # (None: confirmed by the negated verb's renderings, see read_polarity)
                conditional.append((Negation(negation.form, negation.start, negation.end), None))
            continue
        # double negation: -지 않을 수 없다 / -지 않으면 안 되다 / 없지 않다 / 아니지 않다
        rest = tokens[i + 1:i + 6]
        forms = [t.form for t in rest]
        if "배기" in forms and "못" in forms:
            # -고는 못 배기다, -지 않고는 못 배기다 "cannot help but": a double negation
            skip.add(i + 1 + forms.index("못"))
            lexical = True
            continue
        if ("수" in forms and "없" in forms) or (("으면" in forms or "면" in forms) and "안" in forms) \
                or ({"어서", "아서", "서"} & set(forms) and "는" in forms and "안" in forms):
            # (… -어서는 안 되다: 없어서는 안 될 "indispensable", 빠져서는 안 된다 "must be there")
            for j, t in enumerate(rest):
                if t.form in ("없", "안"):
                    skip.add(i + 1 + j)
                    if t.form == "안":
                        skip.update(range(i + 2 + j, i + 4 + j))
                    break
            lexical = True  # "must": English may say it without any negation
            continue
        found.append(Negation(negation.form, negation.start, negation.end))
    return tuple(found), lexical, tuple(conditional)


#: heads of an adnominal clause whose denial says "everyone" or "it must be" (찬성하지 않는 사람이
#: 없다, 모르는 이가 없다, 오지 않았을 리가 없다)
UNIVERSAL_HEADS = frozenset("사람 이 자 분 곳 데 집 가구 학생 주민 국민 시민 선수 직원 회원 나라 팀 기업 회사 리".split())


#: degree adverbs between a denied head and its 없 (찬성하지 않는 사람이 아무도 없었다)
_DENIAL_DEGREE = frozenset(("아무도", "하나도", "거의", "전혀", "도무지"))


def _head_denied(tokens: list[Morpheme], k: int) -> int | None:
    """``k``: the index of an adnominal ending (ETM). The index of the 없 that says the clause's
    head does not exist — a head of :data:`UNIVERSAL_HEADS`, its particle (이/가/은/는/도) and a
    degree adverb between (…는 사람이 아무도 없다) — or None."""
    k += 1
    if k >= len(tokens) or tokens[k].form not in UNIVERSAL_HEADS or not tokens[k].tag.startswith("NN"):
        return None  # (오르지 않으리라는 보장은 없다 "no guarantee that it will not rise": no universal)
    k += 1
    if k < len(tokens) and tokens[k].tag in ("JKS", "JX") and tokens[k].form in _EXISTENCE_PARTICLES:
        k += 1
    while k < len(tokens) and tokens[k].tag == "MAG" and tokens[k].form in _DENIAL_DEGREE:
        k += 1
    return k if k < len(tokens) and tokens[k].form == "없" and tokens[k].tag.startswith("VA") else None


def head_denial(tokens: list[Morpheme], index: int, negated: bool = False) -> int | None:
    """The predicate at ``index`` heads an adnominal clause whose noun is said not to exist
    (모르는 사람이 없다, 몰랐을 리가 없다, 반대하지 않는 사람이 없었다): the index of that 없, or None.
    A double negation when the predicate is negative itself (모르다) or, with ``negated``,
    negated in its clause (-지 않는)."""
    k = index + 1
    while k < len(tokens) and tokens[k].tag in ("EP", "XSV", "EC", "VX") and tokens[k].form not in ("않", "못하"):
        k += 1
    if k < len(tokens) and tokens[k].form in ("않", "못하"):
        k += 1
        while k < len(tokens) and tokens[k].tag == "EP":
            k += 1
    elif negated:
        return None
    return _head_denied(tokens, k) if k < len(tokens) and tokens[k].tag == "ETM" else None


def _none_who_not(tokens: list[Morpheme], i: int) -> int | None:
    """The 없 of a negated adnominal clause whose head is said not to exist (찬성하지 않는 사람이
    없다, 오지 않았을 리가 없다), the negation at ``i``: the index of that 없, or None."""
    k = i + 1
    while k < len(tokens) and k < i + 4 and tokens[k].tag == "EP":
        k += 1
    return _head_denied(tokens, k) if k < len(tokens) and k < i + 4 and tokens[k].tag == "ETM" else None


def _known_to_all(tokens: list[Morpheme], i: int) -> bool:
    """없 at ``i`` after an adnominal clause of 모르다 and its head (모르는 사람이 없다 "everyone
    knows", 몰랐을 리가 없다 "must have known"): a lexical negative denied."""
    for j in range(max(0, i - 8), i):
        if tokens[j].form in ("모르", "몰") and tokens[j].tag.startswith("VV"):
            k = j + 1
            while k < i and tokens[k].tag == "EP":
                k += 1
            if tokens[k].tag == "ETM" and _head_denied(tokens, k) == i:
                return True
    return False


def _nothing_done(tokens: list[Morpheme], i: int, k: int, head, particle) -> bool:
    """없다 at ``i`` after 것 or 바 of an adnominal clause, with its particle at ``k`` (결정된 것은
    없다) or 바 alone (결정된 바 없다): "nothing has been …". Nothing may stand between (남는 게 별로
    없다 "thin margins" is a degree, not this)."""
    if k != i - 1 or particle is None:
        return False
    bare = head is particle
    noun, at = (particle, k) if bare else (head, k - 1)
    return noun.form in (("바",) if bare else ("것", "바")) and noun.tag == "NNB" and at >= 1 \
        and tokens[at - 1].tag == "ETM"


def _short_of_a_quantity(tokens: list[Morpheme], i: int) -> bool:
    """안/못 되다 after a quantity + 도 (한 시간도 안 됐다, 10분도 안 돼서, 천 원도 못 된다): "less than
    N", "not even N", which English says with "less than", "under", "barely" as often as with a
    negation."""
    if tokens[i].tag != "MAG" or i + 1 >= len(tokens) or tokens[i + 1].form != "되" or i < 3:
        return False
    if tokens[i - 1].form != "도" or not tokens[i - 1].tag.startswith("J"):
        return False
    counter, number = tokens[i - 2], tokens[i - 3]
    return counter.tag in ("NNB", "NNG") and number.tag in ("SN", "NR", "MM")


def assertive_jana(tokens: list[Morpheme], i: int) -> bool:
    """``tokens[i]`` is the 않 of the ending -잖아(요) (비싸잖아요 "it's expensive, you know"), which the
    analyser may split into 지 + 않 over the one syllable 잖: an assertion, no negation."""
    return tokens[i].form == "않" and i >= 1 and tokens[i - 1].form == "지" and tokens[i - 1].start == tokens[i].start \
        and i + 1 < len(tokens) and tokens[i + 1].form in ("아", "어", "아요", "어요")


def _locative_before(tokens: list[Morpheme], k: int) -> int | None:
    """The index of the noun of a place or time before 없다, when ``tokens[k]`` (the particle before
    없다) is 에, or 도/는 after 에 (과거에도 없었다, 서울에는 없다): 없다 says "not in / at X"."""
    if k >= 1 and tokens[k].tag == "JX" and tokens[k].form in ("도", "는") and tokens[k - 1].form == "에" \
            and tokens[k - 1].tag == "JKB":
        k -= 1
    if k >= 1 and tokens[k].form == "에" and tokens[k].tag == "JKB" and tokens[k - 1].tag in ("NNG", "NNP") \
            and not _quantity_before(tokens, k - 1):
        return k - 1
    return None


def _purposive(tokens: list[Morpheme], i: int) -> bool:
    """The negation at ``i`` negates a purpose: -지 않도록 / 않게, -지 못하도록, -ㄹ 수 없도록 ("so that … not")."""
    return tokens[i].form in ("않", "못하", "못", "없") and i + 1 < len(tokens) and tokens[i + 1].form in ("도록", "게") \
        and tokens[i + 1].tag == "EC" and not (i + 2 < len(tokens) and tokens[i + 2].form in ("되", "돼"))
    # (-지 못하게 되다 "come to be unable" is no purpose: English says it "lose", "can no longer")


def _purpose_rendered(source: str, target: str, negation: Negation) -> bool:
    """A negated purpose (방해받지 않도록 "so that … not disturbed") counts as a negation where the English
    says its verb in a word of the gloss tables ("interrupted", "go"): most translations reframe the
    purpose (prevent, keep … from, protect, undisturbed) and leave the verb, or its negation, unsaid."""
    from ..align.words import english_words
    from .literal import english_stem
    from .negation_evidence import head_gloss_stems, negated_predicates

    tokens = list(morphemes(source))
    following = {token.start: tokens[k + 1] for k, token in enumerate(tokens[:-1])}
    stems = set()
    for _, word in negated_predicates(source, (negation,)):
        verbal = word.tag.startswith(("VV", "VA", "XR")) or (
            word.tag == "NNG" and word.start in following and (following[word.start].tag in ("XSV", "XSA")
                                                               or following[word.start].form in ("받", "당하", "시키")))
        if verbal:  # a verb or a verbal noun (방해받다, 지급하다), not a noun before 없다 (일이 없도록)
            stems |= {stem for stem in head_gloss_stems(word.form) if len(stem) >= 4}
    return bool(stems) and any(english_stem(word.text) in stems for word in english_words(target))


def after_ji(tokens: list[Morpheme], i: int) -> bool:
    """The token before ``i`` is the connective -지 (or -지 + a particle: -지는, -지도, -진)."""
    before = tokens[i - 1]
    if before.form in JI_CONNECTIVES:
        return True
    # -지는, -지가, and -질 (지를) as the analyser splits it: 지 + ᆯ/JKO (멈추질 않아 "won't stop")
    return before.tag in ("JX", "JKS", "JKO") and i >= 2 and tokens[i - 2].form in JI_CONNECTIVES


def idiomatic_negation(tokens: list[Morpheme], i: int) -> bool:
    """A negation that is part of a fixed expression, not a negated statement: 뿐 아니라 (not
    only), rhetorical questions (… 아니냐, 아닌가), 얼마 지나지 않아 (before long), 그렇지 않으면
    (otherwise), 머지않아 (soon)."""
    token = tokens[i]
    before = [t.form for t in tokens[max(0, i - 3):i]]
    after = tokens[i + 1].form if i + 1 < len(tokens) else ""
    if token.tag == "VCN" and (before[-1:] in (["뿐"], ["만"]) or after.startswith(("냐", "ㄴ가", "ᆫ가", "ㄹ까", "ᆯ까"))):
        return True
    if token.tag == "VCN" and (before[-1:] in (["다름"], ["별것"], ["별거"]) or before[-2:] in (["별", "것"], ["다르", "ᆷ"])):
        return True  # 다름 아닌 "none other than", 별것 아닌 "trivial"
    if token.tag == "VCN" and after in ("ᆫ", "ㄴ") and i + 2 < len(tokens) and tokens[i + 2].tag.startswith("NN") \
            and tokens[i + 2].form not in ("것", "거", "게", "바", "데"):
        return True  # X가 아닌 Y "Y other than X", "non-X": a contrast, the clause is not negated
    if token.form in ("않", "못하", "안", "못", "없") and any(t.form == "밖에" for t in tokens[max(0, i - 4):i]):
        return True  # -밖에 + a negation is "only" (2개월밖에 되지 않았다 "only two months")
    if token.tag == "VCN" and before[-1:] in (["지"], ["ᆯ지"], ["ㄹ지"], ["는지"], ["은지"], ["ᆫ지"]):
        return True  # 계속할지 아닐지 "whether or not": no clause negated
    if token.tag == "VCN" and after in ("라", "면", "든", "든지", "던가", "거나"):
        return True  # X가 아니라 Y "Y rather than X", 아니면 "or", 아니든 "or not": no clause negated
        # (아니라고, 아니라며 report a denial: 사실이 아니라고 밝혔다 "said it was not true")
    if token.form in ("말", "말아") and before[-2:] in (["잊", "지"], ["잊어버리", "지"]):
        return True  # 잊지 말다 "remember": a double negative
    if token.form in ("못하", "못") and before[-2:] == ["미치", "지"]:
        return True  # 미치지 못하다 "fall short of", "below"
    if token.form == "못" and after == "미치":
        return True  # 못 미치다 likewise ("less than half")
    if token.tag == "VCN" and after in ("ᆫ", "ㄴ") and [t.form for t in tokens[i + 2:i + 3]] == ["이상"]:
        return True  # -이 아닌 이상 "unless"
    if token.tag == "VCN" and (after in ("면", "으면") or (after in ("ᆷ", "ㅁ") and tokens[i + 1].tag == "EC")):
        opening = next((k + 1 for k in range(i - 1, -1, -1) if tokens[k].tag in ("SF", "SP")), 0)
        if not any(t.tag.startswith(("N", "V", "X", "J", "M")) for t in tokens[opening:i]):
            return True  # 아니면 / 아님 opening a sentence or clause list: "or (else)", a conjunction
    if token.form == "않" and "지나" in before:
        return True  # 얼마 지나지 않아 "before long"
    if token.form == "않" and before[-2:] == ["그렇", "지"]:
        # 그렇지 않으면 "otherwise", 그렇지 않아도 "as it is", 그렇지 않은 "other": no clause negated; as
        # the predicate of a statement (이번은 그렇지 않다, 그렇지 않았다고 말했다) it denies: "is not"
        k = i + 1
        while k < len(tokens) and tokens[k].tag == "EP":
            k += 1
        ending = tokens[k] if k < len(tokens) else None
        return not (ending is not None and (ending.tag == "EF" or ending.form in _REPORTING_ENDINGS))
    following = [t.form for t in tokens[i + 1:i + 5]]
    if token.form in ("않", "못하", "못", "없") and following[:1] and following[0] in ("도록", "게", "는 한"):
        return True  # -지 않도록/않게/-ㄹ 수 없도록 "so that … not": English reframes it (prevent, keep, hide)
    if token.form in ("않", "못하", "못") and following[:2] == ["는", "한"]:
        return True  # -지 않는 한 "unless"
    if token.form == "없" and any(f in ("정도", "만큼") for f in following[:3]):
        return True  # -ㄹ 수 없을 정도로 "overwhelmingly": an intensifier
    if token.form in ("못", "못하", "않") and "채" in following[:3]:
        return True  # -지 못한 채 "unaware", -지 않은 채 "without"
    if token.form in ("않", "못하") and i >= 2 and tokens[i - 2].tag.startswith(("VA", "XSA")) \
            and not _seems(tokens, i - 2):
        return True  # a negated adjective (좋지 않다, 쉽지 않다): English says the antonym (bad, tough)
    if token.form == "안" and i + 1 < len(tokens) and tokens[i + 1].tag.startswith("VA"):
        return True  # 안 좋다 likewise
    if token.form == "없" and following[:1] and following[0] in ("ᆫ", "는", "던") and i + 2 < len(tokens) \
            and tokens[i + 2].tag.startswith("NN") and tokens[i + 2].form not in ADVERBIAL_NOUNS \
            and _adjectival_eops(tokens, i):
        return True  # -ㄹ 수 없는 + noun: an English adjective (inevitable, inexpressible, compelling);
        # not before a noun of time or condition (-ㄹ 수 없는 경우 "if … cannot"): a negated clause
    if any(t.form == "?" for t in tokens[i + 1:i + 6]):
        return True  # a negative question asserts (더 좋지 않겠어요? "that's better")
    return _fixed_negative(tokens, i)


def _fixed_negative(tokens: list[Morpheme], i: int) -> bool:
    """The negation at ``i`` ends one of :data:`KOREAN_FIXED_NEGATIVES` (morphemes joined)."""
    window = "".join(t.form for t in tokens[max(0, i - 3):i + 1])
    return any(expression in window for expression in KOREAN_FIXED_NEGATIVES)


_EXISTENCE_PARTICLES = frozenset({"이", "가", "은", "는", "도"})
#: endings that report a statement (그렇지 않다고 말했다, 그렇지 않았다며): the clause before them is one
_REPORTING_ENDINGS = frozenset({"다고", "다며", "다면서", "다는", "단", "다고는", "다곤"})
#: bound nouns after a modifier that make it a clause, not an adjective (볼 수 없는 것 "what cannot be seen",
#: 뗄 수가 없던 것이다 "could not tear himself away")
_CLAUSE_NOUNS = frozenset({"것", "거", "게", "바", "데", "줄", "지"})


def _seems(tokens: list[Morpheme], j: int) -> bool:
    """``tokens[j]`` is 같다 after a bound noun (-ㄴ 것 같다, -ㄹ 듯 같다): "seem", "think" — negated
    (관련이 있는 것 같지 않다 "does not seem to", "I don't think") it negates the clause before it,
    not an adjective English would say by its antonym."""
    return tokens[j].form == "같" and j >= 1 and tokens[j - 1].form in ("것", "거", "듯") and tokens[j - 1].tag == "NNB"


def _adjectival_eops(tokens: list[Morpheme], i: int) -> bool:
    """없 at ``i`` modifying the noun after it reads as one English adjective: -ㄹ 수 없는 + noun
    (피할 수 없는 운명 "an inevitable fate") or a noun + 이/가 + 없는 + noun (경험이 없는 사람
    "inexperienced people"). Not -ㄴ 적이 없는 (본 적이 없는 사람 "who has never seen": an experience,
    said with "never"), not before a bound noun (볼 수 없는 것 "what cannot be seen"), and not a
    relative clause with a subject of its own (부모가 찾을 수 없는 곳 "where parents cannot find them")."""
    j = i - 1
    if j >= 1 and tokens[j].tag.startswith("J"):
        j -= 1  # 수가 없는, 적이 없는
    head = tokens[j] if j >= 0 else None
    if head is not None and head.form == "적" and head.tag == "NNB":
        return False
    if head is None or head.form != "수" or head.tag != "NNB":
        return True
    if tokens[i + 2].form in _CLAUSE_NOUNS and tokens[i + 2].tag == "NNB":
        return False
    # back from the verb before -ㄹ 수 through the relative clause's words, to the clause's start
    for k in range(j - 3, max(-1, j - 11), -1):
        if tokens[k].tag in ("SF", "SP", "SS", "EC", "EF", "ETM"):
            break
        if tokens[k].tag == "JKS":
            return False
    return True
#: common Korean adjective stems (XR or VA) with their plain English adjectives, for a negated
#: adjective (안전하지 않다 "not safe") rendered as the bare adjective ("safe"); the gloss list
#: (data/glosses.tsv) is asked first. Written as facts for tqa.
ADJECTIVE_GLOSSES = {
    "안전": ("safe",), "중요": ("important",), "충분": ("enough", "sufficient", "sufficiently"),
    "가능": ("possible",), "필요": ("necessary", "needed", "required"), "분명": ("clear", "clearly"),
    "확실": ("certain", "sure", "clear"), "쉽": ("easy", "easily"), "어렵": ("difficult", "hard"),
    "적절": ("appropriate", "proper", "suitable"), "정확": ("accurate", "exact", "precise"),
    "공정": ("fair",), "안정": ("stable",), "유효": ("valid", "effective"), "익숙": ("familiar", "used to"),
    "흔하": ("common",), "흔": ("common",), "민첩": ("nimble", "agile"), "편리": ("convenient",),
    "건강": ("healthy",), "위험": ("dangerous", "risky"), "정상": ("normal",), "유리": ("favorable", "favourable"),
    "충실": ("faithful",), "효과적": ("effective",), "이상적": ("ideal",), "적합": ("suitable", "fit"), "명확": ("clear",),
    "합리적": ("reasonable", "rational"), "현실적": ("realistic",), "필수적": ("essential",),
    "바람직": ("desirable",), "친절": ("kind", "friendly"), "활발": ("active",), "심각": ("serious",),
    "많": ("many", "much"), "크": ("big", "large", "great"), "좋": ("good",), "같": ("same", "like"),
    "비싸": ("expensive",), "싸": ("cheap",), "빠르": ("fast", "quick", "quickly"), "높": ("high",),
    "강하": ("strong",), "길": ("long",), "멀": ("far",), "무겁": ("heavy",), "깊": ("deep",),
}


def _negated_adjective(tokens: list[Morpheme], i: int) -> tuple[str, ...] | None:
    """The English glosses of the adjective a -지 않다/못하다 or 안 negates, when it does."""
    token = tokens[i]
    if token.form in ("않", "못하") and i >= 2:
        stem = tokens[i - 2]
        if stem.tag == "XSA" and i >= 3:
            stem = tokens[i - 3]
        elif not stem.tag.startswith("VA"):
            return None
    elif token.form == "안" and i + 1 < len(tokens) and tokens[i + 1].tag.startswith("VA"):
        stem = tokens[i + 1]
    else:
        return None
    glosses = ADJECTIVE_GLOSSES.get(stem.form)
    if glosses is None:
        from ..ko.expressions import default_glossary
        from .negation_evidence import predicate_glosses

        table = default_glossary().by_form
        glosses = tuple(table.get(stem.form) or table.get(stem.form + "하") or ())
        # the predicate table's one-word adjectives (복잡하다 "complicated", 행복하다 "happy"), not its nouns
        predicates = predicate_glosses()
        glosses += tuple(gloss for gloss in predicates.get(stem.form + "하다") or predicates.get(stem.form + "다")
                         or predicates.get(stem.form) or () if " " not in gloss and not _NOUN_ENDING.search(gloss)
                         and gloss not in glosses)
    return tuple(glosses) or None


#: endings of English nouns (happiness, safety, danger is left in: the table is read for adjectives only)
_NOUN_ENDING = re.compile(r"(?:ness|ity|ty|ment|tion|sion|ance|ence|cy|ship|dom|ism|er|or)$")


def _says_plainly(english: str, glosses: tuple[str, ...]) -> bool:
    """One of the adjective's glosses stands in the English as a word of its own."""
    return any(re.search(r"(?<![\w-])" + re.escape(g) + r"(?![\w-])", english, re.I) for g in glosses)


#: substrings of the lower-cased text that every match of :data:`_EN_RHETORICAL` holds: each of
#: its alternatives has "no" (not, nothing, none, nowhere, cannot, no.), "never", "n't", "why",
#: "without" ("thout"), "until" ("unt") or "free" ("walk free from"). A text with none of them (two in three) has no match,
#: and these substring tests cost far less than the ~40-branch pattern tried at every position.
#: The keys hold no i, s or k: re.I matches those to ı, ſ and K, which lower() keeps apart.
_RHETORICAL_KEYS = ("no", "never", "n't", "n’t", "why", "thout", "unt", "free")


def rhetorical_spans(text: str) -> list[tuple[int, int]]:
    """Spans of English negation words that deny nothing ("why not", "No. 3", "without doubt");
    a new list each call (callers extend it)."""
    return list(_rhetorical_spans(text))


@lru_cache(maxsize=16384)  # the polarity, direction and negation readers ask again for one text
def _rhetorical_spans(text: str) -> tuple[tuple[int, int], ...]:
    lowered = text.lower()
    if not any(key in lowered for key in _RHETORICAL_KEYS):
        return ()
    return tuple((m.start(), m.end()) for m in _EN_RHETORICAL.finditer(text))


def plain_negations(text: str, rhetorical: list[tuple[int, int]] | None = None) -> list[re.Match]:
    """The grammatical negations of an English text (:data:`EN_GRAMMATICAL_NEGATION`) outside
    its rhetorical ones (``rhetorical``: :func:`rhetorical_spans`, computed when not given)."""
    if rhetorical is None:
        rhetorical = rhetorical_spans(text)
    return [m for m in EN_GRAMMATICAL_NEGATION.finditer(text) if not any(s <= m.start() < e for s, e in rhetorical)]


def _english_negations(text: str) -> tuple[tuple[Negation, ...], bool, tuple[Negation, ...]]:
    """(negations of a clause, a lexical negative or an asserting negation is present, the
    negations that flip the word after them — those of a clause, litotes and counterfactual
    comparatives: "can't be less than 50" is "at least 50")."""
    rhetorical = rhetorical_spans(text)
    counterfactual = [(m.start(), m.end()) for m in _COUNTERFACTUAL.finditer(text)]
    every = tuple(Negation(m.group(), m.start(), m.end()) for m in plain_negations(text, rhetorical))
    found = tuple(n for n in every if not any(s <= n.start < e for s, e in counterfactual))
    rhetorical += counterfactual
    lexical = bool(rhetorical) or bool(EN_LEXICAL.search(text)) or any(
        match.group().lower() not in EN_NOT_NEGATIVE and negating_prefix(match.group().lower())
        for match in EN_PREFIXED.finditer(text))
    # litotes: a negation of a negative word, of better/worse or of a limit ("do not forget", "not
    # disrupted", "not more than 5", "could not have come at a worse time") asserts, it does not deny
    litotes = [n for n in found if _LITOTES.match(text, n.end) or _negated_prefixed(text, n.end)]
    flipping = tuple(n for n in every if n not in found or n in litotes)
    if litotes:
        found = tuple(n for n in found if n not in litotes)
        lexical = True
    titles = [(m.start(), m.end()) for m in _SHORT_QUOTE.finditer(text) if len(m.group(1).split()) <= 4]
    if titles:  # "Eight Don'ts", a song called "Don't Stop": a name, no clause is negated
        kept = tuple(n for n in found if not any(s < n.start < e for s, e in titles))
        lexical = lexical or len(kept) < len(found)
        found = kept
    contrast = [m.start() for m in _CONTRASTIVE_NOT.finditer(text)]
    if contrast:  # "should have read 4.3%, not 4.5%", "in May, not June": a correction or a contrast
        # of two phrases, which Korean says without a negation as often as with one (B가 아니라 A)
        kept = tuple(n for n in found if n.start not in contrast)
        lexical = lexical or len(kept) < len(found)
        found = kept
    until = [m.start() for m in re.finditer(r"\buntil\b|\btill\b", text, re.I)]
    if until:  # "not … until": Korean says it with -어야 (only when), without a negation
        kept = tuple(n for n in found if not any(0 < u - n.end <= 40 for u in until))
        lexical = lexical or len(kept) < len(found)
        found = kept
    return found, lexical, tuple(sorted(found + flipping, key=lambda n: n.start))


#: "not" after a comma before a short verbless phrase that ends the clause ("4.3%, not 4.5%",
#: "in May, not June", "the son, not the father, …"): the contrast of two phrases
_CONTRASTIVE_NOT = re.compile(r"(?<=,\s)not(?=\s+(?!(?:\w+ing|be|is|are|was|were|to|that|only|just|even|yet|so|because"
                              r"|all|every|one|many|much|enough|least|always|once)\b)(?:[\w$£€₩%.'’-]+\s+){0,4}"
                              r"[\w$£€₩%'’-]+\s*(?:[.;:!?,)\"”]|$))", re.I)


#: a short quoted phrase with no sentence punctuation inside: a title or a name
_SHORT_QUOTE = re.compile(r"[\"“‘]([^\"“”‘’.!?,;:]{1,40})[\"”’]")


def _negated_prefixed(text: str, end: int) -> bool:
    """"not unlike", "not disappointed": a negation of a word with a negating prefix."""
    match = _LITOTES_PREFIXED.match(text, end)
    return bool(match) and match.group(1).lower() not in EN_NOT_NEGATIVE and negating_prefix(match.group(1).lower())


@lru_cache(maxsize=65536)
def negating_prefix(word: str) -> bool:
    """un-/in-/dis-… before an English word (unlikely, illegal, disagree): the stem is a
    common word (Zipf ≥ 3) and commoner than the prefixed word. "intended" (tended is rarer),
    "disease" (ease), "incredibly" are no negations; "unsafe", "unable", "disagree" are."""
    from wordfreq import zipf_frequency

    if word.startswith(("discover", "discours", "discuss", "invent", "inflat", "indian", "interest")):
        return False
    if word.startswith("unlikel"):
        return True  # "unlikely": not the listed preposition "unlike" with an ending
    if any(word.startswith(plain) for plain in _EN_NOT_NEGATIVE_STEMS):
        return False  # informing, installed, universities: a listed word with an ending
    if re.match(r"un[a-z]{3,}[ai]ble$", word):
        return True  # unbreakable, unstoppable, unbelievable: "cannot be …"
    for prefix in ("non", "dis", "mis", "un", "in", "im", "il", "ir"):
        if word.startswith(prefix):
            stem = word[len(prefix):].lstrip("-")
            if len(stem) >= 3:
                stem_zipf = zipf_frequency(stem, "en")
                if stem_zipf >= 2.0 and zipf_frequency(word, "en") < stem_zipf + 0.3:
                    return True
    return False


def _quantity_before(tokens: list[Morpheme], index: int) -> bool:
    """A number or 아무/어떤 right before the noun (아무 문제가 없다 "no problem at all" is
    rendered many ways; 2명이 없다 is a count)."""
    window = tokens[max(0, index - 2):index]
    return any(t.tag in ("SN", "NR") or t.form in ("아무", "어떤", "별") for t in window)


#: English negations that are the usual rendering of a Korean word negative by its meaning, when
#: that word is in the source: "not … enough" for 부족하다 / 떨어지다 (too little, of low quality),
#: "take care not to" for a warning with 주의하세요 / 조심하세요. (English pattern, Korean cues.)
_EN_RENDERED_NEGATIONS = tuple((re.compile(pattern, re.I), cues) for pattern, cues in (
    (r"\bnot\s+(?:\w+\s+){0,3}?enough\b|\bnot\s+(?:as|so)\s+(?:many|much)\b",
     ("부족", "모자라", "모자랐", "떨어지", "떨어진", "떨어졌", "미흡", "불충분", "못 미치", "적")),
    (r"\b(?:careful|care|sure|cautious|mindful)\s+not\s+to\b", ("주의", "조심", "유의")),
    # a warning to beware of something said as "don't" (감기 조심하세요 "mind you don't catch a cold")
    (r"\b(?:careful|care|sure|mind|watch|beware)\s+(?:that\s+)?(?:you|we|they|he|she|I|everyone)?\s*"
     r"(?:do\s+not|don['’]t|won['’]t|never)\b", ("조심", "주의하", "주의해", "유의")),
    # a worry whether something will happen said with a negated complement (끝날지 걱정하다 "fear
    # the work may not be done", 올까 봐 "afraid they won't come"): the doubt is the Korean's
    (r"\b(?:fear\w*|afraid|worr\w*|concern\w*|anxious|doubt\w*|wonder\w*|uncertain|unsure|unclear)\b"
     r"[^.;!?]{0,50}?(?:\b(?:not|never)\b|n['’]t\b)",
     ("지 걱정", "지를 걱정", "지 우려", "지 염려", "까 걱정", "까 봐", "까봐", "지 의문", "지 미지수", "지 불투명",
      "지 의심")),
    # a rhetorical question that dismisses (미안하면 다야? "Sorry doesn't cut it", 그게 말이 돼? "That
    # makes no sense"): the Korean asks what the English denies
    (r"\b(?:no|not|never|nothing)\b|n['’]t\b", ("면 다야", "면 다냐", "면 다니?", "면 다예요", "면 다에요", "면 다인가",
                                                 "면 다입니까", "면 단가", "말이 돼?", "말이 되냐", "말이 됩니까",
                                                 "말이 되니")),
    # a prohibition said as a noun (금지 "ban", 금물 "a thing not to do", 불가 "not possible"): "is not
    # allowed", "must not", "no entry"
    (r"\b(?:not|n['’]t)\s+(?:\w+\s+){0,2}?(?:allowed|permitted|possible|accepted|available)\b|"
     r"\b(?:must|should|may)\s*(?:not|n['’]t)\b|\bno\s+(?:entry|access|smoking|parking|swimming|fishing)\b",
     ("금지", "금물", "불가", "불허", "사절")),
    # a request to refrain (자제하다, 삼가다, 지양하다): "not to camp", "do not go"
    (r"\b(?:not|n['’]t)\s+(?:to\s+)?[a-z]+", ("자제", "삼가", "지양")),
    # -어야/-에야 "only then" said with "not … until/before": 빨라야 내년 "not before next year at the
    # earliest", 자정이 넘어서야 "not until after midnight"
    (r"\b(?:not|n['’]t|never)\b[^.;!?]{0,60}?\b(?:until|till|before)\b",
     ("빨라야", "어서야", "아서야", "고서야", "나서야", "에야", "되어야", "돼야", "어야만", "아야만", "비로소")),
    # 모르다 "not know": "had no idea", "didn't know", "never knew", "not sure"
    (r"\b(?:no|little)\s+idea\b|\b(?:not|n['’]t|never)\s+(?:\w+\s+)?(?:know|knew|known|sure|realis\w*|realiz\w*|aware)\b",
     ("모르", "몰랐", "몰라")),
    # 모르게 / 몰래 "without (one's) knowledge", "without noticing"
    (r"\bwithout\s+(?:\w+\s+)?(?:knowledge|knowing|realizing|realising|noticing|being\s+aware)\b",
     ("모르게", "몰래", "모르는 사이")),
))


def rendered_negations(source: str, target: str, negations: tuple[Negation, ...]) -> tuple[Negation, ...]:
    """The English negations that render a Korean word negative by its meaning which the source
    holds (:data:`_EN_RENDERED_NEGATIONS`): the source says that negative itself."""
    spans = [m.span() for pattern, cues in _EN_RENDERED_NEGATIONS if any(cue in source for cue in cues)
             for m in pattern.finditer(target)]
    return tuple(n for n in negations if any(start <= n.start < end for start, end in spans))


#: :data:`_EN_WEAK` with each entry's cues as one pattern of plain alternatives: it finds a
#: match exactly when one of the cues is a substring of the source, in one scan of the source
#: instead of one per cue (the first entry has 145)
_EN_WEAK_CUED = tuple((pattern, re.compile("|".join(map(re.escape, cues)))) for pattern, cues in _EN_WEAK)


def weak_negative_starts(source: str, text: str) -> set[int]:
    """Where the English words of :func:`weak_negative` begin in ``text`` (their cue in ``source``)."""
    return set(weak_negative_cues(source, text))


def weak_negative_cues(source: str, text: str) -> dict[int, list[tuple[int, int]]]:
    """Where the words of :func:`weak_negative` begin in ``text``, each with the spans in
    ``source`` of the Korean cues that license it ("constant" with 끊이지 않)."""
    found: dict[int, list[tuple[int, int]]] = {}
    for pattern, cues in _EN_WEAK_CUED:
        spans = [match.span() for match in cues.finditer(source)]
        if spans:
            for match in pattern.finditer(text):
                found.setdefault(match.start(), []).extend(spans)
    return found


def weak_negative(source: str, target: str) -> bool:
    """An English word that renders a Korean negation only with a Korean cue, and the cue."""
    # the Korean cue first: most sources hold none, and the English pattern is the dearer test
    return any(cues.search(source) and pattern.search(target) for pattern, cues in _EN_WEAK_CUED)


_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’´ʼ`][A-Za-z]+)?")


_APOSTROPHE = re.compile(r"['’´ʼ`]")


def _apostrophes(text: str) -> str:
    """A word with every apostrophe-like mark written ' and in lower case (don´t = don't)."""
    return _APOSTROPHE.sub("'", text).lower()


def copied_negations(source: str, target: str, negations: tuple[Negation, ...]) -> tuple[Negation, ...]:
    """The English negations whose word, with the word before or after it, the Korean
    carries verbatim in Latin script: a title, a slogan or a quoted English phrase left
    untranslated ("Don't Stop" in both lines). The source says that negation itself; it is
    neither added nor a flip."""
    if not _LATIN.search(source):
        return ()
    bigrams = set()
    for run in _LATIN_RUN.finditer(source):
        run_words = [_apostrophes(w.group()) for w in _LATIN_WORD.finditer(run.group())]
        bigrams.update(zip(run_words, run_words[1:]))
    if not bigrams:
        return ()
    words = [_apostrophes(w.group()) for w in _LATIN_WORD.finditer(target)]
    spans = [(w.start(), w.end()) for w in _LATIN_WORD.finditer(target)]
    copied = []
    for negation in negations:
        index = next((i for i, (start, end) in enumerate(spans) if start <= negation.start < end), None)
        if index is None:
            continue
        if (index and (words[index - 1], words[index]) in bigrams) or \
                (index + 1 < len(words) and (words[index], words[index + 1]) in bigrams):
            copied.append(negation)
    return tuple(copied)


#: a stretch of Latin-script words in a Korean line (no Hangul inside)
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’´ʼ`\s,.!?:&-]*[A-Za-z]")
_LATIN = re.compile(r"[A-Za-z]")


def negative_idiom(source: str) -> bool:
    """The source holds an idiom of the calque lexicon whose meaning negates (입이 가볍다 "can't
    keep a secret", 손을 놓다 "stop working on; give up"): English says the idiom with a negation
    the Korean words lack. Read only where an English negation has no Korean one to account
    for it."""
    return bool(_negative_idioms().find(source))


@per_analyser(maxsize=4)
def _negative_idioms():
    """The calque lexicon's idioms whose meaning negates (some 360 of its entries), as a lexicon
    of their own: matching them is cheaper than matching the whole lexicon again."""
    from ..ko.expressions import Lexicon, default_lexicon

    return Lexicon([expression for expression in default_lexicon().expressions
                    if expression.meaning and (EN_GRAMMATICAL_NEGATION.search(expression.meaning)
                                               or _IDIOM_NEGATIVE_MEANING.search(expression.meaning))])


#: meanings that negate beyond a grammatical negation (the idiom's meaning only: its renderings
#: list images and near senses — "zero sum", "declin*" — that negate nothing)
_IDIOM_NEGATIVE_MEANING = re.compile(r"\b(?:give\s+up|nothing|never|nobody|no\s+one|none|neither|nor|unable|"
                                     r"fail(?:s|ed)?\s+to|refuse|lack|without)\b", re.I)


#: a Korean superlative: 가장/제일 (most), 최고·최대·최장·최다 … (the highest, largest, longest, most)
_SUPERLATIVE_KO = re.compile(r"가장|제일|최고|최대|최장|최다|최초|최강|최상|최저|최소|최단|유일")
#: an English negated comparison that states a superlative: "No other monarch reigned as long",
#: "no one has ever scored more", "nothing sells better", "never been higher"
_NO_OTHER_COMPARED = re.compile(r"(?i:no\s+other|no\s+one\s+else|nobody\s+else|nothing\s+else|none\s+other|"
                                r"no\s+(?:one|body|thing)|nothing|never)\b(?=[^.;!?]{0,60}\b(?:as|so|more|longer|"
                                r"higher|bigger|larger|better|greater|earlier|older|faster|\w+er\s+than)\b)")


def read_polarity(source: str, target: str) -> PairPolarity:
    korean, korean_lexical, adjectives = _korean_negations(source)
    english, english_lexical, flipping = _english_negations(target)
    if english and not korean and not korean_lexical and negative_idiom(source):
        # "he can't keep a secret" for 입이 가볍다: the idiom's own negation; a second English
        # negation beside it is still read against the Korean's other words
        korean_lexical = True
        if len(english) == 1:
            english, flipping, english_lexical = (), tuple(n for n in flipping if n not in english), True
    if not korean and korean_lexical and (english or flipping) \
            and _negates_the_negative_word(source, target, english or flipping):
        # 혐의를 부인했다 → "did not deny the charges" (read as litotes), 거절했다 → "did not refuse":
        # the English negates the Korean's negative word itself
        english, korean_lexical = english or flipping, False
    if english and _SUPERLATIVE_KO.search(source):
        # 가장 긴 재위 기간 → "No other monarch reigned as long": a superlative said as a negated comparison
        compared = tuple(n for n in english if _NO_OTHER_COMPARED.match(target, n.start))
        if compared:
            english = tuple(n for n in english if n not in compared)
            flipping = tuple(n for n in flipping if n not in compared)
            english_lexical = True
    copied = copied_negations(source, target, english) + rendered_negations(source, target, english)
    if copied:  # "Don't Go …" kept in Latin letters in the Korean, "not … enough" for 부족: the source says it too
        english = tuple(n for n in english if n not in copied)
        flipping = tuple(n for n in flipping if n not in copied)
        english_lexical = True
    if adjectives:
        # a negated adjective whose plain English adjective stands: 안전하지 않다 → "safe" (no English
        # negation: a flip), or → "not safe" (a negation the English renders, counted like the others,
        # so that another negation dropped beside it shows)
        korean = korean + tuple(negation for negation, glosses in adjectives if (
            _says_plainly(target, glosses) if glosses is not None else _purpose_rendered(source, target, negation)))
    english_lexical = english_lexical or weak_negative(source, target)
    if korean and not english and english_lexical and not copied and _lexical_renders_negated(source, target, korean):
        english_lexical = False  # 막지 못했다 → "stopped": the negative word is the negated word, un-negated
    return PairPolarity(korean, korean_lexical, english, english_lexical, flipping)


#: an English negation and the word it governs, up to two words on ("did not deny", "never refused")
_NEGATED_NEXT = re.compile(r"(?:\s+(?:even|ever|once|really|actually|fully|entirely))?\s+(?P<w>[A-Za-z]+)")


def _negates_the_negative_word(source: str, target: str, english: tuple[Negation, ...]) -> bool:
    """Every English negation governs a negative word (:data:`EN_LEXICAL`: deny, refuse, reject …)
    that renders a negative word of the Korean by the gloss tables (부인하다 "deny", 거부하다
    "refuse") which no Korean negation negates: the English says "not deny" where the Korean
    says "deny" — a negation added, not a negative restated."""
    from .literal import english_stem
    from .negation_evidence import head_gloss_stems

    stems = {stem for token in morphemes(source) if token.form in KOREAN_LEXICAL_NEGATIVES
             for stem in head_gloss_stems(token.form)}
    if not stems:
        return False
    for negation in english:
        following = _NEGATED_NEXT.match(target, negation.end)
        if following is None and target[negation.end:negation.end + 1].isalpha():
            continue
        if following is None or not EN_LEXICAL.fullmatch(following["w"]) \
                or english_stem(following["w"]) not in stems:
            return False
    return True


def _lexical_renders_negated(source: str, target: str, korean: tuple[Negation, ...]) -> bool:
    """Every English lexical negative is a rendering of a word a Korean negation negates, by the gloss
    tables (막지 못했다 → "stopped", 거부하지 않았다 → "rejected", 실패하지 않을 것 → "will fail"): the
    English says that word without the negation, and its negative meaning is the word's own, not the
    Korean negation's. Only where the English has no negation, rhetorical or litotes of any kind,
    no negating prefix (a rendering such as "unstoppable" holds the negation) and no word that
    renders a negation with a Korean cue."""
    if EN_GRAMMATICAL_NEGATION.search(target) or rhetorical_spans(target) or _COUNTERFACTUAL.search(target) \
            or weak_negative(source, target) or negative_idiom(source) or _LIMIT_WORDS.search(target):
        return False  # (동의 없이 취소할 수 없다 "may be cancelled only with consent": a limit says it)
    if any(match.group().lower() not in EN_NOT_NEGATIVE and negating_prefix(match.group().lower())
           for match in EN_PREFIXED.finditer(target)):
        return False
    from .literal import english_stem
    from .negation_evidence import head_gloss_stems, negated_predicates, rendering_negatives

    renderings = {stem for _, word in negated_predicates(source, korean) for stem in head_gloss_stems(word.form)}
    matches = list(EN_LEXICAL.finditer(target))
    others = rendering_negatives(source, target, korean)  # "resistance" for 저항: another word's rendering
    rendered = [match for match in matches if match.start() not in others]
    return bool(rendered) and all(
        (words := re.findall(r"[A-Za-z]+", match.group())) and len(words) == 1
        and not _NEGATING_AFFIX.search(match.group()) and english_stem(words[0]) in renderings for match in rendered)


#: limit words that say a double negation (없이 … 수 없다 "only with", -지 않는 한 "unless")
_LIMIT_WORDS = re.compile(r"\b(?:only|unless|except|until|till)\b", re.I)
#: a negating affix inside a lexical negative ("colourless", "non-stick", "un-American"): the word
#: holds the negation, it does not drop it
_NEGATING_AFFIX = re.compile(r"less(?:ly|ness)?$|^(?:non|un|anti)-", re.I)


@analyser("polarity", requires=("korean",))
def analyse_polarity(document, context) -> list[PairPolarity]:
    """The negations of both sides of every pair, in link order."""
    return per_pair(document, read_polarity)
