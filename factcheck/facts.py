"""Atomic facts: a sentence split into the single events, figures and dates it reports.

Two outlets rarely tell a fact in the same sentence: one lists "the Summit of the
Future, the General Debate and talks with Biden" in one breath, the other gives each a
sentence of its own. Judged whole, neither sentence is backed by the other document;
split into facts, each one is.

A fact is verbatim: its *core* is one contiguous span of the sentence, and its
*context* (the words that say whom or what the core is about) is another span before
it, or nothing. When the two touch, the fact reads as one stretch of the sentence;
when they do not, they are joined by " … " (an ellipsis, as a quote that leaves words
out is written and checked). Where the splits fall:

- clauses: at ";", at ", and/but/while/yet …" (unless the comma ends a list of
  short items: "hi-tech, and clean energy") and at "as well as";
- relative and participle clauses (", where …", ", which …", ", achieving …",
  ", including …"): the clause is a fact of its own, with the clause it hangs on as
  its context (contiguous), and that clause is a fact without it;
- lists of noun phrases (", the High-level General Debate …", "and the General
  Debate …"): each item is a fact, with the words before the first item (who went,
  "to attend") as its context.

A piece of fewer than MIN_WORDS words is too small to be a fact; it stays with the
piece before it (or after it, at the start).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_WORDS = 4  # fewer words than this are a fragment, not a fact
SHORT_ITEM = 3  # list items this short make ", and" a list's last comma
MAX_ITEM_WORDS = 16  # a longer listed phrase is a clause

_CLAUSE = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas|yet)\s+|,\s+as\s+(?!well\b)|,?\s+as\s+well\s+as\s+"
)
_RELATIVE = re.compile(
    r",\s+(?=(?:where|when|which|who|whose|during\s+which|in\s+which|at\s+which|"
    r"after\s+which|including|such\s+as|particularly|especially|notably|with|"
    r"[a-z]{3,}ing)\b)"
)
_LIST_ITEM = re.compile(r",\s+(?=(?:the|a|an)\s)|\s+and\s+(?=(?:the|a|an)\s+[A-Z])")
# 'to sell 1.2 million tonnes of wheat and 300,000 tonnes of maize': two counts of two
# things (not a range, 'between 3 and 6 May', nor a vote, '30 in favour and 25 against')
_HEDGE = r"(?:(?:about|some|around|nearly|almost|roughly|more\s+than|over)\s+)?"
_COUNT = _HEDGE + r"[$€£]?\d[\d,.]*\s+(?:(?:million|billion|thousand)\s+)?"
_FIGURE_AND = re.compile(
    r"(?<!\d)(?<![Bb]etween\s)\s+and\s+(?=" + _COUNT + r"(?!against\b|per\b|percent\b)[a-z]{3,})"
)
_FIRST_COUNT = re.compile(r"(?<![\w,.])" + _COUNT + r"[a-z]{3,}")
_LAST_ITEM = re.compile(r"\s+and\s+(?=(?:the|a|an)\s)")
_OPENER = re.compile(
    r"\b(?:attend(?:ed|ing|s)?|at|in|on|with|for|from|between|about|include[sd]?|"
    r"including|like|visit(?:ed|ing|s)?|met|meet(?:ing|s)?|address(?:ed|ing)?|"
    r"join(?:ed|ing|s)?|to)\s+",
    re.I,
)
_PREDICATE = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would)\s")
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|was|were|is|are)\b")
_LEAD = re.compile(
    r"(?:In|At|During|Through|After|Before|On|Following|Since|Under|Amid|With|Ahead\s+of|"
    r"[A-Z][a-z]+ing)\s"
)
_SUBJECT = re.compile(
    r",\s+(?P<subject>(?:(?:the|a|an|his|her|its|their)\s+)?[A-Z][^\s,]*"
    r"(?:\s+(?:(?:of|and|the|de)\s+)*[A-Z][^\s,]*)*)(?=\s+[a-z])"
)
_GLUED_TOP = re.compile(r"^top(?=[A-Z])")
_CAPTION_LABEL = re.compile(r"^(?:[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)*)\s*:\s+")
_PHOTO_CREDIT = re.compile(
    r"\s*(?:\(\s*Photo[^)]*\)|(?:[A-Z]{2,}/)*[A-Z]{2,}\s+Photo\b.*|Photo:\s.*)\s*$", re.S
)
_TRAILING_RESIDUE = re.compile(r"(?<=\.)/\.?\s*$|(?<=[^.\s])/\.\s*$")

Span = tuple[int, int]


@dataclass(frozen=True)
class Fact:
    """One fact of a sentence: offsets into the sentence's text, end exclusive."""

    core: Span
    context: Span | None = None  # before ``core``; touching it or not

    @property
    def start(self) -> int:
        return self.context[0] if self.context else self.core[0]

    @property
    def end(self) -> int:
        return self.core[1]

    @property
    def pieces(self) -> tuple[Span, ...]:
        """The verbatim spans the fact is made of, in order (one when they touch)."""
        if self.context is None:
            return (self.core,)
        if self.context[1] >= self.core[0]:
            return ((self.context[0], self.core[1]),)
        return (self.context, self.core)

    def text(self, sentence: str) -> tuple[str, int]:
        """The fact as written (whitespace tidied, pieces joined by ' … ') and how many
        of its leading characters are context."""
        core = _tidy(sentence[self.core[0] : self.core[1]])
        if self.context is None:
            return core, 0
        context = _tidy(sentence[self.context[0] : self.context[1]])
        if self.context[1] >= self.core[0]:
            return f"{context} {core}", len(context) + 1
        context = context.rstrip(" ,")
        return f"{context} … {core}", len(context) + 3


def _tidy(text: str) -> str:
    return " ".join(text.split())


def content_bounds(sentence: str) -> Span:
    """The sentence without scraping residue at its ends ('top' glued to the first
    word, an all-caps caption label, a photo credit, a trailing '/.')."""
    start, end = 0, len(sentence.rstrip())
    start = len(sentence) - len(sentence.lstrip())
    for pattern in (_GLUED_TOP, _CAPTION_LABEL):
        match = pattern.match(sentence, start)
        if match:
            start = match.end()
    for pattern in (_PHOTO_CREDIT, _TRAILING_RESIDUE):
        match = pattern.search(sentence, start, end)
        if match and match.start() > start:
            end = match.start()
    while end > start and sentence[end - 1].isspace():
        end -= 1
    return start, end


def split_facts(sentence: str) -> list[Fact]:
    """The facts of one sentence, in order; a sentence with one fact gives itself."""
    start, end = content_bounds(sentence)
    if end <= start:
        return []
    lead = _leading_phrase(sentence, start, end)
    if lead is None:
        return _clause_facts(sentence, start, end)
    comma, subject_start, subject_end = lead
    opening = _clause_facts(sentence, start, comma)
    last = opening[-1]  # the opening phrase's last fact takes the subject it is about
    opening[-1] = Fact(core=(last.core[0], subject_end), context=last.context)
    return opening + _clause_facts(sentence, subject_start, end)


def _leading_phrase(sentence: str, start: int, end: int) -> tuple[int, int, int] | None:
    """'In a policy address at Columbia University, President Lâm reflected …': the
    opening phrase with the subject it is about is a fact ('… address at Columbia
    University, President Lâm'); returns the comma after the phrase and where the
    subject starts and ends. A short phrase ('During the trip') is no fact."""
    if not _LEAD.match(sentence, start, end):
        return None
    for match in _SUBJECT.finditer(sentence, start, end):
        phrase = sentence[start : match.start()].split()
        named = any(word[:1].isupper() or word[:1].isdigit() for word in phrase[1:])
        if len(phrase) > MIN_WORDS or (named and len(phrase) == MIN_WORDS):
            return match.start(), match.start("subject"), match.end("subject")
        return None
    return None


def _clause_facts(sentence: str, start: int, end: int) -> list[Fact]:
    facts: list[Fact] = []
    for clause in _pieces(sentence, start, end, _CLAUSE, lists_guard=True):
        apposed = _APPOSITION.match(sentence, clause[0], clause[1])
        if apposed is not None:
            # 'Marqués, a 51-year-old economist, won 34 votes': who she is is one fact,
            # what she did another, about the same name.
            name = (clause[0], apposed.end("name"))
            facts.append(Fact(core=(clause[0], apposed.end("apposition"))))
            for fact in _clause_facts(sentence, apposed.end(), clause[1]):
                facts.append(fact if fact.context is not None else Fact(fact.core, name))
            continue
        parts = _pieces(sentence, clause[0], clause[1], _RELATIVE)
        facts += _list_facts(sentence, parts[0])
        for part in parts[1:]:
            facts.append(Fact(core=part, context=(clause[0], part[0])))
    return facts


# A name, then a description of it between commas, then what it did.
_APPOSITION = re.compile(
    r"(?P<name>(?:The|A|An)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2}"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+"
    r"(?P<apposition>(?:(?:a|an|the|who|whose|which)\s|[a-z]{3,}ed\s+(?:by|in|at|from)\s)"
    r"(?:[^,;]|(?<=\d),(?=\d{3})){3,80}?),\s+(?=[a-z])"
)


def _pieces(
    sentence: str, start: int, end: int, pattern: re.Pattern[str], lists_guard: bool = False
) -> list[Span]:
    """The spans between the pattern's matches; fragments stay with a neighbour."""
    cuts: list[Span] = []
    for match in pattern.finditer(sentence, start, end):
        at_comma = match.group().startswith(",")
        if lists_guard and at_comma and _ends_list(sentence, start, match.start()):
            continue
        cuts.append((match.start(), match.end()))
    spans: list[Span] = []
    position = start
    for cut_start, cut_end in cuts:
        spans.append((position, cut_start))
        position = cut_end
    spans.append((position, end))
    return _merge_fragments(sentence, spans)


def _ends_list(sentence: str, start: int, comma: int) -> bool:
    """', and' after a short comma-separated item is a list's last comma, no clause."""
    before = sentence[start:comma]
    if "," not in before:
        return False
    item = before.rsplit(",", 1)[1]
    return len(item.split()) <= SHORT_ITEM


def _merge_fragments(sentence: str, spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in spans:
        small = _words(sentence, span) < MIN_WORDS
        if merged and (small or _words(sentence, merged[-1]) < MIN_WORDS):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


def _words(sentence: str, span: Span) -> int:
    return len(sentence[span[0] : span[1]].split())


def _list_facts(sentence: str, clause: Span) -> list[Fact]:
    """A clause that lists noun phrases after an opening word ('to attend the Summit
    of the Future and the General Debate') gives one fact per item, each with the
    words up to the first item as context; any other clause is one fact."""
    counted = _figure_facts(sentence, clause)
    if counted:
        return counted
    cuts = list(_LIST_ITEM.finditer(sentence, clause[0], clause[1]))
    if not cuts:
        return [Fact(core=clause)]
    if cuts[-1].group().startswith(","):  # 'A, B and the annual meeting': the last item
        tail = _LAST_ITEM.search(sentence, cuts[-1].end(), clause[1])
        cuts += [tail] if tail else []
    openers = list(_OPENER.finditer(sentence, clause[0], cuts[-1].start()))
    if not openers:
        return [Fact(core=clause)]
    first = openers[-1].end()
    bounds = [first] + [p for c in cuts if c.start() > first for p in (c.start(), c.end())]
    bounds.append(clause[1])
    items = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    last = _PREDICATE.search(sentence, items[-1][0], items[-1][1])
    if last:  # the list is a subject: 'the Summit and the Debate were a success'
        items[-1] = (items[-1][0], last.start())
    if len(items) < 2 or not all(_is_item(sentence, item) for item in items):
        return [Fact(core=clause)]
    context = (clause[0], first)
    return [Fact(core=item, context=context) for item in items]


def _is_item(sentence: str, item: Span) -> bool:
    """A listed noun phrase: short, with no clause of its own."""
    text = sentence[item[0] : item[1]]
    words = len(text.split())
    return 1 <= words <= MAX_ITEM_WORDS and not _CLAUSE_WORD.search(text)


def _figure_facts(sentence: str, clause: Span) -> list[Fact]:
    """'Nordvaal will supply 1,200,000 tonnes of wheat and 300,000 tonnes of maize over
    24 months': each count is a fact, with the words before the first count as its
    context; the last count keeps the rest of the clause. [] when the clause lists no
    counts."""
    cuts = list(_FIGURE_AND.finditer(sentence, clause[0], clause[1]))
    if not cuts:
        return []
    first = None
    for match in _FIRST_COUNT.finditer(sentence, clause[0], cuts[0].start()):
        first = match.start()  # the count right before the first 'and'
    if first is None or first == clause[0]:
        return []
    bounds = [first] + [p for c in cuts for p in (c.start(), c.end())] + [clause[1]]
    items = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    if not all(_is_item(sentence, item) for item in items[:-1]):
        return []
    context = (clause[0], first)
    return [Fact(core=item, context=context) for item in items]
