"""The verdict table (factcheck/docs/registry.md, "Verdict: the claim across all documents"),
with a one-line reason a journalist can act on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factcheck.copies import independent
from factcheck.model import AttributionResult, Severity, Source, StanceResult, Verdict, spoken

DEFAULT_SEVERITY: dict[Verdict, Severity] = {
    "agreement": "ok",
    "divergence": "warning",
    "uncorroborated": "notice",
    "contradicted": "error",
    "unsupported": "error",
}


def decide(stances: Sequence[StanceResult], copies: Mapping[str, str] | None = None) -> Verdict:
    """First rule that applies wins (the verdict table). Supporting documents are
    counted as independent sources: a copy and its original (``copies``: copy id ->
    original id) are one, since republished wire copy corroborates nothing. Stances
    that contradict or differ count whoever gives them: a copy that changed the
    text is a conflict worth seeing."""
    stances = spoken(stances)  # the others are silent
    supports = independent([s.source for s in stances if s.stance == "supports"], copies or {})
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


# Past this many, silent sources are counted, not named: over an archive of wire copy a
# claim one source states is silent in hundreds of others, and one line names them all.
MAX_NAMED_SILENT = 5


def _silent_phrase(names: list[str], count: int) -> str:
    """``count`` silent sources; ``names``: theirs, where they are few enough to give."""
    if count > MAX_NAMED_SILENT:
        return f"the other {count} sources are silent"
    return f"{_join(names)} {'is' if count == 1 else 'are'} silent"


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _label(source: str, sources: dict[str, Source]) -> str:
    return sources[source].label if source in sources else source


def _supporter_groups(
    stances: Sequence[StanceResult], sources: dict[str, Source], copies: Mapping[str, str]
) -> list[str]:
    """The supporting documents, one phrase per independent text: 'iberia (with its
    copy ebro)', or 'b and c (copies of a)' when the original itself does not support."""
    groups: dict[str, list[str]] = {}
    for stance in stances:
        if stance.stance == "supports":
            groups.setdefault(copies.get(stance.source, stance.source), []).append(stance.source)
    phrases = []
    for root, members in groups.items():
        if len(members) == 1:
            phrases.append(_label(members[0], sources))
        elif root in members:
            others = [_label(m, sources) for m in members if m != root]
            noun = "copy" if len(others) == 1 else "copies"
            phrases.append(f"{_label(root, sources)} (with its {noun} {_join(others)})")
        else:
            labels = [_label(m, sources) for m in members]
            phrases.append(f"{_join(labels)} (copies of {_label(root, sources)})")
    return phrases


def reason(
    verdict: Verdict,
    stances: Sequence[StanceResult],
    attributions: Sequence[AttributionResult],
    sources: dict[str, Source],
    copies: Mapping[str, str] | None = None,
) -> str:
    """One line a journalist can act on; supporters that copy one another are named
    as one text, so 'only X (with its copy Y)' says why two documents corroborate nothing."""
    everyone = len(stances)
    silent_count = everyone - sum(1 for s in spoken(stances) if s.stance != "silent")
    # names only where they are few enough to be given (the others are counted)
    named = stances if silent_count <= MAX_NAMED_SILENT else spoken(stances)
    stances = spoken(stances)
    supporters = _supporter_groups(stances, sources, copies or {})
    copied = len(supporters) < sum(1 for s in stances if s.stance == "supports")
    differing = [s for s in stances if s.stance == "differs"]
    contradicting = [s for s in stances if s.stance == "contradicts"]
    silent = _names(named, "silent", sources)

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
        others = [sources[s.source].label for s in named if s.stance != "supports"]
        text = f"only {_join(supporters)} states it"
        if copied:
            text += ": one independent source"
        if silent_count:
            text += f"; {_silent_phrase(others, silent_count)}"
    else:
        text = "no source states it"
        if differing:
            text += "; " + details(differing)
        elif silent_count and silent_count < everyone:
            text += f"; {_silent_phrase(silent, silent_count)}"
    problems = [_attribution_problem(a, sources) for a in attributions if a.is_error]
    if problems:
        text += "; " + "; ".join(problems)
    return text


def _attribution_problem(attribution: AttributionResult, sources: dict[str, Source]) -> str:
    label = sources[attribution.source].label
    if attribution.quote_status == "missing":
        return f"the quote is not in {label}"
    return f"{label} gives these words to {attribution.speaker_found}, not {attribution.speaker}"
