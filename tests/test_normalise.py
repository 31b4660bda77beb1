"""Normalisation: what matching ignores, and the map back to the text as written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.normalise import fold, fold_keeping_spaces, normalise


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("the minister\u2019s \u201cbold\u201d plan", 'the minister\'s "bold" plan'),
        ("\u2018single\u2019 quotes", "'single' quotes"),
        ("2020\u20132024 \u2014 a term", "2020-2024 - a term"),
        ("a non\u2011breaking hyphen", "a non-breaking hyphen"),
        ("Tô\u00a0Lâm", "To Lam"),
        ("ten\u202fkilometres", "ten kilometres"),
        ("spread  over\n\n  lines\tand tabs", "spread over lines and tabs"),
        ("PRESIDENT Biden", "president biden"),
        ("Việt Nam", "Viet Nam"),
        ("Bùi Thanh Sơn", "bui thanh son"),
        ("Đổi mới", "doi moi"),
        ("ĐỔI MỚI", "Doi Moi"),
        ("co\u00adoperation", "cooperation"),  # soft hyphen from a scraped page
    ],
)
def test_fold_ignores_typography_case_and_diacritics(written: str, typed: str) -> None:
    assert fold(written) == fold(typed)


_WORDS = re.compile(r"\w+")
# what news copy is made of: letters with and without marks, quotes, dashes, the spaces
# and invisible characters of scraped pages, ligatures and digits
_NEWS_CHARACTERS = st.sampled_from(
    list("abcXYZ019 .,'\"-`\n\t") + list("ôâơĐđØßæœıÉ…\u00a0\u202f\u00ad\u200b\u2019\u201c\u2014ﬁ")
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_NEWS_CHARACTERS, max_size=60).map("".join))
def test_folding_a_whole_document_keeps_the_words_that_fold_gives(text: str) -> None:
    """Copies are found from a document's folded words without the offsets and spaces
    ``normalise`` keeps: the words must be the same."""
    assert _WORDS.findall(fold_keeping_spaces(text)) == _WORDS.findall(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tô Lâm told the UN General Assembly on 24 September 2024 …",
        "ĐÀ NẴNG \u2014 Bùi Thanh Sơn met co\u00adoperation partners in Kraków",
        "The Harwick ferry\u2019s \u201cfinal\u201d crossing:\u00a0212 passengers",
    ],
)
def test_folding_a_news_sentence_keeping_spaces_gives_fold_s_words(text: str) -> None:
    assert _WORDS.findall(fold_keeping_spaces(text)) == _WORDS.findall(fold(text))


def test_fold_keeps_words_apart() -> None:
    assert fold("Đổi mới") != fold("doi moi moi")
    assert fold("Lâm") != fold("Lan")


def test_d_with_stroke_folds_to_d() -> None:
    # U+0110/U+0111 do not decompose in Unicode, so NFKD alone would leave them.
    assert fold("Đà Nẵng") == "da nang"


def test_offsets_map_back_to_the_name_as_written() -> None:
    original = "Party chief Tô Lâm said so."
    norm = normalise(original)
    start = norm.text.index("to lam")
    begin, end = norm.original_span(start, start + len("to lam"))
    assert original[begin:end] == "Tô Lâm"


def test_offsets_survive_collapsed_space_and_curly_quotes() -> None:
    original = "He said:\n\n   \u201cĐổi mới\u201d\u00a0 still  matters today."
    norm = normalise(original)
    start = norm.text.index("doi moi")
    begin, end = norm.original_span(start, start + len("doi moi"))
    assert original[begin:end] == "Đổi mới"
    start = norm.text.index("matters today")
    begin, end = norm.original_span(start, start + len("matters today"))
    assert original[begin:end] == "matters today"


def test_offsets_after_a_dropped_character() -> None:
    original = "co\u00adoperation with Hà Nội"
    norm = normalise(original)
    start = norm.text.index("ha noi")
    begin, end = norm.original_span(start, start + len("ha noi"))
    assert original[begin:end] == "Hà Nội"


@pytest.mark.parametrize("text", ["The Talks went WELL", "  The   Talks\nwent WELL"])
def test_plain_ascii_and_unicode_fold_the_same_way(text: str) -> None:
    # Pure ASCII takes a fast path; it must give what the general path gives.
    assert normalise(text).text == normalise(text + "\u00e9").text[:-1]
