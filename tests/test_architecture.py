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


def _imports(path: Path, inside_functions: bool = False) -> list[tuple[str, list[str], int]]:
    """(module, names, level) of every import at module level of ``path``, and with
    ``inside_functions`` also of the imports written inside functions (deferred imports)."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in (ast.walk(tree) if inside_functions else tree.body):
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
    """The data model imports nothing from analyse/ or checks/; analysers import no rules."""
    for path in SRC.rglob("*.py"):
        for module, names, level in _imports(path):
            target = _absolute(path, module, level)
            if path.name == "document.py" and path.parent == SRC:
                assert not target.startswith(("tqa.checks", "tqa.analyse")), f"document.py imports {target}"
            if "analyse" in path.parts:
                assert not target.startswith("tqa.checks"), f"{path.name} (an analyser) imports {target}"


def test_no_module_imports_another_modules_private_name():
    """A leading underscore means "free to change without telling anyone": no module reads
    another module's private name, at module level or in a deferred import inside a function."""
    for path in SRC.rglob("*.py"):
        for module, names, level in _imports(path, inside_functions=True):
            target = _absolute(path, module, level)
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            assert not private, f"{_package_of(path)} imports private {private} from {target}"


# --- state lives in objects a run owns ------------------------------------------------------

#: module-level containers that may be filled after import, and why
FILLED_AT_IMPORT = {
    ("tqa.checks.registry", "RULES"): "the rule registry, filled by @rule decorators as modules load",
    ("tqa.analyse.registry", "ANALYSERS"): "the analyser registry, filled by @analyser decorators as modules load",
}
_EMPTY_CALLS = {"dict", "list", "set", "defaultdict", "OrderedDict", "Counter", "deque"}
_MUTATORS = {"append", "add", "update", "setdefault", "pop", "popitem", "clear", "extend", "insert",
             "remove", "discard", "appendleft"}


def _empty_or_none(value) -> bool:
    """None, ``{}``, ``[]``, ``set()``, ``dict()``, ``defaultdict(...)`` … : a slot or a container
    that only makes sense if something fills it later."""
    if isinstance(value, ast.Constant) and value.value is None:
        return True
    if isinstance(value, (ast.Dict, ast.List, ast.Set)) and not getattr(value, "keys", None) \
            and not getattr(value, "elts", None):
        return True
    if isinstance(value, ast.Call):
        function = value.func
        name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", "")
        return name in _EMPTY_CALLS
    return False


#: modules whose code runs in worker processes started for one run and ended with it
#: (``tqa check -j N`` spawns a pool per run): their globals are that one run's state
ONE_RUN_WORKER_MODULES = {"tqa.parallel"}


def module_state_problems(path: Path) -> list[str]:
    """Module-level run state in ``path``: any ``global`` statement (a function rebinding a
    module name), and module-level None/empty containers that a function fills or
    rebinds (subscript assignment, ``del``, ``.append``/``.setdefault``/… calls)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = _package_of(path)
    if module in ONE_RUN_WORKER_MODULES:
        return []
    slots = {}
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else []
        for target in targets:
            if isinstance(target, ast.Name) and _empty_or_none(node.value):
                slots[target.id] = node.lineno
    problems = []
    for function in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
        for node in ast.walk(function):
            if isinstance(node, ast.Global):
                problems.append(f"{module}:{node.lineno} rebinds module state: global {', '.join(node.names)}")
            touched = None
            if isinstance(node, (ast.Assign, ast.AugAssign, ast.Delete)):
                for target in (node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]):
                    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
                        touched = target.value.id
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in _MUTATORS and isinstance(node.func.value, ast.Name):
                touched = node.func.value.id
            if touched in slots and (module, touched) not in FILLED_AT_IMPORT \
                    and not _local_name(function, touched):
                problems.append(f"{module}:{node.lineno} fills module-level {touched} "
                                f"(defined at line {slots[touched]}) at run time")
    return problems


def _local_name(function, name: str) -> bool:
    """True when ``name`` is a parameter or assigned inside ``function`` (a local, not the module's)."""
    arguments = function.args
    if name in {a.arg for a in arguments.args + arguments.kwonlyargs + arguments.posonlyargs}:
        return True
    return any(isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store)
               for node in ast.walk(function))


def test_no_module_holds_run_state():
    """Caches, loaded models and analyser handles belong to a run's Resources
    (tqa/resources.py). What a process keeps across runs is keyed by everything that
    decides it: loaded weights (tqa.weights.WEIGHTS), memos of pure functions of the
    analyser options and their arguments (tqa.ko.analyser.per_analyser, lru_caches of
    pure functions), and the resources for calls made outside any run, one per set of
    environment options (tqa.resources.OUTSIDE_RUNS). A module global filled or rebound
    at run time would let one run see another's state."""
    problems = [problem for path in sorted(SRC.rglob("*.py")) for problem in module_state_problems(path)]
    assert not problems, "\n".join(problems)


def test_the_state_scan_finds_what_it_should(tmp_path):
    """The scan itself: a slot rebound through ``global`` and a module dict filled by a
    function are found; a local of the same name and a constant table are not."""
    module = SRC / "_probe_state.py"  # inside the package for _package_of; removed at once
    module.write_text(
        "_model = None\n_cache = {}\nTABLE = {'a': 1}\n"
        "def load():\n    global _model\n    _model = 1\n"
        "def remember(text):\n    _cache[text] = 1\n"
        "def local():\n    _cache = {}\n    _cache['x'] = 1\n    return TABLE['a']\n", encoding="utf-8")
    try:
        problems = module_state_problems(module)
    finally:
        module.unlink()
    assert len(problems) == 2
    assert "global _model" in problems[0] and "fills module-level _cache" in problems[1]


NAME_PAIRS = [
    ("로버트 무가베 대통령은 어제 하라레에서 연설했다.", "President Robert Mugabe spoke in Harare yesterday."),
    ("무가베 대통령은 오늘 다시 말했다.", "President Mugabe spoke again today."),
]


def _mentions(options):
    document = check_pairs(NAME_PAIRS, options)
    return sorted((m.kind, m.entity) for m in document.analyses.names.mentions), document.signature["kiwi"]


def test_two_pipelines_with_different_analyser_options_give_their_own_results():
    """kiwipiepy's multi-word dictionary reads 로버트 무가베 as one token. Runs with and without
    it, interleaved in one process, each see their own analyser: no morphemes, names or
    memoised answers of one reach the other, and each signature names its options."""
    from tqa.ko.analyser import AnalyserOptions

    plain, multi = AnalyserOptions(multi_dict=False), AnalyserOptions(multi_dict=True)
    first = Options(fast=True, select=["name"], korean=plain)
    with_dictionary = Options(fast=True, select=["name"], korean=multi)
    again = Options(fast=True, select=["name"], korean=plain)
    mentions_plain, signature_plain = _mentions(first)
    mentions_multi, signature_multi = _mentions(with_dictionary)
    assert ("foreign", "로버트 무가베") in mentions_plain and ("foreign", "로버트 무가베") not in mentions_multi
    assert signature_plain.endswith("nomulti") and not signature_multi.endswith("nomulti")
    assert _mentions(again) == (mentions_plain, signature_plain)  # the other run left nothing behind
    text = NAME_PAIRS[0][0]
    assert [m.form for m in first.resources.korean.morphemes(text)][:2] == ["로버트", "무가베"]
    assert with_dictionary.resources.korean.morphemes(text)[0].form == "로버트 무가베"
    # each run has its own caches; loaded weights are shared only between equal options
    assert first.resources.korean is not again.resources.korean
    assert first.resources.korean.kiwi() is again.resources.korean.kiwi()
    assert first.resources.korean.kiwi() is not with_dictionary.resources.korean.kiwi()


def test_a_run_does_not_see_another_runs_analyses():
    """A second run with the same options starts with empty caches of its own (the
    analyses of the first are not state it inherits), and gets the same answers."""
    first, second = Options(fast=True, select=["name"]), Options(fast=True, select=["name"])
    check_pairs(NAME_PAIRS, first)
    assert NAME_PAIRS[0][0] in first.resources.korean._cache
    assert second.resources is None or NAME_PAIRS[0][0] not in second.resources.korean._cache
    assert _mentions(second)[0] == _mentions(first)[0]


def test_a_worker_gets_resources_of_its_own_from_pickled_options():
    """Options sent to a worker process (pickled) carry the analyser options, not the
    parent's caches or loaded models."""
    import pickle

    from tqa.ko.analyser import AnalyserOptions

    options = Options(fast=True, select=["name"], korean=AnalyserOptions(multi_dict=False))
    check_pairs(NAME_PAIRS, options)
    copy = pickle.loads(pickle.dumps(options))
    assert copy.resources is not options.resources and copy.resources.key == options.resources.key
    assert copy.resources._korean is None  # nothing loaded or analysed yet
    assert _mentions(copy) == _mentions(options)
