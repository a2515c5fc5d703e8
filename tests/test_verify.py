"""The decision table of ``decide``: which verdict (and which unverified case) each situation gives,
with and without the learned verifier. Facts are invented for these tests."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from factcheck.extract import claim_from_text
from factcheck.models import ClaimVerdict, Hit, PartStatus, Passage, Stance, Verdict
from factcheck.settings import Settings
from factcheck.verify import decide

S = Settings()

VIADUCT = (
    "The Halvorsen Viaduct, which crosses the Tamsel River between Oderby and Kristvik, opened on "
    "14 March 2011. Its main span of 1,204 metres (3,950 feet) is the longest in Norland."
)
VIADUCT_OTHER = "The main span of the Halvorsen Viaduct, which crosses the Tamsel River, is 1,304 metres long."
TOWER_OPENED = "The Orlen Tower in Varsk opened to visitors on 2 May 1931 after four years of work."
TOWER_HEIGHT = "Standing 212 metres tall, the Orlen Tower is the tallest building in Varsk."
UNRELATED = "The Mirelle ferry carries about 400 passengers a day across the Gesson Sound."
BAKERY = "The Dorn bakery on Quay Street was founded by Ada Lenz in 1902 and still bakes rye bread every morning."


def hit(text: str, pid: str, similarity: float, rank: int) -> Hit:
    p = Passage(id=f"{pid}#0", doc_id=pid, text=text, start=0, end=len(text))
    return Hit(passage=p, score=1.0 / (60 + rank), similarity=similarity, rank=rank)


def run(claim: str, hits: Sequence[Hit], settings: Settings = S, verifier: object | None = None) -> ClaimVerdict:
    return decide(claim_from_text(claim, claim_id="c1"), hits, settings=settings, verifier=verifier)


def rules_alone(claim: str, text: str) -> ClaimVerdict:
    """The verdict on ``claim`` against the one passage ``text``, by the rules alone."""
    return run(claim, [hit(text, "p1", 0.8, 1)], settings=Settings(use_verifier=False))


CASES = [
    # (id, claim, [(passage, similarity)], expected verdict, words the reason must contain)
    (
        "all-parts-matched",
        "The Halvorsen Viaduct has a main span of 1,204 metres.",
        [(VIADUCT, 0.8), (UNRELATED, 0.2)],
        Verdict.SUPPORTED,
        ["1,204 metres"],
    ),
    (
        "number-clash",
        "The Halvorsen Viaduct has a main span of 1,500 metres.",
        [(VIADUCT, 0.8)],
        Verdict.CONTRADICTED,
        ["1,500 metres", "1,204 metres"],
    ),
    (
        "date-clash",
        "The Halvorsen Viaduct opened on 14 March 2012.",
        [(VIADUCT, 0.8)],
        Verdict.CONTRADICTED,
        ["14 March 2012"],
    ),
    (
        "name-swap-same-role",
        "The Halvorsen Viaduct crosses the Velta River.",
        [(VIADUCT, 0.8)],
        Verdict.CONTRADICTED,
        ["Velta River", "Tamsel River"],
    ),
    (
        "no-relevant-passage",
        "The Kessel Dam produces 300 megawatts.",
        [(UNRELATED, 0.15), (BAKERY, 0.1)],
        Verdict.UNVERIFIED,
        ["no relevant passage"],
    ),
    (
        "quantity-not-mentioned",
        "The Halvorsen Viaduct cost €410 million to build.",
        [(VIADUCT, 0.8)],
        Verdict.UNVERIFIED,
        ["do not mention the claimed quantity"],
    ),
    (
        "wording-not-stated",
        "The Halvorsen Viaduct is painted bright red every decade.",
        [(VIADUCT, 0.6)],
        Verdict.UNVERIFIED,
        ["unverified"],
    ),
    (
        "wording-named-in-the-claim's-own-words",
        "The Halvorsen Viaduct was praised by travelling architects.",
        [(VIADUCT, 0.7)],
        Verdict.UNVERIFIED,
        ["do not state the claim", "praised, travelling, architects"],
    ),
    (
        "name-not-mentioned",
        "The Halvorsen Viaduct was designed by Ines Marlow.",
        [(VIADUCT, 0.7)],
        Verdict.UNVERIFIED,
        ["do not mention part of the claim", "Ines Marlow"],
    ),
    (
        "conflicting-evidence",
        "The Halvorsen Viaduct has a main span of 1,204 metres.",
        [(VIADUCT, 0.8), (VIADUCT_OTHER, 0.8)],
        Verdict.UNVERIFIED,
        ["conflicting evidence", "1,304 metres"],
    ),
    (
        "multi-fact-two-passages",
        "The Orlen Tower opened in May 1931 and is 212 metres tall.",
        [(TOWER_OPENED, 0.7), (TOWER_HEIGHT, 0.7)],
        Verdict.SUPPORTED,
        ["May 1931", "212 metres"],
    ),
    (
        "multi-fact-one-clash",
        "The Orlen Tower opened in May 1931 and is 250 metres tall.",
        [(TOWER_OPENED, 0.7), (TOWER_HEIGHT, 0.7)],
        Verdict.CONTRADICTED,
        ["250 metres"],
    ),
    (
        "multi-fact-one-missing",
        "The Orlen Tower opened in May 1931 and is 212 metres tall.",
        [(TOWER_OPENED, 0.7)],
        Verdict.UNVERIFIED,
        ["212 metres"],
    ),
    (
        "paraphrase-no-numbers",
        "Ada Lenz founded the Dorn bakery on Quay Street.",
        [(BAKERY, 0.8)],
        Verdict.SUPPORTED,
        ["Ada Lenz"],
    ),
    (
        "name-in-another-slot",
        "The Dorn bakery on Quay Street was bought by Karl Weiss.",
        [(BAKERY, 0.7)],
        Verdict.UNVERIFIED,
        ["Karl Weiss"],
    ),
    (
        "negated-claim",
        "The Dorn bakery on Quay Street does not bake rye bread.",
        [(BAKERY, 0.8)],
        Verdict.CONTRADICTED,
        ["negated"],
    ),
]


@pytest.mark.parametrize(("claim", "passages", "expected", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_decision_table(claim: str, passages: list[tuple[str, float]], expected: Verdict, words: list[str]) -> None:
    hits = [hit(text, f"d{i}", sim, i + 1) for i, (text, sim) in enumerate(passages)]
    v = run(claim, hits)
    assert v.verdict is expected, v.reason
    for w in words:
        assert w in v.reason, v.reason
    assert 0.0 <= v.confidence <= 1.0
    assert len(v.evidence) <= S.top_k


def test_conflict_lists_both_sides() -> None:
    hits = [hit(VIADUCT, "a", 0.8, 1), hit(VIADUCT_OTHER, "b", 0.8, 2)]
    v = run("The Halvorsen Viaduct has a main span of 1,204 metres.", hits)
    assert v.verdict is Verdict.UNVERIFIED
    assert {e.passage.doc_id for e in v.evidence[:2]} == {"a", "b"}
    assert "a#0" in v.reason and "b#0" in v.reason


def test_deciding_evidence_comes_first() -> None:
    hits = [hit(UNRELATED, "u", 0.3, 1), hit(BAKERY, "x", 0.2, 2), hit(VIADUCT, "v", 0.8, 3)]
    v = run("The Halvorsen Viaduct has a main span of 1,500 metres.", hits)
    assert v.verdict is Verdict.CONTRADICTED
    assert v.evidence[0].passage.doc_id == "v"
    assert v.evidence[0].stance is Stance.CONTRADICTS


def test_only_the_passages_the_reason_cites_are_marked_supporting() -> None:
    # The second passage names the viaduct too, but states none of the claim's figures: it is
    # context, not support, and must not be listed as "supports".
    name_only = "The Halvorsen Viaduct is popular with photographers at sunrise."
    hits = [hit(VIADUCT, "v", 0.8, 1), hit(name_only, "n", 0.6, 2)]
    v = run("The Halvorsen Viaduct has a main span of 1,204 metres.", hits)
    assert v.verdict is Verdict.SUPPORTED
    stances = {e.passage.doc_id: e.stance for e in v.evidence}
    assert stances == {"v": Stance.SUPPORTS, "n": Stance.NEUTRAL}
    assert "v#0" in v.reason and "n#0" not in v.reason


def test_an_outweighed_clash_is_not_listed_as_contradicting_a_supported_claim() -> None:
    # The second passage seems to give "Sigrid" where the claim names Lindcraft (a false swap the
    # first passage outweighs with every fact matched): the claim is supported, and the second
    # passage is listed as context, neither supporting nor contradicting.
    profile = (
        "Sigrid Lind is an engineer from Oderby. In 2006 Lind founded Lindcraft, which grew into the "
        "largest design firm in Norland. Her brother, Erik Lind, worked with her on Lindcraft and later "
        "on Halvorsen Labs."
    )
    company = "Halvorsen Labs is a research company founded by the siblings Sigrid and Erik Lind."
    claim = "Lind, who was born in Oderby, founded the design firm Lindcraft in 2006 before starting Halvorsen Labs with her brother Erik."
    v = run(claim, [hit(profile, "p", 0.85, 1), hit(company, "c", 0.5, 2)])
    assert v.verdict is Verdict.SUPPORTED
    other = next(e for e in v.evidence if e.passage.doc_id == "c")
    assert any(p.status.value == "mismatched" for p in other.parts)
    assert other.stance is Stance.NEUTRAL
    assert "c#0" not in v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The passage names Tomas Lind as the designer: Sigrid Lind is a namesake, not named.
        ("The Halvorsen Viaduct, designed by Sigrid Lind, has a main span of 1,204 metres.", Verdict.CONTRADICTED),
        # The surname alone, or the full name, is the person the passage names.
        ("The Halvorsen Viaduct, designed by Lind, has a main span of 1,204 metres.", Verdict.SUPPORTED),
        ("The Halvorsen Viaduct, designed by Tomas Lind, has a main span of 1,204 metres.", Verdict.SUPPORTED),
    ],
)
def test_a_namesake_is_not_the_claimed_person(claim: str, expected: Verdict) -> None:
    designer = "The Halvorsen Viaduct was designed by the engineer Tomas Lind."
    v = run(claim, [hit(VIADUCT, "v", 0.8, 1), hit(designer, "d", 0.6, 2)])
    assert v.verdict is expected, v.reason


TOWERS = "The Orlen Tower replaced the Grand Hotel as the tallest building in Kristvik in 1990."
TOWERS_PASSIVE = "The Grand Hotel was replaced by the Orlen Tower as the tallest building in Kristvik in 1990."


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # Both names and the verb are there, with the roles swapped: contradicted, active or passive.
        ("The Grand Hotel replaced the Orlen Tower as the tallest building in Kristvik.", TOWERS, Verdict.CONTRADICTED),
        ("The Grand Hotel replaced the Orlen Tower as the tallest building in Kristvik.", TOWERS_PASSIVE,
         Verdict.CONTRADICTED),
        ("The Orlen Tower replaced the Grand Hotel as the tallest building in Kristvik.", TOWERS, Verdict.SUPPORTED),
        ("The Orlen Tower replaced the Grand Hotel as the tallest building in Kristvik.", TOWERS_PASSIVE,
         Verdict.SUPPORTED),
        ("The Grand Hotel was replaced by the Orlen Tower as the tallest building in Kristvik.", TOWERS,
         Verdict.SUPPORTED),
        ("Halvik Energy acquired Norrland Power in 2019.", "In 2019 Norrland Power acquired Halvik Energy for €2 billion.",
         Verdict.CONTRADICTED),
        ("Marta Kovac succeeded Jonas Berg as mayor of Orsk.", "Jonas Berg succeeded Marta Kovac as mayor of Orsk in 2016.",
         Verdict.CONTRADICTED),
        # A verb whose sides can swap without changing the fact.
        ("Halvik Energy merged Norrland Power in 2019.", "In 2019 Norrland Power merged Halvik Energy into one firm.",
         Verdict.SUPPORTED),
        ("Marta Kovac met Jonas Berg in Orsk in 2019.", "In 2019 Jonas Berg met Marta Kovac in Orsk.",
         Verdict.SUPPORTED),
    ],
)
def test_two_names_around_a_verb_in_the_other_order_are_a_role_clash(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    if expected is Verdict.CONTRADICTED:
        assert "the other way round" in v.reason


@pytest.mark.parametrize(
    ("claim", "share", "expected", "reason"),
    [
        ("A majority of Orsk residents voted for the harbour plan.", "61%", Verdict.SUPPORTED, "A majority matches 61%"),
        ("A majority of Orsk residents voted for the harbour plan.", "39%", Verdict.CONTRADICTED,
         "the claim says A majority; the evidence says 39%"),
        # the passage's share is not precise enough to confirm an exact figure
        ("61% of Orsk residents voted for the harbour plan.", "a majority", Verdict.UNVERIFIED, "61%"),
    ],
)
def test_a_majority_is_more_than_half(claim: str, share: str, expected: Verdict, reason: str) -> None:
    passage = f"In the referendum of May 2021, {share} of Orsk residents voted for the harbour plan."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


def test_a_hedged_figure_is_quoted_once_in_a_clash() -> None:
    v = run("Over 500 ships used the Orsk harbour in 2019.", [hit("In 2019 the Orsk harbour was used by 410 ships.", "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED
    assert "the claim says Over 500; the evidence says 410" in v.reason


CUSTODY = (
    "After four days in custody, Sigrid Lind was brought before investigating judges in Oderby, who "
    "on 28 August 2024 placed her under formal investigation on six counts."
)


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        ("Lind was held for four days before judges placed her under formal investigation on 28 August.",
         Verdict.SUPPORTED, "four days matches four days"),
        ("Lind was held for less than a week before judges placed her under formal investigation.",
         Verdict.SUPPORTED, "less than a week matches four days"),
        # Another duration settles nothing: a sentence may give durations of other things.
        ("Lind was held for more than a week before judges placed her under formal investigation.",
         Verdict.UNVERIFIED, "more than a week"),
    ],
)
def test_an_interval_stated_as_a_duration(claim: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit(CUSTODY, "p", 0.8, 1)])
    assert v.verdict is expected
    assert reason in v.reason


DAM = "The Tamsel dam was completed in 1968, four years after construction began, and two years before the valley was flooded."


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        ("Construction of the Tamsel dam began in 1964.", Verdict.SUPPORTED, "1964 (1968 − four years)"),
        ("The valley behind the Tamsel dam was flooded in 1970.", Verdict.SUPPORTED, "1970 (1968 + two years)"),
        ("The valley behind the Tamsel dam was flooded in 1975.", Verdict.CONTRADICTED, "1975"),
    ],
)
def test_an_event_dated_from_the_sentence_date(claim: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit(DAM, "d", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Ana Ruiz accepted the Kessler Prize in 2015.", "Ana Ruiz declined the Kessler Prize in 2015.", Verdict.CONTRADICTED),
        ("Ana Ruiz refused the Kessler Prize in 2015.", "Ana Ruiz declined the Kessler Prize in 2015.", Verdict.SUPPORTED),
        ("The Oderby council approved the harbour plan in May 2020.",
         "The Oderby council rejected the harbour plan in May 2020 by nine votes to four.", Verdict.CONTRADICTED),
        ("The ministry confirmed that the Tamsel dam was damaged in the March 2021 floods.",
         "The ministry denied that the Tamsel dam was damaged in the March 2021 floods.", Verdict.CONTRADICTED),
        ("Most Oderby residents opposed the new cycle lanes.",
         "In the 2024 survey, 61% of Oderby residents backed the new cycle lanes.", Verdict.CONTRADICTED),
        # "declined" without an object is a fall, not a refusal.
        ("Ana Ruiz accepted the Kessler Prize in 2015.",
         "Ana Ruiz accepted the Kessler Prize in 2015, and sales of her book declined.", Verdict.SUPPORTED),
        # the accused, the court, the deal, the detained
        ("Ivo Marsh denied the fraud charges.", "Ivo Marsh admitted the fraud charges in court in 2019.", Verdict.CONTRADICTED),
        ("Ivo Marsh admitted the fraud charges.", "Ivo Marsh admitted the fraud charges in court in 2019.", Verdict.SUPPORTED),
        ("The Varsk court upheld Ivo Marsh's conviction.", "The Varsk court overturned Ivo Marsh's conviction in 2019.",
         Verdict.CONTRADICTED),
        ("The Varsk court acquitted Ivo Marsh.", "The Varsk court convicted Ivo Marsh of fraud in 2019.", Verdict.CONTRADICTED),
        ("Norcom's merger with Velto was completed in 2019.", "Norcom's merger with Velto collapsed in 2019.",
         Verdict.CONTRADICTED),
        ("Ivo Marsh was released from custody.", "Ivo Marsh remains in custody in Varsk.", Verdict.CONTRADICTED),
        ("Regulators approved the Norcom-Velto deal.", "Regulators blocked the Norcom-Velto deal in 2019.", Verdict.CONTRADICTED),
    ],
)
def test_verbs_of_opposite_meaning_are_a_negation(claim: str, passage: str, expected: Verdict) -> None:
    assert run(claim, [hit(passage, "p", 0.8, 1)]).verdict is expected


TOWER_1931 = "The Orlen Tower is 212 metres tall. It was designed by Marta Kovac and opened in May 1931."
TOWER_DECADE = "The Orlen Tower opened in the early 1930s."


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("The Orlen Tower opened in the 1930s.", TOWER_1931, Verdict.SUPPORTED),
        ("The Orlen Tower opened in the early 1930s.", TOWER_1931, Verdict.SUPPORTED),
        ("The Orlen Tower opened in the late 1930s.", TOWER_1931, Verdict.CONTRADICTED),
        ("The Orlen Tower opened in the 1920s.", TOWER_1931, Verdict.CONTRADICTED),
        ("The Orlen Tower opened in 1941.", TOWER_DECADE, Verdict.CONTRADICTED),
        # A decade cannot confirm the year.
        ("The Orlen Tower opened in 1931.", TOWER_DECADE, Verdict.UNVERIFIED),
    ],
)
def test_decades(claim: str, passage: str, expected: Verdict) -> None:
    assert run(claim, [hit(passage, "t", 0.8, 1)]).verdict is expected


def test_the_agent_of_a_passive_is_not_the_subject_of_the_next_verb() -> None:
    # "designed by Marta Kovac and opened in May 1931": the tower opened, not Marta Kovac.
    v = run("The Orlen Tower opened in May 1931.", [hit(TOWER_1931, "t", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Velmora Airlines reported a loss in 2023.", Verdict.CONTRADICTED),
        ("Velmora Airlines reported a profit in 2023.", Verdict.SUPPORTED),
    ],
)
def test_a_profit_is_not_a_loss(claim: str, expected: Verdict) -> None:
    passage = "Velmora Airlines carried 14.2 million passengers in 2023 and reported a profit of £312 million."
    assert run(claim, [hit(passage, "v", 0.8, 1)]).verdict is expected


TRIAL = (
    "The drug velorin reduced the risk of stroke by 24% in a trial of 4,100 patients, but it did not "
    "lower mortality."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The negation belongs to the second clause, about mortality.
        ("Velorin reduced stroke risk by 24%.", Verdict.SUPPORTED),
        ("Velorin cut stroke risk by about a quarter.", Verdict.SUPPORTED),
        ("Velorin increased the risk of stroke.", Verdict.CONTRADICTED),
        # The claim restates the negated clause.
        ("Velorin lowered mortality in the trial.", Verdict.CONTRADICTED),
        ("Velorin did not reduce mortality.", Verdict.SUPPORTED),
    ],
)
def test_each_clause_of_a_sentence_keeps_its_own_polarity(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(TRIAL, "t", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Higher coffee intake is associated with a lower risk of type 2 diabetes.", Verdict.SUPPORTED),
        # "type 2" labels the disease: it is no figure that settles whether the risk rose or fell.
        ("Higher coffee intake is associated with a higher risk of type 2 diabetes.", Verdict.CONTRADICTED),
        ("Coffee consumption increases the risk of type 2 diabetes.", Verdict.CONTRADICTED),
    ],
)
def test_a_numbered_kind_does_not_stop_the_direction_rules(claim: str, expected: Verdict) -> None:
    passage = (
        "In a cohort of 12,400 adults, higher coffee intake was associated with a lower risk of type 2 diabetes."
    )
    assert run(claim, [hit(passage, "c", 0.8, 1)]).verdict is expected


CITIES = (
    "Oderby has 412,000 inhabitants, roughly twice as many as Kristvik (205,000), and is the "
    "country's second-largest city after Varsk."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "more <noun> than" compares the figures the passage gives each name, the nearest to it.
        ("Oderby has more inhabitants than Kristvik.", Verdict.SUPPORTED),
        ("Kristvik has more inhabitants than Oderby.", Verdict.CONTRADICTED),
        ("Kristvik has fewer residents than Oderby.", Verdict.SUPPORTED),
        # "population", "inhabitants" and "residents" measure the same thing.
        ("Oderby has a population of about 400,000.", Verdict.SUPPORTED),
        ("Oderby has a population of 4.1 million.", Verdict.CONTRADICTED),
    ],
)
def test_counts_compared_between_two_names(claim: str, expected: Verdict) -> None:
    assert run(claim, [hit(CITIES, "c", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A date is no figure of the change: the direction still has to agree.
        ("The Norland central bank cut its main rate in June 2024.", Verdict.CONTRADICTED),
        ("The Norland central bank raised its main rate by a quarter point in June 2024.", Verdict.SUPPORTED),
        ("The Norland central bank raised its main rate by half a percentage point in June 2024.", Verdict.CONTRADICTED),
    ],
)
def test_a_rate_change(claim: str, expected: Verdict) -> None:
    passage = "The Norland central bank raised its main rate by 0.25 percentage points to 4.5% in June 2024."
    assert run(claim, [hit(passage, "b", 0.8, 1)]).verdict is expected


RALLY = "About 3,000 people attended the rally in Oderby on Saturday, police said. No arrests were made."
BRIDGE_REPORT = "The Tamsel bridge reopened on 3 May 2023. The operator has yet to publish its safety report."


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # The claim's "arrested" is negated in the passage's second sentence, not its first.
        ("Several people were arrested at the rally in Oderby.", RALLY, Verdict.CONTRADICTED),
        ("No one was arrested at the rally in Oderby.", RALLY, Verdict.SUPPORTED),
        # "has yet to" is "has not".
        ("The Tamsel bridge operator has published its safety report.", BRIDGE_REPORT, Verdict.CONTRADICTED),
    ],
)
def test_a_negation_in_another_sentence_of_the_passage(claim: str, passage: str, expected: Verdict) -> None:
    assert run(claim, [hit(passage, "p", 0.8, 1)]).verdict is expected


BUDGET = "The cycling budget of Oderby rose from €8 million in 2020 to €25 million in 2024."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The size of the change is the difference of the two levels, neither level itself.
        ("Oderby's cycling budget rose by €17 million.", Verdict.SUPPORTED),
        ("Oderby's cycling budget rose by €10 million.", Verdict.CONTRADICTED),
        # "rose to" is the second level, "from" the first.
        ("Oderby's cycling budget rose to €25 million.", Verdict.SUPPORTED),
        ("Oderby's cycling budget rose to €30 million.", Verdict.CONTRADICTED),
        ("Oderby's cycling budget rose from €8 million.", Verdict.SUPPORTED),
    ],
)
def test_a_change_between_two_levels(claim: str, expected: Verdict) -> None:
    assert run(claim, [hit(BUDGET, "b", 0.8, 1)]).verdict is expected


SHARE = (
    "In 2024, 34% of Oderby residents cycled to work, up from 16% in 2014. "
    "The city's cycling budget rose from €8 million to €25 million."
)


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # "34%, up from 16%" is a change too; two percentages differ by percentage points.
        ("The share of Oderby residents who cycle to work rose by 18 percentage points.", Verdict.SUPPORTED, "18 pp"),
        ("The share of Oderby residents who cycle to work rose by 25 percentage points.", Verdict.CONTRADICTED, "18 pp"),
        ("The share of Oderby residents who cycle to work more than doubled.", Verdict.SUPPORTED, "×2.12"),
        # The factor is read from the sentence about the budget, not the share before it.
        ("Oderby's cycling budget roughly tripled.", Verdict.SUPPORTED, "×3.12"),
    ],
)
def test_changes_stated_with_up_from(claim: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit(SHARE, "s", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


TRAFFIC = (
    "The Halvorsen Viaduct opened in 2012. In 2019 traffic on the viaduct was 2.4 times its 2012 level, "
    "and the toll was raised three times a year."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "2.4 times its 2012 level" is a factor in figures, compared as "tripled" or "doubled" is.
        ("Traffic on the Halvorsen Viaduct roughly tripled between 2012 and 2019.", Verdict.CONTRADICTED),
        ("Traffic on the Halvorsen Viaduct more than doubled between 2012 and 2019.", Verdict.SUPPORTED),
        ("Traffic on the Halvorsen Viaduct halved between 2012 and 2019.", Verdict.CONTRADICTED),
    ],
)
def test_a_factor_in_figures_is_compared_with_a_factor_word(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(TRAFFIC, "t", 0.8, 1)])
    assert v.verdict is expected, v.reason
    [factor] = [p for e in v.evidence for p in e.parts if p.kind == "relation" and "2.4 times" in p.note]
    assert factor.status.value == ("matched" if expected is Verdict.SUPPORTED else "mismatched")


PROFIT = (
    "Halvik Bank reported a net profit of 412 million kroner for 2023, against 198 million kroner in 2022. "
    "The bank has 1,630 employees."
)


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # "X for 2023, against Y in 2022" gives two levels of one measure, the earlier second
        ("Halvik Bank's net profit roughly tripled in 2023.", Verdict.CONTRADICTED, "×2.08"),
        ("Halvik Bank's net profit roughly doubled in 2023.", Verdict.SUPPORTED, "×2.08"),
        ("Halvik Bank's net profit rose by 214 million kroner in 2023.", Verdict.SUPPORTED, "a change of 214,000,000 NOK"),
        ("Halvik Bank's net profit rose by about 108% in 2023.", Verdict.SUPPORTED, "108.1%"),
        ("Halvik Bank's net profit fell in 2023.", Verdict.CONTRADICTED, "opposite"),
    ],
)
def test_a_level_against_an_earlier_one_is_a_change(claim: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit(PROFIT, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


def test_levels_against_each_other_without_periods_are_no_change() -> None:
    # two figures set against each other, neither dated: a comparison, not a rise
    text = "Halvik Bank has 412 branches, against 198 for its rival Orvik Bank."
    v = run("Halvik Bank's branch count roughly doubled.", [hit(text, "p", 0.8, 1)])
    assert v.verdict is not Verdict.SUPPORTED, v.reason


OVERRUN = "Norland's longest bridge, the Kessel Bridge, cost 4.1 billion kroner, twice the original budget."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Kessel Bridge cost twice its original budget.", Verdict.SUPPORTED),
        ("The Kessel Bridge cost double its original budget.", Verdict.SUPPORTED),
        ("The Kessel Bridge cost three times its original budget.", Verdict.CONTRADICTED),
    ],
)
def test_twice_a_figure_is_a_factor(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(OVERRUN, "b", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Construction of the Marlow Tunnel took about four years.", Verdict.SUPPORTED),
        ("Construction of the Marlow Tunnel took 52 months.", Verdict.SUPPORTED),
        ("Construction of the Marlow Tunnel took roughly a decade.", Verdict.CONTRADICTED),
    ],
)
def test_over_a_span_after_a_noun_is_the_span(claim: str, expected: Verdict) -> None:
    text = "The Marlow Tunnel opened in 2011. Construction employed 2,140 workers over 52 months."
    v = run(claim, [hit(text, "m", 0.8, 1)])
    assert v.verdict is expected, v.reason


MILL_FIRE = "A fire at the Orsk textile mill on 3 May 2021 killed 15 workers and injured 40. The mill employed 1,200 people."


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # A count is compared with the figure of the same event: the killed with 15, the injured with 40.
        ("Twelve workers died in the Orsk mill fire.", Verdict.CONTRADICTED, "Twelve in the claim, 15 in the evidence"),
        ("Sixty workers were injured in the Orsk mill fire.", Verdict.CONTRADICTED, "Sixty in the claim, 40 in the evidence"),
        ("Forty workers were injured in the Orsk mill fire.", Verdict.SUPPORTED, "Forty matches 40"),
        ("The Orsk textile mill employed 1,500 people.", Verdict.CONTRADICTED, "1,500 in the claim, 1,200 in the evidence"),
        # No figure of that event in the passage: not a clash with another event's figure.
        ("200 workers were evacuated from the Orsk textile mill.", Verdict.UNVERIFIED, "200"),
    ],
)
def test_a_count_is_compared_with_the_figure_of_the_same_event(claim: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit(MILL_FIRE, "m", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


def test_deaths_are_not_a_count_of_the_workforce() -> None:
    passage = "The Halvorsen Viaduct opened in 2012. It employed 1,850 workers at the peak of construction."
    v = run("Two workers died during the construction of the Halvorsen Viaduct.", [hit(passage, "v", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


FERRY = "The Halvorsen Viaduct opened in 2012 and carries 18,240 vehicles a day."
FERRY_TOO = "The Halvorsen Viaduct opened in 2012. It replaced a ferry that carried 2,400 vehicles a day."


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # The figure belongs to the ferry, which this passage never mentions: not a clash with the viaduct's.
        ("The Halvorsen Viaduct replaced a ferry that carried 2,000 vehicles a day.", FERRY, Verdict.UNVERIFIED),
        # A passage about the ferry settles it.
        ("The Halvorsen Viaduct replaced a ferry that carried 2,000 vehicles a day.", FERRY_TOO, Verdict.CONTRADICTED),
        # The subject itself, described in an appositive or after "is": its figure is compared.
        ("The Halvorsen Viaduct, a bridge that carries 20,000 vehicles a day, opened in 2012.", FERRY,
         Verdict.CONTRADICTED),
        ("The Halvorsen Viaduct is a bridge that carries 20,000 vehicles a day.", FERRY, Verdict.CONTRADICTED),
    ],
)
def test_a_figure_of_a_thing_brought_in_passing(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "f", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_no_hits_is_unverified() -> None:
    v = run("The Halvorsen Viaduct has a main span of 1,204 metres.", [])
    assert v.verdict is Verdict.UNVERIFIED
    assert "no relevant passage" in v.reason


class FixedVerifier:
    """A stand-in verifier returning the same (entailment, neutral, contradiction) for every pair."""

    def __init__(self, probs: tuple[float, float, float]) -> None:
        self.probs = probs
        self.calls = 0

    def predict(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        self.calls += 1
        return np.array([self.probs] * len(pairs), dtype=np.float32)


# Rules alone leave this unverified: the passage names the viaduct but not the claim's wording.
PARAPHRASE = "Engineers consider the Halvorsen Viaduct an architectural landmark of Oderby."

VERIFIER_CASES = [
    # (id, claim, passage, probs, expected)
    ("entailed-paraphrase-tipped-to-supported", PARAPHRASE, VIADUCT, (0.95, 0.03, 0.02), Verdict.SUPPORTED),
    ("contradiction-tipped", PARAPHRASE, VIADUCT, (0.02, 0.03, 0.95), Verdict.CONTRADICTED),
    ("unsure-verifier-changes-nothing", PARAPHRASE, VIADUCT, (0.4, 0.4, 0.2), None),
    (
        "wording-only-support-vetoed",
        "The Halvorsen Viaduct crosses the Tamsel River.",
        VIADUCT,
        (0.01, 0.02, 0.97),
        Verdict.CONTRADICTED,
    ),
    (
        # a relation among four names is the rules' to check: the verifier does not refute it
        "many-names-not-refuted",
        "The Halvorsen Viaduct crosses the Tamsel River between Oderby and Kristvik.",
        VIADUCT,
        (0.01, 0.02, 0.97),
        None,
    ),
    (
        "many-names-unsure-not-tipped-to-contradicted",
        "Engineers in Oderby and Kristvik consider the Halvorsen Viaduct a landmark of Norland.",
        VIADUCT,
        (0.02, 0.03, 0.95),
        None,
    ),
    (
        "wording-only-support-kept-below-veto",
        "The Halvorsen Viaduct crosses the Tamsel River between Oderby and Kristvik.",
        VIADUCT,
        (0.3, 0.25, 0.45),
        None,
    ),
    (
        "rule-clash-beats-entailment",
        "The Halvorsen Viaduct has a main span of 1,500 metres.",
        VIADUCT,
        (0.99, 0.005, 0.005),
        Verdict.CONTRADICTED,
    ),
    (
        "missing-number-not-tipped",
        "The Halvorsen Viaduct cost €410 million to build.",
        VIADUCT,
        (0.99, 0.005, 0.005),
        Verdict.UNVERIFIED,
    ),
    (
        # a comparison the rules cannot compute is arithmetic: the verifier may not settle it
        "comparison-not-tipped",
        "The Halvorsen Viaduct opened more than a year after the Tamsel Tunnel.",
        VIADUCT,
        (0.99, 0.005, 0.005),
        Verdict.UNVERIFIED,
    ),
    (
        "ratio-not-tipped",
        "Norland paid twice as much for the Halvorsen Viaduct as for the Tamsel Tunnel.",
        VIADUCT,
        (0.005, 0.005, 0.99),
        Verdict.UNVERIFIED,
    ),
]


@pytest.mark.parametrize(
    ("claim", "text", "probs", "expected"), [c[1:] for c in VERIFIER_CASES], ids=[c[0] for c in VERIFIER_CASES]
)
def test_verifier_combination(
    claim: str, text: str, probs: tuple[float, float, float], expected: Verdict | None
) -> None:
    hits = [hit(text, "d", 0.75, 1)]
    rules_only = run(claim, hits)
    v = run(claim, hits, verifier=FixedVerifier(probs))
    if expected is None:
        assert v.verdict is rules_only.verdict
        assert "verifier" not in v.reason
        return
    assert v.verdict is expected, v.reason
    if v.verdict is not rules_only.verdict:
        assert "verifier" in v.reason  # the reason says the verifier tipped it
    else:
        assert "verifier finds" not in v.reason


def test_verifier_veto_gives_unverified_when_it_may_not_refute() -> None:
    claim = "The Halvorsen Viaduct crosses the Tamsel River."
    hits = [hit(VIADUCT, "d", 0.75, 1)]
    v = run(claim, hits, settings=Settings(verifier_refutes=False), verifier=FixedVerifier((0.01, 0.02, 0.97)))
    assert run(claim, hits).verdict is Verdict.SUPPORTED
    assert v.verdict is Verdict.UNVERIFIED
    assert "not trusted" in v.reason


# A paraphrase sharing almost no words with the passage: the rules find nothing about its subject.
LOOSE = "A structure spanning a waterway links neighbouring settlements."


@pytest.mark.parametrize(("unaligned", "expected"), [(True, Verdict.SUPPORTED), (False, Verdict.UNVERIFIED)])
def test_verifier_judges_unaligned_passages_only_when_allowed(unaligned: bool, expected: Verdict) -> None:
    hits = [hit(VIADUCT, "d", 0.6, 1)]
    assert run(LOOSE, hits).reason.startswith("unverified: no relevant passage")
    v = run(LOOSE, hits, settings=Settings(verifier_unaligned=unaligned), verifier=FixedVerifier((0.9, 0.05, 0.05)))
    assert v.verdict is expected, v.reason


def test_verifier_never_judges_a_passage_missing_a_claimed_name() -> None:
    claim = "The Brennholm Viaduct crosses a river between two towns."
    hits = [hit(VIADUCT, "d", 0.6, 1)]
    v = run(claim, hits, verifier=FixedVerifier((0.97, 0.02, 0.01)))
    assert v.verdict is Verdict.UNVERIFIED, v.reason


def test_verifier_below_similarity_floor_is_not_asked() -> None:
    fake = FixedVerifier((0.97, 0.02, 0.01))
    v = run(LOOSE, [hit(VIADUCT, "d", 0.2, 1)], verifier=fake)
    assert v.verdict is Verdict.UNVERIFIED
    assert fake.calls == 0


# A long passage whose dense similarity is low, one of whose sentences restates the claim.
HEARING = (
    "The hearing lasted four hours and covered the tender, the audit and the contracts signed in 2019. "
    "Ivo Marsh was released on bail, and the court ruled that Ivo Marsh is forbidden to leave Norland. "
    "His lawyers said they would appeal."
)


@pytest.mark.parametrize(("similarity", "relevant"), [(0.25, True), (0.1, False)])
def test_a_restating_sentence_makes_a_low_similarity_passage_relevant(similarity: float, relevant: bool) -> None:
    v = run("Ivo Marsh may not leave Norland.", [hit(HEARING, "d", similarity, 1)])
    assert (v.verdict is Verdict.SUPPORTED) is relevant, v.reason
    if not relevant:
        assert "no relevant passage" in v.reason


def test_a_negation_both_sides_state_is_not_vetoed_as_wording_only() -> None:
    # the rules matched the prohibition itself: the verifier may not overrule that
    v = run("Ivo Marsh may not leave Norland.", [hit(HEARING, "d", 0.6, 1)], verifier=FixedVerifier((0.01, 0.02, 0.97)))
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_support_on_wording_says_how_much_of_the_claim_the_passage_states() -> None:
    v = run("Ivo Marsh may not leave Norland.", [hit(HEARING, "d", 0.6, 1)])
    assert v.verdict is Verdict.SUPPORTED
    assert "the passage states 100% of the claim's words (d#0)" in v.reason
    # a support resting on a figure needs no such note
    figure = run("The Halvorsen Viaduct has a main span of 1,204 metres.", [hit(VIADUCT, "v", 0.8, 1)])
    assert figure.verdict is Verdict.SUPPORTED and "of the claim's words" not in figure.reason


def test_a_passage_stating_only_the_relative_clause_counts_for_that_fact() -> None:
    claim = (
        "Orlen Group, which has been based in Varsk since 2011, said in May 2024 that it employed 900 engineers, "
        "welders and drivers at two plants."
    )
    staff = hit(
        "In May 2024 Orlen Group said it employed 900 engineers, welders and drivers at its two plants.", "a", 0.8, 1
    )
    # a short passage that never names the staff figure: low similarity to the whole claim
    seat = hit("Orlen Group has been headquartered in Varsk since 2011 and is run by Ada Lenz.", "b", 0.3, 2)
    v = run(claim, [staff, seat])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    assert "2011 matches 2011 (b#0)" in v.reason
    assert run(claim, [staff]).verdict is Verdict.UNVERIFIED  # the clause's facts are missing
    # another year for the clause's fact is a clash, bound as the clause alone would bind it
    wrong = run(claim.replace("since 2011", "since 2014"), [staff, seat])
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason
    assert "2014 in the claim, 2011 in the evidence (b#0)" in wrong.reason


def test_an_unnamed_subject_must_be_stated_for_a_support_on_wording() -> None:
    airport = "The airport at Varsk is run by Norland Airways and lies to the south of the capital."
    hits = [hit(airport, "d", 0.6, 1)]
    assert run("The summit was held at the airport of Varsk, south of the capital.", hits).verdict is not Verdict.SUPPORTED
    # the same wording with the subject the passage is about is supported
    v = run("The airport at Varsk lies south of the capital.", hits)
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_verifier_off_in_settings_is_rules_only() -> None:
    hits = [hit(VIADUCT, "d", 0.75, 1)]
    fake = FixedVerifier((0.95, 0.03, 0.02))
    v = run(PARAPHRASE, hits, settings=Settings(use_verifier=False), verifier=fake)
    assert fake.calls == 0
    assert v.verdict is run(PARAPHRASE, hits).verdict


BAND = (
    "The Grey Lanterns released their debut album, Salt Roads, in April 1988. Their second album, "
    "Iron Tide, followed in 1990 and went to number one."
)
BAND_SINGER = "Grey Lanterns singer Ruth Cole left the band in 1993 to pursue a solo career."
SKIER = "Lena Brandt of Austria won the women's downhill at the 2014 Nordvik Games, her second Olympic gold."
SKIER_LATER = "Brandt retired in 2019 at the age of 31 and now coaches the Austrian junior team."

MULTI = [
    (
        "interval-across-passages",
        "Ruth Cole left the Grey Lanterns in 1993, five years after their debut album.",
        [(BAND_SINGER, 0.7), (BAND, 0.6)],
        Verdict.SUPPORTED,
    ),
    (
        "two-years-two-passages",
        "Lena Brandt won Olympic downhill gold in 2014 and retired in 2019.",
        [(SKIER, 0.7), (SKIER_LATER, 0.6)],
        Verdict.SUPPORTED,
    ),
    (
        "second-year-changed",
        "Lena Brandt won Olympic downhill gold in 2014 and retired in 2017.",
        [(SKIER, 0.7), (SKIER_LATER, 0.6)],
        Verdict.CONTRADICTED,
    ),
]


@pytest.mark.parametrize(("claim", "passages", "expected"), [c[1:] for c in MULTI], ids=[c[0] for c in MULTI])
def test_multi_fact_across_passages(claim: str, passages: list[tuple[str, float]], expected: Verdict) -> None:
    hits = [hit(text, f"d{i}", sim, i + 1) for i, (text, sim) in enumerate(passages)]
    v = run(claim, hits)
    assert v.verdict is expected, v.reason


def test_names_alone_do_not_support_a_new_statement() -> None:
    text = "The Vell Opera House in Marrin was designed by the architect Jonas Keel and opened in 1911."
    v = run("Jonas Keel also designed the Marrin city hall.", [hit(text, "o", 0.7, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


STATEMENT_FERRY = (
    "The Orsk Ferry Company said in a statement on Monday that it would keep the winter timetable. "
    '"We will not cut a single crossing while the bridge is closed," the company said.'
)


def test_a_misquotation_is_contradicted_with_the_words_the_evidence_quotes() -> None:
    v = run('"We will not cut any crossing until the bridge has reopened," the Orsk Ferry Company said.',
            [hit(STATEMENT_FERRY, "ferry", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED
    assert "We will not cut a single crossing while the bridge is closed" in v.reason
    v = run('"We will not cut a single crossing while the bridge is closed," the Orsk Ferry Company said.',
            [hit(STATEMENT_FERRY, "ferry", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED and "quoted word for word" in v.reason


HARBOUR = "The harbour of Velmora opened on 14 March 1921. It handles about 2.4 million tonnes of cargo a year."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Velmora harbour opened in 1921.", Verdict.SUPPORTED),
        # a name that opens the sentence and is absent from the passage: another place's harbour,
        # however well the figures match, is not supported by this one
        ("Orsk harbour opened in 1921.", Verdict.UNVERIFIED),
        ("Orsk harbour handles about 2.4 million tonnes of cargo a year.", Verdict.UNVERIFIED),
    ],
)
def test_a_name_opening_the_claim_must_be_the_passage_subject(claim: str, expected: Verdict) -> None:
    assert run(claim, [hit(HARBOUR, "harbour", 0.7, 1)]).verdict is expected


class SentenceOnlyVerifier:
    """Finds entailment only in a premise that is exactly ``sentence``: a stand-in for a model that
    recognises a statement alone but loses it among its neighbours."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.premises: list[str] = []

    def predict(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        self.premises += [p for p, _ in pairs]
        return np.array([(0.9, 0.05, 0.05) if p == self.sentence else (0.1, 0.8, 0.1) for p, _ in pairs],
                        dtype=np.float32)


SURVEY = (
    "The Halvorsen Viaduct was surveyed in 2009. Its deck was repainted by a crew from Kristvik. "
    "Engineers regard the Halvorsen Viaduct as the finest landmark of Oderby. Traffic on it doubled after 2015."
)


@pytest.mark.parametrize(("sentences", "expected"), [(0, Verdict.UNVERIFIED), (2, Verdict.SUPPORTED)])
def test_verifier_also_scores_the_passage_sentences_alone(sentences: int, expected: Verdict) -> None:
    fake = SentenceOnlyVerifier("Engineers regard the Halvorsen Viaduct as the finest landmark of Oderby.")
    hits = [hit(SURVEY, "d", 0.7, 1)]
    assert run(PARAPHRASE, hits).verdict is Verdict.UNVERIFIED
    v = run(PARAPHRASE, hits, settings=Settings(verifier_sentences=sentences), verifier=fake)
    assert v.verdict is expected, v.reason
    # the evidence window is always scored; each sentence alone only when asked for
    assert len(fake.premises) == 1 + sentences
    assert fake.sentence in fake.premises[0] and fake.premises[0] != fake.sentence


TUNNEL = (
    "The Marlow Tunnel, which opened in 2011, carried 11.2 million vehicles in 2019, up 48% from 2014. "
    "Sales at its service area fell 12% in 2020. Tolls bring in €87 million a year."
)


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # the figure matches; the words around it say which way it went
        ("Traffic through the Marlow Tunnel fell by 48% between 2014 and 2019.", Verdict.CONTRADICTED, "a fall of 48%"),
        ("Traffic through the Marlow Tunnel was down 48% from 2014.", Verdict.CONTRADICTED, "a rise of 48%"),
        ("Traffic through the Marlow Tunnel rose by nearly 50% between 2014 and 2019.", Verdict.SUPPORTED, "48%"),
        ("Sales at the Marlow Tunnel service area were up 12% in 2020.", Verdict.CONTRADICTED, "a fall of 12%"),
        ("Sales at the Marlow Tunnel service area saw a 12% drop in 2020.", Verdict.SUPPORTED, "12%"),
    ],
)
def test_the_way_a_matched_figure_changed(claim: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit(TUNNEL, "t", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


def test_a_common_word_opening_the_claim_is_not_a_name_the_passage_must_give() -> None:
    # "Traffic" is capitalised by its place; the passage need not name it
    v = run("Traffic through the Marlow Tunnel rose by nearly 50% between 2014 and 2019.", [hit(TUNNEL, "t", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    assert "Traffic" not in v.reason
    # a name opening the claim still has to be there
    v = run("Halvorsen designed the Marlow Tunnel, which opened in 2011.", [hit(TUNNEL, "t", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED and "Halvorsen" in v.reason


def test_a_rate_written_as_an_adverb() -> None:
    v = run("Tolls on the Marlow Tunnel bring in roughly €87m annually.", [hit(TUNNEL, "t", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


CELLS = (
    "Kessin proteins are involved in the repair of damaged membranes in yeast cells. "
    "The effect of the Kessin inhibitor on cell survival was nonsignificant at low doses."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Kessin proteins are uninvolved in the repair of damaged membranes.", Verdict.CONTRADICTED),
        ("Kessin proteins are involved in the repair of damaged membranes.", Verdict.SUPPORTED),
        ("The Kessin inhibitor had a significant effect on cell survival at low doses.", Verdict.CONTRADICTED),
        ("The Kessin inhibitor had a nonsignificant effect on cell survival at low doses.", Verdict.SUPPORTED),
    ],
)
def test_a_word_negated_by_its_prefix(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(CELLS, "k", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("word", "base"),
    [("uninvolved", "involved"), ("nonsignificant", "significant"), ("inactive", "active"), ("incomplete", "complete"),
     ("destabilizes", "stabilizes"), ("demethylation", "methylation"),
     ("information", None), ("unless", None), ("universal", None), ("impaired", None), ("increase", None),
     ("deliver", None), ("degrade", None), ("determined", None)],
)
def test_negation_prefixes(word: str, base: str | None) -> None:
    from factcheck.align import _negated_base, parse_sentence

    expected = None if base is None else next(t.stem for t in parse_sentence(base).tokens)
    assert _negated_base(word) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Korvin toxin encourages the binding of calcium to Ralt receptors.", Verdict.CONTRADICTED),
        ("Korvin toxin hinders the binding of calcium to Ralt receptors.", Verdict.SUPPORTED),
        ("Korvin toxin destabilizes the folded form of Ralt receptors.", Verdict.CONTRADICTED),
    ],
)
def test_verbs_of_opposite_direction(claim: str, expected: Verdict) -> None:
    passage = (
        "Korvin toxin inhibits the binding of calcium to Ralt receptors in muscle cells. "
        "Korvin toxin also stabilizes the folded form of Ralt receptors."
    )
    v = run(claim, [hit(passage, "k", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("About 75% of Velto's users are under 35.", Verdict.SUPPORTED),
        ("Roughly half of Velto's users are under 35.", Verdict.CONTRADICTED),
    ],
)
def test_a_share_opening_the_sentence_is_a_figure_not_part_of_a_name(claim: str, expected: Verdict) -> None:
    # "Three-quarters of Velto" had been read as one name, and the share lost
    v = run(claim, [hit("Three-quarters of Velto's users are under 35, the company said.", "v", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the name is there and the verb on it points the other way, but the sentence is about
        # something else: no clash
        ("Daily walking reduces the risk of Halden syndrome in older adults.", Verdict.UNVERIFIED),
        # about the same thing: a clash
        ("High salt intake reduces the risk of Halden syndrome in older adults.", Verdict.CONTRADICTED),
    ],
)
def test_the_direction_on_a_name_is_read_in_a_sentence_about_the_claim(claim: str, expected: Verdict) -> None:
    passage = "In older adults, high salt intake increased the risk of Halden syndrome, the study found."
    v = run(claim, [hit(passage, "h", 0.7, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # dates do not settle which way a thing went: the direction still has to agree
        ("Cases of Halden syndrome in Oderby fell sharply from 2015 to 2020.", Verdict.CONTRADICTED),
        ("Cases of Halden syndrome in Oderby rose sharply from 2015 to 2020.", Verdict.SUPPORTED),
    ],
)
def test_dates_do_not_settle_a_direction(claim: str, expected: Verdict) -> None:
    passage = "Cases of Halden syndrome in Oderby increased sharply from 2015 to 2020, the health board said."
    v = run(claim, [hit(passage, "h", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_word_capitalised_by_its_place_fills_no_name_s_slot() -> None:
    # "Adverse" opens the passage's sentence after a section heading; it is no name for IV to be swapped with
    passage = "CONCLUSION Adverse events in IV drug administration were most common during bolus doses."
    v = run("Errors in IV drug administration are most common during bolus doses.", [hit(passage, "a", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason
    assert "Adverse" not in v.reason


HALVIK = (
    "Halvik Energy reported revenue of €3.2 billion for 2023 and a net loss of €45 million. "
    "Its founder was released on bail and ordered to report to police twice a week."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the opposite words are what the passage lacks of the claim: still a clash
        ("Halvik Energy made a profit of €45 million in 2023.", Verdict.CONTRADICTED),
        ("Halvik Energy posted a net loss of €45 million in 2023.", Verdict.SUPPORTED),
        # "twice weekly" is "twice a week", not "weekly"
        ("The Halvik Energy founder must report to police twice weekly.", Verdict.SUPPORTED),
        ("The Halvik Energy founder must report to police three times weekly.", Verdict.CONTRADICTED),
    ],
)
def test_profit_and_loss_and_times_per_period(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(HALVIK, "h", 0.8, 1)])
    assert v.verdict is expected, v.reason


VELTO = (
    "Velto, the messaging app founded in 2013 by Ivo Rask, said it now has 950 million monthly users. "
    "The company has 60 employees. Rask, 39, holds French citizenship. "
    "The 2024 Velto summit was held on 14 July in Oderby."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "X is 39" is an age, compared with the passage's age, not with its user count
        ("Velto's founder Ivo Rask is 39.", Verdict.SUPPORTED),
        ("Velto's founder Ivo Rask is 45.", Verdict.CONTRADICTED),
        ("Velto's founder Ivo Rask is 39 years old.", Verdict.SUPPORTED),
        # staff and employees count the same people
        ("Velto has 60 staff.", Verdict.SUPPORTED),
        # the day and month are of the one year the sentence gives
        ("The Velto summit was held in Oderby in July 2024.", Verdict.SUPPORTED),
        ("The Velto summit was held in Oderby in July 2023.", Verdict.CONTRADICTED),
    ],
)
def test_ages_staff_and_the_year_of_a_day(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(VELTO, "v", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the passage gives the figure at other times: it says nothing of 2021
        ("Velto had 500 million users in 2021.", "Velto now has 950 million users, up from 700 million in 2022.",
         Verdict.UNVERIFIED),
        # the same year, another figure: a clash
        ("Velto had 800 million users in 2022.", "Velto now has 950 million users, up from 700 million in 2022.",
         Verdict.CONTRADICTED),
        # a figure given once, with its year: both wrong is a clash
        ("Velto was founded in 2014 with 5 employees.", "Velto was founded in 2013 with 3 employees in Dubai.",
         Verdict.CONTRADICTED),
        # another bridge is not replaced by a town
        ("The Kessel Bridge across the Tamsel River opened in 1998.", VIADUCT, Verdict.UNVERIFIED),
    ],
)
def test_figures_of_other_times_and_other_things(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_an_age_is_not_a_span_of_time() -> None:
    passage = "Lena Holm, who is 57, has led Orvik Bank since 2015."
    v = run("Lena Holm has led Orvik Bank for almost a decade.", [hit(passage, "o", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason
    assert "57" not in v.reason


ORVIK = (
    "Orvik Bank was fined €5m ($5.4m) by the regulator on 3 September 2024. "
    "The bank is Norland's third-largest lender. "
    "Unemployment in Norland rose to 5.4% in the second quarter of 2024 from 4.9% a year earlier."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a figure in brackets after another says the same in another currency
        ("Orvik Bank was fined about $5.4 million.", Verdict.SUPPORTED),
        ("Orvik Bank was fined €5.4 million.", Verdict.CONTRADICTED),
        # "biggest" ranks as "largest" does
        ("Orvik Bank is Norland's third-biggest lender.", Verdict.SUPPORTED),
        ("Orvik Bank is Norland's second-biggest lender.", Verdict.CONTRADICTED),
        # "fell to" against "rose to": the way the level moved
        ("Unemployment in Norland fell to 5.4% in the second quarter of 2024.", Verdict.CONTRADICTED),
        # "rose to 5.4% from 4.9%" is a rise of half a point
        ("Unemployment in Norland rose by half a percentage point in the second quarter of 2024.", Verdict.SUPPORTED),
        # "a year earlier" dates the 4.9% from the sentence's year: 2023 is not contradicted by 2024
        ("Unemployment in Norland was 4.9% in the second quarter of 2023.", Verdict.UNVERIFIED),
    ],
)
def test_conversions_ranks_levels_and_relative_years(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(ORVIK, "o", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "lost power" says "without power" too
        ("Some 120,000 homes were left without power by the storm.", "About 120,000 homes lost power during the storm.",
         Verdict.SUPPORTED),
        # a loss elsewhere in the sentence does not: the licence is stated plainly
        ("The bank operated without a licence.", "The bank lost money in 2020 but operated under a licence from the regulator.",
         Verdict.CONTRADICTED),
    ],
)
def test_without_against_a_thing_lost(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


STORM = (
    "Storm Elin hit the west coast of Norland on Saturday night, killing four people and leaving 120,000 homes "
    "without power. Wind gusts of up to 160 km/h were recorded at Kristvik. By Monday morning, power had been "
    "restored to all but 8,000 homes, the grid operator Nordnett said."
)
HALVIK_RESULTS = (
    "Halvik Energy, Norland's second-largest utility, reported a net loss of €45 million for 2023, compared with a "
    "profit of €12 million in 2022. Revenue rose 14% to €1.9 billion. The company has 4,300 employees and said it "
    "would cut 600 jobs. A new plant is due to open in 2027."
)
KESSEL = (
    "The Kessel Bridge opened to traffic on 12 June 1998 after six years of construction. It carries about 40,000 "
    "vehicles a day. Kessel Airport handled 18.4 million passengers in 2023, up from 15.1 million a year earlier."
)


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a range in the passage: a hedged figure inside it, a bound around it, a figure outside it
        ("Velto has about 45 employees.", "Velto has between 40 and 50 employees.", Verdict.SUPPORTED),
        ("Velto has fewer than 60 employees.", "Velto has 40-50 employees.", Verdict.SUPPORTED),
        ("Velto has about 80 employees.", "Velto has 40-50 employees.", Verdict.CONTRADICTED),
        ("Velto has 47 employees.", "Velto has 40 to 50 employees.", Verdict.UNVERIFIED),
        ("Velto was fined about €4.5m.", "Velto was fined between €4m and €5m.", Verdict.SUPPORTED),
        # a range in the claim is one figure: a value inside it matches, one outside clashes
        ("Prices in Velto rose 4-5% in 2023.", "Prices in Velto rose 4.5% in 2023.", Verdict.SUPPORTED),
        ("Prices in Velto rose 4-5% in 2023.", "Prices in Velto rose 7% in 2023.", Verdict.CONTRADICTED),
        # an age as a decade of life
        ("The Velto founder, in his forties, was released.", "The Velto founder, 39, was released.", Verdict.CONTRADICTED),
        ("The Velto founder, in his late thirties, was released.", "The Velto founder, 39, was released.",
         Verdict.SUPPORTED),
        ("Ivo Rask is 35.", "Ivo Rask, in his forties, founded Velto.", Verdict.CONTRADICTED),
        # a fraction as the size of a change
        ("Velto's revenue grew by roughly a tenth in 2023.", "Velto's revenue grew 5.3 per cent in 2023.",
         Verdict.CONTRADICTED),
        # "23 of its 61 branches" is a share of 37.7%
        ("Orvik Bank will close about a quarter of its branches.", "Orvik Bank will close 23 of its 61 branches.",
         Verdict.CONTRADICTED),
        ("Orvik Bank will close roughly 40% of its branches.", "Orvik Bank will close 23 of its 61 branches.",
         Verdict.SUPPORTED),
        # the whole may be a name's ("of Velto's 480 stores") or a measure in one unit ("of the 900 km")
        ("About a fifth of Velto's stores closed in May.", "Exactly 96 of Velto's 480 stores closed in May.",
         Verdict.SUPPORTED),
        ("Floods cut more than half of Sarn's rail network.", "Floods cut 410 km of the 900 km rail network in Sarn.",
         Verdict.CONTRADICTED),
        ("Floods cut more than a third of Sarn's rail network.", "Floods cut 410 km of the 900 km rail network in Sarn.",
         Verdict.SUPPORTED),
        # a whole before its part: "..., of which ...", "..., 41 of them ..."
        ("Roughly a quarter of Velto's 2025 budget goes to research.",
         "Velto's budget for 2025 is 812 million crowns, of which 205 million crowns goes to research.", Verdict.SUPPORTED),
        ("More than four in five of Sarn's launches have succeeded.",
         "Sarn has made 57 launches since 1998, 49 of them successful.", Verdict.SUPPORTED),
        ("More than nine in ten of Sarn's launches have succeeded.",
         "Sarn has made 57 launches since 1998, 49 of them successful.", Verdict.CONTRADICTED),
        # a maximum against "up to": the two must agree, in any unit
        ("The Falk gun can hit targets up to 40 miles away.", "The Falk gun has a maximum range of 40 kilometres.",
         Verdict.CONTRADICTED),
        ("The Falk gun can hit targets up to 25 miles away.", "The Falk gun has a maximum range of 40 kilometres.",
         Verdict.SUPPORTED),
        # "week-long" is a span of seven days
        ("Unions in Norland called a week-long general strike.", "Unions in Norland called a one-day general strike.",
         Verdict.CONTRADICTED),
    ],
)
def test_ranges_ages_shares_and_spans(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a change computed from two levels settles a "rose by", whatever other figure is near
        ("Passenger numbers at Kessel Airport rose by about 3.3 million in 2023.", KESSEL, Verdict.SUPPORTED),
        # two levels give the way a figure moved, without a verb of change
        ("Kessel Airport's passenger numbers fell in 2023.", KESSEL, Verdict.CONTRADICTED),
        ("Kessel Airport's passenger numbers rose in 2023.", KESSEL, Verdict.SUPPORTED),
        # a sentence opening with "It" is about the subject of the one before
        ("About 4,000 vehicles a day use the Kessel Bridge.", KESSEL, Verdict.CONTRADICTED),
        # a count whose period comes after the verb is a count per period
        ("Around 40,000 vehicles cross the Kessel Bridge every day.", KESSEL, Verdict.SUPPORTED),
        # the start of the work is not the date it opened, but six years of work before it
        ("Construction of the Kessel Bridge began in 1992.", KESSEL, Verdict.SUPPORTED),
        ("The Kessel Bridge opened in 1992.", KESSEL, Verdict.CONTRADICTED),
        # the same sum, a profit against a loss
        ("Halvik Energy made a profit of €45 million in 2023.", HALVIK_RESULTS, Verdict.CONTRADICTED),
        ("Halvik Energy lost €45m in 2023 after making €12m the year before.", HALVIK_RESULTS, Verdict.SUPPORTED),
        # a superlative after a possessive ranks too
        ("Halvik Energy is Norland's largest utility.", HALVIK_RESULTS, Verdict.CONTRADICTED),
        ("Halvik Energy is Norland's second-biggest utility.", HALVIK_RESULTS, Verdict.SUPPORTED),
        # the same 14%, but of the workforce, not of revenue: no clash of directions; the 600 jobs
        # of 4,300 employees make it
        ("Halvik Energy plans to cut about 14% of its workforce.", HALVIK_RESULTS, Verdict.SUPPORTED),
        # "is due to open" is a plan too: a planned year clashes with another planned year
        ("Halvik Energy's new plant will open in 2025.", HALVIK_RESULTS, Verdict.CONTRADICTED),
        # a figure converted between units is rounded
        ("Wind speeds of up to 100 mph were recorded at Kristvik.", STORM, Verdict.SUPPORTED),
        ("Wind speeds of up to 200 mph were recorded at Kristvik.", STORM, Verdict.CONTRADICTED),
        # "all but 8,000 homes" counts the rest: not the figure of homes restored
        ("Power was restored to more than 110,000 homes by Monday.", STORM, Verdict.UNVERIFIED),
        # "without power" said in one sentence is not undone by "power" in another
        ("Two days after the storm, about 8,000 homes were still without power.", STORM, Verdict.UNVERIFIED),
    ],
)
def test_levels_periods_phases_results_and_conversions(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_ranks_of_two_things_do_not_match() -> None:
    passage = "Lake Tamsel, Norland's largest lake, is shared by Oderby, Kristvik and Varsk; Varsk holds a tenth of it."
    v = run("Oderby holds the largest share of Lake Tamsel.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.SUPPORTED, v.reason
    assert "largest matches" not in v.reason


ORVIK_GROWTH = (
    "Lena Holm became chief executive of Orvik Bank in 2015. Under her leadership the bank's customer base grew "
    "from 210,000 to 310,000, and it opened offices in Riga and Tallinn in 2019. Inflation stood at 5.1% in August."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a rate the passage never names is not the rate it gives
        ("Orvik Bank's unemployment rate was 3.9% in August.", Verdict.UNVERIFIED),
        ("Inflation in Norland was 3.9% in August.", Verdict.CONTRADICTED),
        # one of several events of a kind: another office's place and year do not contradict it
        ("Orvik Bank opened an office in Vilnius in 2021.", Verdict.UNVERIFIED),
        ("Orvik Bank opened its offices in Riga and Tallinn in 2017.", Verdict.CONTRADICTED),
        # a level between the two ends of a change may have been passed on the way
        ("Orvik Bank had 250,000 customers under Lena Holm.", Verdict.UNVERIFIED),
        ("Orvik Bank had 450,000 customers under Lena Holm.", Verdict.CONTRADICTED),
    ],
)
def test_other_measures_other_events_and_levels_passed(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(ORVIK_GROWTH, "o", 0.8, 1)])
    assert v.verdict is expected, v.reason


MARATHON = (
    "The Varsk marathon on Sunday drew 11,842 runners, a record. The winner, Ada Holt, finished in 2 hours 21 "
    "minutes 37 seconds. Organisers said 48.6% of entrants were women and that the race raised €1.37 million."
)
BARRIER = (
    "The Oderby flood barrier is 1,183 metres long and protects about 72,000 homes. It was designed in Varsk. "
    "It took a decade of planning. Work on it started in 1996 and ended in 1999."
)


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a time in hours, minutes and seconds is one span
        ("Ada Holt won the Varsk marathon in just over 2 hours 20 minutes.", MARATHON, Verdict.SUPPORTED),
        ("Ada Holt won the Varsk marathon in about two hours.", MARATHON, Verdict.CONTRADICTED),
        # "most" is more than half
        ("Most Varsk marathon entrants were women.", MARATHON, Verdict.CONTRADICTED),
        ("Almost half of the Varsk marathon entrants were women.", MARATHON, Verdict.SUPPORTED),
        # "the marathon raised" is not a measure the passage fails to name
        ("The Varsk marathon raised about €2 million.", MARATHON, Verdict.CONTRADICTED),
        # the span between the start and the end of the work
        ("The Oderby flood barrier took about three years to build.", BARRIER, Verdict.SUPPORTED),
        ("The Oderby flood barrier took about ten years to build.", BARRIER, Verdict.CONTRADICTED),
        # a chain of sentences opening with "It" stays about the barrier
        ("The Oderby flood barrier was built between 1996 and 1999.", BARRIER, Verdict.SUPPORTED),
    ],
)
def test_compound_spans_most_and_spans_of_work(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


NORVIK = (
    "Norvik Telecom said on 4 March 2024 that it had 2,350,000 subscribers at the end of 2023. "
    "The company employs 1,120 people."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # an all-numeric date may be read day first or month first
        ("On 4/3/2024 Norvik Telecom reported 2.35 million subscribers.", Verdict.SUPPORTED),
        ("On 3/4/2024 Norvik Telecom reported 2.35 million subscribers.", Verdict.SUPPORTED),
        ("On 5/3/2024 Norvik Telecom reported 2.35 million subscribers.", Verdict.CONTRADICTED),
        # "employs" is the word of the 1,120, not of the subscribers
        ("Norvik Telecom, which employs 1,120 people, had 3.35 million subscribers at the end of 2023.",
         Verdict.CONTRADICTED),
        ("Norvik Telecom employs 1 120 people.", Verdict.SUPPORTED),
    ],
)
def test_numeric_dates_and_the_event_word_of_another_figure(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(NORVIK, "n", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a phrase that says what one word says
        ("Marta Kovac passed away at her home in Oderby.", "Marta Kovac died at her home in Oderby.", Verdict.SUPPORTED),
        ("The Halvorsen Viaduct took the place of the Tamsel ferry.", "The Halvorsen Viaduct replaced the Tamsel ferry.",
         Verdict.SUPPORTED),
        ("Norland has set aside 250 million kroner for repairs.", "Norland has earmarked 250 million kroner for repairs.",
         Verdict.SUPPORTED),
        ("Police detained Ivo Rask in Oderby.", "Police arrested Ivo Rask in Oderby.", Verdict.SUPPORTED),
    ],
)
def test_phrases_and_synonyms(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a count known by its order of size
        ("Thousands of people attended the rally in Oderby.", "About 3,000 people attended the rally in Oderby.",
         Verdict.SUPPORTED),
        ("Tens of thousands of people attended the rally in Oderby.", "About 3,000 people attended the rally in Oderby.",
         Verdict.CONTRADICTED),
        ("Dozens of people attended the meeting in Oderby.", "Around 40 people attended the meeting in Oderby.",
         Verdict.SUPPORTED),
        # a change in per cent of two levels
        ("Passenger numbers at Kessel Airport rose by more than 90% between 2013 and 2023.",
         "Passenger numbers at Kessel Airport rose from 15.1 million in 2013 to 28.9 million in 2023.", Verdict.SUPPORTED),
        ("Passenger numbers at Kessel Airport rose 60% between 2013 and 2023.",
         "Passenger numbers at Kessel Airport rose from 15.1 million in 2013 to 28.9 million in 2023.",
         Verdict.CONTRADICTED),
    ],
)
def test_orders_of_size_and_relative_changes(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_figure_of_the_name_an_apposition_is_about_is_not_the_claims() -> None:
    own = "Halvik Energy reported a net loss of €45 million for 2023."
    rival = "Nordkraft, Halvik Energy's main rival, reported a net profit of €120 million for 2023."
    v = run("Halvik Energy lost €45 million in 2023.", [hit(own, "h", 0.7, 1), hit(rival, "n", 0.6, 2)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("Halvik Energy made a net profit of €120 million in 2023.", [hit(rival, "n", 0.7, 1)])
    assert v.verdict is not Verdict.SUPPORTED, v.reason
    v = run("Nordkraft made a net profit of €120 million in 2023.", [hit(rival, "n", 0.7, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "up to" states the peak that "reached" and "at its deepest" claim
        ("Gusts at Kristvik reached 160 km/h.", Verdict.SUPPORTED),
        ("Lake Tamsel is nearly 100 metres deep at its deepest.", Verdict.SUPPORTED),
        ("Gusts at Kristvik reached 200 km/h.", Verdict.CONTRADICTED),
        # without a word of the peak, "up to 94 metres" does not settle a depth
        ("Lake Tamsel is 94 metres deep on average.", Verdict.UNVERIFIED),
    ],
)
def test_an_up_to_figure_is_the_peak(claim: str, expected: Verdict) -> None:
    passage = "Wind gusts of up to 160 km/h were recorded at Kristvik. Lake Tamsel is up to 94 metres deep."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_relation_between_names_needs_one_passage_naming_both() -> None:
    bridge = "The Kessel Bridge, a suspension bridge over the Tamsel River, opened to traffic in 1998."
    architect = "The architect Marta Kovac, who designed the Halvorsen Viaduct, died on 3 March."
    claim = "The Kessel Bridge was designed by Marta Kovac."
    v = run(claim, [hit(architect, "a", 0.67, 1), hit(bridge, "b", 0.58, 2)])
    assert v.verdict is not Verdict.SUPPORTED, v.reason
    both = "The Kessel Bridge was designed by the architect Marta Kovac and opened to traffic in 1998."
    v = run(claim, [hit(both, "c", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_the_opposite_word_of_another_names_sentence_is_no_clash() -> None:
    own = "Halvik Energy reported a net loss of €45 million for 2023."
    rival = "Nordkraft, Halvik Energy's main rival, reported a net profit of €120 million for 2023."
    v = run("Halvik Energy swung to a loss in 2023.", [hit(own, "h", 0.73, 1), hit(rival, "n", 0.57, 2)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("Halvik Energy made a profit in 2023.", [hit(own, "h", 0.73, 1), hit(rival, "n", 0.57, 2)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_change_over_a_decade_is_not_the_change_of_one_year() -> None:
    year = "Kessel Airport handled 18.4 million passengers in 2023, up from 15.1 million a year earlier."
    decade = "Passenger numbers at Kessel Airport rose from 15.1 million in 2013 to 28.9 million in 2023."
    hits = [hit(year, "a", 0.74, 1), hit(decade, "b", 0.96, 2)]
    v = run("Passenger numbers at Kessel Airport rose by about 3.3 million in 2023.", hits)
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("Passenger numbers at Kessel Airport rose by 13.8 million between 2013 and 2023.", hits)
    assert v.verdict is Verdict.SUPPORTED, v.reason


CUP = (
    "The Oderby Wolves beat the Kristvik Bears 27-24 in overtime to win the Norland Cup final on 9 February 2025. "
    "Quarterback Nils Berg threw for 333 yards and was named most valuable player."
)
COURT = (
    "On 21 June 2024 Norland's Supreme Court ruled 5-4 that the 2019 surveillance law was unconstitutional. "
    "Chief Justice Maria Dahl wrote the majority opinion."
)
VOTE = (
    "In the election of 8 September 2024, the Green Alliance won 34.2% of the vote. Turnout was 71.3%, down from "
    "76.8% in 2020. Party leader Ola Sand became prime minister on 14 October."
)
LAKE = (
    "Lake Tamsel is shared by three municipalities: Oderby holds about 49 percent of its surface, Kristvik about "
    "45 percent and Varsk about 6 percent."
)


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a margin in points is the difference of the score
        ("The Oderby Wolves beat the Kristvik Bears by three points in the Norland Cup final.", CUP, Verdict.SUPPORTED),
        ("The Oderby Wolves beat the Kristvik Bears by seven points in the Norland Cup final.", CUP,
         Verdict.CONTRADICTED),
        # an acronym the passage spells out
        ("Nils Berg was named the final's MVP after throwing for 333 yards.", CUP, Verdict.SUPPORTED),
        # a court upholds a law or strikes it down; a majority opinion is not a dissent
        ("Norland's Supreme Court upheld the 2019 surveillance law.", COURT, Verdict.CONTRADICTED),
        ("Maria Dahl wrote the dissenting opinion in the surveillance case.", COURT, Verdict.CONTRADICTED),
        # a change in points, and its way
        ("Turnout fell by 5.5 percentage points from 2020.", VOTE, Verdict.SUPPORTED),
        ("Turnout rose by 5.5 percentage points from 2020.", VOTE, Verdict.CONTRADICTED),
        # a day and month take the year of the full date before them
        ("Ola Sand became prime minister in October 2024.", VOTE, Verdict.SUPPORTED),
        ("Ola Sand became prime minister in October 2023.", VOTE, Verdict.CONTRADICTED),
        # in a list, the name right before a figure owns it
        ("Varsk holds about 6% of Lake Tamsel.", LAKE, Verdict.SUPPORTED),
        ("Varsk holds about 45% of Lake Tamsel.", LAKE, Verdict.CONTRADICTED),
    ],
)
def test_margins_courts_turnout_years_and_lists(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "four days later" after a sum is a span of its own, and never an age
        ("Ivo Rask was arrested on 24 August 2024 and released on €5 million bail four days later.", Verdict.SUPPORTED),
        ("Ivo Rask was arrested on 24 August 2024 and released on €5 million bail two days later.",
         Verdict.CONTRADICTED),
        # a rank of the thing a unit measures ("its main span of 1,204 metres is the longest")
        ("The Halvorsen Viaduct has Norland's longest main span at 1,204 metres.", Verdict.SUPPORTED),
    ],
)
def test_spans_after_sums_and_ranks_of_measured_things(claim: str, expected: Verdict) -> None:
    passages = [
        "Ivo Rask, 39, was arrested at Oderby airport on 24 August 2024 and released on bail of €5 million four days later.",
        "The Halvorsen Viaduct opened on 14 March 2011. Its main span of 1,204 metres is the longest in Norland.",
    ]
    v = run(claim, [hit(p, f"p{i}", 0.7, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is expected, v.reason


AIRLINE = (
    "Orvik Air carried 12.4 million passengers in 2023, 18% more than in 2022, and returned to profit for the first "
    "time since 2019. The airline operates 84 aircraft."
)


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "18% more than in 2022" says the way the figure moved
        ("Orvik Air's passenger numbers fell in 2023.", AIRLINE, Verdict.CONTRADICTED),
        ("Orvik Air's passenger numbers grew by 18% in 2023.", AIRLINE, Verdict.SUPPORTED),
        # "returned to profit" is a profit
        ("Orvik Air made a loss in 2023.", AIRLINE, Verdict.CONTRADICTED),
        # a claimed year the sentence gives only as a base: that year's level is worked out from
        # the later one and the change in per cent (12.4 million / 1.18 is about 10.5 million)
        ("Orvik Air carried 15 million passengers in 2022.", AIRLINE, Verdict.CONTRADICTED),
        ("Orvik Air carried 10.5 million passengers in 2022.", AIRLINE, Verdict.SUPPORTED),
        ("Orvik Air carried about 10 million passengers in 2022.", AIRLINE, Verdict.SUPPORTED),
        # a figure of another measure is not worked out from the passengers' change
        ("Orvik Air flew to 95 destinations in 2022.", AIRLINE, Verdict.UNVERIFIED),
        # revenue is not the passengers' rise
        ("Orvik Air's revenue rose 25% in 2023.", AIRLINE, Verdict.UNVERIFIED),
        # a sum said with "worth" is compared whatever the passage calls it
        ("The Velto deal was worth less than $3 billion.",
         "Ardent agreed to buy Velto in a deal worth about $4 billion in cash.", Verdict.CONTRADICTED),
    ],
)
def test_ways_profits_base_years_and_measures(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a rate per million is a share; "1/2000" is as precise as its round denominator
        ("1/2000 in the UK carry abnormal PrP.", Verdict.SUPPORTED),
        ("1/200 in the UK carry abnormal PrP.", Verdict.CONTRADICTED),
    ],
)
def test_rates_per_million_and_one_in_n(claim: str, expected: Verdict) -> None:
    passage = "Of 32,441 samples from the UK, 16 carried abnormal PrP, a prevalence of 493 per million population."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_the_same_sum_for_another_year_is_not_the_claimed_one() -> None:
    passage = (
        "Halvik Energy reported a net loss of €45 million for 2023, compared with a profit of €12 million in 2022."
    )
    v = run("Halvik Energy reported a net loss of €45 million for 2022.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.SUPPORTED, v.reason
    v = run("Halvik Energy reported a net loss of €45 million for 2023.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


USERS = (
    "Velto, the messaging app, said on Tuesday it now has 950 million monthly users, up from 700 million in 2022. "
    "The company has 60 employees."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "since 2022" counts from the year of the earlier level; "user count" is the users
        ("Velto's user count grew by 250 million since 2022.", Verdict.SUPPORTED),
        ("Velto's user count grew by 300 million since 2022.", Verdict.CONTRADICTED),
        # "gained", "added", "lost" take the size of a change as their object
        ("Velto gained 250 million users since 2022.", Verdict.SUPPORTED),
        ("Velto added 250 million users since 2022.", Verdict.SUPPORTED),
        ("Velto lost 250 million users since 2022.", Verdict.CONTRADICTED),
    ],
)
def test_a_change_since_the_year_of_the_earlier_level(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(USERS, "u", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_loss_of_money_stays_a_level() -> None:
    text = "Halvik Energy cut 1,200 jobs in 2023. It lost €45 million that year."
    assert run("Halvik Energy lost €45 million in 2023.", [hit(text, "h", 0.8, 1)]).verdict is Verdict.SUPPORTED
    assert run("Halvik Energy lost €60 million in 2023.", [hit(text, "h", 0.8, 1)]).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "claim", "expected", "reason"),
    [
        ("Tolls brought in €87 million in 2023, up 12% from 2022.", "Tolls brought in €77.7 million in 2022.",
         Verdict.SUPPORTED, "12% more than in 2022"),
        ("Tolls brought in €87 million in 2023, up 12% from 2022.", "Tolls brought in €90 million in 2022.",
         Verdict.CONTRADICTED, "about 77,700,000 EUR"),
        ("Kessel Airport handled 28.9 million passengers in 2023, 4% fewer than in 2019.",
         "Kessel Airport handled 30.1 million passengers in 2019.", Verdict.SUPPORTED, "4% less than in 2019"),
        # the later level is not the earlier year's
        ("Kessel Airport handled 28.9 million passengers in 2023, 4% fewer than in 2019.",
         "Kessel Airport handled 28.9 million passengers in 2019.", Verdict.CONTRADICTED, "about 30,100,000"),
    ],
)  # fmt: skip
def test_an_earlier_level_is_worked_out_from_a_change_in_per_cent(text: str, claim: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit(text, "t", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


def test_a_share_of_two_matched_counts_is_settled_by_them() -> None:
    text = (
        "Revenue at Halvik Energy rose 20% to €1.9 billion. The company, which has 4,300 employees, "
        "said it would cut 600 jobs by the end of 2025."
    )
    v = run("Halvik Energy will shed 600 of its 4,300 jobs.", [hit(text, "h", 0.8, 1)])
    # 600 of 4,300 is 14%: not a per cent to find, nor one to set against "rose 20%"
    assert v.verdict is Verdict.SUPPORTED, v.reason


AS_OF = Settings(as_of="2026-06-01")
ORIGINS = (
    "Halvik Bank, founded in 1871, has 1,630 employees. Its chief executive, Lena Holm, has led the bank since 2015. "
    "The Marlow Tunnel, which opened in 2011, is 9,412 metres long."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # an age or a time in being from a founding or opening date, counted to the day set
        ("Halvik Bank is more than 150 years old.", Verdict.SUPPORTED),
        ("Halvik Bank is about 120 years old.", Verdict.CONTRADICTED),
        ("The Marlow Tunnel opened more than a decade ago.", Verdict.SUPPORTED),
        ("The Marlow Tunnel opened five years ago.", Verdict.CONTRADICTED),
        # "ago" dates the claim's own verb: an opening says nothing of a closing
        ("The Marlow Tunnel closed five years ago.", Verdict.UNVERIFIED),
        # a year alone leaves a year either way: 1871 to 2026 is 154 or 155 years
        ("Halvik Bank is 155 years old.", Verdict.UNVERIFIED),
    ],
)
def test_time_since_a_beginning(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(ORIGINS, "o", 0.8, 1)], settings=AS_OF)
    assert v.verdict is expected, v.reason


def test_time_since_a_beginning_counts_to_the_day_set() -> None:
    claim = "The Marlow Tunnel opened more than a decade ago."
    assert run(claim, [hit(ORIGINS, "o", 0.8, 1)], settings=Settings(as_of="2019-01-01")).verdict is Verdict.CONTRADICTED
    assert "2026 (as_of)" in run(claim, [hit(ORIGINS, "o", 0.8, 1)], settings=AS_OF).reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Kessel Airport has been operating for more than 50 years.", Verdict.SUPPORTED),
        ("Kessel Airport has been operating for 30 years.", Verdict.CONTRADICTED),
        # owned by the city since when, the passage does not say
        ("Kessel Airport has been owned by the city for 30 years.", Verdict.UNVERIFIED),
        ("Kessel Airport opened over four decades before 2024.", Verdict.SUPPORTED),
        ("Kessel Airport opened a decade before 2000.", Verdict.CONTRADICTED),
    ],
)
def test_time_in_being_and_before_a_year(claim: str, expected: Verdict) -> None:
    text = "Kessel Airport handled 18.4 million passengers in 2023. The airport, which opened in 1972, is owned by the city."
    v = run(claim, [hit(text, "k", 0.8, 1)], settings=AS_OF)
    assert v.verdict is expected, v.reason


def test_the_beginning_of_another_thing_of_the_same_kind_settles_nothing() -> None:
    text = "The Varsk Tunnel is 57 kilometres long. The tunnel opened on 1 June 2016."
    v = run("The Marlow Tunnel opened more than a decade ago.", [hit(text, "v", 0.8, 1)], settings=AS_OF)
    assert v.verdict is Verdict.UNVERIFIED, v.reason


FIRE = (
    "Fire crews brought the Halmdal wildfire under control on Sunday after it burned about 14,500 hectares of forest "
    "over nine days. Officials said it was the largest fire in the region since 2006, when 9,800 hectares burned."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "over nine days" after a noun is the span the fire burned, not more than it
        ("The Halmdal fire burned for nine days.", Verdict.SUPPORTED),
        ("The Halmdal fire burned for about two weeks.", Verdict.CONTRADICTED),
        # "the region's largest": the region is whose largest, the fire is what is largest
        ("The Halmdal fire was the region's largest since 2006.", Verdict.SUPPORTED),
        ("The Halmdal fire was the region's largest since 1995.", Verdict.CONTRADICTED),
        # "since 2006, when 9,800 hectares burned" dates that fire too
        ("A 2006 fire in Halmdal burned 9,800 hectares.", Verdict.SUPPORTED),
        ("A 2006 fire in Halmdal burned 12,000 hectares.", Verdict.CONTRADICTED),
    ],
)
def test_spans_ranks_and_reference_years_of_a_fire(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(FIRE, "f", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_the_company_founded_is_the_one_the_passage_names() -> None:
    text = (
        "Bergen Line said on Thursday it would buy three electric ferries. "
        "The company, which was founded in 1954, currently runs 11 diesel ships."
    )
    assert run("Bergen Line is more than 70 years old.", [hit(text, "b", 0.8, 1)], settings=AS_OF).verdict is Verdict.SUPPORTED
    assert run("Bergen Line is less than 50 years old.", [hit(text, "b", 0.8, 1)], settings=AS_OF).verdict is Verdict.CONTRADICTED


WEATHER = (
    "Norland recorded its warmest summer since records began in 1901. The average temperature from June to August "
    "was 16.9C, 1.8C above the 1991-2020 norm. Rainfall was 23% below normal."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # temperatures are compared in degrees, not in kelvin (2.5C is 0.25% from 1.8C in kelvin)
        ("The average summer temperature in Norland was 16.9C.", Verdict.SUPPORTED),
        ("The average summer temperature in Norland was about 17C.", Verdict.SUPPORTED),
        ("The average summer temperature in Norland was 18.5C.", Verdict.CONTRADICTED),
        # a difference of temperatures is no temperature
        ("The lowest summer temperature in Norland was 2.1C.", Verdict.UNVERIFIED),
        # "above" and "below" after a figure are its way
        ("Rainfall was 23% below normal.", Verdict.SUPPORTED),
        ("Rainfall was 23% above normal.", Verdict.CONTRADICTED),
    ],
)
def test_temperatures_and_their_differences(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(WEATHER, "w", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_fahrenheit_figure_converted_is_compared_in_degrees() -> None:
    text = "The highest temperature, 34.2C, was measured in Varsk on 27 July."
    assert run("The highest temperature was 93.6F.", [hit(text, "t", 0.8, 1)]).verdict is Verdict.SUPPORTED
    assert run("The highest temperature was 97F.", [hit(text, "t", 0.8, 1)]).verdict is Verdict.CONTRADICTED


TRANSFER = (
    "Kristvik FC signed the striker Mads Holt for a club-record fee of €8.5 million on Monday. Holt, 24, scored "
    "19 goals in 31 league games last season. Kristvik finished third in the Norland league in 2024."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Holt scored 19 league goals last season.", Verdict.SUPPORTED),
        # the 31 games are no goals: a figure of the claim's own measure is there to compare
        ("Holt scored more than 25 goals last season.", Verdict.CONTRADICTED),
        ("Holt scored about 30 goals last season.", Verdict.CONTRADICTED),
        ("Holt played 31 league games last season.", Verdict.SUPPORTED),
        # "12 times" counts appearances, not goals
        ("Holt has played 12 times for Denmark.", Verdict.UNVERIFIED),
        ("Kristvik finished third in 2024.", Verdict.SUPPORTED),
        ("Kristvik finished second in 2024.", Verdict.CONTRADICTED),
    ],
)
def test_figures_of_a_football_season(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(TRANSFER, "k", 0.8, 1)])
    assert v.verdict is expected, v.reason


ELECTION = (
    "The Social Democrats won 31.4% of the vote in Sunday's parliamentary election in Norland, up from 27.9% in 2021, "
    "and will hold 58 of the 169 seats. Turnout was 77.2%. Prime Minister Eva Lund said she would seek a coalition "
    "with the Greens, who won 12 seats. The Conservatives fell to 19.8%."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a figure of the sentence another name opens is that name's
        ("The Conservatives won 19.8% of the vote.", Verdict.SUPPORTED),
        ("The Greens won 7.1% of the vote.", Verdict.UNVERIFIED),
        ("The Conservatives will hold 38 seats.", Verdict.UNVERIFIED),
        ("The Social Democrats will hold 58 seats.", Verdict.SUPPORTED),
        ("The Social Democrats will hold 65 seats.", Verdict.CONTRADICTED),
        # "who won 12 seats" is the Greens'
        ("The Greens won 12 seats.", Verdict.SUPPORTED),
        ("The Greens won 20 seats.", Verdict.CONTRADICTED),
        # 2021 is the base of a change: the passage's undated turnout is this election's
        ("Turnout in 2021 was 74.5%.", Verdict.UNVERIFIED),
        ("Turnout was 77.2%.", Verdict.SUPPORTED),
    ],
)
def test_whose_figure_in_an_election_report(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(ELECTION, "e", 0.8, 1)])
    assert v.verdict is expected, v.reason


TRADE = (
    "Norland's exports rose 4.1% to 1.32 trillion kroner in 2024, driven by seafood, Statistics Norland said. "
    "Imports grew 2.6% to 1.08 trillion kroner, leaving a trade surplus of 240 billion kroner."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # two words and a name and a year are enough to read a direction
        ("Norland's exports fell in 2024.", Verdict.CONTRADICTED),
        ("Norland's exports rose in 2024.", Verdict.SUPPORTED),
        # a year every figure of the report shares does not make the exports' 4.1% the imports'
        ("Norland's imports grew 4.1% in 2024.", Verdict.CONTRADICTED),
        ("Norland's imports grew 2.6% in 2024.", Verdict.SUPPORTED),
        ("Norland's trade surplus was 300 billion kroner in 2024.", Verdict.CONTRADICTED),
    ],
)
def test_figures_of_a_trade_report(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(TRADE, "t", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_year_given_as_the_base_of_a_change_finds_its_figure() -> None:
    text = "Turnout in the 2024 election was 71.3%, down from 76.8% in 2020."
    assert run("Turnout in the 2020 election was 78.6%.", [hit(text, "t", 0.8, 1)]).verdict is Verdict.CONTRADICTED
    assert run("Turnout in the 2020 election was 76.8%.", [hit(text, "t", 0.8, 1)]).verdict is Verdict.SUPPORTED


SHARES = (
    "The hospital employs 7,450 staff, a third of them nurses. "
    "The satellite programme cost 2.8 billion kroner, 40% of it paid by the European Space Agency."
)


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # the part a share of a stated whole gives
        ("About 2,480 of the hospital's staff are nurses.", Verdict.SUPPORTED, "a third of 7,450 is about 2,483"),
        ("The hospital employs 5,000 nurses.", Verdict.CONTRADICTED, ""),
        ("The European Space Agency paid 1.12 billion kroner towards the programme.", Verdict.SUPPORTED, "40% of 2.8 billion"),
        ("The European Space Agency paid 2 billion kroner towards the programme.", Verdict.CONTRADICTED, ""),
        # the share says nothing of doctors
        ("The hospital employs 2,480 doctors.", Verdict.UNVERIFIED, ""),
    ],
)
def test_the_part_a_share_of_a_whole_gives(claim: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit(SHARES, "s", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


def test_sums_orders_of_magnitude_apart_do_not_clash() -> None:
    text = "The museum reopened after a three-year renovation that cost €96 million."
    assert run("Entry to the museum costs €18.", [hit(text, "m", 0.8, 1)]).verdict is Verdict.UNVERIFIED
    assert run("The museum's renovation cost €150 million.", [hit(text, "m", 0.8, 1)]).verdict is Verdict.CONTRADICTED


def test_places_in_two_rankings_do_not_clash() -> None:
    text = "Ana Vidal won the Oderby Open on 13 July 2024. It was Vidal's second Grand Slam singles title."
    assert run("Ana Vidal was seeded 31st at the Oderby Open.", [hit(text, "v", 0.8, 1)]).verdict is Verdict.UNVERIFIED
    assert run("It was Ana Vidal's third Grand Slam singles title.", [hit(text, "v", 0.8, 1)]).verdict is Verdict.CONTRADICTED


def test_a_possessive_place_is_compared() -> None:
    text = "Norland launched its first weather satellite, Aurora, on 14 May."
    assert run("Aurora is Norland's second weather satellite.", [hit(text, "a", 0.8, 1)]).verdict is Verdict.CONTRADICTED


WIND = (
    "The Kessel wind farm, Norland's largest, began full operation on 2 October 2024. Its 64 turbines have a combined "
    "capacity of 384 megawatts, enough to supply about 290,000 homes."
)
RATES = (
    "Norland's central bank cut its main rate by half a percentage point to 3.75% on Thursday. "
    "The krone weakened 0.8% against the euro after the decision."
)


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        # "Its 64 turbines": a number after a capitalised opening word is no label ("Type 2")
        (WIND, "The Kessel wind farm has 64 turbines.", Verdict.SUPPORTED),
        (WIND, "The Kessel wind farm has 46 turbines.", Verdict.CONTRADICTED),
        # the verb of a change some words before "to 3.75%" gives its way
        (RATES, "Norland's central bank cut its main rate to 3.75%.", Verdict.SUPPORTED),
        (RATES, "Norland's central bank raised its main rate to 3.75%.", Verdict.CONTRADICTED),
        # "strengthened" and "weakened" are ways too
        (RATES, "The krone weakened 0.8% against the euro.", Verdict.SUPPORTED),
        (RATES, "The krone strengthened 0.8% against the euro.", Verdict.CONTRADICTED),
    ],
)
def test_turbines_rates_and_currencies(text: str, claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(text, "x", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        # a partner the passage never names scopes the figure: another figure, not this one misreported
        ("Norland's exports rose 4.1% in 2024, driven by seafood.", "Norland's exports to China fell 3% in 2024.", Verdict.UNVERIFIED),
        ("Norland's exports rose 4.1% in 2024, driven by seafood.", "Norland's exports rose 6% in 2024.", Verdict.CONTRADICTED),
        # a change amount is compared with the passage's change amount, whatever noun it counts
        ("The city grew by 14,200 people in 2024.", "The city's population grew by 14,200 in 2024.", Verdict.SUPPORTED),
        # the level before a change: the level it reached less its size
        ("The central bank cut its main rate by half a percentage point to 3.75% on Thursday.",
         "The central bank's main rate was 4.25% before the cut.", Verdict.SUPPORTED),
        ("The central bank cut its main rate by half a percentage point to 3.75% on Thursday.",
         "The central bank's main rate was 4.5% before the cut.", Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_partners_change_amounts_and_levels_before(text: str, claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(text, "x", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ida Solheim won the women's race in 2 hours 21 minutes.", Verdict.SUPPORTED),
        ("Ida Solheim won the women's race in 2 hours 31 minutes.", Verdict.CONTRADICTED),
        ("Daniel Kiprop won the Varsk Marathon in 2:06:41.", Verdict.SUPPORTED),
        # race times are stated to the second: two minutes off is another time
        ("Daniel Kiprop won the Varsk Marathon in 2:08:41.", Verdict.CONTRADICTED),
    ],
)
def test_race_times(claim: str, expected: Verdict) -> None:
    text = ("The Varsk Marathon was won by Daniel Kiprop in 2 hours 6 minutes 41 seconds, a course record. "
            "Ida Solheim won the women's race in 2:21:09.")
    v = run(claim, [hit(text, "r", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        # two places, or two counts of a noun, are compared; a place against a count is not
        ("Oderby FC sacked their manager on Monday after seven defeats in nine games left the club 14th in the "
         "16-team league.", "Oderby FC are 10th in the league.", Verdict.CONTRADICTED),
        ("Matkjede raised its prices on Monday, its second rise this year.", "It was Matkjede's first price rise this year.",
         Verdict.CONTRADICTED),
        # a time of day is no count to set against a magnitude
        ("A magnitude 5.9 earthquake struck off the coast at 3:42 am on Friday.", "The earthquake struck at 3:42 am.",
         Verdict.SUPPORTED),
        # the claim's year is given by the passage for another figure: the figure of another year does not clash
        ("Halden Airlines posted a loss of 2.3 billion kroner for 2024. It flew 9.7 million passengers, down 5% from 2023.",
         "Halden Airlines lost 1.1 billion kroner in 2023.", Verdict.UNVERIFIED),
    ],
)  # fmt: skip
def test_places_times_of_day_and_years_given_elsewhere(text: str, claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(text, "x", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_year_and_a_half() -> None:
    text = "The Tamsel Bridge will close for 18 months from March 2026 for repairs."
    assert run("The Tamsel Bridge will close for a year and a half.", [hit(text, "t", 0.8, 1)]).verdict is Verdict.SUPPORTED
    assert run("The Tamsel Bridge will close for two years.", [hit(text, "t", 0.8, 1)]).verdict is Verdict.CONTRADICTED


TUNNELS = (
    "The Marlow Tunnel, which opened in 2016, is 31.4 km long. Its drainage system pumps 40 litres a second.",
    "The Kessel Tunnel carries the Norland railway under the Varsk range. It is 27.9 km long and cost €2.1 billion.",
)
RIVERS = (
    "The Tamsel River is 410 km long. Its drainage basin covers about 84,000 km². The river's average discharge "
    "is about 900 cubic metres per second.",
    "The Varsk River is about 520 km long, the longest in Norland. Its drainage basin covers 30,500 km² and its "
    "average discharge is about 310 cubic metres per second.",
)


@pytest.mark.parametrize(
    ("passages", "claim", "expected"),
    [
        # the gap a comparison states, from the two named things' figures in two passages
        (TUNNELS, "The Marlow Tunnel is more than 3 km longer than the Kessel Tunnel.", Verdict.SUPPORTED),
        (TUNNELS, "The Marlow Tunnel is about 3.5 km longer than the Kessel Tunnel.", Verdict.SUPPORTED),
        (TUNNELS, "The Marlow Tunnel is more than 5 km longer than the Kessel Tunnel.", Verdict.CONTRADICTED),
        (TUNNELS, "The Kessel Tunnel is more than 3 km longer than the Marlow Tunnel.", Verdict.CONTRADICTED),
        # a ratio of the measure the claim names (the basin, not the length), a pronoun's sentence included
        (RIVERS, "The Tamsel River's drainage basin is more than twice the size of the Varsk River's.", Verdict.SUPPORTED),
        (RIVERS, "The Tamsel River's drainage basin is more than three times the size of the Varsk River's.",
         Verdict.CONTRADICTED),
        (RIVERS, "The Tamsel River discharges nearly three times as much water as the Varsk River.", Verdict.SUPPORTED),
        # within a sentence, the figure whose own words are the claim's
        (("The Marlow telescope is 13 metres long and carries a 2.4-metre primary mirror.",
          "The Kessel telescope's primary mirror is 6.5 metres across."),
         "The Kessel telescope's primary mirror is more than twice as wide as the Marlow telescope's.", Verdict.SUPPORTED),
        # no word of the claim says which of the river's figures is compared
        (RIVERS, "The Tamsel River is twice the size of the Varsk River.", Verdict.UNVERIFIED),
        # another extent of the same thing, or a rate against a total, is not the claimed figure
        (RIVERS[:1], "The Tamsel River is about 3 km wide at its mouth.", Verdict.UNVERIFIED),
        (("Oderby FC scored 64 goals in 38 league games this season.",),
         "Oderby FC averaged about 1.7 goals per game this season.", Verdict.UNVERIFIED),
        (("Oderby FC scored 64 goals in 38 league games this season.",),
         "Oderby FC scored 46 goals this season.", Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_comparisons_extents_and_rates(passages: tuple[str, ...], claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(t, f"p{i}", 0.8, i + 1) for i, t in enumerate(passages)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Oderby FC beat Kristvik four goals to two in the cup final.", Verdict.SUPPORTED),
        ("Oderby FC beat Kristvik three goals to two in the cup final.", Verdict.CONTRADICTED),
        ("Oderby FC beat Kristvik by fourteen goals to two in the cup final.", Verdict.CONTRADICTED),
    ],
)
def test_scores_in_words(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit("Oderby FC beat Kristvik 4-2 in the cup final on Saturday.", "f", 0.8, 1)])
    assert v.verdict is expected, v.reason


MARIT_FERRY = "Of the 1,240 passengers and crew aboard the Marit ferry, 412 were rescued and about 820 died."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the share two counts of one sentence make, the whole named after the claim's "of"
        ("About two-thirds of the people aboard the Marit ferry died.", Verdict.SUPPORTED),
        ("About a third of the people aboard the Marit ferry were rescued.", Verdict.SUPPORTED),
        # a share they do not make is not settled by words that may mean other figures
        ("More than 80% of the people aboard the Marit ferry died.", Verdict.UNVERIFIED),
    ],
)
def test_share_from_part_and_whole(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(MARIT_FERRY, "f", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the comparison the passage states of the claim's subject, in other words or the other way
        ("The Orlen Tower is taller than the Varsk Cathedral.", Verdict.SUPPORTED),
        ("The Orlen Tower is lower than the Varsk Cathedral.", Verdict.CONTRADICTED),
    ],
)
def test_comparison_stated_by_the_passage(claim: str, expected: Verdict) -> None:
    text = "The Orlen Tower in Varsk, higher than the Varsk Cathedral, opened to visitors in 1931."
    v = run(claim, [hit(text, "o", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a number naming one of a series is part of the name: "Varsk 8" is not "Varsk 9"
        ("The Varsk 9 rocket launched on 11 April 2021.", Verdict.SUPPORTED),
        ("The Varsk 8 rocket launched on 11 April 2021.", Verdict.CONTRADICTED),
    ],
)
def test_numbered_names(claim: str, expected: Verdict) -> None:
    text = "The Varsk 9 rocket launched on 11 April 2021 from Kourou. The Varsk 8 had flown in 2019."
    v = run(claim, [hit(text, "r", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert "Varsk 9" in run("The Varsk 9 rocket launched on 11 April 2021.", [hit(text, "r", 0.8, 1)]).reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # an acronym the passage gives as a name ("NU" / "the Norland Union") is that name
        ("Norland voted to leave the NU on 23 June 2016.", Verdict.SUPPORTED),
        # "about" allows the rounding its digits suggest: one decimal is about half a point
        ("Turnout was about 72%.", Verdict.SUPPORTED),
        ("Turnout was about 68.2%.", Verdict.CONTRADICTED),
        ("Turnout was about 72.2%.", Verdict.SUPPORTED),
    ],
)
def test_acronyms_and_the_precision_of_about(claim: str, expected: Verdict) -> None:
    text = "Norland voted to leave the Norland Union in a referendum on 23 June 2016. Turnout was 72.2%."
    v = run(claim, [hit(text, "n", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a winning margin is the gap between the two figures one sentence gives the two names
        ("Ada Berg beat Jonas Lie by about 2,300 votes.", Verdict.SUPPORTED),
        ("Ada Berg beat Jonas Lie by more than 5,000 votes.", Verdict.CONTRADICTED),
    ],
)
def test_winning_margin(claim: str, expected: Verdict) -> None:
    text = ("Ada Berg was elected mayor of Oderby on Sunday. Berg won 41,200 votes against 38,900 for Jonas Lie, "
            "on a turnout of 64%.")
    v = run(claim, [hit(text, "m", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a race time is stated to the second, and an exact one binds however loosely worded
        ("Ida Solheim ran 2:21:09 in Varsk, with Mia Lund second in 2:21:40.", Verdict.SUPPORTED),
        ("Ida Solheim ran 2:21:30 in Varsk.", Verdict.CONTRADICTED),
        # a partner the passage does not name scopes an amount, not when something happened
        ("Norland triggered the exit clause on 29 March 2019, starting the two-year countdown to Brexit.",
         Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_race_times_and_dates_with_partners(claim: str, expected: Verdict) -> None:
    texts = (
        "Ida Solheim of Norland became the first woman to break 2 hours 22 minutes in Varsk when she won in 2:21:09. "
        "Her compatriot Mia Lund finished second in 2:21:40.",
        "Norland formally triggered the exit clause of the union treaty on 29 March 2017, starting a two-year "
        "countdown to departure.",
    )
    v = run(claim, [hit(t, f"t{i}", 0.8, i + 1) for i, t in enumerate(texts)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("texts", "claim", "expected"),
    [
        # a day and month without a year take the passage's one year
        (("The Tour de Norland ended on 21 July 2024. The race started in Oderby on 29 June.",),
         "The Tour de Norland started in Oderby on June 29, 2024.", Verdict.SUPPORTED),
        (("The Tour de Norland ended on 21 July 2024. The race started in Oderby on 29 June.",),
         "The Tour de Norland started in Oderby on June 30, 2024.", Verdict.CONTRADICTED),
        # a series won in games is no score of points
        (("Oderby won Game 5 94-89 on 12 June to take the Norland finals.",),
         "Oderby won the Norland finals 4-1.", Verdict.UNVERIFIED),
        # an age is no race time
        (("Daniel Kiprop, 23, won the Varsk Marathon on Sunday.",),
         "Daniel Kiprop ran the second half of the Varsk Marathon in 61 minutes 2 seconds.", Verdict.UNVERIFIED),
    ],
)  # fmt: skip
def test_years_of_dates_scales_of_scores_and_ages(texts: tuple[str, ...], claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(t, f"t{i}", 0.8, i + 1) for i, t in enumerate(texts)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # another contest: the claim's winner lost to a third team, not to the claim's opponent
        ("Oderby FC beat Kristvik 3-1 in the 2023 cup final.", Verdict.SUPPORTED),
        # the claim's winner lost to the claim's opponent: the reverse
        ("Oderby FC beat Varsk United in the 2024 cup final.", Verdict.CONTRADICTED),
        ("Varsk United beat Oderby FC in the 2024 cup final.", Verdict.SUPPORTED),
        # "took him to court" wins nothing
        ("After the talks failed, Kristvik took Oderby FC to court in May 2024.", Verdict.UNVERIFIED),
    ],
)
def test_winners_of_other_contests(claim: str, expected: Verdict) -> None:
    texts = (
        "Oderby FC beat Kristvik 3-1 in the 2023 cup final in Varsk.",
        "A year later Oderby FC lost the 2024 cup final to Varsk United, beaten 2-0 in Kessel.",
    )
    v = run(claim, [hit(t, f"t{i}", 0.8, i + 1) for i, t in enumerate(texts)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("texts", "claim", "expected"),
    [
        # the figure of the whole river is not its branch's
        (("The Tamsel, which flows north through Norland into the Gesson Sound, is about 410 km long. Its two "
          "branches, the Black Tamsel and the White Tamsel, meet at Oderby.",),
         "The Black Tamsel is about 120 km long.", Verdict.UNVERIFIED),
        # "North Varsk" is a place: a passage naming only "Varsk" does not name it
        (("Varsk has 412,000 inhabitants and is the capital of Norland.",),
         "North Varsk has 95,000 inhabitants.", Verdict.UNVERIFIED),
    ],
)  # fmt: skip
def test_parts_of_named_wholes(texts: tuple[str, ...], claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(t, f"t{i}", 0.8, i + 1) for i, t in enumerate(texts)])
    assert v.verdict is expected, v.reason


def test_a_role_is_its_verbs_and_bare_years_date_no_day() -> None:
    text = ("Ada Berg won the Oderby mayoral election on 3 May 2024, defeating Jonas Lie by 41,200 votes to 38,900. "
            "Turnout was 64%, the highest since 1990, and the result was declared on 5 May.")
    v = run("Ada Berg won 41,200 votes in 2024.", [hit(text, "m", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    # "since 1990" does not date "5 May": the passage's full dates are of 2024
    assert run("The result was declared on 5 May 2024.", [hit(text, "m", 0.8, 1)]).verdict is Verdict.SUPPORTED


def test_a_share_of_two_matched_counts_is_matched() -> None:
    text = "The ferry Marit sank off Kessel on 21 November 2016. Of the 1,066 people on board, 30 were killed."
    other = "The ferry Marit was built in Kessel in 1998 and carried up to 1,200 people."
    claim = "Thirty of the 1,066 people aboard the Marit were killed when she sank in November 2016."
    v = run(claim, [hit(text, "m", 0.8, 1), hit(other, "o", 0.7, 2)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_a_numbered_name_is_not_found_by_a_number_elsewhere() -> None:
    texts = ("The Varsk 9 rocket launched from Kourou on 8 April 2021.", "The Varsk 8 rocket launched on 11 June 2019.")
    v = run("The Varsk 8 rocket launched on 11 June 2019.", [hit(t, f"t{i}", 0.8, i + 1) for i, t in enumerate(texts)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the year of the claim's event name does not take the date the claim gives in full when that
        # date matches it; when it does not, the passage's date stays the year's, and the claimed
        # day is not set against a date that may be another event's
        ("Oderby wrapped up the 2023 Norland Finals 4-1 with a Game 5 win on 12 June 2023.", Verdict.SUPPORTED),
        ("Oderby wrapped up the 2023 Norland Finals 4-1 with a Game 5 win on 14 June 2023.", Verdict.UNVERIFIED),
    ],
)
def test_a_year_in_a_name_and_a_full_date(claim: str, expected: Verdict) -> None:
    text = ("Oderby won the 2023 Norland Finals on June 12, 2023, beating Kessel 94-89 in Game 5 to close out the "
            "series four games to one.")
    v = run(claim, [hit(text, "f", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_day_and_month_stated_bind_however_loosely() -> None:
    text = ("The 111th Tour de Norland ended in Kessel on 21 July 2024. The race started in Oderby on 29 June and, "
            "for the first time, finished outside Varsk.")
    v = run("The 2024 Tour de Norland got under way in Oderby on June 29, 2024.", [hit(text, "t", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Tomas Reyes flew to the United States to face the charges.", Verdict.SUPPORTED),
        ("Tomas Reyes flew to America to face the charges.", Verdict.SUPPORTED),
        ("Tomas Reyes flew to Canada to face the charges.", Verdict.CONTRADICTED),
    ],
)
def test_a_place_by_another_of_its_names(claim: str, expected: Verdict) -> None:
    text = "Tomas Reyes flew to the US to face the charges, the Seattle court heard."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


def test_an_acronym_for_the_name_holds_its_role() -> None:
    text = "Orvel Motors raised its quarterly dividend by 25 per cent on Tuesday."
    assert run("OM raised its quarterly dividend by 25 per cent.", [hit(text, "p1", 0.8, 1)]).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orvel Motors raised its dividend by a third, to 16 cents a share.", Verdict.SUPPORTED),
        ("Orvel Motors raised its dividend by a third, to $0.16 a share.", Verdict.SUPPORTED),
        ("Orvel Motors raised its dividend by a quarter, to 16 cents a share.", Verdict.CONTRADICTED),
    ],
)
def test_a_fraction_in_words_against_a_rounded_percentage(claim: str, expected: Verdict) -> None:
    text = "Orvel Motors raised its quarterly dividend by 33 per cent to 16 cents a share."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orvel shares lost nearly $300bn of market value on 3 March 2025.", Verdict.SUPPORTED),
        ("Orvel shares lost about $300bn of market value on 3 March 2025.", Verdict.SUPPORTED),
        ("Orvel shares lost nearly $400bn of market value on 3 March 2025.", Verdict.CONTRADICTED),
    ],
)
def test_a_passage_almost_is_its_own_rounding(claim: str, expected: Verdict) -> None:
    text = "Orvel shares fell 12 per cent on 3 March 2025, wiping almost $296bn off its market value."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


def test_a_privative_compound_agrees_with_a_negation() -> None:
    text = "The Marrow Canal, opened in 1902, is a sea-level waterway with no locks along its 80 km."
    assert run("The lock-free Marrow Canal opened in 1902.", [hit(text, "p1", 0.8, 1)]).verdict is Verdict.SUPPORTED


def test_a_window_that_shows_the_clashing_figure_overrules_one_that_lacks_the_claimed_one() -> None:
    s0 = "The Marrow Canal was begun on 2 April 1890 and opened on 3 May 1902."
    s1 = "It was 80 km long when it opened and has since been lengthened to 95 km."
    s2 = "The state took over the Marrow Canal company on 9 June 1951."
    end = len(s0) + len(s1) + len(s2) + 2
    first = Passage(id="canal#0", doc_id="canal", text=f"{s0} {s1} {s2}", start=0, end=end)
    second = Passage(id="canal#1", doc_id="canal", text=f"{s1} {s2}", start=len(s0) + 1, end=end)
    hits = [Hit(passage=p, score=1.0 / (60 + r), similarity=0.8, rank=r) for r, p in enumerate([second, first], 1)]
    assert run("The Marrow Canal was 80 km long when it opened in 1902.", hits).verdict is Verdict.SUPPORTED


def test_a_negation_ends_with_its_clause() -> None:
    text = "Unlike the Kessel Canal, the Marrow Canal has no locks; it was 80 km long when it opened in 1902."
    v = run("The Marrow Canal was 80 km long when it opened.", [hit(text, "p1", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED


BAIL_DATES = (
    "A Kessel district court on 14 March 2022 granted bail of 2 million euros to Ivo Marsh, head of Orvel "
    "Shipping. Marsh, 58, was arrested by the fraud squad on 9 March 2022."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ivo Marsh was arrested by the fraud squad on 9 March 2022 and granted bail five days later.", Verdict.SUPPORTED),
        ("Ivo Marsh was arrested by the fraud squad on 9 March 2022 and granted bail two days later.",
         Verdict.CONTRADICTED),
    ],
)
def test_days_later_than_the_claims_own_date(claim: str, expected: Verdict) -> None:
    assert run(claim, [hit(BAIL_DATES, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ada Venn sold 8,000 Orvel shares four days before Orvel issued a profit warning.", Verdict.SUPPORTED),
        ("Ada Venn sold 8,000 Orvel shares six days before Orvel issued a profit warning.", Verdict.CONTRADICTED),
        ("Ada Venn sold 8,000 Orvel shares six days before the annual meeting.", Verdict.UNVERIFIED),
    ],
)
def test_an_interval_the_passage_states_before_the_same_event(claim: str, expected: Verdict) -> None:
    text = ("The regulator fined Ada Venn, Orvel's former finance chief, €90,000. It found she sold 8,000 Orvel "
            "shares on 2 May 2019, four days before the company issued a profit warning.")
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Kessel Building Society's reporting failures spanned 2012 to 2018.", Verdict.SUPPORTED),
        ("The Kessel Building Society's reporting failures spanned 2012 to 2020.", Verdict.CONTRADICTED),
        ("The Kessel Building Society's reporting failures spanned 2010 to 2018.", Verdict.CONTRADICTED),
    ],
)
def test_a_span_of_years_against_the_passages_span(claim: str, expected: Verdict) -> None:
    text = ("The regulator on 3 March 2020 fined the Kessel Building Society £12 million for reporting failures "
            "spanning 2012 to 2018.")
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orvel sold 41,200 cars in the quarter, ahead of Kessel's 38,900.", Verdict.SUPPORTED),
        ("Kessel sold 41,200 cars in the quarter, ahead of Orvel's 38,900.", Verdict.CONTRADICTED),
    ],
)
def test_figures_given_to_the_other_name(claim: str, expected: Verdict) -> None:
    text = "Orvel sold 41,200 cars in the quarter, compared with 38,900 for Kessel, its closest rival."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


def test_a_figure_for_a_side_the_claim_does_not_name_is_no_owner() -> None:
    text = "Ada Venn scored a hat-trick for Orvel in the 2021 final, the first in a final since 1980."
    v = run("Ada Venn's three goals made her the first to score a hat-trick in a final since 1980.", [hit(text, "p1", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ivo Marsh's prison sentence was later cut by about two years.", Verdict.UNVERIFIED),
        ("Ivo Marsh was sentenced to about nine years in prison.", Verdict.CONTRADICTED),
    ],
)
def test_the_size_of_a_change_is_not_a_level(claim: str, expected: Verdict) -> None:
    text = "Ivo Marsh, the founder of Orvel Labs, was sentenced on 3 May 2022 to 12 years and six months in prison."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ivo Marsh moved the loans through more than 30 shell companies.", Verdict.UNVERIFIED),
        ("Ivo Marsh moved the loans through more than 3,000 accounts.", Verdict.SUPPORTED),
    ],
)
def test_an_open_bound_far_below_the_figure_says_nothing_of_it(claim: str, expected: Verdict) -> None:
    text = "Investigators say Ivo Marsh moved the loans through 4,200 accounts held at Orvel Bank."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orvel's €40 billion buy-back is to be completed by the end of 2026.", Verdict.UNVERIFIED),
        ("Orvel authorised its €40 billion buy-back in 2026.", Verdict.CONTRADICTED),
    ],
)
def test_a_target_date_is_not_the_date_of_the_decision(claim: str, expected: Verdict) -> None:
    text = "Orvel authorised a record €40 billion share buy-back on 7 May 2025, the largest in its history."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


def test_a_ratio_below_one_counts_nothing() -> None:
    text = ("Kessel agreed to buy Orvel for about €30 billion; Orvel shareholders will receive €90 in cash or 0.315 "
            "Kessel shares for each Orvel share.")
    v = run("Kessel plans to cut about 3,000 Orvel jobs after the takeover.", [hit(text, "p1", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED


STATS = (
    "Ada Venn averaged 30.2 points and 14 rebounds over the five-game series against Orvel. In Game 3 Venn had 32 "
    "points and Mia Holt added 34 points in a 109-94 win."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Mia Holt averaged 25.0 points over the series against Orvel.", Verdict.UNVERIFIED),
        ("Mia Holt averaged 30.2 points over the series against Orvel.", Verdict.CONTRADICTED),
        ("Ada Venn averaged 28.2 points over the series against Orvel.", Verdict.CONTRADICTED),
        ("Ada Venn averaged 30.2 points over the series against Orvel.", Verdict.SUPPORTED),
    ],
)
def test_a_figure_another_name_holds(claim: str, expected: Verdict) -> None:
    assert run(claim, [hit(STATS, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Kessel agreed to pay $61.40 a share for Orvel.", Verdict.CONTRADICTED),
        ("Kessel agreed to pay $61.20 a share for Orvel.", Verdict.SUPPORTED),
        ("Orvel shares fell 3.1 per cent after the offer.", Verdict.SUPPORTED),
        ("Orvel shares fell 3.2 per cent after the offer.", Verdict.CONTRADICTED),
        ("The offer valued Orvel at 412,695 crowns a head.", Verdict.CONTRADICTED),
        ("The offer valued Orvel at 414,358 crowns a head.", Verdict.SUPPORTED),
    ],
)
def test_precise_figures_agree_to_the_coarser_rounding(claim: str, expected: Verdict) -> None:
    text = ("Kessel agreed to pay $61.20 a share for Orvel on 4 May 2024. Orvel shares fell 3.14 per cent after the "
            "offer. The offer valued Orvel at 414,358 crowns a head.")
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orvel's revenue for the last three months of 2024 came to 8.25 billion dollars.", Verdict.SUPPORTED),
        ("Orvel's revenue for the last three months of 2024 came to 9.25 billion dollars.", Verdict.CONTRADICTED),
    ],
)
def test_a_period_named_by_its_months_is_no_span_to_check(claim: str, expected: Verdict) -> None:
    text = "Orvel reported revenue of $8.25 billion for the fourth quarter of 2024, up 12 per cent."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Kessel fired chief executive Ada Venn and chief financial officer Ivo Marsh.", Verdict.SUPPORTED),
        ("Kessel fired chief executive Ada Venn and CFO Ivo Marsh.", Verdict.SUPPORTED),
        ("Kessel fired Ivo Marsh, the chief executive, and Ada Venn.", Verdict.CONTRADICTED),
        ("Kessel fired chief executive Ivo Marsh and chief financial officer Ada Venn.", Verdict.CONTRADICTED),
    ],
)
def test_the_title_a_name_holds(claim: str, expected: Verdict) -> None:
    text = "After the takeover Kessel fired chief executive Ada Venn and chief financial officer Ivo Marsh."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orvel cut roughly 2,400 jobs within weeks of the takeover.", Verdict.SUPPORTED),
        ("Orvel cut roughly 4,000 jobs within weeks of the takeover.", Verdict.UNVERIFIED),
    ],
)
def test_a_count_a_share_of_a_whole_makes(claim: str, expected: Verdict) -> None:
    text = "Kessel completed its takeover of Orvel on 3 May 2023. Within weeks Orvel cut about a third of its 7,200 staff."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Kessel holds a 40 per cent stake in Orvel Energy.", Verdict.CONTRADICTED),
        ("Kessel holds a 60 per cent stake in Orvel Energy.", Verdict.SUPPORTED),
    ],
)
def test_a_figure_owned_in_a_list(claim: str, expected: Verdict) -> None:
    text = "The merger created Orvel Energy on 2 June 2024. Kessel owns 60 per cent of Orvel Energy, and Marrow Holdings 40 per cent."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


def test_a_nationality_before_a_title_qualifies_the_office() -> None:
    text = "Norland's president Ada Venn Holm signed the treaty on 4 May 2021, ending the border dispute."
    v = run("Norlandic President Ada Venn Holm signed the treaty on 4 May 2021.", [hit(text, "p1", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED


def test_a_full_date_found_outweighs_a_bare_year_elsewhere() -> None:
    passages = [
        "Kessel took over control of the Marrow Canal from Norland on 31 December 1999, under a 1977 treaty.",
        "Norland took over control of the Marrow Canal works from Kessel in 1907.",
    ]
    v = run("Kessel took over control of the Marrow Canal from Norland on 12/31/1999.",
            [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The wreck of the Orla lies more than two miles beneath the surface.", Verdict.SUPPORTED),
        ("The wreck of the Orla lies less than one mile beneath the surface.", Verdict.CONTRADICTED),
    ],
)
def test_the_sole_length_a_passage_gives(claim: str, expected: Verdict) -> None:
    text = ("The Orla sank on 4 March 1911. Its wreck was found in 1986 by a Norland expedition, at a depth of "
            "about 3,700 metres (12,100 ft).")
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


def test_words_of_one_meaning_in_news() -> None:
    text = "Ada Venn was acquitted and quit soon after, the Kessel Herald reported."
    v = run("Ada Venn was cleared and resigned soon after.", [hit(text, "p1", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED


def test_a_figure_far_on_the_wrong_side_of_a_bound_is_another_figure() -> None:
    text = "Ada Venn won the Norland presidency on 3 May 2020 with about 6.2 million votes."
    v = run("Ada Venn won the Norland presidency in 2020 by fewer than 12,000 votes.", [hit(text, "p1", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED


def test_a_matched_figure_from_a_passage_not_naming_whose_it_is() -> None:
    passages = [
        "Orvel launched its streaming service in the United States on 4 May 2023 with 12 million subscribers.",
        "Kessel+ launched in the United States on 12 November 2019, priced at $6.99 a month.",
    ]
    v = run("Orvel's ad-supported plan costs $6.99 a month in the United States.",
            [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is Verdict.UNVERIFIED


def test_the_figure_of_a_second_clause_is_said_of_its_names() -> None:
    passages = [
        "Ada Venn headlined the Norland Cup LVIII halftime show before 61,000 fans.",
        "The Kessel Chiefs won the Norland Cup LVIII, their second straight title.",
    ]
    v = run("Ada Venn headlined the Norland Cup LVIII halftime show, and the Kessel Chiefs won their second straight title.",
            [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orvel's 2023 sales were nearly 2 million cars higher than those of the Kessel Group.", Verdict.SUPPORTED),
        ("Orvel's 2023 sales were more than 3 million cars higher than those of the Kessel Group.", Verdict.CONTRADICTED),
    ],
)
def test_a_gap_against_those_of_another_name(claim: str, expected: Verdict) -> None:
    text = "Orvel sold 11.2 million cars in 2023. The Kessel Group delivered 9.24 million cars over the same period."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


def test_a_verb_before_a_figure_is_not_what_it_measures() -> None:
    text = "Orvel's board agreed on 2 May 2022 to sell the company to Ada Venn for about $44 billion, or $54.20 a share."
    v = run("Ada Venn's takeover of Orvel was valued at $64 billion.", [hit(text, "p1", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED


def test_a_clause_with_its_own_subject_ends_the_openers_hold_on_a_figure() -> None:
    text = ("Ada Venn tried to board a flight to Riga when she was detained. Norland's High Court approved her "
            "extradition in April 2020, and she was flown to Kessel on 30 July 2020.")
    v = run("Ada Venn was flown from Norland to Kessel on July 30, 2020.", [hit(text, "p1", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED


def test_a_full_date_is_no_end_of_a_span_of_years() -> None:
    text = "A Kessel indictment accuses Ada Venn of laundering about $38 million for Orvel between 2016 and 2019."
    v = run("Ada Venn was flown from Norland to Kessel on July 30, 2020.", [hit(text, "p1", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED


_ORSK = "The Orsk Canal was begun on 25 April 1859 and opened on 17 November 1869."


@pytest.mark.parametrize(
    ("passages", "claim", "expected", "reason"),
    [
        # a passage on one canal that names the other only in passing dates neither of its events
        ([_ORSK + " Unlike the Velm Canal it has no locks. Norland nationalised the canal company on 26 July 1956."],
         "The Velm Canal opened more than 40 years after the Orsk Canal.", Verdict.UNVERIFIED, "do not give the facts"),
        # each canal's opening from its own sentence, the side without a verb taking the other's
        ([_ORSK, "The Velm Canal opened on 15 August 1914, when the ship Ancon made the first transit."],
         "The Velm Canal opened more than 40 years after the Orsk Canal.", Verdict.SUPPORTED, "after 17 November 1869"),
        ([_ORSK, "The Velm Canal opened on 15 August 1914, when the ship Ancon made the first transit."],
         "The Velm Canal opened less than 40 years after the Orsk Canal.", Verdict.CONTRADICTED, "after 17 November 1869"),
    ],
)
def test_each_side_of_an_interval_is_dated_by_a_sentence_naming_it(
    passages: list[str], claim: str, expected: Verdict, reason: str
) -> None:
    v = run(claim, [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # "The canal" in a document its title says is on the Velm Canal is the Velm Canal
        ("Velm Canal: construction", Verdict.SUPPORTED),
        # a title naming no canal leaves "the canal" unresolved: unsure is unverified
        ("Construction history", Verdict.UNVERIFIED),
    ],
)
def test_the_canal_of_a_passage_is_the_canal_its_title_names(title: str, expected: Verdict) -> None:
    text = (
        "A company began digging across the isthmus in 1881. Unlike the Orsk Canal it needed locks. "
        "The canal opened on 15 August 1914, when the ship Ancon made the first transit."
    )
    velm = Passage(id="v#0", doc_id="v", text=text, start=0, end=len(text), title=title)
    hits = [hit(_ORSK, "o", 0.8, 1), Hit(passage=velm, score=1.0 / 62, similarity=0.7, rank=2)]
    v = run("The Velm Canal opened more than 40 years after the Orsk Canal.", hits)
    assert v.verdict is expected, v.reason


VELM_CREW = (
    "The Velm 7 mission launched from Oderby on 11 April 1970 with commander Jan Lind, command module pilot "
    "Ola Berg and lunar module pilot Per Holm, and was meant to land on the Moon."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "commanded by X" gives X the commander's role, which the passage gives another, and X another role
        ("The Velm 7 mission, commanded by Per Holm, launched on 11 April 1970.", Verdict.CONTRADICTED),
        ("The Velm 7 mission, commanded by Jan Lind, launched on 11 April 1970.", Verdict.SUPPORTED),
    ],
)
def test_a_role_given_by_its_verb(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(VELM_CREW, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("passage", "claim", "expected"),
    [
        # "came from Velm" says no more than "from Velm"; "was held in Oderby" no more than "in Oderby"
        ("Customs officers in Oderby seized a parcel from Velm on Monday.", "The parcel came from Velm.", Verdict.SUPPORTED),
        ("The gala in Oderby was watched by 1.1 million viewers.", "The gala was held in Oderby.", Verdict.SUPPORTED),
        # the preposition must be the claim's: "to Velm" is no "from Velm"
        ("Customs officers in Oderby seized a parcel bound to Velm on Monday.", "The parcel came from Velm.", Verdict.UNVERIFIED),
    ],
)
def test_a_light_verb_is_stated_by_its_preposition(passage: str, claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("'Vinter' is Mia Lund's debut album.", Verdict.CONTRADICTED),
        ("'Vinter' is Mia Lund's fourth album.", Verdict.SUPPORTED),
    ],
)
def test_a_debut_album_is_the_first(claim: str, expected: Verdict) -> None:
    text = "Singer Mia Lund won the Norland Music Prize on Saturday for 'Vinter', her fourth album."
    v = run(claim, [hit(text, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The motion passed with a majority of 17 votes.", Verdict.SUPPORTED),
        ("The motion passed with a majority of 20 votes.", Verdict.CONTRADICTED),
    ],
)
def test_a_majority_is_the_margin_of_the_vote(claim: str, expected: Verdict) -> None:
    text = "The Oderby council approved the motion on Tuesday by 40 votes to 23, with two abstentions."
    v = run(claim, [hit(text, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the document's title says which year's race it is about, whatever other years its text gives
        ("The 2022 Norland Tour started in Oderby.", Verdict.UNVERIFIED),
        ("The 2023 Norland Tour started in Oderby.", Verdict.SUPPORTED),
    ],
)
def test_a_title_names_the_year_of_its_event(claim: str, expected: Verdict) -> None:
    text = (
        "Anna Berg won the Norland Tour on Sunday, 23 July 2023, retaining the title she first claimed in 2022. "
        "The race began in Oderby on 1 July and covered 21 stages."
    )
    p = Passage(id="t#0", doc_id="t", text=text, start=0, end=len(text), title="Norland Tour 2023: Berg retains title")
    v = run(claim, [Hit(passage=p, score=1.0 / 61, similarity=0.8, rank=1)])
    assert v.verdict is expected, v.reason


def test_two_dimensions_count_the_noun_after_the_second() -> None:
    # "312 by 390 pixels" counts pixels: the passage's "two case sizes" is no figure of them
    text = "Norcom's Velm Watch went on sale on 24 April 2015. It came in two case sizes, 38 mm and 42 mm, and in three collections."
    v = run("The 42 mm Velm Watch had a display of 312 by 390 pixels.", [hit(text, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


def test_the_winner_named_is_the_one_before_beat() -> None:
    text = "The decisive moment came in the stage 16 time trial from Passy to Combloux, where Ola Berg beat Per Holm by 1 minute 38 seconds."
    v = run("Per Holm won the stage 16 time trial.", [hit(text, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Ola Berg beat" in v.reason and "Passy" not in v.reason


def test_a_title_a_person_is_named_fills_no_persons_slot() -> None:
    # "Finals MVP" after "was named" is a title given, not a player replacing the claim's
    text = (
        "The Velm Bears won the Norland Finals on 12 June 2023, beating the Oderby Hawks 94-89 in Game 5. "
        "Ola Berg was named Finals MVP after recording 28 points and 16 rebounds in the clincher."
    )
    v = run("Per Holm scored 28 points for Oderby in Game 5 of the 2024 Norland Finals.", [hit(text, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED and "Finals MVP" not in v.reason, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 6,400 visitors, 900 more than last year: 5,500 last year
        ("About 5,500 people visited the Oderby book fair last year.", Verdict.SUPPORTED),
        ("About 6,400 people visited the Oderby book fair last year.", Verdict.CONTRADICTED),
        ("About 7,300 people visited the Oderby book fair last year.", Verdict.CONTRADICTED),
    ],
)
def test_last_years_level_from_this_years_and_the_difference(claim: str, expected: Verdict) -> None:
    text = "The Oderby book fair closed on Sunday. About 6,400 people visited, 900 more than last year."
    v = run(claim, [hit(text, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 11 weeks (77 days) rounds to "nearly three months" (2.5 to 3 months); 9 weeks does not
        ("The Velm inquiry lasted nearly three months.", Verdict.SUPPORTED),
        ("The Velm inquiry lasted nearly four months.", Verdict.CONTRADICTED),
    ],
)
def test_nearly_a_few_months_allows_the_rounding_of_the_month(claim: str, expected: Verdict) -> None:
    text = "The Velm inquiry into the Oderby bridge collapse lasted 11 weeks and heard 40 witnesses."
    v = run(claim, [hit(text, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Labour Party and the Farmers' League together hold 71 seats.", Verdict.SUPPORTED),
        ("The Labour Party and the Farmers' League together hold 80 seats.", Verdict.CONTRADICTED),
    ],
)
def test_two_names_together_is_the_sum_of_their_figures(claim: str, expected: Verdict) -> None:
    text = (
        "The Labour Party won 30.2% of the vote in the Velm election on Sunday and will hold 57 of the 150 "
        "seats. Its leader said she would seek a coalition with the Farmers' League, which won 14 seats."
    )
    v = run(claim, [hit(text, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 2.6 billion, 400 million more than budgeted: the budget was 2.2 billion
        ("The Velm ferry terminal's budget was 2.2 billion kroner.", Verdict.SUPPORTED),
        ("The Velm ferry terminal's budget was 2.6 billion kroner.", Verdict.CONTRADICTED),
        # the level and the overrun are what they say
        ("The Velm ferry terminal cost 2.6 billion kroner.", Verdict.SUPPORTED),
        ("The Velm ferry terminal went 400 million kroner over budget.", Verdict.SUPPORTED),
    ],
)
def test_the_budget_from_the_cost_and_the_overrun(claim: str, expected: Verdict) -> None:
    text = "The new Velm ferry terminal, which opened on 3 May, cost 2.6 billion kroner, 400 million more than budgeted."
    v = run(claim, [hit(text, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


RECORD_RATIFIED = (
    "Ola Berg of Norland set a marathon world record of 2:00:35 in Oderby on 8 October 2023. Norland Athletics "
    "ratified the time on 6 February 2024. Berg died in a road accident five days later, on 11 February 2024."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the claim's date is another event's (his death); the ratification's date is another
        ("Norland Athletics ratified Berg's world record on 11 February 2024.", Verdict.CONTRADICTED),
        ("Norland Athletics ratified Berg's world record on 6 February 2024.", Verdict.SUPPORTED),
    ],
)
def test_an_equal_date_of_another_event_is_not_the_claims(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(RECORD_RATIFIED, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


MOONWALK = "Ola Berg became the first person to step onto the Moon on 21 July, and Per Holm joined him 19 minutes later."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # only one name can be the first to do a thing
        ("Per Holm was the first person to step onto the Moon, with Ola Berg following him.", Verdict.CONTRADICTED),
        ("Ola Berg was the first person to step onto the Moon.", Verdict.SUPPORTED),
        # another first (onto Mars) is not the passage's
        ("Per Holm was the first person to step onto Mars.", Verdict.UNVERIFIED),
    ],
)
def test_the_first_to_do_a_thing_is_one_name(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(MOONWALK, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


NORJET = (
    "The Norjet 300 first flew on 27 April 2005 and entered service with Velm Air on 25 October 2007. "
    "The last of the jets was delivered to Oderby Airways in 2021, its largest operator."
)


@pytest.mark.parametrize(
    ("passage", "claim", "expected"),
    [
        # the slot "entered service with" holds another name; the claim's is named only elsewhere
        (NORJET, "The Norjet 300 entered service with Oderby Airways in October 2007.", Verdict.CONTRADICTED),
        (NORJET, "The Norjet 300 entered service with Velm Air in October 2007.", Verdict.SUPPORTED),
        # one word is a slot when it is the verb right before the preposition
        (NORJET, "The last Norjet 300 was delivered to Velm Air in 2021.", Verdict.CONTRADICTED),
        # both names listed in the slot: both hold it
        ("The Norjet 300 entered service with Velm Air and Oderby Airways on 25 October 2007.",
         "The Norjet 300 entered service with Oderby Airways in October 2007.", Verdict.SUPPORTED),
    ],
)
def test_a_name_in_an_object_slot_another_name_holds(passage: str, claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


FINAL_GAME = (
    "The Oderby Bears won the 2024 Norland final on 17 June 2024, beating the Velm Rovers 106-88 in Game 5. "
    "Lena Voss scored 31 points in the deciding game, and Mia Holt added 12 rebounds."
)
TOUR_WIN = "Lena Voss won the 2023 Norland Tour with 95 points, ahead of Sara Dunn on 80."


@pytest.mark.parametrize(
    ("passage", "claim", "expected"),
    [
        # two names, each with a figure of their own in the same slot: both may be true
        (FINAL_GAME, "Ana Berg scored 28 points for Velm in Game 5 of the 2024 Norland final.", Verdict.UNVERIFIED),
        # the other name's own figure given to the claim's name: a replacement
        (FINAL_GAME, "Ana Berg scored 31 points in the deciding game of the 2024 Norland final.", Verdict.CONTRADICTED),
        # a slot one name alone holds: a replacement whatever the figures
        (TOUR_WIN, "Ana Berg won the 2023 Norland Tour with 102 points.", Verdict.CONTRADICTED),
    ],
)
def test_another_name_with_another_figure_in_the_slot_is_no_replacement(
    passage: str, claim: str, expected: Verdict
) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


BAND_LAUNCH = (
    "Norcom chief executive Lena Voss introduced the Norcom Band on 9 September 2014 at the Flint Hall in "
    "Oderby. Pre-orders opened on 10 April 2015 and the band went on sale on 24 April 2015 in nine countries."
)
BAND_SALES = "Analysts estimated that Norcom shipped 11.6 million bands in 2015, about 61% of the market."
# another product's launch, whose verb is the claim's: it dates nothing of Lena Voss's
SLATE_LAUNCH = "Kai Berg unveiled the Velland Slate on 9 January 2007, and it went on sale on 29 June 2007."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Norcom Band went on sale more than a year after Lena Voss first unveiled it.", Verdict.CONTRADICTED),
        ("The Norcom Band went on sale less than a year after Lena Voss first unveiled it.", Verdict.SUPPORTED),
    ],
)
def test_an_event_verb_said_only_of_another_subject_does_not_hide_a_sides_date(claim: str, expected: Verdict) -> None:
    hits = [hit(BAND_LAUNCH, "b", 0.8, 1), hit(BAND_SALES, "s", 0.65, 2), hit(SLATE_LAUNCH, "v", 0.55, 3)]
    assert run(claim, hits).verdict is expected


TOUR_OVERALL = (
    "Anna Berg won the 2023 Norland Tour on 23 July 2023. She completed the race in 82 hours 5 minutes 42 seconds, "
    "finishing 7 minutes 29 seconds ahead of Sara Dunn."
)
TOUR_STAGE = (
    "The decisive moment of the 2023 Norland Tour came in the stage 16 time trial, where Anna Berg beat Sara Dunn "
    "by 1 minute 38 seconds."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the race's margin: not the total time, nor stage 16's margin in another passage
        ("Anna Berg beat Sara Dunn by more than seven minutes at the 2023 Norland Tour.", Verdict.SUPPORTED),
        ("Anna Berg won stage 16 of the 2023 Norland Tour by 1 minute 38 seconds.", Verdict.SUPPORTED),
    ],
)
def test_a_race_margin_is_not_a_stage_margin_nor_a_total_time(claim: str, expected: Verdict) -> None:
    hits = [hit(TOUR_OVERALL, "o", 0.8, 1), hit(TOUR_STAGE, "s", 0.7, 2)]
    assert run(claim, hits).verdict is expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [("Varsk", Verdict.SUPPORTED), ("Orvik", Verdict.CONTRADICTED)],
)
def test_an_event_opening_a_draft_sentence_is_checked_as_its_owners(place: str, expected: Verdict) -> None:
    # "The arrest took place at ..." names nothing the evidence is about; with its owner from the
    # sentence before ("Ivo Marsh's arrest"), the passage about that arrest settles it
    from factcheck.extract import extract_claims

    draft = f"Kessel police detained Ivo Marsh, 58, on 3 May 2022. The arrest took place at {place} airport."
    claim = next(c for c in extract_claims(draft) if c.text.startswith("The arrest"))
    text = "Ivo Marsh, the founder of Orvel Shipping, was arrested at Varsk airport on 3 May 2022."
    v = decide(claim, [hit(text, "p1", 0.6, 1)], settings=S)
    assert v.verdict is expected
    assert v.claim.text.startswith("The arrest")  # the report quotes the draft as written


PRONOUN_DRAFT = "The Halvorsen Viaduct crosses the Tamsel River. It stretches {} from one bank to the other."
PRONOUN_LONG = "The Halvorsen Viaduct crosses the Tamsel River. It is {} long."
VIADUCT_LENGTH = (
    "The Halvorsen Viaduct, which crosses the Tamsel River between Oderby and Kristvik, is 1,204 metres "
    "(3,950 feet) long and opened on 14 March 2011."
)


@pytest.mark.parametrize(
    ("draft", "length", "passage", "expected"),
    [
        (PRONOUN_DRAFT, "about 3,900 feet", VIADUCT_LENGTH, Verdict.SUPPORTED),
        (PRONOUN_DRAFT, "more than 3,900 feet, or about 1.2 kilometres,", VIADUCT_LENGTH, Verdict.SUPPORTED),
        (PRONOUN_LONG, "more than 3,900 feet", VIADUCT_LENGTH, Verdict.SUPPORTED),
        (PRONOUN_LONG, "about 4,500 feet", VIADUCT_LENGTH, Verdict.CONTRADICTED),
        # a passage about another bridge is not about what "It" stands for
        (PRONOUN_DRAFT, "about 3,900 feet", VIADUCT_LENGTH.replace("Halvorsen Viaduct", "Brenner Bridge"), Verdict.UNVERIFIED),
    ],
    ids=["about", "bound-restated-in-km", "long-bound", "long-clash", "another-bridge"],
)
def test_a_pronoun_claim_is_about_what_its_pronoun_stands_for(
    draft: str, length: str, passage: str, expected: Verdict
) -> None:
    # "It stretches ... from one bank to the other" shares no word with the passage; the draft's
    # sentence before says "It" is the Halvorsen Viaduct, and a passage naming it is about it
    from factcheck.extract import extract_claims

    claims = extract_claims(draft.format(length))
    claim = next(c for c in claims if c.text.startswith("It "))
    v = decide(claim, [hit(passage, "p1", 0.6, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason
    assert v.claim.text == claim.text and claim.text.startswith("It ")  # the report quotes the draft as written


def test_a_pronoun_claim_alone_is_not_about_the_passage() -> None:
    # without the draft, "It" stands for nothing: the same sentence is unverified
    claim = PRONOUN_DRAFT.format("about 3,900 feet").split(". ", 1)[1]
    v = run(claim, [hit(VIADUCT_LENGTH, "p1", 0.6, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is Verdict.UNVERIFIED


def test_a_full_name_the_passage_gives_by_its_surname_counts_as_stated_wording() -> None:
    # "Ivo Marsh" is named by "Marsh": "Ivo" is no word the passage lacks
    text = "Orvel Shipping said Marsh would hand the business to his daughter when he retires."
    v = run("Ivo Marsh will hand the business to his daughter.", [hit(text, "p1", 0.7, 1)])
    assert v.verdict is Verdict.SUPPORTED
    assert "the passage states 100% of the claim's words" in v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ivo Marsh may not leave the country.", Verdict.SUPPORTED),
        ("Ivo Marsh was barred from leaving the country.", Verdict.SUPPORTED),
        ("Ivo Marsh is free to leave the country.", Verdict.CONTRADICTED),
    ],
)
def test_an_active_prohibition_negates(claim: str, expected: Verdict) -> None:
    # "a court barred Marsh from leaving": the one barred stands between verb and "from"
    text = "A Kessel court on Friday barred Ivo Marsh from leaving the country while the fraud inquiry continues."
    assert run(claim, [hit(text, "p1", 0.7, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "than the 2019 final" is the 2019 Norland Cup final: 61,204 - 52,980 = 8,224
        ("The 2023 Norland Cup final drew over 8,000 more spectators than the 2019 final.", Verdict.SUPPORTED),
        ("The 2023 Norland Cup final drew over 10,000 more spectators than the 2019 final.", Verdict.CONTRADICTED),
    ],
)
def test_the_other_side_of_a_comparison_named_by_its_year_alone(claim: str, expected: Verdict) -> None:
    first = "Kelso won the 2023 Norland Cup final against Ardley at Elm Park on 4 June 2023, before a crowd of 61,204."
    second = "The 2019 Norland Cup final took place on 2 June 2019 at Elm Park, with an attendance of 52,980."
    hits = [hit(first, "p1", 0.7, 1), hit(second, "p2", 0.6, 2)]
    assert run(claim, hits).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # the claim dates its event: of the sentence's two dates, the one matching it is the flight's
        ("Norair flew the first commercial service in January 1982, less than a year after the jet's first flight.",
         Verdict.SUPPORTED, "January 1982 matches January 20, 1982"),
        ("Norair flew the first commercial service in January 1982, more than three years after the jet's first flight.",
         Verdict.CONTRADICTED, "January 20, 1982 is 0.9 years after March 3, 1981"),
    ],
)
def test_an_interval_from_the_event_the_claim_dates(claim: str, expected: Verdict, reason: str) -> None:
    text = (
        "The Vesta 90 jet made its first flight on March 3, 1981, from Linden airfield. Norair, which had "
        "ordered 12 of the aircraft in 1978, flew the first commercial service, from Oslo to Bergen, on January 20, 1982."
    )
    v = run(claim, [hit(text, "p1", 0.7, 1)])
    assert v.verdict is expected
    assert reason in v.reason


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # "310" is the model the passage names, not a count to set against its "12"
        ("Norair flew the first commercial 310 service in 1982.", Verdict.SUPPORTED, "the evidence gives: Vesta 310"),
        ("Norair flew the first commercial 310-200 service in 1982.", Verdict.SUPPORTED, "1982 matches 1982"),
        # before "of" or a plural it counts
        ("Norair ordered 310 of the aircraft.", Verdict.CONTRADICTED, "310 in the claim, 12 in the evidence"),
        ("Norair ordered 310 jets.", Verdict.CONTRADICTED, "310 in the claim, 12 in the evidence"),
    ],
)
def test_a_number_the_passage_gives_as_a_name(claim: str, expected: Verdict, reason: str) -> None:
    text = (
        "The Vesta 310, nicknamed the Whale, made its first flight in 1981. Norair, which had ordered 12 of the "
        "jets, flew the first commercial service in 1982. The original 310-200 seated 366 passengers."
    )
    v = run(claim, [hit(text, "p1", 0.7, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the claim's date is when its figure was reached: a fire's date is of another event
        ("Norland Rail carried about 9 million passengers through the Kessel Tunnel in 2019.", Verdict.UNVERIFIED),
        # a claim with no figure of its own dates the event the sentence states
        ("A fire on a freight shuttle closed part of the Kessel Tunnel in 2019.", Verdict.CONTRADICTED),
    ],
)
def test_a_date_of_a_figure_the_passage_does_not_give(claim: str, expected: Verdict) -> None:
    text = (
        "Ten workers died during the construction of the Kessel Tunnel. Norland Rail trains now link Varsk and "
        "Orlen in about 2 hours 16 minutes; the tunnel can handle up to 400 trains a day. A fire on a freight "
        "shuttle on 18 November 1996 closed part of the tunnel for several months."
    )
    assert run(claim, [hit(text, "p1", 0.7, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # a diameter is not the bare length of "a 50.4-kilometre rail link"
        ("The Orlen Tunnel's service tunnel is 4.8 metres in diameter.", Verdict.UNVERIFIED, ""),
        ("The Orlen Tunnel is 60 kilometres long.", Verdict.CONTRADICTED, "50.4-kilometre"),
        # the share two figures of the sentence make, the part named eight words before its figure
        ("The undersea section makes up roughly three quarters of the Orlen Tunnel's total length.",
         Verdict.SUPPORTED, "is 75%"),
    ],
)
def test_lengths_of_a_tunnel(claim: str, expected: Verdict, reason: str) -> None:
    text = (
        "The Orlen Tunnel, a 50.4-kilometre rail link beneath the Tamsel Strait, has the longest undersea "
        "section of any tunnel in the world, at 37.9 km. The project, financed entirely by private capital, "
        "cost about £9 billion, roughly 80% more than forecast."
    )
    v = run(claim, [hit(text, "p1", 0.7, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


def test_a_document_that_states_the_claimed_date_gives_its_other_dates_to_other_events() -> None:
    s0 = "Ivo Marsh, a Kessel shipping executive, was arrested in Norland on 12 October 2019 at the request of Orlen prosecutors."
    s1 = "After a court in Varsk approved his extradition, Marsh was flown from Norland to Orlen on 30 July 2020."
    first = Passage(id="marsh#0", doc_id="marsh", text=s0, start=0, end=len(s0))
    second = Passage(id="marsh#1", doc_id="marsh", text=s1, start=len(s0) + 1, end=len(s0) + 1 + len(s1))
    hits = [
        Hit(passage=first, score=1.0 / 61, similarity=0.75, rank=1),
        Hit(passage=second, score=1.0 / 62, similarity=0.7, rank=2),
    ]
    assert run("Ivo Marsh was flown from Norland to Orlen on July 30, 2020.", hits).verdict is Verdict.SUPPORTED
    # one document's dates of two events do not confirm another date
    assert run("Ivo Marsh was flown from Norland to Orlen on July 30, 2021.", hits).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # the outage's sentence has one date, its words far from it: that date is the outage's
        ("Ada Lenz resigned as chief executive of Norcom less than a fortnight after its nationwide outage.",
         Verdict.SUPPORTED, "20 November 2023 is 12 days after 8 November 2023"),
        ("Ada Lenz resigned as chief executive of Norcom more than a month after its nationwide outage.",
         Verdict.CONTRADICTED, "20 November 2023 is 12 days after 8 November 2023"),
    ],
)
def test_a_sentences_only_date_dates_its_event_however_far_its_words(claim: str, expected: Verdict, reason: str) -> None:
    text = (
        "A nationwide outage at Norcom, the second-largest telecoms operator in Norland, cut phone and internet "
        "services for about 10 million customers for roughly 12 hours on 8 November 2023. "
        "Chief executive Ada Lenz resigned on 20 November 2023."
    )
    v = run(claim, [hit(text, "p1", 0.7, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # "less than a year" is the interval's hedge, not a fall of $300; the figure the claim gives
        # its event dates it where the event's words are not in the passage
        ("Orvel hit $300 less than a year after Norland's regulator approved the fund.", Verdict.SUPPORTED,
         "5 December 2024 is 0.9 years after 10 January 2024"),
        ("Orvel hit $300 less than six months after Norland's regulator approved the fund.", Verdict.CONTRADICTED,
         "5 December 2024 is 0.9 years after 10 January 2024"),
    ],
)
def test_an_event_dated_by_the_figure_the_claim_gives_it(claim: str, expected: Verdict, reason: str) -> None:
    text = (
        "Norland's regulator approved the Orvel fund on 10 January 2024, and the price rose to $300 for the "
        "first time on 5 December 2024."
    )
    v = run(claim, [hit(text, "p1", 0.7, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason
    assert "a fall of" not in v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "his two partners" describes the partners the passage names; it is not a figure to find
        ("Ivo Marsh stayed in Varsk while his two partners flew to Orlen to sign the deal.", Verdict.SUPPORTED),
        # a count that is the claim's fact must be stated
        ("Ivo Marsh stayed in Varsk while two partners flew to Orlen to sign the deal.", Verdict.UNVERIFIED),
        ("Ivo Marsh has two partners.", Verdict.UNVERIFIED),
    ],
)
def test_a_count_of_members_a_possessive_makes_known(claim: str, expected: Verdict) -> None:
    text = (
        "Ivo Marsh stayed behind in the Varsk office on 3 May while Ada Lenz and Tomas Berg, the firm's other "
        "founders, flew to Orlen to sign the deal."
    )
    assert run(claim, [hit(text, "p1", 0.7, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the window speaks of "the accelerator"; the document's title names it, by its initials too
        ("Building the VHC accelerator cost about CHF 4.75bn.", Verdict.SUPPORTED),
        ("Building the Varsk Hadron Collider cost about CHF 6bn.", Verdict.CONTRADICTED),
        # a title on another work of the same kind does not name the claim's
        ("Building the Orlen Hadron Collider cost about CHF 4.75bn.", Verdict.UNVERIFIED),
    ],
)
def test_a_window_speaks_of_the_subject_its_documents_title_names(claim: str, expected: Verdict) -> None:
    text = "The accelerator cost about 4.75 billion Swiss francs to build and first circulated beams in 2008."
    p = Passage(id="vhc#1", doc_id="vhc", text=text, start=400, end=400 + len(text), title="Varsk Hadron Collider: construction")
    v = run(claim, [Hit(passage=p, score=1.0 / 61, similarity=0.6, rank=1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Kessel won the tied Norland final on boundaries, by twenty-six to seventeen.", Verdict.SUPPORTED),
        ("Kessel won the tied Norland final on boundaries, by twenty-four to seventeen.", Verdict.CONTRADICTED),
    ],
)
def test_a_tally_written_with_to(claim: str, expected: Verdict) -> None:
    text = "The Norland final was tied, and Kessel took the title on boundary count, 26 to 17."
    assert run(claim, [hit(text, "p1", 0.7, 1)]).verdict is expected


def test_a_quarters_code_ends_no_name() -> None:
    v = run("Norcom's revenue was $3.4 billion in the second quarter of 2024.",
            [hit("Norcom's Q2 2024 revenue was $3.4bn.", "p1", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    assert "second matches Q2" in v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a converted figure is rounded; which side was converted is not known: the coarser rounding
        ("The Velto train reaches 280 km/h.", "The Velto train reaches 175 mph on the Varsk line.", Verdict.SUPPORTED),
        ("The Velto train reaches 175 mph.", "The Velto train reaches 280 km/h on the Varsk line.", Verdict.SUPPORTED),
        ("The Velto train reaches 300 km/h.", "The Velto train reaches 175 mph on the Varsk line.", Verdict.CONTRADICTED),
        ("The Orlen bridge is 5,280 feet long.", "The Orlen bridge is 1.6 km long.", Verdict.SUPPORTED),
        ("The Orlen bridge is 6,000 feet long.", "The Orlen bridge is 1.6 km long.", Verdict.CONTRADICTED),
        # two lower bounds of one temperature in two scales
        ("Temperatures in Varsk rose above 122 °F.", "Temperatures in Varsk rose above 50C in July 2019.", Verdict.SUPPORTED),
        ("Temperatures in Varsk rose above 122F.", "Temperatures in Varsk rose above 45C in July 2019.", Verdict.UNVERIFIED),
    ],
)
def test_figures_in_two_units(claim: str, passage: str, expected: Verdict) -> None:
    assert run(claim, [hit(passage, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Velto launch took place in early March 2024.", Verdict.SUPPORTED),
        ("The Velto launch took place in mid-March 2024.", Verdict.CONTRADICTED),
        ("The Velto launch took place in late March 2024.", Verdict.CONTRADICTED),
    ],
)
def test_the_part_of_a_month(claim: str, expected: Verdict) -> None:
    assert run(claim, [hit("The Velto launch took place on 3 March 2024.", "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a shrinking factor's hedge speaks of the fall: ×0.55 fell not quite by half
        ("Norcom's profit nearly halved in 2019.", Verdict.SUPPORTED),
        ("Norcom's profit more than halved in 2019.", Verdict.CONTRADICTED),
        ("Norcom's profit less than halved in 2019.", Verdict.SUPPORTED),
    ],
)
def test_a_hedged_fall_by_a_factor(claim: str, expected: Verdict) -> None:
    text = "Norcom's profit fell from $10m to $5.5m in 2019."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # the earlier level of a change, dated by counting back from the later one's year
        ("Norcom's revenue was $6bn in 2018.", Verdict.SUPPORTED, "2018 matches the year of $6bn a year earlier"),
        ("Norcom's revenue was $7bn in 2018.", Verdict.CONTRADICTED, "$6bn"),
        ("Norcom's revenue was $5bn in 2019.", Verdict.SUPPORTED, "$5bn matches $5bn"),
    ],
)
def test_the_level_a_year_before(claim: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit("Norcom's revenue fell to $5bn in 2019 from $6bn a year earlier.", "p1", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a title given by a verb ("is", "was elected") is the name's as much as one beside it
        ("Ivo Marsh is the chief executive of Norcom.", "Ivo Marsh, the chief financial officer of Norcom, resigned in 2019.",
         Verdict.CONTRADICTED),
        ("Ada Lenz was elected president of Norland in 2019.", "Ada Lenz was elected prime minister of Norland in 2019.",
         Verdict.CONTRADICTED),
        ("Ada Lenz was elected prime minister of Norland in 2019.", "Ada Lenz was elected prime minister of Norland in 2019.",
         Verdict.SUPPORTED),
        # both titles held, one after the other
        ("Lena Holm was finance director of Orvik Bank for eight years.",
         "Lena Holm became chief executive of Orvik Bank in 2015, after eight years as its finance director.",
         Verdict.SUPPORTED),
    ],
)
def test_a_title_given_by_a_verb(claim: str, passage: str, expected: Verdict) -> None:
    assert run(claim, [hit(passage, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Ivo Marsh was charged over the Norcom collapse.",
         "Prosecutors declined to charge Ivo Marsh over the Norcom collapse in 2019.", Verdict.CONTRADICTED),
        ("Ivo Marsh was charged over the Norcom collapse.",
         "Prosecutors refused to charge Ivo Marsh over the Norcom collapse in 2019.", Verdict.CONTRADICTED),
        ("Norcom paid all its debts in 2019.", "Norcom was unable to pay its debts in 2019.", Verdict.CONTRADICTED),
        ("Ivo Marsh resigned in 2019.", "Ivo Marsh refused to resign in 2019.", Verdict.CONTRADICTED),
        # "declined to" a figure is a fall
        ("Norcom's sales fell to 5,000 cars in 2019.", "Norcom's sales declined to 5,000 cars in 2019.", Verdict.SUPPORTED),
        # a suspended sentence is no time in prison
        ("Ivo Marsh was sentenced to five years in prison.", "Ivo Marsh was given a five-year suspended sentence in 2019.",
         Verdict.CONTRADICTED),
    ],
)
def test_not_done_by_wording(claim: str, passage: str, expected: Verdict) -> None:
    assert run(claim, [hit(passage, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        ("Ivo Marsh was held for four days.", Verdict.SUPPORTED, "from 24 August to 28 August 2024 is 4 days"),
        ("Ivo Marsh was held for two days.", Verdict.CONTRADICTED, "from 24 August to 28 August 2024 is 4 days"),
        ("Ivo Marsh was held for less than a week.", Verdict.SUPPORTED, "is 4 days"),
    ],
)
def test_a_span_the_passage_gives_as_two_dates(claim: str, expected: Verdict, reason: str) -> None:
    text = "Ivo Marsh was arrested on 24 August and released on 28 August 2024."
    v = run(claim, [hit(text, "p1", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert reason in v.reason


def test_a_span_of_years_is_not_read_from_two_years() -> None:
    # a span of years between two bare years may be of other events: not worked out
    text = "Planning for the Orlen Tunnel began in 1996, and it was expected to open in 2007."
    v = run("The Orlen Tunnel was planned for more than 20 years.", [hit(text, "p1", 0.8, 1)])
    assert "from 1996 to 2007" not in v.reason


def test_a_relative_clauses_date_does_not_clash_with_the_main_clauses() -> None:
    text = (
        "Ivo Marsh stepped down as chief executive of Norcom in 2021 and was succeeded by Ada Lenz, "
        "who had been finance director since 2015."
    )
    claim = "Ivo Marsh, who founded Norcom in 1998, stepped down as chief executive in 2021."
    v = run(claim, [hit(text, "p1", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason  # the founding year is not given
    assert "1998" in v.reason


def test_a_claimed_month_against_the_passages_month_of_that_year() -> None:
    text = "In March 2024 Norcom agreed to buy its rival Velto for €450 million. Velto, based in Orlen, has 900 employees."
    claim = "Norcom, which reported revenue of €1.3 billion in 2023, agreed to buy Velto in May 2024."
    v = run(claim, [hit(text, "p1", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "May 2024 in the claim, March 2024 in the evidence" in v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The 2019 Norland Cup semi-final drew 40,000 fans.", Verdict.UNVERIFIED),
        ("The 2019 Norland Cup final drew 40,000 fans.", Verdict.CONTRADICTED),
    ],
)
def test_a_figure_of_another_round(claim: str, expected: Verdict) -> None:
    text = "Kessel won the 2019 Norland Cup final 3-1 against Orlen at Elm Park on 4 June 2019, before a crowd of 61,204."
    assert run(claim, [hit(text, "p1", 0.8, 1)]).verdict is expected


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # how often is not how many ("scored twice" is two goals, though)
        ("Ada Lenz scored a hat-trick in the Norland Cup final.",
         "Kessel won the Norland Cup final 3-1 against Orlen. Ada Lenz scored twice.", Verdict.CONTRADICTED),
        ("Ada Lenz won the Varsk Medal twice.", "Ada Lenz, 35, won the Varsk Medal in 2019.", Verdict.UNVERIFIED),
        ("Ada Lenz won the Varsk Medal three times.", "Ada Lenz won the Varsk Medal twice, in 2017 and 2019.",
         Verdict.CONTRADICTED),
        # places in the lists of two different feats
        ("Ada Lenz was the first player to win the Varsk Medal twice.",
         "Ivo Marsh became only the third man to win the Norland Cup as both player and coach.", Verdict.UNVERIFIED),
        ("Ada Lenz was the second player to win the Varsk Medal twice.",
         "Ada Lenz became the first player to win the Varsk Medal twice, in 2019.", Verdict.CONTRADICTED),
    ],
)
def test_frequencies_and_firsts_of_feats(claim: str, passage: str, expected: Verdict) -> None:
    assert run(claim, [hit(passage, "p1", 0.8, 1)]).verdict is expected


def test_the_first_to_do_one_thing_is_not_the_third_to_do_another() -> None:
    text = (
        "Ada Lenz won the Varsk Medal in 2019 and again in 2022, when she was 35. Her coach Ivo Marsh became "
        "only the third man to lead two different players to the medal."
    )
    claim = "By winning the Varsk Medal in 2022, Ada Lenz became the first player to receive the award twice."
    v = run(claim, [hit(text, "p1", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


def test_how_often_is_not_how_many() -> None:
    text = "Ada Lenz received the Varsk Medal in 2022 after 35 wins that season."
    v = run("Ada Lenz received the Varsk Medal twice.", [hit(text, "p1", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the ranks of one thing named two ways: a purchase is an acquisition
        ("Kessel Foods was Norcom's biggest-ever purchase.",
         "Norcom bought Kessel Foods for $2.1 billion in 2019. It was Norcom's largest acquisition.", Verdict.SUPPORTED),
        ("Kessel Foods was Norcom's biggest-ever purchase.",
         "Norcom bought Kessel Foods for $2.1 billion in 2019. It was Norcom's second-largest acquisition.",
         Verdict.CONTRADICTED),
        # the ranks of two things stay apart
        ("Kessel Foods was Norcom's biggest-ever purchase.",
         "Norcom bought Kessel Foods for $2.1 billion in 2019. Kessel is Norland's largest bakery.", Verdict.UNVERIFIED),
    ],
)
def test_a_rank_by_a_synonym_of_the_ranked_noun(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason


RACE = (
    "Velto, launched on 3 March 2022, reached 10 million users in about two months. Norgram, which Kessel "
    "launched on 5 July 2023, passed 10 million sign-ups within five days."
)


@pytest.mark.parametrize(
    ("claim", "passage", "expected", "reason"),
    [
        # a faster time is a smaller figure, a faster speed a larger one: the rules do not compute it
        ("Velto reached 10 million users faster than Norgram, which Kessel launched on 5 July 2023.", RACE,
         Verdict.UNVERIFIED, "faster than"),
        ("Norgram reached 10 million users faster than Velto.",
         "Norgram reached 10 million users faster than Velto, within five days of its launch.",
         Verdict.SUPPORTED, "faster than Velto"),
        ("Norgram reached 10 million users more quickly than Velto.",
         "Norgram reached 10 million users faster than Velto, within five days of its launch.",
         Verdict.SUPPORTED, "10 million"),
        ("Norgram reached 10 million users slower than Velto.",
         "Norgram reached 10 million users faster than Velto, within five days of its launch.",
         Verdict.CONTRADICTED, "faster than Velto"),
        ("The Kessel line is cheaper than the Orlen line.",
         "The Kessel line is faster than the Orlen line, and opened in 2019.", Verdict.UNVERIFIED, "cheaper than"),
    ],
)
def test_a_comparison_the_figures_do_not_compute(claim: str, passage: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit(passage, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason
    assert reason in v.reason


SINCE_NAMED = (
    "Ivo Marsh won the Norland presidential election on 5 November 2024, becoming the first Liberal to win the "
    "popular vote since Ada K. Lenz in 2004."
)


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # "since Ada K. Lenz in 2004" dates the reference event, as "since 2004" does
        ("Ivo Marsh was the first Liberal to win the popular vote since 2004.", Verdict.SUPPORTED, "2004 matches 2004"),
        # (the claim's year is in the passage, if only as the reference: not clear enough to clash)
        ("Ivo Marsh won the Norland presidential election in 2004.", Verdict.UNVERIFIED, "2004"),
        ("Ivo Marsh won the Norland presidential election in 2024.", Verdict.SUPPORTED, "5 November 2024"),
    ],
)
def test_a_date_since_a_named_reference(claim: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit(SINCE_NAMED, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason
    assert reason in v.reason


FINAL_JET = (
    "Kessel delivered the 1,574th and final jet of the line to Norland Cargo on 31 January 2023, ending a "
    "production run of 54 years."
)


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the claim's day and another of its figures: the claim's event, with another buyer
        ("The last jet of the line was handed over to Velto Air on 31 January 2023, ending a production run of "
         "54 years.", FINAL_JET, Verdict.CONTRADICTED),
        ("The last jet of the line was handed over to Norland Cargo on 31 January 2023, ending a production run "
         "of 54 years.", FINAL_JET, Verdict.SUPPORTED),
        # the day alone may be another event's
        ("The last jet of the line was handed over to Velto Air on 31 January 2023.",
         "Kessel delivered a jet to Norland Cargo on 31 January 2023.", Verdict.UNVERIFIED),
    ],
)
def test_a_passage_with_the_claims_day_and_figure_is_about_it(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason


ORLEN_TUNNEL = (
    "The Orlen Tunnel in Norland runs for 53.85 km beneath the Gesson Strait, linking the islands of Hald and "
    "Vesk. It opened on 13 March 1988."
)


def test_a_tunnel_is_not_replaced_by_the_island_it_reaches() -> None:
    v = run("The Kessel Base Tunnel runs for 53.85 km beneath the Gesson Strait.", [hit(ORLEN_TUNNEL, "p2", 0.8, 1)],
            settings=Settings(use_verifier=False))
    assert not any(place in v.reason for place in ("Norland", "Hald", "Vesk")), v.reason


DEAL_OTHER = (
    "Norcom announced on 18 January 2022 that it would buy video game publisher Kessel Games for $95 a share in an "
    "all-cash deal worth $68.7 billion. The takeover replaced the Velto deal as Norcom's largest."
)
DEAL_VELTO = "Norcom agreed on 13 June 2016 to buy the networking site Velto for $196 a share in cash."
DEAL_SOLD = "Velto's board agreed on 25 April 2022 to sell the company to Ada Lenz for $54.20 a share in cash."


@pytest.mark.parametrize(
    ("claim", "passages", "expected", "reason"),
    [
        # another deal's price, in a passage that names the claim's deal in passing, is no match
        ("Norcom agreed to pay $95 a share in cash for Velto.", [DEAL_OTHER, DEAL_VELTO], Verdict.CONTRADICTED, "$196"),
        ("Norcom agreed to buy Velto for $95 a share.", [DEAL_OTHER, DEAL_VELTO], Verdict.CONTRADICTED, "$196"),
        ("Norcom agreed to pay $196 a share in cash for Velto.", [DEAL_OTHER, DEAL_VELTO], Verdict.SUPPORTED, "$196"),
        ("Norcom agreed to pay $95 a share for Kessel Games.", [DEAL_OTHER, DEAL_VELTO], Verdict.SUPPORTED, "$95"),
        # the buyer a company is sold to is not what was bought
        ("Ada Lenz agreed to buy Velto for $52.40 a share in cash.", [DEAL_SOLD], Verdict.CONTRADICTED, "$54.20"),
    ],
)
def test_the_price_of_another_deal(claim: str, passages: list[str], expected: Verdict, reason: str) -> None:
    hits = [hit(p, f"p{i}", 0.8 - 0.01 * i, i + 1) for i, p in enumerate(passages)]
    v = run(claim, hits, settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason
    assert reason in v.reason


COLLIDER = (
    "The Kessel Collider was designed as a ring 87 kilometres (54 miles) in circumference that would collide "
    "protons at 40 TeV, almost three times the Orlen Ring's design energy."
)
RING = "The Orlen Ring lies in a circular tunnel 27 kilometres (17 miles) in circumference and collides protons at 14 TeV."


@pytest.mark.parametrize(
    ("claim", "passages", "expected"),
    [
        # a ratio of the figures its noun names: lengths for a circumference, speeds for a speed
        ("The Kessel Collider was designed to be more than four times the circumference of the Orlen Ring.",
         [COLLIDER, RING], Verdict.CONTRADICTED),
        ("The Kessel Collider was designed to be more than three times the circumference of the Orlen Ring.",
         [COLLIDER, RING], Verdict.SUPPORTED),
        ("The Velto jet cruised at more than twice the speed of the original Kessel 7.",
         ["The Velto jet cruised at 2,180 km/h (1,354 mph).", "The original Kessel 7 cruised at 907 km/h (564 mph)."],
         Verdict.SUPPORTED),
        ("The Velto jet cruised at more than three times the speed of the original Kessel 7.",
         ["The Velto jet cruised at 2,180 km/h (1,354 mph).", "The original Kessel 7 cruised at 907 km/h (564 mph)."],
         Verdict.CONTRADICTED),
    ],
)
def test_a_ratio_of_a_named_measure(claim: str, passages: list[str], expected: Verdict) -> None:
    hits = [hit(p, f"p{i}", 0.8 - 0.01 * i, i + 1) for i, p in enumerate(passages)]
    v = run(claim, hits, settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason
    assert "times" in v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a day without a year takes the year of the sentence's one full date, in that month or later
        ("Kessel unveiled Ada Lenz at the Orlen Arena in mid-June 2023.", Verdict.SUPPORTED),
        ("Kessel unveiled Ada Lenz at the Orlen Arena on 15 June 2023.", Verdict.SUPPORTED),
        ("Kessel unveiled Ada Lenz at the Orlen Arena on 16 June 2023.", Verdict.CONTRADICTED),
    ],
)
def test_a_day_dated_by_the_sentences_full_date(claim: str, expected: Verdict) -> None:
    text = (
        "Kessel agreed on 7 June 2023 to sign Ada Lenz. She signed a contract running until 30 June 2029. Ada Lenz, "
        "who turned 20 on 29 June 2023, was presented at the Orlen Arena on 15 June and given the number 5 shirt."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_a_day_of_an_earlier_month_is_not_dated_by_a_later_full_date() -> None:
    from factcheck.align import parse_sentence

    sent = parse_sentence("Ada Lenz, who turned 20 on 29 June 2023, had been presented on 15 May.")
    assert {str(q.value) for q in sent.quantities if q.text == "15 May"} == {"--05-15"}


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "Velto Pay's reported revenue": the name owns the revenue, it is not the one who acted
        ("The Varsk court found that Velto Pay's reported revenue had been inflated by 1.9 billion euros between "
         "2016 and 2019.", Verdict.SUPPORTED),
        # the name as the one who acted is a role the passage gives to another
        ("The Varsk court found that Velto Pay inflated its reported revenue by 1.9 billion euros between 2016 and "
         "2019.", Verdict.CONTRADICTED),
    ],
)
def test_a_possessive_name_is_no_agent(claim: str, expected: Verdict) -> None:
    text = (
        "A Varsk court on 14 March 2023 sentenced Ivo Marsh, the former chief executive of payments company Velto "
        "Pay, to six years in prison. Judges found that Marsh inflated the group's reported revenue by €1.9 billion "
        "between 2016 and 2019."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_an_event_word_of_the_other_clause_does_not_name_the_count() -> None:
    text = "Floods in the Ryder valley forced the evacuation of 12,500 people after the river rose. Three people died."
    v = rules_alone("Three people died and 21,500 were evacuated as floods hit the Ryder valley.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "12,500" in v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "up to about 155 mph" is the peak, hedged: 250 km/h is 155.3 mph
        ("Trains will run through the Brenvik Tunnel at up to about 155 mph.", Verdict.SUPPORTED),
        ("Trains will run through the Brenvik Tunnel at up to about 190 mph.", Verdict.CONTRADICTED),
    ],
)
def test_a_hedged_peak(claim: str, expected: Verdict) -> None:
    text = "Trains will run through the Brenvik Tunnel at up to 250 km/h, cutting the journey to two hours."
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


BAIL_CROWNS = (
    "LISBAR, Oct 8 (Reuters) - A Lisbar judge on Tuesday granted bail of 5 million crowns to Nils Ekberg, the former "
    "chief executive of Ravel Mining."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # crowns are not euros
        ("Nils Ekberg was granted bail of 5 million euros.", Verdict.CONTRADICTED),
        ("Nils Ekberg was granted bail of 5 million crowns.", Verdict.SUPPORTED),
    ],
)
def test_a_sum_in_crowns(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(BAIL_CROWNS, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason


def test_a_datelines_place_is_no_name_the_sentence_speaks_of() -> None:
    text = (
        "VESK CITY, Aug 7 (AP) - Vesk Finance Minister Lotte Berger resigned on Wednesday, two days after a newspaper "
        "reported that she had failed to declare shares worth 850,000 marks in a shipbuilder."
    )
    v = rules_alone("Berger had not declared shares worth 0.85 million marks.", text)
    assert v.verdict is Verdict.SUPPORTED, v.reason


OFFER = (
    "Brewer Tallin Group raised its offer for snack maker Merrow Foods to 3.05 billion pounds on Monday, topping a "
    "2.8 billion pound bid from Greystone Partners. Tallin's new offer of 612 pence per share is 9% above "
    "Greystone's 562 pence."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a price per share binds tighter to the claim's words, but does not outbind its total
        ("Tallin's offer of 612 pence per share values Merrow Foods at £3.05bn.", Verdict.SUPPORTED),
        # "per Merrow Foods share" is a price a share, as "per share" is
        ("Tallin is offering £61.20 per Merrow Foods share.", Verdict.CONTRADICTED),
        ("Tallin is offering £6.12 per Merrow Foods share.", Verdict.SUPPORTED),
    ],
)
def test_a_total_and_a_price_a_share(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(OFFER, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "exceeds" is a hedge: more than
        ("The fine imposed on Kestrel Pay exceeds 25 million euros.", Verdict.SUPPORTED),
        ("The fine imposed on Kestrel Pay exceeded 30 million euros.", Verdict.CONTRADICTED),
    ],
)
def test_exceeds_is_more_than(claim: str, expected: Verdict) -> None:
    text = "The Norland competition authority on Monday fined payments firm Kestrel Pay 27.5 million euros."
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("A Lisbar judge refused bail for Nils Ekberg.", "A Lisbar judge on Tuesday granted bail of 5 million crowns to "
         "Nils Ekberg.", Verdict.CONTRADICTED),
        ("Nils Ekberg was denied bail.", "A Lisbar judge on Tuesday granted bail to Nils Ekberg.", Verdict.CONTRADICTED),
        ("A Lisbar judge granted bail to Nils Ekberg.", "A Lisbar judge on Tuesday granted bail to Nils Ekberg.",
         Verdict.SUPPORTED),
        ("The Orlen Bridge opened on schedule.", "The Orlen Bridge opened to traffic on 3 October 2022, two years "
         "behind schedule.", Verdict.CONTRADICTED),
    ],
)
def test_bail_granted_or_refused_and_on_time_or_late(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason


def test_never_higher_since_is_the_highest_since() -> None:
    text = "The river Ryde rose to 8.9 metres at Tolvik on Tuesday, its highest level since records began in 1881."
    v = rules_alone("The Ryde had never been higher at Tolvik since records started in 1881.", text)
    assert v.verdict is Verdict.SUPPORTED, v.reason


SEATS = (
    "Norland's Progress Alliance won 34.2% of the vote in Sunday's general election, taking 61 of the 150 seats. "
    "The governing Social Democrats fell to 27.8% and 49 seats, down from 58 seats in 2020."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the earlier level of a change is the figure of its own year, not of the claim's time
        ("The Social Democrats won 58 seats in Sunday's election.", Verdict.CONTRADICTED),
        ("The Social Democrats won 58 seats in 2020.", Verdict.SUPPORTED),
        ("The Social Democrats won 49 seats in Sunday's election.", Verdict.SUPPORTED),
    ],
)
def test_the_earlier_level_of_a_change_is_of_its_year(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit(SEATS, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a factor is a relation between figures: wording alone does not settle it
        ("Kessel Bank's net profit nearly doubled from a year earlier.",
         "Kessel Bank's net profit rose sharply from a year earlier, the bank said.", Verdict.UNVERIFIED),
        # a rise in per cent is a factor
        ("Norcom's profit doubled in 2019.", "Norcom's profit rose 100% in 2019.", Verdict.SUPPORTED),
        ("Norcom's profit tripled in 2019.", "Norcom's profit rose 100% in 2019.", Verdict.CONTRADICTED),
        # the same hedged factor in other words
        ("Velto's fee was more than twice what Orlen had paid for Ada Lenz.",
         "Velto paid 222 million euros, more than double the previous record, the 105 million euros Orlen paid for "
         "Ada Lenz.",
         Verdict.SUPPORTED),
    ],
)
def test_a_factor_needs_figures_or_a_factor(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "nearly doubled" is a rise of most of the doubling: +85% is, +62% is not
        ("Kessel Bank's net profit nearly doubled from a year earlier.", Verdict.SUPPORTED),
        ("Orlen Bank's net profit nearly doubled from a year earlier.", Verdict.CONTRADICTED),
    ],
)
def test_nearly_doubled_is_most_of_a_doubling(claim: str, expected: Verdict) -> None:
    text = (
        "Kessel Bank reported a net profit of 1.85 billion marks, up 85% from 1.0 billion marks a year earlier. "
        "Orlen Bank reported a net profit of 1.62 billion marks, up 62% from 1.0 billion marks a year earlier."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_a_share_is_compared_with_the_share_of_its_noun() -> None:
    # "a turnout of 74.1%" is compared with "Turnout was 71.4%", not with the vote share of the
    # sentence that states the claim's seats
    text = (
        "The Progress Alliance won 34.2% of the vote in Sunday's election, taking 61 of the 150 seats. The Social "
        "Democrats fell to 27.8% and 49 seats. Turnout was 71.4%."
    )
    v = rules_alone("The Progress Alliance took 61 seats and the Social Democrats 49, on a turnout of 74.1%.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "71.4%" in v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the figure checks the first statement; the second, joined by "and", must be stated too
        ("Polar Chemicals must pay 96 million crowns to Eskholm residents and said it would seek compensation "
         "from the contractor.", Verdict.UNVERIFIED),
        ("Polar Chemicals must pay 96 million crowns to Eskholm residents and lost its appeal.", Verdict.UNVERIFIED),
        ("Polar Chemicals must pay 96 million crowns to Eskholm residents and was blamed for the leak.",
         Verdict.SUPPORTED),
    ],
)
def test_a_second_statement_must_be_stated_too(claim: str, expected: Verdict) -> None:
    text = (
        "Norland's Supreme Court on Thursday ordered Polar Chemicals to pay 96 million crowns in damages to 1,340 "
        "residents of Eskholm over a 2019 chlorine leak. The court blamed Polar for the leak and rejected its "
        "argument that a contractor had caused it."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason
    if "lost its appeal" in claim:
        # the reason quotes the part no passage states, as the claim words it
        assert 'they do not state this part of the claim: "lost its appeal"' in v.reason, v.reason


def test_a_word_of_a_noun_is_no_factor() -> None:
    from factcheck.align import analyse_claim, claimed_factor

    assert claimed_factor(analyse_claim(claim_from_text("Repair of double strand breaks is error-prone.", claim_id="c"))) is None
    assert claimed_factor(analyse_claim(claim_from_text("Kessel's profit nearly doubled in 2023.", claim_id="c"))) == "nearly doubled"
    assert claimed_factor(analyse_claim(claim_from_text("Rents rose to double the 2010 level.", claim_id="c"))) == "double"


def test_a_quake_is_an_earthquake() -> None:
    main = (
        "A magnitude 6.8 earthquake struck the Vesk province of Drummel on 23 August 2016. The quake killed 312 "
        "people."
    )
    after = "A magnitude 5.9 aftershock on 30 August 2016 injured 140 in the provincial capital, Orlin, weakened by the main shock."
    claim = "Orlin, Drummel's provincial capital, was hit by a magnitude 5.9 aftershock a week after the main quake."
    v = run(claim, [hit(after, "p1", 0.66, 1), hit(main, "p2", 0.51, 2)], settings=Settings(use_verifier=False))
    assert v.verdict is Verdict.SUPPORTED, v.reason
    assert "7 days after" in v.reason


FERRY_CAPSIZED = (
    "The ferry Kessel Crest capsized in the Orlen Strait on 14 March 2011. Of the 212 passengers and 19 crew "
    "aboard, 47 were killed and 63 injured."
)


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # a count tied to one event is compared with the count of that event
        ("The capsizing of the Kessel Crest injured 47 people.", Verdict.CONTRADICTED, "63"),
        ("The capsizing of the Kessel Crest injured 63 people.", Verdict.SUPPORTED, "63"),
        ("The capsizing of the Kessel Crest killed 47 people.", Verdict.SUPPORTED, "47"),
    ],
)
def test_killed_and_injured_are_counted_apart(claim: str, expected: Verdict, reason: str) -> None:
    v = run(claim, [hit(FERRY_CAPSIZED, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason
    assert reason in v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "took over 11 of its aircraft": a phrasal verb, not "more than 11"
        ("Polar Wings took over most of Nordair's routes, along with 11 of its aircraft, in April 2009.",
         "Polar Wings took over 11 of Nordair's aircraft and most of its routes in April 2009.", Verdict.SUPPORTED),
        # building is construction
        ("The Arnholt Bridge took 14 months to build.",
         "The Arnholt Bridge opened to traffic on 17 June 2014 after 41 months of construction.", Verdict.CONTRADICTED),
    ],
)
def test_took_over_and_construction(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason


def test_construction_is_building() -> None:
    from factcheck.align import stem

    assert stem("construction") == stem("built") == stem("constructed")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "no author younger than Varga had won it": Varga is the youngest winner, no comparison of two figures
        ("No author younger than Elin Varga had won the Corvin Prize in its 42-year history.", Verdict.SUPPORTED),
        ("Elin Varga was younger than Marten Hollis when she won the Corvin Prize.", Verdict.UNVERIFIED),
    ],
)
def test_no_one_younger_than_is_the_youngest(claim: str, expected: Verdict) -> None:
    text = (
        "Talmar novelist Elin Varga won the 2015 Corvin Prize for her novel 'The Salt Orchard', becoming the "
        "youngest winner in the award's 42-year history at the age of 29."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the same people counted with the other outcome
        ("Two firefighters were killed fighting the Orlen Library fire.", Verdict.CONTRADICTED),
        ("Two firefighters were injured fighting the Orlen Library fire.", Verdict.SUPPORTED),
        # another group's count settles nothing
        ("Two visitors were killed in the Orlen Library fire.", Verdict.UNVERIFIED),
    ],
)
def test_killed_is_not_injured(claim: str, expected: Verdict) -> None:
    text = (
        "A fire broke out in the Orlen Library on 3 December 2018, destroying 120,000 volumes. Firefighters "
        "brought the blaze under control after nine hours; two firefighters were injured."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a figure of another measure that only satisfies the bound settles nothing
        ("The 2021 stoppage at Dunmere lifted gravel prices by more than 3%.", Verdict.UNVERIFIED),
        # (and does not make the measure's own figure a conflict of evidence)
        ("The Dunmere quarry supplied more than 5% of Talvia's gravel last year.", Verdict.CONTRADICTED),
        # the measure's own figure does
        ("The Dunmere quarry supplied less than 5% of Talvia's gravel last year.", Verdict.SUPPORTED),
    ],
)
def test_a_bound_needs_a_figure_bound_to_its_measure(claim: str, expected: Verdict) -> None:
    texts = [
        "Quarry operator Brisk Aggregates said Dunmere produced 1.2 million tonnes last year, around 3% of Talvia's gravel.",
        "A previous stoppage at Dunmere in 2021 lasted 12 days. That dispute ended with a 9% pay rise over two years.",
    ]
    hits = [hit(t, f"p{i}", 0.8 - 0.1 * i, i + 1) for i, t in enumerate(texts)]
    v = run(claim, hits, settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a fraction after a hedge is a share: 28% is not more than a third
        ("Osterby's bid is a premium of more than a third to Halm's closing price.", Verdict.CONTRADICTED),
        ("Osterby's bid is a premium of more than a quarter to Halm's closing price.", Verdict.SUPPORTED),
        # a change by a fraction, with the verb's object between: 1.50 to 1.95 is +30%
        ("Halm raised its dividend by almost a third, to 1.95 crowns a share.", Verdict.SUPPORTED),
        ("Halm raised its dividend by more than a third, to 1.95 crowns a share.", Verdict.CONTRADICTED),
        # "by an average of" states a change as "by" does
        ("Halm raised its prices by 4.5% on average.", Verdict.SUPPORTED),
    ],
)
def test_fractions_as_shares_and_changes(claim: str, expected: Verdict) -> None:
    texts = [
        "Osterby agreed to buy Halm for 38 crowns per share, a premium of 28% to Halm's closing price on Friday. "
        "Halm raised its dividend to 1.95 crowns a share from 1.50 crowns.",
        "Halm raised its prices by an average of 4.5% on Monday, its second rise this year.",
    ]
    hits = [hit(t, f"p{i}", 0.8 - 0.1 * i, i + 1) for i, t in enumerate(texts)]
    v = run(claim, hits, settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # time lost to a rival and a deficit overall are margins, as "ahead of" is
        ("Edda Strand lost 41 seconds to Lind on the Vasshorn stage and now trails her by 2 minutes 5 seconds overall.",
         Verdict.SUPPORTED),
        ("Edda Strand lost 51 seconds to Lind on the Vasshorn stage.", Verdict.CONTRADICTED),
        # a margin is still no total time
        ("Lind won the Vasshorn stage in 41 seconds.", Verdict.UNVERIFIED),
    ],
)
def test_time_lost_and_deficits_are_margins(claim: str, expected: Verdict) -> None:
    text = (
        "Lind won the ninth stage of the Tour of Halm, a 176-kilometre ride to the summit of Vasshorn, finishing "
        "41 seconds ahead of Edda Strand. The victory lifted Lind into the leader's jersey, 2 minutes 5 seconds "
        "ahead of Strand."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a total the claim gives is the sum of the two figures a sentence joins
        ("Amsel took home 90,000 euros in all, including a €30,000 bonus for the record.", Verdict.SUPPORTED),
        ("Amsel won a total of 90,000 euros at Brekka.", Verdict.SUPPORTED),
        ("Amsel took home 80,000 euros in all, including a €30,000 bonus for the record.", Verdict.CONTRADICTED),
        # a hyphenated sum is money, and its currency counts
        ("Amsel was paid a $30,000 bonus for the record.", Verdict.CONTRADICTED),
    ],
)
def test_totals_of_two_sums(claim: str, expected: Verdict) -> None:
    text = "At Brekka, Amsel, 29, collected 60,000 euros in prize money plus a 30,000-euro record bonus."
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a change with the verb's object between verb and "by", on either side
        ("Halvik will cut Norland production capacity by more than 40,000 tonnes a year.", Verdict.SUPPORTED),
        ("Halvik will cut Norland production capacity by more than 50,000 tonnes a year.", Verdict.CONTRADICTED),
        # "a 6.5 percent pay rise" states the change "raise wages by 6.5 percent" claims
        ("The strike ended after the mill agreed to raise wages by 6.5 percent.", Verdict.SUPPORTED),
    ],
)
def test_changes_with_their_objects(claim: str, expected: Verdict) -> None:
    text = (
        "The agreement avoids immediate mill closures but will reduce the group's Norland production capacity "
        "by about 43,000 tonnes a year. The strike at Halvik's Osby mill ended after 12 days when the company "
        "agreed to a 6.5 percent pay rise."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "Premier Ola Dahl's centre-right Civic Party came second with ... 52 seats": the party's seats
        ("The Labour Front fell short of a majority, winning fewer than 70 seats.", Verdict.CONTRADICTED),
        ("The Labour Front fell short of a majority, winning fewer than 80 seats.", Verdict.SUPPORTED),
        # a relative clause gives the figure to its name, not to the sentence's opener
        ("Rask will open talks with the Greens and the Farmers' League, which won 9 seats.", Verdict.UNVERIFIED),
    ],
)
def test_whose_seats(claim: str, expected: Verdict) -> None:
    texts = [
        "The Labour Front, led by Tove Rask, won Sunday's election with 36.1% of the vote, giving it 74 of the "
        "181 seats in parliament. Premier Ola Dahl's centre-right Civic Party came second with 26.4% and 52 seats.",
        "Halm First doubled its vote share to 12.9%, winning 22 seats. Rask has ruled out "
        "any coalition with Halm First and said she would open talks with the Greens and the Farmers' League.",
    ]
    hits = [hit(t, f"p{i}", 0.8 - 0.05 * i, i + 1) for i, t in enumerate(texts)]
    v = run(claim, hits, settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a relative clause's figure checks the relative clause, not the main clause after it
        ("Governor Aino Rask, who expects inflation to fall to about 4% by next year, said on Tuesday that "
         "the bank would sell its gold reserves.", Verdict.UNVERIFIED),
        ("Governor Aino Rask, who spoke on Tuesday, expects inflation to fall to about 4% by next year.",
         Verdict.SUPPORTED),
        # "and that ..." is a second statement
        ("Rask said inflation would fall to about 4% by next year and that the bank would sell its gold.",
         Verdict.UNVERIFIED),
        # a government is what governs
        ("Rask, whose bank cut rates to 3.5% in May, governed in coalition with the Centre party.",
         Verdict.SUPPORTED),
    ],
)
def test_main_clause_after_a_relative_clause(claim: str, expected: Verdict) -> None:
    text = (
        "Governor Aino Rask told lawmakers on Tuesday that she expected inflation to fall to about 4% by next "
        "year. Her bank cut rates to 3.5% in May. Rask formed a coalition government with the Centre party."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a year that only dates the subject states nothing of what it did
        ("The 2021 outage at Brisk Telecom was caused by a cyberattack launched from abroad.", Verdict.UNVERIFIED),
        ("The March 2021 outage at Brisk Telecom was blamed on a software update.", Verdict.UNVERIFIED),
        # what the passage does state stays supported
        ("The 2021 outage at Brisk Telecom cut service to customers for 19 hours.", Verdict.SUPPORTED),
        ("Brisk Telecom suffered an outage in 2021.", Verdict.SUPPORTED),
    ],
)
def test_a_year_before_the_subject_states_nothing_of_it(claim: str, expected: Verdict) -> None:
    text = (
        "Regulators fined Brisk Telecom 3.1 million euros over a March 2021 outage that cut service to "
        "customers for 19 hours. Brisk said it had spent 40 million euros on its network since the outage."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the first clause's figure is its own name's, whatever a fronted phrase says before it
        ("The Labour Front won fewer than 60 seats at the last election.", Verdict.CONTRADICTED),
        ("The Labour Front won more than 60 seats at the last election.", Verdict.SUPPORTED),
    ],
)
def test_the_first_clause_figure_is_its_own_names(claim: str, expected: Verdict) -> None:
    text = (
        "At the last election four years ago, the Civic Party won 31.5% and 56 seats, while the Labour Front "
        "took 29.8% and 62 seats."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the best-bound figure is of another measure: the figure whose sentence names the claim's decides
        ("Building permits in Talvia fell 15% in the third quarter.", Verdict.CONTRADICTED),
        ("Building permits in Talvia fell 8% in the third quarter.", Verdict.SUPPORTED),
        ("Housing starts in Talvia fell 11% in the third quarter.", Verdict.SUPPORTED),
    ],
)
def test_the_figure_of_the_claims_measure_clashes(claim: str, expected: Verdict) -> None:
    text = (
        "Housing starts in Talvia fell 11% in the third quarter from a year earlier to 12,100 units, the "
        "statistics office said. Building permits issued in the quarter dropped 8% to 15,600."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the best-bound count is of another noun ("60-kg bags" of the harvest): the exports' count decides
        ("The institute expects Marevia's cocoa exports to fall to 7.4 million bags this season.", Verdict.CONTRADICTED),
        ("The institute expects Marevia's cocoa exports to fall to 5.2 million bags this season.", Verdict.SUPPORTED),
    ],
)
def test_the_count_of_the_claims_noun_clashes(claim: str, expected: Verdict) -> None:
    text = (
        "Marevia's cocoa harvest will fall 14% this season to 6.3 million 60-kg bags, the Cocoa Institute forecast "
        "on Friday. Exports are expected to drop to 5.2 million bags."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected", "shown"),
    [
        # the figure of the measure with its qualifier ("core") is the claim's, however tightly the
        # unqualified one binds
        ("Halm's core inflation rate was 3.8% in May.", Verdict.SUPPORTED, "3.8%"),
        ("Halm's core inflation rate was 4.6% in May.", Verdict.CONTRADICTED, "3.8%"),
        ("Halm's core inflation rate was 3.1% in May.", Verdict.CONTRADICTED, "3.8%"),
        ("Halm's inflation rate was 4.6% in May.", Verdict.SUPPORTED, "4.6%"),
    ],
)
def test_a_qualified_measure_takes_its_own_figure(claim: str, expected: Verdict, shown: str) -> None:
    text = (
        "Halm's annual inflation rate was 4.6% in May, the statistics bureau said. The core inflation rate, "
        "which excludes food and energy, was 3.8%."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason
    assert shown in v.reason


def test_a_period_named_by_its_length_is_no_duration() -> None:
    # "in the first six months" names when; "a five-day strike" says how long: no clash
    claim = "Halm Air earned 14 million euros in the first six months of last year."
    text = "Halm Air reported a first-half net profit of 14 million euros, despite a five-day pilots' strike in May."
    v = rules_alone(claim, text)
    assert v.verdict is not Verdict.CONTRADICTED, v.reason
    assert "five-day" not in v.reason


@pytest.mark.parametrize(
    ("claim", "expected", "shown"),
    [
        # a wire dateline's date is the filing date: the passage's own date of the event decides
        ("The gas leak in Orsby took place in 2020.", Verdict.CONTRADICTED, "2021"),
        # it dates the event the sentence reports ...
        ("The appeals court ordered Brand Chemicals to pay damages on March 3.", Verdict.CONTRADICTED, "March 9"),
        # ... and no other
        ("Brand Chemicals' plant manager was arrested on June 2 after inspectors found leaking valves.",
         Verdict.UNVERIFIED, ""),
    ],
)
def test_a_dateline_date_dates_only_what_the_story_reports(claim: str, expected: Verdict, shown: str) -> None:
    text = (
        "ORSBY, Talvia, March 9 (AP) - Talvia's appeals court on Thursday ordered Brand Chemicals to pay "
        "41 million crowns in damages to 900 residents of Orsby over a 2021 gas leak."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason
    assert shown in v.reason


def test_a_dateline_without_an_agency_takes_no_year_from_its_sentence() -> None:
    from factcheck.align import parse_passage_text

    (sent,) = parse_passage_text("VESK CITY, Jan 29 - Home prices in Vesk fell 2.8% in 2024, the registry said.")
    (filed,) = [q for q in sent.quantities if q.text == "Jan 29"]
    assert str(filed.value) == "--01-29"
    assert all(e.text != "VESK CITY" for e in sent.entities)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a cause the claim adds must be stated too
        ("Ivo Marsh was arrested on 4 May after auditors flagged missing funds.", Verdict.UNVERIFIED),
        ("Ivo Marsh was arrested on 4 May after auditors found 2 million euros missing.", Verdict.UNVERIFIED),
        ("Ivo Marsh was arrested on 4 May after police searched his office.", Verdict.SUPPORTED),
    ],
)
def test_a_cause_the_claim_adds_must_be_stated(claim: str, expected: Verdict) -> None:
    text = "Ivo Marsh was arrested on 4 May 2024, a day after police searched his office in Orsby."
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a capitalised title joined to the name, held by another; the claim's name holds another
        ("Bank of Osterland Governor Petra Lind said rates would stay high for some time.", Verdict.CONTRADICTED),
        ("Bank of Osterland Governor Anja Roth said rates would stay high for some time.", Verdict.SUPPORTED),
        # a title before the name, set off by a comma
        ("Halvard Foods' finance chief, Anja Roth, said rates would stay high.", Verdict.CONTRADICTED),
    ],
)
def test_titles_joined_to_names_and_set_off_by_commas(claim: str, expected: Verdict) -> None:
    text = (
        "Bank of Osterland Governor Anja Roth said on Monday that rates would stay high for some time, "
        "while Deputy Governor Petra Lind said two cuts were possible next year. At Halvard Foods, "
        "Chief Executive Anja Roth and Chief Financial Officer Ivo Berg said rates would stay high."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_a_title_match_does_not_state_what_the_claim_says_of_the_name() -> None:
    text = "Defence minister Ola Berg resigned on Friday, a day after Prime Minister Ivo Lund cut his budget."
    v = rules_alone("Ola Berg resigned at the request of Prime Minister Ivo Lund.", text)
    assert v.verdict is Verdict.UNVERIFIED, v.reason


@pytest.mark.parametrize(
    ("claim", "text", "shown"),
    [
        # the opposite wording, though the sentence negates something else
        ("Former mayor Ivo Lund was convicted of bribery by an Orsby court on Monday.",
         "An Orsby court on Monday acquitted former mayor Ivo Lund of bribery, ruling that prosecutors had "
         "failed to prove he took 40,000 crowns.", "acquitted"),
        ("Osterland's regulator cleared Halvard Foods' 2 billion crown takeover of Brisk Dairy.",
         "Osterland's regulator blocked Halvard Foods' 2 billion crown takeover of Brisk Dairy on Monday.", "blocked"),
        ("Orsby's council passed a 4% cap on rent increases on Monday.",
         "Orsby's council voted down a proposal to cap rent increases at 4% on Monday by 30 votes to 21.",
         "voted down"),
        ("Halvard Foods' operating loss narrowed to 120 million crowns in the second quarter.",
         "Halvard Foods' operating loss widened to 120 million crowns in the second quarter from 80 million.",
         "narrowed"),
    ],
)  # fmt: skip
def test_opposite_wordings(claim: str, text: str, shown: str) -> None:
    v = rules_alone(claim, text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert shown in v.reason


@pytest.mark.parametrize(
    ("claim", "ok"),
    [
        ("Orsby's council cleared the way for a new stadium on Monday.", False),
        ("Halvard Foods was cleared of price-fixing on Monday.", False),
    ],
)
def test_cleared_is_an_approval_only_of_a_thing(claim: str, ok: bool) -> None:
    from factcheck.align import _opposite_words

    assert (_opposite_words(claim, "The regulator blocked the deal on Monday.") is not None) is ok


def test_a_verb_of_the_next_figure_is_not_the_counts_event() -> None:
    text = "Brisk Dairy will cut 1,400 jobs, or 6% of its staff, by 2026 as part of a plan to save 90 million euros a year."
    v = rules_alone("Brisk Dairy plans to cut 2,400 jobs by 2026 to save 90 million euros a year.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "1,400" in v.reason


def test_a_claim_of_this_weeks_vote_is_not_answered_by_a_past_years() -> None:
    texts = (
        "ORSBY, May 5 - The Civic Party took 47.2% of the vote in Sunday's city election in Orsby.",
        "In 2018 the Civic Party won just under a third of the Orsby vote.",
    )
    v = run("The Civic Party won almost half of the vote in Sunday's Orsby election.",
            [hit(t, f"p{i}", 0.8 - i / 10, i + 1) for i, t in enumerate(texts)],
            settings=Settings(use_verifier=False))  # fmt: skip
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        # a figure of the name a fronted phrase sets off ("Last year's winner, X, finished ...")
        ("Ada Brun won Sunday's Orsby Classic by 2 minutes 5 seconds.",
         "Osterland's Ada Brun won the Orsby Classic on Sunday after a solo attack 18 kilometres from the "
         "finish. Last year's winner, Lea Holm, finished fourth, 2 minutes 5 seconds behind.", Verdict.UNVERIFIED),
        # a poll's figure is no result
        ("Ivo Sand won Osterland's presidential election on Sunday with 44% of the vote.",
         "The last opinion poll before Sunday's Osterland presidential election gave Ivo Sand 44% and Mia Dahl 40%.",
         Verdict.UNVERIFIED),
        ("A poll gave Ivo Sand 44% before Sunday's presidential election in Osterland.",
         "The last opinion poll before Sunday's Osterland presidential election gave Ivo Sand 44% and Mia Dahl 40%.",
         Verdict.SUPPORTED),
        # power cut to homes is homes without power
        ("A storm on Monday left 52,000 Orsby homes without power.",
         "A storm cut power to 52,000 homes in Orsby on Monday, the grid operator said.", Verdict.SUPPORTED),
        # the time a figure is compared with states no span
        ("Rents in Orsby are 9% higher than a year ago.",
         "Rents in Orsby have risen 9% in twelve months, the property portal said.", Verdict.SUPPORTED),
        # the stake "it does not already own" negates nothing
        ("Brisk Dairy will take full ownership of Orsby Cheese by buying its remaining 40% stake.",
         "Brisk Dairy will buy the 40% of Orsby Cheese it does not already own, taking full ownership.",
         Verdict.SUPPORTED),
        # metres of climbing are no distance
        ("Thursday's stage of the Tour of Osterland runs roughly 180 km from Orsby to Mount Kell.",
         "Thursday's stage of the Tour of Osterland covers 178 kilometres from Orsby to the summit finish at "
         "Mount Kell, with 3,900 metres of climbing.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_whose_figure_and_which_time(claim: str, text: str, expected: Verdict) -> None:
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        # "by seven votes to two" is a tally, not a margin of seven
        ("Osterland's supreme court on Monday struck down the law by six votes to three.",
         "Osterland's supreme court on Monday struck down the law, ruling 6-3 that it breached the constitution.",
         Verdict.SUPPORTED),
        # a chamber's tally in the hundreds
        ("Osterland's parliament backed the reform by 210 votes to 150 on Wednesday.",
         "Osterland's parliament voted 210 to 150 on Wednesday to lower the voting age.", Verdict.SUPPORTED),
        ("Osterland's parliament backed the reform by 210 votes to 105 on Wednesday.",
         "Osterland's parliament voted 210 to 150 on Wednesday to lower the voting age.", Verdict.CONTRADICTED),
        # "for as long as" is "up to"
        ("A law lets police hold suspects in Osterland for as long as 72 hours without charge.",
         "A law in Osterland allows police to hold suspects for up to 72 hours without charge.", Verdict.SUPPORTED),
        # an age opening the claim is no name, and "at 21," is an age
        ("Twenty-one-year-old Lea Holm won the Tour of Orsby by 12 seconds on Sunday.",
         "Osterland's Lea Holm won the Tour of Orsby on Sunday by 12 seconds from Mia Dahl, becoming, at 21, "
         "its youngest winner.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_tallies_hedges_and_ages(claim: str, text: str, expected: Verdict) -> None:
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        # a number word opening the story after a dateline's dash is a number
        ("More than 30 guards at Orsby Prison were hurt in assaults last year.",
         "ORSBY, Feb 2 - Thirty-four prison guards were injured in assaults at Orsby Prison last year, the union said.",
         Verdict.SUPPORTED),
        # the first six months are the first half
        ("Nearly 3 million passengers used Orsby airport in the first six months of the year.",
         "Orsby airport handled 2.96 million passengers in the first half of the year, up 5 percent.", Verdict.SUPPORTED),
        # a count of the claim's event: the arrests, not the festival's visitors
        ("Orsby police arrested almost 900 people during the Harbour Festival.",
         "Police in Orsby made 884 arrests during the Harbour Festival. About 700,000 people attended it.",
         Verdict.SUPPORTED),
        # "planned" in another clause makes no expected figure of the cost
        ("Building Orsby airport's new terminal has cost 640 million euros, the operator said.",
         "Orsby airport will open its new terminal in May, six months later than planned, after construction "
         "costs rose to 610 million euros, the operator said.", Verdict.CONTRADICTED),
        # "under a ... programme" is a preposition, no hedge
        ("Orsby's 40,000 pupils get free lunches under a 12 million euro programme.",
         "Orsby's 40,000 pupils get free lunches in a programme costing 12 million euros.", Verdict.SUPPORTED),
        # an interval the passage states in words
        ("Roughly half of Orsby University's 2022 graduates were working abroad a year after graduating.",
         "A survey found that 49.2 percent of Orsby University's 2022 graduates were working abroad a year after "
         "finishing their degrees.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_datelines_periods_events_and_stated_intervals(claim: str, text: str, expected: Verdict) -> None:
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        # a figure corrected later in its sentence is superseded, and "Once" opens no name
        ("Once corrected, turnout in Orsby's referendum was over 60%.",
         "Turnout in Orsby's referendum was first reported at 57.2%, but the electoral office corrected it to "
         "61.8% on Monday.", Verdict.SUPPORTED),
        ("Turnout in Orsby's referendum was first reported at 57.2%.",
         "Turnout in Orsby's referendum was first reported at 57.2%, but the electoral office corrected it to "
         "61.8% on Monday.", Verdict.SUPPORTED),
        # "revised ... up to 66%" is the level reached, no "at most"
        ("Orsby's electoral office revised turnout in the referendum up to 66% once postal votes were counted.",
         "Orsby's electoral office revised turnout in the referendum to 61.8% after postal votes were counted.",
         Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_corrected_figures(claim: str, text: str, expected: Verdict) -> None:
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_a_plan_is_not_contradicted_by_another_names_past_figure() -> None:
    text = (
        "Brisk Savings will close 18 of its 120 branches by the end of next year, it said on Tuesday. "
        "Larger rival Orsby Bank closed 31 branches last year."
    )
    v = rules_alone("Orsby Bank plans to close 18 branches by the end of next year.", text)
    assert v.verdict is Verdict.UNVERIFIED, v.reason


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        # "Lawmakers" opens no name
        ("Lawmakers in Osterland are set to vote on the budget on Oct. 2, the speaker said.",
         "The Osterland parliament will vote on the budget on 2 October, the speaker announced.", Verdict.SUPPORTED),
        # a race held "over" its laps runs that many
        ("The Orsby Grand Prix on May 4 will run to 58 laps.",
         "The Orsby Grand Prix will be held over fifty-eight laps on 4 May, organisers said.", Verdict.SUPPORTED),
        # lifted / raised, target / goal, shares / stock
        ("Brisk Bank raised its annual profit goal to 1.8 billion crowns, sending its stock up 6%.",
         "Brisk Bank's shares jumped 6% on Thursday after the lender lifted its full-year profit target to 1.8 billion "
         "crowns.",
         Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_openers_laps_and_synonyms(claim: str, text: str, expected: Verdict) -> None:
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_a_datelines_common_opener_is_no_name_and_the_described_name_opens() -> None:
    from factcheck.align import OPENER, _opening_entity, find_entities, parse_sentence

    text = "ORSBY, Feb 11 - Supermarket chain Brisk will raise the price of bread by 6 percent."
    assert [e.label for e in find_entities(text) if e.text == "Supermarket"] == [OPENER]
    opener = _opening_entity(parse_sentence(text))
    assert opener is not None and opener.text == "Brisk"


def test_reopened_against_remained_closed() -> None:
    text = "ORSBY, Dec 2 - Orsby port remained closed to ferries for a second day on Thursday after gales."
    v = rules_alone("Orsby port reopened to ferries on Thursday after gales.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "remained closed" in v.reason


def test_a_figure_given_to_the_claims_object_is_the_objects() -> None:
    text = (
        "The Osterland Competition Office on 3 May 2021 fined three dairies a total of 90 million crowns. "
        "Swiss group Brisk AG received the largest penalty, 52 million crowns, after cooperating."
    )
    v = rules_alone("The Osterland Competition Office fined Brisk AG 52 million crowns on 3 May 2021.", text)
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_a_count_compared_with_three_words_between_is_a_comparison() -> None:
    from factcheck.align import analyse_claim

    a = analyse_claim(claim_from_text("Brisk had more daily active users than Orsby by the end of 2024.", claim_id="c1"))
    assert a.comparative == "larger"
    text = "Brisk had 190 million daily active users at the end of 2024, the company said."
    v = rules_alone("Brisk had more daily active users than Orsby by the end of 2024.", text)
    assert v.verdict is Verdict.UNVERIFIED, v.reason


def test_a_predicate_after_a_modal_holds_another_name() -> None:
    text = (
        "ORSBY, Feb 11 - Supermarket chain Brisk will raise the price of its rye bread by 6 percent from "
        "April 1, the company said. Rival Kelder said it would hold its prices until June."
    )
    v = rules_alone("Kelder will raise the price of its rye bread by 6 percent from April 1.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Brisk" in v.reason
    assert rules_alone("Brisk will raise the price of its rye bread by 6 percent from April 1.", text).verdict is Verdict.SUPPORTED


def test_an_event_the_counted_are_about_is_not_what_befell_them() -> None:
    text = (
        "Orsby's chief prosecutor said on Monday that investigators had tied the 2021 murder of trade "
        "unionist Ada Lenz to a smuggling ring and that three suspects had been detained abroad."
    )
    v = rules_alone("Three suspects in the 2021 killing of trade unionist Ada Lenz have been arrested abroad.", text)
    assert v.verdict is Verdict.SUPPORTED, v.reason
    # what befell the counted still binds: three were not killed
    dead = rules_alone("Three suspects were killed in a raid in 2021.", "Police said three suspects had been detained abroad in 2021.")
    assert dead.verdict is not Verdict.SUPPORTED, dead.reason


def test_the_day_a_statement_was_made_is_not_the_day_of_its_subject() -> None:
    text = (
        "Brisk Software will put a 1-for-5 share consolidation to a shareholder vote at its annual "
        "meeting, the company said in a statement on May 4."
    )
    v = rules_alone("Brisk Software shareholders will vote on the share consolidation on May 29.", text)
    assert v.verdict is Verdict.UNVERIFIED, v.reason
    # a claim about the statement itself is answered by its day
    said = rules_alone("Brisk Software said in a statement on May 9 that it would put a share consolidation to a vote.", text)
    assert said.verdict is Verdict.CONTRADICTED, said.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Brisk Foods left its full-year sales forecast unchanged on Tuesday.", Verdict.CONTRADICTED),
        ("Brisk Foods raised its full-year sales forecast on Tuesday.", Verdict.SUPPORTED),
    ],
)
def test_a_forecast_left_unchanged_against_one_raised(claim: str, expected: Verdict) -> None:
    text = "Brisk Foods raised its full-year sales forecast on Tuesday to 2.1 billion crowns after a strong summer."
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_a_verb_spelt_as_its_present_after_a_name_is_its_role() -> None:
    text = (
        "The Orsby Central Bank cut its key rate by 50 basis points to 3.5 percent on Tuesday. Hours later, "
        "the Kelder Monetary Authority left its own rate at 2.75 percent."
    )
    v = rules_alone("The Kelder Monetary Authority cut its key rate by 50 basis points to 3.5 percent on Tuesday.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Orsby Central Bank" in v.reason
    ok = rules_alone("The Orsby Central Bank cut its key rate by 50 basis points to 3.5 percent on Tuesday.", text)
    assert ok.verdict is Verdict.SUPPORTED, ok.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orsby's council approved a 1.2 billion crown budget for 2027 on Thursday.", Verdict.CONTRADICTED),
        ("Orsby's council approved a 1.2 billion crown budget for 2027 on Friday.", Verdict.SUPPORTED),
        ("Orsby's council approved a 1.2 billion crown budget for 2027 on Monday.", Verdict.CONTRADICTED),
    ],
)
def test_the_weekday_of_the_sentence_restating_the_claim(claim: str, expected: Verdict) -> None:
    text = "Orsby's council on Friday approved a 1.2 billion crown budget for 2027 by 31 votes to 20."
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_a_weekday_a_statement_was_made_on_is_not_the_events() -> None:
    text = "Orsby's council approved a 1.2 billion crown budget for 2027, its speaker said on Friday."
    v = rules_alone("Orsby's council approved a 1.2 billion crown budget for 2027 on Thursday.", text)
    assert v.verdict is not Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Brisk chief executive Ada Lenz will step down in September after nine years.", Verdict.CONTRADICTED),
        ("Brisk chief executive Ada Lenz will step down in June after nine years.", Verdict.SUPPORTED),
        ("Brisk chief executive Ada Lenz will step down on June 30 after nine years.", Verdict.UNVERIFIED),
    ],
)
def test_a_month_without_a_year_is_compared_on_the_month(claim: str, expected: Verdict) -> None:
    text = "Brisk said on Monday that chief executive Ada Lenz would step down in June after nine years in the post."
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_a_described_winner_beaten_by_another() -> None:
    text = (
        "Green candidate Ada Lenz won Sunday's run-off for mayor of Orsby with 52.3 percent, defeating "
        "conservative Piet Harl, who took 47.7 percent, the election board said."
    )
    v = rules_alone("Conservative Piet Harl won the Orsby mayoral run-off on Sunday with 52.3 percent.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Ada Lenz" in v.reason


def test_the_agent_of_a_passive_holds_the_claims_role() -> None:
    text = (
        "The no-confidence motion against Orsby's government was tabled by the Green Party on Monday, "
        "the speaker said. The Social Democrats have not said whether they will back it."
    )
    v = rules_alone("Orsby's Social Democrats tabled a no-confidence motion against the government on Monday.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Green Party" in v.reason
    ok = rules_alone("The Green Party tabled a no-confidence motion against Orsby's government on Monday.", text)
    assert ok.verdict is not Verdict.CONTRADICTED, ok.reason


def test_a_figure_of_a_later_clause_is_its_own_names() -> None:
    text = (
        "Former Orsby mayor Ada Lenz was sentenced on Monday to five years in prison for taking bribes, the court "
        "said. Her former deputy, Piet Harl, received two years."
    )
    v = rules_alone("Former Orsby mayor Ada Lenz was sentenced to five years, while her former deputy Piet Harl received three years.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "three years" in v.reason
    ok = rules_alone("Former Orsby mayor Ada Lenz was sentenced to five years, while her former deputy Piet Harl received two years.", text)
    assert ok.verdict is Verdict.SUPPORTED, ok.reason


def test_a_slot_after_a_name_holds_another_name() -> None:
    text = (
        "An Orsby court on Monday approved the extradition of banker Piet Harl to Kelder, where he faces "
        "fraud charges. A request from Brisland over a separate case was rejected."
    )
    v = rules_alone("An Orsby court approved the extradition of banker Piet Harl to Brisland.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Kelder" in v.reason
    ok = rules_alone("An Orsby court approved the extradition of banker Piet Harl to Kelder.", text)
    assert ok.verdict is Verdict.SUPPORTED, ok.reason


def test_a_contract_awarded_to_another_name() -> None:
    text = (
        "Orsby's transport ministry awarded a 90 million euro contract to build the new tram depot to Harl "
        "Bau on Monday, rejecting a rival bid from Brisk Construction."
    )
    v = rules_alone("Brisk Construction won a 90 million euro contract to build Orsby's new tram depot.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Harl Bau" in v.reason
    ok = rules_alone("Harl Bau won a 90 million euro contract to build Orsby's new tram depot.", text)
    assert ok.verdict is not Verdict.CONTRADICTED, ok.reason


def test_a_prize_awarded_jointly_is_each_names() -> None:
    text = "On 9 October 2019 the academy awarded the Orsby Prize for chemistry jointly to Lenz and Piet Harl; Brout had died."
    v = rules_alone("Piet Harl and Ada Lenz were awarded the Orsby Prize for chemistry.", text)
    assert v.verdict is not Verdict.CONTRADICTED, v.reason


def test_a_title_the_passage_gives_does_not_outweigh_the_act_it_gives_another() -> None:
    text = (
        "Finance Minister Ada Lenz presented Orsby's 2027 budget to parliament on Wednesday. "
        "Prime Minister Piet Harl called it a budget for growth."
    )
    v = rules_alone("Prime Minister Piet Harl presented Orsby's 2027 budget to parliament on Wednesday.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Ada Lenz" in v.reason


def test_a_count_of_an_event_against_a_count_of_another_noun() -> None:
    text = "Orsby police carried out 41 raids on Tuesday against a network suspected of laundering 20 million crowns."
    v = rules_alone("Orsby police arrested 41 people in raids on a suspected money-laundering network.", text)
    assert v.verdict is Verdict.UNVERIFIED, v.reason
    ok = rules_alone(
        "Orsby police arrested 41 people in raids on Tuesday.",
        "Orsby police arrested 41 people on Tuesday in raids against a network suspected of laundering money.",
    )
    assert ok.verdict is Verdict.SUPPORTED, ok.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ada Lenz became Orsby's first female speaker on Tuesday, winning 188 votes to 102 for Piet Harl.", Verdict.SUPPORTED),
        ("Ada Lenz became Orsby's first female speaker on Tuesday, winning 188 votes to 112 for Piet Harl.", Verdict.UNVERIFIED),
    ],
)
def test_a_tally_the_passage_counts_side_by_side(claim: str, expected: Verdict) -> None:
    text = (
        "ORSBY, Feb 11 - Orsby's parliament on Tuesday elected Ada Lenz as its first female speaker, with "
        "188 votes in the 300-seat chamber. Her only rival, Piet Harl, received 102 votes."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_a_figure_left_undisclosed_is_not_denied() -> None:
    text = "Brisk Air, its main rival, said its August load factor was 84 percent but did not disclose passenger numbers."
    v = rules_alone("Brisk Air carried 1.3 million passengers in August.", text)
    assert v.verdict is Verdict.UNVERIFIED, v.reason


def test_a_rank_the_passage_gives_another_name() -> None:
    text = (
        "Kelder was again Orsby's largest export market last year, taking goods worth 12 billion crowns, "
        "the trade ministry said. Brisland was second at 9 billion crowns."
    )
    v = rules_alone("Brisland was Orsby's biggest export market last year.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Kelder" in v.reason
    assert rules_alone("Kelder was Orsby's biggest export market last year.", text).verdict is Verdict.SUPPORTED


def test_a_name_given_only_as_the_one_passed_over() -> None:
    text = "Brisk Motors will build its new battery plant in Kelder rather than in Harrow, the carmaker said on Tuesday."
    v = rules_alone("Brisk Motors picked Harrow as the site of its new battery plant.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert rules_alone("Brisk Motors picked Kelder rather than Harrow for its new battery plant.", text).verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orsby Bank has appointed Piet Harl as its new chief executive.", Verdict.CONTRADICTED),
        ("Orsby Bank named Ada Lenz as chief executive on Wednesday.", Verdict.SUPPORTED),
    ],
)
def test_a_post_the_passage_gives_another_name(claim: str, expected: Verdict) -> None:
    text = (
        "Orsby Bank named Ada Lenz, 51, as chief executive on Wednesday, succeeding Piet Harl, who will "
        "retire in January after nine years in the role."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_an_mp_s_title_and_a_hyphenated_common_opener_are_no_names() -> None:
    from factcheck.align import find_entities

    assert [e.text for e in find_entities("Stronger-than-expected sales helped Brisk.")] == ["Brisk"]
    text = "Lawmakers in Orsby voted on Tuesday to strip opposition deputy Ada Lenz of her immunity over a 2021 land deal."
    v = rules_alone("Orsby's parliament lifted opposition MP Ada Lenz's immunity on Tuesday over a 2021 land deal.", text)
    named = [p for ev in v.evidence for p in ev.parts if p.kind == "entity" and "Ada Lenz" in p.claim_text]
    assert named and all(p.status is PartStatus.MATCHED for p in named), v.reason


def test_a_people_named_after_their_country() -> None:
    from factcheck.align import entity_present, name_vocab

    assert entity_present("Orsbians", name_vocab("Some 2.1 million people live in Orsby and Orsbia."))
    assert entity_present("Kelderis", name_vocab("Some 4.9 million people are registered to vote in Kelder."))
    assert not entity_present("Kelderis", name_vocab("Some 4.9 million people are registered to vote in Brisland."))
    text = "Some 4.9 million people are registered to vote in Kelder's presidential election on 12 May."
    v = rules_alone("About 5 million Kelderis are registered to vote in the 12 May presidential election.", text)
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("61,000 people were out of work in Orsby in May.", Verdict.SUPPORTED),
        ("The number of people out of work in Orsby fell by 3,000 in May.", Verdict.SUPPORTED),
        ("63,000 people were out of work in Orsby in May.", Verdict.CONTRADICTED),
    ],
)
def test_a_change_by_an_amount_to_a_level(claim: str, expected: Verdict) -> None:
    text = "Orsby's jobless rate fell to 3.1% in May. The number of people out of work dropped by 3,000 to 61,000."
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_the_nth_title_told_by_a_count_so_far() -> None:
    text = "Ada Lenz beat Kira Holm 6-3, 6-4 in Sunday's Orsby Open final. The 26-year-old has now won three titles this season."
    v = rules_alone("Ada Lenz claimed her third title of the season by beating Kira Holm in the Orsby Open final.", text)
    assert v.verdict is Verdict.SUPPORTED, v.reason
    other = rules_alone("Ada Lenz claimed her fourth title of the season by beating Kira Holm in the Orsby Open final.", text)
    assert other.verdict is not Verdict.SUPPORTED, other.reason


@pytest.mark.parametrize(
    ("claim", "expected", "shown"),
    [
        ("Orsby's youth unemployment rate was 11.4%.", Verdict.SUPPORTED, "11.4%"),
        ("Orsby's youth unemployment rate was 13%.", Verdict.CONTRADICTED, "11.4%"),
    ],
)
def test_a_rate_named_by_its_qualified_noun(claim: str, expected: Verdict, shown: str) -> None:
    text = (
        "Orsby's unemployment rate fell to 4.1% in May from 4.3% in April, the lowest since 2009. "
        "The number of people out of work dropped by 6,000 to 88,000. Youth unemployment stood at 11.4%."
    )
    v = run(claim, [hit(text, "p1", 0.8, 1)], settings=Settings(use_verifier=False))
    assert v.verdict is expected, v.reason
    assert shown in v.reason


def test_a_price_written_before_what_it_bought() -> None:
    text = (
        "Brisk agreed on 3 May 2019 to buy the payments firm Kelder for $4.1 billion in cash, or $52 a share. "
        "It was Brisk's largest acquisition, surpassing its $1.2bn purchase of Orsby in 2015. Kelder, founded "
        "by Ada Lenz in 2008, had 30 million users. The deal was completed on 8 December 2019."
    )
    v = rules_alone("Brisk completed its $4.1bn purchase of Kelder, which was founded by Ada Lenz, in December 2019.", text)
    assert v.verdict is Verdict.SUPPORTED, v.reason
    other = rules_alone("Brisk completed its $1.2bn purchase of Kelder, which was founded by Ada Lenz, in December 2019.", text)
    assert other.verdict is not Verdict.SUPPORTED, other.reason  # the $1.2bn is Orsby's price


def test_a_relative_clause_on_the_object_is_that_names() -> None:
    from factcheck.align import clause_statements

    claim = "Brisk completed its $4.1bn purchase of Kelder, which was founded by Ada Lenz, in December 2019."
    assert clause_statements(claim) == ("Kelder was founded by Ada Lenz.",)
    # the date past the clause is the main verb's: another event's year is no clash
    text = (
        "Brisk agreed on 3 May 2019 to buy the payments firm Kelder for $4.1 billion in cash. It was Brisk's "
        "largest acquisition, surpassing its $1.2bn purchase of Orsby in 2015. Kelder was founded by Ada Lenz."
    )
    v = rules_alone(claim, text)
    assert v.verdict is Verdict.UNVERIFIED, v.reason


def test_a_country_in_the_same_direction_slot_is_a_swap() -> None:
    text = (
        "Ada Lenz, the founder of Brisk, was arrested on 3 May 2024 at Orsby airport after arriving on a "
        "private jet from Azerbaijan. She was released on bail of €2 million."
    )
    v = rules_alone("Ada Lenz was arrested at Orsby airport after flying in from Kazakhstan.", text)
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Azerbaijan" in v.reason
    # a place in another role ("studied in", "opened offices in") is no swap
    other = rules_alone("Ada Lenz studied economics in Oslo.", "Ada Lenz founded Brisk in 2015 and opened offices in Riga in 2019.")
    assert other.verdict is Verdict.UNVERIFIED, other.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ada Lenz was 71 when the Orsby Prize was announced.", Verdict.CONTRADICTED),
        ("Ada Lenz was 70 when the Orsby Prize was announced.", Verdict.SUPPORTED),
        # another's age is no clash with Piet Harl's
        ("Piet Harl was 64 when he and Ada Lenz were awarded the Orsby Prize.", Verdict.UNVERIFIED),
    ],
)
def test_an_age_after_a_birth_aside_is_that_names(claim: str, expected: Verdict) -> None:
    text = (
        "On 8 October 2019 the academy awarded the Orsby Prize jointly to Piet Harl and Ada Lenz. "
        "Lenz, born on 2 May 1949, was 70 when the prize was announced."
    )
    v = rules_alone(claim, text)
    assert v.verdict is expected, v.reason


def test_a_birth_date_dates_no_other_event() -> None:
    text = "Lenz, born on 2 May 1949, was 70 when the Orsby Prize was announced."
    v = rules_alone("Ada Lenz was 70 when the 2019 Orsby Prize was announced.", text)
    assert v.verdict is not Verdict.CONTRADICTED, v.reason
    born = rules_alone("Ada Lenz was born in 1951.", text)
    assert born.verdict is Verdict.CONTRADICTED, born.reason


ORDER = (
    "Velm Air has ordered 24 Corvel C320 jets worth 2.9 billion dollars, passing over the rival Altair AL-9, "
    "its chief executive said. The jets will fly from Brennholm and Saltmere."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Velm Air has ordered 24 Altair AL-9 jets worth 2.9 billion dollars.", Verdict.CONTRADICTED),
        ("Velm Air has ordered 24 Corvel C320 jets worth 2.9 billion dollars.", Verdict.SUPPORTED),
        # another place around the name ("passing over the rival ..."): no clash
        ("Velm Air passed over the rival Altair AL-9 in its 2.9 billion dollar order.", Verdict.SUPPORTED),
        # both names in the place, listed: no clash
        ("The jets will fly from Saltmere.", Verdict.SUPPORTED),
    ],
    ids=["swapped", "same", "other-place", "listed"],
)
def test_another_name_in_the_claimed_name_s_place_is_a_swap(claim: str, expected: Verdict) -> None:
    # the same two words before the name and the same word after it hold another name in the
    # passage, which names the claim's elsewhere
    v = rules_alone(claim, ORDER)
    assert v.verdict is expected, v.reason


def test_a_capitalised_opener_is_not_cited_as_a_name_in_the_reason() -> None:
    # "Former" opens the claim capitalised; the reason cites the figure and the real name only
    text = "The Varsk court released former port director Ivo Marsh on bail of 150,000 korun on Monday."
    v = rules_alone("Former port director Ivo Marsh was released on bail of 150,000 korun.", text)
    assert v.verdict is Verdict.SUPPORTED
    assert "Ivo Marsh is named" in v.reason and "Former" not in v.reason, v.reason


@pytest.mark.parametrize(
    ("named", "expected"),
    [("Ivo Marsh", Verdict.CONTRADICTED), ("Ada Lenz", Verdict.SUPPORTED)],
    ids=["another", "same"],
)
def test_a_passive_appointment_is_checked_against_who_the_passage_says_was_named(named: str, expected: Verdict) -> None:
    # "X has been named Norland's new finance minister": the post is the claim's, held by another
    text = f"Norland's prime minister named {named} as finance minister on Monday, replacing Piet Hale."
    if named != "Ada Lenz":
        text += " Ada Lenz keeps the defence portfolio."
    v = rules_alone("Ada Lenz has been named Norland's new finance minister, replacing Piet Hale.", text)
    assert v.verdict is expected, v.reason


QUOTA = (
    "The Sarn fisheries board set the 2025 cod quota for the Hollow Bank at 31,200 tonnes, down from 36,000 "
    "tonnes in 2024, and cut the plaice quota by 8% to 9,400 tonnes, its chairman said."
)


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a change between two levels, not the next clause's "cut ... by 8% to 9,400 tonnes"
        ("Sarn cut its Hollow Bank cod quota for 2025 by 4,800 tonnes.", QUOTA, Verdict.SUPPORTED),
        ("Sarn cut its Hollow Bank cod quota for 2025 by 6,800 tonnes.", QUOTA, Verdict.CONTRADICTED),
        # "up from X a year earlier": the year before is X's, not the new level's
        ("Sarn's prawn season opened with a catch limit of 6,000 tonnes, up from 5,600 tonnes a year earlier.",
         "Sarn opened its prawn season on 1 May with a catch limit of 6,000 tonnes, 400 tonnes more than last year.",
         Verdict.SUPPORTED),
        # "shut for 23 days after the landslide" says how long, not when
        ("The Ebbe rail line was shut for 23 days after the landslide near Kessel.",
         "The Ebbe rail line reopened on 4 June after a 17-day closure caused by a landslide near Kessel.",
         Verdict.CONTRADICTED),
        ("The Ebbe rail line was shut for 17 days after the landslide near Kessel.",
         "The Ebbe rail line reopened on 4 June after a 17-day closure caused by a landslide near Kessel.",
         Verdict.SUPPORTED),
        # "in the year to September" dates the figure to September
        ("Food price inflation in Sarn slowed to 6.2% in September.",
         "Food prices in Sarn rose 6.2% in the year to September, down from 7.0% in August, the statistics office said.",
         Verdict.SUPPORTED),
        # the same hedged figure, "up to 60,000 crowns", is the claim's, whatever sum is bound more tightly
        ("Sheep farmers in Sarn can receive up to 60,000 crowns each under the new aid package.",
         "Sarn approved a 210 million crown aid package for sheep farmers hit by the drought. About 3,000 farms "
         "will be eligible and each can receive up to 60,000 crowns.", Verdict.SUPPORTED),
    ],
)
def test_changes_spans_and_periods_of_a_statistic(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the clause naming the claim's drug carries its polarity, not the rival's "did not"
        ("Velmora met its main goal in the late-stage trial.",
         "Rival drug Casperin did not slow the disease in its trial, while Velmora met its main goal in the "
         "late-stage study of 900 patients.", Verdict.SUPPORTED),
        ("Velmora met its main goal in the late-stage trial.",
         "Velmora did not meet its main goal in the late-stage trial of 900 patients, while rival drug Casperin "
         "slowed the disease.", Verdict.CONTRADICTED),
        # agreeing to do a thing and refusing to do it are opposites
        ("The Sarn central bank agreed to release its gold reserves.",
         "The Sarn central bank refused on Monday to release its gold reserves, the finance ministry said.",
         Verdict.CONTRADICTED),
        ("The Sarn central bank agreed to release its gold reserves.",
         "The Sarn central bank agreed on Monday to release its gold reserves, the finance ministry said.",
         Verdict.SUPPORTED),
    ],
    ids=["own-clause", "own-clause-negated", "agreed-refused", "agreed-agreed"],
)
def test_a_clause_of_its_own_and_agreeing_against_refusing(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


MAREN = "Copper exports from Maren rose to 4.1 million tonnes in 2024, and zinc exports also increased."


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # the claim's clause with no figure says in words which way zinc went
        ("Copper exports from Maren rose to 4.1 million tonnes in 2024, while zinc exports fell to 0.9 million "
         "tonnes, the mining ministry said.", Verdict.CONTRADICTED),
        ("Copper exports from Maren rose to 4.1 million tonnes in 2024, and zinc exports also grew, to 1.2 million "
         "tonnes, the mining ministry said.", Verdict.SUPPORTED),
        # what fell is lead, not zinc
        ("Copper exports from Maren rose to 4.1 million tonnes in 2024 while lead exports fell; zinc exports grew "
         "by 3%, the mining ministry said.", Verdict.SUPPORTED),
    ],
    ids=["zinc-fell", "zinc-grew", "lead-fell"],
)
def test_a_clause_without_a_figure_says_its_way_in_words(passage: str, expected: Verdict) -> None:
    v = run(MAREN, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the figure is there, the record is not
        ("Storm Edda dropped a record 190 mm of rain on Varnholt.",
         "Storm Edda dropped 190 mm of rain on Varnholt in 24 hours on Friday, flooding 300 homes, the council said.",
         Verdict.UNVERIFIED),
        ("Storm Edda dropped a record 190 mm of rain on Varnholt.",
         "Storm Edda dropped 190 mm of rain on Varnholt in 24 hours on Friday, the most ever recorded in the town, "
         "the council said.", Verdict.SUPPORTED),
        ("The 190 mm of rain Storm Edda dropped on Varnholt was the heaviest rainfall ever recorded there.",
         "Storm Edda dropped a record 190 mm of rain on Varnholt on Friday, the council said.", Verdict.SUPPORTED),
    ],
    ids=["record-unstated", "record-stated", "record-in-other-words"],
)
def test_a_record_must_be_stated(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    if expected is Verdict.UNVERIFIED:
        assert "a record" in v.reason


@pytest.mark.parametrize(
    ("claim", "passages", "expected"),
    [
        # the passage gives the past rise, nobody's forecast
        ("Sarn's statistics office forecast that rice prices would keep rising through the winter.",
         ["The price of rice in Sarn rose 12% in the year to October, the statistics office said on 9 November."],
         Verdict.UNVERIFIED),
        ("Sarn's statistics office forecast that rice prices would keep rising through the winter.",
         ["The price of rice in Sarn rose 12% in the year to October, and the statistics office said on 9 November "
          "that rice prices would keep rising through the winter."], Verdict.SUPPORTED),
        # one passage looks ahead, another gives only the past
        ("Dunmore Foods expects to return to profit in 2027.",
         ["Dunmore Foods reported a net loss of 31 million crowns for 2025.",
          "Dunmore Foods' chief executive said the company would return to profit in 2027."], Verdict.SUPPORTED),
    ],
    ids=["forecast-unstated", "forecast-stated", "forecast-in-one-passage"],
)
def test_a_forecast_must_be_stated(claim: str, passages: list[str], expected: Verdict) -> None:
    v = run(claim, [hit(p, f"p{i}", 0.8 - 0.1 * i, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the same percentage of another measure
        ("Maren Rail's revenue rose 9% in 2025.",
         "Maren Rail said passenger numbers on its coastal line rose 9% in 2025 to 3.1 million.", Verdict.UNVERIFIED),
        # another word for the same measure
        ("Maren Rail's sales rose 9% in 2025.", "Maren Rail's revenue rose 9% in 2025 to 410 million crowns.",
         Verdict.SUPPORTED),
        ("Maren Rail's first-half revenue rose 9%.", "Maren Rail's revenue rose 9% in the first half to 205 million "
         "crowns.", Verdict.SUPPORTED),
        # a change worked out from two levels of something else
        ("Burglary convictions in Sarn rose 10% last year.",
         "Police in Sarn said burglaries rose 4% last year, while the number of people charged rose to 660 from 600.",
         Verdict.UNVERIFIED),
    ],
    ids=["other-measure", "same-measure-other-word", "same-measure-qualified", "levels-of-another-measure"],
)
def test_a_percentage_change_is_of_the_measure_the_claim_names(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # the figure is given for another place, and the claim's is said to be spared ...
        ("A burst main cut off water to 2,600 homes in Maren on Tuesday.",
         "A burst main left 2,600 homes in Sarn's eastern district of Oldbeck without water on Tuesday, "
         "while the nearby town of Maren was unaffected, the fire service said.", Verdict.CONTRADICTED),
        ("Storm Edda killed 9 people in Maren.",
         "Storm Edda killed 9 people in Oldbeck, while Maren was spared, the coastguard said.", Verdict.CONTRADICTED),
        # ... or where the event went next
        ("Storm Edda killed 9 people in Maren and sank 40 boats.",
         "Storm Edda killed 9 people in Oldbeck county and sank 40 boats before blowing out over the Maren "
         "lowlands on Monday, the coastguard said.", Verdict.CONTRADICTED),
        # a place that holds the claim's is no rival, nor one the claim's is said to hold
        ("Storm Edda killed 9 people in Sarn.",
         "Storm Edda killed 9 people in Sarn's Oldbeck county, while Maren was spared.", Verdict.SUPPORTED),
        ("Storm Edda killed 9 people in Sarn.",
         "Storm Edda killed 9 people in Oldbeck county, Sarn, before blowing out over the Maren lowlands.",
         Verdict.SUPPORTED),
        ("Storm Edda killed 9 people in Sarn.",
         "Storm Edda killed 9 people in Oldbeck, while the rest of Sarn was spared.", Verdict.SUPPORTED),
        ("Storm Edda killed 9 people in Sarn.",
         "Storm Edda killed 9 people in Oldbeck. The rest of Sarn was spared.", Verdict.SUPPORTED),
    ],
    ids=["place-spared", "place-spared-after-comma", "place-went-on-to", "place-holds-it", "place-after-comma",
         "rest-of-place", "rest-of-place-after"],
)
def test_a_figure_given_for_another_place(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "B succeeded A" said as "A ..., succeeding B", "B resigned and was replaced by A", "A took over from B"
        ("Maren Oddo succeeded Sarn Vell as mayor of Kettle.",
         "Sarn Vell took over as mayor of Kettle in 2020, succeeding Maren Oddo, who retired.", Verdict.CONTRADICTED),
        ("Sarn Vell succeeded Maren Oddo as mayor of Kettle.",
         "Sarn Vell took over as mayor of Kettle in 2020, succeeding Maren Oddo, who retired.", Verdict.SUPPORTED),
        ("Maren Oddo succeeded Sarn Vell as mayor of Kettle.",
         "Maren Oddo resigned as mayor of Kettle in May and was replaced by her deputy, Sarn Vell.", Verdict.CONTRADICTED),
        ("Sarn Vell succeeded Maren Oddo as mayor of Kettle.",
         "Maren Oddo resigned as mayor of Kettle in May and was replaced by her deputy, Sarn Vell.", Verdict.SUPPORTED),
        ("Vellrail took over the Kettle-Oddby line from Marenbus in 2021.",
         "Marenbus took over the Kettle-Oddby line from Vellrail in 2021 after a tender.", Verdict.CONTRADICTED),
        ("Sarn Vell succeeded Maren Oddo as mayor of Kettle.",
         "Sarn Vell took over from Maren Oddo as mayor of Kettle in 2020.", Verdict.SUPPORTED),
        # the one appointed, set off by an aside, is another
        ("Kettle Bank has appointed Ola Brisk as its new chief executive.",
         "Kettle Bank named Sarn Vell, its finance director since 2018, as chief executive on Monday. "
         "Vell's duties will pass to Ola Brisk.", Verdict.CONTRADICTED),
    ],
    ids=["succeeding-swapped", "succeeding", "replaced-by-swapped", "replaced-by", "took-over-from-swapped",
         "took-over-from", "appointed-after-aside"],
)
def test_who_succeeded_whom(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # seller and buyer the other way round, in the passage's words or in others
        ("Sarn will sell 12 used Kestrel frigates to Maren.",
         "Maren will sell 12 of its used Kestrel frigates to Sarn, the two navies said on Friday.", Verdict.CONTRADICTED),
        ("Maren bought 12 used Kestrel frigates from Sarn.",
         "Maren will sell 12 of its used Kestrel frigates to Sarn, the two navies said on Friday.", Verdict.CONTRADICTED),
        ("Maren will sell 12 used Kestrel frigates to Sarn.",
         "Maren will sell 12 of its used Kestrel frigates to Sarn, the two navies said on Friday.", Verdict.SUPPORTED),
        # the claim's arrested name is the passage's complainant
        ("Police arrested two Dovrel Fisk managers on suspicion of dumping waste in the Orra river.",
         "Police in Orra arrested two managers of tannery Belmor Hides on suspicion of dumping waste in the Orra "
         "river, after a complaint filed by fish farmer Dovrel Fisk, prosecutors said.", Verdict.CONTRADICTED),
        ("Police arrested two Belmor Hides managers on suspicion of dumping waste in the Orra river.",
         "Police in Orra arrested two managers of tannery Belmor Hides on suspicion of dumping waste in the Orra "
         "river, after a complaint filed by fish farmer Dovrel Fisk, prosecutors said.", Verdict.SUPPORTED),
        # the claim's payer is the side the ruling favoured
        ("A Tarvik court ordered the Tarvik Dairy Union to pay Glenmor 2.1 million crowns.",
         "A court in Tarvik ruled in favour of the Tarvik Dairy Union in its dispute with feed maker Glenmor on "
         "Monday, ordering the company to pay 2.1 million crowns in damages.", Verdict.CONTRADICTED),
        ("A Tarvik court ordered Glenmor to pay the Tarvik Dairy Union 2.1 million crowns.",
         "A court in Tarvik ruled in favour of the Tarvik Dairy Union in its dispute with feed maker Glenmor on "
         "Monday, ordering the company to pay 2.1 million crowns in damages.", Verdict.SUPPORTED),
    ],
    ids=["sale-swapped", "bought-from-swapped", "sale-same", "arrested-complainant", "arrested-right",
         "payer-favoured", "payer-right"],
)
def test_roles_of_two_named_sides_swapped(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_more_than_any_other_must_be_stated() -> None:
    # two hospitals' figures do not say the larger is more than every other's
    claim = "Varnholt General performed more knee operations than any other hospital in Sarn last year."
    passages = ["Sarn's Varnholt General performed 1,210 knee operations last year, according to the health office.",
                "Maren Road Hospital carried out 940 knee operations in the same period."]
    v = run(claim, [hit(p, f"p{i}", 0.8 - 0.2 * i, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason
    assert "than any other" in v.reason
    stated = ["Sarn's Varnholt General performed 1,210 knee operations last year, more than any other hospital in "
              "the country, according to the health office."]
    assert run(claim, [hit(stated[0], "p0", 0.8, 1)]).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # its first three drones are a count, not a first
        ("Maren took delivery of its first three Osk patrol drones from Tellfort on Monday, the air force said.",
         Verdict.UNVERIFIED),
        ("Maren became the first country to fly the Osk patrol drone on Monday, the air force said.", Verdict.SUPPORTED),
    ],
    ids=["first-unstated", "first-stated"],
)
def test_a_first_must_be_stated(passage: str, expected: Verdict) -> None:
    v = run("Maren is the first country to fly the Osk patrol drone.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the passage's fall is the one before the claimed repeat
        ("Burglaries in Maren fell again in 2025.", Verdict.UNVERIFIED),
        # a repeat dated before the passage's only fall is no repeat of it
        ("Burglaries in Maren fell again in 2023.", Verdict.CONTRADICTED),
    ],
    ids=["again-later", "again-earlier"],
)
def test_a_repeat_is_not_the_time_before(claim: str, expected: Verdict) -> None:
    passage = "Police recorded 2,300 burglaries in Maren in 2024, down from 2,600 the year before, the city said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a yearly figure of another year says nothing of the claimed year's
        ("Maren Rail carried 4.2 million passengers in 2025.",
         "Maren Rail carried 4.2 million passengers in 2024, up from 3.9 million in 2023, the company said.",
         Verdict.UNVERIFIED),
        # one deadline, two years
        ("Sarn Steel agreed to cut more than 2,000 jobs by 2031.",
         "Sarn Steel agreed on Monday to cut more than 2,000 jobs by 2029, the union said.", Verdict.CONTRADICTED),
    ],
    ids=["yearly-figure", "deadline"],
)
def test_a_year_of_another_figure(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a gap between two figures the passage sets against each other, each side told apart by its words
        ("The Sarn vaccine trial recorded 36 fewer infections in the vaccine group than in the control group.",
         "In the Sarn vaccine trial, 112 infections were recorded in the vaccine group against 148 in the control "
         "group over two winters, the Maren institute said.", Verdict.SUPPORTED),
        ("The Sarn vaccine trial recorded 36 more infections in the vaccine group than in the control group.",
         "In the Sarn vaccine trial, 112 infections were recorded in the vaccine group against 148 in the control "
         "group over two winters, the Maren institute said.", Verdict.CONTRADICTED),
        # the sum of the figures of the parts the claim names together
        ("Solar parks and imports from Maren together supplied 6.2 GW at Sarn's evening peak.",
         "At Sarn's evening peak, solar parks supplied 4.5 GW and imports from Maren another 1.7 GW, the grid "
         "operator said.", Verdict.SUPPORTED),
        # a factor between the level reached and the one planned
        ("The cost of the Sarn bridge has roughly doubled from its original budget.",
         "The Sarn bridge has cost 4.7 billion crowns so far, against an original budget of 3.6 billion, the "
         "Maren audit office said.", Verdict.CONTRADICTED),
        ("The cost of the Sarn bridge has roughly doubled from its original budget.",
         "The Sarn bridge has cost 7.5 billion crowns so far, against an original budget of 3.6 billion, the "
         "Maren audit office said.", Verdict.SUPPORTED),
    ],
    ids=["gap-fewer", "gap-wrong-way", "together-sum", "factor-of-plan-no", "factor-of-plan-yes"],
)
def test_arithmetic_across_two_figures(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


_SARN_RANK = ("With 40 terawatt hours, Sarn became the third-largest wind power producer in the league last year, "
              "behind Maren and Osk, the energy council said.")
_TERN_STREAK = ("Maren's Tern rocket carried two weather satellites to orbit on 4 March from the Velde spaceport, "
                "its seventh successful launch in a row.")
_OSK_DELAY = ("The Osk Bay bridge, begun in 2019, will open to traffic in 2030, five years later than originally "
              "planned, the roads agency said.")


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a bare place against a place by a superlative in the same ranking
        ("Sarn ranked second in the league for wind power output last year.", _SARN_RANK, Verdict.CONTRADICTED),
        ("Sarn ranked third in the league for wind power output last year.", _SARN_RANK, Verdict.SUPPORTED),
        ("Sarn ranked second in the league for rainfall last year.", _SARN_RANK, Verdict.UNVERIFIED),
        # the length of a streak, in two wordings; a count within a year is no streak
        ("Maren's Tern rocket reached orbit on 4 March, its eighth consecutive success.", _TERN_STREAK,
         Verdict.CONTRADICTED),
        ("Maren's Tern rocket reached orbit on 4 March, its seventh consecutive success.", _TERN_STREAK,
         Verdict.SUPPORTED),
        ("Maren's Tern rocket reached orbit on 4 March, its sixth launch of the year.", _TERN_STREAK,
         Verdict.UNVERIFIED),
        # a delay behind schedule is the delay "later than planned" states
        ("The Osk Bay bridge will open in 2030, three years behind schedule.", _OSK_DELAY, Verdict.CONTRADICTED),
        ("The Osk Bay bridge will open in 2030, five years behind schedule.", _OSK_DELAY, Verdict.SUPPORTED),
    ],
    ids=["rank-other", "rank-same", "rank-other-ranking", "streak-other", "streak-same", "count-of-a-year",
         "delay-other", "delay-same"],
)
def test_ranks_streaks_and_delays_in_words(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passages", "expected"),
    [
        # the figure of the old road tunnel is not the new rail tunnel's; the new one's, bound to the
        # claim's subject only far from its number, clashes
        ("The new rail tunnel under the Maren fjord will be 6,000 metres long.",
         ["Digging started on Tuesday on the 5.2 km tunnel that will carry the Sarn valley railway under "
          "the Maren fjord, the contractor said.",
          "The old Maren fjord road tunnel, 6 km long, was opened in 1981."], Verdict.CONTRADICTED),
        ("The new rail tunnel under the Maren fjord will be 5,200 metres long.",
         ["Digging started on Tuesday on the 5.2 km tunnel that will carry the Sarn valley railway under "
          "the Maren fjord, the contractor said.",
          "The old Maren fjord road tunnel, 6 km long, was opened in 1981."], Verdict.SUPPORTED),
        # a figure of the old thing alone says nothing of the new one
        ("The new Maren fjord tunnel will be 6 km long.",
         ["The old Maren fjord tunnel, 6 km long, was opened in 1981."], Verdict.UNVERIFIED),
        ("The new Maren fjord tunnel will be 6 km long.",
         ["The 6 km Maren fjord tunnel will replace the old one, opened in 1981."], Verdict.SUPPORTED),
    ],
    ids=["new-against-old-and-far-subject", "new-matched", "old-only", "new-beside-old"],
)
def test_figure_of_the_old_thing_of_the_claims_kind(claim: str, passages: list[str], expected: Verdict) -> None:
    v = run(claim, [hit(p, f"p{k}", 0.8 - 0.2 * k, k + 1) for k, p in enumerate(passages)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # one noun with another word before it ("defence spending" / "transport spending") is another measure
        ("Sarn's draft budget raises transport spending by 7 percent.",
         "Sarn's draft budget raises defence spending by 7 percent to 3.1 billion crowns, the finance ministry said.",
         Verdict.UNVERIFIED),
        ("Sarn's draft budget raises defence spending by 7 percent.",
         "Sarn's draft budget raises defence spending by 7 percent to 3.1 billion crowns, the finance ministry said.",
         Verdict.SUPPORTED),
        ("The pass rate in Maren's national chemistry exam rose to 64 percent this year.",
         "The share of Maren pupils passing the national biology exam rose to 64 percent this year, the education office said.",
         Verdict.UNVERIFIED),
    ],
    ids=["other-qualifier", "same-qualifier", "other-exam"],
)
def test_figure_of_a_measure_qualified_otherwise(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # "four of the 90 patients" gives four patients as well as the 90 they are counted of
        ("Sarn regulators halted the Velmar trial after four patients developed rashes.",
         "The Sarn Medicines Board stopped a trial of Velmar after four of the 90 patients developed severe rashes.",
         Verdict.SUPPORTED),
        ("Sarn regulators halted the Velmar trial after five patients developed rashes.",
         "The Sarn Medicines Board stopped a trial of Velmar after four of the 90 patients developed severe rashes.",
         Verdict.CONTRADICTED),
        # a title the passage gives in other words ("chief executive" for "CEO") is stated
        ("Maren Bank posted a 12% rise in profit to 410 million crowns and said CEO Ida Sarn will leave at year-end.",
         "Maren Bank said quarterly profit rose 12% to 410 million crowns. The bank also said chief executive "
         "Ida Sarn would step down at the end of the year.", Verdict.SUPPORTED),
        ("Maren Bank posted a 12% rise in profit to 410 million crowns and said CEO Ida Sarn will buy a rival insurer.",
         "Maren Bank said quarterly profit rose 12% to 410 million crowns. The bank also said chief executive "
         "Ida Sarn would step down at the end of the year.", Verdict.UNVERIFIED),
        # a tenseless phrase after the main clause may state what is only planned
        ("The Sarn-Maren tram line opened in May a year late, with trams every 10 minutes at peak times.",
         "The Sarn-Maren tram line opened on 3 May, a year behind schedule. Trams will run every 10 minutes at peak times.",
         Verdict.SUPPORTED),
        ("The Sarn-Maren tram line opened in May a year late and ran trams every 10 minutes at peak times.",
         "The Sarn-Maren tram line opened on 3 May, a year behind schedule. Trams will run every 10 minutes at peak times.",
         Verdict.UNVERIFIED),
        # "a little over two weeks" is more than 14 days, not "two weeks" of something "little"
        ("Sarn lost its Maren-2 probe a little over two weeks after launch.",
         "The Sarn agency lost contact with its Maren-2 probe 17 days after launch.", Verdict.SUPPORTED),
    ],
    ids=["part-of-whole", "part-of-whole-other", "title-in-other-words", "title-other-clause",
         "tenseless-tail-planned", "done-tail-planned", "a-little-over"],
)
def test_parts_of_wholes_titles_and_tenseless_tails(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Sarn exchange halted trading at 2:30 p.m. on Monday.", Verdict.SUPPORTED),
        ("The Sarn exchange halted trading at 3 p.m. on Monday.", Verdict.CONTRADICTED),
        ("The Sarn exchange halted trading at about 2 p.m. on Monday.", Verdict.SUPPORTED),
        ("The Sarn exchange halted trading shortly after 2 p.m. on Monday.", Verdict.SUPPORTED),
        ("The Sarn exchange halted trading before noon on Monday.", Verdict.CONTRADICTED),
    ],
    ids=["same-time", "other-time", "about", "shortly-after", "before-noon"],
)
def test_times_of_day_are_compared_by_the_minute(claim: str, expected: Verdict) -> None:
    passage = "Trading on the Sarn exchange was halted at 14:30 local time on Monday."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # an act the passage gives only as still to come is not stated as done
        ("Sarn's parliament has passed a flood relief bill offering villages grants of up to €25,000.",
         "Sarn's government said on Monday it would present a flood relief bill to parliament in March, offering "
         "villages grants of up to €25,000.", Verdict.UNVERIFIED),
        ("Maren's high court upheld fisherman Olaf Tarn's four-year sentence on 12 March.",
         "Lawyers for Olaf Tarn filed an appeal on Monday against his four-year sentence, and Maren's high court "
         "set a hearing for 12 March.", Verdict.UNVERIFIED),
        # but an announced plan is reported as the claim says it, and an act done stays done
        ("Sarn's government said it would present a flood relief bill offering villages grants of up to €25,000.",
         "Sarn's government said on Monday it would present a flood relief bill to parliament in March, offering "
         "villages grants of up to €25,000.", Verdict.SUPPORTED),
        ("Sarn's upper house cleared a bill obliging every bus to carry a defibrillator by 2028.",
         "Sarn's upper house on Monday passed a bill that will require all buses to carry defibrillators by 2028.",
         Verdict.SUPPORTED),
    ],
    ids=["passed-but-would-present", "upheld-but-hearing-set", "said-would-present", "cleared-bill-that-will"],
)
def test_act_only_planned(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a claim told in the passage's other words: the paraphrase states it
        ("Sarn scrapped its order for 12 ferries from Kellby Yards.",
         "Sarn's transport ministry has cancelled its order for 12 ferries from Kellby Yards.", Verdict.SUPPORTED),
        ("Olaf Tarn pulled out of the Maren Open with an injured knee.",
         "Olaf Tarn withdrew from the Maren Open on Monday with a knee injury.", Verdict.SUPPORTED),
        ("Maren will fund its limit on bus fares with a levy on parking.",
         "Maren's council will cap bus fares at 2 euros, paying for the measure with a tax on parking.",
         Verdict.SUPPORTED),
        ("Ilse Varga stepped down as head of Kellby Yards on Friday.",
         "Kellby Yards' chief executive Ilse Varga resigned on Friday.", Verdict.SUPPORTED),
        # a noun made from the passage's verb ("derailment", "derailed")
        ("Nobody was hurt in the Tamsel derailment.", "A goods train derailed near Tamsel on Monday. No one was injured.",
         Verdict.SUPPORTED),
        # but a word of another class is not stated by it: withdrawing is not winning
        ("Olaf Tarn pulled out of the Maren Open.", "Olaf Tarn won the Maren Open on Sunday.", Verdict.UNVERIFIED),
    ],
    ids=["scrapped-cancelled", "pulled-out-withdrew", "limit-cap-levy-tax", "stepped-down-resigned", "derailment",
         "withdrew-not-won"],
)
def test_a_claim_in_the_passage_s_other_words(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("The Sarn exchange halted trading before noon on Monday.", "the claim says before noon;"),
        ("The Sarn exchange halted trading shortly after 3 p.m. on Monday.", "the claim says shortly after 3 p.m.;"),
        ("The Sarn exchange had more than 500 traders.", "the claim says more than 500;"),
    ],
    ids=["before-noon", "shortly-after", "more-than"],
)
def test_a_hedged_figure_is_quoted_as_the_claim_words_it(claim: str, said: str) -> None:
    passage = "Trading on the Sarn exchange was halted at 14:30 local time on Monday. The exchange had 410 traders."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert said in v.reason and "less than before" not in v.reason, v.reason


@pytest.mark.parametrize(
    ("claim", "expected", "said"),
    [
        ("The Holm grid battery has an output of 400 megawatts.", Verdict.CONTRADICTED,
         "400 megawatts (power) in the claim, 400 megawatt-hours (energy)"),
        ("The Holm grid battery can store 100 megawatt-hours.", Verdict.CONTRADICTED,
         "100 megawatt-hours (energy) in the claim, 100 megawatts (power)"),
        ("The Holm grid battery can store 400 megawatt-hours.", Verdict.SUPPORTED, "400 megawatt-hours matches"),
        ("The Holm grid battery can deliver 100 megawatts.", Verdict.SUPPORTED, "100 megawatts matches"),
    ],
    ids=["power-as-energy", "energy-as-power", "energy", "power"],
)
def test_power_and_energy_are_not_one_unit(claim: str, expected: Verdict, said: str) -> None:
    passage = "Sarn's new grid battery at Holm stores 400 megawatt-hours and can deliver 100 megawatts for four hours."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert said in v.reason, v.reason


def test_power_given_in_its_own_unit_too_is_no_clash() -> None:
    passage = "The Holm battery, rated at 400 MW and 400 MWh, opened on Monday."
    v = run("The Holm battery is rated at 400 megawatts.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a level against its own earlier level, by a share ("a third less than it did") or a per cent
        ("A 25 kg bag of rice in Tolvik now costs a third less than it did in March.", Verdict.SUPPORTED),
        ("A 25 kg bag of rice in Tolvik now costs 33% less than it did in March.", Verdict.SUPPORTED),
        ("A 25 kg bag of rice in Tolvik now costs a quarter less than it did in March.", Verdict.CONTRADICTED),
        ("A 25 kg bag of rice in Tolvik now costs a third more than it did in March.", Verdict.CONTRADICTED),
        # a change worked out to 33.3% is 33% to the claim's last digit, not 34% nor 30%
        ("The price of a bag of rice in Tolvik has fallen by 33% since March.", Verdict.SUPPORTED),
        ("The price of a bag of rice in Tolvik has fallen by 34% since March.", Verdict.CONTRADICTED),
        ("The price of a bag of rice in Tolvik has fallen by 30% since March.", Verdict.CONTRADICTED),
    ],
    ids=["third-less", "pct-less", "quarter-less", "third-more", "rounded", "one-over", "tens"],
)
def test_a_level_compared_with_its_earlier_level(claim: str, expected: Verdict) -> None:
    passage = "The price of a 25 kg bag of rice in Tolvik has fallen to 1,200 marks from 1,800 marks in March."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_share_less_than_is_a_percentage() -> None:
    from factcheck.quantities import parse_quantities

    (q, *_) = parse_quantities("A bag now costs a third less than it did in March.")
    assert (q.text, q.kind.value, round(float(q.value), 2)) == ("a third", "percent", 33.33)


@pytest.mark.parametrize(
    ("one", "other"),
    [("rise", "fall"), ("rose", "fell"), ("buy", "sell"), ("won", "lost"), ("approved", "rejected"),
     ("opened", "closed"), ("hired", "fired"), ("arrested", "released"), ("increase", "decrease"),
     ("profit", "revenue"), ("import", "export"), ("convicted", "acquitted"), ("declined", "fell")],
)
def test_no_paraphrase_class_holds_two_opposites(one: str, other: str) -> None:
    from factcheck.align import _PARAPHRASE, stem

    assert stem(other) not in _PARAPHRASE.get(stem(one), frozenset()), (one, other)
    assert stem(one) not in _PARAPHRASE.get(stem(other), frozenset()), (one, other)


def test_the_paraphrase_classes_load_from_the_package() -> None:
    from factcheck.align import _PARAPHRASE, stem

    assert stem("cancelled") in _PARAPHRASE[stem("scrapped")]
    assert stem("withdrew") in _PARAPHRASE[stem("pulled")]
    assert len(_PARAPHRASE) > 200


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # another name is the subject of the claim's verb, done to what the claim says
        ("Sarn's competition regulator has blocked Holm Cement's takeover of Sarn Quarries.", Verdict.CONTRADICTED),
        ("Orva's Supreme Court on Monday struck down a law letting police read e-mails without a warrant.",
         Verdict.CONTRADICTED),
        # the name the passage gives that subject is the claim's
        ("Holm's competition office has blocked Holm Cement's takeover of Sarn Quarries.", Verdict.SUPPORTED),
        ("Orva's Constitutional Court on Monday struck down a law letting police read e-mails without a warrant.",
         Verdict.SUPPORTED),
    ],
    ids=["regulator-of-another-country", "another-court", "same-office", "same-court"],
)
def test_the_subject_of_the_claim_s_verb(claim: str, expected: Verdict) -> None:
    passage = (
        "Holm's Competition Office blocked Holm Cement's planned purchase of Sarn Quarries on Tuesday, saying the "
        "group would control 60% of the market. Sarn's own competition regulator had cleared the takeover in May. "
        "Orva's Constitutional Court on Monday struck down a law allowing police to read e-mails without a warrant. "
        "The Supreme Court had upheld the law in 2021."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    if expected is Verdict.CONTRADICTED:
        assert "the evidence gives the act (" in v.reason, v.reason


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("About 4.1 million passengers used Sarn airport in 2024, 300,000 more than the year before.",
         Verdict.CONTRADICTED),
        ("About 4.1 million passengers used Sarn airport in 2024, 300,000 fewer than the year before.",
         Verdict.SUPPORTED),
    ],
    ids=["more", "fewer"],
)
def test_fewer_without_a_figure_is_a_way(passage: str, expected: Verdict) -> None:
    v = run("Fewer passengers used Sarn airport in 2024 than the year before.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_name_s_frame_is_read_by_stems() -> None:
    passage = (
        "The merged Kell-Varo group will have its headquarters in Orva, while Kell's former head office in Sarn "
        "will house its research unit of 900 staff."
    )
    v = run("The merged Kell-Varo group will be headquartered in Sarn.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    v = run("The merged Kell-Varo group will be headquartered in Orva.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Norvel recalled its buses over a brake fault.", Verdict.CONTRADICTED),
        ("Norvel recalled its buses over a steering fault.", Verdict.SUPPORTED),
        # a word that grades the noun is no other fault
        ("Norvel recalled its buses over a serious fault.", Verdict.SUPPORTED),
        ("Customs officers found the heroin hidden in a banana shipment.", Verdict.CONTRADICTED),
    ],
    ids=["other-qualifier", "same-qualifier", "grading-word", "other-cargo"],
)
def test_a_noun_qualified_otherwise(claim: str, expected: Verdict) -> None:
    passage = (
        "Carmaker Norvel recalled 2,400 buses on Monday over a steering fault that can lock the wheels. "
        "Customs officers at Sarn found the heroin hidden in a coffee shipment from Orva."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ola Brekk resigned as transport minister and was replaced by Ines Varg.", Verdict.CONTRADICTED),
        ("Ines Varg resigned as transport minister on Monday.", Verdict.SUPPORTED),
    ],
    ids=["roles-swapped", "as-said"],
)
def test_the_subject_of_an_act_done_as_a_role(claim: str, expected: Verdict) -> None:
    passage = (
        "Sarn Transport Minister Ines Varg resigned on Monday over a rail contract. Prime Minister Tor Holm named "
        "Deputy Transport Minister Ola Brekk as her interim replacement."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("Ola Brekk stepped down in 2022.", "Ola Brekk refused to step down in 2022."),
        ("Sarn called off the regatta in 2023.", "Sarn refused to call off the regatta in 2023."),
    ],
    ids=["step-down", "call-off"],
)
def test_a_negation_reaches_a_phrase(claim: str, passage: str) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Sarn Rail's plan for a night train was dropped in 2023.", Verdict.CONTRADICTED),
        ("Sarn Rail went ahead with its plan for a night train in 2023.", Verdict.SUPPORTED),
        ("Sarn Rail pressed ahead with its plan for a night train in 2023.", Verdict.SUPPORTED),
    ],
    ids=["dropped", "went-ahead", "pressed-ahead"],
)
def test_a_plan_carried_on_with_or_given_up(claim: str, expected: Verdict) -> None:
    v = run(claim, [hit("Sarn Rail went ahead with its plan for a night train in 2023.", "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    v = run("Orva Air went ahead with its Sarn route in 2024.", [hit("Orva Air postponed its Sarn route in 2024.", "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("Sarn ran a trade surplus in 2024.", "Sarn ran a trade deficit of 3 billion marks in 2024, the statistics office said."),
        ("The Orva concert hall came in under budget.",
         "The Orva concert hall, which opened in May, cost 900 million marks, 120 million more than budgeted."),
        ("The Orva concert hall came in over budget.", "The Orva concert hall was finished in May, well under budget."),
    ],
    ids=["surplus-deficit", "under-budget", "over-budget"],
)
def test_opposite_words_of_money(claim: str, passage: str) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the same owner's other body gave the vote; the claim's is only named after it
        ("Orva's Senate passed the fishing quota bill by 51 votes to 47.", Verdict.UNVERIFIED),
        ("Orva's lower house passed the fishing quota bill by 132 votes to 90.", Verdict.SUPPORTED),
        ("Orva's lower house passed the fishing quota bill by 122 votes to 90.", Verdict.CONTRADICTED),
    ],
    ids=["other-body", "same-body", "same-body-other-tally"],
)
def test_a_vote_of_the_same_owner_s_other_body(claim: str, expected: Verdict) -> None:
    passage = (
        "Orva's lower house approved the fishing quota bill by 132 votes to 90 on Thursday. The bill now goes to "
        "the 100-member Senate, where the governing coalition holds 51 seats."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Police arrested 60 people during Friday's harbour riot in Sarn, and 14 of them remained in custody.",
         Verdict.UNVERIFIED),
        ("Prosecutors in Sarn have charged 14 people over Friday's harbour riot, during which police arrested 60.",
         Verdict.SUPPORTED),
    ],
    ids=["arrests-not-charges", "charges"],
)
def test_people_charged_are_not_people_arrested(passage: str, expected: Verdict) -> None:
    v = run("Prosecutors in Sarn have charged 14 people over Friday's harbour riot.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the name possessed is whose the figure is; a passage naming only its owner says nothing of it
        ("Sarnmart's rival Kivik has a 21% market share.", Verdict.UNVERIFIED),
        ("Sarnmart has a 21% market share.", Verdict.CONTRADICTED),
        ("Sarnmart's rival Kivik has a 35% market share.", Verdict.UNVERIFIED),
    ],
    ids=["rival-unnamed", "owner", "rival-owner-figure"],
)
def test_a_figure_of_the_name_an_owner_possesses(claim: str, expected: Verdict) -> None:
    passage = "Sarnmart, which has 300 stores and a 35% market share, raised its prices by 2% on Monday."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Sarn General Hospital said it did not close its emergency ward during the storm.", Verdict.SUPPORTED),
        ("Sarn General Hospital closed its emergency ward during the storm.", Verdict.CONTRADICTED),
    ],
    ids=["not-closed", "closed"],
)
def test_what_is_denied_is_not_stated(claim: str, expected: Verdict) -> None:
    passage = (
        "Sarn General Hospital denied reports that it had closed its emergency ward during the storm, saying all "
        "140 patients who arrived were treated."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("From May, boats without a safety inspection pass will lose their Orva harbour berths.", Verdict.SUPPORTED),
        ("From May, boats that passed a safety inspection will lose their Orva harbour berths.",
         Verdict.CONTRADICTED),
    ],
    ids=["without-and-not", "with-against-not"],
)
def test_without_agrees_with_a_negation_of_the_same_thing(claim: str, expected: Verdict) -> None:
    passage = (
        "The Orva harbour board said boats that have not passed a safety inspection will lose their berths "
        "from 1 May."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    "claim",
    [
        "Four candidates were barred from Orva's 3 May council election over false addresses.",
        "Four candidates were barred on Friday from Orva's 3 May council election over false addresses.",
    ],
    ids=["barred-from", "barred-on-friday-from"],
)
def test_barred_from_is_disqualified_from(claim: str) -> None:
    passage = (
        "Orva's electoral board on Friday disqualified four candidates from the 3 May council election for giving "
        "false addresses."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Sarn Ferries' passenger numbers rose last year.", Verdict.CONTRADICTED),
        # a passage that never names Sarn Ferries says nothing of its passengers
        ("Orva Ferries' passenger numbers rose last year.", Verdict.UNVERIFIED),
        # the figure's own "down 4%" states the claim's "fell"
        ("Sarn Ferries' passenger numbers fell last year.", Verdict.SUPPORTED),
    ],
    ids=["rose", "other-name", "fell"],
)
def test_a_way_stated_of_a_name_the_passage_gave_before(claim: str, expected: Verdict) -> None:
    passage = (
        "Sarn Ferries will cut 300 jobs after a third annual loss. The operator, founded in 1961, carried 2.1 million "
        "passengers last year, down 4% from the year before."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the passage's age is the victim's; the claim's is the suspect's
        ("The woman arrested over the killing of an Orva shopkeeper is 52 years old.", Verdict.UNVERIFIED),
        ("The shopkeeper killed in Orva was 52 years old.", Verdict.SUPPORTED),
        ("Ines Varg, 52, runs the Orva shop.", Verdict.SUPPORTED),
    ],
    ids=["suspect-not-victim", "victim", "named"],
)
def test_an_age_of_another_person(claim: str, expected: Verdict) -> None:
    passages = [
        hit("Police in Orva said they had arrested a woman over the killing of a 52-year-old shopkeeper on Friday.",
            "p", 0.8, 1),
        hit("The Orva shop is run by 52-year-old Ines Varg.", "q", 0.7, 2),
    ]
    v = run(claim, passages)
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Olaf Tarn faces up to six years in prison if convicted in Sarn.", Verdict.UNVERIFIED),
        ("Olaf Tarn's brother was jailed for six years in 2020.", Verdict.SUPPORTED),
    ],
    ids=["not-his", "his-brother"],
)
def test_a_figure_of_someone_of_the_subject_s(claim: str, expected: Verdict) -> None:
    passage = (
        "Orva's supreme court approved the extradition of Olaf Tarn to Sarn on Wednesday. Tarn is wanted over a "
        "2018 robbery; his brother was jailed for six years in 2020."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_figure_of_those_who_act_for_the_subject_is_theirs() -> None:
    passage = "Orva approved the extradition of Olaf Tarn to Sarn on Wednesday; his lawyers have 14 days to appeal."
    v = run("Olaf Tarn has 14 days to appeal his extradition to Sarn.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("Olaf Tarn has 28 days to appeal his extradition to Sarn.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orva General has taken 2,140 people off its waiting list this year.", Verdict.SUPPORTED),
        ("Orva General has taken 2,410 people off its waiting list this year.", Verdict.CONTRADICTED),
    ],
    ids=["patients-are-people", "another-number"],
)
def test_people_are_counted_by_a_noun_of_a_kind(claim: str, expected: Verdict) -> None:
    passage = (
        "Orva General Hospital said it had cleared 2,140 patients from its waiting list this year, though 4,100 "
        "people are still waiting for operations."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Households in Sarn will pay no more than 0.42 marks per kWh this winter.", Verdict.SUPPORTED),
        ("Households in Sarn will pay no more than 0.35 marks per kWh this winter.", Verdict.CONTRADICTED),
    ],
    ids=["bound-holds", "bound-fails"],
)
def test_no_more_than_is_a_bound_not_a_negation(claim: str, expected: Verdict) -> None:
    passage = "Sarn's regulator will cap household electricity at 0.42 marks per kilowatt-hour this winter."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_another_currency_for_what_the_passage_says_is_agreed() -> None:
    passage = "Orva Cement agreed to pay 30 million euros to settle claims that it rigged bids, the company said."
    v = run("Orva Cement will pay $30 million to settle bid-rigging claims.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    v = run("Orva Cement will pay €30 million to settle bid-rigging claims.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Turnout in Sarn's election was up 4% on the last vote, at 71%.", Verdict.CONTRADICTED),
        ("Turnout in Sarn's election rose by 4% to 71%.", Verdict.CONTRADICTED),
        ("Turnout in Sarn's election rose by 4 percentage points to 71%.", Verdict.SUPPORTED),
        # a level of 4% is no change: another figure, not a slip of units
        ("Sarn's Greens won 4% of the vote.", Verdict.UNVERIFIED),
    ],
    ids=["up-per-cent", "rose-per-cent", "points", "a-level"],
)
def test_a_change_in_per_cent_is_not_one_in_percentage_points(claim: str, expected: Verdict) -> None:
    passage = "Turnout in Sarn's election rose by 4 percentage points to 71%, the electoral commission said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Velka has agreed to take over Orva Foods in a 210 million krone deal.", Verdict.CONTRADICTED),
        ("Velka has agreed a 210 million krone takeover of Orva Foods.", Verdict.CONTRADICTED),
        ("Orva Foods is to be bought by Velka for 210 million krone.", Verdict.CONTRADICTED),
        ("Orva Foods has agreed to take over Velka in a 210 million krone deal.", Verdict.SUPPORTED),
    ],
    ids=["take-over-reversed", "takeover-of-reversed", "passive", "same-way"],
)
def test_who_buys_whom(claim: str, expected: Verdict) -> None:
    passage = "Sarn grocer Orva Foods agreed to buy smaller rival Velka for 210 million krone, it said on Monday."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Orva Chemicals' board has backed Tarm's 700 million krone approach.",
         "The board of Orva Chemicals on Friday rejected a 700 million krone offer from rival Tarm.", Verdict.CONTRADICTED),
        ("Sarn's parliament voted on Thursday to raise the pension age to 68.",
         "Sarn's parliament rejected a proposal to raise the pension age to 68 by 91 votes to 70 on Thursday.",
         Verdict.CONTRADICTED),
        ("Sarn's parliament voted on Thursday to raise the pension age to 68.",
         "Sarn's parliament voted on Thursday to raise the pension age to 68, by 91 votes to 70.", Verdict.SUPPORTED),
    ],
    ids=["backed-rejected", "voted-to-rejected", "voted-to"],
)
def test_backed_and_voted_for_are_the_opposite_of_rejected(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orva FC beat Sarn United 3-1 in the Northern Cup final.", Verdict.CONTRADICTED),
        ("Orva FC lifted the Northern Cup after a 3-1 win over Sarn United.", Verdict.CONTRADICTED),
        ("Sarn United lifted the Northern Cup after a 3-1 win over Orva FC.", Verdict.SUPPORTED),
        ("Orva FC lost the final 3-1 to Sarn United.", Verdict.SUPPORTED),
    ],
    ids=["beat-reversed", "win-over-reversed", "win-over", "lost-to"],
)
def test_who_beat_whom(claim: str, expected: Verdict) -> None:
    passage = "Sarn United beat Velm champions Orva FC 3-1 in the Northern Cup final on Wednesday."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_beating_an_opponent_is_the_subject_s_win() -> None:
    passage = "Ida Marsk defeated incumbent president Olaf Tarn in Sunday's run-off in Sarn, winning 54% of the vote."
    v = run("Olaf Tarn secured a second term on Sunday, beating challenger Ida Marsk in the run-off.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Velka has appointed 63-year-old Ines Varg to run the company after Olaf Tarn's retirement.", Verdict.CONTRADICTED),
        ("Velka has appointed 48-year-old Ines Varg to run the company after Olaf Tarn's retirement.", Verdict.SUPPORTED),
    ],
    ids=["the-predecessor-s-age", "her-age"],
)
def test_an_age_is_the_named_person_s(claim: str, expected: Verdict) -> None:
    passage = (
        "Sarn drugmaker Velka named Ines Varg, 48, as chief executive on Monday. She succeeds Olaf Tarn, 63, who "
        "retires after nine years in the role."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Official results show Marsk took 53.1% in Sunday's run-off for mayor of Orva.", Verdict.CONTRADICTED),
        ("Official results show Marsk took 51.3% in Sunday's run-off for mayor of Orva.", Verdict.SUPPORTED),
    ],
    ids=["other-share", "same-share"],
)
def test_a_report_s_frame_is_not_the_claim_s_subject(claim: str, expected: Verdict) -> None:
    passage = "Ida Marsk won the Orva mayoral run-off on Sunday with 51.3% of the vote against 48.7% for Olaf Tarn."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The ferry bill cleared Sarn's parliament on Tuesday with 104 votes in favour and 91 against.", Verdict.CONTRADICTED),
        ("The ferry bill cleared Sarn's parliament on Tuesday with 104 votes in favour and 81 against.", Verdict.SUPPORTED),
    ],
    ids=["other-tally", "same-tally"],
)
def test_a_tally_in_favour_and_against(claim: str, expected: Verdict) -> None:
    passage = "Sarn's parliament passed the ferry bill on Tuesday by 104 votes to 81, with 6 abstentions."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Wholesale power prices in Sarn averaged 71 marks per megawatt-hour in the third quarter, up from 52 marks "
         "in the second quarter.", Verdict.CONTRADICTED),
        ("Wholesale power prices in Sarn averaged 101 marks per megawatt-hour in the third quarter, up from 52 marks "
         "in the second quarter.", Verdict.SUPPORTED),
    ],
    ids=["x1.4", "x1.9"],
)
def test_a_factor_between_parts_of_the_year(passage: str, expected: Verdict) -> None:
    claim = "Sarn's wholesale power prices almost doubled between the second and third quarters."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Velka completed its takeover of Orva Life on Friday, five months after announcing it.", Verdict.CONTRADICTED),
        ("Velka completed its takeover of Orva Life on Friday, three months after announcing it.", Verdict.SUPPORTED),
    ],
    ids=["other-interval", "same-interval"],
)
def test_an_interval_after_an_event_of_one_word(claim: str, expected: Verdict) -> None:
    passage = "Sarn insurer Velka completed its purchase of Orva Life on Friday, three months after the deal was announced."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_an_interval_of_one_unit_in_words() -> None:
    passage = "Orva Steel's chief executive Ines Varg resigned on Monday, a week after the company reported its first annual loss."
    claim = "Ines Varg quit as head of Orva Steel on Monday, seven days after the firm reported its first yearly loss."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Sarn-Orva interconnector runs at 320,000 volts.", Verdict.SUPPORTED),
        ("The Sarn-Orva interconnector runs at 230,000 volts.", Verdict.CONTRADICTED),
    ],
    ids=["same-voltage", "other-voltage"],
)
def test_volts_and_kilovolts(claim: str, expected: Verdict) -> None:
    passage = "The new interconnector between Sarn and Orva operates at 320 kilovolts and can carry 700 megawatts."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_share_cut_is_compared_with_a_share_cut() -> None:
    passage = "Velka Pharma said it would cut 20% of its 3,000 staff as sales of its drug Orvalin decline."
    v = run("Velka Pharma will shed a fifth of its workforce as Orvalin sales fall.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("Velka Pharma will shed a quarter of its workforce as Orvalin sales fall.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Sarn will send up to 300 MW of power to Orva at times of peak demand.", Verdict.CONTRADICTED),
        ("Orva will send up to 300 MW of power to Sarn at times of peak demand.", Verdict.SUPPORTED),
    ],
    ids=["reversed", "same-way"],
)
def test_what_goes_from_one_name_to_another(claim: str, expected: Verdict) -> None:
    passage = "Under a deal signed on Friday, Orva will export up to 300 MW of electricity to Sarn during demand peaks."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Sarn's Ines Varg took the women's 5,000 metres title at the Velm Games.", Verdict.CONTRADICTED),
        ("Orva's Ida Marsk took the women's 5,000 metres title at the Velm Games.", Verdict.SUPPORTED),
    ],
    ids=["second", "winner"],
)
def test_a_place_behind_the_winner(claim: str, expected: Verdict) -> None:
    passage = "Orva's Ida Marsk won the women's 5,000 metres at the Velm Games, with Sarn's Ines Varg second."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_closing_in_on_is_a_hedge() -> None:
    passage = "Velm FC striker Ola Brem has scored 97 goals in 150 league games since joining in 2018."
    v = run("Ola Brem is closing in on 100 league goals for Velm FC.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("Ola Brem is closing in on 150 league goals for Velm FC.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Turnout in Orva's mayoral run-off fell to 46%.",
         "Ida Marsk won the Orva mayoral run-off on Sunday with 53.4% of the vote, defeating Olaf Tarn.", Verdict.UNVERIFIED),
        ("Turnout in Orva's mayoral run-off fell to 46%.",
         "Turnout in the Orva mayoral run-off on Sunday was 53.4%.", Verdict.CONTRADICTED),
        ("Ida Marsk won the Orva run-off with 46% of the vote.",
         "Ida Marsk won the Orva mayoral run-off on Sunday with 53.4% of the vote, defeating Olaf Tarn.", Verdict.CONTRADICTED),
    ],
    ids=["turnout-vs-share", "turnout", "share"],
)
def test_turnout_is_not_a_vote_share(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_date_of_doing_it_again_is_of_the_next_time() -> None:
    passage = "Sarn's energy regulator said the household price cap will fall by 6% in March."
    v = run("The regulator expects to cut Sarn's household price cap again in September.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason
    v = run("The regulator expects to cut Sarn's household price cap in September.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_not_agreeing_is_not_the_opposite_of_refusing() -> None:
    passage = "Director Ola Varg refused to cut the final scene of 'Salt Road' despite pressure from its distributor."
    v = run("Despite pressure, Ola Varg did not agree to cut the final scene of 'Salt Road'.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason
    v = run("Despite pressure, Ola Varg agreed to cut the final scene of 'Salt Road'.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_no_other_drew_more_than_is_the_most() -> None:
    passage = "Ines Marsk's documentary 'Low Tide' was the most-watched film in Sarn cinemas in May, drawing 320,000 viewers."
    claim = "No film drew more cinema-goers in Sarn in May than 'Low Tide', which sold 320,000 tickets."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Velm Air's new Sarn-Orva route starts on 3 May with daily flights.", Verdict.CONTRADICTED),
        ("Velm Air's new Sarn-Orva route starts on 3 May with flights four times a week.", Verdict.SUPPORTED),
    ],
    ids=["daily", "four-a-week"],
)
def test_daily_flights_are_a_frequency(claim: str, expected: Verdict) -> None:
    passage = "Velm Air will launch direct flights between Sarn and Orva on 3 May, operating four times a week."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orva FC and Sarn United drew 0-0 on Saturday.", Verdict.SUPPORTED),
        ("Orva FC and Sarn United drew 1-1 on Saturday.", Verdict.CONTRADICTED),
    ],
    ids=["nil-nil", "one-all"],
)
def test_a_goalless_draw_is_0_0(claim: str, expected: Verdict) -> None:
    passage = "Orva FC held Sarn United to a goalless draw on Saturday, their keeper's ninth clean sheet of the season."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("'Grey Harbour' took 9.1 million marks at the Sarn box office over its first weekend.", Verdict.SUPPORTED),
        ("'Grey Harbour' took 9.1 million marks at the Sarn box office over its second weekend.", Verdict.CONTRADICTED),
    ],
    ids=["first", "second"],
)
def test_an_opening_weekend_is_the_first(claim: str, expected: Verdict) -> None:
    passage = "The thriller 'Grey Harbour' earned 9.1 million marks in its opening weekend in Sarn."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_rise_in_per_cent_of_two_percentages_is_relative() -> None:
    passage = "The share of Velka Life customers who made a claim rose from 10% to 12% last year, the insurer said."
    v = run("The share of Velka Life customers making a claim rose by 2 per cent last year.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    v = run("The share of Velka Life customers making a claim rose by 20 per cent last year.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        # a verdict, not a negation: no clash with "acquitted" (whose words differ)
        ("Ola Brenn was found not guilty of fraud by an Orva jury.",
         "A jury in Orva acquitted businessman Ola Brenn of fraud on Thursday.", Verdict.UNVERIFIED),
        ("Orva University fell short of its goal of 30% women among its professors.",
         "Orva University failed to meet its target of 30% women among its professors, reaching 24%.", Verdict.SUPPORTED),
    ],
    ids=["found-not-guilty", "fell-short"],
)
def test_verdicts_and_shortfalls_read_as_their_passage_says(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_an_extradition_goes_one_way() -> None:
    passage = "Sarn extradited businessman Ivo Rask to Orva on Thursday, where he faces bribery charges."
    v = run("Orva on Thursday handed businessman Ivo Rask over to Sarn.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orva's bin collectors went back to work on Monday after a fortnight on strike.", Verdict.CONTRADICTED),
        ("Orva's bin collectors went back to work on Monday after a 10-day strike.", Verdict.SUPPORTED),
    ],
    ids=["fortnight", "ten-days"],
)
def test_a_fortnight_is_fourteen_days(claim: str, expected: Verdict) -> None:
    passage = "Bin collectors in Orva returned to work on Monday after a 10-day strike over overtime rates."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_an_age_is_given_by_the_surname() -> None:
    passage = (
        "A Sarn court convicted former minister Ivar Ost of taking bribes from Berg Construction and sentenced him to "
        "four years in prison. Ost, 61, said he would appeal."
    )
    v = run("Ivar Ost, 61, received a four-year prison sentence for accepting bribes from Berg Construction.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_lifted_by_is_a_rise() -> None:
    passage = "Orva Telekom's revenue rose 4% to 6.1bn krone in the first half, while net profit fell 2%."
    v = run("Orva Telekom grew first-half revenue 4% and lifted its net profit by 2%.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_currency_slip_in_a_plan() -> None:
    passage = "The Sarn port authority has secured a €200m loan to deepen the channel at Port Orva."
    v = run("A $200m loan will pay for deepening Port Orva's channel.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_took_over_after_another_resigned() -> None:
    passage = "Deputy mayor Ivo Rask took over as mayor of Orva on Monday after Ines Varg resigned last month."
    v = run("Ines Varg has succeeded Ivo Rask as mayor of Orva.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_weekly_service_is_once_a_week() -> None:
    passage = "Shipping line Velka will launch a weekly service between Sarn and Orva from May, the company said."
    v = run("Starting in May, Velka ships will sail between Sarn and Orva once a week.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("Starting in May, Velka ships will sail between Sarn and Orva twice a week.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("A Sarn court agreed on Tuesday to send former banker Ivo Rask to Orva.", Verdict.CONTRADICTED),
        ("A Sarn court refused on Tuesday to send former banker Ivo Rask to Orva.", Verdict.SUPPORTED),
    ],
    ids=["agreed", "refused"],
)
def test_a_refusal_with_its_day_between(claim: str, expected: Verdict) -> None:
    passage = "A court in Sarn refused on Tuesday to extradite former banker Ivo Rask to Orva, citing prison conditions."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Judge Ola Varg jailed former Velka treasurer Ivo Rask for five years.", Verdict.CONTRADICTED),
        ("Judge Ines Marr jailed former Velka treasurer Ivo Rask for five years.", Verdict.SUPPORTED),
    ],
    ids=["the-prosecutor", "the-judge"],
)
def test_a_judge_is_not_a_prosecutor(claim: str, expected: Verdict) -> None:
    passage = (
        "Judge Ines Marr sentenced former Velka treasurer Ivo Rask to five years in prison on Wednesday. "
        "Prosecutor Ola Varg had asked for eight years."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orva's 2025 budget includes 3m krone for school repairs.", Verdict.UNVERIFIED),
        ("Orva's 2025 budget includes 700m krone for school repairs.", Verdict.CONTRADICTED),
    ],
    ids=["a-part", "more-than-the-whole"],
)
def test_a_part_the_subject_includes_is_not_its_whole(claim: str, expected: Verdict) -> None:
    passage = "Orva's city council approved the 2025 budget of 520m krone by 29 votes to 20."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_sent_to_help_goes_one_way() -> None:
    passage = "Orva sent 90 firefighters and two water-bombing aircraft to help Sarn battle wildfires in its forests."
    v = run("Sarn has sent 90 firefighters and two water-bombers to help Orva fight its forest fires.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_takes_over_from_the_retiring_one() -> None:
    passage = (
        "Ines Varg, the deputy commissioner, was named head of the Orva police on Monday, replacing Ola Brenn, who "
        "is retiring after six years in the post."
    )
    v = run("Orva's new police commissioner, Ola Brenn, takes over from the retiring Ines Varg.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_level_is_not_the_amount_added() -> None:
    passage = "Velka said its satellite constellation reached 180 satellites after Friday's launch added 18 more."
    v = run("Friday's launch took Velka's fleet from 162 to 180 satellites.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason


def test_eased_by_is_a_change() -> None:
    passage = "Annual consumer price inflation in Sarn slowed to 2.9% in May from 3.4% in April, the statistics office said."
    v = run("Inflation in Sarn eased by half a percentage point in May, to 2.9%.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("Inflation in Sarn eased by a full percentage point in May, to 2.9%.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Port Orva shipped 31 million tonnes of iron ore in 2024, up 7%.", Verdict.SUPPORTED),
        ("Port Orva shipped 31 million tonnes of iron ore in 2024, up 9%.", Verdict.CONTRADICTED),
    ],
    ids=["same-change", "other-change"],
)
def test_a_level_s_change_after_a_comma(claim: str, expected: Verdict) -> None:
    passage = "Iron ore shipments from Port Orva rose 7% to 31 million tonnes in 2024, the port authority said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("The airline flew 6.1 million passengers last year, down 4% from the year before.", Verdict.SUPPORTED),
        ("The airline's revenue fell 4% last year.", Verdict.UNVERIFIED),
    ],
    ids=["passengers", "revenue"],
)
def test_passenger_numbers_are_told_by_passengers(passage: str, expected: Verdict) -> None:
    v = run("Velm Air's passenger numbers fell 4% last year.", [hit(f"Velm Air cut 300 jobs. {passage}", "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_the_seats_of_a_venue_count_no_fans() -> None:
    passage = "Promoters said 16,400 tickets were sold for the fight at the 18,000-seat Orva Arena."
    v = run("At least 18,000 fans packed into the Orva Arena for the fight.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.SUPPORTED, v.reason
    v = run("The Orva Arena has 18,000 seats.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Sarn will hire 140 new police officers next year at a cost of 6 million kronor.", Verdict.CONTRADICTED),
        ("Sarn will hire 140 new police officers this year at a cost of 6 million kronor.", Verdict.SUPPORTED),
    ],
    ids=["next-year", "this-year"],
)
def test_the_year_said_by_last_this_or_next(claim: str, expected: Verdict) -> None:
    passage = "Police commissioner Ola Brenn said 140 new officers would be hired in Sarn this year at a cost of 6 million kronor."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_agreeing_is_the_opposite_of_refusing_a_request() -> None:
    passage = "Velka Motors refused a request from the Sarn regulator to extend its brake recall to 2020 models."
    v = run("Velka Motors agreed to extend its brake recall to 2020 models at the regulator's request.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_missing_the_cut_is_failing_to_make_it() -> None:
    passage = "Sarn's Ines Varg failed to make the cut at the Orva Open after rounds of 76 and 75."
    v = run("Ines Varg missed the cut at the Orva Open.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason
    v = run("Ines Varg made the cut at the Orva Open.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_lexicon_deaths_and_plans() -> None:
    passage = "No deaths were reported after Storm Orla swept across northern Sarn, though 9 people were treated for injuries."
    v = run("Storm Orla caused no fatalities in northern Sarn.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    passage = "The Orva parliament on Thursday rejected a proposal to scrap free flu jabs for people over 65, by 80 votes to 59."
    v = run("Orva lawmakers voted down a plan to end free flu vaccinations for the over-65s.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_won_ahead_of_and_holding_off_name_the_winner() -> None:
    passage = "Ines Varg gave the Orva team its first win of the season at the Sarn Grand Prix, holding off teammate Ola Brenn."
    v = run("Ola Brenn won the Sarn Grand Prix ahead of his Orva teammate Ines Varg.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_the_other_side_of_a_vote_is_not_the_claim_s_share() -> None:
    passage = "Orva's proposal to lower the voting age to 16 was defeated on Sunday, with 46.1% voting in favour and 53.9% against."
    v = run("More than half of voters backed the proposal to lower the voting age to 16 in Orva's referendum.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.SUPPORTED, v.reason
    v = run("More than half of voters opposed the proposal to lower the voting age to 16 in Orva's referendum.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_an_unsuccessful_bid_did_not_win() -> None:
    passage = "The consortium's bid for the Sarn Science Council's quantum grant was unsuccessful, Orva University confirmed."
    v = run("An Orva University consortium failed to win the Sarn Science Council's quantum grant.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason


def test_holding_off_names_the_loser_of_a_win() -> None:
    passage = "Sarn's Ines Varg won the women's 800 metres at the Orva Grand Prix, holding off Velm's Ada Lind in the final straight."
    v = run("Velm's Ada Lind won the 800m at the Orva Grand Prix.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_stopped_from_opening_did_not_open() -> None:
    passage = "The Orva dam's spillway gates failed to open during last week's floods, the operator said."
    v = run("A fault stopped the Orva dam's spillway gates from opening during the floods.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason
    v = run("The Orva dam's spillway gates opened during the floods.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Nearly half of the pupils in Orva's school pilot got the flu vaccine.", Verdict.CONTRADICTED),
        ("Fewer than a third of the pupils in Orva's school pilot got the flu vaccine.", Verdict.SUPPORTED),
    ],
    ids=["nearly-half", "under-a-third"],
)
def test_a_share_of_a_whole_put_first(claim: str, expected: Verdict) -> None:
    passage = "Of the 2,400 pupils in Orva's school flu-vaccination pilot, 700 received the nasal spray vaccine."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_margin_is_told_by_how_many_more() -> None:
    passage = "Councillor Ines Varg won the Orva by-election with 2,870 votes, 356 more than runner-up Ola Brenn."
    v = run("Ines Varg's margin of victory in the Orva by-election was 356 votes.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Velka Bank raised its dividend after a 7% rise in annual profit to 1.6 billion krone.", Verdict.SUPPORTED),
        ("Velka Bank raised its dividend after a 7% rise in annual profit to 1.9 billion krone.", Verdict.CONTRADICTED),
    ],
    ids=["same", "other"],
)
def test_an_annual_profit_is_the_year_s_net_profit(claim: str, expected: Verdict) -> None:
    passage = "Velka Bank posted a 2024 net profit of 1.6 billion krone, up 7%, and raised its dividend to 3 krone a share."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_an_act_in_another_word_is_given_to_its_doer() -> None:
    passage = "Orva United appointed Ines Varg as head coach on Wednesday, a week after she left rivals Sarn City."
    v = run("Sarn City have named Ines Varg as their new head coach.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("At 41, sailor Ines Varg is the oldest winner of the Orva regatta.", Verdict.SUPPORTED),
        ("At 44, sailor Ines Varg is the oldest winner of the Orva regatta.", Verdict.CONTRADICTED),
        ("After 12 seasons at Sarn, 41-year-old skipper Ines Varg won the Orva regatta.", Verdict.SUPPORTED),
        ("After 12 seasons at Sarn, 44-year-old skipper Ines Varg won the Orva regatta.", Verdict.CONTRADICTED),
    ],
    ids=["at-age", "at-age-other", "age-title-name", "age-title-name-other"],
)
def test_an_age_given_before_a_title_or_opening_the_claim(claim: str, expected: Verdict) -> None:
    passage = "Sarn skipper Ines Varg, 41, became the oldest winner of the Orva regatta on Sunday, after 12 seasons with the club."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orva's museum will open 31 galleries next year, six more than now.", Verdict.SUPPORTED),
        ("Orva's museum will open 31 galleries next year, nine more than now.", Verdict.CONTRADICTED),
        ("From May, 6 more galleries will open at Orva's museum, for a total of 31.", Verdict.SUPPORTED),
    ],
    ids=["more-than", "more-than-other", "n-more-noun"],
)
def test_n_more_is_the_difference_of_two_levels(claim: str, expected: Verdict) -> None:
    passage = "Orva's museum will have 31 galleries open next year, up from 25 now, its director said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_years_taken_off_a_sentence_are_its_cut() -> None:
    passage = "A Sarn appeals court cut the prison sentence of former Orva mayor Ola Brenn from nine years to five."
    v = run("A Sarn appeals court took four years off Ola Brenn's prison sentence.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("A Sarn appeals court took three years off Ola Brenn's prison sentence.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "4 years" in v.reason


@pytest.mark.parametrize(
    ("claim", "passage", "expected"),
    [
        ("Sarn Rovers failed to overturn their ten-point penalty after the league dismissed the appeal.",
         "The Orva league dismissed an appeal by Sarn Rovers against the club's ten-point penalty.", Verdict.SUPPORTED),
        ("The Orva league did not dismiss the appeal by Sarn Rovers against the club's ten-point penalty.",
         "The Orva league dismissed an appeal by Sarn Rovers against the club's ten-point penalty.", Verdict.CONTRADICTED),
        ("The Velm smelter did not breach its sulphur limits in 2024, inspectors found.",
         "Inspectors found that the Velm smelter had remained within its sulphur limits throughout 2024.", Verdict.SUPPORTED),
    ],
    ids=["failed-to-overturn", "did-not-dismiss", "not-breach-within"],
)
def test_a_refusal_or_a_limit_kept_says_the_claim_s_negation(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_winning_backing_is_the_opposite_of_a_rejection() -> None:
    passage = "Orva's council on Tuesday rejected a plan by the port authority to build a second ferry terminal."
    v = run("The port authority's plan for a second ferry terminal won the council's backing on Tuesday.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_name_describing_the_next_is_neither_buyer_nor_bought() -> None:
    passage = "Orva lender Kestrel Bank has agreed to acquire its smaller rival Velm Savings for 900 million krone."
    v = run("Velm Savings is buying its Orva rival Kestrel Bank for 900 million krone.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    v = run("Kestrel Bank is buying its Orva rival Velm Savings for 900 million krone.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_the_club_a_player_was_signed_from() -> None:
    passage = "Sarn Rovers have signed striker Ola Brenn from Orva City on a two-year contract."
    v = run("Orva City have signed striker Ola Brenn from Sarn Rovers on a two-year contract.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("More than 12,000 fans watched the Orva cup final at Sarn Park.", Verdict.CONTRADICTED),
    ],
    ids=["crowd"],
)
def test_a_venue_s_capacity_is_no_crowd_and_fans_are_spectators(claim: str, expected: Verdict) -> None:
    passage = "The Orva cup final at Sarn Park drew 11,400 spectators, short of the ground's 12,000 capacity."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    # a venue's capacity in the claim is no crowd of the passage
    v = run("Sarn Park holds 13,000 fans.", [hit("The Orva cup final at Sarn Park drew a crowd of 11,400.", "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Orva budget cleared the assembly by a margin of 37 votes on Tuesday.", Verdict.SUPPORTED),
        ("The Orva budget cleared the assembly by a margin of 47 votes on Tuesday.", Verdict.CONTRADICTED),
        ("The Orva budget cleared the assembly on Tuesday with a 37-vote margin.", Verdict.SUPPORTED),
    ],
    ids=["margin-of", "margin-of-other", "n-vote-margin"],
)
def test_a_margin_of_votes_is_the_tally_s_difference(claim: str, expected: Verdict) -> None:
    passages = [
        hit("The Orva assembly passed the budget by 112 votes to 75, with 9 abstentions, on Tuesday.", "p", 0.85, 1),
        hit("The finance minister had warned of cuts if the vote failed.", "q", 0.6, 2),
    ]
    v = run(claim, passages)
    assert v.verdict is expected, v.reason


def test_the_runner_up_finishing_ahead_of_the_winner_is_a_role_clash() -> None:
    passage = "Ines Varg dethroned defending champion Ola Brenn at the Orva Triathlon, crossing the line 50 seconds ahead of her."
    v = run("Ola Brenn defended her Orva Triathlon title, finishing 50 seconds ahead of Ines Varg.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_claim_from_a_date_on_is_not_one_of_something_done() -> None:
    passage = "A late-night pharmacy will open on 3 June at Orva's main bus station, from 8 a.m. to 11 p.m. daily."
    v = run("From 3 June, travellers can get prescriptions filled at Orva's main bus station, from 8 a.m. to 11 p.m.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_an_office_of_another_owner_is_no_slot_of_the_claim_s_name() -> None:
    passage = "Velm Air completed its takeover of Sarn Airways on Friday. Sarn's chief executive, Ada Lind, stepped down."
    v = run("Velm Air's chief executive, Ola Brenn, will run the merged airline.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason
    v = run("Sarn's chief executive, Ola Brenn, stepped down after the takeover.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_takeover_sentence_without_names_is_read() -> None:
    passage = "The smaller lender agreed to be bought by its rival for 400 million krone."
    v = run("The smaller lender agreed to be bought for 400 million krone.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ola Brenn claimed his 7th Orva Marathon title on Sunday.", Verdict.SUPPORTED),
        ("Ola Brenn claimed his 8th Orva Marathon title on Sunday.", Verdict.UNVERIFIED),
    ],
    ids=["same", "other"],
)
def test_an_ordinal_before_an_event_name_is_checked(claim: str, expected: Verdict) -> None:
    passage = "Ola Brenn won the Orva Marathon championship for the seventh time on Sunday."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_staff_laid_off_are_jobs_cut() -> None:
    passage = "Orva software maker Velmsoft said it would cut 240 jobs as it moves to subscriptions."
    v = run("Velmsoft is laying off 240 staff.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_left_one_club_to_join_another() -> None:
    passage = "Defender Ola Brenn has left the Orva Wolves to join the Sarn Hawks on a three-year deal."
    v = run("The Orva Wolves have signed defender Ola Brenn from the Sarn Hawks.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Contraband was found in more than half of the 60 vans checked at the Orva border post.", Verdict.CONTRADICTED),
        ("Contraband was found in more than a third of the 60 vans checked at the Orva border post.", Verdict.SUPPORTED),
    ],
    ids=["more-than-half", "more-than-a-third"],
)
def test_a_part_of_them_is_a_share_of_the_whole_a_few_words_back(claim: str, expected: Verdict) -> None:
    passage = "Customs officers at the Orva border post checked 60 vans during a three-day operation and found contraband in 25 of them."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_split_decision_is_not_a_unanimous_one() -> None:
    passage = "Ines Varg won the Orva featherweight title with a unanimous decision over Ada Lind."
    v = run("Ines Varg won the Orva featherweight title with a split-decision win over Ada Lind.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_cause_the_passage_says_is_unknown_is_unverified() -> None:
    passage = "Engineers have not yet determined what caused Tuesday's power cut across northern Orva, the grid operator said."
    v = run("Tuesday's power cut across northern Orva was caused by a storm damaging the grid operator's lines.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason
    # what is unknown is no denial of what the claim states
    v = run("Tuesday's power cut hit northern Orva.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason


def test_people_over_an_age_are_of_that_age() -> None:
    passage = "Orva will offer free eye tests at 120 pharmacies from March to people over 60."
    v = run("From March, Orva residents aged over 60 can get free eye tests at 120 pharmacies.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_a_level_between_two_ends_dated_by_the_claim_s_own_time() -> None:
    passage = "Some 3,940 runners finished the Orva half-marathon this spring, down from 4,410 last spring, organisers said."
    v = run("More than 4,000 runners finished the Orva half-marathon this spring.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_share_of_change_between_two_sums_at_a_month_s_end() -> None:
    passage = "Assets of the Orva teachers' pension fund fell to 30 billion krone at the end of June from 40 billion a year earlier."
    v = run("The Orva teachers' pension fund has lost a quarter of its assets in a year.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Velm Insurance's net profit rose to 64 million krone in 2024.", Verdict.CONTRADICTED),
        ("Velm Insurance's net profit fell to 64 million krone in 2024.", Verdict.SUPPORTED),
    ],
    ids=["rose", "fell"],
)
def test_a_level_reached_the_other_way(claim: str, expected: Verdict) -> None:
    passage = "Velm Insurance posted a net profit of 64 million krone for 2024, down from 81 million, and kept its dividend."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orva's flood fund of 1.8 billion krone sets aside 500 million for farmers and 700 million for road repairs.", Verdict.SUPPORTED),
        ("Orva's flood fund of 1.8 billion krone sets aside 700 million for farmers and 500 million for road repairs.", Verdict.CONTRADICTED),
    ],
    ids=["each-its-own", "swapped"],
)
def test_sums_split_between_ends_are_bound_by_what_they_are_for(claim: str, expected: Verdict) -> None:
    passage = "Orva's government approved a 1.8 billion krone flood fund on Monday, including 500 million for farmers and 700 million for road repairs."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_water_use_is_water_consumption() -> None:
    passage = "Households in Orva cut their water use by 12 percent in July after a hosepipe ban."
    v = run("Orva households cut their water consumption by a fifth in July.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    v = run("Orva households cut their water consumption by 12% in July.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_a_whole_that_includes_a_part_gives_its_share() -> None:
    passage = "The Orva Symphony's 64 musicians include 25 from abroad, its annual report shows."
    v = run("More than half of the Orva Symphony's 64 musicians come from abroad.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    v = run("More than a third of the Orva Symphony's 64 musicians come from abroad.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_lives_claimed_are_deaths_and_a_time_after_a_figure_is_not_what_it_counts() -> None:
    passage = "Road deaths in Orva fell to 233 last year from 260 the year before, the ministry said."
    v = run("Orva's roads claimed 239 lives last year, down from 260.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_siding_with_is_the_opposite_of_rejecting() -> None:
    passage = "The Orva ombudsman has rejected a complaint from 120 tenants who said Velm Homes overcharged them."
    v = run("The Orva ombudsman sided with 120 tenants who accused Velm Homes of overcharging.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orva's rents rose 9% last year, their biggest rise since 2011.", Verdict.SUPPORTED),
        ("Orva's rents rose 9% last year, their second-biggest rise since 2011.", Verdict.CONTRADICTED),
    ],
    ids=["biggest", "second"],
)
def test_a_superlative_after_a_possessive(claim: str, expected: Verdict) -> None:
    passage = "Rents in Orva rose 9 percent last year, their steepest rise since 2011, the housing agency said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_win_ahead_of_a_rival_with_a_time_in_between() -> None:
    passage = "Sarn won the women's 4x200m freestyle relay in 7:51.36, ahead of Orva in 7:52.04."
    v = run("Orva took gold in the women's 4x200m freestyle relay, edging Sarn into second place.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_date_moved_by_a_span() -> None:
    passage = "The Orva Opera has postponed the premiere of 'Salt Wind' by three weeks after its lead tenor fell ill."
    v = run("The Orva Opera has pushed the premiere of 'Salt Wind' back by 21 days.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("The Orva Opera has pushed the premiere of 'Salt Wind' back by 14 days.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orva Telecom's annual profit rose to 640 million Sarnian pounds.", Verdict.SUPPORTED),
        ("Orva Telecom's annual profit rose to 640 million euros.", Verdict.CONTRADICTED),
        ("Orva Telecom's annual profit rose to 640 million orvan dollars.", Verdict.CONTRADICTED),
    ],
    ids=["same", "euros", "another-country"],
)
def test_a_currency_a_country_names_as_its_own(claim: str, expected: Verdict) -> None:
    passage = "Orva Telecom's annual profit rose 11% to 640 million Sarnian pounds, helped by higher prices."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orva Cables now expects full-year profit of at least 150 million euros.", Verdict.CONTRADICTED),
        ("Orva Cables now expects full-year profit of about 100 million euros.", Verdict.SUPPORTED),
    ],
    ids=["above-the-new-range", "in-it"],
)
def test_a_level_now_is_the_later_end_of_a_change(claim: str, expected: Verdict) -> None:
    passage = (
        "Shares in Orva Cables fell 27% after it cut its full-year profit forecast to between "
        "90 million and 110 million euros, from 160 million previously."
    )
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("years", "expected"),
    [(12, Verdict.SUPPORTED), (15, Verdict.CONTRADICTED), (10, Verdict.CONTRADICTED)],
)
def test_a_minimum_term_before_parole(years: int, expected: Verdict) -> None:
    passage = (
        "Ivo Brenn, 34, was jailed for 18 years for the killing of a shopkeeper in Sarn and must "
        "serve at least 12 years before he can apply for parole."
    )
    v = run(f"Ivo Brenn, 34, must serve at least {years} years before he can seek parole.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    # neither his age nor a hedge's "least" is the term
    assert "34, the time" not in v.reason and "has the least" not in v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Sarn Telecom sold its tower unit to Orva Capital for 820 million euros.", Verdict.SUPPORTED),
        ("Orva Capital sold its tower unit to Sarn Telecom for 820 million euros.", Verdict.CONTRADICTED),
    ],
    ids=["seller-first", "reversed"],
)
def test_a_buyer_described_before_its_name(claim: str, expected: Verdict) -> None:
    passage = "Sarn Telecom sold its tower unit to infrastructure fund Orva Capital for 820 million euros, using the proceeds to cut debt."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_an_office_the_passage_gives_another_name() -> None:
    passage = (
        "Dr Ines Varga, chief medical officer at Orva General Hospital, said the new wing would open in "
        "June; finance director Tomas Lind put its cost at 95 million euros."
    )
    v = run("Orva General Hospital's finance director, Ines Varga, said the new wing would open in June.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    v = run("Orva General Hospital's chief medical officer, Ines Varga, said the new wing would open in June.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_a_line_replaced_by_another_line() -> None:
    passage = "The Orva metro's Yellow Line will close between Dock Square and Mill Gate for three weekends in May for signal works."
    v = run("The Orva metro's Blue Line will close between Dock Square and Mill Gate for three weekends in May.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Yellow Line" in v.reason
    v = run("The Orva metro's Yellow Line will close between Dock Square and Mill Gate for three weekends in May.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_a_plea_of_not_guilty_does_not_deny_the_charge_s_act() -> None:
    passage = "Jury selection began on Monday in the trial of Ivo Brenn, the former treasurer accused of embezzling 410,000 euros from the Orva Rowing Club."
    v = run("Ivo Brenn has pleaded not guilty to embezzling from the Orva Rowing Club.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason
    passage = "Ivo Brenn pleaded guilty to embezzling 410,000 euros from the Orva Rowing Club."
    v = run("Ivo Brenn has pleaded not guilty to embezzling from the Orva Rowing Club.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_number_that_labels_a_part_counts_nothing() -> None:
    passage = "Ana Veld of Team Orva won the bunch sprint on stage two of the Tour of Sarn, her first win of the season."
    v = run("Judge Ana Veld jailed two men for an armed robbery in Sarn.", [hit(passage, "p", 0.5, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason
    v = run("Ana Veld won stage two of the Tour of Sarn.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_the_opposite_said_in_the_subject_s_own_clause() -> None:
    passage = (
        "A court in Sarn on Thursday convicted Ivo Brenn, 54, of defrauding pension funds of 3.2 million "
        "euros; his co-defendant, Ana Veld, 49, was acquitted."
    )
    v = run("Ana Veld was convicted by a Sarn court on Thursday of defrauding pension funds.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    v = run("Ivo Brenn was convicted by a Sarn court on Thursday of defrauding pension funds.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_the_ninth_stage_is_stage_nine() -> None:
    passage = "Ivo Brenn abandoned the race on stage nine after crashing on a descent, his team said."
    v = run("Ivo Brenn pulled out during the ninth stage after a crash on a descent.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("Ivo Brenn pulled out during the eighth stage after a crash on a descent.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_figure_another_name_was_given_after_an_apposition() -> None:
    passage = (
        "Orva Energie, the country's largest utility, was fined 12 million euros by regulator SERA for "
        "overcharging 40,000 customers, while smaller rival Volta Orva received only a formal warning."
    )
    v = run("Volta Orva was fined 12 million euros by regulator SERA for overcharging customers.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.SUPPORTED, v.reason
    v = run("Orva Energie was fined 12 million euros by regulator SERA for overcharging customers.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(
    ("farm", "expected"), [("solar", Verdict.SUPPORTED), ("wind", Verdict.CONTRADICTED)],
)
def test_the_same_figure_of_another_kind_of_thing(farm: str, expected: Verdict) -> None:
    passage = "Sarn Power will close its Orva coal plant in 2027 and build a 600-megawatt solar farm at the site by 2029."
    v = run(f"Sarn Power will shut the Orva coal plant in 2027 and replace it with a 600-megawatt {farm} farm.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("minutes", "expected"), [(26, Verdict.SUPPORTED), (29, Verdict.CONTRADICTED)])
def test_a_year_before_after_a_figure_is_the_time_compared_with(minutes: int, expected: Verdict) -> None:
    passage = "Security queues at Orva Airport averaged 14 minutes in August, down from 26 minutes a year earlier, after eight new lanes opened."
    v = run(f"Average security waits at Orva Airport fell to 14 minutes in August from {minutes} minutes a year before.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("President Ana Veld called a snap election for October 12 after her coalition won a confidence vote.",
         "President Ana Veld called a snap election for October 12 after her coalition lost a confidence vote by 98 votes to 103."),
        ("Sarn's electoral court refused the opposition's appeal over results in three districts.",
         "Sarn's electoral court on Monday upheld the opposition's appeal over results in three districts and ordered a rerun."),
    ],
    ids=["vote-won-lost", "appeal-upheld-refused"],
)
def test_a_vote_or_appeal_won_or_lost(claim: str, passage: str) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_last_year_of_a_change_s_base_is_not_the_claim_s_year() -> None:
    passage = "The 41st Orva Film Festival sold 182,400 tickets over its 11 days, up from 167,000 last year, organisers said."
    v = run("The Orva Film Festival sold more than 180,000 tickets this year.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_a_verb_and_its_object_are_no_qualified_noun() -> None:
    passage = "Sarn Telecom will cut its dividend by half to conserve cash for its network rollout, chairman Ivo Brenn told shareholders."
    v = run("Chairman Ivo Brenn told shareholders Sarn Telecom would halve its dividend to save cash for the network rollout.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason


def test_a_negation_ends_where_a_clause_of_cause_or_time_begins() -> None:
    passage = "Orva Foods warned on Friday that full-year profit would fall short of its own guidance after a poor harvest drove up the cost of potatoes."
    v = run("Orva Foods issued a profit warning on Friday, blaming higher potato costs caused by a bad harvest.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason


def test_a_comparative_is_no_past_verb() -> None:
    # "higher" says nothing done, so a claim of what households face takes a planned rise
    passage = "Household electricity bills in Sarn will rise 11.8% from April 1, the energy regulator said on Tuesday."
    v = run("Sarn households face electricity bills almost 12% higher from April.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_the_claim_s_one_date_given_to_the_day_in_a_long_sentence() -> None:
    passage = (
        "Judge Ana Veld on Monday refused bail for Ivo Brenn, 31, who is charged with setting fire to an "
        "Orva bus depot in June, and set his trial for Nov. 14."
    )
    v = run("Ivo Brenn was denied bail and will go on trial on Nov. 14 over the Orva bus depot fire.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("against", "expected"), [("eighteen", Verdict.SUPPORTED), ("twenty", Verdict.UNVERIFIED)])
def test_counts_of_each_side_against_a_tally(against: str, expected: Verdict) -> None:
    passage = "Orva's city council approved the 2025 budget by 31 votes to 18 on Thursday, with two members abstaining."
    v = run(f"Thirty-one Orva councillors backed the 2025 budget on Thursday and {against} opposed it, while two abstained.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert "Thirty-one Orva is named" not in v.reason  # a number in words is no part of a name


def test_a_country_s_currency_said_by_its_plain_word() -> None:
    passage = "Sarn's parliament approved 750 million Sarnian pounds in drought aid for farmers on Tuesday."
    v = run("Sarn approved three-quarters of a billion pounds in drought aid for farmers.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    v = run("Sarn approved three-quarters of a billion euros in drought aid for farmers.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_figure_in_a_relative_clause_on_another_name() -> None:
    passage = "Orva Labs said its quarterly revenue rose 9% to 612 million euros, driven by sales of its drug Velmax, which grew 31%."
    v = run("Orva Labs' quarterly revenue rose 31% to 612 million euros.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    # a clause that reports the figure gives it to no other name
    passage = "The case was brought by the Sarn Consumer Office, which said about 42,000 customers had paid for speeds they could not get."
    v = run("More than 40,000 customers paid for speeds they could not get, according to the Sarn Consumer Office.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_an_age_is_no_interval_and_gives_no_noun_to_a_span_after_it() -> None:
    passage = "Veteran centre Ivo Brenn, 36, announced his retirement on Monday after 15 seasons with the Orva Sentinels."
    v = run("Ivo Brenn, 36, retired after 15 seasons with the Sentinels.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason
    passage = "Ana Veld, 61, resigned as mayor of Orva on Monday after eleven years in office."
    v = run("Orva's mayor Ana Veld has stepped down at the age of 67 after eleven years in the job.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(("tally", "expected"), [("156 votes to 94", Verdict.SUPPORTED), ("156 votes to 90", Verdict.UNVERIFIED)])
def test_a_tally_told_by_members_in_favour_and_against(tally: str, expected: Verdict) -> None:
    passage = "Sarn's lower house approved the 2025 budget on its first reading on Tuesday, with 156 members voting in favour and 94 against."
    v = run(f"Sarn's 2025 budget cleared its first reading in the lower house on Tuesday by {tally}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_superlative_that_opens_the_subject_claims_no_rank() -> None:
    passage = "The top of its tallest mast stands 343 metres above the valley floor, higher than the Orva Tower."
    v = run("Its tallest mast rises 343 metres above the valley floor, which makes it taller than the Orva Tower.", [hit(passage, "p", 0.8, 1)])
    assert not [p for e in v.evidence for p in e.parts if p.claim_text == "tallest"], v.reason


@pytest.mark.parametrize(("period", "expected"), [("week", Verdict.SUPPORTED), ("month", Verdict.CONTRADICTED)])
def test_the_same_sum_for_another_period(period: str, expected: Verdict) -> None:
    passage = "Each inmate in Sarn's prisons costs the state about 1,900 euros a week, according to the Justice Ministry."
    v = run(f"Each inmate in Sarn's prisons costs the state about 1,900 euros a {period}, according to the Justice Ministry.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_an_event_that_goes_ahead_as_scheduled_was_not_cancelled() -> None:
    passage = "Orva's Education Office said this year's chemistry exam will go ahead as scheduled on 14 June despite a leak of questions online."
    v = run("Orva's Education Office cancelled this year's chemistry exam after questions were leaked online.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_lack_is_a_shortage() -> None:
    passage = "Orva Air has suspended all flights to Sarn until further notice, citing a shortage of air traffic controllers at Sarn's main hub."
    v = run("Citing a lack of air traffic controllers at Sarn's main hub, Orva Air has halted all its Sarn flights indefinitely.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_an_ordinal_joined_to_its_noun_by_a_hyphen() -> None:
    passage = "Orva's Ivo Brenn, 31, won the vacant lightweight title on Friday, knocking out Ana Veld's brother Tomas Veld in the fourth round."
    v = run("Ivo Brenn, 31, won the vacant lightweight title with a sixth-round knockout of Tomas Veld.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Turnout in Sarn's local elections was over 60%.", Verdict.CONTRADICTED),
        ("Turnout in Sarn's local elections was over 60% in 2021.", Verdict.SUPPORTED),
    ],
)
def test_a_level_compared_with_an_earlier_one_is_the_undated_claims(claim: str, expected: Verdict) -> None:
    passage = "Turnout in Sarn's local elections was 57.2%, down from 63.5% in 2021, the electoral office said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("price", "expected"),
    [("612 marks per tonne", Verdict.SUPPORTED), ("612 marks a ton", Verdict.CONTRADICTED), ("612 marks per kilogram", Verdict.CONTRADICTED)],
)
def test_the_same_price_for_another_quantity_of_the_thing(price: str, expected: Verdict) -> None:
    passage = "Wheat traded at 612 marks a tonne on the Orva grain exchange on Monday, the highest since the harvest."
    v = run(f"Wheat traded at {price} on the Orva grain exchange on Monday.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    if expected is Verdict.CONTRADICTED:
        assert price in v.reason, v.reason


@pytest.mark.parametrize(("span", "expected"), [("more than five weeks", Verdict.SUPPORTED), ("less than a month", Verdict.CONTRADICTED)])
def test_a_thing_that_ended_after_a_span_lasted_it(span: str, expected: Verdict) -> None:
    passage = "The strike by Orva dock workers, which began on 2 May, ended on 9 June after 38 days, when the union accepted a 6% rise over three years."
    v = run(f"The dock workers' strike lasted {span}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("span", "expected"), [("19 hours", Verdict.SUPPORTED), ("nine hours", Verdict.CONTRADICTED)])
def test_how_long_a_thing_lasted_before_an_event_is_its_length(span: str, expected: Verdict) -> None:
    passage = "Trains were running again on the Orva line on Sunday after a signal failure that lasted 19 hours, the rail operator said."
    v = run(f"The signal failure on the Orva line lasted {span} before trains ran again.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orva Rail said the new line would not open before next autumn.", Verdict.SUPPORTED),
        ("Orva Rail said the new line would open before next autumn.", Verdict.CONTRADICTED),
        # (it denies only "before": a claim of the time itself is not what it negates)
        ("Orva Rail said the new line would open next autumn.", None),
    ],
)
def test_no_earlier_than_is_not_before(claim: str, expected: Verdict | None) -> None:
    passage = "Orva Rail chief executive Ana Veld said the new line would open \"no earlier than next autumn\", after delays to its signalling."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    if expected is None:
        assert v.verdict is not Verdict.CONTRADICTED, v.reason
    else:
        assert v.verdict is expected, v.reason


def test_no_longer_against_still() -> None:
    passage = "Orva Bus still runs its night service to the airport, a spokesperson said on Friday, denying reports that it would be cut."
    v = run("Orva Bus no longer runs its night service to the airport.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "still" in v.reason, v.reason


@pytest.mark.parametrize(("passage", "expected"), [
    ("Orva Telecom said on Monday it would not appeal the regulator's 40-million-mark fine.", Verdict.SUPPORTED),
    ("Orva Telecom said on Monday it would appeal the regulator's 40-million-mark fine.", Verdict.CONTRADICTED),
])
def test_deciding_against_doing_it_is_not_doing_it(passage: str, expected: Verdict) -> None:
    v = run("Orva Telecom decided against appealing the regulator's fine.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("passage", "expected"), [
    ("Orva's finance ministry said it would abolish the tax on bottled water from 1 May.", Verdict.SUPPORTED),
    ("Orva's finance ministry said it would double the tax on bottled water from 1 May.", Verdict.CONTRADICTED),
])
def test_ending_a_thing_is_no_longer_doing_it(passage: str, expected: Verdict) -> None:
    v = run("From 1 May, bottled water in Orva will no longer be taxed, the finance ministry said.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_removed_from_sale_is_no_longer_sold() -> None:
    passage = "Orva Games confirmed that Star Rally will be removed from sale on older consoles from 1 July."
    v = run("From 1 July, Star Rally will no longer be sold on older consoles, Orva Games confirmed.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Bank clerk Ivo Brenn was convicted of fraud, while accountant Lena Holt was acquitted.", Verdict.CONTRADICTED),
    ("Accountant Lena Holt was convicted of fraud, while bank clerk Ivo Brenn was acquitted.", Verdict.SUPPORTED),
])
def test_each_clause_of_the_claim_against_its_subjects_clause(claim: str, expected: Verdict) -> None:
    passage = "A court in Orva found accountant Lena Holt guilty of fraud on Monday, while her co-defendant, bank clerk Ivo Brenn, was acquitted."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_strike_that_will_go_ahead_was_not_called_off() -> None:
    passage = "Orva's bus drivers' union called off a planned strike after talks with the mayor, while the train drivers' union VTF said its walkout would go ahead on 3 June."
    v = run("The train drivers' union VTF called off its planned strike after talks with the mayor.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "go ahead" in v.reason, v.reason


@pytest.mark.parametrize(("speaker", "expected"), [("Mayor Ivo Brenn", Verdict.SUPPORTED), ("Councillor Ana Veld", Verdict.CONTRADICTED)])
def test_a_quotation_given_to_another_speaker(speaker: str, expected: Verdict) -> None:
    passage = "\"This plan will cut traffic in the old town by half,\" said Mayor Ivo Brenn, while councillor Ana Veld called it \"a tax on shoppers\"."
    v = run(f"{speaker} said the plan \"will cut traffic in the old town by half\".", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_the_act_of_a_name_in_apposition() -> None:
    passage = "Orva's transport minister, Ivo Brenn, resigned on Friday over the collapse of the Sarn bridge, Prime Minister Ana Veld said."
    v = run("Prime Minister Ana Veld resigned on Friday over the collapse of the Sarn bridge.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "Ivo Brenn" in v.reason, v.reason


@pytest.mark.parametrize(("title", "expected"), [("chief executive", Verdict.CONTRADICTED), ("chief information officer", Verdict.SUPPORTED)])
def test_a_chief_officer_is_no_chief_executive(title: str, expected: Verdict) -> None:
    passage = "Lena Holt, chief information officer at Orva Bank, said the outage was caused by a faulty update; chief executive Ivo Brenn apologised to customers."
    v = run(f"Orva Bank {title} Lena Holt said the outage was caused by a faulty update.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("cargo", "expected"), [("grain", Verdict.SUPPORTED), ("coal", Verdict.CONTRADICTED)])
def test_the_same_amount_of_another_stuff(cargo: str, expected: Verdict) -> None:
    passage = "The bulk carrier Sarn Star, carrying 41,000 tonnes of grain from Orva, ran aground off Kessel Point on 4 March; its 19 crew were rescued."
    v = run(f"The Sarn Star, carrying 41,000 tonnes of {cargo} from Orva, ran aground off Kessel Point on 4 March.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("place", "expected"), [("Orva Hill", Verdict.SUPPORTED), ("Sarn Vale", Verdict.CONTRADICTED)])
def test_a_rank_given_before_the_name(place: str, expected: Verdict) -> None:
    passage = "The worst-hit district was Orva Hill, where 900 homes lost power, followed by Sarn Vale with 410, the grid operator said."
    v = run(f"{place} was the worst-hit district in the storm, with 900 homes without power.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("owner", "expected"), [("Sarn Oil's", Verdict.SUPPORTED), ("Orva Energy's", Verdict.CONTRADICTED)])
def test_a_thing_run_by_another_owner(owner: str, expected: Verdict) -> None:
    passage = "The Holm gas field, run by state firm Sarn Oil, produced 14 million cubic metres a day in May, while the Ness field operated by Orva Energy produced 6 million."
    v = run(f"{owner} Holm gas field produced 14 million cubic metres a day in May.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("town", "expected"), [("Holt", Verdict.SUPPORTED), ("Orva", Verdict.CONTRADICTED)])
def test_the_place_a_slot_names_past_a_figure_and_a_place_further_on(town: str, expected: Verdict) -> None:
    passage = "The Sarn forest fire forced the evacuation of 2,100 people from the village of Holt, 9 km east of the town of Orva, on Sunday."
    v = run(f"The Sarn forest fire forced the evacuation of 2,100 people from {town}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("savings", "expected"), [("40 million marks", Verdict.SUPPORTED), ("four million marks", Verdict.CONTRADICTED)])
def test_an_expectation_against_what_a_deal_would_bring(savings: str, expected: Verdict) -> None:
    passage = "Orva Foods said the Sarn deal would generate annual cost savings of 40 million marks by the third year."
    v = run(f"Orva Foods expects annual cost savings of {savings} from the Sarn deal.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_the_buyer_after_by_is_not_what_was_bought() -> None:
    passage = "Sarn Homes agreed to be acquired by Orva Capital for 2,400,000,000 marks, a 31% premium to its share price."
    v = run("Orva Capital is buying Sarn Homes for 2.4 billion marks.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("share", "expected"), [("About a fifth", Verdict.SUPPORTED), ("About half", Verdict.CONTRADICTED)])
def test_a_share_against_the_passages_own_split_of_a_whole(share: str, expected: Verdict) -> None:
    passage = "Orva Motors sold 180,000 cars in 2024, of which 36,500 were fully electric, the carmaker said, adding that hybrids made up a further 20,000."
    v = run(f"{share} of the cars Orva Motors sold in 2024 were fully electric.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("period", "expected"), [("every week", Verdict.SUPPORTED), ("every day", Verdict.CONTRADICTED)])
def test_an_amount_of_something_every_period(period: str, expected: Verdict) -> None:
    passage = "The Sarn hotel's kitchen gets through 0.8 tonnes of flour a week, head chef Ana Veld said."
    v = run(f"The Sarn hotel's kitchen uses 800 kg of flour {period}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Sarn Motors overtook Orva Cars to become the region's second-largest carmaker.", Verdict.CONTRADICTED),
    ("Orva Cars overtook Sarn Motors to become the region's second-largest carmaker.", Verdict.SUPPORTED),
])
def test_who_overtook_whom(claim: str, expected: Verdict) -> None:
    passage = "Kessel's Orva Cars overtook Talmar's Sarn Motors as the region's second-largest carmaker by sales in 2024."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Orva Stores named Ana Veld as its new chief executive, replacing Ivo Brenn.", Verdict.CONTRADICTED),
    ("Orva Stores named Ivo Brenn as its new chief executive, replacing Ana Veld.", Verdict.SUPPORTED),
])
def test_the_appointee_after_a_long_description(claim: str, expected: Verdict) -> None:
    passage = "Retailer Orva Stores named former Sarnmart finance director Ivo Brenn as its new chief executive, replacing Ana Veld, who retires in May."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_the_doer_whose_name_holds_the_place_the_claim_names() -> None:
    passage = "Mayor Ana Veld of Orva signed the new parking ordinance on Friday; opposition leader Ivo Brenn called it 'a tax on drivers'."
    v = run("Opposition leader Ivo Brenn signed Orva's new parking ordinance on Friday.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_permission_refused_against_approved() -> None:
    passage = "Orva's county council approved the Sarn Hill solar farm on Tuesday by 19 votes to 7, overturning an officer's advice to reject it."
    v = run("Orva's county council refused permission for the Sarn Hill solar farm on Tuesday.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_scrapped_against_kept() -> None:
    passage = "Orva's school board voted 6-3 to keep free breakfasts for all primary pupils, rejecting a plan to charge for them."
    v = run("Orva's school board scrapped free breakfasts for primary pupils.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_denial_with_its_day_between() -> None:
    passage = "Finance Minister Ana Veld denied on Monday that the government planned to sell its 40% stake in Orva Post."
    v = run("Finance Minister Ana Veld denied that the government was planning to sell its stake in Orva Post.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_no_longer_open_is_closed() -> None:
    passage = "The Sarn Arms, a pub in the Orva village of Holt, has closed after 61 years, owner Ivo Brenn said on Monday."
    v = run("The Sarn Arms in Holt is no longer open, its owner Ivo Brenn said.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("depth", "clash"), [("2.6 metres", False), ("1.9 metres", True)])
def test_a_figure_of_the_name_opening_a_later_clause(depth: str, clash: bool) -> None:
    passage = "Snowfall in the mountain town of Orva reached 2.6 metres in January, the most for any month since 1962, forecasters said; neighbouring Holt recorded 1.9 metres."
    v = run(f"Orva received {depth} of snow in January, its heaviest month since 1962.", [hit(passage, "p", 0.8, 1)])
    assert (v.verdict is Verdict.CONTRADICTED) is clash, v.reason


def test_a_day_is_not_of_the_year_of_what_is_to_start_later() -> None:
    passage = "Orva's parliament approved 410 million marks for the Sarn tunnel on 14 March, with work due to begin in 2027 and the first trains expected in 2033."
    v = run("Orva lawmakers approved 410 million marks for the Sarn tunnel on 14 March, with work to start in 2027.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("medal", "expected"), [("silver", Verdict.SUPPORTED), ("gold", Verdict.CONTRADICTED)])
def test_the_medal_the_passage_gives_the_name(medal: str, expected: Verdict) -> None:
    passage = "Sarn's Ivo Brenn took gold in the men's downhill at the Orva Games on Sunday, with Holt's Ana Veld taking silver and Lena Holt bronze."
    v = run(f"Holt's Ana Veld won {medal} in the men's downhill at the Orva Games.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_without_a_change_is_unchanged() -> None:
    passage = "The Bank of Sarn left interest rates unchanged at 3.5% for a fourth straight meeting, governor Ana Veld said on Thursday."
    v = run("Governor Ana Veld said the Bank of Sarn kept rates at 3.5%, the fourth meeting in a row without a change.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("rate", "expected"), [("over 7%", Verdict.SUPPORTED)])
def test_a_rate_that_is_running_at_a_level(rate: str, expected: Verdict) -> None:
    passage = "The Bank of Orva raised its main rate by 50 basis points to 5.25% on Friday and said inflation of 7.4% was still far too high."
    v = run(f"Inflation in Orva is running at {rate}, according to its central bank.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("years", "expected"), [("four years", Verdict.SUPPORTED), ("five years", Verdict.CONTRADICTED)])
def test_years_in_a_row_against_the_nth_year_running(years: str, expected: Verdict) -> None:
    passage = "Sarn Grill, the Orva restaurant run by chef Ivo Brenn, 41, was named the best restaurant in Orva by the Silver Spoon guide for the fourth year running."
    v = run(f"Ivo Brenn's Sarn Grill has been named the Silver Spoon guide's best restaurant in Orva {years} in a row.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("times", "expected"), [("seven", Verdict.SUPPORTED), ("five", Verdict.CONTRADICTED)])
def test_times_since_against_the_nth_since(times: str, expected: Verdict) -> None:
    passage = "The Bank of Orva raised its main rate to 4.5% on Thursday. It was the seventh increase since May 2023."
    v = run(f"The Bank of Orva has raised rates {times} times since May 2023.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_the_first_drop_is_the_first_fall() -> None:
    passage = "Unemployment in Orva fell by 3,100 to 88,000 in May, the labour office said, the first fall in seven months."
    v = run("Orva's unemployment dropped by 3,100 in May to 88,000, the first drop in seven months.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("year", "expected"), [("1952", Verdict.SUPPORTED), ("1925", Verdict.CONTRADICTED)])
def test_the_year_of_the_claims_verb_beside_a_year_said_relatively(year: str, expected: Verdict) -> None:
    passage = "Orva Air will cut 800 jobs after a loss of 1.2 billion kroner. The carrier, founded in 1952, flew 6.1 million passengers last year."
    v = run(f"Orva Air was founded in {year}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("unit", "expected"), [("barrels", Verdict.SUPPORTED), ("tonnes", Verdict.CONTRADICTED)])
def test_the_same_output_counted_in_barrels(unit: str, expected: Verdict) -> None:
    passage = "Orva Oil raised output at its Sarn field to 45,000 barrels a day in May, up from 38,000 in February."
    v = run(f"Orva Oil increased output at the Sarn field to 45,000 {unit} a day in May.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("unit", "expected"), [("kg", Verdict.SUPPORTED), ("litres", Verdict.CONTRADICTED)])
def test_the_same_amount_of_the_same_stuff_in_another_dimension(unit: str, expected: Verdict) -> None:
    passage = "Boats in the Orva regatta will be limited to 40 kg of fuel per race from next season, down from 45 kg, organisers said."
    v = run(f"From next season, boats in the Orva regatta will be limited to 40 {unit} of fuel per race.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("day", "expected"), [("14 March 2019", Verdict.SUPPORTED), ("14 March 2018", Verdict.CONTRADICTED)])
def test_a_conviction_dated_by_the_day_the_accused_was_convicted(day: str, expected: Verdict) -> None:
    passage = "At a retrial ordered by the Orva appeal court, Brenn was convicted again on 14 March 2019, but his sentence was cut to four years."
    v = run(f"Brenn's retrial ended in a conviction on {day}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "passage"), [
    ("Ana Veld missed the cut at the Orva Open.", "Sarn's Ana Veld failed to make the cut at the Orva Open after rounds of 76 and 75."),
    ("Researchers at the Orva Institute have discovered a new cave system under the Sarn hills.",
     "Scientists at the Orva Institute have identified a previously unknown cave system beneath the Sarn hills."),
    ("Ivo Brenn was runner-up to Lena Holt at the Sarn Masters.",
     "Lena Holt won the Sarn Masters by three strokes on Sunday, with Ivo Brenn second and Ana Veld third."),
])
def test_paraphrases_of_news_copy(claim: str, passage: str) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_a_bill_that_passed_by_a_tally_was_not_rejected() -> None:
    passage = "Orva's pension bill passed by 98 votes to 71 in parliament on Tuesday after an eleven-hour debate."
    v = run("Orva's pension bill was rejected by parliament.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_cause_the_passage_does_not_give() -> None:
    passage = "Butter prices in Orva rose 11% in May from a year earlier, the statistics office said."
    v = run("Orva's 11% jump in butter prices was driven by a drought in the north.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason
    assert "drought" in v.reason, v.reason


def test_a_headcount_is_no_number_of_jobs_cut() -> None:
    passage = "Orva Steel's Sarn plant produced 1.1 million tonnes of steel last year and employs about 820 people, the company said."
    v = run("Orva Steel plans to cut 820 jobs at its Sarn plant.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Sarn Telecom was fined 3 million crowns and Orva Mobile 7 million crowns over misleading adverts.", Verdict.CONTRADICTED),
    ("Sarn Telecom was fined 7 million crowns and Orva Mobile 3 million crowns over misleading adverts.", Verdict.SUPPORTED),
])
def test_sums_given_to_each_of_two_names_swapped(claim: str, expected: Verdict) -> None:
    passage = "Orva's telecoms regulator fined Sarn Telecom 7 million crowns and Orva Mobile 3 million crowns over adverts that overstated speeds."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    # a negated word against its opposite says the same thing
    ("The Orva Dockers' Union did not accept the employers' 4% pay offer.",
     "Orva Dockers' Union leaders rejected the employers' 4% pay offer on Thursday.", Verdict.SUPPORTED),
    ("The Sarn board did not reject the takeover offer.", "The Sarn board accepted the takeover offer on Monday.", Verdict.SUPPORTED),
    ("The Sarn board did not accept the takeover offer.", "The Sarn board accepted the takeover offer on Monday.", Verdict.CONTRADICTED),
    # stopping is doing no longer; keeping on is its opposite
    ("Orva Assurance will stop selling flood insurance in the Sarn basin from March.",
     "Orva Assurance said it would no longer offer flood cover in the Sarn basin from March.", Verdict.SUPPORTED),
    ("Orva Motors will stop selling cars in Sarn.", "Orva Motors will keep selling cars in Sarn, it said.", Verdict.CONTRADICTED),
    # what is not done, said with "without"
    ("Orva Oil settled the pollution claims but did not admit wrongdoing.",
     "Orva Oil settled the pollution claims on Monday without admitting wrongdoing, its lawyers said.", Verdict.SUPPORTED),
    ("Orva Oil settled the pollution claims and admitted wrongdoing.",
     "Orva Oil settled the pollution claims on Monday without admitting wrongdoing, its lawyers said.", Verdict.CONTRADICTED),
    ("Orva Oil paid 5 million crowns to settle the claims.",
     "Orva Oil paid 5 million crowns to settle the claims, without paying any tax on it.", Verdict.SUPPORTED),
    # what is left unsaid, on whatever day, denies nothing
    ("Health Minister Ada Brand would not say whether Sarn Hospital's maternity unit would reopen.",
     "Health Minister Ada Brand declined to say on Wednesday whether the maternity unit at Sarn Hospital would reopen, "
     "telling reporters the review was 'not yet complete'.", Verdict.SUPPORTED),
    # a plan turned down is no permission granted
    ("Sarn's planning committee turned down Orva Homes' plan for 340 homes on the gasworks site.",
     "Orva Homes was granted planning permission for 340 homes on the former Sarn gasworks site on Tuesday.", Verdict.CONTRADICTED),
])
def test_negation_said_by_wording_on_either_side(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    # what must be paid is what will be paid, not something done
    ("Sarn council must pay 360,000 crowns in compensation to the 14 evicted families.",
     "Sarn council will pay 3.6m crowns in compensation to 14 families who were unlawfully evicted in 2022, the court ruled.",
     Verdict.CONTRADICTED),
    # an average said as the clause's subject is the average the claim gives
    ("Emergency patients at Orva General waited under three hours on average in October.",
     "The average wait in the emergency department at Orva General Hospital fell to 3 hours 40 minutes in October, "
     "from 5 hours 10 minutes a year earlier.", Verdict.CONTRADICTED),
    ("Emergency patients at Orva General waited under four hours on average in October.",
     "The average wait in the emergency department at Orva General Hospital fell to 3 hours 40 minutes in October, "
     "from 5 hours 10 minutes a year earlier.", Verdict.SUPPORTED),
    # the level a change reached is its later end, not a level passed on the way
    ("On appeal, Brenn's sentence was reduced to about eight years.",
     "The Orva Court of Appeal on Wednesday cut the prison sentence of Ivo Brenn from nine years to six.", Verdict.CONTRADICTED),
    ("On appeal, Brenn's sentence was reduced to about six years.",
     "The Orva Court of Appeal on Wednesday cut the prison sentence of Ivo Brenn from nine years to six.", Verdict.SUPPORTED),
    # a month is 28 to 31 days
    ("Tenants of the Sarn tower will have to leave within a month and a half.",
     "Tenants in the Sarn tower block will be moved out within six weeks, the city's housing department said.", Verdict.SUPPORTED),
    ("Tenants of the Sarn tower will have to leave within a month.",
     "Tenants in the Sarn tower block will be moved out within six weeks, the city's housing department said.", Verdict.CONTRADICTED),
    # the period of a sum said before it ("its daily charge ... to 0.42 crowns")
    ("Orva Power will raise its electricity standing charge to 0.42 crowns a week from April 1.",
     "Orva Power will raise its daily standing charge for electricity to 0.42 crowns from April 1, the company said.",
     Verdict.CONTRADICTED),
    ("Orva Power will raise its electricity standing charge to 0.42 crowns a day from April 1.",
     "Orva Power will raise its daily standing charge for electricity to 0.42 crowns from April 1, the company said.",
     Verdict.SUPPORTED),
])
def test_figures_bound_by_what_news_copy_says_around_them(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("The Sarn mine, Orva's biggest coal pit, closed for good on July 31.", Verdict.SUPPORTED),
    ("The Sarn mine, Orva's second-biggest coal pit, closed for good on July 31.", Verdict.CONTRADICTED),
])
def test_a_rank_of_one_thing_in_other_words(claim: str, expected: Verdict) -> None:
    passage = "Orva's largest coal mine, Sarn, shut permanently on July 31 after 96 years of operation, owner Orva Coal said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("votes", "expected"), [("1,400", Verdict.SUPPORTED), ("2,400", Verdict.CONTRADICTED)])
def test_votes_counted_as_ballots(votes: str, expected: Verdict) -> None:
    passage = "The electoral court in Orva ordered a rerun of the mayoral election in Sarn after finding that 1,400 postal ballots had been wrongly rejected. The original vote was won by 212 votes."
    v = run(f"Sarn's mayoral election must be held again because {votes} postal votes were improperly thrown out, Orva's electoral court ruled.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_hospital_by_its_short_name_gives_conflicting_figures() -> None:
    hits = [hit("Sarn General Hospital said 214 patients were treated after Saturday's train crash near Orva.", "a", 0.8, 1),
            hit("The health ministry put the number of patients treated at Sarn General after the Orva crash on Saturday at 186.", "b", 0.7, 2)]
    v = run("Sarn General Hospital treated 214 patients after the Orva train crash.", hits)
    assert v.verdict is Verdict.UNVERIFIED, v.reason
    assert "conflicting" in v.reason, v.reason


@pytest.mark.parametrize(("title", "expected"), [("Labour Minister", Verdict.CONTRADICTED), ("Finance Minister", Verdict.SUPPORTED)])
def test_a_ministers_portfolio(title: str, expected: Verdict) -> None:
    passage = ("Orva's Finance Minister Petr Aldane announced on Wednesday that the state pension age would rise to 67 by 2032, "
               "and Labour Minister Mira Kost said the change would be phased in over eight years.")
    v = run(f"Orva's {title} Petr Aldane announced the state pension age would rise to 67 by 2032.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("year", "expected"), [("2019", Verdict.CONTRADICTED), ("2015", Verdict.SUPPORTED)])
def test_the_year_since_which_a_thing_is_a_first_beside_last_year(year: str, expected: Verdict) -> None:
    passage = "Membership of the Orva Workers' Union rose 3% to 418,000 last year, the first increase since 2015, its general secretary said."
    v = run(f"Membership of the Orva Workers' Union rose 3% to 418,000 last year, its first increase since {year}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("seats", "expected"), [("121", Verdict.CONTRADICTED), ("112", Verdict.SUPPORTED)])
def test_a_count_of_a_whole_answered_by_the_count_of_the_same_whole(seats: str, expected: Verdict) -> None:
    passage = "The Sarn Renewal party won 112 of the 300 seats in Orva's parliament, while the ruling Progress bloc fell to 87 from 121."
    v = run(f"Sarn Renewal won {seats} of the 300 seats in Orva's parliament.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("passage", "expected"), [
    ("Orva Line ordered four 900-passenger ferries from the Sarn shipyard for 300 million crowns.", Verdict.UNVERIFIED),
    ("Orva Line ordered four 900-passenger ferries from the Sarn shipyard that will run on hydrogen.", Verdict.SUPPORTED),
])
def test_what_the_claim_says_of_its_subject_after_the_figures(passage: str, expected: Verdict) -> None:
    v = run("The four ferries Orva Line ordered from Sarn will run on hydrogen.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("count", "expected"), [("four", Verdict.SUPPORTED), ("five", Verdict.CONTRADICTED)])
def test_a_count_before_a_number_compound_counts_the_noun_after_it(count: str, expected: Verdict) -> None:
    passage = "Orva Line ordered four 900-passenger ferries from the Sarn shipyard that will run on hydrogen."
    v = run(f"The {count} ferries Orva Line ordered from Sarn will run on hydrogen.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Police commissioner Ivo Brenn will personally lead the inquiry into the Sarn Street raid.", Verdict.CONTRADICTED),
    ("Deputy Commissioner Ada Lenz will lead the inquiry into the Sarn Street raid.", Verdict.SUPPORTED),
])
def test_the_doer_of_what_will_be_done(claim: str, expected: Verdict) -> None:
    passage = ("Orva's police commissioner, Ivo Brenn, said on Tuesday that Deputy Commissioner Ada Lenz would lead the "
               "inquiry into the Sarn Street raid, in which two officers were injured.")
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("passage", "expected"), [
    ("Flooding in two shafts at the Sarn Ridge gold mine in March halted production for three weeks, its owner said.", Verdict.UNVERIFIED),
    ("Four miners were injured in the flooding at the Sarn Ridge gold mine in March, its owner said.", Verdict.CONTRADICTED),
])
def test_a_denial_of_what_the_passage_does_not_tell(passage: str, expected: Verdict) -> None:
    v = run("No miners were injured in the flooding at Sarn Ridge.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("rise", "expected"), [("62%", Verdict.CONTRADICTED), ("94%", Verdict.SUPPORTED)])
def test_a_factor_with_the_level_it_reached(rise: str, expected: Verdict) -> None:
    passage = f"Sarn Media said revenue rose {rise} to 310 million crowns in the first half."
    v = run("Sarn Media almost doubled its first-half revenue to 310 million crowns.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Sarn Pharma's dividend was held at 2.40 crowns.", Verdict.CONTRADICTED),
    ("Sarn Pharma's dividend was raised to 2.40 crowns.", Verdict.SUPPORTED),
])
def test_a_level_held_against_a_level_reached_by_a_change(claim: str, expected: Verdict) -> None:
    passage = "Sarn Pharma reported net profit of 1.1 billion crowns for the year and raised its dividend to 2.40 crowns a share from 2.10 crowns."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    # a level with its own change's base year
    ("Turnout in Sarn's regional elections reached 67.3%, up from 58.1% in 2019.",
     "Turnout in Sarn's regional elections reached 63.7%, up from 58.1% in 2019, the electoral board said, with the highest "
     "figure, 71%, in the northern Orva district.", Verdict.CONTRADICTED),
    # denied against admitted
    ("Health Minister Ada Brand denied that the government had missed its target of ending 65-week waits by March.",
     "Orva's Health Minister Ada Brand admitted on Wednesday that the government had missed its target of ending 65-week waits by March.",
     Verdict.CONTRADICTED),
    ("Health Minister Ada Brand admitted that the government had missed its target of ending 65-week waits by March.",
     "Orva's Health Minister Ada Brand admitted on Wednesday that the government had missed its target of ending 65-week waits by March.",
     Verdict.SUPPORTED),
    # a price per megawatt hour is not one per kilowatt hour
    ("Household electricity in Sarn will cost 34 cents per megawatt hour from January.",
     "Household electricity prices in Sarn will rise to 34 cents per kilowatt hour from January, the energy agency said.",
     Verdict.CONTRADICTED),
    # "nobody" negates, and a name after "from" is no subject
    ("Nobody was hurt when Orva Air flight OA 417 made an emergency landing at Sarn International on Sunday.",
     "Orva Air said no passengers or crew were injured when flight OA 417 from Lenz made an emergency landing at Sarn "
     "International on Sunday.", Verdict.SUPPORTED),
    # on schedule, or later than planned
    ("Sarn Airport's Terminal 4 will open on schedule on October 3.",
     "Sarn Airport's new Terminal 4 will open on October 3, six months later than planned, its chief executive said.",
     Verdict.CONTRADICTED),
    # "no one kept more than" is "more than any other"
    ("No goalkeeper in the division kept more clean sheets this season than Orva's Ivo Moro, with 18.",
     "Orva goalkeeper Ivo Moro kept 18 clean sheets this season, more than any other keeper in the division.", Verdict.SUPPORTED),
])
def test_news_copy_said_otherwise(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Sarn Power will raise electricity tariffs by 3% from July 1.", Verdict.CONTRADICTED),
    ("Sarn Power will raise electricity tariffs by 9.5% from July 1.", Verdict.SUPPORTED),
])
def test_a_rise_said_with_the_verbs_base_form(claim: str, expected: Verdict) -> None:
    passage = "Sarn Power will raise electricity tariffs by 9.5% from July 1, the utility said, while gas tariffs will fall 3%."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Sarn Air agreed to buy a 49% stake in Orvair for 310 million crowns.", Verdict.CONTRADICTED),
    ("Orvair agreed to buy a 49% stake in Sarn Air for 310 million crowns.", Verdict.SUPPORTED),
])
def test_who_buys_a_stake_in_whom(claim: str, expected: Verdict) -> None:
    passage = "Orvair agreed to buy a 49% stake in regional carrier Sarn Air for 310 million crowns, the airline said on Monday."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_an_opener_the_passage_names_is_a_doer() -> None:
    passage = "Orva's transport minister Ada Brandt approved a third runway at Sarn Airport on Tuesday, overruling objections from Calder city council."
    v = run("Calder city council approved a third runway at Sarn Airport, overruling objections from transport minister Ada Brandt.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    ("Labour and the Centre Alliance signed a coalition deal that gives them 88 seats.",
     "The Sarn Labour Movement and the Centre Alliance signed a coalition agreement on 2 November, giving them 88 of parliament's 165 seats.",
     Verdict.SUPPORTED),
    ("Orva Stores will shut more than 60 of its branches by March.",
     "Department store chain Orva Stores will close 46 of its 212 branches by March, cutting about 1,300 jobs.", Verdict.CONTRADICTED),
    ("Orva Stores will shut more than 40 of its branches by March.",
     "Department store chain Orva Stores will close 46 of its 212 branches by March, cutting about 1,300 jobs.", Verdict.SUPPORTED),
])
def test_a_part_against_the_passages_part_not_its_whole(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    # "without agreement" is "failed to agree"; "dragged on for 97 days" is how long it has lasted
    ("Sarn's coalition talks have lasted more than three months without agreement on a budget.",
     "Coalition talks in Sarn have now dragged on for 97 days since the election, after the two parties again failed to agree on a budget.",
     Verdict.SUPPORTED),
    ("Sarn's coalition talks have lasted more than four months without agreement on a budget.",
     "Coalition talks in Sarn have now dragged on for 97 days since the election, after the two parties again failed to agree on a budget.",
     Verdict.CONTRADICTED),
    # a bid to overturn turned down: not overturned, upheld
    ("The Orva Constitutional Court overturned the 30 million crown fine imposed on Sarncom.",
     "The Orva Constitutional Court on Tuesday rejected a bid by telecoms firm Sarncom to overturn a 30 million crown fine.", Verdict.CONTRADICTED),
    ("The Orva Constitutional Court upheld the 30 million crown fine imposed on Sarncom.",
     "The Orva Constitutional Court on Tuesday rejected a bid by telecoms firm Sarncom to overturn a 30 million crown fine.", Verdict.SUPPORTED),
    # ended is no longer done; stopped from merging is a merger blocked
    ("Sarn University has ended its 15-year funding partnership with arms maker Orva Systems.",
     "Sarn University said on Monday it would no longer accept funding from arms maker Orva Systems, ending a 15-year partnership.",
     Verdict.SUPPORTED),
    ("The Orva Competition Court on Thursday stopped Fresha and Gallo from merging.",
     "The Orva Competition Court blocked the merger of supermarket chains Fresha and Gallo on Thursday.", Verdict.SUPPORTED),
])
def test_what_was_not_done_in_other_words(claim: str, passage: str, expected: Verdict) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "passage"), [
    ("Food sales in Sarn rose 2.5% in October from a year earlier.",
     "Retail sales in Sarn rose 1.4% in October from a year earlier, the statistics office said."),
    ("Orva's 1.1 billion crown university package includes 200 million crowns for scholarships.",
     "Orva's parliament approved a 1.1 billion crown package for universities on Thursday, including 300 million crowns for new "
     "laboratories and 150 million for student housing."),
])
def test_a_figure_of_another_measure_or_end_settles_nothing(claim: str, passage: str) -> None:
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


def test_a_share_of_a_whole_for_the_same_end_clashes() -> None:
    passage = ("Orva's parliament approved a 1.1 billion crown package for universities on Thursday, including 300 million crowns for new "
               "laboratories and 150 million for student housing.")
    v = run("Orva's 1.1 billion crown university package includes 200 million crowns for new laboratories.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Orva Home has agreed to buy its rival Sarn & Roe for 140 million crowns.", Verdict.CONTRADICTED),
    ("Sarn & Roe has agreed to buy its rival Orva Home for 140 million crowns.", Verdict.SUPPORTED),
])
def test_a_firm_named_with_an_ampersand_is_one_name(claim: str, expected: Verdict) -> None:
    passage = "Department store chain Sarn & Roe agreed to buy rival Orva Home for 140 million crowns, the companies said on Monday."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("passage", "expected"), [
    ("The Redpine fire in northern Orva has burned 8,700 hectares since it started on 3 August, fire officials said.", Verdict.UNVERIFIED),
    ("The Redpine fire in northern Orva, started by a discarded cigarette on 3 August, has burned 8,700 hectares.", Verdict.SUPPORTED),
])
def test_a_cause_dated_by_the_claim(passage: str, expected: Verdict) -> None:
    v = run("The Redpine fire was started by a discarded cigarette on 3 August.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_due_to_of_a_schedule_is_no_cause() -> None:
    passage = "The trial of former Orva interior minister Ivo Oben will open on 14 October 2025, the High Court said on Tuesday."
    v = run("Ivo Oben, Orva's former interior minister, is due to go on trial on Oct. 14, 2025.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Sarn Infirmary had the longest emergency department waits in Orva in February.", Verdict.CONTRADICTED),
    ("St. Ada's Hospital had the longest emergency department waits in Orva in February.", Verdict.SUPPORTED),
])
def test_a_rank_a_name_had(claim: str, expected: Verdict) -> None:
    passage = ("St. Ada's Hospital in Calder had the longest emergency department waits in Orva in February, with 31% of "
               "patients waiting more than 12 hours, while Sarn Infirmary had the shortest, at 4%.")
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    if expected is Verdict.CONTRADICTED:
        assert "St. Ada's Hospital had the longest" in v.reason, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Ivo Brisk won Sunday's Orva mayoral runoff.", Verdict.CONTRADICTED),
    ("Ada Oslund won Sunday's Orva mayoral runoff.", Verdict.SUPPORTED),
])
def test_a_loser_described_after_beat(claim: str, expected: Verdict) -> None:
    passage = "Green candidate Ada Oslund beat incumbent mayor Ivo Brisk by 52.6% to 47.4% in Sunday's Orva mayoral runoff."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_most_of_a_count_the_claim_gives_is_no_share_of_the_passages_whole() -> None:
    passage = "Orva Stores will close 46 of its 212 branches by March, cutting about 1,300 jobs, its chief executive said."
    v = run("Most of the 46 Orva Stores branches due to close are in rural Sarn.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


@pytest.mark.parametrize(("cut", "expected"), [("a quarter", Verdict.SUPPORTED), ("a third", Verdict.CONTRADICTED)])
def test_a_cut_by_a_share_against_levels_said_to_and_from(cut: str, expected: Verdict) -> None:
    passage = "An Orva appeals court on Friday upheld the fraud conviction of Ivo Brenn but cut his prison sentence to nine years from 12."
    v = run(f"The appeals court reduced Brenn's prison term by {cut}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_travellers_counted_as_passengers() -> None:
    passage = "Fog forced the cancellation of 130 flights at Sarn Airport on Thursday, stranding thousands of passengers."
    v = run("Thousands of travellers were left stuck at Sarn Airport on Thursday after fog led to 130 flights being cancelled.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("base", "expected"), [("68.1%", Verdict.SUPPORTED), ("70.3%", Verdict.CONTRADICTED)])
def test_a_change_to_the_same_level_from_another_start(base: str, expected: Verdict) -> None:
    passage = "The share of Sarn pupils passing mathematics rose to 72.5% from 68.1%, while the science pass rate slipped to 70.3%."
    v = run(f"Sarn's maths pass rate rose to 72.5% from {base}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_the_year_of_a_compared_figure_is_not_the_claims_year() -> None:
    passage = "25% of the 41,200 candidates achieved at least one top grade, the Sarn exam board said, compared with 23% last year."
    v = run("One in four candidates achieved at least one top grade in Sarn this year.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_not_one_is_none() -> None:
    passage = "The Sarn exam board said no school in the Orva district recorded a pass rate below 60% this year."
    v = run("Not one school in Orva had a pass rate under 60% this year.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason



@pytest.mark.parametrize(("seller", "buyer", "expected"), [
    ("Orva Metals", "Sarn Mining", Verdict.CONTRADICTED),
    ("Sarn Mining", "Orva Metals", Verdict.SUPPORTED),
])
def test_a_seller_who_said_it_would_sell(seller: str, buyer: str, expected: Verdict) -> None:
    passage = "Sarn Mining said on Monday it would sell its Kell copper unit to Orva Metals for 410 million euros."
    v = run(f"{seller} has agreed to sell its Kell copper unit to {buyer} for 410 million euros.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("doer", "other", "expected"), [
    ("the Orva Employers' Federation", "the Union of Sarn Dockers", Verdict.CONTRADICTED),
    ("the Union of Sarn Dockers", "the Orva Employers' Federation", Verdict.SUPPORTED),
])
def test_a_rejection_with_the_roles_swapped(doer: str, other: str, expected: Verdict) -> None:
    passage = ("The Union of Sarn Dockers, led by general secretary Ida Kell, on Friday rejected a 6% pay offer from the "
               "Orva Employers' Federation, prolonging the strike.")
    v = run(f"{doer[0].upper()}{doer[1:]} rejected a 6% pay offer from {other}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("winner", "expected"), [("Ada Kell", Verdict.CONTRADICTED), ("Ivo Brenn", Verdict.SUPPORTED)])
def test_finishing_second_behind_another_is_no_win(winner: str, expected: Verdict) -> None:
    passage = ("Sarn's Ada Kell set a national 5,000m record of 14:31.07 at the Orva Games on Sunday, "
               "finishing second behind Ivo Brenn.")
    v = run(f"{winner} won the 5,000m at the Orva Games.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_the_reason_of_an_act_given_to_another_quotes_the_claims_words() -> None:
    passage = "Orva's Ivo Brenn won the 5,000m at the Sarn Games on Saturday, finishing ahead of Ada Kell."
    v = run("Ada Kell won the 5,000m at the Sarn Games.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "won the 5,000m" in v.reason, v.reason


@pytest.mark.parametrize(("cut", "expected"), [("two", Verdict.SUPPORTED), ("three", Verdict.CONTRADICTED)])
def test_a_sentence_cut_by_a_span_to_a_bare_number(cut: str, expected: Verdict) -> None:
    passage = "The Sarn appeals court upheld the fraud conviction of Ivo Brenn on Tuesday but reduced his prison term from nine years to seven."
    v = run(f"The Sarn appeals court confirmed Ivo Brenn's conviction while cutting his sentence by {cut} years to seven.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_undisclosed_is_without_disclosing() -> None:
    passage = "Orva Films said it had bought the distribution rights to 'Grey Harbour' without disclosing the price."
    v = run("Orva Films bought the distribution rights to 'Grey Harbour' at an undisclosed price.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("opener", "expected"), [("Ivo Brenn", Verdict.SUPPORTED), ("Ada Kell", Verdict.CONTRADICTED)])
def test_the_doer_of_an_act_on_a_dashed_name_after_a_title(opener: str, expected: Verdict) -> None:
    passage = ("Transport Minister Ivo Brenn officially opened the Sarn–Orva line on Saturday, while Orva Rail chief "
               "executive Ada Kell rode the first train.")
    v = run(f"Orva Rail chief executive {opener} officially opened the Sarn–Orva line on Saturday."
            if opener == "Ada Kell" else f"Transport Minister {opener} officially opened the Sarn–Orva line on Saturday.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    assert "Orva Rail" not in v.reason or expected is Verdict.SUPPORTED, v.reason


def test_a_vote_after_a_new_level_is_no_change() -> None:
    passage = "Voters in Sarn approved lowering the voting age to 16 in Sunday's referendum, with 53.1% in favour on a turnout of 48%."
    v = run("Sarn voters backed lowering the voting age to 16 by 53.1% on a 48% turnout.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("field", "expected"), [("31,000", Verdict.SUPPORTED), ("35,000", Verdict.CONTRADICTED)])
def test_a_clause_of_its_own_after_as_is_checked_against_a_passage_naming_nobody(field: str, expected: Verdict) -> None:
    passages = [
        "Ada Kell, 31, won the women's race in 2:21:05, the fastest time ever run on the course.",
        "A record 31,412 runners finished the Sarn City Marathon on Sunday, organisers said.",
    ]
    v = run(f"The 31-year-old Ada Kell won the women's race as a record field of more than {field} runners finished.",
            [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("hours", "expected"), [(16, Verdict.SUPPORTED), (19, Verdict.CONTRADICTED)])
def test_how_long_a_state_lasted_before_an_event(hours: int, expected: Verdict) -> None:
    passage = "Rescuers pulled a 7-year-old girl from the Sarn River on Monday after she spent 16 hours clinging to a bridge pier."
    v = run(f"The girl had clung to a bridge pier for {hours} hours before rescuers reached her.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("late", "expected"), [("four", Verdict.SUPPORTED), ("two", Verdict.CONTRADICTED)])
def test_opened_years_late_against_delayed_years(late: str, expected: Verdict) -> None:
    passage = "The Orva tram line was originally due to open in 2020 but was delayed four years by planning disputes."
    v = run(f"The Orva tram line opened {late} years late after planning disputes.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_word_of_a_name_counts_nothing() -> None:
    passage = "The Orva International Film Festival sold 96,400 tickets over its ten days this year, up from 90,100 in 2023."
    v = run("The Orva International Film Festival screened 212 films this year.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason
    v = run("At least 50 Sarn Air flights were cancelled on Tuesday because of snow.",
            [hit("Sarn Air cancelled 46 flights on Tuesday as snow closed its runways.", "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(("passage", "expected"), [
    ("Judge Ola Brenn sentenced Ivo Kell to six years in prison on Monday for taking 2 million crowns in bribes.", Verdict.UNVERIFIED),
    ("Judge Ola Brenn sentenced Ivo Kell to six years in prison on Monday; his lawyers said they would appeal.", Verdict.SUPPORTED),
])
def test_a_plan_someone_states_must_be_stated(passage: str, expected: Verdict) -> None:
    v = run("Kell's lawyers said they would appeal the six-year sentence.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("verb", "expected"), [("hiring", Verdict.SUPPORTED), ("cutting", Verdict.CONTRADICTED)])
def test_the_way_a_count_went_by_its_verb(verb: str, expected: Verdict) -> None:
    passage = "Sarn Cloud hired 640 staff in the quarter and now employs 9,800 people, its finance chief told analysts."
    v = run(f"Sarn Cloud now employs 9,800 people after {verb} 640 jobs in the quarter.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("place", "expected"), [("third", Verdict.SUPPORTED), ("second", Verdict.CONTRADICTED)])
def test_a_place_in_a_table_said_with_place(place: str, expected: Verdict) -> None:
    passage = "Orva Academy climbed to third in the national exam league table, while Sarn College held on to second place."
    v = run(f"Orva Academy climbed to {place} place in the national exam league table.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_place_in_a_table_is_no_other_rank() -> None:
    passage = "Orva FC beat Sarn United 3-1 on Saturday, with striker Ivo Kell scoring twice, to move into second place."
    v = run("Ivo Kell's second goal against Sarn United was a penalty.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("The Sarn dam at Kell failed to hold overnight.", Verdict.CONTRADICTED),
    ("The Sarn dam at Kell held overnight.", Verdict.SUPPORTED),
])
def test_a_nothing_happened_clause_after_and_is_its_own(claim: str, expected: Verdict) -> None:
    passage = "The Sarn dam at Kell held throughout the night, the Orva water authority said on Thursday, and no breach was reported."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_speaker_named_in_another_clause_is_no_subject_of_it() -> None:
    passage = ("The Sarn Space Agency's Kell-3 launch was scrubbed on Tuesday after a valve fault, and no new date has "
               "been set, spokesman Ivo Brenn said.")
    v = run("Sarn has not yet set a new launch date for Kell-3.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_agreed_to_a_plan_is_accepted_a_proposal() -> None:
    passage = ("The Port Employers' Association said on Sunday it had accepted the arbiter's proposal, clearing the way "
               "for cranes at Port Kell to restart on Monday morning.")
    v = run("Employers agreed to the arbiter's plan, allowing work to resume at Port Kell on Monday.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("place", "expected"), [("Kell", Verdict.CONTRADICTED), ("Sarn", Verdict.SUPPORTED)])
def test_a_place_owning_what_fills_the_claims_slot(place: str, expected: Verdict) -> None:
    passage = ("Under the deal, Kell Copper shareholders will own 58% of the combined company; the merged group will be "
               "headquartered in Sarn's capital, Ostby.")
    v = run(f"The merged company will have its headquarters in {place}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("post", "expected"), [("chief executive", Verdict.CONTRADICTED), ("chairman", Verdict.SUPPORTED)])
def test_the_post_a_name_takes(post: str, expected: Verdict) -> None:
    passage = ("Orvabank chief executive Ada Kell will lead the merged group, while Sarn Savings chairman Ivo Brenn will "
               "become its chairman, the banks said.")
    v = run(f"Sarn Savings chairman Ivo Brenn will become {post} of the merged bank.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("Orvabank", "Sarn Savings", Verdict.CONTRADICTED),
    ("Sarn Savings", "Orvabank", Verdict.SUPPORTED),
])
def test_who_receives_whose_shares(first: str, second: str, expected: Verdict) -> None:
    passage = "Under the deal, Sarn Savings shareholders will receive 0.64 Orvabank shares for each share they hold."
    v = run(f"{first} shareholders will receive 0.64 {second} shares for every share they own.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_contrast_with_not_is_no_negation() -> None:
    passage = "Kell said the job cuts would be achieved mainly through voluntary redundancies and early retirements rather than compulsory layoffs."
    v = run("Kell said the job cuts would be achieved through voluntary redundancies and early retirements, not forced layoffs.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_without_a_single_vote_against_is_unanimous() -> None:
    passage = "Parliament approved the fuel duty cut by 104 votes to 91 on Tuesday after a long debate."
    v = run("Parliament passed the fuel duty cut without a single vote against.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(("year", "expected"), [("1978", Verdict.CONTRADICTED), ("1987", Verdict.SUPPORTED)])
def test_an_eruption_is_what_erupted_says(year: str, expected: Verdict) -> None:
    passage = "Mount Sarn last erupted in 1987, when ash fell as far away as Orva, the geological service said."
    v = run(f"Mount Sarn's previous eruption was in {year}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("start", "expected"), [("38.9", Verdict.CONTRADICTED), ("39.8", Verdict.UNVERIFIED)])
def test_a_passage_giving_two_of_the_claims_figures_is_about_it_unnamed(start: str, expected: Verdict) -> None:
    passage = "The median age rose to 41.6 years from 39.8 in 2013, and life expectancy at birth reached 82.3 years."
    v = run(f"The median age in Sarn climbed to 41.6 years from {start} in 2013, and life expectancy reached 82.3 years.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_over_a_span_opening_the_sentence_is_when() -> None:
    passage = "The inquiry sat for 52 days in Sarn and heard evidence from 97 witnesses."
    v = run("Over 52 days, the inquiry heard from 97 witnesses.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_did_not_play_is_missed() -> None:
    passage = "Orva forward Ivo Kell, who missed Games 2 and 3 with a knee injury, returned for the final."
    v = run("Ivo Kell did not play in Games 2 and 3 because of a knee injury.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_a_margin_on_the_way_is_no_result() -> None:
    passage = "The Orva Hawks came back from a 12-point third-quarter deficit to win Game 5, outscoring Sarn 30-14 in the fourth quarter."
    v = run("Trailing by 12 points in the third quarter, the Orva Hawks rallied to take Game 5.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("unit", "expected"), [("square mile", Verdict.CONTRADICTED), ("square kilometre", Verdict.SUPPORTED)])
def test_a_density_per_square_unit(unit: str, expected: Verdict) -> None:
    passage = "Sarn, which covers 88,000 square kilometres, has a population density of 41 people per square kilometre."
    v = run(f"Sarn's population density stands at 41 people per {unit}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("model", "expected"), [("Kell", Verdict.CONTRADICTED), ("Tarn", Verdict.SUPPORTED)])
def test_what_a_figure_counts_named_after_it(model: str, expected: Verdict) -> None:
    passage = ("Orva Motors is recalling 96,000 Tarn SUVs to replace faulty brake hoses, the company said; its Kell "
               "hatchback, which uses another supplier, is not affected.")
    v = run(f"Orva Motors is recalling 96,000 {model} cars over faulty brake hoses.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_an_age_is_no_span_of_a_thing() -> None:
    passages = ["Captain Ivo Kell, 54, was charged with manslaughter on 2 July.", "Kell had commanded the Sarn Star since 2018."]
    v = run("Captain Kell had 30 years of experience at sea.", [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason
    passage = "Dr Ada Brenn, 58, will retire in December after 31 years at Orva General Hospital."
    v = run("Dr Ada Brenn will retire in December after 21 years at Orva General Hospital.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "31 years" in v.reason, v.reason


def test_a_half_of_the_race_is_no_time_of_the_whole() -> None:
    passage = "Ivo Kell, 23, won the Sarn Marathon in 2:03:35 on Sunday."
    v = run("Ivo Kell covered the second half of the Sarn Marathon in 61 minutes 10 seconds.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


def test_fans_are_a_crowd_said_before_its_count() -> None:
    passages = [
        "A sellout crowd of 16,120 packed Orva Arena for Game 4, after Game 3 in Sarn drew 13,900.",
    ]
    v = run("Under 14,000 fans attended Game 4 at Orva Arena.", [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    passages = [
        "Orva FC beat Sarn United 2-0 on Saturday in front of 38,400 fans at the Bay Stadium.",
        "Sarn United had won the reverse fixture 1-0 in November before a crowd of 21,300 at the Sarn Arena.",
    ]
    v = run("A crowd of 45,400 saw Orva FC defeat Sarn United 2-0 at the Bay Stadium on Saturday.",
            [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    assert "38,400" in v.reason, v.reason


@pytest.mark.parametrize(("firm", "expected"), [("Kellnet", Verdict.CONTRADICTED), ("Sarnwave Telecom", Verdict.SUPPORTED)])
def test_the_name_right_after_the_verb(firm: str, expected: Verdict) -> None:
    passage = ("The Orva Communications Authority on Monday fined Sarnwave Telecom €22 million over the March outage, "
               "more than the €9 million fine it imposed on rival Kellnet in 2021.")
    v = run(f"The Orva Communications Authority fined {firm} €22 million over a March outage.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Orva Motors said it had received no reports of brakes locking without warning.", Verdict.CONTRADICTED),
    ("Orva Motors said it had received 14 reports of brakes locking without warning.", Verdict.SUPPORTED),
])
def test_a_negation_besides_without_in_the_clause_that_states_it(claim: str, expected: Verdict) -> None:
    passage = "Orva Motors said no injuries had been linked to the fault, but it had received 14 reports of brakes locking without warning since 2022."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_plural_subject_and_its_verb_are_no_compound_noun() -> None:
    passage = "The Orva City Museum will stay closed until further notice while forensic teams examine the gallery, its director said."
    v = run("The Orva City Museum has closed indefinitely while forensic experts examine the gallery.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason


def test_a_forecast_does_not_excuse_a_sum_for_another_period() -> None:
    passage = "The new minimum wage of 11.20 crowns an hour applies to all workers aged 21 and over."
    v = run("Workers aged 21 and over will earn a minimum of 11.20 crowns a day.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(("passage", "expected"), [
    ("Orvabank and Sarn Savings said about 2,400 jobs would go over three years as the merged bank closes branches.",
     Verdict.UNVERIFIED),
    ("Orvabank and Sarn Savings said about 2,400 jobs would go over three years, most of them in Sarn.", Verdict.SUPPORTED),
])
def test_most_of_a_count_needs_the_part(passage: str, expected: Verdict) -> None:
    v = run("Most of the 2,400 job cuts will fall in Sarn.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("when", "expected"), [
    ("the late 19th century", Verdict.SUPPORTED),
    ("the early 19th century", Verdict.CONTRADICTED),
    ("the 18th century", Verdict.CONTRADICTED),
])
def test_a_century_against_a_year(when: str, expected: Verdict) -> None:
    passage = "Sarn Savings, founded in 1871, has 1,630 employees."
    v = run(f"Sarn Savings was founded in {when}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_century_as_an_adjective_is_no_date() -> None:
    passage = "The Orva Maritime Museum's exhibition on 18th-century shipbuilding runs until September 14."
    v = run("The Orva Maritime Museum's shipbuilding exhibition runs until September 24.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_urged_is_asking_and_inmates_are_prisoners() -> None:
    passage = "The Sarn prisons ombudsman said overcrowding at Kell jail had reached dangerous levels and called for 120 inmates to be transferred."
    v = run("Sarn's prisons ombudsman urged that 120 prisoners at Kell jail be moved elsewhere.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("cut", "expected"), [("by half", Verdict.SUPPORTED), ("by a third", Verdict.CONTRADICTED)])
def test_a_change_in_per_cent_said_by_a_factor_word(cut: str, expected: Verdict) -> None:
    passage = "The Sarn Roads Agency has halved the speed limit on the Kell bridge to 40 km/h while cracks in its supports are investigated."
    v = run(f"The Kell bridge speed limit has been cut {cut}, to 40 km/h, during an investigation into cracked supports.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("firm", "expected"), [("Kell Paints", Verdict.CONTRADICTED), ("Sarn Chemicals", Verdict.SUPPORTED)])
def test_a_figure_given_to_another_name_than_the_claims(firm: str, expected: Verdict) -> None:
    passage = ("The Orva Environment Agency fined Sarn Chemicals 1.6 million euros for discharging solvents into the Lesse river; "
               "neighbouring firm Kell Paints, which was also investigated, was cleared of wrongdoing.")
    v = run(f"{firm} was fined 1.6 million euros for discharging solvents into the Lesse river.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_day_owns_no_figure() -> None:
    passage = "The Orva health ministry said no patients were harmed during Tuesday's eight-hour power cut at Sarn General Hospital."
    v = run("Sarn General Hospital's eight-hour power cut on Tuesday passed without any patients being harmed.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_a_figure_one_passage_gives_to_another_name_than_the_claims_named_in_another() -> None:
    passages = ["Sarn Motors recalled 22,000 Brio sedans on Wednesday because the steering column may loosen.",
                "In the same week, rival Kellcar recalled 6,400 Kora vans over faulty rear lights."]
    v = run("Kellcar has recalled 22,000 vehicles over a steering column that may come loose.",
            [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason
    passages = ["Orva Air carried 1.1 million passengers in August, up 8 percent on a year earlier.",
                "Sarnair, its main rival, said its August load factor was 84 percent but did not disclose passenger numbers."]
    v = run("Sarnair carried 1.1 million passengers in August.", [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(("start", "expected"), [("700", Verdict.SUPPORTED), ("500", Verdict.CONTRADICTED)])
def test_the_start_of_a_change_worked_out_by_its_factor(start: str, expected: Verdict) -> None:
    passage = "The University of Sarn will double the number of scholarships for low-income students to 1,400 from next September."
    v = run(f"The University of Sarn will raise its scholarships for low-income students from {start} to 1,400 next September.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_news_paraphrases_of_fire_and_evacuation() -> None:
    passage = "Around 2,000 people were ordered to leave their homes on Sunday as a wildfire spread towards the town of Kell."
    v = run("About 2,000 residents were told to evacuate on Sunday as flames advanced on Kell.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("passage", "expected"), [
    ("The Sarn budget passed 21-14 on 2 May, with all six Green councillors voting against the plan.", Verdict.CONTRADICTED),
    ("The Sarn budget passed 21-14 on 2 May, with the Green councillors voting for it and the Liberals voting against.",
     Verdict.SUPPORTED),
])
def test_a_group_said_to_back_a_measure_voted_against_it(passage: str, expected: Verdict) -> None:
    v = run("The Sarn budget passed 21-14 on 2 May with the backing of the Green councillors.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("port", "expected"), [("Kell", Verdict.CONTRADICTED), ("Sarn", Verdict.SUPPORTED)])
def test_the_place_a_ship_left(port: str, expected: Verdict) -> None:
    passage = "The Orva Star had left Sarn at 7:40 a.m. on a 50-minute crossing and capsized about 2 km short of Kell, its destination."
    v = run(f"The ferry capsized shortly after leaving {port}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_cause_that_led_someone_to_act_is_no_act_done() -> None:
    passage = "The Sarn exam board said it would re-mark 2,210 maths papers after discovering a marking error."
    v = run("A marking error has led Sarn's exam board to re-mark 2,210 maths papers.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("buyer", "expected"), [("The Sarn City Gallery", Verdict.CONTRADICTED), ("The Orva Museum", Verdict.SUPPORTED)])
def test_the_buyer_opening_a_sentence_paid_the_price(buyer: str, expected: Verdict) -> None:
    passage = ("The Orva Museum bought Ida Kell's painting 'Low Tide' for 2.6 million krone at auction on Thursday. "
               "The Sarn City Gallery was the underbidder.")
    v = run(f"{buyer} paid 2.6 million krone for Ida Kell's 'Low Tide' at Thursday's auction.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("The deal values Orva Bank at 2.1 billion kronur.", Verdict.CONTRADICTED),
    ("The deal values Orva Bank at 2.1 billion kronar.", Verdict.CONTRADICTED),
    ("The deal values Orva Bank at 2.1 billion birr.", Verdict.CONTRADICTED),
    ("The deal values Orva Bank at 2.1 billion marks.", Verdict.SUPPORTED),
])
def test_crown_plurals_and_further_currencies_are_currencies(claim: str, expected: Verdict) -> None:
    passage = "The all-share deal values Orva Bank at 2.1 billion marks, a 19% premium to its closing price on Friday."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_figure_with_a_suffix_before_a_currency_word_is_money() -> None:
    passage = "The Sarn open carries a prize fund of 1,600,000 kronar, the largest in its history."
    v = run("The prize fund for the Sarn open is 1.6m kronar.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("change", "expected"), [("rose 6%", Verdict.CONTRADICTED), ("rose 4%", Verdict.SUPPORTED)])
def test_the_change_given_with_the_claims_level_is_the_claims(change: str, expected: Verdict) -> None:
    passage = ("Sarn Copper said its cash cost rose 4% to $1.87 a pound in the first quarter, "
               "while revenue rose 6% to $410 million.")
    v = run(f"Sarn Copper's cash cost {change} to $1.87 a pound in the first quarter.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_budget_raised_by_an_overrun_is_the_budget_now() -> None:
    passage = "The overrun has pushed the Sarn Tunnel's budget to 5.2 billion crowns, about 1.4 billion crowns more than first planned."
    v = run("The Sarn Tunnel now has a budget of 5,200,000,000 crowns.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("post", "expected"), [("chief executive", Verdict.CONTRADICTED), ("chairman", Verdict.SUPPORTED)])
def test_the_post_a_name_is_becoming(post: str, expected: Verdict) -> None:
    passage = ("Sarn Mutual will absorb Orva Bank, with Sarn Mutual's chief executive Ida Kell leading the combined group "
               "and Orva's chief executive Jon Brekke becoming chairman.")
    v = run(f"Jon Brekke will serve as {post} of the combined bank.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Race officials threw Jon Brekke out of stage 4 of the Sarn Tour.", Verdict.SUPPORTED),
    ("Race officials kicked Jon Brekke out of stage 4 of the Sarn Tour.", Verdict.SUPPORTED),
])
def test_thrown_out_of_a_race_is_disqualified(claim: str, expected: Verdict) -> None:
    passage = "Jon Brekke was disqualified from stage 4 of the Sarn Tour for holding on to a team car, race officials said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Orva Mining did not cut its full-year copper forecast.", Verdict.SUPPORTED),
    ("Orva Mining cut its full-year copper forecast.", Verdict.CONTRADICTED),
])
def test_a_forecast_kept_at_a_figure_is_not_changed(claim: str, expected: Verdict) -> None:
    passage = "Orva Mining kept its full-year copper forecast at 210,000 to 230,000 tonnes but raised its cost guidance."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Jon Brekke failed to finish the Sarn Tour after crashing on stage 6.", Verdict.SUPPORTED),
    ("Jon Brekke finished the Sarn Tour despite crashing on stage 6.", Verdict.CONTRADICTED),
])
def test_abandoning_a_race_is_not_finishing_it(claim: str, expected: Verdict) -> None:
    passage = "Jon Brekke abandoned the Sarn Tour on stage 6 after crashing on a descent, his team said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("majority", "expected"), [("over 3,000", Verdict.CONTRADICTED), ("about 2,900", Verdict.SUPPORTED)])
def test_a_majority_is_compared_with_the_majority_not_the_votes_or_the_level_before(majority: str, expected: Verdict) -> None:
    passage = ("Ida Kell of the Sarn Alliance won Orva East with 12,418 votes, a majority of 2,874 over Jon Brekke, "
               "cutting the Orva Party's majority from 6,450.")
    v = run(f"Kell won the Orva East by-election with a majority of {majority} votes.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_the_level_before_a_change_answers_a_claim_dated_then() -> None:
    passage = "Sarnet had 910 million users in 2024, up from 700 million in 2022."
    v = run("Sarnet had 700 million users in 2022.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Independent candidate Ida Kell came second in the Orva East by-election.", Verdict.CONTRADICTED),
    ("Jon Brekke came second in the Orva East by-election.", Verdict.SUPPORTED),
    ("Cardiology had the largest waiting list of any specialty in Sarn.", Verdict.CONTRADICTED),
])
def test_a_name_after_the_one_holding_a_place_does_not_hold_it(claim: str, expected: Verdict) -> None:
    passages = [
        "Jon Brekke of the Orva Party finished second in Orva East with 8,120 votes, ahead of independent candidate Ida Kell on 3,470.",
        "The largest waiting list in Sarn was in dermatology, with 10,900 patients, followed by cardiology with 7,300.",
    ]
    v = run(claim, [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("when", "expected"), [("early 2029", Verdict.CONTRADICTED), ("late 2029", Verdict.SUPPORTED)])
def test_a_part_of_the_year_against_the_passages_date_of_that_year(when: str, expected: Verdict) -> None:
    passage = ("The Sarn Pass Tunnel, originally due to open in March 2027, will now open in late 2029 at a cost of "
               "2.9 billion euros, the Sarn rail authority said on 4 May.")
    v = run(f"The Sarn Pass Tunnel, first due to open in March 2027, will now open in {when}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
    if expected is Verdict.CONTRADICTED:
        assert "early 2029" in v.reason and "late 2029" in v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Sarn Mining received a 7% higher average price for its copper in the second quarter.", Verdict.CONTRADICTED),
    ("Sarn Mining received a 7% lower average price for its copper in the second quarter.", Verdict.SUPPORTED),
])
def test_a_percentage_higher_or_lower_is_a_change(claim: str, expected: Verdict) -> None:
    passage = ("Sarn Mining's copper shipments rose 11% to 210,000 tonnes in the second quarter, but the average price "
               "it received fell 7% to $8,100 a tonne.")
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("rank", "expected"), [("3", Verdict.CONTRADICTED), ("5", Verdict.SUPPORTED)])
def test_a_world_number_against_a_world_ranking(rank: str, expected: Verdict) -> None:
    passage = "Brekke, ranked fifth in the world, beat the top seed, Ida Kell, in the last round to finish second."
    v = run(f"World No. {rank} Brekke beat Ida Kell in the last round.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("passages", "expected"), [
    (["Sarn's hospital waiting list rose 6% to 418,000 in the third quarter, the health ministry said.",
      "Porters at four Sarn hospitals held a 24-hour strike in August over pay."], Verdict.UNVERIFIED),
    (["Sarn's hospital waiting list rose 6% to 418,000 in the third quarter because of a porters' strike in August, "
      "the health ministry said."], Verdict.SUPPORTED),
])
def test_a_cause_must_be_stated_with_what_it_explains(passages: list[str], expected: Verdict) -> None:
    v = run("Sarn's hospital waiting list rose 6% in the third quarter because of the porters' strike in August.",
            [hit(p, f"p{i}", 0.8 - 0.1 * i, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is expected, v.reason


def test_a_time_after_an_event_may_come_from_two_passages() -> None:
    passages = ["The Sarn bridge was opened on 2 May 2021.", "Work on the Sarn bridge finished on 20 December 2020."]
    v = run("The Sarn bridge was opened less than six months after work on it finished.",
            [hit(p, f"p{i}", 0.8 - 0.1 * i, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("passage", "expected"), [
    ("The Sarn Tunnel will now open in 2029 at a cost of 2.6 billion euros, the rail authority said.", Verdict.UNVERIFIED),
    ("The delay will add 700 million euros to the Sarn Tunnel's cost, taking it to 2.6 billion euros.", Verdict.CONTRADICTED),
    ("The delay will add 300 million euros to the Sarn Tunnel's cost, taking it to 2.6 billion euros.", Verdict.SUPPORTED),
])
def test_a_sum_added_to_a_cost_is_no_total(passage: str, expected: Verdict) -> None:
    v = run("The delay will add about 300 million euros to the Sarn Tunnel's cost.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("At 31, Ida Kell is now the youngest MP in the Sarn parliament.", Verdict.SUPPORTED),
    ("At 33, Ida Kell is now the youngest MP in the Sarn parliament.", Verdict.CONTRADICTED),
])
def test_a_roles_abbreviation_is_said_by_its_words(claim: str, expected: Verdict) -> None:
    passage = "Ida Kell, 31, becomes the youngest member of the Sarn parliament, replacing Jon Brekke, 70."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("run_of", "expected"), [("five quarters in a row", Verdict.SUPPORTED),
                                                  ("five consecutive quarters", Verdict.SUPPORTED),
                                                  ("three quarters in a row", Verdict.CONTRADICTED)])
def test_a_run_in_a_row_against_the_nth_consecutive(run_of: str, expected: Verdict) -> None:
    passage = "Orva General failed to meet its 18-week treatment target for a fifth consecutive quarter, the health board said."
    v = run(f"Orva General has missed its 18-week treatment target for {run_of}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Orva General missed its 18-week treatment target in the spring.", Verdict.CONTRADICTED),
    ("Orva General met its 18-week treatment target in the spring.", Verdict.SUPPORTED),
])
def test_a_target_met_or_missed(claim: str, expected: Verdict) -> None:
    passage = "Orva General met its 18-week treatment target in the spring, treating 93% of patients within the limit."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("factor", "expected"), [("more than doubled", Verdict.CONTRADICTED), ("risen by more than half", Verdict.SUPPORTED)])
def test_a_factor_against_a_change_from_a_named_start_in_the_next_sentence(factor: str, expected: Verdict) -> None:
    passage = ("The Sarn Tunnel will open in May 2030, two years later than planned, the transport ministry said. "
               "The projected cost has risen to 5.1 billion crowns from an original budget of 3.0 billion crowns.")
    v = run(f"The cost of the Sarn Tunnel has {factor} from its original budget.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("margin", "expected"), [("a full point", Verdict.CONTRADICTED), ("half a point", Verdict.SUPPORTED)])
def test_a_margin_in_words(margin: str, expected: Verdict) -> None:
    passage = "The 11-round Sarn Open ended on 3 May with Ida Kell finishing first on 7.5 points, half a point ahead of Jon Brekke."
    v = run(f"Ida Kell won the Sarn Open on 7.5 points, {margin} clear of Jon Brekke.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_refrained_from_is_a_negation() -> None:
    passage = "The Sarn Port Authority did not raise port dues for 2026, keeping them unchanged for a third year."
    v = run("Sarn's port authority refrained from raising port dues for 2026.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("currency", "expected"), [("Orva korun", Verdict.CONTRADICTED), ("Sarn florins", Verdict.SUPPORTED)])
def test_a_countrys_crowns_are_its_own_currency(currency: str, expected: Verdict) -> None:
    passage = "Kellmart's basket of 20 staples now costs 51.30 Sarn florins, down from 55.10 florins in March."
    v = run(f"Kellmart's 20-item staples basket now costs 51.30 {currency}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Side effects occurred in 2.9% of Orvacin patients versus 3.4% on placebo.", Verdict.CONTRADICTED),
    ("Side effects occurred in 3.4% of Orvacin patients versus 2.9% on placebo.", Verdict.SUPPORTED),
])
def test_two_figures_set_against_each_other_the_other_way_round(claim: str, expected: Verdict) -> None:
    passage = "Side effects occurred in 3.4% of patients taking Orvacin against 2.9% on placebo, the Sarn trial found."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("side", "expected"), [("Wolves", Verdict.CONTRADICTED), ("Harriers", Verdict.SUPPORTED)])
def test_a_title_held_for_another_side(side: str, expected: Verdict) -> None:
    passages = ["Harriers captain Ivo Lund scored two of his side's three tries, while Wolves winger Jon Brekke scored their only try.",
                "Sarn Harriers beat Orva Wolves 29-14 in the cup final."]
    v = run(f"{side} captain Ivo Lund scored two tries in the final.", [hit(p, f"p{i}", 0.8 - 0.1 * i, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is expected, v.reason


def test_a_superlative_in_other_words_with_the_claims_subject_after_it() -> None:
    passage = "Talmar was the Sarn Port Authority's busiest trading partner in 2025, accounting for 24% of tonnage, ahead of Orva at 13%."
    v = run("Orva was Sarn's largest trading partner by tonnage in 2025.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Orva Steel bought the Kell works from Sarn Metals in 2009.", Verdict.CONTRADICTED),
    ("Sarn Metals bought the Kell works from Orva Steel in 2009.", Verdict.SUPPORTED),
])
def test_buyer_and_seller_swapped_across_a_relative_clause(claim: str, expected: Verdict) -> None:
    passage = "Sarn Metals, which bought the Kell works from the state-owned Orva Steel in 2009, said the plant had lost money for years."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize("claim", [
    "Sarn's 2025 container throughput was the highest in the port's history.",
    "The Orva recount was the first in the region's history.",
])
def test_a_record_of_its_own_past_is_not_a_ranking_or_any_first(claim: str) -> None:
    passages = ["Sarn's container throughput rose 4.1% in 2025 to 1.9 million TEU, while bulk cargo fell 2% to 30.2 million tonnes.",
                "The Orva recount was requested by Ida Kell, who trailed by 212 votes in the first count."]
    v = run(claim, [hit(p, f"p{i}", 0.8, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Turnout among voters aged under 25 in Orva East rose to 41%.", Verdict.UNVERIFIED),
    ("Turnout in Orva East rose to 41%.", Verdict.CONTRADICTED),
])
def test_a_figure_of_a_subgroup_is_not_the_whole(claim: str, expected: Verdict) -> None:
    passage = "Turnout in the Orva East by-election was 57.2%, up from 52.9% at the previous election, the commission said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_ballots_cast_counts_ballots() -> None:
    passage = ("After the recount in the Orva election, Ida Kell finished 214 votes ahead of Jon Brekke, "
               "down from 260 in the first count, out of 41,870 ballots cast.")
    v = run("Nearly 42,000 ballots were cast in the Orva election.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("age", "expected"), [("71", Verdict.SUPPORTED), ("68", Verdict.CONTRADICTED)])
def test_an_age_said_of_an_apposition_of_the_subject(age: str, expected: Verdict) -> None:
    passage = "The Sarn lottery winner, a 71-year-old retired nurse, has chosen to remain anonymous, the operator said."
    v = run(f"The Sarn lottery winner, a retired nurse aged {age}, has chosen to stay anonymous.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_twenty_four_hour_times_at_the_ends_of_a_span() -> None:
    passage = "The Sarn inquiry recommended that the runway be approved only if all flights between 23:30 and 05:30 are banned."
    v = run("The Sarn inquiry said the runway should be approved only if flights from 11.30pm to 5.30am are banned.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_anonymous_says_what_not_to_be_named_says() -> None:
    passage = "The Sarn winner, who asked not to be named, learned of her win when she checked her ticket two days after the draw."
    v = run("The anonymous Sarn winner learned of her win when she checked her ticket two days after the draw.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("factor", "expected"), [("roughly tripled", Verdict.CONTRADICTED), ("more than quadrupled", Verdict.CONTRADICTED)])
def test_a_factor_outside_a_hedged_factor(factor: str, expected: Verdict) -> None:
    passage = "The Sarn dam report measured seepage at about 17 litres per second, almost double the 9 litres per second of 2020."
    v = run(f"Seepage at the Sarn dam has {factor} since 2020.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("year", "expected"), [("2022", Verdict.SUPPORTED), ("2020", Verdict.CONTRADICTED)])
def test_since_a_year_against_took_charge_in_it(year: str, expected: Verdict) -> None:
    passage = "Orva coach Ivo Lund, who took charge in 2022, said the win was the proudest day of his life."
    v = run(f"Ivo Lund has been in charge of Orva since {year}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("month", "expected"), [("September", Verdict.CONTRADICTED), ("November", Verdict.SUPPORTED)])
def test_a_month_without_a_year_takes_the_nearest_full_date_before_it(month: str, expected: Verdict) -> None:
    passage = "The Sarn blast furnace, first lit in 1971, will be shut in May 2027 and the rolling mill will follow in November, Orva Steel said."
    v = run(f"Orva Steel will shut the Sarn blast furnace, first lit in 1971, in May 2027 and the rolling mill in {month}.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("who", "expected"), [("Minister Jon Brekke", Verdict.CONTRADICTED), ("Judge Ida Kell", Verdict.SUPPORTED)])
def test_a_relative_clause_the_passage_says_of_another_name(who: str, expected: Verdict) -> None:
    passage = ("Judge Ida Kell, who chaired the Sarn inquiry, recommended approving the second terminal; "
               "minister Jon Brekke said he would decide by June.")
    v = run(f"{who}, who chaired the Sarn inquiry, recommended approving the second terminal.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Analysts had expected Orvacin to cut hospital admissions by 12%, according to a Sarn Bank note.", Verdict.SUPPORTED),
    ("Orvacin cut hospital admissions by 12%, according to a Sarn Bank note.", Verdict.CONTRADICTED),
    ("Orvacin cut hospital admissions by 19%, according to a Sarn Bank note.", Verdict.SUPPORTED),
])
def test_the_figure_expected_against_the_outcome(claim: str, expected: Verdict) -> None:
    passage = "Orvacin's 19% reduction in hospital admissions was larger than the 12% analysts had expected, according to a Sarn Bank note."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "passages"), [
    ("Orva issued more housing permits in 2025 than any other city in Sarn.",
     ["Orva's 5,120 housing permits in 2025 were the city's highest total since 2009, Mayor Ida Kell said."]),
    ("Kellnet would owe Brekka a $60 million break fee if Sarn regulators block the deal.",
     ["Lund & Moe advised Kellnet on the deal and Orva Partners advised Brekka.",
      "The deal is expected to close in 2026, subject to regulatory approval in Sarn."]),
])
def test_a_place_is_not_replaced_by_a_person_or_a_firm(claim: str, passages: list[str]) -> None:
    v = run(claim, [hit(p, f"p{i}", 0.8 - 0.1 * i, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


def test_rejected_claims_that_says_what_denied_that_says() -> None:
    passage = "Prison director Ivo Lund denied that guards had been asleep during the escape, but said two staff had been suspended."
    v = run("Prison director Ivo Lund rejected claims that guards slept through the escape, though two staff were suspended.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("margin", "expected"), [("under three lengths", Verdict.CONTRADICTED), ("about three and a half lengths", Verdict.SUPPORTED)])
def test_a_whole_number_and_a_fraction_in_words_is_no_share(margin: str, expected: Verdict) -> None:
    passage = "Sarn Star won the Orva Derby on Saturday by three and a half lengths at odds of 9-1."
    v = run(f"Sarn Star won the Orva Derby by {margin}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_the_last_of_three_is_the_third() -> None:
    passage = "Ivo Lund, 41, was the last of the three escapees to be recaptured, arrested at a farm near Sarn on Monday."
    v = run("Lund, 41, was the third of the three escapees to be caught.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Ivo Lund was arrested at a petrol station in Kell.", Verdict.CONTRADICTED),
    ("Jon Brekke was arrested at a petrol station in Kell.", Verdict.SUPPORTED),
])
def test_what_a_clause_says_of_another_name(claim: str, expected: Verdict) -> None:
    passage = ("Sarn police said escaped inmate Jon Brekke was arrested at a petrol station in Kell on Sunday, "
               "while fellow escapee Ivo Lund was found hiding at a relative's home in Orva.")
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "clash"), [
    ("Sarn Star won the Orva Derby on Saturday.", True),
    ("Kell Lad won the Orva Derby on Saturday.", False),  # ("won" is not said, but nothing clashes)
])
def test_a_winner_the_passage_says_was_beaten(claim: str, clash: bool) -> None:
    passage = "Kell Lad, ridden by Ida Kell and trained by Jon Brekke, beat the favourite Sarn Star by two lengths in the Orva Derby on Saturday."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert (v.verdict is Verdict.CONTRADICTED) is clash, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Orva Data sold its mapping unit to Sarn Software in 2022.", Verdict.CONTRADICTED),
    ("Sarn Software sold its mapping unit to Orva Data in 2022.", Verdict.SUPPORTED),
])
def test_a_sale_against_a_purchase_the_other_way_round(claim: str, expected: Verdict) -> None:
    passage = "Orva Data bought the mapping unit of Kell-based Sarn Software in 2022 for $90 million."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_winner_beaten_by_a_horse_described_between_commas() -> None:
    passage = ("Kell Lad, ridden by Ida Kell and trained by Jon Brekke, beat the 4-1 favourite Sarn Star by a length and a half "
               "in the Orva Derby on Saturday, with Moss Hill third.")
    v = run("Sarn Star won the Orva Derby on Saturday, with Kell Lad finishing second.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_change_in_the_present_tense_before_by() -> None:
    passage = "Ida Kell said her party could no longer back a budget that cuts rail investment by a quarter."
    v = run("Ida Kell said her party could not back a budget that slashed rail investment by one quarter.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_the_others_besides_the_one_spoken_of() -> None:
    passage = "Orva Power awarded the dam contract to Sarn Construction on Tuesday; four other consortia had been shortlisted."
    v = run("Sarn Construction's bid was one of the five shortlisted offers.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is not Verdict.CONTRADICTED, v.reason


@pytest.mark.parametrize(("before", "expected"), [("eight", Verdict.CONTRADICTED), ("ten", Verdict.SUPPORTED)])
def test_a_bare_level_before_a_rise_against_the_passages(before: str, expected: Verdict) -> None:
    passage = "Lorries will pay 12 marks to cross the Sarn Bridge from 1 May, up from 10 marks."
    v = run(f"Lorries will pay twelve marks to cross the Sarn Bridge from 1 May, up from {before}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("vote", "expected"), [("voted against leaving", Verdict.CONTRADICTED), ("voted to leave", Verdict.SUPPORTED)])
def test_voted_against_a_move_the_passage_says_was_voted_for(vote: str, expected: Verdict) -> None:
    passage = "The Sarn Greens voted 71-19 at a special congress on Sunday to leave the government, party spokesman Ivo Lund said."
    v = run(f"Delegates at the Sarn Greens' special congress {vote} the government.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("passages", "expected"), [
    (["Sarn police said Ivo Lund was detained on Wednesday in Orva."], Verdict.CONTRADICTED),
    (["Sarn police said Ivo Lund was arrested on Tuesday at a friend's flat in Orva.",
      "The Sarn prison service said Lund was detained on Wednesday in Orva."], Verdict.UNVERIFIED),
])
def test_a_weekday_against_the_passages_and_conflicting_passages(passages: list[str], expected: Verdict) -> None:
    v = run("Ivo Lund was arrested on Tuesday in Orva.", [hit(p, f"p{i}", 0.8 - 0.01 * i, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is expected, v.reason


def test_did_not_demand_says_what_without_requiring_says() -> None:
    passage = "The Sarn ministry approved the Kell dam without requiring a new environmental impact assessment, campaigners said."
    v = run("The Sarn ministry did not demand a fresh environmental impact assessment before approving the Kell dam.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("state", "expected"), [("half contained", Verdict.CONTRADICTED), ("about a quarter contained", Verdict.SUPPORTED)])
def test_a_share_of_a_state_in_words(state: str, expected: Verdict) -> None:
    passage = "By Monday the Sarn fire had burned 8,100 hectares and destroyed 31 homes; it was 25% contained, officials said."
    v = run(f"The Sarn fire has destroyed 31 homes and is now {state}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("said", "expected"), [("surpassing pre-crisis levels", Verdict.CONTRADICTED), ("still below pre-crisis levels", Verdict.SUPPORTED)])
def test_a_level_against_a_share_of_the_reference_level(said: str, expected: Verdict) -> None:
    passage = "Ridership on Sarn's trams reached 41 million journeys in 2025, or 91% of pre-crisis levels, the transport authority said."
    v = run(f"Ridership on Sarn's trams reached 41 million journeys in 2025, {said}.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Sarn turnout was 4.5 percentage points higher than at the 2021 election.", Verdict.SUPPORTED),
    ("Sarn turnout was 7 percentage points higher than at the 2021 election.", Verdict.CONTRADICTED),
    ("Sarn turnout climbed by about 9 percentage points compared with 2021.", Verdict.CONTRADICTED),
    ("Sarn turnout of 58.2% was up 4.5 percentage points on 2021.", Verdict.SUPPORTED),
    ("The rise in Sarn turnout amounted to half a percentage point.", Verdict.CONTRADICTED),
])
def test_points_of_a_change_against_the_two_levels(claim: str, expected: Verdict) -> None:
    passage = "Sarn turnout rose to 58.2 per cent from 53.7 per cent in 2021, the electoral office said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("passage", "expected"), [
    ("Governor Ilse Vann said the Sarn central bank would not impose capital controls, despite calls from the opposition.", Verdict.SUPPORTED),
    ("Governor Ilse Vann said the Sarn central bank would impose capital controls from Monday, as the opposition had demanded.", Verdict.CONTRADICTED),
])
def test_ruled_out_says_will_not(passage: str, expected: Verdict) -> None:
    v = run("Governor Ilse Vann ruled out capital controls at the Sarn central bank in spite of calls from the opposition.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_if_no_says_what_unless_says() -> None:
    passage = "About 610 Sarn Air staff will lose their jobs unless a buyer is found by the end of May, the administrator said."
    v = run("Some 600 jobs at Sarn Air are at risk if no buyer comes forward before the end of May.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


def test_a_request_rejected_was_not_granted() -> None:
    passage = "The Sarn government on Monday rejected Orva Rail's request for a €40 million rescue loan, the finance minister said."
    v = run("Orva Rail was granted a €40 million rescue loan by the Sarn government.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.CONTRADICTED, v.reason


def test_a_row_is_a_dispute() -> None:
    passage = "Work on the Sarn library began in May 2022 and finished nine months late, partly because of a dispute with contractor Orva Bygg."
    v = run("Work on the Sarn library overran by nine months, in part because of a row with the contractor, Orva Bygg.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Orva FC came third in the regular season.", Verdict.CONTRADICTED),
    ("Orva FC were runners-up in the regular season, finishing second.", Verdict.SUPPORTED),
])
def test_a_place_after_the_ranking_it_is_in(claim: str, expected: Verdict) -> None:
    passage = "Orva FC finished the regular season second, four points behind Sarn Rovers, before winning the play-offs."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_refusal_ends_before_a_second_statement() -> None:
    passage = "Mayor Ida Holm has ruled out any deal with the Sarn Party and said she would open talks with the Greens."
    v = run("Mayor Ida Holm will open talks with the Greens.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Ada Lind swam the Sarn strait in 14-degree water.", Verdict.SUPPORTED),
    ("Ada Lind swam the Sarn strait in water averaging 17 degrees.", Verdict.CONTRADICTED),
])
def test_bare_degrees_are_celsius(claim: str, expected: Verdict) -> None:
    passage = "Ada Lind swam the Sarn strait in water averaging 14 degrees Celsius, the association said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_level_up_from_the_earlier_one_answers_a_claim_of_now() -> None:
    passage = "Orva Chips said its Sarn plant would employ 1,210 people at full capacity, up from the 700 jobs it promised in its bid."
    v = run("Orva Chips now expects its Sarn plant to provide about 1,200 jobs at full capacity.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("More than half the carriages of the Orva Rail train left the track.", Verdict.SUPPORTED),
    ("Fewer than half the carriages of the Orva Rail train left the track.", Verdict.CONTRADICTED),
])
def test_half_the_whole_against_a_part_of_it(claim: str, expected: Verdict) -> None:
    passage = "Nine of the train's 16 carriages left the track outside Sarn on Monday, Orva Rail said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Ada Moe's new novel sold three times as many copies in its first month as her last one.", Verdict.SUPPORTED),
    ("Ada Moe's new novel sold five times as many copies in its first month as her last one.", Verdict.CONTRADICTED),
])
def test_a_factor_between_a_level_and_the_one_set_against_it(claim: str, expected: Verdict) -> None:
    passage = "Ada Moe's new novel sold 240,000 copies in its first month, against 80,000 for her previous novel over the same period."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Sarn Air's annual loss doubled last year.", Verdict.SUPPORTED),
    ("Sarn Air's annual loss tripled last year.", Verdict.CONTRADICTED),
])
def test_a_factor_after_the_earlier_level(claim: str, expected: Verdict) -> None:
    passage = "Sarn Air lost €38 million last year, after a loss of €19 million in 2024, its accounts show."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_change_of_another_measure_settles_no_factor() -> None:
    passage = "Orva Books' revenue rose 12 per cent to €61 million in 2025, the publisher said."
    v = run("Orva Books' profit more than doubled in 2025.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("According to the hospital, 44% of the region's cancer patients travel more than 80 km for treatment.", Verdict.CONTRADICTED),
    ("According to the hospital, 34% of the region's cancer patients travel more than 80 km for treatment.", Verdict.SUPPORTED),
    ("Fewer than 10% of the region's cancer patients travel more than 80 km for treatment, the hospital said.", Verdict.CONTRADICTED),
])
def test_according_to_frames_the_reported_figure(claim: str, expected: Verdict) -> None:
    passage = ("Sarn General said 34 per cent of cancer patients in the region currently travel more than 80 km for treatment, "
               "a share it expects to fall below 10 per cent.")
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Orva's new heart clinic has close to 60 beds.", Verdict.SUPPORTED),
    ("Orva's new heart clinic has close to 90 beds.", Verdict.CONTRADICTED),
])
def test_a_relative_clause_on_a_longer_name_of_the_claims(claim: str, expected: Verdict) -> None:
    passage = "The Sarn Heart Clinic at Orva University Hospital, which cost €48 million and has 57 beds, opened on Monday."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Ada Lind's official time was 9h 41min.", Verdict.SUPPORTED),
    ("Ada Lind's official time was 9 hr 14 min.", Verdict.CONTRADICTED),
])
def test_hours_and_minutes_abbreviated(claim: str, expected: Verdict) -> None:
    passage = "Ada Lind's official time of 9 hours 41 minutes was ratified by the Sarn swimming association on Monday."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_a_firm_is_not_replaced_by_a_titled_person() -> None:
    passage = "Administrator Lena Hovd said four parties had shown interest in Sarn Air's landing slots at Orva airport, but declined to name them."
    v = run("Orva Airways is one of four bidders for Sarn Air's Orva slots.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.UNVERIFIED, v.reason


@pytest.mark.parametrize(("passages", "expected"), [
    (["Sarn Air filed for insolvency on Tuesday, listing liabilities of €141.2 million against assets of €52 million.",
      "Orva Airways, which bought the smaller Vell Air out of insolvency in 2021 for €6 million, said Sarn Air's debts made a takeover unlikely."],
     Verdict.SUPPORTED),
    # the clause names what the claim counts: its figure answers the claim
    (["The Port of Sarn reopened on Monday after a four-day closure caused by Storm Ola, which left 17 ships waiting at anchor."],
     Verdict.CONTRADICTED),
])
def test_a_relative_clause_on_another_name_clashes_only_on_what_it_names(passages: list[str], expected: Verdict) -> None:
    claim = ("When Sarn Air filed for insolvency it had debts of more than €100 million." if expected is Verdict.SUPPORTED
             else "The Port of Sarn reopened on Monday after a four-day closure, with 25 ships having waited at anchor.")
    v = run(claim, [hit(p, f"p{i}", 0.8 - 0.1 * i, i + 1) for i, p in enumerate(passages)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Her coach, Ivo Brand, handed Ada Lind a drink from the boat every half hour.", Verdict.CONTRADICTED),
    ("Her coach, Mila Sten, handed Ada Lind a drink from the boat every half hour.", Verdict.SUPPORTED),
    ("Her coach, Mila Sten, handed Ada Lind a drink from the boat every hour.", Verdict.CONTRADICTED),
])
def test_one_owners_post_held_by_another_name(claim: str, expected: Verdict) -> None:
    passage = ("Ada Lind was escorted by the pilot boat Tern, skippered by Ivo Brand, while her coach, Mila Sten, "
               "passed Ada Lind drinks from the deck every 30 minutes.")
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("The Orva Freight train was bound for Sarnvik when it derailed near Tolby.", Verdict.CONTRADICTED),
    ("The Orva Freight train was travelling from Sarnvik when it derailed near Tolby.", Verdict.SUPPORTED),
])
def test_a_destination_where_the_journey_started(claim: str, expected: Verdict) -> None:
    passage = "The Orva Freight train was travelling from the port of Sarnvik to a grain depot at Holm when it derailed near Tolby."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Lea Moss ended the season with 14 league goals.", Verdict.UNVERIFIED),
    ("Lea Moss scored three times in the final.", Verdict.CONTRADICTED),
])
def test_a_figure_of_one_match_is_no_seasons(claim: str, expected: Verdict) -> None:
    passage = "Lea Moss, 24, scored twice in the final and finished the season as the league's top scorer."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("passage", "expected"), [
    ("Sarn General reported an operating deficit of €7 million last year, its second in a row.", Verdict.UNVERIFIED),
    ("Running the new wing will add €7 million a year to Sarn General's costs, the hospital said.", Verdict.SUPPORTED),
])
def test_a_sum_added_each_year_to_a_named_cost(passage: str, expected: Verdict) -> None:
    context = "The new wing's €60 million construction cost was met by the state and Sarn General's own reserves."
    v = run("Running the new wing is expected to add €7 million a year to Sarn General's costs.",
            [hit(context, "p0", 0.75, 1), hit(passage, "p1", 0.7, 2)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Ida Holm's winning margin after the recount was more than 20 votes.", Verdict.CONTRADICTED),
    ("Ida Holm's winning margin after the recount was fewer than 20 votes.", Verdict.SUPPORTED),
])
def test_a_hedged_margin_against_a_tally(claim: str, expected: Verdict) -> None:
    passage = "After the recount, Ida Holm finished with 9,214 votes to Per Vang's 9,197, the Sarn electoral board said."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_taking_office_is_being_sworn_in() -> None:
    passage = "Holm will be sworn in as mayor on 3 May, the Sarn electoral board said, three weeks after the vote."
    v = run("Holm takes office on May 3rd.", [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Orn resigned the last game at 9.15pm local time.", Verdict.SUPPORTED),
    ("The last game began at 9.15pm local time.", Verdict.CONTRADICTED),
    ("The last game began at 2pm local time.", Verdict.SUPPORTED),
])
def test_a_time_of_day_is_the_one_its_verb_gives(claim: str, expected: Verdict) -> None:
    passage = "The last game began at 14:00 local time and Orn resigned at 21:15, ending a match that had lasted three weeks."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


def test_an_apposition_the_claim_names_its_subject_by() -> None:
    passage = ("Captain Ilse Marr, who heads the river rescue unit of Sarn's fire service, said the search "
               "had lasted 30 hours before the boy was found.")
    v = run("The head of Sarn's river rescue unit said the boy was found after 30 hours of searching.",
            [hit(passage, "p", 0.8, 1)])
    assert v.verdict is Verdict.SUPPORTED, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Brana Lines' operating margin improved by 1.9 percentage points on the year.", Verdict.SUPPORTED),
    ("Brana Lines' operating margin improved by 2.9 percentage points on the year.", Verdict.CONTRADICTED),
    ("Brana Lines' operating margin narrowed by 1.9 percentage points on the year.", Verdict.CONTRADICTED),
    ("Kesta Shipping's operating margin narrowed by 1.1 percentage points.", Verdict.UNVERIFIED),
])
def test_a_margin_that_widened_or_narrowed_between_two_levels(claim: str, expected: Verdict) -> None:
    passage = "Brana Lines' operating margin widened to 12.4% from 10.5% a year earlier, while Kesta Shipping's narrowed to 5.2% from 6.3%."
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason


@pytest.mark.parametrize(("claim", "expected"), [
    ("Sarn College's fee increase is about 9 per cent.", Verdict.SUPPORTED),
    ("Sarn College's fee increase will be roughly 20 per cent.", Verdict.CONTRADICTED),
])
def test_a_change_noun_before_is_gives_the_change(claim: str, expected: Verdict) -> None:
    passage = ("Sarn College will raise its fees by 9 per cent to €3,600, while the University of Sarn's "
               "increase of 21 per cent is the largest in the country.")
    v = run(claim, [hit(passage, "p", 0.8, 1)])
    assert v.verdict is expected, v.reason
