"""facts: a sentence split into atomic facts, each verbatim with its context."""

from __future__ import annotations

import pytest

from factcheck.facts import content_bounds, split_facts


def texts(sentence: str) -> list[str]:
    return [fact.text(sentence)[0] for fact in split_facts(sentence)]


def test_a_list_of_events_gives_one_fact_each_with_who_went() -> None:
    sentence = (
        "The minister flew to Geneva to attend the Global Water Forum,"
        " the Alpine Rail Conference and the annual donors' meeting."
    )
    assert texts(sentence) == [
        "The minister flew to Geneva to attend the Global Water Forum",
        "The minister flew to Geneva to attend … the Alpine Rail Conference",
        "The minister flew to Geneva to attend … the annual donors' meeting.",
    ]


def test_context_is_counted_and_pieces_are_verbatim() -> None:
    sentence = "The mayor went to Lyon to attend the Rhone Summit and the Saone River Fair."
    for fact in split_facts(sentence):
        text, context = fact.text(sentence)
        assert text[context:] == sentence[fact.core[0] : fact.core[1]]
        for start, end in fact.pieces:
            assert sentence[start:end] in sentence


def test_a_relative_clause_is_a_fact_with_its_head_as_context() -> None:
    sentence = (
        "Carvalho met the harbour board in Porto on Friday,"
        " where both sides agreed to delay the dredging until spring."
    )
    facts = split_facts(sentence)
    assert facts[0].text(sentence)[0] == ("Carvalho met the harbour board in Porto on Friday")
    text, context = facts[1].text(sentence)
    assert text == sentence.rstrip()
    assert text[context:].startswith("where both sides agreed")


def test_an_opening_phrase_with_its_subject_is_a_fact() -> None:
    sentence = (
        "In a lecture at Leiden University, Professor Vos warned that the dykes"
        " need raising by 2040."
    )
    assert texts(sentence) == [
        "In a lecture at Leiden University, Professor Vos",
        "Professor Vos warned that the dykes need raising by 2040.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The grant covers housing, transport, and school meals for the families in need.",
        "Funds went to roads, bridges, and the old canal, officials said on Monday.",
    ],
)
def test_the_last_comma_of_a_short_list_splits_nothing(sentence: str) -> None:
    assert len(split_facts(sentence)) == 1


def test_clauses_split_at_semicolons_and_and() -> None:
    sentence = (
        "The strike began on Monday at three depots; the union says 900 drivers joined,"
        " and the company expects buses to run normally by Thursday."
    )
    assert texts(sentence) == [
        "The strike began on Monday at three depots",
        "the union says 900 drivers joined",
        "the company expects buses to run normally by Thursday.",
    ]


def test_fragments_stay_with_their_neighbour() -> None:
    sentence = "The ferry sank near Kos, and fast, in calm water after the engine failed."
    assert all(len(t.split()) >= 4 for t in texts(sentence))


def test_residue_is_outside_the_facts() -> None:
    sentence = "topThe leader spoke at the forum on Monday. (Photo: VNA)"
    start, end = content_bounds(sentence)
    assert sentence[start:end] == "The leader spoke at the forum on Monday."
    assert texts("Differences narrowed at the talks./.") == ["Differences narrowed at the talks."]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an election and a museum theft: who someone is, and what they did
        ("Ruiz, a 48-year-old lawyer, won 30 votes in favour and 25 against.",
         ["Ruiz, a 48-year-old lawyer", "Ruiz … won 30 votes in favour and 25 against."]),
        ("Jan Peeters, the museum's director, said the alarm sounded at 3 a.m.",
         ["Jan Peeters, the museum's director",
          "Jan Peeters … said the alarm sounded at 3 a.m."]),
    ],
)  # fmt: skip
def test_an_apposition_is_a_fact_of_its_own(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ferry company's size, told beside what it did
        ("Halvard, which operates 42 vessels and employs about 3,100 people, rejected an"
         " approach from Meridian in November.",
         ["Halvard, which operates 42 vessels and employs about 3,100 people",
          "Halvard … rejected an approach from Meridian in November."]),
        # an inquiry, told by who chaired it
        ("The inquiry panel, chaired by retired judge Judith Penhale, found that the data"
         " had been altered.",
         ["The inquiry panel, chaired by retired judge Judith Penhale",
          "The inquiry panel … found that the data had been altered."]),
    ],
)  # fmt: skip
def test_a_clause_between_commas_after_a_name_is_a_fact_of_its_own(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a grain deal: two cargoes counted in one breath
        ("Nordvaal will supply 1,200,000 tonnes of wheat and 300,000 tonnes of maize over"
         " 24 months.",
         ["Nordvaal will supply 1,200,000 tonnes of wheat",
          "Nordvaal will supply … 300,000 tonnes of maize over 24 months."]),
        # a wildfire: homes and barns lost
        ("The fire destroyed 120 homes and 14 barns near Lowen Creek on Tuesday.",
         ["The fire destroyed 120 homes",
          "The fire destroyed … 14 barns near Lowen Creek on Tuesday."]),
    ],
)  # fmt: skip
def test_counts_of_two_things_are_two_facts(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz, a 48-year-old lawyer, won 30 votes in favour and 25 against.",
        "Rents in Tolbridge rose by between 3 and 6 per cent last year.",
        "Prices rose 4 per cent and 2 per cent in the two halves of the year.",
    ],
)
def test_a_vote_or_a_range_is_no_list_of_counts(sentence: str) -> None:
    assert not any(" … " in text and text.split(" … ")[1][:1].isdigit() for text in texts(sentence))
