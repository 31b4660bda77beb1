"""Near-duplicate documents: wire copy republished by another outlet is one source, not two.

Two documents are copies when most of the shorter one's text also stands in the
other: the share of its word 5-grams ("shingles", after the usual folding of case,
quotes and diacritics) the other document has too. A changed headline, a trimmed
paragraph, another dateline or page furniture move that share a little; two outlets
quoting the same press-release sentences in their own reports move it far less.

Pairs are found through an index of shingles with a prefix filter, so the cost
grows with the corpus, not with its square: a document is compared only with the
documents holding one of its rarest shingles, enough of them that no pair reaching
the threshold can be missed.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.model import Copy, Document
from factcheck.normalise import fold_keeping_spaces

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CopyConfig:
    """What makes two documents one text; every threshold of copy detection is here."""

    shingle_words: int = 5  # a shingle: this many consecutive words
    # A copy: at least this share of the shorter document's shingles is in the other.
    min_share: float = 0.8
    # Documents with fewer shingles are never judged: too little text to tell a
    # copy from two reports of the same facts.
    min_shingles: int = 20
    # Candidates must share one in this many of a document's shingles among its rarest
    # (see find_copies): a cost, never a change in what is found.
    prefix_share: int = 20


COPY_CONFIG = CopyConfig()

Shingle = str  # words joined by single spaces: hashes faster than a tuple of them


def shingles(document: Document, size: int) -> frozenset[Shingle]:
    """The document's word n-grams, folded so that typography never hides a copy."""
    words = _WORD.findall(fold_keeping_spaces(document.body))
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def find_copies(
    documents: Sequence[Document], config: CopyConfig = COPY_CONFIG
) -> tuple[Copy, ...]:
    """Every document that copies an earlier one, in registry order of the copies.

    Which copies which: the later publication date copies the earlier; a document
    without a date counts as later than any dated one; between equal dates (or two
    undated documents) the one listed later in the registry copies the one listed
    first. A document copying several earlier ones names the earliest of them.
    """
    if len(documents) < 2:
        return ()
    sets = [shingles(d, config.shingle_words) for d in documents]
    sizes = [len(found) for found in sets]
    postings: dict[Shingle, list[int]] = defaultdict(list)
    for index, found in enumerate(sets):
        for shingle in found:
            postings[shingle].append(index)
    held_by = {shingle: len(holders) for shingle, holders in postings.items()}
    pairs: set[tuple[int, int]] = set()
    for index, found in enumerate(sets):
        size = sizes[index]
        if size < config.min_shingles:
            continue
        # Prefix filter: to hold min_share of this document's shingles, another must
        # hold at least ``least`` of any (size - needed + least) of them; take the
        # rarest, whose postings are shortest. Exact: no pair that reaches the bar is
        # missed. Asking for more than one keeps out the many pairs that share only a
        # sentence or two (reports of one event, boilerplate): at 10,000 documents,
        # 32,000 pairs to compare in place of 458,000.
        needed = math.ceil(config.min_share * size - 1e-9)
        least = max(1, size // config.prefix_share)
        rarest = sorted(found, key=held_by.__getitem__)[: size - needed + least]
        shared: dict[int, int] = defaultdict(int)
        for shingle in rarest:
            for other in postings[shingle]:
                if sizes[other] >= size and other != index:
                    shared[other] += 1
        pairs.update((min(index, o), max(index, o)) for o, n in shared.items() if n >= least)
    order = [_publication_key(d, i) for i, d in enumerate(documents)]
    earliest: dict[int, tuple[int, float]] = {}  # copy -> (original, share)
    for a, b in sorted(pairs):
        small, large = (a, b) if len(sets[a]) <= len(sets[b]) else (b, a)
        size = len(sets[small])
        share = len(sets[small] & sets[large]) / size
        if share < config.min_share:
            continue
        original, copy = (a, b) if order[a] < order[b] else (b, a)
        known = earliest.get(copy)
        if known is None or order[original] < order[known[0]]:
            earliest[copy] = (original, share)
    return tuple(
        Copy(documents[c].source.id, documents[o].source.id, round(share, 3))
        for c, (o, share) in sorted(earliest.items())
    )


def _publication_key(document: Document, position: int) -> tuple[dt.date, int]:
    """Earlier publication first, undated last, then registry order."""
    return (document.published or dt.date.max, position)


def originals(copies: Sequence[Copy]) -> dict[str, str]:
    """Source id -> the first publication of its text, for every copy (chains followed:
    a copy of a copy counts with the text it came from)."""
    direct = {c.source: c.original for c in copies}
    result: dict[str, str] = {}
    for source in direct:
        root = source
        seen = {root}
        while root in direct and direct[root] not in seen:
            root = direct[root]
            seen.add(root)
        result[source] = root
    return result


def independent(sources: Sequence[str], copies: Mapping[str, str]) -> int:
    """How many independent texts among these sources: a copy and its original are one."""
    return len({copies.get(s, s) for s in sources})
