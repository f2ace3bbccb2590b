"""Robustness fuzzing (issue 16): every file tqa reads, valid-but-weird or damaged, through
the library readers and through ``tqa check``.

The user-facing contract, for any input:

* a reader returns what it read or raises :class:`InputError` (one line naming the file);
* ``tqa check`` exits 0 or 1 with its report written, or 2 with one ``tqa: error: …`` line
  on stderr; never a traceback, never ``tqa: internal error``, never a report (or a
  temporary file) left behind by a failed run, never a changed input file;
* the same text gives the same findings, however it is written: NFC or NFD, LF or CRLF,
  with or without a BOM, UTF-8 or UTF-16.

The suite runs ``TQA_FUZZ_EXAMPLES`` examples per property (40 by default, to stay fast);
``benchmarks/fuzz_readers.py`` runs the same properties with thousands.
"""
from __future__ import annotations

import collections
import contextlib
import hashlib
import io
import itertools
import json
import os
import shutil
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_inputs import (BILINGUAL, DRESSINGS, GLOSSARY_TERMS, MONOLINGUAL, baseline_entry,
                         config_values, damage, damaged_file, dress, pairs, render_baseline, render_config,
                         render_glossary)
from tqa.io import InputError, read_bilingual, read_srt, read_text

EXAMPLES = int(os.environ.get("TQA_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much, HealthCheck.large_base_example])
#: examples run per property (read by the benchmark)
COUNTS: collections.Counter = collections.Counter()
#: damage kinds seen per property, and how the CLI ended (read by the benchmark)
OUTCOMES: collections.Counter = collections.Counter()
_WORK = Path(tempfile.mkdtemp(prefix="tqa-fuzz-"))
_numbers = itertools.count()

REPORT_FORMATS = ["json", "text", "sarif", "html", "jsonl", "junit", "csv", "concise", "github", "xliff"]
SUFFIX = {"json": ".json", "text": ".txt", "sarif": ".sarif", "html": ".html", "jsonl": ".jsonl",
          "junit": ".xml", "csv": ".csv", "concise": ".txt", "github": ".txt", "xliff": ".xlf"}


@contextlib.contextmanager
def workspace():
    """A fresh empty folder per example (removed afterwards: thousands of examples)."""
    folder = _WORK / f"e{next(_numbers)}"
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(argv: list[str], cwd: Path | None = None) -> tuple[int, str, str]:
    """``tqa ARGV`` in this process: (exit code, stdout, stderr)."""
    from tqa.cli import main

    out, err = io.StringIO(), io.StringIO()
    previous = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    finally:
        os.chdir(previous)
    return code, out.getvalue(), err.getvalue()


def one_line_input_error(error: InputError, path) -> None:
    assert "\n" not in str(error) and str(error).startswith(str(path)), str(error)


def read_or_refuse(reader, path):
    try:
        return reader(path)
    except InputError as error:
        one_line_input_error(error, path)
        return None


def assert_contract(code: int, out: str, err: str, inputs: list[Path], hashes: list[str],
                    output: Path | None, report_format: str, name: str) -> None:
    """The CLI contract for one run (see the module docstring)."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err, err
    assert all(line.startswith("tqa: ") for line in lines), err
    assert not any(line.startswith("tqa: internal error") for line in lines), err
    assert [digest(path) for path in inputs] == hashes, "an input file was changed"
    if output is not None:
        assert not [p.name for p in output.parent.iterdir() if p.name.endswith(".tmp")], "temporary file left"
    OUTCOMES[f"{name}: exit {code}"] += 1
    if code == 2:
        assert len([line for line in lines if line.startswith("tqa: error: ")]) == 1, err
        assert output is None or not output.exists(), "a report was written by a run that failed"
        return
    assert code in (0, 1), (code, err)
    report = output.read_text(encoding="utf-8") if output is not None else out
    if report_format == "json":
        json.loads(report)
    elif report_format in ("sarif",):
        json.loads(report)
    elif report_format in ("junit", "xliff"):
        from lxml import etree

        etree.fromstring(report.encode("utf-8"))


def findings(report: str) -> list[tuple]:
    """What must not depend on how the text was written: each finding's rule, severity,
    segments, lines, message, spans' texts (NFC) and fingerprint; and the segment count."""
    nfc = lambda text: unicodedata.normalize("NFC", text) if isinstance(text, str) else text  # noqa: E731
    rows = []
    for document in json.loads(report)["documents"]:
        rows.append(("segments", len(document["source_segments"]), len(document["target_segments"])))
        for issue in document["issues"]:
            rows.append((issue["rule"], issue["severity"], tuple(issue["source_segments"]),
                         tuple(issue["target_segments"]), issue.get("source_line"), issue.get("target_line"),
                         nfc(issue["message"]), nfc((issue.get("source_span") or {}).get("text")),
                         nfc((issue.get("target_span") or {}).get("text")), nfc(issue.get("suggestion")),
                         issue.get("fingerprint")))
    return sorted(rows, key=repr)


def check_json(argv: list[str], cwd: Path) -> tuple[int, str, list[tuple]]:
    code, out, err = run_cli(["check", *argv, "--fast", "--format", "json"], cwd=cwd)
    assert code in (0, 1), err
    assert "tqa: internal error" not in err and "Traceback" not in err, err
    return code, err, findings(out)


# ====================================================================== library readers

@FUZZ
@given(case=damaged_file())
def test_bilingual_readers_damaged(case):
    """TSV, CSV, JSONL, XLIFF 1.2/2.0, TMX, PO: units or one InputError line."""
    COUNTS["bilingual readers (damaged)"] += 1
    kind, how, data = case
    with workspace() as folder:
        path = folder / f"in{BILINGUAL[kind][0]}"
        path.write_bytes(data)
        units = read_or_refuse(read_bilingual, path)
        for unit in units or ():
            assert isinstance(unit.source, str) and isinstance(unit.target, str)
            for text in (unit.source, unit.target):
                text.encode("utf-8")  # no lone surrogate reaches the checks or the reports


@FUZZ
@given(rows=pairs, kind=st.sampled_from(sorted(MONOLINGUAL)), side=st.sampled_from([0, 1]),
       dressing=st.sampled_from(DRESSINGS), data=st.data())
def test_text_and_srt_readers_damaged(rows, kind, side, dressing, data):
    """Plain text and SRT: text or one InputError line."""
    COUNTS["text/SRT readers (damaged)"] += 1
    suffix, render = MONOLINGUAL[kind]
    raw = dress(render([row[side] for row in rows]), dressing)
    _how, damaged = data.draw(damage(raw, kind))
    with workspace() as folder:
        path = folder / f"in{suffix}"
        path.write_bytes(damaged)
        result = read_or_refuse(read_srt if kind == "srt" else read_text, path)
        if result is not None:
            text = result[0] if kind == "srt" else result
            assert isinstance(text, str)
            text.encode("utf-8")


@FUZZ
@given(kind=st.sampled_from(["csv", "tsv", "tbx"]), entries=st.lists(st.sampled_from(GLOSSARY_TERMS), min_size=1,
                                                                    max_size=5),
       dressing=st.sampled_from(DRESSINGS), damaged=st.booleans(), data=st.data())
def test_glossary_loader(kind, entries, dressing, damaged, data):
    """CSV/TSV/TBX glossaries: a glossary or one InputError line; undamaged ones load."""
    from tqa.glossary import load_glossary

    COUNTS["glossary loader"] += 1
    raw = dress(render_glossary(kind, entries), dressing)
    if damaged:
        raw = data.draw(damage(raw, kind))[1]
    with workspace() as folder:
        path = folder / f"terms.{kind}"
        path.write_bytes(raw)
        glossary = read_or_refuse(load_glossary, path)
        if not damaged:
            assert glossary is not None and len(glossary) == len(entries)
            assert {entry.source for entry in glossary.entries} == {source for source, _ in entries}


@FUZZ
@given(values=config_values, where=st.sampled_from(["tqa.toml", "pyproject.toml"]), damaged=st.booleans(),
       data=st.data())
def test_config_loader(values, where, damaged, data):
    """tqa.toml and [tool.tqa]: validated settings or one InputError line; find_config never raises."""
    from tqa.config import find_config, load_config

    COUNTS["config loader"] += 1
    text = render_config(values, pyproject=where == "pyproject.toml")
    raw = text.encode("utf-8")
    if damaged:
        raw = data.draw(damage(raw, "toml"))[1]
    with workspace() as folder:
        path = folder / where
        path.write_bytes(raw)
        (folder / ".git").mkdir()  # the walk up stops here
        found = find_config(folder)
        assert found in (None, path)
        settings_read = read_or_refuse(load_config, path)
        if settings_read is not None:
            assert isinstance(settings_read, dict)
            assert all(isinstance(item, str) for item in settings_read.get("glossary", []))


@FUZZ
@given(entries=st.lists(baseline_entry, max_size=4), damaged=st.booleans(), data=st.data())
def test_baseline_reader(entries, damaged, data):
    """Baseline files: fingerprint → decision, or one InputError line."""
    from tqa.baseline import STATUSES, read_baseline

    COUNTS["baseline reader"] += 1
    raw = render_baseline(entries).encode("utf-8")
    if damaged:
        raw = data.draw(damage(raw, "json"))[1]
    with workspace() as folder:
        path = folder / "baseline.json"
        path.write_bytes(raw)
        decisions = read_or_refuse(read_baseline, path)
        if decisions is not None:
            assert all(isinstance(k, str) and v in STATUSES for k, v in decisions.items())


# ====================================================================== the same text, the same findings

@FUZZ
@given(rows=pairs, kind=st.sampled_from(sorted(BILINGUAL)), dressing=st.sampled_from(DRESSINGS[1:]))
def test_bilingual_same_text_same_findings(rows, kind, dressing):
    """A bilingual file written in NFD, CRLF, with a BOM or in UTF-16 gives the findings of its plain copy."""
    COUNTS["same findings: bilingual"] += 1
    suffix, render = BILINGUAL[kind]
    text = render(rows)
    with workspace() as folder:
        (folder / f"plain{suffix}").write_bytes(dress(text, "plain"))
        (folder / f"dressed{suffix}").write_bytes(dress(text, dressing))
        _, _, plain = check_json([f"plain{suffix}"], folder)
        _, _, dressed = check_json([f"dressed{suffix}"], folder)
        assert dressed == plain


@FUZZ
@given(rows=pairs, kind=st.sampled_from(sorted(MONOLINGUAL)), dressing=st.sampled_from(DRESSINGS[1:]),
       mode=st.sampled_from([[], ["--parallel"], ["--segmented"]]))
def test_two_files_same_text_same_findings(rows, kind, dressing, mode):
    """A plain-text or SRT pair written another way gives the same findings, in every mode."""
    COUNTS["same findings: text/SRT pairs"] += 1
    suffix, render = MONOLINGUAL[kind]
    source, target = render([s for s, _ in rows]), render([t for _, t in rows])
    with workspace() as folder:
        for name, how in (("plain", "plain"), ("dressed", dressing)):
            (folder / f"{name}.ko{suffix}").write_bytes(dress(source, how))
            (folder / f"{name}.en{suffix}").write_bytes(dress(target, how))
        _, _, plain = check_json([f"plain.ko{suffix}", f"plain.en{suffix}", *mode], folder)
        _, _, dressed = check_json([f"dressed.ko{suffix}", f"dressed.en{suffix}", *mode], folder)
        assert dressed == plain


# ====================================================================== the CLI contract

def cli_case(folder: Path, argv: list[str], inputs: list[Path], report_format: str, to_file: bool, name: str):
    output = folder / f"report{SUFFIX[report_format]}" if to_file else None
    argv = ["check", *argv, "--fast", "--format", report_format] + (["-o", str(output)] if output else [])
    hashes = [digest(path) for path in inputs]
    code, out, err = run_cli(argv, cwd=folder)
    assert_contract(code, out, err, inputs, hashes, output, report_format, name)
    return code


@FUZZ
@given(case=damaged_file(), report_format=st.sampled_from(REPORT_FORMATS), to_file=st.booleans())
def test_cli_damaged_bilingual_file(case, report_format, to_file):
    COUNTS["CLI: damaged bilingual file"] += 1
    kind, how, data = case
    with workspace() as folder:
        path = folder / f"job{BILINGUAL[kind][0]}"
        path.write_bytes(data)
        cli_case(folder, [path.name], [path], report_format, to_file, "CLI bilingual")


@FUZZ
@given(rows=pairs, kind=st.sampled_from(sorted(MONOLINGUAL)), side=st.sampled_from([0, 1]),
       dressing=st.sampled_from(DRESSINGS), mode=st.sampled_from([[], ["--parallel"], ["--segmented"]]),
       report_format=st.sampled_from(REPORT_FORMATS), to_file=st.booleans(), data=st.data())
def test_cli_damaged_document_pair(rows, kind, side, dressing, mode, report_format, to_file, data):
    COUNTS["CLI: damaged text/SRT pair"] += 1
    suffix, render = MONOLINGUAL[kind]
    texts = [dress(render([s for s, _ in rows]), dressing), dress(render([t for _, t in rows]), dressing)]
    texts[side] = data.draw(damage(texts[side], kind))[1]
    with workspace() as folder:
        paths = [folder / f"doc.ko{suffix}", folder / f"doc.en{suffix}"]
        for path, raw in zip(paths, texts):
            path.write_bytes(raw)
        cli_case(folder, [p.name for p in paths] + mode, paths, report_format, to_file, "CLI pair")


def _good_pair(folder: Path) -> list[Path]:
    paths = [folder / "a.ko.txt", folder / "a.en.txt"]
    paths[0].write_text("2021년 3월에 시청은 한강 공원에서 새 다리를 지었다.\n", encoding="utf-8")
    paths[1].write_text("In March 2021 the city hall built a new bridge in the Han River park.\n", encoding="utf-8")
    return paths


@FUZZ
@given(kind=st.sampled_from(["csv", "tsv", "tbx"]), entries=st.lists(st.sampled_from(GLOSSARY_TERMS), min_size=1,
                                                                    max_size=4),
       dressing=st.sampled_from(DRESSINGS), report_format=st.sampled_from(REPORT_FORMATS), data=st.data())
def test_cli_damaged_glossary(kind, entries, dressing, report_format, data):
    COUNTS["CLI: damaged glossary"] += 1
    raw = data.draw(damage(dress(render_glossary(kind, entries), dressing), kind))[1]
    with workspace() as folder:
        paths = _good_pair(folder)
        glossary = folder / f"terms.{kind}"
        glossary.write_bytes(raw)
        cli_case(folder, [p.name for p in paths] + ["--glossary", glossary.name], paths + [glossary],
                 report_format, True, "CLI glossary")


@FUZZ
@given(values=config_values, where=st.sampled_from(["tqa.toml", "pyproject.toml", "--config"]),
       damaged=st.booleans(), report_format=st.sampled_from(REPORT_FORMATS), data=st.data())
def test_cli_damaged_config(values, where, damaged, report_format, data):
    """A config found by the walk up (tqa.toml, pyproject.toml) or named by --config."""
    COUNTS["CLI: damaged config"] += 1
    text = render_config(values, pyproject=where == "pyproject.toml")
    raw = text.encode("utf-8")
    if damaged:
        raw = data.draw(damage(raw, "toml"))[1]
    with workspace() as folder:
        (folder / ".git").mkdir()
        paths = _good_pair(folder)
        config = folder / ("settings.toml" if where == "--config" else where)
        config.write_bytes(raw)
        extra = ["--config", config.name] if where == "--config" else []
        cli_case(folder, [p.name for p in paths] + extra, paths + [config], report_format, True, "CLI config")


@FUZZ
@given(entries=st.lists(baseline_entry, max_size=4), damaged=st.booleans(), update=st.booleans(),
       report_format=st.sampled_from(REPORT_FORMATS), data=st.data())
def test_cli_damaged_baseline(entries, damaged, update, report_format, data):
    COUNTS["CLI: damaged baseline"] += 1
    raw = render_baseline(entries).encode("utf-8")
    if damaged:
        raw = data.draw(damage(raw, "json"))[1]
    with workspace() as folder:
        paths = _good_pair(folder)
        baseline = folder / "baseline.json"
        baseline.write_bytes(raw)
        argv = [p.name for p in paths] + ["--baseline", baseline.name] + (["--update-baseline"] if update else [])
        # --update-baseline rewrites the baseline on purpose: only the documents must stay as they were
        code = cli_case(folder, argv, paths + ([] if update else [baseline]), report_format, True, "CLI baseline")
        if update and code != 2:
            json.loads(baseline.read_text(encoding="utf-8"))
        if update and code == 2:
            assert baseline.read_bytes() == raw, "a failed run changed the baseline"


@FUZZ
@given(rows=st.lists(st.tuples(st.sampled_from(["a.ko.txt", "b.xlf", "", "../x", "a.en.txt", "nope.ko.txt",
                                                 "a,b", "\"q\""]),
                               st.sampled_from(["a.en.txt", "", "a.ko.txt", "missing.en.txt"])), max_size=4),
       header=st.sampled_from(["source,target\n", "src,tgt\n", "", "source\n"]), damaged=st.booleans(),
       report_format=st.sampled_from(REPORT_FORMATS), data=st.data())
def test_cli_damaged_manifest(rows, header, damaged, report_format, data):
    COUNTS["CLI: damaged manifest"] += 1
    raw = (header + "".join(f"{s},{t}\n" for s, t in rows)).encode("utf-8")
    if damaged:
        raw = data.draw(damage(raw, "csv"))[1]
    with workspace() as folder:
        paths = _good_pair(folder)
        (folder / "b.xlf").write_text(BILINGUAL["xliff12"][1]([("시청은 열었다.", "The city hall opened.")]),
                                      encoding="utf-8")
        manifest = folder / "pairs.csv"
        manifest.write_bytes(raw)
        cli_case(folder, ["--manifest", manifest.name], paths + [manifest], report_format, True, "CLI manifest")


# ====================================================================== regressions found by the fuzzing

def test_config_nested_too_deep_is_one_line_error():
    """tomllib recurses per nesting level: a config of 3,000 '[' was an internal error (RecursionError)."""
    from tqa.config import find_config, load_config

    with workspace() as folder:
        (folder / ".git").mkdir()
        paths = _good_pair(folder)
        config = folder / "tqa.toml"
        config.write_text("select = " + "[" * 3000, encoding="utf-8")
        try:
            load_config(config)
        except InputError as error:
            assert "nested too deep" in str(error)
        else:
            raise AssertionError("a config nested 3,000 deep was read")
        code, _, err = run_cli(["check", *(p.name for p in paths), "--fast"], cwd=folder)
        assert code == 2 and err.startswith(f"tqa: error: {config}") and err.count("\n") == 1, err
        # a pyproject.toml nested too deep is someone else's broken file: not taken for a tqa config
        config.unlink()
        (folder / "pyproject.toml").write_text("[tool.tqa]\nselect = " + "[" * 3000, encoding="utf-8")
        assert find_config(folder) is None


def test_manifest_path_with_nul_is_one_line_error():
    """A NUL in a manifest path was an internal error (ValueError: embedded null byte)."""
    with workspace() as folder:
        paths = _good_pair(folder)
        manifest = folder / "pairs.csv"
        manifest.write_bytes(b"source,target\n\x00a.ko.txt,a.en.txt\n")
        code, _, err = run_cli(["check", "--manifest", manifest.name, "--fast"], cwd=folder)
        assert code == 2 and err == f"tqa: error: {manifest.name}: row 2: a path holds a NUL character\n", err
        try:
            read_text(str(paths[0]) + "\x00")
        except InputError as error:
            assert "NUL character" in str(error)
        else:
            raise AssertionError("a name with a NUL was read")


def test_cr_only_line_ends_read_like_lf():
    """TSV, JSONL and PO files with old-Mac line ends (lone CR) were refused ('4 columns',
    'invalid JSON', 'expected a quoted string'); they read as their LF copies."""
    rows = [("시청은 열었다.", "The city hall opened."), ("박서연 과장은 말했다.", "Manager Park said.")]
    with workspace() as folder:
        for kind in ("tsv", "jsonl", "po"):
            suffix, render = BILINGUAL[kind]
            (folder / f"lf{suffix}").write_bytes(dress(render(rows), "plain"))
            (folder / f"cr{suffix}").write_bytes(dress(render(rows), "cr"))
            read = lambda name: [(u.source, u.target) for u in read_bilingual(folder / name)]  # noqa: E731
            assert read(f"cr{suffix}") == read(f"lf{suffix}") == rows


def test_cr_only_glossary_and_report_lines():
    """A CSV glossary with lone-CR line ends was refused ('new-line character seen in unquoted
    field'); findings in a CR-only text or TMX file were all reported on line 1."""
    from tqa.glossary import load_glossary

    with workspace() as folder:
        glossary = folder / "terms.csv"
        glossary.write_bytes(b"source,target\r\xec\x8b\x9c\xec\xb2\xad,city hall\r")
        assert [(e.source, e.targets) for e in load_glossary(glossary).entries] == [("시청", ["city hall"])]
        ko, en = "시청은 열었다.\n2021년 3월에 시청은 열었다.\n", "The city hall opened.\nIn March 2012 it opened.\n"
        (folder / "a.ko.txt").write_bytes(ko.replace("\n", "\r").encode())
        (folder / "a.en.txt").write_bytes(en.replace("\n", "\r").encode())
        (folder / "b.tmx").write_bytes(dress(BILINGUAL["tmx"][1](list(zip(ko.split("\n"), en.split("\n")))[:2]),
                                             "cr"))
        for argv, line in ((["a.ko.txt", "a.en.txt"], 2), (["b.tmx"], 5)):
            code, out, _ = run_cli(["check", *argv, "--fast", "--format", "json"], cwd=folder)
            dates = [i for i in json.loads(out)["documents"][0]["issues"] if i["rule"] == "TQA140"]
            assert [(i["source_line"], i["target_line"]) for i in dates] == [(line, line)]


# ====================================================================== read → write → read

@FUZZ
@given(rows=pairs, kind=st.sampled_from(sorted(BILINGUAL)), dressing=st.sampled_from(DRESSINGS))
def test_xliff_report_reads_back_as_the_same_units(rows, kind, dressing):
    """``--format xliff``: an XLIFF input written back with its findings, any other input as a
    new XLIFF file; read again, it gives the units the input gave."""
    COUNTS["round trip: XLIFF report"] += 1
    suffix, render = BILINGUAL[kind]
    with workspace() as folder:
        path = folder / f"job{suffix}"
        path.write_bytes(dress(render(rows), dressing))
        output = folder / "report.xlf"
        code, _, err = run_cli(["check", path.name, "--fast", "--format", "xliff", "-o", output.name], cwd=folder)
        assert code in (0, 1), err
        again = [(u.source, u.target) for u in read_bilingual(output)]
        first = [(u.source, u.target) for u in read_bilingual(path)]
        if kind not in ("xliff12", "xliff2"):  # a new XLIFF file holds the checked (NFC) text
            first = [tuple(unicodedata.normalize("NFC", text) for text in unit) for unit in first]
        assert again == first


def test_baseline_nested_too_deep_is_one_line_error():
    """json recurses per nesting level: a baseline of 100,000 '[' was an internal error (RecursionError)."""
    with workspace() as folder:
        paths = _good_pair(folder)
        baseline = folder / "baseline.json"
        baseline.write_text("[" * 100_000, encoding="utf-8")
        code, _, err = run_cli(["check", *(p.name for p in paths), "--fast", "--baseline", baseline.name],
                               cwd=folder)
        assert code == 2 and err == f"tqa: error: {baseline.name}: not a tqa baseline file: arrays or objects " \
                                    "nested too deep\n", err


def test_file_name_too_long_is_one_line_error():
    """A name over the system's limit (in a manifest, or given) was an internal error
    (OSError: File name too long, from Path.is_dir)."""
    with workspace() as folder:
        _good_pair(folder)
        long_name = "[" * 300 + "a.ko.txt"
        (folder / "pairs.csv").write_text(f"source,target\n{long_name},a.en.txt\n", encoding="utf-8")
        for argv in (["--manifest", "pairs.csv"], [long_name, "a.en.txt"], ["x" * 300 + ".xlf"]):
            code, _, err = run_cli(["check", *argv, "--fast"], cwd=folder)
            assert code == 2 and err.startswith("tqa: error: ") and "too long" in err and err.count("\n") == 1, err
