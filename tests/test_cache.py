"""The persistent cache: a second run over the same inputs reads instead of judging and
writes the same bytes; an edited source or claim is judged again; --no-cache keeps
nothing; a damaged, unusable or shared cache never changes a report or the exit code."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from factcheck import check as check_module
from factcheck.cache import FILE_NAME, Cache, key
from factcheck.cli import main


def run(args: list[str]) -> Result:
    return CliRunner().invoke(main, ["check", *[str(a) for a in args]])


@pytest.fixture
def story(tmp_path: Path, example: Path) -> Path:
    """A copy of the example story, to edit."""
    return Path(shutil.copytree(example, tmp_path / "story"))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the claims judged (not read from the cache) by the runs of a test."""
    judged: list[str] = []
    real = check_module.judge_claim

    def judge_claim(claim: Any, *args: Any, **kwargs: Any) -> Any:
        judged.append(claim.id)
        return real(claim, *args, **kwargs)

    monkeypatch.setattr(check_module, "judge_claim", judge_claim)
    return judged


@pytest.mark.parametrize("form", ["json", "text", "markdown"])
def test_a_second_run_reads_every_judgement_and_writes_the_same_bytes(
    story: Path, counted: list[str], form: str
) -> None:
    cold = run([story, "--format", form])
    assert len(counted) == 29
    warm = run([story, "--format", form])
    assert len(counted) == 29  # nothing judged again
    assert (warm.exit_code, warm.stdout) == (cold.exit_code, cold.stdout)
    fresh = run([story, "--format", form, "--no-cache"])
    assert (fresh.exit_code, fresh.stdout) == (cold.exit_code, cold.stdout)


def test_a_synthetic_archive_is_the_same_cold_warm_and_in_parallel(
    tmp_path: Path, counted: list[str], make_corpus: Any
) -> None:
    registry = make_corpus(tmp_path, 60, 60, 3)
    cold = run([registry, "--format", "json", "--no-cache"]).stdout
    assert run([registry, "--format", "json", "--jobs", "2"]).stdout == cold
    judged = len(counted)
    assert run([registry, "--format", "json"]).stdout == cold
    assert len(counted) == judged


def test_an_edited_source_is_read_and_judged_again(story: Path, counted: list[str]) -> None:
    before = run([story, "--format", "json"])
    roundup = story / "sources" / "roundup.html"
    text = roundup.read_text(encoding="utf-8")
    assert "24 September" in text
    roundup.write_text(text.replace("24 September", "25 September"), encoding="utf-8")
    counted.clear()
    after = run([story, "--format", "json"])
    assert len(counted) == 29  # every claim: the corpus they are judged against changed
    assert after.stdout != before.stdout
    assert after.stdout == run([story, "--format", "json", "--no-cache"]).stdout


def test_an_edited_claim_alone_is_judged_again(story: Path, counted: list[str]) -> None:
    registry = story / "to-lam-un-2024.yaml"
    run([story, "--format", "json"])
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text.replace("in New York on 25 September 2024.", "in New York on 26 September 2024.", 1),
        encoding="utf-8",
    )
    counted.clear()
    after = run([story, "--format", "json"])
    assert counted == ["biden-talks-date"]
    assert after.stdout == run([story, "--format", "json", "--no-cache"]).stdout


def test_no_cache_keeps_nothing(story: Path, _own_cache: Path) -> None:
    run([story, "--no-cache"])
    assert not (_own_cache / FILE_NAME).exists()
    run([story])
    assert (_own_cache / FILE_NAME).is_file()


def test_a_cache_that_is_not_a_database_is_rebuilt_with_a_warning(
    story: Path, _own_cache: Path, counted: list[str]
) -> None:
    expected = run([story, "--format", "json", "--no-cache"])
    (_own_cache / FILE_NAME).write_bytes(b"this is not SQLite\0" * 200)
    damaged = run([story, "--format", "json"])
    assert (damaged.exit_code, damaged.stdout) == (expected.exit_code, expected.stdout)
    assert f"{_own_cache / FILE_NAME} could not be read" in damaged.stderr
    assert "rebuilt" in damaged.stderr and "Traceback" not in damaged.stderr
    counted.clear()
    again = run([story, "--format", "json"])  # the rebuilt cache works
    assert again.stdout == expected.stdout and again.stderr == "" and counted == []


def test_a_damaged_entry_is_judged_again(story: Path, _own_cache: Path) -> None:
    expected = run([story, "--format", "json"]).stdout
    with sqlite3.connect(_own_cache / FILE_NAME) as db:
        db.execute("UPDATE entries SET value = x'00ff00ff'")
    db.close()
    result = run([story, "--format", "json"])
    assert result.stdout == expected and result.stderr == ""


def test_an_unusable_cache_folder_only_costs_the_cache(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = run([story, "--format", "json", "--no-cache"])
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocked / "cache"))
    result = run([story, "--format", "json"])
    assert (result.exit_code, result.stdout) == (expected.exit_code, expected.stdout)
    assert "cannot be used" in result.stderr and "this run goes without it" in result.stderr


def test_runs_at_the_same_time_share_the_cache(story: Path) -> None:
    command = [sys.executable, "-m", "factcheck", "check", str(story), "--format", "json"]
    expected = subprocess.run([*command, "--no-cache"], capture_output=True, text=True).stdout
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(4)]  # fmt: skip
    for process in runs:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0 and out == expected and err == ""


def test_keys_change_with_any_part() -> None:
    assert key("a", ("b", 1)) == key("a", ("b", 1))
    assert key("a", ("b", 1)) != key("a", ("b", 2)) != key(("a", "b"), 2)


def test_values_come_back_as_they_went_in(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put("kind", "k", {"a": [1, 2.5, "three"]})
    assert cache.get("kind", "k") is None  # kept until the run ends
    cache.close()
    again = Cache(tmp_path)
    assert again.get("kind", "k") == {"a": [1, 2.5, "three"]}
    assert again.get("other", "k") is None and again.warnings == []
    again.close()


def test_entries_written_in_the_background_are_there_once_waited_for(
    tmp_path: Path,
) -> None:
    """The CLI writes its cache while it writes the report: the wait ends with the
    entries stored and the file closed."""
    cache = Cache(tmp_path)
    for number in range(200):
        cache.put("kind", str(number), number)
    wait = cache.closing()
    wait()
    again = Cache(tmp_path)
    assert [again.get("kind", str(n)) for n in range(200)] == list(range(200))
    again.close()


def test_copies_are_looked_for_once_per_set_of_sources(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Looking for copies compares every document with the others (seconds over an
    archive): a warm run reads them; an edited source looks again."""
    looked: list[int] = []
    real = check_module.find_copies

    def find_copies(documents: Any) -> Any:
        looked.append(len(documents))
        return real(documents)

    monkeypatch.setattr(check_module, "find_copies", find_copies)
    cold = run([story, "--format", "json"])
    warm = run([story, "--format", "json"])
    assert looked == [3]
    assert warm.stdout == cold.stdout
    wire = story / "sources" / "wire.txt"
    wire.write_text(wire.read_text(encoding="utf-8") + "\nA late line.\n", encoding="utf-8")
    run([story, "--format", "json"])
    assert len(looked) == 2


def test_a_registry_given_another_source_has_its_claims_judged_again(
    tmp_path: Path, counted: list[str]
) -> None:
    """Two registries of one run share the documents; citing one more of them changes
    what a registry's claims are judged against, not the documents, so its claims are
    judged again and the other registry's are read."""
    (tmp_path / "harbour.txt").write_text(
        "The port authority opened the new harbour crane on Monday.\n", encoding="utf-8"
    )
    (tmp_path / "budget.txt").write_text(
        "The county council approved a budget of 4 million euros on Tuesday.\n"
        "The port authority opened the new harbour crane on Monday.\n",
        encoding="utf-8",
    )

    def registry(name: str, sources: list[str], claim: str) -> Path:
        entries = "".join(f"  {s}:\n    path: {s}.txt\n" for s in sources)
        path = tmp_path / f"{name}.yaml"
        path.write_text(
            f"version: 1\nclaims:\n  - id: {name}-claim\n    claim: {claim}\n"
            f"sources:\n{entries}",  # (last: the claim keeps its line)
            encoding="utf-8",
        )
        return path

    port = registry("port", ["harbour"], "The port authority opened the new harbour crane.")
    council = registry("council", ["budget"], "The county council approved a budget.")
    run([council, port, "--format", "json"])
    assert counted == ["council-claim", "port-claim"]
    registry("port", ["harbour", "budget"], "The port authority opened the new harbour crane.")
    counted.clear()
    after = run([council, port, "--format", "json"])
    assert counted == ["port-claim"]
    assert after.stdout == run([council, port, "--format", "json", "--no-cache"]).stdout
    assert '"budget": {' in after.stdout.split('"port-claim"')[1]  # judged on it too


@pytest.mark.parametrize("page", [None, 3])
def test_a_passage_comes_back_from_the_cache_whole(tmp_path: Path, page: int | None) -> None:
    """Passages are pickled as their fields (Passage.__reduce__): none may be lost."""
    from factcheck.model import Passage

    passage = Passage("wire", 4, 2, 120, 188, 7, page)
    cache = Cache(tmp_path)
    cache.put("passage", "k", [passage])
    cache.close()
    again = Cache(tmp_path)
    assert again.get("passage", "k") == [passage]
    again.close()
