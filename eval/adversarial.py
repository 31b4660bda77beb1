"""Score factcheck on adversarial claim and passage pairs, written blind.

    python eval/adversarial.py         # right and false supports per set
    python eval/adversarial.py --show  # every pair factcheck gets wrong
    python eval/adversarial.py --json  # the figures as JSON (the tests' ratchet reads it)

Each pair in ``eval/adversarial/set*.yaml`` is one passage (a one-document story) and
one claim, labelled with the stance a careful fact-checker gives, by someone who saw
only the stance table. Most pairs are built so that a passage shares the claim's words,
names and figures without stating it: a *false support* (factcheck says supports where
the label does not) is the error they look for.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from factcheck.check import run_check

HERE = Path(__file__).resolve().parent
SETS = HERE / "adversarial"


def judge(passage: str, claim: str, folder: Path) -> str:
    """The stance factcheck gives the passage on the claim."""
    (folder / "wire.txt").write_text(passage + "\n", encoding="utf-8")
    registry = {
        "version": 1,
        "sources": {"wire": {"path": "wire.txt"}},
        "claims": [{"id": "pair", "claim": claim}],
    }
    path = folder / "registry.yaml"
    path.write_text(yaml.safe_dump(registry, allow_unicode=True, width=1000), encoding="utf-8")
    (result,) = run_check([path]).results
    return result.stance_of("wire").stance


def score(show: bool = False) -> dict[str, dict[str, Any]]:
    figures: dict[str, dict[str, Any]] = {}
    for path in sorted(SETS.glob("set*.yaml"), key=lambda p: int(p.stem.removeprefix("set"))):
        pairs = yaml.safe_load(path.read_text(encoding="utf-8"))["pairs"]
        right = false_supports = 0
        for number, pair in enumerate(pairs):
            with tempfile.TemporaryDirectory() as folder:
                got = judge(pair["passage"], pair["claim"], Path(folder))
            right += got == pair["stance"]
            false_supports += got == "supports" and pair["stance"] != "supports"
            if show and got != pair["stance"]:
                print(f"{path.stem} #{number}: {got}, labelled {pair['stance']} ({pair['trick']})")
                print(f"    claim:   {pair['claim']}\n    passage: {pair['passage']}")
        figures[path.stem] = {
            "pairs": len(pairs),
            "right": right,
            "false_supports": false_supports,
        }
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each pair it gets wrong")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = parser.parse_args(argv)
    figures = score(options.show)
    if options.json:
        json.dump(figures, sys.stdout, indent=2)
        print()
        return
    for name, row in figures.items():
        print(
            f"{name}: {row['right']} of {row['pairs']} right,"
            f" {row['false_supports']} false supports"
        )


if __name__ == "__main__":
    main()
