"""Test-only reference: Korean glossary matching of ``tqa.glossary`` as it was before the
per-glossary term index (commit 0f054ad: one regex per term, every term tried on every
text). ``tests/test_glossary_scale.py`` checks the index against it; not used by tqa."""
from __future__ import annotations

import re
from functools import lru_cache


def source_matches(entries, text: str):
    """``Glossary.source_matches`` of 0f054ad, over ``entries``."""
    found = []
    for entry in sorted(entries, key=lambda e: len(e.source), reverse=True):
        for start, end in find_korean_term(entry.source, text):
            if not any(s < end and start < e for _, s, e in found):
                found.append((entry, start, end))
    return sorted(found, key=lambda item: item[1])


@lru_cache(maxsize=4096)
def _korean_term_regex(term: str) -> re.Pattern:
    term = term.strip()
    if term.endswith("다") and len(term) > 2:  # a verb/adjective: match the stem + any ending
        term = term[:-1]
    pieces = [re.escape(word) for word in term.split()]
    return re.compile(r"\s*".join(pieces))


def find_korean_term(term: str, text: str):
    from tqa.glossary import _is_hangul, _morpheme_boundary
    from tqa.ko.analyser import morphemes

    hits = []
    for match in _korean_term_regex(term).finditer(text):
        start, end = match.span()
        if start > 0 and _is_hangul(text[start - 1]):
            continue
        if end < len(text) and _is_hangul(text[end]) and not _morpheme_boundary(text, end, morphemes):
            continue
        hits.append((start, end))
    return hits
