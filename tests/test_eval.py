"""Accuracy ratchets: labelled expectations met on the development set and the example story.

The MIN_* numbers were measured; they may only go up. If a change lowers one, the
change is wrong (or the labels are, and that is argued in review, not here).
"""

from __future__ import annotations

from pathlib import Path

from factcheck.check import run_check
from factcheck.model import Report

MIN_MET = 20  # of 20 in shared/eval/seeds.yaml, measured at 20/20; may only go up
MIN_MET_EXAMPLE = 29  # of 29 in claims/to-lam-un-2024.yaml, measured at 29/29; may only go up


def unmet(report: Report) -> list[str]:
    return [
        f"{r.claim.id}: {r.verdict} {dict((s.source, s.stance) for s in r.stances)}: "
        + "; ".join(r.expect.problems)
        for r in report.results
        if r.expect is not None and not r.expect.met
    ]


def test_seed_set_ratchet(seeds_eval: Path) -> None:
    report = run_check([seeds_eval])
    met = report.expectation_counts()["met"]
    assert met >= MIN_MET, "\n".join(unmet(report))


def test_example_story_ratchet(example: Path) -> None:
    report = run_check([example])
    met = report.expectation_counts()["met"]
    assert met >= MIN_MET_EXAMPLE, "\n".join(unmet(report))
