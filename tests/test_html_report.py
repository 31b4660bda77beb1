"""The HTML report: one self-contained page, rendered by a real browser (headless
Chromium) with no console error and every claim on it; text from registries and
documents shown as text, never run as markup."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


# Set in CI, which installs Chromium: there a missing browser fails instead of skipping.
REQUIRED = os.environ.get("FACTCHECK_BROWSER_TESTS") == "required"
# Headless, offline: this machine's network is closed, and Chromium's background
# connections would each be refused.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--enable-logging=stderr", "--v=0",
]  # fmt: skip


@pytest.fixture
def chromium() -> str:
    found = next(
        (shutil.which(name) for name in ("chromium", "chromium-browser") if shutil.which(name)),
        None,
    )
    if found is None:
        if REQUIRED:
            pytest.fail("Chromium is not installed (.ci/run installs Debian's chromium)")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return found


def browse(
    chromium: str, page: Path, tmp_path: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args,
         page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip


def png_size_and_colours(path: Path) -> tuple[int, int, int]:
    """Width, height, and how many distinct byte values its pixel rows hold (a blank
    page has one or two)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    chunks, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        if kind == b"IDAT":
            chunks.append(data[at + 8 : at + 8 + length])
        at += 12 + length
    return width, height, len(set(zlib.decompress(b"".join(chunks))))


def console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@pytest.fixture
def example_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, invoke: Any) -> Path:
    monkeypatch.chdir(REPO)
    page = tmp_path / "report.html"
    invoke(["check", "claims", "--format", "html", "--output", page])
    return page


def test_the_example_report_renders_in_a_browser_with_every_claim(
    chromium: str, example_page: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "report.png"
    shown = browse(chromium, example_page, tmp_path, "--window-size=1280,2000",
                   f"--screenshot={shot}")  # fmt: skip
    assert console_messages(shown.stderr) == []
    width, height, colours = png_size_and_colours(shot)
    assert (width, height) == (1280, 2000) and colours > 50  # a page, not a blank one
    dom = browse(chromium, example_page, tmp_path, "--dump-dom")
    assert console_messages(dom.stderr) == []
    text = re.sub(r"<[^>]+>", " ", dom.stdout)
    for claim_id in re.findall(r"^  - id: (\S+)$", (REPO / "claims" / "to-lam-un-2024.yaml")
                               .read_text(encoding="utf-8"), re.M):  # fmt: skip
        assert re.search(rf"(?<![\w-]){re.escape(claim_id)}(?![\w-])", text), claim_id


def test_the_console_check_would_see_an_error(chromium: str, tmp_path: Path) -> None:
    """The test above finds nothing because there is nothing: a page that logs an error
    is caught."""
    page = tmp_path / "broken.html"
    page.write_text("<html><body><script>undefinedCall();</script></body></html>")
    assert console_messages(browse(chromium, page, tmp_path, "--dump-dom").stderr)


def test_the_page_is_self_contained(example_page: Path) -> None:
    """Nothing is fetched when it is opened: no script, no external stylesheet, font or
    image (it is sent to people offline, and opened from a mail client)."""
    html = example_page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html and "<link" not in html and "<img" not in html
    assert not re.search(r"""(?:src|href)=(?!["']?#)""", html)  # in-page links only
    assert "@import" not in html and "url(" not in html


@pytest.mark.parametrize(
    ("claim", "document"),
    [
        ("The <img src=x onerror=alert(1)> mayor resigned.", "The mayor resigned on Monday."),
        ("Ferries & buses ran \"late\" </section><script>alert(2)</script>.",
         "Ferries and buses ran late on Friday."),
    ],
)  # fmt: skip
def test_registry_and_document_text_is_shown_as_text(
    story_registry: Any, invoke: Any, claim: str, document: str
) -> None:
    registry = story_registry({"wire.txt": document}, [{"id": "c", "claim": claim}])
    html = invoke(["check", registry, "--format", "html", "--fail-on", "never"]).stdout
    assert "<script>" not in html and "<img" not in html
    assert (
        claim.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        in html
    )


def test_a_differing_source_has_its_own_words_marked(example_page: Path) -> None:
    html = example_page.read_text(encoding="utf-8")
    section = html.split('id="claim-biden-talks-respect-framing"')[1].split("</section>")[0]
    assert '<mark class="distinct">' in section  # the daily's and roundup's own account
    assert "<mark>" in section  # and the words they share with the claim
