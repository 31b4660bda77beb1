"""Another occasion: a source that tells of the claim's people on another day and in
another place than the claim's own is about another meeting, not against this one.

A conflict is one only about the same event ('24 vs 25 September for the same talks').
One source's passage cannot tell which occasion it is about; the run's other sources
can: the sources that back the claim say when and where its event was. A passage that
puts the same people somewhere else on another day, both, tells of another occasion
(the two leaders met in Bali one year and in San Francisco the next), and is silent on
the claim. One difference alone stays a conflict: another day in the same place, or
another place the same day, is one account against another of one event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from factcheck import rules
from factcheck.dates import DateMention
from factcheck.features import Features
from factcheck.index import Corpus
from factcheck.qualifiers import CLAUSE_BREAK, CLAUSE_WORDS
from factcheck.stance import Judgement, Window
from factcheck.values import Place

# the conflicts another occasion explains: its count, its day or its place
_CONFLICTS = frozenset({rules.VALUE.code, rules.PLACE.code})

Days = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class _Occasion:
    """When and where a passage puts its event, as written."""

    days: tuple[tuple[Days, str], ...]  # resolved days, with the words that give them
    places: tuple[Place, ...]


def other_occasions(
    judgements: dict[int, Judgement], features: Features, corpus: Corpus
) -> dict[int, Judgement]:
    """``judgements`` with each conflict that tells of another occasion made silent."""
    conflicts = [
        index
        for index, judgement in judgements.items()
        if judgement.stance == "contradicts"
        and judgement.rule in _CONFLICTS
        and judgement.window is not None
    ]
    if not conflicts:
        return judgements
    backing = [
        j.window for j in judgements.values() if j.stance == "supports" and j.window is not None
    ]
    changed = dict(judgements)
    for index in conflicts:
        judgement = judgements[index]
        assert judgement.window is not None
        told = _told_together(corpus, judgement.window)
        known = _known(features, corpus, backing, judgement.window.document)
        other = _another(told, known)
        if other is not None:
            changed[index] = replace(
                judgement,
                stance="silent",
                detail="",
                claimed="",
                highlights=[],
                rule=rules.SILENT.code,
                lacking=(other,),
                explain=None,
            )
    return changed


def _known(
    features: Features, corpus: Corpus, backing: Iterable[Window], document: int
) -> _Occasion:
    """When and where the claim's event was: what the claim says, and what every
    source that backs it says (each read from its own publication day)."""
    reference = corpus.documents[document].published
    days = [
        (resolved, date.text)
        for date in features.values.dates
        if (resolved := date.resolve(reference)) is not None
    ]
    places = list(features.places)
    for window in backing:
        occasion = _told_in(corpus, window)
        days.extend(occasion.days)
        places.extend(occasion.places)
    return _Occasion(tuple(days), tuple(places))


def _told_in(corpus: Corpus, window: Window) -> _Occasion:
    """Every day and place the window's paragraph tells, of whatever deed."""
    reference = corpus.documents[window.document].published
    days: list[tuple[Days, str]] = []
    places: list[Place] = []
    for pid in _paragraph(corpus, window.core_pid):
        days.extend(_days(corpus.values(pid).dates, reference))
        places.extend(corpus.places(pid))
    return _Occasion(tuple(days), tuple(places))


def _told_together(corpus: Corpus, window: Window) -> _Occasion:
    """The days and places the window's own sentence tells of one deed, in one clause
    ('met ... in Santiago on July 28'): a day in another clause dates something else
    ('signed in Port Alcine ..., follows talks that opened in May'), and so may the
    sentence before ('When Varesh stepped off the plane on Sunday ... Close to 50
    activities in eight days')."""
    pid = window.core_pid
    text = corpus.passage_text(pid)
    reference = corpus.documents[window.document].published
    days: list[tuple[Days, str]] = []
    places: list[Place] = []
    for place in corpus.places(pid):
        at = text.find(place.text)
        if at < 0:
            continue
        for date in corpus.values(pid).dates:
            if date.granularity != 3 or not _one_clause(text, at, at + len(place.text), date):
                continue
            for told in _days((date,), reference):
                days.append(told)
                places.append(place)
    return _Occasion(tuple(days), tuple(places))


def _paragraph(corpus: Corpus, pid: int) -> range:
    """The passages of the paragraph ``pid`` is in."""
    info = corpus.passages[pid]
    document = corpus.document_passages(info.document)
    first = last = pid
    while first > document.start and _same(corpus, first - 1, info.passage.paragraph):
        first -= 1
    while last + 1 < document.stop and _same(corpus, last + 1, info.passage.paragraph):
        last += 1
    return range(first, last + 1)


def _same(corpus: Corpus, pid: int, paragraph: int) -> bool:
    return corpus.passages[pid].passage.paragraph == paragraph


def _one_clause(text: str, start: int, end: int, date: DateMention) -> bool:
    between = text[end : date.start] if end <= date.start else text[date.end : start]
    if date.start < end and start < date.end:
        return False  # one within the other: no place and day of their own
    return CLAUSE_BREAK.search(between) is None and not CLAUSE_WORDS & set(between.split())


def _days(dates: Iterable[DateMention], reference: dt.date | None) -> Iterable[tuple[Days, str]]:
    for date in dates:
        resolved = date.resolve(reference)
        if resolved is not None and not date.until and not date.since:
            yield resolved, date.text


def _another(told: _Occasion, known: _Occasion) -> str | None:
    """What the passage lacks when it tells of another day and another place than every
    one known of the claim's event; None when it may be the same occasion (or either
    side leaves the day or the place untold)."""
    if not (told.days and told.places and known.days and known.places):
        return None
    if any(_overlap(days, other) for days, _ in told.days for other, _ in known.days):
        return None
    if any(p.terms & q.terms for p in told.places for q in known.places):
        return None
    here = f"{told.places[0].text} on {told.days[0][1]}"
    there = f"{known.places[0].text} on {known.days[0][1]}"
    return f"the claim's occasion (it tells of {here}, not {there})"


def _overlap(one: Days, other: Days) -> bool:
    return one[0] <= other[1] and other[0] <= one[1]
