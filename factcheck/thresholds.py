"""Every number that tunes a judgement, in one place.

A stance comes from shares of a claim's weighted words found in a passage, compared
with the thresholds below; the weights come from the factors. They were set by
measuring the labelled stories in ``eval/`` (``python eval/score.py``): change one
only with the measurement before and after.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    # --- weighing a claim's words (features) ---------------------------------------
    entity_factor: float = 1.5  # a known name (alias table)
    proper_factor: float = 1.3  # a capitalised word in running text
    ordinal_factor: float = 2.0  # '79th session'
    word_factor: float = 1.0
    reporting_factor: float = 0.3  # 'said', 'stressed'
    light_factor: float = 0.35  # lexicons/light.txt: words that say little of a claim
    frame_factor: float = 0.25  # words of 'X said (that)': the attribution check's business
    light_idf: float = 1.0  # the most rarity a light word can have

    # --- supports ------------------------------------------------------------------
    support_score: float = 0.6  # share of the claim's weighted content (and values)
    support_content: float = 0.5  # share of the claim's non-name content words
    support_phrases: float = 0.2  # share of the claim's word pairs found as pairs
    support_content_subject: float = 0.45  # enough when what is missing is told elsewhere
    denial_share: float = 0.25  # share of a claim's content its denial must have to be its point
    support_content_denial: float = 0.3  # ... or when it denies just what the claim does
    support_content_alone: float = 0.75  # ... unless nearly all its content words are there
    anchored_content: float = 0.5  # content share enough when every name and value matches
    value_context: int = 3  # content words either side of a figure that say what it is
    subject_reach: int = 6  # content words before a figure that may say what it counts
    out_of_window_name: float = 0.3  # credit for a name given elsewhere (he, the leader)
    mostly_named_score: float = 0.75  # coverage at which a third of the names may be missing
    context: float = 0.5  # credit for a word in a neighbouring sentence, not the core
    opening_sentences: int = 2  # a document's opening: its headline and first sentence
    opening_recurs: int = 2  # sentences a word of the opening is in: what it is about

    # --- contradicts ---------------------------------------------------------------
    contradict_score: float = 0.5  # how plainly the window must be about the claim
    contradict_same_thing: float = 0.35  # enough when a conflicting count names the same phrase
    figure_reach: int = 2  # content words either side of a figure that tell what it counts
    polarity_score: float = 0.7  # a negation contradicts only a plain restatement
    negated_present: float = 0.75  # share of what a claim denies that the window must have
    negation_reach: int = 6  # content words a negation reaches, within its clause
    own_words_quoted: int = 4  # words of a quotation no two speakers say by chance

    # --- differs -------------------------------------------------------------------
    rich_account: int = 6  # content words beyond topic, names and values: an account
    framing_over_values: float = 1.0  # a characterisation outweighs the values it omits
    ranking_scope: int = 10  # words after 'the largest' that can still restrict it

    # --- where to look -------------------------------------------------------------
    max_window: int = 4  # sentences of one paragraph judged together
    look_back: int = 4  # sentences before a window a pronoun in it may refer to
    candidates_per_document: int = 4  # best sentences of a document widened and judged
    rare_terms: int = 6  # rarest words that find candidate documents for a nameless claim

    # --- check-worthy statements (extract, compare) ----------------------------------
    # a figure counts 2, a date 1.5, a superlative 1.5, a named speaker 1.5, a named
    # event 1 (extract.py); compare looks for lower: a fact two outlets share is worth
    # finding even when it commits only to a date or to a speaker's words
    checkworthy_extract: float = 2.0
    checkworthy_compare: float = 1.5


THRESHOLDS = Thresholds()
