"""Analysis ``quotations``: target sentences inside a quotation that runs over several
sentences (``"We will go.`` / ``We will win," she said.``), which TQA011 must not
report as unbalanced one by one."""
from __future__ import annotations

from ..en.quotes import multi_segment_quotations
from .registry import analyser


@analyser("quotations")
def analyse_quotations(document, context) -> set[int]:
    """Ids of target segments inside a multi-sentence quotation."""
    return multi_segment_quotations(document.target_segments)
