"""Fluency rules (TQA020–TQA021) on hand-built one-link documents."""
from __future__ import annotations

import pytest

from tqa.checks.fluency import repeated_phrase, repeated_word
from tqa.checks.registry import RULES
from tqa.checks.runner import CheckContext
from tqa.document import Document, Link, Segment


def one_pair(source: str, target: str):
    document = Document("s.ko", "t.en", source, target, [Segment(0, source, 0, len(source))],
                        [Segment(0, target, 0, len(target))], [Link((0,), (0,))])
    return next(document.pairs())


def spans(rule, target: str) -> list[str]:
    return [f.target.text for f in rule(one_pair("원문", target), CheckContext())]


def test_registered():
    assert (RULES["TQA020"].check, RULES["TQA020"].severity) == ("fluency", "minor")
    assert (RULES["TQA021"].check, RULES["TQA021"].severity) == ("fluency", "minor")


@pytest.mark.parametrize("target, expected", [
    ("He attended the the meeting.", ["the the"]),
    ("The the meeting began late.", ["The the"]),
    ("Prices rose in in Seoul.", ["in in"]),
    ("It is is a good plan.", ["is is"]),
])
def test_repeated_word(target, expected):
    assert spans(repeated_word, target) == expected


@pytest.mark.parametrize("target", [
    "She had had enough of it.",
    "He said that that plan would fail.",
    "What it is is a question of money.",
    "He gave her her keys and told you you were late.",
    "It was a very very long day.",
    "The score was 10 10 at half time.",
    "They flew to Bora Bora last year.",
    "President Moon Jae-in in Seoul said so.",
    "They met The The in London.",  # a capitalised second word: a name (the band)
    "He said the, the other one.",
])
def test_repeated_word_near_misses(target):
    assert spans(repeated_word, target) == []


def test_repeated_phrase():
    assert spans(repeated_phrase, "None of the of the ships sailed.") == ["of the of the"]


@pytest.mark.parametrize("target", [
    "The talks went on and on and on.",
    "They learned step by step by step.",
    "No no no no, he said.",
    "It is in the garden, in the shade.",
])
def test_repeated_phrase_near_misses(target):
    assert spans(repeated_phrase, target) == []
