"""Markdown for a pull-request comment or a chat message: summary, a table of claims,
and the details (evidence side by side) of every claim sources dispute or leave
unsupported, or that fails the run."""

from __future__ import annotations

import re

from factcheck.model import ClaimResult, Report
from factcheck.reporters.base import (
    MAX_SOURCE_COLUMNS,
    STANCE_SYMBOLS,
    VERDICT_SYMBOLS,
    Reporter,
    change_heading,
    change_items,
    copy_notes,
    failing_summary,
    plural,
    stance_counts,
    summary_facts,
)

# Text from registries and documents is shown as written, never read as markup: an
# unclosed '<!--' would hide the rest of a pull-request comment, '![](http://…)' would
# load a remote image, '@team' would notify people, a '|' would break the table.
_MARKUP = str.maketrans(
    {c: "\\" + c for c in "\\`*_[]|~"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;", "@": "@\u2060"}
)


def _text(text: str) -> str:
    """Registry or document text as literal Markdown on one line."""
    return " ".join(text.split()).translate(_MARKUP)


def _code(text: str) -> str:
    """An id as inline code, whatever backticks it holds (and no '|' to break a table)."""
    text = " ".join(text.split()).replace("|", "\u2502")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


_cell = _text


def _in_detail(result: ClaimResult, report: Report) -> bool:
    """Disputed or unsupported, or failing the run (an unmet expectation, a misquote)."""
    if result.verdict not in ("agreement", "uncorroborated"):
        return True
    unmet = result.expect is not None and not result.expect.met
    misquoted = any(a.is_error for a in result.attributions)
    return unmet or misquoted or result.fails(report.fail_on)


class MarkdownReporter(Reporter):
    name = "markdown"
    description = "Markdown for pull-request comments and chat"

    def render(self, report: Report) -> str:
        labels = report.labels
        lines = [f"## factcheck: {_text(report.title or 'report')}", ""]
        counts = report.verdict_counts()
        verdicts = ", ".join(
            f"{VERDICT_SYMBOLS[v]} {n} {v}"  # type: ignore[index]
            for v, n in counts.items()
            if n
        )
        lines.append(f"**{plural(len(report.results), 'claim')}**: {verdicts or 'none'}")
        # a list, each on its own line: lines in a row would run into one paragraph
        facts = [f"{what.capitalize()}: {count}" for what, count in summary_facts(report)]
        copies = copy_notes(report)
        if copies:
            notes = "; ".join(f"**{_text(labels[s])}** is a {_text(n)}" for s, n in copies.items())
            facts.append(f"Copies, counted once as corroboration: {notes}")
        if facts:
            lines += ["", *(f"- {fact}" for fact in facts)]
        lines += ["", f"**{failing_summary(report)}**", ""]
        if report.changes is not None:
            lines += [*self._changes(report), ""]
        per_source = len(report.sources) <= MAX_SOURCE_COLUMNS
        columns = (
            [_text(labels[i.source.id]) for i in report.sources] if per_source else ["stances"]
        )
        header = ["claim", "verdict", *columns, "reason"]
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        for result in report.results:
            row = [
                _code(result.claim.id),
                f"{VERDICT_SYMBOLS[result.verdict]} {result.verdict}",
                *(
                    (
                        f"{STANCE_SYMBOLS[s.stance]} {s.stance}" if s else ""
                        for s in (result.stance_of(i.source.id) for i in report.sources)
                    )
                    if per_source
                    else [stance_counts(result)]
                ),
                _cell(result.reason),
            ]
            lines.append("| " + " | ".join(row) + " |")
        # in detail: what sources dispute or leave unsupported, and whatever fails the run;
        # a claim one source alone states is a line of the table (a comment stays short)
        details = [r for r in report.results if self.verbose or _in_detail(r, report)]
        if details:
            lines += ["", "### Claims to look at"]
            for result in details:
                lines += ["", *self._details(result, labels)]
        alone = [r for r in report.results if r.verdict == "uncorroborated" and r not in details]
        if alone:
            lines += [
                "",
                f"{plural(len(alone), 'claim')} one source alone states, shown in the table"
                " only: `factcheck show ID` gives the evidence.",
            ]
        return "\n".join(lines) + "\n"

    def _changes(self, report: Report) -> list[str]:
        """What changed since the baseline, first: in a pull request, the news."""
        changes = report.changes
        assert changes is not None
        labels = report.labels
        lines = [f"**{_text(change_heading(changes))}**"]
        if changes.any:
            lines.append("")
        return lines + [f"- {item}" for item in change_items(changes, labels, _text, _code)]

    def _details(self, result: ClaimResult, labels: dict[str, str]) -> list[str]:
        claim = result.claim
        lines = [
            f"#### {VERDICT_SYMBOLS[result.verdict]} {_code(claim.id)}: {result.verdict}",
            "",
            f"> {_text(claim.text)}",
            "",
            f"{_text(result.reason)} ({_text(claim.registry)}, line {claim.line})",
            "",
        ]
        many = len(result.stances) > MAX_SOURCE_COLUMNS
        silent = sum(1 for s in result.stances if s.stance == "silent")
        for stance in result.stances:
            if many and stance.stance == "silent":
                continue
            label = _text(labels[stance.source])
            head = f"- **{label}** {STANCE_SYMBOLS[stance.stance]} {stance.stance}"
            if stance.evidence is None:
                lines.append(head)
                continue
            text = stance.evidence.display_text
            lines.append(f"{head}, {stance.evidence.where}: \u201c{_text(text)}\u201d")
            if stance.distinct_terms:
                # four spaces: nested under its source in every Markdown renderer
                lines.append(f"    - in other terms: {_text(', '.join(stance.distinct_terms))}")
        if many and silent:
            lines.append(f"- {silent} other sources are silent")
        for attribution in result.attributions:
            if attribution.is_error:
                status = (
                    "quote not found"
                    if attribution.quote_status == "missing"
                    else f"quote given to {attribution.speaker_found}, not {attribution.speaker}"
                )
                label = _text(labels[attribution.source])
                lines.append(f"- attribution to **{label}**: {_text(status)}")
        if result.expect is not None and not result.expect.met:
            lines.append(f"- **expectation unmet**: {_text('; '.join(result.expect.problems))}")
        return lines

    def render_sources(self, report: Report) -> str:
        copies = copy_notes(report)
        extra = (" copy |", "---|") if copies else ("", "")
        lines = [
            "| source | outlet | published | words | path |" + extra[0],
            "|---|---|---|---|---|" + extra[1],
        ]
        for info in report.sources:
            date = info.published.isoformat() if info.published else "unknown"
            copy = f" {_text(copies.get(info.source.id, ''))} |" if copies else ""
            lines.append(
                f"| {_text(info.source.label)} | {_cell(info.outlet or '')} | {date} "
                f"| {info.words} | {_text(info.source.display_path)} |{copy}"
            )
        return "\n".join(lines) + "\n"
