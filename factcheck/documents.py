"""Read documents (.txt, .md with front matter, .html; .pdf and .docx through their
text) into passages with exact spans.

Markup is blanked out with spaces rather than removed, so the analysed body has
the same length as the file and every offset points straight into the original (for
a PDF or Word document: into the text read out of it).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import html
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from factcheck.dates import find_dateline, parse_date
from factcheck.errors import DocumentError
from factcheck.inputs import FileTooLarge, UnreadableFile, path_problem, read_limited
from factcheck.model import Document, Passage, Source
from factcheck.pdf_docx import PAGE_BREAK, docx_text, pdf_text
from factcheck.yaml_nodes import YamlProblem, compose, top_level_scalars

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}  # fmt: skip
_SUPPORTED = ".txt, .md, .html, .pdf or .docx"


def read_document(source: Source, raw: bytes | None = None) -> Document:
    """Read, decode and segment one source's document (``raw``: its bytes, already read)."""
    if raw is None:
        raw = document_bytes(source)
    kind = FORMATS.get(source.path.suffix.lower())
    if kind is None:
        raise DocumentError(
            f"{source.display_path}: unsupported document type '{source.path.suffix}'"
            f" (use {_SUPPORTED})"
        )
    if kind == "pdf":
        text = pdf_text(raw, source.display_path)
    elif kind == "docx":
        text = docx_text(raw, source.display_path)
    else:
        text = _decode(raw, source.display_path)
    meta: dict[str, str] = {}
    if kind == "markdown":
        body, meta = _markdown_body(text, source.display_path)
    elif kind == "html":
        body, meta = _html_body(text)
    else:
        body = text
    passages = segment(body, source.id, text)
    if kind == "pdf":
        passages = _paged(passages, text)
    published, published_from, dateline, overridden = _publication_date(source, meta, body)
    return Document(
        source=source,
        text=text,
        body=body,
        passages=passages,
        published=published,
        published_from=published_from,
        dateline=dateline,
        sha256=hashlib.sha256(raw).hexdigest(),
        meta_title=meta.get("title"),
        meta_outlet=meta.get("outlet"),
        overridden_date=overridden,
    )


def document_bytes(source: Source) -> bytes:
    name = source.display_path
    try:
        return read_limited(source.path, MAX_DOCUMENT_BYTES, source.root)
    except FileTooLarge as error:
        raise DocumentError(
            f"{name}: document is larger than {error.limit // 1048576} MB"
            " (split it or trim it to the article)"
        ) from error
    except UnreadableFile as error:
        reason = "document not found" if str(error) == "not found" else str(error)
        raise DocumentError(f"{name}: {reason} (source '{source.id}')") from error


def _decode(raw: bytes, name: str) -> str:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(raw[:8192]):
        raise DocumentError(f"{name}: UTF-16 text, not UTF-8; save the file as UTF-8")
    if b"\x00" in raw[:8192] or raw[:4] in (b"%PDF", b"PK\x03\x04"):
        raise DocumentError(
            f"{name}: looks like a binary file, not UTF-8 text (a PDF or Word document"
            " is read as .pdf or .docx; save an article as .txt, .md or .html)"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DocumentError(
            f"{name}:{line}: not UTF-8 text (byte 0x{raw[error.start]:02x} at offset"
            f" {error.start}); save the file as UTF-8"
        ) from error


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a byte-order mark: mostly text with a NUL in every other byte."""
    if len(head) < 16:
        return False
    zeros = max(head[0::2].count(0), head[1::2].count(0))
    return zeros > 0.4 * len(head) / 2 and head.count(0) < 0.6 * len(head)


# --- formats --------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_LINK_TEXT_END = re.compile(r"[\]\n]")
_MD_LINK_TARGET_END = re.compile(r"[)\n]")
_MD_MARKUP = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]|>[ \t]?|[-*+][ \t]|\d+\.[ \t])|[*_`]{1,3}")


def _blank(match: re.Match[str]) -> str:
    text = match.group()
    return " " * len(text) if "\n" not in text else re.sub(r"[^\n]", " ", text)


def _markdown_body(text: str, name: str) -> tuple[str, dict[str, str]]:
    meta: dict[str, str] = {}
    body = text
    front = _FRONT_MATTER.match(text)
    if front:
        try:  # composed, never constructed: an alias bomb here stays small
            meta = top_level_scalars(compose(front.group(1)))
        except YamlProblem as problem:
            raise DocumentError(
                f"{name}:{problem.line + 1}: front matter is not valid YAML"
            ) from problem
        body = _blank(front) + text[front.end() :]
    # Keep link text, blank the target; blank emphasis, heading and list markers.
    body = _markdown_links(body)
    body = _MD_MARKUP.sub(_blank, body)
    return body, meta


class _Next:
    """The first match of a pattern at or after a position. Positions asked about only
    grow, so an answer is reused until it is passed: each stretch of text is searched
    once, however many unclosed tags, comments or brackets begin in it."""

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self.text = text
        self.pattern = pattern
        self.asked = -1
        self.found: re.Match[str] | None = None

    def at(self, position: int) -> re.Match[str] | None:
        found = self.found
        if self.asked < 0 or position < self.asked or (found and found.start() < position):
            self.found = found = self.pattern.search(self.text, position)
            self.asked = position
        return found


def _markdown_links(body: str) -> str:
    """'[text](url)' and '![alt](src)' as their text padded with spaces. One pass: the
    ']' or ')' that ends a link is searched for on from the last one found, however many
    '[' come before it."""
    text_end = _Next(body, _MD_LINK_TEXT_END)
    target_end = _Next(body, _MD_LINK_TARGET_END)
    pieces: list[str] = []
    done = position = 0
    while (bracket := body.find("[", position)) >= 0:
        position = bracket + 1
        close = text_end.at(position)
        if close is None or close.group() == "\n" or not body.startswith("(", close.end()):
            continue
        stop = target_end.at(close.end() + 1)
        if stop is None or stop.group() == "\n":
            continue
        start = bracket - 1 if bracket > done and body[bracket - 1] == "!" else bracket
        label = body[position : close.start()]
        pieces += [body[done:start], " " + label + " " * (stop.end() - start - len(label) - 1)]
        done = position = stop.end()
    pieces.append(body[done:])
    return "".join(pieces)


_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer"
    " blockquote title figcaption figure hr nav aside main pre dt dd dl caption".split()
)
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
# Raw text and inert content: left open, they run to the end of the page, as in a browser.
# An unclosed <head> or <svg> hides nothing: HTML may leave </head> out.
_UNCLOSED_HIDES_REST = frozenset({"script", "style", "noscript", "template"})
_END_TAG = {name: re.compile(rf"</{name}\s*>", re.I) for name in _HIDDEN_TAGS}
_TAG_NAME = re.compile(r"/?([a-zA-Z][a-zA-Z0-9-]*)")
_HIDDEN_OPEN = re.compile(rf"<(?:{'|'.join(sorted(_HIDDEN_TAGS))})(?![a-zA-Z0-9-])", re.I)
_GT = re.compile(">")
_COMMENT_END = re.compile("-->")
_CDATA_END = re.compile(r"\]\]>")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
_NOT_NEWLINE = re.compile(r"[^\n]+")
_TITLE_OPEN = re.compile(r"<title", re.I)
_TITLE_CLOSE = re.compile(r"</title>", re.I)
_DATE_TAG = re.compile(r"<(meta|time)", re.I)
_DATE_NAME = re.compile(
    r"(?:name|property)=[\"'](?:article:published_time|date|pubdate|publish-date|dc\.date)[\"']",
    re.I,
)
_DATE_VALUE = {
    "meta": re.compile(r"content=[\"']", re.I),
    "time": re.compile(r"datetime=[\"']", re.I),
}
_ATTRIBUTE_VALUE = re.compile(r"[^\"']+")


def _html_body(text: str) -> tuple[str, dict[str, str]]:
    """Visible text of a page, as a same-length copy with everything else blanked; block
    tags leave line breaks. One pass over the page (see _markup)."""
    meta: dict[str, str] = {}
    title = _html_title(text)
    if title is not None:
        meta["title"] = title
    published = _html_published(text)
    if published is not None:
        meta["published"] = published
    pieces: list[str] = []
    visible = 0
    for start, end, name in _markup(text):
        pieces.append(text[visible:start])
        if text.find("\n", start, end) < 0:
            blank = " " * (end - start)
        else:
            blank = _NOT_NEWLINE.sub(lambda run: " " * len(run.group()), text[start:end])
        pieces.append(_break(name, blank))
        visible = end
    pieces.append(text[visible:])
    # Markup is blanked by now, so every entity left is visible text.
    body = _ENTITY.sub(_entity, "".join(pieces))
    return body, meta


def _break(name: str, blank: str) -> str:
    """Blanked markup: a block tag ends a paragraph (two line breaks); a <br> ends only
    a line, so a sentence broken across it stays one sentence ('Biden<br>in New York')
    while <br><br> still parts paragraphs."""
    if name == "br":
        return "\n" + blank[1:]
    return "\n\n" + blank[2:] if name in _BLOCK_TAGS else blank


def _entity(match: re.Match[str]) -> str:
    """A one-character entity as its character, padded to the entity's length."""
    value = html.unescape(match.group())
    if len(value) != 1:
        return match.group()
    return (" " if value.isspace() else value) + " " * (len(match.group()) - 1)


class _Scanner:
    """Reads the markup of a page at a '<': comment, CDATA, declaration or tag."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.gt = _Next(text, _GT)
        self.comment_end = _Next(text, _COMMENT_END)
        self.cdata_end = _Next(text, _CDATA_END)
        self.end_tags = {name: _Next(text, pattern) for name, pattern in _END_TAG.items()}

    def token(self, lt: int, limit: int) -> tuple[int, str, bool] | None:
        """(end, lower-case tag name or '', closing tag?) of the markup starting at ``lt``
        and ending by ``limit``; None when the '<' is text."""
        text = self.text
        if text[lt + 1 : lt + 2] in ("!", "?"):
            if text.startswith("<!--", lt):
                close = self.comment_end.at(lt + 4)  # unclosed: it runs to the end, as in a browser
                end = close.end() if close is not None and close.end() <= limit else limit
                return end, "", False
            if text.startswith("<![CDATA[", lt):
                close = self.cdata_end.at(lt + 9)
                if close is not None and close.end() <= limit:
                    return close.end(), "", False
            gt = self.gt.at(lt + 2)
            return (gt.end(), "", False) if gt is not None and gt.end() <= limit else None
        name = _TAG_NAME.match(text, lt + 1)
        if name is None:
            return None
        gt = self.gt.at(name.end())
        if gt is None or gt.end() > limit:
            return None
        tag = name.group(1).lower()
        end = gt.end()
        if tag not in _HIDDEN_TAGS:
            # A tag left open ('<img src="a.png"' and then '<script>') ends where a hidden
            # element begins: what the script holds stays hidden.
            hidden = _HIDDEN_OPEN.search(text, name.end(), gt.start())
            end = hidden.start() if hidden is not None else end
        return end, tag, name.group().startswith("/")

    def tags_left(self) -> bool:
        """False once the page has no '>' left after the last '<' read: no tag can end."""
        return self.gt.asked < 0 or self.gt.found is not None

    def hidden_end(self, name: str, open_end: int) -> tuple[int, int] | None:
        """(start, end) of the end tag of a hidden element opened before ``open_end``."""
        close = self.end_tags[name].at(open_end)
        if close is not None:
            return close.start(), close.end()
        if name in _UNCLOSED_HIDES_REST:
            return len(self.text), len(self.text)
        return None

    def inside(self, start: int, stop: int) -> Iterator[tuple[int, int, str]]:
        """Cover a hidden element's content with spans; its block tags still break lines."""
        text = self.text
        pos = start
        while (lt := text.find("<", pos, stop)) >= 0:
            token = self.token(lt, stop)
            if token is None:
                if not self.tags_left():
                    break
                pos = lt + 1
                continue
            pos, name, _ = token
            if name in _BLOCK_TAGS:
                if lt > start:
                    yield start, lt, ""
                yield lt, pos, name
                start = pos
        if start < stop:
            yield start, stop, ""


def _markup(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, tag name) of every stretch of markup, in order: tags, comments, and
    whole hidden elements (script, style, ...). One pass: each '<' is read once, and the
    searches for '>', '-->' or an end tag never go back over text already searched."""
    scanner = _Scanner(text)
    pos = 0
    while (lt := text.find("<", pos)) >= 0:
        token = scanner.token(lt, len(text))
        if token is None:
            if not scanner.tags_left():  # only an unclosed comment can follow
                comment = text.find("<!--", lt)
                if comment >= 0:
                    yield comment, len(text), ""
                return
            pos = lt + 1
            continue
        pos, name, closing = token
        yield lt, pos, name
        if name not in _HIDDEN_TAGS or closing or (name == "svg" and text[pos - 2] == "/"):
            continue
        hidden = scanner.hidden_end(name, pos)
        if hidden is not None:
            yield from scanner.inside(pos, hidden[0])
            if hidden[1] > hidden[0]:
                yield hidden[0], hidden[1], name
            pos = hidden[1]


def _html_title(text: str) -> str | None:
    """The first <title>, tags and entities resolved."""
    opened = _TITLE_OPEN.search(text)
    gt = text.find(">", opened.end()) if opened else -1
    closed = _TITLE_CLOSE.search(text, gt + 1) if gt >= 0 else None
    if opened is None or closed is None:
        return None
    inner = text[gt + 1 : closed.start()]
    # Every '<' before the last '>' ends at the next '>': one regex pass, no rescanning.
    last = inner.rfind(">") + 1
    inner = re.sub(r"<[^>]*>", " ", inner[:last]) + inner[last:]
    return " ".join(html.unescape(inner).split())


def _html_published(text: str) -> str | None:
    """The publication date a page declares: <meta name="date" content="..."> (or
    article:published_time, pubdate, ...) or <time datetime="...">; the first such tag.
    Within a tag the last date attribute counts. A tag is read up to its '>' (the rest of
    the page when there is none); a second <meta or <time before that '>' cannot do better
    than the first, so each stretch of the page is read once."""
    searched = {"meta": -1, "time": -1}
    for opened in _DATE_TAG.finditer(text):
        kind = opened.group(1).lower()
        if opened.start() < searched[kind]:
            continue
        gt = text.find(">", opened.end())
        stop = len(text) if gt < 0 else gt
        searched[kind] = stop
        after = opened.end() + 1  # a character at least between the name and an attribute
        values = [
            m
            for m in _DATE_VALUE[kind].finditer(text, after, stop)
            if m.end() < len(text) and text[m.end()] not in "\"'"
        ]
        if not values:
            continue
        if kind == "meta" and _DATE_NAME.search(text, after, values[-1].start()) is None:
            continue
        value = _ATTRIBUTE_VALUE.match(text, values[-1].end())
        assert value is not None  # it starts with a character that is not a quote
        return value.group()
    return None


# --- passages -------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen gov gen rep prof jr sr inc ltd co corp no vs etc e.g i.e u.s u.k"
    " jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m lt col capt sgt pres dept"
    " approx est fig vol mt ft".split()
)
# A full stop ends a sentence at the end of a run of stops (so a long run of dots is read
# once, not once per dot), then any closing quotes or brackets, then a space.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++(?:[\"'”’)\]]++)?(?=\s)")
_TERMINAL = ".!?:;\"'”’)]"
_NON_SPACE = re.compile(r"\S")
# Enough characters before a full stop to tell an abbreviation ('Mr.', 'e.g.') from a word.
_ABBREVIATION_REACH = 2 + max(len(a) for a in _ABBREVIATIONS)
_WORD_AT_STOP = re.compile(r"([\w.]+)[.!?]*$")
# Judging a passage costs more than its length (its values are weighed against its words),
# so a run of text with no sentence boundary (a lower-case transcript, a base64 blob, a
# minified line) is cut into pieces of at most this many characters. Real sentences are far
# shorter: the longest in the example story and the seed articles has 500.
MAX_PASSAGE = 3000
# Where to cut such a run, best first: after a full stop, a semicolon or comma, at a space.
_CUTS = ((". ", "! ", "? "), ("; ", ", "), (" ", "\n", "\t"))


def _paged(passages: list[Passage], text: str) -> list[Passage]:
    """A PDF's passages placed by page, and by line within the page."""
    starts = [0]
    at = text.find(PAGE_BREAK)
    while at >= 0:
        starts.append(at + len(PAGE_BREAK))
        at = text.find(PAGE_BREAK, at + 1)
    placed = []
    for passage in passages:
        page = bisect.bisect_right(starts, passage.start)
        line = text.count("\n", starts[page - 1], passage.start) + 1
        placed.append(replace(passage, page=page, line=line))
    return placed


def segment(body: str, doc_id: str, original: str | None = None) -> list[Passage]:
    """Split a body into sentence passages, keeping paragraph numbers and spans; lines
    are counted in the original file (HTML block tags add breaks to the body only)."""
    source_text = body if original is None else original
    passages: list[Passage] = []
    line, counted = 1, 0  # line of offset `counted`; passages come in order
    for paragraph, (start, end) in enumerate(_paragraphs(body)):
        for sentence in _sentences(body, start, end):
            for pstart, pend in _pieces(body, *sentence):
                line += source_text.count("\n", counted, pstart)
                counted = pstart
                passages.append(Passage(doc_id, len(passages), paragraph, pstart, pend, line))
    return passages


def _lines(body: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line with visible text; blank stretches (an HTML page's
    blanked markup) are skipped in one search each."""
    pos = 0
    while (visible := _NON_SPACE.search(body, pos)) is not None:
        start = body.rfind("\n", pos, visible.start()) + 1  # pos is 0 or a line break
        end = body.find("\n", visible.start())
        pos = len(body) if end < 0 else end
        yield start, pos


def _blocks(body: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of consecutive lines with visible text (a blank line ends a run)."""
    block: list[tuple[int, int]] = []
    for start, end in _lines(body):
        if block and start != block[-1][1] + 1:
            yield block
            block = []
        block.append((start, end))
    if block:
        yield block


def _paragraphs(body: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for lines in _blocks(body):
        texts = [body[s:e].strip() for s, e in lines]
        # Hard-wrapped prose has short lines; one-paragraph-per-line copy has long ones.
        short_lines = max(len(t) for t in texts) <= 100
        wrapped = (
            len(lines) >= 3
            and short_lines
            and sum(1 for t in texts[:-1] if not t.endswith(tuple(_TERMINAL)))
            >= 0.6 * (len(lines) - 1)
        )
        current = list(lines[0])
        for (s, e), previous, text in zip(lines[1:], texts, texts[1:], strict=False):
            open_ended = not previous.endswith(tuple(_TERMINAL))
            joins = wrapped or (
                open_ended
                and (
                    text[:1].islower()
                    or previous.endswith((",", "-", "–"))
                    or (short_lines and len(previous.split()) >= 4)
                )
            )
            if joins:
                current[1] = e
            else:
                spans.append((current[0], current[1]))
                current = [s, e]
        spans.append((current[0], current[1]))
    return [_strip(body, s, e) for s, e in spans]


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    text = body[start:end]
    kept = text.lstrip()
    start += len(text) - len(kept)
    return start, start + len(kept.rstrip())


def _sentences(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph. Each step looks only at the text between two
    full stops (and a few characters before one), so a paragraph is read in linear time
    however few of its stops end a sentence."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(body, start, end):
        stop = match.end()
        after = _NON_SPACE.search(body, stop, end)
        if after is None:
            break
        if match.group().startswith(".") and _abbreviation(body, cursor, match.start()):
            continue
        first = body[after.start()]
        if not (first.isupper() or first.isdigit() or first in "\"'“‘(["):
            continue
        spans.append(_strip(body, cursor, stop))
        cursor = stop
    spans.append(_strip(body, cursor, end))
    return [s for s in spans if s[1] > s[0]]


def _abbreviation(body: str, cursor: int, stop: int) -> bool:
    """Is the word before the full stop at ``stop`` an abbreviation or an initial? Only
    the last few characters are read: a longer word is neither."""
    word = _WORD_AT_STOP.search(body[max(cursor, stop - _ABBREVIATION_REACH) : stop + 1])
    token = word.group(1).lower().rstrip(".") if word else ""
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _pieces(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A sentence as one passage, or one too long to judge (see MAX_PASSAGE) in pieces
    that tile it, white space between pieces left out."""
    while end - start > MAX_PASSAGE:
        cut = _cut(body, start)
        yield _strip(body, start, cut)
        after = _NON_SPACE.search(body, cut, end)
        assert after is not None  # a stripped sentence ends with visible text
        start = after.start()
    yield start, end


def _cut(body: str, start: int) -> int:
    """Where to end a piece starting at ``start``: the last good break in the second half
    of MAX_PASSAGE characters, else right at the limit."""
    low, high = start + MAX_PASSAGE // 2, start + MAX_PASSAGE
    for marks in _CUTS:
        found = max(body.rfind(mark, low, high) for mark in marks)
        if found >= 0:
            return found + 1
    return high


# --- dates ----------------------------------------------------------------------------


def _publication_date(
    source: Source, meta: dict[str, str], body: str
) -> tuple[dt.date | None, str, str | None, tuple[dt.date, str] | None]:
    """The publication date, where it comes from, the dateline as written, and, when the
    registry's date stands in for one the document gives itself, that one (and where
    the document gives it)."""
    dateline = find_dateline(body)
    written = dateline[1] if dateline else None
    own: tuple[dt.date, str] | None = None
    for key in ("published", "date", "pubdate"):
        if key in meta:
            parsed = parse_date(meta[key])
            if parsed is not None:
                own = parsed, "front matter"
                break
    if own is None and dateline:
        own = dateline[0], "dateline"
    if source.published is not None:
        overridden = own if own is not None and own[0] != source.published else None
        return source.published, "registry", written, overridden
    if own is not None:
        return own[0], own[1], written, None
    return None, "unknown", None, None


def document_path_problem(path: Path) -> str | None:
    """Why a registry's document path cannot be used, for validation without reading it."""
    problem = path_problem(path)
    if problem and problem.startswith("is a folder"):
        return problem
    if path.suffix.lower() not in FORMATS:
        return f"unsupported document type '{path.suffix or path.name}' (use {_SUPPORTED})"
    return "document not found" if problem == "not found" else problem
