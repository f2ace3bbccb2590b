"""Names and recurring terms in Korean text.

:func:`find_names` returns the :class:`KoName` mentions of one text:

* ``person`` — a Korean personal name (kiwipiepy NNP, a known surname, a 1–2 syllable
  given name) backed by a title or honorific within the next few words (조한범 통일연구원
  선임연구위원, 홍길동 씨, North Korean 박의철 외무상). Without a title a mention is still
  reported, with ``titled=False``; checks decide how much to trust it. A three-syllable
  name the analyser splits (정민/호, 박/의/철 with 의 read as a particle) is recovered
  when a title follows.
* ``surname`` — a surname standing for a person already named, followed by a title
  (위 전 대사는, 차 수석연구위원은, 김 위원장).
* ``foreign`` — a foreign name written in Hangul (푸틴, 블라디보스토크): an NNP that is
  neither a Korean personal name, nor a known exonym, nor an organisation.
* ``country`` — a country or region with a fixed English name (북한, 러시아), from
  :data:`EXONYMS`.
* ``org`` — an NNP ending in an organisation suffix (아산정책연구원, 통일부).
* ``abbrev`` — a country-abbreviation compound (한미일, 북중러, 한중): each syllable
  stands for a country (:data:`ABBREVIATIONS`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .analyser import current, morphemes, per_analyser
from .romanize import TWO_SYLLABLE_SURNAMES, is_hangul_syllable, surname_variants_table

#: Titles and honorifics that follow a name (longest first when matching).
TITLES = tuple(sorted(set("""
대통령 부통령 총리 부총리 장관 차관 대사 공사 영사 위원장 부위원장 국무위원장 의장 부의장 의원 대표 총재 부총재 회장 부회장
사장 부사장 교수 부교수 명예교수 연구위원 선임연구위원 수석연구위원 책임연구위원 연구원 선임연구원 수석연구원 연구관
박사 씨 기자 특파원 대변인 국장 실장 부장 차장 과장 청장 처장 원장 부원장 소장 센터장 이사장 이사 총장 학장
감독 코치 선수 작가 변호사 검사 판사 검사장 검찰총장 지사 도지사 시장 군수 구청장 위원 교사 목사 신부 스님 장군
여사 선생 선생님 님 수석 비서관 비서실장 보좌관 특보 고문 국왕 총통 주석 서기장 최고경영자 대주교 추기경 교황 사령관
참모총장 합참의장 전무 상무 대법원장 헌법재판소장 지검장 경찰청장 단장 팀장 본부장 주임 애널리스트 이코노미스트
외무상 국방상 무력상 부상 부부장 총비서 제1비서 제1부위원장 내각총리 사무총장 총장 대변인 상임위원장
치안총감 치안정감 치안감 경무관 총경 경정 경감 경위 경사 경장 순경 형사 수사관 조사관 감독관 반장
중장 준장 대령 중령 소령 대위 중위 소위 원사 중사 하사 병장 상병 제독 준위
부장검사 차장검사 재판장 부장판사 교육감 총영사 주무관 사무관 서기관 부이사관 이사관 경호관
간호사 약사 회계사 세무사 노무사 변리사 앵커 셰프 PD 피디 아나운서 캐스터 해설위원
소방관 경찰관 교장 교감 군 양
배우 가수 화가 소설가 시인
""".split()), key=len, reverse=True))

#: Syllables common in Korean given names (a fact list). A foreign name written in Hangul
#: (무알렘, 로스) or a common noun (공화당, 사리풀) seldom has all its "given" syllables here.
GIVEN_NAME_SYLLABLES = frozenset("""
가 각 간 갑 강 개 건 걸 검 겸 경 계 고 곤 공 관 광 교 구 국 군 권 규 균 근 금 기 길 나 낙 난 남 내 녀 년 노 농 뇌 늘 다 단 달 담 대 덕 도 돈 동 두 득 란 람 랑 래 량 려 력 련 렬 렴
령 례 록 론 룡 류 륜 률 륭 름 릉 리 린 림 만 말 매 맹 면 명 목 몽 묘 문 물 미 민 밀 박 반 발 방 배 백 번 범 법 벽 변 별 병 보 복 본 봉 분 빈 빛 산 삼 상 새 샘 생 서 석 선 설 섬 섭
성 세 소 솔 송 수 숙 순 술 숭 슬 승 시 식 신 실 심 아 안 암 애 야 양 어 억 언 엄 업 여 역 연 열 염 엽 영 예 오 옥 온 완 왕 요 용 우 욱 운 울 웅 원 월 위 유 육 윤 율 융 은 을 음
읍 응 의 이 익 인 일 임 입 자 작 잔 잠 장 재 저 적 전 점 정 제 조 족 존 종 좌 주 죽 준 중 즙 증 지 직 진 질 집 징 차 찬 찰 참 창 채 처 척 천 철 첨 청 초 촌 총 최 추 축 춘 출 충 취
락 견 탑 치 칠 침 쾌 탁 탄 태 택 통 판 팔 패 평 포 표 필 하 학 한 함 항 해 핵 행 향 허 헌 혁 현 협 형 혜 호 혼 홍 화 확 환 활 황 회 효 후 훈 휘 휴 흠 흥 희 힘 결 봄 솜 초 늘 들 슬
라 루 로 비 니 누
""".split())

#: Last syllables of institutions that otherwise look like names (백악관, 공화당, 경복궁;
#: 고려대, 연세대: 대 is the short form of 대학/대학교, rare at the end of a given name).
_INSTITUTION_ENDINGS = frozenset("관 당 궁 회 단 청 처 국 원장 사 대".split())

#: Korean words for countries and regions with a fixed English name → accepted renderings.
EXONYMS = {
    "한국": ["South Korea", "Korea", "ROK", "Seoul", "Korean"],
    "대한민국": ["Republic of Korea", "South Korea", "Korea", "ROK"],
    "남한": ["South Korea", "the South"],
    "북한": ["North Korea", "DPRK", "Pyongyang", "the North", "North Korean"],
    "조선": ["Joseon", "Chosun", "Korea", "DPRK"],
    "미국": ["United States", "US", "U.S.", "America", "American", "Washington", "USA"],
    "중국": ["China", "Chinese", "Beijing", "PRC"],
    "일본": ["Japan", "Japanese", "Tokyo"],
    "러시아": ["Russia", "Russian", "Moscow"],
    "우크라이나": ["Ukraine", "Ukrainian", "Kyiv", "Kiev"],
    "영국": ["United Kingdom", "UK", "U.K.", "Britain", "British", "England", "London"],
    "독일": ["Germany", "German", "Berlin"],
    "프랑스": ["France", "French", "Paris"],
    "대만": ["Taiwan", "Taiwanese", "Taipei"],
    "유럽": ["Europe", "European", "EU"],
    "인도": ["India", "Indian"],
    "호주": ["Australia", "Australian"],
    "태국": ["Thailand", "Thai"],
    "몽골": ["Mongolia", "Mongolian"],
    "서울": ["Seoul"],
    "평양": ["Pyongyang"],
    "동북아": ["Northeast Asia", "Northeast Asian"],
    "한반도": ["Korean Peninsula", "Korean peninsula", "peninsula"],
    "남아공": ["South Africa", "South African"],
    "베트남": ["Vietnam", "Vietnamese", "Viet Nam", "Hanoi"],
    "필리핀": ["Philippines", "Philippine", "Filipino", "Manila"],
    "인도네시아": ["Indonesia", "Indonesian", "Jakarta"],
    "싱가포르": ["Singapore", "Singaporean"],
    "캐나다": ["Canada", "Canadian", "Ottawa"],
    "이스라엘": ["Israel", "Israeli"],
    "이란": ["Iran", "Iranian", "Tehran"],
    "남아프리카공화국": ["South Africa", "Republic of South Africa"],
    "중동": ["Middle East"],
    "동남아": ["Southeast Asia"],
}

#: One-syllable abbreviations of countries used in compounds (한미일 = Korea–US–Japan).
ABBREVIATIONS = {
    "한": ["South Korea", "Korea", "ROK", "Seoul"],
    "미": ["United States", "US", "U.S.", "America", "Washington"],
    "일": ["Japan", "Tokyo"],
    "중": ["China", "Beijing"],
    "러": ["Russia", "Moscow"],
    "북": ["North Korea", "DPRK", "Pyongyang", "North"],
    "남": ["South Korea", "South", "Seoul"],
    "영": ["UK", "U.K.", "Britain", "United Kingdom"],
    "독": ["Germany", "Berlin"],
    "불": ["France", "Paris"],
    "호": ["Australia"],
    "인": ["India"],
    "우": ["Ukraine", "Kyiv"],
    "몽": ["Mongolia"],
    "대": ["Taiwan"],
}
#: Words made only of abbreviation syllables that are ordinary words, not compounds.
_NOT_ABBREVIATIONS = frozenset("""
북한 남한 호남 영남 일일 미미 중중 남남 한한 인인 대대 중대 대중 일대 대일 중일 한일 한대 대한 인중 중인 일인 인일
남대 대남 북대 대북 미인 인미 남미 중남미 독일 불한 우리 영미 영일 일영 미대 대미 불교 우대 대우 호인 인호 한인 일중
""".split()) - {"한일", "중일", "대북", "대남", "대미", "대일", "일중", "영미"}
#: Nouns that may directly follow a compound (한미일 정상회담, 북러관계 …).
_COMPOUND_FOLLOWERS = ("관계", "정상", "동맹", "공조", "협력", "연합", "훈련", "회담", "대립", "간", "무역", "안보",
                       "외교", "군사", "구도", "진영", "체제", "밀착", "협의", "전쟁", "갈등", "연대", "삼각", "국경")

ORG_SUFFIXES = ("대학교", "대학", "대", "연구원", "연구소", "위원회", "재단", "협회", "학회", "은행", "공사", "공단",
                "그룹", "전자", "일보", "신문", "방송", "통신", "기구", "정부", "부", "청", "처", "원", "당", "군", "사",
                # companies by their trade (한국투자증권, 삼성생명, 현대중공업 …)
                "증권", "생명", "화재", "보험", "카드", "캐피탈", "자산운용", "홀딩스", "제약", "건설", "중공업",
                "해운", "항공", "텔레콤", "화학", "물산", "상사", "식품", "백화점", "병원", "금융", "엔터테인먼트",
                "자동차", "철강", "전력", "반도체", "바이오", "로직스", "케미칼", "케미컬", "에너지", "모터스",
                "테크", "솔루션", "시스템즈", "네트웍스", "산업", "공업", "제철", "제당", "유업", "물류", "리테일",
                # schools (한빛고등학교)
                "고등학교", "중학교", "초등학교", "학교")

def org_name_stem(org: str) -> str | None:
    """The proper name an organisation's name begins with, before the word for its kind
    (새빛은행 → 새빛, 한솔전자 → 한솔, 한빛고등학교 → 한빛): two Hangul syllables or more that are no
    country, ministry or title; None otherwise (통일부, 한국은행, 고등학교)."""
    suffix = max((s for s in ORG_SUFFIXES if org.endswith(s)), key=len, default="")
    stem = org[:len(org) - len(suffix)]
    if not suffix or len(stem) < 2 or not all(is_hangul_syllable(c) for c in stem):
        return None
    if stem in EXONYMS or stem in MINISTRY_STEMS or stem.endswith(ORG_SUFFIXES) or stem in TITLES:
        return None
    return stem


#: Suffixes that make a whole word an organisation even when the analyser splits it (통일연구원).
STRONG_ORG_SUFFIXES = ("연구원", "연구소", "위원회", "대학교", "재단", "협회", "은행", "공사", "공단", "연구센터")
#: Government ministries (통일부, 외교부 …): stems before 부.
MINISTRY_STEMS = frozenset("""
통일 외교 국방 법무 행정안전 기획재정 산업통상자원 보건복지 고용노동 국토교통 해양수산 환경 교육 문화체육관광
농림축산식품 여성가족 과학기술정보통신 중소벤처기업 국가보훈 외무 재무 재정경제 내무 노동 건설교통
""".split())

_PARTICLE = ("(?:은|는|이|가|을|를|의|에|에서|에게|께서|과|와|도|만|로|으로|이라|라|이며|며|이자|이던|인|께|한테|"
             "보다|처럼|부터|까지|조차|마저|이나|나|이고|고|이었다|였다|이다|다)")
#: a title word: the title, then perhaps a noun of the person's side (교수팀 "the professor's
#: team", 의원실, 감독측; not 대표팀, the national team) and up to two particles (선수에게는,
#: 감독으로서는)
_TITLE_WORD = re.compile(r"^[\w·]*?(" + "|".join(TITLES) + r")(?:(?<!대표)(?:팀|측|실))?(?:" + _PARTICLE
                         + r"|으로서|로서|에게서|한테서){0,2}[\W]*$")
#: a title written onto the end of a name (김정은씨, 홍길동님은)
_TITLE_ATTACHED = re.compile(r"(" + "|".join(TITLES) + r")" + _PARTICLE + r"?(?=\W|$)")
_FORMER = {"전", "前", "현", "現", "신임", "당시"}
#: one-syllable honorifics that are a title only as the word right after the name (김민준 군, 이서연
#: 양); at the end of another word they are its syllable (시군 "cities and counties", 태평양)
_BARE_HONORIFICS = frozenset({"군", "양"})


@dataclass(frozen=True)
class KoName:
    """One mention of a name or term in a Korean text (offsets into that text)."""

    text: str
    start: int
    end: int
    kind: str
    title: str = ""
    titled: bool = False
    #: for ``abbrev``: the countries each syllable stands for, in order
    parts: tuple[str, ...] = field(default=())
    #: a surname the analyser did not read as a name (이 선수 is "this player" or "Lee, the
    #: player"; 석/MM "three", 사공/NNG "boatman"; 남궁/NNP read as a foreign word): a mention of
    #: a person only where the document names a person of that surname the title or honorific
    #: refers back to (the names analysis decides)
    unconfirmed: bool = False


def split_korean_name(name: str) -> tuple[str, str] | None:
    """(surname, given) when ``name`` looks like a Korean personal name, else None."""
    if not name or not all(is_hangul_syllable(c) for c in name):
        return None
    if len(name) in (3, 4) and name[:2] in TWO_SYLLABLE_SURNAMES:
        surname, given = name[:2], name[2:]
    elif len(name) in (2, 3) and name[0] in surname_variants_table():
        surname, given = name[0], name[1:]
    else:
        return None
    if not all(s in GIVEN_NAME_SYLLABLES for s in given) or given[-1] in _INSTITUTION_ENDINGS:
        return None
    return surname, given


#: Last syllables of administrative districts (시 city, 군 county, 구 district, 도 province …)
_DISTRICT_ENDINGS = "시군구도읍면동"


def heads_place(form: str, title: str) -> bool:
    """A district followed by the title of its head is a place, not a person: 강남구 구청장,
    부산시 시장, 경기도 (도)지사 — the title starts with the district's last syllable."""
    return bool(title) and form[-1:] in _DISTRICT_ENDINGS and (
        title.startswith(form[-1]) or (form.endswith("도") and title == "지사"))


def is_title(word: str) -> bool:
    """A title or honorific (대변인, 수석연구위원), also with a rank or tenure prefix
    (부대변인, 전 장관 written as one word): a post, not a term to be rendered alike."""
    if word in TITLES:
        return True
    return any(word.startswith(prefix) and word[len(prefix):] in TITLES for prefix in _TITLE_PREFIXES)


def is_post(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a post rather than a term: a title (:func:`is_title`), or a
    compound ending in the title of a person named right before it (박서연 외교부대변인:
    the spokesperson's post; 외교부대변인 with no name before it stays a term)."""
    word = text[start:end]
    if is_title(word):
        return True
    for name in find_names(text):
        if name.kind in ("person", "surname") and name.title and name.end <= start \
                and word.endswith(name.title) and len(text[name.end:start].split()) <= 1:
            return True
    return False


_TITLE_PREFIXES = ("수석", "선임", "책임", "상임", "부", "전", "前", "현", "신임", "초대", "명예", "공동", "대표", "수행")


def _words_after(text: str, end: int, limit: int = 4) -> list[tuple[int, int, str]]:
    words = []
    for match in re.finditer(r"\S+", text[end:]):
        words.append((end + match.start(), end + match.end(), match.group()))
        if len(words) == limit:
            break
    return words


def _tokens_starting(tokens, low: int, high: int) -> list:
    """The tokens whose start lies in [low, high), in order.

    A binary search over the start offsets, kept for the last token sequence (the name
    finder asks many times about one text); a linear scan when they are out of order."""
    korean = current()  # the run's analyser keeps the last sequence and its start offsets
    last = korean.recent("tokens_starting")
    if last is None or last[0] is not tokens:
        starts = [t.start for t in tokens]
        ordered = all(a <= b for a, b in zip(starts, starts[1:])) and all(t.start <= t.end for t in tokens)
        last = (tokens, starts if ordered else None)
        korean.remember_recent("tokens_starting", last)
    starts = last[1]
    if starts is None:
        return [t for t in tokens if low <= t.start < high]
    return list(tokens[bisect_left(starts, low):bisect_left(starts, high)])


def _is_bare_noun_word(word: str, start: int, end: int, tokens) -> bool:
    inside = [t for t in _tokens_starting(tokens, start, end + 1) if t.end <= end]
    return bool(inside) and all(t.tag.startswith(("NN", "MM", "SL", "SN", "XPN", "XSN", "SH")) for t in inside)


def title_after(text: str, end: int, tokens=None) -> str:
    """The title or honorific following a name that ends at ``end`` ('' if none).

    The title may sit in the name's own word (김정은씨), in the next word, or after up
    to three bare nouns (전, 주러시아, 통일연구원)."""
    tokens = tokens if tokens is not None else morphemes(text)
    attached = _TITLE_ATTACHED.match(text, end)
    if attached and attached.group(1) in ("씨", "님"):
        return attached.group(1)
    if end < len(text) and not text[end].isspace():
        return ""
    words = _words_after(text, end)
    for index, (w_start, w_end, word) in enumerate(words):
        match = _TITLE_WORD.match(word)
        if match and match.group(1) in _BARE_HONORIFICS and (index > 0 or match.start(1) > 0):
            return ""  # 군, 양 stand as a word of their own right after the name (김민준 군): 동해안 6개 시군 has none
        if match:
            # 통일연구원 선임연구위원은: a bare title-like noun followed by a title is an affiliation
            if word.endswith(match.group(1)) and index + 1 < len(words) and _TITLE_WORD.match(words[index + 1][2]):
                continue
            return match.group(1)
        if word in _FORMER:
            continue
        if index >= 3 or not _is_bare_noun_word(word, w_start, w_end, tokens):
            return ""
    return ""


_TITLE_BEFORE = re.compile(r"(?:^|\s)[\w·]*?(" + "|".join(TITLES) + r")\s+$")


def title_before(text: str, start: int) -> str:
    """The title in the word right before a name starting at ``start`` ('' if none):
    외교부 장관 이준호는 → 장관. The word must end with the title (장관을 만난 이준호 → '')."""
    match = _TITLE_BEFORE.search(text[max(0, start - 30):start])
    return match.group(1) if match else ""


def _abbreviation_compounds(text: str) -> list[KoName]:
    found = []
    letters = "".join(ABBREVIATIONS)
    for match in re.finditer(rf"(?<![\w])([{letters}]{{2,4}})(?=(\W|$|{_PARTICLE}(?:\W|$)|{'|'.join(_COMPOUND_FOLLOWERS)}))",
                             text):
        compound = match.group(1)
        if compound in _NOT_ABBREVIATIONS or len(set(compound)) != len(compound):
            continue
        parts = tuple(compound)
        found.append(KoName(compound, match.start(1), match.end(1), "abbrev", parts=parts))
    return found


_ORG_WORD = re.compile(r"(?<![\w])([가-힣]{2,}?(?:" + "|".join(STRONG_ORG_SUFFIXES) + r")|(?:"
                       + "|".join(sorted(MINISTRY_STEMS, key=len, reverse=True)) + r")부)(?=" + _PARTICLE
                       + r"?(?:\W|$))")


def _word_orgs(text: str) -> list[KoName]:
    """Organisation names that fill a word (통일연구원은, 통일부의), however the analyser splits them."""
    return [KoName(m.group(1), m.start(1), m.end(1), "org") for m in _ORG_WORD.finditer(text)
            if len(m.group(1)) >= 3 and m.group(1) not in TITLES]


def _is_abbreviation(word: str) -> bool:
    return word not in _NOT_ABBREVIATIONS and len(set(word)) == len(word) and all(c in ABBREVIATIONS for c in word)


#: the tags of the pieces the analyser breaks an unknown name into: nouns, and syllables read
#: as a numeral or determiner (박지/NNP 현/MM, 백/NR 승/NNB 우/NNG)
_NAME_FRAGMENT_TAGS = ("NN", "NR", "MM")


def _split_persons(text: str, tokens) -> list[KoName]:
    """Three-syllable names the analyser split (정민호 → 정민/NNP + 호/NNG, 차민준 → 차/민/준,
    박의철 → 박/NNP 의/JKG 철/NNG, 차관 이서진 → 이/MM 서진/NNG, 박지현 차관 → 박지/NNP 현/MM,
    백승우 → 백/NR 승/NNB 우/NNG), when a title follows or directly precedes."""
    found = []
    for match in re.finditer(r"(?<![\w가-힣])([가-힣]{3})(?=" + _PARTICLE + r"?\s)", text):
        start, end = match.span(1)
        inside = _tokens_starting(tokens, start, end)
        # a middle syllable read as a particle (박/NNP 의/JKG 철/NNG) is still part of the name
        if len(inside) < 2 or not inside[-1].tag.startswith(_NAME_FRAGMENT_TAGS) or inside[-1].end != end or \
                not all(t.tag.startswith(_NAME_FRAGMENT_TAGS) or (t.tag.startswith("J") and 0 < i < len(inside) - 1)
                        for i, t in enumerate(inside)):
            continue
        title = title_after(text, end, tokens) or title_before(text, start)
        if not title or not split_korean_name(match.group(1)) or heads_place(match.group(1), title):
            continue
        # the analyser either saw a name at the start (정민/NNP 호), broke an unknown word into
        # single syllables (차/민/준), or read the surname as a determiner (이/MM 서진) after a
        # title: all are how it treats names it does not know
        if inside[0].tag == "NNP" or all(t.end - t.start == 1 for t in inside) or \
                (inside[0].tag == "MM" and title_before(text, start)):
            found.append(KoName(match.group(1), start, end, "person", title, True))
    return found


#: surnames that are also a determiner (이 "this", 한 "one"); 그/저 are no surnames
_DETERMINER_SURNAMES = ("이", "한")

#: one-syllable surnames that before a title are more often a numeral, determiner or prefix
#: (두 변호사 "the two lawyers", 전 의원 "the former lawmaker", 모 교수 "a professor", 각 위원 "each
#: member", 여 교사 "a woman teacher", 시 의원 "a city councillor", 고 선수 "the late player",
#: 주 코치 "the head coach", 신 회장 "the new chairman"): never read as a surname the analyser missed
_PREFIX_LIKE = frozenset("두 전 현 모 각 동 수 온 여 남 구 시 도 군 부 본 고 주 총 소 대 신 반 연 무 피 예 어 나 로".split())


def _unread_surnames(text: str, tokens, names: list[KoName]) -> list[KoName]:
    """A surname standing as a word of its own right before a title word, which the analyser
    did not read as a name: 이/MM or 한/MM (이 선수는: "this player" or the surname of a player
    named before), a surname read as a numeral or a common noun (석/MM 변호사, 오 소방관, 사공/NNG
    코치, 서문/NNG 변호사) and a two-syllable surname read as one proper noun (남궁/NNP 감독, 선우/NNP
    대표). Marked ``unconfirmed``: the names analysis keeps it only where the document names a
    person of that surname it refers back to (석지훈 변호사 … 석 변호사는)."""
    found = []
    for match in re.finditer(r"(?<![^\s\"'“‘(])([가-힣]{1,2}) (?=(\S+))", text):
        surname, word = match.group(1), match.group(2)
        start, end = match.span(1)
        if len(surname) == 2:
            if surname not in TWO_SYLLABLE_SURNAMES:
                continue
        elif surname not in surname_variants_table() or (surname in _PREFIX_LIKE and surname not in
                                                          _DETERMINER_SURNAMES):
            continue
        title = _TITLE_WORD.match(word)
        if not title or not word.startswith(title.group(1)) or title.group(1) in _BARE_HONORIFICS:
            continue
        if surname in _DETERMINER_SURNAMES and len(surname) == 1:
            inside = _tokens_starting(tokens, start, end)
            if not inside or inside[0].tag != "MM":
                continue  # 이/한 read otherwise (a particle, a noun) are found as names or are not names
        if any(n.start < end and start < n.end and not (n.kind in ("person", "foreign") and n.text == surname
                                                         and len(surname) == 2) for n in names):
            continue  # read as a name already (a compound surname read as a person or a foreign word is replaced)
        found.append(KoName(surname, start, end, "surname", title.group(1), True, unconfirmed=True))
    return found


def _nnp_runs(tokens) -> list[list]:
    """Runs of adjacent Hangul NNP morphemes (a run continues across one space)."""
    runs: list[list] = []
    for token in tokens:
        if token.tag != "NNP" or not all(is_hangul_syllable(c) for c in token.form):
            continue
        if runs and token.start - runs[-1][-1].end in (0, 1):
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _classify(form: str) -> str:
    if form in EXONYMS:
        return "country"
    if len(form) >= 3 and form.endswith(ORG_SUFFIXES):
        return "org"
    return "foreign"


def recover_known_names(text: str, names: tuple[KoName, ...], people: frozenset[str],
                        orgs: frozenset[str]) -> tuple[KoName, ...]:
    """``names`` of ``text`` with the people named in full (three syllables or more) and the
    organisations the document names elsewhere added where ``text`` writes them again as a word
    of their own (a particle or honorific may follow) and the analyser broke them up (박/NNP
    태윤은 in "경기 후 박태윤은", 한/MM 빛/NNG 식품 for 한빛식품): the pieces it found there give way."""
    added = []
    for known, kind in [(person, "person") for person in people] + [(org, "org") for org in orgs]:
        if known not in text:
            continue
        for match in re.finditer(rf"(?<![가-힣]){known}(?=(?:{_PARTICLE}|씨|님)?(?![가-힣]))", text):
            start, end = match.span()
            if any(n.start <= start and end <= n.end and n.kind in ("person", "org") for n in names):
                continue  # found already (or inside a longer name)
            if any(n.start < end and start < n.end and not (start <= n.start and n.end <= end) for n in names):
                continue  # a name that overlaps it only in part: leave the analyser's reading
            title = title_after(text, end) if kind == "person" else ""
            added.append(KoName(known, start, end, kind, title, bool(title)))
    if not added:
        return names
    kept = [n for n in names if not any(a.start <= n.start and n.end <= a.end for a in added)]
    return tuple(sorted(kept + added, key=lambda n: n.start))


@per_analyser(maxsize=8192)  # the answer depends on the analyser's options
def find_names(text: str) -> tuple[KoName, ...]:
    """Every name/term mention in ``text`` in order (see the module docstring)."""
    tokens = morphemes(text)
    names: list[KoName] = []
    taken: set[int] = set()
    for run in _nnp_runs(tokens):
        # A Korean person is a single NNP; a run of several is a foreign name or a place.
        for position, token in enumerate(run):
            if token.start in taken:
                continue
            form = token.form
            title = title_after(text, token.end, tokens)
            split = split_korean_name(form)
            alone = len(run) == 1 or (position == len(run) - 1 and _classify(run[0].form) != "foreign") \
                or (position < len(run) - 1 and _classify(run[position + 1].form) != "foreign"
                    and (position == 0 or _classify(run[position - 1].form) != "foreign"))
            if split and alone and (len(form) >= 3 or title) and form not in EXONYMS \
                    and not heads_place(form, title) \
                    and not (not title and _is_abbreviation(form)):
                names.append(KoName(form, token.start, token.end, "person", title, bool(title)))
            elif len(form) <= 2 and form in surname_variants_table() and title and alone \
                    and (len(form) == 1 or form in TWO_SYLLABLE_SURNAMES):
                names.append(KoName(form, token.start, token.end, "surname", title, True))
            else:
                kind = _classify(form)
                if kind == "foreign" and position + 1 < len(run) and _classify(run[position + 1].form) == "foreign":
                    # 블라디미르 푸틴: one foreign name over several tokens
                    last = position + 1
                    while last + 1 < len(run) and _classify(run[last + 1].form) == "foreign":
                        last += 1
                    end = run[last].end
                    title = title_after(text, end, tokens)
                    names.append(KoName(text[token.start:end], token.start, end, "foreign", title, bool(title)))
                    taken.update(t.start for t in run[position:last + 1])
                    continue
                names.append(KoName(form, token.start, token.end, kind, title, bool(title)))
            taken.add(token.start)
    for person in _split_persons(text, tokens):
        if not any(n.start < person.end and person.start < n.end and n.kind == "person" for n in names):
            names = [n for n in names if not (person.start <= n.start < person.end)]
            names.append(person)
    for surname in _unread_surnames(text, tokens, names):
        names = [n for n in names if not (n.start < surname.end and surname.start < n.end)]
        names.append(surname)
    for org in _word_orgs(text):
        if not any(n.start < org.end and org.start < n.end for n in names):
            names.append(org)
        else:
            names = [n for n in names if not (n.kind in ("foreign", "org") and org.start <= n.start < org.end)]
            if not any(n.start < org.end and org.start < n.end for n in names):
                names.append(org)
    for compound in _abbreviation_compounds(text):
        if any(n.start <= compound.start < n.end for n in names if n.kind == "person"):
            continue
        names = [n for n in names if not (n.kind == "foreign" and compound.start <= n.start < compound.end)]
        names.append(compound)
    names.sort(key=lambda n: n.start)
    return tuple(names)
