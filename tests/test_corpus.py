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


WIRE_LINES = {
    "ferry": (
        "The Harwick ferry left Portvale on Tuesday with 212 passengers.",
        "Harbour master Ines Calloway said the crossing was calm.",
    ),
    "trade": (
        "Trade minister Odile Varga signed the accord in Lanmere on Friday.",
        "The accord cuts tariffs on 40 goods, Varga said.",
    ),
}


def test_a_sentence_repeated_across_documents_is_tokenised_once_with_the_same_tokens(
    story_registry: Callable[..., Any],
) -> None:
    """Tokens depend only on a sentence's text and the aliases: an archive's repeats
    share one tokenising, and each passage still has what tokenising it alone gives."""
    from factcheck.check import alias_table, all_sources, read_documents
    from factcheck.index import Corpus
    from factcheck.registry import load_registries
    from factcheck.terms import tokenize

    for story, (first, second) in WIRE_LINES.items():
        docs = {
            f"{story}-wire.txt": f"{first}\n\n{second}\n",
            f"{story}-copy.txt": f"{second}\n\nA line of its own about {story}.\n\n{first}\n",
        }
        path = story_registry(docs, [{"id": "c", "claim": first}], {"Varga": ["Odile Varga"]})
        registries = load_registries([path])
        documents = read_documents(all_sources(registries))
        aliases = alias_table(registries, documents)
        corpus = Corpus(documents, aliases)
        for pid, info in enumerate(corpus.passages):
            assert info.tokens == tokenize(corpus.passage_text(pid), aliases)
        wire, copy = (list(corpus.document_passages(d)) for d in (0, 1))
        assert corpus.passages[wire[0]].tokens is corpus.passages[copy[2]].tokens
        assert corpus.passages[wire[1]].tokens is corpus.passages[copy[0]].tokens
