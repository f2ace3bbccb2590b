"""Exit codes a CI job can trust (issue 16): 0 clean, 1 issues found, 2 could not complete.

A bug inside tqa used to end in a traceback with exit 1, the code for "issues found";
SIGTERM during a report write left a hidden temporary file beside the report.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

from tqa.cli import main


@pytest.fixture
def pair(tmp_path):
    source = tmp_path / "note.ko.txt"
    target = tmp_path / "note.en.txt"
    source.write_text("예산은 1억 달러였다.\n시장은 새 공원을 열었다.\n", encoding="utf-8")
    target.write_text("The budget was 1 billion dollars.\nThe mayor opened a new park.\n", encoding="utf-8")
    return source, target


def run_python(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          timeout=300)


def test_the_three_exit_codes(pair, tmp_path, capsys):
    source, target = pair
    base = ["check", str(source), str(target), "--parallel", "--fast", "--select", "number"]
    assert main(base) == 1  # 1억 달러 is not 1 billion dollars
    assert main(base + ["--fail-on", "never"]) == 0
    assert main(base + ["--fail-on", "sometimes"]) == 2  # usage error
    assert main(["check", str(tmp_path / "missing.ko.txt"), str(target)]) == 2  # input error
    err = capsys.readouterr().err
    assert err.count("tqa: error:") == 2 and "Traceback" not in err


def test_an_internal_error_is_one_line_and_exit_2_not_1(pair, tmp_path, monkeypatch, capsys):
    import tqa.report.json_report

    def broken(*args, **kwargs):
        raise KeyError("schema")

    monkeypatch.setattr(tqa.report.json_report, "render", broken)
    source, target = pair
    out = tmp_path / "report.json"
    assert main(["check", str(source), str(target), "--parallel", "--fast", "--format", "json", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == "tqa: internal error: KeyError: 'schema' (TQA_DEBUG=1 shows the traceback)\n"
    assert not out.exists()


def test_the_entry_point_exits_2_on_a_bug_and_tqa_debug_shows_the_traceback(tmp_path):
    code = """
        import sys, tqa.cli
        tqa.cli.COMMANDS["rules"] = lambda args: {}["missing"]
        tqa.cli.entry_point()
    """
    quiet = run_python(code, "rules")
    assert quiet.returncode == 2 and quiet.stderr.count("\n") == 1, quiet.stderr
    assert quiet.stderr.startswith("tqa: internal error: KeyError") and "Traceback" not in quiet.stderr
    import os

    loud = subprocess.run([sys.executable, "-c", textwrap.dedent(code), "rules"], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "TQA_DEBUG": "1"})
    assert loud.returncode == 2 and "Traceback" in loud.stderr and "tqa: internal error: KeyError" in loud.stderr


# --- signals during a report write ------------------------------------------------------

SIGNAL_DURING_WRITE = """
    import os, signal, sys
    import tqa.cli

    real_replace = os.replace
    arriving = getattr(signal, sys.argv[1])
    # A background job (CI, `cmd &`) inherits SIGINT ignored; give the process the
    # disposition an interactive terminal gives it, which is what Ctrl-C meets.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    def replace_after_a_signal(source, target):  # the report is written, not yet renamed
        os.kill(os.getpid(), arriving)
        real_replace(source, target)
    tqa.cli.os.replace = replace_after_a_signal
    sys.argv[0:2] = ["tqa"]
    tqa.cli.entry_point()
"""


@pytest.mark.parametrize("signal_name, code, said", [("SIGTERM", 143, "tqa: terminated"),
                                                      ("SIGINT", 130, "tqa: interrupted")])
def test_a_signal_during_the_report_write_leaves_no_temporary_file(pair, tmp_path, signal_name, code, said):
    source, target = pair
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    result = run_python(SIGNAL_DURING_WRITE, signal_name, "check", str(source), str(target), "--parallel", "--fast",
                        "--format", "json", "-o", str(report))
    assert result.returncode == code, result.stderr
    assert result.stderr.strip() == said
    assert list(report.parent.iterdir()) == []  # neither the report nor its hidden temporary file


def test_near_miss_without_a_signal_the_report_is_written(pair, tmp_path):
    source, target = pair
    report = tmp_path / "report.json"
    result = run_python("import sys, tqa.cli\nsys.argv[0] = 'tqa'\ntqa.cli.entry_point()", "check", str(source),
                        str(target), "--parallel", "--fast", "--format", "json", "-o", str(report))
    assert result.returncode == 1 and report.exists()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # in-process runs restore the handler
