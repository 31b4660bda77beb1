"""compare: each document's statements against all the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.compare import compare_documents

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
pytestmark = pytest.mark.skipif(not SEEDS, reason="../shared/seeds is not beside this checkout")


@pytest.fixture(scope="module")
def verdicts() -> dict[str, list[tuple[str, str]]]:
    report = compare_documents(SEEDS)
    found: dict[str, list[tuple[str, str]]] = {}
    for result in report.results:
        found.setdefault(result.verdict, []).append((result.claim.text, result.claim.topic or ""))
    return found


def single_source(verdicts: dict[str, list[tuple[str, str]]], *words: str) -> bool:
    return any(all(w in text for w in words) for text, _ in verdicts.get("uncorroborated", []))


def test_vna_only_27_meetings_is_single_source(verdicts) -> None:
    assert single_source(verdicts, "27 meetings")


def test_vns_only_dates_and_1977_are_single_source(verdicts) -> None:
    assert single_source(verdicts, "September 22 to 25")
    assert single_source(verdicts, "1977")


def test_the_biden_talks_diverge_in_framing(verdicts) -> None:
    framed = [(t, topic) for t, topic in verdicts.get("divergence", []) if "Biden" in topic]
    assert any("respect" in text for text, _ in framed)  # VNA's framing; VNS tells it otherwise
    assert any("joint statement" in text for text, _ in framed)  # and the other way round


def test_compare_prints_per_document_groups_and_json(invoke) -> None:
    text = invoke(["compare", *SEEDS, "--format", "text"]).stdout
    assert "single-source" in text and "diverging" in text
    data = json.loads(invoke(["compare", *SEEDS, "--format", "json"]).stdout)
    assert data["schema_version"] == 1 and data["claims"]
