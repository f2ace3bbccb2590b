"""Korean predicate forms and noun + predicate constructions, on kiwipiepy morphemes.

What an idiom-shaped construction looks like in the Korean, whatever its inflection:

* **voice**: a passive or causative stem (묶이-, 잡히-, 들리-, 안기-, 먹이-, 비우-, 돋구-,
  낮추-) is the active stem plus one of the infixes -이/히/리/기/우/구/추-;
  :func:`base_stems` gives the stem itself first and then that active stem, so a gloss
  list that holds only 묶다 still glosses 묶였다. ``-어지다`` (stem + 어/아 + 지) is marked
  ``inchoative``;
* **negation**: 안/못 before the predicate, or ``-지 않다/못하다`` after it;
* **serial verbs**: :func:`serial_first` gives the first verb of V + 아/어 + V (돌아가 → 돌),
  whose sense a word-for-word rendering keeps;
* **compound verbs**: kiwi keeps some noun + verb idioms as one stem (눈감-, 기죽-,
  바람맞-): :func:`split_compound` cuts such a stem into a known noun and a known verb;
* **constructions**: :func:`noun_predicates` finds a noun followed by a subject/topic
  particle (or none; 에 on request, ``손에 잡히다``), at most one adverb (정말, 안, 좀),
  and a verb or adjective: 발이 (정말) 넓다, 열 받았어, 기죽었지; a root + 하다 adjective kiwi
  cuts in two (허리가 꼿꼿하시다) counts as one stem (꼿꼿하);
* **fused -어지다**: kiwi keeps some inchoative stems whole (뜨거워지, 새빨개지, 커지):
  :func:`inchoative_bases` undoes the infinitive (ㅂ-, ㅎ-, 르-, 하-, ㅡ-patterns) to the
  adjective a word list holds (뜨겁, 새빨갛, 크);

Which nouns count is the caller's choice (a word class, see ``tqa/data/figurative.tsv``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from .analyser import Morpheme, morphemes

#: the last syllable of a passive or causative stem over its active stem
VOICE_INFIXES = "이히리기우구추"
#: particles that may stand between the noun and its predicate (subject, topic, "also",
#: "only"); with ``locative=True`` also 에 (손에 잡히다, 눈에 밟히다)
LINKING_PARTICLES = {"JKS", "JX"}
LOCATIVE_FORMS = {"에", "에게", "한테"}
#: at most this many adverbs between the noun (with its particle) and the predicate
MAX_ADVERBS = 1
NEGATORS = {"안", "못"}


@lru_cache(maxsize=None)  # a few dozen tags; the C-level cache is cheaper than the split
def base_tag(tag: str) -> str:
    return tag.split("-", 1)[0]


@dataclass(frozen=True)
class Predicate:
    """A verb or adjective in the text: its stem as written and its reading."""

    stem: str            # the stem kiwi gives (묶이, 잡히, 넓)
    start: int
    end: int             # end of the word holding the predicate (code points)
    negated: bool = False
    inchoative: bool = False  # -어지다

    @property
    def bases(self) -> list[tuple[str, str]]:
        return base_stems(self.stem)


@dataclass(frozen=True)
class Construction:
    """A noun and the predicate it is the subject (or locative) of."""

    noun: str
    predicate: Predicate
    start: int   # of the noun
    end: int     # end of the predicate's word
    particle: str = ""     # "" when dropped, or the particle's form
    compound: bool = False  # noun and verb inside one stem (눈감다)


#: -이우- causatives contract the stem's vowel with 이 (타 → 태우, 자 → 재우, 서 → 세우,
#: 쓰 → 씌우, 뜨 → 띄우): contracted medial vowel index → the stem's own (Hangul jamo order)
_CONTRACTED_MEDIALS = {1: 0, 5: 4, 11: 8, 16: 13, 19: 18}  # ㅐ→ㅏ ㅔ→ㅓ ㅚ→ㅗ ㅟ→ㅜ ㅢ→ㅡ


def _uncontracted(syllable: str) -> str | None:
    """태 → 타 (a final-less syllable whose vowel is ㅏ/ㅓ/ㅗ/ㅜ/ㅡ + 이 contracted); else None."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172 or code % 28:
        return None
    initial, medial = divmod(code // 28, 21)
    if medial not in _CONTRACTED_MEDIALS:
        return None
    return chr(0xAC00 + (initial * 21 + _CONTRACTED_MEDIALS[medial]) * 28)


def base_stems(stem: str) -> list[tuple[str, str]]:
    """``(stem, voice)`` readings: the stem as it is (``active``), then, when its last
    syllable is a voice infix, the stem without it (``passive/causative``: 묶이 → 묶,
    잡히 → 잡, 죽이 → 죽), and for a contracted -이우- causative the stem with its vowel
    restored (태우 → 타, 세우 → 서, 씌우 → 쓰), for a 르-irregular one the stem with its 르 (발리 → 바르,
    눌리 → 누르); for a fused -어지다 stem, the adjective it
    comes from (뜨거워지 → 뜨겁, :func:`inchoative_bases`). The caller keeps the first reading
    its word list knows."""
    readings = [(stem, "active")]
    if len(stem) > 1 and stem[-1] in VOICE_INFIXES:
        readings.append((stem[:-1], "passive/causative"))
        if stem[-1] == "우":
            restored = _uncontracted(stem[-2])
            if restored is not None:
                readings.append((stem[:-2] + restored, "passive/causative"))
        if stem[-1] == "리" and len(stem) > 1:
            # 르-irregular: the stem's 르 fuses into the infix as ㄹ + 리 (바르 → 발리, 누르 → 눌리,
            # 자르 → 잘리, 부르 → 불리)
            previous = _parts(stem[-2])
            if previous is not None and previous[2] == _FINAL_L:
                readings.append((stem[:-2] + _syllable(previous[0], previous[1]) + "르", "passive/causative"))
    readings += [(base, "inchoative") for base in inchoative_bases(stem)]
    return readings


def _syllable(initial: int, medial: int, final: int = 0) -> str:
    return chr(0xAC00 + (initial * 21 + medial) * 28 + final)


def _parts(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code // 588, (code % 588) // 28, code % 28


#: Hangul final-consonant indexes used below
_FINAL_B, _FINAL_H, _FINAL_L = 17, 27, 8


def inchoative_bases(stem: str) -> list[str]:
    """The adjective or verb of a fused -어지다 stem kiwi keeps whole (뜨거워지 → 뜨겁,
    새빨개지 → 새빨갛, 커지 → 크, 높아지 → 높, 깨끗해지 → 깨끗하, 빨라지 → 빠르): the candidates
    from undoing the infinitive -아/어 with the regular, ㅂ-, ㅎ-, 르-, 하- and ㅡ-dropping
    patterns; the caller keeps the first its word list knows. [] for a stem not ending in 지
    after an infinitive."""
    if len(stem) < 2 or stem[-1] != "지":
        return []
    body = stem[:-1]
    last = _parts(body[-1])
    if last is None:
        return []
    initial, medial, final = last
    head = body[:-1]
    candidates: list[str] = []
    if body[-1] in "아어" and head:                      # 높아 → 높, 넓어 → 넓
        candidates.append(head)
    if body[-1] in "워와" and head:                      # 뜨거워 → 뜨겁 (ㅂ-irregular)
        previous = _parts(head[-1])
        if previous is not None and previous[2] == 0:
            candidates.append(head[:-1] + _syllable(previous[0], previous[1], _FINAL_B))
    if body[-1] == "해":                                  # 깨끗해 → 깨끗하
        candidates.append(head + "하")
    if final == 0 and medial == 1:                        # 빨개 → 빨갛 (ㅎ-irregular, ㅐ ← ㅏ+ㅎ)
        candidates.append(head + _syllable(initial, 0, _FINAL_H))
    if final == 0 and medial == 5:                        # 누레 → 누렇
        candidates.append(head + _syllable(initial, 4, _FINAL_H))
    if final == 0 and medial in (0, 4) and body[-1] not in "아어":   # 커 → 크, 바빠 → 바쁘
        candidates.append(head + _syllable(initial, 18))
        if initial == 5 and head:                         # 빨라 → 빠르 (르-irregular)
            previous = _parts(head[-1])
            if previous is not None and previous[2] == _FINAL_L:
                candidates.append(head[:-1] + _syllable(previous[0], previous[1]) + "르")
    if final == 0 and medial in (1, 5):                   # 세 (세어 contracted) → 세
        candidates.append(body)
    return [c for c in dict.fromkeys(candidates) if c]


@lru_cache(maxsize=8192)
def voice_bases(stem: str) -> frozenset[str]:
    """Every reading of :func:`base_stems`: two stems share a voice base when one is the
    passive or causative of the other (잡 and 잡히, 타 and 태우, 죽 and 죽이)."""
    return frozenset(base for base, voice in base_stems(stem) if voice != "inchoative")


def same_verb(first: str, second: str) -> bool:
    """``first`` and ``second`` are one verb in different voices (잡다 / 잡히다, 애가 타다 /
    애를 태우다, 기가 죽다 / 기를 죽이다); a stem of one syllable without an infix is
    compared as it is."""
    return first == second or bool(voice_bases(first) & voice_bases(second))


@lru_cache(maxsize=8192)
def causative_and_inchoative(first: str, second: str) -> bool:
    """One is the causative of an adjective and the other its -어지다 form (눈시울을 붉히다 /
    눈시울이 붉어지다, 격차를 좁히다 / 격차가 좁아지다): the idiom said of the thing that changes
    instead of the one who changes it."""
    def causative_bases(stem: str) -> frozenset[str]:
        return voice_bases(stem) - {stem}

    return any(base in causative_bases(second) for base in inchoative_bases(first)) \
        or any(base in causative_bases(first) for base in inchoative_bases(second))


#: second verbs of a serial verb V-아/어-V whose first verb carries the image (돌아가다
#: turn + go "stop working", 돌아오다, 넘어가다, 들어오다, 떨어지다, 날아가다, 뒤집어쓰다)
SERIAL_SECOND = frozenset("가 오 나 내 들 들어가 들어오 버리 지 놓 두 대 쓰 주 빠지".split())


def serial_first(stem: str) -> list[str]:
    """The first verb of a serial verb stem written V + 아/어 + V (돌아가 → 돌, 넘어가 → 넘,
    떨어지 → 떨); [] for any other stem. Contracted forms (나가, 굴러가) are not cut."""
    firsts = []
    for cut in range(1, len(stem) - 1):
        if stem[cut] in "아어" and stem[cut + 1:] in SERIAL_SECOND:
            firsts.append(stem[:cut])
    return firsts


def split_compound(stem: str, is_noun: Callable[[str], bool],
                   is_verb: Callable[[str], bool]) -> tuple[str, str] | None:
    """A verb stem kiwi keeps whole (눈감, 기죽, 바람맞) cut into a noun and a verb stem,
    both known; the longest noun wins. None when no cut works."""
    for cut in range(len(stem) - 1, 0, -1):
        noun, verb = stem[:cut], stem[cut:]
        if is_noun(noun) and any(is_verb(base) for base, _ in base_stems(verb)):
            return noun, verb
    return None


def _word_end(text: str, position: int) -> int:
    while position < len(text) and text[position].isalnum():
        position += 1
    return position


def _predicate_at(text: str, found: Sequence[Morpheme], index: int, negated: bool) -> Predicate:
    morpheme = found[index]
    following = found[index + 1:index + 4]
    tags = [(m.form, base_tag(m.tag)) for m in following]
    inchoative = len(tags) >= 2 and tags[0][1] == "EC" and tags[0][0] in ("어", "아") \
        and tags[1] == ("지", "VX")
    # -지 않다 / -지 못하다
    negated = negated or (len(tags) >= 2 and tags[0] == ("지", "EC") and tags[1][1] == "VX"
                          and tags[1][0] in ("않", "못하"))
    return Predicate(morpheme.form, morpheme.start, _word_end(text, morpheme.end), negated, inchoative)


def noun_predicates(text: str, is_noun: Callable[[str], bool],
                    is_verb: Callable[[str], bool] | None = None,
                    found: Sequence[Morpheme] | None = None, locative: bool = False,
                    objective: Callable[[str], bool] | None = None) -> list[Construction]:
    """Noun + particle + predicate constructions of ``text`` whose noun ``is_noun`` accepts;
    with ``is_verb``, also compound stems that split into such a noun and a verb; with
    ``objective``, also the nouns it accepts with the object particle 을/를 (손을 떼다)."""
    found = morphemes(text) if found is None else found
    constructions: list[Construction] = []
    for index, morpheme in enumerate(found):
        tag = base_tag(morpheme.tag)
        if tag in ("VV", "VA") and is_verb is not None:
            cut = split_compound(morpheme.form, is_noun, is_verb)
            if cut is not None:
                noun, verb = cut
                predicate = _predicate_at(text, found, index, False)
                predicate = Predicate(verb, morpheme.start + len(noun), predicate.end,
                                      predicate.negated, predicate.inchoative)
                constructions.append(Construction(noun, predicate, morpheme.start, predicate.end,
                                                  "", compound=True))
            continue
        if not tag.startswith("NN") or not is_noun(morpheme.form):
            continue
        position, particle, adverbs, negated = index + 1, "", 0, False
        while position < len(found):
            following = found[position]
            following_tag = base_tag(following.tag)
            if not particle and (following_tag in LINKING_PARTICLES or
                                 (locative and following_tag == "JKB" and following.form in LOCATIVE_FORMS)
                                 or (objective is not None and following_tag == "JKO"
                                     and objective(morpheme.form))):
                particle = following.form
            elif following_tag == "MAG" and adverbs < MAX_ADVERBS:
                adverbs += 1
                negated = negated or following.form in NEGATORS
            else:
                break
            position += 1
        if position < len(found) and base_tag(found[position].tag) in ("VV", "VA"):
            predicate = _predicate_at(text, found, position, negated)
            constructions.append(Construction(morpheme.form, predicate, morpheme.start, predicate.end,
                                              particle))
        elif (adverbs and base_tag(found[position - 1].tag) == "MAG" and position < len(found)
              and base_tag(found[position].tag) in ("XSV", "XSA") and found[position].form == "하"
              and found[position].start == found[position - 1].end):
            # a mimetic adverb + 하다 kiwi cuts in two (오싹 + 하: 등골이 오싹했다): the stem 오싹하
            predicate = _predicate_at(text, found, position, negated)
            predicate = Predicate(found[position - 1].form + "하", found[position - 1].start, predicate.end,
                                  predicate.negated, predicate.inchoative)
            constructions.append(Construction(morpheme.form, predicate, morpheme.start, predicate.end,
                                              particle))
        elif (position + 1 < len(found) and base_tag(found[position].tag) == "XR"
              and base_tag(found[position + 1].tag) in ("XSA", "XSV") and found[position + 1].form == "하"):
            # a root + 하다 adjective kiwi cuts in two (꼿꼿 + 하: 허리가 꼿꼿하시다): the stem 꼿꼿하
            predicate = _predicate_at(text, found, position + 1, negated)
            predicate = Predicate(found[position].form + "하", found[position].start, predicate.end,
                                  predicate.negated, predicate.inchoative)
            constructions.append(Construction(morpheme.form, predicate, morpheme.start, predicate.end,
                                              particle))
    return constructions
