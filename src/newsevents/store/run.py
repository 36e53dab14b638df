"""Code a corpus into a DuckDB store: worker processes code, the parent alone writes.

1. The parent reads the input as a stream, keys each document (id + content hash) and
   drops keys already stored, so a rerun skips finished work.
2. Batches go to N worker processes (each loads spaCy once) through ``imap`` with a
   bounded window, so memory stays bounded whatever the corpus size.
3. The parent assigns stories and writes each batch in ONE transaction: a run killed
   at any moment leaves whole batches only, and the rerun completes it.
4. After a batch the parent publishes ``<db>.snapshot.duckdb`` for readers (at most every
   ``snapshot_every`` seconds, and spending at most ~10 % of the time on copies).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

import duckdb
import pyarrow as pa

from newsevents import messages
from newsevents.clean.repetition import repeated_in
from newsevents.model import Document
from newsevents.pipeline import Options, process
from newsevents.read import MAX_BYTES, count_documents, read
from newsevents.record import to_record
from newsevents.store import rows
from newsevents.store.schema import ROW_TABLES, create
from newsevents.store.snapshot import publish_snapshot, snapshot_path
from newsevents.store.stories import StoryIndex, StorySettings, signature, story_id_for

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunProgress:
    """What ``on_batch`` is told after each batch is committed."""

    done: int  # documents stored by this run
    skipped: int  # documents already in the store
    total: int | None  # documents in the input, when known
    events: int
    warnings: int
    elapsed: float

    @property
    def docs_per_second(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0


@dataclass(frozen=True)
class RunSummary:
    """The outcome of a run (documents, rows and rate of this run only)."""

    db: str
    snapshot: str | None
    documents: int
    skipped: int
    coded: int
    empty: int
    failed: int
    actors: int
    quotes: int
    events: int
    new_stories: int
    warnings: int
    workers: int
    elapsed: float
    stopped: bool = False  # a stop was requested (SIGTERM, Ctrl-C): rerun to resume
    skip_reasons: dict[str, int] = field(default_factory=dict)  # documents stored uncoded, by named reason

    @property
    def skipped_for_reason(self) -> int:
        """Documents stored with status ``skipped`` (too-large, binary, not-english...)."""
        return self.documents - self.coded - self.empty - self.failed

    @property
    def inputs(self) -> int:
        """Every document the input held: stored by this run, or already stored."""
        return self.documents + self.skipped

    def accounting(self) -> str:
        """``coded 1,204 + skipped 31 (too-large 2, not-english 9, ...) = 1,235 inputs``."""
        reasons = dict(self.skip_reasons)
        if self.skipped:
            reasons["already-stored"] = self.skipped
        uncoded = sum(reasons.values())
        listed = ", ".join(f"{name} {count:,}" for name, count in sorted(reasons.items(), key=lambda kv: -kv[1]))
        failed = f" ({self.failed:,} with a failed stage)" if self.failed else ""
        return (f"coded {self.inputs - uncoded:,}{failed} + skipped {uncoded:,}"
                f"{f' ({listed})' if listed else ''} = {self.inputs:,} inputs")

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.elapsed if self.elapsed > 0 else 0.0


_OPTIONS: Options | None = None
_SETTINGS: StorySettings | None = None


def init_worker(options: Options, settings: StorySettings, preload: bool = True) -> None:
    """Per worker process: keep the settings and load spaCy once."""
    global _OPTIONS, _SETTINGS
    _OPTIONS, _SETTINGS = options, settings
    if preload:  # a worker process: Ctrl-C is the parent's to handle (finish the batch, commit, stop)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        from newsevents.parse import load_model

        load_model()


def code_batch(batch: list[tuple[str, str, Document]]) -> list[tuple[str, str, dict, bytes | None]]:
    """Code one batch in a worker: (doc_key, sha, record, signature) for each document, in order."""
    try:
        records = [to_record(doc) for doc in process([doc for _k, _s, doc in batch], _OPTIONS)]
    except Exception:  # noqa: BLE001 - retry one by one so one document cannot sink its batch
        records = [code_one(doc) for _k, _s, doc in batch]
    return [(key, sha, record, signature(record.get("body"), _SETTINGS))
            for (key, sha, _doc), record in zip(batch, records, strict=True)]


def code_one(doc: Document) -> dict:
    try:
        return to_record(next(process([doc], _OPTIONS)))
    except Exception as error:  # noqa: BLE001 - errors are values: the document keeps a warning
        reason = messages.STAGE_FAILED.format(stage="pipeline", reason=f"{type(error).__name__}: {error}")
        return to_record(doc.warn(reason))


def run_corpus(paths: Iterable[str] | str, *, db: str | os.PathLike = "newsevents.duckdb",
               date: str | None = None, max_bytes: int = MAX_BYTES, **kwargs) -> RunSummary:
    """Code every document that ``newsevents.read.read`` yields for ``paths`` into ``db``.

    The files are read twice: first to find the lines each site repeats across its pages
    (removed as ``repeated-across-pages``), then to code them (not for stdin).
    """
    paths = [paths] if isinstance(paths, str) else list(paths)
    if "-" not in paths:  # a first pass over the files finds the lines each site repeats
        options = kwargs.pop("options", None) or Options()
        kwargs["options"] = replace(options, repeated_lines=repeated_in(read(paths, date=date, max_bytes=max_bytes)))
    return run_documents(read(paths, date=date, max_bytes=max_bytes), db=db, total=count_documents(paths), **kwargs)


def run_documents(docs: Iterable[Document], *, db: str | os.PathLike = "newsevents.duckdb",
                  workers: int | None = None, batch_size: int = 32, total: int | None = None,
                  options: Options | None = None, settings: StorySettings | None = None,
                  snapshot: bool = True, snapshot_every: float = 5.0,
                  on_batch: Callable[[RunProgress], None] | None = None,
                  stop: threading.Event | None = None) -> RunSummary:
    """Code a stream of `Document`s into ``db``; skip those already stored; one transaction per batch.

    When ``stop`` is set the batch in hand is committed and the run ends (``summary.stopped``).
    """
    options = options or Options()
    settings = settings or StorySettings()
    workers = max(1, workers or os.cpu_count() or 1)
    started = time.monotonic()
    con = duckdb.connect(str(db))
    try:
        create(con, settings.as_meta())
        writer = Writer(con, settings)
        skipped = [0]
        batches = key_batches(docs, writer.known, batch_size, skipped)
        next_snapshot = 0.0
        if on_batch:
            on_batch(RunProgress(0, 0, total, 0, 0, 0.0))
        for results in coded_batches(batches, workers, options, settings):
            writer.write(results)
            if snapshot and time.monotonic() >= next_snapshot:
                copy_started = time.monotonic()
                publish_snapshot(con, db)
                # at most every `snapshot_every` s, and copying takes at most ~10 % of the run
                next_snapshot = time.monotonic() + max(snapshot_every, 10 * (time.monotonic() - copy_started))
            progress = RunProgress(writer.counts["documents"], skipped[0], total, writer.counts["events"],
                                   writer.counts["warnings"], time.monotonic() - started)
            log.info("%d documents stored (%d skipped) of %s, %d events, %.2f docs/s", progress.done,
                     progress.skipped, total if total is not None else "?", progress.events, progress.docs_per_second)
            if on_batch:
                on_batch(progress)
            if stop is not None and stop.is_set():
                break
        if snapshot:
            publish_snapshot(con, db)
    finally:
        con.close()
    counts = writer.counts
    return RunSummary(db=str(db), snapshot=str(snapshot_path(db)) if snapshot else None,
                      documents=counts["documents"], skipped=skipped[0], coded=counts["coded"],
                      empty=counts["empty"], failed=counts["failed"], actors=counts["actors"],
                      quotes=counts["quotes"], events=counts["events"], new_stories=counts["new_stories"],
                      warnings=counts["warnings"], workers=workers, elapsed=time.monotonic() - started,
                      stopped=bool(stop is not None and stop.is_set()), skip_reasons=dict(writer.skip_reasons))


def key_batches(docs: Iterable[Document], known: set[str], size: int,
                skipped: list[int]) -> Iterator[list[tuple[str, str, Document]]]:
    """Batches of (key, sha, document) not yet stored (nor seen earlier in this input)."""
    seen = set(known)

    def fresh() -> Iterator[tuple[str, str, Document]]:
        for doc in docs:
            key, sha = rows.document_key(doc)
            if key in seen:
                skipped[0] += 1
                continue
            seen.add(key)
            yield key, sha, doc

    iterator = fresh()
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def coded_batches(batches: Iterator[list], workers: int, options: Options,
                  settings: StorySettings) -> Iterator[list]:
    """Coded batches in input order: in this process, or from a pool with a bounded window."""
    if workers == 1:
        init_worker(options, settings, preload=False)
        yield from map(code_batch, batches)
        return
    window = threading.Semaphore(2 * workers)
    closed = threading.Event()

    def throttled() -> Iterator[list]:
        for batch in batches:  # runs in the pool's feeder thread
            window.acquire()
            if closed.is_set():  # the consumer stopped early: feed no more, let the pool close
                return
            yield batch

    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=init_worker, initargs=(options, settings)) as pool:
        try:
            for results in pool.imap(code_batch, throttled()):
                window.release()
                yield results
        finally:
            closed.set()
            window.release(2 * workers)  # wake the feeder if it waits


class Writer:
    """The one writer: stories, rows and counts, one transaction per batch."""

    def __init__(self, con, settings: StorySettings):
        self.con = con
        self.known = {key for (key,) in con.execute("SELECT doc_key FROM documents").fetchall()}
        self.seq = con.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()[0]
        self.index = StoryIndex(settings)
        self.index.load(con.execute("SELECT m.doc_key, m.story_id, m.signature, d.seq FROM minhashes m "
                                    "JOIN documents d USING (doc_key) ORDER BY d.seq").fetchall())
        self.counts = dict.fromkeys(("documents", "coded", "empty", "failed", "actors", "quotes", "events",
                                     "new_stories", "warnings", "skipped"), 0)
        self.skip_reasons: dict[str, int] = {}

    def write(self, results: list[tuple[str, str, dict, bytes | None]]) -> None:
        tables: dict[str, list[dict]] = {name: [] for name in (*ROW_TABLES, "stories")}
        stories: dict[str, list[dict]] = {}
        for key, sha, record, blob in results:
            self.seq += 1
            story_id = self.index.assign(key, blob, self.seq) if (record.get("text") or "").strip() else None
            document = rows.document_row(key, sha, self.seq, record, story_id)
            tables["documents"].append(document)
            tables["actors"] += rows.actor_rows(key, record)
            tables["quotes"] += rows.quote_rows(key, record)
            tables["events"] += rows.event_rows(key, record, story_id)
            if blob is not None:
                tables["minhashes"].append({"doc_key": key, "story_id": story_id, "signature": blob})
            if story_id:
                stories.setdefault(story_id, []).append(document)
                self.counts["new_stories"] += story_id == story_id_for(key)
            self.counts[document["status"]] += 1
            if document["status"] in ("empty", "skipped"):
                reason = (record.get("skipped") or "empty").split(" (")[0]
                self.skip_reasons[reason] = self.skip_reasons.get(reason, 0) + 1
            self.counts["warnings"] += len(document["warnings"])
        # a story begun by one document of this batch is written as is; others are recounted in SQL
        grown = {story for story, docs in stories.items()
                 if len(docs) > 1 or story != story_id_for(docs[0]["doc_key"])}
        tables["stories"] = [single_story(docs[0]) for story, docs in stories.items() if story not in grown]
        self.con.execute("BEGIN TRANSACTION")
        try:
            for name, table_rows in tables.items():
                if table_rows:
                    self.con.register("batch_rows", pa.Table.from_pylist(table_rows))
                    self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM batch_rows")
                    self.con.unregister("batch_rows")
            if grown:
                self.con.execute(STORIES_UPSERT, [sorted(grown)])
            self.con.execute("COMMIT")
        except Exception:
            # a failed COMMIT (a full disk) has already ended the transaction: the first error tells why
            with contextlib.suppress(duckdb.TransactionException):
                self.con.execute("ROLLBACK")
            raise
        for name in ("documents", "actors", "quotes", "events"):
            self.counts[name] += len(tables[name])


def single_story(document: dict) -> dict:
    return {"story_id": document["story_id"], "first_doc_key": document["doc_key"],
            "first_doc_id": document["doc_id"], "headline": document["headline"], "first_date": document["date"],
            "last_date": document["date"], "n_documents": 1, "n_sources": 1}


STORIES_UPSERT = """
INSERT OR REPLACE INTO stories
SELECT story_id,
       arg_min(doc_key, seq), arg_min(doc_id, seq), arg_min(headline, seq),
       min(date), max(date), count(*)::INTEGER, count(DISTINCT coalesce(outlet, doc_key))::INTEGER
FROM documents WHERE story_id IN (SELECT unnest(?::VARCHAR[]))
GROUP BY story_id
"""
