"""What the three users of tqa meet: the translator at a terminal (help, messages, the
text report), the CI job (exit codes, report files, SARIF/JUnit locations) and the
editor (the HTML page). Each test pairs a case that used to go wrong with a near miss."""
from __future__ import annotations

import json
import os
import stat
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tqa.cli import _parser, main
from tqa.document import Document, Issue, Link, Segment, Span
from tqa.report import html, junit, sarif, text

from conftest import make_document


@pytest.fixture
def pair_files(tmp_path):
    source = tmp_path / "memo.ko.txt"
    target = tmp_path / "memo.en.txt"
    source.write_text("그는 회의에 참석했다.\n시장은 공원을 열었다.\n", encoding="utf-8")
    target.write_text("He attended the the meeting.\nThe mayor opened a park.\n", encoding="utf-8")
    return source, target


def check(*args: str) -> int:
    """``tqa check`` on the fluency rules only (quick); the doubled "the the" fails at minor."""
    return main(["check", *args, "--fast", "--select", "fluency", "--fail-on", "minor"])


# --- report files ------------------------------------------------------------------------

def test_report_file_gets_the_permissions_of_a_new_file_not_of_a_temp_file(pair_files, tmp_path):
    source, target = pair_files
    out = tmp_path / "report.json"
    old_umask = os.umask(0o022)
    try:
        assert check(str(source), str(target), "--parallel", "--format", "json", "-o", str(out)) == 1
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644  # readable by a web server or a CI uploader
    # near miss: a report that already exists keeps the mode its owner gave it
    out.chmod(0o640)
    assert check(str(source), str(target), "--parallel", "--format", "json", "-o", str(out)) == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_report_through_a_symlink_writes_the_file_and_keeps_the_link(pair_files, tmp_path):
    source, target = pair_files
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    assert check(str(source), str(target), "--parallel", "--format", "json", "-o", str(link)) == 1
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["schema"] == 1
    # near miss: a plain path is written as a plain file
    plain = tmp_path / "plain.json"
    assert check(str(source), str(target), "--parallel", "--format", "json", "-o", str(plain)) == 1
    assert plain.is_file() and not plain.is_symlink()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_report_into_a_pipe_is_written_in_place_not_replaced(pair_files, tmp_path):
    """``-o /dev/stdout`` and named pipes: writing a temp file and renaming it over the
    device would replace the device by a regular file."""
    source, target = pair_files
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    code = check(str(source), str(target), "--parallel", "--format", "jsonl", "-o", str(fifo))
    reader.join(timeout=30)
    assert code == 1
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0].splitlines()[0])["rule"].startswith("TQA")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc (Linux)")
def test_unwritable_report_path_is_a_one_line_error(pair_files, capsys):
    source, target = pair_files
    assert check(str(source), str(target), "--parallel", "-o", "/proc/tqa-report.txt") == 2
    err = capsys.readouterr().err
    assert err.startswith("tqa: error: /proc/tqa-report.txt: cannot write the report") and err.count("\n") == 1


# --- rule selection and config -------------------------------------------------------------

def test_a_typo_in_ignore_is_a_usage_error_even_without_select(pair_files, capsys):
    source, target = pair_files
    assert main(["check", str(source), str(target), "--parallel", "--fast", "--ignore", "fluncy"]) == 2
    assert "--ignore: no rule or family matches 'fluncy'" in capsys.readouterr().err
    # near miss: a real family is accepted
    assert main(["check", str(source), str(target), "--parallel", "--fast", "--ignore", "fluency",
                 "--fail-on", "never", "--format", "jsonl"]) == 0


@pytest.mark.parametrize("content, complaint", [
    ('select = ["nmber"]\n', "'select': no rule or family matches 'nmber'"),
    ('ignore = ["TQA9999"]\n', "'ignore': no rule or family matches 'TQA9999'"),
    ('[severity]\nTQA99 = "info"\n', "[severity]: 'TQA99' is not a rule code"),
    ('format = "docx"\n', "'format' must be one of"),
    ('fast = "no"\n', "'fast' must be true or false"),
    ('select = 3\n', "'select' must be a list of strings"),
])
def test_a_bad_config_value_is_an_input_error_naming_the_file(pair_files, tmp_path, capsys, content, complaint):
    source, target = pair_files
    config = tmp_path / "tqa.toml"
    config.write_text(content, encoding="utf-8")
    assert main(["check", str(source), str(target), "--parallel", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(config) in err and complaint in err


def test_a_good_config_with_severity_and_format_is_used(pair_files, tmp_path, capsys):
    source, target = pair_files
    config = tmp_path / "tqa.toml"
    config.write_text('select = ["fluency"]\nformat = "jsonl"\nfast = true\n[severity]\nTQA020 = "critical"\n',
                      encoding="utf-8")
    assert main(["check", str(source), str(target), "--parallel", "--config", str(config)]) == 1
    issues = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert issues and all(i["rule"] != "TQA020" or i["severity"] == "critical" for i in issues)


# --- help ------------------------------------------------------------------------------------

def test_bare_tqa_prints_help_on_stderr_and_exits_2(capsys):
    assert main([]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "usage: tqa" in captured.err
    # near miss: asking for help is not an error
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0 and "usage: tqa" in capsys.readouterr().out


def test_every_command_has_a_description_and_every_argument_a_help_text():
    parser = _parser()
    commands = next(action for action in parser._actions if action.dest == "command")
    for name, command in commands.choices.items():
        assert command.description, f"tqa {name} --help has no description"
        for action in command._actions:
            if action.dest != "help":
                assert action.help, f"tqa {name}: {action.dest} has no help text"
    # the examples keep their lines (a filled paragraph would run the commands together)
    help_text = commands.choices["check"].format_help()
    assert "\n  tqa check job.xlf --format html -o review.html " in help_text


# --- the text report -----------------------------------------------------------------------

def _plain_document() -> Document:
    source_lines = ["첫 문장이다.", "정부는 1억 달러를 쓴다."]
    target_lines = ["The first sentence.", "The government spends  1 billion dollars."]
    source_text, target_text = "\n".join(source_lines) + "\n", "\n".join(target_lines) + "\n"
    source_segments = [Segment(0, source_lines[0], 0, len(source_lines[0])),
                       Segment(1, source_lines[1], len(source_lines[0]) + 1, len(source_text) - 1)]
    target_segments = [Segment(0, target_lines[0], 0, len(target_lines[0])),
                       Segment(1, target_lines[1], len(target_lines[0]) + 1, len(target_text) - 1)]
    document = Document("a.ko.txt", "a.en.txt", source_text, target_text, source_segments, target_segments,
                        [Link((0,), (0,), 0.9), Link((1,), (1,), 0.9)])
    amount = target_lines[1].index("1 billion")
    document.issues = [
        Issue("TQA101", "number", "major", "1억 달러 is 100 million dollars", [1], [1],
              Span(4, 9, "1억 달러"), Span(amount, amount + 17, "1 billion dollars"),
              suggestion="100 million dollars"),
        Issue("TQA013", "punctuation", "minor", "doubled space", [1], [1], None, Span(amount - 2, amount, "  "),
              suggestion=" "),
    ]
    for issue in document.issues:
        for span, segment in ((issue.source_span, source_segments[1]), (issue.target_span, target_segments[1])):
            assert span is None or segment.text[span.start:span.end] == span.text
    return document


def test_text_report_names_pairs_and_file_lines_and_marks_spans_with_carets():
    output = text.render([_plain_document()], color=False)
    lines = output.splitlines()
    assert "pair 2 (ko line 2, en line 2)" in lines
    ko = next(i for i, line in enumerate(lines) if line.startswith("  ko: 정부는"))
    # Hangul takes two terminal cells: the carets sit under 1억 달러 as a terminal shows it
    assert lines[ko + 1] == " " * 6 + " " * 7 + "^" * 8
    en = next(i for i, line in enumerate(lines) if line.startswith("  en: The government"))
    assert lines[en + 1] == " " * 6 + " " * 21 + "^" * 19  # the doubled space and the amount
    # near miss: the clean pair 1 is not listed at all
    assert not any(line.startswith("pair 1") for line in lines)


def test_text_report_names_a_whitespace_suggestion_and_never_wraps_when_plain():
    document = _plain_document()
    document.issues[0].message = "a long message " * 20
    output = text.render([document], color=False, width=60)
    assert "→ a single space" in output
    assert any(line.startswith("  major    TQA101") and len(line) > 200 for line in output.splitlines())
    # near miss: in colour (a terminal) long lines wrap, indented under their text
    coloured = text.render([document], color=True, width=60)
    assert max(len(line) for line in _strip_ansi(coloured).splitlines()) <= 60


def _strip_ansi(value: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", value)


def test_text_report_keeps_control_characters_away_from_the_terminal():
    document = make_document([("문장.", "Evil \x1b[2J text.")])
    document.issues = [Issue("TQA020", "fluency", "minor", "odd \x1b]0;title\x07", [0], [0],
                             None, Span(5, 9, "\x1b[2J"))]
    output = text.render([document], color=True)
    assert "\x1b[2J" not in output and "\x1b]0;" not in output and "\x07" not in output
    assert "Evil \ufffd[2J text." in _strip_ansi(output)


def test_text_report_summary_counts_in_singular_and_plural():
    document = make_document([("문장.", "A sentence.")])
    assert text.summary_line([document]) == "0 issues in 1 aligned pair"
    document.issues = [Issue("TQA020", "fluency", "minor", "x", [0], [0])]
    two = make_document([("문장.", "A sentence."), ("둘.", "Two.")])
    assert text.summary_line([document, two]) == "1 issue (1 minor) in 3 aligned pairs"


def _bilingual_document() -> Document:
    source = [Segment(0, "하나.", 0, 3, meta={"line": 7, "unit_id": "u1"}),
              Segment(1, "회의는 3월 5일이다.", 4, 16, meta={"line": 12, "unit_id": "u2"})]
    target = [Segment(0, "One.", 0, 4, meta={"line": 7, "unit_id": "u1"}),
              Segment(1, "The meeting is on March 6.", 5, 31, meta={"line": 12, "unit_id": "u2"})]
    document = Document("job.xlf", "job.xlf", "하나.\n회의는 3월 5일이다.", "One.\nThe meeting is on March 6.",
                        source, target, [Link((0,), (0,)), Link((1,), (1,))])
    document.issues = [Issue("TQA140", "date", "major", "3월 5일 is March 5", [1], [1],
                             Span(4, 9, "3월 5일"), Span(18, 25, "March 6"), suggestion="March 5")]
    return document


def test_text_report_of_a_bilingual_file_names_the_unit_and_its_line():
    output = text.render([_bilingual_document()], color=False)
    assert output.splitlines()[0] == "job.xlf"  # not "job.xlf ↔ job.xlf"
    assert "pair 2 (unit u2, line 12)" in output


# --- SARIF and JUnit for CI ------------------------------------------------------------------

def test_sarif_locates_a_bilingual_unit_by_its_line_in_the_file():
    log = sarif.sarif_log([_bilingual_document()])
    location = log["runs"][0]["results"][0]["locations"][0]
    region = location["physicalLocation"]["region"]
    assert region["startLine"] == 12 and "startColumn" not in region  # line 2 of a joined text would be wrong
    assert location["logicalLocations"][0]["name"] == "u2"
    assert log["runs"][0]["artifacts"][0]["mimeType"] == "application/xliff+xml"
    # near miss: a plain-text target keeps line and columns computed from the text
    plain = sarif.sarif_log([_plain_document()])["runs"][0]["results"][0]["locations"][0]
    assert plain["physicalLocation"]["region"]["startLine"] == 2
    assert plain["physicalLocation"]["region"]["startColumn"] == 24
    assert "logicalLocations" not in plain


def test_junit_classname_does_not_split_a_file_name_into_package_and_class():
    root = ET.fromstring(junit.render([_plain_document()]))
    cases = root.findall(".//testcase")
    assert {case.get("classname") for case in cases} == {"a_en_txt"}
    assert cases[1].get("name") == "pair 2 (ko line 2, en line 2)"
    assert junit.junit_classname("docs/ko/a.en.txt") == "docs.ko.a_en_txt"
    assert "(suggestion: a single space)" in cases[1].find("system-out").text


# --- the HTML page ---------------------------------------------------------------------------

def test_html_hides_filter_controls_without_javascript_and_titles_the_tab():
    page = html.render([_plain_document()])
    assert '<html lang="en" class="no-js">' in page
    assert "classList.remove('no-js')" in page
    assert 'class="toggle js-only"' in page and ".no-js .js-only { display: none" in page
    assert "<title>2 issues: a.en.txt (tqa)</title>" in page
    assert 'title="pair 2 (ko line 2, en line 2)"' in page
    # near miss: a bilingual file is named once
    assert "<h2 id=\"d1-summary\">job.xlf</h2>" in html.render([_bilingual_document()])


# --- more of the CLI -------------------------------------------------------------------------

def test_a_bilingual_file_given_with_a_second_file_is_a_usage_error(tmp_path, capsys):
    xliff = tmp_path / "job.xlf"
    xliff.write_text('<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ko" '
                     'trgLang="en"><file id="f"><unit id="u"><segment><source>하나.</source>'
                     '<target>One.</target></segment></unit></file></xliff>', encoding="utf-8")
    other = tmp_path / "other.en.txt"
    other.write_text("One.\n", encoding="utf-8")
    assert main(["check", str(xliff), str(other), "--fast"]) == 2  # its XML would be checked as sentences
    assert f"give it alone: tqa check {xliff}" in capsys.readouterr().err
    assert main(["align", str(other), str(xliff)]) == 2
    # near miss: the bilingual file alone is checked
    assert main(["check", str(xliff), "--fast", "--select", "fluency", "--format", "jsonl"]) == 0


def test_score_text_gives_every_signature_and_counts_lines_from_one(tmp_path, capsys):
    hypothesis, reference = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hypothesis.write_text("The cat sat on the mat.\nIt rained.\n", encoding="utf-8")
    reference.write_text("The cat sat on the mat.\nIt was raining.\n", encoding="utf-8")
    assert main(["score", str(hypothesis), "--ref", str(reference), "--segments"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[1:4]] == ["BLEU", "chrF", "TER"]
    assert "nc:6" in lines[2] and "tok:tercom" in lines[3]
    assert lines[4].startswith("line 1\tBLEU 100.00") and lines[5].startswith("line 2\t")
    assert len(lines) == 6  # near miss: no line 0, no line 3


def test_csv_rows_say_which_pair_and_lines_hold_the_issue():
    import csv
    import io

    from tqa.report import csv_report

    rows = list(csv.DictReader(io.StringIO(csv_report.render([_plain_document()]))))
    assert [(row["pair"], row["source_line"], row["target_line"]) for row in rows] == [("2", "2", "2")] * 2
    unit_rows = list(csv.DictReader(io.StringIO(csv_report.render([_bilingual_document()]))))
    assert (unit_rows[0]["pair"], unit_rows[0]["target_line"]) == ("2", "12")


def test_a_report_written_to_a_file_is_announced_on_a_terminal_only(pair_files, tmp_path, monkeypatch, capsys):
    source, target = pair_files
    out = tmp_path / "report.html"
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert check(str(source), str(target), "--parallel", "--format", "html", "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert err.startswith("tqa: 1 issue (1 minor) in 2 aligned pairs; html report written to") and str(out) in err
    # near miss: in a pipeline (stderr not a terminal) the run stays quiet
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert check(str(source), str(target), "--parallel", "--format", "html", "-o", str(out)) == 1
    assert capsys.readouterr().err == ""


def test_a_terminal_that_cannot_show_hangul_gets_question_marks_not_a_traceback(pair_files, monkeypatch):
    import io

    source, target = pair_files
    ascii_out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", ascii_out)
    assert check(str(source), str(target), "--parallel") == 1
    ascii_out.flush()
    assert "ko: ?? ???" in ascii_out.buffer.getvalue().decode("ascii")
    # near miss: a file format keeps its declared UTF-8 whatever the terminal
    json_out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", json_out)
    assert check(str(source), str(target), "--parallel", "--format", "json") == 1
    json_out.flush()
    assert "그는 회의에 참석했다." in json_out.buffer.getvalue().decode("utf-8")


def test_a_closed_pipe_keeps_the_verdict_of_the_check(pair_files, monkeypatch):
    """``tqa check … | head`` in a CI script with pipefail: the reader leaving early must
    not turn a failing check into exit 0."""
    source, target = pair_files

    class ClosedPipe:
        encoding = "utf-8"

        def write(self, data):
            raise BrokenPipeError

        flush = write

        def isatty(self):
            return False

        def fileno(self):
            raise OSError("no descriptor")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert check(str(source), str(target), "--parallel") == 1
    # near miss: a clean check stays 0
    assert main(["check", str(source), str(target), "--parallel", "--fast", "--select", "number"]) == 0


def test_models_are_listed_one_block_each_with_name_and_status_first():
    from tqa.cli import models_text

    listing = models_text([{"name": "lm", "purpose": "surprisal", "gguf": None, "cache_path": "/c",
                            "status": "ready"}, {"name": "e5", "status": "missing"}])
    assert listing == "lm: ready\n  purpose: surprisal\n  gguf: —\n  cache path: /c\n\ne5: missing\n"
    assert models_text([]) == "no models known\n"


def test_junit_and_html_name_a_bilingual_file_once_and_link_pairs_with_their_lines():
    root = ET.fromstring(junit.render([_bilingual_document()]))
    assert root.find("testsuite").get("name") == "job.xlf"
    assert ET.fromstring(junit.render([_plain_document()])).find("testsuite").get("name") == "a.ko.txt -> a.en.txt"
    page = html.render([_bilingual_document()])
    assert '<a href="#d1-p2" title="pair 2 (unit u2, line 12)">pair 2</a>' in page


def test_xliff_report_names_units_by_their_id_in_the_checked_file():
    from lxml import etree

    from tqa.report import xliff_report

    units = etree.fromstring(xliff_report.render([_bilingual_document()]).encode("utf-8")).findall(
        ".//{urn:oasis:names:tc:xliff:document:2.0}unit")
    assert [unit.get("name") for unit in units] == ["u1", "u2"]
    # near miss: plain-text documents have no unit ids: pairs are numbered
    units = etree.fromstring(xliff_report.render([_plain_document()]).encode("utf-8")).findall(
        ".//{urn:oasis:names:tc:xliff:document:2.0}unit")
    assert [unit.get("name") for unit in units] == ["pair 1", "pair 2"]


def test_html_keeps_doubled_spaces_and_line_breaks_of_the_texts_visible():
    page = html.render([_plain_document()])
    assert "table.pairs td.src, table.pairs td.tgt { font-size: 16px; white-space: pre-wrap; }" in page
    # the flagged doubled space is in the page as written, not collapsed
    assert 'spends<mark class="minor"' in page and ">  </mark>" in page
