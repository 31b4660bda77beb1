"""Docs that cannot drift: every command and every option of `factcheck check` is in README.md."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

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
