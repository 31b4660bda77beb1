"""Text normalisation for matching, with a map back to offsets in the original text.

Real copy mixes curly and straight quotes, no-break spaces, ``Việt Nam`` and
``Viet Nam``; matching must not care, but evidence must be shown as written.
So every normalised character remembers the original offset it came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
}  # fmt: skip
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
# Letters that do not decompose under NFKD but have an obvious ASCII spelling.
_LETTERS = {"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss",
            "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i"}  # fmt: skip


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """The normalised spelling of one character ('' drops it, ' ' for any space)."""
    if char in _QUOTES:
        return _QUOTES[char]
    if char in _DASHES:
        return "-"
    if char in _LETTERS:
        return _LETTERS[char]
    if char.isspace() or unicodedata.category(char) in ("Zs", "Cc"):
        return " "
    if unicodedata.category(char) == "Cf":  # zero-width joiners, soft hyphens, BOMs
        return ""
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.lower()


@dataclass(frozen=True)
class NormText:
    """Normalised text plus, for each of its characters, the original offset."""

    text: str
    offsets: tuple[int, ...] | None  # None: identical offsets (pure ASCII, no folding)
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) back to the original text."""
        if self.offsets is None:
            return start, end
        if start >= len(self.offsets):
            return self.original_length, self.original_length
        ostart = self.offsets[start]
        oend = self.offsets[end - 1] + 1 if end > start else ostart
        return ostart, oend


def normalise(original: str) -> NormText:
    """Fold case, quotes, dashes, spaces and diacritics; collapse runs of white space.

    Characters are folded by str.translate and white space collapsed run by run, so the
    work per character is done in C; only characters that fold to nothing or to several
    characters ('…', 'ß', a soft hyphen) are handled one by one."""
    if original.isascii() and "`" not in original and not _has_space_runs(original):
        return NormText(original.lower(), None, len(original))
    chars = set(original)
    for char in chars - _SEEN:
        _learn(char)
    irregular = chars & _IRREGULAR
    out: list[str] = []
    offsets: list[int] = []
    previous_space = True
    position = 0
    if irregular:
        pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(irregular)) + "]")
        for match in pattern.finditer(original):
            index = match.start()
            segment = original[position:index].translate(_ONE_FOR_ONE)
            previous_space = _collapse(segment, position, previous_space, out, offsets)
            folded = fold_char(match.group())
            if folded:  # several characters, never a lone space
                out.append(folded)
                offsets.extend([index] * len(folded))
                previous_space = False
            position = index + 1
    segment = original[position:].translate(_ONE_FOR_ONE)
    _collapse(segment, position, previous_space, out, offsets)
    text = "".join(out)
    if text.endswith(" "):
        text = text[:-1]
        offsets.pop()
    return NormText(text, tuple(offsets), len(original))


def fold_keeping_spaces(original: str) -> str:
    """The folded text with its white space left as written (no offsets, no runs
    collapsed): the same words as ``fold`` gives, for reading the words out of whole
    documents (copies.py), where that work cost a second at 10,000 documents."""
    if original.isascii() and "`" not in original:
        return original.lower()
    for char in set(original) - _SEEN:
        _learn(char)
    return original.translate(_EVERY_FOLD)


# Characters seen so far: those that fold to one other character (translation table), and
# those that fold to none or to several; and every one that folds to something else.
_SEEN: set[str] = set()
_ONE_FOR_ONE: dict[int, str] = {}
_IRREGULAR: set[str] = set()
_EVERY_FOLD: dict[int, str] = {}
_SPACE_RUN = re.compile(" {2,}")


def _learn(char: str) -> None:
    folded = fold_char(char)
    if len(folded) != 1:
        _IRREGULAR.add(char)
    elif folded != char:
        _ONE_FOR_ONE[ord(char)] = folded
    if folded != char:
        _EVERY_FOLD[ord(char)] = folded
    _SEEN.add(char)


def _collapse(
    folded: str, base: int, previous_space: bool, out: list[str], offsets: list[int]
) -> bool:
    """Append text folded one for one (its first character is at ``base`` in the original)
    with each run of spaces kept as its first space, none after a space; returns whether
    the text appended so far ends with a space."""
    position = len(folded) - len(folded.lstrip(" ")) if previous_space else 0
    if position == len(folded):
        return previous_space
    for run in _SPACE_RUN.finditer(folded, position):
        kept = run.start() + 1
        out.append(folded[position:kept])
        offsets.extend(range(base + position, base + kept))
        position = run.end()
    out.append(folded[position:])
    offsets.extend(range(base + position, base + len(folded)))
    return folded.endswith(" ")


def _has_space_runs(text: str) -> bool:
    """True when ASCII text still needs white-space folding (runs, tabs, newlines)."""
    return "  " in text or "\n" in text or "\t" in text or "\r" in text or text[:1] == " "


def fold(text: str) -> str:
    """The normalised form only, for short strings such as names and keys."""
    return normalise(text).text
