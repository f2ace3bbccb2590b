"""The editor's and the CI's workflow (issue 14): baselines, suppressions, many files and
many reports in one run, one-line formats for CI and editors."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tqa.cli import main

KO = ["정부는 1억 달러를 지원한다.", "회의는 2019년 4월에 열렸다.", "그는 회의에 참석했다."]
EN = ["The government will provide 1 billion dollars.", "The meeting was held in April 2019.",
      "He attended the meeting."]


def write_pair(folder: Path, stem: str, ko: list[str], en: list[str]) -> tuple[Path, Path]:
    source, target = folder / f"{stem}.ko.txt", folder / f"{stem}.en.txt"
    source.write_text("\n".join(ko) + "\n", encoding="utf-8")
    target.write_text("\n".join(en) + "\n", encoding="utf-8")
    return source, target


def run(*args) -> int:
    return main([str(a) for a in args])


def test_baseline_accepts_known_findings_and_fails_on_a_new_one(tmp_path):
    source, target = write_pair(tmp_path, "news", KO, EN)
    baseline = tmp_path / "tqa-baseline.json"
    common = ["check", source, target, "--parallel", "--fast", "--fail-on", "minor", "-o", tmp_path / "r.json",
              "--format", "json"]
    assert run(*common) == 1                                        # 1억 달러 → 1 billion: a finding
    assert run(*common, "--baseline", baseline, "--update-baseline") == 1
    assert run(*common, "--baseline", baseline) == 0                # accepted: no longer fails the run
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert {i["baseline"] for i in report["documents"][0]["issues"]} == {"accepted"}
    # an unrelated edit elsewhere (a new first sentence) keeps the baseline valid …
    write_pair(tmp_path, "news", ["새 문장이 앞에 들어왔다."] + KO, ["A new sentence came first."] + EN)
    assert run(*common, "--baseline", baseline) == 0
    # … and one new error fails it
    write_pair(tmp_path, "news", KO, EN[:1] + ["The meeting was held in April 2018."] + EN[2:])
    assert run(*common, "--baseline", baseline) == 1
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    new = [i for i in report["documents"][0]["issues"] if "baseline" not in i]
    assert [i["rule"] for i in new] == ["TQA140"]


def test_a_decisions_file_keeps_its_statuses_and_bad_baselines_are_refused(tmp_path, capsys):
    source, target = write_pair(tmp_path, "news", KO, EN)
    baseline = tmp_path / "decisions.json"
    run("check", source, target, "--parallel", "--fast", "--baseline", baseline, "--update-baseline",
        "-o", tmp_path / "r.txt")
    data = json.loads(baseline.read_text(encoding="utf-8"))
    data["findings"][0]["status"] = "false-alarm"
    baseline.write_text(json.dumps(data), encoding="utf-8")
    run("check", source, target, "--parallel", "--fast", "--baseline", baseline, "--update-baseline",
        "-o", tmp_path / "r.txt")
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]["status"] == "false-alarm"
    (tmp_path / "bad.json").write_text('{"findings": 3}', encoding="utf-8")
    capsys.readouterr()
    assert run("check", source, target, "--parallel", "--fast", "--baseline", tmp_path / "bad.json") == 2
    assert "not a tqa baseline file" in capsys.readouterr().err


def test_inline_and_per_file_suppressions(tmp_path):
    xliff = tmp_path / "job.xlf"
    xliff.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko" trgLang="en"><file id="f">'
        '<unit id="1"><notes><note>tqa: ignore TQA101</note></notes><segment><source>정부는 1억 달러를 지원한다.</source>'
        '<target>The government will provide 1 billion dollars.</target></segment></unit>'
        '<unit id="2"><segment><source>회의는 2019년 4월에 열렸다.</source>'
        '<target>The meeting was held in April 2018.</target></segment></unit></file></xliff>\n', encoding="utf-8")
    out = tmp_path / "r.json"
    assert run("check", xliff, "--fast", "--select", "number,date", "--format", "json", "-o", out) == 1
    issues = json.loads(out.read_text(encoding="utf-8"))["documents"][0]["issues"]
    assert {(i["rule"], i.get("baseline")) for i in issues} == {("TQA101", "suppressed"), ("TQA140", None)}
    (tmp_path / "tqa.toml").write_text('[per-file-ignores]\n"*.xlf" = ["TQA140"]\n', encoding="utf-8")
    assert run("check", xliff, "--fast", "--select", "number,date", "--config", tmp_path / "tqa.toml",
               "--format", "json", "-o", out) == 0


def test_one_run_writes_several_reports_by_extension(tmp_path):
    source, target = write_pair(tmp_path, "news", KO, EN)
    outputs = [tmp_path / name for name in ("r.sarif", "r.html", "r.xml", "r.json")]
    args = ["check", source, target, "--parallel", "--fast", "--fail-on", "never"]
    for output in outputs:
        args += ["-o", output]
    assert run(*args) == 0
    assert json.loads(outputs[0].read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert outputs[1].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "<testsuites" in outputs[2].read_text(encoding="utf-8")
    assert json.loads(outputs[3].read_text(encoding="utf-8"))["schema"] == 1
    assert run("check", source, target, "--parallel", "--fast", "--format", "concise",
               "--format", f"sarif:{tmp_path / 'b.sarif'}", "-o", tmp_path / "c.txt", "--fail-on", "never") == 0
    assert (tmp_path / "b.sarif").exists() and ":1:" in (tmp_path / "c.txt").read_text(encoding="utf-8")


def test_concise_and_github_lines_point_at_file_lines(tmp_path, capsys):
    source, target = write_pair(tmp_path, "news", KO, EN)
    run("check", source, target, "--parallel", "--fast", "--select", "number", "--format", "concise")
    line = capsys.readouterr().out.strip().splitlines()[0]
    assert line.startswith(f"{target}:1:") and " TQA101 [major] " in line
    run("check", source, target, "--parallel", "--fast", "--select", "number", "--format", "github")
    annotation = capsys.readouterr().out.strip().splitlines()[0]
    assert annotation.startswith(f"::error file={target},line=1,col=") and "title=TQA101 number::" in annotation


def test_json_findings_carry_file_lines(tmp_path):
    source, target = write_pair(tmp_path, "news", KO, EN)
    out = tmp_path / "r.json"
    run("check", source, target, "--parallel", "--fast", "--select", "date", "-o", out)
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["issues"] == []
    write_pair(tmp_path, "news", KO, EN[:1] + ["The meeting was held in April 2018."] + EN[2:])
    run("check", source, target, "--parallel", "--fast", "--select", "date", "-o", out)
    issue = json.loads(out.read_text(encoding="utf-8"))["documents"][0]["issues"][0]
    assert (issue["source_line"], issue["target_line"]) == (2, 2) and issue["fingerprint"]


def test_a_folder_pairs_files_by_name_and_reports_them_together(tmp_path):
    write_pair(tmp_path, "one", KO[:1], EN[:1])
    (tmp_path / "sub").mkdir()
    write_pair(tmp_path / "sub", "two", KO[1:], EN[1:])
    (tmp_path / "lonely.ko.txt").write_text("짝이 없다.\n", encoding="utf-8")  # no English: not a pair
    out = tmp_path / "all.json"
    assert run("check", tmp_path, "--fast", "--segmented", "--select", "number", "-o", out, "--fail-on", "never") == 0
    documents = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert sorted(Path(d["source_path"]).name for d in documents) == ["one.ko.txt", "two.ko.txt"]
    manifest = tmp_path / "list.csv"
    manifest.write_text("source,target\none.ko.txt,one.en.txt\n", encoding="utf-8")
    assert run("check", "--manifest", manifest, "--fast", "--segmented", "-o", out, "--fail-on", "never") == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["documents"]) == 1


def test_changed_since_checks_only_changed_pairs(tmp_path, monkeypatch):
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    write_pair(tmp_path, "one", KO[:1], EN[:1])
    write_pair(tmp_path, "two", KO[1:2], EN[1:2])
    subprocess.run(git + ["-C", str(tmp_path), "add", "."], check=True)
    subprocess.run(git + ["-C", str(tmp_path), "commit", "-q", "-m", "start"], check=True)
    write_pair(tmp_path, "two", KO[1:2], ["The meeting was held in April 2018."])
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "r.json"
    assert run("check", tmp_path, "--changed-since", "HEAD", "--fast", "--segmented", "-o", out) == 1
    documents = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert [Path(d["source_path"]).name for d in documents] == ["two.ko.txt"]


def test_mistyped_flags_get_a_suggestion(capsys):
    assert main(["check", "a.ko.txt", "a.en.txt", "--fial-on", "minor"]) == 2
    assert "did you mean --fail-on?" in capsys.readouterr().err
    assert main(["check", "a.ko.txt", "a.en.txt", "--format", "sarf"]) == 2
    assert "did you mean sarif?" in capsys.readouterr().err


def test_config_is_found_by_walking_up_to_the_repository_root(tmp_path, monkeypatch):
    from tqa.config import find_config

    (tmp_path / ".git").mkdir()
    (tmp_path / "tqa.toml").write_text('select = ["number"]\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == (tmp_path / "tqa.toml").resolve()
    outside = tmp_path / "a" / "repo"
    (outside / ".git").mkdir(parents=True)
    assert find_config(outside) is None  # a repository's root stops the walk


@pytest.mark.parametrize("name", ["README.md"])
def test_readme_config_example_is_valid(name, tmp_path):
    """The README's tqa.toml example is accepted as written."""
    from tqa.config import load_config

    readme = (Path(__file__).resolve().parent.parent / name).read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "tqa.toml").write_text(example, encoding="utf-8")
    (tmp_path / "glossary").mkdir()
    assert load_config(tmp_path / "tqa.toml")["select"]


def test_pre_commit_hook_checks_each_changed_pair_once(tmp_path, capsys):
    from tqa.cli import pre_commit

    source, target = write_pair(tmp_path, "news", KO, EN)
    other_source, other_target = write_pair(tmp_path, "fine", KO[1:], EN[1:])
    code = pre_commit(["--fast", "--format", "concise", "--pairs", "--parallel", str(source), str(target),
                       str(other_target)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1 and lines and all(line.startswith(str(target)) for line in lines)
    assert sum(" TQA101 " in line for line in lines) == 1  # the pair is checked once, not twice
    assert pre_commit(["--fast", "--pairs", "--parallel", str(other_source)]) == 0
