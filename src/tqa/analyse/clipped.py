"""Clipped slang and neologisms (TQA312): a documented table of syllable abbreviations and
coinages (갑분싸-type: 내돈내산, 얼죽코, 법카, 남친 …) with the full Korean words behind their
syllables, and what the English does with them.

Korean-side evidence first, as everywhere in the ``literal`` family: a pair is read only
when its Korean holds a clipped form of the table (``tqa/data/clipped_slang.tsv``) at the
start of a written word, followed by nothing, punctuation or a particle / ending / copula
(:data:`tqa.ko.expressions.CONTINUATIONS`): 법카로, 남친이랑, 지옥철이었어 are read; 총공격 (총공 + 격), 새터민
(새터 + 민) are other words and are not.

For each clipped form the English is then read three ways, in this order:

* **literal** — one of the row's ``literal`` patterns (a word-by-word rendering of the full
  words, or of the syllables read as other words: 법카 → "law card", 흑우 → "black cow"),
  outside every idiomatic rendering of the row (major);
* **romanised** — the clipped form left as a bare romanisation ("kkamnol", "gap bun ssa"):
  an English word, or two to four consecutive words, whose consonant skeleton equals the
  form's Revised Romanization (:func:`tqa.ko.romanize.phonetic_key`, so kk/gg, eo/u spellings
  agree) and whose letters are close to it, that is not itself an English word (wordfreq);
  silent when the sentence also has one of the row's idiomatic renderings, or the word is
  explained on the spot — a parenthesis, a dash or "meaning …" right after it (major);
* **glossed** — the full words glossed one by one (:mod:`tqa.ko.expressions` gloss list):
  glosses of two different full words within :data:`GLOSS_WINDOW` words of each other, and
  no idiomatic rendering of the row anywhere in the sentence (minor: the gloss list is
  generic, the evidence weaker).

Table format: see ``tqa/data/clipped_slang.md``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

from ..en.patterns import Token, compile_pattern, find_glosses, find_patterns, PatternError
from ..ko.expressions import Glossary, PATTERN_SEPARATOR, SurfaceForms, readable_pattern

TABLE_PATH = Path(__file__).resolve().parent.parent / "data" / "clipped_slang.tsv"
FORMAT_LINE = "# tqa clipped slang table v1"
HEADER = ("id", "clipped", "full", "meaning", "idiomatic", "literal", "source")
SOURCE_TYPES = ("knowledge",)
_ID = re.compile(r"^X\d{4}$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")

#: the glosses of two different full words must fall within this many words of each other
GLOSS_WINDOW = 4
#: glosses of grammatical words of the full form (같다 like, 하다 do): never evidence
FUNCTION_GLOSSES = frozenset("like same as be is do does did make have has get go come say not no".split())
#: a romanisation candidate at least this frequent in English (wordfreq Zipf) is English
#: (TQA311's romanised words in :mod:`tqa.analyse.literal` read the same bound)
ROMANISED_ENGLISH_ZIPF = 3.0
#: letters of the candidate against the form's Revised Romanization (difflib ratio)
ROMANISED_LETTERS = 0.6
#: … when the skeleton is one consonant off (a sound change the romaniser does not make)
ROMANISED_NEAR_LETTERS = 0.75
#: characters after a romanised word read for an explanation (the longest opener, a quote
#: mark, a comma and "which means", fits with room for spaces)
EXPLAINED_REACH = 24
#: an explanation right after a romanised word: "(…", "— …", ", meaning …", "or …"
_EXPLAINED_AFTER = re.compile(r"^[\"'”’]?\s*(?:\(|\[|—|–|-\s|,?\s*(?:meaning|which means|i\.e\.|or|aka|"
                              r"short for|slang for|literally|that is)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class ClippedEntry:
    """One row of the table."""

    id: str
    clipped: str
    full: str
    meaning: str
    idiomatic: tuple[str, ...]
    literal: tuple[str, ...]
    source: str

    @property
    def suggestion(self) -> str:
        return readable_pattern(self.idiomatic[0]) if self.idiomatic else ""


@dataclass(frozen=True)
class ClippedReading:
    """A clipped form of the pair and how the English renders it word for word (TQA312)."""

    kind: str                     # "literal", "romanised" or "glossed"
    entry: ClippedEntry
    source_span: tuple[int, int]  # code points in the source
    target_span: tuple[int, int]  # code points in the target
    detail: str = ""              # the glosses found (glossed) or the romanisation


class ClippedTableError(ValueError):
    """The table is malformed (line number and reason in the message)."""


def _patterns(cell: str, line: int, column: str) -> tuple[str, ...]:
    items = tuple(p.strip() for p in cell.split(PATTERN_SEPARATOR.strip()) if p.strip())
    for pattern in items:
        try:
            compile_pattern(pattern)
        except PatternError as error:
            raise ClippedTableError(f"line {line}: {column}: {error}") from None
        if pattern != pattern.lower():
            raise ClippedTableError(f"line {line}: {column}: pattern {pattern!r} is not lower case")
    return items


def parse_table(text: str) -> list[ClippedEntry]:
    """Parse the table's text; raises :class:`ClippedTableError` on any malformed line."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FORMAT_LINE:
        raise ClippedTableError(f"line 1: expected {FORMAT_LINE!r}")
    if len(lines) < 2 or tuple(lines[1].split("\t")) != HEADER:
        raise ClippedTableError("line 2: expected the header " + "\\t".join(HEADER))
    entries: list[ClippedEntry] = []
    ids: set[str] = set()
    forms: set[str] = set()
    for number, line in enumerate(lines[2:], start=3):
        if not line:
            if any(rest for rest in lines[number - 1:]):
                raise ClippedTableError(f"line {number}: blank line inside the table")
            continue
        cells = line.split("\t")
        if len(cells) != len(HEADER):
            raise ClippedTableError(f"line {number}: {len(cells)} columns, expected {len(HEADER)}")
        id_, clipped, full, meaning, idiomatic, literal, source = (c.strip() for c in cells)
        if not _ID.match(id_) or id_ in ids:
            raise ClippedTableError(f"line {number}: id {id_!r} is not X + four digits or is repeated")
        if not clipped or " " in clipped or not _HANGUL.match(clipped[0]) or clipped in forms:
            raise ClippedTableError(f"line {number}: clipped form {clipped!r} must be one Hangul-initial "
                                    "word without spaces, unique in the table")
        if not full or not _HANGUL.search(full):
            raise ClippedTableError(f"line {number}: the full words are missing")
        if not meaning or len(meaning.split()) > 16:
            raise ClippedTableError(f"line {number}: meaning missing or longer than 16 words")
        if source not in SOURCE_TYPES:
            raise ClippedTableError(f"line {number}: source {source!r} not one of {SOURCE_TYPES}")
        idiomatic_patterns = _patterns(idiomatic, number, "idiomatic")
        if not idiomatic_patterns:
            raise ClippedTableError(f"line {number}: idiomatic is empty")
        ids.add(id_)
        forms.add(clipped)
        entries.append(ClippedEntry(id_, clipped, full, meaning, idiomatic_patterns,
                                    _patterns(literal, number, "literal"), source))
    return entries


@dataclass
class ClippedTable:
    entries: list[ClippedEntry]

    def __post_init__(self):
        self._forms = SurfaceForms((entry.clipped, entry) for entry in self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, source: str) -> list[tuple[ClippedEntry, int, int]]:
        """Clipped forms at the start of a written word of ``source``, each followed by the
        end of the word or a particle / ending (:class:`tqa.ko.expressions.SurfaceForms`)."""
        return self._forms.find(source)


@lru_cache(maxsize=1)
def default_table() -> ClippedTable:
    try:
        return ClippedTable(parse_table(TABLE_PATH.read_text(encoding="utf-8")))
    except OSError:
        return ClippedTable([])


# --- the three readings --------------------------------------------------------------------


def _inside(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def english_zipf(word: str) -> float:
    """``word``'s wordfreq Zipf frequency in English (0 without wordfreq); also read by
    :mod:`tqa.analyse.literal` for the romanised words of TQA311."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return 0.0
    return zipf_frequency(word, "en")


@lru_cache(maxsize=1)
def _korean_frequencies() -> dict[str, float]:
    """wordfreq's Korean word list, read as a table: ``zipf_frequency(word, "ko")`` would
    tokenise with MeCab, which tqa does not install; a single word needs no tokenising."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return {}
    return get_frequency_dict("ko")


def korean_zipf(word: str) -> float:
    """``word``'s Zipf frequency in wordfreq's Korean list (0 when it is not there: coinages
    and slang such as 꿀잼, 갑분싸 are not; 생선, 왕따, 짝퉁 are)."""
    frequency = _korean_frequencies().get(word)
    return math.log10(frequency) + 9 if frequency else 0.0


@lru_cache(maxsize=65536)
def romanisations(word: str) -> tuple[str, str]:
    """``word``'s Revised Romanization with the sound changes (깜놀 → kkamnol; lower case, no
    hyphens) and syllable by syllable (분좋카 → bunjohka); cached: a word recurs across a
    document's pairs. Shared with :mod:`tqa.analyse.literal` (TQA311)."""
    from ..ko.romanize import romanize, romanize_syllable

    return romanize(word).lower().replace("-", ""), "".join(romanize_syllable(ch) for ch in word)


@lru_cache(maxsize=4096)
def _form_keys(form: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Consonant skeletons and letters of the form's :func:`romanisations`."""
    from ..ko.romanize import phonetic_key

    spellings = romanisations(form)
    return frozenset(phonetic_key(s.replace("ng", "nk")) for s in spellings), spellings


def _near_skeleton(key: str, skeletons: frozenset[str]) -> bool:
    from ..ko.romanize import edit_distance

    return key in skeletons or (len(key) >= 4 and any(edit_distance(key, s) <= 1 for s in skeletons))


def romanised(form: str, target: str, tokens: list[Token]) -> tuple[int, int, str] | None:
    """Where ``target`` leaves ``form`` romanised: one to four consecutive word tokens whose
    letters, joined, read as the form's Revised Romanization and are not English."""
    from difflib import SequenceMatcher

    from ..ko.romanize import phonetic_key

    skeletons, spellings = _form_keys(form)
    if not any(skeletons):
        return None
    syllables = len(form)
    for first in range(len(tokens)):
        joined = ""
        for last in range(first, min(first + syllables, first + 4, len(tokens))):
            if last > first and tokens[last].start - tokens[last - 1].end > 1:
                break  # parts of one romanisation are separated by one space or hyphen
            joined += tokens[last].text
            if len(joined) < 3 or any(ch.isdigit() for ch in joined):
                continue
            key = phonetic_key(joined.replace("ng", "nk"))
            if not _near_skeleton(key, skeletons):
                continue
            ratio = max(SequenceMatcher(None, joined, letters).ratio() for letters in spellings)
            if ratio < (ROMANISED_LETTERS if key in skeletons else ROMANISED_NEAR_LETTERS):
                continue
            if last == first and english_zipf(joined) >= ROMANISED_ENGLISH_ZIPF:
                continue
            if last > first and all(english_zipf(t.text) >= ROMANISED_ENGLISH_ZIPF
                                    for t in tokens[first:last + 1]):
                continue  # ordinary English words that happen to spell it ("so mac")
            before = target[:tokens[first].start].rstrip()
            if target[tokens[first].start].isupper() and before and not before.endswith((".", "!", "?", ":", "\"", "“", "'", "‘", "(")):
                continue  # capitalised inside a sentence: a name (King Seongdeok for 성덕왕), not the slang
            end = tokens[last].end
            if _EXPLAINED_AFTER.match(target[end:end + EXPLAINED_REACH].lstrip()):
                return None
            return tokens[first].start, end, target[tokens[first].start:end]
    return None


@lru_cache(maxsize=4096)
def _full_word_keys(full: str):
    from ..ko.expressions import content_keys

    text = re.sub(r"\([^)]*\)", " ", full).replace("+", " ")
    _, keys = content_keys(text)
    return tuple(key for key in keys if key is not None)


def _glossed(entry: ClippedEntry, tokens: list[Token], glossary: Glossary) -> tuple[int, int, str] | None:
    """Glosses of two different full words within :data:`GLOSS_WINDOW` words of each other."""
    hits: list[tuple[int, int, int, str]] = []  # first token, last token, word index, gloss
    for index, key in enumerate(_full_word_keys(entry.full)):
        glosses = [gloss for gloss in glossary.glosses_of(key) if gloss.lower() not in FUNCTION_GLOSSES]
        if not glosses:
            continue
        for first, last in find_glosses(tokens, glosses):
            hits.append((first, last, index, f"{key.form} {' '.join(t.text for t in tokens[first:last + 1])}"))
    hits.sort()
    for i, (first, last, word, label) in enumerate(hits):
        for first2, last2, word2, label2 in hits[i + 1:]:
            if word2 == word or first2 <= last:
                continue
            if first2 - last > GLOSS_WINDOW:
                break
            return tokens[first].start, tokens[last2].end, f"{label} + {label2}"
    return None


def clipped_readings(source: str, target: str, tokens: Callable[[], list[Token]] | list[Token],
                     glossary: Glossary, table: ClippedTable | None = None,
                     taken: Sequence[tuple[int, int]] = ()) -> tuple[list[ClippedReading], list[tuple[int, int]]]:
    """The clipped forms of ``source`` rendered word for word in ``target``, and the source
    spans of every clipped form found (rendered well or not). ``taken``: source spans a
    lexicon expression already covers (TQA300/TQA301 speak for them)."""
    table = table if table is not None else default_table()
    matches = [(entry, start, end) for entry, start, end in table.find(source)
               if not any(s < end and start < e for s, e in taken)]
    if not matches:
        return [], []
    words = tokens() if callable(tokens) else tokens
    found: list[ClippedReading] = []
    for entry, start, end in matches:
        idiomatic = [(m.start, m.end) for m in find_patterns(target, list(entry.idiomatic), words)]
        literal = [(m.start, m.end) for m in find_patterns(target, list(entry.literal), words)
                   if not _inside((m.start, m.end), idiomatic)]
        if literal:
            found.append(ClippedReading("literal", entry, (start, end), literal[0]))
            continue
        if idiomatic:
            continue
        romanised_at = romanised(entry.clipped, target, words)
        if romanised_at is not None:
            found.append(ClippedReading("romanised", entry, (start, end), romanised_at[:2], romanised_at[2]))
            continue
        glossed = _glossed(entry, words, glossary)
        if glossed is not None:
            found.append(ClippedReading("glossed", entry, (start, end), glossed[:2], glossed[2]))
    return found, [(start, end) for _, start, end in matches]
