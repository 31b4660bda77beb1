"""The verdict table (factcheck/docs/registry.md), severities, and reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.model import AttributionResult, Source, StanceResult
from factcheck.verdict import DEFAULT_SEVERITY, decide, reason, severity


def stances(*kinds: str) -> list[StanceResult]:
    return [StanceResult(source=f"s{i}", stance=kind, score=0.5) for i, kind in enumerate(kinds)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kinds", "verdict"),
    [
        # 1: some support, some contradict
        (("supports", "contradicts"), "divergence"),
        (("supports", "supports", "contradicts", "silent"), "divergence"),
        (("supports", "contradicts", "differs"), "divergence"),
        # 2: contradicted, none supports
        (("contradicts",), "contradicted"),
        (("contradicts", "silent", "differs"), "contradicted"),
        (("contradicts", "contradicts"), "contradicted"),
        # 3: two or more support
        (("supports", "supports"), "agreement"),
        (("supports", "supports", "differs"), "agreement"),
        (("supports", "supports", "silent", "silent"), "agreement"),
        # 4: exactly one supports, another differs
        (("supports", "differs"), "divergence"),
        (("supports", "differs", "silent"), "divergence"),
        # 5: exactly one supports
        (("supports",), "uncorroborated"),
        (("supports", "silent", "silent"), "uncorroborated"),
        # 6: nothing supports or contradicts
        (("silent", "silent"), "unsupported"),
        (("differs", "differs"), "unsupported"),
        ((), "unsupported"),
    ],
)
def test_verdict_table(kinds: tuple[str, ...], verdict: str) -> None:
    assert decide(stances(*kinds)) == verdict


def test_order_of_documents_does_not_matter() -> None:
    assert decide(stances("contradicts", "supports")) == decide(stances("supports", "contradicts"))
    assert decide(stances("differs", "supports")) == "divergence"


@pytest.mark.parametrize(
    ("verdict", "expected"),
    [
        ("agreement", "ok"),
        ("divergence", "warning"),
        ("uncorroborated", "notice"),
        ("contradicted", "error"),
        ("unsupported", "error"),
    ],
)
def test_default_severities(verdict: str, expected: str) -> None:
    assert DEFAULT_SEVERITY[verdict] == expected  # type: ignore[index]
    assert severity(verdict, []) == expected  # type: ignore[arg-type]


def attribution(
    quote_status: str | None = "exact", speaker_status: str | None = None
) -> AttributionResult:
    return AttributionResult(
        source="s0",
        quote="words",
        quote_status=quote_status,  # type: ignore[arg-type]
        quote_score=1.0 if quote_status == "exact" else 0.4,
        speaker="Ana Lima" if speaker_status else None,
        speaker_status=speaker_status,  # type: ignore[arg-type]
        speaker_found="Tomas Berg" if speaker_status == "mismatch" else None,
    )


@pytest.mark.parametrize("verdict", list(DEFAULT_SEVERITY))
def test_missing_quote_or_wrong_speaker_is_an_error_whatever_the_verdict(verdict: str) -> None:
    assert severity(verdict, [attribution("missing")]) == "error"  # type: ignore[arg-type]
    assert severity(verdict, [attribution("exact", "mismatch")]) == "error"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "result",
    [attribution("exact"), attribution("fuzzy"), attribution("exact", "confirmed"),
     attribution("exact", "unverified")],
)  # fmt: skip
def test_good_or_unverifiable_attributions_keep_the_severity(result: AttributionResult) -> None:
    assert severity("agreement", [result]) == "ok"


SOURCES = {
    f"s{i}": Source(id=f"s{i}", path=Path(f"s{i}.txt"), display_path=f"s{i}.txt") for i in range(3)
}


def test_reason_names_the_conflicting_value() -> None:
    results = [
        StanceResult("s0", "supports", 0.9),
        StanceResult("s1", "contradicts", 0.7, detail="gives 24 September", claimed="25 September"),
    ]
    text = reason("divergence", results, [], SOURCES)
    assert "s1 gives 24 September" in text
    assert "25 September" in text
    assert "\n" not in text


def test_reason_for_missing_quote() -> None:
    text = reason("agreement", stances("supports", "supports"), [attribution("missing")], SOURCES)
    assert "quote is not in s0" in text


def test_reason_for_wrong_speaker_names_both() -> None:
    text = reason(
        "uncorroborated", stances("supports"), [attribution("exact", "mismatch")], SOURCES
    )
    assert "Tomas Berg" in text and "Ana Lima" in text


@pytest.mark.parametrize(
    "kinds",
    [("supports", "supports"), ("supports", "differs"), ("supports", "silent"),
     ("contradicts", "silent"), ("silent", "silent"), ("differs", "silent")],
)  # fmt: skip
def test_every_verdict_has_a_one_line_reason(kinds: tuple[str, ...]) -> None:
    results = stances(*kinds)
    text = reason(decide(results), results, [], SOURCES)
    assert text.strip() and "\n" not in text


def test_missing_quote_makes_a_supported_claim_an_error(check_story) -> None:
    doc = "Captain Ana Lima said the crossing was calm and the ferry left on time.\n"
    results = check_story(
        {"gazette.txt": doc, "herald.txt": doc},
        [
            {
                "id": "calm",
                "claim": "Captain Ana Lima said the crossing was calm.",
                "attributed_to": [{"source": "gazette", "quote": "the sea was like glass all day"}],
            },
            {
                "id": "calm-quoted",
                "claim": "Captain Ana Lima said the crossing was calm.",
                "attributed_to": [{"source": "gazette", "quote": "the crossing was calm"}],
            },
        ],
    )
    assert results["calm"].verdict == "agreement"
    assert results["calm"].severity == "error"
    assert "quote is not in" in results["calm"].reason
    assert results["calm-quoted"].verdict == "agreement"
    assert results["calm-quoted"].severity == "ok"


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        (("supports", "silent", "silent"), "only s0 states it; s1 and s2 are silent"),
        (("supports", *["silent"] * 5), "only s0 states it; s1, s2, s3, s4 and s5 are silent"),
        (("supports", *["silent"] * 6), "only s0 states it; the other 6 sources are silent"),
        (("supports", *["silent"] * 999), "only s0 states it; the other 999 sources are silent"),
        (("differs", "silent", "silent", "silent"), "no source states it; s0 reports"),
        (("contradicts", *["silent"] * 9), "s0 gives"),
    ],
)
def test_silent_sources_are_named_when_few_and_counted_when_many(
    kinds: tuple[str, ...], expected: str
) -> None:
    """A claim one wire states over an archive is silent in hundreds of sources: a
    reason that names them all is thousands of characters on one line."""
    results = [
        StanceResult(s.source, s.stance, s.score, detail="" if s.stance == "silent" else "gives 3")
        if s.stance == "contradicts"
        else StanceResult(s.source, s.stance, s.score, detail="reports it in other terms")
        if s.stance == "differs"
        else s
        for s in stances(*kinds)
    ]
    sources = {
        s.source: Source(id=s.source, path=Path(f"{s.source}.txt"), display_path=f"{s.source}.txt")
        for s in results
    }
    text = reason(decide(results), results, [], sources)
    assert text.startswith(expected), text
    assert len(text) < 120
