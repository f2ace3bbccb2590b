"""Analysis ``names``: the persons, foreign names, organisations and countries of each
pair's Korean (:mod:`tqa.ko.names`) and the English words that render them.

A Korean person's name is credited with a rendering when the English holds a
romanisation the rules of :mod:`tqa.ko.romanize` accept (any common surname spelling,
hyphenated or not, either order); a surname-only mention (김 장관) is resolved to the
full name it refers to by its title; a foreign name written in Hangul is matched to the
English word that sounds most like it, or an established English form that does not sound
like it (``data/foreign_name_forms.tsv``: 요한 → John, 키이우 → Kyiv or Kiev).

A second look per pair records two kinds of near renderings of a Korean person: the surname
beside a given name that is no spelling of the source's ("Kim Min-jae" for 김민수, form
``other-given``), and, for a titled surname-only mention with no rendering, another Korean
surname one letter away in its place ("Director Kong" for 강 국장). A surname spelling that
begins another name ("Joe" of "Joe Biden") is no surname-only rendering. The name rules
(:mod:`tqa.checks.names`) compare these renderings across the document.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from typing import Iterable, Iterator

from ..document import Document, Pair
from ..en.names import proper_noun_words
from ..ko.names import KoName, find_names, org_name_stem, recover_known_names, split_korean_name, title_after, title_before
from ..ko.romanize import (edit_distance, name_pattern, phonetic_similarity, surname_pattern,
                           surname_spellings, surname_variants_table, syllable_variants)
from ..tables import two_column_table
from .registry import analyser


#: phonetic similarity at or above which a capitalised word renders a Hangul foreign name
PHONETIC_MATCH = 0.75


@dataclass
class Rendering:
    """Where and how a name was rendered in a pair's target text."""

    text: str
    start: int
    end: int
    #: "full" | "surname" | "phonetic" | "other-given": the surname with a given name that is
    #: no spelling of the source's ("Kim Min-jae" for 김민수; ``given`` holds that given name)
    form: str
    given: str = ""


@dataclass
class Mention:
    """One Korean name mention in one aligned pair, with its renderings."""

    pair: int
    name: KoName
    entity: str  # full Hangul name for persons (surname mentions resolved); the form otherwise
    renderings: list[Rendering] = field(default_factory=list)
    #: a surname mention resolved by its title (이 장관 → the minister), not just by recency
    by_title: bool = False

    @property
    def kind(self) -> str:
        return "person" if self.name.kind in ("person", "surname") else self.name.kind


@dataclass
class NamesAnalysis:
    pairs: list[Pair]
    mentions: list[Mention]

    #: by_entity's groups per kinds (the name rules ask for them again and again) and of_pair's
    #: index, each made once
    _groups: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def by_entity(self, kinds=("person",)) -> dict[str, list[Mention]]:
        key = (tuple(kinds), len(self.mentions))
        groups = self._groups.get(key)
        if groups is None:
            groups = defaultdict(list)
            for mention in self.mentions:
                if mention.kind in kinds:
                    groups[mention.entity].append(mention)
            self._groups[key] = groups
        return defaultdict(list, {entity: list(mentions) for entity, mentions in groups.items()})

    def of_pair(self, index: int) -> list[Mention]:
        """The mentions of pair ``index`` (an index over the pairs, made once)."""
        key = ("pairs", len(self.mentions))
        by_pair = self._groups.get(key)
        if by_pair is None:
            by_pair = defaultdict(list)
            for mention in self.mentions:
                by_pair[mention.pair].append(mention)
            self._groups[key] = by_pair
        return by_pair.get(index, [])


def _full_renderings(name: str, target: str) -> list[Rendering]:
    return [Rendering(m.group(), m.start(), m.end(), "full") for m in name_pattern(name).finditer(target)]


_NEXT_CAPITALISED = re.compile(r"[ \u00a0]+[A-Z]")


#: a title right before a one-letter surname: "Ms. I" is 이, a bare "I" the pronoun
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Judge|Justice)"
                           r"\.?[ \u00a0]+$")


def _pronoun_i(match: re.Match, target: str) -> bool:
    """The one-letter spelling "I" of 이 read as the English pronoun ("I", "I'm", "I'd"):
    a one-letter "I" is a surname only after a title (Ms. I); with a given name it is
    matched as a full name (I Su-jin), not here."""
    return match.group() == "I" and not _TITLE_BEFORE.search(target[:match.start()])


def _surname_renderings(surname: str, target: str) -> list[Rendering]:
    """Capitalised spellings of ``surname`` standing alone: not the first word of another
    name ("Joe" of "Joe Biden" is no surname-only mention of 조), not the pronoun I."""
    return [Rendering(m.group(), m.start(), m.end(), "surname") for m in surname_pattern(surname).finditer(target)
            if not _NEXT_CAPITALISED.match(target, m.end()) and not _pronoun_i(m, target)]


#: a romanised given name written after the surname ("Min-jae", "Minjae") or before it ("Min-jae Kim")
_GIVEN_AFTER = re.compile(r"[ \u00a0]+([A-Z][a-z]+(?:[-\u2010\u2011][a-z]+)?)\b(?![-\u2010\u2011'])")
_GIVEN_AFTER_HYPHEN = re.compile(r"[ \u00a0]+[A-Z][a-z]+[-\u2010\u2011][a-z]+\b")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+[-\u2010\u2011][a-z]+)[ \u00a0]+$")


def _surname_with_given(surname: str, target: str, skip) -> Iterator[Rendering]:
    """The spellings of ``surname`` in ``target`` with a romanised given name beside them
    (:func:`_other_given`), in order; ``skip(match)`` leaves a surname match out."""
    for match in surname_pattern(surname).finditer(target):
        if skip(match):
            continue
        other = _other_given(Rendering(match.group(), match.start(), match.end(), "surname"), target)
        if other is not None:
            yield other


def _other_given(surname_rendering: Rendering, target: str) -> Rendering | None:
    """The surname with the romanised given name beside it ("Kim Min-jae"), when the full
    name did not match: a given name respelt or replaced. A hyphenated word either side,
    or after the surname a word no dictionary knows (Minjae; not "Kim Said")."""
    after = _GIVEN_AFTER.match(target, surname_rendering.end)
    if after and ("-" in after.group(1) or "\u2010" in after.group(1) or "\u2011" in after.group(1)
                  or (len(after.group(1)) >= 3 and _zipf(after.group(1).lower()) == 0)):
        return Rendering(target[surname_rendering.start:after.end(1)], surname_rendering.start, after.end(1),
                         "other-given", after.group(1))
    before = _GIVEN_BEFORE.search(target[:surname_rendering.start])
    if before:
        return Rendering(target[before.start(1):surname_rendering.end], before.start(1), surname_rendering.end,
                         "other-given", before.group(1))
    return None


@lru_cache(maxsize=16384)
def _zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return 1.0  # without word frequencies no unhyphenated word is taken for a given name
    return zipf_frequency(word, "en")


@lru_cache(maxsize=4096)
def given_distance(given_hangul: str, written: str) -> int:
    """Letters between a written given name ("Mim-soo") and the nearest plausible spelling
    of the Hangul given name (민수 → minsoo …): 0 for a spelling the romaniser accepts."""
    written = re.sub(r"[^a-z]", "", written.lower())
    options = [syllable_variants(s)[:12] for s in given_hangul]
    return min(edit_distance(written, "".join(parts)) for parts in product(*options))


_WORD_PIECE_BREAK = re.compile(r"[-\u2010\u2011']")


def _word_pieces(start: int, word: str) -> list[tuple[int, int, str]]:
    """The hyphen/apostrophe pieces of a word with their offsets ("Pro-Trump" → Pro, Trump)."""
    pieces, offset = [], start
    for piece in _WORD_PIECE_BREAK.split(word):
        pieces.append((offset, offset + len(piece), piece))
        offset += len(piece) + 1
    return pieces


def _best_span(part: str, start: int, end: int, word: str) -> tuple[float, tuple[int, int, str]]:
    """The best-sounding span of one capitalised word for a Hangul name part: the whole
    word, or one of its pieces when that piece alone sounds better ("Kim" in "Kim-Trump",
    "Trump" in "Pro-Trump"; but "Jean-Claude" stays whole for 장클로드)."""
    best_score, best = phonetic_similarity(part, word), (start, end, word)
    if not _WORD_PIECE_BREAK.search(word):
        return best_score, best  # one piece: the word itself
    for piece in _word_pieces(start, word):
        score = phonetic_similarity(part, piece[2])
        if score > best_score and len(piece[2]) >= 2:
            best_score, best = score, piece
    return best_score, best


@lru_cache(maxsize=1)
def established_forms() -> dict[str, tuple[str, ...]]:
    """Hangul foreign name → English forms that do not sound like it (요한 → John, 키이우 →
    Kyiv, Kiev), from ``data/foreign_name_forms.tsv``."""
    return two_column_table("foreign_name_forms.tsv")


#: full names of the provinces and their two-syllable short forms (충청남도 → 충남)
_REGION_FULL = {"충청북도": "충북", "충청남도": "충남", "전라북도": "전북", "전라남도": "전남",
                "경상북도": "경북", "경상남도": "경남", "전북특별자치도": "전북", "강원특별자치도": "강원",
                "제주특별자치도": "제주"}
_REGION_SUFFIX = re.compile(r"(?:특별자치도|특별자치시|특별시|광역시|도|시)$")


@lru_cache(maxsize=1)
def region_forms() -> dict[str, tuple[str, ...]]:
    """Korean province or metropolitan city (short form: 충남, 경기, 부산) → its English forms
    (South Chungcheong, Chungcheongnam-do, Chungnam), from ``data/korean_regions.tsv``."""
    return two_column_table("korean_regions.tsv")


def region_key(part: str) -> str | None:
    """The short form of a Korean province or metropolitan city written as one word
    (충청남도, 충남, 경기도, 부산광역시 → 충남, 충남, 경기, 부산), else None."""
    if part in _REGION_FULL:
        return _REGION_FULL[part]
    if part in region_forms():
        return part
    bare = _REGION_SUFFIX.sub("", part)
    return bare if bare != part and bare in region_forms() else None


def _established_span(part: str, target: str) -> tuple[int, int, str] | None:
    region = region_key(part)
    # a region's longest form first: "South Chungcheong" before a shorter form it holds
    forms = tuple(sorted(region_forms()[region], key=len, reverse=True)) if region else ()
    for form in forms + established_forms().get(part, ()):
        match = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", target)
        if match:
            return match.start(), match.end(), match.group()
    return None


def _phonetic_renderings(hangul: str, target: str) -> list[Rendering]:
    """Capitalised words (or a run of them) that sound like the Hangul name's parts, or
    the name's established English form (요한 바오로 → John Paul)."""
    return list(_phonetic_renderings_of(hangul, target))


@lru_cache(maxsize=16384)  # a name and its translation read again in a repeated sentence
def _phonetic_renderings_of(hangul: str, target: str) -> tuple[Rendering, ...]:
    return tuple(_find_phonetic_renderings(hangul, target))


def _find_phonetic_renderings(hangul: str, target: str) -> list[Rendering]:
    words = proper_noun_words(target)
    matched: list[tuple[int, int, str]] = []
    for part in hangul.split():
        established = _established_span(part, target)
        if established:
            matched.append(established)
            continue
        best, best_score = None, 0.0
        for start, end, word in words:
            score, span = _best_span(part, start, end, word)
            if score > best_score:
                best, best_score = span, score
        if best and best_score >= PHONETIC_MATCH:
            matched.append(best)
    if not matched:
        return []
    matched = sorted(set(matched))
    start, end = matched[0][0], matched[-1][1]
    if re.fullmatch(r"[\w\-\u2010\u2011' ]+", target[start:end]):
        return [Rendering(target[start:end], start, end, "phonetic")]
    return [Rendering(text, s, e, "phonetic") for s, e, text in matched]


#: a word of three syllables (a particle, a bracket or the end after it): a full Korean name's shape
_THREE_SYLLABLES = re.compile(r"(?<![가-힣])([가-힣]{3})(?=[은는이가을를의와과도에께]|에게|께서|\s|\(|[,.]|$)")


def _confirmed_by_english(pair: Pair, names: tuple[KoName, ...]) -> tuple[KoName, ...]:
    """``names`` with the three-syllable words shaped like a Korean name (a surname and common
    given-name syllables: :func:`split_korean_name`) that no name covers — or that a foreign name
    is, alone or at the head of a run (정은채 서울시) — added as persons where the aligned English
    writes that full name (임성우 고용노동부 장관 → "Lim Sung-woo"): the analyser read them as common
    nouns or broke them up. The English has a capitalised spelling of the surname before any
    pattern is tried."""
    added: list[KoName] = []
    dropped: list[KoName] = []
    words = None
    for match in _THREE_SYLLABLES.finditer(pair.source):
        candidate = match.group(1)
        start, end = match.span(1)
        split = split_korean_name(candidate)
        if not split or len(split[0]) != 1:
            continue
        over = [n for n in names if n.start < end and start < n.end]
        if any(n.kind != "foreign" or n.start != start for n in over):
            continue  # a person, an organisation, a country: read already
        if words is None:
            words = {word.lower() for _, _, word in proper_noun_words(pair.target)}
        if not words & set(surname_spellings(split[0])) or not name_pattern(candidate).search(pair.target):
            continue
        title = title_after(pair.source, end)
        added.append(KoName(candidate, start, end, "person", title, bool(title)))
        for name in over:  # a foreign run headed by the person keeps its rest (서울시)
            dropped.append(name)
            rest = name.text[len(candidate):].lstrip()
            if rest:
                rest_start = name.end - len(rest)
                added.append(KoName(rest, rest_start, name.end, "foreign", name.title, name.titled))
    if not added:
        return names
    return tuple(sorted([n for n in names if n not in dropped] + added, key=lambda n: n.start))


def _org_names(name: KoName, text: str) -> list[str]:
    """The organisation ``name`` names, written in full, with a romanised name of its own
    (:func:`org_name_stem`): an organisation's name, or a proper noun the analyser read apart from
    the word for its kind right after it (한빛/NNP 식품 → 한빛식품)."""
    if name.kind == "org":
        return [name.text] if org_name_stem(name.text) else []
    if name.kind != "foreign" or " " in name.text:
        return []
    word = re.match(r"[가-힣]+", text[name.end:])
    whole = name.text + (word.group() if word else "")
    while whole != name.text:  # the longest run of the word that is the name and an organisation suffix
        if org_name_stem(whole) == name.text:
            return [whole]
        whole = whole[:-1]
    return []


def _org_name_renderings(stem: str, target: str, taken: list[tuple[int, int]]) -> list[Rendering]:
    """The capitalised word (or piece of a hyphenated one) that sounds most like an organisation's
    romanised name, outside ``taken`` (the spans an earlier mention of the same name in the
    pair took: "Hanbit Foods … Hanbeet Foods" for 한빛식품 twice)."""
    best, best_score = None, 0.0
    for start, end, word in proper_noun_words(target):
        if any(a <= start < b for a, b in taken):
            continue
        score, span = _best_span(stem, start, end, word)
        if score > best_score:
            best, best_score = span, score
    if best is None or best_score < PHONETIC_MATCH:
        return []
    return [Rendering(best[2], best[0], best[1], "phonetic")]


def person_renderings(full_name: str, target: str) -> list[Rendering]:
    """Renderings of a Korean person in ``target``: full-name matches, else surname-only ones."""
    full = _full_renderings(full_name, target)
    if full:
        return full
    split = split_korean_name(full_name)
    return _surname_renderings(split[0] if split else full_name[:1], target)


#: the title a Korean text uses for a person first named by their trade: novelists, poets,
#: painters and cartoonists are all 작가 on second mention (소설가 이은서 … 이 작가는)
_ADDRESSED_AS = {
    "작가": frozenset("소설가 시인 화가 만화가 웹툰작가 극작가 동화작가 수필가 사진가 사진작가 조각가 도예가 "
                    "일러스트레이터 삽화가 방송작가 드라마작가 시나리오작가 판화가 서예가".split()),
}


_TRADE_BEFORE = re.compile(r"(?:^|\s)(" + "|".join(sorted(_ADDRESSED_AS["작가"], key=len, reverse=True)) + r")\s+$")


def _trade_before(text: str, start: int) -> str:
    """The trade named right before a person (소설가 이은서): '' if none."""
    match = _TRADE_BEFORE.search(text[max(0, start - 12):start])
    return match.group(1) if match else ""


def _same_title(a: str, b: str) -> bool:
    """Titles naming the same post (장관/장관, 연구위원/선임연구위원; not 위원장/부위원장)."""
    if not a or not b:
        return False
    if a in _ADDRESSED_AS.get(b, ()) or b in _ADDRESSED_AS.get(a, ()):
        return True  # 소설가 이은서 … 이 작가는: a writer is addressed as 작가
    shorter, longer = sorted((a, b), key=len)
    return longer.endswith(shorter) and longer[: len(longer) - len(shorter)] != "부"


def surname_of_name(name: str) -> str | None:
    split = split_korean_name(name)
    return split[0] if split else None


def _resolve_surname(surname: str, title: str, earlier_persons: list[str], later: Iterable[KoName],
                     titles_of: dict[str, set[str]]) -> tuple[str, bool]:
    """(full name, whether the title decided) for a surname-only mention; the surname
    itself when nobody matches. ``earlier_persons``: the persons of that surname mentioned so
    far, in mention order; ``later``: the person names of that surname from this pair on.

    Candidates are the persons with that surname named in full, the most recent first,
    then the following ones. One whose title agrees wins (이 장관 is the minister 이준호,
    not the vice-minister 이서진 named since); otherwise the most recent person."""
    earlier = list(dict.fromkeys(reversed(earlier_persons)))
    for entity in earlier:
        if any(_same_title(title, t) for t in titles_of.get(entity, ())):
            return entity, True
    first_following = None
    for name in later:
        if any(_same_title(title, t) for t in titles_of.get(name.text, ())):
            return name.text, True
        first_following = first_following or name.text
    return (earlier[0] if earlier else first_following or surname), False


#: honorifics that name no post: 석 씨 after 변호사 석지훈 is the lawyer when he is the only 석
_HONORIFICS = frozenset("씨 님 여사 선생 선생님".split())


def _refers_back(name: KoName, entity: str, by_title: bool,
                 persons_by_surname: dict[str | None, list[tuple[int, KoName]]]) -> bool:
    """An unconfirmed surname before a title (:attr:`KoName.unconfirmed`: 이 선수, 석/MM 변호사, 남궁/NNP
    감독) is a mention of the person ``entity`` it was resolved to: the title names that person
    (석지훈 변호사 … 석 변호사는); or the surname has two syllables, which no other word has (남궁민수 …
    남궁 감독); or an honorific follows and the document names one person of that surname (석지훈 …
    석 씨는). 이 and 한 need the title: 이 씨 may be "this seed"."""
    if by_title:
        return True
    if entity == name.text or name.text in ("이", "한"):
        return False
    if len(name.text) == 2:
        return True
    return name.title in _HONORIFICS and len({person.text for _, person in persons_by_surname.get(name.text, [])}) == 1


def _repeated_here(entity: str, renderings: list[Rendering], here: list[Mention], target: str) -> list[Rendering]:
    """The renderings of a full name said a second time in one pair: not the ones its first
    mention took. English news gives the full name once and the surname after it ("정하늘 …
    정하늘은 말했다" → "Jung Ha-neul … Chung said"), so the repeat's rendering is a surname
    outside the first mention's span, which the name rules then compare."""
    earlier = [m for m in here if m.entity == entity]
    if not earlier:
        return renderings
    taken = [(r.start, r.end) for m in earlier for r in m.renderings]
    rest = [r for r in renderings if not any(a <= r.start < b for a, b in taken)]
    if rest:
        return rest
    surname = surname_of_name(entity) or entity[:1]
    alone = [r for r in _surname_renderings(surname, target) if not any(a <= r.start < b for a, b in taken)]
    if alone:
        return alone
    # the repeat written in full with its given name respelt ("Jung Min-jae … Jung Min-jay"): the
    # surname and the given name beside it, which TQA202 then compares with the first mention
    other = next(_surname_with_given(surname, target, skip=lambda match: any(a <= match.start() < b
                                                                               for a, b in taken)), None)
    return [other] if other is not None else renderings


class _MentionIndex:
    """Look-ups over the mentions found so far, brought up to date from the list as it grows
    (mentions are only appended, and a mention's entity and name never change): was an entity
    mentioned, and which persons of a surname, in mention order. A scan of every earlier
    mention at each name made a long document's names analysis quadratic."""

    def __init__(self, mentions: list[Mention]):
        self._mentions = mentions
        self._indexed = 0
        self._entities: set[str] = set()
        self._persons_of: dict[str | None, list[str]] = defaultdict(list)

    def _catch_up(self) -> None:
        for mention in self._mentions[self._indexed:]:
            self._entities.add(mention.entity)
            if mention.name.kind == "person":
                self._persons_of[surname_of_name(mention.entity)].append(mention.entity)
        self._indexed = len(self._mentions)

    def said(self, entity: str) -> bool:
        """Some mention so far is of ``entity``."""
        self._catch_up()
        return entity in self._entities

    def persons(self, surname: str) -> list[str]:
        """The entities of the person mentions so far whose surname is ``surname``, in order."""
        self._catch_up()
        return self._persons_of.get(surname, [])


def _persons_by_surname(found: list[list[KoName]]) -> dict[str | None, list[tuple[int, KoName]]]:
    """Surname → (pair position, name) of every person name of ``found``, in order."""
    by_surname: dict[str | None, list[tuple[int, KoName]]] = defaultdict(list)
    for position, names in enumerate(found):
        for name in names:
            if name.kind == "person":
                by_surname[surname_of_name(name.text)].append((position, name))
    return by_surname


def _persons_from(by_surname: dict[str | None, list[tuple[int, KoName]]], surname: str,
                  index: int) -> Iterator[KoName]:
    """The person names of ``surname`` in pair ``index`` and every later pair, in order."""
    named = by_surname.get(surname, [])
    for position in range(bisect_left(named, index, key=lambda item: item[0]), len(named)):
        yield named[position][1]


@analyser("names", requires=("korean",))
def analyse_names(document: Document, context=None) -> NamesAnalysis:
    """Names per pair and their renderings."""
    pairs = list(document.pairs())
    found = [find_names(pair.source) for pair in pairs]
    # a person the analyser did not read as one whose full name the English spells (임성우/NNG …
    # "Lim Sung-woo", 정유/NNG 나/JC 작가 … "Jung Yu-na")
    found = [_confirmed_by_english(pair, names) for pair, names in zip(pairs, found)]
    # a person or organisation named again where the analyser broke the name up (경기 후 박태윤은)
    people = frozenset(n.text for names in found for n in names if n.kind == "person" and len(n.text) >= 3)
    orgs = frozenset(org for pair, names in zip(pairs, found) for n in names for org in _org_names(n, pair.source))
    if people or orgs:
        found = [recover_known_names(pair.source, names, people, orgs) for pair, names in zip(pairs, found)]
    titled_people = {n.text for names in found for n in names if n.kind == "person" and n.titled}
    titles_of: dict[str, set[str]] = defaultdict(set)  # each person's titles, after or before the name
    for pair, names in zip(pairs, found):
        for n in names:
            if n.kind == "person":
                titles_of[n.text].update(t for t in (n.title, title_before(pair.source, n.start),
                                                     _trade_before(pair.source, n.start)) if t)
    mentions: list[Mention] = []
    earlier = _MentionIndex(mentions)
    persons_by_surname = _persons_by_surname(found)
    for index, (pair, names) in enumerate(zip(pairs, found)):
        first_of_pair = len(mentions)
        for name in names:
            if name.kind == "person":
                entity = name.text
                renderings = _repeated_here(entity, person_renderings(entity, pair.target), mentions[first_of_pair:],
                                            pair.target)
                full_match = any(r.form == "full" for r in renderings)
                # an untitled NNP is a person only when titled elsewhere or romanised as a name
                if not name.titled and entity not in titled_people and not full_match \
                        and not earlier.said(entity):
                    continue  # (a name already taken for a person stays one when it is said again)
            elif name.kind == "surname":
                entity, by_title = _resolve_surname(name.text, name.title, earlier.persons(name.text),
                                                    _persons_from(persons_by_surname, name.text, index), titles_of)
                if name.unconfirmed and not _refers_back(name, entity, by_title, persons_by_surname):
                    continue  # 이 선수 with no player 이 named: "this player"; 석 변호사 with no lawyer 석
                renderings = _surname_renderings(name.text, pair.target)
                if entity != name.text:
                    # the full name already rendered for this person's full mention in the same pair
                    # is not this mention's rendering: "Park Ji-hoon … said Bak" has two renderings
                    taken = {r.start for m in mentions[first_of_pair:] if m.entity == entity for r in m.renderings}
                    full = [r for r in _full_renderings(entity, pair.target) if r.start not in taken]
                    renderings = full or renderings
                mentions.append(Mention(index, name, entity, renderings, by_title))
                continue
            elif name.kind == "foreign":
                mentions.extend(foreign_mentions(index, name, pair.target))
                continue
            elif name.kind == "org":
                mentions.append(Mention(index, name, name.text, []))
                stem = org_name_stem(name.text)
                if stem and not region_key(stem):
                    # the romanised name of a company, bank or school (새빛은행 → "Saebit" Bank) is
                    # compared like a foreign name: one name, one spelling
                    taken = [(r.start, r.end) for m in mentions[first_of_pair:] if m.entity == stem
                             for r in m.renderings]
                    mentions.append(Mention(index, KoName(stem, name.start, name.start + len(stem), "foreign"), stem,
                                            _org_name_renderings(stem, pair.target, taken)))
                continue
            elif name.kind == "country":
                entity, renderings = name.text, []
            else:
                entity, renderings = name.text, []
            mentions.append(Mention(index, name, entity, renderings))
        _second_look(mentions[first_of_pair:], pair.target)
    return NamesAnalysis(pairs, mentions)


def foreign_mentions(index: int, name: KoName, target: str) -> list[Mention]:
    """A foreign name's mention; a titled run of three or more words whose last word is not
    rendered next to the others is a name and an affiliation (일론 머스크 테슬라 최고경영자:
    the person and Tesla), unless the English renders all of it as one name (Martin Luther King)."""
    parts = name.text.split()
    if len(parts) >= 2 and region_key(parts[0]):
        # a place given as "province city" (충남 아산, 경기 수원시): each part is matched on its
        # own, in either order in the English ("Asan, South Chungcheong Province"), the
        # province under its short form (충청남도 and 충남 are one entity)
        cut = name.start + len(parts[0])
        rest_start = name.start + name.text.index(parts[1], len(parts[0]))
        region = KoName(parts[0], name.start, cut, "foreign")
        rest = KoName(name.text[rest_start - name.start:], rest_start, name.end, "foreign", name.title, name.titled)
        found = _established_span(parts[0], target)  # the table's forms only: no sound-alike
        renderings = [Rendering(found[2], found[0], found[1], "phonetic")] if found else []
        return [Mention(index, region, region_key(parts[0]), renderings),
                *foreign_mentions(index, rest, target)]
    if len(parts) >= 2 and region_key(parts[-1]):
        # a person and the city or province they serve (김태호 울산시 교통국장): the place is
        # matched on its own, by the table's forms, and may be said as "the city" in English
        head_text = " ".join(parts[:-1])
        cut = name.start + len(head_text)
        place_start = name.end - len(parts[-1])
        place = KoName(parts[-1], place_start, name.end, "foreign")
        found = _established_span(parts[-1], target)
        renderings = [Rendering(found[2], found[0], found[1], "phonetic")] if found else []
        return [*foreign_mentions(index, KoName(head_text, name.start, cut, "foreign", name.title, name.titled), target),
                Mention(index, place, region_key(parts[-1]), renderings)]
    if name.titled and len(parts) >= 3:
        head_text = " ".join(parts[:-1])
        head, last = _phonetic_renderings(head_text, target), _phonetic_renderings(parts[-1], target)
        together = head and last and not target[head[-1].end:last[0].start].strip()
        if not together:
            cut = name.start + len(head_text)
            person = KoName(head_text, name.start, cut, "foreign", name.title, True)
            affiliation = KoName(parts[-1], name.end - len(parts[-1]), name.end, "foreign")
            return [Mention(index, person, head_text, head), Mention(index, affiliation, parts[-1], last)]
    return [Mention(index, name, name.text, _phonetic_renderings(name.text, target))]


@lru_cache(maxsize=1)
def surnames_by_spelling() -> dict[str, frozenset[str]]:
    """Every customary spelling of every Korean surname (lower case) → the Hangul surnames it
    writes (woo → 우; lee → 이)."""
    table: dict[str, set[str]] = defaultdict(set)
    for surname, spellings in surname_variants_table().items():
        for spelling in spellings:
            table[spelling.lower()].add(surname)
    return {spelling: frozenset(surnames) for spelling, surnames in table.items()}


def _second_look(mentions: list[Mention], target: str) -> None:
    """Persons of one pair whose full name did not match: the surname beside a given name
    that is no spelling of the source's ("Kim Min-jae" for 김민수, "Kim Mim-soo"), and a
    titled surname-only mention written with another Korean surname's spelling in its
    place ("Director Kong" for 강 국장). Spans rendering another name of the pair are skipped."""
    taken = [(m, r.start, r.end) for m in mentions for r in m.renderings]

    def free(mention: Mention, start: int, end: int) -> bool:
        return not any(other is not mention and s < end and start < e for other, s, e in taken)

    def pronoun(match: re.Match) -> bool:
        """"I Min-ji" may be 이민지 respelt; "I" before another word is the pronoun."""
        return _pronoun_i(match, target) and not _GIVEN_AFTER_HYPHEN.match(target, match.end())

    for mention in mentions:
        if mention.kind != "person" or any(r.form == "full" for r in mention.renderings):
            continue
        split = split_korean_name(mention.entity)
        if not split or (mention.name.kind == "surname" and mention.renderings):
            continue
        for other in _surname_with_given(split[0], target, skip=pronoun):
            if free(mention, other.start, other.end):
                mention.renderings = [r for r in mention.renderings if not other.start <= r.start < other.end]
                mention.renderings.insert(0, other)
                taken.append((mention, other.start, other.end))
                break
        if mention.name.kind != "surname" or mention.renderings or mention.entity == mention.name.text:
            continue
        if len(split[0]) == 2:
            # a two-syllable surname cut to its first syllable (남궁 감독 → "Director Nam", 황보 교수 →
            # "Professor Hwang"): that syllable's spellings as a surname, standing alone
            cut = _cut_compound(split[0], target, lambda start, end: free(mention, start, end))
            if cut is not None:
                mention.renderings = [cut]
                taken.append((mention, cut.start, cut.end))
                continue
        spellings = surname_spellings(split[0])
        # one letter off a spelling of three letters or more, same first letter (Kang / Kong,
        # Jung / Jang); short spellings (Yi, I) are one letter from too many words
        near = [s for s in spellings if len(s) >= 3]
        for start, end, word in proper_noun_words(target):
            low = word.lower()
            if len(low) < 3 or low not in surnames_by_spelling() or low in spellings \
                    or not free(mention, start, end) or _NEXT_CAPITALISED.match(target, end) \
                    or not any(s[0] == low[0] and edit_distance(low, s) == 1 for s in near):
                continue
            mention.renderings = [Rendering(word, start, end, "surname")]
            taken.append((mention, start, end))
            break


#: an English title or form of address right before a surname ("Director ", "Ms. "): search the
#: 16 characters before it
ENGLISH_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Author|Writer|Novelist|Poet|Artist|Director|"
                                  r"Minister|President|Chairman|Chairwoman|Chair|CEO|Judge|Justice|Coach|Manager|Ambassador|"
                                  r"Mayor|Governor|Senator|Representative|Rep|Sen|General|Gen|Captain|Officer|Inspector|"
                                  r"Chef|Teacher|Pastor|Father|Sister|Brother|Lawmaker|Prosecutor|Detective|Sergeant)\.?\s$", re.I)


def _cut_compound(surname: str, target: str, free) -> Rendering | None:
    """A spelling of the first syllable of a two-syllable surname standing alone in ``target``
    where ``free(start, end)`` (Nam for 남궁, Hwang for 황보, Sun or Seon for 선우, Je for 제갈): the
    rendering (form ``surname``), or None. A spelling that is a common English word counts only
    after a title ("Director Sun", not "So the lawyer …")."""
    for match in surname_pattern(surname[0]).finditer(target):
        if not free(match.start(), match.end()) or _NEXT_CAPITALISED.match(target, match.end()) \
                or _pronoun_i(match, target):
            continue
        if _zipf(match.group().lower()) >= 4.5 and not ENGLISH_TITLE_BEFORE.search(
                target[max(0, match.start() - 16):match.start()]):
            continue  # an English word ("So", "Sun", "Son") is the surname only after a title
        return Rendering(match.group(), match.start(), match.end(), "surname")
    return None


def analyse_document(document: Document, context=None) -> NamesAnalysis:
    """The document's names analysis (computed on first use)."""
    return document.analyses.names


def unique_renderings(mentions: list[Mention], forms=("full", "surname", "phonetic")):
    """(mention, rendering) pairs with each target position once (a name twice in one
    source sentence but once in its translation is one rendering), in document order."""
    seen: set[tuple[int, int]] = set()
    result = []
    for mention in mentions:
        for rendering in mention.renderings:
            if rendering.form in forms and (mention.pair, rendering.start) not in seen:
                seen.add((mention.pair, rendering.start))
                result.append((mention, rendering))
    return result
