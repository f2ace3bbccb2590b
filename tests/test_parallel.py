"""``tqa check -j N`` gives the report of ``-j 1``: same findings, same order, same bytes.

The sentences are the test author's own. Chunks are made tiny (``MIN_CHUNK``) so that a
small document is cut into several of them, as a big one is."""
from __future__ import annotations

import json
import os
import sys

import pytest

from tqa import parallel
from tqa.cli import main

from news_pairs import PAIRS


def _write(folder, stem, pairs):
    ko, en = folder / f"{stem}.ko.txt", folder / f"{stem}.en.txt"
    ko.write_text("".join(k + "\n" for k, _ in pairs), encoding="utf-8")
    en.write_text("".join(e + "\n" for _, e in pairs), encoding="utf-8")
    return ko, en


def _report(*args):
    return main([*args, "--format", "json", "--fail-on", "never"])


@pytest.fixture
def tiny_chunks(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_CHUNK", 3)


def _findings(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(issue["rule"], issue["source_segments"], issue["target_segments"], issue["message"])
            for document in data["documents"] for issue in document["issues"]]


def test_one_document_in_chunks_gives_the_single_process_report(tmp_path, tiny_chunks):
    ko, en = _write(tmp_path, "news", PAIRS * 2)
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert _report("check", str(ko), str(en), "--parallel", "--fast", "-j", "1", "-o", str(one)) == 0
    assert _report("check", str(ko), str(en), "--parallel", "--fast", "-j", "2", "-o", str(two)) == 0
    findings = _findings(one)
    rules = {rule for rule, *_ in findings}
    # pair-local rules (chunks) and document-wide ones (the parent) both fired
    assert any(rule.startswith("TQA1") for rule in rules) and any(rule.startswith("TQA2") for rule in rules)
    assert _findings(two) == findings
    assert two.read_bytes() == one.read_bytes()


def test_many_files_keep_their_order_and_findings(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for number in range(5):
        _write(folder, f"article{number}", PAIRS[number:number + 6])
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert _report("check", str(folder), "--parallel", "--fast", "-j", "1", "-o", str(one)) == 0
    assert _report("check", str(folder), "--parallel", "--fast", "-j", "2", "-o", str(two)) == 0
    data = json.loads(two.read_text(encoding="utf-8"))
    assert [d["source_path"] for d in data["documents"]] == sorted(d["source_path"] for d in data["documents"])
    assert _findings(two) == _findings(one) and _findings(one)
    assert two.read_bytes() == one.read_bytes()


def test_a_bad_file_among_many_is_one_line_and_exit_2(tmp_path, capsys):
    folder = tmp_path / "archive"
    folder.mkdir()
    _write(folder, "good", PAIRS[:4])
    _write(folder, "uneven", PAIRS[:3])
    (folder / "uneven.en.txt").write_text("only one line\n", encoding="utf-8")
    out = tmp_path / "report.json"
    assert _report("check", str(folder), "--parallel", "--fast", "-j", "2", "-o", str(out)) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "uneven.en.txt" in error[0] and "same number of lines" in error[0]
    assert not out.exists()


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_jobs_must_be_a_positive_number(value, capsys):
    assert main(["check", "a.ko.txt", "a.en.txt", "-j", value]) == 2
    assert "-j" in capsys.readouterr().err


def test_default_jobs_follow_input_size(tmp_path, monkeypatch):
    ko, en = _write(tmp_path, "small", PAIRS)
    assert parallel.default_jobs([(str(ko), str(en))]) == 1
    monkeypatch.setattr(parallel, "SIZE_THRESHOLD", 10)
    assert parallel.default_jobs([(str(ko), str(en))]) == parallel.cores()


def test_a_bilingual_file_in_chunks_gives_the_single_process_report(tmp_path, tiny_chunks):
    table = tmp_path / "memory.tsv"
    table.write_text("source\ttarget\n" + "".join(f"{k}\t{e}\n" for k, e in PAIRS if e), encoding="utf-8")
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert _report("check", str(table), "--fast", "-j", "1", "-o", str(one)) == 0
    assert _report("check", str(table), "--fast", "-j", "2", "-o", str(two)) == 0
    assert _findings(one) and two.read_bytes() == one.read_bytes()


@pytest.mark.slow
def test_two_hundred_documents_with_two_workers_show_a_progress_bar_on_stderr(tmp_path):
    """``tqa check DIR -j 2`` at a terminal: a progress bar on stderr, the report on stdout
    untouched by it, one document per pair in the report (issue 14)."""
    import os
    import pty
    import subprocess
    import sys

    folder = tmp_path / "articles"
    folder.mkdir()
    translated = [pair for pair in PAIRS if pair[1]]
    for number in range(200):
        _write(folder, f"note{number:03d}", [translated[number % len(translated)],
                                             translated[(number + 1) % len(translated)]])
    report_path = tmp_path / "report.json"
    controller, terminal = pty.openpty()
    with subprocess.Popen([sys.executable, "-m", "tqa", "check", str(folder), "-j", "2", "--parallel", "--fast",
                           "--select", "number", "--format", "json", "--fail-on", "never", "-o", str(report_path)],
                          stdout=subprocess.PIPE, stderr=terminal, env={**os.environ, "COLUMNS": "100"}) as run:
        os.close(terminal)
        seen = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            seen += chunk
        stdout = run.stdout.read()
    os.close(controller)
    assert run.returncode == 0, seen.decode(errors="replace")[-500:]
    assert b"checking" in seen or b"note" in seen  # the bar's label: the file being checked
    assert b"\x1b[" not in stdout  # near miss: nothing of the bar on stdout
    documents = json.loads(report_path.read_text(encoding="utf-8"))["documents"]
    assert len(documents) == 200


def test_the_parent_takes_the_workers_morphemes_instead_of_analysing_again(tmp_path, tiny_chunks, monkeypatch):
    """``-j 2``: the workers analyse the Korean and send the morphemes back; the parent's
    document-wide analyses (names, terms) read them without analysing a line again."""
    from tqa.ko.analyser import KoreanAnalyser

    analysed: list[str] = []
    batch, one = KoreanAnalyser._analyse_batch, KoreanAnalyser._analyse

    def record_batch(self, todo, *args, **kwargs):
        analysed.extend(todo)
        return batch(self, todo, *args, **kwargs)

    def record_one(self, text):
        if text not in self._cache:
            analysed.append(text)
        return one(self, text)

    monkeypatch.setattr(KoreanAnalyser, "_analyse_batch", record_batch)
    monkeypatch.setattr(KoreanAnalyser, "_analyse", record_one)
    ko, en = _write(tmp_path, "news", PAIRS * 2)
    out = tmp_path / "two.json"
    assert _report("check", str(ko), str(en), "--parallel", "--fast", "-j", "2", "-o", str(out)) == 0
    lines = {k for k, _ in PAIRS if k.strip()}
    assert _findings(out)
    assert not lines & set(analysed)  # the workers (other processes) analysed them all


def test_a_repeated_korean_line_goes_to_the_chunk_of_its_first_use():
    from tqa.document import Document, Link, Segment

    texts = ["가", "나", "다", "가", "라", "나", "마"]
    source = [Segment(i, text, 0, len(text)) for i, text in enumerate(texts)]
    target = [Segment(i, f"t{i}", 0, 2) for i in range(len(texts))]
    document = Document(None, None, "", "", source, target, [Link((i,), (i,)) for i in range(len(texts))])
    chunks = parallel.chunk_pairs(document, 2)
    assert chunks == [[0, 1, 3, 5], [2, 4], [6]]
    assert sorted(i for chunk in chunks for i in chunk) == list(range(len(texts)))


def test_an_analyser_adopts_what_another_found_and_keeps_its_own():
    from tqa.ko.analyser import KoreanAnalyser, Morpheme

    mine = KoreanAnalyser()
    mine._cache["나는"] = (Morpheme("나", "NP", 0, 1, "나"), Morpheme("는", "JX", 1, 2, "는"))
    theirs = {"나는": (Morpheme("나는", "NNG", 0, 2, "나는"),), "학교": (Morpheme("학교", "NNG", 0, 2, "학교"),)}
    assert mine.adopt(theirs) == 1
    assert mine.morphemes("학교") == theirs["학교"]  # taken: kiwipiepy is not asked
    assert mine.morphemes("나는")[0].tag == "NP"  # its own analysis kept
    assert mine.analysed(["학교", "없는"]) == {"학교": theirs["학교"]}


def test_workers_share_the_cores_out_as_torch_threads(monkeypatch):
    # -j 2 on 2 cores: one torch thread per worker, not two each (4 threads on 2 cores)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert [parallel.worker_threads(jobs) for jobs in (1, 2, 3)] == [2, 1, 1]
    monkeypatch.setattr(parallel, "cores", lambda: 8)
    assert parallel.worker_threads(2) == 4
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    parallel.cap_threads(None)  # not a worker of a -j run (Dask, tests): nothing set
    assert "OMP_NUM_THREADS" not in os.environ
    if "torch" in sys.modules:  # the cap also sets a loaded torch's threads: not this process's
        monkeypatch.setattr(sys.modules["torch"], "set_num_threads", lambda n: None)
    parallel.cap_threads(4)
    assert os.environ["OMP_NUM_THREADS"] == "2"
    # near miss: a thread count the user chose is kept
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    parallel.cap_threads(4)
    assert os.environ["OMP_NUM_THREADS"] == "3"


def test_the_workers_send_their_morphemes_ahead_of_their_findings(tmp_path, tiny_chunks, monkeypatch):
    """``-j 2``: each worker puts its chunk's morphemes on the pool's queue before running
    its rules; the parent takes them all, runs the document-wide analyses and rules while
    the workers still work, and the report is still that of ``-j 1``."""
    taken = []
    take = parallel._take_early

    def record(*args):
        taken.append(take(*args))
        return taken[-1]

    monkeypatch.setattr(parallel, "_take_early", record)
    ko, en = _write(tmp_path, "news", PAIRS * 2)
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert _report("check", str(ko), str(en), "--parallel", "--fast", "-j", "1", "-o", str(one)) == 0
    assert not taken
    assert _report("check", str(ko), str(en), "--parallel", "--fast", "-j", "2", "-o", str(two)) == 0
    assert taken == [True]
    assert two.read_bytes() == one.read_bytes()


def test_the_parent_stops_waiting_for_morphemes_when_a_chunk_fails():
    import queue
    from concurrent.futures import Future

    from tqa.ko.analyser import KoreanAnalyser, Morpheme

    analyser = KoreanAnalyser()
    packed = parallel.pack_morphemes({"가": (Morpheme("가", "NNG", 0, 1, "가"),)})
    assert parallel.unpack_morphemes(packed) == {"가": (Morpheme("가", "NNG", 0, 1, "가"),)}
    futures = [Future(), Future()]
    early = queue.Queue()
    early.put(("another run", 0, packed))  # left by an earlier run: dropped
    early.put(("run", 0, packed))
    early.put(("run", 1, parallel.pack_morphemes({})))
    assert parallel._take_early(early, "run", futures, analyser) is True
    assert analyser.analysed(["가"]) == {"가": (Morpheme("가", "NNG", 0, 1, "가"),)}
    early.put(("run", 0, None))  # the chunk raised while analysing: its result says why
    assert parallel._take_early(early, "run", futures, KoreanAnalyser()) is False
    futures[1].set_exception(RuntimeError("the worker died"))  # no message will come
    assert parallel._take_early(queue.Queue(), "run", futures, KoreanAnalyser()) is False


def test_chunks_cut_by_distinct_texts_keep_repeats_home_and_share_the_work():
    from tqa.document import document_from_pairs

    pairs = [(f"문장 {n}.", f"Sentence {n}.") for n in range(10)] * 3  # each text three times
    document = document_from_pairs(pairs)
    chunks = parallel.chunk_pairs(document, 5, distinct=True)
    assert [len(chunk) for chunk in chunks] == [15, 15]
    assert all(index % 10 < 5 for index in chunks[0]) and all(index % 10 >= 5 for index in chunks[1])
    assert parallel.distinct_sources(document) == 10
    # counting pairs instead, half the pairs a chunk: the first chunk takes every repeat
    assert [len(chunk) for chunk in parallel.chunk_pairs(document, 15)] == [30]


def test_a_pool_shuts_down_with_morphemes_nobody_read(tmp_path):
    """A worker whose morphemes the parent no longer waits for (a chunk failed first) still
    exits at the pool's shutdown: the queue's unread megabytes do not hold it."""
    import subprocess

    (tmp_path / "unread.py").write_text(
        "def put_unread(size):\n"
        "    from tqa import parallel\n"
        "    parallel._early.put(('nobody', 0, b'x' * size))\n"
        "    return True\n", encoding="utf-8")
    (tmp_path / "run.py").write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "if __name__ == '__main__':\n"
        "    import unread\n"
        "    from tqa import parallel\n"
        "    from tqa.pipeline import Options\n"
        "    with parallel.Pool(Options(fast=True, select=['number']), 1) as pool:\n"
        "        assert pool.executor.submit(unread.put_unread, 2_000_000).result()\n"
        "    print('shut down')\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(tmp_path / "run.py")], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-500:]
    assert run.stdout.strip() == "shut down"


_FORK_RUN = """
import sys
from tqa import parallel
parallel.MIN_CHUNK = 3
methods = []
start = parallel.Pool._start
def record(self):
    start(self)
    methods.append(self.method)
parallel.Pool._start = record
if __name__ == "__main__":
    from tqa.cli import main
    code = main(sys.argv[1:] + ["--format", "json", "--fail-on", "never"])
    print(",".join(methods))
    sys.exit(code)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
@pytest.mark.parametrize("many", [False, True], ids=["one document", "many documents"])
def test_forked_and_spawned_workers_give_the_single_process_report(tmp_path, many):
    """``-j 2`` in a fresh process (one thread): the workers are forked after the parent
    loaded the models and tables, and inherit the document; with
    ``TQA_START_METHOD=spawn`` they start afresh. Both reports are ``-j 1``'s, byte for byte."""
    import subprocess

    if many:
        folder = tmp_path / "archive"
        folder.mkdir()
        for number in range(4):
            _write(folder, f"article{number}", PAIRS[number:number + 6])
        inputs = [str(folder)]
    else:
        inputs = [str(path) for path in _write(tmp_path, "news", PAIRS * 2)]
    script = tmp_path / "run.py"
    script.write_text(_FORK_RUN, encoding="utf-8")
    reports = {}
    for name, jobs, method in (("one", "1", None), ("fork", "2", None), ("spawn", "2", "spawn")):
        env = {key: value for key, value in os.environ.items() if key != "TQA_START_METHOD"}
        if method:
            env["TQA_START_METHOD"] = method
        out = tmp_path / f"{name}.json"
        run = subprocess.run([sys.executable, str(script), "check", *inputs, "--parallel", "--fast", "-j", jobs,
                              "-o", str(out)], capture_output=True, text=True, timeout=300, env=env)
        assert run.returncode == 0, run.stderr[-800:]
        assert run.stdout.strip() == ("" if jobs == "1" else name)
        reports[name] = out.read_bytes()
    assert _findings(tmp_path / "one.json")
    assert reports["fork"] == reports["one"] and reports["spawn"] == reports["one"]


def test_an_analyser_without_threads_finds_the_morphemes_of_a_batch(monkeypatch):
    """kiwipiepy without threads (a parent that forks its workers) analyses one text a
    call: the same morphemes as the batched call with its threads."""
    from tqa.ko.analyser import KoreanAnalyser

    texts = [k for k, _ in PAIRS[:8]]
    monkeypatch.delenv("TQA_KIWI_THREADS", raising=False)
    batched = KoreanAnalyser()
    batched.analyse_many(texts)
    monkeypatch.setenv("TQA_KIWI_THREADS", "0")
    single = KoreanAnalyser()
    assert single.analyse_many(texts) == len(set(texts))
    assert single._single and not batched._single
    assert single.analysed(texts) == batched.analysed(texts)


def test_a_document_rule_defers_to_a_chunk_rule_as_in_one_process(tmp_path):
    """TQA130 (the same amount rendered two ways, run by the parent) gives way to TQA101
    (a wrong number, run in the chunks) at the same place: ``-j 2`` reported both."""
    pairs = [("회의에는 3천 명이 참석했다.", "The meeting was attended by 3,000 people."),
             ("그 3천 명은 모두 교사였다.", "All of those 300 people were teachers.")]
    ko, en = _write(tmp_path, "amounts", pairs)
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    for jobs, out in (("1", one), ("2", two)):
        assert _report("check", str(ko), str(en), "--parallel", "--fast", "--select", "TQA101,TQA130",
                       "-j", jobs, "-o", str(out)) == 0
    assert [rule for rule, *_ in _findings(one)] == ["TQA101"]
    assert two.read_bytes() == one.read_bytes()


@pytest.mark.slow
def test_default_mode_with_two_workers_gives_the_single_process_report(tmp_path):
    """The demo article (aligned by tqa, the default mode: the encoder loaded to align):
    ``-j 2`` reported TQA050's evidence as the gloss list where ``-j 1`` has the word
    alignment (the reading had its own resources, so the rules saw no encoder loaded),
    and a TQA130 finding that ``-j 1`` drops for TQA101's at the same place."""
    from pathlib import Path

    demo = Path(__file__).resolve().parent.parent / "corpora" / "demo"
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    for jobs, out in (("1", one), ("2", two)):
        assert _report("check", str(demo / "article.ko.txt"), str(demo / "article.en.txt"), "-j", jobs,
                       "-o", str(out)) in (0, 1)
    assert _findings(one)
    assert _findings(two) == _findings(one)
