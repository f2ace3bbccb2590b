"""Rerunning a benchmark keeps what people wrote in its results file (``make bench`` reruns
every eval script; a session's notes in ``benchmarks/results/critical.md`` were once lost
that way), and a run that fails leaves the previous file as it was."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from results_file import HAND_WRITTEN, write_keeping_notes  # noqa: E402


def test_session_notes_survive_a_rerun(tmp_path):
    path = tmp_path / "critical.md"
    path.write_text("# figures\n\n| a | 0.50 |\n\n## Session notes: first round\n\nwhy 0.50\n\n"
                    "## Session notes: second round\n\nmore\n", encoding="utf-8")
    write_keeping_notes(path, "# figures\n\n| a | 0.61 |\n")
    text = path.read_text(encoding="utf-8")
    assert "| a | 0.61 |" in text and "| a | 0.50 |" not in text
    assert text.endswith("## Session notes: first round\n\nwhy 0.50\n\n## Session notes: second round\n\nmore\n")


def test_a_heading_that_only_mentions_notes_inside_a_line_is_measured_text(tmp_path):
    path = tmp_path / "r.md"
    path.write_text("see ## Session notes below\nold figure\n", encoding="utf-8")
    write_keeping_notes(path, "new figure\n")
    assert path.read_text(encoding="utf-8") == "new figure\n"


def test_the_marker_keeps_everything_after_it_and_is_added_when_asked(tmp_path):
    path = tmp_path / "literal.md"
    write_keeping_notes(path, "run 1\n", marker=True)
    assert path.read_text(encoding="utf-8") == f"run 1\n\n{HAND_WRITTEN}\n"
    path.write_text(path.read_text(encoding="utf-8") + "\nour note\n", encoding="utf-8")
    write_keeping_notes(path, "run 2\n", marker=True)
    assert path.read_text(encoding="utf-8") == f"run 2\n\n{HAND_WRITTEN}\n\nour note\n"


def test_a_failed_write_leaves_the_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "unseen.md"
    path.write_text("previous\n", encoding="utf-8")

    def broken_replace(source, target):
        raise OSError("disk full")

    monkeypatch.setattr("results_file.os.replace", broken_replace)
    with pytest.raises(OSError):
        write_keeping_notes(path, "new\n")
    assert path.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["unseen.md"]  # no temporary left behind


@pytest.mark.parametrize("script", ["eval_critical.py", "eval_unseen.py", "eval_span_alignment.py",
                                    "eval_literal_independent.py"])
def test_scripts_with_hand_written_results_write_through_the_helper(script):
    source = (ROOT / "benchmarks" / script).read_text(encoding="utf-8")
    assert "write_keeping_notes(" in source
