"""The command line as a user meets it: commands, formats, colour, exit codes, bad input."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.cli import main

ANSI = "\x1b["
PROBLEM = re.compile(r"^.+?:\d+:\d+: .+$")

FERRY = "The ferry Island Star left Portside harbour at dawn on Monday with 40 passengers.\n"


def test_version(invoke) -> None:
    assert __version__ in invoke(["--version"]).stdout


def test_the_entry_points_version_is_clicks_line_without_importing_click() -> None:
    """Scripts call 'factcheck --version' to see what they run: same line, no start-up."""
    probe = (
        "import sys; sys.argv = ['factcheck', '--version']\n"
        "from factcheck.__main__ import run\n"
        "try:\n    run()\n"
        "except SystemExit as end:\n"
        "    print('click' in sys.modules, end.code, file=sys.stderr)\n"
    )
    fast = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert fast.stderr.split() == ["False", "0"]
    assert fast.stdout == clicks_version_line()


def clicks_version_line() -> str:
    from click.testing import CliRunner

    return CliRunner().invoke(main, ["--version"]).output


@pytest.mark.parametrize("command", [None, *sorted(main.commands)])
def test_help(invoke, command: str | None) -> None:
    args = [command, "--help"] if command else ["--help"]
    output = invoke(args).stdout
    assert "Usage:" in output
    if command is None:
        for name in main.commands:
            assert name in output


# --- check on the example story -------------------------------------------------------


def test_check_example_passes(invoke, example: Path) -> None:
    output = invoke(["check", example]).stdout
    assert "All clear" in output
    assert ANSI not in output


def test_piped_output_is_plain_text(invoke, example: Path) -> None:
    piped = invoke(["check", example], color=True).stdout
    assert piped == invoke(["check", example, "--format", "text"]).stdout
    assert ANSI not in piped


def test_rich_on_a_pipe_has_no_colour(invoke, example: Path) -> None:
    # color=True keeps any escape codes click would otherwise strip from a pipe.
    output = invoke(["check", example, "--format", "rich"], color=True).stdout
    assert "biden-talks" in output
    assert ANSI not in output


def test_json_output_parses(invoke, example: Path) -> None:
    data = json.loads(invoke(["check", example, "--format", "json"]).stdout)
    assert data["schema_version"] == 2
    assert data["summary"]["exit_code"] == 0
    assert data["summary"]["expectations"]["unmet"] == 0


@pytest.mark.parametrize("form", ["json", "jsonl"])
def test_schema_version_1_is_still_written_with_a_deprecation_warning(
    invoke, example: Path, form: str
) -> None:
    result = invoke(["check", example, "--format", form, "--schema-version", "1"])
    first = json.loads(result.stdout.splitlines()[0] if form == "jsonl" else result.stdout)
    claim = first if form == "jsonl" else first["claims"][0]
    assert set(claim["stances"]) == {"wire", "daily", "roundup"} and "silent_sources" not in claim
    assert "schema version 1 is deprecated" in result.stderr
    assert result.exit_code == 0  # a warning, not a failure


def test_no_deprecation_warning_for_version_2_or_other_formats(invoke, example: Path) -> None:
    assert invoke(["check", example, "--format", "json"]).stderr == ""
    assert invoke(["check", example, "--format", "text", "--schema-version", "1"]).stderr == ""


@pytest.mark.parametrize("value", ["0", "3", "two"])
def test_an_unknown_schema_version_is_a_usage_error(invoke, example: Path, value: str) -> None:
    result = invoke(["check", example, "--format", "json", "--schema-version", value], 2)
    assert "--schema-version" in result.stderr


def test_jsonl_output_parses(invoke, example: Path) -> None:
    lines = invoke(["check", example, "--format", "jsonl"]).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert "summary" in records[-1]
    assert all("id" in record for record in records[:-1])


@pytest.mark.parametrize("name", ["markdown", "junit"])
def test_formats_named_in_design(invoke, example: Path, name: str) -> None:
    assert invoke(["check", example, "--format", name]).stdout.strip()


def test_filters(invoke, example: Path) -> None:
    one = json.loads(
        invoke(["check", example, "--format", "json", "--claim", "biden-talks-date"]).stdout
    )
    assert [c["id"] for c in one["claims"]] == ["biden-talks-date"]
    topic = json.loads(invoke(["check", example, "--format", "json", "--topic", "biden"]).stdout)
    assert topic["claims"] and all(
        "biden" in (c["topic"] or "").lower() or "biden" in c["claim"].lower()
        for c in topic["claims"]
    )
    assert len(topic["claims"]) < len(
        json.loads(invoke(["check", example, "--format", "json"]).stdout)["claims"]
    )


def test_unknown_filter_is_an_input_error(invoke, example: Path) -> None:
    result = invoke(["check", example, "--claim", "no-such-claim"], exit_code=2)
    assert "no-such-claim" in result.stderr


def run_on_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run factcheck with its standard output on a pseudo-terminal; return what it printed."""
    primary, secondary = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    environment.update({"TERM": "xterm-256color", "COLUMNS": "160", **env})
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        stdin=subprocess.DEVNULL, stdout=secondary, stderr=subprocess.PIPE, env=environment,
    )  # fmt: skip
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    process.wait(timeout=60)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_colour_on_a_terminal_and_no_color_honoured(example: Path) -> None:
    assert ANSI in run_on_terminal(["check", str(example)], {})
    assert ANSI not in run_on_terminal(["check", str(example)], {"NO_COLOR": "1"})
    assert ANSI not in run_on_terminal(["check", str(example), "--no-color"], {})


# --- exit codes -----------------------------------------------------------------------


@pytest.fixture
def ferry(story_registry):
    """A story with one claim of each severity and no expectations."""

    def make(claims: list[dict]) -> Path:
        return story_registry(
            {"gazette.txt": FERRY, "herald.txt": FERRY, "radio.txt": "Weather was fine.\n"},
            claims,
        )

    return make


UNSUPPORTED = {
    "id": "airport",
    "claim": "The city opened a new airport terminal for cargo flights.",
}
AGREED = {"id": "ferry", "claim": "The ferry Island Star left Portside harbour at dawn."}


def test_unsupported_claim_fails_by_default(invoke, ferry) -> None:
    registry = ferry([AGREED, UNSUPPORTED])
    invoke(["check", registry], exit_code=1)
    invoke(["check", registry, "--fail-on", "error"], exit_code=1)
    invoke(["check", registry, "--fail-on", "never"], exit_code=0)


def test_fail_on_lower_severities(invoke, story_registry) -> None:
    registry = story_registry(
        {"gazette.txt": FERRY, "radio.txt": "Weather was fine.\n"}, [AGREED]
    )  # uncorroborated: a notice
    invoke(["check", registry], exit_code=0)
    invoke(["check", registry, "--fail-on", "warning"], exit_code=0)
    invoke(["check", registry, "--fail-on", "notice"], exit_code=1)


def test_agreement_passes_every_threshold(invoke, ferry) -> None:
    registry = ferry([AGREED])
    for fail_on in ("error", "warning", "notice", "never"):
        invoke(["check", registry, "--fail-on", fail_on], exit_code=0)


def test_unmet_expectation_fails_even_with_fail_on_never(invoke, ferry) -> None:
    registry = ferry([{**AGREED, "expect": "contradicted"}])
    result = invoke(["check", registry, "--fail-on", "never"], exit_code=1)
    assert "contradicted" in result.stdout


def test_met_expectation_passes_despite_an_error_verdict(invoke, ferry) -> None:
    invoke(["check", ferry([{**UNSUPPORTED, "expect": "unsupported"}])], exit_code=0)


def test_exit_code_in_json_matches(invoke, ferry) -> None:
    result = invoke(["check", ferry([UNSUPPORTED]), "--format", "json"], exit_code=1)
    assert json.loads(result.stdout)["summary"]["exit_code"] == 1


# --- bad input: exit 2, one clear message naming the file, no traceback ---------------

GOOD = """
version: 1
sources:
  gazette: {path: gazette.txt}
claims:
  - id: ferry
    claim: The ferry left at dawn.
"""
BOMB = "".join(
    ['x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n']
    + [f"x-{c}: &{c} [" + ", ".join([f"*{chr(ord(c) - 1)}"] * 9) + "]\n" for c in "bcdefghi"]
)

BAD_INPUTS = {
    "bad YAML": ("registry.yaml", GOOD.replace("claims:", "claims: [")),
    "unknown source": ("registry.yaml", GOOD + "    attributed_to: [{source: herald}]\n"),
    "missing document": ("registry.yaml", GOOD.replace("gazette.txt", "missing.txt")),
    "binary document": ("photo.txt", None),
    "non-UTF-8 document": ("latin.txt", None),
    "empty registry": ("registry.yaml", ""),
    "duplicate ids": ("registry.yaml", GOOD + "  - id: ferry\n    claim: Again.\n"),
    "unknown key": ("registry.yaml", GOOD.replace("claims:", "claimz:")),
    "wrong version": ("registry.yaml", GOOD.replace("version: 1", "version: 2")),
    "bad expect": ("registry.yaml", GOOD + "    expect: agreed\n"),
    "alias bomb": ("registry.yaml", BOMB + GOOD.replace("The ferry left at dawn.", "*i")),
    "no registry": ("nothing.yaml", None),
}


def bad_input(tmp_path: Path, write_registry, write_doc, case: str) -> tuple[Path, str]:
    """Set up one bad input; return the path to check and the file the message must name."""
    write_doc(tmp_path, "gazette.txt", FERRY)
    named, text = BAD_INPUTS[case]
    if case == "binary document":
        write_doc(tmp_path, named, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        return write_registry(tmp_path, GOOD.replace("gazette.txt", named)), named
    if case == "non-UTF-8 document":
        write_doc(tmp_path, named, "Caf\u00e9 society.\n".encode("latin-1"))
        return write_registry(tmp_path, GOOD.replace("gazette.txt", named)), named
    if case == "no registry":
        return tmp_path / named, named
    return write_registry(tmp_path, text or ""), named


# `validate` checks the registry, not what the documents hold.
CONTENT_PROBLEMS = ("binary document", "non-UTF-8 document")


@pytest.mark.parametrize(
    ("command", "case"),
    [("check", case) for case in BAD_INPUTS]
    + [("validate", case) for case in BAD_INPUTS if case not in CONTENT_PROBLEMS],
)
def test_bad_input_exits_2_naming_the_file(
    invoke, tmp_path: Path, write_registry, write_doc, case: str, command: str
) -> None:
    path, named = bad_input(tmp_path, write_registry, write_doc, case)
    result = invoke([command, path], exit_code=2)
    assert named in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith("factcheck: ") or first.split(":")[0].endswith(named)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""


def test_validate_lists_every_problem_with_its_place(
    invoke, tmp_path: Path, write_doc, write_registry
) -> None:
    write_doc(tmp_path, "gazette.txt", FERRY)
    text = GOOD.replace("version: 1", "version: 3") + "    colour: red\n    expect: agreed\n"
    result = invoke(["validate", write_registry(tmp_path, text)], exit_code=2)
    problems = result.stderr.splitlines()
    assert len(problems) == 3
    for problem in problems:
        assert PROBLEM.match(problem), problem
        assert "registry.yaml:" in problem


def test_validate_ok(invoke, example: Path) -> None:
    output = invoke(["validate", example]).stdout
    assert "to-lam-un-2024.yaml" in output and "ok" in output


# --- show and sources -----------------------------------------------------------------


def test_show_prints_every_sources_evidence(invoke, example: Path) -> None:
    data = json.loads(
        invoke(["check", example, "--format", "json", "--claim", "biden-talks-held"]).stdout
    )
    (claim,) = data["claims"]
    output = " ".join(invoke(["show", "biden-talks-held", example]).stdout.split())
    assert claim["claim"] in output
    for source, stance in claim["stances"].items():
        evidence = stance["evidence"]
        assert evidence is not None
        assert f"{source} {stance['stance']} ({stance['rule']}), line {evidence['line']}:" in output
        assert " ".join(evidence["text"].split()[:6]) in output


def test_show_explains_every_silent_source(invoke, example: Path) -> None:
    """A silent source says what its nearest passage lacks, and quotes that passage."""
    # version 1 lists every source, the silent ones with nothing near too
    data = json.loads(
        invoke(["check", example, "--format", "json", "--schema-version", "1"]).stdout
    )
    silent = [
        (claim["id"], source, stance)
        for claim in data["claims"]
        for source, stance in claim["stances"].items()
        if stance["stance"] == "silent"
    ]
    assert silent
    for claim_id, source, stance in silent:
        assert stance["rule"] == "FC-SILENT" and stance["lacking"], (claim_id, source)
        output = " ".join(invoke(["show", claim_id, example, "--format", "text"]).stdout.split())
        assert f"{source} silent (FC-SILENT): lacks {stance['lacking'][0]}" in output
        if stance["nearest"]:
            assert f"nearest, line {stance['nearest']['line']}:" in output


def test_show_unknown_claim_suggests_one(invoke, example: Path) -> None:
    result = invoke(["show", "biden-talks-dates", example], exit_code=2)
    assert "biden-talks-date" in result.stderr


def test_sources_lists_outlets_and_dates(invoke, example: Path) -> None:
    output = invoke(["sources", example]).stdout
    for outlet, date in [
        ("National News Service", "2024-09-26"),
        ("The Capital Daily", "2024-09-27"),
        ("Mekong Wire Digest", "2024-09-28"),
    ]:
        line = next((line for line in output.splitlines() if outlet in line), "")
        assert date in line, output
    assert "September 26, 2024" in output  # the wire's dateline


def test_sources_uses_front_matter_outlet(
    invoke, tmp_path: Path, write_doc, write_registry
) -> None:
    write_doc(
        tmp_path,
        "story.md",
        "---\noutlet: The Island Gazette\npublished: 2024-03-05\n---\n\n" + FERRY,
    )
    registry = write_registry(tmp_path, GOOD.replace("gazette.txt", "story.md"))
    assert "The Island Gazette" in invoke(["sources", registry]).stdout


# --- --output -------------------------------------------------------------------------


def test_output_writes_the_report(invoke, example: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = invoke(["check", example, "--format", "json", "--output", target])
    assert result.stdout == ""
    assert (
        target.read_text(encoding="utf-8") == invoke(["check", example, "--format", "json"]).stdout
    )
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_output_is_plain_text_by_default(invoke, example: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    invoke(["check", example, "--output", target])
    text = target.read_text(encoding="utf-8")
    assert ANSI not in text and "All clear" in text


def test_output_left_alone_on_input_error(
    invoke, tmp_path: Path, write_registry, write_doc
) -> None:
    path, _ = bad_input(tmp_path, write_registry, write_doc, "binary document")
    out = tmp_path / "out"
    out.mkdir()
    invoke(["check", path, "--output", out / "new.txt"], exit_code=2)
    (out / "old.txt").write_text("previous report\n")
    invoke(["check", path, "--output", out / "old.txt"], exit_code=2)
    assert [p.name for p in out.iterdir()] == ["old.txt"]
    assert (out / "old.txt").read_text() == "previous report\n"


def test_output_into_a_missing_folder_creates_it(invoke, example: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "report.txt"
    invoke(["check", example, "--output", target])
    assert "biden-talks-held" in target.read_text(encoding="utf-8")


def test_output_that_cannot_be_written_is_an_input_error(
    invoke, example: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder\n")
    result = invoke(["check", example, "--output", blocker / "report.txt"], exit_code=2)
    assert "report.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert blocker.read_text() == "not a folder\n"


def test_an_oversized_document_is_an_input_error(invoke, tmp_path: Path, write_registry) -> None:
    big = tmp_path / "gazette.txt"
    with big.open("w", encoding="utf-8") as stream:
        stream.write(("The ferry left at dawn. " * 1000 + "\n") * 500)  # about 12 MB
    result = invoke(["check", str(write_registry(tmp_path, GOOD))], exit_code=2)
    assert "gazette.txt" in result.stderr and "MB" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_show_json_lists_every_source_only_in_version_1(invoke, example: Path) -> None:
    new = json.loads(invoke(["show", "us-meetings-27", example, "--format", "json"]).stdout)
    old = invoke(["show", "us-meetings-27", example, "--format", "json", "--schema-version", "1"])
    (claim,) = new["claims"]
    (before,) = json.loads(old.stdout)["claims"]
    assert set(before["stances"]) == {"wire", "daily", "roundup"}
    assert len(claim["stances"]) + claim["silent_sources"] == 3 and claim["silent_sources"] >= 1
    assert "deprecated" in old.stderr


@pytest.mark.parametrize("width", [80, 120])
def test_help_lists_every_command_whole_with_examples_that_run(
    width: int, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`factcheck --help` at an ordinary width: each command's summary whole (never cut
    with '...'), and examples a new user can paste, each of which runs on the example."""
    import shlex

    from click.testing import CliRunner

    shown = CliRunner().invoke(main, ["--help"], terminal_width=width).output
    commands = shown.split("Commands:")[1].split("Examples:")[0]
    for name in main.commands:
        assert re.search(rf"^  {name} ", commands, re.M), name
    assert "..." not in commands
    examples = re.findall(r"^ +(factcheck .*?)(?: {2,}\S.*)?$", shown.split("Examples:")[1], re.M)
    assert len(examples) == 5
    monkeypatch.chdir(repo)
    for example in examples:
        args = shlex.split(example.split("|")[0])[1:]
        assert CliRunner().invoke(main, args).exit_code in (0, 1), example
