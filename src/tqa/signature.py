"""The run signature: everything that decides a report's findings, so that a report can
be reproduced from itself (in the manner of sacrebleu's signatures).

``run_signature`` returns a dict stored on each document and written into every report
(JSON ``run``; text, HTML, SARIF, JUnit footers). Its ``text`` form reads like
``tqa:0.1.0|rules:55#3f2a9c|mode:fast|align:auto|kiwi:0.22.1-0.22.0-nomulti|emb:off|lm:off|data:8c41d0|glossaries:none``:

- ``rules``: how many rules ran and a hash of their codes and severities (config overrides included);
- ``mode``: ``fast`` (no neural models) or ``default``; ``align``: ``auto`` (sentences
  split and aligned, or the units of a bilingual file), ``segmented`` or ``parallel``;
- ``kiwi``: the Korean analyser's package, model and dictionary choice;
- ``emb`` / ``lm``: the embedding engine and language model used, or ``off``; the torch
  engine's entry names its precision too (``e5-small/torch/bfloat16``, ``TQA_E5_PRECISION``);
- ``data``: a hash of the lexicons and tables tqa ships (calques, glosses, term parts, names);
- ``glossaries``: a hash of each glossary file's bytes.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from . import __version__

DATA = Path(__file__).resolve().parent / "data"


def _short(digest: "hashlib._Hash") -> str:
    return digest.hexdigest()[:6]


@lru_cache(maxsize=1)
def data_hash() -> str:
    """Hash of every data file tqa reads (lexicons, gloss lists, name tables), by path and bytes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in DATA.rglob("*") if p.is_file()):
        digest.update(path.relative_to(DATA).as_posix().encode())
        digest.update(path.read_bytes())
    return _short(digest)


def _file_hash(path: str) -> str:
    try:
        return _short(hashlib.sha256(Path(path).read_bytes()))
    except OSError:
        return "unreadable"


def _kiwi() -> str:
    from .ko.analyser import analyser_version

    return analyser_version()


def _analysis_cache() -> bool:
    """Whether the run's Korean analyser keeps analyses on disk (``TQA_ANALYSIS_CACHE=1``)."""
    from .resources import current

    return bool(current().korean_options.disk_cache)


def _embedding_engine(fast: bool) -> str:
    if fast:
        return "off"
    from .resources import current

    resources = current()
    loaded = resources.embedder_loaded()
    if loaded is not None:
        return f"e5-small/{loaded.engine}" + (f"/{loaded.precision}" if loaded.precision else "")
    try:
        from .neural.embeddings import chosen_engine, engine_precision

        engine = chosen_engine(resources.embeddings_choice)
        precision = engine_precision(engine, resources.embeddings_precision)
        return f"e5-small/{engine}" + (f"/{precision}" if precision else "")
    except Exception as error:  # noqa: BLE001 - a bad TQA_EMBEDDINGS is reported by the aligner
        return f"unavailable({type(error).__name__})"


def _language_model(fast: bool, rules) -> str:
    if fast or not any(rule.neural and rule.check == "literal" for rule in rules):
        return "off"
    from .neural.lm import MODEL_NAME

    return MODEL_NAME


def run_signature(rules, options, glossaries=()) -> dict:
    """What decides the findings of a run of ``rules`` with ``options`` (see module doc)."""
    codes = sorted(rule.code for rule in rules)
    severities = dict(getattr(options, "severities", {}) or {})
    rule_digest = hashlib.sha256(
        ";".join(f"{code}={severities.get(code, '')}" for code in codes).encode())
    align = "parallel" if options.parallel else "segmented" if options.segmented else "auto"
    fast = bool(options.fast)
    settings = {
        "version": __version__,
        "rules": len(codes),
        "rules_hash": _short(rule_digest),
        "mode": "fast" if fast else "default",
        "align": align,
        "kiwi": _kiwi(),
        "embeddings": _embedding_engine(fast),
        "language_model": _language_model(fast, rules),
        "data": data_hash(),
        "glossaries": [_file_hash(g.path) if getattr(g, "path", None) else "in-memory" for g in glossaries],
        "analysis_cache": _analysis_cache(),
    }
    settings["text"] = signature_text(settings)
    return settings


def signature_text(settings: dict) -> str:
    glossaries = ",".join(settings["glossaries"]) or "none"
    return (f"tqa:{settings['version']}|rules:{settings['rules']}#{settings['rules_hash']}|mode:{settings['mode']}"
            f"|align:{settings['align']}|kiwi:{settings['kiwi']}|emb:{settings['embeddings']}"
            f"|lm:{settings['language_model']}|data:{settings['data']}|glossaries:{glossaries}")
