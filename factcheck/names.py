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
    for text in texts:
        capitalised.update(fold(m.group()) for m in _INSIDE.finditer(text))
        lower.update(m.group() for m in _LOWER.finditer(text))
    return frozenset(capitalised - {fold(w) for w in lower})
