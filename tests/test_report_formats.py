"""The file reports (html, sarif, junit, csv, xliff) on hand-built documents:
well-formed output, escaping of hostile text, spans where they belong."""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tqa.document import Document, Issue, Link, Segment, Span
from tqa.report import csv_report, html, junit, sarif, text, xliff_report
from tqa.report.common import line_column

SCRIPT = "<script>alert('x')</script>"
XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"
ITS = "{http://www.w3.org/2005/11/its}"


def segments_of(text: str, pieces: list[str]) -> list[Segment]:
    segments, position = [], 0
    for number, piece in enumerate(pieces):
        start = text.index(piece, position)
        segments.append(Segment(number, piece, start, start + len(piece)))
        position = start + len(piece)
    return segments


def sample_document() -> Document:
    source_pieces = ["정부는 1억 달러를 투자한다.", "첫 회의는 4월 30일에 열린다.", "협의체 안건은 추후 정한다.",
                     "회사는 \"안전\"을 강조했다."]
    target_pieces = ["Skip to main content", "The government will invest 1 billion dollars.",
                     f"The first meeting is on May 30 & {SCRIPT} there.",
                     "The company stressed \"safety\x01\"."]
    source_text = " ".join(source_pieces[:2]) + "\n" + " ".join(source_pieces[2:]) + "\n"
    target_text = target_pieces[0] + "\n\n" + target_pieces[1] + "\n" + " ".join(target_pieces[2:]) + "\n"
    document = Document("news.ko.txt", "news.en.txt", source_text, target_text,
                        segments_of(source_text, source_pieces), segments_of(target_text, target_pieces))
    document.links = [Link((), (0,), None), Link((0,), (1,), 0.91), Link((1,), (2,), 0.88),
                      Link((2,), (), None), Link((3,), (3,), 0.8)]
    number_target = target_pieces[1].index("1 billion dollars")
    date_target = target_pieces[2].index("May 30")
    script_start = target_pieces[2].index(SCRIPT)
    document.issues = [
        Issue("TQA030", "addition", "minor", "Target line with no source: page furniture",
              source_segments=[], target_segments=[0], mqm="accuracy/addition", its="addition"),
        Issue("TQA101", "number", "major", "1억 달러 is 100 million dollars; the translation says 1 billion dollars",
              source_segments=[0], target_segments=[1], source_span=Span(4, 9, "1억 달러"),
              target_span=Span(number_target, number_target + 17, "1 billion dollars"),
              suggestion="100 million dollars", confidence=0.97, mqm="accuracy/mistranslation", its="numbers"),
        Issue("TQA141", "date", "major", "4월 30일 is April 30; the translation says May 30",
              source_segments=[1], target_segments=[2], source_span=Span(6, 12, "4월 30일"),
              target_span=Span(date_target, date_target + 6, "May 30"), suggestion="April 30",
              mqm="accuracy/mistranslation", its="numbers"),
        # overlaps the date span on purpose and carries markup in its message
        Issue("TQA999", "fluency", "minor", f"odd text {SCRIPT}", source_segments=[1], target_segments=[2],
              target_span=Span(date_target + 4, script_start + len(SCRIPT),
                               target_pieces[2][date_target + 4:script_start + len(SCRIPT)]),
              suggestion=f"{SCRIPT} & more", mqm="fluency", its="grammar"),
        Issue("TQA031", "omission", "major", "Source sentence has no translation",
              source_segments=[2], target_segments=[], mqm="accuracy/omission", its="omission"),
        Issue("TQA200", "name", "minor", "=HYPERLINK(\"http://x\") rendered two ways",
              source_segments=[], target_segments=[], mqm="terminology/inconsistent-use", its="terminology"),
    ]
    for issue in document.issues:  # the sample's spans are slices of their segments
        for span, ids, segments in ((issue.source_span, issue.source_segments, document.source_segments),
                                    (issue.target_span, issue.target_segments, document.target_segments)):
            if span is not None:
                assert segments[ids[0]].text[span.start:span.end] == span.text
    document.skipped = {"TQA301": "language model not installed <b>"}
    document.tables = {"names": [{"source": "박서연", "kind": "person", "source_segments": [1, 2],
                                  "renderings": [{"text": "Park Seo-yeon", "count": 2, "target_segments": [1, 2]},
                                                 {"text": "Park Seo-yun", "count": 1, "target_segments": [3]}],
                                  "note": SCRIPT}]}
    return document


@pytest.fixture()
def document() -> Document:
    return sample_document()


# --- HTML ----------------------------------------------------------------------------

def test_html_is_one_self_contained_page(document):
    page = html.render([document])
    assert page.startswith("<!DOCTYPE html>")
    parsed = etree.HTML(page)
    assert parsed.find(".//body") is not None
    for tag, attribute in (("link", "href"), ("script", "src"), ("img", "src")):
        assert not [el for el in parsed.iter(tag) if el.get(attribute)], f"external {tag}"
    assert "http://" not in page.replace("HYPERLINK(&quot;http://x", "")


def test_html_escapes_segment_text_messages_and_tables(document):
    page = html.render([document])
    # exactly one <script> element: the page's own
    assert page.count("<script>") == 1
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "not installed &lt;b&gt;" in page
    parsed = etree.HTML(page)
    assert len(parsed.findall(".//script")) == 1


def test_html_highlights_issue_spans_with_severity(document):
    page = html.render([document])
    parsed = etree.HTML(page)
    marks = {("".join(mark.itertext()), mark.get("class")) for mark in parsed.iter("mark")}
    assert ("1 billion dollars", "major") in marks
    assert ("1억 달러", "major") in marks
    # overlap of the major date span and the minor fluency span is cut into pieces
    assert ("May ", "major") in marks and ("30", "major") in marks
    assert any(text.startswith(" & <script>") and cls == "minor" for text, cls in marks)


def test_html_lists_issues_summary_skipped_and_names_table(document):
    page = html.render([document])
    assert "TQA101" in page and "100 million dollars" in page
    assert "Skipped checks" in page and "TQA301" in page
    assert "Names table" in page
    assert "6 issue(s)" in page
    assert "(nothing aligned)" in page  # the omission and the addition rows
    assert "Document-level issues" in page  # the name issue points at no pair


def test_html_hangul_gets_a_korean_font_stack_and_keeps_words_whole(document):
    page = html.render([document])
    parsed = etree.HTML(page)
    assert all(cell.get("lang") == "ko" for cell in parsed.iterfind(".//td[@class='src']"))
    style = parsed.find(".//style").text
    korean_rule = style[style.index(":lang(ko)"):].split("}")[0]
    assert "Noto Sans KR" in korean_rule and "Malgun Gothic" in korean_rule
    assert "word-break: keep-all" in korean_rule


def test_html_tooltips_carry_rule_message_and_suggestion_escaped(document):
    page = html.render([document])
    parsed = etree.HTML(page)
    tips = {"".join(mark.itertext()): mark.get("data-tip") for mark in parsed.iter("mark")}
    tip = tips["1 billion dollars"]
    assert tip.splitlines() == ["TQA101 · major · number",
                                "1억 달러 is 100 million dollars; the translation says 1 billion dollars",
                                "→ 100 million dollars"]
    # a piece covered by two issues lists both, the worst first; hostile text stays text
    both = tips["30"]
    assert both.index("TQA141") < both.index("TQA999") and f"→ {SCRIPT} & more" in both
    assert page.split("<body>")[1].count("<script>") == 1  # the page's own, nothing injected


def test_html_lists_issues_worst_first_with_links_to_their_pairs(document):
    parsed = etree.HTML(html.render([document]))
    rows = parsed.findall(".//details[@class='worst']//tbody/tr")
    severities = [row.get("data-sev") for row in rows]
    assert severities == ["major", "major", "major", "minor", "minor", "minor"]
    links = [row.find(".//td[@class='where']/a") for row in rows]
    targets = {link.get("href") for link in links if link is not None}
    pair_ids = {body.get("id") for body in parsed.iterfind(".//tbody") if "pair" in (body.get("class") or "")}
    assert targets and {t.lstrip("#") for t in targets} <= pair_ids
    number_row = next(row for row in rows if "TQA101" in "".join(row.itertext()))
    assert number_row.find(".//a").get("href") == "#d1-p2"  # the number issue sits in pair 2
    # the name issue points at no pair: listed as document-level, without a link
    name_row = next(row for row in rows if "TQA200" in "".join(row.itertext()))
    assert name_row.find(".//a") is None and "document" in "".join(name_row.itertext())


def test_html_issue_entries_are_tied_to_their_highlights(document):
    parsed = etree.HTML(html.render([document]))
    entry_ids = {li.get("id") for li in parsed.iterfind(".//li[@class='issue']")}
    assert len(entry_ids) == len(document.issues)
    for mark in parsed.iter("mark"):
        refs = mark.get("data-issues").split()
        assert refs and set(refs) <= entry_ids
    # the filter bar counts severities and families, and every entry can be filtered
    chips = {(chip.get("data-filter"), chip.get("data-value")): "".join(chip.itertext())
             for chip in parsed.iterfind(".//button")}
    assert chips[("sev", "major")].endswith("3") and chips[("fam", "number")].endswith("1")
    assert all(li.get("data-sev") and li.get("data-fam") for li in parsed.iterfind(".//li[@class='issue']"))


def test_html_names_table_links_segments_to_pairs_and_flags_several_renderings(document):
    parsed = etree.HTML(html.render([document]))
    table = parsed.find(".//table[@class='data']")
    row = table.find(".//tbody/tr")
    assert row.get("class") == "inconsistent"
    text = " ".join("".join(cell.itertext()) for cell in row)
    assert "Park Seo-yeon ×2 (target pairs 2, 3)" in text and "Park Seo-yun ×1 (target pairs 5)" in text
    # source segments 1 and 2 sit in pairs 3 and 4
    assert [a.get("href") for a in row[2].iter("a")] == ["#d1-p3", "#d1-p4"]
    assert "&lt;script&gt;" in html.table_html(document.tables["names"])


def test_html_prints_without_controls_and_keeps_pairs_whole(document):
    page = html.render([document])
    print_css = page[page.index("@media print"):]
    assert ".toggle" in print_css and "break-inside: avoid" in print_css
    assert "print-color-adjust: exact" in print_css


def test_html_handles_a_document_without_issues():
    document = sample_document()
    document.issues, document.skipped, document.tables = [], {}, {}
    page = html.render([document])
    assert "0 issue(s)" in page and "<mark" not in page
    assert "Issues, worst first" not in page and 'class="pair clean"' in page
    # no alignment scores at all: no empty score column
    document.links = [Link(link.source, link.target, None) for link in document.links]
    assert "Align</th>" not in html.render([document])


# --- SARIF ---------------------------------------------------------------------------

def test_sarif_has_the_required_structure(document):
    log = json.loads(sarif.render([document]))
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "tqa"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"]
    assert len(run["results"]) == len(document.issues)
    for result in run["results"]:
        assert result["ruleId"] in rule_ids
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note", "none"}
        assert result["message"]["text"]
        for location in result["locations"]:
            artifact = location["physicalLocation"]["artifactLocation"]
            assert run["artifacts"][artifact["index"]]["location"]["uri"] == artifact["uri"]
    assert run["invocations"][0]["toolExecutionNotifications"][0]["associatedRule"]["id"] == "TQA301"


def test_sarif_location_points_at_the_span_in_the_target_file(document):
    log = json.loads(sarif.render([document]))
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "TQA101")
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "news.en.txt"
    region = location["region"]
    # the target's second segment is on line 3 (after a blank line)
    line = document.target_text.splitlines()[region["startLine"] - 1]
    assert region["startLine"] == 3
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == "1 billion dollars"
    assert region["snippet"]["text"] == "1 billion dollars"
    assert result["level"] == "error"
    assert "100 million dollars" in result["message"]["text"]
    related = result["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "news.ko.txt"
    source_line = document.source_text.splitlines()[related["region"]["startLine"] - 1]
    assert source_line[related["region"]["startColumn"] - 1:related["region"]["endColumn"] - 1] == "1억 달러"


def test_sarif_omission_points_at_the_source_file(document):
    log = json.loads(sarif.render([document]))
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "TQA031")
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "news.ko.txt"
    assert location["region"]["startLine"] == 2 and location["region"]["startColumn"] == 1


def test_sarif_uris_of_absolute_and_spaced_paths():
    assert sarif.artifact_uri("/tmp/a b.txt") == "file:///tmp/a%20b.txt"
    assert sarif.artifact_uri("dir/a b.txt") == "dir/a%20b.txt"


@given(st.text(alphabet="ab\n가", max_size=30), st.integers(min_value=0, max_value=40))
def test_line_column_inverts_to_the_offset(text, offset):
    offset = min(offset, len(text))
    line, column = line_column(text, offset)
    lines = text.split("\n")
    assert sum(len(l) + 1 for l in lines[:line - 1]) + column - 1 == offset


# --- JUnit ---------------------------------------------------------------------------

def test_junit_is_well_formed_with_one_testcase_per_pair(document):
    root = ET.fromstring(junit.render([document], fail_on="major"))
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    pair_cases = [case for case in cases if case.get("name").startswith("pair ")]
    assert len(pair_cases) == len(document.links)
    failures = suite.findall("testcase/failure")
    # pairs 2 (number), 3 (date) and 4 (omission) hold major issues
    assert len(failures) == 3 == int(suite.get("failures"))
    assert int(suite.get("tests")) == len(cases)
    assert suite.find("testcase/skipped").get("message").startswith("language model")
    assert int(root.get("failures")) == 3


def test_junit_threshold_follows_fail_on(document):
    minor = ET.fromstring(junit.render([document], fail_on="minor"))
    never = ET.fromstring(junit.render([document], fail_on="never"))
    assert int(minor.get("failures")) == 5  # addition pair and the document-level name issue too
    assert int(never.get("failures")) == 0
    assert "TQA101" in "".join(never.itertext())  # still reported, as output


def test_junit_escapes_text_and_drops_illegal_characters(document):
    text = junit.render([document], fail_on="minor")
    root = ET.fromstring(text)
    assert SCRIPT in "".join(root.itertext())
    assert "\x01" not in text


# --- CSV -----------------------------------------------------------------------------

def test_csv_has_one_row_per_issue(document):
    rows = list(csv.DictReader(io.StringIO(csv_report.render([document]))))
    assert len(rows) == len(document.issues)
    number = next(row for row in rows if row["rule"] == "TQA101")
    assert number["target_text"] == "1 billion dollars" and number["source_text"] == "1억 달러"
    assert number["suggestion"] == "100 million dollars"
    assert number["target_segment_text"] == "The government will invest 1 billion dollars."
    date = next(row for row in rows if row["rule"] == "TQA141")
    assert SCRIPT in date["target_segment_text"]  # CSV quoting, not HTML escaping


def test_csv_neutralises_spreadsheet_formulas(document):
    rows = list(csv.DictReader(io.StringIO(csv_report.render([document]))))
    name = next(row for row in rows if row["rule"] == "TQA200")
    assert name["message"].startswith("'=HYPERLINK")
    assert csv_report.spreadsheet_safe("-12%") == "-12%"
    assert csv_report.spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"


# --- XLIFF 2.1 + ITS LQI (a new file, for a plain-text input) ---------------------------

def _parse_xliff(document) -> etree._Element:
    return etree.fromstring(xliff_report.render([document]).encode("utf-8"))


def _inline_text(element) -> str:
    """Text of a source/target with <cp> elements turned back into characters."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{XLIFF}cp":
            parts.append(chr(int(child.get("hex"), 16)))
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def test_xliff_is_well_formed_with_one_unit_per_pair(document):
    root = _parse_xliff(document)
    assert root.tag == f"{XLIFF}xliff" and root.get("version") == "2.1"  # the ITS module is XLIFF 2.1's
    assert root.get("srcLang") == "ko" and root.get("trgLang") == "en"
    assert root.get(f"{ITS}version") == "2.0"
    units = root.findall(f"{XLIFF}file/{XLIFF}unit")
    assert len(units) == len(document.links)
    for unit, link in zip(units, document.links):
        source = unit.find(f"{XLIFF}segment/{XLIFF}source")
        target = unit.find(f"{XLIFF}segment/{XLIFF}target")
        assert source.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
        assert _inline_text(source) == " ".join(document.source_segments[i].text for i in link.source)
        if link.target:
            assert _inline_text(target) == " ".join(document.target_segments[i].text for i in link.target)
        else:
            assert target is None
        # stand-off issues come first in the unit (extension elements precede notes/segments)
        tags = [child.tag for child in unit]
        if f"{ITS}locQualityIssues" in tags:
            assert tags.index(f"{ITS}locQualityIssues") < tags.index(f"{XLIFF}segment")


def test_xliff_marks_spans_and_references_lqi(document):
    root = _parse_xliff(document)
    issues_by_id = {group.get("{http://www.w3.org/XML/1998/namespace}id"): group
                    for group in root.iter(f"{ITS}locQualityIssues")}
    listed = [issue for group in issues_by_id.values() for issue in group]
    assert len(listed) == sum(1 for i in document.issues if i.source_segments or i.target_segments)
    marks = {"".join(mark.itertext()): mark for mark in root.iter(f"{XLIFF}mrk")}
    mark = marks["1 billion dollars"]
    assert mark.get("type") == "its:any"
    reference = mark.get(f"{ITS}locQualityIssuesRef")
    assert reference.startswith("#its=")  # the XLIFF 2.1 fragment identifier of the ITS module
    group = issues_by_id[reference.removeprefix("#its=")]
    issue = group.find(f"{ITS}locQualityIssue")
    assert issue.get("locQualityIssueType") == "numbers"
    assert issue.get("locQualityIssueSeverity") == "70"
    assert "100 million dollars" in issue.get("locQualityIssueComment")
    # the fluency span overlaps the date span: the date is marked, the fluency finding
    # annotates the whole target and names its stretch in the comment
    assert "May 30" in marks
    target = mark.getparent()
    third = root.findall(f"{XLIFF}file/{XLIFF}unit")[2].find(f"{XLIFF}segment/{XLIFF}target")
    assert len(third) == 1 and third[0].tag == f"{XLIFF}mrk" and third.text is None
    whole = issues_by_id[third[0].get(f"{ITS}locQualityIssuesRef").removeprefix("#its=")]
    assert [i.get("locQualityIssueType") for i in whole] == ["grammar"]
    assert "(at “" in whole[0].get("locQualityIssueComment")
    assert not list(root.iter(f"{XLIFF}sm")) and target is not None
    # every reference resolves, and marker ids are unique in their unit
    for unit in root.iter(f"{XLIFF}unit"):
        ids = [element.get("id") for element in unit.iter(f"{XLIFF}mrk")]
        assert len(ids) == len(set(ids))
    for element in root.iter(f"{XLIFF}mrk"):
        assert element.get(f"{ITS}locQualityIssuesRef").removeprefix("#its=") in issues_by_id


def test_xliff_omission_marks_the_whole_source(document):
    root = _parse_xliff(document)
    unit = root.findall(f"{XLIFF}file/{XLIFF}unit")[3]
    source = unit.find(f"{XLIFF}segment/{XLIFF}source")
    assert len(source) == 1 and source[0].tag == f"{XLIFF}mrk"
    assert "".join(source[0].itertext()) == document.source_segments[2].text


def test_xliff_escapes_and_encodes_control_characters(document):
    text = xliff_report.render([document])
    assert "\x01" not in text
    root = etree.fromstring(text.encode("utf-8"))
    assert root.find(f".//{XLIFF}cp").get("hex") == "0001"
    assert SCRIPT in "".join(root.itertext())
    notes = [note.text for note in root.iter(f"{XLIFF}note")]
    assert any("TQA301 skipped" in note for note in notes)
    assert any("=HYPERLINK" in note for note in notes)  # the loose issue is a file note


# --- all formats ---------------------------------------------------------------------

segment_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(segment_text, segment_text, st.data())
def test_every_format_survives_arbitrary_text_and_spans(source, target, data):
    start = data.draw(st.integers(0, len(target)))
    end = data.draw(st.integers(start, len(target)))
    second_start = data.draw(st.integers(0, len(target)))
    second_end = data.draw(st.integers(second_start, len(target)))
    document = Document("s.txt", "t.txt", source, target, [Segment(0, source, 0, len(source))],
                        [Segment(0, target, 0, len(target))], [Link((0,), (0,), 0.5)])
    document.issues = [
        Issue("TQA001", "untranslated", "major", target[start:end] or "m", [0], [0],
              target_span=Span(start, end, target[start:end]), its="untranslated"),
        Issue("TQA002", "fluency", "minor", "second", [0], [0],
              target_span=Span(second_start, second_end, target[second_start:second_end]), its="grammar"),
    ]
    page = html.render([document])
    assert len(etree.HTML(page).findall(".//script")) == 1
    plain = text.render([document], color=False)  # no terminal control character gets through
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f]", plain)
    text.render([document], color=True, width=40)
    json.loads(sarif.render([document]))
    ET.fromstring(junit.render([document], fail_on="minor"))
    assert len(list(csv.reader(io.StringIO(csv_report.render([document]))))) == 3
    root = etree.fromstring(xliff_report.render([document]).encode("utf-8"))
    target_element = root.find(f".//{XLIFF}target")
    assert _inline_text(target_element) == target
