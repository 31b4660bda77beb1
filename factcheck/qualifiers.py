"""Rankings and their scope: "the largest takeover of a Norwegian shipping company since
2019" is no evidence for "the largest takeover in European shipping this year".

A ranking is a superlative word (``lexicons/superlatives.txt``) with the words that
follow it to the end of its clause, and the possessive or "one of" before it. A
document's ranking backs a claim's only when neither scope has a restricting word the
other lacks; a narrower or another ranking is the same subject told in other terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.dates import MONTHS, WEEKDAYS
from factcheck.lexicon import stems, words
from factcheck.terms import Token, stem
from factcheck.thresholds import THRESHOLDS as T

CLAUSE_BREAK = re.compile(r"[,;:.()\[\]!?—–]|\s-\s")
CLAUSE_WORDS = frozenset("and but while which who whose where when after as because".split())
ONE_OF = re.compile(r"\bone\s+of\s+(?:the|its|their|his|her|our)\s+$", re.I)
# A ranking word ranks after a determiner or a possessive, perhaps with one word between
# ('the first', "Europe's most serious", 'its second largest', 'a record').
RANKED = re.compile(r"(?:\b(?:the|its|his|her|their|our|a|an)|['’]s)\s+(?:[\w-]+\s+)?$", re.I)
# 'a Danube Championships record', 'the Northern League's first': a name as its scope
NAMED_RANKED = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w-]*\s+){2,3}$")
# 'last' after a possessive is the latest one, not the final one of a ranking.
LATEST = re.compile(r"(?:\b(?:its|his|her|their|our)|['’]s)\s+$", re.I)
_DANGLING = frozenset("in of the a an for since to at on by from with and or".split())
CONTENT_KINDS = frozenset({"word", "entity", "number"})
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
# 'the first quarter of 2026', 'the first three months', 'the last two weeks': a period
PERIODS = frozenset(
    "quarter quarters half halves week weeks month months day days year years hour hours"
    " minute minutes".split()
)
# Words that tell when the ranked thing happened, not what it ranks among.
WHEN_WORDS = frozenset("early late yesterday today tonight overnight".split()) | frozenset(WEEKDAYS)
SMALL_NUMBERS = frozenset("two three four five six seven eight nine ten".split())


@dataclass(frozen=True)
class Ranking:
    """One ranking in a text: its word and the terms that scope it."""

    marker: str
    scope: frozenset[str]
    one_of: bool  # 'one of the largest' ranks it among several
    phrase: str = ""  # as written: 'lowest level for the month of July since 1982'
    # common nouns whose history or record it is ("the airline's", "our country's"):
    # they may stand for the name the claim gives there
    owners: frozenset[str] = frozenset()


ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())


def rankings(text: str, tokens: Sequence[Token]) -> list[Ranking]:
    """The rankings a sentence (or claim) makes, in order."""
    return _rankings(text, tokens, words("superlatives"))


def places_in_order(text: str, tokens: Sequence[Token]) -> list[Ranking]:
    """The places after the first a sentence gives things ('the second fatal accident at
    Redhollow since 2022', 'the 4th man to win it'), each with its scope."""
    return [
        r
        for r in _rankings(text, tokens, ORDINALS | {t.word for t in tokens if t.kind == "ordinal"})
        if r.marker not in ("1st", "first")
    ]


def _rankings(text: str, tokens: Sequence[Token], markers: frozenset[str]) -> list[Ranking]:
    found: list[Ranking] = []
    for index, token in enumerate(tokens):
        before_it = text[max(0, token.start - 40) : token.start]
        if token.word not in markers or not (
            RANKED.search(before_it[-32:]) or NAMED_RANKED.search(before_it)
        ):
            continue  # 'last tested in May', 'only two survived': no ranking
        if _names_a_period(tokens[index + 1 : index + 3]):
            continue  # 'the first quarter of next year' is a time, not a ranking
        if token.word == "last" and LATEST.search(text[max(0, token.start - 12) : token.start]):
            continue  # "Halvard's last closing price", 'their last three finals': the latest
        scope: set[str] = set()
        before = index - 1
        if (before >= 0 and tokens[before].kind == "entity") or (
            before >= 0 and tokens[before].capitalised and tokens[before].kind == "word"
        ):
            scope.add(tokens[before].term)  # 'Austria's most serious', 'Europe's first'
        owners: set[str] = set()
        previous_end = token.end
        followers = tokens[index + 1 : index + 1 + T.ranking_scope]
        sized = False  # the last follower was a size ('of 51,000')
        determined = False  # a noun phrase of its own began ('the largest deal *the* ...')
        for at, follower in enumerate(followers):
            gap = text[previous_end : follower.start]
            if CLAUSE_BREAK.search(gap) or follower.word in CLAUSE_WORDS:
                break
            if follower.word in _AUXILIARIES and at and not determined:
                break  # 'the first cargoes are due to sail': the ranked thing's own verb
            determined = determined or (
                follower.word in _DETERMINERS and at > 0 and followers[at - 1].kind in CONTENT_KINDS
            )  # (not 'under the deal', a phrase of the ranked thing's own)
            if follower.word in markers or follower.word in WHEN_WORDS:
                break  # 'the last of them to the surface early on Friday': when, not scope
            if _opens_a_day(followers[at : at + 2]):
                break  # 'its first store in Castellan opens on 1 September': when it opens
            if follower.kind == "number" and _length_of_a_history(followers[at + 1 : at + 3]):
                previous_end = follower.end
                continue  # 'its 19-year history' is all of its history
            if (
                follower.kind == "number"
                and scope  # ('the last of 21 surviving miners': the 21 are its scope)
                and at
                and followers[at - 1].word == "of"
                and not _YEAR.fullmatch(follower.word)
            ):
                previous_end = follower.end
                sized = True
                continue  # 'a record crowd for the final of 51,000': its size, not a scope
            if sized and follower.kind == "word" and not follower.capitalised:
                sized = False
                previous_end = follower.end
                continue  # '... of 31,000 runners': what the size counts
            sized = False
            if follower.kind in CONTENT_KINDS or follower.word in MONTHS:
                scope.add(follower.term)  # 'the lowest for July' is a narrower ranking
                if _POSSESSIVE.match(text, follower.end) and not follower.capitalised:
                    owners.add(follower.term)  # "the airline's history"
            previous_end = follower.end
        one_of = bool(ONE_OF.search(text[max(0, token.start - 24) : token.start]))
        words_of = text[token.start : previous_end].split()
        while len(words_of) > 1 and words_of[-1].lower() in _DANGLING:
            words_of.pop()  # 'since records began in' reads as 'since records began'
        phrase = " ".join(words_of)
        found.append(  # largest = biggest
            Ranking(token.term, frozenset(scope), one_of, phrase, frozenset(owners))
        )
    return found


_POSSESSIVE = re.compile(r"['’]s?\b")
_AUXILIARIES = frozenset(
    "is are was were will would has have had can could may might should must".split()
)
_DETERMINERS = frozenset("the a an its his her their our this that these those".split())


def _opens_a_day(following: Sequence[Token]) -> bool:
    """'1 September', 'September 1': a day of a month, the date of an event, not what a
    ranking ranks among ('the lowest for July' is)."""
    if len(following) < 2:
        return False
    first, second = following
    return (first.kind == "number" and second.word in MONTHS) or (
        first.word in MONTHS and second.kind == "number" and len(second.word) <= 2
    )


def _length_of_a_history(following: Sequence[Token]) -> bool:
    """'19-year history', '62 years of history': how long the whole history is."""
    words_after = [t.word for t in following]
    return bool(words_after) and words_after[0] in ("year", "years") and "history" in words_after


def _names_a_period(following: Sequence[Token]) -> bool:
    """'first quarter', 'last two weeks', 'first 3 months'."""
    words_after = [t.word for t in following]
    if words_after[:1] and words_after[0] in PERIODS:
        return True
    counted = words_after[:1] and (words_after[0] in SMALL_NUMBERS or words_after[0].isdigit())
    return bool(counted) and words_after[1:2] != [] and words_after[1] in PERIODS


_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
# A place pointed at rather than named: 'that country', 'the city'
_POINTED_PLACE = re.compile(
    r"\b(?:that|this|the|our|their|its)\s+(country|nation|city|town|region|province|state)\b",
    re.I,
)


def unmatched_ranking(
    claim: Sequence[Ranking],
    claim_terms: frozenset[str],
    passage: Sequence[Ranking],
    passage_terms: frozenset[str],
    names: frozenset[str] = frozenset(),
) -> str | None:
    """Why the passage's rankings do not back the claim's ('' if they do, None when the
    claim ranks nothing): the claim's ranking word is missing, or a scope word on either
    side is not on the other. A speaker's 'we' ('the largest acquisition we have ever
    made') stands for the claim's named owner ('... Meridian has ever made')."""
    if not claim:
        return None
    unbounded = stems("unbounded") | words("unbounded")
    for wanted in claim:
        same = [r for r in passage if r.marker == wanted.marker]
        if not same:
            return f"the ranking '{wanted.marker}'"
        for found in same:
            narrower = found.scope - claim_terms - unbounded
            wider = wanted.scope - passage_terms - found.scope - unbounded
            if _FIRST_PERSON.search(found.phrase) or (found.owners and wanted.scope & names):
                # 'the largest we have made', "the airline's history": the claim's name
                wider -= names
                narrower -= found.owners
            pointed = _POINTED_PLACE.search(found.phrase)
            if pointed and wanted.scope & names:
                # 'the first visit to that country': the place the claim names
                wider -= names
                narrower -= {stem(pointed.group(1).lower())}
            if not narrower and not wider and found.one_of == wanted.one_of:
                break
        else:
            return f"another scope: '{same[0].phrase}'"
    return ""


def outranked(
    claim: Sequence[Ranking], passage: Sequence[Ranking], passage_terms: frozenset[str]
) -> str | None:
    """A passage that puts the claim's 'first' thing second or later, in the claim's
    scope or a narrower one: 'the second fatal accident at Redhollow since 2022' denies
    'the first fatal accident at the Redhollow mine' (an earlier one was in that scope)."""
    unbounded = stems("unbounded") | words("unbounded")
    for wanted in claim:
        if wanted.marker != "first" or wanted.one_of:
            continue
        for found in passage:
            wider = wanted.scope - passage_terms - found.scope - unbounded
            if not wider and found.scope & wanted.scope:
                return found.phrase
    return None


# --- runs ---------------------------------------------------------------------------

_RUN_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_RUN_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
}  # fmt: skip
_NUMBER = r"(?P<n>\d+(?:st|nd|rd|th)|" + "|".join([*_RUN_ORDINALS, *_RUN_COUNTS]) + ")"
_RUN = re.compile(
    # 'the third year in a row', 'a sixth defeat in a row', 'three years running' (not
    # 'two trains running late')
    r"\b" + _NUMBER + r"\s+(?:(?:[\w-]+\s+){1,2}?in\s+a\s+row\b|(?:[\w-]+\s+)?"
    r"(?:year|month|week|day|night|season|quarter|time|game|match|term)s?\s+running\b)"
    # 'the fourth consecutive quarterly fall', 'six straight games'
    r"|\b" + _NUMBER.replace("?P<n>", "?P<m>") + r"\s+(?:consecutive|straight|successive)\s",
    re.I,
)


# the words a run is told in, beside its number: they say no more than the run does
RUN_WORDS = frozenset(
    ["row", "consecutive", "straight", "successive", "running", *_RUN_ORDINALS, *_RUN_COUNTS]
)


# 'won the title for the third time': how many times, not that they came in a row
_TIMES = re.compile(r"\bfor\s+the\s+" + _NUMBER + r"\s+time\b", re.I)


def times(text: str) -> frozenset[int]:
    """How many times a text says something has now happened ('for the third time'): a
    claim's count of times is a fact of its own, which a document that tells only this
    time does not state (and 'the third year in a row' does not tell)."""
    return _lengths(match.group("n") for match in _TIMES.finditer(text))


def runs(text: str) -> frozenset[int]:
    """How long each run a text tells is ('for the third year in a row', 'six straight
    defeats', 'four quarters in a row'): a claim's run is a fact of its own, which a
    document that tells the last one of it does not state."""
    return _lengths(match.group("n") or match.group("m") for match in _RUN.finditer(text))


def _lengths(words: Iterable[str]) -> frozenset[int]:
    """The numbers ('third', '3rd', 'six') of two or more that the words write."""
    found: set[int] = set()
    for word in (w.lower() for w in words):
        digits = re.match(r"\d+", word)
        number = int(digits.group()) if digits else _RUN_ORDINALS.get(word, _RUN_COUNTS.get(word))
        if number is not None and number >= 2:
            found.add(number)
    return frozenset(found)
