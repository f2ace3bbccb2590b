"""The analyser registry and the planner that runs what the selected rules need."""
from __future__ import annotations

import importlib
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Callable, Iterable

ANALYSER_MODULES = ("korean", "quantities", "names", "terms", "term_recurrence", "term_lexicon",
                    "names_table", "literal", "quotations", "similarity", "polarity", "direction")


@dataclass(frozen=True)
class Analyser:
    provides: str
    requires: tuple[str, ...]
    function: Callable  # function(document, context) -> the analysis
    doc: str
    #: for an analyser that reads morphemes (``requires`` holds ``korean``): a cheap surface
    #: test of a pair's Korean, False for a sentence whose morphemes it never reads. Before the
    #: analyser runs, the planner analyses in one batched kiwipiepy call the document's Korean
    #: sentences its scan accepts that are not analysed yet (:func:`prepare_korean`); a
    #: sentence it reads all the same is analysed on first access, so a scan that is too
    #: narrow costs time, never a finding. None: every sentence.
    korean_scan: Callable[[str], bool] | None = None


ANALYSERS: dict[str, Analyser] = {}


def analyser(provides: str, requires: Iterable[str] = (), korean_scan: Callable[[str], bool] | None = None):
    """Register ``function(document, context)`` as the producer of ``document.analyses.<provides>``
    (``korean_scan``: see :attr:`Analyser.korean_scan`)."""
    def decorate(function):
        if provides in ANALYSERS:
            raise ValueError(f"analysis {provides!r} registered twice")
        ANALYSERS[provides] = Analyser(provides, tuple(requires), function,
                                       (function.__doc__ or "").strip().split("\n")[0], korean_scan)
        return function
    return decorate


def prepare_korean(document, step: Analyser) -> int:
    """Before ``step`` runs: when it reads morphemes, analyse in one batch the document's Korean
    sentences its :attr:`Analyser.korean_scan` accepts and nobody has analysed yet. Returns how
    many kiwipiepy analysed (0, and kiwipiepy not even loaded, when the scan accepts none)."""
    if "korean" not in step.requires:
        return 0
    korean = document.analyses.__dict__.get("korean")
    return korean.prepare(document, step.korean_scan) if korean is not None else 0


def per_pair(document, read: Callable, plain: bool = True) -> list:
    """``read(source, target)`` for every pair of the document, in link order; identical
    pairs are read once. ``plain``: the texts with inline tags and code placeholders blanked
    (``Pair.source_plain``), so ``<2>`` or ``{0}`` is never read as a number or a word."""
    by_texts: dict[tuple[str, str], object] = {}
    found = []
    for pair in document.pairs():
        key = (pair.source_plain, pair.target_plain) if plain else (pair.source, pair.target)
        if key not in by_texts:
            by_texts[key] = read(*key)
        found.append(by_texts[key])
    return found


def load_all() -> dict[str, Analyser]:
    for name in ANALYSER_MODULES:
        importlib.import_module(f"{__name__.rsplit('.', 1)[0]}.{name}")
    return ANALYSERS


#: the module of an analysis whose module is not named after it
_MODULE_OF = {"similarity_norm": "similarity"}


def _load_for(name: str) -> None:
    """Import the module that registers the analysis ``name`` (all of them if that is not it):
    a run planning a few analyses does not import every analyser and what it imports."""
    module = _MODULE_OF.get(name, name)
    if module in ANALYSER_MODULES:
        importlib.import_module(f"{__name__.rsplit('.', 1)[0]}.{module}")
    if name not in ANALYSERS:
        load_all()


def plan(needed: Iterable[str]) -> list[Analyser]:
    """The analysers that produce ``needed`` and everything they require, each once,
    every analyser after the ones it requires."""
    order: list[Analyser] = []
    visiting: set[str] = set()
    done: set[str] = set()

    def visit(name: str) -> None:
        if name in done:
            return
        if name not in ANALYSERS:
            _load_for(name)
        if name not in ANALYSERS:
            raise KeyError(f"no analyser provides {name!r}")
        if name in visiting:
            raise ValueError(f"analysers require each other in a cycle through {name!r}")
        visiting.add(name)
        for requirement in ANALYSERS[name].requires:
            visit(requirement)
        visiting.discard(name)
        done.add(name)
        order.append(ANALYSERS[name])

    for name in needed:
        visit(name)
    return order


def run_analysers(document, needed: Iterable[str], context) -> dict[str, str]:
    """Compute the ``needed`` analyses (and their requirements) not yet on the document.
    Returns the analyses that failed → why; an analysis whose requirement failed fails too.
    The caller decides what a failure means (the runner skips the rules that need it)."""
    failed: dict[str, str] = {}
    computed = set(document.analyses.computed())
    with _activated(context):
        _run_planned(document, plan(needed), computed, failed, context)
    return failed


def _activated(context):
    """The context's resources made active while analysers run (the analysers reach the
    Korean analyser through :func:`tqa.ko.analyser.morphemes`)."""
    resources = getattr(context, "resources", None)
    return resources.activate() if resources is not None else nullcontext()


def _run_planned(document, steps: list[Analyser], computed: set[str], failed: dict[str, str], context) -> None:
    for step in steps:
        if step.provides in computed:
            continue
        broken = [r for r in step.requires if r in failed]
        if broken:
            failed[step.provides] = f"needs {broken[0]}, which failed"
            continue
        try:
            prepare_korean(document, step)
        except Exception as error:  # noqa: BLE001 - the analyser of the Korean failed (kiwipiepy missing …)
            failed.setdefault("korean", f"{type(error).__name__}: {error}")
            failed[step.provides] = "needs korean, which failed"
            continue
        try:
            setattr(document.analyses, step.provides, step.function(document, context))
        except Exception as error:  # noqa: BLE001 - one analysis failing must not end the run
            failed[step.provides] = f"{type(error).__name__}: {error}"


def ensure(document, needed: Iterable[str], context=None) -> None:
    """Compute missing analyses on demand (library use outside a run); errors propagate."""
    if context is None:
        from ..context import CheckContext

        context = CheckContext()
    with _activated(context):
        for step in plan(needed):
            if step.provides not in document.analyses.__dict__:
                prepare_korean(document, step)
                setattr(document.analyses, step.provides, step.function(document, context))
