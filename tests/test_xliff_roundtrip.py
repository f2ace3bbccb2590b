"""Lossless XLIFF: ``tqa check FILE.xlf --format xliff`` gives the input file back with ITS
quality annotations added and nothing else changed.

The fixtures (tests/fixtures/xliff/museum-*.xlf, written for these tests) hold every inline
code of XLIFF 1.2 (g x bx ex bpt ept ph it mrk) and 2.x (pc ph sc ec mrk sm em cp), file,
group and unit notes, groups, ``translate="no"`` units and groups, ``originalData``, modules,
segmented units, an ``<ignorable>``, doubled spaces, ``xml:space`` and attributes and
namespaces of other vocabularies (one declared and never used). Each output is re-read by
tqa's reader and by translate-toolkit and compared with the input; the annotations removed,
it is the input byte for byte.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tqa.cli import main
from tqa.document import Issue, Span
from tqa.io import InputError, read_bilingual
from tqa.io.inline import XLIFF12, XLIFF20, flatten
from tqa.pipeline import build_document
from tqa.report import xliff_report
from tqa.report.common import ITS_ISSUE_TYPES

FIXTURES = Path(__file__).parent / "fixtures" / "xliff"
ITS = "http://www.w3.org/2005/11/its"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
REF = f"{{{ITS}}}locQualityIssuesRef"
NS12 = "{urn:oasis:names:tc:xliff:document:1.2}"
NS20 = "{urn:oasis:names:tc:xliff:document:2.0}"
LOSSLESS = etree.XMLParser(remove_comments=False, remove_pis=False, strip_cdata=False, resolve_entities=False)


def _variant(name: str) -> tuple[bytes, str]:
    """(input bytes, file name) of a fixture variant."""
    if name == "1.2":
        return (FIXTURES / "museum-1.2.xlf").read_bytes(), "museum.xlf"
    if name == "2.0":
        return (FIXTURES / "museum-2.0.xlf").read_bytes(), "museum.xlf"
    if name == "2.1":  # declares 2.1 already: the version stays
        text = (FIXTURES / "museum-2.0.xlf").read_text(encoding="utf-8")
        return text.replace('version="2.0"', 'version="2.1"', 1).encode("utf-8"), "museum.xliff"
    if name == "1.2-crlf":  # Windows line ends stay Windows line ends
        return (FIXTURES / "museum-1.2.xlf").read_bytes().replace(b"\n", b"\r\n"), "museum.xlf"
    if name == "2.0-utf16":  # the report is UTF-8 and says so
        text = (FIXTURES / "museum-2.0.xlf").read_text(encoding="utf-8")
        return text.replace('encoding="UTF-8"', 'encoding="UTF-16"', 1).encode("utf-16"), "museum.xlf"
    raise KeyError(name)


def _expected_text(name: str, data: bytes) -> str:
    """The input as text, as the report should write it when nothing is annotated."""
    if name == "2.0-utf16":
        return data.decode("utf-16").replace('encoding="UTF-16"', 'encoding="UTF-8"', 1)
    return data.decode("utf-8")


VARIANTS = ["1.2", "2.0", "2.1", "1.2-crlf", "2.0-utf16"]


def _check(path: Path, output: Path, *options: str) -> int:
    return main(["check", str(path), "--fast", "--format", "xliff", "-o", str(output), *options])


@pytest.fixture(params=VARIANTS)
def round_trip(request, tmp_path):
    """(variant, input path, input bytes, output path) after one annotating run."""
    data, file_name = _variant(request.param)
    path = tmp_path / file_name
    path.write_bytes(data)
    stamp = path.stat().st_mtime_ns
    output = tmp_path / "annotated.xlf"
    assert _check(path, output) == 1  # the fixtures hold planted errors
    assert path.read_bytes() == data and path.stat().st_mtime_ns == stamp  # the input is never touched
    return request.param, path, data, output


# --- what tqa's reader sees -----------------------------------------------------------------

def test_tqa_reader_reads_the_annotated_file_as_the_input(round_trip):
    _variant_name, path, _data, output = round_trip
    before = read_bilingual(path)
    after = read_bilingual(output)
    assert len(after) == len(before)
    for old, new in zip(before, after):
        assert (new.id, new.source, new.target, new.note) == (old.id, old.source, old.target, old.note)
        assert {**new.meta, "line": None} == {**old.meta, "line": None}  # tags, state; lines moved down
    assert any("  " in unit.target for unit in after)  # the doubled space TQA013 reports survives


def test_checking_the_annotated_file_finds_what_the_input_has(round_trip, tmp_path):
    _variant_name, path, _data, output = round_trip

    def findings(file: Path) -> list:
        report = tmp_path / f"{file.stem}.json"
        main(["check", str(file), "--fast", "--format", "json", "-o", str(report)])
        loaded = json.loads(report.read_text(encoding="utf-8"))
        issues = loaded["issues"] if "issues" in loaded else [i for d in loaded["documents"] for i in d["issues"]]
        return [{key: value for key, value in issue.items() if "line" not in key} for issue in issues]

    assert findings(output) == findings(path)


def test_annotating_twice_gives_the_same_file(round_trip, tmp_path):
    _variant_name, _path, _data, output = round_trip
    again = tmp_path / "again.xlf"
    _check(output, again)
    assert again.read_bytes() == output.read_bytes()


# --- what translate-toolkit sees --------------------------------------------------------------

def _is_tqa_marker(node) -> bool:
    return node is not None and (node.get(REF) or "").lstrip("#").removeprefix("its=").startswith("tqa-lqi-")


def _rich_tokens(elements) -> list:
    """translate-toolkit's rich text as a flat token list; tqa's markers are unwrapped."""
    from translate.storage.placeables import StringElem

    tokens: list = []

    def text(value: str) -> None:
        if tokens and tokens[-1][0] == "text":
            tokens[-1] = ("text", tokens[-1][1] + value)
        elif value:
            tokens.append(("text", value))

    def walk(element) -> None:
        for sub in element.sub:
            if isinstance(sub, str):
                text(sub)
                continue
            node = getattr(sub, "xml_node", None)
            if type(sub) is StringElem or _is_tqa_marker(node):
                walk(sub)
                continue
            label = (type(sub).__name__, getattr(sub, "id", None),
                     None if node is None else (node.tag, tuple(sorted(node.attrib.items()))))
            tokens.append(("open", label))
            walk(sub)
            tokens.append(("close", label))

    for element in elements:
        walk(element)
    return tokens


def _toolkit_store(path: Path):
    from translate.storage import factory, xliff2

    if etree.parse(str(path)).getroot().get("version", "").startswith("2"):
        return xliff2.Xliff2File.parsefile(str(path))
    return factory.getobject(str(path))


def _toolkit_notes(unit) -> list[str]:
    element = unit.getunitelement() if hasattr(unit, "getunitelement") else unit.xmlelement
    return [note.text or "" for note in element.iter() if isinstance(note.tag, str)
            and note.tag.endswith("}note") and note.get("from") != "tqa"
            and not (note.get("category") or "").startswith("tqa:")]


def test_translate_toolkit_reads_the_annotated_file_as_the_input(round_trip):
    _variant_name, path, _data, output = round_trip
    before = _toolkit_store(path).units
    after = _toolkit_store(output).units
    assert len(after) == len(before) > 0  # translate="no" units included
    for old, new in zip(before, after):
        assert new.getid() == old.getid()
        assert (new.source, new.target) == (old.source, old.target)
        assert (new.get_state_n(), new.isapproved(), new.istranslatable()) == \
            (old.get_state_n(), old.isapproved(), old.istranslatable())
        assert _toolkit_notes(new) == _toolkit_notes(old)
        assert _rich_tokens(new.rich_source) == _rich_tokens(old.rich_source)
        assert _rich_tokens(new.rich_target) == _rich_tokens(old.rich_target)
    # the annotations are there for a tool to see
    assert any(_is_tqa_marker(node) for unit in after for node in unit.xmlelement.iter())


# --- the file itself ------------------------------------------------------------------------

def _root_start_tag(text: str) -> str:
    return re.search(r"<xliff\b[^>]*>", text).group()


def test_without_the_annotations_the_output_is_the_input_byte_for_byte(round_trip):
    name, _path, data, output = round_trip
    expected = _expected_text(name, data)
    written = output.read_bytes().decode("utf-8")
    stripped = xliff_report.without_annotations(output.read_bytes(), output)
    old_tag, new_tag = _root_start_tag(expected), _root_start_tag(written)
    assert stripped.replace(new_tag, old_tag, 1) == expected
    # the root changes only as the ITS module asks: the namespace, its:version, XLIFF 2.1
    upgraded = old_tag.replace('version="2.0"', 'version="2.1"', 1)
    assert new_tag == upgraded[:-1] + f' xmlns:its="{ITS}" its:version="2.0">'
    if name == "1.2-crlf":
        assert "\n" not in written.replace("\r\n", "")


def _added(element) -> bool:
    """An element tqa added (stand-off issues, its notes, a container of only its notes)."""
    if not isinstance(element.tag, str):
        return False
    if element.tag == f"{{{ITS}}}locQualityIssues" and (element.get(XML_ID) or "").startswith("tqa-lqi-"):
        return True
    if element.tag.endswith("}note") and (element.get("from") == "tqa"
                                           or (element.get("category") or "").startswith("tqa:")):
        return True
    if element.tag.endswith("}notes") or element.tag.endswith("}header"):
        return len(element) > 0 and all(_added(child) for child in element)
    return False


def _kept(root) -> list:
    """Every element but what tqa added, with its attributes (tqa's reference attributes left
    out), and every comment and processing instruction."""
    kept = []
    skip = set()
    for element in root.iter():
        if element in skip:
            continue
        if _added(element):
            skip.update(element.iter())
            continue
        if isinstance(element.tag, str) and _is_tqa_marker(element) and element.tag.endswith("}mrk"):
            continue
        if not isinstance(element.tag, str):
            kept.append((str(element), None, None))
            continue
        attributes = {key: value for key, value in element.attrib.items()
                      if not (key == REF and _is_tqa_marker(element))}
        content = None
        if element.tag.rpartition("}")[2] in ("source", "target", "note", "data", "context"):
            content = "".join(element.itertext())  # markers unwrapped, whitespace as written
        kept.append((element.tag, attributes, content))
    return kept


def test_no_unit_note_attribute_code_comment_or_whitespace_is_lost(round_trip):
    _variant_name, path, data, output = round_trip
    before = etree.fromstring(data, LOSSLESS)
    after = etree.fromstring(output.read_bytes(), LOSSLESS)
    old, new = _kept(before), _kept(after)
    assert len(new) == len(old)
    assert new[1:] == old[1:]
    root_tag, root_attributes, _ = new[0]
    assert root_tag == old[0][0]
    assert {key: value for key, value in root_attributes.items() if key not in ("version", f"{{{ITS}}}version")} \
        == {key: value for key, value in old[0][1].items() if key != "version"}
    assert set(before.nsmap.items()) <= set(after.nsmap.items())  # "unused" is still declared
    # what the fixtures were written to hold is there
    text = output.read_bytes().decode("utf-8")
    for kept in ('translate="no"', "<!-- Round trip", "xmlns:unused=", 'cms:field="title"', "<alt-trans" if
                 "1.2" in _variant_name else "<originalData>", "Check the date with the curator.",
                 "Exhibition texts for the spring season."):
        assert kept in text


# --- the ITS form -----------------------------------------------------------------------------

def _annotated(tmp_path: Path, name: str) -> etree._Element:
    data, file_name = _variant(name)
    path = tmp_path / file_name
    path.write_bytes(data)
    output = tmp_path / f"out-{name}.xlf"
    _check(path, output)
    return etree.fromstring(output.read_bytes())


def test_xliff_2_annotations_follow_the_its_module_of_xliff_2_1(tmp_path):
    root = _annotated(tmp_path, "2.0")
    assert root.get("version") == "2.1" and root.get(f"{{{ITS}}}version") == "2.0"
    assert root.nsmap["its"] == ITS
    groups = {group.get(XML_ID): group for group in root.iter(f"{{{ITS}}}locQualityIssues")}
    markers = [mrk for mrk in root.iter(f"{NS20}mrk") if mrk.get(REF)]
    assert len(groups) >= 5 and len(markers) == len(groups)
    for marker in markers:
        assert marker.get("type") == "its:any"
        reference = marker.get(REF)
        assert reference.startswith("#its=")
        group = groups[reference.removeprefix("#its=")]
        unit = next(ancestor for ancestor in marker.iterancestors() if ancestor.tag == f"{NS20}unit")
        assert group.getparent() is unit  # a fragment identifier relative to the unit
        for side in ("source", "target"):  # inline ids are unique on each side of the unit
            ids = [element.get("id") for content in unit.iter(f"{NS20}{side}") for element in content.iter()
                   if element.get("id")] + [segment.get("id") for segment in unit if segment.get("id")]
            assert len(ids) == len(set(ids))
    for group in groups.values():
        unit = group.getparent()
        names = [child.tag for child in unit if isinstance(child.tag, str)]
        assert all(names.index(group.tag) < names.index(core) for core in (f"{NS20}notes", f"{NS20}segment")
                   if core in names)  # extension elements come first in <unit>
        for issue in group:
            assert issue.get("locQualityIssueType") in ITS_ISSUE_TYPES
            assert 0 <= float(issue.get("locQualityIssueSeverity")) <= 100
            assert issue.get("locQualityIssueComment").startswith("TQA")
    # the date finding marks "March 6" inside the bold <pc>, which stays as it was
    pc = next(root.iter(f"{NS20}target")).find(f"{NS20}pc")
    assert pc.getparent().tag == f"{NS20}target" and pc[0].tag == f"{NS20}mrk" and pc[0].text == "March 6"
    # the source with no target is annotated as a whole
    u5 = next(unit for unit in root.iter(f"{NS20}unit") if unit.get("id") == "u5")
    source = u5.find(f"{NS20}segment/{NS20}source")
    assert len(source) == 1 and source[0].get(REF) and source.text is None


def test_xliff_1_2_annotations_follow_the_its_2_0_mapping(tmp_path):
    root = _annotated(tmp_path, "1.2")
    assert root.get("version") == "1.2" and root.get(f"{{{ITS}}}version") == "2.0"
    groups = {group.get(XML_ID): group for group in root.iter(f"{{{ITS}}}locQualityIssues")}
    references = [element for element in root.iter() if isinstance(element.tag, str) and element.get(REF)]
    assert {element.get(REF).lstrip("#") for element in references} == set(groups)
    for element in references:
        if element.tag == f"{NS12}mrk":
            assert element.get("mtype") == "x-its"
        assert element.get(REF).startswith("#") and not element.get(REF).startswith("#its=")
    for group in groups.values():  # elements of other namespaces come last in a <trans-unit>
        unit = group.getparent()
        assert unit.tag == f"{NS12}trans-unit"
        assert all(child.tag == f"{{{ITS}}}locQualityIssues" for child in unit[unit.index(group):])
    # no target: the reference is an attribute of the <source>
    t7 = next(unit for unit in root.iter(f"{NS12}trans-unit") if unit.get("id") == "t7")
    assert t7.find(f"{NS12}source").get(REF).lstrip("#") in groups
    # a segmented unit is marked inside its segment marker
    t6 = next(unit for unit in root.iter(f"{NS12}trans-unit") if unit.get("id") == "t6")
    segment_b = t6.find(f"{NS12}target")[1]
    assert segment_b.get("mid") == "b" and segment_b[0].get("mtype") == "x-its" and segment_b[0].text == "도자기"
    notes = [note for note in t6.iter(f"{NS12}note") if note.get("from") == "tqa"]
    assert len(notes) == 1 and "t6/b" in notes[0].text and notes[0].get("annotates") == "target"


# --- markers never cut inline codes ------------------------------------------------------------

def _document_with_issues(tmp_path: Path, name: str, xml: str, spans: list[tuple[int, int]]):
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    document = build_document(str(path))
    target = document.target_segments[0].text
    document.issues = [Issue(f"TQA9{number:02d}", "fluency", "minor", f"finding {number}", [0], [0],
                             target_span=Span(start, end, target[start:end]), its="grammar")
                       for number, (start, end) in enumerate(spans)]
    return document, target


SPAN_CASES_12 = ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ko" '
                 'target-language="en" datatype="plaintext" original="x"><body><trans-unit id="1">'
                 '<source>가 <g id="1">나</g> 다 <bx id="2"/>라<ex id="2"/> 마</source>'
                 '<target>Aa <g id="1">Bb cc</g> Dd <bx id="2"/>Ee<ex id="2"/> Ff</target>'
                 '</trans-unit></body></file></xliff>')
SPAN_CASES_20 = ('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko" trgLang="en">'
                 '<file id="f"><unit id="1"><segment>'
                 '<source>가 <pc id="1">나</pc> 다 <sc id="2"/>라<ec startRef="2"/> 마</source>'
                 '<target>Aa <pc id="1">Bb cc</pc> Dd <sc id="2"/>Ee<ec startRef="2"/> Ff</target>'
                 '</segment></unit></file></xliff>')


@pytest.mark.parametrize("xml, spec, namespace", [(SPAN_CASES_12, XLIFF12, NS12), (SPAN_CASES_20, XLIFF20, NS20)])
def test_spans_are_marked_only_where_a_marker_nests_cleanly(tmp_path, xml, spec, namespace):
    # target as read: "Aa <1>Bb cc</1> Dd <2>Ee</2> Ff"
    probe, target = _document_with_issues(tmp_path, "probe.xlf", xml, [])
    assert target == "Aa <1>Bb cc</1> Dd <2>Ee</2> Ff"
    at = target.index
    cases = {
        "inside the paired code": (at("Bb"), at("Bb") + 2, True),
        "the paired code whole, and text": (at("<1>"), at("Dd") + 2, True),
        "from inside the paired code to outside": (at("cc"), at("Dd") + 2, False),
        "half a placeholder": (at("<1>") + 1, at("Bb") + 2, False),
        "one half of a begin/end pair": (at("<2>"), at("Ee") + 2, False),
        "the begin/end pair and its text": (at("<2>"), at("</2>") + 4, False),
        "empty": (at("Ff"), at("Ff"), False),
    }
    for label, (start, end, marked) in cases.items():
        document, _ = _document_with_issues(tmp_path, "case.xlf", xml, [(start, end)])
        root = etree.fromstring(xliff_report.render([document]).encode("utf-8"))
        target_element = root.find(f".//{namespace}target")
        markers = [element for element in target_element.iter(f"{namespace}mrk") if element.get(REF)]
        whole = target_element.get(REF) is not None or (
            len(target_element) == 1 and target_element[0] in markers and target_element.text is None)
        assert flatten(target_element, spec)[0] == target, label  # the text reads as before
        if marked:
            assert len(markers) == 1 and not whole, label
            assert flatten(markers[0], spec)[0] == target[start:end], label
        else:
            assert whole, label
            comment = next(root.iter(f"{{{ITS}}}locQualityIssue")).get("locQualityIssueComment")
            if end > start:
                assert f"(at “{target[start:end]}”)" in comment, label
    # overlapping spans: the first is marked, the other annotates the whole target
    document, _ = _document_with_issues(tmp_path, "overlap.xlf", xml, [(0, 2), (1, 3)])
    root = etree.fromstring(xliff_report.render([document]).encode("utf-8"))
    target_element = root.find(f".//{namespace}target")
    groups = list(root.iter(f"{{{ITS}}}locQualityIssues"))
    assert len(groups) == 2
    assert flatten(target_element, spec)[0] == target
    refs = [element.get(REF) for element in target_element.iter() if element.get(REF)]
    assert len(refs) == 2


def test_identical_spans_share_one_stand_off_group(tmp_path):
    document, target = _document_with_issues(tmp_path, "same.xlf", SPAN_CASES_20, [(0, 2), (0, 2)])
    root = etree.fromstring(xliff_report.render([document]).encode("utf-8"))
    groups = list(root.iter(f"{{{ITS}}}locQualityIssues"))
    assert len(groups) == 1 and len(groups[0]) == 2
    assert len([m for m in root.iter(f"{NS20}mrk") if m.get(REF)]) == 1


# --- files others annotated, files that changed, files with nothing to say -------------------------

def test_annotations_of_other_tools_and_their_ids_are_kept(tmp_path):
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its" '
           'version="2.1" srcLang="ko" trgLang="en" its:version="2.0">\n'
           ' <file id="f">\n'
           '  <unit id="u1">\n'
           '   <its:locQualityIssues xml:id="review-1">\n'
           '    <its:locQualityIssue locQualityIssueType="style" locQualityIssueComment="reviewer: tone"/>\n'
           '   </its:locQualityIssues>\n'
           '   <segment id="tqa1">\n'
           '    <source>그는 the the 말했다.</source>\n'
           '    <target><mrk id="r1" type="its:any" its:locQualityIssuesRef="#its=review-1">He said</mrk> '
           'it it again.</target>\n'
           '   </segment>\n'
           '  </unit>\n'
           ' </file>\n'
           '</xliff>\n')
    path = tmp_path / "reviewed.xlf"
    path.write_text(xml, encoding="utf-8")
    output = tmp_path / "out.xlf"
    assert _check(path, output, "--select", "fluency") == 0  # only minor findings
    written = output.read_text(encoding="utf-8")
    root = etree.fromstring(written.encode("utf-8"))
    assert root.get("version") == "2.1"
    assert 'xml:id="review-1"' in written and 'its:locQualityIssuesRef="#its=review-1">He said</mrk>' in written
    ours = [m for m in root.iter(f"{NS20}mrk") if (m.get(REF) or "").startswith("#its=tqa-lqi-")]
    assert len(ours) == 1 and ours[0].text == "it it" and ours[0].get("id") == "tqa2"  # "tqa1" is taken
    assert xliff_report.without_annotations(output.read_bytes(), output) == xml
    assert read_bilingual(output)[0].target == "He said it it again."  # both markers are text


def test_a_file_with_nothing_to_annotate_comes_back_unchanged(tmp_path):
    data, _ = _variant("2.0")
    path = tmp_path / "museum.xlf"
    path.write_bytes(data)
    output = tmp_path / "out.xlf"
    assert _check(path, output, "--select", "TQA405") == 0
    assert output.read_bytes() == data  # not even the root: the ITS module is not used


def test_comments_cdata_processing_instructions_and_doctype_survive(tmp_path):
    xml = ("<?xml version='1.0' encoding='utf-8'?>\n"
           "<!DOCTYPE xliff>\n"
           "<?cms build='7'?>\n"
           "<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>\n"
           "<file source-language='ko' target-language='en' datatype='plaintext' original='x'><body>\n"
           "<!-- first panel -->\n"
           "<trans-unit id='p1'><source>관람은 <![CDATA[무료]]>다.</source>"
           "<target>Entry is <![CDATA[free]]> free&#x2E;<?cms keep?></target></trans-unit>\n"
           "</body></file></xliff>\n"
           "<!-- end of export -->\n")
    path = tmp_path / "quirks.xlf"
    path.write_text(xml, encoding="utf-8")
    output = tmp_path / "out.xlf"
    _check(path, output, "--select", "fluency")
    written = output.read_text(encoding="utf-8")
    assert written.startswith("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE xliff>\n<?cms build='7'?>\n"
                              "<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'")
    assert written.endswith("</xliff>\n<!-- end of export -->\n")
    for kept in ("<!-- first panel -->", "<![CDATA[무료]]>", "<?cms keep?>"):
        assert kept in written
    stripped = etree.fromstring(xliff_report.without_annotations(output.read_bytes(), output).encode("utf-8"),
                                LOSSLESS)
    del stripped.attrib[f"{{{ITS}}}version"]
    original = etree.fromstring(xml.encode("utf-8"), LOSSLESS)
    assert etree.tostring(stripped, method="c14n", exclusive=True) == \
        etree.tostring(original, method="c14n", exclusive=True)


def test_a_file_changed_after_the_check_is_refused(tmp_path):
    data, _ = _variant("1.2")
    path = tmp_path / "museum.xlf"
    path.write_bytes(data)
    document = build_document(str(path))
    path.write_bytes(data.replace(b"Admission is free.", b"Entry is free."))
    with pytest.raises(InputError, match="changed since it was checked"):
        xliff_report.render([document])
    # near miss: the same file, untouched, is annotated
    path.write_bytes(data)
    assert "museum.xml" in xliff_report.render([document])


def test_an_xliff_file_that_is_gone_gives_a_new_file(tmp_path):
    data, _ = _variant("1.2")
    path = tmp_path / "museum.xlf"
    path.write_bytes(data)
    document = build_document(str(path))
    path.unlink()
    root = etree.fromstring(xliff_report.render([document]).encode("utf-8"))
    assert root.get("version") == "2.1"
    assert [unit.get("name") for unit in root.iter(f"{NS20}unit")][:2] == ["t1", "t2"]


# --- a new file for other inputs --------------------------------------------------------------

def test_a_new_file_carries_inline_codes_as_codes_and_keeps_whitespace(tmp_path):
    tmx = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="ko" segtype="sentence" '
           'adminlang="en" datatype="plaintext" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>'
           '<tu><tuv xml:lang="ko"><seg>관람은 <bpt i="1">&lt;b&gt;</bpt>무료<ept i="1">&lt;/b&gt;</ept>다.'
           '<ph x="2">&lt;br/&gt;</ph></seg></tuv>'
           '<tuv xml:lang="en"><seg>Entry is  <bpt i="1">&lt;b&gt;</bpt>free<ept i="1">&lt;/b&gt;</ept>.'
           '<ph x="2">&lt;br/&gt;</ph></seg></tuv></tu>'
           '<tu><tuv xml:lang="ko"><seg>문은 <bpt i="3">&lt;i&gt;</bpt>닫힌다.</seg></tuv>'
           '<tuv xml:lang="en"><seg>The door <ept i="3">&lt;/i&gt;</ept>closes.</seg></tuv></tu>'
           '</body></tmx>')
    path = tmp_path / "panels.tmx"
    path.write_text(tmx, encoding="utf-8")
    output = tmp_path / "out.xlf"
    _check(path, output)
    written = output.read_text(encoding="utf-8")
    assert "&lt;1&gt;" not in written and "&lt;2/&gt;" not in written  # no escaped placeholders
    root = etree.fromstring(written.encode("utf-8"))
    assert root.get("version") == "2.1"
    first, second = root.findall(f".//{NS20}segment")
    assert first.find(f"{NS20}target/{NS20}pc").get("id") == "1"
    assert first.find(f"{NS20}target/{NS20}ph").get("id") == "2"
    assert second.find(f"{NS20}source//{NS20}sc").get("isolated") == "yes"  # inside the whole-segment marker
    assert second.find(f"{NS20}target//{NS20}ec").get("isolated") == "yes"
    for element in root.iter(f"{NS20}source", f"{NS20}target"):
        assert element.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    # read back by tqa's reader, the new file has the texts and tags the TMX had
    original = read_bilingual(path)
    again = read_bilingual(output)
    assert [(unit.source, unit.target) for unit in again] == [(unit.source, unit.target) for unit in original]
    assert again[0].target.startswith("Entry is  <1>")  # the doubled space is still there
    assert [unit.meta["target_tags"] for unit in again] == [unit.meta["target_tags"] for unit in original]


def test_the_input_is_never_the_report(tmp_path):
    data, _ = _variant("1.2")
    path = tmp_path / "museum.xlf"
    path.write_bytes(data)
    assert main(["check", str(path), "--fast", "--format", "xliff", "-o", str(path)]) == 2
    assert path.read_bytes() == data
    shutil.copy(path, tmp_path / "copy.xlf")
    assert main(["check", str(tmp_path / "copy.xlf"), "--fast", "--format", "xliff",
                 "-o", str(tmp_path / "copy.xlf")]) == 2


# --- the reader and tqa's own additions ---------------------------------------------------------

def test_the_reader_skips_tqa_notes_and_quality_markers_but_not_other_markup(tmp_path):
    xml = ('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its" '
           'version="2.1" srcLang="ko" trgLang="en"><file id="f"><unit id="u1">'
           '<notes><note category="tqa:TQA020">minor: repeated</note><note category="pm">Keep it short.</note></notes>'
           '<segment><source>문을 <pc id="1">연다</pc>.</source>'
           '<target><sm id="q1" type="its:any" its:locQualityIssueType="style" its:locQualityIssueComment="c"/>'
           'Opens<em startRef="q1"/> <mrk id="t1" type="term">the</mrk> <pc id="1">door</pc>.</target>'
           '</segment></unit></file></xliff>')
    path = tmp_path / "a.xlf"
    path.write_text(xml, encoding="utf-8")
    unit = read_bilingual(path)[0]
    assert unit.note == "Keep it short."
    assert unit.target == "Opens <t1>the</t1> <1>door</1>."  # the quality marker is text, the term marker a tag
    assert unit.meta["target_tags"] == ["<t1>", "</t1>", "<1>", "</1>"]


# --- any inline content, any span ----------------------------------------------------------------

_WORDS = st.sampled_from(["Aa", "bb", " ", "  ", "cc dd", "é", "&", "<", "가"])


def _words(draw) -> str:
    return draw(_WORDS).replace("&", "&amp;").replace("<", "&lt;")


# per version: code kind → markup for tag number N with content C (paired kinds) or none
_CODES = {
    "2.0": {"pc": '<pc id="pN">C</pc>', "mrk": '<mrk id="mN" type="term">C</mrk>', "ph": '<ph id="hN"/>',
            "scec": '<sc id="sN"/>W<ec startRef="sN"/>',
            "smem": '<sm id="aN" type="comment" value="v"/>W<em startRef="aN"/>',
            "isolated": '<sc id="iN" isolated="yes"/>', "cp": '<cp hex="0002"/>'},
    "1.2": {"g": '<g id="gN">C</g>', "mrk": '<mrk mtype="term">C</mrk>', "x": '<x id="xN"/>',
            "ph": '<ph id="hN">&lt;br/&gt;</ph>', "bxex": '<bx id="bN"/>W<ex id="bN"/>',
            "bptept": '<bpt id="tN">&lt;b&gt;</bpt>W<ept id="tN">&lt;/b&gt;</ept>',
            "it": '<it id="iN" pos="open">&lt;u&gt;</it>'},
}


@st.composite
def _inline_xml(draw, version="2.0", depth=0):
    """Target content with any inline code of the XLIFF version, and nothing wrong with it."""
    parts = []
    for number in range(draw(st.integers(0, 4))):
        parts.append(_words(draw))
        kind = draw(st.sampled_from(["none", *_CODES[version]] if depth < 2 else ["none"]))
        if kind != "none":
            markup = _CODES[version][kind].replace("N", f"{depth}{number}")
            if "C" in markup:
                markup = markup.replace("C", draw(_inline_xml(version, depth + 1)))
            parts.append(markup.replace(">W<", f">{_words(draw)}<"))
    return "".join(parts)


_PROPERTY_FILES = {
    "2.0": ('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko" trgLang="en">'
            '<file id="f"><unit id="u"><segment><source>가</source><target>{}</target></segment>'
            '</unit></file></xliff>'),
    "1.2": ('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file source-language="ko" '
            'target-language="en" datatype="plaintext" original="x"><body><trans-unit id="u">'
            '<source>가</source><target>{}</target></trans-unit></body></file></xliff>'),
}


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(version=st.sampled_from(sorted(_CODES)), data=st.data())
def test_any_spans_on_any_inline_content_leave_the_file_readable_as_before(tmp_path, version, data):
    xml = _PROPERTY_FILES[version].format(data.draw(_inline_xml(version)))
    path = tmp_path / "any.xlf"
    path.write_text(xml, encoding="utf-8")
    document = build_document(str(path))
    target = document.target_segments[0].text
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(target)), st.integers(0, len(target))), max_size=4))
    document.issues = [Issue("TQA999", "fluency", "minor", "m", [0], [0],
                             target_span=Span(min(a, b), max(a, b), target[min(a, b):max(a, b)]), its="grammar")
                       for a, b in spans]
    written = xliff_report.render([document])
    root = etree.fromstring(written.encode("utf-8"))  # well-formed
    annotated = tmp_path / "annotated.xlf"
    annotated.write_text(written, encoding="utf-8")
    again = read_bilingual(annotated)[0]
    assert again.target == target and again.meta["target_tags"] == document.target_segments[0].meta["target_tags"]
    assert xliff_report.without_annotations(written.encode("utf-8"), annotated).replace(
        f' xmlns:its="{ITS}"', "").replace(' its:version="2.0"', "").replace('version="2.1"', 'version="2.0"') \
        == etree.tostring(etree.fromstring(xml), encoding="unicode")  # as lxml writes it: <pc/> for <pc></pc>
    listed = sum(len(group) for group in root.iter(f"{{{ITS}}}locQualityIssues"))
    assert listed == len(spans)
    # the placeholders of nested <mrk>s are numbered from 1 within whatever is flattened, so a
    # span's text and its marker's contents compare with those numbers left out
    def unnumbered(text):
        return re.sub(r"(</?mrk)\d+>", r"\1>", text)

    texts = {unnumbered(target[min(a, b):max(a, b)]) for a, b in spans} | {unnumbered(target)}
    namespace, spec = (NS20, XLIFF20) if version == "2.0" else (NS12, XLIFF12)
    for marker in root.iter(f"{namespace}mrk"):  # a marker holds one finding's span, or the whole target
        if marker.get(REF):
            assert unnumbered(flatten(marker, spec)[0]) in texts
