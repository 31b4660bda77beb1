"""Names of a place's people and things ('Velmoran', 'Kenyan', 'French') read as the
place itself, so that 'Velmoran interior minister' is found in copy that writes
'Interior Minister ... (VELMORA, ...)' and the reverse.

A pair is made only when both spellings stand capitalised in the story's own texts:
a rule that guesses the place from the demonym ('Velmoran' -> 'Velmora') is checked
against the words a story really has, never assumed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from factcheck.normalise import fold

# 'Sarenia's' is 'Sarenia'; a word opening on an ASCII small letter is passed over at once
_CAPITALISED = re.compile(r"\b(?![a-z])[^\W\d_]\w*")
_MIN_ROOT = 4  # 'Mali'/'Malian' at least; shorter roots pair unrelated names


def place_spellings(word: str) -> tuple[str, ...]:
    """The places a capitalised word may be the demonym of, by the regular forms of
    English: Kenyan/Kenya, Mexican/Mexico, German/Germany, Canadian/Canada,
    Italian/Italy, Brazilian/Brazil, Japanese/Japan, Chinese/China, Iraqi/Iraq."""
    lower = fold(word)
    found: list[str] = []
    for suffix, endings in (
        ("ian", ("ia", "a", "y", "")),
        ("ese", ("", "a")),
        ("an", ("a", "o", "y")),
        ("i", ("",)),
    ):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= _MIN_ROOT:
            root = lower[: -len(suffix)]
            found.extend(root + ending for ending in endings)
            break
    return tuple(found)


@cache
def _irregular() -> dict[str, str]:
    """Folded demonym -> place, from lexicons/demonyms.txt."""
    text = resources.files("factcheck.lexicons").joinpath("demonyms.txt").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        head, _, rest = line.split("#", 1)[0].partition(":")
        if head.strip():
            for demonym in rest.split(","):
                if demonym.strip():
                    table[fold(demonym.strip())] = head.strip()
    return table


def capitalised_words(texts: Iterable[str]) -> tuple[dict[str, str], set[str]]:
    """Folded spelling -> one written spelling of every word that starts with a capital
    (a dateline's 'VELMORA' too), and those written at least once without a capitalised
    word after them: a place or a people ('Velmoran interior minister', 'VELMORA,'),
    not a given name ('Norma Stewart', 'Norman Blake'), which a rule guessing places
    from demonyms must not pair. One pass over the texts."""
    seen: dict[str, str] = {}
    alone: set[str] = set()
    folded_as: dict[str, str] = {}  # each spelling folded once
    for text in texts:
        for match in _CAPITALISED.finditer(text):
            word = match.group()
            if word[0].isupper():
                folded = folded_as.get(word)
                if folded is None:
                    folded = folded_as[word] = fold(word)
                seen.setdefault(folded, word)
                if not _NAME_AFTER.match(text, match.end()):
                    alone.add(folded)
    return seen, alone


_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


def demonym_aliases(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Place -> its demonyms, for every pair whose two spellings the texts both have
    capitalised, the place once without a name after it; a place is written as the
    texts write it."""
    words, alone = capitalised_words(texts)
    irregular = _irregular()
    pairs: dict[str, set[str]] = {}
    for folded, written in words.items():
        place = irregular.get(folded)
        if place is not None:
            if all(fold(part) in words for part in place.split()):
                pairs.setdefault(place, set()).add(written)
            continue
        for spelling in place_spellings(folded):
            if spelling != folded and spelling in alone:
                pairs.setdefault(_title(words[spelling]), set()).add(written)
                break
    return {place: tuple(sorted(demonyms)) for place, demonyms in sorted(pairs.items())}


def _title(written: str) -> str:
    """'VELMORA' in a dateline is the place 'Velmora'."""
    return written.title() if written.isupper() else written
