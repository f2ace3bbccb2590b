"""The options of one check run, shared by its analysers and rules."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class CheckContext:
    """What a run was asked for: no neural models (``fast``), the glossaries, severity
    overrides from the config, and what it computes with. Analyses live on the document
    (``document.analyses``), not here."""

    fast: bool = False
    glossaries: list = field(default_factory=list)
    #: rule code → severity override (from config)
    severities: dict[str, str] = field(default_factory=dict)
    #: the calque lexicon and gloss list the literal analysis reads (None: the shipped ones,
    #: :func:`tqa.ko.expressions.default_lexicon` / ``default_glossary``)
    lexicon: Any = None
    gloss_list: Any = None
    #: the run's :class:`tqa.resources.Resources` (Korean analyser, embedder, language
    #: model); the analysers run with them active. None: the resources active where the
    #: run is called (the pipeline's), else those the environment gives
    resources: Any = None

    def word_alignment(self, source: str, target: str):
        """The shared word alignment of a pair (:meth:`tqa.resources.Resources.word_alignment`)
        in the default mode, None under ``--fast`` or without the torch engine."""
        if self.fast:
            return None
        from .resources import current

        resources = self.resources if self.resources is not None else current()
        return resources.word_alignment(source, target)
