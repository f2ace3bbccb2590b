"""Sentence alignment: :func:`align_segments` (n:m links, including omissions and
additions) and :func:`score_links` (semantic similarity of given links).

Modules: :mod:`.aligner` (the two passes and the public functions), :mod:`.search`
(banded dynamic programming), :mod:`.scoring` (gains per mode), :mod:`.length`
(Korean→English length model), :mod:`.anchors` (numbers and Latin-script words),
:mod:`.boilerplate` (page furniture: menus, share buttons, captions, copyright lines).

The aligner (and numpy with it) is imported when one of its names is first read, so
the rules that only need the length model or the anchors (``--select number`` loads
every rule module) do not pay for it.
"""
__all__ = ["MODES", "align_segments", "score_links"]


def __getattr__(name: str):
    if name in __all__:
        from . import aligner

        return getattr(aligner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
