"""Every entry of every shipped word list does what its file says it does."""

from __future__ import annotations

from importlib import resources

import pytest

from factcheck.lexicon import opposites, synonyms, words
from factcheck.normalise import normalise
from factcheck.terms import AliasTable, stem, tokenize
from factcheck.values import extract_values, negated_terms


def entries(name: str) -> list[tuple[str, list[str]]]:
    """(head, others) for each 'head: other, other' line of a lexicon."""
    text = resources.files("factcheck.lexicons").joinpath(f"{name}.txt").read_text("utf-8")
    found = []
    for line in text.splitlines():
        head, _, rest = line.split("#", 1)[0].partition(":")
        if head.strip():
            found.append((head.strip(), [o.strip() for o in rest.replace(",", " ").split()]))
    return found


PARAPHRASES = [
    (head, other)
    for head, others in (
        (h, [o.strip() for o in r.split(",") if o.strip()])
        for h, r in (
            (line.split(":", 1)[0].strip(), line.split(":", 1)[1])
            for line in resources.files("factcheck.lexicons")
            .joinpath("paraphrases.txt")
            .read_text("utf-8")
            .splitlines()
            if ":" in line.split("#", 1)[0]
        )
    )
    for other in others
]


@pytest.mark.parametrize(("head", "other"), PARAPHRASES)
def test_a_paraphrase_reads_as_the_word_it_paraphrases(head: str, other: str) -> None:
    terms = [t.term for t in tokenize(other, AliasTable()) if t.kind in ("word", "entity")]
    assert terms == [stem(head)]


@pytest.mark.parametrize("word", sorted(words("evaluative") | words("reactions")))
def test_an_evaluative_word_is_one_plain_word(word: str) -> None:
    # matched as written, not by its stem: 'productive' is not 'production'
    assert word.isalpha() and word == word.lower()


@pytest.mark.parametrize("word", sorted(words("reactions")))
def test_a_reaction_is_not_also_a_verdict(word: str) -> None:
    # a reaction may be told in other words; a verdict must be told (stance.py)
    assert word not in words("evaluative")


UNITS = [(head, other) for head, others in entries("units") for other in others]


@pytest.mark.parametrize(("head", "other"), UNITS)
def test_a_unit_written_another_way_is_the_same_unit(head: str, other: str) -> None:
    canonical = synonyms("units")[stem(head)]
    text = f"{other}12 was paid" if other in "$€£¥₹₽₺₦₱" else f"They counted 12 {other} in all."
    (quantity,) = extract_values(normalise(text), text).quantities
    assert quantity.unit == canonical, text


NEGATIONS = [
    entry.strip()
    for line in resources.files("factcheck.lexicons")
    .joinpath("negations.txt")
    .read_text("utf-8")
    .splitlines()
    for entry in line.split("#", 1)[0].split(",")
    if entry.strip()
]


@pytest.mark.parametrize("cue", NEGATIONS)
def test_a_negation_cue_negates_what_follows(cue: str) -> None:
    text = f"Officials {cue} approve the merger plan."
    tokens = tokenize(text, AliasTable())
    assert any(t.kind == "negation" for t in tokens), cue
    assert stem("merger") in negated_terms(tokens, text)


OPPOSITES = [(head, other) for head, others in entries("opposites") for other in others]


@pytest.mark.parametrize(("head", "other"), OPPOSITES)
def test_opposites_go_both_ways(head: str, other: str) -> None:
    table = opposites()
    assert stem(other) in table[stem(head)] and stem(head) in table[stem(other)]


CONVERSES = [(head, other) for head, others in entries("converses") for other in others]


@pytest.mark.parametrize(("head", "other"), CONVERSES)
def test_the_other_side_of_a_deal_by_the_same_party_contradicts(
    wire_stance, head: str, other: str
) -> None:
    """Each pair, both ways: the claim's party doing the other side of the deal says the
    opposite; doing the claim's own side says it."""
    for said, claimed in ((head, other), (other, head)):
        done, claimed_done = _past(said), _past(claimed)
        doc = f"ARDEN, 9 May 2025 - Kestrel Group {done} 40 trucks to Varlow Haulage on Friday.\n"
        claim = f"Kestrel Group {claimed_done} 40 trucks on Friday."
        assert wire_stance(doc, claim) == "contradicts", (said, claimed)
        assert wire_stance(doc, f"Kestrel Group {done} 40 trucks on Friday.") == "supports"


def _past(verb: str) -> str:
    return {"buy": "bought", "sell": "sold", "lend": "lent", "borrow": "borrowed"}[verb]


COUNTERPARTS = [(head, other) for head, others in entries("counterparts") for other in others]


@pytest.mark.parametrize(("head", "other"), COUNTERPARTS)
def test_a_counterpart_tells_another_figure(wire_stance, head: str, other: str) -> None:
    """Each pair, both ways: the figure of one is no figure of the other."""
    for said, claimed in ((head, other), (other, head)):
        doc = f"KORVATH, October 9, 2025 - The {said} figure rose 8 per cent in September.\n"
        claim = f"The {claimed} figure rose 8 per cent in September 2025."
        assert wire_stance(doc, claim) == "silent", (said, claimed)
    doc = f"KORVATH, October 9, 2025 - The {head} figure rose 8 per cent in September.\n"
    assert wire_stance(doc, f"The {head} figure rose 8 per cent in September 2025.") == ("supports")


@pytest.mark.parametrize("word", sorted(words("subgroups")))
def test_a_subgroup_narrows_a_figure_to_a_part(wire_stance, word: str) -> None:
    """The whole's figure says nothing of the part's; the part's own figure backs it."""
    told = (
        "unemployment in Carthmore fell to 5.2 per cent in the second quarter from 5.6 per"
        " cent in the first"
    )
    claim = f"{word.capitalize()} {told}."
    whole = f"CARTH, July 4, 2025 - {told.capitalize()}, the statistics office said.\n"
    assert wire_stance(whole, claim) == "silent"
    part = f"CARTH, July 4, 2025 - {word.capitalize()} {told}, the statistics office said.\n"
    assert wire_stance(part, claim) == "supports"


@pytest.mark.parametrize("word", sorted(words("superlatives")))
def test_a_superlative_ranks_after_a_determiner_only(word: str) -> None:
    from factcheck.qualifiers import rankings

    ranked = f"It was the {word} storm on the coast."
    loose = f"Storms {word} came to the coast."
    # the marker is the word's term: 'biggest' ranks as 'largest' (lexicons/paraphrases)
    tokens = tokenize(ranked, AliasTable())
    term = next(t.term for t in tokens if t.word == word)
    assert [r.marker for r in rankings(ranked, tokens)] == [term]
    assert rankings(loose, tokenize(loose, AliasTable())) == []


@pytest.mark.parametrize("word", sorted(words("unbounded")))
def test_an_unbounded_word_does_not_narrow_a_ranking(word: str) -> None:
    from factcheck.qualifiers import rankings, unmatched_ranking

    claim = "It was the largest storm."
    found = f"It was the largest storm {word}."
    claimed = rankings(claim, tokenize(claim, AliasTable()))
    tokens = tokenize(found, AliasTable())
    terms = frozenset(t.term for t in tokens)
    claim_terms = frozenset(t.term for t in tokenize(claim, AliasTable()))
    assert unmatched_ranking(claimed, claim_terms, rankings(found, tokens), terms) == ""


def words_of(lexicon: str) -> set[str]:
    return {form for _, forms in entries(lexicon) for form in forms}


IRREGULAR = [
    (head, form)
    for lexicon in ("irregular", "variants")
    for head, forms in entries(lexicon)
    for form in forms
]


@pytest.mark.parametrize(("base", "form"), IRREGULAR)
def test_an_irregular_form_reads_as_its_base(base: str, form: str) -> None:
    assert stem(form) == stem(base) or stem(form) == base


@pytest.mark.parametrize(("base", "form"), [e for e in IRREGULAR if e[1] in words_of("variants")])
def test_a_plural_or_a_noun_is_no_past_form(base: str, form: str) -> None:
    from factcheck.values import is_past_form

    assert not is_past_form(form)


@pytest.mark.parametrize(("head", "form"), [(h, f) for h, forms in entries("apart") for f in forms])
def test_a_word_kept_apart_reads_as_its_head(head: str, form: str) -> None:
    assert stem(form) == head


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("authority", "author"),
        ("instalments", "installed"),
        ("important", "imports"),
        ("executive", "execution"),
        ("customers", "customs"),
        ("officer", "office"),
        ("securities", "security"),
        ("author", "authorised"),  # 'authorise' is a paraphrase of 'approve'
        # hedges are not their adjectives, and a paraphrase must not reach through them
        ("quite", "quit"),  # 'quit' is a paraphrase of 'resign'
        ("nearly", "near"),
        ("mostly", "most"),
        ("according", "accord"),  # 'accord' is a paraphrase of 'agreement'
        ("department", "depart"),  # 'depart' of 'leave'
        ("several", "severed"),  # 'sever' of 'block'
        ("aides", "aid"),  # 'aid' of 'help'
        ("relatives", "relations"),
        ("stored", "store"),  # 'store' of 'shop'
        ("majority", "major"),
        ("medical", "medicine"),
        ("back", "backed"),  # 'back' is an adverb unless it backs something (terms)
    ],
)
def test_words_of_other_senses_the_stemmer_joins_are_kept_apart(one: str, other: str) -> None:
    assert stem(one) != stem(other)


@pytest.mark.parametrize("word", sorted(words("light")))
def test_a_light_word_weighs_less_than_an_ordinary_word(word: str) -> None:
    from factcheck.features import claim_features
    from factcheck.model import Claim
    from factcheck.thresholds import THRESHOLDS

    claim = Claim(id="c", text=f"The harbour {word} grew.", topic=None, attributions=())
    factors = claim_features(claim, AliasTable()).factors
    assert factors[stem(word)] == THRESHOLDS.light_factor < factors[stem("harbour")]


COUNTRY_LINES = [
    line.split("#", 1)[0].strip()
    for line in resources.files("factcheck.lexicons")
    .joinpath("countries.txt")
    .read_text("utf-8")
    .splitlines()
    if line.split("#", 1)[0].strip()
]


@pytest.mark.parametrize("name", COUNTRY_LINES)
def test_a_country_is_read_as_a_country(name: str) -> None:
    from factcheck.stance import _is_country
    from factcheck.values import find_places

    text = f"The talks were held in {name} on Monday."
    places = find_places(tokenize(text, AliasTable()), text)
    assert any(_is_country(place) for place in places), [p.text for p in places]


@pytest.mark.parametrize(
    ("term", "opposite"),
    [("unarmed", "armed"), ("unchanged", "changed"), ("unmanned", "manned")],
)
def test_a_negating_un_makes_an_opposite(term: str, opposite: str) -> None:
    from factcheck.lexicon import opposite_terms

    assert stem(opposite) in opposite_terms(stem(term))


@pytest.mark.parametrize("word", ["under", "union", "unit", "university", "unless", "until"])
def test_a_word_that_only_starts_with_un_has_no_opposite_by_it(word: str) -> None:
    from factcheck.lexicon import opposite_terms

    assert not opposite_terms(stem(word))


@pytest.mark.parametrize("word", sorted(words("people")))
def test_a_noun_for_people_is_counted_as_a_kind_of_people(word: str) -> None:
    from factcheck.values import compare_quantities, extract_values

    (counted,) = extract_values(normalise(f"12 {word}"), f"12 {word}").quantities
    (men,) = extract_values(normalise("12 men"), "12 men").quantities
    assert compare_quantities(counted, men) == "match"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a wildfire and a kettle fire are blazes, not sackings: 'fire' has two senses,
        # so it is no paraphrase of 'dismiss' ('sack' is)
        ("the fire", "dismiss"),
        ("fires", "dismissed"),
    ],
)
def test_a_word_of_two_senses_is_no_paraphrase(one: str, other: str) -> None:
    def terms(text: str) -> set[str]:
        return {t.term for t in tokenize(text, AliasTable()) if t.kind in ("word", "entity")}

    assert not terms(one) & terms(other)


@pytest.mark.parametrize("kind", sorted(words("place_kinds")))
def test_a_place_kind_after_a_name_is_part_of_the_name(kind: str) -> None:
    from factcheck.features import claim_features
    from factcheck.model import Claim
    from factcheck.stance import place_kind_terms

    claim = Claim(
        id="c", text=f"Most of the arrests were in Millbrook {kind}.", topic=None, attributions=()
    )
    features = claim_features(claim, AliasTable())
    assert stem(kind) in place_kind_terms(features.tokens, features.name_groups)


@pytest.mark.parametrize("word", sorted(words("not_manner")))
def test_a_word_of_no_manner_ends_as_a_manner_would(word: str) -> None:
    # the list sets apart -ly words; any other entry would be dead weight
    assert word.endswith("ly") and word.isalpha()


def test_a_move_is_sharp_or_slight_never_both() -> None:
    sharp, slight = words("pace_sharp"), words("pace_slight")
    assert sharp and slight and not sharp & slight


@pytest.mark.parametrize("word", sorted(words("framing_verbs")))
def test_a_framing_verb_is_one_plain_word_not_also_a_verdict(word: str) -> None:
    assert word.isalpha() and word.islower()
    assert word not in words("evaluative") | words("reactions")


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        ("HALDEN, May 4, 2025 - Rovers' skipper Dan Ferris was sent off in extra time of the"
         " cup final on Saturday.\n",
         "Rovers' captain Dan Ferris was sent off in the cup final."),
        ("BRENMOOR, June 3, 2025 - Staff nurse Ana Pell gave evidence at the inquest into the"
         " death of Tom Hale on Monday.\n",
         "Staff nurse Ana Pell testified at the inquest into the death of Tom Hale."),
        ("PORT ELVA, March 3, 2026 - The ministry said on Monday it would do away with the"
         " fishing licence fee from April.\n",
         "The ministry will abolish the fishing licence fee from April 2026."),
    ],
)  # fmt: skip
def test_a_paraphrase_carries_a_claim_told_in_other_words(
    wire_stance, doc: str, claim: str
) -> None:
    assert wire_stance(doc, claim) == "supports"
