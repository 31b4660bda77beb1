"""How a run ends: exit codes, signals, and the standard streams.

CI reads the exit code alone, so each way of ending has a code of its own and
none of them looks like a failing claim (1):

- 0 the claims hold, 1 a claim fails, 2 an input or usage error,
- 3 an internal error (a bug in factcheck: one line, an invitation to report it),
- 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).

A reader that closes the pipe early (``| head``) is not an error: factcheck stops
writing to it and exits as it would have.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
from collections.abc import Iterator
from types import FrameType

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT_ERROR = 2
EXIT_INTERNAL_ERROR = 3
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM


class Interrupted(BaseException):
    """Ctrl-C, carried past click (which would print its own 'Aborted!')."""


class PipeClosed(BaseException):
    """The reader of stdout went away, carried past click (which would exit 1)."""


class Terminated(BaseException):
    """SIGTERM, raised where the program is so that ``finally`` blocks still run (a
    half-written report's temporary file is removed)."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated()


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """SIGTERM raises Terminated for the duration (only the main thread may set it)."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread (a test runner's worker)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def prepare_stdout() -> None:
    """Reports are UTF-8 wherever they go: a pipe or a redirect to a file gets UTF-8
    even where the locale says cp1252 (Windows); a terminal that cannot show a letter
    shows '?' instead of the run dying with UnicodeEncodeError; a closed stdout is the
    null device."""
    if sys.stdout is None:  # started with stdout closed (`>&-`): reports go nowhere
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        return
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper):
        return
    encoding = (stream.encoding or "").lower().replace("_", "-")
    if encoding in ("utf-8", "utf8"):
        return
    with contextlib.suppress(ValueError, io.UnsupportedOperation, OSError):
        if stream.isatty():
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding="utf-8")


def silence_stdout() -> None:
    """After stdout failed (closed pipe, full disk), point it at the null device so the
    interpreter's last flush does not print 'Exception ignored' on the way out."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
