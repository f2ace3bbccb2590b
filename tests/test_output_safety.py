"""A report never lands on a file the run reads, whatever name reaches it (issue 16).

Each case is how a careless user meets it: ``-o`` given the glossary, the config (named
or found), a symlink to a termbase, a ``..`` path to the source, a hard link to the
target. The file must be untouched and the error one line with exit 2.
"""
from __future__ import annotations

import os

import pytest

from tqa.cli import main


@pytest.fixture
def job(tmp_path):
    source = tmp_path / "brief.ko.txt"
    target = tmp_path / "brief.en.txt"
    source.write_text("통일부는 오늘 회의를 열었다.\n그는 회의에 참석했다.\n", encoding="utf-8")
    target.write_text("The Ministry of Unification held a meeting today.\nHe attended the the meeting.\n",
                      encoding="utf-8")
    glossary = tmp_path / "terms.csv"
    glossary.write_text("source,target\n통일부,Ministry of Unification\n", encoding="utf-8")
    return tmp_path, source, target, glossary


def check(source, target, *extra) -> int:
    return main(["check", str(source), str(target), "--parallel", "--fast", "--select", "fluency,term",
                 "--fail-on", "never", "--format", "json", *extra])


def refused(capsys, path, before: bytes, role: str) -> None:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("tqa: error: "), err
    assert f"is the {role} file" in err and "refusing to overwrite" in err
    assert path.read_bytes() == before


def test_report_aimed_at_the_glossary_is_refused_and_the_glossary_kept(job, capsys):
    folder, source, target, glossary = job
    before = glossary.read_bytes()
    assert check(source, target, "--glossary", str(glossary), "-o", str(glossary)) == 2
    refused(capsys, glossary, before, "glossary")


def test_report_aimed_at_the_named_config_is_refused(job, capsys):
    folder, source, target, _ = job
    config = folder / "settings.toml"
    config.write_text('fail-on = "never"\n', encoding="utf-8")
    before = config.read_bytes()
    assert check(source, target, "--config", str(config), "-o", str(config)) == 2
    refused(capsys, config, before, "config")


def test_report_aimed_at_a_config_found_in_the_folder_is_refused(job, capsys, monkeypatch):
    folder, source, target, _ = job
    pyproject = folder / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n[tool.tqa]\nfast = true\n', encoding="utf-8")
    before = pyproject.read_bytes()
    monkeypatch.chdir(folder)
    assert check(source, target, "-o", "pyproject.toml") == 2
    refused(capsys, pyproject, before, "config")


def test_report_aimed_at_a_glossary_from_the_config_is_refused(job, capsys, monkeypatch):
    folder, source, target, glossary = job
    (folder / "tqa.toml").write_text('glossary = ["terms.csv"]\n', encoding="utf-8")
    before = glossary.read_bytes()
    monkeypatch.chdir(folder)
    assert check(source, target, "-o", "./sub/../terms.csv") == 2
    refused(capsys, glossary, before, "glossary")


def test_report_through_a_symlink_to_the_glossary_is_refused(job, capsys):
    folder, source, target, glossary = job
    link = folder / "report.json"
    link.symlink_to(glossary)
    before = glossary.read_bytes()
    assert check(source, target, "--glossary", str(glossary), "-o", str(link)) == 2
    refused(capsys, glossary, before, "glossary")
    assert link.is_symlink()


def test_report_through_dotdot_or_a_hard_link_to_an_input_is_refused(job, capsys):
    folder, source, target, _ = job
    (folder / "sub").mkdir()
    before = source.read_bytes()
    assert check(source, target, "-o", str(folder / "sub" / ".." / source.name)) == 2
    refused(capsys, source, before, "input")
    twin = folder / "twin.txt"
    os.link(target, twin)
    before = target.read_bytes()
    assert check(source, target, "-o", str(twin)) == 2
    refused(capsys, target, before, "input")


def test_align_output_on_its_source_is_refused(job, capsys):
    folder, source, target, _ = job
    before = source.read_bytes()
    assert main(["align", str(source), str(target), "--fast", "-o", str(source)]) == 2
    refused(capsys, source, before, "input")


def test_near_miss_a_new_report_beside_the_glossary_is_written(job, capsys):
    folder, source, target, glossary = job
    report = folder / "terms.csv.json"
    assert check(source, target, "--glossary", str(glossary), "-o", str(report)) == 0
    assert report.read_text(encoding="utf-8").startswith("{")
    assert glossary.read_text(encoding="utf-8").startswith("source,target")
