"""The check itself: registries and documents in, a finished Report out (no printing)."""

from __future__ import annotations

import hashlib
import pickle
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

from factcheck import __version__, collector
from factcheck.attribution import check_attribution
from factcheck.cache import Cache, code_fingerprint, pack_result, unpack_result
from factcheck.cache import key as cache_key
from factcheck.copies import find_copies, originals
from factcheck.demonyms import demonym_aliases
from factcheck.documents import document_bytes, read_document
from factcheck.errors import DocumentError
from factcheck.expectations import check_expectation
from factcheck.features import claim_features
from factcheck.framing import with_distinct_terms
from factcheck.index import Corpus
from factcheck.model import (
    AlikeFields,
    AttributionResult,
    ByTuple,
    Claim,
    ClaimResult,
    Copy,
    Document,
    Evidence,
    Passage,
    Registry,
    Report,
    Severity,
    Source,
    SourceInfo,
    StanceResult,
    Stances,
    source_order,
)
from factcheck.names import written_names
from factcheck.normalise import fold
from factcheck.occasions import other_occasions
from factcheck.parallel import auto_jobs, in_background, ordered_map
from factcheck.registry import load_registries
from factcheck.rules import SPEAKER
from factcheck.stance import StanceJudge, passageless_fields, to_result
from factcheck.terms import AliasTable, Token
from factcheck.verdict import decide, reason, severity

# (claims judged so far, claims in all)
Progress = Callable[[int, int], None]
# A claim to judge, with the ids of the sources it is judged on
Task = tuple[Claim, tuple[str, ...]]
# Judges tasks elsewhere, in order, from the run's registries and documents, telling the
# callback how many it has just finished
Engine = Callable[
    [Sequence[Registry], list[Document], list[Task], Callable[[int], None]], list[ClaimResult]
]


@dataclass(frozen=True)
class Filters:
    claims: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def keep(self, claim: Claim) -> bool:
        if self.claims and claim.id not in self.claims:
            return False
        if self.topics and not any(
            fold(t) in fold(claim.topic or "") or fold(t) in fold(claim.text) for t in self.topics
        ):
            return False
        cited = {a.source for a in claim.attributions}
        # Reports show short ids in capitals (VNA): --source VNA means vna.
        return not self.sources or bool(cited & {s.lower() for s in self.sources})


def all_sources(registries: Sequence[Registry]) -> list[Source]:
    """Sources of every registry, in registry order, each once."""
    seen: dict[str, Source] = {}
    for registry in registries:
        for source in registry.sources.values():
            seen.setdefault(source.id, source)
    return list(seen.values())


def alias_table(registries: Sequence[Registry], documents: Sequence[Document] = ()) -> AliasTable:
    """The registries' aliases, and the demonyms the claims and documents write beside
    their places ('Velmoran' for 'Velmora')."""
    merged: dict[str, tuple[str, ...]] = {}
    for registry in registries:
        for canonical, names in registry.aliases.items():
            merged[canonical] = tuple(dict.fromkeys((*merged.get(canonical, ()), *names)))
    texts = [c.text for r in registries for c in r.claims]
    texts += [d.body for d in documents]
    return AliasTable(merged, demonym_aliases(texts), written_names(texts))


def read_documents(sources: Iterable[Source]) -> list[Document]:
    """Read every document, reporting all unreadable ones at once."""
    return _read_sources(list(sources), None)[0]


def source_infos(documents: Sequence[Document], copies: Sequence[Copy]) -> tuple[SourceInfo, ...]:
    """Every document as a report lists it, with the earlier document it copies."""
    copy_of = {c.source: c for c in copies}
    return tuple(source_info(d, copy_of.get(d.source.id)) for d in documents)


def source_info(document: Document, copy: Copy | None = None) -> SourceInfo:
    return SourceInfo(
        source=document.source,
        outlet=document.source.outlet or document.meta_outlet,
        title=document.source.title or document.meta_title,
        published=document.published,
        published_from=document.published_from,
        dateline=document.dateline,
        sha256=document.sha256,
        words=document.words,
        passages=len(document.passages),
        copy=copy,
    )


def run_check(
    paths: Sequence[Path],
    filters: Filters | None = None,
    fail_on: Severity | None = "error",
    source_root: Path | None = None,
) -> Report:
    """Load, read, judge every selected claim against every document, and report."""
    registries = load_registries(paths, source_root)
    return check_registries(registries, filters or Filters(), fail_on)


def check_registries(
    registries: Sequence[Registry],
    filters: Filters,
    fail_on: Severity | None,
    jobs: int | None = 1,
    progress: Progress | None = None,
    cache: Cache | None = None,
    engine: Engine | None = None,
) -> Report:
    """``jobs`` processes judge the claims (None: as many as the work is worth), or an
    ``engine`` elsewhere (dask_engine.py); the report is the same whatever judges them.
    ``progress`` hears (claims judged, of how many) as the work goes. With a ``cache``,
    what an earlier run worked out from the same inputs is read from it, and what this
    run works out is added to it."""
    sources = all_sources(registries)
    tasks = [
        (claim, ids)
        for registry in registries
        for ids in [tuple(registry.sources)]  # one tuple a registry: its claims share it
        for claim in registry.claims
        if filters.keep(claim)
    ]
    # over an archive, the copies are looked for in another process while this one
    # reads the documents into words
    pairs = sum(len(among) for _, among in tasks)
    background = engine is None and (jobs if jobs is not None else auto_jobs(pairs)) > 1
    with collector.paused_until_built() as built:
        documents, copies_found, corpus, corpus_key = _read_and_index(
            registries, sources, background, cache
        )
        built()
        copies = copies_found()
        judging = Judging(corpus, {s.id: s for s in sources}, originals(copies))
        judged: dict[int, ClaimResult] = {}
        if cache is not None:
            # what a claim is judged against, named once for each registry's sources:
            # spelling out ten thousand ids again for every claim took seconds
            settings: ByTuple[str] = ByTuple()
            roots = sorted(judging.roots.items())
            claim_keys = [
                cache_key(
                    settings.get(among) or settings.put(among, cache_key(corpus_key, among, roots)),
                    claim,
                )
                for claim, among in tasks
            ]
            for index, ((claim, among), entry) in enumerate(zip(tasks, claim_keys, strict=True)):
                stored = cache.get("judgement", entry)
                if stored is not None:
                    judged[index] = unpack_result(claim, among, stored)

        missing = [index for index in range(len(tasks)) if index not in judged]
        done = len(judged)

        def advance(count: int) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(done, len(tasks))

        to_judge = [tasks[index] for index in missing]
        pickled: list[bytes] | None = None
        if engine is not None:
            fresh = engine(registries, documents, to_judge, advance)
        else:
            fresh, pickled = _judge_here(judging, to_judge, jobs, advance)
        for position, (index, result) in enumerate(zip(missing, fresh, strict=True)):
            # a worker's result holds a copy of its claim: the report keeps the registry's own
            judged[index] = replace(result, claim=tasks[index][0])
            if cache is None:
                continue
            if pickled is not None:
                cache.put_pickled("judgement", claim_keys[index], pickled[position])
            else:
                cache.put("judgement", claim_keys[index], pack_result(result, tasks[index][1]))
        results = tuple(judged[index] for index in range(len(tasks)))
        return Report(
            registries=tuple(registries),
            sources=source_infos(documents, copies),
            results=results,
            fail_on=fail_on,
            tool_version=__version__,
            warnings=document_warnings(documents),
        )


def _read_and_index(
    registries: Sequence[Registry],
    sources: Sequence[Source],
    background: bool,
    cache: Cache | None,
) -> tuple[list[Document], Callable[[], tuple[Copy, ...]], Corpus, str]:
    """The documents, the call that gives their copies, the corpus, and the key that
    names the corpus in the cache ('' without one)."""
    documents, document_keys = _read_sources(sources, cache, background)
    copies_found = _copies_of(documents, background, cache, document_keys)
    aliases = alias_table(registries, documents)
    corpus = _index(documents, document_keys, aliases, cache)
    if cache is None:
        return documents, copies_found, corpus, ""
    corpus_key = cache_key(code_fingerprint(), aliases.fingerprint(), document_keys)
    return documents, copies_found, corpus, corpus_key


def _copies_of(
    documents: list[Document],
    background: bool,
    cache: Cache | None = None,
    document_keys: Sequence[str] = (),
) -> Callable[[], tuple[Copy, ...]]:
    """The copies among the documents, as a call that gives them when they are needed:
    from the cache, looked for in another process (``background``), or here."""
    entry = cache_key(code_fingerprint(), document_keys) if cache is not None else ""
    stored = cache.get("copies", entry) if cache is not None else None
    if stored is not None:
        return lambda: cast(tuple[Copy, ...], stored)
    look = in_background(lambda: find_copies(documents), fork=background)

    def copies() -> tuple[Copy, ...]:
        found = look()
        if cache is not None:
            cache.put("copies", entry, found)
        return found

    return copies


def _judge_here(
    judging: Judging, tasks: list[Task], jobs: int | None, done: Callable[[int], None]
) -> tuple[list[ClaimResult], list[bytes] | None]:
    """The tasks judged on this machine, in ``jobs`` processes (None: as many as the
    work is worth); with more than one, each judgement also as the cache stores it, as
    it came back from its worker (pickling them all again here took half a second at
    10,000 claims, while both processors stood idle)."""
    if jobs is None:
        jobs = auto_jobs(sum(len(among) for _, among in tasks))
    if jobs == 1:
        return ordered_map(collector.settling(judging), tasks, jobs, done), None
    # Claims that name the same people stand together, and each worker works through a
    # run of them (ordered_map), so that mostly one worker reads the documents they
    # share: what a worker works out of a passage, its figures and dates above all, is
    # worked out again by any other that reads it.
    order = sorted(range(len(tasks)), key=lambda index: _names_in(tasks[index][0]))
    results: list[ClaimResult | None] = [None] * len(tasks)
    pickled: list[bytes] = [b""] * len(tasks)

    def unpack(position: int, blob: bytes) -> None:  # while the workers go on
        index = order[position]
        claim, among = tasks[index]
        results[index] = unpack_result(claim, among, pickle.loads(blob))
        pickled[index] = blob

    # packed: a claim's silent sources travel back from a worker as positions
    ordered_map(
        collector.settling(judging.pickled),
        [tasks[index] for index in order],
        jobs,
        done,
        received=unpack,
    )
    return cast(list[ClaimResult], results), pickled


_CAPITALISED = re.compile(r"\b[^\W\d_a-z][\w'’-]*")


def _names_in(claim: Claim) -> tuple[str, ...]:
    """The claim's capitalised words, in order of spelling: claims sorted by them stand
    beside the others that name the same people."""
    return tuple(sorted(set(_CAPITALISED.findall(claim.text))))


@dataclass(frozen=True)
class Judging:
    """What every claim of a run is judged against; called with a (claim, its sources)
    task. Built once, in the process that judges (or inherited by forked workers)."""

    corpus: Corpus
    sources: dict[str, Source]
    roots: Mapping[str, str]  # a copy's source id -> its original's

    @classmethod
    def of(cls, registries: Sequence[Registry], documents: list[Document]) -> Judging:
        """Built from what was read: how a worker on another machine makes its own."""
        corpus = Corpus(documents, alias_table(registries, documents))
        sources = {s.id: s for s in all_sources(registries)}
        return cls(corpus, sources, originals(find_copies(documents)))

    def __call__(self, task: Task) -> ClaimResult:
        claim, among = task
        return judge_claim(claim, self.corpus, self.corpus.aliases, self.sources, among, self.roots)

    def packed(self, task: Task) -> tuple[Any, ...]:
        """The judgement as the cache stores it: small to send between processes."""
        return pack_result(self(task), task[1])

    def pickled(self, task: Task) -> bytes:
        return pickle.dumps(self.packed(task), protocol=pickle.HIGHEST_PROTOCOL)


# Over this many documents to read, a run in parallel reads half of them in another
# process (reading 10,000 took 3 seconds, with both processors but one idle)
_READ_APART_FROM = 1000


def _read_sources(
    sources: Sequence[Source], cache: Cache | None, background: bool = False
) -> tuple[list[Document], list[str]]:
    """Every document, from the cache where its bytes and registry entry are unchanged;
    with each one's key ('' without a cache). With ``background``, half of what is to
    be read over an archive is read in another process, which sends each document
    pickled as the cache keeps it."""
    documents: list[Document | None] = []
    keys: list[str] = []
    problems: list[tuple[int, str]] = []  # by the source's place: told in its order
    unread: list[tuple[int, int, Source, bytes]] = []  # (place, document, source, bytes)
    for place, source in enumerate(sources):
        try:
            raw = document_bytes(source)
        except DocumentError as error:
            problems.append((place, str(error)))
            continue
        entry = "" if cache is None else cache_key(code_fingerprint(), source, _sha256(raw))
        document = None if cache is None else cache.get("document", entry)
        if document is None:
            unread.append((place, len(documents), source, raw))
        documents.append(document)
        keys.append(entry)
    apart = unread[len(unread) // 2 :] if background and len(unread) >= _READ_APART_FROM else []
    read_apart = in_background(
        lambda: [_read_pickled(source, raw) for _, _, source, raw in apart], bool(apart)
    )
    for place, index, source, raw in unread[: len(unread) - len(apart)]:
        try:
            documents[index] = read_document(source, raw)
        except DocumentError as error:
            problems.append((place, str(error)))
            continue
        if cache is not None:
            cache.put("document", keys[index], documents[index])
    for (place, index, _, _), (pickled, problem) in zip(apart, read_apart(), strict=True):
        if problem:
            problems.append((place, problem))
            continue
        documents[index] = pickle.loads(pickled)
        if cache is not None:
            cache.put_pickled("document", keys[index], pickled)
    if problems:
        raise DocumentError("\n".join(problem for _, problem in sorted(problems)))
    return cast(list[Document], documents), keys


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _read_pickled(source: Source, raw: bytes) -> tuple[bytes, str]:
    """A document read, as the cache keeps it, or what was wrong with it."""
    try:
        document = read_document(source, raw)
    except DocumentError as error:
        return b"", str(error)
    return pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL), ""


def _index(
    documents: list[Document],
    document_keys: Sequence[str],
    aliases: AliasTable,
    cache: Cache | None,
) -> Corpus:
    """The corpus, with each document's words from the cache where it was read with the
    same names before."""
    names = aliases.fingerprint() if cache is not None else ""
    entries = [cache_key(entry, names) for entry in document_keys] if cache is not None else []
    tokens: list[list[list[Token]] | None] = (
        [_tokens_of(cache.get("tokens", entry)) for entry in entries]
        if cache is not None
        else [None] * len(documents)
    )
    corpus = Corpus(documents, aliases, tokens)
    if cache is not None:
        stored: dict[int, list[tuple[Any, ...]]] = {}  # by id of a list the corpus holds
        for index, known in enumerate(tokens):
            if known is None:
                made = [corpus.passages[pid].tokens for pid in corpus.document_passages(index)]
                cache.put("tokens", entries[index], [_stored_tokens(p, stored) for p in made])
    return corpus


def _stored_tokens(
    tokens: list[Token], known: dict[int, list[tuple[Any, ...]]]
) -> list[tuple[Any, ...]]:
    """A passage's tokens as the cache keeps them: plain tuples, pickled four times
    faster than named ones and read back faster too; made once for a repeated text."""
    found = known.get(id(tokens))
    if found is None:
        found = known[id(tokens)] = list(map(tuple, tokens))
    return found


def _tokens_of(stored: list[list[tuple[Any, ...]]] | None) -> list[list[Token]] | None:
    """A document's tokens, passage by passage, as the cache keeps them."""
    if stored is None:
        return None
    make = Token._make
    return [[make(t) for t in passage] for passage in stored]


def document_warnings(documents: Iterable[Document]) -> tuple[str, ...]:
    """What a user should know about the documents though it fails nothing: a source
    with no words (almost always a failed save or scrape; every claim is silent there),
    and a registry's publication date that stands in for another the document gives
    itself (every date the document tells without a year is read from it)."""
    warnings: list[str] = []
    for document in documents:
        where = f"{document.source.display_path}: source '{document.source.id}'"
        if not document.passages:
            warnings.append(f"{where} has no text; every claim is silent there")
        if document.overridden_date is not None and document.published is not None:
            own, told_in = document.overridden_date
            warnings.append(
                f"{where}: the registry's published {document.published:%Y-%m-%d} is used,"
                f" though its {told_in} gives {own:%Y-%m-%d}; what it dates from its own"
                " day ('on Monday', 'last year') is read from the registry's"
            )
    return tuple(warnings)


def judge_claim(
    claim: Claim,
    corpus: Corpus,
    aliases: AliasTable,
    sources: dict[str, Source],
    among: Sequence[str] | None = None,
    copies: Mapping[str, str] | None = None,
) -> ClaimResult:
    """Judge one claim against the documents ``among`` (source ids; default: all): a
    registry's claims are judged on that registry's sources only. ``copies`` maps a
    copy's source id to its original's, so that corroboration counts texts, not files."""
    features = claim_features(claim, aliases)
    judge = StanceJudge(features, corpus)
    doc_index = corpus.document_index
    ids = tuple(among) if among is not None else tuple(d.source.id for d in corpus.documents)
    order = source_order(ids)
    judgements = other_occasions(judge.judge_all(corpus.selection(ids)), features, corpus)
    # Only what was judged on a passage is made into results: over an archive every
    # other source of a claim is silent, most of them alike (ruled out by the index), the
    # rest for a reason many share ('the name ...'), and they are kept as those fields.
    fields: dict[int, AlikeFields] = {}  # id of a shared judgement -> its fields
    found: list[StanceResult] = []
    without_passage: dict[int, AlikeFields] = {}
    source_ids = corpus.source_ids
    for index, judgement in judgements.items():
        source = source_ids[index]
        if judgement.window is not None or judgement.stance != "silent":
            found.append(to_result(source, judgement, corpus))
            continue
        shared = fields.get(id(judgement))
        if shared is None:
            shared = fields[id(judgement)] = passageless_fields(judgement)
        without_passage[order.position[source]] = shared
    found = with_distinct_terms(found, features.content_terms, aliases)
    judged = {order.position[stance.source]: stance for stance in found}
    alike = passageless_fields(judge.nothing)
    stances = Stances(order, judged, alike, without_passage)
    attributions = tuple(
        check_attribution(
            a, doc_index[a.source], corpus, aliases, stances[order.position[a.source]]
        )
        for a in claim.attributions
    )
    for attribution in attributions:  # a source that gives the quote to someone else
        position = order.position[attribution.source]
        stance = stances.of_source(attribution.source)
        changed = misattributed(stance, attributions, corpus)
        if changed is not stance:
            judged[position] = changed
            without_passage.pop(position, None)
    stances = Stances(order, judged, alike, without_passage)
    verdict = decide(stances, copies)
    expect = check_expectation(claim.expect, verdict, stances) if claim.expect is not None else None
    return ClaimResult(
        claim=claim,
        verdict=verdict,
        severity=severity(verdict, attributions),
        reason=reason(verdict, stances, attributions, sources, copies),
        stances=stances,
        attributions=attributions,
        expect=expect,
    )


def misattributed(
    stance: StanceResult, attributions: Sequence[AttributionResult], corpus: Corpus
) -> StanceResult:
    """A source that has the claim's quoted words but gives them to someone else states
    something incompatible with 'X said ...' (FC-SPEAKER), even where it words the rest
    its own way ('We will not be anybody's hostage' under another leader's name)."""
    if stance.stance not in ("silent", "differs"):
        return stance
    for attribution in attributions:
        if (
            attribution.source != stance.source
            or attribution.speaker_status != "mismatch"
            or attribution.quote_status not in ("exact", "fuzzy")
            or attribution.line is None
        ):
            continue
        evidence = _passage_at_line(corpus, stance.source, attribution.line, attribution.quote)
        return replace(
            stance,
            stance="contradicts",
            score=1.0,
            evidence=evidence,
            detail=f"gives these words to {attribution.speaker_found}",
            claimed=attribution.speaker or "",
            rule=SPEAKER.code,
            nearest=None,
            lacking=(),
            distinct_terms=(),
        )
    return stance


def _passage_at_line(corpus: Corpus, source: str, line: int, quote: str | None) -> Evidence | None:
    """The sentence of ``source`` that holds the quote found at ``line``."""
    doc_index = corpus.document_index[source]
    document = corpus.documents[doc_index]
    wanted = fold(quote or "")[:24]
    found: Passage | None = None
    for pid in corpus.document_passages(doc_index):
        passage = corpus.passages[pid].passage
        if passage.line > line:
            break
        if passage.line >= line - 2 and (
            not wanted or wanted in fold(document.body[passage.start : passage.end])
        ):
            found = passage
    if found is None:
        return None
    text = document.body[found.start : found.end]
    return Evidence(text=text, line=found.line, start=found.start, end=found.end, page=found.page)


def describe_sources(registries: Sequence[Registry]) -> Report:
    """A report with the run's sources and no claims judged (``factcheck sources``)."""
    documents = read_documents(all_sources(registries))
    return Report(
        registries=tuple(registries),
        sources=source_infos(documents, find_copies(documents)),
        results=(),
        tool_version=__version__,
        warnings=document_warnings(documents),
    )
