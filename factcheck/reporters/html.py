"""One self-contained HTML page to send a colleague who does not use a terminal: the
summary, a table of claims, and each claim's evidence side by side, with the words
matching the claim highlighted and a differing source's own words marked. No script,
no network, no external asset; it prints as it reads."""

from __future__ import annotations

import re
from html import escape

from factcheck.model import VERDICTS, ClaimResult, Report, StanceResult
from factcheck.reporters.base import (
    MAX_SOURCE_COLUMNS,
    STANCE_SYMBOLS,
    VERDICT_SYMBOLS,
    Reporter,
    change_heading,
    change_items,
    claim_anchor,
    copy_notes,
    failing_summary,
    plural,
    stance_counts,
    summary_facts,
)

_STYLE = """
:root { --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --dim: #6e7781; --line: #d0d7de; }
body { font: 15px/1.5 system-ui, sans-serif; color: #1f2328; max-width: 72rem;
       margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1.5rem 0 .25rem; }
code { font: .9em ui-monospace, monospace; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
.scroll { overflow-x: auto; }  /* a narrow screen scrolls the table, not the page */
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
         vertical-align: top; }
th { background: #f6f8fa; }
td.id, td.stance, td.verdict { white-space: nowrap; }
td.reason { min-width: 16rem; }
.agreement, .supports { color: var(--ok); }
.divergence, .differs, .uncorroborated { color: var(--warn); }
.contradicted, .contradicts, .unsupported { color: var(--bad); }
.silent, .dim { color: var(--dim); }
.outcome { font-weight: bold; }
.outcome.fails { color: var(--bad); }
blockquote { margin: .25rem 0; padding-left: .75rem; border-left: 3px solid var(--line); }
.side { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: .5rem; }
.source { border: 1px solid var(--line); border-radius: 6px; padding: .5rem; }
.source h4 { margin: 0 0 .25rem; font-size: .95rem; }
mark { background: #fff8c5; }
mark.distinct { background: #ffebe9; }
@media print { body { margin: 0; max-width: none; } .claim { break-inside: avoid; } }
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _marked(text: str, spans: list[tuple[int, int]], distinct: tuple[str, ...]) -> str:
    """The passage with the claim's words in <mark> and a differing source's own words
    in <mark class="distinct">."""
    marks: list[tuple[int, int, str]] = [(s, e, "") for s, e in spans]
    lowered = text.lower()
    for term in distinct:
        for found in re.finditer(rf"(?<!\w){re.escape(term.lower())}(?!\w)", lowered):
            if not any(s < found.end() and found.start() < e for s, e, _ in marks):
                marks.append((found.start(), found.end(), ' class="distinct"'))
    out: list[str] = []
    at = 0
    for start, end, kind in sorted(marks):
        if start < at:
            continue
        out += [_e(text[at:start]), f"<mark{kind}>", _e(text[start:end]), "</mark>"]
        at = end
    out.append(_e(text[at:]))
    return "".join(out)


class HtmlReporter(Reporter):
    name = "html"
    description = "one self-contained HTML page to share or print"

    def render(self, report: Report) -> str:
        title = f"factcheck: {report.title or 'report'}"
        body = [f"<h1>{_e(title)}</h1>", *self._summary(report)]
        if report.changes is not None:
            body += self._changes(report)
        body += self._table(report)
        shown = [r for r in report.results if r.verdict != "agreement" or self.verbose]
        if shown:
            body.append("<h2>Evidence, source by source</h2>")
            for result in shown:
                body += self._claim(result, report)
        return _page(title, body)

    def _summary(self, report: Report) -> list[str]:
        counts = report.verdict_counts()
        verdicts = ", ".join(
            f'<span class="{v}">{VERDICT_SYMBOLS[v]} {counts[v]} {v}</span>'
            for v in VERDICTS
            if counts[v]
        )
        facts = [f"<strong>{plural(len(report.results), 'claim')}</strong>: {verdicts or 'none'}"]
        facts += [f"{what.capitalize()}: {count}" for what, count in summary_facts(report)]
        labels = report.labels
        for source, note in copy_notes(report).items():
            facts.append(f"{_e(labels[source])} is a {_e(note)}, counted once")
        items = "".join(f"<li>{fact}</li>" for fact in facts)
        outcome = failing_summary(report)
        fails = "" if outcome.startswith(("All clear", "Nothing")) else " fails"
        return [f"<ul>{items}</ul>", f'<p class="outcome{fails}">{_e(outcome)}</p>']

    def _changes(self, report: Report) -> list[str]:
        changes = report.changes
        assert changes is not None
        labels = report.labels
        items = [f"<li>{item}</li>" for item in change_items(changes, labels, _e, _e)]
        listed = f"<ul>{''.join(items)}</ul>" if items else ""
        return [f"<h2>{_e(change_heading(changes))}</h2>", listed]

    def _table(self, report: Report) -> list[str]:
        per_source = len(report.sources) <= MAX_SOURCE_COLUMNS
        columns = [i.source.label for i in report.sources] if per_source else ["stances"]
        head = "".join(f"<th>{_e(c)}</th>" for c in ["claim", "verdict", *columns, "reason"])
        rows = []
        for result in report.results:
            if per_source:
                cells = [_stance_cell(result.stance_of(i.source.id)) for i in report.sources]
            else:
                cells = [f"<td>{_e(stance_counts(result))}</td>"]
            claim_id = _e(result.claim.id)
            link = (
                f'<a href="#{claim_anchor(result.claim.id)}">{claim_id}</a>'
                if result.verdict != "agreement" or self.verbose
                else claim_id
            )
            rows.append(
                f'<tr><td class="id"><code>{link}</code></td>'
                f'<td class="verdict {result.verdict}">{VERDICT_SYMBOLS[result.verdict]}'
                f" {result.verdict}</td>{''.join(cells)}"
                f'<td class="reason">{_e(result.reason)}</td></tr>'
            )
        return [
            "<h2>Claims</h2>",
            f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>',
            *rows,
            "</tbody></table></div>",
        ]

    def _claim(self, result: ClaimResult, report: Report) -> list[str]:
        labels = report.labels
        claim = result.claim
        many = len(result.stances) > MAX_SOURCE_COLUMNS
        sources = []
        for stance in result.stances:
            if many and stance.stance == "silent":
                continue
            sources.append(
                f'<div class="source"><h4>{_e(labels[stance.source])}'
                f' <span class="{stance.stance}">{STANCE_SYMBOLS[stance.stance]}'
                f" {stance.stance}</span></h4>{_evidence(stance)}</div>"
            )
        silent = sum(1 for s in result.stances if s.stance == "silent")
        if many and silent:
            sources.append(f'<div class="source dim">{silent} other sources are silent</div>')
        where = f"{claim.registry}, line {claim.line}"
        return [
            f'<section class="claim" id="{claim_anchor(claim.id)}">',
            f'<h3><code>{_e(claim.id)}</code> <span class="{result.verdict}">'
            f"{VERDICT_SYMBOLS[result.verdict]} {result.verdict}</span></h3>",
            f"<blockquote>{_e(claim.text)}</blockquote>",
            f'<p>{_e(result.reason)} <span class="dim">({_e(where)})</span></p>',
            f'<div class="side">{"".join(sources)}</div>',
            "</section>",
        ]

    def render_sources(self, report: Report) -> str:
        copies = copy_notes(report)
        rows = [
            f"<tr><td><code>{_e(i.source.label)}</code></td><td>{_e(i.outlet or '')}</td>"
            f"<td>{i.published.isoformat() if i.published else 'unknown'}</td>"
            f"<td>{i.words}</td><td>{_e(i.source.display_path)}</td>"
            f"<td>{_e(copies.get(i.source.id, ''))}</td></tr>"
            for i in report.sources
        ]
        head = "".join(
            f"<th>{c}</th>" for c in ("source", "outlet", "published", "words", "path", "copy")
        )
        return _page(
            f"factcheck sources: {report.title or 'report'}",
            [f"<table><thead><tr>{head}</tr></thead><tbody>", *rows, "</tbody></table>"],
        )


def _stance_cell(stance: StanceResult | None) -> str:
    if stance is None:
        return "<td></td>"
    return (
        f'<td class="stance {stance.stance}">{STANCE_SYMBOLS[stance.stance]} {stance.stance}</td>'
    )


def _evidence(stance: StanceResult) -> str:
    if stance.evidence is None:
        lacking = "; ".join(stance.lacking) or "nothing on this claim"
        return (
            f'<p class="dim">lacks {_e(lacking)}</p>'
            if stance.lacking
            else (f'<p class="dim">{_e(lacking)}</p>')
        )
    text, spans = stance.evidence.display()
    parts = [
        f'<p class="dim">{stance.evidence.where}</p>',
        f"<p>{_marked(text, spans, stance.distinct_terms)}</p>",
    ]
    if stance.detail:
        parts.append(f'<p class="{stance.stance}">{_e(stance.explanation)}</p>')
    if stance.distinct_terms:
        parts.append(f'<p class="dim">in other terms: {_e(", ".join(stance.distinct_terms))}</p>')
    return "".join(parts)


def _page(title: str, body: list[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
