"""Work spread over processes with results in input order, so that a report is the same
bytes whatever the number of jobs.

Workers are forked: they inherit what the parent built (the read and indexed corpus)
instead of receiving it through a pipe, and only item numbers go out. Where a platform
cannot fork, the work runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

Item = TypeVar("Item")
Result = TypeVar("Result")

# Below this many (claim, document) pairs starting workers costs more than it saves:
# a story of 25 claims and 5 documents is judged in a fraction of a second.
PARALLEL_FROM_PAIRS = 20_000
# Items per piece of work handed to a worker: small enough to share the work out
# evenly and move a progress bar, large enough that handing out costs little.
_PIECES_PER_JOB = 8
_LARGEST_PIECE = 64

# What forked workers find in place of arguments (set just before they are forked)
_inherited: tuple[Callable[[Any], Any], Sequence[Any]] | None = None
_background: Callable[[], Any] | None = None


def available_cpus() -> int:
    """The processors this process may run on (a container or `taskset` may allow
    fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def auto_jobs(pairs: int) -> int:
    """How many processes a run of ``pairs`` (claim, document) pairs is worth."""
    return available_cpus() if pairs >= PARALLEL_FROM_PAIRS else 1


def ordered_map(
    work: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int,
    progress: Callable[[int], None] | None = None,
    received: Callable[[int, Result], None] | None = None,
) -> list[Result]:
    """``work`` applied to every item, in the items' order, over ``jobs`` processes.
    ``progress`` hears how many items were just finished; ``received`` is handed each
    item's position and result as it comes back, in order, in this process (which is
    otherwise idle while the workers work)."""
    if jobs <= 1 or len(items) < 2 or not can_fork():
        results = []
        for position, item in enumerate(items):
            results.append(work(item))
            if received is not None:
                received(position, results[-1])
            if progress is not None:
                progress(1)
        return results
    global _inherited
    size = max(1, min(_LARGEST_PIECE, len(items) // (jobs * _PIECES_PER_JOB)))
    pieces = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    # Output a worker's copy of a buffer would flush again at its exit
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    _inherited = (work, items)
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(min(jobs, len(pieces)), initializer=_quiet_worker) as pool:
            results = []
            for done in pool.imap(_run_piece, pieces):
                if received is not None:
                    for position, result in enumerate(done, start=len(results)):
                        received(position, result)
                results.extend(done)
                if progress is not None:
                    progress(len(done))
            return results
    finally:
        _inherited = None


def in_background(work: Callable[[], Result], fork: bool = True) -> Callable[[], Result]:
    """``work`` done in a forked process while this one goes on to other work; the call
    returned waits for its result (and raises what it raised). Without ``fork``, or
    where a platform cannot fork, it is done here and now."""
    if not fork or not can_fork():
        done = work()
        return lambda: done
    global _background
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    _background = work
    try:
        pool = multiprocessing.get_context("fork").Pool(1, initializer=_quiet_worker)
    finally:
        _background = None
    pending = pool.apply_async(_run_background)

    def result() -> Result:
        try:
            return cast(Result, pending.get())
        finally:
            pool.close()
            pool.join()

    return result


def _run_background() -> Any:
    assert _background is not None, "the worker is forked after the work is set"
    return _background()


def _quiet_worker() -> None:
    """Ctrl-C reaches every process of the terminal's group: the parent alone answers
    it (and ends the workers); the parent's own handlers (SIGTERM raising an exception)
    would make a worker print a traceback as it is stopped."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _run_piece(piece: tuple[int, int]) -> list[Any]:
    assert _inherited is not None, "workers are forked after the work is set"
    work, items = _inherited
    return [work(items[index]) for index in range(*piece)]
