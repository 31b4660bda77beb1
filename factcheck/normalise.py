"""Text normalisation for matching, with a map back to offsets in the original text.

Real copy mixes curly and straight quotes, no-break spaces, ``Việt Nam`` and
``Viet Nam``; matching must not care, but evidence must be shown as written.
So every normalised character remembers the original offset it came from.
"""

from __future__ import annotations

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
    """Fold case, quotes, dashes, spaces and diacritics; collapse runs of white space."""
    if original.isascii() and "`" not in original and not _has_space_runs(original):
        return NormText(original.lower(), None, len(original))
    out: list[str] = []
    offsets: list[int] = []
    previous_space = True
    for index, char in enumerate(original):
        folded = fold_char(char)
        if not folded:
            continue
        if folded == " ":
            if previous_space:
                continue
            previous_space = True
        else:
            previous_space = False
        out.append(folded)
        offsets.extend([index] * len(folded))
    text = "".join(out)
    if text.endswith(" "):
        text = text[:-1]
        offsets.pop()
    return NormText(text, tuple(offsets), len(original))


def _has_space_runs(text: str) -> bool:
    """True when ASCII text still needs white-space folding (runs, tabs, newlines)."""
    return "  " in text or "\n" in text or "\t" in text or "\r" in text or text[:1] == " "


def fold(text: str) -> str:
    """The normalised form only, for short strings such as names and keys."""
    return normalise(text).text
