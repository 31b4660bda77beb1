"""The verdict table of DESIGN.md, with a one-line reason a journalist can act on."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.model import AttributionResult, Severity, Source, StanceResult, Verdict

DEFAULT_SEVERITY: dict[Verdict, Severity] = {
    "agreement": "ok",
    "divergence": "warning",
    "uncorroborated": "notice",
    "contradicted": "error",
    "unsupported": "error",
}


def decide(stances: Sequence[StanceResult]) -> Verdict:
    """First rule that applies wins (DESIGN.md, 'Verdicts')."""
    supports = sum(1 for s in stances if s.stance == "supports")
    contradicts = sum(1 for s in stances if s.stance == "contradicts")
    differs = sum(1 for s in stances if s.stance == "differs")
    if supports and contradicts:
        return "divergence"
    if contradicts:
        return "contradicted"
    if supports >= 2:
        return "agreement"
    if supports == 1 and differs:
        return "divergence"
    if supports == 1:
        return "uncorroborated"
    return "unsupported"


def severity(verdict: Verdict, attributions: Sequence[AttributionResult]) -> Severity:
    """A missing quote or a speaker mismatch is an error whatever the verdict."""
    if any(a.is_error for a in attributions):
        return "error"
    return DEFAULT_SEVERITY[verdict]


def _names(stances: Sequence[StanceResult], stance: str, sources: dict[str, Source]) -> list[str]:
    return [sources[s.source].label for s in stances if s.stance == stance]


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def reason(
    verdict: Verdict,
    stances: Sequence[StanceResult],
    attributions: Sequence[AttributionResult],
    sources: dict[str, Source],
) -> str:
    supporters = _names(stances, "supports", sources)
    differing = [s for s in stances if s.stance == "differs"]
    contradicting = [s for s in stances if s.stance == "contradicts"]
    silent = _names(stances, "silent", sources)

    def details(items: list[StanceResult]) -> str:
        """'roundup gives 24 September; the claim says 25 September 2024', sources that
        say the same grouped: 'daily and roundup report the Biden talks in other terms'."""
        groups: dict[str, list[str]] = {}
        for stance in items:
            groups.setdefault(stance.detail, []).append(sources[stance.source].label)
        parts = []
        for detail, labels in groups.items():
            verb, _, rest = detail.partition(" ")
            if len(labels) > 1 and verb.endswith("s"):
                detail = f"{verb[:-1]} {rest}"
            parts.append(f"{_join(labels)} {detail}")
        claimed = next((s.claimed for s in items if s.claimed), "")
        return "; ".join(parts) + (f"; the claim says {claimed}" if claimed else "")

    if verdict == "divergence" and contradicting:
        text = f"{_join(supporters)} support{'s' if len(supporters) == 1 else ''} it; "
        text += details(contradicting)
    elif verdict == "contradicted":
        text = details(contradicting)
    elif verdict == "agreement":
        text = (
            f"{_join(supporters)} all state it"
            if len(supporters) > 2
            else (f"{_join(supporters)} both state it")
        )
    elif verdict == "divergence":
        text = f"{_join(supporters)} supports it; " + details(differing)
    elif verdict == "uncorroborated":
        others = [sources[s.source].label for s in stances if s.stance != "supports"]
        text = f"only {_join(supporters)} states it"
        if others:
            text += f"; {_join(others)} {'is' if len(others) == 1 else 'are'} silent"
    else:
        text = "no source states it"
        if differing:
            text += "; " + details(differing)
        elif silent and len(silent) < len(stances):
            text += f"; {_join(silent)} {'is' if len(silent) == 1 else 'are'} silent"
    problems = [_attribution_problem(a, sources) for a in attributions if a.is_error]
    if problems:
        text += "; " + "; ".join(problems)
    return text


def _attribution_problem(attribution: AttributionResult, sources: dict[str, Source]) -> str:
    label = sources[attribution.source].label
    if attribution.quote_status == "missing":
        return f"the quote is not in {label}"
    return f"{label} gives these words to {attribution.speaker_found}, not {attribution.speaker}"
