"""Shared fixtures: paths to the example story and the shared seeds, file writers, a CLI helper."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from factcheck.cli import main

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "claims"  # the example story shipped with factcheck
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
SEEDS_EVAL = SHARED / "eval" / "seeds.yaml"


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own, empty cache: a test never reads what another test's run kept
    (one that patches a rule would otherwise be answered from a run without the patch),
    and nothing is written to the user's cache folder."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def example() -> Path:
    """The folder of the example story (``claims/``) shipped in the repository."""
    return EXAMPLE


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def seeds_eval() -> Path:
    """The labelled set over the seed articles; the test is skipped when it is absent."""
    if not SEEDS_EVAL.is_file() or not SEEDS.is_dir():
        pytest.skip(f"labelled seed set not found at {SEEDS_EVAL}")
    return SEEDS_EVAL


def write_registry(tmp_path: Path, text: str, name: str = "registry.yaml") -> Path:
    """Write a registry file (indentation of ``text`` removed) and return its path."""
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def write_doc(tmp_path: Path, name: str, text: str | bytes) -> Path:
    """Write a document: text is dedented and saved as UTF-8, bytes are written as given."""
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def story_registry(
    tmp_path: Path,
    docs: dict[str, str],
    claims: list[dict[str, Any]],
    aliases: dict[str, list[str]] | None = None,
) -> Path:
    """Write documents (file name -> text) and a registry citing each by its stem."""
    sources = {}
    for name, text in docs.items():
        write_doc(tmp_path, name, text)
        sources[Path(name).stem] = {"path": name}
    data: dict[str, Any] = {"version": 1, "sources": sources}
    if aliases:
        data["aliases"] = aliases
    data["claims"] = claims
    return write_registry(
        tmp_path, yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)
    )


def check_story(
    tmp_path: Path,
    docs: dict[str, str],
    claims: list[dict[str, Any]],
    aliases: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """Run the whole check on a small story; return the ClaimResults by claim id."""
    from factcheck.check import run_check

    report = run_check([story_registry(tmp_path, docs, claims, aliases)])
    return {result.claim.id: result for result in report.results}


def invoke(args: Sequence[str], exit_code: int = 0, **kwargs: Any) -> Result:
    """Run the CLI; assert the exit code; a real exception (a traceback) fails the test."""
    result = CliRunner().invoke(main, [str(a) for a in args], **kwargs)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == exit_code, (
        f"factcheck {' '.join(map(str, args))} exited {result.exit_code}, expected {exit_code}\n"
        f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    return result


MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"


def make_corpus(folder: Path, docs: int, claims: int, seed: int) -> Path:
    """A synthetic archive with known verdicts (the shared bench script); its registry."""
    subprocess.run(
        [sys.executable, str(MAKE_CORPUS), str(folder), "--docs", str(docs),
         "--claims", str(claims), "--seed", str(seed)],
        check=True, capture_output=True,
    )  # fmt: skip
    return folder / "registry.yaml"


# Fixtures hand the helpers to tests, so test modules never import conftest.
@pytest.fixture(name="make_corpus", scope="session")
def _make_corpus_fixture() -> Callable[[Path, int, int, int], Path]:
    return make_corpus


@pytest.fixture(name="write_registry")
def _write_registry_fixture() -> Callable[..., Path]:
    return write_registry


@pytest.fixture(name="write_doc")
def _write_doc_fixture() -> Callable[..., Path]:
    return write_doc


@pytest.fixture(name="story_registry")
def _story_registry_fixture(tmp_path: Path) -> Callable[..., Path]:
    return lambda docs, claims, aliases=None: story_registry(tmp_path, docs, claims, aliases)


@pytest.fixture(name="check_story")
def _check_story_fixture(tmp_path: Path) -> Callable[..., dict[str, Any]]:
    return lambda docs, claims, aliases=None: check_story(tmp_path, docs, claims, aliases)


@pytest.fixture(name="wire_result")
def _wire_result_fixture(tmp_path: Path) -> Callable[[str, str], Any]:
    """How one document, wire.txt, stands on one claim: its stance, rule and evidence."""

    def wire_result(doc: str, claim: str) -> Any:
        results = check_story(tmp_path, {"wire.txt": doc}, [{"id": "c", "claim": claim}])
        (stance,) = results["c"].stances
        return stance

    return wire_result


@pytest.fixture(name="wire_stance")
def _wire_stance_fixture(wire_result: Callable[[str, str], Any]) -> Callable[[str, str], str]:
    """The stance of one document, wire.txt, on one claim: most rule tables need no more."""
    return lambda doc, claim: str(wire_result(doc, claim).stance)


@pytest.fixture(name="invoke")
def _invoke_fixture() -> Callable[..., Result]:
    return invoke
