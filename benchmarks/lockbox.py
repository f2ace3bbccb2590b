"""The lock box: each dev set of ``../shared/data`` split by document into a ``tuning`` half
and a ``checking`` half.

The rule (deterministic, the same on every machine and Python version):

1. **Documents.** ``flores200-dev``: a run of consecutive lines with the same URL in
   ``metadata_dev.tsv`` is one document (id = the URL; a URL that came back after another
   would get ``#2``, ``#3`` …, which does not happen in the release). ``ntrex128``: a run of
   consecutive lines with the same id in ``DOCUMENT_IDS.tsv`` (id = that id, same suffix rule).
   ``ud-pud``, ``jhe-dev``, ``park-news-dev`` have no document ids: consecutive blocks of
   20 lines are the documents (id = ``block<k>``, k = 0-based block number; the last block
   may be shorter).
2. **Half.** ``sha256("<set name>\\t<document id>")`` (UTF-8), read as a big-endian integer:
   even → ``tuning``, odd → ``checking``. No seed, no ordering effect: a document's half
   depends on its set and id only, so adding or dropping other documents moves nothing.

The halves are about half of each set's documents; by lines they range from 50/50
(flores200-dev, 281 documents) to 36/64 (jhe-dev, 36 blocks): a hash split of few documents
is lumpy, and the rule is kept as it is rather than tuned to balance.

Tune rules on ``tuning`` only; ``checking`` is the lock box, read for reporting, never for
choosing what to fix (fix what it shows by general means, never by special-casing its
sentences).

    from lockbox import split, SETS
    halves = split("ntrex128")          # {"tuning": [1-based line, ...], "checking": [...]}

``python benchmarks/lockbox.py`` prints documents, lines and share per set and half.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("TQA_SHARED_DATA", ROOT.parent / "shared" / "data"))

HALVES = ("tuning", "checking")
BLOCK = 20

#: set name → (Korean file, English file) under the data folder; Korean is the source side
SETS: dict[str, tuple[str, str]] = {
    "flores200-dev": ("flores200-dev/kor_Hang.dev", "flores200-dev/eng_Latn.dev"),
    "ntrex128": ("ntrex128/newstest2019-ref.kor.txt", "ntrex128/newstest2019-src.eng.txt"),
    "ud-pud": ("ud-pud/pud.ko", "ud-pud/pud.en"),
    "jhe-dev": ("jhe-dev/jhe-koen-dev.ko", "jhe-dev/jhe-koen-dev.en"),
    "park-news-dev": ("park-news-dev/korean-english-park.dev.ko", "park-news-dev/korean-english-park.dev.en"),
}

#: the clean professional sets (park-news-dev is noisy real news)
CLEAN = ("flores200-dev", "ntrex128", "ud-pud", "jhe-dev")


def clean_sets_present(data: Path = DATA) -> bool:
    """Every clean set's Korean file is there (the benchmarks skip cleanly when not)."""
    return data.is_dir() and all((data / SETS[name][0]).exists() for name in CLEAN)


def half_of(set_name: str, document_id: str) -> str:
    """``tuning`` or ``checking`` for one document: the parity of sha256(set TAB id)."""
    digest = hashlib.sha256(f"{set_name}\t{document_id}".encode()).digest()
    return HALVES[int.from_bytes(digest, "big") % 2]


def _runs(ids: list[str]) -> list[str]:
    """Per line, the id of its run of equal consecutive ids (a repeated run gets #2, #3 …)."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for key, group in itertools.groupby(ids):
        seen[key] = seen.get(key, 0) + 1
        run_id = key if seen[key] == 1 else f"{key}#{seen[key]}"
        out.extend(run_id for _ in group)
    return out


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def document_ids(set_name: str, data: Path = DATA) -> list[str]:
    """Per line of the set (index 0 = line 1), its document id."""
    korean = _lines(data / SETS[set_name][0])
    if set_name == "flores200-dev":
        rows = _lines(data / "flores200-dev" / "metadata_dev.tsv")[1:]   # header: URL domain topic …
        ids = [row.split("\t")[0] for row in rows]
    elif set_name == "ntrex128":
        ids = [row.strip() for row in _lines(data / "ntrex128" / "DOCUMENT_IDS.tsv")]
    else:
        ids = [f"block{index // BLOCK}" for index in range(len(korean))]
    if len(ids) != len(korean):
        raise ValueError(f"{set_name}: {len(ids)} document ids for {len(korean)} lines")
    return _runs(ids)


def split(set_name: str, data: Path = DATA) -> dict[str, list[int]]:
    """{"tuning": [...], "checking": [...]}: the 1-based line numbers of each half, in order."""
    halves: dict[str, list[int]] = {half: [] for half in HALVES}
    for line, document in enumerate(document_ids(set_name, data), start=1):
        halves[half_of(set_name, document)].append(line)
    return halves


def line_halves(set_name: str, data: Path = DATA) -> dict[int, str]:
    """1-based line → its half."""
    return {line: half for half, lines in split(set_name, data).items() for line in lines}


def main() -> int:
    if not DATA.is_dir():
        print(f"shared data not found at {DATA}; nothing to split")
        return 0
    print("| set | half | documents | lines | share of lines |")
    print("|---|---|---:|---:|---:|")
    for name in SETS:
        if not (DATA / SETS[name][0]).exists():
            print(f"| {name} | (absent) | | | |")
            continue
        ids = document_ids(name, data=DATA)
        halves = split(name)
        for half in HALVES:
            docs = {ids[line - 1] for line in halves[half]}
            print(f"| {name} | {half} | {len(docs)} | {len(halves[half])} | "
                  f"{len(halves[half]) / len(ids):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
