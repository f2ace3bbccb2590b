"""Characters and file names no encoder writes (issue 16).

A lone surrogate (an XLIFF ``<cp hex="D800"/>``, a JSONL ``"\\ud800"``) is read as U+FFFD
with one warning naming the unit; a file name that is not UTF-8 (byte 0xFF, as legacy
EUC-KR names give) is written by every report in backslash notation. Never a traceback.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import os
import sys
import xml.etree.ElementTree as ET

import pytest

from tqa.cli import main
from tqa.document import Issue, Span, document_from_pairs
from tqa.pipeline import Options, check_pairs
from tqa.report import FORMATS, render_report

XLIFF = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko" trgLang="en">'
         '<file id="f1">'
         '<unit id="intro"><segment><source>시장은 새 공원을 열었다.</source>'
         '<target>The mayor opened a new park.</target></segment></unit>\n'
         '<unit id="budget"><segment><source>예산은<cp hex="D800"/> 1억 달러였다.</source>'
         '<target>The budget was 1 billion dollars<cp hex="DFFF"/>.</target></segment></unit>'
         '</file></xliff>\n')
JSONL = ('{"id": "a1", "source": "시장은 새 공원을 열었다.", "target": "The mayor opened a new park."}\n'
         '{"id": "a2", "source": "예산은 1억 달러였다.", "target": "The budget was \\ud800 1 billion dollars."}\n')


def parses(report_format: str, data: bytes) -> None:
    """The report is well-formed in its own format."""
    text = data.decode("utf-8")  # strict: no surrogate reached the file
    if report_format in ("json", "sarif"):
        json.loads(text)
    elif report_format == "jsonl":
        [json.loads(line) for line in text.splitlines()]
    elif report_format in ("junit", "xliff"):
        ET.fromstring(data)
    elif report_format == "csv":
        list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("report_format", sorted(FORMATS))
@pytest.mark.parametrize("name, content, unit", [("job.xlf", XLIFF, "unit budget"), ("job.jsonl", JSONL, "unit a2")])
def test_a_lone_surrogate_is_read_as_a_replacement_with_a_warning(tmp_path, capsys, report_format, name, content,
                                                                    unit):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    out = tmp_path / f"report.{report_format}"
    code = main(["check", str(path), "--fast", "--select", "number", "--format", report_format, "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1, err  # 1억 달러 ≠ 1 billion dollars: the unit is still checked
    warnings = [line for line in err.splitlines() if line.startswith("tqa: warning:")]
    assert len(warnings) == 1 and str(path) in warnings[0] and unit in warnings[0] and "U+FFFD" in warnings[0]
    assert "Traceback" not in err and "error" not in err
    parses(report_format, out.read_bytes())


def test_near_miss_a_valid_cp_is_the_character_itself(tmp_path, capsys):
    path = tmp_path / "tab.xlf"
    path.write_text(XLIFF.replace('<cp hex="D800"/>', '<cp hex="0009"/>').replace('<cp hex="DFFF"/>', ""),
                    encoding="utf-8")  # a tab written as a code point
    assert main(["check", str(path), "--fast", "--select", "number", "--format", "json"]) == 1
    captured = capsys.readouterr()
    assert "warning" not in captured.err
    texts = [s["text"] for s in json.loads(captured.out)["documents"][0]["source_segments"]]
    assert "예산은\t 1억 달러였다." in texts


def test_an_out_of_range_cp_is_named_in_the_warning(tmp_path, capsys):
    path = tmp_path / "far.xlf"
    path.write_text(XLIFF.replace('<cp hex="D800"/>', '<cp hex="110000"/>').replace('<cp hex="DFFF"/>', ""),
                    encoding="utf-8")
    assert main(["check", str(path), "--fast", "--select", "number", "--format", "json"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and '<cp hex="110000"/>' in err and "unit budget" in err


def test_pairs_from_code_with_a_lone_surrogate_are_checked(caplog):
    with caplog.at_level(logging.WARNING, logger="tqa.input"):
        document = check_pairs([("예산은 1억 달러였다.", "The budget was 1 billion dollars\udc80.")],
                               Options(fast=True, select=["number"]))
    assert document.target_segments[0].text.endswith("dollars\ufffd.")
    assert [issue.rule for issue in document.issues] == ["TQA101"]
    assert any("pair 1" in record.getMessage() and "U+DC80" in record.getMessage() for record in caplog.records)


def test_every_writer_survives_a_document_built_with_surrogates_in_code():
    document = document_from_pairs([("그는 \ud800 왔다.", "He came \udfff.")], "memo\udcff.ko.txt", "memo.en.txt")
    document.issues.append(Issue("TQA001", "untranslated", "major", "odd \ud800", [0], [0], Span(3, 4, "\ud800"),
                                 Span(8, 9, "\udfff"), suggestion="x\ud800"))
    for name in FORMATS:
        data = render_report(name, [document], fail_on="major").encode("utf-8")
        parses(name, data)


# --- file names that are not UTF-8 ------------------------------------------------------

@pytest.fixture
def legacy_names(tmp_path):
    if sys.platform == "darwin":  # APFS refuses names that are not UTF-8
        pytest.skip("the file system needs UTF-8 names")
    folder = os.fsencode(tmp_path)
    source = os.fsdecode(folder + b"/\xc7\xd1-\xff.ko.txt")  # EUC-KR 한, then a stray 0xFF
    target = os.fsdecode(folder + b"/\xc7\xd1-\xff.en.txt")
    with open(source, "w", encoding="utf-8") as handle:
        handle.write("예산은 1억 달러였다.\n")
    with open(target, "w", encoding="utf-8") as handle:
        handle.write("The budget was 1 billion dollars.\n")
    return tmp_path, source, target


@pytest.mark.parametrize("report_format", sorted(FORMATS))
def test_every_report_writes_a_file_name_that_is_not_utf8(legacy_names, capsys, report_format):
    folder, source, target = legacy_names
    out = folder / f"report.{report_format}"
    assert main(["check", source, target, "--parallel", "--fast", "--select", "number",
                 "--format", report_format, "-o", str(out)]) == 1
    assert capsys.readouterr().err == ""
    data = out.read_bytes()
    parses(report_format, data)
    if report_format == "sarif":  # a URI keeps the file's bytes
        assert "%C7%D1-%FF.ko.txt" in data.decode("utf-8")
    elif report_format in ("concise", "github"):  # one line per finding, at the translation's line
        assert "\\xc7\\xd1-\\xff.en.txt" in data.decode("utf-8").replace("\\\\", "\\")
    else:
        assert "\\xc7\\xd1-\\xff.ko.txt" in data.decode("utf-8").replace("\\\\", "\\")


def test_align_writes_a_file_name_that_is_not_utf8(legacy_names, capsys):
    folder, source, target = legacy_names
    assert main(["align", source, target, "--fast", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"][0]["source_path"].endswith("\\xc7\\xd1-\\xff.ko.txt")
