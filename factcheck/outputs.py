"""Writing reports without ever destroying an input or leaving half a file.

Every output is checked before any work is done: it must not be (by any spelling,
symlink, hard link, ``/proc/self/cwd/…`` or ``/dev/fd/N``) a file the run reads, nor
named twice, nor a folder, nor read-only, nor inside /proc, /sys or /dev. Then each
report is written whole to a temporary file beside its target and renamed over
it, so a crash, a full disk or a signal leaves the old file (or none).

Three kinds of output are not files to replace:
- an already open descriptor (``-``, ``/dev/stdout``, ``/dev/stderr``, ``/dev/fd/N``,
  ``/proc/self/fd/N``) is written through, never reopened, so ``-o /dev/stdout >>
  log`` appends as the shell asked;
- a device or FIFO (``/dev/null``, a named pipe) is opened and written in place:
  renaming over it would replace the device with a plain file;
- everything else is a file: an existing report keeps its permissions, and a
  symlink keeps pointing where it did (the file it points to is replaced).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO

from factcheck.errors import FactcheckError
from factcheck.exits import silence_stdout
from factcheck.inputs import UnreadableFile, file_kind, os_reason, resolve

STDOUT = "-"
Kind = Literal["descriptor", "device", "file"]
_DESCRIPTOR = re.compile(
    r"^/(?:dev/(?:fd/(\d+)|(stdout)|(stderr))|proc/(?:self|thread-self|(\d+))/fd/(\d+))$"
)
_PSEUDO_TREES = (Path("/proc"), Path("/sys"), Path("/dev"))


@dataclass(frozen=True)
class Output:
    """Where one report goes, as planned before the run."""

    name: str  # as the user wrote it ('-' for standard output)
    kind: Kind = "descriptor"
    target: Path | None = None  # the file or device written; None for a descriptor
    descriptor: int = 1  # for kind 'descriptor'
    identity: tuple[int, int] | None = None  # (device, inode), when it exists
    regular: bool = False  # a regular file (as opposed to a pipe, terminal or device)
    folder: tuple[int, int] | None = None  # (device, inode) of a file's folder, if it exists

    @property
    def is_stdout(self) -> bool:
        return self.kind == "descriptor" and self.descriptor == 1


def plan_output(name: str | Path | None) -> Output:
    """Check one output without writing anything, and say how it will be written."""
    if name is None or str(name) == STDOUT:
        return _descriptor(STDOUT, 1)
    text = str(name)
    if not text.strip():
        raise FactcheckError("an output file name is empty (give a file name, or '-' for stdout)")
    descriptor = _descriptor_number(text)
    if descriptor is not None:
        return _descriptor(text, descriptor)
    try:
        target = resolve(Path(text))
    except UnreadableFile as error:
        raise FactcheckError(
            f"{_printable(text)}: cannot write the report there: {error}"
        ) from None
    try:
        info = os.stat(target)
    except FileNotFoundError:
        _check_new_file(text, target)
        return Output(text, "file", target, folder=_identity_of(target.parent))
    except OSError as error:
        raise FactcheckError(
            f"{_printable(text)}: cannot write the report there: {os_reason(error)}"
        ) from None
    identity = (info.st_dev, info.st_ino)
    if stat.S_ISDIR(info.st_mode):
        raise FactcheckError(f"{_printable(text)}: is a folder; give a file name for the report")
    if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
        return Output(text, "device", target, identity=identity)
    if not stat.S_ISREG(info.st_mode):
        raise FactcheckError(
            f"{_printable(text)}: is {file_kind(info.st_mode)}; not a place for a report"
        )
    _check_not_pseudo(text, target)
    if not info.st_mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise FactcheckError(
            f"{_printable(text)}: is read-only, so factcheck leaves it as it is (make it"
            " writable, or choose another file)"
        )
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise FactcheckError(
            f"{_printable(text)}: cannot replace it: its folder {target.parent} is not writable"
        )
    folder = _identity_of(target.parent)
    return Output(text, "file", target, identity=identity, regular=True, folder=folder)


def _identity_of(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _descriptor_number(text: str) -> int | None:
    """The descriptor a /dev/fd-style path names (this process's own only)."""
    match = _DESCRIPTOR.match(os.path.abspath(text))
    if match is None:
        return None
    fd, stdout, stderr, pid, proc_fd = match.groups()
    if stdout:
        return 1
    if stderr:
        return 2
    if pid is not None and int(pid) != os.getpid():
        return None  # another process's descriptor: an ordinary (odd) path
    return int(fd if fd is not None else proc_fd)


def _descriptor(name: str, number: int) -> Output:
    try:
        info = os.fstat(number)
    except OSError:
        if number == 1:  # stdout closed (`>&-`): the report goes nowhere, as asked
            return Output(name, "descriptor", descriptor=1)
        raise FactcheckError(
            f"{_printable(name)}: descriptor {number} is not open for writing"
        ) from None
    except (ValueError, AttributeError):
        return Output(name, "descriptor", descriptor=number)
    if _read_only(number):
        raise FactcheckError(f"{_printable(name)}: descriptor {number} is open for reading only")
    return Output(
        name,
        "descriptor",
        descriptor=number,
        identity=(info.st_dev, info.st_ino),
        regular=stat.S_ISREG(info.st_mode),
    )


def _read_only(number: int) -> bool:
    try:
        import fcntl
    except ImportError:  # not POSIX: let the write say so
        return False
    try:
        return fcntl.fcntl(number, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY
    except OSError:
        return False


def _check_new_file(text: str, target: Path) -> None:
    """A file that does not exist yet: not a folder name, not in a pseudo file system,
    and its nearest existing ancestor a writable folder (missing folders are made when
    the report is written)."""
    if os.path.basename(text) in ("", ".", ".."):  # 'out/', 'out/.', 'out/..'
        raise FactcheckError(f"{_printable(text)}: names a folder; give a file name for the report")
    _check_not_pseudo(text, target)
    ancestor = target.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise FactcheckError(
            f"{_printable(text)}: cannot write the report there: {ancestor} is not a folder"
        )
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise FactcheckError(
            f"{_printable(text)}: cannot write the report there: {ancestor} is not writable"
        )


def _check_not_pseudo(text: str, target: Path) -> None:
    for tree in _PSEUDO_TREES:
        if target.is_relative_to(tree):
            raise FactcheckError(
                f"{_printable(text)}: is inside {tree}, which holds no report files"
            )


def check_outputs(outputs: Sequence[Output], inputs: Iterable[Path]) -> None:
    """Refuse a run whose outputs name one of its inputs, or one file twice."""
    by_identity: dict[tuple[int, int], str] = {}
    by_path: dict[Path, str] = {}
    for path in inputs:
        try:
            resolved = resolve(path)
            info = os.stat(resolved)
        except (UnreadableFile, OSError, ValueError):
            continue
        by_identity.setdefault((info.st_dev, info.st_ino), str(path))
        by_path.setdefault(resolved, str(path))
    seen: dict[object, str] = {}
    for output in outputs:
        source = (output.identity and by_identity.get(output.identity)) or (
            output.target and by_path.get(output.target)
        )
        if source:
            shown = _shown(source)
            same = "" if shown == output.name else f" (as {shown})"
            where = "standard output" if output.name == STDOUT else _printable(output.name)
            raise FactcheckError(
                f"{where}: this run reads it{same}, and a report never replaces an input:"
                " choose another file"
            )
        key = _key(output)
        if key is None:
            continue
        if key in seen:
            where = "standard output" if output.is_stdout else _printable(output.name)
            also = "" if seen[key] == output.name else f" (as {seen[key]} and {output.name})"
            raise FactcheckError(
                f"{_printable(where)}: named for two reports{_printable(also)}; each report"
                " needs a file of its own"
            )
        seen[key] = output.name


def _key(output: Output) -> object:
    """What makes two outputs the same place (None: a sink that may be named twice)."""
    if output.target is not None and str(output.target) == os.devnull:
        return None
    if output.kind == "descriptor" and not output.regular:
        return ("descriptor", output.descriptor)
    return output.identity or output.target


def _shown(path: str) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith("../..") else relative


def _printable(text: str) -> str:
    from factcheck.model import printable

    return printable(text)


def write_report(output: Output, write: Callable[[TextIO], None], *, replace: bool = True) -> None:
    """Write one report where ``output`` says: all of it or (for a file) nothing.
    ``replace=False`` never replaces a file that appeared meanwhile (another run)."""
    if output.kind == "descriptor":
        _write_descriptor(output, write)
        return
    assert output.target is not None
    try:
        if output.kind == "device":
            with open(output.target, "w", encoding="utf-8") as stream:
                write(stream)
        else:
            _replace_file(output, write, replace=replace)
    except FileExistsError:
        raise FactcheckError(
            f"{_printable(output.name)}: already exists (another run wrote it meanwhile); use"
            " --force to replace it"
        ) from None
    except OSError as error:
        raise FactcheckError(
            f"{_printable(output.name)}: cannot write the report: {os_reason(error)}"
        ) from None


def _write_descriptor(output: Output, write: Callable[[TextIO], None]) -> None:
    """A reader that stops reading (``| head``) ends the report quietly; a descriptor
    that cannot take it (a full disk) is an error that names it."""
    where = "standard output" if output.name == STDOUT else _printable(output.name)
    try:
        with _descriptor_stream(output.descriptor) as stream:
            write(stream)
            stream.flush()
    except BrokenPipeError:
        if output.descriptor == 1:
            silence_stdout()
    except OSError as error:
        if output.descriptor == 1:
            silence_stdout()
        raise FactcheckError(f"{where}: cannot write the report: {os_reason(error)}") from None


@contextlib.contextmanager
def _descriptor_stream(number: int) -> Iterator[TextIO]:
    if number == 1:
        yield sys.stdout if sys.stdout is not None else open(os.devnull, "w")  # noqa: SIM115
    elif number == 2:
        yield sys.stderr
    else:
        with os.fdopen(os.dup(number), "w", encoding="utf-8") as stream:
            yield stream


def _replace_file(output: Output, write: Callable[[TextIO], None], *, replace: bool) -> None:
    """Write beside the target under a short name (a 255-byte report name must still
    leave room for it), then rename it over the target once complete (or, when it must
    not replace anything, link it there: that fails if the name was taken meanwhile).

    Everything happens inside the folder opened once and checked to be the one planned:
    a folder swapped for a symlink while the run worked (to aim the report at an input)
    gets nothing."""
    target = output.target
    assert target is not None
    target.parent.mkdir(parents=True, exist_ok=True)
    with _planned_folder(output) as folder:
        try:
            old: os.stat_result | None = os.stat(target.name, dir_fd=folder)
        except FileNotFoundError:
            old = None
        temporary: str | None = None
        try:
            temporary, stream = _temporary_file(folder)
            with stream:
                write(stream)
                stream.flush()
                os.fsync(stream.fileno())
                os.fchmod(stream.fileno(), stat.S_IMODE(old.st_mode) if old else _default_mode())
                if old is not None:
                    with contextlib.suppress(OSError):  # only the owner or root keep the owner
                        os.fchown(stream.fileno(), old.st_uid, old.st_gid)
            if replace:
                os.replace(temporary, target.name, src_dir_fd=folder, dst_dir_fd=folder)
                temporary = None
            else:  # FileExistsError if another run got there first
                os.link(temporary, target.name, src_dir_fd=folder, dst_dir_fd=folder)
        finally:  # whatever stopped the write (a full disk, a signal), no stray temporary
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary, dir_fd=folder)


@contextlib.contextmanager
def _planned_folder(output: Output) -> Iterator[int]:
    assert output.target is not None
    folder = output.target.parent
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(folder, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise FactcheckError(
            f"{_printable(output.name)}: its folder changed while factcheck ran"
            f" ({os_reason(error)}); nothing written"
        ) from None
    try:
        info = os.fstat(descriptor)
        moved = output.folder is not None and (info.st_dev, info.st_ino) != output.folder
        if moved or folder.resolve() != folder:
            raise FactcheckError(
                f"{_printable(output.name)}: its folder was replaced while factcheck ran;"
                " nothing written"
            )
        yield descriptor
    finally:
        os.close(descriptor)


def _temporary_file(folder: int) -> tuple[str, TextIO]:
    """A new file with a short random name in the open folder, for writing."""
    for _ in range(100):
        name = f".fc-{secrets.token_hex(6)}.tmp"
        try:
            handle = os.open(
                name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600,
                dir_fd=folder,
            )  # fmt: skip
        except FileExistsError:
            continue
        return name, os.fdopen(handle, "w", encoding="utf-8")
    raise FileExistsError("no free temporary name")


def _default_mode() -> int:
    """What a plainly created file gets: 0o666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
