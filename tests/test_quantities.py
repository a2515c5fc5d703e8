"""Quantity parsing: a table of phrasings covering every kind and hedge, round-trip properties of
money and scaled numbers, unit conversions checked against pint, negation, and bounded time on
pathological input."""

from __future__ import annotations

import math
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import Operator, Quantity, QuantityKind
from factcheck.quantities import TIME_OF_DAY, head_noun, is_negated, parse_quantities

YEAR = 365.2425
WEEK_PER_YEAR = YEAR / 7

# (phrase, kind, value, unit, operator): the phrase must yield a quantity with exactly these.
CASES: list[tuple[str, str, float | str, str | None, str]] = [
    # money: symbols, codes, words, suffixes, scale words, hedges, ranges
    ("Durov was released on €5 million bail.", "money", 5e6, "EUR", "="),
    ("Bail was set at €5m.", "money", 5e6, "EUR", "="),
    ("He paid 5 million euros.", "money", 5e6, "EUR", "="),
    ("A fine of EUR 5,000,000 was imposed.", "money", 5e6, "EUR", "="),
    ("She gave five million euros to charity.", "money", 5e6, "EUR", "="),
    ("The deal was worth $71.3bn.", "money", 71.3e9, "USD", "="),
    ("It was valued at USD 4.05 billion.", "money", 4.05e9, "USD", "="),
    ("Each champion took home £2,700,000.", "money", 2.7e6, "GBP", "="),
    ("The takeover cost US$8.45 billion.", "money", 8.45e9, "USD", "="),
    ("The budget is A$1.2 trillion.", "money", 1.2e12, "AUD", "="),
    ("He earned ¥300 million last year.", "money", 3e8, "JPY", "="),
    ("The startup raised $50k.", "money", 5e4, "USD", "="),
    ("Revenue reached 3.2 billion dollars.", "money", 3.2e9, "USD", "="),
    ("The club sold him for 200 million pounds.", "money", 2e8, "GBP", "="),
    ("The bank holds 1.5bn Swiss francs.", "money", 1.5e9, "CHF", "="),
    ("The bike costs €2,499.", "money", 2499, "EUR", "="),
    ("The deal was worth less than $3 billion.", "money", 3e9, "USD", "<"),
    ("The stadium cost about $1.9 billion to build.", "money", 1.9e9, "USD", "~"),
    ("Each winner earned more than £2.5 million.", "money", 2.5e6, "GBP", ">"),
    ("The repairs will cost between $5 million and $6 million.", "money", 5e6, "USD", ">="),
    ("The repairs will cost between $5 million and $6 million.", "money", 6e6, "USD", "<="),
    ("Analysts expect a $5-6 million charge.", "money", 5e6, "USD", ">="),
    ("Analysts expect a $5-6 million charge.", "money", 6e6, "USD", "<="),
    # counts: digits, scale words and suffixes, number words, hedges
    ("Telegram has 950 million users.", "count", 9.5e8, None, "="),
    ("Half a million people attended.", "count", 5e5, None, "="),
    ("A dozen people were hurt.", "count", 12, None, "="),
    ("Twenty-one people died in the crash.", "count", 21, None, "="),
    ("The hall seats two hundred and five delegates.", "count", 205, None, "="),
    ("The town has 1.2m residents.", "count", 1.2e6, None, "="),
    ("The app reached 5M users.", "count", 5e6, None, "="),
    ("The race drew 10k runners.", "count", 1e4, None, "="),
    ("Some 300 people marched.", "count", 300, None, "~"),
    ("Nearly 3,000 people fled.", "count", 3000, None, "<"),
    ("At least 12 people were arrested.", "count", 12, None, ">="),
    ("The plant will hire up to 50 workers.", "count", 50, None, "<="),
    ("Fewer than ten patients recovered.", "count", 10, None, "<"),
    ("The room holds no more than 40 guests.", "count", 40, None, "<="),
    ("The line carried north of 900,000 passengers.", "count", 9e5, None, ">"),
    ("Roughly two in five voters took part.", "percent", 40, "%", "~"),
    ("Halvorsen, who is nearly 40, resigned.", "duration", 40 * YEAR, "day", "<"),
    ("Ruiz scored twice in the final.", "count", 2, None, "="),
    ("Ruiz scored a hat-trick in the final.", "count", 3, None, "="),
    ("Nine out of ten growers sold early.", "percent", 90, "%", "="),
    ("Fewer than 1 in 4 adults cycle.", "percent", 25, "%", "<"),
    ("The line carried the best part of a million passengers.", "count", 1e6, None, "<"),
    ("The repairs cost in the region of €40 million.", "money", 4e7, "EUR", "~"),
    ("It sold more than 30 million copies.", "count", 3e7, None, ">"),
    ("Almost 200 flights were cancelled.", "count", 200, None, "<"),
    ("Just under 1,000 runners finished.", "count", 1000, None, "<"),
    ("Roughly 12,000 fans watched.", "count", 12000, None, "~"),
    ("The chain runs approximately 460 stores.", "count", 460, None, "~"),
    # a period said after the verb is still the count's: 20,000 a day
    ("Around 20,000 vehicles cross daily.", "frequency", 20000 * YEAR, "per year", "~"),
    ("Around 40,000 vehicles cross the Kessel Bridge every day.", "frequency", 40000 * YEAR, "per year", "~"),
    ("The clinic treats 40 patients and opens every day.", "count", 40, None, "="),
    ("The founder, 39, was released.", "duration", 39 * YEAR, "day", "="),
    ("Unions called a week-long strike.", "duration", 7, "day", "="),
    ("Velto has 40-50 employees.", "count", 40, None, ">="),
    ("Revenue grew by roughly a tenth.", "percent", 10, "%", "~"),
    ("She finished in 2 hours 21 minutes 37 seconds.", "duration", (2 * 3600 + 21 * 60 + 37) / 86400, "day", "="),
    ("The talks lasted 3 hours and 15 minutes.", "duration", 3.25 / 24, "day", "="),
    ("The festival opened with a 2-hour-15-minute drama.", "duration", 2.25 / 24, "day", "="),
    ("In October, the ministry suspended the licence.", "date", "--10", None, "="),
    ("The final started an hour and a half late.", "duration", 1.5 / 24, "day", "="),
    ("The bank was founded in the late 19th century.", "date", "1800", "century", "="),
    ("Its share of the market rose 2 points in 2019.", "percent", 2.0, "pp", "="),
    ("The church was built in the twenty-first century.", "date", "2000", "century", "="),
    ("The line carried its one-millionth passenger.", "ordinal", 1e6, None, "="),
    ("It took nearly a year and a half to build.", "duration", 1.5 * YEAR, "day", "<"),
    ("Norvik Telecom employs 1 120 people.", "count", 1120, None, "="),
    ("Tens of thousands of people attended.", "count", 20000, None, ">="),
    ("About 1/2000 adults in the UK carry it.", "percent", 0.05, "%", "~"),
    ("The prevalence was 493 per million population.", "percent", 0.0493, "%", "="),
    ("Between 40 and 50 people were injured.", "count", 50, None, "<="),
    ("He was released on bail of €5 million four days later.", "duration", 4, "day", "="),
    ("Thousands of people attended.", "count", 9999, None, "<="),
    ("It had 2\u202f350\u202f000 subscribers.", "count", 2350000, None, "="),
    ("It will invest NOK600m in its network.", "money", 6e8, "NOK", "="),
    ("The dam holds 1.2 bn m3 of water.", "measure", 1.2e9, "cubic metre", "="),
    ("The bridge carries about 18 thousand vehicles daily.", "frequency", 18000 * YEAR, "per year", "~"),
    ("The press prints 12 issues yearly.", "frequency", 12, "per year", "="),
    ("Prices peaked in mid-2011.", "date", "2011", None, "="),
    ("The tower opened in the 1930s.", "date", "1930", "decade", "="),
    ("The bank raised its rate by a quarter point.", "percent", 0.25, "pp", "="),
    ("Sales peaked in the late 1980s.", "date", "1980", "decade", "="),
    ("Over 500 people signed.", "count", 500, None, ">"),
    ("Floods hit exceeding 700 homes.", "count", 700, None, ">"),
    ("The show drew an estimated 37 million viewers.", "count", 37e6, None, "~"),
    ("The fund backs 200 or more projects.", "count", 200, None, ">="),
    ("The club has 50-plus members.", "count", 50, None, ">"),
    ("The index fell more than 1,000 points.", "count", 1000, None, ">"),
    # percent and percentage points (basis points convert)
    ("Inflation fell to 2 percent.", "percent", 2, "%", "="),
    ("Sales rose 4.5%.", "percent", 4.5, "%", "="),
    ("Turnout was forty-five per cent.", "percent", 45, "%", "="),
    ("The Fed cut rates by 75 basis points.", "percent", 0.75, "pp", "="),
    ("The bank trimmed rates by 25 bps.", "percent", 0.25, "pp", "="),
    ("Rates rose by half a percentage point.", "percent", 0.5, "pp", "="),
    ("It cut rates by a quarter of a percentage point.", "percent", 0.25, "pp", "="),
    ("It raised rates by three-quarters of a percentage point.", "percent", 0.75, "pp", "="),
    ("The Fed delivered a half-point increase.", "percent", 0.5, "pp", "="),
    ("Officials expect two quarter-point cuts.", "percent", 0.25, "pp", "="),
    ("Unemployment rose 2 percentage points.", "percent", 2, "pp", "="),
    ("Online sales are nearly a fifth of revenue.", "percent", 20, "%", "<"),
    ("The target range is 4.25-4.50 percent.", "percent", 4.25, "%", ">="),
    ("The target range is 4.25-4.50 percent.", "percent", 4.5, "%", "<="),
    ("The rate stayed below 4%.", "percent", 4, "%", "<"),
    ("About 40 percent of voters agreed.", "percent", 40, "%", "~"),
    ("Sales were up 3.5pc on the year.", "percent", 3.5, "%", "="),
    # dates: full, day-month, month-year, year; US and European orders; abbreviations
    ("The cut came on 18 December 2024.", "date", "2024-12-18", None, "="),
    ("The cut came on December 18, 2024.", "date", "2024-12-18", None, "="),
    ("He was detained on Aug. 24.", "date", "--08-24", None, "="),
    ("He was detained on 24 August.", "date", "--08-24", None, "="),
    ("She will step down in September.", "date", "--09", None, "="),
    ("The plant closes by the end of June.", "date", "--06", None, "="),
    ("He resigned in May, the party said.", "date", "--05", None, "="),
    ("The cycle began in September 2024.", "date", "2024-09", None, "="),
    ("It was the largest rise since 1994.", "date", "1994", None, "="),
    ("The game was played on Feb. 11, 2024.", "date", "2024-02-11", None, "="),
    ("It was released on the fifth of October, 1962.", "date", "1962-10-05", None, "="),
    ("The filing is dated 2024-08-24.", "date", "2024-08-24", None, "="),
    ("The case was decided on 17th May 1954.", "date", "1954-05-17", None, "="),
    ("The rule changed in Sept. 2021.", "date", "2021-09", None, "="),
    ("The patent was granted on March 7, 1876.", "date", "1876-03-07", None, "="),
    ("She served as minister between 2017 and 2021.", "date", "2017", None, ">="),
    ("She served as minister between 2017 and 2021.", "date", "2021", None, "<="),
    ("The budget covers the 2025-26 fiscal year.", "date", "2026", None, "<="),
    ("The city was buried in AD 79.", "date", "0079", None, "="),
    # durations (base unit: day)
    ("He was held for four days.", "duration", 4, "day", "="),
    ("It was the highest level in 22 years.", "duration", 22 * YEAR, "day", "="),
    ("The trial lasted nine weeks.", "duration", 63, "day", "="),
    ("They met for a 90-minute session.", "duration", 90 / 1440, "day", "="),
    ("The works took two and a half years.", "duration", 2.5 * YEAR, "day", "="),
    ("He died less than a year later.", "duration", YEAR, "day", "<"),
    ("The release came more than four years after.", "duration", 4 * YEAR, "day", ">"),
    ("The 39-year-old was released.", "duration", 39 * YEAR, "day", "="),
    ("She died aged 87 in Lisbon.", "duration", 87 * YEAR, "day", "="),
    ("Pavel Durov, 39, was detained.", "duration", 39 * YEAR, "day", "="),
    # frequencies (base unit: per year)
    ("He must report to police twice a week.", "frequency", 2 * WEEK_PER_YEAR, "per year", "="),
    ("The club trains three times a week.", "frequency", 3 * WEEK_PER_YEAR, "per year", "="),
    ("Trains run every 90 minutes.", "frequency", YEAR * 1440 / 90, "per year", "="),
    ("The committee holds six scheduled policy meetings a year.", "frequency", 6, "per year", "="),
    ("The board has eight meetings each year.", "frequency", 8, "per year", "="),
    ("The magazine appears once a month.", "frequency", 12, "per year", "="),
    ("The council meets every two weeks.", "frequency", YEAR / 14, "per year", "="),
    ("The prize is awarded annually.", "frequency", 1, "per year", "="),
    ("Elections are held every other year.", "frequency", 0.5, "per year", "="),
    ("He trains more than twice a week.", "frequency", 2 * WEEK_PER_YEAR, "per year", ">"),
    ("They walked at least 7,000 steps a day.", "frequency", 7000 * YEAR, "per year", ">="),
    ("The field pumps 1.5 million barrels per day.", "frequency", 1.5e6 * YEAR, "per year", "="),
    # measures (SI base units; exact conversions compare equal)
    ("The tower is 381 m tall.", "measure", 381, "metre", "="),
    ("The tower is 1,250 ft tall.", "measure", 381, "metre", "="),
    ("He kicked a 57-yard field goal.", "measure", 57 * 0.9144, "metre", "="),
    ("The central span is 1.991 km.", "measure", 1991, "metre", "="),
    ("The park covers more than 8,000 square kilometres.", "measure", 8e9, "square metre", ">"),
    ("The park covers 5 hectares.", "measure", 5e4, "square metre", "="),
    ("Output rose to 1.9 million barrels of oil equivalent per day.", "frequency", 1.9e6 * 365.2425, "per year", "="),
    ("It sold 3 million bottles of wine a year.", "frequency", 3e6, "per year", "="),
    ("The mill makes 400 tonnes of steel a day.", "measure", 4e5, "kilogram", "="),
    ("It opened a 50,000-square-metre warehouse.", "measure", 5e4, "square metre", "="),
    ("It sold a 2,000-square-foot flat.", "measure", 2000 * 0.3048**2, "square metre", "="),
    ("The hall is one square metre short.", "measure", 1.0, "square metre", "="),
    ("Gusts reached 120 km/h.", "measure", 120 / 3.6, "metre per second", "="),
    ("The limit is 75 mph.", "measure", 75 * 0.44704, "metre per second", "="),
    ("Temperatures reached 48.8 °C.", "measure", 321.95, "kelvin", "="),
    ("It was 104 °F in the shade.", "measure", 313.15, "kelvin", "="),
    ("The bike weighs 15.8 kg.", "measure", 15.8, "kilogram", "="),
    ("The baby weighed 8 pounds.", "measure", 8 * 0.45359237, "kilogram", "="),
    ("The canyon is up to 29 miles wide.", "measure", 29 * 1609.344, "metre", "<="),
    ("The bridge is almost 8,000 metres long.", "measure", 8000, "metre", "<"),
    ("She won the 10km race.", "measure", 10000, "metre", "="),
    ("Temperatures fell to minus 5C overnight.", "measure", 268.15, "kelvin", "="),
    # ordinals and rankings
    ("It is the second-largest city in the country.", "ordinal", 2, "largest", "="),
    ("It has the fifth-largest economy.", "ordinal", 5, "largest", "="),
    ("The team won its third title.", "ordinal", 3, None, "="),
    ("She was seeded 31st.", "ordinal", 31, None, "="),
    ("The Nile is the second-longest river.", "ordinal", 2, "longest", "="),
    ("The team is ranked No. 1 in the world.", "ordinal", 1, None, "="),
    # scores and votes: two counts each
    ("The Chiefs won 25-22 in overtime.", "count", 25, None, "="),
    ("The Chiefs won 25-22 in overtime.", "count", 22, None, "="),
    ("The decision passed 11-1.", "count", 11, None, "="),
]


def _ids() -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for phrase, kind, value, _, op in CASES:
        key = f"{kind}:{phrase[:40]}:{value}{op}"
        seen[key] = seen.get(key, 0) + 1
        out.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return out


def _same(a: float | str, b: float | str) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _describe(qs: list[Quantity]) -> str:
    return "; ".join(f"{q.text!r} {q.kind.value} {q.value} {q.unit} {q.operator.value}" for q in qs)


@pytest.mark.parametrize(("phrase", "kind", "value", "unit", "op"), CASES, ids=_ids())
def test_phrasing(phrase: str, kind: str, value: float | str, unit: str | None, op: str) -> None:
    found = parse_quantities(phrase)
    match = [q for q in found if q.kind.value == kind and _same(q.value, value)]
    assert match, f"no {kind} {value} in {phrase!r}: {_describe(found)}"
    assert any(q.unit == unit and q.operator.value == op for q in match), _describe(match)
    for q in found:  # offsets point at the quantity's own text
        assert phrase[q.start : q.end] == q.text


def test_table_covers_every_kind_and_hedge() -> None:
    kinds = {c[1] for c in CASES}
    assert kinds == {"count", "money", "percent", "date", "duration", "frequency", "measure", "ordinal"}
    assert {c[4] for c in CASES} == {"=", "~", ">", ">=", "<", "<="}
    assert len(CASES) >= 80


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Telegram has 950 million users.", "user"),
        ("Durov was released on €5 million bail.", "bail"),
        ("He kicked a 57-yard field goal.", "field goal"),
        ("The city has a population of 8 million.", "population"),
        ("The Bank lowered its rate to 5 percent.", "rate"),
        ("The committee holds six scheduled meetings a year.", "meeting"),
        ("The line ordered four 900-passenger ferries.", "ferry"),
    ],
    ids=["right-plural", "money", "compound", "left-of", "left-to", "frequency", "past-a-number-compound"],
)
def test_measure_is_the_head_noun(phrase: str, expected: str) -> None:
    measures = [q.measure for q in parse_quantities(phrase)]
    assert expected in measures, measures


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("It runs for more than 8,000 feet.", None),
        ("She owns 40% of the shares.", "share"),
        ("The bridge has a span of 8,000 feet.", "span"),
    ],
    ids=["verb-after-pronoun", "noun-right-of-it", "noun-left-of-it"],
)
def test_a_word_after_a_subject_pronoun_is_its_verb_not_the_measure(phrase: str, expected: str | None) -> None:
    # "It runs for 8,000 feet": "runs" is what it does, not a run the figure counts
    assert parse_quantities(phrase)[0].measure == expected


def test_head_noun_api() -> None:
    text = "It has 950 million monthly users."
    q = parse_quantities(text)[0]
    assert head_noun(text, q.start, q.end) == "user"


@pytest.mark.parametrize(
    "phrase",
    [
        "The Chiefs beat the 49ers.",
        "The Boeing 747 first flew that year.",
        "Nineteen Eighty-Four is a novel.",
        "Disney bought 21st Century Fox.",
        "5G masts were installed in the 1990s.",
    ],
    ids=["team-name", "model-number", "title", "company-name", "code-and-decade"],
)
def test_numbers_inside_names_are_not_quantities(phrase: str) -> None:
    assert [q for q in parse_quantities(phrase) if q.kind.value in ("count", "ordinal")] == []


@pytest.mark.parametrize(
    ("phrase", "counts"),
    [
        ("The viaduct runs from one side of the valley to the other, or about 2.5 kilometres.", []),
        ("On one hand, the toll is cheap.", []),
        # "one ... and the other two" counts
        ("One bank and the other two merged.", ["One", "two"]),
        ("One person died.", ["One"]),
        ("Not one school had a pass rate under 60%.", []),
    ],
)
def test_one_as_a_pronoun_is_no_count(phrase: str, counts: list[str]) -> None:
    assert [q.text for q in parse_quantities(phrase) if q.kind.value == "count"] == counts


@pytest.mark.parametrize(
    "text",
    ["Protons lap the ring about 11,245 times a second.", "Protons complete about 11,245 laps of the ring every second."],
)
def test_a_count_every_second_is_a_frequency(text: str) -> None:
    (q,) = parse_quantities(text)
    assert q.kind.value == "frequency" and q.unit == "per year"
    assert q.value == pytest.approx(11_245 * 365.2425 * 86_400, rel=1e-6)


def test_adjective_is_not_a_frequency() -> None:
    assert [q.kind.value for q in parse_quantities("It has 950 million monthly users.")] == ["count"]


def test_change_is_not_a_range() -> None:
    qs = parse_quantities("Inflation rose from 2% to 3.5%.")
    assert [(q.value, q.operator.value) for q in qs] == [(2.0, "="), (3.5, "=")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both dimensions take the unit or noun written once after the second
        ("The hall measures 12 by 15 feet.", [("measure", 3.658, "metre"), ("measure", 4.572, "metre")]),
        ("Its screen shows 312 by 390 pixels.", [("count", 312.0, "pixel"), ("count", 390.0, "pixel")]),
        ("The plot is 40 x 60 metres.", [("measure", 40.0, "metre"), ("measure", 60.0, "metre")]),
    ],
)
def test_two_dimensions_share_the_unit_written_after_them(text: str, expected: list[tuple[str, float, str]]) -> None:
    qs = parse_quantities(text)
    got = [(q.kind.value, round(float(q.value), 3), q.unit or (q.measure or "")) for q in qs]
    assert got == expected


def test_a_fortnight_is_fourteen_days() -> None:
    qs = parse_quantities("She resigned less than a fortnight after the outage.")
    assert [(q.kind.value, q.value, q.unit, q.operator.value) for q in qs] == [("duration", 14.0, "day", "<")]


def test_a_debut_work_is_the_first() -> None:
    qs = parse_quantities("Her debut novel sold 2 million copies.")
    assert [(q.text, q.kind.value, q.value, q.measure) for q in qs][0] == ("debut", "ordinal", 1.0, "novel")
    # a debut of a person, with no work after it, ranks nothing
    assert all(q.kind is not QuantityKind.ORDINAL for q in parse_quantities("He made his debut in 2019."))


def test_exact_conversions_compare_equal() -> None:
    metres = parse_quantities("The tower is 381 m tall.")[0]
    feet = parse_quantities("The tower is 1,250 ft tall.")[0]
    assert metres.unit == feet.unit and math.isclose(float(metres.value), float(feet.value), rel_tol=1e-3)
    bp = parse_quantities("a cut of 50 basis points")[0]
    pp = parse_quantities("a cut of half a percentage point")[0]
    assert (bp.value, bp.unit) == (pp.value, pp.unit)


def test_conversion_factors_agree_with_pint() -> None:
    pint = pytest.importorskip("pint")
    ureg = pint.UnitRegistry()
    pairs = {
        "1 mile": ureg("1 mile").to("m").magnitude,
        "1 ft": ureg("1 foot").to("m").magnitude,
        "1 yard": ureg("1 yard").to("m").magnitude,
        "1 square mile": ureg("1 mile**2").to("m**2").magnitude,
        "1 acre": ureg("1 acre").to("m**2").magnitude,
        "1 mph": ureg("1 mile/hour").to("m/s").magnitude,
        "1 knot": ureg("1 knot").to("m/s").magnitude,
        "1 pound": ureg("1 lb").to("kg").magnitude,
        "1 gallon": ureg("1 gallon").to("m**3").magnitude,
        "1 horsepower": ureg("1 hp").to("W").magnitude,
    }
    for phrase, expected in pairs.items():
        (q,) = parse_quantities(f"It measured {phrase}.")
        assert math.isclose(float(q.value), expected, rel_tol=1e-5), (phrase, q.value, expected)  # pint: survey acre


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Durov denied any wrongdoing.", True),
        ("The game was not decided in regulation.", True),
        ("He is no longer chief executive.", True),
        ("They didn't share the prize.", True),
        ("The law was passed without a vote.", True),
        ("She never visited Paris.", True),
        ("The board refused to comment.", True),
        ("The room holds no more than 40 guests.", False),
        ("The Fed cut rates by 50 basis points.", False),
    ],
    ids=["denied", "not", "no-longer", "nt", "without", "never", "refused", "hedge-no-more-than", "plain"],
)
def test_is_negated(text: str, negated: bool) -> None:
    assert is_negated(text) is negated


# ------------------------------------------------------------------------------------------
# Properties: formatting an amount in any supported way and parsing it back gives the value
# ------------------------------------------------------------------------------------------

_UNITS_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
]
_UNITS_WORDS += ["fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    """English words for 1..999 ("two hundred and five", "forty-two")."""
    parts = []
    if n >= 100:
        parts.append(f"{_UNITS_WORDS[n // 100]} hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(_TENS[n // 10 - 2] + (f"-{_UNITS_WORDS[n % 10]}" if n % 10 else ""))
    elif n:
        parts.append(_UNITS_WORDS[n])
    return " ".join(parts)


_CURRENCIES = [("€", "EUR", "euros"), ("$", "USD", "dollars"), ("£", "GBP", "pounds")]
_SCALES = [(1e6, "million", "m"), (1e9, "billion", "bn")]


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=999),
    cents=st.sampled_from(["", ".5", ".25", ".05"]),
    currency=st.sampled_from(_CURRENCIES),
    scale=st.sampled_from(_SCALES),
    style=st.integers(min_value=0, max_value=5),
)
def test_money_round_trip(
    n: int, cents: str, currency: tuple[str, str, str], scale: tuple[float, str, str], style: int
) -> None:
    sign, code, word = currency
    factor, scale_word, suffix = scale
    number = f"{n}{cents}"
    value = float(number) * factor
    written = [
        f"{sign}{number} {scale_word}",
        f"{sign}{number}{suffix}",
        f"{number} {scale_word} {word}",
        f"{code} {number} {scale_word}",
        f"{code} {int(value):,}" if not cents else f"{sign}{number} {scale_word}",
        f"{_words(n)} {scale_word} {word}" if not cents else f"{code} {number}{suffix}",
    ][style]
    qs = parse_quantities(f"The deal was worth {written} last year.")
    money = [q for q in qs if q.kind.value == "money"]
    assert len(money) == 1, (written, qs)
    assert money[0].unit == code
    assert math.isclose(float(money[0].value), value, rel_tol=1e-9), (written, money[0].value)


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=999),
    scale=st.sampled_from([(1e3, "thousand", "k"), (1e6, "million", "m"), (1e9, "billion", "bn")]),
    style=st.integers(min_value=0, max_value=3),
    hedge=st.sampled_from([("", "="), ("about ", "~"), ("more than ", ">"), ("at least ", ">="), ("nearly ", "<")]),
)
def test_scaled_number_round_trip(n: int, scale: tuple[float, str, str], style: int, hedge: tuple[str, str]) -> None:
    factor, word, suffix = scale
    written = [f"{n} {word}", f"{n}{suffix}", f"{int(n * factor):,}", f"{_words(n)} {word}"][style]
    (q,) = parse_quantities(f"The region has {hedge[0]}{written} residents.")
    assert q.kind.value == "count"
    assert math.isclose(float(q.value), n * factor)
    assert q.operator.value == hedge[1]
    assert q.measure == "resident"


@settings(max_examples=100, deadline=None)
@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.integers(min_value=1, max_value=12),
    year=st.integers(min_value=1900, max_value=2099),
    style=st.integers(min_value=0, max_value=3),
)
def test_date_round_trip(day: int, month: int, year: int, style: int) -> None:
    names = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    name = names[month - 1]
    written = [
        f"{day} {name} {year}",
        f"{name} {day}, {year}",
        f"{name[:3]}. {day}, {year}",
        f"{year}-{month:02d}-{day:02d}",
    ]
    if name == "May":
        written[2] = f"May {day}, {year}"
    dates = [q for q in parse_quantities(f"It happened on {written[style]}.") if q.kind.value == "date"]
    assert [q.value for q in dates] == [f"{year:04d}-{month:02d}-{day:02d}"]


# ------------------------------------------------------------------------------------------
# Robustness: adversarial input finishes quickly and never raises
# ------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,-–/%$€£ kmMbB'\"“”()aoeAZÇЖ中😀\n")), max_size=300))
def test_parse_never_raises(text: str) -> None:
    for q in parse_quantities(text):
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        "1" * 10_000,
        ",".join(["123"] * 3_000),
        "It cost $" + "9" * 10_000 + ".",
        ("5-" * 20_000),
        ("May " * 20_000),
        ("about " * 20_000) + "5",
        ('"' * 5_000) + "5 percent" + ('"' * 5_000),
    ],
    ids=["10k-digits", "comma-groups", "huge-money", "hyphen-run", "month-run", "hedge-run", "nested-quotes"],
)
def test_pathological_input_is_bounded(text: str) -> None:
    t0 = time.perf_counter()
    parse_quantities(text)
    assert time.perf_counter() - t0 < 3.0


@pytest.mark.parametrize(
    "text",
    ["He scored 2 in 10 minutes.", "The side won 3 in 5 games.", "Sales rose 3 in 2020.", "It hit one in 5 million people."],
)
def test_n_in_m_that_is_not_a_share(text: str) -> None:
    assert not any(q.kind is QuantityKind.PERCENT for q in parse_quantities(text))


@pytest.mark.parametrize("text", ["The hall is twice as large.", "The hall is twice the size of the old one."])
def test_twice_as_a_ratio_is_not_a_count(text: str) -> None:
    assert not any("twice" in q.text for q in parse_quantities(text))


def test_the_half_point_of_a_season_is_no_percentage() -> None:
    assert parse_quantities("He scored at the half point of the season.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a quarter of a billion euros", 250_000_000.0),
        ("a fifth of a billion euros", 200_000_000.0),
        ("two-fifths of a million people", 400_000.0),
        ("a tenth of a mile", 160.9344),
        # joined without "a": a hyphen or a space
        ("a half-million people", 500_000.0),
        ("a half million euros", 500_000.0),
        ("a quarter-million visitors", 250_000.0),
        ("a half-billion dollars", 500_000_000.0),
        ("a quarter-mile track", 402.336),
        ("a half-hour drive", 1 / 48),  # days, as "a 30-minute drive" is
    ],
)
def test_a_fraction_of_a_scale_or_unit(text: str, value: float) -> None:
    [q] = parse_quantities(text)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["Tolls bring in €87m annually.", "Sales grow 3% yearly.", "It earns $2 billion annually.",
     "The plan saves 380 million crowns annually.", "It pays 4.5 million euros yearly."],
)
def test_an_adverb_after_a_figure_is_that_figure_s_rate_not_a_frequency(text: str) -> None:
    kinds = [q.kind for q in parse_quantities(text)]
    assert QuantityKind.FREQUENCY not in kinds and len(kinds) == 1


def test_an_adverb_alone_is_a_frequency() -> None:
    assert [q.kind for q in parse_quantities("The board meets monthly.")] == [QuantityKind.FREQUENCY]


def test_a_strong_figure_measures_the_noun_after_it() -> None:
    [q] = parse_quantities("Velto employs a 2,500-strong workforce.")
    assert q.value == 2500 and q.measure == "workforce"


@pytest.mark.parametrize(("text", "per_year"), [("She reports twice weekly.", 104.4), ("Take it three times daily.", 1095.7)])
def test_times_before_an_adverb_multiply_it(text: str, per_year: float) -> None:
    [q] = parse_quantities(text)
    assert q.kind is QuantityKind.FREQUENCY and round(float(q.value), 1) == per_year


def test_a_part_of_a_counted_whole_counts_the_same_thing() -> None:
    qs = parse_quantities("The bank said it would close 23 of its 61 branches.")
    assert [(q.value, q.measure) for q in qs] == [(23, "branch"), (61, "branch")]


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Construction employed 2,140 workers over 52 months.", Operator.EQ),  # "during"
        ("Sales rose 48% over five years.", Operator.EQ),
        ("The strike lasted over three weeks.", Operator.GT),  # "more than"
        ("She spent over 10 years in prison.", Operator.GT),
        ("The fire burned 14,500 hectares of forest over nine days.", Operator.EQ),
        ("Passengers faced a delay of over two hours.", Operator.GT),
        ("He served over 20 years in the navy.", Operator.GT),
    ],
)
def test_over_before_a_span_is_during_after_a_noun_or_a_change_and_more_than_after_a_verb(text: str, op: Operator) -> None:
    [span] = [q for q in parse_quantities(text) if q.kind is QuantityKind.DURATION]
    assert span.operator is op


@pytest.mark.parametrize(
    "text", ["The bridge cost three times its original budget.", "Sales were 2.4 times their 2012 level.", "Traffic is four times what was planned."]
)
def test_a_ratio_of_two_figures_is_not_a_count(text: str) -> None:
    assert [q for q in parse_quantities(text) if q.kind is QuantityKind.COUNT] == []


def test_times_as_a_count_of_events_stays_a_count() -> None:
    [q, _year] = parse_quantities("He was arrested three times in 2023.")
    assert q.kind is QuantityKind.COUNT and q.value == 3


def test_a_temperature_difference_is_in_degrees_not_a_temperature() -> None:
    level, diff = [q for q in parse_quantities("The average was 16.9C, 1.8C above the 1991-2020 norm.") if q.unit]
    assert level.unit == "kelvin" and diff.unit == "degree Celsius difference" and diff.value == pytest.approx(1.8)
    [f] = parse_quantities("Temperatures rose by 9F.")
    assert f.unit == "degree Celsius difference" and f.value == pytest.approx(5.0)


@pytest.mark.parametrize("text", ["Kristvik finished second in 2024.", "Oderby came second."])
def test_a_place_in_a_ranking_after_finished_or_came(text: str) -> None:
    assert [(q.kind, q.value) for q in parse_quantities(text) if q.kind is QuantityKind.ORDINAL] == [(QuantityKind.ORDINAL, 2.0)]


def test_last_season_is_not_what_a_figure_counts() -> None:
    [q] = parse_quantities("Holt scored 19 league goals last season.")
    assert q.measure == "league goal"


def test_a_million_a_year_is_a_rate() -> None:
    [q] = parse_quantities("The museum expects a million visitors a year.")
    assert q.kind is QuantityKind.FREQUENCY and q.value == pytest.approx(1e6) and q.measure == "visitor"


def test_a_possessive_before_second_makes_it_a_place() -> None:
    assert [q.value for q in parse_quantities("Aurora is Norland's second weather satellite.") if q.kind is QuantityKind.ORDINAL] == [2.0]


def test_hours_minutes_and_seconds_are_one_span() -> None:
    [q] = parse_quantities("Solheim won the women's race in 2:21:09.")
    assert q.kind is QuantityKind.DURATION and q.value == pytest.approx((2 * 3600 + 21 * 60 + 9) / 86400)
    assert [q.kind for q in parse_quantities("The train left at 10:15:00.")].count(QuantityKind.DURATION) == 0


def test_an_eighth_of_is_a_share() -> None:
    [q] = parse_quantities("It will cut about an eighth of its workforce.")
    assert q.kind is QuantityKind.PERCENT and q.value == pytest.approx(12.5)


def test_a_time_of_day_counts_nothing() -> None:
    assert [q.unit for q in parse_quantities("The earthquake struck at 3:42 am.")] == [TIME_OF_DAY]


@pytest.mark.parametrize(
    ("text", "metres"),
    [("less than a tenth of an inch thick", 0.00254), ("half an inch thick", 0.0127), ("a quarter of a mile", 402.336)],
)
def test_fractions_of_a_unit(text: str, metres: float) -> None:
    (q,) = parse_quantities(text)
    assert q.kind is QuantityKind.MEASURE and q.unit == "metre"
    assert q.value == pytest.approx(metres)


def test_a_flow_is_a_measure_not_a_count_per_period() -> None:
    (q,) = parse_quantities("The river's average discharge is about 2,830 cubic metres per second.")
    assert q.kind is QuantityKind.MEASURE and q.unit == "cubic metre"
    (c,) = parse_quantities("The bridge carries 40,000 vehicles a day.")
    assert c.kind is QuantityKind.FREQUENCY


def test_number_one_is_a_rank_not_a_count() -> None:
    assert [q.text for q in parse_quantities("The band has the most number-one singles, with 20.")] == ["20"]
    assert [q.text for q in parse_quantities("He was granted patent number 174,465.")] == ["174,465"]


def test_absolute_zero_is_no_count() -> None:
    assert [q.text for q in parse_quantities("The magnets are kept close to absolute zero.")] == []
    assert [q.text for q in parse_quantities("Zero people were hurt.")] == ["Zero"]


def test_triple_zero_is_a_phone_number_not_a_count() -> None:
    # the emergency number is a name: it must not take the place of the sentence's real count
    assert [q.text for q in parse_quantities("About 300 callers could not reach triple zero.")] == ["About 300"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boeing built 155 examples of the 747-8.", ["155"]),
        ("The A320-200 seats 150 passengers.", ["150"]),
        ("COVID-19 cases rose.", []),
        ("Between 150-200 people came.", ["150", "200"]),
    ],
)
def test_model_codes_are_not_counts(text: str, expected: list[str]) -> None:
    assert [q.text for q in parse_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [("8 million Swedish kronor", "SEK"), ("3 billion Norwegian kroner", "NOK"), ("5 billion Danish kroner", "DKK")],
)
def test_currencies_named_with_their_country(text: str, unit: str) -> None:
    (q,) = parse_quantities(text)
    assert q.kind is QuantityKind.MONEY and q.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a Kr310m contract", 310e6, "NOK"),
        ("a 310 million krone contract", 310e6, "NOK"),
        ("a fine of 2 billion rupiah", 2e9, "IDR"),
        ("bail of 250,000 korun", 250e3, "CZK"),
        ("repairs costing 96 million dinars", 96e6, "dinars"),
    ],
)
def test_more_currencies_and_the_kroner_sign(text: str, value: float, unit: str) -> None:
    (q,) = parse_quantities(text)
    assert q.kind is QuantityKind.MONEY and q.unit == unit and q.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "kg"), [("the 250-microgram dose", 2.5e-7), ("a 0.25 mg dose", 2.5e-7), ("40 milligrams", 4e-5)])
def test_doses_in_milligrams_and_micrograms_are_masses(text: str, kg: float) -> None:
    (q,) = parse_quantities(text)
    assert q.kind is QuantityKind.MEASURE and q.unit == "kilogram" and q.value == pytest.approx(kg)


def test_particle_energies_are_measures() -> None:
    (q,) = parse_quantities("The collider ran at 13.6 TeV.")
    assert q.kind is QuantityKind.MEASURE and q.unit == "electronvolt" and q.value == pytest.approx(13.6e12)
    (m,) = parse_quantities("a mass of about 125 GeV")
    assert m.value == pytest.approx(125e9)
    assert [x.kind for x in parse_quantities("5 EV chargers")] == [QuantityKind.COUNT]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The lenders lost 3,100 crore rupees.", 31e9, "INR"),
        ("The fund raised 45 lakh rupees.", 4.5e6, "INR"),
    ],
)
def test_crore_and_lakh_scale_an_amount(text: str, value: float, unit: str) -> None:
    (q,) = parse_quantities(text)
    assert q.kind is QuantityKind.MONEY and q.unit == unit and math.isclose(float(q.value), value)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("She was jailed for four and three-quarter years.", 4.75),
        ("She was jailed for four and a quarter years.", 4.25),
        ("She was jailed for four and a half years.", 4.5),
    ],
)
def test_a_whole_number_and_a_fraction(text: str, years: float) -> None:
    (q,) = parse_quantities(text)
    assert q.kind is QuantityKind.DURATION and math.isclose(float(q.value), years * YEAR, rel_tol=1e-6)


def test_and_a_half_before_a_scale_word() -> None:
    (q,) = parse_quantities("The app has three and a half million users.")
    assert q.kind is QuantityKind.COUNT and math.isclose(float(q.value), 3.5e6)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("The dividend rose to 14 cents a share.", 0.14, None), ("A first-class stamp costs 95 pence.", 0.95, "GBP")],
)
def test_cents_and_pence_are_money(text: str, value: float, unit: str | None) -> None:
    qs = [q for q in parse_quantities(text) if q.kind is QuantityKind.MONEY]
    assert len(qs) == 1 and math.isclose(float(qs[0].value), value) and qs[0].unit == unit


def test_a_change_by_a_fraction_then_the_level_is_no_range() -> None:
    q = parse_quantities("Orvel raised its dividend by a quarter to 15 cents.")[0]
    assert q.kind is QuantityKind.PERCENT and math.isclose(float(q.value), 25.0)


def test_one_time_means_former() -> None:
    assert parse_quantities("The bank's one-time finance chief was cleared.") == []


@pytest.mark.parametrize(
    ("phrase", "text", "value", "unit"),
    [
        # a figure used as an adjective keeps its hyphens in its text, and is one sum
        ("Halden's 1.6-billion-euro terminal opens in 2027.", "1.6-billion-euro", 1.6e9, "EUR"),
        ("a $1.6-billion deal", "$1.6-billion", 1.6e9, "USD"),
        ("released on a 5-million-dollar bail", "5-million-dollar", 5e6, "USD"),
        ("a 20-million-pound transfer fee", "20-million-pound", 2e7, "GBP"),
    ],
)
def test_hyphenated_sums(phrase: str, text: str, value: float, unit: str) -> None:
    money = [q for q in parse_quantities(phrase) if q.kind.value == "money"]
    assert [(q.text, q.unit) for q in money] == [(text, unit)]
    assert money[0].value == pytest.approx(value)
    assert phrase[money[0].start : money[0].end] == text


@pytest.mark.parametrize(
    ("phrase", "text", "unit"),
    [
        # crowns and marks are currencies of their own, named by a country or not
        ("granted bail of 5 million crowns", "5 million crowns", "crowns"),
        ("agreed to pay 4.2 billion Norlandic crowns", "4.2 billion Norlandic crowns", "crowns"),
        ("worth 4.2 billion Swedish crowns", "4.2 billion Swedish crowns", "SEK"),
        ("shares worth 850,000 marks", "850,000 marks", "marks"),
        # a country's own dollars or pounds are not US dollars or sterling, nor each other
        ("cut its forecast to 150 million orvan dollars", "150 million orvan dollars", "orvan dollars"),
        ("profit rose to 640 million Sarnian pounds", "640 million Sarnian pounds", "sarnian pounds"),
        ("worth 5 million Hong Kong dollars", "5 million Hong Kong dollars", "HKD"),
        ("sold for 9 million talers", "9 million talers", "talers"),
        ("a 20-million-taler gift", "20-million-taler", "talers"),
        ("a 1.8bn-mark budget", "1.8bn-mark", "marks"),
    ],
)
def test_crowns_marks_and_a_country_s_own_currency(phrase: str, text: str, unit: str) -> None:
    money = [q for q in parse_quantities(phrase) if q.kind.value == "money"]
    assert [(q.text, q.unit) for q in money] == [(text, unit)]


def test_an_exams_marks_are_no_money() -> None:
    assert not [q for q in parse_quantities("She scored 14 marks out of 20 in the test.") if q.kind.value == "money"]


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        # "a record of 45.4°C" is a temperature; "a rise of 1.5°C" a difference of temperatures
        ("breaking the national record of 45.4°C set in 2019", "kelvin"),
        ("a high of 30C", "kelvin"),
        ("a rise of 1.5°C since pre-industrial times", "degree Celsius difference"),
        ("the sea warmed by 1.2C", "degree Celsius difference"),
    ],
)
def test_a_temperature_of_and_a_rise_of(phrase: str, unit: str) -> None:
    temps = [q for q in parse_quantities(phrase) if q.kind.value == "measure"]
    assert [q.unit for q in temps] == [unit]


@pytest.mark.parametrize(
    ("phrase", "money"),
    [
        # a scaled sum's currency in the singular, as an adjective, is the currency
        ("after a 95-million-mark restoration", [("95-million-mark", "marks")]),
        ("a 2 billion crown deal", [("2 billion crown", "crowns")]),
        # "the 100 million mark" is a threshold, not a sum
        ("users passed the 100 million mark in 2023", []),
        ("sales passed the 1,000 mark.", []),
    ],
)
def test_a_mark_or_crown_in_the_singular(phrase: str, money: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in parse_quantities(phrase) if q.kind.value == "money"] == money


@pytest.mark.parametrize(
    ("text", "value", "op"),
    [
        ("a premium of more than a third to the closing price", 33.33333333, ">"),
        ("a stake of about a fifth in the company", 20.0, "~"),
        ("the harvest will shrink by more than a sixth", 16.66666667, ">"),
    ],
)
def test_fraction_after_a_hedge_is_a_share(text: str, value: float, op: str) -> None:
    (q,) = parse_quantities(text)
    assert q.kind is QuantityKind.PERCENT and q.unit == "%"
    assert q.value == pytest.approx(value) and q.operator.value == op


@pytest.mark.parametrize("text", ["Velto's sales rose in the first half of 2025.", "Orders fell in the second half of the year."])
def test_the_first_half_of_a_year_is_a_period_not_a_share(text: str) -> None:
    assert not [q for q in parse_quantities(text) if q.kind is QuantityKind.PERCENT]


def test_a_fraction_before_a_noun_is_an_ordinal() -> None:
    (q,) = parse_quantities("She won a third term.")
    assert q.kind is QuantityKind.ORDINAL


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a 25,000-euro record bonus", 25000.0, "EUR"),
        ("a 400,000-crown fine", 400000.0, "crowns"),
        ("a 400,000 crown fine", 400000.0, "crowns"),
        ("a 30-dollar fee", 30.0, "USD"),
    ],
)
def test_a_sum_written_as_an_adjective(text: str, value: float, unit: str) -> None:
    (q,) = parse_quantities(text)
    assert q.kind is QuantityKind.MONEY and q.value == pytest.approx(value) and q.unit == unit


@pytest.mark.parametrize("text", ["a 12-pound baby", "passed the 1,000 mark last year", "the 3 crown jewels"])
def test_weights_levels_and_jewels_are_not_sums(text: str) -> None:
    assert all(q.kind is not QuantityKind.MONEY for q in parse_quantities(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("damages over a 2021 gas leak", QuantityKind.DATE),  # an article before a year, not "over" a count
        ("the 1500 m final", QuantityKind.MEASURE),
        ("the 2024 people who came", QuantityKind.COUNT),
    ],
)
def test_a_year_after_an_article(text: str, kind: QuantityKind) -> None:
    (q,) = parse_quantities(text)
    assert q.kind is kind


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a number written out in full takes no scale from the next: a change, then a level
        ("subscribers grew by 240,000 to 9.1 million", [240_000.0, 9_100_000.0]),
        ("between 5 and 6 million people", [5_000_000.0, 6_000_000.0]),
    ],
)
def test_a_range_shares_its_scale_only_with_a_short_number(text: str, values: list[float]) -> None:
    assert [q.value for q in parse_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("to supply 1.5 terawatt-hours a year", QuantityKind.MEASURE, 1.5e12),
        ("used 300 kilowatt hours", QuantityKind.MEASURE, 3e5),
        # a sum a year is a sum, written with a symbol or a word
        ("to save 240 million dollars a year", QuantityKind.MONEY, 2.4e8),
        ("to save $240 million a year", QuantityKind.MONEY, 2.4e8),
    ],
)
def test_energy_words_and_sums_a_year(text: str, kind: QuantityKind, value: float) -> None:
    (q,) = parse_quantities(text)
    assert q.kind is kind
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("a plan to be spent over six years", Operator.EQ),
        ("repayments spread over 10 years", Operator.EQ),
        ("the dispute lasted over six years", Operator.GT),
        ("it spent over $5 million", Operator.GT),
    ],
)
def test_over_a_period_a_sum_is_spread_across(text: str, op: Operator) -> None:
    (q,) = parse_quantities(text)
    assert q.operator is op


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a bare number after "from <span> to" takes the span's unit
        ("the court cut his sentence from eight years to five, ruling that", [8 * 365.2425, 5 * 365.2425]),
        ("the wait fell from 40 minutes to 25 this year", [40 / 1440, 25 / 1440]),
    ],
)
def test_a_bare_number_after_from_a_span_to_takes_its_unit(text: str, days: list[float]) -> None:
    spans = [q for q in parse_quantities(text) if q.kind is QuantityKind.DURATION]
    assert [q.value for q in spans] == pytest.approx(days)


def test_a_bare_number_after_a_span_counts_its_own_noun() -> None:
    qs = parse_quantities("the scheme grew from 3 years to 5 people")
    assert [q.kind for q in qs] == [QuantityKind.DURATION, QuantityKind.COUNT]


@pytest.mark.parametrize("text", ["April is the cruellest month.", "He may resign.", "They met in June 2024."])
def test_a_month_alone_is_read_only_after_a_preposition_and_without_a_year(text: str) -> None:
    assert [q.value for q in parse_quantities(text) if q.kind is QuantityKind.DATE and str(q.value).startswith("--")] == []


@pytest.mark.parametrize(
    ("text", "values", "ranged"),
    [
        ("Subscriber numbers grew by 240,000 to 9.1 million.", [240_000, 9_100_000], False),
        ("Sales are expected to grow by 2 to 3 percent.", [2, 3], True),
        ("It rose by 5 to 6 million.", [5_000_000, 6_000_000], True),
    ],
)
def test_a_change_by_an_amount_then_the_level_it_reached_is_no_range(text: str, values: list[float], ranged: bool) -> None:
    qs = parse_quantities(text)
    assert [q.value for q in qs] == values
    assert (qs[0].operator.value == ">=") is ranged


def test_a_bare_sum_after_a_period_takes_the_currency_of_the_sum_before() -> None:
    # "fell to 312 million crowns in the first half from 540 million": 540 million crowns
    qs = parse_quantities("Losses fell to 312 million crowns in the first half from 540 million a year before.")
    money = [(q.value, q.unit) for q in qs if q.kind is QuantityKind.MONEY]
    assert money == [(312_000_000.0, "crowns"), (540_000_000.0, "crowns")]


@pytest.mark.parametrize(
    ("phrase", "op"),
    [
        ("Police said 412 people were arrested over three nights of rioting.", Operator.EQ),
        ("The deal was agreed over two days of talks.", Operator.EQ),
        ("She spent over 10 years of her career in Vesk.", Operator.GT),
        ("The strike lasted over three weeks.", Operator.GT),
    ],
    ids=["nights-of", "days-of", "years-of-her", "lasted-over"],
)
def test_over_n_nights_of_an_event_is_when_it_happened_not_a_hedge(phrase: str, op: Operator) -> None:
    spans = [q for q in parse_quantities(phrase) if q.kind in (QuantityKind.COUNT, QuantityKind.DURATION) and q.value not in (412.0,)]
    assert spans and spans[-1].operator is op, [(q.text, q.operator) for q in spans]


@pytest.mark.parametrize(
    ("text", "minutes", "op"),
    [
        ("Trading stopped at 2:30 p.m. on Monday.", 870.0, Operator.EQ),
        ("Trading stopped at 14:30 local time on Monday.", 870.0, Operator.EQ),
        ("The Sarn ferry left at 2.30pm.", 870.0, Operator.EQ),
        ("The Sarn ferry left at 9 a.m.", 540.0, Operator.EQ),
        ("The Sarn ferry left at 09:00.", 540.0, Operator.EQ),
        ("The strike began at 0900 GMT.", 540.0, Operator.EQ),
        ("The vote was held at noon.", 720.0, Operator.EQ),
        ("The vote was held shortly after 2 p.m.", 840.0, Operator.GT),
        ("The vote was held at about 2 PM.", 840.0, Operator.APPROX),
        ("The vote was held before noon.", 720.0, Operator.LT),
        ("Talks went on until midnight.", 1440.0, Operator.LE),
    ],
    ids=["pm", "24h-local", "dot-pm", "am", "24h-lead-zero", "zone", "noon", "shortly-after", "about", "before-noon", "until-midnight"],
)
def test_a_time_of_day_is_minutes_after_midnight(text: str, minutes: float, op: Operator) -> None:
    times = [q for q in parse_quantities(text) if q.unit == TIME_OF_DAY]
    assert [(q.value, q.operator) for q in times] == [(minutes, op)], parse_quantities(text)


@pytest.mark.parametrize(
    "text",
    ["Maren won 3-1 on Sunday.", "Sarn won the marathon in 2:04:35.", "The rule is in section 2.30 of the code.",
     "The bill passed 97 to 41 on 14 March.", "Sarn ran 13:05.12 in the heats.", "Maren won in 1:45.",
     "The Sarn ferry left at 2:30.", "The hall seats 1400 people."],
    ids=["score", "race-hms", "section", "vote-date", "race-decimal", "race-mm-ss", "am-pm-unsaid", "four-digits"],
)
def test_scores_race_times_and_references_are_no_times_of_day(text: str) -> None:
    assert not [q for q in parse_quantities(text) if q.unit == TIME_OF_DAY]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("She stopped the clock at 30:14 to win the 10,000 metres.", 30 * 60 + 14),
        ("Her compatriot took bronze in 31:14.", 31 * 60 + 14),
        ("He won the mile in 3:58.", 3 * 60 + 58),
    ],
)
def test_minutes_and_seconds_of_a_race(text: str, seconds: int) -> None:
    durations = [q for q in parse_quantities(text) if q.kind is QuantityKind.DURATION]
    assert len(durations) == 1
    assert abs(float(durations[0].value) * 86400 - seconds) < 0.01


def test_a_time_of_day_is_no_race_time() -> None:
    assert not [q for q in parse_quantities("The train left at 10:15.") if q.kind is QuantityKind.DURATION]


def test_a_hat_trick_before_as_is_three() -> None:
    counts = [q for q in parse_quantities("Ola Brenn scored a hat-trick as Orva won the cup.") if q.kind is QuantityKind.COUNT]
    assert [(q.text, float(q.value)) for q in counts] == [("hat-trick", 3.0)]
    assert not [q for q in parse_quantities("The new bridge is twice as long as the old bridge.") if q.kind is QuantityKind.COUNT]


def test_a_scaled_figure_after_a_name_is_no_model_number() -> None:
    # "fined Orvik 3.2 million talar": the sum, not a "Boeing 747" kind of name
    counts = [q for q in parse_quantities("The regulator fined Orvik 3.2 million talar on Monday.") if q.kind is QuantityKind.COUNT]
    assert [float(q.value) for q in counts] == [3_200_000.0]
    counts = [q for q in parse_quantities("The league docked Sarn 120,000 talar.") if q.kind is QuantityKind.COUNT]
    assert [float(q.value) for q in counts] == [120_000.0]
    assert not parse_quantities("The airline flies the Velm 400 to Orva.")


def test_an_age_that_opens_the_sentence() -> None:
    q = parse_quantities("At 23, Ola Brenn is the youngest mayor Orva has had.")
    assert [(x.text, x.measure) for x in q] == [("23", "age")]
    assert parse_quantities("The shop at 23, Harbour Road, closed.")[0].measure != "age"


def test_more_weeks_is_a_span_and_a_share_more_than_before_a_change() -> None:
    q = parse_quantities("Orva faces three more weeks of water rationing.")
    assert [(x.kind, round(float(x.value))) for x in q] == [(QuantityKind.DURATION, 21)]
    q = parse_quantities("The fair sold a fifth more tickets this year than last.")
    assert [(x.kind, float(x.value)) for x in q] == [(QuantityKind.PERCENT, 20.0)]
    # "a fifth lower than a year earlier" states no span of a year
    assert [x.kind for x in parse_quantities("Sales were a fifth lower than a year earlier.")] == [QuantityKind.PERCENT]


def test_an_ordinal_before_an_event_name_counts_the_noun_after_it() -> None:
    q = parse_quantities("Ola Brenn won his 7th Orva Marathon title on Sunday.")
    assert [(x.kind, float(x.value)) for x in q] == [(QuantityKind.ORDINAL, 7.0)]
    assert not parse_quantities("The 20th Century Museum opened.")


@pytest.mark.parametrize(
    ("text", "years", "operator"),
    [
        ("Most of the patients were aged over 70.", 70, Operator.GT),
        ("The clinic offers free checks to people over 50.", 50, Operator.GT),
        ("Adults under 30 pay half price.", 30, Operator.LT),
    ],
)
def test_an_age_with_a_hedge(text: str, years: int, operator: Operator) -> None:
    ages = [q for q in parse_quantities(text) if q.measure == "age"]
    assert len(ages) == 1
    assert round(float(ages[0].value) / 365.2425) == years and ages[0].operator is operator


def test_postponed_by_a_year_is_a_span() -> None:
    q = parse_quantities("The Orva fair has been postponed by a year.")
    assert [(x.kind, round(float(x.value))) for x in q] == [(QuantityKind.DURATION, 365)]


def test_older_than_is_an_age_and_a_year_running_is_a_rank() -> None:
    q = parse_quantities("A third of the cyclists hurt were older than 65.")
    assert [(x.measure, x.operator) for x in q if x.kind is QuantityKind.DURATION] == [("age", Operator.GT)]
    q = parse_quantities("Orva won the league for a fourth year running.")
    assert [(x.kind, float(x.value)) for x in q] == [(QuantityKind.ORDINAL, 4.0)]


def test_more_dollars_are_no_country_s_dollars() -> None:
    assert not [q for q in parse_quantities("The fund raised 10 million more dollars.") if q.kind.value == "money"]


def test_a_country_s_pounds_said_again_as_pounds() -> None:
    q = parse_quantities("Prize money will rise to 1.5 million Sarnian pounds, with 250,000 pounds going to the winner.")
    assert [x.unit for x in q if x.kind.value == "money"] == ["sarnian pounds", "sarnian pounds"]
    # sterling stays sterling where no other pounds were named
    assert [x.unit for x in parse_quantities("The winner gets a prize of 250,000 pounds.") if x.kind.value == "money"] == ["GBP"]


def test_a_numbered_part_is_a_rank() -> None:
    q = parse_quantities("He abandoned the race on stage nine after crashing.")
    assert [(x.kind, float(x.value), x.measure) for x in q] == [(QuantityKind.ORDINAL, 9.0, "stage")]
    # a golfer's score after a round's adjective stays a score
    q = parse_quantities("Ana Veld shot a final-round 66 to win.")
    assert [(x.kind, float(x.value)) for x in q] == [(QuantityKind.COUNT, 66.0)]


def test_a_race_s_distance_in_metres() -> None:
    q = parse_quantities("She broke the national 400m hurdles record.")
    assert [(x.kind, float(x.value), x.unit) for x in q] == [(QuantityKind.MEASURE, 400.0, "metre")]
    q = parse_quantities("The airline carried 5m passengers.")
    assert [(x.kind, float(x.value)) for x in q] == [(QuantityKind.COUNT, 5e6)]


def test_worth_is_no_part_of_what_a_count_counts() -> None:
    q = parse_quantities("The government approved 48 new road projects worth a combined 3.3 billion euros.")
    assert [x.measure for x in q if x.kind is QuantityKind.COUNT] == ["road project"]


def test_a_noun_before_another_figure_is_not_this_one_s() -> None:
    q = parse_quantities("He left at the age of 67 after eleven years in the job.")
    assert [x.measure for x in q] == ["age", None]


def test_a_count_a_day_after_an_average_of_is_a_frequency() -> None:
    (q,) = [q for q in parse_quantities("The bypass carried an average of 32,000 vehicles a day.") if q.kind is not QuantityKind.ORDINAL]
    assert q.kind is QuantityKind.FREQUENCY, q
    assert q.measure == "vehicle"


def test_energy_a_year_is_no_count_of_hours() -> None:
    qs = parse_quantities("The plant will have a battery capacity of 20 megawatt hours a year.")
    assert not any(q.kind is QuantityKind.FREQUENCY and q.measure == "hour" for q in qs), qs


def test_an_age_said_of_a_name_after_an_apposition() -> None:
    (q,) = parse_quantities("Ana Veld, the new head of the Orva observatory, is 52.")
    assert q.kind is QuantityKind.DURATION and math.isclose(float(q.value), 52 * 365.2425), q
    (r,) = parse_quantities("Revenue, the company said, was 52.")
    assert r.kind is QuantityKind.COUNT, r


def test_a_bare_count_its_period_follows_is_a_frequency() -> None:
    q = next(q for q in parse_quantities("Orva Ferries will cut sailings to three a day from May.") if q.text == "three")
    r = next(q for q in parse_quantities("Orva Ferries will run three daily sailings from May.") if q.text == "three")
    assert q.kind is QuantityKind.FREQUENCY and r.kind is QuantityKind.FREQUENCY, (q, r)
    assert math.isclose(float(q.value), float(r.value)), (q, r)


def test_the_first_before_a_noun_like_a_verb_is_a_rank() -> None:
    assert any(q.kind is QuantityKind.ORDINAL for q in parse_quantities("It was the first fall in eight months."))
    assert not any(q.kind is QuantityKind.ORDINAL for q in parse_quantities("The novel was first published in 1990."))


@pytest.mark.parametrize(("text", "quoted", "value", "unit"), [
    ("Sarn University won a 750,000-mark grant for battery research.", "750,000-mark", 750_000.0, "marks"),
    ("Half of the festival's six-and-a-half-million-mark budget comes from state grants.", "six-and-a-half-million-mark", 6_500_000.0, "marks"),
    ("The wildfire had threatened the village for a week.", "a week", 7.0, "day"),
])
def test_figures_written_as_compounds_and_phrases(text: str, quoted: str, value: float, unit: str) -> None:
    q = next(q for q in parse_quantities(text) if q.text == quoted)
    assert (float(q.value), q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["The index passed the 20,000-mark barrier.", "Ada Lenz won the Golden Ball for a second time."])
def test_no_sum_or_span_where_the_words_are_a_level_or_a_rank(text: str) -> None:
    assert not any(q.kind.value in ("money", "duration") for q in parse_quantities(text))


def test_a_bare_number_after_to_a_span_from_takes_its_unit() -> None:
    qs = parse_quantities("The court cut his prison sentence to nine years from 12.")
    assert [(q.text, q.kind.value, round(float(q.value) / 365.25)) for q in qs] == [("nine years", "duration", 9), ("12", "duration", 12)]


def test_first_before_due_is_no_rank() -> None:
    ranks = [q for q in parse_quantities("The tunnel, first due to open in 2027, is late.") if q.kind is QuantityKind.ORDINAL]
    assert ranks == []


@pytest.mark.parametrize("text", ["a prize fund of 1.6m kronar", "worth 40 million birr", "a budget of 2.1 billion kronur"])
def test_further_currency_words_make_money(text: str) -> None:
    (q,) = parse_quantities(text)
    assert q.kind is QuantityKind.MONEY


def test_a_majority_of_a_count_of_votes_measures_the_majority() -> None:
    (q,) = parse_quantities("won with a majority of over 3,000 votes")
    assert q.measure == "majority"


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("rose for three years in a row", 3.0, "year"),
    ("won three consecutive titles", 3.0, "title"),
    ("for a fourth straight quarter", 4.0, "quarter"),
    ("for the second year running", 2.0, "year"),
])
def test_a_run_in_a_row_is_the_ordinal_of_its_last(text: str, value: float, measure: str) -> None:
    (q,) = parse_quantities(text)
    assert (q.kind, q.value, q.measure) == (QuantityKind.ORDINAL, value, measure)


@pytest.mark.parametrize(("text", "value"), [("half a point ahead of Kell", 0.5), ("a full point clear of Kell", 1.0),
                                             ("one and a half lengths behind Kell", 1.5)])
def test_a_margin_in_words_is_a_count_of_its_unit(text: str, value: float) -> None:
    (q,) = parse_quantities(text)
    assert (q.kind, q.value) == (QuantityKind.COUNT, value)


def test_three_and_a_half_lengths_is_a_count() -> None:
    (q,) = parse_quantities("won by three and a half lengths")
    assert (q.kind, q.value) == (QuantityKind.COUNT, 3.5)


def test_a_bare_level_before_a_rise_takes_the_sums_currency() -> None:
    qs = parse_quantities("Lorries will pay twelve marks to cross the bridge from 1 May, up from eight.")
    assert [(q.text, q.kind, q.unit) for q in qs if q.text == "eight"] == [("eight", QuantityKind.MONEY, "marks")]


def test_for_every_week_is_no_frequency() -> None:
    assert [q.kind for q in parse_quantities("a penalty of 0.2% of the contract value for every week it overruns")] == [QuantityKind.PERCENT]
    assert [q.kind for q in parse_quantities("the ferry sails every week")] == [QuantityKind.FREQUENCY]


@pytest.mark.parametrize(("text", "value"), [("the fire is now half contained", 50.0), ("the dam is two-thirds complete", 66.66666667)])
def test_a_share_of_a_state_in_words_is_a_percentage(text: str, value: float) -> None:
    (q,) = parse_quantities(text)
    assert (q.kind, q.value) == (QuantityKind.PERCENT, value)


def test_a_span_and_a_half_is_one_figure_and_no_share() -> None:
    qs = parse_quantities("Police found the van after a year and a half of searching.")
    assert [(q.text, q.kind) for q in qs] == [("a year and a half", QuantityKind.DURATION)]
