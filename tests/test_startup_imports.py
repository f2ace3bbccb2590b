"""What a narrow run loads: ``tqa check --parallel --fast --select number,date`` on two
plain-text files reads no XML and starts no worker, so it imports neither lxml nor the
multiprocessing machinery, nor the Korean analyser; a bilingual XML file still reads."""
from __future__ import annotations

import subprocess
import sys

import pytest


def _modules_after_check(tmp_path, *extra: str) -> set[str]:
    ko, en = tmp_path / "a.ko.txt", tmp_path / "a.en.txt"
    ko.write_text("사과 3개를 샀다.\n회의는 5월 2일에 열린다.\n", encoding="utf-8")
    en.write_text("I bought four apples.\nThe meeting is on May 2.\n", encoding="utf-8")
    out = tmp_path / "report.json"
    code = ("import sys, tqa.cli; tqa.cli.main(sys.argv[1:]); "
            "print('\\n'.join(sorted(sys.modules)))")
    run = subprocess.run([sys.executable, "-c", code, "check", str(ko), str(en), "--parallel", "--fast",
                          "--format", "json", "-o", str(out), "--fail-on", "never", *extra],
                         capture_output=True, text=True, check=True)
    assert out.read_text(encoding="utf-8").startswith("{")
    return set(run.stdout.split())


def test_a_number_run_on_plain_text_loads_no_xml_no_workers_no_analyser(tmp_path):
    loaded = _modules_after_check(tmp_path, "--select", "number,date")
    assert "tqa.checks.numbers" in loaded
    for module in ("lxml", "lxml.etree", "tqa.io.tmx", "tqa.io.xliff", "concurrent.futures.process",
                   "multiprocessing", "kiwipiepy", "numpy"):
        assert module not in loaded, module


def test_tmx_is_still_written_and_read_when_asked_for(tmp_path):
    from tqa.io import read_bilingual, write_tmx

    path = tmp_path / "pairs.tmx"
    write_tmx([("사과 3개", "three apples")], path)
    units = read_bilingual(path)
    assert [(unit.source, unit.target) for unit in units] == [("사과 3개", "three apples")]


def test_an_unknown_io_name_is_an_attribute_error():
    import tqa.io

    with pytest.raises(AttributeError):
        tqa.io.no_such_reader  # noqa: B018
