"""Per-claim CI assertions (`expect`): is the verdict, and each named stance, as expected?"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.model import Expectation, ExpectResult, StanceResult, Verdict, stance_of


def check_expectation(
    expectation: Expectation, verdict: Verdict, stances: Sequence[StanceResult]
) -> ExpectResult:
    problems: list[str] = []
    if expectation.verdicts is not None and verdict not in expectation.verdicts:
        problems.append(f"verdict is {verdict}, expected {' or '.join(expectation.verdicts)}")
    for source, allowed in expectation.stances:
        stance = stance_of(stances, source)
        if stance is None:
            continue  # the source was left out of this run (--source)
        actual = stance.stance
        if actual not in allowed:
            problems.append(f"{source} {actual}, expected {' or '.join(allowed)}")
    return ExpectResult(
        verdicts=expectation.verdicts,
        stances=expectation.stances,
        met=not problems,
        problems=tuple(problems),
    )
