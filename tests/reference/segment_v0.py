"""Test-only reference: the Korean boundary repairs of ``tqa.segment`` as they were
before they were made linear in the line (commit 0f054ad). ``tests/test_split_linear.py``
checks the current code against it; not used by tqa itself."""
from __future__ import annotations

import re


# A sentence end the analyser may miss: Hangul + terminator (+ closing quotes) + space.
_KO_CANDIDATE = re.compile(r"(?<=[\uac00-\ud7a3])[.?!]+[\"'”’]*\s+(?=\S)")
# A segment may not start with the particle/verb that attaches a quotation to its clause.
_KO_ATTACHED = re.compile(
    r"^[\"'”’]?\s*(?:이?라고|이?라며|이?라면서|이?라는|이?란|하고|하며|하면서|며|"
    r"고\s*(?:말|밝|전|덧붙|설명|강조|주장|했|하|물|답|지적|비판|언급|보도|발표|전망|예상|말씀|알려))")
# What the text before a kept analyser boundary must end with: a terminator, a closing
# quote/bracket then a space (not ``"불덩어리"|를``, a particle), or a sentence-final
# syllable then a space (unpunctuated ``…했다 그리고``).
_KO_SENTENCE_END = re.compile(r"(?:[.?!…。？！][\"'”’)\]」』]*\s*|[\"'”’)\]」』]\s+|[다요까죠네]\s+)$")
# Where any boundary could survive the repairs; a line without one is a single sentence.
_KO_POSSIBLE_BOUNDARY = re.compile(r"(?:[.?!…。？！\"'”’)\]」』]|[다요까죠네])\s+\S")
# A list label at the start of a line: "1.", "2)", "a.", "iv.", and the Korean "가." "나)".
_KO_LIST_LABEL = re.compile(r"\s*[(\[]?(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5}|[가-힣])[.)]\s*$")


def _repair_korean_boundaries(line: str, boundaries: set[int]) -> set[int]:
    repaired = set()
    boundaries = {b for b in boundaries if _KO_SENTENCE_END.search(line, 0, b)}
    for boundary in boundaries | _missed_boundaries(line):
        boundary = _move_stray_closing_quote(line, _move_dangling_quote(line, boundary))
        if (0 < boundary < len(line) and not _KO_ATTACHED.match(line[boundary:].lstrip())
                and not _KO_LIST_LABEL.match(line, 0, boundary)):
            repaired.add(boundary)
    return repaired


def _missed_boundaries(line: str) -> set[int]:
    """Boundaries after a Hangul sentence end + terminator + space, inside quotations too:
    the English splitter splits ``"We won. We are happy."`` in two, so the Korean must."""
    return {match.end() for match in _KO_CANDIDATE.finditer(line)}


def _move_dangling_quote(line: str, boundary: int) -> int:
    """``말했다. "|그들은`` → ``말했다. |"그들은``: opening quotes join the next sentence."""
    match = _DANGLING_QUOTES.search(line, 0, boundary)
    return match.start(1) if match else boundary


def _move_stray_closing_quote(line: str, boundary: int) -> int:
    """``했다. |" 그는`` → ``했다. "| 그는``: a quote followed by a space closes, it never
    opens, so it stays with the sentence before (a line ending in one gets no boundary)."""
    match = _STRAY_CLOSING_QUOTE.match(line, boundary)
    return match.end() if match else boundary


_STRAY_CLOSING_QUOTE = re.compile(r"\s*[\"'”’]+(?=\s|$)")
# opening quotes right before the boundary, glued to the next sentence's first word
_DANGLING_QUOTES = re.compile(r"\s([\"'“‘]+)$")
