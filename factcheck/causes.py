"""What a claim gives as the cause of what happened, and whether a document says so.

'Loxley were relegated because they lost six players' says two things: the relegation
and why. A document that tells both side by side ('were relegated on Saturday ... The
club lost six players last summer') states the first, not the second. One that gives
the same event another reason ('will close the mill as part of a plan to concentrate
production') characterises it differently. These functions split a claim at its
cause and read a passage for the link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.terms import AliasTable, tokenize

# 'due to start', 'due to be': a schedule, not a cause
_SCHEDULED = tuple(
    """be start begin resume end finish close open reopen shut take arrive launch return
    meet sit complete run report hear rule retire expire leave come go stand deliver
    publish announce vote decide make hold face appear enter join pay receive carry sail
    fly play host visit travel speak give sign""".split()
)
# 'because (of)', 'due to', 'caused by': what follows is the cause of what went before;
# 'so that', 'in order to', 'to save money': the purpose it was done for, a reason too
_CAUSE_SPLIT = re.compile(
    r"\s*,?\s*\b(?:because(?P<of>\s+of)?|(?P<noun>due\s+to|owing\s+to|as\s+a\s+result\s+of|"
    r"(?:was|were|is|are|had\s+been|has\s+been)\s+caused\s+by)|so\s+that|in\s+order\s+to|"
    r"(?P<purpose>to)(?=\s+(?:save|cut|reduce)\s+(?:money|costs?|spending)\b))\s+(?!(?:"
    + "|".join(_SCHEDULED)
    + r")\b)",
    re.I,
)
# words in a passage that tie what happened to why: the cause follows them ...
_LINK = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|caused\s+by|blamed\s+on|"
    r"blamed|after|following|amid|as|since|over|citing|attributed|result\s+of|"
    r"brought\s+on\s+by|so\s+that|in\s+order\s+to|to(?=\s+(?:save|cut|reduce)\b))\b",
    re.I,
)
# ... or goes before them ('A cyberattack has disrupted systems, forcing staff to ...')
_LINK_BACK = re.compile(
    r"\b(?:forcing|forced|led\s+to|leading\s+to|prompted|prompting|caused|causing|"
    r"resulted\s+in|meant)\b",
    re.I,
)
# a reason a document gives for what happened, whatever it is ('as part of a plan to',
# 'the closure would allow', 'described the move as a precaution')
_REASON = re.compile(
    r"\b(?:because|due\s+to(?!\s+(?:"
    + "|".join(_SCHEDULED)
    + r")\b)|owing\s+to|as\s+a\s+result\s+of|caused\s+by|blamed|"
    r"attributed|as\s+part\s+of|in\s+order\s+to|so\s+that|as\s+a\s+precaution|citing|"
    r"(?:would|will|to)\s+['‘\"“]?(?:allow|give|let|enable|help|ensure|protect|improve|"
    r"free\s+up)|"
    r"to\s+(?:focus|concentrate)|"
    r"described\b[^.;]{0,80}\bas|as\s+(?:it|they|the\s+\w+)\s+(?:switches|moves|shifts|"
    r"focuses|prepares|seeks|tries))\b",
    re.I,
)
# a verb whose 'to' is its object, not a purpose ('plans to cut costs')
_WANTING = re.compile(
    r"\b(?:wants?|wanted|plans?|planned|aims?|aimed|hopes?|hoped|needs?|needed|seeks?|"
    r"sought|tries|tried|decided?|agreed?|expects?|expected|promised?|vowed?|"
    r"pledged?|intends?|intended|has|have|had|is|are|was|were|going|ought|used|able|"
    r"set|due|likely|bid|moves?|moved|efforts?|push)\s*$",
    re.I,
)
_QUOTE_MARKS = '"“”«»'
LINKED_SHARE = 0.5  # of the cause's words that must follow a linking word


@dataclass(frozen=True)
class Cause:
    """A claim split at its cause: what happened, and why."""

    effect: str
    cause: str
    terms: frozenset[str]  # the cause's own words, as matched
    # a cause told as a thing ('because of the fire', 'due to a wrist injury'), which a
    # story about that thing tells without a linking word, or as a clause of its own
    # ('because they lost six players'), which only a link ties to the event
    thing: bool


def split_cause(text: str, aliases: AliasTable) -> Cause | None:
    """The claim's effect and cause ('Pivotware cut 1,200 jobs' / 'falling sales'), or
    None for a claim that gives no cause."""
    match = _CAUSE_SPLIT.search(text)
    if match is None or match.start() == 0:
        return None
    if sum(text[: match.start()].count(mark) for mark in _QUOTE_MARKS) % 2:
        return None  # the cause is in someone's quoted words, which are theirs to give
    if match.group("purpose") and _WANTING.search(text, 0, match.start()):
        return None  # 'Ministers want to cut costs': what they want, not why
    effect = text[: match.start()].rstrip(" ,") + "."
    cause = text[match.end() :].rstrip(". ")
    terms = frozenset(t.term for t in tokenize(cause, aliases) if t.kind in ("word", "entity"))
    if not terms:
        return None
    thing = bool(match.group("of") or match.group("noun"))
    return Cause(effect, cause, terms, thing)


def cause_linked(sentence: str, cause: Cause, aliases: AliasTable) -> bool:
    """The sentence ties something to the claim's cause: most of the cause's words after
    a linking word ('halted on Monday as gale-force winds battered the coast')."""
    needed = LINKED_SHARE * len(cause.terms)
    for link in _LINK.finditer(sentence):
        after = {t.term for t in tokenize(sentence[link.end() :], aliases)}
        if len(cause.terms & after) >= needed:
            return True
    for link in _LINK_BACK.finditer(sentence):
        before = {t.term for t in tokenize(sentence[: link.start()], aliases)}
        if len(cause.terms & before) >= needed:
            return True
    return False


def gives_a_reason(sentence: str) -> bool:
    """The sentence says why something happened, in any terms."""
    return bool(_REASON.search(sentence))
