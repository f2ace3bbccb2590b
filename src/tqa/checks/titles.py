"""TQA212: a title of office whose rank the translation changes (family ``name``).

The table ``data/korean_titles.tsv`` holds Korean titles of office by rank: a deputy (차관, 부시장,
부회장), the head of the same office (장관, 시장, 회장) and English titles that only some Korean
titles render (Chief Justice for 대법원장). A pair is reported when

* the Korean holds a deputy title and its English names the office with no "vice", "deputy" or
  "assistant" anywhere (최지훈 차관 → "Minister Choi Ji-hoon"), the Korean holding no head title
  of that office;
* the Korean holds a head title (not after 부) and no deputy title of that office, and the English
  says "vice" or "deputy" right before the office (장관 → "Vice Minister");
* the English says a reserved title and the Korean none of the titles that render it
  (부장판사 → "Chief Justice").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .registry import Finding, pair_rule

#: English words that make an office a deputy's ("Vice Minister", "Deputy Mayor", "Assistant Secretary",
#: "Under Secretary")
_DEPUTY_WORDS = re.compile(r"\b(?:vice|deputy|assistant|under)\b", re.I)
#: Korean titles of office: a reserved English title is reported only where the Korean gives the
#: person another title (부장판사 → "Chief Justice"); where it gives none, the English may add the
#: title of a person it knows ("Prime Minister Zoran Zaev" for the name alone)
_OTHER_TITLE = re.compile(r"판사|대법관|법원장|검사|지검장|검사장|장관|차관|대통령|총리|의장|위원장|대표|원장|회장|사장|시장|지사|"
                          r"청장|국장|실장|처장|비서관|대사|총영사|의원")
#: 차관 is also a loan (借款): "foreign loans", "a credit line"
_LOAN = re.compile(r"\b(?:loans?|credits?|borrow\w*)\b", re.I)


@dataclass(frozen=True)
class Title:
    """One row of the table: its Korean titles as a pattern (a head title not after 부 or 차), its
    rank, its office's English words (as a pattern and as an alternation) and its first title."""

    korean: re.Pattern
    rank: str
    english: re.Pattern
    #: the office's English words as one alternation (for "vice … minister")
    office: str
    label: str


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, str, str], ...]:
    """The rows of ``data/korean_titles.tsv`` (korean, rank, english, note), read once."""
    text = resources.files("tqa.data").joinpath("korean_titles.tsv").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#"))[1:]


@lru_cache(maxsize=1)
def korean_titles() -> tuple[Title, ...]:
    """The rows of ``data/korean_titles.tsv`` as :class:`Title`."""
    titles = []
    for korean, rank, english, _note in _rows():
        names = sorted(korean.split("|"), key=len, reverse=True)
        before = "" if rank == "deputy" else r"(?<!부)(?<!차)"
        office = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in english.split("|"))
        titles.append(Title(re.compile(before + "(?:" + "|".join(map(re.escape, names)) + ")"), rank,
                            re.compile(r"\b(?:" + office + r")\b", re.I), office, korean.split("|")[0]))
    return tuple(titles)


def _office_of(title: Title, titles: tuple[Title, ...], rank: str) -> list[Title]:
    """The rows of ``rank`` that name the same office (the same English words)."""
    return [other for other in titles if other.rank == rank and other.office == title.office]


@lru_cache(maxsize=1)
def _title_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every Korean title of the table as written, and the reserved English titles in lower case:
    most pairs hold neither, and plain substring tests tell (no pattern per title)."""
    korean = tuple(name for korean, rank, _english, _note in _rows() if rank != "reserved"
                   for name in korean.split("|"))
    english = tuple(word.lower() for _korean, rank, english, _note in _rows() if rank == "reserved"
                    for word in english.split("|"))
    return korean, english


def title_rank_changed(source: str, target: str) -> tuple[re.Match, Title, re.Match, str] | None:
    """(where the Korean says the title, its row, where the English says the other rank, what
    changed) for the first title whose rank the English changes."""
    korean_words, reserved_words = _title_words()
    if not any(word in source for word in korean_words):
        lowered = target.lower()
        if not any(word in lowered for word in reserved_words):
            return None
    titles = korean_titles()
    for title in titles:
        if title.rank == "reserved":
            said = title.english.search(target)
            if said is not None and not title.korean.search(source) and _OTHER_TITLE.search(source) \
                    and not re.search(r"\b(?:vice|deputy|former|acting)\s+(?:\w+\s+)?$", target[:said.start()], re.I):
                return said, title, said, "reserved"
            continue
        where = title.korean.search(source)
        if where is None:
            continue
        if title.rank == "deputy":
            office = title.english.search(target)
            if office is None or _DEPUTY_WORDS.search(target) or _LOAN.search(target) and title.label == "차관" \
                    or any(head.korean.search(source) for head in _office_of(title, titles, "head")):
                continue
            return where, title, office, "deputy"
        said = re.search(r"\b(?:vice|deputy)[\s-]+(?:\w+\s+){0,2}?(?:" + title.office + r")\b", target, re.I)
        if said is not None and not any(deputy.korean.search(source) for deputy in _office_of(title, titles, "deputy")):
            return where, title, said, "head"
    return None


@pair_rule("TQA212", "name", "major",
           "A title of office changes rank in the translation (차관 → Minister, 장관 → Vice Minister, 부장판사 → Chief Justice).")
def title_rank(pair, context):
    if not pair.source or not pair.target:
        return
    found = title_rank_changed(pair.source, pair.target)
    if found is None:
        return
    where, title, said, what = found
    if what == "reserved":
        yield Finding(f"The translation says “{said.group()}”, a title only {title.label} renders, which the "
                      f"source does not hold: the office may be wrong", target=pair.target_loc(*said.span()))
    elif what == "deputy":
        yield Finding(f"{where.group()} is a deputy's title (vice or deputy), but the translation says "
                      f"“{said.group()}” with no vice or deputy: the rank is raised",
                      source=pair.source_loc(*where.span()), target=pair.target_loc(*said.span()))
    else:
        yield Finding(f"{where.group()} is the head of the office, but the translation says “{said.group()}”: "
                      f"the rank is lowered", source=pair.source_loc(*where.span()), target=pair.target_loc(*said.span()))
