"""Writing reports without ever destroying an input or leaving half a file.

Every output is checked before any work is done: it must not be (by any spelling,
symlink or hard link) a file the run reads, nor named twice, nor a folder, nor
read-only. Then each report is written whole to a temporary file beside its
target and renamed over it, so a crash, a full disk or a signal leaves the old
file (or none). What is not a regular file (``/dev/null``, a FIFO, a terminal,
anything under /dev or /proc) is written in place: renaming over it would replace
the device with a plain file. An existing report keeps its permissions, and a
symlink keeps pointing where it did: the file it points to is the one replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from factcheck.errors import FactcheckError
from factcheck.exits import silence_stdout
from factcheck.inputs import UnreadableFile, file_kind, os_reason, resolve

STDOUT = "-"
_IN_PLACE_TREES = ("/dev/", "/proc/")


@dataclass(frozen=True)
class Output:
    """Where one report goes, as planned before the run."""

    name: str  # as the user wrote it ('-' for standard output)
    target: Path | None = None  # the file written (a symlink's target); None: stdout
    in_place: bool = False  # a device or FIFO: opened and written, never replaced
    identity: tuple[int, int] | None = None  # (device, inode) when it exists already

    @property
    def is_stdout(self) -> bool:
        return self.target is None


def plan_output(name: str | Path | None) -> Output:
    """Check one output path (never touching the disk) and say how it will be written."""
    if name is None or str(name) == STDOUT:
        return Output(STDOUT)
    text = str(name)
    if not text.strip():
        raise FactcheckError("an output file name is empty (give a file name, or '-' for stdout)")
    path = Path(text)
    try:
        target = resolve(path)
    except UnreadableFile as error:
        raise FactcheckError(f"{text}: cannot write the report there: {error}") from None
    try:
        info = os.stat(target)
    except FileNotFoundError:
        _check_new_file(text, target)
        return Output(text, target)
    except OSError as error:
        raise FactcheckError(f"{text}: cannot write the report there: {os_reason(error)}") from None
    identity = (info.st_dev, info.st_ino)
    if stat.S_ISDIR(info.st_mode):
        raise FactcheckError(f"{text}: is a folder; give a file name for the report")
    if (
        os.path.abspath(text).startswith(_IN_PLACE_TREES)
        or stat.S_ISCHR(info.st_mode)
        or (stat.S_ISFIFO(info.st_mode))
    ):
        return Output(text, path, in_place=True, identity=identity)
    if not stat.S_ISREG(info.st_mode):
        raise FactcheckError(f"{text}: is {file_kind(info.st_mode)}; not a place for a report")
    if not info.st_mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise FactcheckError(
            f"{text}: is read-only, so factcheck leaves it as it is (make it writable, or"
            " choose another file)"
        )
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise FactcheckError(
            f"{text}: cannot replace it: its folder {target.parent} is not writable"
        )
    return Output(text, target, identity=identity)


def _check_new_file(text: str, target: Path) -> None:
    """A file that does not exist yet: its nearest existing ancestor must be a writable
    folder (missing folders are made when the report is written)."""
    ancestor = target.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise FactcheckError(f"{text}: cannot write the report there: {ancestor} is not a folder")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise FactcheckError(f"{text}: cannot write the report there: {ancestor} is not writable")


def check_outputs(outputs: Sequence[Output], inputs: Iterable[Path]) -> None:
    """Refuse a run whose outputs name one of its inputs, or one file twice."""
    by_identity: dict[tuple[int, int], str] = {}
    by_path: dict[Path, str] = {}
    for path in inputs:
        try:
            resolved = resolve(path)
            info = os.stat(resolved)
        except (UnreadableFile, OSError):
            continue
        by_identity.setdefault((info.st_dev, info.st_ino), str(path))
        by_path.setdefault(resolved, str(path))
    seen: dict[object, str] = {}
    for output in outputs:
        if output.target is not None and not output.in_place:
            source = (output.identity and by_identity.get(output.identity)) or by_path.get(
                output.target
            )
            if source is not None:
                shown = _shown(source)
                same = "" if shown == output.name else f" (as {shown})"
                raise FactcheckError(
                    f"{output.name}: this run reads it{same}, and a report never replaces"
                    " an input: choose another file"
                )
        if output.target is not None and str(output.target) == os.devnull:
            continue  # a sink may be named any number of times
        key: object = output.identity or output.target or STDOUT
        if key in seen:
            where = "standard output" if output.is_stdout else output.name
            also = "" if seen[key] == output.name else f" (as {seen[key]} and {output.name})"
            raise FactcheckError(
                f"{where}: named for two reports{also}; each report needs a file of its own"
            )
        seen[key] = output.name


def _shown(path: str) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith("../..") else relative


def write_report(output: Output, write: Callable[[TextIO], None]) -> None:
    """Write one report where ``output`` says, all of it or (for a file) nothing."""
    if output.target is None:
        _write_stdout(write)
        return
    try:
        if output.in_place:
            with open(output.target, "w", encoding="utf-8") as stream:
                write(stream)
            return
        _replace_file(output.target, write)
    except OSError as error:
        raise FactcheckError(
            f"{output.name}: cannot write the report: {os_reason(error)}"
        ) from None


def _write_stdout(write: Callable[[TextIO], None]) -> None:
    """A reader that stops reading (``| head``) ends the report quietly; a stdout that
    cannot take it (a full disk) is an error that names it."""
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    except OSError as error:
        silence_stdout()
        raise FactcheckError(
            f"standard output: cannot write the report: {os_reason(error)}"
        ) from None


def _replace_file(target: Path, write: Callable[[TextIO], None]) -> None:
    """Write beside ``target`` under a short name (a 255-byte report name must still
    leave room for it), then rename it over ``target`` once complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        old: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        old = None
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".fc-", suffix=".tmp", dir=target.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, stat.S_IMODE(old.st_mode) if old else _default_mode())
        if old is not None and hasattr(os, "chown"):
            with contextlib.suppress(OSError):  # only the owner or root may keep the owner
                os.chown(temporary, old.st_uid, old.st_gid)
        os.replace(temporary, target)
        temporary = None
    finally:  # whatever stopped the write (a full disk, a signal), no stray temporary file
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _default_mode() -> int:
    """What a plainly created file gets: 0o666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
