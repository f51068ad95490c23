"""A stream of documents into the store, fast and observable.

Texts already stored (or seen earlier in the run) are skipped before parsing; the others
are parsed in batches by a `Parser` (this process, local processes or a Dask cluster)
with a bounded number of batches in flight, so memory stays flat whatever the size of
the input; the parser returns each article as the rows it is stored as, written by
`store.add_rows`, one transaction per batch,
at least every `flush_every` seconds. Every item ends as one `Outcome`, reported as soon
as it is known (stored = committed). On an interruption (Ctrl-C) what was parsed is
still written before the exception goes on."""
from __future__ import annotations

import queue
import time
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Callable, Iterable

from ..doc import article_id
from ..errors import IngestError, StoreError
from .archives import Item
from .parsers import Parser, Result, SerialParser
from .reader import Document

if TYPE_CHECKING:
    from ..store import Store
    from ..store.rows import ArticleRows

STORED, SKIPPED, FAILED = "stored", "skipped", "failed"


@dataclass(frozen=True)
class Outcome:
    """What became of one input item."""
    source: str                 # the file, archive position or URL
    status: str                 # stored | skipped | failed
    article_id: str | None = None
    title: str | None = None
    problem: str = ""           # for failures: the reason, for the user

    @property
    def ok(self) -> bool:
        return self.status != FAILED

    @property
    def message(self) -> str:
        if self.status == FAILED:
            return f"{self.source}: {self.problem}"
        titled = f" «{self.title}»" if self.title else ""
        verb = "stored" if self.status == STORED else "already stored"
        return f"{self.source}: {verb}{titled} ({self.article_id})"


@dataclass
class Tally:
    stored: int = 0
    skipped: int = 0
    failed: int = 0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)

    def __str__(self) -> str:
        return f"{self.stored:,} stored, {self.skipped:,} skipped, {self.failed:,} failed"


@dataclass
class _Run:
    """The state of one ingest: texts seen, batches in flight, articles waiting to be
    written."""
    seen: set[str] = field(default_factory=set)
    inflight: int = 0
    results: queue.Queue = field(default_factory=queue.Queue)
    pending: list[ArticleRows] = field(default_factory=list)
    last_flush: float = field(default_factory=time.monotonic)


class Ingest:
    """Ingest items into `store`; `report(outcome)` is called for each item."""

    def __init__(self, store: Store, report: Callable[[Outcome], None],
                 parser: Parser | None = None, batch: int = 16, write_batch: int = 200,
                 flush_every: float = 1.0) -> None:
        self.store, self.report = store, report
        self.parser = parser or SerialParser()
        self.batch, self.write_batch, self.flush_every = batch, write_batch, flush_every
        self.tally = Tally()
        self.stopping = False
        self._run = _Run()

    def _emit(self, outcome: Outcome) -> None:
        self.tally.add(outcome)
        self.report(outcome)

    def run(self, items: Iterable[Item]) -> Tally:
        """Ingest every item; returns the tally. KeyboardInterrupt stops the parsing,
        writes what was parsed, and is raised again."""
        items = iter(items)
        try:
            while chunk := list(islice(items, self.batch)):
                self._check()
                self._submit(chunk)
                while self._run.inflight >= self.parser.window:
                    self._collect(block=True)
            while self._run.inflight:
                self._collect(block=True)
            self.parser.close()
        except BaseException:
            self.parser.abort()
            raise
        finally:
            self._collect(block=False)
            self._flush()
            self._analyze()
        return self.tally

    def _analyze(self) -> None:
        """The planner's statistics, once new articles are in (the archive queries need them)."""
        if self.tally.stored:
            try:
                self.store.analyze()
            except StoreError:
                pass   # the articles are stored; only the statistics are stale

    def stop(self) -> None:
        """Ask the run to stop at the next safe point (from a signal handler): what is
        parsed is written and reported, then `run` raises KeyboardInterrupt."""
        self.stopping = True

    def _check(self) -> None:
        if self.stopping:
            raise KeyboardInterrupt

    def _submit(self, chunk: list[Item]) -> None:
        """Report errors, skip stored texts, send the others to the parser."""
        documents = []
        for item in chunk:
            if isinstance(item, IngestError):
                self._emit(Outcome(item.filename, FAILED, problem=item.problem))
            else:
                documents.append((article_id(item.text), item))
        stored = self._stored({aid for aid, _ in documents} - self._run.seen)
        fresh = []
        for aid, document in documents:
            if aid in stored or aid in self._run.seen:
                self._emit(Outcome(document.meta.source, SKIPPED, aid, document.meta.title))
            else:
                self._run.seen.add(aid)
                fresh.append(document)
        if fresh:
            self._run.inflight += 1
            self.parser.submit([(d.text, d.meta) for d in fresh],
                               lambda results, fresh=fresh: self._run.results.put((fresh, results)))

    def _stored(self, ids: set[str]) -> set[str]:
        try:
            return self.store.existing_ids(ids) if ids else set()
        except StoreError:
            return set()  # then add_many decides, and reports a failure to write

    def _collect(self, block: bool) -> None:
        """Take parsed batches (waiting for one if `block`); write when due."""
        try:
            while True:
                documents, results = self._run.results.get(block=block, timeout=self.flush_every)
                self._run.inflight -= 1
                self._parsed(documents, results)
                block = False
        except queue.Empty:
            pass
        self._check()
        if (len(self._run.pending) >= self.write_batch
                or time.monotonic() - self._run.last_flush >= self.flush_every):
            self._flush()

    def _parsed(self, documents: list[Document], results: list[Result]) -> None:
        for document, result in zip(documents, results):
            if isinstance(result, str):
                self._emit(Outcome(document.meta.source, FAILED, problem=result))
            else:
                self._run.pending.append(result)

    def _flush(self) -> None:
        """Write the parsed articles waiting, one transaction per write batch."""
        pending, self._run.pending = self._run.pending, []
        self._run.last_flush = time.monotonic()
        if pending:
            self._write(pending)

    def _write(self, batch: list[ArticleRows]) -> None:
        """One transaction; when it fails, each article alone, so that one row the
        database refuses does not lose the others."""
        try:
            created = self.store.add_rows(batch, batch_size=self.write_batch)
        except StoreError as error:
            if len(batch) > 1:
                for rows in batch:
                    self._write([rows])
                return
            source = batch[0].article["source"]
            self._emit(Outcome(source, FAILED, problem=f"could not be saved ({error.reason})"))
            return
        for rows, new in zip(batch, created):
            self._emit(Outcome(rows.article["source"], STORED if new else SKIPPED, rows.id,
                               rows.article["title"]))
