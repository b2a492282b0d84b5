"""Extraction of a stream of releases, in this process or a pool, results in input order.

``run(inputs, fields, jobs)`` takes what ``inputs.iter_inputs`` yields and
yields, in the same order, a ``Done`` for each release extracted and a
``Problem`` for each input that could not be read or whose extraction raised.
One failing release never stops the batch.

With ``jobs > 1`` releases go to a process pool in chunks (of up to ``CHUNK``
releases or ``CHUNK_CHARS`` characters), submitted by a reading thread; at
most ``WINDOW_PER_JOB`` chunks per worker wait in line, so memory stays bounded
on a corpus of any size and the first results come out while input is still
being read.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .inputs import Item, Problem

if TYPE_CHECKING:
    from concurrent.futures import Future

#: Releases per task sent to a worker: enough to amortise the pickling round trip.
CHUNK = 16
#: A chunk also ends once its texts reach this many characters, so that a corpus of
#: very long releases keeps memory bounded too (a window of chunks, each about this big).
CHUNK_CHARS = 1_000_000
#: Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
WINDOW_PER_JOB = 4


class Done(NamedTuple):
    """One release extracted: its record (``Release.to_dict(fields)``) and its input warnings."""

    source: str
    record: dict[str, Any]
    warnings: tuple[str, ...] = ()


def _failure(source: str, exc: BaseException) -> Problem:
    detail = str(exc).splitlines()[0] if str(exc) else ""
    return Problem(
        source,
        f"extraction failed ({type(exc).__name__}{': ' + detail if detail else ''}); skipped",
    )


def load_library() -> None:
    """Import the library (and compile its rules) with the garbage collector paused.

    The import creates thousands of objects that live for the whole run; the
    collector would walk them several times on the way, about 3-5 ms of a cold
    start, and find nothing to free.
    """
    if "extractors.pipeline" in sys.modules:
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        import extractors.pipeline  # noqa: F401  (compiles the rules' patterns)
    finally:
        if was_enabled:
            gc.enable()


def extract_one(item: Item, fields: Sequence[str] | None) -> Done | Problem:
    """Extract one release; an exception inside an extractor becomes a ``Problem``."""
    load_library()
    from extractors import extract

    try:
        record = extract(item.text, item.source, fields).to_dict(
            None if fields is None else tuple(fields)
        )
    except Exception as exc:  # any bug in one extractor must not end the batch
        return _failure(item.source, exc)
    return Done(item.source, record, item.warnings)


def _extract_chunk(chunk: list[Item], fields: Sequence[str] | None) -> list[Done | Problem]:
    """A worker's task: a chunk of releases."""
    return [extract_one(item, fields) for item in chunk]


def _init_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool; they import the library once."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_library()


def _mp_context() -> Any:
    """A fork server that has imported the library once, else fresh interpreters.

    Forking this process directly could copy a lock held by another thread
    (the progress display's) into a worker and hang it; the fork server is a
    clean single-threaded process, and forking it is as fast as forking this.
    """
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["extractors.pipeline", "cli.runner"])
        return ctx
    return multiprocessing.get_context("spawn")


def cpu_count() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def run(
    inputs: Iterable[Item | Problem], fields: Sequence[str] | None = None, jobs: int = 1
) -> Iterator[Done | Problem]:
    """Every input's outcome, in input order; ``jobs`` 0 means one per processor."""
    if jobs == 0:
        jobs = cpu_count()
    if jobs <= 1:
        for got in inputs:
            yield extract_one(got, fields) if isinstance(got, Item) else got
        return
    yield from _run_pool(inputs, fields, jobs)


def _chunks(inputs: Iterable[Item | Problem], jobs: int = 0) -> Iterator[list[Item] | Problem]:
    """Items grouped into chunks; a problem ends the chunk before it, keeping input order.

    With ``jobs``, chunk sizes ramp up (1, 2, 4 ... ``CHUNK``, each size ``jobs``
    times), so that a handful of releases still spreads over every worker and
    the first result comes back quickly.
    """
    chunk: list[Item] = []
    chars = 0
    made = 0

    def limit() -> int:
        return min(CHUNK, 1 << min(made // jobs, 8)) if jobs else CHUNK

    for got in inputs:
        if isinstance(got, Problem):
            if chunk:
                yield chunk
                chunk, chars, made = [], 0, made + 1
            yield got
        else:
            chunk.append(got)
            chars += len(got.text)
            if len(chunk) >= limit() or chars >= CHUNK_CHARS:
                yield chunk
                chunk, chars, made = [], 0, made + 1
    if chunk:
        yield chunk


#: A chunk sent to the pool, with the releases in it (to name them if it fails).
_Sent = tuple["Future[list[Done | Problem]]", list[Item]]
#: What the reading thread hands over, in input order.
_Entry = _Sent | Problem | list[Problem]
_DIED = "extraction failed (a worker process died); skipped"


def _run_pool(
    inputs: Iterable[Item | Problem], fields: Sequence[str] | None, jobs: int
) -> Iterator[Done | Problem]:
    """Releases through a process pool, results handed out in input order.

    A reading thread walks the input and submits chunks; a queue of at most
    ``jobs * WINDOW_PER_JOB`` entries between it and this generator keeps the
    read-ahead (so memory) bounded. Because reading happens in its own thread,
    results are handed out as soon as they are ready even while the input is
    slow to come (a pipe, a network file system).
    """
    import queue
    import threading
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_mp_context(), initializer=_init_worker)
    line: queue.Queue[_Entry | BaseException | None] = queue.Queue(maxsize=jobs * WINDOW_PER_JOB)
    stop = threading.Event()

    def put(entry: _Entry | BaseException | None) -> bool:
        """Queue an entry, waiting for room; False once the consumer has gone."""
        while not stop.is_set():
            try:
                line.put(entry, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for got in _chunks(inputs, jobs):
                entry: _Entry
                if isinstance(got, Problem):
                    entry = got
                else:
                    try:
                        entry = (pool.submit(_extract_chunk, got, fields), got)
                    except (BrokenProcessPool, RuntimeError):  # RuntimeError: pool shut down
                        entry = [Problem(i.source, _DIED) for i in got]
                if not put(entry):
                    return
        except BaseException as exc:  # a bug while reading: re-raised in the consumer
            put(exc)
        else:
            put(None)  # the end

    reader = threading.Thread(target=read, name="pressfacts-reader", daemon=True)
    reader.start()
    try:
        while (entry := line.get()) is not None:
            if isinstance(entry, BaseException):
                raise entry
            if isinstance(entry, Problem):
                yield entry
            elif isinstance(entry, list):
                yield from entry
            else:
                future, chunk = entry
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    yield from (Problem(item.source, _DIED) for item in chunk)
                except Exception as exc:  # the chunk could not be sent or returned (pickling)
                    yield from (_failure(item.source, exc) for item in chunk)
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
