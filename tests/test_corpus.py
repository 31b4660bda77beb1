"""The corpus works out what a sentence's text decides once per text: documents that
repeat a sentence (wire copy, boilerplate) still read it each from its own day."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SAME_SENTENCE = "The Harwick ferry left Portvale on Tuesday with 212 passengers."


def test_a_repeated_sentence_is_read_from_each_document_s_own_day(
    check_story: Callable[..., dict[str, Any]],
) -> None:
    # 'Tuesday' is 3 June 2025 from the first document, 10 June from the second
    docs = {
        "first.txt": f"Portvale, 5 June 2025\n\n{SAME_SENTENCE}\n",
        "second.txt": f"Portvale, 12 June 2025\n\n{SAME_SENTENCE}\n",
    }
    results = check_story(
        docs, [{"id": "c", "claim": "The Harwick ferry left Portvale on 3 June 2025."}]
    )
    stances = {s.source: s.stance for s in results["c"].stances}
    assert stances == {"first": "supports", "second": "contradicts"}


def test_a_repeated_sentence_under_a_dateline_loses_only_that_document_s_date(
    check_story: Callable[..., dict[str, Any]],
) -> None:
    """A dateline's date is when a piece was written, not of what it tells: the same
    words in another document's body are a date of the event."""
    line = "PORTVALE, June 3, 2025 - The Harwick ferry left with 212 passengers."
    docs = {"wire.txt": f"{line}\n", "copy.txt": f"Portvale, 4 June 2025\n\n{line}\n"}
    results = check_story(docs, [{"id": "c", "claim": "The Harwick ferry left on June 3, 2025."}])
    stances = {s.source: s.stance for s in results["c"].stances}
    assert stances["copy"] == "supports"
    assert stances["wire"] != "supports"
