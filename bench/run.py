#!/usr/bin/env python3
"""Time factcheck on synthetic corpora of growing size: the figures for the README and
for closing notes.

Usage: python bench/run.py --generator MAKE_CORPUS.py [--sizes 1000,2000] [--jobs 1,2]
                           [--runs 1] [--keep DIR]

The generator is a script that writes N documents and N claims with known verdicts:
``MAKE_CORPUS.py --docs N --claims N --seed 7 OUT`` (OUT/registry.yaml and OUT/docs/).
For each size and each --jobs, ``factcheck check OUT/registry.yaml --format json`` runs
in a process of its own, cold (an empty cache of its own) and then warm (that cache
filled); the table gives the wall times (the median of --runs), the peak memory of the
cold run's largest process, the size of its JSON report, the share of the corpus's
expectations met, and the ratio of the cold wall time to the tokenising floor: reading
and tokenising every document, the least any check has to do. Only the standard library
and factcheck.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck.check import alias_table, all_sources, read_documents
from factcheck.index import Corpus
from factcheck.registry import load_registries

# Runs one command and prints its wall time and the peak memory of its largest process
# (the kernel keeps the maximum over every child reaped, workers included)
_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - started
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generator", type=Path, required=True, help="the corpus script")
    parser.add_argument("--sizes", default="1000", help="comma-separated N (default 1000)")
    parser.add_argument("--jobs", default="1", help="comma-separated --jobs (default 1)")
    parser.add_argument("--runs", type=int, default=1, help="runs of each (median shown)")
    parser.add_argument("--keep", type=Path, help="keep the corpora here (built once)")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    jobs = [j.strip() for j in args.jobs.split(",")]
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        print("| N | jobs | cold s | warm s | peak MB | report MB | expectations met | × floor |")
        print("|---|---|---|---|---|---|---|---|")
        for size in sizes:
            corpus = _corpus(args.generator, folder / f"c{size}", size)
            floor = _tokenising_floor(corpus / "registry.yaml")
            for job in jobs:
                row = _measure(corpus, job, args.runs, Path(scratch))
                cold, warm, peak_kb, report_bytes, met, total = row
                print(
                    f"| {size} | {job} | {cold:.1f} | {warm:.1f} | {peak_kb / 1024:.0f} "
                    f"| {report_bytes / 1e6:.1f} | {met}/{total} | {cold / floor:.1f} |",
                    flush=True,
                )
            print(f"<!-- N={size}: tokenising floor {floor:.2f} s -->", flush=True)
    return 0


def _corpus(generator: Path, folder: Path, size: int) -> Path:
    if not (folder / "registry.yaml").exists():
        subprocess.run(
            [sys.executable, str(generator), "--docs", str(size), "--claims", str(size),
             "--seed", "7", str(folder)],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    return folder


def _tokenising_floor(registry: Path) -> float:
    """Seconds to read every document and build the index of its words."""
    registries = load_registries([registry])
    started = time.perf_counter()
    documents = read_documents(all_sources(registries))
    Corpus(documents, alias_table(registries, documents))
    return time.perf_counter() - started


def _measure(
    corpus: Path, jobs: str, runs: int, scratch: Path
) -> tuple[float, float, int, int, int, int]:
    report = scratch / "report.json"
    colds, warms, peaks = [], [], []
    command = [sys.executable, "-m", "factcheck", "check", str(corpus / "registry.yaml")]
    command += ["--format", "json", "--output", str(report), "--jobs", jobs]
    for run in range(runs):
        cache = scratch / f"cache-{corpus.name}-{jobs}-{run}"
        cold, peak = _timed(command, cache)
        warm, _ = _timed(command, cache)
        shutil.rmtree(cache, ignore_errors=True)
        colds.append(cold)
        warms.append(warm)
        peaks.append(peak)
    expectations = json.loads(report.read_text(encoding="utf-8"))["summary"]["expectations"]
    met, unmet = expectations["met"], expectations["unmet"]
    size = report.stat().st_size
    return statistics.median(colds), statistics.median(warms), max(peaks), size, met, met + unmet


def _timed(command: list[str], cache: Path) -> tuple[float, int]:
    """Wall seconds and peak KB of one run, with the cache in ``cache``."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        check=True, capture_output=True, text=True,
        env={**os.environ, "FACTCHECK_CACHE_DIR": str(cache)},
    )  # fmt: skip
    wall, peak, code = done.stdout.split()
    if code not in ("0", "1"):  # 1: the corpus has claims that fail, as it should
        raise SystemExit(f"factcheck exited with {code}: {' '.join(command)}")
    return float(wall), int(peak)


if __name__ == "__main__":
    sys.exit(main())
