"""Confidence that means something: the observed precision of each rule on labelled findings.

``data/rule_precision.tsv`` is written by ``benchmarks/calibrate.py`` from the precision
ledger (``benchmarks/ledger/*.tsv``: every finding of the default mode on the dev sets,
labelled true / false / debatable by hand). A finding's ``confidence`` is its rule's
precision there, smoothed towards one half so that a rule seen a few times is not
certain: (true + 1) / (true + false + 2), debatable findings counted as half true and
half false. A rule with no labelled finding has no confidence (``null`` in the JSON
report) rather than a made-up one. The table names the data it came from.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "rule_precision.tsv"


def smoothed_precision(true: float, false: float) -> float:
    return (true + 1.0) / (true + false + 2.0)


@lru_cache(maxsize=1)
def rule_confidence() -> dict[str, float]:
    """Rule code → calibrated confidence, for the rules with labelled findings."""
    if not TABLE.exists():
        return {}
    table: dict[str, float] = {}
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = (line for line in handle if not line.startswith("#"))
        for row in csv.DictReader(rows, delimiter="\t"):
            true = float(row["true"]) + 0.5 * float(row["debatable"])
            false = float(row["false"]) + 0.5 * float(row["debatable"])
            table[row["rule"]] = round(smoothed_precision(true, false), 4)
    return table
