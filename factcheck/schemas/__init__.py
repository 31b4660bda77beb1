"""The published JSON Schemas (draft 2020-12): the JSON report v1 and the registry v1."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

FILES = {"report": "report-v1.schema.json", "registry": "registry-v1.schema.json"}


def schema_text(which: str) -> str:
    return resources.files(__package__).joinpath(FILES[which]).read_text(encoding="utf-8")


def load_schema(which: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(schema_text(which))
    return data
