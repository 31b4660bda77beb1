"""Text handling on pathological input: the shapes that once took minutes (unclosed markup,
blank lines as long as a page, sentences with no end, long quotes and claims) still give
the right passages, spans and matches. Behaviour only: speed is bench/pathological.py's."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import unicodedata
from pathlib import Path

import pytest

from factcheck import attribution, documents
from factcheck.documents import MAX_PASSAGE, read_document, segment
from factcheck.features import claim_features
from factcheck.index import Corpus
from factcheck.model import Claim, Document, Source
from factcheck.normalise import fold_char, normalise
from factcheck.stance import StanceJudge
from factcheck.terms import AliasTable


def read(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(Source(id="doc", path=path, display_path=name))


def texts(doc: Document) -> list[str]:
    return [doc.passage_text(p) for p in doc.passages]


def assert_spans_point_into_the_file(doc: Document) -> None:
    """Same length; every character of the body is the file's, a blank, or an entity's."""
    assert len(doc.body) == len(doc.text)
    for index, (kept, written) in enumerate(zip(doc.body, doc.text, strict=True)):
        assert kept == written or kept in " \n" or written == "&", (index, kept, written)
    for passage in doc.passages:
        assert passage.line == doc.text.count("\n", 0, passage.start) + 1
        assert (
            doc.body[passage.start : passage.end].strip() == doc.body[passage.start : passage.end]
        )


# --- html: unclosed things ---------------------------------------------------------------


def test_an_unclosed_comment_hides_the_rest(tmp_path: Path) -> None:
    doc = read(tmp_path, "page.html", "<p>Seen here.</p>" + "<!-- x " * 20_000 + "<p>Hidden.</p>")
    assert texts(doc) == ["Seen here."]
    assert_spans_point_into_the_file(doc)


def test_an_unclosed_script_hides_the_rest(tmp_path: Path) -> None:
    page = "<p>Seen here.</p>" + "<script>var teaser = 1; " * 10_000 + "<p>Hidden.</p>"
    doc = read(tmp_path, "page.html", page)
    assert texts(doc) == ["Seen here."]
    assert_spans_point_into_the_file(doc)


def test_an_unclosed_head_or_svg_hides_nothing(tmp_path: Path) -> None:
    doc = read(tmp_path, "page.html", "<head><title>T</title><svg><p>The ferry left.</p>")
    assert texts(doc) == ["T", "The ferry left."]


def test_a_self_closed_svg_hides_nothing(tmp_path: Path) -> None:
    page = "<svg/><p>The ferry left.</p><svg><text>Hidden label</text></svg><p>It came back.</p>"
    assert texts(read(tmp_path, "page.html", page)) == ["The ferry left.", "It came back."]


def test_unclosed_tags_with_no_closing_bracket_are_text(tmp_path: Path) -> None:
    doc = read(tmp_path, "page.html", "<p>The ferry left.</p> " + "<b " * 30_000)
    assert texts(doc)[0] == "The ferry left."
    assert "".join(texts(doc)[1:]).replace(" ", "") == "<b" * 30_000
    assert_spans_point_into_the_file(doc)


def test_unclosed_tags_run_to_the_next_bracket(tmp_path: Path) -> None:
    doc = read(tmp_path, "page.html", "<p>The ferry left.</p><b <b <b <i>gone<p>It came back.</p>")
    assert texts(doc) == ["The ferry left.", "gone", "It came back."]


def test_a_tag_left_open_before_a_script_keeps_the_script_hidden(tmp_path: Path) -> None:
    page = '<img src="a.png" <script>var teaser = "secret";</script><p>The ferry left.</p>'
    assert texts(read(tmp_path, "page.html", page)) == ["The ferry left."]


def test_tens_of_thousands_of_block_tags(tmp_path: Path) -> None:
    page = "<div>" * 30_000 + "\n<p>The ferry left.</p>" + "</div>" * 30_000
    doc = read(tmp_path, "page.html", page)
    assert texts(doc) == ["The ferry left."]
    assert doc.passages[0].line == 2


def test_block_tags_inside_hidden_elements_still_break_lines(tmp_path: Path) -> None:
    page = "<p>Before it</p><noscript><p>Enable scripts</p></noscript>after it"
    doc = read(tmp_path, "page.html", page)
    assert texts(doc) == ["Before it", "after it"]
    assert len({p.paragraph for p in doc.passages}) == 2


def test_an_unclosed_cdata_section_ends_at_the_next_bracket(tmp_path: Path) -> None:
    doc = read(tmp_path, "page.html", "<p>One.</p>" + "<![CDATA[x> and" * 3 + "<p>Three.</p>")
    assert texts(doc) == ["One.", "and and and", "Three."]


def test_entities_in_hidden_markup_stay_hidden(tmp_path: Path) -> None:
    page = '<p title="a &amp; b">Trade &amp; tourism</p><script>x = "&amp;"</script>'
    doc = read(tmp_path, "page.html", page)
    assert texts(doc) == ["Trade & tourism"]
    assert_spans_point_into_the_file(doc)


def test_publication_date_and_title_despite_unclosed_tags(tmp_path: Path) -> None:
    page = (
        "<title>Ferry <b news</title>"
        + "<meta <time " * 10_000
        + '<meta name="date" content="2024-05-02"><p>The ferry left.</p>'
    )
    doc = read(tmp_path, "page.html", page)
    assert doc.meta_title == "Ferry <b news"
    # The first '<meta' runs to the first '>', past every other: its attributes are found.
    assert doc.published == dt.date(2024, 5, 2)
    page = '<p>The ferry left.</p><time datetime="2024-05-02">2 May</time><meta <meta <meta'
    assert read(tmp_path, "page.html", page).published is not None


# --- passages ----------------------------------------------------------------------------


def test_a_line_of_spaces_as_long_as_a_page(tmp_path: Path) -> None:
    doc = read(tmp_path, "spaces.txt", "The ferry left.\n" + " " * 500_000 + "\nIt came back.\n")
    assert texts(doc) == ["The ferry left.", "It came back."]
    assert [p.line for p in doc.passages] == [1, 3]
    assert [p.paragraph for p in doc.passages] == [0, 1]


def test_a_run_of_dots_is_read_once(tmp_path: Path) -> None:
    doc = read(tmp_path, "toc.txt", "Contents " + "." * 100_000 + " 5\nHe paused... Then left.\n")
    assert texts(doc)[-2:] == ["He paused...", "Then left."]


def test_abbreviations_are_read_from_the_last_few_characters() -> None:
    long_word = "X" + "x" * 50
    body = f"Mr. Novak met Sen. Lima. J. Smith came. Then e.g. Oslo. {long_word}mr. Next. Xmr. Y."
    spans = [body[s:e] for s, e in documents._sentences(body, 0, len(body))]
    assert spans == [
        "Mr. Novak met Sen. Lima.",
        "J. Smith came.",
        "Then e.g. Oslo.",
        f"{long_word}mr.",
        "Next.",
        "Xmr.",
        "Y.",
    ]


def pieces_tile(body: str, start: int, end: int, pieces: list[tuple[int, int]]) -> None:
    assert pieces[0][0] == start
    assert pieces[-1][1] == end
    for (_, previous_end), (next_start, _) in itertools.pairwise(pieces):
        assert previous_end <= next_start
        assert not body[previous_end:next_start].strip()
    for piece_start, piece_end in pieces:
        assert 0 < piece_end - piece_start <= MAX_PASSAGE
        assert body[piece_start:piece_end] == body[piece_start:piece_end].strip()


def test_a_sentence_with_no_end_is_cut_into_pieces_that_tile_it(tmp_path: Path) -> None:
    rng = random.Random(1)
    words = "the minister said talks were held in the capital, officials agreed".split()
    transcript = " ".join(rng.choice(words) for _ in range(10_000)) + ". and so on\n"
    doc = read(tmp_path, "lower.txt", "Title Here\n\n" + transcript)
    first = doc.passages[1]
    assert len(doc.passages) >= 1 + len(transcript) // MAX_PASSAGE
    pieces = [(p.start, p.end) for p in doc.passages[1:]]
    pieces_tile(doc.body, first.start, len(doc.body) - 1, pieces)
    assert {p.paragraph for p in doc.passages[1:]} == {1}
    assert_spans_point_into_the_file(doc)
    # Cut after a comma rather than mid-clause, when there is one.
    assert all(doc.passage_text(p).endswith((",", ".")) for p in doc.passages[1:-1])


def test_a_blob_with_no_break_is_cut_at_the_limit() -> None:
    blob = "QUJD" * (MAX_PASSAGE // 2)
    body = f"Data {blob} here."
    passages = segment(body, "doc")
    pieces_tile(body, 0, len(body), [(p.start, p.end) for p in passages])
    assert [p.end - p.start for p in passages] == [MAX_PASSAGE, MAX_PASSAGE, 11]


def test_real_sentences_are_never_cut(
    example: Path, seeds_eval: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = seeds_eval.parents[1] / "seeds"
    for path in sorted([*(example / "sources").iterdir(), *seeds.iterdir()]):
        source = Source(id=path.stem, path=path, display_path=path.name)
        capped = read_document(source).passages
        monkeypatch.setattr(documents, "MAX_PASSAGE", 10**9)
        assert read_document(source).passages == capped
        monkeypatch.undo()


def test_markdown_brackets_that_never_close(tmp_path: Path) -> None:
    doc = read(tmp_path, "story.md", "Read [the timetable](https://x.org/t). [a](b " + "[" * 50_000)
    assert texts(doc)[0] == "Read the timetable."
    assert "https" not in texts(doc)[0]
    assert "[a](b" in "".join(texts(doc))


# --- normalisation -----------------------------------------------------------------------


def normalise_one_by_one(original: str) -> tuple[str, tuple[int, ...]]:
    """The definition: fold each character, then keep one space of each run."""
    out: list[str] = []
    offsets: list[int] = []
    previous_space = True
    for index, char in enumerate(original):
        folded = fold_char(char)
        if not folded or (folded == " " and previous_space):
            continue
        previous_space = folded == " "
        out.append(folded)
        offsets.extend([index] * len(folded))
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return "".join(out), tuple(offsets)


def test_normalise_folds_as_the_one_by_one_definition() -> None:
    alphabet = [*"aB c\n\t .,`'\"-", "\xa0", "…", "ß", "\xad", "Đ", "ệ", "’", "\u200b", "ﬁ"]
    alphabet += ["\u0301", "\u2003", "\x00", "½", "İ", "\ufdfa", "]", "\\"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        norm = normalise(text)
        if norm.offsets is None:
            assert norm.text == text.lower()
        else:
            assert (norm.text, norm.offsets) == normalise_one_by_one(text), repr(text)
    assert unicodedata.normalize("NFKD", "…") == "..."


# --- quotes and claims -------------------------------------------------------------------


def corpus_of(tmp_path: Path, text: str) -> Corpus:
    doc = read(tmp_path, "doc.txt", text)
    return Corpus([doc], AliasTable())


CREWS = "amber birch cedar dune ember fjord grove heath isle juniper kelp larch moss nettle oak"
NAMES = (CREWS + " pine quartz reed sage thorn").split()
ARTICLE = " ".join(
    f"Paragraph {n} says the harbour council met the {NAMES[n % 20]} and {NAMES[n // 20]}"
    " crews to discuss new ferry routes."
    for n in range(400)
)


def test_fuzzy_quote_found_around_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = corpus_of(tmp_path, ARTICLE)
    quote = "the harbour council met the moss and larch crews to discus new ferry routes"
    everywhere = attribution.find_quote(quote, 0, corpus)
    missing = attribution.find_quote("nothing of the kind was said by anyone", 0, corpus)
    monkeypatch.setattr(attribution, "FUZZY_REGION", 1_000)  # as in a very long file
    around = attribution.find_quote(quote, 0, corpus)
    assert everywhere.status == around.status == "fuzzy"
    assert around == everywhere
    assert "moss and larch crews" in corpus.documents[0].text[around.start : around.end]
    assert missing.status == "missing"
    assert attribution.find_quote("nothing of the kind was said by anyone", 0, corpus) == (
        attribution.QuoteMatch("missing", 0.0, 0, 0)  # no run of its words in the text
    )


def test_a_long_quote_is_matched_fuzzily(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path, ARTICLE)
    start = ARTICLE.index("Paragraph 100 ")
    quote = ARTICLE[start : start + 3 * attribution.FUZZY_PART].replace("council", "counsel")
    found = attribution.find_quote(quote, 0, corpus)
    assert found.status == "fuzzy"
    assert found.start == start
    assert attribution.find_quote("banana " * 1000, 0, corpus).status == "missing"


def test_values_of_a_long_claim_keep_their_words(tmp_path: Path) -> None:
    text = " ".join(f"On {d} May 2024 the council held {d + 10} meetings." for d in range(1, 29))
    corpus = corpus_of(tmp_path, "The council held 12 meetings.")
    features = claim_features(Claim(id="c", text=text), AliasTable())
    judge = StanceJudge(features, corpus)
    tokens = features.tokens
    for value, carried, near in zip(
        features.values.specific, judge.value_terms, judge.value_neighbours, strict=True
    ):
        assert carried == {t.term for t in tokens if value.start <= t.start and t.end <= value.end}
        after = [
            t.term
            for t in tokens
            if t.kind in ("word", "entity", "ordinal") and t.start >= value.end
        ][:4]
        assert list(near) == list(dict.fromkeys(after))
