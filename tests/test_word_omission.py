"""TQA037 (word-level omission) and the run's shared word alignment."""
from __future__ import annotations

import numpy as np
import pytest

from tqa import resources as run_resources
from tqa.align.words import Word, WordAlignment, WordLink, english_words, korean_morpheme_words
from tqa.checks import word_omission as wo
from tqa.checks.registry import RULES
from tqa.context import CheckContext
from tqa.pipeline import Options, check_pairs

KOREAN = "시는 낡은 다리를 철거하고 그 자리에 보행자 전용 공원을 조성하기로 했다."
SHORT = "The city decided to tear down the old bridge."
FULL = "The city will tear down the old bridge and build a pedestrian park in its place."


class CountingAligner:
    """Stands in for the torch aligner: links nothing, counts its calls."""

    def __init__(self):
        self.calls = 0

    def align(self, source, target):
        self.calls += 1
        return WordAlignment([Word(source, 0, len(source))], [Word(target, 0, len(target))], [])


def test_resources_compute_a_pairs_word_alignment_once():
    resources = run_resources.Resources()
    resources._word_aligner = aligner = CountingAligner()
    first = resources.word_alignment("가나", "ab")
    assert resources.word_alignment("가나", "ab") is first
    assert aligner.calls == 1
    resources.word_alignment("다라", "cd")
    assert aligner.calls == 2


def test_word_alignment_cache_keeps_the_most_recently_used(monkeypatch):
    monkeypatch.setattr(run_resources, "WORD_ALIGNMENT_CACHE", 2)
    resources = run_resources.Resources()
    resources._word_aligner = aligner = CountingAligner()
    resources.word_alignment("가", "a")
    resources.word_alignment("나", "b")
    resources.word_alignment("가", "a")      # used again: 나 is now the oldest
    resources.word_alignment("다", "c")      # evicts 나
    assert aligner.calls == 3
    resources.word_alignment("가", "a")
    assert aligner.calls == 3
    resources.word_alignment("나", "b")
    assert aligner.calls == 4


def test_context_gives_no_word_alignment_in_fast_mode():
    resources = run_resources.Resources()
    resources._word_aligner = aligner = CountingAligner()
    assert CheckContext(fast=True, resources=resources).word_alignment("가나", "ab") is None
    assert CheckContext(fast=False, resources=resources).word_alignment("가나", "ab") is not None
    assert aligner.calls == 1


def test_rule_is_a_neural_minor_omission():
    rule = RULES["TQA037"]
    assert (rule.check, rule.severity, rule.neural) == ("omission", "minor", True)


def _alignment(source: str, target: str, linked: dict[str, str], score: float = 0.6) -> WordAlignment:
    """An alignment linking the Korean morphemes named in ``linked`` to the English words given."""
    source_words, target_words = korean_morpheme_words(source), english_words(target)
    links = []
    for k, word in enumerate(source_words):
        if word.text in linked:
            j = next(j for j, w in enumerate(target_words) if w.text == linked[word.text])
            links.append(WordLink(k, j, score))
    return WordAlignment(source_words, target_words, links)


def test_assess_names_the_longest_uncovered_run_of_content_words():
    alignment = _alignment(KOREAN, SHORT, {"시": "city", "낡": "old", "다리": "bridge", "철거": "tear"})
    found = wo.assess(KOREAN, SHORT, alignment, z=-1.7)
    start, end = found.span
    assert KOREAN[start:end] == "자리에 보행자 전용 공원을 조성하기로"
    assert found.run_length == 5
    # 그 (a determiner) and 했다 (the light verb 하다) are not content words
    words = {KOREAN[e.start:e.end]: e.content for e in found.eojeols}
    assert words["그"] is False and words["했다"] is False
    assert found.evidence == pytest.approx(5 + wo.SHARE_WEIGHT * found.share + wo.Z_WEIGHT * 1.7)


def test_weak_links_do_not_cover_and_anchors_do():
    weak = _alignment(KOREAN, SHORT, {"공원": "bridge"}, score=wo.COVER_COSINE - 0.05)
    assert not any(e.covered for e in wo.eojeols(KOREAN, weak))
    anchored = WordAlignment(weak.source_words, weak.target_words,
                             [WordLink(link.source, link.target, 0.1, "gloss") for link in weak.links])
    covered = [KOREAN[e.start:e.end] for e in wo.eojeols(KOREAN, anchored) if e.covered]
    assert covered == ["공원을"]


def test_soft_cover_counts_a_word_close_to_an_english_word(monkeypatch):
    alignment = _alignment(KOREAN, SHORT, {})
    cosine = np.zeros((len(alignment.source_words), len(alignment.target_words)), dtype=np.float32)
    park = next(k for k, w in enumerate(alignment.source_words) if w.text == "공원")
    city = next(j for j, w in enumerate(alignment.target_words) if w.text == "city")
    cosine[park, city] = 0.9
    cosine[park, 0] = 0.95   # "The": a function word renders no content word
    alignment = WordAlignment(alignment.source_words, alignment.target_words, [], cosine=cosine)
    monkeypatch.setattr(wo, "CONTENT_LINKS_ONLY", True)
    monkeypatch.setattr(wo, "SOFT_COSINE", 0.8)
    assert [KOREAN[e.start:e.end] for e in wo.eojeols(KOREAN, alignment) if e.covered] == ["공원을"]
    monkeypatch.setattr(wo, "SOFT_COSINE", 0.92)
    assert not any(e.covered for e in wo.eojeols(KOREAN, alignment))
    monkeypatch.setattr(wo, "SOFT_COSINE", 1.1)
    assert not any(e.covered for e in wo.eojeols(KOREAN, alignment))


def test_candidates_are_phrases_of_one_sentence_never_its_last():
    spans = [KOREAN[a:b] for a, b in wo.candidates(KOREAN)]
    # cut after 낡은 (ETM), 철거하고 (EC), 자리에 (JKB), 조성하기로; 했다 (the main predicate) is never left out
    assert "다리를 철거하고" in spans and "그 자리에 보행자 전용 공원을 조성하기로" in spans
    assert not any("했다" in span for span in spans)
    two = "그는 어제 서울에 도착했다. 그리고 오늘 부산으로 떠났다."
    assert all("." not in two[a:b] for a, b in wo.candidates(two))   # no span crosses a sentence end
    assert wo.without(KOREAN, *next((a, b) for a, b in wo.candidates(KOREAN) if KOREAN[a:b] == "다리를 철거하고")) \
        == "시는 낡은 그 자리에 보행자 전용 공원을 조성하기로 했다."


class FakeEmbedder:
    """Vectors that make a text with the marker more (or less) like the English than one without."""

    def __init__(self, marker: str, removal_helps: bool):
        self.marker, self.removal_helps, self.calls = marker, removal_helps, 0

    def __call__(self, texts):
        self.calls += 1
        out = []
        for text in texts:
            if text in (SHORT, FULL):
                out.append([1.0, 0.0])
            elif (self.marker in text) == self.removal_helps:
                out.append([0.6, 0.8])   # the full Korean when leaving the marker out helps
            else:
                out.append([1.0, 0.0])
        return np.array(out)


def test_the_clause_whose_removal_brings_the_korean_closer_is_reported():
    alignment = _alignment(KOREAN, SHORT, {"시": "city", "낡": "old", "다리": "bridge", "철거": "tear"})
    found = wo.assess(KOREAN, SHORT, alignment, z=-1.7)
    best = wo.best_clause(wo.clauses(KOREAN, SHORT, found, FakeEmbedder("공원", removal_helps=True)))
    assert best is not None and KOREAN[best.start:best.end] == "그 자리에 보행자 전용 공원을 조성하기로"
    assert best.uncovered == 5 and best.relative > 0


def test_an_unlinked_clause_whose_removal_makes_it_less_alike_is_not_reported():
    alignment = _alignment(KOREAN, SHORT, {"시": "city", "낡": "old", "다리": "bridge", "철거": "tear"})
    found = wo.assess(KOREAN, SHORT, alignment, z=-1.7)
    assert wo.best_clause(wo.clauses(KOREAN, SHORT, found, FakeEmbedder("공원", removal_helps=False))) is None


def test_nothing_is_embedded_when_no_candidate_has_two_unlinked_words():
    linked = {"시": "city", "낡": "old", "다리": "bridge", "철거": "tear", "자리": "place", "보행자": "pedestrian",
              "전용": "pedestrian", "공원": "park", "조성": "build"}
    alignment = _alignment(KOREAN, FULL, linked)
    found = wo.assess(KOREAN, FULL, alignment, z=-0.6)
    embed = FakeEmbedder("공원", removal_helps=True)
    assert wo.clauses(KOREAN, FULL, found, embed) == [] and embed.calls == 0


# ------------------------------------------------------------- with the model --

@pytest.mark.slow
def test_a_dropped_clause_is_reported_with_its_korean_span():
    document = check_pairs([(KOREAN, SHORT)], Options(select=["TQA037"]))
    found = [i for i in document.issues if i.rule == "TQA037"]
    assert len(found) == 1
    issue = found[0]
    assert issue.severity == "minor"
    assert "공원" in issue.source_span.text and "공원" in issue.message


@pytest.mark.slow
def test_a_whole_translation_is_silent_and_fast_mode_skips_the_rule():
    assert not check_pairs([(KOREAN, FULL)], Options(select=["TQA037"])).issues
    assert not check_pairs([(KOREAN, SHORT)], Options(select=["TQA037"], fast=True)).issues


@pytest.mark.slow
def test_gives_way_to_tqa036_on_the_same_clause():
    korean = "정부는 3월에 5조 원을 투입했고, 4월에는 2조 원을 추가로 투입했다."
    english = "The government injected 5 trillion won in March."
    document = check_pairs([(korean, english)], Options(select=["TQA036", "TQA037"]))
    rules = [i.rule for i in document.issues]
    assert "TQA036" in rules and "TQA037" not in rules


def test_the_rule_is_opt_in_selected_only_by_its_code():
    from tqa.checks.runner import select_rules

    assert "TQA037" not in [rule.code for rule in select_rules()]
    assert "TQA037" not in [rule.code for rule in select_rules(["omission"])]
    assert "TQA037" not in [rule.code for rule in select_rules(["TQA03"])]
    assert "TQA037" in [rule.code for rule in select_rules(["TQA037"])]
    assert "TQA037" in [rule.code for rule in select_rules(["omission", "TQA037"])]


@pytest.mark.slow
def test_a_default_run_does_not_report_it():
    assert not [i for i in check_pairs([(KOREAN, SHORT)], Options()).issues if i.rule == "TQA037"]
