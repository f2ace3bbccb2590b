"""Sentence alignment: :func:`align_segments` (n:m links, including omissions and
additions) and :func:`score_links` (semantic similarity of given links).

Modules: :mod:`.aligner` (the two passes and the public functions), :mod:`.search`
(banded dynamic programming), :mod:`.scoring` (gains per mode), :mod:`.length`
(Korean→English length model), :mod:`.anchors` (numbers and Latin-script words),
:mod:`.boilerplate` (page furniture: menus, share buttons, captions, copyright lines).
"""
from .aligner import MODES, align_segments, score_links

__all__ = ["MODES", "align_segments", "score_links"]
