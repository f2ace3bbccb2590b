"""A Korean name of a table of facts rendered as another name of the same table (family ``name``),
and a place of the table the English adds (TQA044, family ``addition``).

* TQA209 a public body (``data/korean_public_bodies.tsv``): 국토교통부 → "the Ministry of Oceans
  and Fisheries";
* TQA210 a place (``data/korean_places.tsv`` and ``data/korean_regions.tsv``): 평택 →
  "Pyeongchang", 광주 → "Gyeongju";
* TQA211 a company (``data/korean_companies.tsv``): 현대자동차 → "Kia".

All three read a pair the same way (:func:`swapped`): the Korean names an entry of the table, the
English has none of that entry's English names but has those of another entry of the same table
(and, for places, of the same level), which the Korean does not name. The Korean names are found
in one scan of the sentence; each table says what may follow a name in its own word, so that a
name is not read inside a longer word (산업부 in 중소벤처기업부, 하이브 in 하이브리드).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..tables import two_column_table
from .registry import Finding, pair_rule


@dataclass(frozen=True)
class Entry:
    """One body, place or company: the Korean names read in a sentence (none for a name that is
    also a common word: its English names still count as another entry's), a pattern of its
    English names, the first English name (the suggestion), and a kind compared within
    (a place's level; the same for every body or company)."""

    korean: tuple[str, ...]
    english: re.Pattern
    first: str
    kind: str = ""
    #: names of the row not read in a sentence (also common words): their presence in the Korean
    #: still keeps the entry from counting as "another" one
    unread: tuple[str, ...] = ()
    #: the row's first Korean name, shown in a finding
    label: str = ""
    #: the English names of the row as written (the words ``english`` matches)
    english_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    entries: tuple[Entry, ...]
    #: every entry's Korean names, longest first, as one pattern
    korean: re.Pattern


def _table(entries: list[Entry], after: str = "", before: str = r"(?<![가-힣A-Za-z])") -> Table:
    """The table of ``entries``; ``before`` and ``after``: what may not precede and what must
    follow a Korean name in its sentence."""
    names = sorted({name for entry in entries for name in entry.korean}, key=len, reverse=True)
    return Table(tuple(entries), re.compile(before + "(?:" + "|".join(map(re.escape, names)) + ")" + after))


def _english(names, case_insensitive: bool = False) -> re.Pattern:
    """The English names as one pattern of whole words; with ``case_insensitive``, all but the
    all-capital short forms (BOK, KDB) are matched in any case."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(
        "(?i:" + re.escape(n) + ")" if case_insensitive and not n.isupper() else re.escape(n)
        for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")


def _entry(korean: str, english_names: tuple[str, ...], kind: str = "", case_insensitive: bool = False) -> Entry:
    """An entry of a table row: a Korean name in parentheses is not read in a sentence."""
    names = korean.split("|")
    return Entry(tuple(n for n in names if not n.startswith("(")), _english(english_names, case_insensitive),
                 english_names[0], kind, tuple(n.strip("()") for n in names if n.startswith("(")),
                 names[0].strip("()"), tuple(english_names))


def swapped(pair, table: Table, entry_allows=None) -> tuple[re.Match, Entry, re.Match, Entry] | None:
    """(where the Korean names it, the entry, where the English names the other, the other entry)
    for the first entry of ``table`` the pair's Korean names and its English renders as another
    entry of the same kind; ``entry_allows(entry, target)``: False where the English may name
    the entry some other way."""
    if not pair.source or not re.search(r"[A-Z]", pair.target, re.I):
        return None
    named = {found.group(): found for found in table.korean.finditer(pair.source)}
    if not named:
        return None  # (most sentences: one scan)
    for entry in table.entries:
        where = next((named[name] for name in entry.korean if name in named), None)
        if where is None or entry.english.search(pair.target):
            continue  # not in this sentence, or its own English name is there
        if entry_allows is not None and not entry_allows(entry, pair.target):
            continue
        for other in table.entries:
            if other is entry or other.kind != entry.kind or any(name in named for name in other.korean) \
                    or any(name in pair.source for name in other.unread):
                continue  # (the Korean names the other one too)
            found = other.english.search(pair.target)
            if found is not None:
                return where, entry, found, other
    return None


def _finding(pair, found, what: str) -> Finding:
    """The finding of :func:`swapped`'s result: the Korean name, the entry's English name, and the
    other ``what`` (body, place, company) the English names instead."""
    where, entry, other_where, other = found
    return Finding(f"{where.group()} is {entry.first}; the translation names another {what}, “{other_where.group()}”"
                   f" ({other.label})",
                   source=pair.source_loc(*where.span()), target=pair.target_loc(*other_where.span()),
                   suggestion=entry.first)


# ---------------------------------------------------------------------------
# TQA209: public bodies


@lru_cache(maxsize=1)
def public_bodies() -> Table:
    """The bodies of ``data/korean_public_bodies.tsv``, names as written, English in any case but
    for an all-capital short form."""
    return _table([_entry(korean, names, case_insensitive=True)
                   for korean, names in two_column_table("korean_public_bodies.tsv").items()],
                  before=r"(?<![가-힣])")  # (KDB산업은행: a body's name may follow its Latin short form)


@pair_rule("TQA209", "name", "major",
           "A Korean public body is rendered as another body (국토교통부 → the Ministry of Oceans and Fisheries).")
def public_body_swapped(pair, context):
    found = swapped(pair, public_bodies())
    if found is not None:
        yield _finding(pair, found, "body")


# ---------------------------------------------------------------------------
# TQA210: places

#: what may follow a place's Korean name in its own word: a particle, or a word of the place (시,
#: 군, 구, 역, 항, 해수욕장 …)
_PLACE_AFTER = (r"(?=$|[^가-힣]|시|군|구|도|역|항|동|읍|면|에|에서|의|은|는|이|가|을|를|으로|로|과|와|까지|부터|만|처럼|"
                r"공항|해수욕장|해변|야구장|경기장|지역|일대|지방|근처|인근|일원|캠퍼스|점|센터|지사|공장|산업단지)")
#: the places of the tables compared only with each other: provinces, and districts and sights
#: (a city for a district of it, or a province for a city, may be a fair rendering)
_PROVINCES = frozenset("경기도 강원도 충북 충남 전북 전남 경북 경남 제주".split())
_DISTRICTS = frozenset("강남 종로 마포 용산 송파 잠실 여의도 명동 이태원 홍대 해운대 광안리 판문점 독도 울릉도 (기장)".split())


@lru_cache(maxsize=1)
def korean_places() -> Table:
    """The places of ``data/korean_places.tsv`` and ``data/korean_regions.tsv``, each of a level:
    a city (metropolitan or not), a province or a district (:data:`_PROVINCES`,
    :data:`_DISTRICTS`); 경기, 강원 and 세종 only as 경기도, 강원도 — 경기 is also "a match", 세종 the
    king. A name in parentheses in the table is not read in Korean (also a common word: 경주 "a
    race"), but its English names count as another place."""
    entries = []
    for table in ("korean_places.tsv", "korean_regions.tsv"):
        for korean, names in two_column_table(table).items():
            if korean == "세종":
                continue
            if korean in ("경기", "강원"):
                korean += "도"
            level = "district" if korean in _DISTRICTS else "province" if korean in _PROVINCES else "city"
            entries.append(_entry(korean, names, level))
    return _table(entries, _PLACE_AFTER)


@pair_rule("TQA210", "name", "major",
           "A Korean place is rendered as another place (평택 → Pyeongchang, 해운대 → Gwangalli).")
def place_swapped(pair, context):
    found = swapped(pair, korean_places())
    if found is not None:
        yield _finding(pair, found, "place")


# ---------------------------------------------------------------------------
# TQA211: companies

#: what may follow a company's Korean name in its own word: a particle or a word of the company
#: (하이브는, 네이버의, 카카오 측; not 하이브리드 "hybrid")
_COMPANY_AFTER = (r"(?=$|[^가-힣]|은|는|이|가|을|를|의|에|와|과|도|로|만|에서|으로|까지|부터|처럼|측|그룹|계열|주가|주식|"
                  r"회장|대표|사장|노조|직원|본사|공장|매출|실적|앱|서비스|이다|였|지분)")


@lru_cache(maxsize=1)
def korean_companies() -> Table:
    """The companies of ``data/korean_companies.tsv``; a name in parentheses there is not read in
    Korean."""
    return _table([_entry(korean, names)
                   for korean, names in two_column_table("korean_companies.tsv").items()], _COMPANY_AFTER)


def _group_word_absent(entry: Entry, target: str) -> bool:
    """The company's group word (Samsung, Hyundai, LG, SK …) does not stand alone in the English:
    alone it may be the company's short name ("Samsung" for 삼성전자)."""
    group = entry.first.split()[0]
    return re.search(r"(?<![\w-])" + re.escape(group) + r"(?!\s+[A-Z&])(?![\w-])", target) is None


@pair_rule("TQA211", "name", "major",
           "A Korean company is rendered as another company (현대자동차 → Kia, LG에너지솔루션 → LG Chem).")
def company_swapped(pair, context):
    found = swapped(pair, korean_companies(), _group_word_absent)
    if found is not None:
        yield _finding(pair, found, "company")


# ---------------------------------------------------------------------------
# TQA044: a place added (family ``addition``)

#: places whose English names stand for something else as often as for the place: Seoul for the
#: South Korean government and for 수도권 ("the greater Seoul area"), Pyongyang for North Korea
_METONYMS = frozenset({"서울", "평양"})
#: pairs on each side whose Korean naming the place licenses it (the text named it before or after)
_PLACE_CONTEXT = 3


def _named_nearby(pair, entry: Entry) -> bool:
    """The Korean of this pair or of a pair up to :data:`_PLACE_CONTEXT` before or after it names the place."""
    count = len(pair.document.links)
    return any(any(name in pair.document.pair_at(index).source for name in entry.korean + entry.unread)
               for index in range(max(0, pair.index - _PLACE_CONTEXT), min(count, pair.index + _PLACE_CONTEXT + 1)))


@lru_cache(maxsize=1)
def _addable_places() -> dict[str, tuple[Entry, ...]]:
    """The places TQA044 reads (cities and districts, and Jeju; not Seoul, Pyongyang or the other
    provinces), by the first word of each English name (lower case): a sentence is scanned once for
    capitalised words, and only the places whose names start with one of them are tried."""
    by_word: dict[str, list[Entry]] = {}
    for entry in korean_places().entries:
        if entry.kind == "province" and entry.label != "제주" or entry.label in _METONYMS:
            continue  # (a province added for a city of it is background: "Gangneung, Gangwon Province";
            # 제주 is an island and a city as well as a province)
        for name in entry.english_names:
            first = re.split(r"[\s-]", name)[0].lower()
            if entry not in by_word.setdefault(first, []):
                by_word[first].append(entry)
    return {word: tuple(entries) for word, entries in by_word.items()}


_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z']*")


@pair_rule("TQA044", "addition", "minor",
           "The translation names a Korean city or district that the source and its neighbours do not name.",
           reads_neighbours=True)
def place_added(pair, context):
    if not pair.source or not re.search(r"[가-힣]", pair.source) or not re.search(r"[A-Z]", pair.target):
        return
    by_word = _addable_places()
    entries = dict.fromkeys(entry for word in _CAPITALISED.findall(pair.target)
                            for entry in by_word.get(word.lower().removesuffix("'s"), ()))
    for entry in entries:  # (most sentences: none)
        found = entry.english.search(pair.target)
        if found is None or any(name in pair.source for name in entry.korean + entry.unread):
            continue
        if _named_nearby(pair, entry):
            return  # the text names it before or after: a translator's reminder
        yield Finding(f"The translation names {found.group()} ({entry.label}), which the source does not: "
                      f"an added place", target=pair.target_loc(*found.span()))
        return
