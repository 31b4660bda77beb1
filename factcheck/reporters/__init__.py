"""Report formats, registered in one place: ``--format`` chooses among these names."""

from __future__ import annotations

from factcheck.reporters.base import Reporter
from factcheck.reporters.json import JsonLinesReporter, JsonReporter
from factcheck.reporters.rich import RichReporter
from factcheck.reporters.text import TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    cls.name: cls for cls in (RichReporter, TextReporter, JsonReporter, JsonLinesReporter)
}

__all__ = ["REPORTERS", "Reporter"]
