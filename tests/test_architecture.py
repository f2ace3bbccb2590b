"""The inside shape: analysers declared and run once, rules isolated, a layout without
cycles, and a signature that says what decided the findings."""
from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from tqa.analyse import ANALYSERS, load_all, plan, run_analysers
from tqa.checks import registry
from tqa.checks.registry import Finding, all_rules, pair_rule
from tqa.checks.runner import CheckContext, run_checks, select_rules
from tqa.cli import main
from tqa.document import AnalysisMissing, document_from_pairs
from tqa.pipeline import Options, build_document, check_pairs

SRC = Path(__file__).resolve().parent.parent / "src" / "tqa"
DEMO = SRC.parent.parent / "corpora" / "demo"

PAIRS = [
    ("정부는 2019년 4월 1억 달러를 지원했다.", "In April 2018 the government provided 1 billion dollars."),
    ("조한범 선임연구위원은 희망고문이라고 말했다.", "Senior Research Fellow Jo Han-beom called it hopeful torment."),
    ("조한범 위원은 한미일 협력을 강조했다.", "Cho Han-bum stressed Korea-US-Japan cooperation."),
]


def test_every_rule_declares_what_it_reads():
    """Each rule runs on a document holding only the analyses it declares, with on-demand
    computing off: reading anything else raises AnalysisMissing."""
    load_all()
    demo = build_document(str(DEMO / "article.ko.txt"), str(DEMO / "article.en.txt"), Options(fast=True))
    for rule in all_rules():
        if rule.neural:
            continue
        for source in (document_from_pairs(PAIRS), demo):
            document = document_from_pairs([(p.source, p.target) for p in source.pairs()]) \
                if source is demo else source
            context = CheckContext(fast=True)
            assert run_analysers(document, rule.requires, context) == {}
            document.analyses.strict = True
            try:
                run_checks(document, [rule], context)
            except AnalysisMissing as error:  # pragma: no cover - the failure message is the point
                pytest.fail(f"{rule.code} reads an analysis it does not declare: {error}")
            assert not document.errors, f"{rule.code}: {document.errors}"


def test_requires_name_registered_analysers():
    known = set(load_all())
    for rule in all_rules():
        assert set(rule.requires) <= known, f"{rule.code} requires an unknown analysis"
    order = [step.provides for step in plan(["names_table"])]
    assert order.index("korean") < order.index("names") < order.index("terms") < order.index("names_table")


def test_a_number_run_computes_only_the_quantities():
    document = check_pairs(PAIRS, Options(fast=True, select=["number"]))
    assert document.analyses.computed() == ["quantities"]
    assert any(issue.rule == "TQA101" for issue in document.issues)


def test_analyses_are_computed_once_per_document(monkeypatch):
    calls = []
    step = ANALYSERS["quantities"]
    monkeypatch.setitem(ANALYSERS, "quantities", type(step)(step.provides, step.requires,
                        lambda document, context: calls.append(1) or step.function(document, context), step.doc))
    document = document_from_pairs(PAIRS)
    first = document.analyses.quantities          # computed on first read
    run_analysers(document, ["quantities"], CheckContext())
    run_checks(document, select_rules(["number"]), CheckContext(fast=True))
    assert document.analyses.quantities is first and calls == [1]


@pytest.fixture
def broken_rule(monkeypatch):
    """A rule that raises on the pair holding 희망고문, registered for one test."""
    monkeypatch.setattr(registry, "RULES", dict(registry.RULES))

    @pair_rule("TQA999", "fluency", "major", "A test rule that raises on one pair.")
    def raising(pair, context):
        if "희망고문" in pair.source:
            raise ValueError("boom\nwith a second line")
        yield Finding("seen")

    yield "TQA999"


def test_a_rule_that_raises_leaves_the_other_findings(broken_rule, capsys):
    rules = select_rules(["number", broken_rule])
    document = document_from_pairs(PAIRS)
    run_checks(document, rules, CheckContext(fast=True))
    assert [e.rule for e in document.errors] == ["TQA999"]
    assert document.errors[0].pair == 1 and document.errors[0].message == "ValueError: boom with a second line"
    assert any(i.rule == "TQA101" for i in document.issues)          # other rules' findings stand
    assert sum(i.rule == "TQA999" for i in document.issues) == 2      # the rule's other pairs still ran
    assert "TQA999 on pair 1: ValueError: boom" in capsys.readouterr().err


def test_an_incomplete_run_exits_2_with_the_errors_in_the_report(broken_rule, tmp_path, capsys):
    source, target = tmp_path / "a.ko.txt", tmp_path / "a.en.txt"
    source.write_text("\n".join(s for s, _ in PAIRS) + "\n", encoding="utf-8")
    target.write_text("\n".join(t for _, t in PAIRS) + "\n", encoding="utf-8")
    report = tmp_path / "report.json"
    code = main(["check", str(source), str(target), "--parallel", "--fast", "--select", "number,TQA999",
                 "--format", "json", "-o", str(report)])
    assert code == 2
    document = json.loads(report.read_text(encoding="utf-8"))["documents"][0]
    assert document["errors"] == [{"rule": "TQA999", "pair": 1, "message": "ValueError: boom with a second line"}]
    assert any(issue["rule"] == "TQA101" for issue in document["issues"])


def test_the_signature_names_what_decides_the_findings(tmp_path):
    fast = check_pairs(PAIRS, Options(fast=True, select=["number"])).signature
    assert fast["mode"] == "fast" and fast["embeddings"] == "off" and fast["rules"] == len(select_rules(["number"]))
    assert fast["text"].startswith("tqa:") and "|mode:fast|" in fast["text"]
    other = check_pairs(PAIRS, Options(fast=True, select=["date"])).signature
    assert other["rules_hash"] != fast["rules_hash"]
    glossary = tmp_path / "g.csv"
    glossary.write_text("source,target\n달러,dollar\n", encoding="utf-8")
    with_glossary = check_pairs(PAIRS, Options(fast=True, select=["term"], glossaries=[str(glossary)])).signature
    assert len(with_glossary["glossaries"]) == 1 and with_glossary["glossaries"][0] != "none"
    glossary.write_text("source,target\n달러,dollars\n", encoding="utf-8")
    changed = check_pairs(PAIRS, Options(fast=True, select=["term"], glossaries=[str(glossary)])).signature
    assert changed["glossaries"] != with_glossary["glossaries"]


def _imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(module, names, level) of every import at module level of ``path``."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            found.append((node.module or "", [a.name for a in node.names], node.level))
        elif isinstance(node, ast.Import):
            found.extend((a.name, [], 0) for a in node.names)
    return found


def _package_of(path: Path) -> str:
    return ".".join(path.relative_to(SRC.parent).with_suffix("").parts)


def _absolute(path: Path, module: str, level: int) -> str:
    if not level:
        return module
    base = _package_of(path).split(".")
    base = base[:len(base) - level] if path.name != "__init__.py" else base[:len(base) - level + 1]
    return ".".join(base + ([module] if module else []))


def test_layout_dependencies_point_one_way():
    """The data model imports nothing from analyse/ or checks/; analysers import no rules;
    no module imports another module's private name."""
    for path in SRC.rglob("*.py"):
        for module, names, level in _imports(path):
            target = _absolute(path, module, level)
            if path.name == "document.py" and path.parent == SRC:
                assert not target.startswith(("tqa.checks", "tqa.analyse")), f"document.py imports {target}"
            if "analyse" in path.parts:
                assert not target.startswith("tqa.checks"), f"{path.name} (an analyser) imports {target}"
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            assert not private, f"{_package_of(path)} imports private {private} from {target}"
