"""Analysis ``terms``: abbreviated country compounds (한미일) and organisation names of
the names analysis, with the English spans that render them ("South Korea-US-Japan",
"Ministry of Unification")."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Document
from ..en.names import capitalised_spans
from ..ko.names import ABBREVIATIONS
from ..ko.romanize import syllable_variants
from .registry import analyser


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


def org_heads(org: str) -> tuple[str, ...]:
    for suffix in sorted(ORG_HEADS, key=len, reverse=True):
        if org.endswith(suffix):
            return ORG_HEADS[suffix]
    return ()


def org_renderings(org: str, target: str, pair: int) -> list[TermRendering]:
    """Capitalised spans of ``target`` headed by the English word the suffix calls for
    (연구원 → Institute …). Returns nothing when the choice is ambiguous (two spans)."""
    heads = org_heads(org)
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


@dataclass
class TermsAnalysis:
    mentions: list[TermMention]

    def by_source(self, kind: str) -> dict[str, list[TermMention]]:
        groups: dict[str, list[TermMention]] = defaultdict(list)
        for mention in self.mentions:
            if mention.kind == kind:
                groups[mention.source].append(mention)
        return groups


@analyser("terms", requires=("names",))
def analyse_term_mentions(document: Document, context=None) -> TermsAnalysis:
    """Abbreviated terms (한미일) and organisation names with their renderings."""
    names = document.analyses.names
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
    return TermsAnalysis(mentions)


def analyse_terms(document: Document, context=None) -> TermsAnalysis:
    """The document's terms analysis (computed on first use)."""
    return document.analyses.terms
