"""The indented JSON writer gives json.dumps's bytes exactly, for any plain data: a
report's consumers (and its golden files) see no change, only a faster run."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.check import run_check
from factcheck.reporters.indented import indented
from factcheck.reporters.json import report_to_dict


def standard(value: Any, indent: int = 2) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


PLAIN = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and the infinities too
    | st.text(),  # quotes, controls, lone surrogates, any script
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(PLAIN, st.integers(min_value=0, max_value=4))
def test_any_plain_data_is_written_as_json_dumps_writes_it(value: Any, indent: int) -> None:
    assert indented(value, indent) == standard(value, indent)


class Colour(enum.IntEnum):
    RED = 1


class Label(str):
    pass


@pytest.mark.parametrize(
    "value",
    [
        {"a": [], "b": {}, "c": [[]], "d": [{}]},
        [-0.0, 1e16, 1.5e-7, 2**70, float("nan"), float("-inf")],
        {"colour": Colour.RED, "label": Label("x"), "flag": True},
        {1: "a number as a key", None: "none", 2.5: "a float"},  # json.dumps's own keys
        ("a", ("tuple", "in", "a", "tuple")),
    ],
)
def test_edge_values_and_subclasses(value: Any) -> None:
    assert indented(value) == standard(value)


def test_what_json_dumps_refuses_is_refused_alike() -> None:
    with pytest.raises(TypeError):
        indented({"when": object()})


def test_the_example_story_s_report(example: Path) -> None:
    data = report_to_dict(run_check([example]))
    assert indented(data) == standard(data)
