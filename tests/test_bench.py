"""bench/run.py, the benchmark behind the README's speed figures, on a tiny corpus: one
row per size and --jobs, with every synthetic expectation met."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"


def test_the_benchmark_prints_a_row_per_size_and_jobs() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--generator", str(MAKE_CORPUS),
         "--sizes", "20,40", "--jobs", "1,2"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    rows = [line.split("|")[1:-1] for line in done.stdout.splitlines() if line[:3] == "| 2"]
    rows += [line.split("|")[1:-1] for line in done.stdout.splitlines() if line[:3] == "| 4"]
    assert [(r[0].strip(), r[1].strip()) for r in rows] == [
        ("20", "1"), ("20", "2"), ("40", "1"), ("40", "2"),
    ]  # fmt: skip
    assert [r[6].strip() for r in rows] == ["20/20", "20/20", "40/40", "40/40"]
    assert all(float(r[2]) > 0 and float(r[3]) > 0 for r in rows)  # cold and warm, both timed
    assert all(float(r[7]) >= 1 for r in rows)  # a check costs more than reading
