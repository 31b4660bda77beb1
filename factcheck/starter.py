"""The starter story `factcheck init` writes: a registry with two sources and three
claims that a new user runs at once and then edits into their own. Its documents are
made up (a town council's budget), so nothing in them is news."""

from __future__ import annotations

REGISTRY = """\
# A starter story: edit it into your own (factcheck docs registry tells every key).
# Run it with:  factcheck check {folder}
version: 1
title: "Riverton council passes its budget (starter story)"

sources:
  wire:
    path: sources/wire.txt           # its date is read from its dateline
    outlet: Valley Wire (made up)
  gazette:
    path: sources/gazette.md         # its date is read from its front matter
    outlet: Riverton Gazette (made up)

claims:
  - id: budget-48-million
    claim: "Riverton's council approved a budget of 48 million dollars."
    expect: agreement                # both sources state it

  - id: two-bus-lines
    claim: "The budget adds two bus lines."
    attributed_to:
      - source: wire
    expect: uncorroborated           # only the wire states it: find a second source

  - id: buses-first
    claim: "Mayor Lena Ortiz said the budget puts buses first."
    attributed_to:
      - source: gazette
        speaker: Lena Ortiz
        quote: "This budget puts buses first"
    expect: uncorroborated

# Who publishes the fact-check, for --format claimreview (optional):
# review:
#   author: Your desk
#   url: https://example.org/checks/riverton-budget
"""

WIRE = """\
RIVERTON, March 3, 2025 - Riverton's city council approved a budget of 48 million
dollars on Monday. The budget adds two bus lines to the town's network, the council's
finance committee said.
"""

GAZETTE = """\
---
published: 2025-03-04
title: Council backs a bus-first budget
---

# Council backs a bus-first budget

Riverton's council approved a budget of 48 million dollars on Monday, by seven votes
to two.

"This budget puts buses first," Mayor Lena Ortiz said after the vote.
"""


def starter_files(folder: str) -> dict[str, str]:
    """Each file of the starter story, by its path inside ``folder``."""
    return {
        "story.yaml": REGISTRY.format(folder=folder),
        "sources/wire.txt": WIRE,
        "sources/gazette.md": GAZETTE,
    }
