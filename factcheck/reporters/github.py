"""GitHub Actions workflow commands: each finding annotates its claim's line in the registry."""

from __future__ import annotations

from factcheck.model import Claim, Report
from factcheck.reporters.base import (
    Reporter,
    change_heading,
    change_line,
    copy_notes,
    failing_summary,
)
from factcheck.reporters.findings import all_findings


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(level: str, claim: Claim, title: str, message: str) -> str:
    """A workflow command that annotates the claim's line in its registry."""
    properties = ",".join(
        f"{key}={_escape_property(str(value))}"
        for key, value in (("file", claim.registry), ("line", claim.line), ("title", title))
    )
    return f"::{level} {properties}::{_escape_data(message)}"


class GithubReporter(Reporter):
    name = "github"
    description = "GitHub Actions annotations (::error file=...,line=...::)"

    def render(self, report: Report) -> str:
        lines = []
        for finding in all_findings(report):
            claim = finding.result.claim
            title = f"factcheck {finding.rule}: {claim.id}"
            lines.append(_annotation(finding.level, claim, title, finding.message))
        lines += self._changes(report)
        lines.append(failing_summary(report))
        return "\n".join(lines) + "\n"

    def _changes(self, report: Report) -> list[str]:
        """A claim judged otherwise since the baseline annotates its line too."""
        changes = report.changes
        if changes is None:
            return []
        labels = report.labels
        claims = {r.claim.id: r.claim for r in report.results}
        lines = []
        for change in changes.changed:
            claim = claims[change.claim]
            title = f"factcheck: {claim.id} judged otherwise since the baseline"
            lines.append(_annotation("warning", claim, title, change_line(change, labels)))
        return [*lines, change_heading(changes)]

    def render_sources(self, report: Report) -> str:
        copies = copy_notes(report)
        return "".join(
            f"::notice title=source {i.source.id}::{_escape_data(i.source.display_path)}"
            + (f", {_escape_data(copies[i.source.id])}" if i.source.id in copies else "")
            + "\n"
            for i in report.sources
        )
