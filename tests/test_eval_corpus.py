"""Accuracy ratchet on the blind evaluation corpus (eval/stories), per split.

The floors were measured; right answers may only go up and false passes only down.
A change that breaks one is wrong, or the label is, and a label changes only in a
commit that says why it was wrong.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"

# split: (claims, fewest right, most false passes), measured; may only tighten (the test
# split's sixth false pass came with the ferry story, on its first run; the quantifier
# rule took one of the finance story's away; another went when a document's subject
# stopped standing in for a name the passage replaces)
FLOORS = {
    # the world-assembly trip story came with two false passes (13 of 32 cold, on
    # e196dc5 too); one is fixed (another office for the same person); a topic's noun
    # ('the magnitude-7.0 earthquake') far from where the topic is named gave three more;
    # 341 -> 339 when a denial no longer contradicts a document that denies the same
    # thing less widely: two divergences had been right only through those false
    # contradictions (the flight's 'nobody was hurt', Orsett Springs' homes), while the
    # documents that do contradict them stay silent; 339 -> 338 when a quotation given
    # to someone else contradicts though the claim's speaker is never named: the fire
    # chief's 'not done with us yet' is now contradicted by the local paper, as labelled,
    # and the claim's expected divergence still waits on the briefing that supports it
    # (the measles release's wrong contradiction is fixed the same way, and that claim
    # had been a divergence only through it); back to 339 when 'Varesh himself,
    # speaking to reporters ..., called the trip' gives its words to Varesh; 340 when a
    # light word of the claim ('was played') need not be repeated; 340 -> 339 when 'less
    # than a fifth' keeps its cap: the reservoir claim had been a divergence only through
    # the false contradiction of '18.4%', while the land weekly's 'barely a quarter full',
    # which does contradict it, stays silent
    "dev": (509, 345, 0),
    # the antitrust-fine story came with a false pass of its own (on e196dc5 too); the
    # media-closure story came with 11 of 32 right and no false pass (on b9f3de3 too); the
    # runway story came with 7 of 34 right and three false passes (on d6e08a5 too): a
    # quote given to the wrong speaker, a station that is only a bus link's end, and an
    # inspector credited with the airport's jobs figure (the quote went when a speech
    # participle, 'welcomed the ruling, calling it', came to name its speaker); the
    # antitrust story's went when 'instalments' stopped stemming as 'installed', and the
    # schools story's when a plan 'shelved' after it was told came to deny the closing;
    # three stories of people who meet again and events that recur came with 15 of 40
    # right and one false pass (on 434589a too): last year's keynote, told in a
    # sentence that names no year, backs the claim about this year's
    "test": (701, 369, 3),
}


def load_eval_script(name: str) -> ModuleType:
    """One of the scripts in eval/ (they are run as files, not installed)."""
    spec = importlib.util.spec_from_file_location(f"factcheck_eval_{name}", EVAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def totals() -> dict[str, Any]:
    result: dict[str, Any] = load_eval_script("score").score()
    return result["totals"]


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_blind_corpus_ratchet(totals: dict[str, Any], split: str) -> None:
    claims, fewest_right, most_false_passes = FLOORS[split]
    figures = totals[split]
    assert figures["claims"] == claims, "claims were added or removed: remeasure the floors"
    assert figures["right"] >= fewest_right
    assert figures["false_passes"] <= most_false_passes


def test_factcheck_beats_the_naive_baseline(totals: dict[str, Any]) -> None:
    for split in FLOORS:
        assert totals[split]["right"] > totals[split]["baseline"]
        assert totals[split]["false_passes"] < totals[split]["baseline_false_passes"]


# split: fewest shared facts (labelled supported by two or more independent documents) that
# `factcheck compare` finds corroborated, of how many; measured, may only go up
# the test split gave up two facts of the vaccine story when demonyms and paraphrases
# came in (check's evidence for them moved off compare's statements), and one of the
# fares story when a wrong contradiction it had lent its evidence to went silent
# the runway story added 23 shared facts to the test split, of which compare finds 6;
# a topic's noun far from its name ('the magnitude-7.0 earthquake') gave dev one more;
# the test split gave up one of the schools story ('Hartley Park was dropped') when a
# plan 'shelved' after it was told came to deny what it planned (a false pass went)
# the count then took in divergences: a fact two documents back and a third tells
# otherwise is shared, and compare says so (measured the same, 97 and 86, on d946847's
# code and on the next commit's)
# ('participants' as people and the hearsay of naming verbs gave dev one more)
# (test gave up one when a sentence that denies something as its point came to be
# backed only by a sentence that denies it too, not by its words alone)
# (test gave up one more when results and votes came to be read as scores: the fare-rise
# story's 'failed 7-6' and 'was defeated 7-6' had agreed as the same unread figure,
# written alike; as scores they match, and the two sentences' other words are too few)
# (test gained two when changes told as multiples or from one figure to another, and
# figures written the short way, came to be read)
# (dev gave up one of the drought story when an opposite a sentence denies ('did not
# reject') stopped contradicting: check's wrong contradiction of the courier's daytime
# watering ban had lent compare its evidence; the courier is now silent, and that fact
# waits on the paraphrase it really needs)
# (both gained one when a light word of a statement, 'was played', need not be repeated)
# (test gained one with the paraphrases of common news wording)
# (the three stories of people who meet again added 16 shared facts to the test split;
# compare finds none of them)
COMPARE_FLOORS = {"dev": (237, 118), "test": (315, 114)}


@pytest.mark.parametrize("split", sorted(COMPARE_FLOORS))
def test_compare_finds_shared_facts_ratchet(split: str) -> None:
    shared, fewest_found = COMPARE_FLOORS[split]
    figures = load_eval_script("compare_share").measure(split)["totals"][split]
    assert figures["shared_facts"] == shared, "labels changed: remeasure the floors"
    assert figures["found"] >= fewest_found


def test_verdicts_do_not_depend_on_the_hash_seed() -> None:
    # A score summed over a set in another order once fell either side of a threshold,
    # so the same story gave a different verdict from one run to the next.
    import os
    import subprocess

    def run(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        script = EVAL / "score.py"
        done = subprocess.run(
            [sys.executable, str(script), "--json"], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert run("100") == run("101")


# set: (pairs, fewest right, most false supports), measured on eval/adversarial; may only
# tighten
ADVERSARIAL_FLOORS = {
    # set1 #84 lost: 'will announce the cap for July next week' now reads 'next week', the
    # date of the announcing, and denies 'the cap will be ... from July' (an event's date
    # told of another verb is still compared)
    "set1": (120, 61, 11),
    "set2": (100, 54, 12),
    "set3": (100, 71, 0),
    "set4": (100, 78, 2),
    # set5 #44 lost: 'than in the previous year' in the claim is now 2023 (the year before
    # the 2024 it was just told), a value the passage's window does not give as such;
    # 'closed the following year' had been read as the year after publication
    "set5": (100, 61, 2),  # blind on 15330f0: 44 right, 9 false supports
    "set6": (100, 70, 3),  # blind on ad116c9: 51 right, 12 false supports (15330f0: 49, 12)
    "set7": (100, 53, 3),  # blind on 0cbdb6f: 36 right, 9 false supports (15330f0: 36, 9)
    "set8": (100, 66, 3),  # blind on 1bb3f99: 45 right, 11 false supports (83a0afa: 45, 11)
    "set9": (100, 44, 3),  # blind on e1a38f6: 35 right, 8 false supports (83a0afa: 34, 8)
    "set10": (100, 60, 2),  # blind on 3ba2a8e: 54 right, 6 false supports (e196dc5: 54, 6)
    "set11": (100, 52, 0),  # blind on 9fa7320: 47 right, 0 false supports (e196dc5: 47, 0)
    "set12": (100, 61, 5),  # blind on 35ebf23: 54 right, 11 false supports (b9f3de3: 54, 11)
    "set13": (100, 48, 8),  # blind on d6e08a5: 39 right, 10 false supports
    "set14": (100, 55, 7),  # blind on c3241fb: 48 right, 10 false supports
    # contests, denials, figures of another thing
    "set15": (100, 46, 7),  # blind on 83a2f50: 30 right, 16 false supports (c87f3b4: 30, 15)
    # days counted from events, changes told by levels, percentages of another subject
    "set16": (100, 56, 6),  # blind on 9b32e05: 46 right, 12 false supports (eb176e8: 39, 13)
    # ordinary copy: paraphrase, figures in many forms, negation, scope, who did what
    # set17 #12 lost: 'fell to 6.2 per cent last month' (March) for 'in April' is now
    # silent, as sets 1, 2, 4 and 13-15 label the claim's figure told of another month
    # or year, where set 17 labelled it contradicts
    "set17": (100, 68, 0),  # blind on 4f6495c: 56 right, 4 false supports
    # multi-sentence copy whose other sentences carry figures, people and events of their own
    "set18": (100, 75, 1),  # blind on 2c9e55b: 60 right, 3 false supports
    # copy that says the fact in other words: paraphrase, facts told over sentences, roles
    "set19": (100, 46, 7),  # blind on 8fbfd6c: 33 right, 14 false supports
    "set20": (100, 59, 3),  # blind on 6585b60 with d121b57's code: 44 right, 8 false supports
    "set21": (100, 40, 11),  # blind on d121b57's code: 32 right, 15 false supports
    "set22": (100, 47, 6),  # blind on 4ab231b's code: 37 right, 8 false supports
    # blind on 4ab231b's code: 36 right, 6 false supports; 37 and 6 on the rules drawn
    # from set 22
    "set23": (100, 40, 6),
    # blind on 4ab231b's code and on the rules drawn from sets 22 and 23 (3edd825):
    # 33 right, 11 false supports each
    "set24": (100, 37, 7),
    # blind on 4ab231b's code: 36 right, 9 false supports; 36 and 8 on the rules drawn from
    # sets 22 and 23 (9574a4f) and on those drawn from set 24 (116bcb4)
    "set25": (100, 37, 6),
    # blind on 9f9965e's code: 42 right, 6 false supports
    "set26": (100, 45, 2),
    # blind on 9f9965e's code and on the rules drawn from set 26 (e4d3e99's parent): 33
    # right, 10 false supports
    "set27": (100, 37, 7),
    # blind on ebdcc80's code and on the rules of this round written before it (202fab6):
    # 39 right, 5 false supports on both
    "set28": (100, 42, 1),
    # blind on 59d6804's code and on this round's first rule (3b01878): 41 right, 6 false
    # supports on both
    "set29": (100, 46, 4),
    # blind on 59d6804's code: 44 right, 11 false supports; on this round's rules written
    # before it (6c45065): 43 right, 12 false supports (a paraphrase let one through)
    "set30": (100, 50, 5),
}


@pytest.fixture(scope="module")
def adversarial() -> dict[str, Any]:
    result: dict[str, Any] = load_eval_script("adversarial").score()
    return result


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_FLOORS))
def test_adversarial_pairs_ratchet(adversarial: dict[str, Any], name: str) -> None:
    pairs, fewest_right, most_false_supports = ADVERSARIAL_FLOORS[name]
    figures = adversarial[name]
    assert figures["pairs"] == pairs, "pairs were added or removed: remeasure the floors"
    assert figures["right"] >= fewest_right
    assert figures["false_supports"] <= most_false_supports


def test_one_pair_is_judged_alike_whatever_the_hash_seed() -> None:
    """A library's prize money beside the cost the claim gives it: its share of the claim,
    summed over a set, sat exactly on the threshold of a conflict, so one seed in about
    fifteen read it otherwise (seeds 10 and 36 disagreed)."""
    import os
    import subprocess

    script = (
        "import sys, tempfile, yaml\n"
        "from pathlib import Path\n"
        f"sys.path.insert(0, {str(EVAL.parent)!r})\n"
        "from eval.adversarial import SETS, judge\n"
        "pair = yaml.safe_load((SETS / 'set29.yaml').read_text())['pairs'][41]\n"
        "with tempfile.TemporaryDirectory() as folder:\n"
        "    print(judge(pair['passage'], pair['claim'], Path(folder)))\n"
    )

    def run(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert run("10") == run("36")
