"""Who won a contest and who lost it (contests.py): table tests from an election, a
tennis final, an athletics final and a court case."""

from __future__ import annotations

import pytest

from factcheck.contests import claimed_winner, loses_in
from factcheck.terms import AliasTable, tokenize

NONE = AliasTable()


def _group(name: str) -> tuple[str, ...]:
    return tuple(t.term for t in tokenize(name, NONE))


@pytest.mark.parametrize(
    ("claim", "winner"),
    [
        ("Victor Pryce won re-election as mayor of Dunharrow.", "Victor Pryce"),
        ("Rosa Delgado defeated Andrés Vidal by fewer than 900 votes.", "Rosa Delgado"),
        ("Kira Dovic beat Lena Marsh in the final.", "Kira Dovic"),
        ("Idris Kallen was re-elected for a third term.", "Idris Kallen"),
        # a lower place, a meeting and a ruling are no win
        ("Lucas Ferreira won silver in the 400 metres.", None),
        ("Kira Dovic met Lena Marsh in Ostend.", None),
        ("Halden Water was ordered to pay damages.", None),
    ],
)
def test_the_claimed_winner(claim: str, winner: str | None) -> None:
    tokens = tokenize(claim, NONE)
    names = ["Victor Pryce", "Rosa Delgado", "Andrés Vidal", "Kira Dovic", "Lena Marsh",
             "Idris Kallen", "Lucas Ferreira", "Halden Water"]  # fmt: skip
    groups = [_group(n) for n in names if n in claim]
    assert claimed_winner(tokens, groups) == (_group(winner) if winner else None)


@pytest.mark.parametrize(
    ("sentence", "name", "lost"),
    [
        ("Eleni Matsoukas was elected mayor, defeating incumbent Victor Pryce.",
         "Victor Pryce", True),
        ("Incumbent mayor Rosa Delgado conceded defeat to challenger Andrés Vidal.",
         "Rosa Delgado", True),
        ("Defending champion Lucas Ferreira took silver, a tenth of a second behind.",
         "Lucas Ferreira", True),
        ("Unseeded Lena Marsh beat top seed Kira Dovic in the final.", "Kira Dovic", True),
        ("Pryce was defeated in Sunday's vote.", "Victor Pryce", True),
        # a count in a compound before the name ('two-term incumbent')
        ("Mara Delvin won on Sunday, defeating two-term incumbent Otto Brenn.",
         "Otto Brenn", True),
        # the winner's side of the same sentences
        ("Eleni Matsoukas was elected mayor, defeating incumbent Victor Pryce.",
         "Eleni Matsoukas", False),
        ("Unseeded Lena Marsh beat top seed Kira Dovic in the final.", "Lena Marsh", False),
        ("Kira Dovic was beaten by Lena Marsh in the final.", "Lena Marsh", False),
        ("Andrés Vidal won by fewer than 900 votes.", "Andrés Vidal", False),
    ],
)  # fmt: skip
def test_a_sentence_has_the_name_lose(sentence: str, name: str, lost: bool) -> None:
    assert loses_in(tokenize(sentence, NONE), sentence, _group(name)) is lost
