"""The rule registry: every rule has a stable code, a family (the ``check`` field), a
default severity, a one-line doc, the analyses it reads (``requires``) and a long doc
(``checks/docs/TQANNN.md``: what it finds, why it matters, an example, a near miss,
known false alarms). Check functions are plain generators registered with
:func:`pair_rule` (run once per aligned pair) or :func:`document_rule` (run once per
document) and yield :class:`Finding`s; :mod:`tqa.checks.runner` turns those into
:class:`~tqa.document.Issue`s.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..document import FAMILIES, SEVERITIES, Loc

# MQM 2.0 issue types and ITS 2.0 localization-quality issue types, per family.
MQM = {
    "number": "accuracy/mistranslation", "date": "accuracy/mistranslation",
    "name": "terminology/inconsistent-use", "term": "terminology",
    "literal": "linguistic-conventions/awkward", "fluency": "fluency",
    "omission": "accuracy/omission", "addition": "accuracy/addition",
    "untranslated": "accuracy/untranslated", "punctuation": "fluency/punctuation",
    "markup": "markup", "meaning": "accuracy/mistranslation",
}
ITS = {
    "number": "numbers", "date": "numbers", "name": "terminology", "term": "terminology",
    "literal": "style", "fluency": "grammar", "omission": "omission", "addition": "addition",
    "untranslated": "untranslated", "punctuation": "typographical", "markup": "markup",
    "meaning": "mistranslation",
}


@dataclass
class Finding:
    """What a check function reports; the runner adds the rule's metadata."""

    message: str
    source: Loc | None = None
    target: Loc | None = None
    #: segment ids when no span applies (defaults to the pair's segments)
    source_segments: list[int] | None = None
    target_segments: list[int] | None = None
    suggestion: str | None = None
    #: overrides the rule's default severity for this finding
    severity: str | None = None
    #: guidance for a person ("remove it from the translation") where there is no replacement text
    advice: str | None = None


@dataclass
class Rule:
    code: str
    check: str
    severity: str
    doc: str
    scope: str  # "pair" | "document"
    function: Callable[..., Iterable[Finding]]
    #: needs a neural model; skipped by --fast
    neural: bool = False
    mqm: str = ""
    its: str = ""
    #: analyses (``document.analyses.<name>``) the rule reads; the pipeline computes them first
    requires: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)
    #: more specific rules this one gives way to: a finding of this rule is dropped when one of
    #: them reports a finding on the same spans (one finding per error: TQA130 after TQA101)
    defers_to: tuple[str, ...] = ()
    #: a pair rule that also reads the analyses of the pairs before and after (a figure the
    #: corpus put on the next line); ``-j`` runs it on the whole document, not in chunks
    reads_neighbours: bool = False
    #: runs only when ``--select`` names its code: a rule whose findings are too often wrong on
    #: professional text to run by default, offered for a recall-first review
    opt_in: bool = False
    #: a pair rule's cheap precondition: ``skip_when(pair)`` true means the rule cannot find
    #: anything in the pair (the analysis it reads is empty there), so the runner does not call
    #: it; rules sharing one such function have it evaluated once a pair
    skip_when: Callable[..., bool] | None = None

    @property
    def long_doc(self) -> str:
        """The rule's documentation page (``checks/docs/<code>.md``), or the one-line doc."""
        path = DOCS / f"{self.code}.md"
        return path.read_text(encoding="utf-8") if path.exists() else f"# {self.code}\n\n{self.doc}\n"


DOCS = Path(__file__).resolve().parent / "docs"


RULES: dict[str, Rule] = {}


def _register(code: str, check: str, severity: str, doc: str, scope: str, neural: bool,
              requires: Iterable[str], defers_to: Iterable[str] = (), reads_neighbours: bool = False,
              opt_in: bool = False, skip_when: Callable[..., bool] | None = None):
    if check not in FAMILIES:
        raise ValueError(f"{code}: unknown check family {check!r}")
    if severity not in SEVERITIES:
        raise ValueError(f"{code}: unknown severity {severity!r}")

    def decorate(function):
        if code in RULES:
            raise ValueError(f"rule code {code} registered twice")
        RULES[code] = Rule(code, check, severity, doc, scope, function, neural,
                           MQM.get(check, ""), ITS.get(check, ""), tuple(requires),
                           defers_to=tuple(defers_to), reads_neighbours=reads_neighbours, opt_in=opt_in,
                           skip_when=skip_when)
        function.rule_code = code
        return function

    return decorate


def pair_rule(code: str, check: str, severity: str, doc: str, neural: bool = False,
              requires: Iterable[str] = (), reads_neighbours: bool = False, opt_in: bool = False,
              skip_when: Callable[..., bool] | None = None):
    """Register ``function(pair, context) -> Iterable[Finding]``; ``requires`` names the
    analyses it reads from ``pair.document.analyses``; ``reads_neighbours``: it also reads
    those of the pairs before and after; ``opt_in``: it runs only when selected by code;
    ``skip_when(pair)``: true where the rule cannot find anything (not called there)."""
    return _register(code, check, severity, doc, "pair", neural, requires, reads_neighbours=reads_neighbours,
                     opt_in=opt_in, skip_when=skip_when)


def document_rule(code: str, check: str, severity: str, doc: str, neural: bool = False,
                  requires: Iterable[str] = (), defers_to: Iterable[str] = ()):
    """Register ``function(document, context) -> Iterable[Finding]``; ``requires`` names the
    analyses it reads from ``document.analyses``; ``defers_to`` names more specific rules whose
    finding on the same spans replaces this rule's (see :attr:`Rule.defers_to`)."""
    return _register(code, check, severity, doc, "document", neural, requires, defers_to)


def all_rules() -> list[Rule]:
    from . import load_all  # noqa: F401  (imports every check module)

    load_all()
    return sorted(RULES.values(), key=lambda rule: rule.code)


def rules_for(select: list[str] | None) -> list[Rule]:
    """The rules a run choosing ``select`` may pick from: the rules of the check modules
    that hold the codes and families ``select`` names (:mod:`tqa.checks.codes`), loading
    only those; every rule when ``select`` is empty or names a rule the table lacks."""
    from . import load
    from .codes import modules_for

    modules = modules_for(select) if select else None
    if modules is None:
        return all_rules()
    load(sorted(modules))
    return sorted(RULES.values(), key=lambda rule: rule.code)


def markdown_table(rules: list[Rule] | None = None) -> str:
    """The README's rule table, generated from the registry (a test keeps the README equal to it)."""
    rows = ["| code | check | severity | what it catches |", "|---|---|---|---|"]
    for rule in rules if rules is not None else all_rules():
        doc = rule.doc + (" (neural; off with --fast)" if rule.neural else "") \
            + (f" (opt-in: `--select {rule.code}`)" if rule.opt_in else "")
        rows.append(f"| {rule.code} | {rule.check} | {rule.severity} | {doc} |")
    return "\n".join(rows) + "\n"
