"""Analysers: what the rules read, computed once per document.

Each analyser is a function registered with what it ``provides`` (one attribute of
:class:`tqa.document.Analyses`) and what it ``requires`` (other analyses). A rule
declares the analyses it reads (``@pair_rule(..., requires=("quantities",))``); the
pipeline runs exactly the analysers those rules need, in dependency order
(:func:`plan`), then the rules. An analyser that reads morphemes requires ``korean`` and
may declare a surface pre-scan (``korean_scan``): kiwipiepy runs, in one batch before it,
only on the sentences it accepts (see :mod:`tqa.analyse.korean`). The analyses:

==================  ==========================================================  =======================
analysis            what                                                        module
==================  ==========================================================  =======================
korean              morphemes of the Korean, batched per reader, on demand       korean.py
quantities          numbers, amounts, dates of both sides and how they match     quantities.py
names               persons, foreign names, organisations and their renderings   names.py
terms               abbreviated and organisation terms and their renderings      terms.py
term_recurrence     compounds recurring in several sentences, their renderings   term_recurrence.py
term_lexicon        recurring terms whose rendering the term lexicon anchors     term_lexicon.py
names_table         the names/terms table of the reports                         names_table.py
literal             what the English does with each Korean idiom of a pair       literal.py
quotations          target sentences inside a quotation spanning sentences       quotations.py
similarity_norm     the document's typical link similarity (median, spread)      similarity.py
polarity            the negations of both sides of each pair                     polarity.py
direction           direction/antonym words (상승/하락 …) of both sides            direction.py
==================  ==========================================================  =======================
"""
from __future__ import annotations

from .registry import ANALYSERS, Analyser, analyser, ensure, load_all, plan, run_analysers

__all__ = ["ANALYSERS", "Analyser", "analyser", "ensure", "load_all", "plan", "run_analysers"]
