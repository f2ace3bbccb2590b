"""JUnit XML report, for CI systems that show test results.

One ``<testsuite>`` per document, one ``<testcase>`` per aligned pair, named as the
other reports name it (``pair 7 (ko line 5, en line 7)``); the classname is the file
path with its dots made underscores and its folders made dots, since CI tools read the
part after the last dot as a class name (``docs/a.en.txt`` → ``docs.a_en_txt``). A pair whose
issues reach the threshold (``--fail-on``; ``major`` by default, ``never`` fails nothing)
gets one ``<failure>`` listing them; issues below the threshold go to ``<system-out>``.
Issues that belong to no pair form a "document" testcase; skipped checks are
``<skipped>`` testcases. Built with ``xml.etree`` (escaping included).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..document import Document, Issue
from pathlib import PurePath

from .common import at_least, is_bilingual, issues_by_link, pair_label, printable_documents, visible, writable

DEFAULT_THRESHOLD = "major"
# characters XML 1.0 cannot hold at all, even escaped
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", text)


def _issue_line(issue: Issue) -> str:
    where = ""
    if issue.target_span is not None:
        where = f' target "{issue.target_span.text}"'
    elif issue.source_span is not None:
        where = f' source "{issue.source_span.text}"'
    line = f"{issue.severity} {issue.rule} [{issue.check}]{where}: {issue.message}"
    if issue.suggestion:
        line += f" (suggestion: {visible(issue.suggestion)})"
    if issue.baseline:
        line += f" [{issue.baseline}]"
    return line


def _testcase(suite: ET.Element, classname: str, name: str, issues: list[Issue], threshold: str,
              context: str) -> tuple[int, int]:
    """Adds one testcase; returns (tests, failures) it contributes."""
    case = ET.SubElement(suite, "testcase", classname=xml_safe(classname), name=xml_safe(name), time="0")
    failing = [issue for issue in issues if at_least(issue.severity, threshold) and not issue.baseline]
    other = [issue for issue in issues if issue not in failing]
    if failing:
        worst = failing[0]
        failure = ET.SubElement(case, "failure", type=worst.rule,
                                message=xml_safe(f"{len(failing)} issue(s): {worst.message}"))
        failure.text = xml_safe("\n".join(_issue_line(issue) for issue in failing) + "\n\n" + context)
    if other:
        out = ET.SubElement(case, "system-out")
        out.text = xml_safe("\n".join(_issue_line(issue) for issue in other))
    return 1, 1 if failing else 0


def _pair_context(document: Document, source_ids, target_ids) -> str:
    source = " ".join(document.source_segments[i].text for i in source_ids)
    target = " ".join(document.target_segments[i].text for i in target_ids)
    return f"source: {source or '(none)'}\ntarget: {target or '(none)'}"


def junit_classname(path: str | None) -> str:
    """A JUnit classname for a file: folders as packages, the file name as the class."""
    parts = [part.replace(".", "_") for part in PurePath(path or "document").parts
             if part not in ("/", "\\", "..", ".") and part.strip()]
    return ".".join(parts) or "document"


def _suite(root: ET.Element, document: Document, threshold: str) -> None:
    name = str(document.source_path) if is_bilingual(document) else \
        f"{document.source_path or '(source)'} -> {document.target_path or '(target)'}"
    suite = ET.SubElement(root, "testsuite", name=xml_safe(name))
    class_name = junit_classname(document.target_path or document.source_path)
    grouped, loose = issues_by_link(document)
    tests = failures = skipped = errors = 0
    if document.signature:
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", name="signature", value=xml_safe(document.signature["text"]))
    for index, link in enumerate(document.links):
        added, failed = _testcase(suite, class_name, pair_label(document, index), grouped.get(index, []), threshold,
                                  _pair_context(document, link.source, link.target))
        tests, failures = tests + added, failures + failed
    if loose:
        added, failed = _testcase(suite, class_name, "document", loose, threshold, "")
        tests, failures = tests + added, failures + failed
    for code, reason in sorted(document.skipped.items()):
        case = ET.SubElement(suite, "testcase", classname=xml_safe(class_name), name=xml_safe(f"{code} (skipped)"),
                             time="0")
        ET.SubElement(case, "skipped", message=xml_safe(reason))
        tests, skipped = tests + 1, skipped + 1
    for error in document.errors:
        case = ET.SubElement(suite, "testcase", classname=xml_safe(class_name),
                             name=xml_safe(f"{error.rule} (rule failed)"), time="0")
        ET.SubElement(case, "error", message=xml_safe(error.describe()), type="RuleError")
        tests, errors = tests + 1, errors + 1
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(skipped))
    suite.set("time", "0")


def render(documents: list[Document], fail_on: str | None = None, **_options) -> str:
    threshold = fail_on or DEFAULT_THRESHOLD
    root = ET.Element("testsuites", name="tqa")
    for document in printable_documents(documents):
        _suite(root, document, threshold)
    # <testsuites> carries tests/failures/errors only: Jenkins' junit-10.xsd has no 'skipped' there
    for attribute in ("tests", "failures", "errors"):
        root.set(attribute, str(sum(int(suite.get(attribute, "0")) for suite in root)))
    ET.indent(root)
    return writable(ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n")
