"""British and American spellings of one word are read as one word."""

from __future__ import annotations

import pytest

from factcheck.spelling import british
from factcheck.terms import stem


@pytest.mark.parametrize(
    ("american", "british_form"),
    [
        ("labor", "labour"), ("laborers", "labourers"), ("favorable", "favourable"),
        ("neighborhood", "neighbourhood"), ("honored", "honoured"),
        ("center", "centre"), ("centered", "centred"), ("theaters", "theatres"),
        ("defense", "defence"), ("offenses", "offences"), ("license", "licence"),
        ("catalog", "catalogue"), ("dialogs", "dialogues"),
        ("pediatric", "paediatric"), ("anesthetist", "anaesthetist"),
        ("maneuvers", "manoeuvres"), ("skeptical", "sceptical"),
        ("gray", "grey"), ("aluminum", "aluminium"), ("jewelry", "jewellery"),
        ("program", "programme"), ("fueled", "fuelled"), ("counselor", "counsellor"),
        ("enrollment", "enrolment"), ("judgment", "judgement"),
    ],
)  # fmt: skip
def test_an_american_spelling_is_read_as_the_british(american: str, british_form: str) -> None:
    assert british(american) == british_form
    assert stem(american) == stem(british_form)


@pytest.mark.parametrize(
    ("first", "second"),
    [("analyzed", "analysed"), ("paralyze", "paralyse"), ("organization", "organisation")],
)
def test_ize_and_yze_are_ise_and_yse(first: str, second: str) -> None:
    assert stem(first) == stem(second)


@pytest.mark.parametrize(
    "word",
    # both sides write these the same: left alone, never turned into a word of neither
    ["humorous", "laboratory", "honorary", "laborious", "hour", "tour", "four", "doctor",
     "motor", "meter", "acre", "massacre", "defensive", "offensive", "progress", "fetch"],
)  # fmt: skip
def test_a_word_both_sides_share_is_left_as_written(word: str) -> None:
    assert british(word) == word


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a US wire on a labor dispute and one on a defense budget, checked against
        # claims written in British English
        ("DETROIT, March 4, 2025 - The Harmon Motors labor union said on Tuesday that 4,200"
         " workers at the Cass Avenue center would strike over pay.\n",
         "The Harmon Motors labour union said 4,200 workers at the Cass Avenue centre would"
         " strike."),
        ("WASHINGTON, June 9, 2025 - Congress approved a defense budget of 900 billion"
         " dollars on Tuesday.\n",
         "Congress approved a defence budget of 900 billion dollars."),
    ],
)  # fmt: skip
def test_a_us_wire_supports_a_british_claim(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "supports"
