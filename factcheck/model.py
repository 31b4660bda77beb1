"""The plain dataclasses every layer passes on: registry, documents, results, report."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar, overload

from factcheck.exits import EXIT_FINDINGS, EXIT_OK

Stance = Literal["supports", "contradicts", "differs", "silent"]
Verdict = Literal["agreement", "divergence", "uncorroborated", "contradicted", "unsupported"]
Severity = Literal["ok", "notice", "warning", "error"]
QuoteStatus = Literal["exact", "fuzzy", "missing"]
SpeakerStatus = Literal["confirmed", "mismatch", "unverified"]

STANCES: tuple[Stance, ...] = ("supports", "contradicts", "differs", "silent")
VERDICTS: tuple[Verdict, ...] = (
    "agreement",
    "divergence",
    "uncorroborated",
    "contradicted",
    "unsupported",
)
SEVERITIES: tuple[Severity, ...] = ("ok", "notice", "warning", "error")


def severity_rank(severity: Severity) -> int:
    return SEVERITIES.index(severity)


# --- registry -------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    id: str
    path: Path  # resolved on disk
    display_path: str  # as a user would type it, relative to the working directory
    outlet: str | None = None
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    registry: str = ""
    line: int = 0
    column: int = 0
    root: Path | None = None  # the folder it must be read inside (None: named by the user)

    @property
    def label(self) -> str:
        """How reports name the source: short ids read best in capitals (VNA, VNS)."""
        return self.id.upper() if len(self.id) <= 3 and self.id.isalpha() else self.id


@dataclass(frozen=True)
class Attribution:
    source: str
    speaker: str | None = None
    quote: str | None = None
    line: int = 0


@dataclass(frozen=True)
class Expectation:
    verdicts: tuple[Verdict, ...] | None = None
    stances: tuple[tuple[str, tuple[Stance, ...]], ...] = ()


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    topic: str | None = None
    attributions: tuple[Attribution, ...] = ()
    expect: Expectation | None = None
    registry: str = ""
    line: int = 0
    # Leading characters of ``text`` that only say whom or what the rest is about (an
    # extracted fact's context): weighed lightly in judging, their names still needed.
    context: int = 0
    # The day its relative dates are read from ('yesterday', 'on Tuesday'): an extracted
    # statement's own document's date. None: each document's own date, as written.
    as_of: dt.date | None = None


@dataclass(frozen=True)
class Registry:
    path: str
    title: str | None
    sources: dict[str, Source]
    aliases: dict[str, tuple[str, ...]]
    claims: tuple[Claim, ...]
    file: Path | None = None  # the registry file itself (None: made up, e.g. by compare)
    review: Review | None = None  # who publishes the fact-check, for ClaimReview


@dataclass(frozen=True)
class Review:
    """The fact-check as published (the registry's optional `review:`): who publishes it,
    where, and when; what a ClaimReview names as its author, url and date."""

    author: str | None = None
    url: str | None = None
    date: dt.date | None = None


# --- documents ------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """One sentence of a document, with where it sits in the original file."""

    doc: str  # source id
    index: int  # position in the document's passage list
    paragraph: int
    start: int  # character offsets into the original text
    end: int
    line: int  # 1-based line of ``start`` (in a PDF: within its page)
    page: int | None = None  # 1-based page of a PDF; None in other documents

    def __reduce__(self) -> tuple[type[Passage], tuple[object, ...]]:
        """Pickled as its fields (the cache keeps every document's passages): twice as
        fast as a dataclass's default, which pickles a dict of them."""
        return Passage, (self.doc, self.index, self.paragraph, self.start, self.end,
                         self.line, self.page)  # fmt: skip


@dataclass
class Document:
    source: Source
    text: str  # the original file text as read (BOM removed); offsets point into it
    body: str  # same length as ``text``, markup and front matter blanked with spaces
    passages: list[Passage]
    published: dt.date | None
    published_from: str  # "registry", "front matter", "dateline" or "unknown"
    dateline: str | None
    sha256: str
    meta_title: str | None = None
    meta_outlet: str | None = None
    # the date the document gives itself (and where), when the registry's stands in for it
    overridden_date: tuple[dt.date, str] | None = None

    def passage_text(self, passage: Passage) -> str:
        return tidy_text(self.body[passage.start : passage.end])

    @property
    def words(self) -> int:
        return len(self.body.split())


# --- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    text: str  # the passage as written, same length as end - start (markup blanked)
    line: int
    start: int
    end: int
    highlights: tuple[tuple[int, int], ...] = ()  # offsets relative to ``start``
    page: int | None = None  # the PDF page ``line`` counts in

    @property
    def where(self) -> str:
        """'line 7', or in a PDF 'page 2, line 7'."""
        return f"line {self.line}" if self.page is None else f"page {self.page}, line {self.line}"

    @property
    def display_text(self) -> str:
        """The text tidied for reading."""
        return tidy_text(self.text)

    def display(self) -> tuple[str, list[tuple[int, int]]]:
        """The text tidied for reading, and the highlights moved to match."""
        text, position = tidy(self.text)
        spans = [
            (min(position[s], len(text)), min(position[e], len(text)))
            for s, e in self.highlights
            if 0 <= s < e <= len(self.text)
        ]
        return text, [(s, e) for s, e in spans if s < e]


def printable(text: str) -> str:
    """Text that is safe to print on a terminal, in XML or in a CI log: line breaks and
    other white space become spaces; control characters (an ESC that would drive the
    terminal), unpaired surrogates (bytes of a file name that are not UTF-8), bidi
    overrides and non-characters become U+FFFD. Without this, a registry or a document
    could forge lines of a report or disguise what it says."""
    if text.isprintable():
        return text
    return "".join(_visible(char) for char in text)


# Bidirectional overrides and isolates make a line display in another order than it
# reads ('Trojan Source'); U+FFFE and U+FFFF are not characters (and not XML).
_DISGUISES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufffe\uffff")


def _visible(char: str) -> str:
    if char.isspace():
        return " "
    if char in _DISGUISES or unicodedata.category(char) in ("Cc", "Cs"):
        return "\ufffd"
    return char


def tidy(raw: str) -> tuple[str, list[int]]:
    """White space collapsed, and none left where markup stood before punctuation
    ('Island Star , left'); with, for each raw index, its index in the result. Control
    characters become U+FFFD (see ``printable``)."""
    out: list[str] = []
    position: list[int] = []
    pending_space = False
    for char in raw:
        if char.isspace():
            position.append(len(out) + (1 if out else 0))
            pending_space = bool(out)
            continue
        if pending_space and char not in _CLOSERS and out[-1] not in _OPENERS:
            out.append(" ")
        pending_space = False
        position.append(len(out))
        out.append(_visible(char) if not char.isprintable() else char)
    position.append(len(out))
    return "".join(out), position


_CLOSERS = frozenset(",.;:!?)]\u201d\u2019")
_OPENERS = frozenset("([\u201c\u2018")
# What tidy would change in printable text: any space but a single one between words
_UNTIDY = re.compile(r"^ | $|  | [,.;:!?)\]\u201d\u2019]|[(\[\u201c\u2018] ")


def tidy_text(raw: str) -> str:
    """``tidy``'s text alone; most passages are tidy already, and a report reads
    hundreds of thousands of them."""
    if raw.isprintable() and not _UNTIDY.search(raw):
        return raw
    return tidy(raw)[0]


@dataclass(frozen=True)
class StanceResult:
    source: str
    stance: Stance
    score: float
    evidence: Evidence | None = None
    detail: str = ""  # plain words for the reason: "gives 25 September 2024"
    distinct_terms: tuple[str, ...] = ()
    claimed: str = ""  # what the claim says instead: "24 September 2024"
    rule: str = ""  # the rule that decided the stance (FC-SUPPORT, FC-VALUE, ...)
    nearest: Evidence | None = None  # a silent document's passage most like the claim ...
    lacking: tuple[str, ...] = ()  # ... and what it lacks to support or contradict it

    @property
    def explanation(self) -> str:
        return f"{self.detail}; the claim says {self.claimed}" if self.claimed else self.detail


@lru_cache(maxsize=1 << 16)
def passageless(
    source: str, stance: Stance, score: float, detail: str, claimed: str, rule: str,
    lacking: tuple[str, ...],
) -> StanceResult:  # fmt: skip
    """A stance with no passage: a million of them are a few hundred distinct ones (a
    document the index rules out), so they are made once."""
    silent = stance == "silent"
    return StanceResult(
        source=source, stance=stance, score=score, detail=detail, claimed=claimed, rule=rule,
        lacking=lacking if silent else (),
    )  # fmt: skip


# What every source a claim's judging ruled out says of it: (stance, score, detail,
# claimed, rule, lacking), the arguments of ``passageless`` after the source
AlikeFields = tuple[Stance, float, str, str, str, tuple[str, ...]]


class SourceOrder:
    """The sources a registry's claims are judged on, in its order, with each one's
    position: shared by every claim of the registry, however many there are."""

    __slots__ = ("ids", "position")

    def __init__(self, ids: tuple[str, ...]) -> None:
        self.ids = ids
        self.position = {source: index for index, source in enumerate(ids)}

    def __reduce__(self) -> tuple[Any, ...]:
        return (source_order, (self.ids,))


Kept = TypeVar("Kept")


class ByTuple(Generic[Kept]):
    """Values kept by the very tuple they were worked out for. The claims of a registry
    share one tuple of its source ids, and hashing ten thousand ids again for each claim
    was a few per cent of judging an archive. Each tuple is held while its value is
    kept, so its id is not reused meanwhile; a caller that makes a tuple for each claim
    empties the table now and then."""

    def __init__(self, kept: int = 64) -> None:
        self._values: dict[int, tuple[tuple[str, ...], Kept]] = {}
        self._kept = kept

    def get(self, ids: tuple[str, ...]) -> Kept | None:
        known = self._values.get(id(ids))
        return known[1] if known is not None and known[0] is ids else None

    def put(self, ids: tuple[str, ...], value: Kept) -> Kept:
        if len(self._values) >= self._kept:
            self._values.clear()
        self._values[id(ids)] = (ids, value)
        return value


def source_order(ids: tuple[str, ...]) -> SourceOrder:
    """One order for every claim of a registry."""
    known = _ORDERS.get(ids)
    return known if known is not None else _ORDERS.put(ids, _source_order(ids))


_ORDERS: ByTuple[SourceOrder] = ByTuple()


@lru_cache(maxsize=256)
def _source_order(ids: tuple[str, ...]) -> SourceOrder:
    return SourceOrder(ids)


class Stances(Sequence[StanceResult]):
    """A claim's stance in each of its sources, in the registry's order. Only the
    sources judged on a passage are kept as results (``judged``, by position). Those
    judged silent without one (a name of the claim missing) keep only their fields
    (``without_passage``, by position; one tuple shared by all that lack the same), and every
    other one was ruled out by the index (none of the claim's names or rarer words) and
    says the same, ``alike``: both made into results only when asked for. Over an
    archive that is nearly every source of every claim, and keeping them all made time
    and memory grow with claims times sources."""

    __slots__ = ("alike", "judged", "order", "without_passage")

    def __init__(
        self,
        order: SourceOrder,
        judged: Mapping[int, StanceResult],
        alike: AlikeFields,
        without_passage: Mapping[int, AlikeFields] | None = None,
    ) -> None:
        self.order = order
        self.judged = dict(sorted(judged.items()))
        self.alike = alike
        self.without_passage = dict(without_passage or {})

    def __len__(self) -> int:
        return len(self.order.ids)

    @overload
    def __getitem__(self, index: int) -> StanceResult: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[StanceResult, ...]: ...
    def __getitem__(self, index: int | slice) -> StanceResult | tuple[StanceResult, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        position = range(len(self))[index]
        found = self.judged.get(position)
        if found is not None:
            return found
        fields = self.without_passage.get(position, self.alike)
        return passageless(self.order.ids[position], *fields)

    def __iter__(self) -> Iterator[StanceResult]:
        ids, judged, alike, bare = self.order.ids, self.judged, self.alike, self.without_passage
        for position, source in enumerate(ids):
            found = judged.get(position)
            yield found if found is not None else passageless(source, *bare.get(position, alike))

    def of(self, source: str) -> StanceResult | None:
        position = self.order.position.get(source)
        return None if position is None else self[position]

    def of_source(self, source: str) -> StanceResult:
        """The stance of a source the claim is judged on (a KeyError for any other)."""
        return self[self.order.position[source]]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Stances):
            return (self.order.ids, self.judged, self.alike, self.without_passage) == (
                other.order.ids, other.judged, other.alike, other.without_passage
            )  # fmt: skip
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Stances({len(self)} sources, {len(self.judged)} judged)"


def stance_of(stances: Sequence[StanceResult], source: str) -> StanceResult | None:
    if isinstance(stances, Stances):
        return stances.of(source)
    return next((s for s in stances if s.source == source), None)


def spoken(stances: Sequence[StanceResult]) -> list[StanceResult]:
    """The stances worth looking at one by one: every one of a plain sequence, only the
    ones ``Stances`` judged on a passage (the rest are silent, with nothing near the
    claim)."""
    if isinstance(stances, Stances):
        return list(stances.judged.values())
    return list(stances)


@dataclass(frozen=True)
class AttributionResult:
    source: str
    quote: str | None
    quote_status: QuoteStatus | None
    quote_score: float | None
    speaker: str | None
    speaker_status: SpeakerStatus | None
    speaker_found: str | None = None  # who the attribution clause names
    line: int | None = None

    @property
    def is_error(self) -> bool:
        return self.quote_status == "missing" or self.speaker_status == "mismatch"


@dataclass(frozen=True)
class ExpectResult:
    verdicts: tuple[Verdict, ...] | None
    stances: tuple[tuple[str, tuple[Stance, ...]], ...]
    met: bool
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimResult:
    claim: Claim
    verdict: Verdict
    severity: Severity
    reason: str
    stances: Sequence[StanceResult]  # one per source, in order (Stances, or a tuple)
    attributions: tuple[AttributionResult, ...] = ()
    expect: ExpectResult | None = None

    def stance_of(self, source: str) -> StanceResult | None:
        return stance_of(self.stances, source)

    def fails(self, fail_on: Severity | None) -> bool:
        """A met expectation never fails; an unmet one always does; else the severity decides."""
        if self.expect is not None:
            return not self.expect.met
        return fail_on is not None and severity_rank(self.severity) >= severity_rank(fail_on)


@dataclass(frozen=True)
class Copy:
    """One document republishing another's text (syndicated wire copy): corroboration
    counts the two as one source."""

    source: str  # the copy: the later publication
    original: str  # the earlier publication it copies
    share: float  # share of the shorter document's text the other has too (0..1)


@dataclass(frozen=True)
class SourceInfo:
    """A source as read: the registry's description completed from the document."""

    source: Source
    outlet: str | None
    title: str | None
    published: dt.date | None
    published_from: str
    dateline: str | None
    sha256: str
    words: int
    passages: int
    copy: Copy | None = None  # set when this document copies an earlier one


@dataclass(frozen=True)
class Change:
    """One claim judged otherwise than in an earlier report (the baseline)."""

    claim: str
    before: str  # the verdict then
    after: str  # and now
    stances: tuple[tuple[str, str, str], ...]  # (source, stance then, stance now)


@dataclass(frozen=True)
class Changes:
    baseline: str  # the earlier report, as the user named it
    changed: tuple[Change, ...]  # claims in both runs whose verdict or stances changed
    new: tuple[str, ...]  # claims of this run only
    removed: tuple[str, ...]  # claims of the baseline only

    @property
    def any(self) -> bool:
        return bool(self.changed or self.new or self.removed)


@dataclass(frozen=True)
class Report:
    registries: tuple[Registry, ...]
    sources: tuple[SourceInfo, ...]
    results: tuple[ClaimResult, ...]
    fail_on: Severity | None = "error"
    tool_version: str = ""
    warnings: tuple[str, ...] = ()  # things worth saying that fail nothing (an empty source)
    changes: Changes | None = None  # against an earlier report (--baseline)
    fail_on_change: bool = False  # a change, not a severity, fails the run

    @property
    def title(self) -> str | None:
        titles = [r.title for r in self.registries if r.title]
        return "; ".join(titles) if titles else None

    @property
    def labels(self) -> dict[str, str]:
        """How reports name each source, by id (short ids in capitals: VNA)."""
        return {info.source.id: info.source.label for info in self.sources}

    @property
    def copies(self) -> tuple[Copy, ...]:
        """The documents that copy another, in source order."""
        return tuple(info.copy for info in self.sources if info.copy is not None)

    def verdict_counts(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(VERDICTS, 0)
        for result in self.results:
            counts[result.verdict] += 1
        return counts

    def expectation_counts(self) -> dict[str, int]:
        judged = [r.expect for r in self.results if r.expect is not None]
        met = sum(1 for e in judged if e.met)
        return {"met": met, "unmet": len(judged) - met}

    @property
    def attribution_errors(self) -> int:
        return sum(1 for r in self.results for a in r.attributions if a.is_error)

    def failing_on_change(self) -> set[str]:
        """With --fail-on-change, CI that knows its standing findings: the claims judged
        otherwise than in the baseline or gone from it, and those that miss their
        expectation (a claim may be both; it fails once)."""
        unmet = {r.claim.id for r in self.results if r.expect is not None and not r.expect.met}
        if self.changes is None:
            return unmet
        moved = {c.claim for c in self.changes.changed} | set(self.changes.removed)
        return moved | unmet

    @property
    def exit_code(self) -> int:
        """The one place the exit code is decided.

        0: no claim fails (nothing at or above ``fail_on`` without a met expectation,
           and every expectation met);
        1: some claim fails: an unmet expectation, or a finding at or above ``fail_on``
           on a claim that has no expectation;
        2 is never returned here: input errors stop the run before a report exists.
        """
        if self.fail_on_change:
            return EXIT_FINDINGS if self.failing_on_change() else EXIT_OK
        failing = any(result.fails(self.fail_on) for result in self.results)
        return EXIT_FINDINGS if failing else EXIT_OK
