"""Attribution checks: is the quote in the cited document, and did the named speaker say it?

Quotes are matched on normalised text (case, quotes, dashes, spaces, diacritics);
an ellipsis splits a quote into parts found in order, close together. The
speaker is read from the attribution clause of the sentence holding the quote
("Son said", "said the minister", "according to the official"); pronouns and
descriptions resolve to the last speaker the document named.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck.dates import MONTH_NAMES, WEEKDAYS
from factcheck.features import TITLE_WORDS
from factcheck.index import Corpus
from factcheck.model import Attribution, AttributionResult, Passage, StanceResult
from factcheck.normalise import NormText, fold, normalise
from factcheck.terms import INSTITUTIONS, AliasTable, stem, tokenize

FUZZY_THRESHOLD = 88.0
# Beyond these sizes a fuzzy quote is looked for where its words are (see _anchored_match):
# an article of any length and a quote of a few sentences are searched everywhere.
FUZZY_REGION = 200_000  # characters of document
FUZZY_PART = 1_000  # characters of quote
ANCHOR_WORDS = 3
ANCHORS = 16
ANCHOR_HITS = 64  # occurrences of one run of words followed; more say little
CANDIDATES = 32
MAX_GAP = 400  # characters allowed between the parts of an elided quote
LOOK_BACK = 12  # sentences searched for the speaker a pronoun refers to

_VERBS = (
    r"said|says|stressed|noted|added|told|stated|affirmed|emphasi[sz]ed|underlined|"
    r"highlighted|urged|proposed|suggested|explained|insisted|announced|warned|argued|"
    r"concluded|asserted|remarked|recalled|observed|underscored|acknowledged|pointed out|"
    r"reiterated|declared|confirmed|expressed|called|remembers|remembered|recalls|wrote|"
    r"writes|replied|answered"
)
_NAME = r"(?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*))*"
_REFERENT = (
    r"(?:he|she|they|it|He|She|They|It|"
    r"[Tt]he\s+(?:[a-z-]+\s+){0,2}(?:official|minister|diplomat|spokesman|spokeswoman|"
    r"spokesperson|leader|president|envoy|chairman|premier|secretary|ambassador))"
)
_NAME_SAID = re.compile(rf"(?P<who>{_REFERENT}|{_NAME}),?\s+(?:also\s+|further\s+)?(?:{_VERBS})\b")
# 'Tomás Lacasa, a former mayor, has been careful to say that ...': the name, its
# apposition, then a perfect or a manner before the speech verb.
_NAME_HAS_SAID = re.compile(
    rf"(?P<who>{_NAME}),[^,;]{{3,80}},\s+(?:has|had|have)\s+(?:been\s+[a-z]+\s+to\s+|"
    r"[a-z]+ly\s+)?(?:say|said|insist|insisted|argue|argued|stress|stressed)\b"
)
# '"...," Tomas Elling, CASIA's director, told reporters': the name, a short
# apposition, then the speech verb.
# A relative clause runs longer ('Gareth Pell, who chairs the Porthaven Harbour Traders'
# Association and runs the chandlery two doors along, said').
_NAME_APPOSED_SAID = re.compile(
    rf"(?P<who>{_NAME})(?:\s+(?:himself|herself|themselves))?,\s+"
    rf"(?:[^,;\"“”]{{3,80}}|who\s[^,;\"“”]{{3,120}}),\s+(?:{_VERBS})\b"
)
# '"...," Deputy Chief Ines Farrow of the state fire service warned': the name, what
# it is part of, then the speech verb.
_NAME_OF_SAID = re.compile(
    rf"(?P<who>{_NAME})\s+of\s+(?:the\s+)?[^,;\"“”]{{3,60}}?\s+(?:{_VERBS})\b"
)
# 'Airport chief Duncan Ferrier, 58, welcomed the ruling, calling it "a landmark"': the
# sentence's subject, a deed, then the words in a speech participle that is the subject's.
_NAME_DID_CALLING = re.compile(
    rf"^(?:[\w'’-]+\s+){{0,4}}?(?P<who>{_NAME})(?:,\s+[^,;\"“”]{{2,60}},)?\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+ed\b[^;\"“”]{0,80}?,\s+"
    r"(?:calling|describing|saying|adding|branding|hailing|terming|labell?ing|dubbing|"
    r"declaring|warning|insisting)\b"
)
# a role 'of' a group, then the person's name right before the speech verb: 'Chair of
# judges Owen Prior called' (not 'Ines Farrow of the Red Cross said')
_NAMED_AFTER_ROLE = re.compile(
    r"\bof\s+(?!the\b|a\b|an\b)[a-z][\w'’-]*\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+\s+\S+$"
)
_CLAUSE_PATTERNS = (
    _NAME_DID_CALLING,
    _NAME_HAS_SAID,
    _NAME_APPOSED_SAID,
    _NAME_OF_SAID,
    re.compile(rf"\b[Aa]ccording\s+to\s+(?P<who>{_REFERENT}|{_NAME})"),
    _NAME_SAID,
    # Inverted ('..., said Son.'): only a plain speech verb, and the name ends the clause.
    re.compile(
        rf"\b(?:said|says|added|told|noted|stressed)\s+(?P<who>{_REFERENT}|{_NAME})"
        r"(?=\s*(?:[,.;:!?\"”’]|$))"
    ),
)
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|from|to|of|on|near|for|with|by|into)\s+$")
_APPOSED = re.compile(rf"(?P<name>{_NAME}),\s*$")
_TITLE_PREFIX = re.compile(
    r"^(?:(?:Deputy|Prime|Foreign|Vice|State|General|Party|Defence|Defense|Finance|Trade|"
    r"Minister|President|Secretary|of|and|Affairs|Mr|Mrs|Ms|Dr|Senator|Governor|Ambassador|"
    r"Chairman|Premier|Spokesman|Spokeswoman|Judge|Justice|Father|Captain|Inspector|"
    r"Detective|Chief|Professor|Prof|Bishop|Rev|Sir|Dame|Lord|Lady)\.?\s+)+(?=[A-Z])"
)
_PRONOUN = re.compile(rf"^{_REFERENT}$")


@dataclass(frozen=True)
class QuoteMatch:
    status: str
    score: float
    start: int  # original offsets in the document
    end: int


def check_attribution(
    attribution: Attribution,
    doc_index: int,
    corpus: Corpus,
    aliases: AliasTable,
    stance: StanceResult | None,
) -> AttributionResult:
    document = corpus.documents[doc_index]
    matches: list[QuoteMatch] = []
    if attribution.quote:
        matches = find_quotes(attribution.quote, doc_index, corpus)
    anchors: list[int] = []
    if matches and matches[0].status != "missing":
        anchors = [m.start for m in matches]
    elif attribution.quote is None and stance is not None and stance.evidence is not None:
        anchors = [stance.evidence.start]
    match = matches[0] if matches else None
    speaker_status = None
    found_name = None
    anchor = anchors[0] if anchors else None
    if attribution.speaker:
        speaker_status, found_name = ("unverified", None)
        # The same words may stand in the document more than once: the occurrence
        # that names the speaker decides, then one with no attribution clause.
        checked = []
        for index, candidate in enumerate(anchors):
            status, name = check_speaker(attribution.speaker, candidate, doc_index, corpus, aliases)
            checked.append((_SPEAKER_ORDER[status], index, status, name, candidate))
        if checked:
            _, index, speaker_status, found_name, anchor = min(checked)
            match = matches[index] if matches else match
    line = None
    if anchor is not None:
        line = document.text.count("\n", 0, anchor) + 1
    return AttributionResult(
        source=attribution.source,
        quote=attribution.quote,
        quote_status=match.status if match else None,  # type: ignore[arg-type]
        quote_score=round(match.score, 3) if match else None,
        speaker=attribution.speaker,
        speaker_status=speaker_status,  # type: ignore[arg-type]
        speaker_found=found_name,
        line=line,
    )


def _quote_parts(quote: str) -> list[str]:
    folded = fold(quote)
    parts = re.split(r"\.\.\.|\[\s*\.\.\.\s*\]", folded)
    cleaned = [p.strip(" \"',;:.-") for p in parts]
    return [p for p in cleaned if p]


_SPEAKER_ORDER = {"confirmed": 0, "unverified": 1, "mismatch": 2}
MAX_OCCURRENCES = 10


def find_quotes(quote: str, doc_index: int, corpus: Corpus) -> list[QuoteMatch]:
    """Every exact occurrence of the quote (at most MAX_OCCURRENCES), else the one fuzzy
    match, else a single 'missing'."""
    first = find_quote(quote, doc_index, corpus)
    found = [first]
    while first.status == "exact" and len(found) < MAX_OCCURRENCES:
        following = find_quote(quote, doc_index, corpus, start_at=found[-1].end)
        if following.status != "exact":
            break
        found.append(following)
    return found


def find_quote(quote: str, doc_index: int, corpus: Corpus, start_at: int = 0) -> QuoteMatch:
    """The first occurrence at or after original offset ``start_at``."""
    norm = corpus.norm_body(doc_index)
    parts = _quote_parts(quote)
    if not parts:
        return QuoteMatch("missing", 0.0, 0, 0)
    spans: list[tuple[int, int]] = []
    exact = True
    cursor = _normalised_offset(norm, start_at)
    scores: list[float] = []
    for part in parts:
        limit = len(norm.text) if not spans else min(len(norm.text), cursor + MAX_GAP + len(part))
        found = norm.text.find(part, cursor, limit)
        if found >= 0:
            spans.append((found, found + len(part)))
            scores.append(100.0)
            cursor = found + len(part)
            continue
        exact = False
        if limit - cursor > FUZZY_REGION or len(part) > FUZZY_PART:
            best, start, end = _anchored_match(part, norm.text, cursor, limit)
            if best < FUZZY_THRESHOLD or len(part) < 8:
                return QuoteMatch("missing", round(best / 100.0, 3), 0, 0)
        else:
            region = norm.text[cursor:limit]
            alignment = fuzz.partial_ratio_alignment(part, region, score_cutoff=FUZZY_THRESHOLD)
            if alignment is None or len(part) < 8:
                return QuoteMatch("missing", _best_score(part, region), 0, 0)
            best, start = alignment.score, cursor + alignment.dest_start
            end = cursor + alignment.dest_end
        spans.append((start, end))
        scores.append(best)
        cursor = end
    ostart = norm.original_span(spans[0][0], spans[0][1])[0]
    oend = norm.original_span(spans[-1][0], spans[-1][1])[1]
    score = min(scores) / 100.0
    return QuoteMatch("exact" if exact else "fuzzy", score, ostart, oend)


def _normalised_offset(norm: NormText, original: int) -> int:
    """The first normalised index at or after an original offset."""
    if original <= 0:
        return 0
    if norm.offsets is None:
        return min(original, len(norm.text))
    return bisect.bisect_left(norm.offsets, original)


def _best_score(part: str, region: str) -> float:
    if not region:
        return 0.0
    return round(fuzz.partial_ratio(part, region) / 100.0, 3)


def _anchored_match(part: str, text: str, start: int, limit: int) -> tuple[float, int, int]:
    """The best window of text[start:limit] for a part too long, or in a region too long,
    for rapidfuzz's partial ratio, which scores a window at every character at a cost of
    len(part)²/64 each (a 5,000-character quote missing from a 10 MB file: 160 s). Here
    each run of ANCHOR_WORDS words of the part (ANCHORS of them, spread over it) found in
    the text says where the part would begin there; the starts most runs agree on are
    scored by fuzz.ratio, and a part short enough is aligned exactly around the best.
    Returns (score 0-100, start, end); a score of 0 when no run of words is found."""
    words = [word.span() for word in re.finditer(r"\S+", part)]
    runs = max(1, len(words) - ANCHOR_WORDS + 1)
    votes: Counter[int] = Counter()
    step = -(-runs // ANCHORS)  # rounded up: ANCHORS runs at most
    for first in range(0, runs, step):
        begin = words[first][0]
        anchor = part[begin : words[min(first + ANCHOR_WORDS, len(words)) - 1][1]]
        found = text.find(anchor, start, limit)
        for _ in range(ANCHOR_HITS):
            if found < 0:
                break
            votes[max(start, found - begin)] += 1
            found = text.find(anchor, found + 1, limit)
    best, best_start = 0.0, start
    for begin, _ in votes.most_common(CANDIDATES):
        score = fuzz.ratio(part, text[begin : min(limit, begin + len(part))])
        if score > best:
            best, best_start = score, begin
    end = min(limit, best_start + len(part))
    if votes and len(part) <= FUZZY_PART:
        low = max(start, best_start - len(part))
        window = text[low : min(limit, best_start + 2 * len(part))]
        alignment = fuzz.partial_ratio_alignment(part, window)
        if alignment is not None and alignment.score > best:
            best, best_start = alignment.score, low + alignment.dest_start
            end = low + alignment.dest_end
    return best, best_start, end


# --- speaker ----------------------------------------------------------------------------


def _passage_at(corpus: Corpus, doc_index: int, offset: int) -> int | None:
    for pid in corpus.document_passages(doc_index):
        passage = corpus.passages[pid].passage
        if passage.start <= offset < passage.end:
            return pid
    return None


@lru_cache(maxsize=1 << 16)
def _clauses(text: str) -> tuple[tuple[int, str], ...]:
    """(position, who) of every attribution clause in a sentence: asked of the same
    sentences again and again, claim after claim, over an archive."""
    found: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []  # where each clause runs, from its speaker to its verb
    for pattern in _CLAUSE_PATTERNS:
        for match in pattern.finditer(text):
            if pattern is _NAME_OF_SAID and _NAMED_AFTER_ROLE.search(match.group()):
                continue  # 'Chair of judges Owen Prior called': Owen Prior speaks
            spans.append((match.start("who"), match.end()))
            who = match.group("who").strip().rstrip(".")
            if pattern in (
                _NAME_SAID,
                _NAME_APPOSED_SAID,
                _NAME_OF_SAID,
            ) and _AFTER_PREPOSITION.search(text, 0, match.start("who")):
                continue  # '... who spoke to reporters in Évora, said': a place, not a speaker
            if _PRONOUN.match(who) and who[0] in "Tt":
                # 'Rosa Quispe, the civil defence spokeswoman, told ...': the description
                # is the name's apposition, not a pointer back to an earlier speaker.
                named = _APPOSED.search(text, 0, match.start("who"))
                if named is not None:
                    who = named.group("name")
            if who.split()[0] in ("The", "A", "An", "This", "That", "In", "On", "At"):
                who = " ".join(who.split()[1:]) if not _PRONOUN.match(who) else who
            if not _PRONOUN.match(who):
                who = _TITLE_PREFIX.sub("", who)
            if who and not who.endswith(("'s", "’s")):
                found.append((match.start("who"), who))
    # 'Hugo Lind, who runs the Valley Rescue Trust, said': the trust is inside Lind's clause
    return tuple(
        (at, who) for at, who in found if not any(start < at < end for start, end in spans)
    )


def check_speaker(
    speaker: str, offset: int, doc_index: int, corpus: Corpus, aliases: AliasTable
) -> tuple[str, str | None]:
    pid = _passage_at(corpus, doc_index, offset)
    if pid is None:
        return "unverified", None
    document = corpus.documents[doc_index]
    passage = corpus.passages[pid].passage
    sentence = document.body[passage.start : passage.end]
    clauses = _clauses(sentence)
    if not clauses:
        named = speaker_of(pid, corpus)  # a closing clause later on, or a transcript label
        if named is None:
            return "unverified", None
        return ("confirmed" if same_person(speaker, named, aliases) else "mismatch"), named
    quote_at = offset - passage.start
    nearest = min(clauses, key=lambda c: abs(c[0] - quote_at))
    who = _resolve(nearest[1], corpus, doc_index, pid, aliases)
    if who is None:
        return "unverified", None
    return ("confirmed" if same_person(speaker, who, aliases) else "mismatch"), who


def _resolve(who: str, corpus: Corpus, doc_index: int, pid: int, aliases: AliasTable) -> str | None:
    """A named speaker as is; 'he' or 'the official' as the last speaker named before."""
    if not _PRONOUN.match(who):
        return who
    passage = corpus.passages[pid].passage
    return _last_named_speaker(corpus, doc_index, pid, passage, aliases)


def speaker_of(pid: int, corpus: Corpus) -> str | None:
    """Who the sentence's words belong to, if the document names anyone: its attribution
    clause, the clause that closes the quotation it opens ('"We lost the tower. We did not
    lose our faith," the priest said.'), or the transcript label of its turn."""
    info = corpus.passages[pid]
    document = corpus.documents[info.document]
    for sentence in _quotation(pid, corpus):
        span = corpus.passages[sentence].passage
        for _, who in _clauses(document.body[span.start : span.end]):
            resolved = _resolve(who, corpus, info.document, sentence, corpus.aliases)
            if resolved and _is_person(resolved, corpus, info.document):
                return resolved
    return turn_label(pid, corpus)


QUOTE_MARKS = '"“”«»„'
QUOTATION_SENTENCES = 3  # sentences a quotation may run before the clause that closes it


def _quotation(pid: int, corpus: Corpus) -> list[int]:
    """The sentence, then (while a quotation it opens is still open) the following
    sentences of its paragraph, up to the one that closes it."""
    info = corpus.passages[pid]
    body = corpus.documents[info.document].body
    text = body[info.passage.start : info.passage.end]
    found = [pid]
    if sum(text.count(mark) for mark in QUOTE_MARKS) % 2 == 0:
        return found
    stop = corpus.document_passages(info.document).stop
    for following in range(pid + 1, min(stop, pid + 1 + QUOTATION_SENTENCES)):
        passage = corpus.passages[following].passage
        if passage.paragraph != info.passage.paragraph:
            break
        found.append(following)
        if any(mark in body[passage.start : passage.end] for mark in QUOTE_MARKS):
            break
    return found


_TURN_LABEL = re.compile(r"(?P<who>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}):\s")
NOT_SPEAKERS = frozenset(
    "Q A QUESTION ANSWER REPORTER REPORTERS OPERATOR MODERATOR HOST INTERVIEWER ANCHOR "
    "NOTE UPDATE PHOTO WATCH READ MORE BREAKING EDITOR EDITOR'S CORRECTION".split()
)


def turn_label(pid: int, corpus: Corpus) -> str | None:
    """The speaker label that opens a transcript turn ('DOLAN: Our members ...'): it
    names who speaks every sentence of the paragraph, and of the paragraphs after it up
    to the next label, in a transcript (a document with several labelled paragraphs).
    Labels for a role, not a person (QUESTION, OPERATOR), name no one."""
    info = corpus.passages[pid]
    labels = _paragraph_labels(info.document, corpus)
    paragraph = info.passage.paragraph
    who = labels.get(paragraph)
    if who is None and sum(1 for label in labels.values() if label) >= MIN_TURNS:
        earlier = [p for p in labels if p < paragraph and p >= paragraph - TURN_PARAGRAPHS]
        for previous in sorted(earlier, reverse=True):
            if previous in labels and labels[previous] is not None:
                who = labels[previous]
                break
    if who is None or set(who.split()) & NOT_SPEAKERS or len(who) < 2:
        return None
    return who


MIN_TURNS = 2  # labelled paragraphs that make a document a transcript
TURN_PARAGRAPHS = 8  # paragraphs a turn may run on after its label


def _paragraph_labels(doc_index: int, corpus: Corpus) -> dict[int, str | None]:
    """Each paragraph's opening speaker label (None: the paragraph opens with none)."""
    cached = corpus.paragraph_labels.get(doc_index)
    if cached is not None:
        return cached
    document = corpus.documents[doc_index]
    labels: dict[int, str | None] = {}
    for passage in document.passages:
        if passage.paragraph in labels:
            continue
        head = document.body[passage.start : passage.start + 48]
        match = _TURN_LABEL.match(head)
        labels[passage.paragraph] = (
            match.group("who") if match and match.group("who").isupper() else None
        )
    corpus.paragraph_labels[doc_index] = labels
    return labels


def _is_person(name: str, corpus: Corpus, doc_index: int) -> bool:
    """A name that can speak: not a country ('Vietnam'), not a common noun that merely
    starts the sentence ('Partners expressed ...' while the text also says 'partners')."""
    tokens = tokenize(name, corpus.aliases)
    if not tokens or all(t.term in _COUNTRIES for t in tokens):
        return False
    if any(t.word in INSTITUTIONS for t in tokens):
        return False
    if len(tokens) == 1 and tokens[0].kind == "word":
        lower = name.lower()
        if re.fullmatch(r"\w+", lower):  # one lookup, not a search of the whole body
            if lower in corpus.words(doc_index):
                return False
        elif re.search(rf"\b{re.escape(lower)}\b", corpus.documents[doc_index].body):
            return False
    return bool(_name_terms(name, corpus.aliases))


ORGANISATION_WORDS = frozenset(
    """holdings group lines bank court police service services authority company corp inc
    ltd plc airlines airways club federation foundation institute commission board
    alliance society trust coalition league campaign department""".split()
)


def names_a_person(name: str, corpus: Corpus) -> bool:
    """Whether a claim's speaker is a person, whose words can be given to someone else.
    A company or a ministry speaks through people ('Meridian announced' is borne out by
    its chief executive's 'we announced'); a person is a given name and surname, or a
    surname some document writes after a given name or as a transcript label."""
    words = name.split()
    if not words or any(w.lower() in INSTITUTIONS | ORGANISATION_WORDS for w in words):
        return False
    if len(words) > 1:
        return True
    surname = re.escape(words[0])
    given = re.compile(rf"\b(?!(?:The|A|An|In|On|At|By|For|And|But|Of)\b)[A-Z][\w'’-]+ {surname}\b")
    label = re.compile(rf"^{re.escape(words[0].upper())}:", re.M)
    terms = _name_terms(name, corpus.aliases)
    for doc_index, document in enumerate(corpus.documents):
        if terms and not terms <= corpus.document_terms[doc_index]:
            continue
        for found in given.finditer(document.body):
            first = found.group(0).split()[0]
            if first.lower() not in ORGANISATION_WORDS and stem(first.lower()) not in TITLE_WORDS:
                return True
        if label.search(document.body):
            return True
    return False


_COUNTRIES = frozenset({"@vietnam", "@united_states", "@united_nations", "@european_union",
                        "@united_kingdom"})  # fmt: skip


def _last_named_speaker(
    corpus: Corpus, doc_index: int, pid: int, passage: Passage, aliases: AliasTable
) -> str | None:
    document = corpus.documents[doc_index]
    first = corpus.document_passages(doc_index).start
    for earlier in range(pid - 1, max(first, pid - LOOK_BACK) - 1, -1):
        span = corpus.passages[earlier].passage
        sentence = document.body[span.start : span.end]
        names = [
            who for _, who in _clauses(sentence)
            if not _PRONOUN.match(who) and _name_terms(who, aliases)
        ]  # fmt: skip
        if names:
            return names[-1]
        named = _people_named(sentence, aliases)
        if not named:
            key = ("surnames", doc_index)
            if key not in corpus.memo:
                corpus.memo[key] = _surnames(document.body, aliases)
            named = _surnames_named(sentence, corpus.memo[key])
        if named:
            # 'Economist Anna Holm disagreed. "It does not add up," she said.': 'she' is
            # the one person named since, not the last speaker before her; with two
            # people named, better unverified than a guess
            return named[0][0] if len(named) == 1 and named[0][1] else None
    return None


_PERSON = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")


def _surnames(body: str, aliases: AliasTable) -> frozenset[str]:
    """The last words of the people a document names in full ('Toma Varesh'): a
    sentence that writes 'Varesh' alone names him."""
    return frozenset(name.split()[-1] for name, _ in _people_named(body, aliases))


def _surnames_named(sentence: str, surnames: frozenset[str]) -> list[tuple[str, bool]]:
    """The people a sentence names by surname alone, each with whether it can be who
    acts (not after a preposition)."""
    found: list[tuple[str, bool]] = []
    for match in re.finditer(r"\b[A-Z][\w'’-]+\b", sentence):
        word = match.group(0)
        if word not in surnames or any(word == seen for seen, _ in found):
            continue
        found.append((word, name_can_act(sentence, match.start())))
    return found


def _people_named(sentence: str, aliases: AliasTable) -> list[tuple[str, bool]]:
    """The people a sentence names outside a speech clause: runs of two or more
    capitalised words, titles aside, that are no known place or institution; each with
    whether it can be who acts (not after a preposition: 'in Lowen Creek' is a place)."""
    found: list[tuple[str, bool]] = []
    for match in _PERSON.finditer(sentence):
        words = [
            w for w in match.group(0).split()
            if stem(w.lower()) not in TITLE_WORDS and w.lower() not in _NOT_NAME_WORDS
        ]  # fmt: skip
        if len(words) < 2 or any(w.lower() in INSTITUTIONS | ORGANISATION_WORDS for w in words):
            continue
        tokens = tokenize(" ".join(words), aliases)
        if tokens and all(t.term in _COUNTRIES or t.kind == "stop" for t in tokens):
            continue
        name = " ".join(words)
        if all(name != seen for seen, _ in found):
            found.append((name, name_can_act(sentence, match.start())))
    return found


def name_can_act(sentence: str, start: int) -> bool:
    """A name at ``start`` can be who acts: it stands after no preposition ('in Lowen
    Creek' is a place)."""
    before = sentence[:start].split()
    return not before or before[-1].lower() not in _PREPOSITIONS


_PREPOSITIONS = frozenset(
    "in at on from to towards toward near of by for with into outside inside past".split()
)
# Capitalised at a sentence's start or as the name of a day or month: no part of a
# person's name ('The Aldessa leg ...', 'On Wednesday, ...')
_NOT_NAME_WORDS = (
    frozenset(
        """the a an on in at this that these those but and after before when while as for
    from by with of to it he she they we his her their its our""".split()
    )
    | frozenset(WEEKDAYS)
    | MONTH_NAMES
)


def _name_terms(name: str, aliases: AliasTable) -> set[str]:
    tokens = tokenize(name, aliases)
    return {
        t.term
        for t in tokens
        if t.kind == "entity" or (t.kind == "word" and t.term not in TITLE_WORDS)
    }


def same_person(expected: str, found: str, aliases: AliasTable) -> bool:
    """Same person when the names share a canonical entity or a name word (titles aside)."""
    wanted = _name_terms(expected, aliases)
    given = _name_terms(found, aliases)
    if wanted & given:
        return True
    return fold(expected) == fold(found) or bool(
        normalise(found).text and normalise(found).text in fold(expected).split()
    )
