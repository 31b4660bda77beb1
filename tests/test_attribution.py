"""Attribution checks: is the quote in the cited document, and who says it there."""

from __future__ import annotations

import pytest

from factcheck.model import AttributionResult

PIER = """
Riverton, June 10, 2024

Harbour master Ingrid Solberg said the pier was “a turning point for the whole fishing fleet”.

\u201cWe will double the catch within two years,\u201d she said.

Councillor Tomas Berg disagreed. “The money should have gone to the schools first,” Berg said.

\u201cTrade comes first,\u201d said Berg.

The pier is \u201clong overdue and badly needed\u201d by the town.

Opening remarks began the day. {filler} Closing remarks ended the day.
"""
FILLER = " ".join(["The boats went out early every morning and came back before noon."] * 8)

QUOTE = "a turning point for the whole fishing fleet"


def check(check_story, quote: str | None, speaker: str | None = None) -> AttributionResult:
    attribution = {"source": "pier"}
    if speaker:
        attribution["speaker"] = speaker
    if quote:
        attribution["quote"] = quote
    results = check_story(
        {"pier.txt": PIER.replace("{filler}", FILLER)},
        [
            {
                "id": "c",
                "claim": "Something was said about the pier.",
                "attributed_to": [attribution],
            }
        ],
    )
    (result,) = results["c"].attributions
    return result


# --- quotes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        QUOTE,
        QUOTE.upper(),
        f"\u201c{QUOTE}\u201d",
        f'"{QUOTE}"',
        "a turning point  for the whole\nfishing fleet",
        "a turning point for the whole fishing fleet.",
    ],
)
def test_exact_quote_despite_case_quotes_and_spacing(check_story, quote: str) -> None:
    result = check(check_story, quote)
    assert result.quote_status == "exact"
    assert result.quote_score == 1.0
    assert result.line == 3


def test_exact_quote_with_apostrophes_either_way(check_story) -> None:
    doc = "The minister said it was \u201cthe port\u2019s best year\u201d on record.\n"
    results = check_story(
        {"pier.txt": doc},
        [{"id": "c", "claim": "The port had its best year.",
          "attributed_to": [{"source": "pier", "quote": "the port's best year"}]}],
    )  # fmt: skip
    assert results["c"].attributions[0].quote_status == "exact"


def test_fuzzy_quote_reports_its_score(check_story) -> None:
    result = check(check_story, "a turning point for the entire fishing fleet")
    assert result.quote_status == "fuzzy"
    assert result.quote_score is not None and 0.0 < result.quote_score < 1.0
    assert result.line == 3
    assert not result.is_error


def test_missing_quote(check_story) -> None:
    result = check(check_story, "free parking for every visitor from next month")
    assert result.quote_status == "missing"
    assert result.is_error


def test_ellipsis_splits_the_quote(check_story) -> None:
    for quote in ("We will double \u2026 within two years", "We will double ... within two years"):
        result = check(check_story, quote)
        assert result.quote_status == "exact", quote
        assert result.line == 5


def test_ellipsis_parts_must_be_in_order(check_story) -> None:
    assert check(check_story, "within two years ... We will double").quote_status == "missing"


def test_ellipsis_parts_must_be_close_together(check_story) -> None:
    result = check(check_story, "Opening remarks began the day ... Closing remarks ended the day")
    assert result.quote_status == "missing"


def test_ellipsis_parts_each_must_be_found(check_story) -> None:
    assert check(check_story, "We will double ... by next spring").quote_status == "missing"


# --- speakers -------------------------------------------------------------------------


def test_speaker_confirmed_by_the_clause(check_story) -> None:
    result = check(check_story, QUOTE, "Ingrid Solberg")
    assert result.speaker_status == "confirmed"


def test_speaker_confirmed_by_surname_alone(check_story) -> None:
    result = check(check_story, "The money should have gone to the schools first", "Tomas Berg")
    assert result.speaker_status == "confirmed"


def test_pronoun_resolves_to_the_last_named_speaker(check_story) -> None:
    result = check(check_story, "We will double the catch within two years", "Ingrid Solberg")
    assert result.speaker_status == "confirmed"
    assert result.line == 5


def test_pronoun_resolving_to_someone_else_is_a_mismatch(check_story) -> None:
    result = check(check_story, "We will double the catch within two years", "Tomas Berg")
    assert result.speaker_status == "mismatch"
    assert result.speaker_found is not None and "Solberg" in result.speaker_found
    assert result.is_error


def test_another_name_is_a_mismatch(check_story) -> None:
    result = check(check_story, "The money should have gone to the schools first", "Ingrid Solberg")
    assert result.speaker_status == "mismatch"
    assert result.speaker_found is not None and "Berg" in result.speaker_found
    assert result.is_error


def test_speaker_found_without_trailing_punctuation(check_story) -> None:
    result = check(check_story, "Trade comes first", "Ingrid Solberg")
    assert result.speaker_status == "mismatch"
    assert result.speaker_found == "Berg"


def test_speaker_confirmed_across_a_line_break(check_story) -> None:
    doc = "Harbour master Ingrid Solberg said the new pier was\n“a turning point for the fleet”.\n"
    results = check_story(
        {"pier.txt": doc},
        [{"id": "c", "claim": "The pier is a turning point.",
          "attributed_to": [{"source": "pier", "speaker": "Ingrid Solberg",
                             "quote": "a turning point for the fleet"}]}],
    )  # fmt: skip
    assert results["c"].attributions[0].speaker_status == "confirmed"


def test_no_attribution_clause_is_unverified(check_story) -> None:
    result = check(check_story, "long overdue and badly needed", "Ingrid Solberg")
    assert result.quote_status == "exact"
    assert result.speaker_status == "unverified"
    assert not result.is_error


def test_missing_quote_leaves_the_speaker_unverified(check_story) -> None:
    result = check(check_story, "free parking for every visitor", "Ingrid Solberg")
    assert result.speaker_status == "unverified"


def test_speaker_aliases(check_story) -> None:
    doc = (
        "\u201cThe visit was a success,\u201d Deputy Prime Minister B\u00f9i Thanh S\u01a1n said.\n"
    )
    results = check_story(
        {"pier.txt": doc},
        [{"id": "c", "claim": "The visit was a success.",
          "attributed_to": [{"source": "pier", "speaker": "Bui Thanh Son",
                             "quote": "The visit was a success"}]}],
        aliases={"Bui Thanh Son": ["B\u00f9i Thanh S\u01a1n", "Son"]},
    )  # fmt: skip
    assert results["c"].attributions[0].speaker_status == "confirmed"


def test_according_to(check_story) -> None:
    doc = "The fleet will grow by a third next year, according to Ingrid Solberg.\n"
    results = check_story(
        {"pier.txt": doc},
        [{"id": "c", "claim": "The fleet will grow.",
          "attributed_to": [{"source": "pier", "speaker": "Ingrid Solberg",
                             "quote": "The fleet will grow by a third"}]}],
    )  # fmt: skip
    assert results["c"].attributions[0].speaker_status == "confirmed"


TRANSCRIPT = """MODERATOR: Welcome to the morning programme.

OKAFOR: The ward has been short of staff since March. We cannot go on like this.

QUESTION: Will the minister meet the union?

REILLY: My door is open, and it always has been.
"""


@pytest.mark.parametrize(
    ("quote", "speaker", "status"),
    [
        ("We cannot go on like this", "Grace Okafor", "confirmed"),
        ("We cannot go on like this", "Martin Reilly", "mismatch"),
        ("My door is open", "Martin Reilly", "confirmed"),
        ("My door is open", "Grace Okafor", "mismatch"),
        # a role label names no one
        ("Will the minister meet the union", "Grace Okafor", "unverified"),
    ],
)
def test_a_transcript_label_names_the_speaker(
    check_story, quote: str, speaker: str, status: str
) -> None:
    results = check_story(
        {"radio.txt": TRANSCRIPT},
        [{"id": "c", "claim": "Something was said on the radio.",
          "attributed_to": [{"source": "radio", "speaker": speaker, "quote": quote}]}],
    )  # fmt: skip
    assert results["c"].attributions[0].speaker_status == status


@pytest.mark.parametrize(
    ("doc", "quote", "speaker", "status"),
    [
        # a police briefing and a council meeting: a turn runs on through the paragraphs
        # after its label, up to the next label
        ("HADDON: Good afternoon.\n\nALDANE: Thank you. I will start with the arrests.\n\n"
         "The van was found on Monday.\n\nWe will find these men.\n\nHADDON: Questions.\n",
         "We will find these men", "Marcus Aldane", "confirmed"),
        ("HADDON: Good afternoon.\n\nALDANE: Thank you. I will start with the arrests.\n\n"
         "The van was found on Monday.\n\nWe will find these men.\n\nHADDON: Questions.\n",
         "We will find these men", "Jo Haddon", "mismatch"),
        ("CHAIR: The meeting is open.\n\nLUTZ: Thank you, chair.\n\nThe budget is tight."
         " We will keep every school open.\n\nREPORTER: Which schools?\n\nThat is not"
         " decided yet.\n",
         "We will keep every school open", "Karin Lutz", "confirmed"),
        # a reporter's turn runs on too, and names no one
        ("CHAIR: The meeting is open.\n\nLUTZ: Thank you, chair.\n\nThe budget is tight."
         " We will keep every school open.\n\nREPORTER: Which schools?\n\nThat is not"
         " decided yet.\n",
         "That is not decided yet", "Karin Lutz", "unverified"),
    ],
)  # fmt: skip
def test_a_transcript_turn_runs_on_to_the_next_label(
    check_story, doc: str, quote: str, speaker: str, status: str
) -> None:
    results = check_story(
        {"briefing.txt": doc},
        [{"id": "c", "claim": "Something was said at the briefing.",
          "attributed_to": [{"source": "briefing", "speaker": speaker, "quote": quote}]}],
    )  # fmt: skip
    assert results["c"].attributions[0].speaker_status == status


def test_a_quotation_is_given_by_the_clause_that_closes_it(check_story) -> None:
    doc = '"We will not close the clinic. It stays open all winter," Dr Helen Marsh said.\n'
    results = check_story(
        {"clinic.txt": doc},
        [{"id": "c", "claim": "The clinic stays open.",
          "attributed_to": [{"source": "clinic", "speaker": "Paul Gray",
                             "quote": "We will not close the clinic"}]}],
    )  # fmt: skip
    assert results["c"].attributions[0].speaker_status == "mismatch"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a place after a preposition is no speaker, in a drought story and a court story:
        # the person before the apposition is
        ("Minister Helena Ramos, who met farmers in Beja, said the rules were the minimum.",
         "Helena Ramos"),
        ("Judge Pavel Novak, who read the ruling at Brno, said the law went too far.",
         "Pavel Novak"),
    ],
)  # fmt: skip
def test_a_place_before_said_is_not_the_speaker(sentence: str, speaker: str) -> None:
    from factcheck.attribution import _clauses

    assert {who for _, who in _clauses(sentence)} == {speaker}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a jewellery raid and a school closure: a long relative clause between the name
        # and its speech verb
        ('Gareth Pell, who chairs the Porthaven Harbour Traders\' Association and runs the'
         ' chandlery two doors along, said: "This is a wake-up call."', "Gareth Pell"),
        ("Maria Okafor, who has taught at Hillside Primary for twenty-two years and leads"
         " the parents' campaign, said the vote was rushed.", "Maria Okafor"),
    ],
)  # fmt: skip
def test_a_relative_clause_after_a_name_keeps_the_speaker(sentence: str, speaker: str) -> None:
    from factcheck.attribution import _clauses

    assert speaker in [who for _, who in _clauses(sentence)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a state visit and a port strike: 'himself' after the name, then a long
        # apposition before the speech verb
        ("Varesh himself, speaking to reporters before boarding his plane in Brenholt,"
         ' called the trip "a success that achieved all its goals".', "Varesh"),
        ("Dock union leader Mara Quist herself, addressing a crowd of several hundred outside"
         " the port gates, said the strike would go on.", "Mara Quist"),
    ],
)  # fmt: skip
def test_a_reflexive_and_a_long_apposition_keep_the_speaker(sentence: str, speaker: str) -> None:
    from factcheck.attribution import _clauses

    assert [who for _, who in _clauses(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a mountain rescue and a fishing dispute: the body the relative clause names,
        # just before the verb, is not who speaks
        ("Dr Hugo Lind, who runs the Valley Rescue Trust, said the search had been the"
         " hardest of his career.", "Hugo Lind"),
        ("Ruth Ansel, who heads the Coastal Fishermen's Alliance, told reporters the quota"
         " was a betrayal.", "Ruth Ansel"),
    ],
)  # fmt: skip
def test_a_body_inside_the_relative_clause_is_not_the_speaker(sentence: str, speaker: str) -> None:
    from factcheck.attribution import _clauses

    assert [who for _, who in _clauses(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("doc", "quote", "speaker"),
    [
        # a trial retraction and a harbour closure: 'he said' after a sentence naming one
        # person and the alliance or trust they lead is that person's
        ("Martin Coyle, who chairs the Kidney Patients Alliance, has spent the week"
         ' fielding calls. "They deserved far better than this," he said.\n',
         "They deserved far better than this", "Martin Coyle"),
        ("Elin Varga, a trustee of the Harwick Harbour Trust, watched the last boat leave."
         ' "Nobody asked the town what it wanted," she said.\n',
         "Nobody asked the town what it wanted", "Elin Varga"),
    ],
)  # fmt: skip
def test_a_pronoun_passes_over_the_body_a_person_leads(
    check_story, doc: str, quote: str, speaker: str
) -> None:
    results = check_story(
        {"report.txt": doc},
        [{"id": "q", "claim": "Someone spoke.",
          "attributed_to": [{"source": "report", "speaker": speaker, "quote": quote}]}],
    )  # fmt: skip
    assert results["q"].attributions[0].speaker_status == "confirmed"


@pytest.mark.parametrize(
    ("doc", "claim"),
    [
        # a raid and a cup final: 'X called it Y' gives the words to X, so a document
        # that gives them to someone else contradicts
        ('Gareth Pell, who chairs the harbour traders, called the raid "a wake-up call for'
         ' every business on the quay". Mayor Owen Prideaux promised more cameras.\n',
         "Mayor Owen Prideaux called the raid a wake-up call for every business on the quay."),
        ('Club captain Ross Doig called the red-card decision "a disgrace to the final".'
         ' Manager Gary Whitelaw said little after the match.\n',
         "Manager Gary Whitelaw called the red-card decision a disgrace to the final."),
        # a port ruling and a cup win: 'X welcomed it, calling it Y' gives the words to X
        # too, even where the document names the claim's speaker elsewhere
        ("Piet Novak, who leads the residents' group, said the scheme would ruin the village."
         '\n\nPort director Lena Ferrier welcomed the ruling, calling it "a turning point for'
         ' Kelso and for the whole of Arnmouth".\n',
         'Piet Novak called the ruling "a turning point for Kelso and the whole of Arnmouth".'),
        ("Club president Hugo Lenz thanked the fans before kick-off.\n\nMarta Silva, the head"
         ' coach, praised her players after the final, describing the win as "the best night'
         ' of my career".\n',
         'Hugo Lenz described the win as "the best night of my career".'),
    ],
)  # fmt: skip
def test_a_characterisation_is_given_to_its_speaker(check_story, doc: str, claim: str) -> None:
    results = check_story({"column.txt": doc}, [{"id": "called", "claim": claim}])
    stance = results["called"].stance_of("column")
    assert stance.stance == "contradicts"
    assert stance.rule == "FC-SPEAKER"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Port director Lena Ferrier welcomed the ruling, calling it a turning point.",
         "Lena Ferrier"),
        ("Marta Silva, the head coach, praised her players, describing the win as historic.",
         "Marta Silva"),
        ("The council thanked Lena Ferrier, the director, calling her a tireless advocate.",
         None),
    ],
)  # fmt: skip
def test_the_subject_of_a_speech_participle(sentence: str, speaker: str | None) -> None:
    from factcheck.attribution import _NAME_DID_CALLING

    found = _NAME_DID_CALLING.search(sentence)
    assert (found.group("who") if found else None) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Their leader, Pau Serra, a former mayor, has been careful to say that it is over.",
         "Pau Serra"),
        ("Jan Peeters, the museum's director, has repeatedly said the alarm worked.",
         "Jan Peeters"),
    ],
)  # fmt: skip
def test_a_perfect_after_an_apposition_names_the_speaker(sentence: str, speaker: str) -> None:
    from factcheck.attribution import _clauses

    assert speaker in [who for _, who in _clauses(sentence)]


@pytest.mark.parametrize(
    ("doc", "speaker", "status"),
    [
        # a budget row, a museum theft, a mine rescue: 'she said' after a sentence naming
        # one person is that person's, never the man who spoke before her
        ('Finance Minister Jan Berg said the plan was sound. Economist Anna Holm disagreed'
         ' with the figures. "It does not add up," she said.\n', "Anna Holm", "confirmed"),
        ('Director Paul Roe said the alarm worked. Curator Ines Maes was on duty that night.'
         ' "The alarm never sounded," she said.\n', "Paul Roe", "mismatch"),
        ('Rescue chief Tomas Brenner led the night shift at the Redhollow pit. "We will not'
         ' stop until they are out," he said.\n', "Tomas Brenner", "confirmed"),
        # two people named since, or only a place: better unverified than a guess
        ('Director Paul Roe said the alarm worked. Curator Ines Maes met Inspector Tom Hale'
         ' that night. "The alarm never sounded," she said.\n', "Ines Maes", "unverified"),
        ('Director Paul Roe said the alarm worked. The thieves fled towards Harbour Square.'
         ' "The alarm never sounded," she said.\n', "Paul Roe", "unverified"),
        # with no one named in between, the pronoun is the last speaker's
        ('Finance Minister Jan Berg said the plan was sound. "It adds up," he said.\n',
         "Jan Berg", "confirmed"),
    ],
)  # fmt: skip
def test_a_pronoun_resolves_to_the_one_person_named_since(
    check_story, doc: str, speaker: str, status: str
) -> None:
    quote = doc.split('"')[1].rstrip(",")
    results = check_story(
        {"wire.txt": doc},
        [{"id": "c", "claim": "Something was said about the plan.",
          "attributed_to": [{"source": "wire", "speaker": speaker, "quote": quote}]}],
    )  # fmt: skip
    assert results["c"].attributions[0].speaker_status == status


@pytest.mark.parametrize(
    ("claim", "frame"),
    [
        # the speaker frame of a claim is a noun phrase and a speech verb ...
        ("Finance Minister Jan Berg said taxes would rise.", "Finance Minister Jan Berg said"),
        ("Mayor Owen Prideaux called the raid a wake-up call.", "Mayor Owen Prideaux called"),
        # ... never a clause: a kettle recall and a takeover
        ("The retailer Kaupa stopped selling the kettle before Halberg announced the recall.",
         ""),
        ("Halvard's shares jumped after Meridian announced the deal.", ""),
        # a name in apposition, and 'warned' or 'admitted' (an earthquake, a fire, a
        # doping case) ...
        ("Chivay's mayor, Eusebio Mamani, said the tower would be rebuilt.",
         "Chivay's mayor, Eusebio Mamani, said"),
        ("Incident commander Tomas Quillan warned the fire was not over.",
         "Incident commander Tomas Quillan warned"),
        ("Cyclist Tomas Hallberg admitted taking a banned stimulant.",
         "Cyclist Tomas Hallberg admitted"),
        # a finding with its 'that' (a study retraction, a court case)
        ("The inquiry found that trial participants were harmed.", "The inquiry found that"),
        ("The court ruled that the dismissal was unfair.", "The court ruled that"),
        ("The court ruled on Monday.", ""),
        # ... but a clause in apposition is no name, and a passive no speech
        ("The minister, who arrived on Monday, said talks were good.", ""),
        ("Transport Minister Karl Benn was warned about cracks in the tunnel.", ""),
    ],
)  # fmt: skip
def test_a_claims_frame_is_who_speaks_not_a_clause(claim: str, frame: str) -> None:
    from factcheck.features import _frame_end

    assert claim[: _frame_end(claim)] == frame


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a wildfire briefing and a rail inquiry: the name, what it belongs to, the verb
        ('"This fire is not done with us yet," Deputy Chief Ines Farrow of the state fire'
         " service warned at Friday's briefing.", "Ines Farrow"),
        ("Inspector Karl Weiss of the federal rail safety office said the weld had failed.",
         "Karl Weiss"),
    ],
)  # fmt: skip
def test_a_name_and_its_body_before_the_verb_name_the_speaker(sentence: str, speaker: str) -> None:
    from factcheck.attribution import _clauses

    assert speaker in [who for _, who in _clauses(sentence)]


def test_words_given_to_someone_else_of_a_body_contradict(wire_stance) -> None:
    # a wildfire briefing: 'Ines Farrow of the state fire service warned' gives the words
    # to her, not to the incident commander
    doc = (
        'MARRICK, 21 August 2026 - "This fire is not done with us yet," Deputy Chief Ines'
        " Farrow of the state fire service warned at Friday's briefing.\n"
    )
    claim = 'Incident commander Tomas Quillan warned: "This fire is not done with us yet."'
    assert wire_stance(doc, claim) == "contradicts"


@pytest.mark.parametrize(
    ("doc", "claim", "speaker"),
    [
        # a wildfire and a ferry grounding: words the document gives to no one it names
        # are silent on who said them, and the explanation says so
        ("MARRICK, 21 August 2026 - \"This fire is not done with us yet,\" came the warning"
         " at Friday's briefing, with strong winds forecast to return on Sunday.\n",
         'Incident commander Tomas Quillan warned: "This fire is not done with us yet."',
         "Tomas Quillan"),
        ("KELSO, 3 May 2025 - \"We were lucky the tide was rising,\" was the verdict from"
         " the bridge after the ferry Skerry Queen ran aground at dawn near Kelso.\n",
         'Captain Ailsa Brodie said: "We were lucky the tide was rising."',
         "Captain Ailsa Brodie"),
    ],
)  # fmt: skip
def test_words_the_document_gives_to_no_one_it_names(
    check_story, doc: str, claim: str, speaker: str
) -> None:
    results = check_story({"wire.txt": doc}, [{"id": "c", "claim": claim}])
    (stance,) = results["c"].stances
    assert stance.stance == "silent"
    assert stance.lacking == (f"the claim's speaker '{speaker}' (it never names them)",)


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # a world assembly and a court: a sentence's first word or a day is no part of a
        # name, so 'he' is not looked for in 'The Aldessa leg' or 'On Monday'
        ("The Aldessa leg followed a crowded programme in Marisport.", []),
        ("On Monday, Varesh addressed a summit on water security.", []),
        ("On Friday, Judge Ruth Amsel read her ruling.", ["Judge Ruth Amsel"]),
    ],
)
def test_no_person_is_made_of_a_sentences_first_word(sentence: str, people: list[str]) -> None:
    from factcheck.attribution import _people_named
    from factcheck.terms import AliasTable

    assert [name for name, _ in _people_named(sentence, AliasTable())] == people


@pytest.mark.parametrize(
    ("sentence", "surnames", "named"),
    [
        # the same stories: a surname the document gave in full before names its bearer
        ("On Monday, Varesh addressed a summit.", {"Varesh"}, ["Varesh"]),
        ("The court heard from Amsel on Friday.", {"Amsel"}, []),  # after 'from': not who acts
        ("The Kelso court heard the case.", {"Amsel"}, []),
    ],
)
def test_a_surname_alone_names_whom_the_document_named_in_full(
    sentence: str, surnames: set[str], named: list[str]
) -> None:
    from factcheck.attribution import _surnames_named

    found = _surnames_named(sentence, frozenset(surnames))
    assert [name for name, acts in found if acts] == named


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a role 'of' a group before the name: the name speaks, not the role
        ("Chair of judges Owen Prior called it 'a novel for the ages'.", "Owen Prior"),
        ("Head of research Dana Kovac said the trial had failed.", "Dana Kovac"),
        # a name 'of' an organisation still speaks itself
        ("Ines Farrow of the Red Cross said the camp was full.", "Ines Farrow"),
    ],
)
def test_a_role_of_a_group_before_a_name_leaves_the_name_speaking(
    sentence: str, speaker: str
) -> None:
    from factcheck.attribution import _clauses

    assert next(who for _, who in _clauses(sentence)) == speaker
