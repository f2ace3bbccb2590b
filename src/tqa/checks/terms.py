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
  (:func:`lexicon_variants`): where a recurring term's established rendering ("immune
  system", each word rendering a part: 면역 immune, 체계 system) is absent and a variant is
  present — a modifier no word of the Korean sentence accounts for ("central system",
  major), another gloss of the same Korean part ("core minerals" for "critical minerals",
  major), or the same words in another order ("system of immunity", minor). Terms in two
  sentences only give minor findings with lower confidence.

:func:`analyse_terms` computes, once per document (``context.cache``), the renderings of
abbreviation compounds, organisations, recurring compound terms and glossary terms;
it adds their rows to the names table.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..document import Document
from ..en.names import capitalised_spans
from ..ko.names import ABBREVIATIONS, EXONYMS
from ..ko.romanize import phonetic_similarity, rendering_key, romanize, syllable_variants
from .names import analyse_document, is_word_respelling, names_table
from .registry import Finding, document_rule, pair_rule

_CACHE_KEY = "terms.analysis"
_COMPACT_SEPARATOR = r"\s*[-\u2010\u2011\u2013/·]\s*"
_LOOSE_SEPARATOR = r"(?:\s*[-\u2010\u2011\u2013\u2014/·]\s*|,\s*(?:the\s+)?|,?\s+and\s+(?:the\s+)?)"

#: English head words expected for an organisation suffix.
ORG_HEADS = {
    "연구원": ("Institute", "Research"), "연구소": ("Institute", "Research", "Center", "Centre", "Laboratory"),
    "위원회": ("Commission", "Committee", "Council", "Board"), "대학교": ("University",), "대학": ("University", "College"),
    "재단": ("Foundation",), "협회": ("Association", "Federation", "Society"), "은행": ("Bank",),
    "공사": ("Corporation",), "공단": ("Corporation", "Agency", "Service"), "연구센터": ("Center", "Centre"),
    "부": ("Ministry", "Department"), "청": ("Agency", "Administration", "Office", "Service"),
}


@dataclass
class TermRendering:
    text: str
    start: int
    end: int
    pair: int
    #: for compounds: which component alternatives were used (romanised ones flagged)
    components: tuple[str, ...] = ()
    romanised: tuple[int, ...] = ()
    compact: bool = False


@dataclass
class TermMention:
    pair: int
    source: str
    kind: str  # "abbrev" | "org"
    start: int
    end: int
    renderings: list[TermRendering] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Country-abbreviation compounds (한미일)


@lru_cache(maxsize=256)
def _romanised_forms(syllable: str) -> tuple[str, ...]:
    return tuple(v.capitalize() for v in syllable_variants(syllable)[:6])


@lru_cache(maxsize=512)
def compound_pattern(parts: tuple[str, ...]) -> re.Pattern:
    """Matches an English rendering of a compound such as 한미일: "South Korea-US-Japan",
    "Korea, the US and Japan" — and romanised slips ("Han-US-Japan")."""
    groups = []
    for index, part in enumerate(parts):
        options = sorted(set(ABBREVIATIONS[part]) | set(_romanised_forms(part)), key=len, reverse=True)
        alternation = "|".join(re.escape(o) for o in options)
        groups.append(f"(?P<c{index}>{alternation})")
    body = _LOOSE_SEPARATOR.join(groups)
    # "Korea-US" inside "North Korea-US" is another compound (북미), not a rendering of 한미
    return re.compile(rf"(?<![\w.])(?<!North )(?<!South ){body}(?![a-z])")


def compound_renderings(parts: tuple[str, ...], target: str, pair: int) -> list[TermRendering]:
    renderings = []
    for match in compound_pattern(parts).finditer(target):
        components = tuple(match.group(f"c{i}") for i in range(len(parts)))
        romanised = tuple(i for i, (part, used) in enumerate(zip(parts, components))
                          if used not in ABBREVIATIONS[part])
        between = [target[match.end(f"c{i}"):match.start(f"c{i + 1}")] for i in range(len(parts) - 1)]
        compact = all(re.fullmatch(_COMPACT_SEPARATOR, gap) for gap in between)
        renderings.append(TermRendering(match.group(), match.start(), match.end(), pair, components,
                                        romanised, compact))
    return renderings


# ---------------------------------------------------------------------------
# Organisations


def _org_heads(org: str) -> tuple[str, ...]:
    for suffix in sorted(ORG_HEADS, key=len, reverse=True):
        if org.endswith(suffix):
            return ORG_HEADS[suffix]
    return ()


def org_renderings(org: str, target: str, pair: int) -> list[TermRendering]:
    """Capitalised spans of ``target`` headed by the English word the suffix calls for
    (연구원 → Institute …). Returns nothing when the choice is ambiguous (two spans)."""
    heads = _org_heads(org)
    if not heads:
        return []
    found = []
    for span in capitalised_spans(target):
        words = list(span.words)
        if not any(w in heads for w in words) or len(words) < 2:
            continue
        start = span.start
        while words and words[0] in ("The", "the", "A", "An"):
            start = target.index(words[1], start) if len(words) > 1 else start
            words = words[1:]
        end = span.end
        # "Ministry of Trade, Industry and Energy": a list of capitalised words joined by commas
        listed = re.search(r"\b(?:Ministry|Department|Committee|Commission) (?:of|for|on) ", target[start:end]) and re.match(r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)*)*,? and [A-Z][\w-]*(?: [A-Z][\w-]*)*", target[end:])
        if listed:
            end += listed.end()
        found.append(TermRendering(target[start:end], start, end, pair))
    return found if len(found) == 1 else []


# ---------------------------------------------------------------------------
# The analysis


@dataclass
class TermsAnalysis:
    mentions: list[TermMention]

    def by_source(self, kind: str) -> dict[str, list[TermMention]]:
        groups: dict[str, list[TermMention]] = defaultdict(list)
        for mention in self.mentions:
            if mention.kind == kind:
                groups[mention.source].append(mention)
        return groups


def analyse_terms(document: Document, context=None) -> TermsAnalysis:
    """Term mentions with their renderings, once per document; adds rows to the names table."""
    cache = context.cache if context is not None else {}
    cached = cache.get(_CACHE_KEY)
    if cached is not None and cached[0] is document:
        return cached[1]
    names = analyse_document(document, context)
    mentions = []
    for mention in names.mentions:
        pair = names.pairs[mention.pair]
        name = mention.name
        if name.kind == "abbrev":
            found = compound_renderings(name.parts, pair.target, mention.pair)
        elif name.kind == "org":
            found = org_renderings(name.text, pair.target, mention.pair)
        else:
            continue
        mentions.append(TermMention(mention.pair, name.text, name.kind, name.start, name.end, found))
    analysis = TermsAnalysis(mentions)
    cache[_CACHE_KEY] = (document, analysis)
    cache["terms.table_rows"] = _table_rows(analysis, names.pairs, context)
    document.tables["names"] = names_table(names, cache)
    return analysis


def _table_rows(analysis: TermsAnalysis, pairs, context) -> list[dict]:
    rows = []
    for kind in ("abbrev", "org"):
        for source, mentions in analysis.by_source(kind).items():
            counts: Counter = Counter()
            segments: dict[str, set[int]] = defaultdict(set)
            seen: set[tuple[int, int]] = set()
            for mention in mentions:
                for rendering in mention.renderings:
                    if (rendering.pair, rendering.start) in seen:
                        continue
                    seen.add((rendering.pair, rendering.start))
                    counts[rendering.text] += 1
                    segments[rendering.text].add(pairs[rendering.pair].target_loc(rendering.start, rendering.end).segment)
            if kind == "org" and not counts:
                continue
            rows.append({"source": source, "kind": "term" if kind == "abbrev" else "org",
                         "source_segments": sorted({s for m in mentions for s in pairs[m.pair].link.source}),
                         "renderings": [{"text": t, "count": c, "target_segments": sorted(segments[t])}
                                        for t, c in counts.most_common()]})
    for term in recurring_terms(pairs[0].document, context) if pairs else []:
        counts, segments = Counter(), defaultdict(set)
        for index, (start, end) in term.rendered.items():
            text = pairs[index].target[start:end]
            counts[text] += 1
            segments[text].add(pairs[index].target_loc(start, end).segment)
        rows.append({"source": term.source, "kind": "term",
                     "source_segments": sorted({s for i in term.pairs for s in pairs[i].link.source}),
                     "renderings": [{"text": t, "count": c, "target_segments": sorted(segments[t])}
                                    for t, c in counts.most_common()]})
    for glossary in getattr(context, "glossaries", None) or []:
        # one pass over the pairs (each pair's matches found once), grouped by entry
        pairs_of_entry: dict[int, list] = defaultdict(list)
        for pair in pairs:
            for entry_id in dict.fromkeys(id(entry) for entry, _, _ in glossary.source_matches(pair.source)):
                pairs_of_entry[entry_id].append(pair)
        for entry in glossary.entries:
            hit_pairs = pairs_of_entry.get(id(entry))
            if not hit_pairs:
                continue
            counts, segments, source_segments = Counter(), defaultdict(set), set()
            for pair in hit_pairs:
                source_segments.update(pair.link.source)
                for term in entry.targets + entry.forbidden:
                    for start, end in glossary.find_english(term, pair.target):
                        counts[pair.target[start:end]] += 1
                        segments[pair.target[start:end]].add(pair.target_loc(start, end).segment)
            rows.append({"source": entry.source, "kind": "glossary", "source_segments": sorted(source_segments),
                         "renderings": [{"text": t, "count": c, "target_segments": sorted(segments[t])}
                                        for t, c in counts.most_common()]})
    return rows


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
                      source=pair.source_loc(start, end), suggestion=entry.preferred, confidence=0.8)


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
                              suggestion=suggestion, confidence=0.9)


# ---------------------------------------------------------------------------
# Romanised instead of translated


def _zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # wordfreq is optional: without it only exonyms and compounds are checked
        return 9.0
    return zipf_frequency(word, "en")


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
               "Romanised Korean where a translation was due (Han-US-Japan, Bukhan).")
def romanised_term(document: Document, context):
    names = analyse_document(document, context)
    terms = analyse_terms(document, context)
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
                          target=pair.target_loc(rendering.start, rendering.end), suggestion=fixed,
                          confidence=0.9)
    person_spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in names.mentions:
        person_spans[mention.pair].extend((r.start, r.end) for r in mention.renderings)
    for index, pair in enumerate(names.pairs):
        yield from _romanised_words(pair, person_spans.get(index, []))


def _fix_compound(rendering: TermRendering, source: str, terms: TermsAnalysis) -> str:
    """The document's majority clean rendering of the compound, else one built from defaults."""
    clean = Counter(r.text for m in terms.by_source("abbrev").get(source, []) for r in m.renderings
                    if not r.romanised and r.compact)
    if clean:
        return clean.most_common(1)[0][0]
    parts = [rendering.components[i] if i not in rendering.romanised else ABBREVIATIONS[source[i]][0]
             for i in range(len(source))]
    return "-".join(parts)


def _romanised_words(pair, person_spans: list[tuple[int, int]]):
    """Target words equal to a romanisation of a source word that has a standard translation
    (``person_spans``: target spans of the pair's name renderings, never flagged)."""
    if not pair.target.strip():
        return
    candidates: dict[str, tuple[str, int, int, str]] = {}
    for korean in TRANSLATED_TERMS:
        start = pair.source.find(korean)
        if start >= 0:
            for key in _romanisation_keys(korean):
                candidates[key] = (korean, start, start + len(korean), "country")
    for match in _LATIN_WORD.finditer(pair.target):
        word = match.group()
        key = word.lower()
        if key not in candidates or any(s <= match.start() < e for s, e in person_spans):
            continue
        korean, start, end, kind = candidates[key]
        accepted = {rendering_key(r) for r in TRANSLATED_TERMS[korean]}
        if key in accepted or _zipf(word) >= 3.0:
            continue
        suggestion = TRANSLATED_TERMS[korean][0]
        yield Finding(f"'{word}' romanises {korean} instead of translating it",
                      source=pair.source_loc(start, end), target=pair.target_loc(match.start(), match.end()),
                      suggestion=suggestion, confidence=0.85)


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
               "One source term is rendered several ways in the document (한미일: South Korea-US-Japan / Korea-US-Japan).")
def term_inconsistent(document: Document, context):
    names = analyse_document(document, context)
    terms = analyse_terms(document, context)
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
                          target=pair.target_loc(rendering.start, rendering.end), suggestion=majority,
                          confidence=0.7)
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
            yield Finding(f"{source} is rendered '{text}' here but '{majority}' elsewhere",
                          source=pair.source_loc(mention.start, mention.end),
                          target=pair.target_loc(rendering.start, rendering.end), suggestion=majority,
                          confidence=0.65)


_FUNCTION_WORDS = {"of", "for", "on", "in", "at", "and", "the", "to"}


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
    if not any(_renders_part(part, old) for part in parts) or any(_renders_part(part, new) for part in parts):
        return False
    if not new.isalpha() or new.lower() in _STOPWORDS:
        return False
    if word_root(new) in _source_roots(pair.source, mention.start, mention.end):
        return False  # the new word renders another word of the sentence
    return not _transliterates_source_word(pair.source, mention.start, mention.end, new)


@document_rule("TQA234", "term", "major",
               "Two different source terms are collapsed into one rendering (통일부 and 통일연구원 → Ministry of Unification).")
def terms_collapsed(document: Document, context):
    names = analyse_document(document, context)
    terms = analyse_terms(document, context)
    by_rendering: dict[str, dict[str, list[tuple[TermMention, TermRendering]]]] = defaultdict(lambda: defaultdict(list))
    for source, mentions in terms.by_source("org").items():
        for mention in mentions:
            for rendering in mention.renderings:
                by_rendering[rendering.text.lower()][source].append((mention, rendering))
    # an organisation with no rendering of its own whose sentence carries another one's name
    renderings_of = {source: Counter(r.text for m in mentions for r in m.renderings)
                     for source, mentions in terms.by_source("org").items()}
    for source, mentions in terms.by_source("org").items():
        heads = _org_heads(source)
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
                                  target=pair.target_loc(start, start + len(rendering)), confidence=0.6)
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
                yield Finding(f"{source} and {owner} are both rendered '{rendering.text}'",
                              source=pair.source_loc(mention.start, mention.end),
                              target=pair.target_loc(rendering.start, rendering.end), confidence=0.6)


# ---------------------------------------------------------------------------
# Recurring compound terms (핵심광물 → "critical minerals" … "core minerals")

_STOPWORDS = frozenset("""
a an the of for to in on at by with from and or but as is are was were be been being that this these those it its
their his her our your my they he she we you i not no so than then there here which who whom whose what when where
how why also more most very such into over under about after before between said says will would can could may
might must should has have had do does did up out
ever first second third fourth last next new other same own many much few one two three four five each every
all any some former recent latest current previous big small great good high low early late just only
six seven eight nine ten dozen hundred thousand million billion
""".split())
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z\-']*")
#: a source term must recur in this many aligned pairs before its rendering is inferred
MIN_PAIRS = 3


def compound_terms(text: str, min_chars: int = 3) -> list[tuple[str, int, int]]:
    """Noun compounds written as one word (핵심광물 = 핵심+광물) of at least ``min_chars``
    syllables, with their offsets. The parts are :func:`compound_parts`."""
    from ..ko.analyser import morphemes

    terms, run = [], []
    for token in list(morphemes(text)) + [None]:
        if token is not None and token.tag == "NNG" and (not run or token.start == run[-1].end):
            run.append(token)
            continue
        if len(run) >= 2 and run[-1].end - run[0].start >= min_chars:
            terms.append((text[run[0].start:run[-1].end], run[0].start, run[-1].end))
        run = [token] if token is not None and token.tag == "NNG" else []
    return terms


def compound_parts(term: str) -> tuple[str, ...]:
    from ..ko.analyser import morphemes

    return tuple(t.form for t in morphemes(term) if t.tag.startswith("NN"))


def _stem(word: str) -> str:
    word = word.lower().strip("'")
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _ngrams(text: str, sizes=(2, 3)) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Content n-grams of an English text (stemmed words) → their character spans."""
    words = [(m.start(), m.end(), _stem(m.group())) for m in _EN_WORD.finditer(text)]
    stems = [w for _, _, w in words]
    # broken[i]: punctuation (not just spaces) between word i and word i + 1
    broken = [bool(text[words[i][1]:words[i + 1][0]].strip()) for i in range(len(words) - 1)]
    grams: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for size in sizes:
        for i in range(len(words) - size + 1):
            last = i + size - 1
            if stems[i] in _STOPWORDS or stems[last] in _STOPWORDS:
                continue
            if any(broken[i:last]):
                continue  # punctuation between the words
            grams[tuple(stems[i:last + 1])].append((words[i][0], words[last][1]))
    return grams


class _WordAssociation:
    """Dice association between Korean noun morphemes and English word stems over the
    document's pairs: which English words go with 면역 (immune) rather than 세포 (cell)."""

    def __init__(self, pairs):
        from ..ko.analyser import morphemes

        self.korean: dict[str, set[int]] = defaultdict(set)
        self.english: dict[str, set[int]] = defaultdict(set)
        self._best: dict[str, float] = {}
        #: pair → the Korean nouns in it (to find the nouns an English word co-occurs with)
        self._korean_in: dict[int, list[str]] = defaultdict(list)
        for index, pair in enumerate(pairs):
            for token in morphemes(pair.source):
                if token.tag.startswith("NN"):
                    self.korean[token.form].add(index)
                    self._korean_in[index].append(token.form)
            for match in _EN_WORD.finditer(pair.target):
                self.english[_stem(match.group())].add(index)

    def dice(self, korean: str, english: str) -> float:
        a, b = self.korean.get(korean, set()), self.english.get(english, set())
        return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0

    def best(self, english: str) -> float:
        """The strongest association of an English word with any Korean morpheme."""
        if english not in self._best:
            # only nouns sharing a pair with the word have a non-zero Dice score
            sharing = {korean for index in self.english.get(english, ()) for korean in self._korean_in[index]}
            self._best[english] = max((self.dice(korean, english) for korean in sharing), default=0.0)
        return self._best[english]

    def fit(self, parts: tuple[str, ...], english: str) -> float:
        """How well ``english`` renders one of ``parts``; halved when another Korean word
        claims it more strongly (competitive linking: "cells" belongs to 세포, not 면역)."""
        score = max((self.dice(part, english) for part in parts), default=0.0)
        return score if score >= self.best(english) - 0.05 else score / 2


@dataclass
class RecurringTerm:
    source: str
    rendering: tuple[str, ...]
    pairs: list[int]
    hits: dict[int, tuple[int, int]]      # pair → source offsets of the term
    rendered: dict[int, tuple[int, int]]  # pair → target span of the rendering


def recurring_terms(document: Document, context=None) -> list[RecurringTerm]:
    """Compound terms recurring in ≥ MIN_PAIRS pairs and the English n-gram that renders them
    in most of those pairs (cached per document)."""
    cache = context.cache if context is not None else {}
    cached = cache.get("terms.recurring")
    if cached is not None and cached[0] is document:
        return cached[1]
    pairs = list(document.pairs())
    occurrences = term_occurrences(pairs)
    association = _WordAssociation(pairs)
    result = infer_renderings(pairs, occurrences, association, MIN_PAIRS)
    cache["terms.recurring"] = (document, result)
    cache["terms.association"] = association
    cache["terms.occurrences"] = occurrences
    return result


def term_occurrences(pairs) -> dict[str, dict[int, tuple[int, int]]]:
    """Compound term → {pair index: source offsets of its first occurrence in that pair}."""
    occurrences: dict[str, dict[int, tuple[int, int]]] = defaultdict(dict)
    for index, pair in enumerate(pairs):
        for term, start, end in compound_terms(pair.source):
            occurrences[term].setdefault(index, (start, end))
    return occurrences


def infer_renderings(pairs, occurrences, association: "_WordAssociation", min_pairs: int) -> list[RecurringTerm]:
    """For each term in ≥ ``min_pairs`` pairs, the English n-gram found in most (≥ half, ≥ 2)
    of its pairs, rarely outside them, whose words are associated with the term's parts."""
    grams = [_ngrams(pair.target) for pair in pairs]
    #: n-gram → number of pairs whose target has it
    pairs_with: Counter = Counter(gram for g in grams for gram in g)
    result = []
    for term, hits in occurrences.items():
        if len(hits) < min_pairs:
            continue
        parts = compound_parts(term)
        inside: Counter = Counter()
        for index in hits:
            inside.update(grams[index].keys())
        best, best_key = None, None
        for gram, count in inside.items():
            outside = pairs_with[gram] - count  # ``count`` pairs among the hits have it
            if count < 2 or count < 0.5 * len(hits) or outside > count:
                continue
            # how strongly each English word goes with some part of the Korean term
            fit = sum(association.fit(parts, word) for word in gram) / len(gram)
            key = (count / len(hits) / 2 + fit, len(gram))
            if best_key is None or key > best_key:
                best, best_key = gram, key
        if best is None:
            continue
        rendered = {i: grams[i][best][0] for i in hits if best in grams[i]}
        result.append(RecurringTerm(term, best, sorted(hits), hits, rendered))
    return result


def _one_word_changes(reference: tuple[str, ...], grams):
    """(n-gram, its spans, position) for each n-gram of ``grams`` as long as ``reference``
    that differs from it in exactly one word."""
    for gram, spans in grams.items():
        if len(gram) != len(reference) or gram == reference:
            continue
        differing = [i for i in range(len(gram)) if gram[i] != reference[i]]
        if len(differing) == 1:
            yield gram, spans, differing[0]


def _used_elsewhere(gram: tuple[str, ...], all_grams: list, index: int) -> bool:
    """``gram`` occurs in the target of a pair other than ``index``."""
    return any(gram in grams for other, grams in enumerate(all_grams) if other != index)


def _variants_of(rendering: tuple[str, ...], grams) -> list[tuple[tuple[str, ...], tuple[int, int]]]:
    """N-grams of one target that differ from ``rendering`` in exactly one content word."""
    found = []
    for gram, spans, position in _one_word_changes(rendering, grams):
        word = gram[position]
        if word in _STOPWORDS or not word.isalpha() or len(word) < 3:
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
    association = (context.cache if context is not None else {}).get("terms.association")
    replaced = term.rendering[position]
    fit = association.fit(compound_parts(term.source), replaced) if association else 0.0
    if fit < 0.6 and not _exclusive_to_term(term, replaced, association):
        return False  # the replaced word is not what renders the term ("Shiite pilgrims" / "seven pilgrims")
    capitalised = any(w[:1].isupper() for w in words[1:]) or (
        text[:1].isupper() and not _sentence_initial(pairs[index].target, text))
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
    return _is_common_word(new_word) and _same_korean_context(term, index, pairs)


#: a word at least this frequent (wordfreq Zipf scale) is a common word, not a proper noun
COMMON_WORD_ZIPF = 4.3


def _is_common_word(word: str) -> bool:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # without word frequencies a capitalised variant is never accepted
        return False
    return zipf_frequency(word, "en") >= COMMON_WORD_ZIPF


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


def _starts_sentence(target: str, start: int) -> bool:
    """True when ``start`` is at the beginning of a sentence of ``target``."""
    return target[:start].rstrip()[-1:] in ("", ".", "!", "?", "\"", "'", "“", "‘", ":")


def _sentence_initial(target: str, text: str) -> bool:
    start = target.find(text)
    return start <= 0 or target[:start].rstrip()[-1:] in ".!?\"'“‘:"


def _ngram_words(text: str) -> set[str]:
    return {_stem(m.group()) for m in _EN_WORD.finditer(text)}


@document_rule("TQA235", "term", "major",
               "A recurring source term is rendered differently in one sentence (핵심광물: critical minerals … core minerals).")
def recurring_term_inconsistent(document: Document, context):
    names = analyse_document(document, context)
    pairs = names.pairs
    in_glossary = {entry.source for glossary in (getattr(context, "glossaries", None) or [])
                   for entry in glossary.entries}
    all_grams = None  # every pair's n-grams, computed when first needed
    flagged: set[tuple[str, int]] = set()  # (term, pair) already reported
    for variant in lexicon_variants(document, context):
        if variant.source in in_glossary:
            continue
        flagged.add((variant.source, variant.pair))
        yield _lexicon_finding(variant, pairs[variant.pair])
    anchored = (context.cache if context is not None else {}).get("terms.lexicon_anchored", set())
    for term in recurring_terms(document, context):
        if len(term.rendered) < 2 or term.source in in_glossary:
            continue  # the glossary rules judge glossary terms
        first = min(term.rendered)
        majority = pairs[first].target[slice(*term.rendered[first])]
        for index in term.pairs:
            if index in term.rendered:
                continue
            pair = pairs[index]
            variants = _variants_of(term.rendering, _ngrams(pair.target, (len(term.rendering),)))
            # the variant must be used nowhere else in the document: an n-gram found in other
            # sentences is a term of its own ("cancer cells" next to "immune cells")
            if all_grams is None:
                all_grams = [_ngrams(p.target) for p in pairs]
            variants = [(g, span) for g, span in variants
                        if not _used_elsewhere(g, all_grams, index)]
            if len(variants) != 1:
                continue  # none, or ambiguous
            gram, (start, end) = variants[0]
            if not _variant_is_credible(term, gram, pair.target[start:end], pairs, index, context):
                continue
            source_start, source_end = term.hits[index]
            if (term.source, index) in flagged:
                continue
            yield Finding(f"{term.source} is rendered '{pair.target[start:end]}' here but '{majority}' "
                          f"in {len(term.rendered)} other sentences",
                          source=pair.source_loc(source_start, source_end), target=pair.target_loc(start, end),
                          suggestion=majority, confidence=0.7)
    for variant in two_mention_variants(document, context):
        if variant.source in in_glossary or variant.source in anchored:
            continue  # the lexicon knows this term's rendering: its verdict above stands
        first, second = pairs[variant.first], pairs[variant.second]
        earlier = first.target[slice(*variant.first_span)]
        text = second.target[slice(*variant.second_span)]
        source_start, source_end = _first_occurrence(second.source, variant.source)
        yield Finding(f"{variant.source} is rendered '{text}' here but '{earlier}' in its other sentence",
                      source=second.source_loc(source_start, source_end),
                      target=second.target_loc(*variant.second_span),
                      suggestion=earlier, confidence=0.55, severity="minor")


#: (severity, confidence) of a lexicon-anchored variant by its evidence; the first value is
#: for a rendering established in ≥ 2 other sentences, the second for a two-sentence term
_VARIANT_EVIDENCE = {
    "synonym": (("major", 0.75), ("minor", 0.6)),      # another gloss of the same Korean part
    "unexplained": (("major", 0.65), ("minor", 0.5)),  # a modifier no source word accounts for
    "order": (("minor", 0.55), ("minor", 0.45)),       # the same words around of/for
}
_VARIANT_WHY = {"synonym": "another rendering of the same Korean word",
                "unexplained": "a modifier the Korean does not have",
                "order": "the same words in another order"}


def _lexicon_finding(variant: "LexiconVariant", pair) -> Finding:
    severity, confidence = _VARIANT_EVIDENCE[variant.kind][0 if variant.uses >= 2 else 1]
    text = pair.target[slice(*variant.span)]
    where = f"in {variant.uses} other sentences" if variant.uses >= 2 else "in its other sentence"
    return Finding(f"{variant.source} is rendered '{text}' here ({_VARIANT_WHY[variant.kind]}) but "
                   f"'{variant.established}' {where}",
                   source=pair.source_loc(*variant.source_span), target=pair.target_loc(*variant.span),
                   suggestion=variant.established, confidence=confidence, severity=severity)


def _first_occurrence(text: str, term: str) -> tuple[int, int]:
    start = text.find(term)
    return start, start + len(term)


# ---------------------------------------------------------------------------
# Compound terms used in exactly two sentences: with no majority, the first rendering wins


@dataclass
class TwoMentionVariant:
    source: str
    first: int                      # pair of the first mention
    second: int                     # pair of the second mention
    first_span: tuple[int, int]     # target span of the first rendering
    second_span: tuple[int, int]    # target span of the differing rendering


def two_mention_variants(document: Document, context=None) -> list[TwoMentionVariant]:
    """Compound terms in exactly two sentences whose renderings there are n-grams differing in
    one modifier ("trade war" … "tariff war"; the last word, the head, is shared), the shared words associated with the term, the
    differing words and both n-grams used nowhere else in the document, and only one such
    difference between the two sentences."""
    recurring_terms(document, context)
    cache = context.cache if context is not None else {}
    pairs = list(document.pairs())
    occurrences = cache.get("terms.occurrences")
    association = cache.get("terms.association")
    if occurrences is None or association is None:  # no shared cache: recompute
        occurrences, association = term_occurrences(pairs), _WordAssociation(pairs)
    found = []
    for term, hits in occurrences.items():
        if len(hits) != 2:
            continue
        first, second = sorted(hits)
        if _another_term_in(term, [pairs[first].source, pairs[second].source]):
            continue  # the n-gram may render the other term (외무장관회의 / 지역안보포럼 "security forum")
        variant = _single_difference(term, pairs[first].target, pairs[second].target, {first, second}, association)
        if variant is not None and not _renders_other_source_word(term, pairs[second], variant[1]):
            found.append(TwoMentionVariant(term, first, second, *variant))
    return found


def _renders_other_source_word(term: str, pair, span: tuple[int, int]) -> bool:
    """A word of the target ``span`` renders a Korean word of the sentence outside the term
    (학교 폭력 → "school violence"), per the term lexicon."""
    start, end = _first_occurrence(pair.source, term)
    if start < 0:
        return False
    roots = _source_roots(pair.source, start, end)
    return any(word_root(w) in roots for _, _, w in _target_words(pair.target[span[0]:span[1]]))


def _another_term_in(term: str, sources: list[str]) -> bool:
    """Another compound term in one of the sentences: with two sentences the association
    cannot tell which of them an n-gram renders."""
    return any(other != term for source in sources for other, _, _ in compound_terms(source))


def _single_difference(term: str, first_text: str, second_text: str, both: set[int], association):
    parts = compound_parts(term)
    # two-word renderings only: a modifier and its head ("trade war")
    first_grams, second_grams = _ngrams(first_text, (2,)), _ngrams(second_text, (2,))
    differences: dict[tuple[str, str], tuple[tuple[int, int], tuple[int, int], int]] = {}
    for gram, spans in first_grams.items():
        if gram in second_grams:
            continue
        for other, other_spans in second_grams.items():
            if len(other) != len(gram) or other in first_grams:
                continue
            differing = [i for i in range(len(gram)) if gram[i] != other[i]]
            if len(differing) != 1:
                continue
            position = differing[0]
            if position == len(gram) - 1:
                continue  # the head noun must be shared: "poll showed" / "poll released" is not a term
            old, new = gram[position], other[position]
            if not _modifier_like(old) or not _modifier_like(new):
                continue  # "favoring bananas" / "benefit bananas": a verb, not a term's modifier
            if not association.english.get(new, set()) <= both:
                continue  # the new word is used elsewhere: not a slip in this term's rendering
            if any(association.fit(parts, word) < 0.6 for i, word in enumerate(gram) if i != position):
                continue  # the shared words must render the term
            if max(association.dice(part, old) for part in parts) < 0.4:
                continue  # and so must the replaced word, if more loosely (it is in one sentence only)
            if not _lowercase_at(first_text, spans[0], position) or not _lowercase_at(second_text, other_spans[0], position):
                continue  # a capitalised word may name something else (Vermont / Maine senators)
            key = (old, new)
            if key not in differences or len(gram) < differences[key][2]:
                differences[key] = (spans[0], other_spans[0], len(gram))
    if len(differences) != 1:
        return None  # no difference, or several (a paraphrase, not a swapped word)
    first_span, second_span, _ = next(iter(differences.values()))
    return first_span, second_span


def _plain_word(stem: str) -> bool:
    return stem.isalpha() and len(stem) >= 3 and stem not in _STOPWORDS


def _modifier_like(stem: str) -> bool:
    """A plain word that is not a verb form in -ing/-ed (those precede nouns as verbs)."""
    return _plain_word(stem) and not stem.endswith(("ing", "ed"))


def _lowercase_at(text: str, span: tuple[int, int], position: int) -> bool:
    words = _EN_WORD.findall(text[span[0]:span[1]])
    return position < len(words) and words[position].islower()


# ---------------------------------------------------------------------------
# Lexicon-anchored renderings: which English words render which part of a Korean term
#
# Co-occurrence alone cannot tell "immune system" from "rogue cells" when both appear in
# every sentence with 면역체계; a bilingual lexicon can (면역 → immune, 체계 → system).
# ``term_glosses.tsv`` (term parts and non-compositional compounds) is read over the
# general ``glosses.tsv``; Hangul loanword parts (렌즈 ~ lens) are matched phonetically.

TERM_GLOSSES_PATH = Path(__file__).resolve().parent.parent / "data" / "term_glosses.tsv"
#: function words allowed inside a rendering ("Ministry of Justice")
_INNER_WORDS = frozenset({"of", "for", "on", "and", "the", "in", "against"})
#: phonetic similarity at which an English word renders a Hangul loanword part
LOANWORD_SIMILARITY = 0.65
_DERIVATIONAL = ("ities", "ity", "ical", "ial", "ary", "ion", "ions", "ive", "ment", "al", "ic", "ly", "y", "e")


@lru_cache(maxsize=65536)
def word_root(word: str) -> str:
    """A loose root shared by inflected and derived forms: immune/immunity → immun,
    attempted/attempt → attempt, judicial/judiciary → judici, minerals → mineral."""
    word = word.lower().strip("'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            word = word[: -len(suffix)] + replacement
            break
    else:
        if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
            word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for suffix in _DERIVATIONAL:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1)
def term_lexicon() -> dict[str, frozenset[tuple[str, ...]]]:
    """Korean word → its English renderings, each a tuple of word roots (function words
    dropped): 면역 → {(immun,)}, 법무장관 → {(attorney, general), (justice, minister) …}."""
    from ..ko.expressions import GLOSSES_PATH, parse_glosses

    table: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for path in (GLOSSES_PATH, TERM_GLOSSES_PATH):
        if not path.exists():
            continue
        entries, _ = parse_glosses(path.read_text(encoding="utf-8"))
        for korean, glosses in entries.items():
            for gloss in glosses:
                roots = tuple(word_root(w) for w in _EN_WORD.findall(gloss) if w.lower() not in _STOPWORDS)
                if roots:
                    table[korean].add(roots)
    return {korean: frozenset(renderings) for korean, renderings in table.items()}


@lru_cache(maxsize=8192)
def _part_roots(part: str) -> frozenset[str]:
    """Every word root of every rendering of one Korean part."""
    return frozenset(root for rendering in term_lexicon().get(part, ()) for root in rendering)


@lru_cache(maxsize=65536)
def _renders_part(part: str, word: str) -> bool:
    """``word`` (an English word) renders the Korean ``part``: a lexicon gloss, or for a
    loanword part with no entry, a phonetic match (렌즈 ~ lens, 바디 ~ body)."""
    roots = _part_roots(part)
    if roots:
        return word_root(word) in roots
    return len(part) >= 2 and phonetic_similarity(part, word) >= LOANWORD_SIMILARITY


@dataclass
class AnchoredRendering:
    """A target n-gram that the lexicon explains as a rendering of a term."""
    roots: tuple[str, ...]        # roots of all its words, function words included
    span: tuple[int, int]
    covered: int                  # how many parts of the term it renders (all, for a whole gloss)


def _target_words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _EN_WORD.finditer(text)]


def _runs(words, size: int):
    """Word windows of ``size`` with no punctuation between the words, not starting or
    ending with a function word and with only :data:`_INNER_WORDS` inside."""
    for i in range(len(words) - size + 1):
        window = words[i:i + size]
        if window[0][2].lower() in _STOPWORDS or window[-1][2].lower() in _STOPWORDS:
            continue
        if any(w[2].lower() in _STOPWORDS and w[2].lower() not in _INNER_WORDS for w in window[1:-1]):
            continue
        yield i, window


def anchored_renderings(term: str, parts: tuple[str, ...], target: str) -> list[AnchoredRendering]:
    """N-grams of ``target`` the lexicon explains as renderings of ``term``: a whole-term
    gloss (법무장관 → Attorney General), or 2–4 words each rendering some part and together
    at least two different parts (면역체계 → immune system)."""
    whole = term_lexicon().get(term, frozenset())
    words = _target_words(target)
    found = []
    for size in (1, 2, 3, 4):
        for i, window in _runs(words, size):
            if any(target[a[1]:b[0]].strip() for a, b in zip(window, window[1:])):
                continue  # punctuation between the words
            roots = tuple(word_root(w[2]) for w in window)
            content = tuple(r for r, w in zip(roots, window) if w[2].lower() not in _STOPWORDS)
            span = (window[0][0], window[-1][1])
            if content in whole:
                found.append(AnchoredRendering(roots, span, len(parts)))
                continue
            if size < 2 or len(parts) < 2:
                continue
            covered: set[int] = set()
            for _, _, word in window:
                if word.lower() in _STOPWORDS:
                    continue
                rendered = {k for k, part in enumerate(parts) if _renders_part(part, word)}
                if not rendered:
                    break
                covered |= rendered
            else:
                if len(covered) >= 2:
                    found.append(AnchoredRendering(roots, span, len(covered)))
    return found


def _best_anchored(found: list[AnchoredRendering]) -> AnchoredRendering | None:
    """The rendering covering most parts, then the longest."""
    return max(found, key=lambda r: (r.covered, r.span[1] - r.span[0]), default=None)


@dataclass
class LexiconVariant:
    """A sentence where a recurring term's established rendering is absent and a variant
    of it is used."""
    source: str
    pair: int
    source_span: tuple[int, int]
    span: tuple[int, int]           # target span of the variant
    established: str               # the established rendering's text (its first use)
    uses: int                      # sentences using the established rendering
    kind: str                      # "synonym" | "unexplained" | "order"


def lexicon_variants(document: Document, context=None) -> list[LexiconVariant]:
    """For each compound term in ≥ 2 sentences whose rendering the lexicon anchors, the
    sentences with the term where that rendering is missing and a near variant is present:
    one word replaced (a modifier, or the head by another gloss of the same Korean part),
    or the words reordered around of/for ("system of immunity")."""
    pairs = list(document.pairs())
    occurrences = _lexicon_occurrences(pairs)
    anchored: set[str] = set()  # terms whose rendering the lexicon established
    if context is not None:
        context.cache["terms.lexicon_anchored"] = anchored
    found = []
    all_grams = None
    for term, hits in occurrences.items():
        if len(hits) < 2:
            continue
        parts = lexicon_parts(term)
        best = {index: _best_anchored(anchored_renderings(term, parts, pairs[index].target)) for index in hits}
        uses = Counter(r.roots for r in best.values() if r is not None)
        if not uses:
            continue
        established, count = uses.most_common(1)[0]
        tied = [roots for roots, c in uses.items() if c == count]
        if len(tied) > 1:
            if len(hits) > 2:
                continue  # two renderings equally established: no way to tell which is the slip
            if all_grams is None:
                all_grams = [_root_grams(p.target) for p in pairs]
            # two sentences: the rendering used more often in the document sets the term
            # ("domestic violence" twice in one sentence), else the first one
            times = {roots: sum(len(g.get(roots, ())) for g in all_grams) for roots in tied}
            top = max(times.values())
            tied = [roots for roots in tied if times[roots] == top]
            first_rendering = best[min(hits)]
            established = (first_rendering.roots if first_rendering is not None and first_rendering.roots in tied
                           else tied[0])
        if count < 2 and len(hits) > 2:
            continue
        users = sorted(i for i, r in best.items() if r is not None and r.roots == established)
        if len([w for w in established if w not in _STOPWORDS]) < 2:
            continue  # one-word renderings have no modifier to compare
        # the suggestion's text comes from a use inside a sentence when there is one: a use at
        # the start of a sentence is capitalised for that position only ("Economic growth …")
        inside = [i for i in users if not _starts_sentence(pairs[i].target, best[i].span[0])]
        first = (inside or users)[0]
        established_text = pairs[first].target[slice(*best[first].span)]
        anchored.add(term)
        for index in sorted(hits):
            if best[index] is not None and best[index].roots == established:
                continue
            pair = pairs[index]
            if all_grams is None:
                all_grams = [_root_grams(p.target) for p in pairs]
            if established in all_grams[index]:
                continue  # the rendering is there (the best anchor was a longer one)
            variant = _lexicon_variant(term, parts, established, established_text, index, pairs, all_grams,
                                       weak=count < 2, own=best[index])
            if variant is None:
                continue
            span, kind = variant
            start, end = occurrences[term][index]
            found.append(LexiconVariant(term, index, (start, end), span, established_text, count, kind))
    return found


def _lexicon_occurrences(pairs) -> dict[str, dict[int, tuple[int, int]]]:
    """Like :func:`term_occurrences`, with two-syllable compounds too when both syllables
    are lexicon words (홈팀 = 홈 home + 팀 team): the lexicon says what their parts mean."""
    lexicon = term_lexicon()
    occurrences: dict[str, dict[int, tuple[int, int]]] = defaultdict(dict)
    for index, pair in enumerate(pairs):
        for term, start, end in compound_terms(pair.source, min_chars=2):
            if len(term) == 2 and not (term[0] in lexicon and term[1] in lexicon):
                continue
            occurrences[term].setdefault(index, (start, end))
    return occurrences


def lexicon_parts(term: str) -> tuple[str, ...]:
    """The term's noun parts, a part the analyser keeps whole split into lexicon words
    (홈팀 → 홈 + 팀) when it has no entry of its own."""
    lexicon = term_lexicon()
    parts: list[str] = []
    for part in compound_parts(term):
        if part in lexicon or len(part) < 2:
            parts.append(part)
            continue
        for cut in range(1, len(part)):
            left, right = part[:cut], part[cut:]
            if left in lexicon and right in lexicon:
                parts += [left, right]
                break
        else:
            parts.append(part)
    return tuple(parts)


def _root_grams(text: str) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Every 1–5-word window of ``text`` (no punctuation inside) as word roots → spans."""
    words = _target_words(text)
    grams: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    roots = [word_root(w) for _, _, w in words]
    for size in range(1, 6):
        for i in range(len(words) - size + 1):
            if any(text[words[k][1]:words[k + 1][0]].strip() for k in range(i, i + size - 1)):
                continue
            grams[tuple(roots[i:i + size])].append((words[i][0], words[i + size - 1][1]))
    return grams


def _source_roots(source: str, term_start: int, term_end: int) -> set[str]:
    """Roots of the renderings of every Korean noun of ``source`` outside the term."""
    from ..ko.analyser import morphemes

    roots: set[str] = set()
    for token in morphemes(source):
        if term_start <= token.start < term_end:
            continue
        for form in {token.form, token.lemma}:
            for piece in _lexicon_pieces(form):
                roots |= _part_roots(piece)
    return roots


@lru_cache(maxsize=8192)
def _lexicon_pieces(word: str) -> tuple[str, ...]:
    """``word`` and the lexicon words inside it: a noun the analyser keeps whole (암세포)
    counts for its parts (암 cancer, 세포 cell). One-syllable pieces count only beside a
    longer piece that is a lexicon word."""
    lexicon = term_lexicon()
    pieces = {word} if word in lexicon else set()
    for size in range(2, len(word)):
        for start in range(len(word) - size + 1):
            piece = word[start:start + size]
            if piece in lexicon:
                pieces.add(piece)
                rest = word[:start] + word[start + size:]
                if len(rest) == 1 and rest in lexicon and (start == 0 or start + size == len(word)):
                    pieces.add(rest)
    return tuple(pieces)


def _lexicon_variant(term, parts, established, established_text, index, pairs, all_grams, weak=False, own=None):
    """(target span, kind) of the single variant of ``established`` (first used as
    ``established_text``) in pair ``index``, or None. ``weak``: the rendering is
    established by one other sentence only; an unexplained word must then be used nowhere
    else in the document ("tariff war" beside "tariff rates" is about tariffs). ``own``: the
    sentence's own lexicon rendering; when it renders every part of the term, only a variant
    at its place counts, and it is one itself ("ready-made food" / "instant food")."""
    pair = pairs[index]
    target_words = _target_words(pair.target)
    target_roots = [word_root(w) for _, _, w in target_words]
    established_words = [w for _, _, w in _target_words(established_text)]
    grams = all_grams[index]
    start, end = _first_occurrence(pair.source, term)
    if start < 0:
        return None
    explained_elsewhere = _source_roots(pair.source, start, end)
    content_positions = [i for i, r in enumerate(established) if r not in _STOPWORDS]
    head = content_positions[-1]
    candidates = []
    for gram, spans, position in _one_word_changes(established, grams):
        if position not in content_positions:
            if {gram[position], established[position]} <= _LINKING_WORDS and 0 < position < len(gram) - 1:
                if not _used_elsewhere(gram, all_grams, index):
                    candidates.append((spans[0], "order"))  # Institute for / of Policy Studies
            continue
        new, old = gram[position], established[position]
        if new in _STOPWORDS or not new.replace("-", "").isalpha() or len(new) < 3 or new in explained_elsewhere:
            continue  # the new word renders another word of the sentence (하원 → House)
        if _used_elsewhere(gram, all_grams, index):
            continue  # the variant is used elsewhere: a term of its own
        words = _target_words(pair.target[spans[0][0]:spans[0][1]])
        word_start, _, word = words[position]
        same_part = any(_renders_part(part, word) and _renders_part(part, old) for part in parts)
        if same_part:
            kind = "synonym"  # another gloss of the same Korean part: core / critical minerals
        elif any(_renders_part(part, word) for part in parts):
            continue  # the word renders another part of the term: a shortened form
        elif position == head and not _name_word_swapped(established_words, word):
            continue  # another head noun is another thing ("immune response")
        elif position != head and not _modifier_like(word.lower()):
            continue  # "escalating war": a verb form, not a term's modifier
        else:
            kind = "unexplained"
            if weak and _used_elsewhere((new,), all_grams, index):
                continue
        capitalised = word[:1].isupper() and not _sentence_initial(pair.target, pair.target[spans[0][0] + word_start:])
        if capitalised and kind == "unexplained" and position != head:
            if not _is_common_word(word) or not established_words[position][:1].isupper():
                continue  # a proper noun or adjective (Vermont, Chinese officials) names something else
        if capitalised and _transliterates_source_word(pair.source, start, end, word):
            continue  # the Korean has the name (매사추세츠 ~ Massachusetts): another thing
        if _near(old, spans[0], target_words, target_roots):
            continue  # the replaced word is still beside it ("Chinese officials of health")
        candidates.append((spans[0], kind))
    reordered = _reordered(established, pair.target)
    if reordered is not None:
        candidates.append((reordered, "order"))
    if own is not None and own.covered == len(parts):
        candidates = [c for c in candidates if c[0][0] < own.span[1] and own.span[0] < c[0][1]]
        if not candidates and _one_word_apart(own.roots, established) and \
                not _used_elsewhere(own.roots, all_grams, index):
            candidates = [(own.span, "synonym")]  # another full rendering, used nowhere else
    if len(candidates) != 1:
        return None
    return candidates[0]


_LINKING_WORDS = frozenset({"of", "for", "on"})
#: a capitalised word at least this frequent (wordfreq Zipf, lower case) is a common noun put
#: into a name ("Ryder Trophy"), not another proper name
NAME_WORD_ZIPF = 3.9


def _transliterates_source_word(source: str, term_start: int, term_end: int, word: str) -> bool:
    """A proper noun of ``source`` outside the term, one the lexicon does not translate, is
    written like ``word`` (매사추세츠 ~ Massachusetts). Common nouns are left out: the
    phonetic keys are loose (토요일 "Saturday" ~ Trophy)."""
    from ..ko.analyser import morphemes

    lexicon = term_lexicon()
    return any(phonetic_similarity(token.form, word) >= LOANWORD_SIMILARITY for token in morphemes(source)
               if token.tag == "NNP" and len(token.form) >= 2 and token.form not in lexicon
               and not term_start <= token.start < term_end)


def _one_word_apart(roots: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Same number of content words, all but one shared ("ready-made food" / "instant food")."""
    mine = [r for r in roots if r not in _STOPWORDS]
    theirs = [r for r in other if r not in _STOPWORDS]
    return len(mine) == len(theirs) >= 2 and len(set(mine) & set(theirs)) == len(mine) - 1


def _name_word_swapped(established_words: list[str], word: str) -> bool:
    """The established rendering is a name (every content word capitalised: "Ryder Cup",
    "Attorney General") and its head was replaced by a capitalised common word: the words
    of a name are fixed, so that is a slip, not another thing."""
    content = [w for w in established_words if w.lower() not in _STOPWORDS]
    return (len(content) >= 2 and all(w[:1].isupper() for w in content) and word[:1].isupper()
            and _zipf(word.lower()) >= NAME_WORD_ZIPF)


def _near(root: str, span: tuple[int, int], words, roots, reach: int = 3) -> bool:
    """``root`` is the root of a word within ``reach`` words of ``span`` (outside it)."""
    inside = [k for k, (start, end, _) in enumerate(words) if span[0] <= start and end <= span[1]]
    if not inside:
        return False
    low, high = max(0, inside[0] - reach), min(len(words), inside[-1] + reach + 1)
    return any(roots[k] == root for k in range(low, high) if k not in inside)


def _reordered(established: tuple[str, ...], target: str) -> tuple[int, int] | None:
    """The rendering's two content words in the other order: "war of trade" for "trade
    war", "Justice Ministry" for "Ministry of Justice"."""
    words = _target_words(target)
    roots = [word_root(w) for _, _, w in words]
    if len(established) == 2 and not set(established) & _STOPWORDS:
        modifier, head = established  # "trade war" → "war of (the) trade"
        for i in range(len(words) - 2):
            if roots[i] != head or words[i + 1][2].lower() not in _LINKING_WORDS:
                continue
            j = i + 2 + (i + 2 < len(words) and words[i + 2][2].lower() == "the")
            if j < len(words) and roots[j] == modifier and _no_punctuation(target, words[i:j + 1]):
                return words[i][0], words[j][1]
    if len(established) == 3 and established[1] in _LINKING_WORDS:
        head, _, modifier = established  # "Ministry of Justice" → "Justice Ministry"
        for i in range(len(words) - 1):
            if roots[i] == modifier and roots[i + 1] == head and _no_punctuation(target, words[i:i + 2]):
                return words[i][0], words[i + 1][1]
    return None


def _no_punctuation(text: str, words) -> bool:
    return not any(text[a[1]:b[0]].strip() for a, b in zip(words, words[1:]))
