"""A claim's cause and whether a passage ties the event to it (causes.py): table tests
from a hockey season, factory closures, a ferry route, a cyberattack, a wildfire and an
airport strike."""

from __future__ import annotations

import pytest

from factcheck.causes import cause_linked, gives_a_reason, split_cause
from factcheck.terms import AliasTable

NONE = AliasTable()


@pytest.mark.parametrize(
    ("claim", "effect", "cause", "thing"),
    [
        ("Loxley were relegated because they lost six players last summer.",
         "Loxley were relegated.", "they lost six players last summer", False),
        ("Pivotware cut 1,200 jobs because of falling sales.",
         "Pivotware cut 1,200 jobs.", "falling sales", True),
        ("The Ravenscar wildfire was caused by extreme heat.",
         "The Ravenscar wildfire.", "extreme heat", True),
        ("Forty flights were cancelled due to the baggage handlers' walkout.",
         "Forty flights were cancelled.", "the baggage handlers' walkout", True),
        # a purpose is a reason too: a library's hours and a bus company's routes
        ("Marlow Heath's library is closing on Saturdays to save money.",
         "Marlow Heath's library is closing on Saturdays.", "save money", False),
        ("Redline cut three rural bus routes so that it could keep its fares down.",
         "Redline cut three rural bus routes.", "it could keep its fares down", False),
    ],
)  # fmt: skip
def test_a_claim_splits_at_its_cause(claim: str, effect: str, cause: str, thing: bool) -> None:
    found = split_cause(claim, NONE)
    assert found is not None
    assert (found.effect, found.cause, found.thing) == (effect, cause, thing)


@pytest.mark.parametrize(
    "claim",
    [
        # a schedule, a quotation, a claim with no cause
        "The fraud trial of Ilse Marrow is due to resume on 8 January 2024.",
        "The Tollerup pipeline is due to start carrying gas in March 2025.",
        'Karsk said: "Those men are alive because they got to the refuge chamber."',
        "Marlow Textiles is cutting 200 jobs at its Pendle Hill mill.",
        # what someone wants or plans is no purpose of a deed
        "Ministers want to cut costs at the Pendle Hill mill.",
        "Redline plans to save money on its rural bus routes.",
    ],
)
def test_no_cause_where_there_is_none(claim: str) -> None:
    assert split_cause(claim, NONE) is None


@pytest.mark.parametrize(
    ("sentence", "claim", "linked"),
    [
        ("Ferry crossings were halted on Monday as gale-force winds battered the coast.",
         "IsleLink suspended its ferries because of gale-force winds.", True),
        ("A cyberattack has disrupted the council's systems, forcing staff to use paper.",
         "Staff switched to paper because of a cyberattack.", True),
        # side by side is no link
        ("The club lost six first-team players to retirement and injury last summer.",
         "Loxley were relegated because they lost six players last summer.", False),
        ("Loxley were relegated on Saturday after a 3-1 defeat at Pemberton.",
         "Loxley were relegated because they lost six players last summer.", False),
    ],
)  # fmt: skip
def test_a_sentence_ties_the_event_to_the_cause(sentence: str, claim: str, linked: bool) -> None:
    cause = split_cause(claim, NONE)
    assert cause is not None
    assert cause_linked(sentence, cause, NONE) is linked


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Drummond will close the mill as part of a plan to concentrate production.", True),
        ("The studio said the delay would give its effects teams more time.", True),
        ("The council described the move as 'a precaution'.", True),
        ("The mill employs 310 people and is due to shut next spring.", False),
        ("Ostrow said the change would 'protect weekday opening hours'.", True),
        ("The board said the move would ensure round-the-clock specialist care.", True),
    ],
)
def test_a_sentence_gives_a_reason(sentence: str, reason: bool) -> None:
    assert gives_a_reason(sentence) is reason
