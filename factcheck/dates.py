"""Dates as written in news copy: full dates, month and day, ranges, years, relative years.

A date without a year, or ``next year``, only means something against a
reference (the document's publication date), so mentions keep what was written
and are resolved when compared.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from dateutil import parser as dateutil_parser

from factcheck.normalise import NormText

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_OFFSETS = {
    "the day before yesterday": -2, "the day after tomorrow": 2,
    "yesterday": -1, "today": 0, "tomorrow": 1, "last night": -1, "tonight": 0,
    "this morning": 0, "this afternoon": 0, "this evening": 0, "earlier today": 0,
}  # fmt: skip
# Words before a weekday that put it ahead of the publication date ('will meet on Monday').
# The cue must be in the weekday's own clause: '... will live under the rules from next
# week, after the government on Monday ordered ...' puts only the first clause ahead.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|to be|is to|are to|is due|are due|due to|scheduled|expect|expects"
    r"|expected|aims? to|aiming to|takes? effect|comes? into force"
    r"|plans? to|set to|next|(?:postponed|delayed|pushed back|put off|moved|rescheduled)"
    r"\s+(?:to|until|for)"
    # a decision to do something from a date: 'voted on Thursday to introduce a tax from
    # 1 January'
    r"|(?:voted|agreed|decided|approved|pledged|promised|vowed|proposed|chose)"
    r"(?:\s+on\s+\w+)?\s+to)\b"
    # to the date, within the clause ('will go up by 4.99% from April': a decimal point or
    # a thousands comma is no clause break)
    r"(?:(?!\b(?:after|before|when|since|because|while|as)\b)(?:[^.;,]|(?<=\d)[.,](?=\d)))*$"
)
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
# The months written in full ('May', never 'Jan'): words a name or a date may be made of
MONTH_NAMES = frozenset(
    max((name for name, number in MONTHS.items() if number == month), key=len)
    for month in range(1, 13)
)
_MONTH = r"(?P<{0}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Days written as ordinal words, as transcripts do ('the fourteenth of May').
_DAY_WORDS = {
    word: n
    for n, word in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
        twentieth""".split(),
        start=1,
    )
}
_DAY_WORDS |= {f"twenty-{w}": 20 + n for w, n in list(_DAY_WORDS.items())[:9]}
_DAY_WORDS |= {"thirtieth": 30, "thirty-first": 31}
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY_WORD = r"(?P<{0}>" + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + r")"
_YEAR = r"(?P<{0}>1[5-9]\d\d|20\d\d)"
_TO = r"\s*(?:-|to|until|till|through|and)\s*"


def _day(written: str) -> int:
    return int(written) if written.isdigit() else _DAY_WORDS[written]


_PATTERNS = [
    ("iso", rf"\b{_YEAR.format('y')}-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b"),
    ("mdrange", rf"\b{_MONTH.format('mon')}\s+{_DAY.format('d')}{_TO}{_DAY.format('d2')}"
                 rf"(?:,?\s+{_YEAR.format('y')})?\b"),
    ("dmrange", rf"\b{_DAY.format('d')}{_TO}{_DAY.format('d2')}\s+(?:of\s+)?"
                 rf"{_MONTH.format('mon')}(?:,?\s+{_YEAR.format('y')})?\b"),
    # A month, or a day of it, in a year told from publication ('in August last year',
    # 'on 4 March next year', 'May 2 of last year'): one date, not a month and a year
    ("relmy", r"\b(?:(?:in|since|until|till|by|from|before|after|during|on)\s+)?(?:"
              + _DAY.format("d") + r"\s+(?:of\s+)?" + _MONTH.format("mon") + r"|"
              + _MONTH.format("mon2") + r"(?:\s+" + _DAY.format("d2") + r")?)"
              + r"\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b(?!'s)"),
    ("mdy", rf"\b{_MONTH.format('mon')}\s+{_DAY.format('d')}(?!\d)(?:,?\s+{_YEAR.format('y')})?\b"
            r"(?!\s*(?:%|percent|per cent|million|billion))"),
    ("wdmy", rf"\bthe\s+{_DAY_WORD.format('d')}\s+of\s+{_MONTH.format('mon')}"
             rf"(?:,?\s+{_YEAR.format('y')})?\b"),  # 'the fourteenth of May'
    ("dmy", rf"\b{_DAY.format('d')}\s+(?:of\s+)?{_MONTH.format('mon')}"
            rf"(?:,?\s+{_YEAR.format('y')})?\b"),
    ("my", rf"\b{_MONTH.format('mon')},?\s+{_YEAR.format('y')}\b"),
    ("ago", r"\b(?P<approx>nearly|almost|about|around|some|over|more than|roughly|close to)?\s*"
            r"(?P<n>\d{1,3}|" + "|".join(
                ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
                 "seventy", "eighty", "ninety", "a hundred"]) + r")\s+years?\s+ago\b"),
    # Months from one to another ('between July and September', 'from March to May 2026')
    ("monrange", r"\b(?:between|from)\s+" + _MONTH.format("mon") + r"(?:\s+" + _YEAR.format("y")
                 + r")?\s+(?:and|to|until|till|through)\s+" + _MONTH.format("mon2")
                 + r"(?:,?\s+" + _YEAR.format("y2") + r")?\b(?!\s*\d)"),
    # A quarter or a half of a year ('the second quarter of next year', 'Q3 2025', 'the
    # first half of 2024', 'the first six months of 2025', 'H2 2025')
    ("quarter", r"\b(?:(?:the\s+)?(?P<nth>first|second|third|fourth|final|last)[\s-]+"
                r"(?:(?P<part>quarter|half)|(?P<n>two|three|four|five|six|seven|eight|nine|ten"
                r"|eleven)\s+months)"
                r"|(?P<code>q[1-4]|h[12]))(?:(?:\s+of)?\s+(?:(?:fiscal\s+)?"
                + _YEAR.format("y") + r"|(?P<rel>next|last|this)\s+year|the\s+year)\b"
                r"|(?<=quarter)(?!\s+(?:of|in|to|per|a|an)\b|[\s-]+(?:\w+[\s-]+)?"
                r"(?:profit|loss|result|earning|revenue|sale|output|growth|figure)))"),
    # A part of a year ('early 2026', 'mid-2025', 'at the end of next year'); 'by the end
    # of 2025' is any time up to it
    ("yearpart", r"\b(?:(?P<by>by|before)\s+)?(?:(?P<lead>early|mid|late)[\s-]+|(?:the\s+)?"
                 r"(?P<of>end|start|beginning|middle|close)\s+of\s+)(?:" + _YEAR.format("y")
                 + r"|(?P<rel>next|last|this)\s+year|the\s+year)\b(?![\d,.]\d|\s*(?:%|percent))"),
    # A week or a weekend counted from the publication's week ('next week', 'earlier this
    # week', 'last weekend')
    ("week", r"\b(?P<rel>next|last|this|earlier\s+this|later\s+this|the\s+coming)\s+"
             r"(?P<unit>week|weekend)\b(?!\s+of\b)"),
    # 'over the weekend', 'at the weekend': the latest one in a report of what happened,
    # the coming one in what will ('gales forecast for the weekend')
    ("theweekend", r"\b(?:over|at|during)\s+the\s+weekend\b(?!\s+of\b)"),
    # A season of a year told or counted from publication ('spring 2022', 'the summer
    # of 2024', 'next spring', 'last winter', 'the winter of 2023-24')
    ("season", r"\b(?:(?P<rel>next|last|this)\s+(?P<s>spring|summer|autumn|winter)\b"
               r"|(?:the\s+)?(?P<s2>spring|summer|autumn|winter)\s+(?:of\s+)?" + _YEAR.format("y")
               + r"(?:\s*[-/–]\s*(?P<y2>\d{2}|\d{4}))?"
               + r"\b(?![\d,.]\d|\s*(?:%|percent)))"),
    # A day of the month alone, as British copy writes it ('was sacked on the 14th.')
    ("monthday", r"\bon\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)]|$"
                 r"|\s+(?:and|or|at|when|after|before|but|while)\b))"),
    # 'by the end of the year': the year the piece was written in
    ("endyear", r"\b(?:end|close|rest)\s+of\s+the\s+(?P<rel>year)\b"),
    ("rel", r"\b(?P<rel>next|last|this|the coming|the previous|the past|the following)\s+year\b"),
    # 'on the year before', 'the month after': counted from the date just told; not 'the
    # year before the war'
    ("yearbefore", r"\bthe\s+(?P<unit>year|month)\s+(?P<side>before|after)\b"
                   r"(?!\s+(?:the|a|an|his|her|its|their|last|this|that|it|he|she|they)\b)"),
    ("relmonth", r"\b(?P<rel>next|last|this|the coming|the previous|the past|the following)"
                 r"\s+month\b"),
    # A weekday alone ('on Tuesday'), not the name of a dated day ('Tuesday, 12 March').
    ("wday", r"\b(?<!week on )(?<!weeks on )(?:(?P<dir>last|next|this|coming|past)\s+)?(?P<wd>"
             + "|".join(WEEKDAYS)
             + r")\b(?!,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:"
             + "|".join(MONTHS) + r")\b)(?!,?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d))"
             r"(?P<nextweek>\s+(?:of\s+)?(?P<wk>next|last)\s+week)?"),
    # 'two days ago', 'exactly a week ago': a day counted back from publication
    ("daysago", r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                r"|twelve)\s+(?P<unit>days?|weeks?|fortnights?)\s+ago\b"),
    # Fixed holidays ('on New Year's Day'): their day, in the year told or nearest the
    # publication
    ("holiday", r"\b(?P<hol>new year's day|new year's eve|christmas day|christmas eve"
                r"|boxing day)(?:,?\s+" + _YEAR.format("y") + r")?\b"),
    ("day", r"\b(?P<day>the day before yesterday|the day after tomorrow"
            r"|yesterday|today|tomorrow|last night|tonight|this morning|this afternoon"
            r"|this evening|earlier today)\b"),
    # A part of a month ('early October', 'at the end of August', 'the last week of June').
    ("part", r"\b(?:(?P<lead>early|mid|late)[\s-]+|(?:the\s+)?(?P<of>end|start|beginning|"
             r"middle|close|(?:first|last|final)\s+week|second\s+half|first\s+half)\s+of\s+)"
             + _MONTH.format("mon") + r"(?:,?\s+" + _YEAR.format("y") + r"\b"
             + r"|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b(?!'s)|(?!\s*\d)\b)"),
    # A month alone after a preposition ('in November', 'until September') or 'this' ('this
    # September', written with its capital): its year is the publication's ('may' alone
    # is a verb, so the preposition is required).
    ("mon", r"\b(?:in|since|until|till|by|from|before|after|during|last|next|this)"
            r"[\s-]+" + _MONTH.format("mon") + r"(?!\s*\d)\b"),
    ("year", rf"(?<![\d,.$])\b{_YEAR.format('y')}\b(?![\d,.]\d|\s*(?:%|percent))"),
]  # fmt: skip
# One expression a kind, each group named after its kind ('mdy_' for the whole, 'mdyd'
# for its day). Searched as one alternation they took 2.5 times as long: the engine
# tried every kind at every character instead of letting each skip ahead on its own.
_DATE_KINDS = tuple(
    re.compile(f"(?P<{name}_>{pattern.replace('(?P<', f'(?P<{name}')})")
    for name, pattern in _PATTERNS
)


# What a date of each kind cannot be written without: a digit, a month's first three
# letters, or a word of it. A kind none of whose cues a text holds is not searched there
# (most sentences tell no date, and each search tries the kind at every character).
_DIGITS = tuple("0123456789")
# Every kind that names a month writes it at the start of a word: found by one search,
# where the letters alone ('omar', 'novak', 'market', 'decided') sent most sentences to
# all ten of those kinds
_A_MONTH = "a month's name"
_MONTH_CUES = (_A_MONTH,)
_MONTH_START = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_CUES: dict[str, tuple[str, ...]] = {
    "iso": _DIGITS,
    "mdrange": _MONTH_CUES,
    "dmrange": _MONTH_CUES,
    "relmy": _MONTH_CUES,
    "mdy": _MONTH_CUES,
    "wdmy": _MONTH_CUES,
    "dmy": _MONTH_CUES,
    "my": _MONTH_CUES,
    "ago": ("ago",),
    "monrange": _MONTH_CUES,
    "quarter": ("quarter", "half", "month", "q1", "q2", "q3", "q4", "h1", "h2"),
    "yearpart": ("early", "mid", "late", "end", "start", "beginning", "close"),
    "week": ("week",),
    "theweekend": ("weekend",),
    "season": ("spring", "summer", "autumn", "winter"),
    "monthday": _DIGITS,  # on the 14th
    "endyear": ("year",),
    "rel": ("year",),
    "yearbefore": ("year", "month"),
    "relmonth": ("month",),
    "wday": ("day",),  # every weekday's name ends in it
    "daysago": ("ago",),
    "holiday": ("day", "eve"),
    "day": ("day", "tomorrow", "night", "morning", "afternoon", "evening"),
    "part": _MONTH_CUES,
    "mon": _MONTH_CUES,
    "year": _DIGITS,
}
_KIND_CUES = tuple(_CUES[name] for name, _ in _PATTERNS)
_ALL_CUES = tuple(dict.fromkeys(cue for cues in _KIND_CUES for cue in cues if cue != _A_MONTH))


def date_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of the kinds of date, as an alternation of them in ``_PATTERNS``
    order would find them: leftmost first, the earlier kind where two start together,
    each search going on from where the last match ended."""
    present = {cue for cue in _ALL_CUES if cue in text}
    if _MONTH_START.search(text):
        present.add(_A_MONTH)
    upcoming: list[re.Match[str] | None] = [
        kind.search(text) if not present.isdisjoint(cues) else None
        for kind, cues in zip(_DATE_KINDS, _KIND_CUES, strict=True)
    ]
    position = 0
    while True:
        best: re.Match[str] | None = None
        for number, found in enumerate(upcoming):
            if found is not None and found.start() < position:
                found = upcoming[number] = _DATE_KINDS[number].search(text, position)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        if best is None:
            return
        yield best
        position = best.end() if best.end() > best.start() else best.end() + 1


_REL = {"next": 1, "the coming": 1, "the following": 1, "last": -1, "the previous": -1,
        "the past": -1, "this": 0}  # fmt: skip
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
          "eighty": 80, "ninety": 90, "a hundred": 100}  # fmt: skip

YMD = tuple[int | None, int | None, int | None]
# Days in a span counted by its name: 'two weeks ago', 'a fortnight later'
DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}


@dataclass(frozen=True)
class DateMention:
    """A date as written: absolute parts (year may be missing) or years relative to 'now'."""

    first: YMD
    last: YMD  # same as ``first`` unless a range
    granularity: int  # 3 day, 2 month, 1 year
    relative: tuple[int, int] | None  # inclusive range of year offsets, e.g. (-30, -27)
    text: str
    start: int  # original offsets
    end: int
    days: tuple[int, int] | None = None  # a day relative to publication: 'yesterday' (-1)
    weekday: int | None = None  # 'on Tuesday' (1): the Tuesday nearest publication ...
    ahead: bool = False  # ... before it, or after it when the sentence looks forward
    # 'Tuesday next week' (1) or 'Tuesday last week' (-1): in the week after (or before)
    # publication's
    week_shift: int = 0
    strictly_ahead: bool = False  # 'next Thursday' written on a Thursday: a week on
    months: int | None = None  # 'next month' (+1): a whole month counted from publication
    until: bool = False  # 'until 30 September': the end of something, not when it happens
    year_offset: int | None = None  # 'Last year, ... lifted on October 31': that year
    shift: int = 0  # days from the date it is counted from: 'a day earlier' is -1
    week: str | None = None  # a week or weekend counted from publication's: 'next week'
    since: bool = False  # 'since October': when something began, not all it spans
    season: str | None = None  # a season told from publication: 'next spring'
    month_day: int | None = None  # 'on the 14th': that day of the month it is nearest

    def resolve(self, reference: dt.date | None) -> tuple[dt.date, dt.date] | None:
        """The days this mention can mean, given the publication date it is read against;
        None when they fall off the calendar (a CMS placeholder dated 9999-12-31 or
        0001-01-01 read with 'next year'): such a date cannot be compared."""
        try:
            days = self._resolve(reference)
            if days is None or not self.shift:
                return days
            step = dt.timedelta(days=self.shift)
            return days[0] + step, days[1] + step
        except (ValueError, OverflowError):
            return None

    @property
    def is_relative(self) -> bool:
        """Written relative to the publication date: it means nothing without one."""
        return (
            self.relative is not None
            or self.days is not None
            or self.weekday is not None
            or self.months is not None
            or self.week is not None
            or self.season is not None
            or self.month_day is not None
        )

    def _resolve(self, reference: dt.date | None) -> tuple[dt.date, dt.date] | None:
        if self.week is not None:
            return None if reference is None else _week_days(self.week, reference)
        if self.season is not None:
            return None if reference is None else _season_days(self.season, reference)
        if self.month_day is not None:
            if reference is None:
                return None
            told = _day_of_month(self.month_day, reference, self.ahead)
            return None if told is None else (told, told)
        if self.months is not None:
            if reference is None:
                return None
            index = reference.year * 12 + reference.month - 1 + self.months
            in_year, in_month = divmod(index, 12)
            month_end = _bound(in_year, in_month + 1, None, low=False)
            return (dt.date(in_year, in_month + 1, 1), month_end) if month_end else None
        if self.days is not None or self.weekday is not None:
            if reference is None:
                return None
            if self.weekday is not None and self.week_shift:
                offset = 7 * self.week_shift - reference.weekday() + self.weekday
            elif self.weekday is not None:
                back = (reference.weekday() - self.weekday) % 7
                offset = (7 - back) % 7 if self.ahead else -back
                if self.strictly_ahead and offset == 0:
                    offset = 7
            else:
                assert self.days is not None
                low, high = self.days
                return reference + dt.timedelta(days=low), reference + dt.timedelta(days=high)
            when = reference + dt.timedelta(days=offset)
            return when, when
        if self.relative is not None:
            if reference is None:
                return None
            lo, hi = self.relative
            return dt.date(reference.year + lo, 1, 1), dt.date(reference.year + hi, 12, 31)
        year = self.first[0]
        if year is None and self.year_offset is not None:
            if reference is None:
                return None
            year = reference.year + self.year_offset
        elif year is None:
            if reference is None:
                return None
            year = reference.year
            month, day = self.first[1] or 1, self.first[2] or 1
            guess = _safe_date(year, month, day)
            if self.ahead:
                last_of_month = _bound(year, month, None, low=False)
                if last_of_month is not None and last_of_month < reference:
                    year += 1  # 'until March' in a September paper is next March
            elif guess is not None and guess > reference + dt.timedelta(days=60):
                year -= 1  # "December 30" in a January paper is last December
            elif self.first[2] is None and guess is not None and guess > reference:
                year -= 1  # a month told in the past tense ('rejected in November')
        first = _bound(year, self.first[1], self.first[2], low=True)
        last_year = self.last[0] if self.last[0] is not None else year
        if self.last[0] is None and self.last[1] is not None and self.first[1] is not None:
            last_year = year + (1 if self.last[1] < self.first[1] else 0)
        last = _bound(last_year, self.last[1], self.last[2], low=False)
        if first is None or last is None:
            return None
        return first, last


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _bound(year: int, month: int | None, day: int | None, *, low: bool) -> dt.date | None:
    if month is None:
        return dt.date(year, 1, 1) if low else dt.date(year, 12, 31)
    if day is None:
        if low:
            return _safe_date(year, month, 1)
        next_month = dt.date(year + month // 12, month % 12 + 1, 1)
        return next_month - dt.timedelta(days=1)
    return _safe_date(year, month, day)


# Days of a month a part of it covers (None: to the month's end).
_PARTS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10), "start": (1, 10), "beginning": (1, 10), "first": (1, 15),
    "mid": (11, 20), "middle": (11, 20), "second": (16, None),
    "late": (21, None), "end": (21, None), "close": (21, None), "last": (22, None),
    "final": (22, None),
}  # fmt: skip


def find_dates(norm: NormText, original: str) -> list[DateMention]:
    """Every date mention in a normalised text, with original offsets."""
    mentions: list[DateMention] = []
    for match in date_matches(norm.text):
        kind = match.lastgroup
        assert kind is not None
        name = kind[:-1]
        groups = {k[len(name) :]: v for k, v in match.groupdict().items()
                  if k.startswith(name) and v is not None}  # fmt: skip
        start, end = norm.original_span(match.start(), match.end())
        start, end = _trim(original, start, end)
        text = " ".join(original[start:end].split())
        # the words just before (what is read there looks back 80 characters at most): a
        # copy of the whole text before each date made a long document quadratic
        before = norm.text[max(0, match.start() - 120) : match.start()]
        if name == "daysago":
            count = int(groups["n"]) if groups["n"].isdigit() else _WORDS.get(groups["n"], 1)
            weeks = groups["unit"].startswith(("week", "fortnight"))
            offset = -count * DAYS_IN[groups["unit"].rstrip("s")]
            spread = 3 if weeks and count > 1 else 0  # 'seven weeks ago' is roughly told
            mentions.append(
                DateMention((None, None, None), (None, None, None), 3, None, text, start, end,
                            days=(offset - spread, offset + spread))
            )  # fmt: skip
            continue
        if name in ("wday", "day"):
            after = norm.text[match.end() : match.end() + 24]
            mentions.append(_relative_day(groups, before, text, start, end, after))
            continue
        if name in ("rel", "relmonth") and groups["rel"] in _NARRATIVE:
            # 'opened in 2010 and closed the following year': counted from the date the
            # story has just told, not from publication; with none told, unread
            counted = _counted_from(mentions, start, _REL[groups["rel"]], name == "rel")
            if counted is not None:
                mentions.append(replace(counted, text=text, start=start, end=end))
            continue
        if name == "yearbefore":
            # 'an increase of about a fifth on the year before' (2024's): as 'the previous year'
            offset = -1 if groups["side"] == "before" else 1
            counted = _counted_from(mentions, start, offset, groups["unit"] == "year")
            if counted is not None:
                mentions.append(replace(counted, text=text, start=start, end=end))
            continue
        if name in ("rel", "relmonth") and groups["rel"] == "the past":
            # 'over the past year': the twelve months up to publication, not last year
            span = -365 if name == "rel" else -31
            mentions.append(
                DateMention((None, None, None), (None, None, None), 1 if name == "rel" else 2,
                            None, text, start, end, days=(span, 0))
            )  # fmt: skip
            continue
        if name == "relmonth":
            offset = _REL[groups["rel"]]
            none: YMD = (None, None, None)
            mentions.append(DateMention(none, none, 2, None, text, start, end, months=offset))
            continue
        if name == "part":
            month = MONTHS[groups["mon"].rstrip(".")]
            low, high = _PARTS[(groups.get("lead") or groups.get("of") or "").split()[0]]
            year = int(groups["y"]) if groups.get("y") else None
            told = _REL[groups["rel"]] if groups.get("rel") else None  # 'late March last year'
            mentions.append(
                DateMention((year, month, low), (year, month, high), 2, None, text, start, end,
                            ahead=told is None and _looks_ahead(text, before),
                            year_offset=told)
            )  # fmt: skip
            continue
        if name == "mon" and text.lower().startswith("this"):
            if not text.split()[-1][:1].isupper():
                continue  # 'this may take weeks': the verb, not the month
            month = MONTHS[groups["mon"].rstrip(".")]  # 'this September': this year's
            mentions.append(
                DateMention((None, month, None), (None, month, None), 2, None, text, start, end,
                            year_offset=0)
            )  # fmt: skip
            continue
        if name == "mon" and _looks_ahead(text, before):
            month = MONTHS[groups["mon"].rstrip(".")]
            mentions.append(
                DateMention((None, month, None), (None, month, None), 2, None, text, start, end,
                            ahead=True)
            )  # fmt: skip
            continue
        if name == "holiday":
            month, day = _HOLIDAYS[groups["hol"]]
            year = int(groups["y"]) if groups.get("y") else None
            mentions.append(
                DateMention((year, month, day), (year, month, day), 3, None, text, start, end,
                            ahead=_looks_ahead(text, before))
            )  # fmt: skip
            continue
        if name == "monrange":
            first_month = MONTHS[groups["mon"].rstrip(".")]
            last_month = MONTHS[groups["mon2"].rstrip(".")]
            year2 = int(groups["y2"]) if groups.get("y2") else None
            year1 = int(groups["y"]) if groups.get("y") else None
            if year1 is None and year2 is not None:
                year1 = year2 - (1 if first_month > last_month else 0)
            mentions.append(
                DateMention((year1, first_month, None), (year2, last_month, None), 2, None, text,
                            start, end, ahead=_looks_ahead(text, before))
            )  # fmt: skip
            continue
        if name == "quarter":
            ahead = _looks_ahead(text, before)
            mentions.append(_part_of_year(groups, text, start, end, ahead))
            continue
        if name == "yearpart":
            mentions.append(_year_part(groups, text, start, end))
            continue
        if name == "monthday":
            mentions.append(
                DateMention((None, None, None), (None, None, None), 3, None, text, start, end,
                            month_day=int(groups["d"]),
                            ahead=_looks_ahead(text, before))
            )  # fmt: skip
            continue
        if name == "season":
            season = groups.get("s") or groups["s2"]
            opening, closing = _SEASONS[season]
            if groups.get("y"):
                year = int(groups["y"])
                season_months: tuple[YMD, YMD] = ((year, opening, None), (year, closing, None))
                if season == "winter":
                    # 'winter 2023-24' runs from December into the next year; 'the winter
                    # of 2023' may be either winter the year touches
                    earliest = year if groups.get("y2") else year - 1
                    season_months = ((earliest, 12, None), (year + 1, 2, None))
                mentions.append(DateMention(*season_months, 2, None, text, start, end))
            else:
                mentions.append(
                    DateMention((None, None, None), (None, None, None), 2, None, text, start,
                                end, season=f"{groups['rel']} {season}")
                )  # fmt: skip
            continue
        if name == "relmy":
            month = MONTHS[(groups.get("mon") or groups["mon2"]).rstrip(".")]
            written = groups.get("d") or groups.get("d2")
            of_day = _day(written) if written else None
            if of_day is not None and not 1 <= of_day <= 31:
                continue
            mentions.append(
                DateMention((None, month, of_day), (None, month, of_day), 3 if of_day else 2,
                            None, text, start, end, year_offset=_REL[groups["rel"]])
            )  # fmt: skip
            continue
        if name == "theweekend":
            if _looks_ahead(text, before):
                rel = "this"
            elif _TENSE_AHEAD.search(before[-80:]):
                continue  # 'will go down the ramp when it is light, probably over the weekend'
            else:
                rel = "the last"
            mentions.append(
                DateMention((None, None, None), (None, None, None), 2, None, text, start, end,
                            week=f"{rel} weekend")
            )  # fmt: skip
            continue
        if name == "week":
            rel = " ".join(groups["rel"].split())
            if groups["unit"] == "weekend" and rel not in ("this", "last"):
                continue  # 'next weekend' may be the coming one or the one after it
            mentions.append(
                DateMention((None, None, None), (None, None, None), 2, None, text, start, end,
                            week=f"{rel} {groups['unit']}")
            )  # fmt: skip
            continue
        if name == "endyear":
            name, groups = "rel", {"rel": "this"}
        mention = _mention("dmy" if name == "wdmy" else name, groups)
        if mention is None:
            continue
        first, last, granularity, relative = mention
        since = text.lower().startswith("since") or _SINCE.search(before)
        # a day or month without its year in a sentence that looks ahead ('voted to
        # introduce a tax from 1 January' in April) is the next one
        ahead = first[0] is None and first[1] is not None and relative is None
        ahead = ahead and _looks_ahead(text, before)
        mentions.append(
            DateMention(
                first, last, granularity, relative, text, start, end, since=bool(since),
                ahead=ahead,
            )
        )  # fmt: skip
    return mentions


_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "boxing day": (12, 26),
}  # fmt: skip
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def _part_of_year(
    groups: dict[str, str], text: str, start: int, end: int, ahead: bool
) -> DateMention:
    """'the second quarter of next year' (April to June), 'H1 2025' (January to June);
    'the third quarter' alone is the publication year's, or the next one's when the
    sentence looks ahead and this year's is over."""
    code = groups.get("code")
    if code:
        months = 3 if code[0] == "q" else 6
        index = int(code[1])
    elif groups.get("n"):  # 'the first ten months of 2024', 'the last three months'
        months = _WORDS[groups["n"]]
        index = 0
    else:
        months = 3 if groups["part"] == "quarter" else 6
        index = min(_NTH[groups["nth"]], 12 // months)  # 'the last half'
    if index:
        first_month = (index - 1) * months + 1
    else:
        first_month = 1 if groups["nth"] == "first" else 13 - months
    last_month = min(12, first_month + months - 1)
    year = int(groups["y"]) if groups.get("y") else None
    offset = None
    if year is None and (groups.get("rel") or "the year" in text.lower()):
        offset = _REL.get(groups.get("rel") or "this", 0)
    return DateMention(
        (year, first_month, None), (year, last_month, None), 2, None, text, start, end,
        year_offset=offset, ahead=ahead and offset is None and year is None,
    )  # fmt: skip


# Months of a part of a year. The parts overlap, so that a month on the edge of one
# ('early 2026' and May) is never read as denying it.
_YEAR_PARTS = {
    "early": (1, 5), "start": (1, 3), "beginning": (1, 3), "mid": (4, 9), "middle": (4, 9),
    "late": (8, 12), "end": (10, 12), "close": (10, 12),
}  # fmt: skip


def _year_part(groups: dict[str, str], text: str, start: int, end: int) -> DateMention:
    """'early 2026' (January to May), 'the end of next year' (October to December); 'by
    (or before) the end of 2025' is the whole year: what happens by then may happen any
    time before it, but not after it."""
    part = groups.get("lead") or groups["of"]
    first_month, last_month = _YEAR_PARTS[part]
    if groups.get("by"):
        first_month = 1  # 'by mid-2027': from January to the end of the part
    year = int(groups["y"]) if groups.get("y") else None
    offset = None if year is not None else _REL[groups.get("rel") or "this"]
    return DateMention(
        (year, first_month, None), (year, last_month, None), 2, None, text, start, end,
        year_offset=offset,
    )  # fmt: skip


# The months of a season as the northern hemisphere's calendar counts them.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}


def _season_days(season: str, reference: dt.date) -> tuple[dt.date, dt.date] | None:
    """'next spring' is the first spring to begin after publication, 'last summer' the
    last one to have ended before it, 'this autumn' the publication year's."""
    rel, name = season.split()
    first, last = _SEASONS[name]
    if name == "winter":
        return _winter_days(rel, reference)
    year = reference.year
    if rel == "next" and reference.month >= first:
        year += 1
    elif rel == "last" and reference.month <= last:
        year -= 1
    end = _bound(year, last, None, low=False)
    return (dt.date(year, first, 1), end) if end else None


def _winter_days(rel: str, reference: dt.date) -> tuple[dt.date, dt.date] | None:
    """A winter from December to February, named by the year it starts in: 'this winter'
    is the one under way or, from spring on, the one just gone (September on, the one
    to come); 'last winter' the last one over; 'next winter' the first to begin after."""
    under_way = reference.month == 12 or reference.month <= 2
    starts = reference.year if reference.month == 12 else reference.year - 1  # the latest
    if rel == "this":
        year = reference.year if reference.month >= 9 else starts
    elif rel == "last":
        year = starts - 1 if under_way else starts
    else:
        year = starts + 1 if under_way or reference.month >= 3 else starts
    end = _bound(year + 1, 2, None, low=False)
    return (dt.date(year, 12, 1), end) if end else None


def _day_of_month(day: int, reference: dt.date, ahead: bool) -> dt.date | None:
    """'on the 14th': of the publication's month when that day has come (or, looking
    ahead, is still to come), else of the month before (or after)."""
    month = reference.year * 12 + reference.month - 1
    if ahead and day < reference.day:
        month += 1
    elif not ahead and day > reference.day:
        month -= 1
    year, index = divmod(month, 12)
    return _safe_date(year, index + 1, day)


def _week_days(week: str, reference: dt.date) -> tuple[dt.date, dt.date]:
    """The days of a week told from the publication date: weeks run Monday to Sunday;
    'this weekend' is the coming one (or the one under way), 'last weekend' the one
    before it."""
    rel, unit = week.rsplit(" ", 1)
    monday = reference - dt.timedelta(days=reference.weekday())
    if unit == "weekend":
        saturday = monday + dt.timedelta(days=5)
        if rel == "last" or (rel == "the last" and saturday > reference):
            saturday -= dt.timedelta(days=7)  # 'the last': the one under way, or before it
        return saturday, saturday + dt.timedelta(days=1)
    shift = {"next": 7, "the coming": 7, "last": -7}.get(rel, 0)
    first = monday + dt.timedelta(days=shift)
    last = first + dt.timedelta(days=6)
    if rel == "earlier this":
        last = reference
    elif rel == "later this":
        first = reference
    return first, last


def _looks_ahead(text: str, before: str) -> bool:
    """'until September', 'until the end of May', 'will ... in May': the coming month,
    not the last one ('by the end of January' may be either: 'had been' by then)."""
    # 'until September', 'by May', and what starts from a month ('rises by 4.99% from
    # April', 'effective from June')
    ahead = text.lower().startswith(("until", "till", "by ", "next", "from ", "starting "))
    ahead = ahead or _UNTIL_BEFORE.search(before[-12:]) is not None
    return ahead or _FUTURE.search(before[-80:]) is not None


# A day something starts from: 'closed overnight from Monday', 'starting on Friday'
_RANGE_ON = re.compile(r"\s*(?:-|to|until|till|through|and)\s")
_STARTING = re.compile(r"\b(?:from|starting|beginning|effective)(?:\s+on)?\s+$")
# a future anywhere in the words before, past a clause break too
_TENSE_AHEAD = re.compile(r"\b(?:will|would|shall|forecast|expected|plans?|due)\b|'ll\b")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$")
_SINCE = re.compile(r"\bsince\s+$")


_NARRATIVE = frozenset({"the following", "the previous"})
_NARRATIVE_REACH = 200  # characters back to the date a 'following year' counts from


def _counted_from(
    mentions: list[DateMention], start: int, offset: int, whole_year: bool
) -> DateMention | None:
    """The year (or month) ``offset`` from the last date told just before ``start``,
    when that date has its year written."""
    if not mentions:
        return None
    last = mentions[-1]
    year, month = last.first[0], last.first[1]
    if year is None or start - last.end > _NARRATIVE_REACH:
        return None
    if whole_year:
        return DateMention((year + offset, None, None), (year + offset, None, None), 1, None,
                           "", start, start)  # fmt: skip
    if month is None:
        return None
    shifted_year, index = divmod(year * 12 + month - 1 + offset, 12)
    return DateMention((shifted_year, index + 1, None), (shifted_year, index + 1, None), 2, None,
                       "", start, start)  # fmt: skip


def _relative_day(
    groups: dict[str, str], before: str, text: str, start: int, end: int, after: str = ""
) -> DateMention:
    """'on Tuesday', 'next Friday', 'yesterday': a day counted from publication. A bare
    weekday is the last such day up to publication (news reports what happened), or the
    next one when the sentence looks ahead ('will meet on Monday')."""
    none: YMD = (None, None, None)
    if "day" in groups:
        offset = _DAY_OFFSETS[groups["day"]]
        return DateMention(none, none, 3, None, text, start, end, days=(offset, offset))
    direction = groups.get("dir")
    ahead = (
        direction in ("next", "coming")
        or (
            direction not in ("last", "past")
            and (
                _FUTURE.search(before[-80:]) is not None
                # 'a ban from Friday'; not 'ran from Monday until Wednesday', a span told,
                # nor 'results from Sunday's elections', a day's event a thing came from
                or (
                    _STARTING.search(before[-20:]) is not None
                    and not _RANGE_ON.match(after)
                    and not _POSSESSIVE.match(after)
                )
            )
        )
    )
    weekday = WEEKDAYS.index(groups["wd"])
    if groups.get("nextweek"):  # 'Tuesday next week': that day of the following week
        shift = 1 if groups["wk"] == "next" else -1
        return DateMention(none, none, 3, None, text, start, end, weekday=weekday, week_shift=shift)
    return DateMention(
        none, none, 3, None, text, start, end, weekday=weekday, ahead=ahead,
        strictly_ahead=direction in ("next", "coming"),
    )  # fmt: skip


def _trim(original: str, start: int, end: int) -> tuple[int, int]:
    while start < end and original[start].isspace():
        start += 1
    while end > start and original[end - 1].isspace():
        end -= 1
    return start, end


def _mention(name: str, g: dict[str, str]) -> tuple[YMD, YMD, int, tuple[int, int] | None] | None:
    year = int(g["y"]) if "y" in g else None
    day: int | None
    if name == "iso":
        month, day = int(g["m"]), int(g["d"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return (year, month, day), (year, month, day), 3, None
    if name == "mon":
        month = MONTHS[g["mon"].rstrip(".")]
        return (None, month, None), (None, month, None), 2, None
    if name in ("mdrange", "dmrange", "mdy", "dmy", "my"):
        month = MONTHS[g["mon"].rstrip(".")]
        day = _day(g["d"]) if "d" in g else None
        if day is not None and not 1 <= day <= 31:
            return None
        if name == "my":
            return (year, month, None), (year, month, None), 2, None
        if name in ("mdy", "dmy"):
            return (year, month, day), (year, month, day), 3, None
        day2 = _day(g["d2"])
        if not 1 <= day2 <= 31 or (day is not None and day2 < day):
            return None
        return (year, month, day), (year, month, day2), 3, None
    if name == "ago":
        count = int(g["n"]) if g["n"].isdigit() else _WORDS[g["n"]]
        approx = g.get("approx")
        if approx in ("nearly", "almost"):
            return (None, None, None), (None, None, None), 1, (-count, -max(1, int(count * 0.85)))
        if approx in ("over", "more than"):
            return (None, None, None), (None, None, None), 1, (-int(count * 1.5), -count - 1)
        if approx:
            return (
                (None, None, None),
                (None, None, None),
                1,
                (-int(count * 1.15) - 1, -int(count * 0.85)),
            )
        return (None, None, None), (None, None, None), 1, (-count, -count)
    if name == "rel":
        offset = _REL[g["rel"]]
        return (None, None, None), (None, None, None), 1, (offset, offset)
    if name == "year":
        return (year, None, None), (year, None, None), 1, None
    return None


_DATELINE = re.compile(
    r"(?:\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?"
    r"(?:\b[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\b\d{4}-\d{2}-\d{2})"
    r"(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?",
    re.I,
)


def find_dateline(body: str) -> tuple[dt.date, str] | None:
    """A publication date written near the top, e.g. ``September 27, 2024 - 13:13``."""
    head_lines = [line.strip() for line in body[:3000].splitlines() if line.strip()][:12]
    for line in head_lines:
        for match in _DATELINE.finditer(line):
            parsed = parse_date(match.group())
            if parsed is not None:
                return parsed, match.group().strip()
    return None


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# '13 September 2024', 'September 13, 2024': as nearly every dateline writes it
_DAY_MONTH_YEAR = re.compile(r"(?P<d>[0-9]{1,2})\s+(?P<m>[A-Za-z]{3,9}),?\s+(?P<y>[1-9][0-9]{3})")
_MONTH_DAY_YEAR = re.compile(r"(?P<m>[A-Za-z]{3,9})\s+(?P<d>[0-9]{1,2}),?\s+(?P<y>[1-9][0-9]{3})")


def parse_date(text: str) -> dt.date | None:
    """Any date python-dateutil reads (time and zone ignored), or None."""
    cleaned = re.sub(r"\s[-|]\s", " ", str(text)).strip()
    # the common forms are read at once (dateutil took a quarter of reading an archive);
    # whatever they do not make a day of is left to dateutil, as before
    day = _iso_day(cleaned) or _written_day(cleaned)
    if day is not None:
        return None if day.year == 1900 else day
    try:
        parsed = dateutil_parser.parse(cleaned, default=dt.datetime(1900, 1, 1), fuzzy=False)
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1900:
        return None
    return parsed.date()


def _iso_day(text: str) -> dt.date | None:
    if not _ISO_DAY.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _written_day(text: str) -> dt.date | None:
    found = _DAY_MONTH_YEAR.fullmatch(text) or _MONTH_DAY_YEAR.fullmatch(text)
    if found is None:
        return None
    month = MONTHS.get(found.group("m").lower())
    if month is None:
        return None
    try:
        return dt.date(int(found.group("y")), month, int(found.group("d")))
    except ValueError:
        return None


def anchored(date: DateMention, reference: dt.date) -> DateMention:
    """A date written relative to a day ('yesterday', 'on Tuesday', 'next month') as the
    days it means from ``reference``: read by another document's date it would mean
    other days. A date that is not relative, or falls off the calendar, stays as it is."""
    if not date.is_relative and date.first[0] is not None:
        return date
    days = date.resolve(reference)
    if days is None:
        return date
    first, last = days
    if first == last:
        granularity = 3
    elif first.day == 1 and (last + dt.timedelta(days=1)).day == 1 and first.month == last.month:
        granularity = 2
    elif (first.month, first.day, last.month, last.day) == (
        1,
        1,
        12,
        31,
    ) and first.year == last.year:
        granularity = 1
    else:
        granularity = 3  # a span of days ('next week')
    keep = granularity
    return DateMention(
        first=(first.year, first.month if keep >= 2 else None, first.day if keep == 3 else None),
        last=(last.year, last.month if keep >= 2 else None, last.day if keep == 3 else None),
        granularity=granularity,
        relative=None,
        text=date.text,
        start=date.start,
        end=date.end,
        until=date.until,
        since=date.since,
    )
