"""JSON report, schema version 2 (version 1 on request, deprecated): one object, or one
line per claim (jsonl).

Version 2 lists under a claim's stances only the sources that stand somewhere on it or
have a passage near it, and counts the rest (silent, nothing near) in silent_sources:
over an archive most sources say nothing of most claims, and version 1, which lists
them all, grows with claims times sources (263 MB for 1,000 claims over 1,000 sources).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from factcheck.model import (
    AttributionResult,
    Changes,
    ClaimResult,
    Evidence,
    Report,
    SourceInfo,
    StanceResult,
    spoken,
)
from factcheck.reporters.base import StreamingReporter
from factcheck.reporters.indented import indented

SCHEMA_VERSION = 2
SCHEMA_VERSIONS = (1, 2)
# what `factcheck sources --format json` writes of a report's head
_SOURCES_KEYS = ("schema_version", "tool", "title", "registries", "sources")


def source_to_dict(info: SourceInfo) -> dict[str, Any]:
    source = info.source
    return {
        "outlet": info.outlet,
        "title": info.title,
        "path": source.display_path,
        "published": info.published.isoformat() if info.published else None,
        "published_from": info.published_from,
        "dateline": info.dateline,
        "url": source.url,
        "words": info.words,
        "sha256": info.sha256,
        "copy_of": info.copy.original if info.copy else None,
        "copy_share": info.copy.share if info.copy else None,
    }


def stance_to_dict(stance: StanceResult) -> dict[str, Any]:
    data: dict[str, Any] = {
        "stance": stance.stance,
        "score": stance.score,
        "evidence": _passage(stance.evidence),
    }
    if stance.detail:
        data["detail"] = stance.explanation
    if stance.stance == "differs":
        data["distinct_terms"] = list(stance.distinct_terms)
    if stance.rule:
        data["rule"] = stance.rule
    if stance.stance == "silent":
        data["nearest"] = _passage(stance.nearest)
        data["lacking"] = list(stance.lacking)
    return data


def _passage(evidence: Evidence | None) -> dict[str, Any] | None:
    if evidence is None:
        return None
    text = evidence.display_text
    placed = {"text": text, "line": evidence.line, "start": evidence.start, "end": evidence.end}
    return placed if evidence.page is None else placed | {"page": evidence.page}


def attribution_to_dict(attribution: AttributionResult) -> dict[str, Any]:
    return {
        "source": attribution.source,
        "quote": attribution.quote,
        "quote_status": attribution.quote_status,
        "quote_score": attribution.quote_score,
        "speaker": attribution.speaker,
        "speaker_status": attribution.speaker_status,
        "speaker_found": attribution.speaker_found,
        "line": attribution.line,
    }


def listed(stance: StanceResult, schema_version: int = SCHEMA_VERSION) -> bool:
    """Whether the report lists the stance (version 2 only counts the silent sources
    that have nothing near the claim)."""
    return schema_version == 1 or stance.stance != "silent" or stance.nearest is not None


def claim_to_dict(
    result: ClaimResult, *, stances: bool = True, schema_version: int = SCHEMA_VERSION
) -> dict[str, Any]:
    claim = result.claim
    expect = None
    if result.expect is not None:
        expect = {
            "verdict": list(result.expect.verdicts) if result.expect.verdicts else None,
            "stances": {source: list(s) for source, s in result.expect.stances},
            "met": result.expect.met,
            "problems": list(result.expect.problems),
        }
    return (
        {
            "id": claim.id,
            "registry": claim.registry,
            "line": claim.line,
            "claim": claim.text,
            "topic": claim.topic,
            "verdict": result.verdict,
            "severity": result.severity,
            "reason": result.reason,
            "expect": expect,
            "stances": {s.source: stance_to_dict(s) for s in _listed(result, schema_version)}
            if stances
            else {},
        }
        | _silent_count(result, schema_version)
        | {
            "attributions": [attribution_to_dict(a) for a in result.attributions],
        }
    )


def _listed(result: ClaimResult, schema_version: int) -> list[StanceResult]:
    """The stances the report lists, in source order (version 2 need not look at the
    sources judging ruled out: they are all silent with nothing near)."""
    if schema_version == 1:
        return list(result.stances)
    return [s for s in spoken(result.stances) if listed(s, schema_version)]


def _silent_count(result: ClaimResult, schema_version: int) -> dict[str, Any]:
    if schema_version == 1:
        return {}
    return {"silent_sources": len(result.stances) - len(_listed(result, schema_version))}


def summary_to_dict(report: Report) -> dict[str, Any]:
    return {
        "claims": len(report.results),
        "verdicts": report.verdict_counts(),
        "expectations": report.expectation_counts(),
        "attribution_errors": report.attribution_errors,
        "fail_on": report.fail_on or "never",
        "exit_code": report.exit_code,
        "warnings": list(report.warnings),
    }


def report_to_dict(report: Report, schema_version: int = SCHEMA_VERSION) -> dict[str, Any]:
    """The whole report as plain data; its key order is the order of the output."""
    claims = [claim_to_dict(r, schema_version=schema_version) for r in report.results]
    return _head(report, schema_version) | {"claims": claims}


def _head(report: Report, schema_version: int) -> dict[str, Any]:
    """Everything but the claims, which come last."""
    head = {
        "schema_version": schema_version,
        "tool": {"name": "factcheck", "version": report.tool_version},
        "title": report.title,
        "registries": [r.path for r in report.registries],
        "sources": {info.source.id: source_to_dict(info) for info in report.sources},
        "summary": summary_to_dict(report),
    }
    if report.changes is not None:
        head["changes"] = changes_to_dict(report.changes)
    return head


def changes_to_dict(changes: Changes) -> dict[str, Any]:
    """What changed since the baseline (--baseline), claim by claim."""
    return {
        "baseline": changes.baseline,
        "changed": [
            {
                "id": change.claim,
                "verdict": {"before": change.before, "after": change.after},
                "stances": {
                    source: {"before": before, "after": after}
                    for source, before, after in change.stances
                },
            }
            for change in changes.changed
        ],
        "new": list(changes.new),
        "removed": list(changes.removed),
    }


def dump(data: Any, indent: int | None = 2) -> str:
    if indent is None:
        return json.dumps(data, ensure_ascii=False)
    return indented(data, indent)


# A placeholder for a claim's stances, found by its line: a line break in the output is
# always the indent's, never part of a string, so no claim's text can fake it.
_STANCES_GO_HERE = "stances go here"
_STANCES_LINE = f'\n  "stances": "{_STANCES_GO_HERE}"'


def _encode_stances(
    stances: Sequence[StanceResult],
    encoded: dict[tuple[Any, ...], str],
    encoded_keys: dict[str, str],
) -> str:
    """A claim's "stances" object as ``dump`` writes it one level in."""
    if not stances:
        return "{}"
    items = []
    for stance in stances:
        key = (
            stance.stance, stance.score, stance.evidence, stance.detail, stance.claimed,
            stance.distinct_terms, stance.rule, stance.nearest, stance.lacking,
        )  # fmt: skip
        text = encoded.get(key)
        if text is None:
            text = encoded[key] = dump(stance_to_dict(stance)).replace("\n", "\n    ")
        key_text = encoded_keys.get(stance.source)
        if key_text is None:
            key_text = encoded_keys[stance.source] = f"    {dump(stance.source)}: "
        items.append(key_text + text)
    return "{\n" + ",\n".join(items) + "\n  }"


class JsonReporter(StreamingReporter):
    name = "json"
    description = "one JSON object (schema version 2), for jq and other tools"

    def __init__(self, *, schema_version: int = SCHEMA_VERSION, **options: Any) -> None:
        super().__init__(**options)
        self.schema_version = schema_version

    def write(self, report: Report, stream: TextIO) -> None:
        """The same text as dumping report_to_dict whole, one claim at a time, so that a
        thousand claims over a thousand sources do not sit in memory twice. A stance is
        encoded once however many claims and sources share it: most are alike (silent,
        nothing near), and encoding with an indent is slow."""
        head = _head(report, self.schema_version) | {"claims": []}
        text = dump(head)
        opening, closing = text.rsplit('"claims": []', 1)
        stream.write(opening + '"claims": [')
        encoded: dict[tuple[Any, ...], str] = {}
        encoded_keys: dict[str, str] = {}
        for index, result in enumerate(report.results):
            data = claim_to_dict(result, stances=False, schema_version=self.schema_version)
            data["stances"] = _STANCES_GO_HERE
            stances = _listed(result, self.schema_version)
            claim = dump(data).replace(
                _STANCES_LINE,
                '\n  "stances": ' + _encode_stances(stances, encoded, encoded_keys),
                1,
            )
            stream.write(("," if index else "") + "\n    " + claim.replace("\n", "\n    "))
        stream.write(("\n  ]" if report.results else "]") + closing + "\n")

    def render_sources(self, report: Report) -> str:
        """The report's head without the verdicts: the same version, tool, registries
        and sources (so `.sources.wire` reads alike from either), and the warnings."""
        head = _head(report, SCHEMA_VERSION)
        return (
            dump(
                {key: head[key] for key in _SOURCES_KEYS}
                | {"warnings": head["summary"]["warnings"]}
            )
            + "\n"
        )
