"""Word alignment (``tqa align --words``, :mod:`tqa.align.words`) against gold links built
without the aligner, per lock-box half; and its speed next to sentence embedding.

Gold (built here, from the text and the shared tables only; no vectors, no project
analysers): in each 1:1 pair of the shared dev sets,

* **number**: a number written with digits (``1,250``, ``3.5``) whose value occurs exactly
  once in the Korean and exactly once in the English, neither followed by a scale word
  (만/억/조/천, thousand/million/billion/trillion): the Korean whitespace word holding it ↔
  the English word holding it;
* **name**: a three-syllable Korean word start whose first syllable is a surname of
  ``names/korean_surname_variants.tsv`` and whose English rendering is found with that
  table's spellings and, for the given-name syllables, ``names/korean_given_name_syllable_variants.tsv``
  or the Revised Romanization tables (``names/rr_official_tables.tsv``) with a few
  customary spellings of RR letters (eo → u/o, u → oo, g → k … :data:`_CUSTOMARY`), "Surname Given-name"
  or "Given-name Surname", exactly once on each side: the Korean word ↔ the English words
  of the rendering (sure: the surname's word; possible: every word of it);
* **gloss**: an entry of the project's gloss/term lists (a noun, no space) that starts
  exactly one Korean word (the rest at most two syllables: a particle) and occurs nowhere
  else in the Korean, with exactly one English word of the pair that is one of its one-word
  glosses (or that plus -s/-es): the Korean word ↔ that English word.

Scoring. The gold is partial (most words have none), so only the aligner's links that
touch a gold English word are judged: precision = those that go to the gold Korean word;
recall = gold sure links found; AER = 1 - (|A∩S| + |A∩P|) / (|A| + |S|) over the judged
links A. A Korean word's other links (its particle's "in", "the") are not judged.

Each kind of gold is scored three ways: anchors **off** (vectors alone: the honest
measure), anchors on **except its own kind** (for number gold: names, Latin words and
glosses may help, numbers may not), and **all** anchors (circular for that kind: the anchor
is the gold's own evidence; shown only to see that forcing works).

    python benchmarks/eval_word_alignment.py            # writes benchmarks/results/word_alignment.md
    python benchmarks/eval_word_alignment.py --limit 150 --sets flores200-dev
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lockbox import DATA, HALVES, SETS, line_halves  # noqa: E402

from tqa.align import words as wa  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "word_alignment.md"
KINDS = ("number", "name", "gloss")
#: the aligner's anchor kinds that use the same evidence as each kind of gold
OWN_ANCHORS = {"number": ("number", "quantity"), "name": ("name", "latin"), "gloss": ("gloss",)}

_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d])")
_KO_SCALE = tuple("만억조천")
_EN_SCALE = re.compile(r"[ -]?(thousand|million|billion|trillion)\b", re.I)


# ------------------------------------------------------------------------ gold ----

def _numbers(text: str, korean: bool) -> list[tuple[str, int, int]]:
    found = []
    for match in _NUMBER.finditer(text):
        if korean and text[match.end():match.end() + 1] in _KO_SCALE:
            continue
        if not korean and _EN_SCALE.match(text, match.end()):
            continue
        if match.group(2) and match.end() < len(text) and text[match.end()] == ".":
            continue  # 1.2.3 version or date strings
        value = float(match.group(1).replace(",", "") + (match.group(2) or ""))
        found.append((f"{value:g}", match.start(), match.end()))
    return found


def number_gold(korean: str, english: str):
    ko, en = _numbers(korean, True), _numbers(english, False)
    ko_count, en_count = Counter(v for v, _, _ in ko), Counter(v for v, _, _ in en)
    gold = []
    for value, start, end in ko:
        if ko_count[value] == 1 and en_count[value] == 1:
            (_, e_start, e_end), = [n for n in en if n[0] == value]
            gold.append(("number", (start, end), [(e_start, e_end)]))
    return gold


def _read_variants(name: str) -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    with open(DATA / "names" / name, encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t"):
            table[row["hangul"]] = {v for v in row["variants_lowercase"].split("|") if v}
    return table


_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ",
           "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]


def _rr_table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(initial, medial, final) jamo → Revised Romanization, from the shared RR table."""
    initial, medial, final = {}, {}, {}
    with open(DATA / "names" / "rr_official_tables.tsv", encoding="utf-8") as stream:
        rows = [line.rstrip("\n").split("\t") for line in stream if not line.startswith("#")]
    for row in rows[1:]:
        if len(row) < 3:
            continue
        kind, jamo, rr = row[0], row[1], row[2]
        if kind == "vowel":
            medial[jamo] = rr
        elif kind == "consonant":
            options = rr.split("/")
            initial[jamo] = "" if jamo == "ㅇ" else options[0]
            final[jamo] = options[-1]
    return initial, medial, final


def _rr(syllable: str, tables) -> str | None:
    initial, medial, final = tables
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return None
    i, m, f = _INITIALS[code // 588], _MEDIALS[code % 588 // 28], _FINALS[code % 28]
    if i not in initial or m not in medial or (f and f not in final):
        return None
    return initial[i] + medial[m] + (final[f] if f else "")


class NameTables:
    def __init__(self):
        self.surnames = _read_variants("korean_surname_variants.tsv")
        self.given = _read_variants("korean_given_name_syllable_variants.tsv")
        self.rr = _rr_table()

    def given_options(self, syllable: str) -> set[str]:
        options = set(self.given.get(syllable, set()))
        rr = _rr(syllable, self.rr)
        if rr:
            options |= _customary(rr)
        return options


#: customary (pre-2000, McCune-Reischauer-like) spellings of RR letters that given names
#: still use: 천 cheon → chun, 문 mun → moon, 기 gi → ki, 석 seok → suk
_CUSTOMARY = (("eo", ("u", "o")), ("eu", ("u",)), ("ui", ("ee", "i")), ("u", ("oo",)), ("i", ("ee",)))
_CUSTOMARY_INITIAL = (("g", "k"), ("d", "t"), ("b", "p"), ("j", "ch"), ("s", "sh"))


def _customary(rr: str) -> set[str]:
    spellings = {rr}
    for initial, other in _CUSTOMARY_INITIAL:
        if rr.startswith(initial) and not rr.startswith(("ch", "ss", "jj")):
            spellings.add(other + rr[len(initial):])
    for letters, others in _CUSTOMARY:
        for spelling in list(spellings):
            if letters in spelling and not (letters == "u" and ("eu" in spelling or "yu" in spelling or "ui" in spelling)):
                spellings |= {spelling.replace(letters, other, 1) for other in others}
    return spellings


def name_gold(korean: str, english: str, tables: NameTables):
    gold = []
    seen: Counter = Counter(m.group() for m in re.finditer(r"[가-힣]{3}", korean))
    for word in wa.korean_words(korean):
        text = word.text
        if len(text) < 3 or not all("가" <= c <= "힣" for c in text[:3]) or text[0] not in tables.surnames:
            continue
        name = text[:3]
        if seen[name] != 1 or korean.count(name) != 1:
            continue
        first, second = tables.given_options(name[1]), tables.given_options(name[2])
        if not first or not second:
            continue
        surname = "|".join(sorted(map(re.escape, tables.surnames[name[0]]), key=len, reverse=True))
        given = (f"(?:{'|'.join(sorted(map(re.escape, first), key=len, reverse=True))})[-\u2010\u2011 ]?"
                 f"(?:{'|'.join(sorted(map(re.escape, second), key=len, reverse=True))})")
        pattern = re.compile(rf"\b(?P<s>(?i:{surname}))\s+(?P<g>(?i:{given}))\b|\b(?P<g2>(?i:{given}))\s+(?P<s2>(?i:{surname}))\b")
        matches = [m for m in pattern.finditer(english) if english[m.start()].isupper()]
        if len(matches) != 1:
            continue
        match = matches[0]
        surname_span = match.span("s") if match.group("s") else match.span("s2")
        gold.append(("name", (word.start, word.start + 3), [surname_span, match.span()]))
    return gold


def gloss_table() -> dict[str, set[str]]:
    from tqa.ko.expressions import GLOSSES_PATH, parse_glosses
    from tqa.analyse.term_words import TERM_GLOSSES_PATH

    table: dict[str, set[str]] = defaultdict(set)
    for path in (GLOSSES_PATH, TERM_GLOSSES_PATH):
        entries, _ = parse_glosses(path.read_text(encoding="utf-8"))
        for korean, glosses in entries.items():
            if " " in korean or korean.endswith("다") or len(korean) < 2:
                continue
            table[korean] |= {g for g in glosses if re.fullmatch(r"[a-z]{3,}", g)}
    return {k: v for k, v in table.items() if v}


def gloss_gold(korean: str, english: str, glosses: dict[str, set[str]]):
    gold = []
    english_words = wa.english_words(english)
    lowered = [w.text.lower() for w in english_words]
    claimed = set()
    for word in wa.korean_words(korean):
        candidates = [k for k in glosses if word.text.startswith(k) and len(word.text) - len(k) <= 2
                      and all("가" <= c <= "힣" for c in word.text[len(k):])]
        if not candidates:
            continue
        entry = max(candidates, key=len)
        if korean.count(entry) != 1:
            continue
        forms = {g for gloss in glosses[entry] for g in (gloss, gloss + "s", gloss + "es")}
        hits = [j for j, w in enumerate(lowered) if w in forms]
        if len(hits) != 1 or hits[0] in claimed:
            continue
        claimed.add(hits[0])
        target = english_words[hits[0]]
        gold.append(("gloss", (word.start, word.end), [(target.start, target.end)]))
    return gold


# --------------------------------------------------------------------- scoring ----

def _indices(words, span):
    return [i for i, w in enumerate(words) if w.start < span[1] and span[0] < w.end]


def gold_links(pair_gold, source_words, target_words):
    """Per gold item: (kind, sure set, possible set) of (source index, target index)."""
    items = []
    for kind, source_span, target_spans in pair_gold:
        sources = _indices(source_words, source_span)
        sure_targets = _indices(target_words, target_spans[0])
        possible_targets = set().union(*(_indices(target_words, span) for span in target_spans))
        sure = {(i, j) for i in sources for j in sure_targets}
        possible = {(i, j) for i in sources for j in possible_targets} | sure
        if sure:
            items.append((kind, sure, possible))
    return items


class Tally:
    def __init__(self):
        self.judged = self.correct_p = self.correct_s = self.sure = self.items = self.found = 0

    def add(self, links: set, items):
        gold_targets = {j for _, _, possible in items for _, j in possible}
        judged = {(i, j) for i, j in links if j in gold_targets}
        sure = set().union(*(s for _, s, _ in items)) if items else set()
        possible = set().union(*(p for _, _, p in items)) if items else set()
        self.judged += len(judged)
        self.correct_p += len(judged & possible)
        self.correct_s += len(judged & sure)
        self.sure += len(sure)
        self.found += len(links & sure)
        self.items += len(items)

    def row(self) -> tuple[str, str, str]:
        precision = self.correct_p / self.judged if self.judged else float("nan")
        recall = self.found / self.sure if self.sure else float("nan")
        denominator = self.judged + self.sure
        aer = 1 - (self.correct_s + self.correct_p) / denominator if denominator else float("nan")
        return f"{precision:.3f}", f"{recall:.3f}", f"{aer:.3f}"


# ------------------------------------------------------------------------ main ----

def load_pairs(sets, limit):
    tables, glosses = NameTables(), gloss_table()
    pairs = []  # (set, half, korean, english, gold)
    for name in sets:
        korean_path, english_path = SETS[name]
        korean = (DATA / korean_path).read_text(encoding="utf-8").splitlines()
        english = (DATA / english_path).read_text(encoding="utf-8").splitlines()
        halves = line_halves(name)
        taken = Counter()
        for line, (ko, en) in enumerate(zip(korean, english), start=1):
            ko, en = unicodedata.normalize("NFC", ko.strip()), en.strip()
            if not ko or not en:
                continue
            gold = number_gold(ko, en) + name_gold(ko, en, tables) + gloss_gold(ko, en, glosses)
            half = halves[line]
            named = any(kind == "name" for kind, _, _ in gold)  # rare: always kept
            if gold and (limit is None or taken[half] < limit or named):
                taken[half] += 1
                pairs.append((name, half, ko, en, gold))
    return pairs


UNITS = ("eojeol", "morpheme")
ROUNDS = (1, 2, 3)


def evaluate(pairs, engine, layers, log):
    """tallies[(units, layer, rounds, anchors)][(half, kind)], and the default's misses.

    Gold is on whitespace words; a morpheme-unit link counts for the whitespace word that
    holds the morpheme. Anchor modes are scored for the default units, layer and rounds."""
    started = time.perf_counter()
    texts = [text for _, _, ko, en, _ in pairs for text in (ko, en)]
    states = []
    for start in range(0, len(texts), 200):
        states.extend(engine.token_states(texts[start:start + 200], tuple(layers)))
        log(f"token states {len(states)}/{len(texts)} ({time.perf_counter() - started:.0f} s)")
    tallies: dict = defaultdict(lambda: defaultdict(Tally))
    misses: Counter = Counter()
    default = (wa.UNITS, wa.LAYER, wa.ITER_MAX)
    for index, (name, half, ko, en, gold) in enumerate(pairs):
        source_words, target_words = wa.korean_words(ko), wa.english_words(en)
        units = {"eojeol": (source_words, list(range(len(source_words))))}
        morphs = wa.korean_morpheme_words(ko)
        units["morpheme"] = (morphs, [next((k for k, w in enumerate(source_words) if w.start <= m.start < w.end), -1)
                                      for m in morphs])
        items = gold_links(gold, source_words, target_words)
        # anchors index the units they were computed on: those of the default units
        anchors = wa.anchor_links(ko, en, units[wa.UNITS][0], target_words)
        s_state, t_state = states[2 * index], states[2 * index + 1]
        for layer in layers:
            t_vec = wa._word_vectors(t_state.spans, t_state.layers[layer], target_words)
            for unit, (unit_words, owner) in units.items():
                s_vec = wa._word_vectors(s_state.spans, s_state.layers[layer], unit_words)
                for rounds in ROUNDS:
                    is_default = (unit, layer, rounds) == default
                    for mode in (("off", "except-own", "all") if is_default else ("off",)):
                        for kind in KINDS:
                            kind_items = [item for item in items if item[0] == kind]
                            if not kind_items:
                                continue
                            used = None if mode == "off" else anchors if mode == "all" else \
                                {k: v for k, v in anchors.items() if v not in OWN_ANCHORS[kind]}
                            links = {(owner[k.source], k.target) for k in
                                     wa.match(unit_words, target_words, s_vec, t_vec, used, rounds)}
                            tallies[(unit, layer, rounds, mode)][(half, kind)].add(links, kind_items)
                            tallies[(unit, layer, rounds, mode)][(half, "all kinds")].add(links, kind_items)
                            if is_default and mode == "off":
                                for _, sure, _ in kind_items:
                                    if not links & sure:
                                        misses[(kind, _miss_reason(links, sure, source_words, target_words))] += 1
    return tallies, misses


def _miss_reason(links, sure, source_words, target_words) -> str:
    (i, j) = next(iter(sure))
    korean_linked = any(a == i for a, _ in links)
    english_linked = any(b == j for _, b in links)
    if korean_linked and english_linked:
        return "both words linked elsewhere"
    if korean_linked:
        return "Korean word linked elsewhere, English word unlinked"
    if english_linked:
        return "English word linked elsewhere, Korean word unlinked"
    return "neither word linked"


def speed(pairs, engine, repeat_pairs: int, rounds: int = 3):
    """Pairs per CPU second (this process, all its threads) and per wall second: sentence
    vectors of both sides (one batched engine call, as the sentence aligner makes) against
    word alignment of the same pairs, alternated ``rounds`` times; the best round of each
    (the machine is shared: the best round is the one least disturbed)."""
    sample = [(ko, en) for _, _, ko, en, _ in pairs[:repeat_pairs]]
    texts = [t for pair in sample for t in pair]
    engine.embed(texts)  # warm: the tokenizer model for these characters
    jobs = {"sentence embedding (both sides, batched)": lambda: engine.embed(texts),
            "word alignment, anchors off": lambda: wa.WordAligner(engine, anchors=False).align_many(sample),
            "word alignment, anchors on": lambda: wa.WordAligner(engine, anchors=True).align_many(sample),
            f"token states of layer {engine.file.header.layers} only (the sentence vector's depth)":
                lambda: engine.token_states(texts, (engine.file.header.layers,))}
    best: dict[str, tuple[float, float]] = {}
    for _ in range(rounds):
        for what, job in jobs.items():
            cpu, wall = time.process_time(), time.perf_counter()
            job()
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            old = best.get(what, (float("inf"), float("inf")))
            best[what] = (min(old[0], cpu), min(old[1], wall))
    return len(sample), [(what, len(sample) / cpu, len(sample) / wall) for what, (cpu, wall) in best.items()]


def report(pairs, tallies, misses, layers, speed_rows, sets, limit) -> str:
    counts: Counter = Counter()
    for name, half, _, _, gold in pairs:
        for kind, _, _ in gold:
            counts[(name, half, kind)] += 1
    out = ["# Word alignment (`tqa align --words`) against independently built gold links", "",
           "Written by `benchmarks/eval_word_alignment.py` (its docstring defines the gold and the scoring).",
           f"Sets: {', '.join(sets)}; pairs with at least one gold link"
           + (f", at most {limit} per set and half" if limit else "") + f": {len(pairs)}.",
           f"Default aligner: Korean {wa.UNITS} units, layer {wa.LAYER}, "
           f"{'IterMax' if wa.ITER_MAX > 1 else 'ArgMax'}; English = `tokenize` words. Gold is on Korean "
           "whitespace words.", "",
           "## Gold links per set and half", "", "| set | half | number | name | gloss |", "|---|---|---:|---:|---:|"]
    for name in sets:
        for half in HALVES:
            out.append(f"| {name} | {half} | " + " | ".join(str(counts[(name, half, k)]) for k in KINDS) + " |")
    out += ["", "## Anchors off (vectors alone): units, layer and method, per half", "",
            "Precision / recall / AER. Units: Korean whitespace words (eojeol) or kiwipiepy morphemes "
            "(a morpheme's link counts for its whitespace word). Rounds: 1 = ArgMax, 2-3 = IterMax. "
            "Chosen on the **tuning** half by the AER of all kinds.", "",
            "| units | layer | rounds | half | " + " | ".join(KINDS + ("all kinds",)) + " |",
            "|---|---:|---:|---|" + "---|" * (len(KINDS) + 1)]
    ranked = []
    for unit in UNITS:
        for layer in layers:
            for rounds in ROUNDS:
                for half in HALVES:
                    tally = tallies[(unit, layer, rounds, "off")]
                    cells = [" / ".join(tally[(half, kind)].row()) for kind in KINDS + ("all kinds",)]
                    out.append(f"| {unit} | {layer} | {rounds} | {half} | " + " | ".join(cells) + " |")
                ranked.append((float(tallies[(unit, layer, rounds, "off")][("tuning", "all kinds")].row()[2]),
                               unit, layer, rounds))
    best = min(ranked)
    out += ["", f"Best on tuning (all kinds AER): {best[1]}, layer {best[2]}, {best[3]} round(s), "
            f"AER {best[0]:.3f}. Default in `tqa.align.words`: {wa.UNITS}, layer {wa.LAYER}, {wa.ITER_MAX} round(s)."]
    out += ["", f"## Anchors ({wa.UNITS} units, layer {wa.LAYER}, {'IterMax' if wa.ITER_MAX > 1 else 'ArgMax'})", "",
            "off = vectors alone; except-own = the project's anchors other than those of the gold's own "
            "evidence (number gold: no number/quantity anchors; name gold: no name/Latin-word anchors; "
            "gloss gold: no gloss anchors); all = every anchor (circular: the gold kind's "
            "own anchor is forced).", "",
            "| anchors | half | " + " | ".join(KINDS + ("all kinds",)) + " |", "|---|---|" + "---|" * (len(KINDS) + 1)]
    for mode in ("off", "except-own", "all"):
        for half in HALVES:
            cells = [" / ".join(tallies[(wa.UNITS, wa.LAYER, wa.ITER_MAX, mode)][(half, kind)].row())
                     for kind in KINDS + ("all kinds",)]
            out.append(f"| {mode} | {half} | " + " | ".join(cells) + " |")
    out += ["", "## Where it fails (anchors off, default settings, both halves)", "",
            "| gold kind | how the gold link was missed | count |", "|---|---|---:|"]
    for (kind, reason), count in sorted(misses.items(), key=lambda x: (x[0][0], -x[1])):
        out.append(f"| {kind} | {reason} | {count} |")
    out += ["", "What the figures do and do not say:", "",
            "- The gold is easy by construction: unique numbers, full Korean names, nouns of the gloss "
            "list that occur once on each side. Verbs, function words, idioms, paraphrase and "
            "words repeated in a sentence are not measured; expect lower figures there.",
            "- Precision judges only links that touch a gold English word; a Korean unit's other "
            "links are not judged, so it is an upper bound.",
            "- A miss is a gold pair whose words prefer other words: with whitespace units mostly the "
            "Korean unit (content word + particles) linked to a preposition or a neighbour and the gold "
            "English word left unlinked (hence morpheme units); with morphemes mostly both words linked "
            "elsewhere (a multi-word rendering, a repeated or near-synonymous word), which the IterMax "
            "round, damping linked words, does not undo.",
            "- `tqa align --words` aligns the sentences first (sentence embeddings), so its cost is the "
            "sentence embedding's plus the word alignment's: word alignment stops at layer 8 of 12 and "
            "runs unnested padded batches, hence faster than the sentence vectors here.",
            "- Names by vectors alone are weak (a Hangul name and its romanisation share no subword "
            "pieces); the name anchor is what links them (see the `all` rows). Name gold is small "
            "(Korean full names are rare in these sets; FLORES has none).",
            "- The anchors other than a gold kind's own (`except-own`) do not improve that kind: "
            "their value is on the words they anchor, which this gold can only show circularly."]
    sample, rows = speed_rows
    base = rows[0][1]  # sentence embedding
    out += ["", f"## Speed ({sample} pairs, one process, alternated 3 times, best round; torch engine)", "",
            "CPU time counts every thread of the process; the machine (2 cores) was shared with other "
            "jobs, so wall-clock figures are noisy.", "",
            "| what | pairs per CPU second | relative to sentence embedding | pairs per wall second |",
            "|---|---:|---:|---:|"]
    out += [f"| {what} | {cpu:.1f} | {cpu / base:.2f} | {wall:.1f} |" for what, cpu, wall in rows]
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--limit", type=int, help="at most this many gold-bearing pairs per set and half "
                        "(pairs with name gold, which are rare, are always kept)")
    parser.add_argument("--layers", default="4,6,8")
    parser.add_argument("--speed-pairs", type=int, default=200)
    parser.add_argument("--count-only", action="store_true")
    parser.add_argument("-o", "--output", default=str(RESULTS))
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"shared data not found at {DATA}; skipped")
        return 0
    log = lambda message: print(message, file=sys.stderr, flush=True)  # noqa: E731
    pairs = load_pairs(args.sets, args.limit)
    kinds = Counter(kind for *_, gold in pairs for kind, _, _ in gold)
    log(f"{len(pairs)} pairs with gold; links: {dict(kinds)}")
    if args.count_only:
        return 0
    try:
        engine = wa.load_torch_engine()
    except wa.WordAlignmentUnavailable as error:
        print(f"skipped: {error}")
        return 0
    layers = [int(x) for x in args.layers.split(",")]
    if wa.LAYER not in layers:
        layers.append(wa.LAYER)
    tallies, misses = evaluate(pairs, engine, layers, log)
    speed_rows = speed(pairs, engine, args.speed_pairs)
    text = report(pairs, tallies, misses, layers, speed_rows, args.sets, args.limit)
    Path(args.output).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
