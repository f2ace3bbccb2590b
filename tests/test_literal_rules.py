"""The literal-phrasing rules TQA300/301/310/320 on our own sentences."""
from __future__ import annotations


import pytest

from conftest import make_document
from tqa.checks import literal
from tqa.checks.runner import CheckContext, run_checks, select_rules
from tqa.ko.expressions import FORMAT_LINE, build_glossary, load_lexicon, parse_glosses
from tqa.neural import lm

HEADER = "id\tkorean\tmeaning\tliteral\tidiomatic\tcategory"
GLOSSES = """희망\thope|hopeful
고문\ttorture|torment
발\tfoot|feet
넓다\twide|broad
눈치\ttact|social cues
보다\tsee|look|watch
금\tgold
수저\tspoon
# idioms
희망고문\tfalse hope|empty hope
금수저\tborn rich|privileged
"""


OWN_DATA: dict = {}


def run(pairs, fast=True):
    document = make_document(pairs)
    run_checks(document, select_rules(select=["literal"]), CheckContext(fast=fast, **OWN_DATA))
    return document


def rules_fired(document) -> list[str]:
    return [issue.rule for issue in document.issues]


@pytest.fixture
def own_data(tmp_path, monkeypatch):
    """Swap in a tiny lexicon and gloss list so each rule is tested on its own."""
    path = tmp_path / "lexicon.tsv"
    path.write_text("\n".join([
        FORMAT_LINE, HEADER,
        "T0001\t발이 넓다\tknow many people\twide/broad foot/feet\twell connected ; know* … everyone\tidiom",
        "T0002\t눈치를 보다\tgauge the mood\teye* … tact\ttread* carefully ; read* the room\tidiom",
    ]) + "\n", encoding="utf-8")
    lexicon = load_lexicon([path])
    glossary = build_glossary(*parse_glosses(GLOSSES))
    monkeypatch.setitem(OWN_DATA, "lexicon", lexicon)
    monkeypatch.setitem(OWN_DATA, "gloss_list", glossary)
    return lexicon, glossary


# --- the signature case, with the shipped lexicon and gloss list ----------------------

def test_hopeful_torment_is_flagged_with_false_hope_suggested():
    document = run([("정부의 이번 발표는 세입자들에게 또 하나의 희망고문이 되었다.",
                     "The government's announcement became yet another message of hopeful torment for tenants.")])
    issues = [i for i in document.issues if i.rule in ("TQA300", "TQA310")]
    assert issues, document.issues
    assert issues[0].severity == "major"
    assert "false hope" in issues[0].suggestion.lower()
    assert issues[0].target_span.text.lower().startswith("hope")
    assert issues[0].source_span.text.startswith("희망")


def test_false_hope_is_not_flagged():
    document = run([("정부의 이번 발표는 세입자들에게 또 하나의 희망고문이 되었다.",
                     "For tenants, the government's announcement was yet more false hope.")])
    assert not [i for i in document.issues if i.severity in ("major", "minor")]


# --- TQA300: literal rendering listed in the lexicon ---------------------------------

def test_tqa300_literal_rendering(own_data):
    document = run([("그는 업계에서 발이 정말 넓다.", "He has really wide feet in the industry.")])
    assert rules_fired(document) == ["TQA300"]
    issue = document.issues[0]
    assert issue.suggestion == "well connected" and issue.target_span.text == "wide feet"
    assert issue.source_span.text == "발이 정말 넓다"


def test_tqa300_idiomatic_rendering_is_clean(own_data):
    document = run([("그는 업계에서 발이 정말 넓다.", "He is really well connected in the industry.")])
    assert rules_fired(document) == []


# --- TQA301: no idiomatic and no literal rendering: review note --------------------------

def test_tqa301_review_note_shows_meaning(own_data):
    document = run([("신입들은 늘 눈치를 본다.", "Newcomers always worry.")])
    assert rules_fired(document) == ["TQA301"]
    assert document.issues[0].severity == "info" and "gauge the mood" in document.issues[0].message


def test_tqa301_quiet_when_idiomatic(own_data):
    document = run([("신입들은 늘 눈치를 본다.", "Newcomers always tread carefully.")])
    assert rules_fired(document) == []


# --- TQA310: word-by-word glosses --------------------------------------------------------

def test_tqa310_glosses_of_a_gloss_list_idiom(own_data):
    document = run([("그것은 희망 고문일 뿐이다.", "It is just a hope torture.")])
    assert rules_fired(document) == ["TQA310"]
    assert document.issues[0].suggestion == "false hope"


def test_tqa310_compound_split(own_data):
    document = run([("그는 금수저로 태어났다.", "He was born a gold spoon.")])
    assert rules_fired(document) == ["TQA310"]
    assert document.issues[0].target_span.text == "gold spoon"


def test_tqa310_glosses_far_apart_are_not_flagged(own_data):
    document = run([("그것은 희망 고문일 뿐이다.",
                     "There is hope, they said, although the old prison was famous for torture.")])
    assert "TQA310" not in rules_fired(document)


def test_tqa310_lexicon_entry_with_unlisted_literal_rendering(own_data):
    # "broad … feet" is not one of the entry's literal patterns; the glosses catch it
    document = run([("그는 발이 넓다.", "His feet are quite broad.")])
    assert rules_fired(document) == ["TQA310"]


def test_no_korean_expression_no_findings(own_data):
    document = run([("그는 새 신발을 샀다.", "He bought wide shoes for his feet.")])
    assert rules_fired(document) == []


# --- TQA320: LM rule bookkeeping (the model itself is tested in test_lm.py) ----------

def test_fast_mode_skips_the_lm_rule(own_data):
    document = run([("그것은 희망 고문일 뿐이다.", "It is only hopeful agony.")], fast=True)
    assert "TQA320" in document.skipped and "TQA320" not in rules_fired(document)


def test_missing_model_is_reported_as_skipped(own_data, monkeypatch):
    monkeypatch.setattr(lm, "unavailable_reason", lambda: "SmolLM2 not installed")
    document = run([("그것은 희망 고문일 뿐이다.", "It is only hopeful agony.")], fast=False)
    assert "not installed" in document.skipped["TQA320"]
    assert "TQA320" not in rules_fired(document)
    # the other literal rules still ran
    assert run([("그것은 희망 고문일 뿐이다.", "It is only hope torture.")], fast=False).issues[0].rule == "TQA310"


def test_failed_load_is_reported_as_skipped(own_data, monkeypatch):
    def broken():
        raise lm.ModelUnavailable("cannot read weights")

    monkeypatch.setattr(lm, "unavailable_reason", lambda: None)
    monkeypatch.setattr(lm, "load_language_model", broken)
    document = run([("그것은 희망 고문일 뿐이다.", "It is only hopeful agony.")], fast=False)
    assert "cannot read weights" in document.skipped["TQA320"]


def test_candidate_pairs_skip_names_numbers_and_quotes():
    sentence = 'The "Hopeful Agony" show had 3 hopeful agony scenes and Hopeful Kim spoke.'
    words = [lm.WordScore(m.group(), m.start(), m.end(), 0.0)
             for m in __import__("re").finditer(r"[^\W_]+", sentence)]
    spans = [(w.start, w.end) for w in words if w.word.lower() == "hopeful"]
    pairs = [(words[a].word, words[b].word) for a, b in literal.candidate_pairs(sentence, words, spans)]
    assert ("hopeful", "agony") in pairs
    assert ("Hopeful", "Agony") not in pairs and ("Hopeful", "Kim") not in pairs
    assert not any(w.isdigit() for pair in pairs for w in pair)


def test_quoted_speech_is_a_candidate_but_a_quoted_title_is_not():
    sentence = 'He said "it was hopeful agony for us" about "Hopeful Agony".'
    words = [lm.WordScore(m.group(), m.start(), m.end(), 0.0)
             for m in __import__("re").finditer(r"[^\W_]+", sentence)]
    spans = [(w.start, w.end) for w in words if w.word.lower() == "hopeful"]
    pairs = [(words[a].word, words[b].word) for a, b in literal.candidate_pairs(sentence, words, spans)]
    assert pairs == [("hopeful", "agony")]
