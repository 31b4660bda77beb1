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
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess
    from multiprocessing.sharedctypes import SynchronizedArray

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
_inherited: (
    tuple[Callable[[Any], Any], Sequence[Any], list[tuple[int, int]], SynchronizedArray[int]] | None
) = None
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
    """``work`` applied to every item, the results in the items' order, over ``jobs``
    processes. ``progress`` hears how many items were just finished; ``received`` is
    handed each item's position and result as it comes back (in no set order), in this
    process (which is otherwise idle while the workers work).

    Each worker works through a run of neighbouring items of its own, then helps
    finish the others' from their far end: items side by side (claims about the same
    people) mostly share the work they cause, which only the process that did it gets
    to reuse."""
    if jobs <= 1 or len(items) < 2 or not can_fork():
        in_order: list[Result] = []
        for position, item in enumerate(items):
            in_order.append(work(item))
            if received is not None:
                received(position, in_order[-1])
            if progress is not None:
                progress(1)
        return in_order
    global _inherited
    size = max(1, min(_LARGEST_PIECE, len(items) // (jobs * _PIECES_PER_JOB)))
    pieces = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    workers = min(jobs, len(pieces))
    context = multiprocessing.get_context("fork")
    runs = context.Array("i", [bound for run in _runs(len(pieces), workers) for bound in run])
    # Output a worker's copy of a buffer would flush again at its exit
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    _inherited = (work, items, pieces, runs)
    started: list[BaseProcess] = []
    readers: list[Connection] = []
    try:
        for slot in range(workers):
            reader, writer = context.Pipe(duplex=False)
            process = context.Process(target=_work_through, args=(slot, writer), daemon=True)
            process.start()
            writer.close()  # the worker holds the only writing end: its exit is the end
            started.append(process)
            readers.append(reader)
        results: list[Any] = [None] * len(items)  # filled as pieces come back
        while readers:
            for reader in cast(list[Connection], wait(readers)):
                message = _message_from(reader)
                if message is None:
                    readers.remove(reader)
                    continue
                start, done = message
                results[start : start + len(done)] = done
                if received is not None:
                    for position, result in enumerate(done, start=start):
                        received(position, result)
                if progress is not None:
                    progress(len(done))
        return results
    finally:
        _inherited = None
        for worker in started:
            if worker.is_alive():
                worker.terminate()
            worker.join()


def _runs(pieces: int, workers: int) -> list[tuple[int, int]]:
    """Each worker's run of pieces, as (next, end): runs as even as the count allows."""
    return [(slot * pieces // workers, (slot + 1) * pieces // workers) for slot in range(workers)]


def _message_from(reader: Connection) -> tuple[int, list[Any]] | None:
    """A worker's next finished piece; None once it has finished them all; what it
    raised, raised here."""
    try:
        kind, payload = reader.recv()
    except EOFError:  # it ended without saying it had finished
        raise RuntimeError("a worker process stopped before finishing its work") from None
    if kind == "failed":
        raise payload
    return None if kind == "finished" else cast(tuple[int, list[Any]], payload)


def _work_through(slot: int, writer: Connection) -> None:
    """A worker: its pieces' results, then that it has finished, or what it raised."""
    _quiet_worker()
    assert _inherited is not None, "workers are forked after the work is set"
    work, items, pieces, runs = _inherited
    try:
        while (piece := _next_piece(runs, slot)) is not None:
            start, end = pieces[piece]
            writer.send(("piece", (start, [work(items[index]) for index in range(start, end)])))
        writer.send(("finished", None))
    except BaseException as error:  # the parent raises it
        try:
            writer.send(("failed", error))
        except Exception:  # it does not pickle: its words still do
            writer.send(("failed", RuntimeError(f"{type(error).__name__}: {error}")))
    finally:
        writer.close()


def _next_piece(runs: SynchronizedArray[int], slot: int) -> int | None:
    """The next piece of the worker's own run; once that is done, the last piece of
    the run with most left; None when none is left."""
    with runs.get_lock():
        if runs[2 * slot] < runs[2 * slot + 1]:
            runs[2 * slot] += 1
            return int(runs[2 * slot] - 1)
        left = [runs[2 * other + 1] - runs[2 * other] for other in range(len(runs) // 2)]
        most = max(range(len(left)), key=left.__getitem__)
        if left[most] <= 0:
            return None
        runs[2 * most + 1] -= 1
        return int(runs[2 * most + 1])


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
