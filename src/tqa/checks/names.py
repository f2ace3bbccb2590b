"""Name rules (family ``name``, TQA200–TQA229).

They read the analysis ``names`` (:mod:`tqa.analyse.names`): for every aligned pair the
Korean names found and how each was rendered in the aligned English. Korean personal
names are matched with the spelling variants of :func:`tqa.ko.romanize.name_pattern`;
surname-only mentions (위 전 대사 → "Ambassador Wi") are resolved to a person named in
full with that surname — the one whose title agrees, else the most recent — and a
surname spelt as a namesake's is not flagged ("Lee" and "Yi" may be two people);
foreign names written in Hangul are matched to capitalised English words (or one piece
of a hyphenated word: "Trump" in "Pro-Trump") by phonetic similarity.

Rules:

* TQA200 a Korean personal name with no plausible rendering in its aligned target (or the
  surname with another given name: Kim Min-jae for 김민수);
* TQA201 a foreign personal name (Hangul) with no phonetic counterpart in its target;
* TQA202 one person's name spelt two ways in a document (Jo Han-beom / Cho Han-bum);
* TQA203 one person's name written two ways (Han-beom / Hanbeom / HAN-BEOM);
* TQA204 one foreign name spelt two ways (Ussuriysk / Ussuriisk; also a word no dictionary
  knows beside a well-known rendering: Portugueso / Portugal);
* TQA205 one person's title rendered two ways for the same Korean title;
* TQA206 a name misspelt in one sentence (close in letters to its rendering elsewhere),
  including a second, one-letter-off rendering beside a correct one in the same sentence, a
  one-letter given-name typo (Mim-soo) and a one-off slip against a spelling used twice;

A name of a table of facts put in another's place (TQA209–TQA211: public bodies, places,
companies) is in :mod:`tqa.checks.swapped_names`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from functools import lru_cache
from os.path import commonprefix

from ..document import Document
from ..en.names import COMMON_CAPITALISED, is_inflection, proper_noun_words
from ..ko.romanize import (edit_distance, given_name_regex, name_pattern, phonetic_similarity, rendering_key,
                           romanize, romanize_name)
from ..tables import two_column_table
from .registry import Finding, document_rule, pair_rule
from ..analyse.names import (ENGLISH_TITLE_BEFORE, Mention, NamesAnalysis, Rendering, established_forms, given_distance, surname_of_name,
                              surnames_by_spelling, unique_renderings)
from ..ko.names import split_korean_name
from ..ko.romanize import given_variants_table, romanize_syllable, surname_spellings, syllable_variants



# ---------------------------------------------------------------------------
# Matching one mention against a target text


# ---------------------------------------------------------------------------
# The document analysis


# ---------------------------------------------------------------------------
# Rules


def _source_loc(analysis: NamesAnalysis, mention: Mention):
    return analysis.pairs[mention.pair].source_loc(mention.name.start, mention.name.end)


def _target_loc(analysis: NamesAnalysis, mention: Mention, rendering: Rendering):
    return analysis.pairs[mention.pair].target_loc(rendering.start, rendering.end)


def _foreign_near_miss(hangul: str, target: str) -> bool:
    """True when some capitalised word sounds roughly like the name (then it is not 'missing')."""
    return any(phonetic_similarity(hangul, word) >= 0.5 for _, _, word in proper_noun_words(target))


def _in_neighbour(analysis: NamesAnalysis, index: int, surname: str) -> bool:
    """The name sounds in the translation of the line before or after, whose own source does not
    name it: the two sides cut the sentences differently and the name went with the clause
    that introduces the person (a quote on one line, "…, said Andrew Bass" on the other)."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(analysis.pairs):
            neighbour = analysis.pairs[other]
            if surname not in neighbour.source and _foreign_near_miss(surname, neighbour.target):
                return True
    return False


def _majority_full(mentions: list[Mention]) -> str | None:
    counts = Counter(r.text for m in mentions for r in m.renderings if r.form == "full")
    return counts.most_common(1)[0][0] if counts else None


@document_rule("TQA200", "name", "major",
               "A Korean personal name has no plausible rendering in its aligned translation.", requires=("names",))
def korean_name_missing(document: Document, context):
    analysis = document.analyses.names
    titled = {m.entity for m in analysis.mentions if m.name.kind == "person" and m.name.titled}
    named_surnames = None  # the surnames of every person the document names (made on first need)
    for entity, mentions in analysis.by_entity().items():
        suggestion = _majority_full(mentions) or romanize_name(entity)
        split = split_korean_name(entity)
        rendered_in = {m.pair for m in mentions if any(r.form == "full" for r in m.renderings)}
        for mention in mentions:
            pair = analysis.pairs[mention.pair]
            # a surname-only mention with no rendering, or a second mention in one pair that only
            # shares the first one's rendering (김민준은 … 김민준은 → "Kim Min-jun … Kang was named")
            repeated = _repeats_an_earlier_mention(mention, mentions)
            if (mention.name.kind == "surname" and not mention.renderings or repeated) and split:
                after = max((r.end for r in mention.renderings), default=0) if repeated else 0
                if named_surnames is None:
                    named_surnames = {split_korean_name(m.entity)[0] for m in analysis.mentions
                                      if m.kind == "person" and split_korean_name(m.entity)}
                wrong = _another_surname(pair.target, split[0], named_surnames, after)
                if wrong is None and repeated:  # 송하늘은 … 송하늘은 → "Song Ha-neul … Seong Ha-neul"
                    swapped = _another_family(pair.target, split, after)
                    wrong = (swapped.start(1), swapped.end(1), swapped.group(1)) if swapped else None
                if wrong is not None:
                    # 윤 작가 → "Ahn says", 오 교수 → "Professor Woo": the person of the sentence before,
                    # named by another family's surname
                    start, end, word = wrong
                    yield Finding(f"{mention.name.text} ({entity}) is rendered '{word}', the spelling of another "
                                  f"surname (expected e.g. {_surname_rendering(mentions, split[0])})",
                                  source=_source_loc(analysis, mention), target=pair.target_loc(start, end),
                                  suggestion=_surname_rendering(mentions, split[0]))
                continue
            if mention.name.kind != "person" or not pair.target.strip():
                continue
            other = [r for r in mention.renderings if r.form == "other-given"]
            if other and split and len(other) == len(mention.renderings) \
                    and all(given_distance(split[1], r.given) >= 2 or _vowel_swapped(split[1], r.given) for r in other):
                # the surname with a given name that is no spelling of the source's (Kim Min-jae for 김민수)
                yield Finding(f"{entity} is rendered '{other[0].text}': the given name is not a spelling of "
                              f"{split[1]} (expected e.g. {suggestion})",
                              source=_source_loc(analysis, mention),
                              target=_target_loc(analysis, mention, other[0]), suggestion=suggestion)
                continue
            full = [r for r in mention.renderings if r.form == "full"]
            if full and split and len(full) == len(mention.renderings) \
                    and all(_vowel_swapped(split[1], _hyphenated_given(r.text)) for r in full):
                # 윤채원 → "Yoon Chae-yeon": close enough in sound to pass as the name, but one syllable
                # is another common syllable with a vowel no spelling of the source's has
                yield Finding(f"{entity} is rendered '{full[0].text}': the given name is not a spelling of "
                              f"{split[1]} (expected e.g. {suggestion})",
                              source=_source_loc(analysis, mention),
                              target=_target_loc(analysis, mention, full[0]), suggestion=suggestion)
                continue
            if mention.renderings:
                continue
            swapped = _another_family(pair.target, split) if split and len(entity) >= 3 else None
            if swapped is not None:
                # 송하늘 → "Seong Ha-neul": the given name kept, the surname another family's
                yield Finding(f"{entity} is rendered '{swapped.group()}': '{swapped.group(1)}' spells another "
                              f"surname than {split[0]} (expected e.g. {suggestion})",
                              source=_source_loc(analysis, mention),
                              target=pair.target_loc(*swapped.span()), suggestion=suggestion)
                continue
            if len(entity) < 3 or not (mention.name.titled or entity in titled):
                continue  # two-syllable "names" with a title are mostly foreign (부시 대통령)
            if _foreign_near_miss(entity, pair.target) or not re.search(r"[A-Za-z]", pair.target):
                continue
            if _PRONOUN.search(pair.target) and any(0 < mention.pair - p <= 2 for p in rendered_in):
                continue  # named in full a sentence or two before: "He" is the usual second mention
            yield Finding(f"{entity} has no rendering in the translation (expected e.g. {suggestion})",
                          source=_source_loc(analysis, mention), target_segments=list(pair.link.target),
                          suggestion=suggestion)


#: a third-person pronoun standing for a person named just before
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)

#: where an English surname stands for a person: after a title, before a verb of saying or another
#: verb in the past ("Ko founded the firm"), or with a possessive ("Ko's son")
_TITLE_BEFORE = ENGLISH_TITLE_BEFORE
_SAYING_AFTER = re.compile(r"\s(?:says|said|told|tells|added|adds|explained|explains|noted|notes|recalled|recalls|"
                           r"admitted|admits|insisted|insists|argued|argues|wrote|writes|replied|replies|spent|has|had|was|is|"
                           r"set|began|went|made|took|won|led|ran|built|left|became|gave|spoke|got|kept|met|paid|sold|bought|"
                           r"brought|thought|felt|saw|came|held|stood|[a-z]{3,}ed|"
                           r"plans|wants|hopes|thinks|believes|expects|intends|aims|leads|runs|owns|works|lives|will|would|"
                           r"gives|credits|thanks)\b|['’]s\b")


def _another_surname(target: str, surname: str, named: set[str], after: int = 0):
    """A capitalised word of the target from ``after`` on, after a title or before a verb of
    saying, that is the customary spelling of another Korean surname and of none ``named`` (the
    surnames of the persons the document names: a sentence cut elsewhere may hold them):
    (start, end, word), or None. The mention's own spellings ("Choe" for 최) are not another."""
    own = {spelling.lower() for spelling in surname_spellings(surname)}
    for start, end, word in proper_noun_words(target):
        if word.endswith(("'s", "’s")):
            end, word = end - 2, word[:-2]  # "Lim's daughter": the surname with a possessive
        key = word.lower()
        if start < after:
            continue
        surnames = surnames_by_spelling().get(key)
        if not surnames or key in own or surnames & named or surname in surnames:
            continue
        if _TITLE_BEFORE.search(target[max(0, start - 16):start]) or _SAYING_AFTER.match(target, end):
            return start, end, word
    return None


#: a romanised syllable: its initial consonants, its vowel letters, its final consonants
_SYLLABLE_PARTS = re.compile(r"([^aeiouwy]*)([aeiouwy]+)([^aeiouwy]*)")


def _vowel_of(spelling: str) -> str | None:
    match = _SYLLABLE_PARTS.fullmatch(spelling.lower())
    return match.group(2) if match else None


def _hyphenated_given(text: str) -> str:
    """The given name of a written full name when it is hyphenated syllable by syllable
    ("Yoon Chae-yeon" → "Chae-yeon"), else ""."""
    found = re.search(r"\b[A-Z][a-z]+(?:-[a-z]+)+\b", text)
    return found.group() if found else ""


def _vowel_swapped(given_hangul: str, written: str) -> bool:
    """A written given name, hyphenated syllable by syllable, one of whose syllables has a vowel
    no spelling of its Hangul syllable has (민지 → "Min-jae", 서연 → "Seo-jun"): another given
    name, not a spelling variant — the vowel is what romanisations of one syllable keep."""
    parts = written.split("-")
    if len(parts) != len(given_hangul) or len(parts) < 2:
        return False
    for syllable, part in zip(given_hangul, parts):
        variants = syllable_variants(syllable)
        if part.lower() in variants:
            continue
        vowels = {_vowel_of(variant) for variant in variants}
        vowel = _vowel_of(part)
        if vowel is not None and vowel not in vowels and part.lower() in _common_syllable_spellings():
            return True  # (a spelling no common name syllable has — "Min-sao", a personal "Byeong-seug"
            # — is a typo for TQA206 or the person's own spelling)
    return False


@lru_cache(maxsize=1)
def _common_syllable_spellings() -> frozenset[str]:
    """The Revised Romanization and customary spellings of the common given-name syllables
    (:func:`tqa.ko.romanize.given_variants_table`: 재 jae, 준 jun/joon, 현 hyun/hyeon …)."""
    spellings = set()
    for hangul, variants in given_variants_table().items():
        if len(hangul) == 1:
            spellings.add(romanize_syllable(hangul))
            spellings.update(variants)
    return frozenset(spellings)


@lru_cache(maxsize=1024)
def _word_before_given_name(given: str) -> re.Pattern:
    """A capitalised word (group 1) before a spelling of the Hangul given name ``given``."""
    return re.compile(rf"\b([A-Z][a-z]+)\s+(?i:{given_name_regex(given)})\b")


def _another_family(target: str, split: tuple[str, str], after: int = 0):
    """A capitalised word before the person's given name, hyphenated as names are ("Seong
    Ha-neul" for 송하늘), that is the customary spelling of another Korean surname and of none of
    the person's own: the match (group 1 the surname), or None."""
    if len(split[1]) < 2:
        return None
    own = {spelling.lower() for spelling in surname_spellings(split[0])}
    for match in _word_before_given_name(split[1]).finditer(target, after):
        key = match.group(1).lower()
        surnames = surnames_by_spelling().get(key)
        if surnames and key not in own and split[0] not in surnames:
            return match
    return None


def _repeats_an_earlier_mention(mention: Mention, mentions: list[Mention]) -> bool:
    """A full mention said again in its pair (김민준은 … 김민준은) whose renderings are all the earlier
    mention's: the English did not name the person a second time."""
    if mention.name.kind != "person":
        return False
    earlier = [other for other in mentions if other is not mention and other.pair == mention.pair]
    return any(other.name.start < mention.name.start for other in earlier) \
        and {r.start for r in mention.renderings} <= {r.start for other in earlier for r in other.renderings}


def _surname_rendering(mentions: list[Mention], surname: str) -> str:
    """How the document spells the person's surname (its first full rendering's first word)."""
    for mention in mentions:
        for rendering in mention.renderings:
            if rendering.form == "full":
                return rendering.text.split()[0]
    return romanize(surname).capitalize()


@document_rule("TQA201", "name", "minor",
               "A foreign personal name written in Hangul has no phonetic counterpart in its translation.", requires=("names",))
def foreign_name_missing(document: Document, context):
    analysis = document.analyses.names
    for mention in analysis.mentions:
        name = mention.name
        pair = analysis.pairs[mention.pair]
        # Only people (a title follows) or multi-word names: single NNPs are often common loanwords.
        if name.kind != "foreign" or mention.renderings or not pair.target.strip():
            continue
        if not (name.titled and " " in name.text) or any(len(part) < 2 for part in name.text.split()):
            continue
        if _foreign_near_miss(name.text.split()[-1], pair.target):
            continue
        last = name.text.split()[-1]
        if split_korean_name(last) and name_pattern(last).search(pair.target):
            continue  # 한빛셀 최민재 대표: a company's name before a Korean person's, who is rendered
        if _in_neighbour(analysis, mention.pair, name.text.split()[-1]):
            continue
        yield Finding(f"{name.text} has no phonetic counterpart among the translation's capitalised words",
                      source=_source_loc(analysis, mention), target_segments=list(pair.link.target))


def majority(texts: list[str]) -> str:
    """The most frequent text; ties go to the one seen first."""
    counts = Counter(texts)
    best = max(counts.values())
    return next(text for text in texts if counts[text] == best)


def _person_variants(mentions: list[Mention], analysis: NamesAnalysis):
    """Full-name renderings of one person grouped by their text (:func:`_translated_renderings`)."""
    by_text: dict[str, list[tuple[Mention, Rendering]]] = defaultdict(list)
    for mention, rendering in _translated_renderings(analysis, mentions, ("full",)):
        by_text[rendering.text].append((mention, rendering))
    return by_text


def _translated_renderings(analysis: NamesAnalysis, mentions: list[Mention], forms) -> list[tuple[Mention, Rendering]]:
    """:func:`unique_renderings` but those the Korean itself writes in Latin letters in the same
    sentence ('LEE JIEUN'으로 표기된 이지은): a spelling cited, not the translator's rendering."""
    return [(mention, rendering) for mention, rendering in unique_renderings(mentions, forms)
            if rendering.text.casefold() not in analysis.pairs[mention.pair].source.casefold()]


def _normalise_order(text: str, entity: str) -> str:
    """Rendering key with the name parts in surname-first order."""
    match = name_pattern(entity).fullmatch(text) if entity else None
    if match and match.group("given2"):
        return rendering_key(match.group("surname2") + match.group("given2"))
    return rendering_key(text)


@document_rule("TQA202", "name", "major",
               "One person's name is spelt two ways in the document (Jo Han-beom / Cho Han-bum).", requires=("names",))
def name_spelling_inconsistent(document: Document, context):
    analysis = document.analyses.names
    for entity, mentions in analysis.by_entity().items():
        by_text = _person_variants(mentions, analysis)
        if not by_text:
            continue
        ordered = [r.text for _, r in _translated_renderings(analysis, mentions, ("full",))]
        majority_key = majority([_normalise_order(t, entity) for t in ordered])
        majority_text = majority([t for t in ordered if _normalise_order(t, entity) == majority_key])
        majority_surname = _surname_of(majority_text, entity)
        for text, hits in by_text.items():
            if _normalise_order(text, entity) == majority_key:
                continue
            for mention, rendering in hits:
                yield Finding(f"{entity} is rendered '{text}' here but '{majority_text}' elsewhere",
                              source=_source_loc(analysis, mention),
                              target=_target_loc(analysis, mention, rendering),
                              suggestion=majority_text)
        # surname-only mentions must use the same surname spelling (unless the title did not
        # decide who is meant and it is how a namesake is spelt: "Lee" and "Yi" may be two people)
        if majority_surname:
            namesakes = _namesake_spellings(analysis, entity)
            for mention, rendering in unique_renderings(mentions, ("surname",)):
                spelt = rendering.text.lower()
                if spelt != majority_surname.lower() and (mention.by_title or spelt not in namesakes):
                    cut = len(mention.name.text) == 2 and majority_surname.lower().startswith(spelt)
                    yield Finding(f"{mention.name.text} ({entity}) is '{rendering.text}' here but "
                                  f"'{majority_surname}' in '{majority_text}'"
                                  + (": the two-syllable surname cut to its first syllable" if cut else ""),
                                  source=_source_loc(analysis, mention),
                                  target=_target_loc(analysis, mention, rendering),
                                  suggestion=majority_surname)


def _namesake_spellings(analysis: NamesAnalysis, entity: str) -> set[str]:
    """Lower-case surname spellings in the full renderings of other persons with the same surname."""
    surname = surname_of_name(entity)
    spellings = set()
    for other, mentions in analysis.by_entity().items():
        if other == entity or not surname or surname_of_name(other) != surname:
            continue
        for _, rendering in unique_renderings(mentions, ("full",)):
            written = _surname_of(rendering.text, other)
            if written:
                spellings.add(written.lower())
    return spellings


def _surname_of(text: str, entity: str) -> str | None:
    match = name_pattern(entity).fullmatch(text)
    if not match:
        return None
    return match.group("surname") or match.group("surname2")


@document_rule("TQA203", "name", "minor",
               "One person's name is written two ways: hyphenation, spacing or capitals differ (Han-beom / Hanbeom).", requires=("names",))
def name_format_inconsistent(document: Document, context):
    analysis = document.analyses.names
    for entity, mentions in analysis.by_entity().items():
        by_text = _person_variants(mentions, analysis)
        by_key: dict[str, list[str]] = defaultdict(list)
        for text in by_text:
            by_key[_normalise_order(text, entity)].append(text)
        for variants in by_key.values():
            if len(variants) < 2:
                continue
            best = max(variants, key=lambda t: len(by_text[t]))
            for text in variants:
                if text == best:
                    continue
                for mention, rendering in by_text[text]:
                    yield Finding(f"{entity} is written '{text}' here but '{best}' elsewhere",
                                  source=_source_loc(analysis, mention),
                                  target=_target_loc(analysis, mention, rendering),
                                  suggestion=best)


@document_rule("TQA204", "name", "major",
               "One foreign name written in Hangul is spelt two ways in the translation (Ussuriysk / Ussuriisk).", requires=("names",))
def foreign_name_inconsistent(document: Document, context):
    analysis = document.analyses.names
    for entity, mentions in analysis.by_entity(("foreign",)).items():
        hits = unique_renderings(mentions)
        if len({r.text for _, r in hits}) < 2:
            continue
        counts = Counter(r.text for _, r in hits)
        order = {text: position for position, text in reversed(list(enumerate(r.text for _, r in hits)))}
        for mention, rendering in hits:
            # compare with the renderings that outrank this one (more frequent, or as frequent and earlier)
            stronger = [t for t in counts if t != rendering.text and
                        (counts[t], -order[t]) > (counts[rendering.text], -order[rendering.text])]
            if _slip(rendering.text, counts):
                continue  # a one-off slip against an established spelling: TQA206's
            vocabulary = {w for t in stronger for w in _bare_words(t)}
            respelt = _respelt_word(rendering.text, vocabulary, entity) or _unknown_beside_known(rendering.text,
                                                                                               vocabulary) \
                or _other_established_form(entity, rendering.text, stronger)
            if not respelt:
                continue
            word, reference = respelt
            yield Finding(f"{entity} is spelt '{rendering.text}' here but '{reference}' elsewhere",
                          source=_source_loc(analysis, mention),
                          target=_target_loc(analysis, mention, rendering),
                          suggestion=_replace_word(rendering.text, word, reference))


def _other_established_form(entity: str, text: str, stronger: list[str]) -> tuple[str, str] | None:
    """(form, other form) when ``text`` holds one established English form of the name and a
    stronger rendering another (Kiev beside Kyiv for 키이우)."""
    forms = [f for part in entity.split() for f in established_forms().get(part, ())]
    here = [f for f in forms if re.search(rf"\b{re.escape(f)}\b", text)]
    for reference in stronger:
        there = [f for f in forms if re.search(rf"\b{re.escape(f)}\b", reference)]
        if here and there and not set(here) & set(there):
            return here[0].lower(), there[0].lower()
    return None


def _slip(text: str, counts: Counter) -> str | None:
    """The established rendering ``text`` slips from: ``text`` used once, the other at least
    twice, the two differing in one word by one letter (or two swapped), the slip a word no
    dictionary knows (Vladivastok beside Vladivostok twice)."""
    if counts.get(text, 0) != 1:
        return None
    words = _bare_words(text)
    for other, count in counts.items():
        if count < 2 or other == text:
            continue
        others = _bare_words(other)
        if len(others) != len(words):
            continue
        differing = [(a, b) for a, b in zip(words, others) if a != b]
        if len(differing) == 1 and len(differing[0][0]) >= 4 and _osa(*differing[0]) == 1 \
                and _zipf(differing[0][0]) == 0:
            return other
    return None


def _osa(a: str, b: str) -> int:
    """Edit distance counting two swapped neighbours as one edit (Merkel / Merkle)."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


def _respelt_word(text: str, vocabulary: set[str], entity: str) -> tuple[str, str] | None:
    """(word, the vocabulary word it misspells) for a word of ``text`` that is not in
    ``vocabulary`` but is a close respelling of a word there."""
    expanded = set(vocabulary)
    for known in vocabulary:  # Iraqi → Iraq, Indonesian → Indonesia: compare with the bare name too
        for ending, replacement in (("ian", ""), ("ese", ""), ("an", "a"), ("i", ""), ("n", "")):
            if known.endswith(ending) and len(known) - len(ending) >= 4:
                expanded.add(known[: len(known) - len(ending)] + replacement)
    for word in _bare_words(text):
        if word in expanded or len(word) < 3:
            continue
        for reference in sorted(expanded):
            if len(reference) >= 3 and is_word_respelling(word, reference, _matching_part(entity, reference)):
                return word, reference
    return None


def _unknown_beside_known(text: str, vocabulary: set[str]) -> tuple[str, str] | None:
    """(word, reference) when ``text`` has a word no dictionary knows while the name is a
    well-known word elsewhere, begun alike and mostly the same letters (Portugueso beside
    Portugal, Spanissh beside Spain): a slip in a derived form the document does not
    otherwise use, which :func:`is_word_respelling` cannot compare letter for letter."""
    ordered = sorted(vocabulary)
    for word in _bare_words(text):
        if len(word) < 4:
            continue
        # cheap test first: only references begun alike can match (saves dictionary lookups)
        references = [reference for reference in ordered if reference[:2] == word[:2]]
        if not references or _zipf(word) > 0:
            continue
        for reference in references:
            if _zipf(reference) >= 3.0 and not _is_inflection(word, reference) \
                    and SequenceMatcher(None, word, reference).ratio() >= 0.6:
                return word, reference
    return None


def _replace_word(text: str, word: str, reference: str) -> str:
    def swap(match):
        found = match.group()
        return reference.upper() if found.isupper() else reference.capitalize() if found[:1].isupper() else reference
    return re.sub(re.escape(word), swap, text, count=1, flags=re.IGNORECASE)


@document_rule("TQA206", "name", "major",
               "A name rendered one way elsewhere in the document is misspelt in this sentence (Vladivostok / Vladivastok).", requires=("names",))
def name_misspelt(document: Document, context):
    analysis = document.analyses.names
    taken_by_pair = _rendered_spans_by_pair(analysis)
    for entity, mentions in analysis.by_entity(("person", "foreign")).items():
        forms = ("full",) if mentions[0].kind == "person" else ("phonetic",)
        hits = _translated_renderings(analysis, mentions, forms)
        if not hits:
            continue
        best = majority([r.text for _, r in hits])
        counts = Counter(r.text for _, r in hits)
        vocabulary = {w for _, r in hits for w in _bare_words(r.text) if not _slip(r.text, counts)}
        reported: set[int] = set()
        split = split_korean_name(entity) if forms == ("full",) else None
        for mention, rendering in hits:
            established = _slip(rendering.text, counts)
            if established and mention.pair not in reported:
                reported.add(mention.pair)  # Vladivastok once beside Vladivostok twice
                yield Finding(f"'{rendering.text}' looks like a misspelling of '{established}' ({entity}) used "
                              "elsewhere", source=_source_loc(analysis, mention),
                              target=_target_loc(analysis, mention, rendering), suggestion=established)
        for mention in mentions:
            if mention.pair in reported:
                continue
            pair = analysis.pairs[mention.pair]
            other = next((r for r in mention.renderings if r.form == "other-given"), None)
            if other is not None and split and given_distance(split[1], other.given) == 1:
                reported.add(mention.pair)  # Kim Mim-soo beside Kim Min-soo
                yield Finding(f"'{other.text}' looks like a misspelling of '{best}' ({entity}) used elsewhere",
                              source=_source_loc(analysis, mention),
                              target=_target_loc(analysis, mention, other), suggestion=best)
                continue
            taken = taken_by_pair.get(mention.pair, ())
            second = bool(mention.renderings)  # rendered here already: look for a second, misspelt rendering
            for start, end, word in proper_noun_words(pair.target):
                if any(s <= start < e for s, e in taken):
                    continue  # the word renders another name of this sentence
                if word.casefold() in pair.source.casefold():
                    continue  # written so in the Korean too: a spelling cited, not a rendering
                if second and (forms != ("phonetic",) or not _second_spelling(word)):
                    continue  # rendered here already: only an unknown word is suspect
                respelt = _respelt_word(word, vocabulary, entity)
                if second and respelt and min(edit_distance(respelt[0], known) for known in vocabulary) > 1:
                    continue  # beside a correct rendering only a one-letter slip (Cilifornia) counts
                if respelt:
                    reported.add(mention.pair)
                    suggestion = _replace_word(word, *respelt)
                    yield Finding(f"'{word}' looks like a misspelling of '{best}' ({entity}) used elsewhere",
                                  source=_source_loc(analysis, mention), target=pair.target_loc(start, end),
                                  suggestion=suggestion)
                    break


def _rendered_spans_by_pair(analysis: NamesAnalysis) -> dict[int, list[tuple[int, int]]]:
    """Pair index → target spans of every rendering of every name in that pair."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in analysis.mentions:
        spans[mention.pair].extend((r.start, r.end) for r in mention.renderings)
    return spans


def _second_spelling(word: str) -> bool:
    """A word that could be a second, misspelt rendering of a foreign name in a sentence
    that renders it once already ("… northern Cilifornia … from California …"): a word
    of five letters or more that no dictionary knows (the caller checks it is one letter
    away from the rendering; Kalaallit beside Kalaalleq is two)."""
    return len(word) >= 5 and _zipf(word.lower()) == 0


def _matching_part(entity: str, word: str) -> str:
    """The Hangul word of a (multi-word) name that sounds most like ``word``; for a Korean
    person, the surname when ``word`` spells it (Park → 박), else the given name."""
    split = split_korean_name(entity)
    if split:
        return split[0] if word in surname_spellings(split[0]) else split[1]
    return max(entity.split(), key=lambda part: phonetic_similarity(part, word))


def _bare_words(text: str) -> list[str]:
    """Words without possessive endings, lower case ("Trump's" → "trump")."""
    return [re.sub(r"['\u2019]s?$", "", w) for w in text.lower().split()]


@lru_cache(maxsize=16384)
def _zipf(word: str) -> float:
    """English Zipf frequency of ``word`` (0 when unknown or wordfreq is missing).

    wordfreq is imported on the first lookup only: it is slow to import (it pulls in
    langcodes), and documents without foreign names never need it."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return 0.0
    return zipf_frequency(word, "en")


_is_inflection = is_inflection


def _one_letter_swap(word: str, other: str) -> bool:
    """Short words of one length differing in one inner letter only (Kim/Kym, Kit/Kat)."""
    return len(word) == len(other) >= 3 and word[0] == other[0] and word[-1] == other[-1] \
        and sum(a != b for a, b in zip(word, other)) == 1


@lru_cache(maxsize=4096)
def _spoken_forms(hangul: str) -> tuple[str, ...]:
    """Latin readings of a Hangul loan word for comparing spellings: its RR, and the RR
    with the helper vowel eu dropped and eo read as u, o or er (트럼프 → teureompeu, trump …;
    버너스 → berners)."""
    spoken = romanize(hangul)
    bare = re.sub(r"eu(?![aeiou])", "", spoken)
    return tuple(dict.fromkeys([spoken, bare, bare.replace("eo", "u"), bare.replace("eo", "o"),
                                bare.replace("eo", "er")]))


def _closeness(hangul: str, word: str) -> float:
    return max(SequenceMatcher(None, spoken, word).ratio() for spoken in _spoken_forms(hangul))


def is_word_respelling(word: str, other: str, hangul: str = "") -> bool:
    """One lower-case word misspelling another (Vladivastok / Vladivostok)."""
    if word == other or _is_inflection(word, other) or abs(len(word) - len(other)) > 2:
        return False
    if SequenceMatcher(None, word, other).ratio() < 0.7 and not _one_letter_swap(word, other):
        return False
    if _zipf(word) >= 2.5:
        if not hangul or word.endswith(("an", "ish", "ese", "ic")):
            return False  # a demonym or adjective in its own right (Catalan beside Catalonia)
        # a real word (Tramp, Simms) is a slip only when the Korean sounds clearly like the other
        if _closeness(hangul, other) - _closeness(hangul, word) < 0.08:
            return False
    return True


_TITLE_WORDS = re.compile(r"((?:(?:[A-Z][a-z]+|of|the|for|and|on|to)\s+){1,6})$")


def _english_title(target: str, rendering: Rendering) -> str:
    """Capitalised title words right before a rendering ("Senior Research Fellow" Jo)."""
    match = _TITLE_WORDS.search(target[:rendering.start])
    if not match:
        return ""
    words = match.group(1).split()
    while words and (words[0] in COMMON_CAPITALISED or words[0] in ("of", "the", "for", "and", "on", "to")):
        words = words[1:]
    while words and words[-1] in ("of", "the", "for", "and", "on", "to"):
        words = words[:-1]
    return " ".join(words)


@document_rule("TQA205", "name", "minor",
               "The same Korean title of one person is rendered two ways (Senior Research Fellow / Research Fellow).", requires=("names",))
def title_drift(document: Document, context):
    analysis = document.analyses.names
    for entity, mentions in analysis.by_entity().items():
        by_title: dict[str, list[tuple[Mention, Rendering, str]]] = defaultdict(list)
        for mention in mentions:
            if not mention.name.title:
                continue
            for rendering in mention.renderings:
                title = _english_title(analysis.pairs[mention.pair].target, rendering)
                if title:
                    by_title[mention.name.title].append((mention, rendering, title))
        for korean_title, hits in by_title.items():
            counts = Counter(title for _, _, title in hits)
            if len(counts) < 2:
                continue
            majority = counts.most_common(1)[0][0]
            for mention, rendering, title in hits:
                if title == majority:
                    continue
                shorter, longer = sorted((title.split(), majority.split()), key=len)
                if not _rank_changed(title.split(), majority.split()):
                    if len(shorter) < 2:
                        continue  # "Chairman Kim" after "State Affairs Commission Chairman Kim" is a short form
                    if longer[-len(shorter):] != shorter and longer[:len(shorter)] != shorter:
                        continue  # unrelated capitalised words (an affiliation), not the same title
                yield Finding(f"{entity}'s title {korean_title} is '{title}' here but '{majority}' elsewhere",
                              source=_source_loc(analysis, mention),
                              target=_target_loc(analysis, mention, rendering),
                              suggestion=majority)


#: words that give a post its rank: dropping or swapping one changes the post, it does not shorten it
RANK_WORDS = frozenset("""
Chief Senior Junior Deputy Vice Assistant Associate Acting Executive Principal Head Lead First Second
Under Honorary Emeritus Interim Co
""".split())


def _rank_changed(words: list[str], other: list[str]) -> bool:
    """Two renderings of one title with the same head that differ only in rank words
    (Chief / Senior Spokesperson, Deputy Director / Director)."""
    if not words or not other or words[-1] != other[-1] or words == other:
        return False
    difference = set(words) ^ set(other)
    return bool(difference) and difference <= RANK_WORDS


def _given_part(full: str, given: str) -> str | None:
    """The given name as a full rendering writes it ("Seo-yeon" of "Kim Seo-yeon")."""
    match = re.search(rf"\b{given_name_regex(given)}\b", full, re.I)
    return match.group() if match else None


@document_rule("TQA207", "name", "major",
               "A person called by the given name alone is spelt unlike the full name (Kim Seo-yeon … Seo-yun).",
               requires=("names",))
def given_name_respelt(document: Document, context):
    analysis = document.analyses.names
    full_names: dict[str, list[str]] = defaultdict(list)  # given name → the full names that end in it
    first_full: dict[str, tuple[int, str, int]] = {}       # full name → (pair, first full rendering, its end)
    for mention, rendering in unique_renderings(analysis.mentions, forms=("full",)):
        split = split_korean_name(mention.entity)
        if mention.kind == "person" and split and len(mention.entity) == 3:
            if mention.entity not in first_full:
                first_full[mention.entity] = (mention.pair, rendering.text, rendering.end)
                full_names[split[1]].append(mention.entity)
    for given, owners in full_names.items():
        # 서연 씨, 서준이는, 민호야 after 김서연, 이서준, 정민호 named in full: the given name alone, with a
        # title, the suffix 이 or a vocative (read on the surface: the analyser often splits it)
        if len(owners) != 1:
            continue
        owner = owners[0]
        start_pair, full_rendering, rendering_end = first_full[owner]
        written = _given_part(full_rendering, given)
        if written is None:
            continue
        alone = re.compile(rf"(?<![가-힣]){given}(?=\s?(?:씨|님|양|군)|이(?:[가는도를랑와의]|가|)(?![가-힣])|[아야](?![가-힣]))")
        spelt = re.compile(rf"\b{given_name_regex(given)}\b", re.I)
        for index in range(start_pair, len(analysis.pairs)):
            pair = analysis.pairs[index]
            # in the pair of the full name, only after it (김서연 씨는 … 서연 씨는 … in one line)
            source_from = pair.source.find(owner) + len(owner) if index == start_pair else 0
            target_from = rendering_end if index == start_pair else 0
            match = alone.search(pair.source, source_from)
            if match is None or (index != start_pair and owner in pair.source):
                continue
            here = [m for m in spelt.finditer(pair.target) if m.start() >= target_from]
            if not here:
                swapped = _another_given(pair, given, owner, full_names, first_full, source_from, target_from)
                if swapped is not None:
                    other, span = swapped
                    yield Finding(f"{given} ({owner}) is rendered '{pair.target[span[0]:span[1]]}', the given name of "
                                  f"{other}", source=pair.source_loc(*match.span()), target=pair.target_loc(*span),
                                  suggestion=written)
                continue
            if len(here) != 1 or rendering_key(here[0].group()) == rendering_key(written):
                continue
            yield Finding(f"{given} ({owner}) is '{here[0].group()}' here but '{written}' in '{full_rendering}'",
                          source=pair.source_loc(*match.span()), target=pair.target_loc(*here[0].span()),
                          suggestion=written)


def _another_given(pair, given: str, owner: str, full_names: dict, first_full: dict, source_from: int,
                   target_from: int):
    """(the other person, span) where a given-name mention's English is the given name of another
    person of the document (형 민호 씨 → "Min-su", his brother's), standing alone: not inside that
    person's full name, and that person not called by the given name in this Korean."""
    for other_given, others in full_names.items():
        if other_given == given or len(others) != 1 or others[0] == owner:
            continue
        other = others[0]
        written = _given_part(first_full[other][1], other_given)
        alone_here = re.search(rf"(?<![가-힣]){other_given}(?![가-힣]{{2}})", pair.source[source_from:])
        if written is None or alone_here:
            continue
        surname = split_korean_name(other)[0]
        for match in re.finditer(rf"\b{re.escape(written)}\b", pair.target, re.I):
            before = re.search(r"([A-Za-z]+)[\s-]$", pair.target[:match.start()])
            if match.start() < target_from or before and before.group(1).lower() in surname_spellings(surname):
                continue  # inside the other's full name ("Jung Min-su")
            return other, match.span()
    return None


#: words of kinship between two people of one sentence (그의 다섯째 아들 이방원, 딸 김소율 양)
_KIN_WORDS = re.compile(r"아들|딸|형|동생|오빠|누나|언니|아버지|어머니|부친|모친|아빠|엄마|남편|아내|부인|손자|손녀|"
                        r"형제|자매|남매|조카|삼촌|장남|차남|삼남|장녀|차녀|막내|부자|모녀|부녀|모자")


@document_rule("TQA208", "name", "minor",
               "Two relatives with one Korean surname are given two spellings of it (Yi Seong-gye … his son Lee Bang-won).",
               requires=("names",))
def family_surname_respelt(document: Document, context):
    analysis = document.analyses.names
    for index, pair in enumerate(analysis.pairs):
        people = [(m, r) for m in analysis.of_pair(index) if m.kind == "person"
                  and m.name.kind == "person" and len(m.entity) == 3 for r in m.renderings if r.form == "full"]
        for (first, first_rendering), (second, second_rendering) in zip(people, people[1:]):
            a, b = split_korean_name(first.entity), split_korean_name(second.entity)
            if not a or not b or a[0] != b[0] or first.entity == second.entity:
                continue
            between = pair.source[first.name.end:second.name.start]
            if not _KIN_WORDS.search(between) or len(between) > 40:
                continue
            spelt_a, spelt_b = first_rendering.text.split()[0], second_rendering.text.split()[0]
            if rendering_key(spelt_a) == rendering_key(spelt_b):
                continue
            if re.search(r"-?\b" + re.escape(spelt_b) + r"$", first_rendering.text, re.I):
                continue  # given-name-first order ("Min-jun Kim"): the surname is the last word
            yield Finding(f"{second.entity} is '{spelt_b}' but {first.entity}, named as a relative beside, is "
                          f"'{spelt_a}': a family shares the spelling of its surname",
                          source=pair.source_loc(second.name.start, second.name.end),
                          target=pair.target_loc(second_rendering.start, second_rendering.end),
                          suggestion=second_rendering.text.replace(spelt_b, spelt_a, 1))
