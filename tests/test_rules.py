"""The rule table: every code a stance can name is listed, documented and in the schema."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.rules import RULES
from factcheck.schemas import schema_text

ROOT = Path(__file__).resolve().parent.parent


def test_the_report_schema_allows_exactly_the_listed_rules() -> None:
    schema = json.loads(schema_text("report"))
    text = json.dumps(schema)
    for rule in RULES:
        assert f'"{rule.code}"' in text
    assert text.count('"FC-') == len(RULES)


def test_the_readme_explains_every_rule() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| `{rule.code}` | {rule.stance}" in readme


def test_factcheck_rules_lists_every_code(invoke) -> None:
    listed = json.loads(invoke(["rules", "--format", "json"]).stdout)
    assert [row["code"] for row in listed] == [rule.code for rule in RULES]
    text = invoke(["rules"]).stdout
    assert all(rule.code in text and rule.summary in text for rule in RULES)


def test_every_stance_in_the_example_names_a_listed_rule(invoke) -> None:
    report = json.loads(invoke(["check", "--format", "json"], exit_code=0).stdout)
    codes = {rule.code for rule in RULES}
    named = {s["rule"] for c in report["claims"] for s in c["stances"].values()}
    assert named and named <= codes
