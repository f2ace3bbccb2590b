"""Every config key checked by type, in tqa.toml and in [tool.tqa] of pyproject.toml
(issue 16): a value of the wrong type is one line naming the file and the key, exit 2 —
not a TypeError traceback."""
from __future__ import annotations

import pytest

from tqa.cli import main


@pytest.fixture
def pair(tmp_path):
    source = tmp_path / "memo.ko.txt"
    target = tmp_path / "memo.en.txt"
    source.write_text("그는 회의에 참석했다.\n", encoding="utf-8")
    target.write_text("He attended the the meeting.\n", encoding="utf-8")
    return source, target


BAD = [
    ('format = ["json"]\n', "'format' must be one of", "a list"),
    ("format = 5\n", "'format' must be one of", "a number"),
    ('fail-on = ["major"]\n', "'fail-on' must be critical, major, minor or never", "a list"),
    ("fail-on = true\n", "'fail-on' must be critical, major, minor or never", "a boolean"),
    ("fast = 1\n", "'fast' must be true or false", "a number"),
    ('select = [["number"]]\n', "'select' must be a list of strings", "a list"),
    ("ignore = {TQA020 = true}\n", "'ignore' must be a list of strings", "a table"),
    ("glossary = [1, 2]\n", "'glossary' must be a list of strings", "a number"),
    ('glossary = [""]\n', "'glossary' must be a list of strings", "an empty string"),
    ("glossary = 1979-05-27\n", "'glossary' must be a list of strings", "a date"),
    ('severity = "info"\n', "[severity] must be a table", "a string"),
    ("[severity]\nTQA020 = 3\n", "[severity] values must be one of", "TQA020 is a number"),
    ('[severity]\nTQA020 = ["info"]\n', "[severity] values must be one of", "TQA020 is a list"),
]


@pytest.mark.parametrize("content, complaint, kind", BAD)
def test_a_wrong_type_in_tqa_toml_is_one_line_and_exit_2(pair, tmp_path, capsys, monkeypatch, content, complaint,
                                                          kind):
    source, target = pair
    (tmp_path / "tqa.toml").write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # found, not named: as a project's config is
    assert main(["check", str(source), str(target), "--parallel", "--fast"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("tqa: error: ") and "tqa.toml: " in err, err
    assert complaint in err and kind in err and "Traceback" not in err


@pytest.mark.parametrize("content, complaint, kind", BAD)
def test_a_wrong_type_in_pyproject_tool_tqa_is_one_line_and_exit_2(pair, tmp_path, capsys, monkeypatch, content,
                                                                     complaint, kind):
    source, target = pair
    table = "\n".join(line if not line.startswith("[severity]") else "[tool.tqa.severity]"
                      for line in content.splitlines())
    (tmp_path / "pyproject.toml").write_text(f'[project]\nname = "memo"\n\n[tool.tqa]\n{table}\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(source), str(target), "--parallel", "--fast"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pyproject.toml: " in err and complaint in err and kind in err, err


@pytest.mark.parametrize("content, complaint", [
    ('[tool]\ntqa = 5\n', "[tool.tqa] must be a table of settings, not a number (5)"),
    ('[tool]\ntqa = "fast"\n', "[tool.tqa] must be a table of settings, not a string"),
    ('[tool]\ntqa = [1]\n', "[tool.tqa] must be a table of settings, not a list"),
])
def test_a_tqa_key_that_is_not_a_table_in_pyproject_is_reported(pair, tmp_path, capsys, monkeypatch, content,
                                                                  complaint):
    source, target = pair
    (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(source), str(target), "--parallel", "--fast"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and complaint in err, err


@pytest.mark.parametrize("content", ['tool = 5\n', 'tool = "xtqa"\n', '[tool.black]\nline-length = 100\n'])
def test_near_miss_a_pyproject_without_tool_tqa_is_not_our_config(pair, tmp_path, capsys, monkeypatch, content):
    source, target = pair
    (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(source), str(target), "--parallel", "--fast", "--select", "fluency"]) == 0
    assert capsys.readouterr().err == ""


def test_near_miss_every_key_with_its_right_type_is_accepted(pair, tmp_path, capsys, monkeypatch):
    source, target = pair
    (tmp_path / "terms.csv").write_text("source,target\n회의,meeting\n", encoding="utf-8")
    (tmp_path / "tqa.toml").write_text(
        'select = "fluency"\nignore = ["TQA021"]\nfail-on = "minor"\nfast = true\nformat = "jsonl"\n'
        'glossary = "terms.csv"\n[severity]\nTQA020 = "info"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(source), str(target), "--parallel"]) == 0  # TQA020 made info: under minor
    assert '"severity": "info"' in capsys.readouterr().out
