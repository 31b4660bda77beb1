"""--engine dask: claims judged on a Dask cluster (a LocalCluster here) give the very
bytes a local run writes; without Dask, or without a scheduler to reach, the run stops
with one clear message and exit code 2."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from factcheck import dask_engine
from factcheck.cli import main

pytest.importorskip("distributed")


def run(args: list[str]) -> Result:
    return CliRunner().invoke(main, ["check", *[str(a) for a in args], "--no-cache"])


def test_the_example_story_is_the_same_on_dask(example: Path) -> None:
    local = run([example, "--format", "json"])
    on_dask = run([example, "--format", "json", "--engine", "dask"])
    assert (on_dask.exit_code, on_dask.stdout) == (local.exit_code, local.stdout)
    assert local.exit_code == 0 and '"claims": 29' in local.stdout


def test_a_synthetic_archive_is_the_same_on_dask(tmp_path: Path, make_corpus: Any) -> None:
    registry = make_corpus(tmp_path, 150, 150, 9)
    local = run([registry, "--format", "json", "--jobs", "1"])
    on_dask = run([registry, "--format", "json", "--engine", "dask"])
    assert on_dask.stdout == local.stdout and on_dask.exit_code == local.exit_code
    assert json.loads(local.stdout)["summary"]["expectations"]["met"] >= 148  # a real run


def test_without_dask_the_message_says_how_to_get_it(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails
    result = run([example, "--engine", "dask"])
    assert result.exit_code == 2
    assert "pip install 'factcheck[dask]'" in result.stderr and "Traceback" not in result.stderr


def test_a_scheduler_that_does_not_answer_is_an_input_error(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    monkeypatch.setattr(dask_engine, "CONNECT_SECONDS", 1)
    result = run([example, "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 2
    assert f"cannot reach the Dask scheduler tcp://127.0.0.1:{port}" in result.stderr


def test_a_scheduler_without_the_dask_engine_is_a_usage_error(example: Path) -> None:
    result = run([example, "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2 and "--engine dask" in result.stderr
