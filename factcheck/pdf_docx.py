"""Text out of PDF and Word (.docx) documents, through pypdf and python-docx (optional
extras: press releases, court filings and reports arrive in these). A PDF's pages are
kept apart by a form feed on a line of its own, so that evidence is placed by page and
line; a Word document is its paragraphs, a blank line between them."""

from __future__ import annotations

import io

from factcheck.errors import DocumentError

PAGE_BREAK = "\n\f\n"  # between a PDF's pages: a paragraph break, and a page to count


def pdf_text(raw: bytes, name: str) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as error:
        raise DocumentError(_missing(name, "PDF", "pdf", "pypdf")) from error
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise DocumentError(f"{name}: the PDF is encrypted; save an unprotected copy")
        pages = [(page.extract_text() or "") for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise DocumentError(f"{name}: not a readable PDF ({error})") from error
    text = PAGE_BREAK.join(page.replace("\f", " ").strip("\n") for page in pages)
    if not text.strip():
        raise DocumentError(
            f"{name}: the PDF has no text to read (a scan? run it through OCR first)"
        )
    return text + "\n"


def docx_text(raw: bytes, name: str) -> str:
    try:
        import docx
    except ImportError as error:
        raise DocumentError(_missing(name, "Word", "docx", "python-docx")) from error
    from zipfile import BadZipFile

    try:
        document = docx.Document(io.BytesIO(raw))
    except (BadZipFile, KeyError, ValueError) as error:
        raise DocumentError(f"{name}: not a readable Word (.docx) document ({error})") from error
    paragraphs = [p.text.replace("\f", " ") for p in document.paragraphs]
    return "\n\n".join(p for p in paragraphs if p.strip()) + "\n"


def _missing(name: str, kind: str, extra: str, library: str) -> str:
    return (
        f"{name}: reading {kind} documents needs {library}: pip install"
        f" 'factcheck-newsroom[{extra}]' (or pip install {library})"
    )
