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

from tqa.checks.names import analyse_document  # noqa: E402
from tqa.checks.runner import CheckContext, run_checks, select_rules  # noqa: E402
from tqa.checks.terms import analyse_terms, infer_renderings, recurring_terms  # noqa: E402
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


def _group(prefix, korean, english, keys) -> list[Document]:
    documents, start = [], 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            documents.append(make_document(f"{prefix}:{keys[start]}", korean[start:index], english[start:index]))
            start = index
    return documents


RULES = None


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
    recurring_terms(document, context)  # fills the cache with occurrences and association
    occurrences = context.cache["terms.occurrences"]
    twice = {term: hits for term, hits in occurrences.items() if len(hits) == 2}
    for term in infer_renderings(names.pairs, twice, context.cache["terms.association"], 2):
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


def inject(document: Document, candidate, rng: random.Random) -> tuple[Document, int] | None:
    kind, entity, pair, start, end, text = candidate
    if kind == "korean-name":
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
        for candidate in injection_candidates(document):
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
        lines.append(f"| {name} (Korean original, noisy alignment; not in the total) | {result['documents']} | "
                     f"{result['flagged']} | {_percent(result['flagged'], result['documents'])} | {injected} | "
                     f"{found} | {_percent(found, injected)} |")
    term_kinds = ("term", "term-compound", "term-compound-2")
    term_injected = sum(r["injected"][k] for r in results.values() for k in term_kinds)
    term_found = sum(r["found"][k] for r in results.values() for k in term_kinds)
    lines += ["", f"Injected term swaps (flores200-dev + ntrex128, kinds {', '.join(term_kinds)}): "
              f"found {term_found} of {term_injected} ({_percent(term_found, term_injected)})."]
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
