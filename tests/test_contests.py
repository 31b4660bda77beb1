"""Who won a contest and who lost it (contests.py): table tests from an election, a
tennis final, an athletics final and a court case."""

from __future__ import annotations

import pytest

from factcheck.contests import (
    beaten_by,
    claimed_loss,
    claimed_winner,
    contest_parts,
    loses_in,
    won_by_another,
)
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
        # a description with capitals of its own, a longer title, a clause between
        ("Mara Quist won, beating Labour Front candidate Tobias Wren by 1,204 votes.",
         "Tobias Wren", True),
        ("It re-elected Miro Dastanic, defeating former central bank governor Ilse Varga.",
         "Ilse Varga", True),
        ("Ibarra, who had finished third in the cup, said he intends to appeal.",
         "Renzo Ibarra", True),
        ("Ekwueme won the stage, with Vander taking second place.", "Piet Vander", True),
        ("In the women's event Sofia Raine was runner-up.", "Sofia Raine", True),
        # a cycling stage and a rugby semi-final: other verbs of beating
        ("Joris Vandael outsprinted the Danish champion Mikkel Lund to take the stage.",
         "Mikkel Lund", True),
        ("The Kessler Bay Sharks edged the Tarrow Miners 24-22 on Saturday.",
         "Tarrow Miners", True),
        # ... but not past another name joined by 'and'
        ("Ostby beat Kessler Bay and Tarrow Miners drew.", "Tarrow Miners", False),
    ],
)  # fmt: skip
def test_a_sentence_has_the_name_lose(sentence: str, name: str, lost: bool) -> None:
    assert loses_in(tokenize(sentence, NONE), sentence, _group(name)) is lost


@pytest.mark.parametrize(
    ("claim", "winner", "won"),
    [
        ("Tomas Heller won the Halden Prize for fiction.", "Tomas Heller",
         "halden prize fiction"),
        ("Lucas Ferreira won gold in the men's 400 metres.", "Lucas Ferreira",
         "gold men's 400 metres"),
        # its means, its margin and a repeat are not what was won
        ("Tomas Ekdal won the Carriston Prize with 'Low Water'.", "Tomas Ekdal",
         "carriston prize"),
        ("Tobias Wren won the Saltcombe by-election by 1,204 votes.", "Tobias Wren",
         "saltcombe election"),
        ("Katya Olm won the Velmore Open for the third year in a row.", "Katya Olm",
         "velmore open"),
        # a count won is for the figures to judge
        ("The Greens won 14 seats in Kingston.", "The Greens", ""),
    ],
)  # fmt: skip
def test_what_the_claim_says_was_won(claim: str, winner: str, won: str) -> None:
    tokens = tokenize(claim, NONE)
    expected = {t.term for t in tokenize(won, NONE) if t.kind != "stop"}
    group = _group(winner.removeprefix("The "))
    award, setting = contest_parts(tokens, group)
    assert award | setting == expected


@pytest.mark.parametrize(
    ("sentence", "claim", "winner", "rival"),
    [
        # an award, a prize, an election and a film festival given to another
        ("The Halden Prize for fiction went to Priya Nandakumar for her debut novel.",
         "Tomas Heller won the Halden Prize for fiction.", "Tomas Heller", "Priya Nandakumar"),
        ("The novelist Hedda Vorn has won this year's Carriston Prize for fiction.",
         "Tomas Ekdal won the Carriston Prize.", "Tomas Ekdal", "Hedda Vorn"),
        ("Danel Fross was named best actor at the Lorsk Film Awards on Saturday.",
         "Ivo Renk won best actor at the Lorsk Film Awards.", "Ivo Renk", "Danel Fross"),
        ("Voters in Estvania re-elected President Miro Dastanic in the run-off.",
         "Ilse Varga won the run-off in Estvania.", "Ilse Varga", "President Miro Dastanic"),
        ("The contract to build the depot was awarded to Kettle & Lowe.",
         "Marbeck Construction won the contract to build the depot.",
         "Marbeck Construction", "Kettle & Lowe"),
        # the claim's winner wins it there, another prize, another category: no rival
        ("The Halden Prize for fiction went to Tomas Heller.",
         "Tomas Heller won the Halden Prize for fiction.", "Tomas Heller", None),
        ("'River of Glass' won the Golden Heron, while 'Night Ferry' took the jury prize.",
         "'Night Ferry' won the jury prize.", "Night Ferry", None),
        ("Priya Nandakumar won the Halden Prize for poetry.",
         "Tomas Heller won the Halden Prize for fiction.", "Tomas Heller", None),
        ("Kira Dovic was beaten by Lena Marsh in the Ostend final.",
         "Kira Dovic won the Ostend final.", "Kira Dovic", "Lena Marsh"),
    ],
)  # fmt: skip
def test_a_sentence_gives_the_contest_to_another(
    sentence: str, claim: str, winner: str, rival: str | None
) -> None:
    group = _group(winner)
    award, setting = contest_parts(tokenize(claim, NONE), group)
    won = award | setting
    assert won
    assert won_by_another(tokenize(sentence, NONE), sentence, won, group) == rival


@pytest.mark.parametrize(
    ("claim", "names", "loss"),
    [
        # a rugby final and a badminton final: told from the losing side
        ("Harlton lost the Western Cup final to Carrick Bay.",
         ["Harlton", "Western Cup", "Carrick Bay"], ("Harlton", "Carrick Bay")),
        ("Freja Holm took the opening game but lost the match to Mei Ling Tan.",
         ["Freja Holm", "Mei Ling Tan"], ("Freja Holm", "Mei Ling Tan")),
        # a lost seat and a lost final with no rival named: lost to whoever beat them
        ("Idris Kallen lost his seat.", ["Idris Kallen"], ("Idris Kallen", "")),
        ("Vortex Nine lost the Rift Masters grand final 3-1.", ["Vortex Nine", "Rift Masters"],
         ("Vortex Nine", "")),
        # a loss to something that is no one, a win: none
        ("Harlton lost their captain to injury.", ["Harlton"], None),
        ("Carrick Bay beat Harlton in the final.", ["Carrick Bay", "Harlton"], None),
    ],
)  # fmt: skip
def test_a_loss_told_from_the_losing_side(
    claim: str, names: list[str], loss: tuple[str, str] | None
) -> None:
    found = claimed_loss(tokenize(claim, NONE), [_group(n) for n in names])
    expected = (_group(loss[0]), _group(loss[1]) if loss[1] else ()) if loss else None
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "beaten"),
    [
        ("Carrick Bay held off a late fightback to beat Harlton 27-24 in the final.", True),
        ("Mei Ling Tan came from a game down to beat Denmark's Freja Holm 17-21, 21-15.",
         False),  # the claim's loser is Harlton here, not Holm
        ("Harlton beat Carrick Bay 27-24 in the final.", False),
        ("Harlton and Carrick Bay meet in the final on Sunday.", False),
    ],
)  # fmt: skip
def test_the_winner_beats_the_loser(sentence: str, beaten: bool) -> None:
    tokens = tokenize(sentence, NONE)
    assert beaten_by(tokens, _group("Harlton"), _group("Carrick Bay")) is beaten


@pytest.mark.parametrize(
    ("claim", "winner", "award", "setting"),
    [
        # a film festival and a football season: the award, and where it was given
        ("Mateo Ruiz was named best director at the Lakeshore Film Festival.", "Mateo Ruiz",
         {"best", "director"}, {"lakeshor", "film", "festiv"}),
        ("Danel Fross was named player of the year.", "Danel Fross", {"player", "year"}, set()),
        ("'Salt Roads' won the Golden Heron at the Lakeshore Film Festival.", "Salt Roads",
         {"golden", "heron"}, {"lakeshor", "film", "festiv"}),
        # a post is no award
        ("Ana Cole was named chief executive of Alder Stores.", "Ana Cole", set(), set()),
    ],
)  # fmt: skip
def test_the_award_and_where_it_was_given(
    claim: str, winner: str, award: set[str], setting: set[str]
) -> None:
    assert contest_parts(tokenize(claim, NONE), _group(winner)) == (award, setting)


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a film festival and music awards: the award goes to another, in a sentence
        # beside the one that names where it was given, and to a name said with what it is
        ("'Salt Roads', a drama by Mateo Ruiz, won the Golden Heron for best film at the"
         " Lakeshore Film Festival on Saturday. The prize for best director went to Anna"
         " Wieczorek for 'The Last Tenant'.\n",
         "Mateo Ruiz was named best director at the Lakeshore Film Festival."),
        ("The Harbour Lights swept the Norland Music Awards in Oslund on Thursday night,"
         " winning four prizes. The award for best new artist went to the rapper Kimi"
         " Sola.\n",
         "The Harbour Lights were named best new artist at the Norland Music Awards."),
    ],
)  # fmt: skip
def test_an_award_named_to_another_contradicts(check_story, doc: str, claim: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "award", "claim": claim}])
    (stance,) = results["award"].stances
    assert stance.stance == "contradicts"


def test_an_award_given_at_another_place_is_another_contest(check_story) -> None:
    # the sentence that gives best director away names another festival
    results = check_story(
        {"report.txt": "'Salt Roads' won best film at the Lakeshore Film Festival on"
         " Saturday. At the Dunmore festival in May, the prize for best director went to"
         " Anna Wieczorek.\n"},
        [{"id": "award",
          "claim": "Mateo Ruiz was named best director at the Lakeshore Film Festival."}],
    )  # fmt: skip
    (stance,) = results["award"].stances
    assert stance.stance == "silent"
