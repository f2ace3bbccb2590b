"""Shared test helpers: building small documents by hand and finding the shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

from tqa.document import Document, Link, Segment

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


def make_document(pairs: list[tuple[str, str]]) -> Document:
    """A document whose i-th link joins source sentence i and target sentence i."""
    source_segments, target_segments, links = [], [], []
    source_offset = target_offset = 0
    for index, (source, target) in enumerate(pairs):
        source_segments.append(Segment(index, source, source_offset, source_offset + len(source)))
        target_segments.append(Segment(index, target, target_offset, target_offset + len(target)))
        links.append(Link((index,), (index,)))
        source_offset += len(source) + 1
        target_offset += len(target) + 1
    return Document("source.ko.txt", "target.en.txt",
                    "\n".join(s for s, _ in pairs), "\n".join(t for _, t in pairs),
                    source_segments, target_segments, links)


@pytest.fixture
def shared_data() -> Path:
    """The shared parallel data, or skip when this checkout has none beside it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA
