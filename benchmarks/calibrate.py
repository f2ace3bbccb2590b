"""Write ``src/tqa/data/rule_precision.tsv``: per rule, how many of its labelled findings in
the precision ledger (``benchmarks/ledger/*.tsv``, every finding of the default mode on the
five dev sets, labelled by hand) were true, false or debatable. ``tqa.calibration`` turns
the counts into each finding's ``confidence``. Only the TUNING half of the lock box is used
(the checking half stays for reporting), so a rule's confidence is not fitted to the data
it is judged on.

    python benchmarks/calibrate.py
"""
from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEDGER = HERE / "ledger"
TABLE = HERE.parent / "src" / "tqa" / "data" / "rule_precision.tsv"


def main() -> int:
    counts: dict[str, Counter] = defaultdict(Counter)
    sets = []
    for path in sorted(LEDGER.glob("*.tsv")):
        sets.append(path.stem)
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("half") != "tuning" or row.get("label") not in ("true", "false", "debatable"):
                    continue
                counts[row["rule"]][row["label"]] += 1
    if not counts:
        print("no labelled findings in benchmarks/ledger: nothing written")
        return 0
    lines = [f"# Labelled findings per rule: the tuning half of the precision ledger "
             f"(benchmarks/ledger: {', '.join(sets)}; default mode). Written by benchmarks/calibrate.py.",
             "rule\ttrue\tfalse\tdebatable"]
    for rule in sorted(counts):
        c = counts[rule]
        lines.append(f"{rule}\t{c['true']}\t{c['false']}\t{c['debatable']}")
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TABLE}: {len(counts)} rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
