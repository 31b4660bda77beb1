"""Names over an archive: the same surnames and the same places come back in story after
story, so a document that writes a claim's words is often about other people. Each rule
is tried on two stories of different kinds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.documents import read_document
from factcheck.index import Corpus
from factcheck.model import Source
from factcheck.terms import AliasTable, tokenize


def stance_of(results: dict[str, Any], claim_id: str, source: str) -> str:
    return next(s.stance for s in results[claim_id].stances if s.source == source)


def own_supports_other_silent(check_story: Any, own: str, other: str, claim: str) -> None:
    """The claim's own report supports it; the report of other people is silent."""
    results = check_story({"own.txt": own, "other.txt": other}, [{"id": "c", "claim": claim}])
    assert stance_of(results, "c", "own") == "supports"
    assert stance_of(results, "c", "other") == "silent"


# -- a topic's names are told only as those names ----------------------------------------

TALKS_OWN = """
Bergen Post, 4 May 2024

Henrik Lindqvist met Mara Okonjo in Bergen on Friday. Lindqvist said the talks were
cordial and businesslike.
"""

TALKS_MIXED = """
Coast Daily, 5 May 2024

Henrik Okonjo met Mara Lindqvist in Tromsø on Friday. Commentators described the talks
as tense and guarded.
"""

DEBATE_OWN = """
Leeds Echo, 2 June 2024

Ruth Adeyemi and Tomas Berg held their first debate in Leeds. Adeyemi said the debate
with Tomas Berg was civil.
"""

DEBATE_MIXED = """
Pennine Voice, 3 June 2024

Ruth Berg and Tomas Adeyemi held a debate in York. Observers called the debate heated
and personal.
"""


@pytest.mark.parametrize(
    ("own", "mixed", "claim", "topic"),
    [
        (
            TALKS_OWN,
            TALKS_MIXED,
            "Lindqvist said the talks with Mara Okonjo were cordial.",
            "Henrik Lindqvist and Mara Okonjo talks",
        ),
        (
            DEBATE_OWN,
            DEBATE_MIXED,
            "Adeyemi said the debate with Tomas Berg was civil.",
            "Ruth Adeyemi and Tomas Berg debate",
        ),
    ],
)
def test_a_topics_words_scattered_over_other_names_do_not_tell_it(
    check_story, own: str, mixed: str, claim: str, topic: str
) -> None:
    """'Henrik Okonjo met Mara Lindqvist' has every word of 'Henrik Lindqvist and Mara
    Okonjo' and tells of neither: it reports no account of their talks to differ from."""
    results = check_story(
        {"own.txt": own, "mixed.txt": mixed},
        [{"id": "c", "claim": claim, "topic": topic}],
    )
    assert stance_of(results, "c", "own") == "supports"
    assert stance_of(results, "c", "mixed") == "silent"


# -- a speaker who opens the claim is a name ---------------------------------------------

MEETING_CITED = """
Capital Wire, 4 August 2025

Omar Schmidt met Jonas Moreau in Hanoi on 3 August. Schmidt said the talks focused on
concrete deals for businesses.
"""

MEETING_OTHER = """
Harbour Times, 15 February 2024

Jonas Moreau met Nam Nguyen in Accra on 14 February. Moreau said the talks focused on
concrete deals for businesses.
"""

MERGER_CITED = """
Finance Desk, 2 March 2024

Amelia Okafor, chief executive of Halvard, spoke about the merger with Pellam Bank. Okafor
said the merger would cut costs across both branch networks.
"""

MERGER_OTHER = """
Market Brief, 3 March 2024

Pellam Bank's chairman Luis Ruiz spoke to investors about the merger. Ruiz said the merger
would cut costs across both branch networks.
"""


TRAN_CITED = """
Ottawa Wire, 3 July 2025

Hoa Tran met Hoa Ngo in Ottawa on 2 July. Tran said the talks marked a thaw following
months of friction.
"""

TRAN_OTHER = """
Hanoi Daily, 6 September 2024

Hoa Tran met Hoa Ngo in Hanoi on 5 September. Silva, an adviser to the delegation, said
the talks marked a thaw following months of friction.
"""

DURAN_CITED = """
Finance Desk, 2 March 2024

Elena Duran spoke about the merger with Pellam Bank. Duran said the merger would cut
costs across both branch networks.
"""

DURAN_OTHER = """
Market Brief, 3 March 2024

Elena Duran met the board of Pellam Bank. Ruiz said the merger would cut costs across
both branch networks.
"""

NAMESAKE_CITED = """
Seoul Herald, 27 April 2024

Kofi Okafor met Dung Ibrahim in Seoul on 26 April. Okafor said the talks reflected deep
mutual respect between the two governments.
"""

NAMESAKE_OTHER = """
Hanoi Daily, 7 June 2024

Kofi Okafor met Priya Moreau in Cairo on 9 May.

Minh Okafor met Dung Ibrahim in Hanoi on 6 June. Okafor said the talks reflected deep
mutual respect between the two governments.
"""

JUDGE_CITED = """
Merlow Gazette, 3 March 2023

Karin Lutz heard the appeal on Monday. Lutz said the ruling on the river crossing was
unfair to the town.
"""

JUDGE_OTHER = """
Merlow Gazette, 4 March 2023

Karin Lutz sat on the appeals bench in Merlow on Monday.

Anna Lutz spoke to reporters outside the court. Lutz said the ruling on the river
crossing was unfair to the town.
"""


@pytest.mark.parametrize(
    ("cited", "other", "claim", "speaker", "topic"),
    [
        (
            MEETING_CITED,
            MEETING_OTHER,
            "Schmidt said the talks with Jonas Moreau focused on concrete deals for businesses.",
            "Omar Schmidt",
            "Omar Schmidt and Jonas Moreau talks",
        ),
        (
            MERGER_CITED,
            MERGER_OTHER,
            "Okafor said the merger with Pellam Bank would cut costs across both branch networks.",
            "Amelia Okafor",
            None,
        ),
        (
            TRAN_CITED,
            TRAN_OTHER,
            "Tran said the talks with Hoa Ngo marked a thaw following months of friction.",
            "Hoa Tran",
            "Hoa Tran and Hoa Ngo talks",
        ),
        (
            DURAN_CITED,
            DURAN_OTHER,
            "Duran said the merger would cut costs across both branch networks.",
            "Elena Duran",
            None,
        ),
        (
            NAMESAKE_CITED,
            NAMESAKE_OTHER,
            "Okafor said the talks with Dung Ibrahim reflected deep mutual respect between "
            "the two governments.",
            "Kofi Okafor",
            "Kofi Okafor and Dung Ibrahim talks",
        ),
        (
            JUDGE_CITED,
            JUDGE_OTHER,
            "Lutz said the ruling on the river crossing was unfair to the town.",
            "Karin Lutz",
            None,
        ),
    ],
)
def test_a_speaker_who_opens_the_claim_must_be_the_one_who_speaks(
    check_story, cited: str, other: str, claim: str, speaker: str, topic: str | None
) -> None:
    """'Schmidt said ...' names its speaker though 'Schmidt' is only the sentence's first
    word: the registry's attribution and topic say it is a name. Another speaker's same
    words never back it (the worst error would be a false 'supports'), nor does a
    namesake's: 'Okafor said' after 'Minh Okafor met ...' is his, not Kofi Okafor's. A
    surname that ends like a demonym ('Tran', 'Duran') is still a name."""
    entry: dict[str, Any] = {
        "id": "c",
        "claim": claim,
        "attributed_to": [{"source": "cited", "speaker": speaker}],
    }
    if topic:
        entry["topic"] = topic
    results = check_story({"cited.txt": cited, "other.txt": other}, [entry])
    assert stance_of(results, "c", "cited") == "supports"
    assert stance_of(results, "c", "other") != "supports"


# -- 'the two sides' are the two the sentence before named ---------------------------------

SIGNING_OWN = """
Vienna Ledger, 10 June 2025

Greta Haddad met Thanh Do in Vienna on 9 June. The two sides signed 2 agreements on
maritime security.
"""

SIGNING_OTHER = """
Morning Ledger, 26 June 2025

Defence Minister Thanh Do met Defence Minister Phuong Mensah in Hanoi on 5 January. The
two sides signed 2 agreements on clean energy.

Foreign Minister Tuan Bui met Trade Minister Greta Haddad in Vienna on 9 June. The two
sides signed 8 agreements on maritime security.
"""

DEAL_OWN = """
Finance Desk, 3 April 2024

Halvard and Pellam Bank met in Merlow on Tuesday. The two sides signed 4 agreements on
branch sharing.
"""

DEAL_OTHER = """
Market Brief, 4 April 2024

Pellam Bank opened a branch in Dunvar on Monday.

Orrin Foods met the Halvard board in Merlow on Tuesday. The two sides signed 6
agreements on branch sharing.
"""


@pytest.mark.parametrize(
    ("own", "other", "claim"),
    [
        (
            SIGNING_OWN,
            SIGNING_OTHER,
            "Greta Haddad and Thanh Do signed 2 agreements on maritime security.",
        ),
        (DEAL_OWN, DEAL_OTHER, "Halvard and Pellam Bank signed 4 agreements on branch sharing."),
    ],
)
def test_the_two_sides_of_another_meeting_are_not_the_claims(
    check_story, own: str, other: str, claim: str
) -> None:
    """'Bui met Haddad. The two sides signed 8 agreements' tells of Bui and Haddad,
    though the document names the claim's other party elsewhere: no contradiction."""
    own_supports_other_silent(check_story, own, other, claim)


# -- a bare surname stands for the last of that name its paragraph wrote in full ----------

PAIR_OWN = """
Daily Meridian, 29 April 2024

Hai Ibrahim met Bruno Ibrahim in Brasilia on 28 April 2024.
"""

PAIR_OTHER = """
Daily Meridian, 26 May 2024

Hai Ibrahim met Dung Rossi in Canberra on 25 May 2024. Ibrahim said the talks marked a
thaw.

Tam Mensah met Bruno Ibrahim in Lima on 24 May 2024.
"""

CLINIC_OWN = """
Riverside Courier, 13 March 2023

Priya Shah and Ravi Shah opened the clinic on 12 March 2023.
"""

CLINIC_OTHER = """
Riverside Courier, 21 March 2023

Priya Shah opened a bakery with Omar Haddad on 20 March 2023. Shah said the clinic next
door had been opened by her cousin.

Ravi Shah spoke at the school fair on Saturday.
"""


@pytest.mark.parametrize(
    ("own", "other", "claim"),
    [
        (PAIR_OWN, PAIR_OTHER, "Hai Ibrahim and Bruno Ibrahim met on 28 April 2024."),
        (CLINIC_OWN, CLINIC_OTHER, "Priya Shah and Ravi Shah opened the clinic on 12 March 2023."),
    ],
)
def test_a_bare_surname_after_another_of_that_name_is_theirs(
    check_story, own: str, other: str, claim: str
) -> None:
    """'Hai Ibrahim met Dung Rossi ... Ibrahim said' is Hai's 'Ibrahim', though the
    document names Bruno Ibrahim further on: its date is no contradiction."""
    own_supports_other_silent(check_story, own, other, claim)


# -- a title before a name refers back to no one -----------------------------------------

MINISTERS_OWN = """
Saigon Herald, 6 April 2024

Nadia Okafor met Lan Kowalski in Hanoi on 5 April 2024.
"""

MINISTERS_OTHER = """
Saigon Herald, 19 November 2024

Nadia Okafor visited a vocational school in Hue on Monday.

Finance Minister Ingrid Lindqvist met President Lan Kowalski in Da Nang on 18 November
2024.
"""

COUNCIL_OWN = """
Merlow Gazette, 4 May 2023

Judge Karin Lutz and Mayor Tomas Berg met on 3 May 2023 to discuss the new courthouse.
"""

COUNCIL_OTHER = """
Merlow Gazette, 10 June 2023

Mayor Tomas Berg opened the summer fair on Saturday.

Judge Karin Lutz met Governor Elena Ruiz on 9 June 2023 to discuss the new courthouse.
"""


@pytest.mark.parametrize(
    ("own", "other", "claim"),
    [
        (MINISTERS_OWN, MINISTERS_OTHER, "Nadia Okafor and Lan Kowalski met on 5 April 2024."),
        (
            COUNCIL_OWN,
            COUNCIL_OTHER,
            "Judge Karin Lutz and Mayor Tomas Berg met on 3 May 2023 to discuss the new "
            "courthouse.",
        ),
    ],
)
def test_a_title_before_another_name_does_not_bring_back_the_missing_one(
    check_story, own: str, other: str, claim: str
) -> None:
    """'Finance Minister Ingrid Lindqvist met President Lan Kowalski' names both its
    people: 'Minister' there is no 'the minister' standing for Nadia Okafor, named in
    the paragraph before, so its date is no contradiction."""
    own_supports_other_silent(check_story, own, other, claim)


# -- 'the two sides' before the core are the two its paragraph named ------------------------

SIDES_OWN = """
Manila Courier, 28 March 2024

Kofi Mensah met Chi Schmidt in Oslo on 27 March 2024.
"""

SIDES_OTHER = """
Manila Courier, 30 October 2024

Chi Schmidt met Minh Mensah in Warsaw on 9 February 2024. The two sides signed 14
agreements on clean energy. Schmidt said the talks focused on concrete deals.

Kofi Mensah met Rafael Kowalski in Manila on 29 October 2024. The two sides signed
eight agreements on climate adaptation. Mensah said the talks were useful.
"""

WAGES_OWN = """
Harbour Post, 4 May 2023

Rosa Lind and Ivan Petek agreed the wage deal on 3 May 2023.
"""

WAGES_ELSEWHERE = """
Harbour Post, 13 June 2023

Ivan Petek opened a school on Friday. Petek said it was long overdue.

Rosa Lind met Omar Farouk of the employers' group on Monday. The two sides talked
through the night. Lind said they agreed the wage deal on 12 June 2023.
"""


@pytest.mark.parametrize(
    ("own", "other", "claim"),
    [
        (SIDES_OWN, SIDES_OTHER, "Kofi Mensah and Chi Schmidt met on 27 March 2024."),
        (
            WAGES_OWN,
            WAGES_ELSEWHERE,
            "Rosa Lind and Ivan Petek agreed the wage deal on 3 May 2023.",
        ),
    ],
)
def test_the_two_sides_before_the_core_are_the_people_named_with_them(
    check_story, own: str, other: str, claim: str
) -> None:
    """'Kofi Mensah met Rafael Kowalski ... The two sides signed ... Mensah said' is
    about Mensah and Kowalski, though the paragraph before names Chi Schmidt: the
    date is no contradiction."""
    own_supports_other_silent(check_story, own, other, claim)


# -- another bearer of a claim's surname is another person ---------------------------------

SHARED_SURNAME_OWN = """
Santiago Post, 14 May 2024

Greta Ngo met Thanh Le in Santiago on 13 May 2024. The two sides signed 5 agreements on
clean energy.
"""

SHARED_SURNAME_OTHER = """
Bangkok Wire, 21 March 2024

Thanh Mensah met Thanh Le in Ottawa on 23 December. The two sides signed ten agreements
on public health.

Hiro Le met Greta Ngo in Bangkok on 20 March. The two sides signed 5 agreements on clean
energy. Le said the talks marked a thaw.
"""

LEASE_OWN = """
Harbour Ledger, 2 June 2024

Ana Silva met Mei Wu at the port office on Monday. The two sides signed a three-year
lease on the old warehouse.
"""

LEASE_OTHER = """
Harbour Ledger, 9 June 2024

Mei Wu opened a bakery on the quay on Saturday.

Chen Wu met Ana Silva at the port office on Friday. The two sides signed a three-year
lease on the old warehouse. Wu said the rent was fair.
"""

PRAISE_OWN = """
Seoul Herald, 6 May 2024

Rafael Bui praised the new container port on Monday.
"""

PRAISE_OTHER = """
Seoul Herald, 8 May 2024

Rafael Bui met Bruno Pham in Seoul on Monday.

Thanh Bui visited the harbour on Tuesday. Bui praised the new container port.
"""

RULING_OWN = """
Merlow Gazette, 3 March 2023

Karin Lutz criticised the ruling on the river crossing.
"""

RULING_OTHER = """
Merlow Gazette, 4 March 2023

Karin Lutz sat on the appeals bench in Merlow on Monday.

Anna Lutz spoke to reporters outside the court. Lutz criticised the ruling on the river
crossing.
"""


@pytest.mark.parametrize(
    ("own", "other", "claim"),
    [
        (
            SHARED_SURNAME_OWN,
            SHARED_SURNAME_OTHER,
            "Greta Ngo and Thanh Le signed 5 agreements on clean energy.",
        ),
        (LEASE_OWN, LEASE_OTHER, "Ana Silva and Mei Wu signed a three-year lease."),
        (PRAISE_OWN, PRAISE_OTHER, "Rafael Bui praised the new container port."),
        (RULING_OWN, RULING_OTHER, "Karin Lutz criticised the ruling on the river crossing."),
    ],
)
def test_another_bearer_of_the_surname_never_supports_the_claim(
    check_story, own: str, other: str, claim: str
) -> None:
    """'Hiro Le met Greta Ngo ... Le said' and 'Thanh Bui visited ... Bui praised' are
    about Hiro Le and Thanh Bui, though the document names Thanh Le or Rafael Bui
    elsewhere: a support there would be a false pass."""
    own_supports_other_silent(check_story, own, other, claim)


# -- who may name a person, from the index ------------------------------------------------

NAMERS_STORIES = {
    "summit": [
        "On Monday Amelia Hoàng met the mayor. Hoàng said the talks went well.",  # in full
        "Hoàng said the port would reopen.",  # bare, no other Hoàng named
        "On Monday Tam Hoàng opened the market. Hoàng said prices were stable.",  # another
        "The river runs past the old mill.",  # no Hoàng at all
    ],
    "county": [
        "On Monday Harris County voted on the budget.",  # in full
        "On Monday the county voted on the budget.",  # the last word as a common noun
        "On Monday Travis County voted on the budget.",  # another county, by name only
        "On Monday Lena Harris chaired the meeting.",  # the first word, as a surname
    ],
}


@pytest.mark.parametrize(
    ("story", "name", "expected"),
    [
        ("summit", "Amelia Hoàng", (0, 1)),
        ("summit", "Tam Hoàng", (1, 2)),
        ("county", "Harris County", (0, 1)),
        ("county", "Travis County", (1, 2)),
    ],
)
def test_who_may_name_a_person_is_read_from_the_passages_that_hold_the_surname(
    tmp_path: Path, story: str, name: str, expected: tuple[int, ...]
) -> None:
    """Documents that write the name in full, the surname bare with no other bearer of it,
    or its word as a common noun; never one that names another bearer only."""
    sources = []
    for number, text in enumerate(NAMERS_STORIES[story]):
        path = tmp_path / f"{story}{number}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        sources.append(Source(id=f"d{number}", path=path, display_path=path.name))
    corpus = Corpus([read_document(s) for s in sources], AliasTable())
    given, surname = (t.term for t in tokenize(name, AliasTable()))
    assert corpus.namers(surname, given) == expected
