"""extract: check-worthy statements of a document, written as a registry check reads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.extract import clean_sentence, extract
from factcheck.registry import load_registry

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
VNA = SHARED / "seeds" / "000_f2a8f596c2082ff9.txt"

pytestmark = pytest.mark.skipif(not SEEDS, reason="../shared/seeds is not beside this checkout")


def texts(paths: list[Path]) -> list[str]:
    _, found = extract(paths)
    return [s.text for s in found]


# Key facts of the VNA article that a fact-checker would pick out (by their words).
VNA_FACTS = {
    "nearly 50 activities": ("nearly 50", "activities"),
    "27 meetings": ("27 meetings",),
    "one year after the upgrade": ("one year after", "Comprehensive Strategic Partnership"),
    "30th anniversary next year": ("30th", "next year"),
    "first multilateral trip": ("first multilateral",),
    "dozens of meetings": ("dozens of meetings",),
    "Biden talks and respect": ("Joe Biden", "respect"),
    "agreements and memoranda": ("memoranda of understanding", "clean energy"),
}


@pytest.mark.parametrize("fact", sorted(VNA_FACTS))
def test_vna_statements_cover_the_key_facts(fact: str) -> None:
    words = VNA_FACTS[fact]
    assert any(all(w in text for w in words) for text in texts([VNA])), fact


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_at_most_a_third_is_residue(seed: Path) -> None:
    found = texts([seed])
    residue = [t for t in found if len(t.split()) < 6 or "Photo" in t or "Making news" in t]
    assert found and len(residue) * 3 <= len(found)
    assert not any(t.startswith("top") for t in found)


def test_residue_is_cleaned_off_the_ends() -> None:
    assert clean_sentence("topParty chief visits Hanoi") == "Party chief visits Hanoi"
    assert clean_sentence("GLOBAL STATESMAN: The leader spoke. VNA/VNS Photo Lan") == (
        "The leader spoke."
    )
    assert clean_sentence("The leader spoke. (Photo: VNA)") == "The leader spoke."
    assert clean_sentence("Differences narrowed./.") == "Differences narrowed."


def test_statements_carry_the_speaker_of_their_attribution_clause() -> None:
    _, found = extract([VNA])
    biden = next(s for s in found if "Joe Biden" in s.text)
    assert biden.speaker == "Son"
    assert "attribution" in biden.reasons
    assert biden.topic == "Joe Biden talks"


def test_extract_then_check_runs_end_to_end(invoke, tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    extracted = invoke(["extract", *SEEDS, "-o", out])
    # The seeds are outside this story's folder: reading them takes the user's say-so.
    assert "outside the story folder" in extracted.stderr
    refused = invoke(["check", out], exit_code=2)
    assert "outside the story folder" in refused.stderr and "--source-root" in refused.stderr
    registry = load_registry(out, source_root=SHARED)  # registry v1, valid as written
    assert len(registry.claims) >= 15
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    first = data["claims"][0]
    assert first["x-checkworthiness"] >= data["claims"][1]["x-checkworthiness"]
    assert first["x-reasons"]
    assert first["attributed_to"][0]["quote"]
    result = invoke(
        ["check", out, "--format", "json", "--fail-on", "never", "--source-root", SHARED]
    )
    assert '"schema_version": 2' in result.stdout
    # Every quote is the document's own words: none is missing.
    assert '"quote_status": "missing"' not in result.stdout


def test_extract_never_overwrites_without_force(invoke, tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    out.write_text("keep me\n", encoding="utf-8")
    result = invoke(["extract", VNA, "-o", out], exit_code=2)
    assert "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me\n"
    invoke(["extract", VNA, "-o", out, "--force"])
    assert out.read_text(encoding="utf-8").startswith("# Written by factcheck extract")
