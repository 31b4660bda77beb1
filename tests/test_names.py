"""Which words a story writes only as names."""

from __future__ import annotations

import pytest

from factcheck.names import written_names


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
