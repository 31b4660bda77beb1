"""What a claim compares with an earlier time (comparisons.py)."""

from __future__ import annotations

import pytest

from factcheck.comparisons import claimed_comparison
from factcheck.normalise import normalise
from factcheck.values import extract_values


def comparison_of(text: str):  # type: ignore[no-untyped-def]
    return claimed_comparison(text, extract_values(normalise(text), text, None).dates)


@pytest.mark.parametrize(
    ("text", "up", "earlier"),
    [
        ("Poachers killed more rhinos in the park last year than in 2023.", True, "2023"),
        ("Fewer pupils sat the exam this year than last year.", False, "last year"),
        ("The port handled a smaller share of the trade in 2024 than in 2019.", False, "2019"),
    ],
)
def test_a_comparison_with_an_earlier_time_is_read(text: str, up: bool, earlier: str) -> None:
    comparison = comparison_of(text)
    assert comparison is not None
    assert comparison.up is up and comparison.earlier.text == earlier


@pytest.mark.parametrize(
    "text",
    [
        "More than 40 people died in the fire in 2023.",  # a bound, not a comparison
        "Police revoked 22 more certificates last year than in 2023.",  # a difference
        "The film took more in Lisbon than in Porto.",  # no earlier time
        "Ticket sales were higher in Lisbon than in Porto.",  # places, not times
    ],
)
def test_no_comparison_of_times_is_read_where_there_is_none(text: str) -> None:
    assert comparison_of(text) is None


def test_a_comparison_with_what_was_expected_is_read() -> None:
    comparison = comparison_of(
        "The film took more in its first weekend than analysts had predicted."
    )
    assert comparison is not None and comparison.expected and comparison.up


@pytest.mark.parametrize(
    "text",
    [
        "Rates were higher in the second quarter than in the first.",
        "Growers picked more saffron this autumn than they did the year before.",
    ],
)
def test_a_comparison_with_an_earlier_time_not_dated_is_read(text: str) -> None:
    comparison = comparison_of(text)
    assert comparison is not None and comparison.earlier is None and not comparison.expected


def test_a_figure_in_words_before_the_comparative_is_a_difference() -> None:
    assert (
        comparison_of("It handles half a million more passengers than before the pandemic.") is None
    )
