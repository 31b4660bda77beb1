"""Golden files: every format's exact output for the example story (tests/golden/).

A change in any report is a reviewed diff of a golden file. To accept a change, run
``FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`` and review the
diff of tests/golden/ before committing. A missing golden file fails the test (a
new format's output is reviewed like any change), and is written only that way.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from factcheck.check import run_check
from factcheck.model import Report
from factcheck.reporters import REPORTERS

GOLDEN = Path(__file__).resolve().parent / "golden"
REPO = Path(__file__).resolve().parents[1]
CASE = "example"
UPDATE = "FACTCHECK_UPDATE_GOLDEN"
DIFF_LINES = 40


def golden_path(name: str) -> Path:
    return GOLDEN / f"{CASE}.{name}"


@pytest.fixture
def report(monkeypatch: pytest.MonkeyPatch) -> Report:
    """The example story, checked from the repository root so that paths read claims/..."""
    monkeypatch.chdir(REPO)
    return run_check([Path("claims")])


def short_diff(expected: bytes, actual: bytes, name: str) -> str:
    diff = list(
        difflib.unified_diff(
            expected.decode("utf-8", "replace").splitlines(keepends=True),
            actual.decode("utf-8", "replace").splitlines(keepends=True),
            fromfile=f"golden/{name}",
            tofile="rendered",
            n=2,
        )
    )
    if not diff:
        return "(the texts differ only in bytes the diff does not show: line ends or encoding)\n"
    shown = "".join(line if line.endswith("\n") else line + "\n" for line in diff[:DIFF_LINES])
    if len(diff) > DIFF_LINES:
        shown += f"... {len(diff) - DIFF_LINES} more diff lines\n"
    return shown


@pytest.mark.parametrize("name", sorted(REPORTERS))
def test_golden(report: Report, name: str) -> None:
    reporter = REPORTERS[name](color=False, verbose=False, width=100)
    actual = reporter.render(report).encode("utf-8")
    path = golden_path(name)
    if os.environ.get(UPDATE) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual)
        pytest.skip(f"golden file written: {path.relative_to(REPO)}; review it and commit it")
    if not path.exists():
        pytest.fail(
            f"{path.relative_to(REPO)} is missing: a new format has no reviewed output yet"
            f" (write it with {UPDATE}=1, review it and commit it)",
            pytrace=False,
        )
    expected = path.read_bytes()
    if actual != expected:
        pytest.fail(
            f"{name} output differs from {path.relative_to(REPO)}:\n"
            f"{short_diff(expected, actual, path.name)}"
            f"If the change is intended, rerun with {UPDATE}=1 and review the diff.",
            pytrace=False,
        )


def test_no_stale_golden_files() -> None:
    """Every golden file belongs to a format that still exists."""
    names = {p.name for p in GOLDEN.glob(f"{CASE}.*")}
    assert names <= {golden_path(name).name for name in REPORTERS}
