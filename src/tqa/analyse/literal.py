"""Analysis ``literal``: the Korean idioms and calques of each pair and what the English
does with them.

Korean-side evidence first: a pair is read only when its Korean contains a known
expression — a calque-lexicon entry (:mod:`tqa.ko.expressions`, ``corpora/calques/*.tsv``)
or an idiomatic compound of the gloss list (``tqa/data/glosses.tsv``). For each, the
reading records the English spans that render it idiomatically, literally (a listed
literal rendering), and the words that gloss its parts one by one.

A lexicon idiom used outside its fixed frame (:func:`literal_frame`: its noun in another case,
a kept delimiter replaced, its image counted out, its food eaten) or in a listed literal scene
(``tqa/data/literal_settings.tsv``) is read as a plain use: its literal words are no calque.

Beyond the lists (TQA311), :func:`compositional_readings` looks for idiom-shaped Korean
constructions the lists do not hold and English that renders their parts word for word:

* **body-part property**: a body-part or "vital" noun (``tqa/data/figurative.tsv``) with a
  verb or adjective (:func:`tqa.ko.forms.noun_predicates`: 발이 넓다, 열 받았어, 기죽었지,
  passive and causative stems read as their active stem) where the English says the
  noun's gloss and the predicate's gloss as one phrase: attributive ("big hands") or
  predicative with only linking words between ("his feet are really wide", "my head
  doesn't turn"), or, where the particle is dropped or noun and verb share a stem, the
  verb before its object ("straighten my waist" for 허리 좀 펴다), unless the pair is a plain
  physical fact or action English says literally
  ("my stomach hurts") or an English idiom of the same image ("cold feet");
* **morpheme-by-morpheme chain**: the English holds a hyphenated coinage of three or more
  content words and at most one function word ("big-vessel-late-completion"), neither a
  name nor an English prefix word, where the Korean has a word of three syllables or more
  that the gloss list neither knows whole nor splits into two glossed words (운동선수 is
  운동 + 선수: a transparent compound, not a coinage). Two-word chains are left
  alone: English has too many of its own (city-state, film-maker, toll-free);
* **coinage part**: a word the gloss list does not know, a glossed first part + an unknown
  rest: a slang prefix (``slang-prefixes``: 핵 nuclear, 꿀 honey) glossed right before
  another word, hyphenated or after a degree adverb ("a total honey item"); any glossed first
  part in a hyphen pair is not read: news English writes such pairs for ordinary compounds
  (권력분점 "power-sharing", 장관급 "minister-level");
* **romanised**: a Korean word left in Revised Romanization ("jonjaem"), neither English
  (wordfreq) nor a loan English uses (``english-loans``);
* **food figure**: a food noun (``korean-food``) as a verdict (진짜 맹물이었어), in a simile
  of eating (떡 백 개 먹은 것 같다) or before a noun of what a person says, does or is
  (``korean-quality-nouns``: 사이다 발언) whose food the English keeps;
* **worn object**: N을 쓰다 with N not headwear, rendered "wore" + a thing not worn;
* **figure of a person**: a food, an animal or an animal compound (곰손) said of a person —
  the copula after a person subject, N이/가 되다, N이/가 따로 없다, or before a noun of one's
  lot (찬밥 신세) — with the English keeping it as what the person is or became;
* **animal's part**: an animal + a part of its body (쥐꼬리, 새 발, 벼룩의 간) made a size, a
  likeness, a predicate, an owner or a modifier, both glossed as one phrase ("a rat's tail");
* **animal doing**: an animal as the subject of what only people do (호랑이 담배 피우던), or an
  animal + verb + 듯 (소 닭 보듯), the English keeping the animal as the doer or the likeness;
* **concrete thing**: a thing of ``korean-things`` (못 nail, 다리 bridge, 바람 wind) as subject
  or object of a verb in a sentence where nothing else is concrete, both glossed as one
  phrase ("drove a nail" said of a deadline), unless the English names the thing's ordinary
  use (``english-handling``) or an English idiom of the same image;
* **creature's part**: a part only animals or plants have (``creature-parts``: 꼬리, 뿔, 싹수) in a
  sentence naming no animal or thing, rendered as a person's ("the suspect's tail");
* **slang suffix**: a coinage ending in a slang suffix (``slang-suffixes``: 각, 충, 린이) glossed
  after another word ("overtime angle");
* **ridden noun**: 타다 with a noun no one rides (``korean-ridden-nouns``: 방송, 추위) rendered
  "ride" ("rode a broadcast");
* **taste of a person**: 짜다/짭짤하다 (``korean-taste-predicates``) said of a person or of pay and
  grades, rendered "salty".

A passive or causative verb is glossed by its own glosses and its active stem's, and a
phrasal gloss ("take off") is matched split by its object ("took his hands off").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..en.patterns import Token, find_glosses, find_patterns, tokenize
from ..ko.analyser import morphemes, per_analyser
from ..ko.expressions import (SURFACE_CATEGORIES, ExpressionMatch, Glossary, Key, Lexicon, default_glossary,
                              default_lexicon, surface_form)
from ..ko.forms import LOCATIVE_FORMS, base_stems, base_tag, noun_predicates
from .clipped import ROMANISED_ENGLISH_ZIPF, english_zipf, korean_zipf, romanisations
from .registry import analyser, per_pair

#: the glosses of all parts must fall within this many words of each other (TQA310)
GLOSS_WINDOW = 4


@dataclass
class ExpressionReading:
    """What the English does with one Korean expression of the pair."""

    match: ExpressionMatch
    from_lexicon: bool
    literal: list[tuple[int, int]] = field(default_factory=list)    # char spans in target
    idiomatic: list[tuple[int, int]] = field(default_factory=list)
    gloss_span: tuple[int, int] | None = None                         # char span in target
    #: token indexes of target words that gloss one of the expression's parts
    gloss_tokens: set[int] = field(default_factory=set)
    #: ``gloss_span`` is a loose literal match apart from the idiomatic renderings the
    #: sentence also holds (TQA310 reports it though ``idiomatic`` is not empty)
    loose: bool = False


@dataclass(frozen=True)
class CompositionalReading:
    """A Korean idiom-shaped construction no list holds, rendered word for word (TQA311)."""

    kind: str                     # "body-part property" or "morpheme chain"
    source_span: tuple[int, int]  # code points in the source
    target_span: tuple[int, int]  # code points in the target
    korean: str                   # what the Korean says (발이 넓다, 이불킥)
    parts: str                    # how its parts were glossed (발 foot + 넓다 wide)


@dataclass
class PairReading:
    """The expressions of one pair and the target's tokens (``tokens`` is computed on
    first use: most pairs hold no known expression and never need them)."""

    target: str
    readings: list[ExpressionReading]
    _tokens: list[Token] | None = None
    compositional: list[CompositionalReading] = field(default_factory=list)
    #: clipped slang of the table rendered word for word (TQA312, :mod:`tqa.analyse.clipped`)
    clipped: list = field(default_factory=list)

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokenize(self.target)
        return self._tokens


def _has_english(text: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in text)


#: categories whose literal renderings are calques of modern news and institutions: a word
#: that is a calque in today's news ("commoners" for 서민) is the right word for a past society
MODERN_REGISTER = frozenset({"newsroom", "culture", "euphemism"})
#: slang and neologisms: a formal notice, guide or announcement does not use them unquoted
SLANG_REGISTER = frozenset({"slang", "neologism"})
_FORMAL_END = re.compile(r"(?:습니다|ㅂ니다|니다|십시오|십시요)[.!]?\s*$")


def _formal_notice(source: str, start: int) -> bool:
    """The sentence is in the formal register (-ㅂ니다, -십시오) and the expression stands
    outside quotation marks."""
    if not _FORMAL_END.search(source):
        return False
    before = source[:start]
    return not any(before.count(open_) > before.count(close) for open_, close in (("“", "”"), ("‘", "’"))) \
        and before.count('"') % 2 == 0 and before.count("'") % 2 == 0


#: a sentence about pre-modern Korea: its dynasties, their estates and institutions
_PREMODERN = re.compile(r"조선\s?(?:시대|왕조|초기|전기|중기|후기|말기|사회)|고려\s?(?:시대|왕조|초기|중기|후기|말기)|"
                        r"삼국\s?시대|신라|백제|고구려|발해|가야|왕조|양반|상민|천민|노비|임금|왕실|궁중|"
                        r"훈민정음|언문|봉건")


LITERAL_SETTINGS_PATH = Path(__file__).resolve().parent.parent / "data" / "literal_settings.tsv"


@lru_cache(maxsize=1)
def literal_settings() -> tuple[tuple[str, re.Pattern], ...]:
    """(image, setting pattern) rows of ``data/literal_settings.tsv``: scenes in which an
    idiom's image is meant literally."""
    rows = []
    try:
        lines = LITERAL_SETTINGS_PATH.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ()
    for line in lines:
        if line.startswith("#") or line.startswith("image\t") or "\t" not in line:
            continue
        images, setting = line.split("\t")[:2]
        scene = re.compile("|".join(re.escape(w.strip()) for w in setting.split("|") if w.strip()))
        rows.extend((image.strip(), scene) for image in images.split("|") if image.strip())
    return tuple(rows)


def in_literal_setting(korean: str, source: str, start: int, end: int) -> bool:
    """The sentence names the physical scene of the expression's image (발을 담그다 beside
    계곡물, 눈이 빨갛다 beside 안과): its words are meant as they stand."""
    outside = source[:start] + " " + source[end:]
    return any(image in korean and any(not _SIMILE_AFTER.match(outside, scene.end()) for scene in setting.finditer(outside))
               for image, setting in literal_settings())


#: a scene word compared with, not present (강아지처럼 꼬리를 내리다 "backed down like a puppy")
_SIMILE_AFTER = re.compile(r"\s?(?:처럼|같이|마냥|만큼|같은|같았|같다|인\s?양|인\s?듯)")


# ---------------------------------------------------------------------------
# The idiom's frame: a sentence that changes it uses the words in their plain sense
# ---------------------------------------------------------------------------

#: the case a particle marks: subject (이/가), object (을/를), adverbial (에, 에게, 에서, 로)
_CASE_OF_TAG = {"JKS": "subject", "JKO": "object", "JKB": "adverbial"}
#: topic particles: a noun the idiom writes bare before another made the topic (도마뱀은 … 꼬리를)
_TOPIC_PARTICLES = frozenset(("은", "는"))
#: delimiters an idiom keeps as part of its form (김칫국부터 마시다, 국물도 없다, 입만 살다)
FIXED_DELIMITERS = frozenset("부터 도 만 까지 조차 마저 밖에 라도 이라도".split())
#: a verb made causative or passive by a periphrasis after the idiom (어깨를 으쓱하게 만들다,
#: 등이 돌려지다): the idiom in another voice, whose case may change with it
_PERIPHRASIS = (("게", "하"), ("게", "만들"), ("게", "되"), ("어", "지"), ("아", "지"))
#: connective endings of one action after another (쒀서 먹었다, 끓이고 마셨다)
_SEQUENCE_ENDINGS = frozenset(("어서", "아서", "어", "아", "고", "고서", "더니", "어다", "아다"))
#: numerals before a measure word (한 그릇, 두 자루, 몇 잔)
_NUMERALS = frozenset("한 두 세 네 다섯 여섯 일곱 여덟 아홉 열 몇 반 여러 서너 두세 대여섯".split())
#: measure words of things and food (그릇 bowl, 자루 a knife's or pen's counter, 잔 cup): an idiom's
#: image noun counted out is a real thing (김칫국을 한 그릇 마셨다, 칼 두 자루를 갈았다)
MEASURE_WORDS = frozenset("""그릇 잔 컵 병 캔 팩 봉지 봉투 접시 사발 공기 대접 냄비 솥 숟가락 숟갈 국자 자루 개 알
조각 장 벌 켤레 마리 포기 단 묶음 상자 박스 통 근 인분 줌 움큼 방울 모금 쪽 덩이 덩어리 토막""".split())


@per_analyser(maxsize=8192)
def citation_particles(korean: str) -> tuple[tuple[str, str] | None, ...]:
    """Per content key of a lexicon form, the particle (form, tag) written right after it in the
    citation form, None when it has none (어깨가 으쓱해지다 → (가, JKS), None; 김칫국부터 마시다 →
    (부터, JX), None)."""
    from ..ko.expressions import is_content

    found = morphemes(korean)
    particles: list[tuple[str, str] | None] = []
    for index, morpheme in enumerate(found):
        if not is_content(morpheme):
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        particles.append((after.form, base_tag(after.tag)) if after is not None and after.tag.startswith("J")
                         and after.start == morpheme.end else None)
    return tuple(particles)


def literal_frame(match, source: str) -> str | None:
    """Why the sentence uses a lexicon idiom's words outside the idiom's fixed frame, so in their
    plain sense; None when the frame holds. These changes of frame count:

    * **case**: a noun of the idiom takes another case than in its citation form while the verb
      keeps its voice (어깨가 으쓱해지다 "swell with pride" → 어깨를 으쓱했다 "shrugged"; 보따리를 싸다 "pack
      up and quit" → 보따리에 참깨를 싸다 "wrapped sesame in a bundle");
    * **delimiter**: a delimiter the idiom keeps (김칫국부터 마시다, 국물도 없다) is replaced by a case
      particle (김칫국을 마셨다 "drank kimchi soup");
    * **count**: the image noun is counted out with a numeral and a measure word (김칫국을 한 그릇,
      칼 두 자루): an idiom never measures its image;
    * **owner**: a noun the idiom writes bare before another of its nouns (도마뱀 꼬리 자르기) takes a
      case or topic particle (도마뱀은 … 꼬리를 자르고): the animal itself does it;
    * **eaten**: the idiom's food is made and then eaten or drunk (죽을 쒀서 먹었다: 죽을 쑤다 is
      "botch", but this porridge is real), the clauses joined by -어서/-고/-더니;
    * **object**: the idiom's verb in another voice takes a concrete thing as its new object
      (도마에 오르다 → 도마에 양파를 올려놓다): a thing put on the board, not a case held up to scrutiny.
    """
    expression = match.expression
    indexes = match.morpheme_indexes
    if not indexes or len(indexes) != len(expression.keys):
        return None
    found = morphemes(source)
    cited = citation_particles(expression.korean)
    if len(cited) != len(expression.keys):
        return None
    verbs = [(key, found[i]) for key, i in zip(expression.keys, indexes) if key.kind == "V"]
    # the verbs as written, active, and no periphrasis after them: a passive keeps or drops its object
    # particle (발목을 잡히다 / 발목이 잡히다), a causative adds one (애를 태우다)
    same_voice = all(key.form == morpheme.form and len(base_stems(key.form)) == 1 for key, morpheme in verbs) \
        and not _periphrasis(found, indexes[-1])
    for k, (key, index) in enumerate(zip(expression.keys, indexes)):
        if key.kind != "N" or index >= len(found):
            continue
        noun = found[index]
        after = found[index + 1] if index + 1 < len(found) else None
        particle = after if after is not None and after.tag.startswith("J") and after.start == noun.end else None
        if particle is not None and same_voice:
            mine = _CASE_OF_TAG.get(base_tag(particle.tag))
            theirs = _CASE_OF_TAG.get(cited[k][1]) if cited[k] else None
            if mine and theirs and mine != theirs:
                return "case"
            if cited[k] and cited[k][0] in FIXED_DELIMITERS and mine and k + 1 < len(expression.keys):
                return "delimiter"
            if cited[k] is None and k + 1 < len(expression.keys) and expression.keys[k + 1].kind == "N" \
                    and expression.words[k + 1] == expression.words[k] + 1 \
                    and (mine or particle.form in _TOPIC_PARTICLES):
                return "owner"
        if _counted(found, index, particle, expression.korean):
            return "count"
    classes = default_figurative()
    if any(key.kind == "N" and found[i].form in _foods() for key, i in zip(expression.keys, indexes)) \
            and indexes[-1] + 1 < len(found) and found[indexes[-1] + 1].form in _SEQUENCE_ENDINGS:
        for morpheme in found[indexes[-1] + 2:]:
            if morpheme.tag in ("SF", "EF"):
                break
            if base_tag(morpheme.tag) == "VV" and morpheme.form in classes.consumption_verbs:
                return "eaten"  # 흰죽을 쒀서 먹었다: the porridge of 죽을 쑤다 is then eaten
    if not all(key.form == morpheme.form for key, morpheme in verbs):
        keyed = set(indexes)
        for i in range(max(0, indexes[0] - 3), indexes[-1]):
            if i not in keyed and found[i].tag.startswith("NN") and i + 1 < len(found) \
                    and found[i + 1].tag == "JKO" and found[i].form in classes.concrete_nouns:
                return "object"  # 도마에 양파를 올려놓다: a thing put on the board, not a case scrutinised
    return None


@lru_cache(maxsize=1)
def _foods() -> frozenset[str]:
    """Food and drink nouns: figurative.tsv's korean-food and the food words that open the gloss
    list's "food and household" section (밥 … 반찬; 차 is also a car)."""
    words: list[str] = []
    section = None
    try:
        lines = GLOSSES_PATH.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        if line.startswith("# "):
            section = line[2:].strip()
        elif section == "food and household" and "\t" in line:
            words.append(line.split("\t", 1)[0].strip())
    foods = words[:words.index("반찬") + 1] if "반찬" in words else []
    return frozenset(set(foods) | set(default_figurative().food)) - {"차", "물"}


def _periphrasis(found, last: int) -> bool:
    """A -게 하다/-게 만들다/-게 되다 or -어지다 right after the idiom's last key."""
    window = found[last + 1:last + 5]
    for first, second in zip(window, window[1:]):
        if (first.form, second.form) in _PERIPHRASIS and second.tag in ("VX", "VV", "XSV"):
            return True
    return False


def _counted(found, index: int, particle, korean: str) -> bool:
    """The noun at ``index`` is counted: numeral + measure word right after it (and its
    particle), or right before it (한 그릇의 김칫국, 김칫국 한 그릇), the measure not part of
    the idiom's own form."""
    position = index + (2 if particle is not None else 1)
    after = found[position:position + 2]
    if len(after) == 2 and _numeral(after[0]) and after[1].form in MEASURE_WORDS and after[1].form not in korean:
        return True
    before = found[max(0, index - 3):index]
    if before and before[-1].tag == "JKG":
        before = before[:-1]
    return len(before) >= 2 and _numeral(before[-2]) and before[-1].form in MEASURE_WORDS \
        and before[-1].form not in korean


def _numeral(morpheme) -> bool:
    return morpheme.tag in ("SN", "NR") or (morpheme.tag == "MM" and morpheme.form in _NUMERALS)


def read_pair(source: str, target: str, lexicon: Lexicon | None = None,
              glossary: Glossary | None = None) -> PairReading:
    """Find the Korean expressions of ``source`` and what ``target`` does with them."""
    lexicon = lexicon if lexicon is not None else default_lexicon()
    glossary = glossary if glossary is not None else default_glossary()
    readings: list[ExpressionReading] = []
    if not _has_english(target):
        return PairReading(target, readings)
    lexicon_matches = lexicon.find(source)
    taken = [(m.start, m.end) for m in lexicon_matches]
    idiom_matches = [m for m in glossary.idioms.find(source)
                     if not any(s < m.end and m.start < e for s, e in taken)]
    tokens: list[Token] | None = None  # tokenized on first need: most pairs hold no expression

    def target_tokens() -> list[Token]:
        nonlocal tokens
        if tokens is None:
            tokens = tokenize(target)
        return tokens

    for match, from_lexicon in [(m, True) for m in lexicon_matches] + [(m, False) for m in idiom_matches]:
        target_tokens()
        expression = match.expression
        reading = ExpressionReading(match, from_lexicon)
        idiomatic_patterns = expression.idiomatic if from_lexicon else []
        reading.idiomatic = [(m.start, m.end) for m in find_patterns(target, idiomatic_patterns, tokens)]
        if not from_lexicon:  # a gloss-list idiom: its glosses are the idiomatic renderings
            reading.idiomatic = _gloss_char_spans(tokens, expression.idiomatic)
        literal = [(m.start, m.end) for m in find_patterns(target, expression.literal, tokens)]
        if from_lexicon and literal and expression.category in MODERN_REGISTER and _PREMODERN.search(source):
            reading.idiomatic += literal  # 서민 in the Joseon era: "commoners" is the historian's word
            literal = []
        if from_lexicon and literal and expression.category in SLANG_REGISTER and _formal_notice(source, match.start):
            # 뚜껑이 열리고 in a notice that ends in -ㅂ니다 ("the lid opens"): slang has no place in the
            # formal register outside a quotation, so the words mean what they say
            reading.idiomatic += literal
            literal = []
        scene = in_literal_setting(expression.korean, source, match.start, match.end) or (
            from_lexicon and literal_frame(match, source) is not None)
        if literal and scene:
            reading.idiomatic += literal  # 계곡물에 발을 담그다: feet in the stream, as the English says
            literal = []
        reading.literal = [span for span in literal if not _inside_any(span, reading.idiomatic)
                           and not _a_name(target, *span)]
        _read_glosses(reading, tokens, glossary)
        if scene or (reading.gloss_span is not None and _same_image_in_english(target, reading.gloss_span)):
            reading.gloss_span = None  # (찹쌀을 절구에 찧으면 떡이 된다: the glosses are the plain words too)
        if from_lexicon and not reading.literal and reading.gloss_span is None and not scene:
            loose = _loose_literal(tokens, expression)
            if loose is not None and not _overlaps_any(loose, reading.idiomatic):
                reading.gloss_span = loose
        # one-word slang left as a romanisation the entry does not list ("hyunta" for 현타):
        # the same reading as the clipped-slang table's (:func:`tqa.analyse.clipped.romanised`)
        if from_lexicon and not reading.literal and not reading.idiomatic and reading.gloss_span is None \
                and expression.category in SURFACE_CATEGORIES and surface_form(expression.korean):
            from .clipped import romanised

            found = romanised(expression.korean, target, tokens)
            if found is not None:
                reading.literal = [found[:2]]
        # an idiomatic rendering elsewhere in the line (the question before the idiom, a
        # proverb rendered word for word and then its sense said plainly in the main
        # clause) does not excuse a lexicon idiom's literal words (TQA310 reports them)
        if reading.gloss_span is not None and _glosses_of_another_word(source, match, target, reading.gloss_span):
            reading.gloss_span = None  # 질문했는데 동문서답만 "I asked you a question and …": the words
            # are 질문's, a word of the sentence outside the idiom
        if from_lexicon and reading.idiomatic and reading.gloss_span is not None:
            # (words right next to the idiomatic rendering belong to its phrase: "driving the
            # wrong way" for 역주행 in its plain sense holds the entry's gloss "driving")
            reading.loose = not _overlaps_any(reading.gloss_span, reading.idiomatic) \
                and not _next_to_any(reading.gloss_span, reading.idiomatic, target)
        readings.append(reading)
    from .clipped import clipped_readings

    clipped, clipped_spans = clipped_readings(source, target, target_tokens, glossary, taken=taken)
    # a clipped form of the table is read by TQA312 (with its meaning), not by TQA311's shapes
    compositional = [found for found in compositional_readings(source, target, target_tokens, glossary)
                     if not _explained(found, readings)
                     and not in_literal_setting(source[found.source_span[0]:found.source_span[1]], source,
                                                *found.source_span)
                     and not any(s < found.source_span[1] and found.source_span[0] < e for s, e in clipped_spans)]
    return PairReading(target, readings, tokens, compositional, clipped)


def _same_image_in_english(target: str, span: tuple[int, int]) -> bool:
    """The words of ``span`` hold an English idiom of the same image (``english-idioms`` of
    figurative.tsv: "turn back", "blood boil"): English says it so too, no word-for-word calque."""
    words = re.findall(r"[A-Za-z]+", target[span[0]:span[1]].lower())
    return _is_english_idiom(words, default_figurative())


def _a_name(target: str, start: int, end: int) -> bool:
    """A literal pattern matched by one capitalised word inside a sentence that is no English word:
    a name spelt like the romanised expression (성덕왕 "King Seongdeok"), not the expression left
    romanised."""
    word = target[start:end]
    before = target[:start].rstrip()
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", word)) and bool(before) \
        and not before.endswith((".", "!", "?", ":", "\"", "“", "'", "‘", "(", "—")) \
        and english_zipf(word.lower()) < ROMANISED_ENGLISH_ZIPF


def _explained(found: CompositionalReading, readings: list[ExpressionReading]) -> bool:
    """A listed expression over the same Korean already says what the English does with it
    (TQA300/TQA310 report it, or the English renders it idiomatically)."""
    start, end = found.source_span
    return any(r.match.start < end and start < r.match.end
               and (r.literal or r.idiomatic or r.gloss_span is not None) for r in readings)


# ---------------------------------------------------------------------------
# Loose literal match: the words of a lexicon entry's literal renderings, in any order
# ---------------------------------------------------------------------------

#: two different words of the entry's literal renderings within this many words (TQA310)
LOOSE_WINDOW = 8
IRREGULAR_PATH = Path(__file__).resolve().parent.parent / "data" / "english_irregular.tsv"
#: words never counted as part of a literal rendering's vocabulary
LOOSE_STOPWORDS = frozenset("""
a an the of in on at to for by and or but not no with from as is are was were be been it its
his her their my your our one s t into out up off own other others people person someone
thing things do does did get got have has had will would can could even just very so all
""".split())
#: the vocabulary compares the first letters of lemmas (pattern stems are prefixes: torment*)
STEM_LETTERS = 5


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        text = IRREGULAR_PATH.read_text(encoding="utf-8")
    except OSError:
        return table
    for line in text.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        form, lemma = line.split("\t", 1)
        table[form.strip().lower()] = lemma.strip().lower()
    return table


def english_lemma(word: str) -> str:
    """struck → strike, feet → foot, hopes → hope, tied → tie, stopped → stop (crude, for
    comparing words; :func:`english_stem` also drops a final e, so hoped and hope meet)."""
    word = word.lower()
    irregular = irregular_forms().get(word)
    if irregular:
        return irregular
    if word.endswith(("ies", "ied")) and len(word) > 3:
        return word[:-3] + "y" if len(word) > 4 else word[:-1]  # carries → carry; tied → tie
    if word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")) and len(word) > 4:
        return word[:-2]
    for suffix in ("ing", "ed"):
        base = word[:-len(suffix)]
        if word.endswith(suffix) and len(base) == 2 and base[-1] not in "aeiouy" \
                and any(ch in "aeiou" for ch in base):
            return base + "e"  # used, using → use; aged → age (not: need, bred, thing)
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[:-len(suffix)]
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                base = base[:-1]  # stopped → stop (but: called, passed)
            return base
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def lemma_forms(word: str) -> tuple[str, ...]:
    """The readings of an English word's lemma: :func:`english_lemma` and, for a stem that lost
    its final e to the ending, that stem + e (closed → clos, close; sliced → slic, slice)."""
    lemma = english_lemma(word)
    if lemma != word.lower() and not lemma.endswith("e"):
        return lemma, lemma + "e"
    return (lemma,)


def english_stem(word: str) -> str:
    """The lemma without a final e, cut to :data:`STEM_LETTERS` letters (hope, hoped, hoping meet)."""
    return english_lemma(word).rstrip("e")[:STEM_LETTERS]


@lru_cache(maxsize=4096)
def _pattern_vocabulary(patterns: tuple[str, ...]) -> frozenset[str]:
    words = set()
    for pattern in patterns:
        for slot in pattern.split():
            for alternative in slot.split("/"):
                word = alternative.rstrip("*").lower()
                if len(word) >= 3 and word not in LOOSE_STOPWORDS and word.isalpha():
                    words.add(english_stem(word))
    return frozenset(words)


def literal_vocabulary(expression) -> frozenset[str]:
    """Stems of the words of an entry's literal renderings that its idiomatic renderings
    do not use (빵 터지다: bread, burst, explode, pop — not "laugh")."""
    return _pattern_vocabulary(tuple(expression.literal)) - _pattern_vocabulary(tuple(expression.idiomatic))


def _loose_literal(tokens: list[Token], expression) -> tuple[int, int] | None:
    """The span of two different words of the entry's literal vocabulary within
    :data:`LOOSE_WINDOW` words of each other, in any order ("the feet of thousands of
    travellers were tied" for 발이 묶이다 → feet … tied); None when there is none."""
    vocabulary = literal_vocabulary(expression)
    if len(vocabulary) < 2:
        return None
    hits = [(index, english_stem(token.text)) for index, token in enumerate(tokens)
            if token.text not in LOOSE_STOPWORDS and len(token.text) >= 3]
    hits = [(index, stem) for index, stem in hits if stem in vocabulary]
    best = None
    for position, (first, stem) in enumerate(hits):
        for second, other in hits[position + 1:]:
            if second - first > LOOSE_WINDOW:
                break
            if other != stem and (best is None or second - first < best[1] - best[0]):
                best = (first, second)
    if best is None:
        return None
    return tokens[best[0]].start, tokens[best[1]].end


def _gloss_char_spans(tokens: list[Token], glosses: list[str]) -> list[tuple[int, int]]:
    return [(tokens[a].start, tokens[b].end) for a, b in find_glosses(tokens, glosses)]


#: English words too common to tell whose rendering they are
_GLOSS_FILLER = frozenset("the a an of to in on at for and or but you your his her their its it is are was were be "
                          "been have has had do does did so that this with by from as i me my we us our he him she "
                          "they them these those there here".split())


#: English light verbs in their forms: a gloss span of nothing else renders no Korean word in particular
_LIGHT_VERBS = frozenset("give gives gave given giving get gets got getting take takes took taken taking make makes "
                         "made making have has had having do does did done doing put puts putting set sets setting "
                         "let lets letting go goes went gone going come comes came coming".split())


def _glosses_of_another_word(source: str, match: ExpressionMatch, target: str, span: tuple[int, int]) -> bool:
    """Every content word of the English span ``span`` renders, by the gloss tables, a noun or
    predicate of the Korean sentence outside the expression's own words: the span is that word's
    rendering, not a word-by-word gloss of the idiom."""
    from .negation_evidence import gloss_stems

    words = [w for w in re.findall(r"[A-Za-z]+", target[span[0]:span[1]]) if w.lower() not in _GLOSS_FILLER]
    if not words:
        return False
    if all(w.lower() in _LIGHT_VERBS for w in words):
        return True  # "you give" for 드리다 in "Could you give me …": light verbs tell no gloss apart
    stems = {stem for token in morphemes(source) if not (match.start <= token.start < match.end)
             and token.tag in ("NNG", "NNP", "VV", "VA", "XR") for stem in gloss_stems(token.form)}
    return bool(stems) and all(any(word.lower().startswith(stem) for stem in stems) for word in words)


def _overlaps_any(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


#: words between a loose gloss span and an idiomatic rendering that still make them one phrase
NEXT_TO_WORDS = 2


def _next_to_any(span: tuple[int, int], spans: list[tuple[int, int]], text: str) -> bool:
    """``span`` ends at most :data:`NEXT_TO_WORDS` words before one of ``spans`` (or starts as
    close after one), with no clause punctuation between."""
    for start, end in spans:
        gap = text[span[1]:start] if span[1] <= start else text[end:span[0]] if end <= span[0] else ""
        if not re.search(r"[,;:.!?()]", gap) and len(gap.split()) <= NEXT_TO_WORDS:
            return True
    return False


def _inside_any(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _read_glosses(reading: ExpressionReading, tokens: list[Token], glossary: Glossary) -> None:
    """Mark target words glossing the expression's parts; when every part is glossed
    within :data:`GLOSS_WINDOW` words, record that span as a word-by-word rendering."""
    per_key: list[list[tuple[int, int]]] = []
    for glosses in glossary.part_glosses(reading.match.expression.keys):
        hits = find_glosses(tokens, glosses)
        per_key.append(hits)
        for first, last in hits:
            reading.gloss_tokens.update(range(first, last + 1))
    if len(per_key) < 2 or not all(per_key):
        return
    best = None
    for anchor_first, anchor_last in per_key[0]:
        low, high = anchor_first, anchor_last
        for hits in per_key[1:]:
            near = [h for h in hits if abs(h[0] - anchor_first) <= GLOSS_WINDOW]
            if not near:
                break
            closest = min(near, key=lambda h: abs(h[0] - anchor_first))
            low, high = min(low, closest[0]), max(high, closest[1])
        else:
            if high - low <= GLOSS_WINDOW and (best is None or high - low < best[1] - best[0]):
                best = (low, high)
    if best is not None:
        reading.gloss_span = (tokens[best[0]].start, tokens[best[1]].end)


@analyser("literal", requires=("korean",))
def analyse_literal(document, context) -> list[PairReading]:
    """The reading of every pair, in link order (identical pairs share one reading)."""
    lexicon = getattr(context, "lexicon", None) or default_lexicon()
    gloss_list = getattr(context, "gloss_list", None) or default_glossary()
    return per_pair(document, lambda source, target: read_pair(source, target, lexicon, gloss_list), plain=False)


# ---------------------------------------------------------------------------
# TQA311: compositional readings (idiom-shaped constructions no list holds)
# ---------------------------------------------------------------------------

FIGURATIVE_PATH = Path(__file__).resolve().parent.parent / "data" / "figurative.tsv"
#: the predicate's gloss within this many words after the noun's gloss (predicative)
PREDICATIVE_WINDOW = 4
#: hyphenated chain of words ("big-vessel-late-completion")
_CHAIN = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
#: in a chain, these are not content words
CHAIN_FUNCTION_WORDS = frozenset("""
a an the of in on at to for by and or but nor not no with from as per all any each every
this that his her its their my your our one two three four five six seven eight nine ten
is be so off up out down over under after before it you yourself itself me
""".split())
#: a chain opening with a bound English prefix is an English word (non-English-speaking)
CHAIN_PREFIXES = frozenset("non quasi pre post anti semi self co ex pro multi mid sub super".split())
#: the Korean coinage a chain glosses: one word of this many syllables or more
CHAIN_KOREAN_SYLLABLES = 3
#: a chain of this many content words is a coinage on its own
CHAIN_CONTENT_WORDS = 3
#: … and at most this many function words (state-of-the-art, buy-one-get-one-free are English)
CHAIN_FUNCTION_MAX = 1


def words_pattern(*tables) -> re.Pattern:
    """A pattern that finds a word of ``tables`` anywhere in a text: its ``search`` answers as
    ``any(word in text for table in tables for word in table)``."""
    words = sorted({word for table in tables for word in table}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


@dataclass(frozen=True)
class FigurativeClasses:
    korean_nouns: frozenset[str]
    #: the table's own glosses of a noun (기 energy|spirit), added to the gloss list's
    noun_glosses: dict
    english_physical: frozenset[str]
    english_idioms: frozenset[tuple[str, ...]]
    english_linking: frozenset[str]
    #: slang intensifier prefixes and their literal glosses (핵 nuclear)
    slang_prefixes: dict = field(default_factory=dict)
    #: food and drink nouns and their glosses (맹물 plain water)
    food: dict = field(default_factory=dict)
    degree_adverbs: frozenset[str] = frozenset()
    #: romanised Korean words English writes as they are (kimchi, hanbok)
    english_loans: frozenset[str] = frozenset()
    #: what Korean 쓰다 plainly puts on (모자, 안경) and English "wear" plainly takes
    korean_headwear: frozenset[str] = frozenset()
    english_wearable: frozenset[str] = frozenset()
    #: what English plainly does to a body part (raise a hand, close one's eyes); a verb with
    #: parts in ``english_action_parts`` is plain only with one of them (hang one's head)
    english_actions: frozenset[str] = frozenset()
    #: animal nouns Korean predicates of people (곰 bear), person nouns a likeness
    #: describes (사람), animals and foods English uses of people too (fox, potato)
    animals: dict = field(default_factory=dict)
    person_nouns: frozenset[str] = frozenset()
    english_figures: frozenset[str] = frozenset()
    #: predicates of Korean idioms the gloss list lacks or glosses in another sense, with
    #: their literal glosses (굳 harden, 트이 open up), added to the gloss list's (TQA311 only)
    predicate_glosses: dict = field(default_factory=dict)
    #: body parts read also as the object of a verb (손을 떼다, 눈을 붙이다)
    object_nouns: frozenset[str] = frozenset()
    #: verbs of eating and drinking with their literal glosses (먹 eat), and the nouns no
    #: one eats that Korean makes their object (욕 curse: 욕을 먹다 be criticised)
    consumption_verbs: dict = field(default_factory=dict)
    consumed_nouns: dict = field(default_factory=dict)
    #: nouns of feeling and faculty: a physical predicate said of them is no plain fact
    feeling_nouns: frozenset[str] = frozenset()
    #: nouns that name an activity (취미 hobby, 계획 plan): "my hobby is eating bread" is plain
    activity_nouns: frozenset[str] = frozenset()
    #: objects Korean describes with body-part words (병의 입, 항아리 어깨, 산허리): the shape of a thing
    artifact_nouns: frozenset[str] = frozenset()
    #: parts of an animal's body (꼬리 tail, 간 liver) read after an animal (쥐꼬리, 벼룩의 간),
    #: and the animal + part words Korean eats (닭발, 소꼬리)
    animal_parts: dict = field(default_factory=dict)
    animal_foods: frozenset[str] = frozenset()
    #: nouns of what a person says, does or is (발언 remark, 경력 career): a food before one is a figure
    quality_nouns: dict = field(default_factory=dict)
    #: what only people do (피우 smoke, 생각하 think): an animal doing it is a saying
    human_actions: dict = field(default_factory=dict)
    #: endings of a likeness of an animal's doing (소 닭 보듯)
    animal_likeness_endings: frozenset[str] = frozenset()
    #: concrete things Korean idioms act on (못 nail, 다리 bridge, 바람 wind), and the nouns of a
    #: concrete scene that make such a construction plain (벽 wall, 강 river)
    things: dict = field(default_factory=dict)
    concrete_context: frozenset[str] = frozenset()
    #: what one plainly does with a thing (open a door, build a bridge)
    english_handling: frozenset[str] = frozenset()
    #: nouns of a person's role or trade that no animal is the object of (기자 reporter, 사원
    #: employee): an animal right before one is a figure (병아리 선생 "a chick teacher")
    role_nouns: dict = field(default_factory=dict)
    #: English verbs (lemmas, or lemma + particle) whose patient is a thing or a food, not a
    #: person (break, peel, shake out, eat, bite, stamp): a person "got peeled" is a calque
    english_thing_verbs: frozenset[str] = frozenset()
    #: small things Korean measures "not at all" by (먼지 dust, 티끌 speck, 콩알 bean): 먼지만큼도
    small_things: dict = field(default_factory=dict)
    #: english-actions verbs plain only with some body parts (hang: head, arms)
    english_action_parts: dict = field(default_factory=dict)
    #: parts only an animal or a plant has (꼬리 tail, 뿔 horn, 싹 sprout): given a person, a figure
    creature_parts: dict = field(default_factory=dict)
    #: slang suffixes of coinages and their literal glosses (각 angle, 충 bug)
    slang_suffixes: dict = field(default_factory=dict)
    #: nouns no one rides that Korean makes the object of 타다 (방송 broadcast, 추위 cold)
    ridden_nouns: dict = field(default_factory=dict)
    #: tastes Korean says of a person in a sense English does not give them (짜 salty = stingy),
    #: and what a person gives or earns that Korean calls so (월급, 학점)
    taste_predicates: dict = field(default_factory=dict)
    taste_objects: frozenset[str] = frozenset()

    # made once a table, not once a sentence (each is a union of some 450 words); 말 is a horse only
    # rarely, a word mostly (그 말 귀에 못이 박히도록): no scene

    # the pre-scans of the readers (does the source hold a word of the table?): one search of a
    # pattern of the table's words instead of one ``in`` test a word (~200 words, every source)

    @cached_property
    def food_words(self) -> re.Pattern:
        return words_pattern(self.food)

    @cached_property
    def animal_words(self) -> re.Pattern:
        return words_pattern(self.animals)

    @cached_property
    def thing_words(self) -> re.Pattern:
        return words_pattern(self.things)

    @cached_property
    def figure_words(self) -> re.Pattern:
        """The animal and the food words (the figures said of a person)."""
        return words_pattern(self.animals, self.food)

    @cached_property
    def concrete_nouns(self) -> frozenset[str]:
        """Nouns that make a clause a concrete scene: things, foods, animals, artefacts and the
        table's concrete context (a real wallet, a real bite)."""
        return (self.concrete_context | frozenset(self.things) | frozenset(self.food)
                | frozenset(self.animals) | self.artifact_nouns) - {"말"}

    @cached_property
    def scene_nouns(self) -> frozenset[str]:
        """:attr:`concrete_nouns` with the body parts and the headwear (a thing out of place)."""
        return (self.concrete_nouns | self.korean_nouns | self.korean_headwear) - {"말"}


def _glossed_section(items: list[str]) -> dict:
    table: dict[str, list[str]] = {}
    for item in items:
        word, _, glosses = item.partition("\t")
        table[word.strip()] = [g.strip().lower() for g in glosses.split("|") if g.strip()]
    return table


def parse_figurative(text: str) -> FigurativeClasses:
    """The sections of ``figurative.tsv`` (``# section NAME`` lines; other ``#`` lines are
    comments)."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("# section "):
            current = sections.setdefault(line[len("# section "):].strip(), [])
            continue
        if not line or line.startswith("#") or current is None:
            continue
        current.append(line.lower() if not _hangul(line) else line)
    nouns = _glossed_section(sections.get("korean-nouns", []))
    return FigurativeClasses(
        frozenset(nouns), nouns,
        frozenset(sections.get("english-physical", [])),
        frozenset(tuple(item.split()) for item in sections.get("english-idioms", [])),
        frozenset(sections.get("english-linking", [])),
        _glossed_section(sections.get("slang-prefixes", [])),
        _glossed_section(sections.get("korean-food", [])),
        frozenset(sections.get("degree-adverbs", [])),
        frozenset(item.replace("-", "").replace(" ", "") for item in sections.get("english-loans", [])),
        frozenset(sections.get("korean-headwear", [])),
        frozenset(sections.get("english-wearable", [])),
        frozenset(_glossed_section(sections.get("english-actions", []))),
        _glossed_section(sections.get("korean-animals", [])),
        frozenset(sections.get("korean-person-nouns", [])),
        frozenset(sections.get("english-figures", [])),
        _glossed_section(sections.get("korean-predicates", [])),
        frozenset(sections.get("korean-object-nouns", [])),
        _glossed_section(sections.get("korean-consumption-verbs", [])),
        _glossed_section(sections.get("korean-consumed-nouns", [])),
        frozenset(sections.get("korean-feeling-nouns", [])),
        frozenset(sections.get("korean-activity-nouns", [])),
        frozenset(sections.get("korean-artifacts", [])),
        _glossed_section(sections.get("animal-parts", [])),
        frozenset(sections.get("animal-foods", [])),
        _glossed_section(sections.get("korean-quality-nouns", [])),
        _glossed_section(sections.get("korean-human-actions", [])),
        frozenset(sections.get("animal-likeness-endings", [])),
        _glossed_section(sections.get("korean-things", [])),
        frozenset(sections.get("korean-concrete-context", [])) | _concrete_gloss_nouns(),
        frozenset(sections.get("english-handling", [])),
        _glossed_section(sections.get("korean-role-nouns", [])),
        frozenset(sections.get("english-thing-verbs", [])),
        _glossed_section(sections.get("korean-small-things", [])),
        {verb: parts for verb, parts in _glossed_section(sections.get("english-actions", [])).items() if parts},
        _glossed_section(sections.get("creature-parts", [])),
        _glossed_section(sections.get("slang-suffixes", [])),
        _glossed_section(sections.get("korean-ridden-nouns", [])),
        _glossed_section(sections.get("korean-taste-predicates", [])),
        frozenset(sections.get("korean-taste-objects", [])))


_HANGUL = re.compile("[\uac00-\ud7a3]")
_ALL_HANGUL = re.compile("[\uac00-\ud7a3]+")
_WORD = re.compile(r"\S+")


def _hangul(text: str) -> bool:
    return _HANGUL.search(text) is not None


GLOSSES_PATH = Path(__file__).resolve().parent.parent / "data" / "glosses.tsv"
#: the gloss list's sections of concrete things
CONCRETE_GLOSS_SECTIONS = ("body", "animals and nature", "food and household")


@lru_cache(maxsize=1)
def _concrete_gloss_nouns() -> frozenset[str]:
    """The words of the gloss list's sections of the body, animals and nature, and food and
    household: nouns of a concrete scene."""
    words: set[str] = set()
    section = None
    try:
        lines = GLOSSES_PATH.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    for line in lines:
        if line.startswith("# "):
            section = line[2:].strip()
            continue
        if section in CONCRETE_GLOSS_SECTIONS and "\t" in line:
            words.add(line.split("\t", 1)[0].strip())
    # the moon and the sun are also the month and the year (석 달, 한 해): no concrete scene
    return frozenset(words - {"달", "해"})


@lru_cache(maxsize=1)
def default_figurative() -> FigurativeClasses:
    try:
        return parse_figurative(FIGURATIVE_PATH.read_text(encoding="utf-8"))
    except OSError:
        return parse_figurative("")


def compositional_readings(source: str, target: str, tokens, glossary: Glossary,
                           classes: FigurativeClasses | None = None) -> list[CompositionalReading]:
    """Idiom-shaped Korean constructions rendered word for word in ``target``; ``tokens``
    are its tokens, or a function that makes them (called only when the source holds a
    construction)."""
    classes = classes if classes is not None else default_figurative()
    found = _body_part_properties(source, tokens, glossary, classes)
    found += _morpheme_chains(source, target, glossary, found)
    found += _slang_prefix_parts(source, target, glossary, classes)
    found += _slang_suffix_parts(source, target, glossary, classes)
    found += _romanised_words(source, target, glossary, classes)
    found += _consumed_non_food(source, tokens, glossary, classes)
    found += _figurative_food(source, target, classes)
    found += _figurative_likeness(source, target, classes)
    found += _figure_predications(source, target, glossary, classes)
    found += _worn_objects(source, target, classes)
    found += _animal_parts(source, target, glossary, classes)
    found += _animal_doings(source, target, classes)
    found += _things_out_of_place(source, tokens, glossary, classes)
    found += _thing_passives(source, target, glossary, classes)
    found += _things_verbs_on_people(source, target, glossary, classes)
    found += _animal_roles(source, target, classes)
    found += _small_measures(source, target, glossary, classes)
    found += _creature_parts_of_people(source, target, classes)
    found += _ridden_nouns(source, target, classes)
    found += _tastes_of_people(source, target, glossary, classes)
    return _without_overlaps(found)


def _without_overlaps(found: list[CompositionalReading]) -> list[CompositionalReading]:
    """One reading per stretch of English: the first found (the order of the kinds above)."""
    kept: list[CompositionalReading] = []
    for reading in found:
        start, end = reading.target_span
        if not any(start < e and s < end for s, e in (k.target_span for k in kept)):
            kept.append(reading)
    return kept


def _verb_glosses(glossary: Glossary, stem: str, classes: FigurativeClasses | None = None) -> list[str]:
    """Glosses of a verb stem, or of its active stem when it is passive/causative; for a
    serial verb (돌아가 turn + go, 굴러오 roll + come) also the first verb's glosses, which
    a word-for-word rendering keeps ("my eyes turned" for 눈이 돌아갔다). With ``classes``,
    the ``korean-predicates`` table's glosses come too, and every gloss's irregular English
    forms (fall out → fell out, fallen out; sell → sold): the gloss list's matching inflects
    regularly only."""
    from ..ko.forms import base_stems, serial_first

    table = classes.predicate_glosses if classes is not None else {}
    glosses: list[str] = []
    # a passive or causative's own glosses, then its active stem's: a word-for-word rendering
    # may say the active verb in the passive voice ("nails were driven" for 못이 박히다)
    for base, _ in base_stems(stem):
        glosses += [g for g in glossary.glosses_of(Key(base, "V")) if g not in glosses]
        glosses += [g for g in table.get(base, []) if g not in glosses]
    for first in serial_first(stem):
        glosses += [g for g in glossary.glosses_of(Key(first, "V")) if g not in glosses]
    if classes is not None:
        glosses += [g for g in _irregular_glosses(tuple(glosses)) if g not in glosses]
    return glosses


@lru_cache(maxsize=1)
def _irregular_by_lemma() -> dict[str, tuple[str, ...]]:
    by_lemma: dict[str, list[str]] = {}
    for form, lemma in irregular_forms().items():
        if form != lemma:
            by_lemma.setdefault(lemma, []).append(form)
    return {lemma: tuple(sorted(forms)) for lemma, forms in by_lemma.items()}


@lru_cache(maxsize=4096)
def _irregular_glosses(glosses: tuple[str, ...]) -> tuple[str, ...]:
    """The glosses with their first word in its irregular forms (fall out → fell out)."""
    by_lemma = _irregular_by_lemma()
    extra: list[str] = []
    for gloss in glosses:
        words = gloss.split()
        lead = 1 if words and words[0] in ("be", "to") and len(words) > 1 else 0
        if lead >= len(words):
            continue
        for form in by_lemma.get(words[lead], ()):
            extra.append(" ".join(words[:lead] + [form] + words[lead + 1:]))
    return tuple(extra)


def _lemma(word: str) -> str:
    """A crude English lemma for the idiom table: hands → hand, turned → turn."""
    for suffix, cut in (("ies", "y"), ("ed", ""), ("ing", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)] + cut
    return word


def _is_english_idiom(words: list[str], classes: FigurativeClasses) -> bool:
    """The words hold every word of a listed English idiom, compared on lemmas or on stems
    (exploded and explode meet on "explo")."""
    lemmas = tuple(_lemma(w) for w in words)
    stems = tuple(english_stem(w) for w in words)
    return any(all(any(_lemma(part) == lemma for lemma in lemmas) or english_stem(part) in stems for part in idiom)
               for idiom in classes.english_idioms)


def _physical(words: list[str], classes: FigurativeClasses) -> bool:
    # lemma_forms: a stem that lost its e to -ing/-ed is read with it (shaking → shake, trembled → tremble)
    return any(_lemma(w) in classes.english_physical or w in classes.english_physical
               or any(form in classes.english_physical for form in lemma_forms(w)) for w in words)


def _body_part_properties(source: str, tokens: list[Token], glossary: Glossary,
                          classes: FigurativeClasses) -> list[CompositionalReading]:
    if not classes.korean_nouns:
        return []
    found: list[CompositionalReading] = []

    def noun_glosses_of(form: str) -> list[str]:
        return classes.noun_glosses.get(form) or glossary.glosses_of(Key(form, "N"))

    def is_noun(form: str) -> bool:
        return form in classes.korean_nouns and bool(noun_glosses_of(form))

    def is_verb(stem: str) -> bool:
        return bool(glossary.glosses_of(Key(stem, "V"))) or stem in classes.predicate_glosses

    constructions = list(noun_predicates(source, is_noun, is_verb,
                                         objective=classes.object_nouns.__contains__ if classes.object_nouns else None,
                                         locative=True))
    if constructions and callable(tokens):
        tokens = tokens()
    if not constructions or not tokens:
        return []
    parsed = list(morphemes(source)) if classes.artifact_nouns else []
    # the thing the sentence is about: an artifact noun as topic, subject or owner (매병은, 항아리의)
    artifacts = [m.end for m, after in zip(parsed, parsed[1:]) if m.tag.startswith("NN")
                 and m.form in classes.artifact_nouns and after.tag in ("JX", "JKS", "JKG") and after.start == m.end]
    for construction in constructions:
        if any(end <= construction.start for end in artifacts):
            continue  # 주전자는 목이 길고 배가 불룩하다: the neck and belly of a kettle, its shape
        if _creature_owner(parsed or morphemes(source), construction):
            continue  # 강아지는 코가 까맣다, 아기 발이 작다: an animal's or a baby's body, described as it is
        noun_glosses = noun_glosses_of(construction.noun)
        verb_glosses = _verb_glosses(glossary, construction.predicate.stem, classes)
        if not noun_glosses or not verb_glosses:
            continue
        noun_hits = find_glosses(tokens, noun_glosses)
        verb_hits = _verb_hits(tokens, verb_glosses)
        # particle dropped (손 좀 봐) or noun and verb in one stem (눈감다): the noun may be
        # the verb's object, said after it in English ("straighten my waist")
        object_like = construction.compound or construction.particle in ("", "을", "를")
        # 눈에 밟히다, 손에 잡히다, 귀에 박히다: a passive verb whose body part is where it
        # happens ("caught in my hands"); an active verb there is mostly a plain place
        # (등에 서다 "stand on the back")
        locative = construction.particle in LOCATIVE_FORMS
        if locative and (construction.noun not in classes.object_nouns
                         or len(construction.predicate.bases) < 2):
            continue
        span = _related(tokens, noun_hits, verb_hits, classes, object_like or locative, locative=locative)
        if span is None:
            continue
        words = [t.text for t in tokens[span[0]:span[1] + 1]]
        physical = construction.noun not in classes.feeling_nouns and _physical(words, classes)
        if physical and _hyperbole(parsed or morphemes(source), construction) \
                and not any(_lemma(w) in SENSATIONS or any(form in SENSATIONS for form in lemma_forms(w)) for w in words):
            physical = False  # 침이 마르도록 칭찬하다: saliva that dries as a measure of praise is no fact
        if physical or _is_english_idiom(words, classes):
            continue
        if (object_like or locative) and _acted_on(words, classes):
            continue
        found.append(_construction_reading("body-part property", source, construction, tokens, span,
                                           noun_glosses[0], verb_glosses[0]))
    return found


#: a baby's body is described as it is (아기 발이 작다, 신생아는 손이 작다): Korean body idioms are
#: said of grown people
INFANT_NOUNS = frozenset("아기 아가 갓난아기 갓난아이 갓난쟁이 신생아 영아".split())
#: pets and farm animals, whose bodies a sentence describes as they are (the korean-animals table
#: also holds animals Korean calls people by — 곰, 여우, 돼지, 병아리 — which stay out)
OWNER_ANIMALS = frozenset("""동물 애완동물 반려동물 반려견 반려묘 애완견 강아지 고양이 개 새 닭 소 토끼 햄스터 물고기 금붕어
거북이 앵무새 오리 염소 양 송아지 망아지 도마뱀 다람쥐 고슴도치""".split())
_OWNER_TOPIC = frozenset(("은", "는", "이", "가"))


def _creature_owner(parsed, construction) -> bool:
    """The body part belongs to an animal or a baby: the noun right before it (아기 발이, 강아지의
    코가) or, when the body part is itself a subject (코가 까맣다, not 눈에 밟히다 or 손을 타다, whose
    subject is what is seen or who is held), the topic or subject of its clause (강아지는 코가 까매서)."""
    owners = OWNER_ANIMALS | INFANT_NOUNS
    index = next((i for i, m in enumerate(parsed) if m.start == construction.start and m.tag.startswith("NN")), None)
    if index is None or index == 0:
        return False
    before = parsed[index - 1]
    if before.tag == "JKG" and index >= 2:
        before = parsed[index - 2]
    if before.tag.startswith("NN") and before.form in owners:
        return True
    if construction.particle not in ("이", "가", "은", "는", ""):
        return False
    for position in range(index - 1, 0, -1):
        morpheme = parsed[position]
        if base_tag(morpheme.tag) in ("EC", "EF", "SF"):
            return False  # the clause begins after it
        if morpheme.tag in ("JX", "JKS") and morpheme.form in _OWNER_TOPIC:
            owner = parsed[position - 1]
            return owner.tag.startswith("NN") and owner.form in owners
    return False


#: endings that make a clause the measure of the next predicate ("to the point that"): 침이
#: 마르도록 칭찬하다, 목이 터지게 부르다, 발이 닳도록 다니다 — a hyperbole, not a fact
HYPERBOLE_ENDINGS = frozenset(("도록", "게", "게끔"))
#: plain sensations English itself measures effort by ("ran till my feet ached", "shouted until
#: my throat was sore"): silent even in such a clause
SENSATIONS = frozenset("hurt ache sore numb stiff itch sting bleed swell swollen sick tremble shake red puffy "
                       "watery bloodshot pale hoarse tired".split())


def _hyperbole(parsed, construction) -> bool:
    """The construction's predicate ends in -도록/-게 (after honorific or tense infixes) and
    another predicate follows: the clause measures how much (침이 마르도록 칭찬하셨다)."""
    for index, morpheme in enumerate(parsed):
        if morpheme.start < construction.predicate.start or base_tag(morpheme.tag) not in ("VV", "VA"):
            continue
        later = parsed[index + 1:index + 4]
        for position, following in enumerate(later):
            tag = base_tag(following.tag)
            if tag == "EP":
                continue
            return (tag == "EC" and following.form in HYPERBOLE_ENDINGS
                    and any(base_tag(m.tag) in ("VV", "VA", "XSV", "XSA", "NNG", "MAG")
                            for m in parsed[index + 2 + position:index + 5 + position]))
        return False
    return False


def _construction_reading(kind: str, source: str, construction, tokens, span: tuple[int, int],
                          noun_gloss: str, verb_gloss: str) -> CompositionalReading:
    """A reading of a noun + predicate construction whose English renders both parts by the
    glosses named (the Korean span, the English span of tokens ``span``, the parts as evidence)."""
    return CompositionalReading(
        kind, (construction.start, construction.end), (tokens[span[0]].start, tokens[span[1]].end),
        source[construction.start:construction.end],
        f"{construction.noun} {noun_gloss} + {construction.predicate.stem}- {verb_gloss}")


def _consumed_non_food(source: str, tokens, glossary: Glossary,
                       classes: FigurativeClasses) -> list[CompositionalReading]:
    """A noun no one eats (``korean-consumed-nouns``: 욕 curse, 겁 fear, 나이 age, 문자 text
    message) as the object of a verb of eating or drinking (``korean-consumption-verbs``:
    먹다, 마시다, 씹다, 삼키다, and their passives 먹히다, 씹히다), in any form (욕먹다 in one
    stem, the particle dropped, negated), rendered with the verb's literal gloss and the noun's
    gloss as its object or subject ("ate a lot of curses", "my text got chewed"); an English
    idiom with the same image (eat one's words, swallow one's pride) is silent."""
    if not classes.consumption_verbs or not classes.consumed_nouns:
        return []
    constructions = _consumptions(source, classes)
    if constructions and callable(tokens):
        tokens = tokens()
    if not constructions or not tokens:
        return []
    found: list[CompositionalReading] = []
    for construction in constructions:
        verb = construction.predicate.stem
        verb_glosses = list(classes.consumption_verbs[verb])
        verb_glosses += [g for g in _irregular_glosses(tuple(verb_glosses)) if g not in verb_glosses]
        noun_glosses = classes.consumed_nouns[construction.noun]
        span = _related(tokens, find_glosses(tokens, noun_glosses), find_glosses(tokens, verb_glosses),
                        classes, object_like=True, quantified=True)
        if span is None:
            continue
        words = [t.text for t in tokens[span[0]:span[1] + 1]]
        if _is_english_idiom(words, classes):
            continue
        found.append(CompositionalReading(
            "consumed non-food", (construction.start, construction.end),
            (tokens[span[0]].start, tokens[span[1]].end), source[construction.start:construction.end],
            f"{construction.noun} {noun_glosses[0]} + {verb}- {verb_glosses[0]}"))
    return found


#: morphemes a consumption construction may hold between its noun and its verb (an adverb,
#: a subject: 문자를 걔가 또 씹었어); an ending or another verb ends the clause first
CONSUMPTION_WINDOW = 5


def _consumptions(source: str, classes: FigurativeClasses) -> list:
    """Nouns of ``korean-consumed-nouns`` with 을/를 (or no particle: 욕먹었어) followed in
    the same clause by a verb of ``korean-consumption-verbs`` (its passive too), or one stem
    holding both (겁먹다); as :class:`~tqa.ko.forms.Construction` with the base verb as stem."""
    from ..ko.forms import Construction, Predicate, base_stems

    def verb_of(stem: str) -> str | None:
        return next((base for base, _ in base_stems(stem) if base in classes.consumption_verbs), None)

    found = morphemes(source)
    constructions = []
    for index, morpheme in enumerate(found):
        tag = base_tag(morpheme.tag)
        if tag in ("VV", "VA"):  # one stem: 겁먹, 욕먹
            for cut in range(1, len(morpheme.form)):
                noun, stem = morpheme.form[:cut], morpheme.form[cut:]
                if noun in classes.consumed_nouns and verb_of(stem):
                    constructions.append(Construction(noun, Predicate(verb_of(stem), morpheme.start, morpheme.end),
                                                      morpheme.start, morpheme.end, "", compound=True))
            continue
        if not tag.startswith("NN") or morpheme.form not in classes.consumed_nouns:
            continue
        position = index + 1
        particle = ""
        if position < len(found) and base_tag(found[position].tag) == "JKO":
            particle = found[position].form
            position += 1
        window = found[position:position + CONSUMPTION_WINDOW]
        for offset, following in enumerate(window):
            following_tag = base_tag(following.tag)
            if following_tag in ("VV", "VA", "VX", "VCP", "XSV", "XSA") or following_tag.startswith("E"):
                verb = verb_of(following.form) if following_tag == "VV" else None
                # a serial verb kiwi cuts in two (말 + 아 + 먹: 말아먹다) read as one stem
                later = found[position + offset + 1:position + offset + 3]
                if verb is None and following_tag == "VV" and len(later) == 2 and later[0].form in ("아", "어") \
                        and base_tag(later[1].tag) == "VV":
                    verb = verb_of(following.form + "아" + later[1].form)
                    if verb is not None:
                        following = later[1]
                if verb is not None:
                    constructions.append(Construction(morpheme.form, Predicate(verb, following.start, following.end),
                                                      morpheme.start, following.end, particle))
                break
            if following_tag.startswith(("S", "JKO")):
                break
    return constructions


#: quantifiers and numbers that may stand between a verb and its object ("ate a lot of
#: curses", "conceded two goals")
QUANTIFIER_LINKING = frozenset("""lot lots of so many much some all more such few several plenty
two three four five six seven eight nine ten those these this that whole every""".split())


#: at most this many words name the possessor in "the feet of (thousands of) travelers were"
OF_OWNER_WINDOW = 4
#: … and none of these (a clause or a verb between is no possessor)
OF_OWNER_STOPS = frozenset("that which who when where because and but or if as so to".split())


#: words between an English verb and its object ("straighten my waist", "close your eyes")
OBJECT_LINKING = frozenset("the a an my your his her their our its at on to into off out one s own".split())
#: at most this many of them
OBJECT_WINDOW = 3


def _acted_on(words: list[str], classes: FigurativeClasses) -> bool:
    """A verb + body part English says of a plain action (raise a hand, close one's eyes)."""
    for word in words:
        verb = next((form for form in (_lemma(word), english_lemma(word)) if form in classes.english_actions), None)
        if verb is None:
            continue
        parts = classes.english_action_parts.get(verb)
        if not parts or any(w.lower() in parts or _lemma(w.lower()) in parts for w in words):
            return True
    return False


#: particles of English phrasal verbs, which English may put after the object ("took his
#: hands off", "put her shoes on")
PHRASAL_PARTICLES = frozenset("off on in out up down away over back".split())
#: at most this many words between a phrasal verb and its particle
PHRASAL_GAP = 3


def _verb_hits(tokens: list[Token], glosses: list[str]) -> list[tuple[int, int]]:
    """:func:`find_glosses`, and a phrasal gloss ("take off", "put in") split by its object
    ("took his hands off", "put wind in him"): the verb's token, when its particle follows
    within :data:`PHRASAL_GAP` words."""
    hits = set(find_glosses(tokens, glosses))
    for gloss in glosses:
        words = gloss.lower().split()
        if len(words) != 2 or words[1] not in PHRASAL_PARTICLES:
            continue
        for first, last in find_glosses(tokens, [words[0]]):
            later = tokens[last + 2:last + 2 + PHRASAL_GAP]
            if any(t.text.lower() == words[1] for t in later):
                hits.add((first, last))
    return sorted(hits)


def _related(tokens: list[Token], noun_hits, verb_hits,
             classes: FigurativeClasses, object_like: bool = False,
             quantified: bool = False, locative: bool = False) -> tuple[int, int] | None:
    """The token span where a predicate gloss is attributive to a noun gloss ("wide feet")
    or predicated of it with only linking words between ("feet are really wide"); with
    ``object_like``, also the verb before the noun with only determiners and prepositions
    between ("straighten my waist")."""
    for noun in noun_hits:
        for verb in verb_hits:
            if verb == noun or (verb[0] <= noun[1] and noun[0] <= verb[1]):
                continue
            if verb[1] < noun[0]:  # attributive: at most one linking word between
                gap = tokens[verb[1] + 1:noun[0]]
                if len(gap) <= 1 and all(t.text in classes.english_linking for t in gap):
                    return verb[0], noun[1]
                if object_like and len(gap) <= OBJECT_WINDOW and all(
                        t.text.lower() in OBJECT_LINKING or (locative and t.text.lower() == "in") for t in gap):
                    return verb[0], noun[1]
                if quantified and len(gap) <= OBJECT_WINDOW + 1 and all(
                        t.text.lower() in OBJECT_LINKING or t.text.lower() in QUANTIFIER_LINKING
                        or t.text.isdigit() for t in gap):
                    return verb[0], noun[1]
            elif noun[1] < verb[0]:
                gap = tokens[noun[1] + 1:verb[0]]
                if len(gap) <= PREDICATIVE_WINDOW and all(t.text in classes.english_linking for t in gap):
                    return noun[0], verb[1]
                # the possessor said after the body part: "the feet of the travelers were tied"
                if gap and gap[0].text.lower() == "of":
                    tail = [t for t in gap[1:] if t.text in classes.english_linking]
                    owner = gap[1:len(gap) - len(tail)] if tail else []
                    if tail and all(t.text in classes.english_linking for t in gap[len(gap) - len(tail):]) \
                            and 1 <= len(owner) <= OF_OWNER_WINDOW \
                            and all(t.text.isalpha() and t.text.lower() not in OF_OWNER_STOPS for t in owner):
                        return noun[0], verb[1]
    return None


def _korean_words(source: str, proper: bool = False) -> list[tuple[str, int, int]]:
    """Noun runs of the source as written (이불킥 even when kiwi cuts it in two), with
    offsets: consecutive noun-like morphemes inside one word; proper nouns left out unless
    ``proper`` (kiwi tags some coinages NNP)."""
    runs: list[tuple[str, int, int]] = []
    current: list = []
    for morpheme in morphemes(source):
        tag = base_tag(morpheme.tag)
        # a proper noun is a name (페퍼다인), not a coinage: it ends a run and starts none
        noun_like = (tag.startswith("NN") and (proper or tag != "NNP")) or tag in ("XR", "XSN", "XPN", "SL", "UN")
        if noun_like and current and current[-1].end == morpheme.start:
            current.append(morpheme)
            continue
        if current:
            runs.append((source[current[0].start:current[-1].end], current[0].start, current[-1].end))
        current = [morpheme] if noun_like else []
    if current:
        runs.append((source[current[0].start:current[-1].end], current[0].start, current[-1].end))
    return [run for run in runs if _hangul(run[0])]


#: last parts English adds to any noun or compound to make an adjective of it (국장급 "director-
#: general-level", 정부 주도 "government-led"): no part of a coinage
CHAIN_SUFFIX_WORDS = frozenset("level based led style related wide scale class grade type owned run friendly "
                               "free sized oriented driven backed funded linked focused".split())


def _morpheme_chains(source: str, target: str, glossary: Glossary,
                     found: list[CompositionalReading]) -> list[CompositionalReading]:
    chains = []
    words = None
    for match in _CHAIN.finditer(target):
        parts = match.group().split("-")
        if match.start() > 0 and parts[0][:1].isupper() and not _sentence_start(target, match.start()):
            continue  # a name: Rhein-Neckar-Arena
        if sum(part[:1].isupper() for part in parts) >= 2:
            continue  # Labor-Management, Theresa-May: a title or a name
        # a bound English prefix makes an English word of the next part (self-employed,
        # anti-money-laundering): it is not counted, so only a longer chain is read
        # ("self-rope-self-bind" for 자승자박)
        prefixed = parts[0].lower() in CHAIN_PREFIXES
        content = [p for p in parts[prefixed:] if p.lower() not in CHAIN_FUNCTION_WORDS and not _number_part(p)]
        if len(parts) >= 3 and parts[-1].lower() in CHAIN_SUFFIX_WORDS and content and content[-1] == parts[-1]:
            content = content[:-1]  # "director-general-level", "state-owned-enterprise-led": English
            # makes adjectives of any compound with these last parts
        function = [p.lower() for p in parts[prefixed:] if p.lower() in CHAIN_FUNCTION_WORDS]
        if len(content) < CHAIN_CONTENT_WORDS:
            continue  # too few content parts to be read (most hyphenated words: "well-known"); the
            # tests below only ever skip a chain, so they are asked of a chain that may be read
        if _expands_an_acronym(source, content):
            continue  # "debt-service-ratio" for DSR written in the Korean
        if _romanises_a_word(source, parts):
            continue  # "Mil-gwa-bori" for the shop name 밀과보리: a name spelt out, syllable by syllable
        # English builds its set phrases with them (buy-one-get-one-free, state-of-the-art);
        # a fourth or fifth part glossing a four-character word keeps two distinct ones
        # ("sitting-not-at-ease-seat" for 좌불안석)
        if len(function) > CHAIN_FUNCTION_MAX and not (
                len(function) <= CHAIN_FUNCTION_MAX + 1 and len(set(function)) == len(function)
                and len(content) >= CHAIN_CONTENT_WORDS):
            continue
        if words is None:
            # proper nouns too: the chain is in lower case (a capitalised one is skipped above),
            # so what it glosses is no name; written words catch coinages kiwi cuts into pieces
            words = [w for w in _candidate_words(source, True)
                     if len(w[0]) >= CHAIN_KOREAN_SYLLABLES and not _named_in(w[0], target)
                     and w[0] not in glossary.by_form and glossary.split_compound(w[0]) is None]
        if not words:
            return chains
        korean = max(words, key=lambda w: len(w[0]))
        if _attributive_phrase(source, target, match, content, korean, glossary):
            continue
        chains.append(CompositionalReading("morpheme chain", (korean[1], korean[2]),
                                           (match.start(), match.end()), korean[0],
                                           " + ".join(parts)))
    return chains


def _number_part(part: str) -> bool:
    """A part of a chain that is a number ("twenty-year-old", "30-minute"): English's own
    compounds of measure, not glosses of a Korean word."""
    from ..en.numerals import words_to_number

    return part[:1].isdigit() or words_to_number(part) is not None


_HANGUL_RUN = re.compile(r"[가-힣]{2,}")


def _romanises_a_word(source: str, parts: list[str]) -> bool:
    """The chain is the romanisation of a Korean word of the source, hyphens between its
    syllables or parts ("Mil-gwa-bori" for 밀과보리): a name transliterated, not glossed."""
    joined = "".join(parts).lower()
    return any(joined in romanisations(match.group()) for match in _HANGUL_RUN.finditer(source))


_LATIN_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])")


def _expands_an_acronym(source: str, content: list[str]) -> bool:
    """The chain's content words are the letters of an acronym the Korean writes in Latin
    script (DSR → "debt-service-ratio", PBR → "price-book-ratio"): the English spells it out."""
    initials = "".join(part[:1].upper() for part in content)
    return len(initials) >= 2 and any(initials == match.group() for match in _LATIN_ACRONYM.finditer(source))


_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}")


def _attributive_phrase(source: str, target: str, match: re.Match, content: list[str],
                        korean: tuple[str, int, int], glossary: Glossary) -> bool:
    """A chain that modifies the next noun ("the longest-apple-peel contest") and glosses words
    the source writes apart, outside the word it would be a coinage of: an English compound
    modifier of a Korean phrase (사과 껍질 길게 깎기 대회), not a word rendered part by part."""
    if not (_DETERMINER_BEFORE.search(target[:match.start()]) and _NOUN_AFTER.match(target, match.end())):
        return False
    parts = {part.lower() for part in content}
    for token in morphemes(source):
        if not token.tag.startswith("NN") or korean[1] <= token.start < korean[2]:
            continue
        glosses = [g.lower() for g in glossary.by_form.get(token.form, ())]
        if any(part == g or (len(g) >= 4 and part.startswith(g)) for part in parts for g in glosses):
            return True
    return False


#: a Korean word this close in sound to a capitalised English word is that name (페퍼다인 ~ Pepperdine)
NAME_SIMILARITY = 0.6


def _named_in(word: str, target: str) -> bool:
    """The English writes ``word`` as a name: some capitalised word sounds like it."""
    from ..ko.romanize import phonetic_similarity

    return any(phonetic_similarity(word, name) >= NAME_SIMILARITY
               for name in re.findall(r"\b[A-Z][a-z]{2,}", target))


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?:\"“‘(" or before.endswith(("A:", "B:"))


# --- the Korean words as written -----------------------------------------------------

#: morphemes a written word sheds at its end before it is compared as a word: particles,
#: endings, the copula, auxiliaries, verb/adjective-making suffixes, punctuation
_TRAILING_TAGS = ("J", "E", "VCP", "VX", "XSV", "XSA", "SF", "SP", "SS", "SE", "SO", "SW")


def _written_words(source: str) -> list[tuple[str, int, int]]:
    """Each space-separated word of the source without its particles and endings, with
    offsets (꿀템이야 → 꿀템, 노잼이었어! → 노잼): kiwi cuts coinages it does not know into odd
    pieces (a verb stem, an ending and a noun), the word as written survives."""
    found = sorted(morphemes(source), key=lambda m: m.start)
    words: list[tuple[str, int, int]] = []
    position = 0  # one pass over the morphemes: linear in the length of the line
    count = len(found)
    for written in _WORD.finditer(source):
        written_start, written_end = written.span()
        while position < count and found[position].start < written_start:
            position += 1
        first = position  # the word's morphemes: found[first:last], no list made for them
        while position < count and found[position].end <= written_end:
            position += 1
        last = position
        while last > first and base_tag(found[last - 1].tag).startswith(_TRAILING_TAGS):
            last -= 1
        if last == first:
            continue
        start, end = found[first].start, found[last - 1].end
        word = source[start:end]
        if _ALL_HANGUL.fullmatch(word):  # every letter a Hangul syllable
            words.append((word, start, end))
    return words


@per_analyser(maxsize=8)
def _candidate_words(source: str, proper: bool = False) -> tuple[tuple[str, int, int], ...]:
    """Noun runs and written words of the source, each text once (the noun run first);
    cached: three kinds of reading ask for them."""
    seen: set[str] = set()
    words = []
    for word in _korean_words(source, proper) + _written_words(source):
        if word[0] not in seen:
            seen.add(word[0])
            words.append(word)
    return tuple(words)


# --- slang prefixes and glossed first parts of a coinage -------------------------------

_ENGLISH_WORD = re.compile(r"[A-Za-z]+")


def _degree_before(source: str, start: int, classes: FigurativeClasses) -> bool:
    """A degree adverb (완전, 진짜 …) is the word right before ``start``."""
    before = source[max(0, start - 12):start].rstrip().split()  # a short window: long lines stay linear
    return bool(before) and before[-1] in classes.degree_adverbs


#: a hyphenated pair whose parts written together are this frequent an English word
#: (wordfreq Zipf) is English: film-maker is filmmaker; bed-poke is nothing
COINAGE_JOINED_ZIPF = 2.5
#: a Korean word at least this frequent in wordfreq's Korean list is an established word, not a
#: coinage on a slang prefix (생선 4.0, 왕따 3.6, 짝퉁 3.4; 꿀잼, 핵인싸, 생얼 are not listed)
ESTABLISHED_KOREAN_ZIPF = 3.0


def _gloss_then_word(target: str, gloss: str, hyphen_only: bool):
    """Matches of ``gloss`` followed by a hyphen (or, unless ``hyphen_only``, a space) and
    an English content word: "honey item", "bed-poke"; not an English prefix word
    (self-satisfied) nor a pair English writes as one word (film-maker)."""
    separator = "-" if hyphen_only else "[- ]"
    pattern = re.compile(rf"(?<![\w-]){re.escape(gloss)}{separator}([A-Za-z]+)(?![\w-])", re.IGNORECASE)
    for match in pattern.finditer(target):
        following = match.group(1).lower()
        if following in CHAIN_FUNCTION_WORDS or following in LOOSE_STOPWORDS:
            continue
        if gloss.lower() in CHAIN_PREFIXES:
            continue
        if english_zipf(gloss.lower().replace(" ", "") + following) >= COINAGE_JOINED_ZIPF:
            continue
        yield match


def _slang_prefix_parts(source: str, target: str, glossary: Glossary,
                        classes: FigurativeClasses) -> list[CompositionalReading]:
    """A word the gloss list does not know, made of a glossed first part and a rest it does
    not know either, whose first part the English glosses right before another word:

    * a slang prefix (``slang-prefixes``: 핵, 꿀, 개 …) glossed literally, hyphenated or,
      where the word is a verdict (a degree adverb before it or the copula after it: 완전
      꿀템, 꿀템이야), spaced ("a total honey item").

    Any other glossed first part in a hyphen pair (침대콕 → "bed-poke") is not read: on
    Korean news it fired on ordinary compounds the gloss list does not hold (권력분점
    "power-sharing", 예술극장 "art-house", 장관급 "minister-level"), six false alarms in
    1,000 pairs and no true one.

    The rest being unknown is what keeps news compounds out: 핵실험 is 핵 + 실험 (test), a
    known word, and "nuclear test" is its translation."""
    present = {word.lower() for word in _ENGLISH_WORD.findall(target)}
    if not present:
        return []
    found: list[CompositionalReading] = []
    for word, start, end in _candidate_words(source):
        if not _has_slang_prefix(word, classes):
            continue  # the cheap test first: most words open with no slang prefix, and nothing below reads them
        if len(word) < 2 or word in glossary.by_form or glossary.split_compound(word) is not None:
            continue
        if korean_zipf(word) >= ESTABLISHED_KOREAN_ZIPF:
            continue  # an established word (생선 "fish", 왕따, 짝퉁), not a coinage on a slang prefix
        verdict = None  # decided on the first slang prefix only: it reads the morphemes
        for cut in range(1, len(word)):
            first, rest = word[:cut], word[cut:]
            if rest in glossary.by_form:
                continue
            if first in classes.slang_prefixes:
                if verdict is None:
                    verdict = _verdict(source, start, end, classes)
                # spaced too where the rest is itself slang of the lexicon (핵인싸 "nuclear insider":
                # 인싸 is no word a news compound is made of, as 실험 is in 핵실험 "nuclear test")
                glosses, hyphen_only = classes.slang_prefixes[first], not (verdict or rest in _slang_words())
            else:
                continue
            glosses = [gloss for gloss in glosses if gloss.split()[0] in present]  # skip the scan
            match = next((m for gloss in glosses for m in _gloss_then_word(target, gloss, hyphen_only)), None)
            if match is None:
                continue
            if match.start() > 0 and match.group()[:1].isupper() and not _sentence_start(target, match.start()):
                continue  # a name
            found.append(CompositionalReading(
                "coinage part", (start, end), (match.start(), match.end()), word,
                f"{first} {match.group()[:len(match.group()) - len(match.group(1)) - 1].lower()} + {rest}"))
            break
    return found


@lru_cache(maxsize=1)
def _slang_words() -> frozenset[str]:
    """The one-word slang and neologism entries of the lexicon (인싸, 꿀잼), spaces removed."""
    from ..ko.expressions import default_lexicon

    return frozenset(e.korean for e in default_lexicon().expressions
                     if e.category in ("slang", "neologism") and " " not in e.korean)


def _has_slang_prefix(word: str, classes: FigurativeClasses) -> bool:
    """Some first part of ``word`` (all but its last letter at most) is a slang prefix: only such
    a word can be read by :func:`_slang_prefix_parts`."""
    prefixes = classes.slang_prefixes
    return any(word[:cut] in prefixes for cut in range(1, len(word)))


def _slang_suffix_parts(source: str, target: str, glossary: Glossary,
                        classes: FigurativeClasses) -> list[CompositionalReading]:
    """A word the gloss list does not know, nor wordfreq as an established Korean word, made of
    three syllables or more ending in a slang suffix (``slang-suffixes``: 야근각, 급식충,
    주린이), whose suffix the English glosses right after another content word, spaced or
    hyphenated ("it's overtime angle", "meal-bugs", "a stock kid"). An established word that
    ends the same way (시각, 감각, 곤충, 어린이) is known to the gloss list or to wordfreq."""
    if not classes.slang_suffixes:
        return []
    present = {word.lower() for word in _ENGLISH_WORD.findall(target)}
    suffixes = sorted(classes.slang_suffixes, key=len, reverse=True)
    found: list[CompositionalReading] = []
    for word, start, end in _candidate_words(source):
        if word.endswith("들") and len(word) > 3:
            word, end = word[:-1], end - 1  # 맘충들: the plural
        if source[end:end + 1] == "이" and word + "이" not in glossary.by_form:
            written = word + "이"  # 주린이라서: kiwi cuts the suffix's 이 as the copula
        else:
            written = word
        for candidate in dict.fromkeys((written, word)):
            suffix = next((s for s in suffixes if candidate.endswith(s) and len(candidate) >= 3 and len(candidate) > len(s)), None)
            if suffix is None or candidate in glossary.by_form:
                continue
            if korean_zipf(candidate) >= ESTABLISHED_KOREAN_ZIPF:
                continue
            glosses = [g for g in classes.slang_suffixes[suffix] if g.split()[-1] in present]
            match = None
            for gloss in glosses:
                pattern = rf"(?<![A-Za-z])([A-Za-z]+)[- ]{re.escape(gloss)}(?![\w-])"
                for found_match in re.finditer(pattern, target, re.IGNORECASE):
                    before = found_match.group(1).lower()
                    if before in CHAIN_FUNCTION_WORDS or before in LOOSE_STOPWORDS or before in ENGLISH_DETERMINERS:
                        continue
                    if english_zipf(before + gloss.replace(" ", "")) >= COINAGE_JOINED_ZIPF:
                        continue  # one English word (bedbug, earthworm)
                    if _is_english_idiom([before, gloss], classes):
                        continue
                    match = found_match
                    break
                if match:
                    break
            if match is None:
                continue
            found.append(CompositionalReading(
                "coinage part", (start, start + len(candidate)), match.span(), candidate,
                f"{candidate[:-len(suffix)]} + {suffix} {classes.slang_suffixes[suffix][0]}"))
            break
    return found


#: English words that open a noun phrase: not the first part of a coinage
ENGLISH_DETERMINERS = frozenset("a an the this that these those my your his her our their its some any no every "
                                "each another other right wrong different new same good bad whole".split())


# --- romanised words ---------------------------------------------------------------------

# an English word at least ROMANISED_ENGLISH_ZIPF frequent (wordfreq Zipf, the bound of
# :mod:`tqa.analyse.clipped`) is English, whatever it romanises
#: shorter romanisations are too often something else (han, ssi)
ROMANISED_MIN_LETTERS = 4
#: the last part of a Korean dish's name (국수 noodles, 찌개 stew, 탕 soup, 볶음 stir-fry, 전 pancake …):
#: dish names stay romanised in English menus and food writing (naengmyeon, kimchi-jjigae, japchae)
#: (a one-syllable part only after two more syllables: 순두부탕, but not the slang 혼밥 "eating alone")
_DISH = re.compile(r"(?:국수|냉면|라면|찌개|전골|국밥|비빔밥|볶음밥|김밥|볶음|구이|조림|무침|나물|김치|"
                   r"만두|떡볶이|젓갈|냉채|잡채|순대|족발|보쌈|곱창|막걸리|소주|식혜|수정과|빙수)$"
                   r"|[가-힣]{2,}(?:탕|밥|전|떡|죽|쌈|찜)$")


#: an English word, with its inner apostrophes and hyphens (the words :func:`_romanised_words` reads)
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")


def _romanised_words(source: str, target: str, glossary: Glossary,
                     classes: FigurativeClasses) -> list[CompositionalReading]:
    """A Korean common noun or written word left romanised in the English ("the dinner was
    totally jonjaem" for 존잼): an English word in lower case equal to
    its Revised Romanization (with or without the sound changes, hyphens ignored), that is
    neither an English word nor a Korean word English writes as it is (``english-loans``).
    Proper nouns are names: romanising them is right, and kiwi tags them apart."""
    by_key: dict[str, list] = {}
    for match in _LATIN_WORD.finditer(target):
        word = match.group()
        if word[0].isupper():
            continue  # a capitalised word is a name or starts the sentence (its key is not made)
        key = word.lower().replace("-", "").replace("'", "").replace("’", "")
        if len(key) >= ROMANISED_MIN_LETTERS and key not in classes.english_loans:
            by_key.setdefault(key, []).append(match)
    if not by_key:
        return []
    found: list[CompositionalReading] = []
    mimetic = _mimetic_words(source, glossary)
    for word, start, end in _candidate_words(source) + mimetic:
        if _DISH.search(word):
            continue  # 순두부찌개 → "sundubu-jjigae": English food writing keeps dish names in romanisation
        with_changes, by_syllable = romanisations(word)
        keys = {with_changes, by_syllable}
        if len(word) < 2:  # one syllable: only a long romanisation is no chance spelling (jjaeng, kkwang)
            keys = {key for key in keys if len(key) >= ROMANISED_SYLLABLE_LETTERS}
        for key in keys & by_key.keys():
            match = by_key[key][0]
            zipf = english_zipf(key)
            # a word English corpora know at all (maul, taiga: Korean wrote the English word
            # in Hangul) counts only where Korean makes a verdict of it (완전 X, X이다)
            if _romanisation_explained(target, match.start(), match.end()):
                break  # "the rainy season, known as jangma": the English says what the word means
            if zipf == 0 or (zipf < ROMANISED_ENGLISH_ZIPF and _verdict(source, start, end, classes)):
                # a sound or manner word (쨍, 꾸역꾸역) is no cultural word a translator keeps
                # and explains: an error, where a romanised noun is a review note
                kind = "romanised mimetic" if (word, start, end) in mimetic else "romanised"
                found.append(CompositionalReading(kind, (start, end), (match.start(), match.end()),
                                                  word, f"{word} romanised as {match.group()}"))
                break
    return found


#: characters before a romanised word read for an introduction ("what many Koreans call the
#: “", 28, is among the longest)
INTRODUCED_REACH = 40
#: a romanised word the English introduces as a name for what it has just said
_INTRODUCED_BEFORE = re.compile(
    r"(?:\b(?:known(?:\s+locally)?\s+as|locally\s+called|called|so-called|termed|dubbed|named|"
    r"what\s+(?:\w+\s+)?(?:Koreans|locals|people|they)\s+call|or)\s+(?:the\s+|a\s+|an\s+)?|\(\s*)[\"'“‘]?$", re.I)
#: ... or glosses right after it: "jangma (the summer monsoon)", "jangma, the rainy season"
#: also a list of romanised words glossed together ("jangseung, sotdae or dolhareubang — village
#: guardians"), an appositive ("galot, clothes dyed with persimmon") and a definition ("a dalhangari is a jar")
_GLOSSED_AFTER = re.compile(r"[\"'”’]?(?:(?:,\s*|\s+(?:and|or)\s+)[a-z]+(?:-[a-z]+)*){0,4}\s*"
                            r"(?:\(\s*[A-Za-z]|,\s+(?:a|an|the|which|meaning|or|(?!(?:i|we|you|he|she|they|it|so|but|and|or|then|lol|haha|that|this|there|just|really)\b)[a-z]+\s+[a-z]+)\b|\s*[-–—]\s*[A-Za-z]"
                            r"|\s+(?:is|are|was|were)\s+(?:a|an|the)\b)")


#: a one-syllable Korean word is read as romanised only when its romanisation has this many letters
ROMANISED_SYLLABLE_LETTERS = 5


def _mimetic_words(source: str, glossary: Glossary) -> tuple[tuple[str, int, int], ...]:
    """Adverbs and roots the gloss list does not know (mimetic words: 쨍, 쿵, 반짝반짝, 꾸역꾸역),
    with offsets: left romanised ("with a jjaeng") they are no English either."""
    return tuple((m.form, m.start, m.end) for m in morphemes(source)
                 if base_tag(m.tag) in ("MAG", "XR") and _ALL_HANGUL.fullmatch(m.form)
                 and not glossary.by_form.get(m.form))


def _romanisation_explained(target: str, start: int, end: int) -> bool:
    """A romanised word the English explains: introduced by "known as", "called", "or", set in
    parentheses after an English rendering, or followed by a gloss of its own."""
    return bool(_INTRODUCED_BEFORE.search(target, max(0, start - INTRODUCED_REACH), start)) \
        or bool(_GLOSSED_AFTER.match(target, end))


def _verdict(source: str, start: int, end: int, classes: FigurativeClasses) -> bool:
    """The word at ``start:end`` is a verdict: a degree adverb before it or the copula
    right after it (완전 노잼, 노잼이었어)."""
    if _degree_before(source, start, classes):
        return True
    return any(base_tag(m.tag) == "VCP" and end <= m.start <= end + 1 for m in morphemes(source))


# --- food nouns in figurative shapes ------------------------------------------------------

#: a simile of eating: X (백 개) 먹은 것 같다 / 먹은 듯 / 먹은 기분, within a few characters
#: or X 먹듯(이) ("as one eats X": 밥 먹듯 거짓말한다, lies as often as one eats)
_EATING_SIMILE = re.compile(r"^[^.!?]{0,10}?먹(?:(?:은|었던|는)\s*(?:것\s*같|거\s*같|듯|기분|느낌)|듯)")


def _figurative_food(source: str, target: str, classes: FigurativeClasses) -> list[CompositionalReading]:
    """A food or drink noun (``korean-food``) in one of two shapes no plain sentence has —
    after a degree adverb and before the copula (진짜 맹물이었어: a verdict) or in
    a simile of eating it (떡 백 개 먹은 것 같다) — where the English keeps the
    food's gloss ("the meeting was really plain water")."""
    if not classes.food or not classes.food_words.search(source):
        return []
    found: list[CompositionalReading] = []
    parsed = morphemes(source)
    for index, morpheme in enumerate(parsed):
        if not base_tag(morpheme.tag).startswith("NN") or morpheme.form not in classes.food:
            continue
        following = parsed[index + 1] if index + 1 < len(parsed) else None
        if (_degree_before(source, morpheme.start, classes) and following is not None
                and base_tag(following.tag) == "VCP" and following.start <= morpheme.end):
            shape, end = "verdict", following.end
        elif _eating_verdict(parsed, index, classes):
            shape, end = "eating it as a verdict (N 먹기다)", parsed[index + 3].end
        elif (following is not None and base_tag(following.tag).startswith("NN")
              and following.form in classes.quality_nouns and following.start - morpheme.end <= 1
              and not (index > 0 and parsed[index - 1].end == morpheme.start
                       and base_tag(parsed[index - 1].tag).startswith(("NN", "XPN")))):
            # 사이다 발언, 물경력: a food as a kind of remark or career ("a soda remark")
            heads = classes.quality_nouns[following.form]
            for gloss in classes.food[morpheme.form]:
                match = re.search(rf"(?<![\w-]){re.escape(gloss)}[- ](?:{'|'.join(map(re.escape, heads))})(?![\w-])",
                                  target, re.IGNORECASE)
                if match:
                    found.append(CompositionalReading(
                        "food figure", (morpheme.start, following.end), (match.start(), match.end()),
                        source[morpheme.start:following.end],
                        f"{morpheme.form} {gloss} + {following.form} {heads[0]}, a food as a kind of {heads[0]}"))
                    break
            continue
        else:
            simile = _EATING_SIMILE.match(source[morpheme.end:])
            if simile is None:
                continue
            shape, end = "simile of eating", morpheme.end + simile.end()
        for gloss in classes.food[morpheme.form]:
            match = re.search(rf"(?<![\w-]){re.escape(gloss)}(?![\w-])", target, re.IGNORECASE)
            if match:
                found.append(CompositionalReading(
                    "food figure", (morpheme.start, _word_end_at(source, end)), (match.start(), match.end()),
                    source[morpheme.start:_word_end_at(source, end)], f"{morpheme.form} {gloss}, {shape}"))
                break
    return found


def _eating_verdict(parsed, index: int, classes: FigurativeClasses) -> bool:
    """Food N + 먹기 (the nominalised "eating N") + the copula: 식은 죽 먹기야, 떡 먹기지 — the
    verdict "as easy as eating N" — unless the clause's subject names an activity (내 취미는 빵
    먹기야 "my hobby is eating bread": ``korean-activity-nouns``)."""
    following = parsed[index + 1:index + 4]
    if len(following) < 3 or following[0].form != "먹" or base_tag(following[1].tag) != "ETN" \
            or base_tag(following[2].tag) != "VCP":
        return False
    position = index - 1
    while position > 0:
        tag = base_tag(parsed[position].tag)
        if tag.startswith(_CLAUSE_END_TAGS):
            return True
        if parsed[position].form in ("은", "는", "이", "가") and tag in ("JKS", "JX") \
                and parsed[position - 1].form in classes.activity_nouns:
            return False
        position -= 1
    return True


#: a likeness after the noun: 같다 (곰 같은 사람, 곰 같아) or 처럼 / 같이 (여우처럼 굴다)
LIKENESS_PARTICLES = frozenset(("처럼", "같이", "마냥"))


def _likeness_end(parsed, index: int, classes: FigurativeClasses) -> int | None:
    """Where the likeness after the noun at ``index`` ends, or None when there is none:
    N 처럼/같이/마냥; N 같다 ending the clause (걔는 곰 같아); N 같은 + a person noun
    (곰 같은 사람: not 곰 같은 동물, and not the "such as" of a list, 곰, 사자 같은 맹수)."""
    following = parsed[index + 1:index + 4]
    if not following or following[0].start > parsed[index].end + 1:
        return None
    first = following[0]
    if first.form in LIKENESS_PARTICLES and base_tag(first.tag) in ("JKB", "MAG", "JX"):
        return first.end
    if first.form != "같" or base_tag(first.tag) != "VA" or len(following) < 2:
        return None
    ending = following[1]
    if base_tag(ending.tag) in ("EF", "EC") and ending.form not in ("은", "ㄴ"):
        return ending.end
    if base_tag(ending.tag) == "ETM" and len(following) > 2 and following[2].form in classes.person_nouns:
        return following[2].end
    return None


def _figurative_likeness(source: str, target: str, classes: FigurativeClasses) -> list[CompositionalReading]:
    """An animal noun (``korean-animals``) said of a person — after a degree adverb and
    before the copula (완전 곰이야) or in a likeness (곰 같은 사람, 여우처럼 굴어) — or a food
    noun (``korean-food``) in a likeness of a person (고구마 같은 사람), where the English keeps
    the animal or food ("a bear-like man") and English does not use that figure of people
    itself (``english-figures``: fox, snake, pig, owl, potato … are silent)."""
    tables = (("animal figure", classes.animals), ("food figure", classes.food))
    if not classes.figure_words.search(source):
        return []
    found: list[CompositionalReading] = []
    parsed = morphemes(source)
    for index, morpheme in enumerate(parsed):
        if not base_tag(morpheme.tag).startswith("NN"):
            continue
        for kind, table in tables:
            if morpheme.form not in table:
                continue
            if index > 0 and parsed[index - 1].end == morpheme.start \
                    and base_tag(parsed[index - 1].tag).startswith(("NN", "XPN")):
                continue  # the end of a compound (물곰, 아기곰 …): read as written only
            end = _likeness_end(parsed, index, classes)
            if kind == "food figure" and end is not None and parsed[index + 1].form != "같":
                end = None  # 떡처럼 쫄깃하다: foods are compared to foods; 같은 + a person only
            shape = "likeness"
            if end is None and kind == "animal figure":
                following = parsed[index + 1] if index + 1 < len(parsed) else None
                if (_degree_before(source, morpheme.start, classes) and following is not None
                        and base_tag(following.tag) == "VCP" and following.start <= morpheme.end):
                    shape, end = "verdict", following.end
            if end is None:
                continue
            for gloss in table[morpheme.form]:
                if gloss in classes.english_figures or _lemma(gloss) in classes.english_figures:
                    break
                match = re.search(rf"(?<![\w-]){re.escape(gloss)}(?:s|es)?(?![\w])", target, re.IGNORECASE)
                if match:
                    stop = _word_end_at(source, end)
                    found.append(CompositionalReading(
                        kind, (morpheme.start, stop), (match.start(), match.end()),
                        source[morpheme.start:stop], f"{morpheme.form} {gloss}, {shape}"))
                    break
    return found


# --- a person (or a body part) called an animal, a food or an animal's part ---------------

#: Korean personal pronouns (kiwi tags 나는 after a place as a verb + ending: read by form)
PERSON_PRONOUNS = frozenset("나 너 걔 쟤 얘 그 그녀 저 우리 당신 자기 너희 저희 니 네".split())
#: particles that mark the subject or topic of a clause (by form: kiwi's tags vary in speech)
SUBJECT_PARTICLES = frozenset("은 는 이 가 도 ㄴ".split())
#: morphemes that end a clause when scanning back from the noun (endings, sentence marks)
_CLAUSE_END_TAGS = ("EC", "EF", "SF", "SP", "SS", "SE", "SO")
#: the English predicates the figure of a person: "I'm (a) …", "he became …", "turned into …",
#: "a real …" (for 따로 없다); at most this many words between the link and the gloss
FIGURE_GAP = 3
#: … and none of them a preposition or an -ing form: "I'm in the bathroom" (나 화장실이야),
#: "I'm having ramen" (an order, 나는 라면이야) say where one is or what one takes
_FIGURE_GAP_WORD = (r"(?:\s+(?!(?:in|on|at|to|for|with|from|of|into|onto|by|about|off|out|up)\b)"
                    r"[\w'’-]*[\w'’-](?<!ing))")
#: the English subject of "became …" when the Korean says none (완전 개털이 됐어) must not be
#: a thing: "it (all) melted and turned into water" (녹아서 물이 됐어) is a plain change
_THING_BEFORE = re.compile(r"(?:^|[.,;:!?]\s*|\s(?:and|but|so|then)\s+|:\s*)(?:(?:it|everything|something|nothing)"
                           r"(?![\w'’])[^.;!?]{0,40}|(?:this|that)(?:\s+(?:all|just|\w+ly))?\s*)$", re.IGNORECASE)
#: (this and that are pronouns only right before the verb: "that pitcher became …" is a person)
_FIGURE_LINK = (r"(?:(?<![\w'’])(?:am|is|are|was|were|be|been|being|become|becomes|became|becoming|"
                r"turn(?:s|ed|ing)?\s+(?:into|to)|"
                r"like)|['’](?:m|s|re))")


#: nouns of one's lot after a figure noun: 찬밥 신세 (the lot of cold rice: neglected), 오리알 신세,
#: 닭 쫓던 개 꼴 (the look of a dog that chased a hen): figurative whatever the subject
PLIGHT_NOUNS = frozenset(("신세", "꼴", "처지", "팔자"))


def _figure_word(parsed, index: int, source: str, glossary: Glossary,
                 classes: FigurativeClasses) -> tuple[int, int, list[str], str] | None:
    """The noun word starting at ``index`` as a figure: (end index, end offset, English
    glosses, how it was glossed) when it is a food (``korean-food``) or an animal
    (``korean-animals``) written as one word, or a compound of a listed animal and a glossed
    noun the gloss list does not know whole (곰손 bear + hand, 개털 dog + fur); None
    otherwise. A noun run that merely ends in an animal (물곰, 아기곰) is not read."""
    run = [index]
    while run[-1] + 1 < len(parsed) and parsed[run[-1] + 1].start == parsed[run[-1]].end \
            and base_tag(parsed[run[-1] + 1].tag).startswith("NN"):
        run.append(run[-1] + 1)
    if index > 0 and parsed[index - 1].end == parsed[index].start \
            and base_tag(parsed[index - 1].tag).startswith(("NN", "XPN")):
        return None
    word = source[parsed[run[0]].start:parsed[run[-1]].end]
    end = parsed[run[-1]].end
    for table in (classes.food, classes.animals):
        if word in table:
            return run[-1], end, list(table[word]), word
    if glossary.glosses_of(Key(word, "N")):
        return None  # a compound English has a word for (철새 is migratory bird): read as written
    for cut in range(1, len(word)):
        head, rest = word[:cut], word[cut:]
        if head in classes.animals and len(rest) >= 1:
            rest_glosses = classes.noun_glosses.get(rest) or glossary.glosses_of(Key(rest, "N"))
            if rest_glosses:
                glosses = [f"{animal}{joint}{part}" for animal in classes.animals[head]
                           for part in rest_glosses for joint in (" ", "'s ", "’s ", "-")]
                return run[-1], end, glosses, f"{head} {classes.animals[head][0]} + {rest} {rest_glosses[0]}"
    return None


def _animal_determiner(parsed, index: int, classes: FigurativeClasses) -> bool:
    """kiwi reads an animal that opens a written compound as a determiner (새가슴: 새 "new" +
    가슴): an animal form tagged MM written together with the noun after it opens the compound."""
    morpheme = parsed[index]
    return (base_tag(morpheme.tag) == "MM" and morpheme.form in classes.animals and index + 1 < len(parsed)
            and parsed[index + 1].start == morpheme.end and base_tag(parsed[index + 1].tag).startswith("NN"))


def _person_subject(parsed, index: int, classes: FigurativeClasses) -> bool | None:
    """The subject of the clause ending in the noun at ``index``: True when a person or a
    body part (걔는, 나는, 그 사람은, 얼굴이, 몸이), False when some other noun, None when the
    clause says none (spoken Korean drops it: 완전 개털이 됐어)."""
    position = index - 1
    while position > 0:
        morpheme = parsed[position]
        tag = base_tag(morpheme.tag)
        if tag.startswith(_CLAUSE_END_TAGS):
            return None
        if morpheme.form in SUBJECT_PARTICLES and tag in ("JKS", "JX", "ETM"):
            noun = parsed[position - 1]
            return (noun.form in PERSON_PRONOUNS or noun.form in classes.person_nouns
                    or noun.form in classes.role_nouns
                    or noun.form in classes.korean_nouns or base_tag(noun.tag) == "NNP")
        position -= 1
    return None


def _figure_predications(source: str, target: str, glossary: Glossary,
                         classes: FigurativeClasses) -> list[CompositionalReading]:
    """A food, an animal or an animal's part (:func:`_figure_word`) said of a person in a
    shape no plain sentence has — the copula after a person subject (나는 깍두기야, 나는
    곰손이라서), N이/가 되다 with a person subject or none (완전 개털이 됐어, 몸이 곤죽이 됐어),
    N이/가 따로 없다 ("a real N": 철새가 따로 없네) — where the English keeps the figure's
    gloss as what the person is or became ("I'm the cubed radish kimchi", "I became dog fur",
    "he's a real migratory bird"), unless English uses that figure of people too
    (``english-figures``). A non-person subject (오늘 점심은 떡이었어, 물이 얼음이 됐다) is a
    plain statement; an order (나는 만두야 "I'll have dumplings") keeps no link before the
    gloss."""
    tables = (classes.food, classes.animals)
    if not classes.figure_words.search(source):
        return []
    found: list[CompositionalReading] = []
    parsed = morphemes(source)
    for index, morpheme in enumerate(parsed):
        if not base_tag(morpheme.tag).startswith("NN") and not _animal_determiner(parsed, index, classes):
            continue
        figure = _figure_word(parsed, index, source, glossary, classes)
        if figure is None:
            continue
        last, word_end, glosses, parts = figure
        following = parsed[last + 1:last + 4]
        if not following or following[0].start > word_end + 1:
            continue
        first = following[0]
        tag = base_tag(first.tag)
        subject = _person_subject(parsed, index, classes)
        plight = first.form in PLIGHT_NOUNS and tag.startswith("NN")
        if not plight and first.start > word_end:
            continue
        if plight:
            shape = f"the plight of one ({first.form})"
        elif tag == "VCP" and subject:
            shape = "a person called so"
        elif tag in ("JKC", "JKS") and len(following) > 1 and following[1].form == "되" and subject is not False:
            shape = "a person become so"
        elif tag == "JKS" and len(following) > 2 and following[1].form == "따로" and following[2].form == "없":
            shape = "a real one (따로 없다)"
        else:
            continue
        # English calls a person a rat or a pig too, but no one's lot is "the plight of a rat"
        # (독 안에 든 쥐 신세): the exception is for a person called so, not for a lot
        if not plight and any(g in classes.english_figures or _lemma(g) in classes.english_figures for g in glosses):
            continue
        for gloss in sorted(glosses, key=len, reverse=True):
            if plight:  # 찬밥 신세가 되다: the shape is figurative wherever the English puts the gloss
                match = re.search(rf"(?<![\w-])({re.escape(gloss)})(?:s|es)?(?![\w-])(?![’']s\s+life)", target,
                                  re.IGNORECASE)  # "a dog's life" is English for a hard lot
                if match:
                    stop = _word_end_at(source, first.end)
                    found.append(CompositionalReading(
                        "figure of a person", (parsed[index].start, stop), (match.start(1), match.end(1)),
                        source[parsed[index].start:stop], f"{parts}, {shape}"))
                    break
                continue
            match = re.search(rf"{_FIGURE_LINK}{_FIGURE_GAP_WORD}{{0,{FIGURE_GAP}}}?\s+({re.escape(gloss)})(?:s|es)?(?![\w-])",
                              target, re.IGNORECASE)
            if match is not None and subject is None and _THING_BEFORE.search(target[:match.start()]) is not None:
                match = None  # 물이 됐어 "it turned into water": a thing, said in English
            if match is None and "'s " not in gloss and " " in gloss and parts != source[parsed[index].start:word_end]:
                # an animal's part the person has: "I have bear hands"
                match = re.search(rf"(?<![\w'’])(?:have|has|had|got)(?:\s+[\w'’-]+){{0,2}}?\s+({re.escape(gloss)})(?:s|es)?(?![\w-])",
                                  target, re.IGNORECASE)
            if match:
                stop = _word_end_at(source, following[1].end if len(following) > 1 else first.end)
                found.append(CompositionalReading(
                    "figure of a person", (parsed[index].start, stop), (match.start(1), match.end(1)),
                    source[parsed[index].start:stop], f"{parts}, {shape}"))
                break
    return found


def _word_end_at(text: str, position: int) -> int:
    while position < len(text) and text[position].isalnum():
        position += 1
    return position


# --- 쓰다 with an object that is not worn ---------------------------------------------------

_WEAR = re.compile(r"(?<![\w-])(?:wear|wears|wore|worn|wearing)((?:\s+[A-Za-z'’-]+){1,4})", re.IGNORECASE)
#: words between "wear" and its object's head
_WEAR_FILLERS = frozenset("a an the his her their my your our its this that some all of whole entire new old".split())


def _worn_objects(source: str, target: str, classes: FigurativeClasses) -> list[CompositionalReading]:
    """Korean N(을/를) 쓰다 with an object that is not headwear (``korean-headwear``: 누명을
    쓰다 be framed, 오명을 쓰다 be disgraced) rendered "wore the N" with an object English
    does not wear (``english-wearable``): the put-on sense of 쓰다 kept word for word."""
    if "쓰" not in source and "썼" not in source and "써" not in source:
        return []
    wear = _WEAR.search(target)
    if wear is None:
        return []
    parsed = morphemes(source)
    for index, morpheme in enumerate(parsed):
        if base_tag(morpheme.tag) != "VV" or morpheme.form != "쓰":
            continue
        position = index - 1
        if position >= 0 and base_tag(parsed[position].tag) == "MAG":
            position -= 1
        if position >= 0 and base_tag(parsed[position].tag) == "JKO":
            position -= 1
        if position < 0 or not base_tag(parsed[position].tag).startswith("NN"):
            continue
        noun = parsed[position]
        if noun.form in classes.korean_headwear:
            continue
        # the object's first two content words ("a red hat": red, hat; "the blame-basket")
        content = [w.lower() for w in wear.group(1).split() if w.lower() not in _WEAR_FILLERS][:2]
        parts = [part for word in content for part in [word] + word.split("-")]
        if not content or any(english_lemma(part) in classes.english_wearable
                              or part in classes.english_wearable for part in parts):
            continue
        end = _word_end_at(source, morpheme.end)
        return [CompositionalReading("worn object", (noun.start, end), (wear.start(), wear.end()),
                                     source[noun.start:end], f"{noun.form} + 쓰- wear")]
    return []


# --- an animal's part ---------------------------------------------------------------------

#: what may follow an animal's part for it to be a figure: a size (쥐꼬리만 하다), a likeness
#: (개미허리 같은, 닭살처럼), the copula (새 발의 피야), an owner (새 발의 피) or the next noun (닭살 커플)
_ANIMAL_PART_AFTER = {"JX": ("만", "만큼", "만치"), "JKB": ("처럼", "같이", "마냥", "만큼", "만치"), "VA": ("같",), "VCP": None, "JKG": ("의",)}
#: joints English puts between an animal's gloss and its part's: "a rat's tail", "chicken-skin"
_ANIMAL_JOINTS = ("'s ", "’s ", "s' ", "s’ ", "-", " ")


def _animal_parts(source: str, target: str, glossary: Glossary,
                  classes: FigurativeClasses) -> list[CompositionalReading]:
    """An animal (``korean-animals``) + a part of its body (``animal-parts``), as one word or
    two (쥐꼬리, 새 발, 벼룩의 간), that the Korean makes a size, a likeness, a predicate, an
    owner or the modifier of the next noun (쥐꼬리만 한 월급, 개미허리 같은, 새 발의 피야, 닭살
    커플), rendered with both glosses as one phrase ("a salary the size of a rat's tail", "a
    chicken-skin couple", "the waist of an ant"). A part as subject or object (고양이 꼬리가
    길다, 닭 다리를 굽다) is a plain statement; the parts Korean eats (``animal-foods``: 닭발,
    소꼬리) are food; a pair English joins into a word of its own (oxtail, horsetail) or an
    English idiom (``english-idioms``: the lion's share) is English."""
    if not classes.animal_parts or not classes.animal_words.search(source):
        return []
    parsed = morphemes(source)
    found: list[CompositionalReading] = []
    for index, morpheme in enumerate(parsed):
        if not base_tag(morpheme.tag).startswith("NN"):
            continue
        if index > 0 and parsed[index - 1].end == morpheme.start \
                and base_tag(parsed[index - 1].tag).startswith(("NN", "XPN")):
            continue  # the animal must open its word: 물개 is not 물 + 개
        form = morpheme.form
        # one word (쥐꼬리, 개미허리 as one morpheme or two), or two words (새 발, 벼룩의 간)
        pairs = []
        for cut in range(1, len(form)):
            if form[:cut] in classes.animals and form[cut:] in classes.animal_parts:
                pairs.append((form[:cut], form[cut:], index))
        if form in classes.animals and index + 1 < len(parsed):
            following = index + 1
            if base_tag(parsed[following].tag) == "JKG" and following + 1 < len(parsed):
                following += 1
            if base_tag(parsed[following].tag).startswith("NN") and parsed[following].form in classes.animal_parts \
                    and parsed[following].start - parsed[following - 1].end <= 1:
                pairs.append((form, parsed[following].form, following))
        for animal, part, last in pairs:
            word = source[morpheme.start:parsed[last].end].replace(" ", "").replace("의", "")
            if word in classes.animal_foods or animal + part in classes.animal_foods:
                continue
            if last + 1 >= len(parsed):
                continue
            after = parsed[last + 1]
            tag = base_tag(after.tag)
            if after.start == parsed[last].end:
                allowed = _ANIMAL_PART_AFTER.get(tag, ())
                if allowed is not None and after.form not in allowed:
                    continue
            elif not (tag.startswith("NN") and after.form not in classes.food) and not (
                    tag == "VA" and after.form == "같"):
                continue
            match = _animal_part_match(target, classes.animals[animal], classes.animal_parts[part], classes)
            if match is None:
                continue
            found.append(CompositionalReading(
                "animal's part", (morpheme.start, parsed[last].end), match, source[morpheme.start:parsed[last].end],
                f"{animal} {classes.animals[animal][0]} + {part} {classes.animal_parts[part][0]}"))
            break
    return found


def _animal_part_match(target: str, animals: list[str], parts: list[str],
                       classes: FigurativeClasses) -> tuple[int, int] | None:
    """Where ``target`` says an animal's gloss and a part's as one phrase: "a rat's tail",
    "rats' tails", "chicken-skin", "bird foot", "the tail of a rat"."""
    for animal in animals:
        for part in parts:
            if english_zipf(animal.replace(" ", "") + part.replace(" ", "")) >= COINAGE_JOINED_ZIPF:
                continue  # oxtail, horsetail, catfish: a word of its own
            if _is_english_idiom([animal, part], classes):
                continue
            joints = "|".join(re.escape(j) for j in _ANIMAL_JOINTS)
            pattern = (rf"(?<![\w-]){re.escape(animal)}(?:s|es)?(?:{joints}){re.escape(part)}(?![\w-])"
                       rf"|(?<![\w-]){re.escape(part)}\s+of\s+(?:a|an|the)\s+{re.escape(animal)}(?:s|es)?(?![\w-])")
            match = re.search(pattern, target, re.IGNORECASE)
            if match:
                return match.start(), match.end()
    return None


# --- an animal doing what people do ----------------------------------------------------------

#: morphemes an animal subject and its verb may have between them (an object: 호랑이 담배 피우던,
#: 개구리 올챙이 적 생각 못 하는)
ANIMAL_DOING_WINDOW = 5
#: words English may put between the animal and its verb ("the frog can't think", "tigers smoked")
ANIMAL_DOING_GAP = 3
_SUBJECT_OR_NONE = ("JKS", "JX")


def _animal_verb(parsed, position: int) -> tuple[str, int] | None:
    """The verb stem at ``position`` (a noun + 하다 written whole: 생각 (못) 하 → 생각하) and the
    index of its last morpheme."""
    morpheme = parsed[position]
    tag = base_tag(morpheme.tag)
    if tag == "VV":
        return morpheme.form, position
    if tag.startswith("NN") and position + 1 < len(parsed):
        step = position + 1
        if base_tag(parsed[step].tag) == "MAG" and step + 1 < len(parsed):
            step += 1  # 생각 못 하다, 생각 안 하다
        if parsed[step].form == "하" and base_tag(parsed[step].tag) in ("XSV", "VV"):
            return morpheme.form + "하", step
    return None


#: words before the animal's gloss that may hold the "like" or "as" of a likeness ("as if a mouse")
LIKENESS_REACH = 3


def _verb_after_animal(target: str, animal: str, stem: str, classes: FigurativeClasses) -> bool:
    """The English keeps the animal's own verb right after it ("like a mouse died"): the
    likeness is rendered word for word even where English uses the animal of people ("as
    quiet as a mouse" keeps no verb)."""
    from ..ko.expressions import default_glossary

    glosses = _verb_glosses(default_glossary(), stem, classes)
    if not glosses:
        return False
    heads = {english_stem(g.split()[0]) for g in glosses if g.split()}
    words = re.findall(r"[A-Za-z]+", target)
    for at, word in enumerate(words):
        if any(word.lower() == g or english_lemma(word.lower()) == g for g in classes.animals[animal]):
            if any(english_stem(later) in heads for later in words[at + 1:at + 2 + ANIMAL_DOING_GAP]):
                return True
    return False


def _animal_doings(source: str, target: str, classes: FigurativeClasses) -> list[CompositionalReading]:
    """An animal (``korean-animals``) as the subject of what only people do
    (``korean-human-actions``: 호랑이 담배 피우던 시절, 개구리 올챙이 적 생각 못 한다), where the
    English keeps the animal as the doer ("when tigers smoked", "the frog can't think"); or
    an animal + verb + 듯 (``animal-likeness-endings``: 소 닭 보듯 하다), a likeness of how the
    animal does it, where the English says "like"/"as" + the animal ("like a cow looks at a
    chicken"). English figures of people (``english-figures``) are silent."""
    if not classes.animals or not (classes.human_actions or classes.animal_likeness_endings) \
            or not classes.animal_words.search(source):
        return []
    parsed = morphemes(source)
    tokens = None
    found: list[CompositionalReading] = []
    for index, morpheme in enumerate(parsed):
        if not base_tag(morpheme.tag).startswith("NN") or morpheme.form not in classes.animals:
            continue
        if index > 0 and parsed[index - 1].end == morpheme.start \
                and base_tag(parsed[index - 1].tag).startswith(("NN", "XPN")):
            continue  # the end of a compound
        position = index + 1
        if position < len(parsed) and parsed[position].start == morpheme.end:
            if base_tag(parsed[position].tag) not in _SUBJECT_OR_NONE or parsed[position].form in ("의", "만"):
                continue  # an object, an owner, a place: the animal does nothing
            position += 1
        doing = None
        for step in range(position, min(position + ANIMAL_DOING_WINDOW, len(parsed))):
            tag = base_tag(parsed[step].tag)
            if tag.startswith(("E", "S")) or tag in ("VCP", "VA"):
                break
            verb = _animal_verb(parsed, step)
            if verb is None:
                continue
            stem, last = verb
            after = parsed[last + 1] if last + 1 < len(parsed) else None
            if stem in classes.human_actions:
                doing = ("doer", stem, classes.human_actions[stem], last)
            elif after is not None and after.form in classes.animal_likeness_endings and after.start == parsed[last].end:
                doing = ("likeness", stem, None, last + 1)
            elif (after is not None and base_tag(after.tag) == "ETM" and after.start == parsed[last].end
                  and last + 2 < len(parsed) and parsed[last + 2].form in classes.animal_likeness_endings
                  and parsed[last + 2].start - after.end <= 1):
                # an adnominal verb before 듯(이) written apart (쥐 죽은 듯이, 소 닭 보는 듯): the same likeness
                doing = ("likeness", stem, None, last + 2)
            break
        if doing is None:
            continue
        shape, stem, verb_glosses, last = doing
        # a likeness English draws with the same animal ("eats like a pig") is English; no
        # English animal smokes or brags
        verb_said = shape == "likeness" and _verb_after_animal(target, morpheme.form, stem, classes)
        animal_glosses = [g for g in classes.animals[morpheme.form] if shape == "doer" or verb_said
                          or (g not in classes.english_figures and _lemma(g) not in classes.english_figures)]
        if not animal_glosses:
            continue
        if tokens is None:
            tokens = tokenize(target)
        span = None
        for at, token in enumerate(tokens):
            word = token.text.lower()
            if not any(word == g or english_lemma(word) == g for g in animal_glosses):
                continue
            if shape == "likeness":
                before = [t.text.lower() for t in tokens[max(0, at - LIKENESS_REACH):at]]
                if "like" in before or "as" in before:
                    span = (tokens[max(0, at - LIKENESS_REACH)].start, token.end)
                    break
                continue
            for later in tokens[at + 1:at + 2 + ANIMAL_DOING_GAP]:
                stem_of = english_stem(later.text)
                if any(stem_of == english_stem(g.split()[0]) for g in verb_glosses):
                    span = (token.start, later.end)
                    break
            if span:
                break
        if span is None:
            continue
        stop = _word_end_at(source, parsed[last].end)
        found.append(CompositionalReading(
            "animal doing", (morpheme.start, stop), span, source[morpheme.start:stop],
            f"{morpheme.form} {animal_glosses[0]} + {stem}- "
            + (f"{verb_glosses[0]}, what only people do" if shape == "doer" else "듯, a likeness of the animal")))
    return found


# --- a concrete thing acted on where nothing else is concrete ---------------------------------

#: verbs too light to make an image of a thing (have, be, see, give, go, make …)
LIGHT_VERBS = frozenset("있 없 하 되 보 주 받 가 오 나 들 만들 사 팔 찾 알 모르 이 아니 싶 같 생기 필요하 좋 싫".split())


def _things_out_of_place(source: str, tokens, glossary: Glossary,
                         classes: FigurativeClasses) -> list[CompositionalReading]:
    """A concrete thing (``korean-things``: 못 nail, 다리 bridge, 멍석 straw mat, 된서리 hard
    frost, 바람 wind, 김 steam) as the subject or object of a verb (or one stem with it: 김새다),
    in a sentence where nothing else is concrete — no other thing, body part, food, animal,
    artifact or noun of a concrete scene (``korean-concrete-context``: 벽 wall, 강 river, 날씨
    weather) — rendered with both glosses as one phrase ("drove a nail", "laying a bridge",
    "hit by a hard frost", "put wind in him"). With nothing concrete around it the thing is a
    figure (팀장님이 안 된다고 못을 박으셨다); a nail hammered into a wall is plain. English
    idioms of the same image (``english-idioms``) are silent."""
    if not classes.things or not classes.thing_words.search(source):
        return []
    parsed = morphemes(source)
    # 말 is a horse only rarely, a word mostly (그 말 귀에 못이 박히도록): no scene
    context = classes.scene_nouns

    def is_verb(stem: str) -> bool:
        return stem not in LIGHT_VERBS and bool(_verb_glosses(glossary, stem, classes))

    constructions = [c for c in noun_predicates(source, classes.things.__contains__, is_verb,
                                                objective=classes.things.__contains__, found=parsed)
                     if c.predicate.stem not in LIGHT_VERBS]
    if not constructions:
        return []
    found: list[CompositionalReading] = []
    for construction in constructions:
        # a body part as the place of the thing (귀에 못이 박히다, 얼굴에 철판을 깔다) is no scene:
        # nails are not driven into ears
        place = [m for m, after in zip(parsed, parsed[1:]) if m.form in classes.korean_nouns
                 and after.form in LOCATIVE_FORMS and after.start == m.end
                 and 0 <= construction.start - after.end <= 1]
        others = [m for m in parsed if base_tag(m.tag).startswith("NN")
                  and not (construction.start <= m.start < construction.end) and m not in place]
        if any(m.form in context or (m.form[:-1] in context and len(m.form) > 2) for m in others):
            continue  # a concrete scene: the thing may be real
        if callable(tokens):
            tokens = tokens()
        if not tokens:
            return []
        noun_glosses = classes.things[construction.noun]
        verb_glosses = _verb_glosses(glossary, construction.predicate.stem, classes)
        noun_hits, verb_hits = find_glosses(tokens, noun_glosses), _verb_hits(tokens, verb_glosses)
        span = _related(tokens, noun_hits, verb_hits, classes, object_like=True, locative=True)
        if span is None:  # the passive said with "by": "was hit by a hard frost"
            span = next(((verb[0], noun[1]) for verb in verb_hits for noun in noun_hits
                         if verb[1] < noun[0] and tokens[verb[1] + 1].text.lower() == "by"
                         and noun[0] - verb[1] - 2 <= OBJECT_WINDOW - 1
                         and all(t.text.lower() in OBJECT_LINKING for t in tokens[verb[1] + 2:noun[0]])), None)
        if span is None:
            continue
        words = [t.text for t in tokens[span[0]:span[1] + 1]]
        if _is_english_idiom(words, classes) or any(
                any(form in classes.english_handling for form in lemma_forms(w)) or _lemma(w) in classes.english_handling
                for w in words):
            continue
        found.append(_construction_reading("concrete thing", source, construction, tokens, span,
                                           noun_glosses[0], verb_glosses[0]))
    return found


# --- a person undergoing what is done to things ----------------------------------------------

#: English auxiliaries of the passive ("got peeled", "was broken", "I'm getting eaten")
_PASSIVE_AUX = frozenset("get gets got gotten getting was were been being be is are am 'm ’m 're ’re".split())
#: words that may stand between the auxiliary and the participle ("got completely shaken out")
_PASSIVE_FILLERS = frozenset("so completely totally really just all badly hard also too even utterly "
                             "thoroughly seriously properly a lot big time again".split())
#: words between the subject and a passive auxiliary (negation, modals, do, to)
_AUX_BEFORE = frozenset("n't t not never did didn do does doesn don won wasn weren isn aren will would can could might may must should "
                        "to want wanted going gonna 'll ’ll 'd ’d almost nearly just also always".split())
#: English subjects that are persons ("I got peeled", "we were shaken out")
_PERSON_PRONOUNS_EN = frozenset("i we you he she they".split())
#: Korean suffixes of a person noun (교수님, 선생님, 학생들): the noun before is a person
_PERSON_SUFFIXES = frozenset(("님", "씨"))
#: particles of the agent of a Korean passive (부장님한테 깨졌다, 삼성전자에 물렸다)
AGENT_PARTICLES = frozenset(("한테", "에게", "에", "한테서", "에게서"))
#: verbs of what animals do to people (bite, eat, sting): plain of a person unless the Korean
#: names the agent, and it is no animal (the clause names nothing concrete)
CREATURE_VERBS = frozenset("bite nibble peck eat devour swallow chew gulp".split())
#: nouns of a group of people, a subject as good as a person (우리 팀이 털렸다)
GROUP_NOUNS = frozenset("팀 가족 반 부서 동아리 조 편 쪽 측 팬 팬들 사람들".split())


def _passive_stem(parsed, index: int, glossary: Glossary, classes: FigurativeClasses) -> tuple[str, str, int] | None:
    """The verb at ``index`` read as a passive: (stem as written, its active stem, index of its
    last morpheme) — a voice infix (털리 → 털, 먹히 → 먹, 찍히 → 찍), a fused -어지다 stem (깨지 →
    깨) or a stem kiwi splits from its infix as a copula (까 + 이 → 까이); None when it is none
    of these or the active stem has no gloss."""
    from ..ko.forms import base_stems

    morpheme = parsed[index]
    if base_tag(morpheme.tag) != "VV":
        return None
    stem, last = morpheme.form, index
    following = parsed[index + 1] if index + 1 < len(parsed) else None
    if following is not None and following.form == "이" and base_tag(following.tag) == "VCP" \
            and following.start == morpheme.end:
        stem, last = stem + "이", index + 1
    readings = [base for base, voice in base_stems(stem) if voice == "passive/causative"]
    if len(stem) > 1 and stem.endswith("지"):
        readings.append(stem[:-1])
    # a reading the gloss list knows as a verb (or the predicates table) first: 발리 is 바르 + 리
    # (르-irregular), not 발 "foot" + 리
    for base in readings:
        if glossary.by_key.get(Key(base, "V")) or base in classes.predicate_glosses:
            return stem, base, last
    for base in readings:
        if glossary.glosses_of(Key(base, "V")):
            return stem, base, last
    return None


def _clause_nouns(parsed, index: int) -> list:
    """The nouns of the clause that ends in the verb at ``index`` (back to the previous
    ending or sentence mark), each with the particle after it (or None)."""
    nouns = []
    position = index - 1
    while position >= 0:
        morpheme = parsed[position]
        tag = base_tag(morpheme.tag)
        if tag.startswith(_CLAUSE_END_TAGS):
            break
        if tag.startswith("NN") or tag == "NP":
            step = position + 1  # past a plural or honorific suffix (학생들한테, 교수님께)
            while step < index and base_tag(parsed[step].tag) == "XSN":
                step += 1
            nouns.append((morpheme, parsed[step] if step < index else None))
        position -= 1
    return nouns


def _thing_passives(source: str, target: str, glossary: Glossary,
                    classes: FigurativeClasses) -> list[CompositionalReading]:
    """A Korean passive (털리다, 까이다, 깨지다, 물리다, 먹히다, 찍히다) said of a person — a
    person or no subject, nothing concrete in its clause (모기한테 물렸다 and 지갑을 털렸다 are
    plain) — whose English keeps the active verb's literal gloss in the passive, where English
    does that only to things (``english-thing-verbs``): "I got peeled", "we were completely
    shaken out", "I got broken by the boss". Subject said in English: a personal pronoun
    before the auxiliary, or none (a second verb: "I confessed and got peeled"). A verb of
    eating (``korean-consumption-verbs``) said of a noun that is no food (광고가 먹혔다 "the ad
    got eaten by the young") is read too."""
    if not classes.english_thing_verbs or not re.search(r"(?i)\b(?:get|gets|got|gotten|getting|was|were|been|being|be|is|are|am)\b|['’](?:m|re)\b", target):
        return []
    parsed = morphemes(source)
    context = classes.concrete_nouns
    tokens = None
    found: list[CompositionalReading] = []
    for index in range(len(parsed)):
        passive = _passive_stem(parsed, index, glossary, classes)
        if passive is None:
            continue
        stem, base, last = passive
        nouns = _clause_nouns(parsed, index)
        if any(noun.form in context or noun.form in classes.korean_nouns for noun, _ in nouns):
            continue  # 모기한테 물렸다, 지갑을 털렸다, 손이 물렸다: a real bite, a real wallet
        eating = base in classes.consumption_verbs
        agent = next((noun for noun, after in nouns if after is not None and after.form in AGENT_PARTICLES
                      and base_tag(after.tag) == "JKB"), None)
        subject = next((noun for noun, after in nouns if after is not None
                        and after.form in SUBJECT_PARTICLES | {"께서"} and base_tag(after.tag) in ("JKS", "JX")), None)
        person_subject = subject is not None and (
            subject.form in PERSON_PRONOUNS or subject.form in classes.person_nouns or subject.form in GROUP_NOUNS
            or subject.form in classes.role_nouns
            or base_tag(subject.tag) == "NNP" or any(
                m.form in _PERSON_SUFFIXES and m.start == subject.end for m in parsed))
        if subject is not None and not person_subject and not eating:
            continue  # 기록이 깨졌다 "the record was broken": a thing, said in English too
        glosses = [g for g in _verb_glosses(glossary, base, classes) if g.split()]
        heads = {}
        for gloss in glosses:
            words = gloss.lower().split()
            if words[0] == "be" and len(words) > 1:
                words = words[1:]
            heads.setdefault(words[0] if words[0] in classes.english_thing_verbs or any(
                e.split()[0] == words[0] for e in classes.english_thing_verbs) else english_lemma(words[0]), gloss)
        if tokens is None:
            tokens = tokenize(target)
        span = _english_passive(tokens, heads, classes, person_subject, eating)
        if span is None:
            continue
        if span[2] in CREATURE_VERBS and agent is None:
            continue  # "I got bit!" (물렸어요): an animal may have bitten; only a named agent that is none tells

        stop = _word_end_at(source, parsed[last].end)
        start = parsed[index].start
        found.append(CompositionalReading(
            "thing's passive", (start, stop), (tokens[span[0]].start, tokens[span[1]].end), source[start:stop],
            f"{stem}- passive of {base}- {heads[span[2]]}, said of {'no food' if eating and subject is not None and not person_subject else 'a person'}"))
    return found


def _english_passive(tokens, heads: dict, classes: FigurativeClasses, person: bool,
                     eating: bool) -> tuple[int, int, str] | None:
    """(first token, last token, verb lemma) of an English passive — auxiliary, at most two
    fillers, a participle whose lemma is a gloss head of ``english-thing-verbs`` (with its
    particle when the table gives one: "shake out") — whose subject is a personal pronoun or
    unsaid ("… and got peeled"); any subject for a verb of eating (``eating``), a person or not."""
    texts = [t.text.lower() for t in tokens]
    for at, word in enumerate(texts):
        if word not in _PASSIVE_AUX:
            continue
        position = at + 1
        while position < len(texts) and position - at <= 3 and (
                texts[position] in _PASSIVE_FILLERS or (texts[position].endswith("ly") and len(texts[position]) > 3)):
            position += 1
        if position >= len(texts):
            continue
        participle = texts[position]
        if not participle.isalpha() or participle == english_lemma(participle) and not participle.endswith("en"):
            if position + 1 >= len(texts) or not texts[position + 1].isalpha():
                continue  # "is break" is no passive; a participle differs from its lemma (broken, peeled)
        lemma = next((form for form in lemma_forms(participle) if form in heads), None)
        if lemma is None and position + 1 < len(texts):
            # a hyphenated verb the tokenizer cuts in two ("stir-fried" → stir, fried)
            lemma = next((f"{participle}-{form}" for form in lemma_forms(texts[position + 1])
                          if f"{participle}-{form}" in heads and texts[position + 1] != form), None)
            if lemma is not None:
                position += 1
                participle = texts[position]
        if lemma is None:
            continue
        following = texts[position + 1] if position + 1 < len(texts) else ""
        entry = lemma if lemma in classes.english_thing_verbs else f"{lemma} {following}"
        if entry not in classes.english_thing_verbs:
            continue
        if _is_english_idiom([participle, following], classes):
            continue  # "got chewed out"
        # the subject: a personal pronoun right before (or before a contracted auxiliary), or
        # none (a coordinated verb: "… and got peeled"); a verb of eating takes any subject
        back = at - 1
        while back >= 0 and (texts[back] in _AUX_BEFORE or texts[back].endswith("ly")):
            back -= 1  # "I didn't get peeled", "we might get eaten", "she never got bitten"
        before = texts[back] if back >= 0 else ""
        if not eating and not (before in _PERSON_PRONOUNS_EN or before in ("and", "then", "just", "also", "")
                               or (person and before not in ("it", "this", "that", "which", "what"))):
            continue
        last = position + (1 if entry != lemma else 0)
        return at, last, lemma
    return None


# --- an animal as a kind of person ---------------------------------------------------------------

def _animal_roles(source: str, target: str, classes: FigurativeClasses) -> list[CompositionalReading]:
    """An animal (``korean-animals``) right before a noun of a person's role or trade
    (``korean-role-nouns``: 기자, 사원, 선생 …), as one word or two (병아리 선생, 곰 사원): the
    animal says what kind of one the person is (a novice, a slow one), and the English keeps
    it as a modifier ("a chick teacher", "a bear employee"). Roles whose object an animal can
    be (owner, keeper, vet, trainer) are not in the table; animals English itself puts before
    a person (``english-figures``: "a fox", "tiger" is not one) are silent."""
    if not classes.role_nouns or not classes.animal_words.search(source):
        return []
    parsed = morphemes(source)
    found: list[CompositionalReading] = []
    for index, morpheme in enumerate(parsed[:-1]):
        if not base_tag(morpheme.tag).startswith("NN") or morpheme.form not in classes.animals:
            continue
        if index > 0 and parsed[index - 1].end == morpheme.start \
                and base_tag(parsed[index - 1].tag).startswith(("NN", "XPN")):
            continue  # the end of a compound
        following = parsed[index + 1]
        if not base_tag(following.tag).startswith("NN") or following.form not in classes.role_nouns \
                or following.start - morpheme.end > 1:
            continue
        roles = "|".join(re.escape(g) for g in classes.role_nouns[following.form])
        for gloss in classes.animals[morpheme.form]:
            if gloss in classes.english_figures or _lemma(gloss) in classes.english_figures:
                continue
            match = re.search(rf"(?<![\w-]){re.escape(gloss)}[- ](?:{roles})(?:s|es)?(?![\w-])", target, re.IGNORECASE)
            if match and not _is_english_idiom(match.group().lower().replace("-", " ").split(), classes):
                found.append(CompositionalReading(
                    "animal figure", (morpheme.start, following.end), match.span(), source[morpheme.start:following.end],
                    f"{morpheme.form} {gloss} + {following.form} {classes.role_nouns[following.form][0]}, "
                    "an animal as a kind of person"))
                break
    return found


# --- a small thing as the measure of "not at all" --------------------------------------------------

#: N만큼도 / N만치도 (+ a negation later in the clause): "not even as much as N"
_MEASURE_PARTICLES = frozenset(("만큼", "만치"))
#: the English of a measure kept word for word: "as much as a fingernail", "even a fingernail's
#: worth", "the size of a fingernail"; the noun's gloss stands for {}
_MEASURE_ENGLISH = (r"(?:as\s+much\s+as|so\s+much\s+as|even|the\s+size\s+of|as\s+big\s+as|as\s+little\s+as)"
                    r"\s+(?:a|an|one|the)?\s*(?:single\s+)?{}(?:s|es)?(?![\w-])|{}(?:['’]s)?\s+worth")


def _small_measures(source: str, target: str, glossary: Glossary,
                    classes: FigurativeClasses) -> list[CompositionalReading]:
    """A body part or a small thing made the measure of a negated amount (손톱만큼도 미안해하지
    않다, 먼지만큼도 관심 없다: "not in the least") and kept as a measure in English ("sorry even
    as much as a fingernail", "a speck of dust's worth"). The nouns: ``korean-nouns`` (the body)
    and ``korean-things``; a comparison of size (키가 내 어깨만큼도 안 된다 "not even up to my
    shoulder") says no amount in English and stays silent."""
    if "만큼" not in source and "만치" not in source:
        return []
    parsed = morphemes(source)
    found: list[CompositionalReading] = []
    for index, morpheme in enumerate(parsed[:-2]):
        after, also = parsed[index + 1], parsed[index + 2]
        if not base_tag(morpheme.tag).startswith("NN") or after.form not in _MEASURE_PARTICLES \
                or after.start != morpheme.end or also.form != "도" or also.start != after.end:
            continue
        glosses = (classes.noun_glosses.get(morpheme.form) if morpheme.form in classes.korean_nouns else None) \
            or classes.things.get(morpheme.form) or classes.small_things.get(morpheme.form) or (glossary.glosses_of(Key(morpheme.form, "N"))
                                                    if morpheme.form in classes.korean_nouns else None)
        if not glosses:
            continue
        for gloss in glosses:
            escaped = re.escape(gloss)
            match = re.search(_MEASURE_ENGLISH.format(escaped, escaped), target, re.IGNORECASE)
            if match:
                found.append(CompositionalReading(
                    "small measure", (morpheme.start, also.end), match.span(), source[morpheme.start:also.end],
                    f"{morpheme.form} {gloss} + {after.form}도, a measure of 'not at all'"))
                break
    return found


#: English object pronouns: a person as the object ("peeled him")
_PERSON_OBJECTS_EN = frozenset("me him her them us you".split())


def _things_verbs_on_people(source: str, target: str, glossary: Glossary,
                            classes: FigurativeClasses) -> list[CompositionalReading]:
    """The active counterpart of :func:`_thing_passives`: a person (a pronoun, a person or role
    noun, a name, a noun + 님) as the object (을/를) of a Korean verb whose literal gloss English
    says only of things (``english-thing-verbs``: 까다 peel, 볶다 stir-fry, 털다 shake out), with
    nothing concrete in the clause, rendered with that verb and the person as its object ("the
    boss peeled me again", "she stir-fried her junior"). What animals do to people (bite, eat)
    is left out: a dog bites a child."""
    if not classes.english_thing_verbs or not any(
            m.form in ("을", "를", "ㄹ") and base_tag(m.tag) == "JKO" for m in morphemes(source)):
        return []
    parsed = morphemes(source)
    context = classes.concrete_nouns
    found: list[CompositionalReading] = []
    for index, morpheme in enumerate(parsed):
        if base_tag(morpheme.tag) != "VV" or _passive_stem(parsed, index, glossary, classes) is not None:
            continue
        nouns = _clause_nouns(parsed, index)
        objects = [noun for noun, after in nouns if after is not None and base_tag(after.tag) == "JKO"]
        if not objects or any(noun.form in context or noun.form in classes.korean_nouns for noun, _ in nouns):
            continue
        person = objects[0]
        if not (person.form in PERSON_PRONOUNS or person.form in classes.person_nouns or person.form in GROUP_NOUNS
                or person.form in classes.role_nouns or base_tag(person.tag) == "NNP"
                or any(m.form in _PERSON_SUFFIXES and m.start == person.end for m in parsed)):
            continue
        glosses = [g for g in _verb_glosses(glossary, morpheme.form, classes) if g.split()]
        heads = {}
        for gloss in glosses:
            first = gloss.lower().split()[0]
            if first in classes.english_thing_verbs or any(e.split()[0] == first for e in classes.english_thing_verbs):
                heads.setdefault(first, gloss)
        heads = {head: gloss for head, gloss in heads.items() if head not in CREATURE_VERBS}
        if not heads:
            continue
        person_words = set(_PERSON_OBJECTS_EN) | set(classes.role_nouns.get(person.form, [])) | {
            g.lower() for g in glossary.glosses_of(Key(person.form, "N"))}
        words = [(m.group().lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)*", target)]
        span = None
        for at, (word, start, end) in enumerate(words):
            last = word.split("-")[-1]
            lemma = next((form for form in lemma_forms(word) if form in heads), None) or next(
                (form for form in ("-".join(word.split("-")[:-1] + [f]) for f in lemma_forms(last)) if form in heads),
                None)
            if lemma is None or word == lemma:
                continue  # the bare lemma: an order or a noun ("a peel"), not the verb said of someone
            later = words[at + 1:at + 2 + OBJECT_WINDOW]
            owned = False
            for step, (following, _, following_end) in enumerate(later):
                if following in person_words or english_lemma(following) in person_words or owned:
                    rest = [w for w, _, _ in later[step + 1:step + 3]]
                    if lemma in classes.english_thing_verbs or any(f"{lemma} {r}" in classes.english_thing_verbs
                                                                   for r in rest):
                        span = (start, following_end, lemma)
                    break
                if following in ("his", "her", "my", "your", "their", "our"):
                    owned = True  # "stir-fried his junior": a person's relation is a person
                    continue
                if following not in OBJECT_LINKING:
                    break
            if span:
                break
        if span is None or _is_english_idiom(target[span[0]:span[1]].lower().replace("-", " ").split(), classes):
            continue
        stop = _word_end_at(source, morpheme.end)
        found.append(CompositionalReading(
            "thing's verb on a person", (morpheme.start, stop), (span[0], span[1]),
            source[morpheme.start:stop],
            f"{person.form} + {morpheme.form}- {heads[span[2]]}, a thing's verb with a person as its object"))
    return found


# --- a part only animals and plants have, given a person ----------------------------------------

#: English owners that are persons: "his tail", "whose sprout"
_PERSON_OWNERS_EN = ("my", "your", "his", "her", "our", "their", "whose")
#: an owner + at most one word between it and the part ("his little horns", "the suspect's tail")
_CREATURE_OWNER = r"(?<![\w'’-])(?:(?P<pronoun>{owners})|(?P<owner>[A-Za-z]+)['’]s?)\s+(?:[A-Za-z-]+\s+)?(?P<part>{parts})(?![\w-])"


def _creature_parts_of_people(source: str, target: str, classes: FigurativeClasses) -> list[CompositionalReading]:
    """A part only an animal or a plant has (``creature-parts``: 꼬리 tail, 뿔 horn, 싹수 sprout)
    in a Korean sentence with no animal, food or concrete thing (꼬리를 잡다, 뿔이 나다, 싹수가
    노랗다: a person's), rendered as a person's part ("catch the suspect's tail", "his sprout is
    yellow", "a guy whose sprout is yellow"). An animal or a thing in the sentence makes the part
    its own (강아지 꼬리, 비행기 날개); an English owner that glosses an animal or a thing of the
    tables is one too ("the dog's tail"); an English idiom of the same image (``english-idioms``:
    spread one's wings, with one's tail between one's legs) is English."""
    if not classes.creature_parts:
        return []
    parsed = morphemes(source)
    parts = [m for m in parsed if base_tag(m.tag).startswith("NN") and m.form in classes.creature_parts]
    if not parts:
        return []
    # people are no concrete scene here (경찰, 기자: a police officer has no tail either)
    context = (classes.concrete_context | frozenset(classes.things) | frozenset(classes.food)
               | frozenset(classes.animals) | classes.artifact_nouns) - {"말"} - frozenset(classes.creature_parts) \
        - frozenset(classes.role_nouns) - classes.person_nouns - classes.korean_nouns
    if any(base_tag(m.tag).startswith("NN") and m.form in context for m in parsed):
        return []
    creatures = {g.lower() for glosses in classes.animals.values() for g in glosses} | {
        g.lower() for glosses in classes.things.values() for g in glosses}
    found: list[CompositionalReading] = []
    for morpheme in parts:
        glosses = sorted(classes.creature_parts[morpheme.form], key=len, reverse=True)
        pattern = _CREATURE_OWNER.format(owners="|".join(_PERSON_OWNERS_EN),
                                         parts="|".join(re.escape(g) for g in glosses))
        for match in re.finditer(pattern, target, re.IGNORECASE):
            owner = match.group("owner")
            if owner is not None and (owner.lower() in creatures or _lemma(owner.lower()) in creatures
                                      or owner.lower() in ("it", "one", "that", "this", "who")):
                continue
            before = re.findall(r"[A-Za-z]+", target[max(0, match.start() - 30):match.start()])[-2:]
            after = re.findall(r"[A-Za-z]+", target[match.end():match.end() + 40])[:4]
            words = [w.lower() for w in before + match.group().replace("’", " ").replace("'", " ").split() + after]
            if _is_english_idiom(words, classes):
                continue
            found.append(CompositionalReading(
                "creature's part of a person", (morpheme.start, morpheme.end), match.span(), morpheme.form,
                f"{morpheme.form} {classes.creature_parts[morpheme.form][0]}, a part only an animal or a plant has, given a person"))
            break
    return found


# --- 타다 "ride" with a noun no one rides -----------------------------------------------------

#: morphemes between the noun and 타다: its particle, an adverb, a count (방송 한 번 타더니)
_RIDDEN_BETWEEN = ("JKO", "JX", "MAG", "MM", "NR", "SN")
_RIDE = r"(?<![\w-])(?:ride|rides|rode|riding|ridden)(?P<gap>(?:\s+(?:a|an|the|on|in|with|this|that|its|their|his|her|my|our|your|one|so|too|very|really|easily|a\s+lot\s+of|lots\s+of|much|more|once|twice)){{0,3}})\s+(?P<noun>{nouns})(?![\w-])"


def _ridden_nouns(source: str, target: str, classes: FigurativeClasses) -> list[CompositionalReading]:
    """A noun no one rides (``korean-ridden-nouns``: 방송 broadcast, 입소문 word of mouth, 추위 cold,
    간지럼 tickle) + 타다 — its particle, an adverb or a count between (방송을 타다, 추위를 많이 타다,
    방송 한 번 타다) — rendered with "ride" and the noun's gloss as its object ("the shop rode a
    broadcast", "I ride the cold a lot"). English images of riding (``english-idioms``: ride the
    wave, ride the momentum) are silent."""
    if not classes.ridden_nouns or "타" not in source and "탔" not in source and "탄" not in source \
            or not re.search(r"(?i)\br(?:ide|ides|ode|iding|idden)\b", target):
        return []
    parsed = morphemes(source)
    found: list[CompositionalReading] = []
    for index, morpheme in enumerate(parsed):
        if not base_tag(morpheme.tag).startswith("NN") or morpheme.form not in classes.ridden_nouns:
            continue
        if index > 0 and parsed[index - 1].end == morpheme.start and base_tag(parsed[index - 1].tag).startswith("NN"):
            continue  # the end of a compound (TV방송국 …)
        verb = None
        for step in range(index + 1, min(index + 6, len(parsed))):
            following = parsed[step]
            tag = base_tag(following.tag)
            if tag == "VV" and following.form == "타":
                verb = following
                break
            adverbial = (tag == "VA" and step + 1 < len(parsed) and parsed[step + 1].form == "게") or (
                tag == "EC" and following.form == "게")  # 심하게, 많이: an adverb made of an adjective
            if not (tag in _RIDDEN_BETWEEN or adverbial or (tag == "NNB" and following.form == "번")):
                break
        if verb is None:
            continue
        glosses = sorted(classes.ridden_nouns[morpheme.form], key=len, reverse=True)
        pattern = _RIDE.format(nouns="|".join(re.escape(g) for g in glosses))
        match = re.search(pattern, target, re.IGNORECASE)
        if match is None:
            continue
        if _is_english_idiom(["ride"] + match.group("noun").lower().split(), classes):
            continue
        stop = _word_end_at(source, verb.end)
        found.append(CompositionalReading(
            "ridden noun", (morpheme.start, stop), match.span(), source[morpheme.start:stop],
            f"{morpheme.form} {classes.ridden_nouns[morpheme.form][0]} + 타- ride"))
    return found


# --- a taste said of a person -----------------------------------------------------------------

#: nouns of time, place and manner a taste's clause may hold that are not what the taste is said of
_TASTE_SKIPPED_NOUNS = frozenset("때 데 것 거 적 중 편 면 점".split())


def _tastes_of_people(source: str, target: str, glossary: Glossary,
                      classes: FigurativeClasses) -> list[CompositionalReading]:
    """A taste adjective (``korean-taste-predicates``: 짜다 salty = stingy, 짭짤하다 = profitable)
    whose clause names a person (a pronoun, a person or role noun, a name, a noun + 님/씨) or what
    a person gives or earns (``korean-taste-objects``: 월급, 학점, 인심) and whose sentence names no
    food or concrete thing, rendered with the taste's gloss ("my boss is really salty", "the
    professor gives salty grades"). The noun nearest the adjective is what it is said of; a dish
    (이 국은 너무 짜, 엄마가 끓인 찌개가 짰어) or no noun at all (너무 짜!) is plain."""
    if not classes.taste_predicates:
        return []
    parsed = morphemes(source)
    found: list[CompositionalReading] = []
    context = None  # made at the first taste predicate: most sentences hold none
    for index, morpheme in enumerate(parsed):
        tag = base_tag(morpheme.tag)
        stem, last = morpheme.form, index
        if tag == "XR" and index + 1 < len(parsed) and parsed[index + 1].form == "하" \
                and parsed[index + 1].start == morpheme.end:
            stem, last = morpheme.form + "하", index + 1
        elif tag != "VA":
            continue
        if stem not in classes.taste_predicates:
            continue
        if context is None:
            context = (classes.concrete_context | frozenset(classes.things) | frozenset(classes.food)
                       | frozenset(classes.animals) | classes.artifact_nouns) - {"말"} \
                - frozenset(classes.role_nouns) - classes.person_nouns - classes.korean_nouns - classes.taste_objects
        nouns = _clause_nouns(parsed, index)
        if any(noun.form in context for noun, _ in nouns) or any(
                base_tag(m.tag).startswith("NN") and m.form in context for m in parsed):
            continue
        if _DISH.search(source):
            continue
        # what is salty: the nearest noun with a subject, topic or object particle, or none before
        # an adverb (부장님 진짜 짜); not a noun of time or place (때, 데) nor another verb's object
        owner = next((noun for noun, after in nouns if noun.form not in _TASTE_SKIPPED_NOUNS and (
            after is None or base_tag(after.tag) == "MAG" or base_tag(after.tag) == "JKO"
            or (after.form in SUBJECT_PARTICLES and base_tag(after.tag) in ("JX", "JKS")))), None)
        if owner is None:
            continue
        if not (owner.form in PERSON_PRONOUNS or owner.form in classes.person_nouns
                or owner.form in classes.role_nouns or owner.form in classes.taste_objects
                or base_tag(owner.tag) == "NNP"
                or any(m.form in _PERSON_SUFFIXES and m.start == owner.end for m in parsed)):
            continue
        glosses = classes.taste_predicates[stem]
        match = re.search(r"(?<![\w-])(?:" + "|".join(re.escape(g) for g in glosses) + r")(?![\w-])", target, re.IGNORECASE)
        if match is None:
            continue
        stop = _word_end_at(source, parsed[last].end)
        found.append(CompositionalReading(
            "taste of a person", (owner.start, stop), match.span(), source[owner.start:stop],
            f"{stem}- {glosses[0]}, said of {owner.form}"))
    return found
