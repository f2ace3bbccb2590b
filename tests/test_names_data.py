"""Regression guard on real professional translations (read from ../shared/data, skipped
when absent): the name and term checks stay silent on whole FLORES documents, and find a
respelt name injected into one of them. The full measurement is benchmarks/eval_names.py."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"

if not (DATA / "flores200-dev" / "metadata_dev.tsv").is_file():
    pytest.skip(f"development data not found at {DATA}", allow_module_level=True)

sys.path.insert(0, str(ROOT / "benchmarks"))
import eval_names  # noqa: E402


@pytest.fixture(scope="module")
def documents():
    return eval_names.load_flores(DATA)[:40]


def test_no_name_or_term_flags_on_professional_documents(documents):
    flagged = {d.source_path: [i.message for i in eval_names.check(d)] for d in documents}
    assert not {path: messages for path, messages in flagged.items() if messages}


def test_injected_respelling_is_found(documents):
    rng = random.Random(5)
    tried = found = 0
    for document in documents:
        for candidate in eval_names.injection_candidates(document):
            result = eval_names.inject(document, candidate, rng)
            if result is None:
                continue
            modified, segment = result
            tried += 1
            found += any(segment in issue.target_segments for issue in eval_names.check(modified))
    assert tried >= 3 and found / tried >= 0.7
