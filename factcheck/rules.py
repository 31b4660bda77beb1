"""The judging rules, by code: what decides each stance, in one line each.

Every stance a report gives names one of these (``rule`` in the JSON report,
``factcheck show``); ``factcheck rules`` lists them. The rules themselves live where
their knowledge is (stance.py for passages, qualifiers.py for rankings, attribution.py
for speakers, causes.py for causes); this table is what a reader or a newsroom tool
looks a code up in.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.model import Stance


@dataclass(frozen=True)
class Rule:
    code: str
    stance: Stance
    summary: str


SUPPORT = Rule(
    "FC-SUPPORT", "supports",
    "the claim's names, most of its weighted words and every value are in one passage "
    "of up to four sentences of a paragraph, and the cause it gives ('because of the "
    "gales') is tied to the event or is what the story is about",
)  # fmt: skip
VALUE = Rule(
    "FC-VALUE", "contradicts",
    "a passage plainly about the same thing gives another figure or date for it, or "
    "another winner of the same contest",
)  # fmt: skip
PLACE = Rule(
    "FC-PLACE", "contradicts", "the same people and event, somewhere else"
)  # fmt: skip
NEGATION = Rule(
    "FC-NEGATION", "contradicts",
    "a plain restatement, negated, with an opposite word, with the claim's names the "
    "other way round about its verb, or with its party on the other side of the deal "
    "('sold' for 'bought'); a denial is contradicted only by a passage that has what it "
    "denies",
)  # fmt: skip
SPEAKER = Rule(
    "FC-SPEAKER", "contradicts",
    "the claim's words, given to someone other than the person the claim names",
)  # fmt: skip
QUALIFIER = Rule(
    "FC-QUALIFIER", "differs",
    "the claim ranks something ('the largest') and the passage ranks it in another scope "
    "(silent when it ranks it not at all); a claim of 'all' or 'unanimously' is "
    "contradicted by 'only three of its 12', 'by seven votes to two' or 'the other reactor "
    "kept running', and 'the first' by "
    "'the second ... since 2022' in its scope",
)  # fmt: skip
FRAMING = Rule(
    "FC-FRAMING", "differs",
    "the claim characterises its topic and the passage tells the same event in other "
    "terms, or tells all of the claim but its own verdict on the event ('ended in victory')"
    " or its manner ('knowingly'), or tells the same move as another size ('edged lower' "
    "for 'plunged'), or gives the event another reason than the claim's cause",
)  # fmt: skip
SILENT = Rule(
    "FC-SILENT", "silent",
    "none of the above: the report says what the nearest passage lacked",
)  # fmt: skip

RULES: tuple[Rule, ...] = (SUPPORT, VALUE, PLACE, NEGATION, SPEAKER, QUALIFIER, FRAMING, SILENT)
