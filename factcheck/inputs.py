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
from collections.abc import Iterable
from pathlib import Path

from factcheck.confinement import inside

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


def read_limited(path: Path, limit: int, root: Path | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    With ``root`` (the story folder it was validated against), the file opened must
    still be that file inside it: a path swapped for a symlink between validation and
    reading (to make a report quote a file outside) is refused, not followed."""
    flags = _OPEN_FLAGS | (getattr(os, "O_NOFOLLOW", 0) if root is not None else 0)
    try:
        descriptor = os.open(path, flags)
    except (ValueError, UnicodeError) as error:
        raise UnreadableFile(_bad_name(error)) from error
    except OSError as error:
        if root is not None and error.errno == errno.ELOOP:
            raise UnreadableFile("became a symlink while factcheck ran; not followed") from error
        raise UnreadableFile(os_reason(error)) from error
    try:
        info = os.fstat(descriptor)
        if root is not None:
            _check_same_file_inside(path, info, root)
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


def _check_same_file_inside(path: Path, opened: os.stat_result, root: Path) -> None:
    try:
        now = path.resolve()
        info = os.stat(now)
    except (OSError, RuntimeError) as error:
        raise UnreadableFile("changed while factcheck read it") from error
    if not inside(now, root):
        raise UnreadableFile("now resolves outside the story folder; not read")
    if (info.st_dev, info.st_ino) != (opened.st_dev, opened.st_ino):
        raise UnreadableFile("changed while factcheck read it; not read")


def _bad_name(error: Exception) -> str:
    """ValueError from the OS layer: a NUL byte, or (UnicodeEncodeError) a name this
    system's file-name encoding cannot hold."""
    if isinstance(error, UnicodeError):
        return "the file name cannot be encoded on this system (try LC_ALL=C.UTF-8)"
    return "the path contains a NUL byte"


def path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as a regular file, checked without opening it."""
    try:
        info = os.stat(path)
    except (ValueError, UnicodeError) as error:
        return _bad_name(error)
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
    except (ValueError, UnicodeError) as error:
        raise UnreadableFile(_bad_name(error)) from error
    except RuntimeError as error:
        raise UnreadableFile(_REASONS[errno.ELOOP]) from error
    except OSError as error:
        raise UnreadableFile(os_reason(error)) from error


def identity(path: Path) -> tuple[int, int] | Path:
    """What makes two spellings one file: device and inode where it exists, else the
    resolved path (or the path as given, when even that fails)."""
    try:
        info = os.stat(path)
        return info.st_dev, info.st_ino
    except (OSError, ValueError):
        pass
    try:
        return resolve(path)
    except UnreadableFile:
        return path


def same_file(one: Path, other: Path) -> bool:
    return identity(one) == identity(other)


def distinct(paths: Iterable[Path]) -> list[Path]:
    """Each file once, in order of first mention, however it is spelled: a document
    named twice must not corroborate itself."""
    seen: dict[tuple[int, int] | Path, Path] = {}
    for path in paths:
        seen.setdefault(identity(path), path)
    return list(seen.values())
