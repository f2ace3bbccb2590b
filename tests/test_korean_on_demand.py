"""The Korean annotation is computed where an analyser can use it: before an analyser that
reads morphemes runs, the sentences its surface pre-scan (``korean_scan``) accepts are
analysed in one batch; a sentence no scan accepts costs nothing unless something reads it
(then it is analysed on first access); a run whose analysers accept no sentence never loads
kiwipiepy; and the findings do not depend on how the morphemes were computed."""
from __future__ import annotations

import dataclasses

import pytest

from tqa.analyse import registry
from tqa.analyse.direction import PairDirections
from tqa.analyse.korean import KoreanAnalysis
from tqa.checks.registry import Finding, Rule
from tqa.checks.runner import CheckContext, run_checks
from tqa.document import document_from_pairs
from tqa.ko import analyser as korean_analyser
from tqa.pipeline import Options, check_pairs
from tqa.resources import Resources

# our own sentences: figures, a negation, a name, a direction word, an idiom, a repeat
PAIRS = [
    ("정부는 올해 예산을 3조 원 늘렸다.", "The government raised this year's budget by 3 trillion won."),
    ("김하늘 선수는 어제 경기에 나오지 않았다.", "Kim Ha-neul played in yesterday's game."),
    ("물가가 지난달보다 2% 내렸다.", "Prices rose 2% from last month."),
    ("그 소식을 듣고 모두 발이 넓다고 웃었다.", "Everyone laughed that his feet were wide."),
    ("회의는 오후 세 시에 시작한다.", "The meeting starts at 4 p.m."),
    ("정부는 올해 예산을 3조 원 늘렸다.", "The government raised this year's budget by 3 trillion won."),
]


def _loaded(resources: Resources) -> bool:
    """Has this run's Korean analyser loaded kiwipiepy?"""
    return resources._korean is not None and resources._korean._kiwi is not None


def _document():
    return document_from_pairs(list(PAIRS))


@pytest.fixture
def probe(monkeypatch):
    """The direction analysis replaced by one that reads no morphemes and declares ``scan``;
    a rule reading it; returns (set the scan, run the rule → (resources, batches))."""
    scans = {"scan": lambda text: False}
    seen: list[str] = []

    def directions(document, context):
        return [PairDirections((), ()) for _ in document.pairs()]

    def scan(text: str) -> bool:
        seen.append(text)
        return scans["scan"](text)

    monkeypatch.setitem(registry.ANALYSERS, "direction",
                        registry.Analyser("direction", ("korean",), directions, "", korean_scan=scan))
    rule = Rule("TQA999", "meaning", "minor", "reads directions", "pair",
                lambda pair, context: iter(()), requires=("direction",))

    def run():
        batches: list[list[str]] = []
        real = korean_analyser.KoreanAnalyser.analyse_many

        def spy(self, texts):
            batches.append(list(texts))
            return real(self, batches[-1])

        monkeypatch.setattr(korean_analyser.KoreanAnalyser, "analyse_many", spy)
        resources = Resources()
        document = _document()
        run_checks(document, [rule], CheckContext(fast=True, resources=resources))
        assert isinstance(document.analyses.korean, KoreanAnalysis)
        return resources, batches, seen

    return scans, run


def test_a_scan_that_rejects_every_sentence_leaves_kiwipiepy_unloaded(probe):
    scans, run = probe
    resources, batches, seen = run()
    assert not _loaded(resources)
    assert batches == []
    assert seen == list(dict.fromkeys(source for source, _ in PAIRS))  # each distinct sentence scanned once


def test_only_the_sentences_a_scan_accepts_are_batched(probe):
    scans, run = probe
    scans["scan"] = lambda text: "%" in text
    resources, batches, _ = run()
    assert batches == [[PAIRS[2][0]]]
    assert _loaded(resources)
    assert PAIRS[2][0] in resources.korean._cache and PAIRS[0][0] not in resources.korean._cache


def test_number_and_date_rules_never_load_kiwipiepy():
    options = Options(fast=True, select=["number", "date"])
    document = check_pairs(PAIRS, options)
    assert [issue.rule for issue in document.issues] == ["TQA143"]  # the rules did run
    assert not _loaded(options.resources)


def _findings(document) -> list[dict]:
    return [dataclasses.asdict(issue) for issue in document.issues]


def test_lazy_and_eager_annotation_give_the_same_findings(monkeypatch):
    eager = check_pairs(PAIRS, Options(fast=True))
    # lazy: no batch at all, every sentence analysed when an analyser first reads it
    monkeypatch.setattr(KoreanAnalysis, "prepare", lambda self, document, scan=None: 0)
    options = Options(fast=True)
    lazy = check_pairs(PAIRS, options)
    assert _loaded(options.resources)
    assert _findings(lazy) == _findings(eager)
    assert _findings(eager)  # the sentences hold findings to compare


def test_a_second_reader_batches_only_what_the_first_did_not(monkeypatch):
    batches: list[list[str]] = []
    real = korean_analyser.KoreanAnalyser.analyse_many
    monkeypatch.setattr(korean_analyser.KoreanAnalyser, "analyse_many",
                        lambda self, texts: batches.append(list(texts)) or real(self, batches[-1]))
    check_pairs(PAIRS, Options(fast=True, select=["name", "meaning", "literal"]))
    assert batches == [list(dict.fromkeys(source for source, _ in PAIRS))]


def test_a_failing_korean_analyser_fails_its_readers_only(monkeypatch):
    def broken(self, texts):
        raise ImportError("no kiwipiepy here")

    monkeypatch.setattr(korean_analyser.KoreanAnalyser, "analyse_many", broken)
    document = _document()
    context = CheckContext(fast=True, resources=Resources())
    failed = registry.run_analysers(document, ["quantities", "polarity", "direction"], context)
    assert failed == {"korean": "ImportError: no kiwipiepy here", "polarity": "needs korean, which failed",
                      "direction": "needs korean, which failed"}
    assert len(document.analyses.quantities) == len(PAIRS)
