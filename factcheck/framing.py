"""Framing: the words that set a differing source's account apart from the claim's."""

from __future__ import annotations

from dataclasses import replace

from factcheck.model import StanceResult
from factcheck.normalise import normalise
from factcheck.terms import REPORTING, AliasTable, Token, tokenize
from factcheck.values import extract_values

DISTINCT_TERMS = 8


def with_distinct_terms(
    stances: list[StanceResult], claim_terms: set[str], aliases: AliasTable
) -> list[StanceResult]:
    """For each differing source: the words of its account that neither the claim nor
    the supporting evidence uses, in the order written ("joint statement", "trade")."""
    if not any(s.stance == "differs" for s in stances):
        return stances
    shared = set(claim_terms)
    for stance in stances:
        if stance.stance == "supports" and stance.evidence is not None:
            shared |= {t.term for t in tokenize(stance.evidence.text, aliases)}
    updated: list[StanceResult] = []
    for stance in stances:
        if stance.stance != "differs" or stance.evidence is None:
            updated.append(stance)
            continue
        text = stance.evidence.text
        tokens = [t for t in _telling_tokens(text, aliases) if t.term not in shared]
        terms = phrases(tokens, text)[:DISTINCT_TERMS]
        updated.append(replace(stance, distinct_terms=tuple(terms)))
    return updated


def _telling_tokens(text: str, aliases: AliasTable) -> list[Token]:
    """Content words that carry an account's framing: not names, values ('last year'),
    verb forms ('picked', 'looking') or short function-like words."""
    values = extract_values(normalise(text), text)
    taken = [(q.start, q.end) for q in values.quantities] + [(d.start, d.end) for d in values.dates]
    return [
        t
        for t in tokenize(text, aliases)
        if t.kind == "word"
        and not t.capitalised  # names and places are not framing
        and t.word not in REPORTING
        and len(t.word) >= 4
        and not t.word.endswith(("ed", "ing", "ly"))
        and not any(s <= t.start < e for s, e in taken)
    ]


def phrases(tokens: list[Token], text: str) -> list[str]:
    """Adjacent distinct words read better as one phrase ("joint statement")."""
    found: list[str] = []
    previous_end = -10
    for token in tokens:
        surface = text[token.start : token.end]
        if (
            found
            and token.start - previous_end <= 1
            and not text[previous_end : token.start].strip()
        ):
            found[-1] += " " + surface
        elif surface.lower() not in (p.lower() for p in found):
            found.append(surface)
        previous_end = token.end
    return found
