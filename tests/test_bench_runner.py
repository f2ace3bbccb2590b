"""The bench runner's plumbing (benchmarks/run.py): data building, PO writing, timing,
RESULTS.md merging and the clean skip without shared data. No benchmark is run here."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

RUNNER_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


@pytest.fixture(scope="module")
def runner():
    spec = importlib.util.spec_from_file_location("bench_runner", RUNNER_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def test_cycled_pairs_repeat_every_set_in_order(runner):
    sets = {"b": [("나", "b")], "a": [("가", "a"), ("다", "c")]}
    assert runner.cycled_pairs(sets, 7) == [("가", "a"), ("다", "c"), ("나", "b")] * 2 + [("가", "a")]


def test_po_file_round_trips_through_translate_toolkit(runner, tmp_path):
    from translate.storage import po

    pairs = [('그는 "안녕" \\ 했다', 'He said "hi" \\'), ('그는 "안녕" \\ 했다', "Again"), ("탭\t있음", "tab\there")]
    path = runner.write_po(pairs, tmp_path / "x.po")
    units = [unit for unit in po.pofile(path.read_bytes()).units if not unit.isheader()]
    assert [(unit.source, unit.target) for unit in units] == pairs


def test_pofilter_flags_are_counted_per_test(runner, tmp_path):
    pairs = [("사과 3개", "3 apples"), ("사과 3개", "4 apples"), ("배 2개", "two pears")]
    po_path = runner.write_po(pairs, tmp_path / "in.po")
    run = runner.timed_run("pofilter", runner.pofilter_command(po_path, tmp_path / "out.po", "numbers"), 3)
    assert run.ok, run.error
    counts = runner.pofilter_flag_counts(tmp_path / "out.po")
    assert counts == {"flagged_pairs": 2, "by_test": {"numbers": 2}}


def test_timed_run_measures_and_reports_failures(runner):
    good = runner.timed_run("ok", [sys.executable, "-c", "sum(range(10**5))"], 10)
    assert good.ok and good.wall > 0 and good.peak_mb > 0 and good.rate > 0
    bad = runner.timed_run("bad", [sys.executable, "-c", "import sys; sys.exit('boom')"], 1)
    assert not bad.ok and "boom" in bad.error and bad.returncode == 1


def test_results_keep_sections_a_partial_run_does_not_regenerate(runner, tmp_path, monkeypatch):
    results = tmp_path / "RESULTS.md"
    monkeypatch.setattr(runner, "RESULTS_MD", results)
    runner.write_results(["## Throughput: tqa vs pofilter\n\nold speed\n", "## Evaluations\n\nold evals\n"])
    runner.write_results(["## Evaluations\n\nnew evals\n"])
    text = results.read_text(encoding="utf-8")
    assert "old speed" in text and "new evals" in text and "old evals" not in text
    assert text.index("Throughput") < text.index("Evaluations")


def test_missing_shared_data_skips_cleanly(runner, tmp_path, monkeypatch, capsys):
    results = tmp_path / "RESULTS.md"
    results.write_text("keep me\n", encoding="utf-8")
    monkeypatch.setattr(runner, "RESULTS_MD", results)
    monkeypatch.setattr(runner, "DATA", tmp_path / "absent")
    assert runner.main(["--skip-evals"]) == 0
    assert "shared data not found" in capsys.readouterr().out
    assert results.read_text(encoding="utf-8") == "keep me\n"


def test_eval_headings_are_nested(runner):
    assert runner._demote_headings("# Numbers\n## Recall\n#### Deep\n#hashtag") == \
        "#### Numbers\n##### Recall\n###### Deep\n#hashtag"
