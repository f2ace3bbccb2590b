"""The same text gives the same findings, whatever its Unicode form (issue 16).

Korean saved on macOS is often NFD (decomposed jamo); an invisible zero-width space can
sit anywhere a text was pasted from the web. Both must be read as the text a person sees,
while reports keep pointing into the file as it is.
"""
from __future__ import annotations

import json
import unicodedata

import pytest

from tqa.cli import main
from tqa.io.normal import normalise
from tqa.pipeline import Options, build_document, check_document, check_pairs

# our own sentences: a wrong amount, a wrong year, a clean line, a second paragraph
KOREAN = ("서울시는 2019년 4월 청년 주택 사업에 1억 달러를 배정했다. 시의회는 이 계획을 승인했다.\n"
          "\n"
          "담당 공무원은 내년에 예산을 23억6,000만 달러로 늘리겠다고 말했다.\n")
ENGLISH = ("Seoul allocated 1 billion dollars to a youth housing project in April 2018. "
           "The city council approved the plan.\n"
           "\n"
           "The official in charge said the budget would grow to US$2.36 billion next year.\n")


def findings(document) -> list[tuple]:
    return [(i.rule, i.message, i.source_segments, i.target_segments,
             i.source_span and (i.source_span.start, i.source_span.end, i.source_span.text),
             i.target_span and (i.target_span.start, i.target_span.end, i.target_span.text),
             i.suggestion) for i in document.issues]


def write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("parallel", [False, True])
def test_an_nfd_copy_gives_the_findings_of_the_nfc_text(tmp_path, parallel):
    options = Options(fast=True, parallel=parallel)
    results = {}
    for form in ("NFC", "NFD"):
        source = write(tmp_path, f"{form}.ko.txt", unicodedata.normalize(form, KOREAN))
        target = write(tmp_path, f"{form}.en.txt", ENGLISH)
        results[form] = check_document(build_document(source, target, options), options)
    nfc, nfd = results["NFC"], results["NFD"]
    assert len(nfd.source_text) > len(nfc.source_text)  # the copy really is decomposed
    assert [s.text for s in nfd.source_segments] == [s.text for s in nfc.source_segments]
    assert findings(nfd) == findings(nfc)
    rules = {issue.rule for issue in nfc.issues}
    assert {"TQA101", "TQA140"} <= rules  # 1억 달러 ≠ 1 billion; 2019 ≠ 2018
    # the segments still index the file's text as read: the NFD characters, not the NFC ones
    for segment in nfd.source_segments:
        as_read = nfd.source_text[segment.start:segment.end]
        assert as_read != segment.text and unicodedata.normalize("NFC", as_read) == segment.text


def test_report_offsets_point_into_the_nfd_file(tmp_path, capsys):
    source = write(tmp_path, "mac.ko.txt", unicodedata.normalize("NFD", KOREAN))
    target = write(tmp_path, "mac.en.txt", ENGLISH)
    assert main(["check", source, target, "--fast", "--format", "json", "--select", "number"]) == 1
    report = json.loads(capsys.readouterr().out)["documents"][0]
    file_text = open(source, encoding="utf-8").read()
    for segment in report["source_segments"]:
        assert unicodedata.normalize("NFC", file_text[segment["start"]:segment["end"]]) == segment["text"]
    assert main(["check", source, target, "--fast", "--format", "sarif", "--select", "number"]) == 1
    results = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    amount = next(r for r in results if r["ruleId"] == "TQA101")
    korean = amount["relatedLocations"][0]["physicalLocation"]["region"]
    line = file_text.split("\n")[korean["startLine"] - 1]
    flagged = line[korean["startColumn"] - 1:korean["endColumn"] - 1]
    assert unicodedata.normalize("NFC", flagged) == "1억 달러"


def test_a_zero_width_space_does_not_split_a_date_or_an_amount():
    wrong = check_pairs([("그 법은 2019년\u200b 4월에 시행됐고 예산은 1억\u200b 달러였다.",
                          "The law took effect in April 2018 with a budget of 1 billion dollars.")],
                        Options(fast=True, select=["number", "date"]))
    assert {issue.rule for issue in wrong.issues} == {"TQA101", "TQA140"}
    right = check_pairs([("그 법은 2019년\u200b 4월에 시행됐고 예산은 1억\u200b 달러였다.",
                          "The law took effect in April 2019 with a budget of 100 million dollars.")],
                        Options(fast=True, select=["number", "date"]))
    assert right.issues == []


def test_zero_width_characters_stay_in_the_offsets(tmp_path, capsys):
    text = "그 법은 2019년\u200b 4월에 시행됐다.\n\ufeff예산은 1억\u2060 달러였다.\n"
    source = write(tmp_path, "zw.ko.txt", text)
    target = write(tmp_path, "zw.en.txt", "The law took effect in April 2018.\nThe budget was 100 million dollars.\n")
    assert main(["check", source, target, "--parallel", "--fast", "--format", "json", "--select", "date"]) == 1
    report = json.loads(capsys.readouterr().out)["documents"][0]
    first, second = report["source_segments"]
    assert first["text"] == "그 법은 2019년 4월에 시행됐다."
    assert text[first["start"]:first["end"]] == "그 법은 2019년\u200b 4월에 시행됐다."
    assert text[second["start"]:second["end"]] == "예산은 1억\u2060 달러였다."  # the BOM before it is not inside


def test_a_bilingual_file_and_a_glossary_in_nfd_match_as_in_nfc(tmp_path):
    pairs = [("통일부는 회의에서 대북 정책을 설명했다.", "The Unification Office explained its policy at the meeting."),
             ("통일부 장관은 2020년 3월에 취임했다.", "The Ministry of Unification's minister took office in March 2021.")]
    glossary = write(tmp_path, "terms.csv", unicodedata.normalize("NFD", "source,target\n통일부,Ministry of Unification\n"))
    results = {}
    for form in ("NFC", "NFD"):
        rows = "source\ttarget\n" + "".join(f"{s}\t{t}\n" for s, t in pairs)
        path = write(tmp_path, f"{form}.tsv", unicodedata.normalize(form, rows))
        options = Options(fast=True, glossaries=[glossary], select=["term", "date"])
        results[form] = check_document(build_document(path, None, options), options)
    assert findings(results["NFD"]) == findings(results["NFC"])
    assert {issue.rule for issue in results["NFC"].issues} >= {"TQA230", "TQA140"}


def test_normalise_maps_every_span_back_to_the_characters_it_came_from():
    original = unicodedata.normalize("NFD", "예산 1억\u200b 달러, café") + "\u200d"
    checked, offsets = normalise(original)
    assert checked == "예산 1억 달러, café"
    for start in range(len(checked) + 1):
        for end in range(start, len(checked) + 1):
            piece = original[offsets.start(start):offsets.end(end)]
            assert unicodedata.normalize("NFC", piece.replace("\u200b", "").replace("\u200d", "")) == \
                checked[start:end]
    # near miss: text already in NFC without zero-width characters is left alone, no map
    assert normalise("예산 1억 달러") == ("예산 1억 달러", None)


def test_line_by_line_normalising_equals_one_pass_over_the_text():
    """normalise() takes only the lines that need it through the character pass; text and
    map must be those of one pass over the whole text, combining and zero-width
    characters at line starts included."""
    import random

    from tqa.io import normal

    alphabet = list("ab가각\n \u0301\u0300\u0323e\u200b\u200d\ufeff\u1100\u1161\u11a8한\u0345\u2028")
    generator = random.Random(7)
    for _ in range(3000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 30)))
        if not normal.needs_normalising(text):
            continue
        whole, edits = normal._normalise_chars(text)
        found, offsets = normal.normalise(text)
        assert found == whole and offsets.edits == tuple(edits), repr(text)
