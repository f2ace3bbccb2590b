"""Word alignment in the HTML report (issue 12, item 3; ``tqa check --words``): every word of
a pair names the words aligned to it on the other side, across the segments of an n:m link
and inside issue highlights. The page's script (hover → highlight) is exercised in a real
browser in tests/test_html_browser.py; here the markup, with a stand-in aligner."""
from __future__ import annotations

from lxml import etree

from tqa.align.words import Word, WordAlignment, WordLink, english_words, korean_words
from tqa.cli import main
from tqa.document import Document, Issue, Link, Segment, Span
from tqa.report import html


class ByPosition:
    """A stand-in aligner (no model): links the i-th Korean whitespace word with the i-th
    English word; records the texts it was asked to align."""

    def __init__(self):
        self.asked: list[tuple[str, str]] = []

    def align_many(self, pairs):
        self.asked.extend(pairs)
        result = []
        for source, target in pairs:
            source_words, target_words = korean_words(source), english_words(target)
            links = [WordLink(i, i, 0.5) for i in range(min(len(source_words), len(target_words)))]
            result.append(WordAlignment(source_words, target_words, links))
        return result


def two_to_one_document() -> Document:
    """Two Korean sentences linked to one English sentence, then a pair with an issue
    span, then an omission."""
    ko = ["가격이 올랐다.", "매우 <많이>.", "회의는 3일에 열린다.", "남은 문장."]
    en = ["Prices rose very <much>.", "The meeting is on the 4th."]
    source_text, target_text = " ".join(ko) + "\n", "\n".join(en) + "\n"
    source, position = [], 0
    for number, text in enumerate(ko):
        source.append(Segment(number, text, position, position + len(text)))
        position += len(text) + 1
    target, position = [], 0
    for number, text in enumerate(en):
        target.append(Segment(number, text, position, position + len(text)))
        position += len(text) + 1
    document = Document("a.ko.txt", "a.en.txt", source_text, target_text, source, target)
    document.links = [Link((0, 1), (0,), 0.8), Link((2,), (1,), 0.9), Link((3,), (), None)]
    start = en[1].index("4th")
    document.issues = [Issue("TQA141", "date", "major", "3일 is the 3rd", [2], [1], Span(4, 6, "3일"),
                             Span(start, start + 3, "4th"))]
    return document


def words_of(page: str) -> dict[str, tuple[str, str]]:
    """Word element name → (its text, the names it is aligned to)."""
    tree = etree.HTML(page)
    found: dict[str, tuple[str, str]] = {}
    for span in tree.iter("span"):
        if span.get("class") == "w":
            text, aligned = found.get(span.get("data-w"), ("", span.get("data-al")))
            found[span.get("data-w")] = (text + "".join(span.itertext()), aligned)
    return found


def test_without_an_aligner_the_page_has_no_word_markup():
    page = html.render([two_to_one_document()])
    assert 'class="w"' not in page and "words-help" not in page


def test_words_name_their_counterparts_across_the_segments_of_a_link():
    aligner = ByPosition()
    page = html.render([two_to_one_document()], word_aligner=aligner)
    # the 2:1 link is aligned as one text, its segments joined by a space; no omission asked
    assert aligner.asked == [("가격이 올랐다. 매우 <많이>.", "Prices rose very <much>."),
                             ("회의는 3일에 열린다.", "The meeting is on the 4th.")]
    words = words_of(page)
    assert words["d1-p1-s0"] == ("가격이", "d1-p1-t0")
    assert words["d1-p1-t0"] == ("Prices", "d1-p1-s0")
    # the second segment's words: offsets past the first segment and the joining space
    assert words["d1-p1-s2"] == ("매우", "d1-p1-t2")
    assert words["d1-p1-s3"] == ("많이", "d1-p1-t3")  # "<" and ">" are not part of the word
    assert words["d1-p1-t3"] == ("much", "d1-p1-s3")
    assert "&lt;<span" in page  # and stays escaped text beside it
    assert "words-help" in page


def test_a_word_inside_an_issue_highlight_keeps_both():
    page = html.render([two_to_one_document()], word_aligner=ByPosition())
    tree = etree.HTML(page)
    marked = [mark for mark in tree.iter("mark") if "".join(mark.itertext()) in ("3일", "4th")]
    assert {"".join(mark.itertext()) for mark in marked} == {"3일", "4th"}
    for mark in marked:
        inner = mark.find("span")
        assert inner is not None and inner.get("class") == "w"
    words = words_of(page)
    # 3일에 is one whitespace word cut by the mark's end: its pieces share one name
    assert words["d1-p2-s1"] == ("3일에", "d1-p2-t1")
    assert words["d1-p2-t5"] == ("4th", "")  # no counterpart (the stand-in ran out of Korean words)


def test_several_links_and_unlinked_words():
    alignment = WordAlignment([Word("둘", 0, 1)], [Word("two", 0, 3), Word("both", 4, 8)],
                              [WordLink(0, 0, 0.9), WordLink(0, 1, 0.7)])

    class Fixed:
        def align_many(self, pairs):
            return [alignment for _ in pairs]

    segment_ko, segment_en = Segment(0, "둘", 0, 1), Segment(0, "two both", 0, 8)
    document = Document("b.ko.txt", "b.en.txt", "둘\n", "two both\n", [segment_ko], [segment_en])
    document.links = [Link((0,), (0,), None)]
    words = words_of(html.render([document], word_aligner=Fixed()))
    assert words["d1-p1-s0"] == ("둘", "d1-p1-t0 d1-p1-t1")
    assert words["d1-p1-t1"] == ("both", "d1-p1-s0")


def test_words_needs_the_default_mode_and_an_html_report(tmp_path, capsys):
    source, target = tmp_path / "a.ko.txt", tmp_path / "a.en.txt"
    source.write_text("회의가 열렸다.\n", encoding="utf-8")
    target.write_text("The meeting was held.\n", encoding="utf-8")
    assert main(["check", str(source), str(target), "--fast", "--words", "-o", str(tmp_path / "r.html")]) == 2
    assert "drop --fast" in capsys.readouterr().err
    assert main(["check", str(source), str(target), "--words", "--format", "json"]) == 2
    assert "HTML report" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_long_documents_are_aligned_in_batches(monkeypatch):
    class Counting(ByPosition):
        calls = 0

        def align_many(self, pairs):
            Counting.calls += 1
            return super().align_many(pairs)

    monkeypatch.setattr(html, "WORD_BATCH", 1)
    words = words_of(html.render([two_to_one_document()], word_aligner=Counting()))
    assert Counting.calls == 2  # one call per pair with both sides
    assert words["d1-p2-s0"] == ("회의는", "d1-p2-t0") and words["d1-p1-t0"] == ("Prices", "d1-p1-s0")
