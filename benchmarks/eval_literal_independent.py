"""Evaluate the ``literal`` family on the independent set; writes
``benchmarks/results/literal_independent.md``.

The set, ``corpora/literal_eval_independent/pairs.tsv``, was written by someone who had
not read the lexicon, rules or earlier sets (see its README). It measures issue 13:
recall on literal renderings and false alarms on good renderings, in the lexicon and
out of it, with a lock-box split.

Split. A row's half comes from its ``group`` (so both renderings of one expression stay
together): ``sha256(("literal-independent:" + group).encode("utf-8")).digest()[0]`` even
→ ``tuning``, odd → ``checking``. Tune on the tuning half only; the checking half is
reported as counts and rates, never row by row.

Run. Each row is one aligned pair through the public API,
``check_pairs(pairs, Options(fast=True, select=["literal"]))``, one call per half; a
finding belongs to the row ``issue.source_segments[0]``. A row is *flagged* when it has a
``literal`` finding of severity minor or above (TQA300, TQA310, TQA311, TQA312, TQA320); TQA301 (an
``info`` review note) is counted apart. Then, if the language model is installed, the
default mode (``Options(select=["literal"])``, models on) adds TQA320: the tuning half
first, the checking half only if the tuning half took less than ``--budget`` seconds.

The file's sections after the line ``HAND_WRITTEN`` (hand-written notes) are kept on a rerun.

In-lexicon. A row is in-lexicon when ``default_lexicon().find(korean)`` is non-empty,
i.e. the Korean sentence holds *some* lexicon expression (not necessarily the one the
row tests). Decided by the code at run time, so it follows the lexicon as it grows.

Only group ids, categories and forms are written, never the set's sentences.

    python benchmarks/eval_literal_independent.py            # fast + default mode
    python benchmarks/eval_literal_independent.py --fast     # fast mode only
    python benchmarks/eval_literal_independent.py --budget 120
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from results_file import HAND_WRITTEN, write_keeping_notes  # noqa: E402

EVAL_SET = ROOT / "corpora" / "literal_eval_independent" / "pairs.tsv"
RESULTS = ROOT / "benchmarks" / "results" / "literal_independent.md"
SALT = "literal-independent:"
HALVES = ("tuning", "checking")
SERIOUS = {"critical", "major", "minor"}
FLAG_RULES = ("TQA300", "TQA310", "TQA311", "TQA312", "TQA320")
#: note prefixes of the kinds of good rows: the same image idiomatic in English (set 6 called these
#: near misses), an idiom's words used literally (sets 14 on: "near miss: literal use …"; set 6's
#: plain-use controls, category other, "literal use, no idiom"), and plain sentences with no idiom
SAME_IMAGE = "image idiomatic in English"
LITERAL_USE = "near miss"
CONTROL = "control: plain sentence"
CATEGORIES = ("body-part", "food", "animal", "household", "proverb", "four-char", "slang/neologism",
              "figurative-verb", "emotion", "other")
FORMS = ("base", "past", "passive", "causative", "negated", "nominalised", "adnominal", "split", "honorific")
TARGETS = "issue 13 asks: out-of-lexicon recall ≥ 0.5 at ≤ 3 % flags on good rows; overall recall ≥ 0.7"


def half_of(group: str) -> str:
    """Stable lock-box half of a group: even first sha256 byte → tuning, odd → checking."""
    return HALVES[hashlib.sha256((SALT + group).encode("utf-8")).digest()[0] % 2]


def load_rows() -> list[dict]:
    with EVAL_SET.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        rows = [dict(zip(header, cells)) for cells in reader if cells]
    for row in rows:
        row["half"] = half_of(row["group"])
        good = row["label"] == "good"
        row["same_image"] = good and row["note"].startswith(SAME_IMAGE)
        row["near_miss"] = good and (row["note"].startswith(LITERAL_USE)
                                     or row["category"] == "other" and row["note"].startswith("literal use"))
        row["control"] = good and row["note"].startswith(CONTROL)
    return rows


def mark_lexicon(rows: list[dict]) -> int:
    from tqa.ko.expressions import default_lexicon

    lexicon = default_lexicon()
    found: dict[str, bool] = {}
    for row in rows:
        if row["korean"] not in found:
            found[row["korean"]] = bool(lexicon.find(row["korean"]))
        row["in_lexicon"] = found[row["korean"]]
    return len(lexicon)


def run(rows: list[dict], fast: bool) -> tuple[list[set[str]], list[bool], float, dict]:
    """Per row: the rules with a minor+ literal finding; whether TQA301 fired; seconds; skipped."""
    from tqa.pipeline import Options, check_pairs

    started = time.perf_counter()
    document = check_pairs([(row["korean"], row["english"]) for row in rows],
                           Options(fast=fast, select=["literal"]))
    seconds = time.perf_counter() - started
    serious: list[set[str]] = [set() for _ in rows]
    review = [False] * len(rows)
    for issue in document.issues:
        if issue.check != "literal" or not issue.source_segments:
            continue
        index = issue.source_segments[0]
        if issue.severity in SERIOUS:
            serious[index].add(issue.rule)
        elif issue.rule == "TQA301":
            review[index] = True
    return serious, review, seconds, dict(document.skipped)


def run_apart(rows: list[dict]) -> list[set[str]]:
    """The fast run with the lexicon emptied: what TQA311 (and the gloss list's TQA310) catch
    of idioms no list gives them, i.e. the compositional detector measured apart from the
    lexicon (issue 13)."""
    import tqa.analyse.literal as literal
    from tqa.ko.expressions import Lexicon

    saved = literal.default_lexicon
    empty = Lexicon([])
    literal.default_lexicon = lambda: empty
    try:
        serious, _, _, _ = run(rows, fast=True)
    finally:
        literal.default_lexicon = saved
    return serious


def rate(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.2f}" if total else "–"


def pct(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.1%}" if total else "–"


def count(rows: list[dict], key: str, where=lambda row: True) -> tuple[int, int]:
    chosen = [row for row in rows if where(row)]
    return sum(bool(row[key]) for row in chosen), len(chosen)


def scopes(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    return [(half, [row for row in rows if row["half"] == half]) for half in HALVES] + [("all", rows)]


def headline(rows: list[dict], key: str) -> list[str]:
    lines = [("| half | recall, all | recall, in-lexicon | recall, out-of-lexicon | good flagged, all "
             "| good, in-lexicon | good, out-of-lexicon | same image flagged | literal-use near misses flagged "
             "| plain controls flagged |"),
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, chosen in scopes(rows):
        cells = []
        for label, show in (("literal", rate), ("good", pct)):
            for lexicon in (None, True, False):
                cells.append(show(*count(chosen, key, lambda r, label=label, lexicon=lexicon: r["label"] == label
                                         and (lexicon is None or r["in_lexicon"] == lexicon))))
        cells += [pct(*count(chosen, key, lambda r: r["same_image"])),
                  pct(*count(chosen, key, lambda r: r["near_miss"])),
                  pct(*count(chosen, key, lambda r: r["control"]))]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines + [""]


def breakdown(rows: list[dict], key: str, column: str, values: tuple[str, ...]) -> list[str]:
    lines = [(f"| {column} | literal rows | recall, tuning | recall, checking | recall, all "
             f"| out-of-lexicon recall, all | good rows | good flagged, all |"),
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    present = list(values) + sorted({row[column] for row in rows} - set(values))
    for value in present:
        chosen = [row for row in rows if row[column] == value]
        if not chosen:
            continue
        literal = [row for row in chosen if row["label"] == "literal"]
        good = [row for row in chosen if row["label"] == "good"]
        per_half = [rate(*count(literal, key, lambda r, h=h: r["half"] == h)) for h in HALVES]
        lines.append(f"| {value} | {len(literal)} | {per_half[0]} | {per_half[1]} | {rate(*count(literal, key))} "
                     f"| {rate(*count(literal, key, lambda r: not r['in_lexicon']))} | {len(good)} "
                     f"| {pct(*count(good, key))} |")
    return lines + [""]


def by_rule(rows: list[dict], rules_key: str) -> list[str]:
    lines = ["| half | rule | literal rows caught | good rows flagged |", "|---|---|---:|---:|"]
    for name, chosen in scopes(rows):
        literal = [row for row in chosen if row["label"] == "literal"]
        good = [row for row in chosen if row["label"] == "good"]
        for rule in FLAG_RULES:
            hits_l = sum(rule in row[rules_key] for row in literal)
            hits_g = sum(rule in row[rules_key] for row in good)
            if hits_l or hits_g or rule != "TQA320":
                lines.append(f"| {name} | {rule} | {rate(hits_l, len(literal))} | {pct(hits_g, len(good))} |")
    return lines + [""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true", help="fast mode only (no TQA320 run)")
    parser.add_argument("--budget", type=float, default=300.0,
                        help="run the default mode on the checking half only if the tuning half took "
                             "less than this many seconds (default 300)")
    parser.add_argument("--out", type=Path, default=RESULTS,
                        help="where to write the results (default benchmarks/results/literal_independent.md); "
                             "hand-written sections after the marker line in the file written to are kept")
    parser.add_argument("--set", type=Path, default=None,
                        help="another independent set in the same format (default corpora/literal_eval_independent/pairs.tsv)")
    args = parser.parse_args()
    global EVAL_SET
    if args.set is not None:
        EVAL_SET = args.set.resolve()
    if not EVAL_SET.exists():
        print(f"{EVAL_SET} is absent; nothing to evaluate.")
        return 0

    rows = load_rows()
    started = time.perf_counter()
    lexicon_size = mark_lexicon(rows)
    lexicon_seconds = time.perf_counter() - started

    fast_seconds = {}
    for half in HALVES:
        chosen = [row for row in rows if row["half"] == half]
        serious, review, fast_seconds[half], _ = run(chosen, fast=True)
        for row, rules, note in zip(chosen, serious, review):
            row["fast_rules"], row["fast"], row["review"] = rules, bool(rules), note
        for row, rules in zip(chosen, run_apart(chosen)):
            row["apart"] = "TQA311" in rules

    # default mode (models on), for TQA320; the tuning half first
    default_notes: list[str] = []
    default_halves: list[str] = []
    if args.fast:
        default_notes.append("Default mode not run (`--fast`).")
    else:
        from tqa.neural import lm

        status = lm.model_status()[0]
        if not status["installed"]:
            default_notes.append(f"Default mode not run: language model {status['status']}.")
        else:
            for half in ("tuning", "checking"):
                chosen = [row for row in rows if row["half"] == half]
                serious, _, seconds, skipped = run(chosen, fast=False)
                for row, rules in zip(chosen, serious):
                    row["default_rules"], row["default"] = rules, bool(rules)
                    row["lm_only"] = "TQA320" in rules and not row["fast"]
                default_halves.append(half)
                default_notes.append(f"{half} half: {len(chosen)} rows in {seconds:.0f} s"
                                     + (f"; skipped: {skipped}" if skipped else "") + ".")
                if seconds > args.budget:
                    if half == "tuning":
                        default_notes.append(f"The tuning half took more than {args.budget:.0f} s: "
                                             "the checking half was not run in the default mode.")
                    break

    literal_rows = sum(row["label"] == "literal" for row in rows)
    counts = Counter(row["half"] for row in rows)
    groups = {half: len({row["group"] for row in rows if row["half"] == half}) for half in HALVES}
    lines = ["# Literal phrasing on the independent set (issue 13)", "",
             ("Written by `benchmarks/eval_literal_independent.py`"
             f"{' --fast' if args.fast else ''}. Set: `{EVAL_SET.relative_to(ROOT) if EVAL_SET.is_relative_to(ROOT) else EVAL_SET}` "
             f"({len(rows)} rows, {len({r['group'] for r in rows})} groups; {literal_rows} literal, "
             f"{len(rows) - literal_rows} good, of which {sum(r['same_image'] for r in rows)} same-image, "
             f"{sum(r['near_miss'] for r in rows)} literal-use near misses and "
             f"{sum(r['control'] for r in rows)} plain controls), written by a helper that had not read "
             "the lexicon. Evaluation only: never a source for entries or rules."), "",
             ("- **Split (lock box):** by `group`, so both renderings of an expression share a half: "
             "`sha256((\"literal-independent:\" + group).encode()).digest()[0]` even → tuning, odd → "
             f"checking. Tuning: {counts['tuning']} rows, {groups['tuning']} groups; checking: "
             f"{counts['checking']} rows, {groups['checking']} groups. Tune on the tuning half only."),
             ("- **Run:** each row is one aligned pair, `check_pairs(pairs, Options(fast=True, "
             "select=[\"literal\"]))`, one call per half; findings map to rows by "
             "`issue.source_segments[0]`."),
             ("- **Flagged:** a `literal` finding of severity minor or above (TQA300, TQA310, TQA311, TQA312, TQA320). "
             "TQA301 (`info`, review note) is counted apart."),
             ("- **In-lexicon:** `default_lexicon().find(korean)` is non-empty (the sentence holds some "
             "lexicon expression, not necessarily the one the row tests); "
             f"{sum(r['in_lexicon'] for r in rows)} of {len(rows)} rows "
             f"({sum(r['in_lexicon'] for r in rows if r['label'] == 'literal')} of {literal_rows} literal) "
             f"with the lexicon at run time ({lexicon_size} entries; matched in {lexicon_seconds:.0f} s)."),
             ("- **Kinds of good rows, by note prefix:** *same image* — the note starts \"image idiomatic in "
             "English\" (the English keeps the Korean image, rightly); *literal-use near misses* — \"near miss\" "
             "(sets 14 on: the idiom's own words used literally), or set 6's category `other` with \"literal "
             "use, no idiom\"; *plain controls* — \"control: plain sentence\" (no idiom at all)."),
             f"- {TARGETS}.", "",
             "## Fast mode (lexicon TQA300, glosses TQA310, compositional TQA311, clipped slang TQA312)", "",
             "Seconds: " + ", ".join(f"{h} {fast_seconds[h]:.0f} s" for h in HALVES) + ".", ""]
    lines += headline(rows, "fast")
    lines += ["### Which rule caught the row (fast mode)", ""] + by_rule(rows, "fast_rules")
    lines += ["### Out-of-lexicon rows without TQA312 (fast mode)", "",
              ("TQA312 reads a table of clipped slang (`tqa/data/clipped_slang.tsv`): a list, though not the "
               "lexicon. Out-of-lexicon recall and good rows flagged when its findings are left out:"), "",
              "| half | out-of-lexicon recall | without TQA312 | good out-of-lexicon flagged | without TQA312 |",
              "|---|---:|---:|---:|---:|"]
    for name, chosen in scopes(rows):
        ool = [row for row in chosen if not row["in_lexicon"]]
        for row in ool:
            row["fast_no312"] = bool(row["fast_rules"] - {"TQA312"})
        literal_ool = [row for row in ool if row["label"] == "literal"]
        good_ool = [row for row in ool if row["label"] == "good"]
        lines.append(f"| {name} | {rate(*count(literal_ool, 'fast'))} | {rate(*count(literal_ool, 'fast_no312'))} "
                     f"| {pct(*count(good_ool, 'fast'))} | {pct(*count(good_ool, 'fast_no312'))} |")
    lines.append("")
    lines += ["### TQA301 (info review note), apart", "",
              "| half | on literal rows | on good rows |", "|---|---:|---:|"]
    for name, chosen in scopes(rows):
        lines.append(f"| {name} | {pct(*count(chosen, 'review', lambda r: r['label'] == 'literal'))} "
                     f"| {pct(*count(chosen, 'review', lambda r: r['label'] == 'good'))} |")
    lines += ["", "### TQA311 apart from the lexicon (fast mode, lexicon emptied)", "",
              ("The same run with an empty lexicon: every idiom of the set is then out of the list, so "
               "TQA311's catch here is the compositional detector measured apart from the lexicon."), "",
              "| half | TQA311 on literal rows | TQA311 on good rows |", "|---|---:|---:|"]
    for name, chosen in scopes(rows):
        lines.append(f"| {name} | {rate(*count(chosen, 'apart', lambda r: r['label'] == 'literal'))} "
                     f"| {pct(*count(chosen, 'apart', lambda r: r['label'] == 'good'))} |")
    lines += ["", "### Per category (fast mode)", ""] + breakdown(rows, "fast", "category", CATEGORIES)
    lines += ["### Per form (fast mode)", ""] + breakdown(rows, "fast", "form", FORMS)

    lines += ["## Default mode (models on: adds TQA320)", ""] + default_notes + [""]
    if default_halves:
        measured = [row for row in rows if row["half"] in default_halves]
        lines += ["Figures over the halves run in the default mode"
                  + ("" if len(default_halves) == 2 else f" ({', '.join(default_halves)} only)") + ".", ""]
        lines += headline(measured, "default")
        lines += ["### TQA320 alone (rows it flags that the fast mode did not)", "",
                  "| half | literal rows gained | good rows newly flagged |", "|---|---:|---:|"]
        for name, chosen in scopes(measured):
            if not chosen:
                continue
            lines.append(f"| {name} | {rate(*count(chosen, 'lm_only', lambda r: r['label'] == 'literal'))} "
                         f"| {pct(*count(chosen, 'lm_only', lambda r: r['label'] == 'good'))} |")
        lines.append("")
        if len(default_halves) == 2:
            lines += ["### Per category (default mode)", ""] + breakdown(rows, "default", "category", CATEGORIES)
            lines += ["### Per form (default mode)", ""] + breakdown(rows, "default", "form", FORMS)

    key = "default" if "tuning" in default_halves else "fast"
    flagged_good = [row for row in rows if row["half"] == "tuning" and row["label"] == "good" and row[key]]
    lines += [f"## False alarms, tuning half only ({'default' if key == 'default' else 'fast'} mode)", "",
              ("Group id, category, form, kind and rules; the checking half's false alarms are "
              "counted above and not listed."), ""]
    if flagged_good:
        lines += ["| group | category | form | kind | in-lexicon | rules |", "|---|---|---|---|---|---|"]
        for row in flagged_good:
            kind = ("same image" if row["same_image"] else "near miss" if row["near_miss"]
                    else "control" if row["control"] else "paraphrase")
            lines.append(f"| {row['group']} | {row['category']} | {row['form']} | {kind} "
                         f"| {'yes' if row['in_lexicon'] else 'no'} | {', '.join(sorted(row[key + '_rules']))} |")
    else:
        lines.append("None.")
    lines.append("")

    # hand-written sections (after the marker) survive a rerun
    print(write_keeping_notes(args.out, "\n".join(lines), marker=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
