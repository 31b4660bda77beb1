"""JSON Lines: one claim object per line, then a summary line; for streaming tools."""

from __future__ import annotations

from typing import Any, TextIO

from factcheck.model import Report
from factcheck.reporters.base import StreamingReporter
from factcheck.reporters.json import (
    SCHEMA_VERSION,
    changes_to_dict,
    claim_to_dict,
    dump,
    source_to_dict,
    summary_to_dict,
)


class JsonLinesReporter(StreamingReporter):
    name = "jsonl"
    description = "one JSON object per claim per line, then a summary line"

    def __init__(self, *, schema_version: int = SCHEMA_VERSION, **options: Any) -> None:
        super().__init__(**options)
        self.schema_version = schema_version

    def write(self, report: Report, stream: TextIO) -> None:
        for result in report.results:
            claim = claim_to_dict(result, schema_version=self.schema_version)
            stream.write(dump(claim, None) + "\n")
        if report.changes is not None:
            stream.write(dump({"changes": changes_to_dict(report.changes)}, None) + "\n")
        stream.write(dump({"summary": summary_to_dict(report)}, None) + "\n")

    def render_sources(self, report: Report) -> str:
        return "".join(
            dump({"id": info.source.id, **source_to_dict(info)}, None) + "\n"
            for info in report.sources
        )
