"""Named entities of a sentence by capitalisation, with a rule-of-thumb label (PERSON, ORG, GPE,
EVENT, WORK or ENTITY).

Hand-written rather than spaCy: ``docs/extraction.md`` measures en_core_web_sm against this on
the same sentences; spaCy costs about a second to load and a few milliseconds a sentence, and
this runs on every evidence sentence of the verdict engine, where what matters is *which names*
a claim and a passage share, not the fine label. Labels come from titles ("Governor", "Dr."),
name suffixes ("Bank", "Court", "Inc."), a small gazetteer of places, and event words ("Cup",
"Bowl", "Olympics"); anything else is ``ENTITY``.
"""

from __future__ import annotations

import re

from factcheck.models import Entity


def _words(text: str) -> list[str]:
    """The white-space separated words of a vocabulary written as one string."""
    return text.split()


__all__ = ["find_entities", "TITLES"]

# Capitalised words that are not names when they start a sentence (or stand alone).
_COMMON_CAPITALISED = frozenset(
    _words(
        """a an the this that these those there here he she it they we i you his her its their our my
    your in on at by for from with without of to as into after before during since until while
    when where why how what which who whom whose if but and or nor so yet also although though
    because however meanwhile moreover furthermore still then thus hence instead otherwise
    indeed overall today yesterday tomorrow now later earlier last next first second third
    some many most much more less few several all both each every either neither no none one
    two three four five six seven eight nine ten other another such only just even across
    among around about above below under over between through against despite according
    looking whatever whether whichever whoever wherever unlike like following including
    speaking asked says said asked mr mrs ms dr prof officials analysts critics experts
    investors traders economists residents people police authorities sources reports data
    lawmakers legislators voters workers employees shareholders
    draft note update updated breaking exclusive analysis opinion editorial photo video watch
    read see yes not never nothing nobody everyone everybody someone somebody anyone once unless
    whereas upon
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec"""
    )
)
_MONTHS_AND_DAYS = frozenset(
    _words(
        """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
    )
)
TITLES = frozenset(
    _words(
        """mr mrs ms miss dr prof professor president governor gov senator sen representative rep
    judge justice chancellor minister secretary king queen prince princess pope sir dame lord
    lady general gen colonel col captain capt sergeant sgt chief ceo cfo coo cto chairman chairwoman chair
    mayor ambassador commissioner director coach inspector detective officer archbishop bishop
    rev reverend father sister brother saint st"""
    )
)
_ORG_WORDS = frozenset(
    _words(
        """bank committee court reserve university college school inc inc. corp corp. corporation ltd
    ltd. plc llc co company companies group association council ministry department agency
    commission party union fund federation league club institute institution foundation
    authority board office service services organisation organization times post journal news
    airlines airways motors technologies systems partners capital holdings industries
    parliament congress senate assembly government administration police army navy force
    forces team fc united city's network press media studios records labs laboratory
    hospital museum library trust society church exchange market markets alliance coalition
    front movement"""
    )
)
_EVENT_WORDS = frozenset(
    _words(
        """cup bowl olympics olympic games championship championships war election elections open
    festival summit crisis revolution prix series tournament marathon grand slam world"""
    )
)
_GPE = frozenset(
    _words(
        """afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh
    belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia
    croatia cuba cyprus czechia denmark ecuador egypt england estonia ethiopia finland france
    georgia germany ghana greece hungary iceland india indonesia iran iraq ireland israel italy
    jamaica japan jordan kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania
    luxembourg malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar
    nepal netherlands nigeria norway pakistan palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia
    somalia spain sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey turkiye
    uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe
    britain europe asia africa america antarctica arctic atlantic pacific
    us u.s. usa u.s.a. uk u.k. uae eu london paris berlin madrid rome moscow beijing tokyo delhi
    mumbai washington york chicago boston seattle angeles francisco texas california florida
    arizona ohio alaska hawaii brussels geneva zurich vienna prague warsaw kyiv kiev istanbul
    ankara athens lisbon dublin edinburgh amsterdam stockholm oslo copenhagen helsinki dubai
    cairo lagos nairobi johannesburg sydney melbourne toronto vancouver montreal ottawa
    shanghai hong kong seoul bangkok jakarta manila hanoi singapore sao paulo rio janeiro
    buenos aires lima bogota mexico havana"""
    )
)
_PLACE_PREFIXES = frozenset(_words("new san santa los las le la el st saint port fort mount lake cape"))
_FACILITY_WORDS = frozenset(
    _words(
        """stadium arena airport park bridge river lake mountain mount street avenue road square station
    hall tower palace building centre center island islands bay sea ocean canal tunnel dam"""
    )
)
# Upper-case letters of the Latin, Greek and Cyrillic blocks ("Ç", "Ø", "Ž"): re has no \p{Lu}.
_UPPER = "".join(
    sorted({c for r in ((0x41, 0x5B), (0xC0, 0x530), (0x1E00, 0x1F00)) for c in map(chr, range(*r)) if c.isupper()})
)
_U = f"[{re.escape(_UPPER)}]"
_WORD = rf"(?:{_U}[\w'’&.-]*[\w&]|{_U})"
_NAME = re.compile(
    rf"(?<![\w'’-]){_WORD}(?:(?:\s+(?:of|of\s+the|de|du|da|di|del|van|von|der|den|la|le|al|bin|y|&)\s+|\s+|-){_WORD}){{0,7}}"
)
_VERB_NEXT = re.compile(
    r"(?:['’]s)?,?\s+(?:[a-z]+ed|is|was|are|were|has|had|have|did|does|do|will|would|can|could|may|might|"
    r"said|says|began|became|won|beat|lost|made|took|gave|held|led|sold|bought|paid|met|left|ran|saw|"
    r"fell|rose|grew|hit|set|wrote|built|came|went|got|kept|put|brought|sent|spent|stood|knew|told|"
    r"holds|owns|runs|makes|covers|employs|operates|sells|plans|says|lies|flows|hosts|leads)\b"
)
_ROMAN = re.compile(r"^[IVXLCDM]+$")
# A number of one to three digits right after a name, not a figure of something ("Norland 3
# million", "Oderby 2-1", "Holt 19 goals").
NUMBERED_NAME = re.compile(
    r"\s(?P<n>\d{1,3}[A-Z]?)\b(?![\d,.:%/–-]\d|[-–%/]|\s*(?:million|billion|trillion|thousand|hundred|per\b|percent|"
    r"points?\b|votes?\b|seats?\b|goals?\b|km\b|kilomet|miles?\b|metres?\b|meters?\b|years?\b|days?\b|people\b|"
    r"times\b|games?\b|matches\b|runs?\b|[a-z]+\s+(?:and|to)\s+\d|of\b|[a-z]+s\b))"
)
# "No. 4" after a name ("World No. 4 Padzik"): a place in a ranking, no part of the name
RANK_NUMBER = re.compile(r"No\.?\s*\d")
_SENTENCE_START = re.compile(r"^[\s\"'“‘(\[*_#>-]*$")


# a number in words opening a sentence is a figure, not part of the name after it ("Thirty-one
# Lindmark councillors")
NUMBER_WORD = re.compile(
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|hundreds|thousands|dozens)"
)


def find_entities(text: str, known: frozenset[str] | set[str] | None = None) -> list[Entity]:
    """Return the named entities of ``text`` in order, with offsets into ``text``.

    ``known`` is an optional set of lower-cased words seen capitalised in mid-sentence elsewhere in
    the document; a capitalised word that starts a sentence is kept as a name only when it is in
    ``known`` or is not a common word.
    """
    out: list[Entity] = []
    for s0, span0 in _candidates(text):
        s, e = s0, s0 + len(span0)
        span = span0
        # leading common words ("The Fed", "In Paris") and titles ("Governor Michelle Bowman")
        title = False
        while True:
            first = re.match(r"[\w'’.&-]+\s*", span)
            if not first:
                break
            w = first.group(0).strip().lower().rstrip(".")
            if w in _COMMON_CAPITALISED or (w in TITLES and len(span) > first.end()) or (
                # (one name word after it: "Three Gorges Dam" keeps its number)
                NUMBER_WORD.fullmatch(w) and len(span) > first.end() and len(span[first.end() :].split()) == 1
            ):
                if w in TITLES:
                    title = True
                s += first.end()
                span = span[first.end() :]
                continue
            break
        span, e = _trim_end(span, e)
        if re.search(r"(?:^|\s)No$", span) and text[e : e + 1] == "." and RANK_NUMBER.match(text, e - 2):
            # "World No. 4 Padzik": "No. 4" is a place in a ranking, not the end of a name
            span = span[:-2].rstrip()
            e = s + len(span)
        if not span or not span[0].isupper():
            continue
        num = NUMBERED_NAME.match(text, e)
        if num is not None and e == s0 + len(span0.rstrip()):
            # "Apollo 11", "Boeing 747", "Route 66": a number naming one of a series is part of the name
            e = num.end()
            span = text[s:e]
        words = span.split()
        at_start = _SENTENCE_START.match(text[:s0]) is not None and s == s0
        if at_start and len(words) == 1:
            # a lone capitalised word opening a sentence is a name unless it is a common word;
            # plural-looking openers ("Traders", "Prosecutors") need to be seen mid-sentence too
            lw = words[0].lower()
            if lw.endswith(("ing", "ly")) or lw in _COMMON_CAPITALISED:
                continue
            if known is None or lw not in known:
                if lw.endswith("s") and not words[0].isupper():
                    continue
                if not _VERB_NEXT.match(text, e):
                    continue  # "Money laundering", "Full-year guidance": a common noun opening
        if len(words) == 1 and words[0].lower() in _MONTHS_AND_DAYS:
            continue
        if len(words) == 1 and len(words[0]) == 1:
            continue
        out.append(
            Entity(text=span, label=_label(span, title, text[max(0, s - 30) : s], text[e : e + 8]), start=s, end=e)
        )
    return out


def _candidates(text: str) -> list[tuple[int, str]]:
    """Capitalised runs, cut after a possessive ("Fed's September") and before a month name."""
    out: list[tuple[int, str]] = []
    for m in _NAME.finditer(text):
        start = m.start()
        for part in re.finditer(r"(?:[^'’\s]|['’](?!s\b))+(?:['’]s\b)?(?:\s+|$)", m.group(0)):
            word = part.group(0).strip().lower().rstrip(".")
            if word in _MONTHS_AND_DAYS:
                out.append((start, m.group(0)[start - m.start() : part.start()].rstrip()))
                start = m.start() + part.end()
                continue
            if re.search(r"['’]s\s*$", part.group(0)):
                out.append((start, m.group(0)[start - m.start() : part.end()].rstrip()))
                start = m.start() + part.end()
        rest = m.group(0)[start - m.start() :]
        if rest.strip():
            out.append((start, rest))
    return [(s, t) for s, t in out if t]


def _trim_end(span: str, end: int) -> tuple[str, int]:
    """Drop a possessive "'s" and trailing punctuation: "Bowman's" → "Bowman"."""
    trimmed = re.sub(r"(?:['’]s?|[.,;:&-])+$", "", span)
    return trimmed, end - (len(span) - len(trimmed))


def _label(span: str, after_title: bool, before: str, after: str = "") -> str:
    words = [w.lower().strip(".,") for w in re.split(r"[\s-]+", span)]
    if (
        after_title
        or re.match(r"^,\s*\d{1,3},", after)
        or re.search(
            r"\b(?:founder|chief executive|executive|president|minister|governor|coach|judge|singer|"
            r"striker|quarterback|player|author|novelist|director|chairman|spokesman|spokeswoman|"
            r"lawyer|head|^by)\s+$",
            before,
            re.I,
        )
    ):
        return "PERSON"
    if any(w in _ORG_WORDS for w in words):
        return "ORG"
    if any(w in _EVENT_WORDS for w in words) or _ROMAN.match(span.split()[-1]) and len(words) > 1:
        return "EVENT"
    if all(w in _GPE for w in words) or words[0] in _PLACE_PREFIXES and len(words) > 1:
        return "GPE"
    if any(w in _FACILITY_WORDS for w in words):
        return "FAC"
    if span.isupper() and len(span) >= 2:
        return "ORG"
    return "ENTITY"
