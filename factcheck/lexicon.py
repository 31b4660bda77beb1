"""Word lists shipped as package data (``factcheck/lexicons/*.txt``), read once.

A newcomer adds a word to a list without touching code: one entry a line (several
per line, separated by spaces, are fine), ``#`` starts a comment.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from factcheck.normalise import fold
from factcheck.terms import stem


@cache
def words(name: str) -> frozenset[str]:
    """The entries of ``lexicons/<name>.txt``, lower-case, as written."""
    text = resources.files("factcheck.lexicons").joinpath(f"{name}.txt").read_text("utf-8")
    entries: set[str] = set()
    for line in text.splitlines():
        entries.update(line.split("#", 1)[0].lower().split())
    return frozenset(entries)


@cache
def phrases(name: str) -> frozenset[str]:
    """The entries of a list of one entry a line (names of several words), folded."""
    text = resources.files("factcheck.lexicons").joinpath(f"{name}.txt").read_text("utf-8")
    entries = (fold(line.split("#", 1)[0]).strip() for line in text.splitlines())
    return frozenset(entry for entry in entries if entry)


@cache
def stems(name: str) -> frozenset[str]:
    """The entries of a list as the terms a text is matched on."""
    return frozenset(stem(word) for word in words(name))


@cache
def synonyms(name: str) -> dict[str, str]:
    """A list of ``canonical: other other ...`` lines as other -> canonical, both as the
    terms a text is matched on (every canonical maps to itself)."""
    text = resources.files("factcheck.lexicons").joinpath(f"{name}.txt").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        head, _, rest = line.split("#", 1)[0].lower().partition(":")
        if not head.strip():
            continue
        canonical = stem(head.strip())
        table[canonical] = canonical
        for word in rest.split():
            table.setdefault(stem(word) if word.isalpha() else word, canonical)
        table.setdefault(head.strip(), canonical)
    return table


@cache
def opposites(name: str = "opposites") -> dict[str, frozenset[str]]:
    """A list of ``word: opposite, opposite`` lines as term -> its opposite terms, both
    ways (as the terms a text is matched on)."""
    text = resources.files("factcheck.lexicons").joinpath(f"{name}.txt").read_text("utf-8")
    pairs: dict[str, set[str]] = {}
    for line in text.splitlines():
        head, _, rest = line.split("#", 1)[0].lower().partition(":")
        if not head.strip():
            continue
        one = stem(head.strip())
        for other in (stem(w.strip()) for w in rest.split(",") if w.strip()):
            pairs.setdefault(one, set()).add(other)
            pairs.setdefault(other, set()).add(one)
    return {term: frozenset(found) for term, found in pairs.items()}


@cache
def counterparts() -> dict[str, frozenset[str]]:
    """lexicons/counterparts.txt as term -> the terms of its counterparts, both ways."""
    return opposites("counterparts")


@cache
def converses() -> dict[str, frozenset[str]]:
    """lexicons/converses.txt as term -> the terms of the other side of its deal."""
    return opposites("converses")


# 'un-' words that are not the negation of the rest ('under', 'union', 'unit', 'until').
_NOT_NEGATED = ("under", "union", "unit", "univers", "unless", "until", "uniqu")


@cache
def opposite_terms(term: str) -> frozenset[str]:
    """What says the opposite of a term: its entries in lexicons/opposites.txt, and the
    word without its negating 'un-' ('unarmed' against 'armed', 'unchanged' against
    'changed'); the converse ('armed' against 'unarmed') is found the other way round."""
    found = set(opposites().get(term, frozenset()))
    if term.startswith("un") and len(term) >= 5 and not term.startswith(_NOT_NEGATED):
        found.add(term[2:])
    return frozenset(found)
