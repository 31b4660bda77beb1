"""Work spread over processes with results in input order, so that a report is the same
bytes whatever the number of jobs.

Workers are forked: they inherit what the parent built (the read and indexed corpus)
and the work to do, instead of receiving them through a pipe; only results come back.
Where a platform cannot fork, the work runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from multiprocessing.context import ForkContext
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
    size = max(1, min(_LARGEST_PIECE, len(items) // (jobs * _PIECES_PER_JOB)))
    pieces = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    workers = min(jobs, len(pieces))
    runs = _context().Array("i", [bound for run in _runs(len(pieces), workers) for bound in run])

    def work_through(slot: int, writer: Connection) -> None:
        while (piece := _next_piece(runs, slot)) is not None:
            start, end = pieces[piece]
            writer.send(("result", (start, [work(items[index]) for index in range(start, end)])))

    forked = [_forked(partial(work_through, slot)) for slot in range(workers)]
    readers = [reader for _, reader in forked]
    with _reaping(forked):
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


def _runs(pieces: int, workers: int) -> list[tuple[int, int]]:
    """Each worker's run of pieces, as (next, end): runs as even as the count allows."""
    return [(slot * pieces // workers, (slot + 1) * pieces // workers) for slot in range(workers)]


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
    forked = _forked(lambda writer: writer.send(("result", work())))

    def result() -> Result:
        with _reaping([forked]):
            done = _message_from(forked[1])
            _message_from(forked[1])  # that it has finished
            return cast(Result, done)

    return result


def _context() -> ForkContext:
    return multiprocessing.get_context("fork")


def _forked(run: Callable[[Connection], None]) -> tuple[BaseProcess, Connection]:
    """A forked process that calls ``run`` with the writing end of a pipe, and the
    reading end. It inherits what ``run`` needs (nothing is pickled on the way out);
    each message back is ("result", what), then ("finished", None) or ("failed",
    what it raised)."""
    # Output a worker's copy of a buffer would flush again at its exit
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    reader, writer = _context().Pipe(duplex=False)
    process = _context().Process(target=_worker, args=(run, writer), daemon=True)
    process.start()
    writer.close()  # the worker holds the only writing end: its exit is the end
    return process, reader


def _worker(run: Callable[[Connection], None], writer: Connection) -> None:
    _quiet_worker()
    try:
        run(writer)
        writer.send(("finished", None))
    except BaseException as error:  # the parent raises it
        try:
            writer.send(("failed", error))
        except Exception:  # it does not pickle: its words still do
            writer.send(("failed", RuntimeError(f"{type(error).__name__}: {error}")))
    finally:
        writer.close()


def _message_from(reader: Connection) -> Any:
    """A worker's next result; None once it has finished; what it raised, raised here."""
    try:
        kind, payload = reader.recv()
    except EOFError:  # it ended without saying it had finished
        raise RuntimeError("a worker process stopped before finishing its work") from None
    if kind == "failed":
        raise payload
    return None if kind == "finished" else payload


@contextmanager
def _reaping(forked: Sequence[tuple[BaseProcess, Connection]]) -> Iterator[None]:
    """Workers waited for once they have finished, and stopped first if the parent gives
    up on them (an error, Ctrl-C); their pipes closed."""
    try:
        yield
    except BaseException:
        for process, _ in forked:
            process.terminate()
        raise
    finally:
        for process, reader in forked:
            process.join()
            reader.close()


def _quiet_worker() -> None:
    """Ctrl-C reaches every process of the terminal's group: the parent alone answers
    it (and ends the workers); the parent's own handlers (SIGTERM raising an exception)
    would make a worker print a traceback as it is stopped."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
