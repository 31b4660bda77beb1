"""`check --report FORMAT:FILE`: extra report files beside the one on stdout, written
deterministically and atomically (a crash leaves the old file or none, never half)."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import junitparser
import pytest

from factcheck.errors import FactcheckError
from factcheck.outputs import plan_output, write_report
from factcheck.reporters import REPORTERS

REPO = Path(__file__).resolve().parents[1]


def write_output(write: Callable[[Any], None], target: Path) -> None:
    write_report(plan_output(target), write)


FERRY = "The ferry Island Star left Portside harbour at dawn on Monday with 40 passengers.\n"
FERRY_DOCS = {"gazette.txt": FERRY, "herald.txt": FERRY, "radio.txt": "Weather was fine.\n"}
UNMET = {
    "id": "ferry",
    "claim": "The ferry Island Star left Portside harbour at dawn.",
    "expect": "contradicted",  # both papers state it: agreement, so the expectation is unmet
}


@pytest.fixture(params=["passing", "failing"])
def registry(
    request: pytest.FixtureRequest, example: Path, story_registry: Any
) -> tuple[Path, int]:
    """The example story (exit 0), or a small story with an unmet expectation (exit 1)."""
    if request.param == "passing":
        return example, 0
    return story_registry(FERRY_DOCS, [UNMET]), 1


# --- (a) --report beside stdout -------------------------------------------------------


def test_report_files_and_stdout(registry: tuple[Path, int], tmp_path: Path, invoke: Any) -> None:
    path, exit_code = registry
    plain = invoke(["check", path], exit_code=exit_code)

    folder = tmp_path / "not" / "there" / "yet"  # created on the way
    json_path, junit_path = folder / "r.json", folder / "j.xml"
    both = invoke(
        ["check", path, "--report", f"json:{json_path}", "--report", f"junit:{junit_path}"],
        exit_code=plain.exit_code,
    )
    assert both.stdout == plain.stdout, "stdout is still the text report"
    assert both.stdout.startswith("factcheck ")

    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["summary"]["exit_code"] == plain.exit_code
    xml = junitparser.JUnitXml.fromfile(str(junit_path))
    assert xml.tests == data["summary"]["claims"]
    assert xml.failures == (1 if plain.exit_code else 0)
    assert sorted(p.name for p in folder.iterdir()) == ["j.xml", "r.json"], "no stray files"


@pytest.mark.parametrize("name", sorted(REPORTERS))
def test_report_file_is_what_format_prints(
    name: str, example: Path, tmp_path: Path, invoke: Any
) -> None:
    """--report F:FILE holds what --format F prints when piped (no colour, same width)."""
    printed = invoke(["check", example, "--format", name]).stdout_bytes
    target = tmp_path / f"report.{name}"
    invoke(["check", example, "--report", f"{name}:{target}"])
    assert target.read_bytes() == printed


def test_report_into_a_file_that_cannot_be_written_is_an_input_error(
    example: Path, tmp_path: Path, invoke: Any
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    result = invoke(["check", example, "--report", f"json:{blocker / 'r.json'}"], exit_code=2)
    assert "r.json" in result.stderr
    assert "Traceback" not in result.stderr
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"


# --- (b) determinism ------------------------------------------------------------------


def run_with_every_report(paths: list[Path], folder: Path, hash_seed: str) -> int:
    """`factcheck check` in a fresh interpreter (its own hash seed), a --report per format."""
    reports = [f"--report={name}:{folder / f'report.{name}'}" for name in sorted(REPORTERS)]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "NO_COLOR": "1"}
    process = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", *map(str, paths), *reports],
        cwd=REPO, env=env, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert process.returncode in (0, 1), process.stderr.decode("utf-8", "replace")
    return process.returncode


def test_report_files_are_deterministic(example: Path, story_registry: Any, tmp_path: Path) -> None:
    paths = [example, story_registry(FERRY_DOCS, [UNMET])]
    first, second = tmp_path / "first", tmp_path / "second"
    assert run_with_every_report(paths, first, "1") == run_with_every_report(paths, second, "2")
    names = sorted(f"report.{name}" for name in REPORTERS)
    assert sorted(p.name for p in first.iterdir()) == names
    assert sorted(p.name for p in second.iterdir()) == names
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), f"{name} differs"


# --- (c) atomicity --------------------------------------------------------------------

OLD = "the old report\n"

# Writes half a report, says so, then hangs until it is killed; SIGTERM is handled as
# the CLI handles it (an exception, so that clean-up runs), and exits 143.
CHILD = textwrap.dedent(
    """
    import sys, time
    from factcheck.exits import EXIT_TERMINATED, Terminated, signals_raise
    from factcheck.outputs import plan_output, write_report

    def write(stream):
        stream.write("NEW " * 5000)
        stream.flush()
        print("HALF", flush=True)
        time.sleep(30)
        stream.write("END\\n")

    with signals_raise():
        try:
            write_report(plan_output(sys.argv[1]), write)
        except Terminated:
            sys.exit(EXIT_TERMINATED)
    """
)


def kill_half_way(target: Path, signum: int = signal.SIGKILL) -> int:
    """Start a writer of ``target``, wait until half the report is written, signal it;
    return its exit status."""
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    watchdog = threading.Timer(25, process.kill)  # never hang the suite
    watchdog.start()
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line == "HALF\n", f"the writer did not get half way: {process.stderr.read()}"
        if target.exists():  # meanwhile, a reader sees the old report whole
            assert target.read_text(encoding="utf-8") == OLD
        assert any(p.name.startswith(".fc-") for p in target.parent.iterdir())
        os.kill(process.pid, signum)
        return process.wait(timeout=10)
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


posix_only = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


@posix_only
def test_killed_writer_leaves_the_old_report(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text(OLD, encoding="utf-8")
    assert kill_half_way(target) == -signal.SIGKILL
    assert target.read_text(encoding="utf-8") == OLD


@posix_only
def test_killed_writer_leaves_no_report(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    assert kill_half_way(target) == -signal.SIGKILL
    assert not target.exists()


@posix_only
def test_terminated_writer_leaves_the_old_report_and_no_temporary_file(tmp_path: Path) -> None:
    """SIGTERM (CI cancelling a job) is not SIGKILL: the temporary file is removed too."""
    target = tmp_path / "report.json"
    target.write_text(OLD, encoding="utf-8")
    assert kill_half_way(target, signal.SIGTERM) == 143
    assert target.read_text(encoding="utf-8") == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def failing_writer(error: BaseException) -> Callable[[Any], None]:
    def write(stream: Any) -> None:
        stream.write("NEW " * 5000)
        raise error

    return write


def test_failing_writer_leaves_the_old_report(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text(OLD, encoding="utf-8")
    with pytest.raises(FactcheckError, match=r"report\.json"):
        write_output(failing_writer(OSError(errno.ENOSPC, "No space left on device")), target)
    assert target.read_text(encoding="utf-8") == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"], "no temporary file left"


def test_failing_writer_leaves_no_report(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    with pytest.raises(FactcheckError, match="No space left on device"):
        write_output(failing_writer(OSError(errno.ENOSPC, "No space left on device")), target)
    assert list(tmp_path.iterdir()) == []


def test_interrupted_writer_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text(OLD, encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        write_output(failing_writer(KeyboardInterrupt()), target)
    assert target.read_text(encoding="utf-8") == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


@posix_only
def test_replacing_keeps_the_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text(OLD, encoding="utf-8")
    target.chmod(0o640)
    write_output(lambda stream: stream.write("{}\n"), target)
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert target.stat().st_mode & 0o777 == 0o640


# --- (d) bad --report values ----------------------------------------------------------


@pytest.mark.parametrize("value", ["foo:x", "json", "json:", ":r.json", "JSON:r.json"])
def test_bad_report_value_is_a_usage_error(
    value: str, example: Path, tmp_path: Path, invoke: Any
) -> None:
    good = tmp_path / "r.json"
    result = invoke(["check", example, "--report", f"json:{good}", "--report", value], exit_code=2)
    assert "--report" in result.stderr
    assert not good.exists(), "a bad --report is refused before anything is written"
    assert not result.stdout
