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
    assert data["schema_version"] == 2 and data["claims"]


# --- atomic statements: one fact each, corroborated by the other outlet's own words ---

SHARED_FACTS = {
    "Summit of the Future": ("Summit of the Future",),
    "General Debate of the 79th session": ("General Debate", "79th"),
    "talks with Biden": ("Biden",),
    "speech at Columbia University": ("Columbia University",),
}


@pytest.mark.parametrize("fact", sorted(SHARED_FACTS))
def test_the_facts_both_seeds_report_are_corroborated(verdicts, fact: str) -> None:
    words = SHARED_FACTS[fact]
    agreed = [text for text, _ in verdicts.get("agreement", [])]
    assert any(all(w in text for w in words) for text in agreed), fact


def test_statements_are_verbatim_parts_of_their_document() -> None:
    report = compare_documents(SEEDS)
    bodies = {
        s.source.id: " ".join(s.source.path.read_text(encoding="utf-8").split())
        for s in report.sources
    }
    for result in report.results:
        own = result.claim.attributions[0]
        for piece in result.claim.text.split(" … "):
            assert piece in bodies[own.source], piece
        assert any(a.quote_status == "exact" for a in result.attributions), result.claim.text


def _compare(tmp_path: Path, **documents: str) -> dict[str, str]:
    paths = []
    for name, text in documents.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return {r.claim.text: r.verdict for r in compare_documents(paths).results}


def test_shared_generic_words_do_not_corroborate(tmp_path: Path) -> None:
    found = _compare(
        tmp_path,
        harbour=(
            "Mayor Ines Carvalho opened the new ferry terminal in Porto Alegre on 3 March,"
            " and the regional council approved a loan of 40 million euros for the harbour."
        ),
        other=(
            "The regional council discussed the harbour again on Tuesday. Councillors said"
            " a new terminal would need a loan, and the mayor said the ferry was popular."
        ),
    )
    assert found and "agreement" not in found.values()


def test_a_different_figure_or_date_is_no_corroboration(tmp_path: Path) -> None:
    found = _compare(
        tmp_path,
        one=(
            "The regional council of Valdora approved a loan of 40 million euros for the"
            " harbour on 3 March, and Mayor Ines Carvalho opened the new ferry terminal."
        ),
        two=(
            "The regional council of Valdora approved a loan of 55 million euros for the"
            " harbour on 3 March. Mayor Ines Carvalho opened the new ferry terminal."
        ),
    )
    loan = {text: v for text, v in found.items() if "million euros" in text}
    assert loan and all(v in ("divergence", "contradicted") for v in loan.values())
    ferry = {text: v for text, v in found.items() if "ferry terminal" in text}
    assert "agreement" in ferry.values()  # the fact they share, each in its own sentence


ARAGON = REPO / "eval" / "stories" / "pol-aragon-coalition" / "docs"


@pytest.mark.skipif(not ARAGON.is_dir(), reason="the blind corpus is not in this checkout")
def test_a_blind_story_keeps_its_different_counts_and_days_apart() -> None:
    """The recount (41 vs 38 polling stations) and the oath (Monday vs Tuesday) differ
    between outlets: neither may be called corroborated."""
    report = compare_documents(sorted(ARAGON.iterdir()))
    differing = [
        r for r in report.results
        if "polling stations" in r.claim.text or "oath on Monday" in r.claim.text
    ]  # fmt: skip
    assert differing
    assert all(r.verdict in ("divergence", "contradicted") for r in differing)


@pytest.mark.parametrize(
    ("one", "two", "words"),
    [
        # a road reopening, told by a briefing and by the next day's paper
        (
            "MARRICK, 21 August 2026 - Route 9 between Marrick and Orsett Springs"
            " reopened this morning, the county fire chief said.",
            "MARRICK, 22 August 2026 - Route 9 between Marrick and Orsett Springs"
            " reopened yesterday morning, the county fire chief said.",
            "Route 9",
        ),
        # a ferry strike, told on the Tuesday and on the Thursday
        (
            "KELSO, Tuesday 4 March 2025 - Ferry crews on the Kelso crossing walked out"
            " today over a pay offer of 3 per cent, the union said.",
            "KELSO, Thursday 6 March 2025 - Ferry crews on the Kelso crossing walked out"
            " on Tuesday over a pay offer of 3 per cent, the union said.",
            "walked out",
        ),
    ],
)  # fmt: skip
def test_a_statements_relative_day_is_read_from_its_own_document(
    tmp_path: Path, one: str, two: str, words: str
) -> None:
    """'this morning' in the first copy is the day the second calls 'yesterday': the
    same day, so the two corroborate each other rather than diverge."""
    found = _compare(tmp_path, one=one, two=two)
    told = {text: verdict for text, verdict in found.items() if words in text}
    assert told and set(told.values()) == {"agreement"}, found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("HALMSTEAD, 8 April 2024 (Nordic Wire) - Valdoria's Interior Ministry said on"
         " Monday that 12,400 asylum applications were lodged in the first quarter.", "Wire"),
        ("LUNDHOLM, February 3, 2026 - Halberg Home Appliances is recalling about 412,000"
         " kettles after 37 reports of overheating, the company said.", "LUNDHOLM"),
    ],
)  # fmt: skip
def test_a_dateline_is_no_part_of_a_statement(tmp_path: Path, text: str, words: str) -> None:
    """Where and when the copy was filed is no fact another outlet repeats."""
    found = _compare(tmp_path, wire=text, other="An unrelated note on the weather today.")
    assert found and not any(words in statement for statement in found)


@pytest.mark.parametrize(
    ("one", "two", "words"),
    [
        # a resignation and a lifeboat launch: a fact with only a date to commit to
        ("Professor Adrian Kessling resigned from Vellmoor University on 4 October.",
         "Professor Adrian Kessling, who led the renal unit, resigned from Vellmoor University"
         " on 4 October after the findings were put to him.", "resigned"),
        ("The Porthaven lifeboat was launched on Sunday to a yacht in difficulty off the"
         " harbour wall.",
         "On Sunday the Porthaven lifeboat was launched to a yacht in difficulty near the"
         " harbour wall, the crew said.", "lifeboat"),
    ],
)  # fmt: skip
def test_a_fact_with_only_a_date_is_compared(
    tmp_path: Path, one: str, two: str, words: str
) -> None:
    """compare looks for facts below extract's bar: a date alone makes one worth finding."""
    found = _compare(tmp_path, one=one, two=two)
    assert "agreement" in {v for text, v in found.items() if words in text}, found


def test_a_group_is_no_named_speaker(tmp_path: Path) -> None:
    """'Councillors said ...' gives the words to no one a reader can ask."""
    _, found = extract_statements(tmp_path, "Councillors said a new terminal would need a loan.")
    assert not found
    _, found = extract_statements(tmp_path, "Mayor Ines Carvalho said the terminal needs a loan.")
    assert found and "attribution" in found[0].reasons


def extract_statements(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    from factcheck.extract import extract

    path = tmp_path / "doc.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return extract([path], 1.5)
