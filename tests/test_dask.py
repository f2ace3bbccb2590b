"""tqa on a Dask cluster: a LocalCluster of two worker processes gives the report of one
process (skipped where Dask is not installed). The sentences are the test author's own."""
from __future__ import annotations

import json

import pytest

distributed = pytest.importorskip("distributed")

from tqa import parallel  # noqa: E402
from tqa.cli import main  # noqa: E402
from tqa.distributed import check_on_dask  # noqa: E402
from tqa.pipeline import Options, build_document, check_document  # noqa: E402
from tqa.report import render_report  # noqa: E402

from test_parallel import PAIRS, _write  # noqa: E402  (the same own sentences and file layout)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


@pytest.fixture
def client(cluster):
    with distributed.Client(cluster) as connected:
        yield connected


def _json(documents):
    return render_report("json", documents)


def test_one_document_on_two_workers_is_the_single_process_report(tmp_path, client, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_CHUNK", 3)
    ko, en = _write(tmp_path, "news", PAIRS * 2)
    options = Options(parallel=True, segmented=True, fast=True)
    alone = check_document(build_document(str(ko), str(en), options), options)
    on_dask = check_on_dask(client, [(str(ko), str(en))], options)
    assert alone.issues and _json(on_dask) == _json([alone])


def test_many_documents_on_two_workers(tmp_path, client):
    pairs = []
    for number in range(4):
        pairs.append(tuple(map(str, _write(tmp_path, f"article{number}", PAIRS[number:number + 5]))))
    options = Options(parallel=True, segmented=True, fast=True)
    alone = [check_document(build_document(s, t, options), options) for s, t in pairs]
    on_dask = check_on_dask(client, pairs, options)
    assert [d.source_path for d in on_dask] == [s for s, _ in pairs]
    assert _json(on_dask) == _json(alone)


def test_the_command_line_takes_a_scheduler_address(tmp_path, cluster):
    folder = tmp_path / "archive"
    folder.mkdir()
    for number in range(3):
        _write(folder, f"article{number}", PAIRS[number:number + 5])
    one, dask = tmp_path / "one.json", tmp_path / "dask.json"
    common = ["--parallel", "--fast", "--format", "json", "--fail-on", "never"]
    assert main(["check", str(folder), *common, "-o", str(one)]) == 0
    assert main(["check", str(folder), *common, "--dask", cluster.scheduler_address, "-o", str(dask)]) == 0
    assert json.loads(dask.read_text(encoding="utf-8"))["documents"]
    assert dask.read_bytes() == one.read_bytes()
