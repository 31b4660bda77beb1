"""SARIF 2.1.0: one result per finding, at the claim's line in the registry file, so
code-scanning views annotate the YAML."""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from factcheck.model import Report
from factcheck.reporters.base import Reporter
from factcheck.reporters.findings import RULES, all_findings

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "notice": "note"}


def file_uri(path: str) -> str:
    """A URI reference for a registry: relative and percent-encoded when the path is
    relative (code scanning resolves it against the checkout), a file: URI otherwise."""
    if PurePath(path).is_absolute():
        return Path(path).as_uri()
    return quote(PurePath(path).as_posix())


def report_to_sarif(report: Report) -> dict[str, Any]:
    rule_ids = list(RULES)
    results = []
    for finding in all_findings(report):
        claim = finding.result.claim
        results.append(
            {
                "ruleId": finding.rule,
                "ruleIndex": rule_ids.index(finding.rule),
                "level": LEVELS[finding.level],
                "message": {"text": finding.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": file_uri(claim.registry)},
                            "region": {"startLine": claim.line},
                        }
                    }
                ],
                "partialFingerprints": {"claimId": claim.id},
                "properties": {
                    "claim": claim.id,
                    "verdict": finding.result.verdict,
                    "severity": finding.result.severity,
                },
            }
        )
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": report.tool_version,
                        "rules": [
                            {"id": rule, "shortDescription": {"text": text}}
                            for rule, text in RULES.items()
                        ],
                    }
                },
                "artifacts": [{"location": {"uri": file_uri(r.path)}} for r in report.registries],
                "results": results,
            }
        ],
    }


class SarifReporter(Reporter):
    name = "sarif"
    description = "SARIF 2.1.0 for code-scanning views"

    def render(self, report: Report) -> str:
        return json.dumps(report_to_sarif(report), ensure_ascii=False, indent=2) + "\n"

    def render_sources(self, report: Report) -> str:
        return self.render(report)
