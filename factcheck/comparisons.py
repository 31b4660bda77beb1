"""A claim that compares its thing at two times, or with what was expected: 'Poachers
killed more rhinos last year than in 2023', 'a smaller share than last year', 'took more
than analysts had predicted'. No figure of the claim says which way it went, so a window
that has all of its words seems to state it; the figures the window gives for the two
(31 last year, 52 in 2023; 14.2 million against a forecast 25 million) say whether it did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.dates import DateMention

# 'more rhinos ... than in 2023': a comparative and its 'than' in one clause; not a bound
# ('more than 40 people') nor a difference ('22 more certificates than')
_COMPARATIVE = re.compile(
    r"\b(?P<word>more|fewer|less|higher|lower|larger|smaller|bigger|greater)\b"
    r"(?P<between>[^.;:]{0,80}?)\bthan\b",
    re.I,
)
_UP = frozenset({"more", "higher", "larger", "bigger", "greater"})
COMPARATIVES = _UP | {"fewer", "less", "lower", "smaller"}
_FIGURE_BEFORE = re.compile(
    r"(?:\d[\d,.]*%?|\b(?:per\s+cent|percent|hundred|thousand|million|billion|dozen|half|"
    r"third|quarter|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety))\s*$",
    re.I,
)
_EXPECTING = r"(?:predict\w*|forecast\w*|expect\w*|estimat\w*|project(?:ed|ion)s?|target\w*)"
# 'than analysts had predicted', 'than expected', 'than the forecast'
_THAN_EXPECTED = re.compile(r"[^.;:]{0,40}?\b" + _EXPECTING + r"\b", re.I)
# a figure of what was expected: 'the 25 million dollars analysts had forecast', 'a
# forecast of 25 million', 'expected 3,000 visitors'
# 'than in the first (quarter)', 'than the year before', 'than a week earlier': another
# time, told by the change the window gives
_THAN_BEFORE = re.compile(
    r"[^.;:]{0,30}?\b(?:first|previous|prior|preceding|before|earlier|ago)\b", re.I
)
_EXPECTED_AFTER = re.compile(r"[^.;:,]{0,40}?\b(?:had\s+)?" + _EXPECTING + r"\b", re.I)
_EXPECTED_BEFORE = re.compile(r"\b" + _EXPECTING + r"\b(?:\s+[\w-]+){0,3}\s+$", re.I)


@dataclass(frozen=True)
class Comparison:
    """Which way the claim says its thing went, and the time it is compared with."""

    up: bool
    earlier: DateMention | None  # the time after 'than' ('in 2023', 'last year'), if a date
    later: DateMention | None  # the claim's own time before it, if it gives one
    said: str  # the comparison as the claim words it ('more ... than in 2023')
    expected: bool = False  # ... or what was expected ('than analysts had predicted')


def claimed_comparison(text: str, dates: tuple[DateMention, ...]) -> Comparison | None:
    """The claim's comparison with an earlier time, or None for a claim that makes none
    (or compares with a forecast, a place or another thing: not told by dates)."""
    match = _COMPARATIVE.search(text)
    if match is None:
        return None
    if _FIGURE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None  # '22 more certificates than': a difference, compared as a figure
    if not match.group("between").strip():
        return None  # 'more than 40 people': a bound
    up = match.group("word").lower() in _UP
    after = [d for d in dates if match.end() <= d.start <= match.end() + 30]
    if not after:
        expected = _THAN_EXPECTED.match(text, match.end())
        if expected is not None:
            said = text[match.start() : expected.end()]
            return Comparison(up, None, None, said, expected=True)
        before = _THAN_BEFORE.match(text, match.end())
        if before is not None:  # 'than in the first', 'than they did the year before'
            return Comparison(up, None, None, text[match.start() : before.end()])
        return None
    if len(after) != 1:
        return None
    own = [d for d in dates if d is not after[0]]  # 'last year', before or inside it
    return Comparison(
        up=up,
        earlier=after[0],
        later=own[0] if len(own) == 1 else None,
        said=text[match.start() : after[0].end],
    )


def told_as_expected(text: str, start: int, end: int) -> bool:
    """The figure at ``start:end`` is what was expected, not what happened."""
    return bool(
        _EXPECTED_AFTER.match(text, end) or _EXPECTED_BEFORE.search(text, max(0, start - 40), start)
    )
