"""Terms: aliases to one entity, stems, ordinals: what two texts must share to match."""

from __future__ import annotations

import pytest

from factcheck.terms import (
    AliasTable,
    content_terms,
    stem,
    tokenize,
    tokens_after,
    tokens_before,
)


def entity_terms(text: str, aliases: AliasTable | None = None) -> list[str]:
    return [t.term for t in tokenize(text, aliases or AliasTable()) if t.kind == "entity"]


def terms(text: str, aliases: AliasTable | None = None) -> set[str]:
    return content_terms(tokenize(text, aliases or AliasTable()))


@pytest.mark.parametrize("spelling", ["Việt Nam", "Viet Nam", "Vietnam", "VIỆT NAM"])
def test_spellings_of_vietnam_are_one_entity(spelling: str) -> None:
    assert entity_terms(f"Trade with {spelling} grew.") == entity_terms("Trade with Vietnam grew.")
    assert len(entity_terms(f"Trade with {spelling} grew.")) == 1


def test_us_in_capitals_is_the_united_states() -> None:
    assert entity_terms("US officials") == entity_terms("United States officials")
    assert entity_terms("U.S. officials") == entity_terms("United States officials")
    assert entity_terms("US officials") != []


def test_lowercase_us_is_a_pronoun() -> None:
    assert entity_terms("He told us about it.") == []
    assert terms("He told us about it.").isdisjoint(terms("the United States"))


def test_registry_aliases_join_names() -> None:
    aliases = AliasTable({"To Lam": ["Tô Lâm", "Lam"], "Bui Thanh Son": ["Bùi Thanh Sơn", "Son"]})
    assert entity_terms("Tô Lâm spoke", aliases) == entity_terms("To Lam spoke", aliases)
    assert entity_terms("Lam spoke", aliases) == entity_terms("To Lam spoke", aliases)
    assert entity_terms("Sơn said", aliases) == entity_terms("Bui Thanh Son said", aliases)
    assert entity_terms("Lam spoke", aliases) != entity_terms("Son said", aliases)


def test_entity_token_spans_the_name_as_written() -> None:
    text = "Relations with Việt Nam deepened."
    (token,) = [t for t in tokenize(text, AliasTable()) if t.kind == "entity"]
    assert text[token.start : token.end] == "Việt Nam"


@pytest.mark.parametrize(
    ("one", "other"),
    [("meetings", "meeting"), ("met", "meeting"), ("organised", "organized"), ("visits", "visit")],
)
def test_word_forms_share_a_term(one: str, other: str) -> None:
    assert terms(one) == terms(other)


def test_different_words_keep_different_terms() -> None:
    assert terms("meetings").isdisjoint(terms("activities"))


def test_ordinals_are_terms_that_tell_things_apart() -> None:
    (thirteenth,) = [t for t in tokenize("the 13th Congress", AliasTable()) if t.kind == "ordinal"]
    assert thirteenth.term == "13th"
    assert "13th" in terms("the 13th Congress")
    assert terms("the 13th Congress") != terms("the 14th Congress")


def test_stop_words_and_negations_are_not_content() -> None:
    tokens = tokenize("They did not meet the press", AliasTable())
    assert [t.kind for t in tokens if t.word == "not"] == ["negation"]
    assert "the" not in content_terms(tokens)
    assert "not" not in content_terms(tokens)


def test_contraction_carries_a_negation() -> None:
    kinds = [t.kind for t in tokenize("They didn't meet", AliasTable())]
    assert "negation" in kinds


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # exam results and a mine's output: 'declined to' a figure is a fall
        ("The share of top grades declined to 24.1 percent this summer.", False),
        ("Output at the mine declined to about 41,000 tonnes.", False),
        # ... and to a deed, a refusal
        ("The company declined to comment on Friday.", True),
        ("The minister failed to attend the vote.", True),
    ],
)  # fmt: skip
def test_a_negating_phrase_before_a_figure_is_none(text: str, negated: bool) -> None:
    kinds = [t.kind for t in tokenize(text, AliasTable())]
    assert ("negation" in kinds) is negated


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The talks were carried out.", "carri"),
        ("Forty countries took part.", "attend"),
        ("Lam and Biden sat down.", "meet"),
        ("took part", "attend"),
    ],
)
def test_an_idiom_at_the_very_end_of_a_text_is_one_term(text: str, term: str) -> None:
    tokens = tokenize(text, AliasTable())
    assert tokens[-1].term == term
    assert text[tokens[-1].start : tokens[-1].end] in ("carried out", "took part", "sat down")


@pytest.mark.parametrize(
    ("text", "word", "term"),
    [
        # a recall's share price and an election's turnout: a move by a figure
        ("Halberg shares closed down 8.4 percent on Monday.", "down", stem("fall")),
        ("Turnout was up 3 points on the last election.", "up", stem("rise")),
        # not before a figure: 'up to 50' is a bound, 'down the slides' a direction
        ("Up to 50 people were evacuated.", "up", "up"),
        ("They slid down the emergency slides.", "down", "down"),
    ],
)  # fmt: skip
def test_a_move_by_a_figure_is_a_fall_or_a_rise(text: str, word: str, term: str) -> None:
    (found,) = [t for t in tokenize(text, AliasTable()) if t.word == word]
    assert found.term == term


@pytest.mark.parametrize(
    ("text", "convicted"),
    [
        # a fraud trial and an embezzlement trial: a jury that finds someone guilty
        # convicts them, however many words name them
        ("A jury found former accountant Gerald Pike guilty of fraud.", True),
        ("Jurors in Karven found the city's ex-treasurer guilty on all counts.", True),
        # an acquittal, and a finding that is no verdict
        ("The jury found him not guilty of assault.", False),
        ("Auditors found the accounts in order; nobody was guilty of fraud.", False),
    ],
)
def test_finding_someone_guilty_is_a_conviction(text: str, convicted: bool) -> None:
    assert (stem("convict") in terms(text)) is convicted


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        # a fare rise and a smoking ban: 'starting' and 'effective' before a date say
        # only when, as 'from' does
        ("Fares rise by 4.5 percent starting July 1.", "starting", False),
        ("The ban applies effective Monday.", "effective", False),
        ("The ban applies effective immediately.", "effective", True),
        ("Starting pitchers earn more.", "starting", True),
    ],
)
def test_a_word_that_opens_a_date_is_no_content(text: str, word: str, kept: bool) -> None:
    assert (stem(word) in terms(text)) is kept


@pytest.mark.parametrize(
    ("text", "move"),
    [
        # mackerel landings and a pension fund: 'down' or 'up' by an amount is a fall or
        # a rise, however the amount is written
        ("landed 4,300 tonnes, down by about a fifth on the year", "fall"),
        ("the fund's assets were up by nearly half", "rise"),
        ("sales are down a third since March", "fall"),
        ("down 8.4 percent", "fall"),
        # a verb's own 'up' or 'down', or a place
        ("the union signed up about 300 members", None),
        ("police shut down over 20 sites", None),
        ("walked down by the river", None),
        ("a track leads up a hill", None),
    ],
)
def test_down_or_up_by_an_amount_is_a_move(text: str, move: str | None) -> None:
    moves = terms(text) & {stem("fall"), stem("rise")}
    assert moves == ({stem(move)} if move else set())


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Elina Sorvald met the Velmoran envoy in Port Arlen on 3 May 2025.",
        "Rescuers pulled 21 people from the rubble, Fire Chief Dana Okafor said on Tuesday.",
    ],
)
def test_the_tokens_either_side_of_any_offset(text: str) -> None:
    """What is read either side of a value or a date (found by a search, not a walk over
    every token) is every token before it, nearest first, and every token after it."""
    tokens = tokenize(text, AliasTable())
    for offset in range(len(text) + 1):
        before = [t for t in reversed(tokens) if t.end <= offset]
        assert list(tokens_before(tokens, offset)) == before
        assert list(tokens_after(tokens, offset)) == [t for t in tokens if t.start >= offset]


@pytest.mark.parametrize(
    ("text", "word", "read"),
    [
        # a takeover and a strike: 'back' before what is backed is the verb
        ("The foundation has agreed to back the deal.", "support", True),
        ("The union will back plans to strike.", "support", True),
        # a flight and a ferry: otherwise the adverb
        ("The captain flew the jet back to Portvale.", "support", False),
        ("The ferry sailed back into port at noon.", "support", False),
        # a club treasurer's trial and a doping tribunal: cleared, some words on, of a charge
        ("Gerald Pike was cleared by a jury at Harlow Crown Court on Friday of theft.",
         "acquit", True),
        ("The tribunal cleared her of taking a banned substance.", "acquit", True),
        # a road and a building site: cleared of what was in the way
        ("Police cleared the road of debris on Tuesday.", "acquit", False),
        ("Crews cleared the site of rubble before the trial began.", "acquit", False),
        # a rowing club's accountant and a councillor: cleared of a deed, no court named
        ("Gideon Pell was cleared on Friday of defrauding the rowing club.", "acquit", True),
        ("Councillor Ama Reyes was cleared of breaching the code of conduct.", "acquit", True),
        # a planning committee and a parliament: voted, a tally, against
        ("The committee voted six to three against the tower.", "reject", True),
        ("MPs voted by 312 votes to 290 against the bill.", "reject", True),
        # a board and an investiture: 'to' is the vote's purpose; 'votes' a noun
        ("The board voted to approve the plan, with two against.", "reject", False),
        ("Marques won the investiture by 34 votes to 30 against.", "reject", False),
    ],
)  # fmt: skip
def test_a_word_read_by_the_words_around_it(text: str, word: str, read: bool) -> None:
    """'back', 'cleared' and 'voted' mean 'support', 'acquit' and 'reject' only in
    their context."""
    assert (stem(word) in terms(text)) is read
