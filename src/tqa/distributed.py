"""tqa on a Dask cluster (``pip install 'tqa[dask]'``): the report of one process, the
work spread over every worker of the cluster.

    from dask.distributed import Client
    from tqa.distributed import check_on_dask
    from tqa.pipeline import Options

    client = Client("tcp://scheduler:8786")
    documents = check_on_dask(client, [("a.ko.txt", "a.en.txt"), ("b.xlf", None)],
                              Options(parallel=True, fast=True))

or from the command line ``tqa check FOLDER --parallel --fast --dask tcp://scheduler:8786``.

The work is cut as for ``tqa check -j N`` (:mod:`tqa.parallel`): with many documents,
one task per document (read, segment, align, check on the worker: the workers must see
the files at the same paths, a shared file system); with one document, chunks of pairs
built here and shipped with their text, the pair-local rules on the workers, the
document-wide analyses here. A worker plugin (:class:`TqaWorker`) loads the rules, the
Korean analyser and the models once per worker process. Results are taken back as they
come (in input order, so the first bad input stops the run as in one process) and the
documents merged into one report, the same as ``tqa check`` without ``--dask`` gives.
"""
from __future__ import annotations

from typing import Callable, Iterable

from . import parallel
from .document import Document

PLUGIN = "tqa-models"


def _require_dask():
    try:
        import distributed  # noqa: F401
    except ImportError:
        from .cli import UsageError

        raise UsageError("--dask needs Dask: pip install 'tqa[dask]'") from None


def _plugin_class():
    from distributed.diagnostics.plugin import WorkerPlugin

    class TqaWorker(WorkerPlugin):
        """Loads tqa's rules, analyser and (without --fast) models once in each worker."""

        name = PLUGIN

        def __init__(self, options):
            self.options = options

        def setup(self, worker):
            parallel.warm(self.options)

    return TqaWorker


def worker_plugin(options):
    """The plugin to register on a cluster for a run with ``options``."""
    return _plugin_class()(options)


def _with_options(options):
    """This worker's run options made ``options`` (a worker may serve several runs)."""
    if parallel._options is not options and parallel._options != options:
        parallel.warm(options)


def dask_check_file(options, source: str, target: str | None):
    _with_options(options)
    return parallel.check_file(source, target)


def dask_check_chunk(options, chunk):
    _with_options(options)
    return parallel.check_chunk(chunk)


class _ClientPool:
    """What :func:`tqa.parallel.run_chunked` needs of a pool (``jobs``, ``executor.submit``),
    on a Dask client."""

    def __init__(self, client, options):
        self.client = client
        self.options = options
        self.jobs = max(1, len(client.scheduler_info().get("workers", {})))
        self.executor = self

    def submit(self, function, chunk):
        return self.client.submit(dask_check_chunk, self.options, chunk, pure=False)


def check_on_dask(client, inputs: Iterable, options=None,
                  advance: Callable[[str], None] = lambda name: None) -> list[Document]:
    """Check ``inputs`` — (source, target or None) path pairs, or built
    :class:`~tqa.document.Document` objects — on the cluster behind ``client``. Returns
    the checked documents in input order, each as :func:`tqa.pipeline.check_document`
    would leave it in this process."""
    from .io.errors import InputError
    from .pipeline import Options, build_document, check_document

    options = options or Options()
    inputs = list(inputs)
    client.register_plugin(worker_plugin(options), name=PLUGIN)
    pool = _ClientPool(client, options)
    file_futures = {}
    if len(inputs) > 1:  # many documents: one task each (files read on the workers)
        for index, item in enumerate(inputs):
            if not isinstance(item, Document):
                source, target = item
                file_futures[index] = client.submit(dask_check_file, options, source, target, pure=False)
    documents = []
    for index, item in enumerate(inputs):
        if index in file_futures:
            result = file_futures[index].result()
            parallel.replay(result[-1])
            if result[0] == "error":
                for future in file_futures.values():
                    future.cancel()
                raise InputError(result[1], result[2])
            document = result[1]
        else:  # one document (or one given built): chunks of pairs over the workers
            if isinstance(item, Document):
                document, score = item, False
            else:
                source, target = item
                document = build_document(source, target, parallel.deferred_scores(options))
                score = not options.fast and (target is None or options.parallel)
            check_document(document, options,
                           run=lambda d, rules, context: parallel.run_chunked(d, rules, context, options, pool, score))
        documents.append(document)
        advance(document.source_path or "")
    return documents


def check_inputs_on_dask(address: str, inputs, options, advance=lambda name: None) -> list[Document]:
    """``tqa check … --dask ADDRESS``: connect, check, disconnect."""
    _require_dask()
    from distributed import Client

    try:
        client = Client(address, timeout="30s")
    except (OSError, TimeoutError) as error:
        from .cli import UsageError

        raise UsageError(f"--dask: cannot reach the scheduler at {address}: {error}") from None
    with client:
        return check_on_dask(client, inputs, options, advance)
