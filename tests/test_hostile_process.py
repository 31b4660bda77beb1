"""Hostile input that needs a real process: FIFOs and devices as inputs and outputs,
signals, a reader that closes the pipe, a full device and a cp1252 stdout.

Each run has a timeout, so a regression that blocks (a FIFO opened for reading
waits for a writer for ever) fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from functools import partial
from pathlib import Path

import pytest

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, signals and /dev")

WIRE = (
    "Hanoi, September 26, 2024\n\nDeputy PM Bùi Thanh Sơn said the talks in New York went well.\n"
)
REGISTRY = textwrap.dedent(
    """\
    version: 1
    sources:
      wire:
        path: wire.txt
    claims:
      - id: talks
        claim: Bùi Thanh Sơn said the talks in New York went well.
        attributed_to:
          - source: wire
            speaker: Bùi Thanh Sơn
        expect: uncorroborated
    """
)


def story(tmp_path: Path) -> Path:
    folder = tmp_path / "newsroom" / "story"
    folder.mkdir(parents=True)
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "reg.yaml").write_text(REGISTRY, encoding="utf-8")
    return folder


def factcheck(
    *args: str, cwd: Path, timeout: float = 60, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        capture_output=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def no_traceback(result: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in result.stderr, result.stderr.decode()


@posix_only
def test_a_fifo_registry_is_refused_at_once(tmp_path: Path) -> None:
    folder = story(tmp_path)
    os.mkfifo(folder / "pipe.yaml")
    result = factcheck("check", "pipe.yaml", cwd=folder, timeout=20)
    assert result.returncode == 2
    no_traceback(result)
    assert result.stderr.decode().startswith("pipe.yaml: is a FIFO")


@posix_only
def test_a_fifo_source_is_refused_at_once(tmp_path: Path) -> None:
    folder = story(tmp_path)
    (folder / "wire.txt").unlink()
    os.mkfifo(folder / "wire.txt")
    result = factcheck("check", "reg.yaml", cwd=folder, timeout=20)
    assert result.returncode == 2
    no_traceback(result)
    assert b"reg.yaml:4:11: source 'wire': wire.txt: is a FIFO" in result.stderr


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_as_a_registry_is_refused_without_reading_it(tmp_path: Path) -> None:
    folder = story(tmp_path)
    for command in ("check", "validate"):
        result = factcheck(command, "/dev/zero", cwd=folder, timeout=20)
        assert result.returncode == 2
        no_traceback(result)
        assert b"/dev/zero: is a device, not a regular file" in result.stderr


@posix_only
def test_a_fifo_output_is_written_in_place(tmp_path: Path) -> None:
    folder = story(tmp_path)
    fifo = folder / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = factcheck("check", "reg.yaml", "-o", "out.fifo", "--format", "json", cwd=folder)
    reader.join(timeout=20)
    assert result.returncode == 0, result.stderr.decode()
    assert received and b'"schema_version": 2' in received[0]
    assert fifo.is_fifo(), "the FIFO is still a FIFO, not replaced by a file"


@posix_only
@pytest.mark.skipif(os.geteuid() != 0, reason="only root can replace /dev/null")
def test_dev_null_stays_a_device_when_root_writes_to_it(tmp_path: Path) -> None:
    folder = story(tmp_path)
    result = factcheck("check", "reg.yaml", "-o", "/dev/null", cwd=folder)
    assert result.returncode == 0
    assert Path("/dev/null").is_char_device()


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_stdout_on_a_full_device_is_an_input_error(tmp_path: Path) -> None:
    folder = story(tmp_path)
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "factcheck", "check", "reg.yaml"],
            cwd=folder, stdout=full, stderr=subprocess.PIPE, timeout=60,
        )  # fmt: skip
    assert result.returncode == 2
    no_traceback(result)
    assert result.stderr.decode().splitlines() == [
        "factcheck: standard output: cannot write the report: No space left on device"
    ]


@posix_only
def test_a_reader_that_closes_the_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    """``factcheck check | head -1``: no message, and the exit code is the run's own."""
    folder = story(tmp_path)
    claims = "".join(
        f"  - id: c{n}\n    claim: Sơn said the talks in New York went well, item {n}.\n"
        for n in range(300)
    )
    (folder / "reg.yaml").write_text(REGISTRY + claims, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", "reg.yaml", "--format", "text",
         "--fail-on", "never"],
        cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # what `head -1` does
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=60) == 0
    assert stderr == b""


@posix_only
def test_a_cp1252_stdout_gets_utf8(tmp_path: Path) -> None:
    """A redirect on Windows: the locale says cp1252, the report still says 'Sơn'."""
    folder = story(tmp_path)
    for format_name in ("text", "json", "markdown"):
        result = factcheck(
            "check", "reg.yaml", "--format", format_name, "--evidence", cwd=folder,
            env={"PYTHONIOENCODING": "cp1252"},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr.decode()
        assert "Sơn" in result.stdout.decode("utf-8")


@posix_only
@pytest.mark.parametrize(
    ("signum", "code", "word"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],
)
def test_a_signal_mid_run_exits_with_its_code_and_leaves_the_old_report(
    tmp_path: Path, signum: int, code: int, word: str
) -> None:
    """The run blocks writing its report into a FIFO nobody reads; the signal arrives
    there. The --report file written after it is untouched, no temporary file is left."""
    folder = story(tmp_path)
    os.mkfifo(folder / "stuck.fifo")
    (folder / "r.json").write_text("old\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", "reg.yaml", "-o", "stuck.fifo",
         "--report", "json:r.json"],
        cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        # as from a terminal: a runner started in the background ('ci &') ignores SIGINT,
        # and a child would inherit that and wait on the FIFO for ever
        preexec_fn=partial(signal.signal, signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    try:
        time.sleep(2.0)  # well past start-up: Python's signal handlers are in place
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == code
    assert stderr.decode().splitlines() == [f"factcheck: {word}"]
    assert (folder / "r.json").read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in folder.iterdir()) == ["r.json", "reg.yaml", "stuck.fifo",
                                                       "wire.txt"]  # fmt: skip


def shell(
    command: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """A command line as a user types it (redirections, pipes), with pipefail, so the exit
    code is factcheck's even when a reader stops early."""
    return subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"], cwd=cwd, capture_output=True,
        timeout=60, env={**os.environ, "FC": f"{sys.executable} -m factcheck", **(env or {})},
    )  # fmt: skip


@posix_only
@pytest.mark.parametrize(
    ("command", "code", "stderr"),
    [
        # an output through an open descriptor is still checked against the inputs
        ("$FC check reg.yaml -o /dev/fd/3 3<>reg.yaml", 2, "this run reads it"),
        ("$FC check reg.yaml -o /proc/self/fd/3 3<>wire.txt", 2, "this run reads it"),
        ("$FC check reg.yaml -o /dev/fd/3 3<wire.txt", 2, "open for reading only"),
        ("$FC validate reg.yaml >> reg.yaml", 2, "standard output: this run reads it"),
        ("$FC sources reg.yaml >> wire.txt", 2, "standard output: this run reads it"),
        ("$FC show talks reg.yaml >> reg.yaml", 2, "standard output: this run reads it"),
        ("$FC check reg.yaml >> reg.yaml", 2, "standard output: this run reads it"),
        # a closed stdout is the null device; a full one is an error, whatever printed
        ("$FC check reg.yaml >&-", 0, ""),
        ("$FC validate reg.yaml >&-", 0, ""),
        ("$FC --help > /dev/full", 2, "No space left on device"),
        ("$FC validate reg.yaml > /dev/full", 2, "No space left on device"),
        # a reader that stops at once is not a failure of the run
        ("$FC validate reg.yaml | head -0", 0, ""),
        ("$FC --help | head -0", 0, ""),
        ("$FC schema report | head -0", 0, ""),
        # a stderr that cannot take the message does not change the exit code
        ("$FC check reg.yaml --claim nope 2>/dev/full", 2, None),
        ("$FC check missing.yaml 2>&-", 2, None),
    ],
)
def test_streams_and_descriptors(
    tmp_path: Path, command: str, code: int, stderr: str | None
) -> None:
    folder = story(tmp_path)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = shell(command, folder)
    assert result.returncode == code, result.stderr.decode()
    no_traceback(result)
    if stderr is not None:
        assert stderr in result.stderr.decode() if stderr else not result.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


@posix_only
def test_dev_stdout_appends_where_the_shell_said(tmp_path: Path) -> None:
    """`-o /dev/stdout >> log` must append, not truncate the log (reopening would)."""
    folder = story(tmp_path)
    (folder / "log").write_text("KEEP\n", encoding="utf-8")
    result = shell("$FC check reg.yaml -o /dev/stdout --format json >> log", folder)
    assert result.returncode == 0, result.stderr.decode()
    log = (folder / "log").read_text(encoding="utf-8")
    assert log.startswith("KEEP\n{") and '"schema_version": 2' in log


@posix_only
def test_a_deleted_working_folder_is_an_input_error(tmp_path: Path) -> None:
    folder = story(tmp_path)
    gone = tmp_path / "gone"
    gone.mkdir()
    result = shell(f"cd {gone} && rmdir {gone} && $FC check {folder / 'reg.yaml'}", tmp_path)
    assert result.returncode == 2
    assert b"working folder no longer exists" in result.stderr


@posix_only
def test_a_registry_directly_in_the_home_folder_reads_no_sources(tmp_path: Path) -> None:
    """Its story folder would be the whole home folder (another user's diary next door)."""
    home = tmp_path / "users" / "alice"
    home.mkdir(parents=True)
    (tmp_path / "users" / "bob").mkdir()
    (tmp_path / "users" / "bob" / "diary.txt").write_text("Bob's secret.\n", encoding="utf-8")
    (home / "wire.txt").write_text(WIRE, encoding="utf-8")
    for path in ("wire.txt", "../bob/diary.txt"):
        (home / "reg.yaml").write_text(REGISTRY.replace("path: wire.txt", f"path: {path}"))
        result = factcheck("check", "reg.yaml", "-v", cwd=home, env={"HOME": str(home)})
        assert result.returncode == 2
        assert b"no story folder" in result.stderr and b"secret" not in result.stdout
    (home / "reg.yaml").write_text(REGISTRY, encoding="utf-8")
    result = factcheck(
        "check", "reg.yaml", "--source-root", "..", cwd=home, env={"HOME": str(home)}
    )
    assert result.returncode == 0, result.stderr.decode()


@posix_only
def test_a_symlinked_registry_is_read_where_the_link_is(tmp_path: Path) -> None:
    """Its sources and its story folder both come from the link's folder."""
    elsewhere = tmp_path / "elsewhere" / "claims"
    elsewhere.mkdir(parents=True)
    (elsewhere / "reg.yaml").write_text(REGISTRY, encoding="utf-8")
    folder = story(tmp_path)
    (folder / "reg.yaml").unlink()
    (folder / "reg.yaml").symlink_to(elsewhere / "reg.yaml")
    result = factcheck("check", "reg.yaml", cwd=folder)
    assert result.returncode == 0, result.stderr.decode()
