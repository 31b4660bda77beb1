"""What a sentence's own words say of each of its figures and dates, whatever the claim.

'212 people *injured*' tells what befell the people counted; 'the largest sale *since*
2010' makes 2010 the bound of a ranking, not the date of an event; 'more than 6,000
people *are sleeping in shelters*' says which people are counted. These notes depend on
the sentence alone, so the corpus computes them once per sentence and every claim reads
them (index.Corpus.value_notes).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from factcheck.dates import DateMention
from factcheck.lexicon import opposite_terms, words
from factcheck.qualifiers import CLAUSE_BREAK
from factcheck.terms import Token, ending_by, stem, tokens_after, tokens_before
from factcheck.values import (
    CURRENCIES,
    Quantity,
    Values,
    changes_between,
    expected_spans,
    is_multiple,
    is_past_form,
    total_of,
    undecided_spans,
    went_down,
)

Value = Quantity | DateMention
Span = tuple[int, int]  # a value's offsets in its sentence

NEIGHBOURS = 4  # content words after a value that say what it counts
CLAUSE_REACH = 4  # content words either side of a value that belong to its clause
# What befalls people and homes, told right after their count ('212 people injured'); a
# main verb after a count ('three passengers suffered') is not one of them.
BEFALLEN = frozenset(
    stem(w)
    for w in "killed injured hurt wounded destroyed damaged displaced evacuated rescued"
    " arrested detained missing trapped stranded".split()
)
PEOPLE = frozenset({"peopl", "person", "individu", "resid"})  # counts that say little
SUPERLATIVE_WORDS = words("superlatives")
# A figure told as a possibility: 'the fine could reach 2 million euros', 'costs might
# top 40 million' is no report that the fine was 2 million.
# ('faces up to 12 years in prison', 'a maximum sentence of 10 years': what could be)
HEDGE = re.compile(
    r"\b(?:(?:[Cc]ould|[Mm]ight|may)\s+(?:\w+\s+){0,2}"
    r"|(?:[Ff]aces?|[Ff]acing)\s+(?:(?:up\s+to|a\s+maximum\s+(?:\w+\s+){0,2}of|as\s+much\s+as)\s+)?"
    r"|[Mm]aximum\s+(?:sentence|penalty|fine|term)\s+of\s+"
    # a forecast or a target is no count of what happened: 'below the forecast of 1.6m'
    r"|(?:[Ff]orecasts?|[Tt]argets?|[Pp]rojections?|[Gg]oals?|[Aa]ims?|[Aa]mbitions?"
    r"|[Oo]bjectives?|[Dd]emands?)\s+(?:of\s+|(?:is|was|are|were)\s+(?:for\s+)?)?"
    r"(?:about\s+|around\s+|some\s+)?"
    # a warning or a prediction neither: 'forecasters had warned of winds of up to 180'
    r"|(?:warn(?:ed|s|ing)?|predict(?:ed|s|ing)?)\s+(?:of\s+|that\s+)?(?:\w+\s+){0,2}"
    r"(?:of\s+)?(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+)?)$"
)  # not 'May'
# ... or as what is needed: 'It has 11 qualified controllers against the 16 it needs'
_NEEDED = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:it|they|we|he|she)\s+|the\s+\w+\s+)?"
    r"(?:needs|needed|requires|required|would\s+need)\b",
    re.I,
)
HEDGED_CLAIM = re.compile(
    r"\b(?:[Cc]ould|[Mm]ight|may|fac(?:es?|ing)|maximum|forecasts?|targets?|projections?"
    r"|goals?|aims?|ambitions?|objectives?|demands?"
    r"|projected|warn(?:ed|s|ing)?|predict(?:ed|s|ing)?)\b"
)
# A figure a change started from: 'turnout was 62 per cent, *up from* 58 per cent',
# 'prices rose *from* 3 per cent to 5 per cent'. It is what was, not what is.
EARLIER = re.compile(
    r"\b(?:from|compared\s+(?:with|to))\s+(?:the\s+)?(?:about\s+|around\s+)?$"
    # ... and what it was of: 'compared with a profit of 112m a year earlier'
    r"|\b(?:compared\s+(?:with|to)|(?:up|down)\s+from)\s+an?\s+(?:[\w-]+\s+){1,2}of\s+"
    r"(?:about\s+|around\s+)?$",
    re.I,
)


# a figure of an earlier time a ranking looks back to: 'the largest since 2019, when
# 520kg was found', 'the worst since 1998, when 31 people died'
_AT_AN_EARLIER_TIME = re.compile(
    r"\b(?:since|in|until)\s+(?:\d{4}|last\s+year),?\s+when\b[^.;:]{0,60}$", re.I
)


# 'fell *to* 4.1 per cent' is where it ended; 'fell *by* 4.1 per cent' how far it went
_MARKER = re.compile(r"\b(to|by)\s+$", re.I)
# a count gained or lost is a change: 'has gained 280 breeding pairs', 'lost 40 officers'
_GAINED = re.compile(
    r"\b(?:gain(?:ed|s)?|los(?:t|es|e)|add(?:ed|s)?|shed(?:s)?)\s+(?:a\s+)?(?:(?:further|"
    r"another|net|about|some|around|nearly|almost)\s+)?$",
    re.I,
)
# '76 *fewer* pharmacies than a year before', '4,400 *more* parcels ... than': a
# difference (not 'two more routes next spring': two routes besides those there are)
_COMPARATIVE_WORD = re.compile(r"\s(?:more|fewer|less)\s", re.I)
_THAN_LATER = re.compile(r"[^.;:]{0,90}?\bthan\b", re.I)


def told_as_difference(value: Value, text: str) -> bool:
    """'4,400 more parcels', '76 fewer pharmacies': a count of how many more or fewer,
    never how many there are."""
    if not isinstance(value, Quantity) or not _COMPARATIVE_WORD.search(value.text):
        return False
    return bool(_THAN_LATER.match(text, value.end))


# a word of change or comparison just before a figure, in its clause: 'rose 7 per cent',
# 'cut 450 jobs', 'up 12', 'to 63': the figure is no plain count of what there is
_CHANGE_BEFORE = re.compile(
    r"\b(?:ris\w*|rose|fell|fall\w*|up|down|increas\w*|decreas\w*|grew|grow\w*|drop\w*|"
    r"climb\w*|jump\w*|soar\w*|surg\w*|slump\w*|plung\w*|cut\w*|gain\w*|los[te]\w*|"
    r"add\w*|shed\w*|more|fewer|less|by|to|from)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def a_plain_count(value: Value, text: str) -> bool:
    """'revoked 63 certificates', 'In 2023 the number was 41': how many there are, with
    no word of change or comparison before it (a percentage is often a change unmarked:
    'rose 7%', 'inflation of 3%')."""
    if not isinstance(value, Quantity) or value.unit == "percent":
        return False
    if told_as_difference(value, text) or _COMPARATIVE_WORD.search(value.text):
        return False
    return not _CHANGE_BEFORE.search(text, max(0, value.start - 40), value.start)


def change_marker(value: Quantity, text: str) -> str | None:
    """'to' or 'by' right before a figure: its level after a change, or the change (as
    'halved' always is, and '76 fewer pharmacies than a year before', 'has gained 280
    breeding pairs since 2019')."""
    if is_multiple(value) or told_as_difference(value, text):
        return "by"
    head = (value.unit or "").split("/")[0]
    if head not in CURRENCIES and _GAINED.search(text, max(0, value.start - 40), value.start):
        return "by"  # ('lost 2.3 million euros' is a loss, no change in one)
    found = _MARKER.search(text, max(0, value.start - 4), value.start)
    return found.group(1).lower() if found else None


# A count that is the whole some part is taken from: 'a third *of the* 900 containers',
# 'two of the five injured'. The part is what the sentence counts, not the whole.
_PART_OF = re.compile(
    r"\b(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
    r"thousands|half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|some|most|"
    r"many|several|few|part|majority|minority|share|proportion)\s+of\s+(?:the|its|their)"
    r"(?:\s+[\w-]+['’]s)?"  # 'two of the train's four carriages'
    # a count out of a count needs no 'the': 'one of six deputies', '4 of 12 wards'
    r"|(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of"
    r"(?:\s+[\w-]+['’]s)?)"  # '14 of Kingston's 48 seats'
    r"\s+$",
    re.I,
)


def part_of(value: Quantity, text: str) -> bool:
    """The figure is the whole a part is counted from ('a third of the 900
    containers')."""
    return bool(_PART_OF.search(text, max(0, value.start - 40), value.start))


# A figure first given and since replaced: 'officials *initially* said 12 people had
# died'. It is what was said then, not what is known now.
_SUPERSEDED = re.compile(
    r"\b(?:initially|originally|at\s+first"
    # a plan since given up: 'It had been due to shut next year'
    r"|had\s+been\s+(?:due|expected|scheduled|set|planned|supposed|meant)\s+to)\b[^;:]{0,60}$",
    re.I,
)


# A date a plan has since moved from: 'scheduled for Thursday, has been postponed to
# Saturday', 'was moved from 3 May to 10 May'.
_MOVED_LATER = re.compile(
    r"[^;.]{0,80}?\b(?:postponed|delayed|pushed\s+back|put\s+off|moved|rescheduled|brought"
    r"\s+forward)\s+(?:\w+\s+){0,3}?(?:to|until)\b",
    re.I,
)
_MOVED_FROM = re.compile(r"\bfrom\s+$", re.I)
_MOVED_TO_BEFORE = re.compile(
    r"\b(?:postponed|delayed|pushed\s+back|put\s+off|moved|rescheduled)\s+(?:\w+\s+){0,3}?"
    r"(?:to|until)\s+[^;.]{1,40}\bfrom\s+$",
    re.I,
)


def first_given(value: Value, text: str) -> bool:
    """The figure is one first given ('initially put the damage at 2 million'), or a
    date a plan has since moved from ('scheduled for Thursday, has been postponed to
    Saturday')."""
    if _SUPERSEDED.search(text, max(0, value.start - 80), value.start):
        return True
    if not isinstance(value, DateMention):
        return False
    if _MOVED_LATER.match(text, value.end):
        return True
    # 'from March' may be written into the date itself
    head = value.start + 5 if value.text.lower().startswith("from ") else value.start
    if not _MOVED_FROM.search(text, max(0, head - 6), head):
        return False
    # 'moved from 3 May to 10 May', 'pushed back to 2027 from 2025'
    return bool(re.match(r"\s+to\b", text[value.end :])) or bool(
        _MOVED_TO_BEFORE.search(text, max(0, head - 80), head)
    )


def started_from(value: Quantity, text: str) -> bool:
    """The figure is where a change started ('up from 58 per cent'), not a range ('from
    3 to 5 per cent')."""
    if value.low != value.high:
        return False
    return value.text.lower().startswith("from ") or bool(
        EARLIER.search(text, max(0, value.start - 45), value.start)
    )


EVENT_REACH = 3  # tokens before a date that may name what happened on it
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def event_word(tokens: Sequence[Token], start: int, text: str) -> str | None:
    """The verb a date (or a place) at ``start`` is the date of, right before it in its
    clause: 'ended on Wednesday' -> 'end', 'began on Monday, 13 October' -> 'begin',
    'registered in Panama' -> 'regist'. Only a verb form: 'in the south on 7 July' says
    nothing of what happened then."""
    found = _word_before(tokens, start, text)
    return found[0] if found is not None and found[1] else None


def event_told(tokens: Sequence[Token], start: int, text: str) -> tuple[str, bool] | None:
    """What a date in a document is the date of: the word right before it in its clause,
    verb or noun ('the collapse on Tuesday'), and whether it is a verb form."""
    return _word_before(tokens, start, text)


def _word_before(tokens: Sequence[Token], start: int, text: str) -> tuple[str, bool] | None:
    stop = ending_by(tokens, start)
    before = tokens[max(0, stop - EVENT_REACH - 1) : stop]
    edge = start
    for token in reversed(before):
        if token.word in WEEKDAYS and edge == start:
            edge = token.start  # 'on Monday, 13 October 2025': one date
            continue  # ('on Monday, and three days later': two)
        if CLAUSE_BREAK.search(text, token.end, edge):
            return None
        edge = token.start
        # a past form may be a stop word ('held')
        if token.kind in ("word", "stop") and not token.capitalised and is_past_form(token.word):
            return token.term, True
        if token.kind == "word":
            return (token.term, False) if not token.capitalised else None
    return None


@dataclass(frozen=True)
class ValueNotes:
    values: tuple[Value, ...]  # the sentence's counts, then its dates
    neighbours: tuple[dict[str, float], ...]  # for each value, the words right after it
    befallen: dict[Span, str]  # a count -> what befell it ('injured')
    clause_words: dict[Span, frozenset[str]]  # a count of people -> the words of its clause
    ranking_scope: frozenset[Span]  # dates that bound a ranking ('since 2010')
    hedged: frozenset[Span] = frozenset()  # figures told as possible ('could reach 2m')
    earlier: frozenset[Span] = frozenset()  # figures a change started from ('up from 58%')
    wholes: frozenset[Span] = frozenset()  # wholes a part is counted from ('a third of the 900')
    first_given: frozenset[Span] = frozenset()  # figures since replaced ('initially said 12')
    markers: dict[Span, str] = field(default_factory=dict)  # 'to' or 'by' before a figure
    # a date -> what it is the date of: the word before it, and whether a verb
    events: dict[Span, tuple[str, bool]] = field(default_factory=dict)
    # figures of what is only expected, tried or promised ('would try to reach it on Tuesday')
    intended: frozenset[Span] = frozenset()
    # a count of two fates together -> both ('1,200 homes destroyed or damaged')
    combined: dict[Span, frozenset[str]] = field(default_factory=dict)
    # a count -> what befell it, told after a verb too ('five people were still missing')
    fates: dict[Span, str] = field(default_factory=dict)
    # figures of what is left open, feared or only could be ('could cost 2m', 'hopes 10,000')
    open_values: frozenset[Span] = frozenset()
    # the whole year the sentence opens in ('Last year, ...', 'In 2023, ...')
    opening_year: DateMention | None = None
    # a count -> the whole years its own clause names ('a 6.4 tremor in 1998 that killed 31')
    clause_years: dict[Span, tuple[DateMention, ...]] = field(default_factory=dict)
    # what a change from one figure to another amounts to ('to 41 cents, up from 36': 5
    # cents), and the figures such a change is told by (levels, not changes)
    changes: tuple[Quantity, ...] = ()
    levels: frozenset[Span] = frozenset()
    # the changes that went down ('412 million, compared with 305 million' went up)
    falls: frozenset[Span] = frozenset()
    # what figures of one unit told side by side come to ('1.2 million tonnes of wheat and
    # 300,000 tonnes of maize': 1.5 million tonnes in total)
    totals: tuple[Quantity, ...] = ()
    # which way each figure a change started from went, told loosely or not ('about 3,000
    # people, down from 5,500' went down): True for down
    moved_down: frozenset[bool] = frozenset()
    # where a change told in per cent started, from the level it reached ('slide by a
    # third to 60 million euros': from about 90 million)
    starts: tuple[Quantity, ...] = ()
    # counts of all a vessel or place holds ('a ferry carrying about 220 passengers'):
    # none of them is a count of what befell some of them
    aboard: frozenset[Span] = frozenset()
    # what a place or thing was built or designed to hold ('built to hold 480 men'): a
    # capacity, never a count of what it holds now
    capacities: frozenset[Span] = frozenset()
    # the figure another thing's is a multiple of ('64 treatment bays, twice as many as
    # the unit it replaces': 32 of them)
    relatives: tuple[Quantity, ...] = ()


def note_values(
    tokens: Sequence[Token],
    values: Values,
    text: str,
    expected: Sequence[Span] | None = None,
    undecided: Sequence[Span] | None = None,
) -> ValueNotes:
    """``expected`` and ``undecided``: the sentence's expected_spans and undecided_spans,
    where they are known."""
    mentioned: list[Value] = [*values.quantities, *values.dates]
    befallen: dict[Span, str] = {}
    clause_words: dict[Span, frozenset[str]] = {}
    ranking_scope: set[Span] = set()
    hedged: set[Span] = set()
    earlier: set[Span] = set()
    wholes: set[Span] = set()
    superseded: set[Span] = set()
    markers: dict[Span, str] = {}
    events: dict[Span, tuple[str, bool]] = {}
    if mentioned and expected is None:
        expected = expected_spans(tokens, text)
    if mentioned and undecided is None:
        undecided = undecided_spans(tokens, text)
    intended = _within(mentioned, expected or [])
    open_values = _within(mentioned, undecided or [])
    combined: dict[Span, frozenset[str]] = {}
    fates: dict[Span, str] = {}
    for value in mentioned:
        span = (value.start, value.end)
        if HEDGE.search(text, max(0, value.start - 30), value.start) or _NEEDED.match(
            text, value.end
        ):
            hedged.add(span)
        if isinstance(value, Quantity) and (
            started_from(value, text)
            or _AT_AN_EARLIER_TIME.search(text, max(0, value.start - 90), value.start)
        ):
            earlier.add(span)
        if isinstance(value, Quantity) and part_of(value, text):
            wholes.add(span)
        if first_given(value, text):
            superseded.add(span)
        if isinstance(value, Quantity) and (marker := change_marker(value, text)):
            markers[span] = marker
        if isinstance(value, DateMention) and (event := event_told(tokens, value.start, text)):
            events[span] = event
        if isinstance(value, Quantity) and (together := fates_together(tokens, value, text)):
            combined[span] = together
        if isinstance(value, Quantity):
            participle = participle_after(tokens, value, text) or gerund_before(tokens, value, text)
            if participle is not None:
                befallen[span] = participle
            fate = participle or participle_after(tokens, value, text, through=True)
            if fate is not None:
                fates[span] = fate
            if value.unit in PEOPLE:
                clause_words[span] = frozenset(around(tokens, value, text))
        elif ranks_since(text, value):
            ranking_scope.add(span)
    return ValueNotes(
        tuple(mentioned),
        tuple(neighbours(tokens, mentioned)),
        befallen,
        clause_words,
        frozenset(ranking_scope),
        frozenset(hedged),
        frozenset(earlier),
        frozenset(wholes),
        frozenset(superseded),
        markers,
        events,
        frozenset(intended),
        combined,
        fates,
        frozenset(open_values),
        _opening_year(values, text),
        _clause_years(values, text),
        *_changes(values.quantities, earlier),
        _totals(values.quantities, text, frozenset(wholes)),
        _moved_down(values.quantities, earlier) | _compared_down(values.quantities, text),
        _starts_before(tokens, values.quantities, text),
        frozenset(
            (q.start, q.end)
            for q in values.quantities
            if _ABOARD.search(text, max(0, q.start - 40), q.start)
        ),
        frozenset(
            (q.start, q.end)
            for q in values.quantities
            if _CAPACITY.search(text, max(0, q.start - 40), q.start)
        ),
        _relatives(values.quantities, text),
    )


def _relatives(quantities: Sequence[Quantity], text: str) -> tuple[Quantity, ...]:
    """The counts a figure is told as a multiple of: '64 treatment bays, twice as many
    as the unit it replaces' tells 32 of the old unit's, 'three times the 40 of last
    year' is not one (the other count is written)."""
    found: list[Quantity] = []
    for quantity in quantities:
        if quantity.low != quantity.high or quantity.unit in (None, "percent"):
            continue
        times = _AS_MANY_AS.match(text, quantity.end)
        if times is None:
            continue
        factor = _TIMES[times.group(1).lower()]
        amount = quantity.low / factor
        other = _OTHER_THING.match(text, times.end())
        if other is None:
            continue
        told = f"{quantity.text}, {times.group(0).strip(' ,')} {other.group(0).strip()}"
        found.append(
            Quantity(amount, amount, quantity.precision, quantity.unit, told, quantity.start,
                     other.end())
        )  # fmt: skip
    return tuple(found)


def relative_of(quantity: Quantity) -> str | None:
    """The thing a figure derived by ``_relatives`` counts ('the old unit it replaces'),
    or None for any other figure."""
    _, found, other = quantity.text.partition(" as many as ")
    return other if found else None


_OTHER_THING = re.compile(r"[^.;:,()]{3,60}")  # 'the old unit it replaces'
_TIMES = {"twice": 2.0, "double": 2.0, "three times": 3.0, "four times": 4.0, "half": 0.5}
# ', twice as many as the unit it replaces', ', three times as many as' (no figure after)
_AS_MANY_AS = re.compile(
    r"[^.;:\d]{0,30}?,?\s+(twice|double|three\s+times|four\s+times|half)\s+as\s+"
    r"many\s+as\s+(?![^.;:]{0,25}\d)",
    re.I,
)
# a claim that speaks of a capacity ('built for 480', 'a capacity of 480', 'can hold')
CAPACITY_CLAIMED = re.compile(
    r"\b(?:capacity|built|designed|meant|intended|licensed|room\s+for|space\s+for|"
    r"places\s+for|seats|holds\s+up\s+to|can\s+(?:hold|take|carry|seat))\b",
    re.I,
)
# what comes before a capacity: 'built to hold', 'designed for', 'a capacity of', 'room for'
_CAPACITY = re.compile(
    r"\b(?:built|designed|meant|intended|licensed)\s+(?:to\s+(?:hold|house|take|carry|seat)|"
    r"for)\s+$|\b(?:a\s+)?capacity\s+of\s+$|\b(?:room|space|places)\s+for\s+$",
    re.I,
)
_ABOARD = re.compile(
    r"\b(?:carrying|carried|holding|aboard|on\s+board|licensed\s+to\s+carry|capacity\s+of|"
    r"designed\s+for|room\s+for)\s+$",
    re.I,
)


# a change in per cent, then the level it reached: 'slide by a third to', 'fell 8% to'
_THEN_THE_LEVEL = re.compile(
    r"\s+(?:(?:a|an|per)\s+(?:year|month|week|day|hour)\s+)?to\s+$", re.I
)  # ('up by 62 pounds a year to 530 pounds')
_ROUNDED = 0.5  # a whole per cent is told to the nearest one
_RISE, _FALL = stem("rise"), stem("fall")
_UPS = frozenset(stem(w) for w in ("rise", "raise", "increase"))  # 'cut' is their opposite
_DOWNS = frozenset(stem(w) for w in ("fall", "cut", "decrease", "lower", "reduce"))
_UNCHANGED = stem("unchanged")


def tells_a_fall(changes: set[str]) -> bool | None:
    """Whether change words say a figure went down ('fell', 'cut', 'halved') or up
    ('rose', 'raised'); None when they say neither or both."""
    moves = {t for t in changes if t != _UNCHANGED}  # ('unchanged' is the opposite of both)
    down = any(_UPS & opposite_terms(t) for t in moves)
    up = any(_DOWNS & opposite_terms(t) for t in moves)
    return down if down != up else None


def _starts_before(
    tokens: Sequence[Token], quantities: Sequence[Quantity], text: str
) -> tuple[Quantity, ...]:
    """Where each change told in per cent and followed by its level started: the level
    taken back by the change ('fell by a third to 60 million': from 88.7 to 91.4
    million, the share being told loosely)."""
    starts: list[Quantity] = []
    for change, level in itertools.pairwise(quantities):
        if level.unit in (None, "percent") or level.low != level.high:
            continue
        if not _THEN_THE_LEVEL.match(text[change.end : level.start]):
            continue
        said = change_words(tokens, change, text)
        if change.unit == level.unit:  # 'cut the price of a season ticket by 40 pounds'
            said |= _clause_before(tokens, change.start, text)
        fell = tells_a_fall(said)  # ('halved' tells it too)
        if fell is None:
            continue
        if change.unit == level.unit and change.low == change.high:
            # 'up by 62 pounds to 530 pounds': from 468 pounds
            start = level.low + (change.low if fell else -change.low)
            if start > 0:
                told = f"a {'fall' if fell else 'rise'} of {change.text} to {level.text}"
                starts.append(
                    Quantity(start, start, level.precision, level.unit, told, change.start,
                             level.end)
                )  # fmt: skip
            continue
        if change.unit != "percent":
            continue
        margin = _ROUNDED if change.precision == "exact" and change.low == change.high else 0.0
        shares = (change.low - margin, change.high + margin)
        sign = -1.0 if fell else 1.0
        if any(1 + sign * share / 100 <= 0 for share in shares):
            continue
        ends = sorted(level.low / (1 + sign * share / 100) for share in shares)
        way = "fall" if fell else "rise"
        move = change.text if is_multiple(change) else f"a {way} of {change.text}"
        told = f"{move} to {level.text}"  # 'halved to 12 million', 'a fall of 8% to ...'"
        starts.append(
            Quantity(ends[0], ends[1], "approx", level.unit, told, change.start, level.end)
        )
    return tuple(starts)


# Between two parts of one total: 'and', 'plus' or a comma, and a few words of what each
# counts ('of wheat and'); never a change, a part of a whole or an alternative.
_JOINED = re.compile(r"[^.;:()]{0,50}?(?:\band\b|\bplus\b|,)[^.;:()]{0,12}", re.IGNORECASE)
_NOT_JOINED = re.compile(
    r"^\s*to\b|\b(?:from|up|down|including|of which|out of|than|or|per|each)\b",
    re.IGNORECASE,
)


def _clause_before(tokens: Sequence[Token], start: int, text: str) -> set[str]:
    """The content words of a figure's clause before it, however many."""
    found: set[str] = set()
    edge = start
    for token in tokens_before(tokens, start):
        if CLAUSE_BREAK.search(text[token.end : edge]):
            break
        edge = token.start
        if token.kind != "stop":
            found.add(token.term)
    return found


def _totals(
    quantities: Sequence[Quantity], text: str, wholes: frozenset[Span]
) -> tuple[Quantity, ...]:
    """The sum of each list of figures joined by 'and' ('1.2 million tonnes of wheat and
    300,000 tonnes of maize'); a whole a part is counted from ('of the 900') is in none."""
    totals: list[Quantity] = []
    run: list[Quantity] = []
    joined = False  # a list ends in 'and': 'of the 900, 300 were lost' is none

    def close() -> None:
        if joined and (total := total_of(run)) is not None:
            totals.append(total)

    for quantity in quantities:
        if (quantity.start, quantity.end) in wholes:
            close()
            run, joined = [], False
            continue
        if run:
            gap = text[run[-1].end : quantity.start]
            if _JOINED.fullmatch(gap) and not _NOT_JOINED.search(gap):
                run.append(quantity)
                joined = joined or bool(_AND.search(gap))
                continue
            close()
        run, joined = [quantity], False
    close()
    return tuple(totals)


_AND = re.compile(r"\b(?:and|plus)\b", re.IGNORECASE)


def _starts_and_levels(
    quantities: Sequence[Quantity], earlier: set[Span]
) -> list[tuple[Quantity, list[Quantity]]]:
    """Each figure a change started from, with the levels it may have gone to, nearest
    first: the figure before it ('rose to 14.20 dollars from 13.50'), then the one after
    it ('from 13.50 dollars to 14.20')."""
    found: list[tuple[Quantity, list[Quantity]]] = []
    for start in quantities:
        if (start.start, start.end) not in earlier:
            continue
        others = [q for q in quantities if q is not start and (q.start, q.end) not in earlier]
        before = [q for q in others if q.end <= start.start]
        after = [q for q in others if q.start >= start.end]
        found.append((start, before[-1:] + after[:1]))
    return found


def level_of(
    start: Quantity, values: Sequence[Value], earlier: Collection[Span], counted: bool = False
) -> Quantity | None:
    """The level a change went to from ``start`` ('1,140 turtles, up from about 900'; 'to
    480 per US dollar from 428'): the nearest figure of its size before it, else after
    it, that is no start itself (``counted``: one that says what it counts, so that a bare
    start can take its unit: 'to 1,134 pharmacies, from 1,210', not the 'twelve months'
    of '9.6 million passengers in the twelve months to June, compared with 9.1 million')."""
    if not start.low or not math.isfinite(start.low):
        return None
    sized = [
        q
        for q in values
        if isinstance(q, Quantity)
        and q is not start
        and (q.start, q.end) not in earlier
        and math.isfinite(q.low)
        and 0.1 <= q.low / start.low <= 10
        and start.unit in (None, q.unit)
        and (not counted or (q.unit is not None and q.low == q.high))
    ]
    before = [q for q in sized if q.end <= start.start]
    after = [q for q in sized if q.start >= start.end]
    return before[-1] if before else (after[0] if after else None)


def _changes(
    quantities: Sequence[Quantity], earlier: set[Span]
) -> tuple[tuple[Quantity, ...], frozenset[Span], frozenset[Span]]:
    """What each change from a figure to the first of its levels that gives one amounts
    to, the figures it is told by, and which of the changes went down."""
    changes: list[Quantity] = []
    levels: set[Span] = set()
    falls: set[Span] = set()
    for start, nearest in _starts_and_levels(quantities, earlier):
        if start.unit is None and start.low == start.high:
            counted = level_of(start, quantities, earlier, counted=True)
            if counted is not None:
                # 'fell to 1,134 pharmacies, from 1,210': what it started from counts
                # the same things as where it went
                start, nearest = replace(start, unit=counted.unit), [counted]
        for level in nearest:
            derived = changes_between(level, start)
            if derived:
                changes.extend(derived)
                levels.update({(level.start, level.end), (start.start, start.end)})
                if went_down(level, start):
                    falls.update((d.start, d.end) for d in derived)
                break
    return tuple(changes), frozenset(levels), frozenset(falls)


def _moved_down(quantities: Sequence[Quantity], earlier: set[Span]) -> frozenset[bool]:
    """Which way each change went, from each figure it started from to the level nearest
    it (as ``_changes`` pairs them), however loosely either is told; a start of another
    unit than its level tells nothing."""
    found: set[bool] = set()
    for start, nearest in _starts_and_levels(quantities, earlier):
        level = nearest[0] if nearest else None
        if level is None or start.unit not in (None, level.unit):
            continue
        low, high = (start.low + start.high) / 2, (level.low + level.high) / 2
        if low != high and math.isfinite(low) and math.isfinite(high):
            found.add(high < low)
    return frozenset(found)


# a share or figure told as a comparison with before: 'a fifth smaller than last year's',
# '12% higher than in 2023'
_COMPARED = re.compile(
    r"\b(?:(smaller|lower|fewer|less|down)|(larger|bigger|higher|greater|more|up))\s+than\b",
    re.I,
)


def _compared_down(quantities: Sequence[Quantity], text: str) -> frozenset[bool]:
    """Which way each figure told as a comparison went: True for 'a fifth smaller than
    last year's', False for '12% higher than in 2023'."""
    found = {told_as_compared(quantity, text) for quantity in quantities}
    return frozenset(way for way in found if way is not None)


def told_as_compared(value: Value, text: str) -> bool | None:
    """True when a figure is told as a fall from before ('a fifth smaller than'), False
    as a rise ('12% higher than'), None when it is told as no comparison."""
    # (the figure's own words may end in it: 'about a fifth smaller')
    match = _COMPARED.search(text, value.start, value.end + 20)
    if match is None or match.start() > value.end + 1 or match.start() <= value.start:
        return None
    return match.group(1) is not None


def _opening_year(values: Values, text: str) -> DateMention | None:
    """The whole year a sentence opens in, after any dateline: 'Last year, ...'."""
    opening = next((d for d in values.dates if _OPENING.fullmatch(text, 0, d.start)), None)
    return opening if opening is not None and opening.granularity == 1 else None


def _clause_years(values: Values, text: str) -> dict[Span, tuple[DateMention, ...]]:
    """For each count, the whole years named in its own clause, a relative clause taken
    with the noun it tells of ('a 6.4 tremor in 1998 | that killed 31 people')."""
    years = [d for d in values.dates if d.granularity == 1]
    if not years:
        return {}
    found: dict[Span, tuple[DateMention, ...]] = {}
    for value in values.quantities:
        edges = list(_CLAUSE_EDGE.finditer(text, 0, value.start))
        last = edges[-1] if edges else None
        if last is not None and last.group(0).lower() in _RELATIVES:
            last = edges[-2] if len(edges) > 1 else None
        start = last.end() if last is not None else 0
        # ('worth £750,000 to a club that went into administration in 2016': a relative
        # clause after the figure tells of another noun)
        end_match = _CLAUSE_END.search(text, value.end)
        end = end_match.start() if end_match else len(text)
        inside = tuple(
            d
            for d in years
            if start <= d.start < end
            and not _DESCRIBES.search(text, 0, d.start)
            and not _COUNTED_AGAINST.search(text, 0, d.start)
            and not ranks_since(text, d)  # 'to lift the cup for the first time since 1987'
        )
        if inside:
            found[(value.start, value.end)] = inside
    return found


# A year that tells what the counted things are, not when they were counted: 'pages of
# parish registers dating back to 1538', 'buildings from 1890'
# ('photographs taken in 2019', 'a bridge completed in 1932': a participle right after
# its noun, not a passive's 'were killed in 1998')
_DESCRIBES = re.compile(
    r"\b(?:dating\s+(?:back\s+)?(?:to|from)|back\s+to"
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<![Ii]t\s)(?<![Tt]hey\s)"
    r"\b(?:built|taken|made|written|drawn|painted|recorded|published|completed|founded"
    r"|established|opened|launched|installed|discovered|excavated)\s+in)\s+$",
    re.I,
)
# A year a change is counted against: 'down almost a third on last year', 'higher than
# in 2022' tell of this year's figure
_COUNTED_AGAINST = re.compile(
    r"\b(?:on|than|against|versus|compared\s+(?:with|to))\s+(?:in\s+)?$", re.I
)

CORRECTION_REACH = 2  # sentences after a figure that may withdraw it


def withdraws(text: str) -> bool:
    """The sentence says the figure before it was wrong: 'That was a typing error',
    'The figure was wrong', 'The correct figure is 190,000'."""
    return _CORRECTION.search(text) is not None


# What may come before a sentence's opening date: a dateline, then 'In' ('In 2023, ...').
_OPENING = re.compile(r"(?:[^.]*?\s[-\u2013\u2014]\s+)?(?:[Ii]n\s+)?")
# Where the clause around a figure begins and ends: 'since a 6.4 tremor in 1998 | that
# killed 31 people'
_CLAUSE_EDGE = re.compile(r"[,;:(\u2013\u2014]|\s-\s|\b(?:that|which|who|whose|since|while)\b")
_RELATIVES = frozenset({"that", "which", "who", "whose"})
# where a figure's clause ends after it: a break, or a relative clause that tells of
# another noun
_CLAUSE_END = re.compile(r"[,;:.)\u2013\u2014]|\s-\s|\b(?:" + "|".join(sorted(_RELATIVES)) + r")\b")
_CORRECTION = re.compile(
    r"^\W*(?:\w+:\s*)?(?:that|this|the|our|its)\s+(?:figure|number|notice|report|statement)?"
    r"\s*(?:was|is)\s+(?:a\s+)?(?:typing\s+|typographical\s+|clerical\s+)?"
    r"(?:error|mistake|typo|wrong|incorrect)\b"
    r"|\bthe\s+correct\s+(?:figure|number|total)\s+(?:is|was)\b",
    re.I,
)


def _within(values: Sequence[Value], spans: Sequence[Span]) -> set[Span]:
    """The values that stand inside one of the spans."""
    return {(v.start, v.end) for v in values if any(a <= v.start < b for a, b in spans)}


def neighbours(tokens: Sequence[Token], values: Sequence[Value]) -> list[dict[str, float]]:
    """For each value, the words right after it ('years *of Đổi mới*'), nearer ones
    weighing more. Tokens are in text order, so each value's are found by bisection: a
    claim or passage with thousands of values is not read once per value."""
    content = [t for t in tokens if t.kind in ("word", "entity", "ordinal")]
    starts = [t.start for t in content]
    found: list[dict[str, float]] = []
    for value in values:
        first = bisect.bisect_left(starts, value.end)
        weights: dict[str, float] = {}
        for rank, token in enumerate(content[first : first + NEIGHBOURS]):
            weights.setdefault(token.term, 1.0 / (rank + 1))
        found.append(weights)
    return found


def around(tokens: Sequence[Token], value: Value, text: str) -> set[str]:
    """The content words either side of a value, within its clause."""
    found: set[str] = set()
    edge, taken = value.start, 0
    for token in tokens_before(tokens, value.start):
        if CLAUSE_BREAK.search(text[token.end : edge]) or taken == CLAUSE_REACH:
            break
        edge = token.start
        if token.kind != "stop":
            found.add(token.term)
            taken += 1
    edge, taken = value.end, 0
    for token in tokens_after(tokens, value.end):
        if CLAUSE_BREAK.search(text[edge : token.start]) or taken == CLAUSE_REACH:
            break
        edge = token.end
        if token.kind != "stop":
            found.add(token.term)
            taken += 1
    return found


def change_words(tokens: Sequence[Token], value: Value, text: str) -> set[str]:
    """The words that may say which way a figure moved: those around it, and its own
    ('halved', 'more than doubled')."""
    own = {t.term for t in tokens if value.start <= t.start < value.end and t.kind != "stop"}
    return around(tokens, value, text) | own


def ranks_since(text: str, date: Value) -> bool:
    """'the largest grain sale the country has made since 2010', 'the lowest reading in
    the country this winter': the date bounds a ranking; it is the date of no event that
    could contradict a claim's."""
    before = text[max(0, date.start - 80) : date.start].lower().split()
    return (
        bool(before)
        and (
            before[-1] in ("since", "ever")
            or text[date.start : date.end].lower().startswith("this ")
        )
        and any(w.strip(",.") in SUPERLATIVE_WORDS for w in before[-12:])
    )


AUXILIARIES = frozenset("was were is are been being have has had".split())
STILL = frozenset({"still", "now", "also", "reportedly"})
FATES = BEFALLEN | {stem("dead")}


def fates_together(tokens: Sequence[Token], value: Quantity, text: str) -> frozenset[str]:
    """Two fates counted as one after a count: '1,200 homes were destroyed or damaged',
    '47 dead or missing'. Such a count is of neither fate alone."""
    following = list(itertools.islice(tokens_after(tokens, value.end), 6))
    words = [t for t in following if t.word not in AUXILIARIES]
    for first, joint, second in zip(words, words[1:], words[2:], strict=False):
        if first.term in FATES and joint.word in ("or", "and/or") and second.term in FATES:
            return frozenset({first.term, second.term})
        if first.kind != "word":
            break
    return frozenset()


def gerund_before(tokens: Sequence[Token], value: Value, text: str) -> str | None:
    """The '-ing' form right before a count, which says what befell what it counts:
    'killing three people and *injuring* 47', '*wounding* 12 passengers'."""
    before = list(itertools.islice(tokens_before(tokens, value.start), 1))
    if not before or text[before[0].end : value.start].strip():
        return None
    token = before[0]
    if token.kind == "word" and token.word.endswith("ing") and token.term in BEFALLEN:
        return token.term
    return None


def participle_after(
    tokens: Sequence[Token], value: Value, text: str, through: bool = False
) -> str | None:
    """The past participle right after a count, which says what befell what it counts:
    '212 people *injured*', 'some 2,600 homes *destroyed*', and of a bare count '21
    *were rescued*' (not across a comma)."""
    following = list(itertools.islice(tokens_after(tokens, value.end), 3))
    edge = value.end
    bare = isinstance(value, Quantity) and value.unit is None  # '21 were rescued'
    for token in following:
        if text[edge : token.start].strip():
            return None  # punctuation between: another clause
        if (bare or through) and (token.word in AUXILIARIES or token.word in STILL):
            edge = token.end  # '21 were rescued', 'five people were still missing'
            continue
        return token.term if token.kind == "word" and token.term in BEFALLEN else None
    return None
