"""PDF and Word (.docx) sources: the same text gives the same verdicts and stances as
in .txt, evidence in a PDF is placed by page and line, and a missing extra or an
unreadable file is one clear message naming the file."""

from __future__ import annotations

import builtins
import io
import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pypdf")
docx = pytest.importorskip("docx")

# two stories of two paragraphs each; in the PDF each paragraph is a page of its own
STORIES = {
    "harbour": (
        ["The port authority opened the new harbour crane on Monday in Dunmore.",
         "The crane cost 12 million euros, the authority said."],
        [{"id": "crane-opened", "claim": "The port authority opened the new harbour crane."},
         {"id": "crane-cost", "claim": "The harbour crane cost 15 million euros."},
         {"id": "crane-closed", "claim": "The harbour crane was closed for repairs."}],
    ),
    "council": (
        ["Riverton's council approved a budget of 48 million dollars on Monday.",
         "The budget adds two bus lines, the finance committee said."],
        [{"id": "budget", "claim": "Riverton's council approved a budget of 48 million dollars."},
         {"id": "bus-lines", "claim": "The budget adds three bus lines."}],
    ),
}  # fmt: skip
OTHER = "A reader wrote to the paper about the weather on Sunday.\n"


def pdf_bytes(pages: list[str]) -> bytes:
    """A minimal PDF, one line of Helvetica text on each page (what pypdf reads back)."""
    count = len(pages)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(f"{4 + 2 * i} 0 R".encode() for i in range(count))
        + f"] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for index, text in enumerate(pages):
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 10 Tf 40 750 Td ({escaped}) Tj ET".encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + 2 * index}"
            " 0 R /Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write(b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets))
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def docx_bytes(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def judged(invoke: Any, tmp_path: Path, name: str, data: bytes, claims: list[Any]) -> Any:
    story = tmp_path / name.replace(".", "-")
    story.mkdir()
    (story / name).write_bytes(data)
    (story / "other.txt").write_text(OTHER, encoding="utf-8")
    entries = "".join(f'  - id: {c["id"]}\n    claim: "{c["claim"]}"\n' for c in claims)
    registry = story / "story.yaml"
    registry.write_text(
        f"version: 1\nsources:\n  doc:\n    path: {name}\n  other:\n    path: other.txt\n"
        f"claims:\n{entries}",
        encoding="utf-8",
    )
    output = invoke(["check", registry, "--format", "json", "--fail-on", "never", "--no-cache"])
    return json.loads(output.stdout)


@pytest.mark.parametrize("story", sorted(STORIES))
def test_pdf_and_docx_give_the_verdicts_the_same_text_gives(
    invoke: Any, tmp_path: Path, story: str
) -> None:
    paragraphs, claims = STORIES[story]
    text = ("\n\n".join(paragraphs) + "\n").encode()
    reports = {
        kind: judged(invoke, tmp_path, name, data, claims)
        for kind, name, data in [
            ("txt", "doc.txt", text),
            ("pdf", "doc.pdf", pdf_bytes(paragraphs)),
            ("docx", "doc.docx", docx_bytes(paragraphs)),
        ]
    }

    def outcome(report: Any) -> list[Any]:
        return [(c["id"], c["verdict"], {s: v["stance"] for s, v in c["stances"].items()})
                for c in report["claims"]]  # fmt: skip

    assert outcome(reports["pdf"]) == outcome(reports["txt"]) == outcome(reports["docx"])
    assert any(c["verdict"] != "unsupported" for c in reports["txt"]["claims"])
    # the PDF's evidence is placed by page: each paragraph is a page of its own
    placed = [
        stance["evidence"]
        for claim in reports["pdf"]["claims"]
        if (stance := claim["stances"].get("doc")) and stance.get("evidence")
    ]
    assert placed
    for evidence in placed:
        text = " ".join(evidence["text"].split()).replace("\u2019", "'")  # (Helvetica's ')
        page = next(i for i, p in enumerate(paragraphs, start=1) if text[:40] in p)
        assert (evidence["page"], evidence["line"]) == (page, 1)


def test_a_pdf_source_in_the_text_report_says_page_and_line(invoke: Any, tmp_path: Path) -> None:
    paragraphs, claims = STORIES["harbour"]
    story = tmp_path / "s"
    story.mkdir()
    (story / "doc.pdf").write_bytes(pdf_bytes(paragraphs))
    (story / "story.yaml").write_text(
        "version: 1\nsources:\n  doc:\n    path: doc.pdf\nclaims:\n"
        f'  - id: cost\n    claim: "{claims[1]["claim"]}"\n',
        encoding="utf-8",
    )
    text = invoke(["check", story / "story.yaml", "--format", "text", "--no-cache",
                   "--fail-on", "never", "--evidence"]).stdout  # fmt: skip
    assert "page 2, line 1:" in text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("doc.pdf", b"%PDF-1.4\nthis is not a PDF at all", "not a readable PDF"),
        ("doc.pdf", pdf_bytes([" "]), "has no text to read (a scan? run it through OCR first)"),
        ("doc.docx", b"PK\x03\x04 broken zip", "not a readable Word (.docx) document"),
    ],
)
def test_an_unreadable_pdf_or_docx_is_one_message_naming_it(
    invoke: Any, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / name).write_bytes(data)
    registry = tmp_path / "story" / "story.yaml"
    registry.write_text(
        f"version: 1\nsources:\n  doc:\n    path: {name}\nclaims:\n  - id: a\n    claim: x\n",
        encoding="utf-8",
    )
    result = invoke(["check", registry, "--no-cache"], exit_code=2)
    assert name in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("name", "module", "extra"), [("doc.pdf", "pypdf", "pdf"),
                                                       ("doc.docx", "docx", "docx")])  # fmt: skip
def test_a_missing_extra_says_what_to_install(
    invoke: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, module: str,
    extra: str,
) -> None:  # fmt: skip
    real_import = builtins.__import__

    def no_library(what: str, *args: Any, **kwargs: Any) -> Any:
        if what == module or what.startswith(module + "."):
            raise ImportError(f"No module named {what!r}")
        return real_import(what, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_library)
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / name).write_bytes(b"anything")
    registry = tmp_path / "story" / "story.yaml"
    registry.write_text(
        f"version: 1\nsources:\n  doc:\n    path: {name}\nclaims:\n  - id: a\n    claim: x\n",
        encoding="utf-8",
    )
    result = invoke(["check", registry, "--no-cache"], exit_code=2)
    assert f"pip install 'factcheck-newsroom[{extra}]'" in result.stderr
