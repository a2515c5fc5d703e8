"""The verdict for one claim from its aligned evidence: supported, contradicted or unverified, with a reason.

``decide`` aligns the claim with its retrieved passages (:mod:`factcheck.align`) and applies the
verdict semantics of DESIGN.md:

- **contradicted** when a passage about the claim's subject states a value, unit, currency,
  date, name in the same role or polarity incompatible with the claim's, and no passage at
  least as much about the subject states the claim's;
- **supported** when every checkable part of the claim (quantities, dates, scores, names,
  polarity, relations) is matched by passages about its subject, and those passages restate
  enough of the claim's words (numbers alone do not make a paraphrase);
- **unverified** otherwise, saying which case: no relevant passage; relevant passages that do
  not mention the claimed quantity (or name, or wording); or conflicting evidence, with both
  sides listed.

A claim with several facts is contradicted when one clashes, supported only when all match; its
facts may be matched in different passages.

The learned verifier (:mod:`factcheck.verifier`), when given and ``settings.use_verifier`` is on,
is one more signal, asked only where its answer could change the verdict (at most
``verifier_top`` passages as their evidence windows, and alone the ``verifier_sentences``
sentences of the retrieved passages that share most of the claim's words, the most decisive
premise speaking for its passage): it can turn an unsure (unverified) claim that no rule clashes with and
whose numbers are not missing into supported or contradicted when it is confident
(``verifier_entail``, ``verifier_contradict``) — with ``verifier_unaligned`` also a claim whose
passages the rules could not place on its subject, if no claimed name is missing from them — and
overrules a support that rests on wording alone when it contradicts it (``verifier_veto``): the
claim becomes contradicted (``verifier_refutes``) or else unverified. It makes no claim that gives
more than ``verifier_refute_max_names`` names contradicted: a relation among names is the rules' to
check, and a name it cannot place reads to it as a contradiction. Numeric, unit, date and name
clashes found by the rules always decide contradiction, a claimed figure the evidence does
not state stays unverified, a comparison of two facts the rules could not compute ("more than a
year after", "twice as much as") stays unverified, and a relation they computed is never
overruled. The reason says when the verifier tipped a verdict, and each scored
passage carries a ``verifier`` part with the three probabilities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from factcheck.align import (
    OPENER,
    OTHER_SUBJECT,
    ClaimAnalysis,
    align_passage,
    align_relations,
    analyse_claim,
    claimed_relation,
    clause_statements,
    compare_values,
    content_coverage,
    entity_present,
    figure_of_another,
    has_day,
    name_stems,
    name_vocab,
    parse_passage_text,
    passage_coverage,
    stated_content,
    statement,
    title_parts,
    title_referents,
    tokenize,
)
from factcheck.models import (
    AlignedPart,
    Claim,
    ClaimVerdict,
    Evidence,
    Hit,
    PartStatus,
    QuantityKind,
    Stance,
    Verdict,
)
from factcheck.settings import Settings

__all__ = ["decide", "aggregate"]

_CHECKABLE = ("quantity", "date", "entity", "polarity", "relation", "quote")


@dataclass
class _Aligned:
    evidence: Evidence
    rank: int
    coverage: float
    relevant: bool
    strength: float  # how much the passage is about the claim's subject
    # words the passage states beyond its text: the claim's pronoun's referent, when the passage
    # or its title names it (:func:`_with_referent`)
    also_stated: frozenset[str] = frozenset()


@dataclass
class _PartView:
    kind: str
    claim_text: str
    matched: list[tuple[_Aligned, AlignedPart]] = field(default_factory=list)
    mismatched: list[tuple[_Aligned, AlignedPart]] = field(default_factory=list)


@dataclass(frozen=True)
class Decision:
    """The rules' answer before the verifier and before formatting."""

    verdict: Verdict
    case: str  # supported / contradicted / no_relevant / missing_part / missing_detail / low_coverage / conflict
    deciding: tuple[int, ...]  # indexes of the deciding evidence
    notes: tuple[str, ...]
    coverage: float
    missing: tuple[str, ...] = ()


def _strength(parts: Sequence[AlignedPart], coverage: float, similarity: float) -> float:
    matched_names = sum(1 for p in parts if p.kind == "entity" and p.status is PartStatus.MATCHED)
    matched_facts = sum(1 for p in parts if p.kind in ("quantity", "date") and p.status is PartStatus.MATCHED)
    return coverage + 0.5 * matched_names + 0.25 * matched_facts + 0.5 * similarity


def _about_subject(
    parts: Sequence[AlignedPart],
    coverage: float,
    similarity: float,
    s: Settings,
    days: frozenset[str] = frozenset(),
    referent: bool = False,
) -> bool:
    """Whether a passage is about the claim's subject. ``days``: the claim's dates given to the day
    and year (their texts); ``referent``: the passage names what the claim's opening pronoun
    stands for in the draft (:func:`_pronoun_referent`), which counts as a name it shares."""
    names = [p for p in parts if p.kind == "entity"]
    # A long passage can sit below the similarity floor while one of its sentences restates the
    # claim: it still counts when it names every claimed name and states most of its words.
    if similarity < s.min_similarity and not _restates(
        coverage, {p.claim_text for p in names}, _matched_names(parts), similarity, s
    ):
        return False
    if any(p.note.startswith(OTHER_SUBJECT) for p in names):
        return False
    if names or referent:
        # A claim that names things is about them: a passage naming none of them is about
        # something else, however many words it shares.
        matched = sum(1 for p in names if p.status is PartStatus.MATCHED) + int(referent)
        if not matched:
            # ... unless it gives the claim's day and another of its figures: that is the claim's
            # event, whoever the passage says took part ("delivered the final 747 ... on 31 January
            # 2023" for a claim naming another buyer)
            day = any(p.kind == "date" and p.status is PartStatus.MATCHED and p.claim_text in days for p in parts)
            figures = sum(1 for p in parts if p.kind in ("quantity", "date") and p.status is PartStatus.MATCHED)
            # ... or two of its figures that are no dates ("3.61 million households and a response
            # rate of more than 94%" for a claim naming the country the census is of)
            amounts = sum(1 for p in parts if p.kind == "quantity" and p.status is PartStatus.MATCHED)
            matched = int((day and figures >= 2) or amounts >= 2)
        return matched >= 1 and coverage >= s.subject_min_coverage / 2
    return coverage >= s.subject_min_coverage


# A claim opening with a pronoun: "It runs for more than 8,000 feet ...", "He was released ...".
_PRONOUN_OPENER = re.compile(r"(?:It|Its|He|His|She|Her|They|Their)\s+(?=\w)")


def _pronoun_referent(claim: Claim) -> str | None:
    """The name extraction resolved the claim's opening pronoun to from the draft ("It" as "Millau
    Viaduct", read off the retrieval query), None when the claim opens with none or it was not
    resolved. It says which passages are about the claim's subject; the claim's parts are still
    checked as written, so a wrong resolution costs a verdict no clash."""
    m = _PRONOUN_OPENER.match(claim.text)
    q = claim.query
    if m is None or not q or q == claim.text:
        return None
    rest = claim.text[m.end() :]
    if not q.endswith(rest) or len(q) <= len(rest):
        return None
    name = re.sub(r"['’]s\s*$", "", q[: len(q) - len(rest)]).strip()
    return name or None


def _with_referent(analysis: ClaimAnalysis, referent: str | None) -> ClaimAnalysis:
    """The claim's words for coverage with its pronoun's referent among them: "It runs for 8,000
    feet" says so of the Millau Viaduct, and a passage naming the viaduct states those words. Only
    the share of words stated changes; names, figures and relations are checked as written."""
    if referent is None:
        return analysis
    stems = frozenset(t.stem for t in tokenize(referent) if t.content)
    if stems <= analysis.sent.content:
        return analysis
    return replace(analysis, sent=replace(analysis.sent, content=analysis.sent.content | stems, memo={}))


def _restates(coverage: float, names: set[str], matched: set[str], similarity: float, s: Settings) -> bool:
    """Whether a passage restates a statement whatever its similarity: most of its words
    (``subject_lexical_coverage``), every name it gives, a similarity above a low floor."""
    return (
        bool(names)
        and names <= matched
        and coverage >= s.subject_lexical_coverage
        and similarity >= s.subject_lexical_similarity
    )


def _matched_names(parts: Sequence[AlignedPart]) -> set[str]:
    return {p.claim_text for p in parts if p.kind == "entity" and p.status is PartStatus.MATCHED}


def _states_clause(clause: str, parts: Sequence[AlignedPart], sents: Sequence[Any], similarity: float, s: Settings) -> bool:
    """A passage that restates a fact the claim gives in a relative clause is about the claim's
    subject, whatever it says of the rest."""
    analysis = analyse_claim(Claim(id="clause", text=clause))
    names = {e.text for e in analysis.sent.entities}
    coverage = passage_coverage(analysis, sents)
    if not names and analysis.quantities:
        # a clause naming nothing ("a record field of more than 31,000 runners finished"): most of
        # its words, and a figure of the passage for each of its own, the same value or of the same measure
        return (
            coverage >= s.subject_lexical_coverage
            and similarity >= s.subject_lexical_similarity
            and all(
                any(
                    (same := compare_values(q, pq, s)) is True or (same is False and q.measure is not None and q.measure == pq.measure)
                    for x in sents
                    for pq in x.quantities
                )
                for q in analysis.quantities
            )
        )
    return _restates(coverage, names, _matched_names(parts), similarity, s)


def _subject_head(analysis: ClaimAnalysis) -> str | None:
    """The stem of an unnamed subject's head word ("summit" in "The summit was held ..."), None
    when the claim opens with a name or with no noun phrase before its verb."""
    tokens = analysis.sent.tokens
    spans = [(e.start, e.end) for e in analysis.sent.entities]
    head = None
    for t in tokens[:4]:
        if any(a <= t.start < b for a, b in spans):
            return None
        if t.norm in _SUBJECT_END:
            break
        if t.content:
            head = t.stem
    return head


_SUBJECT_END = frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
     "did", "does", "do", "of", "in", "on", "at", "for", "to", "with", "by", "that", "which", "who"]
)  # fmt: skip


def _with_clause_figures(ev: Evidence, clause: str, hit: Hit, s: Settings) -> Evidence:
    """The clause's numbers and dates as the passage that restates the clause binds them: within
    the whole claim, their neighbours are the main clause's words ("since 2019, said in March"),
    so a passage giving another year for the clause's fact would not bind as a clash."""
    own = align_passage(Claim(id="clause", text=clause), hit.passage, similarity=hit.similarity, settings=s)
    # (a passage figure another of the claim's figures matches is that one's: "who founded Norcom in
    # 1998, stepped down in 2021" against "stepped down in 2021" is no clash of 1998 with 2021)
    taken = {p.evidence_text for p in ev.parts if p.kind in ("quantity", "date") and p.status is PartStatus.MATCHED}
    decided = {
        (p.kind, p.claim_text): p
        for p in own.parts
        if p.kind in ("quantity", "date")
        and p.status is not PartStatus.MISSING
        and not (p.status is PartStatus.MISMATCHED and p.evidence_text in taken)
    }
    if not decided:
        return ev
    parts = tuple(decided.get((p.kind, p.claim_text), p) for p in ev.parts)
    if parts == ev.parts:
        return ev
    clash = any(p.status is PartStatus.MISMATCHED for p in parts)
    stance = Stance.CONTRADICTS if clash else ev.stance
    return ev.model_copy(update={"parts": parts, "stance": stance})


def _names_the_subject(a: _Aligned, subjects: frozenset[str] | None) -> bool:
    """The passage names one of the names the claim says its figure of, or there are none."""
    return not subjects or any(
        p.kind == "entity" and p.claim_text in subjects and p.status is PartStatus.MATCHED for p in a.evidence.parts
    )


def aggregate(analysis: ClaimAnalysis, aligned: Sequence[_Aligned], s: Settings) -> Decision:
    """The rules' verdict over all aligned passages."""
    relevant = [a for a in aligned if a.relevant]
    if not relevant:
        return Decision(
            Verdict.UNVERIFIED, "no_relevant", (), ("no retrieved passage is about the claim's subject",), 0.0
        )
    views: dict[tuple[str, str], _PartView] = {}
    # the names a figure is said of: the claim's names before it ("Netflix's plan costs $6.99",
    # "..., and the Chiefs won their second straight title")
    said_of = [e for e in analysis.sent.entities if e.label != OPENER]
    # (not a name of a clause before the figure's: "X won the race as a record field of more than
    # 31,000 runners finished")
    subjects = {
        q.text: frozenset(
            e.text for e in said_of if e.end <= q.start and not _CLAUSE_BETWEEN.search(analysis.sent.text, e.end, q.start)
        )
        for q in analysis.quantities
    }
    full_dates = {q.text for q in analysis.quantities if has_day(q)}
    for a in relevant:
        for p in a.evidence.parts:
            if p.kind not in _CHECKABLE:
                continue
            key = (p.kind, p.claim_text)
            view = views.setdefault(key, _PartView(p.kind, p.claim_text))
            if p.status is PartStatus.MATCHED:
                if p.kind == "quantity" and not _names_the_subject(a, subjects.get(p.claim_text)):
                    continue  # "$6.99 a month" from a passage naming none of the claim's names is another's price
                view.matched.append((a, p))
            elif p.status is PartStatus.MISMATCHED:
                view.mismatched.append((a, p))
    # Clashes that stand: the clashing passage is at least as much about the subject as any
    # passage matching the same part.
    clashes: list[tuple[_Aligned, AlignedPart]] = []
    conflicts: list[tuple[tuple[_Aligned, AlignedPart], tuple[_Aligned, AlignedPart]]] = []

    def weight(a: _Aligned, key: tuple[str, str]) -> float:
        # A passage that also matches the claim's other facts (its date, its names) is about
        # the claim's event; one that matches only this part may be about another event.
        anchors = sum(
            (2.0 if p.kind == "date" else 1.0)
            for p in a.evidence.parts
            if p.status is PartStatus.MATCHED and p.kind in _CHECKABLE and (p.kind, p.claim_text) != key
        )
        return a.strength + s.anchor_weight * anchors

    for key, view in views.items():
        # A window of a document that shows the clashing figure and still matches the claim's
        # overrules the window that clashes only for want of the sentence that states it; so does
        # one as much about the claim as the clashing window: a document that states the claim's
        # figure gives its other figures to other facts ("arrested on 12 October 2019", "flown to
        # New York on 30 July 2020").
        view.mismatched = [
            (a, p)
            for a, p in view.mismatched
            if not (
                p.kind in ("quantity", "date")
                and p.evidence_text
                and any(
                    m.evidence.passage.doc_id == a.evidence.passage.doc_id
                    and m.evidence.passage.id != a.evidence.passage.id
                    and (p.evidence_text in m.evidence.passage.text or weight(m, key) >= weight(a, key))
                    for m, _ in view.matched
                )
            )
        ]
        if view.matched and key[0] == "date" and key[1] in full_dates:
            # a full date found as given outweighs a bare year elsewhere, another event's
            view.mismatched = [(a, p) for a, p in view.mismatched if not re.fullmatch(r"\d{4}", (p.evidence_text or "").strip())]
        if not view.mismatched:
            continue
        worst = max(view.mismatched, key=lambda x: weight(x[0], key))
        if not view.matched:
            clashes.append(worst)
            continue
        best = max(view.matched, key=lambda x: weight(x[0], key))
        w_clash, w_match = weight(worst[0], key), weight(best[0], key)
        if w_clash > w_match + s.conflict_margin:
            clashes.append(worst)
        elif w_match <= w_clash + s.conflict_margin:
            conflicts.append((best, worst))
    best_cov = max(a.coverage for a in relevant)
    if clashes:
        ranked = sorted(clashes, key=lambda x: -x[0].strength)
        deciding = tuple(dict.fromkeys(aligned.index(a) for a, _ in ranked))
        notes = tuple(dict.fromkeys(f"{p.note} ({a.evidence.passage.id})" for a, p in ranked))
        return Decision(Verdict.CONTRADICTED, "contradicted", deciding, notes, best_cov)
    if conflicts:
        deciding = tuple(dict.fromkeys(aligned.index(x[0]) for pair in conflicts for x in pair))
        notes = tuple(
            f"{m[1].claim_text}: {m[1].note} ({m[0].evidence.passage.id}) but {w[1].note} ({w[0].evidence.passage.id})"
            for m, w in conflicts
        )
        return Decision(Verdict.UNVERIFIED, "conflict", deciding, notes, best_cov)
    keys = set(views)
    unmatched = [v for k, v in views.items() if not v.matched]
    what = claimed_relation(analysis)
    if what is not None and not any(v.kind == "relation" and v.matched for v in views.values()):
        strongest = sorted(relevant, key=lambda a: -a.strength)[:1]
        return Decision(
            Verdict.UNVERIFIED,
            "missing_part",
            tuple(aligned.index(a) for a in strongest),
            (f"they do not give the facts to check {what}",),
            best_cov,
            (what,),
        )
    claim_keys = _claim_part_keys(aligned, analysis)
    missing_keys = [k for k in claim_keys if k not in keys or not views[k].matched]
    if missing_keys or unmatched:
        # (and the parts no passage matched: "a record" that none says)
        names = tuple(dict.fromkeys([k[1] for k in missing_keys] + [k[1] for k, v in views.items() if not v.matched]))
        nums = [k for k in missing_keys if k[0] in ("quantity", "date")]
        case = "missing_part" if nums else "missing_detail"
        notes = (f"missing from them: {', '.join(names)}",)
        deciding = tuple(aligned.index(a) for a in sorted(relevant, key=lambda a: -a.strength)[:1])
        return Decision(Verdict.UNVERIFIED, case, deciding, notes, best_cov, names)
    # Every checkable part matched somewhere: enough of the claim's words must be stated too.
    supporters = sorted({id(a): a for v in views.values() for a, _ in v.matched}.values(), key=lambda a: -a.strength)
    if not supporters:
        supporters = sorted(relevant, key=lambda a: -a.strength)[:1]
    titles = title_parts(analysis)
    # a title the evidence gives the name in its own words ("chief executive" for "CEO") is stated
    also = frozenset().union(
        *(a.also_stated for a in supporters),
        *({t.stem for t in tokenize(k[1])} for k, v in views.items() if k[0] == "relation" and k[1] in titles and v.matched),
    )
    union_cov = content_coverage(
        analysis.sent.content,
        stated_content(analysis, tuple(x for a in supporters for x in parse_passage_text(a.evidence.passage.text))) | also,
    )
    facts = any(k[0] in ("quantity", "date") or (k[0] == "relation" and k[1] not in titles) for k in views)
    if facts:
        need = s.support_min_coverage_facts
    elif views:
        need = s.support_min_coverage
    else:
        need = s.support_min_coverage + s.no_parts_coverage_bonus
    # Without a matched number, date or relation, the names give the subject and the other words
    # the statement: those must be stated too ("Keel also designed the city hall" is not
    # supported by a passage naming Keel and the city).
    predicate = analysis.sent.content - name_stems(analysis)
    stated_by = [stated_content(analysis, parse_passage_text(a.evidence.passage.text)) for a in supporters]
    stated = also.union(*stated_by)
    # (a year that only dates the subject, "the 2023 breach", states nothing of what it did: the
    # rest of the claim must be stated as if no figure were given)
    only_dates = (
        facts
        and not any(k[0] in ("quantity", "relation") for k in views)
        and all(_ATTRIBUTIVE_YEAR.match(analysis.sent.text, q.end) for q in analysis.quantities)
    )
    predicate_ok = (
        (facts and not only_dates) or not predicate or content_coverage(predicate, stated) >= s.support_min_predicate
    )
    if facts and predicate_ok:
        # ... and with a figure matched, a second statement the claim joins to it ("..., and will
        # finance the deal with new bank loans") must be stated too: the figure checks the first
        each = [
            (own, frozenset(p.claim_text for p in a.evidence.parts if p.status is PartStatus.MATCHED))
            for own, a in zip(stated_by, supporters, strict=True)
        ]
        unstated = _unstated_clause(analysis, stated, s, each)
        if unstated is not None:
            deciding = tuple(aligned.index(a) for a in supporters[:1])
            return Decision(
                Verdict.UNVERIFIED, "low_coverage", deciding, (f"they do not state this part of the claim: \"{unstated}\"",), union_cov
            )
    # ... and what it is about: an unnamed subject's head word ("The summit was held at Orly")
    # must be stated too, or the passage says it of something else.
    if not facts and predicate_ok:
        head = _subject_head(analysis)
        predicate_ok = head is None or head in stated
    if not facts and predicate_ok:
        # ... and a relation between names ("the Kessel Bridge was designed by Marta Kovac") needs
        # one passage naming them all: two passages naming one each say nothing of the relation.
        proper = {e.text for e in analysis.sent.entities if e.label != OPENER and not _DESCRIPTIVE_NAME.match(e.text)}
        named = {k for k, v in views.items() if k[0] == "entity" and v.matched and k[1] in proper}
        if len(named) >= 2:
            predicate_ok = any(
                named <= {(p.kind, p.claim_text) for p in a.evidence.parts if p.status is PartStatus.MATCHED}
                for a in supporters
            )
    if union_cov >= need and max(a.coverage for a in supporters) >= need - 0.15 and predicate_ok:
        # Each part is cited from the passage that matches most of the claim's parts (the first
        # by rank on a tie), so the reason names as few passages as give the whole claim. These
        # are the deciding passages: one that only repeats a name another gives is context.
        def matched_parts(a: _Aligned) -> int:
            return sum(1 for p in a.evidence.parts if p.status is PartStatus.MATCHED and p.kind in _CHECKABLE)

        chosen = [max(v.matched, key=lambda x: matched_parts(x[0])) for v in views.values() if v.matched]
        # (a capitalised opener that may not be a name, "Former" or "Retail", goes unsaid)
        openers = {e.text for e in analysis.sent.entities if e.label == OPENER}
        said = [(a, p) for a, p in chosen if not (p.kind == "entity" and p.claim_text in openers)] or chosen
        notes = tuple(dict.fromkeys(f"{p.note} ({a.evidence.passage.id})" for a, p in said))
        cited = [a for a, _ in chosen]
        if not facts:
            # Without a figure the support rests on wording: say how much of it the passage states.
            wording = max(supporters, key=lambda a: a.coverage)
            notes += (
                f"the passage states {round(100 * wording.coverage)}% of the claim's words ({wording.evidence.passage.id})",
            )
            cited.append(wording)
        deciding = tuple(dict.fromkeys(aligned.index(a) for a in sorted(cited, key=lambda a: -a.strength)))
        return Decision(Verdict.SUPPORTED, "supported", deciding, notes, union_cov)
    deciding = tuple(aligned.index(a) for a in supporters[:1])
    absent = analysis.sent.content - stated
    # The claim's own words, in its order, not their stems ("became", not "becom").
    words = list(dict.fromkeys(
        analysis.sent.text[t.start : t.end] for t in analysis.sent.tokens if t.content and t.stem in absent
    ))
    return Decision(
        Verdict.UNVERIFIED,
        "low_coverage",
        deciding,
        (f"the claim's words they lack: {', '.join(words[:6])}" if words else "they do not state its relation",),
        union_cov,
    )


# A second statement joined to the first: ", and will finance", "and said it would", "and was built by"
_SECOND_CLAUSE = re.compile(
    r",?\s+and\s+(?=(?:will|would|said|says|say|was|were|is|are|has|have|had|plans?|planned|later|also|then|"
    r"lost|won|took|made|paid|sold|left|gave|got|went|began|fell|rose|kept|held|met|ran|told|brought|bought|that)\b|"
    r"[a-z]{3,}ed\b)",
)


# a subordinate clause with a subject of its own ("as a record field ...", "while the average ...")
_CLAUSE_BETWEEN = re.compile(r"\b(?:as|while|whereas|when|because|after|before)\s+(?:a|an|the)\s", re.I)
# a date used as an adjective, before its noun: "the 2023 breach", "the March 2024 walkout"
_ATTRIBUTIVE_YEAR = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|of|for|by|from|with|when|after|before|was|were|is|are|had|has|that|which|"
    r"who|as|than|but|until|while)\b)[a-z][a-z-]+\b"
)


# a cause or occasion the claim adds: "was arrested on Jan 9 after auditors flagged missing funds"
_CAUSE_CLAUSE = re.compile(
    r"\s+(?:after|because\s+of|because|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)due\s+to|following|as\s+a\s+result\s+of|thanks\s+to|"
    # ("was driven by bird flu culls", "blamed on a faulty valve")
    r"(?:was|were|is|are|been)\s+(?:driven|caused|fuelled|fueled|triggered|prompted|sparked|started|ignited)\s+by|blamed\s+on)\s+(?=\S)"
)
_CLAUSE_END = re.compile(r",|;|\s+and\s+")
_REPORTED_PLAN = re.compile(
    r"\b(?:said|says|say|announced|told\s+\w+)\s+(?:that\s+)?(?:they|it|he|she|we)\s+"
    r"(?P<aux>would|will|planned\s+to|plans?\s+to|intends?\s+to|intended\s+to)\s+(?P<verb>[a-z]+)\b"
)
_ON_A_DATE = re.compile(r"\s+(?:on|in)\s+")
_SUBORDINATE = re.compile(r"[,;:]|\b(?:because|though|although|but|while|whereas|after|before|since|when|if|unless|as)\b", re.I)
_COMPARED = re.compile(r"\b(?:than|twice|times|doubled|tripled|trebled|halved|as\s+\w+\s+as)\b", re.I)
_MAIN_AUX = re.compile(r"\s(?:will|would|(?:had|has|have)(?:\s+been)?|was|were|is|are)\s+(?=[a-z])")


# a relative clause set off by commas, then the main clause: "X, which ... , is expected to"
_RELATIVE_THEN_MAIN = re.compile(r",\s+(?:who|which|whose)\b[^,;]*,\s+(?=[a-z])")


def _unstated_clause(
    analysis: ClaimAnalysis,
    stated: frozenset[str],
    s: Settings,
    each: Sequence[tuple[frozenset[str], frozenset[str]]] = (),
) -> str | None:
    """The words of a second statement of the claim ("and said it would seek compensation from the
    contractor") that holds none of its figures, when the passages state under half of them.
    ``each``: every supporting passage's stated words and the claim parts it matched; a cause
    ("because of the nurses' strike") must be stated by a passage that states the figures it
    explains, or the passages say nothing of the one causing the other."""
    text = analysis.sent.text
    figures = [*analysis.quantities, *([analysis.interval] if analysis.interval is not None else [])]
    # "Kessel, which still needs clearance from regulators, is expected to complete by June": the
    # figures and names a relative clause states do not state the main clause after it
    spans = [(m.end(), len(text)) for m in (_SECOND_CLAUSE.search(text), _RELATIVE_THEN_MAIN.search(text)) if m is not None]
    # "The six ships Kessel Line ordered from Varn will run on methanol": what the claim says of
    # its subject after the last auxiliary, where the figures all come before it
    tail = next(reversed(list(_MAIN_AUX.finditer(text))), None)
    # (in the main clause, not after "because" or "though"; a comparison, "twice as wide as",
    # "almost doubled", is checked as a figure)
    if tail is not None and tail.start() > 0 and not _SUBORDINATE.search(text[: tail.start()]) and not _COMPARED.search(text[tail.end() :]):
        stop = _CLAUSE_END.search(text, tail.end())
        end = stop.start() if stop is not None else len(text)
        words = _span_words(analysis, tail.end(), end)
        if len(words) >= 2 and not words & stated and not any(q.end > tail.end() for q in figures):
            return text[tail.end() : end].rstrip(" .")
    # "Keld's lawyers said they would appeal the eight-year sentence": a plan someone states, which
    # a passage giving the sentence does not; its verb must be stated
    plan = _REPORTED_PLAN.search(text)
    verb = next((t for t in analysis.sent.tokens if t.start == plan.start("verb")), None) if plan is not None else None
    if plan is not None and verb is not None and verb.content and verb.stem not in stated:
        return text[plan.start("aux") : plan.end("verb")]
    cause = _CAUSE_CLAUSE.search(text)
    if cause is not None:  # (up to the next clause: "after being exposed to measles, and ...")
        stop = _CLAUSE_END.search(text, cause.end())
        end = stop.start() if stop is not None else len(text)
        # (a date after the cause dates the claim's event, and is checked as such: "was started by
        # a discarded cigarette on 3 August")
        dated = next((m for m in _ON_A_DATE.finditer(text, cause.end(), end)
                      if any(q.kind is QuantityKind.DATE and q.start == m.end() for q in figures)), None)
        spans.append((cause.end(), dated.start() if dated is not None else end))
    for start, end in sorted(spans):
        # (a date after a cause's span dates the event: "was started by a discarded cigarette on 3 August")
        after_cause = cause is not None and start == cause.end()
        if any(q.end > start and (q.start < end or q.kind is not QuantityKind.DATE or not after_cause) for q in figures):
            continue  # its own figure, or the interval it states, is checked as such ("shortly after 2 p.m.")
        words = _span_words(analysis, start, end)
        if len(words) < 2:
            continue
        # (not a time, "a week after the main quake", which two passages may give between them)
        causal = after_cause and cause is not None and not re.match(r"\s+(?:after|following)\b", cause.group())
        explained = {q.text for q in figures if q.end <= start} if causal else set()
        if explained and each:
            # (one passage stating both the figures and the cause: two passages, one stating
            # each, do not say that one caused the other)
            if any(content_coverage(words, own) >= s.support_min_predicate and explained & matched for own, matched in each):
                continue
        elif content_coverage(words, stated) >= s.support_min_predicate:
            continue
        return text[start:end].rstrip(" .")
    return None


def _span_words(analysis: ClaimAnalysis, start: int, end: int) -> frozenset[str]:
    """The content stems of the claim between ``start`` and ``end``, its names left out."""
    return frozenset(t.stem for t in analysis.sent.tokens if start <= t.start < end and t.content) - name_stems(analysis)


# Capitalised words that describe rather than name ("Chinese", "II", "IV"): no relation between them.
_DESCRIPTIVE_NAME = re.compile(r"^(?:[IVXLC]+|[A-Z][a-z]+(?:an|ese|ish|ic|i|ch))$")


def _claim_part_keys(aligned: Sequence[_Aligned], analysis: ClaimAnalysis) -> list[tuple[str, str]]:
    """The claim's checkable parts: quantity, date and name parts appear in every alignment. A word
    that may be a name only by its place (an opener) is not one a passage must give."""
    optional = {e.text for e in analysis.sent.entities if e.label == OPENER}
    keys: dict[tuple[str, str], None] = {}
    for a in aligned:
        for p in a.evidence.parts:
            if p.kind in ("quantity", "date", "entity") and not (p.kind == "entity" and p.claim_text in optional):
                keys[(p.kind, p.claim_text)] = None
    return list(keys)


def _align_all(claim: Claim, hits: Sequence[Hit], s: Settings) -> list[_Aligned]:
    analysis = analyse_claim(claim)
    clauses = clause_statements(claim.text)  # as retrieval searched for them
    # the claim's dates given to the day and year ("31 January 2023")
    days = frozenset(q.text for q in analysis.quantities if has_day(q) and str(q.value)[:1].isdigit())
    referent = _pronoun_referent(claim)
    covered = _with_referent(analysis, referent)
    referent_stems = covered.sent.content - analysis.sent.content
    out = []
    # retrieval appends a passage for each clause statement beyond the align_candidates
    for hit in sorted(hits, key=lambda h: h.rank)[: s.align_candidates + len(clauses)]:
        ev = align_passage(claim, hit.passage, similarity=hit.similarity, settings=s)
        sents = parse_passage_text(hit.passage.text)
        named = referent is not None and entity_present(referent, name_vocab(f"{hit.passage.title}. {hit.passage.text}"))
        also = referent_stems if named else frozenset()
        cov = content_coverage(covered.sent.content, stated_content(covered, sents) | also)
        relevant = _about_subject(ev.parts, cov, hit.similarity, s, days, named)
        for clause in clauses:
            if _states_clause(clause, ev.parts, sents, hit.similarity, s):
                relevant = True
                ev = _with_clause_figures(ev, clause, hit, s)
        if not relevant and ev.stance is not Stance.NEUTRAL:
            ev = ev.model_copy(update={"stance": Stance.NEUTRAL})
        out.append(_Aligned(ev, hit.rank, cov, relevant, _strength(ev.parts, cov, hit.similarity), also))
    _relations_across(analysis, out, s)
    _figure_of_another_across(analysis, out, s)
    return out


def _figure_of_another_across(analysis: ClaimAnalysis, aligned: list[_Aligned], s: Settings) -> None:
    """The claim's figure one passage gives to another name, where another passage names the
    claim's (``figure_of_another``): the clash is recorded on the first, which counts as relevant."""
    if any(p.kind in ("quantity", "money", "count", "measure", "percent") and p.status is PartStatus.MISMATCHED
           for a in aligned if a.relevant for p in a.evidence.parts):
        return
    pool = [a for a in aligned if a.relevant or a.evidence.score >= s.min_similarity + 0.1]
    if len(pool) < 2:
        return
    found = figure_of_another(analysis, [parse_passage_text(a.evidence.passage.text) for a in pool], s)
    if found is None:
        return
    i, part = found
    head = pool[i]
    parts = tuple(p for p in head.evidence.parts if p.claim_text != part.claim_text) + (part,)
    head.evidence = head.evidence.model_copy(update={"parts": parts, "stance": Stance.CONTRADICTS})
    head.relevant = True


def _relations_across(analysis: ClaimAnalysis, aligned: list[_Aligned], s: Settings) -> None:
    """Relations whose two facts sit in different passages ("A stood for 49 years before B",
    "A is larger than B"): checked on the relevant passages together, recorded on the strongest."""
    if analysis.interval is None and not analysis.comparative:
        return
    if any(
        p.kind == "relation" and p.status is not PartStatus.MISSING
        for a in aligned
        if a.relevant
        for p in a.evidence.parts
    ):
        return
    pool = [a for a in aligned if a.relevant or a.evidence.score >= s.min_similarity + 0.1]
    if len(pool) < 2:
        return
    pool = sorted(pool, key=lambda a: -a.strength)[:4]
    per_passage = [(a.evidence.passage, parse_passage_text(a.evidence.passage.text)) for a in pool]
    sents = tuple(x for _, xs in per_passage for x in xs)
    referents: dict[int, frozenset[str]] = {}
    for passage, xs in per_passage:
        referents.update(title_referents(passage.title, xs))
    parts = align_relations(analysis, sents, s, lenient=True, referents=referents)
    parts = [p for p in parts if p.kind == "relation"]
    if not parts:
        return
    ids = ", ".join(a.evidence.passage.id for a in pool)
    parts = [p.model_copy(update={"note": f"{p.note} (passages {ids} together)"}) for p in parts]
    head = pool[0]
    head.evidence = head.evidence.model_copy(update={"parts": head.evidence.parts + tuple(parts)})
    head.relevant = True


def _verifier_probs(
    verifier: Any, claim: Claim, analysis: ClaimAnalysis, aligned: Sequence[_Aligned], s: Settings
) -> dict[int, tuple[float, float, float]]:
    readable = [i for i in range(len(aligned)) if aligned[i].evidence.score >= s.min_similarity or aligned[i].relevant]
    readable = sorted(readable, key=lambda i: -aligned[i].strength)
    if not readable:
        return {}
    order = readable[: s.verifier_top]
    premises = [(i, aligned[i].evidence.quote) for i in order] + _sentence_premises(analysis, aligned, readable, s)
    stated = statement(claim)
    probs = verifier.predict([(text, stated) for _, text in premises])
    rows: dict[int, list[Any]] = {}
    for (i, _), row in zip(premises, probs, strict=True):
        rows.setdefault(i, []).append(row)
    out = {}
    for i, passage_rows in rows.items():
        # The most decisive premise speaks for the passage: a sentence that states the claim (or
        # its opposite) outright, not diluted by its neighbours.
        best = max(passage_rows, key=lambda r: max(float(r[0]), float(r[2])))
        out[i] = (float(best[0]), float(best[1]), float(best[2]))
    return out


def _sentence_premises(
    analysis: ClaimAnalysis, aligned: Sequence[_Aligned], order: Sequence[int], s: Settings
) -> list[tuple[int, str]]:
    """The ``verifier_sentences`` sentences of the passages in ``order`` (those the verifier may
    read, strongest first) that share most of the claim's words, each to be scored alone (unless it
    is a whole evidence window already scored), with its passage."""
    if s.verifier_sentences <= 0:
        return []
    windows = {aligned[i].evidence.quote for i in order[: s.verifier_top]}
    candidates: dict[str, tuple[float, int, int]] = {}
    for rank, i in enumerate(order):
        for sent in parse_passage_text(aligned[i].evidence.passage.text):
            if sent.text not in windows and sent.text not in candidates:
                candidates[sent.text] = (content_coverage(analysis.sent.content, sent.content), -rank, i)
    best = sorted(candidates.items(), key=lambda kv: kv[1][:2], reverse=True)[: s.verifier_sentences]
    return [(i, text) for text, (_, _, i) in best]


def decide(
    claim: Claim,
    hits: Sequence[Hit],
    *,
    settings: Settings | None = None,
    verifier: Any | None = None,
) -> ClaimVerdict:
    """The verdict for ``claim`` from its retrieved ``hits`` (and the verifier's view, if given)."""
    s = settings or Settings()
    analysis = analyse_claim(claim)
    aligned = _align_all(claim, hits, s)
    d = aggregate(_with_referent(analysis, _pronoun_referent(claim)), aligned, s)
    verdict, case, deciding, notes = d.verdict, d.case, d.deciding, d.notes
    tipped = ""
    probs: dict[int, tuple[float, float, float]] = {}
    # Facts the rules compared (numbers, dates): the verifier never overrules those.
    # A negation the rules found on both sides of a relevant passage ("may not leave" / "is
    # forbidden to leave") is such a fact too.
    # A relation the rules computed ("1.4 years after", "larger than") is such a fact too.
    rule_facts = any(
        p.kind in ("quantity", "date")
        or (p.kind in ("polarity", "relation") and p.status is PartStatus.MATCHED and a.relevant)
        for a in aligned
        for p in a.evidence.parts
    )
    # A comparison the rules could not compute ("more than a year after", "twice as much as")
    # is arithmetic, which the verifier cannot do: it stays unverified.
    unsure = (
        verdict is Verdict.UNVERIFIED
        and not _unchecked_comparison(analysis)
        and (case in ("low_coverage", "missing_part", "missing_detail") or (case == "no_relevant" and s.verifier_unaligned))
    )
    wording_only = verdict is Verdict.SUPPORTED and not rule_facts
    # The verifier is asked only where its answer could change the verdict (it costs ~10 ms a pair).
    if verifier is not None and s.use_verifier and aligned and (unsure or wording_only):
        probs = _verifier_probs(verifier, claim, analysis, aligned, s)
    if probs:
        best_e = max(probs, key=lambda i: probs[i][0])
        best_c = max(probs, key=lambda i: probs[i][2])
        pe, pc = probs[best_e][0], probs[best_c][2]
        if unsure:
            # A claimed number or date the passage does not state stays unverified whatever the
            # verifier says: it is weak at numbers.
            def numbers_missing(i: int) -> bool:
                return any(
                    p.kind in ("quantity", "date") and p.status is not PartStatus.MATCHED
                    for p in aligned[i].evidence.parts
                )

            def may_judge(i: int) -> bool:
                # A passage the rules found about the subject; with verifier_unaligned, also one
                # the rules could not place, unless it names someone else or lacks a claimed name.
                if aligned[i].relevant:
                    return True
                return s.verifier_unaligned and not any(
                    p.kind == "entity" and p.status is not PartStatus.MATCHED for p in aligned[i].evidence.parts
                )

            if pe >= s.verifier_entail and pe > pc and may_judge(best_e) and not numbers_missing(best_e):
                verdict, case, deciding = Verdict.SUPPORTED, "supported", (best_e,)
                tipped = f"the verifier finds the claim entailed by {aligned[best_e].evidence.passage.id} (p={pe:.2f})"
            elif (
                pc >= s.verifier_contradict
                and pc > pe
                and may_judge(best_c)
                and not numbers_missing(best_c)
                and _names_the_verifier_may_refute(analysis, s)
            ):
                verdict, case, deciding = Verdict.CONTRADICTED, "contradicted", (best_c,)
                tipped = (
                    f"the verifier finds the claim contradicted by {aligned[best_c].evidence.passage.id} (p={pc:.2f})"
                )
        elif wording_only and pc >= s.verifier_veto and pc > pe and _names_the_verifier_may_refute(analysis, s):
            if s.verifier_refutes:
                verdict, case, deciding = Verdict.CONTRADICTED, "contradicted", (best_c,)
                tipped = (
                    f"the verifier finds the claim contradicted by {aligned[best_c].evidence.passage.id} (p={pc:.2f}), "
                    "over the rules' support on wording alone"
                )
            else:
                verdict, case = Verdict.UNVERIFIED, "verifier_doubt"
                tipped = (
                    f"the verifier finds {aligned[best_c].evidence.passage.id} contradicts the claim (p={pc:.2f}), "
                    "so the rules' support on wording alone is not trusted"
                )
    evidence = _ordered_evidence(aligned, deciding, verdict, probs, s)
    reason = _reason(verdict, case, notes, tipped, d.verdict)
    confidence = _confidence(verdict, case, d, aligned, probs, deciding)
    return ClaimVerdict(claim=claim, verdict=verdict, confidence=confidence, reason=reason, evidence=evidence)


def _names_the_verifier_may_refute(analysis: ClaimAnalysis, s: Settings) -> bool:
    """Whether the claim gives few enough names for the verifier to make it contradicted
    (``verifier_refute_max_names``): "The hospital ship Britannic was sunk in the Kea Channel by a
    mine the submarine U-73 had laid" is a relation among four names, which the rules check."""
    names = {e.text for e in analysis.sent.entities if e.label != OPENER}
    return len(names) <= s.verifier_refute_max_names


# "twice as much as", "three times the size of", "half as long as": a ratio of two figures.
_RATIO_COMPARISON = re.compile(
    r"\b(?:twice|half|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+"
    r"(?:as\s+\w+(?:\s+\w+)?\s+as|the\s+\w+\s+of)\b",
    re.I,
)


def _unchecked_comparison(analysis: ClaimAnalysis) -> bool:
    """Whether the claim compares two facts ("less than a year after", "larger than", "twice as
    much as"): only the rules' arithmetic may settle that, never the verifier's wording."""
    return (
        analysis.interval is not None
        or bool(analysis.comparative)
        or bool(analysis.uncomputed)
        or bool(_RATIO_COMPARISON.search(analysis.sent.text))
    )


def _ordered_evidence(
    aligned: Sequence[_Aligned],
    deciding: Sequence[int],
    verdict: Verdict,
    probs: dict[int, tuple[float, float, float]],
    s: Settings,
) -> tuple[Evidence, ...]:
    order = list(dict.fromkeys(list(deciding) + sorted(range(len(aligned)), key=lambda i: aligned[i].rank)))
    out = []
    for i in order[: s.top_k]:
        ev = aligned[i].evidence
        if i in probs:
            pe, pn, pc = probs[i]
            label = max((("entailment", pe), ("neutral", pn), ("contradiction", pc)), key=lambda x: x[1])[0]
            part = AlignedPart(
                kind="verifier",
                status=PartStatus.MATCHED
                if label == "entailment"
                else (PartStatus.MISMATCHED if label == "contradiction" else PartStatus.MISSING),
                claim_text="",
                evidence_text=None,
                note=f"verifier: entailment {pe:.2f}, neutral {pn:.2f}, contradiction {pc:.2f}",
            )
            ev = ev.model_copy(update={"parts": ev.parts + (part,)})
        if i in deciding:
            stance = {Verdict.SUPPORTED: Stance.SUPPORTS, Verdict.CONTRADICTED: Stance.CONTRADICTS}.get(verdict)
            if stance is not None and ev.stance is not stance:
                ev = ev.model_copy(update={"stance": stance})
        elif verdict is Verdict.SUPPORTED and ev.stance is Stance.CONTRADICTS:
            # Its clash was outweighed by passages more about the claim (see aggregate): listed
            # as context, not as a contradiction of a supported claim.
            ev = ev.model_copy(update={"stance": Stance.NEUTRAL})
        out.append(ev)
    return tuple(out)


_CASE_TEXT = {
    "no_relevant": "unverified: no relevant passage",
    "missing_part": "unverified: relevant passages do not mention the claimed quantity",
    "missing_detail": "unverified: relevant passages do not mention part of the claim",
    "low_coverage": "unverified: relevant passages do not state the claim",
    "conflict": "unverified: conflicting evidence",
    "verifier_doubt": "unverified: the rules and the verifier disagree",
}


def _reason(verdict: Verdict, case: str, notes: Sequence[str], tipped: str, rules: Verdict) -> str:
    body = "; ".join(notes[:4])
    if verdict is Verdict.UNVERIFIED:
        head = _CASE_TEXT.get(case, "unverified")
        text = f"{head} — {body}" if body else head
    else:
        text = body or verdict.value
    if tipped:
        if verdict is Verdict.UNVERIFIED:
            text = f"{text}; {tipped}"
        else:
            text = f"{tipped} (rules alone: {rules.value}" + (f" — {body})" if body else ")")
    return text


def _confidence(
    verdict: Verdict,
    case: str,
    d: Decision,
    aligned: Sequence[_Aligned],
    probs: dict[int, tuple[float, float, float]],
    deciding: Sequence[int],
) -> float:
    sim = max((aligned[i].evidence.score for i in deciding), default=0.0)
    if verdict is Verdict.SUPPORTED:
        if case == "supported" and d.verdict is Verdict.SUPPORTED:
            c = 0.55 + 0.3 * min(1.0, d.coverage) + 0.15 * max(0.0, sim)
        else:
            c = 0.5 + 0.4 * max((p[0] for p in probs.values()), default=0.5) * 0.5
    elif verdict is Verdict.CONTRADICTED:
        if d.verdict is Verdict.CONTRADICTED:
            c = 0.6 + 0.05 * min(4, len(d.notes)) + 0.2 * min(1.0, d.coverage)
        else:
            c = 0.5 + 0.2 * max((p[2] for p in probs.values()), default=0.5)
    else:
        c = {"no_relevant": 0.85, "missing_part": 0.65, "missing_detail": 0.65, "conflict": 0.5,
             "low_coverage": 0.55}.get(case, 0.5)
    return float(min(1.0, max(0.0, c)))
