"""Plain text: the default when output goes to a pipe or a file. No colour, no boxes."""

from __future__ import annotations

import textwrap

from factcheck.model import ClaimResult, Report, SourceInfo, StanceResult
from factcheck.reporters.base import (
    Reporter,
    change_lines,
    compare_groups,
    copy_notes,
    failing_summary,
    plural,
    summary_facts,
)

WIDTH = 100
HEADER_SOURCES = 12  # sources listed in the header; `factcheck sources` lists them all
MAX_LISTED_STANCES = 6


def source_line(info: SourceInfo, copy: str = "") -> str:
    source = info.source
    date = info.published.isoformat() if info.published else "date unknown"
    where = f" ({info.published_from})" if info.published else ""
    described = ", ".join(p for p in (info.outlet or info.title, f"{date}{where}") if p)
    copied = f", {copy}" if copy else ""
    return f"{source.label:<10} {described}, {info.words} words{copied}  [{source.display_path}]"


def summary_lines(report: Report) -> list[str]:
    counts = report.verdict_counts()
    verdicts = ", ".join(f"{n} {v}" for v, n in counts.items() if n)
    lines = [f"{plural(len(report.results), 'claim')}: {verdicts or 'none'}"]
    return lines + [f"{what}: {count}" for what, count in summary_facts(report)]


def stance_text(stance: StanceResult, report: Report) -> str:
    label = next(i.source.label for i in report.sources if i.source.id == stance.source)
    return f"{label} {stance.stance}"


def stances_line(result: ClaimResult, report: Report) -> str:
    """Every source's stance; with many sources, the silent ones are only counted."""
    if len(result.stances) <= MAX_LISTED_STANCES:
        return "  ".join(stance_text(s, report) for s in result.stances)
    spoken = [s for s in result.stances if s.stance != "silent"]
    silent = len(result.stances) - len(spoken)
    return "  ".join([*(stance_text(s, report) for s in spoken), f"({silent} silent)"])


def evidence_lines(stance: StanceResult, label: str, indent: str) -> list[str]:
    if stance.evidence is None:
        return silent_lines(stance, label, indent)
    text = stance.evidence.display_text
    rule = f" ({stance.rule})" if stance.rule else ""
    head = f"{indent}{label} {stance.stance}{rule}, {stance.evidence.where}: "
    body = textwrap.wrap(
        f"\u201c{text}\u201d", WIDTH - len(indent) - 4, initial_indent="", subsequent_indent=""
    )
    lines = [head + (body[0] if body else "")]
    lines += [indent + "    " + line for line in body[1:]]
    if stance.distinct_terms:
        lines.append(f"{indent}    in other terms: {', '.join(stance.distinct_terms)}")
    return lines


def silent_lines(stance: StanceResult, label: str, indent: str) -> list[str]:
    """Why a source is silent: what its nearest passage lacks, and that passage."""
    if stance.stance != "silent" or not stance.lacking:
        return []
    lines = textwrap.wrap(
        f"{label} silent ({stance.rule or 'FC-SILENT'}): lacks {'; '.join(stance.lacking)}",
        WIDTH - len(indent), initial_indent=indent, subsequent_indent=indent + "    ",
    )  # fmt: skip
    if stance.nearest is not None:
        text = stance.nearest.display_text
        lines += textwrap.wrap(
            f"nearest, {stance.nearest.where}: \u201c{text}\u201d",
            WIDTH - len(indent), initial_indent=indent + "    ",
            subsequent_indent=indent + "        ",
        )  # fmt: skip
    return lines


class TextReporter(Reporter):
    name = "text"
    description = "plain text (the default when piped)"

    def header(self, report: Report) -> list[str]:
        title = report.title or "factcheck report"
        lines = [f"factcheck {report.tool_version}: {title}", "", "Sources:"]
        copies = copy_notes(report)
        listed = report.sources[:HEADER_SOURCES]
        lines += ["  " + source_line(info, copies.get(info.source.id, "")) for info in listed]
        if len(report.sources) > HEADER_SOURCES:
            more = len(report.sources) - HEADER_SOURCES
            lines.append(f"  ... and {more} more (factcheck sources lists them all)")
            # A copy changes verdicts: name every one, listed or not.
            lines += [
                f"  {info.source.label}: {copies[info.source.id]}"
                for info in report.sources[HEADER_SOURCES:]
                if info.source.id in copies
            ]
        return lines

    def claim_lines(self, result: ClaimResult, report: Report, *, detail: bool) -> list[str]:
        claim = result.claim
        labels = report.labels
        lines = [
            f"[{result.verdict.upper()}] {claim.id}  ({result.severity}, "
            f"{claim.registry}:{claim.line})",
            f"    {claim.text}" if detail else "",
            f"    {result.reason}",
            "    " + stances_line(result, report),
        ]
        lines = [line for line in lines if line]
        for attribution in result.attributions:
            parts = []
            if attribution.quote_status:
                score = (
                    f" {attribution.quote_score:.2f}" if attribution.quote_status == "fuzzy" else ""
                )
                parts.append(f"quote {attribution.quote_status}{score}")
            if attribution.speaker_status:
                found = (
                    f" ({attribution.speaker_found})"
                    if attribution.speaker_status == "mismatch"
                    else ""
                )
                parts.append(f"speaker {attribution.speaker} {attribution.speaker_status}{found}")
            if parts:
                lines.append(f"    attribution {labels[attribution.source]}: " + ", ".join(parts))
        if result.expect is not None:
            if result.expect.met:
                lines.append("    expectation met")
            else:
                lines.append("    EXPECTATION UNMET: " + "; ".join(result.expect.problems))
        if detail or self.verbose:
            for stance in result.stances:
                lines += evidence_lines(stance, labels[stance.source], "    ")
        return lines

    def render(self, report: Report) -> str:
        lines = [*self.header(report), "", *summary_lines(report), ""]
        for result in report.results:
            lines += [*self.claim_lines(result, report, detail=False), ""]
        lines += change_lines(report)
        lines.append(failing_summary(report))
        return "\n".join(lines) + "\n"

    def render_detail(self, report: Report) -> str:
        lines: list[str] = []
        for result in report.results:
            lines += [*self.claim_lines(result, report, detail=True), ""]
        return "\n".join(lines)

    def render_compare(self, report: Report) -> str:
        labels = report.labels
        lines = [f"factcheck {report.tool_version}: {report.title}", ""]
        for document, groups in compare_groups(report):
            total = sum(len(results) for _, _, results in groups)
            lines.append(f"== {labels[document]}: {plural(total, 'check-worthy statement')}")
            for name, meaning, results in groups:
                lines.append(f"  {name} ({len(results)}): {meaning}")
                for result in results:
                    lines.append(f"    [{result.verdict.upper()}] {result.claim.id}")
                    lines += textwrap.wrap(
                        result.claim.text, WIDTH - 8, initial_indent="      ",
                        subsequent_indent="      ",
                    )  # fmt: skip
                    lines.append(f"      {result.reason}")
            lines.append("")
        return "\n".join(lines)

    def render_sources(self, report: Report) -> str:
        lines = []
        copies = copy_notes(report)
        for info in report.sources:
            lines.append(source_line(info, copies.get(info.source.id, "")))
            if info.dateline:
                lines.append(f"{'':<11}dateline: {info.dateline}")
        return "\n".join(lines) + "\n"
