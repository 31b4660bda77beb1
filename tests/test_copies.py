"""Near-duplicate documents: which document copies which, and corroboration that counts
independent texts (a wire story and its reprint are one source)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from factcheck.check import all_sources, read_documents, run_check
from factcheck.compare import compare_documents
from factcheck.copies import COPY_CONFIG, CopyConfig, find_copies, independent, originals
from factcheck.model import Copy, Document, Report, Source, SourceInfo, StanceResult
from factcheck.registry import load_registries
from factcheck.reporters.rich import RichReporter
from factcheck.reporters.text import TextReporter
from factcheck.verdict import decide, reason

STORIES = Path(__file__).resolve().parents[1] / "eval" / "stories"

# A small story of our own: a wire report, its reprints, and an independent report
# of the same fire that quotes the same harbour-master statement.
WIRE = """\
Baltic Wire Agency
March 3, 2025

Fire guts ferry at Kessring harbour

A fire broke out on the passenger ferry Ostwind at Kessring harbour late on Sunday,
destroying its upper deck and forcing the evacuation of 41 crew and dock workers.
No one was seriously hurt, the regional fire service said.

The blaze started in the ship's galley shortly after 11 pm and spread to the
lounge above it within minutes. Fourteen fire engines and a fireboat from the
neighbouring port of Lindholm were sent to the scene.

"The crew did exactly what they had trained for, and that is why everyone walked
off the ship," harbour master Greta Voss said in a statement. "We will not reopen
berth four until the hull has been inspected."

The Ostwind, built in 1998, carries up to 600 passengers on the route to the
island of Marø. Its operator, Nordlys Ferries, said sailings would be taken over
by a chartered vessel from Wednesday.

Police have opened an investigation into the cause of the fire but said there
was no sign of arson. The ferry was towed to a repair yard on Monday afternoon.
"""

# Reprinted a day later: another headline and dateline, page furniture, the last
# paragraph trimmed.
NEAR_COPY = """\
Kessring Post
March 4, 2025

Share this article | Print | Subscribe

Ostwind ferry burns at its berth; 41 evacuated

A fire broke out on the passenger ferry Ostwind at Kessring harbour late on Sunday,
destroying its upper deck and forcing the evacuation of 41 crew and dock workers.
No one was seriously hurt, the regional fire service said.

The blaze started in the ship's galley shortly after 11 pm and spread to the
lounge above it within minutes. Fourteen fire engines and a fireboat from the
neighbouring port of Lindholm were sent to the scene.

"The crew did exactly what they had trained for, and that is why everyone walked
off the ship," harbour master Greta Voss said in a statement. "We will not reopen
berth four until the hull has been inspected."

The Ostwind, built in 1998, carries up to 600 passengers on the route to the
island of Marø. Its operator, Nordlys Ferries, said sailings would be taken over
by a chartered vessel from Wednesday.

Advertisement
"""

# Its own reporting, the same facts and the same two quoted sentences.
INDEPENDENT = """\
Coastal Times
March 3, 2025

Crew praised after night fire on Marø ferry

Dock workers at Kessring were still hosing down the blackened Ostwind on Monday
morning, hours after flames tore through the ferry's upper deck. Forty-one people
who were aboard or working on the quay got off safely, according to firefighters.

"The crew did exactly what they had trained for, and that is why everyone walked
off the ship," harbour master Greta Voss said in a statement. "We will not reopen
berth four until the hull has been inspected."

Passengers who had booked the Marø crossing this week told us they had heard
nothing from Nordlys Ferries. One islander, Per Halvorsen, said he had driven two
hours to the terminal before learning the boat would not sail. Nordlys Ferries,
which operates the Ostwind, later promised a replacement ship by midweek.

Investigators are expected to examine the galley, where witnesses said the smoke
was first seen.
"""


def document(source: str, text: str, published: dt.date | None = None) -> Document:
    """A document made up in memory: copy detection reads only its body and date."""
    path = Path(f"/story/{source}.txt")
    return Document(
        source=Source(id=source, path=path, display_path=path.name),
        text=text,
        body=text,
        passages=[],
        published=published,
        published_from="registry" if published else "unknown",
        dateline=None,
        sha256="",
    )


MARCH_3, MARCH_4 = dt.date(2025, 3, 3), dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        pytest.param(
            [("wire", WIRE, MARCH_3), ("post", WIRE, MARCH_3)],
            {("post", "wire")},
            id="identical copy, same date: registry order decides",
        ),
        pytest.param(
            [("post", WIRE, MARCH_4), ("wire", WIRE, MARCH_3)],
            {("post", "wire")},
            id="identical copy listed first but published later",
        ),
        pytest.param(
            [("wire", WIRE, None), ("post", NEAR_COPY, MARCH_4)],
            {("wire", "post")},
            id="an undated document counts as the later one",
        ),
        pytest.param(
            [("wire", WIRE, MARCH_3), ("post", NEAR_COPY, MARCH_4)],
            {("post", "wire")},
            id="near copy: other headline, furniture, a trimmed paragraph",
        ),
        pytest.param(
            [("wire", WIRE, MARCH_3), ("times", INDEPENDENT, MARCH_3)],
            set(),
            id="independent report quoting the same statement is no copy",
        ),
        pytest.param(
            [("times", INDEPENDENT, MARCH_3), ("post", NEAR_COPY, MARCH_4)],
            set(),
            id="independent report beside a reprint is no copy",
        ),
        pytest.param(
            [("wire", WIRE, MARCH_3), ("post", NEAR_COPY, MARCH_4), ("again", WIRE, MARCH_4)],
            {("post", "wire"), ("again", "wire")},
            id="two reprints of one wire both name the wire",
        ),
        pytest.param(
            [("a", "Short note on the fire.", None), ("b", "Short note on the fire.", None)],
            set(),
            id="too short to tell",
        ),
    ],
)
def test_which_document_copies_which(
    docs: list[tuple[str, str, dt.date | None]], expected: set[tuple[str, str]]
) -> None:
    copies = find_copies([document(*doc) for doc in docs])
    assert {(c.source, c.original) for c in copies} == expected


def test_share_is_of_the_shorter_text() -> None:
    (copy,) = find_copies([document("wire", WIRE, MARCH_3), document("post", NEAR_COPY, MARCH_4)])
    assert 0.8 <= copy.share < 1.0
    (same,) = find_copies([document("wire", WIRE, MARCH_3), document("post", WIRE, MARCH_4)])
    assert same.share == 1.0


def test_threshold_is_the_configured_one() -> None:
    docs = [document("wire", WIRE, MARCH_3), document("post", NEAR_COPY, MARCH_4)]
    (copy,) = find_copies(docs)
    assert find_copies(docs, CopyConfig(min_share=copy.share + 0.01)) == ()
    assert COPY_CONFIG.min_share == 0.8


def test_detection_does_not_depend_on_document_order() -> None:
    docs = [
        document("times", INDEPENDENT, MARCH_3),
        document("post", NEAR_COPY, MARCH_4),
        document("wire", WIRE, MARCH_3),
    ]
    forward = {(c.source, c.original) for c in find_copies(docs)}
    backward = {(c.source, c.original) for c in find_copies(docs[::-1])}
    assert forward == backward == {("post", "wire")}


# The blind evaluation corpus: the stories with a reprinted wire story, and the stories
# where no document copies another (a press release beside the wire that quotes it).
@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("pol-aragon-coalition", {("ebro", "iberia")}),
        ("tech-bellmont-rewards-breach", {("herald", "lna")}),
        ("trans-gunskirchen-derailment-report", {("herald", "cew")}),
        ("health-lyme-vaccine-approval", {("herald", "npa")}),
        ("cult-van-daele-theft", {("eveningpost", "bna")}),
        ("dis-colca-valley-earthquake", {("herald", "andes")}),
        ("lab-nurses-strike-ballot-ireland", set()),
        ("court-data-retention", set()),
        ("sport-caledonian-cup-final-2025", set()),
        ("biz-halvard-lines-takeover", set()),
    ],
)
def test_copies_in_the_evaluation_stories(story: str, expected: set[tuple[str, str]]) -> None:
    registries = load_registries([STORIES / story / "story.yaml"])
    copies = find_copies(read_documents(all_sources(registries)))
    assert {(c.source, c.original) for c in copies} == expected


def test_originals_follow_chains() -> None:
    copies = [Copy("b", "a", 0.9), Copy("c", "b", 0.9), Copy("e", "d", 0.95)]
    assert originals(copies) == {"b": "a", "c": "a", "e": "d"}
    assert independent(["a", "b", "c", "d", "e", "f"], originals(copies)) == 3


def stances(*kinds: tuple[str, str]) -> list[StanceResult]:
    return [StanceResult(source=s, stance=k, score=0.5) for s, k in kinds]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kinds", "verdict"),
    [
        # a wire and its copy are one source: rule 5, not rule 3
        ((("wire", "supports"), ("post", "supports")), "uncorroborated"),
        ((("wire", "supports"), ("post", "supports"), ("times", "silent")), "uncorroborated"),
        # two reprints and no original still make one source
        ((("post", "supports"), ("again", "supports"), ("wire", "silent")), "uncorroborated"),
        # an independent report makes it two
        ((("wire", "supports"), ("post", "supports"), ("times", "supports")), "agreement"),
        ((("post", "supports"), ("times", "supports")), "agreement"),
        # one source and an independent account in other terms: rule 4
        ((("wire", "supports"), ("post", "supports"), ("times", "differs")), "divergence"),
        # a copy that contradicts its original is still a conflict
        ((("wire", "supports"), ("post", "contradicts")), "divergence"),
        ((("wire", "contradicts"), ("post", "contradicts")), "contradicted"),
        ((("wire", "silent"), ("post", "silent")), "unsupported"),
    ],
)
def test_verdict_counts_independent_supporters(
    kinds: tuple[tuple[str, str], ...], verdict: str
) -> None:
    copies = {"post": "wire", "again": "wire"}
    assert decide(stances(*kinds), copies) == verdict


def test_without_copies_every_document_counts() -> None:
    assert decide(stances(("wire", "supports"), ("post", "supports"))) == "agreement"


def sources(*ids: str) -> dict[str, Source]:
    return {i: Source(id=i, path=Path(f"/{i}.txt"), display_path=f"{i}.txt") for i in ids}


@pytest.mark.parametrize(
    ("kinds", "copies", "expected"),
    [
        (
            (("wire", "supports"), ("post", "supports"), ("times", "silent")),
            {"post": "wire"},
            "only wire (with its copy post) states it: one independent source; times is silent",
        ),
        (
            (("wire", "silent"), ("post", "supports"), ("again", "supports")),
            {"post": "wire", "again": "wire"},
            "only post and again (copies of wire) states it: one independent source;"
            " wire is silent",
        ),
        (
            (("wire", "supports"), ("post", "supports"), ("times", "supports")),
            {"post": "wire"},
            "wire (with its copy post) and times both state it",
        ),
    ],
)
def test_reason_names_the_copy(
    kinds: tuple[tuple[str, str], ...], copies: dict[str, str], expected: str
) -> None:
    found = stances(*kinds)
    verdict = decide(found, copies)
    assert reason(verdict, found, (), sources("wire", "post", "again", "times"), copies) == expected


CLAIMS: list[dict[str, Any]] = [
    {"id": "built-1998", "claim": "The Ostwind was built in 1998.", "topic": "the ferry"},
    {"id": "operator", "claim": "Nordlys Ferries operates the Ostwind.", "topic": "the ferry"},
]


def test_a_check_counts_the_reprint_once(check_story: Any) -> None:
    results = check_story({"wire.txt": WIRE, "post.txt": NEAR_COPY}, CLAIMS)
    built = results["built-1998"]
    assert [s.stance for s in built.stances] == ["supports", "supports"]
    assert built.verdict == "uncorroborated"
    assert built.reason == "only wire (with its copy post) states it: one independent source"


def test_an_independent_report_corroborates(check_story: Any) -> None:
    docs = {"wire.txt": WIRE, "post.txt": NEAR_COPY, "times.txt": INDEPENDENT}
    results = check_story(docs, CLAIMS)
    assert results["built-1998"].verdict == "uncorroborated"  # the Times does not say
    assert results["operator"].verdict == "agreement"
    assert results["operator"].reason == "wire (with its copy post) and times both state it"


def test_a_copy_that_changed_a_figure_still_conflicts(check_story: Any) -> None:
    edited = NEAR_COPY.replace("built in 1998", "built in 2001")
    results = check_story({"wire.txt": WIRE, "post.txt": edited}, CLAIMS)
    assert results["built-1998"].verdict == "divergence"
    assert "post gives 2001" in results["built-1998"].reason


def test_report_says_which_document_copies_which(story_registry: Any) -> None:
    docs = {"wire.txt": WIRE, "post.txt": NEAR_COPY, "times.txt": INDEPENDENT}
    report = run_check([story_registry(docs, CLAIMS)])
    assert [(c.source, c.original) for c in report.copies] == [("post", "wire")]
    by_id = {info.source.id: info for info in report.sources}
    assert by_id["post"].copy is not None and by_id["post"].copy.original == "wire"
    assert by_id["wire"].copy is None and by_id["times"].copy is None


def test_a_copy_beyond_the_listed_sources_is_still_named() -> None:
    """Report headers list the first dozen sources; a copy changes verdicts, so every
    copy is named, listed or not."""
    infos = [
        SourceInfo(
            source=Source(
                id=f"s{i:02d}", path=Path(f"/s{i:02d}.txt"), display_path=f"s{i:02d}.txt"
            ),
            outlet=None,
            title=None,
            published=None,
            published_from="unknown",
            dateline=None,
            sha256="",
            words=100,
            passages=5,
            copy=Copy(f"s{i:02d}", "s00", 0.93) if i == 19 else None,
        )
        for i in range(20)
    ]
    report = Report(registries=(), sources=tuple(infos), results=())
    text = TextReporter().render(report)
    assert "s19: copy of s00 (93% of the text shared)" in text
    rich = RichReporter(width=200).render(report)
    assert "copy of s00 (93% of the text shared)" in rich


def test_compare_finds_no_corroboration_in_a_reprint(tmp_path: Path) -> None:
    """`factcheck compare` on a wire story and its reprint: nothing the two share is
    corroborated; the reprint is named as a copy."""
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "post.txt").write_text(NEAR_COPY, encoding="utf-8")
    report = compare_documents([tmp_path / "wire.txt", tmp_path / "post.txt"])
    assert [(c.source, c.original) for c in report.copies] == [("post", "wire")]
    assert report.results
    assert all(r.verdict != "agreement" for r in report.results)
    assert any("one independent source" in r.reason for r in report.results)


def test_the_index_finds_every_copy_comparing_all_pairs_would() -> None:
    """The prefix filter only saves comparisons: over documents that share sentences
    (one event's reports, boilerplate) and copies edited to shares either side of the
    bar, it finds exactly the copies a comparison of every pair finds."""
    import random

    from factcheck.copies import shingles

    rng = random.Random(11)
    words = [f"w{n}" for n in range(400)]
    stock = [" ".join(rng.choices(words, k=12)) + "." for _ in range(6)]
    bodies: list[str] = []
    for _ in range(40):
        own = [" ".join(rng.choices(words, k=12)) + "." for _ in range(rng.randrange(4, 12))]
        bodies.append(" ".join(own + rng.sample(stock, k=rng.randrange(1, 4))))
    for source in range(0, 40, 3):  # copies, with a share of their words changed
        changed = bodies[source].split()
        for position in rng.sample(
            range(len(changed)), k=len(changed) * rng.randrange(0, 9) // 100
        ):
            changed[position] = rng.choice(words)
        bodies.append(" ".join(changed))
    docs = [document(f"d{n:02d}", body, MARCH_3) for n, body in enumerate(bodies)]

    sets = [shingles(d, COPY_CONFIG.shingle_words) for d in docs]
    expected: dict[str, tuple[str, float]] = {}
    for later in range(len(docs)):
        for earlier in range(later):
            small, large = sorted((sets[earlier], sets[later]), key=len)
            if len(small) < COPY_CONFIG.min_shingles:
                continue
            share = len(small & large) / len(small)
            if share >= COPY_CONFIG.min_share and docs[later].source.id not in expected:
                expected[docs[later].source.id] = (docs[earlier].source.id, round(share, 3))
    found = {c.source: (c.original, c.share) for c in find_copies(docs)}
    assert len(expected) >= 8
    assert found == expected
