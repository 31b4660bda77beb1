"""Report formats, registered in one place: ``--format`` and ``--report`` choose among
these names. Each format is one module; all render the same finished Report."""

from __future__ import annotations

from factcheck.reporters.base import Reporter
from factcheck.reporters.github import GithubReporter
from factcheck.reporters.json import JsonReporter
from factcheck.reporters.jsonl import JsonLinesReporter
from factcheck.reporters.junit import JunitReporter
from factcheck.reporters.markdown import MarkdownReporter
from factcheck.reporters.rich import RichReporter
from factcheck.reporters.sarif import SarifReporter
from factcheck.reporters.text import TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    cls.name: cls
    for cls in (
        RichReporter,
        TextReporter,
        JsonReporter,
        JsonLinesReporter,
        MarkdownReporter,
        JunitReporter,
        SarifReporter,
        GithubReporter,
    )
}

__all__ = ["REPORTERS", "Reporter"]
