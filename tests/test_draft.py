"""draft: a draft's check-worthy sentences against its sources, gating publication."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.draft import check_draft
from factcheck.registry import load_registries

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
SEEDS_DRAFT = REPO / "tests" / "data" / "seeds-draft.txt"
EXAMPLE_DRAFT = REPO / "claims" / "drafts" / "to-lam-draft.md"


def by_line(report) -> dict[int, str]:
    return {r.claim.line: r.verdict for r in report.results}


@pytest.mark.skipif(not SEEDS, reason="../shared/seeds is not beside this checkout")
def test_seeds_draft_flags_the_wrong_date_figure_and_quote() -> None:
    report = check_draft(SEEDS_DRAFT, documents=SEEDS)
    found = {r.claim.line: r for r in report.results}
    assert found[7].verdict == "contradicted" and "September 25" in found[7].reason  # date
    assert found[9].verdict == "contradicted" and "27 meetings" in found[9].reason  # figure
    assert found[13].severity == "error"  # invented quote
    assert any(a.quote_status == "missing" for a in found[13].attributions)
    for line in (3, 5, 11):  # the correct sentences pass
        assert found[line].verdict in ("agreement", "uncorroborated"), found[line].reason
    assert report.exit_code == 1


def test_example_draft_against_the_example_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    report = check_draft(
        Path("claims/drafts/to-lam-draft.md"), registries=load_registries([Path("claims")])
    )
    verdicts = by_line(report)
    assert verdicts[11] == "contradicted"  # talks on September 23
    assert verdicts[15] == "contradicted"  # 35 meetings
    assert verdicts[19] == "unsupported"  # invented quote
    assert {verdicts[line] for line in (7, 9, 13, 17)} <= {"agreement", "uncorroborated"}
    failing = {r.claim.line for r in report.results if r.fails(report.fail_on)}
    assert failing == {11, 15, 19}


def test_draft_cli_exit_codes(invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    invoke(["draft", EXAMPLE_DRAFT, "claims"], exit_code=1)
    invoke(["draft", EXAMPLE_DRAFT, "claims", "--fail-on", "never"], exit_code=0)
    result = invoke(["draft", Path("missing.md"), "claims"], exit_code=2)
    assert "missing.md" in result.stderr
