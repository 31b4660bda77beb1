"""Docs that cannot drift: every command and every option of `factcheck check` is in
README.md, and its CI snippets work as copied."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
import yaml

from factcheck.cli import main


@pytest.fixture
def readme(repo: Path) -> str:
    path = repo / "README.md"
    if not path.is_file():
        pytest.skip("README.md does not exist yet: nothing to keep in step with the CLI")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_documented(readme: str, command: str) -> None:
    assert f"factcheck {command}" in readme


def check_options() -> list[str]:
    ctx = click.Context(main.commands["check"])
    return sorted(
        option
        for param in main.commands["check"].get_params(ctx)
        if isinstance(param, click.Option)
        for option in param.opts
        if option.startswith("--") and option != "--help"
    )


@pytest.mark.parametrize("option", check_options())
def test_every_check_option_is_documented(readme: str, option: str) -> None:
    assert option in readme


# what an action of the README's GitHub workflow needs the job's token to write
ACTION_PERMISSIONS = {
    "mikepenz/action-junit-report": "checks",  # else "Resource not accessible by integration"
    "github/codeql-action/upload-sarif": "security-events",
}


def test_the_readme_ci_snippets_parse_and_grant_what_their_actions_need(readme: str) -> None:
    """Copied into a repository, the GitHub workflow runs: each action that writes
    checks or code-scanning results has that permission."""
    snippets = [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", readme, re.S)]
    workflows = [s for s in snippets if isinstance(s, dict) and "jobs" in s]
    assert workflows, "the README shows a GitHub workflow"
    for workflow in workflows:
        granted = {k for k, v in workflow.get("permissions", {}).items() if v == "write"}
        for job in workflow["jobs"].values():
            for step in job["steps"]:
                action = step.get("uses", "").split("@")[0]
                if action in ACTION_PERMISSIONS:
                    assert ACTION_PERMISSIONS[action] in granted, action


def test_the_registry_reference_ships_with_factcheck_and_names_every_key(repo: Path) -> None:
    """`factcheck docs registry` prints the reference from the installed package (not
    from a checkout beside it), and the reference names every key a registry may have."""
    from click.testing import CliRunner

    from factcheck.registry import (
        ATTRIBUTION_KEYS,
        CLAIM_KEYS,
        EXPECT_KEYS,
        SOURCE_KEYS,
        TOP_KEYS,
    )

    printed = CliRunner().invoke(main, ["docs", "registry"]).stdout
    assert printed == (repo / "factcheck" / "docs" / "registry.md").read_text(encoding="utf-8")
    assert printed.startswith("# Claim registries: format reference (version 1)")
    for key in (*TOP_KEYS, *SOURCE_KEYS, *CLAIM_KEYS, *ATTRIBUTION_KEYS, *EXPECT_KEYS):
        assert f"`{key}`" in printed, key
    pyproject = (repo / "pyproject.toml").read_text(encoding="utf-8")
    assert '"factcheck.docs" = ["*.md"]' in pyproject  # in the wheel, not only the checkout
