"""Judging on a Dask cluster, for an archive past one machine (``--engine dask``).

The documents, already read, go to every worker once (no shared file system needed);
each worker builds its own index from them and judges pieces of the claim list. The
pieces come back in order, so the report is the bytes a local run writes. Dask is an
optional extra: ``pip install 'factcheck[dask]'``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from factcheck.cache import key, unpack_result
from factcheck.check import Engine, Judging, Task
from factcheck.errors import FactcheckError
from factcheck.model import ClaimResult, Document, Registry
from factcheck.parallel import available_cpus

_PIECE = 16  # claims per task: enough to outweigh a task's own cost on the scheduler
CONNECT_SECONDS = 30  # how long to keep trying a scheduler that does not answer

# On a worker: the judging built for the run it last served, by the key of its inputs
_built: tuple[str, Judging] | None = None


def dask_engine(scheduler: str | None = None) -> Engine:
    """An engine that judges on the scheduler at ``scheduler`` ('tcp://host:8786'), or
    on a cluster of local processes, one per processor, started for the run."""
    try:
        import distributed  # noqa: F401  (checked before any work is done)
    except ImportError:
        raise FactcheckError("--engine dask needs Dask: pip install 'factcheck[dask]'") from None

    def judge(
        registries: Sequence[Registry],
        documents: list[Document],
        tasks: list[Task],
        done: Callable[[int], None],
    ) -> list[ClaimResult]:
        if not tasks:
            return []
        import distributed

        # distributed's constructors carry no type hints
        Client: Any = distributed.Client
        LocalCluster: Any = distributed.LocalCluster
        if scheduler is None:
            cluster = LocalCluster(
                n_workers=available_cpus(),
                threads_per_worker=1,  # judging is Python: threads would only wait
                processes=True,
                dashboard_address=None,
            )
            with cluster, Client(cluster) as client:
                return _judge_on(client, registries, documents, tasks, done)
        try:
            client = Client(scheduler, timeout=CONNECT_SECONDS)
        except OSError as error:
            raise FactcheckError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
        with client:
            return _judge_on(client, registries, documents, tasks, done)

    return judge


def _judge_on(
    client: Any,
    registries: Sequence[Registry],
    documents: list[Document],
    tasks: list[Task],
    done: Callable[[int], None],
) -> list[ClaimResult]:
    # the key a worker knows the run's inputs by, worked out once, here
    run = key(
        [(r.path, sorted(r.aliases.items()), list(r.sources)) for r in registries],
        [(d.source.id, d.sha256) for d in documents],
    )
    inputs = client.scatter((run, tuple(registries), documents), broadcast=True)
    pieces = [tasks[start : start + _PIECE] for start in range(0, len(tasks), _PIECE)]
    futures = client.map(_judge_piece, pieces, inputs=inputs, pure=False)
    results: list[ClaimResult] = []
    for piece, future in zip(pieces, futures, strict=True):  # in order: the report's order
        packed = future.result()
        results += [
            unpack_result(claim, among, judged)
            for (claim, among), judged in zip(piece, packed, strict=True)
        ]
        done(len(piece))
    return results


def _judge_piece(
    piece: list[Task], inputs: tuple[str, tuple[Registry, ...], list[Document]]
) -> Any:
    """On a worker: judge a piece of the claims, building the index once per run (a
    task may be handed its own copy of the inputs, so they are known by their key)."""
    global _built
    run, registries, documents = inputs
    if _built is None or _built[0] != run:
        _built = (run, Judging.of(registries, documents))
    judging = _built[1]
    # packed: a claim's silent sources travel as positions, not as a million objects
    return [judging.packed(task) for task in piece]
