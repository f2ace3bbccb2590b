"""The number/date checks on real professional translations (../shared/data, skipped when
absent): few false alarms, and injected errors are caught. The full measurement with
per-type figures is ``benchmarks/eval_numbers.py``."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tqa.analyse.quantities import match_quantities

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "flores200-dev"


def flores_pairs() -> list[tuple[str, str]]:
    if not DATA.is_dir():
        pytest.skip(f"shared data not found at {DATA}")
    korean = (DATA / "kor_Hang.dev").read_text(encoding="utf-8").splitlines()
    english = (DATA / "eng_Latn.dev").read_text(encoding="utf-8").splitlines()
    return list(zip(korean, english))


def flagged(match) -> bool:
    return bool(match.mismatched or match.missing or match.extra)


def test_few_false_alarms_on_flores():
    pairs = flores_pairs()
    share = sum(flagged(match_quantities(ko, en)) for ko, en in pairs) / len(pairs)
    assert share <= 0.02


def test_changed_figures_are_caught_on_flores():
    injected = caught = 0
    for ko, en in flores_pairs():
        match = match_quantities(ko, en)
        if flagged(match):
            continue
        figures = [t for s, t in match.matched if s.strong and t.strong and isinstance(t.value, float)
                   and re.search(r"[1-9]", t.text)]
        if not figures:
            continue
        figure = figures[0]
        position = figure.start + re.search(r"[1-9]", figure.text).start()
        digit = en[position]
        changed = en[:position] + ("2" if digit != "2" else "3") + en[position + 1:]
        injected += 1
        caught += flagged(match_quantities(ko, changed))
    assert injected > 100
    assert caught / injected >= 0.95
