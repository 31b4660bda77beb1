"""Read documents (.txt, .md with front matter, .html) into passages with exact spans.

Markup is blanked out with spaces rather than removed, so the analysed body has
the same length as the file and every offset points straight into the original.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import html
import re
from pathlib import Path

from factcheck.dates import find_dateline, parse_date
from factcheck.errors import DocumentError
from factcheck.inputs import FileTooLarge, UnreadableFile, path_problem, read_limited
from factcheck.model import Document, Passage, Source
from factcheck.yaml_nodes import YamlProblem, compose, top_level_scalars

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html"}  # fmt: skip


def read_document(source: Source) -> Document:
    """Read, decode and segment one source's document."""
    raw = _read_bytes(source)
    text = _decode(raw, source.display_path)
    kind = FORMATS.get(source.path.suffix.lower())
    if kind is None:
        raise DocumentError(
            f"{source.display_path}: unsupported document type '{source.path.suffix}'"
            f" (use .txt, .md or .html)"
        )
    meta: dict[str, str] = {}
    if kind == "markdown":
        body, meta = _markdown_body(text, source.display_path)
    elif kind == "html":
        body, meta = _html_body(text)
    else:
        body = text
    passages = segment(body, source.id, text)
    published, published_from, dateline = _publication_date(source, meta, body)
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
    )


def _read_bytes(source: Source) -> bytes:
    name = source.display_path
    try:
        return read_limited(source.path, MAX_DOCUMENT_BYTES)
    except FileTooLarge as error:
        raise DocumentError(
            f"{name}: document is larger than {error.limit // 1048576} MB"
            " (split it or trim it to the article)"
        ) from error
    except UnreadableFile as error:
        reason = "document not found" if str(error) == "not found" else str(error)
        raise DocumentError(f"{name}: {reason} (source '{source.id}')") from error


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw[:8192] or raw[:4] in (b"%PDF", b"PK\x03\x04"):
        raise DocumentError(
            f"{name}: looks like a binary file, not UTF-8 text (PDF, Word and "
            "images are not read: save the article as .txt, .md or .html)"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DocumentError(
            f"{name}:{line}: not UTF-8 text (byte 0x{raw[error.start]:02x} at offset"
            f" {error.start}); save the file as UTF-8"
        ) from error


# --- formats --------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_MARKUP = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]|>[ \t]?|[-*+][ \t]|\d+\.[ \t])|[*_`]{1,3}")


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


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
    body = _MD_LINK.sub(
        lambda m: " " + m.group(1) + " " * (len(m.group()) - len(m.group(1)) - 1), body
    )
    body = _MD_MARKUP.sub(_blank, body)
    return body, meta


_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer"
    " blockquote title figcaption figure hr nav aside main pre dt dd dl caption".split()
)
_HIDDEN_TAGS = ("script", "style", "noscript", "template", "svg", "head")
_TAG = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<[!?][^>]*>|</?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>",
                  re.S)  # fmt: skip
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
_META_DATE = re.compile(
    r"<meta[^>]+(?:name|property)=[\"'](?:article:published_time|date|pubdate|publish-date|"
    r"dc\.date)[\"'][^>]*content=[\"']([^\"']+)|<time[^>]+datetime=[\"']([^\"']+)",
    re.I,
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def _html_body(text: str) -> tuple[str, dict[str, str]]:
    """Visible text of a page, as a same-length copy with everything else blanked."""
    meta: dict[str, str] = {}
    title = _TITLE.search(text)
    if title:
        meta["title"] = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", title.group(1))).split())
    date = _META_DATE.search(text)
    if date:
        meta["published"] = date.group(1) or date.group(2)
    chars = list(text)
    hidden = "|".join(_HIDDEN_TAGS)
    for match in re.finditer(rf"<({hidden})\b[^>]*>.*?</\1\s*>", text, re.S | re.I):
        _blank_span(chars, match.start(), match.end())
    for match in _TAG.finditer(text):
        tag = (match.group(1) or "").lower()
        _blank_span(chars, match.start(), match.end())
        if tag in _BLOCK_TAGS:
            chars[match.start()] = "\n"
            if match.end() - match.start() > 2:
                chars[match.start() + 1] = "\n"
    for match in _ENTITY.finditer(text):
        value = html.unescape(match.group())
        if len(value) == 1 and chars[match.start()] == "&":
            _blank_span(chars, match.start(), match.end())
            chars[match.start()] = " " if value.isspace() else value
    body = "".join(chars)
    return body, meta


def _blank_span(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        if chars[index] != "\n":
            chars[index] = " "


# --- passages -------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen gov gen rep prof jr sr inc ltd co corp no vs etc e.g i.e u.s u.k"
    " jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m lt col capt sgt pres dept"
    " approx est fig vol mt ft".split()
)
_SENTENCE_END = re.compile(r"[.!?]+(?:[\"'”’)\]]+)?(?=\s)")
_TERMINAL = ".!?:;\"'”’)]"


def segment(body: str, doc_id: str, original: str | None = None) -> list[Passage]:
    """Split a body into sentence passages, keeping paragraph numbers and spans; lines
    are counted in the original file (HTML block tags add breaks to the body only)."""
    source_text = body if original is None else original
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", source_text)]
    passages: list[Passage] = []
    for paragraph, (start, end) in enumerate(_paragraphs(body)):
        for sstart, send in _sentences(body, start, end):
            line = bisect.bisect_right(line_starts, sstart)
            passages.append(Passage(doc_id, len(passages), paragraph, sstart, send, line))
    return passages


def _paragraphs(body: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", body):
        lines = [(m.start() + block.start(), m.end() + block.start())
                 for m in re.finditer(r"[^\n]*\S[^\n]*", block.group())]  # fmt: skip
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
    return [_strip(body, s, e) for s, e in spans if body[s:e].strip()]


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _sentences(body: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    text = body[start:end]
    for match in _SENTENCE_END.finditer(text):
        stop = start + match.end()
        after = body[stop:end].lstrip()
        if not after:
            break
        word = re.search(r"([\w.]+)[.!?]*$", body[cursor : start + match.start() + 1])
        token = word.group(1).lower().rstrip(".") if word else ""
        if match.group().startswith(".") and (
            token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())
        ):
            continue
        if not (after[0].isupper() or after[0].isdigit() or after[0] in "\"'“‘(["):
            continue
        spans.append(_strip(body, cursor, stop))
        cursor = stop
    spans.append(_strip(body, cursor, end))
    return [s for s in spans if s[1] > s[0]]


# --- dates ----------------------------------------------------------------------------


def _publication_date(
    source: Source, meta: dict[str, str], body: str
) -> tuple[dt.date | None, str, str | None]:
    dateline = find_dateline(body)
    if source.published is not None:
        return source.published, "registry", dateline[1] if dateline else None
    for key in ("published", "date", "pubdate"):
        if key in meta:
            parsed = parse_date(meta[key])
            if parsed is not None:
                return parsed, "front matter", dateline[1] if dateline else None
    if dateline:
        return dateline[0], "dateline", dateline[1]
    return None, "unknown", None


def document_path_problem(path: Path) -> str | None:
    """Why a registry's document path cannot be used, for validation without reading it."""
    if path.suffix.lower() not in FORMATS:
        return f"unsupported document type '{path.suffix or path.name}' (use .txt, .md or .html)"
    problem = path_problem(path)
    return "document not found" if problem == "not found" else problem
