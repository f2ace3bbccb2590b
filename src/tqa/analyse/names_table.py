"""Analysis ``names_table``: the table of names and terms the reports show (each Korean
name or term with its English renderings, counts and sentences), so an editor sees at a
glance which names are rendered one way and which several."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from os.path import commonprefix

from ..en.names import is_inflection

from .names import NamesAnalysis, unique_renderings
from .registry import analyser
from .term_recurrence import RecurringTerm
from .terms import TermsAnalysis


@analyser("names_table", requires=("names", "terms", "term_recurrence"))
def analyse_names_table(document, context) -> list[dict]:
    """Rows {"source", "kind", "source_segments", "renderings": [{"text", "count", "target_segments"}]};
    also stored as ``document.tables["names"]`` for the reports."""
    names = document.analyses.names
    glossaries = getattr(context, "glossaries", None) or []
    rows = name_rows(names) + term_rows(document.analyses.terms, document.analyses.term_recurrence.recurring,
                                        names.pairs, glossaries)
    document.tables["names"] = rows
    return rows


def name_rows(analysis: NamesAnalysis) -> list[dict]:
    """A row for every person, foreign name, organisation and country with a rendering.

    Only real variation makes a second rendering: a dateline in capitals (LONDON / London),
    a demonym or plural (Iraq / Iraqi / Iraqis) and a person's surname-only second mention
    (Choi Jae-hoon … Choi) are folded into the rendering they belong to, listed under its
    ``forms``."""
    rows = []
    for kinds in (("person",), ("foreign",), ("org",), ("country",)):
        for entity, mentions in analysis.by_entity(kinds).items():
            counts: Counter = Counter()
            segments: dict[str, set[int]] = defaultdict(set)
            surname_only: set[str] = set()
            for mention, found in _by_mention(unique_renderings(mentions, ("full", "surname", "phonetic",
                                                                            "other-given"))):
                pair = analysis.pairs[mention.pair]
                if len(found) > 1 and all(r.form == "phonetic" for r in found):
                    # the parts of one name matched apart (Christine … Ford): one rendering, not two
                    found = sorted(found, key=lambda r: r.start)
                    text = " … ".join(r.text for r in found)
                    counts[text] += 1
                    segments[text].update(pair.target_loc(r.start, r.end).segment for r in found)
                    continue
                for rendering in found:
                    counts[rendering.text] += 1
                    segments[rendering.text].add(pair.target_loc(rendering.start, rendering.end).segment)
                    if rendering.form == "surname":
                        surname_only.add(rendering.text)
            if kinds != ("person",) and not counts:
                continue
            rows.append({
                "source": entity, "kind": kinds[0],
                "source_segments": sorted({s for m in mentions for s in analysis.pairs[m.pair].link.source}),
                "renderings": _folded(counts, segments, surname_only),
            })
    return rows


def _folded(counts: Counter, segments: dict[str, set[int]], surname_only: set[str]) -> list[dict]:
    """Renderings grouped by real variation, the most frequent first (see :func:`name_rows`)."""
    groups: list[list[str]] = []
    for text, _ in counts.most_common():
        for group in groups:
            if any(_same_spelling(text, member, text in surname_only)
                   or _same_spelling(member, text, member in surname_only) for member in group):
                group.append(text)
                break
        else:
            groups.append([text])
    result = []
    for group in groups:
        plain = [t for t in group if not (t.isupper() and len(t) > 1) and t not in surname_only] or group
        # the base name over its demonyms (Belgium over Belgian), then the most frequent, then the shortest
        shown = max(plain, key=lambda t: (not _derived(t, group), counts[t], -len(t)))
        entry = {"text": _POSSESSIVE.sub("", shown), "count": sum(counts[t] for t in group),
                 "target_segments": sorted({s for t in group for s in segments[t]})}
        if len(group) > 1:
            entry["forms"] = [{"text": t, "count": counts[t]} for t in group]
        result.append(entry)
    return sorted(result, key=lambda e: -e["count"])


def _by_mention(hits):
    """(mention, its renderings) in document order, from (mention, rendering) pairs."""
    grouped: list[tuple[object, list]] = []
    for mention, rendering in hits:
        if grouped and grouped[-1][0] is mention:
            grouped[-1][1].append(rendering)
        else:
            grouped.append((mention, [rendering]))
    return grouped


_POSSESSIVE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$")
#: endings of demonyms, adjectives and plurals built on a place name (Spanish, Belgian,
#: Portuguese, Argentine, Iraqi, Greeks)
_DEMONYM_ENDINGS = ("ish", "ian", "ians", "ean", "eans", "an", "ans", "ese", "i", "is", "ic", "ine", "ines", "er",
                    "ers", "ks", "s")


def _same_spelling(text: str, other: str, surname_only: bool) -> bool:
    """Two renderings that are one spelling: case only, a possessive, an inflection or
    demonym ending, or a surname-only mention spelt as the surname of a full rendering."""
    a, b = _POSSESSIVE.sub("", text.lower()), _POSSESSIVE.sub("", other.lower())
    if a == b:
        return True
    if " " not in a and " " not in b and (is_inflection(a, b) or _demonym_of(a, b) or _demonym_of(b, a)):
        return True
    return surname_only and a in re.split(r"[ \u00a0]+", b)


def _derived(text: str, group: list[str]) -> bool:
    """``text`` is a demonym, adjective or inflection of another member of ``group``."""
    word = _POSSESSIVE.sub("", text.lower())
    return any(_demonym_of(word, base) or (is_inflection(word, base) and len(word) > len(base))
               for base in (_POSSESSIVE.sub("", other.lower()) for other in group) if base != word)


def _demonym_of(word: str, place: str) -> bool:
    """``word`` is a demonym, adjective or plural of ``place`` (Spanish / Spain, Catalan /
    Catalonia, Greeks / Greece): it ends with such an ending and shares at least three
    letters and half of the shorter word with it. A plain plural s counts only when the
    place does not end in s (Davies is no plural of Davis)."""
    prefix = len(commonprefix([word, place]))
    if prefix < 3 or prefix * 2 < min(len(word), len(place)):
        return False
    for ending in _DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return ending != "s" or not place.endswith("s")
    return False


def term_rows(analysis: TermsAnalysis, recurring: list[RecurringTerm], pairs, glossaries) -> list[dict]:
    """A row for every abbreviated term, organisation, recurring compound and glossary entry met."""
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
    for term in recurring:
        counts, segments = Counter(), defaultdict(set)
        for index, (start, end) in term.rendered.items():
            text = pairs[index].target[start:end]
            counts[text] += 1
            segments[text].add(pairs[index].target_loc(start, end).segment)
        rows.append({"source": term.source, "kind": "term",
                     "source_segments": sorted({s for i in term.pairs for s in pairs[i].link.source}),
                     "renderings": [{"text": t, "count": c, "target_segments": sorted(segments[t])}
                                    for t, c in counts.most_common()]})
    for glossary in glossaries:
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
