"""--baseline OLD.json: what changed since an earlier run, in every format that reports
claims, and --fail-on-change for CI that fails only when a claim moves."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

# a council story: two figures the wire and the gazette both give
WIRE = (
    "The council approved a budget of 4 million euros on Monday.\n\n"
    "The mayor opened the new library on Friday.\n"
)
GAZETTE = (
    "Councillors approved a budget of 4 million euros on Monday.\n\n"
    "On Friday the mayor opened the new library.\n"
)
CLAIMS = [
    {"id": "budget-4m", "claim": "The council approved a budget of 4 million euros."},
    {"id": "library-friday", "claim": "The mayor opened the new library on Friday."},
    {"id": "crane-repaired", "claim": "The harbour crane was repaired in March."},
]
# formats that list claims, and how each names a changed one
LISTING = ["text", "rich", "markdown", "html", "json", "jsonl", "github"]


@pytest.fixture
def story(story_registry: Any, invoke: Any, tmp_path: Path) -> tuple[Path, Path]:
    """The registry, and the JSON report of its first run (the baseline)."""
    registry = story_registry({"wire.txt": WIRE, "gazette.txt": GAZETTE}, CLAIMS)
    baseline = tmp_path / "old.json"
    invoke(["check", registry, "--format", "json", "--output", baseline, "--fail-on", "never"])
    return registry, baseline


def run(invoke: Any, registry: Path, baseline: Path, *args: str, exit_code: int = 0) -> str:
    command = ["check", registry, "--baseline", baseline, "--no-cache", *args]
    return str(invoke(command, exit_code=exit_code).stdout)


def changed_ids(output: str, form: str) -> set[str]:
    """The claims a report says were judged otherwise."""
    if form == "json":
        return {c["id"] for c in json.loads(output)["changes"]["changed"]}
    if form == "jsonl":
        line = next(json.loads(x) for x in output.splitlines() if x.startswith('{"changes"'))
        return {c["id"] for c in line["changes"]["changed"]}
    # 'budget-4m: agreement → divergence (wire: supports → differs)': not the sources
    return set(re.findall(r"(?<![\w(-])(?<!; )([a-z0-9-]+): \w+ → \w+", output))


@pytest.mark.parametrize("form", LISTING)
def test_a_source_edited_under_two_claims_names_exactly_those_two(
    story: tuple[Path, Path], invoke: Any, form: str
) -> None:
    registry, baseline = story
    wire = registry.parent / "wire.txt"
    edited = WIRE.replace("4 million", "6 million").replace("on Friday", "on Saturday")
    wire.write_text(edited, encoding="utf-8")
    output = run(invoke, registry, baseline, "--format", form, "--fail-on", "never")
    assert changed_ids(output, form) == {"budget-4m", "library-friday"}
    if not form.startswith("json"):
        assert "2 claims judged otherwise" in output


def test_fail_on_change_fails_on_a_change_and_only_then(
    story: tuple[Path, Path], invoke: Any
) -> None:
    """The crane claim is unsupported (an error) in both runs: a standing finding does
    not fail a run that only asks what changed, a claim judged otherwise does."""
    registry, baseline = story
    same = run(invoke, registry, baseline, "--fail-on-change", "--format", "text")
    assert "All clear: no claim judged otherwise since" in same
    run(invoke, registry, baseline, "--format", "text", exit_code=1)  # the error, as ever
    wire = registry.parent / "wire.txt"
    wire.write_text(WIRE.replace("4 million", "6 million"), encoding="utf-8")
    moved = run(invoke, registry, baseline, "--fail-on-change", "--format", "text", exit_code=1)
    assert moved.rstrip().endswith(f"1 claim fails: 1 judged otherwise since {baseline}")


def test_new_and_removed_claims_are_listed_and_a_removed_one_fails(
    story: tuple[Path, Path], invoke: Any
) -> None:
    """A harbour story's registry edited: one claim renamed is one gone and one new."""
    registry, baseline = story
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("crane-repaired", "crane-fixed"), encoding="utf-8")
    output = run(invoke, registry, baseline, "--format", "json", "--fail-on-change", exit_code=1)
    changes = json.loads(output)["changes"]
    assert (changes["new"], changes["removed"], changes["changed"]) == (
        ["crane-fixed"],
        ["crane-repaired"],
        [],
    )
    text_report = run(invoke, registry, baseline, "--format", "text", "--fail-on", "never")
    assert "new: crane-fixed" in text_report and "gone: crane-repaired" in text_report


def test_a_version_1_baseline_reads_alike(story: tuple[Path, Path], invoke: Any) -> None:
    """A baseline written before version 2 lists every source under every claim."""
    registry, baseline = story
    invoke(["check", registry, "--format", "json", "--schema-version", "1", "--output",
            baseline, "--fail-on", "never"])  # fmt: skip
    output = run(invoke, registry, baseline, "--format", "json", "--fail-on-change")
    assert json.loads(output)["changes"]["changed"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json at all", "not a JSON report"),
        ('{"claims": [{"id": 3}]}', "not a factcheck JSON report"),
        ("[1, 2, 3]", "not a factcheck JSON report"),
    ],
)
def test_a_baseline_that_is_no_report_is_an_input_error(
    story: tuple[Path, Path], invoke: Any, content: str, message: str
) -> None:
    registry, baseline = story
    baseline.write_text(content, encoding="utf-8")
    result = invoke(["check", registry, "--baseline", baseline], exit_code=2)
    assert f"{baseline}" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr
    assert baseline.read_text(encoding="utf-8") == content  # never written over


def test_fail_on_change_needs_a_baseline(story: tuple[Path, Path], invoke: Any) -> None:
    registry, _ = story
    result = invoke(["check", registry, "--fail-on-change"], exit_code=2)
    assert "--baseline" in result.stderr


def test_a_report_with_changes_matches_its_schema(story: tuple[Path, Path], invoke: Any) -> None:
    from jsonschema import Draft202012Validator

    from factcheck.schemas import load_schema

    registry, baseline = story
    (registry.parent / "wire.txt").write_text(WIRE.replace("4 million", "6 million"), "utf-8")
    data = json.loads(run(invoke, registry, baseline, "--format", "json", "--fail-on", "never"))
    assert data["changes"]["changed"][0]["verdict"] == {
        "before": "agreement",
        "after": "divergence",
    }
    Draft202012Validator(load_schema("report", 2)).validate(data)


def test_a_claim_that_moves_and_misses_its_expectation_fails_once(
    story_registry: Any, invoke: Any, tmp_path: Path
) -> None:
    """A ferry story whose claim carries an expectation: judged otherwise, it also
    misses its expectation, and the outcome counts one failing claim, not two."""
    registry = story_registry(
        {"wire.txt": "The ferry to Holm sailed at 6 am on Monday.\n",
         "port.txt": "The ferry to Holm sailed at 6 am on Monday, the harbour master said.\n"},
        [{"id": "ferry-6am", "claim": "The ferry to Holm sailed at 6 am.",
          "expect": "agreement"}],
    )  # fmt: skip
    baseline = tmp_path / "old.json"
    invoke(["check", registry, "--format", "json", "--output", baseline])
    wire = registry.parent / "wire.txt"
    wire.write_text("The ferry to Holm sailed at 9 am on Monday.\n", encoding="utf-8")
    output = run(invoke, registry, baseline, "--fail-on-change", "--format", "text", exit_code=1)
    assert output.rstrip().endswith(
        f"1 claim fails: 1 judged otherwise since {baseline}, 1 unmet expectation"
    )
