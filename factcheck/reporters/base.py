"""What every reporter shares: the interface, and the words and symbols of verdicts."""

from __future__ import annotations

import io
import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import ClassVar, TextIO

from factcheck.model import (
    Change,
    Changes,
    ClaimResult,
    Copy,
    Report,
    Severity,
    Stance,
    Verdict,
)

VERDICT_SYMBOLS: dict[Verdict, str] = {
    "agreement": "✔",
    "divergence": "≠",
    "uncorroborated": "◐",
    "contradicted": "✘",
    "unsupported": "∅",
}
STANCE_SYMBOLS: dict[Stance, str] = {
    "supports": "✔",
    "contradicts": "✘",
    "differs": "≈",
    "silent": "·",
}
SEVERITY_STYLES: dict[Severity, str] = {
    "ok": "green",
    "notice": "cyan",
    "warning": "yellow",
    "error": "red",
}
STANCE_STYLES: dict[Stance, str] = {
    "supports": "green",
    "contradicts": "red",
    "differs": "yellow",
    "silent": "dim",
}


MAX_SOURCE_COLUMNS = 6  # more sources than this: one column of stance counts


class Reporter(ABC):
    """Renders a finished report; never decides anything about it."""

    name: ClassVar[str]
    description: ClassVar[str]

    def __init__(self, *, color: bool = False, verbose: bool = False, width: int | None = None):
        self.color = color
        self.verbose = verbose
        self.width = width

    @abstractmethod
    def render(self, report: Report) -> str:
        """The whole report."""

    def write(self, report: Report, stream: TextIO) -> None:
        """Write the report to a stream; formats for large reports stream it piecewise."""
        stream.write(self.render(report))

    def render_detail(self, report: Report) -> str:
        """Each claim with every source's evidence side by side (``factcheck show``)."""
        return self.render(report)

    @abstractmethod
    def render_sources(self, report: Report) -> str:
        """The sources of a run (``factcheck sources``)."""

    def render_compare(self, report: Report) -> str:
        """Statements grouped by the document they come from (``factcheck compare``)."""
        return self.render(report)


class StreamingReporter(Reporter):
    """A format written piece by piece (large reports); rendering collects the pieces."""

    @abstractmethod
    def write(self, report: Report, stream: TextIO) -> None: ...

    def render(self, report: Report) -> str:
        buffer = io.StringIO()
        self.write(report, buffer)
        return buffer.getvalue()


COMPARE_GROUPS = (
    ("corroborated", "other sources back it", ("agreement",)),
    (
        "diverging",
        "other sources give other values or tell it otherwise",
        ("divergence", "contradicted"),
    ),
    ("single-source", "no other source backs it", ("uncorroborated", "unsupported")),
)


def compare_groups(report: Report) -> list[tuple[str, list[tuple[str, str, list[ClaimResult]]]]]:
    """Per document (in order): (group, what it means, its statements) for each group."""
    documents = [info.source.id for info in report.sources]
    grouped = []
    for document in documents:
        own = [
            r
            for r in report.results
            if r.claim.attributions and r.claim.attributions[0].source == document
        ]
        groups = [(name, meaning, [r for r in own if r.verdict in verdicts])
                  for name, meaning, verdicts in COMPARE_GROUPS]  # fmt: skip
        grouped.append((document, groups))
    return grouped


def copy_note(copy: Copy, report: Report) -> str:
    """'copy of IBERIA (87% of the text shared)': why this source corroborates nothing
    its original does not already say."""
    labels = report.labels
    original = labels.get(copy.original, copy.original)
    return f"copy of {original} ({copy.share:.0%} of the text shared)"


def copy_notes(report: Report) -> dict[str, str]:
    """Source id -> its copy note, for every source that copies another."""
    return {copy.source: copy_note(copy, report) for copy in report.copies}


def claim_anchor(claim_id: str) -> str:
    """Where a claim's section is in a page (the HTML report) and a published review
    points to (ClaimReview's url): an HTML id from any id a registry allows."""
    return "claim-" + re.sub(r"[^A-Za-z0-9_-]", lambda m: f"_{ord(m.group()):x}_", claim_id)


def stance_counts(result: ClaimResult) -> str:
    """Many sources: how many take each stance ('3 ✔ 1 ✘ 996 ·')."""
    return " ".join(
        f"{sum(1 for s in result.stances if s.stance == stance)} {symbol}"
        for stance, symbol in STANCE_SYMBOLS.items()
        if any(s.stance == stance for s in result.stances)
    )


def summary_facts(report: Report) -> list[tuple[str, str]]:
    """What the verdict counts leave out, as (what, how many): expectations met and
    unmet, attribution errors; each format words and marks them up."""
    facts = []
    expectations = report.expectation_counts()
    if expectations["met"] or expectations["unmet"]:
        facts.append(("expectations", f"{expectations['met']} met, {expectations['unmet']} unmet"))
    if report.attribution_errors:
        facts.append(("attribution errors", str(report.attribution_errors)))
    return facts


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def change_heading(changes: Changes) -> str:
    """'Since OLD.json: 2 claims judged otherwise, 1 new, none gone'."""
    if not changes.any:
        return f"Since {changes.baseline}: no claim judged otherwise, none new, none gone."
    parts = [
        f"{plural(len(changes.changed), 'claim')} judged otherwise",
        f"{len(changes.new) or 'none'} new",
        f"{len(changes.removed) or 'none'} gone",
    ]
    return f"Since {changes.baseline}: {', '.join(parts)}."


def change_line(change: Change, labels: dict[str, str]) -> str:
    """'biden-talks-date: divergence → contradicted (daily: supports → silent)'."""
    verdict = f"{change.before} → {change.after}" if change.before != change.after else change.after
    moved = "; ".join(
        f"{labels.get(source, source)}: {before} → {after}"
        for source, before, after in change.stances
    )
    return f"{change.claim}: {verdict}" + (f" ({moved})" if moved else "")


def change_items(
    changes: Changes,
    labels: dict[str, str],
    text: Callable[[str], str] = str,
    ident: Callable[[str], str] = str,
) -> list[str]:
    """One item per claim judged otherwise, then the new and the gone claims: each
    format marks up ``text`` and claim ids (``ident``) its own way."""
    items = [text(change_line(change, labels)) for change in changes.changed]
    if changes.new:
        items.append(f"new: {', '.join(ident(c) for c in changes.new)}")
    if changes.removed:
        items.append(f"gone: {', '.join(ident(c) for c in changes.removed)}")
    return items


def change_lines(report: Report) -> list[str]:
    """The changes since the baseline as plain lines (and a blank one), none without one."""
    changes = report.changes
    if changes is None:
        return []
    labels = report.labels
    items = change_items(changes, labels)
    return [change_heading(changes), *(f"  {item}" for item in items), ""]


def failing_summary(report: Report) -> str:
    """One line saying whether the run passes, and why not."""
    if not report.results:
        return "Nothing was checked: there is no claim in this run."
    if report.fail_on_change and report.changes is not None:
        return _change_summary(report, report.changes)
    failing = [r for r in report.results if r.fails(report.fail_on)]
    if not failing:
        return "All clear: no claim fails this run."
    unmet = sum(1 for r in failing if r.expect is not None)
    parts = []
    if unmet:
        parts.append(f"{plural(unmet, 'unmet expectation')}")
    if len(failing) > unmet:
        parts.append(f"{len(failing) - unmet} at or above --fail-on {report.fail_on}")
    return f"{plural(len(failing), 'claim')} fail{'s' if len(failing) == 1 else ''}: " + ", ".join(
        parts
    )


def _change_summary(report: Report, changes: Changes) -> str:
    """With --fail-on-change: whether anything moved since the baseline."""
    failing = report.failing_on_change()
    unmet = sum(1 for r in report.results if r.expect is not None and not r.expect.met)
    if not failing:
        return f"All clear: no claim judged otherwise since {changes.baseline}."
    parts = []
    if changes.changed:
        parts.append(f"{len(changes.changed)} judged otherwise since {changes.baseline}")
    if changes.removed:
        parts.append(f"{len(changes.removed)} gone since {changes.baseline}")
    if unmet:
        parts.append(plural(unmet, "unmet expectation"))
    # a claim judged otherwise often misses its expectation too: each counts once
    verb = "fails" if len(failing) == 1 else "fail"
    return f"{plural(len(failing), 'claim')} {verb}: " + ", ".join(parts)
