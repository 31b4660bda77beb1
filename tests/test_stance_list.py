"""model.Stances: a claim's stance in every source, keeping only the judged ones as
objects; it reads like the full tuple (order, length, lookup, equality, pickling), and a
claim over an archive keeps only what addresses it."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest

from factcheck.check import run_check
from factcheck.model import StanceResult, Stances, passageless, source_order, spoken, stance_of

ALIKE = ("silent", 0.0, "", "", "FC-SILENT", ("any of the claim's names or rarer words",))


@pytest.fixture
def stances() -> Stances:
    order = source_order(("wire", "daily", "roundup", "blog", "radio"))
    judged = {
        3: StanceResult("blog", "contradicts", 0.9, detail="gives 24 September"),
        1: StanceResult("daily", "supports", 1.0),
    }
    return Stances(order, judged, ALIKE)  # type: ignore[arg-type]


def test_it_reads_like_the_whole_tuple(stances: Stances) -> None:
    whole = (
        passageless("wire", *ALIKE),  # type: ignore[arg-type]
        StanceResult("daily", "supports", 1.0),
        passageless("roundup", *ALIKE),  # type: ignore[arg-type]
        StanceResult("blog", "contradicts", 0.9, detail="gives 24 September"),
        passageless("radio", *ALIKE),  # type: ignore[arg-type]
    )
    assert tuple(stances) == whole and len(stances) == 5
    assert stances == whole and stances == list(whole) and stances != whole[:4]
    assert stances[-1] == whole[-1] and stances[1:3] == whole[1:3]
    assert [s.source for s in stances] == ["wire", "daily", "roundup", "blog", "radio"]
    with pytest.raises(IndexError):
        stances[5]


def test_lookup_by_source(stances: Stances) -> None:
    assert stance_of(stances, "blog") == StanceResult(
        "blog", "contradicts", 0.9, detail="gives 24 September"
    )
    assert stance_of(stances, "radio") == passageless("radio", *ALIKE)  # type: ignore[arg-type]
    assert stance_of(stances, "elsewhere") is None
    assert stance_of(tuple(stances), "daily") == stances.of("daily")


def test_only_the_judged_are_spoken_in_order(stances: Stances) -> None:
    assert [s.source for s in spoken(stances)] == ["daily", "blog"]
    assert spoken(tuple(stances)) == list(stances)  # a plain tuple: every one


def test_it_pickles_and_compares_equal(stances: Stances) -> None:
    again = pickle.loads(pickle.dumps(stances))
    assert again == stances and tuple(again) == tuple(stances)
    assert again.order is stances.order  # one order per registry, however many claims
    assert hash(again) == hash(stances)


def test_a_claim_over_an_archive_keeps_only_what_addresses_it(
    tmp_path: Path, make_corpus: Any
) -> None:
    report = run_check([make_corpus(tmp_path, 150, 40, 4)])
    kept = [len(r.stances.judged) for r in report.results if isinstance(r.stances, Stances)]
    assert len(kept) == 40 and all(len(r.stances) == 150 for r in report.results)
    assert sum(kept) / len(kept) < 15  # of 150 sources each


def test_sources_silent_for_a_missing_name_read_as_their_own_reason() -> None:
    """A source that names one of the claim's people and not the other is silent for
    that reason, not for the index's: it reads so, without being kept as a result."""
    order = source_order(("wire", "daily", "roundup"))
    lacks = ("silent", 0.0, "", "", "FC-SILENT", ("the name 'Thanh Do'",))
    judged = {1: StanceResult("daily", "supports", 1.0)}
    stances = Stances(order, judged, ALIKE, {2: lacks})  # type: ignore[arg-type, dict-item]
    assert stances.of_source("roundup") == passageless("roundup", *lacks)  # type: ignore[arg-type]
    assert stances.of_source("wire").lacking == ALIKE[-1]
    assert [s.lacking for s in stances][2] == ("the name 'Thanh Do'",)
    assert [s.source for s in spoken(stances)] == ["daily"]
    assert stances != Stances(order, judged, ALIKE)  # type: ignore[arg-type]
    assert pickle.loads(pickle.dumps(stances)) == stances


def test_an_order_is_found_by_the_registry_tuple_and_never_given_to_another() -> None:
    """Claims share their registry's tuple of ids, so its order is looked up by the tuple
    itself; a tuple made anew, even where an old one's memory is reused, gets the
    positions of its own ids."""
    registry = ("vna", "vnn", "reuters")
    assert source_order(registry) is source_order(registry)
    assert source_order(registry).position == {"vna": 0, "vnn": 1, "reuters": 2}
    for n in range(2000):  # many made and dropped: the ids of dead tuples come back
        ids = tuple(f"s{n}-{i}" for i in range(3))
        assert source_order(ids).position == {ids[0]: 0, ids[1]: 1, ids[2]: 2}
    assert source_order(tuple(registry)).position["reuters"] == 2
