"""One spelling for words British and American copy write differently.

A US wire's 'labor', 'center', 'defense' and 'pediatric' are a British paper's
'labour', 'centre', 'defence' and 'paediatric': the stemmer keeps them apart, so each
word is read in its British form before it is stemmed (the lexicons are written in
British English). Only whole word families are changed, never a word both sides share
('humorous', 'laboratory', 'honorary' are left as written).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

# American roots ending in -or, British -our ('labor' -> 'labour'), with the endings
# both spellings share ('laborers', 'favorable', 'neighborhood')
_OR_ROOTS = frozenset(
    """labor color favor honor neighbor behavior harbor rumor vapor endeavor flavor
    humor armor savor vigor odor tumor valor parlor clamor candor rancor splendor fervor
    ardor""".split()
)
_OR_ENDINGS = (
    "", "s", "ed", "ing", "er", "ers", "able", "ably", "ful", "less", "hood", "hoods",
    "ly", "ite", "ites", "ism", "ist", "ists",
)  # fmt: skip

# American roots ending in -er, British -re ('center' -> 'centre'); units of measure
# are the units lexicon's business
_ER_ROOTS = frozenset(
    "center theater fiber caliber saber specter luster somber meager scepter".split()
)

# American -ense, British -ence ('defense' -> 'defence')
_ENSE_ROOTS = frozenset("defense offense license pretense".split())
_ENSE_ENDINGS = ("", "s", "less")

# American -og, British -ogue ('catalog' -> 'catalogue')
_OG_ROOTS = frozenset("catalog dialog analog prolog epilog monolog".split())

# American beginnings of medical words, British ones ('pediatric' -> 'paediatric')
_PREFIXES = (
    ("pediatric", "paediatric"), ("orthopedic", "orthopaedic"), ("anesthe", "anaesthe"),
    ("anemi", "anaemi"), ("leukemi", "leukaemi"), ("hemorrhag", "haemorrhag"),
    ("hemophili", "haemophili"), ("hematolog", "haematolog"), ("esophag", "oesophag"),
    ("diarrhe", "diarrhoe"), ("estrogen", "oestrogen"), ("edema", "oedema"),
    ("maneuver", "manoeuvr"), ("fetus", "foetus"), ("fetal", "foetal"),
    ("cesarean", "caesarean"), ("skeptic", "sceptic"),
)  # fmt: skip

# Whole words
_WORDS = {
    "gray": "grey", "grays": "greys", "aluminum": "aluminium", "mold": "mould",
    "molds": "moulds", "moldy": "mouldy", "plow": "plough", "plows": "ploughs",
    "plowed": "ploughed", "sulfur": "sulphur", "pajamas": "pyjamas",
    "mustache": "moustache", "jewelry": "jewellery", "program": "programme",
    "programs": "programmes", "fueled": "fuelled", "fueling": "fuelling",
    "counselor": "counsellor", "counselors": "counsellors", "counseling": "counselling",
    "traveler": "traveller", "travelers": "travellers", "skillful": "skilful",
    "marvelous": "marvellous", "woolen": "woollen", "enrollment": "enrolment",
    "installment": "instalment", "installments": "instalments", "fulfillment": "fulfilment",
    "maneuver": "manoeuvre", "maneuvers": "manoeuvres", "aging": "ageing",
    "judgment": "judgement", "judgments": "judgements",
}  # fmt: skip


# Each family: its American roots, how a root is spelt in British ('labor' ->
# 'labour'), and the endings both share, each with its British form ('centered' ->
# 'centred')
_FAMILIES: tuple[tuple[frozenset[str], Callable[[str], str], dict[str, str]], ...] = (
    (_OR_ROOTS, lambda root: root[:-2] + "our", {e: e for e in _OR_ENDINGS}),
    (_ER_ROOTS, lambda root: root[:-2] + "re", {"": "", "s": "s", "ed": "d"}),
    (_ENSE_ROOTS, lambda root: root[:-3] + "nce", {e: e for e in _ENSE_ENDINGS}),
    (_OG_ROOTS, lambda root: root + "ue", {"": "", "s": "s"}),
)


@lru_cache(maxsize=65536)
def british(word: str) -> str:
    """A lower-case word in its British spelling; any other word as written."""
    if word in _WORDS:
        return _WORDS[word]
    for american, british_form in _PREFIXES:
        if word.startswith(american):
            return british_form + word[len(american) :]
    for roots, respell, endings in _FAMILIES:
        for ending, written in endings.items():
            root = word[: len(word) - len(ending)]
            if word.endswith(ending) and root in roots:
                return respell(root) + written
    return word
