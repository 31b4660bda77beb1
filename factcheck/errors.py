"""The exception hierarchy: the CLI turns each of these into one message and exit code 2."""

from __future__ import annotations


class FactcheckError(Exception):
    """An input or usage problem the user can fix; never a bug."""


class RegistryError(FactcheckError):
    """One or more problems in registry files, each already formatted ``file:line:col: msg``."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class DocumentError(FactcheckError):
    """A document that cannot be read as UTF-8 text of a supported format."""
