"""Tokens and terms: what two texts must share to be about the same thing.

A term is a stemmed content word (``meetings`` and ``meeting`` are ``meet``), a
canonical entity from the alias table (``Viet Nam``, ``Việt Nam`` and
``Vietnam`` are ``@vietnam``), or an ordinal that names a thing (``14th``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache, partial
from importlib import resources
from typing import NamedTuple

import snowballstemmer

from factcheck.dates import MONTH_NAMES, WEEKDAYS
from factcheck.normalise import NormText, fold, normalise
from factcheck.spelling import british

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[a-z]+(?:'[a-z]+)*")
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves s t ll re ve d m one's upon via per whose
    hold held holds holding take took taken takes taking make made makes making get got
    gets give gave given gives giving come came comes coming go went gone goes going put
    well still even yet already also including include includes included among amid
    towards toward within without across along around though although however thus
    may might must shall can cannot would could let lets set place comprise comprised
    comprises comprising consist consists consisted
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
# Words that make a name an institution or a body, not a person or an event's name.
INSTITUTIONS = frozenset(
    """committee university government assembly party summit council congress network
    association partnership organisation organization charter nations union ministry
    agency office""".split()
)
NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion trillion dozen""".split()
)
# Verbs that frame who says something rather than what is said.
REPORTING = frozenset(
    """say said says saying tell told tells stress stressed stresses note noted notes add
    added adds state stated states affirm affirmed affirms emphasise emphasised emphasize
    emphasized underline underlined underlines highlight highlighted highlights announce
    announced according insist insisted assert asserted""".split()
)

_STEMMER = snowballstemmer.stemmer("english")

# Names that mean the same in almost any story; a registry's own aliases override these.
BUILTIN_ALIASES: dict[str, tuple[str, ...]] = {
    "Vietnam": ("Viet Nam", "Việt Nam"),
    "United States": ("US", "U.S.", "USA", "U.S.A.", "United States of America"),
    "United Nations": ("UN", "U.N."),
    "UN General Assembly": (
        "UNGA",
        "United Nations General Assembly",
        "U.N. General Assembly",
        "General Assembly",
    ),
    "Prime Minister": ("PM",),
    "Deputy Prime Minister": ("Deputy PM",),
    "artificial intelligence": ("AI",),
    "European Union": ("EU",),
    "United Kingdom": ("UK", "U.K."),
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The comparable form of one lower-case word: its stem, or the stem of the word
    it paraphrases (lexicons/paraphrases.txt)."""
    apart = _apart().get(word)
    if apart is not None:
        return apart  # 'quite' is not 'quit', nor through it 'resign'
    base = _base(word)
    return _paraphrases()[0].get(base, base)


def _base(word: str) -> str:
    word = british(word)  # 'labor' is 'labour', 'center' 'centre'
    irregular = _irregular()
    if word in irregular:
        return irregular[word]
    base = str(_STEMMER.stemWord(word))
    if base.endswith(("iz", "yz")):
        return base[:-1] + "s"  # organize / organise, analyze / analyse
    return base


def _lexicon_lines(name: str) -> list[str]:
    text = resources.files("factcheck.lexicons").joinpath(f"{name}.txt").read_text("utf-8")
    return [line.split("#", 1)[0].lower() for line in text.splitlines()]


def _negations() -> tuple[frozenset[str], dict[tuple[str, ...], str]]:
    """(negating words, negating phrases -> NOT) from lexicons/negations.txt."""
    single: set[str] = set()
    phrases: dict[tuple[str, ...], str] = {}
    for line in _lexicon_lines("negations"):
        for entry in (e.split() for e in line.split(",")):
            if len(entry) == 1:
                single.add(entry[0])
            elif entry:
                phrases[tuple(entry)] = NOT
    return frozenset(single), phrases


NOT = "not"  # the term of every negation cue
NEGATIONS, _NEGATING_PHRASES = _negations()


@cache
def irregular_forms() -> frozenset[str]:
    """The verb forms lexicons/irregular.txt lists ('struck', 'won', 'spoken'), not the
    plurals and nouns of lexicons/variants.txt ('men', 'closure')."""
    return frozenset(_forms("irregular"))


@cache
def _irregular() -> dict[str, str]:
    """form -> base, from lexicons/irregular.txt and variants.txt (forms the stemmer
    cannot join)."""
    return {**_forms("variants"), **_forms("irregular")}


@cache
def _apart() -> dict[str, str]:
    """form -> its head as written, from lexicons/apart.txt: words the stemmer joins to
    words of another sense, read as themselves (no stem, no paraphrase)."""
    return _forms("apart", stemmed=False)


def _forms(lexicon: str, stemmed: bool = True) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _lexicon_lines(lexicon):
        head, _, rest = line.partition(":")
        # the stem its other forms have, or (kept apart) the head as written
        base = str(_STEMMER.stemWord(head.strip())) if stemmed else head.strip()
        for form in rest.replace(",", " ").split():
            table[form] = base
    return table


@cache
def _paraphrases() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """(word stem -> stem, phrase -> stem) from lexicons/paraphrases.txt; negating
    phrases ('ruled out') read as NOT."""
    text = resources.files("factcheck.lexicons").joinpath("paraphrases.txt").read_text("utf-8")
    words: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = dict(_NEGATING_PHRASES)
    for line in text.splitlines():
        head, _, rest = line.split("#", 1)[0].lower().partition(":")
        if not head.strip():
            continue
        canonical = _base(head.strip())
        for other in (o.split() for o in rest.split(",")):
            if len(other) == 1:
                words.setdefault(_base(other[0]), canonical)
            elif other:
                phrases.setdefault(tuple(other), canonical)
    return words, phrases


class Token(NamedTuple):
    """One word of a text; offsets are into the original text. A named tuple: every word
    of every document becomes one, and a tuple is made several times faster."""

    term: str  # '@key' for an entity, a stem for a word, '12th' for an ordinal
    word: str  # the normalised word(s) as written
    start: int
    end: int
    kind: str  # 'entity' | 'word' | 'stop' | 'number' | 'ordinal' | 'negation'
    capitalised: bool = False  # written with a capital (a proper noun in running text)


def ending_by(tokens: Sequence[Token], offset: int) -> int:
    """How many tokens end at or before ``offset``. Tokens run in text order, so a
    search: walking every token for every value made a long claim take minutes."""
    return bisect.bisect_right(tokens, offset, key=lambda t: t.end)


def tokens_before(tokens: Sequence[Token], offset: int) -> Iterator[Token]:
    """The tokens that end by ``offset``, nearest first."""
    for index in range(ending_by(tokens, offset) - 1, -1, -1):
        yield tokens[index]


def tokens_after(tokens: Sequence[Token], offset: int) -> Iterator[Token]:
    """The tokens that start at or after ``offset``, nearest first."""
    for index in range(bisect.bisect_left(tokens, offset, key=lambda t: t.start), len(tokens)):
        yield tokens[index]


class RawToken(NamedTuple):
    """One word as matched, before alias and phrase merging (a tuple: made per word)."""

    word: str
    nstart: int  # offsets into the normalised text
    nend: int
    start: int  # offsets into the original text
    end: int
    capitalised: bool
    upper: bool
    foreign: bool = False  # written with letters outside ASCII: 'Đỗ' is a name, not 'do'


# Made straight from a tuple: a named tuple's own constructor is a Python call, and every
# word of every document is made twice (a raw token, then a token)
_raw_token = partial(tuple.__new__, RawToken)
_token = partial(tuple.__new__, Token)


def raw_tokens(norm: NormText, original: str) -> list[RawToken]:
    tokens: list[RawToken] = []
    same_offsets = norm.offsets is None
    for match in _TOKEN.finditer(norm.text):
        word = match.group()
        nstart = match.start()
        nend = match.end()
        if same_offsets:  # original_span inlined: no call and no tuple per word
            start = nstart
            end = nend
        else:
            start, end = norm.original_span(nstart, nend)
        first = original[start : start + 1]
        if "'" in word:
            head, _, tail = word.partition("'")
            if tail == "t" and head.endswith("n"):  # didn't, wasn't
                tokens.append(
                    RawToken(head[:-1], nstart, nend - 3, start, end, first.isupper(), False)
                )
                tokens.append(RawToken("not", nend - 3, nend, start, end, False, False))
                continue
            word = head  # possessives and contractions: keep the word itself
            start, end = norm.original_span(nstart, nstart + len(word))
        surface = original[start:end]
        tokens.append(
            _raw_token(
                (
                    word,
                    nstart,
                    nstart + len(word),
                    start,
                    end,
                    first.isupper(),
                    surface.isupper() and len(surface) > 1,
                    not surface.isascii(),
                )
            )
        )
    return tokens


class AliasTable:
    """Maps every spelling of a name to one canonical entity term."""

    def __init__(
        self,
        aliases: Mapping[str, Iterable[str]] | None = None,
        derived: Mapping[str, Iterable[str]] | None = None,
        written_names: frozenset[str] = frozenset(),
    ) -> None:
        """``derived`` names (a place and its demonyms, found in the story's texts) come
        last: a spelling the registry or the builtin table already has keeps its group.
        ``written_names`` are the folded words the story's texts write only as names, so
        that one opening a claim ('Sunridge shipped ...') is read as a name."""
        self.written_names = written_names
        table: dict[str, tuple[str, ...]] = dict(BUILTIN_ALIASES)
        if aliases:
            # A registry's names win: drop builtin groups that share a spelling with them.
            own = {fold(n) for canonical, names in aliases.items() for n in (canonical, *names)}
            table = {k: v for k, v in table.items() if not own & {fold(n) for n in (k, *v)}}
            table.update({k: tuple(v) for k, v in aliases.items()})
        if derived:
            _add_derived(table, derived)
        # a demonym before a currency names the currency ('148 Norwegian kroner')
        self.demonyms = frozenset(
            tuple(_words(n)) for names in (derived or {}).values() for n in names
        )
        self.phrases: dict[tuple[str, ...], tuple[str, bool]] = {}
        self.display: dict[str, str] = {}
        for canonical, names in table.items():
            key = "@" + "_".join(_words(canonical))
            self.display[key] = canonical
            for name in (canonical, *names):
                words = _words(name)
                if not words:
                    continue
                # Short all-capital names (US, UN) must match in capitals: 'us' is a pronoun.
                case_sensitive = (
                    name.replace(".", "").isupper()
                    and len(words) <= 2
                    and all(len(w) <= 3 for w in words)
                )
                self.phrases.setdefault(tuple(words), (key, case_sensitive))
        self.longest = max((len(p) for p in self.phrases), default=1)
        self.first_words = {p[0] for p in self.phrases}

    def fingerprint(self) -> str:
        """Everything that decides how a text is read into terms, in a stable order: two
        tables with the same fingerprint tokenise every text alike (cache keys)."""
        return repr(
            (
                sorted(self.phrases.items()),
                sorted(self.display.items()),
                sorted(self.demonyms),
                sorted(self.written_names),
            )
        )


def _add_derived(table: dict[str, tuple[str, ...]], derived: Mapping[str, Iterable[str]]) -> None:
    """Join each derived name to the group that has its place, or make it a group."""
    group_of = {fold(n): k for k, names in table.items() for n in (k, *names)}
    for place, others in derived.items():
        new = tuple(n for n in others if fold(n) not in group_of)
        if not new:
            continue
        canonical = group_of.get(fold(place))
        if canonical is None:
            table[place] = new
            canonical = place
        else:
            table[canonical] = (*table[canonical], *new)
        for name in (place, *new):
            group_of[fold(name)] = canonical


def _words(text: str) -> list[str]:
    return [t.word for t in raw_tokens(normalise(text), text)]


def tokenize(original: str, aliases: AliasTable, norm: NormText | None = None) -> list[Token]:
    """Tokens of a text with alias phrases merged into entity tokens."""
    norm = norm or normalise(original)
    raws = raw_tokens(norm, original)
    tokens: list[Token] = []
    i = 0
    while i < len(raws):
        raw = raws[i]
        if raw.word in aliases.first_words:
            matched = _match_alias(raws, i, aliases)
            if matched:
                key, length = matched
                last = raws[i + length - 1]
                words = " ".join(r.word for r in raws[i : i + length])
                tokens.append(Token(key, words, raw.start, last.end, "entity", True))
                i += length
                continue
        if raw.word in _phrase_first():
            phrase = _match_phrase(raws, i)
            if phrase and phrase[0] == NOT and _to_a_figure(raws, i + phrase[1]):
                phrase = None  # 'declined to 24.1 percent' fell; it refused nothing
            if phrase:
                term, length = phrase
                last = raws[i + length - 1]
                words = " ".join(r.word for r in raws[i : i + length])
                kind = "negation" if term == NOT else "word"
                tokens.append(Token(term, words, raw.start, last.end, kind))
                i += length
                continue
        if raw.word in _DATE_OPENERS and _date_after(raws, i):
            # 'rise by 4.5 percent starting July 1': the date's preposition, like 'from'
            tokens.append(Token(raw.word, raw.word, raw.start, raw.end, "stop"))
            i += 1
            continue
        if raw.word in _VOTED and _against_after(raws, i, norm.text):
            # 'voted six to three against a 14-storey tower': rejected it
            tokens.append(Token(_REJECT, raw.word, raw.start, raw.end, "word", raw.capitalised))
            i += 1
            continue
        if raw.word == "cleared" and _charge_cleared(raws, i, norm.text):
            # 'was cleared by a jury on Tuesday of causing death': an acquittal
            tokens.append(Token(_ACQUIT, raw.word, raw.start, raw.end, "word", raw.capitalised))
            i += 1
            continue
        if raw.word in _FINDS and _guilty_after(raws, i, norm.text):
            # 'a jury found former accountant Gerald Pike guilty': a conviction
            tokens.append(Token(_CONVICT, raw.word, raw.start, raw.end, "word", raw.capitalised))
            i += 1
            continue
        if raw.word == "back" and i + 1 < len(raws) and raws[i + 1].word in _BACKED:
            # 'to back the deal' is to support it; 'flew it back to Portvale' is no backing
            tokens.append(Token(_SUPPORT, raw.word, raw.start, raw.end, "word", raw.capitalised))
            i += 1
            continue
        if raw.word in _MOVES and _before_a_figure(raws, i):
            # 'shares closed down 8.4 percent': a move by a figure is a fall or a rise
            term = stem(_MOVES[raw.word])
            tokens.append(Token(term, raw.word, raw.start, raw.end, "word", raw.capitalised))
            i += 1
            continue
        tokens.append(_plain_token(raw))
        i += 1
    return tokens


_MOVES = {"down": "fall", "up": "rise"}
# what 'back' is followed by as a verb: what is backed ('back the deal', 'back plans')
_BACKED = frozenset("the a an his her its their our this that these those plans calls".split())
_SUPPORT = stem("backed")
_FINDS = frozenset({"found", "find", "finds", "finding"})
_DATE_OPENERS = frozenset({"starting", "beginning", "effective"})
_DATE_WORDS = frozenset(
    [*MONTH_NAMES, *WEEKDAYS, *"today tomorrow tonight next this from on".split()]
)


def _date_after(raws: list[RawToken], i: int) -> bool:
    following = raws[i + 1].word if i + 1 < len(raws) else ""
    return following[:1].isdigit() or following in _DATE_WORDS


_CONVICT = stem("convict")
_GUILTY_REACH = 6  # words between 'found' and 'guilty': 'found the former treasurer ...'


def _guilty_after(raws: list[RawToken], i: int, text: str) -> bool:
    """'found <someone> guilty', within the clause; not 'found him not guilty' (an
    acquittal)."""
    for raw in raws[i + 1 : i + 2 + _GUILTY_REACH]:
        if raw.word in NEGATIONS or any(mark in text[raws[i].nend : raw.nstart] for mark in ".;"):
            return False
        if raw.word == "guilty":
            return True
    return False


_REJECT = stem("reject")
_VOTED = frozenset({"voted", "voting"})  # not the nouns: "won by 34 votes to 30 against"
_VOTE_REACH = 5  # words between 'voted' and 'against': 'voted by six to three against'


def _against_after(raws: list[RawToken], i: int, text: str) -> bool:
    """'voted (by) six to three against', within the clause; 'voted against' itself is
    a phrase of lexicons/paraphrases.txt."""
    following = raws[i + 1 : i + 2 + _VOTE_REACH]
    if not following or following[0].word in ("against", "for", "to"):
        return False  # 'voted against' is a phrase of its own; 'voted to approve' is not
    for raw in following:
        if any(mark in text[raws[i].nend : raw.nstart] for mark in ".;,"):
            return False
        if raw.word == "against":
            return True
    return False


_ACQUIT = stem("acquit")
_CLEARED_REACH = 10  # 'was cleared by a jury at Stavely Crown Court on Tuesday of ...'
_BE = frozenset("was were been be is are being".split())
_CLEARED_NEXT = frozenset("of by him her them both all".split())
_COURTS = frozenset(
    "jury jurors court judge judges magistrates tribunal panel charge charges trial".split()
)


def _to_a_figure(raws: list[RawToken], after: int) -> bool:
    """A phrase ending in 'to' runs into a figure: 'declined to 24.1 percent'."""
    if after >= len(raws) or raws[after - 1].word != "to":
        return False
    following = raws[after].word
    return following[:1].isdigit() or following in ("about", "around", "nearly", "roughly")


def _charge_cleared(raws: list[RawToken], i: int, text: str) -> bool:
    """'cleared' with an 'of' a few words on, in a sentence about a court or a charge
    ('cleared by a jury on Tuesday of causing death'); not 'cleared the road of debris'."""
    before = raws[i - 1].word if i else ""
    after = raws[i + 1].word if i + 1 < len(raws) else ""
    if before not in _BE and after not in _CLEARED_NEXT:
        return False  # 'cleared the site of debris' clears a place
    start = text.rfind(".", 0, raws[i].nstart) + 1
    end = text.find(".", raws[i].nend)
    court = bool(set(_words(text[start : end if end >= 0 else len(text)])) & _COURTS)
    for index in range(i + 1, min(len(raws), i + 2 + _CLEARED_REACH)):
        raw = raws[index]
        if any(mark in text[raws[i].nend : raw.nstart] for mark in ".;"):
            return False
        if raw.word == "of":
            # a deed one is cleared of ('cleared of defrauding the club'), with no
            # court in the sentence: no place is cleared of a doing
            following = raws[index + 1].word if index + 1 < len(raws) else ""
            return court or (before in _BE and following.endswith("ing"))
    return False


# Currencies a demonym can name ('Norwegian kroner', 'Canadian dollars', 'Swiss francs').
CURRENCY_WORDS = frozenset(
    """dollar dollars krone kroner krona kronor franc francs pound pounds peso pesos
    rupee rupees yuan rand real reais lira dinar dinars shilling shillings crown crowns
    koruna zloty forint leu lei won ringgit baht""".split()
)


_MOVE_HEDGES = frozenset(
    "about around some nearly almost roughly over just more than as much a".split()
)
_SHARES = frozenset("half quarter third fifth tenth".split())


def _before_a_figure(raws: list[RawToken], i: int) -> bool:
    """'down 8.4 percent', 'down by about a fifth', 'down a third': a move by an amount
    (not 'up a hill'; nor 'signed up about 300 members', a verb's own 'up')."""
    following = raws[i + 1 : i + 5]
    if not following or following[0].word not in ("by", "a"):
        return bool(following) and (
            following[0].word[:1].isdigit() or following[0].word in NUMBER_WORDS
        )
    for raw in following[1:]:
        if raw.word[:1].isdigit() or raw.word in NUMBER_WORDS or raw.word in _SHARES:
            return following[0].word == "by" or raw is following[1]
        if raw.word not in _MOVE_HEDGES:
            return False
    return False


@cache
def _phrase_first() -> frozenset[str]:
    return frozenset(p[0] for p in _paraphrases()[1])


def _match_phrase(raws: list[RawToken], i: int) -> tuple[str, int] | None:
    phrases = _paraphrases()[1]
    for length in (3, 2):
        words = tuple(r.word for r in raws[i : i + length])
        if len(words) == length and words in phrases:
            return phrases[words], length
    return None


def _match_alias(raws: list[RawToken], i: int, aliases: AliasTable) -> tuple[str, int] | None:
    for length in range(min(aliases.longest, len(raws) - i), 0, -1):
        words = tuple(r.word for r in raws[i : i + length])
        found = aliases.phrases.get(words)
        if found is None:
            continue
        key, case_sensitive = found
        if case_sensitive and not all(r.upper or len(r.word) == 1 for r in raws[i : i + length]):
            continue
        if (
            words in aliases.demonyms
            and i + length < len(raws)
            and raws[i + length].word in CURRENCY_WORDS
        ):
            return None
        return key, length
    return None


def _plain_token(raw: RawToken) -> Token:
    term, kind = _read_word(raw.word, raw.foreign)
    return _token((term, raw.word, raw.start, raw.end, kind, kind == "word" and raw.capitalised))


@lru_cache(maxsize=1 << 17)
def _read_word(word: str, foreign: bool) -> tuple[str, str]:
    """(term, kind) of a word that no phrase or alias takes: a few thousand words make
    most of any archive, so each is read once."""
    if word[0].isdigit() or word in NUMBER_WORDS:
        return word, "ordinal" if ORDINAL.match(word) else "number"
    if word in NEGATIONS:
        return word, "negation"
    if (word in STOPWORDS and not foreign) or len(word) == 1:
        return word, "stop"
    return stem(word), "word"


def content_terms(tokens: Iterable[Token]) -> set[str]:
    """The terms that carry meaning: entities, content words and naming ordinals."""
    return {t.term for t in tokens if t.kind in ("entity", "word", "ordinal")}


def term_bigrams(tokens: Iterable[Token]) -> frozenset[tuple[str, str]]:
    """Pairs of neighbouring content terms, stop words skipped: the phrases of a text.
    In either order: 'the city of Arequipa' is 'Arequipa city'."""
    terms = [t.term for t in tokens if t.kind in ("entity", "word", "ordinal")]
    return frozenset((a, b) if a <= b else (b, a) for a, b in itertools.pairwise(terms))
