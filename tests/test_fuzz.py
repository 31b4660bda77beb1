"""Property tests (Hypothesis): whatever text a registry or a document holds, factcheck
either reports on it or names the problem; it never raises anything else.

CI runs a fixed, bounded sample (derandomised, so a run is reproducible);
``FACTCHECK_FUZZ=long`` runs twenty times more, with fresh randomness each time.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.check import Filters, check_registries
from factcheck.errors import DocumentError, RegistryError
from factcheck.registry import load_registries, load_registry
from factcheck.reporters import REPORTERS

LONG = os.environ.get("FACTCHECK_FUZZ") == "long"
settings.register_profile(
    "factcheck",
    max_examples=2000 if LONG else 100,
    deadline=None,
    derandomize=not LONG,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("factcheck")


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        story = Path(name) / "newsroom" / "story"
        story.mkdir(parents=True)
        yield story


# --- the registry loader ----------------------------------------------------------------

YAML_CHARS = [*"abcvstiop:-[]{}&*!|>'\"#,?%@`\\ \t\n\r0123456789.", "\u00e2", "\u0111", "\0"]
KEYS = ["version", "title", "sources", "aliases", "claims", "id", "claim", "topic",
        "attributed_to", "expect", "source", "speaker", "quote", "path", "published",
        "verdict", "stances", "x-note", "wire", "Wire", ""]  # fmt: skip
SCALARS = st.one_of(
    st.sampled_from([1, 2, "1", "wire", "wire.txt", "../x.txt", "/etc/hostname.txt",
                     "agreement", "supports", "2024-09-25", "9999-12-31", None, True, ""]),
    st.text(max_size=40),
    st.integers(),
    st.floats(allow_nan=True),
)  # fmt: skip
TREES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=5)
    ),
    max_leaves=30,
)


def assert_loads_or_names_the_file(path: Path, text: str | bytes) -> None:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_registry(path)
    except RegistryError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.startswith(f"{path}:") or problem.startswith(str(path)), problem


@given(st.text(alphabet=st.sampled_from(YAML_CHARS), max_size=400))
def test_any_yaml_like_text_loads_or_is_a_registry_error(folder: Path, text: str) -> None:
    assert_loads_or_names_the_file(folder / "reg.yaml", text)


@given(TREES)
def test_any_yaml_tree_loads_or_is_a_registry_error(folder: Path, tree: Any) -> None:
    text = yaml.safe_dump(tree, allow_unicode=True)
    assert_loads_or_names_the_file(folder / "reg.yaml", text)


@given(st.binary(max_size=300))
def test_any_bytes_load_or_are_a_registry_error(folder: Path, data: bytes) -> None:
    assert_loads_or_names_the_file(folder / "reg.yaml", data)


# --- documents to reports ---------------------------------------------------------------

WORDS = ["Lam", "Biden", "met", "talks", "in", "New", "York", "on", "September", "25,", "2024",
         "27", "meetings", "nearly", "50", "activities", "not", "did", "carried out", "took part",
         "sat down", "put into", "said", "Son", "\u201cwe", "agree\u201d", "next", "year", "the",
         "U.S.", "Vi\u1ec7t", "Nam", "\u0110\u1ed5i", "m\u1edbi", "...", "\u2026", "$5bn", "45%",
         "two-thirds", "first", "14th", "Congress", ".", "!", "?", "\n", "\n\n", "-", "\u2014",
         "<p>", "</p>", "<script>", "<!--", "-->", "&amp;", "&#x110000;", "#", "*", "[", "]",
         "(", ")", "'", '"', "\u00a0", "\u200b", "\t", "a.m.", "Dr.", "e.g."]  # fmt: skip
# How texts end matters (a phrase matcher once read past the last word).
ENDINGS = ["", ".", " carried out", " took part.", " sat down", "\u2026", " 2024", " next year.",
           " on 9999-12-31", "\"", " <b", " <!--", " &", " 27"]  # fmt: skip
PROSE = st.tuples(
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=120),
    st.sampled_from(ENDINGS),
).map(lambda parts: " ".join(parts[0]) + parts[1])
FORMATS = st.sampled_from(["wire.txt", "daily.md", "page.html"])


def write_story(folder: Path, documents: list[tuple[str, str]], claims: list[str]) -> Path:
    sources = {}
    for n, (name, text) in enumerate(documents):
        path = folder / f"{n}-{name}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        sources[f"s{n}"] = {"path": path.name}
    data = {
        "version": 1,
        "sources": sources,
        "claims": [
            {"id": f"c{n}", "claim": claim or "x",
             "attributed_to": [{"source": "s0", "quote": claim or "x"}]}
            for n, claim in enumerate(claims)
        ],
    }  # fmt: skip
    registry = folder / "reg.yaml"
    registry.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return registry


@settings(max_examples=600 if LONG else 60)
@given(
    st.lists(st.tuples(FORMATS, PROSE), min_size=1, max_size=3),
    st.lists(PROSE, min_size=1, max_size=3),
)
def test_any_story_gives_a_report_every_format_can_render(
    folder: Path, documents: list[tuple[str, str]], claims: list[str]
) -> None:
    for stale in folder.iterdir():
        stale.unlink()
    registry = write_story(folder, documents, claims)
    try:
        registries = load_registries([registry])
        report = check_registries(registries, Filters(), "error")
    except (RegistryError, DocumentError) as error:
        assert str(error).split(":")[0].endswith((".yaml", ".txt", ".md", ".html")), str(error)
        return
    assert report.exit_code in (0, 1)
    texts = {s.id: (folder / s.path.name).read_text(encoding="utf-8", errors="surrogatepass")
             for r in registries for s in r.sources.values()}  # fmt: skip
    for result in report.results:
        for stance in result.stances:
            if stance.evidence is not None:
                assert 0 <= stance.evidence.start <= stance.evidence.end
                assert stance.evidence.end <= len(texts[stance.source])
    for name, reporter in REPORTERS.items():
        rendered = reporter().render(report)
        if name == "json":
            assert json.loads(rendered)["summary"]["claims"] == len(claims)


# --- reading text back ---------------------------------------------------------------

TIDY_CHARS = [*"ab ,.;:!?)]([\n\t\r", *"\u00a0\u201c\u201d\u2018\u2019\x1b\u202e"]


@given(st.text(alphabet=TIDY_CHARS, max_size=30))
@example("a  b")
@example(" a b ")
@example("a , b")
@example("( a ) b")
@example("\u201c a \u201d")
def test_tidy_text_is_tidy_without_the_offsets(raw: str) -> None:
    """The report's fast path for passages gives the very text the full tidy gives."""
    from factcheck.model import tidy, tidy_text

    assert tidy_text(raw) == tidy(raw)[0]
