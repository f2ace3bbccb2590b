"""Benchmark the name and term checks on professional translations.

Data (read from ``../shared/data``, skipped with a message when absent):

* flores200-dev — documents are consecutive lines with the same URL (metadata_dev.tsv);
* ntrex128 — documents from DOCUMENT_IDS.tsv;
* park-news-dev (when present) — Korean-original wire news, ten-line windows; reported
  apart: its English omits clauses, so flags there are not all false, but it is where
  Korean personal names occur (the injected Korean-name respellings come mostly from it).

Both are English originals translated into Korean, so we check Korean→English with the
English original as the "translation": a professional, consistent rendering. Measured:

1. **False alarms** — the share of documents with at least one ``name``/``term`` issue.
2. **Recall on injected inconsistencies** — for every document where a name (or term)
   is rendered in two or more segments, respell one later mention with a plausible
   variant (Korean names: another customary spelling; foreign names: a one-letter
   respelling) or swap a term's rendering in one sentence, and count the injected
   problems the checks find (an issue on the modified target segment). Term kinds:

   * ``term`` — a country-abbreviation compound or organisation (another compound form,
     an organisation's "of"/"for" swapped or its modifier replaced);
   * ``term-compound`` — a Korean noun compound in ≥ 3 sentences whose English n-gram
     the check infers (``recurring_terms``); EVERY sentence using that rendering is a
     site (one injection at a time, up to ``MAX_TERM_SITES`` per term), its modifier
     replaced by a generic one ("immune cells" → "key cells");
   * ``term-compound-2`` — a compound in exactly two sentences, both using the n-gram
     inferred the same way from those two pairs; the second one is swapped.

   The sites above come from the checker's own inference, which is circular (a term the
   checker cannot read is never injected). Two kinds use sites found independently
   (:func:`independent_term_sites`: a kiwipiepy noun compound in >= 2 sentences whose
   English 2–3-gram occurs in exactly those sentences' targets, one unambiguous n-gram):

   * ``term-synonym`` — one word of the rendering replaced by a near-synonym from the
     benchmark's own table ("domestic violence" → "household violence");
   * ``term-structure`` — the same words in another construction ("trade war" → "war of
     trade", "Ministry of Justice" → "Justice Ministry", of ↔ for).

   The independent finder can pick an n-gram that is not the term's rendering when a
   two-sentence term shares other words by chance ("Treasury expects"); those sites are
   kept (no hand filtering) and are part of the misses.

   Each site has its own random generator seeded from ``--seed`` and the site, so
   adding sites does not change the other injections.

Usage: ``python benchmarks/eval_names.py [--data ../shared/data] [--verbose]``;
writes ``benchmarks/results/names.md``.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tqa.analyse.names import analyse_document  # noqa: E402
from tqa.checks.runner import CheckContext, run_checks, select_rules  # noqa: E402
from tqa.analyse.term_recurrence import infer_renderings, recurring_terms  # noqa: E402
from tqa.analyse.terms import analyse_terms  # noqa: E402
from tqa.document import Document, document_from_pairs  # noqa: E402
from tqa.ko.romanize import surname_spellings, syllable_variants  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"


def make_document(name: str, korean: list[str], english: list[str]) -> Document:
    return document_from_pairs(zip(korean, english), name + ".ko", name + ".en", score=1.0)


def _read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def load_flores(data: Path) -> list[Document]:
    folder = data / "flores200-dev"
    korean, english = _read(folder / "kor_Hang.dev"), _read(folder / "eng_Latn.dev")
    urls = [line.split("\t")[0] for line in _read(folder / "metadata_dev.tsv")[1:]]
    return _group("flores", korean, english, urls)


def load_ntrex(data: Path) -> list[Document]:
    folder = data / "ntrex128"
    korean = _read(folder / "newstest2019-ref.kor.txt")
    english = _read(folder / "newstest2019-src.eng.txt")
    ids = [line.strip() for line in _read(folder / "DOCUMENT_IDS.tsv")]
    return _group("ntrex", korean, english, ids)


def load_park(data: Path, window: int = 10) -> list[Document]:
    """park-news-dev has no document ids: consecutive windows of ``window`` lines."""
    folder = data / "park-news-dev"
    korean = _read(folder / "korean-english-park.dev.ko")
    english = _read(folder / "korean-english-park.dev.en")
    keys = [str(i // window) for i in range(len(korean))]
    return _group("park", korean, english, keys)


def load_pud(data: Path, window: int = 10) -> list[Document]:
    """ud-pud: news and Wikipedia sentences (English originals) in corpus order, read as
    consecutive ``window``-line pseudo-documents. Not looked at while writing the term
    lexicon, so its false alarms are a check that the lexicon rules generalise."""
    folder = data / "ud-pud"
    korean, english = _read(folder / "pud.ko"), _read(folder / "pud.en")
    keys = [str(i // window) for i in range(len(korean))]
    return _group("pud", korean, english, keys)


def _group(prefix, korean, english, keys) -> list[Document]:
    documents, start = [], 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            documents.append(make_document(f"{prefix}:{keys[start]}", korean[start:index], english[start:index]))
            start = index
    return documents


RULES = None
NAME_KINDS = ("korean-name", "foreign-name")
#: term kinds whose sites come from the checker's own analysis (recurring_terms, infer_renderings)
CHECKER_SITE_KINDS = ("term", "term-compound", "term-compound-2")
#: term kinds whose sites come from :func:`independent_term_sites`
INDEPENDENT_KINDS = ("term-synonym", "term-structure")


def check(document: Document):
    global RULES
    if RULES is None:
        RULES = select_rules(["name", "term"])
    return run_checks(document, RULES, CheckContext(fast=True))


# ---------------------------------------------------------------------------
# Injection


def _respell_foreign(word: str, rng: random.Random) -> str | None:
    """A one-edit plausible misspelling of a Latin name (Vladivostok → Vladivastok)."""
    edits = []
    base = re.split(r"['\u2019]", word)[0]
    suffix = word[len(base):]
    for i, ch in enumerate(base):
        if i == 0:
            continue
        if ch in "aeiou":
            for other in "aeiou":
                if other != ch:
                    edits.append(base[:i] + other + base[i + 1:] + suffix)
        if ch in "bdfgklmnprst" and (i + 1 == len(base) or base[i + 1] != ch):
            edits.append(base[:i] + ch + ch + base[i + 1:] + suffix)
        swaps = {"k": "c", "c": "k", "y": "i", "i": "y", "v": "w", "s": "z", "z": "s"}
        if ch in swaps:
            edits.append(base[:i] + swaps[ch] + base[i + 1:] + suffix)
    return rng.choice(edits) if edits else None


def _respell_korean(text: str, entity: str, rng: random.Random) -> str | None:
    """Another customary spelling of a Korean name rendering (Jo Han-beom → Cho Han-beom)."""
    parts = text.split(None, 1)
    surname = entity[0]
    options = [s.capitalize() for s in surname_spellings(surname) if s.capitalize() != parts[0]]
    if len(parts) == 2 and len(entity) >= 2:
        given = parts[1]
        syllables = [s for s in re.split(r"[-\s]", given) if s]
        if len(syllables) == len(entity) - 1:
            index = rng.randrange(len(syllables))
            others = [v for v in syllable_variants(entity[1 + index])[:4] if v != syllables[index].lower()]
            if others:
                new = list(syllables)
                replacement = rng.choice(others)
                new[index] = replacement.capitalize() if index == 0 else replacement
                options_given = "-".join(new)
                if rng.random() < 0.5 or not options:
                    return f"{parts[0]} {options_given}"
    if options:
        return " ".join([rng.choice(options[:3])] + parts[1:])
    return None


#: modifiers a careless translator swaps in ("critical minerals" → "core minerals")
SWAP_MODIFIERS = ["core", "key", "main", "major", "central", "primary", "basic", "general", "overall", "chief"]


def _swap_term(text: str, rng: random.Random) -> str | None:
    words = text.split()
    if len(words) >= 2 and " of " not in text and " for " not in text and words[0].isalpha():
        choices = [m for m in SWAP_MODIFIERS if m != words[0].lower()]
        replacement = rng.choice(choices)
        if words[0][0].isupper():
            replacement = replacement.capitalize()
        return " ".join([replacement] + words[1:])
    if " for " in text:
        return text.replace(" for ", " of ", 1)
    if " of " in text:
        return text.replace(" of ", " for ", 1)
    if text.startswith("South Korea"):
        return text.replace("South Korea", "Korea", 1)
    if "-" in text:
        head, _, rest = text.partition("-")
        return {"US": "America", "North Korea": "DPRK", "China": "PRC"}.get(head, None) and \
            ({"US": "America", "North Korea": "DPRK", "China": "PRC"}[head] + "-" + rest)
    return None


#: injection sites per recurring compound term (its last renderings)
MAX_TERM_SITES = 4


def injection_candidates(document: Document):
    """(kind, target segment, start, end, old, new-text-generator) for every injectable item."""
    context = CheckContext(fast=True)
    names = analyse_document(document, context)
    terms = analyse_terms(document, context)
    candidates = []
    for kinds, kind in ((("person",), "korean-name"), (("foreign",), "foreign-name")):
        for entity, mentions in names.by_entity(kinds).items():
            hits = [(m, r) for m in mentions for r in m.renderings if r.form in ("full", "phonetic")]
            if len({m.pair for m, _ in hits}) < 2:
                continue
            mention, rendering = hits[-1]
            candidates.append((kind, entity, names.pairs[mention.pair], rendering.start, rendering.end, rendering.text))
    for term in recurring_terms(document, context):
        # every sentence that uses the document's rendering is an injection site (one at a
        # time): after the swap the rendering is still used in >= 2 other sentences
        if len(term.rendered) >= 3:
            for index in sorted(term.rendered)[-MAX_TERM_SITES:]:
                start, end = term.rendered[index]
                pair = names.pairs[index]
                candidates.append(("term-compound", term.source, pair, start, end, pair.target[start:end]))
    # compound terms in exactly two sentences, both rendered by the same n-gram (inferred as
    # the check infers renderings, from two pairs): swap the second rendering
    recurrence = document.analyses.term_recurrence
    occurrences = recurrence.occurrences
    twice = {term: hits for term, hits in occurrences.items() if len(hits) == 2}
    for term in infer_renderings(names.pairs, twice, recurrence.association, 2):
        if len(term.rendered) == 2:
            index = max(term.rendered)
            start, end = term.rendered[index]
            pair = names.pairs[index]
            candidates.append(("term-compound-2", term.source, pair, start, end, pair.target[start:end]))
    for source, mentions in list(terms.by_source("abbrev").items()) + list(terms.by_source("org").items()):
        hits = [(m, r) for m in mentions for r in m.renderings]
        if len({m.pair for m, _ in hits}) < 2:
            continue
        mention, rendering = hits[-1]
        candidates.append(("term", source, names.pairs[mention.pair], rendering.start, rendering.end, rendering.text))
    return candidates


# ---------------------------------------------------------------------------
# Term sites found independently of the checker (no recurring_terms / infer_renderings):
# a Korean noun compound in >= 2 sentences whose English n-gram occurs in exactly the
# targets of those sentences. Then a careless translator's change in one of them.

#: words that cannot start or end a term rendering (the benchmark's own list)
_SITE_STOP = frozenset("""
a an the of for to in on at by with from and or but as is are was were be been being that this these those it its
their his her our your my they he she we you i not no so than then there here which who what when where how why
also more most very such into over under about after before between said says will would can could may might must
should has have had do does did up out just only even still again one two three all any some other new
""".split())
_SITE_INNER = frozenset({"of", "for", "and", "the"})
_SITE_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _site_compounds(text: str) -> set[str]:
    """Runs of two or more adjacent common nouns (NNG) written as one word: 면역체계."""
    from tqa.ko.analyser import morphemes

    found, run = set(), []
    for token in list(morphemes(text)) + [None]:
        if token is not None and token.tag == "NNG" and (not run or token.start == run[-1].end):
            run.append(token)
            continue
        if len(run) >= 2:
            found.add(text[run[0].start:run[-1].end])
        run = [token] if token is not None and token.tag == "NNG" else []
    return found


def _site_key(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _site_grams(text: str) -> dict[tuple[str, ...], tuple[int, int]]:
    """2–3-word n-grams (lower case, plural s dropped) with the span of their first use."""
    words = list(_SITE_WORD.finditer(text))
    grams: dict[tuple[str, ...], tuple[int, int]] = {}
    for size in (2, 3):
        for i in range(len(words) - size + 1):
            window = words[i:i + size]
            lowered = [w.group().lower() for w in window]
            if lowered[0] in _SITE_STOP or lowered[-1] in _SITE_STOP or lowered[-1].endswith("ly"):
                continue
            if any(w in _SITE_STOP and w not in _SITE_INNER for w in lowered[1:-1]):
                continue
            if any(text[a.end():b.start()].strip() for a, b in zip(window, window[1:])):
                continue
            grams.setdefault(tuple(_site_key(w) for w in lowered), (window[0].start(), window[-1].end()))
    return grams


def independent_term_sites(document: Document) -> list[tuple[str, list[tuple[int, int, int]]]]:
    """(compound, [(pair index, start, end) of its rendering in each of its sentences]) for
    every compound whose rendering is one unambiguous n-gram found in exactly its sentences."""
    pairs = list(document.pairs())
    where: dict[str, set[int]] = {}
    for index, pair in enumerate(pairs):
        for compound in _site_compounds(pair.source):
            where.setdefault(compound, set()).add(index)
    grams = [_site_grams(pair.target) for pair in pairs]
    used_in: dict[tuple[str, ...], set[int]] = {}
    for index, found in enumerate(grams):
        for gram in found:
            used_in.setdefault(gram, set()).add(index)
    sites = []
    for compound, indexes in sorted(where.items()):
        if len(indexes) < 2:
            continue
        exact = [gram for gram, used in used_in.items() if used == indexes]
        # keep the longest of nested candidates ("citizen festival" inside "global citizen festival")
        exact = [g for g in exact if not any(len(h) > len(g) and _contains(h, g) for h in exact)]
        if len(exact) != 1:
            continue  # none, or ambiguous (immune system / rogue cells in the same sentences)
        sites.append((compound, [(i, *grams[i][exact[0]]) for i in sorted(indexes)]))
    return sites


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    return any(longer[k:k + len(shorter)] == shorter for k in range(len(longer) - len(shorter) + 1))


#: near-synonyms a careless translator might pick (the benchmark's own table, general English)
SYNONYMS = {
    "attempted": "failed", "murder": "killing", "killing": "murder", "health": "medical", "medical": "health",
    "officials": "authorities", "authorities": "officials", "personal": "private", "private": "personal",
    "information": "data", "data": "information", "domestic": "household", "violence": "abuse",
    "abuse": "violence", "trade": "commercial", "war": "conflict", "conflict": "war", "judiciary": "justice",
    "justice": "judiciary", "committee": "commission", "commission": "committee", "dairy": "milk",
    "industry": "sector", "sector": "industry", "political": "politics", "class": "elite", "home": "host",
    "side": "team", "team": "side", "foreign": "external", "minister": "secretary", "secretary": "minister",
    "system": "network", "immune": "defence", "lenses": "optics", "lens": "optic", "food": "meals",
    "body": "physical", "language": "speech", "prime": "golden", "security": "safety", "safety": "security",
    "summit": "meeting", "meeting": "summit", "talks": "negotiations", "poll": "survey", "survey": "poll",
    "election": "vote", "campaign": "drive", "climate": "weather", "change": "shift", "air": "atmospheric",
    "pollution": "contamination", "website": "webpage", "site": "page", "festival": "fair", "citizen": "civic",
    "global": "world", "world": "global", "human": "people's", "rights": "entitlements", "police": "security",
    "officer": "agent", "president": "leader", "government": "administration", "nuclear": "atomic",
    "weapons": "arms", "arms": "weapons", "missile": "rocket", "border": "frontier", "refugee": "migrant",
    "economic": "financial", "financial": "economic", "growth": "expansion", "market": "marketplace",
    "stock": "share", "oil": "petroleum", "price": "cost", "prices": "costs", "cost": "price", "tax": "levy",
    "budget": "spending", "bank": "lender", "central": "core", "public": "popular", "opinion": "sentiment",
    "school": "academy", "student": "pupil", "students": "pupils", "teacher": "instructor",
    "hospital": "clinic", "patient": "sufferer", "patients": "sufferers", "disease": "illness",
    "illness": "disease", "vaccine": "jab", "cancer": "tumour", "research": "study", "study": "research",
    "scientists": "researchers", "researchers": "scientists", "players": "athletes", "coach": "trainer",
    "season": "campaign", "game": "match", "match": "game", "league": "division", "cup": "trophy",
    "event": "occasion", "hotel": "inn", "room": "chamber", "city": "town", "town": "city", "military": "armed",
    "army": "military", "attack": "assault", "assault": "attack", "bomb": "explosive", "explosion": "blast",
    "separatist": "secessionist", "racial": "ethnic", "racism": "discrimination", "discrimination": "bias",
    "farewell": "goodbye", "goodbye": "farewell", "sleep": "rest", "temperature": "heat", "details": "specifics",
    "manufacturers": "makers", "manufacturer": "maker", "car": "vehicle", "company": "firm", "firm": "company",
    "workers": "employees", "jobs": "positions", "agreement": "deal", "deal": "agreement", "ready-made": "instant",
    "critical": "core", "minerals": "resources", "wildlife": "wild animals", "mindset": "mentality",
    "prayer": "worship", "voice": "audio", "mail": "message", "distribution": "delivery", "center": "hub",
    "constitutional": "charter", "petition": "appeal", "deadlock": "stalemate", "forum": "conference",
    "ministers": "secretaries", "general": "chief", "royal": "crown", "society": "association",
}


def _careless_synonym(text: str, rng: random.Random) -> str | None:
    """One content word of a rendering replaced by a near-synonym (the modifier when it has
    one: "domestic violence" → "household violence")."""
    words = text.split()
    options = [i for i, w in enumerate(words) if w.lower() in SYNONYMS]
    if not options:
        return None
    modifiers = [i for i in options if i < len(words) - 1]
    index = rng.choice(modifiers or options)
    replacement = SYNONYMS[words[index].lower()]
    if words[index][:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    return " ".join(words[:index] + [replacement] + words[index + 1:])


#: endings of English adjectives, which cannot follow "of" ("domestic", "political", "attempted")
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ed", "ful", "ary", "ant", "ent", "ible", "able", "ese", "ish",
                      "ian", "less", "ile", "ing")


def _careless_structure(text: str) -> str | None:
    """The same words in another construction: "trade war" → "war of trade", "Ministry of
    Justice" → "Justice Ministry", "Institute for X" → "Institute of X"."""
    words = text.split()
    if len(words) == 2:
        if words[0].lower().endswith(_ADJECTIVE_ENDINGS) or words[0][:1].isupper():
            return None  # "violence of domestic", "Cup of Ryder": no translator writes that
        return f"{words[1]} of {words[0]}"
    if len(words) == 3 and words[1] in ("of", "for"):
        return f"{words[2]} {words[0]}"
    if " for " in text:
        return text.replace(" for ", " of ", 1)
    if " of " in text:
        return text.replace(" of ", " for ", 1)
    return None


def independent_candidates(document: Document):
    """Candidates of the kinds ``term-synonym`` and ``term-structure`` from
    :func:`independent_term_sites`: every sentence of the term is a site (one at a time, the
    last ``MAX_TERM_SITES``), each with both kinds of change."""
    pairs = list(document.pairs())
    candidates = []
    for compound, renderings in independent_term_sites(document):
        for index, start, end in renderings[-MAX_TERM_SITES:]:
            text = pairs[index].target[start:end]
            for kind in ("term-synonym", "term-structure"):
                candidates.append((kind, compound, pairs[index], start, end, text))
    return candidates


def inject(document: Document, candidate, rng: random.Random) -> tuple[Document, int] | None:
    kind, entity, pair, start, end, text = candidate
    if kind == "term-synonym":
        new = _careless_synonym(text, rng)
    elif kind == "term-structure":
        new = _careless_structure(text)
    elif kind == "korean-name":
        new = _respell_korean(text, entity, rng)
    elif kind == "foreign-name":
        words = text.split()
        index = rng.randrange(len(words))
        respelt = _respell_foreign(words[index], rng)
        new = " ".join(words[:index] + [respelt] + words[index + 1:]) if respelt else None
    else:
        new = _swap_term(text, rng)
    if not new or new == text:
        return None
    loc = pair.target_loc(start, end)
    english = [s.text for s in document.target_segments]
    segment = english[loc.segment]
    english[loc.segment] = segment[:loc.start] + new + segment[loc.end:]
    korean = [s.text for s in document.source_segments]
    return make_document(document.source_path, korean, english), loc.segment


# ---------------------------------------------------------------------------


def evaluate(documents: list[Document], verbose: bool, seed: int) -> dict:
    flagged_documents = 0
    by_rule: Counter = Counter()
    examples = []
    injected: Counter = Counter()
    found: Counter = Counter()
    misses = []
    for document in documents:
        issues = check(document)
        if issues:
            flagged_documents += 1
            for issue in issues:
                by_rule[issue.rule] += 1
                examples.append((document.source_path, issue.rule, issue.message))
        for candidate in injection_candidates(document) + independent_candidates(document):
            # one generator per injection site: a site's injection does not depend on the others
            site_rng = random.Random(f"{seed}:{document.source_path}:{candidate[0]}:{candidate[1]}:{candidate[3]}:"
                                     f"{candidate[2].link.target}")
            result = inject(document, candidate, site_rng)
            if result is None:
                continue
            modified, segment = result
            injected[candidate[0]] += 1
            before = {(i.rule, i.message) for i in issues}
            new_issues = [i for i in check(modified)
                          if segment in i.target_segments and (i.rule, i.message) not in before]
            if new_issues:
                found[candidate[0]] += 1
            else:
                misses.append((document.source_path, candidate[0], candidate[1], candidate[5],
                               modified.target_segments[segment].text[:160]))
    if verbose:
        for example in examples:
            print("FLAG", *example)
        for miss in misses:
            print("MISS", *miss)
    return {"documents": len(documents), "flagged": flagged_documents, "by_rule": by_rule,
            "injected": injected, "found": found, "examples": examples[:8]}


def _percent(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "names.md")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if not (args.data / "flores200-dev").is_dir() or not (args.data / "ntrex128").is_dir():
        print(f"skipped: {args.data} has no flores200-dev / ntrex128 (development data is outside the repo)")
        return 0
    started = time.time()
    results = {"flores200-dev": evaluate(load_flores(args.data), args.verbose, args.seed),
               "ntrex128": evaluate(load_ntrex(args.data), args.verbose, args.seed)}
    extra = {}
    if (args.data / "park-news-dev").is_dir():
        extra["park-news-dev"] = evaluate(load_park(args.data), args.verbose, args.seed)
    if (args.data / "ud-pud").is_dir():
        extra["ud-pud"] = evaluate(load_pud(args.data), args.verbose, args.seed)
    lines = ["# Name and term checks: false alarms and injected-inconsistency recall", "",
             "Korean→English on professional translations (English originals), whole documents,",
             f"`--fast`, seed {args.seed}. Generated by `benchmarks/eval_names.py`.", "",
             "| data | documents | documents with a name/term flag | false-alarm share | injected | found | recall |",
             "|---|---|---|---|---|---|---|"]
    total_docs = total_flagged = total_injected = total_found = 0
    for name, result in results.items():
        injected, found = sum(result["injected"].values()), sum(result["found"].values())
        lines.append(f"| {name} | {result['documents']} | {result['flagged']} | "
                     f"{_percent(result['flagged'], result['documents'])} | {injected} | {found} | "
                     f"{_percent(found, injected)} |")
        total_docs += result["documents"]
        total_flagged += result["flagged"]
        total_injected += injected
        total_found += found
    lines.append(f"| **all** | {total_docs} | {total_flagged} | {_percent(total_flagged, total_docs)} | "
                 f"{total_injected} | {total_found} | {_percent(total_found, total_injected)} |")
    for name, result in extra.items():
        injected, found = sum(result["injected"].values()), sum(result["found"].values())
        label = {"park-news-dev": "park-news-dev (Korean original, noisy alignment; not in the total)",
                 "ud-pud": "ud-pud (10-line windows, not documents; not in the total)"}[name]
        lines.append(f"| {label} | {result['documents']} | "
                     f"{result['flagged']} | {_percent(result['flagged'], result['documents'])} | {injected} | "
                     f"{found} | {_percent(found, injected)} |")
    for label, term_kinds in (("sites from the checker's own inference (circular)", CHECKER_SITE_KINDS),
                              ("sites found independently of the checker", INDEPENDENT_KINDS)):
        term_injected = sum(r["injected"][k] for r in results.values() for k in term_kinds)
        term_found = sum(r["found"][k] for r in results.values() for k in term_kinds)
        lines += ["", f"Injected term changes, {label} (flores200-dev + ntrex128, kinds "
                  f"{', '.join(term_kinds)}): found {term_found} of {term_injected} "
                  f"({_percent(term_found, term_injected)})."]
    names_injected = sum(r["injected"][k] for r in results.values() for k in NAME_KINDS)
    names_found = sum(r["found"][k] for r in results.values() for k in NAME_KINDS)
    old_injected = names_injected + sum(r["injected"][k] for r in results.values() for k in CHECKER_SITE_KINDS)
    old_found = names_found + sum(r["found"][k] for r in results.values() for k in CHECKER_SITE_KINDS)
    lines += ["", "Caveat: the term lexicon (`src/tqa/data/term_glosses.tsv`) was written with the Korean parts",
              "of flores200-dev/ntrex128/park compounds in view, so term recall there is optimistic; ud-pud was",
              "not looked at. Two-sentence terms whose first mention is the changed one are mostly missed by",
              "design (with no majority the first rendering sets the term)."]
    lines += ["", f"Overall recall without the independent term kinds (the measure used before): "
              f"{old_found} of {old_injected} ({_percent(old_found, old_injected)})."]
    lines += ["", "Recall by injection kind:", "", "| data | kind | injected | found | recall |", "|---|---|---|---|---|"]
    for name, result in {**results, **extra}.items():
        for kind in sorted(result["injected"]):
            lines.append(f"| {name} | {kind} | {result['injected'][kind]} | {result['found'][kind]} | "
                         f"{_percent(result['found'][kind], result['injected'][kind])} |")
    lines += ["", "False-alarm issues by rule (park-news-dev: the English often omits clauses, so some",
              "of its flags are real omissions):", ""]
    for name, result in {**results, **extra}.items():
        rules = ", ".join(f"{rule} × {count}" for rule, count in sorted(result["by_rule"].items())) or "none"
        lines.append(f"- {name}: {rules}")
    lines += ["", f"Run time: {time.time() - started:.0f} s.", ""]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
