"""Write a registry v1 file that `factcheck check` reads back unchanged."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from factcheck.model import Claim, Document


def registry_data(
    title: str,
    documents: Sequence[Document],
    claims: Sequence[Claim],
    base: Path,
    extras: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Plain data in registry v1 shape; paths relative to ``base`` (the file's folder).
    ``extras`` adds x- fields per claim id (scores and their reasons)."""
    sources: dict[str, Any] = {}
    for document in documents:
        source = document.source
        entry: dict[str, Any] = {"path": Path(os.path.relpath(source.path, base)).as_posix()}
        outlet = source.outlet or document.meta_outlet
        title_ = source.title or document.meta_title
        if outlet:
            entry["outlet"] = outlet
        if title_:
            entry["title"] = title_
        if document.published:
            entry["published"] = document.published.isoformat()
        sources[source.id] = entry
    claim_entries = []
    for claim in claims:
        entry = {"id": claim.id, "claim": claim.text}
        if claim.topic:
            entry["topic"] = claim.topic
        if claim.attributions:
            entry["attributed_to"] = [
                {
                    key: value
                    for key, value in (
                        ("source", a.source),
                        ("speaker", a.speaker),
                        ("quote", a.quote),
                    )
                    if value
                }
                for a in claim.attributions
            ]
        entry.update((extras or {}).get(claim.id, {}))
        claim_entries.append(entry)
    return {"version": 1, "title": title, "sources": sources, "claims": claim_entries}


def registry_yaml(data: dict[str, Any], header: str = "") -> str:
    comment = "".join(f"# {line}\n" for line in header.splitlines())
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return comment + body
