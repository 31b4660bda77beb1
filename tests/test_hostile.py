"""Hostile and unusual input, as a careless or malicious user would give it.

Every case runs a real command on a small story and asserts what a user (or CI)
would notice: the exit code; for an input error, one message on stderr that names
the file; never a traceback; and, from a snapshot of every file before and after,
that nothing changed on disk but the outputs the case asked for. Cases that need
a real process (FIFOs, devices, signals, pipes, stdout encodings) are in
test_hostile_process.py.
"""

from __future__ import annotations

import json
import os
import stat
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

WIRE = (
    "HANOI, September 26, 2024\n\n"
    "Lam and Biden held talks in New York on September 25, 2024. "
    "The talks were carried out in a warm atmosphere.\n"
)
DAILY = textwrap.dedent(
    """\
    ---
    title: Talks in New York
    published: 2024-09-27
    ---
    # Talks

    On September 25, 2024, Lam and Biden held talks in New York. Forty countries took part.
    """
)
REGISTRY = textwrap.dedent(
    """\
    version: 1
    sources:
      wire:
        path: docs/wire.txt
      daily:
        path: docs/daily.md
    claims:
      - id: talks
        claim: Lam and Biden held talks in New York on September 25, 2024.
        attributed_to:
          - source: wire
            quote: "Lam and Biden held talks in New York"
        expect: agreement
    """
)
SECRET = "The vault code is 4321 and the board met on 3 March 2024.\n"


def registry_with(**replace: str) -> str:
    """The default registry with some of its lines replaced (old line -> new lines)."""
    text = REGISTRY
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def claim_text(text: str) -> str:
    return registry_with(**{"    claim: Lam and Biden held talks in New York on September 25, 2024.":
                            f"    claim: {text}"})  # fmt: skip


def source_path(path: str) -> str:
    return registry_with(**{"    path: docs/wire.txt": f"    path: {path}"})


Setup = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    """One hostile run: files written into the story, then ``factcheck ARGS`` in it."""

    id: str
    args: tuple[str, ...]
    exit: int | tuple[int, ...]
    names: str | None = None  # what the one stderr line must name (None: nothing said)
    files: dict[str, str | bytes] = field(default_factory=dict)
    setup: Setup | None = None
    changes: tuple[str, ...] = ()  # files (relative to the story) the run may write
    stdout: str | None = None  # text stdout must contain
    stderr_lines: int | None = 1  # None: any number of lines (several problems)


def symlink(link: str, target: str) -> Setup:
    def make(story: Path) -> None:
        (story / link).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, story / link)

    return make


def chmod(name: str, mode: int) -> Setup:
    return lambda story: (story / name).chmod(mode)


def mkdir(name: str) -> Setup:
    return lambda story: (story / name).mkdir(parents=True)


def hardlink(link: str, target: str) -> Setup:
    return lambda story: os.link(story / target, story / link)


def all_of(*steps: Setup) -> Setup:
    def run(story: Path) -> None:
        for step in steps:
            step(story)

    return run


BOMB = "x-bomb:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"  {chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(8)
)
DEEP = "[" * 500 + "]" * 500
CHECK = ("check", "reg.yaml")

# --- registries -----------------------------------------------------------------------

REGISTRY_CASES = [
    Case("yaml-syntax", CHECK, 2, "reg.yaml:", {"reg.yaml": 'version: 1\nsources: {a: "x\n'}),
    Case("yaml-tab-indent", CHECK, 2, "reg.yaml:", {"reg.yaml": "version: 1\nsources:\n\tx: 1\n"}),
    Case("top-level-list", CHECK, 2, "reg.yaml:1:1", {"reg.yaml": "- version: 1\n"}),
    Case("empty-file", CHECK, 2, "reg.yaml:1:1", {"reg.yaml": ""}),
    Case("only-comments", CHECK, 2, "reg.yaml:1:1", {"reg.yaml": "# nothing here\n"}),
    Case("no-version", CHECK, 2, "reg.yaml:1:1", {"reg.yaml": REGISTRY.replace("version: 1\n", "")}),
    Case("version-2", CHECK, 2, "reg.yaml:1:10",
         {"reg.yaml": REGISTRY.replace("version: 1", "version: 2")}),
    Case("version-word", CHECK, 2, "reg.yaml:1:10",
         {"reg.yaml": REGISTRY.replace("version: 1", "version: one")}),
    Case("unknown-top-key", CHECK, 2, "reg.yaml:1:1",
         {"reg.yaml": "titel: x\n" + REGISTRY}),
    Case("no-sources", CHECK, 2, "reg.yaml", {"reg.yaml": "version: 1\nclaims: []\n"},
         stderr_lines=None),
    Case("sources-a-list", CHECK, 2, "reg.yaml",
         {"reg.yaml": "version: 1\nsources: [a, b]\nclaims:\n  - {id: a, claim: b}\n"}),
    Case("source-id-capitals", CHECK, 2, "reg.yaml:3:3",
         {"reg.yaml": REGISTRY.replace("  wire:", "  Wire:").replace("source: wire", "source: daily")}),
    Case("source-without-path", CHECK, 2, "reg.yaml:4:5",
         {"reg.yaml": registry_with(**{"    path: docs/wire.txt": "    outlet: Wire"})}),
    Case("source-path-empty", CHECK, 2, "reg.yaml:4:11", {"reg.yaml": source_path('""')}),
    Case("source-path-number", CHECK, 2, "reg.yaml:4:11", {"reg.yaml": source_path("5")}),
    Case("source-pdf-broken", CHECK, 2, "docs/wire.pdf: not a readable PDF",
         {"reg.yaml": source_path("docs/wire.pdf"), "docs/wire.pdf": b"%PDF-1.4\n"}),
    Case("source-odt", CHECK, 2, "reg.yaml:4:11", {"reg.yaml": source_path("docs/wire.odt"),
                                                  "docs/wire.odt": b"PK\x03\x04"}),
    Case("source-missing", CHECK, 2, "reg.yaml:4:11", {"reg.yaml": source_path("docs/gone.txt")}),
    Case("source-a-folder", CHECK, 2, "reg.yaml:4:11", {"reg.yaml": source_path("docs/dir.txt")},
         setup=mkdir("docs/dir.txt")),
    Case("source-nul-byte", CHECK, 2, "reg.yaml:4:11",
         {"reg.yaml": source_path('"docs/wi\\0re.txt"')}),
    Case("source-tilde", CHECK, 2, "reg.yaml:4:11", {"reg.yaml": source_path("~/wire.txt")}),
    Case("source-symlink-loop", CHECK, 2, "reg.yaml:4:11",
         {"reg.yaml": source_path("docs/loop.txt")},
         setup=all_of(symlink("docs/loop.txt", "loop2.txt"), symlink("docs/loop2.txt", "loop.txt"))),
    Case("duplicate-source-id", CHECK, 2, "reg.yaml:5:3",
         {"reg.yaml": registry_with(**{"  daily:": "  wire:"})}),
    Case("duplicate-claim-id", CHECK, 2, "reg.yaml:14:5",
         {"reg.yaml": REGISTRY + "  - id: talks\n    claim: Again.\n"}),
    Case("claim-without-id", CHECK, 2, "reg.yaml:14:5",
         {"reg.yaml": REGISTRY + "  - claim: No id here.\n"}),
    Case("claim-without-text", CHECK, 2, "reg.yaml:14:5",
         {"reg.yaml": REGISTRY + "  - id: bare\n"}),
    Case("claim-text-a-mapping", CHECK, 2, "reg.yaml:9:12", {"reg.yaml": claim_text("{a: b}")}),
    Case("claims-empty", CHECK, 2, "reg.yaml:7:9",
         {"reg.yaml": REGISTRY[: REGISTRY.index("claims:")] + "claims: []\n"}),
    Case("claims-a-mapping", CHECK, 2, "reg.yaml:7:9",
         {"reg.yaml": REGISTRY[: REGISTRY.index("claims:")] + "claims: {a: b}\n"}),
    Case("attribution-unknown-source", CHECK, 2, "reg.yaml:11:17",
         {"reg.yaml": registry_with(**{"source: wire": "source: wyre"})}),
    Case("attribution-without-source", CHECK, 2, "reg.yaml:11:9",
         {"reg.yaml": registry_with(**{"      - source: wire": "      - speaker: Son"})},
         stderr_lines=None),
    Case("expect-unknown-verdict", CHECK, 2, "reg.yaml:13:13",
         {"reg.yaml": registry_with(**{"expect: agreement": "expect: agreed"})}),
    Case("expect-unknown-stance-source", CHECK, 2, "reg.yaml:13:24",
         {"reg.yaml": registry_with(**{"expect: agreement": "expect: {stances: {ap: supports}}"})}),
    Case("expect-bad-stance", CHECK, 2, "reg.yaml:13:30",
         {"reg.yaml": registry_with(**{"expect: agreement": "expect: {stances: {wire: agrees}}"})}),
    Case("aliases-a-list", CHECK, 2, "reg.yaml:7:10",
         {"reg.yaml": REGISTRY.replace("claims:", "aliases: [a, b]\nclaims:")}),
    Case("alias-bomb", CHECK, 2, "reg.yaml:1:1", {"reg.yaml": BOMB + REGISTRY}),
    Case("alias-bomb-in-claim", CHECK, 2, "reg.yaml:1:1",
         {"reg.yaml": BOMB + claim_text("*i")}),
    Case("alias-text-bomb", CHECK, 2, "MB of text",
         {"reg.yaml": REGISTRY.replace("claims:\n", 'x-long: &L "' + "word " * 12000 + '"\nclaims:\n')
          + "".join(f"  - {{id: c{n}, claim: *L}}\n" for n in range(400))}),
    Case("alias-to-itself", CHECK, 2, "reg.yaml:1:",
         {"reg.yaml": "x-loop: &loop [*loop]\n" + REGISTRY}),
    Case("nested-500-deep", CHECK, 2, "reg.yaml:9:12", {"reg.yaml": claim_text(DEEP)}),
    Case("nested-5000-deep", CHECK, 2, "reg.yaml:",
         {"reg.yaml": "x-deep: " + "[" * 5000 + "]" * 5000 + "\n" + REGISTRY}),
    Case("python-tag", CHECK, 2, "reg.yaml:9:12",
         {"reg.yaml": claim_text("!!python/object/apply:os.system [touch pwned]")}),
    Case("python-tag-in-extension", CHECK, 0, None,
         {"reg.yaml": "x-evil: !!python/object/apply:os.system [touch pwned]\n" + REGISTRY}),
    Case("latin-1-registry", CHECK, 2, "reg.yaml:9:1",
         {"reg.yaml": claim_text("Lâm met Biden.").encode("latin-1")}),
    Case("utf-16-registry", CHECK, 2, "reg.yaml:1:1", {"reg.yaml": REGISTRY.encode("utf-16")}),
    Case("binary-registry", CHECK, 2, "reg.yaml", {"reg.yaml": bytes(range(256)) * 4}),
    Case("registry-missing", ("check", "nowhere.yaml"), 2, "nowhere.yaml"),
    Case("registry-folder-without-yaml", ("check", "docs"), 2, "docs"),
    Case("registry-symlink-loop", ("check", "loop.yaml"), 2, "loop.yaml",
         setup=all_of(symlink("loop.yaml", "loop2.yaml"), symlink("loop2.yaml", "loop.yaml"))),
    Case("registry-nul-byte", ("check", "reg\0.yaml"), 2, "NUL", stderr_lines=None),
    Case("registry-twice", ("check", "reg.yaml", "reg.yaml"), 0, None),
    Case("registry-twice-other-spelling", ("check", "reg.yaml", "./reg.yaml", "../story/reg.yaml"),
         0, None),
    Case("registry-too-large", CHECK, 2, "reg.yaml",
         {"reg.yaml": REGISTRY + "# " + "x" * (21 * 1024 * 1024) + "\n"}),
    Case("published-not-a-date", CHECK, 2, "reg.yaml:5:16",
         {"reg.yaml": registry_with(**{"    path: docs/wire.txt":
                                       "    path: docs/wire.txt\n    published: someday"})}),
    Case("published-9999", CHECK, (0, 1), None,
         {"reg.yaml": registry_with(**{"    path: docs/wire.txt":
                                       "    path: docs/wire.txt\n    published: 9999-12-31"}),
          "docs/wire.txt": "Next year they meet again. On September 25 they met.\n"}),
    Case("published-0001", CHECK, (0, 1), None,
         {"reg.yaml": registry_with(**{"    path: docs/wire.txt":
                                       "    path: docs/wire.txt\n    published: 0001-01-01"}),
          "docs/wire.txt": "Last year they met. On January 2 they met again, 30 years ago.\n"}),
    Case("complex-key", CHECK, 2, "reg.yaml:1:3", {"reg.yaml": "? [a, b]\n: c\n" + REGISTRY}),
    Case("duplicate-key", CHECK, 2, "reg.yaml:10:5",
         {"reg.yaml": claim_text("One.\n    claim: Two.")}),
    Case("crlf-line-ends", CHECK, 0, None, {"reg.yaml": REGISTRY.replace("\n", "\r\n")}),
    Case("line-separator-in-title", CHECK, 2, "reg.yaml:14:13",
         {"reg.yaml": 'title: "a\u2028b\x85c"\n' + registry_with(**{"expect: agreement": "expect: agreed"})}),
    Case("lone-cr-in-a-string", CHECK, 2, "reg.yaml:14:13",
         {"reg.yaml": 'title: "a\rb"\n' + registry_with(**{"expect: agreement": "expect: agreed"})}),
    Case("expect-empty-list", CHECK, 2, "reg.yaml:13:13",
         {"reg.yaml": registry_with(**{"expect: agreement": "expect: []"})}),
    Case("expect-empty-verdict", CHECK, 2, "reg.yaml:13:23",
         {"reg.yaml": registry_with(**{"expect: agreement": "expect: {verdict: []}"})}),
    Case("expect-empty-stances", CHECK, 2, "reg.yaml:13:23",
         {"reg.yaml": registry_with(**{"expect: agreement": "expect: {verdict: [], stances: {}}"})}),
    Case("source-id-x-prefix-cited", CHECK, 2, "extensions",
         {"reg.yaml": registry_with(**{"  wire:": "  x-ray:", "source: wire": "source: x-ray"})}),
    Case("two-ids-one-hard-linked-file", CHECK, 2, "reg.yaml:5:3",
         {"reg.yaml": registry_with(**{"    path: docs/daily.md": "    path: docs/hard.txt"})},
         setup=hardlink("docs/hard.txt", "docs/wire.txt")),
    Case("duplicate-stance-key", CHECK, 2, "reg.yaml:13:40",
         {"reg.yaml": registry_with(**{"expect: agreement": "expect: {stances: {wire: supports, wire: silent}}"})}),
    Case("duplicate-alias-key", CHECK, 2, "reg.yaml:9:3",
         {"reg.yaml": REGISTRY.replace("claims:", "aliases:\n  Lam: [To Lam]\n  Lam: [Lâm]\nclaims:")}),
    Case("expect-empty-stance-list", CHECK, 2, "reg.yaml:13:30",
         {"reg.yaml": registry_with(**{"expect: agreement": "expect: {stances: {wire: [], daily: silent}}"})}),
    Case("expect-empty-verdict-with-stances", CHECK, 2, "reg.yaml:13:23",
         {"reg.yaml": registry_with(**{"expect: agreement": "expect: {verdict: [], stances: {wire: supports}}"})}),
    Case("source-path-a-folder", CHECK, 2, "is a folder", {"reg.yaml": source_path("docs")}),
    Case("registry-suffix-in-capitals", ("check", "upper"), 0, None, {"upper/R.YAML": REGISTRY.replace("docs/", "../docs/")}),
    Case("two-ids-one-file", CHECK, 2, "reg.yaml:5:3",
         {"reg.yaml": registry_with(**{"    path: docs/daily.md": "    path: docs/../docs/wire.txt"})}),
    Case("source-path-leading-space", CHECK, 0, None,
         {"reg.yaml": source_path('" wire.txt"'), " wire.txt": WIRE}),
    Case("bom-registry", CHECK, 0, None, {"reg.yaml": "\ufeff" + REGISTRY}),
]  # fmt: skip

# --- confinement (item 3) -------------------------------------------------------------

OUTSIDE_CASES = [
    Case("outside-absolute", CHECK, 2, "reg.yaml:4:11", setup=lambda story: (
        (story / "reg.yaml").write_text(source_path(str(story.parents[1] / "secret.txt"))))),
    Case("outside-dotdot", CHECK, 2, "reg.yaml:4:11", {"reg.yaml": source_path("../../secret.txt")}),
    Case("outside-symlink-file", CHECK, 2, "reg.yaml:4:11",
         {"reg.yaml": source_path("docs/inside.txt")},
         setup=symlink("docs/inside.txt", "../../../secret.txt")),
    Case("outside-symlink-folder", CHECK, 2, "reg.yaml:4:11",
         {"reg.yaml": source_path("up/secret.txt")}, setup=symlink("up", "../..")),
    Case("outside-etc", CHECK, 2, "reg.yaml:4:11", {"reg.yaml": source_path("/etc/hostname.txt")}),
    Case("outside-validate", ("validate", "reg.yaml"), 2, "reg.yaml:4:11",
         {"reg.yaml": source_path("../../secret.txt")}),
    Case("outside-sources-command", ("sources", "reg.yaml"), 2, "reg.yaml:4:11",
         {"reg.yaml": source_path("../../secret.txt")}),
    Case("outside-show", ("show", "talks", "reg.yaml"), 2, "reg.yaml:4:11",
         {"reg.yaml": source_path("../../secret.txt")}),
    Case("outside-draft-registry", ("draft", "docs/draft.md", "reg.yaml"), 2, "reg.yaml:4:11",
         {"reg.yaml": source_path("../../secret.txt"), "docs/draft.md": "Lam met Biden.\n"}),
    Case("inside-sibling-folder", CHECK, (0, 1), None,
         {"reg.yaml": source_path("../shared/wire.txt"), "../shared/wire.txt": WIRE}),
    Case("outside-allowed-by-flag", ("check", "reg.yaml", "--source-root", "../.."), (0, 1), None,
         {"reg.yaml": source_path("../../secret.txt")}),
]  # fmt: skip

# --- documents ------------------------------------------------------------------------

DOCUMENT_CASES = [
    Case("doc-png", CHECK, 2, "docs/wire.txt", {"docs/wire.txt": b"\x89PNG\r\n\x1a\n\0\0\0"}),
    Case("doc-pdf", CHECK, 2, "docs/wire.txt", {"docs/wire.txt": b"%PDF-1.7\n%\xe2\xe3\n"}),
    Case("doc-zip", CHECK, 2, "docs/wire.txt", {"docs/wire.txt": b"PK\x03\x04\x14\0\0\0"}),
    Case("doc-latin-1", CHECK, 2, "docs/wire.txt:4",
         {"docs/wire.txt": (WIRE + "Lâm\n").encode("latin-1")}),
    Case("doc-utf-16", CHECK, 2, "docs/wire.txt", {"docs/wire.txt": WIRE.encode("utf-16")}),
    Case("doc-empty", CHECK, 1, "docs/wire.txt", {"docs/wire.txt": ""}),
    Case("doc-only-spaces", CHECK, 1, "docs/wire.txt", {"docs/wire.txt": " \n\t\n" * 100}),
    Case("doc-only-markup", CHECK, 1, "docs/page.html",
         {"reg.yaml": source_path("docs/page.html"),
          "docs/page.html": "<html><head><script>var a = 1;</script></head><body></body></html>"}),
    Case("doc-too-large", CHECK, 2, "docs/wire.txt",
         {"docs/wire.txt": WIRE + "word " * (2 * 1024 * 1024 + 10)}),
    Case("doc-is-a-device", ("check", "reg.yaml", "--source-root", "/"), 2, "docs/null.txt",
         {"reg.yaml": source_path("docs/null.txt")}, setup=symlink("docs/null.txt", "/dev/null")),
    Case("doc-is-dev-zero", ("check", "reg.yaml", "--source-root", "/"), 2, "docs/zero.txt",
         {"reg.yaml": source_path("docs/zero.txt")}, setup=symlink("docs/zero.txt", "/dev/zero")),
    Case("front-matter-invalid", CHECK, 2, "docs/daily.md:3",
         {"docs/daily.md": "---\ntitle: [unclosed\n---\nText.\n"}),
    Case("front-matter-alias-bomb", CHECK, (0, 1), None,
         {"docs/daily.md": "---\n" + BOMB.replace("x-bomb:\n", "bomb:\n") + "---\n" + DAILY}),
    Case("front-matter-deep", CHECK, (0, 1, 2), "docs/daily.md",
         {"docs/daily.md": "---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\nText.\n"},
         stderr_lines=None),
    Case("front-matter-python-tag", CHECK, (0, 1), None,
         {"docs/daily.md": "---\ntitle: !!python/object/apply:os.system [touch pwned]\n---\n"
                           + DAILY}),
    Case("front-matter-9999", CHECK, (0, 1), None,
         {"docs/daily.md": DAILY.replace("2024-09-27", "9999-12-31") + "Next year, again.\n"}),
    Case("front-matter-a-list", CHECK, (0, 1), None, {"docs/daily.md": "---\n- a\n- b\n---\n" + DAILY}),
    Case("html-unclosed-comment", CHECK, (0, 1), None,
         {"reg.yaml": source_path("docs/p.html"), "docs/p.html": "<p>" + WIRE + "</p><!-- x"}),
    Case("html-unclosed-script", CHECK, (0, 1), None,
         {"reg.yaml": source_path("docs/p.html"), "docs/p.html": "<p>" + WIRE + "</p><script>x"}),
    Case("html-unclosed-tags", CHECK, (0, 1), None,
         {"reg.yaml": source_path("docs/p.html"), "docs/p.html": "<p>" + WIRE + "<b " * 3000}),
    Case("html-bad-entities", CHECK, (0, 1), None,
         {"reg.yaml": source_path("docs/p.html"),
          "docs/p.html": "<p>&#99999999; &#x110000; &#0; &bogus; &amp" + WIRE + "</p>"}),
    Case("doc-nul-late", CHECK, (0, 1), None, {"docs/wire.txt": WIRE + "x" * 9000 + "\0 end.\n"}),
    Case("doc-cr-only", CHECK, (0, 1), None, {"docs/wire.txt": WIRE.replace("\n", "\r")}),
    Case("doc-ends-with-idiom", CHECK, (0, 1), None,
         {"docs/wire.txt": WIRE + "Lam and Biden sat down."}),
    Case("doc-long-space-line", CHECK, (0, 1), None,
         {"docs/wire.txt": WIRE + " " * 200_000 + "\nEnd.\n"}),
    Case("doc-zero-width-and-rtl", CHECK, (0, 1), None,
         {"docs/wire.txt": "\u200b\u202e" + WIRE + "\u0301\u0301 \ufeff\u2028\u2029\n"}),
    Case("doc-impossible-dates", CHECK, (0, 1), None,
         {"docs/wire.txt": WIRE + "On February 30, 2024 and September 31 and 31/02/2024.\n"}),
    Case("doc-huge-numbers", CHECK, (0, 1), None,
         {"docs/wire.txt": WIRE + "They held 1e308 talks, 99999999999999999999999999 meetings "
                                  "and $9,999,999,999,999 billion in 10^400 deals.\n"}),
]  # fmt: skip

# --- claims and drafts (item 1) -------------------------------------------------------

CLAIM_CASES = [
    Case("claim-ends-with-idiom", CHECK, (0, 1), None,
         {"reg.yaml": claim_text("The talks were carried out.").replace("agreement", "[agreement, uncorroborated, unsupported]")}),
    Case("claim-took-part", CHECK, (0, 1), None,
         {"reg.yaml": claim_text("Forty countries took part.").replace("expect: agreement", "x-e: 1")}),
    Case("claim-sat-down", CHECK, (0, 1), None,
         {"reg.yaml": claim_text("Lam and Biden sat down.").replace("expect: agreement", "x-e: 1")}),
    Case("claim-only-punctuation", CHECK, (0, 1), None,
         {"reg.yaml": claim_text('"?!…"').replace("expect: agreement", "x-e: 1")}),
    Case("claim-100k-characters", CHECK, (0, 1), None,
         {"reg.yaml": claim_text("Lam met Biden in New York. " * 3700).replace("expect: agreement", "x-e: 1")}),
    Case("quote-only-ellipsis", CHECK, (0, 1), None,
         {"reg.yaml": registry_with(**{'quote: "Lam and Biden held talks in New York"': 'quote: "..."'})}),
    Case("draft-ends-with-idiom", ("draft", "docs/draft.md", "reg.yaml"), (0, 1), None,
         {"docs/draft.md": "Lam and Biden held talks in New York. The talks were carried out."}),
    Case("draft-empty", ("draft", "docs/draft.md", "reg.yaml"), 2, "docs/draft.md",
         {"docs/draft.md": ""}),
    Case("draft-only-spaces", ("draft", "docs/draft.md", "reg.yaml"), 2, "docs/draft.md",
         {"docs/draft.md": "\n   \n"}),
    Case("draft-nothing-checkworthy", ("draft", "docs/draft.md", "reg.yaml"), 0, "docs/draft.md",
         {"docs/draft.md": "it was fine.\n"}),
    Case("draft-missing", ("draft", "docs/none.md", "reg.yaml"), 2, "docs/none.md"),
    Case("draft-binary", ("draft", "docs/draft.md", "reg.yaml"), 2, "docs/draft.md",
         {"docs/draft.md": b"\0\1\2"}),
    Case("compare-missing", ("compare", "docs/wire.txt", "docs/none.txt"), 2, "docs/none.txt"),
    Case("draft-with-registry-and-doc", ("draft", "docs/draft.md", "reg.yaml", "docs/wire.txt"), 2, "not both",
         {"docs/draft.md": "Lam met Biden.\n"}, stderr_lines=None),
    Case("draft-is-its-own-source", ("draft", "docs/wire.txt", "--sources", "docs/wire.txt"), 2, "docs/wire.txt"),
    Case("draft-is-a-registry-source", ("draft", "docs/wire.txt", "reg.yaml"), 2, "docs/wire.txt"),
    Case("draft-missing-without-claims", ("draft", "docs/none.md"), 2, "docs/none.md"),
    Case("compare-empty-doc", ("compare", "docs/wire.txt", "docs/empty.txt"), 0, "docs/empty.txt",
         {"docs/empty.txt": ""}),
    Case("extract-binary", ("extract", "docs/bin.txt"), 2, "docs/bin.txt", {"docs/bin.txt": b"\0"}),
]  # fmt: skip

# --- outputs (item 2, item 6) ---------------------------------------------------------

OUTPUT_CASES = [
    Case("out-is-registry", ("check", "reg.yaml", "-o", "reg.yaml"), 2, "reg.yaml"),
    Case("out-is-source", ("check", "reg.yaml", "-o", "docs/wire.txt"), 2, "docs/wire.txt"),
    Case("out-is-source-other-spelling", ("check", "reg.yaml", "-o", "../story/docs/./wire.txt"),
         2, "wire.txt"),
    Case("out-is-source-absolute", ("check", "reg.yaml", "-o", "{story}/docs/wire.txt"), 2,
         "wire.txt"),
    Case("out-hardlink-to-source", ("check", "reg.yaml", "-o", "hard.txt"), 2, "hard.txt",
         setup=hardlink("hard.txt", "docs/wire.txt")),
    Case("out-symlink-to-registry", ("check", "reg.yaml", "-o", "link.yaml"), 2, "link.yaml",
         setup=symlink("link.yaml", "reg.yaml")),
    Case("report-is-registry", ("check", "reg.yaml", "--report", "json:reg.yaml"), 2, "reg.yaml"),
    Case("report-is-folder-after-good-out",
         ("check", "reg.yaml", "-o", "r.json", "--report", "junit:docs"), 2, "docs",
         {"r.json": "old report\n"}),
    Case("same-output-twice", ("check", "reg.yaml", "-o", "r.json", "--report", "json:r.json"),
         2, "r.json"),
    Case("same-report-twice-other-spelling",
         ("check", "reg.yaml", "--report", "json:a.json", "--report", "junit:./a.json"), 2, "a.json"),
    Case("stdout-twice", ("check", "reg.yaml", "-o", "-", "--report", "json:-"), 2,
         "standard output"),
    Case("out-empty-name", ("check", "reg.yaml", "-o", ""), 2, "empty"),
    Case("out-dash-is-stdout", ("check", "reg.yaml", "-o", "-", "--format", "json"), 0, None,
         stdout='"schema_version": 2'),
    Case("out-dev-null", ("check", "reg.yaml", "-o", "/dev/null"), 0, None),
    Case("out-dev-null-twice", ("check", "reg.yaml", "-o", "/dev/null", "--report", "json:/dev/null"),
         0, None),
    Case("out-read-only", ("check", "reg.yaml", "-o", "ro.json"), 2, "ro.json",
         {"ro.json": "keep me\n"}, setup=chmod("ro.json", 0o444)),
    Case("out-a-folder", ("check", "reg.yaml", "-o", "docs"), 2, "docs"),
    Case("out-under-a-file", ("check", "reg.yaml", "-o", "docs/wire.txt/r.json"), 2,
         "docs/wire.txt/r.json"),
    Case("out-nul-byte", ("check", "reg.yaml", "-o", "r\0.json"), 2, "r"),
    Case("out-symlink-loop", ("check", "reg.yaml", "-o", "loop.json"), 2, "loop.json",
         setup=all_of(symlink("loop.json", "loop2.json"), symlink("loop2.json", "loop.json"))),
    Case("out-254-byte-name", ("check", "reg.yaml", "-o", "r" * 249 + ".json"), 0, None,
         changes=("r" * 249 + ".json",)),
    Case("out-new-folder", ("check", "reg.yaml", "-o", "build/deep/r.json"), 0, None,
         changes=("build", "build/deep", "build/deep/r.json")),
    Case("out-replaces-old-report", ("check", "reg.yaml", "-o", "r.json"), 0, None,
         {"r.json": "old\n"}, changes=("r.json",)),
    Case("out-through-symlink", ("check", "reg.yaml", "-o", "link.json"), 0, None,
         {"real.json": "old\n"}, setup=symlink("link.json", "real.json"), changes=("real.json",)),
    Case("out-dangling-symlink", ("check", "reg.yaml", "-o", "link.json"), 0, None,
         setup=symlink("link.json", "made.json"), changes=("made.json",)),
    Case("extract-over-its-source", ("extract", "docs/wire.txt", "-o", "docs/wire.txt", "--force"),
         2, "docs/wire.txt"),
    Case("extract-over-existing", ("extract", "docs/wire.txt", "-o", "reg.yaml"), 2, "reg.yaml"),
    Case("extract-over-other-source-spelling",
         ("extract", "docs/wire.txt", "-o", "./docs/../docs/wire.txt", "--force"), 2, "wire.txt"),
    Case("draft-over-draft", ("draft", "docs/draft.md", "reg.yaml", "-o", "docs/draft.md"), 2,
         "docs/draft.md", {"docs/draft.md": "Lam and Biden held talks in New York.\n"}),
    Case("draft-over-registry-source", ("draft", "docs/draft.md", "reg.yaml", "-o", "docs/daily.md"),
         2, "docs/daily.md", {"docs/draft.md": "Lam and Biden held talks in New York.\n"}),
    Case("out-proc-self-cwd-is-registry", ("check", "reg.yaml", "-o", "/proc/self/cwd/reg.yaml"), 2, "reg.yaml"),
    Case("report-proc-self-cwd-is-source", ("check", "reg.yaml", "--report", "json:/proc/self/cwd/docs/wire.txt"), 2, "wire.txt"),
    Case("out-inside-proc", ("check", "reg.yaml", "--report", "json:/proc/new.json"), 2, "/proc"),
    Case("out-inside-sys", ("check", "reg.yaml", "-o", "/sys/kernel/r.json"), 2, "/sys"),
    Case("out-trailing-slash", ("check", "reg.yaml", "-o", "out/new/"), 2, "out/new/"),
    Case("out-trailing-dot", ("check", "reg.yaml", "-o", "out/new/."), 2, "out/new/."),
    Case("report-trailing-dot-dot", ("check", "reg.yaml", "--report", "json:out/z/.."), 2, "out/z/.."),
    Case("stdout-and-dev-stdout", ("check", "reg.yaml", "--report", "json:/dev/stdout"), 2, "standard output"),
    Case("compare-over-input", ("compare", "docs/wire.txt", "docs/daily.md", "-o", "docs/daily.md"),
         2, "docs/daily.md"),
]  # fmt: skip

# --- usage ----------------------------------------------------------------------------

USAGE_CASES = [
    Case("source-filter-in-capitals", ("check", "reg.yaml", "--source", "WIRE"), 0, None),
    Case("topic-filter-matches-nothing", ("check", "reg.yaml", "--topic", "weather"), 2, "--topic weather"),
    Case("source-filter-matches-nothing", ("check", "reg.yaml", "--source", "daily"), 2, "--source daily"),
    Case("min-score-nan", ("extract", "docs/wire.txt", "--min-score", "nan"), 2, "nan", stderr_lines=None),
    Case("out-descriptor-read-only", ("check", "reg.yaml", "-o", "/dev/fd/{stdin}"), 2, "reading only"),
    Case("unknown-claim-filter", ("check", "reg.yaml", "--claim", "nope"), 2, "nope"),
    Case("unknown-source-filter", ("check", "reg.yaml", "--source", "nope"), 2, "nope"),
    Case("unknown-format", ("check", "reg.yaml", "--format", "pdf"), 2, "pdf",
         stderr_lines=None),
    Case("unknown-option", ("check", "reg.yaml", "--frmat", "json"), 2, "--frmat",
         stderr_lines=None),
    Case("bad-report-value", ("check", "reg.yaml", "--report", "json"), 2, "--report",
         stderr_lines=None),
    Case("show-unknown-claim", ("show", "tlaks", "reg.yaml"), 2, "talks"),
    Case("source-root-missing", ("check", "reg.yaml", "--source-root", "nowhere"), 2, "nowhere",
         stderr_lines=None),
    Case("no-claims-folder", ("check",), 2, "claims"),
    Case("unknown-command", ("chekc",), 2, "chekc", stderr_lines=None),
    Case("fail-on-bogus", ("check", "reg.yaml", "--fail-on", "sometimes"), 2, "sometimes",
         stderr_lines=None),
]  # fmt: skip

CASES = [*REGISTRY_CASES, *OUTSIDE_CASES, *DOCUMENT_CASES, *CLAIM_CASES, *OUTPUT_CASES,
         *USAGE_CASES]  # fmt: skip


def snapshot(root: Path) -> dict[str, tuple[str, int, bytes | str]]:
    """Every file, folder and link under ``root``: kind, mode, content or target."""
    seen: dict[str, tuple[str, int, bytes | str]] = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        name = str(path.relative_to(root))
        if stat.S_ISLNK(info.st_mode):
            seen[name] = ("link", 0, os.readlink(path))
        elif stat.S_ISDIR(info.st_mode):
            seen[name] = ("dir", stat.S_IMODE(info.st_mode), "")
        else:
            seen[name] = ("file", stat.S_IMODE(info.st_mode), path.read_bytes())
    return seen


def make_story(root: Path, case: Case) -> Path:
    story = root / "newsroom" / "story"
    files: dict[str, str | bytes] = {
        "reg.yaml": REGISTRY, "docs/wire.txt": WIRE, "docs/daily.md": DAILY, **case.files
    }  # fmt: skip
    for name, content in files.items():
        path = story / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    (root / "secret.txt").write_text(SECRET, encoding="utf-8")
    if case.setup is not None:
        case.setup(story)
    return story


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = make_story(tmp_path, case)
    monkeypatch.chdir(story)
    before = snapshot(tmp_path)
    args = [a.replace("{story}", str(story)) for a in case.args]
    with open(story / "reg.yaml", "rb") as stdin:  # a descriptor open for reading only
        args = [a.replace("{stdin}", str(stdin.fileno())) for a in args]
        result = CliRunner().invoke(main, args)
    after = snapshot(tmp_path)

    said = f"exit {result.exit_code}\nstdout:\n{result.stdout[:2000]}\nstderr:\n{result.stderr}"
    expected = case.exit if isinstance(case.exit, tuple) else (case.exit,)
    assert result.exit_code in expected, said
    assert "Traceback" not in result.stdout + result.stderr, said
    assert isinstance(result.exception, SystemExit | None), said
    lines = result.stderr.splitlines()
    if case.names is None:
        assert not lines, said
    else:
        assert lines, said
        if case.stderr_lines is None:  # several lines (a usage message): one names it
            assert any(case.names in line for line in lines), said
        else:
            assert all(case.names in line for line in lines), said
            assert len(lines) == case.stderr_lines, said
    if result.exit_code == 2:
        assert not result.stdout, "an input error prints no report"
    if case.stdout is not None:
        assert case.stdout in result.stdout, said
    allowed = {str(Path("newsroom/story") / c) for c in case.changes}
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert changed <= allowed, f"changed on disk: {sorted(changed - allowed)}\n{said}"
    assert not any(".fc-" in name for name in after), "a temporary file was left"
    assert not (story / "pwned").exists(), "a YAML tag ran code"


def test_there_are_at_least_a_hundred_cases() -> None:
    assert len(CASES) >= 100
    assert len({c.id for c in CASES}) == len(CASES)


def test_an_unexpected_error_is_one_line_and_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug is not a failing claim: exit 3, one line that says it is a bug, no traceback."""
    story = make_story(tmp_path, Case("bug", CHECK, 3))
    monkeypatch.chdir(story)

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("factcheck.check.check_registries", broken)
    result = CliRunner().invoke(main, list(CHECK))
    assert result.exit_code == 3
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert "internal error" in line and "ZeroDivisionError" in line and "report" in line
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    result = CliRunner().invoke(main, list(CHECK))
    assert result.exit_code == 3 and "Traceback" in result.stderr


def test_the_outputs_of_a_good_run_are_the_only_files_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = make_story(tmp_path, Case("good", CHECK, 0))
    monkeypatch.chdir(story)
    result = CliRunner().invoke(
        main, ["check", "reg.yaml", "-o", "r.txt", "--report", "json:r.json",
               "--report", "junit:r.xml"]
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in story.iterdir()) == sorted(
        ["docs", "reg.yaml", "r.txt", "r.json", "r.xml"]
    )


def test_an_empty_source_is_a_warning_in_the_json_report_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = make_story(tmp_path, Case("empty", CHECK, 1, files={"docs/wire.txt": ""}))
    monkeypatch.chdir(story)
    result = CliRunner().invoke(main, ["check", "reg.yaml", "--format", "json"])
    assert result.exit_code == 1
    (warning,) = json.loads(result.stdout)["summary"]["warnings"]
    assert warning.startswith("docs/wire.txt: source 'wire' has no text")
    assert result.stderr == f"factcheck: warning: {warning}\n"


def test_control_characters_never_reach_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ESC in a registry or a document would drive the reader's terminal; a line break
    in an outlet would forge a line ('::error::' is a GitHub Actions command)."""
    registry = registry_with(**{
        "    path: docs/wire.txt": '    path: docs/wire.txt\n    outlet: "O\\e[2J\\n::error::x"',
        "  - id: talks": '  - id: "talks\\e]0;pwned\\a"',
    })  # fmt: skip
    wire = WIRE.replace("held talks", "held \x1b[31mtalks\x1b[0m \u202etxt.exe\u202c \ufffe")
    story = make_story(tmp_path, Case("esc", CHECK, 0, files={"reg.yaml": registry,
                                                                "docs/wire.txt": wire}))  # fmt: skip
    monkeypatch.chdir(story)
    for format_name in ("text", "markdown", "github", "junit", "sarif", "json", "rich"):
        result = CliRunner().invoke(main, ["check", "reg.yaml", "--format", format_name, "-v"])
        assert result.exit_code in (0, 1), result.stderr
        for hidden in ("\x1b", "\x07", "\u202e", "\ufffe"):
            assert hidden not in result.stdout, (format_name, hidden)
        assert not any(line.startswith("::error::x") for line in result.stdout.splitlines())
        if format_name == "junit":
            import xml.dom.minidom

            xml.dom.minidom.parseString(result.stdout.encode("utf-8"))


def test_file_names_that_are_not_utf8_do_not_crash_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / os.fsdecode(b"bad\xffdir") / "story"
    folder.mkdir(parents=True)
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "reg.yaml").write_text(
        source_path("wire.txt").replace("    path: docs/daily.md", "    path: wire.txt\n    x-a: 1")
        .replace("  daily:\n", "  x-daily:\n"),
        encoding="utf-8",
    )  # fmt: skip
    monkeypatch.chdir(tmp_path)
    registry = str(folder / "reg.yaml")
    for format_name in ("sarif", "json", "junit", "text", "markdown", "jsonl"):
        result = CliRunner().invoke(main, ["check", registry, "--format", format_name])
        assert result.exit_code in (0, 1), result.stderr
        result.stdout.encode("utf-8")  # no lone surrogates in what is printed


def test_a_document_named_twice_does_not_corroborate_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = make_story(tmp_path, Case("twice", CHECK, 0))
    monkeypatch.chdir(story)
    result = CliRunner().invoke(
        main, ["compare", "docs/wire.txt", "./docs/wire.txt", "docs/../docs/wire.txt",
               "--format", "json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert list(report["sources"]) == ["wire"]
    assert report["summary"]["verdicts"]["agreement"] == 0


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("claim", "x <!-- ![t](http://evil.example/t.png) @everyone | [link](http://x)"),
        ("outlet", "[link=http://evil.example/x]Reuters[/link] [red on red]hidden[/] [/x]"),
    ],
)
def test_registry_text_is_never_markup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, field: str, text: str
) -> None:
    """Rich would read '[/x]' as console markup (and crash) or '[link=…]' as a hyperlink;
    Markdown would hide the rest of a comment after '<!--', load a remote image, ping
    @everyone and split a table at '|'."""
    quoted = text.replace('"', '\\"')
    replace = (
        {"    claim: Lam and Biden held talks in New York on September 25, 2024.":
         f'    claim: "{quoted}"', "expect: agreement": "x-e: 1"}
        if field == "claim"
        else {"    path: docs/wire.txt": f'    path: docs/wire.txt\n    outlet: "{quoted}"'}
    )  # fmt: skip
    story = make_story(
        tmp_path, Case("markup", CHECK, 0, files={"reg.yaml": registry_with(**replace)})
    )
    monkeypatch.chdir(story)
    rich = CliRunner().invoke(main, ["check", "reg.yaml", "--format", "rich"])
    assert rich.exit_code in (0, 1), rich.stderr
    assert "[/x]" in rich.stdout or "[/x]" not in text
    assert "\x1b]8;" not in rich.stdout  # no hyperlink escape
    markdown = CliRunner().invoke(main, ["check", "reg.yaml", "--format", "markdown"])
    assert markdown.exit_code in (0, 1), markdown.stderr
    for raw in ("<!--", "![t](", "@everyone", "[link](", "[link="):
        assert raw not in markdown.stdout, raw
    table = [line for line in markdown.stdout.splitlines() if line.startswith("| `talks`")]
    assert all(line.count(" | ") == table[0].count(" | ") for line in table)


def test_a_draft_with_nothing_to_check_does_not_say_all_clear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = make_story(
        tmp_path, Case("nothing", CHECK, 0, files={"docs/draft.md": "it was fine.\n"})
    )
    monkeypatch.chdir(story)
    result = CliRunner().invoke(main, ["draft", "docs/draft.md", "reg.yaml", "--format", "text"])
    assert result.exit_code == 0
    assert "All clear" not in result.stdout and "Nothing was checked" in result.stdout
