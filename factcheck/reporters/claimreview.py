"""schema.org ClaimReview as JSON-LD, the form fact-checkers publish their verdicts in:
one ClaimReview per claim, its rating the claim's verdict on a 1-to-5 scale, the claim's
appearances the sources that state it, and the author, page and date the registry's
`review:` gives."""

from __future__ import annotations

from typing import Any

from factcheck.model import ClaimResult, Report, Review, SourceInfo, Verdict
from factcheck.reporters.base import Reporter, claim_anchor
from factcheck.reporters.json import dump

# The verdict as a rating: 5 the best (independent sources agree), 1 the worst (the
# sources contradict it). `alternateName` carries the verdict itself.
RATINGS: dict[Verdict, int] = {
    "agreement": 5,
    "uncorroborated": 4,
    "divergence": 3,
    "unsupported": 2,
    "contradicted": 1,
}


class ClaimReviewReporter(Reporter):
    name = "claimreview"
    description = "schema.org ClaimReview (JSON-LD), one per claim, to publish verdicts"

    def render(self, report: Report) -> str:
        reviews = {r.path: r.review for r in report.registries}
        sources = {i.source.id: i for i in report.sources}
        return (
            dump([_claim_review(r, reviews.get(r.claim.registry), sources) for r in report.results])
            + "\n"
        )

    def render_sources(self, report: Report) -> str:
        """The sources as the CreativeWorks a review names them."""
        return dump([_appearance(info) for info in report.sources]) + "\n"


def _claim_review(
    result: ClaimResult, review: Review | None, sources: dict[str, SourceInfo]
) -> dict[str, Any]:
    claim = result.claim
    found: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview"}
    if review is not None and review.url:
        found["url"] = f"{review.url}#{claim_anchor(claim.id)}"
    found["claimReviewed"] = claim.text
    if review is not None and review.date:
        found["datePublished"] = review.date.isoformat()
    if review is not None and review.author:
        author: dict[str, Any] = {"@type": "Organization", "name": review.author}
        if review.url:
            author["url"] = review.url
        found["author"] = author
    found["reviewRating"] = {
        "@type": "Rating",
        "ratingValue": RATINGS[result.verdict],
        "bestRating": max(RATINGS.values()),
        "worstRating": min(RATINGS.values()),
        "alternateName": result.verdict,
        "ratingExplanation": result.reason,
    }
    # where the claim appears: the sources it is attributed to, then those that state it
    stating = [a.source for a in claim.attributions]
    stating += [s.source for s in result.stances if s.stance == "supports"]
    item: dict[str, Any] = {"@type": "Claim"}
    speakers = list(dict.fromkeys(a.speaker for a in claim.attributions if a.speaker))
    if speakers:
        item["author"] = [{"@type": "Person", "name": name} for name in speakers]
    appearances = [_appearance(sources[s]) for s in dict.fromkeys(stating) if s in sources]
    if appearances:
        item["appearance"] = appearances
    found["itemReviewed"] = item
    return found


def _appearance(info: SourceInfo) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "identifier": info.source.id}
    if info.source.url:
        work["url"] = info.source.url
    if info.title:
        work["headline"] = info.title
    if info.outlet:
        work["publisher"] = {"@type": "Organization", "name": info.outlet}
    if info.published:
        work["datePublished"] = info.published.isoformat()
    if info.copy is not None:  # syndicated copy: the same text, counted once
        work["isBasedOn"] = {"@type": "CreativeWork", "identifier": info.copy.original}
    return work
