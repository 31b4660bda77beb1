"""Every report format, produced by the CLI and read back by the tools that consume it.

JSON and JSONL against the shipped report schema, JUnit through junitparser, SARIF
through sarif-tools, GitHub workflow commands and Markdown parsed line by line; the
registry schema against the registries. The JSON report is the reference the other
formats are checked against.
"""

from __future__ import annotations

import copy
import json
import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import junitparser
import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.validators import validator_for
from sarif import loader

from factcheck.cli import main
from factcheck.reporters import REPORTERS
from factcheck.schemas import load_schema

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
SEEDS_EVAL = REPO.parent / "shared" / "eval" / "seeds.yaml"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"

# The file each format is written to (others: report.<format>).
FILE_NAMES = {
    "rich": "report.rich.txt",
    "text": "report.txt",
    "json": "report.json",
    "jsonl": "report.jsonl",
    "markdown": "report.md",
    "junit": "junit.xml",
    "sarif": "report.sarif",
    "github": "github.txt",
}
SEVERITY_RANK = {"ok": 0, "notice": 1, "warning": 2, "error": 3}
SARIF_LEVELS = {"error": "error", "warning": "warning", "notice": "note"}

# A small story that fails the run in every way: an unmet expectation, an error verdict
# without an expectation, a missing quote; plus a met expectation on an error verdict
# (a notice, not a failure) and an uncorroborated claim (a notice).
FAILING_DOCS = {
    "gazette.txt": """\
        The ferry Island Star left Portside harbour at dawn on Monday with 40 passengers.
        Harbour master Ana Reyes said: "The crossing was calm and every passenger arrived safely."
        """,
    "herald.txt": """\
        The ferry Island Star left Portside harbour at dawn on Monday with 40 passengers aboard.
        """,
    "radio.txt": "Weather was fine on Monday.\n",
}
FAILING_REGISTRY = """\
    version: 1
    title: "Ferry story (a failing sample)"
    sources:
      gazette: {path: gazette.txt, outlet: Gazette}
      herald: {path: herald.txt, outlet: Herald}
      radio: {path: radio.txt}
    claims:
      - id: ferry-left
        claim: "The ferry Island Star left Portside harbour at dawn."
      - id: ferry-expected-contradicted
        claim: "The ferry Island Star left Portside harbour on Monday."
        expect: contradicted
      - id: airport
        claim: "The city opened a new airport terminal for cargo flights."
      - id: ferry-60-passengers
        claim: "The ferry Island Star left Portside harbour with 60 passengers."
        expect:
          verdict: contradicted
          stances: {gazette: contradicts, herald: contradicts, radio: silent}
      - id: calm-crossing
        claim: "The crossing was calm, the harbour master said."
        attributed_to:
          - source: gazette
            speaker: Ana Reyes
            quote: "The crossing was calm and every passenger arrived safely."
      - id: invented-quote
        claim: "The ferry Island Star left Portside harbour at dawn."
        attributed_to:
          - source: herald
            quote: "we will build a second ferry next year"
    """

# "copies": a story of the blind corpus in which one outlet reprints the wire story.
COPIES_STORY = "eval/stories/pol-aragon-coalition/story.yaml"
CASES = ["example", "seeds", "failing", "example+failing", "copies"]


@dataclass
class Run:
    """One `factcheck check` with a --report for every format."""

    case: str
    exit_code: int
    stdout: str
    files: dict[str, Path]
    data: dict[str, Any]  # the JSON report

    def text(self, name: str) -> str:
        return self.files[name].read_text(encoding="utf-8")

    @property
    def claims(self) -> list[dict[str, Any]]:
        return self.data["claims"]

    def failing_ids(self) -> list[str]:
        return [c["id"] for c in self.claims if fails(c, self.data["summary"]["fail_on"])]


def fails(claim: dict[str, Any], fail_on: str) -> bool:
    """A met expectation never fails, an unmet one always does; else the severity."""
    if claim["expect"] is not None:
        return not claim["expect"]["met"]
    return fail_on != "never" and SEVERITY_RANK[claim["severity"]] >= SEVERITY_RANK[fail_on]


def expected_findings(run: Run) -> list[tuple[str, str, dict[str, Any]]]:
    """(rule, level, claim) for every finding, worked out from the JSON report: the
    verdict unless agreement, each attribution error, an unmet expectation. A finding
    is an error when its claim fails the run, else a warning or a notice."""
    findings = []
    for claim in run.claims:
        failing = fails(claim, run.data["summary"]["fail_on"])

        def level(severity: str, failing: bool = failing) -> str:
            return "error" if failing else "warning" if severity == "warning" else "notice"

        if claim["verdict"] != "agreement":
            findings.append((claim["verdict"], level(claim["severity"]), claim))
        for attribution in claim["attributions"]:
            if attribution["quote_status"] == "missing":
                findings.append(("quote-missing", level("error"), claim))
            elif attribution["speaker_status"] == "mismatch":
                findings.append(("speaker-mismatch", level("error"), claim))
        if claim["expect"] is not None and not claim["expect"]["met"]:
            findings.append(("expectation-unmet", "error", claim))
    return findings


def registry_line(registry: str, line: int) -> str:
    """Line ``line`` (1-based) of a registry named as in the report (relative to the repo)."""
    lines = (REPO / registry).read_text(encoding="utf-8").splitlines()
    return lines[line - 1]


def same_file(reported: str, registry: str) -> bool:
    """A SARIF URI (relative and percent-encoded, or file:) names the registry file."""
    from urllib.parse import unquote, urlparse

    path = unquote(urlparse(reported).path) if reported.startswith("file:") else unquote(reported)
    return (REPO / path).resolve() == (REPO / registry).resolve()


@pytest.fixture(scope="module")
def failing_story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("failing-story")
    for name, text in FAILING_DOCS.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    path = folder / "failing.yaml"
    path.write_text(textwrap.dedent(FAILING_REGISTRY), encoding="utf-8")
    return path


@pytest.fixture(scope="module", params=CASES)
def run(
    request: pytest.FixtureRequest, failing_story: Path, tmp_path_factory: pytest.TempPathFactory
) -> Run:
    case: str = request.param
    if "seeds" in case and not (SEEDS_EVAL.is_file() and SEEDS.is_dir()):
        pytest.skip(f"labelled seed set not found at {SEEDS_EVAL}")
    paths = {
        "example": ["claims"],
        "seeds": [os.path.relpath(SEEDS_EVAL, REPO)],
        "failing": [str(failing_story)],
        "example+failing": ["claims", str(failing_story)],
        "copies": [COPIES_STORY],
    }[case]
    folder = tmp_path_factory.mktemp(case.replace("+", "-"))
    files = {name: folder / FILE_NAMES.get(name, f"report.{name}") for name in REPORTERS}
    reports = [f"--report={name}:{path}" for name, path in files.items()]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)  # registries and documents are then named as a user types them
        result = CliRunner().invoke(main, ["check", *paths, "--format", "text", *reports])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code in (0, 1), result.stderr
    data = json.loads(files["json"].read_text(encoding="utf-8"))
    return Run(case, result.exit_code, result.stdout, files, data)


@pytest.fixture(scope="module")
def report_schema() -> dict[str, Any]:
    return load_schema("report")


def validator(schema: dict[str, Any], definition: str | None = None) -> Draft202012Validator:
    """A validator for the whole schema, or for one of its ``$defs``."""
    if definition is not None:
        schema = {
            "$schema": DRAFT_2020_12,
            "$defs": schema["$defs"],
            "$ref": f"#/$defs/{definition}",
        }
    return Draft202012Validator(schema, format_checker=FormatChecker())


def assert_valid(check: Draft202012Validator, instance: Any, what: str) -> None:
    errors = sorted(check.iter_errors(instance), key=lambda e: str(list(e.absolute_path)))
    assert not errors, f"{what} does not match the schema:\n" + "\n".join(
        f"  at {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors[:10]
    )


# --- the run itself -------------------------------------------------------------------


def test_every_format_is_written(run: Run) -> None:
    assert set(run.files) == set(REPORTERS)
    for name, path in run.files.items():
        assert path.is_file(), f"--report {name} wrote nothing"
        assert path.read_text(encoding="utf-8").strip(), f"--report {name} is empty"


def test_exit_code_is_the_reports(run: Run) -> None:
    assert run.data["summary"]["exit_code"] == run.exit_code
    assert run.exit_code == (1 if run.failing_ids() else 0)
    if run.case == "example":
        assert run.exit_code == 0
    if "failing" in run.case:
        assert run.exit_code == 1
        assert set(run.failing_ids()) >= {"ferry-expected-contradicted", "airport"}


def test_stdout_is_the_text_report(run: Run) -> None:
    assert run.stdout == run.text("text")


# --- JSON and JSONL -------------------------------------------------------------------


def test_json_validates_against_the_report_schema(run: Run, report_schema: dict[str, Any]) -> None:
    assert_valid(validator(report_schema), run.data, f"{run.case}: the JSON report")
    assert len(run.claims) == run.data["summary"]["claims"] > 0


def test_jsonl_lines_validate_and_match_the_json_report(
    run: Run, report_schema: dict[str, Any]
) -> None:
    text = run.text("jsonl")
    assert text.endswith("\n")
    lines = text.splitlines()
    assert all(line.strip() for line in lines), "a blank line in the JSONL report"
    objects = [json.loads(line) for line in lines]
    *claims, last = objects
    claim_schema = validator(report_schema, "claim")
    for number, claim in enumerate(claims, 1):
        assert_valid(claim_schema, claim, f"{run.case}: JSONL line {number}")
    assert list(last) == ["summary"]
    assert_valid(validator(report_schema, "summary"), last["summary"], "the JSONL summary line")
    assert claims == run.claims
    assert last["summary"] == run.data["summary"]


# --- JUnit ----------------------------------------------------------------------------


def test_junit_reads_back(run: Run) -> None:
    xml = junitparser.JUnitXml.fromfile(str(run.files["junit"]))
    suites = list(xml)
    assert all(isinstance(s, junitparser.TestSuite) for s in suites)
    assert [s.name for s in suites] == run.data["registries"], "one suite per registry"
    by_id = {c["id"]: c for c in run.claims}
    failing = set(run.failing_ids())
    seen_failures = []
    for suite in suites:
        cases = list(suite)
        claims = [c for c in run.claims if c["registry"] == suite.name]
        assert [case.name for case in cases] == [c["id"] for c in claims], "one case per claim"
        suite_failures = 0
        for case in cases:
            claim = by_id[case.name]
            failures = [r for r in case.result if isinstance(r, junitparser.Failure)]
            assert not [r for r in case.result if isinstance(r, junitparser.Error)]
            if case.name in failing:
                assert len(failures) == 1, f"{case.name} fails the run but is no failure"
                assert failures[0].message == claim["reason"]
                assert failures[0].type == claim["verdict"]
                suite_failures += 1
                seen_failures.append(case.name)
            else:
                assert case.is_passed, f"{case.name} does not fail the run but is {case.result}"
        assert suite.tests == len(cases)
        assert suite.failures == suite_failures
        assert suite.errors == 0
    assert sorted(seen_failures) == sorted(failing)
    assert xml.tests == len(run.claims)
    assert xml.failures == len(failing)


# --- SARIF ----------------------------------------------------------------------------


def test_sarif_reads_back(run: Run) -> None:
    sarif = loader.load_sarif_file(str(run.files["sarif"]))
    assert sarif.data["version"] == "2.1.0"
    assert len(sarif.runs) == 1
    driver = sarif.runs[0].run_data["tool"]["driver"]
    assert driver["name"] == "factcheck"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))

    expected = expected_findings(run)
    results = sarif.get_results()
    assert sarif.get_result_count() == len(results) == len(expected)
    for result, (rule, level, claim) in zip(results, expected, strict=True):
        assert result["ruleId"] in rule_ids
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert (result["ruleId"], result["level"]) == (rule, SARIF_LEVELS[level])
        assert result["message"]["text"].startswith(f"{claim['id']}: ")
        [location] = result["locations"]
        physical = location["physicalLocation"]
        assert same_file(physical["artifactLocation"]["uri"], claim["registry"])
        assert physical["region"]["startLine"] == claim["line"]
        assert f"id: {claim['id']}" in registry_line(claim["registry"], claim["line"])

    # sarif-tools' own reading of the locations agrees
    records = sarif.get_records()
    assert [(r["Line"], r["Code"]) for r in records] == [(c["line"], f) for f, _, c in expected]
    for record, (_, _, claim) in zip(records, expected, strict=True):
        assert same_file(record["Location"], claim["registry"])


# --- GitHub workflow commands ---------------------------------------------------------

COMMAND = re.compile(
    r"::(?P<level>error|warning|notice) file=(?P<file>[^,:]+),line=(?P<line>[0-9]+),"
    r"title=(?P<title>[^,:]+)::(?P<message>.+)"
)


def unescape(value: str) -> str:
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(escaped, raw)
    return value


def test_report_says_which_source_copies_which(run: Run) -> None:
    """JSON names the copy's original; the text report lists it with the sources; the
    Markdown report says which copies are counted once. Other runs have no copy."""
    copies = {k: v["copy_of"] for k, v in run.data["sources"].items() if v["copy_of"]}
    if run.case != "copies":
        assert copies == {}
        assert "copy of" not in run.text("text") and "Copies" not in run.text("markdown")
        return
    assert copies == {"ebro": "iberia"}
    assert 0.8 <= run.data["sources"]["ebro"]["copy_share"] <= 1
    (ebro,) = [line for line in run.stdout.splitlines() if line.strip().startswith("ebro ")]
    assert re.search(r"copy of iberia \(\d+% of the text shared\)", ebro)
    assert "Copies, counted once as corroboration: **ebro** is a copy of iberia" in run.text(
        "markdown"
    )
    assert "copy of iberia" in run.text("rich")


@pytest.mark.parametrize("name", sorted(set(REPORTERS) - {"sarif"}))
def test_every_source_listing_shows_the_copy(name: str) -> None:
    """`factcheck sources` in every format that lists sources (SARIF lists findings only)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        result = CliRunner().invoke(main, ["sources", COPIES_STORY, "--format", name])
    assert result.exit_code == 0, result.output
    if name in ("json", "jsonl"):
        lines = result.stdout.splitlines() if name == "jsonl" else [result.stdout]
        listed = [json.loads(line) for line in lines]
        sources = listed[0]["sources"] if name == "json" else {s["id"]: s for s in listed}
        assert sources["ebro"]["copy_of"] == "iberia"
        assert sources["iberia"]["copy_of"] is None
    elif name == "claimreview":  # schema.org: the copy is based on its original
        works = {w["identifier"]: w for w in json.loads(result.stdout)}
        assert works["ebro"]["isBasedOn"]["identifier"] == "iberia"
        assert "isBasedOn" not in works["iberia"]
    elif name == "junit":
        assert 'id="ebro"' in result.stdout and 'copy_of="iberia"' in result.stdout
    elif name == "rich":  # a table that wraps its cells: the note is in ebro's row
        assert result.stdout.count("copy of") == 1
        where = result.stdout.index("copy of")
        assert result.stdout.index("| ebro ") < where < result.stdout.index("| mirador ")
    else:
        (ebro,) = [line for line in result.stdout.splitlines() if "ebro" in line]
        assert "copy of iberia" in ebro
        assert "copy of" not in "".join(
            line for line in result.stdout.splitlines() if "iberia.txt" in line
        )


def test_github_annotations(run: Run) -> None:
    text = run.text("github")
    assert text.endswith("\n")
    *commands, last = text.splitlines()
    assert not last.startswith("::"), "the last line is the summary, not a command"
    assert last == run.stdout.rstrip("\n").splitlines()[-1]
    expected = expected_findings(run)
    assert len(commands) == len(expected)
    for line, (rule, level, claim) in zip(commands, expected, strict=True):
        match = COMMAND.fullmatch(line)
        assert match, f"not a workflow command: {line!r}"
        assert match["level"] == level
        assert same_file(unescape(match["file"]), claim["registry"])
        assert int(match["line"]) == claim["line"]
        assert unescape(match["title"]) == f"factcheck {rule}: {claim['id']}"
        assert unescape(match["message"]).startswith(f"{claim['id']}: ")


# --- Markdown -------------------------------------------------------------------------


def cells(row: str) -> list[str]:
    """The cells of a pipe-table row; ``\\|`` is a pipe inside a cell."""
    assert row.startswith("|") and row.endswith("|"), row
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", row[1:-1])]


def test_markdown_summary_table_and_details(run: Run) -> None:
    text = run.text("markdown")
    lines = text.splitlines()
    summary = run.data["summary"]

    # the summary: claim and verdict counts, and whether the run passes
    count_line = next(line for line in lines if line.startswith(f"**{summary['claims']} claim"))
    for verdict, count in summary["verdicts"].items():
        assert (f" {count} {verdict}" in count_line) == (count > 0), (verdict, count_line)
    assert f"**{run.stdout.rstrip().splitlines()[-1]}**" in lines

    # the table: a header, a separator, then a row per claim, in order
    start = next(i for i, line in enumerate(lines) if line.startswith("| claim | verdict |"))
    header = cells(lines[start])
    assert re.fullmatch(r"\|(-{3,}\|)+", lines[start + 1])
    assert lines[start + 1].count("|") == len(header) + 1
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(cells(line))
    assert len(rows) == len(run.claims)
    for row, claim in zip(rows, run.claims, strict=True):
        assert len(row) == len(header), row
        assert row[0] == f"`{claim['id']}`"
        assert row[1].endswith(claim["verdict"])
        assert row[-1] == claim["reason"]

    # a details section for each claim sources dispute or leave unsupported, or that
    # fails the run, and only for those: one source alone is a line of the table
    headings = [line for line in lines if line.startswith("#### ")]
    detailed = [c for c in run.claims if _in_detail(c, summary["fail_on"])]
    assert len(headings) == len(detailed)
    for heading, claim in zip(headings, detailed, strict=True):
        assert heading.endswith(f"`{claim['id']}`: {claim['verdict']}"), heading
        section = text.split(heading + "\n", 1)[1].split("\n#### ", 1)[0]
        assert claim["reason"] in section
    if detailed:
        assert "### Claims to look at" in lines
    alone = sum(1 for c in run.claims if c["verdict"] == "uncorroborated" and c not in detailed)
    assert (f"{alone} claim" in text.split("### Claims to look at")[-1]) == (alone > 0)

    # each fact of the summary on a line of its own (not run into one paragraph)
    after = lines[lines.index(count_line) + 1 :]
    facts = after[1 : after.index("", 1)] if after[:1] == [""] and after[1:2] != [""] else []
    assert all(fact.startswith("- ") for fact in facts)
    if summary["attribution_errors"]:
        assert f"- Attribution errors: {summary['attribution_errors']}" in facts


SEVERITY_RANKS = ["ok", "notice", "warning", "error"]


def _in_detail(claim: dict[str, Any], fail_on: str | None) -> bool:
    if claim["verdict"] not in ("agreement", "uncorroborated"):
        return True
    misquoted = any(
        a["quote_status"] == "missing" or a["speaker_status"] == "mismatch"
        for a in claim["attributions"]
    )
    if claim["expect"] is not None:
        fails = not claim["expect"]["met"]
    else:
        fails = fail_on is not None and (
            SEVERITY_RANKS.index(claim["severity"]) >= SEVERITY_RANKS.index(fail_on)
        )
    return misquoted or fails


# --- the registry schema --------------------------------------------------------------


class StringDateLoader(yaml.SafeLoader):
    """YAML as the schema sees it: dates stay strings (JSON has no dates)."""


StringDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=StringDateLoader)


@pytest.fixture(scope="module")
def registry_validator() -> Draft202012Validator:
    return validator(load_schema("registry"))


@pytest.fixture(scope="module")
def example_registry() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(REPO / "claims" / "to-lam-un-2024.yaml")
    return data


def test_dates_stay_strings(example_registry: dict[str, Any]) -> None:
    assert example_registry["sources"]["roundup"]["published"] == "2024-09-28"


@pytest.mark.parametrize("name", ["example", "seeds"])
def test_registry_schema_accepts_the_registries(
    name: str, registry_validator: Draft202012Validator
) -> None:
    path = REPO / "claims" / "to-lam-un-2024.yaml" if name == "example" else SEEDS_EVAL
    if not path.is_file():
        pytest.skip(f"{path} not found")
    assert_valid(registry_validator, load_yaml(path), str(path))


def _set(data: dict[str, Any], where: tuple[Any, ...], value: Any) -> None:
    for key in where[:-1]:
        data = data[key]
    data[where[-1]] = value


BAD_REGISTRIES = {
    "unknown top-level key": (("claimz",), []),
    "unknown source key": (("sources", "wire", "publisher"), "NNS"),
    "unknown claim key": (("claims", 0, "verdict"), "agreement"),
    "unknown attribution key": (("claims", 0, "attributed_to", 0, "page"), 3),
    "unknown expect key": (("claims", 0, "expect", "severity"), "error"),
    "bad verdict": (("claims", 0, "expect"), "agreed"),
    "bad verdict in a list": (("claims", 0, "expect"), ["agreement", "disagreement"]),
    "bad verdict in a mapping": (("claims", 0, "expect", "verdict"), "true"),
    "bad stance": (("claims", 0, "expect", "stances", "wire"), "agrees"),
}


@pytest.mark.parametrize("case", list(BAD_REGISTRIES))
def test_registry_schema_rejects(
    case: str,
    example_registry: dict[str, Any],
    registry_validator: Draft202012Validator,
    tmp_path: Path,
    invoke: Any,
) -> None:
    where, value = BAD_REGISTRIES[case]
    data = copy.deepcopy(example_registry)
    _set(data, where, value)
    assert not registry_validator.is_valid(data), f"the schema accepts a registry with {case}"

    # and the tool agrees: the same registry (documents named absolutely) is an input error
    for source in data["sources"].values():
        source["path"] = str(REPO / "claims" / source["path"])
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    invoke(["validate", path], exit_code=2)


def test_registry_schema_and_tool_accept_x_keys(
    example_registry: dict[str, Any], registry_validator: Draft202012Validator
) -> None:
    data = copy.deepcopy(example_registry)
    data["x-owner"] = "desk"
    data["sources"]["wire"]["x-note"] = "from the briefing"
    data["claims"][0]["x-reviewed"] = True
    data["claims"][0]["attributed_to"][0]["x-page"] = 3
    data["claims"][0]["expect"]["x-why"] = "all three say so"
    assert_valid(registry_validator, data, "a registry with x- keys")


# --- `factcheck schema` ---------------------------------------------------------------


@pytest.mark.parametrize("which", ["report", "registry"])
def test_schema_command_prints_a_draft_2020_12_schema(which: str, invoke: Any) -> None:
    printed = json.loads(invoke(["schema", which]).stdout)
    assert printed == load_schema(which)
    assert printed["$schema"] == DRAFT_2020_12
    assert validator_for(printed) is Draft202012Validator
    Draft202012Validator.check_schema(printed)


# --- SARIF URIs -----------------------------------------------------------------------

URI_REFERENCE = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")  # RFC 3986 characters


def test_sarif_uris_are_uri_references(
    failing_story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, invoke: Any
) -> None:
    from urllib.parse import unquote

    story = tmp_path / "tô lâm story"
    story.mkdir()
    for name in (*FAILING_DOCS, failing_story.name):
        (story / name).write_bytes((failing_story.parent / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    sarif = json.loads(
        invoke(["check", f"{story.name}/failing.yaml", "--format", "sarif"], exit_code=1).stdout
    )
    run = sarif["runs"][0]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    uris += [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    ]
    assert uris
    for uri in uris:
        assert unquote(uri) == f"{story.name}/failing.yaml"
        assert URI_REFERENCE.fullmatch(uri), f"not a URI reference: {uri!r}"


# --- rich at ordinary widths ----------------------------------------------------------


@pytest.mark.parametrize("width", [72, 80, 100, None])
def test_rich_report_shows_every_reason_and_every_claim_id_whole(
    width: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At any ordinary width: a claim id is never broken over two lines (it is copied
    into `factcheck show`), and no reason is cut. Wide enough, it is a table; narrower,
    a list; the counts come last, beside the outcome."""
    from factcheck.check import run_check

    monkeypatch.chdir(REPO)
    report = run_check([Path("claims")])
    output = REPORTERS["rich"](color=False, width=width).render(report)
    words = set(re.findall(r"\w+", output))
    table = re.search(r"\|\s*reason\s*\|", output) is not None
    assert table == (width is None or width >= 100)
    for result in report.results:
        missing = set(re.findall(r"\w+", result.reason)) - words
        assert not missing, f"{result.claim.id}: the reason is not shown ({sorted(missing)})"
        whole = rf"(?<![\w-]){re.escape(result.claim.id)}(?![\w-])"
        assert re.search(whole, output), f"{result.claim.id} is broken"
    lines = output.rstrip("\n").splitlines()
    assert lines[-1].startswith("All clear")
    assert any(line.startswith("29 claims:") for line in lines[-4:-1])


def test_a_version_1_report_matches_the_version_1_schema(invoke: Any) -> None:
    data = json.loads(invoke(["check", REPO / "claims", "--format", "json",
                              "--schema-version", "1"]).stdout)  # fmt: skip
    schema = load_schema("report", 1)
    assert data["schema_version"] == 1 and schema["properties"]["schema_version"] == {"const": 1}
    assert_valid(validator(schema), data, "the version 1 report")
    assert not validator(load_schema("report")).is_valid(data)  # nor is it version 2
    printed = json.loads(invoke(["schema", "report", "--schema-version", "1"]).stdout)
    assert printed == schema


def test_markdown_renders_its_lists_as_lists(invoke: Any) -> None:
    """Read by a CommonMark parser (markdown-it, as rich uses): the summary's facts are
    items of their own, not one run-on paragraph, and a source's 'in other terms' is
    nested under that source's item."""
    from markdown_it import MarkdownIt

    text = invoke(["check", REPO / "claims", "--format", "markdown"], exit_code=0).stdout
    tokens = MarkdownIt("commonmark").parse(text)
    inline = [t for t in tokens if t.type == "inline"]
    summary = next(t for t in inline if t.content.startswith("**29 claims**"))
    assert "Expectations" not in summary.content and "Attribution" not in summary.content
    assert any(t.content == "Attribution errors: 1" for t in inline)
    other_terms = [i for i, t in enumerate(tokens) if t.content.startswith("in other terms:")]
    assert other_terms
    for index in other_terms:
        depth = sum(
            1 if t.type == "bullet_list_open" else -1 if t.type == "bullet_list_close" else 0
            for t in tokens[:index]
        )
        assert depth == 2, tokens[index].content  # a list inside the source's list item


@pytest.mark.parametrize("story", [REPO / "claims", COPIES_STORY])
def test_sources_json_is_the_reports_head_with_its_version(story: Path) -> None:
    """`factcheck sources --format json` is versioned like the report, and its sources
    read exactly as the report's (`.sources.ID` works on either)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        listed = json.loads(
            CliRunner().invoke(main, ["sources", str(story), "--format", "json"]).stdout
        )
        checked = json.loads(
            CliRunner().invoke(main, ["check", str(story), "--format", "json"]).stdout
        )
    assert list(listed) == ["schema_version", "tool", "title", "registries", "sources", "warnings"]
    for key in ("schema_version", "tool", "title", "registries", "sources"):
        assert listed[key] == checked[key], key
    assert listed["warnings"] == checked["summary"]["warnings"]
