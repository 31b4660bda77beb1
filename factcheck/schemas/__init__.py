"""The published JSON Schemas (draft 2020-12): the JSON report (version 2, and version 1
while it is deprecated) and the registry v1."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

FILES = {"report": "report-v2.schema.json", "registry": "registry-v1.schema.json"}
OLDER = {("report", 1): "report-v1.schema.json"}


def schema_text(which: str, version: int | None = None) -> str:
    """The schema of ``which``, in its current version or an older one still written."""
    name = FILES[which] if version is None else OLDER.get((which, version), FILES[which])
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def load_schema(which: str, version: int | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(schema_text(which, version))
    return data
