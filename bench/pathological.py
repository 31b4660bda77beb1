#!/usr/bin/env python3
"""Time factcheck on pathological documents: text handling must stay linear in size.

Usage: python bench/pathological.py [--size MB] [--only NAME ...] [--keep DIR] [--target S]
                                    [--claim-target S] [--timeout S]

Writes one document per shape (about --size MB each: a long one-line script, an inline
base64 image, a transcript with no capitals, unclosed tags, comments and scripts, deep
nesting, a line of prose without a full stop, a line of spaces, ...), each with a tiny
registry (one claim, one quote), then reads and segments it and runs the whole check
in-process. Prints seconds and seconds per MB for each, and the worst; the exit code is 1
when the worst exceeds --target seconds per MB (--claim-target for a long claim: every word
of a claim is judged, not only read) or a document runs past --timeout seconds
(which makes it usable on an older factcheck: PYTHONPATH=/old/checkout python bench/...).
Only the standard library and factcheck.
"""

from __future__ import annotations

import argparse
import base64
import random
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.check import run_check
from factcheck.documents import read_document
from factcheck.model import Source

WORDS = (
    "the minister said talks were held in the capital on tuesday officials agreed that"
    " and 27 delegations met for trade cooperation investment on 25 September 2024 with"
    " partners"
).split()
QUOTE = "talks were held in the capital"
STORY = (
    "<p>Minister Lan Pham said talks were held in the capital on Tuesday. Officials"
    " agreed on 27 trade projects.</p>"
)
REGISTRY = """version: 1
sources:
  doc:
    path: {path}
claims:
  - id: talks
    claim: "{claim}"
    attributed_to:
      - source: doc
        speaker: Lan Pham
        quote: "{quote}"
"""


def _words(size: int, rng: random.Random, letters_only: bool = False) -> str:
    """About ``size`` characters of lower-case words from WORDS (no numbers if asked)."""
    vocabulary = [w.lower() for w in WORDS if w.isalpha() or not letters_only]
    out: list[str] = []
    length = 0
    while length < size:
        out.append(rng.choice(vocabulary))
        length += len(out[-1]) + 1
    return " ".join(out)


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def next_data(size: int, rng: random.Random) -> tuple[str, str]:
    """A saved web page whose state sits in one long line of JSON in a script."""
    items = ",".join(f'{{"id":{i},"text":"{_words(60, rng)}"}}' for i in range(max(1, size // 90)))
    script = f'<script id="__NEXT_DATA__" type="application/json">{{"items":[{items}]}}</script>'
    return ".html", f"<html><head><title>T</title></head><body>{STORY}\n{script}</body></html>"


def inline_image(size: int, rng: random.Random) -> tuple[str, str]:
    """An inline base64 image: one attribute as long as the page."""
    data = base64.b64encode(rng.randbytes(size * 3 // 4)).decode()
    return ".html", f'<html><body>{STORY}<img src="data:image/png;base64,{data}"></body></html>'


def lowercase_transcript(size: int, rng: random.Random) -> tuple[str, str]:
    """A transcript with no capitals or figures: no full stop ever ends a sentence."""
    lines = [_words(60, rng, True) + ". " + _words(10, rng, True) for _ in range(size // 80)]
    return ".txt", f"{STORY[3:-4].lower()}\n" + "\n".join(lines) + "\n"


def one_line_prose(size: int, rng: random.Random) -> tuple[str, str]:
    """One enormous line of prose, commas but no full stop."""
    clauses = [_words(70, rng) for _ in range(max(1, size // 72))]
    return ".txt", STORY[3:-4] + " " + ", ".join(clauses) + "\n"


def space_line(size: int, rng: random.Random) -> tuple[str, str]:
    """A line of nothing but spaces between two paragraphs (what blanked markup becomes)."""
    return ".txt", STORY[3:-4] + "\n" + " " * size + "\nThe talks ended.\n"


def unclosed_tags(size: int, rng: random.Random) -> tuple[str, str]:
    """'<b <b <b ...' with no '>' anywhere after."""
    return ".html", STORY + " " + _repeat("<b ", size)


def open_divs(size: int, rng: random.Random) -> tuple[str, str]:
    """Tens of thousands of '<div>' never closed, each a block tag."""
    return ".html", STORY + _repeat("<div>", size) + "The talks ended."


def nested_divs(size: int, rng: random.Random) -> tuple[str, str]:
    """Deep nesting: divs opened, a story, divs closed."""
    half = size // 2
    return ".html", _repeat("<div>", half) + STORY + _repeat("</div>", half)


def unclosed_comments(size: int, rng: random.Random) -> tuple[str, str]:
    """'<!-- x' again and again, never closed."""
    return ".html", STORY + " " + _repeat("<!-- x ", size)


def unclosed_scripts(size: int, rng: random.Random) -> tuple[str, str]:
    """'<script>x' again and again, never closed."""
    return ".html", STORY + " " + _repeat("<script>x ", size)


def unclosed_heads(size: int, rng: random.Random) -> tuple[str, str]:
    """'<head>' and '<svg>' opened and never closed (they hide nothing then)."""
    return ".html", STORY + " " + _repeat("<head><svg>x ", size)


def unclosed_meta(size: int, rng: random.Random) -> tuple[str, str]:
    """'<meta' and '<time' tags with no '>' after them (the publication date search)."""
    return ".html", STORY + " " + _repeat('<meta name="date" <time datetime= ', size)


def unclosed_cdata(size: int, rng: random.Random) -> tuple[str, str]:
    """'<![CDATA[' sections that never end, each cut short by a '>'."""
    return ".html", STORY + " " + _repeat("<![CDATA[x> y ", size)


def dot_run(size: int, rng: random.Random) -> tuple[str, str]:
    """A line of full stops (a table of contents' leader dots, gone wrong)."""
    return ".txt", STORY[3:-4] + " Contents " + "." * size + " 5\n"


def all_caps(size: int, rng: random.Random) -> tuple[str, str]:
    """A shouted press release: every word capitalised (names are runs of capitals)."""
    body = _words(size, rng).upper()
    return ".txt", f"{STORY[3:-4]}\n{body}. MINISTER LAN PHAM SAID {QUOTE.upper()}.\n"


def markdown_brackets(size: int, rng: random.Random) -> tuple[str, str]:
    """Markdown with a long line of '[' and no ']'."""
    return ".md", STORY[3:-4] + "\n\n" + "[" * size + "\n"


def long_claim(size: int, rng: random.Random) -> str:
    """A claim a tenth of the size, one sentence naming the same people and date again and
    again (a registry pasted wrong): its names and dates are looked at once each."""
    sentence = "Minister Lan Pham met Tam Tran in the capital on 25 September 2024. "
    return _repeat(sentence, size // 10).strip()


CLAIM = "Minister Lan Pham said talks were held in the capital on Tuesday."
CLAIM_CASES: dict[str, Callable[[int, random.Random], str]] = {"long-claim": long_claim}
CASES: dict[str, Callable[[int, random.Random], tuple[str, str]]] = {
    "next-data-script": next_data,
    "inline-base64-image": inline_image,
    "lowercase-transcript": lowercase_transcript,
    "one-line-prose": one_line_prose,
    "line-of-spaces": space_line,
    "unclosed-tags": unclosed_tags,
    "open-divs": open_divs,
    "nested-divs": nested_divs,
    "unclosed-comments": unclosed_comments,
    "unclosed-scripts": unclosed_scripts,
    "unclosed-head-svg": unclosed_heads,
    "unclosed-meta-time": unclosed_meta,
    "unclosed-cdata": unclosed_cdata,
    "dot-run": dot_run,
    "all-caps": all_caps,
    "markdown-brackets": markdown_brackets,
}


def write_case(directory: Path, name: str, size: int) -> tuple[Path, Path]:
    """Write one document and its registry: (registry, document)."""
    claim = CLAIM
    if name in CLAIM_CASES:
        suffix, text = ".html", STORY
        claim = CLAIM_CASES[name](size, random.Random(name))
    else:
        suffix, text = CASES[name](size, random.Random(name))
    document = directory / f"{name}{suffix}"
    document.write_text(text, encoding="utf-8")
    registry = directory / f"{name}.yaml"
    registry.write_text(
        REGISTRY.format(path=document.name, quote=QUOTE, claim=claim), encoding="utf-8"
    )
    return registry, document


class _TimedOut(Exception):
    pass


def _time_out(signum: int, frame: object) -> None:
    raise _TimedOut


def time_case(registry: Path, document: Path) -> tuple[float, float, int]:
    """(seconds to read and segment, seconds for the whole check, passages)."""
    source = Source(id="doc", path=document, display_path=document.name)
    started = time.perf_counter()
    read = read_document(source)
    segmented = time.perf_counter() - started
    started = time.perf_counter()
    run_check([registry])
    checked = time.perf_counter() - started
    return segmented, checked, len(read.passages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1.0, help="MB per document (default 1)")
    shapes = sorted([*CASES, *CLAIM_CASES])
    parser.add_argument("--only", nargs="+", choices=shapes, help="run these shapes only")
    parser.add_argument("--keep", type=Path, help="write the documents here and keep them")
    parser.add_argument("--target", type=float, default=1.0, help="worst s/MB allowed (1)")
    parser.add_argument(
        "--claim-target", type=float, default=10.0, help="worst s/MB of a long claim (10)"
    )
    parser.add_argument("--timeout", type=int, default=0, help="give up on a document after S s")
    args = parser.parse_args(argv)
    size = int(args.size * 1_000_000)
    signal.signal(signal.SIGALRM, _time_out)
    worst = ("", 0.0, args.target)  # the shape furthest over its target, s/MB, target
    with tempfile.TemporaryDirectory() as temporary:
        directory = args.keep or Path(temporary)
        directory.mkdir(parents=True, exist_ok=True)
        print(
            f"{'document':<22} {'MB':>5} {'read s':>7} {'check s':>8} {'s/MB':>6} {'passages':>8}"
        )
        for name in args.only or [*CASES, *CLAIM_CASES]:
            registry, document = write_case(directory, name, size)
            written = registry if name in CLAIM_CASES else document  # what is long
            megabytes = written.stat().st_size / 1e6
            target = args.claim_target if name in CLAIM_CASES else args.target
            signal.alarm(args.timeout)
            try:
                segmented, checked, passages = time_case(registry, document)
            except _TimedOut:
                print(f"{name:<22} {megabytes:5.2f} {'over ' + str(args.timeout) + ' s':>16}")
                worst = (name, float("inf"), target)
                continue
            finally:
                signal.alarm(0)
            per_mb = checked / megabytes
            worst = max(worst, (name, per_mb, target), key=lambda w: w[1] / w[2])
            print(
                f"{name:<22} {megabytes:5.2f} {segmented:7.2f} {checked:8.2f}"
                f" {per_mb:6.2f} {passages:8d}",
                flush=True,
            )
    ok = worst[1] <= worst[2]
    print(f"worst: {worst[0]} {worst[1]:.2f} s/MB", "(ok)" if ok else f"(target {worst[2]} s/MB)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
