"""Reporters: every format renders the example story; JSON keeps to schema version 1."""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from factcheck.check import run_check
from factcheck.model import Report
from factcheck.reporters import REPORTERS

ANSI = "\x1b["


@pytest.fixture(scope="module")
def report() -> Report:
    return run_check([Path(__file__).resolve().parents[1] / "claims"])


@pytest.fixture(scope="module")
def data(report: Report) -> dict[str, Any]:
    return json.loads(REPORTERS["json"]().render(report))


@pytest.mark.parametrize("name", sorted(REPORTERS))
def test_every_format_renders_every_view(report: Report, name: str) -> None:
    reporter = REPORTERS[name](width=300)  # wide enough that rich tables do not fold ids
    assert reporter.name == name
    full = reporter.render(report)
    detail = reporter.render_detail(report)
    sources = reporter.render_sources(report)
    # Annotation formats (SARIF, GitHub) list findings only: claims not in agreement.
    annotations = name in ("sarif", "github")
    for output in (full, detail):
        for result in report.results:
            if annotations and result.verdict == "agreement":
                continue
            assert result.claim.id in output
    for info in report.sources:
        assert info.source.id in sources or info.source.label in sources


@pytest.mark.parametrize("name", sorted(REPORTERS))
def test_no_colour_unless_asked(report: Report, name: str) -> None:
    reporter = REPORTERS[name](color=False, verbose=True)
    for output in (reporter.render(report), reporter.render_detail(report),
                   reporter.render_sources(report)):  # fmt: skip
        assert ANSI not in output


def test_rich_colours_when_asked(report: Report) -> None:
    assert ANSI in REPORTERS["rich"](color=True, width=100).render(report)


@pytest.mark.parametrize("name", ["text", "json", "jsonl"])
def test_machine_and_text_formats_never_colour(report: Report, name: str) -> None:
    assert ANSI not in REPORTERS[name](color=True, verbose=True).render(report)


def test_verbose_text_shows_evidence(report: Report) -> None:
    quiet = REPORTERS["text"]().render(report)
    verbose = REPORTERS["text"](verbose=True).render(report)
    assert "line " not in quiet
    assert "line " in verbose


# --- json -----------------------------------------------------------------------------


def test_json_top_level(data: dict[str, Any], report: Report) -> None:
    assert data["schema_version"] == 2
    assert data["tool"] == {"name": "factcheck", "version": report.tool_version}
    assert data["tool"]["version"]
    assert len(data["registries"]) == 1 and data["registries"][0].endswith("to-lam-un-2024.yaml")


def test_json_sources(data: dict[str, Any]) -> None:
    assert set(data["sources"]) == {"wire", "daily", "roundup"}
    for source in data["sources"].values():
        assert {"outlet", "title", "path", "published", "sha256"} <= set(source)
        assert source["outlet"] and source["title"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source["published"])
        digest = hashlib.sha256(Path(source["path"]).resolve().read_bytes()).hexdigest()
        assert source["sha256"] == digest
    assert data["sources"]["roundup"]["published"] == "2024-09-28"  # from the registry
    assert data["sources"]["daily"]["published"] == "2024-09-27"  # from front matter
    assert data["sources"]["wire"]["published"] == "2024-09-26"  # from the dateline


def test_json_summary(data: dict[str, Any]) -> None:
    summary = data["summary"]
    assert {"claims", "verdicts", "expectations", "attribution_errors", "exit_code"} <= set(summary)
    assert summary["claims"] == len(data["claims"])
    assert sum(summary["verdicts"].values()) == summary["claims"]
    assert set(summary["verdicts"]) == {
        "agreement", "divergence", "uncorroborated", "contradicted", "unsupported"
    }  # fmt: skip
    assert summary["expectations"] == {"met": summary["claims"], "unmet": 0}
    assert summary["exit_code"] == 0
    errors = sum(
        1 for c in data["claims"] for a in c["attributions"]
        if a["quote_status"] == "missing" or a["speaker_status"] == "mismatch"
    )  # fmt: skip
    assert summary["attribution_errors"] == errors


CLAIM_FIELDS = {"id", "registry", "line", "claim", "topic", "verdict", "severity", "reason",
                "expect", "stances", "silent_sources", "attributions"}  # fmt: skip


def test_json_claims(data: dict[str, Any]) -> None:
    for claim in data["claims"]:
        assert set(claim) >= CLAIM_FIELDS, claim["id"]
        assert claim["verdict"] in data["summary"]["verdicts"]
        assert claim["severity"] in ("ok", "notice", "warning", "error")
        assert claim["reason"] and "\n" not in claim["reason"]
        assert isinstance(claim["line"], int) and claim["line"] >= 1
        assert claim["expect"]["met"] is True
        assert isinstance(claim["expect"]["verdict"], list)
        # every source is listed, or counted as silent with nothing near the claim
        assert set(claim["stances"]) <= set(data["sources"])
        assert len(claim["stances"]) + claim["silent_sources"] == len(data["sources"])
        for stance in claim["stances"].values():
            assert stance["stance"] != "silent" or stance["nearest"] is not None
            assert stance["stance"] in ("supports", "contradicts", "differs", "silent")
            assert isinstance(stance["score"], int | float)
            if stance["stance"] == "differs":
                assert isinstance(stance["distinct_terms"], list)


def test_json_version_1_lists_every_source_silent_ones_too(report: Report) -> None:
    old = json.loads(REPORTERS["json"](schema_version=1).render(report))
    new = json.loads(REPORTERS["json"]().render(report))
    assert old["schema_version"] == 1
    counted = 0
    for before, now in zip(old["claims"], new["claims"], strict=True):
        assert set(before["stances"]) == set(old["sources"])
        assert "silent_sources" not in before
        # version 2 keeps every stance it lists as it was, and leaves out only silence
        assert {k: v for k, v in before["stances"].items() if k in now["stances"]} == now["stances"]
        left_out = [before["stances"][k] for k in set(before["stances"]) - set(now["stances"])]
        assert all(s["stance"] == "silent" and s["nearest"] is None for s in left_out)
        assert len(left_out) == now["silent_sources"]
        counted += now["silent_sources"]
    assert counted > 0  # the example story has silent sources with nothing near


def test_json_claim_line_points_at_the_claim(data: dict[str, Any]) -> None:
    lines = Path(data["registries"][0]).read_text(encoding="utf-8").splitlines()
    for claim in data["claims"]:
        assert f"id: {claim['id']}" in lines[claim["line"] - 1]


def test_json_attributions(data: dict[str, Any]) -> None:
    fields = {"source", "quote", "quote_status", "quote_score", "speaker", "speaker_status", "line"}
    attributions = [a for c in data["claims"] for a in c["attributions"]]
    assert attributions
    for attribution in attributions:
        assert fields <= set(attribution)
        assert attribution["source"] in data["sources"]


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]{3,}", text)


def evidences(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = [
        (source, stance["evidence"])
        for claim in data["claims"]
        for source, stance in claim["stances"].items()
        if stance["evidence"] is not None
    ]
    assert {source for source, _ in found} == set(data["sources"])
    return found


def test_json_evidence_spans_slice_the_original_file(data: dict[str, Any]) -> None:
    for source, evidence in evidences(data):
        assert {"text", "line", "start", "end"} <= set(evidence)
        original = Path(data["sources"][source]["path"]).read_text(encoding="utf-8-sig")
        span = original[evidence["start"] : evidence["end"]]
        visible = html.unescape(re.sub(r"<[^>]*>", " ", span))
        assert words(evidence["text"]), evidence
        for word in words(evidence["text"]):
            assert word in visible, (source, word, span)


def test_json_evidence_line_for_text_and_markdown(data: dict[str, Any]) -> None:
    for source, evidence in evidences(data):
        if source == "roundup":
            continue  # HTML: see the xfail below
        original = Path(data["sources"][source]["path"]).read_text(encoding="utf-8-sig")
        assert evidence["line"] == original.count("\n", 0, evidence["start"]) + 1


def test_json_evidence_line_for_html(data: dict[str, Any]) -> None:
    for source, evidence in evidences(data):
        original = Path(data["sources"][source]["path"]).read_text(encoding="utf-8-sig")
        assert evidence["line"] == original.count("\n", 0, evidence["start"]) + 1, source


def test_jsonl_one_line_per_claim_then_summary(report: Report, data: dict[str, Any]) -> None:
    lines = REPORTERS["jsonl"]().render(report).splitlines()
    assert len(lines) == len(report.results) + 1
    claims = [json.loads(line) for line in lines[:-1]]
    assert [c["id"] for c in claims] == [c["id"] for c in data["claims"]]
    assert claims == data["claims"]
    assert json.loads(lines[-1]) == {"summary": data["summary"]}


def test_json_sources_view_parses(report: Report) -> None:
    listed = json.loads(REPORTERS["json"]().render_sources(report))
    assert listed["schema_version"] == 2
    assert set(listed["sources"]) == {"wire", "daily", "roundup"}
    lines = REPORTERS["jsonl"]().render_sources(report).splitlines()
    assert {json.loads(line)["id"] for line in lines} == {"wire", "daily", "roundup"}


# --- text -----------------------------------------------------------------------------


def test_text_report_names_verdicts_and_the_outcome(report: Report) -> None:
    text = REPORTERS["text"]().render(report)
    for result in report.results:
        assert f"[{result.verdict.upper()}] {result.claim.id}" in text
    assert "All clear" in text.splitlines()[-1]


def test_json_streamed_is_the_whole_report_dumped(report: Report, story_registry: Any) -> None:
    """The streaming writer (stances encoded once, spliced in) writes the very text of
    the whole report dumped at once, for the example and for claims whose text looks like
    the writer's own placeholder."""
    from factcheck.reporters.json import dump, report_to_dict

    tricky = run_check([story_registry(
        {"wire.txt": "Nordvaal sold wheat.\n", "empty.txt": "Harvest news.\n"},
        [{"id": "a", "claim": 'It said "stances": "stances go here"\n  "stances": {}.'},
         {"id": "b", "claim": "Nordvaal sold wheat."},
         {"id": "c", "claim": "stances go here"}],
    )])  # fmt: skip
    for whole in (report, tricky):
        assert REPORTERS["json"]().render(whole) == dump(report_to_dict(whole)) + "\n"


def test_each_format_is_registered_under_its_reporters_name() -> None:
    from factcheck.reporters import FORMATS

    assert {name: REPORTERS[name].name for name in FORMATS} == {name: name for name in FORMATS}


def test_the_command_line_loads_no_format_until_one_is_chosen() -> None:
    """'factcheck --version' and '--help' import no reporter (nor the report model)."""
    import subprocess
    import sys

    probe = (
        "import sys, factcheck.cli; "
        "print(sorted(m for m in sys.modules if m.startswith('factcheck.reporters.')))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "[]"
