"""Findings: what CI formats annotate (SARIF results, GitHub workflow commands).

One claim can carry several: its verdict (unless agreement), each attribution
error, and an unmet expectation. A finding's level says whether it fails the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from factcheck.model import ClaimResult, Report

Level = Literal["error", "warning", "notice"]

RULES: dict[str, str] = {
    "divergence": "Sources diverge on this claim (values or framing).",
    "contradicted": "A source contradicts this claim and none supports it.",
    "uncorroborated": "Only one source supports this claim.",
    "unsupported": "No source supports or contradicts this claim.",
    "quote-missing": "The quoted words are not in the cited document.",
    "speaker-mismatch": "The cited document gives the quote to someone else.",
    "expectation-unmet": "The claim's `expect` is not met.",
}


@dataclass(frozen=True)
class Finding:
    rule: str
    level: Level
    message: str
    result: ClaimResult


def claim_findings(result: ClaimResult, report: Report) -> list[Finding]:
    """Findings of one claim; those that fail the run are errors, the others keep their
    severity as a warning or a notice (a met expectation makes an error a notice)."""
    fails = result.fails(report.fail_on)
    claim_id = result.claim.id

    def level(severity: str) -> Level:
        if fails:
            return "error"
        return "warning" if severity == "warning" else "notice"

    findings: list[Finding] = []
    if result.verdict != "agreement":
        findings.append(
            Finding(result.verdict, level(result.severity),
                    f"{claim_id}: {result.verdict}: {result.reason}", result)
        )  # fmt: skip
    labels = report.labels
    for attribution in result.attributions:
        if attribution.quote_status == "missing":
            findings.append(
                Finding("quote-missing", level("error"),
                        f"{claim_id}: the quote is not in {labels[attribution.source]}: "
                        f"\u201c{attribution.quote}\u201d", result)
            )  # fmt: skip
        elif attribution.speaker_status == "mismatch":
            findings.append(
                Finding("speaker-mismatch", level("error"),
                        f"{claim_id}: {labels[attribution.source]} gives the quote to "
                        f"{attribution.speaker_found}, not {attribution.speaker}", result)
            )  # fmt: skip
    if result.expect is not None and not result.expect.met:
        findings.append(
            Finding("expectation-unmet", "error",
                    f"{claim_id}: expectation unmet: {'; '.join(result.expect.problems)}", result)
        )  # fmt: skip
    return findings


def all_findings(report: Report) -> list[Finding]:
    return [f for result in report.results for f in claim_findings(result, report)]
