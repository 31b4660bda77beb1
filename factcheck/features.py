"""What a claim is made of: its terms and their weight, names, values, negation, topic.

A claim such as "Deputy PM Son said the trip was a success" has a *frame* (who
says it) and *content* (what is said). Sources are judged on the content; the
frame is the attribution check's business, so its words weigh little here.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.dates import anchored
from factcheck.lexicon import stems
from factcheck.model import Claim
from factcheck.normalise import normalise
from factcheck.terms import REPORTING, AliasTable, Token, stem, tokenize
from factcheck.thresholds import THRESHOLDS as T
from factcheck.values import Place, Values, extract_values, find_places, negated_terms

# Titles are not names: "President" names nobody in particular. Kept as stems.
TITLE_WORDS = frozenset(
    stem(word)
    for word in """president vice minister prime deputy secretary general state chairman
    chairwoman foreign trade defence defense finance ambassador senator governor mayor king
    queen mr mrs ms dr premier chancellor envoy spokesman spokeswoman spokesperson official
    head director chief party""".split()
)
# Words of a role that stands before a name ('Halberg chief executive Matthias Ekholm',
# 'Detective Inspector Aldane'): they say who the person is, not what the claim says. A
# run of them counts only with a noun for a person in it ('General Debate' is no role).
ROLE_NOUNS = frozenset(
    stem(word)
    for word in """president minister secretary chairman chairwoman chair ambassador senator
    governor mayor chancellor envoy spokesman spokeswoman spokesperson director executive
    officer manager inspector detective captain coach leader founder editor professor judge
    commissioner superintendent constable sergeant analyst economist premier chief head
    official""".split()
)
ROLE_WORDS = ROLE_NOUNS | TITLE_WORDS
_FRAME = re.compile(
    # the speaker before the verb is a noun phrase, not a clause: 'Kaupa stopped selling
    # it before Halberg announced the recall' is no frame
    r"^(?P<frame>(?:(?:(?!\b(?:before|after|when|while|because|since|until|if|once|as)\b)"
    # ... perhaps with a name in apposition ("Chivay's mayor, Eusebio Mamani, said")
    r"(?:[^,.;:]|,\s+(?-i:[A-Z])[^,.;:]{0,40},\s+)){0,90}?)"
    r"\b(?:said|says|stressed|told\s+\w+|noted|added|stated|"
    # ... not as a passive: 'Karl Benn was warned about cracks', 'was admitted to hospital'
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?:warned|admitted|conceded)\b|"
    # a finding or a view with its 'that': 'The inquiry found that ...'
    r"(?:found|concluded|ruled|believes|believed|argued|argues|estimated|showed|shows)"
    r"(?=\s+that\b)|"
    r"affirmed|emphasi[sz]ed|underlined|highlighted|announced|insisted|asserted|described"
    # 'Prideaux called the raid a wake-up call': a characterisation is said, too ('called
    # for calm', 'called a strike' are not)
    r"|(?:called|branded|dubbed|labell?ed)(?=\s+(?:the|it|this|that|his|her|their|its)\b))"
    r"(?:\s+that)?):?\s+\S",  # 'Hartmann said: "..."' too
    re.I,
)
_ACCORDING = re.compile(r"^(?P<frame>according\s+to\s+[^,]{1,80}),", re.I)

FACTORS = {
    "entity": T.entity_factor,
    "proper": T.proper_factor,
    "ordinal": T.ordinal_factor,
    "word": T.word_factor,
}


@dataclass(frozen=True)
class Features:
    claim: Claim
    tokens: tuple[Token, ...]
    factors: dict[str, float]  # term -> weight factor before rarity is applied
    frame_terms: frozenset[str]
    name_groups: tuple[tuple[str, ...], ...]  # each names one person, place or thing
    values: Values
    negated: frozenset[str]
    topic_terms: frozenset[str]
    topic_groups: tuple[tuple[str, ...], ...]
    topic_nouns: frozenset[str] = frozenset()  # 'Colca valley *earthquake*': 'the earthquake'
    places: tuple[Place, ...] = ()
    speakers: tuple[tuple[str, ...], ...] = ()  # names in the frame: who says it
    role_terms: frozenset[str] = frozenset()  # 'chief executive' before a name

    @property
    def content_terms(self) -> set[str]:
        return set(self.factors) - self.frame_terms


def claim_features(claim: Claim, aliases: AliasTable) -> Features:
    text = claim.text
    tokens = tokenize(text, aliases)
    frame_end = _frame_end(text)
    factors: dict[str, float] = {}
    frame_terms: set[str] = set()
    named = _names_given(claim, aliases)
    roles = _roles_before_names(tokens, named)
    for index, token in enumerate(tokens):
        if token.kind not in ("entity", "word", "ordinal"):
            continue
        kind = token.kind
        if kind == "word" and _is_proper(tokens, index, named):
            kind = "proper"
        factor = FACTORS[kind]
        if token.kind == "word" and token.word in REPORTING:
            factor = T.reporting_factor
        elif token.kind == "word" and token.term in stems("light"):
            factor = T.light_factor
        if token.end <= frame_end:
            frame_terms.add(token.term)
            factor *= T.frame_factor
        elif token.end <= claim.context:
            factor *= T.frame_factor  # context: whom the fact is about, not the fact
        factors[token.term] = max(factors.get(token.term, 0.0), factor)
    # A term used both in the frame and in the content is content.
    content = {t.term for t in tokens if t.start >= frame_end}
    frame_terms -= content
    peoples = aliases.demonyms
    groups = _name_groups([t for t in tokens if t.start >= frame_end], peoples=peoples)
    speakers = _name_groups(_speaker_tokens(tokens, frame_end), peoples=peoples, named=named)
    topic_tokens = tokenize(claim.topic, aliases) if claim.topic else []
    topic_terms = frozenset(t.term for t in topic_tokens if t.kind in ("entity", "word", "ordinal"))
    topic_groups = _name_groups(topic_tokens, topic=True, peoples=peoples)
    return Features(
        claim=claim,
        tokens=tuple(tokens),
        factors=factors,
        frame_terms=frozenset(frame_terms),
        name_groups=tuple(groups),
        values=_values(text, claim.context, claim.as_of),
        negated=frozenset(negated_terms(tokens, text)),
        topic_terms=topic_terms,
        topic_groups=tuple(topic_groups),
        topic_nouns=_nouns_after_names(topic_tokens, topic_groups),
        speakers=tuple(speakers),
        role_terms=frozenset(tokens[i].term for i in roles) - _content_elsewhere(tokens, roles),
        places=tuple(
            p
            for p in find_places([t for t in tokens if t.start >= frame_end], text)
            if not p.terms <= topic_terms
        ),
    )


def _speaker_tokens(tokens: Sequence[Token], frame_end: int) -> list[Token]:
    """The frame's tokens that can name its speaker: not those of a relative clause
    describing them ('A 72-year-old rider who finished the St Bride's Hospice ride said':
    the hospice is no speaker)."""
    kept: list[Token] = []
    for token in tokens:
        if token.end > frame_end or token.word in ("who", "which", "whose"):
            break
        kept.append(token)
    return kept


def _nouns_after_names(tokens: list[Token], groups: list[tuple[str, ...]]) -> frozenset[str]:
    """The common nouns a name qualifies ('the TICKGUARD *trial*', 'Colca *valley
    earthquake*'): 'the trial' in a document that names TICKGUARD is that trial."""
    nouns: set[str] = set()
    for index, token in enumerate(tokens):
        if not any(g[-1] == token.term for g in groups):
            continue
        for after in tokens[index + 1 : index + 3]:
            if after.kind != "word" or after.capitalised:
                break
            nouns.add(after.term)
    return frozenset(nouns)


def _values(text: str, context: int, as_of: dt.date | None = None) -> Values:
    """The claim's counts and dates; a date or count in its context only places the
    fact ('was in New York from 22 to 25 September to attend … the Summit'): a
    document that tells the fact need not repeat it. With ``as_of``, dates written
    relative to a day mean the days they mean from it."""
    values = extract_values(normalise(text), text)
    if as_of is not None:
        values = Values(values.quantities, tuple(anchored(d, as_of) for d in values.dates))
    if not context:
        return values
    return Values(
        quantities=tuple(q for q in values.quantities if q.start >= context),
        dates=tuple(d for d in values.dates if d.start >= context),
    )


def _content_elsewhere(tokens: list[Token], roles: set[int]) -> set[str]:
    """Terms of role words the claim also uses as content elsewhere."""
    return {t.term for i, t in enumerate(tokens) if i not in roles and t.kind == "word"}


def _roles_before_names(tokens: list[Token], named: frozenset[str]) -> set[int]:
    """Indices of role words right before a name: 'chief executive' in 'Halberg chief
    executive Matthias Ekholm resigned'."""
    roles: set[int] = set()
    for index, token in enumerate(tokens):
        if token.kind != "entity" and not (
            token.kind == "word" and _is_proper(tokens, index, named)
        ):
            continue
        back = index - 1
        run: list[int] = []
        while back >= 0 and tokens[back].kind == "word" and tokens[back].term in ROLE_WORDS:
            run.append(back)
            back -= 1
        if any(tokens[i].term in ROLE_NOUNS for i in run):
            roles.update(run)
    return roles


def _names_given(claim: Claim, aliases: AliasTable) -> frozenset[str]:
    """The capitalised words of the claim's topic and of its quoted speakers: the
    registry's own word that they are names."""
    texts = [claim.topic or "", *(a.speaker or "" for a in claim.attributions)]
    return frozenset(
        t.term for text in texts if text for t in tokenize(text, aliases) if t.capitalised
    )


def _frame_end(text: str) -> int:
    """Where the 'X said (that)' or 'According to X,' frame of a claim ends (0: none)."""
    for pattern in (_ACCORDING, _FRAME):
        match = pattern.match(text)
        frame = match.group("frame") if match else ""
        if match and (any(c.isupper() for c in frame) or re.search(r"\b(?:he|she|they)\b", frame)):
            return match.end("frame")  # 'Đặng said' names someone as much as 'Dang said'
    return 0


def _is_proper(tokens: list[Token], index: int, named: frozenset[str] = frozenset()) -> bool:
    """Capitalised in running text; at the start only when a name follows (``Amelia
    Okafor``) or the claim's own topic or speaker has the word as a name (``named``:
    'Schmidt said ...' of Omar Schmidt, where 'Police said ...' names no one)."""
    token = tokens[index]
    if not token.capitalised:
        return False
    if (index > 0 and token.start > 0) or token.term in named:
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.capitalised and following.kind != "stop"


def _demonym(tokens: list[Token], index: int) -> bool:
    """'American servicemen', 'Vietnamese community': a nationality adjective before a
    common noun describes, it does not name anyone who must be in the passage."""
    token = tokens[index]
    previous = tokens[index - 1] if index > 0 else None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        token.word.endswith(("an", "ese", "ish", "ian"))
        and (previous is None or not previous.capitalised)  # 'Tam Trần met' is a name
        and following is not None
        and following.kind == "word"
        and not following.capitalised
    )


def _name_groups(
    tokens: list[Token],
    *,
    topic: bool = False,
    peoples: frozenset[tuple[str, ...]] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> list[tuple[str, ...]]:
    """Runs of capitalised words and entities (titles aside), and naming ordinals. A
    people's name read as its place (``peoples``: 'Velmoran' for Velmora) before a
    common noun describes, as any demonym does."""
    groups: list[tuple[str, ...]] = []
    run: list[str] = []
    for index, token in enumerate(tokens):
        is_name = (
            token.kind == "entity" and not ((token.word,) in peoples and _demonym(tokens, index))
        ) or (
            token.kind == "word"
            and (token.capitalised if topic else _is_proper(tokens, index, named))
            and token.term not in TITLE_WORDS
            # ('Trần said' is no 'American servicemen': the registry names Hoa Trần)
            and (token.term in named or not _demonym(tokens, index))
        )
        if token.kind == "ordinal":
            groups.append((token.term,))
        if is_name:
            if token.kind == "entity" and run:
                groups.append(tuple(run))
                run = []
            run.append(token.term)
            if token.kind == "entity":
                groups.append(tuple(run))
                run = []
        elif run:
            groups.append(tuple(run))
            run = []
    if run:
        groups.append(tuple(run))
    return groups


def unread_figures(features: Features) -> list[str]:
    """Figures of the claim that no value reads ('34-32', '0.62', '8am', 'by half'): a
    passage supports the claim only if it writes them the same way."""
    values = features.values
    # A count with no unit ('0.62 of the electorate') is read but compared with nothing.
    spans = [(q.start, q.end) for q in values.quantities if q.unit is not None]
    spans += [(d.start, d.end) for d in values.dates]
    text = features.claim.text
    context = features.claim.context  # the words before ' … ' only set the scene
    found: list[str] = []
    previous = ""
    starts = sorted(spans)
    reach = list(itertools.accumulate((end for _, end in starts), max))  # furthest end so far
    for token in features.tokens:
        spanned = bisect.bisect_right(starts, (token.start, float("inf")))
        covered = token.start < context or (spanned > 0 and reach[spanned - 1] > token.start)
        if not covered and token.kind == "number" and any(ch.isdigit() for ch in token.word):
            start = token.start  # 'SR418', 'V-190': the letters written onto it go with it
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                start -= 1
            chunk = _FIGURE_CHUNK.match(text, start)
            figure = chunk.group(0).rstrip(".,:;-") if chunk else token.word
            tally = _TALLY_BEFORE.search(text, 0, start)
            if tally is not None and figure.isdigit():
                figure = f"{tally.group(1)}-{figure}"  # 'by 88 votes to 16' is the tally 88-16
            found.append(figure)
        elif not covered and token.word == "half" and previous in _BEFORE_A_SHARE:
            found.append(text[token.start : token.end])  # 'rose by half'
        previous = token.word
    return list(dict.fromkeys(found))


_FIGURE_CHUNK = re.compile(r"[\w.,:/-]+")  # a figure with what is written onto it: '8am'
_TALLY_BEFORE = re.compile(r"(?<![\w.,])(\d{1,3})(?:\s+[a-z]+)?\s+to\s+$")  # '88 votes to '
_BEFORE_A_SHARE = frozenset("by to than about nearly almost over under around roughly some".split())
