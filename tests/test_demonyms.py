"""A place's demonym ('Velmoran', 'Kenyan', 'French') reads as the place."""

from __future__ import annotations

import pytest

from factcheck.demonyms import demonym_aliases, place_spellings
from factcheck.terms import AliasTable, tokenize


@pytest.mark.parametrize(
    ("demonym", "place"),
    [
        ("Kenyan", "kenya"),
        ("Mexican", "mexico"),
        ("Canadian", "canada"),
        ("Italian", "italy"),
        ("Indonesian", "indonesia"),
        ("Brazilian", "brazil"),
        ("Japanese", "japan"),
        ("Chinese", "china"),
        ("Iraqi", "iraq"),
        ("Velmoran", "velmora"),
    ],
)
def test_a_regular_demonym_spells_its_place(demonym: str, place: str) -> None:
    assert place in place_spellings(demonym)


@pytest.mark.parametrize("word", ["Milan", "Ian", "Tanaka", "Sudan"])
def test_a_name_is_paired_only_with_a_place_the_texts_have(word: str) -> None:
    assert demonym_aliases([f"{word} arrived in Oslo."]) == {}


@pytest.mark.parametrize(
    "texts",
    [
        # two people, not a place and its people: a given name has a surname after it
        ["Norma Stewart met Norman Blake at the council."],
        ["Lina Varga thanked Linan Okafor."],
    ],
)
def test_given_names_are_not_paired_as_a_place_and_its_people(texts: list[str]) -> None:
    assert demonym_aliases(texts) == {}


def test_a_pair_needs_both_spellings_in_the_texts() -> None:
    texts = ["VELMORA, March 12, 2025 - The minister resigned.", "The Velmoran minister quit."]
    assert demonym_aliases(texts) == {"Velmora": ("Velmoran",)}
    assert demonym_aliases(["The Velmoran minister quit."]) == {}


def test_an_irregular_demonym_comes_from_the_lexicon() -> None:
    texts = ["French police said ...", "PARIS, France, June 3 - ..."]
    assert demonym_aliases(texts) == {"France": ("French",)}


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # a takeover and a trade deal: a demonym before a currency names the currency
        ("Meridian will pay 148 Norwegian kroner a share.", "norwegian"),
        ("The wheat costs 350 Canadian dollars a tonne.", "canadian"),
    ],
)
def test_a_demonym_before_a_currency_stays_a_word(text: str, currency: str) -> None:
    aliases = AliasTable(derived={"Norway": ("Norwegian",), "Canada": ("Canadian",)})
    assert currency in {t.word for t in tokenize(text, aliases) if t.kind == "word"}
    (entity,) = [t for t in tokenize("a Norwegian ferry", aliases) if t.kind == "entity"]
    assert entity.term == "@norway"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a resignation and a grain deal: the dateline or the text names the place
        ("VELMORA, March 12, 2025 - Interior Minister Oskar Delacroix stepped down on"
         " Tuesday after a week of pressure.\n",
         "Velmoran interior minister Oskar Delacroix resigned on March 11, 2025.",
         "supports"),
        ("BRENNHOLT, September 8, 2025 - Sarenia's trade minister Omar Dassine signed the"
         " grain agreement on Monday.\n",
         "Sarenian trade minister Omar Dassine signed the grain agreement.", "supports"),
    ],
)  # fmt: skip
def test_a_demonym_is_read_as_its_place(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("claim", "named"),
    [
        # a resignation and a grain deal: a demonym before a common noun describes
        ("Velmoran interior minister Oskar Delacroix resigned.", False),
        ("The Sarenian trade minister signed the deal.", False),
        # the place itself is a name to find
        ("Oskar Delacroix resigned in Velmora.", True),
    ],
)
def test_a_demonym_before_a_noun_names_no_one(claim: str, named: bool) -> None:
    from factcheck.features import claim_features
    from factcheck.model import Claim

    aliases = AliasTable(derived={"Velmora": ("Velmoran",), "Sarenia": ("Sarenian",)})
    features = claim_features(Claim(id="c", text=claim, topic=None, attributions=()), aliases)
    places = {("@velmora",), ("@sarenia",)}
    assert bool(places & set(features.name_groups)) is named
