"""--format claimreview: schema.org ClaimReview (JSON-LD), one per claim, with the fields
fact-check aggregators require and recommend, and the registry's `review:` settings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.reporters.claimreview import RATINGS

REPO = Path(__file__).resolve().parents[1]
# what a ClaimReview must have to be read as one, and what it should have
REQUIRED = ("@context", "@type", "claimReviewed", "reviewRating", "url", "author")
RECOMMENDED = ("datePublished", "itemReviewed")
PAGE = "https://example.org/factcheck/to-lam-un-2024"  # the example registry's review url


def reviews_of(invoke: Any, *args: Any) -> list[dict[str, Any]]:
    output = invoke(["check", *args, "--format", "claimreview", "--fail-on", "never"]).stdout
    found = json.loads(output)
    assert isinstance(found, list)
    return found


def test_the_example_story_gives_a_complete_review_of_every_claim(
    invoke: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    reviews = reviews_of(invoke, "claims")
    verdicts = json.loads(invoke(["check", "claims", "--format", "json"]).stdout)["claims"]
    assert len(reviews) == len(verdicts) == 29
    for review, claim in zip(reviews, verdicts, strict=True):
        for field in (*REQUIRED, *RECOMMENDED):
            assert review.get(field), (claim["id"], field)
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == claim["claim"]
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"] == claim["verdict"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["ratingExplanation"] == claim["reason"]
        assert review["url"] == f"{PAGE}#claim-{claim['id']}"
        assert review["author"] == {
            "@type": "Organization",
            "name": "factcheck example desk",
            "url": PAGE,
        }
        assert review["datePublished"] == "2024-09-30"
        assert review["itemReviewed"]["@type"] == "Claim"
    # the roundup has a web address: the claims it states appear there
    roundup = "https://example.org/mekong-wire-digest/to-lam-new-york"
    appearing = [
        r
        for r in reviews
        if any(a.get("url") == roundup for a in r["itemReviewed"].get("appearance", []))
    ]
    supported = [c for c in verdicts if c["stances"].get("roundup", {}).get("stance") == "supports"]
    assert len(appearing) >= len(supported) > 0


def test_the_rating_scale_runs_from_contradicted_to_agreement() -> None:
    order = ["contradicted", "unsupported", "divergence", "uncorroborated", "agreement"]
    assert [RATINGS[v] for v in order] == [1, 2, 3, 4, 5]  # type: ignore[index]


def test_a_quoted_speaker_is_the_claims_author_and_its_source_an_appearance(
    story_registry: Any, invoke: Any, tmp_path: Path
) -> None:
    """A council story: the claim is the mayor's words in the gazette, whose page is
    given; the review names her as the claim's author and the gazette as where it
    appears."""
    registry = story_registry(
        {"gazette.txt": "Mayor Ana Lima said the ferry would run all winter.\n",
         "wire.txt": "The ferry will run all winter, the mayor said on Monday.\n"},
        [{"id": "ferry-winter", "claim": "The ferry will run all winter.",
          "attributed_to": [{"source": "gazette", "speaker": "Ana Lima",
                             "quote": "the ferry would run all winter"}]}],
    )  # fmt: skip
    text = registry.read_text(encoding="utf-8")
    text = text.replace(
        "    path: gazette.txt\n",
        "    path: gazette.txt\n    url: https://gazette.example/ferry\n",
    )
    text += "review:\n  author: Island Desk\n  url: https://desk.example/ferry\n"
    registry.write_text(text, encoding="utf-8")
    (review,) = reviews_of(invoke, registry)
    assert review["url"] == "https://desk.example/ferry#claim-ferry-winter"
    assert review["itemReviewed"]["author"] == [{"@type": "Person", "name": "Ana Lima"}]
    assert review["itemReviewed"]["appearance"][0]["url"] == "https://gazette.example/ferry"
    assert "datePublished" not in review  # no date given: none made up


def test_without_review_settings_nothing_is_made_up(story_registry: Any, invoke: Any) -> None:
    registry = story_registry(
        {"wire.txt": "The bridge reopened on Friday.\n"},
        [{"id": "bridge", "claim": "The bridge reopened on Friday."}],
    )
    (review,) = reviews_of(invoke, registry)
    assert "url" not in review and "author" not in review
    assert review["reviewRating"]["alternateName"] == "uncorroborated"


@pytest.mark.parametrize(
    ("review", "problem"),
    [
        ("review:\n  author: Desk\n  url: desk.example/page\n",
         "'desk.example/page' is not a web address (https://...)"),
        ("review:\n  author: Desk\n  date: next week-ish\n", "'next week-ish' is not a date"),
        ("review:\n  editor: Desk\n", "unknown key 'editor'"),
    ],
)  # fmt: skip
def test_bad_review_settings_are_registry_problems(
    story_registry: Any, invoke: Any, review: str, problem: str
) -> None:
    registry = story_registry(
        {"wire.txt": "The bridge reopened on Friday.\n"},
        [{"id": "bridge", "claim": "The bridge reopened on Friday."}],
    )
    registry.write_text(registry.read_text(encoding="utf-8") + review, encoding="utf-8")
    result = invoke(["validate", registry], exit_code=2)
    assert problem in result.stderr and "Traceback" not in result.stderr
