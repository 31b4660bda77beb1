"""Days counted from an event the document dates elsewhere.

'The line reopened nine days after the accident' gives no date of its own: it is the
day of the accident, which another sentence of the same document tells ('the derailment
on 3 February ... the accident'), moved nine days on. The event is found by its words,
so 'the announcement' is dated by a sentence that says the company 'announced' on a
given day. An approximate count ('almost two weeks after') dates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from factcheck.dates import DAYS_IN, DateMention
from factcheck.terms import Token

_COUNTS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
COUNTED_FROM_EVENT = re.compile(
    r"(?P<approx>\b(?:almost|nearly|about|around|roughly|some|over|under|within|barely"
    r"|more\s+than|less\s+than|fewer\s+than|up\s+to)\s+)?"
    r"\b(?:(?P<count>" + "|".join(_COUNTS) + r"|\d{1,3})\s+(?P<unit>days?|weeks?|fortnights?)"
    r"|the\s+day)\s+(?P<way>before|after)\s+(?:the|its|his|her|their)\s+",
    re.I,
)
EVENT_WORDS = 3  # words of the event's name read after 'the': 'the tunnel collapsed'
_EVENT_END = re.compile(r"[,.;:()\"“”]")


@dataclass(frozen=True)
class CountedFromEvent:
    """'nine days after the accident': where it is written, the days it counts (negative
    before the event) and the terms that name the event."""

    start: int
    end: int
    days: int
    event: frozenset[str]


def counted_from_events(text: str, tokens: Sequence[Token]) -> list[CountedFromEvent]:
    """Each exact count of days from a named event in a passage's text."""
    found = []
    for match in COUNTED_FROM_EVENT.finditer(text):
        if match.group("approx"):
            continue  # 'almost two weeks before Halberg's announcement' is no day
        boundary = _EVENT_END.search(text, match.end())
        stop = boundary.start() if boundary else len(text)
        event: list[str] = []
        for token in tokens:
            if token.start < match.end():
                continue
            if (
                token.start >= stop
                or token.kind not in ("word", "entity")
                or (len(event) == EVENT_WORDS)
            ):
                break
            event.append(token.term)
        if not event:
            continue
        count = match.group("count")
        days = 1
        if count:
            days = int(count) if count.isdigit() else _COUNTS[count.lower()]
            days *= DAYS_IN[match.group("unit").lower().rstrip("s")]
        way = -1 if match.group("way").lower() == "before" else 1
        end = stop if boundary is None else min(stop, _event_end(tokens, match.end(), event))
        found.append(CountedFromEvent(match.start(), end, way * days, frozenset(event)))
    return found


def _event_end(tokens: Sequence[Token], after: int, event: list[str]) -> int:
    """Where the event's last word read ends."""
    ends = [t.end for t in tokens if t.start >= after and t.term in event]
    return ends[len(event) - 1] if len(ends) >= len(event) else after


def event_day(
    event: frozenset[str], tokens: Sequence[Token], dates: Iterable[DateMention]
) -> DateMention | None:
    """The day a passage that names the event gives it: the day nearest its words, when
    it tells several (the caller has found the event's words among the passage's)."""
    days = [d for d in dates if d.granularity == 3 and not d.until]
    where = min((t.start for t in tokens if t.term in event), default=None)
    if not days or where is None:
        return None
    return min(days, key=lambda d: min(abs(d.start - where), abs(d.end - where)))


def dated_from(counted: CountedFromEvent, day: DateMention, text: str) -> DateMention:
    """The day counted from the event's day, as a mention of the counting passage."""
    return replace(
        day,
        text=text[counted.start : counted.end],
        start=counted.start,
        end=counted.end,
        shift=day.shift + counted.days,
        until=False,
    )
