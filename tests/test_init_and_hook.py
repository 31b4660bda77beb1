"""`factcheck init` writes a starter story that passes at once and never writes over a
file; the pre-commit hook (.pre-commit-hooks.yaml) runs on a story and stops a commit
that breaks a claim."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
STARTER = ("story.yaml", "sources/wire.txt", "sources/gazette.md")


@pytest.mark.parametrize("folder", ["claims", "stories/riverton"])
def test_init_writes_a_starter_story_that_passes(
    invoke: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["init"] if folder == "claims" else ["init", folder]
    written = invoke(args).stdout
    for name in STARTER:
        assert (tmp_path / folder / name).is_file()
        assert str(Path(folder) / name) in written
    report = invoke(["check", folder, "--format", "json", "--no-cache"]).stdout
    assert '"expectations": {\n      "met": 3,\n      "unmet": 0\n    }' in report


def test_init_never_writes_over_a_file(invoke: Any, tmp_path: Path) -> None:
    """One file of the starter already there: nothing at all is written."""
    story = tmp_path / "story"
    (story / "sources").mkdir(parents=True)
    (story / "sources" / "wire.txt").write_text("my own wire copy\n", encoding="utf-8")
    result = invoke(["init", story], exit_code=2)
    assert f"{story / 'sources' / 'wire.txt'} already exists; nothing was written" in result.stderr
    assert (story / "sources" / "wire.txt").read_text(encoding="utf-8") == "my own wire copy\n"
    assert sorted(p.name for p in story.rglob("*")) == ["sources", "wire.txt"]


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("pre-commit") is None, reason="pre-commit is not installed")
def test_the_pre_commit_hook_passes_a_story_and_stops_a_broken_claim(
    invoke: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pre-commit try-repo` installs factcheck from this repository into its own
    environment and runs the hook on a story repository, as a newsroom would."""
    story = tmp_path / "newsroom"
    story.mkdir()
    monkeypatch.chdir(story)
    invoke(["init"])
    git(story, "init", "-q")
    git(story, "add", ".")
    git(story, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "story")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env.pop("VIRTUAL_ENV", None)
    command = ["pre-commit", "try-repo", str(REPO), "factcheck", "--all-files"]
    passed = subprocess.run(command, cwd=story, env=env, capture_output=True, text=True)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "factcheck" in passed.stdout and "Passed" in passed.stdout
    wire = story / "claims" / "sources" / "wire.txt"
    wire.write_text(wire.read_text(encoding="utf-8").replace("48 million", "52 million"))
    failed = subprocess.run(command, cwd=story, env=env, capture_output=True, text=True)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout and "budget-48-million" in failed.stdout
