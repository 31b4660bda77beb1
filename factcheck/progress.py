"""A progress bar on stderr for a long check, for the person at the terminal: nothing
when stderr is a pipe or a file (CI logs, `2> log`), and nothing for a run that ends
within about a second, where a bar would only flicker."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

SHOW_AFTER_SECONDS = 1.0


@contextmanager
def claims_progress(enabled: bool | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """A callback for (claims judged, of how many), drawing a bar once the run has
    lasted SHOW_AFTER_SECONDS; None where no bar is wanted. ``enabled`` defaults to
    whether stderr is a terminal."""
    if enabled is None:
        enabled = sys.stderr is not None and sys.stderr.isatty()
    if not enabled:
        yield None
        return
    started = time.monotonic()
    bar: tuple[Progress, TaskID] | None = None

    def advance(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            if time.monotonic() - started < SHOW_AFTER_SECONDS or done >= total:
                return
            bar = _start(total)
        bar[0].update(bar[1], completed=done)

    try:
        yield advance
    finally:
        if bar is not None:
            bar[0].stop()


def _start(total: int) -> tuple[Progress, TaskID]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    progress = Progress(
        "judging claims",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,  # the report, not the bar, is what stays on the screen
    )
    task = progress.add_task("claims", total=total)
    progress.start()
    return progress, task
