"""Extraction of a stream of releases, in this process or a pool, results in input order.

``run(inputs, fields, jobs)`` takes what ``inputs.iter_inputs`` yields and
yields, in the same order, a ``Done`` for each release extracted and a
``Problem`` for each input that could not be read or whose extraction raised.
One failing release never stops the batch.

With ``jobs > 1`` releases go to a process pool in chunks (of ``CHUNK``
releases or ``CHUNK_CHARS`` characters); at most ``WINDOW_PER_JOB`` chunks per
worker are in flight, so memory stays bounded on a corpus of any size and the
first results come out while input is still being read.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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


@dataclass(frozen=True, slots=True)
class Done:
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


def extract_one(item: Item, fields: Sequence[str] | None) -> Done | Problem:
    """Extract one release; an exception inside an extractor becomes a ``Problem``."""
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
    import extractors  # noqa: F401


def _mp_context() -> Any:
    """A fork server that has imported the library once, else fresh interpreters.

    Forking this process directly could copy a lock held by another thread
    (the progress display's) into a worker and hang it; the fork server is a
    clean single-threaded process, and forking it is as fast as forking this.
    """
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["extractors", "cli.runner"])
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


def _ready(head: tuple[Future[list[Done | Problem]], list[Item]] | Problem) -> bool:
    """Whether the head of the line can be handed out without waiting."""
    return isinstance(head, Problem) or head[0].done()


def _run_pool(
    inputs: Iterable[Item | Problem], fields: Sequence[str] | None, jobs: int
) -> Iterator[Done | Problem]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    window = jobs * WINDOW_PER_JOB
    pending: deque[tuple[Future[list[Done | Problem]], list[Item]] | Problem] = deque()
    in_flight = 0
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_mp_context(), initializer=_init_worker)
    try:

        def drain_one() -> Iterator[Done | Problem]:
            nonlocal in_flight
            head = pending.popleft()
            if isinstance(head, Problem):
                yield head
                return
            future, chunk = head
            in_flight -= 1
            try:
                yield from future.result()
            except BrokenProcessPool:
                for item in chunk:
                    yield Problem(item.source, "extraction failed (a worker process died); skipped")
            except Exception as exc:  # the chunk could not be sent or returned (pickling)
                for item in chunk:
                    yield _failure(item.source, exc)

        broken = False
        for got in _chunks(inputs, jobs):
            if isinstance(got, Problem):
                pending.append(got)
            elif broken:
                pending.extend(
                    Problem(i.source, "extraction failed (a worker process died); skipped")
                    for i in got
                )
            else:
                try:
                    pending.append((pool.submit(_extract_chunk, got, fields), got))
                    in_flight += 1
                except BrokenProcessPool:
                    broken = True
                    pending.extend(
                        Problem(i.source, "extraction failed (a worker process died); skipped")
                        for i in got
                    )
            # Hand out whatever is finished at the head of the line, then wait if the window is full.
            while pending and (_ready(pending[0]) or in_flight >= window):
                yield from drain_one()
        while pending:
            yield from drain_one()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
