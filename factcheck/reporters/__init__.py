"""Report formats, registered in one place: ``--format`` and ``--report`` choose among
these names. Each format is one module, imported only when it is chosen (so that
``factcheck --version`` and ``--help`` need none of them); all render the same
finished Report."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.reporters.base import Reporter

# format name -> (module in this package, class); the order is the order of --help
FORMATS: dict[str, tuple[str, str]] = {
    "rich": ("rich", "RichReporter"),
    "text": ("text", "TextReporter"),
    "json": ("json", "JsonReporter"),
    "jsonl": ("jsonl", "JsonLinesReporter"),
    "markdown": ("markdown", "MarkdownReporter"),
    "html": ("html", "HtmlReporter"),
    "claimreview": ("claimreview", "ClaimReviewReporter"),
    "junit": ("junit", "JunitReporter"),
    "sarif": ("sarif", "SarifReporter"),
    "github": ("github", "GithubReporter"),
}


class _Reporters(Mapping[str, "type[Reporter]"]):
    """The formats by name; a format's module is imported when it is first asked for."""

    def __getitem__(self, name: str) -> type[Reporter]:
        module, cls = FORMATS[name]
        found: type[Reporter] = getattr(importlib.import_module(f"{__name__}.{module}"), cls)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(FORMATS)

    def __len__(self) -> int:
        return len(FORMATS)


REPORTERS: Mapping[str, type[Reporter]] = _Reporters()

__all__ = ["FORMATS", "REPORTERS"]
