"""Python's cycle collector over an archive.

Reading and indexing 10,000 documents makes millions of small objects (a token per word)
that live until the run ends and form no cycles. The collector walks every object it
tracks each time the heap has grown by a quarter, so while they are made it walked them
again and again (45 % of indexing time at 10,000 documents), and while claims are judged
each full collection walked them all once more (a fifth of judging time).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


@contextmanager
def paused() -> Iterator[None]:
    """No collection while the block (or the function it decorates) runs: whatever
    it drops is freed by reference counting, which is all an index needs."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def paused_until_built() -> Iterator[Callable[[], None]]:
    """No collection until the call the block is given is made, once what lives all run
    is built; from then on that is left out of every collection until the block ends
    (gc.freeze), and the block's own objects are collected. Frozen before collection
    resumes: the first collection after a pause would walk it all once more. Workers
    forked later do not write to those objects' pages either, so the pages stay shared
    with the parent instead of being copied."""
    enabled = gc.isenabled()
    gc.disable()
    frozen = False

    def built() -> None:
        nonlocal frozen
        gc.freeze()
        frozen = True
        if enabled:
            gc.enable()

    try:
        yield built
    finally:
        if frozen:
            gc.unfreeze()
        elif enabled:
            gc.enable()


def settling(work: Callable[[Item], Result], every: int = 64) -> Callable[[Item], Result]:
    """``work``, with what it has built and kept (the passages' figures and names, read
    once and kept all run) left out of later collections after every ``every`` calls:
    a collection of what is not frozen yet, which frees the calls' garbage, and then a
    freeze of what lives on. Without it each full collection while claims are judged
    walked every cache built so far again (8 % of a 4,000-claim run). For a block of
    paused_until_built, whose end unfreezes it all; each process counts its own calls."""
    done = 0

    def settled(item: Item) -> Result:
        nonlocal done
        result = work(item)
        done += 1
        if done % every == 0 and gc.isenabled():
            gc.collect()
            gc.freeze()
        return result

    return settled
