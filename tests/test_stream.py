"""A big input read as a stream and checked in sections (``tqa check --section N``, :mod:`tqa.stream`).

The sentences are the test author's own. Sections are made tiny so that a small input is
cut into several of them, as a big one is by the default size."""
from __future__ import annotations

import json

import pytest

from tqa import stream
from tqa.checks.registry import all_rules
from tqa.cli import main
from tqa.parallel import is_local
from tqa.pipeline import Options

from news_pairs import PAIRS

LOCAL = {rule.code for rule in all_rules() if is_local(rule, True)}


def _tsv(path, pairs):
    path.write_text("".join(f"{k}\t{e}\n" for k, e in pairs), encoding="utf-8")
    return path


def _parallel(folder, stem, pairs, end="\n"):
    ko, en = folder / f"{stem}.ko.txt", folder / f"{stem}.en.txt"
    ko.write_text("".join(k + end for k, _ in pairs), encoding="utf-8", newline="")
    en.write_text("".join(e + end for _, e in pairs), encoding="utf-8", newline="")
    return ko, en


def _jsonl(path, *args):
    code = main(["check", *args, "--fast", "--fail-on", "never", "-o", str(path), "--format", "jsonl"])
    assert code == 0
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _plain(records, shift=0, lines=0, target_shift=None):
    """Findings without paths and fingerprints, numbered ``shift`` segments (``target_shift``
    on the target side) and ``lines`` lines on."""
    result = []
    target_shift = shift if target_shift is None else target_shift
    for record in records:
        record = {k: v for k, v in record.items() if k not in ("source_path", "target_path", "fingerprint")}
        record["source_segments"] = [i + shift for i in record["source_segments"]]
        record["target_segments"] = [i + target_shift for i in record["target_segments"]]
        for key in ("source_line", "target_line"):
            if key in record:
                record[key] += lines
        result.append(record)
    return result


@pytest.mark.parametrize("kind", ["tsv", "parallel", "parallel-crlf"])
def test_each_section_is_checked_as_the_document_of_its_pairs(tmp_path, kind):
    """Three sections: the findings are those of three runs over the three slices of the
    input, numbered as in the whole input, in input order."""
    pairs = PAIRS * 3
    size = 14

    def args_for(stem, chosen):
        if kind == "tsv":
            return [str(_tsv(tmp_path / f"{stem}.tsv", chosen))]
        ko, en = _parallel(tmp_path, stem, chosen, "\r\n" if kind == "parallel-crlf" else "\n")
        return [str(ko), str(en), "--parallel"]

    streamed = _jsonl(tmp_path / "streamed.jsonl", *args_for("all", pairs), "--section", str(size))
    expected = []
    for start in range(0, len(pairs), size):
        part = _jsonl(tmp_path / f"part{start}.jsonl", *args_for(f"part{start}", pairs[start:start + size]))
        # a TSV unit's line is its own; a --parallel line counts the lines before the slice,
        # and a blank translation line is no target segment
        targets = start if kind == "tsv" else sum(1 for _, e in pairs[:start] if e)
        expected += _plain(part, start, start, targets)
    assert streamed and _plain(streamed) == expected
    fingerprints = [record["fingerprint"] for record in streamed]
    assert len(set(fingerprints)) == len(fingerprints)  # counted over the whole input, never twice


def test_pair_rules_find_what_they_find_in_the_whole_input(tmp_path):
    """Pair-local findings, fingerprints included, are those of the input read whole."""
    path = _tsv(tmp_path / "in.tsv", PAIRS * 4)
    whole = _jsonl(tmp_path / "whole.jsonl", str(path), "--section", "0")
    streamed = _jsonl(tmp_path / "streamed.jsonl", str(path), "--section", "10")
    local_whole = [r for r in whole if r["rule"] in LOCAL]
    local_streamed = [r for r in streamed if r["rule"] in LOCAL]
    assert local_whole and local_streamed == local_whole


def _name_findings(records):
    return [r for r in records if r["rule"].startswith("TQA2") and r["rule"] not in LOCAL]


def test_a_name_recurring_within_a_section_is_compared_and_across_sections_is_not(tmp_path):
    """Kim Min-su (pair 0) and Kim Minsu (pair 13): compared when one section holds both,
    as in the input read whole; not when they fall in two sections (what --section trades)."""
    path = _tsv(tmp_path / "in.tsv", PAIRS + PAIRS[1:3])
    whole = _name_findings(_jsonl(tmp_path / "whole.jsonl", str(path), "--section", "0"))
    together = _name_findings(_jsonl(tmp_path / "together.jsonl", str(path), "--section", "14"))
    apart = _name_findings(_jsonl(tmp_path / "apart.jsonl", str(path), "--section", "10"))
    respelt = [r for r in whole if r["source_segments"] == [13] and "Kim Min-su" in r["message"]]
    assert {r["rule"] for r in respelt} >= {"TQA203"}, "Kim Minsu at pair 13 against Kim Min-su at pair 0"
    assert together == whole
    assert not [r for r in apart if r["source_segments"] == [13] and "Kim Min-su" in r["message"]]
    # what one section holds alone is still compared: 김 장관 → Gim against Kim Min-su (pairs 0 and 3)
    assert [r for r in apart if r["source_segments"] == [3]] == [r for r in whole if r["source_segments"] == [3]]


def test_an_input_of_at_most_one_section_is_read_whole(tmp_path):
    path = _tsv(tmp_path / "in.tsv", PAIRS)
    assert stream.plan(str(path), None, Options(fast=True), section=len(PAIRS)) is None
    assert stream.plan(str(path), None, Options(fast=True), section=0) is None
    planned = stream.plan(str(path), None, Options(fast=True), section=5)
    assert (planned.pairs, planned.sections) == (len(PAIRS), 3)


def test_other_reports_get_the_sections_joined(tmp_path):
    """JSON holds one document: every segment at its place in the input, the findings of the JSONL."""
    ko, en = _parallel(tmp_path, "in", PAIRS * 2)
    streamed = _jsonl(tmp_path / "streamed.jsonl", str(ko), str(en), "--parallel", "--section", "9")
    out = tmp_path / "report.json"
    assert main(["check", str(ko), str(en), "--parallel", "--fast", "--fail-on", "never", "--section", "9",
                 "-o", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    [document] = report["documents"]
    text = ko.read_text(encoding="utf-8")
    assert [s["id"] for s in document["source_segments"]] == list(range(len(PAIRS) * 2))
    assert all(text[s["start"]:s["end"]] == s["text"] for s in document["source_segments"])
    assert len(document["links"]) == len(PAIRS) * 2
    strip = ("source_path", "target_path")
    assert [{k: v for k, v in r.items() if k not in strip} for r in streamed] == document["issues"]


def _check(*args):
    return main(["check", *args])


def test_bad_line_far_in_the_input_is_one_error_and_no_report(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"source": k, "target": e}, ensure_ascii=False) for k, e in PAIRS * 3]
    lines[35] = '{"source": "깨진 줄", "target": '
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("earlier report\n", encoding="utf-8")
    code = _check(str(path), "--fast", "--section", "5", "-o", str(out))
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and "line 36" in err[0] and "Traceback" not in err[0]
    assert out.read_text(encoding="utf-8") == "earlier report\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_parallel_line_count_mismatch_is_the_error_of_the_whole_reader(tmp_path, capsys):
    ko, en = _parallel(tmp_path, "in", PAIRS * 2)
    en.write_text("".join(e + "\n" for _, e in PAIRS * 2)[:-1] + "\nan extra line\n", encoding="utf-8")
    whole = _check(str(ko), str(en), "--parallel", "--fast", "--section", "0", "-o", str(tmp_path / "a.jsonl"))
    whole_err = capsys.readouterr().err
    streamed = _check(str(ko), str(en), "--parallel", "--fast", "--section", "5", "-o", str(tmp_path / "b.jsonl"))
    streamed_err = capsys.readouterr().err
    assert whole == streamed == 2
    assert streamed_err == whole_err and "same number of lines" in streamed_err
    assert not (tmp_path / "b.jsonl").exists()


def test_the_korean_analysers_cache_holds_one_section(tmp_path):
    """Every sentence distinct: the cache never holds more than a section's Korean texts."""
    pairs = [(f"{k} 그 {n}번째 문장이다.", f"{e} It is sentence {n}.") for n, (k, e) in
             enumerate(PAIRS * 3)]
    path = _tsv(tmp_path / "in.tsv", pairs)
    options = Options(fast=True)
    planned = stream.plan(str(path), None, options, section=8)
    sizes = []
    for section in stream.check_sections(planned, options):
        analyser = options.resources._korean
        sizes.append(len(analyser._cache))
    assert len(sizes) == planned.sections
    # a section's texts: its sentences (and their masked forms, the same here)
    assert max(sizes) <= 8 * 2
    assert options.resources._korean._cache  # the last section's analyses stay until the next


def test_sections_on_worker_processes_give_the_report_of_one_process(tmp_path, monkeypatch):
    from tqa import parallel

    monkeypatch.setattr(parallel, "MIN_CHUNK", 3)  # several chunks per section
    ko, en = _parallel(tmp_path, "in", PAIRS * 2)
    one = tmp_path / "one.jsonl"
    two = tmp_path / "two.jsonl"
    _jsonl(one, str(ko), str(en), "--parallel", "--section", "10", "-j", "1")
    _jsonl(two, str(ko), str(en), "--parallel", "--section", "10", "-j", "2")
    assert one.read_bytes() == two.read_bytes() and one.read_bytes()


def test_jsonl_on_stdout_is_the_report_of_the_file(tmp_path, capsys):
    path = _tsv(tmp_path / "in.tsv", PAIRS * 2)
    written = tmp_path / "out.jsonl"
    _jsonl(written, str(path), "--section", "6")
    capsys.readouterr()
    assert _check(str(path), "--fast", "--section", "6", "--format", "jsonl") == 1
    captured = capsys.readouterr()
    assert captured.out == written.read_text(encoding="utf-8")
    assert captured.err.count("\n") == 1 and "sections of 6" in captured.err


def test_a_joined_report_lists_each_name_once_with_segments_of_the_whole_input(tmp_path):
    """Kim Min-su is in every section: the names table of the joined JSON report has one row for
    him, pointing at his pairs in whole-input numbering, renderings counted over all sections."""
    ko, en = _parallel(tmp_path, "in", PAIRS * 3)
    out, whole = tmp_path / "report.json", tmp_path / "whole.json"
    for path, section in ((out, "9"), (whole, "0")):
        assert main(["check", str(ko), str(en), "--parallel", "--fast", "--fail-on", "never", "--section", section,
                     "-o", str(path)]) == 0
    [joined] = json.loads(out.read_text(encoding="utf-8"))["documents"]
    [single] = json.loads(whole.read_text(encoding="utf-8"))["documents"]
    rows = joined.get("tables", {}).get("names", [])
    keys = [(row["source"], row["kind"]) for row in rows]
    assert keys and len(keys) == len(set(keys))
    segments = {i for row in rows for i in row["source_segments"]}
    assert max(segments) >= 2 * len(PAIRS), "rows of the last section keep whole-input segment ids"
    # the full name's mentions in every section, at their whole-input ids (a section may also
    # resolve a surname-only mention the whole input leaves ambiguous: what --section trades)
    [kim] = [row for row in rows if row["source"] == "김민수"]
    [kim_whole] = [row for row in single["tables"]["names"] if row["source"] == "김민수"]
    assert set(kim_whole["source_segments"]) <= set(kim["source_segments"])
    assert {0, 13, 14, 27, 28, 41} <= set(kim["source_segments"])
