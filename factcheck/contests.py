"""Who won a contest and who lost it.

A claim that someone won ('Victor Pryce won re-election', 'Rosa Delgado defeated
Andrés Vidal') shares most of its words with the report that they lost ('defeating
incumbent Victor Pryce', 'Rosa Delgado conceded defeat'): the words alone would pass
it as verified. These functions find the claim's winner and whether a sentence has
that winner lose.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.terms import Token

# what a winner does ('won', 'defeated', 'was re-elected')
WIN_WORDS = frozenset(
    """won win wins defeated beat beats retained retains clinched clinches elected
    reelected""".split()
)
# a winner's verb with the loser after it ('defeating incumbent Victor Pryce')
BEATING_WORDS = frozenset(
    """defeated defeating defeat defeats beat beating beats ousted ousting unseated
    unseating""".split()
)
# what a loser does ('lost', 'conceded')
LOSING_WORDS = frozenset("lost loses losing conceded concedes conceding".split())
# a place below the top ('took silver', 'finished second')
LOWER_PLACES = frozenset("silver bronze second third fourth fifth runner runners".split())
_PLACING_VERBS = frozenset("took take takes won win wins finished finishes came claimed".split())
_PASSIVE = frozenset("was were is are been being".split())
_SKIPPED = frozenset("has have had was were is re narrowly eventually".split())
_BESIDE = 3  # words between a beating verb and the name it beats ('beat top seed X')


def claimed_winner(
    tokens: Sequence[Token], groups: Sequence[tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The name the claim has win: a name right before a winning verb."""
    for group in groups:
        ends = [i for i, t in enumerate(tokens) if t.term == group[-1]]
        if not ends:
            continue
        after = [t for t in tokens[ends[0] + 1 :] if t.word not in _SKIPPED]
        if not after or after[0].word not in WIN_WORDS:
            continue
        if len(after) > 1 and after[1].word in LOWER_PLACES:
            return None  # 'won silver' is no win
        return group
    return None


def loses_in(tokens: Sequence[Token], text: str, group: tuple[str, ...]) -> bool:
    """The sentence has the name lose: 'Delgado conceded', 'Ferreira took silver',
    'Pryce was defeated', 'defeating incumbent Victor Pryce'."""
    for index, token in enumerate(tokens):
        if token.term != group[-1]:
            continue  # (the surname alone is the name: 'Delgado conceded')
        start = index
        while start > 0 and tokens[start - 1].term in group:
            start -= 1
        if _loses_after(tokens[index + 1 :]) or _beaten_before(tokens, start, text):
            return True
    return False


def _loses_after(after: Sequence[Token]) -> bool:
    if not after:
        return False
    first = after[0]
    if first.word in LOSING_WORDS:
        return True
    if first.word in _PASSIVE and len(after) > 1 and after[1].word in BEATING_WORDS:
        return True  # 'Pryce was defeated'
    return (
        first.word in _PLACING_VERBS and len(after) > 1 and after[1].word in LOWER_PLACES
    )  # 'took silver', 'finished second'


def _beaten_before(tokens: Sequence[Token], start: int, text: str) -> bool:
    """A beating verb right before the name, across a few lower-case words of no other
    name and no comma ('beat top seed Kira Dovic'); 'defeated by X' has X win."""
    for back in range(start - 1, max(-1, start - 2 - _BESIDE), -1):
        token = tokens[back]
        if "," in text[token.end : tokens[back + 1].start]:
            return False
        if token.word in BEATING_WORDS:
            return not (back > 0 and tokens[back - 1].word in _PASSIVE)
        if token.capitalised or token.word == "by":
            return False  # ('two-term incumbent Otto Brenn': a count in a compound is not)
    return False
