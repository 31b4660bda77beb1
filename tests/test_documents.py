"""Documents: formats, visible text, passages with exact spans and lines, dates, bad files."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from factcheck.documents import read_document
from factcheck.errors import DocumentError
from factcheck.model import Document, Source


def read(path: Path, published: dt.date | None = None) -> Document:
    source = Source(id="doc", path=path, display_path=path.name, published=published)
    return read_document(source)


def passage_with(doc: Document, words: str) -> int:
    """Index of the passage whose visible text contains ``words``."""
    found = [i for i, p in enumerate(doc.passages) if words in doc.passage_text(p)]
    assert found, f"no passage with {words!r} in {[doc.passage_text(p) for p in doc.passages]}"
    return found[0]


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# --- plain text -----------------------------------------------------------------------


def test_txt_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe ferry left at dawn. It reached the island by noon.\n".encode())
    doc = read(path)
    assert not doc.text.startswith("\ufeff")
    first = doc.passages[0]
    assert doc.text[first.start : first.end] == "The ferry left at dawn."
    assert first.line == 1


def test_sentences_and_one_based_lines(tmp_path: Path, write_doc) -> None:
    path = write_doc(
        tmp_path,
        "lines.txt",
        """
        The ferry left at dawn.

        It reached the island by noon. The captain was pleased.
        Nobody was hurt.
        """,
    )
    doc = read(path)
    texts = [doc.text[p.start : p.end] for p in doc.passages]
    assert texts == [
        "The ferry left at dawn.",
        "It reached the island by noon.",
        "The captain was pleased.",
        "Nobody was hurt.",
    ]
    assert [p.line for p in doc.passages] == [1, 3, 3, 4]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor met the visiting President\nAna Lima in the town hall on Monday.\n",
        "The mayor said the bridge was\n“a gift to the whole town” on Monday.\n",
    ],
)
def test_a_sentence_wrapped_before_a_capital_is_one_passage(
    tmp_path: Path, write_doc, text: str
) -> None:
    doc = read(write_doc(tmp_path, "wrapped.txt", text))
    assert len(doc.passages) == 1, [doc.passage_text(p) for p in doc.passages]


def test_a_wrapped_paragraph_is_one_paragraph(tmp_path: Path, write_doc) -> None:
    text = "The mayor met the visiting\nminister in the town hall. They\ntalked for an hour.\n"
    doc = read(write_doc(tmp_path, "wrapped.txt", text))
    assert [doc.passage_text(p) for p in doc.passages] == [
        "The mayor met the visiting minister in the town hall.",
        "They talked for an hour.",
    ]
    assert {p.paragraph for p in doc.passages} == {0}


def test_abbreviations_do_not_end_a_sentence(tmp_path: Path, write_doc) -> None:
    doc = read(
        write_doc(tmp_path, "abbr.txt", "Mr. Novak flew to the U.S. on Monday. He stayed a week.\n")
    )
    assert [doc.passage_text(p) for p in doc.passages] == [
        "Mr. Novak flew to the U.S. on Monday.",
        "He stayed a week.",
    ]


def test_crlf_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"First line here.\r\n\r\nThird line here.\r\n")
    doc = read(path)
    third = doc.passages[passage_with(doc, "Third")]
    assert third.line == 3
    assert doc.text[third.start : third.end] == "Third line here."


# --- dates ----------------------------------------------------------------------------


def test_dateline_gives_the_publication_date(tmp_path: Path, write_doc) -> None:
    path = write_doc(
        tmp_path,
        "dated.txt",
        """
        Harbour news
        September 27, 2024 - 13:13

        The ferry left at dawn.
        """,
    )
    doc = read(path)
    assert doc.published == dt.date(2024, 9, 27)
    assert doc.published_from == "dateline"
    assert doc.dateline is not None and doc.dateline.startswith("September 27, 2024")


def test_registry_date_wins_over_dateline(tmp_path: Path, write_doc) -> None:
    path = write_doc(tmp_path, "dated.txt", "Hanoi, September 27, 2024\n\nThe ferry left.\n")
    doc = read(path, published=dt.date(2024, 9, 28))
    assert doc.published == dt.date(2024, 9, 28)
    assert doc.published_from == "registry"


def test_no_date_anywhere(tmp_path: Path, write_doc) -> None:
    doc = read(write_doc(tmp_path, "undated.txt", "The ferry left at dawn.\n"))
    assert doc.published is None
    assert doc.published_from == "unknown"


# --- markdown -------------------------------------------------------------------------


MARKDOWN = """
---
title: Ferry news
outlet: The Island Gazette
published: 2023-03-05
---

# A new ferry

The **new** ferry, *Island Star*, left at dawn. Read [the timetable](https://example.org/t).
"""


def test_markdown_front_matter(tmp_path: Path, write_doc) -> None:
    doc = read(write_doc(tmp_path, "story.md", MARKDOWN))
    assert doc.published == dt.date(2023, 3, 5)
    assert doc.published_from == "front matter"
    assert doc.meta_outlet == "The Island Gazette"
    assert doc.meta_title == "Ferry news"
    assert not any("outlet" in doc.passage_text(p) for p in doc.passages)


def test_markdown_markup_is_not_text_but_offsets_are_the_file(tmp_path: Path, write_doc) -> None:
    doc = read(write_doc(tmp_path, "story.md", MARKDOWN))
    passage = doc.passages[passage_with(doc, "left at dawn")]
    assert re.sub(r" (?=,)", "", doc.passage_text(passage)) == (
        "The new ferry, Island Star, left at dawn."
    )
    assert "**new**" in doc.text[passage.start : passage.end]
    assert passage.line == 9
    link = doc.passages[passage_with(doc, "timetable")]
    assert "https" not in doc.passage_text(link)


def test_removed_markup_leaves_no_stray_space(tmp_path: Path, write_doc) -> None:
    doc = read(write_doc(tmp_path, "story.md", MARKDOWN))
    assert "Island Star, left" in doc.passage_text(doc.passages[passage_with(doc, "dawn")])
    page = read(write_doc(tmp_path, "page.html", HTML))
    assert "\u201ccalm\u201d" in page.passage_text(page.passages[passage_with(page, "Captain")])


def test_bad_front_matter_names_the_file(tmp_path: Path, write_doc) -> None:
    path = write_doc(tmp_path, "broken.md", "---\ntitle: [unclosed\n---\n\nText.\n")
    with pytest.raises(DocumentError, match=r"broken\.md"):
        read(path)


# --- html -----------------------------------------------------------------------------


HTML = """<!DOCTYPE html>
<html><head><title>Ferry news</title>
<style>.secret { color: red } /* harbour closed on May 9 */</style>
<script>var teaser = "The ferry sank in the storm";</script>
</head>
<body>
<!-- draft: the ferry was cancelled -->
<p>Trade &amp; tourism grew as the ferry left at dawn.</p>
<p>Captain Ana&nbsp;Lima said the crossing was &ldquo;calm&rdquo;.</p>
</body></html>
"""


def test_html_visible_text_only(tmp_path: Path, write_doc) -> None:
    doc = read(write_doc(tmp_path, "page.html", HTML))
    visible = " ".join(doc.passage_text(p) for p in doc.passages)
    assert "left at dawn" in visible
    for hidden in ("sank", "storm", "secret", "color", "cancelled", "draft", "May 9"):
        assert hidden not in visible


def test_html_entities(tmp_path: Path, write_doc) -> None:
    doc = read(write_doc(tmp_path, "page.html", HTML))
    assert doc.passage_text(doc.passages[passage_with(doc, "tourism")]).startswith(
        "Trade & tourism grew"
    )
    assert "Ana Lima said" in doc.passage_text(doc.passages[passage_with(doc, "Captain")])


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        ("<p>Lam met Joe Biden<br>in New York on 25 September.</p>",
         "Lam met Joe Biden in New York on 25 September."),
        ("<p>The ferry left Portside<br/>at dawn with 40 passengers.</p>",
         "The ferry left Portside at dawn with 40 passengers."),
    ],
)  # fmt: skip
def test_a_line_break_inside_a_sentence_keeps_one_sentence(
    tmp_path: Path, write_doc, page: str, sentence: str
) -> None:
    doc = read(write_doc(tmp_path, "page.html", page))
    assert [doc.passage_text(p) for p in doc.passages] == [sentence]


def test_two_line_breaks_part_paragraphs(tmp_path: Path, write_doc) -> None:
    doc = read(write_doc(tmp_path, "page.html", "<p>The ferry left<br><br>at dawn</p>"))
    assert [doc.passage_text(p) for p in doc.passages] == ["The ferry left", "at dawn"]


def test_html_offsets_point_into_the_original_file(tmp_path: Path, write_doc) -> None:
    doc = read(write_doc(tmp_path, "page.html", HTML))
    passage = doc.passages[passage_with(doc, "tourism")]
    original = doc.text[passage.start : passage.end]
    assert "Trade &amp; tourism grew as the ferry left at dawn." in original
    assert doc.text == (tmp_path / "page.html").read_text(encoding="utf-8")


def test_html_line_numbers_are_lines_of_the_file(tmp_path: Path, write_doc) -> None:
    doc = read(write_doc(tmp_path, "page.html", HTML))
    for passage in doc.passages:
        assert passage.line == line_of(doc.text, passage.start), doc.passage_text(passage)


def test_html_meta_date(tmp_path: Path, write_doc) -> None:
    page = (
        '<html><body><time datetime="2024-05-02">2 May</time><p>The ferry left.</p></body></html>'
    )
    doc = read(write_doc(tmp_path, "page.html", page))
    assert doc.published == dt.date(2024, 5, 2)


# --- files that are not documents -----------------------------------------------------


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DocumentError, match=r"photo\.txt.*binary"):
        read(path)


def test_non_utf8_file_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("First line.\nCaf\u00e9 society.\n".encode("latin-1"))
    with pytest.raises(DocumentError, match=r"latin\.txt:2: not UTF-8"):
        read(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"gone\.txt.*not found"):
        read(tmp_path / "gone.txt")


def test_unsupported_format(tmp_path: Path) -> None:
    path = tmp_path / "report.odt"
    path.write_text("text")
    with pytest.raises(DocumentError, match=r"report\.odt.*unsupported.*\.pdf or \.docx"):
        read(path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: costs nothing on disk
    with pytest.raises(DocumentError, match=r"huge\.txt.*MB"):
        read(path)


def test_words_count_visible_words(tmp_path: Path, write_doc) -> None:
    doc = read(
        write_doc(tmp_path, "page.html", "<p>One two <b>three</b></p><script>x y z</script>")
    )
    assert doc.words == 3
    assert re.sub(r"\s+", " ", doc.body).strip() == "One two three"


@pytest.mark.parametrize(
    ("name", "text", "registry_date", "warning"),
    [
        # a wire story whose dateline gives the day after the registry's date
        ("wire.txt", "HANOI, September 26, 2024 - The talks ended on Monday.\n",
         "2024-09-25", "the registry's published 2024-09-25 is used, though its dateline"
                       " gives 2024-09-26"),
        # a council feature whose front matter gives another day
        ("council.md", "---\npublished: 2023-05-02\n---\nThe council met on Tuesday.\n",
         "2023-05-03", "the registry's published 2023-05-03 is used, though its front"
                       " matter gives 2023-05-02"),
        # the same day told both ways: nothing to say
        ("ferry.txt", "LISBON, June 4, 2024 - The ferry left at dawn.\n", "2024-06-04", None),
    ],
)  # fmt: skip
def test_a_registry_date_that_stands_in_for_the_documents_own_is_told(
    tmp_path: Path, name: str, text: str, registry_date: str, warning: str | None
) -> None:
    """The registry's date is used, as documented; where the document gives another
    day itself, a run says so on stderr (and in the JSON report), and still passes."""
    from click.testing import CliRunner

    from factcheck.cli import main

    story = tmp_path / "story"
    story.mkdir()
    (story / name).write_text(text, encoding="utf-8")
    registry = story / "registry.yaml"
    registry.write_text(
        f"version: 1\nsources:\n  doc:\n    path: {name}\n    published: {registry_date}\n"
        "claims:\n  - id: a\n    claim: The ferry left at dawn.\n",
        encoding="utf-8",
    )
    command = ["check", str(registry), "--format", "json", "--fail-on", "never"]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    if warning is None:
        assert warnings == []
    else:
        (line,) = warnings
        assert f"source 'doc': {warning};" in line
        assert warning in result.stdout
