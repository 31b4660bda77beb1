"""Another occasion: the claim's people on another day in another place are silent on
the claim, not against it; one difference alone is still a conflict."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# Two stories whose people met twice: the presidents of two countries (Bali in 2022,
# Woodside in 2023), and two trade ministers (Osaka in 2023, Lisbon in 2025).
SUMMIT = {
    "wire.txt": """
        Woodside, 15 November 2023

        US President Joe Biden met Chinese President Xi Jinping in Woodside on
        15 November 2023. The talks lasted four hours.
        """,
    "daily.txt": """
        Woodside, 16 November 2023

        Joe Biden met Xi Jinping in Woodside on Wednesday, their first talks in a year.
        """,
    "review.txt": """
        Bali, 14 November 2022

        Joe Biden met Xi Jinping in Bali on 14 November 2022, on the eve of the G20.
        """,
}
TRADE = {
    "gazette.txt": """
        Lisbon, 4 March 2025

        Trade Minister Ana Ferreira met Kenji Mori in Lisbon on 3 March 2025. Ana
        Ferreira and Kenji Mori signed four agreements on port logistics.
        """,
    "ledger.txt": """
        Lisbon, 5 March 2025

        Ana Ferreira met Kenji Mori in Lisbon on Monday. Ana Ferreira and Kenji Mori
        signed four agreements on port logistics.
        """,
    "archive.txt": """
        Osaka, 21 October 2023

        In Osaka on 20 October 2023, Ana Ferreira met Kenji Mori and signed seven
        agreements on port logistics with him.
        """,
}


def stance_of(results: dict[str, Any], claim: str, source: str) -> Any:
    return results[claim].stances.of_source(source)


@pytest.mark.parametrize(
    ("docs", "claim", "other"),
    [
        (SUMMIT, "Joe Biden met Xi Jinping in Woodside.", "review"),
        (SUMMIT, "Joe Biden and Xi Jinping met on 15 November 2023.", "review"),
        (TRADE, "Ana Ferreira met Kenji Mori in Lisbon.", "archive"),
        (TRADE, "Ana Ferreira and Kenji Mori signed four agreements.", "archive"),
    ],
)
def test_the_same_people_on_another_day_in_another_place_are_silent(
    check_story: Callable[..., dict[str, Any]], docs: dict[str, str], claim: str, other: str
) -> None:
    results = check_story(docs, [{"id": "c", "claim": claim}])
    stance = stance_of(results, "c", other)
    assert stance.stance == "silent"
    assert stance.lacking and stance.lacking[0].startswith("the claim's occasion")
    assert stance.nearest is not None  # the passage is shown, as the nearest
    assert results["c"].verdict == "agreement"


@pytest.mark.parametrize(
    ("docs", "changed", "claim", "source"),
    [
        # another place the same day: one account against another of one event
        (SUMMIT, ("in Bali on 14 November 2022", "in Bali on 15 November 2023"),
         "Joe Biden met Xi Jinping in Woodside.", "review"),
        # another day in the same place
        (TRADE, ("In Osaka on", "In Lisbon on"),
         "Ana Ferreira and Kenji Mori signed four agreements.", "archive"),
        # the day told of something else, in another clause
        (SUMMIT, ("in Bali on 14 November 2022, on the eve", "in Bali, after a summit on"
                  " 14 November 2022, on the eve"),
         "Joe Biden met Xi Jinping in Woodside.", "review"),
        # ... or in the sentence before: it may set another scene than the count's
        (TRADE, ("In Osaka on 20 October 2023, Ana Ferreira met Kenji Mori and signed",
                 "Ana Ferreira met Kenji Mori in Osaka on 20 October 2023. She signed"),
         "Ana Ferreira and Kenji Mori signed four agreements.", "archive"),
    ],
)  # fmt: skip
def test_one_difference_is_still_a_conflict(
    check_story: Callable[..., dict[str, Any]],
    docs: dict[str, str],
    changed: tuple[str, str],
    claim: str,
    source: str,
) -> None:
    edited = {name: text.replace(*changed) for name, text in docs.items()}
    assert edited != docs
    results = check_story(edited, [{"id": "c", "claim": claim}])
    assert stance_of(results, "c", source).stance == "contradicts"


@pytest.mark.parametrize(
    ("docs", "backing", "claim", "source"),
    [
        (SUMMIT, ("wire.txt", "daily.txt"), "Joe Biden met Xi Jinping in Woodside.", "review"),
        (TRADE, ("gazette.txt", "ledger.txt"), "Ana Ferreira met Kenji Mori in Lisbon.", "archive"),
    ],
)  # fmt: skip
def test_without_a_source_that_says_when_the_claim_s_event_was_a_conflict_stands(
    check_story: Callable[..., dict[str, Any]],
    docs: dict[str, str],
    backing: tuple[str, ...],
    claim: str,
    source: str,
) -> None:
    """Nothing tells which occasion the claim means: the other place is against it."""
    alone = {name: text for name, text in docs.items() if name not in backing}
    results = check_story(alone, [{"id": "c", "claim": claim}])
    assert stance_of(results, "c", source).stance == "contradicts"
    assert results["c"].verdict != "agreement"
