"""JSON report, schema version 1 (DESIGN.md): one object, or one line per claim (jsonl)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from factcheck.model import (
    AttributionResult,
    ClaimResult,
    Evidence,
    Report,
    SourceInfo,
    StanceResult,
)
from factcheck.reporters.base import StreamingReporter

SCHEMA_VERSION = 1


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
    text, _ = evidence.display()
    return {"text": text, "line": evidence.line, "start": evidence.start, "end": evidence.end}


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


def claim_to_dict(result: ClaimResult) -> dict[str, Any]:
    claim = result.claim
    expect = None
    if result.expect is not None:
        expect = {
            "verdict": list(result.expect.verdicts) if result.expect.verdicts else None,
            "stances": {source: list(s) for source, s in result.expect.stances},
            "met": result.expect.met,
            "problems": list(result.expect.problems),
        }
    return {
        "id": claim.id,
        "registry": claim.registry,
        "line": claim.line,
        "claim": claim.text,
        "topic": claim.topic,
        "verdict": result.verdict,
        "severity": result.severity,
        "reason": result.reason,
        "expect": expect,
        "stances": {s.source: stance_to_dict(s) for s in result.stances},
        "attributions": [attribution_to_dict(a) for a in result.attributions],
    }


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


def report_to_dict(report: Report) -> dict[str, Any]:
    """The whole report as plain data; its key order is the order of the output."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": report.tool_version},
        "title": report.title,
        "registries": [r.path for r in report.registries],
        "sources": {info.source.id: source_to_dict(info) for info in report.sources},
        "summary": summary_to_dict(report),
        "claims": [claim_to_dict(r) for r in report.results],
    }


def dump(data: Any, indent: int | None = 2) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent)


class JsonReporter(StreamingReporter):
    name = "json"
    description = "one JSON object (schema version 1), for jq and other tools"

    def write(self, report: Report, stream: TextIO) -> None:
        """The same text as dumping report_to_dict whole, one claim at a time, so that a
        thousand claims over a thousand sources do not sit in memory twice."""
        head = report_to_dict(report)
        head["claims"] = []
        text = dump(head)
        opening, closing = text.rsplit('"claims": []', 1)
        stream.write(opening + '"claims": [')
        for index, result in enumerate(report.results):
            claim = dump(claim_to_dict(result)).replace("\n", "\n    ")
            stream.write(("," if index else "") + "\n    " + claim)
        stream.write(("\n  ]" if report.results else "]") + closing + "\n")

    def render_sources(self, report: Report) -> str:
        return dump({info.source.id: source_to_dict(info) for info in report.sources}) + "\n"
