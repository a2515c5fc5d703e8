"""Alignment rules, one test per rule: each kind of match and clash, each hedge, currency, unit
conversion, date fields, entity swap in the same role against a name in another slot, negation,
roles and arithmetic across facts. Facts are invented for these tests."""

from __future__ import annotations

import pytest

from factcheck.align import (
    OPENER,
    align_passage,
    clause_statements,
    compare_dates,
    compare_values,
    find_entities,
    parse_sentence,
    stem,
)
from factcheck.extract import claim_from_text
from factcheck.models import AlignedPart, Evidence, Operator, PartStatus, Passage, Quantity, QuantityKind, Stance
from factcheck.settings import Settings

S = Settings()

VIADUCT = (
    "The Halvorsen Viaduct, which crosses the Tamsel River between Oderby and Kristvik, opened on "
    "14 March 2011. Its main span of 1,204 metres (3,950 feet) is the longest in Norland. The viaduct "
    "cost €410 million to build and carries about 18,000 vehicles a day."
)
COUNCIL = (
    "The Brenford council approved the harbour plan on 9 May 2019 by 7 votes to 2. "
    "Mayor Lena Orcutt proposed the plan; councillor Piet Hale voted against it."
)
FINAL = "Marta Quell won the 2022 Eldon Open final on 4 June, beating Sara Dunn 6-3, 6-4 on the main court."
NOVEL = (
    "Tomas Wren's novel Grey Harbour was published on 3 May 1931 by Falk & Sons. "
    "Wren died of pneumonia on 2 February 1932 at the age of 51."
)
ALBUMS = "The band's album Night Ferry came out in October 1973, while Low Tide was released in March 1975."
LAKE = (
    "Lake Morva is shared by three countries: Ostmark holds about 60 percent of its surface, "
    "Velland about 30 percent and Rusk about 10 percent."
)
GAMES = "The Winter Games XII were held in Lindau in February 1976, with 37 nations taking part."
LAW = (
    "In Harlan v. Moss, decided in 1988, the High Court held that the Act required every county "
    "to register such partnerships."
)
CASTLE = "Dunmore Castle has not been inhabited since 1712, when its last owner died. Its walls are 14 metres high."
BOOKS = "The Lantern Press printed 500 copies of the first edition of the atlas in 1902."


def passage(text: str, pid: str = "p#0") -> Passage:
    return Passage(id=pid, doc_id=pid.split("#")[0], text=text, start=0, end=len(text))


def align(claim: str, text: str, similarity: float = 0.8) -> Evidence:
    return align_passage(claim_from_text(claim, claim_id="c"), passage(text), similarity=similarity, settings=S)


def parts_of(ev: Evidence, kind: str) -> list[AlignedPart]:
    return [p for p in ev.parts if p.kind == kind]


def statuses(ev: Evidence, kind: str) -> set[PartStatus]:
    return {p.status for p in parts_of(ev, kind)}


# --- quantities: exact values, unit conversion, unit slips ---------------------------------------


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("The Halvorsen Viaduct has a main span of 1,204 metres.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct has a main span of 1.204 km.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct has a main span of 3,950 feet.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct has a main span of 1,350 metres.", Stance.CONTRADICTS),
        ("The Halvorsen Viaduct has a main span of 1,204 feet.", Stance.CONTRADICTS),
    ],
    ids=["exact", "km-for-metres", "feet-conversion", "number-changed", "unit-slip"],
)
def test_measure_values(claim: str, stance: Stance) -> None:
    assert align(claim, VIADUCT).stance is stance


# --- hedges --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("The Halvorsen Viaduct has a main span of more than 1,200 metres.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct has a main span of more than 1,300 metres.", Stance.CONTRADICTS),
        ("The Halvorsen Viaduct has a main span of about 1,200 metres.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct has a main span of about 2,000 metres.", Stance.CONTRADICTS),
        ("The Halvorsen Viaduct has a main span of nearly 1,250 metres.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct has a main span of at least 1,204 metres.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct has a main span of less than 1,000 metres.", Stance.CONTRADICTS),
        ("The Halvorsen Viaduct has a main span of under 1,300 metres.", Stance.SUPPORTS),
    ],
    ids=[
        "more-than-true",
        "more-than-false",
        "about-true",
        "about-false",
        "nearly",
        "at-least",
        "less-than-false",
        "under",
    ],
)
def test_hedges(claim: str, stance: Stance) -> None:
    assert align(claim, VIADUCT).stance is stance


# --- money and currency --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("The Halvorsen Viaduct cost €410 million to build.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct cost EUR 0.41 billion to build.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct cost $410 million to build.", Stance.CONTRADICTS),
        ("The Halvorsen Viaduct cost €410 billion to build.", Stance.CONTRADICTS),
    ],
    ids=["same", "other-format", "other-currency", "magnitude-slip"],
)
def test_money(claim: str, stance: Stance) -> None:
    ev = align(claim, VIADUCT)
    assert ev.stance is stance
    if stance is Stance.CONTRADICTS and "$" in claim:
        assert any("currency" in p.note for p in ev.parts)


# --- dates on the fields the claim gives ---------------------------------------------------------


@pytest.mark.parametrize(
    ("claim_value", "passage_value", "expected"),
    [
        ("2011-03", "2011-03-14", True),
        ("2011", "2011-03-14", True),
        ("--03-14", "2011-03-14", True),
        ("2011-03-15", "2011-03-14", False),
        ("2012", "2011-03-14", False),
        ("2011-03-14", "2011-03", None),
    ],
    ids=["month", "year", "no-year", "day-differs", "year-differs", "passage-less-precise"],
)
def test_compare_dates(claim_value: str, passage_value: str, expected: bool | None) -> None:
    assert compare_dates(claim_value, passage_value) is expected


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("The Halvorsen Viaduct opened in March 2011.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct opened on 15 March 2011.", Stance.CONTRADICTS),
        ("The Halvorsen Viaduct opened in 2012.", Stance.CONTRADICTS),
    ],
    ids=["month-matches", "day-differs", "year-differs"],
)
def test_dates_in_passages(claim: str, stance: Stance) -> None:
    assert align(claim, VIADUCT).stance is stance


def test_compare_values_hedge_intervals() -> None:
    def q(value: float, op: Operator = Operator.EQ, text: str = "x") -> Quantity:
        return Quantity(text=text, kind=QuantityKind.COUNT, value=value, operator=op)

    assert compare_values(q(100, Operator.GT), q(120), S) is True
    assert compare_values(q(100, Operator.GT), q(90), S) is False
    assert compare_values(q(100, Operator.LT), q(90), S) is True
    assert compare_values(q(100, Operator.APPROX), q(108), S) is True
    assert compare_values(q(100, Operator.APPROX), q(130), S) is False
    # the passage only bounds its figure: a claim inside the bound cannot be settled
    assert compare_values(q(12000), q(10000, Operator.GT), S) is None
    assert compare_values(q(10000, Operator.GT), q(10000, Operator.GT), S) is True


# --- named entities: same role vs another slot ---------------------------------------------------


def test_entity_present() -> None:
    ev = align("The Halvorsen Viaduct crosses the Tamsel River.", VIADUCT)
    assert statuses(ev, "entity") == {PartStatus.MATCHED}
    assert ev.stance is Stance.SUPPORTS


def test_entity_swapped_in_same_role() -> None:
    ev = align("The Halvorsen Viaduct crosses the Velta River.", VIADUCT)
    swapped = [p for p in parts_of(ev, "entity") if p.status is PartStatus.MISMATCHED]
    assert [p.claim_text for p in swapped] == ["Velta River"]
    assert swapped[0].evidence_text == "Tamsel River"
    assert ev.stance is Stance.CONTRADICTS


def test_swap_by_role_words() -> None:
    ev = align("Mayor Anna Berg proposed the Brenford harbour plan.", COUNCIL)
    assert ev.stance is Stance.CONTRADICTS


def test_name_in_unrelated_slot_is_not_a_swap() -> None:
    ev = align("The Halvorsen Viaduct was designed by the engineer Ingrid Sole.", VIADUCT)
    assert PartStatus.MISMATCHED not in statuses(ev, "entity")
    assert ev.stance is Stance.NEUTRAL


def test_sibling_event_is_another_subject() -> None:
    ev = align("The Winter Games XIII were held in Lindau.", GAMES)
    assert ev.stance is not Stance.CONTRADICTS
    assert any(p.note.startswith("other subject") for p in parts_of(ev, "entity"))


# --- roles and relations -------------------------------------------------------------------------


def test_winner_and_loser_reversed() -> None:
    ev = align("Sara Dunn won the 2022 Eldon Open final.", FINAL)
    assert PartStatus.MISMATCHED in statuses(ev, "relation")
    assert ev.stance is Stance.CONTRADICTS
    assert align("Marta Quell won the 2022 Eldon Open final.", FINAL).stance is Stance.SUPPORTS


@pytest.mark.parametrize(
    "passage_text",
    [
        "Sara Dunn lost the 2022 Eldon Open final to Marta Quell on 4 June.",
        "Sara Dunn was beaten by Marta Quell in the 2022 Eldon Open final.",
        "Sara Dunn was beaten in the 2022 Eldon Open final by Marta Quell.",
        "The Harts were beaten by the Wolves in the 2022 Eldon Cup final.",
    ],
    ids=["lost", "was-beaten-by", "was-beaten-in", "were-beaten"],
)
def test_a_loss_in_the_evidence_contradicts_a_win(passage_text: str) -> None:
    loser = "The Harts" if "Harts" in passage_text else "Sara Dunn"
    event = "Eldon Cup" if "Harts" in passage_text else "Eldon Open"
    ev = align(f"{loser} won the 2022 {event} final.", passage_text)
    assert PartStatus.MISMATCHED in statuses(ev, "relation"), ev.parts


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Low Tide was released after Night Ferry.", Stance.SUPPORTS),
        ("Low Tide was released before Night Ferry.", Stance.CONTRADICTS),
    ],
    ids=["after-true", "before-false"],
)
def test_before_after(claim: str, stance: Stance) -> None:
    assert align(claim, ALBUMS).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Tomas Wren died less than a year after Grey Harbour was published.", Stance.SUPPORTS),
        ("Tomas Wren died more than two years after Grey Harbour was published.", Stance.CONTRADICTS),
    ],
    ids=["less-than-a-year", "more-than-two-years"],
)
def test_interval_between_dates(claim: str, stance: Stance) -> None:
    ev = align(claim, NOVEL)
    assert parts_of(ev, "relation")
    assert ev.stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Ostmark holds the largest share of Lake Morva.", Stance.SUPPORTS),
        ("Velland holds the largest share of Lake Morva.", Stance.CONTRADICTS),
    ],
    ids=["largest-true", "largest-false"],
)
def test_superlative_over_a_list(claim: str, stance: Stance) -> None:
    assert align(claim, LAKE).stance is stance


# --- scores and votes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("The Brenford council approved the harbour plan by 7 votes to 2.", Stance.SUPPORTS),
        ("The Brenford council approved the harbour plan 7-2.", Stance.SUPPORTS),
        ("The Brenford council approved the harbour plan 6-3.", Stance.CONTRADICTS),
        ("The Brenford council approved the harbour plan unanimously.", Stance.CONTRADICTS),
    ],
    ids=["votes-to", "dash", "changed", "unanimous-vs-split"],
)
def test_votes(claim: str, stance: Stance) -> None:
    assert align(claim, COUNCIL).stance is stance


# --- polarity ------------------------------------------------------------------------------------


def test_negation_on_claim_side_only() -> None:
    ev = align("The Halvorsen Viaduct did not open on 14 March 2011.", VIADUCT)
    assert PartStatus.MISMATCHED in statuses(ev, "polarity")
    assert ev.stance is Stance.CONTRADICTS


def test_negation_on_both_sides_matches() -> None:
    ev = align("Dunmore Castle has not been inhabited since 1712.", CASTLE)
    assert ev.stance is Stance.SUPPORTS


@pytest.mark.parametrize("contrast", ["rather than", "instead of"])
def test_a_contrast_says_what_a_not_says(contrast: str) -> None:
    # "for the bridge, not for the tunnel" is "for the bridge rather than the tunnel"
    text = "The Marlow Prize went to Ada Venn for her design of the Kessel bridge, not for her tunnel work."
    ev = align(f"Ada Venn won the Marlow Prize for her Kessel bridge design {contrast} her tunnel work.", text)
    assert statuses(ev, "polarity") == {PartStatus.MATCHED}
    assert ev.stance is not Stance.CONTRADICTS


def test_negation_by_wording_free_to_refuse() -> None:
    ev = align("Harlan v. Moss left each county free to refuse to register such partnerships.", LAW)
    assert ev.stance is Stance.CONTRADICTS


def test_without_what_the_passage_states() -> None:
    ev = align("The Brenford council approved the harbour plan without a vote.", COUNCIL)
    assert ev.stance is Stance.CONTRADICTS


def test_not_since_against_a_later_event() -> None:
    text = "The Orla geyser erupted in 1890 and was dormant for decades; its most recent eruption was in 1994."
    ev = align("The Orla geyser has not erupted since 1890.", text)
    assert ev.stance is Stance.CONTRADICTS


BAIL = "The court released Ivo Marsh on bail; he must report weekly and is forbidden to leave the country."


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("Ivo Marsh may not leave the country.", PartStatus.MATCHED),
        ("Ivo Marsh must not leave the country.", PartStatus.MATCHED),
        ("Ivo Marsh is free to leave the country.", PartStatus.MISMATCHED),
    ],
    ids=["may-not", "must-not", "free-to"],
)
def test_prohibition_is_a_negation(claim: str, status: PartStatus) -> None:
    # "is forbidden to leave" says "may not leave"
    assert statuses(align(claim, BAIL), "polarity") == {status}


def test_negation_of_something_else_is_no_clash() -> None:
    # the passage's "not" bears on leaving the country, which the claim does not mention
    text = ("Supervision comes with conditions set by the judge, such as paying bail, "
            "reporting to the police or not leaving the country.")
    ev = align("The judge set bail for the Orvel chief at 40,000 euros.", text)
    assert PartStatus.MISMATCHED not in statuses(ev, "polarity")
    assert ev.stance is not Stance.CONTRADICTS


def test_negation_of_the_claimed_predicate_still_clashes() -> None:
    ev = align("The Orvel chief was released on bail.", "The Orvel chief was not released on bail by the judge.")
    assert PartStatus.MISMATCHED in statuses(ev, "polarity")


# --- binding: a number is compared with the number of the same measure ---------------------------


def test_counts_of_different_things_do_not_clash() -> None:
    ev = align("The first edition of the Lantern Press atlas was rejected by twelve publishers.", BOOKS)
    assert ev.stance is not Stance.CONTRADICTS


FRONTED = (
    "On 3 May 2021, two days after the flooding of the Harle valley on 1 May, the mayor of Dunmore "
    "wrote that the flooding was the worst in a century."
)


def test_a_date_opening_the_sentence_dates_its_main_clause() -> None:
    ev = align("The mayor of Dunmore wrote on 5 May 2021 that the flooding was the worst in a century.", FRONTED)
    assert ev.stance is Stance.CONTRADICTS
    assert [p.evidence_text for p in parts_of(ev, "date")] == ["3 May 2021"]  # not the flood's 1 May
    supported = align("The mayor of Dunmore wrote on 3 May 2021 that the flooding was the worst in a century.", FRONTED)
    assert supported.stance is Stance.SUPPORTS


PARTITIVE = "The Harlow trial enrolled 1,210 patients, of whom 597 received the drug and the rest a placebo."


@pytest.mark.parametrize(
    ("claim", "stance", "evidence_value"),
    [
        ("In the Harlow trial, roughly 600 patients received the drug.", Stance.SUPPORTS, "597"),
        ("In the Harlow trial, 800 patients received the drug.", Stance.CONTRADICTS, "597"),
        ("The Harlow trial enrolled about 1,200 patients.", Stance.SUPPORTS, "1,210"),
        ("The Harlow trial enrolled 900 patients.", Stance.CONTRADICTS, "1,210"),
    ],
    ids=["part-matches", "part-differs", "whole-matches", "whole-differs"],
)
def test_partitive_figure_counts_its_antecedents_noun(claim: str, stance: Stance, evidence_value: str) -> None:
    # "of whom 597 received": 597 counts patients too, and is the figure of "received the drug"
    ev = align(claim, PARTITIVE)
    assert ev.stance is stance
    assert [p.evidence_text for p in parts_of(ev, "quantity")] == [evidence_value]


def test_evidence_text_is_best_sentence_with_neighbours() -> None:
    ev = align("The Brenford council approved the harbour plan by 7 votes to 2.", COUNCIL + " " + GAMES)
    assert "7 votes to 2" in ev.text


def test_low_similarity_is_neutral() -> None:
    assert align("The Halvorsen Viaduct opened in 2012.", VIADUCT, similarity=0.1).stance is Stance.NEUTRAL


def test_stem_normalises_inflections() -> None:
    assert stem("beating") == stem("beat")
    assert stem("published") == stem("publish")
    assert stem("won") == stem("wins")


# --- more arithmetic and event checks --------------------------------------------------------------

CUP = (
    "Dorvale Rovers won the Marsh Cup final on 12 May 2019, beating Kettering Athletic 3-1. "
    "It was the club's third Marsh Cup title and their first since 2004."
)
PAVILION = "The Rennick Pavilion in Dorvale opened in 1994 at a cost of £38 million. It seats 4,200 people."
STUDY = "In the trial, daily doses of velorin reduced blood pressure in older patients with kidney disease."


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("The 2019 Marsh Cup was Dorvale Rovers' first title in 15 years.", Stance.SUPPORTS),
        ("The 2019 Marsh Cup was Dorvale Rovers' first title in 20 years.", Stance.CONTRADICTS),
    ],
    ids=["span-matches-since", "span-clashes-since"],
)
def test_first_in_n_years_against_first_since(claim: str, stance: Stance) -> None:
    assert align(claim, CUP).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # "their first since 2004" counts from a reference: it is not the title's rank overall.
        ("Dorvale Rovers won their first Marsh Cup title in 2019.", Stance.CONTRADICTS),
        ("The 2019 Marsh Cup was Dorvale Rovers' first title since 2004.", Stance.SUPPORTS),
        ("The 2019 Marsh Cup was Dorvale Rovers' third title.", Stance.SUPPORTS),
    ],
)
def test_a_rank_counted_from_a_reference_is_not_the_overall_rank(claim: str, stance: Stance) -> None:
    assert align(claim, CUP).stance is stance


@pytest.mark.parametrize(
    ("claim", "passage", "stance"),
    [
        ("The Halvorsen Viaduct opened in late 2011.", "The Halvorsen Viaduct opened on 14 March 2011.", Stance.CONTRADICTS),
        ("The Halvorsen Viaduct opened in early 2011.", "The Halvorsen Viaduct opened on 14 March 2011.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct opened in mid-2011.", "The Halvorsen Viaduct opened in July 2011.", Stance.SUPPORTS),
        ("The Halvorsen Viaduct opened in March 2011.", "The Halvorsen Viaduct opened in late 2011.", Stance.CONTRADICTS),
        # The passage's "late 2011" may be October: it cannot tell.
        ("The Halvorsen Viaduct opened in October 2011.", "The Halvorsen Viaduct opened in late 2011.", Stance.NEUTRAL),
        # The passage gives the year alone: "late" is not stated.
        ("The Halvorsen Viaduct opened in late 2011.", "The Halvorsen Viaduct opened in 2011.", Stance.NEUTRAL),
    ],
)
def test_the_part_of_a_year_is_compared_with_the_month(claim: str, passage: str, stance: Stance) -> None:
    assert align(claim, passage).stance is stance


def test_figures_of_another_event_are_not_a_clash() -> None:
    ev = align("The Rennick Pavilion was renovated in 2015 at a cost of £12 million.", PAVILION)
    assert ev.stance is not Stance.CONTRADICTS
    assert all(p.status is not PartStatus.MISMATCHED for p in ev.parts)


def test_opposite_direction_of_change() -> None:
    ev = align("Daily doses of velorin increased blood pressure in older patients with kidney disease.", STUDY)
    assert ev.stance is Stance.CONTRADICTS
    assert (
        align("Daily velorin lowers blood pressure in older patients with kidney disease.", STUDY).stance
        is Stance.SUPPORTS
    )


TRIAL = (
    "In the Dorrin cohort, older cyclists in regular training had a lower risk of hip fracture and fewer "
    "hospital admissions than sedentary peers. Loss of the Kerrow enzyme impaired scar formation in "
    "zebrafish. Velorin was inversely associated with kidney stones in adult men. Tamsol was ineffective "
    "at lowering fever in children. Kerrow is dispensable for the healing of skin wounds in zebrafish. "
    "Orvane users showed a slower rate of progression to kidney failure in the Dorrin cohort. Velorin acts on "
    "the central nervous system of adult zebrafish. The Kerrow mutation is dominant in laboratory zebrafish."
)


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # a modifier of the same noun, the other way
        ("In the Dorrin cohort, older cyclists in regular training had a higher risk of hip fracture.", Stance.CONTRADICTS),
        ("In the Dorrin cohort, older cyclists in regular training had a lower risk of hip fracture.", Stance.SUPPORTS),
        ("Older cyclists in regular training had more hospital admissions in the Dorrin cohort.", Stance.CONTRADICTS),
        ("Loss of the Kerrow enzyme enhances scar formation in zebrafish.", Stance.CONTRADICTS),
        ("Loss of the Kerrow enzyme impairs scar formation in zebrafish.", Stance.SUPPORTS),
        # adjectives and their opposites
        ("Velorin is positively associated with kidney stones in adult men.", Stance.CONTRADICTS),
        ("Tamsol is effective at lowering fever in children.", Stance.CONTRADICTS),
        ("Kerrow is required for the healing of skin wounds in zebrafish.", Stance.CONTRADICTS),
        # speed, place and inheritance
        ("Orvane users have a faster progression to kidney failure in the Dorrin cohort.", Stance.CONTRADICTS),
        ("Orvane users have a slower progression to kidney failure in the Dorrin cohort.", Stance.SUPPORTS),
        ("Velorin acts on the peripheral nervous system of adult zebrafish.", Stance.CONTRADICTS),
        ("The Kerrow mutation is recessive in laboratory zebrafish.", Stance.CONTRADICTS),
    ],
)
def test_direction_of_a_modifier_or_an_adjective(claim: str, stance: Stance) -> None:
    assert align(claim, TRIAL).stance is stance


def test_direction_words_are_whole_words() -> None:
    # "growth" is not "grow", "droplet" not "drop": neither is a direction
    text = "Kerrow raised the growth of droplet colonies in zebrafish larvae."
    assert align("Kerrow raised the growth of droplet colonies in zebrafish larvae.", text).stance is Stance.SUPPORTS
    assert align("Kerrow lowered the growth of droplet colonies in zebrafish larvae.", text).stance is Stance.CONTRADICTS
    # "more than" is a hedge on a figure, not a direction of the noun
    fleet = "The Dorrin ferry line carried fewer passengers in 2023 than in 2022, but more than 40,000."
    assert align("The Dorrin ferry line carried more than 40,000 passengers in 2023.", fleet).stance is not Stance.CONTRADICTS


def test_figures_settle_a_claim_with_figures_not_its_direction_words() -> None:
    # a cut in another year is not a clash with a rise the figures describe
    text = "The Dorrin council cut the harbour levy by 2 percent in 2019."
    assert align("The Dorrin council raised the harbour levy by 5 percent in 2023.", text).stance is not Stance.CONTRADICTS


FIRE = (
    "The Harwick mill fire began on the night of 3 November 1921 and burned for two days. "
    "It destroyed 140 houses and the town hall but spared the parish church of St Anne."
)
RIVERS = (
    "Parliament passed the Clean Rivers Act on 14 July 2020 by 312 votes to 198. The law bans the "
    "release of untreated waste into protected rivers."
)
QUAKE = "A magnitude 6.4 earthquake struck Varna Bay on 9 October 2018, killing 41 people and injuring more than 600."


def test_governing_verb_points_the_other_way() -> None:
    ev = align("The Harwick mill fire destroyed 140 houses and the parish church of St Anne.", FIRE)
    assert PartStatus.MISMATCHED in statuses(ev, "relation")
    assert ev.stance is Stance.CONTRADICTS


def test_permitted_against_banned() -> None:
    ev = align("The Clean Rivers Act allows the release of untreated waste into protected rivers.", RIVERS)
    assert ev.stance is Stance.CONTRADICTS


def test_large_vote_tallies_and_unanimity() -> None:
    assert align("The Clean Rivers Act passed unanimously.", RIVERS).stance is Stance.CONTRADICTS
    assert align("Parliament passed the Clean Rivers Act by 312 votes to 198.", RIVERS).stance is Stance.SUPPORTS


def test_duration_the_parser_missed() -> None:
    assert (
        align("The Harwick mill fire began in November 1921 and burned for a week.", FIRE).stance is Stance.CONTRADICTS
    )


def test_number_binds_to_the_verb_next_to_it() -> None:
    # "injuring more than 600", not "killing 41 people"
    assert align("More than 600 people were injured in the Varna Bay earthquake.", QUAKE).stance is Stance.SUPPORTS
    assert align("The Varna Bay earthquake killed 14 people.", QUAKE).stance is Stance.CONTRADICTS


def test_plain_superlative_against_ranked_one() -> None:
    text = "The 2021 deal made Halden Foods the second-largest snack producer in Europe."
    assert (
        align("The 2021 deal made Halden Foods the largest snack producer in Europe.", text).stance
        is Stance.CONTRADICTS
    )


def test_forecast_is_not_contradicted_by_past_figures() -> None:
    text = "The Ostria central bank made two emergency rate cuts in March 2020, to 0.5 percent."
    ev = align("Bank officials' projections point to two further rate cuts in 2025.", text)
    assert ev.stance is not Stance.CONTRADICTS
    assert (
        align("The Ostria central bank made two emergency rate cuts in March 2021.", text).stance is Stance.CONTRADICTS
    )


OPERA = (
    "The Vell Opera House in Marrin was designed by the architect Jonas Keel and opened in "
    "September 1911. It was badly damaged by fire in 1944."
)
RIVER = "The Soln River rises in the Harz Uplands and flows north for about 410 kilometres."
COURT = (
    "In Tanner v. Holt, decided in March 1998, the Federal Court of Ostria ruled 4-3 that employers "
    "must pay overtime. Justice Mira Lund wrote the majority opinion; Justice Paul Ekk dissented."
)
BIKE = (
    "Ada Brunn patented the first practical folding bicycle in 1931. Her design went into "
    "production at the Kess works two years later."
)


def test_compass_direction() -> None:
    assert align("The Soln River flows south from the Harz Uplands.", RIVER).stance is Stance.CONTRADICTS
    assert align("The Soln River flows north from the Harz Uplands.", RIVER).stance is Stance.SUPPORTS


def test_relative_date_in_the_passage() -> None:
    assert align("Ada Brunn's folding bicycle went into production in 1933.", BIKE).stance is Stance.SUPPORTS
    assert align("Ada Brunn's folding bicycle went into production in 1935.", BIKE).stance is Stance.CONTRADICTS


def test_margin_of_a_vote() -> None:
    assert (
        align("The Federal Court of Ostria decided Tanner v. Holt by a single vote.", COURT).stance is Stance.SUPPORTS
    )
    assert align("The Federal Court of Ostria decided Tanner v. Holt by two votes.", COURT).stance is Stance.CONTRADICTS


def test_role_of_a_name_present_elsewhere() -> None:
    ev = align("Justice Paul Ekk wrote the majority opinion in Tanner v. Holt.", COURT)
    assert PartStatus.MISMATCHED in statuses(ev, "relation")
    # passive voice on either side is not a role clash
    assert align("Tanner v. Holt was decided in March 1998.", COURT).stance is Stance.SUPPORTS
    assert align("Jonas Keel designed the Vell Opera House.", OPERA).stance is Stance.SUPPORTS


def test_sentence_initial_function_word_is_not_a_name() -> None:
    text = "Through the new statute, the Varden Agency may fine a carrier up to 4 percent of its yearly revenue."
    ev = align("Through that statute, the Varden Agency may fine a carrier up to 4 percent of its yearly revenue.", text)
    assert [p.claim_text for p in parts_of(ev, "entity")] == ["Varden Agency"]
    assert ev.stance is Stance.SUPPORTS


def test_demonym_does_not_replace_a_place() -> None:
    text = "Orvale is a Danish shipping line founded by Karl Meyer in 1990 and based in Aarhus."
    ev = align("Karl Meyer, who grew up in Odense in the 1970s, founded the shipping line Orvale in 1990.", text)
    assert PartStatus.MISMATCHED not in statuses(ev, "entity")
    assert ev.stance is not Stance.CONTRADICTS


def test_reference_year_of_another_event_is_not_a_clash() -> None:
    text = "Kestrel Freight later rejoined the venture: since 2019 it has paid its suppliers in vouchers."
    claim = "Kestrel Freight, which has had its head office in Tromsdal since 2012, said in May 2021 that it had two million customers."
    ev = align(claim, text)
    assert PartStatus.MISMATCHED not in statuses(ev, "date")
    assert ev.stance is not Stance.CONTRADICTS


def test_titled_person_named_by_surname_only() -> None:
    text = "After the storm, Okafor told reporters that the Lenwick bridge would reopen within a week."
    ev = align("Governor Ada Okafor told reporters that the Lenwick bridge would reopen.", text)
    named = {p.claim_text: p.status for p in parts_of(ev, "entity")}
    assert named["Governor Ada Okafor"] is PartStatus.MATCHED


def test_frequency_adverbs_in_the_passage_are_read() -> None:
    # a passage's "daily" is a frequency, as the claim's is: found, compared, matched or clashing
    text = "The Dorrin ferry runs daily to Velmora and back."
    ev = align("The Dorrin ferry runs daily to Velmora.", text)
    assert statuses(ev, "quantity") == {PartStatus.MATCHED} and ev.stance is Stance.SUPPORTS
    ev = align("The Dorrin ferry runs weekly to Velmora.", text)
    assert statuses(ev, "quantity") == {PartStatus.MISMATCHED} and ev.stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("name", "text", "present"),
    [
        ("Saint Petersburg State University", "He was born in Saint Petersburg in 1984.", False),
        ("Saint Petersburg State University", "He studied at the State University of Saint Petersburg.", True),
        ("Velmora Museum", "The museum of Velmora reopened in May.", True),
        ("Velmora Museum", "Velmora lies on the coast.", False),
        ("Tamsel River", "The viaduct crosses the Tamsel near Oderby.", True),  # a river's head noun is not its name
    ],
)
def test_an_institution_is_named_with_its_head_noun(name: str, text: str, present: bool) -> None:
    from factcheck.align import entity_present, name_vocab

    assert entity_present(name, name_vocab(text)) is present



@pytest.mark.parametrize(
    ("name", "text", "names", "expected"),
    [
        ("Sigrid Lind", "The bridge was designed by Tomas Lind.", ["Tomas Lind"], True),
        ("Dr Sigrid Lind", "The bridge was designed by Tomas Lind.", ["Tomas Lind"], True),
        ("Sigrid Lind", "The bridge was designed by Lind.", ["Lind"], False),  # the surname alone
        ("Sigrid Lind", "Sigrid and Tomas Lind designed it.", ["Sigrid", "Tomas Lind"], False),  # both named
        ("Lind", "The bridge was designed by Tomas Lind.", ["Tomas Lind"], False),  # no given name claimed
        ("Tamsel River", "The Oder River and the Tamsel meet here.", ["Oder River", "Tamsel"], False),
    ],
)
def test_a_namesake_is_another_given_name_with_the_same_surname(
    name: str, text: str, names: list[str], expected: bool
) -> None:
    from factcheck.align import name_vocab, namesake

    assert namesake(name, name_vocab(text), names) is expected



def test_a_capitalised_number_word_opening_a_sentence_is_a_number_not_a_name() -> None:
    sent = parse_sentence("Twelve of the council members in Port Ellery were elected in 2022.")
    assert [(q.kind, q.value) for q in sent.quantities][:1] == [(QuantityKind.COUNT, 12.0)]
    assert [e.text for e in sent.entities] == ["Port Ellery"]


STATEMENT = (
    "The Orsk Ferry Company said in a statement on Monday that it would keep the winter timetable. "
    '"We will not cut a single crossing while the bridge is closed," the company said.'
)


def test_a_quotation_word_for_word_is_matched() -> None:
    ev = align('"We will not cut a single crossing while the bridge is closed," the Orsk Ferry Company said.', STATEMENT)
    assert statuses(ev, "quote") == {PartStatus.MATCHED}
    assert ev.stance is Stance.SUPPORTS


def test_a_misquotation_is_a_clash_with_the_words_of_the_evidence() -> None:
    ev = align('"We will not cut any crossing until the bridge has reopened," the Orsk Ferry Company said.', STATEMENT)
    [part] = parts_of(ev, "quote")
    assert part.status is PartStatus.MISMATCHED
    assert part.evidence_text == "We will not cut a single crossing while the bridge is closed"
    assert ev.stance is Stance.CONTRADICTS


def test_a_passage_without_the_quotation_adds_no_quote_part() -> None:
    # reported speech, or another topic: nothing to compare word for word
    ev = align('"Our fares will rise by 5 percent in January," the Orsk Ferry Company said.',
               "The Orsk Ferry Company said its fares would rise by 5 percent in January.")
    assert parts_of(ev, "quote") == []
    assert ev.stance is Stance.SUPPORTS
    # a short quotation characterises ("called it 'reckless'"); it is not checked word for word
    assert parts_of(align('The mayor called the closure "reckless."', STATEMENT), "quote") == []


def test_the_document_title_names_what_the_passage_is_about() -> None:
    text = "The company has been headquartered in Orsk since 2011. It runs four ferries."
    claim = claim_from_text("The Velmora Ferry Company has been headquartered in Orsk since 2011.", claim_id="c")
    titled = Passage(id="f#1", doc_id="f", text=text, start=0, end=len(text), title="Velmora Ferry Company")
    untitled = Passage(id="f#1", doc_id="f", text=text, start=0, end=len(text))
    settings = Settings()
    def company(ev: Evidence) -> PartStatus:
        return next(p.status for p in parts_of(ev, "entity") if p.claim_text == "Velmora Ferry Company")

    named = align_passage(claim, titled, similarity=0.7, settings=settings)
    assert company(named) is PartStatus.MATCHED and named.stance is Stance.SUPPORTS
    assert company(align_passage(claim, untitled, similarity=0.7, settings=settings)) is PartStatus.MISSING


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("The hazard ratio was 1.33 (95% CI, 1.24-1.43).", ["1.33", "1.24", "1.43"]),
        ("Prevalence was 4.9% (95% confidence interval 2.8 to 8.0).", ["4.9%", "2.8", "8.0"]),
        ("Kerrow 2 carriers had a 30% higher risk.", ["30%"]),
        ("Mutations of KRT1/2 varied in 12 families.", ["12"]),
        # a number opening the sentence after a preposition, or a share, still measures
        ("In 12 cases the dam failed.", ["12"]),
        ("The pass rate was 95% in Varsk.", ["95%"]),
    ],
)
def test_numbers_that_label_rather_than_measure(text: str, measures: list[str]) -> None:
    assert [q.text for q in parse_sentence(text).quantities] == measures


GROWTH = "Velmora's population rose from 41,000 in 2000 to 81,500 in 2020, the census office said."


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Velmora's population doubled between 2000 and 2020.", Stance.SUPPORTS),
        ("Velmora's population roughly doubled between 2000 and 2020.", Stance.SUPPORTS),
        ("Velmora's population nearly doubled between 2000 and 2020.", Stance.SUPPORTS),
        # the change is x1.99: not three times, and not more than twice
        ("Velmora's population tripled between 2000 and 2020.", Stance.CONTRADICTS),
        ("Velmora's population more than doubled between 2000 and 2020.", Stance.CONTRADICTS),
        ("Velmora's population halved between 2000 and 2020.", Stance.CONTRADICTS),
    ],
)
def test_a_change_stated_as_a_factor(claim: str, stance: Stance) -> None:
    assert align(claim, GROWTH).stance is stance


def test_a_factor_against_another_factor() -> None:
    text = "Kerrow's revenue doubled last year, the company said."
    assert align("Kerrow's revenue tripled last year.", text).stance is Stance.CONTRADICTS
    assert align("Kerrow's revenue doubled last year.", text).stance is Stance.SUPPORTS


CUP_FINAL = (
    "Velmora FC beat Orsk United 3-1 in the cup final on Saturday, their first trophy since 1998. "
    "Striker Ana Ruiz scored twice."
)


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # losing is winning the other way round
        ("Velmora FC lost the cup final to Orsk United.", Stance.CONTRADICTS),
        ("Orsk United lost the cup final to Velmora FC.", Stance.SUPPORTS),
        # "first since" says "not since"
        ("Velmora FC had not won a trophy since 1998.", Stance.SUPPORTS),
        # "twice" and "a hat-trick" count goals
        ("Ana Ruiz scored two goals in the cup final.", Stance.SUPPORTS),
        ("Ana Ruiz scored a hat-trick in the cup final.", Stance.CONTRADICTS),
    ],
)
def test_match_reports(claim: str, stance: Stance) -> None:
    assert align(claim, CUP_FINAL).stance is stance, align(claim, CUP_FINAL).parts


@pytest.mark.parametrize(
    ("claim", "statements"),
    [
        ("Orlen Group, which has been based in Varsk since 2011, said it had 900 staff.",
         ("Orlen Group has been based in Varsk since 2011.",)),
        ("Ada Lenz, who founded the bakery in 1902, died in 1950.", ("Ada Lenz founded the bakery in 1902.",)),
        ("In 2020, which was a leap year, sales fell.", ()),
        ("The Dorn bakery was founded in 1902.", ()),
    ],
    ids=["which", "who", "not-a-subject", "none"],
)  # fmt: skip
def test_a_relative_clause_on_the_subject_is_a_statement_of_its_own(claim: str, statements: tuple[str, ...]) -> None:
    assert clause_statements(claim) == statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A majority of Orsk residents voted for the plan.", [("A majority", ">", 50.0)]),
        ("The vast majority of the ferries run on time.", [("The vast majority", ">", 50.0)]),
        # a title, and a figure that states the size of the majority itself
        ("The majority leader spoke in Orsk.", []),
        ("The bill needed a two-thirds majority of the council.", []),
    ],
)
def test_a_majority_of_is_more_than_half(text: str, expected: list[tuple[str, str, float]]) -> None:
    got = [(q.text, q.operator.value, round(float(q.value), 3)) for q in parse_sentence(text).quantities
           if q.kind.value == "percent"]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a common word capitalised by its place, then a name: the name is what follows
        ("Repressing IL-18 slows lesion growth.", [("IL-18", "ENTITY")]),
        ("Pediatric SCD patients used more morphine.", [("SCD", "ENTITY")]),
        # whole names that open with an English word stay whole
        ("General Motors sold 5 million cars.", [("General Motors", "ENTITY")]),
        ("Federal Reserve officials met.", [("Federal Reserve", "ENTITY")]),
        ("Beijing Olympics opened.", [("Beijing Olympics", "ENTITY")]),
        # a lone common opener is kept, marked as such; a bracketed abbreviation too
        ("Traffic through the tunnel rose.", [("Traffic", OPENER)]),
        ("Systemic immunosuppressive (IS) therapy raised mortality.", [("Systemic", OPENER), ("IS", OPENER)]),
        # a rare word, a verb after it or an apposition keep a name
        ("Durov, who founded Telegram, was arrested.", [("Durov", "ENTITY"), ("Telegram", "ENTITY")]),
        ("Telegram reached 950 million users.", [("Telegram", "ENTITY")]),
    ],
)
def test_names_opening_a_sentence(sentence: str, names: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label if e.label == OPENER else "ENTITY") for e in find_entities(sentence)] == names


@pytest.mark.parametrize(
    "sentence",
    ["Ligase joins the 3' end of a strand to the 5' end of another.", "The 5′ UTR was longer.",
     "Levels of 5-HT fell.", "Conversion of PGE 2 to 15-keto-PGE rose."],
)
def test_strand_ends_and_compound_names_are_labels_not_figures(sentence: str) -> None:
    assert [q.text for q in parse_sentence(sentence).quantities] == []


def test_a_count_before_a_plain_noun_stays_a_figure() -> None:
    assert [q.text for q in parse_sentence("The lab has 5 employees and a 12-month budget.").quantities] == ["5", "12-month"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("RESULTS The Halvorsen Viaduct opened in 2012.", ["Halvorsen Viaduct"]),
        ("CONCLUSIONS Kessin proteins repair membranes.", ["Kessin"]),
    ],
)
def test_a_section_heading_is_not_part_of_a_name(sentence: str, names: list[str]) -> None:
    assert [e.text for e in find_entities(sentence) if e.label != OPENER] == names


@pytest.mark.parametrize(
    ("name", "text", "present"),
    [
        ("Norcom", "Norcom holds a 49 per cent stake in NorcomThree.", True),
        ("Norcom", "The merged operator NorcomThree has 27 million customers.", False),
        ("Kessel Fed", "The Kessel Federal Reserve raised its rate.", True),  # a short form of three letters
        ("Orvel Chief", "The Orvel Chiefs won the final.", True),  # an ending
        ("AT&T", "AT&T offered affected customers a $5 credit.", True),  # letters that alone are stopwords
        ("AT&T", "The firm offered customers a $5 credit at the kiosk.", False),
    ],
)
def test_a_name_is_not_found_inside_a_longer_word(name: str, text: str, present: bool) -> None:
    from factcheck.align import entity_present, name_vocab

    assert entity_present(name, name_vocab(text)) is present


TOWERS = (
    "The city's two landmark towers are Alder Tower and Birch Tower; Alder Tower, the taller of the pair, "
    "is 310 metres high and 45 metres wide and weighs about 90,000 tonnes, while the slimmer Birch Tower "
    "weighs about 40,000 tonnes."
)


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Birch Tower is 250 metres high.", Stance.NEUTRAL),  # the 310 metres are Alder Tower's
        ("Birch Tower is 52 metres wide and 250 metres high.", Stance.NEUTRAL),
        ("Alder Tower is 280 metres high.", Stance.CONTRADICTS),
        ("Birch Tower weighs about 55,000 tonnes.", Stance.CONTRADICTS),
        ("Alder Tower weighs about 90,000 tonnes.", Stance.SUPPORTS),
    ],
)
def test_a_clause_opened_by_another_name_gives_the_figures_to_that_name(claim: str, stance: Stance) -> None:
    assert align(claim, TOWERS).stance is stance


TRANSFER = (
    "The striker joined Lyon from Nantes on 3 August 2019, and the move was made permanent in 2020 for a "
    "fee reported at 90 million euros including add-ons."
)


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("The striker's salary at Lyon was reported at 12 million euros.", Stance.NEUTRAL),  # a salary, not the fee
        ("Lyon paid a fee reported at 60 million euros for the striker.", Stance.CONTRADICTS),
        ("Lyon paid a fee of 90 million euros for the striker.", Stance.SUPPORTS),
    ],
)
def test_a_sum_is_compared_with_a_sum_of_the_same_noun(claim: str, stance: Stance) -> None:
    assert align(claim, TRANSFER).stance is stance


def test_the_noun_a_sum_measures_is_found_past_a_scoping_name_and_a_reporting_verb() -> None:
    from factcheck.quantities import parse_quantities

    (q,) = parse_quantities("The striker's salary at Lyon was reported at 12 million euros.")
    assert q.measure == "salary"


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Four tunnel-boring machines were used to dig the Norland Tunnel.", Stance.NEUTRAL),  # machines, not bores
        ("The Norland Tunnel consists of four bores.", Stance.CONTRADICTS),
    ],
)
def test_a_hyphenated_compound_counts_its_head_noun(claim: str, stance: Stance) -> None:
    text = "The Norland Tunnel consists of three bores, two single-track rail tunnels and a central service tunnel."
    assert align(claim, text).stance is stance


RECORDS = (
    "Anna Berg of Norland first broke the marathon record at the Oslo Marathon on 12 June 2016, running "
    "2:18:31 to take 40 seconds off the previous mark. Four years later, on 20 June 2020, she lowered her own "
    "record on the same course to 2 hours 18 minutes 1 second, an improvement of 30 seconds."
)


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # the month dates the figure: the 2:18:01 of June 2020, not the better-worded 2:18:31 of 2016
        ("Anna Berg clocked 2:18:01 in Oslo in June 2020.", Stance.SUPPORTS),
        ("Anna Berg clocked 2:18:31 in Oslo in June 2016.", Stance.SUPPORTS),
    ],
)
def test_a_figure_stated_with_the_claimed_month_is_the_claims(claim: str, stance: Stance) -> None:
    assert align(claim, RECORDS).stance is stance


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It made him the second most expensive player in the club's history.", "most expensive"),
        ("Oderby is the second largest city in Norland.", "largest"),
        ("Oderby is the third-largest city in Norland.", "largest"),
    ],
)
def test_a_rank_written_in_two_words_ranks_by_its_superlative(text: str, unit: str) -> None:
    from factcheck.quantities import parse_quantities

    (q,) = [q for q in parse_quantities(text) if q.kind is QuantityKind.ORDINAL]
    assert q.unit == unit


FEE = (
    "Anton Rask joined Oderby FC from Kessel in 2019 for a fee of 90 million euros, which made him the "
    "second most expensive player in the club's history."
)


@pytest.mark.parametrize(
    ("claim", "text", "stance"),
    [
        ("Anton Rask's 90 million euro fee made him the most expensive player in the club's history.", FEE, Stance.CONTRADICTS),
        ("Anton Rask's fee made him the second most expensive player in the club's history.", FEE, Stance.SUPPORTS),
        ("Oderby is the most populous city in Norland.", "Oderby is the second most populous city in Norland.", Stance.CONTRADICTS),
        # a rank of praise the passage does not give is not required ("the most celebrated find")
        ("Anton Rask's 90 million euro fee made him the most celebrated signing of 2019.", FEE, Stance.SUPPORTS),
    ],
)
def test_the_most_of_a_quality_is_rank_one_by_it(claim: str, text: str, stance: Stance) -> None:
    assert align(claim, text).stance is stance


def test_a_name_joined_by_an_ampersand_is_the_passage_subject() -> None:
    text = "The company blamed a configuration error. AT&T offered affected customers a $5 credit."
    assert align("AT&T offered affected customers a $5 credit.", text).stance is Stance.SUPPORTS
    assert align("AT&T offered affected customers a $10 credit.", text).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("The Norland Tunnel carried about 11 million passengers.", Stance.NEUTRAL),  # another noun: no slip
        ("The builders of the Norland Tunnel used 11 million tunnel-boring machines.", Stance.CONTRADICTS),  # a slip of scale
    ],
)
def test_one_numeral_counting_two_nouns_is_no_slip_of_scale(claim: str, stance: Stance) -> None:
    text = "Construction of the Norland Tunnel began in 1988 and employed up to 13,000 workers, using 11 tunnel-boring machines."
    assert align(claim, text).stance is stance


TOUR = (
    "Anna Berg won her first Norland Tour on 24 July 2022, finishing 2 minutes 43 seconds ahead of Sara Dunn, "
    "the winner in 2020 and 2021. Mia Holm was third at 7 minutes 22 seconds."
)


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Anna Berg completed the 2022 Norland Tour in 79 hours 33 minutes 20 seconds.", Stance.NEUTRAL),  # a total time
        ("Anna Berg won the 2022 Norland Tour by 3 minutes 43 seconds.", Stance.CONTRADICTS),  # a margin
        ("Anna Berg finished the 2022 Norland Tour 2 minutes 43 seconds ahead of Sara Dunn.", Stance.SUPPORTS),
    ],
)
def test_a_winning_margin_is_not_a_total_time(claim: str, stance: Stance) -> None:
    assert align(claim, TOUR).stance is stance


JOBLESS = "Unemployment in Norland rose to 5.4% in the second quarter of 2024 from 4.9% a year earlier."


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Norland's unemployment rate rose 0.5 points to 5.4%.", Stance.SUPPORTS),  # points of a rate
        ("Norland's unemployment rate rose 0.5 percentage points to 5.4%.", Stance.SUPPORTS),
        ("Norland's unemployment rate rose 0.8 points to 5.4%.", Stance.CONTRADICTS),
        ("Norland's unemployment rate was 5.4% in Q2 2024.", Stance.SUPPORTS),  # Q2: the second quarter
    ],
)
def test_points_of_a_rate_and_quarters_of_a_year(claim: str, stance: Stance) -> None:
    assert align(claim, JOBLESS).stance is stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rate rose 0.5 points to 5.4%.", [("0.5 points", "pp"), ("5.4%", "%")]),
        ("The index fell 500 points, or 1.5%, to 30,000.", [("500", None), ("1.5%", "%"), ("30,000", None)]),
        ("Sales were flat in Q3 2024.", [("Q3", None), ("2024", None)]),
        ("The Audi Q5 sold well.", []),
    ],
)
def test_points_to_a_percentage_and_quarters_are_parsed(text: str, expected: list[tuple[str, str | None]]) -> None:
    from factcheck.quantities import parse_quantities

    assert [(q.text, q.unit) for q in parse_quantities(text)] == expected


def test_a_score_is_not_read_inside_decimals() -> None:
    assert parse_sentence("The rate rose 0.5 points to 5.4% in June.").scores == ()
    assert len(parse_sentence("The motion passed by 312 votes to 198.").scores) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit rose to 1.9 billion kroner in 2024 from 1.6 billion a year earlier.", ["NOK", None, "NOK"]),
        ("The hospital cost 4.2 billion kroner, 700 million more than budgeted.", ["NOK", "NOK"]),
        ("Profit rose from 1.6 billion to 1.9 billion kroner.", ["NOK", "NOK"]),
        ("The bridge cost 4.2 billion kroner and serves 1.2 million people.", ["NOK", None]),  # people, not kroner
        ("The deal, worth $5 billion, 2 million were sold.", ["USD", None]),  # a comma alone links nothing
    ],
)
def test_a_bare_sum_linked_to_a_sum_takes_its_currency(text: str, expected: list[str | None]) -> None:
    from factcheck.quantities import parse_quantities

    assert [q.unit for q in parse_quantities(text)] == expected


def test_a_sum_given_without_its_currency_is_compared_as_one() -> None:
    text = "Varda's annual profit rose to 1.9 billion kroner in 2024 from 1.6 billion a year earlier."
    # the 1.9 billion are 2024's; "a year earlier" gives the 1.6 billion to 2023
    assert align("Varda's annual profit was 1.6 billion kroner in 2023.", text).stance is not Stance.CONTRADICTS
    assert align("Varda's annual profit rose by 300 million kroner in 2024.", text).stance is Stance.SUPPORTS
    assert align("Varda's annual profit rose by 500 million kroner in 2024.", text).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Varda cut its prices by 3.5%.", Stance.CONTRADICTS),  # the verb stands apart from the figure
        ("Varda raised its prices by 3.5%.", Stance.SUPPORTS),
    ],
)
def test_a_change_verb_before_its_object_gives_the_way_of_the_figure(claim: str, stance: Stance) -> None:
    text = "Norland's biggest supermarket chain, Varda, raised its prices by an average of 3.5% on Monday."
    assert align(claim, text).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Jonas Berg has run Halvik Energy since 2021.", Stance.SUPPORTS),  # "took over in 2021" starts it
        ("Jonas Berg has run Halvik Energy since 2019.", Stance.CONTRADICTS),
    ],
)
def test_since_is_compared_with_the_date_a_state_began(claim: str, stance: Stance) -> None:
    text = "Chief executive Jonas Berg of Halvik Energy, who took over in 2021, said the cuts would save €80 million a year."
    assert align(claim, text).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Construction of the Kessel Bridge began in 1992.", Stance.SUPPORTS),  # 1998 less six years
        ("The Kessel Bridge opened in 1998.", Stance.SUPPORTS),
        ("The Kessel Bridge opened in 1992.", Stance.CONTRADICTS),  # the start of the work is not the opening
    ],
)
def test_years_of_work_before_a_date_date_the_start_of_the_work(claim: str, stance: Stance) -> None:
    text = "The Kessel Bridge over the Tamsel River opened to traffic on 12 June 1998 after six years of construction."
    assert align(claim, text).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Velto employs some 4,000 people.", Stance.CONTRADICTS),  # the people it employs are its workforce
        ("Velto employs about 2,500 people.", Stance.SUPPORTS),
    ],
)
def test_a_count_of_one_event_is_compared_whatever_noun_names_it(claim: str, stance: Stance) -> None:
    assert align(claim, "Velto, a Norland toolmaker, employs a 2,500-strong workforce.").stance is stance


@pytest.mark.parametrize(
    ("claim", "text", "stance"),
    [
        # an outcome against an expectation, or against a first figure: two facts
        ("The Orlen Tunnel ultimately cost about 2.7 billion kroner.",
         "Planners of the Orlen Tunnel expected it to take 15 years and cost about 3 billion kroner.", Stance.NEUTRAL),
        ("The Orlen satellite's lifetime cost has exceeded 10 billion kroner.",
         "The Orlen satellite cost about 1.5 billion kroner at launch.", Stance.NEUTRAL),
        # two expectations are compared
        ("Planners expected the Orlen Tunnel to cost about 5 billion kroner.",
         "Planners of the Orlen Tunnel expected it to take 15 years and cost about 3 billion kroner.", Stance.CONTRADICTS),
        # a claim of what will be is itself one
        ("The Orlen satellite will operate for ten years.",
         "The Orlen satellite is expected to operate for seven years.", Stance.CONTRADICTS),
    ],
)
def test_an_expected_figure_is_not_the_outcome(claim: str, text: str, stance: Stance) -> None:
    assert align(claim, text).stance is stance


NORFLIX = (
    "Norflix launched on 12 November 2019 in Norland and Velland, priced at $6.99 a month. The service signed up "
    "more than 10 million subscribers on its first day, despite technical problems that left some users unable to log in."
)


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # the thing the claim says was absent, stated in another sentence of a passage about its subject
        ("Norflix launched in Norland and Velland on 12 November 2019 without any technical problems.", Stance.CONTRADICTS),
        ("Norflix launched in Norland and Velland on 12 November 2019 without any advertising.", Stance.SUPPORTS),
    ],
)
def test_without_a_thing_the_passage_states_elsewhere(claim: str, stance: Stance) -> None:
    ev = align(claim, NORFLIX)
    assert ev.stance is stance
    if stance is Stance.CONTRADICTS:
        assert any(p.claim_text == "without technical problems" for p in ev.parts)


CARTEL = (
    "The Commission on 4 December 2019 fined three chemicals makers a total of €564.5 million for fixing prices. "
    "A fourth cartel member, Orvik Chemie of Velland, avoided a fine of about €95 million because it revealed the "
    "cartel to the Commission first."
)


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Orvik Chemie revealed the cartel to the Commission and was fined €95 million.", Stance.CONTRADICTS),
        ("Orvik Chemie avoided a fine of about €95 million by revealing the cartel to the Commission.", Stance.SUPPORTS),
    ],
)
def test_a_penalty_avoided_is_not_a_penalty_given(claim: str, stance: Stance) -> None:
    assert align(claim, CARTEL).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # the 2023 race named, 2022 given elsewhere: the passage does not name the 2022 race
        ("The 2022 Norland Tour started in Oderby.", Stance.NEUTRAL),
        ("The 2023 Norland Tour started in Oderby.", Stance.SUPPORTS),
    ],
)
def test_a_year_named_apart_does_not_make_a_numbered_sibling_the_claims(claim: str, stance: Stance) -> None:
    text = "Anna Berg won the 2023 Norland Tour on 23 July 2023, a year after her first win in 2022. The race started in Oderby."
    assert align(claim, text).stance is stance


def test_a_rank_and_a_year_do_not_make_two_events_siblings() -> None:
    text = "Anna Berg won the 110th Norland Tour on 23 July 2023. The race started in Oderby."
    assert align("The 2023 Norland Tour started in Oderby.", text).stance is Stance.SUPPORTS


@pytest.mark.parametrize(
    ("claim", "text", "stance"),
    [
        # the claim's subject only in an apposition to the name opening the sentence: not its date
        ("Kestrel was launched at Halden Yard in Oderby on 26 February 1914.",
         "HMHS Orlen, the third and largest of the Velland Line's liners and a sister ship of Kestrel, was launched "
         "at Halden Yard in Oderby on 26 February 1914 but never carried fare-paying passengers.", Stance.NEUTRAL),
        # unless the claim names its subject by the apposition's words
        ("Halvik Energy's founder was detained at Oderby airport in March 2024.",
         "Marta Kovac, the founder of Halvik Energy, was arrested at Oderby airport on 3 March 2024 after arriving "
         "from Riga.", Stance.SUPPORTS),
    ],
)
def test_a_name_in_an_apposition_is_not_the_sentence_subject(claim: str, text: str, stance: Stance) -> None:
    assert align(claim, text).stance is stance


TOUR_STAGES = (
    "Anna Berg won the 2023 Norland Tour on 23 July 2023. She completed the race in 82 hours 5 minutes 42 seconds, "
    "finishing 7 minutes 29 seconds ahead of Sara Dunn. The decisive moment came in the stage 16 time trial, where "
    "Berg beat Dunn by 1 minute 38 seconds."
)


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # the race's margin, not the total time bound first, nor a stage's margin
        ("Anna Berg beat Sara Dunn by more than seven minutes at the 2023 Norland Tour.", Stance.SUPPORTS),
        ("Anna Berg won the 2023 Norland Tour by 6 minutes 17 seconds over Sara Dunn.", Stance.CONTRADICTS),
        # a stage's figure is compared when the claim names the stage
        ("Anna Berg won stage 16 by 1 minute 38 seconds.", Stance.SUPPORTS),
        ("Anna Berg won stage 16 by 2 minutes 38 seconds.", Stance.CONTRADICTS),
    ],
)
def test_a_margin_of_the_whole_race_and_of_a_numbered_stage(claim: str, stance: Stance) -> None:
    assert align(claim, TOUR_STAGES).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("Building the Orlen collider cost about CHF 4.75bn.", Stance.NEUTRAL),  # a sum forty times the other: another sum
        ("Building the Orlen collider cost about CHF 120 million.", Stance.CONTRADICTS),  # the same figure, another currency
        ("Building the Orlen collider cost about CHF 300 million.", Stance.CONTRADICTS),
    ],
)
def test_sums_in_two_currencies_far_apart_are_two_sums(claim: str, stance: Stance) -> None:
    assert align(claim, "Building the Orlen collider cost about $120 million, the laboratory said.").stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # what two people did is dated by the dates of their acts, not their births
        ("Piet Varga won his medal before Anna Kessel won her prize.", Stance.SUPPORTS),
        ("Piet Varga won his medal after Anna Kessel won her prize.", Stance.CONTRADICTS),
        ("Piet Varga was born after Anna Kessel.", Stance.SUPPORTS),  # unless the claim speaks of births
    ],
)
def test_a_birth_date_dates_a_person_only_for_births(claim: str, stance: Stance) -> None:
    text = (
        "Anna Kessel, born in Oderby on 7 November 1867, won the Norland Prize in 1903. "
        "Piet Varga, born on 2 May 1880, won the Velland Medal in 1899."
    )
    assert align(claim, text).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # "no one ... before X" says X was the first: no negation against "the first woman"
        ("No woman had received a Norland Prize before Anna Kessel.", Stance.SUPPORTS),
        ("Anna Kessel was not awarded a Norland Prize.", Stance.CONTRADICTS),
    ],
)
def test_none_before_is_a_first_not_a_negation(claim: str, stance: Stance) -> None:
    text = (
        "Anna Kessel, born in Oderby in 1867, shared the 1903 Norland Prize with her husband. "
        "She was the first woman to be awarded a Norland Prize."
    )
    assert align(claim, text).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # a number without a noun that the passage states too is that figure, not the one bound
        # tighter to the claim's names ("by four goals")
        ("Harwick overhauled Dunmore's 212 in the 2019 cup final.", Stance.SUPPORTS),
        # with no equal figure in the passage, the tighter-bound figure still clashes
        ("Harwick overhauled Dunmore's 215 in the 2019 cup final.", Stance.CONTRADICTS),
        # a noun the claim gives ("212 runs") is compared as before
        ("Harwick beat Dunmore by 212 runs in the 2019 cup final.", Stance.CONTRADICTS),
    ],
)
def test_a_bare_number_the_passage_states_is_that_figure(claim: str, stance: Stance) -> None:
    text = (
        "Harwick won the 2019 cup final on 4 May 2019, beating Dunmore by four wickets at Elm Park. "
        "Sent in to bat, Dunmore were all out for 212 in 48 overs. Harwick reached 213 for 6."
    )
    assert align(claim, text).stance is stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a game's score is no split vote against "unanimous"
        ("Kelso beat Ardley 102-97 in the final on 3 June 2022. Tomas Berg scored 31 points and was named "
         "player of the final.", Stance.NEUTRAL),
        # a tally in a sentence about voting still is
        ("Kelso beat Ardley 102-97 in the final on 3 June 2022. Tomas Berg scored 31 points and was named "
         "player of the final. The panel voted 9-2 for Berg.", Stance.CONTRADICTS),
    ],
)
def test_a_game_score_is_no_vote(text: str, stance: Stance) -> None:
    claim = "Tomas Berg was the unanimous choice as player of the final after scoring 31 points."
    assert align(claim, text).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # an average over a series is not the figure of one game
        ("Tomas Berg averaged 24.5 points and 9.0 rebounds over the series.", Stance.NEUTRAL),
        # one game's figure against one game's figure still clashes
        ("Tomas Berg scored 31 points and took 12 rebounds in the final.", Stance.CONTRADICTS),
        # "an average of 3.5% on Monday, its second rise": "second" is no average
        ("It was Kelso's first win of the season.", Stance.CONTRADICTS),
    ],
)
def test_an_average_is_not_one_games_figure(claim: str, stance: Stance) -> None:
    text = (
        "Kelso beat Ardley 102-97 in the final on 3 June 2022, with an average of 9,000 fans a game, its "
        "second win of the season. Tomas Berg scored 31 points and took 14 rebounds in the final."
    )
    assert align(claim, text).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # a capital stands for its state, and a demonym for its country
        ("Kessler was arrested in Spain at Washington's request.", Stance.SUPPORTS),
        ("Madrid arrested Kessler at the request of the United States.", Stance.SUPPORTS),
        ("Kessler, a German national, was arrested in Spain.", Stance.SUPPORTS),
        # the seat of the EU stands for its Commission
        ("Brussels fined Orvane Chemie €40 million.", Stance.SUPPORTS),
        # another state's capital is no alias: the request was another's
        ("Kessler was arrested in Spain at Moscow's request.", Stance.CONTRADICTS),
    ],
)
def test_a_capital_names_its_state(claim: str, stance: Stance) -> None:
    text = (
        "Spanish police arrested Lukas Kessler, a citizen of Germany, in Malaga on 3 March 2021 at the "
        "request of the US authorities. The European Commission fined his firm, Orvane Chemie, €40 million."
    )
    assert align(claim, text).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # a role one person holds, held by another in the sentence that gives the claim's name another
        ("Tomas Berg was named player of the match in the cup final.", Stance.CONTRADICTS),
        ("Ola Nes was named player of the match in the cup final.", Stance.SUPPORTS),
        ("Tomas Berg was player of the tournament.", Stance.SUPPORTS),
    ],
)
def test_a_role_held_by_another_name(claim: str, stance: Stance) -> None:
    assert align(claim, ROLES).stance is stance


def test_a_role_nobody_holds_in_the_passage_is_no_clash() -> None:
    parts = align("Tomas Berg was captain in the cup final.", ROLES).parts
    assert not any(p.kind == "relation" and p.status is PartStatus.MISMATCHED for p in parts)


ROLES = (
    "Kelso won the cup final on 3 June 2022, beating Ardley by four wickets. Ola Nes was player of "
    "the match for his 88 runs, and Tomas Berg was player of the tournament with 19 wickets."
)


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # a year given alone that is the year of every full date of the passage is matched by them
        ("Tomas Berg was player of the tournament in 2022.", Stance.SUPPORTS),
        # another year is not stated, and not clashed by a sentence sharing no words with the claim
        ("Tomas Berg was player of the tournament in 2021.", Stance.NEUTRAL),
    ],
)
def test_a_lone_year_is_the_passages_year(claim: str, stance: Stance) -> None:
    assert align(claim, ROLES).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # digits and scale word both differ, a hundred times apart: another sum
        ("The outage cost Vesta about $40 million in lost sales.", Stance.NEUTRAL),
        # the scale word alone changed: a misreported sum
        ("The outage cost Vesta about $25 million in lost sales.", Stance.CONTRADICTS),
        # the digits alone changed: a misreported sum
        ("The outage cost Vesta about $40bn in lost sales.", Stance.CONTRADICTS),
    ],
)
def test_a_sum_differing_in_digits_and_scale_is_another_sum(claim: str, stance: Stance) -> None:
    text = "The outage on 4 May 2021 wiped about $25bn off Vesta's market value, the company said."
    assert align(claim, text).stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # a figure in thirds is rounded to thirds: 2,350,000 is two and a third million
        ("Vesta had two and a third million subscribers.", Stance.SUPPORTS),
        # but not two and a half million, nor 2.5 million
        ("Vesta had two and a half million subscribers.", Stance.CONTRADICTS),
        ("Vesta had 2.5 million subscribers.", Stance.CONTRADICTS),
    ],
)
def test_a_mixed_fraction_is_rounded_to_its_fraction(claim: str, stance: Stance) -> None:
    assert align(claim, "Vesta said on 4 March 2024 that it had 2,350,000 subscribers.").stance is stance


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # both places named, the way reversed
        ("The Vesta was sailing from Kristvik to Oderby when she sank.", Stance.CONTRADICTS),
        ("The Vesta was sailing from Oderby to Kristvik when she sank.", Stance.SUPPORTS),
    ],
)
def test_from_a_to_b_reversed(claim: str, stance: Stance) -> None:
    text = "The ferry Vesta sank on 3 May 1921 off Hallo Point, near the end of a voyage from Oderby to Kristvik."
    assert align(claim, text).stance is stance


def test_a_name_present_beside_a_role_holder_without_a_role_of_its_own_is_no_clash() -> None:
    # Berg may have held the role at another time: only a role of his own there clashes
    text = "Ola Nes was captain of the side in 2018, and Tomas Berg took over from him in 2019."
    parts = align("Tomas Berg was named captain of the side.", text).parts
    assert not any(p.kind == "relation" and p.status is PartStatus.MISMATCHED for p in parts)


def test_a_return_leg_is_no_reversed_way() -> None:
    # the way the claim says is stated too, beside the way back
    text = (
        "The ferry Vesta sailed back from Kristvik to Oderby on 5 May 1921. "
        "She had sailed from Oderby to Kristvik on 3 May 1921."
    )
    assert align("The Vesta sailed from Oderby to Kristvik in May 1921.", text).stance is Stance.SUPPORTS


def test_an_average_a_game_is_an_average() -> None:
    # "30.2 points a game" is an average: "averaged 31.0 points" clashes with it
    text = "Tomas Berg scored 30.2 points a game in the final series in June 2022."
    assert align("Tomas Berg averaged 31.0 points in the 2022 final series.", text).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("name", "text", "present"),
    [
        # a built work's noun names nothing alone: "Channel Tunnel" needs its "Channel"
        ("Varsk Channel Tunnel", "The Orlen Tunnel runs beneath the Tamsel Strait.", False),
        ("Channel Tunnel", "The Orlen Tunnel runs beneath the Tamsel Strait.", False),
        ("Channel Tunnel", "The Channel Tunnel runs beneath the Strait of Dover.", True),
        ("Orlen Tunnel", "The Orlen tunnel runs beneath the Tamsel Strait.", True),
    ],
)
def test_a_built_works_noun_alone_does_not_name_it(name: str, text: str, present: bool) -> None:
    from factcheck.align import entity_present, name_vocab

    assert entity_present(name, name_vocab(text)) is present


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Kessel took the title on boundary count, 26 to 17.", (26, 17)),
        ("The committee voted nine to two.", (9, 2)),
        # a range, a change and a count of a noun are no tally
        ("Prices rose from 7 to 12 dollars.", None),
        ("The index fell 26 to 17.", None),
        ("Children aged 12 to 17 were included.", None),
        ("It lasted 26 to 17 minutes.", None),
    ],
)
def test_a_tally_with_to(text: str, tally: tuple[int, int] | None) -> None:
    from factcheck.align import find_scores

    found = [(x.a, x.b) for x in find_scores(text)]
    assert found == ([tally] if tally else [])


@pytest.mark.parametrize(
    ("claim", "bound"),
    [
        ("It runs for more than 8,000 feet from end to end, or about 2.5 kilometres.", PartStatus.MATCHED),
        ("It runs for more than 8,000 feet from end to end.", PartStatus.MISSING),
    ],
    ids=["restated-in-km", "bound-alone"],
)
def test_a_measure_restated_in_another_unit_binds_both_statements(claim: str, bound: PartStatus) -> None:
    # the passage's figure equals "about 2.5 kilometres", so "more than 8,000 feet", the same length
    # in feet, is of it too; alone, a bound met by a loosely bound figure settles nothing
    ev = align(claim, "The Oderby Bridge is 8,070 feet long.")
    status = {p.claim_text: p.status for p in ev.parts if p.kind == "quantity"}
    assert status["more than 8,000 feet"] is bound
    assert status.get("about 2.5 kilometres", PartStatus.MATCHED) is PartStatus.MATCHED


MARSH_TRIAL = (
    "Prosecutors on Monday asked for a 12-year prison term for Ivo Marsh, who will face a bail hearing "
    "on 3 October."
)


@pytest.mark.parametrize(
    ("claim", "passage_text", "expected"),
    [
        # asked for, or still to come, is not done
        ("Ivo Marsh was sentenced to 12 years in prison.", MARSH_TRIAL, PartStatus.MISSING),
        ("Ivo Marsh was released on bail on 3 October.", MARSH_TRIAL, PartStatus.MISSING),
        # a claim that asks or plans too is of the same thing
        ("Prosecutors sought 12 years in prison for Ivo Marsh.", MARSH_TRIAL, PartStatus.MATCHED),
        ("Ivo Marsh is due to face a bail hearing on 3 October.", MARSH_TRIAL, PartStatus.MATCHED),
        # done, as the passage says it
        ("Ivo Marsh was sentenced to 12 years in prison.", "A Varsk court sentenced Ivo Marsh to 12 years in prison.", PartStatus.MATCHED),
        # an announcement is reported as the act ("said it would cut")
        ("Orvel Shipping cut 1,200 jobs.", "Orvel Shipping said on Monday it would cut 1,200 jobs.", PartStatus.MATCHED),
        # a new clause after the planning words is done ("after posting a loss")
        (
            "Halvex Air lost 2.3 billion kroner in 2024.",
            "Halvex Air will cut 1,100 jobs after posting a loss of 2.3 billion kroner for 2024.",
            PartStatus.MATCHED,
        ),
    ],
    ids=["asked-for", "will-face", "claim-asks", "claim-due", "done", "said-would", "after-clause"],
)
def test_a_figure_the_passage_gives_to_what_is_planned_is_not_of_what_was_done(
    claim: str, passage_text: str, expected: PartStatus
) -> None:
    ev = align(claim, passage_text)
    figures = [p for p in ev.parts if p.kind in ("quantity", "date")]
    assert figures and all(p.status is expected for p in figures), [(p.claim_text, p.status, p.note) for p in ev.parts]


def test_a_claimed_change_ending_between_the_passage_s_ends_clashes_with_its_end() -> None:
    # "fell to 312 million crowns ... from 540 million" against the same change to 212 million:
    # with the start the same, 312 million is the change's end, not a level passed on the way
    ev = align(
        "Storm losses at Brenn Re fell to 312 million crowns in the first half from 540 million a year before.",
        "Brenn Re said storm losses eased to 212 million crowns from 540 million crowns a year earlier.",
    )
    status = {p.claim_text: p.status for p in ev.parts if p.kind == "quantity"}
    assert status["312 million crowns"] is PartStatus.MISMATCHED
    assert status["540 million"] is PartStatus.MATCHED


def test_failing_to_declare_is_no_clash_with_undeclared() -> None:
    ev = align(
        "Nine Velm tax officials were suspended over undeclared income.",
        "The Velm finance ministry suspended nine tax officials for failing to declare income.",
    )
    assert not any(p.kind == "polarity" and p.status is PartStatus.MISMATCHED for p in ev.parts), ev.parts


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Kessel officials had counted 9,000 postal votes two days ahead of the first round.", PartStatus.MATCHED),
        ("Kessel officials had counted 9,000 postal votes three days ahead of the first round.", PartStatus.MISMATCHED),
    ],
    ids=["same", "other"],
)
def test_days_ahead_of_an_event_are_days_before_it_not_a_winning_margin(claim: str, expected: PartStatus) -> None:
    ev = align(claim, "Kessel officials said 9,000 postal votes had been counted by Thursday, two days before the first round.")
    days = next(p for p in ev.parts if p.claim_text.endswith("days"))
    assert days.status is expected, ev.parts


@pytest.mark.parametrize(
    ("passage_text", "expected"),
    [
        ("Kessel bus drivers will strike on Monday, pressing for a 10% pay rise.", PartStatus.MISSING),
        ("Kessel bus drivers settled their dispute on Monday for a 10% pay rise.", PartStatus.MISMATCHED),
    ],
    ids=["demanded", "settled"],
)
def test_a_figure_only_demanded_does_not_contradict_one_agreed(passage_text: str, expected: PartStatus) -> None:
    ev = align("Kessel bus drivers settled their dispute for an 8% pay rise.", passage_text)
    part = next(p for p in ev.parts if p.claim_text == "8%")
    assert part.status is expected, ev.parts


@pytest.mark.parametrize(
    ("passage_text", "expected"),
    [
        ("Ivo Marsh was extradited to Varsk on Monday, 23 months after his arrest in Kessel.", PartStatus.MISSING),
        ("Ivo Marsh, extradited to Varsk on Monday, faces up to nine years in prison.", PartStatus.MATCHED),
        # another maximum is a clash
        ("Ivo Marsh, extradited to Varsk on Monday, faces up to eight years in prison.", PartStatus.MISMATCHED),
    ],
    ids=["far-below", "same", "other-maximum"],
)
def test_a_figure_far_below_a_claimed_maximum_does_not_state_it(passage_text: str, expected: PartStatus) -> None:
    ev = align("Ivo Marsh faces up to nine years in prison in Varsk.", passage_text)
    part = next(p for p in ev.parts if p.claim_text == "up to nine years")
    assert part.status is expected, ev.parts


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Orvel Holdings collapsed on 3 February 2023.", PartStatus.MISSING),
        ("Orvel Holdings collapsed on 9 February 2023.", PartStatus.MISSING),
        ("Varsk issued a warrant for Ivo Marsh on 3 February 2023.", PartStatus.MATCHED),
    ],
    ids=["same-day", "other-day", "the-dated-event"],
)
def test_a_date_before_shortly_after_is_not_the_later_event_s(claim: str, expected: PartStatus) -> None:
    # the date is the warrant's; the collapse came before it, on a day the passage does not give
    ev = align(
        claim,
        "Varsk issued a warrant for Ivo Marsh on 3 February 2023, shortly after his Orvel Holdings collapsed with debts of 210 million marks.",
    )
    part = next(p for p in ev.parts if p.kind == "date")
    assert part.status is expected, ev.parts


def test_a_date_computed_from_a_span_after_it_is_still_the_later_event_s() -> None:
    # "26 years after work first began" gives the start: 1998 - 26 = 1972
    ev = align("Work on the Orvel Tunnel began in 1972.", "The Orvel Tunnel opened in 1998, 26 years after work first began.")
    assert next(p for p in ev.parts if p.kind == "date").status is PartStatus.MATCHED, ev.parts


@pytest.mark.parametrize(
    ("claim", "measure"),
    [
        ("Maren Rail's first-half revenue rose 9%.", {"revenu"}),
        # a rate's qualifier is too often said otherwise ("its key rate") to tell another measure
        ("The Sarn central bank cut its benchmark rate by 0.25 percentage points.", set()),
        # the noun is the change itself
        ("The regulator approved a 19% increase in household tariffs.", set()),
    ],
    ids=["noun", "rate", "change-noun"],
)
def test_the_measure_a_percentage_changes(claim: str, measure: set[str]) -> None:
    from factcheck.align import _changed_measure, analyse_claim
    from factcheck.extract import claim_from_text

    analysis = analyse_claim(claim_from_text(claim, claim_id="c"))
    pct = next(q for q in analysis.quantities if q.kind.value == "percent")
    assert set(_changed_measure(pct, analysis.sent)) == measure
