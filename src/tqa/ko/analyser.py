"""The Korean analyser (kiwipiepy) of a run, loaded on first use, with per-text caches.

Every Korean-side module asks this one for morphemes, so a sentence is analysed once
per run however many checks look at it.

A :class:`KoreanAnalyser` belongs to one run (:class:`tqa.resources.Resources`, made by
the pipeline from the run's options): its caches, its word-list seeds and its handle on
the disk store are its own, so two runs with different :class:`AnalyserOptions` in one
process never see each other's analyses. Only the loaded kiwipiepy model is shared
between runs, through :data:`tqa.weights.WEIGHTS`, keyed by the kiwipiepy and model
versions and the constructor options (everything that decides the model's answers).

The module functions (:func:`morphemes`, :func:`analyse_many`, :func:`sentence_spans`, …)
answer with the analyser of the run active in the calling context (:func:`current`), or
outside a run with one for the options the environment gives.

Two ways in, one cache: :func:`morphemes` analyses one text on demand, and
:func:`analyse_many` analyses a whole document's texts in ONE batched kiwipiepy call
(spread over kiwipiepy's worker threads) before the checks ask for them. Both give the
same morphemes with the same offsets (``tests/test_analyser_batch.py``); batching saves
wall time on a machine with free cores, not CPU time. :func:`sentence_spans` and
:func:`sentence_spans_many` do the same for sentence boundaries.

With ``TQA_ANALYSIS_CACHE=1`` the analyses are also kept on disk between runs (an SQLite
file in :func:`cache_dir`, keyed by the analyser's version): a run over Korean analysed
before (a re-check after edits) never loads kiwipiepy, whose start-up alone costs about
4 CPU-s. Off by default, because the file holds what the source texts are made of.
"""
from __future__ import annotations

import atexit
import json
import os
import tempfile
import threading
import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from ..resources import current as _current_resources
from ..weights import WEIGHTS


class Morpheme(NamedTuple):
    form: str
    tag: str    # Sejong-style tag: NNG, NNP, SN, NR, VV, JKS …
    start: int  # code-point offsets into the analysed text
    end: int
    lemma: str  # dictionary form (verbs/adjectives end in 다)


#: layout of the word-list cache files of :func:`warm_from_disk`: ``{"format": 2,
#: "analyser": version, "texts": {text: [[form, tag, start, end, lemma], …]}}``
WORD_CACHE_FORMAT = 2


def _read_word_cache(path: Path, version: str) -> dict:
    """The analyses a word-list cache file holds; ``{}`` when it is missing, unreadable,
    truncated, of another format or another analyser (it is then rewritten). Entries are
    checked one by one when used (:func:`_valid_morpheme_rows`)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if (not isinstance(data, dict) or data.get("format") != WORD_CACHE_FORMAT
            or data.get("analyser") != version or not isinstance(data.get("texts"), dict)):
        return {}
    return data["texts"]


def _valid_morpheme_rows(text: str, rows) -> tuple[Morpheme, ...] | None:
    """``rows`` (``[[form, tag, start, end, lemma], …]``) as morphemes of ``text``, or None
    when any row has the wrong shape or types or offsets outside the text."""
    if not isinstance(rows, list):
        return None
    analysis = []
    for row in rows:
        if not (isinstance(row, list) and len(row) == 5 and isinstance(row[0], str) and isinstance(row[1], str)
                and isinstance(row[4], str) and _valid_span(text, row[2], row[3])):
            return None
        analysis.append(Morpheme(*row))
    return tuple(analysis)


def _valid_span(text: str, start, end) -> bool:
    return type(start) is int and type(end) is int and 0 <= start <= end <= len(text)


# --- the disk store (TQA_ANALYSIS_CACHE=1) ------------------------------------------------

def analysis_cache_enabled() -> bool:
    """True when ``TQA_ANALYSIS_CACHE=1``: analyses are kept on disk between runs."""
    return os.environ.get("TQA_ANALYSIS_CACHE", "0") == "1"


#: the store keeps at most this many texts per kind; the oldest go first
STORE_SIZE = 100_000


def _encode_morphemes(text: str, analysis: tuple[Morpheme, ...]) -> list:
    """Compact rows: ``[tag, start, end]``, plus the form when it is not ``text[start:end]``
    (했 → 하 + 었) and the lemma when it is not the form."""
    rows = []
    for m in analysis:
        row: list = [m.tag, m.start, m.end]
        if m.lemma != m.form:
            row += [m.form, m.lemma]
        elif m.form != text[m.start:m.end]:
            row.append(m.form)
        rows.append(row)
    return rows


def _decode_morphemes(text: str, rows) -> tuple[Morpheme, ...] | None:
    """The morphemes of :func:`_encode_morphemes`' rows; None when a row is malformed
    (wrong shape or types, offsets outside ``text``): the text is then analysed again."""
    if not isinstance(rows, list):
        return None
    analysis = []
    for row in rows:
        if (not isinstance(row, list) or not 3 <= len(row) <= 5 or not isinstance(row[0], str)
                or not _valid_span(text, row[1], row[2]) or not all(isinstance(x, str) for x in row[3:])):
            return None
        tag, start, end, *rest = row
        form = rest[0] if rest else text[start:end]
        analysis.append(Morpheme(form, tag, start, end, rest[1] if len(rest) > 1 else form))
    return tuple(analysis)


def _decode_sentences(text: str, rows) -> list[tuple[int, int]] | None:
    """Sentence spans from the store; None unless every row is an in-text ``[start, end]``."""
    if not isinstance(rows, list) or not all(
            isinstance(row, list) and len(row) == 2 and _valid_span(text, *row) for row in rows):
        return None
    return [tuple(row) for row in rows]


#: kind → (table, encode, decode)
_MORPHEMES = ("morphemes", _encode_morphemes, _decode_morphemes)
_SENTENCES = ("sentences", lambda text, spans: [list(span) for span in spans], _decode_sentences)


class _Store:
    """Analyses on disk: one SQLite table per kind, keyed by a hash of the text. New
    analyses are held in memory and written by :meth:`save` (at the end of a check and at
    exit). Any SQLite or file error turns the store off for the rest of the process: it
    only ever costs the time it would have saved."""

    def __init__(self, path: Path):
        import sqlite3

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        try:
            self.connection = self._open(path)
        except sqlite3.DatabaseError as error:
            if not _is_corruption(error):
                raise
            # not an SQLite file, or a damaged one: it only ever held a cache, start afresh
            path.unlink()
            self.connection = self._open(path)
        self.pending: dict[str, dict[bytes, str]] = {}

    @staticmethod
    def _open(path: Path):
        """Connect, and make sure the file has this layout (:data:`STORE_FORMAT`): a file
        of another format loses its rows, a file that is no database raises."""
        import sqlite3

        # the analyses spell out the source texts: the file is private, like the other caches
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        connection = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
        try:
            with connection:
                connection.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
                found = connection.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
                if found is None or found[0] != str(STORE_FORMAT):
                    for table in (_MORPHEMES[0], _SENTENCES[0]):
                        connection.execute(f"DROP TABLE IF EXISTS {table}")
                    connection.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (str(STORE_FORMAT),))
                for table in (_MORPHEMES[0], _SENTENCES[0]):
                    connection.execute(f"CREATE TABLE IF NOT EXISTS {table} (key BLOB PRIMARY KEY, value TEXT NOT NULL)")
        except BaseException:
            connection.close()
            raise
        return connection

    @staticmethod
    def key(text: str) -> bytes:
        from hashlib import blake2b

        return blake2b(text.encode("utf-8"), digest_size=16).digest()

    def get_many(self, table: str, texts: list[str]) -> dict[str, str]:
        keys = {self.key(text): text for text in texts}
        found = {}
        pending = self.pending.get(table, {})
        ordered = list(keys)
        for begin in range(0, len(ordered), 500):
            chunk = ordered[begin:begin + 500]
            query = f"SELECT key, value FROM {table} WHERE key IN ({','.join('?' * len(chunk))})"
            for key, value in self.connection.execute(query, chunk):
                if key in keys and isinstance(value, (str, bytes)):  # a row of another type: not there
                    found[keys[key]] = value
        for key, text in keys.items():
            if key in pending:
                found[text] = pending[key]
        return found

    def add(self, table: str, text: str, value: str) -> None:
        self.pending.setdefault(table, {})[self.key(text)] = value

    def save(self) -> None:
        if not any(self.pending.values()):
            return
        with self.connection:
            for table, rows in self.pending.items():
                self.connection.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", rows.items())
                (count,) = self.connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
                if count > STORE_SIZE:
                    self.connection.execute(f"DELETE FROM {table} WHERE rowid IN "
                                            f"(SELECT rowid FROM {table} ORDER BY rowid LIMIT ?)",
                                            (count - STORE_SIZE,))
        self.pending = {}


#: layout of the analysis store, kept in its ``meta`` table; a store of another layout is emptied
STORE_FORMAT = 2



def _is_corruption(error: Exception) -> bool:
    """True for 'file is not a database' / 'database disk image is malformed', not for a
    locked or read-only store (sqlite3's OperationalError)."""
    import sqlite3

    return isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError)


def _store_errors() -> tuple[type[Exception], ...]:
    """What a missing, locked, full or corrupt store raises (sqlite3 is imported only when used)."""
    import sqlite3

    return (OSError, sqlite3.Error, ValueError, TypeError)


#: texts kept per cache; past this the oldest analyses are dropped (first in, first out)
CACHE_SIZE = 65536


def _remember(cache: dict, text: str, value) -> None:
    cache[text] = value
    while len(cache) > CACHE_SIZE:
        try:
            del cache[next(iter(cache))]
        except (KeyError, StopIteration, RuntimeError):  # another thread got there first
            break


_new_tuple = tuple.__new__


def _to_morphemes(tokens) -> tuple[Morpheme, ...]:
    # tuple.__new__ skips the namedtuple's Python-level __new__ (same Morpheme objects);
    # kiwipiepy before 0.22 had no lemma: the form stands in
    try:
        return tuple([_new_tuple(Morpheme, (token.form, token.tag, token.start, token.start + token.len, token.lemma))
                      for token in tokens])
    except AttributeError:
        return tuple(Morpheme(token.form, token.tag, token.start, token.start + token.len,
                              getattr(token, "lemma", token.form)) for token in tokens)


def _sentence_bounds(sentences) -> list[tuple[int, int]]:
    return [(sentence[0].start, sentence[-1].start + sentence[-1].len) for sentence in sentences if sentence]


def _to_analyse(texts: Iterable[str], *caches: dict) -> list[str]:
    """Distinct texts of ``texts`` worth a batch: not blank, in none of ``caches``, at
    most half a cache."""
    todo = [text for text in dict.fromkeys(texts)
            if text.strip() and not any(text in cache for cache in caches)]
    # more than the cache holds would push out analyses before the checks read them
    return todo[:CACHE_SIZE // 2]


def cache_dir() -> Path:
    """``$TQA_CACHE_DIR``, else ``~/.cache/tqa``."""
    return Path(os.environ.get("TQA_CACHE_DIR") or Path.home() / ".cache" / "tqa")


def analysis_cache_enabled() -> bool:
    """True when ``TQA_ANALYSIS_CACHE=1``: analyses are kept on disk between runs."""
    return os.environ.get("TQA_ANALYSIS_CACHE", "0") == "1"


@dataclass(frozen=True)
class AnalyserOptions:
    """What decides a Korean analyser's answers and where its caches live.

    ``multi_dict``: kiwipiepy's multi-word proper-noun dictionary (Wikipedia/Namuwiki
    titles). Left out by default (``TQA_KIWI_MULTI_DICT=1`` turns it on): it costs about
    2.5 CPU-s per process to load and compile on first use, and without it the name
    checks do better, not worse (it reads "로버트 무가베" as one token the foreign-name
    finder cannot split; on the benchmark documents 19 more foreign names are found,
    number and literal findings are identical).
    ``disk_cache``: keep analyses on disk between runs (``TQA_ANALYSIS_CACHE=1``).
    ``cache_dir``: where the word-list caches and the store live (``TQA_CACHE_DIR``)."""

    multi_dict: bool = False
    disk_cache: bool = False
    cache_dir: str | None = None

    @classmethod
    def from_env(cls) -> "AnalyserOptions":
        return cls(multi_dict=os.environ.get("TQA_KIWI_MULTI_DICT", "0") == "1",
                   disk_cache=analysis_cache_enabled(), cache_dir=str(cache_dir()))

    @property
    def folder(self) -> Path:
        return Path(self.cache_dir) if self.cache_dir else cache_dir()

    def kiwi_options(self) -> dict[str, bool]:
        """The ``kiwipiepy.Kiwi`` constructor's options."""
        return {"load_multi_dict": self.multi_dict}

    def version(self) -> str:
        """kiwipiepy and its model's versions and the dictionary choice (cache keys, run signature)."""
        return "-".join(_package_versions() + (() if self.multi_dict else ("nomulti",)))

    def weights_key(self) -> tuple:
        """Everything that decides the loaded model: package versions and constructor options."""
        return ("kiwi", _package_versions(), tuple(sorted(self.kiwi_options().items())))


@lru_cache(maxsize=1)
def _package_versions() -> tuple[str, ...]:
    """The installed kiwipiepy and kiwipiepy_model versions (read once: a process does not
    change its installed packages under itself)."""
    parts = []
    for package in ("kiwipiepy", "kiwipiepy_model"):
        found = _version_beside(package)
        if found is None:
            from importlib.metadata import PackageNotFoundError, version

            try:
                found = version(package)
            except PackageNotFoundError:
                found = "none"
        parts.append(found)
    return tuple(parts)


def _version_beside(package: str) -> str | None:
    """The ``Version:`` of the one ``PACKAGE-*.dist-info`` folder next to the package's own
    folder, without importing the package; None when it is not that simple (then
    ``importlib.metadata`` answers: it searches every ``sys.path`` folder, ~40 ms a run)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.origin:
            return None
        folder = Path(spec.origin).parent.parent
        infos = [entry for entry in os.scandir(folder)
                 if entry.name.startswith(package + "-") and entry.name.endswith(".dist-info")]
        if len(infos) != 1:
            return None
        with open(os.path.join(infos[0].path, "METADATA"), encoding="utf-8") as stream:
            for line in stream:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip() or None
                if not line.strip():
                    return None  # end of the headers
    except (OSError, ValueError, ImportError):
        return None
    return None


def kiwi_threads() -> int | None:
    """kiwipiepy's worker threads for a model loaded now (``TQA_KIWI_THREADS``): unset is
    kiwipiepy's default (one per core); ``tqa check -j N`` workers use 1, and 0 (no thread
    at all: each text analysed in the calling thread) in a parent that forks its workers
    after loading the model (:mod:`tqa.parallel`), since threads do not survive a fork.
    The morphemes are the same whatever the count."""
    value = os.environ.get("TQA_KIWI_THREADS", "").strip()
    try:
        return max(0, int(value)) if value else None
    except ValueError:
        return None


def _load_kiwi(options: AnalyserOptions, threads: int | None = None):
    from kiwipiepy import Kiwi

    if threads is None:
        return Kiwi(**options.kiwi_options())
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # num_workers=0: single-thread mode
        return Kiwi(num_workers=threads, **options.kiwi_options())


class KoreanAnalyser:
    """kiwipiepy for one run: morphemes and sentence spans of texts, each analysed once,
    kept in this object's caches (and, with ``disk_cache``, in the SQLite store)."""

    def __init__(self, options: AnalyserOptions | None = None):
        self.options = options if options is not None else AnalyserOptions.from_env()
        self._kiwi = None
        #: the model runs without threads (:func:`kiwi_threads` 0): no batched calls
        self._single = False
        #: text → morphemes, filled by :meth:`_analyse` and :meth:`analyse_many`
        self._cache: dict[str, tuple[Morpheme, ...]] = {}
        #: line → sentence spans, filled by :meth:`sentence_spans` and :meth:`sentence_spans_many`
        self._span_cache: dict[str, list[tuple[int, int]]] = {}
        #: analyses loaded from the word-list caches (fixed lists such as the calque lexicon)
        self._seeded: dict[str, tuple[Morpheme, ...]] = {}
        self._store: _Store | None = None
        self._store_off = False
        self._version: str | None = None
        self._lock = threading.Lock()
        #: the last answer of a caller's memo (:meth:`recent`), e.g. the content keys of
        #: the text the lexicon and the idiom list are both matched against
        self._recent: dict[str, object] = {}

    # --- the model ------------------------------------------------------------------

    def kiwi(self):
        """The ``kiwipiepy.Kiwi`` instance (loads in about two seconds, once per process
        for these options: :data:`tqa.weights.WEIGHTS`)."""
        if self._kiwi is None:
            threads = kiwi_threads()
            key = self.options.weights_key() + ((("threads", threads),) if threads is not None else ())
            self._kiwi = WEIGHTS.get(key, lambda: _load_kiwi(self.options, threads))
            self._single = threads == 0
        return self._kiwi

    def version(self) -> str:
        if self._version is None:
            self._version = self.options.version()
        return self._version

    def recent(self, name: str):
        """What :meth:`remember_recent` last kept under ``name`` (None at first)."""
        return self._recent.get(name)

    def remember_recent(self, name: str, value) -> None:
        self._recent[name] = value

    # --- analyses -------------------------------------------------------------------

    def morphemes(self, text: str) -> tuple[Morpheme, ...]:
        """Morphemes of ``text`` with offsets into ``text``."""
        seeded = self._seeded.get(text)
        return seeded if seeded is not None else self._analyse(text)

    def _analyse(self, text: str) -> tuple[Morpheme, ...]:
        """kiwipiepy's morphemes of ``text``, from the cache (or the disk store) when it has them."""
        found = self._cache.get(text)
        if found is not None:
            return found
        if not text.strip():
            result: tuple[Morpheme, ...] = ()
        else:
            result = self._stored(_MORPHEMES, [text]).get(text)
            if result is None:
                result = _to_morphemes(self.kiwi().tokenize(text))
                self._store_new(_MORPHEMES, text, result)
        _remember(self._cache, text, result)
        return result

    def analyse_many(self, texts: Iterable[str]) -> int:
        """Analyse ``texts`` in one batched kiwipiepy call and cache the results, so that
        :meth:`morphemes` answers for them without analysing again. Returns how many texts
        kiwipiepy analysed (blank, cached, stored and repeated texts are skipped).

        The morphemes are exactly those of one-text calls: kiwipiepy analyses each text of a
        batch on its own (``echo=True`` pairs each result with its text)."""
        return self._analyse_batch(_to_analyse(texts, self._cache, self._seeded), self._cache, _MORPHEMES,
                                   self._analyse, _to_morphemes)

    def _analyse_batch(self, todo: list[str], cache: dict, kind, one, convert, **options) -> int:
        """Fill ``cache`` for ``todo``: from the disk store, else with one batched kiwipiepy
        call (``one`` for a single text) whose results ``convert`` turns into cache values."""
        for text, value in self._stored(kind, todo).items():
            _remember(cache, text, value)
        todo = [text for text in todo if text not in cache]
        if len(todo) == 1:
            one(todo[0])
        elif todo:
            kiwi = self.kiwi()
            # without threads kiwipiepy analyses no batch: one call a text, the same results
            results = ((kiwi.tokenize(text, **options), text) for text in todo) if self._single \
                else kiwi.tokenize(todo, echo=True, **options)
            for tokens, text in results:
                value = convert(tokens)
                _remember(cache, text, value)
                self._store_new(kind, text, value)
        return len(todo)

    def analysed(self, texts: Iterable[str]) -> dict[str, tuple[Morpheme, ...]]:
        """The morphemes this analyser holds for ``texts`` (cached or seeded; the others
        are left out, nothing is analysed): what :meth:`adopt` takes in another process."""
        found = {}
        for text in texts:
            value = self._seeded.get(text)
            if value is None:
                value = self._cache.get(text)
            if value is not None:
                found[text] = value
        return found

    def adopt(self, analyses: dict[str, tuple[Morpheme, ...]]) -> int:
        """Take the morphemes another process's analyser of the same options found
        (:meth:`analysed`; ``tqa check -j N``: a worker's, so the parent never analyses a
        text again). Texts this analyser already holds keep their analysis; returns how
        many were taken."""
        taken = 0
        for text, value in analyses.items():
            if text not in self._cache and text not in self._seeded:
                _remember(self._cache, text, value)
                taken += 1
        return taken

    def sentence_spans(self, text: str) -> list[tuple[int, int]]:
        """Sentence boundaries of a Korean text as (start, end) offsets.

        ``tokenize(split_sents=True)`` gives the same boundaries as ``split_into_sents`` (checked
        on 2,160 FLORES/Park/NTREX texts, single lines and five-line documents) at a fraction of
        the cost (0.36 s against 2.9 s for 200 news lines)."""
        if not text.strip():
            return []
        found = self._span_cache.get(text)
        if found is None:
            found = self._stored(_SENTENCES, [text]).get(text)
            if found is None:
                found = _sentence_bounds(self.kiwi().tokenize(text, split_sents=True))
                self._store_new(_SENTENCES, text, found)
            _remember(self._span_cache, text, found)
        return list(found)

    def sentence_spans_many(self, texts: Iterable[str]) -> int:
        """:meth:`sentence_spans` for many texts in one batched kiwipiepy call, cached for the
        calls that follow. Returns how many texts were analysed."""
        return self._analyse_batch(_to_analyse(texts, self._span_cache), self._span_cache, _SENTENCES,
                                   self.sentence_spans, _sentence_bounds, split_sents=True)

    # --- word-list caches -----------------------------------------------------------

    def warm_from_disk(self, texts: Iterable[str], name: str) -> None:
        """Make :meth:`morphemes` answer for ``texts`` from a disk cache kept between runs.

        Meant for fixed word lists analysed at every start (the calque lexicon's ~2,700 forms
        take seconds to analyse, milliseconds to load). The file name carries the analyser's
        version, so a new kiwipiepy or model never reuses old analyses. An unwritable cache
        folder only costs the time it would have saved."""
        texts = [text for text in dict.fromkeys(texts) if text.strip() and text not in self._seeded]
        if not texts:
            return
        version = self.version()
        path = self.options.folder / f"{name}-{version}.json"
        stored = _read_word_cache(path, version)
        valid = {text: _valid_morpheme_rows(text, stored.get(text)) for text in texts}  # each row checked once
        missing = [text for text in texts if valid[text] is None]
        for text in missing:
            stored[text] = [list(m) for m in self._analyse(text)]
            valid[text] = _valid_morpheme_rows(text, stored[text])
        for text in texts:
            self._seeded[text] = valid[text]
        if missing:
            temporary = None
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    json.dump({"format": WORD_CACHE_FORMAT, "analyser": version, "texts": stored},
                              stream, ensure_ascii=False)
                os.replace(temporary, path)
            except OSError:
                if temporary is not None:
                    try:
                        os.unlink(temporary)
                    except OSError:
                        pass

    # --- the disk store (disk_cache) ------------------------------------------------

    def _open_store(self) -> _Store | None:
        if self._store is None and not self._store_off:
            if not self.options.disk_cache:
                return None
            with self._lock:
                if self._store is None and not self._store_off:
                    try:
                        self._store = _Store(self.options.folder / f"analyses-{self.version()}.sqlite3")
                        _save_at_exit(self)
                    except _store_errors():
                        self._store_off = True
        return self._store

    def _stored(self, kind, texts: list[str]) -> dict:
        """The analyses of ``texts`` the disk store has (none when it is off)."""
        store = self._open_store() if texts else None
        if store is None:
            return {}
        table, _, decode = kind
        try:
            rows = store.get_many(table, texts)
        except _store_errors() as error:
            self._recover_store(error)
            return {}
        found = {}
        for text, value in rows.items():
            try:
                decoded = decode(text, json.loads(value))
            except (ValueError, TypeError, RecursionError):  # not JSON: as if it were not stored
                decoded = None
            if decoded is not None:  # a malformed row is analysed again and overwritten
                found[text] = decoded
        return found

    def _recover_store(self, error: Exception) -> None:
        """A damaged store file is started afresh once; any other failure turns the store off."""
        store = self._store
        if store is not None and _is_corruption(error):
            try:
                store.connection.close()
                self._store = _Store(store.path)
                self._store.pending = store.pending
                return
            except _store_errors():
                pass
        self._turn_store_off()

    def _store_new(self, kind, text: str, analysis) -> None:
        store = self._open_store()
        if store is not None:
            table, encode, _ = kind
            store.add(table, text, json.dumps(encode(text, analysis), ensure_ascii=False, separators=(",", ":")))

    def save(self) -> None:
        """Write the analyses made since the last save to the disk store (when it is on)."""
        if self._store is not None:
            try:
                self._store.save()
            except _store_errors() as error:
                self._recover_store(error)

    def _turn_store_off(self) -> None:
        self._store, self._store_off = None, True


def _save_at_exit(analyser: KoreanAnalyser) -> None:
    """Save ``analyser``'s pending analyses at exit, unless it is gone by then (a weak
    reference: registering does not keep a finished run's caches alive)."""
    reference = weakref.ref(analyser)

    def save() -> None:
        found = reference()
        if found is not None:
            found.save()

    atexit.register(save)


# --- the active run's analyser --------------------------------------------------------

def current() -> KoreanAnalyser:
    """The Korean analyser of the run active in this context (:mod:`tqa.resources`);
    outside a run, the one for the options the environment gives."""
    return _current_resources().korean


def kiwi_options() -> dict[str, bool]:
    """Constructor options of the current analyser (see :class:`AnalyserOptions`)."""
    return current().options.kiwi_options()


def kiwi():
    """The current analyser's ``kiwipiepy.Kiwi`` instance."""
    return current().kiwi()


def morphemes(text: str) -> tuple[Morpheme, ...]:
    """Morphemes of ``text`` with offsets into ``text`` (:meth:`KoreanAnalyser.morphemes`)."""
    return _current_resources().korean.morphemes(text)


def analyser_version() -> str:
    """The current analyser's versions and dictionary choice (cache keys, run signature)."""
    return current().version()


def warm_from_disk(texts: Iterable[str], name: str) -> None:
    """:meth:`KoreanAnalyser.warm_from_disk` of the current analyser."""
    current().warm_from_disk(texts, name)


def analyse_many(texts: Iterable[str]) -> int:
    """:meth:`KoreanAnalyser.analyse_many` of the current analyser."""
    return current().analyse_many(texts)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """:meth:`KoreanAnalyser.sentence_spans` of the current analyser."""
    return current().sentence_spans(text)


def sentence_spans_many(texts: Iterable[str]) -> int:
    """:meth:`KoreanAnalyser.sentence_spans_many` of the current analyser."""
    return current().sentence_spans_many(texts)


def save_analyses() -> None:
    """Write the current analyser's new analyses to the disk store (when it is on)."""
    current().save()


def per_analyser(maxsize: int = 4096):
    """``functools.lru_cache`` for a function whose answer depends on the Korean analyser:
    the cache key holds the current analyser's options as well as the arguments, so runs
    with different options never share an answer (runs with the same options do: the
    answer is a function of the options and the arguments)."""
    from functools import lru_cache, wraps

    def decorate(function):
        @lru_cache(maxsize=maxsize)
        def cached(options, *args):
            return function(*args)

        @wraps(function)
        def wrapper(*args):
            return cached(_current_resources().korean_options, *args)

        wrapper.cache_clear = cached.cache_clear
        wrapper.cache_info = cached.cache_info
        return wrapper
    return decorate
