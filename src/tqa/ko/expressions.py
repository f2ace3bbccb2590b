"""The calque lexicon: Korean idioms, slang and set phrases, and a matcher that finds
them in Korean text on lemmas.

Lexicon format (``# tqa calque lexicon v1`` or ``v2``): UTF-8 TSV files, first line that
comment, then the header ``id korean meaning literal idiomatic category`` (v2 adds a
``source`` column: ``knowledge`` — written from the author's knowledge of both languages —
or ``dictionary-fact`` — a fact a dictionary also records; v1 entries count as knowledge). ``korean`` is the
dictionary form written naturally (발이 넓다, 희망고문, 그림의 떡). ``literal`` and
``idiomatic`` are English patterns (see :mod:`tqa.en.patterns`) separated by `` ; ``.

Matching: the dictionary form is analysed with kiwipiepy and reduced to its *content
morphemes* (nouns, verb/adjective stems, roots, adverbs, determiners — particles, endings
and 하다-type suffixes dropped). A source sentence matches when those keys occur in
order in its morphemes: keys that sat inside one word of the dictionary form must be
adjacent; keys from different words may have a small gap (particles, an adverb), so
"발이 정말 넓은 사람" matches 발이 넓다.

Where the lexicon lives: the package data dir ``tqa/data/calques/`` first (an installed
tqa), then the repo's ``corpora/calques/`` (a checkout); see :func:`lexicon_dirs`.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

from ..io.errors import InputError
from .analyser import Morpheme, current, morphemes, per_analyser, warm_from_disk
from .forms import causative_and_inchoative, same_verb, voice_bases

FORMAT_LINE = "# tqa calque lexicon v1"
FORMAT_LINE_V2 = "# tqa calque lexicon v2"
HEADER = ("id", "korean", "meaning", "literal", "idiomatic", "category")
HEADER_V2 = HEADER + ("source",)
SOURCE_TYPES = ("knowledge", "dictionary-fact")
PATTERN_SEPARATOR = " ; "

#: package data dir (installed tqa) and repo dir (checkout), in lookup order
PACKAGE_DIR = Path(__file__).resolve().parent.parent / "data" / "calques"
REPO_DIR = Path(__file__).resolve().parents[3] / "corpora" / "calques"

#: index kind under which a multi-key entry opening with a verb is also filed by each voice
#: base of that verb (태우다 … under 타 too), so a passive/causative form finds it
VOICED_KIND = "V*"
#: at most this many morphemes between two keys that came from different words
MAX_GAP = 5
#: … of which at most this many may be content morphemes (an inserted adverb, a noun)
MAX_CONTENT_GAP = 2

_DROPPED_TAGS = {"XSV", "XSA", "XSAJ", "XSM", "VCP", "VX", "SF", "SP", "SS", "SSO", "SSC",
                 "SE", "SO", "SW", "SB", "W_URL", "W_EMAIL", "W_HASHTAG", "W_MENTION", "UN"}


class Key(NamedTuple):
    """A content morpheme reduced to what must match: its form and a coarse class."""

    form: str
    kind: str  # "N" noun-like, "V" verb/adjective, "M" adverb/determiner, "X" other


def base_tag(tag: str) -> str:
    """Kiwi marks irregular stems as ``VV-I``/``VA-R``: drop the suffix."""
    return tag.split("-", 1)[0]


def is_content(morpheme: Morpheme) -> bool:
    tag = base_tag(morpheme.tag)
    if tag in _DROPPED_TAGS:
        return False
    return not (tag.startswith("J") or tag.startswith("E"))


#: adverbs made from an adjective with -이/-리, matched as their adjective: 눈코 뜰 새 없이 바쁘다
#: is 눈코 뜰 새 없다 said as an adverb
_ADVERB_OF_ADJECTIVE = {"없이": "없", "같이": "같", "많이": "많", "깊이": "깊", "멀리": "멀", "달리": "다르",
                        "가까이": "가깝", "빨리": "빠르", "길이": "길", "널리": "넓"}


def _adjective_key(morpheme: Morpheme) -> Key | None:
    """The adjective's key for an adverb of :data:`_ADVERB_OF_ADJECTIVE` (없이 → 없), else None."""
    if morpheme.form in _ADVERB_OF_ADJECTIVE and base_tag(morpheme.tag) == "MAG":
        return Key(_ADVERB_OF_ADJECTIVE[morpheme.form], "V")
    return None


def key_of(morpheme: Morpheme) -> Key:
    adjective = _adjective_key(morpheme)
    if adjective is not None:
        return adjective
    tag = base_tag(morpheme.tag)
    if tag in ("VV", "VA", "VCN"):
        kind = "V"
    elif tag.startswith("N") or tag in ("XR", "SL", "SH", "SN", "XSN", "XPN"):
        kind = "N"
    elif tag in ("MAG", "MAJ", "MM"):
        kind = "M"
    else:
        kind = "X"
    return Key(morpheme.form, kind)


@dataclass
class Expression:
    """One lexicon entry."""

    id: str
    korean: str
    meaning: str
    literal: list[str]
    idiomatic: list[str]
    category: str
    path: str = ""
    #: how the entry was written: ``knowledge`` or ``dictionary-fact`` (format v2)
    source: str = "knowledge"
    #: content keys of the dictionary form and, per key, the word (eojeol) it came from
    keys: tuple[Key, ...] = ()
    words: tuple[int, ...] = ()

    @property
    def suggestion(self) -> str:
        """The first idiomatic rendering, written plainly (pattern syntax removed)."""
        if not self.idiomatic:
            return self.meaning
        return readable_pattern(self.idiomatic[0])


def readable_pattern(pattern: str) -> str:
    """``false hope*/hopes`` → ``false hope``: first alternative, no wildcards or gaps."""
    words = []
    for slot in pattern.split():
        if slot in ("…", "..."):
            continue
        words.append(slot.split("/")[0].rstrip("*"))
    return " ".join(words)


class ExpressionMatch(NamedTuple):
    expression: Expression
    start: int  # code-point offsets into the analysed text
    end: int
    morpheme_indexes: tuple[int, ...]


def analyse_form(korean: str) -> tuple[tuple[Key, ...], tuple[int, ...]]:
    """Content keys of a dictionary form and the word index of each key."""
    found = morphemes(korean)
    keys: list[Key] = []
    words: list[int] = []
    for morpheme in found:
        if not is_content(morpheme):
            continue
        keys.append(key_of(morpheme))
        words.append(korean.count(" ", 0, morpheme.start))
    return tuple(keys), tuple(words)


def split_patterns(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def parse_lexicon_file(path: Path) -> tuple[list[Expression], list[str]]:
    """Entries of one TSV file and the problems found (one line each, row skipped)."""
    problems: list[str] = []
    entries: list[Expression] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return [], [f"{path}: cannot read: {error}"]
    lines = text.splitlines()
    if not lines or lines[0].strip() not in (FORMAT_LINE, FORMAT_LINE_V2):
        return [], [f"{path}:1: first line must be {FORMAT_LINE!r} or {FORMAT_LINE_V2!r}"]
    header = HEADER_V2 if lines[0].strip() == FORMAT_LINE_V2 else HEADER
    rows = list(csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE))
    header_seen = False
    for number, row in enumerate(rows, start=2):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if not header_seen:
            if tuple(cell.strip() for cell in row[:len(header)]) != header:
                return [], [f"{path}:{number}: header must be {' '.join(header)}"]
            header_seen = True
            continue
        if len(row) < len(header):
            problems.append(f"{path}:{number}: expected {len(header)} columns, got {len(row)}")
            continue
        ident, korean, meaning, literal, idiomatic, category = (c.strip() for c in row[:6])
        source = row[6].strip() if header is HEADER_V2 else "knowledge"
        if not ident or not korean:
            problems.append(f"{path}:{number}: empty id or korean")
            continue
        if source not in SOURCE_TYPES:
            problems.append(f"{path}:{number}: source must be one of {', '.join(SOURCE_TYPES)}")
            continue
        entries.append(Expression(ident, korean, meaning, split_patterns(literal),
                                  split_patterns(idiomatic), category, str(path), source=source))
    return entries, problems


def lexicon_dirs() -> list[Path]:
    """Where lexicon files are looked for, in order: package data, then repo corpora."""
    return [PACKAGE_DIR, REPO_DIR]


def lexicon_files(dirs: Sequence[Path] | None = None) -> list[Path]:
    """The ``*.tsv`` files of the first directory that has any."""
    for directory in dirs if dirs is not None else lexicon_dirs():
        files = sorted(Path(directory).glob("*.tsv"))
        if files:
            return files
    return []


@dataclass
class Lexicon:
    """Loaded entries, indexed by their first key for matching."""

    expressions: list[Expression]
    problems: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def __post_init__(self):
        self._by_first: dict[Key, list[Expression]] = {}
        warm_from_disk((e.korean for e in self.expressions if not e.keys), "lexicon-forms")
        for expression in self.expressions:
            if not expression.keys:
                expression.keys, expression.words = analyse_form(expression.korean)
            if expression.keys:
                self._by_first.setdefault(expression.keys[0], []).append(expression)
                if len(expression.keys) > 1 and expression.keys[0].kind == "V":
                    for base in voice_bases(expression.keys[0].form):
                        self._by_first.setdefault(Key(base, VOICED_KIND), []).append(expression)

        # slang and neologisms written as one word are also found on the surface: kiwi
        # splits such coinages differently alone and in a sentence (현타 alone is 현 + 타, in
        # "현타 오지" one noun; 열폭하는 is 열 + 폭), so their keys may never meet
        self._surface = SurfaceForms((e.korean, e) for e in self.expressions
                                     if e.category in SURFACE_CATEGORIES and surface_form(e.korean))

    def __len__(self) -> int:
        return len(self.expressions)

    def find(self, text: str) -> list[ExpressionMatch]:
        """Every lexicon expression found in ``text``; overlapping matches of the same
        span keep the longest (most keys) expression. A one-word slang or neologism entry
        the lemma matcher misses is found by its written form (:class:`SurfaceForms`)."""
        matches = find_expressions(text, self._by_first)
        extra = [ExpressionMatch(expression, start, end, ())
                 for expression, start, end in self._surface.find(text)
                 if not any(m.start < end and start < m.end for m in matches)]
        return sorted(matches + extra, key=lambda m: (m.start, m.end)) if extra else matches


#: lexicon categories whose one-word entries are also matched on the surface
SURFACE_CATEGORIES = frozenset(("slang", "neologism"))

#: what may follow a one-word slang form inside its written word: particles, the copula
#: and its endings, endings of 하다-type use, plural 들, slang noun suffixes (파, 템, 러, 각).
#: Anything else makes the form part of a longer word (총공 + 격, 새터 + 민)
CONTINUATIONS = tuple(sorted(set("""
이 가 은 는 을 를 도 만 랑 이랑 하고 에 에서 에게 한테 께 으로 로 의 와 과 야 이야 여 이여 아
이다 다 이었 였 이에요 예요 이네 네 이지 지 인 임 함 하 했 해 할 한 되 된 돼 될 처럼 같 보다 까지
부터 요 이요 들 이라 라 이면 면 이고 고 이던 던 스럽 러 님 짓 질 각 템 끼리 파 이냐 냐 이래 래
이잖 잖 이죠 죠 인데 인가 인지 이니 니 이신 신 이세 세요 이었어 였어 이에 에요 아요 어요 었 았
""".split()), key=len, reverse=True))

_SURFACE_FORM = re.compile(r"^[\uac00-\ud7a3]{2,}$")
_WRITTEN_WORD = re.compile(r"[\uac00-\ud7a3A-Za-z0-9]+")


def surface_form(korean: str) -> bool:
    """Is ``korean`` one written word of two or more Hangul syllables (no space, no Latin)?"""
    return bool(_SURFACE_FORM.match(korean))


class SurfaceForms:
    """One-word forms found by their spelling at the start of a written word, followed by
    the end of the word or a :data:`CONTINUATIONS` item (법카로, 남친이랑, 현타 왔어), where the
    analyser does not read a noun running on past the form (알바 in 알바니아 Albania, 총공 in
    총공격); the longest form wins at a place."""

    def __init__(self, items: Iterable[tuple[str, object]]):
        self._by_first: dict[str, list[tuple[str, object]]] = {}
        for form, value in sorted(items, key=lambda item: -len(item[0])):
            self._by_first.setdefault(form[0], []).append((form, value))

    def find(self, text: str) -> list[tuple[object, int, int]]:
        found = []
        analysed: list | None = None
        for match in _WRITTEN_WORD.finditer(text):
            word, start = match.group(), match.start()
            for form, value in self._by_first.get(word[0], ()):
                if word.startswith(form):
                    rest = word[len(form):]
                    if rest and not rest.startswith(CONTINUATIONS):
                        continue
                    end = start + len(form)
                    if rest:
                        analysed = morphemes(text) if analysed is None else analysed
                        if any(m.start < end < m.end and base_tag(m.tag).startswith("NN") for m in analysed):
                            continue  # a longer noun: 알바니아, 총공격
                    found.append((value, start, end))
                    break
        return found


def load_lexicon(paths: Iterable[Path] | None = None, strict: bool = False) -> Lexicon:
    """Load the lexicon from ``paths`` (default: :func:`lexicon_files`). Bad rows are
    skipped and listed in ``Lexicon.problems``; ``strict`` raises :class:`InputError`."""
    files = [Path(p) for p in paths] if paths is not None else lexicon_files()
    entries: list[Expression] = []
    problems: list[str] = []
    seen: set[str] = set()
    for path in files:
        found, file_problems = parse_lexicon_file(path)
        problems.extend(file_problems)
        for entry in found:
            if entry.id in seen:
                problems.append(f"{path}: duplicate id {entry.id}")
                continue
            seen.add(entry.id)
            entries.append(entry)
    if strict and problems:
        raise InputError(problems[0].split(":", 1)[0], problems[0])
    return Lexicon(entries, problems, files)


@per_analyser(maxsize=4)
def default_lexicon() -> Lexicon:
    """The installed/repo lexicon, loaded once per process and analyser options (its
    expressions' keys come from the analyser)."""
    return load_lexicon()


def _same_key(text_key: Key | None, entry_key: Key) -> bool:
    """A text key matches an entry key when equal or, for verbs, when one is the passive or
    causative of the other (발목을 잡다 / 발목이 잡혔다, 애가 타다 / 애를 태웠다): forms
    of one idiom, on lemmas (:func:`tqa.ko.forms.same_verb`). Only for keys after the
    first (and for a verb first key of a multi-key entry, see :meth:`Lexicon.find`): a
    one-word entry is matched as written."""
    if text_key == entry_key:
        return True
    if text_key is not None and text_key.form == entry_key.form and len(entry_key.form) >= 2 \
            and {text_key.kind, entry_key.kind} == {"N", "M"}:
        return True  # tagged an adverb here, a noun in the entry (우왕좌왕, 갈팡질팡)
    return (text_key is not None and text_key.kind == "V" and entry_key.kind == "V"
            and (same_verb(text_key.form, entry_key.form) or causative_and_inchoative(text_key.form, entry_key.form)))


def _match_at(found: Sequence[Morpheme], keys_of: Sequence[Key | None], first: int,
              expression: Expression, from_key: int = 1) -> tuple[int, ...] | None:
    """Greedy left-to-right match of the expression's keys starting at morpheme ``first``
    (whose morpheme matched the keys before ``from_key``)."""
    indexes = [first]
    position = first
    for k in range(from_key, len(expression.keys)):
        same_word = expression.words[k] == expression.words[k - 1]
        limit = 1 if same_word else MAX_GAP + 1
        content_gap = 0
        hit = None
        # a noun key with no particle of its own that runs on into another noun (마지막 날 큰
        # 무대에 서다) is that noun phrase's modifier, not the idiom's argument: a dropped
        # particle leaves the noun right before its verb, or an adverb between
        bare_noun = (not same_word and found[position].tag.startswith("NN")
                     and position + 1 < len(found) and not found[position + 1].tag.startswith("J"))
        for candidate in range(position + 1, min(len(found), position + 1 + limit)):
            if _same_key(keys_of[candidate], expression.keys[k]):
                hit = candidate
                break
            if keys_of[candidate] is not None:
                content_gap += 1
                if content_gap > MAX_CONTENT_GAP or (bare_noun and found[candidate].tag.startswith("NN")):
                    break
            if found[candidate].tag == "SF":  # never across a sentence end
                break
        if hit is None:
            return None
        indexes.append(hit)
        position = hit
    return tuple(indexes)


@lru_cache(maxsize=256)
def _kind_of_tag(tag: str) -> str | None:
    """The key kind of a morpheme tag, None for a non-content tag (memoised: few tags)."""
    probe = Morpheme("", tag, 0, 0, "")
    return key_of(probe).kind if is_content(probe) else None


def content_keys(text: str) -> tuple[Sequence[Morpheme], tuple[Key | None, ...]]:
    """The morphemes of ``text`` and, for each, its :class:`Key` (None when not content)."""
    # the run's analyser keeps the last text's keys: the lexicon and the idiom list are both
    # matched against each source sentence in turn, so the second search reuses them
    korean = current()
    found = korean.morphemes(text)
    last = korean.recent("content_keys")
    if last is not None and last[0] == text and last[1] is found:
        return found, last[2]
    keys_of = tuple(_adjective_key(m) or (None if (kind := _kind_of_tag(m.tag)) is None else Key(m.form, kind))
                    for m in found)
    korean.remember_recent("content_keys", (text, found, keys_of))
    return found, keys_of


#: an entry written with an object particle before its final verb (물을 흐리다, 발목을 잡다): its
#: predicate is a verb, so an adjective of the same spelling in the text (흐리다 "cloudy") is
#: another word
_OBJECT_AND_VERB = re.compile(r"[을를]\s+[가-힣]+다$")


#: an entry written as words and spaces, no verb (우물 안 개구리, 개밥에 도토리)
_BARE_NOUNS = re.compile(r"[가-힣]+(?:\s[가-힣]+)+")


def find_expressions(text: str, by_first: dict[Key, list[Expression]]) -> list[ExpressionMatch]:
    """Every expression of ``by_first`` in ``text``, on lemmas: inflected, negated,
    nominalised, adnominal and honorific (-시-) forms share the stem; passive and causative
    stems match their active entry (:func:`_same_key`); a verb stem kiwi keeps whole with
    its noun (바람맞-, 눈감-) matches an entry written noun + particle + verb (바람을 맞다)."""
    found, keys_of = content_keys(text)
    matches: list[ExpressionMatch] = []

    exact: dict[int, int] = {}  # id(match) → keys matched as written

    def add(expression: Expression, hit: tuple[int, ...], split_exact: int = 0) -> None:
        if _OBJECT_AND_VERB.search(expression.korean) and base_tag(found[hit[-1]].tag) == "VA":
            return  # 물을 흐리다 (to muddy, a verb with its object) is not 물은 흐리다 (the water is cloudy)
        if len(hit) > 1 and all(k.kind == "N" for k in expression.keys) and _BARE_NOUNS.fullmatch(expression.korean) \
                and any(base_tag(m.tag).startswith(("JKB", "JKO", "JKS")) and m.form not in expression.korean
                        for m in found[hit[0]:hit[-1]]):
            return  # a set phrase of nouns (우물 안 개구리) is broken by a case particle between its words
            # that it does not have itself: 우물 안에서 개구리 울음소리 is frogs in a well
        end = found[hit[-1]].end
        if expression.keys[-1].kind == "V":  # show 넓다, not the stem 넓
            end = _word_end(text, end)
        match = ExpressionMatch(expression, found[hit[0]].start, end, hit)
        exact[id(match)] = sum(keys_of[i] in expression.keys for i in hit) + split_exact
        matches.append(match)

    for index, key in enumerate(keys_of):
        if key is None:
            continue
        candidates = list(by_first.get(key, ()))
        if key.kind in ("N", "M") and len(key.form) >= 2:
            # a word the analyser tags as an adverb in one sentence and a noun in another
            # (우왕좌왕하는 사이 / 모두 우왕좌왕했다, 갈팡질팡): the entry's word either way
            candidates += by_first.get(Key(key.form, "M" if key.kind == "N" else "N"), ())
        if key.kind == "V":  # a multi-key entry opening with a verb, in another voice
            seen = {id(e) for e in candidates}
            for base in voice_bases(key.form):
                for expression in by_first.get(Key(base, VOICED_KIND), ()):
                    if id(expression) not in seen:
                        seen.add(id(expression))
                        candidates.append(expression)
        for expression in candidates:
            hit = _match_at(found, keys_of, index, expression)
            if hit is not None:
                add(expression, hit)
        if key.kind == "V" and len(key.form) > 1:  # noun + verb in one stem
            for cut in range(1, len(key.form)):
                noun, verb = key.form[:cut], key.form[cut:]
                for expression in by_first.get(Key(noun, "N"), ()):
                    if len(expression.keys) > 1 and expression.keys[1].kind == "V" \
                            and same_verb(verb, expression.keys[1].form):
                        hit = _match_at(found, keys_of, index, expression, from_key=2)
                        if hit is not None:
                            add(expression, hit, 2 if verb == expression.keys[1].form else 1)
    # a noun kiwi cuts in two inside one written word (라떼 → 라 + 떼 before quotes, 코앞 → 코 +
    # 앞): the two nouns joined are the entry's first key
    for index in range(len(found) - 1):
        left, right = found[index], found[index + 1]
        if keys_of[index] is None or keys_of[index + 1] is None or left.end != right.start \
                or not (left.tag.startswith("NN") and right.tag.startswith("NN")):
            continue
        for expression in by_first.get(Key(left.form + right.form, "N"), ()):
            hit = (index + 1,) if len(expression.keys) == 1 else _match_at(found, keys_of, index + 1, expression)
            if hit is not None:
                add(expression, (index,) + hit)
    # on the same morphemes, an entry matched as written beats one matched in another
    # voice (발목이 잡혔다: 발목이 잡히다, not 발목을 잡다)
    best: dict[tuple[int, ...], int] = {}
    for match in matches:
        best[match.morpheme_indexes] = max(best.get(match.morpheme_indexes, 0), exact[id(match)])
    matches = [m for m in matches if exact[id(m)] == best[m.morpheme_indexes]]
    return _drop_contained(matches)




def _word_end(text: str, position: int) -> int:
    """The end of the word holding ``position``."""
    while position < len(text) and (text[position].isalnum()):
        position += 1
    return position


def _drop_contained(matches: list[ExpressionMatch]) -> list[ExpressionMatch]:
    """Drop a match whose morphemes are a subset of a longer match's (그림 ⊂ 그림의 떡)."""
    kept = []
    for match in matches:
        mine = set(match.morpheme_indexes)
        if any(other is not match and mine < set(other.morpheme_indexes) for other in matches):
            continue
        if any(other.expression.id == match.expression.id and other.start == match.start
               for other in kept):
            continue
        kept.append(match)
    return sorted(kept, key=lambda m: (m.start, m.end))


# ---------------------------------------------------------------------------
# Word glosses: Korean content word → plain English glosses (``tqa/data/glosses.tsv``)
# ---------------------------------------------------------------------------

GLOSSES_PATH = Path(__file__).resolve().parent.parent / "data" / "glosses.tsv"


@dataclass
class GlossEntry:
    """One gloss-list line. Multi-part entries (a compound or phrase whose parts are
    also glossed) are *idiomatic* when no gloss of the whole is built from the parts'
    glosses: those are what the literal-gloss check looks for."""

    korean: str
    glosses: list[str]
    keys: tuple[Key, ...] = ()
    words: tuple[int, ...] = ()
    idiomatic: bool = False

    @property
    def expression(self) -> Expression:
        """The entry seen as a lexicon expression (for the shared matcher)."""
        return Expression(f"gloss:{self.korean}", self.korean, self.glosses[0], [],
                          list(self.glosses), "gloss", str(GLOSSES_PATH), keys=self.keys, words=self.words)


@dataclass
class Glossary:
    entries: dict[str, GlossEntry]
    #: key (form, kind) → glosses of that content word
    by_key: dict[Key, list[str]]
    idioms: Lexicon

    #: form → glosses, whatever the word class (the analyser may tag a word alone
    #: differently from the same word in a sentence: 별 MM alone, NNG in 하늘의 별)
    by_form: dict[str, list[str]] = field(default_factory=dict)

    def glosses_of(self, key: Key) -> list[str]:
        return self.by_key.get(key) or self.by_form.get(key.form, [])

    def split_compound(self, word: str) -> tuple[str, str] | None:
        """A noun the analyser keeps whole (금수저) split into two glossed words (금 + 수저);
        the most even split wins. None when no split has glosses on both sides."""
        best = None
        for cut in range(1, len(word)):
            left, right = word[:cut], word[cut:]
            if left in self.by_form and right in self.by_form:
                if best is None or min(len(left), len(right)) > min(len(best[0]), len(best[1])):
                    best = (left, right)
        return best

    def part_glosses(self, keys: tuple[Key, ...]) -> list[list[str]]:
        """Glosses of each part of an expression: its content keys, or for a single
        noun, the two halves of :meth:`split_compound`. Unglossed parts are left out."""
        if len(keys) == 1 and keys[0].kind == "N":
            halves = self.split_compound(keys[0].form)
            return [self.by_form[half] for half in halves] if halves else []
        return [glosses for glosses in (self.glosses_of(key) for key in keys) if glosses]


IDIOM_SECTION = "# idioms"


def parse_glosses(text: str) -> tuple[dict[str, list[str]], set[str]]:
    """``korean<TAB>gloss1|gloss2`` lines (``#`` comments, blank lines ignored), and the
    Korean forms listed after a comment line starting ``# idioms``: the idiom section."""
    table: dict[str, list[str]] = {}
    idioms: set[str] = set()
    in_idioms = False
    for line in text.splitlines():
        if line.startswith("#"):
            in_idioms = line.lower().startswith(IDIOM_SECTION)
            continue
        if not line.strip():
            continue
        korean, _, glosses = line.partition("\t")
        words = [g.strip().lower() for g in glosses.split("|") if g.strip()]
        if korean.strip() and words:
            table.setdefault(korean.strip(), []).extend(words)
            if in_idioms:
                idioms.add(korean.strip())
    return table, idioms


def _same_stem(a: str, b: str) -> bool:
    """economy ~ economic, hope ~ hopeful: a shared prefix of five letters (or all of
    the shorter word, when that has at least three)."""
    shared = 0
    for x, y in zip(a, b):
        if x != y:
            break
        shared += 1
    return shared >= 3 and shared >= min(5, len(a), len(b))


def _compositional(gloss: str, part_glosses: list[list[str]]) -> bool:
    """Is this gloss of the whole built from a gloss of every part?"""
    words = gloss.split()
    return all(any(_same_stem(w, p) for g in glosses for p in g.split() for w in words)
               for glosses in part_glosses)


def build_glossary(table: dict[str, list[str]], idiom_forms: set[str] | None = None) -> Glossary:
    """Index the gloss table; entries of ``idiom_forms`` (default: every multi-part
    entry) become idioms when no gloss of theirs is built from their parts' glosses."""
    entries: dict[str, GlossEntry] = {}
    by_key: dict[Key, list[str]] = {}
    warm_from_disk(table, "gloss-forms")
    for korean, glosses in table.items():
        keys, words = analyse_form(korean)
        if " " not in korean and korean.endswith("다") and len(korean) > 1 and \
                [key.kind for key in keys] != ["V"]:
            # a verb/adjective the analyser splits when alone (자다 → 자 + 다): key its stem
            keys, words = (Key(korean[:-1], "V"),), (0,)
        entry = GlossEntry(korean, glosses, keys, words)
        entries[korean] = entry
        if len(keys) == 1:
            by_key.setdefault(keys[0], []).extend(g for g in glosses if g not in by_key.get(keys[0], []))
    by_form: dict[str, list[str]] = {}
    for key, glosses in by_key.items():
        by_form.setdefault(key.form, []).extend(glosses)
    for korean, glosses in table.items():  # nouns as written, however the analyser splits them
        if " " not in korean and not korean.endswith("다"):
            by_form.setdefault(korean, list(glosses))
    glossary = Glossary(entries, by_key, Lexicon([]), by_form)
    idioms = []
    for entry in entries.values():
        if not entry.keys:
            continue
        if idiom_forms is not None and entry.korean not in idiom_forms:
            continue
        if idiom_forms is None and len(entry.keys) < 2:
            continue
        part_glosses = glossary.part_glosses(entry.keys)
        if len(part_glosses) < 2:  # needs two glossed parts to be recognisable word by word
            continue
        if not any(_compositional(gloss, part_glosses) for gloss in entry.glosses):
            entry.idiomatic = True
            idioms.append(entry.expression)
    glossary.idioms = Lexicon(idioms)
    return glossary


@per_analyser(maxsize=4)
def default_glossary() -> Glossary:
    """The shipped gloss list, loaded once per process and analyser options (empty if
    the file is missing)."""
    try:
        text = GLOSSES_PATH.read_text(encoding="utf-8")
    except OSError:
        text = ""
    return build_glossary(*parse_glosses(text))
