"""How one document stands on one claim: find the evidence, compare values, decide.

For every document the index offers candidate sentences; each is widened to a
window of up to four sentences of its paragraph (news copy names people in one
sentence and gives the figures in the next), and the best window is judged:

- supports: the claim's names are there, most of its content (weighted by rarity),
  and every specific value (count, date) is stated and agrees;
- contradicts: the window is plainly about the same thing but a value for the
  same thing disagrees, or the window negates what the claim asserts;
- differs: the claim has a topic, the document reports that topic, and what the
  claim says about it is mostly characterisation the document does not share;
- silent: anything else, including a document that has the topic but not the
  specific value the claim is about.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import dropwhile, pairwise, takewhile
from math import fsum
from typing import cast

from factcheck import rules
from factcheck.attribution import (
    find_quotes,
    name_can_act,
    names_a_person,
    same_person,
    speaker_of,
)
from factcheck.causes import Cause, cause_linked, gives_a_reason, split_cause
from factcheck.comparisons import COMPARATIVES, claimed_comparison, told_as_expected
from factcheck.contests import (
    PRIZES,
    WIN_WORDS,
    beaten_by,
    claimed_loss,
    claimed_winner,
    contest_parts,
    loses_in,
    won_by_another,
)
from factcheck.dates import MONTH_NAMES, WEEKDAYS, DateMention
from factcheck.features import TITLE_WORDS, Features, claim_features, unread_figures
from factcheck.index import Corpus, PassageInfo, is_given_name
from factcheck.lexicon import (
    converses,
    counterparts,
    opposite_terms,
    phrases,
    stems,
    synonyms,
    words,
)
from factcheck.model import (
    AlikeFields,
    Claim,
    Evidence,
    Stance,
    StanceResult,
    passageless,
)
from factcheck.names import numbered_names
from factcheck.normalise import fold
from factcheck.qualifiers import (
    CLAUSE_BREAK,
    ORDINALS,
    RUN_WORDS,
    Ranking,
    outranked,
    places_in_order,
    rankings,
    runs,
    times,
    unmatched_ranking,
)
from factcheck.terms import (
    ORDINAL,
    REPORTING,
    AliasTable,
    Token,
    ending_by,
    stem,
    term_bigrams,
    tokenize,
    tokens_after,
    tokens_before,
)
from factcheck.thresholds import THRESHOLDS as T
from factcheck.value_notes import (
    CAPACITY_CLAIMED,
    EARLIER,
    FATES,
    HEDGED_CLAIM,
    ValueNotes,
    a_plain_count,
    change_marker,
    change_words,
    event_told,
    event_word,
    first_given,
    level_of,
    neighbours,
    part_of,
    ranks_since,
    relative_of,
    started_from,
    tells_a_fall,
    told_as_compared,
    told_as_difference,
)
from factcheck.values import (
    DETERMINERS,
    MAGNITUDE,
    ORDER_WORDS,
    SCORE,
    SHORT_CUES,
    SHORT_REACH,
    Place,
    Quantity,
    changes_between,
    compare,
    count_of,
    expected_spans,
    find_places,
    is_past_form,
    is_vague,
    kinded_names,
    kindred_units,
    negation_cue,
    undecided_terms,
)

NAME_HEADS = frozenset(
    """court institut ministri agenc council committe union govern parliament tribun
    commiss author board bank compani group foundat polic servic parti counti depart
    provinc municip univers hospit airport region""".split()
)  # 'the court', 'the institute': a name's head, used for the name
DEFINITE = frozenset({"the", "this", "that", "its"})  # 'the plant': one named before
# 'the previous earthquake', 'the other strike': not the one named
_A_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_ANOTHER_ONE = frozenset(
    "previous earlier last other former prior past next new second third latest".split()
)
COREFERENCE = frozenset(
    """he she they his her their him them leader official minist president secretari
    side delegation spokesman spokeswoman spokesperson envoy chairman premier govern
    countri""".split()
)
# words for the parties of an event together: 'the two sides', 'they', 'both countries'
_PARTIES_TOGETHER = frozenset({"they", "their", "them", "side", "delegation", "countri"})

Value = Quantity | DateMention

# Words that say how much of a whole a claim covers: a passage must say so too.
_TIMED_BY = frozenset({"after", "before", "since", "following", "until", "ahead"})
# What a court, a regulator or a board decides about a deed ('approved the extradition
# of'): the decision, not the deed
_DECISIONS = frozenset(
    """approved approves authorised authorized authorises authorizes ordered orders
    recommended recommends requested requests sought seeks backed backs endorsed endorses
    proposed proposes cleared clears blocked blocks rejected rejects""".split()
)
_DECISION_TERMS = frozenset(stem(word) for word in _DECISIONS)
_FIRST = stem("first")
_TOO_LITTLE = "enough of the claim's words"  # what a window lacks when nothing else is said
# Proportions that exclude each other: 'few residents returned' is not 'most did'
PROPORTION_OPPOSITES = {
    "most": frozenset({"few", "minority"}),
    "majority": frozenset({"few", "minority"}),
    "many": frozenset({"few"}),
    "few": frozenset({"most", "majority", "many"}),
    "minority": frozenset({"most", "majority"}),
}
# 'Most of the deaths', 'the majority of the homes': a share of a whole, which a passage
# must tell as one ('most', 'the bulk', 'nine in ten', '31 of the 41')
_SHARE_OF = re.compile(r"(?<!\bthe )\bmost of\b|\bmajority of\b", re.IGNORECASE)
_SHARE_WORDS = frozenset(
    "most majority bulk mostly mainly largely predominantly chiefly overwhelmingly all half"
    " almost nearly".split()
)
_OUT_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|these|those)\b|\d)", re.IGNORECASE)
QUANTIFIERS = frozenset(
    "all both every each entire whole unanimous unanimously sole solely always".split()
)
_DETERMINING = frozenset("all both every each entire whole".split())  # said of a noun after them
# a vote with some against: 'carried 6 votes to 2', 'voted 31-18', '34 in favour and 32
# against' (no unanimity)
_TALLY_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPLIT_VOTE = re.compile(
    rf"\b(?:(?:carried|passed|approved|adopted|rejected|voted|vote|votes|by)\s+(?:by\s+)?"
    rf"(?:a\s+majority\s+of\s+)?"
    rf"(?P<for>{_TALLY_WORD})(?:\s+votes?)?\s*(?:to|-|–)\s*(?P<against>{_TALLY_WORD})\b"
    rf"|(?P<for2>{_TALLY_WORD})\s+(?:votes\s+)?in\s+favour\s*(?:,|and|to|with)\s*"
    rf"(?P<against2>{_TALLY_WORD})\s+against)",
    re.I,
)
# 'both Lenz and Ortiz': a pair named, not a quantity claimed of a noun
_BOTH_AND = re.compile(r"\bboth\b[^,.;:]{1,60}?\band\b", re.I)
_QUANTIFIER_REACH = 2  # words after 'every' (and one before) that say what it counts
_FEW = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# A part of a count: 'the remaining 14 dates', 'another 30 homes'
_PART_BEFORE = re.compile(
    r"\b(?:remaining|other|another|further|additional|extra|more|first|last|next|final)\s+$",
    re.I,
)
_REPORTING_STEMS = frozenset(stem(w) for w in REPORTING) - {stem("announced")}
# A claim's event that is itself a saying: its day may be the day something was said.
_SAYING_EVENTS = _REPORTING_STEMS | frozenset(
    stem(w)
    for w in """reported published released issued confirmed revealed disclosed announced
    unveiled declared warned wrote""".split()
)
_PLACES_JOINED = re.compile(r"\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?", re.I)  # 'X and the Y'
_SPLIT_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s*", re.I)  # 'five children and two adults'
# the other one of a pair or a group, told apart ('the station's other reactor', 'his
# companion', 'the first reactor') ...
_THE_OTHER_ONE = re.compile(
    r"\b(?:the|its|his|her|their)\s+(?:[\w-]+'s\s+)?(?:other|first|second)\s+[a-z]+"
    r"|\b(?:his|her|their)\s+companions?\b",
    re.I,
)
# ... and spared what the others underwent ('kept running', 'was unhurt', 'is still')
_SPARED = re.compile(
    r"\b(?:not|no|never|unhurt|unharmed|uninjured|unscathed|kept|keeps|still|continued"
    r"|continues|remained|remains|escaped)\b",
    re.I,
)
# Some of them, not all: 'only two', 'most of its', 'part of the', '11 of its 14'
_SOME_OF_THEM = re.compile(
    rf"\bonly\s+(?:{_FEW}|some|a\s+few|part)\b"
    r"|\b(?:most|some|half|part|few)\s+of\s+(?:its|their|the|his|her|them)\b"
    rf"|(?<!every\s)(?<!each\s)\b{_FEW}\s+of\s+(?:its|their|the|his|her)\s+{_FEW}\b"
    # a split vote: 'by seven votes to two', 'by a 7-2 vote' (not 'to none')
    rf"|\bby\s+(?:a\s+)?{_FEW}\s*(?:votes?\s+)?(?:to\s|-)\s*(?!0\b|nil\b|none\b|zero\b){_FEW}\b",
    re.I,
)


@dataclass
class Window:
    """Sentences first..last of one paragraph around a core sentence; the others give
    context (who 'he' is), so they count in full only for names."""

    document: int
    first: int  # global passage ids, inclusive
    last: int
    terms: frozenset[str]
    core: frozenset[str]
    core_pid: int


@dataclass
class Judgement:
    stance: Stance
    score: float
    window: Window | None = None
    detail: str = ""
    highlights: list[tuple[int, int]] = field(default_factory=list)  # original offsets
    claimed: str = ""  # the claim's own value, when this document gives another
    rule: str = rules.SILENT.code
    lacking: tuple[str, ...] = ()  # for a silent document: what its nearest passage lacks
    explain: Callable[[], tuple[str, ...]] | None = None  # words ``lacking`` when wanted


@dataclass
class _ValueCheck:
    claim_value: Value
    status: str  # 'match' | 'conflict' | 'missing'
    found: Value | None
    found_start: int  # original offset of the found value
    found_end: int


class StanceJudge:
    """Judges one claim against every document of a corpus."""

    def __init__(self, features: Features, corpus: Corpus) -> None:
        self.f = features
        self.corpus = corpus
        light = stems("light")  # a light word weighs little even where no document has it
        # the word of a vague count ('hundreds', 'dozens') is the count's, told or denied
        # by a figure of its order ('about 300 homes'), not a word a passage must have
        self.order_terms = {
            t.term
            for q in features.values.orders
            for t in features.tokens
            if q.start <= t.start < q.end and t.word.rstrip("s") in ORDER_WORDS
        }
        self.weights = {
            t: factor * (min(corpus.idf(t), T.light_idf) if t in light else corpus.idf(t))
            for t, factor in features.factors.items()
        }
        # Sums over a dict follow the claim's word order; sums over a set use fsum, which
        # is exact whatever the order (a set's order changes with the hash seed).
        self.total = sum(self.weights.values()) or 1.0
        name_terms = set().union(*features.name_groups) if features.name_groups else set()
        self.name_terms = name_terms
        self.kinded = kinded_names(features.tokens, features.claim.text)  # 'port of Dunvar'
        self.kinded_terms = frozenset().union(*(k.told for k in self.kinded))
        # documents that name some of the claim's names, not enough to be judged
        self._partly_named: dict[int, list[tuple[str, ...]]] = {}
        self.content_words = {
            t
            for t in features.content_terms
            if t not in name_terms and t in self.weights and t not in features.role_terms
        }
        # What a passage must tell to state the claim: 'province' in 'Most of the deaths
        # were in Caylloma province' is part of the name, the deaths are the claim's
        stated = self.content_words - place_kind_terms(features.tokens, features.name_groups)
        # (a claim of where something is has only such words: they are then its point)
        self.content_order = tuple(sorted(stated or self.content_words))  # one order a run
        # words of change ('rose', 'fell'), which the levels of a figure may tell
        self.moves = frozenset(
            t for t in self.content_words - set(features.negated) if tells_a_fall({t}) is not None
        )
        self.content_total = sum(self.weights[t] for t in self.content_order) or 1.0
        self.light_content = frozenset(t for t in self.content_order if t in stems("light"))
        self.specific = features.values.specific
        # for each figure of the claim, its common words beside it and before it: what a
        # conflicting figure must be told by to be the same thing (_conflict_told_alike)
        common = {t.term for t in features.tokens if t.kind == "word" and not t.capitalised}
        told = (self.content_words & common) - self.light_content - _SPANS_OF_TIME
        items = _content_items(features.tokens, [(v.start, v.end) for v in self.specific])
        self.figure_words = [
            (
                _terms_beside(items, (v.start, v.end), T.value_context) & told,
                _terms_beside(items, (v.start, v.end), T.value_context, after=False) & told,
            )
            for v in self.specific
        ]
        # whose figure each is: the words before it, names too ('*Lindvik* made a profit
        # of 42 million'); without the names, what it is a figure of ('household gas
        # bills in Merlow will go up 9 percent')
        self.figure_owners = [
            _terms_beside(items, (v.start, v.end), T.subject_reach, after=False)
            for v in self.specific
        ]
        self.figure_subjects = [owners & told for owners in self.figure_owners]
        # what each figure is told of in its own clause: the words before it ('the jobless
        # rate among people aged 16 to 24 climbed to 14.2 percent'), or after it when the
        # claim puts it first ('78 percent of frontline health workers')
        self.figure_clauses = [
            (
                (before & told, False)
                if (before := _clause_words(features.tokens, features.claim.text, v, after=False))
                & told
                else (
                    _clause_words(features.tokens, features.claim.text, v, after=True) & told,
                    True,
                )
            )
            for v in self.specific
        ]
        # the word that opens the noun a count is told of, as the claim writes them
        # ('*barley* production rose 8 per cent', "Brevania's *total* exports")
        self.all_claim_terms = frozenset(t.term for t in features.tokens) | {
            v.unit for v in self.specific if isinstance(v, Quantity) and v.unit
        }
        # the part of the whole each count is told of, anywhere before it ('uptake among
        # *men* ... reached 71%'; lexicons/subgroups.txt)
        self.figure_groups = {
            id(v): frozenset(
                t.term for t in features.tokens if t.end <= v.start and t.word in _SUBGROUPS
            )
            for v in self.specific
            if isinstance(v, Quantity)
        }
        self.subject_modifiers = {
            id(v): _opening_modifiers(
                features.tokens, features.claim.text, v, self.specific, self.content_words
            )
            for v in self.specific
            if isinstance(v, Quantity)
        }
        # the common nouns and modifiers of what each count is told of, not its verbs
        # ('*Burglaries* in Hadleigh Vale fell'): told better in another clause, with a
        # figure of its own, they make the matching figure another thing's
        self.figure_kinds = {
            id(v): {
                t.term
                for t in features.tokens
                if t.term in kinds
                and t.kind == "word"
                and not is_past_form(t.word)
                and not opposite_terms(t.term)
                and t.term not in self.light_content
                and t.term != v.unit  # (the unit is compared with the figure)
                # (nor are its own words of size: 'almost a quarter')
                and not (v.start <= t.start < v.end and t.word in _SIZE_WORDS)
                # (names are judged apart: 'Varnland's', not 'Burglaries' opening it)
                and (
                    not t.capitalised
                    or (
                        t is features.tokens[0]
                        and not _POSSESSIVE_S.match(features.claim.text, t.end)
                    )
                )
            }
            for v, carried in zip(
                self.specific, _carried(features.tokens, self.specific), strict=True
            )
            if isinstance(v, Quantity)
            and (
                kinds := (
                    _clause_words(features.tokens, features.claim.text, v, after=False) | carried
                    or _clause_words(features.tokens, features.claim.text, v, after=True)
                )
                & (self.content_words - name_terms)
            )
        }
        self.figures_given: dict[tuple[int, int], bool] = {}  # (figure, document) -> given
        self.figure_neighbours = [
            _terms_beside(items, (v.start, v.end), T.figure_reach) & told for v in self.specific
        ]
        # a claim with a count and a date: its figures may be told of another day
        self.counts_and_dates = any(isinstance(v, Quantity) for v in self.specific) and any(
            isinstance(v, DateMention) for v in self.specific
        )
        self.orders = features.values.orders
        self.place_terms = set().union(*(p.terms for p in features.places))
        # where the claim puts its event; 'at Columbia University, President Lâm' lists
        # a person after the place, not another place
        self.located_terms = set().union(
            *(p.terms for p in features.places if not p.terms & TITLE_WORDS)
        )
        self.value_weight = 0.25 * self.total
        self.value_total = self.value_weight * len(self.specific)
        # Words a value carries ("27 meetings"): present whenever the value is found.
        self.value_terms = _carried(features.tokens, self.specific)
        self.value_neighbours = neighbours(features.tokens, self.specific)
        text = features.claim.text
        self.open_terms = frozenset(undecided_terms(features.tokens, text))
        # a claim that something was done, in the past and nothing else
        self.tells_done = (
            not _NOT_DONE.search(text)
            and not expected_spans(features.tokens, text)  # 'has pledged to keep'
            and any(t.kind in ("word", "stop") and is_past_form(t.word) for t in features.tokens)
        )
        # the verbs of what the claim tells as done ('reached', 'paid')
        self.done_terms = (
            frozenset(t.term for t in features.tokens if t.kind == "word" and is_past_form(t.word))
            if self.tells_done
            else frozenset()
        )
        # what the claim as a whole denies ('No one was injured'), not what a 'without'
        # denies of one noun ('after months without rain')
        self.denials = frozenset(features.negated) - _denied_in_passing(features.tokens)
        # the deeds it denies ('No one was *injured*'): told plainly beside, they are the
        # opposite of the claim
        self.denied_deeds = self.denials & frozenset(
            t.term for t in features.tokens if t.kind == "word" and is_past_form(t.word)
        )
        self.place_events = {
            verb
            for p in self.f.places
            if (at := text.find(p.text)) >= 0
            and (verb := event_word(features.tokens, at, text)) is not None
        }
        # 'more rhinos last year than in 2023': told by the figures of the two times
        self.comparison = claimed_comparison(
            text, tuple(v for v in self.specific if isinstance(v, DateMention))
        )
        # a deed told of its doer, 'was devised by the brothers' grandfather': a window
        # with neither the deed nor the doer tells of the thing, not of who did it
        passive = _DONE_BY.search(text)
        self.main_deeds = (
            frozenset(
                t.term
                for t in features.tokens
                if t.kind == "word"
                and is_past_form(t.word)
                and t.start < passive.start("by")
                and t.term in self.content_words
                and t.term not in self.light_content
                and t.word not in REPORTING
            )
            if passive
            else frozenset()
        )
        doers = [
            t.term
            for t in features.tokens
            if passive and passive.end("by") <= t.start < passive.end()
            and t.term in self.content_words
        ]  # fmt: skip
        self.agent_terms = frozenset(doers[-1:])  # its head: 'the brothers' grandfather'
        self.comparative_terms = (
            frozenset(t.term for t in features.tokens if t.word.lower() in COMPARATIVES)
            & self.content_words
        )
        self.date_events = {
            id(v): event
            for v in self.specific
            if isinstance(v, DateMention) and (event := event_word(features.tokens, v.start, text))
        }
        # dates the claim tells something done on ('visited Sarvia in October 2024'), by
        # the past verb of their own clause
        self.done_dates = {
            id(v)
            for v in self.specific
            if self.tells_done
            and isinstance(v, DateMention)
            and _done_verb_before(features.tokens, v.start, text)
        }
        self.plans_ahead = any(
            isinstance(v, DateMention) and id(v) not in self.done_dates for v in self.specific
        )
        bound = _TIME_BOUND.search(text)  # 'seen within four hours'
        self.time_bound = (
            (_bound_way(bound), bound.group(2).lower(), stem(bound.group(3).lower()))
            if bound
            else None
        )
        self.value_markers = {
            id(v): marker
            for v in self.specific
            if isinstance(v, Quantity) and (marker := change_marker(v, text))
        }
        # how many more or fewer ('22 more certificates than in 2023'): told by the gap
        # between two counts, and no plain count conflicts with it
        self.differences = {id(v) for v in self.specific if told_as_difference(v, text)}
        # margins of a contest ('beating Lysenko by four centimetres', 'won by 12 votes')
        self.contest_margins = {
            id(v)
            for v in self.specific
            if self.value_markers.get(id(v)) == "by"
            and _CONTEST_BEFORE_BY.search(text, max(0, v.start - 60), v.start)
        }
        # for each count, the units a document may tell it in, and the words it carries
        # (None: a change, which may be told by the levels it went between, '5.1% from 5.6%')
        self.kindred = [
            (None if self.value_markers.get(id(v)) == "by" else kindred_units(v.unit), carried)
            for v, carried in zip(self.specific, self.value_terms, strict=True)
            if isinstance(v, Quantity)
        ]
        # a count as it stood at a time ('by Friday, the fire had burned 4,200 hectares',
        # 'twelve were still missing on 11 June'): a count of another day is no conflict
        # 'had reached 46 by March 16': a state on a day, which another day's need not share
        still = _STILL.search(text)  # once: searching the whole text before each date is slow
        as_of = any(
            isinstance(v, DateMention)
            and (
                (still is not None and still.end() <= v.start)
                or _AS_OF.search(text, max(0, v.start - 60), v.start)
            )
            for v in self.specific
        )
        self.running_count = as_of and (
            any(isinstance(v, Quantity) for v in self.specific)
            or any(isinstance(v, Quantity) for v in features.values.quantities)
        )
        self.tells_first_given = any(first_given(v, text) for v in self.specific)
        # 'covers 1.5 million tonnes of grain in total': a sum of the figures a passage
        # tells side by side may give it
        self.totalled = bool(_IN_TOTAL.search(text))
        self.ranking_years = {
            id(v) for v in self.specific if isinstance(v, DateMention) and ranks_since(text, v)
        }
        # where the claim's counts are counted, its topic's places too ('sold in Varnland')
        self.counted_places = find_places(features.tokens, text) if self.specific else []
        # what befell those the claim counts ('killed', 'injured'), if it says
        self.claim_fates = frozenset(self.weights) & FATES
        # a count of those something befell ('Three passengers were injured'): 'No one was
        # hurt' tells against it; the count's own words and the fate it tells
        self.counted_fate = (
            frozenset(
                self.claim_fates
                | set().union(
                    *(
                        carried
                        for v, carried in zip(self.specific, self.value_terms, strict=True)
                        if isinstance(v, Quantity) and v.low >= 1
                    )
                )
            )
            if self.claim_fates
            and not features.negated
            and any(isinstance(v, Quantity) and v.low >= 1 for v in self.specific)
            else frozenset()
        )
        self.denied_fate = _denied_fate(features)
        # a claim of what something holds at most ('built for 480', 'a capacity of 480')
        self.claims_a_capacity = bool(CAPACITY_CLAIMED.search(features.claim.text))
        # words that say little of what a claim states ('happened', 'was played', 'based')
        self.reporting_terms = frozenset(
            t.term for t in features.tokens if t.kind == "word" and t.word in REPORTING
        ) & set(self.weights)
        self.light_terms = frozenset(
            t.term for t in features.tokens if t.kind == "word" and t.term in stems("light")
        )
        # 'Investigators have ruled out a bird strike' (and not 'did not rule out')
        self.rules_out = bool(features.negated) and any(
            t.kind == "negation" and t.word.startswith("rul") for t in features.tokens
        )
        self.whole_values = {
            id(v) for v in self.specific if isinstance(v, Quantity) and part_of(v, text)
        }
        self.earlier_values = {
            id(v) for v in self.specific if isinstance(v, Quantity) and started_from(v, text)
        }
        # The change a figure measures ('fell 3 per cent'): a document whose same figure
        # went the other way ('rose 3 per cent') does not give the claim's figure
        self.value_changes = [
            {t for t in change_words(features.tokens, v, features.claim.text) if opposite_terms(t)}
            for v in self.specific
        ]
        # How a count's thing was done ('seriously injured', 'fatally shot'): -ly words
        adverbs = {k.term for k in features.tokens if k.word.endswith("ly")}
        self.value_manners = [
            {t for t, w in near.items() if t in adverbs and w >= 0.5}
            for near in self.value_neighbours
        ]
        carried = set().union(*self.value_terms) if self.value_terms else set()
        self.name_groups = [g for g in features.name_groups if not set(g) <= carried]
        # Contradiction is judged on what the claim says apart from the date or place in
        # dispute (a count keeps its counted phrase: that is what makes it the same thing).
        date_terms = set().union(
            *(
                t
                for t, v in zip(self.value_terms, self.specific, strict=True)
                if not isinstance(v, Quantity)
            )
        )
        self.frame_weights = {
            t: w
            for t, w in self.weights.items()
            if t not in date_terms and t not in self.place_terms
        }
        self.frame_total = sum(self.frame_weights.values()) or 1.0
        # What the claim says, apart from who says it (for words given to someone else).
        self.said_weights = {t: w for t, w in self.weights.items() if t not in features.frame_terms}
        self.said_total = sum(self.said_weights.values()) or 1.0
        self.bigrams = term_bigrams(features.tokens)
        self.claim_terms = frozenset(self.weights)
        self.topic_documents: set[int] = set()
        self.context_value = {
            t: w if t in name_terms else T.context * w for t, w in self.weights.items()
        }
        # Matched as written: 'productive' characterises, 'production' does not
        verdicts = words("evaluative")
        evaluative = verdicts | words("reactions")
        # The words that would say the opposite of the claim's ('armed' for 'unarmed').
        self.opposite_words: frozenset[str] = frozenset().union(
            *(opposite_terms(t) | {f"un{t}"} for t in self.content_words)
        )
        residual = self.content_words - features.topic_terms - carried
        # Differs is for characterisation: evaluative words, a full account of the topic,
        # or what someone said of it ('Tanaka said the talks were largely ceremonial').
        self.rankings = rankings(features.claim.text, features.tokens)
        self.runs = _runs_and_times(self.f.claim.text)  # 'for the third year in a row'
        self.numbered = numbered_names(self.f.claim.text)  # 'Reactor 2', 'Terminal 5'
        self.run_terms = frozenset(
            t.term for t in features.tokens if self.runs and t.word.lower() in RUN_WORDS
        )
        self.first_ranked = any(r.marker == "first" and not r.one_of for r in self.rankings)
        # what the claim says is so: not its names, its denials or what it asks or plans
        # 'to' do ('asked the government to declare an emergency' declares nothing)
        infinitives = {t.term for before, t in pairwise(features.tokens) if before.word == "to"}
        self.asserted_words = self.content_words - self.name_terms - features.negated - infinitives
        # A ranking ('the largest deal in its history') is a fact to check, told or not:
        # a passage on the topic without it is silent (FC-QUALIFIER judges rankings).
        if self.rankings:  # 'the largest' ranks here: it is not a characterisation
            evaluative = evaluative - words("superlatives")
        self.claim_words = frozenset(t.word for t in features.tokens)
        # the terms of the claim's own verdict on its event ('ended in victory', 'police
        # mishandled'); a noun after a noun names the event instead ('the engine failure')
        tokens = features.tokens
        unranked = verdicts - words("superlatives")  # rankings are FC-QUALIFIER's
        self.judged_terms = frozenset(
            t.term
            for i, t in enumerate(tokens)
            if (
                t.word in unranked
                and (
                    t.word.endswith("ed")
                    or not i
                    or tokens[i - 1].kind != "word"
                    or tokens[i - 1].word in evaluative
                )
            )
            or _manner(t)  # 'wilfully', 'sharply': how it happened, a judgement too
        )
        # the claim's weights without its verdict: how much of the rest a passage tells
        self.unjudged_weights = {
            t: w for t, w in self.weights.items() if t not in self.judged_terms
        }
        # what someone said of the topic ('Lê said the talks focused on deals') is a
        # characterisation only beside another account that characterises it too; by
        # itself ('Carvalhal said the south could not wait') it is a fact of its own
        said_of_it = bool(features.frame_terms and not self.specific)
        framed = bool(self.claim_words & evaluative) or _judged_by_its_end(features.claim.text)
        rich = not self.rankings and len(residual) >= T.rich_account
        self.characterises = framed or rich or (not self.rankings and said_of_it)
        self.said_only = (
            self.characterises
            and not framed
            and not rich
            and not self.claim_words & words("framing_verbs")
        )
        self.unread = unread_figures(features)
        self.quantifiers = self.claim_words & QUANTIFIERS
        if _BOTH_AND.search(features.claim.text):
            self.quantifiers -= {"both"}
        self.proportions = self.claim_words & set(PROPORTION_OPPOSITES)
        self.share_told = bool(_SHARE_OF.search(features.claim.text))
        # The common nouns a name qualifies ('Altwerk *steel plant*'): 'the plant' in a
        # document that names Altwerk elsewhere is the Altwerk plant.
        self.name_nouns: dict[tuple[str, ...], set[str]] = {}
        tokens = features.tokens
        for group in dict.fromkeys(self.name_groups):  # a name told twice is looked at once
            ends = [i for i, t in enumerate(tokens) if t.term == group[-1]]
            begin = ends[0] - len(group) if ends else -1
            if ends and begin >= 0 and tokens[begin].word in DEFINITE | {"a", "an"}:
                # 'the Altwerk plant': a name that qualifies a noun ('Mensah met': not)
                after = tokens[ends[0] + 1 : ends[0] + 3]
                nouns = set()
                for token in after:
                    if token.kind != "word" or token.capitalised:
                        break
                    nouns.add(token.term)
                self.name_nouns[group] = nouns
        # The words the claim quotes ("... said: 'This is grain for bread'"): only a
        # passage that has them, exactly or nearly, can state it.
        self.quotation = _spoken_quotation(features.claim.text)
        self.quoted_at: dict[int, list[tuple[int, int]]] = {}  # document -> where it is
        # words enough that no one else says them by chance: a quotation of one speaker
        self._quoted_at_length = (
            self.quotation is not None
            and bool(features.speakers)
            and len(self.quotation.split()) >= T.own_words_quoted
        )
        self.quotation_terms = (
            frozenset(
                t.term
                for t in tokenize(self.quotation, corpus.aliases)
                if t.kind in ("word", "entity")
            )
            if self._quoted_at_length and self.quotation is not None
            else frozenset()
        )
        self.hedged = bool(HEDGED_CLAIM.search(features.claim.text))  # 'could reach': it may match
        # titles the claim uses ('Mayor Karin Lutz'), and those of its speaker's frame
        # ("Danubia Rail's chief executive said"): who may say its words for it
        self.titles = frozenset(t.term for t in features.tokens if t.term in TITLE_WORDS)
        self.speaker_role = self.titles & features.frame_terms
        self.speaker_is_person: bool | None = None  # found out when first needed
        # the given name of each surname the registry gives the claim's speaker or topic
        # ('Kofi' for Okafor): a bare 'Okafor said' after 'Minh Okafor' is not theirs
        self.speaker_given = {
            g[-1]: g[-2]
            for g in (*_full_names(features.claim, corpus.aliases), *features.topic_groups)
            if len(g) > 1
        }
        self.surface: dict[str, str] = {}
        # how a sentence names a person of the claim, and whether a document names
        # another person of that surname: asked of many windows, found out once
        self._named_in: dict[tuple[tuple[str, ...], int], tuple[bool, bool]] = {}
        self._other_bearer: dict[tuple[tuple[str, ...], int], bool] = {}
        self._quick_scores: dict[int, float] = {}  # pid -> weight of the claim it has
        self._checked: dict[tuple[int, int, int], list[_ValueCheck]] = {}  # window -> values
        # 'X's lawyer', 'a spokesman for X': told of in the claim itself, or not
        self.relations = self.claim_words & RELATIONS
        self.role_link = _role_link(features.tokens, self.name_groups)
        self.cause = split_cause(features.claim.text, corpus.aliases)  # 'because of gales'
        self.winner = claimed_winner(
            features.tokens, _with_opening_word(features.tokens, self.name_groups)
        )
        self.loss = claimed_loss(  # 'Harlton lost the final to Carrick Bay'
            features.tokens, _with_opening_word(features.tokens, self.name_groups)
        )
        self.win_terms = frozenset(
            t.term
            for t in features.tokens
            if t.word in WIN_WORDS
            or (self.winner and t.word == "named")  # 'named best actor'
            or (self.winner and t.word in PRIZES)  # 'took the title'
            or (self.winner and t.term == "win")  # 'with a 3-1 victory'
        )
        self.contest_parts = (
            contest_parts(features.tokens, self.winner)
            if self.winner
            else (frozenset[str](), frozenset[str]())
        )
        self.contest = self.contest_parts[0] | self.contest_parts[1]
        self.deed = _deed_of_first_name(features.tokens, self.name_groups)
        self.dealt = _first_name_deal(features.tokens, self.name_groups)
        self.undergone = _first_name_undergoes(features.tokens, self.name_groups)
        self.pace = _pace(features.tokens)  # 'plunged', 'edged': how big a move it tells
        self.subject_groups = _opening_groups(
            features.tokens,
            [*self.name_groups, *_opening_written_name(features, corpus.aliases)],
        )
        route = ROUTE.search(features.claim.text)
        self.route = (fold(route.group(1)), fold(route.group(2))) if route else None
        self.claim_titles = frozenset(t.term for t in features.tokens if t.term in TITLE_WORDS)
        # a title written anywhere in the claim, inside a known name too ('Governor Sandahl')
        self.titled = bool(
            {stem(w) for w in re.findall(r"[a-z]+", features.claim.text.lower())} & TITLE_WORDS
        )
        # the office the claim gives each person it names in full ('President Elina Sorvald')
        self.offices = {
            group: found[0]
            for group in dict.fromkeys(self.name_groups)
            if (found := _offices_before(features.tokens, features.claim.text, group))
        }
        self._skip_bound = False  # judging in full, to word what a silent window lacks
        # what judge_all gives every document the index rules out (this very object)
        self.nothing = Judgement(
            "silent", 0.0, lacking=("any of the claim's names or rarer words",)
        )
        for token in features.tokens:
            self.surface.setdefault(token.term, features.claim.text[token.start : token.end])

    # -- entry point -------------------------------------------------------------------

    def judge_all(self, documents: Collection[int] | None = None) -> dict[int, Judgement]:
        """A judgement for each of ``documents`` (default: every document), by index,
        where it differs from ``self.nothing``: every document the index rules out is
        left out (over an archive, nearly all of them)."""
        wanted: Collection[int] = (
            range(len(self.corpus.documents)) if documents is None else documents
        )
        judgements: dict[int, Judgement] = {}
        for doc_index in self._candidate_documents():
            if doc_index in wanted:
                judgements[doc_index] = self._judge_document(
                    doc_index, self._candidate_passages(doc_index)
                )
        # a document that names some of the claim's names, not enough: one judgement for
        # all that lack the same ones
        lacking: dict[tuple[tuple[str, ...], ...], Judgement] = {}
        of_list: dict[int, Judgement] = {}  # by the list's id: documents share their lists
        for doc_index, missing in self._partly_named.items():
            if doc_index in wanted and doc_index not in judgements:
                found = of_list.get(id(missing))
                if found is None:
                    key = tuple(missing)
                    found = lacking.get(key)
                    if found is None:
                        shown = ", ".join(f"'{self._shown(g)}'" for g in missing)
                        found = lacking[key] = Judgement(
                            "silent", 0.0, lacking=(f"the name {shown}",)
                        )
                    of_list[id(missing)] = found
                judgements[doc_index] = found
        if self.cause is not None:
            judgements = self._weigh_cause(self.cause, judgements, wanted)
        return judgements

    def _weigh_cause(
        self, cause: Cause, judgements: dict[int, Judgement], wanted: Collection[int]
    ) -> dict[int, Judgement]:
        """A claim that gives a cause ('relegated because they lost six players') is
        backed only where the document ties the event to that cause; a document that
        tells the event with another reason ('as part of a plan to consolidate') tells
        it in other terms, and one that tells it with no reason leaves the cause unsaid."""
        effects: dict[int, Judgement] | None = None
        weighed = dict(judgements)
        silent = [d for d in wanted if judgements.get(d, self.nothing).stance == "silent"]
        for doc_index in sorted(set(judgements) | set(silent)):
            judgement = judgements.get(doc_index, self.nothing)
            if judgement.stance == "supports" and judgement.window is not None:
                effect = judgement
            elif judgement.stance == "silent":
                if effects is None:
                    told = replace(self.f.claim, text=cause.effect)
                    effect_judge = StanceJudge(
                        claim_features(told, self.corpus.aliases), self.corpus
                    )
                    effects = effect_judge.judge_all(silent)
                if doc_index not in effects:
                    continue  # ruled out for the event alone too
                effect = effects[doc_index]
                if effect.stance != "supports" or effect.window is None:
                    continue
            else:
                continue
            assert effect.window is not None
            if self._cause_told(cause, effect.window):
                continue  # (a silent full judgement had other reasons to be silent)
            if self._reason_given(effect.window):
                weighed[doc_index] = replace(
                    effect, stance="differs", rule=rules.FRAMING.code,
                    detail=f"gives another reason than '{cause.cause}'",
                )  # fmt: skip
            else:
                weighed[doc_index] = replace(
                    effect, stance="silent", rule=rules.SILENT.code, detail="",
                    lacking=(f"the claim's cause '{cause.cause}' (it never says that is why)",),
                )  # fmt: skip
        return weighed

    def _reason_given(self, window: Window) -> bool:
        """The window, or the sentences right after it in its document, say why the event
        happened ('the delay would give its effects teams more time')."""
        stop = self.corpus.document_passages(window.document).stop
        after = range(window.last + 1, min(stop, window.last + 1 + _REASON_REACH))
        return any(
            gives_a_reason(self.corpus.passage_text(pid))
            for pid in [*self._window_pids(window), *after]
        )

    def _cause_told(self, cause: Cause, window: Window) -> bool:
        """The window ties the event to the claim's cause, or, for a cause that is a thing
        ('the Tallow Ridge fire'), the document tells of that thing."""
        pids = self._window_pids(window)
        # every word of it: 'falling ticket sales' is not told by 'ticket sales remained
        # strong'
        if cause.thing and cause.terms <= self.corpus.document_terms[window.document]:
            return True
        return any(
            cause_linked(self.corpus.passage_text(pid), cause, self.corpus.aliases) for pid in pids
        )

    def _candidate_documents(self) -> list[int]:
        """Documents that name enough of the claim (or its topic) to say anything on it,
        found through the index."""
        postings = self.corpus.document_postings
        candidates: set[int] = set()
        elsewhere = self.place_terms | self.kinded_terms  # places may be told as others
        groups = [g for g in self.name_groups if not set(g) <= elsewhere]
        if groups:
            # document -> the groups it names, a bit each: over an archive a claim's names
            # are in a hundred documents that name too few of them
            named: dict[int, int] = defaultdict(int)
            for number, group in enumerate(groups):
                namers = postings.get(group[-1], ()) if len(group) == 1 else self._namers(group)
                bit = 1 << number
                for doc in namers:
                    named[doc] |= bit
                for doc in self.corpus.published_by(group[-1]):
                    named[doc] |= bit  # 'we' in Meridian's own release
            every = (1 << len(groups)) - 1
            # what the claim's winner won may be told given to another, without them
            others = (
                sum(1 << n for n, g in enumerate(groups) if g != self.winner) if self.contest else 0
            )
            lacking: dict[int, list[tuple[str, ...]]] = {}  # one list for each set named
            for doc, numbers in named.items():
                count = numbers.bit_count()
                mostly = count * 3 >= len(groups) * 2 and count >= 2
                if mostly or numbers == every or (others and not others & ~numbers):
                    candidates.add(doc)
                    continue
                missing = lacking.get(numbers)
                if missing is None:
                    missing = lacking[numbers] = [
                        g for number, g in enumerate(groups) if not numbers >> number & 1
                    ]
                self._partly_named[doc] = missing
        else:
            rare = sorted(
                (t for t in self.weights if t not in self.f.frame_terms),
                key=lambda t: self.weights[t],
                reverse=True,
            )[: T.rare_terms]
            for term in rare:
                candidates.update(postings.get(term, ()))
                for opposite in opposite_terms(term):  # 'unarmed' is denied where 'armed'
                    candidates.update(postings.get(opposite, ()))
        if self.f.topic_terms:
            self.topic_documents = self._topic_documents()
            candidates |= self.topic_documents
        if self.f.topic_groups:
            for doc in candidates - self.topic_documents:
                untold = self._topic_untold(doc)
                if untold:
                    candidates.discard(doc)
                    self._partly_named[doc] = untold
        return sorted(candidates)

    def _topic_untold(self, doc: int) -> list[tuple[str, ...]]:
        """The names of the claim's topic a document never writes, where that alone keeps
        it silent: a passage is judged only where the topic is named (_topic_named), but
        the claim's quoted words given to another, or a ranking in another scope, need no
        topic. Over an archive most documents that share a claim's names tell of other
        events; ruling them out here keeps the work to what addresses the claim."""
        present = self.corpus.document_terms[doc] | self.corpus.publisher_terms[doc]
        if (self.quotation_terms and self.quotation_terms <= present) or any(
            r.marker not in ("first", "last", "only") for r in self.rankings
        ):
            return []
        return [g for g in self.f.topic_groups if g[-1] not in present]

    def _namers(self, group: tuple[str, ...]) -> tuple[int, ...]:
        """The documents that write the name in full ('Amelia Hoàng'), its surname bare
        with no other bearer of it named ('Hoàng said', never 'Tam Hoàng'), or its last
        word as a common noun ('the county'): no sentence of any other can name them (see
        _mentions and _implied). Worked out once a run for each name: claims over an
        archive name the same people again and again."""
        return self.corpus.namers(group[-1], group[-2])

    def _topic_documents(self) -> set[int]:
        """Documents that could report the claim's topic (see _topic_window): each of its
        names written as that name ('Farid Trần', not 'Farid Novak' and 'Minh Trần')."""
        group_terms = {t for g in self.f.topic_groups for t in g}
        others = self.f.topic_terms - group_terms
        postings = self.corpus.document_postings
        seen: set[int] = set()
        if self.f.topic_groups:  # each must be there: the fewest documents of one bound the rest
            namers = [self._group_namers(g) for g in self.f.topic_groups]
            fewest: frozenset[int] = min(namers, key=len)
            seen.update(fewest)
        else:
            for term in self.f.topic_terms:
                seen.update(postings.get(term, ()))
        found: set[int] = set()
        for doc in seen:
            present = self.corpus.document_terms[doc]
            if not all(set(g) <= present for g in self.f.topic_groups):
                continue
            if not all(doc in self._group_namers(g) for g in self.f.topic_groups):
                continue
            if others and len(others & present) * 2 < len(others):
                continue
            found.add(doc)
        return found

    def _group_namers(self, group: tuple[str, ...]) -> frozenset[int]:
        """The documents that may name a group of the claim (see _namers), as a set:
        made once a run for each name, like _namers."""
        found = self.corpus.namer_sets.get(group)
        if found is None:
            docs = (
                self._namers(group)
                if len(group) > 1
                else self.corpus.document_postings.get(group[-1], ())
            )
            found = self.corpus.namer_sets[group] = frozenset(docs)
        return found

    def _candidate_passages(self, doc_index: int) -> list[int]:
        wanted = self.claim_terms
        passages = self.corpus.passages
        return [
            pid for pid in self.corpus.document_passages(doc_index)
            if not passages[pid].terms.isdisjoint(wanted)
        ]  # fmt: skip

    def _could_matter(self, doc_index: int) -> bool:
        """Cheap bound: can this document reach any stance but silent at all?"""
        if doc_index in self.topic_documents:
            return True
        present = self.corpus.document_terms[doc_index]
        if self.quotation_terms and self.quotation_terms <= present:
            return True  # the claim's words may be quoted here, and given to someone else
        if self.corpus.publisher_terms[doc_index]:
            present = present | self.corpus.publisher_terms[doc_index]
        if self.opposite_words & present:  # 'armed' where the claim says 'unarmed'
            present = present | {
                t for t in self.content_words if opposite_terms(t) & present or f"un{t}" in present
            }
        for kin, carried in self.kindred:
            if kin is None or kin & present:  # '60 days' may be told as 'a two-month ...'
                present = present | carried
        if self.denied_fate is not None and self.denied_fate[0] in present:
            return True  # 'Munro was sent off' for 'No player was sent off'
        if (
            len(self.name_groups) >= 2
            and any(getattr(v, "unit", None) == "score" for v in self.specific)
            and all(set(g) <= present for g in self.name_groups)
        ):
            return True  # both sides of the claim's match, and a score
        if self.contest and self.contest <= present:
            present = present | set(self.winner or ()) | self.win_terms  # (given to another)
        if self.first_ranked and ORDINALS & self.corpus.words(doc_index):
            present = present | {_FIRST}  # 'the second fatal accident' for 'the first'
        reach = sum(w for t, w in self.weights.items() if t in present) / self.total
        if reach >= min(T.support_score, T.contradict_same_thing):
            return True
        frame_reach = sum(w for t, w in self.frame_weights.items() if t in present) / (
            self.frame_total
        )
        said_reach = sum(w for t, w in self.said_weights.items() if t in present) / (
            self.said_total
        )
        return frame_reach >= T.contradict_same_thing or said_reach >= T.support_score

    def _judge_document(self, doc_index: int, pids: list[int]) -> Judgement:
        if not pids and not self.f.topic_terms:
            return Judgement("silent", 0.0, lacking=("any passage with the claim's words",))
        if not self._could_matter(doc_index):
            return Judgement("silent", 0.0, lacking=("enough of the claim's words anywhere",))
        ranked = sorted(pids, key=lambda p: -self._quick(p))[: T.candidates_per_document]
        best: Judgement | None = None
        denial: Judgement | None = None
        for pid in ranked:
            judgement = self._judge_window(self._best_window(pid))
            if judgement.rule == rules.NEGATION.code and (
                denial is None or _better(judgement, denial)
            ):
                denial = judgement
            if best is None or _better(judgement, best):
                best = judgement
            if self._unbeatable(best):
                break
        if best is not None and best.stance == "supports" and denial is not None:
            # 'has not restricted grain exports' outweighs a passage that only shares
            # 'grain exports': the denial has the words the support lacks.
            assert best.window is not None and denial.window is not None
            if self._plainer(denial.window, best.window):
                best = denial
        if best is not None and best.stance == "silent" and best.window is not None:
            best = self._read_with_opening(doc_index, best.window) or best
        if best is not None and best.stance in ("supports", "contradicts"):
            assert best.window is not None
            best.highlights = self._highlights(best.window, self._check_values(best.window))
            return best
        topical = self._differs_or_silent(doc_index)
        if topical is not None and (topical.stance == "differs" or best is None):
            return topical
        if best is None:
            return Judgement("silent", 0.0, lacking=(_TOO_LITTLE,))
        if best.explain is not None:
            best.lacking, best.explain = best.explain(), None
        return best

    def _read_with_opening(self, doc_index: int, window: Window) -> Judgement | None:
        """A later sentence leaves out what its document is about ('They apply in 14
        municipalities' after an opening on the restrictions): the window read with the
        claim's words from the opening, where the document keeps returning to them,
        when that makes it support the claim or deny its deed. The claim's names must be
        in the window itself, and a claim that says 'all' or 'every' is never read so."""
        opening = self.corpus.opening_terms[doc_index] & self.claim_terms
        borrowed = opening - window.core - self.name_terms
        if not borrowed or self.quantifiers:
            return None
        if self.name_terms and not self.name_terms & window.core:
            return None
        framed = replace(window, terms=window.terms | borrowed, core=window.core | borrowed)
        judgement = self._judge_window(framed)
        # a denial of the claim's deed is read so too; not another figure or place, which
        # an opening's words can make seem the claim's ('a reward of up to €50,000')
        denied = judgement.stance == "contradicts" and judgement.rule == rules.NEGATION.code
        if judgement.stance != "supports" and not denied:
            return None
        shown = ", ".join(f"'{self._shown((t,))}'" for t in sorted(borrowed))
        read = f"reads {shown} from the document's opening"
        judgement.detail = f"{judgement.detail}; {read}" if judgement.detail else read
        return judgement

    @cached_property
    def _unvalued_words(self) -> frozenset[str]:
        """The claim's content words but those of its values ('this year' is a value,
        compared apart)."""
        carried = set().union(*self.value_terms) if self.value_terms else set()
        return frozenset(self.content_words - carried)

    def _plainer(self, one: Window, other: Window) -> bool:
        """``one`` has claim content words that ``other`` lacks, and lacks none it has."""
        words = self._unvalued_words
        missing_in_other = {t for t in words if t not in other.terms}
        return bool(missing_in_other & one.terms) and not (
            {t for t in words if t in other.terms} - one.terms
        )

    def _unbeatable(self, judgement: Judgement) -> bool:
        """No later window of the document can change its judgement: it supports with a
        full score (only a higher score beats a support), and it has every word of the
        claim, so no denial is plainer than it (see _plainer). Most of a support's
        document need not be read."""
        return (
            judgement.stance == "supports"
            and judgement.score >= 1.0
            and judgement.window is not None
            and self._unvalued_words <= judgement.window.terms
        )

    # -- windows -----------------------------------------------------------------------

    def _quick(self, pid: int) -> float:
        quick = self._quick_scores.get(pid)
        if quick is None:
            terms = self.corpus.passages[pid].terms
            quick = self._quick_scores[pid] = sum(w for t, w in self.weights.items() if t in terms)
        return quick

    def _best_window(self, pid: int) -> Window:
        """The sentences around ``pid`` (same paragraph, at most T.max_window) that add the
        most of the claim as context, each extra sentence costing a little."""
        info = self.corpus.passages[pid]
        doc = info.document
        span = self.corpus.document_passages(doc)
        paragraph = info.passage.paragraph
        claim_terms = self.claim_terms
        core_hits = info.terms & claim_terms
        passages = self.corpus.passages
        neighbours = range(
            max(span.start, pid - T.max_window + 1), min(span.stop, pid + T.max_window)
        )
        if all(
            passages[other].passage.paragraph != paragraph
            or (passages[other].terms & claim_terms) <= core_hits
            for other in neighbours
        ):
            return Window(doc, pid, pid, info.terms, info.terms, pid)  # nothing to add
        penalty = 0.02 * self.total
        best_gain, best_range = 0.0, (pid, pid)
        for first in range(max(span.start, pid - T.max_window + 1), pid + 1):
            if self.corpus.passages[first].passage.paragraph != paragraph:
                continue
            hits: set[str] = set()
            for last in range(first, min(span.stop, first + T.max_window)):
                if self.corpus.passages[last].passage.paragraph != paragraph:
                    break
                hits |= self.corpus.passages[last].terms & claim_terms
                if last < pid:
                    continue
                gain = fsum(self.context_value[t] for t in hits - core_hits) - penalty * (
                    last - first
                )
                if gain > best_gain:
                    best_gain, best_range = gain, (first, last)
        first, last = best_range
        terms = frozenset().union(*(self.corpus.passages[p].terms for p in range(first, last + 1)))
        return Window(doc, first, last, terms, info.terms, pid)

    def _coverage(
        self,
        core: Iterable[str],
        context: Iterable[str],
        doc: int,
        weights: dict[str, float] | None = None,
    ) -> float:
        """Weighted share of the claim in the core sentence; context sentences and the
        rest of the document count for less."""
        weights = self.weights if weights is None else weights
        core = set(core)
        context = set(context)
        elsewhere = self.corpus.document_terms[doc]
        publisher = self.corpus.publisher_terms[doc]  # who 'we' are in all of it
        # summed exactly (fsum): a share right at a threshold must not depend on the order
        # a set of terms happens to iterate in, which varies with the hash seed
        matched: list[float] = []
        for term, weight in weights.items():
            if term in core or (term in publisher and term in self.name_terms):
                matched.append(weight)
            elif term in context:
                matched.append(weight if term in self.name_terms else T.context * weight)
            elif term in self.name_terms and term in elsewhere:
                matched.append(T.out_of_window_name * weight)
        return fsum(matched) / (fsum(weights.values()) or 1.0)

    # -- judging a window --------------------------------------------------------------

    def _order_checks(self, window: Window) -> tuple[_ValueCheck | None, bool]:
        """The claim's vague counts against the window's: a count in the core sentence of
        another order denies one ('More than 2,000 people marched' for 'a few dozen
        people'); each must be told by a count of its order ('about 300 homes' for
        'hundreds of homes') for the window to state the claim."""
        reference = self.corpus.documents[window.document].published
        conflict: _ValueCheck | None = None
        told = 0
        for claimed in self.orders:
            outcomes = []
            for pid in self._window_pids(window):
                base = self.corpus.passages[pid].passage.start
                for found in self.corpus.values(pid).quantities:
                    outcome = compare(claimed, found, reference)
                    if found.precision == "vague" and found.low == claimed.low:
                        outcome = "match"  # 'dozens of meetings with leaders': dozens
                    outcomes.append(outcome)
                    if outcome == "conflict" and pid == window.core_pid and conflict is None:
                        conflict = _ValueCheck(
                            claimed, "conflict", found, base + found.start, base + found.end
                        )
            told += "match" in outcomes
        return conflict, told == len(self.orders)

    def _of_another_day(self, window: Window, checks: list[_ValueCheck]) -> bool:
        """The window's figures are another occasion's, neither the claim's nor against
        it: a count 'by Thursday' ('had burned 3,100 hectares by Thursday', 'By Thursday
        the fire was 15 per cent contained' for Friday's figure), or the figures of
        another whole year ('the 18 seats it won in 2019' for 'won 18 seats in 2024', 'a
        profit of 1.2 billion for 2023' for 2022)."""
        for check in checks:
            if check.status != "conflict" or not isinstance(check.claim_value, DateMention):
                continue
            if _another_year(check) or self.running_count:
                return True
            if self._as_of_in_document(window, check):
                return True
        return False

    def _of_a_past_day(self, window: Window, checks: list[_ValueCheck]) -> bool:
        """The claim plans something for a day still ahead when the document was written,
        and the window's date is already past then: it tells of another event ('the deal,
        announced on Monday' for 'is expected to close in the third quarter')."""
        reference = self.corpus.documents[window.document].published
        return any(
            check.status == "conflict"
            and id(check.claim_value) not in self.done_dates
            and _ahead_of_a_past_day(check.claim_value, check.found, reference)
            for check in checks
        )

    def _as_of_in_document(self, window: Window, check: _ValueCheck) -> bool:
        """The document's date is the day a count stood at ('By Thursday', 'as of 11
        June')."""
        body = self.corpus.documents[window.document].body
        before = body[max(0, check.found_start - 24) : check.found_start]
        return _AS_OF.search(before) is not None and "still" not in before.lower()

    def _judge_window(self, window: Window) -> Judgement:
        checks = [
            self._numbered_otherwise(window, self._dated_otherwise_in_core(window, c))
            for c in self._check_values(window)
        ]
        if any(c.status == "match" and isinstance(c.claim_value, Quantity) for c in checks):
            # the claim's figure, told of another month or year ('a profit of 1.2 billion
            # for 2023' for 2022's): the period says which figure it is, so the window
            # tells another figure, not another period of this one
            checks = [
                _unread(c)
                if c.status == "conflict"
                and isinstance(c.claim_value, DateMention)
                and c.claim_value.granularity < 3
                else c
                for c in checks
            ]
        if (
            (self.counts_and_dates or self.running_count) and self._of_another_day(window, checks)
        ) or (self.plans_ahead and self._of_a_past_day(window, checks)):
            checks = [_unread(c) for c in checks]
        core, context = self._asserted_terms(window)
        context = context | (self.light_terms - core)  # 'was played', 'happened': said anyway
        if self.reporting_terms and _REPORTING_TERMS & window.terms:
            context = context | self.reporting_terms  # 'according to' is what 'said' says
        order, orders_told = self._order_checks(window) if self.orders else (None, True)
        if self.orders and orders_told:
            core |= self.order_terms  # 'about 300 homes' tells 'hundreds of homes'
        unnamed = [g for g in self.name_groups if not set(g) <= window.terms]
        told_elsewhere = bool(unnamed) and self._unnamed_elsewhere_named(unnamed, window, checks)
        if told_elsewhere:  # 'All 193 people on board' in a story about flight SR418
            core |= set().union(*unnamed)
        stated_core = set(window.core)  # negated or not: what the window is about
        for check, carried in zip(checks, self.value_terms, strict=True):
            if check.status == "match" or (
                check.status == "conflict" and isinstance(check.claim_value, Quantity)
            ):
                core |= carried  # the counted thing is there, whatever the count
                stated_core |= carried
        opposed = self._opposed(window)
        stated_core |= opposed  # 'confirmed' stands where the claim says 'overturned'
        moves, same_way = self._moves_told_by_levels(window) if self.moves else (set(), None)
        if same_way:
            core |= moves  # 'down from 5,500' tells the claim's 'fell'
        if self._beaten_in(window.core_pid):
            core.add("lose")  # 'Carrick Bay beat Harlton' tells 'Harlton lost to Carrick Bay'
        kinded = self._kind_conflict(window) if self.kinded else None
        if kinded:
            stated_core |= kinded[2]  # 'Port Alcine' stands where the claim has its port
        office = self._other_office(window) if self.offices else None
        if office is not None:
            core |= office[2]  # 'Prime Minister' stands where the claim has 'President'
            stated_core |= office[2]
        outranking = self._outranked(window) if self.first_ranked else None
        if outranking:
            stated_core.add(_FIRST)  # 'the second fatal accident' where the claim has 'first'
        # 'unvaccinated children' is what 'children who had not been vaccinated' says
        denied_otherwise = self._denied_otherwise(window)
        core |= denied_otherwise
        stated_core |= denied_otherwise
        stated_core |= self._setting_of_a_deed_denied(window)
        nobody = bool(self.counted_fate) and self._nobody_befell(window)
        if nobody:
            stated_core |= self.counted_fate  # 'No one was hurt' for 'Three were injured'
        befell = self.denied_fate is not None and self._befell_someone(window)
        if befell:
            stated_core |= set(self.denied_fate or ())  # 'Ferrie was sent off' for 'No player
        if self.runs and self.runs <= self._runs_told(window):
            core |= self.run_terms  # 'the third year in a row' tells 'a third consecutive year'
        coverage = self._coverage(core, context, window.document)
        content = sum(
            self.weights[t] * (1.0 if t in core else T.context)
            for t in self.content_order
            if t in context or t in core
        )
        content_share = content / self.content_total if self.content_words else 1.0
        matched_values = sum(1 for c in checks if c.status == "match")
        score = (coverage * self.total + matched_values * self.value_weight) / (
            self.total + self.value_total
        )
        # all of the claim but its verdict ('a setback'): the same event in other terms
        unjudged_cover = (
            self._coverage(core, context, window.document, self.unjudged_weights)
            if self.judged_terms and not self.judged_terms & (core | context)
            else 0.0
        )
        if (
            not self._skip_bound
            and unjudged_cover < T.support_score
            and self._silent_at_most(window, stated_core, score)
            and not self._score_between_the_sides(
                window, [c for c in checks if c.status == "conflict"]
            )
        ):
            # what it lacks is worded by the full judgement, for the chosen window only
            return Judgement(
                "silent", round(score, 3), window, "",
                explain=lambda: self._full_explanation(window),
            )  # fmt: skip
        if self._quoted_at_length:
            quoted_by = self._quotation_given_to_another(window)
            if quoted_by is not None:
                # 'They deserved far better than this,' he said (Martin Coyle) for Priya
                # Santhanam said participants 'deserved far better than this': the same
                # words, whoever else the claim names, are someone else's
                return Judgement(
                    "contradicts", round(score, 3), window, f"gives these words to {quoted_by}",
                    [], " ".join(self._shown(g) for g in self.f.speakers), rules.SPEAKER.code,
                )  # fmt: skip
        degrees = [r for r in self.rankings if r.marker not in ("first", "last", "only")]
        # another name given what the claim's winner won: the winner is the value the
        # window gives otherwise, and need not be named there
        rival = self._won_by_another(window) if self.winner is not None else None
        winner_unsaid = frozenset(self.winner or ()) if rival is not None else frozenset()
        if (
            not self._skip_bound
            and not degrees
            and not self._could_be_named(
                window,
                coverage,
                told_elsewhere,
                (kinded[2] if kinded else frozenset()) | winner_unsaid,
            )
        ):
            # without the claim's names a window can only be silent (only a ranking in
            # another scope differs without them): its explanation is worded on demand
            return Judgement(
                "silent", round(score, 3), window, "",
                explain=lambda: self._full_explanation(window),
            )  # fmt: skip
        phrase_share = self._phrase_share(window)
        place_conflict = self._place_conflict(window)
        # 'more ... than in 2023': the figures say which way, so 'more' is what they tell
        # or deny, not a word the window lacks
        way = self._way_compared(window) if self.comparison is not None else None
        compared: tuple[str, str] | None = None
        if way is not None:
            stated_core |= self.comparative_terms
            assert self.comparison is not None
            if way[0] == self.comparison.up:
                core |= self.comparative_terms
            else:
                compared = way[1], self.comparison.said
        kind_skip: frozenset[str] = frozenset()
        if place_conflict is None and kinded:
            *given, kind_skip = kinded
            place_conflict = (given[0], given[1])  # 'Port Alcine' for 'the port of Dunvar'
        if place_conflict and (
            not self._names_present(window, skip_places=True, strict=True, skip=kind_skip)
            or any(c.status == "missing" for c in checks)
        ):
            # Another place is a conflict only about the same people and the same event
            # (a window without the claim's count or date is telling of something else).
            place_conflict = None
        names_ok = self._names_present(
            window,
            skip_places=place_conflict is not None,
            told_elsewhere=told_elsewhere,
            skip=(kind_skip if place_conflict else frozenset()) | winner_unsaid,
        ) or (coverage >= T.mostly_named_score and self._mostly_named(window))
        if names_ok and self.f.topic_groups:
            names_ok = self._topic_named(window)
        speaker = self._named_speaker(window) if names_ok and self.f.speakers else None
        other_speaker = speaker[1] if speaker is not None and not speaker[0] else None
        if other_speaker:
            names_ok = False  # 'Mensah said ...' does not back 'Kowalski said ...'
        elif names_ok and speaker is None and self._speaker_unnamed(window.document):
            names_ok = False  # the words, but nothing of who said them
        elif names_ok and speaker is None and self._told_by_no_one(window):
            names_ok = False  # 'Merlow is heading for a deficit': the writer's, not Reyna's

        told_losing = self.winner is not None and self._winner_loses(window)
        lost = told_losing or rival is not None
        polarity = self._polarity_conflict(window) or bool(opposed) or lost or nobody or befell
        if (
            polarity
            and not lost
            and checks
            and all(c.status == "match" and not self._negated_clause(c, window) for c in checks)
            and not opposed
            # what the claim itself denies, said plainly ('all among vaccinated children'
            # for 'children who had not been vaccinated'), is still denied
            and not (self.f.negated and self._denial_stated(window))
            # nor is a denial of the claim's own deed ('Two people were injured ... No
            # one was killed' for 'Two people were killed')
            and not self._deed_denied(window)
        ):
            # 'No party won a majority in the election, in which turnout was 63.4 per
            # cent': every figure of the claim agrees, told in a clause no negation
            # reaches, so the 'no' denies something else ('will not reopen in June' is
            # still a denial)
            polarity = False
        # 'Not an official state visit' is not denied by a mere 'trip': the window
        # contradicts a denial only when it has what the claim denies.
        denial_stated = bool(opposed) or befell or self._denial_stated(window)
        conflicts = [c for c in checks if c.status == "conflict"]
        if order is not None and not conflicts:
            conflicts.append(order)  # 'more than 2,000 people' for 'a few dozen people'
            stated_core |= self.order_terms  # the count is there, of another order
        highlights: list[tuple[int, int]] = []  # filled in for the chosen window only
        unread = self._unread_missing(window, told_elsewhere)
        # The sentence the window is built on tells some of the claim itself, not only
        # its names: the rest may come from the sentence beside it
        told_here = not self.content_words or bool(self.content_words & core)
        # the sentence denies just what the claim denies, and leaves out only words its
        # document tells elsewhere: 'No deaths have been reported' in a report on an
        # outbreak (no pairs of words to find in so short a denial)
        topical = content_share >= T.support_content_denial and self._same_denial_told(
            window, core | context
        )
        if topical and score < T.support_score:
            # ... and the words it leaves out count as told beside it
            told_around = context | {t for t in self.content_order if t not in core}
            coverage = self._coverage(core, told_around, window.document)
            score = (coverage * self.total + matched_values * self.value_weight) / (
                self.total + self.value_total
            )
        plainly = (
            told_here
            and (
                content_share >= T.support_content
                or (
                    content_share >= T.support_content_subject
                    and self._lacks_only_the_subject(window, core | context)
                )
                or topical
            )
            and (
                phrase_share >= T.support_phrases
                or content_share >= T.support_content_alone
                or topical
            )
            and self._values_in_context(window, checks, dates_too=False)
        )
        # Every figure matched, each among the claim's own words: half the content told
        # otherwise is the same fact ('agreed on Monday to sell 1.2 million tonnes').
        anchored = (
            bool(checks)
            and content_share >= T.anchored_content
            and self._values_in_context(window, checks, dates_too=True)
        )
        asks = self._asks(window)
        unquantified = self._unquantified(window)
        states_it = (
            not asks
            and not unquantified
            and self._quotation_in(window)
            and not conflicts
            and not polarity
            and place_conflict is None
            and all(c.status == "match" for c in checks)
            and not unread
            and orders_told
            and (plainly or anchored)
        )
        reversed_roles = states_it and (
            self._roles_reversed(window) or self._route_reversed(window)
        )
        if reversed_roles:
            states_it = False  # 'Nordbank bought Sorbank' for 'Sorbank bought Nordbank'
        # 'jailed Mark Dunlop for 18 months; Scott Dunlop was fined': no support (words
        # given to another speaker there still contradict)
        apart = states_it and (
            self._told_apart_in_clauses(window, checks)
            or self._names_split_over_clauses(window)
            or self._placed_with_another_thing(window)
        )
        other_agent = states_it and (
            self._done_by_another(window, checks) or self._opened_by_another(window, checks)
        )
        if other_agent:
            states_it = False  # 'introduced by the Farmers' Party' for 'X introduced'
        other_patient = states_it and self.undergone and self._undergone_by_another(window)
        if other_patient:
            states_it = False  # 'The league fined Northgate' for 'Lena Ortiz was fined'
        former = states_it and self._formerly(window)
        if former:
            states_it = False  # 'the former chief executive' for 'the chief executive'
        counterpart = self._counterpart_instead(window, core, checks) if states_it else None
        if counterpart:
            states_it = False  # 'exports rose 8 per cent' for 'imports rose 8 per cent'
        disputed = states_it and self._disputed(window)
        if disputed:
            states_it = False  # '... said the minister had been warned. The ministry denied it'
        judged = self.judged_terms
        unjudged = states_it and bool(judged) and not judged & (core | context)
        if unjudged:
            states_it = False  # 'accepting a 4% offer' does not call the outcome a victory
        decided_only = states_it and self._decided_only(window)
        if decided_only:
            states_it = False  # 'approved the extradition of Danilov' for 'was extradited'
        intended = self._only_intended(window) or (
            states_it and self._told_only_as_undone(window, core, context)
        )
        if intended:
            states_it = False  # 'promised to pay on 1 May' for 'paid on 1 May'
        denial_unsaid = states_it and self._denial_unsaid(window)
        if denial_unsaid:
            states_it = False  # 'Two firefighters were injured' for 'No firefighters were hurt'
        if speaker is not None and states_it and score < T.support_score:
            # The document names who speaks: judge what was said on its own terms.
            said = self._coverage(core, context, window.document, self.said_weights)
            score = (said * self.said_total + matched_values * self.value_weight) / (
                self.said_total + self.value_total
            )
        narrowed = self._part_unsaid(window) if names_ok and states_it else None
        if narrowed is not None and score >= T.support_score:
            # 'a youth mental health crisis centre' where the document tells of a mental
            # health crisis centre: the part the claim narrows it to is never said
            return Judgement(
                "silent", round(score, 3), window, "", highlights, rule=rules.SILENT.code,
                lacking=(f"the word '{narrowed}' (it never narrows it to that part)",),
            )  # fmt: skip
        if names_ok and states_it and score >= T.support_score and self.runs:
            told_runs = self._runs_told(window)
            if not self.runs <= told_runs:
                # 'fell to 212 last year, from 240 in 2023' for 'fell for the third year in
                # a row': the last step of a run is no run
                kind, run = min(self.runs - told_runs)
                lacking = (
                    f"a run of {run} (it never says how long the run is)"
                    if kind == "in a row"
                    else f"the count of times, {run} (it never says how many times)"
                )
                return Judgement(
                    "silent", round(score, 3), window, "", highlights, rule=rules.QUALIFIER.code,
                    lacking=(lacking,),
                )  # fmt: skip
        substitute = self._substituted(window, checks) if names_ok and states_it else None
        if substitute is not None and score >= T.support_score:
            wanted, written = substitute
            return Judgement(
                "silent", round(score, 3), window, "", highlights, rule=rules.SILENT.code,
                lacking=(f"the word '{wanted}' (it says '{written}' in its place)",),
            )  # fmt: skip
        outranking = outranking if names_ok else None
        if office is not None and names_ok and states_it and not apart:
            # 'Prime Minister Elina Sorvald' for 'President Elina Sorvald': the person's
            # office is a value of the claim, and the window gives another
            written, claimed, _ = office
            return Judgement(
                "contradicts", round(score, 3), window, f"gives {written}", highlights,
                claimed, rules.VALUE.code,
            )  # fmt: skip
        if (
            names_ok
            and states_it
            and not apart
            and score >= T.support_score
            and not outranking
            and not compared  # the figures of its two times went the other way
            and not (
                self.agent_terms
                and self.main_deeds - (core | context)
                and not self.agent_terms & (core | context)
            )
        ):
            pace = self.pace
            told_pace = _pace(self.corpus.passages[window.core_pid].tokens) if pace else None
            if pace and told_pace and told_pace != pace:
                # 'plunged' for 'edged slightly lower': the same move, told as another size
                return Judgement(
                    "differs", round(score, 3), window, f"tells it as a {told_pace} move",
                    highlights, rule=rules.FRAMING.code,
                )  # fmt: skip
            unranked = self._unmatched_ranking(window)
            if unranked:
                stance: Stance = "silent" if unranked.startswith("the ranking") else "differs"
                detail = f"ranks it in {unranked}" if stance == "differs" else ""
                return Judgement(
                    stance, round(score, 3), window, detail, highlights, rule=rules.QUALIFIER.code,
                    lacking=(unranked,) if stance == "silent" else (),
                )  # fmt: skip
            return Judgement(
                "supports", round(score, 3), window, "", highlights, rule=rules.SUPPORT.code
            )
        if (unjudged and names_ok and not apart and score >= T.support_score) or (
            self.judged_terms
            and names_ok
            and not apart
            and not conflicts
            and not polarity
            and place_conflict is None
            and not asks
            and unjudged_cover >= T.support_score
        ):
            # everything of the claim but its verdict on the event (even where the
            # verdict weighs so much that the rest falls short of a plain statement): the
            # same event, told in other terms
            verdict = ", ".join(f"'{self._shown((t,))}'" for t in sorted(self.judged_terms))
            return Judgement(
                "differs", round(score, 3), window, f"tells it without calling it {verdict}",
                highlights, rule=rules.FRAMING.code,
            )  # fmt: skip
        if reversed_roles and names_ok and not apart and score >= T.support_score:
            return Judgement(
                "contradicts", round(score, 3), window,
                "has the claim's names the other way round", highlights, "",
                rules.NEGATION.code,
            )  # fmt: skip
        if other_speaker and states_it and score >= T.support_score:
            detail = f"gives these words to {other_speaker}"
            claimed = " ".join(self._shown(g) for g in self.f.speakers)
            return Judgement(
                "contradicts",
                round(score, 3),
                window,
                detail,
                highlights,
                claimed,
                rules.SPEAKER.code,
            )
        # A quotation is denied only where its speaker speaks: 'No family will go without
        # bread,' Dassine said' is not denied by a reporter's 'families facing winter'.
        quoted_ok = self.quotation is None or any(set(g) <= window.terms for g in self.f.speakers)
        threshold = T.contradict_score
        if (
            any(
                self._same_counted_phrase(check, carried, window)
                for check, carried in zip(checks, self.value_terms, strict=True)
                if check.status == "conflict"
            )
            or self._conflict_told_alike(window, checks)
            or self._figure_told_alike(window, checks)
        ):
            threshold = T.contradict_same_thing
        if self._score_between_the_sides(window, conflicts):
            threshold = 0.0  # 'drew 2-2 with Kelso Rangers' for 'a 2-1 victory over Kelso'
        if lost:
            # the loser's sentence tells the contest in its own words ('took silver'):
            # the claim's word for winning is what it denies, not what it lacks; and a
            # winner given otherwise is the claim's value told another way
            stated_core = stated_core | self.win_terms
            if rival is not None:
                stated_core = stated_core | set(self.winner or ())
        about_same = self._coverage(stated_core, window.terms, window.document, self.frame_weights)
        if threshold == T.contradict_score:  # not one long counted phrase: content must match too
            frame_content = {
                t: self.frame_weights[t] for t in self.content_words if t in self.frame_weights
            }
            if frame_content:
                about_same = min(
                    about_same,
                    self._coverage(stated_core, window.terms, window.document, frame_content),
                )
        stated = self._coverage(stated_core, window.terms, window.document)
        if polarity and not conflicts and not place_conflict and stated < T.polarity_score:
            polarity = False  # a stray 'not' near a shared word is not a denial
        if degrees and (conflicts or place_conflict) and about_same >= threshold:
            unranked = self._unmatched_ranking(window)
            if unranked and not unranked.startswith("the ranking"):
                # 'the deadliest in Peru since 2007' ranks in another scope: the year and
                # the place belong to the ranking, not to a fact they could contradict
                return Judgement(
                    "differs", round(about_same, 3), window, f"ranks it in {unranked}",
                    highlights, rule=rules.QUALIFIER.code,
                )  # fmt: skip
        restricted = self._restricted(window) if unquantified in QUANTIFIERS else None
        if (
            names_ok
            and not asks
            and restricted
            and about_same >= T.contradict_same_thing
            and not conflicts
        ):
            # 'grounding only two' for 'grounded all of its V-190s': the count says which
            # of them, so the rest of the claim need not be told again
            return Judgement(
                "contradicts", round(about_same, 3), window, f"says '{restricted}'",
                highlights, unquantified or "", rules.QUALIFIER.code,
            )  # fmt: skip
        if (
            names_ok
            and not asks
            and about_same >= threshold
            and (
                conflicts
                or (polarity and denial_stated and quoted_ok)
                or place_conflict
                or outranking
                or compared
            )
        ):
            claimed = ""
            if outranking and not conflicts:
                detail, claimed = f"ranks it '{outranking}'", "first"
                rule = rules.QUALIFIER.code
            elif conflicts:
                check = conflicts[0]
                assert check.found is not None
                published = self.corpus.documents[window.document].published
                detail = f"gives {_describe(check.found, published)}"
                claimed = _describe(check.claim_value)
                rule = rules.VALUE.code
            elif place_conflict:
                detail, claimed = place_conflict
                rule = rules.PLACE.code
            elif compared:
                detail, claimed = compared
                rule = rules.VALUE.code
            elif told_losing:
                assert self.winner is not None
                detail = f"tells {self._shown(self.winner)} as the loser"
                rule = rules.NEGATION.code
            elif rival is not None:
                detail, claimed = f"gives {rival} as the winner", self._shown(self.winner or ())
                rule = rules.VALUE.code
            else:
                detail = "says the opposite"
                rule = rules.NEGATION.code
            return Judgement(
                "contradicts", round(about_same, 3), window, detail, highlights, claimed, rule
            )
        present = core | context

        def explain() -> tuple[str, ...]:
            lacking = self._lacking(window, checks, present, names_ok, polarity, place_conflict)
            lacking += tuple(
                f"the figure '{figure}' as the claim writes it (a form factcheck cannot compare)"
                for figure in unread
            )
            if unquantified:
                lacking += (f"the word '{unquantified}' (it does not say how many of them)",)
            if not orders_told:
                lacking += tuple(
                    f"a count like '{q.text}' (it gives none of that order)" for q in self.orders
                )
            if former:
                lacking += (f"the claim's office (it says '{former}')",)
            if counterpart:
                wanted, written = counterpart
                lacking = tuple(r for r in lacking if r != f"the words '{wanted}'")
                lacking += (f"the word '{wanted}' (it tells of '{written}' instead)",)
            if apart:
                told = "names and figures" if checks else "names"
                lacking += (
                    f"the claim's {told} in one clause (it tells them of different things)",
                )
            if intended:
                lacking += ("the claim's deed as done (it tells it only as planned or tried)",)
            elif decided_only:
                lacking += ("the claim's deed as done (it tells only of a decision on it)",)
            elif self.content_words & (self.corpus.undecided(window.core_pid) - self.open_terms):
                lacking += (
                    "the claim as a fact (it tells it only as possible, hoped or reported)",
                )
            if reversed_roles:
                lacking += ("the claim's names in their roles (it has them the other way round)",)
            if disputed:
                lacking += ("the claim as a fact (it tells it as one side's claim, denied)",)
            if other_agent:
                lacking += (f"the claim's names doing its deed (it has {other_agent} do it)",)
            if other_patient:
                lacking += (
                    f"the claim's names undergoing its deed (it does it to {other_patient})",
                )
            if len(lacking) > 1 and lacking[0] == _TOO_LITTLE:
                lacking = lacking[1:]  # a reason found says more than 'too little of it'
            return lacking

        # what it lacks is worded only for the window a document is judged on, at the end
        return Judgement("silent", round(score, 3), window, "", highlights, explain=explain)

    def _silent_at_most(self, window: Window, stated_core: set[str], score: float) -> bool:
        """Too little of the claim for any stance but silent, whatever the rest of the
        judgement finds: the shares that support and contradiction need are below their
        thresholds even before names, speakers and negation are looked at. (Claims with
        a speaker are judged in full: a named speaker re-weighs the score.)"""
        if self.f.speakers:
            return False
        if score >= T.support_score:
            return False
        if self.winner is not None:
            stated_core = stated_core | self.win_terms  # (it may be told as the loser)
            if self.contest and self.contest <= window.terms:
                stated_core = stated_core | set(self.winner)  # (or given to another)
        if self.comparison is not None:
            stated_core = stated_core | self.comparative_terms  # (its figures may deny it)
        about_same = self._coverage(stated_core, window.terms, window.document, self.frame_weights)
        return about_same < min(T.contradict_score, T.contradict_same_thing)

    def _could_be_named(
        self, window: Window, coverage: float, told_elsewhere: bool, skip: frozenset[str]
    ) -> bool:
        """The names test of a judgement at its most lenient (a place that conflicts is
        not asked for): when even that fails, no stance but silent is open."""
        return self._names_present(
            window, skip_places=True, told_elsewhere=told_elsewhere, skip=skip
        ) or (coverage >= T.mostly_named_score and self._mostly_named(window))

    def _full_explanation(self, window: Window) -> tuple[str, ...]:
        self._skip_bound = True
        try:
            judgement = self._judge_window(window)
        finally:
            self._skip_bound = False
        assert judgement.stance == "silent" and judgement.explain is not None
        return judgement.explain()

    def _lacking(
        self,
        window: Window,
        checks: list[_ValueCheck],
        present: set[str],
        names_ok: bool,
        polarity: bool,
        place_conflict: tuple[str, str] | None,
    ) -> tuple[str, ...]:
        """What keeps a window from supporting or contradicting the claim, in words."""
        lacking: list[str] = []
        if not names_ok:
            pids = self._window_pids(window)
            missing = [g for g in self.name_groups if not self._mentions(g, pids, window)]
            if missing:
                lacking.append("the name " + ", ".join(f"'{self._shown(g)}'" for g in missing))
            elif self.f.speakers and (self._named_speaker(window) or (True, ""))[0] is False:
                lacking.append("the claim's speaker (it gives the words to someone else)")
            elif self.f.speakers and self._speaker_unnamed(window.document):
                shown = " ".join(self._shown(g) for g in self.f.speakers)
                lacking.append(f"the claim's speaker '{shown}' (it never names them)")
            elif self.f.speakers and self._told_by_no_one(window):
                shown = " ".join(self._shown(g) for g in self.f.speakers)
                lacking.append(f"the claim's speaker '{shown}' saying it (it tells it as its own)")
        for check in checks:
            value = _describe(check.claim_value)
            if check.status == "missing":
                lacking.append(f"the value '{value}'")
            elif check.status == "conflict" and check.found is not None:
                lacking.append(
                    "a plain account of the same thing (it gives"
                    f" '{_describe(check.found, self.corpus.documents[window.document].published)}'"
                    f" where the claim says '{value}')"
                )
        if place_conflict:
            lacking.append(f"the place '{place_conflict[1]}' ({place_conflict[0]})")
        if polarity:
            lacking.append("the claim's sense (it negates part of it)")
        words = sorted(
            (t for t in self.content_words if t not in present),
            key=lambda t: (-self.weights[t], t),
        )[:3]
        if words:
            lacking.append("the words " + ", ".join(f"'{self._shown((t,))}'" for t in words))
        return tuple(lacking) or (_TOO_LITTLE,)

    def _shown(self, terms: tuple[str, ...]) -> str:
        """Terms as the claim writes them."""
        return " ".join(self.surface.get(t, t.lstrip("@")) for t in terms)

    def _asserted_terms(self, window: Window) -> tuple[set[str], set[str]]:
        """The window's terms as asserted: a word a sentence negates ('not an official
        state visit') backs nothing the claim asserts. Returns (core, whole window)."""
        claim_negated = self.f.negated
        open_here = self.open_terms  # what the claim itself leaves open ('fear the plant ...')
        core = set(window.core) - (self.corpus.negated(window.core_pid) - claim_negated)
        # 'decide whether to open': not opened
        core -= self.corpus.undecided(window.core_pid) - open_here
        if self._only_intended(window):  # 'is expected to announce' for 'announced'
            core -= self.corpus.expected(window.core_pid)
        context: set[str] = set()
        for pid in range(window.first, window.last + 1):
            negated = self.corpus.negated(pid) - claim_negated
            undecided = self.corpus.undecided(pid) - open_here
            if self.done_terms & self.corpus.expected(pid):
                undecided = undecided | self.corpus.expected(pid)
            left_out = negated | undecided if undecided else negated
            context |= self.corpus.passages[pid].terms - left_out
        return core, context

    def _substituted(self, window: Window, checks: list[_ValueCheck]) -> tuple[str, str] | None:
        """A claim word next to one of its figures, missing from the window, whose place
        next to the same figure holds another word: 'forty-five people were killed in
        the crash' for '... were injured in the crash', 'the company sold 1.2 million
        tonnes' for '... bought 1.2 million tonnes'. The same figure with another verb
        is another fact."""
        light = stems("light")  # 'stood at 187' and 'shrank to 187' may both be true
        claim_items = _content_items(self.f.tokens, [(v.start, v.end) for v in self.specific])
        # (side of the figure, the claim's words beyond the missing one) -> missing word
        slots: list[tuple[int, set[str], str]] = []
        for i, (term, kind, _) in enumerate(claim_items):
            if kind != "word" or term in window.terms or term in self.name_terms or term in light:
                continue
            for side in (-1, 1):  # the figure before the word, or after it
                j = i + side
                if 0 <= j < len(claim_items) and claim_items[j][0] == "#":
                    beyond = {
                        claim_items[k][0]
                        for k in (i - side, i - 2 * side)
                        if 0 <= k < len(claim_items) and claim_items[k][1] != "value"
                    }
                    if beyond:
                        slots.append((side, beyond, term))
        if not slots:
            return None
        for info, items in self._window_items(window, checks):
            base = info.passage.start
            for j, (written, kind, _) in enumerate(items):
                if kind != "word" or written in self.claim_terms:
                    continue
                for side, beyond, wanted in slots:
                    figure, other = j + side, j - side
                    if not (0 <= figure < len(items) and 0 <= other < len(items)):
                        continue
                    if (
                        items[figure][0] == "#"
                        and items[other][0] in beyond
                        and not _same_root(written, wanted)
                    ):
                        token = next(t for t in info.tokens if t.term == written)
                        shown = self.corpus.documents[window.document].body[
                            base + token.start : base + token.end
                        ]
                        return self.surface.get(wanted, wanted), shown
        return None

    def _unquantified(self, window: Window) -> str | None:
        """The claim's 'all', 'every' or 'unanimously', when the window says none of
        them: 'grounded two of its V-190s' does not back 'grounded all of its V-190s'.
        Or its 'most' where the sentence says 'few' (and the reverse)."""
        if self.proportions:
            said = {t.word for t in self.corpus.passages[window.core_pid].tokens}
            for word in sorted(self.proportions):
                if word not in said and said & PROPORTION_OPPOSITES[word]:
                    return word
        if self.share_told and not self._tells_a_share(window):
            return "most"
        if not self.quantifiers:
            return None
        for pid in self._window_pids(window):
            if self._quantifies_the_claim(self.corpus.passages[pid].tokens):
                return None
        return sorted(self.quantifiers)[0]

    def _tells_a_share(self, window: Window) -> bool:
        """The window tells that most of the whole did it: a word of proportion, a
        percentage or fraction over a half, or a count out of a total ('31 of the 41
        deaths')."""
        for pid in self._window_pids(window):
            info = self.corpus.passages[pid]
            if any(t.word in _SHARE_WORDS for t in info.tokens):
                return True
            quantities = self.corpus.values(pid).quantities
            # (more than half: 'a third of them electric' tells no 'most')
            if any(q.unit == "percent" and q.high > 50 for q in quantities):
                return True
            text = self.corpus.passage_text(pid)
            if any(q.unit != "percent" and _OUT_OF.match(text, q.end) for q in quantities):
                return True  # ('a third of them' is a share, told above)
        return False

    def _quantifies_the_claim(self, tokens: Sequence[Token]) -> bool:
        """A quantifier of the sentence bears on what the claim tells: a word of the
        claim stands right around it ('all 21 meetings', 'data on every subscriber'),
        or no word does ('all of them'); not 'in a week when every delegation is
        competing for the same hour'."""
        claimed = self.content_words | self.name_terms
        words = [t for t in tokens if t.kind in ("word", "entity") or t.word in QUANTIFIERS]
        for index, token in enumerate(words):
            if token.word not in QUANTIFIERS:
                continue
            if token.word not in _DETERMINING:
                return True  # 'unanimously', 'solely': said of the deed itself
            near = words[max(0, index - 1) : index + _QUANTIFIER_REACH + 1]
            if len(near) == 1 or any(t.term in claimed for t in near):
                return True
        return False

    def _counted_over_more_places(self, pid: int) -> bool:
        """The sentence names the claim's place among others of its kind: its count is
        of them all, not of the claim's place alone."""
        if not self.counted_places:
            return False
        claimed = set().union(*(p.terms for p in self.counted_places))
        places = self.corpus.places(pid)
        countries = {_is_country(p) for p in self.counted_places}
        ours = [p for p in places if p.terms & claimed]
        others = [p for p in places if not p.terms & claimed and _is_country(p) in countries]
        return bool(ours) and bool(others)

    def _more_places(self, pid: int) -> str | None:
        """The sentence lists the claim's place with another ('14 municipalities across
        the Alentejo and the Algarve' where the claim has all of them in the Alentejo)."""
        if not self.f.places:
            return None
        claimed = set().union(*(p.terms for p in self.f.places))
        text = self.corpus.passage_text(pid)
        spans = []
        for place in self.corpus.places(pid):
            at = text.find(place.text)
            if at >= 0:
                spans.append((at, at + len(place.text), bool(place.terms & claimed)))
        spans.sort()
        for (start, end, one), (begin, finish, other) in pairwise(spans):
            if one != other and _PLACES_JOINED.fullmatch(text, end, begin):
                return text[start:finish]
        return None

    def _restricted(self, window: Window) -> str | None:
        """Where the claim says 'all', the core sentence says only some of them: 'only
        two', 'most of its', '11 of its 14', or a count split into the claim's kind and
        another ('five children and two adults' for 'all of them are children')."""
        text = self.corpus.passage_text(window.core_pid)
        match = _SOME_OF_THEM.search(text)
        if match:
            return match.group(0)
        if self.quantifiers & {"unanimous", "unanimously"}:
            # the tally may close the paragraph: 'Motion carried 6 votes to 2.'
            for pid in [p for p in self._nearby_pids(window) if p >= window.first]:
                split = _SPLIT_VOTE.search(self.corpus.passage_text(pid))
                against = split.group("against") or split.group("against2") if split else None
                if split and against and (count_of(against.lower()) or 0) > 0:
                    return split.group(0)
        for pid in self._window_pids(window):  # 'The station's other reactor kept running'
            said = self.corpus.passage_text(pid)
            apart = _THE_OTHER_ONE.search(said)
            if apart and _SPARED.search(said, apart.end()):
                return apart.group(0)
        listed = self._more_places(window.core_pid)
        if listed:
            return listed
        counts = self.corpus.values(window.core_pid).quantities
        for one, other in pairwise(counts):
            if (
                one.unit
                and other.unit
                and one.unit != other.unit
                and _SPLIT_JOINED.fullmatch(text, one.end, other.start)
                and (one.unit in self.claim_terms) != (other.unit in self.claim_terms)
            ):
                return text[one.start : other.end]
        return None

    def _asks(self, window: Window) -> bool:
        """The core sentence is a question ('Has Peru asked for international help?'):
        it states nothing, either way."""
        return self.corpus.is_question(window.core_pid)

    def _quotation_given_to_another(self, window: Window) -> str | None:
        """The window has the claim's quotation and gives it to a person other than the
        claim's speaker: who, as written. None otherwise (no one named, or the speaker)."""
        if not self._quotation_in(window):
            return None
        speaker = self._named_speaker(window)
        return speaker[1] if speaker is not None and not speaker[0] else None

    def _quotation_in(self, window: Window) -> bool:
        """The claim's quotation is in the window, as written or nearly."""
        if self.quotation is None:
            return True
        doc = window.document
        if doc not in self.quoted_at:
            self.quoted_at[doc] = [
                (m.start, m.end)
                for m in find_quotes(self.quotation, doc, self.corpus)
                if m.status != "missing"
            ]
        first = self.corpus.passages[window.first].passage.start
        last = self.corpus.passages[window.last].passage.end
        return any(first <= start < last for start, _ in self.quoted_at[doc])

    def _window_items(
        self, window: Window, checks: list[_ValueCheck]
    ) -> Iterable[tuple[PassageInfo, list[tuple[str, str, tuple[int, int] | None]]]]:
        """Each passage of the window with its content items, the claim's matched
        figures marked '#'."""
        matched = [(c.found_start, c.found_end) for c in checks if c.status == "match"]
        for pid in range(window.first, window.last + 1):
            info = self.corpus.passages[pid]
            base = info.passage.start
            values = self.corpus.values(pid)
            mentioned: list[Value] = [*values.quantities, *values.dates]
            spans = [(base + v.start, base + v.end) for v in mentioned]
            yield info, _content_items(info.tokens, spans, matched, base)

    def _values_in_context(
        self, window: Window, checks: list[_ValueCheck], *, dates_too: bool
    ) -> bool:
        """Each matched figure stands among the claim's own words: '€2,500' in 'fines of
        up to €2,500 for households' is the claim's fine, not another sum of the same
        passage."""
        # '186 passengers' says what it counts; '€45 million' and '12%' do not. Each
        # figure's telling words are the claim's but its own ('45 million soles'); a
        # sum may be told by the count beside it ('45 Kornmart stores for 210 million')
        owned = {
            (c.found_start, c.found_end): self.claim_terms - carried
            for c, carried in zip(checks, self.value_terms, strict=True)
            if c.status == "match"
            and (_measure(c.claim_value) or (dates_too and not isinstance(c.claim_value, Quantity)))
        }
        matched = list(owned)
        if not matched:
            return True
        near: set[tuple[int, int]] = set()
        reach = T.value_context
        for info, items in self._window_items(window, checks):
            base = info.passage.start
            for j, (_, _, span) in enumerate(items):
                if span is None or not any(m[0] <= span[0] and span[1] <= m[1] for m in matched):
                    continue  # (a change told by two levels is matched by its span over both)
                around: set[str] = set()
                for other, _, other_span in items[max(0, j - reach) : j + reach + 1]:
                    if other_span is None:
                        around.add(other)
                    else:
                        # '€1.2 billion housing programme' carries what it counts, and
                        # '€1.2 billion housing programme spread over four years' what
                        # the next figure is of
                        around |= {
                            t.term
                            for t in info.tokens
                            if other_span[0] <= base + t.start < other_span[1]
                        }
                near.update(
                    m for m in matched if m[0] <= span[0] and span[1] <= m[1] and around & owned[m]
                )
        return len(near) >= len(matched)

    def _phrase_share(self, window: Window) -> float:
        """Key content is phrases, not loose words: 'first multilateral trip' is not
        'the first year ... diplomatic relations'."""
        if not self.bigrams:
            return 1.0
        found: set[tuple[str, str]] = set()
        for pid in range(window.first, window.last + 1):
            found |= self.corpus.bigrams(pid)
        return len(self.bigrams & found) / len(self.bigrams)

    def _lacks_only_the_subject(self, window: Window, present: set[str]) -> bool:
        """Every content word the window leaves out is one its document tells elsewhere:
        a column on a blackout need not say 'blackout' again in the sentence that gives
        its date, but a permit 'suspended' says nothing of one 'revoked'."""
        told = self.corpus.document_terms[window.document]
        # (a word the window has but does not count, 'No one died', is denied, not left out)
        return all(
            t in told and t not in window.terms for t in self.content_order if t not in present
        )

    def _same_denial_told(self, window: Window, present: set[str]) -> bool:
        """The core sentence denies the focus of the claim's denial, and the claim's
        words it leaves out are told elsewhere in its document."""
        denied = {t for t in self.f.negated if t in self.weights and t not in self.name_terms}
        if not denied:
            return False
        focus, _ = _denied_focus(self.f.tokens, denied)
        if not focus <= self.corpus.negated(window.core_pid):
            return False
        return self._lacks_only_the_subject(window, present)

    def _conflict_told_alike(self, window: Window, checks: list[_ValueCheck]) -> bool:
        """Another figure told by the claim's own word for it, beside a figure of the
        claim that matches: 'fined Sarnik 1.5 million crowns in 2024' for 'fined ...
        1.2 million crowns in 2024' is the same fine, whatever else the claim adds."""
        matched = [c for c in checks if c.status == "match"]
        if not matched:
            return False
        reach = T.value_context
        for check, (wanted, leading) in zip(checks, self.figure_words, strict=True):
            if check.status != "conflict" or not isinstance(check.claim_value, Quantity):
                continue
            # what is counted comes before the figure ('profit rose 12 percent'): all of
            # it must be told, not only the verb ('revenue rose 12 percent')
            if not leading:  # (then 'wanted', which holds it, is not empty either)
                continue
            for info, items in self._window_items(window, []):
                base = info.passage.start
                if not base <= check.found_start < info.passage.end or not any(
                    base <= c.found_start < info.passage.end for c in matched
                ):
                    continue  # (the matching figure told beside it, in its sentence)
                span = next(
                    (s for _, _, s in items if s and s[0] <= check.found_start < s[1]), None
                )
                if span and _terms_beside(items, span, reach) & wanted and leading <= info.terms:
                    return True
        return False

    def _figure_told_alike(self, window: Window, checks: list[_ValueCheck]) -> bool:
        """Another count of the claim's thing told by the claim's own words right beside
        it: 'Eleven people have been hospitalized' for 'Seven people have been
        hospitalised since the outbreak began' is the same count, whatever else the
        claim adds. Not a share or a span of time ('53 percent' of what? 'a week' since
        what?), nor a part of the whole ('the remaining 14 dates')."""
        for check, wanted in zip(checks, self.figure_neighbours, strict=True):
            if check.status != "conflict" or not isinstance(check.claim_value, Quantity):
                continue
            unit = check.claim_value.unit
            if not unit or unit in GENERIC_UNITS or not wanted:
                continue
            if self._figure_given(check.claim_value, wanted, window.document):
                continue  # (then the other figure beside the same words counts another thing)
            for info, items in self._window_items(window, []):
                base = info.passage.start
                if not base <= check.found_start < info.passage.end:
                    continue
                before = self.corpus.documents[info.document].body[base : check.found_start]
                if _PART_BEFORE.search(before) and not _PART_BEFORE.search(
                    self.f.claim.text[: check.claim_value.start]
                ):
                    continue
                span = next(
                    (s for _, _, s in items if s and s[0] <= check.found_start < s[1]), None
                )
                shared = _terms_beside(items, span, T.figure_reach) & wanted if span else set()
                if shared and len(shared) * 2 >= len(wanted):
                    # (half the claim's words for it, at least: 'ten agreements on
                    # public health' are not the claim's 'on maritime security')
                    return True
        return False

    def _figure_given(self, claimed: Quantity, wanted: set[str], doc_index: int) -> bool:
        """The document gives the claim's own figure somewhere, told by the claim's words
        beside it ('Four masked men ... raided' for 'Four men took part in the raid').
        Looked up once per figure and document: every window of it asks the same."""
        key = (id(claimed), doc_index)
        if key not in self.figures_given:
            self.figures_given[key] = self._find_figure(claimed, wanted, doc_index)
        return self.figures_given[key]

    def _find_figure(self, claimed: Quantity, wanted: set[str], doc_index: int) -> bool:
        reference = self.corpus.documents[doc_index].published
        for pid in self.corpus.document_passages(doc_index):
            info = self.corpus.passages[pid]
            base = info.passage.start
            found = self.corpus.values(pid).quantities
            same = [
                (base + q.start, base + q.end)
                for q in found
                if compare(claimed, q, reference) == "match"
            ]
            if not same:
                continue
            spans = [(base + q.start, base + q.end) for q in found]
            items = _content_items(info.tokens, spans, None, base)
            if any(_terms_beside(items, span, T.figure_reach) & wanted for span in same):
                return True
        return False

    def _same_counted_phrase(self, check: _ValueCheck, carried: set[str], window: Window) -> bool:
        words = {t for t in carried if t in self.weights}
        return isinstance(check.claim_value, Quantity) and len(words) >= 2 and words <= window.terms

    def _place_conflict(self, window: Window) -> tuple[str, str] | None:
        """The claim puts it in one place, the window in another, and names none of the
        claim's places."""
        if not self.f.places:
            return None
        claimed = set().union(*(p.terms for p in self.f.places))
        countries = {_is_country(p) for p in self.f.places}
        said = " and ".join(p.text for p in self.f.places)
        if self.place_events:
            # 'built in Korea, registered in Panama' for 'registered in Korea': the place
            # told of the claim's own verb is the one compared
            info = self.corpus.passages[window.core_pid]
            text = self.corpus.passage_text(window.core_pid)
            for place in self.corpus.places(window.core_pid):
                at = text.find(place.text)
                verb = event_word(info.tokens, at, text) if at >= 0 else None
                if (
                    verb in self.place_events
                    and not place.terms & claimed
                    and not _told_besides(place, text)
                    and _is_country(place) in countries
                    and not (at >= 0 and self._placed_within_claimed(text, at + len(place.text)))
                ):
                    return f"gives {place.text}", said
        reported = self.corpus.reported_terms(window.core_pid)  # a dateline is no place
        # ('in Gresham County rather than in Halloway': a place denied is not given)
        reported = reported - self.corpus.negated(window.core_pid)
        if any(p.terms & reported for p in self.f.places):
            return None
        # Where the window tells it: its core sentence when that names a place of its own
        # ('... at a briefing in Portvale. She said the engine would be stripped down in
        # Dunmere'), else the whole window
        named_beside = any(p.terms & window.terms for p in self.f.places)
        pids = [window.core_pid] if named_beside else range(window.first, window.last + 1)
        here: list[Place] = []
        for pid in pids:
            text = self.corpus.passage_text(pid)
            here.extend(p for p in self.corpus.places(pid) if not _told_besides(p, text))
        others = [
            p for p in here
            if not p.terms & claimed and not p.terms <= self.f.topic_terms
            # a town may lie in the claim's country, a country holds the claim's town:
            # only a place of the same kind says 'somewhere else'
            and _is_country(p) in countries
        ]  # fmt: skip
        if not others:
            return None
        return f"gives {others[0].text}", said

    def _kind_conflict(self, window: Window) -> tuple[str, str, frozenset[str]] | None:
        """The claim names a place of a kind ('the port of Dunvar', 'Huesca province')
        that the window never names, and the window names another place of that kind
        ('Port Alcine', 'the final seat in Teruel province'): (what it gives, what the
        claim says, the claim's words for the place)."""
        for claimed in self.kinded:
            if claimed.terms & window.terms:
                continue
            deed = event_told(self.f.tokens, claimed.start, self.f.claim.text)
            for pid in self._window_pids(window):
                info = self.corpus.passages[pid]
                for other in self.corpus.kinded_names(pid):
                    if other.kind != claimed.kind or other.terms & self.name_terms:
                        continue
                    done = event_told(info.tokens, other.start, self.corpus.passage_text(pid))
                    if _other_deeds(deed, done):
                        continue  # 'loaded at the port of Kessel' for 'unloaded at ... Dunvar'
                    return f"gives {other.text}", claimed.text, claimed.told
        return None

    def _placed_within_claimed(self, text: str, end: int) -> bool:
        """The place just told lies in one of the claim's: 'a company based in Merrow, in
        Tollria' is based in Tollria."""
        after = text[end : end + 60]
        return any(
            re.match(rf",\s*(?:in\s+)?{re.escape(p.text)}\b", after) is not None
            for p in self.f.places
        )

    def _names_present(
        self,
        window: Window,
        *,
        skip_places: bool = False,
        strict: bool = False,
        told_elsewhere: bool = False,
        skip: frozenset[str] = frozenset(),
    ) -> bool:
        """Every name of the claim is in the window, or, when the window refers back
        ('he', 'the two countries'), somewhere in the document. (``skip``: a name the
        window gives another place for.)"""
        place_terms = set().union(*(p.terms for p in self.f.places)) if skip_places else set()
        place_terms |= skip
        if strict:
            return all(
                set(g) <= window.terms for g in self.name_groups if not set(g) <= place_terms
            )
        pids = self._window_pids(window)
        missing = [
            g for g in self.name_groups
            if not set(g) <= place_terms and not self._mentions(g, pids, window)
        ]  # fmt: skip
        if not missing:
            return True
        if told_elsewhere:
            return True  # 'All 193 people on board' after 'flight SR418' named above
        main = self.corpus.main_subjects(window.document)
        if all(self._implied(g, window, main) for g in missing):
            return True  # 'shareholders' in a story about Halvard; 'the court' for its name
        if any(self._unlocated(g, window) for g in missing):
            return False  # no 'he' or 'it' tells where it happened ('... in Zaragoza')
        nearby = self._nearby_pids(window)
        if not all(
            self._mentions(g, nearby, window)
            or (g[-1] in main and self._may_be_subject(g, window.document))
            for g in missing
        ):
            return False
        return self._has_coreference(window) and not self._antecedent_names_another(window)

    def _implied(self, group: tuple[str, ...], window: Window, main: frozenset[str]) -> bool:
        """A name the window may leave out: the document's own subject, or a name whose
        common-noun head the window uses ('the court' for 'the High Court of Justice')."""
        if all(t in main for t in group) and self._may_be_subject(group, window.document):
            return not self._slot_taken(group, window)
        if self._definite_noun(group, window):
            return True
        heads = {t for t in group if t in NAME_HEADS}
        if not heads or not heads <= window.core:
            return False
        tokens = self.corpus.passages[window.core_pid].tokens
        for before, token in pairwise(tokens):
            if token.term in heads and before.capitalised:
                # 'the Constitutional Court' is another court; the name itself, written
                # and not counted ('the insurance arm of Pellam Bank'), is someone else's
                return False
        return True

    def _negated_clause(self, check: _ValueCheck, window: Window) -> bool:
        """A negation stands in the clause of the figure found ('will *not* reopen in
        June', 'has *refused* to pay the 2 million euro fine')."""
        pid = self._pid_at(window, check.found_start)
        if pid is None:
            return False
        info = self.corpus.passages[pid]
        text = self.corpus.passage_text(pid)
        start = check.found_start - info.passage.start
        end = check.found_end - info.passage.start
        for index, token in enumerate(info.tokens):
            gap = text[token.end : start] if token.end <= start else text[end : token.start]
            if negation_cue(info.tokens, index) and not CLAUSE_BREAK.search(gap):
                return True
        return False

    def _value_pids(self, window: Window, checks: list[_ValueCheck]) -> set[int]:
        """The window's sentences that hold a figure or date found for the claim."""
        return {
            pid
            for c in checks
            if c.found is not None and (pid := self._pid_at(window, c.found_start)) is not None
        }

    def _score_between_the_sides(self, window: Window, conflicts: list[_ValueCheck]) -> bool:
        """A score of the claim's match given otherwise in a sentence that names both of
        its sides: the same match, whatever words tell it ('came from two goals down to
        draw 2-2 with Kelso Rangers' for 'a 2-1 victory over Kelso Rangers')."""
        if len(self.name_groups) < 2:
            return False
        for check in conflicts:
            if getattr(check.claim_value, "unit", None) != "score":
                continue
            pid = self._pid_at(window, check.found_start)
            if pid is None:
                continue
            terms = self.corpus.passages[pid].terms
            if sum(1 for g in self.name_groups if set(g) <= terms) >= 2:
                return True
        return False

    def _pid_at(self, window: Window, offset: int) -> int | None:
        """The sentence of the window that holds an offset of its document."""
        for pid in self._window_pids(window):
            passage = self.corpus.passages[pid].passage
            if passage.start <= offset < passage.end:
                return pid
        return None

    def _unnamed_elsewhere_named(
        self, missing: list[tuple[str, ...]], window: Window, checks: list[_ValueCheck]
    ) -> bool:
        """A sentence that names no one and nothing may tell of the names its document
        gives elsewhere: 'All 193 people on board' in a story that names flight SR418.
        A sentence that names something else is about that."""
        if not set().union(*missing) <= self.corpus.document_terms[window.document]:
            return False
        named = self.corpus.names_written(window.document)
        if not all(g in named for g in missing):
            return False  # 'a green belt' does not name the Green Party
        core = window.core_pid
        if any(
            self._names_another(pid) or self._surname_of_another(pid)
            for pid in {core} | self._value_pids(window, checks)
        ):
            return False  # the sentence, or the one giving its figure, names another
        return not self._antecedent_names_another(window)

    def _names_another(self, pid: int) -> bool:
        """The sentence names someone or something the claim does not ('April' in a
        date and 'Shareholders' opening a sentence are no names)."""
        return not self.corpus.names_outside_values(pid) <= self.name_terms

    def _antecedent_names_another(self, window: Window) -> bool:
        """'The two sides signed 3 agreements' after a sentence that names two others
        is about those two, whoever the document names elsewhere: the sentence before
        the core, or before a later sentence of the window that refers back ('Bùi met
        Haddad in Vienna. The two sides signed 8 agreements')."""
        core = window.core_pid
        for pid in sorted({core, *self._window_pids(window)}):
            # beside the core, only the parties together ('the two sides', 'they'): 'her'
            # may be anyone the paragraph named before; and before the core, only after
            # a sentence that names another person in full ('Kofi Mensah met Rafael
            # Kowalski ... The two sides signed ... Mensah said ...')
            referring = COREFERENCE if pid == core else _PARTIES_TOGETHER
            if not _refers_back(self.corpus.passages[pid].tokens, referring, as_written=False):
                continue
            before = pid - 1
            if (
                before >= 0
                and self.corpus.passages[before].document == window.document
                and self.corpus.passages[before].passage.paragraph
                == self.corpus.passages[pid].passage.paragraph
                and (
                    self._names_another_person(before)
                    if pid < core
                    else self._names_another(before)
                )
            ):
                return True
        return False

    def _surname_of_another(self, pid: int) -> bool:
        """The sentence has a claim's surname alone that its paragraph gave another
        person before ('Bùi said ...' after 'President Thanh Bùi met ...', for Rafael
        Bùi)."""
        groups = {g[-1]: g for g in self.name_groups if len(g) > 1}
        for index, (before, token) in enumerate(_pairs(self.corpus.passages[pid].tokens)):
            group = groups.get(token.term)
            if group is None or not token.capitalised or self._given_name(before):
                continue
            given = self._last_given(token.term, pid, index)
            if given is not None and given != group[-2]:
                return True
        return False

    def _names_another_person(self, pid: int) -> bool:
        """The sentence names in full a person the claim does not: a given name (see
        _given_name) no document writes in lower case before a capitalised surname
        ('Rafael Kowalski', 'Hiro Lê' for Thanh Lê; not 'Comprehensive Partnership'
        where 'comprehensive' is a common word)."""
        common = self.corpus.common_words()
        for before, token in pairwise(self.corpus.passages[pid].tokens):
            if (
                token.capitalised
                and token.kind == "word"
                and self._given_name(before)
                and before.term not in common
                and not any(g[-2:] == (before.term, token.term) for g in self.name_groups)
            ):
                return True
        return False

    def _slot_taken(self, group: tuple[str, ...], window: Window) -> bool:
        """The window writes another name where the claim has this one, after the same
        word: 'a wake-up call for the whole of Eastvale' for '... the whole of Norvala'.
        A document's subject left unsaid is implied; one replaced is not."""
        claimed = [t for t in self.f.tokens if t.kind != "stop"]
        at = next((i for i, t in enumerate(claimed) if t.term == group[0]), None)
        if at is None or at == 0:
            return False
        before = claimed[at - 1]
        if before.kind != "word" or before.capitalised or before.term in self.name_terms:
            return False
        for pid in self._window_pids(window):
            tokens = self.corpus.passages[pid].tokens
            written = [i for i, t in enumerate(tokens) if t.kind != "stop"]
            for one, other in pairwise(written):
                name = tokens[other]
                if (
                    tokens[one].term == before.term
                    and name.capitalised
                    and name.kind in ("word", "entity")
                    and name.term not in group
                    and tokens[other - 1].word not in DEFINITE  # 'this Authority': the same
                ):
                    return True
        return False

    def _topic_noun(self, window: Window) -> bool:
        """The sentence tells of 'the earthquake' (or 'the magnitude-7.0 earthquake') in a
        document that names the claim's topic, 'Colca valley earthquake', elsewhere: one
        story's earthquake is that one. An earlier or another one ('the 2001 earthquake',
        'the previous earthquake'), or one of a place named before it, is not."""
        nouns = self.f.topic_nouns
        terms = self.corpus.document_terms[window.document]
        if (
            not nouns
            or self.f.frame_terms  # what someone said needs them named ('Silva said')
            or not all(set(g) <= terms for g in self.f.topic_groups)
        ):
            return False
        tokens = self.corpus.passages[window.core_pid].tokens
        for index, token in enumerate(tokens):
            if token.word != "the":
                continue
            if any(
                (t.kind == "entity" or t.capitalised)
                and t.term not in self.name_terms
                and not (i == 0 and t.kind != "entity")  # 'Doctors said the trial ...'
                for i, t in enumerate(tokens[:index])
            ):
                return False  # 'In Ostria, the maize harvest ...': another place's
            for after in tokens[index + 1 : index + 5]:
                if after.term in nouns:
                    return True
                if (
                    after.capitalised
                    or after.kind not in ("word", "number")
                    or after.word in _ANOTHER_ONE
                    or _A_YEAR.fullmatch(after.word)
                ):
                    break
        return False

    def _definite_noun(self, group: tuple[str, ...], window: Window) -> bool:
        """'The plant employs 800 workers' for 'the Altwerk plant employs ...', in a
        document that names Altwerk: the definite noun refers back to the name."""
        nouns = self.name_nouns.get(group)
        if not nouns or not set(group) <= self.corpus.document_terms[window.document]:
            return False
        tokens = self.corpus.passages[window.core_pid].tokens
        for before, token in pairwise(tokens):
            if token.term in nouns and before.word in DEFINITE:
                return True
        return False

    def _named_speaker(self, window: Window) -> tuple[bool, str] | None:
        """Whom the core sentence gives its words to, and whether that is the claim's
        speaker: its attribution clause, the clause closing its quotation, its transcript
        label, or else a capitalised name beside a reporting verb. None: no one named, or
        the claim's speaker is no person (a company speaks through its people)."""
        claimed = " ".join(self._shown(g) for g in self.f.speakers)
        if self.speaker_is_person is None:
            self.speaker_is_person = names_a_person(claimed, self.corpus)
        if not self.speaker_is_person:
            return None
        said_here = [window.core_pid] + [
            pid
            for pid in self._window_pids(window)
            if pid > window.core_pid and self.corpus.passages[pid].terms & self.content_words
        ]  # the words may be in the window's next sentence, with their speaker
        said_most = max(
            self._window_pids(window),
            key=lambda pid: (
                len(self._quoted_terms(pid) & self.content_words),
                len(self.corpus.passages[pid].terms & self.content_words),
                -pid,
            ),
        )
        # the sentence that says most of the claim is where its words are said: 'Grint
        # praised the scheme. Abbot called the timetable a shambles.' ('According to
        # police, the driver was not drunk.')
        said_here = [said_most, *(pid for pid in said_here if pid != said_most)]
        for pid in said_here:
            relation = self._said_for_the_speaker(pid)
            if relation is not None:
                return False, relation  # 'Ola Berg's lawyer said': not Ola Berg
            named = speaker_of(pid, self.corpus)
            if named is not None:
                same = same_person(claimed, named, self.corpus.aliases)
                another = self._speaker_of_that_surname(named, pid) if same else None
                if another is not None:
                    return False, another
                return same or self._holds_the_role(pid), named
            unnamed = self._unnamed_speaker(window, pid)
            if unnamed is not None:
                return unnamed
        tokens = self.corpus.passages[window.core_pid].tokens
        speaker_terms = {t for g in self.f.speakers for t in g}
        for index, token in enumerate(tokens):
            if token.term not in ("say", "tell") and token.word not in REPORTING:
                continue
            for neighbour in (
                tokens[index - 1] if index else None,
                tokens[index + 1] if index + 1 < len(tokens) else None,
            ):
                if (
                    neighbour is not None
                    and neighbour.capitalised
                    and neighbour.kind in ("word", "entity")
                    and neighbour.term not in TITLE_WORDS
                ):
                    info = self.corpus.passages[window.core_pid]
                    start = info.passage.start
                    body = self.corpus.documents[window.document].body
                    shown = body[start + neighbour.start : start + neighbour.end]
                    return neighbour.term in speaker_terms, shown
        return None

    def _quoted_terms(self, pid: int) -> set[str]:
        """The terms a sentence puts in quotation marks: words said, whoever says them."""
        info = self.corpus.passages[pid]
        spans = [
            m.span(1) if m.group(1) is not None else m.span(2)
            for m in _QUOTATION.finditer(self.corpus.passage_text(pid))
        ]
        return {t.term for t in info.tokens if any(a <= t.start < b for a, b in spans)}

    def _speaker_speaks_in(self, window: Window) -> bool:
        """A sentence of the window names the claim's speaker and gives words to someone
        (a verb of speech, a quotation): 'Tanaka said the talks focused on deals'."""
        for pid in self._window_pids(window):
            info = self.corpus.passages[pid]
            if not any(set(g) <= info.terms for g in self.f.speakers):
                continue
            if self._gives_words(pid):
                return True
        return False

    def _gives_words(self, pid: int) -> bool:
        """The sentence gives words to someone: a quotation or a verb of speech."""
        return bool(_QUOTED.search(self.corpus.passage_text(pid))) or any(
            t.term in _SPEECH or t.word in REPORTING or stem(t.word) in _SPEECH
            for t in self.corpus.passages[pid].tokens
        )

    def _told_by_no_one(self, window: Window) -> bool:
        """The claim gives its words to a person, titled or named in full ('Finance
        minister Reyna said Merlow was in deficit'), and the window gives nothing to
        anyone: no verb of speech, no quotation, no one's 'we'. Its words are the
        writer's own account, whoever else it names ('Reyna presented the budget. ...
        Merlow is heading for a deficit')."""
        if not self.f.speakers or not self.speaker_is_person:
            return False
        if not self.titled and not any(
            len(g) in (2, 3) and not g[0].startswith("@") for g in self.f.speakers
        ):
            return False  # 'Quillon said': a company speaks through many, in many ways
        if any(set(g) & self.corpus.publisher_terms[window.document] for g in self.f.speakers):
            return False  # a release speaks for whoever issues it
        for pid in self._window_pids(window):
            text = self.corpus.passage_text(pid)
            if (
                self._gives_words(pid)
                or _FIRST_PERSON.search(text)
                or _LABEL.match(text)
                or _PUT_AT.search(text)  # 'The union puts the total at 46'
            ):
                return False  # someone's words, 'we', a transcript's 'KOWAL:'
        return True

    def _speaker_unnamed(self, document: int) -> bool:
        """The claim's speaker is a person the document never names: words it does not
        give to anyone are not theirs by its account."""
        if not self.f.speakers or not self.speaker_is_person:
            return False
        if any(t.startswith("@") for g in self.f.speakers for t in g):
            return False  # a known body ('the county health department') speaks as 'the county'
        present = self.corpus.document_terms[document] | self.corpus.publisher_terms[document]
        return not any(set(g) & present for g in self.f.speakers)

    def _said_for_the_speaker(self, pid: int) -> str | None:
        """Words the sentence gives to the claim's speaker's lawyer, spokesman or kin
        ('Ola Berg's lawyer said', 'a spokesman for Ola Berg said'), unless the claim
        names that relation itself: who spoke, as written."""
        if self.relations:
            return None
        tokens = self.corpus.passages[pid].tokens
        text = self.corpus.passage_text(pid)
        for group in self.f.speakers:
            for index, token in enumerate(tokens):
                if token.term != group[-1] or not _someone_of(tokens, index, len(group), text):
                    continue
                near = tokens[max(0, index - 4) : index + 5]
                relation = next((t for t in near if t.word in RELATIONS), None)
                if relation is not None and any(
                    t.term in ("say", "tell") or t.word in REPORTING for t in near
                ):
                    first = min(relation.start, tokens[index - len(group) + 1].start)
                    return " ".join(text[first : max(relation.end, token.end)].split())
        return None

    def _unnamed_speaker(self, window: Window, pid: int) -> tuple[bool, str] | None:
        """Words the sentence gives to no person but to a description or an institution:
        'according to police, ...', '..., the council's chief engineer said'. They are
        not the claim's named speaker's, unless the description is the speaker's title
        ('the mayor said' for Mayor Karin Lutz)."""
        sentence = self.corpus.passage_text(pid)
        found = UNNAMED_SPEAKER.search(sentence)
        if found is None:
            return None
        who = found.group("who") or found.group("who2")
        titles = self.titles
        said_by = {t.term for t in tokenize(who, self.corpus.aliases)}
        if said_by & (titles | {t for g in self.f.speakers for t in g}):
            return True, who
        return False, who

    def _holds_the_role(self, pid: int) -> bool:
        """The claim names a role, not a person ("Danubia Rail's chief executive said"),
        and the sentence gives the words to the holder of that role ('Danubia Rail chief
        executive Florian Haider said')."""
        role = self.speaker_role
        if not role or not self.f.speakers:
            return False
        said = self.corpus.passages[pid].terms
        return role <= said and all(set(g) <= said for g in self.f.speakers)

    def _unread_missing(self, window: Window, told_elsewhere: bool = False) -> list[str]:
        """The claim's figures factcheck cannot read ('34-32', '0.62') that the window
        does not write the same way: what cannot be compared never counts as support.
        A code ('SR418') names something: told elsewhere, the document need only
        write it once."""
        if not self.unread:
            return []
        body = self.corpus.documents[window.document].body
        if told_elsewhere:
            codes = [f for f in self.unread if any(c.isalpha() for c in f) and _written(f, body)]
            return [f for f in self._unread_missing(window) if f not in codes]
        missing: list[str] = []
        for figure in self.unread:
            written_in = [
                pid
                for pid in self._window_pids(window)
                if (
                    _written(figure, self.corpus.passage_text(pid))
                    or _plain_number(figure)
                    in {q.low for q in self.corpus.values(pid).quantities if q.low == q.high}
                )
                and not self._only_where_it_started(figure, pid)
                and not self._counterpart_told(pid)
            ]
            if not written_in or all(self._said_of_another(pid) for pid in written_in):
                missing.append(figure)
        return missing

    def _counterpart_told(self, pid: int) -> bool:
        """The sentence has the counterpart of a word of the claim's and not the word
        ('has now taken 52 million worldwide' for '52 million at the domestic box
        office'; lexicons/counterparts.txt): its figures are the counterpart's."""
        terms = self.corpus.passages[pid].terms
        figures = set().union(*self.value_terms)  # ('almost a quarter' is no 'quarterly')
        return any(
            term not in terms and counterparts().get(term, frozenset()) & terms
            for term in self.content_words - figures
        )

    def _only_where_it_started(self, figure: str, pid: int) -> bool:
        """The sentence gives the figure only as where a change started ('to 480 per US
        dollar from 428') and the claim tells it as what is ('trades at about 428'): the
        figure it gives for now is another."""
        number = _plain_number(figure)
        if number is None or EARLIER.search(self.f.claim.text):
            return False
        notes = self.corpus.value_notes(pid)
        same = [
            q for q in self.corpus.values(pid).quantities if q.low == q.high and q.low == number
        ]
        return bool(same) and all((q.start, q.end) in notes.earlier for q in same)

    def _said_of_another(self, pid: int) -> bool:
        """The sentence opens on a name that is none of the claim's subject's, who does
        what it tells ('Maya Ferrante won ... with a score of 55.300' for 'Ruth Abara
        scored 55.300'): its figures are that one's."""
        if not self.subject_groups:
            return False
        info = self.corpus.passages[pid]
        if any(g[-1] in info.terms for g in self.subject_groups):
            return False
        text = self.corpus.passage_text(pid)
        return self._opening_name(info.tokens, text, None, self._first_word(pid)) is not None

    def _first_word(self, pid: int) -> int:
        """Index of the sentence's first token, after a dateline it opens on."""
        info = self.corpus.passages[pid]
        span = self.corpus.dateline_span(info.document)
        base, end = info.passage.start, info.passage.end
        if span is None or not base <= span[0] < end:
            return 0
        return next((i for i, t in enumerate(info.tokens) if t.start > span[1] - base), 0)

    def _unmatched_ranking(self, window: Window) -> str | None:
        """What keeps the window's rankings from backing the claim's, if anything."""
        if not self.rankings:
            return None
        found: list[Ranking] = []
        for pid in (window.core_pid,):  # the sentence that states it
            found += rankings(self.corpus.passage_text(pid), self.corpus.passages[pid].tokens)
        claim_terms = frozenset(t.term for t in self.f.tokens)
        # what the story is about need not be said again: 'the outbreak is the largest in
        # the state' in a story about a measles outbreak ranks measles outbreaks
        told = window.terms | self.corpus.main_subjects(window.document)
        for group in self.name_groups:
            if self._definite_noun(group, window):
                told |= set(group)  # 'a record crowd for the final', the cup's final
        return (
            unmatched_ranking(self.rankings, claim_terms, found, told, frozenset(self.name_terms))
            or None
        )

    def _outranked(self, window: Window) -> str | None:
        """The core sentence puts the claim's 'first' thing second or later
        (qualifiers.outranked)."""
        pid = window.core_pid
        found = places_in_order(self.corpus.passage_text(pid), self.corpus.passages[pid].tokens)
        if not found:
            return None
        return outranked(
            self.rankings, found, window.terms | self.corpus.main_subjects(window.document)
        )

    def _topic_named(self, window: Window) -> bool:
        """A claim about a named event is judged only on passages about that event."""
        nearby = [*self._nearby_pids(window), *self._window_pids(window)]
        main = self.corpus.main_subjects(window.document)
        if all(
            self._mentions(g, nearby, window)
            or (g[-1] in main and self._may_be_subject(g, window.document))
            or self._definite_noun(g, window)
            for g in self.f.topic_groups
        ):
            return True  # named nearby, the document's subject, or 'the trial' for it
        if self._topic_noun(window):
            return True  # 'the magnitude-7.0 earthquake', where Colca is named elsewhere
        # 'This year's wheat harvest fell by a third' in a document that names Sarenia
        # elsewhere tells of Sarenia's harvest: the topic's own words stand for it, in
        # a sentence that has them and a window that names nothing else
        told = self.f.topic_terms - {t for g in self.f.topic_groups for t in g}
        named = self.corpus.names_written(window.document)  # as names, not stray words
        return (
            not self.f.frame_terms  # what someone said needs them named ('Silva said')
            and bool(told)
            and told <= window.core
            and all(g in named for g in self.f.topic_groups)
            and not any(self._names_another(pid) for pid in self._window_pids(window))
        )

    def _may_be_subject(self, group: tuple[str, ...], document: int) -> bool:
        """A document that keeps coming back to 'Schmidt' is about Omar Schmidt only where
        it may name him (not where every Schmidt it names is another), or where it is his
        own release."""
        return (
            len(group) == 1
            or group[-1] in self.corpus.publisher_terms[document]
            or document in self._group_namers(group)
        )

    def _mostly_named(self, window: Window) -> bool:
        """Most names there (two or more, a third at most missing): 'a seminar on chips
        with AMD, Google and Marvell' need not repeat 'US-Vietnam'."""
        pids = self._window_pids(window)
        present = [g for g in self.name_groups if self._mentions(g, pids, window)]
        ordinals = [g for g in self.name_groups if ORDINAL.match(g[0])]
        if any(g not in present for g in ordinals):
            return False  # the 13th Congress is not the 14th, however close the rest
        return len(present) >= 2 and len(present) * 3 >= len(self.name_groups) * 2

    def _unlocated(self, group: tuple[str, ...], window: Window) -> bool:
        """The group is where the claim puts its event ('in Zaragoza'), and the document's
        dateline does not put it there either."""
        return set(group) <= self.located_terms and not self._in_dateline(group, window.document)

    def _in_dateline(self, group: tuple[str, ...], doc_index: int) -> bool:
        """The document's dateline names the place ('ZARAGOZA, April 10, 2025 - ...')."""
        span = self.corpus.document_passages(doc_index)
        if not span:
            return False
        first = span.start
        dateline = self.corpus.passages[first].terms - self.corpus.reported_terms(first)
        return set(group) <= dateline

    def _levels_apart(
        self,
        found: Sequence[tuple[Value, int, dict[str, float], int, ValueNotes]],
        claimed: Value,
    ) -> tuple[Value, int, dict[str, float], int, ValueNotes] | None:
        """The change between the only two levels of the claim's unit the window gives,
        each in a sentence of its own ('In January the average wait ... was 22 weeks.'
        'Today it's 14.'): what a claim of a change by so much is told by, or denied by."""
        if not isinstance(claimed, Quantity) or claimed.unit in (None, "percent"):
            return None
        exact = [
            f for f in found
            if isinstance(f[0], Quantity) and f[0].low == f[0].high and f[0].low > 0
        ]  # fmt: skip
        counted = [f for f in exact if cast(Quantity, f[0]).unit == claimed.unit]
        bare = [f for f in exact if cast(Quantity, f[0]).unit is None]
        if len(counted) == 2 and not bare:
            levels = counted
        elif (
            not counted
            and len(bare) == 2
            and any(claimed.unit in self.corpus.passages[f[3]].terms for f in bare)
        ):
            # 'Fly-tipping incidents ... rose to 5,870.' 'The year before, the council
            # recorded 4,920.': the sentences count the claim's thing
            levels = [(replace(cast(Quantity, f[0]), unit=claimed.unit), *f[1:]) for f in bare]
        elif len(counted) == 1 and len(bare) == 1:
            size, other = cast(Quantity, counted[0][0]).low, cast(Quantity, bare[0][0]).low
            if not 0.5 <= size / other <= 2:
                return None
            levels = [
                counted[0],
                (replace(cast(Quantity, bare[0][0]), unit=claimed.unit), *bare[0][1:]),
            ]
        else:
            return None
        first, second = sorted(levels, key=lambda f: (f[3], f[0].start))
        if first[3] == second[3]:
            return None  # one sentence: its own notes tell the change
        for value, _, _, pid, notes in (first, second):
            text = self.corpus.passage_text(pid)
            if (
                not a_plain_count(value, text)
                and notes.markers.get((value.start, value.end)) != "to"
            ):
                return None
        change = next(
            (
                c for c in changes_between(cast(Quantity, second[0]), cast(Quantity, first[0]))
                if c.unit == claimed.unit
            ),
            None,
        )  # fmt: skip
        if change is None:
            return None
        told = f"{first[0].text} and {second[0].text}, a change of {change.low:,g}"
        moved = replace(change, text=told, start=second[0].start, end=second[0].end)
        near = {**first[2], **second[2]}  # what either level is told of
        return (moved, second[1], near, second[3], second[4])

    def _way_compared(self, window: Window) -> tuple[bool, str] | None:
        """Which way the window's figures say the claim's compared thing went (True: up),
        and how they tell it; None when they do not tell it. The two times' figures are
        each read from a sentence that gives that time alone (31 rhinos killed last year,
        'the figure for 2023 was 52'), or a sentence says which way it went from the
        earlier time ('up from 29.8 per cent last year')."""
        comparison = self.comparison
        assert comparison is not None
        if comparison.expected:
            return self._way_against_expected(window)
        if comparison.earlier is None:
            # 'than in the first': the one way the window's sentences say it went
            moved: frozenset[bool] = frozenset().union(
                *(self.corpus.value_notes(pid).moved_down for pid in self._window_pids(window))
            )
            return _way_moved(moved)
        reference = self.corpus.documents[window.document].published
        told: dict[bool, list[Quantity]] = {True: [], False: []}  # earlier? -> figures
        # (the earlier time's figure may come in a sentence of its own after the window:
        # 'The figure for 2023 was 52.')
        for pid in sorted({*self._window_pids(window), *self._nearby_pids(window)}):
            if pid < window.first:
                continue
            values = self.corpus.values(pid)
            earlier = any(
                compare(comparison.earlier, d, reference) == "match" for d in values.dates
            )
            moved = self.corpus.value_notes(pid).moved_down
            if earlier and len(moved) == 1:
                return _way_moved(moved)
            later = (
                any(compare(comparison.later, d, reference) == "match" for d in values.dates)
                if comparison.later is not None
                else False
            )
            if earlier == later:
                continue  # neither time, or both in one sentence
            text = self.corpus.passage_text(pid)
            told[earlier].extend(q for q in values.quantities if a_plain_count(q, text))
        if len(told[True]) != 1 or len(told[False]) != 1:
            return None
        (before,), (after,) = told[True], told[False]
        if None not in (before.unit, after.unit) and before.unit != after.unit:
            return None
        if before.low == after.low:
            return None
        return after.low > before.low, f"gives {after.text} against {before.text}"

    def _way_against_expected(self, window: Window) -> tuple[bool, str] | None:
        """Which way the window's figure went against the one told as expected ('took
        14.2 million dollars ..., well short of the 25 million dollars analysts had
        forecast'), for 'took more than analysts had predicted'."""
        expected: list[Quantity] = []
        actual: list[Quantity] = []
        for pid in self._window_pids(window):
            text = self.corpus.passage_text(pid)
            for q in self.corpus.values(pid).quantities:
                if told_as_expected(text, q.start, q.end):
                    expected.append(q)
                elif a_plain_count(q, text):
                    actual.append(q)
        units = {q.unit for q in expected}
        actual = [q for q in actual if q.unit in units]
        if len(expected) != 1 or len(actual) != 1 or expected[0].low == actual[0].low:
            return None
        return actual[0].low > expected[0].low, f"gives {actual[0].text} against {expected[0].text}"

    @staticmethod
    def _window_pids(window: Window) -> range:
        return range(window.first, window.last + 1)

    def _nearby_pids(self, window: Window) -> list[int]:
        """Sentences a 'he' or 'the two countries' in the window can refer back to: the
        rest of its paragraph and the few sentences before it."""
        span = self.corpus.document_passages(window.document)
        paragraph = self.corpus.passages[window.core_pid].passage.paragraph
        pids: list[int] = []
        for pid in range(max(span.start, window.first - T.look_back), span.stop):
            info = self.corpus.passages[pid]
            if pid < window.first or info.passage.paragraph == paragraph:
                pids.append(pid)
            elif info.passage.paragraph > paragraph:
                break
        return pids

    def _mentions(self, group: tuple[str, ...], pids: Iterable[int], window: Window) -> bool:
        """Is this name mentioned in these sentences? 'Okafor' alone stands for Amelia
        Okafor, unless the paragraph has another Okafor (Bruno Okafor) it belongs to."""
        last = group[-1]
        if len(group) == 1:
            return any(last in self.corpus.passages[p].terms for p in pids)
        full = bare = False
        for pid in pids:
            if last not in self.corpus.passages[pid].terms:
                continue
            key = (group, pid)
            found = self._named_in.get(key)
            if found is None:
                found = self._named_in[key] = self._how_named(group, pid)
            full, bare = full or found[0], bare or found[1]
        if full:
            return True
        return bare and not self._someone_else(group, window)

    def _how_named(self, group: tuple[str, ...], pid: int) -> tuple[bool, bool]:
        """Whether the sentence names them in full ('Amelia Okafor'), and whether by a
        bare surname ('Okafor', not 'Bruno Okafor')."""
        full = bare = False
        tokens = self.corpus.passages[pid].tokens
        text = self.corpus.passage_text(pid) if not self.relations else ""
        for index, (before, token) in enumerate(_pairs(tokens)):
            if token.term != group[-1]:
                continue
            if text and _someone_of(tokens, index, len(group), text):
                continue  # 'Ola Berg's brother resigned' is not 'Ola Berg resigned'
            if before is not None and before.term == group[-2]:
                full = True
            elif not self._given_name(before) and token.capitalised:
                # 'Okafor'; not 'the bank' for Pellam Bank, nor the 'Ibrahim said' right
                # after 'Hai Ibrahim met ...' for Bruno Ibrahim
                given = self._last_given(group[-1], pid, index)
                bare = bare or given is None or given == group[-2]
        return full, bare

    def _last_given(self, surname: str, pid: int, index: int) -> str | None:
        """The given name of the last full mention of a surname before its token
        ``index`` of sentence ``pid``, in the same paragraph: whom a bare surname there
        stands for. None: the paragraph names no one of that surname in full before it."""
        found = self._last_full_mention(surname, pid, index)
        return None if found is None else found[1].term

    def _last_full_mention(self, surname: str, pid: int, index: int) -> tuple[int, Token] | None:
        """(sentence, given name token) of that last full mention (see _last_given)."""
        passages = self.corpus.passages
        paragraph = passages[pid].passage.paragraph
        document = passages[pid].document
        at = pid
        while at >= 0 and passages[at].document == document:
            if passages[at].passage.paragraph != paragraph:
                break
            # read back from the token (or the sentence's end), each with the one before it
            tokens = passages[at].tokens
            for number in range((index if at == pid else len(tokens)) - 1, 0, -1):
                if tokens[number].term == surname and self._given_name(tokens[number - 1]):
                    return at, tokens[number - 1]
            at -= 1
        return None

    def _speaker_of_that_surname(self, named: str, pid: int) -> str | None:
        """'Okafor said ...' where the paragraph named President Minh Okafor and the
        claim's speaker is Kofi Okafor: that other person, as written ('Minh Okafor').
        None where the bare surname may be the claim's speaker."""
        words = [t for t in tokenize(named, self.corpus.aliases) if t.kind != "stop"]
        if len(words) != 1 or words[0].term not in self.speaker_given:
            return None
        surname = words[0].term
        tokens = self.corpus.passages[pid].tokens
        index = next((i for i, t in enumerate(tokens) if t.term == surname), None)
        if index is None:
            return None
        found = self._last_full_mention(surname, pid, index)
        if found is None or found[1].term == self.speaker_given[surname]:
            return None
        at, given = found
        return f"{self.corpus.passage_text(at)[given.start : given.end]} {named}"

    def _given_name(self, token: Token | None) -> bool:
        """A given name before a surname, the sentence's first word too ('Hai Ibrahim
        met ...') where no document writes it in lower case ('Yesterday Ibrahim said')."""
        return is_given_name(token) or (
            token is not None
            and token.start == 0
            and token.kind == "word"
            and token.capitalised
            and token.term not in TITLE_WORDS
            and token.term not in self.corpus.common_words()
        )

    def _someone_else(self, group: tuple[str, ...], window: Window) -> bool:
        """The document names another person of that surname (Bruno Novak) and never
        ours in full: a bare 'Novak' is then theirs."""
        key = (group, window.document)
        if key not in self._other_bearer:
            self._other_bearer[key] = self._another_of_that_name(group, window.document)
        return self._other_bearer[key]

    def _another_of_that_name(self, group: tuple[str, ...], document: int) -> bool:
        own = other = False
        for pid in self.corpus.document_passages(document):
            info = self.corpus.passages[pid]
            if group[-1] not in info.terms:
                continue
            for before, token in _pairs(info.tokens):
                if token.term != group[-1] or not is_given_name(before):
                    continue
                assert before is not None
                if before.term == group[-2]:
                    own = True
                else:
                    other = True
        return other and not own

    def _has_coreference(self, window: Window) -> bool:
        return any(
            _refers_back(self.corpus.passages[pid].tokens, COREFERENCE)
            for pid in range(window.first, window.last + 1)
        )

    def _opposed(self, window: Window) -> set[str]:
        """Claim words whose opposite the core sentence says instead ('confirmed' for
        'overturned', 'uncrewed' for 'crewed'; lexicons/opposites.txt). What a claim
        says was ruled out is opposed by 'we are not ruling anything out'."""
        if self.rules_out and _KEPT_OPEN.search(self.corpus.passage_text(window.core_pid)):
            return set(self.f.negated)
        # a negating verb that is the claim word's opposite ('refused bail' for 'granted
        # bail') says the opposite, though it is read as a negation
        cues = {
            stem(t.word)
            for t in self.corpus.passages[window.core_pid].tokens
            if t.kind == "negation"
        }
        # an opposite the sentence denies ('did not reject the offer') says no opposite
        said = (window.core - self.corpus.negated(window.core_pid)) | cues
        if self._beaten_in(window.core_pid):
            said = said - {"win"}  # 'Carrick Bay beat Harlton' is 'Harlton lost to Carrick Bay'
        return (
            {
                t
                for t in self.content_words - set(self.f.negated)
                if t not in window.core and (opposite_terms(t) & said or f"un{t}" in window.core)
            }
            | (self._moved_the_other_way(window) if self.moves else set())
            | (self._other_side_of_the_deal(window) if self.dealt else set())
        )

    def _runs_told(self, window: Window) -> frozenset[tuple[str, int]]:
        return frozenset().union(
            *(_runs_and_times(self.corpus.passage_text(pid)) for pid in self._window_pids(window))
        )

    def _beaten_in(self, pid: int) -> bool:
        """The sentence has the winner of the claim's loss beat its loser: the claim's
        fact told from the winning side."""
        return self.loss is not None and beaten_by(self.corpus.passages[pid].tokens, *self.loss)

    def _undergone_by_another(self, window: Window) -> str | None:
        """The core sentence does the claim's passive deed to another name: 'The league
        fined Northgate £5,000' for 'Lena Ortiz was fined £5,000 by the league'. That
        other name, or None."""
        assert self.undergone is not None
        group, deed = self.undergone
        others: list[str] = []
        for pid in self._window_pids(window):  # (the core's or a sentence beside it)
            tokens = self.corpus.passages[pid].tokens
            text = self.corpus.passage_text(pid)
            for index, token in enumerate(tokens[:-1]):
                if token.term != deed or (index and tokens[index - 1].word in _PASSIVE_AUXILIARIES):
                    continue
                run = list(takewhile(_name_word, tokens[index + 1 : index + 5]))
                if not run or not text[token.end : run[0].start].isspace():
                    continue
                # the whole phrase it is done to, with what describes the name
                # ('fined Olomouc-based operator Morava Mobil 4.2 million crowns')
                phrase = takewhile(
                    lambda t: t.kind in ("word", "entity") and t.word not in _PLACED_BY,
                    tokens[index + 1 : index + 8],
                )
                named = {t.term for t in phrase}
                if group[-1] in named or {t.term for t in run} <= set(group):
                    return None  # the claim's name undergoes it here ('fined Ortiz')
                others.append(text[run[0].start : run[-1].end])
        return others[0] if others else None

    def _other_side_of_the_deal(self, window: Window) -> set[str]:
        """The claim's deal word, when the core sentence has the claim's first name do
        the other side of the deal ('Telvane sold its 30% stake' for 'Telvane bought a
        30% stake'; lexicons/converses.txt) or undergo the deal ('Oakhouse has been
        bought by its rival' for 'Oakhouse has bought its rival')."""
        assert self.dealt is not None
        group, deal, others = self.dealt
        tokens = self.corpus.passages[window.core_pid].tokens
        text = self.corpus.passage_text(window.core_pid)
        for index, token in enumerate(tokens):
            if token.term == deal and any(t.word == "by" for t in tokens[index + 1 : index + 7]):
                undergone = True  # 'Oakhouse has been bought out of administration by'
            elif token.term in others:
                undergone = False  # 'Telvane sold its 30% stake'
            else:
                continue
            before = index - 1
            while before >= 0 and tokens[before].word in ("has", "have", "had"):
                before -= 1
            if undergone:
                if before < 0 or tokens[before].word not in _PASSIVE_AUXILIARIES:
                    continue
                before -= 1
                while before >= 0 and tokens[before].word in ("has", "have", "had"):
                    before -= 1
            if before < 0 or not _name_word(tokens[before]):
                continue  # 'was sold', 'the stake sold'
            start = before
            while start and _joined_name(tokens[start - 1], tokens[start], text):
                start -= 1
            if group[-1] in {t.term for t in tokens[start : before + 1]}:
                return {deal}
        return set()

    def _moved_the_other_way(self, window: Window) -> set[str]:
        """The claim's words of change ('went up') where the core sentence's levels went
        the other way ('3,000 people, down from 5,500') and it never says the claim's word."""
        moves, same_way = self._moves_told_by_levels(window)
        return moves if same_way is False else set()

    def _moves_told_by_levels(self, window: Window) -> tuple[set[str], bool | None]:
        """The claim's words of change the core sentence does not say, and whether its
        levels went the same way (None: they tell nothing of it)."""
        moves = {t for t in self.moves if t not in window.core}
        claimed = tells_a_fall(moves) if moves else None
        if claimed is None:
            return set(), None
        # the sentence tells of the claim's own thing: 'the valley has 320 dairy farms,
        # down from 500' says nothing of which way feed costs went
        told = self.corpus.passages[window.core_pid].terms
        if not self.content_words - moves - self.light_content <= told:
            return set(), None
        moved_down = self.corpus.value_notes(window.core_pid).moved_down
        if len(moved_down) != 1:
            return set(), None
        return moves, moved_down == {claimed}

    def _denied_otherwise(self, window: Window) -> set[str]:
        """Words the claim denies whose opposite the core sentence says ('unvaccinated'
        for 'not vaccinated', 'rejected' for 'did not approve'): the same thing said."""
        return {
            t
            for t in self.content_words & set(self.f.negated)
            if t not in window.core and (opposite_terms(t) & window.core or f"un{t}" in window.core)
        }

    def _denial_stated(self, window: Window) -> bool:
        """The window has (most of) what the claim denies, or the claim denies nothing."""
        denied = {t for t in self.f.negated if t in self.weights and t not in self.name_terms}
        if not denied:
            return True
        # The last word a denial reaches is what it denies ('no one on board was injured'
        # denies 'injured'; 'on board' only says of whom): the window must have it.
        denied, last = _denied_focus(self.f.tokens, denied)
        if last not in window.terms:
            return False
        present = fsum(self.weights[t] for t in denied if t in window.terms)
        return present >= T.negated_present * fsum(self.weights[t] for t in denied)

    def _polarity_conflict(self, window: Window) -> bool:
        if self._denied_beside(window):
            return True
        if self.f.negated and self._only_possible(window.core_pid, set(self.f.negated)):
            return False  # 'could have been arrested if ...' tells no arrest
        shared = {
            t
            for t in self.f.content_terms
            if t in window.core and t not in self.name_terms and self.weights.get(t, 0) > 0
        }
        if not shared:
            return False
        negated_here = self.corpus.negated(window.core_pid)
        flipped = (set(self.f.negated) ^ negated_here) & shared
        if set(self.f.negated) & negated_here & shared:
            # both deny the same thing: the claim's 'not' reaching further ('has not
            # restricted rice exports this year' for 'imposed no export curbs on rice this
            # year') denies no more of what the document asserts
            flipped = set(negated_here - set(self.f.negated)) & shared
        # what the core sentence tells the denial of ('The branch manager will not keep
        # her job'): a sentence beside it says the claim's way only of the same
        subject = (shared - negated_here) - flipped
        for pid in self._window_pids(window):
            if not flipped:
                break
            if pid != window.core_pid:  # said the claim's way in the next sentence
                info = self.corpus.passages[pid]
                if not subject <= info.terms and _PARTITIVE.search(self.corpus.passage_text(pid)):
                    continue  # ('Most of the 40 staff will keep their jobs'): others
                negated = self.corpus.negated(pid)
                flipped = {
                    t for t in flipped
                    if t not in info.terms or (t in negated) != (t in self.f.negated)
                }  # fmt: skip
        return bool(flipped) or self._denial_told_beside(window)

    def _denial_is_the_point(self) -> set[str]:
        """What the claim denies, when that is its point: at least denial_share of its
        content ('No player was sent off in the final', not 'after months without
        rain')."""
        denied = {t for t in self.denials if t in self.weights and t not in self.name_terms}
        if not denied or fsum(self.weights[t] for t in denied) < (
            T.denial_share * fsum(self.weights[t] for t in self.content_order)
        ):
            return set()
        return denied

    def _setting_of_a_deed_denied(self, window: Window) -> set[str]:
        """The core sentence tells plainly what the claim denies ('Ferrie was shown a
        second yellow card' for 'No player was sent off in the final'): the claim's other
        words, told elsewhere in the document, are the setting it shares."""
        denied = self._denial_is_the_point()
        if not denied:
            return set()
        focus, _ = _denied_focus(self.f.tokens, denied)
        if not focus <= self.corpus.passages[window.core_pid].terms - self.corpus.negated(
            window.core_pid
        ):
            return set()
        missing = {t for t in self.content_order if t not in window.terms}
        if not missing <= self.corpus.document_terms[window.document]:
            return set()
        return missing

    def _denial_unsaid(self, window: Window) -> bool:
        """The claim denies something and no sentence of the window denies any of it:
        the window tells the words, not the denial."""
        denied = self._denial_is_the_point()
        if not denied:
            return False  # a denial in passing ('the fire, not yet contained, ...')
        if self._denied_otherwise(window):
            return False  # 'unvaccinated' for 'had not been vaccinated'
        return not any(denied & self.corpus.negated(p) for p in self._window_pids(window))

    def _denial_told_beside(self, window: Window) -> bool:
        """What the claim denies, told plainly in another sentence of the window and
        nowhere there denied: 'A fire broke out ... Two firefighters were injured' for
        'No one was injured in the fire'."""
        if not self.denied_deeds or not self._denial_unsaid(window):
            return False
        pids = [p for p in self._window_pids(window) if p != window.core_pid]
        for term in self.denied_deeds - window.core - self.name_terms:
            if self.weights.get(term, 0) <= 0:
                continue
            told = [p for p in pids if term in self.corpus.passages[p].terms]
            if told and not any(term in self.corpus.negated(p) for p in told):
                return True
        return False

    def _nobody_befell(self, window: Window) -> bool:
        """A sentence of the window says that no one suffered the fate the claim counts
        ('No one was hurt', 'nobody was killed', 'none of the passengers was injured')."""
        fates = self.claim_fates
        for pid in self._window_pids(window):
            text = self.corpus.passage_text(pid)
            tokens = self.corpus.passages[pid].tokens
            for match in [*_NOBODY.finditer(text), *_NO_FATE.finditer(text)]:
                fate = next((t for t in tokens if t.start == match.start("fate")), None)
                if fate is not None and fate.term in fates:
                    return True
        return False

    def _only_possible(self, pid: int, terms: set[str]) -> bool:
        """The sentence tells the claim's denied words only as what could, might or was
        feared to happen ('marchers could have been arrested if it had turned violent')."""
        text = self.corpus.passage_text(pid)
        found = [t for t in self.corpus.passages[pid].tokens if t.term in terms]
        return bool(found) and all(
            _FEARED.search(text[max(0, t.start - 30) : t.start]) for t in found
        )

    def _befell_someone(self, window: Window) -> bool:
        """For a claim that no one suffered or did something ('No player was sent off in
        the final'), a sentence of the window tells it of someone: a person it names, or
        people it counts ('Aaron Ferrie was shown a second yellow card', 'A member of
        staff was hurt'), plainly, not denied or only feared."""
        assert self.denied_fate is not None
        fate, people = self.denied_fate
        rest = self.content_words - {fate, people} - self.name_terms
        for pid in self._window_pids(window):
            info = self.corpus.passages[pid]
            if fate not in info.terms or fate in self.corpus.negated(pid):
                continue
            if not rest <= info.terms:
                continue  # another event's ('in last month's cup tie' for 'in the derby')
            text = self.corpus.passage_text(pid)
            if self._only_possible(pid, {fate}):
                continue  # 'could have been killed', 'feared injured'
            if _NOBODY.search(text):
                continue  # 'no one else was hurt': the sentence denies it too
            whom = people in info.terms or bool(info.terms & _PEOPLE_TERMS)
            named = any(t.capitalised and i for i, t in enumerate(info.tokens) if t.kind == "word")
            if whom or named or any(t.kind == "entity" for t in info.tokens):
                return True
        return False

    def _deed_denied(self, window: Window) -> bool:
        """A sentence of the window denies what the claim tells as done, and no sentence
        of it tells that deed plainly ('No one was killed')."""
        deeds = self.done_terms - set(self.f.negated)
        pids = self._window_pids(window)
        denied = {t for p in pids for t in deeds & self.corpus.negated(p)}
        told = {
            t
            for p in pids
            for t in deeds & (self.corpus.passages[p].terms - self.corpus.negated(p))
        }
        return bool(denied - told)

    def _denied_beside(self, window: Window) -> bool:
        """A word the claim asserts that the window's other sentences have only negated:
        'The panel found no evidence that any participant was harmed', after a sentence
        with the rest of 'the inquiry found that participants were harmed'."""
        pids = [p for p in self._window_pids(window) if p != window.core_pid]
        if not pids:
            return False
        for term in self.asserted_words - window.core:
            told = [p for p in pids if term in self.corpus.passages[p].terms]
            if told and all(term in self.corpus.negated(p) for p in told):
                return True
        # the sentence with what the core sentence lacks of the claim denies what the
        # core asserts: 'Nine of the twelve crew survived. The captain did not survive.'
        # for 'The captain survived'
        asserted = self.asserted_words & window.core
        for pid in pids:
            info, negated = self.corpus.passages[pid], self.corpus.negated(pid)
            lacked = {t for t in self.content_words - window.core if t in info.terms} - negated
            if lacked and asserted & negated:
                return True
        return False

    def _dated_otherwise_in_core(self, window: Window, check: _ValueCheck) -> _ValueCheck:
        """A date of the claim matched in a sentence beside the window's core, where the
        core sentence gives its own day for what it tells ('The next event is in Zakrovo
        on Saturday' beside 'won ... in Halvik on Sunday', for 'won in Zakrovo on
        Sunday'): the matched day is another event's, so the window does not give it."""
        if check.status != "match" or not isinstance(check.claim_value, DateMention):
            return check
        core = self.corpus.passages[window.core_pid].passage
        if core.start <= check.found_start < core.end:
            return check
        reference = self.corpus.documents[window.document].published
        claimed = check.claim_value
        said = [
            (d, compare(claimed, d, reference))
            for d in self.corpus.values(window.core_pid).dates
            if d.granularity == claimed.granularity  # a day for a day ('on Saturday')
            and not any(  # ... that is none of the claim's other days ('through March 24')
                other is not claimed
                and isinstance(other, DateMention)
                and compare(other, d, reference) == "match"
                for other in self.specific
            )
        ]
        # two weekdays are two days, whatever week an undated story means
        other_day = any(
            found == "conflict"
            or (claimed.weekday is not None and d.weekday not in (None, claimed.weekday))
            for d, found in said
        )
        if other_day and not any(found == "match" for _, found in said):
            return _unread(check)
        return check

    def _numbered_otherwise(self, window: Window, check: _ValueCheck) -> _ValueCheck:
        """A value of the claim matched in a sentence that tells of another of the claim's
        numbered things ('Reactor 1 was shut down permanently in 2022' for 'Reactor 2 was
        ... shut down in 2022', 'Terminal 1 reopened in March'): it is that one's value,
        so the window does not give it."""
        if check.status != "match" or not self.numbered:
            return check
        for pid in self._window_pids(window):
            info = self.corpus.passages[pid]
            if not info.passage.start <= check.found_start < info.passage.end:
                continue
            told = numbered_names(self.corpus.passage_text(pid))
            for name, number in self.numbered:
                others = {n for w, n in told if w == name}
                if others and number not in others:
                    return _unread(check)
        return check

    def _check_values(self, window: Window) -> list[_ValueCheck]:
        """Each specific value of the claim against the window's values of the same kind:
        a match anywhere wins; otherwise the conflicting value told in the most similar
        words ('almost 40 years of Đổi mới' over 'nearly 80 years of independence').
        Asked again of the window a document is judged on: found out once."""
        if not self.specific:
            return []
        key = (window.first, window.last, window.core_pid)
        checks = self._checked.get(key)
        if checks is None:
            checks = self._checked[key] = self._compare_values(window)
        return checks

    def _compare_values(self, window: Window) -> list[_ValueCheck]:
        document = self.corpus.documents[window.document]
        reference = document.published
        # each value of the window: offset of its sentence, the words after it, its
        # sentence, and what that sentence's own words say of it (value_notes)
        found: list[tuple[Value, int, dict[str, float], int, ValueNotes]] = []
        derived: list[tuple[Value, int, dict[str, float], int, ValueNotes]] = []
        totals: list[tuple[Value, int, dict[str, float], int, ValueNotes]] = []
        starts: list[tuple[Value, int, dict[str, float], int, ValueNotes]] = []
        for pid in range(window.first, window.last + 1):
            start = self.corpus.passages[pid].passage.start
            notes = self.corpus.value_notes(pid)
            opening = notes.opening_year
            if opening and reference and self._of_a_year_not_the_claims(opening, reference):
                continue  # 'Last year, restrictions applied to eight municipalities'
            if notes.values and self.corpus.withdrawn(pid):
                continue  # '... 290,000 kettles.' 'That was a typing error.'
            for value, near in zip(notes.values, notes.neighbours, strict=True):
                years = notes.clause_years.get((value.start, value.end))
                if (
                    years
                    and reference
                    and len({y.first for y in years}) == 1  # not 'between 2018 and 2021'
                    and any(self._of_a_year_not_the_claims(y, reference) for y in years)
                ):
                    continue  # 'a 6.4 tremor in 1998 that killed 31 people'
                found.append((value, start, near, pid, notes))
            for change in notes.changes:  # 'to 41 cents, up from 36': a rise of 5 cents
                near = next(
                    (n for v, n in zip(notes.values, notes.neighbours, strict=True)
                     if v.start == change.start),
                    {},
                )  # fmt: skip
                derived.append((change, start, near, pid, notes))
            for begun in notes.starts:
                starts.append((begun, start, {}, pid, notes))
            for relative in notes.relatives:
                # only for a claim about that other thing ('the old unit it replaces')
                other = {
                    t.term
                    for t in tokenize(relative_of(relative) or "", self.corpus.aliases)
                    if t.kind in ("word", "entity")
                }
                if other and 3 * len(other & self.claim_terms) >= 2 * len(other):
                    totals.append((relative, start, {}, pid, notes))  # (only ever a match)
            for total in notes.totals if self.totalled else ():
                near = next(
                    (n for v, n in zip(notes.values, notes.neighbours, strict=True)
                     if v.end == total.end),
                    {},
                )  # fmt: skip
                totals.append((total, start, near, pid, notes))
        shares = _shares_of_sums(found, self.corpus)
        complements = self._bounded_the_other_way(window) if self.time_bound else set()
        telling = self.claim_terms - set().union(*self.value_terms) if self.value_terms else set()
        checks: list[_ValueCheck] = []
        # the claim measures a thing the window never names ('5.4 aftershock' where it
        # tells of 'a magnitude 6.8 earthquake'): its other figures are another thing's too
        other_thing = False
        for claim_value, around_claim, manner, changes, owners, subject, told_of in zip(
            self.specific, self.value_neighbours, self.value_manners, self.value_changes,
            self.figure_owners, self.figure_subjects, self.figure_clauses, strict=True,
        ):  # fmt: skip
            match: tuple[Value, int, int] | None = None  # (value, base, sentence)
            # the level a change went to from the claim's figure ('1,140 turtles, up from
            # about 900'), where the claim gives that start as what is now
            superseded: tuple[Value, int, int] | None = None
            conflict: tuple[tuple[bool, float], Value, int, int] | None = None
            conflicting: list[tuple[Value, int, int]] = []  # every one, for whose it is
            modifiers = self.subject_modifiers.get(id(claim_value), set())
            kinds_apart = False  # a matching figure was another kind's ('wheat production')
            vaguer = False  # 'next month' holds '4 November': another date is another event's
            # a manner word right by another count of the window ('three of them seriously')
            elsewhere = (
                {t for f in found for t, w in f[2].items() if w >= 0.5} & manner
                if manner
                else set()
            )
            event = self.date_events.get(id(claim_value))
            candidates = found
            if (
                isinstance(claim_value, DateMention)
                and event not in _SAYING_EVENTS
                and not self.claim_terms & _SAYING_EVENTS  # ('announced the delay on ...')
                and not self.running_count  # (a count as it stood when it was said)
            ):
                # 'arrested 14 people after a fight late on Monday, the force said on
                # Wednesday': beside the day of the fight, the day of the saying is no
                # day of it (alone, it may be: 'said on Monday it had had 11,400 claims')
                said = {
                    id(f) for f in found
                    if isinstance(f[0], DateMention)
                    and f[4].events.get((f[0].start, f[0].end), ("", False))[0]
                    in _REPORTING_STEMS
                }  # fmt: skip
                if any(isinstance(f[0], DateMention) and id(f) not in said for f in found):
                    candidates = [f for f in found if id(f) not in said]
            if event is not None:
                # 'began on Monday and ended on Wednesday': the date told of the claim's
                # 'ended' (or of 'the collapse') is the one to compare, when there is one
                told = [(f, f[4].events.get((f[0].start, f[0].end))) for f in candidates]
                own = [f for f, word in told if word is not None and word[0] == event]
                # 'reopened on Monday, two days after the collapse': a date of another
                # verb is not the date of the claim's event, told apart in the window
                told_apart = self._told_apart(event, window)
                candidates = own or [
                    f for f, word in told if not (told_apart and word is not None and word[1])
                ]
            if complements and isinstance(claim_value, Quantity) and claim_value.unit == "percent":
                # 'Half ... waited more than four hours' counts the others of 'seen within
                # four hours': its share is the claim's taken from the whole
                candidates = [_the_others(c) if c[3] in complements else c for c in candidates]
            claimed_marker = self.value_markers.get(id(claim_value))
            gaps: list[tuple[Value, int, dict[str, float], int, ValueNotes]] = []
            levels_apart: set[int] = set()  # the only two levels of its unit: the thing's
            if claimed_marker == "by":  # 'rose by 70 cents': the change, not a level
                margins = _margins(found, claim_value, self.f.claim.text)
                candidates = [*candidates, *derived, *margins]
                if id(claim_value) in self.contest_margins:
                    # a contest's margin is told as a margin, or by the two results it
                    # lies between ('cleared 2.01 metres ... Lysenko took silver with
                    # 1.97m'); a result alone is no margin and conflicts with none
                    # (a lead is no final margin: 'led by four goals after three quarters'
                    # for 'lost by four goals')
                    lead = _a_lead(self.f.claim.text, claim_value.start)
                    candidates = [
                        c for c in candidates
                        if c in margins
                        or (
                            c[4].markers.get((c[0].start, c[0].end)) == "by"
                            and _a_lead(self.corpus.passage_text(c[3]), c[0].start) == lead
                        )
                    ]  # fmt: skip
                    gaps = _gaps(found, claim_value)
                    candidates += gaps
                elif id(claim_value) in self.differences:
                    gaps = _gaps(
                        [f for f in found if a_plain_count(f[0], self.corpus.passage_text(f[3]))],
                        claim_value,
                    )
                    candidates += gaps
                elif not any(
                    isinstance(d[0], Quantity) and d[0].unit == claim_value.unit for d in derived
                ) and (apart := self._levels_apart(found, claim_value)):
                    candidates.append(apart)
                    levels_apart.add(id(apart[0]))
            if isinstance(claim_value, Quantity):
                candidates = [*candidates, *totals, *shares]  # only ever a match: see below
            if id(claim_value) in self.earlier_values:
                # 'dropped from 90 million euros' is told by 'slide by a third to 60
                # million euros', and a level reached is no start
                candidates = [
                    c for c in candidates if c[4].markers.get((c[0].start, c[0].end)) != "to"
                ] + starts  # fmt: skip
            for value, base, near, pid, notes in candidates:
                outcome = compare(claim_value, value, reference)
                if outcome == "unrelated" and _same_bare_figure(claim_value, value):
                    outcome = "match"  # 'the margin shrank, to 187' for '187 votes'
                if outcome == "unrelated" and MAGNITUDE in (
                    getattr(claim_value, "unit", None),
                    getattr(value, "unit", None),
                ):
                    if measured := _measured_thing(claim_value, value, _first(around_claim)):
                        outcome = compare(claim_value, measured, reference)  # '5.4 aftershock'
                    elif measured := _measured_thing(value, claim_value, _first(near)):
                        outcome = compare(measured, value, reference)  # 'magnitude 5.4 ...'
                if (
                    outcome == "match"
                    and changes
                    and any(value is d[0] for d in derived)
                    and tells_a_fall(changes) is ((value.start, value.end) not in notes.falls)
                ):
                    outcome = "conflict"  # 'fell 35 per cent' where it went from 305 to 412
                if outcome not in ("match", "conflict", "vaguer"):
                    continue
                if outcome != "match" and any(value is t[0] for t in [*totals, *gaps, *shares]):
                    continue  # a sum no one wrote conflicts with nothing
                span = (value.start, value.end)
                if span in notes.intended and self.tells_done:
                    continue  # 'would try to reach it on Tuesday' is no date of reaching it
                if outcome == "conflict" and span in notes.hedged and not self.hedged:
                    continue  # 'the national target is for 95 per cent' tells nothing done
                if modifiers and self._subgroup_unsaid(modifiers, pid):
                    continue  # 'Unemployment fell to 5.2 per cent' is not youth unemployment
                groups = self.figure_groups.get(id(claim_value))
                if groups and not groups & self.corpus.passages[pid].terms:
                    continue  # 'Uptake ... rose to 71%' is not uptake among men
                if (
                    outcome != "conflict"
                    and id(claim_value) in self.done_dates
                    and _after(value, reference)
                ):
                    # 'will visit Sarvia in October', written in August, is a plan (a plan
                    # for another day than the claim's still tells against it)
                    continue
                if span in notes.open_values and not self.open_terms:
                    continue  # 'hopes the scheme will see 10,000 trees planted'
                fates = notes.combined.get(span)
                if fates and not fates <= self.claim_terms:
                    continue  # '1,200 homes destroyed or damaged' counts more than 'destroyed'
                if outcome == "conflict" and isinstance(claim_value, Quantity):
                    befell = notes.fates.get(span, "")
                    if befell and befell not in self.claim_terms and self.claim_fates:
                        continue  # 'five people still missing' is no count of the killed
                    if self._counted_over_more_places(pid):
                        continue  # '465,000 sold in Varnland, Essmark and Ostland'
                if span in notes.capacities and not self.claims_a_capacity:
                    continue  # 'built to hold 480 men' is no count of the men it holds
                if (
                    isinstance(value, Quantity)
                    and _ALL_BUT.search(
                        self.corpus.passage_text(pid), max(0, value.start - 30), value.start
                    )
                    and not _ALL_BUT.search(
                        self.f.claim.text, max(0, claim_value.start - 30), claim_value.start
                    )
                ):
                    continue  # 'restored to all but 6,000 homes': those are the others
                if outcome == "match":
                    if self.claim_fates and span in notes.aboard:
                        continue  # 'a ferry carrying about 220 passengers' is no count of the dead
                    if (
                        isinstance(claim_value, Quantity)
                        and isinstance(value, Quantity)
                        and _generic(claim_value)
                        and math.inf in (claim_value.high, value.high)
                        and round(claim_value.low) != round(value.low)  # (not the same bound)
                        and around_claim
                        and not {t for t in around_claim if t in near and not t.startswith("@")}
                    ):
                        continue  # 'waited more than a year' is not 'to be spent over three years'
                    if isinstance(claim_value, Quantity) and (
                        not _measure(value) or _bare(value)  # '21 were rescued'
                    ):
                        befell = notes.befallen.get(span, "")
                        if befell and befell not in self.claim_terms:
                            continue  # '212 people injured' is not the claim's 'killed 40'
                    clause = notes.clause_words.get(span)
                    if clause is not None and not clause & telling:
                        continue  # 'more than 6,000 people are in shelters' counts others
                    if elsewhere - {t for t, w in near.items() if w >= 0.5}:
                        # 'Seventeen injured, three of them seriously': the claim's
                        # 'seriously' goes with another count, so this one is not the claim's
                        continue
                    if span in notes.hedged and not self.hedged:
                        continue  # 'the fine could reach 2 million euros' for 'was 2 million'
                    if modifiers and self._another_kind(modifiers, pid):
                        kinds_apart = True
                        continue  # 'wheat production rose 8 per cent' for barley's
                    kinds = self.figure_kinds.get(id(claim_value))
                    if kinds and self._kind_told_apart(kinds, pid, value, claim_value):
                        continue  # 'Crime fell 8 percent, but burglaries rose 3 percent'
                    if (
                        span in notes.earlier
                        and id(claim_value) not in self.earlier_values
                        and not self.tells_first_given  # ('initially estimated at')
                        and not self._dated_as_claimed(value, pid, reference)
                    ):
                        if (
                            superseded is None
                            and not claimed_marker
                            and isinstance(value, Quantity)
                        ):
                            level = level_of(value, notes.values, notes.earlier)
                            superseded = (level, base, pid) if level is not None else None
                        continue  # 'up from 58 per cent' is not the claim's 'was 58 per cent'
                    if claimed_marker and notes.markers.get(span, claimed_marker) != (
                        claimed_marker
                    ):
                        continue  # 'fell to 4.1 per cent' is not 'fell by 4.1 per cent'
                    if not claimed_marker and told_as_difference(
                        value, self.corpus.passage_text(pid)
                    ):
                        continue  # '30 more patients than a week ago' are not 30 patients
                    if changes and self._went_the_other_way(changes, value, pid):
                        continue  # 'rose 3 per cent' is not the claim's 'fell 3 per cent'
                if span in notes.first_given and not self.tells_first_given:
                    continue  # 'initially said 12 had died', 'scheduled for Thursday, has
                    # been postponed': what was said or planned then, neither here nor there
                if span in notes.wholes and id(claim_value) not in self.whole_values:
                    continue  # 'a third of the 900 containers' did not all suffer it
                if span in notes.ranking_scope and not self.rankings and outcome == "vaguer":
                    continue  # 'the lowest this winter' bounds a ranking: it times no event
                # (a year holds any day of it: 'this year' leaves 'on Monday' the event's)
                vaguer = vaguer or (
                    outcome == "vaguer" and not _a_year_for_a_day(claim_value, value)
                )
                if outcome == "match" and (not is_vague(value) or is_vague(claim_value)):
                    match = match or (value, base, pid)
                elif (
                    outcome == "conflict"
                    and (span not in notes.ranking_scope or self.rankings)
                    # 'the largest outbreak since 1992': the year bounds a ranking, and
                    # only another ranking's year is told against it
                    and (id(claim_value) not in self.ranking_years or span in notes.ranking_scope)
                    and not (claimed_marker == "by" and span in notes.levels)
                    and not (
                        id(claim_value) in self.differences
                        and a_plain_count(value, self.corpus.passage_text(pid))
                    )
                ):  # a ranking's date is no event's; a level ('to 14.20') is no change,
                    # nor a count ('revoked 63') how many more ('22 more than in 2023')
                    overlap = _overlap(around_claim, near)
                    shared_words = {t for t in around_claim if t in near and not t.startswith("@")}
                    # (told of the same subject, the words after it may differ)
                    # ('cut by three years' is no level: 'from nine years to six')
                    alike = id(value) in levels_apart or (
                        _generic(claim_value)
                        and (claimed_marker != "by" or any(value is d[0] for d in derived))
                        and span not in notes.earlier
                        and (
                            self._same_subject(subject, value, pid)
                            or self._told_of_the_group(claim_value, value, pid)
                        )
                    )
                    if _generic(claim_value) and around_claim and not shared_words and not alike:
                        continue  # '50 years' of something else is not this count
                    if (
                        _generic(claim_value)
                        and not alike
                        and _first(around_claim) not in window.terms | {None}
                    ):
                        other_thing = True
                        continue  # 'a magnitude 6.8 earthquake' for '... 5.4 aftershock'
                    if _same_day_of_year(claim_value, value):
                        overlap += 1.0  # '1 January' told of another year before 'Thursday'
                    conflicting.append((value, base, pid))
                    # the day a plan was announced is no day of it: 'announced today that
                    # the talks will take place on 24 September' gives the talks the 24th
                    verb = notes.events.get(span)
                    announced = (
                        verb is not None
                        and verb[0] in _SAYING_EVENTS
                        and id(claim_value) not in self.done_dates
                        and _ahead_of_a_past_day(claim_value, value, reference)
                    )
                    if conflict is None or (not announced, overlap) > conflict[0]:
                        conflict = ((not announced, overlap), value, base, pid)
            if superseded is not None and not match and conflict is None and not vaguer:
                conflict = ((True, 0.0), *superseded)  # 'was 900' where it went to 1,140
            if kinds_apart and conflict is not None and not match:
                # among figures of several kinds, only one told of the claim's kind ('The
                # barley crop is forecast to rise 4 percent') tells against its figure
                kind_told = self.corpus.passages[conflict[3]].terms
                if not {modifier for modifier, _ in modifiers} <= kind_told:
                    conflict = None
            owned = (
                next((c for c in conflicting if self._owned_elsewhere(owners, match, c)), None)
                if match and isinstance(claim_value, Quantity)
                else None
            )
            if owned is None and match and _generic(claim_value) and conflicting:
                owned = self._told_of_the_claims_subject(told_of, match, conflicting)
            if owned is None and match and isinstance(claim_value, DateMention) and conflicting:
                owned = self._planned_when_announced(event, match, conflicting, reference)
            if owned is not None:
                # 'Oakhall ... 42 million. Lindvik made a profit of 18 million'
                match, conflict = None, ((True, 0.0), *owned)
            elif match and isinstance(claim_value, Quantity) and self._told_of_another_place(match):
                # another place's figure; and one that conflicts in a sentence of another
                # place is no more the claim's
                match = None
                if conflict is not None and self._told_of_another_place(conflict[1:]):
                    conflict = None
            if match:
                value, base, _ = match
                checks.append(
                    _ValueCheck(claim_value, "match", value, base + value.start, base + value.end)
                )
            elif conflict and not vaguer:
                _, value, base, _ = conflict
                checks.append(
                    _ValueCheck(
                        claim_value, "conflict", value, base + value.start, base + value.end
                    )
                )
            else:
                checks.append(_ValueCheck(claim_value, "missing", None, 0, 0))
        if other_thing:
            checks = [_unread(c) if c.status == "conflict" else c for c in checks]
        return checks

    def _bounded_the_other_way(self, window: Window) -> set[int]:
        """The window's sentences that bound the claim's span of time the other way ('waited
        more than four hours' for 'seen within four hours'): their shares count the others."""
        assert self.time_bound is not None
        way, amount, unit = self.time_bound
        found: set[int] = set()
        for pid in range(window.first, window.last + 1):
            ways = {
                _bound_way(told)
                for told in _TIME_BOUND.finditer(self.corpus.passage_text(pid))
                if (told.group(2).lower(), stem(told.group(3).lower())) == (amount, unit)
            }
            if ways and way not in ways:  # (a sentence with both ways tells each share)
                found.add(pid)
        return found

    def _told_of_the_claims_subject(
        self,
        told_of: tuple[set[str], bool],
        match: tuple[Value, int, int],
        conflicting: list[tuple[Value, int, int]],
    ) -> tuple[Value, int, int] | None:
        """A percentage matches one told of something narrower or else, and another one
        is told of just the claim's subject: 'Unemployment rose to 5.6 percent, while the
        jobless rate among people aged 16 to 24 climbed to 14.2 percent' for 'the
        unemployment rate rose to 14.2 percent'. Each figure is scored by the claim's
        words in its own clause, less the words there the claim does not have."""
        claimed, after = told_of
        value, _, pid = match
        if not claimed or (value.start, value.end) in self.corpus.value_notes(pid).earlier:
            return None  # ('rose to 5.2%, up from 4.9%': the level it started from is told of
            # the subject before it)

        def fit(found: tuple[Value, int, int]) -> int:
            value, _, pid = found
            info = self.corpus.passages[pid]
            words = _clause_words(info.tokens, self.corpus.passage_text(pid), value, after=after)
            extra = words - self.claim_terms - self.light_content - _SPANS_OF_TIME
            return len(words & claimed) - len(extra)

        score, best = max(((fit(c), c) for c in conflicting), key=lambda pair: pair[0])
        return best if score > max(fit(match), 0) else None

    def _planned_when_announced(
        self,
        event: str | None,
        match: tuple[Value, int, int],
        conflicting: list[tuple[Value, int, int]],
        reference: dt.date | None,
    ) -> tuple[Value, int, int] | None:
        """The claim's day is the day something was announced, and the same sentence puts
        the thing itself on a day still ahead: 'announced today that the talks will take
        place on 4 November' for 'talks were held on 14 October' (today). The day ahead is
        the one to compare, unless the claim is of the announcing."""
        if event in _SAYING_EVENTS or any(
            is_past_form(w) and stem(w) in _SAYING_EVENTS for w in self.claim_words
        ):
            return None  # 'Portugal announced the restrictions on 7 July'
        value, _, pid = match
        verb = self.corpus.value_notes(pid).events.get((value.start, value.end))
        if verb is None or verb[0] not in _SAYING_EVENTS:
            return None
        return next((c for c in conflicting if c[2] == pid and _after(c[0], reference)), None)

    def _kind_told_apart(
        self, kinds: set[str], pid: int, value: Value, claimed: Value | None = None
    ) -> bool:
        """What the claim's count is of ('burglaries') is told better (more of its
        words) in another clause of the sentence, one turned to with 'but', 'while' or
        'whereas' and giving a figure or a change of its own, than in the clause of the
        matching figure ('Recorded crime fell 8 percent, but burglaries rose 3
        percent'): the figure is another thing's. (Other sentences were tried too: they
        took the context of plain accounts for another thing.)"""
        info = self.corpus.passages[pid]
        text = self.corpus.passage_text(pid)
        edges = [0, *(m.end() for m in _CONTRAST.finditer(text)), len(text) + 1]
        if len(edges) == 2:
            return False  # one clause: nothing told apart
        own = next((lo, hi) for lo, hi in itertools.pairwise(edges) if lo <= value.start < hi)
        clause_terms = {t.term for t in info.tokens if own[0] <= t.start < own[1]}
        if not kinds - clause_terms:
            return False
        # the sentence's other clauses: their words, and whether each gives a figure
        told: list[tuple[set[str], set[str], bool]] = []
        for lo, hi in itertools.pairwise(edges):
            if (lo, hi) != own:
                clause = [t for t in info.tokens if lo <= t.start < hi]
                told.append(
                    (
                        {t.term for t in clause},
                        {t.word for t in clause},
                        any(
                            isinstance(v, Quantity) and lo <= v.start < hi
                            for v in self.corpus.value_notes(pid).values
                        ),
                    )
                )
        # told better there: more of the claim's words of it than the figure's own clause,
        # or the claim's counted noun with its kind ('car thefts rose 9 percent'), which
        # the figure's own clause never names ('burglaries ... fell to 2,310')
        fit = len(kinds & clause_terms)
        # (the noun as written: 'burglaries' are no 'thefts', though one is the other)
        noun = _noun_written(claimed.text) if isinstance(claimed, Quantity) else None
        named_there = noun is not None and noun not in {
            _noun_written(t.word) for t in info.tokens if own[0] <= t.start < own[1]
        }
        return any(
            (
                len(kinds & terms) > fit
                or (named_there and noun in {_noun_written(w) for w in words} and kinds & terms)
            )
            and (figured or any(opposite_terms(t) for t in terms))
            for terms, words, figured in told
        )

    def _part_unsaid(self, window: Window) -> str | None:
        """A word of the claim that narrows a thing to a part ('youth', 'rural'; lexicons/
        subgroups.txt), written right before its noun, that the window never says: the
        word, as written, or None."""
        for index, token in enumerate(self.f.tokens[:-1]):
            if token.word not in _PARTS and token.term not in _PARTS:
                continue
            following = self.f.tokens[index + 1]
            if following.kind not in ("word", "entity") or following.word in _SUBGROUPS:
                continue  # ('Three children were injured': no thing narrowed)
            if token.term in window.terms or token.word in window.terms:
                continue
            return self._shown((token.term,))
        return None

    def _subgroup_unsaid(self, modifiers: set[tuple[str, str]], pid: int) -> bool:
        """The claim narrows its figure's thing to a part ('youth unemployment', 'core
        inflation'; lexicons/subgroups.txt) and the sentence never says that part: its
        figure is the whole's."""
        told = {t.word for t in self.corpus.passages[pid].tokens}
        terms = self.corpus.passages[pid].terms
        return any(
            modifier in _SUBGROUPS and modifier not in told and stem(modifier) not in terms
            for modifier, _ in modifiers
        )

    def _another_kind(self, modifiers: set[tuple[str, str]], pid: int) -> bool:
        """The sentence names another kind of the thing the claim's count is told of: a
        word of its own right before each mention of the claim's noun ('wheat
        production', 'machinery exports'), and the claim's word ('barley', 'total')
        nowhere in it."""
        info = self.corpus.passages[pid]
        text = self.corpus.passage_text(pid)
        figures = [(v.start, v.end) for v in self.corpus.value_notes(pid).values]
        for modifier, noun in modifiers:
            if any(t.term.startswith(modifier) for t in info.tokens):
                continue  # ('a newly engineered enzyme' for 'a new enzyme')
            term = stem(noun)  # (or its paraphrase: 'the wheat harvest' for 'crop')
            written = [
                at
                for at, t in enumerate(info.tokens)
                if _singular(t.word) == noun or (t.kind == "word" and t.term == term)
            ]
            if written and all(
                self._modified_otherwise(info.tokens, at, text, figures) for at in written
            ):
                return True
        return False

    def _modified_otherwise(
        self, tokens: Sequence[Token], at: int, text: str, figures: list[tuple[int, int]]
    ) -> bool:
        """The noun at ``at`` has a word of the document's own right before it: not one
        of the claim's, not part of a figure ('the 96-page agreement'), not a name
        ('Haines stepped down'), though a capitalised word opening the sentence is a
        common one ('Wheat production')."""
        if at == 0:
            return False
        before, token = tokens[at - 1], tokens[at]
        if (
            before.kind != "word"
            or before.end + 1 < token.start
            or before.term in self.all_claim_terms
            or any(start <= before.start < end for start, end in figures)
        ):
            return False
        opening = at == 1 or bool(CLAUSE_BREAK.search(text, tokens[at - 2].end, before.start))
        return not before.capitalised or before.term in self.corpus.common_words() or opening

    def _told_of_the_group(self, claimed: Value, value: Value, pid: int) -> bool:
        """The figure is told right after the part of the whole the claim's is ('Uptake
        among men was 68%' for 'uptake among men reached 71%')."""
        groups = self.figure_groups.get(id(claimed))
        if not groups:
            return False
        span = (value.start, value.end)
        items = _content_items(self.corpus.passages[pid].tokens, [span])
        return bool(groups & _terms_beside(items, span, T.subject_reach, after=False))

    def _same_subject(self, subject: set[str], value: Value, pid: int) -> bool:
        """A percentage or a span of time is told of the same thing when the words before
        it are mostly the claim's: 'house prices in Colmbridge rose 4.2 percent' for
        'Colmbridge house prices climbed 2.4%' (the words after them differ: 'in the
        year', 'over the twelve months'). 'Imports rose' is not 'exports climbed'."""
        if len(subject) < 2:
            return False
        span = (value.start, value.end)
        items = _content_items(self.corpus.passages[pid].tokens, [span])
        told = subject & _terms_beside(items, span, T.subject_reach, after=False)
        return len(told) >= 2 and 2 * len(told) >= len(subject)

    def _proper_claim_terms(self) -> set[str]:
        """The claim's names, and its capitalised words that are no common word
        ('Lindvik made ...': a name, though it opens the claim)."""
        common = self.corpus.common_words()
        return self.name_terms | {
            t.term for t in self.f.tokens
            if (t.kind == "entity" or t.capitalised) and t.term not in common
        }  # fmt: skip

    def _named_before(self, value: Value, pid: int) -> set[str]:
        """The words right before a figure of the passage: what it is told of."""
        span = (value.start, value.end)
        items = _content_items(self.corpus.passages[pid].tokens, [span])
        return _terms_beside(items, span, T.subject_reach, after=False)

    def _other_names_before(self, match: tuple[Value, int, int], before: set[str]) -> set[str]:
        """The names right before the matching figure that are none of the claim's."""
        common = self.corpus.common_words()
        tokens = self.corpus.passages[match[2]].tokens
        return {
            t.term for t in tokens
            if t.term in before and (t.kind == "entity" or t.capitalised)
            and t is not tokens[0] and t.term not in common
        } - self.claim_terms  # fmt: skip

    def _told_of_another_place(self, match: tuple[Value, int, int]) -> bool:
        """The claim's figure, told in a sentence that names another place of the
        claim's kind (a town for a town, a country for a country) and never the claim's:
        'First-time buyers in Kessington paid an average of 241,000 pounds' for buyers
        across the Fenmoor region, beside a sentence that names the region."""
        if not self.f.places:
            return False
        pid = match[2]
        if self.place_terms & self.corpus.passages[pid].terms:
            return False
        countries = {_is_country(p) for p in self.f.places}
        text = self.corpus.passage_text(pid)
        tokens = self.corpus.passages[pid].tokens
        return any(
            not p.terms & self.claim_terms
            and not _told_besides(p, text)
            and _is_country(p) in countries
            # where people met is no scope of a count of them ('leaders of the five
            # states met in Trevane')
            and event_word(tokens, max(0, text.find(p.text)), text) not in _GATHERING
            for p in self.corpus.places(pid)
        )

    def _owned_elsewhere(
        self,
        owners: set[str],
        match: tuple[Value, int, int],
        conflict: tuple[Value, int, int],
    ) -> bool:
        """The claim's figure is told of another, and the figure told of the claim's own
        subject conflicts: 'Oakhall reported a profit of 42 million ... Lindvik made a
        profit of 18 million' for 'Lindvik made a profit of 42 million'. Judged by the
        names right before each figure: the claim's before the conflicting one, another
        before the matching one."""
        proper = self._proper_claim_terms()
        if not owners & proper:
            return False
        before = [self._named_before(v, pid) for v, _, pid in (match, conflict)]
        # the matching figure is told of another name ('Oakhall'), not only without one
        match_tokens = self.corpus.passages[match[2]].tokens
        others = self._other_names_before(match, before[0])
        if not others and (
            owners & self.corpus.passages[match[2]].terms
            or any(t.word in _REFERRING_BACK for t in match_tokens)
        ):
            # (a sentence that never names the claim's subject nor refers back to it
            # tells its figure of something else: 'passenger numbers at the city's main
            # station rose to 11.6 million' beside the airport's 4.2 million)
            return False
        at_match, at_conflict = (owners & b for b in before)
        return bool((at_conflict - at_match) & proper)

    def _of_a_year_not_the_claims(self, date: DateMention, reference: dt.date) -> bool:
        """A whole year before the document's ('in 2021', 'last year') that none of the
        claim's dates falls in: a sentence that opens in it ('Last year, ...'), or a
        count whose clause names it, tells that year's figures."""
        years = _years_of(date, reference)
        if not years or max(years) >= reference.year:
            return False
        if len(years) > 1:
            return False  # 'enrolled 412 patients between 2018 and 2021': a span, not a year's
        return not any(
            isinstance(v, DateMention) and years & _years_of(v, reference) for v in self.specific
        )

    def _winner_loses(self, window: Window) -> bool:
        """A sentence of the window has the claim's winner lose ('defeating incumbent
        Victor Pryce' for 'Victor Pryce won re-election')."""
        assert self.winner is not None
        return any(
            loses_in(info.tokens, self.corpus.passage_text(pid), self.winner)
            for pid in self._window_pids(window)
            if (info := self.corpus.passages[pid])
        )

    def _won_by_another(self, window: Window) -> str | None:
        """The name a sentence of the window gives the claim's contest to, when it is
        not the claim's winner ('The Halden Prize for fiction went to Priya Nandakumar'
        for 'Tomas Heller won the Halden Prize for fiction')."""
        assert self.winner is not None
        award, setting = self.contest_parts
        pids = self._window_pids(window)
        told = set().union(*(self.corpus.passages[pid].terms for pid in pids))
        for pid in pids:
            info = self.corpus.passages[pid]
            won = self.contest
            if setting and setting <= told and not _names_a_setting(info.tokens):
                # 'The prize for best director went to Anna Wieczorek', beside the sentence
                # that names the festival
                won = award
            rival = won_by_another(info.tokens, self.corpus.passage_text(pid), won, self.winner)
            if rival is not None:
                return rival
        return None

    def _roles_reversed(self, window: Window) -> bool:
        """The core sentence has the claim's two names the other way round about the
        verb that links them ('Sorbank bought Nordbank' for 'Nordbank bought Sorbank');
        a passive ('was bought by') or a compound ('Linz-based') keeps the roles."""
        if self.role_link is None:
            return False
        # any sentence of the window: a window built on 'Dovic had won the tournament in
        # 2021' still has 'Marsh beat Dovic' beside it
        found = [self._roles_in(pid) for pid in self._window_pids(window)]
        return "reversed" in found and "kept" not in found

    def _roles_in(self, pid: int) -> str | None:
        """How a sentence has the claim's two names about its verb: 'kept', 'reversed',
        or None when it does not link them."""
        assert self.role_link is not None
        first, verb, second = self.role_link
        tokens = self.corpus.passages[pid].tokens
        text = self.corpus.passage_text(pid)
        for index, token in enumerate(tokens):
            if token.term != verb or text[token.start - 1 : token.start] == "-":
                continue
            before = {t.term for t in tokens[:index]}
            after = tokens[index + 1 :]
            by = next((i for i, t in enumerate(after[:6]) if t.word == "by"), None)
            if by is not None:
                if index == 0 or tokens[index - 1].word not in _PASSIVE_AUXILIARIES:
                    continue  # ('bought by': no more to tell)
                # 'Nordbank has been bought by Sorbank': who acts comes after 'by'
                agent = {t.term for t in after[by + 1 :]}
                if second[-1] in agent and first[-1] in before and second[-1] not in before:
                    return "reversed"
                if first[-1] in agent and second[-1] in before and first[-1] not in before:
                    return "kept"
                continue
            later = {t.term for t in after}
            if second[-1] in before and first[-1] not in before and first[-1] in later:
                return "reversed"
            if first[-1] in before and second[-1] not in before and second[-1] in later:
                return "kept"
        return None

    def _route_reversed(self, window: Window) -> bool:
        """The core sentence goes the other way between the claim's two places: 'from
        Rotterdam to Hamburg' for 'from Hamburg to Rotterdam'."""
        if self.route is None:
            return False
        said = {
            (fold(a), fold(b)) for a, b in ROUTE.findall(self.corpus.passage_text(window.core_pid))
        }
        origin, destination = self.route
        return (destination, origin) in said and (origin, destination) not in said

    def _disputed(self, window: Window) -> bool:
        """The window tells the claim as what someone said, and someone denies it ('An
        opposition lawmaker said the minister had been warned ... The ministry denied
        the claim'): a charge and its denial state neither side as fact. A claim that
        itself says who said it is told all the same."""
        if self.f.frame_terms:
            return False
        reported = [
            pid
            for pid in self._window_pids(window)
            if any(t.word in REPORTING for t in self.corpus.passages[pid].tokens)
        ]
        if not reported:
            return False
        passages = self.corpus.passages
        after = range(reported[0], min(len(passages), window.last + 3))  # the next sentences
        for pid in after:
            if passages[pid].document != window.document:
                continue
            text = self.corpus.passage_text(pid)
            for match in _DENIED.finditer(text):
                if not text[match.end() :].lstrip().startswith("that"):
                    return True
                # 'rejects suggestions that it waited too long': a denial of its own point
                end = match.end()
                told = {t.term for t in passages[pid].tokens if end <= t.start < end + 90}
                if len(told & self.content_words) >= 2:
                    return True
        return False

    def _done_by_another(self, window: Window, checks: list[_ValueCheck]) -> str | None:
        """The core sentence has the claim's deed done by someone it does not name ('a
        bill introduced by the Farmers' Party' for 'The Civic Union introduced the
        bill'): that one's name, or None."""
        if self.deed is None or self.deed not in window.terms:
            return None  # (the window never tells the deed: nobody does it there)
        subject = self._deed_subject(window, checks)
        if subject is not None:
            return subject
        for pid in self._window_pids(window):  # the core's or a sentence beside it
            if self.deed not in self.corpus.passages[pid].terms:
                continue
            tokens = self.corpus.passages[pid].tokens
            for index, token in enumerate(tokens[:-2]):
                if token.term != self.deed or tokens[index + 1].word != "by":
                    continue
                first = index + 3 if tokens[index + 2].word == "the" else index + 2
                run = list(takewhile(lambda t: t.kind == "entity" or t.capitalised, tokens[first:]))
                if run and not {t.term for t in run} & self.name_terms:
                    return self.corpus.passage_text(pid)[run[0].start : run[-1].end]
        return None

    def _opened_by_another(self, window: Window, checks: list[_ValueCheck]) -> str | None:
        """The sentence that tells the claim's figures (its core sentence, for a claim
        without) leaves out the name the claim opens on and opens on another: 'Drinks
        maker Arvela reported a 12 percent rise. Rival Brisk Beverages is due to report
        next week' tells no rise of Brisk Beverages. That other name, or None."""
        if not self.subject_groups:
            return None
        figures = [c.found_start for c in checks if c.status == "match"]
        pids = {p for f in figures if (p := self._pid_at(window, f)) is not None}
        pids = pids or {window.core_pid}
        infos = {pid: self.corpus.passages[pid] for pid in sorted(pids)}
        if any(g[-1] in info.terms for g in self.subject_groups for info in infos.values()):
            return None  # the claim's own name there
        for pid, info in infos.items():
            text = self.corpus.passage_text(pid)
            base = info.passage.start
            until = min((f - base for f in figures if 0 <= f - base < len(text)), default=None)
            opening = self._first_word(pid)
            named = self._opening_name(info.tokens, text, until, opening)
            if named is not None:
                return named
            owned = self._opening_possession(info.tokens, text, opening)
            if owned is not None:
                return owned
        return None

    def _opening_possession(self, tokens: Sequence[Token], text: str, opening: int) -> str | None:
        """The sentence opens on someone's other thing or person ('His company, Harrow
        Logistics, reported a loss of 3.2 million' for 'Trescott Football Club reported a
        loss'): who acts is that one, not the claim's subject. 'His fee' for 'Reyes's fee'
        is the claim's own word, and acts for the name."""
        if opening + 1 >= len(tokens) or tokens[opening].word not in ("his", "her", "their"):
            return None
        owned = tokens[opening + 1]
        if owned.kind != "word" or owned.capitalised or owned.term in self.claim_terms:
            return None
        return " ".join(text[tokens[opening].start : owned.end].split())

    def _opening_name(
        self, tokens: Sequence[Token], text: str, until: int | None, opening: int
    ) -> str | None:
        """The first name of a sentence that can be who acts, before ``until`` (or the
        claim's first word the sentence has): not after a preposition, not a date, a
        dateline, a title alone or a word capitalised only because it opens the
        sentence (``tokens[opening]``: 'Drinks maker Arvela', 'Opposition leader')."""
        told = self.content_words - self.name_terms
        runs: list[list[Token]] = []
        for index, token in enumerate(tokens):
            if (until is not None and token.start >= until) or (
                until is None and token.term in told and not token.capitalised
            ):
                break
            if not _name_word(token):
                continue
            if (
                runs
                and index
                and tokens[index - 1] is runs[-1][-1]
                and _joined_name(tokens[index - 1], token, text)
            ):
                runs[-1].append(token)
                continue
            runs.append([token])
        while opening < len(tokens) and text[tokens[opening].start : tokens[opening].end].isupper():
            opening += 1  # 'HOLM, ...', 'SOLVANG: ...'
        position = {id(t): i for i, t in enumerate(tokens)}
        for run in runs:
            words = [t for t in run if not text[t.start : t.end].isupper()]
            words = [t for t in words if t.word not in _CALENDAR_WORDS]
            if (
                words
                and opening < len(tokens)
                and words[0] is tokens[opening]
                and words[0].kind != "entity"
            ):
                words = words[1:]  # 'Drinks maker ...', 'Shares will ...'
            if not words or all(t.term in TITLE_WORDS for t in words):
                continue
            if {t.term for t in run} & self.name_terms or not name_can_act(text, run[0].start):
                continue
            first, after = position[id(words[0])], position[id(run[-1])] + 1
            if _leads(tokens[opening:first]) and _acts_itself(tokens, after, text):
                return text[words[0].start : words[-1].end]  # 'Arvela reported'
            break  # only the sentence's opening name can be who acts in it
        return None

    def _deed_subject(self, window: Window, checks: list[_ValueCheck]) -> str | None:
        """Another name doing the claim's deed in the window ('Alder Bank raised its rate
        to 5.1 percent' for 'Corvin Bank raised its rate to 5.1 percent'), in the sentence
        that tells the claim's figures, when no sentence there has the claim's own name
        do it."""
        others: list[str] = []
        common = self.corpus.common_words()
        figures = [c.found_start for c in checks if c.status == "match"]
        for pid in self._window_pids(window):
            passage = self.corpus.passages[pid].passage
            if self.deed not in self.corpus.passages[pid].terms:
                continue
            if figures and not any(passage.start <= f < passage.end for f in figures):
                continue  # 'Port Ardmore receive £300,000' beside the winners' £750,000
            tokens = self.corpus.passages[pid].tokens
            text = self.corpus.passage_text(pid)
            for index, token in enumerate(tokens):
                if token.term != self.deed or index == 0:
                    continue
                before = index - 1
                if tokens[before].word in ("has", "had", "have") and before > 0:
                    before -= 1
                doer = tokens[before]
                if not (doer.capitalised or doer.kind == "entity"):
                    continue  # 'the councillors voted'
                run_start = before  # the name ending in the doer, unbroken by punctuation
                while run_start and _joined_name(tokens[run_start - 1], tokens[run_start], text):
                    run_start -= 1
                if any(t.word == "by" for t in tokens[max(0, run_start - 3) : run_start]):
                    continue  # 'a lander built by Toulouse-based Halcyon Orbital touched
                if (
                    not text[doer.end : token.start]
                    .replace(" has ", " ")
                    .replace(" had ", " ")
                    .isspace()
                ):
                    continue  # 'the lander built by Halcyon Orbital, landed': no doer
                run = tokens[run_start : before + 1]
                if set(self.name_groups[0]) <= {t.term for t in run}:
                    return None  # the claim's name does it here
                named = [
                    t
                    for i, t in enumerate(run, run_start)
                    if (t.kind == "entity" or t.capitalised)
                    and t.term not in self.name_terms
                    and not (i == 0 and t.term in common)
                ]
                if named:  # 'Alder Bank' is not 'Corvin Bank'
                    others.append(text[run[0].start : doer.end])
        return others[0] if others else None

    def _counterpart_instead(
        self, window: Window, asserted: set[str], checks: list[_ValueCheck]
    ) -> tuple[str, str] | None:
        """A claim word the core sentence (or the sentence of a figure it matches) does
        not assert (it lacks it, or only denies it: 'No one was killed'), whose
        counterpart stands there instead (lexicons/counterparts.txt): 'Korvath's exports
        rose 8 per cent' tells another figure than 'imports rose 8 per cent', whatever the
        next sentence says of imports. The claim's word and the written one."""
        told = [(window.core_pid, frozenset(asserted), self.content_words)]
        for check, subject in zip(checks, self.figure_subjects, strict=True):
            pid = self._pid_at(window, check.found_start) if check.status == "match" else None
            if pid is not None and pid != window.core_pid:
                # (only the words before the claim's figure: what it is a figure of)
                terms = self.corpus.passages[pid].terms - self.corpus.negated(pid)
                told.append((pid, terms, subject))
        # the sentence of a matching figure that says the claim's word tells it: 'a profit
        # of 48.6m for 2024. Revenue rose 9% to 1.1bn' gives the 2024 revenue
        figures_say = frozenset().union(*(terms for _, terms, _ in told[1:]))
        told[0] = (window.core_pid, frozenset(asserted) | figures_say, self.content_words)
        for pid, terms, claimed in told:
            info = self.corpus.passages[pid]
            for term in sorted(claimed):
                if term in terms:
                    continue
                written = (counterparts().get(term, frozenset()) & info.terms) - self.content_words
                if written:
                    token = next(t for t in info.tokens if t.term in written)
                    return self._shown((term,)), token.word
        return None

    def _formerly(self, window: Window) -> str | None:
        """The title the claim gives, held formerly or as another office by the core
        sentence's account ('Ola Berg, the former chief executive', 'Deputy Finance
        Minister Rafael Ordonez' for 'the finance minister'): the office as written
        ('former chief executive'), or None."""
        if not self.claim_titles:
            return None
        others = _OTHER_OFFICE - self.claim_words
        tokens = self.corpus.passages[window.core_pid].tokens
        text = self.corpus.passage_text(window.core_pid)
        for index, token in enumerate(tokens):
            if token.word not in others:
                continue
            if index >= 2 and tokens[index - 1].word in ("and", "or"):
                continue  # 'incumbent and former officials': those now in office too
            held = tokens[index + 1 : index + 3]
            title = next((t for t in held if t.term in self.claim_titles), None)
            if title is not None:
                return " ".join(text[token.start : title.end].split())
        return None

    def _other_office(self, window: Window) -> tuple[str, str, frozenset[str]] | None:
        """The claim gives a person an office ('Aldessan President Elina Sorvald') and the
        window, naming them in full, gives them another they cannot also hold ('Prime
        Minister Elina Sorvald'; 'Finance Minister' for 'Foreign Minister'): (the
        window's title and name, the claim's title and name). Party and honorary titles
        ('General Secretary', 'Dr') sit with any office and are never compared."""
        for group, (claimed, claimed_text) in self.offices.items():
            for pid in self._window_pids(window):
                tokens = self.corpus.passages[pid].tokens
                text = self.corpus.passage_text(pid)
                for held, written in _offices_before(tokens, text, group):
                    if _other_offices(claimed, held):
                        return written, claimed_text, claimed
        return None

    def _told_apart_in_clauses(self, window: Window, checks: list[_ValueCheck]) -> bool:
        """The core sentence has the claim's figures in one clause and its names only in
        another ('Sheriff Crane jailed Mark Dunlop for 18 months; his brother Scott Dunlop
        was fined'): each clause tells of someone else."""
        # the sentence the figures are told in, the core's or one beside it
        pid = next(
            (
                p
                for c in checks
                if c.status == "match" and (p := self._pid_at(window, c.found_start)) is not None
            ),
            window.core_pid,
        )
        info = self.corpus.passages[pid]
        text = self.corpus.passage_text(pid)
        clauses = _clauses(text)
        if len(clauses) < 2:
            return False
        base = info.passage.start
        figures = [
            c.found_start - base
            for c in checks
            if c.status == "match" and 0 <= c.found_start - base < len(text)
        ]
        if not figures:
            return False
        groups = [g for g in (*self.name_groups, *self.f.speakers) if g[-1] in info.terms]
        if not groups:
            return False
        # where each name stands, by its last word ('Dunlop'), unless another given name
        # comes before it ('Mark Dunlop' is not the claim's Scott Dunlop)
        at = [
            [
                token.start
                for before, token in _pairs(info.tokens)
                if token.term == g[-1]
                and (
                    len(g) == 1 or before is None or before.term == g[-2] or not before.capitalised
                )
            ]
            for g in groups
        ]

        named = {t for g in groups for t in g}
        # 'upheld the conviction of Jonas Tiller but reduced *his* prison sentence from
        # five years to three': a pronoun before the claim's own word stands for the name
        # told in the clause before, when its clause names no one else
        tokens = info.tokens
        referring = [
            token.start
            for i, token in enumerate(tokens)
            if token.word in ("he", "she")
            or (
                token.word in ("his", "her")
                and any(t.term in self.content_words for t in tokens[i + 1 : i + 3])
            )
        ]
        others = [t.start for t in info.tokens[1:] if t.capitalised and t.term not in named]

        def holds(start: int, end: int) -> bool:
            if not all(start <= f < end for f in figures):
                return False
            if any(any(start <= p < end for p in places) for places in at):
                return True
            return any(start <= p < end for p in referring) and not any(
                start <= p < end for p in others
            )

        return not any(holds(start, end) for start, end in clauses)

    def _told_only_as_undone(self, window: Window, core: set[str], context: set[str]) -> bool:
        """A word of the claim the window writes only where it is hoped, planned or
        tried, never as done: 'The museum hopes to acquire the hoard' leaves 'the
        museum has bought the hoard' untold, however much else of it the window has."""
        withheld = {
            t
            for t in self.content_words - self.name_terms - self.open_terms
            if t in window.terms and t not in core and t not in context
        }
        if not withheld:
            return False
        pids = self._window_pids(window)
        planned = set().union(*(self.corpus.expected(p) for p in pids))
        negated = set().union(*(self.corpus.negated(p) for p in pids))
        return bool(withheld & planned - negated)  # a denial is the polarity rules' business

    def _placed_with_another_thing(self, window: Window) -> bool:
        """A sentence of the window puts the claim's place in one clause and what the
        claim says of it, at another place, in the next: 'weekend walk-in clinics at the
        Riverside Community Center, and evening clinics at the Eastgate Branch Library'
        does not hold weekend clinics at the library."""
        if not self.located_terms:
            return False
        return any(
            self.located_terms & self.corpus.passages[pid].terms and self._placed_apart_in(pid)
            for pid in self._window_pids(window)
        )

    def _placed_apart_in(self, pid: int) -> bool:
        info = self.corpus.passages[pid]
        text = self.corpus.passage_text(pid)
        spans = _clauses(text, _AND_CLAUSE)
        if len(spans) < 2:
            return False

        def clause_of(offset: int) -> int:
            return next(i for i, (start, end) in enumerate(spans) if start <= offset < end)

        def terms_in(clause: int) -> set[str]:
            start, end = spans[clause]
            return {t.term for t in info.tokens if start <= t.start < end}

        placed = [
            (p, text.find(p.text)) for p in find_places(info.tokens, text) if text.find(p.text) >= 0
        ]
        ours = [clause_of(at) for p, at in placed if p.terms <= self.located_terms]
        theirs = [clause_of(at) for p, at in placed if not p.terms <= self.located_terms]
        if not ours or not theirs:
            return False
        said = self.content_words - self.located_terms - self.name_terms
        here = terms_in(ours[0])
        return any(other != ours[0] and (terms_in(other) & said) - here for other in theirs)

    def _names_split_over_clauses(self, window: Window) -> bool:
        """The core sentence has the claim's names in different clauses, and the clause
        that tells most of the claim names someone else ('River of Glass won the Golden
        Heron, while Night Ferry took the jury prize' for 'Night Ferry won the Golden
        Heron'): that clause tells it of the other."""
        if len(self.name_groups) < 2:
            return False
        info = self.corpus.passages[window.core_pid]
        text = self.corpus.passage_text(window.core_pid)
        clauses = _clauses(text)
        if len(clauses) < 2:
            return False
        reported = self.corpus.reported_terms(window.core_pid)
        common = self.corpus.common_words()

        def inside(start: int, end: int) -> list[Token]:
            return [t for t in info.tokens if start <= t.start < end]

        spans = [inside(start, end) for start, end in clauses]
        groups = [g for g in self.name_groups if set(g) <= reported]
        if len(groups) < 2:
            return False
        held = [{g for g in groups if set(g) <= {t.term for t in span}} for span in spans]
        if any(len(h) == len(groups) for h in held):
            return False
        told = [len(self.content_words & {t.term for t in span}) for span in spans]
        best = max(range(len(spans)), key=lambda i: (told[i], len(held[i])))
        if not told[best]:
            return False
        return any(
            (t.kind == "entity" or t.capitalised)
            and t.term not in self.name_terms
            and t.term not in common
            and t.term in reported
            for t in spans[best]
        )

    def _only_intended(self, window: Window) -> bool:
        """The claim tells a deed as done and the core sentence has its verb only as
        what is expected, tried or promised ('promised to pay the contractors', 'will
        recruit 120 officers'; not 'announced that the government would hold an
        inquiry')."""
        if not self.done_terms:
            return False
        planned: set[str] = set()
        for pid in self._window_pids(window):
            told = self.done_terms & self.corpus.passages[pid].terms
            held = self.corpus.expected(pid) | self.corpus.ahead(pid)
            if told - held:
                return False  # told as done in one of its sentences
            planned |= told
        return bool(planned)

    def _decided_only(self, window: Window) -> bool:
        """The claim tells a deed as done and the core sentence has it only as what a
        decision was about: 'approved the extradition of Viktor Danilov' for 'Danilov has
        been extradited', 'ordered the closure of the plant' for 'the plant closed'. A
        claim that tells of the decision itself ('approved the sale') is told."""
        if not self.done_terms or self.claim_terms & _DECISION_TERMS:
            return False
        tokens = self.corpus.passages[window.core_pid].tokens
        decided: dict[str, set[int]] = defaultdict(set)  # each deed: where it is decided
        for index, token in enumerate(tokens[:-3]):
            determiner, deed, of = tokens[index + 1 : index + 4]
            if (
                token.word in _DECISIONS
                and determiner.word in ("the", "a", "an")
                and deed.term in self.done_terms
                and of.word == "of"
            ):
                decided[deed.term].add(index + 2)
        # a deed also told as done in the sentence ('closed ... after regulators ordered
        # the closure of the site') is told
        elsewhere = {
            t.term for i, t in enumerate(tokens) if t.term in decided and i not in decided[t.term]
        }
        return bool(decided) and not elsewhere

    def _dated_as_claimed(self, value: Value, pid: int, reference: dt.date | None) -> bool:
        """An earlier figure told with the claim's own date is the claim's: 'up from 38
        reported at the briefing on Wednesday, March 12' for '38 cases as of March 12', and
        'has dropped from 31 per cent to 22 per cent since 2021' for '31 per cent in 2021'
        (the change is counted from that day)."""
        claimed = [v for v in self.specific if isinstance(v, DateMention)]
        if not claimed:
            return False
        values = self.corpus.values(pid)
        later = [q.start for q in values.quantities if q.start > value.start]
        until = min(later, default=len(self.corpus.passage_text(pid)))
        return any(
            (value.end <= date.start < until or date.since)
            and compare(c, date, reference) == "match"
            for date in values.dates
            for c in claimed
        )

    def _told_apart(self, event: str, window: Window) -> bool:
        """The window's core sentence times something else by the claim's event: 'two
        days *after the collapse*', '*before the collapse* on Tuesday'."""
        tokens = self.corpus.passages[window.core_pid].tokens
        for index, token in enumerate(tokens):
            if token.word in _TIMED_BY and any(
                t.term == event for t in tokens[index + 1 : index + 4]
            ):
                return True
        return False

    def _went_the_other_way(self, changes: set[str], value: Value, pid: int) -> bool:
        """The words around the document's figure say the opposite change of the claim's
        ('rose' for 'fell'), and not the claim's own."""
        info = self.corpus.passages[pid]
        text = self.corpus.passage_text(pid)
        said = change_words(info.tokens, value, text)
        if changes & said:
            return False
        compared = told_as_compared(value, text)  # 'a fifth smaller than last year's'
        if compared is not None and tells_a_fall(changes) not in (None, compared):
            return True
        return any(opposite_terms(t) & said for t in changes)

    def _highlights(self, window: Window, checks: list[_ValueCheck]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        wanted = set(self.weights)
        for pid in range(window.first, window.last + 1):
            info = self.corpus.passages[pid]
            base = info.passage.start
            spans.extend((base + t.start, base + t.end) for t in info.tokens if t.term in wanted)
        spans.extend((c.found_start, c.found_end) for c in checks if c.found is not None)
        return sorted(set(spans))

    # -- topic: differs or silent ------------------------------------------------------

    def _differs_or_silent(self, doc_index: int) -> Judgement | None:
        """The claim's topic is reported here: differs when the claim is mostly
        characterisation, silent when its point is a value this document does not give."""
        if not self.f.topic_terms:
            return None
        if not self.characterises:
            # A claim that reports a fact of its topic (where it was felt, who attended)
            # is silent in a document that tells of the topic without that fact.
            return Judgement("silent", 0.0, lacking=("what the claim says of its topic",))
        window = self._topic_window(doc_index)
        if window is None:
            return None
        if self.f.speakers and not self._speaker_speaks_in(window):
            # what someone said ('Solvang said the price does not reflect the fleet's
            # value') is told otherwise only by their own words: an account of the topic
            # without them says nothing of it
            return Judgement("silent", 0.0, lacking=("what the claim's speaker said of it",))
        if self.said_only and not self._characterised(window):
            return Judgement("silent", 0.0, lacking=("what the claim says of its topic",))
        checks = self._check_values(window)
        residual = self.f.content_terms - self.f.topic_terms
        descriptive = fsum(self.weights.get(t, 0.0) for t in residual if t not in self.name_terms)
        elsewhere = self.corpus.document_terms[doc_index]
        specific = fsum(self.value_weight for c in checks if c.status != "match") + fsum(
            self.weights.get(t, 0.0)
            for t in residual
            if t in self.name_terms and t not in elsewhere
        )
        coverage = round(self._coverage(window.core, window.terms, doc_index), 3)
        if descriptive > T.framing_over_values * specific and descriptive > 0:
            return Judgement(
                "differs",
                coverage,
                window,
                f"reports {_the(self.f.claim.topic or 'subject')} in other terms",
                self._highlights(window, checks),
                rule=rules.FRAMING.code,
            )
        return Judgement("silent", coverage, lacking=("what the claim says of its topic",))

    def _characterised(self, window: Window) -> bool:
        """The window's account calls the topic something ('described the meeting as a
        symbolic gesture', 'largely ceremonial'), or says someone did."""
        framing = _FRAMING_WORDS
        passages = self.corpus.passages
        return any(
            t.word.lower() in framing
            for pid in range(window.first, window.last + 1)
            for t in passages[pid].tokens
        )

    def _topic_window(self, doc_index: int) -> Window | None:
        groups = self.f.topic_groups
        group_terms = set().union(*groups) if groups else set()
        others = self.f.topic_terms - group_terms
        span = self.corpus.document_passages(doc_index)
        paragraphs: dict[int, list[int]] = defaultdict(list)
        for pid in span:
            paragraphs[self.corpus.passages[pid].passage.paragraph].append(pid)
        best: tuple[int, Window] | None = None
        for pids in paragraphs.values():
            terms = frozenset().union(*(self.corpus.passages[p].terms for p in pids))
            if not all(set(g) <= terms for g in groups):
                continue
            if others and len(others & terms) * 2 < len(others):
                continue
            window = self._best_window(max(pids, key=self._quick))
            if not all(self._mentions(g, pids, window) for g in groups):
                continue  # 'Farid Novak met Minh Trần' tells nothing of Farid Trần
            score = len(terms)  # the fullest account of the topic
            if best is None or score > best[0]:
                best = (score, self._account(window, pids))
        return best[1] if best else None

    def _account(self, window: Window, paragraph: list[int]) -> Window:
        """The document's account of the topic: from the sentence that names it, on
        through its paragraph (T.max_window sentences at most), where the framing is."""
        last = min(paragraph[-1], window.first + T.max_window - 1)
        terms = frozenset().union(
            *(self.corpus.passages[p].terms for p in range(window.first, last + 1))
        )
        return Window(window.document, window.first, last, terms, window.core, window.core_pid)


GENERIC_UNITS = frozenset(
    {
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minut",
        "second",
        "time",
        "decad",
        "percent",
        "magnitud",
    }
)
MEASURES = frozenset(synonyms("units").values())


# A quotation in a claim: at least a few words between quote marks ("said: 'We will
# rebuild'"), not an apostrophe ('Halvard's').
QUOTED = re.compile(r"(?:^|[\s:(])['‘\"“](?P<words>[^'‘’\"“”]{12,}?)['’\"”](?=[\s.,;:!?)]|$)")


# A description or an institution that speaks: 'according to police', 'officials said',
# '..., the council's chief engineer said' (a pronoun is resolved elsewhere).
UNNAMED_SPEAKER = re.compile(
    r"\b[Aa]ccording to (?P<who>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}),"
    r"|,\s+(?P<who2>(?:the|a|an)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s+(?:said|says|told)\b"
)


# Prepositions that open an adjunct after what a denial denies: 'no one was seriously
# injured *in the derailment*' denies 'injured', not 'derailment'.
_ADJUNCT_PREPOSITIONS = frozenset(
    """in at on during after before from since under near across throughout within for
    by with""".split()
)


def _denied_in_passing(tokens: Sequence[Token]) -> set[str]:
    """The words a 'without' reaches: it denies its noun phrase, not the claim."""
    reached: set[str] = set()
    for index, token in enumerate(tokens):
        if token.word in SHORT_CUES:
            after = tokens[index + 1 : index + 1 + SHORT_REACH]
            reached.update(t.term for t in after if t.kind in ("word", "entity"))
    return reached


def _denied_focus(tokens: Sequence[Token], denied: set[str]) -> tuple[set[str], str]:
    """What a denial bears on, and its last word: the denied words before an adjunct."""
    core: list[str] = []
    negated = False
    for token in tokens:
        if token.kind == "negation":
            negated = True
        elif negated and core and token.word in _ADJUNCT_PREPOSITIONS:
            break
        elif negated and token.term in denied:
            core.append(token.term)
    if not core:  # the cue was not seen as a token ('never' read otherwise)
        return denied, next(t.term for t in reversed(tokens) if t.term in denied)
    return set(core), core[-1]


def _same_root(one: str, other: str) -> bool:
    """'ultrasonically' and 'ultrasound' are one word told two ways, not a swap."""
    shared = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= 6


_IN_TOTAL = re.compile(
    r"\b(?:in total|a total of|in all|combined|altogether|all told)\b", re.IGNORECASE
)
# words of a period: 'in the year to March' and 'in the financial year' share no deed
_SPANS_OF_TIME = frozenset(stem(w) for w in "year month week day quarter period".split())


def _terms_beside(
    items: Sequence[tuple[str, str, tuple[int, int] | None]],
    span: tuple[int, int],
    reach: int,
    *,
    after: bool = True,
) -> set[str]:
    """The content words within ``reach`` items of a figure's span (before it only,
    unless ``after``)."""
    at = next((i for i, (_, _, s) in enumerate(items) if s == span), None)
    if at is None:
        return set()
    end = at + reach + 1 if after else at
    return {term for term, _, other in items[max(0, at - reach) : end] if other is None}


def _content_items(
    tokens: Sequence[Token],
    spans: Sequence[tuple[int, int]],
    matched: Sequence[tuple[int, int]] | None = None,
    base: int = 0,
) -> list[tuple[str, str, tuple[int, int] | None]]:
    """A text's content words in order, each figure or date one item with its span:
    '#' for the claim's own (all of a claim's; the matched ones of a passage), '~' for
    another."""
    items: list[tuple[str, str, tuple[int, int] | None]] = []
    for token in tokens:
        if token.kind in ("stop", "negation"):
            continue
        at = base + token.start
        span = next(((s, e) for s, e in spans if s <= at < e), None)
        if span is None:
            items.append((token.term, token.kind, None))
        elif not items or items[-1][2] != span:
            mark = "#" if matched is None or span in matched else "~"
            items.append((mark, "value", span))
    return items


def _bare(value: Value) -> bool:
    """A count with no unit ('and 21 were rescued')."""
    return isinstance(value, Quantity) and value.unit is None


def _measure(value: Value) -> bool:
    """A sum, a share or a measure ('€45 million', '12%', '300 km'): its unit does not
    say what it is of."""
    return isinstance(value, Quantity) and (
        value.unit is None or value.unit in MEASURES or value.unit in GENERIC_UNITS
    )


def _done_verb_before(tokens: Sequence[Token], start: int, text: str) -> bool:
    """A past verb before ``start`` in its clause: 'visited Sarvia in', 'won on'."""
    for index in range(ending_by(tokens, start) - 1, -1, -1):
        token = tokens[index]
        if CLAUSE_BREAK.search(text, token.end, start):
            return False
        if token.kind in ("word", "stop") and not token.capitalised and is_past_form(token.word):
            if index and tokens[index - 1].word in DETERMINERS:
                continue  # 'the annulled provisions', 'a projected deficit': no deed
            return True
    return False


def _another_year(check: _ValueCheck) -> bool:
    """A conflict between two whole years ('in 2024' against 'in 2019')."""
    return (
        check.status == "conflict"
        and isinstance(check.claim_value, DateMention)
        and isinstance(check.found, DateMention)
        and check.claim_value.granularity == 1
        and check.found.granularity == 1
    )


def _after(value: Value, reference: dt.date | None) -> bool:
    """A date wholly after the day the document was written: what it tells then is
    planned or expected, never done."""
    if reference is None or not isinstance(value, DateMention):
        return False
    days = value.resolve(reference)
    return days is not None and days[0] > reference


def _first(neighbours: dict[str, float]) -> str | None:
    """The word right after a value: what a measure is of ('5.4 *aftershock*')."""
    return next((t for t, w in neighbours.items() if w == 1.0), None)


def _measured_thing(claim: Value, found: Value, thing: str | None) -> Quantity | None:
    """'a 5.4 aftershock' read as the claim's 'magnitude 5.4 aftershock': a figure whose
    unit is the very thing the claim's magnitude is of, read as a magnitude. (Only a
    magnitude: 'three strikes' is no '3-day strike'.)"""
    if not (isinstance(claim, Quantity) and isinstance(found, Quantity)):
        return None
    if claim.unit != MAGNITUDE or found.unit is None or found.unit in GENERIC_UNITS:
        return None
    if thing is None or thing != found.unit or is_vague(found) or " of " in found.text:
        return None  # not 'dozens of aftershocks'
    return replace(found, unit=claim.unit)


def place_kind_terms(tokens: Sequence[Token], groups: Sequence[tuple[str, ...]]) -> set[str]:
    """Words that tell what kind of place a name is ('Caylloma *province*', 'the *port*
    of Dunvar'; lexicons/place_kinds.txt): part of the name, not of what is said."""
    if not groups:
        return set()
    named = set().union(*groups)
    kinds = stems("place_kinds")
    found: set[str] = set()
    for index, token in enumerate(tokens):
        if token.kind != "word" or token.term not in kinds or token.term in named:
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1 : index + 3]
        if before is not None and before.term in named:
            found.add(token.term)  # 'Caylloma province'
        elif len(after) == 2 and after[0].word == "of" and after[1].term in named:
            found.add(token.term)  # 'the port of Dunvar'
    return found


def _other_deeds(one: tuple[str, bool] | None, other: tuple[str, bool] | None) -> bool:
    """Two places told of two different verbs (not 'was', which tells no deed)."""
    if one is None or other is None or not (one[1] and other[1]):
        return False
    return one[0] != other[0] and not {one[0], other[0]} & _AUXILIARY_WORDS


# 'olive growers across the Algarve too', 'also in Beja': a place told as one more
_BESIDES_AFTER = re.compile(r"[\s,]*(?:too|as well)\b", re.IGNORECASE)
_BESIDES = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)


def _told_besides(place: Place, text: str) -> bool:
    """The sentence tells the place as one besides others ('in Algarve too'), so it is
    no other place than the claim's."""
    at = text.find(place.text)
    if at < 0:
        return False
    if _BESIDES_AFTER.match(text, at + len(place.text)):
        return True
    return bool(_BESIDES.search(text, 0, at))


# 'The talks were businesslike.', 'The state visit was largely symbolic.': a claim that
# ends by saying what its subject was, in one word, is a judgement of it
_PREDICATE_END = re.compile(
    r"^[^,;:]*?\b(?:is|are|was|were)\s+(?:(?:largely|very|deeply|highly|too|so|a|an|"
    r"mostly|rather|fairly)\s+)?(?P<word>[a-z-]+)\.?$"
)
_CLAUSE_OPENERS = frozenset("if while when until after once before because since".split())
# states are facts to check, not judgements: 'The bridge is open.'
_STATES = frozenset(
    "open shut dead alive safe empty full free ready available complete underway over"
    " intact missing pregnant insolvent bankrupt vacant legal illegal".split()
)


def _way_moved(moved: frozenset[bool]) -> tuple[bool, str] | None:
    """The one way a sentence's figures went (True: up), as its detail says it."""
    if len(moved) != 1:
        return None
    (down,) = moved
    return not down, f"tells a {'fall' if down else 'rise'}"


def _runs_and_times(text: str) -> frozenset[tuple[str, int]]:
    """The runs a text tells ('the third year in a row') and its counts of times ('for
    the third time'), kept apart: the one does not tell the other."""
    return frozenset({("in a row", n) for n in runs(text)} | {("times", n) for n in times(text)})


def _judged_by_its_end(claim: str) -> bool:
    match = _PREDICATE_END.match(claim.strip())
    if not match:
        return False
    word = match.group("word")
    words = set(re.findall(r"[a-z]+", claim.lower()))
    return (
        not word.endswith("ed")
        and word not in QUANTIFIERS | _STATES
        and not words & (_CLAUSE_OPENERS | {"no", "not", "never", "none"})
    )


def _a_year_for_a_day(claimed: Value, found: Value) -> bool:
    return (
        isinstance(claimed, DateMention)
        and isinstance(found, DateMention)
        and claimed.granularity == 3
        and found.granularity == 1
    )


def _unread(check: _ValueCheck) -> _ValueCheck:
    """The check as if the window had not given the value: it tells of something else."""
    return _ValueCheck(check.claim_value, "missing", None, 0, 0)


def _years_of(date: DateMention, reference: dt.date) -> set[int]:
    """The years a date can fall in, read against the document's date ('last year')."""
    if date.relative is not None:
        low, high = date.relative
        return set(range(reference.year + low, reference.year + high + 1))
    if date.first[0] is not None and date.last[0] is not None:
        return set(range(date.first[0], date.last[0] + 1))
    return set()


def _the(topic: str) -> str:
    """A topic as the object of 'reports': 'the Biden talks', but 'the origins of the
    deal' and 'SkyRow's maintenance' as written."""
    first = topic.split()[0].lower() if topic.split() else ""
    if first in ("the", "a", "an", "its", "his", "her", "their") or first.endswith(("'s", "’s")):
        return topic
    return f"the {topic}"


@lru_cache(maxsize=4096)
def _clauses(text: str, split: re.Pattern[str] | None = None) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence's coordinate clauses: split at ';' and at ', while',
    ', whereas', ', but', ', as', ', although' (or at ``split``)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in (split or _CLAUSE_SPLIT).finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return tuple(spans)


# clauses joined by ', and' too: 'weekend clinics at X, and evening clinics at Y'
_AND_CLAUSE = re.compile(r";|,\s+(?:and|while|whereas|but|although|though)\b|\s+but\s+")


def _same_day_of_year(claimed: Value, found: Value) -> bool:
    """Both dates name the same day of a month, whatever their years ('1 January 2025',
    'from 1 January' read as 2026): the same date, told of another year."""
    return (
        isinstance(claimed, DateMention)
        and isinstance(found, DateMention)
        and claimed.first[1:] == found.first[1:]
        and None not in claimed.first[1:]
    )


def _generic(value: Value) -> bool:
    """A count of years or days says little by itself about what it counts."""
    return isinstance(value, Quantity) and value.unit in GENERIC_UNITS


# words a figure is told in, not what it counts ('almost a quarter', 'about half')
_SIZE_WORDS = frozenset(
    """almost about around nearly roughly some over under just more less fewer than
    half halves third thirds quarter quarters fifth fifths tenth tenths dozen dozens
    hundred hundreds thousand thousands million millions billion billions""".split()
)
_REPORTING_TERMS = frozenset(stem(w) for w in REPORTING)
# what an account calls its topic, or says someone called it (_characterised)
_FRAMING_WORDS = words("evaluative") | words("reactions") | words("framing_verbs")

# 'was devised by the brothers' grandfather': a passive deed and who did it
_DONE_BY = re.compile(
    r"\b(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?\w+ed\s+(?P<by>by)\s+[^,;.]{2,60}", re.I
)


# verbs of where people come together: the place told of them is a venue
_GATHERING = frozenset(stem(w) for w in "meet met gather convene host hold held".split())


# words by which a sentence refers back to a subject named before it
_REFERRING_BACK = frozenset("it its they their them he his she her this these".split())


def _pace(tokens: Sequence[Token]) -> str | None:
    """How big a move the words tell: 'sharp' ('plunged', 'soared'), 'slight' ('edged',
    'slightly'), or None for neither or both (lexicons/pace.txt)."""
    written = {t.word for t in tokens}
    sharp, slight = bool(written & words("pace_sharp")), bool(written & words("pace_slight"))
    return None if sharp == slight else ("sharp" if sharp else "slight")


def _noun_written(text: str) -> str:
    """The last word of a phrase as written, without a plural 's' ('2,310 car thefts' ->
    'theft')."""
    words = text.lower().split()
    last = words[-1].strip(".,;:'\"") if words else ""
    return last[:-1] if last.endswith("s") and len(last) > 3 else last


def _opening_modifiers(
    tokens: Sequence[Token], text: str, value: Value, figures: Sequence[Value], content: set[str]
) -> set[tuple[str, str]]:
    """Each (word, noun) before a figure where the word opens a noun phrase (first in
    its clause, or after a determiner or a possessive: "Brevania's total exports") and
    the noun is no past form ('the investigators issued') nor a preposition ('the
    scientists behind'). The noun as written, without a plural 's'."""
    found: set[tuple[str, str]] = set()
    ahead = [
        t
        for t in tokens
        if t.end <= value.start and not any(v.start <= t.start < v.end for v in figures)
    ]
    for index in range(len(ahead) - 1):
        word, noun = ahead[index], ahead[index + 1]
        if word.kind != "word" or noun.kind != "word" or word.end + 1 < noun.start:
            continue
        if word.term not in content or noun.term not in content or is_past_form(noun.word):
            continue
        if noun.word in _PLACED_BY:
            continue
        opener = ahead[index - 1] if index else None
        gap = text[opener.end : word.start] if opener is not None else ""
        if (
            opener is None
            or CLAUSE_BREAK.search(gap)
            or opener.word in DETERMINERS
            or (opener.capitalised and _POSSESSIVE_S.match(gap))
            # a name between: 'the Ardlow barley crop', 'the Skarn Sea mackerel quota'
            or (opener.capitalised and _after_a_determiner(ahead, index - 1))
        ):
            found.add((word.term, _singular(noun.word)))
    return found


def _after_a_determiner(tokens: Sequence[Token], end: int) -> bool:
    """The name ending at ``tokens[end]`` follows a determiner ('the Skarn Sea'), so the
    words after it go on with its noun phrase ('Meridian expects' is its subject)."""
    start = end
    while start > 0 and tokens[start - 1].capitalised:
        start -= 1
    return start > 0 and tokens[start - 1].word in DETERMINERS


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_POSSESSIVE_S = re.compile(r"['’]s\s")
# Words that place a thing rather than name it: 'the science team *behind* the instruments'
_PLACED_BY = frozenset(
    "behind across along among amid beyond inside outside near within without via".split()
)


# Verbs that give words to someone, beyond the plain reporting ones
_SPEECH = frozenset(
    stem(w)
    for w in """say tell warn argue claim admit deny describe call urge predict explain
    acknowledge concede confirm estimate suggest believe write speak reply answer ask
    promise pledge vow insist add praise blame accuse dismiss welcome reject announce
    expect think""".split()
)
_PUT_AT = re.compile(r"\bput(?:s|ting)?\b[^.;]{1,60}?\bat\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|my|My)\b")
_LABEL = re.compile(r"\s*[A-Z][A-Z .'-]{1,40}(?:\([^)]*\))?:")
# What a quotation holds: 'called it "a disgrace"', "called the timetable 'a shambles'"
_QUOTATION = re.compile(r"[\"“]([^\"“”]{1,400})[\"”]|(?<!\w)['‘]([^'‘’]{1,400})['’](?!\w)")
_QUOTED = re.compile(r"[\"“”]|(?:^|\s)['‘][^']+['’](?:\s|[,.]|$)")
# Where a sentence turns to another thing: 'fell 8 percent, but burglaries rose 3 percent'
_CONTRAST = re.compile(r"[,;]\s*(?:but|while|whereas|although|though)\b|;|\bwhile\b", re.I)
_PEOPLE_TERMS = stems("people") | {"peopl", "person", "man", "men", "woman", "women"}
# the claim's own denial that anyone suffered or did something: 'No player was sent off'
_NO_ONE_CLAIM = re.compile(
    r"\s*(?:no\s+one|no-one|nobody|none\s+of\s+the\s+(?P<of>[a-z]+)|no\s+(?P<noun>[a-z]+))"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+"
    r"(?:seriously\s+|badly\s+|fatally\s+)?(?P<fate>[a-z]+)",
    re.I,
)
# what comes right before a word told only as possible: 'could have been (badly) hurt',
# 'might be arrested', 'feared killed' (lower case: 'In May, police arrested ...')
_FEARED = re.compile(
    r"\b(?:(?:could|might|would|may)\s+(?:have\s+)?(?:been\s+|be\s+)?|feared\s+)(?:[a-z]+ly\s+)?$"
)
# 'no deaths had been reported', 'there were no injuries': no one suffered it
_NO_FATE = re.compile(
    r"\b(?:no|zero)\s+(?:(?:reported|confirmed|serious)\s+)?(?P<fate>deaths|death|fatalities|"
    r"injuries|casualties)\b",
    re.I,
)
# 'No one was hurt', 'nobody has been killed', 'none of the 40 passengers was injured',
# 'no workers were injured': the fate befell none of them
_NOBODY = re.compile(
    r"\b(?:no\s+one|no-one|nobody|none\s+of\s+(?:the\s+|them\b)[^.;:]{0,40}?|no\s+"
    r"(?:people|person|passengers?|workers?|staff|residents?|pupils?|children|crew|"
    r"firefighters?|officers?|patients?|guests?|visitors?|spectators?|employees?))"
    r"\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|got|appears\s+to\s+"
    r"have\s+been)\s+)?(?:seriously\s+|badly\s+|fatally\s+)?(?P<fate>[a-z]+)",
    re.I,
)


# a count of the exceptions: 'restored to all but 6,000 homes', 'all except 12 of them'
_ALL_BUT = re.compile(r"\ball\s+(?:but|except|bar|save)\s+(?:about\s+|some\s+|around\s+)?$", re.I)


def _carried(tokens: Sequence[Token], values: Sequence[Value]) -> list[set[str]]:
    """For each value, the terms of the tokens inside it ('27 meetings'), by bisection."""
    starts = [t.start for t in tokens]
    carried: list[set[str]] = []
    for value in values:
        index = bisect.bisect_left(starts, value.start)
        inside: set[str] = set()
        while index < len(tokens) and tokens[index].start < value.end:
            if tokens[index].end <= value.end:
                inside.add(tokens[index].term)
            index += 1
        if isinstance(value, Quantity) and value.unit == MAGNITUDE:
            inside.add(MAGNITUDE)  # 'magnitude 5.4': the unit is written before it
        carried.append(inside)
    return carried


def _overlap(one: dict[str, float], other: dict[str, float]) -> float:
    return sum(min(weight, other[term]) for term, weight in one.items() if term in other)


CLAUSE_SUBJECT_WORDS = 8  # words of its clause a figure may be told of


def _clause_words(tokens: Sequence[Token], text: str, value: Value, *, after: bool) -> set[str]:
    """The words of a figure's own clause before it (or after it), nearest first."""
    found: set[str] = set()
    edge = value.end if after else value.start
    nearest = tokens_after(tokens, value.end) if after else tokens_before(tokens, value.start)
    for token in nearest:
        gap = text[edge : token.start] if after else text[token.end : edge]
        if CLAUSE_BREAK.search(gap) or len(found) == CLAUSE_SUBJECT_WORDS:
            break
        edge = token.end if after else token.start
        if token.kind in ("word", "entity"):
            found.add(token.term)
    return found


def _pairs(tokens: list[Token]) -> Iterable[tuple[Token | None, Token]]:
    return zip([None, *tokens[:-1]], tokens, strict=True)


# People who act or speak for someone, or are someone's kin, and parts of a company:
# 'Ola Berg's brother', 'a spokesman for Ola Berg', 'the insurance arm of Pellam Bank'
# name them without telling what they did or said.
RELATIONS = frozenset(
    """brother brothers sister sisters son sons daughter daughters wife husband father
    mother parents family relatives widow partner lawyer lawyers attorney attorneys
    spokesman spokeswoman spokesperson aide aides adviser advisers advisor deputy friend
    rival rivals opponent opponents critics supporters successor predecessor office
    campaign arm arms unit units division divisions subsidiary subsidiaries branch branches
    affiliate affiliates""".split()
)
_POSSESSIVE = ("'s", "’s", "'", "’")


# Nothing is excluded: 'we are not ruling anything out', 'I will not rule anything in or
# out'. A claim that something was ruled out is denied by it.
_KEPT_OPEN = re.compile(
    r"\b(?:not|never|cannot|n't)\s+(?:be\s+)?rul(?:e|es|ed|ing)\s+(?:anything|nothing)"
    r"\s+(?:in\s+or\s+)?out\b",
    re.I,
)
# Where a sentence's coordinate clauses part: 'X was jailed; his brother was fined',
# 'the officer said 2,300 were rejected, while Tate told supporters ...'
_CLAUSE_SPLIT = re.compile(
    r";|,\s+(?:while|whereas|but|although|though|as(?!\s+well\s+as))\b|\s+but\s+"
)  # not ', as well as': one clause
# what marks a date as the time a count stood at: 'by Friday', 'as of 11 June', 'still
# missing on 11 June' (the marker right before the date, or 'still' anywhere before it)
_AS_OF = re.compile(r"(?:\b(?:[Bb]y|[Aa]s\s+(?:of|at))\s+(?:\w+,?\s+)?$|\bstill\b)")
_STILL = re.compile(r"\bstill\b")
# A claim of what will, may or is to happen, or is so now
_NOT_DONE = re.compile(
    r"\b(?:[Ww]ill|[Ww]ould|[Ss]hall|[Ee]xpected|[Dd]ue|[Ss]cheduled|[Ss]et\s+to|[Ll]ikely|"
    r"[Pp]lans?|[Pp]lanned|[Ii]ntends?|[Aa]ims?|[Tt]o\s+be|[Ii]s|[Aa]re|may|[Mm]ight|[Cc]ould|"
    r"[Cc]an)\b"  # 'may', never the month
)
# A journey between two named places: 'from Hamburg to Rotterdam'
_PLACE_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
ROUTE = re.compile(rf"\bfrom\s+(?:the\s+)?({_PLACE_NAME})\s+to\s+(?:the\s+)?({_PLACE_NAME})")
_AUXILIARY_WORDS = frozenset("is are was were be been being has have had".split())
_MODAL_WORDS = frozenset("will would shall should can could may might must".split())
# Verbs whose two sides can swap without changing what happened
_SYMMETRIC = frozenset(
    """met married played drew tied clashed talked spoke negotiated fought merged
    partnered collided""".split()
)


# A denial of what was just reported: 'The ministry denied the claim', 'which he denies'.
_DENIED = re.compile(
    r"\b(?:denied|denies|deny|disputed|disputes|rejected|rejects)\s+(?:(?:the|these|this|"
    r"that|those|any|all|such)\s+)?(?:claims?|allegations?|accusations?|charges?|reports?|"
    r"suggestions?|account)\b|\bwhich\s+(?:he|she|they|it)\s+(?:denies|denied|disputes)\b",
    re.I,
)


def _manner(token: Token) -> bool:
    """A word of how something happened ('infringed the patents *wilfully*', 'prices
    rose *sharply*'): an -ly word of the claim that is no hedge, time or noun
    (lexicons/not_manner.txt)."""
    word = token.word
    return (
        token.kind == "word"
        and len(word) >= 6
        and word.endswith("ly")
        and word not in words("not_manner")
        and word not in QUANTIFIERS  # 'unanimously' is the quantifier rules' business
    )


def _acts_itself(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """The name before ``tokens[verb]`` does what its sentence tells: it acts ('Arvela
    reported', 'Heliotek said it shipped'), neither undergoing it ('the council was
    told') nor only telling of what others did ('Irena Kovalt confirmed that each
    customer will receive')."""
    if verb >= len(tokens) or not text[tokens[verb - 1].end : tokens[verb].start].isspace():
        return False  # 'Marseille-based', 'Kestrany's'
    head = tokens[verb].word.split()[0]
    rest = [t.word for t in tokens[verb + 1 : verb + 6]]
    if not _acting_verb(tokens[verb]):
        return False  # 'The French group'
    if head in _AUXILIARY_WORDS and rest and is_past_form(rest[0].split()[0]):
        return False  # a passive
    if "that" in rest[:4]:  # 'confirmed to MPs that ...': what follows is told
        rest = rest[rest.index("that") + 1 :]
    elif head not in REPORTING:
        return True
    return bool(rest) and rest[0] in ("it", "its", "they", "their")  # 'said it shipped'


def _leads(before: Sequence[Token]) -> bool:
    """The words before a name leave it the sentence's subject: a short descriptor
    ('Drinks maker', 'Its main rival', 'Opposition leader'), no verb, clause or second
    noun phrase ('The papers show the council', 'built by Toulouse-based')."""
    return len(before) <= 3 and not any(
        _acting_verb(t) or t.word in _CLAUSE_WORDS or (i and t.word in ("the", "a", "an"))
        for i, t in enumerate(before)
    )


_CLAUSE_WORDS = frozenset("that which who whom whose when while after before if as".split())


def _acting_verb(token: Token) -> bool:
    """A word that makes the name before it who acts ('Arvela *reported*', 'Goll
    *called*', 'Heliotek *said*', 'the bank *will* ...'), not a name used as a
    modifier ('the Marseille shipping group', 'Kestrany's national statement')."""
    head = token.word.split()[0]
    return head in _AUXILIARY_WORDS | _MODAL_WORDS or head in REPORTING or is_past_form(head)


def _name_word(token: Token) -> bool:
    return token.capitalised or token.kind == "entity"


def _joined_name(before: Token, token: Token, text: str) -> bool:
    """``before`` is a word of the same name as ``token``: capitalised, with only a
    space between ('Alder Bank'; not 'the Guildhall, Northfield')."""
    return (before.capitalised or before.kind == "entity") and text[
        before.end : token.start
    ].isspace()


_CALENDAR_WORDS = frozenset(WEEKDAYS) | MONTH_NAMES


def _opening_groups(
    tokens: Sequence[Token], groups: Sequence[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """The names the claim opens on, its subject ('*Transport Minister Bram Eilers*
    called for ...', '*The Court of Appeal* ordered ...'); none when it opens on a
    common word ('The engine failed ...')."""
    words = list(dropwhile(lambda t: t.kind == "stop", tokens))
    named = {term for g in groups for term in g}
    run: set[str] = set()
    for index, token in enumerate(words):
        if _name_word(token) or token.term in TITLE_WORDS or (index == 0 and token.term in named):
            run.add(token.term)  # 'Education chief Owen Lisle'
        elif not (token.word == "of" and index + 1 < len(words) and words[index + 1].capitalised):
            break
    return [g for g in groups if set(g) <= run]


def _spoken_quotation(text: str) -> str | None:
    """The words a claim quotes someone as saying: of several quoted spans, the longest
    that is no title ("said 'The Salt Orchard' was 'a novel that will be read in a
    hundred years'")."""
    spans = [m.group("words") for m in QUOTED.finditer(text)]
    if not spans:
        return None

    def title(words: str) -> bool:
        return all(w[0].isupper() for w in words.split() if len(w) > 3)

    return max(spans, key=lambda words: (not title(words), len(words.split())))


def _denied_fate(features: Features) -> tuple[str, str] | None:
    """(the fate's term, the people noun's or '') of a claim that no one suffered or did
    something: 'No player was sent off', 'None of the miners was hurt', 'No one was
    injured'; None for any other claim."""
    match = _NO_ONE_CLAIM.match(features.claim.text)
    if match is None:
        return None
    noun = match.group("of") or match.group("noun")
    people = ""
    if noun is not None:
        people = stem(noun.lower())
        if people not in _PEOPLE_TERMS:
            return None  # 'No decision was taken': not a denial about people
    fate = next((t for t in features.tokens if t.start == match.start("fate")), None)
    if fate is None or fate.kind != "word":
        return None
    return fate.term, people


def _opening_written_name(features: Features, aliases: AliasTable) -> list[tuple[str]]:
    """The word a claim opens on, as a name of its own, when the story's texts write it
    only as a name ('Sunridge shipped ...'): a sentence's first capital says nothing.
    None when it already opens a name ('Ana Vidal said')."""
    words = list(dropwhile(lambda t: t.kind == "stop", features.tokens))
    first = words[0] if words else None
    if (
        first
        and first.kind == "word"
        and fold(first.word) in aliases.written_names
        and not any(first.term in g for g in (*features.name_groups, *features.speakers))
    ):
        return [(first.term,)]
    return []


def _deed_of_first_name(tokens: Sequence[Token], groups: Sequence[tuple[str, ...]]) -> str | None:
    """The active past verb right after the claim's first name ('The Civic Union
    *introduced* the bill'), its term; None for a copula or passive."""
    if not groups:
        return None
    found = [i for i, t in enumerate(tokens) if t.term == groups[0][-1]]
    if not found:
        return None
    end = found[0]  # the name's whole run: 'Transport Minister Bram Eilers *called*'
    while end + 1 < len(tokens) and _name_word(tokens[end + 1]):
        end += 1
    if end + 1 >= len(tokens):
        return None
    verb = tokens[end + 1]
    head = verb.word.split()[0]  # 'called for' is one term ('demand')
    if verb.capitalised or head in _AUXILIARY_WORDS or not is_past_form(head):
        return None
    return verb.term


_PASSIVE_AUXILIARIES = frozenset("was were is are been being be".split())


# what a result's margin is counted in ('won by three points', 'led by two frames')
_MARGIN_UNITS = frozenset("point goal run frame vote stroke game set shot".split())
_TO_TALLY = re.compile(r"\s+to\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|nil)\b")


def _margins(
    found: Sequence[tuple[Value, int, dict[str, float], int, ValueNotes]],
    claimed: Value,
    claim_text: str,
) -> list[tuple[Value, int, dict[str, float], int, ValueNotes]]:
    """The margin of each result the window tells as two tallies ('beat Harlton 27-24'),
    counted in the claim's unit ('by three points'): for a claim that gives a margin."""
    if not isinstance(claimed, Quantity) or claimed.unit not in _MARGIN_UNITS:
        return []
    if _TO_TALLY.match(claim_text, claimed.end):
        return []  # 'by three games to one' is the result itself
    margins: list[tuple[Value, int, dict[str, float], int, ValueNotes]] = []
    for value, base, near, pid, notes in found:
        if isinstance(value, Quantity) and value.unit == SCORE:
            high, low = divmod(int(value.low), 1000)
            margin = Quantity(
                high - low, high - low, "exact", claimed.unit, value.text, value.start, value.end
            )
            margins.append((margin, base, near, pid, notes))
    return margins


# a contest's verb before the 'by' of its margin ('beating Lysenko by', 'won by')
_CONTEST_BEFORE_BY = re.compile(
    r"\b(?:beat\w*|won|win\w*|lost|los[ei]\w*|led|lead\w*|edg\w*|defeat\w*|ahead|"
    r"clear\w*|finish\w*)\b[^.;]{0,40}\bby\s*$",
    re.I,
)


_LEAD_BEFORE_BY = re.compile(r"\b(?:led|lead|leads|leading|ahead|up)\b[^.;]{0,40}\bby\s*$", re.I)


def _a_lead(text: str, start: int) -> bool:
    """The margin at ``start`` is a lead on the way ('led by four goals'), not a result."""
    return bool(_LEAD_BEFORE_BY.search(text, max(0, start - 60), start))


def _gaps(
    found: Sequence[tuple[Value, int, dict[str, float], int, ValueNotes]], claimed: Value
) -> list[tuple[Value, int, dict[str, float], int, ValueNotes]]:
    """The difference between each two results of the window in the claim's kind of
    unit ('2.01 metres' and '1.97m': four centimetres), for a contest's margin: only
    ever a match (a difference no one wrote conflicts with nothing)."""
    if not isinstance(claimed, Quantity):
        return []
    results = [
        f for f in found
        if isinstance(f[0], Quantity) and f[0].precision == "exact"
        and compare(claimed, f[0], None) in ("match", "conflict")
    ][:_MOST_RESULTS]  # fmt: skip
    # a bare result beside a counted one of its size counts the same ('with 1,842 votes,
    # defeating ... Lowry, who received 1,517')
    counted = [r[0] for r in results if isinstance(r[0], Quantity)]
    results += [
        (replace(f[0], unit=counted[0].unit), *f[1:])
        for f in found
        if counted
        and isinstance(f[0], Quantity)
        and f[0].unit is None
        and f[0].precision == "exact"
        and f[0].low > 0
        and any(0.5 <= c.low / f[0].low <= 2 for c in counted)
    ][: max(0, _MOST_RESULTS - len(results))]
    gaps: list[tuple[Value, int, dict[str, float], int, ValueNotes]] = []
    for first, second in itertools.combinations(results, 2):
        one, other = first[0], second[0]
        assert isinstance(one, Quantity) and isinstance(other, Quantity)
        if one.unit != other.unit:
            continue
        gap = round(abs(one.low - other.low), 6)
        told = Quantity(gap, gap, "exact", one.unit, one.text, one.start, one.end)
        gaps.append((told, *first[1:]))
    return gaps


_MOST_RESULTS = 6  # results of a window whose differences are looked at


# a share of a sum the window gives: 'Half of the money came from', 'a third of the cost'
_OF_THE_SUM = re.compile(
    r"\s+of\s+(?:the|its|their|this)\s+(?:money|cost|costs|sum|total|price|amount|funding|"
    r"budget|bill|fee|grant|investment|funds)\b",
    re.I,
)


def _shares_of_sums(
    found: Sequence[tuple[Value, int, dict[str, float], int, ValueNotes]], corpus: Corpus
) -> list[tuple[Value, int, dict[str, float], int, ValueNotes]]:
    """What a share of a sum comes to ('bought ... for £780,000. Half of the money came
    from the fund': £390,000), for each sum told before it in the window: only ever a
    match (an amount no one wrote conflicts with nothing)."""
    derived: list[tuple[Value, int, dict[str, float], int, ValueNotes]] = []
    for share, base, near, pid, notes in found:
        if not isinstance(share, Quantity) or share.unit != "percent":
            continue
        text = corpus.passage_text(pid)
        if not _OF_THE_SUM.match(text, share.end):
            continue
        for whole, whole_base, *_ in found:
            if (
                not isinstance(whole, Quantity)
                or whole.unit in (None, "percent")
                or whole.low != whole.high
                or whole_base + whole.start >= base + share.start
            ):
                continue
            low, high = whole.low * share.low / 100, whole.low * share.high / 100
            told = Quantity(low, high, "approx", whole.unit, share.text, share.start, share.end)
            derived.append((told, base, near, pid, notes))
    return derived


# a span of time bounded from above or below: 'within four hours', 'more than 18 weeks'
_TIME_BOUND = re.compile(
    r"\b(within|in\s+under|in\s+less\s+than|under|less\s+than|no\s+more\s+than|"
    r"more\s+than|over|longer\s+than|at\s+least)\s+(\w+)\s+(hours?|minutes?|days?|"
    r"weeks?|months?|years?)\b",
    re.I,
)


def _bound_way(bound: re.Match[str]) -> str:
    """'up to' for 'within' and the like, 'beyond' for 'more than' and the like."""
    word = " ".join(bound.group(1).lower().split())
    return "beyond" if word in ("more than", "over", "longer than", "at least") else "up to"


def _the_others(
    found: tuple[Value, int, dict[str, float], int, ValueNotes],
) -> tuple[Value, int, dict[str, float], int, ValueNotes]:
    """A share as the share of the others ('half waited more than four hours': the other
    half were seen within them)."""
    value, base, near, pid, notes = found
    if not isinstance(value, Quantity) or value.unit != "percent":
        return found
    others = replace(value, low=round(100 - value.high, 6), high=round(100 - value.low, 6))
    return others, base, near, pid, notes


def _names_a_setting(tokens: Sequence[Token]) -> bool:
    """The sentence says where something was given: 'at' before a capitalised name ('at
    the Dunmore festival')."""
    for index, token in enumerate(tokens[:-1]):
        if token.word == "at":
            following = next((t for t in tokens[index + 1 : index + 3] if t.kind != "stop"), None)
            if following is not None and following.capitalised:
                return True
    return False


_SUBGROUPS = frozenset(stem(w) for w in words("subgroups")) | words("subgroups")
# ... of them, those a category need not name ('the women's final' is often 'the final')
_PARTS = words("subgroups") - {"female", "male", "women", "men", "girls", "boys"}


_REASON_REACH = 2  # sentences after an event's window that may still say why it happened


# a sentence of part of a group: 'Most of the 40 staff', 'nine of the twelve crew'
_PARTITIVE = re.compile(
    r"\b(?:most|many|some|several|all\s+but|\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\s+of\s+(?:the|its|their)\b",
    re.I,
)


def _with_opening_word(
    tokens: Sequence[Token], groups: Sequence[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """The claim's names, led by its opening word when that is a capitalised word of no
    name ('Athletic beat Rovers', 'Telvane bought'): a name the alias table does not
    know, read as a word."""
    opening = tokens[0] if tokens else None
    if (
        opening is not None
        and opening.capitalised
        and opening.kind == "word"
        and not any(opening.term in g for g in groups)
    ):
        return [(opening.term,), *groups]
    return list(groups)


def _first_name_undergoes(
    tokens: Sequence[Token], groups: Sequence[tuple[str, ...]]
) -> tuple[tuple[str, ...], str] | None:
    """The claim's first name and the deed it undergoes, told in the passive right after
    it ('Lena Ortiz *was fined*', 'Hartwell Bank has been fined')."""
    if not groups:
        return None
    found = [i for i, t in enumerate(tokens) if t.term == groups[0][-1]]
    if not found:
        return None
    after = tokens[found[0] + 1 : found[0] + 5]
    auxiliaries = list(
        takewhile(lambda t: t.word in _PASSIVE_AUXILIARIES | {"has", "have", "had"}, after)
    )
    if not any(t.word in _PASSIVE_AUXILIARIES for t in auxiliaries):
        return None
    rest = after[len(auxiliaries) :]
    if not rest or rest[0].kind != "word" or not is_past_form(rest[0].word):
        return None
    return groups[0], rest[0].term


def _first_name_deal(
    tokens: Sequence[Token], groups: Sequence[tuple[str, ...]]
) -> tuple[tuple[str, ...], str, frozenset[str]] | None:
    """The claim's first name, the deal it does right after it ('Telvane *bought*',
    'Oakhouse *has bought*') and that deal's other side (lexicons/converses.txt)."""
    groups = _with_opening_word(tokens, groups)  # 'Telvane bought'
    if not groups:
        return None
    found = [i for i, t in enumerate(tokens) if t.term == groups[0][-1]]
    if not found:
        return None
    after = [t for t in tokens[found[0] + 1 :] if t.word not in ("has", "have", "had")]
    if not after or after[0].capitalised:
        return None
    others = converses().get(after[0].term)
    return (groups[0], after[0].term, others) if others else None


def _role_link(
    tokens: Sequence[Token], groups: Sequence[tuple[str, ...]]
) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """The claim's first two names and the active past verb right between them that
    links them ('Sorbank *bought* Nordbank'); None for a copula or passive ('is based
    in', 'was bought by') or when anything else stands between."""
    if len(groups) == 1:
        groups = _with_opening_word(tokens, groups)  # 'Athletic beat Rovers'
    if len(groups) < 2:
        return _common_role_link(tokens) if not groups else None
    ends = []
    for group in groups[:2]:
        found = [i for i, t in enumerate(tokens) if t.term == group[-1]]
        if not found:
            return None
        ends.append(found[0])
    between = tokens[ends[0] + 1 : ends[1] - len(groups[1]) + 1]
    words = [t for t in between if t.kind != "stop" or is_past_form(t.word)]
    if len(words) != 1 or any(t.word in _AUXILIARY_WORDS | {"by"} for t in between):
        return None
    verb = words[0]
    if verb.capitalised or not is_past_form(verb.word):
        return None
    if verb.word in _SYMMETRIC:
        return None  # 'A met B' is 'B met A'
    return groups[0], verb.term, groups[1]


def _common_role_link(
    tokens: Sequence[Token],
) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """A claim that opens with two plain nouns about an active past verb: 'Boys
    outperformed girls', 'Imports overtook exports'."""
    words = [t for t in tokens if t.word not in DETERMINERS]
    if len(words) < 3:
        return None
    subject, verb, thing = words[:3]
    if (
        subject.kind != "word"
        or thing.kind != "word"
        or subject.term == thing.term
        or verb.word in _AUXILIARY_WORDS | _SYMMETRIC
        or not is_past_form(verb.word)
    ):
        return None
    return (subject.term,), verb.term, (thing.term,)


def _someone_of(tokens: Sequence[Token], index: int, length: int, text: str) -> bool:
    """The name ending at ``tokens[index]`` (``length`` words) is someone else's
    relation: 'Ola Berg's brother', 'a spokesman for Ola Berg', 'the lawyer of Berg'."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if (
        after is not None
        and after.word in RELATIONS
        and text[token.end : token.end + 2].startswith(_POSSESSIVE)
    ):
        return True
    first = index - length + 1
    while first > 0 and tokens[first - 1].term in TITLE_WORDS:
        first -= 1  # 'a spokesman for Dr Lena Marsh'
    if first >= 2 and tokens[first - 1].word in ("for", "of"):
        return tokens[first - 2].word in RELATIONS
    return False


def _is_country(place: Place) -> bool:
    name = fold(place.text).strip()
    return (name[4:] if name.startswith("the ") else name) in phrases("countries")


def _same_bare_figure(claim: Value, found: Value) -> bool:
    """A figure the passage writes without its noun ('to 187') is the claim's exact
    figure ('187 votes'): it can confirm it, never contradict it."""
    return (
        isinstance(claim, Quantity)
        and isinstance(found, Quantity)
        and found.unit is None
        and claim.precision == "exact"
        and found.precision == "exact"
        and claim.low == claim.high == found.low == found.high
        and claim.low >= 10  # 'one', 'two' stand for too much to confirm anything
    )


# Words that make a title another office, or one held no more ('deputy minister',
# 'former chief executive', 'acting head')
_OTHER_OFFICE = frozenset("former ex deputy vice assistant acting shadow junior interim".split())
# Offices of state one person does not hold at once, and the portfolios of ministers
# ('Foreign Minister', 'Minister of Finance'); party and honorary titles are not among them.
_OFFICES = frozenset(
    stem(w) for w in "president prime premier chancellor governor mayor king queen".split()
)
_PORTFOLIOS = frozenset(
    stem(w)
    for w in """foreign finance trade defence defense interior home health justice education
    economy agriculture transport energy environment labour labor culture""".split()
)
_MINISTER = stem("minister")
_NOT_MINISTERS = _OFFICES - {stem("prime"), stem("premier"), stem("chancellor")}


def _offices_before(
    tokens: Sequence[Token], text: str, group: tuple[str, ...]
) -> list[tuple[frozenset[str], str]]:
    """Each title written right before the name in full ('Prime Minister of Aldessa Elina
    Sorvald'): the office words of it, and the title and name as written. A deputy's or
    a former holder's title is left to _formerly."""
    found: list[tuple[frozenset[str], str]] = []
    first, size = group[0], len(group)
    for index in range(len(tokens) - size + 1):
        if tokens[index].term != first:
            continue  # most words start no name: no tuple made for them
        if size > 1 and tuple(t.term for t in tokens[index : index + size]) != group:
            continue
        words: set[str] = set()
        start = index
        back = index - 1
        while back >= 0 and index - back <= 6:
            token = tokens[back]
            if token.kind == "entity":  # 'Prime Minister' as one name, or 'Aldessa'
                words.update(stem(w) for w in token.word.split())
                start, back = back, back - 1
                continue
            if token.word in ("of", "the"):
                back -= 1
                continue
            if token.kind != "word" or not (token.capitalised or token.term in TITLE_WORDS):
                break
            if token.word.lower() in _OTHER_OFFICE:
                words = set()
                break
            words.add(token.term)
            start = back
            back -= 1
        held = frozenset(words & (_OFFICES | _PORTFOLIOS | {_MINISTER}))
        if held:
            last = tokens[index + len(group) - 1]
            found.append((held, " ".join(text[tokens[start].start : last.end].split())))
    return found


def _other_offices(claimed: frozenset[str], held: frozenset[str]) -> bool:
    """Two offices no one holds at once: 'President' and 'Prime Minister', 'Foreign
    Minister' and 'Finance Minister'. A bare 'Minister' may be any minister, but no
    president, governor, mayor or monarch."""
    if claimed == {_MINISTER} or held == {_MINISTER}:
        other = held if claimed == {_MINISTER} else claimed
        return bool(other & _NOT_MINISTERS) and _MINISTER not in other
    return not (claimed - {_MINISTER}) & (held - {_MINISTER})


def _ahead_of_a_past_day(claimed: Value, found: Value | None, reference: dt.date | None) -> bool:
    """The claim's date was still ahead when the document was written, and the window's
    was already past: the document tells of another event that day, not of the claim's
    (which it cannot yet know)."""
    if reference is None or not isinstance(claimed, DateMention):
        return False
    if not isinstance(found, DateMention):
        return False
    claimed_days, found_days = claimed.resolve(reference), found.resolve(reference)
    if claimed_days is None or found_days is None:
        return False
    return claimed_days[0] > reference and found_days[1] <= reference


def _plain_number(figure: str) -> float | None:
    """'32', '4,500' or '14.2k' as a number ('thirty-two' or '14,200' in a document is
    the same figure)."""
    found = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(k|m|bn)?", figure, re.I)
    if found is None:
        return None
    scale = {"k": 1e3, "m": 1e6, "bn": 1e9}.get((found.group(2) or "").lower(), 1.0)
    return round(float(found.group(1).replace(",", "")) * scale, 6)


def _written(figure: str, text: str) -> bool:
    """The figure stands in the text as a figure of its own ('3-2', not '13-2'); a score
    or a tally may be written in words or with a dash ('three-one', '5–2', 'five to
    two', 'three goals to one')."""
    pattern = rf"(?<![\w.,]){re.escape(figure)}(?:['’]?s)?(?![\w]|[.,]\d)"  # 'V-190s'
    if re.search(pattern, text) is not None:
        return True
    tally = _TALLY.fullmatch(figure)
    if tally is None:
        return False
    sides = [_number_forms(int(tally.group(1))), _number_forms(int(tally.group(2)))]
    # 'three goals to one', 'by 34 votes to 32': the counted thing may stand between
    between = r"(?:\s*[-–]\s*|(?:\s+[a-z]+)?\s+to\s+)"
    written = rf"(?<![\w.,])(?:{sides[0]}){between}(?:{sides[1]})(?![\w]|[.,]\d)"
    return re.search(written, text, re.I) is not None


_TALLY = re.compile(r"(\d{1,3})-(\d{1,3})")  # a score or a vote: '3-1', '34-32'
_NUMBER_NAMES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen"
    " fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
)


def _number_forms(number: int) -> str:
    """A small number as digits or a word ('0', 'nil', 'zero'; '3', 'three')."""
    forms = [str(number)]
    if number == 0:
        forms += ["nil", "zero"]
    elif number < len(_NUMBER_NAMES):
        forms.append(_NUMBER_NAMES[number])
    return "|".join(forms)


def _better(candidate: Judgement, incumbent: Judgement) -> bool:
    order = {"supports": 3, "contradicts": 2, "differs": 1, "silent": 0}
    if order[candidate.stance] != order[incumbent.stance]:
        return order[candidate.stance] > order[incumbent.stance]
    return candidate.score > incumbent.score


def _describe(value: Value, reference: dt.date | None = None) -> str:
    """A value as written; a date written without its year or against the day of
    writing ('Thursday', 'from 1 January') with the day it was read as, given the
    document's date ('Thursday (10 April 2025)')."""
    if reference is None or not isinstance(value, DateMention):
        return value.text
    if not value.is_relative and value.first[0] is not None:
        return value.text
    days = value.resolve(reference)
    if days is None or value.granularity != 3 or days[0] != days[1]:
        return value.text
    if not value.is_relative and days[0].year == reference.year:
        return value.text  # '24 September' in a 2024 paper needs no gloss
    return f"{value.text} ({days[0].day} {days[0]:%B %Y})"


def _full_names(claim: Claim, aliases: AliasTable) -> list[tuple[str, ...]]:
    """The terms of each speaker the claim's attributions name."""
    return [
        tuple(t.term for t in tokenize(a.speaker, aliases) if t.kind != "stop")
        for a in claim.attributions
        if a.speaker
    ]


def _refers_back(
    tokens: Sequence[Token], words: frozenset[str], *, as_written: bool = True
) -> bool:
    """The sentence has a word that refers back ('he', 'the minister', 'the two sides'),
    not a title before a name ('Finance Minister Ingrid Lindqvist met ...'). Words are
    matched by their terms, and as written too unless ``as_written`` is false."""
    for token, after in zip(tokens, [*tokens[1:], None], strict=True):
        if token.term not in words and not (as_written and token.word in words):
            continue
        if token.capitalised and after is not None and after.capitalised:
            continue  # 'President Lan Kowalski', 'Finance Minister Ingrid ...'
        return True
    return False


def passageless_fields(judgement: Judgement) -> AlikeFields:
    """What a stance without a passage is made of: the arguments of ``passageless``
    after the source (kept as such by ``Stances`` for the sources it does not hold)."""
    return (judgement.stance, judgement.score, judgement.detail, judgement.claimed,
            judgement.rule, judgement.lacking)  # fmt: skip


def to_result(source: str, judgement: Judgement, corpus: Corpus) -> StanceResult:
    """The public, plain-data form of a judgement: a silent document's passage is its
    ``nearest``, never its evidence."""
    window = judgement.window
    if window is None:
        return passageless(source, *passageless_fields(judgement))
    document = corpus.documents[window.document]
    start = corpus.passages[window.first].passage.start
    end = corpus.passages[window.last].passage.end
    highlights = tuple(
        (s - start, e - start) for s, e in judgement.highlights if start <= s and e <= end
    )
    first = corpus.passages[window.first].passage
    passage = Evidence(
        text=re.sub(r"\s", " ", document.body[start:end]),
        line=first.line,
        start=start,
        end=end,
        highlights=highlights,
        page=first.page,
    )
    silent = judgement.stance == "silent"
    return StanceResult(
        source=source,
        stance=judgement.stance,
        score=judgement.score,
        evidence=None if silent else passage,
        detail=judgement.detail,
        claimed=judgement.claimed,
        rule=judgement.rule,
        nearest=passage if silent else None,
        lacking=judgement.lacking if silent else (),
    )
