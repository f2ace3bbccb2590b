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

PAIRS = [
    ("김민수 장관은 3일 서울에서 기자회견을 열었다.", "Minister Kim Min-su held a press conference in Seoul on the 3rd."),
    ("정부는 1억 달러를 지원한다.", "The government will provide 1 billion dollars."),
    ("그는 회의에 참석하지 않았다.", "He attended the meeting."),
    ("김 장관은 내년 예산이 5% 늘어날 것이라고 말했다.", "Minister Gim said next year's budget would grow by 5 percent."),
    ("반도체 수출은 지난달 20% 증가했다.", "Chip exports fell 20% last month."),
    ("서울시는 대중교통 요금을 인상한다.", "The Seoul city government will raise public transit fares."),
    ("이 사업은 2025년 3월에 끝난다.", "The project ends in April 2025."),
    ("회의는 오후 2시에 시작됐다.", "The meeting began at 2 p.m."),
    ("박지영 교수는 연구 결과를 발표했다.", "Professor Park Ji-young presented the findings."),
    ("박 교수는 추가 연구가 필요하다고 밝혔다.", "Professor Bak said more research was needed."),
    ("시민 1,200명이 설문에 답했다.", "About 1,500 citizens answered the survey."),
    ("그 결정은 내일 발표된다.", ""),
    ("행사는 토요일에 열린다.", "The event will be held on Saturday!!"),
    ("김민수 장관은 다시 서울을 찾았다.", "Minister Kim Minsu visited Seoul again."),
]


def _write(folder, stem, pairs):
    ko, en = folder / f"{stem}.ko.txt", folder / f"{stem}.en.txt"
    ko.write_text("".join(k + "\n" for k, _ in pairs), encoding="utf-8")
    en.write_text("".join(e + "\n" for _, e in pairs), encoding="utf-8")
    return ko, en


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
