"""Stances: how one small hand-written document stands on one claim."""

from __future__ import annotations

import pytest

GAZETTE = """
Portside, March 3, 2023

Mayor Elena Vasquez opened the new harbour bridge on Thursday, March 2, 2023.

The city council held 27 meetings about the bridge before construction began, Vasquez said.

The bridge cost 40 million dollars to build.

The council did not approve the railway tunnel under the river.
"""

HERALD = """
Portside, March 4, 2023

Mayor Elena Vasquez opened the new harbour bridge on Friday, March 3, 2023.

The city council held 45 meetings about the bridge before construction began.

The museum organised 50 activities for schools this spring.

Residents called the harbour bridge a symbol of the town's renewal and civic pride.
"""

NOTES = """
Portside, March 5, 2023

The harbour bridge now carries traffic from the old town to the docks.

The council approved the railway tunnel under the river on Monday.
"""

DOCS = {"gazette.txt": GAZETTE, "herald.txt": HERALD, "notes.txt": NOTES}


def stances(results: dict, claim_id: str) -> dict[str, str]:
    return {s.source: s.stance for s in results[claim_id].stances}


@pytest.fixture
def results(check_story) -> dict:
    return check_story(
        DOCS,
        [
            {"id": "opened", "claim": "Mayor Elena Vasquez opened the harbour bridge."},
            {
                "id": "opened-date",
                "claim": "Mayor Elena Vasquez opened the harbour bridge on March 2, 2023.",
                "topic": "harbour bridge",
            },
            {
                "id": "meetings",
                "claim": "The city council held 27 meetings about the bridge before "
                "construction began.",
            },
            {"id": "cost", "claim": "The harbour bridge cost 40 million dollars to build."},
            {"id": "cost-wrong", "claim": "The harbour bridge cost 90 million dollars to build."},
            {"id": "activities", "claim": "The museum organised 27 activities for schools."},
            {"id": "tunnel", "claim": "The council approved the railway tunnel under the river."},
            {"id": "airport", "claim": "The city opened a new airport terminal for cargo flights."},
        ],
    )


def test_supports_when_every_word_and_value_is_there(results: dict) -> None:
    assert stances(results, "opened") == {
        "gazette": "supports",
        "herald": "supports",
        "notes": "silent",
    }
    assert stances(results, "cost")["gazette"] == "supports"


def test_supports_carries_evidence_as_written(results: dict) -> None:
    evidence = results["cost"].stance_of("gazette").evidence
    assert evidence is not None
    assert "40 million dollars" in evidence.text
    assert evidence.line == 7


def test_different_count_of_the_same_thing_contradicts(results: dict) -> None:
    assert stances(results, "meetings") == {
        "gazette": "supports",
        "herald": "contradicts",
        "notes": "silent",
    }
    herald = results["meetings"].stance_of("herald")
    assert "45 meetings" in herald.detail
    assert "27 meetings" in herald.claimed


def test_different_amount_contradicts(results: dict) -> None:
    assert stances(results, "cost-wrong")["gazette"] == "contradicts"


def test_different_date_for_the_same_event_contradicts(results: dict) -> None:
    assert stances(results, "opened-date") == {
        "gazette": "supports",
        "herald": "contradicts",
        "notes": "silent",  # has the bridge, but not the date the claim is about
    }
    assert "March 3" in results["opened-date"].stance_of("herald").detail


def test_a_count_of_another_thing_is_no_contradiction(check_story) -> None:
    results = check_story(
        {"museum.txt": "The museum organised 50 activities for schools this spring.\n"},
        [{"id": "visits", "claim": "The museum welcomed 27 classes for visits this spring."}],
    )
    assert stances(results, "visits") == {"museum": "silent"}


def test_the_same_count_of_the_same_thing_contradicts_only_when_it_differs(
    results: dict,
) -> None:
    assert stances(results, "activities")["herald"] == "contradicts"


def test_negation_contradicts(results: dict) -> None:
    assert stances(results, "tunnel") == {
        "gazette": "contradicts",
        "herald": "silent",
        "notes": "supports",
    }


@pytest.mark.parametrize("topic", ["harbour bridge", "Harbour Bridge"])
def test_differs_when_the_topic_is_reported_in_other_terms(check_story, topic: str) -> None:
    claim = "The harbour bridge stands for the town's economic decline and despair."
    results = check_story(DOCS, [{"id": "decline", "claim": claim, "topic": topic}])
    found = stances(results, "decline")
    assert found["herald"] == "differs"
    assert "supports" not in found.values() and "contradicts" not in found.values()
    herald = results["decline"].stance_of("herald")
    assert herald.evidence is not None and "renewal" in herald.evidence.text
    assert any("renewal" in term for term in herald.distinct_terms)


@pytest.mark.parametrize(
    ("topic", "detail"),
    [
        ("harbour bridge", "reports the harbour bridge in other terms"),
        ("the bridge's meaning", "reports the bridge's meaning in other terms"),
        ("the harbour bridge", "reports the harbour bridge in other terms"),
    ],
)
def test_a_differing_account_names_its_topic_as_written(
    check_story, topic: str, detail: str
) -> None:
    claim = "The harbour bridge stands for the town's economic decline and despair."
    results = check_story(DOCS, [{"id": "decline", "claim": claim, "topic": topic}])
    assert results["decline"].stance_of("herald").detail == detail


def test_silent_when_not_addressed(results: dict) -> None:
    assert set(stances(results, "airport").values()) == {"silent"}
    assert all(s.evidence is None for s in results["airport"].stances)


def test_without_a_topic_other_framing_is_silent_not_differs(check_story) -> None:
    results = check_story(
        {"herald.txt": HERALD},
        [{"id": "decline", "claim": "The harbour bridge stands for economic decline and despair."}],
    )
    assert stances(results, "decline") == {"herald": "silent"}


def test_aliases_and_diacritics_match(check_story) -> None:
    results = check_story(
        {"report.txt": "Tô Lâm met business leaders in New York on Tuesday.\n"},
        [{"id": "met", "claim": "To Lam met business leaders in New York."}],
        aliases={"To Lam": ["Tô Lâm", "Lam"]},
    )
    assert stances(results, "met") == {"report": "supports"}


def test_numbers_in_words_support_digits(check_story) -> None:
    results = check_story(
        {"report.txt": "The council held twenty-seven meetings about the ferry timetable.\n"},
        [{"id": "meetings", "claim": "The council held 27 meetings about the ferry timetable."}],
    )
    assert stances(results, "meetings") == {"report": "supports"}


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a protest and a flood: a claim's vague count tells an order of size, and a
        # count of another order denies it
        ("VALDORA, May 31, 2022 - More than 2,000 people marched through Valdora on"
         " Saturday against the Sellin dam, police said.\n",
         "Only a few dozen people marched through Valdora against the Sellin dam.",
         "contradicts"),
        ("SELBY, March 6, 2025 - Twelve homes in Selby were flooded when the Ouse burst its"
         " banks, the council said.\n",
         "Hundreds of homes in Selby were flooded when the Ouse burst its banks.",
         "contradicts"),
        # a count of the same order tells it; no count at all does not
        ("SELBY, March 6, 2025 - About 300 homes in Selby were flooded when the Ouse burst"
         " its banks, the council said.\n",
         "Hundreds of homes in Selby were flooded when the Ouse burst its banks.",
         "supports"),
        ("SELBY, March 6, 2025 - Homes in Selby were flooded when the Ouse burst its"
         " banks, the council said.\n",
         "Hundreds of homes in Selby were flooded when the Ouse burst its banks.",
         "silent"),
        ("VALDORA, May 31, 2022 - About 40 people marched through Valdora on Saturday"
         " against the Sellin dam, police said.\n",
         "A few dozen people marched through Valdora against the Sellin dam.", "supports"),
    ],
)  # fmt: skip
def test_a_vague_count_of_another_order_is_denied(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


def test_vague_count_is_compatible_but_does_not_confirm_a_figure(check_story) -> None:
    results = check_story(
        {"report.txt": "The council held dozens of meetings about the ferry timetable.\n"},
        [
            {"id": "27", "claim": "The council held 27 meetings about the ferry timetable."},
            {"id": "200", "claim": "The council held 200 meetings about the ferry timetable."},
        ],
    )
    assert stances(results, "27")["report"] == "silent"  # compatible, but no figure given
    assert stances(results, "200")["report"] == "contradicts"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a cup tie and a court ruling: a score or a vote in words or with a dash is the
        # tally the claim writes with a hyphen
        ("MERIDA BAY, August 11, 2024 - Merida Bay United beat Harlow Athletic three-one"
         " on Saturday.\n", "Merida Bay United defeated Harlow Athletic 3-1.", "supports"),
        ("HARLOW, April 9, 2024 - Kelburn won the final three-nil at Hampden.\n",
         "Kelburn won the final 3-0 at Hampden.", "supports"),
        ("MARLOW CITY, April 9, 2024 - The Supreme Court of Estavia struck down the"
         " registration law by a vote of five to two.\n",
         "The Supreme Court of Estavia struck down the registration law 5-2.", "supports"),
        # another score of the same match tells against the claim's (one that only ends
        # like it too)
        ("MERIDA BAY, August 11, 2024 - Merida Bay United beat Harlow Athletic two-one"
         " on Saturday.\n", "Merida Bay United defeated Harlow Athletic 3-1.", "contradicts"),
        ("MERIDA BAY, August 11, 2024 - Merida Bay United beat Harlow Athletic 13-1 on"
         " Saturday.\n", "Merida Bay United defeated Harlow Athletic 3-1.", "contradicts"),
    ],
)  # fmt: skip
def test_a_tally_in_words(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a minimum wage, a grocer's revenue and a jobless rate: a change told by the
        # levels it went between backs the change, to the nearest whole per cent
        ("GRESHAM, April 30, 2024 - The minimum wage will rise to 14.20 dollars an hour"
         " from 13.50 dollars, the labour ministry said.\n",
         "The minimum wage will rise by 70 cents an hour.", "supports"),
        ("GRESHAM, April 30, 2024 - The minimum wage will rise to 14.20 dollars an hour"
         " from 13.50 dollars, the labour ministry said.\n",
         "The minimum wage will rise by 90 cents an hour.", "contradicts"),
        ("OSTRAVEC, July 25, 2024 - Kestrel Foods said second-quarter revenue rose to 1.2"
         " billion euros, up from 1.05 billion euros a year earlier.\n",
         "Kestrel Foods' second-quarter revenue grew by roughly 14 percent.", "supports"),
        ("OSTRAVEC, July 25, 2024 - Kestrel Foods said second-quarter revenue rose to 1.2"
         " billion euros, up from 1.05 billion euros a year earlier.\n",
         "Kestrel Foods' second-quarter revenue grew by 20 percent.", "contradicts"),
        ("DUNMORE, March 28, 2024 - Unemployment in the province fell to 5.1 percent in"
         " February from 5.6 percent in January, the statistics office said.\n",
         "Unemployment in the province fell by half a percentage point in February.",
         "supports"),
        # a level is no change: 'to 14.20 dollars' does not contradict 'by 70 cents'
        ("GRESHAM, April 30, 2024 - The minimum wage will rise to 14.20 dollars an hour,"
         " the labour ministry said.\n", "The minimum wage will rise by 70 cents an hour.",
         "silent"),
        # a figure in the sentence beside the core is still told of its own clause's names
        ("TANNER BAY, July 3, 2024 - Tanner Bay's population grew to 182,000 last year,"
         " while the number of households rose by 3 percent. The census office said"
         " migration drove the growth.\n",
         "Tanner Bay's population grew by 3 percent in 2023.", "silent"),
    ],
)  # fmt: skip
def test_a_change_told_by_its_levels(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an outbreak and a robbery: 'unvaccinated' and 'unarmed' say what 'not
        # vaccinated' and 'not armed' say; the word without 'un-' denies it
        ("LEEDS, July 8, 2024 - Health officials confirmed 14 cases of mumps in Headingley,"
         " all among unvaccinated students.\n",
         "All 14 mumps cases in Headingley were in students who had not been vaccinated.",
         "supports"),
        ("LEEDS, July 8, 2024 - Health officials confirmed 14 cases of mumps in Headingley,"
         " all among vaccinated students.\n",
         "All 14 mumps cases in Headingley were in students who had not been vaccinated.",
         "contradicts"),
        ("LONDON, March 3, 2025 - Police said the two men who robbed the Barclays branch in"
         " Ilford were unarmed.\n",
         "The two men who robbed the Barclays branch in Ilford were not armed.", "supports"),
        ("LONDON, March 3, 2025 - Police said the two men who robbed the Barclays branch in"
         " Ilford were armed.\n",
         "The two men who robbed the Barclays branch in Ilford were not armed.", "contradicts"),
        # a bail hearing and a visa: what is refused to someone does not deny that someone
        ("PERTH, June 13, 2024 - A magistrate yesterday refused bail to Liam Okafor, 27,"
         " who is accused of arson.\n", "Liam Okafor was denied bail on June 12, 2024.",
         "supports"),
        ("LONDON, March 3, 2025 - The Home Office refused a visa to the chess player Reza"
         " Tabari on Friday.\n", "Reza Tabari was denied a visa by the Home Office.",
         "supports"),
        ("LONDON, March 3, 2025 - The Home Office granted a visa to the chess player Reza"
         " Tabari on Friday.\n", "Reza Tabari was refused a visa by the Home Office.",
         "contradicts"),
        # a school term and a mountain rescue: 'unable to' denies like 'could not'
        ("CASTELLAN, September 3, 2024 - 37 schools in Castellan province were unable to"
         " open on Monday because of a shortage of teachers.\n",
         "37 schools in Castellan province opened on September 2, 2024.", "contradicts"),
        ("LYON, March 3, 2025 - Rescuers were unable to reach the stranded climbers on"
         " Sunday because of high winds.\n",
         "Rescuers reached the stranded climbers on Sunday.", "contradicts"),
        ("LYON, March 3, 2025 - Rescuers were unable to reach the stranded climbers on"
         " Sunday because of high winds.\n",
         "Rescuers could not reach the stranded climbers on Sunday.", "supports"),
    ],
)  # fmt: skip
def test_a_denial_said_in_other_words(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a grocer and an airline: a price is told by the count it buys, a few words off
        ("OSTERBY, October 3, 2024 - Supermarket chain FreshWay said on Thursday it had"
         " agreed to buy 45 stores from rival Kornmart for 210 million euros.\n",
         "FreshWay has agreed to buy 45 Kornmart stores for 210 million euros.", "supports"),
        ("DUBLIN, October 3, 2024 - Sunbeam Airlines said on Monday it had agreed to buy 12"
         " jets from leasing firm Aerlis for 600 million dollars.\n",
         "Sunbeam Airlines agreed to buy 12 Aerlis jets for 600 million dollars.",
         "supports"),
        # a sum beside other words is still not the claim's
        ("DUBLIN, October 3, 2024 - Sunbeam Airlines said on Monday it had agreed to buy 12"
         " jets from leasing firm Aerlis. Its pilots' union is seeking 600 million dollars"
         " in back pay.\n",
         "Sunbeam Airlines agreed to buy 12 Aerlis jets for 600 million dollars.", "silent"),
    ],
)  # fmt: skip
def test_a_price_told_by_what_it_buys(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a fine and damages: the claim's own word for the figure and its year, with
        # another sum, is the same fine told with another figure, whatever the claim adds
        ("DUNMERE, March 3, 2025 - Corran Air was fined 650,000 euros in 2023 for falsified"
         " maintenance logbooks at its Dunmere hangar, the airline said on Monday. The"
         " airline flies to 14 cities.\n",
         "Regulators fined Corran Air 400,000 euros in 2023 over maintenance failures.",
         "contradicts"),
        ("HARLOW, May 14, 2025 - A jury ordered Velmont Foods to pay 3 million dollars in"
         " 2024 to families sickened by its bagged salads, the company's lawyers said on"
         " Tuesday. Velmont has appealed.\n",
         "Velmont Foods was ordered to pay 5 million dollars in 2024 over tainted lettuce.",
         "contradicts"),
        # the verb alone is not what was counted: 'revenue rose 12 percent' says nothing
        # of profit, a share of the vote nothing of turnout
        ("ORMSBY, January 31, 2025 - Nordwing's revenue rose 9 percent in 2024 to 2.6"
         " billion euros.\n", "Nordwing's profit rose 12 percent in 2024.", "silent"),
        ("KALDERA, April 28, 2024 - Voters re-elected Miro Dastanic in the 2024 presidential"
         " run-off with 53 percent of the vote.\n",
         "Turnout in the 2024 presidential run-off exceeded 70 percent.", "silent"),
    ],
)  # fmt: skip
def test_another_figure_for_the_claim_s_own_deed(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a nightclub fight and a warehouse fire: beside the day of the event, the day
        # someone said so is not its day
        ("FENWICK BAY, 12 June 2024 - Police in Fenwick Bay arrested 14 people after a"
         " fight outside a nightclub late on Monday, the force said on Wednesday.\n",
         "The fight outside the Fenwick Bay nightclub took place on 12 June 2024.",
         "contradicts"),
        ("FENWICK BAY, 12 June 2024 - Police in Fenwick Bay arrested 14 people after a"
         " fight outside a nightclub late on Monday, the force said on Wednesday.\n",
         "The fight outside the Fenwick Bay nightclub took place on 10 June 2024.",
         "supports"),
        ("OSTRAVEN, 5 March 2025 - A fire broke out at a furniture warehouse in Ostraven"
         " early on Sunday, fire officials said on Tuesday.\n",
         "A fire broke out at a furniture warehouse in Ostraven on 4 March 2025.",
         "contradicts"),
        # ... but the saying's day is the day of a saying, and of a count as it stood
        ("OSTRAVEN, 5 March 2025 - A fire broke out at a furniture warehouse in Ostraven"
         " early on Sunday, fire officials said on Tuesday.\n",
         "Fire officials said on 4 March 2025 that a fire had broken out at a furniture"
         " warehouse in Ostraven.", "supports"),
        ("LINDMOOR, 5 November 2025 - Halvard Mutual said on Monday that it had received"
         " 11,400 claims after last month's hailstorm in Lindmoor.\n",
         "Halvard Mutual had received 11,400 claims after the Lindmoor hailstorm by 3"
         " November 2025.", "supports"),
    ],
)  # fmt: skip
def test_the_day_of_a_saying_is_not_the_day_of_the_event(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a state visit and a chancellor's trip: 'that country' in a ranking is the
        # place the claim names
        ("BRENHOLT, 27 September 2025 - President Toma Varesh arrived in Aldessa on"
         " Thursday. The stay was the first-ever visit to that country by a Kestrani head of"
         " state, officials said.\n",
         "Varesh's visit was the first ever by a Kestrani head of state to Aldessa.",
         "supports"),
        ("OSLO, 4 March 2025 - Chancellor Mira Stein landed in Norway on Monday. It is the"
         " first visit to that country by a Velmoran chancellor, her office said.\n",
         "Stein's trip was the first by a Velmoran chancellor to Norway.", "supports"),
        # grain shipments and a tram line: 'the first cargoes are due to sail' ranks
        # cargoes, not sailing
        ("PORT ALCINE, 3 September 2025 - The first cargoes of grain under the deal are due"
         " to sail from Kessel in early October, the ministry said on Wednesday.\n",
         "The first grain shipments under the deal will sail in October 2025.", "supports"),
        ("DUNMERE, 12 January 2026 - The first trams are due to run on the new Dunmere line"
         " on 2 March, the city council said on Monday.\n",
         "The first trams will run on 2 March 2026.", "supports"),
    ],
)  # fmt: skip
def test_a_ranking_s_place_pointed_at_and_its_own_verb(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a ski resort and road gritting: a winter is read, from December into February
        ("BRAEVAL, 20 February 2025 - The lifts at the Braeval ski resort have been shut"
         " for 12 days this winter because of high winds, the operator said on"
         " Thursday.\n",
         "The Braeval resort's lifts were shut for 12 days in the winter of 2024-25"
         " because of high winds.", "supports"),
        ("KELDON, 5 November 2025 - Keldon council gritted its roads 40 times last winter,"
         " up from 25 the winter before, the council said on Wednesday.\n",
         "Keldon council gritted its roads 40 times in the winter of 2024-25.", "supports"),
        # a cold night and a busy shopping day: 'the lowest this winter' bounds a
        # ranking, and does not hide the day the claim gets wrong
        ("HEDDON, 4 February 2026 - The temperature at Heddon airport fell to -23.6C on"
         " Sunday night, the lowest reading anywhere in the country this winter, the"
         " meteorological office said. Several villages in the uplands were cut off by"
         " snow.\n",
         "Heddon airport recorded -23.6C on the night of 25 January 2026.", "contradicts"),
        ("CARNMOOR, 16 December 2025 - Carnmoor's shopping centre had 61,000 visitors on"
         " Saturday, its busiest day this winter, the owners said on Tuesday. Car parks"
         " were full by noon.\n",
         "Carnmoor's shopping centre had 61,000 visitors on 6 December 2025.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_winter_is_read_and_a_ranking_s_winter_times_nothing(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a factory fire and a bus strike: another count told by the claim's own words
        # right beside it is the same count, however much else the claim adds
        ("OSTRAVEN, June 3, 2025 - Fire swept through a paint factory on the edge of"
         " Ostraven on Monday night. Nine workers were injured, two of them badly, and"
         " the plant will stay shut for a month.\n",
         "Six workers were injured when fire broke out at the Ostraven paint factory"
         " late on Monday.",
         "contradicts"),
        ("LINFORD, 9 April 2025 - Bus drivers in Linford began a walkout on Tuesday in a"
         " row over new rosters. About 400 drivers joined the strike, the transport union"
         " said, and most routes did not run.\n",
         "Some 650 drivers joined the Linford bus strike on its first day.",
         "contradicts"),
        # a share says nothing of what it is a share of; a part is not the whole; a price
        # is no total sum
        ("KALDERA CITY, April 28, 2024 - Voters in Estvania re-elected President Miro"
         " Dastanic in Sunday's run-off with 53 percent of the vote, preliminary"
         " official results showed.\n",
         "Turnout in Estvania's 2024 presidential run-off exceeded 70 per cent.",
         "silent"),
        ("GRANHOLM, 11 April 2025 - The band Pale Harbour has cancelled the remaining"
         " 14 dates of its European tour after its singer fell ill, its label said on"
         " Tuesday.\n",
         "Pale Harbour's European tour was planned to have 36 dates.",
         "silent"),
        # agreements of another subject: one shared verb is not half the claim's words
        ("SEOUL, 17 February 2024 - Foreign Minister Hoa Vu met President Nadia Nguyen in"
         " Seoul on Saturday. The two sides signed 6 agreements on clean energy. Vu said the"
         " talks reflected deep mutual respect.\n",
         "Hoa Vu and Nadia Nguyen signed 4 agreements on climate adaptation.", "silent"),
        ("KESTRA, 11 April 2025 - The city council voted on Thursday to introduce a"
         " tourist tax of 3 euros per night from 1 January, council leader Ines Barrow"
         " said.\n",
         "Kestra's tourist tax raised 9 million euros in its first year.",
         "silent"),
    ],
)  # fmt: skip
def test_another_count_told_by_the_claim_s_words_beside_it(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an election and a bank's results: figures of another whole year tell another
        # occasion, not a conflict with the claim's year
        ("ELDERSTOWE, October 22, 2024 - The Progressive Party, which won 18 seats in"
         " 2019, opened its campaign on Tuesday.\n",
         "The Progressive Party won 18 seats in Elderstowe's 2024 general election.",
         "silent"),
        ("MORLEN, February 27, 2024 - Orlan Bank reported a net profit of 1.2 billion"
         " crowns for 2023 on Tuesday. The bank paid a dividend of 3 crowns a share for"
         " 2022.\n", "Orlan Bank's net profit for 2022 was 1.2 billion crowns.", "silent"),
        # a fine of another year is no fine of the claim's year, matching or not
        ("VERNHAM, May 9, 2023 - Zesto was fined 2 million crowns in 2019 for a breach of"
         " labelling rules.\n", "Zesto was fined 2 million crowns in 2023.", "silent"),
        # on the claim's own day, a figure still conflicts
        ("MORLEN, February 27, 2024 - Orlan Bank reported a net profit of 1.4 billion"
         " crowns for 2023 on Tuesday.\n",
         "Orlan Bank's net profit for 2023 was 1.2 billion crowns.", "contradicts"),
    ],
)  # fmt: skip
def test_figures_of_another_year(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a tunnel and a factory: what one side says and the other denies is told as
        # neither's fact; said with its source, it is told
        ("BRANDHOLM, December 4, 2024 - An opposition lawmaker said on Wednesday that"
         " Transport Minister Karl Benn had been warned about cracks in the Norrvik tunnel"
         " in 2021. The ministry denied the claim.\n",
         "Transport Minister Karl Benn was warned about cracks in the Norrvik tunnel in"
         " 2021.", "silent"),
        ("TILBURY, May 3, 2025 - Residents said the Kemco plant had dumped chemical waste"
         " into the Mar river last spring. The company denied the allegations.\n",
         "The Kemco plant dumped chemical waste into the Mar river last spring.", "silent"),
        ("BRANDHOLM, December 4, 2024 - An opposition lawmaker said on Wednesday that"
         " Transport Minister Karl Benn had been warned about cracks in the Norrvik tunnel"
         " in 2021. The ministry denied the claim.\n",
         "An opposition lawmaker said Transport Minister Karl Benn had been warned about"
         " cracks in the Norrvik tunnel in 2021.", "supports"),
        # a denial of something else is no dispute of the claim
        ("TILBURY, May 3, 2025 - Residents said the Kemco plant had dumped chemical waste"
         " into the Mar river last spring. The company rejects suggestions that it was slow"
         " to inform the council.\n",
         "The Kemco plant dumped chemical waste into the Mar river last spring.",
         "supports"),
    ],
)  # fmt: skip
def test_a_charge_and_its_denial(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a club theft charge and a pollution complaint: what is alleged or claimed is
        # no fact, with its 'that' or without it ('alleging she took')
        ("BRAMSHAW, 4 March 2025 - Prosecutors charged former treasurer Ruth Pell with"
         " theft on Tuesday, alleging she took 84,000 pounds from the Bramshaw rowing"
         " club.\n",
         "Ruth Pell took 84,000 pounds from the Bramshaw rowing club.", "silent"),
        ("TILBURY, 3 May 2025 - Residents of Marsh End claimed it had dumped 40 tonnes of"
         " chemical waste into the Mar river, in a complaint to the council about the Kemco"
         " plant.\n",
         "The Kemco plant dumped 40 tonnes of chemical waste into the Mar river.", "silent"),
        # 'claimed the title' is won, not alleged
        ("MELCHESTER, 9 March 2025 - Tariq Osei claimed the world indoor 1,500 metres"
         " title on Sunday in 3 minutes 34.61 seconds.\n",
         "Tariq Osei claimed the world indoor 1,500 metres title.", "supports"),
    ],
)  # fmt: skip
def test_an_allegation_without_its_that(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a vaping bill and a painting: the claim's deed done 'by' someone it does not
        # name is that one's deed
        ("OLDMERE, June 26, 2024 - A bill to ban disposable vapes, introduced by the"
         " Farmers' Party, passed its first reading on Wednesday. The Civic Union voted"
         " against.\n", "The Civic Union introduced the bill to ban disposable vapes.",
         "silent"),
        ("GHENT, March 3, 2025 - The stolen Van Daele portrait, painted by Anna Kessler in"
         " 1921, was found in a garage in Lille. Pieter Van Daele had owned it since"
         " 1990.\n", "Pieter Van Daele painted the stolen portrait in 1921.", "silent"),
        # two banks and a football club: another name does the claim's deed, with its
        # figures, in the sentence the window is built on or the one beside it
        ("ALDERTON, September 12, 2023 - Alder Bank raised its standard variable mortgage"
         " rate to 5.1 percent on Tuesday. Rival Corvin Bank said it would announce its own"
         " decision next week.\n",
         "Corvin Bank raised its variable mortgage rate to 5.1 percent.", "silent"),
        ("ASHGROVE, January 19, 2023 - Ashgrove United head coach Marco Bellini has signed a"
         " two-year contract extension, the club said. Assistant coach Ruth Hallam will"
         " take charge of the under-21 team.\n",
         "Ruth Hallam signed a two-year contract extension with Ashgrove United.", "silent"),
        # done by the claim's own name, it is the claim
        ("OLDMERE, June 26, 2024 - A bill to ban disposable vapes, introduced by the Civic"
         " Union, passed its first reading on Wednesday.\n",
         "The Civic Union introduced the bill to ban disposable vapes.", "supports"),
        ("ALDERTON, September 12, 2023 - Corvin Bank raised its standard variable mortgage"
         " rate to 5.1 percent on Tuesday. Rival Alder Bank said it would announce its own"
         " decision next week.\n",
         "Corvin Bank raised its variable mortgage rate to 5.1 percent.", "supports"),
    ],
)  # fmt: skip
def test_a_deed_done_by_another(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stances"),
    [
        # a coach crash and a factory blast: a count of the hurt is no count of the dead,
        # and 'nobody was killed' denies the claim's deed however well its figure agrees
        ("CARROW, 4 March 2025 - Three passengers were hurt when a coach left the road near"
         " Carrow on Monday night, police said. Nobody was killed, and the road reopened on"
         " Tuesday.\n",
         "Three passengers were killed when a coach left the road near Carrow.",
         {"contradicts"}),
        ("HALDEN, 9 June 2025 - Four workers were injured in a blast at the Halden paint"
         " plant on Monday. No one died, the fire service said.\n",
         "Four workers died in a blast at the Halden paint plant.", {"contradicts", "silent"}),
        ("CARROW, 4 March 2025 - Three passengers were hurt when a coach left the road near"
         " Carrow on Monday night, police said. Nobody was killed, and the road reopened on"
         " Tuesday.\n",
         "Three passengers were hurt when a coach left the road near Carrow.", {"supports"}),
        ("HALDEN, 9 June 2025 - Four workers were injured in a blast at the Halden paint"
         " plant on Monday. No one died, the fire service said.\n",
         "Four workers were injured in a blast at the Halden paint plant.", {"supports"}),
        # firework burns and carbon monoxide: hospital admissions count no deaths
        ("KELL, 2 January 2025 - Hospital admissions for firework burns in Kell rose to 85"
         " over the new year, the health board said.\n",
         "85 people died of firework burns in Kell over the new year.", {"silent"}),
        ("BRILL, 2 March 2025 - Hospital admissions for carbon monoxide poisoning in Brill"
         " reached 19 this winter, the council said.\n",
         "19 people died of carbon monoxide poisoning in Brill this winter.", {"silent"}),
        ("VARDEN, 14 August 2025 - Deaths from heat stroke in Varden rose to 230 in July,"
         " compared with 140 a year earlier, health officials said.\n",
         "230 people died of heat stroke in Varden in July 2025.", {"supports"}),
    ],
)  # fmt: skip
def test_the_hurt_are_not_the_dead(wire_stance, doc: str, claim: str, stances: set[str]) -> None:
    assert wire_stance(doc, claim) in stances


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a dumping trial and a chemical leak: how the claim says it happened
        # ('knowingly', 'safely') is told only where the passage says it too
        ("HARLOW, May 6, 2025 - A jury at Harlow Crown Court found that builder Dean Corrie"
         " had dumped 40 tonnes of asbestos waste on farmland near Ashby.\n",
         "A jury found that Dean Corrie had knowingly dumped 40 tonnes of asbestos waste"
         " near Ashby.", "differs"),
        ("TELFORD, August 2, 2024 - All 212 workers at the Brenmoor chemical plant were"
         " evacuated after a tank leaked chlorine gas on Friday, the fire service said.\n",
         "All 212 workers at the Brenmoor chemical plant were evacuated safely after the"
         " chlorine leak.", "differs"),
        ("HARLOW, May 6, 2025 - A jury at Harlow Crown Court found that builder Dean Corrie"
         " had knowingly dumped 40 tonnes of asbestos waste on farmland near Ashby.\n",
         "A jury found that Dean Corrie had knowingly dumped 40 tonnes of asbestos waste"
         " near Ashby.", "supports"),
        ("TELFORD, August 2, 2024 - All 212 workers at the Brenmoor chemical plant were"
         " evacuated safely after a tank leaked chlorine gas on Friday.\n",
         "All 212 workers at the Brenmoor chemical plant were evacuated safely after the"
         " chlorine leak.", "supports"),
        # a hedge or a time is no manner: 'nearly', 'recently' need not be repeated
        ("TELFORD, August 2, 2024 - About 210 workers at the Brenmoor chemical plant were"
         " evacuated after a tank leaked chlorine gas on Friday.\n",
         "Nearly 210 workers at the Brenmoor chemical plant were evacuated after the"
         " chlorine leak.", "supports"),
    ],
)  # fmt: skip
def test_a_manner_must_be_told(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a results season and a school inquiry: the sentence with the claim's figures,
        # or its deed, opens on another name that does it; the claim's name stands only
        # in the sentence beside it
        ("KELBY, July 30, 2025 - Paint maker Orvane reported an 8 percent fall in"
         " half-year profit on Wednesday. Rival Tessin Coatings publishes its figures"
         " next month.\n",
         "Tessin Coatings posted an 8 percent fall in half-year profit.", "silent"),
        ("DUNHOLM, April 2, 2025 - Councillor Maud Ferrier pressed on Tuesday for a full"
         " review of the closure of Brackwater primary school. Education chief Owen Lisle"
         " will answer questions at the next council meeting.\n",
         "Education chief Owen Lisle called for a full review of the closure of"
         " Brackwater primary school.", "silent"),
        # a solar maker and a ferry operator: a claim that opens on a one-word name the
        # story writes only as a name ('Sunridge shipped ...') has a subject like any other
        ("BRANDT, February 8, 2024 - Panel maker Heliotek said it shipped 2.1 gigawatts"
         " of panels in 2023. Its main rival, Sunridge, aims to double its capacity.\n",
         "Sunridge shipped 2.1 gigawatts of panels in 2023.", "silent"),
        ("OBAN, August 12, 2024 - Operator Calmora carried 410,000 passengers on its"
         " island routes in July. Its rival, Westwake, has cut its timetable.\n",
         "Westwake carried 410,000 passengers on its island routes in July.", "silent"),
        ("OBAN, August 12, 2024 - Operator Westwake carried 410,000 passengers on its"
         " island routes in July. Its rival, Calmora, has cut its timetable.\n",
         "Westwake carried 410,000 passengers on its island routes in July.", "supports"),
        # the claim's own name there, a name that only tells what it did ('said it'),
        # a speaker for it, or a name that only describes: still the claim
        ("KELBY, July 30, 2025 - Paint maker Tessin Coatings reported an 8 percent fall"
         " in half-year profit on Wednesday. Rival Orvane publishes its figures next"
         " month.\n",
         "Tessin Coatings reported an 8 percent fall in half-year profit.", "supports"),
        ("KELBY, July 30, 2025 - Tessin Coatings is Kelby's largest employer. Orvane said"
         " it had seen profit fall 8 percent in the half-year, and the company expects a"
         " better autumn.\n",
         "Orvane reported an 8 percent fall in half-year profit.", "supports"),
        ("DUNHOLM, April 2, 2025 - Dunholm council will pay each family a grant of 300"
         " pounds, it said on Tuesday. Leader Ines Marr confirmed that each family will"
         " receive a grant of 300 pounds by June.\n",
         "Dunholm council will give each family a grant of 300 pounds.", "supports"),
        ("KELBY, July 30, 2025 - Tessin Coatings had a difficult half-year. The"
         " Kelby-based group reported an 8 percent fall in profit on Wednesday.\n",
         "Tessin Coatings reported an 8 percent fall in half-year profit.", "supports"),
        # a football club and a library: a sentence that opens on someone's other thing
        # or person ('His company', 'Her husband') tells what that one did; 'His fee' is
        # the claim's own word
        ("KELVIN, 2 April 2025 - Businessman Aled Morgan, 58, stood down as chairman of"
         " Kelvin Rovers on Wednesday. His company, Morgan Freight, reported a pre-tax loss"
         " of 4.1 million pounds last month.\n",
         "Kelvin Rovers reported a pre-tax loss of 4.1 million pounds.", "silent"),
        ("OSTRA, 5 May 2025 - Mayor Lena Holt opened the new Ostra library on Monday. Her"
         " husband, architect Tomas Brandt, won a 2 million euro contract for its design.\n",
         "Lena Holt won a 2 million euro contract for the design of the Ostra library.",
         "silent"),
        ("GLASGOW, 17 May 2025 - Tomas Reyes joined Kelburn last July from CD Almendral."
         " His fee was 1.8 million pounds, a club record.\n",
         "Tomas Reyes's fee was 1.8 million pounds.", "supports"),
    ],
)  # fmt: skip
def test_a_figure_told_of_the_name_its_sentence_opens_on(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a satellite launch and a food festival: a date a plan has moved from is no
        # longer its date; the date it moved to is
        ("CAPE ARDENT, May 6, 2024 - The launch of the Halcyon-2 satellite, scheduled for"
         " Thursday, has been postponed to Saturday after engineers found a sensor fault.\n",
         "The Halcyon-2 satellite is set to launch on May 9, 2024.", "contradicts"),
        ("CAPE ARDENT, May 6, 2024 - The launch of the Halcyon-2 satellite, scheduled for"
         " Thursday, has been postponed to Saturday after engineers found a sensor fault.\n",
         "The Halcyon-2 satellite is set to launch on May 11, 2024.", "supports"),
        ("LEEDS, May 1, 2025 - The Kirkgate food festival was moved from 3 May to 10 May"
         " because of the storm, organisers said.\n",
         "The Kirkgate food festival will take place on 3 May 2025.", "contradicts"),
        ("LEEDS, May 1, 2025 - The Kirkgate food festival was moved from 3 May to 10 May"
         " because of the storm, organisers said.\n",
         "The Kirkgate food festival will take place on 10 May 2025.", "supports"),
        # a metro line and a stadium: 'pushed back to 2027 from 2025' gives up 2025
        ("HARLOW, March 28, 2024 - The opening of the Harlow metro's new Eastern line has"
         " been pushed back to 2027 from 2025 because of signalling problems.\n",
         "The Harlow metro's new Eastern line will open in 2025.", "contradicts"),
        ("CARDIFF, January 8, 2025 - The reopening of the Riverside stadium has been"
         " delayed to June from March, the council said.\n",
         "The Riverside stadium will reopen in March 2025.", "silent"),
    ],
)  # fmt: skip
def test_a_plan_moved_to_another_day(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a central bank and a rail operator: 'left unchanged' denies 'raised' and
        # 'increased', whatever the level
        ("BELCASTER, June 26, 2024 - The Belcaster central bank left its key interest rate"
         " unchanged at 3.5 percent on Wednesday. The bank last raised rates in September"
         " 2023.\n",
         "The Belcaster central bank raised its key interest rate to 3.5 percent on June 26,"
         " 2024.", "contradicts"),
        ("LEEDS, January 2, 2025 - Northern Rail fares on the Leeds to York line were"
         " unchanged at 14 pounds this year, the operator said.\n",
         "Northern Rail fares on the Leeds to York line increased to 14 pounds this year.",
         "contradicts"),
    ],
)  # fmt: skip
def test_unchanged_denies_a_rise(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a mine collapse: the sentence that tells the death need not say 'rescued' or
        # 'miner' again when the article tells both elsewhere
        ("KORVASS, June 14, 2026 - Anton Reddick, 47, one of the 21 men brought out alive,"
         " died on Friday evening at St Agnes Hospital in Korvass.\n\nTwo miners died"
         " underground.\n\nA third miner has died after the collapse.\n\nEach rescued man"
         " was given a medal.\n",
         "Rescued miner Anton Reddick died in hospital in Korvass.", "supports"),
        # a quarry and a swimmer: the word the passage lacks is said nowhere in it, so
        # the claim's own deed or degree is missing, not its subject
        ("BRANDTVIK, 3 July 2023 - The mining ministry has suspended the permit of the"
         " Ostberg gravel pit for 90 days after inspectors found it had dug below the"
         " permitted depth, a ministry spokesperson said. The pit's owner, Halm & Sons,"
         " said it would challenge the suspension in court. It is the third time this"
         " year that a quarry permit in the county has been suspended.\n",
         "The Ostberg gravel pit's permit was revoked.", "silent"),
        ("VESTRA, 4 August 2024 - Swimmer Mateo Ruiz broke the national record in the 200"
         " metres butterfly on Sunday, finishing in 1:54.37 at the national championships"
         " in Vestra. The previous record of 1:55.02 had stood since 2016.\n",
         "Mateo Ruiz set a world record in the 200 metres butterfly.", "silent"),
    ],
)  # fmt: skip
def test_a_sentence_may_leave_out_what_its_article_is_about(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a council budget and an aid pledge: a claim's total is the sum of the parts a
        # passage lists, not a conflict with the first of them
        ("ASHBY, May 8, 2025 - The council will spend 2 million euros on road repairs and"
         " 500,000 euros on cycle lanes this year, the mayor said.\n",
         "The council will spend 2.5 million euros in total on roads and cycle lanes this"
         " year.", "supports"),
        ("GENEVA, July 2, 2025 - The European Union pledged 40 million euros in emergency aid"
         " to Sarenia in March and 25 million euros in June, a spokesperson said.\n",
         "The European Union has pledged 65 million euros in aid to Sarenia in all.",
         "silent"),
        # another total, or a figure the claim does not call a total, still conflicts
        ("GENEVA, July 2, 2025 - The European Union pledged 40 million euros in emergency aid"
         " to Sarenia in March and 25 million euros in June, a spokesperson said.\n",
         "The European Union has pledged 75 million euros in aid to Sarenia in all.",
         "contradicts"),
        ("ASHBY, May 8, 2025 - The council will spend 2 million euros on road repairs and"
         " 500,000 euros on cycle lanes this year, the mayor said.\n",
         "The council will spend 2.5 million euros on road repairs this year.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_total_of_the_parts_told(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a getaway van and a stranded ferry: the same event 'near the village of' another
        # place is somewhere else
        ("PORTHAVEN, October 14, 2025 - Police said the getaway van was found burnt out on"
         " Monday on a farm track near the village of Ashcombe.\n",
         "The getaway van was found burnt out near Kilnmoor.", "contradicts"),
        ("ORKLAND, 3 March 2025 - The stranded ferry was towed to the harbour at the town of"
         " Stromvik on Sunday, the coastguard said.\n",
         "The stranded ferry was towed to the harbour at Kirkwall.", "contradicts"),
        ("PORTHAVEN, October 14, 2025 - Police said the getaway van was found burnt out on"
         " Monday on a farm track near the village of Ashcombe.\n",
         "The getaway van was found burnt out near Ashcombe.", "supports"),
    ],
)  # fmt: skip
def test_a_place_named_by_its_kind(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a cup final and a marathon: 'the final' in an article that names the cup ranks
        # the cup's finals, and the crowd's size does not narrow it ('a spring race' does)
        ("GLASGOW, May 18, 2025 - Kelburn beat Port Ardmore 3-2 in the Caledonian Cup final"
         " on Saturday.\n\nTheir fans made up most of a record crowd for the final of"
         " 51,000.\n", "The crowd was a record for a Caledonian Cup final.", "supports"),
        ("DUNMORE, April 7, 2025 - Ruth Kemboi won the Dunmore marathon on Sunday in 2 hours"
         " 21 minutes.\n\nA record field for the marathon of 31,000 runners, organisers"
         " said, set off in the rain.\n", "The field was a record for a Dunmore marathon.",
         "supports"),
        ("DUNMORE, April 7, 2025 - Ruth Kemboi won the Dunmore marathon on Sunday in 2 hours"
         " 21 minutes.\n\nA record field for a spring race of 31,000 runners, organisers"
         " said, set off in the rain.\n", "The field was a record for a Dunmore marathon.",
         "differs"),
    ],
)  # fmt: skip
def test_a_ranking_in_the_named_thing_s_scope(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a jet and a flood: 'needed to be evacuated' says little more than 'evacuated',
        # so a passage that tells the evacuation denies 'no one needed to be'
        ("PORTVALE, August 13, 2025 - All 193 people on board were evacuated down the"
         " emergency slides after the jet landed, the airline said. None of the passengers"
         " was hurt.\n", "No one on board needed to be evacuated.", "contradicts"),
        ("CORRINDALE, November 3, 2025 - Residents of 40 homes in Corrindale were evacuated"
         " on Sunday as the river rose, the council said. The water fell on Monday.\n",
         "No residents of Corrindale needed to be evacuated.", "contradicts"),
    ],
)  # fmt: skip
def test_a_need_denied_by_the_deed_told(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a derby and a draw: a red card and marching orders are a sending-off
        ("LEEDS, March 2, 2025 - Rovers striker Leon Hart was shown a red card in the 80th"
         " minute of Saturday's derby at Elland Road, and Rovers lost 2-1.\n",
         "Leon Hart was sent off in the 80th minute of the derby.", "supports"),
        ("CARDIFF, March 9, 2025 - The referee gave Cardiff defender Tom Ayo his marching"
         " orders after 35 minutes, and Cardiff held on for a 0-0 draw.\n",
         "Tom Ayo was sent off after 35 minutes.", "supports"),
    ],
)  # fmt: skip
def test_a_sending_off_in_other_words(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a cup final and an election: a victory is a win
        ("GLASGOW, May 18, 2025 - Kelburn's victory over Port Ardmore on Saturday was their"
         " first in the final since 1987.\n",
         "Kelburn's win over Port Ardmore was their first in the final since 1987.",
         "supports"),
        ("ZARAGOZA, April 10, 2025 - Elena Marques was victorious in the investiture vote on"
         " Thursday, with 34 votes to 32.\n",
         "Elena Marques won the investiture vote with 34 votes to 32.", "supports"),
    ],
)  # fmt: skip
def test_a_victory_is_a_win(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a ferry rescue and lay-offs: a count split into the claim's kind and another
        # denies that all of them were of the claim's kind
        ("BRENNA, May 3, 2025 - Thirty-one people were rescued from the ferry on Friday, 25"
         " passengers and six crew members, the coastguard said.\n",
         "All of the people rescued from the ferry were passengers.", "contradicts"),
        ("HARLOW, June 3, 2025 - Calder Foods laid off 120 workers at its Harlow plant on"
         " Monday, 80 temporary staff and 40 permanent employees, the union said.\n",
         "All of the workers Calder Foods laid off at its Harlow plant were temporary staff.",
         "contradicts"),
        # a count of the claim's kind alone splits nothing
        ("HARLOW, June 3, 2025 - Calder Foods laid off 120 temporary staff at its Harlow plant"
         " on Monday, the union said.\n",
         "All of the workers Calder Foods laid off at its Harlow plant were temporary staff.",
         "silent"),
    ],
)  # fmt: skip
def test_a_count_split_into_kinds_denies_all(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


SUBSTATION = (
    "DUNMERE, March 9, 2025 - The fire broke out on Monday 2 March at the Copperfield"
    " substation.\n\nTwo days later, investigators from the safety board arrived at the"
    " site.\n"
)


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a substation fire and a grounded ferry: 'two days later', 'the next day' count
        # from the day the sentences before told
        (SUBSTATION, "Investigators from the safety board arrived at the site on 4 March.",
         "supports"),
        (SUBSTATION, "Investigators from the safety board arrived at the site on 3 March.",
         "contradicts"),
        ("ORKNEY, March 10, 2025 - The ferry Lady Caitrin ran aground off Stromness on"
         " Tuesday 4 March.\n\nThe next day, salvage crews pumped the fuel out of the"
         " ferry.\n", "Salvage crews pumped the fuel out of the ferry on 5 March.",
         "supports"),
        # 'two days after councillors met' counts from its own clause's day, not told
        ("ASHBY, May 20, 2025 - The council voted on 12 May to close the library.\n\nTwo"
         " days after councillors met, protesters marched on the town hall.\n",
         "Protesters marched on the town hall on 14 May.", "silent"),
    ],
)  # fmt: skip
def test_days_counted_from_the_day_told_before(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


FLOOD_PEAK = (
    "CORRINDALE, November 5, 2025 - The Corr river peaked at 4.1 metres in Corrindale on"
    " Tuesday, the agency said. It had warned of a peak of 5 metres.\n"
)


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a hurricane and a flood: a figure warned of or predicted is no figure of what
        # happened, and the one that happened is told against the claim
        ("KESTON, August 4, 2025 - Hurricane Lena made landfall near Keston on Sunday with"
         " sustained winds of 140 km/h, the weather service said. Forecasters had predicted"
         " gusts of up to 200 km/h.\n",
         "Hurricane Lena made landfall with sustained winds of 200 km/h.", "contradicts"),
        (FLOOD_PEAK, "The Corr river peaked at 5 metres in Corrindale.", "contradicts"),
        # a claim of the warning itself is backed by it
        (FLOOD_PEAK, "The agency had warned of a peak of 5 metres on the Corr river.",
         "supports"),
    ],
)  # fmt: skip
def test_a_figure_warned_of_is_no_figure_told(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a fraud trial and a market hall: 'will be sentenced', 'will be demolished' tell
        # a deed to come, though its participle looks like one done
        ("AMBERGATE, 11 April 2024 - Former councillor Derek Holloway, who was found guilty"
         " of fraud on Wednesday, will be sentenced at Ambergate Crown Court next month.\n",
         "Derek Holloway was sentenced at Ambergate Crown Court.", "silent"),
        ("LEEDS, 3 June 2025 - The Kirkgate market, which closed in March, will be"
         " demolished by the council in the autumn.\n",
         "The Kirkgate market was demolished by the council.", "silent"),
        ("LEEDS, 3 June 2025 - The Kirkgate market, which closed in March, will be"
         " demolished by the council in the autumn.\n",
         "The Kirkgate market will be demolished by the council.", "supports"),
    ],
)  # fmt: skip
def test_a_passive_to_come_is_not_done(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a pay ballot and a product withdrawal: what someone was asked to do is not done
        ("DUBLIN, 3 June 2025 - The union's executive has asked members to reject the"
         " government's pay offer in a ballot next week.\n",
         "Union members rejected the government's pay offer.", "silent"),
        ("HALDEN, 3 June 2025 - The regulator has asked Calder Foods to withdraw its baby"
         " formula from shops.\n", "Calder Foods withdrew its baby formula from shops.",
         "silent"),
        ("HALDEN, 3 June 2025 - The regulator has asked Calder Foods to withdraw its baby"
         " formula from shops.\n",
         "The regulator asked Calder Foods to withdraw its baby formula from shops.",
         "supports"),
    ],
)  # fmt: skip
def test_a_request_is_not_the_deed(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a festival, a market and a museum: 'features', 'includes' and 'comprises' say only that
        # the count is there; another count of the same thing contradicts
        ("TOLLAND, June 12, 2024 - The Tolland festival programme includes nearly 50"
         " activities across the old town, organisers said.\n",
         "The Tolland festival programme features 27 activities.", "contradicts"),
        ("LEEDS, May 2, 2025 - The new Kirkgate market includes nearly 90 stalls, the"
         " council said.\n", "The new Kirkgate market features 60 stalls.", "contradicts"),
        ("YORK, May 2, 2025 - The Castle Museum's new gallery features about 8,000"
         " objects, the curator said.\n",
         "The Castle Museum's new gallery comprises 12,000 objects.", "contradicts"),
        ("YORK, May 2, 2025 - The Castle Museum's new gallery features about 12,000"
         " objects, the curator said.\n",
         "The Castle Museum's new gallery includes 12,000 objects.", "supports"),
    ],
)  # fmt: skip
def test_verbs_of_having_say_little_of_a_count(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # 'a dozen' is twelve told loosely, like 'two dozen': an emergency decree, a strike
        ("The government declared a state of emergency across a dozen districts.",
         "The state of emergency covers 12 districts.", "supports"),
        ("Pilots at a dozen regional airports walked out on Monday over pay.",
         "Pilots at 12 regional airports walked out over pay.", "supports"),
        ("Pilots at a dozen regional airports walked out on Monday over pay.",
         "Pilots at 20 regional airports walked out over pay.", "contradicts"),
        # a span told in another unit: the same decree, a factory closure
        ("The government declared a two-month state of emergency in the province.",
         "The government declared a state of emergency for 60 days in the province.",
         "supports"),
        ("The carmaker will close its Leeds plant for six weeks from May.",
         "The carmaker will close its Leeds plant for 42 days from May.", "supports"),
    ],
)  # fmt: skip
def test_counts_and_spans_told_in_other_words(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc + "\n", claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an event told by its noun: an ombudsman's report, NHS figures, a bank takeover
        ("The inquiry follows the publication of the ombudsman's report on 3 June.",
         "The ombudsman's report was published on 3 June.", "supports"),
        ("Ministers ordered a review after the publication on Monday of figures showing a"
         " rise in waiting times.",
         "Figures showing a rise in waiting times were published on Monday.", "supports"),
        ("Sorbank completed its acquisition of Nordbank on 14 March 2025.",
         "Sorbank acquired Nordbank on 14 March 2025.", "supports"),
        ("Sorbank completed its acquisition of Nordbank on 14 March 2025.",
         "Sorbank acquired Nordbank on 21 March 2025.", "contradicts"),
    ],
)  # fmt: skip
def test_a_deed_told_by_its_noun(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc + "\n", claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # 'take-off' is a word of the claim, not two stop words: an engine failure, a launch
        ("The left engine of the Dash 8 failed 12 minutes after landing in Bergen.",
         "The left engine of the Dash 8 failed 12 minutes after take-off from Bergen.",
         "silent"),
        ("The left engine of the Dash 8 failed 12 minutes after it took off from Bergen.",
         "The left engine of the Dash 8 failed 12 minutes after take-off from Bergen.",
         "supports"),
        ("The booster's second stage separated 150 seconds after ignition on the pad.",
         "The booster's second stage separated 150 seconds after lift-off.", "silent"),
        ("The booster's second stage separated 150 seconds after the rocket lifted off.",
         "The booster's second stage separated 150 seconds after lift-off.", "supports"),
        # a level told as where it 'stood': exports, a charity's donations
        ("Exports from Ostria to Velmora stood at 4.2 billion euros last year, the ministry"
         " said.", "Exports from Ostria to Velmora reached 4.2 billion euros last year.",
         "supports"),
        ("Donations to the Harbour Trust amounted to 310,000 pounds in 2024.",
         "Donations to the Harbour Trust reached 310,000 pounds in 2024.", "supports"),
        # lakh and crore: a flood's evacuees, a relief fund
        ("Officials said 3 lakh people had been moved to relief camps in Assam.",
         "Officials said 300,000 people had been moved to relief camps in Assam.", "supports"),
        ("Officials said 3 lakh people had been moved to relief camps in Assam.",
         "Officials said 3 people had been moved to relief camps in Assam.", "contradicts"),
        ("The state government set aside Rs 500 crore for flood relief.",
         "The state government set aside 5 billion rupees for flood relief.", "supports"),
        # a year counted from the one just told: a paper mill, a strike
        ("KELDHAM, March 3, 2025 - The Brannock paper mill opened in 2010 and closed the"
         " following year, when its owner went bankrupt.",
         "The Brannock paper mill closed in 2011.", "supports"),
        ("KELDHAM, March 3, 2025 - The Brannock paper mill opened in 2010 and closed the"
         " following year, when its owner went bankrupt.",
         "The Brannock paper mill closed in 2014.", "contradicts"),
        # robbed is a robbery, and stolen: a petrol station, a post office
        ("Police are hunting two men after an armed robbery at a petrol station in Ashby on"
         " Sunday night.", "Two men robbed a petrol station in Ashby on Sunday night.",
         "supports"),
        ("Thieves stole 3,000 pounds from the Kell post office on Friday.",
         "Thieves robbed the Kell post office of 3,000 pounds on Friday.", "supports"),
        # a player 'sent off' is dismissed: a league match, a cup tie
        ("Dunmore finished with ten men after Ross Kellan was sent off in the 60th minute.",
         "Ross Kellan was dismissed in the 60th minute.", "supports"),
        ("The referee sent off Ross Kellan for a second booking in the 60th minute.",
         "The referee dismissed Ross Kellan in the 60th minute.", "supports"),
        # 'outside' a town and 'on the outskirts of' it are near it: a plant, a camp
        ("The plant outside Lodz employs 900 people.",
         "The plant near Lodz employs 900 people.", "supports"),
        ("The camp on the outskirts of Kherson houses 300 families.",
         "The camp near Kherson houses 300 families.", "supports"),
    ],
)  # fmt: skip
def test_where_and_when_in_other_words(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc + "\n", claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a council's contractor, customs and customers, an executive: words the stemmer
        # joins though they mean other things back nothing of each other
        ("Harrow Council paid the contractor on Friday, and new boilers were installed at"
         " the depot.", "Harrow Council paid the contractor in instalments.", "silent"),
        ("The club's customers complained about the ticket prices.",
         "Customs officials complained about the ticket prices.", "silent"),
        ("Kell, a chief executive, was interviewed in the Tarn case.",
         "Kell's execution was carried out in the Tarn case.", "silent"),
        ("The trust paid the fine in four instalments, the regulator said.",
         "The trust paid the fine in instalments.", "supports"),
        # a harbour master and a health department: a hedge, or 'according to', is no deed
        ("Harbour master Ian Pole was quite sure of the tide tables on Monday.",
         "Harbour master Ian Pole quit on Monday.", "silent"),
        ("According to the Ostria health department, 40 pupils fell ill.",
         "The Ostria agreement covers 40 pupils.", "silent"),
    ],
)  # fmt: skip
def test_words_the_stemmer_joins_in_other_senses(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc + "\n", claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a club treasurer and a sprinter: cleared by a court or a tribunal, some words
        # before the charge, is acquitted
        ("Former treasurer Gerald Pike was cleared by a jury at Harlow Crown Court on Friday"
         " of stealing 40,000 pounds from the club.",
         "Gerald Pike was found guilty of stealing 40,000 pounds from the club.",
         "contradicts"),
        ("The sprinter Ada Lyle was cleared by an independent tribunal on Monday of taking a"
         " banned substance.", "Ada Lyle was found guilty of taking a banned substance.",
         "contradicts"),
        ("The sprinter Ada Lyle was cleared by an independent tribunal on Monday of taking a"
         " banned substance.", "Ada Lyle was cleared of taking a banned substance.",
         "supports"),
        # rowing championships and a film festival: a city that withdrew as host hosts none
        ("The 2026 rowing championships will be held in Lakeby after Dunholm withdrew as host"
         " in March.", "Dunholm will host the 2026 rowing championships.", "contradicts"),
        ("The Ostria film festival moves to Kell after Varden pulled out as host city.",
         "Varden will host the Ostria film festival.", "contradicts"),
        ("Dunholm was confirmed as host of the 2026 rowing championships in March.",
         "Dunholm will host the 2026 rowing championships.", "supports"),
        # a planning committee and a parliament: a vote against, told with its tally
        ("Harlow's planning committee voted five to two against the Quay Street hotel on"
         " Tuesday.", "Harlow's planning committee approved the Quay Street hotel.",
         "contradicts"),
        ("Members of the Ostrian parliament voted by 88 votes to 61 against the fishing"
         " bill.", "The Ostrian parliament approved the fishing bill.", "contradicts"),
    ],
)  # fmt: skip
def test_an_acquittal_or_a_rejection_told_apart(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc + "\n", claim) == stance


def test_ordinal_names_a_different_thing(check_story) -> None:
    results = check_story(
        {"report.txt": "The 13th Regional Congress was held in 2021 in the old town hall.\n"},
        [
            {
                "id": "14th",
                "claim": "The 14th Regional Congress was held in 2026 in the old town hall.",
            },
            {
                "id": "13th",
                "claim": "The 13th Regional Congress was held in 2019 in the old town hall.",
            },
        ],
    )
    assert stances(results, "14th") == {"report": "silent"}
    assert stances(results, "13th") == {"report": "contradicts"}


def test_relative_year_read_against_publication_date(check_story) -> None:
    results = check_story(
        {"report.txt": "Quayside, June 3, 2024\n\nThe ferry opens a second route next year.\n"},
        [
            {"id": "2025", "claim": "The ferry will open a second route in 2025."},
            {"id": "2027", "claim": "The ferry will open a second route in 2027."},
        ],
    )
    assert stances(results, "2025") == {"report": "supports"}
    assert stances(results, "2027") == {"report": "contradicts"}


# --- regressions found by probing the seed articles with paraphrased claims -------------

HARBOUR = """
Portside, June 2, 2023

Although not an official state visit, the mayor's trip to the capital drew crowds.

After nearly 80 years of independence and almost 40 years of reform, the town is growing.

The bridge opened one year after the council approved the plan.
"""


def test_a_negated_mention_does_not_support(check_story) -> None:
    results = check_story(
        {"herald.txt": HARBOUR},
        [{"id": "state", "claim": "The mayor's trip to the capital was an official state visit."}],
    )
    assert stances(results, "state") == {"herald": "contradicts"}


def test_a_count_of_years_is_compared_with_the_years_of_the_same_thing(check_story) -> None:
    results = check_story(
        {"herald.txt": HARBOUR},
        [
            {"id": "reform-wrong", "claim": "The town has almost 60 years of reform behind it."},
            {"id": "independence", "claim": "The town has nearly 80 years of independence."},
            {"id": "approval", "claim": "The bridge opened two years after the plan was approved."},
        ],
    )
    assert "almost 40 years" in results["reform-wrong"].stance_of("herald").detail
    assert stances(results, "independence") == {"herald": "supports"}
    assert stances(results, "approval") == {"herald": "contradicts"}


# --- differs is for characterisation (two stories: an earthquake, a takeover) ------------

QUAKE = """
CHIVAY, June 10, 2025 - A magnitude 6.8 earthquake struck the Colca valley late on Monday,
killing 23 people. The tremor also shook Arequipa, Peru's second-largest city.

Officials praised the swift response of rescue teams, who reached most villages by dawn.
"""
QUAKE_LATER = """
LIMA, June 12, 2025 - The death toll from the Colca valley earthquake rose to 41.

Critics said the state had been slow and chaotic in the first hours after the quake.
"""
SPILL = """
PORT ELVA, June 3, 2025 - An oil spill from the tanker Kestrel Dawn reached four beaches
near Port Elva on Monday. Harbour master Lina Quist said the clean-up would take weeks.
"""
SPILL_LATER = """
PORT ELVA, June 4, 2025 - Volunteers joined coastguard crews on the four beaches hit by
the Kestrel Dawn oil spill. Harbour master Lina Quist said the clean-up crews had
collected 40 tonnes of oily sand.
"""
LIBRARY = """
ASHBY, May 2, 2025 - Ashby council voted on Thursday to close the Millgate library. Its
leader, Tom Riordan, said the building would be sold to fund the other branches.
"""
LIBRARY_LATER = """
ASHBY, May 3, 2025 - Campaigners protested outside the Millgate library on Friday, a day
after the council voted to close it. Council leader Tom Riordan said the building had
served the town well.
"""


TAKEOVER = """
BERGEN, March 10, 2025 - Meridian agreed on Monday to buy Halvard Lines for 148 kroner a
share. Halvard operates 42 vessels on routes along the coast. Analysts called the price
Meridian is paying for Halvard Lines generous.
"""
TAKEOVER_TRADE = """
BERGEN, March 11, 2025 - Meridian's purchase of Halvard Lines gives it the youngest fleet
on the coast, with an average ship age of nine years. Brokers described the price as a
cautious reflection of the fleet's value.
"""


@pytest.mark.parametrize(
    ("docs", "claim", "topic"),
    [
        ({"wire.txt": QUAKE, "later.txt": QUAKE_LATER},
         "The earthquake killed 23 people in the Colca valley.", "Colca valley earthquake"),
        ({"wire.txt": TAKEOVER, "trade.txt": TAKEOVER_TRADE},
         "Halvard Lines operates 42 vessels.", "Halvard fleet"),
    ],
)  # fmt: skip
def test_a_fact_the_document_does_not_give_is_silence_not_difference(
    check_story, docs: dict[str, str], claim: str, topic: str
) -> None:
    results = check_story(docs, [{"id": "fact", "claim": claim, "topic": topic}])
    found = stances(results, "fact")
    assert found["wire"] == "supports"
    other = next(s for s in results["fact"].stances if s.source != "wire")
    assert other.stance == "silent" and other.rule == "FC-SILENT" and other.lacking


@pytest.mark.parametrize(
    ("docs", "claim", "topic"),
    [
        ({"wire.txt": QUAKE, "later.txt": QUAKE_LATER},
         "Rescue teams responded swiftly to the Colca valley earthquake.",
         "Colca valley earthquake"),
        ({"wire.txt": TAKEOVER, "trade.txt": TAKEOVER_TRADE},
         "Analysts called the price Meridian paid for Halvard Lines generous.",
         "Halvard Lines price"),
        ({"wire.txt": SPILL, "later.txt": SPILL_LATER},
         "Harbour master Lina Quist described the clean-up as a long haul for the town.",
         "the clean-up"),
    ],
)  # fmt: skip
def test_a_characterisation_told_in_other_terms_differs(
    check_story, docs: dict[str, str], claim: str, topic: str
) -> None:
    results = check_story(docs, [{"id": "frame", "claim": claim, "topic": topic}])
    other = next(s for s in results["frame"].stances if s.source != "wire")
    assert other.stance == "differs" and other.rule == "FC-FRAMING"


@pytest.mark.parametrize(
    ("docs", "claim", "topic"),
    [
        ({"wire.txt": SPILL, "later.txt": SPILL_LATER},
         "Harbour master Lina Quist said the clean-up would take weeks.", "the clean-up"),
        ({"wire.txt": LIBRARY, "later.txt": LIBRARY_LATER},
         "Tom Riordan said the building would be sold.", "the Millgate library"),
    ],
)  # fmt: skip
def test_what_someone_said_is_a_fact_another_account_of_the_topic_is_silent_on(
    check_story, docs: dict[str, str], claim: str, topic: str
) -> None:
    """Only a characterising verb ('described ... as', 'called') makes a reported
    statement a framing that another account can tell in other terms."""
    results = check_story(docs, [{"id": "said", "claim": claim, "topic": topic}])
    found = stances(results, "said")
    assert found == {"wire": "supports", "later": "silent"}


# --- a later sentence leaves out what its document is about ---------------------------

SHIELD_FINAL = (
    "Rowan Rovers come from behind to win Shield final\n\n"
    "BRAEMOUTH, April 12, 2025 - Rowan Rovers won the Braemouth Shield for the first time"
    " in 30 years on Saturday, beating Castle Vale 2-1 at Linden Park.\n\n"
    "Castle Vale led at half-time through a header from Joel Marsh. Rovers levelled after"
    " an hour and won it in the last minute of the final through their captain, Dan"
    " Ferris.\n\n"
    "A crowd of 6,400 watched the final. It was Castle Vale's third defeat in a Shield"
    " final in five years.\n"
)
SHIELD_PARADE = (
    "BRAEMOUTH, April 13, 2025 - Rowan Rovers paraded the Braemouth Shield through the town"
    " on Sunday. Manager Colm Reid said the squad would celebrate before the league"
    " resumes.\n"
)
RAIL_STRIKE = (
    "Rail strike to halt trains across Velmark on Friday\n\n"
    "TALLIN, March 2, 2026 - Train drivers at Velmark Rail will walk out for 24 hours on"
    " Friday, their union said on Monday, in a dispute over rosters.\n\n"
    "Most services will be cancelled and the company has told passengers to work from home"
    " if they can. About 14 routes will have no trains at all, the company said.\n\n"
    "The union said the strike could be called off if managers withdrew the new rosters. A"
    " second strike is planned for later in the month.\n\n"
    "Velmark Rail said the strike was unnecessary.\n"
)
RAIL_BUSES = (
    "TALLIN, March 3, 2026 - Bus companies in Velmark said they would add services on"
    " Friday. Taxi firms expect a busy day.\n"
)


@pytest.mark.parametrize(
    ("docs", "claim", "stance"),
    [
        # the opening names the final and the strike, and the document keeps coming back
        # to them: 'at Linden Park', 'about 14 routes' are theirs
        ((SHIELD_FINAL, SHIELD_PARADE), "The Shield final was played at Linden Park.",
         "supports"),
        ((RAIL_STRIKE, RAIL_BUSES), "The rail strike will leave about 14 routes with no"
         " trains.", "supports"),
        # the claim's names and figures must be in the sentence itself
        ((SHIELD_FINAL, SHIELD_PARADE), "The Shield final was played at Hampden Park.",
         "silent"),
        ((RAIL_STRIKE, RAIL_BUSES), "The rail strike will leave about 14 routes in Estmark"
         " with no trains.", "silent"),
        # a word the opening says once ('dispute') is not what the document is about
        ((RAIL_STRIKE, RAIL_BUSES), "The dispute over rosters will leave about 14 routes"
         " with no trains.", "silent"),
    ],
)  # fmt: skip
def test_a_sentence_is_read_with_what_its_document_opens_on(
    check_story, docs: tuple[str, str], claim: str, stance: str
) -> None:
    wire, other = docs
    results = check_story({"wire.txt": wire, "other.txt": other}, [{"id": "c", "claim": claim}])
    assert stances(results, "c")["wire"] == stance
    if stance == "supports":
        assert "from the document's opening" in results["c"].stance_of("wire").explanation


FERRY_AGROUND = (
    "Ferry runs aground off Kells\n\n"
    "KELLS, March 3, 2026 - A ferry carrying 140 passengers ran aground on a sandbank off"
    " Kells on Monday evening, the coastguard said.\n\n"
    "The ferry was refloated on the rising tide three hours later and reached the harbour"
    " under its own power.\n\n"
    "Two crew members were taken to hospital with minor injuries, the operator said."
    " Passengers were given hot drinks in the terminal.\n\n"
    "The ferry's owner, Kells Ferries, said it would inspect the hull before the ferry sails"
    " again.\n"
)
BUS_OVERTURNS = (
    "School bus overturns near Harlow\n\n"
    "HARLOW, November 18, 2025 - A school bus carrying 31 pupils overturned on an icy road"
    " near Harlow on Tuesday morning, police said.\n\n"
    "Six pupils suffered minor injuries and were checked at Harlow General Hospital. The"
    " driver was unhurt.\n\n"
    "The bus operator, Vale Coaches, said it would review its winter routes. The bus was"
    " removed from the road by midday.\n"
)
COASTGUARD = (
    "KELLS, March 4, 2026 - The coastguard said on Tuesday it had ended its search of the"
    " bay. Fishing boats returned to port.\n"
)


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a ferry aground and a bus overturned: injuries told without the ferry or the bus
        # the document is about deny 'no one on it was injured', and tell 'some were'
        (FERRY_AGROUND, "No one on the ferry was injured.", "contradicts"),
        (FERRY_AGROUND, "Two crew members on the ferry were injured.", "supports"),
        (BUS_OVERTURNS, "No one on the bus was injured.", "contradicts"),
        (BUS_OVERTURNS, "Six pupils on the bus were injured.", "supports"),
    ],
)  # fmt: skip
def test_a_denial_is_read_with_what_its_document_opens_on(
    check_story, doc: str, claim: str, stance: str
) -> None:
    results = check_story({"wire.txt": doc, "other.txt": COASTGUARD}, [{"id": "c", "claim": claim}])
    assert stances(results, "c")["wire"] == stance


@pytest.mark.parametrize(
    ("doc", "claim", "topic", "stance"),
    [
        # a mayor's visit and a concert: a claim that ends by saying in one word what its
        # subject was ('largely ceremonial', 'lacklustre') judges it, so an account of the
        # same visit or concert in other terms differs; a state ('open') is a fact
        ("KELLBY, May 9, 2025 - Mayor Ines Harrow signed three agreements on trade and"
         " transport during her visit to Kellby, officials said on Friday. The visit ended"
         " with a dinner at the town hall.\n",
         "Mayor Ines Harrow's visit to Kellby was largely ceremonial.",
         "the mayor's visit to Kellby", "differs"),
        ("DUNMORE, October 4, 2025 - The Dunmore Philharmonic opened its season opener on"
         " Friday with Brahms's second symphony, and the audience gave the orchestra a"
         " standing ovation.\n",
         "The Dunmore Philharmonic's season opener was lacklustre.", "the season opener",
         "differs"),
        ("LEEDS, May 9, 2025 - Engineers finished repairs to the Kirkgate bridge on Friday,"
         " the council said. The bridge carries 20,000 vehicles a day.\n",
         "The Kirkgate bridge is open.", "the Kirkgate bridge", "silent"),
    ],
)  # fmt: skip
def test_a_claim_that_ends_on_a_judgement_characterises(
    check_story, doc: str, claim: str, topic: str, stance: str
) -> None:
    results = check_story({"wire.txt": doc}, [{"id": "c", "claim": claim, "topic": topic}])
    assert stances(results, "c")["wire"] == stance


# --- a dateline is when a piece was published, not a date it reports ------------------


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        ("DUBLIN, October 14, 2025 - Nurses will stage three 24-hour strikes next month.\n",
         "Nurses will stage three 24-hour strikes in November."),
        ("LYON, March 3, 2025 - The museum reopened on Saturday after a two-year renovation.\n",
         "The museum reopened on 1 March 2025 after a two-year renovation."),
    ],
)  # fmt: skip
def test_the_dateline_date_is_not_a_value_of_the_story(check_story, doc: str, claim: str) -> None:
    results = check_story({"wire.txt": doc}, [{"id": "when", "claim": claim}])
    assert stances(results, "when") == {"wire": "supports"}


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        ("PRESS RELEASE - 3 June 2025 - Harrow Water will lift the hosepipe ban in July, its "
         "chief executive said.\n",
         "Harrow Water will lift the hosepipe ban on 3 June 2025."),
        ("For immediate release: 14 October 2025 - The council will close Ashby Primary School "
         "in December.\n",
         "The council will close Ashby Primary School on 14 October 2025."),
    ],
)  # fmt: skip
def test_a_release_label_before_the_date_still_makes_it_a_dateline(
    wire_stance, doc: str, claim: str
) -> None:
    assert wire_stance(doc, claim) != "supports"


# --- the day a plan was announced is no day of the plan --------------------------------


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        ("For immediate release - 2 September 2024 - The foreign ministries of Caldera and "
         "Vostrany announced today that the next round of talks on their river border will "
         "take place in the city of Ostenna on 24 September.\n",
         "Caldera and Vostrany will hold border talks in Ostenna on 25 September 2024."),
        ("HAMBURG, 5 May 2025 - Organisers announced today that the Elbe Marathon, postponed "
         "by the storm, will be run on 18 May.\n",
         "The Elbe Marathon will be run on 19 May 2025."),
        ("PRESS RELEASE - 3 February 2026 - Corvane Energy announced today that its new wind "
         "farm at Tallow Head will open on 12 March.\n",
         "Corvane Energy's wind farm at Tallow Head will open on 14 March 2026."),
    ],
)  # fmt: skip
def test_a_planned_day_is_compared_past_the_day_it_was_announced(
    wire_stance, doc: str, claim: str
) -> None:
    assert wire_stance(doc, claim) == "contradicts"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a bus dispute and a film festival: the day something was announced is not the
        # day of what it announced for later, unless the claim is of the announcing
        ("For immediate release: 3 March 2025 - The transport ministry announced today that "
         "talks between the Kelby bus drivers' union and the city operator will take place "
         "on 17 March.\n",
         "Talks between the Kelby bus drivers' union and the city operator were held on "
         "3 March 2025.", "contradicts"),
        ("LYON, Friday 6 June 2025 - The Rhône Film Festival announced on Friday that its "
         "closing gala will take place on 21 June in the Salle Lumière.\n",
         "The Rhône Film Festival's closing gala took place on 6 June 2025.", "contradicts"),
        ("For immediate release: 3 March 2025 - The transport ministry announced today that "
         "talks between the Kelby bus drivers' union and the city operator will take place "
         "on 17 March.\n",
         "The transport ministry announced the talks on 3 March 2025.", "supports"),
    ],
)  # fmt: skip
def test_an_announcing_day_is_not_the_day_announced(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # an earthquake and a tower block fire: 'needed treatment' is 'were treated'
        ("PELLARA, 17 May 2024 - A magnitude 5.8 earthquake struck the Tessin district on "
         "Friday. No deaths were reported, but 14 people were treated in hospital for minor "
         "injuries.\n",
         "Fourteen people needed hospital treatment after the earthquake in the Tessin "
         "district."),
        ("KELBY, 9 March 2025 - Fire crews rescued residents from the Ashgrove tower block "
         "overnight, and 30 people were treated for smoke inhalation, the fire service said.\n",
         "Thirty residents of the Ashgrove tower block needed treatment for smoke inhalation."),
    ],
)  # fmt: skip
def test_a_noun_of_the_deed_tells_the_deed(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "supports"


# --- word pairs match in either order ---------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        ("The shaking was felt as far away as Arequipa city.\n",
         "The earthquake was felt in the city of Arequipa."),
        ("The health minister resigned on Friday, March 7, 2025.\n",
         "The minister of health resigned on 7 March 2025."),
    ],
)  # fmt: skip
def test_a_phrase_in_either_order(check_story, doc: str, claim: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "phrase", "claim": claim}])
    assert stances(results, "phrase") == {"report": "supports"}


# --- negation reaches to the end of its clause; opposites contradict --------------------


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a derailment report and a data breach
        ("Investigators found no evidence of driver error or of any fault in the signalling"
         " system.\n", "Investigators found a fault in the signalling system."),
        ("The investigators ruled out a fault in the signalling system as the cause.\n",
         "The investigators said a fault in the signalling system was the cause."),
        ("The company said no payment card details were taken in the breach.\n",
         "The company said payment card details were taken in the breach."),
        # a bus depot and a fuel subsidy: what someone 'has yet to' do is not done
        ("DUNMORE, 4 June 2025 - The council is yet to approve the new bus depot, which"
         " would cost 12 million pounds.\n",
         "The council approved the 12 million pound bus depot."),
        ("DUNMORE, 4 June 2025 - Ministers have yet to decide whether to extend the fuel"
         " subsidy beyond March.\n",
         "Ministers decided to extend the fuel subsidy beyond March."),
    ],
)  # fmt: skip
def test_a_denial_contradicts(check_story, doc: str, claim: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "denied", "claim": claim}])
    (stance,) = results["denied"].stances
    assert (stance.stance, stance.rule) == ("contradicts", "FC-NEGATION")


WAREHOUSE_FIRE = (
    "A fire broke out at a chemical warehouse in the Gerland district on Monday night. Two"
    " firefighters were injured while tackling the blaze.\n"
)


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a warehouse fire and a landslide: what the claim denies, told plainly in the
        # sentence after the one that names the event
        (WAREHOUSE_FIRE,
         "No one was injured in the warehouse fire."),
        ("A landslide buried part of the Alpine village of Sankt Veit on Tuesday morning."
         " Three residents were killed.\n",
         "No residents were killed in the Sankt Veit landslide."),
    ],
)  # fmt: skip
def test_a_denial_told_plainly_beside_contradicts(wire_result, doc: str, claim: str) -> None:
    stance = wire_result(doc, claim)
    assert (stance.stance, stance.rule) == ("contradicts", "FC-NEGATION")


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # the same fire and landslide: the words of the claim without its denial are no
        # support for it
        (WAREHOUSE_FIRE,
         "No firefighters were hurt in the warehouse fire."),
        ("A landslide buried part of the Alpine village of Sankt Veit on Tuesday morning."
         " Rescuers pulled three residents from the rubble.\n",
         "No residents were hurt in the landslide that buried part of Sankt Veit."),
    ],
)  # fmt: skip
def test_the_words_of_a_denial_without_it_do_not_support(wire_result, doc: str, claim: str) -> None:
    stance = wire_result(doc, claim)
    assert stance.stance != "supports"


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # an outbreak and a wildfire: a short denial of just what the claim denies, in a
        # report on the event, needs no more of its words
        ("MARROWFIELD, March 13, 2025 - Health officials in Marrowfield confirmed 38 cases"
         " of measles on Wednesday, nearly double the number of a week earlier.\n\n"
         "The outbreak began at a primary school in February. Seven people have been"
         " admitted to hospital with measles, five children and two adults.\n\n"
         "There have been no deaths.\n",
         "No one has died in the Marrowfield measles outbreak."),
        ("HALVEY, August 9, 2025 - A wildfire in the hills above Halvey has burned 4,200"
         " hectares since Tuesday, the county fire service said.\n\n"
         "About 6,500 people remain under evacuation orders, and the wildfire has"
         " destroyed 63 homes.\n\nNo deaths have been reported.\n",
         "No one has died in the Halvey wildfire."),
    ],
)  # fmt: skip
def test_a_short_denial_in_a_report_on_the_event_supports(
    wire_result, doc: str, claim: str
) -> None:
    stance = wire_result(doc, claim)
    assert stance.stance == "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a mayoral election and a tennis final: the claim's winner told as the loser
        ("KELLSMOOR, May 6, 2025 - Challenger Anita Rowe was elected mayor of Kellsmoor on"
         " Sunday, defeating incumbent Marcus Hale by 52 percent to 48 percent.\n",
         "Marcus Hale won re-election as mayor of Kellsmoor.", "contradicts"),
        ("BRISTOW, July 14, 2025 - Top seed Ilse Varga conceded defeat to qualifier Maya"
         " Okoro in the Bristow Open final on Sunday, losing 6-4 6-3.\n",
         "Ilse Varga defeated Maya Okoro in the Bristow Open final.", "contradicts"),
        # the winner told as the winner
        ("BRISTOW, July 14, 2025 - Qualifier Maya Okoro beat top seed Ilse Varga 6-4 6-3"
         " in the Bristow Open final on Sunday.\n",
         "Maya Okoro defeated Ilse Varga in the Bristow Open final.", "supports"),
    ],
)  # fmt: skip
def test_the_claimed_winner_told_as_the_loser_contradicts(
    wire_result, doc: str, claim: str, stance: str
) -> None:
    found = wire_result(doc, claim)
    assert found.stance == stance
    assert found.rule == ("FC-NEGATION" if stance == "contradicts" else "FC-SUPPORT")
    if stance == "contradicts":  # the report says why, in the claim's own words
        assert found.detail == f"tells {claim.split(' ')[0]} {claim.split(' ')[1]} as the loser"


@pytest.mark.parametrize(
    ("doc", "claim", "stance", "detail"),
    [
        # a book prize and a by-election: what the claim's winner won, given to another
        ("MARLOWE, 3 October 2025 - The Orrin Prize for fiction went to Sela Brandt for her"
         " novel 'Tin Harbour', the judges said on Thursday.\n",
         "Anton Reeve won the Orrin Prize for fiction.", "contradicts",
         "gives Sela Brandt as the winner"),
        ("DUNMOOR, 18 August 2024 - Independent candidate Kit Lowry won the Dunmoor"
         " by-election on Saturday. Turnout was 38 percent.\n",
         "Hana Pell won the Dunmoor by-election.", "contradicts",
         "gives Kit Lowry as the winner"),
        # the loser's own sentence, without the claim's word for winning
        ("HALBERG, 9 August 2024 - The gold medal in the women's 800 metres went to Aiko"
         " Tan. Defending champion Rosa Imbert took silver.\n",
         "Rosa Imbert won gold in the women's 800 metres.", "contradicts", None),
        # another category of the same awards, and the claim's own winner: no conflict
        ("MARLOWE, 3 October 2025 - The Orrin Prize for poetry went to Sela Brandt, the"
         " judges said on Thursday.\n",
         "Anton Reeve won the Orrin Prize for fiction.", "silent", None),
        ("DUNMOOR, 18 August 2024 - Independent candidate Kit Lowry won the Dunmoor"
         " by-election on Saturday, beating Hana Pell by 1,204 votes.\n",
         "Kit Lowry won the Dunmoor by-election.", "supports", None),
    ],
)  # fmt: skip
def test_a_contest_given_to_another_contradicts_its_claimed_winner(
    wire_result, doc: str, claim: str, stance: str, detail: str | None
) -> None:
    found = wire_result(doc, claim)
    assert found.stance == stance
    if detail is not None:
        assert found.detail == detail


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a mill fire and a mine collapse: the deed the claim denies, told plainly in a
        # later paragraph; the rest of the claim is the story's own setting
        ("DUNMERE, 4 March 2025 - A fire gutted the Dunmere paper mill overnight, the"
         " county fire service said.\n\nCrews from four stations fought the blaze for six"
         " hours. Two Dunmere firefighters were injured and taken to St Anne's hospital"
         " with burns.\n\nThe cause of the fire is being investigated.\n",
         "No firefighters were injured in the Dunmere paper mill fire."),
        ("KESSEL, 2 June 2025 - A tunnel collapsed at the Kessel copper mine on Sunday,"
         " trapping 14 miners for six hours, the owner Kessel Mining said.\n\nRescue teams"
         " reached the men before dawn. Two Kessel miners were injured and taken to"
         " hospital in Varn.\n\nInspectors are examining the tunnel.\n",
         "No miners were injured in the tunnel collapse at the Kessel copper mine."),
    ],
)  # fmt: skip
def test_a_denied_deed_told_later_in_the_story_contradicts(
    wire_result, doc: str, claim: str
) -> None:
    stance = wire_result(doc, claim)
    assert (stance.stance, stance.rule) == ("contradicts", "FC-NEGATION")


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a dam inquiry and a rail tender: declining an invitation is refusing
        ("HALDEN, 3 April 2025 - The regulator's inquiry into the Halden dam failure"
         " published its final report on Tuesday. Former site manager Piet Aalders declined"
         " an invitation to give evidence to the inquiry, the report said.\n",
         "Piet Aalders refused to give evidence to the inquiry into the Halden dam"
         " failure."),
        ("BRENNA, 14 May 2025 - Parliament's transport committee held its hearing on the"
         " Brenna rail tender on Wednesday. Transport minister Olga Brandt declined the"
         " invitation to appear before the committee, its chair said.\n",
         "Olga Brandt refused to appear before the transport committee."),
    ],
)  # fmt: skip
def test_a_declined_invitation_is_a_refusal(wire_result, doc: str, claim: str) -> None:
    stance = wire_result(doc, claim)
    assert stance.stance == "supports"


def test_a_negation_stops_at_its_clause(check_story) -> None:
    results = check_story(
        {"report.txt": "The minister did not attend the summit, but spoke to reporters in Rome.\n"},
        [{"id": "spoke", "claim": "The minister spoke to reporters in Rome."}],
    )
    assert stances(results, "spoke") == {"report": "supports"}


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a disputed election and a court ruling
        ("A recount of 41 polling stations in Teruel confirmed the election-night result.\n",
         "The recount in Teruel overturned the election-night result."),
        ("The appeal court upheld the fine against the operator on Tuesday.\n",
         "The appeal court overturned the fine against the operator."),
        ("The regulator rejected the merger of the two airlines.\n",
         "The regulator approved the merger of the two airlines."),
        # an airport challenge and a planning complaint: a court or an ombudsman that
        # dismisses or rejects what the claim has it uphold
        ("A High Court judge on Monday dismissed the residents' challenge to the expansion"
         " of Halverstoke airport.\n",
         "The High Court upheld the residents' challenge to the expansion of Halverstoke"
         " airport."),
        ("The ombudsman rejected the tenants' complaint against Marlow Housing.\n",
         "The ombudsman upheld the tenants' complaint against Marlow Housing."),
        # an AI-labelling bill and a flu vaccine: 'voted down' rejects, 'the green light'
        # approves
        ("Lawmakers in the Federal Assembly of Norland voted down a bill on Wednesday that"
         " would have required companies to label AI content, by 201 votes to 187.\n",
         "Norland's Federal Assembly approved a bill requiring companies to label AI"
         " content."),
        ("The medicines regulator gave the green light on Friday to Halvex's nasal flu"
         " vaccine for children.\n",
         "The medicines regulator rejected Halvex's nasal flu vaccine for children."),
        # a protest ban and a tenancy law: a court that rules a law unconstitutional
        # did not uphold it
        ("The Constitutional Court of Velmar ruled on Thursday that a law banning"
         " marches near the presidential palace was unconstitutional.\n",
         "Velmar's Constitutional Court upheld the ban on marches near the palace."),
        ("Judges at the Supreme Court in Oskarby found the rent-freeze law"
         " unconstitutional by six votes to one.\n",
         "The Supreme Court in Oskarby upheld the rent-freeze law."),
        # a council election in two towns: kept control against losing or ending it
        ("The Green Valley Alliance won 19 of the 45 seats on Brackenford District Council"
         " in Thursday's election, ending 16 years of control by the Civic Party.\n",
         "The Civic Party kept control of Brackenford District Council."),
        ("The Labour group lost control of Halvern council in Thursday's local"
         " elections.\n",
         "The Labour group kept control of Halvern council."),
        # a medicines agency and a planning inspector: cleared against rejected
        ("The Nordmark Medicines Agency on Friday cleared Halvex's nasal flu vaccine for"
         " children aged two to eleven.\n",
         "The Nordmark Medicines Agency rejected Halvex's nasal flu vaccine."),
        ("A planning inspector has cleared the Brightwell solar farm, overruling"
         " objections from three parish councils.\n",
         "A planning inspector rejected the Brightwell solar farm."),
        # a hospital and a bridge: on schedule against behind it
        ("Health minister Carla Dunne on Tuesday opened St Aidan's Hospital in Newbridge,"
         " two years behind schedule.\n",
         "St Aidan's Hospital in Newbridge opened on schedule."),
        ("The Solway bridge reopened to traffic on Monday, three weeks later than"
         " planned.\n",
         "The Solway bridge reopened to traffic on time."),
    ],
)  # fmt: skip
def test_the_opposite_word_contradicts(check_story, doc: str, claim: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "opposite", "claim": claim}])
    (stance,) = results["opposite"].stances
    assert (stance.stance, stance.rule) == ("contradicts", "FC-NEGATION")


# --- the claim's words, given to someone else (FC-SPEAKER) -----------------------------


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a flood, a transcript of a council meeting, a quote closed a sentence later
        ('"The river has never come this high," said Father Anton Brehm, the parish priest.\n',
         "Mayor Karin Lutz said the river has never come this high."),
        ("BREHM: The river has never come this high in my lifetime.\n\n"
         "LUTZ: We will rebuild the embankment.\n",
         "Karin Lutz said the river has never come this high."),
        ('"The river has never come this high. We were not ready," Anton Brehm said.\n',
         "Karin Lutz said the river has never come this high."),
        # a strike ballot: the union's president, not its general secretary
        ('"Our members have spoken with one voice," the union\'s president, Mary Keane, said.\n',
         "Aoife Byrne said the members had spoken with one voice."),
        # words given to a description or an institution (a bridge, a crash)
        ("The bridge will reopen in May, the council's chief engineer said, though Mayor"
         " Karin Lutz has said she doubts it.\n",
         "Mayor Karin Lutz said the bridge would reopen in May."),
        ("According to police, the driver was not drunk. Mayor Karin Lutz said the crash"
         " was a tragedy.\n",
         "Mayor Karin Lutz said the driver was not drunk."),
        # 'X said: "..."' in the claim; 'remembers' as a speech verb (a grain deal, a jet)
        ('"This is grain for bread, not for politics," Dassine said at the ceremony.\n',
         "Liesel Hartmann said: 'This is grain for bread, not for politics.'"),
        ("Dario Fenn, a passenger, remembers the moment: \"There was a bang like a door"
         ' slamming."\n',
         "Captain Ilse Brandt said: 'There was a bang like a door slamming.'"),
        # the name, an apposition, then the verb: an air accident, a rail inquiry
        ('"The crew did exactly what they were trained to do," Tomas Elling, the agency\'s'
         " director, told reporters.\n",
         "Airline chief Hanne Sorvik said the crew did exactly what they were trained to do."),
        ('"The weld had been cracking for months," Harald Lindner, head of the rail office,'
         " told a press conference in Vienna.\n",
         "Inspector Miriam Kasper said the weld had been cracking for months."),
        # the claim names its speaker in apposition, or 'warned': an earthquake, a fire
        ('In Chivay the bell tower collapsed. "We have lost the bell tower, but not our'
         ' faith," said Father Julian Ccori, the parish priest.\n',
         "Chivay's mayor, Eusebio Mamani, said: 'We have lost the bell tower, but not our"
         " faith.'"),
        ('"This fire is not done with us yet," Deputy Chief Ines Farrow warned on Friday.\n',
         'Incident commander Tomas Quillan warned: "This fire is not done with us yet."'),
    ],
)  # fmt: skip
def test_words_given_to_someone_else_contradict(check_story, doc: str, claim: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "said", "claim": claim}])
    (stance,) = results["said"].stances
    assert (stance.stance, stance.rule) == ("contradicts", "FC-SPEAKER")


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a fishing quota and a mountain rescue: the claim's quotation, word for word,
        # is someone else's, though the document never names the claim's speaker or says
        # what the rest of the claim does
        ("Ruth Ansel, who heads the Coastal Fishermen's Alliance, spent the morning on the"
         ' quay at Harwick. "We were never asked once," she said.\n',
         'Fisheries minister Tomas Berg said of the quota talks: "We were never asked once."'),
        ("Dr Hugo Lind, who runs the Valley Rescue Trust, said the search had been the"
         ' hardest of his career. "The mountain gave us no second chances," he said.\n',
         "Police chief Anna Marsh said the climbers' families knew"
         ' "the mountain gave us no second chances".'),
    ],
)  # fmt: skip
def test_a_quotation_given_to_someone_else_contradicts_unnamed_speaker(
    check_story, doc: str, claim: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "said", "claim": claim}])
    (stance,) = results["said"].stances
    assert (stance.stance, stance.rule) == ("contradicts", "FC-SPEAKER")


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # the speaker named in apposition, by a description, or by a transcript label
        ('"The priority is water," Rosa Paz, the civil defence spokeswoman, told reporters.\n',
         "Rosa Paz said the priority is water."),
        ("LUTZ: The river has never come this high in my lifetime.\n",
         "Karin Lutz said the river has never come this high."),
        # a company speaks through its chief executive ('we')
        ("MARTIN: This morning we announced an agreement to buy Halvorsen Shipping.\n",
         "Norvik announced an agreement to buy Halvorsen Shipping."),
        # a role label (QUESTION, OPERATOR) names no one
        ("QUESTION: Is the river higher than in 2002?\n\n"
         "LUTZ: The river has never come this high.\n",
         "Karin Lutz said the river has never come this high."),
    ],
)  # fmt: skip
def test_words_of_the_claimed_speaker_support(check_story, doc: str, claim: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "said", "claim": claim}])
    (stance,) = results["said"].stances
    assert (stance.stance, stance.rule) == ("supports", "FC-SUPPORT")


# --- a ranking holds only in its scope (FC-QUALIFIER) ----------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a drought: a record for one month is not an all-time record
        ("The Alto Vale reservoir is at its lowest level for the month of August since"
         " records began in 1979.\n",
         "The Alto Vale reservoir is at its lowest level since records began.", "not"),
        ("The Alto Vale reservoir is at its lowest level since records began.\n",
         "The Alto Vale reservoir is at its lowest level since records began.", "supports"),
        ("The Alto Vale reservoir is at its lowest level for July since records began.\n",
         "The Alto Vale reservoir is at its lowest level since records began.", "not"),
        # a takeover: one country's shipping since 2019 is not Europe's this year
        ("The purchase is the largest takeover of a Danish shipping company since 2019.\n",
         "The purchase is the largest takeover in European shipping this year.", "not"),
        # a data breach: 'one of the largest' does not make it the largest
        ("The leak is one of the largest data breaches ever disclosed by a Welsh retailer.\n",
         "The leak is the largest data breach ever disclosed by a Welsh retailer.", "not"),
        ("The leak is the largest data breach ever disclosed by a Welsh retailer.\n",
         "The leak is the largest data breach ever disclosed by a Welsh retailer.", "supports"),
        # a regional first is not a national first
        ("Ana Ruiz became the first woman to lead the regional government of Navarre.\n",
         "Ana Ruiz became the first woman to lead a regional government in Spain.", "not"),
        # 'last' that ranks nothing: 'last tested' is a date, not a ranking
        ("Engineers last tested the bridge cables on 3 June 2024.\n",
         "The bridge cables were last tested on 3 June 2024.", "supports"),
        # 'the first quarter', 'the last two weeks' are times, not rankings: a rail
        # inquiry and a retailer's results
        ("VIENNA, March 12, 2025 - The final report is expected in the first quarter of"
         " next year.\n",
         "The final report is expected in the first quarter of 2026.", "supports"),
        ("Sales fell 4 per cent in the last two weeks of March 2025.\n",
         "Sales fell 4 per cent in the last two weeks of March 2025.", "supports"),
        # 'last' after a possessive is the latest, not a ranking: a takeover's premium
        # and a cup final's record
        ("The offer is a 34 per cent premium to Halvard's closing price on Friday.\n",
         "The offer is a 34 per cent premium to Halvard's last closing price.", "supports"),
        ("Port Ardmore have now lost two of their last three finals.\n",
         "Port Ardmore have lost two of their last three finals.", "supports"),
        # no ranking in the document at all: silent on the ranking
        ("The purchase of the Danish shipping company was announced on Monday.\n",
         "The purchase is the largest takeover of a Danish shipping company.", "not"),
        # an airline and a zoo: "the airline's 19-year history" is all of SkyRow's
        ("For SkyRow, the engine failure is the most serious incident in the airline's"
         " 19-year history.\n",
         "The engine failure was the most serious incident in SkyRow's history.", "supports"),
        ("Brennick Zoo said the cubs were the first red pandas born in the zoo's 62-year"
         " history.\n",
         "The cubs were the first red pandas born in Brennick Zoo's history.", "supports"),
        # ... but another body's history is another scope
        ("For SkyRow, the engine failure is the most serious incident in the manufacturer's"
         " history.\n",
         "The engine failure was the most serious incident in the airline's history.", "not"),
        # an outbreak and a flood: what a state 'has seen' is its whole record
        ("This is now the largest measles outbreak our state has seen since 1992.\n",
         "This is the largest measles outbreak in the state since 1992.", "supports"),
        ("It was the worst flooding the valley has seen since 1953.\n",
         "It was the worst flooding in the valley since 1953.", "supports"),
    ],
)  # fmt: skip
def test_a_ranking_backs_only_the_same_ranking(
    check_story, doc: str, claim: str, stance: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "ranked", "claim": claim}])
    (found,) = results["ranked"].stances
    if stance == "supports":
        assert (found.stance, found.rule) == ("supports", "FC-SUPPORT")
    else:  # a narrower ranking differs; a document that ranks nothing is silent
        assert found.stance in ("differs", "silent")


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # an outbreak and a flood: a later count of the same thing, told as 'the number
        # of ...', states the claim over the earlier one beside it
        ("MARROWFIELD, March 13, 2025 - Linden Hill Elementary School closed on Monday"
         " after six pupils tested positive for measles. The number of infected pupils has"
         " since risen to nine.\n",
         "Nine pupils at Linden Hill Elementary School have tested positive for measles."),
        ("TARROW, June 3, 2025 - Police evacuated 800 households in Tarrow on Monday as the"
         " river rose. The number of evacuated households reached 1,200 on Tuesday.\n",
         "Police evacuated 1,200 households in Tarrow."),
        # a school outbreak and exam results: pupils are a school's students
        ("MARROWFIELD, March 13, 2025 - Nine students at Linden Hill Elementary School have"
         " tested positive for measles.\n",
         "Nine pupils at Linden Hill Elementary School have tested positive for measles."),
        ("KELSO, August 14, 2025 - About 1,400 students at Kelso Academy sat their final"
         " exams this summer.\n",
         "About 1,400 pupils at Kelso Academy sat their final exams this summer."),
    ],
)  # fmt: skip
def test_the_count_the_passage_states(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a kettle recall and a grain deal: 'in Merrow, in Tollria' is in Tollria
        ("MERROW, 3 March 2025 - The thermostat is supplied by Cordane Electronics, a company"
         " based in Merrow, in Tollria.\n",
         "Cordane Electronics is based in Tollria.", "supports"),
        ("BRENNHOLT, 8 September 2025 - The grain will be loaded by Aster Terminals, a firm"
         " based in Kessel, Nordvaal.\n",
         "Aster Terminals is based in Nordvaal.", "supports"),
        # ... and a town alone is still somewhere else
        ("MERROW, 3 March 2025 - The thermostat is supplied by Cordane Electronics, a company"
         " based in Merrow.\n",
         "Cordane Electronics is based in Dunmere.", "contradicts"),
    ],
)  # fmt: skip
def test_a_place_told_within_the_claim_s(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a wildfire and a flood: 'deployed' says little beyond the count of what was sent
        ("MARRICK, August 21, 2026 - More than 600 firefighters, supported by eight"
         " helicopters and four air tankers, were working the fire lines near Marrick on"
         " Friday.\n",
         "Eight helicopters were deployed against the Marrick fire."),
        ("TARROW, June 3, 2025 - About 300 soldiers helped police and firefighters in Tarrow"
         " on Tuesday as the river burst its banks.\n",
         "About 300 soldiers were deployed in Tarrow as the river burst its banks."),
    ],
)  # fmt: skip
def test_deployed_is_a_light_word(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an outbreak and a jobless rate: the figure a change started from, told with the
        # claim's own date, is the claim's figure
        ("MARROWFIELD, March 14, 2025 - The health department has confirmed 41 cases of"
         " measles as of today, up from 38 reported at its briefing on Wednesday, March"
         " 12.\n",
         "Health officials had confirmed 38 measles cases as of March 12, 2025.", "supports"),
        ("KELSO, July 15, 2025 - Kelso's jobless rate rose to 5.2% in June, up from 4.9%"
         " recorded in May, the statistics office said.\n",
         "Kelso's jobless rate was 4.9% in May 2025.", "supports"),
        # ... and with another date it is still the other day's figure
        ("MARROWFIELD, March 14, 2025 - The health department has confirmed 41 cases of"
         " measles as of today, up from 38 reported at its briefing on Wednesday, March"
         " 12.\n",
         "Health officials had confirmed 38 measles cases as of March 14, 2025.",
         "contradicts"),
        ("KELSO, July 15, 2025 - Kelso's jobless rate rose to 5.2% in June, up from 4.9%"
         " recorded in May, the statistics office said.\n",
         "Kelso's jobless rate was 4.9% in June 2025.", "contradicts"),
    ],
)  # fmt: skip
def test_an_earlier_figure_with_the_claim_s_date(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a mine and a museum: the claim's 'first' put second or later, in its scope or a
        # narrower one, is denied (an earlier one was in that scope)
        ("It was the deadliest accident at a Korvass mine since 2011, and the second fatal"
         " accident at Redhollow since 2022.\n",
         "The collapse was the first fatal accident at the Redhollow mine.", "contradicts"),
        ("The theft was the third break-in at the Van Daele museum since 2015, police"
         " said.\n",
         "The theft was the first break-in at the Van Daele museum.", "contradicts"),
        # ... in a wider scope it says nothing of the claim's
        ("The theft was the third break-in at a Belgian museum this year, police said.\n",
         "The theft was the first break-in at the Van Daele museum.", "silent"),
    ],
)  # fmt: skip
def test_a_first_put_second_is_denied(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("paragraphs", "claim"),
    [
        # an outbreak and a wildfire: the kind of thing ranked is what the story is about
        (["A measles outbreak in Marrowfield has grown to 38 cases.",
          "The measles cases are mostly among unvaccinated children.",
          "Officials opened two more measles clinics on Friday.",
          "According to the health department, the outbreak is the largest in the state"
          " since 1992."],
         "The outbreak is the largest measles outbreak in the state since 1992."),
        (["The Ridge wildfire has burned 3,100 hectares near Marrick.",
          "Crews say the wildfire is 15 per cent contained.",
          "Smoke from the wildfire closed two schools on Thursday.",
          "Officials said the fire is the largest in the county since 2003."],
         "The Ridge fire is the largest wildfire in the county since 2003."),
    ],
)  # fmt: skip
def test_a_ranking_may_leave_the_story_s_subject_unsaid(
    check_story, paragraphs: list[str], claim: str
) -> None:
    results = check_story({"report.txt": "\n\n".join(paragraphs) + "\n"},
                          [{"id": "ranked", "claim": claim}])  # fmt: skip
    assert stances(results, "ranked")["report"] == "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a state visit, and a train crash: a denial is contradicted only by what it denies
        ("The minister wrapped up a four-day stay in Geneva on Friday.\n",
         "The minister's stay in Geneva was not an official state visit.", "silent"),
        ("The minister's stay in Geneva was an official state visit.\n",
         "The minister's stay in Geneva was not an official state visit.", "contradicts"),
        ("Three passengers were seriously injured when the train derailed near Wels.\n",
         "No one was seriously injured when the train derailed near Wels.", "contradicts"),
    ],
)  # fmt: skip
def test_a_denial_is_judged_on_what_it_denies(
    check_story, doc: str, claim: str, stance: str
) -> None:
    # A second document makes the denied words ordinary, as in a real story.
    other = "An official said the state budget and the injured were a matter for later.\n"
    results = check_story(
        {"report.txt": doc, "other.txt": other}, [{"id": "denied", "claim": claim}]
    )
    assert stances(results, "denied")["report"] == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a landslide and a ballot: another date or place for the same event contradicts
        # even when the document leaves out a descriptive word or two of the claim
        ("QUITO, June 11, 2025 - The landslide that buried the Tena road in the early hours"
         " of Tuesday has now killed 12 people.\n",
         "The landslide buried the Tena road late on 9 June 2025, local time."),
        ("Mayor Ruth Daly unveiled the flood plan at a press conference in Galway.\n",
         "Mayor Ruth Daly formally unveiled the flood plan in Cork."),
    ],
)  # fmt: skip
def test_another_date_or_place_of_the_same_event_contradicts(
    check_story, doc: str, claim: str
) -> None:
    other = "Officials formally gave the local time late in the evening.\n"  # ordinary words
    results = check_story({"report.txt": doc, "other.txt": other}, [{"id": "when", "claim": claim}])
    assert stances(results, "when")["report"] == "contradicts"


# --- a name the document may leave out --------------------------------------------------

COURT = "The Supreme Administrative Court heard the case in March.\n\n"
NORVIK = """Norvik Ferries agreed to be bought by Baltic Lines on Monday.

Norvik Ferries runs 30 ships from Gdansk.

Analysts said Norvik Ferries had been looking for a buyer for a year.

Shareholders will vote on the deal on 24 April.
"""


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # the document's own subject: 'shareholders' in a story about Norvik
        (NORVIK, "Norvik Ferries shareholders will vote on the deal on 24 April.", "supports"),
        # a court story: 'the court' for its full name, never for another named court
        (COURT + "The court struck down the data retention law on 13 May.\n",
         "The Supreme Administrative Court struck down the data retention law on 13 May.",
         "supports"),
        (COURT + "The Constitutional Court struck down the data retention law on 13 May.\n",
         "The Supreme Administrative Court struck down the data retention law on 13 May.",
         "silent"),
        # a name's noun with 'the': 'the plant' in a story that names the Altwerk plant,
        # 'the club' in one that names Kelburn; never when the document names neither
        ("The Altwerk steel plant opened in May after two years of building.\n\n"
         "The plant employs 800 workers.\n",
         "The Altwerk plant employs 800 workers.", "supports"),
        ("Kelburn Athletic won the cup on Saturday.\n\n"
         "The club was founded in 1887 by railway workers.\n",
         "The Kelburn club was founded in 1887.", "supports"),
        ("A steel plant opened in May after two years of building.\n\n"
         "The plant employs 800 workers.\n",
         "The Altwerk plant employs 800 workers.", "silent"),
        # a sentence naming nothing tells of what its document names: a flight, a union
        ("A Coastair jet turned back to Brightwell on Monday, an hour into flight CA211.\n\n"
         "All 143 people on board left the aircraft down the slides.\n",
         "There were 143 people on board flight CA211.", "supports"),
        ("Members of the Teachers' Federation of Ostland voted to strike on Friday.\n\n"
         "The 18,000-member union said turnout was 64 per cent.\n",
         "The Teachers' Federation of Ostland has 18,000 members.", "supports"),
        # a common word that opens a sentence names nothing: a takeover, a water notice
        ("Halden Foods agreed to be bought by Norrland Dairy on Monday, and its board"
         " urged shareholders to accept.\n\n"
         "Shareholders will vote on the deal on 23 April.\n",
         "Halden Foods shareholders will vote on the deal on 24 April.", "contradicts"),
        ("Aqualis cut the water supply to Brenton on Monday after a main burst, leaving"
         " most residents without tap water.\n\n"
         "Residents must boil their water until 14 June, officials said.\n",
         "Brenton residents must boil their water until 12 June.", "contradicts"),
        # ... but not when 'the two sides' are the people the sentence before names, or
        # the figure comes from a sentence naming others (bilateral talks, two stories)
        ("Ana Ruiz met Kofi Mensah in Lima on 3 May.\n\n"
         "Trade Minister Lena Berg met Farid Haddad in Oslo on 12 May. The two sides signed"
         " 3 agreements on fisheries.\n",
         "Ana Ruiz and Kofi Mensah signed 3 agreements on fisheries.", "silent"),
        ("Ana Ruiz visited Lima in May, where she met Kofi Mensah.\n\n"
         "Ruiz also met Lena Berg in Oslo on 12 May. Ruiz said the talks went well.\n",
         "Ana Ruiz and Kofi Mensah met on 14 May.", "silent"),
        # ... but a sentence that names something else is about that
        ("A Coastair jet turned back to Brightwell on Monday, an hour into flight CA211.\n\n"
         "All 143 people on board flight CA305 left the aircraft down the slides.\n",
         "There were 143 people on board flight CA211.", "silent"),
        # a name is its words together: 'green' in one sentence and 'party' in another
        # do not name the Green Party
        ("The council wants a green belt around the town. Every party has a view.\n\n"
         "The plan was approved by 31 votes to 12.\n",
         "The Green Party's plan was approved by 31 votes to 12.", "silent"),
        # an institute named by its head noun ('the institute had counted')
        ("The National Seismic Institute gives a count twice a day.\n\n"
         "By the evening of 10 June the institute had counted 34 dead.\n",
         "By the evening of 10 June the National Seismic Institute had counted 34 dead.",
         "supports"),
    ],
)  # fmt: skip
def test_a_name_the_document_leaves_out(check_story, doc: str, claim: str, stance: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "named", "claim": claim}])
    assert stances(results, "named")["report"] == stance


# --- a figure factcheck cannot read never counts as support ----------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a referendum, a trade report, a helpline: written the same way, or not at all
        ("Turnout was 0.72 of the registered electorate.\n",
         "Turnout was 0.62 of the registered electorate.", "silent"),
        ("Turnout was 0.72 of the registered electorate.\n",
         "Turnout was 0.72 of the registered electorate.", "supports"),
        ("Exports rose by a third over the decade.\n",
         "Exports rose 4x over the decade.", "silent"),
        # ('by half' is read now: a change of 50 per cent, which a third is not)
        ("Exports rose by a third over the decade.\n",
         "Exports rose by half over the decade.", "contradicts"),
        ("The helpline is open from 8am to 8pm, seven days a week.\n",
         "The helpline is open from 9am to 8pm.", "silent"),
        ("The helpline is open from 8am to 8pm, seven days a week.\n",
         "The helpline is open from 8am to 8pm.", "supports"),
    ],
)  # fmt: skip
def test_an_unread_figure_must_be_written_the_same_way(
    check_story, doc: str, claim: str, stance: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "figure", "claim": claim}])
    assert stances(results, "figure")["report"] == stance


def test_an_unread_figure_may_be_spelled_out(check_story) -> None:
    # a transcript says in words what the claim writes in digits ('34 ... and 32 against')
    results = check_story(
        {"radio.txt": "ROYO: Ruiz was elected by thirty-four votes in favour to thirty-two.\n"},
        [{"id": "votes", "claim": "Ruiz was elected with 34 votes in favour and 32 against."}],
    )
    assert stances(results, "votes")["radio"] == "supports"


def test_the_speaker_of_the_next_sentence_of_the_window(check_story) -> None:
    # a coalition story: the party is named in one sentence, its leader's words in the next
    doc = (
        "That is why the four deputies of Valley Voice hold the balance of power. Their"
        " leader, Pau Serra, a former mayor, has been careful to say that his party"
        ' "will not be anybody\'s hostage".\n\n'
        "Mayor Pau Serra and Premier Ana Vidal met on Monday.\n"
    )
    results = check_story(
        {"weekly.txt": doc},
        [{"id": "hostage",
          "claim": "Ana Vidal said Valley Voice 'will not be anybody's hostage'."}],
    )  # fmt: skip
    assert stances(results, "hostage")["weekly"] == "contradicts"


def test_a_quote_the_source_gives_to_someone_else_contradicts(check_story) -> None:
    # a coalition interview: the party leader's 'we' is not the premier's words
    doc = "HOST: Will you back the budget?\n\nSERRA: We will not be anybody's hostage.\n"
    results = check_story(
        {"radio.txt": doc},
        [{"id": "hostage",
          "claim": "Ana Vidal said Valley Voice 'will not be anybody's hostage'.",
          "attributed_to": [{"source": "radio", "speaker": "Ana Vidal",
                             "quote": "will not be anybody's hostage"}]}],
    )  # fmt: skip
    (stance,) = results["hostage"].stances
    assert (stance.stance, stance.rule) == ("contradicts", "FC-SPEAKER")
    assert stance.evidence is not None and "hostage" in stance.evidence.text


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a recount and a rescue: a figure written without its noun confirms, never conflicts
        ("After a recount the margin shrank, to 187, but did not disappear.\n",
         "After the recount the margin shrank to 187 votes.", "supports"),
        ("After a recount the margin shrank, to 187, but did not disappear.\n",
         "After the recount the margin shrank to 178 votes.", "silent"),
        ("Rescuers reached the Madrigal shelters, which held 212 by nightfall.\n",
         "The Madrigal shelters held 212 people by nightfall.", "supports"),
    ],
)  # fmt: skip
def test_a_bare_figure_confirms_the_same_figure(
    check_story, doc: str, claim: str, stance: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "n", "claim": claim}])
    assert stances(results, "n")["report"] == stance


def test_a_figure_with_letters_written_onto_it(check_story) -> None:
    # an airliner's flight number and a model: 'SR418', 'V-190s'
    doc = "SkyRow flight SR418 returned to Portvale after its V-190s were inspected.\n"
    results = check_story(
        {"wire.txt": doc},
        [{"id": "f", "claim": "Flight SR418 returned to Portvale after its V-190 was inspected."}],
    )
    assert stances(results, "f")["wire"] == "supports"


@pytest.mark.parametrize(
    ("doc", "stance"),
    [
        # 'no one on board ... was injured' denies 'injured', not the flight
        ("Flight SR418 from Portvale landed safely on runway 27.\n", "silent"),
        ("Two crew members on board flight SR418 were injured.\n", "contradicts"),
    ],
)
def test_a_denial_denies_its_last_word(check_story, doc: str, stance: str) -> None:
    other = "The crew said the flight was long and the board met on Friday.\n"
    results = check_story(
        {"report.txt": doc, "other.txt": other},
        [{"id": "n", "claim": "No one on board flight SR418 was injured."}],
    )
    assert stances(results, "n")["report"] == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a grain deal and a strike: the passage that has the claim's verb, denied, wins
        # over one that shares only its nouns
        ("Nordvaal agreed to sell wheat in the biggest grain export agreement in its history."
         "\n\nNordvaal, which has not restricted grain exports, has courted buyers.\n",
         "Nordvaal has restricted its grain exports."),
        ("The nurses' union announced its overtime ban for October on Friday.\n\n"
         "The nurses' union has not suspended its overtime ban, its secretary said.\n",
         "The nurses' union suspended its overtime ban."),
    ],
)  # fmt: skip
def test_a_plain_denial_wins_over_shared_nouns(check_story, doc: str, claim: str) -> None:
    other = "Neighbours restricted exports, and other unions suspended their bans.\n"
    results = check_story({"wire.txt": doc, "other.txt": other}, [{"id": "d", "claim": claim}])
    assert stances(results, "d")["wire"] == "contradicts"


@pytest.mark.parametrize(
    "story",
    ["air-skyrow-emergency-landing", "retail-kettle-recall", "health-lyme-vaccine-approval",
     "dipl-state-visit-partnership"],
)  # fmt: skip
def test_a_document_is_read_no_further_than_a_full_support(monkeypatch, story: str) -> None:
    """Judging stops at a window that supports the claim in full: every source's
    stance, score, evidence and reason are what reading all of its windows gives, in
    stories where a later window tells another figure or a plainer denial."""
    from pathlib import Path

    from factcheck.check import Filters, check_registries
    from factcheck.registry import load_registries
    from factcheck.stance import StanceJudge

    path = Path(__file__).resolve().parent.parent / "eval" / "stories" / story / "story.yaml"
    shortened = check_registries(load_registries([path]), Filters(), None).results
    monkeypatch.setattr(StanceJudge, "_unbeatable", lambda self, judgement: False)
    read_through = check_registries(load_registries([path]), Filters(), None).results
    assert [r.stances for r in shortened] == [r.stances for r in read_through]
    assert any(s.stance == "supports" for r in shortened for s in r.stances)


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an investiture and a derailment: a town is no other place than its country
        ("Ruiz won the vote in the chamber in Zaragoza.\n",
         "Ruiz won the vote in Spain.", "silent"),
        ("The train derailed near Gunskirchen .\n",
         "The train derailed in Austria.", "silent"),
        # two countries, or two towns, are somewhere else
        ("Ruiz won the vote in Portugal.\n", "Ruiz won the vote in Spain.", "contradicts"),
        ("Minister Helena Costa announced the water rules at a press conference in Beja.\n",
         "Minister Helena Costa announced the water rules in Evora.", "contradicts"),
    ],
)  # fmt: skip
def test_a_place_conflicts_only_with_a_place_of_its_kind(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a quake and a grain deal: a ranking's year and place belong to its scope
        ("It was the deadliest earthquake in Peru since 2007.\n",
         "It was the deadliest earthquake in the Arequipa region since 2001.", "differs"),
        ("It is the biggest grain export agreement in Nordvaal's history.\n",
         "It is the largest grain export agreement in Nordvaal's history.", "supports"),
        # a topic told without any ranking is silent on the ranking, not a framing
        ("The grain export agreement was signed in Brennholt on Monday.\n",
         "It is the largest grain export agreement in Nordvaal's history.", "silent"),
    ],
)  # fmt: skip
def test_a_ranking_is_a_fact_in_its_scope(check_story, doc: str, claim: str, stance: str) -> None:
    other = "Officials counted the grain in the region, and the scale of it was noted.\n"
    results = check_story(
        {"wire.txt": doc, "other.txt": other},
        [{"id": "r", "claim": claim, "topic": "the scale of it"}],
    )
    assert stances(results, "r")["wire"] == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a derailment and a council vote: a noun told as a verb
        ("Three passengers suffered serious injuries in the derailment.\n",
         "Three passengers were seriously injured in the derailment."),
        ("The council's decision to close the five schools came on Tuesday night.\n",
         "The council decided to close the five schools."),
    ],
)  # fmt: skip
def test_a_noun_told_as_a_verb_supports(check_story, doc: str, claim: str) -> None:
    results = check_story({"wire.txt": doc}, [{"id": "v", "claim": claim}])
    assert stances(results, "v")["wire"] == "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a derailment and a shooting: a count's manner word goes with its own count
        ("Seventeen people were injured in the derailment, three of them seriously.\n",
         "Seventeen people were seriously injured in the derailment.", "contradicts"),
        ("Seventeen people were injured in the derailment, three of them seriously.\n",
         "Three people were seriously injured in the derailment.", "supports"),
        ("Police said nine people were shot in the square, two of them fatally.\n",
         "Nine people were fatally shot in the square.", "contradicts"),
        ("Police said nine people were shot in the square, two of them fatally.\n",
         "Nine people were shot in the square.", "supports"),
    ],
)  # fmt: skip
def test_a_count_keeps_its_manner(check_story, doc: str, claim: str, stance: str) -> None:
    other = "The line reopened after repairs, and the square was cleaned.\n"
    results = check_story({"wire.txt": doc, "other.txt": other}, [{"id": "m", "claim": claim}])
    assert stances(results, "m")["wire"] == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a takeover call and a council briefing: a speaker's 'we' is the claim's owner
        ("Meridian Ocean Holdings: analyst call on the Halvard deal\n\nOPERATOR: Welcome"
         " to the Meridian call on the Halvard deal.\n\nMARCHETTI: Good morning. We have"
         " agreed to buy Halvard Lines. This is the largest acquisition we have ever made,"
         " and the deal is the right one.\n",
         "Lucien Marchetti called the deal the largest acquisition Meridian has ever made."),
        ("Northfield Council: briefing on the schools plan\n\nHOST: Welcome to the"
         " Northfield Council briefing on the schools plan.\n\nLUTZ: Good morning. This is"
         " the biggest investment we have ever made in our schools, and the plan is"
         " ready.\n",
         "Karin Lutz said the plan was the largest investment Northfield Council has ever"
         " made in its schools."),
    ],
)  # fmt: skip
def test_a_speakers_we_owns_the_ranking(check_story, doc: str, claim: str) -> None:
    results = check_story({"call.txt": doc}, [{"id": "we", "claim": claim}])
    assert stances(results, "we")["call"] == "supports"


def test_a_ranking_in_another_scope_says_which(check_story) -> None:
    # a drought: the reason quotes the document's own ranking
    results = check_story(
        {"wire.txt": "The Alto reservoir is at its lowest level for the month of July since"
                     " records began.\n",
         "other.txt": "Records of reservoir levels began long ago.\n"},
        [{"id": "r", "claim": "The Alto reservoir is at its lowest level since records began."}],
    )  # fmt: skip
    stance = next(s for s in results["r"].stances if s.source == "wire")
    assert stance.stance == "differs"
    assert "'lowest level for the month of July since records began'" in stance.detail


# --- the same figure with another word in the claim's place ----------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a bus crash, a salmon exporter, a census: same figures, another verb or noun
        ("Forty-five people were killed in the crash of a bus near Cusco on Sunday.\n",
         "Forty-five people were injured in the bus crash near Cusco.", "silent"),
        ("Forty-five people were injured in the crash of a bus near Cusco on Sunday.\n",
         "Forty-five people were injured in the bus crash near Cusco.", "supports"),
        ("The company sold 1.2 million tonnes of salmon last year, its report said.\n",
         "The company bought 1.2 million tonnes of salmon last year.", "silent"),
        ("The company sold 1.2 million tonnes of salmon last year, its report said.\n",
         "The company sold 1.2 million tonnes of salmon last year.", "supports"),
        ("The census counted 12,400 residents in the district, 300 more than in 2015.\n",
         "The census counted 12,400 households in the district.", "silent"),
    ],
)  # fmt: skip
def test_the_same_figure_with_another_word_is_another_fact(
    check_story, doc: str, claim: str, stance: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "swap", "claim": claim}])
    assert stances(results, "swap")["report"] == stance


def test_a_swapped_word_is_named_in_what_the_source_lacks(check_story) -> None:
    results = check_story(
        {
            "report.txt": "Forty-five people were killed in the crash of a bus near Cusco.\n",
            "other.txt": "The mine reopened on Monday after a week of repairs.\n",
        },
        [{"id": "swap", "claim": "Forty-five people were injured in the bus crash near Cusco."}],
    )
    stance = results["swap"].stance_of("report")
    assert stance.lacking == ("the word 'injured' (it tells of 'killed' instead)",)


def test_one_word_told_two_ways_is_no_swap(check_story) -> None:
    # a rail inspection: 'ultrasonically' in the place of 'ultrasound' is the same word
    results = check_story(
        {
            "report.txt": "AlpenNetz engineers last tested the Lambach weld ultrasonically on"
            " 14 May 2024, the inspectors found.\n"
        },
        [
            {
                "id": "swap",
                "claim": "AlpenNetz engineers last tested the Lambach weld with ultrasound"
                " on 14 May 2024.",
            }
        ],
    )
    stance = results["swap"].stance_of("report")
    assert not any("in its place" in lack for lack in stance.lacking)


# --- every figure matched and in its own words: content may be told otherwise ----------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a grain deal, an earthquake fund: the figures with their own words carry it
        ("BRENNHOLT, September 8, 2025 - Nordvaal agreed on Monday to sell 1.2 million"
         " tonnes of wheat to Sarenia, the biggest grain export agreement in its history.\n",
         "Nordvaal's grain export agreement with Sarenia covers 1.2 million tonnes of wheat.",
         "supports"),
        ("The government released 45 million soles in emergency funds for the region"
         " on Wednesday.\n",
         "The government approved emergency funds of 45 million soles for the region.",
         "supports"),
        # the figure is there, but as another sum of the same passage
        ("The government released emergency funds for the region on Wednesday; the"
         " mining company said repairs would cost 45 million soles.\n",
         "The government approved emergency funds of 45 million soles for the region.",
         "silent"),
    ],
)  # fmt: skip
def test_matched_figures_in_their_own_words_carry_a_paraphrase(
    check_story, doc: str, claim: str, stance: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "anchored", "claim": claim}])
    assert stances(results, "anchored")["report"] == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a coalition's housing plan and a port's dredging contract: the words that tell
        # what a figure is of may sit inside the figure before it
        ("The coalition agreement, signed on Monday in Zaragoza, contains 140 measures,"
         " including a €1.2 billion housing programme spread over four years.\n",
         "The coalition's housing programme is spread over four years."),
        ("The port authority, which met on Friday in Rosslare, approved 12 projects,"
         " among them a €40 million dredging contract running for three years.\n",
         "The port authority's dredging contract runs for three years."),
    ],
)  # fmt: skip
def test_a_figure_is_told_by_the_words_the_figure_before_it_carries(
    check_story, doc: str, claim: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "spread", "claim": claim}])
    assert stances(results, "spread")["report"] == "supports"


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a derailment and a factory fire: the denial bears on 'injured', and the
        # adjunct after it ('in the derailment') need not be in the denying sentence
        ("The regional express derailed near Lambach on Monday morning.\n\nSeventeen"
         " passengers were injured, three of them seriously.\n",
         "No passengers were seriously injured in the derailment."),
        ("Fire crews fought the blaze at the Marlow works for six hours.\n\nFour workers"
         " were hurt, one of them seriously.\n",
         "No workers were seriously hurt in the blaze."),
    ],
)  # fmt: skip
def test_a_denial_is_contradicted_by_what_it_denies_without_its_adjunct(
    check_story, doc: str, claim: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "denial", "claim": claim}])
    assert stances(results, "denial")["report"] == "contradicts"


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a briefing on an earthquake and a radio interview on a strike: a question
        # states nothing, so it neither denies nor backs the claim
        ("REPORTER: Has Peru asked for international help?\n",
         "Peru did not ask for international help."),
        ("PRESENTER: Will the minister improve the pay offer?\n",
         "The minister will improve the pay offer."),
    ],
)  # fmt: skip
def test_a_question_states_nothing(check_story, doc: str, claim: str) -> None:
    results = check_story({"briefing.txt": doc}, [{"id": "asked", "claim": claim}])
    assert stances(results, "asked")["briefing"] == "silent"


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a jewellery raid and a rate decision: a word with a negating 'un-' says the
        # opposite of the word without it, both ways
        ("Four raiders armed with sledgehammers stormed the jewellery shop on Monday.\n",
         "The raiders were unarmed."),
        ("Lakeside Bank's board changed its main interest rate on Thursday, raising it to"
         " 4.5 per cent.\n",
         "Lakeside Bank's board left its main interest rate unchanged on Thursday."),
    ],
)  # fmt: skip
def test_an_un_word_is_the_opposite_of_its_root(check_story, doc: str, claim: str) -> None:
    results = check_story({"wire.txt": doc}, [{"id": "un", "claim": claim}])
    assert stances(results, "un")["wire"] == "contradicts"


@pytest.mark.parametrize(
    ("outlet", "aliases", "body", "claim"),
    [
        # a police briefing and an investor call: the body that publishes the document
        # is who 'we' are in it
        ("Westmarch Police", {"Westmarch Police": ["police"]},
         "We are today releasing CCTV stills of two of the men, taken as they left.",
         "Westmarch Police released CCTV stills of two of the men."),
        ("Meridian Ocean Holdings", {"Meridian Ocean Holdings": ["Meridian"]},
         "On synergies, we expect cost savings of eighty-five million euros a year,"
         " reached in full by 2028.",
         "Meridian expects cost savings of €85 million a year by 2028."),
    ],
)  # fmt: skip
def test_the_publishing_body_is_the_documents_subject(
    check_story, outlet: str, aliases: dict[str, list[str]], body: str, claim: str
) -> None:
    doc = f"---\ntitle: Briefing\noutlet: {outlet}\n---\n\n{body}\n"
    results = check_story({"release.md": doc}, [{"id": "we", "claim": claim}], aliases)
    assert stances(results, "we")["release"] == "supports"


@pytest.mark.parametrize(
    ("docs", "claim"),
    [
        # a kettle recall and school closures: the role before a name says who the person
        # is; without the claim's verb the sentence naming them backs nothing
        ({"wire.txt": "Halberg recalled 412,000 kettles on Monday. \"Nothing matters more to"
                      " us than the safety of our customers,\" chief executive Matthias"
                      " Ekholm said in a statement.\n",
          "blog.txt": "The recall of the kettles came late. Halberg took weeks over the"
                      " recall.\n",
          "mag.txt": "Owners can return the kettle under the recall. The recall covers three"
                     " countries.\n"},
         "Halberg chief executive Matthias Ekholm resigned over the recall."),
        ({"wire.txt": "Northfield Council voted to close five schools on Tuesday. \"We had no"
                      " other choice,\" council chief executive Karin Lutz told the meeting"
                      " about the school closures.\n",
          "paper.txt": "Parents protested against the school closures outside the council"
                       " offices. The closures take effect in July.\n",
          "radio.txt": "The school closures were debated for four hours. The council said the"
                       " closures would save money.\n"},
         "Northfield Council chief executive Karin Lutz was sacked over the school closures."),
    ],
)  # fmt: skip
def test_a_role_before_a_name_is_not_what_the_claim_says(
    check_story, docs: dict[str, str], claim: str
) -> None:
    results = check_story(docs, [{"id": "role", "claim": claim}])
    assert stances(results, "role")["wire"] == "silent"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a regulator and a factory board: what is left open ('whether ...') is not said
        ("LUNDHOLM, February 3, 2026 - The regulator said it would announce on Wednesday"
         " whether it would open a formal investigation into Halberg.\n",
         "The regulator opened a formal investigation into Halberg on February 4, 2026.",
         "silent"),
        ("MARLOW, March 2, 2026 - The board will meet on Friday to decide whether to close"
         " the Marlow plant, the company said.\n",
         "The board closed the Marlow plant on March 6, 2026.", "silent"),
        # a strike and a council vote: 'would' looks ahead, so a weekday after it is the
        # next one
        ("DUBLIN, October 15, 2025 - The union said its members would walk out on Monday"
         " over pay.\n",
         "Union members will walk out over pay on 20 October 2025.", "supports"),
        ("LEEDS, February 3, 2026 - The council said it would vote on Thursday on the"
         " bridge plan.\n",
         "The council will vote on the bridge plan on 5 February 2026.", "supports"),
    ],
)  # fmt: skip
def test_an_open_question_is_not_said_and_would_looks_ahead(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("docs", "claim", "topic"),
    [
        # a kettle recall and an air incident: an evaluative word counts as written, so
        # 'production' is not 'productive' nor 'records' 'a record': the claims report
        # facts, and a document that tells of the topic without them is silent
        ({"wire.txt": "Halberg recalled the Swiftboil kettle on Monday after reports of fires."
                      " The company said production at its Gralsund plant had been"
                      " reorganised last year.\n",
          "other.txt": "Owners were told to stop using the kettle.\n"},
         "Halberg has stopped production of the Swiftboil.", "production of the kettle"),
        ({"wire.txt": "The airline's maintenance records were handed to investigators on"
                      " Tuesday, and the engine was shipped to its maker.\n",
          "other.txt": "Passengers were flown home on Wednesday.\n"},
         "The airline's maintenance records were complete and in order.",
         "the airline's maintenance records"),
    ],
)  # fmt: skip
def test_an_evaluative_word_counts_as_written(
    check_story, docs: dict[str, str], claim: str, topic: str
) -> None:
    results = check_story(docs, [{"id": "fact", "claim": claim, "topic": topic}])
    assert stances(results, "fact")["wire"] == "silent"


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # an air incident and a footbridge: the place that goes with the claim's fact is
        # the one its own sentence gives, not where someone spoke about it
        ("\"It is too early to say why the blade failed,\" said Renata Kowal at a briefing"
         " in Portvale. She said the engine would be shipped to its maker in Dunmere, where"
         " it will be stripped down.\n",
         "The failed engine will be stripped down in Portvale."),
        ("Speaking to reporters in Leeds on Monday, council leader Anna Holt said the plans"
         " were ready. The new footbridge over the river will be built in Wakefield, she"
         " said.\n",
         "The new footbridge over the river will be built in Leeds."),
    ],
)  # fmt: skip
def test_the_place_of_a_fact_is_the_one_its_sentence_gives(
    check_story, doc: str, claim: str
) -> None:
    other = "The council and the airline said little else.\n"
    results = check_story({"wire.txt": doc, "other.txt": other}, [{"id": "at", "claim": claim}])
    assert stances(results, "at")["wire"] == "contradicts"


# --- a vaguer date neither supports nor contradicts ------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a strike and a bridge: 'next month' holds the day, so the other date of the
        # sentence ('yesterday') is another event's
        ("DUBLIN, October 15, 2025 - Nurses will walk out on three days next month after"
         " their union announced the result of its strike ballot yesterday.\n",
         "The nurses' first walkout will take place on 4 November 2025."),
        ("LEEDS, May 20, 2025 - The Kirkgate bridge will reopen next month, the council"
         " said on Monday.\n",
         "The Kirkgate bridge will reopen on 9 June 2025."),
    ],
)  # fmt: skip
def test_a_vaguer_date_is_silent(check_story, doc: str, claim: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "dated", "claim": claim}])
    assert stances(results, "dated")["report"] == "silent"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a trade forum and a murder trial: 'this year' holds every day of the year, so it
        # leaves the sentence's weekday to date the event
        ("KELLSBY, October 10, 2025 - The port authority approved a new ferry terminal on"
         " Friday.\n\nOn Monday, trade minister Ilse Brandt opened the Harbour Forum, one of"
         " several maritime events this year, with a call for cleaner shipping.\n",
         "Ilse Brandt opened the Harbour Forum on October 7, 2025.", "contradicts"),
        ("BRIDGEPORT, March 14, 2025 - A lawyer for Dale Mercer said he would appeal.\n\nOn"
         " Wednesday the jury, in the county's third murder trial this year, convicted Mercer"
         " of killing his business partner.\n",
         "A jury convicted Dale Mercer on March 11, 2025.", "contradicts"),
        ("BRIDGEPORT, March 14, 2025 - A lawyer for Dale Mercer said he would appeal.\n\nOn"
         " Wednesday the jury, in the county's third murder trial this year, convicted Mercer"
         " of killing his business partner.\n",
         "A jury convicted Dale Mercer on March 12, 2025.", "supports"),
    ],
)  # fmt: skip
def test_a_year_in_the_sentence_leaves_its_day_to_date_the_event(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


# --- a quotation is stated only where it is written ------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a headline that echoes a minister's words; a judge's view told in other words
        ("Bread, not politics? What the grain deal really buys\n\n"
         "Minister Liesel Hartmann signed the grain deal on Monday.\n",
         "Liesel Hartmann said: 'This is grain for bread, not for politics.'"),
        ("Judge Pavel Novak criticised the data retention law in his ruling on Monday.\n",
         "Judge Pavel Novak said: 'This law goes much too far.'"),
    ],
)  # fmt: skip
def test_a_quotation_must_be_written_to_be_supported(check_story, doc: str, claim: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "quoted", "claim": claim}])
    assert stances(results, "quoted")["report"] != "supports"


def test_a_headline_echo_is_no_quotation() -> None:
    # a development story of the blind corpus: a feature's headline 'Bread, not politics?'
    # once supported "Hartmann said: 'This is grain for bread, not for politics.'"
    from pathlib import Path

    from factcheck.check import Filters, run_check

    story = Path(__file__).resolve().parent.parent / "eval/stories/agri-grain-export-deal"
    report = run_check([story / "story.yaml"], Filters(claims=("hartmann-grain-for-bread",)))
    (result,) = report.results
    assert result.stance_of("commodity").stance != "supports"
    assert result.stance_of("cnw").stance == "supports"  # 'this is grain for bread' there


def test_a_quotation_is_not_denied_by_a_reporters_words(check_story) -> None:
    # a grain deal: 'no family will go without bread' and 'families facing a hard winter'
    results = check_story(
        {
            "report.txt": "Ministers described the deal as a lifeline for Sarenian families"
            " facing a second winter of high prices.\n"
        },
        [{"id": "quoted",
          "claim": "Omar Dassine said: 'No Sarenian family will go without bread this winter.'"}],
    )  # fmt: skip
    assert stances(results, "quoted")["report"] != "contradicts"


# --- a count is the claim's only if it counts the same happening ------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an earthquake and a crash: people injured, or in shelters, are not people killed
        ("Officials reported 34 deaths and 212 people injured.\n",
         "The earthquake killed more than 40 people.", "not supports"),
        ("The quake killed 23 people. More than 6,000 people are sleeping in shelters.\n",
         "The earthquake killed more than 40 people.", "not supports"),
        ("The crash killed 45 people, police said.\n",
         "The crash killed more than 40 people.", "supports"),
        # a grain deal: 'spread over three years' is not 'over two years'
        ("Deliveries will be spread over three years.\n",
         "The grain will be delivered over two years.", "not supports"),
    ],
)  # fmt: skip
def test_a_count_of_another_happening_is_no_support(
    check_story, doc: str, claim: str, stance: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "count", "claim": claim}])
    found = stances(results, "count")["report"]
    assert found == stance if stance == "supports" else found != "supports"


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a grain deal and a bank: the year a ranking is counted from is no event's date
        ("Officials describe the deal as the largest grain sale the country has made since"
         " 2010.\n",
         "Nordvaal agreed the grain sale in 2025."),
        ("The cut is the biggest the bank has made since 2008, analysts said.\n",
         "The bank made the cut in 2025."),
    ],
)  # fmt: skip
def test_a_rankings_year_contradicts_no_date(check_story, doc: str, claim: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "dated", "claim": claim}])
    assert stances(results, "dated")["report"] != "contradicts"


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # an election and a fire: every figure agrees, so the 'no' denies something else
        ("No party won an outright majority in the March election for the regional"
         " parliament, in which turnout was 63.4 per cent, down from 66.1 per cent four years"
         " earlier.\n",
         "Turnout in the regional election was 63.4 per cent."),
        ("No one was hurt in the fire, which destroyed 12 homes in Alder Street.\n",
         "The fire in Alder Street destroyed 12 homes."),
        # 'without' denies its own noun phrase only (a rail inquiry)
        ("A weld that had gone months without a scheduled safety test caused the"
         " derailment, the interim report found.\n",
         "The interim report found that a weld caused the derailment."),
    ],
)  # fmt: skip
def test_a_negation_elsewhere_in_the_sentence_is_no_denial(
    check_story, doc: str, claim: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "said", "claim": claim}])
    assert stances(results, "said")["report"] == "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a bus strike and a football disorder: everything of the claim but its verdict
        # on the event is the same event told in other terms
        ("CORRAN, 7 June 2025 - Bus drivers at Corran Transit ended a three-week strike on"
         " Friday after accepting"
         " a 3% pay rise, half of what they had asked for. Union officials said members"
         " were tired rather than pleased.\n",
         "The Corran bus drivers' strike ended in victory for the union.", "differs"),
        ("Fortham police chief Ingrid Solberg on Wednesday defended how officers handled"
         " last weekend's football disorder in Fortham, in which 14 officers were injured."
         " Shop owners said the police had been slow.\n",
         "Fortham police mishandled last weekend's football disorder.", "differs"),
        # a reaction is a deed to report, not the claim's verdict; a noun after a noun
        # names the event ('engine failure')
        ("The Selby mayor praised the Selby flood response on Monday, saying crews had"
         " acted swiftly.\n",
         "The Selby mayor praised the Selby flood response.", "supports"),
        ("The SkyRow jet returned to Portvale after one of its engines failed over the"
         " sea.\n",
         "The SkyRow jet returned to Portvale after an engine failure over the sea.",
         "supports"),
    ],
)  # fmt: skip
def test_a_verdict_on_the_event_must_be_told(
    check_story, doc: str, claim: str, stance: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "judged", "claim": claim}])
    assert stances(results, "judged")["report"] == stance


@pytest.mark.parametrize(
    ("paragraphs", "claim", "topic"),
    [
        # a drug trial and a dam: a topic's name stands in 'the trial' for 'the CALYX trial'
        # named earlier in the document
        (["The journal withdrew the paper describing the CALYX trial on Wednesday.",
          "The university said it regretted the harm to its reputation. Its vice-chancellor"
          " apologised to staff. She said the inquiry had been thorough. Governors met on"
          " Tuesday. A review of research rules will report in March.",
          "The trial enrolled 412 patients at six hospitals between 2018 and 2021."],
         "The CALYX trial enrolled 412 patients.", "number of patients in the CALYX trial"),
        (["Work on the Kessel dam project resumed on Monday after a two-week strike.",
          "Engineers said the delay would not affect the opening date. The union welcomed"
          " the deal. Its leader thanked members. Talks had lasted nine days. A new pay"
          " round starts in spring.",
          "The project employs 800 workers, most of them from the valley."],
         "The Kessel dam project employs 800 workers.", "workforce of the Kessel dam project"),
    ],
)  # fmt: skip
def test_a_topic_named_by_its_definite_noun(
    check_story, paragraphs: list[str], claim: str, topic: str
) -> None:
    doc = "\n\n".join(paragraphs) + "\n"
    results = check_story({"report.txt": doc}, [{"id": "t", "claim": claim, "topic": topic}])
    assert stances(results, "t")["report"] == "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a drug trial and a bridge: a count over a span of years is the claim's count,
        # not one year's figure
        ("BRENNICK, October 9, 2024 - The CALYX trial enrolled 412 patients at six hospitals"
         " in northern England between 2018 and 2021.\n",
         "The CALYX trial enrolled 412 patients.", "supports"),
        ("KESTEL, June 4, 2025 - The Solway bridge was built by 300 workers from 1998 to 2001,"
         " the council said.\n",
         "The Solway bridge was built by 300 workers.", "supports"),
        # ... while one past year's count is that year's
        ("AREQUIPA, June 10, 2025 - The quake struck the valley on Monday. A 6.4 tremor in"
         " 1998 killed 31 people there.\n",
         "The quake killed 31 people.", "silent"),
        # a cup final and a grant: a year in a relative clause after the figure tells of
        # another noun ('a club that went into administration in 2016')
        ("GLASGOW, May 18, 2025 - Kelburn won the cup on Saturday. The win is worth 750,000"
         " pounds in prize money to a club that went into administration in 2016.\n",
         "Kelburn's win is worth 750,000 pounds in prize money.", "supports"),
        ("TALLOW, June 2, 2025 - The county gave 80,000 dollars on Monday to a farm that"
         " flooded in 2019.\n", "The county gave 80,000 dollars to the farm.", "supports"),
    ],
)  # fmt: skip
def test_a_count_over_a_span_of_years(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a study retraction and a river pollution review: a finding the claim asserts,
        # denied in the window's next sentence
        ("BRENNICK, October 10, 2024 - The inquiry found that Professor Kessling altered"
         " outcome data for 61 of the 412 trial participants. The panel found no evidence"
         " that any participant was harmed.\n",
         "The inquiry found that trial participants were harmed by the altered data.",
         "contradicts"),
        ("TARROW, June 3, 2025 - The regulator's review found that the Tarrow plant had"
         " released ammonia into the river in May. It found no sign that fish in the river"
         " were killed.\n",
         "The regulator's review found that the ammonia released by the Tarrow plant killed"
         " fish in the river.", "contradicts"),
        # what the claim has someone ask 'to' be done is not asserted by it
        ("DUNMORE, May 3, 2025 - The Alentejo federation had asked in May for a formal"
         " drought emergency. The government declined to declare one.\n",
         "The Alentejo federation had asked the government to declare a formal drought"
         " emergency.", "supports"),
    ],
)  # fmt: skip
def test_a_finding_denied_beside_the_rest(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # an outbreak and a warehouse fire: the denial is of the deaths, not of the
        # outbreak the paragraph tells of unnegated
        ("Seven people have been hospitalized since the measles outbreak began in"
         " Marrowfield. No one has died.\n",
         "No one has died in the Marrowfield measles outbreak."),
        ("The warehouse fire in Tarrow burned for two days before crews put it out."
         " Nobody was injured.\n",
         "Nobody was injured in the Tarrow warehouse fire."),
    ],
)  # fmt: skip
def test_a_denial_in_its_setting_is_stated(check_story, doc: str, claim: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "denied", "claim": claim}])
    assert stances(results, "denied")["report"] == "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a rail operator and a landlord: a role's words, said by the holder of the role
        ("Danubia Rail chief executive Florian Haider said the driver had done everything"
         " right.\n",
         "Danubia Rail's chief executive said the driver had done everything right.",
         "supports"),
        ("Kestrel Homes chief executive Mark Lowe said the tower was safe to live in.\n",
         "Kestrel Homes' chief executive said the tower was safe to live in.", "supports"),
        # ... and the title alone: 'the mayor said' for Mayor Karin Lutz
        ("The bridge will reopen in May, the mayor said.\n",
         "Mayor Karin Lutz said the bridge would reopen in May.", "supports"),
    ],
)  # fmt: skip
def test_a_role_speaks_through_its_holder(check_story, doc: str, claim: str, stance: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "said", "claim": claim}])
    assert stances(results, "said")["report"] == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a takeover and a ferry firm: 'the Marseille-based group' is based in Marseille
        ("Meridian, the Marseille-based shipping group, agreed to buy Halvard on Monday.\n",
         "Meridian is headquartered in Lyon.", "contradicts"),
        ("Meridian, the Marseille-based shipping group, agreed to buy Halvard on Monday.\n",
         "Meridian is headquartered in Marseille.", "supports"),
        ("Norvik, the Gdansk-based ferry operator, carried 2 million passengers last year.\n",
         "Norvik is based in Riga.", "contradicts"),
    ],
)  # fmt: skip
def test_a_place_based_company_is_based_there(
    check_story, doc: str, claim: str, stance: str
) -> None:
    results = check_story({"report.txt": doc}, [{"id": "based", "claim": claim}])
    assert stances(results, "based")["report"] == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a food firm, a lorry crash, a museum: the negation reaches the claim's verb in
        # the figure's own clause, or 'not yet' negates
        ("Calder Foods has refused to pay the 2 million euro fine, its lawyers said.\n",
         "Calder Foods paid the 2 million euro fine."),
        ("Police have not yet arrested the driver of the lorry.\n",
         "Police arrested the driver of the lorry."),
        ("The Harbour Museum will not reopen in June, officials said.\n",
         "The Harbour Museum will reopen in June."),
        # a library service and a depot: a plan called off
        ("Stowmarsh county council has scrapped plans to close seven libraries after a"
         " consultation drew 9,000 responses.\n",
         "Stowmarsh county council will close seven libraries."),
        ("Kelton Buses abandoned plans to shut its Harrow Road depot on Monday.\n",
         "Kelton Buses will shut its Harrow Road depot."),
        # a maternity unit and bus fares: the plan called off after it is told
        ("Plans to close the maternity unit at St Anne's Hospital were shelved in March"
         " after a public outcry.\n",
         "The maternity unit at St Anne's Hospital will close."),
        ("A proposal to raise bus fares by 5%, which the mayor had backed, has been quietly"
         " dropped.\n",
         "Bus fares will rise by 5%."),
    ],
)  # fmt: skip
def test_a_negation_of_the_claim_itself_contradicts(check_story, doc: str, claim: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "denied", "claim": claim}])
    (stance,) = results["denied"].stances
    assert (stance.stance, stance.rule) == ("contradicts", "FC-NEGATION")


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a fine and a stadium: a figure told as a possibility reports nothing
        ("The fine for Calder Foods could reach 2 million euros, the regulator said.\n",
         "The fine for Calder Foods was 2 million euros.", "silent"),
        ("The stadium might cost 40 million pounds, the council warned.\n",
         "The stadium cost 40 million pounds.", "silent"),
        # ... unless the claim tells it as one too; and 'May' is a month, not a hedge
        ("The fine for Calder Foods could reach 2 million euros, the regulator said.\n",
         "The fine for Calder Foods could reach 2 million euros.", "supports"),
        ("In May 45 people died in the Talca floods, officials said.\n",
         "45 people died in the Talca floods.", "supports"),
        # a tram line and a housing programme: a forecast or a target is no count of
        # what happened
        ("Orrington's new airport tram line carried 1.1 million passengers in its first six"
         " months, below the city's forecast of 1.6 million.\n",
         "Orrington's airport tram line carried 1.6 million passengers in its first six"
         " months.", "contradicts"),
        ("Kelso council completed 240 affordable homes last year against a target of 400,"
         " its annual report said.\n",
         "Kelso council completed 400 affordable homes last year.", "contradicts"),
        ("Kelso council completed 240 affordable homes last year against a target of 400,"
         " its annual report said.\n",
         "Kelso council's target was 400 affordable homes last year.", "supports"),
        # a tree-planting drive and a pay claim: a goal or a demand is no count either
        ("The Halmark Forest Service planted 3.2 million trees in the year to March, well"
         " short of its goal of 5 million, it said.\n",
         "The Halmark Forest Service planted 5 million trees in the year to March.",
         "contradicts"),
        ("Dock workers at Port Ellery accepted a 4 percent pay rise on Friday, below their"
         " union's demand of 9 percent.\n",
         "Dock workers at Port Ellery accepted a 9 percent pay rise.", "contradicts"),
    ],
)  # fmt: skip
def test_a_possible_figure_is_no_report(check_story, doc: str, claim: str, stance: str) -> None:
    results = check_story({"report.txt": doc}, [{"id": "hedged", "claim": claim}])
    assert stances(results, "hedged")["report"] == stance


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a mine rescue and a cup final: when the ranked thing happened is not its scope
        ("Rescuers brought the last of 21 surviving miners to the surface early on Friday.",
         {"21", "miner", "surviv", "surfac"}),
        ("Reyes scored the first goal of the final late on Saturday at Hampden.",
         {"goal", "final"}),
        # a cup final and a marathon: a size ('of 51,000') is no scope, a year is
        ("They made up most of a record crowd for the final of 51,000.", {"crowd", "final"}),
        ("A record field for the marathon of 31,000 runners set off.",
         {"field", "marathon"}),
        ("It was the largest recall of 2024.", {"recal", "2024"}),
        # grain shipments and a tram line: the ranked thing's own verb ends its scope, a
        # clause with a subject of its own does not
        ("The first cargoes of grain under the deal are due to sail from Kessel.",
         {"ship", "grain", "agreement"}),
        ("The first trams will run on the new line in March.", {"tram"}),
        ("It was the largest deal the company has made since 2019.",
         {"agreement", "compani", "sinc", "2019"}),
    ],
)  # fmt: skip
def test_a_rankings_scope_stops_at_when(text: str, scope: set[str]) -> None:
    from factcheck.qualifiers import rankings
    from factcheck.terms import AliasTable, tokenize

    (ranking,) = rankings(text, tokenize(text, AliasTable()))
    assert ranking.scope == scope


@pytest.mark.parametrize(
    ("text", "ranked"),
    [
        # a weightlifting meet and an ice hockey league: a name of several words between
        # 'a' and 'record' is the ranking's scope, so the claim ranks (and a passage must)
        ("Her 137kg clean and jerk was a Danube Championships record.", True),
        ("The 5-1 win was a Northern Ice League record.", True),
        # lower-case words there are no name ('a detailed training record')
        ("He kept a detailed training record.", False),
    ],
)  # fmt: skip
def test_a_name_may_scope_a_ranking(text: str, ranked: bool) -> None:
    from factcheck.qualifiers import rankings
    from factcheck.terms import AliasTable, tokenize

    assert bool(rankings(text, tokenize(text, AliasTable()))) == ranked


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an airline and a council vote: how much of a whole the claim covers ('all',
        # 'unanimously') must be said too
        ("SkyRow has grounded two of its V-190 aircraft after the incident.\n",
         "SkyRow grounded all of its V-190 aircraft after the incident.", "silent"),
        ("The council approved the school closures plan after a long debate.\n",
         "The council unanimously approved the school closures plan.", "silent"),
        ("SkyRow has grounded all of its V-190 aircraft after the incident.\n",
         "SkyRow grounded all of its V-190 aircraft after the incident.", "supports"),
        ("After a long debate the council unanimously approved the school closures plan.\n",
         "The council unanimously approved the school closures plan.", "supports"),
        # a ferry rescue and a factory bonus: an 'every' or 'all' told of something else
        # in the sentence ('every lifeboat station', 'every employer') does not say the
        # claim's whole; one told of the claim's own words does
        ("KILBRIDE, March 3, 2025 - Coastguard boats rescued 46 passengers from the"
         " stricken ferry on Sunday night, when every lifeboat station on the coast was"
         " already on call.\n",
         "All 46 passengers were rescued by coastguard boats.", "silent"),
        ("DUNMORE, December 12, 2024 - The Dunmore plant paid its winter bonus to its 300"
         " workers this week, in a year when every employer in the region has cut"
         " costs.\n",
         "The Dunmore plant paid its winter bonus to all of its workers.", "silent"),
        ("KILBRIDE, March 3, 2025 - Coastguard boats rescued all 46 passengers from the"
         " stricken ferry on Sunday night.\n",
         "All 46 passengers were rescued by coastguard boats.", "supports"),
        ("DUNMORE, December 12, 2024 - The Dunmore plant paid its winter bonus to each of"
         " its 300 workers this week.\n",
         "The Dunmore plant paid its winter bonus to all of its workers.", "supports"),
        # a power station and a climbing accident: 'both' claims the whole pair (where
        # the other one was spared, it is contradicted); 'both Arlen and Tove' only names
        # two, and is no quantity to be said again
        ("ASKVIK, June 3, 2025 - Unit 1 of the Askvik power station shut down on Monday"
         " after a transformer fire. The station's second unit kept running.\n",
         "Both units of the Askvik power station shut down after a transformer fire.",
         "contradicts"),
        ("GLENBRAE, January 9, 2025 - Two hillwalkers were rescued from Ben Ardle on"
         " Wednesday after a fall; one was taken to hospital with a broken ankle.\n",
         "Both hillwalkers rescued from Ben Ardle were taken to hospital.", "silent"),
        ("ASKVIK, June 3, 2025 - Both units of the Askvik power station shut down on"
         " Monday after a transformer fire.\n",
         "Both units of the Askvik power station shut down after a transformer fire.",
         "supports"),
        ("GLENBRAE, January 9, 2025 - Hillwalkers Arlen Moss and Tove Lind were rescued"
         " from Ben Ardle on Wednesday after a fall.\n",
         "Both Arlen Moss and Tove Lind were rescued from Ben Ardle.", "supports"),
    ],
)  # fmt: skip
def test_a_quantifier_must_be_said(check_story, doc: str, claim: str, stance: str) -> None:
    other = "The weather on Tuesday was fine.\n"
    results = check_story({"wire.txt": doc, "other.txt": other}, [{"id": "q", "claim": claim}])
    assert stances(results, "q")["wire"] == stance


# --- a topic named elsewhere: its own words stand for it ------------------------------

_FILLER = "".join(
    f"Sentence {n} of the report tells of something else entirely.\n\n"
    for n in ("one", "two", "three", "four", "five", "six")
)
_FIRE_ALIASES = {"Kessler Hill fire": ["the fire"]}


@pytest.mark.parametrize(
    ("doc", "claim", "topic", "aliases", "stance"),
    [
        # a harvest hit by drought, a wildfire: the document names the topic once, far
        # above; 'this year's maize harvest' and 'no one died' are about it
        ("MERIDA, March 3, 2025 - Farmers in Valdoria are counting the cost of the"
         " drought.\n\n" + _FILLER + "This year's maize harvest fell by about half after"
         " months without rain.\n",
         "Valdoria's maize harvest this year fell by about half.", "Valdoria's harvest",
         None, "supports"),
        ("HOLTON, May 9, 2025 - Crews fought the Kessler Hill fire through the night.\n\n"
         + _FILLER + "No one died, a county spokesman said.\n",
         "No one has been killed by the Kessler Hill fire.", "deaths in the fire",
         _FIRE_ALIASES, "supports"),
        # ... but not a sentence that names another place or another fire
        ("MERIDA, March 3, 2025 - Farmers in Valdoria are counting the cost of the"
         " drought.\n\n" + _FILLER + "In Ostria, this year's maize harvest fell by about"
         " half after months without rain.\n",
         "Valdoria's maize harvest this year fell by about half.", "Valdoria's harvest",
         None, "silent"),
        ("HOLTON, May 9, 2025 - Crews fought the Kessler Hill fire through the night.\n\n"
         + _FILLER + "No one died in the Marlow Wood fire of 2019, a county spokesman"
         " said.\n",
         "No one has been killed by the Kessler Hill fire.", "deaths in the fire",
         _FIRE_ALIASES, "silent"),
    ],
)  # fmt: skip
def test_the_words_of_a_topic_named_elsewhere_stand_for_it(
    check_story, doc: str, claim: str, topic: str, aliases: dict[str, list[str]] | None,
    stance: str,
) -> None:  # fmt: skip
    results = check_story({"wire.txt": doc}, [{"id": "t", "claim": claim, "topic": topic}], aliases)
    assert stances(results, "t")["wire"] == stance


# --- a percentage is the one told of the claim's subject, whatever follows it ---------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        ("DUNMERE, 30 September 2025 - House prices in Dunmere rose 4.2 percent in the year "
         "to September, a property portal said on Tuesday.\n",
         "Dunmere house prices climbed 2.4% over the twelve months to September 2025.",
         "contradicts"),
        ("ORVALD, 15 January 2025 - Rail ridership in Orvald rose 12 percent during 2024, the "
         "transport ministry said on Tuesday.\n",
         "Orvald rail ridership climbed 21% over the twelve months of 2024.", "contradicts"),
        ("SELBY, 3 February 2025 - Tourist arrivals in Selby fell 6 percent during 2024, the "
         "tourism board said.\n",
         "Selby tourist arrivals dropped 16% over the twelve months of 2024.", "contradicts"),
        # another subject is no such figure; a change is compared with the change its
        # levels tell, not with the level it started from
        ("VARNA, 10 October 2025 - Exports from Varnland rose 4.2 percent in the year to "
         "September, the statistics office said. Imports were flat.\n",
         "Varnland imports climbed 2.4% over the twelve months to September.", "silent"),
        ("ELDERSHAW, 4 June 2025 - The Court of Appeal reduced Viktor Halloran's prison "
         "sentence from nine years to six.\n",
         "Viktor Halloran's prison term was cut by three years on appeal.", "supports"),
        ("ELDERSHAW, 4 June 2025 - The Court of Appeal reduced Viktor Halloran's prison "
         "sentence from nine years to six.\n",
         "Viktor Halloran's prison term was cut by four years on appeal.", "contradicts"),
        # a percentage told of something narrower is not the claim's: the one told of just
        # the claim's subject is
        ("KESTRAL, 4 June 2025 - Unemployment in Kestral rose to 6.1 percent in the first "
         "quarter, while the jobless rate among people aged 16 to 24 climbed to 15.3 percent, "
         "the labour office said.\n",
         "Kestral's unemployment rate rose to 15.3 percent in the first quarter.",
         "contradicts"),
        ("ARDMORE, 21 February 2025 - Car sales volumes in Ardmore rose 1.8 percent in "
         "January from a year earlier, while the value of sales was up 5.2 percent, the "
         "dealers' association said.\n",
         "Ardmore car sales volumes rose 5.2% in January.", "contradicts"),
        # a claim that puts its figure first is told of the words after it
        ("TRELLIN, 9 January 2026 - Flu vaccine uptake among people over 65 in Trellin "
         "reached 74 percent this winter, but only 49 percent of care home staff have had "
         "the jab, the health board said.\n",
         "74 percent of care home staff in Trellin have had the flu vaccine.", "contradicts"),
        # the figure told of just the claim's subject is still the claim's
        ("BRINDLE, 2 April 2025 - Sales at Brindle Foods rose 4 percent in March, while "
         "profits rose 8 percent, the company said.\n",
         "Brindle Foods' sales rose 4 percent in March.", "supports"),
    ],
)  # fmt: skip
def test_a_percentage_is_the_one_told_of_the_claims_subject(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


# --- a change told by the two levels it went between ------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # the change in per cent, with the unit of a bare start taken from the level
        ("KARNSTADT, 27 April 2023 - Halvard Bank reported a first-quarter net profit of 412 "
         "million marks, up from 305 million a year earlier.\n",
         "Halvard Bank's first-quarter net profit rose by more than a third from a year "
         "earlier.", "supports"),
        # the levels say which way it went, whatever words are around them
        ("KARNSTADT, 27 April 2023 - Halvard Bank reported a first-quarter net profit of 412 "
         "million marks, compared with 305 million marks a year earlier.\n",
         "Halvard Bank's first-quarter net profit fell by 35 percent.", "contradicts"),
        ("LORMONT, 2 March 2025 - Lormont's council set the single bus fare at 2.40 euros "
         "for next year, compared with 3 euros now.\n",
         "Lormont's single bus fare will rise by 20 percent next year.", "contradicts"),
        ("LORMONT, 2 March 2025 - Lormont's council set the single bus fare at 2.40 euros "
         "for next year, compared with 3 euros now.\n",
         "Lormont's single bus fare will be cut by 20 percent next year.", "supports"),
        # 'down from the 3,600 crowns' is where the change started
        ("KELLMARSH, 10 December 2024 - The health ministry agreed a price of 2,400 crowns "
         "a month for Velcaprin, down from the 3,600 crowns its maker first asked for.\n",
         "The ministry's price for Velcaprin was cut by a third.", "supports"),
        # a change counted against last year is this year's
        ("WELLAND PLAINS, 12 September 2023 - Wheat growers in the Welland Plains harvested "
         "2.1 million tonnes this season, down almost a third on last year, after a dry "
         "spring.\n",
         "A dry spring cut the Welland Plains wheat harvest by roughly a third.", "supports"),
    ],
)  # fmt: skip
def test_a_change_is_told_by_its_levels(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


# --- a figure followed by when it was counted ------------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # 'rose to 41,000 last month' counts no months: the bare figure is the claim's
        ("PORT SELWYN, 5 May 2025 - Visitor numbers at the Selwyn Caves rose to 41,000 last "
         "month, the highest monthly total since the caves opened in 1972.\n",
         "The Selwyn Caves had 41,000 visitors in April 2025.", "supports"),
        ("KELDA, 3 February 2026 - Passenger numbers at Kelda airport fell to 212,000 last "
         "month as two airlines cut winter routes.\n",
         "Kelda airport had 212,000 passengers in January 2026.", "supports"),
        # a bare figure confirms, never contradicts
        ("KELDA, 3 February 2026 - Passenger numbers at Kelda airport fell to 212,000 last "
         "month as two airlines cut winter routes.\n",
         "Kelda airport had 221,000 passengers in January 2026.", "silent"),
    ],
)  # fmt: skip
def test_a_figure_followed_by_when_is_no_count_of_time(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


# --- a ranking's scope ends where the date of its event begins -------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        ("CASTELLAN, 29 August 2025 - Supermarket chain Fairbrook will open its first store "
         "in Castellan on Monday, creating 85 jobs, the company said.\n",
         "Fairbrook's first store in Castellan opens on 1 September 2025.", "supports"),
        ("TARNWICK, 2 May 2025 - Halden Air will launch its first route to Japan on Thursday, "
         "the airline said.\n",
         "Halden Air's first route to Japan launches on 8 May 2025.", "supports"),
        ("TARNWICK, 2 May 2025 - Halden Air will launch its first route to Japan on Thursday, "
         "the airline said.\n",
         "Halden Air's first route to Japan launches on 9 May 2025.", "contradicts"),
    ],
)  # fmt: skip
def test_a_rankings_scope_ends_at_the_date_of_its_event(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


# --- a figure told of another thing of the same name ----------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        ("Wheat production on the Sallow plains rose 8 per cent this year to 3.4 million "
         "tonnes, the farm ministry said.\n",
         "Barley production on the Sallow plains rose 8 per cent this year.", "silent"),
        ("Wheat production on the Sallow plains rose 8 per cent this year to 3.4 million "
         "tonnes, the farm ministry said.\n",
         "Wheat production on the Sallow plains rose 8 per cent this year.", "supports"),
        ("Machinery exports from Brevania to Sarnia rose 12 per cent in the first half of "
         "the year, the trade ministry said.\n",
         "Brevania's total exports rose 12 per cent in the first half of the year.", "silent"),
        ("Youth unemployment in Kestral fell to 11 percent in March, the labour office "
         "said.\n",
         "Kestral's adult unemployment fell to 11 percent in March.", "silent"),
        ("Youth unemployment in Kestral fell to 11 percent in March, the labour office "
         "said.\n",
         "Youth unemployment in Kestral fell to 11 percent in March.", "supports"),
        # only a figure told of the claim's kind tells against it
        ("ARDLOW, 2 September 2025 - The wheat harvest on the Ardlow plain is expected to "
         "fall 12 percent this year, the farmers' union said. The barley harvest, by "
         "contrast, is forecast to rise 4 percent.\n",
         "Ardlow's barley harvest is forecast to fall 12 percent.", "contradicts"),
        ("For immediate release - 20 February 2025 - Brightwell Telecom today reported "
         "full-year revenue of 12.6 billion rand for 2024, an increase of 4 per cent. "
         "Operating profit rose 11 per cent to 2.9 billion rand.\n",
         "Brightwell Telecom's net profit rose 11 per cent in 2024.", "silent"),
        # a verb of the noun's stem ('heard') or the claim's word written longer
        # ('newly') is no other kind
        ("LAUSANNE, 3 June 2025 - The Court of Arbitration for Sport dismissed Nils Brevik's "
         "appeal against his doping ban. The panel heard the case at a two-day hearing in "
         "Geneva last month.\n",
         "Brevik's appeal hearing lasted two days.", "supports"),
        ("ABERLEIGH, April 4, 2024 - Researchers at Aberleigh University reported that a "
         "newly engineered enzyme broke down nearly half of the plastic samples within 48 "
         "hours.\n",
         "Aberleigh University researchers said a new enzyme broke down roughly 50% of "
         "plastic samples within two days.", "supports"),
    ],
)  # fmt: skip
def test_a_figure_of_another_kind_of_the_same_thing_is_not_the_claims(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


# --- a result is compared as a score ---------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        ("Westfield Wanderers beat Oakport 2-1 at home on Saturday, with both of their "
         "goals coming from striker Kofi Lindqvist.\n",
         "Westfield Wanderers beat Oakport 3-1 on Saturday.", "contradicts"),
        ("Westfield Wanderers beat Oakport 2-1 at home on Saturday, with both of their "
         "goals coming from striker Kofi Lindqvist.\n",
         "Westfield Wanderers beat Oakport 2-1 on Saturday.", "supports"),
        ("WESTBURY, 7 November 2025 - Westbury district council voted on Monday to approve "
         "420 homes on the former Dray Lane gasworks site, backing the plan by 31 votes to "
         "12.\n",
         "Westbury council voted 31-12 to approve the Dray Lane homes.", "supports"),
        ("WESTBURY, 7 November 2025 - Westbury district council voted on Monday to approve "
         "420 homes on the former Dray Lane gasworks site, backing the plan by 31 votes to "
         "12.\n",
         "Westbury council voted 31-21 to approve the Dray Lane homes.", "contradicts"),
    ],
)  # fmt: skip
def test_a_result_is_compared_as_a_score(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


# --- what someone said is a statement of its own ---------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "topic"),
    [
        ("TALMOUTH, August 18, 2023 - Talmouth Water was fined 8.5 million pounds on Friday "
         "for illegal sewage discharges into the River Lune, the largest penalty imposed on a "
         "water company in the region. The company has 28 days to appeal.\n",
         "Environment minister Clara Voss said the fine should have been far higher.",
         "the fine"),
        ("HOLTON, May 9, 2025 - Holton county closed the Kessler Hill trail on Thursday after "
         "the fire, and the closure will last until June. Fire chief Dana Marsh inspected "
         "the burned slopes on Friday.\n",
         "Fire chief Dana Marsh said the trail closure was an overreaction.",
         "the trail closure"),
    ],
)  # fmt: skip
def test_what_someone_said_is_no_framing_of_the_topic(
    check_story, doc: str, claim: str, topic: str
) -> None:
    """A document that reports the topic without the speaker's words is silent on
    them; it does not tell them 'in other terms'."""
    results = check_story({"wire.txt": doc}, [{"id": "t", "claim": claim, "topic": topic}])
    assert stances(results, "t")["wire"] == "silent"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # the writer's own account is not the speaker's words, whoever it names
        ("MERLOW, 3 March 2025 - Finance minister Tomas Reyna presented the budget on "
         "Tuesday. Critics were unimpressed. Tax receipts fell 4 per cent, and Merlow is "
         "heading for a deficit.\n",
         "Finance minister Reyna said Merlow was heading for a deficit.", "silent"),
        ("KALDBY, June 4, 2025 - Governor Ana Kell cut the bank's key rate on Wednesday. "
         "Analysts were divided. Output shrank by 0.3 per cent in the first quarter, and "
         "Norland is in recession.\n",
         "Governor Kell said Norland was in recession.", "silent"),
        # words given to someone, by a verb of speech or a quotation, may be theirs
        ("MERLOW, 3 March 2025 - Finance minister Tomas Reyna presented the budget on "
         "Tuesday. Merlow is heading for a deficit, he warned.\n",
         "Finance minister Reyna said Merlow was heading for a deficit.", "supports"),
        ("KALDBY, June 4, 2025 - Governor Ana Kell cut the bank's key rate on Wednesday. "
         "'Norland is in recession, and we had to act,' she told reporters.\n",
         "Governor Kell said Norland was in recession.", "supports"),
    ],
)  # fmt: skip
def test_words_told_as_the_writers_own_are_not_the_speakers(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


# --- a figure of the clause before 'but' or 'while' is not the next clause's -----------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        ("ORVIK, 3 March 2025 - Orvik Books said audiobook revenue rose 18 percent last year, "
         "while print sales fell 4 percent.\n",
         "Orvik Books' print sales rose 18 percent last year.", "contradicts"),
        ("ORVIK, 3 March 2025 - Orvik Books said audiobook revenue rose 18 percent last year, "
         "while print sales fell 4 percent.\n",
         "Orvik Books' audiobook revenue rose 18 percent last year.", "supports"),
        ("HADLEIGH VALE, 24 July 2025 - Recorded crime in Hadleigh Vale fell 8 percent last "
         "year, but burglaries rose 3 percent, police figures show.\n",
         "Burglaries in Hadleigh Vale fell 8 percent last year.", "silent"),
        ("LUNDGATE, 13 February 2025 - Ticket sales at the Lundgate Opera rose 11 percent "
         "last season, but sponsorship income fell 5 percent, the company said.\n",
         "Sponsorship income at the Lundgate Opera rose 11 percent last season.", "silent"),
        ("VARNA, 10 April 2025 - Varnland's car exports rose 6 percent in March, whereas "
         "machinery exports fell 2 percent, the statistics office said.\n",
         "Varnland's machinery exports rose 6 percent in March.", "contradicts"),
        ("VARNA, 10 April 2025 - Varnland's car exports rose 6 percent in March, whereas "
         "machinery exports fell 2 percent, the statistics office said.\n",
         "Varnland's car exports rose 6 percent in March.", "supports"),
        ("DUBLIN, 14 October 2025 - Turnout in the nurses' ballot was 72 percent, while 88.6 "
         "percent of those voting backed strikes.\n",
         "Turnout in the ballot was 72 percent.", "supports"),
    ],
)  # fmt: skip
def test_a_figure_before_but_is_not_the_next_clauses(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


# --- 'no one was hurt' against a count of the hurt ------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        ("A double-decker bus hit a low railway bridge in Elmstead on Friday, tearing off "
         "part of its roof. No one was hurt because the upper deck was empty, operator "
         "Greenway Buses said.\n",
         "Three people were injured when a bus hit a railway bridge in Elmstead.",
         "contradicts"),
        ("A fire destroyed a warehouse in Tollby on Friday. Nobody was killed, the fire "
         "service said.\n",
         "Two people were killed in the Tollby warehouse fire.", "contradicts"),
        # another fate, or another event, is not denied
        ("Two workers were injured when a crane collapsed at the Tollby docks on Friday. No "
         "one was killed.\n",
         "Two workers were injured when a crane collapsed at the Tollby docks.", "supports"),
        ("A fire destroyed a warehouse in Tollby on Friday. Nobody was killed, the fire "
         "service said.\n",
         "Two people were killed in a crash on the Tollby bypass.", "silent"),
    ],
)  # fmt: skip
def test_no_one_hurt_denies_a_count_of_the_hurt(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


# --- a figure that went the other way -------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # consumer prices and fish exports: the same figure, changing the other way, is
        # not the claim's figure, even with the claim's verb elsewhere in the sentence
        ("LISBON, June 4, 2025 - Prices rose 3 per cent in May, after falling 2 per cent"
         " in April.\n", "Prices fell 3 per cent in May.", False),
        ("OSLO, March 2, 2025 - Exports of salmon dropped by 8,000 tonnes last year,"
         " though shipments of cod rose.\n", "Salmon exports rose by 8,000 tonnes last year.",
         False),
        # the same change, with the opposite one told of something else
        ("LISBON, June 4, 2025 - Prices fell 3 per cent in May, after rising 2 per cent"
         " in April.\n", "Prices fell 3 per cent in May.", True),
        ("OSLO, March 2, 2025 - Exports of salmon rose by 8,000 tonnes last year,"
         " though shipments of cod dropped.\n", "Salmon exports rose by 8,000 tonnes last year.",
         True),
    ],
)  # fmt: skip
def test_a_figure_that_changed_the_other_way_is_not_the_claims(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a ceremony and a boardroom: 'former' and 'current' are opposites, though
        # 'current' alone says little of a claim
        ("LISBON, June 4, 2025 - Joao Silva, the former minister, attended the ceremony.\n",
         "Joao Silva, the current minister, attended the ceremony."),
        ("OSLO, March 2, 2025 - Halvard's former chief executive, Ingrid Solvang, voted"
         " against the merger.\n",
         "Halvard's current chief executive, Ingrid Solvang, voted against the merger."),
    ],
)  # fmt: skip
def test_a_former_holder_is_not_the_current_one(check_story, doc: str, claim: str) -> None:
    results = check_story({"wire.txt": doc}, [{"id": "f", "claim": claim}])
    assert stances(results, "f")["wire"] != "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a ferry grounding and a drone strike: the dateline names where the piece was
        # filed, not where it happened; 'near Porto' is another place than 'near Lisbon'
        ("LISBON, June 4, 2025 - The ferry ran aground near Porto, the coastguard said.\n",
         "The ferry ran aground near Lisbon.", "contradicts"),
        ("KYIV, May 2, 2025 (Reuters) - A drone struck a fuel depot near Odesa overnight,"
         " officials said.\n", "A drone struck a fuel depot near Kyiv.", "contradicts"),
        ("PORTO, June 4, 2025 - The festival, held in Braga, drew 40,000 visitors.\n",
         "The festival in Porto drew 40,000 visitors.", "contradicts"),
        # where the text itself gives the claim's place, it is the claim's
        ("LISBON, June 4, 2025 - The ferry ran aground near Lisbon, the coastguard said.\n",
         "The ferry ran aground near Lisbon.", "supports"),
    ],
)  # fmt: skip
def test_a_dateline_is_no_place_of_the_event(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # a plant closure, a strike, a mine rescue: what someone fears, threatens or
        # hopes is not said to have happened
        ("HALDEN, March 13, 2025 - Residents fear the plant will close.\n",
         "The plant will close.", False),
        ("HALDEN, March 13, 2025 - The union has threatened to strike if talks fail.\n",
         "The union went on strike.", False),
        ("KORVASS, June 10, 2026 - Rescuers hope to reach the trapped miners by Friday.\n",
         "Rescuers reached the trapped miners by Friday.", False),
        # a mayor and a football club: what is only reported or rumoured is not told
        ("HALDEN, March 13, 2025 - Despite reports that the mayor had resigned, she"
         " remains in office.\n", "The mayor resigned.", False),
        ("GLASGOW, May 20, 2025 - Rumours that the club would be sold were denied by its"
         " owner.\n", "The club was sold.", False),
        ("HALDEN, March 13, 2025 - Per Moe rejected the claim by Mayor Anne Lie that the"
         " depot would close.\n", "The depot will close.", False),
        ("DUBLIN, April 3, 2025 - The minister dismissed suggestions from the opposition"
         " that the budget had collapsed.\n", "The budget collapsed.", False),
        # a museum purchase and a marathon: what reports or newspapers called it is
        # theirs, not told ('the museum described it as' is the museum's own word)
        ("LENZBURG, 13 February 2025 - Several reports last week described the portrait as"
         " the most expensive painting the Lenzburg Museum of Art has ever bought. The"
         " museum has not confirmed the price.\n",
         "The portrait is the most expensive painting the Lenzburg Museum of Art has ever"
         " bought.", False),
        ("TARNWICK, 9 June 2025 - Some newspapers have called the Tarnwick marathon the"
         " biggest road race in the north. Organisers said 8,000 runners took part on"
         " Sunday.\n",
         "The Tarnwick marathon is the biggest road race in the north.", False),
        # a claim that tells the fear or the threat itself is backed by it
        ("HALDEN, March 13, 2025 - Residents fear the plant will close.\n",
         "Residents fear the plant will close.", True),
        ("HALDEN, March 13, 2025 - The union has threatened to strike if talks fail.\n",
         "The union has threatened to strike.", True),
        # 'doubt' and 'fear' as nouns leave the rest of the sentence told
        ("BERGEN, March 10, 2025 - The foundation has committed to vote for the deal,"
         " leaving little doubt about the outcome.\n",
         "The foundation has committed to vote for the deal.", True),
        ("KORVASS, June 10, 2026 - Despite the fear of flooding, rescuers reached the"
         " trapped miners on Friday.\n",
         "Rescuers reached the trapped miners on Friday.", True),
    ],
)  # fmt: skip
def test_what_someone_fears_or_threatens_is_not_told(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # an election and the jobless rate: the figure a change started from is what
        # was, not what is
        ("ZARAGOZA, May 29, 2023 - Turnout was 62 per cent, up from 58 per cent in"
         " 2019.\n", "Turnout was 58 per cent.", False),
        ("DUBLIN, April 3, 2025 - Unemployment fell to 4.1 per cent in March, down from"
         " 4.6 per cent a year earlier.\n", "Unemployment was 4.6 per cent in March.", False),
        # an insurer and a brewer: what the earlier figure was of, told between
        ("LEEDS, 30 July 2025 - Insurer Harlow Mutual made a pre-tax loss of £31m in the"
         " first half, compared with a profit of £86m a year earlier.\n",
         "Harlow Mutual made a pre-tax profit of £86m in the first half.", False),
        ("CORK, 4 March 2025 - Brewer Finnane's sold 410,000 barrels last year, down from a"
         " record total of 530,000 in 2023.\n",
         "Finnane's sold 530,000 barrels last year.", False),
        # ... while the figure it reached is
        ("ZARAGOZA, May 29, 2023 - Turnout was 62 per cent, up from 58 per cent in"
         " 2019.\n", "Turnout was 62 per cent.", True),
        ("DUBLIN, April 3, 2025 - Unemployment fell to 4.1 per cent in March, down from"
         " 4.6 per cent a year earlier.\n", "Unemployment fell to 4.1 per cent in March.",
         True),
    ],
)  # fmt: skip
def test_the_figure_a_change_started_from_is_not_the_current_one(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # the jobless rate and tram ridership: a level reached ('to') is not a change
        # ('by'), nor the reverse
        ("DUBLIN, April 3, 2025 - Unemployment fell to 4.1 per cent in March.\n",
         "Unemployment fell by 4.1 per cent in March.", False),
        ("GHENT, May 6, 2025 - Tram ridership climbed by 30 per cent last year.\n",
         "Tram ridership climbed to 30 per cent last year.", False),
        # the same marker, or none in the claim, is the same figure
        ("DUBLIN, April 3, 2025 - Unemployment fell to 4.1 per cent in March.\n",
         "Unemployment fell to 4.1 per cent in March.", True),
        ("GHENT, May 6, 2025 - Tram ridership climbed by 30 per cent last year.\n",
         "Tram ridership climbed 30 per cent last year.", True),
    ],
)  # fmt: skip
def test_a_level_reached_is_not_a_change_by_as_much(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # evacuees and a strike ballot: 'few' is not 'most', a minority no majority
        ("MARRICK, August 24, 2026 - Few residents of Lowen Creek returned home on"
         " Monday.\n", "Most residents of Lowen Creek returned home on Monday.", False),
        ("DUBLIN, October 14, 2025 - A minority of members voted for the strike.\n",
         "A majority of members voted for the strike.", False),
        ("MARRICK, August 24, 2026 - Most residents of Lowen Creek returned home on"
         " Monday.\n", "Most residents of Lowen Creek returned home on Monday.", True),
        ("DUBLIN, October 14, 2025 - A majority of members voted for the strike, though"
         " few expected it.\n", "A majority of members voted for the strike.", True),
    ],
)  # fmt: skip
def test_a_proportion_is_not_its_opposite(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a minister's family, a hospital chief's staff: a name that only qualifies
        # someone else ('Ola Berg's brother', 'a spokesman for Dr Lena Marsh') is not
        # who acted or spoke
        ("HALDEN, March 13, 2025 - Ola Berg's brother, Nils Berg, resigned on Monday.\n",
         "Ola Berg resigned on Monday.", "silent"),
        ("LEEDS, May 2, 2025 - Dr Lena Marsh's husband was injured in the crash on"
         " Monday.\n", "Dr Lena Marsh was injured in the crash on Monday.", "silent"),
        ("HALDEN, March 13, 2025 - Ola Berg's lawyer said he had done nothing wrong.\n",
         "Ola Berg said he had done nothing wrong.", "contradicts"),
        ("LEEDS, May 2, 2025 - A spokesman for Dr Lena Marsh said the ward would reopen"
         " on Friday.\n", "Dr Lena Marsh said the ward would reopen on Friday.", "contradicts"),
        # the claim that names the relation is backed by it
        ("HALDEN, March 13, 2025 - Ola Berg's lawyer said he had done nothing wrong.\n",
         "Ola Berg's lawyer said he had done nothing wrong.", "supports"),
        ("HALDEN, March 13, 2025 - Ola Berg resigned on Monday, his brother said.\n",
         "Ola Berg resigned on Monday.", "supports"),
    ],
)  # fmt: skip
def test_a_name_that_qualifies_someone_else_is_not_who_acted(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a port strike and a union ballot: of two dates in a sentence, the one told of
        # the claim's verb is the one compared
        ("ROTTERDAM, Friday, October 17, 2025 - The port strike began on Monday and ended"
         " on Wednesday.\n", "The port strike ended on Monday, 13 October 2025.", "contradicts"),
        ("ROTTERDAM, Friday, October 17, 2025 - The port strike began on Monday and ended"
         " on Wednesday.\n", "The port strike began on 13 October 2025.", "supports"),
        ("DUBLIN, October 14, 2025 - The ballot opened on September 29 and closed on"
         " October 10.\n", "The ballot closed on 29 September 2025.", "contradicts"),
        ("DUBLIN, October 14, 2025 - The ballot opened on September 29 and closed on"
         " October 10.\n", "The ballot closed on 10 October 2025.", "supports"),
    ],
)  # fmt: skip
def test_a_date_is_compared_with_the_date_of_the_same_event(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a ship's papers and a festival's history: of two places in a sentence, the one
        # told of the claim's verb is the one compared
        ("ROTTERDAM, October 17, 2025 - The vessel, built in Japan, is registered in"
         " Liberia.\n", "The vessel is registered in Japan.", "contradicts"),
        ("ROTTERDAM, October 17, 2025 - The vessel, built in Japan, is registered in"
         " Liberia.\n", "The vessel was built in Japan.", "supports"),
        ("PORTO, June 4, 2025 - The festival, founded in Braga in 1990, is now held in"
         " Coimbra.\n", "The festival is held in Braga.", "contradicts"),
        ("PORTO, June 4, 2025 - The festival, founded in Braga in 1990, is now held in"
         " Coimbra.\n", "The festival was founded in Braga.", "supports"),
        # everyday short names of countries are countries too
        ("ROTTERDAM, October 17, 2025 - The vessel, built in Korea, is registered in"
         " Panama.\n", "The vessel is registered in Korea.", "contradicts"),
        ("YANGON, June 4, 2025 - The garment factory, opened in Burma in 2015, is now"
         " based in Thailand.\n", "The garment factory is based in Burma.", "contradicts"),
    ],
)  # fmt: skip
def test_a_place_is_compared_with_the_place_of_the_same_event(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a power plant and a bridge: what 'had been due to' happen is a plan given up,
        # and its date backs no claim that it will happen then
        ("HOLTBY, November 11, 2024 - The Holtby nuclear plant will keep generating until"
         " 2032. It had been due to shut next year.\n",
         "The Holtby nuclear plant will close in 2025.", "silent"),
        ("ARDEN, January 5, 2026 - The new Arden bridge will not open before the summer. It"
         " had been scheduled to open in March.\n",
         "The new Arden bridge will open in March 2026.", "contradicts"),
        # a plan that stands backs it
        ("ARDEN, January 5, 2026 - The new Arden bridge is scheduled to open in March.\n",
         "The new Arden bridge will open in March 2026.", "supports"),
    ],
)  # fmt: skip
def test_a_plan_given_up_is_not_the_claim(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a planning committee and a parliament: 'voted against' is rejecting, the
        # opposite of approving
        ("GLENDALE, March 7, 2024 - The planning committee voted against the Mill Lane tower"
         " on Thursday.\n", "The planning committee approved the Mill Lane tower.",
         "contradicts"),
        ("OSLO, June 4, 2025 - Parliament voted against the pension reform by 90 votes to"
         " 79.\n", "Parliament approved the pension reform.", "contradicts"),
        ("ZARAGOZA, April 10, 2025 - Five Valley Voice deputies voted against Marqués.\n",
         "Five Valley Voice deputies voted against Marqués.", "supports"),
    ],
)  # fmt: skip
def test_voting_against_is_rejecting(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a bank and a ferry line: what a part of a company did ('the insurance arm of',
        # 'the freight division of') is not what the company did
        ("CORBRAY, March 26, 2024 - The insurance arm of Pellam Bank posted a fourth-quarter"
         " loss of $45 million.\n",
         "Pellam Bank posted a $45 million loss in the fourth quarter.", "silent"),
        ("BERGEN, March 10, 2025 - The freight division of Halvard Lines cut 200 jobs in"
         " Bergen.\n", "Halvard Lines cut 200 jobs in Bergen.", "silent"),
        ("BERGEN, March 10, 2025 - Halvard Lines cut 200 jobs in Bergen.\n",
         "Halvard Lines cut 200 jobs in Bergen.", "supports"),
    ],
)  # fmt: skip
def test_a_part_of_a_company_is_not_the_company(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a recall and a library budget: a figure the next sentences withdraw ('That was a
        # typing error', 'The figure was wrong') neither contradicts nor backs the claim
        ("LUNDHOLM, February 4, 2026 - REPORTER: Your notice said 290,000 of the kettles"
         " were sold in Varnland.\n\nBRANDVOLD: That was a typing error. The correct figure"
         " is 190,000.\n", "About 190,000 of the kettles were sold in Varnland.", "silent"),
        ("LEEDS, May 2, 2025 - The council said it would spend 40 million euros on the new"
         " library. The figure was wrong, a spokesman said later.\n",
         "The council will spend 4 million euros on the new library.", "silent"),
        ("LEEDS, May 2, 2025 - The council said it would spend 40 million euros on the new"
         " library. The figure was wrong, a spokesman said later.\n",
         "The council will spend 40 million euros on the new library.", "silent"),
        # a figure nobody withdraws still counts
        ("LEEDS, May 2, 2025 - The council said it would spend 40 million euros on the new"
         " library, a spokesman said.\n",
         "The council will spend 40 million euros on the new library.", "supports"),
    ],
)  # fmt: skip
def test_a_figure_withdrawn_in_the_next_sentences_is_not_told(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # council tax and bus fares: 'go up' and 'go down' are rise and fall, and a month
        # after 'will ... 4.99%' is the coming one
        ("WREXFORD, February 28, 2025 - Council tax in Wrexford will go up by 4.99% from"
         " April, the maximum allowed without a referendum.\n",
         "Council tax in Wrexford will rise by almost 5% in April 2025.", "supports"),
        ("LEEDS, January 5, 2026 - Bus fares in Leeds went down by 10 per cent on Monday.\n",
         "Bus fares in Leeds fell by 10 per cent on 5 January 2026.", "supports"),
    ],
)  # fmt: skip
def test_go_up_and_go_down_are_rise_and_fall(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an earthquake and an app: a figure whose own clause dates it to an earlier year
        # is that year's, not the claim's
        ("IZMIR, February 3, 2025 - The magnitude 5.8 earthquake was the strongest to hit"
         " the province since a 6.4 tremor in 1998 that killed 31 people.\n",
         "The earthquake killed 31 people.", "silent"),
        ("DUBLIN, January 21, 2025 - The app had 80 million monthly users in 2021, the last"
         " year for which figures were published.\n",
         "The app has 80 million monthly users.", "silent"),
        # a claim of that year, or a figure of now, is compared
        ("DUBLIN, January 21, 2025 - The app had 80 million monthly users in 2021, the last"
         " year for which figures were published.\n",
         "The app had 80 million monthly users in 2021.", "supports"),
        ("DUBLIN, January 21, 2025 - The app has 95 million monthly users, the company"
         " said.\n", "The app has 80 million monthly users.", "contradicts"),
    ],
)  # fmt: skip
def test_a_figure_of_an_earlier_year_is_that_years(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a sentencing and an election count: a figure told in one clause of someone
        # else is not told of the claim's person, named only in another clause
        ("EDINBURGH, May 8, 2025 - Sheriff Alison Crane jailed Mark Dunlop for 18 months"
         " for dangerous driving; his brother, Scott Dunlop, was fined.\n",
         "Scott Dunlop was jailed for 18 months for dangerous driving.", "silent"),
        ("DERBY, May 6, 2024 - The returning officer said 2,300 postal ballots had been"
         " rejected, while Reform candidate Gary Tate told supporters the count had been"
         " unfair.\n", "Gary Tate said 2,300 postal ballots had been rejected.", "silent"),
        # the clause that tells the figure names the claim's person
        ("EDINBURGH, May 8, 2025 - Sheriff Alison Crane jailed Mark Dunlop for 18 months"
         " for dangerous driving; his brother, Scott Dunlop, was fined.\n",
         "Mark Dunlop was jailed for 18 months for dangerous driving.", "supports"),
        ("DERBY, May 6, 2024 - Reform candidate Gary Tate said 2,300 postal ballots had"
         " been rejected, while the returning officer declined to comment.\n",
         "Gary Tate said 2,300 postal ballots had been rejected.", "supports"),
        # an appeal and a bonus: 'his' or 'her' before the claim's own words stands for
        # the name of the clause before, when its clause names no one else
        ("BRENNA, 9 December 2022 - An appeals court upheld the conviction of former mayor"
         " Jonas Tiller for fraud but reduced his prison sentence from five years to"
         " three.\n", "An appeals court cut Jonas Tiller's prison sentence by two years.",
         "supports"),
        ("OSLO, 3 March 2025 - The board of Nordvik kept chief executive Ingrid Sol in post"
         " but cut her annual bonus from 900,000 kroner to 600,000.\n",
         "Nordvik cut Ingrid Sol's annual bonus by 300,000 kroner.", "supports"),
        ("OSLO, 3 March 2025 - The board of Nordvik kept chief executive Ingrid Sol in post,"
         " but Per Lind saw his annual bonus cut from 900,000 kroner to 600,000.\n",
         "Nordvik cut Ingrid Sol's annual bonus by 300,000 kroner.", "silent"),
    ],
)  # fmt: skip
def test_a_figure_is_told_of_the_names_of_its_own_clause(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a library and a stadium: what was done 'rather than' or 'instead of' the claim's
        # deed denies it
        ("SALFORD, March 27, 2025 - The council voted to refurbish Albion Library rather"
         " than close it.\n", "The council voted to close Albion Library.", "contradicts"),
        ("LEEDS, May 2, 2025 - The club leased its stadium to the city instead of selling"
         " it.\n", "The club sold its stadium to the city.", "contradicts"),
        # a coal mine, a speed limit, a takeover and a tree scheme: what only could be,
        # is being weighed, is reported or hoped for is not stated, nor are its figures
        ("BRISBANE, June 17, 2024 - The federal government could approve the Kurrajong"
         " coal mine as soon as next month.\n",
         "The government will approve the Kurrajong coal mine.", "silent"),
        ("CARDIFF, July 9, 2024 - Ministers are considering a proposal to cut the speed"
         " limit on the A48 through Cowbridge to 40mph.\n",
         "The speed limit on the A48 through Cowbridge will be cut to 40mph.", "silent"),
        ("SAN JOSE, August 8, 2024 - Altura Systems is reportedly in talks to buy the chip"
         " designer Quillon for about $2bn.\n", "Altura Systems will buy Quillon for $2bn.",
         "silent"),
        ("BATH, July 1, 2024 - The council hopes its Canopy scheme will see 10,000 trees"
         " planted by 2030.\n",
         "The council's Canopy scheme will plant 10,000 trees by 2030.", "silent"),
        # said for certain, or a claim that itself says 'could', is backed
        ("BATH, July 1, 2024 - The council's Canopy scheme will plant 10,000 trees by"
         " 2030.\n", "The council's Canopy scheme will plant 10,000 trees by 2030.",
         "supports"),
        ("BRISBANE, June 17, 2024 - The federal government could approve the Kurrajong"
         " coal mine as soon as next month.\n",
         "The federal government could approve the Kurrajong coal mine next month.",
         "supports"),
    ],
)  # fmt: skip
def test_what_is_only_possible_or_done_instead_is_not_the_claim(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a film festival and a sports award: the clause that tells the prize names
        # another winner; the claim's name is in a clause of its own (one prize has one
        # winner: the other's win of it contradicts the claim's)
        ("CANNES, May 25, 2024 - The drama 'Salt Roads' by Ines Varga won the Palme d'Or"
         " at the Cannes festival on Saturday, while 'Night Ferry' took the jury prize.\n",
         "'Night Ferry' won the Palme d'Or at the Cannes festival.", "contradicts"),
        # ('named World Athlete of the Year' is an award too, since claims read 'was
        # named ... of the year' as a win: Okafor's naming contradicts Bol's)
        ("MONACO, November 28, 2024 - Sprinter Amara Okafor was named World Athlete of the"
         " Year at the Monaco gala, while hurdler Femke Bol received the Rising Star"
         " award.\n", "Femke Bol was named World Athlete of the Year at the Monaco gala.",
         "contradicts"),
        # the names in one clause still tell it
        ("CANNES, May 25, 2024 - 'Night Ferry' won the Palme d'Or at the Cannes festival on"
         " Saturday, while 'Salt Roads' took the jury prize.\n",
         "'Night Ferry' won the Palme d'Or at the Cannes festival.", "supports"),
        ("MONACO, November 28, 2024 - Hurdler Femke Bol was named World Athlete of the"
         " Year at the Monaco gala, while Amara Okafor received the Rising Star award.\n",
         "Femke Bol was named World Athlete of the Year at the Monaco gala.", "supports"),
    ],
)  # fmt: skip
def test_a_clause_that_names_another_tells_it_of_the_other(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a bribery trial and a food company: the most a court or regulator could impose
        # is no sentence or fine imposed
        ("LANGFORD, February 16, 2023 - Property developer Martin Acres faces up to 12"
         " years in prison for bribing planning officials and will be sentenced in April.\n",
         "Property developer Martin Acres was sentenced to 12 years in prison for bribing"
         " planning officials.", "silent"),
        ("BRUSSELS, May 2, 2025 - Meridia Foods faces a maximum fine of 2 million euros if"
         " found liable, the regulator said.\n",
         "Meridia Foods was fined 2 million euros by the regulator.", "silent"),
        ("BRUSSELS, May 2, 2025 - The regulator fined Meridia Foods 2 million euros on"
         " Friday.\n", "Meridia Foods was fined 2 million euros by the regulator.",
         "supports"),
        # a minimum wage and a drinks ban: what is recommended or urged is not done
        ("KESSLING, August 10, 2022 - A government commission recommended on Wednesday"
         " raising the national minimum wage to 13.50 marks an hour.\n",
         "Kessling's national minimum wage has been raised to 13.50 marks an hour.",
         "silent"),
        ("LEEDS, May 2, 2025 - Doctors urged the ministry to ban energy drinks for"
         " under-16s, saying they harm sleep.\n",
         "The ministry banned energy drinks for under-16s.", "silent"),
    ],
)  # fmt: skip
def test_a_maximum_or_a_recommendation_is_not_the_outcome(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a bribery trial and a council's accounts: what someone alleges, claims or
        # accuses another of is their charge, not a fact the document states
        ("TURIN, May 16, 2024 - Prosecutors allege that former councillor Marco Bellini"
         " took 90,000 euros in bribes from a building firm.\n",
         "Marco Bellini took 90,000 euros in bribes from a building firm.", "silent"),
        ("HULL, March 26, 2024 - Opposition councillors claimed on Tuesday that the"
         " council had overspent its roads budget by 4 million pounds.\n",
         "The council overspent its roads budget by 4 million pounds.", "silent"),
        ("OSLO, June 3, 2024 - The union accused Nordfrakt of sacking 40 drivers who had"
         " joined the strike.\n", "Nordfrakt sacked 40 drivers who had joined the strike.",
         "silent"),
        # the charge itself is stated, and a claim that something was alleged is backed
        ("TURIN, May 16, 2024 - Prosecutors allege that former councillor Marco Bellini"
         " took 90,000 euros in bribes from a building firm.\n",
         "Prosecutors allege that Marco Bellini took 90,000 euros in bribes.", "supports"),
        ("HULL, March 26, 2024 - The council said it had overspent its roads budget by 4"
         " million pounds.\n", "The council overspent its roads budget by 4 million pounds.",
         "supports"),
        # a state visit and a product launch: a date after the day the document was
        # written is a plan, never the date of a deed the claim tells as done
        ("DELLMORE, August 27, 2024 - President Ana Koberg will visit Sarvia in October,"
         " her office said.\n", "President Ana Koberg visited Sarvia in October 2024.",
         "silent"),
        ("AUSTIN, March 4, 2025 - Brightcell launches its home battery in Texas on 1 May,"
         " the company said.\n", "Brightcell launched its home battery in Texas on 1 May"
         " 2025.", "silent"),
        ("DELLMORE, November 2, 2024 - President Ana Koberg visited Sarvia in October,"
         " her office said.\n", "President Ana Koberg visited Sarvia in October 2024.",
         "supports"),
        ("AUSTIN, March 4, 2025 - Brightcell said it would launch its home battery in Texas"
         " on 1 May.\n", "Brightcell will launch its home battery in Texas on 1 May 2025.",
         "supports"),
        # a treaty and an investor trip: what a trip to come is for is not yet done
        ("VARNE, June 26, 2024 - Foreign Minister Elsa Brandt will travel to Dorlund next"
         " month to sign a border agreement, her ministry said.\n",
         "Foreign Minister Elsa Brandt signed the border agreement in Dorlund.", "silent"),
        ("OSLO, June 2, 2025 - Nordfrakt chief executive Ola Berg will fly to Tokyo next"
         " week to meet the company's largest investors.\n",
         "Ola Berg met Nordfrakt's largest investors in Tokyo.", "silent"),
        ("OSLO, June 2, 2025 - Nordfrakt chief executive Ola Berg flew to Tokyo last week"
         " to meet the company's largest investors.\n",
         "Ola Berg met Nordfrakt's largest investors in Tokyo.", "supports"),
    ],
)  # fmt: skip
def test_a_charge_or_a_plan_is_not_the_deed(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an earthquake and a jewel raid: 'province' or 'village' after a name is part of
        # the name; a passage on that place that does not tell the claim's deaths or
        # arrests does not state it (lexicons/place_kinds.txt)
        ("CHIVAY, June 11, 2025 - The earthquake caused 41 deaths across the south.\n\n"
         "Classes are suspended in all schools in Caylloma province until further notice.\n",
         "Most of the deaths were in Caylloma province.", "silent"),
        ("PORTHAVEN, October 16, 2025 - Police made 12 arrests after the raid.\n\nOfficers"
         " searched several houses in Millbrook village on Wednesday.\n",
         "Most of the arrests were in Millbrook village.", "silent"),
        ("BRENNHOLT, March 4, 2026 - The floods caused 30 deaths in the north.\n\nMost of"
         " the deaths were in Kessel province, officials said.\n",
         "Most of the deaths were in Kessel province.", "supports"),
        # a claim of where something is has only such words: they are its point
        ("KORVASS, June 12, 2026 - The Redhollow mine, in Korvass province, employs 900"
         " people.\n", "The Redhollow mine is in Korvass province.", "supports"),
    ],
)  # fmt: skip
def test_the_kind_of_a_named_place_is_part_of_its_name(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # school closures and a ferry: 'only three of its 12' or 'most of' where the claim
        # says 'all' or 'every' contradicts it
        ("LEEDS, May 2, 2025 - The council closed only three of its 12 schools in"
         " Northfield.\n", "The council closed all of its schools in Northfield.",
         "contradicts"),
        ("ROTTERDAM, October 17, 2025 - Most of the passengers were evacuated from the"
         " ferry.\n", "Every passenger was evacuated from the ferry.", "contradicts"),
        ("LEEDS, May 2, 2025 - The council closed all of its schools in Northfield.\n",
         "The council closed all of its schools in Northfield.", "supports"),
        # a food poisoning outbreak and a flood: 'most of them' after a count is some
        ("DUNMERE, 4 June 2025 - Fourteen people have been treated in hospital, most of"
         " them pupils, after a salmonella outbreak at a school canteen.\n",
         "All of the people treated in hospital in the salmonella outbreak are pupils.",
         "contradicts"),
        ("ASHCOMBE, 9 February 2025 - About 300 homes were flooded on Sunday, most of them"
         " in the lower town, the council said.\n",
         "All of the homes flooded in Ashcombe on Sunday were in the lower town.",
         "contradicts"),
        # 'three of its 12 schools' counts three schools
        ("LEEDS, May 2, 2025 - The council closed only three of its 12 schools in"
         " Northfield.\n", "The council closed three schools in Northfield.", "supports"),
        # a port merger and a court ruling: a split vote is no unanimous one
        ("PELLINGHAM, December 4, 2024 - The board of Pellingham Ports approved a merger"
         " with Coastlink on Wednesday by seven votes to two.\n",
         "Pellingham Ports' board unanimously approved the Coastlink merger.",
         "contradicts"),
        ("MARLOW, April 9, 2024 - The Supreme Court struck down the registration law by a"
         " 5-2 vote on Tuesday.\n",
         "The Supreme Court unanimously struck down the registration law.", "contradicts"),
        ("PELLINGHAM, December 4, 2024 - The board of Pellingham Ports approved a merger"
         " with Coastlink on Wednesday by nine votes to none.\n",
         "Pellingham Ports' board unanimously approved the Coastlink merger.", "silent"),
    ],
)  # fmt: skip
def test_some_of_them_is_not_all_of_them(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a flood and a roll-out of charging stations: where the claim puts all of them in
        # one place, a sentence that lists it with another tells against it
        ("ASHFORD, 9 February 2025 - About 300 homes were flooded in Riverside and the Old"
         " Town on Sunday after the Wend burst its banks, the council said.\n",
         "All of the homes flooded on Sunday were in Riverside.", "contradicts"),
        ("ASHFORD, 9 February 2025 - About 300 homes were flooded in Riverside and the Old"
         " Town on Sunday after the Wend burst its banks, the council said.\n",
         "Homes in Riverside were flooded on Sunday.", "supports"),
        ("KESSEL, June 4, 2025 - Nordline will build six new charging stations across Kessel"
         " and Dunford by the end of next year, the company said on Wednesday.\n",
         "All six of Nordline's new charging stations will be in Kessel.", "contradicts"),
        ("KESSEL, June 4, 2025 - Nordline will build six new charging stations across Kessel"
         " and Dunford by the end of next year, the company said on Wednesday.\n",
         "Nordline will build new charging stations in Kessel.", "supports"),
    ],
)  # fmt: skip
def test_all_in_one_place_is_denied_by_a_list_of_places(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a flood and a drought: a place told as one more ('too', 'also') is no other place
        ("ASHFORD, 9 February 2025 - Homes were flooded in the Old Town too, the council"
         " said on Sunday.\n", "Homes were flooded in Riverside on Sunday.", "silent"),
        ("ASHFORD, 9 February 2025 - Homes were flooded in the Old Town on Sunday, the"
         " council said.\n", "Homes were flooded in Riverside on Sunday.", "contradicts"),
        ("EVORA, July 7, 2025 - Farmers have also lost much of their wheat in Beja, the"
         " federation said.\n", "Farmers have lost much of their wheat in Mertola.",
         "silent"),
        ("EVORA, July 7, 2025 - Farmers have lost much of their wheat in Beja, the"
         " federation said.\n", "Farmers have lost much of their wheat in Mertola.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_place_told_as_one_more_is_no_other_place(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a derailment and an art theft: 'most of' is a share, told by a count out of the
        # whole or a word of proportion, and never by the bare fact
        ("VELL, May 2, 2025 - Twenty-two of the 30 people injured in the Vell derailment"
         " were travelling in the front carriage, investigators said.\n",
         "Most of the people injured in the Vell derailment were in the front carriage.",
         "supports"),
        ("VELL, May 2, 2025 - People injured in the Vell derailment were travelling in the"
         " front carriage, investigators said, and were taken to three hospitals.\n",
         "Most of the people injured in the Vell derailment were in the front carriage.",
         "silent"),
        ("HARWICK, Oct 3, 2024 - Police said on Tuesday that the bulk of the paintings stolen"
         " from the Harwick collection had been recovered in a raid on a warehouse.\n",
         "Most of the paintings stolen from the Harwick collection have been recovered.",
         "supports"),
        ("HARWICK, Oct 3, 2024 - Police said on Tuesday that paintings stolen from the"
         " Harwick collection had been recovered in a raid on a warehouse.\n",
         "Most of the paintings stolen from the Harwick collection have been recovered.",
         "silent"),
        # ... a share of a half or less ('a third of them') tells no 'most' (bike trips,
        # a charity's shops)
        ("Riders made 2.4 million trips on Delmare's bike-share scheme in its first year."
         " The 3,000 bikes, a third of them electric, are docked at 260 stations.\n",
         "Most of the 2.4 million trips on Delmare's bike-share scheme were made on"
         " electric bikes.", "silent"),
        ("Hope Aid runs 120 charity shops in the region, 40 per cent of them in market"
         " towns, its annual report says.\n",
         "Most of Hope Aid's 120 charity shops in the region are in market towns.",
         "silent"),
    ],
)  # fmt: skip
def test_most_of_them_must_be_told_as_a_share(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a recall and phone sales: a count over the claim's place and others is of them
        # all, so it does not contradict the count for one of them
        ("LUNDHOLM, February 3, 2026 - The recall covers 465,000 kettles sold in Varnland,"
         " Essmark and Tollria.\n",
         "About 190,000 of the recalled kettles were sold in Varnland.", "silent"),
        ("PARIS, March 3, 2026 - Sales of the Tarvo phone in France and Germany rose to"
         " 700,000 units last year.\n",
         "Sales of the Tarvo phone in France rose to 300,000 units last year.", "silent"),
        ("PARIS, March 3, 2026 - Sales of the Tarvo phone in France rose to 700,000 units"
         " last year.\n",
         "Sales of the Tarvo phone in France rose to 300,000 units last year.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_count_over_more_places_is_no_count_of_one(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a vote, a rail crash and a flight: the noun of a verb tells the verb
        # (lexicons/variants.txt)
        ("ZARAGOZA, April 10, 2025 - The lone abstention in the investiture vote came from"
         " Ramón Escartín of Valley Voice.\n",
         "Ramón Escartín abstained in the investiture vote.", "supports"),
        ("VIENNA, March 11, 2025 - The collision of two trains near Wels on Monday injured"
         " 12 people.\n", "Two trains collided near Wels on Monday.", "supports"),
        ("PORTVALE, August 14, 2025 - The jet, operating flight SR418 from Portvale to"
         " Kestrel Bay, returned to Portvale.\n",
         "Flight SR418 was flying from Portvale to Kestrel Bay.", "supports"),
        # what was avoided, averted or prevented did not happen
        ("VIENNA, March 11, 2025 - Two trains were stopped near Wels on Monday to avoid a"
         " collision.\n", "Two trains collided near Wels on Monday.", "contradicts"),
        ("LEEDS, May 2, 2025 - Last-minute talks averted a strike by bus drivers on"
         " Monday.\n", "Bus drivers held a strike on Monday.", "contradicts"),
    ],
)  # fmt: skip
def test_the_noun_of_a_verb_tells_it_and_an_averted_event_did_not_happen(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an air accident and a warehouse fire: 'not ruling anything out' denies that
        # something was ruled out
        ("PORTVALE, August 14, 2025 - Investigators said they had found no evidence of a"
         " bird strike so far, but they were not ruling anything out at this stage.\n",
         "Investigators have ruled out a bird strike.", "contradicts"),
        ("LEEDS, May 2, 2025 - Detectives said there was no sign of arson at the"
         " warehouse, but they would not rule anything in or out.\n",
         "Detectives have ruled out arson at the warehouse.", "contradicts"),
        # ruling it out, said so, backs it
        ("LEEDS, May 2, 2025 - Detectives said they had ruled out arson at the"
         " warehouse.\n", "Detectives have ruled out arson at the warehouse.", "supports"),
        ("PORTVALE, August 14, 2025 - Investigators have already ruled out a bird"
         " strike.\n", "Investigators have ruled out a bird strike.", "supports"),
    ],
)  # fmt: skip
def test_ruling_nothing_out_denies_a_ruling_out(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a vote and a council: 'one of six deputies' counts out of six, with no 'the',
        # so the five who voted are the count of those who voted
        ("ZARAGOZA, April 10, 2025 - Ramón Escartín, one of six Valley Voice deputies,"
         " abstained, and the other five Valley Voice deputies voted against Marqués.\n",
         "All six Valley Voice deputies voted against Marqués.", "contradicts"),
        ("LEEDS, May 2, 2025 - Ann Lee, one of 12 committee members, abstained, and the"
         " other 11 committee members voted for the plan.\n",
         "All 12 committee members voted for the plan.", "contradicts"),
        ("ZARAGOZA, April 10, 2025 - All six Valley Voice deputies voted against"
         " Marqués.\n", "All six Valley Voice deputies voted against Marqués.", "supports"),
        # a share is no whole: 'a share of 40 per cent' is the share
        ("LEEDS, May 2, 2025 - The council sold a share of 40 per cent in the airport.\n",
         "The council sold 40 per cent of the airport.", "supports"),
    ],
)  # fmt: skip
def test_a_count_out_of_a_count_is_the_whole(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # damaged containers and flooded homes: the whole a part is counted from is
        # not what the part says of itself
        ("ROTTERDAM, October 17, 2025 - About a third of the 900 containers were"
         " damaged.\n", "About 900 containers were damaged.", False),
        ("RIVERSIDE, March 2, 2026 - Half of the 1,200 homes in the town were flooded.\n",
         "1,200 homes in the town were flooded.", False),
        # the part, or a claim that counts from the same whole, is the figure
        ("ROTTERDAM, October 17, 2025 - About 300 containers, a third of the 900 on"
         " board, were damaged.\n", "About 300 containers were damaged.", True),
        ("RIVERSIDE, March 2, 2026 - Half of the 1,200 homes in the town were flooded.\n",
         "Half of the 1,200 homes in the town were flooded.", True),
    ],
)  # fmt: skip
def test_the_whole_a_part_is_counted_from_is_not_the_part(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a mine collapse and a volcano: a date told of another verb is not the date of
        # the claim's event, when the sentence tells that event apart
        ("BRENNA, June 10, 2026 - The mine reopened on Monday, two days after the"
         " collapse.\n", "The mine collapsed on Monday.", "silent"),
        ("BRENNA, June 10, 2026 - The mine was evacuated on Monday before the collapse on"
         " Tuesday.\n", "The mine collapsed on Monday.", "contradicts"),
        ("CATANIA, May 9, 2025 - Flights resumed on Friday, three days after the"
         " eruption.\n", "The volcano erupted on Friday.", "silent"),
        ("CATANIA, May 9, 2025 - The volcano erupted on Tuesday; flights resumed on"
         " Friday.\n", "The volcano erupted on Tuesday.", "supports"),
    ],
)  # fmt: skip
def test_a_date_of_another_verb_is_not_the_events(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


def test_words_someone_else_said_do_not_stand_for_a_topic_named_elsewhere(
    check_story,
) -> None:
    """'Moe said the talks were productive' does not back 'Lind said ...', however far
    above the document names the two and their talks."""
    doc = (
        "OSLO, May 9, 2025 - Minister Ana Lind met Per Moe in Oslo on Monday.\n\n"
        + _FILLER
        + "Moe said the talks were productive.\n"
    )
    claim = {"id": "t", "claim": "Lind said the talks with Per Moe were productive.",
             "topic": "Ana Lind and Per Moe talks"}  # fmt: skip
    assert stances(check_story({"wire.txt": doc}, [claim]), "t")["wire"] != "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # a mine collapse and a bus crash: what befell a bare count after 'were' is
        # part of what it counts ('21 were rescued' are not 21 dead)
        ("BRENNA, June 10, 2026 - Two miners died and 21 were rescued.\n",
         "Twenty-one miners died.", False),
        ("LYON, May 3, 2025 - Four passengers were killed and 30 were injured.\n",
         "Thirty passengers were killed.", False),
        ("BRENNA, June 10, 2026 - Two miners died and 21 were rescued.\n",
         "Twenty-one miners were rescued.", True),
        ("LYON, May 3, 2025 - Four passengers were killed and 30 were injured.\n",
         "Thirty passengers were injured.", True),
    ],
)  # fmt: skip
def test_what_befell_a_bare_count_is_part_of_it(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # a bank and a town hall: a title held formerly is not held now
        ("BERGEN, March 10, 2025 - Ola Berg, the former chief executive of Nordbank,"
         " joined the board of Sorbank.\n", "Ola Berg is the chief executive of Nordbank.",
         False),
        ("HALDEN, March 13, 2025 - Former mayor Kari Dahl opened the new library on"
         " Monday.\n", "Mayor Kari Dahl opened the new library on Monday.", False),
        # ... unless the claim says 'former' too, or the document does not, or it counts
        # both ('serving and former officials')
        ("HALDEN, March 13, 2025 - The mayor met 27 serving and former officials of the"
         " port authority.\n", "The mayor met 27 officials of the port authority.", True),
        ("BERGEN, March 10, 2025 - Ola Berg, the former chief executive of Nordbank,"
         " joined the board of Sorbank.\n",
         "Ola Berg, the former chief executive of Nordbank, joined the board of Sorbank.",
         True),
        ("HALDEN, March 13, 2025 - Mayor Kari Dahl opened the new library on Monday.\n",
         "Mayor Kari Dahl opened the new library on Monday.", True),
    ],
)  # fmt: skip
def test_a_title_held_formerly_is_not_held_now(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # a takeover and a council row: the same names the other way round about the
        # verb are not the claim
        ("BERGEN, March 10, 2025 - On Monday Halvard Lines acquired Meridian Ocean"
         " Holdings for 2 billion kroner.\n",
         "On Monday Meridian Ocean Holdings acquired Halvard Lines for 2 billion kroner.",
         False),
        ("HALDEN, March 13, 2025 - Kari Dahl accused Ola Berg of lying about the budget.\n",
         "Ola Berg accused Kari Dahl of lying about the budget.", False),
        # a passive keeps the roles; a meeting goes both ways
        ("BERGEN, March 10, 2025 - On Monday Halvard Lines was acquired by Meridian Ocean"
         " Holdings for 2 billion kroner.\n",
         "On Monday Meridian Ocean Holdings acquired Halvard Lines for 2 billion kroner.",
         True),
        ("HALDEN, March 13, 2025 - Kari Dahl met Ola Berg in Oslo on Monday.\n",
         "Ola Berg met Kari Dahl in Oslo on Monday.", True),
        # a tennis final and a takeover: the sentence beside the window's core still has
        # the roles the other way round
        ("OSTEND BAY, September 12, 2023 - Unseeded Lena Marsh beat top seed Kira Dovic in"
         " the final of the Ostend Bay Open on Sunday. Marsh saved three break points in"
         " the last game. Dovic had won the tournament in 2021 and 2022.\n",
         "Top seed Kira Dovic defeated Lena Marsh in the Ostend Bay Open final.", False),
        ("BERGEN, March 10, 2025 - Halvard Lines acquired Meridian Ocean Holdings on"
         " Monday. Meridian Ocean Holdings had acquired two ferry firms in 2019.\n",
         "Meridian Ocean Holdings acquired Halvard Lines on Monday.", False),
        # exam results and trade figures: two plain nouns the other way round too
        ("DUNLEARY, August 21, 2025 - Girls outperformed boys in 14 of the 18 subjects in"
         " this year's school-leaving examination, the Examinations Board said.\n",
         "Boys outperformed girls in most subjects in this year's school-leaving"
         " examination.", False),
        ("KARVIK, May 3, 2025 - Imports overtook exports in the first quarter for the"
         " first time since 2009, the national statistics office said on Friday.\n",
         "Exports overtook imports in the first quarter, the national statistics office"
         " said.", False),
        ("KARVIK, May 3, 2025 - Imports overtook exports in the first quarter for the"
         " first time since 2009, the national statistics office said on Friday.\n",
         "Imports overtook exports in the first quarter, the national statistics office"
         " said.", True),
    ],
)  # fmt: skip
def test_names_the_other_way_round_are_not_the_claim(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "detail"),
    [
        # a derby and a takeover: the claim's two names the other way round about its verb
        # contradict it, as an active sentence or a passive one
        ("HALDEN, 27 December 2024 - Rovers beat Athletic 3-1 in the Boxing Day derby.\n",
         "Athletic beat Rovers 3-1 in the Boxing Day derby.",
         "tells Athletic as the loser"),
        ("BERGEN, 10 March 2025 - Halvard Lines was acquired by Meridian Ocean Holdings on"
         " Monday for 2 billion kroner.\n",
         "On Monday Halvard Lines acquired Meridian Ocean Holdings for 2 billion kroner.",
         "says the opposite"),
        # a utility stake and a furniture chain: the claim's party on the other side of
        # the deal, or undergoing it
        ("ABERDEEN, 9 September 2024 - Telvane sold its 30% stake in the Moray Firth wind"
         " farm to Fjordkraft for £210m.\n",
         "Telvane bought a 30% stake in the Moray Firth wind farm for £210m.",
         "says the opposite"),
        ("LEEDS, 3 March 2025 - The furniture retailer Oakhouse has been bought out of"
         " administration by its rival Hearth & Home, saving 34 shops.\n",
         "Oakhouse has bought its rival Hearth & Home out of administration.",
         "says the opposite"),
    ],
)  # fmt: skip
def test_roles_the_other_way_round_contradict(
    wire_result, doc: str, claim: str, detail: str
) -> None:
    found = wire_result(doc, claim)
    assert (found.stance, found.rule, found.detail) == ("contradicts", "FC-NEGATION", detail)


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # a jewel raid and a flood: a figure first given and since replaced is what was
        # said then, not what is so
        ("PORTHAVEN, October 16, 2025 - Police initially put the value of the haul at 1.8"
         " million euros; it has since been revised to 2.4 million euros.\n",
         "The haul was worth 1.8 million euros.", False),
        ("RIVERSIDE, March 2, 2026 - The council originally said 300 homes had been"
         " flooded.\n", "300 homes were flooded.", False),
        # a claim that tells the first figure as such is backed by it
        ("PORTHAVEN, October 16, 2025 - Police initially put the value of the haul at 1.8"
         " million euros; it has since been revised to 2.4 million euros.\n",
         "Police initially put the value of the haul at 1.8 million euros.", True),
        ("RIVERSIDE, March 2, 2026 - The council said 300 homes had been flooded.\n",
         "The council said 300 homes had been flooded.", True),
    ],
)  # fmt: skip
def test_a_figure_first_given_and_since_replaced_is_not_the_fact(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # a ministry and a trial: what is expected or due has not yet happened
        ("OSLO, June 4, 2025 - The minister is expected to announce the decision next"
         " week.\n", "The minister announced the decision.", False),
        ("LEEDS, May 2, 2025 - The jury is due to deliver its verdict on Friday.\n",
         "The jury delivered its verdict on Friday.", False),
        # a claim of what is due is backed by it, and what happened by its telling
        ("LEEDS, May 2, 2025 - The jury is due to deliver its verdict on Friday.\n",
         "The jury is due to deliver its verdict on Friday.", True),
        ("OSLO, June 4, 2025 - The minister announced the decision on Tuesday.\n",
         "The minister announced the decision.", True),
    ],
)  # fmt: skip
def test_what_is_expected_has_not_happened(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an earthquake and a volcano: 'a 5.4 aftershock' is 'a magnitude 5.4 aftershock'
        ("CHIVAY, June 11, 2025 - A 5.4 aftershock shook the Colca valley on Tuesday"
         " afternoon.\n",
         "A magnitude 5.4 aftershock shook the Colca valley on 10 June 2025.", "supports"),
        ("GRINDAVIK, March 4, 2026 - A magnitude 4.1 tremor shook the Reykjanes peninsula"
         " on Tuesday.\n",
         "A 4.1 tremor shook the Reykjanes peninsula on 3 March 2026.", "supports"),
        ("GRINDAVIK, March 4, 2026 - A 3.6 tremor shook the Reykjanes peninsula on"
         " Tuesday.\n",
         "A magnitude 4.1 tremor shook the Reykjanes peninsula on 3 March 2026.",
         "contradicts"),
        ("GALWAY, July 16, 2025 - A 3-day festival opened in Galway on Tuesday.\n",
         "A 3-day festival opened in Galway on 14 July 2025.", "contradicts"),
    ],
)  # fmt: skip
def test_a_measure_is_of_the_thing_it_names(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "thing"),
    [
        # an earthquake and a blackout: the day of another thing is not set against the
        # claim's, and the silent source says what it lacks, not that it differs
        ("AREQUIPA, Peru, June 10, 2025 - A magnitude 6.8 earthquake struck the Arequipa"
         " region of southern Peru late on Monday, killing 23 people and flattening adobe"
         " homes across the Colca valley, officials said.\n",
         "A magnitude 5.4 aftershock struck the Colca valley on 10 June 2025.", "aftershock"),
        ("HARLOW, March 5, 2026 - A 9-hour strike hit Harlow on Monday, closing schools"
         " across the town.\n", "A 4-hour blackout hit Harlow on 3 March 2026.", "blackout"),
    ],
)  # fmt: skip
def test_the_day_of_another_thing_is_not_the_claims(
    check_story, doc: str, claim: str, thing: str
) -> None:
    result = check_story({"wire.txt": doc}, [{"id": "m", "claim": claim}])["m"]
    stance = result.stance_of("wire")
    assert stance.stance == "silent"
    assert not any("plain account" in lack for lack in stance.lacking), stance.lacking
    assert any(thing in lack for lack in stance.lacking)


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a drought and school closures: a sentence that opens in an earlier year tells
        # that year's figures, not the claim's
        ("LISBON, July 8, 2025 - Last year, the water restrictions covered only eight"
         " municipalities in the Algarve.\n",
         "The water restrictions cover 14 municipalities in the Algarve.", "silent"),
        ("LEEDS, May 2, 2025 - In 2023, the council closed four schools in Northfield.\n",
         "The council closed six schools in Northfield.", "silent"),
        # a claim of that year is compared; a sentence of this year too
        ("LEEDS, May 2, 2025 - Last year, the council closed four schools in"
         " Northfield.\n", "The council closed four schools in Northfield in 2024.",
         "supports"),
        ("LEEDS, May 2, 2025 - Last year, the council closed four schools in"
         " Northfield.\n", "The council closed six schools in Northfield in 2024.",
         "contradicts"),
        ("LISBON, July 8, 2025 - The water restrictions cover eight municipalities in the"
         " Algarve.\n", "The water restrictions cover 14 municipalities in the Algarve.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_sentence_of_an_earlier_year_tells_that_years_figures(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an earthquake and a flood: a count of the missing or the injured is no count of
        # the dead, and is not set against it
        ("CHIVAY, June 12, 2025 - Five people were still missing in the Colca valley after"
         " the earthquake.\n",
         "The earthquake killed more than 40 people in the Colca valley.", "silent"),
        ("RIVERSIDE, March 2, 2026 - Twelve people were injured in the floods in"
         " Riverside.\n", "The floods killed 30 people in Riverside.", "silent"),
        # the same fate is compared
        ("RIVERSIDE, March 2, 2026 - Twelve people were killed in the floods in"
         " Riverside.\n", "The floods killed 30 people in Riverside.", "contradicts"),
        ("CHIVAY, June 12, 2025 - Nine people were still missing in the Colca valley after"
         " the earthquake.\n",
         "Five people were still missing in the Colca valley after the earthquake.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_count_of_another_fate_is_not_the_claims(
    check_story, doc: str, claim: str, stance: str
) -> None:
    result = check_story({"wire.txt": doc}, [{"id": "k", "claim": claim}])["k"]
    judged = result.stance_of("wire")
    assert judged.stance == stance
    assert not any("plain account" in lack for lack in judged.lacking), judged.lacking


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a wildfire and an earthquake: a running count on another day is no conflict
        ("MARRICK, August 20, 2026 - The wildfire had burned about 3,100 hectares by"
         " Thursday morning, officials said.\n",
         "By Friday, August 21, 2026, the wildfire had burned about 4,200 hectares.",
         "silent"),
        ("CHIVAY, June 12, 2025 - Five people were still missing after the earthquake on"
         " Thursday.\n",
         "Twelve people were still missing after the earthquake on 11 June 2025.",
         "silent"),
        # on the claim's own day the count is compared
        ("MARRICK, August 22, 2026 - The wildfire had burned about 5,400 hectares by"
         " Friday, officials said.\n",
         "By Friday, August 21, 2026, the wildfire had burned about 4,200 hectares.",
         "contradicts"),
        ("CHIVAY, June 12, 2025 - Twelve people were still missing after the earthquake on"
         " Wednesday.\n",
         "Twelve people were still missing after the earthquake on 11 June 2025.",
         "supports"),
        # a fire and a flood: the document's count stood 'by' or 'as of' another day,
        # though the claim tells its own day plainly
        ("MARRICK, August 21, 2026 - By Thursday the fire was 15 per cent contained,"
         " according to the fire service.\n",
         "The fire was 40 per cent contained on Friday, August 21, 2026.", "silent"),
        ("SELBY, March 6, 2025 - As of Tuesday, 300 homes in Selby had been flooded, the"
         " council said.\n", "420 homes in Selby had been flooded on Wednesday, 5 March"
         " 2025.", "silent"),
        ("MARRICK, August 21, 2026 - On Thursday the fire was 15 per cent contained,"
         " according to the fire service.\n",
         "The fire was 40 per cent contained on Thursday, August 20, 2026.", "contradicts"),
    ],
)  # fmt: skip
def test_a_running_count_of_another_day_is_no_conflict(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an earthquake and a flood: a count of two fates together is of neither alone
        ("CHIVAY, June 10, 2025 - About 1,200 homes were destroyed or damaged in the"
         " Colca valley earthquake, the agency said.\n",
         "About 640 homes were destroyed in the Colca valley earthquake.", "silent"),
        ("RIVERSIDE, March 2, 2026 - Eleven people are dead or missing after the river"
         " burst its banks in Riverside.\n",
         "Four people are dead after the river burst its banks in Riverside.", "silent"),
        # the same count told of the same fates, or of one fate, is still compared
        ("CHIVAY, June 10, 2025 - About 1,200 homes were destroyed or damaged in the"
         " Colca valley earthquake, the agency said.\n",
         "About 1,200 homes were destroyed or damaged in the Colca valley earthquake.",
         "supports"),
        ("CHIVAY, June 10, 2025 - About 1,200 homes were destroyed in the Colca valley"
         " earthquake, the agency said.\n",
         "About 640 homes were destroyed in the Colca valley earthquake.", "contradicts"),
        ("RIVERSIDE, March 2, 2026 - Eleven people are dead after the river burst its"
         " banks in Riverside.\n",
         "Four people are dead after the river burst its banks in Riverside.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_count_of_two_fates_together_is_of_neither_alone(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an earthquake and a power cut: what was tried or promised is not done, and its
        # date is no date of the deed, neither backing nor contradicting it
        ("AREQUIPA, June 10, 2025 - The village of Madrigal was cut off after landslides"
         " blocked the only road into it. Police said a helicopter would try to reach the"
         " village later on Tuesday.\n",
         "Rescuers reached the village of Madrigal on 11 June 2025.", "silent"),
        ("LEEDS, May 2, 2025 - The council promised to pay the contractors on 1 May.\n",
         "The council paid the contractors on 30 April.", "silent"),
        ("LEEDS, May 2, 2025 - The council promised to pay the contractors on 1 May.\n",
         "The council paid the contractors on 1 May.", "silent"),
        ("AREQUIPA, June 10, 2025 - Police said a helicopter would try to reach the"
         " village of Madrigal later on Tuesday.\n",
         "Rescuers reached the village of Madrigal on 10 June 2025.", "silent"),
        ("DUNMORE, March 3, 2026 - The utility tried to restore power to the town on"
         " Sunday.\n", "Power was restored to the town on Monday.", "silent"),
        ("DUNMORE, March 3, 2026 - The union hopes to sign the agreement on Friday.\n",
         "The union signed the agreement on Friday.", "silent"),
        # a pension bill and a bank takeover: what would be done, or is pending
        ("OSLO, June 4, 2025 - The bill would raise the pension age to 67.\n",
         "The pension age was raised to 67.", "silent"),
        ("OSLO, June 4, 2025 - Nordbank agreed to buy Sorbank, pending approval by"
         " regulators.\n", "Regulators approved Nordbank's purchase of Sorbank.",
         "silent"),
        # what was done, on its day, still tells it; a claim of the promise is backed
        ("KORVASS, June 11, 2026 - Industry Minister Halina Roszak announced on Thursday"
         " that the government would hold an independent inquiry into the collapse.\n",
         "Halina Roszak announced the inquiry into the collapse on Thursday, June 11,"
         " 2026.", "supports"),
        ("AREQUIPA, June 12, 2025 - Rescuers reached the village of Madrigal on"
         " Wednesday.\n", "Rescuers reached the village of Madrigal on 11 June 2025.",
         "supports"),
        ("DUNMORE, March 3, 2026 - Power was restored to the town on Sunday.\n",
         "Power was restored to the town on Monday.", "contradicts"),
        ("BERGEN, March 10, 2025 - Meridian has pledged to keep the Halvard name on its"
         " Norwegian routes.\n",
         "Meridian has pledged to keep the Halvard name on its Norwegian routes.",
         "supports"),
    ],
)  # fmt: skip
def test_what_was_tried_or_promised_is_not_done(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # a ferry and a flight: a journey the other way between the same places
        ("ROTTERDAM, October 17, 2025 - The vessel sailed from Rotterdam to Hamburg.\n",
         "The vessel sailed from Hamburg to Rotterdam.", False),
        ("PORTVALE, August 14, 2025 - Flight SR418 was flying from Kestrel Bay to"
         " Portvale when the engine failed.\n",
         "Flight SR418 was flying from Portvale to Kestrel Bay when the engine failed.",
         False),
        ("ROTTERDAM, October 17, 2025 - The vessel sailed from Hamburg to Rotterdam.\n",
         "The vessel sailed from Hamburg to Rotterdam.", True),
        ("PORTVALE, August 14, 2025 - Flight SR418 was flying from Portvale to Kestrel"
         " Bay when the engine failed.\n",
         "Flight SR418 was flying from Portvale to Kestrel Bay when the engine failed.",
         True),
    ],
)  # fmt: skip
def test_a_journey_the_other_way_is_not_the_claim(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an investiture and a ferry grounding: where it happened is a value to find in
        # the passage or its dateline; 'its' refers back to no place (a sentence that
        # names nothing else may still tell of the place its document names)
        ("LACASA: Good morning to everyone listening in Teruel and in Zaragoza.\n\n"
         "ROYO: Yesterday Elena Marqués was elected president by the regional"
         " parliament. What did its partners ask for?\n",
         "Marqués was elected president by the regional parliament in Zaragoza.",
         "silent"),
        ("ZARAGOZA, April 10, 2025 - Aragon's regional parliament on Thursday elected"
         " Elena Marqués as president.\n",
         "Marqués was elected president by the regional parliament in Zaragoza.",
         "supports"),
        ("KILBRACK, May 4, 2025 - The ferry Lady Caitrin ran aground on Sunday.\n",
         "The ferry Lady Caitrin ran aground in Kilbrack.", "supports"),
    ],
)  # fmt: skip
def test_the_place_of_an_event_is_not_told_by_reference(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a flood and a drought: a document's subject may go unsaid, not be replaced
        ("CORRINDALE, November 9, 2025 - Corrindale was flooded on Saturday.\n\n"
         "Corrindale's mayor said the barrier failed.\n\n"
         "Residents of Corrindale began the clean-up.\n\n"
         "The flood should be a warning to the whole of Kessmoor, the mayor said.\n",
         "The flood was a warning to the whole of Corrindale.", "silent"),
        ("EVORA, July 7, 2025 - Alentejo faces its worst drought in decades.\n\n"
         "Farmers in Alentejo have lost much of their wheat.\n\n"
         "Reservoirs in Alentejo are a quarter full.\n\n"
         "The drought has hurt olive growers across Algarve too.\n",
         "The drought has hurt olive growers across Alentejo.", "silent"),
        ("EVORA, July 7, 2025 - Alentejo faces its worst drought in decades.\n\n"
         "Farmers in Alentejo have lost much of their wheat.\n\n"
         "Reservoirs in Alentejo are a quarter full.\n\n"
         "The drought has hurt olive growers across the region.\n",
         "The drought has hurt olive growers across Alentejo.", "supports"),
    ],
)  # fmt: skip
def test_a_subject_left_unsaid_is_implied_but_not_one_replaced(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a league match and a board vote: a score written with the counted thing
        ("LISKER, November 9, 2024 - Harrowfield Rovers beat Quenby Athletic by three goals"
         " to one on Saturday.\n",
         "Harrowfield Rovers defeated Quenby Athletic 3-1 on November 9, 2024.", "supports"),
        ("BERGEN, March 10, 2025 - Halvard's board approved the offer by seven votes to two"
         " on Monday.\n", "Halvard's board approved the offer 7-2.", "supports"),
        # another tally of the same vote tells against the claim's
        ("BERGEN, March 10, 2025 - Halvard's board approved the offer by seven votes to"
         " three on Monday.\n", "Halvard's board approved the offer 7-2.", "contradicts"),
        # a voting-age bill and a council budget: the claim's tally in words is one
        # figure, not a count and a stray number the passage writes of something else
        ("VELLORA, 12 April 2024 - The Vellora parliament on Friday passed a bill lowering"
         " the voting age to 16, by 88 votes to 61.\n",
         "The Vellora voting-age bill was passed by 88 votes to 16.", "contradicts"),
        ("VELLORA, 12 April 2024 - The Vellora parliament on Friday passed a bill lowering"
         " the voting age to 16, by 88 votes to 61.\n",
         "The Vellora voting-age bill was passed by 88 votes to 61.", "supports"),
        ("DUNMORE, 3 March 2025 - Dunmore council passed its 12 million euro budget by 31"
         " votes to 20 on Monday.\n",
         "Dunmore council passed its budget by 31 votes to 12.", "contradicts"),
    ],
)  # fmt: skip
def test_a_tally_may_name_what_it_counts(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a football disorder and a protest: 'police officers' count officers, 'crew
        # members' the crew
        ("FORTHAM, 27 September 2023 - Police defended their handling of last weekend's"
         " football disorder in Fortham, in which 14 officers were injured.\n",
         "Fourteen police officers were hurt in the football disorder in Fortham."),
        ("KESTREL BAY, 12 August 2025 - The ferry Aurora ran aground off Kestrel Bay with"
         " 186 passengers and six crew on board.\n",
         "The Aurora had six crew members on board when it ran aground off Kestrel Bay."),
    ],
)  # fmt: skip
def test_a_collective_before_its_noun(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an extradition and a smelter: a decision on a deed is not the deed done
        ("WHITSTROM, 23 May 2024 - A court in Whitstrom on Thursday approved the extradition"
         " of businessman Viktor Danilov to Arvania. His lawyers have 14 days to appeal.\n",
         "Viktor Danilov has been extradited to Arvania.", "silent"),
        ("KELSO, 23 May 2024 - Regulators ordered the closure of the Kelso smelter on"
         " Thursday after a toxic leak.\n",
         "The Kelso smelter closed on Thursday.", "silent"),
        # ... and a claim of the decision itself is told
        ("WHITSTROM, 23 May 2024 - A court in Whitstrom on Thursday approved the extradition"
         " of businessman Viktor Danilov to Arvania.\n",
         "A Whitstrom court approved the extradition of Viktor Danilov to Arvania.",
         "supports"),
        # ... as is the deed, told as done beside the decision
        ("KELSO, 23 May 2024 - The Kelso smelter closed on Thursday, a week after regulators"
         " ordered the closure of the site.\n",
         "The Kelso smelter closed on Thursday.", "supports"),
    ],
)  # fmt: skip
def test_a_decision_on_a_deed_is_not_the_deed(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # an extradition and a smelter: the reason found is the whole explanation
        ("WHITSTROM, 23 May 2024 - A court in Whitstrom on Thursday approved the extradition"
         " of businessman Viktor Danilov to Arvania.\n",
         "Viktor Danilov has been extradited to Arvania."),
        ("KELSO, 23 May 2024 - Regulators ordered the closure of the Kelso smelter on"
         " Thursday after a toxic leak.\n",
         "The Kelso smelter closed on Thursday."),
    ],
)  # fmt: skip
def test_a_silent_source_says_what_it_lacks_and_no_more(check_story, doc: str, claim: str) -> None:
    results = check_story({"wire.txt": doc}, [{"id": "d", "claim": claim}])
    (stance,) = results["d"].stances
    assert stance.lacking == ("the claim's deed as done (it tells only of a decision on it)",)


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a folk festival and a metro strike: days told as spans that differ
        ("BRENNA, 1 April 2024 - The Brenna folk festival will run from 4 to 7 May 2024,"
         " organisers said.\n",
         "The Brenna folk festival will run from 3 to 6 May 2024.", "contradicts"),
        ("HOLTENBURG, 6 February 2024 - Train drivers on the Holtenburg metro will strike on"
         " 14 and 15 February, their union said on Tuesday.\n",
         "Holtenburg metro drivers will strike on 14 and 16 February.", "silent"),
    ],
)  # fmt: skip
def test_spans_of_days_must_be_the_same_days(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a takeover and a bridge: a day already past when the document was written is
        # another event's, not the day of a plan still ahead
        ("BERGEN, March 12, 2025 - The deal, announced on Monday, is worth 16.8 billion"
         " kroner.\n", "The deal is expected to close in the third quarter of 2025.",
         "silent"),
        ("BERGEN, March 12, 2025 - The deal is expected to close in the third quarter.\n",
         "The deal is expected to close in the third quarter of 2025.", "supports"),
        ("KESTEL, June 4, 2025 - Work on the Solway Crossing bridge began on Monday.\n",
         "Work on the Solway Crossing bridge is due to end in August 2026.", "silent"),
        # a deed told as done on another day is still contradicted
        ("BERGEN, March 12, 2025 - Meridian announced its takeover of Halvard Lines on"
         " Monday.\n",
         "Meridian announced its takeover of Halvard Lines on 14 March 2025.", "contradicts"),
    ],
)  # fmt: skip
def test_a_past_day_is_not_the_day_of_a_plan(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a resignation and a summit: a deputy's or vice's office is another office
        ("For immediate release - 17 September 2025 - Deputy Finance Minister Rafael"
         " Ordonez has resigned following reports about his private investments.\n",
         "Finance Minister Rafael Ordonez has resigned over reports about his private"
         " investments.", "silent"),
        ("ACCRA, May 3, 2025 - Vice President Amara Osei opened the trade summit on"
         " Saturday.\n", "President Amara Osei opened the trade summit.", "silent"),
        ("ACCRA, May 3, 2025 - President Amara Osei opened the trade summit on Saturday.\n",
         "President Amara Osei opened the trade summit.", "supports"),
    ],
)  # fmt: skip
def test_a_deputy_holds_another_office(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a rail crash and a plant explosion: 'injuring 47' counts the injured
        ("BRANNOCK JUNCTION, 5 October 2025 - Two passenger trains collided near Brannock"
         " Junction on Saturday evening, killing three people and injuring 47, the rail"
         " operator said.\n",
         "Forty-seven people were killed when two trains collided near Brannock Junction.",
         "contradicts"),
        ("BRANNOCK JUNCTION, 5 October 2025 - Two passenger trains collided near Brannock"
         " Junction on Saturday evening, killing three people and injuring 47, the rail"
         " operator said.\n",
         "Forty-seven people were injured when two trains collided near Brannock Junction.",
         "supports"),
        ("PELLARA, May 17, 2024 - A gas explosion at the Vossberg plant on Friday killed two"
         " workers, injuring 14 others.\n",
         "Fourteen workers were killed in the gas explosion at the Vossberg plant.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_count_after_injuring_counts_the_injured(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a lunar probe and a river flood: what is attempted or forecast is not done
        ("For immediate release - 9 September 2025 - The Tessaly probe entered orbit around"
         " the Moon today. It will spend three weeks lowering its orbit before attempting a"
         " landing near the Moon's south pole in early October.\n",
         "The Tessaly probe has landed near the Moon's south pole."),
        ("Flood watch, Friday 6 February 2026: Forecasters expect the River Tamsin to peak"
         " at 6.2 metres at Hollin Bridge on Saturday evening.\n",
         "The River Tamsin peaked at 6.2 metres at Hollin Bridge."),
    ],
)  # fmt: skip
def test_what_is_attempted_or_forecast_is_not_done(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "silent"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # trade figures and company results: a figure of the counterpart measure
        ("KORVATH, 9 October 2025 - Korvath's exports rose 8 per cent in September from a"
         " year earlier, the customs office said on Thursday.\n",
         "Korvath's imports rose 8 per cent in September 2025.", "silent"),
        ("KORVATH, 9 October 2025 - Korvath's exports rose 8 per cent in September from a"
         " year earlier, the customs office said on Thursday.\n",
         "Korvath's exports rose 8 per cent in September 2025.", "supports"),
        ("For immediate release - 20 February 2025 - Brightwell Telecom reported revenue"
         " of 12.6 billion rand for 2024. Operating profit rose 11 per cent to 2.9 billion"
         " rand.\n", "Brightwell Telecom's net profit rose 11 per cent in 2024.", "silent"),
        ("SAXBY, October 22, 2024 - Machinery group Kallberg said on Tuesday that"
         " third-quarter revenue rose 8 percent to 4.2 billion crowns.\n",
         "Kallberg's third-quarter profit rose 8 percent.", "silent"),
        # trade figures and energy bills: the claim's word in the next sentence does not
        # make the figure told of its counterpart its own
        ("KORVATH, April 14, 2025 - Korvath's exports rose 8 per cent in March from a year"
         " earlier, the statistics office said. Imports were flat. Officials said the rise"
         " reflected strong demand for machinery.\n",
         "Korvath's imports rose 8 per cent in March.", "silent"),
        ("MERLOW, December 1, 2025 - Household electricity bills in Merlow will go up 9"
         " percent from February, the energy regulator said on Monday. Gas bills are due"
         " for review in the spring. The regulator blamed the rise on higher network"
         " charges.\n",
         "Household gas bills in Merlow will go up 9 percent from February.", "silent"),
        # two brewers and two airlines: the claim's figure is the other company's; its
        # own company is given another, and that one is the claim's
        ("SKARBY, 29 April 2025 - Brewer Halstad reported a first-quarter profit of 56"
         " million crowns on Tuesday, up from 49 million a year earlier. Its smaller rival"
         " Norrmalt, which also reported on Tuesday, made a profit of 21 million crowns.\n",
         "Norrmalt made a first-quarter profit of 56 million crowns.", "contradicts"),
        ("VELDHAM, 3 February 2025 - Budget airline Skyrun carried 8.4 million passengers"
         " last year, the company said on Monday. Its rival Aerova, which flies from the"
         " same airport, carried 5.1 million passengers.\n",
         "Aerova carried 8.4 million passengers last year.", "contradicts"),
        ("VELDHAM, 3 February 2025 - Budget airline Skyrun carried 8.4 million passengers"
         " last year, the company said on Monday. Its rival Aerova, which flies from the"
         " same airport, carried 5.1 million passengers.\n",
         "Skyrun carried 8.4 million passengers last year.", "supports"),
        # a crash and a fraud case: charged or arrested is not convicted
        ("DRAYMOOR, 2 November 2021 - Police in Draymoor said a 19-year-old man had been"
         " charged with dangerous driving after a crash on the High Street on Saturday.\n",
         "A 19-year-old man was convicted of dangerous driving over the Draymoor High Street"
         " crash.", "silent"),
        ("AMBERGATE, 11 April 2024 - Police arrested former councillor Derek Holloway on"
         " Tuesday over fraud relating to the Ambergate housing grant scheme.\n",
         "Former councillor Derek Holloway was convicted of fraud over the Ambergate housing"
         " grant scheme.", "silent"),
    ],
)  # fmt: skip
def test_a_figure_of_another_measure_or_company_is_not_the_claims(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a measles count and a wildfire's spread: a state by a day after the document
        # was written is not denied by the state it gave on its own day
        ("MARROWFIELD, March 13, 2025 - The outbreak has grown to 38 confirmed cases,"
         " health officials said on Wednesday.\n",
         "Confirmed measles cases in Marrowfield had reached 46 by March 16, 2025."),
        ("MARRICK, August 19, 2026 - The Tallow Ridge fire had burned 3,100 hectares by"
         " Tuesday evening, officials said.\n",
         "The Tallow Ridge fire had spread to 4,200 hectares by August 21, 2026."),
    ],
)  # fmt: skip
def test_a_state_by_a_later_day_is_not_denied(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "silent"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a vaccination drive and a rail timetable: the place is told of another thing
        # in the sentence's other clause
        ("OKAFOR-BRANDT: This Saturday and Sunday we will run free walk-in clinics at the"
         " Riverside Community Center, and starting tomorrow there are evening clinics at"
         " the Eastgate Branch Library.\n",
         "The weekend walk-in clinics are being held at the Eastgate Branch Library.",
         "silent"),
        ("LINZ, May 2, 2025 - Replacement buses will stop at Wels Central Station, and"
         " night trains will stop at Linz Central Station.\n",
         "Replacement buses will stop at Linz Central Station.", "silent"),
        ("LINZ, May 2, 2025 - Replacement buses will stop at Linz Central Station, and"
         " night trains will stop at Wels Central Station.\n",
         "Replacement buses will stop at Linz Central Station.", "supports"),
    ],
)  # fmt: skip
def test_a_place_told_of_another_thing_in_another_clause(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # an outbreak and an airport: 'the county', 'the airport' stand for the name
        ("MARROWFIELD, March 13, 2025 - A measles outbreak has grown to 38 cases. Dr."
         " Helena Okafor-Brandt, the county health officer, told reporters it was not at"
         " its peak.\n",
         "Helena Okafor-Brandt is the Dunmore County health officer."),
        ("PORTVALE, August 14, 2025 - Lena Brook, the airport's operations director, said"
         " runway 27 would reopen on Friday.\n",
         "Lena Brook is the operations director of Portvale Airport."),
    ],
)  # fmt: skip
def test_a_name_is_told_by_its_head_noun(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "day"),
    [
        # an outbreak and a grain sale: the year that bounds a ranking is no event's
        # date, so another day in the passage is not told against it
        ("MARROWFIELD, March 13, 2025 - A measles outbreak in Marrowfield has grown to 38"
         " cases.\n\nThe county has given more than 1,200 doses of the measles vaccine at its"
         " clinics since the outbreak began and will run free walk-in clinics at the"
         " Riverside Community Center on Saturday and Sunday.\n",
         "The Marrowfield outbreak is the largest measles outbreak in the state since 1992.",
         "Saturday"),
        ("BRENNHOLT, September 8, 2025 - Nordvaal has agreed to sell 1.2 million tonnes of"
         " wheat to Sarenia, officials said on Monday.\n",
         "Nordvaal's wheat sale to Sarenia is its largest grain sale since 2010.", "Monday"),
    ],
)  # fmt: skip
def test_a_ranking_year_is_not_told_against_an_event_day(
    check_story, doc: str, claim: str, day: str
) -> None:
    (stance,) = check_story({"wire.txt": doc}, [{"id": "c", "claim": claim}])["c"].stances
    assert stance.stance != "contradicts"
    assert not any(day in lacked for lacked in stance.lacking), stance.lacking


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a treasure hoard and a drug trial: the claim's deed written only as hoped or
        # planned, beside the rest of the claim told as fact
        ("LOWER FENN, 26 June 2024 - A hoard of 312 silver coins found near Lower Fenn has"
         " been declared treasure. The Fenn Valley Museum hopes to acquire the hoard once"
         " it has been valued.\n",
         "The Fenn Valley Museum has bought the Lower Fenn silver hoard.", "silent"),
        ("Baslingen, 20 May 2026 - Drevia Therapeutics said its migraine pill cut headache"
         " days in a late-stage trial. The company plans to seek regulatory approval for"
         " the pill before the end of the year.\n",
         "Drevia Therapeutics has sought regulatory approval for its migraine pill.",
         "silent"),
        ("LOWER FENN, 26 June 2024 - A hoard of 312 silver coins found near Lower Fenn has"
         " been declared treasure. The Fenn Valley Museum has acquired the hoard.\n",
         "The Fenn Valley Museum has bought the Lower Fenn silver hoard.", "supports"),
    ],
)  # fmt: skip
def test_a_deed_told_only_as_planned_is_not_done(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # two league matches: a name opening the claim keeps its role (the other way
        # round, it contradicts: one of them won)
        ("BRISTOL, December 27, 2024 - Rovers came from behind to beat Athletic 3-1 at Hollow"
         " Park on Boxing Day.\n", "Athletic beat Rovers 3-1 on December 26, 2024.",
         "contradicts"),
        ("BRISTOL, December 27, 2024 - Athletic beat Rovers 3-1 at Hollow Park on Boxing"
         " Day.\n", "Athletic beat Rovers 3-1 on December 26, 2024.", "supports"),
        ("GLASGOW, May 17, 2025 - Port Ardmore beat Kelburn 2-0 in the league in March.\n",
         "Kelburn beat Port Ardmore 2-0 in the league in March.", "contradicts"),
    ],
)  # fmt: skip
def test_a_name_opening_the_claim_keeps_its_role(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a fraud trial and an embezzlement trial: 'found ... guilty' is the conviction
        ("DENHALLOW, November 2, 2023 - A jury at Denhallow Crown Court on Thursday found"
         " former accountant Gerald Pike guilty of defrauding his employer.\n",
         "Gerald Pike was convicted on November 2, 2023 of defrauding his employer.",
         "supports"),
        ("KARVEN, February 6, 2024 - A jury in Karven found former city treasurer Paulo"
         " Drescher guilty of embezzling 430,000 crowns from municipal accounts.\n",
         "Paulo Drescher was convicted of embezzlement by a Karven jury.", "supports"),
        ("KARVEN, February 6, 2024 - A jury in Karven found former city treasurer Paulo"
         " Drescher not guilty of embezzling 430,000 crowns from municipal accounts.\n",
         "Paulo Drescher was convicted of embezzlement by a Karven jury.", "silent"),
        # a fare rise and a terrace smoking ban: a date told 'starting' or 'from'; a
        # rule that takes effect comes into force
        ("TREMONT, May 14, 2024 - Harbour Rail fares will rise by 4.5 percent from July 1,"
         " the operator said on Tuesday.\n",
         "Harbour Rail fares will rise by 4.5 percent starting July 1, 2024.", "supports"),
        ("KIRKSTALL, January 2, 2025 - A ban on smoking on outdoor restaurant and bar"
         " terraces took effect across Kirkstall on Wednesday.\n",
         "Kirkstall's outdoor terrace smoking ban came into force on 1 January 2025.",
         "supports"),
    ],
)  # fmt: skip
def test_verdicts_and_dates_in_other_words(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a probation service and a museum: what a source says will be done is not done
        ("EASTMOOR, 5 July 2021 - The Eastmoor probation region will recruit 120 trainee"
         " officers over the next 12 months, regional director Ann-Marie Coyle announced"
         " yesterday. She said caseloads had reached an average of 58 per officer.\n",
         "The Eastmoor probation region has already hired 120 new trainee officers.",
         "silent"),
        ("HALBRIDGE, 3 March 2025 - The Halbridge Museum will buy the Carrow hoard for"
         " 1.4 million pounds, its trustees said on Monday.\n",
         "The Halbridge Museum bought the Carrow hoard for 1.4 million pounds.", "silent"),
        # told as done in one sentence of the window, it is done, whatever else is to come
        ("HALBRIDGE, 3 March 2025 - The Halbridge Museum bought the Carrow hoard for 1.4"
         " million pounds on Monday. It will put the hoard on show in May.\n",
         "The Halbridge Museum bought the Carrow hoard for 1.4 million pounds.", "supports"),
    ],
)  # fmt: skip
def test_a_deed_told_as_to_come_is_not_done(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an archive and a housing scheme: a year that says what the counted things are
        # ('registers dating back to 1538', 'homes built in 1890') is not when they were
        # counted
        ("HARROWGATE, 3 March 2022 - The Harrowgate County Archive has finished digitising"
         " 1.1 million pages of parish registers dating back to 1538, archivist Niamh"
         " Lorrimer said.\n",
         "The Harrowgate County Archive has digitised more than a million pages of parish"
         " registers.", "supports"),
        ("DUNMERE, 9 May 2025 - The Dunmere council has insulated 4,200 homes built in"
         " 1890, its housing officer said.\n",
         "The Dunmere council has insulated 4,200 homes.", "supports"),
    ],
)  # fmt: skip
def test_a_year_that_describes_the_counted_things(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a grain deal and a jewel raid: another place of the same kind, told of the
        # same deed, is somewhere else (a port is in no other port, a village in no
        # other village)
        ("ALCINE, September 9, 2025 - Sarenia signed a grain deal with Nordvaal. The first"
         " ships will be unloaded at Port Alcine's grain terminal.\n",
         "The grain will be unloaded at the Sarenian port of Dunvar.", "contradicts"),
        ("PORTHAVEN, October 14, 2025 - The men fled in a white van. Police said the van"
         " was found burnt out on a farm track near the village of Ashcombe.\n",
         "The getaway van was found burnt out near the village of Kilnmoor.", "contradicts"),
        # the same kind of place told of another deed is another place of the story
        ("ALCINE, September 9, 2025 - Sarenia signed a grain deal with Nordvaal. The grain"
         " will be loaded at the port of Kessel.\n",
         "The grain will be unloaded at the Sarenian port of Dunvar.", "silent"),
        # a city may lie in a region or a country: only the same kind of place conflicts
        ("LYON, 4 May 2025 - The summit was held in the city of Lyon on Sunday.\n",
         "The summit was held in France.", "silent"),
    ],
)  # fmt: skip
def test_another_place_of_the_same_kind(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "missing"),
    [
        # talks between ministers and a sentencing: a surname shared with someone the
        # document does name is not the claim's other person, so the document is silent
        # for want of that person, whatever date it gives the one it names
        ("VIENNA, 7 June 2025 - Foreign Minister Tam Ngo met Finance Minister Dmitri"
         " Okafor in Vienna on 6 June 2025. The two sides signed nine agreements.\n\n"
         "Foreign Minister Nadia Okafor met Finance Minister Giang Bui in New York on 16"
         " January 2025. Okafor said the talks focused on concrete deals.\n",
         "Lan Okafor and Dmitri Okafor met on 28 July 2025.", "Lan Okafor"),
        ("MALMO, 5 May 2025 - Ebba Lind was sentenced to four years on 4 May 2025 for"
         " fraud.\n\nHer brother Jonas Lind was sentenced to two years in March. Lind said"
         " he would appeal.\n",
         "Olaf Lind and Ebba Lind were sentenced on 3 May 2025.", "Olaf Lind"),
    ],
)  # fmt: skip
def test_a_shared_surname_does_not_name_the_claims_other_person(
    check_story, doc: str, claim: str, missing: str
) -> None:
    results = check_story({"wire.txt": doc}, [{"id": "c", "claim": claim}])
    (stance,) = results["c"].stances
    assert stance.stance == "silent"
    assert stance.lacking == (f"the name '{missing}'",)


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a state visit and a grain deal: a person's office is a value of the claim, and
        # another office they cannot also hold contradicts it
        ("BRENHOLT, 27 September 2025 - President Toma Varesh held talks on Friday with"
         " Aldessan Prime Minister Elina Sorvald.\n",
         "Varesh held talks with Aldessan President Elina Sorvald.", "contradicts"),
        ("PORT ALCINE, 9 September 2025 - The grain agreement was signed by Finance"
         " Minister Omar Dassine and Nordvaal's agriculture minister.\n",
         "The grain agreement was signed by Foreign Minister Omar Dassine.", "contradicts"),
        # a party title sits with any office, and a bare 'Minister' may be any minister:
        # neither tells the claim's office, and neither denies it
        ("NEW YORK, 26 September 2024 - General Secretary Lam Tran addressed the General"
         " Assembly on Tuesday.\n",
         "President Lam Tran addressed the General Assembly.", "silent"),
        ("PORT ALCINE, 9 September 2025 - The grain agreement was signed by Minister Omar"
         " Dassine and Nordvaal's agriculture minister.\n",
         "The grain agreement was signed by Trade Minister Omar Dassine.", "silent"),
    ],
)  # fmt: skip
def test_another_office_for_the_same_person(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "detail"),
    [
        # a tourist tax and a cup final: a date written against the day of writing is
        # shown with the day it was read as, so the reader can see why it conflicts
        ("KESTRA, 11 April 2025 - The city council voted on Thursday to introduce a"
         " tourist tax of 3 euros per night from 1 January.\n",
         "Kestra's tourist tax takes effect on 1 January 2025.",
         "gives 1 January (1 January 2026)"),
        ("GLASGOW, May 17, 2025 - Kelburn Athletic won the Caledonian Cup final on"
         " Saturday, beating Port Ardmore 3-2 at Hampden Park.\n",
         "Kelburn Athletic won the Caledonian Cup final on 19 April 2025.",
         "gives Saturday (17 May 2025)"),
    ],
)  # fmt: skip
def test_a_relative_date_in_conflict_shows_how_it_was_read(
    check_story, doc: str, claim: str, detail: str
) -> None:
    results = check_story({"wire.txt": doc}, [{"id": "d", "claim": claim}])
    stance = results["d"].stance_of("wire")
    assert (stance.stance, stance.detail) == ("contradicts", detail)


# --- 'the earthquake', far from where the document names it, is the topic's ---------------

FERRY_SINKING = """KARSTAD, 4 May 2025 - Divers searched Lake Orvan again on Sunday for the last two
people missing since the ferry sinking.

Relatives gathered at the harbour in Karstad through the night, and a service was held in
the town church.

The regional governor promised a full inquiry and said the harbour would stay closed.

Survivors described a sudden list to port shortly after midnight.

Fishermen from nearby villages joined the coastguard boats at first light.

The operator's offices in the capital were closed on Sunday and its telephone line was busy.

Weather forecasters said winds had been light for most of the evening.

A hotel near the harbour opened its dining room to the families.

Investigators said the ageing ferry was carrying 212 passengers when it capsized.
"""

VACCINE_TRIAL = """GENEVA, 12 June 2025 - Halden Biologics said the BRIGHTPATH vaccine trial would
report its results early.

Shares in the company rose 4 per cent in Zurich after the announcement.

The chief executive told analysts the company had enough cash for two more years.

A rival firm abandoned a similar programme last year.

Regulators in Brussels and Washington have asked to see the data first.

The company's laboratories in Basel employ about 900 scientists.

Its chairman retires in September after eleven years in the post.

Analysts expect the share price to stay volatile until the autumn.

Doctors said the large late-stage trial had enrolled 3,400 volunteers in nine countries.
"""


@pytest.mark.parametrize(
    ("doc", "claim", "topic", "expected"),
    [
        (FERRY_SINKING, "The ferry was carrying 180 passengers when it capsized.",
         "Lake Orvan ferry sinking", "contradicts"),
        (FERRY_SINKING, "The ferry was carrying 212 passengers when it capsized.",
         "Lake Orvan ferry sinking", "supports"),
        (FERRY_SINKING.replace("the ageing ferry", "the previous ferry"),
         "The ferry was carrying 180 passengers when it capsized.",
         "Lake Orvan ferry sinking", "silent"),
        (VACCINE_TRIAL, "The trial enrolled 3,400 volunteers.",
         "the BRIGHTPATH vaccine trial", "supports"),
        (VACCINE_TRIAL, "The trial enrolled 4,300 volunteers.",
         "the BRIGHTPATH vaccine trial", "contradicts"),
        (VACCINE_TRIAL.replace("the large late-stage trial", "the 2019 trial"),
         "The trial enrolled 4,300 volunteers.", "the BRIGHTPATH vaccine trial", "silent"),
    ],
)  # fmt: skip
def test_the_topic_noun_with_the_topic_named_elsewhere(
    check_story, doc: str, claim: str, topic: str, expected: str
) -> None:
    """A claim with a topic ('Lake Orvan ferry sinking') is judged on a sentence that
    tells of 'the ageing ferry' in a document that names Lake Orvan paragraphs away; an
    earlier or another one ('the previous ferry', 'the 2019 trial') is not the topic's."""
    results = check_story({"wire.txt": doc}, [{"id": "fact", "claim": claim, "topic": topic}])
    assert stances(results, "fact") == {"wire": expected}


# --- a change told as a multiple ('halved', 'doubled') ---------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # the levels a change went between tell a multiple
        ("BRENNERMOUTH, 5 March 2025 - Cod landed at Brennermouth harbour fell to 2,150 "
         "tonnes last year from 4,300 tonnes in 2023, the fish market said.\n",
         "Cod landings at Brennermouth halved between 2023 and 2024.", "supports"),
        ("BRENNERMOUTH, 5 March 2025 - Cod landed at Brennermouth harbour fell to 2,150 "
         "tonnes last year from 4,300 tonnes in 2023, the fish market said.\n",
         "Cod landings at Brennermouth fell by a third between 2023 and 2024.", "contradicts"),
        ("Startup watch, 5 February 2026: Payments app Kivo said its number of monthly "
         "active users had grown from 2 million to 4 million over the past year.\n",
         "Kivo's monthly active users doubled over the past year to 4 million.", "supports"),
        ("Startup watch, 5 February 2026: Payments app Kivo said its number of monthly "
         "active users had grown from 2 million to 4 million over the past year.\n",
         "Kivo's monthly active users tripled over the past year.", "contradicts"),
        # a multiple the document tells is a change in per cent, with its own direction
        ("OSTFELD, 4 May 2025 - Sales of electric bicycles in Ostfeld doubled last year to "
         "86,000, the cycling federation said.\n",
         "Sales of electric bicycles in Ostfeld rose 100 per cent last year.", "supports"),
        ("OSTFELD, 4 May 2025 - Sales of electric bicycles in Ostfeld doubled last year to "
         "86,000, the cycling federation said.\n",
         "Sales of electric bicycles in Ostfeld rose 40 per cent last year.", "contradicts"),
        ("OSTFELD, 4 May 2025 - Sales of electric bicycles in Ostfeld doubled last year to "
         "86,000, the cycling federation said.\n",
         "Sales of electric bicycles in Ostfeld fell last year.", "contradicts"),
    ],
)  # fmt: skip
def test_a_change_told_as_a_multiple(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


# --- figures written the short way -------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a race, a court, a hospital list, a drugs seizure
        ("HOLMGARD, 3 March 2025 - Eskil Baardsen won the Holmgard half-marathon on Sunday "
         "in one hour, one minute and four seconds, a course record.\n",
         "Eskil Baardsen won the Holmgard half-marathon in 1:01:04.", "supports"),
        ("HOLMGARD, 3 March 2025 - Eskil Baardsen won the Holmgard half-marathon on Sunday "
         "in one hour, one minute and four seconds, a course record.\n",
         "Eskil Baardsen won the Holmgard half-marathon in 1:01:14.", "contradicts"),
        ("BREVINGTON, 6 June 2025 - Dorian Quell, 44, who stole copper cable from a rail "
         "depot, was jailed for two years and three months on Thursday.\n",
         "Dorian Quell was jailed for 27 months for stealing copper cable.", "supports"),
        ("FENNICK, 4 February 2025 - The waiting list at Fennick General Hospital fell to "
         "14,200 in January, its lowest level since 2019.\n",
         "Fennick General Hospital's waiting list dropped to 14.2k in January.", "supports"),
        ("FENNICK, 4 February 2025 - The waiting list at Fennick General Hospital fell to "
         "14,200 in January, its lowest level since 2019.\n",
         "Fennick General Hospital's waiting list dropped to 14.6k in January.", "silent"),
        ("SAINT IVEL, 9 October 2025 - Customs officers seized 230kg of cocaine at the port "
         "of Saint Ivel on Wednesday, the customs agency said.\n",
         "Customs officers seized 90 kilograms of cocaine at the port of Saint Ivel on "
         "Wednesday.", "contradicts"),
    ],
)  # fmt: skip
def test_figures_written_the_short_way(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


# --- words said in the window's other sentence belong to that sentence's speaker ---------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a council and a football club: one speaker praises, the next sentence's speaker
        # says the claim's words
        ("HARTLEY, 3 June 2025 - Mayor Tobias Grint said the town's new recycling scheme had"
         " 'exceeded every expectation'. Opposition councillor Wren Abbot, however, called"
         " the collection timetable 'a shambles'.\n",
         "Mayor Tobias Grint called the recycling collection timetable a shambles.",
         "contradicts"),
        ("HARTLEY, 3 June 2025 - Mayor Tobias Grint said the town's new recycling scheme had"
         " 'exceeded every expectation'. Opposition councillor Wren Abbot, however, called"
         " the collection timetable 'a shambles'.\n",
         "Wren Abbot called the recycling collection timetable a shambles.", "supports"),
        # the words the claim quotes from the second sentence outweigh the context it
        # shares with the first
        ("CALDER, 9 March 2026 - Chairman Piet Aalders said the club's new stadium had been"
         " 'worth every penny'. Manager Rhona Keel, however, called its pitch 'a disgrace'"
         " after Saturday's defeat.\n",
         "Piet Aalders called the pitch at the club's new stadium a disgrace.", "contradicts"),
        ("CALDER, 9 March 2026 - Chairman Piet Aalders said the club's new stadium had been"
         " 'worth every penny'. Manager Rhona Keel, however, called its pitch 'a disgrace'"
         " after Saturday's defeat.\n",
         "Rhona Keel called the pitch at the club's new stadium a disgrace.", "supports"),
        ("CALDER, 9 March 2026 - Chairman Piet Aalders said the club's new stadium had been"
         " 'worth every penny'. Manager Rhona Keel, however, called its pitch 'a disgrace'"
         " after Saturday's defeat.\n",
         "Piet Aalders said the club's new stadium had been worth every penny.", "supports"),
    ],
)  # fmt: skip
def test_words_said_in_the_next_sentence_are_its_speakers(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


# --- a claim's word of change against the levels its thing went between ---------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a pilgrimage and a ferry: the levels went down where the claim says up
        ("KILRUSH, 2 September 2025 - About 3,000 people took part in this year's St Brannoc"
         " pilgrimage to Kilrush Abbey, down from 5,500 in 2023, organisers said.\n",
         "Attendance at the St Brannoc pilgrimage went up this year.", "contradicts"),
        ("KILRUSH, 2 September 2025 - About 3,000 people took part in this year's St Brannoc"
         " pilgrimage to Kilrush Abbey, down from 5,500 in 2023, organisers said.\n",
         "Attendance at the St Brannoc pilgrimage rose to 3,000 this year.", "contradicts"),
        ("KILRUSH, 2 September 2025 - About 3,000 people took part in this year's St Brannoc"
         " pilgrimage to Kilrush Abbey, down from 5,500 in 2023, organisers said.\n",
         "Attendance at the St Brannoc pilgrimage fell this year.", "supports"),
        ("GARROW, 14 January 2026 - Garrow Ferries carried some 410,000 passengers last"
         " year, compared with 520,000 in 2024, the company said.\n",
         "Garrow Ferries' passenger numbers rose last year.", "contradicts"),
        # the levels of another thing say nothing of the claim's
        ("AMMERDAL, 15 April 2025 - Dairy farmers in the Ammerdal valley were paid 41 cents"
         " a litre for milk in March, up from 36 cents a year earlier, their union said. Its"
         " president said the higher price had not made up for the cost of feed. The valley"
         " has about 320 dairy farms, down from 500 in 2010.\n",
         "Feed costs for Ammerdal dairy farmers rose 41 per cent.", "silent"),
    ],
)  # fmt: skip
def test_a_word_of_change_against_the_levels(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


# --- a figure's own sentence tells what it is a figure of -------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a kitchen maker and a glassworks: the sentence with the year tells another figure, the
        # sentence with the claim's figure names the claim's thing
        ("VESSMOOR, 20 March 2025 - Harlow & Pike reported a pre-tax profit of 48.6 million"
         " euros for 2024, up from 41 million a year earlier. Revenue rose 9% to 1.1"
         " billion euros.\n",
         "Harlow & Pike's revenue in 2024 was 1.1 billion euros.", "supports"),
        ("OSTRAVA, 3 March 2026 - Brennik Glass reported a net profit of 12 million crowns"
         " for 2025, its first in five years. Sales climbed 4 per cent to 610 million"
         " crowns.\n",
         "Brennik Glass's sales in 2025 were 610 million crowns.", "supports"),
        ("OSTRAVA, 3 March 2026 - Brennik Glass reported a net profit of 12 million crowns"
         " for 2025, its first in five years. Sales climbed 4 per cent to 610 million"
         " crowns.\n",
         "Brennik Glass's profit in 2025 was 610 million crowns.", "contradicts"),
        # a museum and an airport: the millionth one counts a million
        ("PELLAM, 7 June 2025 - The Pellam Museum of Maritime History welcomed its one"
         " millionth visitor on Friday, nine years after it opened.\n",
         "The Pellam Museum of Maritime History has welcomed 1m visitors.", "supports"),
        ("ORLA, 3 December 2025 - Orla airport handled its ten millionth passenger of the"
         " year on Tuesday, a first for the airport.\n",
         "Orla airport handled 12 million passengers this year.", "contradicts"),
    ],
)  # fmt: skip
def test_a_figures_own_sentence_tells_its_thing(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


# --- the opposite superlative of the same thing ------------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a cold month and a grain harvest: ranked at the other end
        ("HAVERLAND, 2 April 2026 - Last month was the coldest March in Haverland since"
         " records began in 1891, the national weather service said.\n",
         "Last month was Haverland's warmest March on record.", "contradicts"),
        ("KELDA, 30 August 2025 - Kelda's barley crop this year was the smallest since 2003,"
         " the farmers' union said after a wet spring.\n",
         "Kelda's barley crop this year was the largest since 2003.", "contradicts"),
        ("KELDA, 30 August 2025 - Kelda's barley crop this year was the smallest since 2003,"
         " the farmers' union said after a wet spring.\n",
         "Kelda's barley crop this year was the smallest since 2003.", "supports"),
    ],
)  # fmt: skip
def test_the_opposite_superlative(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


# --- a year that tells what a noun is, not when the count was made ------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an observatory and a bridge: 'taken in 2019', 'completed in 1932' describe a noun
        ("CALDER MOOR, 2 October 2025 - The observatory's director introduced astronomer Mira"
         " Castell, who said she had found three previously unknown comets in photographs"
         " taken in 2019.\n",
         "Mira Castell found three previously unknown comets.", "supports"),
        ("KESTON, 12 June 2025 - A suspension bridge completed in 1932 now carries 41,000"
         " vehicles a day across the Keston estuary, the roads agency said.\n",
         "The suspension bridge across the Keston estuary carries 41,000 vehicles a day.",
         "supports"),
        # a passive's year is the count's own
        ("HALDEN, 3 May 2025 - Thirty-one people were killed in 1998 when a tremor struck"
         " Halden. On Friday a smaller quake damaged two houses.\n",
         "An earthquake killed 31 people in Halden on Friday.", "silent"),
    ],
)  # fmt: skip
def test_a_year_that_describes_a_noun(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


# --- a withholding verb that is the claim's opposite ----------------------------------------


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a magistrates' court and a planning committee: 'refused' is the opposite of
        # 'granted', and the body that refused is no part of what was refused
        ("HALDON, 2 June 2025 - Kester Vane, 29, charged with arson, was refused bail at"
         " Haldon Magistrates' Court on Monday and remanded in custody.\n",
         "Kester Vane was granted bail by Haldon magistrates.", "contradicts"),
        ("HALDON, 2 June 2025 - Kester Vane, 29, charged with arson, was refused bail at"
         " Haldon Magistrates' Court on Monday and remanded in custody.\n",
         "Kester Vane was refused bail by Haldon magistrates.", "supports"),
        ("ESKERBY, 30 January 2024 - Ardent Homes was refused planning permission for 140"
         " flats on the Maltings site at a meeting of Eskerby council's planning committee"
         " on Tuesday.\n",
         "Ardent Homes was granted planning permission for 140 flats on the Maltings site.",
         "contradicts"),
        ("ESKERBY, 30 January 2024 - Ardent Homes was refused planning permission for 140"
         " flats on the Maltings site at a meeting of Eskerby council's planning committee"
         " on Tuesday.\n",
         "Ardent Homes was refused planning permission by Eskerby council.", "supports"),
    ],
)  # fmt: skip
def test_a_withholding_verb_is_the_opposite(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a water company and a council: falling short of a target is missing it, the
        # opposite of meeting it
        ("LONDON, 4 April 2025 - The Halden Water company missed its leakage target for the"
         " third year running, the regulator said on Tuesday.\n",
         "Halden Water met its leakage target.", "contradicts"),
        ("LONDON, 4 April 2025 - The Halden Water company missed its leakage target for the"
         " third year running, the regulator said on Tuesday.\n",
         "Halden Water fell short of its leakage target.", "supports"),
        ("BRISTOW, 4 April 2025 - Bristow council fell short of its recycling target again"
         " last year, a report said.\n",
         "Bristow council met its recycling target last year.", "contradicts"),
        # a rowing club's accountant and a councillor: cleared, a day between, of a deed
        ("NORBRIDGE, 6 June 2025 - Former accountant Gideon Pell was cleared on Friday of"
         " defrauding the Castlemere Rowing Club.\n",
         "Gideon Pell was convicted of defrauding the Castlemere Rowing Club.", "contradicts"),
        ("ARDEN, 2 May 2025 - Councillor Ama Reyes was cleared last week of breaching the"
         " council's code of conduct.\n",
         "Councillor Ama Reyes was found to have breached the council's code of conduct.",
         "silent"),
    ],
)  # fmt: skip
def test_targets_missed_and_charges_cleared(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a rice-export ban and a hosepipe ban: curbs are restrictions; a document that
        # denies them denies the claim that they were imposed ...
        ("ARDEN, 4 March 2025 - Unlike its neighbours, Velmora has imposed no export curbs"
         " on rice this year, officials said.\n",
         "Velmora has restricted its rice exports this year.", "contradicts"),
        ("HALDEN, 2 June 2025 - The city council curbed short-term holiday lets in the old"
         " town on Tuesday.\n",
         "Halden council restricted holiday lets in the old town.", "supports"),
        # ... and backs a claim that denies them, though the claim's 'not' reaches further
        ("ARDEN, 4 March 2025 - Unlike its neighbours, Velmora has imposed no export curbs"
         " on rice this year, officials said.\n",
         "Velmora has not restricted rice exports this year.", "supports"),
        ("KESTREL BAY, 8 July 2025 - The ferry Ardmore ran aground off Kestrel Bay on Monday"
         " carrying 212 passengers; with the crew there were 230 people on board, and"
         " nobody was hurt.\n",
         "No one on board the ferry Ardmore was hurt.", "supports"),
    ],
)  # fmt: skip
def test_a_denial_told_as_widely_or_more(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # an apple harvest and a ferry route: a figure told as a comparison with before
        # went that way ('a fifth smaller than'), whatever else in the story rose
        ("Growers in the Callow Vale expect this year's apple harvest to be about a fifth"
         " smaller than last year's. Prices paid by cider makers are expected to rise.\n",
         "The Callow Vale apple harvest is expected to rise by about 20 per cent this year.",
         False),
        ("Growers in the Callow Vale expect this year's apple harvest to be about a fifth"
         " smaller than last year's. A late frost damaged blossom in many orchards.\n",
         "The Callow Vale apple harvest is expected to fall by about 20 per cent this year.",
         True),
        ("Passenger numbers on the Ardmore ferry route were 12% higher than in 2023, the"
         " operator said. Freight volumes fell.\n",
         "Passenger numbers on the Ardmore ferry route fell 12% on 2023.", False),
        ("Passenger numbers on the Ardmore ferry route were 12% higher than in 2023, the"
         " operator said. Freight volumes fell.\n",
         "Passenger numbers on the Ardmore ferry route rose 12% on 2023.", True),
    ],
)  # fmt: skip
def test_a_figure_told_as_a_comparison_went_its_own_way(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # two crime tallies: the figure's clause counts another thing ('burglaries',
        # 'assaults'), and the claim's counted noun comes in the clause turned to with
        # 'while', with a figure of its own
        ("CASTLEREA, 15 January 2025 - Recorded burglaries in Castlerea fell 14 percent last"
         " year to 2,310, police said, while car thefts rose 9 percent.\n",
         "Police in Castlerea recorded 2,310 car thefts last year.", False),
        ("HALDEN, 20 January 2025 - Recorded street assaults in Halden fell 6 percent to"
         " 1,150 last year, while street robberies rose 11 percent.\n",
         "Police in Halden recorded 1,150 street robberies last year.", False),
        # ... and the claim's own tally is still told
        ("HALDEN, 20 January 2025 - Recorded street assaults in Halden fell 6 percent to"
         " 1,150 last year, while street robberies rose 11 percent.\n",
         "Halden recorded 1,150 street assaults last year.", True),
    ],
)  # fmt: skip
def test_a_figure_of_another_tally_in_the_same_sentence(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # a grain harvest and a mine's output: the claim names its kind after a place
        # ('the Ardlow barley crop'); the figure's sentence tells of another kind
        ("ARDLOW, 2 September 2025 - The wheat harvest on the Ardlow plain is expected to"
         " reach 1.9 million tonnes this year, the farmers' union said. The barley crop, by"
         " contrast, is forecast to rise 4 percent.\n",
         "The Ardlow barley crop is expected to reach 1.9 million tonnes.", False),
        ("KORVATH, 3 March 2025 - The iron ore output of the Korvath mines reached 12 million"
         " tonnes last year, the ministry said. Coal output, by contrast, fell.\n",
         "The Korvath coal output reached 12 million tonnes last year.", False),
        ("KIRKWALE, 14 January 2026 - Fisheries ministers of the three Skarn Sea states"
         " agreed on Tuesday to cut the herring quota for 2026 by 17 per cent, to 92,000"
         " tonnes. The mackerel quota was left unchanged.\n",
         "The Skarn Sea mackerel quota for 2026 is 92,000 tonnes.", False),
        # ... and the kind's own figure still backs it
        ("ARDLOW, 2 September 2025 - The barley harvest on the Ardlow plain is expected to"
         " reach 1.9 million tonnes this year, the farmers' union said.\n",
         "The Ardlow barley crop is expected to reach 1.9 million tonnes.", True),
    ],
)  # fmt: skip
def test_a_kind_named_after_a_place_is_the_claims_kind(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an airport and a container port: the claim's figure is told in a sentence that
        # neither names the claim's subject nor refers back to it; the subject's own
        # figure conflicts
        ("BELLMOUTH, 10 February 2025 - Bellmouth Airport handled a record 4.2 million"
         " passengers last year, the operator said. Separately, the rail operator said"
         " passenger numbers at the city's main station rose 5 percent to 11.6 million.\n",
         "Bellmouth Airport handled 11.6 million passengers last year.", "contradicts"),
        ("VELL, 12 March 2025 - Port Vell handled 2.1 million containers last year, its"
         " owner said. Separately, the operator of the city's inland depot said volumes"
         " there reached 3.4 million containers.\n",
         "Port Vell handled 3.4 million containers last year.", "contradicts"),
        # a sentence that refers back keeps its figure the subject's
        ("VELL, 12 March 2025 - Port Vell handled 2.1 million containers in 2022, its owner"
         " said. Last year it handled 3.4 million containers.\n",
         "Port Vell handled 3.4 million containers last year.", "supports"),
    ],
)  # fmt: skip
def test_a_figure_told_of_nothing_named_is_not_the_subjects(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a glacier survey and a border war: advancing is the opposite of retreating
        ("NORDAL, 4 October 2025 - The Varnsbreen glacier retreated by 38 metres over the"
         " past year, the Nordal Glaciology Institute said on Thursday.\n",
         "The Varnsbreen glacier advanced by 38 metres over the past year."),
        ("KESSEL, 2 May 2025 - Government troops retreated from the town of Ostrava on"
         " Tuesday after two days of shelling, the army said.\n",
         "Government troops advanced on the town of Ostrava on Tuesday."),
    ],
)  # fmt: skip
def test_advancing_and_retreating_are_opposites(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "contradicts"


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a bottling plant and a regional office: a place the sentence denies ('rather
        # than in Kirrin') is not given; the place it gives conflicts
        ("KIRRIN, 4 June 2024 - Drinks maker Solvia will build its new bottling plant in"
         " Amberley rather than in Kirrin, the company said on Tuesday.\n",
         "Solvia will build its new bottling plant in Kirrin."),
        ("DUNMORE, 9 May 2025 - The tax agency will open its new regional office in Halden"
         " instead of in Dunmore, the ministry said on Friday.\n",
         "The tax agency will open its new regional office in Dunmore."),
    ],
)  # fmt: skip
def test_a_place_denied_is_not_the_place_given(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "contradicts"


@pytest.mark.parametrize(
    ("doc", "claim", "supports"),
    [
        # a football fine and a regulator's fine: the deed the claim's name undergoes is
        # done to another name
        ("LEICESTER, 11 March 2025 - The league fined Northgate £5,000 for fielding an"
         " ineligible player and suspended one of its forwards, Lena Ortiz, for two"
         " matches.\n", "Lena Ortiz was fined £5,000 by the league.", False),
        ("LONDON, 26 June 2024 - The regulator fined Hartwell Insurance, the general"
         " insurance arm of Hartwell Group, £12m for mishandling claims. The group also"
         " owns Hartwell Bank.\n", "Hartwell Bank was fined £12m by the regulator.", False),
        # ... and to the claim's own name, described or by its surname
        ("PRAGUE, 3 May 2025 - In February the telecoms regulator fined Olomouc-based"
         " operator Morava Mobil 4.2 million crowns for deleting location data.\n",
         "Morava Mobil was fined 4.2 million crowns.", True),
        ("LEICESTER, 11 March 2025 - Forward Lena Ortiz broke the league's rules, and the"
         " league fined Ortiz £5,000 on Monday.\n",
         "Lena Ortiz was fined £5,000 by the league.", True),
    ],
)  # fmt: skip
def test_a_deed_done_to_another_name_is_not_the_claims(
    wire_stance, doc: str, claim: str, supports: bool
) -> None:
    assert (wire_stance(doc, claim) == "supports") is supports


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a currency and a bank's shares: the same move told as a big one and a slight one
        # is framed otherwise
        ("VALDA, 6 October 2025 - The Tarvish crown edged slightly lower against the dollar"
         " on Monday after the central bank left interest rates unchanged.\n",
         "The Tarvish crown plunged against the dollar on Monday after the central bank"
         " held interest rates.", "differs"),
        ("OSLO, 3 March 2025 - Shares in Halden Bank dipped on Monday after the bank held"
         " its dividend, traders said.\n",
         "Shares in Halden Bank plunged on Monday after the bank held its dividend.",
         "differs"),
        # ... while a move told without a size is the claim's
        ("OSLO, 3 March 2025 - Shares in Halden Bank dipped on Monday after the bank held"
         " its dividend, traders said.\n",
         "Shares in Halden Bank fell on Monday after the bank held its dividend.",
         "supports"),
    ],
)  # fmt: skip
def test_a_move_told_as_another_size_differs(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a copper mine and exam results: a decline is a fall
        ("TELENI, 19 May 2022 - Aurex Minerals said output at its Karsa copper mine fell 14"
         " per cent in the first quarter because of flooding.\n",
         "Copper output at the Karsa mine declined in the first quarter.", "supports"),
        ("NORTHBRIDGE, 14 August 2025 - The share of pupils in Northbridge achieving top"
         " grades declined to 24.1 percent this summer, the examinations board said.\n",
         "The share of Northbridge pupils achieving top grades fell to 24.1 percent.",
         "supports"),
        # ... while declining to do something is a refusal, not a fall
        ("TELENI, 19 May 2022 - Aurex Minerals declined to say whether output at its Karsa"
         " copper mine had been affected by flooding.\n",
         "Copper output at the Karsa mine fell because of flooding.", "silent"),
    ],
)  # fmt: skip
def test_a_decline_is_a_fall(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a department store and a ferry line: the claim's share is told of another thing
        # in the clause turned to with 'while'; its own thing's figure conflicts
        ("LINDQVARN, 9 January 2025 - Sales at the department store chain Halvorsen & Dahl"
         " rose 6 percent over the Christmas period, the company said, while online orders"
         " climbed by almost a quarter.\n",
         "Sales at Halvorsen & Dahl rose by almost a quarter over the Christmas period.",
         "contradicts"),
        ("ARDMORE, 3 August 2025 - Passenger numbers on the Ardmore ferry fell 3 percent in"
         " July, while freight volumes rose by about a third.\n",
         "Passenger numbers on the Ardmore ferry rose by about a third in July.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_share_told_of_the_other_clause_is_not_the_claims(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a reactor fault and an avalanche: 'both' where the other one was spared
        ("HELMSTAD, 29 August 2024 - Reactor 2 at the Helmstad nuclear station shut down"
         " automatically on Tuesday after a cooling pump fault. The station's other reactor"
         " kept running normally.\n",
         "Both reactors at the Helmstad station were shut down after a cooling pump fault.",
         "contradicts"),
        ("BEN TORRAN, 16 February 2022 - Two climbers were caught in an avalanche on Ben"
         " Torran yesterday. One man was taken to hospital with leg injuries; his companion"
         " was unhurt.\n",
         "Both climbers caught in the Ben Torran avalanche were injured.", "contradicts"),
        # ... and where both were not
        ("HELMSTAD, 29 August 2024 - Both reactors at the Helmstad nuclear station shut down"
         " automatically on Tuesday after a cooling pump fault, the operator said.\n",
         "Both reactors at the Helmstad station were shut down after a cooling pump fault.",
         "supports"),
    ],
)  # fmt: skip
def test_both_where_the_other_one_was_spared(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a lander and pay talks: all of the claim but its verdict on the event, where the
        # verdict weighs too much for the rest to state the claim plainly, differs
        ("KORSA, 3 June 2025 - The Fennec lander mission ended on Thursday when the craft"
         " lost contact with controllers seconds before touchdown, the agency said.\n",
         "The Fennec lander mission ended in failure.", "differs"),
        ("ORVIK, 2 May 2025 - The Orvik teacher pay talks ended on Friday with both sides"
         " agreeing to meet again next month, the union said.\n",
         "The Orvik teacher pay talks ended in a breakthrough.", "differs"),
        # a stadium loan and a ferry subsidy: what the cost is said to be ('a costly
        # gamble', 'a bailout') is a verdict too
        ("DARWEN, 5 May 2025 - The county has approved a 40 million pound loan to Darwen"
         " Rovers to rebuild their stadium, the council leader said on Monday.\n",
         "The county's 40 million pound loan to Darwen Rovers is a costly gamble.",
         "differs"),
        ("SKALA, 12 March 2025 - The government will make a 90 million crown payment to"
         " the ferry operator Nordlink to keep its island routes running, the transport"
         " ministry said.\n",
         "The government's 90 million crown payment to Nordlink is a bailout.", "differs"),
        # a chief executive's exit and a licensing scheme: 'forced out', 'a crackdown'
        # are verdicts on the event, not facts of it
        ("LEEDS, 4 April 2025 - Aldercrest Insurance said on Friday that its chief"
         " executive, Graham Tolley, had left the company after nine years.\n",
         "Aldercrest Insurance chief executive Graham Tolley was forced out after nine"
         " years.", "differs"),
        ("SOUTHBRIDGE, 2 June 2025 - Southbridge council will require every landlord in the"
         " city to join a rent registry from January, the council said.\n",
         "Southbridge's rent registry for every landlord is a crackdown.", "differs"),
        # ... while a passage that does not tell the event is silent
        ("ORVIK, 2 May 2025 - Orvik council said on Friday that its teachers would get a"
         " new staff room next month.\n",
         "The Orvik teacher pay talks ended in a breakthrough.", "silent"),
    ],
)  # fmt: skip
def test_the_event_told_without_the_claims_verdict_differs(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "expected"),
    [
        # a rugby final and a badminton final: 'B beat A' is 'A lost to B'; with the
        # names the other way round it is still the opposite
        ("Carrick Bay held off a late fightback to beat Harlton 27-24 in the final of the"
         " Western Cup at Mallow Park on Sunday.\n",
         "Harlton lost the Western Cup final to Carrick Bay.", "supports"),
        ("Carrick Bay held off a late fightback to beat Harlton 27-24 in the final of the"
         " Western Cup at Mallow Park on Sunday.\n",
         "Carrick Bay lost the Western Cup final to Harlton.", "contradicts"),
        ("Top seed Mei Ling Tan came from a game down to beat Denmark's Freja Holm 17-21,"
         " 21-15, 21-12 in the women's singles final of the Nordic Open on Sunday.\n",
         "Freja Holm lost the Nordic Open final to Mei Ling Tan.", "supports"),
        ("Top seed Mei Ling Tan came from a game down to beat Denmark's Freja Holm 17-21,"
         " 21-15, 21-12 in the women's singles final of the Nordic Open on Sunday.\n",
         "Mei Ling Tan lost the Nordic Open final to Freja Holm.", "contradicts"),
    ],
)  # fmt: skip
def test_a_loss_is_a_win_told_from_the_other_side(
    wire_stance, doc: str, claim: str, expected: str
) -> None:
    assert wire_stance(doc, claim) == expected


@pytest.mark.parametrize(
    ("doc", "claim", "expected"),
    [
        # a rugby final, a council vote and a snooker match: a margin is the difference
        # of the result's two tallies
        ("Carrick Bay held off a late fightback to beat Harlton 27-24 in the final of the"
         " Western Cup on Sunday.\n",
         "Carrick Bay beat Harlton by three points in the Western Cup final.", "supports"),
        ("Carrick Bay held off a late fightback to beat Harlton 27-24 in the final of the"
         " Western Cup on Sunday.\n",
         "Carrick Bay beat Harlton by five points in the Western Cup final.", "contradicts"),
        ("Councillors in Brenford voted 31-18 on Tuesday to approve the new bus depot.\n",
         "Brenford councillors approved the bus depot by 13 votes.", "supports"),
        ("Councillors in Brenford voted 31-18 on Tuesday to approve the new bus depot.\n",
         "Brenford councillors approved the bus depot by three votes.", "contradicts"),
        ("Jack Thornley led Callum Reid 5-4 after the first session of their quarter-final"
         " at the Crucible on Monday.\n",
         "Jack Thornley led Callum Reid by two frames after the first session.",
         "contradicts"),
        # a netball match and a rugby final: a lead on the way is no final margin, and
        # does not stand in the way of the result's
        ("The Thornbury Flames beat the Ashcombe Herons 58-51 in the national netball"
         " league on Sunday. The Herons had led by four goals at the end of the third"
         " quarter before the Flames won the last quarter 17-6.\n",
         "The Ashcombe Herons lost to the Thornbury Flames by four goals.", "contradicts"),
        ("Carrick Bay held off a late fightback to beat Harlton 27-24 in the final of the"
         " Western Cup at Mallow Park on Sunday. Harlton had led by seven points at"
         " half-time.\n",
         "Harlton lost the Western Cup final to Carrick Bay by three points.", "supports"),
        # a high jump and a track race: the margin lies between the two results
        ("Laila Osei cleared 2.01 metres in Varna on Saturday to win the women's high"
         " jump. Daria Lysenko took silver with 1.97 metres.\n",
         "Laila Osei won the high jump, beating Daria Lysenko by four centimetres.",
         "supports"),
        ("Marta Vela won the Ostrava 10,000 metres in 27 minutes 41 seconds on Friday, with"
         " Paul Kibet second in 27 minutes 47 seconds.\n",
         "Marta Vela won the Ostrava 10,000 metres, beating Paul Kibet by six seconds.",
         "supports"),
        # ... and a result alone is no margin: the winner's height or time is not told
        # against it
        ("Laila Osei cleared 2.01 metres in Varna on Saturday to win the women's high"
         " jump ahead of Daria Lysenko.\n",
         "Laila Osei won the high jump in Varna, beating Daria Lysenko by four centimetres.",
         "silent"),
        ("Marta Vela beat Paul Kibet to win the Ostrava 10,000 metres in 27 minutes 41"
         " seconds on Friday.\n",
         "Marta Vela won the Ostrava 10,000 metres, beating Paul Kibet by six seconds.",
         "silent"),
    ],
)  # fmt: skip
def test_a_margin_is_the_difference_of_the_tallies(
    wire_stance, doc: str, claim: str, expected: str
) -> None:
    assert wire_stance(doc, claim) == expected


@pytest.mark.parametrize(
    ("doc", "claim", "expected"),
    [
        # a toy maker's sales and a dairy's profit: a change in per cent and the level it
        # reached tell where it started
        ("Kestrel Toys said on Monday that sales rose 25% to £50m in the year to March,"
         " helped by demand for its board games.\n",
         "Kestrel Toys' sales rose from £40m to £50m in the year to March.", "supports"),
        ("Kestrel Toys said on Monday that sales rose 25% to £50m in the year to March,"
         " helped by demand for its board games.\n",
         "Kestrel Toys' sales rose from £30m to £50m in the year to March.", "contradicts"),
        ("Ridgeway Dairies' pre-tax profit halved to 12 million euros in 2024 as milk prices"
         " fell, the cooperative said.\n",
         "Ridgeway Dairies' pre-tax profit fell from 24 million euros in 2024.", "supports"),
        ("Ridgeway Dairies' pre-tax profit halved to 12 million euros in 2024 as milk prices"
         " fell, the cooperative said.\n",
         "Ridgeway Dairies' pre-tax profit fell from 30 million euros to 12 million euros"
         " in 2024.", "contradicts"),
    ],
)  # fmt: skip
def test_a_change_and_its_level_tell_where_it_started(
    wire_stance, doc: str, claim: str, expected: str
) -> None:
    assert wire_stance(doc, claim) == expected


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a bridge repair and a solar park: a share of a sum told before it ('a third of
        # the cost') comes to an amount the claim may give
        ("Greywater Council will spend £2.4m repairing the Old Quay bridge, it said on"
         " Friday. A third of the cost will be met by the regional transport fund.\n",
         "The regional transport fund will pay £800,000 towards repairing the Old Quay"
         " bridge."),
        ("The Ostvik solar park cost 96 million crowns to build. Forty per cent of the"
         " funding came from the state energy agency, the developer said.\n",
         "The state energy agency provided 38.4 million crowns for the Ostvik solar park."),
    ],
)  # fmt: skip
def test_a_share_of_a_sum_comes_to_its_amount(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "supports"


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a housing goal and a waiting-time target: a figure aimed at tells nothing of
        # what was done, so it neither backs nor denies the claim's
        ("The ministry's goal was 12,000 new homes in 2024, it said.\n",
         "The ministry built 9,000 new homes in 2024."),
        ("The national target is for 95 per cent of patients at Cranleigh General to be"
         " seen within four hours.\n",
         "Only 50 per cent of patients at Cranleigh General were seen within four hours."),
    ],
)  # fmt: skip
def test_a_target_neither_backs_nor_denies_a_figure(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "silent"


@pytest.mark.parametrize(
    ("doc", "claim", "expected"),
    [
        # waiting times and planning decisions: a share beyond a span of time is the
        # rest of the share within it
        ("Sixty per cent of patients arriving at the emergency department of Cranleigh"
         " General Hospital in June waited more than four hours to be seen.\n",
         "At Cranleigh General in June, 40 per cent of patients were seen within four"
         " hours.", "supports"),
        ("Sixty per cent of patients arriving at the emergency department of Cranleigh"
         " General Hospital in June waited more than four hours to be seen.\n",
         "At Cranleigh General in June, 60 per cent of patients were seen within four"
         " hours.", "contradicts"),
        ("Seventy per cent of planning applications in Dunmore took longer than eight weeks"
         " to decide last year, an audit found.\n",
         "Dunmore decided 30 per cent of planning applications within eight weeks last"
         " year.", "supports"),
        ("Seventy per cent of planning applications in Dunmore took longer than eight weeks"
         " to decide last year, an audit found.\n",
         "Dunmore decided 70 per cent of planning applications within eight weeks last"
         " year.", "contradicts"),
        # ... while a sentence that tells both shares tells each as it is
        ("Only 60 per cent of patients at Cranleigh General in June were seen within four"
         " hours, and 40 per cent waited more than four hours.\n",
         "At Cranleigh General in June, 60 per cent of patients were seen within four"
         " hours.", "supports"),
    ],
)  # fmt: skip
def test_a_share_beyond_a_span_is_the_rest_of_the_share_within(
    wire_stance, doc: str, claim: str, expected: str
) -> None:
    assert wire_stance(doc, claim) == expected


@pytest.mark.parametrize(
    ("doc", "claim", "expected"),
    [
        # a jobs report and a price report: the whole's figure is not the part's
        ("Unemployment in Carthmore fell to 5.2 per cent in the second quarter, the"
         " statistics office said.\n",
         "Youth unemployment in Carthmore fell to 5.2 per cent in the second quarter.",
         "silent"),
        ("Unemployment in Carthmore fell to 5.2 per cent in the second quarter. Youth"
         " unemployment fell to 11.4 per cent.\n",
         "Youth unemployment in Carthmore fell to 5.2 per cent in the second quarter.",
         "contradicts"),
        ("Inflation in Varnland rose to 3.1 per cent in May, the central bank said.\n",
         "Core inflation in Varnland rose to 3.1 per cent in May.", "silent"),
        ("Inflation in Varnland rose to 3.1 per cent in May, the central bank said. Core"
         " inflation held at 2.4 per cent.\n",
         "Core inflation in Varnland rose to 3.1 per cent in May.", "contradicts"),
    ],
)  # fmt: skip
def test_a_figure_of_the_whole_is_not_the_parts(
    wire_stance, doc: str, claim: str, expected: str
) -> None:
    assert wire_stance(doc, claim) == expected


@pytest.mark.parametrize(
    ("doc", "claim", "expected"),
    [
        # a hockey season and a bakery: the event and the claim's cause side by side,
        # never tied, leave the cause unsaid
        ("The Loxley women's hockey team were relegated from the National Premier Division"
         " on Saturday after a 3-1 defeat at Pemberton. The club lost six first-team"
         " players to retirement and injury last summer.\n",
         "Loxley were relegated because they lost six players last summer.", "silent"),
        ("Crustworth Bakery will close its Deansgate shop in March, the owners said. Rents"
         " on the street have doubled since 2022.\n",
         "Crustworth Bakery is closing its Deansgate shop because rents on the street have"
         " doubled.", "silent"),
        # car jobs and a cave closure: the same event with another reason differs
        ("MERRIVALE, September 3, 2024 - Ostrava Motors is cutting 450 jobs at its"
         " Merrivale plant as it switches to electric vehicle production, the carmaker"
         " said.\n",
         "Ostrava Motors is cutting 450 jobs at Merrivale because of falling sales.",
         "differs"),
        ("CARROW, 9 October 2024 - The Carrow Caves will close to visitors in November,"
         " the park authority said. The closure would allow bats to hibernate"
         " undisturbed.\n",
         "The Carrow Caves will close to visitors in November because of rockfalls.",
         "differs"),
        # a ferry route and an airport strike: the cause tied to the event, or the thing
        # the story is about, back it
        ("Ferry crossings between Skelling and the Orra islands were halted on Monday as"
         " gale-force winds battered the coast, operator IsleLink said.\n",
         "Ferry crossings between Skelling and the Orra islands were halted on Monday"
         " because of gale-force winds.", "supports"),
        ("LEXFORD, 2 August 2024 - Baggage handlers at Lexford airport staged a 24-hour"
         " strike on Friday. The airport said 40 of its 310 scheduled flights were"
         " cancelled.\n",
         "40 flights were cancelled at Lexford airport because of the baggage handlers'"
         " strike.", "supports"),
    ],
)  # fmt: skip
def test_a_claims_cause_must_be_told(wire_stance, doc: str, claim: str, expected: str) -> None:
    assert wire_stance(doc, claim) == expected


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a drug seizure and an earthquake: the figure of the earlier event a ranking
        # looks back to ('since 2019, when 520kg was found') is not this event's
        ("Border officers at the port of Callendar seized 410 kilograms of cocaine, the"
         " revenue service said. It was the largest seizure at the port since 2019, when"
         " 520kg was found.\n",
         "Officers at Callendar seized 520 kilograms of cocaine."),
        ("The earthquake killed 12 people in the province of Varno, officials said. It was"
         " the deadliest quake in the region since 1998, when 31 people died.\n",
         "The earthquake in Varno killed 31 people."),
    ],
)  # fmt: skip
def test_a_figure_of_the_earlier_event_a_ranking_recalls(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "contradicts"


@pytest.mark.parametrize(
    ("doc", "claim", "expected"),
    [
        # children's mental health and hip surgery: a span of another thing ('to be spent
        # over three years') does not tell how long anyone waited
        ("The health minister announced £45m for children's mental health services in"
         " Harth on Tuesday, to be spent over three years. About 9,000 children in the"
         " region are waiting for a first appointment.\n",
         "About 9,000 children in Harth have waited more than a year for a first"
         " appointment.", "silent"),
        ("The Kelby hospital trust will spend £8m over two years to cut its waiting lists,"
         " it said on Monday. About 400 patients at Kelby hospital are waiting for hip"
         " surgery.\n",
         "About 400 patients at Kelby hospital have waited more than a year for hip"
         " surgery.", "silent"),
        # ... while the same bound, told in other words, still does
        ("A ferry ran aground on Lake Orman late on Thursday, leaving 212 passengers stranded"
         " for more than six hours before they were transferred to rescue boats.\n",
         "More than 200 passengers were stranded for over six hours after a ferry ran aground"
         " on Lake Orman.", "supports"),
    ],
)  # fmt: skip
def test_a_span_of_another_thing_is_not_the_claims(
    wire_stance, doc: str, claim: str, expected: str
) -> None:
    assert wire_stance(doc, claim) == expected


@pytest.mark.parametrize(
    ("doc", "claim", "expected"),
    [
        # a ferry disaster and a coach crash: all a vessel carried is no count of those
        # something befell
        ("At least 63 people died when a ferry carrying about 220 passengers capsized off"
         " Port Savin on Wednesday, officials said.\n",
         "More than 200 people died when the ferry capsized off Port Savin.", "silent"),
        ("A coach carrying 52 schoolchildren overturned on the A40 near Brecon on Friday."
         " Two adults died and 14 children were taken to hospital.\n",
         "52 schoolchildren were injured when a coach overturned near Brecon.", "silent"),
        ("A coach carrying 52 schoolchildren overturned on the A40 near Brecon on Friday."
         " Two adults died and 14 children were taken to hospital.\n",
         "14 children were taken to hospital after a coach overturned near Brecon.",
         "supports"),
    ],
)  # fmt: skip
def test_all_aboard_is_no_count_of_what_befell_some(
    wire_stance, doc: str, claim: str, expected: str
) -> None:
    assert wire_stance(doc, claim) == expected


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a takeover offer and a bus depot: an opposite the sentence denies ('did not
        # reject') says no opposite of the claim's word
        ("Halvard Lines did not reject the offer, its chairman said on Monday.\n",
         "Halvard Lines accepted the offer."),
        ("Councillors in Brenford did not reject the bus depot plan outright on Tuesday,"
         " asking the developer for a revised version.\n",
         "Brenford councillors approved the bus depot plan on Tuesday."),
    ],
)  # fmt: skip
def test_a_denied_opposite_is_no_contradiction(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "silent"


@pytest.mark.parametrize(
    ("doc", "claim", "expected"),
    [
        # a shipwreck and a bank branch: what a group did is not what the one the claim
        # names did, when that one's own sentence denies it
        ("Nine of the twelve crew survived, the coastguard said. The captain did not"
         " survive.\n", "The captain survived.", "contradicts"),
        ("Most of the 40 staff at the Brenford branch will keep their jobs, the bank said on"
         " Monday. The branch manager will not keep her job.\n",
         "The Brenford branch manager will keep her job.", "contradicts"),
        ("Most of the 40 staff at the Brenford branch will keep their jobs, the bank said on"
         " Monday. The branch manager will not keep her job.\n",
         "Most of the staff at the Brenford branch will keep their jobs.", "supports"),
    ],
)  # fmt: skip
def test_the_group_is_not_the_one_its_own_sentence_denies(
    wire_stance, doc: str, claim: str, expected: str
) -> None:
    assert wire_stance(doc, claim) == expected


@pytest.mark.parametrize(
    ("doc", "claim", "expected"),
    [
        # a jobless rate and an inflation rate: 'eased to' is a fall, 'picked up to' a rise
        ("Unemployment in Ostland eased to 5.1 per cent in May from 5.4 per cent in April,"
         " the statistics office said.\n",
         "Unemployment in Ostland fell to 5.1 per cent in May.", "supports"),
        ("Annual consumer price inflation in Selvania picked up to 3.4% in August from 2.9% in"
         " July, the statistics office said on Tuesday.\n",
         "Selvanian inflation rose to 3.4 per cent in August.", "supports"),
        ("Annual consumer price inflation in Selvania picked up to 3.4% in August from 2.9% in"
         " July, the statistics office said on Tuesday.\n",
         "Selvanian inflation eased to 2.9 per cent in August.", "contradicts"),
    ],
)  # fmt: skip
def test_a_rate_that_eased_or_picked_up(wire_stance, doc: str, claim: str, expected: str) -> None:
    assert wire_stance(doc, claim) == expected


@pytest.mark.parametrize(
    ("doc", "claim", "expected"),
    [
        # a crisis centre and broadband: a word that narrows the claim's thing to a part
        # ('youth', 'rural') the document never says leaves the claim unsupported
        ("The Eastvale Health Board will open a mental health crisis centre in Tyneford next"
         " spring, it said on Monday. The centre will have 12 beds.\n",
         "The Eastvale Health Board will open a youth mental health crisis centre in"
         " Tyneford next spring.", "silent"),
        ("Gigabit broadband can now reach 82% of premises in Wexmoor, the county council said"
         " on Monday, up from 61% two years ago.\n",
         "Gigabit broadband can now reach 82% of rural premises in Wexmoor.", "silent"),
        ("Gigabit broadband can now reach 82% of premises in Wexmoor, the county council said"
         " on Monday, up from 61% two years ago.\n",
         "Gigabit broadband can now reach 82% of premises in Wexmoor.", "supports"),
        # ... not a word that is itself what is counted
        ("A bus carrying pupils crashed near Dunmore on Monday. Three children were injured,"
         " police said.\n",
         "Three children were injured when a bus crashed near Dunmore.", "supports"),
    ],
)  # fmt: skip
def test_a_part_the_document_never_names(wire_stance, doc: str, claim: str, expected: str) -> None:
    assert wire_stance(doc, claim) == expected


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a protest and a football match: a claim that no one suffered or did something
        # is contradicted by a sentence that tells it of someone, by name or by count
        ("LEEDS, March 9, 2025 - About 2,000 people marched through the city centre on"
         " Saturday. Police arrested a 23-year-old man at the protest for throwing a"
         " bottle at officers.\n",
         "No one was arrested at the protest.", "contradicts"),
        ("PERTH, April 6, 2025 - Rovers beat Albion 2-1 in a bad-tempered derby on Sunday."
         " Albion defender Craig Munro was sent off in the derby for a second booking.\n",
         "No player was sent off in the derby.", "contradicts"),
        # ... not when the sentence only fears it, denies it too, or tells of another
        # event than the claim's
        ("LEEDS, March 9, 2025 - About 2,000 people marched through the city centre on"
         " Saturday. Organisers said marchers could have been arrested at the protest if"
         " it had turned violent.\n",
         "No one was arrested at the protest.", "silent"),
        ("PERTH, April 6, 2025 - Rovers beat Albion 2-1 in a bad-tempered derby on Sunday."
         " Albion defender Craig Munro was sent off in last month's cup tie.\n",
         "No player was sent off in the derby.", "silent"),
    ],
)  # fmt: skip
def test_a_denial_that_anyone_suffered_it(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a book prize and a clinical trial: a role 'of' a group before the name ('Chair
        # of judges Owen Prior') leaves the name the speaker, and a claim that quotes a
        # title as well as someone's words is judged on the words
        ("DUBLIN, 4 March 2025 - The novelist Teodora Rusu has won the Meridian Book Prize"
         " for 'The Salt Orchard', the judges announced on Tuesday. Chair of judges Owen"
         " Prior called it 'a novel that will be read in a hundred years'.\n",
         "Teodora Rusu said 'The Salt Orchard' was 'a novel that will be read in a hundred"
         " years'.", "contradicts"),
        ("DUBLIN, 4 March 2025 - The novelist Teodora Rusu has won the Meridian Book Prize"
         " for 'The Salt Orchard', the judges announced on Tuesday. Chair of judges Owen"
         " Prior called it 'a novel that will be read in a hundred years'.\n",
         "Owen Prior said 'The Salt Orchard' was 'a novel that will be read in a hundred"
         " years'.", "supports"),
        ("BASEL, 9 June 2025 - Drevia said its migraine pill had failed a late-stage trial."
         " Head of research Dana Kovac said 'the results are a blow to every patient who"
         " hoped for a new treatment'.\n",
         "Dana Kovac said the results were 'a blow to every patient who hoped for a new"
         " treatment'.", "supports"),
    ],
)  # fmt: skip
def test_whose_words_after_a_role_of_a_group(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a library and a bus company: a claim that gives the purpose of a deed ('to save
        # money') differs where the same deed is given another purpose, and is not
        # backed where none is given
        ("MARLOW HEATH, 3 June 2025 - Marlow Heath's central library will close on"
         " Saturdays from September, the council said. Councillor Ben Ostrow said the change"
         " would 'protect weekday opening hours for the people who use it most'.\n",
         "Marlow Heath's central library is closing on Saturdays to save money.", "differs"),
        ("MARLOW HEATH, 3 June 2025 - Marlow Heath's central library will close on"
         " Saturdays from September, the council said.\n",
         "Marlow Heath's central library is closing on Saturdays to save money.", "silent"),
        ("CARDEN, 9 May 2025 - Redline will cut three rural bus routes from July to save"
         " money, the company said.\n",
         "Redline is cutting three rural bus routes to save money.", "supports"),
    ],
)  # fmt: skip
def test_a_purpose_is_a_cause_the_document_must_give(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # an esports final and a county cup: 'took the title', 'took the cup' is a win,
        # and the title need not be named where the claim's winner is told losing
        ("KELBY, 3 March 2025 - Team Halcyon won the Northern Circuit finals on Sunday,"
         " beating Vexa Esports 3-1 in front of 4,000 fans.\n",
         "Vexa Esports took the Northern Circuit title with a 3-1 victory over Team"
         " Halcyon.", "contradicts"),
        ("ASHFORD, 12 May 2025 - Harlton beat Carrick Bay 2-0 in the county cup final at"
         " Mill Lane on Saturday.\n",
         "Carrick Bay took the county cup with a 2-0 win over Harlton.", "contradicts"),
        # ... and the winner's own account still backs it
        ("ASHFORD, 12 May 2025 - Harlton beat Carrick Bay 2-0 in the county cup final at"
         " Mill Lane on Saturday.\n",
         "Harlton took the county cup with a 2-0 win over Carrick Bay.", "supports"),
    ],
)  # fmt: skip
def test_taking_the_title_is_winning(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a typhoon and a factory fire: 'no deaths had been reported', 'there were no
        # injuries' say no one suffered the fate the claim counts
        ("PALLAS, 6 September 2025 - Typhoon Lumen made landfall on Pallas Island on"
         " Saturday. Officials said no deaths had been reported, though 14 people were"
         " treated for injuries.\n",
         "Typhoon Lumen killed at least three people on Pallas Island.", "contradicts"),
        ("HEXHAM, 2 April 2025 - A fire destroyed a warehouse at the Hexham paper mill on"
         " Tuesday night. The fire service said there were no injuries among the 40 staff"
         " on shift.\n",
         "Two workers were injured in the fire at the Hexham paper mill.", "contradicts"),
    ],
)  # fmt: skip
def test_no_deaths_is_no_one_killed(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a game release and a council vote: brought forward is the opposite of pushed
        # back, and the same
        ("BRISTOL, 3 July 2025 - The release of the game 'Ember Crown' has been pushed back"
         " from October to February, its developer, Northlight Studios, said.\n",
         "Northlight Studios has brought forward the release of 'Ember Crown'.",
         "contradicts"),
        ("TARN, 9 May 2025 - Tarn council has delayed its vote on the new bus depot until"
         " the autumn, the council leader said.\n",
         "Tarn council has brought forward its vote on the new bus depot.", "contradicts"),
        ("TARN, 9 May 2025 - Tarn council has brought forward its vote on the new bus depot"
         " to June, the council leader said.\n",
         "Tarn council has brought forward its vote on the new bus depot.", "supports"),
    ],
)  # fmt: skip
def test_brought_forward_is_not_delayed(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a glacier and a pension fund: 'shrunk' and 'shrank' are 'shrink', a fall
        ("ZERMATT, 9 October 2025 - The Sarnegg glacier has shrunk every year since records"
         " began, and it shrank again last year, the monitoring network said.\n",
         "The Sarnegg glacier grew last year.", "contradicts"),
        ("OSLO, 2 February 2025 - The Nordvik pension fund shrank by 3 percent last year as"
         " bond prices fell, the fund said.\n",
         "The Nordvik pension fund fell by 3 percent last year.", "supports"),
        ("OSLO, 2 February 2025 - The Nordvik pension fund has shrunk by 3 percent over the"
         " past year as bond prices fell, the fund said.\n",
         "The Nordvik pension fund has grown by 3 percent over the past year.",
         "contradicts"),
    ],
)  # fmt: skip
def test_an_irregular_past_is_its_verb(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a ski jumping event and a summit: the claim's day matched beside a sentence that
        # gives its own day to what it tells is that other event's day
        ("Lukas Brenner won the World Cup ski jumping event in Halvik on Sunday with jumps"
         " of 134 and 138.5 metres. Jan Kovac was second. The next event is in Zakrovo on"
         " Saturday.\n",
         "Lukas Brenner won the World Cup ski jumping event in Zakrovo on Sunday.",
         "contradicts"),
        ("Leaders of the five Corran Basin states met in Trevane on Wednesday and agreed to"
         " set up a joint water agency. Their next summit will be held in Orsay on Friday.\n",
         "Leaders of the five Corran Basin states met in Orsay on Wednesday.", "contradicts"),
        # ... while a sentence whose day is the claim's other day is no other event
        ("Linden Hill school has been closed since Monday, March 10, the district said. It"
         " will stay closed through March 24.\n",
         "Linden Hill school has been closed since March 10 and will stay closed through"
         " March 24.", "supports"),
    ],
)  # fmt: skip
def test_a_day_matched_beside_a_sentence_with_its_own_day(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a forestry committee and a jury: a tally with votes against is no unanimity,
        # even where it closes the paragraph
        ("Minutes of the Ryedale Forest Committee, 4 March. Item 3: The committee approved"
         " the felling of 120 hectares of spruce in Baxby Wood. Cllr Hughes asked that the"
         " footpath stay open. Motion carried 6 votes to 2.\n",
         "The Ryedale Forest Committee unanimously approved felling spruce in Baxby Wood.",
         "contradicts"),
        ("LEEDS, 3 June 2025 - A jury at Leeds Crown Court convicted Marco Ortiz of fraud on"
         " Tuesday by a majority of 10 to 2.\n",
         "A jury at Leeds Crown Court unanimously convicted Marco Ortiz of fraud.",
         "contradicts"),
        # ... and a vote with none against is one
        ("LEEDS, 3 June 2025 - The Leeds planning committee approved the new library on"
         " Tuesday by 9 votes to 0.\n",
         "The Leeds planning committee unanimously approved the new library.", "silent"),
    ],
)  # fmt: skip
def test_a_split_vote_is_not_unanimous(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # water bills and season tickets: 'up by 62 pounds a year to 530 pounds' started
        # from 468 pounds, and 'down by 40 to 310' from 350
        ("LEEDS, 3 March 2025 - Average household water bills will go up by 62 pounds a"
         " year to 530 pounds from April, the regulator said.\n",
         "Average household water bills will rise from 468 pounds a year in April.",
         "supports"),
        ("LEEDS, 3 March 2025 - Average household water bills will go up by 62 pounds a"
         " year to 530 pounds from April, the regulator said.\n",
         "Average household water bills will rise from 490 pounds a year in April.",
         "contradicts"),
        ("HULL, 2 June 2025 - Hull City will cut the price of an adult season ticket by 40"
         " pounds to 310 pounds for next season, the club said.\n",
         "Hull City's adult season ticket will fall from 350 pounds next season.",
         "supports"),
    ],
)  # fmt: skip
def test_a_change_and_its_level_give_its_start(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a football match and a rugby match: a score given otherwise in a sentence that
        # names both sides is the same match told with another result
        ("DUNMORE, 6 April 2025 - Dunmore Athletic came from two goals down to draw 2-2 with"
         " Kelso Rangers at Brennan Park on Saturday. Substitute Cian Rooke scored twice in"
         " the last 15 minutes.\n",
         "Cian Rooke's late double gave Dunmore Athletic a 2-1 victory over Kelso Rangers.",
         "contradicts"),
        ("BATH, 9 March 2025 - Bath Harlequins beat Exeter Vale 27-24 at the Rec on"
         " Sunday.\n",
         "A late try earned Bath Harlequins a 27-20 victory over Exeter Vale.", "contradicts"),
        # ... not a score of the claim's side against another
        ("BATH, 9 March 2025 - Bath Harlequins beat Gloucester Park 27-24 at the Rec on"
         " Sunday.\n",
         "A late try earned Bath Harlequins a 27-20 victory over Exeter Vale.", "silent"),
    ],
)  # fmt: skip
def test_a_score_between_the_same_sides(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a council budget and a seafront pier: 'signed off' is 'approved', 'knocked
        # down' is 'demolished'
        ("DORRINGTON, 5 February 2025 - Dorrington councillors approved a 4.99% council tax"
         " rise for 2026 on Wednesday night.\n",
         "Dorrington councillors have signed off a 4.99% council tax rise for 2026.",
         "supports"),
        # a haulier's collapse and a library service: 'under threat' is 'at risk'
        ("TENBY, 3 May 2025 - The haulage firm Brennan Freight has gone into"
         " administration, putting 430 jobs at risk, the administrators said.\n",
         "Brennan Freight has gone into administration with 430 jobs under threat.",
         "supports"),
        ("ORMSBY, 9 June 2025 - Five of Ormsby's branch libraries are at risk of closure"
         " under the council's budget plans.\n",
         "Five of Ormsby's branch libraries are under threat of closure.", "supports"),
        ("SKEGBY, 2 May 2025 - The old Victoria pier at Skegby was demolished in 2019 after"
         " storm damage, the council said.\n",
         "The old Victoria pier at Skegby was knocked down in 2019.", "supports"),
    ],
)  # fmt: skip
def test_phrasal_verbs_read_as_their_verbs(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a cup final and an office move: a light verb ('was played', 'is based') the
        # passage does not repeat leaves the claim told
        ("GLASGOW, 17 May 2025 - Kelburn Athletic beat Port Ardmore 3-2 after extra time in"
         " the Caledonian Cup final at Hampden Park on Saturday.\n",
         "The Caledonian Cup final was played at Hampden Park on 17 May 2025.", "supports"),
        ("DUNDEE, 4 December 2024 - Poet Alan Greer won the Tayside Prize for poetry on"
         " Monday for his collection 'Low Water'. The judges called it 'fierce'. The prize"
         " carries an award of 20,000 pounds, which Greer said he would give to a library.\n",
         "Alan Greer's collection Low Water took the Tayside Prize, worth 20,000 pounds.",
         "supports"),
        # ... but never the claim's other words
        ("GLASGOW, 17 May 2025 - Kelburn Athletic beat Port Ardmore 3-2 after extra time at"
         " Hampden Park on Saturday.\n",
         "The Caledonian Cup final was played at Hampden Park on 17 May 2025.", "silent"),
    ],
)  # fmt: skip
def test_a_light_verb_need_not_be_repeated(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a sprint and a swimming gala: equalling a best or a record is not breaking or
        # improving on it
        ("BRELLSFORD, 7 June 2025 - Kwame Asante won the 100 metres in 9.94 seconds on"
         " Saturday. Asante's time equalled the personal best he set in Rome last year.\n",
         "Kwame Asante improved on the personal best he set in Rome last year.",
         "contradicts"),
        ("LEEDS, 3 May 2025 - Ellie Marsh equalled the British record of 2:05.1 in the 200m"
         " backstroke at the Leeds gala on Friday.\n",
         "Ellie Marsh broke the British record of 2:05.1 in the 200m backstroke.",
         "contradicts"),
    ],
)  # fmt: skip
def test_equalling_is_not_breaking(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a gymnastics final and a poetry prize: 'went to the defending champion, Katie
        # Lowe' gives the title to the name after its description
        ("WESTFORD, 2 March 2025 - Maya Torrance won silver in the all-around at the"
         " national championships on Sunday. The all-around title went to the defending"
         " champion, Katie Lowe, by 0.4 points.\n",
         "Maya Torrance beat Katie Lowe to the all-around title at the national"
         " championships.", "contradicts"),
        ("DUNDEE, 4 December 2024 - The Tayside Prize for poetry went to the first-time poet,"
         " Alan Greer, on Monday night.\n",
         "Mairi Ross won the Tayside Prize for poetry.", "contradicts"),
    ],
)  # fmt: skip
def test_given_to_a_described_name(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a referendum and a union ballot: voters who rejected a plan did not back it
        ("LINDHOLM, 23 September 2024 - Voters in the canton of Ostergau rejected a plan for"
         " a 40-km tram line in Sunday's referendum, official results showed.\n",
         "Voters in the canton of Ostergau backed the plan for a 40-km tram line in"
         " Sunday's referendum.", "contradicts"),
        ("DERBY, 3 May 2025 - Members of the Derby bus drivers' union rejected the pay offer"
         " from Trentway in a ballot that closed on Friday.\n",
         "Members of the Derby bus drivers' union supported the pay offer from Trentway.",
         "contradicts"),
    ],
)  # fmt: skip
def test_backing_is_the_opposite_of_rejecting(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a prison and a stadium: what a place was built to hold is no count of what it
        # holds, unless the claim speaks of its capacity
        ("GREYFOLD, 5 September 2025 - Greyfold prison, built to hold 480 men, was holding"
         " 731 on the day inspectors visited in August, the inspectorate said.\n",
         "Greyfold prison was holding 480 inmates when inspectors visited in August.",
         "silent"),
        ("KELSO, 2 March 2025 - Rangers Park, designed for 12,000 fans, was half empty for"
         " Saturday's derby against Albion.\n",
         "12,000 fans were at Rangers Park for Saturday's derby against Albion.", "silent"),
        ("GREYFOLD, 5 September 2025 - Greyfold prison, built to hold 480 men, was holding"
         " 731 on the day inspectors visited in August, the inspectorate said.\n",
         "Greyfold prison was built to hold 480 men.", "supports"),
    ],
)  # fmt: skip
def test_a_capacity_is_no_count_held(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a hospital and a school: a figure told as a multiple of another thing's ('64
        # bays, twice as many as the unit it replaces') gives that thing's figure, for a
        # claim about that thing only
        ("BRANTWELL, 8 April 2025 - St Aldric's new emergency department has 64 treatment"
         " bays, twice as many as the old unit it replaces.\n",
         "The old unit that St Aldric's new emergency department replaces had 32 treatment"
         " bays.", "supports"),
        ("HEXHAM, 2 September 2025 - The new Hexham Academy building has 1,200 places,"
         " twice as many as the old school it replaces.\n",
         "The old school that the new Hexham Academy building replaces had 600 places.",
         "supports"),
        ("HEXHAM, 2 September 2025 - The new Hexham Academy building has 1,200 places,"
         " twice as many as the old school it replaces.\n",
         "The new Hexham Academy building has 600 places.", "contradicts"),
    ],
)  # fmt: skip
def test_a_multiple_gives_the_other_figure(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a bank's results and a county's jobless rate: the claim's figure told of another
        # year or month is another figure, not the same one dated otherwise
        ("MORLEN, 27 February 2024 - Orlan Bank reported a net profit of 1.2 billion crowns"
         " for 2023 on Tuesday.\n",
         "Orlan Bank's net profit for 2022 was 1.2 billion crowns.", "silent"),
        ("CALLOWAY, 15 August 2024 - Unemployment in Calloway County stood at 4.1 percent in"
         " July, the state labour department said.\n",
         "Unemployment in Calloway County was 4.1% in June 2024.", "silent"),
        # ... while another figure for the claim's own period still contradicts it
        ("MORLEN, 27 February 2024 - Orlan Bank reported a net profit of 1.4 billion crowns"
         " for 2023 on Tuesday.\n",
         "Orlan Bank's net profit for 2023 was 1.2 billion crowns.", "contradicts"),
    ],
)  # fmt: skip
def test_the_figure_of_another_period(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a gymnastics final and a diving final: a figure factcheck cannot read, written
        # only in a sentence that opens on someone else doing what it tells, is theirs
        ("Eighteen-year-old Maya Ferrante won the all-around title at the National"
         " Gymnastics Championships in Calder on Saturday with a score of 55.300. Defending"
         " champion Ruth Abara was second on 54.850 after a fall on the beam. Ferrante also"
         " had the top score on the vault, 14.450.\n",
         "Ruth Abara scored 55.300 at the National Gymnastics Championships in Calder.",
         "silent"),
        ("Diver Tom Hale won the 10m platform at the National Diving Championships in Leeds"
         " on Sunday with 498.65 points. Olympic champion Jack Orr was second on 471.20"
         " after a missed last dive. Hale also had the top score in the 3m springboard,"
         " 402.10.\n",
         "Jack Orr scored 498.65 points at the National Diving Championships in Leeds.",
         "silent"),
        # ... while their own sentence still tells it
        ("CALDER, 3 May 2025 - Eighteen-year-old Maya Ferrante won the all-around title on"
         " Saturday with a score of 55.300. Defending champion Ruth Abara was second on"
         " 54.850 after a fall on the beam.\n",
         "Maya Ferrante won the all-around title with a score of 55.300.", "supports"),
    ],
)  # fmt: skip
def test_an_unread_figure_of_someone_else(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # pharmacies closing and parcels delivered: a count told as a difference ('76
        # fewer', '4,400 more') is what a change from one level to another amounts to
        ("The number of community pharmacies in Westmark fell to 1,134 at the end of March,"
         " from 1,210 a year earlier, the owners' association said.\n",
         "Westmark had 76 fewer community pharmacies at the end of March than a year before.",
         "supports"),
        ("The number of community pharmacies in Westmark fell to 1,134 at the end of March,"
         " from 1,210 a year earlier, the owners' association said.\n",
         "Westmark had 96 fewer community pharmacies at the end of March than a year before.",
         "contradicts"),
        ("The Harwell depot delivered 31,200 parcels in December, up from 26,800 a year"
         " earlier, the company said.\n",
         "The Harwell depot delivered 4,400 more parcels in December than a year earlier.",
         "supports"),
        # ... and the level it went from counts the same things as the level it reached
        ("Furniture maker Oakhall reported a first-quarter profit of 42 million crowns on"
         " Monday, up from 31 million a year earlier.\n",
         "Oakhall's quarterly profit rose by 11 million crowns on the year.", "supports"),
        ("Furniture maker Oakhall reported a first-quarter profit of 42 million crowns on"
         " Monday, up from 31 million a year earlier.\n",
         "Oakhall's quarterly profit rose by 15 million crowns on the year.", "contradicts"),
        # ... the nearest counted figure of its size, not a span of months between them
        ("OKONJO: The airport handled 9.6 million passengers in the twelve months to June,"
         " compared with 9.1 million in the same period before the pandemic.\n",
         "Fenmoor Airport is handling about half a million more passengers a year than"
         " before the pandemic.", "supports"),
        # ... or by two counts told in sentences of their own, and no count conflicts
        # with how many more (gun licences, food parcels)
        ("Police in the Harwick district revoked 63 firearm certificates last year. In 2023"
         " it revoked 41.\n",
         "Harwick police revoked 22 more firearm certificates last year than in 2023.",
         "supports"),
        ("Police in the Harwick district revoked 63 firearm certificates last year. In 2023"
         " it revoked 41.\n",
         "Harwick police revoked 30 more firearm certificates last year than in 2023.",
         "silent"),
        ("KELBY, 4 February 2025 - The Kelby food bank handed out 4,130 parcels in January."
         " A year earlier it handed out 3,480.\n",
         "The Kelby food bank handed out 650 more parcels in January than a year earlier.",
         "supports"),
        # a difference is no count of what there is: '30 more patients than a week ago'
        ("HARLOW, 3 March 2025 - Harlow General has 30 more patients waiting for beds than"
         " a week ago, the trust said on Monday.\n",
         "Thirty patients at Harlow General are waiting for beds.", "silent"),
        # ... and 'needs 600 more foster carers' is no count of carers who left
        ("There are 4,800 children in foster care in Crennock, and the county needs 600"
         " more foster carers to keep up with demand, the fostering service said.\n",
         "Around 600 foster carers in Crennock gave up fostering last year.", "silent"),
    ],
)  # fmt: skip
def test_a_count_told_as_a_difference(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # road deaths and a tennis title: the last step of a run is no run
        ("Road deaths in Orvania province fell to 212 last year, from 240 in 2023,"
         " provincial police said on Friday. Deaths among motorcyclists fell by a third.\n",
         "Road deaths in Orvania province fell for the third year in a row last year.",
         "silent"),
        ("VELMORE, 8 June 2025 - Katya Olm won the women's title at the Velmore Open for"
         " the third time on Saturday, beating Sofia Raine 6-4, 3-6, 7-5 in the final.\n",
         "Katya Olm won the Velmore Open women's title for the third year running.",
         "silent"),
        # ... a run of that length told is the claim
        ("Sales of printed books in Ardenne rose for the third year in a row in 2024, to 212"
         " million copies, the Publishers' Association said.\n",
         "Sales of printed books in Ardenne rose for a third consecutive year in 2024.",
         "supports"),
    ],
)  # fmt: skip
def test_a_run_is_a_fact_of_its_own(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a power station and an airport: a value told of another numbered thing is its
        ("ARNHOLT, 9 October 2025 - Reactor 2 at the Arnholt nuclear power station will be"
         " restarted in mid-2026 once cracks in its cooling pipes are repaired, the operator"
         " said on Thursday. Reactor 1 was shut down permanently in 2022.\n",
         "Reactor 2 at the Arnholt nuclear power station was permanently shut down in 2022.",
         "silent"),
        ("Terminal 2 at Calder airport will close for six months from May for rebuilding,"
         " the operator said. Terminal 1 reopened in March after a 40 million pound refit.\n",
         "Terminal 2 at Calder airport reopened in March after a 40 million pound refit.",
         "silent"),
        # ... and the thing's own number still tells it
        ("Terminal 2 at Calder airport will close for six months from May for rebuilding,"
         " the operator said. Terminal 1 reopened in March after a 40 million pound refit.\n",
         "Terminal 1 at Calder airport reopened in March after a 40 million pound refit.",
         "supports"),
    ],
)  # fmt: skip
def test_a_value_of_another_numbered_thing(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a devaluation and a share index: a bare figure given only as where a change
        # started is not what the claim says there is now
        ("The central bank of Sorvia let the kora fall about 12 per cent on Friday, to 480"
         " per US dollar from 428, ending a peg it had defended for three years.\n",
         "After Friday's move by Sorvia's central bank, the kora trades at about 428 to the"
         " US dollar.", "silent"),
        ("The Varsel index closed at 7,412 on Friday, down from 7,530 a week earlier, as"
         " bank shares fell.\n",
         "The Varsel index closed at 7,530 on Friday as bank shares fell.", "silent"),
        # ... while the figure it went to is told
        ("The Varsel index closed at 7,412 on Friday, down from 7,530 a week earlier, as"
         " bank shares fell.\n",
         "The Varsel index closed at 7,412 on Friday as bank shares fell.", "supports"),
    ],
)  # fmt: skip
def test_an_unread_figure_given_only_as_a_start(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a theatre and a bakery: a cause told as a thing is told only by all its words
        ("The musical Lanterns will close at the Regent Theatre in Brenhaven on 12 July"
         " after nine years and more than 3,400 performances, its producers said on Monday."
         " Ticket sales remained strong, they said, but the theatre needs to shut for 18"
         " months of roof repairs. A touring production will open in the autumn.\n",
         "Lanterns is closing at the Regent Theatre because of falling ticket sales.",
         "silent"),
        ("The Ferris Street library in Dunford will close on 30 June after 62 years, the"
         " council said. Visitor numbers had held up well, it said, but the building needs"
         " a new roof.\n",
         "The Ferris Street library in Dunford is closing because of falling visitor"
         " numbers.", "silent"),
        # ('steady' where the claim has 'falling' denies the cause)
        ("Holm's Bakery will close its Dunford shop on 30 June after 62 years, the owners"
         " said. Customer numbers were steady, they said, but the landlord has doubled the"
         " rent.\n",
         "Holm's Bakery is closing its Dunford shop because of falling customer numbers.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_cause_told_as_a_thing_needs_all_its_words(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a walking club and a coral reef: the figure a change started from, given as
        # what there is now, is contradicted by where it went
        ("The Harrow Rambling Club now has 410 members, down from 520 a year ago, its"
         " secretary said.\n",
         "The Harrow Rambling Club has 520 members, its secretary said.", "contradicts"),
        ("Live coral cover on the Pelican Bank reef has dropped from 31 per cent to 22 per"
         " cent since 2021, a survey published by the Marine Institute showed on Thursday."
         " The researchers blamed two marine heatwaves.\n",
         "Nearly a third of the Pelican Bank reef is now covered by living coral, a survey"
         " found.", "contradicts"),
        # ... while told with the day the change is counted from, it is that day's figure
        ("Live coral cover on the Pelican Bank reef has dropped from 31 per cent to 22 per"
         " cent since 2021, a survey showed.\n",
         "Live coral covered 31 per cent of the Pelican Bank reef in 2021.", "supports"),
    ],
)  # fmt: skip
def test_a_start_given_as_now(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a party run-off and an ice hockey game: a loss with no winner named is told by
        # anyone beating the loser
        ("HOLBRIDGE, 28 September 2025 - Grete Amsel was elected leader of the Progress"
         " Party on Saturday, beating Lars Hoyle in a run-off after neither reached 50"
         " percent in the first round. Hoyle had led the first round with 44 percent.\n",
         "Lars Hoyle topped the first round but lost the run-off.", "supports"),
        ("The Korsby Wolves beat the Hallam Steelbacks 4-1 on Friday to go top of the"
         " Northern Ice League.\n",
         "The Hallam Steelbacks lost on Friday.", "supports"),
        # ... and not by the loser beating someone
        ("The Hallam Steelbacks beat the Korsby Wolves 4-1 on Friday to go top of the"
         " Northern Ice League.\n",
         "The Hallam Steelbacks lost on Friday.", "contradicts"),
    ],
)  # fmt: skip
def test_a_loss_told_from_the_winning_side(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # broadband in two places: 'less than a fifth' is any share under 20 per cent
        ("Only 18 per cent of rural homes in Harwick have fast broadband, the regulator said"
         " on Tuesday.\n",
         "Less than a fifth of rural homes in Harwick have fast broadband, the regulator"
         " said.", "supports"),
        ("Only 31 per cent of rural homes in Kessby have fast broadband, the regulator said"
         " on Tuesday.\n",
         "Under a third of rural homes in Kessby have fast broadband, the regulator said.",
         "supports"),
        ("Only 36 per cent of rural homes in Kessby have fast broadband, the regulator said"
         " on Tuesday.\n",
         "Under a third of rural homes in Kessby have fast broadband, the regulator said.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_capped_fraction(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # cancer screening and unemployment: a figure told of a part of the whole ('among
        # men', 'among women') is not the whole's figure
        ("Uptake of bowel cancer screening in the Sandmoor health region rose to 71% last"
         " year from 66% in 2023, figures from the screening programme show. Uptake among"
         " men was 68% and among women 74%.\n",
         "Bowel cancer screening uptake among men in Sandmoor reached 71% last year.",
         "contradicts"),
        ("The jobless rate in the Calder region rose to 6.1 per cent in the second quarter,"
         " the employment agency said. Among women it was 5.4 per cent.\n",
         "Unemployment among women in the Calder region rose to 6.1 per cent in the second"
         " quarter.", "contradicts"),
        # ... and the part's own figure tells it
        ("Uptake of bowel cancer screening in the Sandmoor health region rose to 71% last"
         " year from 66% in 2023, figures from the screening programme show. Uptake among"
         " men was 68% and among women 74%.\n",
         "Bowel cancer screening uptake among women in Sandmoor was 74% last year.",
         "supports"),
    ],
)  # fmt: skip
def test_a_figure_of_a_part_of_the_whole(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a box office and a trade balance: a figure factcheck cannot read, written only
        # in a sentence that has the counterpart of a claim's word, is the counterpart's
        ("MERIDIA, 24 March 2025 - The animated film 'Paper Tigers' took 18.4 million at"
         " the domestic box office over the weekend, according to studio estimates."
         " 'Paper Tigers' has now taken 52 million worldwide.\n",
         "'Paper Tigers' took 52 million at the domestic box office over the weekend.",
         "silent"),
        ("Kessby's exports rose to 4.2bn in the first quarter, the statistics office said."
         " Its imports stood at 3.1bn.\n",
         "Kessby's imports stood at 4.2bn in the first quarter, the statistics office said.",
         "silent"),
        # ... and a share is no 'quarterly' figure
        ("Severnmere Water lost 24.8 per cent of the water it put into supply through leaks"
         " in 2024/25, the worst rate of any company in the region, the regulator's annual"
         " report shows. The company has been told to cut leakage by 15 per cent by 2030 or"
         " face fines.\n",
         "Almost a quarter of the water Severnmere Water put into supply in 2024/25 leaked"
         " away.", "supports"),
    ],
)  # fmt: skip
def test_an_unread_figure_of_a_counterpart(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a storm and an airport: 'all but 6,000 homes' counts the homes left out
        ("By Friday evening electricity had been restored to all but 6,000 homes in the"
         " Outer Holm region, the network operator said.\n",
         "Electricity had been restored to 6,000 homes in the Outer Holm region by Friday"
         " evening.", "silent"),
        ("All but 12 of the 410 flights at Harwick airport left on time on Monday, the"
         " airport said.\n",
         "Twelve flights at Harwick airport left on time on Monday, the airport said.",
         "silent"),
    ],
)  # fmt: skip
def test_all_but_counts_the_others(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a battery plant and a puffin colony: a count gained or lost is a change, told by
        # the two levels it lies between
        ("TARNBY, 9 September 2025 - Battery maker Voltaris said its workforce at the Tarnby"
         " plant had grown from 240 to 300 since January, as it added a production line.\n",
         "Voltaris's Tarnby plant added 60 workers since January.", "supports"),
        ("Volunteers counted 1,260 breeding pairs of puffins on the island of Ronnholm this"
         " summer, up from 980 in 2019, the island's bird observatory said.\n",
         "Ronnholm gained 280 breeding pairs of puffins between 2019 and this summer, the"
         " island's bird observatory said.", "supports"),
    ],
)  # fmt: skip
def test_a_count_gained_is_a_change(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a charity ride and a marathon: a name in the clause that describes the speaker
        # ('a rider who finished the St Bride's Hospice ride said') is not the speaker
        ("A charity bike ride has raised 46,500 pounds for St Bride's Hospice, organisers"
         " said. Among the 120 riders was 72-year-old Margaret Olley, who completed the"
         " 300-mile route in five days. 'My legs have never forgiven me,' she said.\n",
         "A 72-year-old rider who finished the 300-mile St Bride's Hospice ride said her legs"
         " had never forgiven her.", "supports"),
        ("Runners in the Harwick marathon raised 80,000 pounds for the Vale Children's"
         " Hospital. Among them was 81-year-old Tom Brierley, who finished in five hours."
         " 'I will be back next year,' he said.\n",
         "An 81-year-old runner who finished the Vale Children's Hospital marathon said he"
         " would be back next year.", "supports"),
    ],
)  # fmt: skip
def test_a_name_describing_the_speaker_is_not_the_speaker(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a mayoral election and a by-election: a margin is the gap between two results,
        # the loser's written bare ('who received 1,517')
        ("Independent candidate Rosa Kemble was elected mayor of Trewithen on Sunday with"
         " 1,842 votes, defeating the sitting mayor, Peter Lowry, who received 1,517.\n",
         "Trewithen's sitting mayor, Peter Lowry, lost to Rosa Kemble by 325 votes.",
         "supports"),
        ("Tom Harlan won the Eastmoor by-election with 12,406 votes; the Green candidate, Ana"
         " Ruiz, received 11,980, the returning officer said.\n",
         "Ana Ruiz lost the Eastmoor by-election to Tom Harlan by 426 votes.", "supports"),
        ("Tom Harlan won the Eastmoor by-election with 12,406 votes; the Green candidate, Ana"
         " Ruiz, received 11,980, the returning officer said.\n",
         "Ana Ruiz lost the Eastmoor by-election to Tom Harlan by 526 votes.", "silent"),
    ],
)  # fmt: skip
def test_a_margin_from_a_bare_result(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a rowing race and a youth football final: a name's crew or side that wins is the
        # name winning, and a passage where it is beaten does not back it
        ("The women's crew from Porthellis won the Three Bays coastal rowing race on"
         " Saturday in 1 hour 52 minutes, beating the Kilmarran crew by 41 seconds over the"
         " 18-kilometre course. Porthellis also won the event in 2023. Heavy swell forced"
         " organisers to shorten the men's race.\n",
         "Kilmarran's women's crew won the Three Bays coastal rowing race, finishing 41"
         " seconds clear of Porthellis.", "silent"),
        ("Tarvania won the Southern Youth Cup on Sunday, beating Ostmark's youth side 2-1 in"
         " the final in Lisvara, the federation said. Tarvania also won the cup in 2023.\n",
         "Ostmark's youth side won the Southern Youth Cup, beating Tarvania 2-1 in the final"
         " in Lisvara.", "contradicts"),
    ],
)  # fmt: skip
def test_a_side_wins_for_its_name(wire_stance, doc: str, claim: str, stance: str) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a housing programme and a festival's ticketing: the claim's whole point is its
        # verdict, which a plain account of the same thing never gives
        ("Ashdale Homes completed 310 homes for social rent in the year to March, against"
         " a target of 450, its annual report shows. Chief executive Mia Rowe said high"
         " building costs had held the programme back.\n",
         "Ashdale Homes' building programme is in disarray."),
        ("The Brenmouth Harbour Festival sold 18,000 tickets this year. Organisers said the"
         " ticketing website had crashed twice on the first morning of sales.\n",
         "The Brenmouth Harbour Festival's ticketing was shambolic."),
        # ... a disease's spread and a monastery's closing
        ("Confirmed Lyme disease cases in the Brannoch Hills rose to 212 last year, from"
         " 150 the year before, the health board said.\n",
         "Lyme disease cases in the Brannoch Hills rose at an alarming rate last year."),
        ("The departure of the last monks from St Colm's monastery in Ardvale on Sunday"
         " ended 140 years of monastic life in the town, the abbot said.\n",
         "The departure of the last monks from St Colm's monastery is a heartbreaking loss"
         " for Ardvale."),
        # ... a federation's decision, called wise
        ("The Karate Federation of Elmaria is dropping kata from its national championships"
         " from next season, after kata entries fell from 210 in 2019 to 74 last year.\n",
         "The Karate Federation of Elmaria made a pragmatic call in dropping kata from its"
         " national championships."),
    ],
)  # fmt: skip
def test_a_verdict_the_passage_never_gives_is_not_supported(
    wire_stance, doc: str, claim: str
) -> None:
    assert wire_stance(doc, claim) == "differs"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # house prices and a bus company's passengers: a figure told of another place, in
        # a sentence that never names the claim's, is that place's
        ("Average house prices in Kessington rose 4.2% in the year to June, to 318,000"
         " pounds. Prices across the wider Fenmoor region rose 2.6%. First-time buyers in"
         " Kessington paid an average of 241,000 pounds.\n",
         "First-time buyers across the Fenmoor region paid an average of 241,000 pounds.",
         "silent"),
        ("Tarnby Buses carried 4.1 million passengers in Dunholm last year. Across the"
         " county of Wessmere it ran 212 routes. In Dunholm the fare rose to 2 pounds.\n",
         "Tarnby Buses carried 4.1 million passengers in Wessmere last year.", "silent"),
        # ... and told of the claim's own place, it is the claim's
        ("Average house prices in Kessington rose 4.2% in the year to June. First-time"
         " buyers in Kessington paid an average of 241,000 pounds.\n",
         "First-time buyers in Kessington paid an average of 241,000 pounds.", "supports"),
    ],
)  # fmt: skip
def test_a_figure_told_of_another_place_is_not_the_claims(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # road deaths and a food bank: the figures of the claim's two times say which way
        # its thing went, though no figure of the claim does
        ("ORVANIA, 14 March 2025 - Police in Orvania province recorded 212 road deaths last"
         " year, the interior ministry said. In 2023 they recorded 240 road deaths.\n",
         "Police in Orvania province recorded more road deaths last year than in 2023.",
         "contradicts"),
        ("ORVANIA, 14 March 2025 - Police in Orvania province recorded 212 road deaths last"
         " year, the interior ministry said. In 2023 they recorded 240 road deaths.\n",
         "Police in Orvania province recorded fewer road deaths last year than in 2023.",
         "supports"),
        ("KELBY, 4 February 2025 - The Kelby food bank handed out 3,480 parcels in January."
         " In January 2024 it handed out 4,130 parcels.\n",
         "The Kelby food bank handed out more parcels in January 2025 than in January 2024.",
         "contradicts"),
        # ... or by the change its sentence tells from the earlier time (exam grades, a
        # river's salmon)
        ("A record 31.4 per cent of this year's A-level entries in Westmarch were awarded"
         " A or A*, up from 29.8 per cent last year, the exams board said.\n",
         "A smaller share of A-level entries in Westmarch were awarded A or A* this year"
         " than last year.", "contradicts"),
        ("Anglers on the River Tamm caught a fifth fewer salmon this year, down to 1,240"
         " from 1,550 last year, the fisheries board said.\n",
         "Anglers on the River Tamm caught more salmon this year than last year.",
         "contradicts"),
        # ... or, against 'the first' or 'the year before', by the way its sentence says
        # it went (a saffron harvest, freight rates)
        ("Growers around Qalvar picked about 2.1 tonnes of saffron this autumn, down from"
         " 2.9 tonnes a year earlier, the growers' union said.\n",
         "Qalvar's growers picked more saffron this autumn than they did the year before.",
         "contradicts"),
        ("Daily rates for capesize bulk carriers averaged 14,300 dollars in the second"
         " quarter, down from 21,750 dollars in the first, the broker Halvard & Ruse said.\n",
         "Capesize rates were higher in the second quarter than in the first, according to"
         " Halvard & Ruse.", "contradicts"),
        ("Daily rates for capesize bulk carriers averaged 14,300 dollars in the second"
         " quarter, down from 21,750 dollars in the first, the broker Halvard & Ruse said.\n",
         "Capesize rates were lower in the second quarter than in the first, according to"
         " Halvard & Ruse.", "supports"),
        # ... and against what was expected, by the figure told as expected (a film's
        # takings, a festival's visitors)
        ("'Nightfall Harbour' took 14.2 million dollars in its opening weekend, its"
         " distributor said, well short of the 25 million dollars analysts had forecast.\n",
         "'Nightfall Harbour' took more in its opening weekend than analysts had predicted.",
         "contradicts"),
        ("The Brenmouth food festival drew 41,000 visitors over the weekend, against a"
         " forecast of 30,000 visitors, the organisers said.\n",
         "The Brenmouth food festival drew fewer visitors than the organisers had expected.",
         "contradicts"),
    ],
)  # fmt: skip
def test_a_comparison_of_two_times_is_told_by_their_figures(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # fly-tipping and library loans: a change by so much is told, or denied, by the
        # only two levels of its thing the window gives, each in a sentence of its own
        ("Fly-tipping incidents reported to Calder Vale council rose to 5,870 in the last"
         " financial year. The year before, the council recorded 4,920.\n",
         "Reported fly-tipping in Calder Vale increased by about 1,950 incidents in a year.",
         "contradicts"),
        ("Book loans at Ashby's libraries rose to 48,200 last year, the council said. The"
         " year before, the libraries lent 41,000 books.\n",
         "Book loans at Ashby's libraries rose by 12,000 books last year.", "contradicts"),
        ("Book loans at Ashby's libraries rose to 48,200 last year, the council said. The"
         " year before, the libraries lent 41,000 books.\n",
         "Book loans at Ashby's libraries rose by 7,200 books last year.", "supports"),
    ],
)  # fmt: skip
def test_a_change_is_told_by_two_levels_in_sentences_of_their_own(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a butcher's recipe and a footbridge: a deed told with its doer is not told by
        # a passage with neither, however much else of the claim it has
        ("Family butcher Hartley & Sons in Ensor has won the title of Best Sausage in the"
         " North at the regional meat awards with its pork and leek recipe. The shop, run"
         " by brothers Mark and Gary Hartley, has been trading since 1952. The awards drew"
         " 380 entries.\n",
         "Hartley & Sons' prize-winning pork and leek sausage recipe was devised by the"
         " brothers' grandfather.", "silent"),
        ("The Old Mill cafe in Wenlow has won the county's best tearoom prize at the"
         " regional food awards with its scone recipe. The cafe, run by sisters Ruth and"
         " Ana Pell, has been open since 1988. The awards drew 210 entries.\n",
         "The Old Mill cafe's prize-winning scone recipe was devised by the sisters'"
         " mother.", "silent"),
        ("The new Millgate footbridge over the River Ensor, designed by the architect Lena"
         " Moss, opened to walkers and cyclists on Saturday.\n",
         "The Millgate footbridge over the River Ensor was designed by the architect Lena"
         " Moss.", "supports"),
    ],
)  # fmt: skip
def test_a_deed_told_of_its_doer_needs_the_deed_or_the_doer(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a control tower and a school: what is needed is no count of what there is
        ("Eastmoor Airport's control tower will close overnight from 1 December because of a"
         " shortage of controllers, its operator said. It has 11 qualified controllers"
         " against the 16 it needs.\n",
         "Eastmoor Airport's control tower has 16 qualified controllers.", "contradicts"),
        ("Brenmouth Academy will take pupils in two shifts next year, the council said. The"
         " school has 400 places against the 520 it needs.\n",
         "Brenmouth Academy has 520 places.", "contradicts"),
    ],
)  # fmt: skip
def test_a_figure_told_as_needed_is_no_count_of_what_there_is(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a dairy price and a ferry timetable: 'according to X' is what 'X said' says
        ("KELBY, 3 May 2025 - The farm-gate price of milk rose to 41 pence a litre in April,"
         " the Dairy Board said on Friday.\n",
         "The farm-gate price of milk rose to 41 pence a litre in April, according to the"
         " Dairy Board."),
        ("ORSK, 9 June 2025 - The island ferry will run four times a day from July, the"
         " operator Nordlink told reporters on Monday.\n",
         "According to Nordlink, the island ferry will run four times a day from July."),
    ],
)  # fmt: skip
def test_according_to_is_told_by_any_word_of_saying(wire_stance, doc: str, claim: str) -> None:
    assert wire_stance(doc, claim) == "supports"


@pytest.mark.parametrize(
    ("doc", "claim", "stance"),
    [
        # a folk award and a handball cup: how many times is a fact of its own, and a run
        # in a row is another
        ("Fiddler Maeve Carron won musician of the year at the Western Folk Awards in"
         " Dunlow on Saturday night, while the trio Hollow Lane took best album. A lifetime"
         " award went to the singer Tom Madigan, 81.\n",
         "Maeve Carron won musician of the year at the Western Folk Awards for the third"
         " time on Saturday.", "silent"),
        ("Holmvik HK won the Nordic Handball Cup for the third time on Sunday, beating"
         " Sarvik 31-29 after extra time in Tollund.\n",
         "Holmvik HK won the Nordic Handball Cup for the third time.", "supports"),
        ("Holmvik HK won the Nordic Handball Cup for the third time on Sunday, beating"
         " Sarvik 31-29 after extra time in Tollund.\n",
         "Holmvik HK won the Nordic Handball Cup for the third year in a row.", "silent"),
    ],
)  # fmt: skip
def test_a_count_of_times_is_told_only_as_such(
    wire_stance, doc: str, claim: str, stance: str
) -> None:
    assert wire_stance(doc, claim) == stance
