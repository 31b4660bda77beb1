"""The terminal report: colour, tables, evidence with the matching words highlighted.

Rich is imported when a report is rendered, not when factcheck starts.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from factcheck.model import VERDICTS, ClaimResult, Report, StanceResult, Verdict
from factcheck.reporters.base import (
    MAX_SOURCE_COLUMNS,
    SEVERITY_STYLES,
    STANCE_STYLES,
    STANCE_SYMBOLS,
    VERDICT_SYMBOLS,
    Reporter,
    change_lines,
    compare_groups,
    copy_notes,
    failing_summary,
    plural,
)

HEADER_SOURCES = 12  # sources listed in the header
READABLE_REASON = 24  # narrowest reason column of the claims table

if TYPE_CHECKING:
    from rich.box import Box
    from rich.console import Console, RenderableType
    from rich.text import Text


class RichReporter(Reporter):
    name = "rich"
    description = "colour tables for a terminal (the default on a terminal)"

    def _console(self) -> tuple[Console, io.StringIO]:
        from rich.console import Console

        buffer = io.StringIO()
        console = Console(
            file=buffer,
            width=self.width or 120,
            force_terminal=self.color,
            color_system="auto" if self.color else None,
            no_color=not self.color,
            highlight=False,
            emoji=False,
            markup=False,  # registry and document text is text: '[link=…]' is not markup
        )
        return console, buffer

    def _box(self) -> Box:
        from rich import box

        return box.ROUNDED if self.color else box.ASCII

    def _print(self, *renderables: RenderableType) -> str:
        console, buffer = self._console()
        for renderable in renderables:
            console.print(renderable)
        return buffer.getvalue()

    # -- pieces --------------------------------------------------------------------------

    def _header(self, report: Report) -> list[RenderableType]:
        from rich.table import Table
        from rich.text import Text

        title = Text(report.title or "factcheck report", style="bold")
        sources = Table(box=self._box(), show_edge=False, pad_edge=False, expand=False)
        sources.add_column("source", style="bold")
        sources.add_column("outlet")
        sources.add_column("published")
        sources.add_column("words", justify="right")
        copies = copy_notes(report)
        if copies:  # a copy changes verdicts: say so beside it
            sources.add_column("copy")
        for info in report.sources[:HEADER_SOURCES]:
            date = info.published.isoformat() if info.published else "unknown"
            if info.published and info.published_from != "registry":
                date += f" ({info.published_from})"
            copy = [Text(copies.get(info.source.id, ""))] if copies else []
            sources.add_row(
                *map(Text, (info.source.label, info.outlet or info.title or "", date)),
                str(info.words),
                *copy,
            )
        if len(report.sources) > HEADER_SOURCES:
            more = len(report.sources) - HEADER_SOURCES
            blank = [""] if copies else []
            rest = f"and {more} more (factcheck sources lists them all)"
            sources.add_row("…", rest, "", "", *blank)
            for info in report.sources[HEADER_SOURCES:]:
                if info.source.id in copies:
                    note = Text(copies[info.source.id])
                    sources.add_row(Text(info.source.label), "", "", "", note)
        return [title, sources]

    def _summary(self, report: Report) -> Text:
        from rich.text import Text

        text = Text()
        text.append(plural(len(report.results), "claim") + ": ", style="bold")
        first = True
        counts = report.verdict_counts()
        for verdict in VERDICTS:
            count = counts[verdict]
            if not count:
                continue
            if not first:
                text.append("  ")
            first = False
            severity = _verdict_severity(verdict)
            text.append(f"{VERDICT_SYMBOLS[verdict]} {count} {verdict}", style=severity)
        expectations = report.expectation_counts()
        if expectations["met"] or expectations["unmet"]:
            text.append(f"   expectations {expectations['met']} met", style="green")
            if expectations["unmet"]:
                text.append(f", {expectations['unmet']} unmet", style="bold red")
        if report.attribution_errors:
            text.append(f"   {plural(report.attribution_errors, 'attribution error')}", style="red")
        return text

    def _verdict(self, result: ClaimResult) -> Text:
        from rich.text import Text

        style = SEVERITY_STYLES[result.severity]
        return Text(f"{VERDICT_SYMBOLS[result.verdict]} {result.verdict}", style=style)

    def _stance(self, stance: StanceResult, *, compact: bool = False) -> Text:
        from rich.text import Text

        symbol = STANCE_SYMBOLS[stance.stance]
        label = symbol if compact else f"{symbol} {stance.stance}"
        return Text(label, style=STANCE_STYLES[stance.stance])

    def _compact(self, report: Report) -> bool:
        """Too narrow for a word per stance: symbols, with a legend."""
        if len(report.sources) > MAX_SOURCE_COLUMNS:
            return False
        return (self.width or 120) < 60 + 15 * len(report.sources)

    def _stance_counts(self, result: ClaimResult) -> Text:
        """Many sources: how many take each stance ('3 ✔ 1 ✘ 996 ·')."""
        from rich.text import Text

        text = Text()
        for stance, symbol in STANCE_SYMBOLS.items():
            count = sum(1 for s in result.stances if s.stance == stance)
            if count:
                text.append(f"{count} {symbol} ", style=STANCE_STYLES[stance])
        return text

    def _legend(self) -> Text:
        from rich.text import Text

        legend = Text("stances: ", style="dim")
        for stance, symbol in STANCE_SYMBOLS.items():
            legend.append(f"{symbol} {stance}  ", style=STANCE_STYLES[stance])
        return legend

    def _evidence(self, stance: StanceResult) -> Text:
        from rich.text import Text

        if stance.evidence is None:
            if not stance.lacking:
                return Text("nothing on this claim", style="dim italic")
            rule = f"{stance.rule}: " if stance.rule else ""
            rendered = Text(f"{rule}lacks {'; '.join(stance.lacking)}", style="dim italic")
            if stance.nearest is not None:
                text = stance.nearest.display_text
                rendered.append(f"\nnearest, {stance.nearest.where}: ", style="dim")
                rendered.append(text, style="dim")
            return rendered
        text, spans = stance.evidence.display()
        rendered = Text(text)
        for start, end in spans:
            rendered.stylize("bold underline", start, end)
        rule = f"{stance.rule}, " if stance.rule else ""
        rendered = Text(f"{rule}{stance.evidence.where}: ", style="dim") + rendered
        if stance.detail:
            rendered.append(f"\n{stance.explanation}", style=STANCE_STYLES[stance.stance])
        if stance.distinct_terms:
            rendered.append("\nin other terms: ", style="dim")
            rendered.append(", ".join(stance.distinct_terms), style="yellow")
        return rendered

    def _fits_a_table(self, report: Report) -> bool:
        """Every claim id whole in its column (an id is copied into `factcheck show`),
        beside the stance columns and a reason of readable width."""
        longest = max((len(r.claim.id) for r in report.results), default=5)
        if len(report.sources) > MAX_SOURCE_COLUMNS:
            stances = 16 + 3
        else:
            stance_width = 1 if self._compact(report) else len("✘ contradicts")
            stances = sum(max(len(i.source.label), stance_width) + 3 for i in report.sources)
        expectations = 6 if any(r.expect is not None for r in report.results) else 0
        return longest + 4 + stances + READABLE_REASON + 3 + expectations <= (self.width or 120)

    def _reason(self, result: ClaimResult) -> Text:
        from rich.text import Text

        reason = Text(result.reason)
        for attribution in result.attributions:
            if attribution.quote_status == "fuzzy":
                reason.append(
                    f"\nquote in {attribution.source}: fuzzy {attribution.quote_score:.2f}",
                    style="dim",
                )
        if result.expect is not None and not result.expect.met:
            reason.append(
                "\nexpectation unmet: " + "; ".join(result.expect.problems), style="bold red"
            )
        return reason

    def _expectation(self, result: ClaimResult) -> Text:
        from rich.text import Text

        if result.expect is None:
            return Text("")
        if result.expect.met:
            return Text("✔", style="green")
        return Text("✘", style="bold red")

    def _stances_of(self, result: ClaimResult, report: Report) -> list[Text]:
        """Each source's stance (empty where it was not judged), or, over many sources,
        one count of each stance."""
        from rich.text import Text

        if len(report.sources) > MAX_SOURCE_COLUMNS:
            return [self._stance_counts(result)]
        compact = self._compact(report)
        return [
            self._stance(stance, compact=compact) if stance else Text("")
            for stance in (result.stance_of(i.source.id) for i in report.sources)
        ]

    def _claims_list(self, report: Report) -> RenderableType:
        """Too narrow for the table: each claim as its id and verdict on one line, its
        stances on the next and its reason below, so that no id is broken."""
        from rich.console import Group
        from rich.padding import Padding
        from rich.text import Text

        per_source = len(report.sources) <= MAX_SOURCE_COLUMNS
        rows: list[RenderableType] = []
        for result in report.results:
            heading = Text(result.claim.id, style="bold") + Text("  ") + self._verdict(result)
            if result.expect is not None:
                heading += Text("  exp ") + self._expectation(result)
            told = self._stances_of(result, report)
            if per_source:
                stances = Text()
                for info, stance in zip(report.sources, told, strict=True):
                    if stance.plain:
                        stances += Text(f"{info.source.label} ") + stance + Text("  ")
                stances.rstrip()
            else:
                (stances,) = told
            reason = Group(stances, self._reason(result))
            rows += [Text(""), heading, Padding(reason, (0, 0, 0, 2), expand=False)]
        return Group(*rows)

    def _claims_table(self, report: Report) -> RenderableType:
        """Claim (id over verdict), each source's stance, the reason: narrow columns wrap
        so that the reason is never the one cut off, and an id never wraps (see
        _fits_a_table)."""
        from rich.table import Table
        from rich.text import Text

        if not self._fits_a_table(report):
            return self._claims_list(report)
        table = Table(box=self._box(), show_lines=True, expand=True)
        longest = max((len(r.claim.id) for r in report.results), default=5)
        table.add_column("claim", no_wrap=True, min_width=max(longest, len("◐ uncorroborated")))
        per_source = len(report.sources) <= MAX_SOURCE_COLUMNS
        if per_source:
            for info in report.sources:
                table.add_column(info.source.label, overflow="fold", min_width=3)
        else:
            table.add_column("stances", overflow="fold", min_width=8)
        table.add_column("reason", ratio=4, min_width=20)
        has_expectations = any(r.expect is not None for r in report.results)
        if has_expectations:
            table.add_column("exp", no_wrap=True, min_width=3)
        for result in report.results:
            claim = Text(result.claim.id, style="bold") + Text("\n") + self._verdict(result)
            row: list[RenderableType] = [claim, *self._stances_of(result, report)]
            row.append(self._reason(result))
            if has_expectations:
                row.append(self._expectation(result))
            table.add_row(*row)
        return table

    def _claim_detail(self, result: ClaimResult, report: Report) -> list[RenderableType]:
        from rich.panel import Panel
        from rich.table import Table
        from rich.text import Text

        labels = report.labels
        title = Text.assemble(self._verdict(result), ("  " + result.claim.id, "bold"))
        head = Text(result.claim.text + "\n", style="italic")
        head.append(result.reason)
        if result.claim.topic:
            head.append(f"\ntopic: {result.claim.topic}", style="dim")
        side = Table(box=self._box(), expand=True, show_lines=False)
        for stance in result.stances:
            header = Text(f"{labels[stance.source]}  ") + self._stance(stance)
            side.add_column(header, ratio=1, overflow="fold")
        side.add_row(*[self._evidence(s) for s in result.stances])
        parts: list[RenderableType] = [
            Panel(head, title=title, title_align="left", box=self._box()),
            side,
        ]
        for attribution in result.attributions:
            line = Text(f"attribution {labels[attribution.source]}: ")
            if attribution.quote_status:
                style = "red" if attribution.quote_status == "missing" else "green"
                score = (
                    f" ({attribution.quote_score:.2f})"
                    if attribution.quote_score is not None
                    else ""
                )
                line.append(f"quote {attribution.quote_status}{score}", style=style)
            if attribution.speaker_status:
                style = {"confirmed": "green", "mismatch": "red"}.get(
                    attribution.speaker_status, "dim"
                )
                who = f" ({attribution.speaker_found})" if attribution.speaker_found else ""
                line.append(
                    f"  speaker {attribution.speaker}: {attribution.speaker_status}{who}",
                    style=style,
                )
            parts.append(line)
        if result.expect is not None:
            if result.expect.met:
                parts.append(Text("expectation met", style="green"))
            else:
                parts.append(
                    Text(
                        "expectation unmet: " + "; ".join(result.expect.problems), style="bold red"
                    )
                )
        return parts

    # -- views ---------------------------------------------------------------------------

    def render(self, report: Report) -> str:
        from rich.text import Text

        parts: list[RenderableType] = [*self._header(report), Text("")]
        if self._compact(report):
            parts.append(self._legend())
        parts.append(self._claims_table(report))
        if self.verbose:
            for result in report.results:
                parts += [Text(""), *self._claim_detail(result, report)]
        changes = change_lines(report)
        if changes:
            heading, *rest = changes
            parts += [Text(""), Text(heading, style="bold"), *(Text(line) for line in rest[:-1])]
        # the counts last, beside the outcome: what a long report leaves on the screen
        parts += [Text(""), self._summary(report)]
        failing = failing_summary(report)
        style = (
            "green"
            if failing.startswith("All clear")
            else "yellow"
            if failing.startswith("Nothing")
            else "bold red"
        )
        parts.append(Text(failing, style=style))
        return self._print(*parts)

    def render_detail(self, report: Report) -> str:
        parts: list[RenderableType] = []
        for result in report.results:
            parts += self._claim_detail(result, report)
        return self._print(*parts)

    def render_compare(self, report: Report) -> str:
        from rich.table import Table
        from rich.text import Text

        labels = report.labels
        parts: list[RenderableType] = [Text(report.title or "comparison", style="bold")]
        for document, groups in compare_groups(report):
            total = sum(len(results) for _, _, results in groups)
            parts.append(Text(f"\n{labels[document]}: {plural(total, 'check-worthy statement')}",
                              style="bold underline"))  # fmt: skip
            for name, meaning, results in groups:
                if not results:
                    continue
                table = Table(box=self._box(), expand=True, title=f"{name}: {meaning}",
                              title_justify="left", show_lines=True)  # fmt: skip
                table.add_column("statement", ratio=3)
                table.add_column("verdict", no_wrap=True)
                table.add_column("reason", ratio=2)
                for result in results:
                    table.add_row(
                        Text(result.claim.text), self._verdict(result), Text(result.reason)
                    )
                parts.append(table)
        return self._print(*parts)

    def render_sources(self, report: Report) -> str:
        from rich.table import Table
        from rich.text import Text

        table = Table(box=self._box())
        copies = copy_notes(report)
        columns = ("source", "outlet", "title", "published", "words", "dateline", "path")
        for column in (*columns, "copy") if copies else columns:
            table.add_column(column, overflow="fold")
        for info in report.sources:
            date = info.published.isoformat() if info.published else "unknown"
            # Text, never a str: a str is read as console markup ('[/x]' would raise).
            table.add_row(
                *map(
                    Text,
                    (
                        info.source.label,
                        info.outlet or "",
                        info.title or "",
                        f"{date} ({info.published_from})",
                        str(info.words),
                        info.dateline or "",
                        info.source.display_path,
                        *([copies.get(info.source.id, "")] if copies else []),
                    ),
                )
            )
        return self._print(table)


def _verdict_severity(verdict: Verdict) -> str:
    from factcheck.verdict import DEFAULT_SEVERITY

    return SEVERITY_STYLES[DEFAULT_SEVERITY[verdict]]
