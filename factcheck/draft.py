"""Check a draft before it is published: every check-worthy sentence of it against the
sources (documents given directly, or the sources of registries)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from factcheck import __version__
from factcheck.check import (
    alias_table,
    all_sources,
    document_warnings,
    judge_claim,
    read_documents,
    source_infos,
)
from factcheck.copies import find_copies, originals
from factcheck.errors import FactcheckError
from factcheck.extract import document_sources, slug, statements
from factcheck.index import Corpus
from factcheck.model import Attribution, Claim, ClaimResult, Registry, Report, Severity, Source
from factcheck.registry import display_path, load_registries
from factcheck.terms import AliasTable

# A draft is checked closely: any sentence naming someone or something counts.
DRAFT_THRESHOLD = 0.5
_QUOTED = re.compile(r"[\"“]([^\"“”]{8,})[\"”]")


def check_draft(
    draft: Path,
    documents: list[Path] | None = None,
    registries: list[Registry] | None = None,
    fail_on: Severity | None = "error",
    min_score: float = DRAFT_THRESHOLD,
) -> Report:
    if documents:
        sources = document_sources(documents)
        aliases = AliasTable()
        loaded: list[Registry] = []
    else:
        loaded = list(registries) if registries else load_registries([Path("claims")])
        sources = all_sources(loaded)
        aliases = alias_table(loaded)
    documents_read = read_documents(sources)
    corpus = Corpus(documents_read, aliases)
    draft_source = Source(id="draft", path=draft.resolve(), display_path=display_path(draft))
    draft_corpus = Corpus(read_documents([draft_source]), aliases)
    if not draft_corpus.passages:
        raise FactcheckError(f"{draft_source.display_path}: the draft has no text to check")
    by_id = {s.id: s for s in sources}
    copies = find_copies(documents_read)
    roots = originals(copies)
    results: list[ClaimResult] = []
    used: set[str] = set()
    for statement in sorted(statements(draft_corpus, 0, min_score), key=lambda s: s.passage.index):
        base = slug("-".join(("line", str(statement.passage.line), *statement.key_words)))
        claim_id, n = base, 2
        while claim_id in used:
            claim_id, n = f"{base}-{n}", n + 1
        used.add(claim_id)
        claim = Claim(
            id=claim_id,
            text=statement.text,
            topic=statement.topic,
            registry=draft_source.display_path,
            line=statement.passage.line,
        )
        results.append(_judge(claim, statement.speaker, corpus, aliases, by_id, roots))
    registry = Registry(
        path=draft_source.display_path,
        title=f"Draft {draft.name} against " + ", ".join(s.display_path for s in sources),
        sources=by_id,
        aliases={},
        claims=tuple(r.claim for r in results),
    )
    return Report(
        registries=(registry, *loaded),
        sources=source_infos(corpus.documents, copies),
        results=tuple(results),
        fail_on=fail_on,
        tool_version=__version__,
        warnings=(*document_warnings(documents_read), *_nothing_checked(results, draft)),
    )


def _nothing_checked(results: list[ClaimResult], draft: Path) -> tuple[str, ...]:
    if results:
        return ()
    return (
        f"{display_path(draft)}: no sentence of the draft names a figure, date, person or"
        " event to check, so nothing was checked",
    )


def _judge(
    claim: Claim,
    speaker: str | None,
    corpus: Corpus,
    aliases: AliasTable,
    sources: dict[str, Source],
    copies: dict[str, str],
) -> ClaimResult:
    """Judge a draft sentence; a quotation in it must stand in the source that backs the
    sentence best, said by the speaker the draft names. A source and its copy back it once."""
    result = judge_claim(claim, corpus, aliases, sources, copies=copies)
    quoted = _QUOTED.search(claim.text)
    if not quoted or not result.stances:
        return result
    best = max(result.stances, key=lambda s: s.score)
    attribution = Attribution(best.source, speaker, quoted.group(1).strip(" ,."))
    return judge_claim(
        replace(claim, attributions=(attribution,)), corpus, aliases, sources, copies=copies
    )
