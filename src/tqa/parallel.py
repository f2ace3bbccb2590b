"""``tqa check -j N``: the run spread over N worker processes, with the report of ``-j 1``.

Two kinds of work go to the workers, which keep the rules, the Korean analyser and,
without ``--fast``, the models warm for every task they get. On Linux, when the parent
runs a single thread at the first task, the workers are *forked* after the parent has
loaded the rules, kiwipiepy's model (made ready without threads, which do not survive a
fork) and the tables the pair-local rules read (:func:`prepare`): they inherit all of it,
sharing its memory pages, and one big document too, so that a chunk travels as pair
numbers. Otherwise (another platform, a thread running in the parent — torch's, a
progress bar's —, ``TQA_START_METHOD=spawn``) they are started with the ``spawn`` context
and load what they need themselves (:func:`warm`):

* **many files** (a folder, a manifest): one task per document — read, segment, align,
  check — results taken back in input order;
* **one big document** (``--parallel`` text, a bilingual file): the pairs are cut into
  chunks (a pair whose Korean an earlier pair has goes to that pair's chunk, so each
  distinct text is analysed in one process). A chunk runs the *pair-local* rules — pair
  rules whose analyses are read pair by pair (:data:`LOCAL_ANALYSES`) — and sends back
  their findings, the per-pair analyses every rule of the run reads, the morphemes of its
  Korean and, without ``--fast``, the links' similarity scores. The parent meanwhile
  computes the document-wide analyses that read no morphemes; it takes the chunks'
  morphemes into its analyser (it never analyses those texts again, nor loads kiwipiepy
  for them), computes the others (names, terms, recurring terms) and runs the remaining
  rules on the whole document with the chunks' per-pair analyses in place. With the pool
  of ``-j N`` (not Dask, and not when the chunks score links) each worker gets one chunk,
  cut by distinct Korean texts, and puts the chunk's morphemes on the pool's queue
  *before* running its rules: the parent's document-wide analyses, and the rules that
  read only them (names, terms, the document's language), run while the workers still
  run theirs, and only the rules that read per-pair analyses wait for the chunks' results.
  Findings are merged in the order a single process produces them.

Whatever ``-j`` is, the findings, their order and their fingerprints are those of
``-j 1``: the report is byte-identical (``-j`` is not part of the run signature, since it
decides nothing about the findings).

``-j`` defaults to 1, and to the number of cores when the input is larger than
:data:`SIZE_THRESHOLD` bytes in all (where starting the workers, ~1–2 s each, pays off).
"""
from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path
from typing import Callable, Iterable

from .document import Document, Link, Segment

#: total input size (bytes) above which ``-j`` defaults to the number of cores
SIZE_THRESHOLD = 4 * 1024 * 1024
#: fewest pairs worth a chunk of their own (a chunk's fixed cost is a few ms)
MIN_CHUNK = 250
#: chunks per worker: more than one, so a slow chunk does not leave the others idle
CHUNKS_PER_WORKER = 4
#: analyses computed pair by pair: a chunk gives exactly the entries the whole document
#: would (``korean`` fills the analyser's cache; the others are per-pair lists)
LOCAL_ANALYSES = frozenset({"korean", "quantities", "literal", "polarity", "direction"})
PER_PAIR_LISTS = ("quantities", "literal", "polarity", "direction")


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_jobs(inputs: Iterable[tuple[str, str | None]]) -> int:
    """1, or the number of cores when the input files weigh more than :data:`SIZE_THRESHOLD`."""
    total = 0
    for pair in inputs:
        for path in pair:
            if path:
                try:
                    total += Path(path).stat().st_size
                except OSError:
                    pass
    return cores() if total > SIZE_THRESHOLD else 1


def is_local(rule, fast: bool, norm: bool = False) -> bool:
    """A rule whose findings on a pair depend on that pair alone (``norm``: and on the
    document's similarity norm, which the chunks are then given: :attr:`Chunk.norm`)."""
    return rule.scope == "pair" and not rule.neural and not rule.reads_neighbours \
        and set(rule.requires) <= (LOCAL_ANALYSES | {"similarity_norm"} if norm else LOCAL_ANALYSES)


# --- the workers -------------------------------------------------------------------------

_options = None
#: the queue a chunk's morphemes go back by, before its rules run (None: with its result)
_early = None
_warnings: list[tuple[int, str]] = []


class _Collect(logging.Handler):
    """Input warnings of a task, sent back with its result and replayed by the parent."""

    def emit(self, record: logging.LogRecord) -> None:
        _warnings.append((record.levelno, record.getMessage()))


def worker_threads(jobs: int) -> int:
    """torch threads per worker of a ``-j jobs`` run: the cores shared out, at least one."""
    return max(1, cores() // max(1, jobs))


def cap_threads(jobs: int | None) -> None:
    """Worker start of a ``-j jobs`` run: torch (the embedding engine) gets
    :func:`worker_threads` threads, so N workers do not each start one per core
    (``OMP_NUM_THREADS``, read when torch is imported; one the user set is kept)."""
    if not jobs or "OMP_NUM_THREADS" in os.environ:
        return
    threads = worker_threads(jobs)
    os.environ["OMP_NUM_THREADS"] = str(threads)
    import sys

    if "torch" in sys.modules:  # already imported (not in a fresh spawned worker)
        sys.modules["torch"].set_num_threads(threads)


def _single_threaded() -> bool:
    """This process runs one thread, native ones included (kiwipiepy's, torch's, a progress
    bar's): only then is forking it safe (a thread does not survive a fork; the child would
    wait forever on a lock it held or a pool it fed)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def fork_possible() -> bool:
    """Workers may be forked here: Linux (``fork`` is the start method there, and
    ``/proc`` tells the thread count), not turned off with ``TQA_START_METHOD=spawn``."""
    import sys
    from multiprocessing import get_all_start_methods

    return sys.platform.startswith("linux") and "fork" in get_all_start_methods() \
        and os.environ.get("TQA_START_METHOD", "").strip().lower() != "spawn"


#: a made-up pair (our own words) that :func:`prepare` checks so that every table, lexicon,
#: pattern and model the local rules use is loaded before the workers are forked
_WARM_PAIR = ("김민수 장관은 어제 서울에서 열린 회의에 3천 명이 참석하지 않았다고 말하며 발이 넓다고 했다.",
              "Minister Kim Min-su said yesterday that 3,000 people did not attend the meeting in Seoul "
              "and that he has wide feet.")


def prepare(options) -> None:
    """In the parent, before forking the workers: load what each worker would otherwise
    load for itself — the rules, the analysers, kiwipiepy's model made ready *without
    threads* (``TQA_KIWI_THREADS=0``: :func:`tqa.ko.analyser.kiwi_threads`), the lexicons
    and tables the pair-local rules read — by checking :data:`_WARM_PAIR` with those rules
    on the run's resources.
    The workers inherit all of it (shared memory pages, no second load)."""
    from .analyse.registry import load_all, plan
    from .checks.runner import needed_analyses, run_checks, select_rules
    from .pipeline import context_for

    os.environ["TQA_KIWI_THREADS"] = "0"
    load_all()
    rules = [rule for rule in select_rules(options.select, options.ignore) if is_local(rule, True)]
    if not rules:
        return
    context = context_for(options)[0]
    source, target = _WARM_PAIR
    document = Document(None, None, "", "", [Segment(0, source, 0, len(source))],
                        [Segment(0, target, 0, len(target))], [Link((0,), (0,))])
    import contextlib
    import io

    # a warm-up only: what it finds, or a rule it breaks (said on stderr), is nobody's business;
    # whatever it did not load, a worker loads when it needs it
    with context.resources.activate(), contextlib.redirect_stderr(io.StringIO()):
        try:
            run_checks(document, rules, context)
            if any(step.provides == "korean" for step in plan(needed_analyses(rules, True))):
                korean_texts(document)  # the compound-term tables of chunk_morphemes
        except Exception:  # noqa: BLE001
            pass


def warm(options, jobs: int | None = None, early=None) -> None:
    """Worker start: the options of the run, the rules, the analysers and the models the
    selected rules will use, loaded once for every task of this worker; ``jobs``: the
    run's worker count (caps torch's threads, :func:`cap_threads`); ``early``: the pool's
    queue for the morphemes a chunk sends ahead of its findings (:class:`Pool`)."""
    global _options, _early
    _options = options
    _early = early
    if early is not None:
        # morphemes the parent no longer waits for (a chunk failed) must not keep this
        # process from exiting at the pool's shutdown
        early.cancel_join_thread()
    cap_threads(jobs)
    if jobs and jobs > 1 and "TQA_KIWI_THREADS" not in os.environ:
        os.environ["TQA_KIWI_THREADS"] = "1"  # one kiwipiepy thread a worker: N workers, not N × cores threads
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the CLI's handler
    from .runtime import tune_collector

    tune_collector()
    from .io.errors import INPUT_LOG

    for handler in list(INPUT_LOG.handlers):  # a forked worker inherits the CLI's (stderr)
        if not isinstance(handler, _Collect):
            INPUT_LOG.removeHandler(handler)
    if not any(isinstance(handler, _Collect) for handler in INPUT_LOG.handlers):
        INPUT_LOG.addHandler(_Collect())
    INPUT_LOG.propagate = False
    from .analyse.registry import load_all
    from .checks.runner import needed_analyses, select_rules

    load_all()
    rules = select_rules(options.select, options.ignore)
    needed = needed_analyses(rules, options.fast)
    if any(name in needed for name in ("korean", "names", "literal", "polarity", "direction",
                                       "term_lexicon", "term_recurrence")):
        from .ko.analyser import kiwi

        kiwi()


_contexts: dict = {}


def _context():
    """This worker's check context (glossaries loaded once)."""
    if "context" not in _contexts:
        from .pipeline import context_for

        _contexts["context"] = context_for(_options)[0]
    return _contexts["context"]


def _take_warnings() -> list[tuple[int, str]]:
    taken = list(_warnings)
    _warnings.clear()
    return taken


def replay(warnings: list[tuple[int, str]]) -> None:
    """A worker's input warnings, said in the parent as if it had read the input."""
    from .io.errors import INPUT_LOG

    for level, message in warnings:
        INPUT_LOG.log(level, "%s", message)


def strip(document: Document) -> Document:
    """The document without its analyses (what the reports do not read), to send back."""
    from .document import Analyses

    document.analyses = Analyses(document)
    return document


def check_file(source: str, target: str | None):
    """One document of a many-file run: ("ok", document, warnings) or ("error", path, problem, warnings)."""
    from .io.errors import InputError
    from .pipeline import build_document, check_document

    try:
        document = check_document(build_document(source, target, _options), _options)
    except InputError as error:
        return ("error", error.path, error.problem, _take_warnings())
    return ("ok", strip(document), _take_warnings())


@dataclasses.dataclass
class Chunk:
    """Some pairs of a document (``pairs``: their link numbers, ascending), self-contained:
    the segments the links use (renumbered from 0), the links, and the codes of the rules
    to run."""

    pairs: list[int]
    source_ids: list[int]
    target_ids: list[int]
    source_segments: list[Segment]
    target_segments: list[Segment]
    links: list[Link]
    rules: list[str]
    score: bool
    #: per-pair analyses (:data:`PER_PAIR_LISTS`) to send back whether or not the chunk's
    #: rules read them: the parent's rules read them too, and need not compute them again
    analyses: list[str] = dataclasses.field(default_factory=list)
    #: send back the morphemes of the chunk's Korean (:func:`korean_texts`), for the
    #: parent's document-wide analyses: each text is analysed in one process only
    morphemes: bool = False
    #: (run token, chunk number): with a worker that has the pool's queue, the morphemes
    #: are put on it as soon as they are made, before the chunk's rules run, so that the
    #: parent's document-wide analyses need not wait for the rules
    early: tuple | None = None
    #: the whole document's ``similarity_norm`` (median and spread of its link scores),
    #: computed by the parent when the links come scored: the rules that read it and
    #: otherwise only per-pair analyses then run in the chunks too
    norm: tuple | None = None


@dataclasses.dataclass
class ChunkResult:
    pairs: list[int]
    issues: list
    errors: list
    analyses: dict
    scores: list
    morphemes: dict = dataclasses.field(default_factory=dict)


def make_chunk(document: Document, pairs: list[int], rules: list[str], score: bool,
               analyses: Iterable[str] = (), morphemes: bool = False, early: tuple | None = None,
               norm: tuple | None = None) -> Chunk:
    links = [document.links[index] for index in pairs]
    source_ids = sorted({i for link in links for i in link.source})
    target_ids = sorted({i for link in links for i in link.target})
    source_new = {old: new for new, old in enumerate(source_ids)}
    target_new = {old: new for new, old in enumerate(target_ids)}
    return Chunk(
        list(pairs), source_ids, target_ids,
        [dataclasses.replace(document.source_segments[i], id=source_new[i]) for i in source_ids],
        [dataclasses.replace(document.target_segments[i], id=target_new[i]) for i in target_ids],
        [Link(tuple(source_new[i] for i in link.source), tuple(target_new[i] for i in link.target), link.score)
         for link in links],
        rules, score, list(analyses), morphemes, early, norm)


def check_chunk(chunk: Chunk) -> ChunkResult:
    """The pair-local rules over one chunk; issues and errors in the whole document's numbering."""
    from .checks.registry import all_rules
    from .checks.runner import run_checks
    document = Document(None, None, "", "", chunk.source_segments, chunk.target_segments, chunk.links)
    scores: list = []
    if chunk.score:
        from .align import score_links

        score_links(document.source_segments, document.target_segments, document.links)
        scores = [link.score for link in document.links]
    context = _context()
    sent = False
    if chunk.morphemes and chunk.early is not None and _early is not None:
        try:
            found = pack_morphemes(chunk_morphemes(document, context))
        except BaseException:
            _early.put((*chunk.early, None))  # the parent stops waiting and reads the error
            raise
        _early.put((*chunk.early, found))
        sent = True
    if chunk.norm is not None:
        document.analyses.similarity_norm = chunk.norm
    wanted = set(chunk.rules)
    rules = [rule for rule in all_rules() if rule.code in wanted]
    issues = run_checks(document, rules, context) if rules else []
    missing = [name for name in chunk.analyses if name not in document.analyses.__dict__]
    if missing:  # a failed one is left to the parent, which then computes it and fails alike
        from .analyse.registry import run_analysers

        document.analyses.bind(context)
        run_analysers(document, missing, context)
    for issue in issues:
        issue.source_segments = [chunk.source_ids[i] for i in issue.source_segments]
        issue.target_segments = [chunk.target_ids[i] for i in issue.target_segments]
    for error in document.errors:
        if error.pair is not None:
            error.pair = chunk.pairs[error.pair]
    analyses = {name: getattr(document.analyses, name) for name in PER_PAIR_LISTS
                if name in document.analyses.__dict__}
    return ChunkResult(chunk.pairs, issues, document.errors, analyses, scores,
                       chunk_morphemes(document, context) if chunk.morphemes and not sent else {})


#: documents a forked worker inherited from the parent (:meth:`Pool.inherit`), by token
_INHERITED: dict[str, Document] = {}


def check_inherited(token: str, pairs: list[int], *args) -> ChunkResult:
    """:func:`check_chunk` of a chunk made here from the document this worker inherited at
    its fork: only the pair numbers travel, not the segments."""
    return check_chunk(make_chunk(_INHERITED[token], pairs, *args))


def chunk_pairs(document: Document, size: int, distinct: bool = False) -> list[list[int]]:
    """The document's pairs cut into chunks of about ``size``, in order, except that a pair
    whose Korean an earlier pair has goes to that pair's chunk: each distinct text is
    analysed by one worker only (the analyser's cache spares ``-j 1`` the repeats too).
    ``distinct``: ``size`` counts the distinct Korean texts of a chunk (the analyser's
    work), not its pairs, so that repeats do not leave a chunk all but empty."""
    chunks: list[list[int]] = [[]]
    filled = [0]
    home: dict[tuple[str, ...], int] = {}
    for index, link in enumerate(document.links):
        key = tuple(document.source_segments[i].text for i in link.source)
        number = home.get(key) if key else None
        if number is None:
            if filled[-1] >= size:
                chunks.append([])
                filled.append(0)
            number = len(chunks) - 1
            filled[number] += 1
            if key:
                home[key] = number
        elif not distinct:
            filled[number] += 1
        chunks[number].append(index)
    return [chunk for chunk in chunks if chunk]


def distinct_sources(document: Document) -> int:
    """How many distinct Korean texts (pair sources) the document's links have."""
    return len({tuple(document.source_segments[i].text for i in link.source) for link in document.links})


def korean_texts(document: Document) -> list[str]:
    """The Korean texts whose morphemes the document-wide analyses read: each pair's
    Korean (the ``korean`` analysis) and the noun compounds in it (the term analyses
    analyse each compound on its own, :func:`tqa.analyse.term_words.compound_parts`)."""
    from .analyse.term_words import compound_terms

    texts = [pair.source for pair in document.pairs()]
    return texts + [term for text in texts for term, _, _ in compound_terms(text, min_chars=2)]


def chunk_morphemes(document: Document, context) -> dict:
    """text → morphemes for :func:`korean_texts` of a chunk, analysed here (in batches)."""
    from .ko import analyser as korean_analyser

    with context.resources.activate():
        korean_analyser.analyse_many(pair.source for pair in document.pairs())
        texts = korean_texts(document)
        korean_analyser.analyse_many(texts)
        return context.resources.korean.analysed(dict.fromkeys(texts))


def pack_morphemes(analyses: dict) -> bytes:
    """``text → morphemes`` as one pickled string of plain tuples: made here, not in the
    queue's feeder thread (which shares this process's interpreter with the chunk's rules),
    and about three times cheaper to write and read than the named tuples."""
    import pickle

    return pickle.dumps({text: tuple(map(tuple, value)) for text, value in analyses.items()},
                        protocol=pickle.HIGHEST_PROTOCOL)


def unpack_morphemes(packed: bytes) -> dict:
    """:func:`pack_morphemes` undone: the same ``Morpheme`` tuples."""
    import pickle

    from .ko.analyser import Morpheme

    new = tuple.__new__
    return {text: tuple([new(Morpheme, row) for row in rows]) for text, rows in pickle.loads(packed).items()}


# --- the parent ----------------------------------------------------------------------------

class Pool:
    """N warm worker processes for one run (``with Pool(options, n) as pool``).

    The workers start at the first task. On Linux, when this process then runs a single
    thread, they are *forked* after :func:`prepare` has loaded the rules, the analysers and
    their models here: each worker inherits them warm (and the document being checked,
    :meth:`inherit`) instead of loading them again. Otherwise (another platform, a thread
    running, ``TQA_START_METHOD=spawn``) they are spawned and load what they need
    themselves (:func:`warm`)."""

    def __init__(self, options, jobs: int):
        from multiprocessing import get_context

        self.options = options
        self.jobs = jobs
        #: "fork" or "spawn", decided when the workers start
        self.method: str | None = None
        self._executor = None
        self._token: str | None = None
        self._threads = None
        #: the chunks' morphemes, sent ahead of their findings (:attr:`Chunk.early`)
        self.early = get_context("spawn").Queue()

    @property
    def executor(self):
        if self._executor is None:
            self._start()
        return self._executor

    def _start(self) -> None:
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        method = "spawn"
        if fork_possible() and _single_threaded():
            self._threads = (os.environ.get("TQA_KIWI_THREADS"),)
            prepare(self.options)
            if _single_threaded():  # nothing prepare loaded started a thread
                method = "fork"
        self.method = method
        self._executor = ProcessPoolExecutor(max_workers=self.jobs, mp_context=get_context(method),
                                             initializer=warm, initargs=(self.options, self.jobs, self.early))

    def inherit(self, document: Document) -> str | None:
        """Before the first task: start the workers so that they inherit ``document`` and
        return its token for :func:`check_inherited` (None when they are already running or
        are not forked: then chunks travel whole)."""
        if self._executor is not None:
            return None
        token = os.urandom(8).hex()
        _INHERITED[token] = document
        self._start()
        if self.method != "fork":
            del _INHERITED[token]
            return None
        self._token = token
        return token

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        self.early.close()
        self.early.join_thread()
        if self._token is not None:
            _INHERITED.pop(self._token, None)
        if self._threads is not None:  # this process's own kiwipiepy: its threads again
            if self._threads[0] is None:
                os.environ.pop("TQA_KIWI_THREADS", None)
            else:
                os.environ["TQA_KIWI_THREADS"] = self._threads[0]
        return False


def check_inputs(inputs: list[tuple[str, str | None]], options, jobs: int,
                 advance: Callable[[str], None] = lambda name: None) -> list[Document]:
    """Every input checked on ``jobs`` worker processes; the documents in input order, as
    ``-j 1`` gives them. A bad input raises its :class:`InputError` (the first in input order)."""
    from .io.errors import InputError
    from .pipeline import build_document, check_document

    with Pool(options, jobs) as pool:
        if len(inputs) == 1:
            source, target = inputs[0]
            document = build_document(source, target, deferred_scores(options))
            score = not options.fast and (target is None or options.parallel)
            check_document(document, options,
                           run=lambda d, rules, context: run_chunked(d, rules, context, options, pool, score))
            advance(source)
            return [document]
        futures = [pool.executor.submit(check_file, source, target) for source, target in inputs]
        documents = []
        for (source, _), future in zip(inputs, futures):
            result = future.result()
            replay(result[-1])
            if result[0] == "error":
                raise InputError(result[1], result[2])
            documents.append(result[1])
            advance(source)
        return documents


def _take_early(queue, token: str, futures: list, analyser) -> bool:
    """Adopt the morphemes every chunk of this run (``token``) puts on ``queue`` before its
    rules run. False when a chunk failed or a worker died first (the chunk's result then
    raises, as without the queue); messages of another run are dropped."""
    from queue import Empty

    waiting = set(range(len(futures)))
    while waiting:
        try:
            message = queue.get(timeout=0.2)
        except Empty:
            if any(futures[number].done() and futures[number].exception() is not None for number in waiting):
                return False
            continue
        run, number, found = message
        if run != token or number not in waiting:
            continue
        if found is None:
            return False
        analyser.adopt(unpack_morphemes(found))
        waiting.discard(number)
    return True


def deferred_scores(options):
    """The options with link scoring left to the chunks (``--parallel`` and bilingual input
    without ``--fast``: each chunk scores its own links, the same scores one process gives).
    The copy shares the run's resources, as ``-j 1``'s reading and checking do: the encoder
    that aligning the sentences loads is the one the rules then see loaded (TQA050 reads
    the word alignment only then)."""
    from .pipeline import resources_for

    resources_for(options)
    return dataclasses.replace(options, score_links=False)


def run_chunked(document: Document, rules, context, options, pool: Pool, score: bool = False) -> list:
    """:func:`tqa.checks.runner.run_checks` over a document whose pair-local rules run in
    chunks on the pool; the rest runs here, on the whole document, meanwhile and after.
    ``score``: the chunks fill the links' similarity scores (links given, not found)."""
    from .analyse.registry import plan, run_analysers
    from .checks.runner import drop_deferred, needed_analyses, run_checks

    active = [rule for rule in rules if not (rule.neural and context.fast)]
    # with the links scored already (not by the chunks), the document's similarity norm is
    # known before the chunks start: computed here and given to them. With --fast only: in
    # the default mode TQA050 reads the word alignment when this process's encoder is
    # loaded (not in a worker), so its messages depend on where it runs
    norm = None
    document.analyses.bind(context)
    if context.fast and not score and any(is_local(rule, context.fast, True) and not is_local(rule, context.fast)
                         for rule in active):
        if not run_analysers(document, ["similarity_norm"], context):
            norm = document.analyses.similarity_norm
    local = [rule for rule in active if is_local(rule, context.fast, norm is not None)]
    size = len(document.links)
    chunk_size = max(MIN_CHUNK, -(-size // (pool.jobs * CHUNKS_PER_WORKER)))
    codes = [rule.code for rule in local]
    rest = [rule for rule in rules if rule not in local]
    # the per-pair analyses the other rules read come back with the chunks too
    shipped = [name for name in PER_PAIR_LISTS if name in needed_analyses(rest, context.fast)]
    chunked = bool(codes or score or shipped)
    document.analyses.bind(context)
    early = [name for name in needed_analyses(rest, context.fast)
             if name not in PER_PAIR_LISTS and name != "similarity_norm"]
    if options.names_table and "names" in needed_analyses(rules, context.fast):
        early.append("names_table")  # the reports' table, which check_document adds after the rules
    # the analyses that read morphemes wait for the chunks' (the workers analyse the Korean)
    later = [name for name in early if chunked and any(step.provides == "korean" for step in plan([name]))]
    # (not when the chunks score the links: the document-wide analyses would then run
    # before the scores are in)
    queue = getattr(pool, "early", None) if later and not score else None
    token = os.urandom(8).hex() if queue is not None else None
    if token is not None:
        # one chunk a worker, cut by distinct Korean texts: each worker analyses its share
        # of the Korean first and sends it, so the parent's wait is the analyser's, not the rules'
        chunks = chunk_pairs(document, max(MIN_CHUNK, -(-distinct_sources(document) // pool.jobs)), distinct=True)
    else:
        chunks = chunk_pairs(document, chunk_size) if chunked else []
    inherited = pool.inherit(document) if chunks and hasattr(pool, "inherit") else None
    if inherited is not None:  # forked workers hold the document: the pair numbers suffice
        futures = [pool.executor.submit(check_inherited, inherited, pairs, codes, score, shipped, bool(later),
                                        None if token is None else (token, number), norm)
                   for number, pairs in enumerate(chunks)]
    else:
        futures = [pool.executor.submit(check_chunk, make_chunk(document, pairs, codes, score, shipped, bool(later),
                                                                None if token is None else (token, number), norm))
                   for number, pairs in enumerate(chunks)]
    # meanwhile: the analyses of the other rules that do not wait for the chunks
    now = [name for name in early if name not in later]
    if now:
        run_analysers(document, now, context)
    analyser = None
    if later:
        from .ko.analyser import current

        analyser = context.resources.korean if context.resources is not None else current()
    # with the morphemes sent ahead, the document-wide analyses and the rules that read
    # nothing else run while the workers still run their rules
    ahead = queue is not None and _take_early(queue, token, futures, analyser)
    first = None
    if ahead:
        run_analysers(document, later, context)
        first = [rule for rule in rest if not rule.neural
                 and not set(rule.requires) & (set(PER_PAIR_LISTS) | {"similarity_norm"})]
    results: list = []

    def gather() -> None:
        results.extend(future.result() for future in futures)
        for result in results:
            for index, value in zip(result.pairs, result.scores):
                document.links[index].score = value
        for name in PER_PAIR_LISTS:
            if all(name in result.analyses for result in results) and results:
                values = [None] * size
                for result in results:
                    for index, value in zip(result.pairs, result.analyses[name]):
                        values[index] = value
                setattr(document.analyses, name, values)
        if later and not ahead:
            for result in results:
                analyser.adopt(result.morphemes)
            run_analysers(document, later, context)

    if first is None:
        gather()
        issues = run_checks(document, rest, context)
    else:
        issues = run_checks(document, rest, context, first=first, meanwhile=gather)
    local_issues: list = []
    local_errors: list = []
    for result in results:
        local_issues.extend(result.issues)
        local_errors.extend(result.errors)
    # the other rules ran on the whole document; their issues follow the local ones, as the
    # pair rules' follow the pairs in one process, then one stable sort as run_checks does
    seen: set[str] = set()
    first_errors = []
    for error in sorted(local_errors, key=lambda e: e.pair if e.pair is not None else -1):
        if error.rule not in seen:  # a rule is reported once, at its first failing pair
            seen.add(error.rule)
            first_errors.append(error)
    document.errors[:0] = first_errors
    # a finding of a rule here that defers to a chunk's rule reporting at the same place
    # goes, as in one pass (TQA130 defers to TQA101; run_checks saw only its own rules')
    merged = drop_deferred(local_issues + issues, {rule.code: rule.defers_to for rule in active if rule.defers_to})
    merged.sort(key=lambda i: (min(i.source_segments, default=10**9), min(i.target_segments, default=10**9), i.rule))
    document.issues = merged
    return merged
