"""Values a claim can get wrong: counts of things, dates, and negation.

Counts are ranges (``nearly 50`` is 42-50, ``dozens`` 24-120) tied to the thing
counted (the unit noun: ``meetings`` are not ``activities``); two counts conflict
only when they count the same thing and their ranges do not meet. Ordinals that
name something (``the 13th Party Congress``) are identities, not counts.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal, NamedTuple

from factcheck.dates import DAYS_IN, DateMention, find_dates
from factcheck.lexicon import phrases, stems, synonyms, words
from factcheck.normalise import NormText, fold
from factcheck.terms import NEGATIONS, STOPWORDS, Token, irregular_forms, stem
from factcheck.thresholds import THRESHOLDS as T

Precision = Literal["exact", "approx", "vague"]
# 'vaguer': the document's date holds the claim's but says less ('in May' for '14 May')
Comparison = Literal["match", "conflict", "unrelated", "vaguer"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000,
           # South Asian copy: '3 lakh people' is 300,000, 'Rs 500 crore' five billion
           "lakh": 100_000, "lakhs": 100_000,
           "crore": 10_000_000, "crores": 10_000_000}  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
# Approximators: how far the true value may lie from the written one, as factors.
_APPROX = {
    "nearly": (0.85, 1.0), "almost": (0.85, 1.0), "close to": (0.85, 1.05),
    "about": (0.85, 1.15), "around": (0.85, 1.15), "approximately": (0.85, 1.15),
    "roughly": (0.85, 1.15), "some": (0.85, 1.15), "an estimated": (0.8, 1.2),
    "more than": (1.0, math.inf), "over": (1.0, math.inf), "upwards of": (1.0, math.inf),
    "at least": (1.0, math.inf), "less than": (0.0, 1.0), "fewer than": (0.0, 1.0),
    "under": (0.0, 1.0), "up to": (0.0, 1.0), "at most": (0.0, 1.0), "just over": (1.0, 1.15),
    "just under": (0.85, 1.0), "nearly a": (0.85, 1.0),
}  # fmt: skip
_STRICT = {"more than", "over", "upwards of", "less than", "fewer than", "under", "just over",
           "just under"}  # fmt: skip
# Hedges read before a share ('more than nine in ten', 'close to one in four'); a share
# capped from above ('fewer than two in three of the union's members') is mostly told of
# another base than the claim's figure, and stays unread.
_RATIO_HEDGES = set(_APPROX) - {"less than", "fewer than", "under", "up to", "at most"}
# ... while a fraction capped from above is read with its cap: 'less than a fifth' is
# under 20 per cent, not a fifth (read without its hedge it would be)
_SHARE_HEDGES = _RATIO_HEDGES | {"less than", "fewer than", "under", "up to", "at most"}
_VAGUE = {
    "a few dozen": (24, 72), "several dozen": (36, 120), "dozens": (24, 120),
    "scores": (40, 200), "hundreds": (200, 999), "thousands": (2_000, 999_999),
    "millions": (2e6, 999e6), "several": (3, 12), "a few": (2, 6), "a handful": (2, 6),
    "a number": (2, 60), "numerous": (3, math.inf), "many": (3, math.inf),
    "a couple": (2, 3), "a dozen": (11, 13), "half a dozen": (5, 7), "a series": (2, 60),
}  # fmt: skip

# Vague counts that still tell an order of size: 'dozens' is not 200.
_ORDERS = ("a few dozen", "several dozen", "dozens", "scores", "hundreds", "thousands",
           "millions")  # fmt: skip
ORDER_WORDS = frozenset("dozen score hundred thousand million".split())  # their words
# A change told as a multiple ('halved', 'more than doubled'): the change in per cent,
# told to within a twentieth of it.
_MULTIPLES = {"halv": 50.0, "doubl": 100.0, "tripl": 200.0, "trebl": 200.0, "quadrupl": 300.0}
_MULTIPLE_SPREAD = 0.05
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}  # fmt: skip
# A figure right before 'a year' makes it a rate ('€85 million a year', 'twice a year').
_RATE = re.compile(
    r"(?:\d|million|billion|thousand|hundred|twice|once|times)\S*\s+"
    r"(?:(?!(?:to|for|in|on|at|by|of|from|until)\s)\S+\s+)?$"
)  # not 'sentenced on 20 June 2025 to a year and a half
# What '3m' or '40k' counts in millions or thousands when no currency sign precedes it.
# A length in metres ('a 3m wall') is never a count of these.
_MILLIONS_OF = frozenset(
    {"euro", "dollar", "pound", "yen", "krone", "krona", "koruna", "sol", "franc", "peopl",
     "resid", "user", "account", "custom", "viewer", "tonn", "ton", "barrel", "household",
     "home", "hous", "passeng", "visitor", "subscrib", "member", "worker", "employe",
     "student", "patient", "vehicl", "car", "voter", "vote", "job", "copi", "ticket",
     "dose", "case", "hectar", "shopper", "download", "record"}
)  # fmt: skip
_KILOMETRE_RACES = frozenset({"race", "run", "walk", "runner", "swim", "ride"})
# 'its one millionth visitor' has had a million of them
_ORDINAL_SCALES = {"hundredth": 100.0, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9}
_ORDINAL_SCALE = re.compile(r"[ -](" + "|".join(_ORDINAL_SCALES) + r")\b")
# Currency codes newsrooms put before a figure ('NOK 148', 'CZK4.2m').
_CODES = (
    "usd", "eur", "gbp", "jpy", "nok", "dkk", "sek", "czk", "chf", "pen", "cad", "aud",
    "inr", "ngn", "mxn", "brl", "zar", "cny", "rs",  # 'Rs 500 crore'
)  # fmt: skip
# Currency signs of more than one character: 'S/45 million' (soles), 'R$2bn' (reais)
_SIGNS = {"s/": "sol", "r$": "real"}
_SIGN_CHARACTERS = "$€£¥₹₽₺₦₱"
_CURRENCY_SIGN = re.compile(rf"^(?:s/|[a-z]*[{_SIGN_CHARACTERS}]?)\s?")  # before the digits
# Abbreviated scales written against the figure: '€3bn', '$2.5tn', '£40m', '$300k'.
_SUFFIXES = {"bn": 1e9, "tn": 1e12, "mn": 1e6, "m": 1e6, "k": 1e3, "pc": 1.0, "pct": 1.0}
# Units written against the figure: '7.4km', '61mm', '230kg', '1.2GW'
_GLUED = ("kwh", "mwh", "gwh", "twh", "km", "mm", "cm", "kg", "mw", "gw", "kw", "ha", "ft", "p")
_WORD = "(?:" + "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True)) + ")"
# 'twenty-seven', 'one hundred and twenty', 'two and a half million', 'a million',
# 'half a million', 'seven point five': a run of number words, read by _words_value.
_NUMBER_WORDS_RUN = (
    rf"(?:(?:half[ -]an?|an?)[ -](?={'|'.join(_SCALES)}))?{_WORD}"
    rf"(?:(?:[ -]|[ -]and[ -](?!three[ -]quarters)|[ -]and[ -]an?[ -]half[ -]|[ -]point[ -])"
    rf"{_WORD})*"
    r"(?:[ -]and[ -](?:an?[ -](?:half|quarter)|three[ -]quarters)\b)?"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUMBER = (
    rf"(?P<num>(?:(?P<cur>(?:us|c|a|nz|hk|r)?[{_SIGN_CHARACTERS}]|s/)\s*"
    + r"|(?P<code>" + "|".join(_CODES) + r")\s?)?"
    + _DIGITS
    + r"(?:\s?(?:" + "|".join(_SCALES) + r")\b|(?P<suffix>bn|tn|mn|pct|pc|m|k)\b"
    + r"|(?P<glued>" + "|".join(_GLUED) + r")(?=\b|/))?"
    + r"|(?P<words>" + _NUMBER_WORDS_RUN + r"))"
)  # fmt: skip
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b")
_ONE_HEDGE = re.compile(r"\b(" + "|".join(sorted(_APPROX, key=len, reverse=True)) + r")\s+$", re.I)
# '30 to 40 people', 'between 30 and 40', '30-40': one count, as a range.
_RANGE_TAIL = (
    r"(?:\s*(?:-|–|to|and)\s*(?P<upper>" + _DIGITS + r")"
    r"(?:\s?(?P<upper_scale>" + "|".join(_SCALES) + r")\b)?)?"
)
# Every kind of count starts a word, with a letter, a digit or a currency sign: said
# first, so that the engine passes over the inside of words at once instead of trying
# each kind there (a third of the time this pattern took)
_QUANTITY = re.compile(
    rf"(?<!\w)(?=[\w{_SIGN_CHARACTERS}])(?:"
    r"(?<![\w-])(?<!\band\s)(?:(?P<frac_approx>"  # ('an hour and a half' is no share)
    + "|".join(sorted(_SHARE_HEDGES, key=len, reverse=True))
    + r")\s+)?(?P<frac>(?:one|two|three|four|five|six|seven|eight|nine|a|an)[ -](?:"
    + "|".join(_FRACTIONS)
    + r"))\b"
    r"(?!\s+(?:consecutive|straight|successive)\b)"  # ('a third consecutive year': no share)
    r"(?:\s+of\s+an?\s+(?P<frac_scale>thousand|million|billion|percentage\s+point)\b)?"
    r"|(?<![\w-])(?P<half_point>half\s+a\s+percentage\s+point)\b"
    r"|(?<![\w-])(?P<half_approx>"
    + "|".join(sorted(_RATIO_HEDGES | {"less than", "fewer than", "under"}, key=len, reverse=True))
    + r")\s+(?P<half>half)\b(?!\s+(?:a|an)\s)"
    r"|(?<![\w-])(?:(?P<mult_approx>"
    + "|".join(sorted(_RATIO_HEDGES, key=len, reverse=True))
    + r")\s+)?(?P<multiple>(?:halv|doubl|tripl|trebl|quadrupl)(?:ed|ing))\b"
    # 'fell by half', 'cut in half' (not 'by half a percentage point', 'in half an hour')
    r"|(?<=\b(?:by|in)\s)(?P<by_half>half)"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|from|since|to|over|after|last|this|between|compared"
    r"|and|or|but|at|during|within|year|as|because|amid)\b)"
    # 'half of the homes', 'half the country's exports' (not 'the first half of 2024')
    r"|(?<![\w-])(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bthe\s)(?<!\bby\s)(?<!\bin\s)"
    r"(?P<bare_half>half)(?=\s+(?:of|the|its|their|his|her|our|all)\s)"
    r"|(?<![\w-])(?P<dozen>(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[ -]dozen)\b"
    r"|(?<![\w-])(?:(?P<ratio_approx>"
    + "|".join(sorted(_RATIO_HEDGES, key=len, reverse=True))
    + r")\s+)?(?P<ratio>(?:one|two|three|four|five|six|seven|eight|nine|\d+) (?:in|out of)"
    r" (?:ten|nine|eight|seven|six|five|four|three|two|\d+))\b"
    r"|(?<![\w.,:/-])(?:(?P<approx>"
    + "|".join(sorted(_APPROX, key=len, reverse=True))
    + r")\s+)?(?:(?P<between>between|from)\s+)?"
    + _NUMBER
    + _RANGE_TAIL
    + r"(?![\w:]|[.,]\d)(?!\s*(?:st|nd|rd|th)\b)"
    r"|(?<![\w-])(?P<vague>" + "|".join(sorted(_VAGUE, key=len, reverse=True)) + r")\b"
    r"(?:\s+of\b)?"
    r"|(?<![\w-])(?P<one>(?:half\s+)?an?)\s+(?=(?:year|month|fortnight|week|decade|century)\b"
    r"|(?:tonne|ton|kilometre|kilometer|mile|metre|meter|litre|liter|kilogram|kilo|hectare|"
    r"acre)s?\b(?!\s+(?:a|an|per)\b)|hour\b(?<=half an hour))"
    r"|\b(?P<ord>\d+(?:st|nd|rd|th)|"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r")\s+(?:(?:founding|diplomatic|official)\s+)?anniversary\b)"
)
# Plurals without an s, and words newsrooms count by ('40 dead'), end a counted phrase.
_PLURALS = frozenset(
    """people children men women police staff personnel cattle sheep fish deer crew
    dead injured wounded missing homeless""".split()
)
# Nouns that end in s and are not plurals: '14 measles cases' counts the cases.
_SINGULAR = frozenset("measles mumps rabies diabetes news series species".split())
_FOLLOWING_WORD = re.compile(r"\s*(?:(?P<word>[a-z][a-z'-]*)|(?P<other>\S))")
_UNIT_STOP = (STOPWORDS - {"and"}) | {"ago", "percent", "per", "since"}
_COMPARATIVES = frozenset({"more", "fewer", "less"})
# ... told against another figure: '76 fewer pharmacies than a year before' ('600 more
# foster carers' may be carers still to find, not a difference)
_THAN_AHEAD = re.compile(r"(?!\s+than\b)[^.;:]{0,90}?\bthan\b", re.I)


@dataclass(frozen=True)
class Quantity:
    low: float
    high: float
    precision: Precision
    unit: str | None  # stem of the thing counted
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Values:
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]

    @property
    def specific(self) -> tuple[Quantity | DateMention, ...]:
        """Values a source must state for the claim to be supported: counts and dates."""
        return tuple(q for q in self.quantities if q.precision != "vague" and q.unit) + self.dates

    @property
    def orders(self) -> tuple[Quantity, ...]:
        """Counts told only by their order of size ('a few dozen people', 'hundreds of
        homes'): a source need not give them, but a count of another order denies them."""
        return tuple(
            q
            for q in self.quantities
            if q.precision == "vague" and q.unit and q.text.lower().startswith(_ORDERS)
        )


_YEAR_OPENING = re.compile(r"\W*(?:(?:in|during|throughout)\s+)?", re.I)  # before the year


def _in_the_year_told(original: str, dates: list[DateMention]) -> list[DateMention]:
    """A day or month without a year takes the year the sentence opens with ('Last year,
    the rules were lifted on October 31'; 'In 2024, ... on 3 May'), not the paper's."""
    years = {
        (d.first[0], None) if d.relative is None else (None, d.relative[0])
        for d in dates
        if d.granularity == 1
        and _YEAR_OPENING.fullmatch(original[: d.start])  # 'In 2024, ...', 'Last year, ...'
        and (d.relative is None or d.relative[0] == d.relative[1])
        and d.days is None and d.months is None and d.weekday is None
    }  # fmt: skip
    if len(years) != 1:
        return dates
    ((year, offset),) = years
    return [
        replace(d, first=(year, *d.first[1:]), last=(year, *d.last[1:]))
        if year is not None and d.first[0] is None and d.first[1] is not None
        else replace(d, year_offset=offset)
        if offset is not None and d.first[0] is None and d.first[1] is not None
        else d
        for d in dates
    ]


_UNTIL = re.compile(r"\b(?:until|till|through|up to)\s+(?:the\s+)?$", re.I)


DAYS_AWAY = re.compile(
    r"\b(?:(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
    r"\s+(?P<unit>days?|weeks?|fortnights?)\s+"
    r"(?P<way>earlier|later|(?:before|after)(?!\s+(?:the|a|an|his|her|its|their)\b))"
    # 'ended the following day', 'signed the day before': a day from the one told
    r"|the\s+(?P<side>previous|next|following)\s+day"
    r"|the\s+day\s+(?P<way2>before|after)(?=\s*(?:[.,;:)]|$)))"  # not 'the day after X'
    r"\b(?!\s+than\b)",  # not 'a week earlier than planned'
    re.I,
)


def _days_away(
    original: str, dates: list[DateMention], carried: DateMention | None = None
) -> list[DateMention]:
    """'Five were missing on Thursday, down from a dozen a day earlier': a day counted
    from the date told just before it in the same sentence, or (``carried``) in the
    sentences before it ('The fire broke out on 2 March. Two days later, ...')."""
    found = list(dates)
    for match in DAYS_AWAY.finditer(original):
        before = [d for d in dates if d.end <= match.start() and d.granularity == 3]
        told_on = (
            match.group("side")
            or match.group("way2")
            or match.group("way").lower()
            in (
                "earlier",
                "later",
            )
        )
        if not before and carried is not None and told_on:
            # ('two days after the council voted, protesters ...' counts from the day of
            # its own main clause, which the sentences before do not tell)
            before = [replace(carried, start=0, end=0)]
        if not before:
            continue
        word = (match.group("count") or "one").lower()
        count = int(word) if word.isdigit() else (1 if word in ("a", "one") else _UNITS[word])
        count *= DAYS_IN[(match.group("unit") or "day").lower().rstrip("s")]
        # 'a day earlier' is the day before the date told; 'on Friday, three days after
        # the tunnel collapsed' puts the collapse three days before that Friday; 'the
        # following day' is the day after it
        if match.group("side"):
            way = -1 if match.group("side").lower() == "previous" else 1
        elif match.group("way2"):
            way = -1 if match.group("way2").lower() == "before" else 1
        else:
            way = -1 if match.group("way").lower() in ("earlier", "after") else 1
        base = before[-1]
        found.append(
            replace(base, text=match.group(0), start=match.start(), end=match.end(),
                    shift=base.shift + way * count, until=False)
        )  # fmt: skip
    return sorted(found, key=lambda d: d.start)


def extract_values(norm: NormText, original: str, carried: DateMention | None = None) -> Values:
    """The counts and dates of a text; ``carried``: the last day the sentences before it
    told, which 'two days later' counts from when the text tells none before it."""
    dates = _days_away(
        original,
        _in_the_year_told(
            original,
            [
                replace(d, until=True)
                if _UNTIL.search(original, max(0, d.start - 16), d.start)
                else d
                for d in find_dates(norm, original)
            ],
        ),
        carried,
    )
    # Dates come in order and never overlap, so the one a number could fall in is found
    # by bisection (a long claim has many of both).
    date_starts = [d.start for d in dates]
    date_ends = [d.end for d in dates]
    scores = _scores(original, dates)
    scored = [(q.start, q.end) for q in scores]
    quantities: list[Quantity] = []
    for match in _QUANTITY.finditer(norm.text):
        start, end = norm.original_span(match.start(), match.end())
        nearest = bisect.bisect_right(date_ends, start)
        if nearest < len(dates) and date_starts[nearest] < end:
            continue
        if any(a < end and start < b for a, b in scored):
            continue  # 'beat Oakport 2-1' is one score, not a range
        if quantities and start < quantities[-1].end:
            continue  # the 'a half' of 'a year and a half', read with it
        if _names_a_number(original, start):
            continue  # 'Line 4 opens', 'Terminal 2': a name's number counts nothing
        if _changed_from_to(match, norm.text):
            quantities.extend(_start_and_level(match, norm, original))
            continue
        quantity = _quantity(match, norm, start, end, original)
        if quantity is not None:
            quantities.append(quantity)
    for match in _TIME_TAKEN.finditer(original):  # 'won in 2:07:12'
        start, end = match.span()
        if not any(q.start < end and start < q.end for q in quantities):
            hours, minutes, seconds = (float(g) for g in match.groups())
            told = hours * 3600 + minutes * 60 + seconds
            quantities.append(Quantity(told, told, "exact", "second", match.group(), start, end))
            quantities.sort(key=lambda q: q.start)
    for match in _HYPHENED_MAGNITUDE.finditer(original):  # 'the magnitude-7.0 earthquake'
        number = float(match.group(1))
        start, end = match.start(1), match.end(1)
        if not any(q.start <= start < q.end for q in quantities):
            quantities.append(
                Quantity(number, number, "exact", MAGNITUDE, match.group(1), start, end)
            )
            quantities.sort(key=lambda q: q.start)
    if scores:
        quantities = sorted([*quantities, *scores], key=lambda q: q.start)
    quantities = _levels_in_the_unit_before(original, quantities)
    quantities = [q for q in quantities if not _year_on_year(original, q)]
    return Values(tuple(_of_them(original, _spans_told_whole(original, quantities))), tuple(dates))


# A verb of change a few words before 'from 2 million to 4 million': a start and the
# level it went to, not a range ('grew from 240 to 300', 'cut from nine years to six').
_CHANGED_BEFORE = re.compile(
    r"\b(?:ris\w*|rose|gr[eo]w\w*|increas\w*|jump\w*|climb\w*|soar\w*|surg\w*|fall\w*"
    r"|fell|drop\w*|declin\w*|decreas\w*|cut\w*|reduc\w*|lower\w*|rais\w*|shr[iau]nk\w*"
    r"|slash\w*|plung\w*|slump\w*|tumbl\w*|expand\w*|swell\w*|swollen|went\s+(?:up|down)"
    r"|gone\s+(?:up|down)|up|down|extend\w*|shorten\w*|lengthen\w*|doubl\w*|halv\w*"
    r"|tripl\w*|chang\w*)\b[^.;:,]{0,60}$",
    re.I,
)


def _changed_from_to(match: re.Match[str], text: str) -> bool:
    return (
        (match.group("between") or "").lower() == "from"
        and match.group("upper") is not None
        and bool(_CHANGED_BEFORE.search(text, max(0, match.start() - 70), match.start()))
    )


def _start_and_level(match: re.Match[str], norm: NormText, original: str) -> list[Quantity]:
    """'grew from 240 to 300 workers': the start ('from 240', counting workers too) and
    the level."""
    text = norm.text
    found: list[Quantity] = []
    for part in (
        _QUANTITY.match(text, match.start(), match.end("num")),
        _QUANTITY.match(text, match.start("upper")),
    ):
        if part is None:
            return []
        start, end = norm.original_span(part.start(), part.end())
        quantity = _quantity(part, norm, start, end, original)
        if quantity is None:
            return []
        found.append(quantity)
    before, after = found
    if before.unit is None and after.unit is not None:
        found[0] = replace(before, unit=after.unit)
    return found


# A time taken, in hours, minutes and seconds ('2:07:12'); a clock time has two parts.
_TIME_TAKEN = re.compile(r"(?<![\w:.,])(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)(?![\w:]|[.,]\d)")

SCORE = "score"  # the unit of a result told as two tallies: '2-1', 'voted 31-18'
# Two tallies joined by a dash, as results and votes are written ('beat Oakport 2-1',
# 'a 24-19 win', 'voted 5-2'), told beside a word of winning, losing or voting
_TALLY_WORDS = {word: n for word, n in _UNITS.items() if n <= 12} | {"nil": 0}
_TALLY = r"(\d{1,3}|" + "|".join(_TALLY_WORDS) + r")"
_SCORE = re.compile(
    r"(?<![\w.,/-])"
    + _TALLY
    + r"\s?[-–]\s?"
    + _TALLY
    + r"(?![\w/%-]|[.,]\d|\s*(?:per\b|percent|%))",
    re.I,
)
# 'by three goals to one', 'by 31 votes to 12': the same tallies, told in words
_SCORE_TOLD = re.compile(
    r"\b(?:"
    + _TALLY
    + r"\s+(?:goals?|votes?|points?|runs?|seats?)\s+to\s+"
    + _TALLY
    + r"|(?<=\bvote of )"
    + _TALLY
    + r"\s+(?:to|[-–])\s+"
    + _TALLY
    + r")\b",
    re.I,
)
_SCORE_BEFORE = re.compile(
    r"\b(?:beat\w*|won|win\w*|lost|los[ei]\w*|dr[ae]w\w*|defeat\w*|thrash\w*|edg\w*"
    r"|scor\w*|vot\w*|margin|led|lead\w*|trail\w*|victor\w*|result|fail\w*|pass\w*"
    r"|carried|approv\w*|reject\w*|split|back\w*|tied|level)\b[^.;:]{0,40}$",
    re.I,
)
_SCORE_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,1}(?:win|victory|defeat|loss|draw|vote|scoreline|lead|majority)\b", re.I
)


def _scores(original: str, dates: Sequence[DateMention]) -> list[Quantity]:
    """Results and votes told as two tallies ('beat Oakport 2-1', 'voted 31-18'): one
    value each, the same whichever tally is written first ('lost 1-2' is '2-1')."""
    found: list[Quantity] = []
    told = [(m, True) for m in _SCORE_TOLD.finditer(original)]
    for match, plain in [*told, *((m, False) for m in _SCORE.finditer(original))]:
        start, end = match.span()
        if any(d.start < end and start < d.end for d in dates):
            continue
        if any(q.start < end and start < q.end for q in found):
            continue
        if not (
            plain
            or _SCORE_BEFORE.search(original, max(0, start - 60), start)
            or _SCORE_AFTER.match(original, end)
        ):
            continue
        tallies = [t for t in match.groups() if t is not None]
        high, low = sorted((_tally(tallies[0]), _tally(tallies[1])), reverse=True)
        number = float(high * 1000 + low)
        found.append(Quantity(number, number, "exact", SCORE, match.group(0), start, end))
    return sorted(found, key=lambda q: q.start)


def _tally(written: str) -> int:
    return int(written) if written.isdigit() else _TALLY_WORDS[written.lower()]


# 'up 35 per cent from a year earlier', 'on a year ago': what a change is counted
# against, the usual yearly comparison, is no figure the claim gives of its own
_A_YEAR_BEFORE = re.compile(r"(?:from\s+)?an?\s+year(?:\s+(?:earlier|before|ago))?", re.I)
_COUNTED_AGAINST = re.compile(
    r"\b(?:from|on|than|with|to|against|over)\s+(?:the\s+same\s+\w+\s+)?$", re.I
)
_BEFORE_WORD = re.compile(r"\s*(?:earlier|before|ago)\b", re.I)


def _year_on_year(original: str, quantity: Quantity) -> bool:
    if not _A_YEAR_BEFORE.fullmatch(quantity.text):
        return False
    told_before = quantity.text.lower().endswith(("earlier", "before", "ago")) or bool(
        _BEFORE_WORD.match(original, quantity.end)
    )
    against = quantity.text.lower().startswith("from ") or bool(
        _COUNTED_AGAINST.search(original, max(0, quantity.start - 40), quantity.start)
    )
    return told_before and against


_FROM_TO = re.compile(r"\s+to\s+$", re.I)
_TO_FROM = re.compile(r",?\s+(?:(?:up|down)\s+)?$", re.I)


def _levels_in_the_unit_before(original: str, quantities: list[Quantity]) -> list[Quantity]:
    """'from nine years to six': the bare 'six' is six years, the level a change went
    to (a figure with a unit of its own keeps it: 'from four hours to 95 minutes'); and
    '412 million marks, up from 305 million': the bare start is in marks."""
    found = list(quantities)
    for index in range(1, len(found)):
        first, second = found[index - 1], found[index]
        if second.unit is not None or first.unit is None:
            continue
        if (
            first.text.lower().startswith("from ")
            and _FROM_TO.fullmatch(original, first.end, second.start)
        ) or (
            second.text.lower().startswith("from ")
            and _TO_FROM.fullmatch(original, first.end, second.start)
        ):
            found[index] = replace(second, unit=first.unit)
    return found


_HOURS_THEN_MINUTES = re.compile(r"\s*(?:,\s*|\s+and\s+)?$")
# A span told in two parts and the unit of the whole: 'two years and three months' is
# 27 months, '2 hours 19 minutes' 139 minutes, 'one minute and four seconds' 64 seconds.
_PARTS_OF_A_SPAN = {
    ("year", "month"): ("month", 12.0), ("hour", "minut"): ("minut", 60.0),
    ("minut", "second"): ("second", 60.0),
}  # fmt: skip


# Words a number follows to name one of a kind: 'Line 4', 'Terminal 2', 'Article 50'.
_NUMBERED = frozenset(
    """line lines terminal gate platform route runway section article chapter phase stage
    pier berth zone sector ward block tower level category flight channel unit reactor
    track lane exit junction""".split()
)
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s$")


def _names_a_number(original: str, start: int) -> bool:
    """A figure that numbers one of a kind counts nothing: 'Line 4 opens', 'from
    Terminal 2', 'under Article 50'."""
    if start >= len(original) or not original[start].isdigit():
        return False
    before = _WORD_BEFORE.search(original, max(0, start - 16), start)
    return (
        before is not None
        and before.group(1)[0].isupper()
        and (before.group(1).lower() in _NUMBERED)
    )


def _spans_told_whole(original: str, quantities: list[Quantity]) -> list[Quantity]:
    """A span of time told in two parts is one span: '3 hours 40 minutes' is 220
    minutes, 'two hours and a half' two and a half hours."""
    whole: list[Quantity] = []
    for quantity in quantities:
        previous = whole[-1] if whole else None
        parts = (previous.unit if previous else None, quantity.unit)
        if (
            previous is not None
            and parts in _PARTS_OF_A_SPAN
            and previous.precision == quantity.precision == "exact"
            and _HOURS_THEN_MINUTES.match(original, previous.end, quantity.start)
        ):
            unit, factor = _PARTS_OF_A_SPAN[parts]
            whole[-1] = Quantity(
                previous.low * factor + quantity.low, previous.high * factor + quantity.high,
                previous.precision, unit, original[previous.start : quantity.end],
                previous.start, quantity.end,
            )  # fmt: skip
            continue
        half = _AND_A_HALF.match(original, quantity.end)
        if half and quantity.unit in _SPAN_UNITS and quantity.low == quantity.high:
            quantity = replace(
                quantity, low=quantity.low + 0.5, high=quantity.high + 0.5,
                text=original[quantity.start : half.end()], end=half.end(),
            )  # fmt: skip
        whole.append(quantity)
    return whole


_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.I)


def _of_them(original: str, quantities: list[Quantity]) -> list[Quantity]:
    """'Seventeen people were injured, three of them seriously': 'three of them' counts
    what the count before it counts; 'three of its 12 schools' and '190,000 of the
    recalled kettles' count what follows."""
    starts = {q.start: q for q in quantities}
    found: list[Quantity] = []
    for quantity in quantities:
        if quantity.unit is None and quantity.precision == "exact":
            quantity = _or_more(original, quantity)
        if quantity.unit is None:
            if found and found[-1].unit and _OF_THEM.match(original, quantity.end):
                quantity = replace(quantity, unit=found[-1].unit)
            elif quantity.low == int(quantity.low) >= 1 and (
                of_the := _OF_THE.match(original, quantity.end)
            ):  # a count, not a share ('0.62 of the electorate')
                owner = _POSSESSIVE.match(original, of_the.end())  # 'two of the train's four'
                after = owner.end() if owner else of_the.end()
                whole = starts.get(after)
                unit = whole.unit if whole else _unit_after(original.lower(), after)[0]
                if unit is not None:
                    quantity = replace(quantity, unit=unit)
            elif numbered := _THE_NUMBER_OF.search(original, 0, quantity.start):
                # 'the number of infected pupils has since risen to nine' counts pupils
                quantity = replace(quantity, unit=stem(numbered.group(1).lower()))
        found.append(quantity)
    return found


# 'The number of infected pupils has since risen to', 'the number of cases stood at':
# the figure after it counts them
_THE_NUMBER_OF = re.compile(
    r"\b[Tt]he\s+number\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b[^.;:!?]{0,60}?"
    r"\b(?:to|at|reached|hit|is|was|now)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$"
)


def _or_more(original: str, quantity: Quantity) -> Quantity:
    """'7,000 or more steps' is at least 7,000 steps; '10 or fewer' at most 10."""
    match = _OR_MORE.match(original, quantity.end)
    if match is None:
        return quantity
    unit, unit_end = _unit_after(original.lower(), match.end())
    if unit is None:
        return quantity
    low, high = (
        (quantity.low, math.inf) if match.group(1).lower() in ("more", "over", "above")
        else (0.0, quantity.high)
    )  # fmt: skip
    text = " ".join(original[quantity.start : unit_end].split())
    return replace(quantity, low=low, high=high, unit=unit, text=text, end=unit_end)


_OR_MORE = re.compile(r"\s+or\s+(more|over|above|fewer|less|under)\b", re.I)
# 'three of its 12 schools', '14 of Kingston's 48 seats'
_OF_THE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+|(?=(?-i:[A-Z])[\w-]*['’]s\s))", re.I
)
_POSSESSIVE = re.compile(r"[\w-]+['’]s\s+")


_MULTIPLE_TEXT = re.compile(r"(?:.*\s)?(?:halv|doubl|tripl|trebl|quadrupl)(?:ed|ing)|half", re.I)


def is_multiple(quantity: Quantity) -> bool:
    """A change told as a multiple ('halved', 'cut in half'): always a change, never a
    level."""
    return quantity.unit == "percent" and bool(_MULTIPLE_TEXT.fullmatch(quantity.text))


def _multiple(match: re.Match[str], surface: str, start: int, end: int) -> Quantity:
    """'halved' is a fall of 50 per cent, 'tripled' a rise of 200, 'more than doubled' one
    of over 100; which way it went is the word's own (see ``told_direction``)."""
    word = (match.group("multiple") or "halv").lower()
    change = next(size for stem_, size in _MULTIPLES.items() if word.startswith(stem_))
    low, high = change * (1 - _MULTIPLE_SPREAD), change * (1 + _MULTIPLE_SPREAD)
    hedge = (match.group("mult_approx") or "").lower()
    if hedge:
        below, above = _APPROX[hedge]
        strict = 1e-9 if hedge in _STRICT else 0.0
        low = change * below + (strict if below == 1.0 else 0.0)
        high = change * above - (strict if above == 1.0 else 0.0)
    return Quantity(low, high, "approx", "percent", surface, start, end)


def _quantity(
    match: re.Match[str], norm: NormText, start: int, end: int, original: str
) -> Quantity | None:
    text = norm.text
    surface = " ".join(original[start:end].split())
    if match.group("half_point"):  # 'rates fell by half a percentage point'
        return Quantity(0.5, 0.5, "exact", "percentage point", surface, start, end)
    if match.group("multiple") or match.group("by_half"):  # 'halved', 'more than doubled'
        return _multiple(match, surface, start, end)
    if match.group("ord"):
        raw = match.group("ord")
        number = float(re.sub(r"\D", "", raw)) if raw[0].isdigit() else _ORDINAL_WORDS[raw]
        return Quantity(number, number, "exact", "year", surface, start, end)
    unit, unit_end = _unit_after(
        text, match.start("glued") if match.group("glued") else match.end()
    )
    if _MAGNITUDE.search(text, max(0, match.start() - 16), match.start()):
        unit, unit_end = MAGNITUDE, match.end()  # 'a magnitude 5.4 aftershock' measures
    if match.group("one"):
        if unit is None or _RATE.search(text, max(0, match.start() - 40), match.start()):
            return None  # '€85 million a year' is a rate, not a year
        count = 0.5 if match.group("one").lower().startswith("half") else 1.0
        and_a_half = _AND_A_HALF.match(text, unit_end)
        if and_a_half:  # 'a year and a half' is 18 months
            count, unit_end = 1.5, and_a_half.end()
        end = max(end, norm.original_span(match.start(), unit_end)[1])
        surface = " ".join(original[start:end].split())
        hedged = _ONE_HEDGE.search(text, max(0, match.start() - 24), match.start())
        if hedged:  # 'more than an hour', 'nearly a year'
            return _hedged(count, hedged.group(1).lower(), unit, surface, start, end)
        return Quantity(count, count, "exact", unit, surface, start, end)
    if unit is not None:
        end = max(end, norm.original_span(match.start(), unit_end)[1])
        surface = " ".join(original[start:end].split())
    if match.group("vague"):
        low, high = _VAGUE[match.group("vague")]
        if unit is None:
            return None
        # 'a dozen districts' is twelve, told loosely, as 'two dozen' is 24
        told_loosely = match.group("vague") in ("a dozen", "half a dozen")
        precision: Precision = "approx" if told_loosely else "vague"
        return Quantity(low, high, precision, unit, surface, start, end)
    if match.group("dozen"):  # 'two dozen schools': 24, told loosely
        count_word = match.group("dozen").split()[0].split("-")[0]
        count = float(count_word) if count_word.isdigit() else float(_UNITS[count_word])
        return Quantity(count * 12 - 1, count * 12 + 1, "approx", unit, surface, start, end)
    if match.group("bare_half"):  # a share, told as loosely as 'a third' is
        return Quantity(49.0, 51.0, "approx", "percent", surface, start, end)
    if match.group("half"):  # 'more than half full', 'nearly half of the homes'
        below, above = _APPROX[match.group("half_approx").lower()]
        strict = 1e-9 if match.group("half_approx").lower() in _STRICT else 0.0
        low = 50.0 * below + (strict if below == 1.0 else 0.0)
        high = min(100.0, 50.0 * above) - (strict if above == 1.0 else 0.0)
        return Quantity(low, high, "approx", "percent", surface, start, end)
    if match.group("frac") or match.group("ratio"):
        share = _share(match.group("frac") or match.group("ratio"))
        if share is None:
            return None
        if match.group("frac_scale"):  # 'three-quarters of a million pounds': a number
            scale_word = match.group("frac_scale")
            if scale_word.startswith("percentage"):  # 'a quarter of a percentage point'
                unit, scale = "percentage point", 1.0
            else:
                scale = float(_SCALES[scale_word])
            amount = share / 100 * scale
            return Quantity(amount * 0.995, amount * 1.005, "approx", unit, surface, start, end)
        hedge = match.group("ratio_approx") or match.group("frac_approx")
        if hedge:  # 'more than nine in ten', 'close to one in four': the hedge bounds it
            below, above = _APPROX[hedge.lower()]
            low = share * below + (1e-9 if hedge.lower() in _STRICT and below == 1.0 else 0)
            high = min(100.0, share * above) - (1e-9 if hedge.lower() in _STRICT else 0)
            return Quantity(low, high, "approx", "percent", surface, start, end)
        # A share is a percentage, written loosely: 'two-thirds' is 66.7 per cent, +/- 1.
        return Quantity(share - 1, share + 1, "approx", "percent", surface, start, end)
    value = _number_value(match, unit)
    if value is None:
        return None
    ordinal_scale = _ORDINAL_SCALE.match(text, match.end())
    if ordinal_scale and match.group("words"):  # 'its one millionth visitor': a million
        value *= _ORDINAL_SCALES[ordinal_scale.group(1)]
    currency = match.group("cur") or match.group("code")
    if currency:
        sign = currency.strip()
        unit = _SIGNS.get(sign) or synonyms("units").get(sign[-1] if match.group("cur") else sign)
        per = _PRICE_PER.match(text, match.end())
        if unit in CURRENCIES and per:
            unit = f"{unit}/{_price_of(per)}"  # 'NOK 148 a share', '€3 per night'
    if match.group("suffix") in ("pc", "pct"):
        unit = "percent"  # '0.5pc'
    if match.group("upper"):
        plain = _plain(match)
        # ('0-0', a score: a lower end of nought has no scale of its own to carry)
        scale = _SCALES.get(match.group("upper_scale") or "", value / plain if plain else 1.0)
        if match.group("upper_scale") and value == plain:
            value *= scale  # '3 to 5 million': the scale belongs to both ends
        upper = float(match.group("upper").replace(",", "")) * scale
        if upper <= value:
            return None  # '9-3' (a score): not a range of one count
        return Quantity(value, upper, "approx", unit, surface, start, end)
    approx = match.group("approx")
    if approx == "over" and unit in _SPANS and not _FOR_OVER.search(text, 0, match.start()):
        approx = None  # 'spread over three years' is a span, not 'more than three years'
    if approx:
        return _hedged(value, approx, unit, surface, start, end)
    return Quantity(value, value, "exact", unit, surface, start, end)


def _hedged(
    value: float, approx: str, unit: str | None, surface: str, start: int, end: int
) -> Quantity:
    """A figure with its hedge: 'about 30', 'more than 60', 'over an hour'."""
    lo_factor, hi_factor = _APPROX[approx]
    if math.isfinite(hi_factor) and lo_factor > 0:
        # 'about 30' may be 26 or 34; 'about 412,000' is told to the thousand, and
        # 465,000 is another figure: the margin narrows with the digits written
        narrow = _MARGIN_BY_DIGITS.get(_significant_digits(value), _MARGIN_BY_DIGITS[3])
        lo_factor, hi_factor = 1 - (1 - lo_factor) * narrow, 1 + (hi_factor - 1) * narrow
    low, high = value * lo_factor, value * hi_factor
    if approx in _STRICT:
        # "more than 60" excludes 60 itself; nudge the open bound inwards.
        low, high = (low + 1e-9, high) if hi_factor > 1 else (low, high - 1e-9)
    return Quantity(low, high, "approx", unit, surface, start, end)


# share of a hedge's margin kept: 'about 30' may be 26 or 34, but 'about 650,000' is
# told to two digits and is not 610,000
_MARGIN_BY_DIGITS = {1: 1.0, 2: 1 / 3, 3: 1 / 3}


def _significant_digits(value: float) -> int:
    """Digits a figure is told to: 30 -> 1, 2.4 million -> 2, 412,000 -> 3."""
    digits = f"{value:.6g}".replace(".", "").lstrip("0").split("e")[0].rstrip("0")
    return max(1, len(digits))


def _number_value(match: re.Match[str], unit: str | None = None) -> float | None:
    """The number a match writes, scales and suffixes applied ('€3bn' is 3e9)."""
    if match.group("words"):
        return _words_value(match.group("words"))
    raw = _CURRENCY_SIGN.sub("", match.group("num")).strip()
    if match.group("glued"):
        raw = raw[: -len(match.group("glued"))]
    suffix = match.group("suffix")
    if suffix:
        money = match.group("cur") or match.group("code") or unit in _MILLIONS_OF
        if suffix == "m" and not money:
            return None  # a '5m putt' is metres: '$5m', '5m euros', '3m people' are millions
        if suffix == "k" and not money and unit in _KILOMETRE_RACES:
            return None  # a '10k run' is ten kilometres: '14.2k' is 14,200
        return float(raw[: -len(suffix)].replace(",", "")) * _SUFFIXES[suffix]
    scale = 1.0
    for name, factor in _SCALES.items():
        if raw.endswith(name):
            raw, scale = raw[: -len(name)].strip(), float(factor)
            break
    return float(raw.replace(",", "")) * scale


def _plain(match: re.Match[str]) -> float:
    """The written figure before its scale (for the upper end of '3 to 5 million')."""
    digits = re.match(_DIGITS, _CURRENCY_SIGN.sub("", match.group("num")))
    return float(digits.group().replace(",", "")) if digits else 1.0


def count_of(word: str) -> float | None:
    """A count written in digits or words ('2', 'two', 'forty-one'), or None."""
    return float(word.replace(",", "")) if word.replace(",", "").isdigit() else _words_value(word)


def _words_value(text: str) -> float | None:
    """'one hundred and twenty' = 120, 'two and a half million' = 2.5e6, 'half a
    million' = 5e5, 'a thousand' = 1000, 'seven point five' = 7.5."""
    words = [w for w in re.split(r"[ -]", text) if w and w != "and"]
    if words[0] == "half" and len(words) > 1:  # 'half a million'
        rest = _words_value(" ".join(words[1:]))
        return None if rest is None else rest / 2
    if len(words) > 2 and words[-1] in ("quarter", "quarters"):  # 'four and a quarter'
        head = _words_value(" ".join(words[:-2]))
        part = 0.75 if words[-2] == "three" else 0.25
        return None if head is None else head + part
    if "point" in words:
        whole, _, decimals = " ".join(words).partition(" point ")
        head = _words_value(whole)
        scale = 1.0
        decimal_words = decimals.split()
        if decimal_words and decimal_words[-1] in _SCALES:  # 'one point eight million'
            scale = float(_SCALES[decimal_words.pop()])
        digits = "".join(str(_UNITS.get(w, "")) for w in decimal_words)
        if head is None or not digits:
            return None
        return float(f"{int(head)}.{digits}") * scale
    total, current, half = 0.0, 0.0, False
    for index, word in enumerate(words):
        if word in ("a", "an"):
            if index + 1 < len(words) and words[index + 1] == "half":
                continue  # 'and a half'
            current = current or 1.0
        elif word == "half":
            half = True
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in _SCALES:
            scale = _SCALES[word]
            current = (current or 1.0) + (0.5 if half and current else 0.0)
            if half and not total and current == 1.0 and words[0] == "half":
                current = 0.5  # 'half a million'
            total += current * scale
            current, half = 0.0, False
    total += current + (0.5 if half and current else 0.0)
    return total or None


def _share(text: str) -> float | None:
    """'two-thirds' -> 66.7, 'a quarter' -> 25, 'nine in ten' -> 90 (per cent)."""
    parts = re.split(r"[ -]", text)
    if parts[-1] in _FRACTIONS:
        top = 1 if parts[0] in ("a", "an") else _UNITS.get(parts[0])
        return None if top is None else 100.0 * top / _FRACTIONS[parts[-1]]
    top_word, bottom_word = parts[0], parts[-1]
    top = int(top_word) if top_word.isdigit() else _UNITS.get(top_word)
    bottom = int(bottom_word) if bottom_word.isdigit() else _UNITS.get(bottom_word)
    if not top or not bottom or top > bottom:
        return None
    return 100.0 * top / bottom


_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_SCALES)


# 'last month', 'next year', 'this spring', 'last Friday' after a figure tell when
_TIME_AFTER = re.compile(
    r"\s*(?:last|next|this|previous)\s+(?:week|weekend|month|year|quarter|season|spring"
    r"|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b",
    re.I,
)


# 'm' after a figure and before a word of size is metres: '340 m long', '12 m high'
_METRES_OF_SIZE = re.compile(
    r"\sm\s+(?:long|wide|high|tall|deep|across|in\s+(?:length|diameter|height|depth))\b"
)


def _unit_after(text: str, position: int) -> tuple[str | None, int]:
    """The counted noun and where it ends: the first plural noun, or the last word of the
    phrase after a number (``50 bilateral and multilateral activities`` counts activities)."""
    unit: str | None = None
    unit_end = position
    compound = re.match(r"-([a-z]+)\b", text[position:])
    if compound and compound.group(1) not in _UNIT_STOP:  # 'a four-day stay' counts days
        found, end = stem(compound.group(1)), position + compound.end()
        per = _PRICE_PER.match(text, end)
        if per and found in CURRENCIES:
            return f"{found}/{_price_of(per)}", per.end()  # 'a 3-euro nightly tax'
        return found, end
    if _METRES_OF_SIZE.match(text, position):
        return "metr", position + 2  # 'a bridge 340 m long': a length, not millions
    square = _SQUARE.match(text, position)
    if square:  # '1.2 square kilometres', '40 sq km', '3 km²': an area, not a length
        written = (square.group(1) or square.group(2)).lower()
        return f"square {_SQUARED.get(written[:2], _SQUARED['m'])}", square.end()
    points = _POINTS.match(text, position)
    if points:  # '25 basis points', '0.25 percentage points': a change in a rate
        return ("basis point" if points.group(1) else "percentage point"), points.end()
    for _ in range(5):
        match = _FOLLOWING_WORD.match(text, position)
        if match is None:
            break
        position = match.end()
        word = match.group("word")
        if word is not None and word.endswith("'"):  # "three million euros' worth"
            word = word.rstrip("'")
        if word is None:
            if match.group("other") in ("%", "€", "$", "£", "¥"):
                return synonyms("units")[match.group("other")], position
            if match.group("other") == "-" and unit is None:
                continue
            break
        if word == "percent" or (word == "per" and text.startswith(" cent", position)):
            return "percent", position + (5 if word == "per" else 0)
        if unit is None and word in _COMPARATIVES and _THAN_AHEAD.match(text, position):
            continue  # '4,400 more parcels than' counts parcels (a difference: value_notes)
        if word in _UNIT_STOP or word in NEGATIONS or word.split("-")[0] in _NUMBER_WORDS:
            break
        if _TIME_AFTER.match(text, match.start()):
            break  # 'rose to 41,000 last month': when, not what was counted
        if word == "and":
            after = _FOLLOWING_WORD.match(text, position)
            if after and after.group("word") and after.group("word").endswith(("ing", "ed")):
                break  # 'injuring more than 150 and flattening adobe homes': a new clause
            continue
        if unit is not None and is_past_form(word):
            break  # '5.4 aftershock struck', '30 workers injured': the noun came first
        following = _FOLLOWING_WORD.match(text, position)
        if (
            unit is None
            and is_past_form(word)
            and word not in _PLURALS
            and (following is None or following.group("word") in _UNIT_STOP)
        ):
            break  # 'up from 38 reported at the briefing' counts nothing of its own
        unit, unit_end = word, position
        if word in _PLURALS and following is not None and _plural_noun(following):
            if following.group("word") == "members":  # '12 crew members' counts the crew
                return stem(word), following.end()
            continue  # '14 police officers' counts officers
        if word in _PLURALS or _plural_s(word):
            break  # a plural noun ends the counted phrase ('14 measles cases' counts cases)
        if word in synonyms("units"):
            break  # a unit of measure ends it too: '32 km deep' measures kilometres
    if unit is None:
        return None, unit_end
    units = synonyms("units")
    if unit in units:  # 'per-cent'
        found = units[unit]
    else:
        term = stem(unit.split("-")[-1])
        found = units.get(term, term)  # 'km' is 'kilometres'
    per_hour = _PER_HOUR.match(text, unit_end)
    if per_hour:  # '112 km/h', '112 kilometres per hour': a speed, not a distance
        return f"{found}/h", per_hour.end()
    per = _PRICE_PER.match(text, unit_end)
    if per and found in CURRENCIES:
        # '3 crowns a share', '3 euros per night': a price, no total sum
        return f"{found}/{_price_of(per)}", per.end()
    return found, unit_end


def _plural_s(word: str) -> bool:
    """A plural by its -s ('cases', 'officers'; not 'measles', 'bus', 'crisis')."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _SINGULAR


def _plural_noun(match: re.Match[str]) -> bool:
    """The next word is a plural noun ('officers'), not a verb or a clause word."""
    word = match.group("word")
    return word is not None and _plural_s(word) and word not in _UNIT_STOP and word not in _PLURALS


def is_past_form(word: str) -> bool:
    """A past form ('struck', 'injured', 'held'): after a counted noun the verb of its
    clause; before a date or a place what happened then."""
    return word in irregular_forms() or (len(word) > 4 and word.endswith("ed"))


_SPANS = frozenset({"year", "month", "week", "day", "hour", "decad"})
_FOR_OVER = re.compile(r"\bfor\s+$")  # 'for over 20 years' is more than 20 years
MAGNITUDE = stem("magnitude")  # the unit '6.8-magnitude' reads as, too
_HYPHENED_MAGNITUDE = re.compile(r"\bmagnitude-(\d+(?:\.\d+)?)\b", re.I)
_MAGNITUDE = re.compile(r"\bmagnitude[\s-]*(?:of\s+)?$")
_SQUARE = re.compile(
    r"\s*(?:square|sq\.?)\s+(kilometres?|kilometers?|km|miles?|mi|metres?|meters?|m)\b"
    r"|\s*(km|mi|m)(?:2|²)(?!\w)",
    re.I,
)
_SQUARED = {"ki": "kilometr", "km": "kilometr", "mi": "mile", "me": "metr", "m": "metr"}
_POINTS = re.compile(r"\s*(?:(basis)|percentage|per\s?cent(?:age)?)\s+points?\b")
_PER_HOUR = re.compile(r"\s*/\s*h(?:r|our)?\b|\s+(?:per|an|a)\s+hour\b")
# What a price is a price of: 'a share', 'per night', 'a head' (not 'a year': '€85 million
# a year' is a yearly sum, compared as a sum)
_PRICE_PER = re.compile(
    r"\s+(?:per|a|an|each)\s+(share|night|head|person|ticket|tonne|ton|barrel|litre|liter"
    r"|kilo|kilogram|kg|unit|passenger|visitor|guest|room|adult|child|dose|pack|seat"
    r"|vehicle|car|lorry|truck"
    r"|square\s+metre|megawatt-hour|kilowatt-hour|mwh|kwh)\b"
    r"|\s+(night)ly\b",  # 'a 3-euro nightly tax'
    re.I,
)


def _price_of(per: re.Match[str]) -> str:
    return stem((per.group(1) or per.group(2)).lower())


# What a price is counted in: '148 kroner a share' is a price, '3 crowns a share' too.
CURRENCIES = frozenset(
    "dollar euro pound yen krone krona koruna sol franc rupee peso yuan rand real".split()
)


# --- comparison -----------------------------------------------------------------------


# Units of one measure, in a common one: '1.2 km' is '1,200 metres'.
# unit -> (unit compared in, factor for the low end, factor for the high end)
_CONVERSIONS = {
    "kilometr": ("metr", 1000.0, 1000.0), "centimetr": ("metr", 0.01, 0.01),
    "millimetr": ("metr", 0.001, 0.001),
    "mile": ("metr", 1609.344, 1609.344), "tonn": ("kilogram", 1000.0, 1000.0),
    "kilometr/h": ("metr/h", 1000.0, 1000.0), "mile/h": ("metr/h", 1609.344, 1609.344),
    "mph": ("metr/h", 1609.344, 1609.344), "gram": ("kilogram", 0.001, 0.001),
    # areas: '120 hectares' is '1.2 square kilometres'
    "square kilometr": ("hectar", 100.0, 100.0), "square metr": ("hectar", 0.0001, 0.0001),
    "square mile": ("hectar", 258.9988110336, 258.9988110336),
    "foot": ("metr", 0.3048, 0.3048), "inch": ("metr", 0.0254, 0.0254),
    "yard": ("metr", 0.9144, 0.9144), "acr": ("hectar", 0.40468564224, 0.40468564224),
    "basis point": ("percentage point", 0.01, 0.01),
    "penni": ("pound", 0.01, 0.01),  # '60p' is £0.60
    # power and energy: '1.2 gigawatts' is '1,200 megawatts'
    "kilowatt": ("megawatt", 0.001, 0.001), "gigawatt": ("megawatt", 1000.0, 1000.0),
    "kilowatt-hour": ("megawatt-hour", 0.001, 0.001),
    "gigawatt-hour": ("megawatt-hour", 1000.0, 1000.0),
    "terawatt-hour": ("megawatt-hour", 1_000_000.0, 1_000_000.0),
    # spans of time, in minutes: 'six and a half years' is 78 months, 'two weeks' 14 days,
    # '48 hours' two days; a month is 28 to 31 days, so 'a two-month state of emergency'
    # is one of 60 days, and a year 365 or 366
    "year": ("minut", 525_600.0, 527_040.0), "decad": ("minut", 5_258_880.0, 5_260_320.0),
    "month": ("minut", 40_320.0, 44_640.0), "week": ("minut", 10_080.0, 10_080.0),
    "fortnight": ("minut", 20_160.0, 20_160.0),
    "day": ("minut", 1_440.0, 1_440.0), "hour": ("minut", 60.0, 60.0),
    "second": ("minut", 1 / 60, 1 / 60),
}  # fmt: skip


def kindred_units(unit: str | None) -> frozenset[str]:
    """The units a figure in ``unit`` can be compared with: 'two months' may tell '60
    days', '1.2 km' '1,200 metres'."""
    common = _conversion(unit)[0]
    if common is None:
        return frozenset()
    head, per = common.split("/", 1) if "/" in common else (common, "")
    suffix = f"/{per}" if per else ""
    return frozenset(
        {common, *(other + suffix for other, (to, _, _) in _CONVERSIONS.items() if to == head)}
    )


def _conversion(unit: str | None) -> tuple[str | None, float, float]:
    """How a unit converts to the one it is compared in; a price per something converts
    as its money does ('60p an hour' is £0.60 an hour)."""
    found = _CONVERSIONS.get(unit or "")
    if found is not None:
        return found
    if unit and "/" in unit:
        head, per = unit.split("/", 1)
        if head in _CONVERSIONS and "/" not in _CONVERSIONS[head][0]:
            common, low, high = _CONVERSIONS[head]
            return f"{common}/{per}", low, high
    return unit, 1.0, 1.0


_DAY_MINUTES = 1_440.0
_MEAN_MONTH_DAYS = 365.2425 / 12


def _months_in_minutes(months: float, bound: str) -> float:
    """One month is 28 to 31 days, but months run together even out: 26 months are
    within three days of 791, never 728 (26 Februaries), so not 'two years'."""
    if months < 2:
        days = months * (28.0 if bound == "low" else 31.0)
    else:
        days = months * _MEAN_MONTH_DAYS + (-3.0 if bound == "low" else 3.0)
    return round(days * _DAY_MINUTES, 6)


def _in_common_unit(quantity: Quantity) -> tuple[str | None, float, float]:
    unit, low, high = _conversion(quantity.unit)
    if quantity.unit == "month" and unit is not None:
        return (
            unit,
            _months_in_minutes(quantity.low, "low"),
            _months_in_minutes(quantity.high, "high"),
        )
    if low == high == 1.0:
        return unit, quantity.low, quantity.high
    # round away the float error of the conversion: 1.2 km is 1,200 m, not 1,200.0000000002
    return unit, round(quantity.low * low, 6), round(quantity.high * high, 6)


# Currencies whose hundredth is a cent: 'rose to 14.20 dollars from 13.50' is 70 cents.
_CENTS_OF = frozenset({"dollar", "euro"})


def total_of(parts: Sequence[Quantity]) -> Quantity | None:
    """The sum of figures of one unit told side by side ('1.2 million tonnes of wheat and
    300,000 tonnes of maize': 1.5 million tonnes), which a claim's 'in total' may give.
    None when the units differ or a part is a range."""
    if len(parts) < 2:
        return None
    units: set[str | None] = set()
    amount = 0.0
    for part in parts:
        unit, low, high = _in_common_unit(part)
        if unit is None or low != high:
            return None
        units.add(unit)
        amount += low
    if len(units) != 1:
        return None
    (unit,) = units
    first, last = parts[0].start, parts[-1].end
    text = "a total of " + " and ".join(p.text for p in parts)
    return Quantity(round(amount, 6), round(amount, 6), "exact", unit, text, first, last)


def changes_between(level: Quantity, start: Quantity) -> tuple[Quantity, ...]:
    """What a change from ``start`` to ``level`` amounts to, as a claim may give it: the
    difference ('to 41 cents, up from 36': 5 cents; 'to 5.1 per cent from 5.6': half a
    percentage point) and, for a count or a sum, the change in per cent ('to 1.2 billion
    euros from 1.05 billion': about 14 per cent, told to the nearest whole one)."""
    unit, low, _ = _in_common_unit(level)
    start_unit, start_low, _ = _in_common_unit(start)
    if level.low != level.high or start.low != start.high:
        return ()
    if (unit is None) != (start_unit is None):
        return ()  # a bare figure is a change only from or to another bare one
    if unit != start_unit and not (unit and start_unit and unit.startswith(start_unit + "/")):
        return ()  # 'to 14.20 dollars an hour from 13.50 dollars' is one rate
    if level.unit == start.unit and level.unit in _SPAN_UNITS:
        # 'from nine years to six' is a change of three years, told in years (a span
        # counted in another unit never conflicts)
        unit, low, start_low = level.unit, level.low, start.low
    difference = round(abs(low - start_low), 6)
    first, last = min(level.start, start.start), max(level.end, start.end)
    told_from = start.text if start.text.lower().startswith("from ") else f"from {start.text}"
    text = f"a change {told_from} to {level.text}"

    def change(
        amount: float, unit: str | None, precision: Precision = "exact", margin: float = 0.0
    ) -> Quantity:
        return Quantity(amount - margin, amount + margin, precision, unit, text, first, last)

    if unit == "percent":
        return (change(difference, "percentage point"),)
    derived = [change(difference, unit)]
    base, _, rate = (unit or "").partition("/")
    if base in _CENTS_OF:
        derived.append(change(round(difference * 100, 6), "cent" + ("/" + rate if rate else "")))
    if start_low:
        share = abs(low - start_low) / start_low * 100
        derived.append(change(share, "percent", "approx", 0.5))
    return tuple(derived)


def went_down(level: Quantity, start: Quantity) -> bool:
    """A change from ``start`` to ``level`` is a fall ('2,400 crowns, down from 3,600')."""
    return _in_common_unit(level)[1] < _in_common_unit(start)[1]


# A figure told as an estimate either side of it ('about 2.4 million', 'an estimated 1.8
# million'), not a bound ('nearly 50', 'more than 40') or a range ('3 to 5 million').
_ESTIMATE = re.compile(r"(?:about|around|approximately|roughly|some|an estimated)\s", re.I)


_ANY_COUNTED = frozenset({"unit", "item"})  # 'units sold': whatever the story counts


def _counts_anything(one: str, other: str) -> bool:
    """One side counts 'units' and the other a thing (not a sum, a measure or a span), or
    one counts 'people' or 'men' and the other some kind of them (lexicons/people.txt)."""
    measures = _measures()
    if (one in _ANY_COUNTED and other not in measures) or (
        other in _ANY_COUNTED and one not in measures
    ):
        return True
    people = stems("people")
    return (one in _PEOPLE_AS_SUCH and other in people) or (
        other in _PEOPLE_AS_SUCH and one in people
    )


@cache
def _measures() -> frozenset[str]:
    """Units that are sums, measures or spans, never things counted."""
    return frozenset(synonyms("units").values()) | _SPANS | {"percent", MAGNITUDE, "year"}


# Counts of people as such: '23 men' may be '23 miners', '21 people' some other group;
# 'participants' are whoever took part ('61 participants' in a trial of patients).
_PEOPLE_AS_SUCH = frozenset(
    stem(word)
    for word in "people persons individuals men women man woman adults participants".split()
)


def compare_quantities(claim: Quantity, found: Quantity) -> Comparison:
    """Match when the ranges meet, conflict when they count the same thing and do not."""
    unit, claim_low, claim_high = _in_common_unit(claim)
    found_unit, found_low, found_high = _in_common_unit(found)
    if unit is None or found_unit is None:
        return "unrelated"
    if unit != found_unit:
        overlap = claim_low <= found_high and found_low <= claim_high
        if overlap and _counts_anything(unit, found_unit):
            return "match"  # '412,000 units' of the kettles the claim counts
        return "unrelated"  # and never a conflict: the units may be anything else
    if _ESTIMATE.match(claim.text) and _ESTIMATE.match(found.text):
        # 'about 2.4 million' and 'an estimated 1.8 million' are two estimates: each must
        # fall within the other's margin, not merely have margins that touch
        claim_mid, found_mid = (claim_low + claim_high) / 2, (found_low + found_high) / 2
        same = found_low <= claim_mid <= found_high and claim_low <= found_mid <= claim_high
        return "match" if same else "conflict"
    if (
        claim.unit != found.unit
        and claim.unit in _SPAN_UNITS
        and not (min(claim_low, found_low) > 0 and max(claim_high, found_high) < math.inf)
        and not _next_units(claim.unit, found.unit)
    ):
        return "unrelated"  # 'for eight years' is no case of 'more than seven hours'
    if (
        claim.unit != found.unit
        and claim.unit not in _SPAN_UNITS
        and claim.low == claim.high
        and found.low == found.high
        and claim_low != found_low
    ):
        # one side converted from the other and rounded ('130 mph' told as '209 km/h',
        # '12 square miles' as '3,108 hectares'): one figure within the other's last digit
        rounded = _within_last_digit(claim_low, found, found_low) or _within_last_digit(
            found_low, claim, claim_low
        )
        return "match" if rounded else "conflict"
    if claim_low <= found_high and found_low <= claim_high:
        # a bound holds a bound only within it: 'at least 63 died' says less than 'more
        # than 100 died', and all that 'more than 50 died' says (a figure within a bound
        # is told by it: '65 activities' by 'more than 60')
        if found_high == claim_high == math.inf and found_low < claim_low:
            return "vaguer"
        if found_low == claim_low == 0 and found_high > claim_high:
            return "vaguer"
        return "match"
    if claim.unit in _SPAN_UNITS and found.unit != claim.unit:
        return "unrelated"  # '78 months' is 'six and a half years'; 'three days' is no 'four weeks'
    return "conflict"


def _within_last_digit(value: float, rounded: Quantity, rounded_value: float) -> bool:
    """``value`` (in the common unit) rounds to ``rounded`` as written: within half a
    step of its last written digit ('209' holds 208.5 to 209.5 km/h)."""
    decimals = len(f"{rounded.low:.6f}".rstrip("0").split(".")[1])
    _, factor, _ = _conversion(rounded.unit)
    half_step = 0.5 * 10.0**-decimals * factor
    return rounded_value - half_step <= value <= rounded_value + half_step


# Spans of time, shortest first. Counted in another unit they match when they agree, and
# never conflict: 'three days' of strikes and 'four weeks' of balloting are seldom one span
_SPAN_ORDER = ("second", "minut", "hour", "day", "week", "fortnight", "month", "year", "decad")
_SPAN_UNITS = frozenset(_SPAN_ORDER)


def _next_units(one: str | None, other: str | None) -> bool:
    """Spans a writer converts between ('16 days' told as 'more than two weeks')."""
    if one not in _SPAN_UNITS or other not in _SPAN_UNITS:
        return False
    return abs(_SPAN_ORDER.index(one) - _SPAN_ORDER.index(other)) == 1


def compare_dates(claim: DateMention, found: DateMention, reference: dt.date | None) -> Comparison:
    """Dates are compared as the days they can mean, read against the document's date.

    A document date vaguer than the claim's (a year against a day) cannot contradict it.
    """
    if claim.until != found.until:
        return "unrelated"  # when something ends says nothing of when it happened
    claim_days = claim.resolve(reference)
    found_days = found.resolve(reference)
    if claim_days is None or found_days is None:
        if claim.is_relative and _as_written(claim) == _as_written(found):
            return "match"  # 'last weekend' and 'last weekend', with no date to read them by
        if claim.relative is not None and found.relative is not None:
            overlap = (
                claim.relative[0] <= found.relative[1] and found.relative[0] <= claim.relative[1]
            )
            return "match" if overlap else "conflict"
        if claim.first[0] is None or found.first[0] is None:
            return _compare_month_day(claim, found)
        return "unrelated"
    if claim.since != found.since:
        # 'since October' against 'between October and June': told from the same month
        # on; 'since 1987' dates no event after 1987
        began, other = (claim_days, found_days) if claim.since else (found_days, claim_days)
        if other[0] > began[1]:
            return "unrelated"
        if began[0] <= other[0] and claim.since:
            return "match" if found.granularity >= claim.granularity else "vaguer"
    if claim_days == found_days:
        return "match"  # 'this year' is 'by the end of 2024' in a 2024 paper
    overlap = claim_days[0] <= found_days[1] and found_days[0] <= claim_days[1]
    if claim.granularity == found.granularity == 3 and claim_days != found_days:
        return _compare_spans_of_days(claim_days, found_days) if overlap else "conflict"
    if overlap:
        # 'in May' neither confirms nor denies '14 May': a vaguer date is no support; nor
        # does 'early 2026' or 'the first quarter' tell 'in March', though it is told in
        # months too
        within = claim_days[0] <= found_days[0] and found_days[1] <= claim_days[1]
        if found.granularity == claim.granularity == 2 and not within:
            return "vaguer"
        return "match" if found.granularity >= claim.granularity else "vaguer"
    return "conflict" if found.granularity >= claim.granularity else "unrelated"


def _as_written(date: DateMention) -> DateMention:
    """A date without where it is written: two mentions that say the same."""
    return replace(date, text="", start=0, end=0)


def _compare_spans_of_days(
    claim: tuple[dt.date, dt.date], found: tuple[dt.date, dt.date]
) -> Comparison:
    """Days told as spans that overlap but differ: 'from 4 to 7 May' denies 'from 3 to 6
    May'; a span holding the other's days tells less than it, not something else (the
    dates of a whole trip do not date one event within it, nor one day the whole
    festival)."""
    if claim[0] <= found[0] and found[1] <= claim[1]:
        return "vaguer"
    if found[0] <= claim[0] and claim[1] <= found[1]:
        return "vaguer"
    return "conflict"


def _compare_month_day(claim: DateMention, found: DateMention) -> Comparison:
    if claim.is_relative or found.is_relative:
        return "unrelated"
    if None in (claim.first[1], found.first[1]):
        return "unrelated"
    lo_c = (claim.first[1], claim.first[2] or 1)
    hi_c = (claim.last[1], claim.last[2] or 31)
    lo_f = (found.first[1], found.first[2] or 1)
    hi_f = (found.last[1], found.last[2] or 31)
    if lo_c <= hi_f and lo_f <= hi_c:
        return "match" if found.granularity >= claim.granularity else "vaguer"
    return "conflict" if found.granularity >= claim.granularity else "unrelated"


def compare(
    claim: Quantity | DateMention, found: Quantity | DateMention, reference: dt.date | None
) -> Comparison:
    if isinstance(claim, Quantity) and isinstance(found, Quantity):
        return compare_quantities(claim, found)
    if isinstance(claim, DateMention) and isinstance(found, DateMention):
        return compare_dates(claim, found, reference)
    if reference is not None and _years_since(claim, found, reference):
        return "match"  # 'a 38-year wait' and 'for the first time since 1987', in 2025
    return "unrelated"


def _years_since(
    one: Quantity | DateMention, other: Quantity | DateMention, reference: dt.date
) -> bool:
    """A span of years and the year it began, counted to the document's date: told one
    way by one outlet and the other by another. Never a conflict: a year can start many
    spans."""
    span, year = (one, other) if isinstance(one, Quantity) else (other, one)
    if not isinstance(span, Quantity) or not isinstance(year, DateMention):
        return False
    if span.unit != "year" or year.granularity != 1 or year.first[0] is None:
        return False
    elapsed = reference.year - year.first[0]
    return span.low - 1 <= elapsed <= span.high + 1 and elapsed > 1


def is_vague(value: Quantity | DateMention) -> bool:
    return isinstance(value, Quantity) and value.precision == "vague"


# --- places -------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    terms: frozenset[str]
    text: str


_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "throughout"})
_EVENT_WORDS = frozenset(
    """debate summit session assembly conference forum seminar meeting congress talks
    dialogue ceremony""".split()
)


def kinded_names(tokens: Sequence[Token], text: str) -> list[KindedName]:
    """Names with the kind of place they are: 'the village of Ashcombe', 'Huesca
    province', 'Port Alcine'. Two places of one kind are two places: a village is in no
    other village."""
    kinds = stems("place_kinds")
    found: list[KindedName] = []
    for index, token in enumerate(tokens):
        if token.kind != "word" or token.term not in kinds:
            continue
        name: list[Token] = []
        opening = token  # where the name is written from: 'Port Alcine'
        if token.capitalised and index + 1 < len(tokens):  # 'Port Alcine'
            name = _capitalised_run(tokens, index + 1, text)[0]
        if not name and index + 2 < len(tokens) and tokens[index + 1].word == "of":
            name = _capitalised_run(tokens, index + 2, text)[0]  # 'the village of Ashcombe'
            opening = name[0] if name else token
        back = index
        while back and tokens[back - 1].capitalised and tokens[back - 1].kind in ("word", "entity"):
            back -= 1
        described = tokens[back:index]  # 'the Sarenian port of Dunvar'
        if not name and back < index and not token.capitalised:  # 'Huesca province'
            name, described = list(described), []
            opening = name[0]
        if name:
            written = " ".join(text[opening.start : name[-1].end].split())
            terms = frozenset(t.term for t in name)
            told = terms | {t.term for t in described}
            first = min(opening.start, token.start, *(t.start for t in described))
            found.append(KindedName(token.term, terms, written, told, first))
    return found


class KindedName(NamedTuple):
    kind: str  # the place-kind word's term: 'port'
    terms: frozenset[str]  # the name's own terms
    text: str  # the name as written
    told: frozenset[str]  # with the words that describe it ('Sarenian')
    start: int  # where the phrase begins: what it is told of is the word before


def find_places(tokens: Sequence[Token], text: str, *, based: bool = False) -> list[Place]:
    """Where something happened: a capitalised name after 'in' or 'at' ('in New York',
    'at the White House'); possessives ('in Vietnam's policy') are not places. With
    ``based``, also where something is based ('the Marseille-based group'): a document
    that says so can contradict a claim's 'headquartered in Lyon', but a claim's own
    descriptor asks no document to repeat it."""
    places: list[Place] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if (
            based
            and token.capitalised
            and token.kind in ("word", "entity")
            and text[token.end : token.end + 6].lower() == "-based"
        ):
            places.append(Place(frozenset({token.term}), text[token.start : token.end]))
            continue  # 'the Marseille-based group' is based in Marseille
        if token.word not in _PLACE_PREPOSITIONS:
            continue
        definite = index < len(tokens) and tokens[index].word == "the"
        if definite:
            index += 1
            if (
                index + 2 < len(tokens)
                and not tokens[index].capitalised
                and tokens[index].term in stems("place_kinds")
                and tokens[index + 1].word == "of"
            ):
                index += 2  # 'near the village of Ashcombe' is near Ashcombe
                definite = False
        run, index = _capitalised_run(tokens, index, text)
        if not run or text[run[-1].end : run[-1].end + 2] in ("'s", "’s"):
            continue
        if definite and _names_a_thing(tokens, index, text, run[-1].end):
            continue  # 'in the Marrowfield measles outbreak': the name qualifies a noun
        if text[run[-1].end : run[-1].end + 1] == "-" or any(
            len(t.word) > 4 and text[t.start : t.end].isupper() for t in run
        ):
            continue  # 'High-level ...', caption labels ('IN THE SPOTLIGHT')
        if any(w in _EVENT_WORDS for t in run for w in t.word.split()):
            continue  # 'at the General Debate' is an occasion, not a place
        places.append(
            Place(
                frozenset(t.term for t in run), " ".join(text[run[0].start : run[-1].end].split())
            )
        )
        # a list goes on: 'sold in Varnland, Essmark and Tollria', 'in Hanoi, Vietnam';
        # not 'In the US, Lâm held 35 meetings', where the name after the comma is the
        # sentence's subject
        listed: list[Place] = []
        closed = False
        while index < len(tokens) and _LIST_GOES_ON.fullmatch(
            text, run[-1].end, tokens[index].start
        ):
            if tokens[index].word == "and":
                index += 1
                closed = True
            if index < len(tokens) and tokens[index].word == "the":
                index += 1  # 'in the Alentejo and the Algarve'
            run, index = _capitalised_run(tokens, index, text)
            if not run or text[run[-1].end : run[-1].end + 2] in ("'s", "’s"):
                break
            listed.append(
                Place(
                    frozenset(t.term for t in run),
                    " ".join(text[run[0].start : run[-1].end].split()),
                )
            )
        if closed or all(fold(p.text) in phrases("countries") for p in listed):
            places.extend(listed)
    return places


def _names_a_thing(tokens: Sequence[Token], index: int, text: str, end: int) -> bool:
    """The capitalised words before ``tokens[index]`` qualify the common noun that
    follows them ('the Halloran raid', 'the Marrowfield measles outbreak'), unless that
    noun is a kind of place ('the Caylloma province')."""
    if index >= len(tokens) or text[end : tokens[index].start].strip():
        return False
    following = tokens[index]
    return (
        following.kind == "word"
        and not following.capitalised
        and following.word not in words("place_kinds")
        and following.word not in _AFTER_A_PLACE
    )


# Words that follow a place without qualifying it ('in the Hague yesterday')
_AFTER_A_PLACE = frozenset(
    """yesterday today tomorrow tonight last next this earlier later early late overnight
    recently now again since until""".split()
)


def _capitalised_run(tokens: Sequence[Token], index: int, text: str) -> tuple[list[Token], int]:
    """The capitalised words from ``index`` on, written together ('Gresham County'), and
    the index after them."""
    run: list[Token] = []
    while (
        index < len(tokens)
        and tokens[index].capitalised
        and tokens[index].kind in ("word", "entity")
        and (not run or not text[run[-1].end : tokens[index].start].strip())
    ):
        run.append(tokens[index])
        index += 1
    return run, index


_LIST_GOES_ON = re.compile(r",\s*|\s+|,?\s+and\s+")


# --- negation -------------------------------------------------------------------------


_CLAUSE_BREAK = re.compile(r"[,;:.?!()\u2013\u2014]|\s-\s")  # a sentence end too ("No. It is ...")
_CLAUSE_WORDS = frozenset(
    {"but", "while", "although", "though", "whereas", "however", "yet", "despite", "because"}
)
# Prepositions that open the setting of what a negation denies: 'No one has died in the
# outbreak' denies the dying, not the outbreak ('not in Paris' still denies the place).
_SETTING = frozenset("in at during since on amid after before across throughout".split())
# 'yet' after one of these is the adverb, not 'but': 'none has yet been recovered'
_AUXILIARIES = frozenset("has have had is are was were be been will would can could".split())


def negated_terms(
    tokens: Sequence[Token], text: str | None = None, reach: int = T.negation_reach
) -> set[str]:
    """Content terms under a negation cue, to the end of its clause: 'found no evidence
    of driver error or of any fault in the signalling system' negates the fault too, and
    'did not attend, but spoke' does not negate 'spoke'. Without the text, clauses are
    not seen and only ``reach`` words count. Its reach ends where the setting of what it
    denies begins ('No one has died | in the outbreak')."""
    negated: set[str] = set()
    left = 0  # content words the last negation still reaches (one pass, not one per cue)
    reached = 0  # content words the last negation has reached so far
    double = False  # a negation under a negation: 'refused to rule out' asserts again
    previous_end = 0
    previous: Token | None = None
    cue = ""
    contrasted = False  # past a 'but': what is told there plainly is asserted
    asserted: set[str] = set()
    for index, token in enumerate(tokens):
        contrasted = contrasted or token.word in _CONTRASTS
        just_negated = previous is not None and previous.kind == "negation"
        adverb = token.word == "yet" and previous is not None and previous.word in _AUXILIARIES
        previous = token
        if left and (
            (token.word in _CLAUSE_WORDS and not just_negated and not adverb)  # 'not yet arrested'
            or (text is not None and _CLAUSE_BREAK.search(text, previous_end, token.start))
            # 'refused bail to Okafor', 'was refused bail by magistrates'
            or (token.word in ("to", "by") and cue in _WITHHOLDING)
            or (token.word in _SETTING and reached)
        ):
            left = 0
            double = False
        previous_end = token.end
        if negation_cue(tokens, index):
            cue = token.word
            double = left > 0 and not double and reach - left <= DOUBLE_NEGATION_GAP
            # 'without' denies its noun phrase only: 'a rail that had gone months without a
            # scheduled safety test caused the derailment' does not deny the derailment
            left = min(reach, SHORT_REACH) if token.word in SHORT_CUES else reach
            reached = 0
        elif left and token.kind in ("word", "entity"):
            if not double:
                negated.add(token.term)
            left -= 1
            reached += 1
        elif contrasted and token.kind in ("word", "entity"):
            asserted.add(token.term)
    # 'None of the passengers was hurt, but two crew members were treated for injuries'
    # denies injuries to some and tells them of others: the sentence does not deny them
    return (negated - asserted) | _called_off_plans(tokens, text)


_CONTRASTS = frozenset("but although though whereas".split())


def _called_off_plans(tokens: Sequence[Token], text: str | None) -> set[str]:
    """What a plan was to do, when the sentence says the plan was called off after it:
    'A plan to close Hartley Park Academy, ..., was shelved in September' denies the
    closing as 'scrapped plans to close' does."""
    denied: set[str] = set()
    for index, token in enumerate(tokens[:-1]):
        if token.word not in _PLANS or tokens[index + 1].word != "to":
            continue
        deed: list[str] = []
        relative = False  # inside 'which the mayor had backed,': its verb is not the plan's
        for later in range(index + 2, min(len(tokens), index + 2 + _PLAN_REACH)):
            word = tokens[later].word
            between = text[tokens[later - 1].end : tokens[later].start] if text else " "
            if word in _CLAUSE_WORDS or _SENTENCE_END.search(between):
                break
            relative = (relative and "," not in between) or word in _RELATIVES
            if word in _PASSIVE_AUXILIARIES and not relative:
                if _called_off_after(tokens, later + 1):
                    denied.update(deed)
                break  # the plan's own verb: 'was approved' calls nothing off
            if tokens[later].kind in ("word", "entity"):
                deed.append(tokens[later].term)
    return denied


def _called_off_after(tokens: Sequence[Token], index: int) -> bool:
    """'(has) been shelved', '(was) quietly dropped': a calling-off participle next."""
    for token in tokens[index : index + 3]:
        if token.word in _CALLING_OFF:
            return True
        if not (token.word in _PASSIVE_AUXILIARIES or token.word.endswith("ly")):
            return False
    return False


_PLAN_REACH = 40  # words between 'plan to' and 'was shelved' (an apposition between)
_SENTENCE_END = re.compile(r"[.?!;]")
_RELATIVES = frozenset("which that who whom whose".split())
_PASSIVE_AUXILIARIES = frozenset("was were is are has have had been being".split())


# Calling off a plan denies what was planned: 'scrapped plans to close seven libraries'.
_CALLING_OFF = frozenset(
    """scrap scraps scrapped scrapping abandon abandons abandoned abandoning drop drops
    dropped dropping shelve shelves shelved shelving ditch ditches ditched ditching cancel
    cancels cancelled canceled cancelling canceling withdraw withdraws withdrew withdrawn
    withdrawing""".split()
)
_PLANS = frozenset("plan plans proposal proposals bid".split())


def negation_cue(tokens: Sequence[Token], index: int) -> bool:
    """The token negates what follows: a word of lexicons/negations.txt, or the verb of
    'scrapped (its) plans to', which denies what was planned as 'not' would."""
    if tokens[index].kind == "negation":
        return True
    if tokens[index].word not in _CALLING_OFF:
        return False
    after = tokens[index + 1 : index + 4]
    return any(
        t.word in _PLANS and j + 1 < len(after) and after[j + 1].word == "to"
        for j, t in enumerate(after)
    )


# Verbs that withhold something from someone: what they deny ends at the one it is
# withheld from ('refused bail to Liam Okafor' does not deny Liam Okafor).
_WITHHOLDING = frozenset("deny denied denies denying refuse refused refuses refusing".split())

# What someone fears, hopes, doubts or threatens is not said to be so: 'Residents fear
# the plant will close', 'the union has threatened to strike'. 'Hope' and 'fear' are
# nouns too: a bare form counts after its subject, not after a determiner ('the fear').
_ATTITUDES = frozenset(
    """fears feared fearing hopes hoped hoping worries worried worrying doubts doubted
    doubting wonders wondered wondering speculate speculates speculated speculating
    threaten threatens threatened threatening""".split()
)
_ATTITUDE_NOUNS = frozenset({"fear", "hope", "worry", "doubt"})
DETERMINERS = frozenset(
    "the a an this that their his her its our my your no some any every".split()
)


def undecided_terms(
    tokens: Sequence[Token], text: str, spans: Sequence[tuple[int, int]] | None = None
) -> set[str]:
    """Content terms of a question left open, of what someone fears, hopes or threatens,
    or of what only could be or is only reported, to the end of its clause: 'would
    announce on Wednesday whether it would open a formal investigation' does not say it
    opened one. ``spans``: its undecided_spans, where they are known."""
    spans = undecided_spans(tokens, text) if spans is None else spans
    if not spans:
        return set()
    return {
        token.term
        for token in tokens
        if token.kind in ("word", "entity") and any(a <= token.start < b for a, b in spans)
    }


def undecided_spans(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """Where a sentence leaves something open (undecided_terms): from the cue to the end
    of its clause."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    previous_end = 0
    for index, token in enumerate(tokens):
        if opened is not None and _CLAUSE_BREAK.search(text, previous_end, token.start):
            spans.append((opened, previous_end))
            opened = None
        previous_end = token.end
        if (
            token.word == "whether"
            or token.word in _ATTITUDES
            or _attitude_verb(tokens, index)
            or _tentative(tokens, index, text)
        ):
            opened = token.end if opened is None else opened
    if opened is not None:
        spans.append((opened, previous_end))
    return spans


# What only could be, is being weighed or is only reported: 'the government could
# approve the mine', 'ministers are considering a proposal to cut the limit', 'is
# reportedly in talks to buy'. 'May' the month is no 'may'.
_TENTATIVE = frozenset(
    """could might considering considers weighing reportedly allegedly purportedly
    supposedly proposal proposals proposed recommend recommends recommended recommending
    urge urges urged urging""".split()
)


def _tentative(tokens: Sequence[Token], index: int, text: str) -> bool:
    token = tokens[index]
    if token.word == "may":
        return text[token.start : token.end] == "may"
    return token.word in _TENTATIVE


# What is only reported or rumoured is not told: 'despite reports that the mayor had
# resigned', 'rumours that the club would be sold were denied'.
_HEARSAY = frozenset(
    """report reports rumour rumours rumor rumors speculation allegation allegations
    claim claims suggestion suggestions suspicion suspicions""".split()
)


_HEARSAY_VERBS = frozenset(
    """allege alleges alleged alleging claim claims claimed claiming accuse accuses accused
    accusing""".split()
)
HEARSAY_REACH = 5  # words between 'the claim' and its 'that' ('the claim by X that')
# Verbs that give a thing a name or a description, and those whose naming is only theirs.
_NAMING_VERBS = frozenset(
    "call calls called calling describe describes described describing dub dubs dubbed"
    " label labels labelled labeled brand brands branded bill billed hail hailed".split()
)
_REPORTERS = frozenset(
    "outlets media newspapers papers tabloids commentators pundits observers critics"
    " headlines".split()
)
# What is only expected, scheduled, tried or promised has not happened: 'the minister
# is expected to announce the decision next week' does not say she announced it, and 'a
# helicopter would try to reach the village on Tuesday' does not say when it got there.
# (each kind starts a word: said first, so the inside of words is passed over at once)
_EXPECTED = re.compile(
    r"\b(?=[a-z])(?:"
    r"\b(?:expected|due|scheduled|set|likely|poised|planning|plans|planned|intends|intended"
    r"|aims|aimed|aiming|try|tries|tried|trying|attempt|attempts|attempted|attempting"
    r"|seeks|sought|seeking|hopes|hoped|hoping|promised|promises|pledged|vowed|vows"
    r"|wants|wanted)\s+to\s+"
    # 'the bill would raise the pension age', 'will close in May', 'pending approval'
    r"|\b(?:would|pending)\s+"
    # 'before attempting a landing in October', 'forecasters expect the river to peak'
    r"|\b(?:attempting|attempt|attempts|attempted|trying)\s+(?:a|an|the)\s+"
    r"|\b(?:expects?|expected|forecasts?)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?=[a-z]+\b)"
    # 'regulators have asked Hanshi to recall the cars': a request, not the deed
    r"|\b(?:asked|asks|asking|requested|requests)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?=[a-z]+\b)"
    # 'will travel to Dorlund next month to sign': the purpose of a trip to come
    r"|\bwill\s+(?:travel|go|fly|head|visit|meet|return)\b[^.;:,]{0,40}?\bto\s+(?=[a-z]+\b))",
    re.I,
)


def expected_spans(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """Where a sentence tells what is expected, scheduled, tried or promised: from the
    'to' to the end of its clause."""
    spans: list[tuple[int, int]] = []
    for match in _EXPECTED.finditer(text):
        edge = match.end()
        for token in tokens:
            if token.start < edge:
                continue
            if _CLAUSE_BREAK.search(text, edge, token.start):
                break
            edge = token.end
        spans.append((match.end(), edge))
    return spans


def expected_terms(
    tokens: Sequence[Token], text: str, spans: Sequence[tuple[int, int]] | None = None
) -> set[str]:
    """Content terms a sentence tells only as expected, scheduled or planned ('the
    minister, who had promised to resign, resigned on Friday' tells the resigning).
    ``spans``: its expected_spans, where they are known."""
    spans = expected_spans(tokens, text) if spans is None else spans
    if not spans:
        return set()
    inside: set[str] = set()
    outside: set[str] = set()
    for token in tokens:
        if token.kind in ("word", "entity"):
            within = any(start <= token.start < end for start, end in spans)
            (inside if within else outside).add(token.term)
    return inside - outside


_WILL = frozenset({"will", "shall", "'ll"})
_BETWEEN_WILL_AND_VERB = frozenset({"also", "soon", "then", "now", "still", "only", "first", "be"})


def future_terms(tokens: Sequence[Token]) -> set[str]:
    """Verbs a sentence tells only as to come ('will recruit 120 officers'), not also as
    done ('has hired 50 and will hire 70 more' tells the hiring)."""
    ahead: set[str] = set()
    at: set[int] = set()  # where: 'will be sentenced' is a participle to come, not told
    for index, token in enumerate(tokens):
        if token.word not in _WILL:
            continue
        for offset, following in enumerate(tokens[index + 1 : index + 4], index + 1):
            if following.word in _BETWEEN_WILL_AND_VERB:
                continue
            if following.kind == "word":
                ahead.add(following.term)
                at.add(offset)
            break
    told = {
        t.term
        for index, t in enumerate(tokens)
        if t.kind == "word" and is_past_form(t.word) and index not in at
    }
    return ahead - told


def _attitude_verb(tokens: Sequence[Token], index: int) -> bool:
    """'fear' or 'hope' as a verb: before 'that' or 'to', or between its subject and
    the clause it opens ('Residents fear the plant will close'; not 'little doubt
    about', 'the fear of'); or hearsay before 'that' ('reports that ...')."""
    token = tokens[index]
    if token.word in _HEARSAY:
        following = tokens[index + 1].word if index + 1 < len(tokens) else ""
        return following == "that"
    if token.word in _HEARSAY_VERBS:
        # 'prosecutors allege that', 'lawmakers claimed on Tuesday that', 'accused the
        # mayor of taking': told as someone's charge, not as what happened
        after = [t.word for t in tokens[index + 1 : index + 1 + HEARSAY_REACH]]
        if after and after[0] in _PRONOUNS:
            return True  # 'alleging he diverted', 'claimed they had paid': 'that' left out
        return "that" in after or (token.word.startswith("accus") and "of" in after)
    if token.word == "that":
        # 'the claim by Mayor Anne Lie that the depot would close'
        return any(t.word in _HEARSAY for t in tokens[max(0, index - HEARSAY_REACH) : index])
    if token.word in _NAMING_VERBS:
        # 'several reports described it as the first', 'some outlets have called this
        # the first visit ever': what others called it, not what it is
        return any(
            t.word in _HEARSAY or t.word in _REPORTERS
            for t in tokens[max(0, index - HEARSAY_REACH) : index]
        )
    if token.word not in _ATTITUDE_NOUNS or token.capitalised:
        return False
    following = tokens[index + 1].word if index + 1 < len(tokens) else ""
    previous = tokens[index - 1].word if index else ""
    if following in ("that", "to"):
        return True
    return bool(previous) and previous not in DETERMINERS and following in _CLAUSE_OPENERS


_PRONOUNS = frozenset("he she they it we".split())
_CLAUSE_OPENERS = frozenset("the a an it they he she we this these those their its his her".split())


SHORT_CUES = frozenset({"without"})
SHORT_REACH = 3
DOUBLE_NEGATION_GAP = 1  # words between two cues for the second to cancel the first
