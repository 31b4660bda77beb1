"""Compare documents: every check-worthy statement of each, checked against all of them.

A statement only its own document supports is single-source (uncorroborated), and so
is one only a copy of the document repeats; one another document backs is
corroborated (agreement); one another document gives a
different value for, or tells in other terms, diverges.
"""

from __future__ import annotations

from pathlib import Path

from factcheck import __version__
from factcheck.check import document_warnings, judge_claim, source_infos
from factcheck.copies import find_copies, originals
from factcheck.extract import by_source, extract, statement_claims
from factcheck.model import Registry, Report, Severity
from factcheck.thresholds import THRESHOLDS as T


def compare_documents(
    paths: list[Path], fail_on: Severity | None = None, min_score: float = T.checkworthy_compare
) -> Report:
    corpus, found = extract(paths, min_score)
    origins = {d.source.id: d.source.display_path for d in corpus.documents}
    dates = {d.source.id: d.published for d in corpus.documents}
    claims = statement_claims(by_source(corpus, found), origins, dates)
    sources = {d.source.id: d.source for d in corpus.documents}
    registry = Registry(
        path="(compare)",
        title="Comparison of " + ", ".join(p.name for p in paths),
        sources=sources,
        aliases={},
        claims=tuple(claims),
    )
    copies = find_copies(corpus.documents)
    roots = originals(copies)
    results = tuple(
        judge_claim(claim, corpus, corpus.aliases, sources, copies=roots) for claim in claims
    )
    return Report(
        registries=(registry,),
        sources=source_infos(corpus.documents, copies),
        results=results,
        fail_on=fail_on,
        tool_version=__version__,
        warnings=document_warnings(corpus.documents),
    )
