"""Check-worthy statements: the sentences of a document that a fact-checker would check.

A sentence is check-worthy for what it commits to: a figure, a date, a first or a
superlative, words given to a named speaker, a named event. Scraping residue
("Making news", a lone "top", photo credits, all-caps caption labels) is cleaned
off or dropped. Each statement becomes a registry claim, ranked by score.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.attribution import speaker_of
from factcheck.dates import DateMention
from factcheck.facts import Fact, split_facts
from factcheck.features import TITLE_WORDS
from factcheck.index import Corpus
from factcheck.model import Attribution, Claim, Passage, Source
from factcheck.normalise import fold
from factcheck.registry import display_path
from factcheck.terms import INSTITUTIONS, AliasTable, Token
from factcheck.thresholds import THRESHOLDS as T
from factcheck.values import Quantity, Values

THRESHOLD = T.checkworthy_extract  # a statement needs this score to be check-worthy
MIN_WORDS = 6
HEADING_WORDS = 14
SUBSTANTIAL_WORDS = 6  # a fact this long says something without a name or a figure
SUPERLATIVE = re.compile(
    r"\b(?:first|last|only|largest|biggest|highest|lowest|smallest|most|least|record|"
    r"never|unprecedented|historic|best|worst|\w+est)\b",
    re.I,
)
_NOT_SUPERLATIVE = frozenset(
    "interest honest modest forest west east guest request suggest latest interest "
    "protest contest harvest invest digest arrest rest test best-known nest".split()
)
EVENT_NOUNS = frozenset(
    """talks talk meeting meetings summit speech address visit seminar debate conference
    session forum dialogue negotiations interview briefing ceremony""".split()
)
_CAPTION_LABEL = re.compile(r"^(?:[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)*)\s*:\s+")
_PHOTO_CREDIT = re.compile(
    r"\s*(?:\(\s*Photo[^)]*\)|(?:[A-Z]{2,}/)*[A-Z]{2,}\s+Photo\b.*|Photo:\s.*)\s*$"
)
_GLUED_TOP = re.compile(r"^top(?=[A-Z])")
_TRAILING_RESIDUE = re.compile(r"\s*(?:/\.|\./)\s*$")
_RESIDUE_LINES = frozenset({"making news", "top", "share", "print", "email", "home"})


@dataclass(frozen=True)
class Statement:
    """One check-worthy fact of one document (factcheck.facts): a sentence, or the part
    of it that reports one event, figure, date or quote."""

    source: str
    passage: Passage
    text: str  # verbatim (whitespace tidied); pieces left apart are joined by " … "
    score: float  # the check-worthiness of its sentence
    reasons: tuple[str, ...]
    speaker: str | None
    topic: str | None
    key_words: tuple[str, ...]  # for a readable id
    start: int = 0  # offsets of the stretch it covers in the document's text
    end: int = 0
    line: int = 0  # 1-based line of ``start``
    context: int = 0  # leading characters of ``text`` that are context (Claim.context)


def clean_sentence(text: str) -> str:
    """Strip scraping residue from the ends of a sentence; what is left is verbatim."""
    text = " ".join(text.split())
    text = _GLUED_TOP.sub("", text)
    text = _CAPTION_LABEL.sub("", text)
    text = _PHOTO_CREDIT.sub("", text)
    if text.endswith(("/.", "./")):
        text = _TRAILING_RESIDUE.sub("", text).rstrip(".") + "."
    return text.strip()


def statements(corpus: Corpus, doc_index: int, min_score: float = THRESHOLD) -> list[Statement]:
    """The check-worthy statements of one document, best first: the facts of every
    sentence check-worthy by ``min_score``, each a fact with substance of its own."""
    document = corpus.documents[doc_index]
    found: list[Statement] = []
    for pid in corpus.document_passages(doc_index):
        info = corpus.passages[pid]
        raw = document.passage_text(info.passage)
        if _is_residue(clean_sentence(raw)):
            continue
        values = corpus.values(pid)
        speaker = speaker_of(pid, corpus)
        text = document.body[info.passage.start : info.passage.end]
        score, _ = _checkworthiness(raw, info.tokens, values, speaker, text)
        if raw.rstrip().endswith("?"):
            score -= 2.0
        if score < min_score:
            continue
        facts = split_facts(_without_dateline(raw, corpus, pid))
        seen: set[str] = set()
        for fact in facts:
            core = [t for t in info.tokens if fact.core[0] <= t.start and t.end <= fact.core[1]]
            if len(facts) > 1 and not _has_substance(core, values, fact):
                continue
            fact_text, context = fact.text(raw)
            if fact_text in seen:
                continue
            seen.add(fact_text)
            inside = [t for t in info.tokens if fact.start <= t.start and t.end <= fact.end]
            own_values = Values(
                quantities=tuple(q for q in values.quantities if _within(q, fact)),
                dates=tuple(d for d in values.dates if _within(d, fact)),
            )
            _, reasons = _checkworthiness(
                raw[fact.core[0] : fact.core[1]], core, own_values, speaker, text
            )
            start = info.passage.start + fact.start
            found.append(
                Statement(
                    source=document.source.id,
                    passage=info.passage,
                    text=fact_text,
                    score=round(score, 2),
                    reasons=tuple(reasons),
                    speaker=speaker,
                    topic=_topic(inside, text),
                    key_words=_key_words(inside, corpus),
                    start=start,
                    end=info.passage.start + fact.end,
                    line=info.passage.line + document.body.count("\n", info.passage.start, start),
                    context=context,
                )
            )
    return sorted(found, key=lambda s: (-s.score, s.passage.index, s.start))


# what may follow a dateline before the story starts: the outlet, a dash
_AFTER_DATELINE = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?[-–—:|]?\s*")


def _without_dateline(raw: str, corpus: Corpus, pid: int) -> str:
    """The sentence with its dateline blanked out (offsets kept): 'DUBLIN, October 14,
    2025 (Irish Newswire) - ' tells where and when the copy was filed, not the fact,
    and no other outlet's copy repeats it."""
    info = corpus.passages[pid]
    span = corpus.dateline_span(info.document)
    if span is None or not info.passage.start <= span[0] < info.passage.end:
        return raw
    end = span[1] - info.passage.start
    end = _AFTER_DATELINE.match(raw, end).end()  # type: ignore[union-attr]
    return " " * end + raw[end:]


def _checkworthiness(
    sentence: str, tokens: list[Token], values: Values, speaker: str | None, text: str
) -> tuple[float, list[str]]:
    """What a sentence (or one fact of it) commits to, and how much that weighs."""
    reasons: list[str] = []
    score = 0.0
    if any(q.unit for q in values.quantities):
        reasons.append("figure")
        score += 2.0
    if values.dates:
        reasons.append("date")
        score += 1.5
    if _superlative(sentence):
        reasons.append("superlative")
        score += 1.5
    if speaker and _named(speaker):
        reasons.append("attribution")
        score += 1.5
    if _topic(tokens, text):
        reasons.append("named event")
        score += 1.0
    elif len(_names(tokens)) >= 2:
        reasons.append("names")
        score += 0.5
    return score, reasons


# Speakers that are a group, not a person or a body anyone can ask: 'Councillors said'
_GROUPS = frozenset(
    """officials police residents councillors critics analysts experts witnesses sources
    observers campaigners protesters organisers organizers lawyers prosecutors investigators
    researchers scientists doctors teachers parents workers staff members leaders ministers
    authorities locals fans shoppers farmers economists""".split()
)


def _named(speaker: str) -> bool:
    """A speaker a reader can hold to the words: someone or something named, not a group
    ('Councillors said a new terminal would need a loan')."""
    return any(w[:1].isupper() and w.lower() not in _GROUPS for w in speaker.split())


def _within(value: Quantity | DateMention, fact: Fact) -> bool:
    return fact.start <= value.start and value.end <= fact.end


def _has_substance(core: list[Token], values: Values, fact: Fact) -> bool:
    """A fact worth a statement of its own names someone or something, counts or dates
    something, tells of an event, or says enough; a bare phrase ('especially at the
    high level') is not one."""
    mentioned: list[Quantity | DateMention] = [*values.quantities, *values.dates]
    if any(_within(v, fact) and fact.core[0] <= v.start for v in mentioned):
        return True
    if len(core) >= SUBSTANTIAL_WORDS:
        return True
    return any(
        t.kind in ("entity", "ordinal", "number")
        or (t.kind == "word" and t.capitalised and t.start > fact.core[0])
        or t.word in EVENT_NOUNS
        for t in core
    )


def _is_residue(text: str) -> bool:
    words = text.split()
    if fold(text).strip(" .") in _RESIDUE_LINES:
        return True
    # Headlines and captions without a verb-like word are short; sentences are not.
    if len(words) < MIN_WORDS:
        return True
    # A heading: short, and no sentence-final punctuation.
    return len(words) < HEADING_WORDS and not text.rstrip('"”’)').endswith((".", "!", "?"))


def _superlative(text: str) -> bool:
    return any(m.group().lower() not in _NOT_SUPERLATIVE for m in SUPERLATIVE.finditer(text))


def _names(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind == "entity" or (t.kind == "word" and t.capitalised)]


TOPIC_REACH = 6  # tokens between the event noun and the name it is about


def _topic(tokens: list[Token], text: str) -> str | None:
    """'<name> <event>' when the sentence reports a named event: 'talks between US
    President Joe Biden and ...' gives 'Joe Biden talks'. The name is the one nearest
    the event noun that is neither a country nor an institution."""
    for index, token in enumerate(tokens):
        if token.word not in EVENT_NOUNS:
            continue
        runs = [
            run for run in _name_runs(tokens, text)
            if not any(w in INSTITUTIONS for t in run for w in t.word.split())
            and not any(t.kind == "entity" for t in run)  # countries, bodies
        ]  # fmt: skip
        near = [(min(abs(tokens.index(t) - index) for t in run), run) for run in runs]
        near = [(distance, run) for distance, run in near if distance <= TOPIC_REACH]
        if near:
            run = min(near, key=lambda pair: pair[0])[1]
            name = " ".join(text[run[0].start : run[-1].end].split())
            return f"{name} {token.word}"
    return None


def _name_runs(tokens: list[Token], text: str) -> list[list[Token]]:
    """Runs of two or more capitalised words, or entities: the named people and things.
    Punctuation ends a run ('Assembly (UNGA)' is two)."""
    runs: list[list[Token]] = []
    run: list[Token] = []

    def close() -> None:
        if len(run) >= 2 or (run and run[0].kind == "entity"):
            runs.append(list(run))
        run.clear()

    for index, token in enumerate(tokens):
        if run and text[run[-1].end : token.start].strip():
            close()
        is_name = token.kind == "entity" or (
            token.kind == "word"
            and token.capitalised
            and index > 0
            and token.term not in TITLE_WORDS
        )
        if is_name:
            run.append(token)
        else:
            close()
    close()
    return runs


def _key_words(tokens: list[Token], corpus: Corpus) -> tuple[str, ...]:
    """Numbers and the rarest words of the sentence, in order: the id reads like it."""
    numbers = [t.word for t in tokens if t.kind in ("number", "ordinal")][:2]
    words = [t for t in tokens if t.kind in ("word", "entity")]
    # Ties in rarity go by the term itself: set order changes with PYTHONHASHSEED.
    rare = sorted({t.term for t in words}, key=lambda term: (-corpus.idf(term), term))[:3]
    chosen: list[str] = []
    for token in tokens:
        if token.word in numbers or (token.kind in ("word", "entity") and token.term in rare):
            word = token.word.replace(" ", "-")
            if word not in chosen:
                chosen.append(word)
    return tuple(chosen[:5])


# --- from documents to registries -----------------------------------------------------


def slug(text: str, limit: int = 60) -> str:
    """An id: lower-case ASCII letters, digits and '-' (registry v1 source-id rules);
    never 'x-…', which a registry reads as an extension key."""
    folded = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    result = (folded[:limit].rstrip("-") or "doc").lstrip("-_") or "doc"
    return f"doc-{result}" if result == "x" or result.startswith("x-") else result


def source_ids(paths: list[Path]) -> list[str]:
    """Readable, unique ids from file names."""
    ids: list[str] = []
    for path in paths:
        base = slug(path.stem, 24)
        candidate, n = base, 2
        while candidate in ids:
            candidate, n = f"{base}-{n}", n + 1
        ids.append(candidate)
    return ids


def document_sources(paths: list[Path]) -> list[Source]:
    return [
        Source(id=source_id, path=path.resolve(), display_path=display_path(path))
        for source_id, path in zip(source_ids(paths), paths, strict=True)
    ]


def statement_claims(
    statements_by_source: list[list[Statement]],
    origins: dict[str, str] | None = None,
    dates: dict[str, dt.date | None] | None = None,
) -> list[Claim]:
    """One claim per statement, attributed to its own document with the exact words;
    ``origins`` (source id -> path) places each claim at its line in that document, and
    ``dates`` (source id -> publication date) reads its 'yesterday' from that date."""
    claims: list[Claim] = []
    used: set[str] = set()
    for found in statements_by_source:
        for statement in found:
            base = slug("-".join((statement.source, *statement.key_words)))
            claim_id, n = base, 2
            while claim_id in used:
                claim_id, n = f"{base}-{n}", n + 1
            used.add(claim_id)
            claims.append(
                Claim(
                    id=claim_id,
                    text=statement.text,
                    topic=statement.topic,
                    attributions=(
                        Attribution(statement.source, statement.speaker, statement.text),
                    ),
                    registry=(origins or {}).get(statement.source, ""),
                    line=statement.line or statement.passage.line,
                    context=statement.context,
                    as_of=(dates or {}).get(statement.source),
                )
            )
    return claims


def read_corpus(sources: Sequence[Source]) -> Corpus:
    from factcheck.check import read_documents

    return Corpus(read_documents(sources), AliasTable())


def extract(paths: list[Path], min_score: float = THRESHOLD) -> tuple[Corpus, list[Statement]]:
    """The check-worthy statements of every document, each document's best first."""
    corpus = read_corpus(document_sources(paths))
    found: list[Statement] = []
    for doc_index in range(len(corpus.documents)):
        found += statements(corpus, doc_index, min_score)
    return corpus, found


def by_source(corpus: Corpus, found: list[Statement]) -> list[list[Statement]]:
    return [[s for s in found if s.source == d.source.id] for d in corpus.documents]


def extracted_registry(
    paths: list[Path], base: Path, min_score: float = THRESHOLD
) -> dict[str, Any]:
    """A registry v1 (as plain data) of the documents' check-worthy statements; paths
    relative to ``base``, the folder the registry will be written to."""
    from factcheck.registry_writer import registry_data

    corpus, found = extract(paths, min_score)
    grouped = by_source(corpus, found)
    claims = statement_claims(grouped)
    ranked = [statement for group in grouped for statement in group]
    extras = {
        claim.id: {"x-checkworthiness": s.score, "x-reasons": list(s.reasons)}
        for claim, s in zip(claims, ranked, strict=True)
    }
    title = "Check-worthy statements of " + ", ".join(p.name for p in paths)
    return registry_data(title, corpus.documents, claims, base, extras)
