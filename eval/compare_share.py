"""How many facts two documents of a story share does ``factcheck compare`` corroborate?

    python eval/compare_share.py              # per story and per split
    python eval/compare_share.py --split dev  # only the stories one may tune on
    python eval/compare_share.py --json

A story's *shared facts* are its labelled claims that two or more independent documents
support (by the blind labels in ``story.yaml``; a reprint and its original are one).
``compare`` knows nothing of the registry: it extracts its own statements from the
documents. A shared fact counts as *found* when some statement that another document
backs in compare (an agreement, or a divergence where a third document tells it
otherwise) comes from a document the label says supports the fact, sits
where ``check`` finds that document's evidence for the fact (the spans overlap), and
says it in some of the same words (at least MIN_SHARED of the fact's content terms,
and MIN_SHARE of them).

Beside that recall, the raw verdict counts of compare per story: how many statements,
how many corroborated, diverging, single-source.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from factcheck.check import Filters, check_registries
from factcheck.compare import compare_documents
from factcheck.features import claim_features
from factcheck.model import ClaimResult, Evidence
from factcheck.registry import load_registries
from factcheck.terms import AliasTable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # score.py beside this script: one reading of the splits
from score import STORIES, splits  # noqa: E402

MIN_SHARED = 2
MIN_SHARE = 0.3


def _own_evidence(result: ClaimResult) -> Evidence | None:
    """Where the statement sits in its own document (its source supports it there)."""
    own = result.claim.attributions[0].source
    stance = next(s for s in result.stances if s.source == own)
    return stance.evidence


def _overlaps(one: Evidence, other: Evidence) -> bool:
    return one.start < other.end and other.start < one.end


def _terms(text: str, aliases: AliasTable) -> set[str]:
    from factcheck.model import Claim

    return claim_features(Claim(id="x", text=text), aliases).content_terms


def story_share(folder: Path) -> dict[str, Any]:
    registries = load_registries([folder / "story.yaml"])
    registry = registries[0]
    check = check_registries(registries, Filters(), None)
    paths = [source.path for source in registry.sources.values()]
    report = compare_documents(paths)
    # compare names sources by file name; map them back to the story's ids.
    by_path = {s.path.resolve(): sid for sid, s in registry.sources.items()}
    compare_ids = {s.source.id: by_path[s.source.path.resolve()] for s in report.sources}
    aliases = AliasTable(dict(registry.aliases))
    copy_of = {info.source.id: info.copy.original for info in check.sources if info.copy}
    verdicts = Counter(r.verdict for r in report.results)
    corroborated: dict[str, list[tuple[Evidence, set[str]]]] = {}
    for result in report.results:
        evidence = _own_evidence(result)
        own = result.claim.attributions[0].source
        backed = any(s.stance == "supports" and s.source != own for s in result.stances)
        if backed and evidence is not None:
            # another document backs it: shared, even where a third tells it otherwise
            # (then compare rightly says divergence)
            source = compare_ids[own]
            found = (evidence, _terms(result.claim.text, aliases))
            corroborated.setdefault(source, []).append(found)
    shared = found = 0
    missed: list[str] = []
    for result in check.results:
        labelled = result.claim.expect.stances if result.claim.expect else ()
        supporting = [sid for sid, stances in labelled if stances == ("supports",)]
        if len({copy_of.get(sid, sid) for sid in supporting}) < 2:
            continue  # a fact only a document and its reprint give is not shared
        shared += 1
        fact_terms = _terms(result.claim.text, aliases)
        evidence = {s.source: s.evidence for s in result.stances if s.evidence is not None}
        hit = False
        for sid in supporting:
            where = evidence.get(sid)
            for statement_evidence, terms in corroborated.get(sid, []):
                common = len(fact_terms & terms)
                close = where is not None and _overlaps(where, statement_evidence)
                if close and common >= MIN_SHARED and common >= MIN_SHARE * len(fact_terms):
                    hit = True
        found += hit
        if not hit:
            missed.append(result.claim.id)
    return {
        "statements": len(report.results),
        "agreement": verdicts["agreement"],
        "divergence": verdicts["divergence"],
        "uncorroborated": verdicts["uncorroborated"],
        "other": len(report.results)
        - verdicts["agreement"]
        - verdicts["divergence"]
        - verdicts["uncorroborated"],
        "shared_facts": shared,
        "found": found,
        "missed": missed,
    }


def totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("statements", "agreement", "divergence", "uncorroborated", "other")
    total = {k: sum(r[k] for r in rows) for k in (*keys, "shared_facts", "found")}
    total["share"] = round(total["found"] / total["shared_facts"], 4) if rows else None
    return total


def measure(split: str | None = None) -> dict[str, Any]:
    where = splits()
    stories: dict[str, dict[str, Any]] = {}
    for name, part in where.items():
        if split and part != split:
            continue
        row = story_share(STORIES / name)
        row["split"] = part
        row["share"] = round(row["found"] / row["shared_facts"], 4) if row["shared_facts"] else None
        stories[name] = row
    parts = {"all": list(stories.values())}
    for part in ("dev", "test"):
        chosen = [r for r in stories.values() if r["split"] == part]
        if chosen:
            parts[part] = chosen
    return {"totals": {k: totals(v) for k, v in parts.items()}, "stories": stories}


def render(result: dict[str, Any], show_missed: bool) -> str:
    head = (
        f"{'':44} {'stmts':>5} {'agree':>5} {'diverg':>6} {'single':>6}  "
        f"{'shared':>6} {'found':>5}  share"
    )
    lines = [head, "-" * len(head)]

    def row(name: str, r: dict[str, Any]) -> str:
        share = "    -" if r["share"] is None else f"{100 * r['share']:4.0f}%"
        return (
            f"{name:44} {r['statements']:5} {r['agreement']:5} {r['divergence']:6} "
            f"{r['uncorroborated']:6}  {r['shared_facts']:6} {r['found']:5}  {share}"
        )

    for name in ("all", "dev", "test"):
        if name in result["totals"]:
            lines.append(row(name, result["totals"][name]))
    lines.append("")
    for name, r in result["stories"].items():
        lines.append(row(f"{name} ({r['split']})", r))
        if show_missed and r["missed"]:
            lines.append("    missed: " + ", ".join(r["missed"]))
    lines += [
        "",
        "stmts: compare's statements; agree/diverg/single: its verdicts (agreement,",
        "divergence, uncorroborated); shared: labelled facts two or more documents",
        "support; found: those compare corroborates (see the module docstring).",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), help="only these stories")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--missed", action="store_true", help="list the shared facts missed")
    args = parser.parse_args(argv)
    result = measure(args.split)
    if args.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        sys.stdout.write(render(result, args.missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
