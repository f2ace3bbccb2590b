"""Benchmark the Korean personal-name checks on Korean-original news (park-news-dev).

The English-original corpora (flores200-dev, ntrex128) hardly ever repeat a Korean name,
so ``eval_names.py`` cannot measure the Korean-name side. park-news-dev is Korean wire
news translated into English, where Korean persons recur ("Rhee Taek-soo … Rhee").

1. **Sites.** Documents are the ten-line windows of ``eval_names.load_park``, and the
   whole set read as one document (``--windows``). Korean
   persons are found *independently of the name finder under test*: a Hangul word whose
   first 2–4 syllables read as surname + given name and whose spelling variants
   (:func:`tqa.ko.romanize.name_pattern`) match a capitalised span of the aligned English
   ("반기문은" ↔ "Ban Ki-moon"; surname + two-syllable given name only, as two-syllable
   matches are mostly places: 홍콩 ~ "Hong Kong"). A later sentence mentions the same person when its Korean
   has the full name or the surname before a title (반 총장) and its English has the
   surname as spelt in the full rendering ("Ban"). A person is a test site when rendered
   in two or more sentences of one document.
2. **Injection.** In the last mention, one customary variant at a time:

   * ``surname`` — another customary spelling of the surname (Lee → Yi, Chung → Jeong);
   * ``given-syllable`` — one given-name syllable respelt (young → yeong, soo → su);
   * ``hyphen-dropped`` / ``hyphen-added`` — Taek-soo → Taeksoo, Yongha → Yong-ha;
   * ``split`` — given-name syllables as two words (Taek-soo → Taek Soo).

   The given-name kinds need two full-name renderings (the injected one and an earlier
   one). An injection is found when a new ``name`` issue points at the modified segment.
   Also measured: the share of *all* full-name renderings (recurring or not) that the
   name analysis attributes to the person — how well Korean names are found.
3. **False flags.** Every ``name`` issue on the undisturbed documents, listed with its
   line numbers and the verdict of reading it by hand (:data:`READ_FLAGS`; the English
   sometimes omits clauses, so some flags are real). ``--verbose`` prints the sentence
   pairs on the terminal; the results file holds no corpus text.
4. **Romaniser.** ``../shared/data/names`` holds the customary-spelling tables the
   romaniser ships with, so accepting them is trivially 100 %. The useful test is
   leave-table-out: the share of the tables' real spellings that the *rule-based*
   variant generator accepts with the tables switched off — how well syllables outside
   the tables are covered. Plus the personal-name examples of the 2000 RR notice.

Usage: ``python benchmarks/eval_korean_names.py [--data ../shared/data] [--verbose]``;
writes ``benchmarks/results/korean_names.md``.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_names import load_park, make_document  # noqa: E402
from tqa.analyse.names import analyse_document  # noqa: E402
from tqa.checks.runner import CheckContext, run_checks, select_rules  # noqa: E402
from tqa.document import Document  # noqa: E402
from tqa.ko import romanize as rr  # noqa: E402
from tqa.ko.names import TITLES  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"

#: Flags on the undisturbed documents read by hand: (rule, start of the message) → verdict.
#: A flag not listed here is printed as "not yet read".
READ_FLAGS = {
    ("TQA201", "앤드류 바스"): "TRUE — the English line omits the attribution clause (Professor … said); "
                             "the name is really missing from the translation",
    ("TQA201", "로버트 무가베"): "TRUE for the line pairing — park's English line has no name; the sentence "
                             "that names him is the next English line (the corpus is misaligned here)",
}
KINDS = ("surname", "given-syllable", "hyphen-dropped", "hyphen-added", "split")


@dataclass
class Site:
    """One rendering of a Korean person in one aligned pair of a document."""

    person: str      # the Hangul full name
    pair: int        # pair index in the document
    start: int       # offsets of the rendering in the pair's target text
    end: int
    text: str        # "Rhee Taek-soo" (full) or "Rhee" (surname)
    full: bool


# ---------------------------------------------------------------------------
# Finding Korean persons without the name finder under test


def _name_candidates(korean: str):
    """Hangul prefixes of words that could be surname + given name, longest first."""
    for match in re.finditer(r"[가-힣]+", korean):
        word = match.group()
        for length in (4, 3):  # surname + two-syllable given name (two-syllable "names" are
            candidate = word[:length]  # mostly places: 홍콩 ~ "Hong Kong")
            if len(candidate) < length:
                continue
            surname, given = rr.split_name(candidate)
            if (surname in rr.surname_variants_table() or surname in rr.TWO_SYLLABLE_SURNAMES) and len(given) == 2:
                yield candidate


def full_sites(document: Document) -> list[Site]:
    """Full-name renderings: a Hangul name whose spelling variants match capitalised English."""
    sites: list[Site] = []
    for index, pair in enumerate(document.pairs()):
        taken: list[tuple[int, int]] = []
        for candidate in _name_candidates(pair.source):
            for match in rr.name_pattern(candidate).finditer(pair.target):
                words = re.split(r"[ \u00a0]+", match.group())
                if not all(w[:1].isupper() for w in words):
                    continue
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue  # a longer name already took this span (반기문 before 반기)
                taken.append(match.span())
                sites.append(Site(candidate, index, match.start(), match.end(), match.group(), True))
    return sites


def _surname_written(site: Site) -> str:
    match = rr.name_pattern(site.person).fullmatch(site.text)
    return (match.group("surname") or match.group("surname2")) if match else site.text.split()[0]


_TITLE_RE = "|".join(TITLES)


def surname_sites(document: Document, person: str, spelt: str, full: list[Site]) -> list[Site]:
    """Surname-only renderings of ``person`` ("Rhee") where the Korean names the person."""
    surname = rr.split_name(person)[0]
    korean_mention = re.compile(rf"{re.escape(person)}|(?<![가-힣]){re.escape(surname)}\s*"
                                rf"(?:(?:전|前|현)\s+)?(?:{_TITLE_RE})")
    english = re.compile(rf"\b{re.escape(spelt)}\b")
    sites = []
    for index, pair in enumerate(document.pairs()):
        if not korean_mention.search(pair.source):
            continue
        for match in english.finditer(pair.target):
            if any(s.pair == index and s.start <= match.start() < s.end for s in full):
                continue
            sites.append(Site(person, index, match.start(), match.end(), match.group(), False))
    return sites


def _owner(site: Site, full: list[Site]) -> str:
    """Who a surname-only site refers to: the person with that surname named in full most
    recently before it, else the next one (two Kims in one document stay two people)."""
    surname = rr.split_name(site.person)[0]
    same = [s for s in full if rr.split_name(s.person)[0] == surname]
    before = [s for s in same if (s.pair, s.start) < (site.pair, site.start)]
    return (before[-1] if before else same[0]).person


def person_sites(document: Document) -> dict[str, list[Site]]:
    """Persons rendered in two or more sentences of the document → their sites in order."""
    by_person: dict[str, list[Site]] = {}
    full = full_sites(document)
    surname_only: dict[tuple[int, int], Site] = {}
    for person in dict.fromkeys(s.person for s in full):
        own = [s for s in full if s.person == person]
        for site in surname_sites(document, person, _surname_written(own[0]), full):
            surname_only[(site.pair, site.start)] = site
    for person in dict.fromkeys(s.person for s in full):
        sites = [s for s in full if s.person == person]
        sites += [s for s in surname_only.values() if _owner(s, full) == person]
        sites.sort(key=lambda s: (s.pair, s.start))
        if len({s.pair for s in sites}) >= 2:
            by_person[person] = sites
    return by_person


# ---------------------------------------------------------------------------
# Injection


def _given_part(site: Site) -> tuple[str, int, int] | None:
    """(given-name text, start, end) inside a full rendering."""
    match = rr.name_pattern(site.person).fullmatch(site.text)
    if not match:
        return None
    group = "given" if match.group("given") else "given2"
    return match.group(group), match.start(group), match.end(group)


def respell(site: Site, kind: str, rng: random.Random) -> str | None:
    """The site's rendering with one customary variant of ``kind`` (None when not applicable)."""
    surname, given_hangul = rr.split_name(site.person)
    if kind == "surname":
        spelt = _surname_written(site) if site.full else site.text
        options = [s.capitalize() for s in rr.surname_spellings(surname)[:4] if s.lower() != spelt.lower()]
        if not options:
            return None
        return site.text.replace(spelt, rng.choice(options), 1)
    if not site.full:
        return None
    part = _given_part(site)
    if part is None:
        return None
    given, start, end = part
    pieces = [p for p in re.split(r"[-\u2010\u2011' ]", given) if p]
    hyphenated = len(pieces) == len(given_hangul) == 2
    if kind == "given-syllable":
        if len(pieces) != len(given_hangul):
            return None
        index = rng.randrange(len(pieces))
        others = [v for v in rr.syllable_variants(given_hangul[index])[:5] if v != pieces[index].lower()]
        if not others:
            return None
        new = rng.choice(others)
        new = new.capitalize() if pieces[index][:1].isupper() else new
        replaced = given.replace(pieces[index], new, 1) if index == 0 else \
            given[::-1].replace(pieces[index][::-1], new[::-1], 1)[::-1]
        return site.text[:start] + replaced + site.text[end:]
    if kind == "hyphen-dropped" and hyphenated and "-" in given:
        return site.text[:start] + pieces[0] + pieces[1].lower() + site.text[end:]
    if kind == "split" and hyphenated and "-" in given:
        return site.text[:start] + pieces[0] + " " + pieces[1].capitalize() + site.text[end:]
    if kind == "hyphen-added" and len(given_hangul) == 2 and len(pieces) == 1:
        for cut in range(1, len(given)):  # cut where each side reads as its syllable
            if re.fullmatch(rr.given_name_regex(given_hangul[1]), given[cut:], re.I) and \
                    re.fullmatch(rr.given_name_regex(given_hangul[0]), given[:cut], re.I):
                return site.text[:start] + given[:cut] + "-" + given[cut:].lower() + site.text[end:]
    return None


def inject(document: Document, site: Site, new: str) -> tuple[Document, int]:
    pair = list(document.pairs())[site.pair]
    loc = pair.target_loc(site.start, site.end)
    english = [s.text for s in document.target_segments]
    segment = english[loc.segment]
    english[loc.segment] = segment[:loc.start] + new + segment[loc.end:]
    korean = [s.text for s in document.source_segments]
    return make_document(document.source_path, korean, english), loc.segment


# ---------------------------------------------------------------------------
# Measuring

RULES = None


def check(document: Document):
    global RULES
    if RULES is None:
        RULES = select_rules(["name"])
    return run_checks(document, RULES, CheckContext(fast=True))


def recognised(document: Document, site: Site) -> bool:
    """Whether the checks' own analysis sees a rendering of this person at this site."""
    analysis = analyse_document(document, CheckContext(fast=True))
    return any(m.pair == site.pair and m.kind == "person" and
               any(r.start < site.end and site.start < r.end for r in m.renderings)
               for m in analysis.mentions)


def evaluate(documents: list[Document], seed: int) -> dict:
    injected, found = Counter(), Counter()
    flags, misses, persons, unrecognised = [], [], [], []
    mentions, seen, unseen = 0, 0, []
    for document in documents:
        issues = check(document)
        for site in full_sites(document):  # every full-name rendering, recurring or not
            mentions += 1
            if recognised(document, site):
                seen += 1
            else:
                unseen.append((document.source_path, site.person, site.text))
        pairs = list(document.pairs())
        for issue in issues:
            segment = issue.target_segments[0] if issue.target_segments else None
            pair = next((p for p in pairs if segment in p.link.target), None)
            flags.append((document.source_path, issue.rule, issue.message,
                          list(pair.link.source) if pair else [], list(pair.link.target) if pair else [],
                          pair.source if pair else "", pair.target if pair else ""))
        before = {(i.rule, i.message) for i in issues}
        for person, sites in person_sites(document).items():
            persons.append((document.source_path, person, [s.text for s in sites]))
            for site in sites:
                if not recognised(document, site):
                    unrecognised.append((document.source_path, person, site.text))
            last = sites[-1]
            last_full = [s for s in sites if s.full]
            for kind in KINDS:
                target = last if kind == "surname" else (last_full[-1] if len(last_full) >= 2 else None)
                if target is None:
                    continue
                rng = random.Random(f"{seed}:{document.source_path}:{person}:{kind}")
                new = respell(target, kind, rng)
                if not new or new == target.text:
                    continue
                modified, segment = inject(document, target, new)
                injected[kind] += 1
                new_issues = [i for i in check(modified)
                              if segment in i.target_segments and (i.rule, i.message) not in before]
                if new_issues:
                    found[kind] += 1
                else:
                    misses.append((document.source_path, person, kind, target.text, new))
    return {"documents": len(documents), "flagged": len({f[0] for f in flags}), "flags": flags,
            "injected": injected, "found": found, "misses": misses, "persons": persons,
            "unrecognised": unrecognised, "mentions": mentions, "seen": seen, "unseen": unseen}


# ---------------------------------------------------------------------------
# The romaniser against ../shared/data/names


def _read_variants(path: Path) -> dict[str, list[str]]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0] and fields[1]:
            table[fields[0]] = [v for v in fields[1].split("|") if v]
    return table


def _accepted(table: dict[str, list[str]]) -> tuple[int, int, list[str]]:
    total, accepted, rejected = 0, 0, []
    for hangul, spellings in table.items():
        pattern = re.compile(rr.given_name_regex(hangul), re.IGNORECASE)
        for spelling in spellings:
            total += 1
            if pattern.fullmatch(spelling):
                accepted += 1
            else:
                rejected.append(f"{hangul} {spelling}")
    return accepted, total, rejected


def _clear_caches():
    for function in (rr.syllable_variants, rr.surname_spellings, rr.given_name_regex, rr.name_pattern):
        function.cache_clear()


def romaniser_test(folder: Path) -> dict:
    """Leave-table-out acceptance of real spellings, and the RR notice's name examples."""
    surnames = _read_variants(folder / "korean_surname_variants.tsv")
    given = _read_variants(folder / "korean_given_name_syllable_variants.tsv")
    with_tables = (_accepted(surnames), _accepted(given))
    with mock.patch.object(rr, "surname_variants_table", lambda: {}), \
            mock.patch.object(rr, "given_variants_table", lambda: {}):
        _clear_caches()
        rules_only = (_accepted(surnames), _accepted(given))
    _clear_caches()
    examples = []
    for line in (folder / "rr_official_tables.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and fields[0] == "name_example":
            joined, hyphenated = re.match(r"(.+?) \((.+)\)", fields[2]).groups()
            ours = rr.romanize_name(fields[1], customary_surname=False)
            pattern = rr.name_pattern(fields[1])
            examples.append((fields[1], fields[2], ours, ours == hyphenated,
                             bool(pattern.fullmatch(joined)) and bool(pattern.fullmatch(hyphenated))))
    return {"with_tables": with_tables, "rules_only": rules_only, "examples": examples}


# ---------------------------------------------------------------------------


def _percent(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def _short(text: str, limit: int = 150) -> str:
    text = text.replace("|", "/")
    return text if len(text) <= limit else text[:limit] + "…"


def report(results: dict[int, dict], romaniser: dict | None, seed: int, seconds: float) -> list[str]:
    lines = ["# Korean personal names: injected-respelling recall and false flags", "",
             "park-news-dev (Korean-original wire news), `name` rules, `--fast`, seed "
             f"{seed}. Generated by `benchmarks/eval_korean_names.py`.",
             "Korean persons are few in these 1,000 lines, so the figures rest on a handful of",
             "sites; the whole set read as one document gives the most sites (and stresses the",
             "surname resolution with persons from many articles).", ""]
    for window, result in results.items():
        lines += _window_section(result, window)
    lines += _romaniser_section(romaniser) if romaniser else []
    lines += ["", f"Run time: {seconds:.0f} s.", ""]
    return lines


def _window_section(result: dict, window: int) -> list[str]:
    label = "the whole set as one document" if result["documents"] == 1 else \
        f"documents of {window} consecutive lines ({result['documents']})"
    lines = [f"## park-news-dev, {label}", "",
             f"Korean persons rendered in ≥ 2 sentences of a document: {len(result['persons'])}; "
             f"their renderings the name analysis does not see: {len(result['unrecognised'])}.", "",
             f"All full-name renderings of Korean persons (recurring or not): {result['mentions']}; "
             f"attributed to the person by the name analysis: {result['seen']} "
             f"({_percent(result['seen'], result['mentions'])}).", "",
             "| kind | injected | found | recall |", "|---|---|---|---|"]
    for kind in KINDS:
        lines.append(f"| {kind} | {result['injected'][kind]} | {result['found'][kind]} | "
                     f"{_percent(result['found'][kind], result['injected'][kind])} |")
    total_injected, total_found = sum(result["injected"].values()), sum(result["found"].values())
    lines.append(f"| **all** | {total_injected} | {total_found} | {_percent(total_found, total_injected)} |")
    lines += ["", f"Documents with a `name` flag (undisturbed): {result['flagged']} of {result['documents']} "
              f"({_percent(result['flagged'], result['documents'])}); flags: {len(result['flags'])}.", ""]
    lines += ["### Persons (sites)", ""]
    lines += [f"- {doc} {person}: {' / '.join(texts)}" for doc, person, texts in result["persons"]]
    if result["misses"]:
        lines += ["", "### Missed injections", ""]
        lines += [f"- {doc} {person} [{kind}] '{old}' → '{new}'" for doc, person, kind, old, new in result["misses"]]
    if result["unrecognised"]:
        lines += ["", "### Renderings the name analysis does not attribute to the person", ""]
        lines += [f"- {doc} {person}: '{text}'" for doc, person, text in result["unrecognised"]]
    if result["unseen"]:
        lines += ["", "### Full-name renderings the name analysis does not attribute", ""]
        lines += [f"- {doc} {person}: '{text}'" for doc, person, text in result["unseen"]]
    lines += ["", "### Every flag on the undisturbed documents (read one by one)", ""]
    if not result["flags"]:
        lines.append("none")
    for doc, rule, message, source_lines, target_lines, _, _ in result["flags"]:
        verdict = next((v for (r, start), v in READ_FLAGS.items() if r == rule and message.startswith(start)),
                       "not yet read")
        lines += [f"- {doc} {rule}: {message} (Korean line {source_lines}, English line {target_lines} "
                  f"of the document; `--verbose` prints the pair)", f"  - read: {verdict}"]
    return lines + [""]


def _romaniser_section(romaniser: dict) -> list[str]:
    lines = []
    if romaniser:
        lines += ["## Romaniser against ../shared/data/names", "",
                  "The customary-spelling tables there are the ones the romaniser ships with, so with",
                  "the tables every listed spelling is accepted by construction. Leave-table-out: the",
                  "same spellings checked against the rule-based variant generator alone (tables off),",
                  "i.e. how well syllables the tables do not list are covered.", "",
                  "| table | with tables | rules only |", "|---|---|---|"]
        for label, index in (("surnames", 0), ("given-name syllables", 1)):
            a, t, _ = romaniser["with_tables"][index]
            ra, rt, _ = romaniser["rules_only"][index]
            lines.append(f"| {label} | {a}/{t} ({_percent(a, t)}) | {ra}/{rt} ({_percent(ra, rt)}) |")
        for label, index in (("surnames", 0), ("given-name syllables", 1)):
            rejected = romaniser["rules_only"][index][2]
            lines.append(f"\nRules-only rejects ({label}): {', '.join(rejected) or 'none'}")
        lines += ["", "RR notice personal-name examples (surname + given name, hyphenated and joined forms):", ""]
        for hangul, notice, ours, same, accepted in romaniser["examples"]:
            lines.append(f"- {hangul}: notice '{notice}', ours '{ours}' ({'same' if same else 'DIFFERENT'}); "
                         f"both forms accepted: {'yes' if accepted else 'NO'}")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--windows", default="10,1000",
                        help="lines per park-news-dev document, comma-separated (1000 = the whole set)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "korean_names.md")
    args = parser.parse_args(argv)
    if not (args.data / "park-news-dev").is_dir():
        print(f"skipped: {args.data} has no park-news-dev (development data is outside the repo)")
        return 0
    started = time.time()
    results = {window: evaluate(load_park(args.data, window), args.seed)
               for window in (int(w) for w in args.windows.split(","))}
    names_folder = args.data / "names"
    romaniser = romaniser_test(names_folder) if names_folder.is_dir() else None
    lines = report(results, romaniser, args.seed, time.time() - started)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines), encoding="utf-8")  # no corpus sentences in the repo
    print("\n".join(lines if args.verbose else lines[:20]))
    if args.verbose:  # the flagged pairs themselves, for reading (terminal only)
        for window, result in results.items():
            for doc, rule, message, _, _, korean, english in result["flags"]:
                print(f"\nFLAG [{window}] {doc} {rule}: {message}\n  ko: {_short(korean, 300)}\n"
                      f"  en: {_short(english, 300)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
