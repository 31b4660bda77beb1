"""Score factcheck on the blind evaluation corpus, beside a naive baseline.

    python eval/score.py              # every story: overall, per split, story, kind
    python eval/score.py --split test # only the stories nobody tunes on
    python eval/score.py --json       # the figures as JSON (the tests' ratchet reads it)

Each story in ``eval/stories/<slug>/story.yaml`` is a registry whose ``expect`` labels
were written blind (by someone given only the stance and verdict tables) and
committed before factcheck ever ran on them; ``x-kind`` says what a claim tests.
``eval/splits.yaml`` names the *test* stories: measure on them, never tune on them.

A claim counts as right when factcheck's verdict is one the label accepts. A *false
pass* is the worst error: a claim labelled contradicted or unsupported that is
reported as agreement or uncorroborated.

The baseline is what a fact-checker without factcheck might script: for each
document, the sentence most like the claim by rapidfuzz's token-set ratio; the
document supports the claim when that ratio reaches BASELINE_THRESHOLD, otherwise it
is silent. No values, no dates, no negation. Verdicts follow from the stances by the
same table.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from factcheck.check import Filters, check_registries, read_documents
from factcheck.model import Stance, StanceResult, Verdict
from factcheck.normalise import fold
from factcheck.registry import load_registries
from factcheck.verdict import decide

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"
SPLITS = HERE / "splits.yaml"
BASELINE_THRESHOLD = 75.0
PASSING = ("agreement", "uncorroborated")
FAILING = ("contradicted", "unsupported")


@dataclass
class Tally:
    claims: int = 0
    right: int = 0
    baseline: int = 0
    false_passes: int = 0
    baseline_false_passes: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.claims += other.claims
        self.right += other.right
        self.baseline += other.baseline
        self.false_passes += other.false_passes
        self.baseline_false_passes += other.baseline_false_passes
        self.misses += other.misses

    def as_dict(self) -> dict[str, Any]:
        return {
            "claims": self.claims,
            "right": self.right,
            "accuracy": round(self.right / self.claims, 4) if self.claims else None,
            "baseline": self.baseline,
            "baseline_accuracy": round(self.baseline / self.claims, 4) if self.claims else None,
            "false_passes": self.false_passes,
            "baseline_false_passes": self.baseline_false_passes,
        }


def splits() -> dict[str, str]:
    """Story slug -> 'dev' or 'test'."""
    data = yaml.safe_load(SPLITS.read_text(encoding="utf-8")) if SPLITS.exists() else {}
    test = set((data or {}).get("test", []))
    return {p.name: ("test" if p.name in test else "dev") for p in story_folders()}


def story_folders() -> list[Path]:
    return sorted(p for p in STORIES.iterdir() if (p / "story.yaml").is_file())


def domain(registry: Path) -> str:
    first = registry.read_text(encoding="utf-8").splitlines()[0]
    return first.split(":", 1)[1].strip() if first.startswith("# domain:") else "?"


def baseline_stance(claim: str, sentences: list[str]) -> Stance:
    best = max((fuzz.token_set_ratio(fold(claim), fold(s)) for s in sentences), default=0.0)
    return "supports" if best >= BASELINE_THRESHOLD else "silent"


def score_story(folder: Path) -> tuple[Tally, dict[str, Tally]]:
    registry_path = folder / "story.yaml"
    kinds = {
        str(c.get("id")): str(c.get("x-kind", "?"))
        for c in yaml.safe_load(registry_path.read_text(encoding="utf-8"))["claims"]
    }
    registries = load_registries([registry_path])
    report = check_registries(registries, Filters(), "error")
    documents = read_documents(registries[0].sources.values())
    sentences = {d.source.id: [d.passage_text(p) for p in d.passages] for d in documents}
    story = Tally()
    by_kind: dict[str, Tally] = defaultdict(Tally)
    for result in report.results:
        expected: tuple[Verdict, ...] = (
            result.expect.verdicts if result.expect and result.expect.verdicts else ()
        )
        if not expected:
            continue
        naive = decide(
            [
                StanceResult(source, baseline_stance(result.claim.text, texts), 0.0)
                for source, texts in sentences.items()
            ]
        )
        tally = Tally(claims=1)
        tally.right = int(result.verdict in expected)
        tally.baseline = int(naive in expected)
        should_fail = all(v in FAILING for v in expected)
        tally.false_passes = int(should_fail and result.verdict in PASSING)
        tally.baseline_false_passes = int(should_fail and naive in PASSING)
        if not tally.right:
            got = ", ".join(f"{s.source} {s.stance}" for s in result.stances)
            tally.misses.append(
                f"{folder.name}/{result.claim.id} [{kinds.get(result.claim.id)}]: got"
                f" {result.verdict} ({got}), expected {'/'.join(expected)}"
                + ("  FALSE PASS" if tally.false_passes else "")
            )
        story.add(tally)
        by_kind[kinds.get(result.claim.id, "?")].add(tally)
    return story, by_kind


def score(split: str | None = None) -> dict[str, Any]:
    where = splits()
    totals: dict[str, Tally] = defaultdict(Tally)
    stories: dict[str, dict[str, Any]] = {}
    kinds: dict[str, Tally] = defaultdict(Tally)
    misses: list[str] = []
    for folder in story_folders():
        part = where[folder.name]
        if split and part != split:
            continue
        story, by_kind = score_story(folder)
        stories[folder.name] = {
            "split": part, "domain": domain(folder / "story.yaml"), **story.as_dict()
        }  # fmt: skip
        totals[part].add(story)
        totals["all"].add(story)
        for kind, tally in by_kind.items():
            kinds[kind].add(tally)
        misses += story.misses
    return {
        "totals": {name: tally.as_dict() for name, tally in totals.items()},
        "stories": stories,
        "kinds": {name: tally.as_dict() for name, tally in sorted(kinds.items())},
        "misses": misses,
    }


def _row(name: str, figures: dict[str, Any]) -> str:
    def pct(value: float | None) -> str:
        return "   -" if value is None else f"{100 * value:4.0f}%"

    return (
        f"{name:34} {figures['claims']:5}  {pct(figures['accuracy'])}  "
        f"{pct(figures['baseline_accuracy'])}  {figures['false_passes']:3}  "
        f"{figures['baseline_false_passes']:3}"
    )


def render(result: dict[str, Any], show_misses: bool) -> str:
    head = f"{'':34} {'claims':>5}  {'fc':>5}  {'naive':>5}  {'FP':>3}  {'nFP':>3}"
    lines = [head, "-" * len(head)]
    for name in ("all", "dev", "test"):
        if name in result["totals"]:
            lines.append(_row(name, result["totals"][name]))
    lines += ["", "per story"]
    for name, figures in result["stories"].items():
        lines.append(_row(f"{name} ({figures['split']}, {figures['domain']})", figures))
    lines += ["", "per kind"]
    for name, figures in result["kinds"].items():
        lines.append(_row(name, figures))
    lines += [
        "",
        "fc: factcheck's verdict accepted by the label; naive: the baseline; FP: false",
        "passes (labelled contradicted/unsupported, reported agreement/uncorroborated).",
    ]
    if show_misses and result["misses"]:
        lines += ["", "misses:", *result["misses"]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), help="only these stories")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list every wrong verdict")
    args = parser.parse_args(argv)
    result = score(args.split)
    if args.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        sys.stdout.write(render(result, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
