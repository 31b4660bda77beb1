"""The corpus of a run: every document's passages, their terms, and a term index.

Candidate evidence for a claim comes from the index (terms -> passages), never
from comparing every claim with every sentence.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from factcheck.anchors import COUNTED_FROM_EVENT, counted_from_events, dated_from, event_day
from factcheck.dates import DateMention
from factcheck.features import TITLE_WORDS
from factcheck.model import ByTuple, Document, Passage
from factcheck.normalise import NormText, normalise
from factcheck.terms import AliasTable, Token, content_terms, term_bigrams, tokenize
from factcheck.thresholds import THRESHOLDS as T
from factcheck.value_notes import CORRECTION_REACH, ValueNotes, note_values, withdraws
from factcheck.values import (
    DAYS_AWAY,
    KindedName,
    Place,
    Values,
    expected_spans,
    expected_terms,
    extract_values,
    find_places,
    future_terms,
    kinded_names,
    negated_terms,
    undecided_spans,
    undecided_terms,
)

_WORD = re.compile(r"\w+")
Found = TypeVar("Found")
DAY_TOLD_REACH = 3  # sentences back to the day 'two days later' counts from


def is_given_name(token: Token | None) -> bool:
    """A capitalised word right before a surname, titles aside ('Bruno' in 'Bruno Novak')."""
    return (
        token is not None
        and token.kind == "word"
        and token.capitalised
        and token.start > 0
        and token.term not in TITLE_WORDS
    )


@dataclass(frozen=True)
class SurnameUses:
    """Which documents may name a bearer of one surname: those that need no given name
    to (the surname bare with no bearer of it named, or its word as a common noun: 'the
    county'), and, for each word written right before it, those that write the two
    together ('Amelia Hoàng'). Read-only once made."""

    without_given: frozenset[int]
    after: dict[str, frozenset[int]]


# (a release's label may stand first: 'For immediate release - 2 September 2024 - ...')
_PLACE_PREFIX = re.compile(
    r"^[\s*_#>]*(?:(?:for\s+immediate\s+(?:release|distribution)|(?:press|news|media)\s+"
    r"release)\b[\s:|,–—-]*)?(?:[^\W\d][\w .'’-]*,\s*)*[^\w]*$",
    re.I,
)
_AFTER_DATELINE = re.compile(r"^\s*(?:[-–—(|]|$)")


@dataclass
class PassageInfo:
    """A passage with its tokens; token offsets are relative to ``passage.start``."""

    passage: Passage
    document: int  # index into Corpus.documents
    tokens: list[Token]
    terms: frozenset[str]
    _values: Values | None = field(default=None, repr=False)  # as written
    _dated: Values | None = field(default=None, repr=False)  # and counted from events
    _bigrams: frozenset[tuple[str, str]] | None = field(default=None, repr=False)
    _negated: frozenset[str] | None = field(default=None, repr=False)
    _undecided: frozenset[str] | None = field(default=None, repr=False)


class Corpus:
    def __init__(
        self,
        documents: list[Document],
        aliases: AliasTable,
        tokens: Sequence[Sequence[list[Token]] | None] | None = None,
    ) -> None:
        """``tokens``: per document, its passages' tokens as ``tokenize`` gave them with
        these aliases (from a cache), or None where they are to be worked out."""
        self.documents = documents
        self.aliases = aliases
        self.passages: list[PassageInfo] = []
        self.first_passage: list[int] = []  # per document: global id of its first passage
        self.document_terms: list[frozenset[str]] = []
        self.opening_terms: list[frozenset[str]] = []  # per document (see stance)
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.document_postings: dict[str, list[int]] = defaultdict(list)
        self._norm_bodies: dict[int, NormText] = {}
        self._main_subjects: dict[int, frozenset[str]] = {}
        self._common_words: frozenset[str] | None = None
        self._value_notes: dict[int, ValueNotes] = {}
        self._places: dict[int, list[Place]] = {}
        # What a sentence's text alone decides (its figures, places, notes), by the text:
        # an archive repeats its sentences (wire copy, boilerplate), and each was worked
        # out once per passage that held it. Texts are equal only with equal tokens, the
        # corpus having one alias table.
        self._by_text: dict[tuple[Any, ...], Any] = {}
        self._expected: dict[int, frozenset[str]] = {}
        self._expected_spans: dict[int, list[tuple[int, int]]] = {}
        self._undecided_spans: dict[int, list[tuple[int, int]]] = {}
        self._ahead: dict[int, frozenset[str]] = {}
        self._kinded: dict[int, list[KindedName]] = {}
        self._surname_uses: dict[str, SurnameUses] = {}
        # what other modules work out once per document ('the surnames it names')
        self.memo: dict[tuple[str, int], frozenset[str]] = {}
        # what the judging works out once a run for a name ('the documents that may name
        # Amelia Hoàng'), shared by every claim that names it
        self._namers: dict[tuple[str, str], tuple[int, ...]] = {}
        self.namer_sets: dict[tuple[str, ...], frozenset[int]] = {}
        self._withdrawn: dict[int, bool] = {}
        self._names_written: dict[int, frozenset[tuple[str, ...]]] = {}
        self._names_outside_values: dict[int, frozenset[str]] = {}
        self._words: dict[int, frozenset[str]] = {}
        self._questions: dict[int, bool] = {}
        # per document: the speaker label that opens each paragraph, if any (filled in by
        # attribution.turn_label, which reads transcripts)
        self.paragraph_labels: dict[int, dict[int, str | None]] = {}
        self._datelines: dict[int, tuple[int, int] | None] = {}
        # A body that publishes a document speaks in all of it: a police briefing is the
        # police's account ('Westmarch Police', named in the registry's aliases).
        self.publisher_terms: list[frozenset[str]] = []
        self._publishers: dict[str, list[int]] = defaultdict(list)
        # A text's tokens and terms, shared by its repeats: an archive repeats its
        # sentences (wire copy, boilerplate, the agency's sign-off), and a text's tokens
        # depend on nothing but the text and the aliases. One list, however many times
        # the sentence is printed, whether it was read from the cache or not; nothing
        # changes it.
        by_text: dict[str, tuple[list[Token], frozenset[str]]] = {}
        for doc_index, document in enumerate(documents):
            outlet = document.source.outlet or document.meta_outlet or ""
            self.publisher_terms.append(
                frozenset(t.term for t in tokenize(outlet, aliases) if t.kind == "entity")
            )
            for term in self.publisher_terms[-1]:
                self._publishers[term].append(doc_index)
            self.first_passage.append(len(self.passages))
            terms_here: set[str] = set()
            known = tokens[doc_index] if tokens is not None else None
            body = document.body
            for number, passage in enumerate(document.passages):
                text = body[passage.start : passage.end]
                seen = by_text.get(text)
                if seen is None:
                    made = known[number] if known is not None else tokenize(text, aliases)
                    seen = by_text[text] = (made, frozenset(content_terms(made)))
                passage_tokens, terms = seen
                terms_here |= terms
                pid = len(self.passages)
                for term in terms:
                    self.postings[term].append(pid)
                self.passages.append(PassageInfo(passage, doc_index, passage_tokens, terms))
            self.document_terms.append(frozenset(terms_here))
            # what the document is about: the words of its opening it comes back to
            here = self.passages[self.first_passage[-1] :]
            told = Counter(t for p in here for t in p.terms)
            self.opening_terms.append(
                frozenset(
                    t
                    for p in here[: T.opening_sentences]
                    for t in p.terms
                    if told[t] >= T.opening_recurs
                )
            )
            for term in terms_here:
                self.document_postings[term].append(doc_index)
        self.document_index = {d.source.id: i for i, d in enumerate(documents)}
        self.source_ids = tuple(d.source.id for d in documents)  # by document index
        self._selections: dict[tuple[str, ...], frozenset[int]] = {}
        self._selections_of: ByTuple[frozenset[int]] = ByTuple()  # the registry's tuple
        self.size = max(1, len(self.passages))
        self.max_idf = math.log((self.size + 1) / 0.5)

    def selection(self, ids: tuple[str, ...]) -> frozenset[int]:
        """The documents of these source ids: worked out once for all the claims of a
        registry, which share its sources (each claim doing it made a run's time grow
        with claims times sources)."""
        known = self._selections_of.get(ids)
        if known is not None:
            return known
        found = self._selections.get(ids)
        if found is None:
            found = self._selections[ids] = frozenset(self.document_index[s] for s in ids)
        return self._selections_of.put(ids, found)

    def idf(self, term: str) -> float:
        """Rarer terms say more about what a passage is about."""
        df = len(self.postings.get(term, ()))
        return math.log((self.size + 1) / (df + 0.5))

    def published_by(self, term: str) -> list[int]:
        """The documents a named body publishes (its outlet, an alias of the registry)."""
        return self._publishers.get(term, [])

    def document_passages(self, doc_index: int) -> range:
        first = self.first_passage[doc_index]
        return range(first, first + len(self.documents[doc_index].passages))

    def values(self, pid: int) -> Values:
        """The passage's counts and dates, with the days it counts from events another
        sentence dates ('nine days after the accident', anchors.py)."""
        info = self.passages[pid]
        found = info._dated
        if found is None:
            found = self._own_values(pid)
            text = self.passage_text(pid)
            if COUNTED_FROM_EVENT.search(text) and not any(d.granularity == 3 for d in found.dates):
                counted = [
                    dated_from(c, day, text)
                    for c in counted_from_events(text, info.tokens)
                    if (day := self._event_day(pid, c.event)) is not None
                ]
                if counted:
                    dates = tuple(sorted((*found.dates, *counted), key=lambda d: d.start))
                    found = Values(found.quantities, dates)
            info._dated = found
        return found

    def _event_day(self, pid: int, event: frozenset[str]) -> DateMention | None:
        """The day the passage's document gives an event: told by the nearest sentence
        before it that names the event with a day, else the nearest after it."""
        doc = self.passages[pid].document
        passages = self.document_passages(doc)
        before = range(pid - 1, passages.start - 1, -1)
        after = range(pid + 1, passages.stop)
        for other in (*before, *after):
            if event <= self.passages[other].terms:
                day = event_day(event, self.passages[other].tokens, self._own_values(other).dates)
                if day is not None:
                    return day
        return None

    def _own_values(self, pid: int) -> Values:
        """The counts and dates the passage writes itself; a dateline's date is when the
        piece was published, not a date of anything it reports, so it is left out."""
        info = self.passages[pid]
        if info._values is None:
            text = self.passage_text(pid)
            carried = self._day_told_before(pid) if DAYS_AWAY.search(text) else None
            values = self._per_text(
                ("values", text, carried), lambda: extract_values(normalise(text), text, carried)
            )
            dateline = self.dateline_span(info.document)
            if dateline is not None and values.dates:
                start, end = dateline[0] - info.passage.start, dateline[1] - info.passage.start
                kept = tuple(d for d in values.dates if d.end <= start or d.start >= end)
                values = Values(values.quantities, kept)
            info._values = values
        return info._values

    def _day_told_before(self, pid: int) -> DateMention | None:
        """The last day told in the sentences just before this one, in its document: what
        'two days later' at the start of a sentence counts from."""
        first = self.first_passage[self.passages[pid].document]
        for earlier in range(pid - 1, max(first, pid - DAY_TOLD_REACH) - 1, -1):
            days = [d for d in self._own_values(earlier).dates if d.granularity == 3]
            if days:
                return days[-1]
        return None

    def places(self, pid: int) -> list[Place]:
        """Where the passage puts things, 'based' places included (values.find_places)."""
        return self._of_text(self._places, "places", pid, _places_based)

    def value_notes(self, pid: int) -> ValueNotes:
        """What the passage's own words say of its figures (value_notes.py), once."""
        notes = self._value_notes.get(pid)
        if notes is None:
            info = self.passages[pid]
            values = self.values(pid)
            text = self.passage_text(pid)
            mentioned = bool(values.quantities or values.dates)
            notes = self._value_notes[pid] = self._per_text(
                ("notes", text, values),
                lambda: note_values(
                    info.tokens,
                    values,
                    text,
                    self.expected_spans(pid) if mentioned else None,
                    self.undecided_spans(pid) if mentioned else None,
                ),
            )
        return notes

    def reported_terms(self, pid: int) -> frozenset[str]:
        """The passage's terms outside its document's dateline: 'LISBON, June 4 - The
        ferry ran aground near Porto' reports nothing in Lisbon."""
        info = self.passages[pid]
        dateline = self.dateline_span(info.document)
        if dateline is None or not info.passage.start <= dateline[0] < info.passage.end:
            return info.terms
        # the place before the date is the dateline's too: it opens the line
        body = self.documents[info.document].body
        line = body.rfind("\n", 0, dateline[0]) + 1 - info.passage.start
        end = dateline[1] - info.passage.start
        return frozenset(content_terms(t for t in info.tokens if not line <= t.start < end))

    def dateline_span(self, doc_index: int) -> tuple[int, int] | None:
        """Where the document's dateline stands in its body (original offsets)."""
        if doc_index not in self._datelines:
            document = self.documents[doc_index]
            span = None
            if document.dateline:
                body = document.body
                start = body.find(document.dateline, 0, 3000)
                end = start + len(document.dateline)
                line_start = body.rfind("\n", 0, start) + 1
                line_end = body.find("\n", end)
                before = body[line_start:start]
                after = body[end : line_end if line_end >= 0 else len(body)]
                # A dateline opens a line: a place at most before it, a dash, a
                # bracket or nothing after it ('HANOI, March 14, 2025 - ...').
                if start >= 0 and _PLACE_PREFIX.match(before) and _AFTER_DATELINE.match(after):
                    span = (start, end)
            self._datelines[doc_index] = span
        return self._datelines[doc_index]

    def main_subjects(self, doc_index: int) -> frozenset[str]:
        """Terms the document keeps coming back to (in at least three paragraphs and a
        quarter of them): its subject, which 'he' or 'the two countries' may stand for."""
        if doc_index not in self._main_subjects:
            paragraphs: dict[int, set[str]] = defaultdict(set)
            for pid in self.document_passages(doc_index):
                info = self.passages[pid]
                paragraphs[info.passage.paragraph] |= info.terms
            counts: dict[str, int] = defaultdict(int)
            for terms in paragraphs.values():
                for term in terms:
                    counts[term] += 1
            floor = max(3, len(paragraphs) / 4)
            subjects = {t for t, n in counts.items() if n >= floor}
            subjects |= self.publisher_terms[doc_index]
            self._main_subjects[doc_index] = frozenset(subjects)
        return self._main_subjects[doc_index]

    def common_words(self) -> frozenset[str]:
        """Words some document writes in lower case: 'Shareholders' at the start of a
        sentence is the common noun, not a name."""
        if self._common_words is None:
            self._common_words = frozenset(
                token.term
                for info in self.passages
                for token in info.tokens
                if token.kind == "word" and not token.capitalised
            )
        return self._common_words

    def names_written(self, doc_index: int) -> frozenset[tuple[str, ...]]:
        """The names a document writes: each run of capitalised words or aliases, and
        every stretch of one ('Lucia Ngô met Minh Mensah' names no Lucia Mensah; 'a
        green belt' names nothing)."""
        if doc_index not in self._names_written:
            found: set[tuple[str, ...]] = set()
            for pid in self.document_passages(doc_index):
                run: list[str] = []
                for token in [*self.passages[pid].tokens, None]:
                    if token is not None and (token.kind == "entity" or token.capitalised):
                        run.append(token.term)
                        continue
                    if run:  # (most words end no run: a tenth of a claim's time went here)
                        found.update(
                            tuple(run[i:j])
                            for i in range(len(run))
                            for j in range(i + 1, len(run) + 1)
                        )
                        run = []
            self._names_written[doc_index] = frozenset(found)
        return self._names_written[doc_index]

    def names_outside_values(self, pid: int) -> frozenset[str]:
        """The passage's names ('entity' or capitalised terms) but those within its counts
        and dates ('April') and a common word opening it ('Shareholders'): what tells
        whether it names anyone a claim does not (worked out once a passage, not once a
        claim)."""
        found = self._names_outside_values.get(pid)
        if found is None:
            values = self.values(pid)
            found = self._names_outside_values[pid] = self._per_text(
                ("names", self.passage_text(pid), values),
                lambda: self._names_outside(self.passages[pid].tokens, values),
            )
        return found

    def _names_outside(self, tokens: list[Token], values: Values) -> frozenset[str]:
        common = self.common_words()
        spans = [(q.start, q.end) for q in values.quantities]
        spans += [(d.start, d.end) for d in values.dates]
        return frozenset(
            t.term
            for i, t in enumerate(tokens)
            if (t.kind == "entity" or t.capitalised)
            and not any(start <= t.start < end for start, end in spans)
            and not (i == 0 and t.term in common)
        )

    def bigrams(self, pid: int) -> frozenset[tuple[str, str]]:
        """Pairs of neighbouring content terms of a passage (stop words skipped)."""
        info = self.passages[pid]
        if info._bigrams is None:
            info._bigrams = term_bigrams(info.tokens)
        return info._bigrams

    def negated(self, pid: int) -> frozenset[str]:
        """Terms the passage negates ('not an official state visit')."""
        info = self.passages[pid]
        if info._negated is None:
            text = self.passage_text(pid)
            info._negated = self._per_text(
                ("negated", text), lambda: frozenset(negated_terms(info.tokens, text))
            )
        return info._negated

    def withdrawn(self, pid: int) -> bool:
        """One of the next sentences of the document says this one's figure was wrong
        ('That was a typing error', 'the correct figure is ...'), as an answer to a
        question may: its figures are withdrawn (value_notes.withdraws)."""
        found = self._withdrawn.get(pid)
        if found is None:
            document = self.passages[pid].document
            following = range(pid + 1, min(pid + 1 + CORRECTION_REACH, len(self.passages)))
            found = self._withdrawn[pid] = any(
                self.passages[p].document == document and withdraws(self.passage_text(p))
                for p in following
            )
        return found

    def expected(self, pid: int) -> frozenset[str]:
        """Terms of what the passage says is expected or scheduled (values.expected_terms)."""
        found = self._expected.get(pid)
        if found is None:
            info = self.passages[pid]
            found = self._expected[pid] = frozenset(
                expected_terms(info.tokens, self.passage_text(pid), self.expected_spans(pid))
            )
        return found

    def expected_spans(self, pid: int) -> list[tuple[int, int]]:
        """Where the passage tells what is expected (values.expected_spans): read by its
        figures' notes and its terms alike, so worked out once."""
        return self._of_text(self._expected_spans, "expected spans", pid, expected_spans)

    def undecided_spans(self, pid: int) -> list[tuple[int, int]]:
        """Where the passage leaves something open (values.undecided_spans), once."""
        return self._of_text(self._undecided_spans, "undecided spans", pid, undecided_spans)

    def namers(self, surname: str, given: str) -> tuple[int, ...]:
        """The documents that may name the person, in order: they write the name in full
        ('Amelia Hoàng'), the surname bare with no other bearer of it named ('Hoàng said',
        never 'Tam Hoàng'), or the last word as a common noun ('the county')."""
        found = self._namers.get((surname, given))
        if found is None:
            uses = self._surname_uses.get(surname)
            if uses is None:
                uses = self._surname_uses[surname] = self._uses_of_surname(surname)
            found = tuple(sorted(uses.without_given | uses.after.get(given, frozenset())))
            self._namers[(surname, given)] = found
        return found

    def _uses_of_surname(self, surname: str) -> SurnameUses:
        """Read from the passages that hold the word only (the index's postings): over an
        archive a common surname is in thousands of documents, and reading each whole
        document for every name made finding its namers most of a claim's time."""
        before_it: dict[int, set[str]] = defaultdict(set)
        after_given: set[int] = set()
        bare: set[int] = set()
        lower: set[int] = set()
        for pid in self.postings.get(surname, ()):
            info = self.passages[pid]
            doc = info.document
            before: Token | None = None
            for token in info.tokens:
                if token.term == surname:
                    if before is not None:
                        before_it[doc].add(before.term)
                    if before is not None and is_given_name(before):
                        after_given.add(doc)
                    elif token.capitalised:
                        bare.add(doc)
                    if not token.capitalised:
                        lower.add(doc)
                before = token
        # written bare, or written after a word and also as a common noun
        without_given = (bare - after_given) | (lower & (bare | before_it.keys()))
        after: dict[str, set[int]] = defaultdict(set)
        for doc, words in before_it.items():
            for word in words:
                after[word].add(doc)
        return SurnameUses(frozenset(without_given), {w: frozenset(d) for w, d in after.items()})

    def kinded_names(self, pid: int) -> list[KindedName]:
        """Places the passage names with their kind (values.kinded_names)."""
        found = self._kinded.get(pid)
        if found is None:
            found = self._kinded[pid] = kinded_names(
                self.passages[pid].tokens, self.passage_text(pid)
            )
        return found

    def ahead(self, pid: int) -> frozenset[str]:
        """Verbs the passage tells only as to come (values.future_terms)."""
        found = self._ahead.get(pid)
        if found is None:
            found = self._ahead[pid] = frozenset(future_terms(self.passages[pid].tokens))
        return found

    def undecided(self, pid: int) -> frozenset[str]:
        """Terms the passage leaves open ('would decide whether to open an inquiry')."""
        info = self.passages[pid]
        if info._undecided is None:
            info._undecided = frozenset(
                undecided_terms(info.tokens, self.passage_text(pid), self.undecided_spans(pid))
            )
        return info._undecided

    def is_question(self, pid: int) -> bool:
        """The passage asks ('Has Peru asked for international help?'): it states nothing."""
        asked = self._questions.get(pid)
        if asked is None:
            asked = self.passage_text(pid).rstrip(" \n'\"’”").endswith("?")
            self._questions[pid] = asked
        return asked

    def _per_text(self, key: tuple[Any, ...], make: Callable[[], Found]) -> Found:
        """What ``make`` gives for a text (and what else ``key`` holds), made once a run:
        see _by_text."""
        found = self._by_text.get(key)
        if found is None:
            found = self._by_text[key] = make()
        return cast(Found, found)

    def _of_text(
        self,
        memo: dict[int, Found],
        kind: str,
        pid: int,
        make: Callable[[list[Token], str], Found],
    ) -> Found:
        """``make`` of the passage's tokens and text, kept by passage (no text sliced
        again) and by text (see _by_text)."""
        found = memo.get(pid)
        if found is None:
            text = self.passage_text(pid)
            found = memo[pid] = self._per_text(
                (kind, text), lambda: make(self.passages[pid].tokens, text)
            )
        return found

    def passage_text(self, pid: int) -> str:
        """The passage as its document's body has it (markup blanked)."""
        info = self.passages[pid]
        return self.documents[info.document].body[info.passage.start : info.passage.end]

    def words(self, doc_index: int) -> frozenset[str]:
        """The words of a document as written (case kept), for 'does it ever say X'."""
        if doc_index not in self._words:
            self._words[doc_index] = frozenset(_WORD.findall(self.documents[doc_index].body))
        return self._words[doc_index]

    def norm_body(self, doc_index: int) -> NormText:
        if doc_index not in self._norm_bodies:
            self._norm_bodies[doc_index] = normalise(self.documents[doc_index].body)
        return self._norm_bodies[doc_index]


def _places_based(tokens: list[Token], text: str) -> list[Place]:
    return find_places(tokens, text, based=True)
