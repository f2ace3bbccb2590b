"""SARIF and JUnit reports validated against the official schemas (issue 14): the OASIS SARIF
2.1.0 schema (Errata 01) and the Jenkins xUnit plugin's junit-10.xsd, both vendored
unchanged under tests/schemas/ (see tests/schemas/NOTICE for their origin).

Validated: the demo (plain text and XLIFF), a CLI run with findings of every severity on a
bilingual file (units located by line, no columns) and on a plain-text pair (lines and
columns), relative and absolute paths, several documents in one report, and a hand-built
document with everything a writer can meet: spans on one side only, document-level
findings, baseline decisions, inline suppressions, skipped checks and rule errors.
"""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from lxml import etree

from tqa.cli import main
from tqa.document import Document, Issue, Link, RuleError, Segment, Span
from tqa.report import junit, sarif

SCHEMAS = Path(__file__).resolve().parent / "schemas"
DEMO = Path(__file__).resolve().parents[1] / "corpora" / "demo"
SEVERITIES = {"critical", "major", "minor", "info"}

SARIF_SCHEMA = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
# the schema declares draft-04; its formats (uri, uri-reference) are checked too
SARIF_VALIDATOR = jsonschema.validators.validator_for(SARIF_SCHEMA)(
    SARIF_SCHEMA, format_checker=jsonschema.FormatChecker())
JUNIT_SCHEMA = etree.XMLSchema(etree.parse(str(SCHEMAS / "junit-10.xsd")))


def assert_valid_sarif(log: dict) -> None:
    errors = sorted(SARIF_VALIDATOR.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10])


def assert_valid_junit(text: str) -> None:
    tree = etree.fromstring(text.encode("utf-8"))
    assert JUNIT_SCHEMA.validate(tree), "\n".join(str(error) for error in JUNIT_SCHEMA.error_log)


def run_reports(tmp_path: Path, *inputs, cwd: Path | None = None, monkeypatch=None) -> tuple[dict, str]:
    """One ``tqa check --fast`` run writing SARIF and JUnit; returns both."""
    if cwd is not None:
        monkeypatch.chdir(cwd)
    sarif_path, junit_path = tmp_path / "report.sarif", tmp_path / "report.xml"
    assert main(["check", *map(str, inputs), "--fast", "--fail-on", "minor",
                 "-o", str(sarif_path), "-o", str(junit_path)]) == 1
    return (json.loads(sarif_path.read_text(encoding="utf-8")), junit_path.read_text(encoding="utf-8"))


# --- the schemas are the official files ------------------------------------------------

def test_the_vendored_schemas_are_the_official_ones():
    assert SARIF_SCHEMA["id"] == \
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    assert SARIF_SCHEMA["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert SARIF_VALIDATOR.__class__ is jsonschema.Draft4Validator
    jsonschema.Draft4Validator.check_schema(SARIF_SCHEMA)
    # the schema rejects what it should: a wrong version, an unknown property, a bad level
    for broken in ({"version": "2.0.0", "runs": []},
                   {"version": "2.1.0", "runs": [], "extra": 1},
                   {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "t"}},
                                                  "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}):
        assert list(SARIF_VALIDATOR.iter_errors(broken))
    junit_root = etree.parse(str(SCHEMAS / "junit-10.xsd")).getroot()
    assert {element.get("name") for element in junit_root.findall("{http://www.w3.org/2001/XMLSchema}element")} \
        >= {"testsuites", "testsuite", "testcase", "failure", "skipped"}
    # Jenkins' schema has no 'skipped' on <testsuites> (issue 14)
    assert not JUNIT_SCHEMA.validate(etree.fromstring(b'<testsuites skipped="1"/>'))


def test_uri_formats_are_checked():
    pytest.importorskip("rfc3986_validator", reason="jsonschema checks uri formats with rfc3986-validator")
    spaced = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "t"}},
                                            "artifacts": [{"location": {"uri": "a b.txt"}}]}]}
    assert [error.validator for error in SARIF_VALIDATOR.iter_errors(spaced)] == ["format"]
    spaced["runs"][0]["artifacts"][0]["location"]["uri"] = sarif.artifact_uri("a b.txt")
    assert_valid_sarif(spaced)


# --- the demo ----------------------------------------------------------------------------

@pytest.mark.parametrize("inputs", [("article.ko.txt", "article.en.txt"), ("article.xlf",)])
def test_demo_reports_are_valid(tmp_path, inputs):
    log, junit_text = run_reports(tmp_path, *(DEMO / name for name in inputs))
    assert log["runs"][0]["results"]
    assert_valid_sarif(log)
    assert_valid_junit(junit_text)


@pytest.mark.slow
def test_demo_reports_of_the_default_mode_are_valid(tmp_path):
    """The default mode (embeddings: TQA033 and the other model-based rules) on the demo."""
    sarif_path, junit_path = tmp_path / "report.sarif", tmp_path / "report.xml"
    assert main(["check", str(DEMO / "article.ko.txt"), str(DEMO / "article.en.txt"), "--fail-on", "never",
                 "-o", str(sarif_path), "-o", str(junit_path)]) == 0
    assert_valid_sarif(json.loads(sarif_path.read_text(encoding="utf-8")))
    assert_valid_junit(junit_path.read_text(encoding="utf-8"))


# --- a run with findings of every severity ---------------------------------------------

KO = ["예산은 3억 원이다.", "박 부장은 동네에서 발이 넓다.", "오늘은 비가 온다.", "회의는 내일 열린다."]
EN = ["The budget is 3 billion won.", "Manager Park walks a lot around the neighbourhood.", "",
      "The meeting  is held tomorrow."]


def every_severity_inputs(folder: Path) -> list[Path]:
    """A bilingual TSV file (units located by line only) and a plain-text pair (lines and
    columns) with a critical (empty translation), a major (3억 → 3 billion), a minor (doubled
    space) and an info finding (an idiom to review)."""
    folder.mkdir(parents=True, exist_ok=True)
    tsv = folder / "pairs.tsv"
    tsv.write_text("".join(f"{ko}\t{en}\n" for ko, en in zip(KO, EN)), encoding="utf-8")
    source, target = folder / "news.ko.txt", folder / "news.en.txt"
    source.write_text("\n".join(KO) + "\n", encoding="utf-8")
    target.write_text("\n".join(EN) + "\n", encoding="utf-8")
    return [tsv, source, target]


def severities(log: dict) -> set[str]:
    return {result["properties"]["severity"] for result in log["runs"][0]["results"]}


def test_a_bilingual_file_with_every_severity_gives_valid_reports(tmp_path):
    tsv, _, _ = every_severity_inputs(tmp_path / "in")
    log, junit_text = run_reports(tmp_path, tsv)  # an absolute path outside the folder tqa runs in
    assert severities(log) == SEVERITIES
    regions = [location["physicalLocation"]["region"]
               for result in log["runs"][0]["results"] for location in result["locations"]]
    assert all("startLine" in region and "startColumn" not in region for region in regions)
    assert log["runs"][0]["artifacts"][0]["location"]["uri"].startswith("file:///")
    assert_valid_sarif(log)
    assert_valid_junit(junit_text)


def test_a_text_pair_with_every_severity_gives_valid_reports_with_relative_uris(tmp_path, monkeypatch):
    _, source, target = every_severity_inputs(tmp_path / "in")
    log, junit_text = run_reports(tmp_path, source.relative_to(tmp_path), target.relative_to(tmp_path),
                                  cwd=tmp_path, monkeypatch=monkeypatch)
    assert severities(log) == SEVERITIES - {"critical"}  # an empty line is no sentence: TQA030, not TQA002
    run = log["runs"][0]
    assert {artifact["location"]["uriBaseId"] for artifact in run["artifacts"]} == {"%SRCROOT%"}
    columns = [location["physicalLocation"]["region"].get("startColumn")
               for result in run["results"] for location in result["locations"]]
    assert any(columns)
    assert_valid_sarif(log)
    assert_valid_junit(junit_text)


def test_several_documents_in_one_report_are_valid(tmp_path):
    folder = tmp_path / "in"
    every_severity_inputs(folder)  # the TSV file on its own and the text pair
    (folder / "second.ko.txt").write_text("회의는 2019년 4월에 열렸다.\n", encoding="utf-8")
    (folder / "second.en.txt").write_text("The meeting was held in May 2019.\n", encoding="utf-8")
    log, junit_text = run_reports(tmp_path, folder)
    assert len({a["location"]["uri"] for a in log["runs"][0]["artifacts"]}) >= 4
    assert severities(log) == SEVERITIES
    assert_valid_sarif(log)
    root = etree.fromstring(junit_text.encode("utf-8"))
    assert len(root.findall("testsuite")) == 3
    assert_valid_junit(junit_text)


# --- everything a writer can meet, built by hand ----------------------------------------

def hand_built_documents() -> list[Document]:
    source_text = "첫 문장이다. 둘째 문장이다.\n셋째 문장이다.\n"
    target_text = "The first one.\n\nThe second  one. A third.\n"
    source_segments = [Segment(0, "첫 문장이다.", 0, 7), Segment(1, "둘째 문장이다.", 8, 16),
                       Segment(2, "셋째 문장이다.", 17, 25)]
    target_segments = [Segment(0, "The first one.", 0, 14), Segment(1, "The second  one.", 16, 32),
                       Segment(2, "A third.", 33, 41)]
    for segments, text in ((source_segments, source_text), (target_segments, target_text)):
        assert all(text[s.start:s.end] == s.text for s in segments)
    plain = Document("a b/news.ko.txt", "/abs/path/news.en.txt", source_text, target_text,
                     source_segments, target_segments)
    plain.links = [Link((0,), (0,), 0.9), Link((1,), (1,), None), Link((2,), (), None), Link((), (2,), None)]
    plain.issues = [
        Issue("TQA101", "number", "critical", "both spans", [0], [0], Span(0, 1, "첫"), Span(4, 9, "first"),
              suggestion="x", confidence=0.912345, mqm="accuracy/mistranslation", its="numbers",
              fingerprint="f" * 16),
        Issue("TQA013", "punctuation", "minor", "target span only", [], [1], None, Span(10, 12, "  "),
              suggestion="", its="typographical", baseline="accepted"),
        Issue("TQA030", "omission", "major", "source only", [2], [], its="omission", baseline="suppressed"),
        Issue("TQA031", "addition", "info", "target segment, no span", [], [2], baseline="false-alarm"),
        Issue("TQA200", "name", "minor", "no segment at all"),
        Issue("TQA999", "made-up", "major", "a rule no registry knows"),
    ]
    plain.skipped = {"TQA301": "no lexicon", "TQA998": "unknown rule skipped"}
    plain.errors = [RuleError("TQA020", "boom", pair=1), RuleError("TQA997", "unknown rule failed")]
    plain.signature = {"text": "tqa test signature"}
    bilingual_source = [Segment(0, "하나.", 0, 3, meta={"line": 4, "unit_id": "u1"}),
                        Segment(1, "둘.", 3, 5, meta={"line": 9})]
    bilingual_target = [Segment(0, "One.", 0, 4, meta={"line": 4, "unit_id": "u1"}),
                        Segment(1, "Two.", 4, 8, meta={"line": 9})]
    bilingual = Document("units.xlf", None, "하나.둘.", "One.Two.", bilingual_source, bilingual_target)
    bilingual.links = [Link((0,), (0,), None), Link((1,), (1,), None)]
    bilingual.issues = [Issue("TQA101", "number", "major", "unit with id", [0], [0], None, Span(0, 3, "One")),
                        Issue("TQA002", "untranslated", "critical", "unit without id", [1], [1])]
    stdin = Document(None, None, "셋.", "Three.", [Segment(0, "셋.", 0, 2)], [Segment(0, "Three.", 0, 6)])
    stdin.links = [Link((0,), (0,), None)]
    stdin.issues = [Issue("TQA013", "punctuation", "minor", "read from stdin", [0], [0], None, Span(0, 5, "Three"))]
    return [plain, bilingual, stdin]


def test_hand_built_documents_give_valid_reports():
    documents = hand_built_documents()
    log = sarif.sarif_log(documents)
    assert severities(log) == SEVERITIES
    assert {s["kind"] for r in log["runs"][0]["results"] for s in r.get("suppressions", [])} == {"inSource", "external"}
    assert_valid_sarif(log)
    assert_valid_sarif(json.loads(sarif.render(documents)))
    for fail_on in ("critical", "major", "minor", "info", "never"):
        assert_valid_junit(junit.render(documents, fail_on=fail_on))
