"""Python's cycle collector over an archive.

Reading and indexing 10,000 documents makes millions of small objects (a token per word)
that live until the run ends and form no cycles. The collector walks every object it
tracks each time the heap has grown by a quarter, so while they are made it walked them
again and again (45 % of indexing time at 10,000 documents), and while claims are judged
each full collection walked them all once more (a fifth of judging time).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
def settled() -> Iterator[None]:
    """What exists when the block starts is left out of every collection until it ends
    (gc.freeze): the judging's own objects are still collected. Workers forked in the
    block do not write to those objects' pages either, so they stay shared with the
    parent instead of being copied."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
