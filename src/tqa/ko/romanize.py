"""Revised Romanization (RR) of Korean, personal-name rules and spelling variants.

Three services:

* :func:`romanize` — RR of ordinary words and place names, with the main sound changes
  (linking, nasalisation, liquidisation) that the notice writes out (신라 → Silla,
  종로 → Jongno).
* :func:`romanize_name` — RR of a personal name: surname first, given-name syllables
  romanised one by one (no sound changes, per the notice) and joined with a hyphen
  (조한범 → "Jo Han-beom").
* :func:`name_pattern` — a regular expression matching the spellings a translator may
  plausibly use for a Korean name (이 → Lee/Yi/Rhee, 성 → Seong/Sung, 현 → Hyeon/Hyun …;
  besides the tables, rules give the customary spellings of any syllable: 영 → Young,
  우 → Woo, 서 → Suh, and the initial-sound rule undone or applied: 용 → Ryong, 류 → Yoo),
  and :func:`phonetic_key`/:func:`phonetic_similarity` for foreign names written in Hangul
  (푸틴 ~ Putin, 블라디보스토크 ~ Vladivostok).

The jamo tables follow the 2000 notice (문화관광부 고시 제2000-8호). Customary surname
and given-name variants come from ``tqa/data/*.tsv`` (MIT, see the licence beside them).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..tables import two_column_table

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3

# Initial consonants in Unicode order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ).
INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
# Vowels in Unicode order (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ).
VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
          "wi", "yu", "eu", "ui", "i"]
# Final consonants as written before a consonant or at the end of a word (index 0 = none).
FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
          "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
# The same finals carried over to a following vowel (연음): 한국어 → Hangugeo.
FINALS_LINKED = ["", "g", "kk", "ks", "n", "nj", "nh", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh",
                 "m", "b", "ps", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"]

# Final-consonant classes for sound changes.
_FINAL_K = {1, 2, 3, 9, 24}          # ㄱ ㄲ ㄳ ㄺ ㅋ  → ng before ㄴ ㅁ
_FINAL_T = {7, 19, 20, 22, 23, 25, 27}  # ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ → n before ㄴ ㅁ
_FINAL_P = {17, 18, 26, 14}           # ㅂ ㅄ ㅍ ㄿ  → m before ㄴ ㅁ
_FINAL_L = 8
_FINAL_N = 4
_INIT_N, _INIT_R, _INIT_M, _INIT_SILENT = 2, 5, 6, 11

TWO_SYLLABLE_SURNAMES = frozenset(
    "남궁 선우 황보 제갈 독고 사공 서문 동방 어금 망절 독구 장곡 황목 강전 소봉".split())


def is_hangul_syllable(char: str) -> bool:
    return HANGUL_FIRST <= ord(char) <= HANGUL_LAST


def decompose(syllable: str) -> tuple[int, int, int]:
    """(initial, vowel, final) indices of one Hangul syllable."""
    code = ord(syllable) - HANGUL_FIRST
    return code // 588, (code % 588) // 28, code % 28


def romanize_syllable(syllable: str) -> str:
    """RR of a syllable standing alone (the personal-name rule: no sound changes)."""
    if not is_hangul_syllable(syllable):
        return syllable
    initial, vowel, final = decompose(syllable)
    return INITIALS[initial] + VOWELS[vowel] + FINALS[final]


def _boundary(final: int, next_initial: int) -> tuple[str, str]:
    """How a final consonant and the next initial are written across a syllable boundary."""
    if final == 0:
        return "", INITIALS[next_initial]
    if next_initial == _INIT_SILENT:
        return FINALS_LINKED[final], ""
    if next_initial == _INIT_R:
        if final == _FINAL_L or final == _FINAL_N:
            return "l", "l"                       # 신라 Silla, 별래 byeollae
        if final in _FINAL_K:
            return "ng", "n"                      # 독립 dongnip
        if final in _FINAL_P:
            return "m", "n"                       # 법률 beomnyul
        if final in (16, 21):
            return FINALS[final], "n"             # 종로 Jongno, 음력 eumnyeok
    if next_initial in (_INIT_N, _INIT_M):
        if final in _FINAL_K:
            return "ng", INITIALS[next_initial]   # 백마 Baengma
        if final in _FINAL_T:
            return "n", INITIALS[next_initial]
        if final in _FINAL_P:
            return "m", INITIALS[next_initial]    # 십리 simni
        if final == _FINAL_L and next_initial == _INIT_N:
            return "l", "l"                       # 별내 Byeollae
    return FINALS[final], INITIALS[next_initial]


@lru_cache(maxsize=65536)
def romanize(text: str) -> str:
    """RR of ordinary Korean text (lower case), with linking and assimilation.

    Non-Hangul characters pass through; sound changes apply inside a run of Hangul only."""
    out: list[str] = []
    chars = list(text)
    for index, char in enumerate(chars):
        if not is_hangul_syllable(char):
            out.append(char)
            continue
        initial, vowel, final = decompose(char)
        previous = chars[index - 1] if index else ""
        if previous and is_hangul_syllable(previous):
            _, head = _boundary(decompose(previous)[2], initial)
        else:
            head = INITIALS[initial]
        following = chars[index + 1] if index + 1 < len(chars) else ""
        if following and is_hangul_syllable(following):
            tail, _ = _boundary(final, decompose(following)[0])
        else:
            tail = FINALS[final]
        out.append(head + VOWELS[vowel] + tail)
    return "".join(out)


def split_name(name: str) -> tuple[str, str]:
    """(surname, given name) of a Korean personal name written in Hangul."""
    if len(name) >= 3 and name[:2] in TWO_SYLLABLE_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


def romanize_name(name: str, customary_surname: bool = True) -> str:
    """A personal name in RR order: "조한범" → "Jo Han-beom" (이 → "Lee" when customary)."""
    surname, given = split_name(name)
    if customary_surname and surname in surname_variants_table():
        family = surname_variants_table()[surname][0]
    else:
        family = "".join(romanize_syllable(s) for s in surname)
    parts = [romanize_syllable(s) for s in given]
    return f"{family.capitalize()} {'-'.join(parts).capitalize()}".strip()


# ---------------------------------------------------------------------------
# Variant tables and generated variants


@lru_cache(maxsize=1)
def surname_variants_table() -> dict[str, tuple[str, ...]]:
    """Hangul surname → customary spellings, most common first (이 → lee, yi, rhee …)."""
    return two_column_table("korean_surname_variants.tsv")


@lru_cache(maxsize=1)
def given_variants_table() -> dict[str, tuple[str, ...]]:
    """Given-name syllable → customary spellings (성 → seong, 현 → hyun|hyeon …)."""
    return two_column_table("korean_given_name_syllable_variants.tsv")


# Alternative spellings of RR initials and vowels seen in McCune–Reischauer and custom.
_INITIAL_ALTERNATIVES = {"g": ["g", "k"], "d": ["d", "t"], "b": ["b", "p"], "j": ["j", "ch"],
                         "r": ["r", "l", "n"], "s": ["s", "sh"], "ch": ["ch", "c"], "k": ["k", "kh"],
                         "t": ["t", "th"], "p": ["p", "ph"]}
_VOWEL_ALTERNATIVES = {"eo": ["eo", "u", "o", "ou"], "eu": ["eu", "u", "ue"], "u": ["u", "oo", "ou"],
                       "i": ["i", "ee", "e"], "ae": ["ae", "ai", "e"], "oe": ["oe", "oi", "we"],
                       "ui": ["ui", "ee", "i", "eui", "ue"], "yeo": ["yeo", "yu", "yo", "yeu", "you"],
                       "o": ["o", "oh"], "a": ["a", "ah"], "wo": ["wo", "weo", "won"],
                       "yu": ["yu", "yoo", "you"], "e": ["e", "ae"], "wi": ["wi", "wee", "whi"],
                       "eui": ["eui"]}
#: Extra spellings of a vowel ending an open syllable (서 Suh, 허 Huh, 여 Yuh).
_OPEN_ALTERNATIVES = {"eo": ["uh"], "yeo": ["yuh"]}
_FINAL_ALTERNATIVES = {"k": ["k", "g", "ck"], "t": ["t", "d"], "p": ["p", "b"], "l": ["l", "r"],
                       "n": ["n", "nn"], "ng": ["ng"], "m": ["m"], "": [""]}


@lru_cache(maxsize=4096)
def syllable_variants(syllable: str) -> tuple[str, ...]:
    """Plausible Latin spellings of one given-name syllable, RR first (성 → seong, sung …)."""
    if not is_hangul_syllable(syllable):
        return (syllable.lower(),)
    initial, vowel, final = decompose(syllable)
    head, nucleus, tail = INITIALS[initial], VOWELS[vowel], FINALS[final]
    if initial == 18 and vowel == 19:  # 희 hui / hee / hi
        heads, nuclei = ["h"], ["ui", "ee", "i", "eui", "ea"]
    else:
        heads = _INITIAL_ALTERNATIVES.get(head, [head])
        nuclei = _VOWEL_ALTERNATIVES.get(nucleus, [nucleus])
        if head == "s" and not nucleus.startswith("i") and nucleus != "wi":
            heads = ["s"]
    tails = _FINAL_ALTERNATIVES.get(tail, [tail])
    if not tail and nucleus in _OPEN_ALTERNATIVES:
        nuclei = nuclei + _OPEN_ALTERNATIVES[nucleus]   # 서 suh, 여 yuh
    if not head and nucleus == "u":
        heads = ["", "w"]                               # 우 woo, wu
    if not head and nucleus[:1] in ("i", "y"):
        heads = heads + ["r", "l"]                      # initial-sound rule undone: 이 Li/Ri, 용 Ryong
    if head == "r" and nucleus[:1] in ("i", "y"):
        heads = heads + [""]                            # the rule applied: 류 Yu/Yoo, 림 Im
    if head == "n" and nucleus[:1] not in ("i", "y"):
        heads = heads + ["r"]                           # 노 Roh, 나 Ra
    variants = [romanize_syllable(syllable)]
    for h in heads:
        for n in nuclei:
            for t in tails:
                variants.append(h + n + t)
    variants.extend(given_variants_table().get(syllable, []))
    variants.extend(surname_variants_table().get(syllable, []))
    return tuple(dict.fromkeys(v for v in variants if v))


@lru_cache(maxsize=4096)
def surname_spellings(surname: str) -> tuple[str, ...]:
    """Customary and RR spellings of a surname (이 → lee, yi, rhee, …, i)."""
    spellings = list(surname_variants_table().get(surname, []))
    if len(surname) == 1:
        spellings.extend(syllable_variants(surname))
    else:  # two-syllable surnames: 남궁 → namgung, nam-gung …
        spellings.append("".join(romanize_syllable(s) for s in surname))
        first, second = (syllable_variants(s) for s in surname)
        spellings.extend(a + b for a in first[:8] for b in second[:8])  # 선우 → sunwoo
    return tuple(dict.fromkeys(spellings))


def _alternation(options) -> str:
    return "(?:" + "|".join(re.escape(o) for o in sorted(set(options), key=len, reverse=True)) + ")"


_SEP = r"[\-\u2010\u2011' ]?"


@lru_cache(maxsize=4096)
def given_name_regex(given: str) -> str:
    """Regex source matching a given name: syllables with an optional hyphen/space between."""
    return _SEP.join(_alternation(syllable_variants(s)) for s in given)


@lru_cache(maxsize=4096)
def name_pattern(name: str) -> re.Pattern:
    """Matches a rendering of a full Korean name in either order ("Jo Han-beom",
    "Cho Hanbum", "Han-beom Jo"); group ``surname``/``given`` hold the two parts."""
    surname, given = split_name(name)
    family = _alternation(surname_spellings(surname))
    first = given_name_regex(given)
    source = (rf"\b(?:(?P<surname>{family})[ \u00a0]+(?P<given>{first})"
              rf"|(?P<given2>{first})[ \u00a0]+(?P<surname2>{family}))\b")
    return re.compile(source, re.IGNORECASE)


@lru_cache(maxsize=4096)
def surname_pattern(surname: str) -> re.Pattern:
    """Matches a capitalised surname on its own ("Wi", "Cha", "Lee")."""
    spellings = [s.capitalize() for s in surname_spellings(surname)]
    spellings += [s.upper() for s in surname_spellings(surname)]
    return re.compile(rf"\b{_alternation(spellings)}\b")


def rendering_key(text: str) -> str:
    """A rendering with case, spaces, hyphens and apostrophes removed ("Jo Han-beom" → "johanbeom")."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


# ---------------------------------------------------------------------------
# Phonetic similarity for foreign names written in Hangul


_DIGRAPHS = [("tch", "J"), ("sch", "S"), ("ch", "J"), ("sh", "S"), ("th", "S"), ("ph", "P"), ("ck", "K"),
             ("gh", ""), ("qu", "K"), ("ng", "NK"), ("x", "KS"), ("wh", "")]
_LETTER_CLASS = {"p": "P", "b": "P", "f": "P", "v": "P", "t": "T", "d": "T", "k": "K", "g": "K",
                 "q": "K", "s": "S", "z": "J", "j": "J", "l": "L", "r": "L", "m": "M", "n": "N",
                 "c": "K", "h": ""}


@lru_cache(maxsize=65536)
def phonetic_key(latin: str) -> str:
    """A consonant skeleton robust to the usual Hangul↔Latin correspondences.

    Vowels, h, w and y are dropped; p/b/f/v, t/d, k/g/c/q, s, j/z/ch, l/r, m and n are
    classes; doubled classes collapse ("Vladivostok" → "PLTPSTK")."""
    word = re.sub(r"[^a-z]", "", latin.lower())
    word = re.sub(r"c(?=[eiy])", "s", word)
    for digraph, replacement in _DIGRAPHS:
        word = word.replace(digraph, replacement.lower() if replacement else "")
    key = []
    for char in word:
        cls = _LETTER_CLASS.get(char, "")
        if cls and (not key or key[-1] != cls):
            key.append(cls)
    return "".join(key)


@lru_cache(maxsize=16384)
def hangul_phonetic_key(hangul: str) -> str:
    """:func:`phonetic_key` of the RR of a Hangul loan word (푸틴 → "PTN")."""
    return phonetic_key(romanize(hangul).replace("ng", "nk"))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two strings."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@lru_cache(maxsize=131072)
def phonetic_similarity(hangul: str, latin: str) -> float:
    """0–1 similarity of a Hangul-written foreign word and a Latin word (푸틴/Putin → 1.0)."""
    a = hangul_phonetic_key(hangul)
    best = 0.0
    for b in _latin_keys(latin):
        if not a or not b:
            continue
        if a[0] != b[0] and not {a[0], b[0]} <= {"J", "S", "K"}:
            continue
        best = max(best, 1.0 - edit_distance(a, b) / max(len(a), len(b)))
    if best == 0.0:
        return 0.0  # nothing to veto: skip the (slower) letter comparisons below
    if len(a) <= 1 and _letter_similarity(romanize(hangul), latin) < 0.75:
        return 0.0  # one consonant says almost nothing (하노이 ~ "hoon")
    if len(a) <= 3 and _letter_similarity(romanize(hangul), latin) < 0.3:
        return 0.0  # short skeletons match too much ("Hopefully" ~ 비야레알): letters must agree too
    return best


@lru_cache(maxsize=65536)
def _letter_similarity(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, re.sub(r"[^a-z]", "", a.lower()), re.sub(r"[^a-z]", "", b.lower())).ratio()


@lru_cache(maxsize=65536)
def _latin_keys(latin: str) -> frozenset[str]:
    """Keys of a Latin word read several ways (soft g as in George, hard ch as in Michael,
    silent r as in Peter, ts as in Tsipras)."""
    word = latin.lower()
    non_rhotic = re.sub(r"(?<=[aeiouy])r(?![aeiouy])", "", word)  # Peter → 피터, Carter → 카터
    return frozenset({phonetic_key(word), phonetic_key(re.sub(r"g(?=[eiy])", "j", word)),
                      phonetic_key(word.replace("ch", "k")), phonetic_key(non_rhotic),
                      phonetic_key(re.sub(r"^ts", "s", word))})
