"""Which words a story writes only as names."""

from __future__ import annotations

import pytest

from factcheck.names import numbered_names, written_names


@pytest.mark.parametrize(
    ("texts", "word", "named"),
    [
        # capitalised inside a sentence and never lower-case: a name
        (["Its main rival, Sunridge, aims to grow."], "sunridge", True),
        (["Shares in Calmora fell.", "Calmora said it would appeal."], "calmora", True),
        # a sentence's first word says nothing; a word also written lower-case is common
        (["Sunridge aims to grow."], "sunridge", False),
        (["The Minister spoke.", "The minister left."], "minister", False),
        (["He met Rivers officials.", "The rivers rose."], "rivers", False),
    ],
)
def test_written_names(texts: list[str], word: str, named: bool) -> None:
    assert (word in written_names(texts)) is named


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Reactor 2 at the Arnholt nuclear power station", {("reactor", "2")}),
        ("Terminal 5 and Route 9 reopened.", {("terminal", "5"), ("route", "9")}),
        # dates, figures and scores are no numbered names
        ("On May 14 the rates fell to 3.75 per cent.", set()),
        ("Kelburn won 3-2 on Sunday 3 March.", set()),
    ],
)
def test_numbered_names(text: str, found: set[tuple[str, str]]) -> None:
    assert numbered_names(text) == found
