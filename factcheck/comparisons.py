"""A claim that compares its thing at two times: 'Poachers killed more rhinos last year
than in 2023', 'a smaller share than last year'. No figure of the claim says which way it
went, so a window that has all of its words seems to state it; the figures the window
gives for the two times (31 last year, 52 in 2023) say whether it did.
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
_FIGURE_BEFORE = re.compile(r"(?:\d[\d,.]*%?|\b(?:per\s+cent|percent))\s*$", re.I)


@dataclass(frozen=True)
class Comparison:
    """Which way the claim says its thing went, and the time it is compared with."""

    up: bool
    earlier: DateMention  # the time after 'than' ('in 2023', 'last year')
    later: DateMention | None  # the claim's own time before it, if it gives one
    said: str  # the comparison as the claim words it ('more ... than in 2023')


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
    after = [d for d in dates if match.end() <= d.start <= match.end() + 30]
    if len(after) != 1:
        return None
    own = [d for d in dates if d is not after[0]]  # 'last year', before or inside it
    return Comparison(
        up=match.group("word").lower() in _UP,
        earlier=after[0],
        later=own[0] if len(own) == 1 else None,
        said=text[match.start() : after[0].end],
    )
