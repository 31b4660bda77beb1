"""Which words a story's own texts write as names.

A claim that opens on a one-word name ('Sunridge shipped 2.1 gigawatts ...') has only
the capital of a sentence's first word to go on, and every sentence's first word has
one. The texts decide instead: a word they capitalise inside a sentence and never
write in lower case is a name wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.normalise import fold

# a capitalised word after a lower-case word or a comma: inside a sentence, not opening it
_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][^\W\d_]*")
_LOWER = re.compile(r"\b[a-z][^\W\d_]*")


def written_names(texts: Iterable[str]) -> frozenset[str]:
    """Folded words the texts capitalise inside a sentence and never write lower-case
    ('Heliotek', 'Sunridge'; not 'Minister', which some sentence writes 'minister')."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for text in texts:  # the words as written; each distinct one folded once, after
        capitalised.update(_INSIDE.findall(text))
        lower.update(_LOWER.findall(text))
    return frozenset({fold(w) for w in capitalised} - {fold(w) for w in lower})


# 'Reactor 2', 'Terminal 5', 'Route 9', 'Stage 14': a name with its number (not a date,
# 'May 14', nor a figure, 'Group 7 per cent')
_NUMBERED = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})\s+(?:No\.?\s+)?(?P<number>\d{1,3}[A-Z]?)\b"
    r"(?![.,]\d)(?!\s*(?:%|per\s*cent|percent|[a-z]+\s+\d{4}\b))"
)
_NOT_NUMBERED = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday the and but for from with about some nearly almost
    over under around than top""".split()
)


def numbered_names(text: str) -> frozenset[tuple[str, str]]:
    """The things a text names by a word and a number, as (folded word, number):
    'Reactor 1' and 'Reactor 2' are two reactors, whatever else they share."""
    return frozenset(
        (fold(m.group("name")), m.group("number").upper())
        for m in _NUMBERED.finditer(text)
        if fold(m.group("name")) not in _NOT_NUMBERED
    )
