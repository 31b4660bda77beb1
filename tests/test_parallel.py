"""`--jobs`: claims judged in several processes give the very same report, byte for
byte, as one process; bad counts are usage errors; a worker's error reaches the
parent; a progress callback hears the claims as they are judged."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck import check as check_module
from factcheck import progress
from factcheck.check import Filters, check_registries
from factcheck.cli import main
from factcheck.errors import DocumentError
from factcheck.parallel import PARALLEL_FROM_PAIRS, auto_jobs, available_cpus, ordered_map
from factcheck.progress import claims_progress
from factcheck.registry import load_registries

EXAMPLE = Path(__file__).resolve().parents[1] / "claims"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, make_corpus: Any) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"), 120, 90, 5)


def _check(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize("form", ["json", "markdown", "text"])
def test_two_and_three_jobs_write_the_bytes_of_one(corpus: Path, form: str) -> None:
    one = _check([str(corpus), "--format", form, "--jobs", "1"])
    for jobs in ("2", "3"):
        assert _check([str(corpus), "--format", form, "--jobs", jobs]) == one
    assert one[0] == 0 and "90" in one[1]  # a real report of the 90 claims, all met


def test_the_example_story_is_the_same_in_parallel() -> None:
    one = _check([str(EXAMPLE), "--format", "json", "--jobs", "1"])
    assert _check([str(EXAMPLE), "--format", "json", "--jobs", "2"]) == one
    assert one[0] == 0


@pytest.mark.parametrize("value", ["0", "-2", "two", "1.5", ""])
def test_a_count_that_is_not_one_or_more_is_a_usage_error(value: str) -> None:
    code, output = _check([str(EXAMPLE), "--jobs", value])
    assert code == 2
    assert "--jobs" in output and "Traceback" not in output


def test_auto_uses_every_processor_only_for_a_large_run() -> None:
    assert auto_jobs(25 * 5) == 1  # a story: starting workers would cost more
    assert auto_jobs(PARALLEL_FROM_PAIRS) == available_cpus()


def test_results_keep_the_order_of_the_items() -> None:
    items = list(range(300))
    assert ordered_map(_square, items, 3) == [i * i for i in items]


@pytest.mark.parametrize("jobs", [1, 3])
def test_each_result_is_handed_over_once_with_its_position(jobs: int) -> None:
    items = list(range(300))
    heard: list[tuple[int, int]] = []
    ordered_map(_square, items, jobs, received=lambda at, result: heard.append((at, result)))
    assert sorted(heard) == [(i, i * i) for i in items]


def _square(value: int) -> int:
    return value * value


@pytest.mark.parametrize("jobs", [2, 3])
def test_each_worker_takes_a_run_of_neighbouring_items(jobs: int) -> None:
    """Neighbouring claims share their work, which only the process that did it can
    reuse: a worker works through a run of items of its own, so the items one process
    judged lie in a few runs, not scattered one piece in every ``jobs``."""
    items = list(range(2000))
    workers = ordered_map(_pid_after_a_while, items, jobs)
    changes = sum(1 for before, after in itertools.pairwise(workers) if before != after)
    assert len(set(workers)) == jobs
    assert changes <= 3 * jobs  # handed out in turn, it was one change every 41 items


def _pid_after_a_while(value: int) -> int:
    import os
    import time

    time.sleep(0.0005)  # long enough that every worker gets work
    return os.getpid()


def test_a_worker_that_dies_is_an_error_not_a_hang() -> None:
    from factcheck.parallel import in_background

    with pytest.raises(RuntimeError, match="stopped before finishing"):
        ordered_map(_die_at_41, list(range(100)), 2)
    with pytest.raises(RuntimeError, match="stopped before finishing"):
        in_background(lambda: _die_at_41(41))()


def _die_at_41(value: int) -> int:
    import os

    if value == 41:
        os._exit(9)  # as the kernel's out-of-memory killer would end it
    return value


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    with pytest.raises(ValueError, match="item 41"):
        ordered_map(_fail_at_41, list(range(100)), 2)


def _fail_at_41(value: int) -> int:
    if value == 41:
        raise ValueError("item 41 is bad")
    return value


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_hears_every_claim_judged(corpus: Path, jobs: int) -> None:
    heard: list[tuple[int, int]] = []
    registries = load_registries([corpus])
    report = check_registries(
        registries, Filters(), "error", jobs, lambda d, t: heard.append((d, t))
    )
    assert heard[-1] == (90, 90) and len(report.results) == 90
    assert [d for d, _ in heard] == sorted(d for d, _ in heard)  # it only goes forward


def test_no_bar_where_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    with claims_progress() as advance:  # pytest's stderr is not a terminal
        assert advance is None
    with claims_progress(enabled=False) as advance:
        assert advance is None


def test_the_bar_is_drawn_after_a_second_and_gone_at_the_end(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(progress, "SHOW_AFTER_SECONDS", 0.0)
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich draws as on a terminal
    with claims_progress(enabled=True) as advance:
        assert advance is not None
        advance(3, 10)
        advance(10, 10)
    captured = capsys.readouterr()
    assert captured.out == ""  # the report's stream is never written to
    assert "judging claims" in captured.err


def test_a_run_that_ends_within_a_second_draws_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with claims_progress(enabled=True) as advance:
        assert advance is not None
        advance(5, 10)
        advance(10, 10)
    assert capsys.readouterr().err == ""


def test_work_in_the_background_comes_back_or_raises() -> None:
    """in_background: the result of work done in another process while this one goes
    on; its error reaches the caller; without fork, the work is done at once."""
    import os

    from factcheck.parallel import in_background

    here = os.getpid()
    assert in_background(os.getpid)() != here
    assert in_background(os.getpid, fork=False)() == here

    def broken() -> None:
        raise ValueError("no such document")

    later = in_background(broken)
    with pytest.raises(ValueError, match="no such document"):
        later()


def test_a_check_leaves_the_cycle_collector_as_it_found_it(corpus: Path, tmp_path: Path) -> None:
    """Collection is paused while an archive is read and its objects are frozen while it
    is judged; a program that calls the check gets its collector back running and with
    nothing frozen, also when a document cannot be read."""
    import gc

    registries = load_registries([corpus])
    check_registries(registries, Filters(), "error", jobs=2)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    (tmp_path / "gone.txt").write_text("It rained in Oslo.\n", encoding="utf-8")
    story = tmp_path / "story.yaml"
    story.write_text(
        "version: 1\nsources:\n  gone: {path: gone.txt}\nclaims:\n  - {id: c, claim: It rained.}\n",
        encoding="utf-8",
    )
    registries = load_registries([story])
    (tmp_path / "gone.txt").unlink()  # removed between loading and reading
    with pytest.raises(DocumentError):
        check_registries(registries, Filters(), "error")
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_settling_frees_each_calls_garbage_and_freezes_what_they_keep() -> None:
    """What the judging keeps (a cache) is frozen as it goes, so later collections skip
    it; what a call drops in cycles is still freed, not frozen with it; and the block's
    end unfreezes it all."""
    import gc

    from factcheck import collector

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it

    kept: list[Node] = []

    def work(item: int) -> int:
        kept.append(Node())
        for _ in range(3):
            Node()  # dropped at once
        return item * 2

    def nodes() -> int:
        return sum(1 for o in gc.get_objects() if isinstance(o, Node))

    with collector.paused_until_built() as built:
        built()
        before = gc.get_freeze_count()
        judge = collector.settling(work, every=8)
        assert [judge(i) for i in range(64)] == [i * 2 for i in range(64)]
        assert gc.get_freeze_count() > before  # the kept nodes, among others
        gc.collect()
        assert nodes() == 0  # frozen objects are left out of get_objects
    assert gc.get_freeze_count() == 0
    assert nodes() == 64  # only the kept ones survived: each call's 3 dropped were freed


def test_documents_read_in_two_processes_make_the_same_report(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over an archive half the documents are read in another process (sent back as the
    cache keeps them): the report, cold, from the cache and without one, is one
    process's."""
    one = _check([str(corpus), "--format", "json", "--jobs", "1", "--no-cache"])
    monkeypatch.setattr(check_module, "_READ_APART_FROM", 2)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    for _ in ("cold", "warm"):
        assert _check([str(corpus), "--format", "json", "--jobs", "2"]) == one
    assert _check([str(corpus), "--format", "json", "--jobs", "2", "--no-cache"]) == one


def test_documents_that_cannot_be_read_are_told_in_registry_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, story_registry: Any
) -> None:
    monkeypatch.setattr(check_module, "_READ_APART_FROM", 2)
    docs = {f"d{n}.{'pdf' if n in (1, 6) else 'txt'}": "Some words." for n in range(8)}
    registry = story_registry(docs, [{"id": "c", "claim": "Some words."}])
    registries = load_registries([registry])
    (tmp_path / "d3.txt").unlink()  # gone since: its bytes cannot be read
    with pytest.raises(DocumentError) as raised:  # d1 read here, d6 in the other process
        check_registries(registries, Filters(), "error", jobs=2)
    told = str(raised.value).splitlines()
    assert [Path(line.split(":")[0]).name for line in told] == ["d1.pdf", "d3.txt", "d6.pdf"]
