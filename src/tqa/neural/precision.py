"""``$TQA_E5_PRECISION`` as asked, read without importing the embedding engine (or numpy):
a run that never embeds (``--fast``, ``--select number,date``) still records the setting."""
from __future__ import annotations

import os

#: environment variable choosing the torch engine's precision (:mod:`tqa.neural.e5_torch`)
PRECISION_VARIABLE = "TQA_E5_PRECISION"


def requested_precision(value: str | None = None) -> str:
    """``value`` (default: ``$TQA_E5_PRECISION``; unset or blank = ``auto``) stripped and
    lower-cased, not yet checked (:func:`tqa.neural.e5_torch.precision_setting` checks it)."""
    raw = os.environ.get(PRECISION_VARIABLE, "auto") if value is None else value
    return raw.strip().lower() or "auto"
