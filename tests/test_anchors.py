"""Days counted from an event another sentence dates (anchors.py): table tests from a
rail accident, a product recall, a trade summit and a court case."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.anchors import counted_from_events
from factcheck.terms import AliasTable, tokenize

NONE = AliasTable()


@pytest.mark.parametrize(
    ("text", "days", "event"),
    [
        ("The line reopened nine days after the accident.", 9, "accident"),
        ("The deal was signed the day after the summit.", 1, "summit"),
        ("Talks began two weeks before the vote.", -14, "vote"),
        ("It was rescued three days after the tunnel collapsed at Redhorn.", 3,
         "tunnel collapsed"),
        # an approximate count, a pronoun and a clause of its own date nothing
        ("The shop pulled it almost two weeks before the announcement.", None, None),
        ("It told the regulator four days before it went public.", None, None),
        ("A week later, the line reopened.", None, None),
    ],
)  # fmt: skip
def test_counts_from_a_named_event(text: str, days: int | None, event: str | None) -> None:
    found = counted_from_events(text, tokenize(text, NONE))
    if days is None:
        assert found == []
        return
    (counted,) = found
    assert counted.days == days
    assert counted.event == {t.term for t in tokenize(event or "", NONE)}


RAIL = (
    "VIENNA, March 11, 2025 - A regional express derailed near Wels on 3 February, "
    "injuring 14 passengers. Investigators said the derailment was caused by a broken weld. "
    "The line reopened nine days after the derailment."
)
RECALL = (
    "OSLO, June 12, 2025 - Norbrand announced the recall of 40,000 heaters on Monday. "
    "Retailers took the heaters off their shelves. The regulator opened a formal "
    "investigation two days after the announcement."
)
COURT = (
    "DUNHARROW, May 30, 2025 - The court ruled on 12 May that the dismissal was unfair. "
    "The company said it would appeal. Its lawyers filed the appeal a week after the ruling."
)


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        (RAIL, "The line reopened on 12 February 2025.", "supports"),
        (RAIL, "The line reopened on 14 February 2025.", "contradicts"),
        (RECALL, "The regulator opened a formal investigation on 11 June 2025.", "supports"),
        (RECALL, "The regulator opened a formal investigation on 12 June 2025.", "contradicts"),
        (COURT, "The company filed its appeal on 19 May.", "supports"),
        (COURT, "The company filed its appeal on 15 May.", "contradicts"),
    ],
)
def test_a_day_counted_from_an_event_is_compared(
    wire_stance: Callable[[str, str], str], doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


def test_an_event_the_document_never_dates_dates_nothing(
    wire_stance: Callable[[str, str], str],
) -> None:
    doc = (
        "VIENNA, March 11, 2025 - A regional express derailed near Wels last month. "
        "The line reopened nine days after the derailment."
    )
    assert wire_stance(doc, "The line reopened on 14 February 2025.") == "silent"
