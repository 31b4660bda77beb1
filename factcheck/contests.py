"""Who won a contest and who lost it.

A claim that someone won ('Victor Pryce won re-election', 'Rosa Delgado defeated
Andrés Vidal') shares most of its words with the report that they lost ('defeating
incumbent Victor Pryce', 'Rosa Delgado conceded defeat'): the words alone would pass
it as verified. These functions find the claim's winner and whether a sentence has
that winner lose.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import dropwhile

from factcheck.terms import Token

# what a winner does ('won', 'defeated', 'was re-elected')
WIN_WORDS = frozenset(
    """won win wins defeated beat beats retained retains clinched clinches elected
    reelected""".split()
)
# a winner's verb with the loser after it ('defeating incumbent Victor Pryce')
BEATING_WORDS = frozenset(
    """defeated defeating defeat defeats beat beating beats beaten ousted ousting unseated
    unseating outpolled outsprinted outsprinting outpointed edged edging overcame
    overcoming thrashed thrashing""".split()
)
# what a loser does ('lost', 'conceded')
LOSING_WORDS = frozenset("lost loses losing conceded concedes conceding".split())
# a place below the top ('took silver', 'finished second')
LOWER_PLACES = frozenset("silver bronze second third fourth fifth runner runners".split())
_PLACING_VERBS = frozenset(
    "took take takes taking won win wins finished finishes finishing came claimed".split()
)
_PASSIVE = frozenset("was were is are been being".split())
_SKIPPED = frozenset("has have had was were is re narrowly eventually".split())
# words between a name and how it placed ('Ibarra, who had finished third')
_BEFORE_PLACING = frozenset("who has have had only eventually instead".split())
# words between a beating verb and the name it beats ('beating Labour Front candidate
# Tobias Wren', 'defeating former central bank governor Ilse Varga')
_BESIDE = 6
# what was won ends at its means, margin, rival or time ('won the Carriston Prize with
# Low Water', 'by 1,204 votes', 'ahead of', 'on Saturday')
_CONTEST_ENDS = frozenset(
    """with by ahead after before on against defeating beating over despite thanks
    and""".split()
)
_REPEATS = frozenset("first second third fourth fifth time year years row straight".split())
# 'the top award went to X', 'was awarded to X', 'handed to X'
_GIVEN = frozenset("went goes go awarded given handed".split())
_ELECTED = frozenset("elected reelected".split())
_LOST = frozenset("lost loses lose".split())


def claimed_winner(
    tokens: Sequence[Token], groups: Sequence[tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The name the claim has win: a name right before a winning verb."""
    for group in groups:
        ends = [i for i, t in enumerate(tokens) if t.term == group[-1]]
        if not ends:
            continue
        after = [t for t in tokens[ends[0] + 1 :] if t.word not in _SKIPPED]
        # ('Kilmarran's women's crew won': the name's crew or team wins for it)
        while len(after) > 1 and after[0].word in _SIDES and not _wins(after):
            after = after[1:]
        if not _wins(after):
            continue
        if len(after) > 1 and after[1].word in LOWER_PLACES:
            return None  # 'won silver' is no win
        return group
    return None


# what competes for a name: 'Kilmarran's women's crew', 'Brazil's under-20 side'
_SIDES = frozenset(
    """women men women's men's boys girls crew crews team side squad eight four pair boat
    yacht car horse club first second under-21 under-20 under-19 under-18 youth""".split()
)


def _wins(after: Sequence[Token]) -> bool:
    """The words after a name open with its win: a winning verb, or 'named' for an award
    ('was named best director', 'named player of the year'), not for a post or a role."""
    if not after:
        return False
    if after[0].word in WIN_WORDS:
        return True
    following = [t.word for t in after[1:7]]
    if after[0].word in _TAKING:  # 'took the Northern Circuit title', 'lifted the cup'
        held = list(dropwhile(lambda w: w not in PRIZES, following))
        ends = [w for w in following[: len(following) - len(held)] if w in _CONTEST_ENDS]
        return bool(held) and not ends
    return after[0].word == "named" and (
        any(word in _AWARDED for word in following[:1]) or "of the year" in " ".join(following)
    )


_TAKING = frozenset("took takes take taking lifted lifts claimed claims secured".split())
PRIZES = frozenset("title crown trophy cup championship".split())
_DESCRIBED = 3  # lower-case words that may say what a name is, before it
_AWARDED = frozenset("best winner champion".split())  # 'named best director'


def claimed_loss(
    tokens: Sequence[Token], groups: Sequence[tuple[str, ...]]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The loser and the winner of a claim told from the losing side ('Harlton lost the
    final to Carrick Bay'): a name right before a losing verb (or the claim's first name,
    with the verb after its 'but': 'Holm took the first game but lost the match to
    Tan'), and the first name after its 'to'. None for any other claim."""
    for number, group in enumerate(groups):
        ends = [i for i, t in enumerate(tokens) if t.term == group[-1]]
        if not ends:
            continue
        start = ends[0] + 1
        while start < len(tokens) and tokens[start].word in _SKIPPED:
            start += 1
        if start >= len(tokens) or tokens[start].word not in _LOST:
            if number:
                continue
            start = next(
                (
                    i
                    for i in range(start, len(tokens))
                    if tokens[i].word in _LOST and tokens[i - 1].word in ("but", "and", "then")
                ),
                len(tokens),
            )
            if start >= len(tokens):
                continue
        rest = tokens[start + 1 :]
        to = next((i for i, t in enumerate(rest) if t.word == "to"), None)
        if to is None:
            return group, ()  # 'Vortex Nine lost the grand final 3-1': to whoever beat them
        after = rest[to + 1 :]
        for other in groups:
            if other != group and after and any(t.term == other[0] for t in after[:2]):
                return group, other
        return None
    return None


def beaten_by(tokens: Sequence[Token], loser: tuple[str, ...], winner: tuple[str, ...]) -> bool:
    """The sentence has the winner beat the loser ('Carrick Bay held off a late fightback
    to beat Harlton 27-24'): a winning verb with the winner's name before it and the
    loser's after it. With no winner named ('Vortex Nine lost the final'), any name
    before it beats them."""
    for index, token in enumerate(tokens):
        if token.word not in WIN_WORDS | BEATING_WORDS:
            continue
        before = {t.term for t in tokens[:index]}
        after = {t.term for t in tokens[index + 1 : index + 1 + _BESIDE]}
        if (
            winner
            and token.word in WIN_WORDS
            and winner[-1] in before
            and loser[-1] in {t.term for t in tokens[index + 1 :]}
            and loser[-1] not in before
        ):
            return True  # 'Harlan won the by-election ...; Ana Ruiz received 11,980'
        if loser[-1] not in after or loser[-1] in before:
            continue
        if winner and winner[-1] in before:
            return True
        if not winner and any(
            t.kind == "entity" or (t.kind == "word" and t.capitalised) for t in tokens[:index]
        ):
            return True
    return False


def contest_parts(
    tokens: Sequence[Token], winner: tuple[str, ...]
) -> tuple[frozenset[str], frozenset[str]]:
    """What the claim's winner won, as the award ('the Golden Heron for best film') and
    where it was given ('at the St. Aubrin festival'), each as its words."""
    ends = [i for i, t in enumerate(tokens) if t.term == winner[-1]]
    if not ends:
        return frozenset(), frozenset()
    after = [t for t in tokens[ends[0] + 1 :] if t.word not in _SKIPPED]
    if not _wins(after):
        return frozenset(), frozenset()
    won: set[str] = set()
    setting: set[str] = set()
    where = False  # past the 'at' that says where it was won
    for index, token in enumerate(after[1:], 1):
        if token.word in _CONTEST_ENDS and not (
            token.word == "by" and _word_at(after, index + 1) == "election"
        ):
            break  # (a 'by-election' is what was won)
        if token.word == "for" and any(t.word in _REPEATS for t in after[index + 1 : index + 3]):
            break  # 'for the third year in a row'
        if token.kind == "number" and not won and index == 1:
            return frozenset(), frozenset()  # 'won 14 seats'
        if token.word == "at" and won:
            where = True
        if token.kind != "stop":
            (setting if where else won).add(token.term)
    return frozenset(won), frozenset(setting)


def won_by_another(
    tokens: Sequence[Token], text: str, won: frozenset[str], winner: tuple[str, ...]
) -> str | None:
    """The name a sentence gives what the claim's winner won to, when it is another
    ('The Halden Prize for fiction went to Priya Nandakumar', 'Hedda Vorn has won this
    year's Carriston Prize', 'Danel Fross was named best actor'): one contest has one
    winner. None when the sentence does not tell all of the contest, or tells the
    claim's winner winning it."""
    if not won or not won <= {t.term for t in tokens}:
        return None
    others: list[str] = []
    for index in range(len(tokens)):
        run = _winner_at(tokens, index, text, won)
        if run is None:
            continue
        if {t.term for t in run} & set(winner):
            return None  # the claim's winner wins it here (perhaps beside another)
        others.append(text[run[0].start : run[-1].end])
    return others[0] if others else None


def _winner_at(
    tokens: Sequence[Token], index: int, text: str, won: frozenset[str]
) -> list[Token] | None:
    """The name a winning word at ``tokens[index]`` has win, if it is a name."""
    word = tokens[index].word
    before = index - 1
    while before >= 0 and tokens[before].word in _SKIPPED:
        before -= 1
    passive = any(t.word in _PASSIVE for t in tokens[before + 1 : index])
    if word in _GIVEN and index + 1 < len(tokens) and tokens[index + 1].word == "to":
        return _name_run(tokens, index + 2, text)  # 'went to Priya Nandakumar'
    if word in _ELECTED and not passive:
        return _name_run(tokens, index + 1, text)  # 'voters re-elected President Dastanic'
    if word in BEATING_WORDS and passive:
        by = index + 1
        return _name_run(tokens, by + 1, text) if _word_at(tokens, by) == "by" else None
    named = word == "named" and passive and won & {t.term for t in tokens[index + 1 : index + 4]}
    if word in WIN_WORDS or word in ("took", "takes", "take") or named:
        if word in ("took", "takes", "take") and not won & {
            t.term for t in tokens[index + 1 : index + 4]
        }:
            return None  # 'took the jury prize' is not what the claim's winner won
        return _name_before(tokens, before, text)
    return None


def _word_at(tokens: Sequence[Token], index: int) -> str | None:
    return tokens[index].word if 0 <= index < len(tokens) else None


def _name_run(tokens: Sequence[Token], start: int, text: str) -> list[Token] | None:
    """The name that opens at ``tokens[start]`` (after 'the' or a title's lower-case
    words), capitalised words with only spaces or '&' between."""
    while start < len(tokens) and tokens[start].word in ("the", "a"):
        start += 1
    # what the name is ('the rapper Kimi Sola', 'first-time novelist Ada Brun', 'the
    # defending champion, Katie Lowe')
    described = start
    while (
        described < min(len(tokens), start + _DESCRIBED)
        and not _is_name_word(tokens[described])
        and tokens[described].kind == "word"
        and text[tokens[described].end : tokens[described].end + 1] in (" ", "-", ",")
    ):
        described += 1
    if described < len(tokens) and _is_name_word(tokens[described]):
        start = described
    if start >= len(tokens) or not _is_name_word(tokens[start]):
        return None
    end = start
    while end + 1 < len(tokens) and _one_name(tokens[end], tokens[end + 1], text):
        end += 1
    return list(tokens[start : end + 1])


def _name_before(tokens: Sequence[Token], end: int, text: str) -> list[Token] | None:
    """The name that ends at ``tokens[end]``."""
    if end < 0 or not _is_name_word(tokens[end]):
        return None
    start = end
    while start > 0 and _one_name(tokens[start - 1], tokens[start], text):
        start -= 1
    run = list(tokens[start : end + 1])
    if start == 0 and len(run) == 1 and run[0].kind != "entity":
        return None  # a word capitalised only because it opens the sentence
    return run


def _is_name_word(token: Token) -> bool:
    return token.capitalised or token.kind == "entity"


def _one_name(left: Token, right: Token, text: str) -> bool:
    """Two name words with only spaces or '&' between: one name ('Marsh & Crane')."""
    return (
        _is_name_word(left)
        and _is_name_word(right)
        and not text[left.end : right.start].strip(" &")
    )


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
    after = list(dropwhile(lambda t: t.word in _BEFORE_PLACING, after))
    if not after:
        return False
    first = after[0]
    if first.word in LOSING_WORDS:
        return True
    if first.word in _PASSIVE and len(after) > 1 and after[1].word in BEATING_WORDS:
        return True  # 'Pryce was defeated'
    return (
        (first.word in _PLACING_VERBS or first.word in _PASSIVE)
        and len(after) > 1
        and after[1].word in LOWER_PLACES
    )  # 'took silver', 'was second'


def _beaten_before(tokens: Sequence[Token], start: int, text: str) -> bool:
    """A beating verb right before the name, across a few words of its description and
    no comma ('beat top seed Kira Dovic'); 'defeated by X' has X win."""
    for back in range(start - 1, max(-1, start - 2 - _BESIDE), -1):
        token = tokens[back]
        if "," in text[token.end : tokens[back + 1].start]:
            return False
        if token.word in BEATING_WORDS:
            return not (back > 0 and tokens[back - 1].word in _PASSIVE)
        if token.word in ("by", "and", "but", "then"):
            return False  # 'defeated by X', 'beat Lena Marsh and Otto Brenn'
    # (capitalised words between are the name's description: 'Labour Front candidate')
    return False
