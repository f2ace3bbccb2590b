"""Term checks (family ``term``, TQA230–TQA259).

* TQA230 a glossary term whose approved rendering is missing from the aligned target;
* TQA231 a forbidden rendering (glossary column / deprecated TBX term) used;
* TQA232 romanised Korean where a translation was due ("Han-US-Japan", "Bukhan");
* TQA233 one source term rendered several ways in a document (country-abbreviation
  compounds such as 한미일, organisation names); the majority rendering is suggested;
* TQA234 two different source terms collapsed into one rendering (통일부 and
  통일연구원 both "Ministry of Unification");
* TQA235 a recurring compound term (핵심광물) rendered one way in most sentences
  ("critical minerals") and differently in one ("core minerals"). Its rendering is the
  English n-gram that co-occurs with the term in most of its sentences and whose words
  are associated (Dice, with competitive linking) with the term's morphemes. A compound
  used in exactly two sentences is reported (minor) when its two renderings differ in one
  modifier only ("trade war" … "tariff war"), the new word used nowhere else.
  A bilingual term lexicon (``data/term_glosses.tsv`` over ``data/glosses.tsv``; Hangul
  loanword parts matched phonetically) anchors renderings independently of co-occurrence
  (:mod:`tqa.analyse.term_lexicon`): where a recurring term's established rendering ("immune
  system", each word rendering a part: 면역 immune, 체계 system) is absent and a variant is
  present — a modifier no word of the Korean sentence accounts for ("central system",
  major), another gloss of the same Korean part ("core minerals" for "critical minerals",
  major), or the same words in another order ("system of immunity", minor). Terms in two
  sentences only give minor findings.

The rules read the analyses ``names``, ``terms``, ``term_recurrence`` and ``term_lexicon``
(:mod:`tqa.analyse`); the glossary rules read the run's glossaries.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from ..document import Document
from ..ko.names import ABBREVIATIONS, EXONYMS
from ..ko.romanize import phonetic_similarity, rendering_key, romanize, syllable_variants
from .names import is_word_respelling
from .registry import Finding, document_rule, pair_rule
from ..analyse.term_words import EN_WORD, STOPWORDS, PerTarget, compound_parts, first_occurrence, is_common_word, one_word_changes, sentence_initial, source_roots, used_elsewhere, word_root, zipf
from ..analyse.term_lexicon import LexiconVariant, lexicon_parts, renders_noun_before, renders_part, transliterates_source_word
from ..analyse.term_recurrence import RecurringTerm, ngrams, stem
from ..analyse.terms import TermMention, TermRendering, TermsAnalysis, org_heads

_CACHE_KEY = "terms.analysis"


# ---------------------------------------------------------------------------
# Country-abbreviation compounds (한미일)


# ---------------------------------------------------------------------------
# Organisations


# ---------------------------------------------------------------------------
# Glossary rules


def _glossary_hits(pair, context):
    for glossary in context.glossaries or []:
        for entry, start, end in glossary.source_matches(pair.source):
            yield glossary, entry, start, end


@pair_rule("TQA230", "term", "major", "A glossary term's approved rendering is missing from the translation.")
def glossary_term_missing(pair, context):
    if not pair.target.strip():
        return
    for glossary, entry, start, end in _glossary_hits(pair, context):
        if not entry.targets:
            continue
        if any(glossary.find_english(term, pair.target) for term in entry.targets):
            continue
        if any(glossary.find_english(term, pair.target) for term in entry.forbidden):
            continue  # TQA231 reports it
        note = f" ({entry.note})" if entry.note else ""
        yield Finding(f"glossary: {entry.source} should be rendered '{entry.preferred}'{note}",
                      source=pair.source_loc(start, end), suggestion=entry.preferred)


@pair_rule("TQA231", "term", "major", "A rendering the glossary forbids is used for a source term.")
def glossary_forbidden(pair, context):
    for glossary, entry, start, end in _glossary_hits(pair, context):
        for term in entry.forbidden:
            for t_start, t_end in glossary.find_english(term, pair.target):
                # a forbidden phrase inside an approved one ("Korea" in "South Korea") is fine
                if any(s <= t_start and t_end <= e and (s, e) != (t_start, t_end)
                       for approved in entry.targets for s, e in glossary.find_english(approved, pair.target)):
                    continue
                suggestion = entry.preferred or None
                yield Finding(f"glossary: '{pair.target[t_start:t_end]}' is a forbidden rendering of {entry.source}"
                              + (f"; use '{suggestion}'" if suggestion else ""),
                              source=pair.source_loc(start, end), target=pair.target_loc(t_start, t_end),
                              suggestion=suggestion)


# ---------------------------------------------------------------------------
# Romanised instead of translated


@lru_cache(maxsize=4096)
def _romanisation_keys(word: str) -> frozenset[str]:
    """Plausible romanisations of a Korean word, as rendering keys (북한 → bukhan, pukhan …)."""
    keys = {rendering_key(romanize(word))}
    if len(word) <= 4:
        pieces = [""]
        for syllable in word:
            pieces = [p + v for p in pieces for v in syllable_variants(syllable)[:4]][:200]
        keys.update(rendering_key(p) for p in pieces)
    return frozenset(keys)


_LATIN_WORD = re.compile(r"[A-Za-z]+")

#: Words with a standard English rendering that should never be romanised (북한 ≠ "Bukhan").
TRANSLATED_TERMS = dict(EXONYMS)
TRANSLATED_TERMS.update({
    "국회": ["National Assembly"], "통일부": ["Ministry of Unification", "Unification Ministry"],
    "외교부": ["Ministry of Foreign Affairs", "Foreign Ministry"], "국방부": ["Ministry of National Defense",
                                                                     "Defense Ministry"],
    "정부": ["government"], "대통령": ["president"], "국무위원장": ["State Affairs Commission chairman", "chairman"],
})


@document_rule("TQA232", "term", "major",
               "Romanised Korean where a translation was due (Han-US-Japan, Bukhan).",
               requires=("names", "terms"))
def romanised_term(document: Document, context):
    names = document.analyses.names
    terms = document.analyses.terms
    for mention in terms.mentions:
        if mention.kind != "abbrev":
            continue
        pair = names.pairs[mention.pair]
        for rendering in mention.renderings:
            if not rendering.romanised:
                continue
            used = ", ".join(f"'{rendering.components[i]}' ({mention.source[i]})" for i in rendering.romanised)
            fixed = _fix_compound(rendering, mention.source, terms)
            yield Finding(f"{mention.source}: {used} is romanised, not translated",
                          source=pair.source_loc(mention.start, mention.end),
                          target=pair.target_loc(rendering.start, rendering.end), suggestion=fixed)
    person_spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in names.mentions:
        person_spans[mention.pair].extend((r.start, r.end) for r in mention.renderings)
    keys_of: dict[str, dict | None] = {}  # the document's sources: each read once (a sentence recurs)
    for index, pair in enumerate(names.pairs):
        yield from _romanised_words(pair, person_spans.get(index, []), keys_of)


def _fix_compound(rendering: TermRendering, source: str, terms: TermsAnalysis) -> str:
    """The document's majority clean rendering of the compound, else one built from defaults."""
    clean = Counter(r.text for m in terms.by_source("abbrev").get(source, []) for r in m.renderings
                    if not r.romanised and r.compact)
    if clean:
        return clean.most_common(1)[0][0]
    parts = [rendering.components[i] if i not in rendering.romanised else ABBREVIATIONS[source[i]][0]
             for i in range(len(source))]
    return "-".join(parts)


def _translated_term_keys(source: str) -> dict[str, tuple[str, int, int, str]] | None:
    """Romanisation key → (word, start, end, kind) for the source's words that have a standard
    translation (``TRANSLATED_TERMS``, first occurrence of each); None when it has none."""
    candidates: dict[str, tuple[str, int, int, str]] = {}
    for korean in TRANSLATED_TERMS:
        start = source.find(korean)
        if start >= 0:
            for key in _romanisation_keys(korean):
                candidates[key] = (korean, start, start + len(korean), "country")
    return candidates or None


def _romanised_words(pair, person_spans: list[tuple[int, int]], keys_of: dict | None = None):
    """Target words equal to a romanisation of a source word that has a standard translation
    (``person_spans``: target spans of the pair's name renderings, never flagged; ``keys_of``:
    the :func:`_translated_term_keys` of the sources read before, shared and read only)."""
    if not pair.target.strip():
        return
    if keys_of is None:
        candidates = _translated_term_keys(pair.source)
    elif pair.source in keys_of:
        candidates = keys_of[pair.source]
    else:
        candidates = keys_of[pair.source] = _translated_term_keys(pair.source)
    if not candidates:
        return  # no such source word: no target word to look at
    for match in _LATIN_WORD.finditer(pair.target):
        word = match.group()
        key = word.lower()
        if key not in candidates or any(s <= match.start() < e for s, e in person_spans):
            continue
        korean, start, end, kind = candidates[key]
        accepted = {rendering_key(r) for r in TRANSLATED_TERMS[korean]}
        if key in accepted or zipf(word) >= 3.0:
            continue
        suggestion = TRANSLATED_TERMS[korean][0]
        yield Finding(f"'{word}' romanises {korean} instead of translating it",
                      source=pair.source_loc(start, end), target=pair.target_loc(match.start(), match.end()),
                      suggestion=suggestion)


# ---------------------------------------------------------------------------
# Consistency


def _compound_key(rendering: TermRendering) -> str:
    return re.sub(r"\s*[-\u2010\u2011\u2013]\s*", "-", rendering.text)


def _distinct_hits(mentions, keep=lambda rendering: True) -> list[tuple[TermMention, TermRendering]]:
    """Each rendering once, with the first mention it was found for: every mention of a
    term in a sentence is given all of that sentence's renderings (한미일 … 한미일)."""
    hits, seen = [], set()
    for mention in mentions:
        for rendering in mention.renderings:
            key = (mention.pair, rendering.start, rendering.end)
            if keep(rendering) and key not in seen:
                seen.add(key)
                hits.append((mention, rendering))
    return hits


@document_rule("TQA233", "term", "minor",
               "One source term is rendered several ways in the document (한미일: South Korea-US-Japan / Korea-US-Japan).",
               requires=("names", "terms"))
def term_inconsistent(document: Document, context):
    names = document.analyses.names
    terms = document.analyses.terms
    for source, mentions in terms.by_source("abbrev").items():
        hits = _distinct_hits(mentions, lambda r: r.compact and not r.romanised)
        counts = Counter(_compound_key(r) for _, r in hits)
        if len(counts) < 2:
            continue
        (majority, top), (_, second) = counts.most_common(2)
        if top == second:
            continue  # no majority to suggest
        for mention, rendering in hits:
            if _compound_key(rendering) == majority:
                continue
            pair = names.pairs[mention.pair]
            yield Finding(f"{source} is rendered '{rendering.text}' here but '{majority}' in {top} other places",
                          source=pair.source_loc(mention.start, mention.end),
                          target=pair.target_loc(rendering.start, rendering.end), suggestion=majority)
    for source, mentions in terms.by_source("org").items():
        hits = _distinct_hits(mentions)
        counts = Counter(r.text for _, r in hits)
        if len(counts) < 2:
            continue
        top = max(counts.values())
        majority = next(r.text for _, r in hits if counts[r.text] == top)  # ties: the first one used
        for mention, rendering in hits:
            text = rendering.text
            if text == majority or text in majority or majority in text:
                continue  # a shortened form ("the Institute") is not a different rendering
            pair = names.pairs[mention.pair]
            if not _org_variant(text, majority) and not _org_word_swapped(source, text, majority, pair, mention):
                continue
            if _romanised_part_respelt(text, majority):
                continue  # Saesol Bank / Saeseol Bank: the name's own spelling, which TQA204 reports
            yield Finding(f"{source} is rendered '{text}' here but '{majority}' elsewhere",
                          source=pair.source_loc(mention.start, mention.end),
                          target=pair.target_loc(rendering.start, rendering.end), suggestion=majority)


_FUNCTION_WORDS = {"of", "for", "on", "in", "at", "and", "the", "to"}


def _romanised_part_respelt(text: str, majority: str) -> bool:
    """The two renderings differ only in capitalised words that are no English words (a
    romanised name part: Saesol / Saeseol), which the name family compares across the document."""
    from ..analyse.clipped import ROMANISED_ENGLISH_ZIPF, english_zipf

    words, reference = text.split(), majority.split()
    if len(words) != len(reference):
        return False
    differing = [(a, b) for a, b in zip(words, reference) if a != b]
    return bool(differing) and all(a[:1].isupper() and b[:1].isupper() and english_zipf(a.lower()) < ROMANISED_ENGLISH_ZIPF
                                   and english_zipf(b.lower()) < ROMANISED_ENGLISH_ZIPF for a, b in differing)


def _org_variant(text: str, majority: str) -> bool:
    """Two renderings of one organisation that differ only by swapped function words or a
    misspelt word (…Institute for/of Policy Studies), not by different content words
    (Prison Service / Prison Office may be two bodies)."""
    words, reference = text.lower().split(), majority.lower().split()
    if len(words) != len(reference) or words == reference:
        return False
    for word, other in zip(words, reference):
        if word == other:
            continue
        if not ({word, other} <= _FUNCTION_WORDS or is_word_respelling(word, other)):
            return False
    return True


def _org_word_swapped(org: str, text: str, majority: str, pair, mention) -> bool:
    """One word of the organisation's usual name replaced ("Core Service" for "Prison
    Service", 교정청): the replaced word renders part of the Korean name (term lexicon) and
    the new one renders nothing in the Korean sentence, nor is it a transliterated name."""
    words, reference = text.split(), majority.split()
    if len(words) != len(reference):
        return False
    differing = [i for i, (a, b) in enumerate(zip(words, reference)) if a.lower() != b.lower()]
    if len(differing) != 1:
        return False
    new, old = words[differing[0]], reference[differing[0]]
    parts = lexicon_parts(org)
    if not any(renders_part(part, old) for part in parts) or any(renders_part(part, new) for part in parts):
        return False
    if not new.isalpha() or new.lower() in STOPWORDS:
        return False
    if word_root(new) in source_roots(pair.source, mention.start, mention.end):
        return False  # the new word renders another word of the sentence
    return not transliterates_source_word(pair.source, mention.start, mention.end, new)


@document_rule("TQA234", "term", "major",
               "Two different source terms are collapsed into one rendering (통일부 and 통일연구원 → Ministry of Unification).",
               requires=("names", "terms"))
def terms_collapsed(document: Document, context):
    names = document.analyses.names
    terms = document.analyses.terms
    by_rendering: dict[str, dict[str, list[tuple[TermMention, TermRendering]]]] = defaultdict(lambda: defaultdict(list))
    for source, mentions in terms.by_source("org").items():
        for mention in mentions:
            for rendering in mention.renderings:
                by_rendering[rendering.text.lower()][source].append((mention, rendering))
    # an organisation with no rendering of its own whose sentence carries another one's name
    renderings_of = {source: Counter(r.text for m in mentions for r in m.renderings)
                     for source, mentions in terms.by_source("org").items()}
    for source, mentions in terms.by_source("org").items():
        heads = org_heads(source)
        if not heads:
            continue  # no idea what its own name would look like (민주당): nothing to compare
        for mention in mentions:
            if mention.renderings:
                continue
            pair = names.pairs[mention.pair]
            target_words = set(re.findall(r"[A-Za-z]+", pair.target))
            if any(head in target_words for head in heads):
                continue  # its own name may be in the sentence, just not recognised as such
            for other, counts in renderings_of.items():
                if other == source or other in source or source in other or not counts or other in pair.source:
                    continue
                rendering = counts.most_common(1)[0][0]
                if any(head in rendering.split() for head in heads):
                    continue  # could be this organisation's own name (…Olympic Committee)
                start = pair.target.find(rendering)
                if start >= 0:
                    yield Finding(f"{source} is rendered '{rendering}', the rendering of {other}",
                                  source=pair.source_loc(mention.start, mention.end),
                                  target=pair.target_loc(start, start + len(rendering)))
                    break
    for text, sources in by_rendering.items():
        if len(sources) < 2:
            continue
        # the source term that owns this rendering most often keeps it; the others are flagged
        owner = max(sources, key=lambda s: len(sources[s]))
        for source, hits in sources.items():
            if source == owner or source in owner or owner in source:
                continue
            for mention, rendering in hits:
                pair = names.pairs[mention.pair]
                if owner in pair.source:
                    continue  # both named in this sentence (A은행과 B은행 "A Bank and B Bank"): one span renders both
                yield Finding(f"{source} and {owner} are both rendered '{rendering.text}'",
                              source=pair.source_loc(mention.start, mention.end),
                              target=pair.target_loc(rendering.start, rendering.end))


# ---------------------------------------------------------------------------
# Recurring compound terms (핵심광물 → "critical minerals" … "core minerals")


def _variants_of(rendering: tuple[str, ...], grams) -> list[tuple[tuple[str, ...], tuple[int, int]]]:
    """N-grams of one target that differ from ``rendering`` in exactly one content word."""
    found = []
    for gram, spans, position in one_word_changes(rendering, grams):
        word = gram[position]
        if word in STOPWORDS or not word.isalpha() or len(word) < 3:
            continue
        found.append((gram, spans[0]))
    return found


def _variant_is_credible(term: RecurringTerm, gram, text: str, pairs, index: int, context) -> bool:
    """The replaced word must render part of the Korean term (dice association). A
    capitalised word in the variant may be a proper noun telling two things apart (Vermont
    Senator / Massachusetts Senator): accept it only when the word it replaces transliterates
    part of the Korean term (Ryder ~ 라이더) and the new word occurs nowhere else."""
    words = text.split()
    position = next(i for i in range(len(gram)) if gram[i] != term.rendering[i])
    association = pairs[index].document.analyses.term_recurrence.association
    replaced = term.rendering[position]
    fit = association.fit(compound_parts(term.source), replaced) if association else 0.0
    if fit < 0.6 and not _exclusive_to_term(term, replaced, association):
        return False  # the replaced word is not what renders the term ("Shiite pilgrims" / "seven pilgrims")
    capitalised = any(w[:1].isupper() for w in words[1:]) or (
        text[:1].isupper() and not sentence_initial(pairs[index].target, text))
    if not capitalised:
        return True
    new_word = gram[position]
    if any(new_word in _ngram_words(pairs[i].target) for i in range(len(pairs)) if i != index):
        return False
    if any(phonetic_similarity(part, replaced) >= 0.75 for part in compound_parts(term.source)):
        return True  # a transliterated part (라이더 ~ Ryder) makes a capitalised word part of the term
    # a common word swapped into a capitalised name ("Global Basic Festival" for "Global Citizen
    # Festival") when the Korean says the same around the term; a proper noun (Vermont) or a
    # different Korean noun before the term (하원 / 상원 법사위원회) tells two things apart
    return is_common_word(new_word) and _same_korean_context(term, index, pairs)


#: words that open a noun phrase: a word followed by one of them is a verb (or a preposition),
#: not the head noun of a term ("prices endured a …")
_DETERMINERS = frozenset("a an the its their his her this these those our my your".split())


def _verb_in_head(rendering: tuple[str, ...], gram: tuple[str, ...], target: str, end: int) -> bool:
    """The word that replaces the head (last word) of the rendering is a verb: a past form
    in -ed, or a word followed directly by a determiner. The term's modifier is then the
    subject of a clause ("Oil endured a volatile session"), with no head noun to compare."""
    position = next(i for i in range(len(gram)) if gram[i] != rendering[i])
    if position != len(gram) - 1:
        return False
    word = re.findall(r"[A-Za-z'-]+", target[:end])[-1].lower()
    following = re.match(r"\s+([A-Za-z]+)", target[end:])
    return (word.endswith("ed") and len(word) > 4) or _irregular_verb_form(word) \
        or bool(following and following.group(1).lower() in _DETERMINERS)


#: irregular plurals of the irregular-forms table, which are nouns, not verb forms
_IRREGULAR_PLURALS = frozenset("feet teeth men women children mice geese people oxen lice".split())


def _irregular_verb_form(word: str) -> bool:
    """An irregular verb form of the English table ("grew", "rose", "fell", "sold"): "Lending
    to households grew by …" has a verb where the term's head noun would stand."""
    from ..analyse.literal import irregular_forms

    return word in irregular_forms() and word not in _IRREGULAR_PLURALS


def _modifier_outside_term(term, gram: tuple[str, ...], majority: str, source: str, term_start: int) -> bool:
    """The word of the established rendering that the variant replaces renders the Korean
    noun written right before the term in this sentence ("Internet" for 인터넷 in 인터넷
    통신업체): that word belongs to the outside noun, so another word there is no variant."""
    position = next(i for i in range(len(gram)) if gram[i] != term.rendering[i])
    if renders_noun_before(source, term_start, gram[position]):
        return True  # the variant's own word renders the noun before the term: 은행권 가계대출 "bank loans
        # to households", the term's modifier moved after its head
    words = EN_WORD.findall(majority)
    if len(words) != len(term.rendering):
        return False
    return renders_noun_before(source, term_start, words[position])


def _same_korean_context(term: RecurringTerm, index: int, pairs) -> bool:
    """The noun right before the term in pair ``index`` (or its absence) is also found before
    the term in a sentence that uses the document's rendering."""
    here = _noun_before(pairs[index].source, term.hits[index][0])
    return any(_noun_before(pairs[i].source, term.hits[i][0]) == here for i in term.rendered)


def _noun_before(text: str, start: int) -> str | None:
    from ..ko.analyser import morphemes

    previous = [t for t in morphemes(text) if t.end <= start]
    if not previous or not previous[-1].tag.startswith("NN") or text[previous[-1].end:start].strip():
        return None
    return previous[-1].form


def _exclusive_to_term(term: RecurringTerm, word: str, association) -> bool:
    """``word`` is used in two or more sentences and only in sentences with the Korean term
    ("trade" only where 무역전쟁 is): in a short document that is the rendering even when the
    Dice score is diluted by the term's other sentences."""
    if association is None:
        return False
    used = association.english.get(word, set())
    return len(used) >= 2 and used <= set(term.pairs)


def _ngram_words(text: str) -> set[str]:
    return {stem(m.group()) for m in EN_WORD.finditer(text)}


def _head_swapped(variant: str, established: str) -> bool:
    """Two renderings that differ in their head noun only, by another gloss of the same Korean
    word ('electric vehicles' / 'electric car'): edited English varies a head noun on purpose
    (car, vehicle; firm, company), where a changed modifier ('household violence' / 'domestic
    violence') is a changed term."""
    a, b = variant.lower().split(), established.lower().split()
    return len(a) == len(b) >= 2 and a[:-1] == b[:-1] and a[-1] != b[-1] and not variant[:1].isupper()


@document_rule("TQA235", "term", "major",
               "A recurring source term is rendered differently in one sentence (핵심광물: critical minerals … core minerals).",
               requires=("names", "term_lexicon", "term_recurrence"))
def recurring_term_inconsistent(document: Document, context):
    names = document.analyses.names
    pairs = names.pairs
    in_glossary = {entry.source for glossary in (getattr(context, "glossaries", None) or [])
                   for entry in glossary.entries}
    all_grams = None  # every pair's n-grams, computed when first needed
    flagged: set[tuple[str, int]] = set()  # (term, pair) already reported
    for variant in document.analyses.term_lexicon.variants:
        if variant.source in in_glossary:
            continue
        flagged.add((variant.source, variant.pair))
        yield _lexicon_finding(variant, pairs[variant.pair])
    anchored = document.analyses.term_lexicon.anchored
    for term in document.analyses.term_recurrence.recurring:
        if len(term.rendered) < 2 or term.source in in_glossary:
            continue  # the glossary rules judge glossary terms
        first = min(term.rendered)
        majority = pairs[first].target[slice(*term.rendered[first])]
        for index in term.pairs:
            if index in term.rendered:
                continue
            pair = pairs[index]
            variants = _variants_of(term.rendering, ngrams(pair.target, (len(term.rendering),)))
            # the variant must be used nowhere else in the document: an n-gram found in other
            # sentences is a term of its own ("cancer cells" next to "immune cells")
            if all_grams is None:
                all_grams = PerTarget(pairs, ngrams)  # each pair's n-grams when first read
            variants = [(g, span) for g, span in variants
                        if not used_elsewhere(g, all_grams, index)]
            if len(variants) != 1:
                continue  # none, or ambiguous
            gram, (start, end) = variants[0]
            if _verb_in_head(term.rendering, gram, pair.target, end):
                continue  # "Oil endured a volatile session": the subject's verb, not the term's head noun
            if _modifier_outside_term(term, gram, majority, pair.source, term.hits[index][0]):
                continue  # the replaced word renders the Korean noun before the term (인터넷 통신업체)
            if not _variant_is_credible(term, gram, pair.target[start:end], pairs, index, context):
                continue
            source_start, source_end = term.hits[index]
            if (term.source, index) in flagged:
                continue
            yield Finding(f"{term.source} is rendered '{pair.target[start:end]}' here but '{majority}' "
                          f"in {len(term.rendered)} other sentences",
                          source=pair.source_loc(source_start, source_end), target=pair.target_loc(start, end),
                          suggestion=majority)
    for variant in document.analyses.term_recurrence.two_mention:
        if variant.source in in_glossary or variant.source in anchored:
            continue  # the lexicon knows this term's rendering: its verdict above stands
        first, second = pairs[variant.first], pairs[variant.second]
        earlier = first.target[slice(*variant.first_span)]
        text = second.target[slice(*variant.second_span)]
        source_start, source_end = first_occurrence(second.source, variant.source)
        yield Finding(f"{variant.source} is rendered '{text}' here but '{earlier}' in its other sentence",
                      source=second.source_loc(source_start, source_end),
                      target=second.target_loc(*variant.second_span),
                      suggestion=earlier, severity="minor")


#: severity of a lexicon-anchored variant by its evidence: for a rendering established in
#: ≥ 2 other sentences, and for a two-sentence term
_VARIANT_SEVERITY = {
    "synonym": ("major", "minor"),      # another gloss of the same Korean part
    "unexplained": ("major", "minor"),  # a modifier no source word accounts for
    "order": ("minor", "minor"),        # the same words around of/for
}
_VARIANT_WHY = {"synonym": "another rendering of the same Korean word",
                "unexplained": "a modifier the Korean does not have",
                "order": "the same words in another order"}


def _lexicon_finding(variant: "LexiconVariant", pair) -> Finding:
    severity = _VARIANT_SEVERITY[variant.kind][0 if variant.uses >= 2 else 1]
    text = pair.target[slice(*variant.span)]
    if variant.kind == "synonym" and _head_swapped(text, variant.established):
        severity = "info"  # 'electric vehicles' / 'electric car': a review note
    where = f"in {variant.uses} other sentences" if variant.uses >= 2 else "in its other sentence"
    return Finding(f"{variant.source} is rendered '{text}' here ({_VARIANT_WHY[variant.kind]}) but "
                   f"'{variant.established}' {where}",
                   source=pair.source_loc(*variant.source_span), target=pair.target_loc(*variant.span),
                   suggestion=variant.established, severity=severity)


# ---------------------------------------------------------------------------
# Compound terms used in exactly two sentences: with no majority, the first rendering wins


# ---------------------------------------------------------------------------
# Lexicon-anchored renderings: which English words render which part of a Korean term
#
# Co-occurrence alone cannot tell "immune system" from "rogue cells" when both appear in
# every sentence with 면역체계; a bilingual lexicon can (면역 → immune, 체계 → system).
# ``term_glosses.tsv`` (term parts and non-compositional compounds) is read over the
# general ``glosses.tsv``; Hangul loanword parts (렌즈 ~ lens) are matched phonetically.


