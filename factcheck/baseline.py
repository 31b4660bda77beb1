"""What changed since an earlier run: this report against an earlier JSON report (any
schema version), claim by claim. A new source that breaks three claims is three lines
here, not something to find in a full report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.inputs import UnreadableFile, read_limited
from factcheck.model import Change, Changes, Report

MAX_BASELINE_BYTES = 512 * 1024 * 1024

# claim id -> (verdict, source id -> stance); a source a report leaves out is silent
Judged = dict[str, tuple[str, dict[str, str]]]


def read_baseline(path: Path, shown: str) -> Judged:
    """The verdicts and stances of an earlier JSON report; a file that is not one is
    an input error naming it."""
    try:
        raw = read_limited(path, MAX_BASELINE_BYTES)
    except UnreadableFile as error:
        raise FactcheckError(f"{shown}: the baseline cannot be read ({error})") from error
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        where = f" (line {error.lineno})" if isinstance(error, json.JSONDecodeError) else ""
        raise FactcheckError(
            f"{shown}{where}: not a JSON report (write one with"
            " 'factcheck check --format json --output FILE')"
        ) from error
    claims = data.get("claims") if isinstance(data, dict) else None
    if not isinstance(claims, list) or not all(_is_claim(c) for c in claims):
        raise FactcheckError(
            f"{shown}: not a factcheck JSON report (no claims with ids and verdicts)"
        )
    return {
        claim["id"]: (
            claim["verdict"],
            {source: stance["stance"] for source, stance in claim.get("stances", {}).items()},
        )
        for claim in claims
    }


def _is_claim(claim: Any) -> bool:
    return (
        isinstance(claim, dict)
        and isinstance(claim.get("id"), str)
        and isinstance(claim.get("verdict"), str)
        and isinstance(claim.get("stances", {}), dict)
        and all(isinstance(s, dict) and "stance" in s for s in claim.get("stances", {}).values())
    )


def compare(baseline: Judged, report: Report, shown: str) -> Changes:
    """Each claim of the report against the baseline, in the report's order."""
    changed: list[Change] = []
    new: list[str] = []
    seen: set[str] = set()
    for result in report.results:
        claim = result.claim.id
        seen.add(claim)
        if claim not in baseline:
            new.append(claim)
            continue
        verdict, stances = baseline[claim]
        now = {s.source: s.stance for s in result.stances}
        moved = tuple(
            (source, stances.get(source, "silent"), now.get(source, "silent"))
            for source in dict.fromkeys([*now, *stances])
            if stances.get(source, "silent") != now.get(source, "silent")
        )
        if verdict != result.verdict or moved:
            changed.append(Change(claim, verdict, result.verdict, moved))
    removed = tuple(claim for claim in baseline if claim not in seen)
    return Changes(shown, tuple(changed), tuple(new), removed)
