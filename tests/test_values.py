"""Values: counts tied to what they count, dates read against the publication date, negation."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
from dateutil import parser as dateutil_parser
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.dates import MONTHS, DateMention, anchored, parse_date
from factcheck.normalise import normalise
from factcheck.qualifiers import runs, times
from factcheck.terms import AliasTable, stem, tokenize
from factcheck.value_notes import event_told, note_values
from factcheck.values import (
    SCORE,
    Quantity,
    Values,
    compare,
    compare_quantities,
    extract_values,
    find_places,
    negated_terms,
)

PUBLISHED = dt.date(2024, 9, 27)


def values(text: str) -> Values:
    return extract_values(normalise(text), text)


def quantity(text: str) -> Quantity:
    (found,) = values(text).quantities
    return found


def date(text: str) -> DateMention:
    (found,) = values(text).dates
    return found


# --- counts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The council held 27 meetings.", 27),
        ("The council held twenty-seven meetings.", 27),
        ("The council held twenty seven meetings.", 27),
        ("They ran fifty activities.", 50),
        ("They ran two hundred activities.", 200),
        ("They ran 1,200 activities.", 1200),
    ],
)
def test_numbers_in_digits_and_words(text: str, number: int) -> None:
    found = quantity(text)
    assert found.low == found.high == number


def test_the_counted_thing_is_the_unit_noun() -> None:
    assert quantity("27 meetings").unit == quantity("27 meeting").unit
    assert (
        quantity("nearly 50 bilateral and multilateral activities").unit
        == quantity("48 activities").unit
    )


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a raid and a strike: a word before an irregular plural describes, the plural
        # is counted ('men' is no verb that would end the counted phrase)
        ("Four masked men raided the shop.", "Four men took part."),
        ("Three striking women were arrested.", "Three women were arrested."),
    ],
)
def test_an_irregular_plural_after_a_describing_word_is_counted(text: str, plain: str) -> None:
    assert quantity(text).unit == quantity(plain).unit


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # closures, a recall and a derailment: 'N of the (owner's) M things' counts things
        ("The council closed three of its 12 schools.", "three schools"),
        ("About 190,000 of the recalled kettles were sold.", "190,000 kettles"),
        ("Two of the train's four carriages left the track.", "two carriages"),
        ("The Greens won 14 of Kingston's 48 council seats.", "14 seats"),
    ],
)
def test_a_count_of_the_things_that_follow_counts_them(text: str, plain: str) -> None:
    assert values(text).quantities[0].unit == quantity(plain).unit


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a recall and a trade fair: a list of places after 'in' names each of them
        ("It was sold in Varnland, Essmark and Tollria.", ["Varnland", "Essmark", "Tollria"]),
        ("The fair moves between Lyon and Marseille, and opens in Lyon and Nice.",
         ["Lyon", "Nice"]),
        # a getaway van and a flood: 'the village of' says what kind of place it is
        ("The van was found on a farm track near the village of Ashcombe.", ["Ashcombe"]),
        ("Water reached homes in the town of Corrindale on Sunday.", ["Corrindale"]),
        # a drought and a flood: 'the' may open each name of the list, and 'across' places
        ("Restrictions apply in 14 municipalities across the Alentejo and the Algarve.",
         ["Alentejo", "Algarve"]),
        ("About 300 homes were flooded in Riverside and the Old Town.",
         ["Riverside", "Old Town"]),
    ],
)  # fmt: skip
def test_a_list_of_places_names_each(text: str, named: list[str]) -> None:
    from factcheck.values import find_places

    found = find_places(tokenize(text, AliasTable({})), text)
    assert [p.text for p in found] == named


def test_nearly_50_is_a_range_up_to_50() -> None:
    nearly = quantity("nearly 50 activities")
    assert nearly.low < 48 <= nearly.high
    assert nearly.high == 50
    assert compare(quantity("48 activities"), nearly, None) == "match"
    assert compare(quantity("27 activities"), nearly, None) == "conflict"
    assert compare(quantity("55 activities"), nearly, None) == "conflict"


def test_more_than_60_excludes_50() -> None:
    assert compare(quantity("50 activities"), quantity("more than 60 activities"), None) == (
        "conflict"
    )
    assert compare(quantity("65 activities"), quantity("more than 60 activities"), None) == "match"


def test_dozens_is_compatible_with_27_but_not_200() -> None:
    dozens = quantity("dozens of meetings")
    assert dozens.precision == "vague"
    assert compare(dozens, quantity("27 meetings"), None) == "match"
    assert compare(quantity("27 meetings"), dozens, None) == "match"
    assert compare(dozens, quantity("200 meetings"), None) == "conflict"


def test_counts_of_different_things_are_unrelated() -> None:
    assert compare(quantity("27 meetings"), quantity("nearly 50 activities"), None) == "unrelated"
    assert compare(quantity("27 meetings"), quantity("50 meetings"), None) == "conflict"


def test_a_naming_ordinal_is_not_a_count() -> None:
    found = values("Delegates met at the 13th Party Congress.")
    assert found.quantities == ()
    assert found.dates == ()


def test_a_vague_quantity_is_not_a_specific_value() -> None:
    # A claim of "dozens of meetings" is not a figure a source must repeat to support it.
    assert values("They held dozens of meetings.").specific == ()
    assert len(values("They held 27 meetings.").specific) == 1


# --- dates ----------------------------------------------------------------------------


def test_month_and_day_take_the_year_of_publication() -> None:
    day = dt.date(2024, 9, 25)
    assert date("on September 25").resolve(PUBLISHED) == (day, day)
    assert date("on 25 September").resolve(PUBLISHED) == (day, day)


def test_same_day_written_two_ways_matches() -> None:
    assert compare(date("on 25 September 2024"), date("on September 25"), PUBLISHED) == "match"
    assert compare(date("on 24 September 2024"), date("on September 25"), PUBLISHED) == "conflict"


def test_date_range() -> None:
    span = date("from September 22 to 25")
    assert span.resolve(PUBLISHED) == (dt.date(2024, 9, 22), dt.date(2024, 9, 25))
    # the dates of a whole trip do not date one event within it, nor deny it
    assert compare(date("on September 23, 2024"), span, PUBLISHED) == "vaguer"
    assert compare(date("on September 28, 2024"), span, PUBLISHED) == "conflict"


@pytest.mark.parametrize(
    ("text", "year"), [("next year", 2025), ("last year", 2023), ("this year", 2024)]
)
def test_relative_years(text: str, year: int) -> None:
    assert date(text).resolve(PUBLISHED) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


def test_next_year_against_a_claimed_year() -> None:
    assert compare(date("in 2025"), date("next year"), PUBLISHED) == "match"
    assert compare(date("in 2026"), date("next year"), PUBLISHED) == "conflict"


def test_nearly_30_years_ago() -> None:
    first, last = date("nearly 30 years ago").resolve(PUBLISHED) or (None, None)
    assert first is not None and last is not None
    assert first.year <= 1994 <= last.year
    assert last.year < 2024
    assert compare(date("in 1995"), date("nearly 30 years ago"), PUBLISHED) == "match"
    assert compare(date("in 1980"), date("nearly 30 years ago"), PUBLISHED) == "conflict"


@pytest.mark.parametrize(
    ("text", "claimed", "other"),
    [
        # a coalition deal and a court ruling, days counted back from publication
        ("The coalition deal, signed two days ago, ...", "on 25 September 2024", "on 24 September"),
        ("The court dismissed the appeal exactly a week ago.", "on 20 September 2024",
         "on 21 September 2024"),
        # a council vote and a strike ballot: a fortnight is fourteen days
        ("The council voted a fortnight ago to close the pool.", "on 13 September 2024",
         "on 20 September 2024"),
        ("The mayor resigned a fortnight ago.", "on 13 September 2024", "on 14 September 2024"),
    ],
)  # fmt: skip
def test_days_and_weeks_ago_count_back_from_publication(
    text: str, claimed: str, other: str
) -> None:
    assert compare(date(claimed), date(text), PUBLISHED) == "match"
    assert compare(date(other), date(text), PUBLISHED) == "conflict"


def test_weeks_ago_is_roughly_told() -> None:
    first, last = date("The plant closed seven weeks ago.").resolve(PUBLISHED) or (None, None)
    assert first == dt.date(2024, 8, 6) and last == dt.date(2024, 8, 12)


@pytest.mark.parametrize(
    ("claimed", "found", "result"),
    [
        # a jewel raid's haul and a flood's damage bill: two estimates agree only when
        # each falls within the other's margin, not when their margins merely touch
        ("about 2.4 million euros", "an estimated 1.8 million euros", "conflict"),
        ("roughly £40 million of damage", "some £42 million of damage", "match"),
        ("about 30 homes", "around 36 homes", "conflict"),
        # a bound or a range is still read as the span it gives
        ("about 5 million euros", "3 to 5 million euros", "match"),
        ("nearly 50 homes", "about 44 homes", "match"),
    ],
)  # fmt: skip
def test_two_estimates_agree_within_each_others_margin(
    claimed: str, found: str, result: str
) -> None:
    assert compare(quantity(claimed), quantity(found), PUBLISHED) == result


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a police briefing and a company call, figures spoken with a scale
        ("an initial estimate of one point eight million euros", 1.8e6, "euro"),
        ("revenue of two point four billion dollars", 2.4e9, "dollar"),
        # a possessive unit: 'euros' worth' counts euros
        ("more than three million euros' worth of watches", 3e6, "euro"),
        ("two hundred pounds' worth of tools", 200.0, "pound"),
    ],
)  # fmt: skip
def test_spoken_and_possessive_figures(text: str, value: float, unit: str) -> None:
    (found,) = values(text).quantities
    assert found.unit == unit
    assert found.low == pytest.approx(value) or found.low == pytest.approx(value, rel=1e-6)


@pytest.mark.parametrize(
    ("claimed", "found", "result"),
    [
        # a kettle recall and a flood: 'about' hedges a figure to the digits it is told in
        ("about 412,000 kettles", "465,000 kettles", "conflict"),
        ("about 412,000 kettles", "410,000 kettles", "match"),
        ("about 2,350 homes", "2,600 homes", "conflict"),
        ("about 30 homes", "34 homes", "match"),
        ("about 180,000 customers", "181,000 customers", "match"),
        # a potato harvest and a flu season: two digits told are told to within 5 %
        ("about 650,000 tonnes", "610,000 tonnes", "conflict"),
        ("about 650,000 tonnes", "640,000 tonnes", "match"),
        ("about 1,300 flu patients", "1,340 flu patients", "match"),
        ("about 1,300 flu patients", "1,180 flu patients", "conflict"),
    ],
)  # fmt: skip
def test_a_hedge_narrows_with_the_digits_written(claimed: str, found: str, result: str) -> None:
    assert compare(quantity(claimed), quantity(found), PUBLISHED) == result


@pytest.mark.parametrize(
    ("claimed", "found", "result"),
    [
        # a kettle recall and a housing block: 'units' count whatever the story counts,
        # so they back the figure but never contradict another
        ("412,000 kettles", "four hundred and twelve thousand units", "match"),
        ("412,000 kettles", "53,000 units", "unrelated"),
        ("240 flats", "240 units", "match"),
        ("240 flats", "€240 million", "unrelated"),
    ],
)  # fmt: skip
def test_units_count_what_the_claim_counts(claimed: str, found: str, result: str) -> None:
    assert compare(quantity(claimed), quantity(found), PUBLISHED) == result


@pytest.mark.parametrize(
    ("claimed", "found", "result"),
    [
        # a wind farm and a power station: power and energy in one measure
        ("a capacity of 1,200 megawatts", "the 1.2 gigawatt project", "match"),
        ("a capacity of 1,200 megawatts", "the 1.5 gigawatt project", "conflict"),
        ("a 900 kilowatt turbine", "a 0.9 megawatt turbine", "match"),
        ("produced 3.5 terawatt-hours", "produced 3,500 gigawatt-hours", "match"),
        # a hospital wait and a network outage: a span told in two parts is one span
        ("a wait of 220 minutes", "a wait of 3 hours 40 minutes", "match"),
        ("a wait of 200 minutes", "a wait of 3 hours 40 minutes", "conflict"),
        ("an outage of 135 minutes", "an outage of 2 hours and 15 minutes", "match"),
        ("a strike of 3.5 years", "a strike of three years and a half", "match"),
        # a church leader and a port strike: 'more than a decade', 'nearly a week'
        ("led it for 11 years", "led it for more than a decade", "match"),
        ("lasted 9 days", "lasted more than a week", "match"),
        # a driving ban and a building contract: months run together even out, so 26 of
        # them are no two years, though one month may be four weeks
        ("banned for two years", "banned for 24 months", "match"),
        ("banned for two years", "banned for 26 months", "unrelated"),
        ("a contract of 18 months", "a contract of a year and a half", "match"),
        ("a contract of one month", "a contract of four weeks", "match"),
        ("a contract of three months", "a contract of 90 days", "match"),
    ],
)  # fmt: skip
def test_measures_and_spans_written_other_ways(claimed: str, found: str, result: str) -> None:
    assert compare(quantity(claimed), quantity(found), PUBLISHED) == result


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # a metro line and an airport: a number that names one of a kind counts nothing
        ("The Keldmouth metro's Line 4 opens on Saturday.", []),
        ("Flights from Terminal 2 resumed at 6am with 40 departures.", ["40 departures"]),
        # ... a count after a name is still a count
        ("The regulator fined Zesto 2 million crowns.", ["2 million crowns"]),
        ("The new line is 4 km long.", ["4 km"]),
    ],
)
def test_a_number_that_names_counts_nothing(text: str, counted: list[str]) -> None:
    assert [q.text for q in values(text).quantities] == counted


def test_an_hour_and_a_half_is_no_share() -> None:
    # a ferry delay and a concert: 'a half' after 'and' halves the span before it
    assert all(
        q.unit != "percent" for q in values("The ferry left an hour and a half late.").quantities
    )
    assert all(q.unit != "percent" for q in values("They played two hours and a half.").quantities)


@pytest.mark.parametrize(
    ("claimed", "found", "result"),
    [
        # a mine collapse and a ferry grounding: 'men' and 'people' count any kind of
        # people, backing the figure but never contradicting one
        ("Twenty-three miners", "23 men", "match"),
        ("Twenty-three miners", "21 men", "unrelated"),
        ("312 passengers", "312 people", "match"),
        ("312 passengers", "312 tonnes", "unrelated"),
        # a drug trial and a chess tournament: 'participants' are whoever took part
        ("61 patients", "61 participants", "match"),
        ("61 patients", "58 participants", "unrelated"),
        ("340 players", "340 participants", "match"),
    ],
)  # fmt: skip
def test_people_count_any_kind_of_people(claimed: str, found: str, result: str) -> None:
    assert compare(quantity(claimed), quantity(found), PUBLISHED) == result


def test_different_years_conflict() -> None:
    assert compare(date("since 1975"), date("since 1977"), PUBLISHED) == "conflict"
    assert compare(date("since 1977"), date("in 1977"), PUBLISHED) == "match"


def test_a_year_does_not_contradict_a_day_within_it() -> None:
    assert compare(date("on 25 September 2024"), date("in 2024"), PUBLISHED) != "conflict"


@pytest.mark.parametrize(
    ("claimed", "found", "result"),
    [
        # a festival and a strike: spans of days that overlap but differ conflict
        ("from 3 to 6 May 2024", "from 4 to 7 May 2024", "conflict"),
        ("on 14 and 16 February 2024", "from 15 to 17 February 2024", "conflict"),
        # a span holding the other's days tells less, neither more nor otherwise
        ("on 14 and 16 February 2024", "on 14 and 15 February 2024", "vaguer"),
        ("on 5 May 2024", "from 4 to 7 May 2024", "vaguer"),
        ("from 4 to 7 May 2024", "on 5 May 2024", "vaguer"),
        ("from 4 to 7 May 2024", "from 4 to 7 May 2024", "match"),
    ],
)
def test_spans_of_days(claimed: str, found: str, result: str) -> None:
    assert compare(date(f"They met {claimed}."), date(f"They met {found}."), PUBLISHED) == result


def test_a_count_and_a_date_are_not_compared() -> None:
    assert compare(quantity("27 meetings"), date("in 2024"), PUBLISHED) == "unrelated"


def test_a_percentage_is_not_a_year() -> None:
    assert values("Exports rose by 2024 percent.").dates == ()


# --- negation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["The council did not approve the plan.", "The council didn't approve the plan."]
)
def test_negated_terms(text: str) -> None:
    assert stem("approve") in negated_terms(tokenize(text, AliasTable()))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a grain story and a rail story: 'despite' and 'because' open another clause
        ("Nordvaal has not restricted exports despite a smaller harvest.", "harvest"),
        ("The line did not reopen because engineers found cracks.", "engineers"),
    ],
)
def test_a_negation_stops_at_despite_and_because(text: str, kept: str) -> None:
    tokens = tokenize(text, AliasTable())
    assert stem(kept) not in negated_terms(tokens, text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # an emergency landing and a factory fire: denied of some, told of others after
        # 'but', the fate is not denied by the sentence
        ("None of the passengers was hurt, but two cabin crew were treated for minor"
         " injuries.", "injuries"),
        ("No workers were killed, although the fire killed a security guard.", "killed"),
    ],
)  # fmt: skip
def test_a_fate_told_after_but_is_not_denied(text: str, told: str) -> None:
    assert stem(told) not in negated_terms(tokenize(text, AliasTable()), text)


@pytest.mark.parametrize(
    ("text", "negated", "kept"),
    [
        # an art theft and a mine rescue: 'yet' after 'has' is the adverb, not 'but'
        ("None of the paintings has yet been recovered.", "recovered", ""),
        ("No survivors have yet been found in the lower gallery.", "found", ""),
        # 'yet' as 'but' still opens another clause
        ("The gallery was not insured yet it reopened.", "insured", "reopened"),
    ],
)
def test_yet_after_an_auxiliary_stays_in_the_clause(text: str, negated: str, kept: str) -> None:
    found = negated_terms(tokenize(text, AliasTable()), text)
    assert stem(negated) in found
    assert not kept or stem(kept) not in found


@pytest.mark.parametrize(
    ("text", "negated", "kept"),
    [
        # an outbreak and a factory fire: the setting of a denial is not denied
        ("No one has died in the measles outbreak.", "died", "outbreak"),
        ("Nobody was hurt during the blaze at the plant.", "hurt", "blaze"),
        ("The union did not strike after the ballot.", "strike", "ballot"),
        # a preposition right after the cue is what it denies
        ("The minister was not in Paris.", "paris", ""),
    ],
)
def test_a_negation_stops_at_the_setting(text: str, negated: str, kept: str) -> None:
    found = negated_terms(tokenize(text, AliasTable()), text)
    assert stem(negated) in found
    assert not kept or stem(kept) not in found


@pytest.mark.parametrize(
    ("text", "negated", "kept"),
    [
        # a library service and a takeover: calling off a plan denies what was planned
        ("The council has scrapped plans to close seven libraries.", "close", ""),
        ("Meridian dropped its bid to buy Halvard Lines.", "buy", ""),
        ("The board shelved a proposal to cut 400 jobs.", "jobs", ""),
        # ... and told after it: a maternity unit, bus fares, a bypass, a depot
        ("Plans to close the maternity unit at St Anne's were shelved in March.", "close", ""),
        ("A proposal to raise bus fares by 5%, which the mayor had backed, has been quietly"
         " dropped.", "fares", ""),
        ("A plan to close the depot, which was drawn up in 2019, was shelved.", "depot", ""),
        ("A plan to build a bypass was put to the council, which backed it.", "", "bypass"),
        ("A plan to build a bypass was drawn up. The old road was dropped from the map.", "",
         "bypass"),
        ("A plan to close the depot was approved and the old timetable was dropped.", "",
         "depot"),
        # ... but calling off a thing is no negation of anything
        ("The council scrapped the old timetable and closed the depot.", "", "closed"),
    ],
)  # fmt: skip
def test_calling_off_a_plan_negates_it(text: str, negated: str, kept: str) -> None:
    found = negated_terms(tokenize(text, AliasTable()), text)
    assert not negated or stem(negated) in found
    assert not kept or stem(kept) not in found


def test_no_negation_no_negated_terms() -> None:
    assert negated_terms(tokenize("The council approved the plan.", AliasTable())) == set()


@pytest.mark.parametrize("published", [dt.date(9999, 12, 31), dt.date(1, 1, 1)])
@pytest.mark.parametrize(
    "text", ["They meet next year.", "They met last year.", "They met on December 30.",
             "It began 30 years ago.", "They met on January 2."]
)  # fmt: skip
def test_a_date_off_the_calendar_is_no_error(published: dt.date, text: str) -> None:
    """CMS placeholders (9999-12-31, 0001-01-01) as publication dates: a date that would
    fall off the calendar resolves to nothing, so it neither supports nor contradicts."""
    mention = date(text)
    days = mention.resolve(published)
    assert days is None or days[0] <= days[1]
    assert compare(mention, mention, published) in ("match", "unrelated")


def test_next_year_from_the_last_day_of_the_calendar_is_nothing() -> None:
    assert date("They meet next year.").resolve(dt.date(9999, 12, 31)) is None
    assert date("They met last year.").resolve(dt.date(1, 1, 1)) is None


# --- figures as newsrooms write them (two stories: a takeover and a flood) --------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        # a takeover
        ("The board accepted a €3bn offer.", 3e9, 3e9, "euro"),
        ("Rivals had bid $2.5bn earlier.", 2.5e9, 2.5e9, "dollar"),
        ("The fine was £40m.", 40e6, 40e6, "pound"),
        ("The deal is worth 1.2 trillion yen.", 1.2e12, 1.2e12, "yen"),
        ("The deal is worth 1,200 billion yen.", 1.2e12, 1.2e12, "yen"),
        ("Shares rose 45 per cent.", 45, 45, "percent"),
        ("Shares rose forty-five per cent.", 45, 45, "percent"),
        ("Growth was seven point five percent.", 7.5, 7.5, "percent"),
        ("Two-thirds of shareholders approved.", 200 / 3 - 1, 200 / 3 + 1, "percent"),
        ("Nine in ten staff kept their jobs.", 89, 91, "percent"),
        # a flood
        ("One hundred and twenty people were rescued.", 120, 120, "peopl"),
        ("Two and a half million people lost power.", 2.5e6, 2.5e6, "peopl"),
        ("Half a million people were evacuated.", 5e5, 5e5, "peopl"),
        ("A million people were evacuated.", 1e6, 1e6, "peopl"),
        ("Between 30 and 40 people are missing.", 30, 40, "peopl"),
        ("From 3 to 5 million people live there.", 3e6, 5e6, "peopl"),
        ("Crews cleared 1,000-2,000 homes.", 1000, 2000, "home"),
        ("A dozen officers were hurt.", 11, 13, "officer"),
        # an earthquake, a mine: a magnitude measures; the verb after a noun is no unit
        ("A magnitude 5.4 aftershock struck the valley.", 5.4, 5.4, "magnitud"),
        ("It was an aftershock of magnitude five point four.", 5.4, 5.4, "magnitud"),
        ("The earthquake had a magnitude of 6.8.", 6.8, 6.8, "magnitud"),
        ("The magnitude-7.0 earthquake struck at night.", 7.0, 7.0, "magnitud"),
        ("A 6.8-magnitude quake hit the coast.", 6.8, 6.8, "magnitud"),
        # a grain deal, a pension scheme: 'over' a span of time is the span
        ("Deliveries are spread over three years.", 3, 3, "year"),
        ("The pension is paid over 20 years.", 20, 20, "year"),
        ("Thirty miners trapped underground were freed.", 30, 30, "miner"),
        ("A 4.1 tremor shook the town.", 4.1, 4.1, "quak"),
        # a football riot and a ferry rescue: a collective before a plural noun
        ("Fourteen police officers were hurt.", 14, 14, "officer"),
        ("Twelve crew members were rescued.", 12, 12, "crew"),
        ("Forty police raided the flats.", 40, 40, "polic"),
        # an outbreak and a flood: 'the number of X ... to N' counts X
        ("The number of infected pupils has since risen to nine.", 9, 9, "pupil"),
        ("The number of evacuated households reached 1,200 on Friday.", 1200, 1200, "household"),
        # a coach crash and a school closure: 'half a dozen' is six, told loosely
        ("Half a dozen people needed treatment.", 5, 7, "peopl"),
        ("Half a dozen schools closed.", 5, 7, "school"),
        # a drug seizure and a coastal walk: half a measure, and one of it
        ("They seized half a tonne of cocaine.", 0.5, 0.5, "tonn"),
        ("They seized more than half a tonne of cocaine.", 0.5, float("inf"), "tonn"),
        ("The path runs half a mile along the cliff.", 0.5, 0.5, "mile"),
        ("The village is a kilometre from the coast.", 1, 1, "kilometr"),
        ("The talks lasted half an hour.", 0.5, 0.5, "hour"),
        # South Asian scales: a flood's evacuees, a state budget, a compensation award
        ("Some 3 lakh people were evacuated.", 255_000, 345_000, "peopl"),
        ("The state set aside Rs 500 crore for relief.", 5e9, 5e9, "rupe"),
        ("The court awarded Rs 40 lakh to the family.", 4e6, 4e6, "rupe"),
    ],
)
def test_figures_as_newsrooms_write_them(text: str, low: float, high: float, unit: str) -> None:
    found = quantity(text)
    assert (found.low, found.high, found.unit) == pytest.approx((low, high, unit))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # an outbreak and a poll: a verb after a figure is no counted noun
        ("Cases rose to 41, up from 38 reported at the briefing.", None),
        ("Support stood at 44, up from 41 recorded in May.", None),
        # ... but a participle before a noun describes it
        ("Officials counted 1,140 laboratory-confirmed influenza cases.", "case"),
        ("There were 38 confirmed cases.", "case"),
    ],
)
def test_a_verb_after_a_figure_counts_nothing(text: str, unit: str | None) -> None:
    *_, last = values(text).quantities
    assert last.unit == unit


@pytest.mark.parametrize(
    "text", ["The match finished 2-1 in a range of 1-3.", "He holed a 5m putt.",
             "She was one of the three."]
)  # fmt: skip
def test_not_a_count_of_anything(text: str) -> None:
    """(A result is a score, not a count: 'The score was 2-1' is read as one.)"""
    assert all(q.unit in (None, SCORE) for q in values(text).quantities)


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        ("Shares rose 45%.", "Shares rose 45 per cent.", "match"),
        ("Shares rose 54 percent.", "Shares rose 45 per cent.", "conflict"),
        ("Two-thirds of shareholders approved.", "67% of shareholders approved.", "match"),
        ("Two-thirds of shareholders approved.", "60% of shareholders approved.", "conflict"),
        ("The offer was worth €3bn.", "The offer was worth 3 billion euros.", "match"),
        ("The offer was worth €3bn.", "The offer was worth €3.5bn.", "conflict"),
        ("Half a million people were evacuated.", "500,000 people were evacuated.", "match"),
        ("35 people are missing.", "Between 30 and 40 people are missing.", "match"),
        ("50 people are missing.", "Between 30 and 40 people are missing.", "conflict"),
    ],
)
def test_the_same_figure_written_two_ways(claim: str, found: str, expected: str) -> None:
    assert compare(quantity(claim), quantity(found), None) == expected


# --- days relative to publication (a Thursday wire, a Monday press release) -------------

THURSDAY = dt.date(2024, 3, 14)
MONDAY = dt.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("The council voted on Tuesday.", THURSDAY, dt.date(2024, 3, 12)),
        ("The council voted on Thursday.", THURSDAY, THURSDAY),
        ("The council will vote on Monday.", THURSDAY, dt.date(2024, 3, 18)),
        ("The council votes next Tuesday.", THURSDAY, dt.date(2024, 3, 19)),
        ("The council voted last Friday.", THURSDAY, dt.date(2024, 3, 8)),
        ("The minister resigned yesterday.", THURSDAY, dt.date(2024, 3, 13)),
        ("Rescuers reached the village on Saturday.", MONDAY, dt.date(2025, 5, 31)),
        ("The dam is due to reopen on Wednesday.", MONDAY, dt.date(2025, 6, 4)),
        ("Talks resume tomorrow.", MONDAY, dt.date(2025, 6, 3)),
    ],
)
def test_a_day_relative_to_publication(text: str, published: dt.date, day: dt.date) -> None:
    assert date(text).resolve(published) == (day, day)


def test_a_named_day_with_its_date_is_read_once() -> None:
    found = values("The vote was held on Tuesday, 12 March.").dates
    assert [d.text for d in found] == ["12 March"]


def test_a_relative_day_supports_the_absolute_date_and_contradicts_another() -> None:
    assert compare(date("on 12 March 2024"), date("on Tuesday"), THURSDAY) == "match"
    assert compare(date("on 13 March 2024"), date("on Tuesday"), THURSDAY) == "conflict"
    assert compare(date("on 12 March 2024"), date("on Tuesday"), None) == "unrelated"


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # a pay dispute (a wire dated 14 October 2025) and a takeover (10 March 2025)
        ("Nurses will strike next month.", dt.date(2025, 10, 14), dt.date(2025, 11, 1),
         dt.date(2025, 11, 30)),
        ("Talks collapsed last month.", dt.date(2025, 10, 14), dt.date(2025, 9, 1),
         dt.date(2025, 9, 30)),
        ("Halvard rejected an approach in November.", dt.date(2025, 3, 10),
         dt.date(2024, 11, 1), dt.date(2024, 11, 30)),
        ("The offer stands until September.", dt.date(2025, 3, 10), dt.date(2025, 9, 1),
         dt.date(2025, 9, 30)),
        ("The rules apply from Tuesday next week.", dt.date(2025, 7, 7), dt.date(2025, 7, 15),
         dt.date(2025, 7, 15)),
        ("The main shock came at 11.47 last night.", dt.date(2025, 6, 10), dt.date(2025, 6, 9),
         dt.date(2025, 6, 9)),
        # a rail inquiry and a water ban: what is expected or takes effect lies ahead
        ("The final report is expected in March.", dt.date(2025, 9, 2), dt.date(2026, 3, 1),
         dt.date(2026, 3, 31)),
        ("The restrictions take effect in August.", dt.date(2025, 9, 2), dt.date(2026, 8, 1),
         dt.date(2026, 8, 31)),
        # a council tax rise and a timetable: what starts from a month starts ahead
        ("The council voted to raise council tax by 4.99% from April.", dt.date(2024, 1, 24),
         dt.date(2024, 4, 1), dt.date(2024, 4, 30)),
        ("Night buses run on the route from June, the operator said.", dt.date(2025, 9, 2),
         dt.date(2026, 6, 1), dt.date(2026, 6, 30)),
    ],
)  # fmt: skip
def test_months_and_nights_relative_to_publication(
    text: str, published: dt.date, first: dt.date, last: dt.date
) -> None:
    assert date(text).resolve(published) == (first, last)


def test_may_the_verb_is_no_month() -> None:
    assert values("They may agree to the terms.").dates == ()


@pytest.mark.parametrize(
    ("one", "other", "outcome"),
    [
        # a derailment and a storm: a speed is not a distance
        ("112 km/h", "112 kilometres per hour", "match"),
        ("112 km/h", "120 km/h", "conflict"),
        ("90 miles an hour", "90 mph", "match"),  # 'mph' is read as miles an hour
        ("90 mph", "145 km/h", "match"),  # 144.8 km/h, told to the kilometre
        ("90 mph", "160 km/h", "conflict"),
        ("112 km/h", "112 km", None),
    ],
)
def test_a_speed_is_its_own_unit(one: str, other: str, outcome: str | None) -> None:
    first, second = quantity(one), values(other).quantities
    if outcome is None:
        assert all(compare(first, q, PUBLISHED) != "match" for q in second)
    else:
        (found,) = second
        assert compare(first, found, PUBLISHED) == outcome


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The quake's focus was 32 km deep.", "kilometr"),
        ("The storm surge reached 4 metres high.", "metr"),
    ],
)
def test_a_unit_of_measure_ends_the_counted_phrase(text: str, unit: str) -> None:
    assert quantity(text).unit == unit


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a drought and a strike: 'will ... from next week, after ... on Monday ordered'
        ("Residents will live under the rules from next week, after the government on"
         " Monday ordered an end to filling pools.", dt.date(2025, 7, 8), dt.date(2025, 7, 7)),
        ("Nurses will walk out on Tuesday.", dt.date(2025, 10, 16), dt.date(2025, 10, 21)),
        ("The minister, who will travel later, met the union on Monday.",
         dt.date(2025, 10, 16), dt.date(2025, 10, 13)),
    ],
)  # fmt: skip
def test_a_future_cue_reaches_only_its_own_clause(
    text: str, published: dt.date, expected: dt.date
) -> None:
    weekday = [d for d in values(text).dates if d.weekday is not None][-1]
    assert weekday.resolve(published) == (expected, expected)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a drought and a trade fair: the year a sentence opens with governs its days
        ("Last year, the restrictions were lifted on October 31.", 2024),
        ("In 2023, the fair opened on 3 May.", 2023),
        ("The 2019 record was broken on 3 May.", 2025),  # a year named, not the sentence's
        ("The fair opened on 3 May, the earliest since 2019.", 2025),
    ],
)
def test_a_day_takes_the_year_its_sentence_opens_with(text: str, year: int) -> None:
    day = next(d for d in values(text).dates if d.first[1] is not None)
    resolved = day.resolve(dt.date(2025, 7, 7))
    assert resolved is not None and resolved[0].year == year


@pytest.mark.parametrize(
    ("claim", "found", "outcome"),
    [
        # restrictions and a ceasefire: when something ends is not when it happens
        ("take effect on 15 July 2025", "remain in force until 30 September 2025", "unrelated"),
        ("hold until 30 September 2025", "remain in force until 30 September 2025", "match"),
        ("hold until 30 September 2025", "remain in force until 31 October 2025", "conflict"),
    ],
)
def test_an_end_date_compares_only_with_an_end_date(claim: str, found: str, outcome: str) -> None:
    (one,) = values(claim).dates
    (other,) = values(found).dates
    assert compare(one, other, PUBLISHED) == outcome


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # a pay dispute and a court: a denial of a denial asserts
        ("The minister refused to rule out an improved offer.", set()),
        ("The minister ruled out an improved offer.", {"improv", "offer"}),
        ("The court declined to overturn the fine.", {"overturn", "fine"}),
        ("The court did not refuse to hear the appeal.", set()),
        # two denials far apart each deny their own words
        ("The court did not hear the appeal and never saw the file.",
         {"hear", "appeal", "see", "file"}),
    ],
)  # fmt: skip
def test_a_denial_of_a_denial_asserts(text: str, negated: set[str]) -> None:
    assert negated_terms(tokenize(text, AliasTable()), text) == negated


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        # prize money and a museum reward: a fraction of a scale is a number
        ("worth three-quarters of a million pounds", 746_250, 753_750, "pound"),
        ("a reward of a quarter of a million euros", 248_750, 251_250, "euro"),
        # page furniture between a currency sign and its figure
        ("the £      1.8 million signing", 1_800_000, 1_800_000, "pound"),
    ],
)
def test_fractions_of_a_scale_and_spaced_currency(
    text: str, low: float, high: float, unit: str
) -> None:
    found = quantity(text)
    assert (round(found.low), round(found.high), found.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("claim", "found", "outcome"),
    [
        # an earthquake fund and a mining deal: currency signs of other countries
        ("45 million soles", "S/45 million", "match"),
        ("45 million soles", "S/54 million", "conflict"),
        ("45 million soles", "$45 million", "unrelated"),
        ("150 billion naira", "₦150bn", "match"),
        ("2.5 billion rupees", "₹2.5bn", "match"),
        ("2.5 billion rupees", "INR 2.5 billion", "match"),
        ("2.5 billion rupees", "₹3bn", "conflict"),
    ],
)  # fmt: skip
def test_currency_signs_of_other_countries(claim: str, found: str, outcome: str) -> None:
    one = quantity(claim)
    others = values(found).quantities
    results = {compare(one, other, PUBLISHED) for other in others} or {"unrelated"}
    assert results == {outcome}


@pytest.mark.parametrize(
    ("claim", "found", "outcome"),
    [
        # a bridge and a launch: one measure in two units
        ("1,200 metres", "1.2 km", "match"),
        ("1,500 metres", "1.2 km", "conflict"),
        ("1,850 kg", "1.85 tonnes", "match"),
        # one converted from the other and rounded to its last digit: 5 miles is 8.05
        # km, told as '8 kilometres'; 9 km is no rounding of it
        ("8 kilometres", "5 miles", "match"),
        ("9 kilometres", "5 miles", "conflict"),
        ("9.5 cm", "94 mm", "conflict"),
        ("112 km/h", "112 mph", "conflict"),  # 112 mph is 180 km/h
        # a solar farm and a storm: areas and weights in two units
        ("1.2 square kilometres", "120 hectares", "match"),
        ("12 square miles", "3,108 hectares", "match"),
        ("1.2 square kilometres", "1.2 km", "unrelated"),  # an area is no length
        ("a 2,300-gram stone", "2.3 kg", "match"),
        ("about 210 km/h", "130 mph", "match"),
        # a jet's climb and a forest fire: imperial measures beside metric ones
        ("about 11,000 feet", "roughly 3,350 metres", "match"),
        ("about 11,000 feet", "roughly 5,000 metres", "conflict"),
        ("about 800 hectares", "2,000 acres", "match"),
        ("about 2,000 hectares", "2,000 acres", "conflict"),
        ("a 100-foot wall", "a 100 ft wall", "match"),
        ("a 30-yard run", "a 30-metre run", "conflict"),
    ],
)
def test_one_measure_in_two_units(claim: str, found: str, outcome: str) -> None:
    one = quantity(claim)
    others = values(found).quantities
    results = {compare(one, other, PUBLISHED) for other in others} or {"unrelated"}
    assert results == {outcome}


@pytest.mark.parametrize(
    ("claim", "found", "outcome"),
    [
        # a rate decision and a school closures vote: the forms newsrooms write
        ("raised rates by 25 basis points", "raised rates by a quarter of a percentage point",
         "match"),
        ("raised rates by 25 basis points", "raised rates by 0.25 percentage points", "match"),
        ("raised rates by 50 basis points", "raised rates by 0.25 percentage points",
         "conflict"),
        ("the rate to 4.25%", "the rate to four and a quarter per cent", "match"),
        ("the rate to 4.75%", "the rate to four and three quarters per cent", "match"),
        ("the rate to 4.5%", "the rate to four and a quarter per cent", "conflict"),
        ("inflation of 0.5 per cent", "inflation of 0.5pc", "match"),
        ("24 schools will close", "two dozen schools will close", "match"),
        ("30 schools will close", "two dozen schools will close", "conflict"),
    ],
)  # fmt: skip
def test_rates_and_counts_written_many_ways(claim: str, found: str, outcome: str) -> None:
    (one,) = values(claim).specific
    (other,) = values(found).specific
    assert compare(one, other, PUBLISHED) == outcome


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a quake's missing and a ballot count: days counted from the date told before
        ("Five were still missing on Thursday, down from a dozen a day earlier.",
         dt.date(2025, 6, 13), dt.date(2025, 6, 11)),
        ("The vote was on 3 May; the count ended two days later.",
         dt.date(2025, 5, 10), dt.date(2025, 5, 5)),
        # a mine rescue and an election: what happened 'N days after' something came N
        # days before the date told, and 'N days before' something came N days after it
        ("Rescuers brought the last miners up early on Friday, three days after part of a"
         " tunnel collapsed.", dt.date(2026, 6, 12), dt.date(2026, 6, 9)),
        ("The candidates debated on Monday, two days before voters went to the polls.",
         dt.date(2026, 5, 6), dt.date(2026, 5, 6)),
        # a plant closure and a treaty: weeks and fortnights count in days too ('later
        # the plant closed' is no 'after the ...' that counts from another event)
        ("The fire broke out on 2 March 2025; three weeks later the plant closed.",
         dt.date(2025, 4, 1), dt.date(2025, 3, 23)),
        ("The treaty was signed on 10 May 2025 and ratified a fortnight later.",
         dt.date(2025, 6, 1), dt.date(2025, 5, 24)),
    ],
)  # fmt: skip
def test_days_counted_from_a_date_told_before(text: str, published: dt.date, day: dt.date) -> None:
    counted = values(text).dates[-1]
    assert counted.resolve(published) == (day, day)


def test_days_after_an_event_without_a_date_are_not_a_date() -> None:
    assert values("Two days after the summit, he left.").dates == ()


@pytest.mark.parametrize(
    "text",
    [
        # a bridge opening and a vaccine rollout: 'earlier than planned' measures against
        # a plan, not from the day told
        "The bridge opened on 4 May 2025, two weeks earlier than planned.",
        "Clinics began on 3 March 2025, a day later than expected.",
    ],
)
def test_earlier_than_planned_is_no_day(text: str) -> None:
    assert [d.text for d in values(text).dates] == [text.split(" on ")[1].split(",")[0]]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a derailment and a ferry fire: 'three of them' counts what came before
        ("Seventeen people were injured, three of them seriously.", "peopl"),
        ("Forty crew were evacuated, six of whom were treated in hospital.", "crew"),
    ],
)
def test_a_count_of_them_counts_what_came_before(text: str, unit: str) -> None:
    assert values(text).quantities[-1].unit == unit


@pytest.mark.parametrize(
    ("claim", "found", "outcome"),
    [
        # a drought review and a grain shipment: parts of a month
        ("at the end of August 2025", "in the last week of August 2025", "match"),
        ("at the end of August 2025", "in early August 2025", "conflict"),
        ("in early October 2025", "on 3 October 2025", "match"),
        ("in mid-November 2025", "on 25 November 2025", "conflict"),
        # a month does not tell which part of it: no support for the part, nor conflict
        ("in late June 2025", "in June 2025", "vaguer"),
        ("in June 2025", "in late June 2025", "match"),
    ],
)
def test_parts_of_a_month(claim: str, found: str, outcome: str) -> None:
    (one,) = values(claim).dates
    (other,) = values(found).dates
    assert compare(one, other, PUBLISHED) == outcome


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # a briefing transcript and a runway notice: a negation ends with its sentence
        ("KOWAL: No. It is far too early to say why the blade failed.", set()),
        ("No. 5 runway was closed.", set()),
        ("The council did not vote. The schools will close.", {"vote"}),
    ],
)
def test_a_negation_ends_with_its_sentence(text: str, negated: set[str]) -> None:
    assert negated_terms(tokenize(text, AliasTable()), text) == negated


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("It was last tested on the fourteenth of May.", (None, 5, 14)),
        ("The vote is on the twenty-first of June 2026.", (2026, 6, 21)),
        ("Talks resume on the first of March.", (None, 3, 1)),
    ],
)
def test_a_day_written_as_an_ordinal_word(text: str, day: tuple[int | None, ...]) -> None:
    (found,) = values(text).dates
    assert (found.first, found.granularity) == (day, 3)


def test_an_ordinal_word_before_a_month_is_no_date_without_of() -> None:
    assert values("A second May vote was called.").dates == ()


@pytest.mark.parametrize(
    ("span", "year", "outcome"),
    [
        # a cup final and a strike: 'a 38-year wait' is 'the first time since 1987' in 2025
        ("ended a 38-year wait", "for the first time since 1987", "match"),
        ("the first strike in 14 years", "the last strike, in 2011", "match"),
        # another count of years is no conflict: a year begins many spans
        ("ended a 20-year wait", "for the first time since 1987", "unrelated"),
    ],
)
def test_a_span_of_years_and_the_year_it_began(span: str, year: str, outcome: str) -> None:
    published = dt.date(2025, 5, 17)
    assert compare(quantity(span), date(year), published) == outcome
    assert compare(date(year), quantity(span), published) == outcome


def test_for_over_a_span_is_more_than_it() -> None:
    # a strike story: 'for over 20 years' is more than 20 years, not exactly 20
    found = quantity("Nurses have waited for over 20 years.")
    assert found.low > 20 and found.high == float("inf")


@pytest.mark.parametrize(
    "text",
    ["A final report is expected by the end of the year.", "Talks go on for the rest of the year."],
)
def test_the_end_of_the_year_is_this_year(text: str) -> None:
    # a rail inquiry, a strike: the year the piece was written in
    (found,) = values(text).dates
    assert found.resolve(dt.date(2025, 3, 12)) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # an earthquake and a flood: a verb after 'and' opens a new clause, so the noun
        # after it is not what the figure counts
        ("injuring more than 150 and flattening adobe homes across the valley", "more than 150"),
        ("Crews evacuated 300 and closed schools across the town.", "300"),
    ],
)  # fmt: skip
def test_a_count_stops_at_a_new_clause(text: str, figure: str) -> None:
    (found,) = [q for q in values(text).quantities if q.text.startswith(figure.split()[0])]
    assert found.text == figure
    assert found.unit is None


@pytest.mark.parametrize(
    ("sentence", "expected_only"),
    [
        # a jury and a council: what is due, tried or promised, to the end of its clause
        ("The jury is due to deliver its verdict on Friday.", {"deliv", "verdict"}),
        ("The council promised to pay the contractors, officials said.", {"pay", "contractor"}),
        ("A helicopter would try to reach the village later on Tuesday.",
         {"tri", "reach", "villag", "later"}),
        ("The bill would raise the pension age to 67.", {"rais", "pension", "age"}),
        ("Nordbank agreed to buy Sorbank, pending approval by regulators.",
         {"approv", "regul"}),
        # told as done too: not only intended ('had promised to resign, resigned')
        ("The minister, who had promised to resign, resigned on Friday.", set()),
        ("The union signed the agreement on Friday.", set()),
    ],
)  # fmt: skip
def test_what_a_sentence_tells_only_as_intended(sentence: str, expected_only: set[str]) -> None:
    from factcheck.values import expected_terms

    tokens = tokenize(sentence, AliasTable({}))
    assert expected_terms(tokens, sentence) == expected_only


@pytest.mark.parametrize(
    ("sentence", "left_open"),
    [
        # a mine, a fund, a takeover, a speed limit: what only could be, is reported or
        # weighed, to the end of its clause; 'May' the month opens nothing
        ("The government could approve the mine next month.", {"approv", "mine", "month", "next"}),
        ("The fund may pay out in May.", {"pay"}),
        ("Quillon was reportedly sold for $2bn.", {"sell", "bn"}),
        ("In May the council approved the plan.", set()),
        ("Ministers are considering a proposal to cut the limit, officials said.",
         {"propos", "cut", "limit"}),
    ],
)  # fmt: skip
def test_what_a_sentence_leaves_open(sentence: str, left_open: set[str]) -> None:
    from factcheck.values import undecided_terms

    assert undecided_terms(tokenize(sentence, AliasTable({})), sentence) == left_open


@pytest.mark.parametrize(
    ("text", "published", "first"),
    [
        # council tax and school meals: a month ahead when the sentence looks ahead, a
        # decimal figure between notwithstanding; 'this September' is this year's
        ("Council tax will go up by 4.99% from April.", dt.date(2025, 2, 28),
         dt.date(2025, 4, 1)),
        ("Fees will rise by 2,500 euros from March.", dt.date(2025, 10, 2),
         dt.date(2026, 3, 1)),
        ("Free meals will reach all pupils from this September.", dt.date(2025, 2, 3),
         dt.date(2025, 9, 1)),
        ("The fair moved to Leeds this May.", dt.date(2025, 10, 3), dt.date(2025, 5, 1)),
    ],
)  # fmt: skip
def test_a_month_alone_is_read_against_the_publication(
    text: str, published: dt.date, first: dt.date
) -> None:
    (date,) = values(text).dates
    resolved = date.resolve(published)
    assert resolved is not None and resolved[0] == first


def test_this_may_is_the_verb() -> None:
    assert values("This may take weeks, the council said.").dates == ()


@pytest.mark.parametrize(
    ("claimed", "found", "outcome"),
    [
        # a sentence, a closure, a match: spans of time in other units agree ...
        ("jailed for 78 months", "jailed for six and a half years", "match"),
        ("closed for two weeks", "closed for 14 days", "match"),
        ("a 90-minute meeting", "a meeting of 1.5 hours", "match"),
        # ... and never conflict across units: three days of strikes, a four-week ballot
        ("a ballot over four weeks", "strikes on three days", "unrelated"),
        # a month is 28 to 31 days, a day 24 hours: an emergency decree, a strike
        ("a state of emergency for 60 days", "a two-month state of emergency", "match"),
        ("the test was 81 days overdue", "almost three months overdue", "match"),
        ("a 48-hour strike", "a two-day strike", "match"),
        ("a 48-hour strike", "a three-day strike", "unrelated"),
        # a bound is no span in another unit: a debate, a term in office
        ("a debate of more than seven hours", "governed for eight years", "unrelated"),
        ("detained for less than three months", "held for two hours", "unrelated"),
        # a fortnight is two weeks: a resignation, a closure
        ("quit a fortnight after the fine", "stepped down two weeks after the fine", "match"),
        ("closed for a fortnight", "closed for 14 days", "match"),
        # ... unless the units are neighbours a writer converts between: a dock strike
        ("a strike of more than two weeks", "a 16-day strike", "match"),
        ("a strike of more than three weeks", "a 16-day strike", "unrelated"),
        # in the same unit they still do
        ("jailed for six years", "jailed for five years", "conflict"),
        ("closed for three months", "closed for four months", "conflict"),
    ],
)  # fmt: skip
def test_spans_of_time_in_other_units(claimed: str, found: str, outcome: str) -> None:
    (one,) = values(claimed).quantities
    (other,) = values(found).quantities
    assert compare(one, other, None) == outcome


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        # a health study and an outbreak: 'N or more' is at least N, 'N or fewer' at most
        ("walking 7,000 or more steps a day", 7000, math.inf, "step"),
        ("the clinic reported 10 or fewer cases", 0, 10, "case"),
    ],
)
def test_or_more_and_or_fewer_bound_a_count(text: str, low: float, high: float, unit: str) -> None:
    (found,) = values(text).quantities
    assert (found.low, found.high, found.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # an outbreak and a newsroom: a noun that ends in s but is no plural does not end
        # the counted phrase
        ("officials confirmed 14 measles cases", "case"),
        ("the paper cut 30 news jobs", "job"),
    ],
)
def test_a_singular_in_s_does_not_end_the_counted_phrase(text: str, unit: str) -> None:
    (found,) = values(text).quantities
    assert found.unit == unit


def test_half_a_percentage_point_is_read() -> None:
    (found,) = values("the jobless rate fell by half a percentage point").quantities
    assert (found.low, found.unit) == (0.5, "percentage point")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a flood and a strike: a count after a weekday is no day of the month
        ("As of Tuesday, 300 homes in Selby had been flooded.", ["Tuesday"]),
        ("By Friday, 1,200 nurses had joined the strike.", ["Friday"]),
        # a weekday that names a dated day is that day
        ("The talks began on Tuesday, 12 March.", ["12 March"]),
        ("The talks began on Tuesday, March 12.", ["March 12"]),
    ],
)
def test_a_weekday_before_a_count(text: str, dates: list[str]) -> None:
    assert [d.text for d in values(text).dates] == dates


@pytest.mark.parametrize(
    ("claimed", "found", "outcome"),
    [
        # a ferry disaster and fines: a bound holds a bound only within it
        ("more than 100 people died", "at least 63 people died", "vaguer"),
        ("fines of up to 2,500 euros", "fines of up to 5,000 euros", "vaguer"),
        ("more than 50 people died", "at least 63 people died", "match"),
        ("fines of up to 5,000 euros", "fines of up to 2,500 euros", "match"),
        # a figure within a bound is told by it
        ("about 44,000 members", "more than 44,000 members", "match"),
        ("63 people died", "at least 63 people died", "match"),
        # and a bound the other side of the claim still denies it
        ("more than 100 people died", "fewer than 80 people died", "conflict"),
    ],
)  # fmt: skip
def test_a_bound_holds_only_what_lies_within_it(claimed: str, found: str, outcome: str) -> None:
    (one,) = values(claimed).quantities
    (other,) = values(found).quantities
    assert compare(one, other, None) == outcome


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a takeover and a bank's dividend: a price a share is no total sum
        ("Meridian is paying 148 kroner a share", "krone/share"),
        ("an offer of NOK 148 a share", "krone/share"),
        ("a dividend of 3 crowns a share", "koruna/share"),
        ("a net profit of 1.2 billion crowns", "koruna"),
        # a hotel tax and a toll: a price a night or a head is no total sum either
        ("a tourist tax of 3 euros per night", "euro/night"),
        ("a 3-euro nightly tourist tax", "euro/night"),
        ("a toll of £4 per vehicle", "pound/vehicl"),
        ("a fee of 12 dollars a head", "dollar/head"),
        ("expected to raise about 9 million euros a year", "euro"),
    ],
)
def test_a_price_a_share(text: str, unit: str) -> None:
    (found,) = values(text).quantities
    assert found.unit == unit


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # a takeover, a chipmaker, a rail inquiry and a miner's results: parts of a year
        ("is expected to close in the third quarter of 2025", dt.date(2025, 3, 10),
         dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
        ("mass production will start in Q2 2025", dt.date(2024, 9, 18),
         dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        ("production starts in the second quarter of next year", dt.date(2024, 9, 18),
         dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        ("the report is expected in the first three months of next year",
         dt.date(2025, 2, 4), dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        ("profit doubled in the first half of 2025", dt.date(2025, 7, 30),
         dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
        ("it earned $2.3bn in the first six months of 2025", dt.date(2025, 7, 30),
         dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
        # alone, the quarter is this year's: past when told as done, ahead when planned
        ("We expect completion in the third quarter.", dt.date(2025, 3, 10),
         dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
        ("In the third quarter, sales fell.", dt.date(2025, 11, 4),
         dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
        # months from one to another
        ("The deal is expected to close between July and September.", dt.date(2025, 3, 10),
         dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
        ("The line will be shut from March to May 2026.", dt.date(2025, 10, 2),
         dt.date(2026, 3, 1), dt.date(2026, 5, 31)),
    ],
)  # fmt: skip
def test_a_part_of_a_year_is_its_months(
    text: str, published: dt.date, first: dt.date, last: dt.date
) -> None:
    (date,) = values(text).dates
    assert date.resolve(published) == (first, last)


@pytest.mark.parametrize(
    "text",
    ["its third-quarter profit rose", "a quarter of the vote", "in the first half, Kelburn scored"],
)
def test_a_quarter_that_is_no_time_is_no_date(text: str) -> None:
    assert values(text).dates == ()


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        # a harvest and a data breach: '1.8m tonnes' is 1.8 million, never metres
        ("about 1.8m tonnes of wheat", 1.8e6, "tonn"),
        ("the details of 4.5m shoppers", 4.5e6, "shopper"),
    ],
)
def test_millions_written_as_m_before_a_counted_noun(text: str, low: float, unit: str) -> None:
    (quantity,) = values(text).quantities
    assert quantity.low <= low <= quantity.high and quantity.unit == unit
    assert values("a 3m wall").quantities == ()


def test_a_weekday_whose_event_a_thing_comes_from_is_past() -> None:
    """'results from Sunday's elections' in Monday's paper: last Sunday; 'a ban from
    Friday' starts on the coming one (an election count and a park's fire ban)."""
    monday = dt.date(2025, 5, 5)
    sunday = dt.date(2025, 5, 4)
    assert date("Final results from Sunday's municipal elections were published.").resolve(
        monday
    ) == (sunday, sunday)
    friday = dt.date(2025, 5, 9)
    assert date("A ban on fires in the park applies from Friday.").resolve(monday) == (
        friday,
        friday,
    )


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a transit briefing and a strike notice, each written on the weekday it names:
        # 'next Thursday' is a week on, not that day
        ("The board meets next Thursday.", dt.date(2026, 3, 5), dt.date(2026, 3, 12)),
        ("The union will walk out next Monday.", dt.date(2025, 10, 13), dt.date(2025, 10, 20)),
        ("The union will walk out next Tuesday.", dt.date(2025, 10, 13), dt.date(2025, 10, 14)),
    ],
)
def test_next_weekday_on_that_weekday_is_a_week_on(
    text: str, published: dt.date, day: dt.date
) -> None:
    assert date(text).resolve(published) == (day, day)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # an outbreak and a raid: a name before a common noun qualifies it
        ("No one has died in the Marrowfield measles outbreak.", []),
        ("Nothing was recovered in the Halloran raid.", []),
        # a place, with what may follow it
        ("Most deaths were in the Caylloma province.", ["Caylloma"]),
        ("The talks were held in the Hague yesterday.", ["Hague"]),
        ("Teams searched in the Alps last week.", ["Alps"]),
    ],
)
def test_a_name_that_qualifies_a_noun_is_no_place(text: str, places: list[str]) -> None:
    assert [p.text for p in find_places(tokenize(text, AliasTable()), text)] == places


@pytest.mark.parametrize(
    ("claim", "found", "outcome"),
    [
        # rail punctuality, hotel occupancy and a drug trial: a share in words, hedged
        ("More than nine in ten trains arrived on time", "91.2 per cent of trains", "match"),
        ("More than nine in ten trains arrived on time", "84 per cent of trains", "conflict"),
        ("Close to nine in ten hotel rooms were occupied", "87 per cent of rooms", "match"),
        ("About 25% of the patients had nausea", "roughly one in four patients", "match"),
        # a trade deal and a referendum: tenths, fifths and more than four parts
        ("tariffs on 90 per cent of goods", "tariffs on nine-tenths of goods", "match"),
        ("60% of voters backed it", "three-fifths of voters backed it", "match"),
        ("70% of voters backed it", "three-fifths of voters backed it", "conflict"),
        # beekeeping losses and adult smokers: one in eight, one in six
        ("about 12% of colonies were lost", "about one in eight colonies were lost", "match"),
        ("a third of colonies were lost", "about one in eight colonies were lost", "conflict"),
        ("17 per cent of adults smoke", "one in six adults smoke", "match"),
        # pence and pounds are one money
        ("a stamp now costs 95p", "a stamp now costs £0.95", "match"),
        ("milk at 41.5p a litre", "milk at 41.5 pence a litre", "match"),
    ],
)
def test_a_hedged_share_in_words_is_read(claim: str, found: str, outcome: str) -> None:
    (one,) = values(claim).quantities
    (other,) = values(found).quantities
    assert compare(one, other, PUBLISHED) == outcome


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        # a sentencing and a strike: 'a year and a half' is one figure, not 'a half'
        ("was sentenced to a year and a half in prison", 1.5, "year"),
        ("a strike lasting a month and a half", 1.5, "month"),
    ],
)
def test_a_unit_and_a_half_is_one_figure(text: str, low: float, unit: str) -> None:
    (quantity,) = values(text).quantities
    assert (quantity.low, quantity.unit) == (low, unit)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a snowfall, a smoking ban, a shop closure: fixed holidays are their day
        ("Snowfall of 64cm was recorded on New Year's Day.", dt.date(2026, 1, 5),
         dt.date(2026, 1, 1)),
        ("The ban came into force on New Year's Day 2025.", dt.date(2024, 12, 30),
         dt.date(2025, 1, 1)),
        ("The shops stayed shut on Christmas Day.", dt.date(2025, 1, 3), dt.date(2024, 12, 25)),
        ("Rovers beat Athletic on Boxing Day.", dt.date(2024, 12, 27), dt.date(2024, 12, 26)),
    ],
)  # fmt: skip
def test_a_holiday_is_its_day(text: str, published: dt.date, day: dt.date) -> None:
    assert date(text).resolve(published) == (day, day)


def test_an_aim_by_the_end_of_a_month_looks_ahead() -> None:
    # a food bank appeal written in December: the end of next January
    text = "The appeal is aiming to raise 150,000 pounds by the end of January."
    assert date(text).resolve(dt.date(2024, 12, 2)) == (dt.date(2025, 1, 21), dt.date(2025, 1, 31))


@pytest.mark.parametrize(
    ("claim", "found"),
    [
        # an otter survey and a power grid: a fraction read with its hedge
        ("otters at more than three quarters of the sites", "at 47 of 60 sites, or 78 per cent"),
        ("offshore wind supplied nearly a third of the power", "31 percent of electricity"),
    ],
)
def test_a_hedged_fraction_is_read(claim: str, found: str) -> None:
    one = values(claim).quantities[0]
    other = values(found).quantities[-1]
    assert compare(one, other, PUBLISHED) == "match"


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # tourism and company results: the first or last N months of a year
        ("in the first ten months of this year", dt.date(2024, 11, 20), dt.date(2024, 1, 1),
         dt.date(2024, 10, 31)),
        ("profit in the last three months of 2024", dt.date(2025, 2, 4), dt.date(2024, 10, 1),
         dt.date(2024, 12, 31)),
    ],
)  # fmt: skip
def test_the_first_months_of_a_year(
    text: str, published: dt.date, first: dt.date, last: dt.date
) -> None:
    assert date(text).resolve(published) == (first, last)


def test_a_date_before_to_is_no_rate() -> None:
    # a sentencing: 'on 20 June 2025 to a year and a half' is a term, not 'a year' as a rate
    (term,) = values(
        "Forde was sentenced on 20 June 2025 to a year and a half in prison."
    ).quantities
    assert (term.low, term.unit) == (1.5, "year")


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a hosepipe ban and a road closure: what starts 'from Friday' starts ahead
        ("a hosepipe ban on 640,000 customers from Friday.", dt.date(2025, 8, 20),
         dt.date(2025, 8, 22)),
        ("The A47 will be closed overnight from Monday.", dt.date(2025, 9, 2),
         dt.date(2025, 9, 8)),
        # a span told from one day to another keeps its days
        ("The strike ran from Monday until Wednesday.", dt.date(2025, 9, 5),
         dt.date(2025, 9, 1)),
    ],
)  # fmt: skip
def test_a_day_something_starts_from_lies_ahead(
    text: str, published: dt.date, day: dt.date
) -> None:
    assert values(text).dates[0].resolve(published) == (day, day)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a tourist tax and a school meals pledge: a day without its year, told in a
        # decision of what is to come, is the next such day
        ("The city council voted on Thursday to introduce a tourist tax from 1 January.",
         dt.date(2025, 4, 11), dt.date(2026, 1, 1)),
        ("The minister pledged to make school meals free from 1 September.",
         dt.date(2025, 10, 2), dt.date(2026, 9, 1)),
        ("The minister pledged to make school meals free from 1 September.",
         dt.date(2025, 6, 2), dt.date(2025, 9, 1)),
        # told of the past, it stays in the year of writing
        ("The tax, introduced on 1 January, raised 9 million euros.",
         dt.date(2025, 4, 11), dt.date(2025, 1, 1)),
        ("Schools in the county reopened on 1 September after the floods.",
         dt.date(2025, 10, 2), dt.date(2025, 9, 1)),
    ],
)  # fmt: skip
def test_a_yearless_day_a_decision_looks_to_is_ahead(
    text: str, published: dt.date, day: dt.date
) -> None:
    (date,) = [d for d in values(text).dates if d.weekday is None]
    assert date.resolve(published) == (day, day)


@pytest.mark.parametrize(
    ("claim", "found", "outcome"),
    [
        # a reservoir and a flood: 'half' read with its hedge
        ("The reservoir was more than half full", "at 38 per cent of capacity", "conflict"),
        ("The reservoir was more than half full", "at 64 per cent of capacity", "match"),
        ("Nearly half of the homes were flooded", "48 per cent of homes", "match"),
    ],
)
def test_a_hedged_half_is_read(claim: str, found: str, outcome: str) -> None:
    (one,) = values(claim).quantities
    (other,) = values(found).quantities
    assert compare(one, other, PUBLISHED) == outcome


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # a rail inquiry and a chip plant: parts of a year, which overlap at their edges
        ("A final report is expected in early 2026.", dt.date(2025, 10, 2),
         dt.date(2026, 1, 1), dt.date(2026, 5, 31)),
        ("The plant should be running by mid-2027.", dt.date(2025, 3, 4),
         dt.date(2027, 1, 1), dt.date(2027, 9, 30)),
        ("Output peaked in mid-2024.", dt.date(2025, 3, 4),
         dt.date(2024, 4, 1), dt.date(2024, 9, 30)),
        ("Construction starts at the end of next year.", dt.date(2025, 3, 4),
         dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
        ("The mine closed in late 2019.", dt.date(2025, 3, 4),
         dt.date(2019, 8, 1), dt.date(2019, 12, 31)),
        # a takeover and a report: what is done by the end of a year may be done any time in it
        ("The deal should close by the end of the year.", dt.date(2025, 3, 10),
         dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("Halvard will report before the end of 2025.", dt.date(2025, 3, 10),
         dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        # a strike (a Thursday wire) and a festival (a Monday paper): weeks run Monday to Sunday
        ("Nurses will walk out next week.", dt.date(2025, 10, 2),
         dt.date(2025, 10, 6), dt.date(2025, 10, 12)),
        ("The union balloted its members last week.", dt.date(2025, 10, 2),
         dt.date(2025, 9, 22), dt.date(2025, 9, 28)),
        ("Talks resumed earlier this week.", dt.date(2025, 10, 2),
         dt.date(2025, 9, 29), dt.date(2025, 10, 2)),
        ("The festival drew 40,000 people last weekend.", dt.date(2025, 7, 14),
         dt.date(2025, 7, 12), dt.date(2025, 7, 13)),
        ("Clinics open this weekend.", dt.date(2025, 3, 13),
         dt.date(2025, 3, 15), dt.date(2025, 3, 16)),
        # a month, or a day of it, in a year told from publication is one date: an
        # inquiry, a bridge, a vote ('in August' alone would be this year's August)
        ("The university opened its inquiry in August last year.", dt.date(2024, 10, 8),
         dt.date(2023, 8, 1), dt.date(2023, 8, 31)),
        ("The bridge shut on 4 March last year.", dt.date(2025, 6, 2),
         dt.date(2024, 3, 4), dt.date(2024, 3, 4)),
        ("The referendum is due in June of next year.", dt.date(2025, 6, 2),
         dt.date(2026, 6, 1), dt.date(2026, 6, 30)),
        # ... and a part of a month, or a weekday of a week: a mine, road works, an arrest
        ("The mine closed in late March last year.", dt.date(2024, 10, 9),
         dt.date(2023, 3, 21), dt.date(2023, 3, 31)),
        ("Road works start at the end of June next year.", dt.date(2024, 10, 9),
         dt.date(2025, 6, 21), dt.date(2025, 6, 30)),
        ("Police arrested him on Tuesday last week.", dt.date(2024, 10, 9),
         dt.date(2024, 10, 1), dt.date(2024, 10, 1)),
        # two days off: a contract signed, a vote to come
        ("The contract was signed the day before yesterday.", dt.date(2024, 10, 9),
         dt.date(2024, 10, 7), dt.date(2024, 10, 7)),
        ("The council votes the day after tomorrow.", dt.date(2024, 10, 9),
         dt.date(2024, 10, 11), dt.date(2024, 10, 11)),
        # 'the weekend' is the latest one in a report of what happened (a Wednesday
        # paper on a flood, a Sunday briefing on a fire), the coming one in what will be
        ("Over the weekend crews carried out 41 rescues.", dt.date(2025, 11, 19),
         dt.date(2025, 11, 15), dt.date(2025, 11, 16)),
        ("Firefighters contained the blaze over the weekend.", dt.date(2026, 8, 23),
         dt.date(2026, 8, 22), dt.date(2026, 8, 23)),
        ("The ferry resumed sailings at the weekend.", dt.date(2025, 4, 14),
         dt.date(2025, 4, 12), dt.date(2025, 4, 13)),
        ("The union will decide at the weekend.", dt.date(2025, 10, 1),
         dt.date(2025, 10, 4), dt.date(2025, 10, 5)),
    ],
)  # fmt: skip
def test_weeks_and_parts_of_a_year_relative_to_publication(
    text: str, published: dt.date, first: dt.date, last: dt.date
) -> None:
    (found,) = values(text).dates
    assert found.resolve(published) == (first, last)


def test_a_month_before_another_clause_of_last_year_is_this_years() -> None:
    # 'In May, last year's figures were revised': May is the paper's own year
    texts = [m.text for m in values("In May, last year's figures were revised.").dates]
    assert texts == ["In May", "last year"]


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # 'the following year' counts from the year just told, not from publication: a
        # paper mill, a strike, coffee exports
        ("The mill opened in 2010 and closed the following year.", dt.date(2025, 3, 3),
         dt.date(2011, 1, 1), dt.date(2011, 12, 31)),
        ("The strike began in March 2023 and ended the following month.",
         dt.date(2025, 3, 3), dt.date(2023, 4, 1), dt.date(2023, 4, 30)),
        ("Exports reached 6.2 million bags in 2024, a fifth more than the year before.",
         dt.date(2025, 4, 2), dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        # 'the past year' is the twelve months up to publication, not last calendar year
        ("Prices rose 8 percent over the past year.", dt.date(2024, 10, 9),
         dt.date(2023, 10, 10), dt.date(2024, 10, 9)),
    ],
)  # fmt: skip
def test_a_year_counted_from_the_story(
    text: str, published: dt.date, first: dt.date, last: dt.date
) -> None:
    found = values(text).dates[-1]
    assert found.resolve(published) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        # a fair: the coming weekend or the one after it, no day can be told from it
        "The fair returns next weekend.",
        # a rover and a tanker: future told before a clause break, which weekend is unsure
        "The rover will go down the ramp when the light is right, probably over the weekend.",
        "The tanker will be towed once the gales pass, perhaps at the weekend.",
        # a festival: a weekend named for something else
        "Crowds gathered over the weekend of the festival.",
        # polls: 'a week on Friday' is the Friday after next (British usage)
        "Voting ends a week on Friday.",
        "Polls close two weeks on Thursday.",
        # sales and a war: a year counted from no date told, or from an event
        "Sales had fallen the previous year.",
        "It rose in the year before the war.",
    ],
)
def test_a_date_that_cannot_be_told_is_not_read(text: str) -> None:
    assert values(text).dates == ()


@pytest.mark.parametrize(
    ("claimed", "found", "published", "result"),
    [
        # a rail inquiry: a report due by the end of 2025 is not due in early 2026
        ("expected in the first quarter of 2026", "expected by the end of the year",
         dt.date(2025, 10, 2), "conflict"),
        ("expected by the end of 2025", "expected in early 2026", dt.date(2025, 10, 2),
         "conflict"),
        # a part of a year does not tell one month of it, but a month tells the part
        ("due in March 2026", "due in early 2026", dt.date(2025, 10, 2), "vaguer"),
        ("due in early 2026", "due in March 2026", dt.date(2025, 10, 2), "match"),
        ("opens in October", "opens in the fourth quarter", dt.date(2025, 3, 4), "vaguer"),
        # a launch: 'this year' is 'before the end of 2024' in a 2024 paper
        ("will launch before the end of 2024", "will not launch this year",
         dt.date(2024, 10, 9), "match"),
        # a strike wire: a day of next week is told by it; next week does not tell the day
        ("walk out next week", "walk out on 8 October", dt.date(2025, 10, 2), "match"),
        ("walk out on 8 October", "walk out next week", dt.date(2025, 10, 2), "vaguer"),
        ("met last week", "met next week", dt.date(2025, 10, 2), "conflict"),
    ],
)  # fmt: skip
def test_a_vaguer_span_of_time_tells_no_day_within_it(
    claimed: str, found: str, published: dt.date, result: str
) -> None:
    (claim_date,) = values(claimed).dates
    (found_date,) = values(found).dates
    assert compare(claim_date, found_date, published) == result


@pytest.mark.parametrize(
    ("claimed", "found", "result"),
    [
        # a drought: rain since October is told from October on
        ("Rainfall since October was 41% below average.", "between October and June", "match"),
        # a party leader and a league title: when something began, against when it began
        ("He has led the party since 2019.", "He has led the party since 2018.", "conflict"),
        ("their first title since 2001", "their first title since 2011", "conflict"),
        ("The plant opened in March 2024.", "open since March 2024", "match"),
        # a later date tells nothing of when it began; 'since 1987' dates nothing after it
        ("He has led the party since 2019.", "He was re-elected in 2023.", "unrelated"),
        ("64cm of snow fell on 2 January 2026.", "the deepest fall since 1987", "unrelated"),
        ("Prices rose in 2023.", "Prices have risen since 2019.", "unrelated"),
    ],
)
def test_since_tells_when_something_began(claimed: str, found: str, result: str) -> None:
    (claim_date,) = values(claimed).dates
    (found_date,) = values(found).dates
    assert compare(claim_date, found_date, dt.date(2025, 7, 10)) == result


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        # a probation service and a museum: the verb after 'will' is still to come ...
        ("The region will recruit 120 trainee officers.", {"recruit"}),
        ("The museum will soon buy the hoard.", {"buy"}),
        # ... unless the sentence also tells it as done
        ("The museum bought one hoard and will buy another.", set()),
        ("The museum bought the hoard.", set()),
    ],
)
def test_what_will_be_done_is_to_come(text: str, ahead: set[str]) -> None:
    from factcheck.values import future_terms

    tokens = tokenize(text, AliasTable())
    assert future_terms(tokens) == {t.term for t in tokenize(" ".join(ahead), AliasTable())}


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # a radio licence auction and a university fee cut: seasons as the northern
        # calendar counts them, told by year or from publication
        ("The regulator will auction 40 licences next spring.", dt.date(2021, 8, 18),
         dt.date(2022, 3, 1), dt.date(2022, 5, 31)),
        ("The regulator will auction 40 licences next spring.", dt.date(2023, 2, 1),
         dt.date(2023, 3, 1), dt.date(2023, 5, 31)),
        ("The fee cut takes effect in autumn 2023.", dt.date(2022, 12, 5),
         dt.date(2023, 9, 1), dt.date(2023, 11, 30)),
        ("Fees were cut in the summer of 2024.", dt.date(2025, 1, 10),
         dt.date(2024, 6, 1), dt.date(2024, 8, 31)),
        ("Fees were cut last summer.", dt.date(2025, 1, 10),
         dt.date(2024, 6, 1), dt.date(2024, 8, 31)),
        ("Fees were cut last summer.", dt.date(2024, 7, 10),
         dt.date(2023, 6, 1), dt.date(2023, 8, 31)),
        # a heating subsidy and a ski resort: a winter runs from December into February
        ("The subsidy was paid last winter.", dt.date(2025, 1, 15),
         dt.date(2023, 12, 1), dt.date(2024, 2, 29)),
        ("The subsidy was paid last winter.", dt.date(2025, 4, 10),
         dt.date(2024, 12, 1), dt.date(2025, 2, 28)),
        ("The resort will stay shut this winter.", dt.date(2025, 11, 3),
         dt.date(2025, 12, 1), dt.date(2026, 2, 28)),
        ("The resort closed in the winter of 2023-24.", dt.date(2025, 6, 1),
         dt.date(2023, 12, 1), dt.date(2024, 2, 29)),
        # 'the winter of 2023' may be either winter the year touches
        ("The resort closed in the winter of 2023.", dt.date(2025, 6, 1),
         dt.date(2022, 12, 1), dt.date(2024, 2, 29)),
    ],
)  # fmt: skip
def test_a_season_is_its_months(
    text: str, published: dt.date, first: dt.date, last: dt.date
) -> None:
    (found,) = values(text).dates
    assert found.resolve(published) == (first, last)


@pytest.mark.parametrize(
    "text", ["It happened in the spring.", "Prices saw their last fall.", "in the winter"]
)
def test_a_season_without_its_year_is_no_date(text: str) -> None:
    # which spring or winter is not told, and 'fall' is also a verb
    assert all(d.season is None and d.first[1] is None for d in values(text).dates)


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        # a raid and a summit: the day before or after a day the sentence told
        ("Police arrived on Tuesday and arrests followed the next day.", dt.date(2025, 3, 20),
         [dt.date(2025, 3, 18), dt.date(2025, 3, 19)]),
        ("Talks ended on 3 May; the deal was signed the previous day.", dt.date(2025, 5, 6),
         [dt.date(2025, 5, 3), dt.date(2025, 5, 2)]),
        ("The bill passed on 3 March and was signed the day after.", dt.date(2025, 3, 6),
         [dt.date(2025, 3, 3), dt.date(2025, 3, 4)]),
        # 'the day after' something is counted from that something, not from the date
        ("It retracted the paper on October 9, the day after Vellmoor published the report.",
         dt.date(2024, 10, 12), [dt.date(2024, 10, 9)]),
        # a sacking and a vote: a day of the month alone is the nearest such day
        ("The manager was sacked on the 14th.", dt.date(2025, 3, 20), [dt.date(2025, 3, 14)]),
        ("He was sacked on the 25th, the club said.", dt.date(2025, 3, 20),
         [dt.date(2025, 2, 25)]),
        ("The vote will be held on the 25th.", dt.date(2025, 3, 20), [dt.date(2025, 3, 25)]),
        ("The office is on the 14th floor.", dt.date(2025, 3, 20), []),
    ],
)  # fmt: skip
def test_days_told_from_other_days(text: str, published: dt.date, told: list[dt.date]) -> None:
    days = [d.resolve(published) for d in values(text).dates]
    assert days == [(day, day) for day in told]


@pytest.mark.parametrize(
    ("text", "totals"),
    [
        # a grain deal and a council budget: figures of one unit told side by side
        ("Nordvaal will sell 1.2 million tonnes of wheat and 300,000 tonnes of maize.",
         [1.5e9]),
        ("The council will spend 2 million euros on roads and 500,000 euros on cycle lanes.",
         [2.5e6]),
        # a change, an alternative, a part and counts of different units are no total
        ("Fares rose to 14 dollars from 12 dollars.", []),
        ("The fine could be 2 million euros or 3 million euros.", []),
        ("Of the 900 containers, 300 containers were lost.", []),
        ("Three people were killed and five were injured.", []),
        ("The plant makes 40 tonnes of steel and 12 kilometres of cable a day.", []),
    ],
)  # fmt: skip
def test_figures_told_side_by_side_add_up(text: str, totals: list[float]) -> None:
    notes = note_values(tokenize(text, AliasTable()), values(text), text)
    assert [t.low for t in notes.totals] == totals


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a football score and a forecast: a lower end of nought is read, not divided by
        # (the score is one value, the draw's two tallies)
        ("Cardiff held on for a 0-0 draw.", [(0.0, 0.0)]),
        ("Forecasters expect between 0 and 5 millimetres of rain.", [(0.0, 5.0)]),
        ("Growth of 0 to 2 per cent is expected.", [(0.0, 2.0)]),
    ],
)  # fmt: skip
def test_a_range_from_nought(text: str, read: list[tuple[float, float]]) -> None:
    assert [(q.low, q.high) for q in values(text).quantities] == read


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        # a storm and a strike: the word a date is told of, in its own clause
        ("Storm Edda made landfall on the coast on Monday, and three days later the last"
         " homes were reconnected.", "three days later", None),
        ("Storm Edda made landfall on the coast on Monday, 5 February.", "5 February",
         ("coast", False)),
        ("The nurses walked out on Tuesday, and two days later talks resumed.",
         "two days later", None),
        ("The strike ended on Friday.", "Friday", (stem("ended"), True)),
    ],
)  # fmt: skip
def test_the_word_a_date_is_told_of(text: str, date: str, event: object) -> None:
    tokens = tokenize(text, AliasTable())
    assert event_told(tokens, text.index(date), text) == event


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("reduced his prison sentence from nine years to six", ["year", "year"]),
        ("cut her bonus from 900,000 kroner to 600,000.", ["krone", "krone"]),
        # a level with a unit of its own keeps it
        ("cut the journey from four hours to 95 minutes", ["hour", "minut"]),
        # a bare figure a change started from is in the level's unit
        ("a net profit of 412 million marks, up from 305 million", ["mark", "mark"]),
        ("fell to 2.1 billion euros, down from 2.6 billion in 2023", ["euro", "euro"]),
    ],
)
def test_a_bare_level_after_from_takes_the_unit_before(text: str, units: list[str]) -> None:
    assert [q.unit for q in extract_values(normalise(text), text).quantities] == units


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("Westfield Wanderers beat Oakport 2-1 at home on Saturday.", ["2-1"]),
        ("Oakport lost 1-2 at Westfield on Saturday.", ["1-2"]),
        ("Arlingford Rovers beat Cresthaven United three-nil.", ["three-nil"]),
        ("Councillors backed the plan by 31 votes to 12.", ["31 votes to 12"]),
        ("The committee voted 5-2 for the cut.", ["5-2"]),
        ("The Kings won the final 24-19.", ["24-19"]),
        # ages, ranges and seasons are not results
        ("People aged 16-24 were hit hardest.", []),
        ("Repairs will take 2-3 days.", []),
        ("The 2024-25 season starts in August.", []),
    ],
)  # fmt: skip
def test_a_result_told_as_two_tallies_is_one_score(text: str, scores: list[str]) -> None:
    quantities = extract_values(normalise(text), text).quantities
    assert [q.text for q in quantities if q.unit == SCORE] == scores


def test_a_count_beside_a_score_is_still_read() -> None:
    text = "The bill lowers the voting age to 16 for local elections, by 88 votes to 61."
    assert [q.text for q in values(text).quantities] == ["16", "88 votes to 61"]


def test_a_score_is_the_same_whichever_tally_comes_first() -> None:
    won, lost = "beat Oakport 2-1 on Saturday", "lost 1-2 to Westfield on Saturday"
    (first,) = extract_values(normalise(won), won).quantities
    (second,) = extract_values(normalise(lost), lost).quantities
    assert compare_quantities(first, second) == "match"


def test_when_a_figure_was_counted_is_not_what_it_counts() -> None:
    for text in ("Visitor numbers rose to 41,000 last month.", "It hired 250 this spring."):
        assert [q.unit for q in extract_values(normalise(text), text).quantities] == [None]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the year a change is counted against is no figure of the claim's
        ("Halvard's profit rose by more than a third from a year earlier.",
         ["more than a third"]),
        ("Ticket sales were up 5 percent on a year ago.", ["5 percent"]),
        ("Rents rose 7 percent compared with the same month a year earlier.", ["7 percent"]),
        # a span told of an event is one
        ("The plant closed a year earlier than planned.", ["a year earlier"]),
        ("The bridge reopened a year ago.", ["a year"]),
    ],
)  # fmt: skip
def test_the_year_a_change_is_counted_against_is_no_figure(text: str, figures: list[str]) -> None:
    assert [q.text for q in extract_values(normalise(text), text).quantities] == figures


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a change told as a multiple is that change in per cent, told loosely
        ("Cod landings at Brennermouth halved last year.", [("halved", 47.5, 52.5)]),
        ("Kivo's user base doubled over the year.", [("doubled", 95.0, 105.0)]),
        ("Rents in Corlow have trebled since 2010.", [("trebled", 190.0, 210.0)]),
        ("Turnout more than doubled.", [("more than doubled", 100.000000001, math.inf)]),
        ("The budget was cut by half.", [("half", 47.5, 52.5)]),
        # a share of something: 'half of the homes', 'half the exports'
        ("Half of the homes in Dunmere lost power.", [("Half", 49.0, 51.0)]),
        # not a multiple: a title, a time, a part of the year
        ("Sofia Raine won the doubles title.", []),
        ("The talks lasted half an hour.", []),
        ("Sales rose in the first half of 2024.", []),
    ],
)  # fmt: skip
def test_a_change_told_as_a_multiple(text: str, read: list[tuple[str, float, float]]) -> None:
    quantities = extract_values(normalise(text), text).quantities
    assert [(q.text, q.low, q.high) for q in quantities if q.unit == "percent"] == read


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # after a verb of change, 'from ... to ...' is a start and a level, not a range
        ("Its users had grown from 2 million to 4 million over the year.",
         [("from 2 million", None), ("4 million", None)]),
        ("Sentences were cut from 9 to 6 years.", [("from 9", "year"), ("6 years", "year")]),
        ("The bill will lower the voting age from 18 to 16.", [("from 18", None), ("16", None)]),
        # without one it is a range
        ("Night temperatures will be from 3 to 6 degrees.", [("from 3 to 6 degrees", "degre")]),
    ],
)  # fmt: skip
def test_a_change_from_one_figure_to_another_is_no_range(
    text: str, figures: list[tuple[str, str | None]]
) -> None:
    quantities = extract_values(normalise(text), text).quantities
    assert [(q.text, q.unit) for q in quantities] == figures


def test_a_change_between_two_bare_figures_is_read() -> None:
    text = "Its users had grown from 2 million to 4 million over the year."
    notes = note_values(tokenize(text, AliasTable()), extract_values(normalise(text), text), text)
    assert [(c.low, c.high, c.unit) for c in notes.changes] == [
        (2_000_000.0, 2_000_000.0, None),
        (99.5, 100.5, "percent"),
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a unit written against the figure
        ("The 7.4km route has nine stops.",
         [("7.4km", 7.4, "kilometr"), ("nine stops", 9.0, "stop")]),
        ("Officers seized 230kg of cocaine.", [("230kg", 230.0, "kilogram")]),
        ("Some 61mm of rain fell on Tarrenford.", [("Some 61mm", None, "millimetr")]),
        ("Winds reached 112km/h at the coast.", [("112km/h", 112.0, "kilometr/h")]),
        ("The fire burned 1,200ha of forest.", [("1,200ha", 1200.0, "hectar")]),
        # pence written against the figure, and metres before a word of size
        ("Crestvale will pay 41.5p a litre, up 1.25p.",
         [("41.5p", 41.5, "penni"), ("1.25p", 1.25, "penni")]),
        ("A first-class stamp rose to 95p on Monday.", [("95p", 95.0, "penni")]),
        ("The new bridge is 340 m long.", [("340 m", 340.0, "metr")]),
        ("The Halvey dam wall stands 92 m high.", [("92 m", 92.0, "metr")]),
        # ... while 'm' after money is millions
        ("The club was sold for £40m.", [("£40m", 40_000_000.0, "pound")]),
        # 'k' is thousands, except in a race
        ("The waiting list dropped to 14.2k in January.", [("14.2k", 14200.0, None)]),
        ("She won the 10k run on Sunday.", []),
        # a span told in parts is one span
        ("He was jailed for two years and three months.",
         [("two years and three months", 27.0, "month")]),
        ("She won in one hour, one minute and four seconds.",
         [("one hour, one minute and four seconds", 3664.0, "second")]),
        # a time taken, written with colons (a clock time is not one)
        ("Worku won the race in 2:07:12.", [("2:07:12", 7632.0, "second")]),
        ("The meeting starts at 9:30.", []),
    ],
)  # fmt: skip
def test_figures_written_the_short_way(
    text: str, read: list[tuple[str, float | None, str | None]]
) -> None:
    quantities = extract_values(normalise(text), text).quantities
    assert [(q.text, q.low if q.low == q.high else None, q.unit) for q in quantities] == read


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the ordinal of a round number counts all before it
        ("The museum welcomed its one millionth visitor on Friday.", 1e6),
        ("The airport handled its ten millionth passenger of the year in November.", 1e7),
        ("The library lent its two thousandth e-book.", 2e3),
    ],
)
def test_the_millionth_one_counts_a_million(text: str, count: float) -> None:
    (quantity,) = extract_values(normalise(text), text).quantities
    assert quantity.low == quantity.high == count


@pytest.mark.parametrize(
    ("text", "published", "first", "last", "granularity"),
    [
        ("The road reopened yesterday.", dt.date(2026, 8, 22), (2026, 8, 21), (2026, 8, 21), 3),
        ("Crews walked out on Tuesday.", dt.date(2025, 3, 6), (2025, 3, 4), (2025, 3, 4), 3),
        ("The strikes will start next month.", dt.date(2025, 10, 14), (2025, 11, None),
         (2025, 11, None), 2),
        ("Output fell last year.", dt.date(2023, 5, 2), (2022, None, None), (2022, None, None), 1),
        ("The deal was signed on 8 September 2025.", dt.date(2025, 9, 9), (2025, 9, 8),
         (2025, 9, 8), 3),
    ],
)  # fmt: skip
def test_a_relative_date_is_anchored_to_the_day_it_was_written(
    text: str, published: dt.date, first: tuple, last: tuple, granularity: int
) -> None:
    """An extracted statement's 'yesterday' means its own document's yesterday."""
    (date,) = extract_values(normalise(text), text).dates
    fixed = anchored(date, published)
    assert (fixed.first, fixed.last, fixed.granularity) == (first, last, granularity)
    assert not fixed.is_relative and fixed.text == date.text


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Westmark had 76 fewer community pharmacies than a year before.", "pharmaci"),
        ("The depot handled 4,400 more parcels last year than the year before.", "parcel"),
        # without a 'than', 'more' may be more still to come: nothing counted is read
        ("The county needs 600 more foster carers to keep up with demand.", None),
        ("The council plans to add cameras on two more routes next spring.", None),
    ],
)
def test_a_difference_counts_the_noun_after_more_or_fewer(text: str, unit: str | None) -> None:
    (quantity,) = extract_values(normalise(text), text).quantities
    assert quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Road deaths fell for the third year in a row.", {3}),
        ("It was the fourth consecutive quarterly fall.", {4}),
        ("The Pioneers have now lost six straight games.", {6}),
        ("House prices have fallen for four quarters in a row.", {4}),
        ("Sales rose for the third week running.", {3}),
        # no run: a verb, a fraction, a count of things still going
        ("The station's other reactor kept running.", set()),
        ("Two trains were running late.", set()),
        ("Profits fell by a third this year.", set()),
    ],
)
def test_runs_are_read_with_their_length(text: str, found: set[int]) -> None:
    assert runs(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Carron won musician of the year for the third time.", {3}),
        ("The ferry broke down for the 2nd time this month.", {2}),
        ("It won for the first time since 1988.", set()),  # a first is a ranking
        ("Holmvik won for the third year in a row.", set()),  # a run, not a count
    ],
)
def test_counts_of_times_are_read_apart_from_runs(text: str, found: set[int]) -> None:
    assert times(text) == found


def test_an_ordinal_run_is_no_share() -> None:
    text = "Sales rose for a third consecutive year in 2024."
    assert extract_values(normalise(text), text).quantities == ()


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # a reservoir and broadband: a fraction capped from above keeps its cap
        ("The reservoir was at less than a fifth of its capacity.", 0.0, 20.0),
        ("Under a third of rural homes have fast broadband.", 0.0, 33.34),
        ("About a fifth of the stock was sold.", 17.0, 23.0),
    ],
)
def test_a_capped_fraction_keeps_its_cap(text: str, low: float, high: float) -> None:
    (share,) = extract_values(normalise(text), text).quantities
    assert share.unit == "percent" and round(share.low, 2) == low and share.high <= high
    assert share.high > high - 1


def holds_a_cue(text: str, start: int, end: int, kind: str) -> bool:
    """The date at text[start:end] holds a cue of its kind, so its kind was searched:
    a month's name at the start of a word, or a cue's letters."""
    from factcheck.dates import _A_MONTH, _CUES, _MONTH_START

    return any(
        _MONTH_START.search(text, start, end) if cue == _A_MONTH else cue in text[start:end]
        for cue in _CUES[kind]
    )


@pytest.mark.parametrize(
    "text",
    [
        "on 13 April 2024, two days ago, and again early next month",
        "from 3 to 5 March 2023; in the first quarter of 2024 and late last year",
        "yesterday the talks, held on Tuesday 4 June, ran until September",
        "the 2019-2020 season, since 2015, and on 2024-08-01 at the end of August",
        "closed on New Year's Eve and Boxing Day; she was sacked on the 14th. The year"
        " before, sales fell; the month after, they rose",
    ],
)
def test_date_kinds_searched_apart_find_what_one_alternation_finds(text: str) -> None:
    """Each kind of date is its own expression (far quicker than one alternation of
    them all); the mentions found, their order and the kind each is read as must be
    those the alternation gives: the earliest first, the earlier kind on a tie."""
    import re

    from factcheck.dates import _PATTERNS, date_matches

    alternation = re.compile(
        "|".join(f"(?P<{n}_>{p.replace('(?P<', f'(?P<{n}')})" for n, p in _PATTERNS)
    )
    text = normalise(text).text

    def seen(matches: list[re.Match[str]]) -> list[tuple[int, int, str | None]]:
        return [(m.start(), m.end(), m.lastgroup) for m in matches]

    expected = seen(list(alternation.finditer(text)))
    assert len(expected) >= 3
    assert seen(list(date_matches(text))) == expected
    for start, end, kind in expected:  # what lets a kind be skipped (see below)
        assert holds_a_cue(text, start, end, str(kind)[:-1])


def _every_story_text() -> list[str]:
    """The documents and claims of the example and the labelled stories, and the seeds:
    prose of many outlets and topics, with dates of every kind."""
    project = Path(__file__).resolve().parent.parent
    paths = [*project.glob("claims/**/*.txt"), *project.glob("eval/stories/*/docs/*")]
    paths += [*project.glob("eval/stories/*/story.yaml"), *project.glob("claims/*.yaml")]
    paths += [*(project.parent / "shared" / "seeds").glob("*")]
    return [p.read_text(encoding="utf-8") for p in sorted(paths) if p.is_file()]


def test_a_kind_of_date_is_searched_only_where_its_cues_are() -> None:
    """A kind is not searched in a text without one of its cues (a digit, a month, a
    word of it): every date of every story holds a cue of its kind, and what is found
    is what the alternation of all kinds finds."""
    import re

    from factcheck.dates import _PATTERNS, date_matches

    alternation = re.compile(
        "|".join(f"(?P<{n}_>{p.replace('(?P<', f'(?P<{n}')})" for n, p in _PATTERNS)
    )
    texts = _every_story_text()
    assert len(texts) > 150
    kinds_seen: set[str] = set()
    for text in texts:
        norm = normalise(text).text
        expected = list(alternation.finditer(norm))
        for match in expected:
            kind = str(match.lastgroup)[:-1]
            kinds_seen.add(kind)
            assert holds_a_cue(norm, match.start(), match.end(), kind), (kind, match.group())
        found = [(m.start(), m.end(), m.lastgroup) for m in date_matches(norm)]
        assert found == [(m.start(), m.end(), m.lastgroup) for m in expected]
    assert len(kinds_seen) >= 20  # the stories exercise most kinds


@settings(max_examples=400, derandomize=True, deadline=None)
@given(
    st.integers(min_value=0, max_value=40),
    st.sampled_from([*MONTHS, *(m.title() for m in MONTHS), "SEPT", "Mai", "Mayday"]),
    st.integers(min_value=1000, max_value=9999),
    st.sampled_from(["{d} {m} {y}", "{d} {m}, {y}", "{m} {d}, {y}", "{m} {d} {y}",
                     "{d:02d} {m}  {y}", "{m} {d} - 13:13 {y}"]),
)  # fmt: skip
def test_a_dateline_read_at_once_is_the_day_dateutil_reads(
    day: int, month: str, year: int, form: str
) -> None:
    """Datelines' common forms skip dateutil (a quarter of reading an archive); what
    they give, or refuse, is what dateutil gives."""
    text = form.format(d=day, m=month, y=year)
    try:
        read = dateutil_parser.parse(text.replace(" - ", " "), default=dt.datetime(1900, 1, 1))
        expected: dt.date | None = None if read.year == 1900 else read.date()
    except (ValueError, OverflowError):
        expected = None
    assert parse_date(text) == expected
