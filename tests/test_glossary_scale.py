"""Glossary matching scales with the glossary and finds what it found before.

``Glossary.source_matches`` used to run one regex per entry over every text, with a
bounded regex cache that thrashed past 4,096 entries. It now looks every position of the
text up in a term index built once per glossary. ``tests/reference/glossary_v0.py`` keeps
the old matching, test-only: every comparison here is against it.
"""
from __future__ import annotations

import importlib.util
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import make_document
from tqa.checks.runner import CheckContext, run_checks, select_rules
from tqa.glossary import Entry, Glossary, find_english_term, load_glossary

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("tqa_reference_glossary_v0",
                                               Path(__file__).parent / "reference" / "glossary_v0.py")
old = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(old)

KOREAN_FILES = ("flores200-dev/kor_Hang.dev", "ntrex128/newstest2019-ref.kor.txt",
                "park-news-dev/korean-english-park.dev.ko", "ud-pud/pud.ko")

# our own sentences and terms: particles, spacing variants, overlaps, verbs, Latin terms
OWN_PAIRS = [
    ("통일부는 남북 협력 사업을 발표했다.", "The Ministry of Unification announced inter-Korean projects."),
    ("통일 부 장관이 미국산 쇠고기 수입을 논의했다.", "The unification minister discussed US beef imports."),
    ("한미일 정상회의에서 핵심 광물 공급망이 논의됐다.", "Core minerals were discussed at the Korea-US-Japan summit."),
    ("핵심광물 가격이 올랐고 핵심광물 수입은 줄었다.", "Critical minerals prices rose and imports of core minerals fell."),
    ("양국은 기술 협력을 강화하기로 협력했다.", "The two countries agreed to strengthen technology cooperation."),
    ("G7 회의와 AI 규제, C++ 표준이 화제였다.", "The G7 meeting, AI rules and the C++ standard were topics."),
    ("국가안보회의 회의록은 국가 안보 회의 규정에 따라 공개된다.", "Minutes of the National Security Council are released."),
    ("북한은 북한산 석탄을 수출했다. 북 한 주민들은 몰랐다.", "Bukhan exported its coal. North Koreans did not know."),
]
OWN_ENTRIES = [
    Entry("통일부", ["Ministry of Unification", "Unification Ministry"], ["Tongil Ministry"]),
    Entry("통일 부", ["unification ministry"]),
    Entry("미국", ["United States", "US"]),
    Entry("한미일", ["South Korea-US-Japan"], ["Korea-US-Japan"]),
    Entry("핵심광물", ["critical minerals"], ["core minerals"]),
    Entry("핵심 광물", ["critical minerals"]),
    Entry("광물", ["minerals"]),
    Entry("협력하다", ["cooperate"]),
    Entry("협력", ["cooperation"]),
    Entry("G7", ["Group of Seven"]),
    Entry("AI", ["artificial intelligence"]),
    Entry("C++", ["C++"]),
    Entry("국가 안보 회의", ["National Security Council"]),
    Entry("국가안보", ["national security"]),
    Entry("북한", ["North Korea"], ["Bukhan"]),
    Entry("북한", ["DPRK"]),  # the same source twice: both entries hit
    Entry("   ", ["blank"]),  # a blank source, matched the old way
]


def _same(entries: list[Entry], texts) -> None:
    glossary = Glossary("test", entries)
    for text in texts:
        got = [(id(entry), start, end) for entry, start, end in glossary.source_matches(text)]
        want = [(id(entry), start, end) for entry, start, end in old.source_matches(entries, text)]
        assert got == want, text
        # and term by term: the hits of find_korean_term (re.finditer's, then filtered)
        got_hits = {id(entry): hits for entry, hits in glossary._index.hits(text) if hits}
        want_hits = {id(entry): hits for entry in entries if (hits := old.find_korean_term(entry.source, text))}
        assert got_hits == want_hits, text


def test_own_sentences_match_as_before():
    _same(OWN_ENTRIES, [ko for ko, _ in OWN_PAIRS])
    glossary = Glossary("test", OWN_ENTRIES[:-1])
    # "통일 부" matches 통일부 too, and its longer source claims the text first
    found = glossary.source_matches(OWN_PAIRS[0][0])
    assert [(e.source, s, t) for e, s, t in found] == [("통일 부", 0, 3), ("협력", 8, 10)]
    # "통일부" does not match 통일 부 (no space inside a word); 미국산 is 미국 + a suffix
    found = glossary.source_matches(OWN_PAIRS[1][0])
    assert [(e.source, s, t) for e, s, t in found] == [("통일 부", 0, 4), ("미국", 9, 11)]
    # spaced and unspaced forms of a multi-word term
    found = glossary.source_matches(OWN_PAIRS[6][0])
    assert [(e.source, s, t) for e, s, t in found] == [("국가 안보 회의", 0, 6), ("국가 안보 회의", 12, 20)]


def test_a_term_overlapping_itself_is_found_as_re_finditer_found_it():
    # finditer takes 가A가 at 0 and never tries the overlapping occurrence at 2
    entries = [Entry("가A가", ["x"])]
    _same(entries, ["가A가A가", "x가A가A가요 가A가"])
    glossary = Glossary("test", entries)
    glossary.source_matches("")  # builds the index
    assert glossary._index.hits("가A가A가")[0][1] == [(0, 3)]


def test_demo_glossaries_match_as_before_on_the_demo_article():
    texts = (REPO / "corpora" / "demo" / "article.ko.txt").read_text(encoding="utf-8").splitlines()
    for name in ("korean-news.csv", "korean-news.tbx"):
        _same(load_glossary(REPO / "corpora" / "glossary" / name).entries, texts + [ko for ko, _ in OWN_PAIRS])


def _lines(root: Path) -> list[str]:
    lines = []
    for name in KOREAN_FILES:
        path = root / name
        if path.is_file():
            lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines:
        pytest.skip("no shared Korean files")
    return lines


def _terms_from(lines: list[str], count: int, seed: int) -> list[Entry]:
    """Glossary entries cut from the words of ``lines``: prefixes of words (which then
    meet particles), two-word terms written spaced and unspaced, verbs ending in 다."""
    rng = random.Random(seed)
    words = [word.strip(".,\"'()“”‘’") for line in lines for word in line.split()]
    words = [word for word in words if len(word) >= 2]
    entries = []
    for number in range(count):
        word = rng.choice(words)
        kind = number % 5
        if kind == 0:
            source = word[:rng.randint(2, max(2, len(word) - 1))]
        elif kind == 1:
            source = word + " " + rng.choice(words)
        elif kind == 2:
            source = word[:2] + " " + word[2:] if len(word) > 3 else word
        elif kind == 3:
            source = word[:rng.randint(1, max(1, len(word) - 1))] + "다"
        else:
            source = word
        entries.append(Entry(source, [f"term {number}"]))
    return entries


def test_shared_lines_match_as_before(shared_data):
    lines = _lines(shared_data)
    rng = random.Random(7)
    sample = rng.sample(lines, 300)
    entries = _terms_from(lines, 1500, seed=11)
    _same(entries, sample)
    for name in ("korean-news.csv", "korean-news.tbx"):
        _same(load_glossary(REPO / "corpora" / "glossary" / name).entries, sample)


_SYLLABLES = st.sampled_from(["통", "일", "부", "북", "한", "은", "는", "다", "협", "력", "했", "산", " ", "  ", "A", "."])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_SYLLABLES, min_size=1, max_size=5).map("".join), min_size=1, max_size=8),
       st.lists(_SYLLABLES, max_size=30).map("".join))
def test_generated_terms_and_texts_match_as_before(sources, text):
    _same([Entry(source, ["x"]) for source in sources], [text])


def test_findings_and_names_table_as_before(monkeypatch):
    """The glossary rules and the names table give the same findings and rows with the
    old matching patched back in."""
    from tqa.analyse import run_analysers

    def run():
        glossary = Glossary("test", list(OWN_ENTRIES))
        document = make_document(OWN_PAIRS)
        context = CheckContext(fast=True, glossaries=[glossary])
        issues = run_checks(document, select_rules(["TQA230", "TQA231"]), context)
        run_analysers(document, ["names_table"], CheckContext(fast=True, glossaries=[glossary]))
        rows = [row for row in document.tables["names"] if row["kind"] == "glossary"]
        return [(i.rule, i.message, i.source_span and i.source_span.text, i.target_span and i.target_span.text)
                for i in issues], rows

    new_issues, new_rows = run()
    assert {rule for rule, *_ in new_issues} == {"TQA230", "TQA231"}
    monkeypatch.setattr(Glossary, "source_matches", lambda self, text: old.source_matches(self.entries, text))
    monkeypatch.setattr(Glossary, "find_english", lambda self, term, text: find_english_term(term, text))
    assert run() == (new_issues, new_rows)


def test_the_index_follows_added_entries():
    glossary = Glossary("test", [Entry("통일부", ["Ministry of Unification"])])
    assert glossary.source_matches("북한은 통일부에") and not glossary.source_matches("북한은")
    glossary.entries.append(Entry("북한", ["North Korea"]))
    assert [e.source for e, _, _ in glossary.source_matches("북한은 통일부에")] == ["북한", "통일부"]


def _synthetic(count: int, seed: int = 3) -> list[Entry]:
    rng = random.Random(seed)
    syllables = [chr(0xAC00 + rng.randrange(11172)) for _ in range(400)]
    return [Entry("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))), [f"t{n}"]) for n in range(count)]


def test_matching_time_does_not_grow_with_the_glossary():
    texts = [ko for ko, _ in OWN_PAIRS] * 25

    def match_time(entries):
        glossary = Glossary("test", entries + OWN_ENTRIES)
        glossary.source_matches(texts[0])  # builds the index
        start = time.process_time()
        for text in texts:
            glossary.source_matches(text)
        return time.process_time() - start

    small, large = match_time(_synthetic(1_000)), match_time(_synthetic(20_000))
    # the old matching: ~20x for 20x the entries, and a cliff past 4,096
    assert large < 3 * max(small, 0.01), (small, large)
