"""Claim extraction: the checkable sentences of a draft, with spans, quantities, entities, hedges
and a retrieval query whose subject is resolved from context.

A sentence is a claim when it has something a corpus can settle, and says so in ``Claim.why``:

* a *strong* part: money, a percentage, a measure, a frequency, a duration, a count of something,
  a score or vote, a day or month date, or a ranking ("second-largest", "first … since 1995");
* or only *weak* parts (a bare year, a bare ordinal) or none, together with a named subject in
  a factual statement that is not an evaluation, or a year with a completed event ("The old
  ferry was built in 1978"). Relative spans ("the past two years") count for nothing.

Left out: headings (they serve as context), questions, sentences whose only checkable parts are
weak and that speculate or forecast ("will", "could", "whether"), and opinion or pure attribution
without a checkable part. The rules are general cues of news writing, not fitted to one draft;
``bench/bench_extract.py`` measures them on the development draft and on drafts written for the
tests in several styles.

Imports stay light: no torch, no spaCy (``bench/bench_extract.py`` checks this).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from factcheck.entities import find_entities
from factcheck.models import Claim, Entity, Quantity, QuantityKind, Span
from factcheck.quantities import is_negated, parse_quantities
from factcheck.sentences import block_markup, split_sentences


def _words(text: str) -> list[str]:
    """The white-space separated words of a vocabulary written as one string."""
    return text.split()


__all__ = ["extract_claims", "claim_from_text", "assess_sentence", "Assessment"]

_MODAL = re.compile(
    r"\b(?:will|won't|would|could|might|should|shall|must|may(?!\s+\d)|going\s+to|whether|perhaps|"
    r"possibly|probably|likely|unlikely|hopes?|expects?|forecasts?|predicts?|(?:expected|set|poised|due|"
    r"planning|plans?|aims?|intends?)\s+to)\b|['’]ll\b",
)
# Words of evaluation, stance or hedged belief: a sentence built on one is opinion, not fact.
_OPINION_WORDS = frozenset(
    _words(
        """seem seems appear appears look looks arguably clearly obviously undoubtedly surely sadly
    fortunately unfortunately hopefully remarkable remarkably impressive disappointing welcome
    unwelcome cautious modest worrying concerning alarming troubling excellent terrible
    wonderful awful brilliant dramatic stunning shocking controversial dilemma critics debate
    debated mood sentiment matters important crucial vital fair unfair wrong
    dangerous risky bold ambitious wise foolish best worst good bad great poor rather quite too
    deserve deserves should"""
    )
)
_OPINION_PHRASE = re.compile(r"\b(?:I|we)\s+(?:think|believe|feel|hope|fear|suspect)\b|\bso\s+much\b", re.I)
_TOKENS = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")


def _is_opinion(sentence: str) -> bool:
    """Evaluative words (as whole tokens: "best-selling" is not "best"), beliefs, comparisons."""
    words = {w for w in _TOKENS.findall(sentence) if w.islower()}  # "Great Fire", "Vanity Fair" are names
    return (
        not _OPINION_WORDS.isdisjoint(words)
        or _OPINION_PHRASE.search(sentence) is not None
        or _COMPARATIVE_COPULA.search(sentence) is not None
    )


_COMPARATIVE_COPULA = re.compile(
    r"\b(?:is|are|was|were|be|been|looks|seems|remains|feels)\s+(?:now\s+|still\s+|even\s+)?"
    r"(?:more|less|very|rather|quite|too|so|increasingly|far|much)\s+\w+",
    re.I,
)
_ATTRIBUTION_ONLY = re.compile(r"^[^,]*\b(?:said|says|told|added|noted|argued|wrote|according)\b", re.I)
_RELATIVE_SPAN = re.compile(r"\b(?:the\s+)?(?:previous|past|last|next|coming|following|recent)\s*$", re.I)
_RANKING_SINCE = re.compile(
    r"\b(?:first|last|largest|biggest|highest|lowest|smallest|longest|worst|best)\b[^.;]{0,60}\bsince\b", re.I
)

_DATELINE = re.compile(
    r"^(?:\*\*|__)?[A-Z][A-Z.'’/ -]{1,40}(?:,\s*[A-Z][\w.]{1,12}\.?)?(?:\s*\([A-Za-z. ]{1,20}\))?"
    r"(?:,\s*[^—–\n]{1,30}?)?(?:\*\*|__)?\s*(?:—|–|--|-)\s+"
)
# A modal that states a rule laid on someone, not a guess: "He may not leave French territory",
# "She must not contact the witnesses". A person as subject, and a verb of what a court, a
# contract or a law allows or forbids; "The improvement may not last" stays speculation.
_DEONTIC = re.compile(
    r"^(?:He|She|They|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:may\s+not|must(?:\s+not)?|mustn['’]t|cannot|can\s*not|can['’]t)\s+"
    r"(?:leave|enter|travel|contact|report|return|work|hold|run|stand|vote|own|use|speak|attend|sell|buy|"
    r"operate|publish|meet|approach|possess|carry|manage|practise|practice|serve)\b"
)
_SPECULATIVE = re.compile(r"\b(?:could|might|may(?!\s+\d)|would|perhaps|possibly|whether)\b")
_QUOTE_ATTRIBUTION = re.compile(
    r"[\"“][^\"”]{3,}[\"”].{0,80}?\b(?:said|says|told|added|wrote|called|argued|insisted|declared|tweeted|posted)\b"
    r"|\b(?:said|says|told|added|wrote|called|argued|insisted|declared)\b.{0,80}?[\"“][^\"”]{3,}[\"”]",
)
# A whole statement in quotation marks, then who said it: '"It is absurd to ...," Telegram said'.
_DIRECT_QUOTATION = re.compile(
    r"^[\"“](?P<words>[^\"”]{20,})[,.]?[\"”]\s*,?\s*(?P<speaker>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)\s+"
    r"(?:said|says|told|added|wrote|declared|stated)\b"
)
_MEASURABLE_RANKING = re.compile(
    r"\b(?:first|last|largest|biggest|highest|lowest|smallest|longest|shortest|oldest|youngest|fastest|"
    r"slowest|deepest|tallest|busiest|hottest|coldest|wettest|driest|warmest|heaviest|most\s+\w+)\b"
    r"[^.;]{0,60}?\b(?:since|on\s+record|in\s+(?:history|the\s+world|\w+\s+history)|ever)\b",
    re.I,
)
# Events a record can confirm about a named subject ("He was arrested", "She resigned").
_EVENT_VERB = re.compile(
    r"\b(?:denied|denies|admitted|pleaded|confessed|resigned|arrested|charged|convicted|sentenced|"
    r"released|detained|acquitted|elected|re-elected|appointed|born|died|married|divorced|founded|"
    r"acquired|announced|signed|won|lost|joined|retired|sued|fined|jailed|indicted|extradited|"
    r"killed|injured|hired|fired|dismissed|nominated|awarded|banned|suspended|expelled|conceded|"
    r"approved|rejected|ruled|voted|launched|opened|closed|completed|merged|bought|sold)\b"
)
# A completed event: a passive or past-tense verb ("was built", "opened", "began").
_PAST_EVENT = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?\w+(?:ed|en|t)\b|\b(?:opened|closed|began|ended|founded|launched|built|"
    r"started|finished|completed|held|won|lost|died|born)\b"
)
# Events of a person and of an organisation that open a sentence with "The": whose they are is
# the story's ("The arrest took place at Le Bourget" after "French police detained Durov").
_PERSON_EVENTS = frozenset(
    _words(
        """arrest detention trial sentencing conviction indictment extradition release resignation
        appointment death funeral wedding questioning"""
    )
)
_ORG_EVENTS = frozenset(_words("takeover sale purchase acquisition launch ban outage flotation listing bankruptcy"))
_EVENT_SUBJECT = re.compile(rf"^(?:The|This|That)\s+(?P<event>{'|'.join(sorted(_PERSON_EVENTS | _ORG_EVENTS))})\b")
_PRONOUN_START = re.compile(r"^(?:He|She|His|Her|It|Its|They|Their)\b")
_PERSON_PRONOUN = re.compile(r"^(?P<subj>He|She|His|Her|Him)\b")
_THING_PRONOUN = re.compile(r"^(?P<subj>It|Its|They|Their|Them)\b")
_ROLE_SUBJECT = re.compile(
    r"^(?P<subj>(?:The|This|That)\s+(?:(?:\d+-year-old|former|new|same|outgoing|incoming|current|"
    r"then|late|acting|interim)\s+)?(?P<role>prime minister|foreign minister|finance minister|"
    r"company|firm|group|court|tribunal|judge|government|ministry|agency|team|club|city|country|state|"
    r"president|minister|chancellor|ceo|chief executive|founder|billionaire|executive|entrepreneur|"
    r"startup|start-up|platform|app|service|regulator|committee|board|council|party|union|"
    r"organisation|organization|university|school|hospital|airline|carrier|network|newspaper|"
    r"museum|band|singer|player|coach|striker|side|league|festival|bank|central bank|lender|"
    r"insurer|retailer|automaker|carmaker|manufacturer|giant|businessman|businesswoman|actor|"
    r"actress|author|writer|artist|star|politician|leader|senator|governor|mayor|official|bridge|"
    r"river|lake|park|building|tower|ship|project|report|study|survey|law|bill|treaty|deal|"
    r"acquisition|merger|film|book|novel|album|show|event|tournament|race|match|game)s?)\b",
)


@dataclass(frozen=True)
class Assessment:
    """Whether a sentence is a claim, and why (or why not)."""

    keep: bool
    why: tuple[str, ...]


_COMPANY_NOUNS = frozenset(
    _words(
        """company firm group business startup start-up platform app service bank lender insurer
    retailer automaker carmaker manufacturer giant network airline carrier operator developer
    maker producer publisher broadcaster chain brand conglomerate party union club team side
    agency regulator organisation organization"""
    )
)


# Definite subjects that, with no antecedent of their own kind, name what the story is about.
_THING_ROLES = frozenset(
    _words("bridge river lake park building tower ship project film book novel album show event festival tournament race")
)


@dataclass
class _Mention:
    entity: Entity
    roles: frozenset[str]  # lower-cased words just before it ("chief executive", "messaging app")
    opens: bool  # the entity opens its sentence (it is probably the subject)


_MAX_SENTENCE = 2000  # characters; a longer "sentence" is unpunctuated data, not a claim
_LOOKBACK = 200  # mentions searched for an antecedent: far more than a story's paragraph


@dataclass
class _Context:
    """Entities seen so far in a draft, most recent last, for resolving "He", "It", "The company"."""

    mentions: list[_Mention] = field(default_factory=list)
    last_subject: Entity | None = None
    topic: str | None = None  # the last named thing that opened a sentence: what the story is about
    known: set[str] = field(default_factory=set)  # words also written capitalised mid-sentence
    surnames: dict[str, str] = field(default_factory=dict)  # "Durov" -> "Pavel Durov"

    def add(
        self, sentence: str, entities: list[Entity], offset: int, resolved: str | None = None, *, topical: bool = True
    ) -> None:
        """Record the entities of one sentence; ``offset`` is where the sentence proper starts;
        ``resolved`` is the name its own leading "It" or "The bridge" was resolved to; a heading
        is not ``topical`` (its opening name is not the subject of a statement)."""
        self.last_subject = None
        for e in entities:
            # a surname seen before in a full name is that person ("Durov" after "Pavel Durov")
            if e.label in ("ENTITY", "PERSON") and e.text in self.surnames:
                e = Entity(text=self.surnames[e.text], label="PERSON", start=e.start, end=e.end)
            elif _maybe_person(e) and " " in e.text:
                self.surnames[e.text.split()[-1]] = e.text
            roles = frozenset(re.findall(r"[a-z][a-z-]+", sentence[max(0, e.start - 25) : e.start])[-2:])
            lead = sentence[offset : e.start].split() if e.start - offset < 60 else ["", "", "", "", ""]
            opens = len(lead) <= 3 and not any(w[:1].isupper() for w in lead[1:])
            self.mentions.append(_Mention(e, roles, opens))
            if opens and self.last_subject is None:
                self.last_subject = e
            if opens and topical and e.label not in ("PERSON", "GPE"):
                self.topic = e.text
        if self.last_subject is None and resolved is not None:
            # "The cable-stayed bridge carries ..." resolved to the Millau Viaduct: a following
            # "It" is the viaduct too
            self.last_subject = Entity(text=resolved, label="ENTITY", start=0, end=0)

    def person(self) -> str | None:
        for m in reversed(self.mentions[-_LOOKBACK:]):
            if m.entity.label == "PERSON":
                return m.entity.text
        for m in reversed(self.mentions[-_LOOKBACK:]):
            if _maybe_person(m.entity):
                return m.entity.text
        return None

    def thing(self, role: str | None = None) -> str | None:
        if role is None:  # "It", "They": the subject of the sentence before, if it was named
            e = self.last_subject
            if e is None:  # after a heading or an unnamed subject: what the story is about
                return self.topic
            return e.text if not _maybe_person(e) and e.label != "GPE" else None
        for m in reversed(self.mentions[-_LOOKBACK:]):
            if role in m.entity.text.lower() or role in m.roles:
                return m.entity.text
        if role in _COMPANY_NOUNS:
            # introduced as a company ("the messaging app Telegram") or an organisation opening a
            # sentence; then a named subject; then any organisation
            for m in reversed(self.mentions[-_LOOKBACK:]):
                if m.roles & _COMPANY_NOUNS or m.opens and m.entity.label == "ORG":
                    return m.entity.text
            for m in reversed(self.mentions[-_LOOKBACK:]):
                e = m.entity
                if m.opens and e.label == "ENTITY" and (" " in e.text or e.text.lower() in self.known):
                    return e.text
            for m in reversed(self.mentions[-_LOOKBACK:]):
                if m.entity.label == "ORG":
                    return m.entity.text
            return None
        # "The bridge", "The project" with no mention of that kind: the thing the story is about
        return self.topic if role in _THING_ROLES else None


def _maybe_person(e: Entity) -> bool:
    """A PERSON, or an unlabelled name of two or three title-case words ("Mecole Hardman") whose last
    is no thing's head noun ("Halvorsen Viaduct", "Orvel Shipping Group")."""
    words = e.text.split()
    return e.label == "PERSON" or (
        e.label == "ENTITY"
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and words[-1].lower() not in _THING_HEADS
    )


# Head nouns that end the names of things, never of people.
_THING_HEADS = frozenset(
    _THING_ROLES
    | _COMPANY_NOUNS
    | frozenset(
        _words(
            """viaduct tunnel dam canal airport stadium arena station port harbour harbor railway motorway highway
        university college school institute hospital museum library hotel mine plant factory refinery
        council ministry court cathedral church palace castle square street road avenue bay island
        mountain valley forest desert"""
        )
    )
)


def extract_claims(text: str, *, source: str | None = None) -> list[Claim]:
    """Return the checkable claims of ``text`` in draft order (ids ``c1``, ``c2``, …), each
    anchored to its span in ``text``: ``text[claim.span.start:claim.span.end] == claim.text``."""
    spans = split_sentences(text)
    newlines = [i for i, c in enumerate(text) if c == "\n"]
    known = _mid_sentence_capitals(text, spans)
    context = _Context(known=known)
    claims: list[Claim] = []
    for index, (start, end) in enumerate(spans):
        sentence = text[start:end]
        entities = find_entities(sentence, known)
        heading = _is_heading(text, start, end, index)
        offset = _dateline_end(sentence)
        query, subject = _resolve_subject(sentence[offset:], context)
        if subject is None and _EVENT_VERB.search(sentence):
            subject = _role_subject(sentence[offset:])
        context.add(sentence, entities, offset, subject, topical=not heading)
        if heading or end - start > _MAX_SENTENCE:
            continue
        quantities = parse_quantities(sentence)
        verdict = assess_sentence(sentence, quantities, entities, subject)
        if not verdict.keep:
            continue
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                text=sentence,
                query=query,
                span=Span(file=source, start=start, end=end, line=bisect.bisect_left(newlines, start) + 1),
                quantities=tuple(quantities),
                entities=tuple(entities),
                negated=is_negated(sentence),
                why=verdict.why,
            )
        )
    return claims


def claim_from_text(text: str, *, claim_id: str, extra: dict[str, object] | None = None) -> Claim:
    """Build a Claim from a sentence given directly (a claims file), parsing its checkable parts."""
    quantities = parse_quantities(text)
    entities = find_entities(text)
    return Claim(
        id=claim_id,
        text=text,
        query=text,
        quantities=tuple(quantities),
        entities=tuple(entities),
        negated=is_negated(text),
        why=assess_sentence(text, quantities, entities).why,
        extra=dict(extra or {}),
    )


def assess_sentence(
    sentence: str, quantities: list[Quantity], entities: list[Entity], subject: str | None = None
) -> Assessment:
    """Decide whether one sentence is checkable; ``why`` lists the parts that make it so.

    ``subject`` is the named entity a leading "He", "It" or "The company" was resolved to, if any.
    """
    stripped = sentence.rstrip(" \"'”’)*_")
    if stripped.endswith("?"):
        return Assessment(False, ("question",))
    strong, weak = _split_parts(sentence, quantities)
    deontic = _DEONTIC.match(sentence) is not None
    speculative = _MODAL.search(sentence) is not None and not deontic
    opinion = _is_opinion(sentence)
    ranking = _MEASURABLE_RANKING.search(sentence)
    if ranking and not any(p.startswith("ordinal") for p in strong):
        strong.append(f"ranking: {ranking.group(0)}")
    if strong and not deontic and _SPECULATIVE.search(sentence):
        return Assessment(False, ("speculation: a figure under 'could', 'might', 'may' or 'would'",))
    if strong:
        return Assessment(True, tuple(strong))
    if speculative:
        return Assessment(False, ("speculation or forecast without a checkable figure",))
    names = list(dict.fromkeys(e.text for e in entities))
    # a resolved subject stands in for a name when it was written as a noun phrase ("The
    # company"), or when a pronoun comes with a year or rank ("She served … between 2017 and 2021")
    if subject and (weak or not _PRONOUN_START.match(sentence) or _EVENT_VERB.search(sentence)):
        names.insert(0, subject)
    factual = len(sentence.split()) >= 4  # a statement, not a label or fragment
    quoted = _DIRECT_QUOTATION.search(sentence)
    if quoted and len(quoted.group("words").split()) >= 8:
        # a statement quoted whole from a named speaker: the record may hold it word for word
        return Assessment(True, (f"a statement quoted from {quoted.group('speaker')}",))
    if _QUOTE_ATTRIBUTION.search(sentence):
        return Assessment(False, ("attribution of a quotation, nothing checkable in it",))
    if factual and not opinion and not _is_pure_attribution(sentence, quantities):
        if names:
            return Assessment(True, (*weak, f"named entity in a factual statement: {', '.join(names)}"))
        if len({w.split(":")[0] for w in weak}) >= 2:
            return Assessment(True, (*weak, "a rank and a date in a factual statement"))
        if any(w.startswith("date") for w in weak) and _PAST_EVENT.search(sentence):
            return Assessment(True, (*weak, "a dated event in the past tense"))
    if opinion:
        return Assessment(False, ("opinion or evaluation",))
    return Assessment(False, ("nothing checkable",))


def _split_parts(sentence: str, quantities: list[Quantity]) -> tuple[list[str], list[str]]:
    """Sort a sentence's quantities into strong (checkable alone) and weak (need a named subject)."""
    strong: list[str] = []
    weak: list[str] = []
    for q in quantities:
        label = f"{q.kind.value}: {q.text}"
        if q.kind is QuantityKind.DATE:
            (weak if re.fullmatch(r"\d{4}", str(q.value)) else strong).append(label)
        elif q.kind is QuantityKind.ORDINAL:
            ranked = q.unit is not None or _RANKING_SINCE.search(sentence[q.start :]) is not None
            (strong if ranked else weak).append(label)
        elif q.kind is QuantityKind.DURATION:
            if _RELATIVE_SPAN.search(sentence[: q.start]) is None:  # "the past two years" is vague
                strong.append(label)
        elif q.kind is QuantityKind.COUNT:
            if q.value == 1 and q.text.lower() in ("one", "a", "an"):
                continue  # "one analyst": a pronoun more than a figure
            big = isinstance(q.value, float) and q.value >= 10
            (strong if q.measure or q.operator.value != "=" or big else weak).append(label)
        else:
            strong.append(label)
    return strong, weak


def _is_pure_attribution(sentence: str, quantities: list[Quantity]) -> bool:
    """ "Smith said so." — who said it, but nothing said that a corpus could settle."""
    if quantities:
        return False
    m = _ATTRIBUTION_ONLY.match(sentence)
    return m is not None and len(sentence[m.end() :].split()) <= 3


def _dateline_end(sentence: str) -> int:
    """Where the sentence proper starts after a dateline ("PARIS — ", "LAS VEGAS (AP) — ")."""
    m = _DATELINE.match(sentence)
    return m.end() if m else 0


def _is_heading(text: str, start: int, end: int, index: int) -> bool:
    """Headings, and lines without final punctuation outside lists (titles, bylines, "Published
    3 March"), frame the story: they give context but are not claims."""
    markup = block_markup(text, start)
    if markup.startswith("#"):
        return True
    last = text[end - 1 : end]
    if last not in (".", "!", "?", '"', "”", "’", "'", ")", ":", ";") and not re.match(
        r"^(?:[-*+•]|\d{1,3}[.)])", markup
    ):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        whole_line = text[line_start : line_end if line_end >= 0 else len(text)].strip().strip(" *_#>")
        if whole_line == text[start:end].strip(" *_"):
            return True
    line_end = text.find("\n", end)
    next_line = text[line_end + 1 : text.find("\n", line_end + 1) if line_end >= 0 else None] if line_end >= 0 else ""
    if re.fullmatch(r"\s*(?:=+|-{2,})\s*", next_line or "x"):
        return True
    return index == 0 and text[end - 1 : end] not in (".", "!", "?", '"', "”", ")")


def _mid_sentence_capitals(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Lower-cased words written capitalised inside sentences: the document's proper names."""
    known: set[str] = set()
    for s, e in spans:
        for m in re.finditer(r"(?<=[\w,;:)] )[A-Z][\w'’-]*", text[s:e]):
            known.add(re.sub(r"['’]s$", "", m.group(0)).lower())
    return known


def _resolve_subject(sentence: str, context: _Context) -> tuple[str, str | None]:
    """The sentence with a leading pronoun or generic subject ("He", "It", "The company") replaced
    by the entity it refers to, and that entity (None when nothing was resolved). An event opening
    the sentence ("The arrest took place ...") is given its owner: "Durov's arrest took place ..."."""
    ev = _EVENT_SUBJECT.match(sentence)
    if ev is not None:
        noun = ev.group("event").lower()
        owner = context.person() if noun in _PERSON_EVENTS else context.thing() or context.thing("company")
        if not owner:
            return sentence, None
        return f"{owner}'s {sentence[ev.start('event') :]}", owner
    m = _PERSON_PRONOUN.match(sentence)
    if m:
        name = context.person()
        possessive = m.group("subj") in ("His", "Her")
    else:
        m = _THING_PRONOUN.match(sentence)
        if m:
            name = context.thing()
            possessive = m.group("subj") in ("Its", "Their")
        else:
            m = _ROLE_SUBJECT.match(sentence)
            if not m:
                return sentence, None
            role = m.group("role").lower()
            role = role[:-1] if role.endswith("s") and not role.endswith("ss") else role
            name = context.thing(role.split()[-1])
            possessive = False
    if not name:
        return sentence, None
    return name + ("'s" if possessive else "") + sentence[m.end() :], name


def _role_subject(sentence: str) -> str | None:
    """ "The outgoing prime minister", "The company": a definite subject naming one referent."""
    m = _ROLE_SUBJECT.match(sentence)
    return m.group("subj") if m else None
