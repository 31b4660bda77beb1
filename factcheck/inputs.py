"""Reading input files: regular files only, never more than a limit, never a hang.

A registry or a source may name anything: a FIFO (opening it for reading waits for
a writer, for ever), ``/dev/zero`` (endless; its ``st_size`` is 0), a folder, a
symlink loop. Opening without blocking and asking the open file what it is, then
counting bytes while reading, turns each of these into a plain sentence.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1 << 20


class UnreadableFile(Exception):
    """Why a file cannot be read, in words that follow its name ('name: reason')."""


class FileTooLarge(UnreadableFile):
    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"larger than {limit // 1048576} MB")


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes."""
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except ValueError as error:  # a NUL byte in the path
        raise UnreadableFile("the path contains a NUL byte") from error
    except OSError as error:
        raise UnreadableFile(os_reason(error)) from error
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(f"is {file_kind(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise FileTooLarge(limit)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(descriptor, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew, or lied about its size
                raise FileTooLarge(limit)
        return b"".join(chunks)
    except OSError as error:
        raise UnreadableFile(os_reason(error)) from error
    finally:
        os.close(descriptor)


def path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as a regular file, checked without opening it."""
    try:
        info = os.stat(path)
    except ValueError:
        return "the path contains a NUL byte"
    except OSError as error:
        return os_reason(error)
    if stat.S_ISDIR(info.st_mode):
        return "is a folder, not a document"
    if not stat.S_ISREG(info.st_mode):
        return f"is {file_kind(info.st_mode)}, not a regular file"
    return None


def file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


_REASONS = {
    errno.ENOENT: "not found",
    errno.ELOOP: "a symlink loop (or too many levels of symlinks)",
    errno.EACCES: "permission denied",
    errno.EISDIR: "is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "the name is too long",
}


def os_reason(error: OSError) -> str:
    """An OSError as the words a user reads after the file name."""
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


def resolve(path: Path) -> Path:
    """``path`` made absolute with every symlink followed; a loop or a NUL byte becomes
    an UnreadableFile (``Path.resolve`` raises RuntimeError or ValueError for them)."""
    try:
        return path.resolve()
    except ValueError as error:
        raise UnreadableFile("the path contains a NUL byte") from error
    except RuntimeError as error:
        raise UnreadableFile(_REASONS[errno.ELOOP]) from error
    except OSError as error:
        raise UnreadableFile(os_reason(error)) from error
