"""Where articles are parsed: in this process, in a pool of local processes, or on a Dask
cluster. One small interface (`Parser`): `submit(batch, done)` parses a batch of
(text, metadata) pairs somewhere, turns each parse into the rows it is stored as
(`qawl.store.rows.article_rows`: the derived rows are built where the text was tokenised,
not again in the writing process), and calls `done(results)` (possibly from another
thread) with one `ArticleRows` or one error message per pair; `window` is how many
batches may be in flight; `close()` waits, `abort()` stops at once."""
from __future__ import annotations

import gc
import os
import signal
from typing import TYPE_CHECKING, Callable, Protocol, Union

from ..doc import ArticleMeta

if TYPE_CHECKING:
    from ..store.rows import ArticleRows

Pair = tuple[str, ArticleMeta]
Result = Union["ArticleRows", str]    # the article's rows, or why it could not be parsed
Done = Callable[[list[Result]], None]
# A parse allocates hundreds of thousands of containers and frees nearly all of them by
# reference counting; with Python's default thresholds (700, 10, 10) the cyclic collector
# still took a fifth of a parsing process's time (13 of 65 ms per article).
GC_THRESHOLDS = (50_000, 20, 100)


def parse_batch(pairs: list[Pair]) -> list[Result]:
    """Parse each (text, metadata) and build its rows (`added_at` left for the writer to
    stamp); a pipeline bug on one text becomes its error message."""
    from ..pipeline import parse, pipeline_version
    from ..store.rows import article_rows

    results: list[Result] = []
    for text, meta in pairs:
        try:
            results.append(article_rows(parse(text, meta.title), meta, pipeline_version()))
        except Exception as error:  # one odd text must not lose the batch
            results.append(f"could not be analysed ({type(error).__name__}: {error})")
    return results


def prepare_worker() -> None:
    """A parsing process's start (local pool or Dask worker): load the models once, leave
    them out of garbage collection (`gc.freeze`), and collect less often."""
    from ..ner import load_recognizer
    load_recognizer()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def _warm_worker() -> None:
    """Local worker start: leave Ctrl-C to the parent (which keeps what is finished)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    prepare_worker()


class Parser(Protocol):
    window: int

    def submit(self, pairs: list[Pair], done: Done) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


class SerialParser:
    """Parse in this process, at once (the dashboard, tests, one small file)."""
    window = 1

    def submit(self, pairs: list[Pair], done: Done) -> None:
        done(parse_batch(pairs))

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


def _failed_batch(pairs: list[Pair], error: BaseException) -> list[Result]:
    return [f"could not be analysed ({type(error).__name__}: {error})"] * len(pairs)


class ProcessParser:
    """A pool of `workers` processes (default: one per core), each loading the models
    once; a worker is replaced after `recycle` batches (about 1,000 articles) so that the
    pipeline's caches cannot grow without bound over a long import (measured: a worker
    grows from 90 MB to about 290 MB over 2,500 articles)."""

    def __init__(self, workers: int | None = None, recycle: int = 60) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.window = 4 * self.workers   # enough parsed work queued to cover a slow write
        self.recycle = recycle
        self.pool = None    # started by the first batch: a re-import that skips all starts none

    def submit(self, pairs: list[Pair], done: Done) -> None:
        if self.pool is None:
            import multiprocessing
            context = multiprocessing.get_context("spawn")  # no fork of a threaded parent
            self.pool = context.Pool(self.workers, initializer=_warm_worker,
                                     maxtasksperchild=self.recycle)
        self.pool.apply_async(parse_batch, (pairs,), callback=done,
                              error_callback=lambda error: done(_failed_batch(pairs, error)))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()

    def abort(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()


class DaskParser:
    """Batches parsed on the workers of a Dask distributed cluster (`address` of its
    scheduler, or a `Client`); the results come back here to be stored."""

    def __init__(self, address) -> None:
        from distributed import Client

        from .dask_workers import PrepareWorker

        self.client = address if isinstance(address, Client) else Client(address, timeout=10)
        self.owned = not isinstance(address, Client)
        self.client.register_plugin(PrepareWorker())   # workers joining later get it too
        threads = sum(self.client.nthreads().values()) or 1
        self.window = 4 * threads   # as many batches in flight per worker as the local pool
        self.futures: set = set()

    def submit(self, pairs: list[Pair], done: Done) -> None:
        future = self.client.submit(parse_batch, pairs, pure=False)
        self.futures.add(future)

        def finished(f) -> None:
            self.futures.discard(f)
            try:
                done(f.result())
            except Exception as error:  # a lost worker, a cancelled task
                done(_failed_batch(pairs, error))
        future.add_done_callback(finished)

    def close(self) -> None:
        if self.owned:
            self.client.close()

    def abort(self) -> None:
        self.client.cancel(list(self.futures))
        self.close()
