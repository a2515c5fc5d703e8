"""Numbers in text, normalised: money, counts, percentages, dates, durations, frequencies, measures
and ordinals, each with the operator its hedge gives and the noun it measures.

A focused grammar of regular expressions over one sentence, written by hand: the libraries measured
in ``docs/extraction.md`` (quantulum3, dateparser, text2num, pint) are either slow to start (seconds),
wrong on news phrasings ("€5m", "11-1", "a quarter of a percentage point", "the fifth of October"),
or both, and this module is also run on every evidence sentence, so it must start instantly and
import nothing heavy. Conversion factors are exact definitions; ``tests/test_quantities.py`` checks
them against pint.

Normalisation (the contract of DESIGN.md "Output records"):

* money: value in units of the currency, ``unit`` its ISO 4217 code (``$`` is USD);
* percent: ``unit`` ``%``, or ``pp`` for percentage points (basis points are converted: 25 bp = 0.25 pp);
* measure: SI base value, ``unit`` the base unit's name (``metre``, ``square metre``, ``kilogram``,
  ``metre per second``, ``kelvin``, ``cubic metre``, ``watt``, ``watt hour``), so 1,250 ft == 381 m;
* duration: value in days (a year is 365.2425 days, a month a twelfth of that), ``unit`` ``day``;
* frequency: occurrences per year, ``unit`` ``per year`` ("twice a week" = 104.36);
* date: ISO-8601 string (``2024-08-24``, ``--08-24``, ``2024-08``, ``2024``); a decade ("the
  1930s", "the late 1980s") is its first year with ``unit`` ``decade``, an addition to the contract;
* ordinal: the rank, ``unit`` the superlative it ranks by when one is given ("second-largest" →
  2, ``largest``), else None;
* count: the number, ``unit`` None.

Ranges ("between 5 and 6 million", "4.25-4.50 percent", "2020-2024", "40-50 employees") give two
quantities with ``>=`` and ``<=``, and so do spans said in words: "in his forties" (an age),
"thousands of" (2,000 to 9,999), "tens of thousands of". Scores and votes ("25-22", "passed 11-1")
give two counts measuring ``score`` or ``vote``. "2 hours 21 minutes", "a year and a half" are
one duration; "493 per million", "1/2000" are shares; "40,000 vehicles cross the bridge every
day" is a frequency. All patterns are linear-time (no nested unbounded quantifiers) so pathological input
(a 1 MB line, 10,000 digits) is parsed in bounded time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.models import Operator, Quantity, QuantityKind


def _words(text: str) -> list[str]:
    """The white-space separated words of a vocabulary written as one string."""
    return text.split()


__all__ = ["parse_quantities", "is_negated", "head_noun"]

# --------------------------------------------------------------------------------------------
# Vocabularies
# --------------------------------------------------------------------------------------------

_UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE_WORDS = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_ABBR = {"mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
               # South Asian scales: "4,200 crore rupees" is 42 billion
               "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}
_SUFFIX_SCALE = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}  # fmt: skip
_FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a quarter": 0.25, "one quarter": 0.25,
    "quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75, "three quarter": 0.75,
    "three-quarter": 0.75, "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3,
    "two thirds": 2 / 3, "two-thirds": 2 / 3,
}  # fmt: skip

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Currency signs and codes written before the amount; longest first so "US$" wins over "$".
_CURRENCY_PREFIX = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "Rs.": "INR",
    "Rs": "INR", "Kr": "NOK", "kr": "NOK",  # "Kr310m": kroner, as "kroner" (below) is
}  # fmt: skip
_ISO_CODES = frozenset(
    _words(
        "USD EUR GBP JPY CNY INR CHF CAD AUD NZD HKD SGD SEK NOK DKK KRW BRL MXN ZAR RUB TRY PLN "
        "ILS AED SAR CZK HUF THB IDR MYR PHP"
    )
)
# Currency words written after the amount (lower-cased, the adjective included where it decides).
_CURRENCY_WORDS = {
    "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "hong kong dollars": "HKD", "new zealand dollars": "NZD",
    "singapore dollars": "SGD", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP", "british pounds": "GBP", "pounds": "GBP", "pound": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR",
    "swiss francs": "CHF", "francs": "CHF", "roubles": "RUB", "rubles": "RUB", "pesos": "MXN",
    "rand": "ZAR", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "krone": "NOK", "kr": "NOK", "lira": "TRY",
    "zloty": "PLN", "reais": "BRL", "shekels": "ILS", "dirhams": "AED", "riyals": "SAR",
    "swedish kronor": "SEK", "swedish krona": "SEK", "norwegian kroner": "NOK", "norwegian krone": "NOK",
    "danish kroner": "DKK", "danish krone": "DKK", "japanese yen": "JPY", "chinese yuan": "CNY",
    "indian rupees": "INR", "mexican pesos": "MXN", "south african rand": "ZAR", "turkish lira": "TRY",
    "polish zloty": "PLN", "brazilian reais": "BRL", "russian roubles": "RUB", "russian rubles": "RUB",
    # crowns (koruna, krona, krone in English) and marks of a country the words do not say are
    # their own currencies: never euros, never each other
    "swedish crowns": "SEK", "norwegian crowns": "NOK", "danish crowns": "DKK", "czech crowns": "CZK",
    "icelandic crowns": "ISK", "crowns": "crowns", "deutsche marks": "DEM", "deutschmarks": "DEM",
    "german marks": "DEM", "finnish marks": "FIM", "marks": "marks",
    "naira": "NGN", "rupiah": "IDR", "baht": "THB", "ringgit": "MYR", "forints": "HUF", "forint": "HUF",
    "hryvnias": "UAH", "hryvnia": "UAH", "tenge": "KZT", "taka": "BDT", "cedis": "GHS", "lei": "RON",
    "leva": "BGN", "lari": "GEL", "koruna": "CZK", "korun": "CZK", "drams": "AMD",
    # names several countries' currencies share: their own currencies, as "crowns" are
    "dinars": "dinars", "dinar": "dinars", "rials": "rials", "shillings": "shillings", "manat": "manat",
    "talers": "talers", "taler": "talers", "thalers": "talers", "thaler": "talers", "dram": "AMD",
    "guilders": "guilders", "florins": "florins", "drachmas": "GRD", "pesetas": "ESP", "escudos": "PTE",
    # the crown's other plurals (Icelandic "kronur", "kronar") and currencies the lists above lack
    "kronur": "ISK", "krónur": "ISK", "króna": "ISK", "kronar": "kronar", "kwacha": "kwacha", "birr": "ETB",
    "kyat": "MMK", "dong": "VND", "riel": "KHR", "lek": "ALL", "denars": "MKD", "pula": "BWP",
    "kwanza": "AOA", "somoni": "TJS", "tugriks": "MNT", "afghanis": "AFN", "quetzales": "GTQ",
}  # fmt: skip
# the currency words a country's adjective names as its own ("640 million talmar pounds",
# "22 million Vesk dollars"): one currency a country, never the plain word's (dollars are USD)
_NAMED_CURRENCY_BASES = (
    r"dollars?|pounds?|francs?|pesos?|rupees?|talers?|thalers?|shillings?|dinars?|rials?|guilders?|florins?|lira|rand|"
    r"crowns?|korun|koruna|kronor|kronur|kronar|kroner|krona|krone"
)
# words before a currency that are not a country's name ("10 million more dollars", "taxpayer dollars")
_NOT_A_CURRENCY_OWNER = frozenset(
    _words(
        "more extra additional new fresh public federal state taxpayer taxpayers private research "
        "advertising ad marketing aid hard real nominal constant current total net gross cash prize "
        "bonus tax in of and or to the a an from for per each every million billion thousand "
        "trillion bn m k worth than"
    )
)

# Measures: written unit → (base unit name, factor to base). Exact definitions (NIST SP 811).
_LENGTH = "metre"
_AREA = "square metre"
_MASS = "kilogram"
_SPEED = "metre per second"
_VOLUME = "cubic metre"
_MILE = 1609.344
_FOOT = 0.3048
_UNITS: dict[str, tuple[str, float]] = {
    "square kilometres": (_AREA, 1e6), "square kilometers": (_AREA, 1e6),
    "square kilometre": (_AREA, 1e6), "square kilometer": (_AREA, 1e6), "sq km": (_AREA, 1e6),
    "km²": (_AREA, 1e6), "km2": (_AREA, 1e6), "square miles": (_AREA, _MILE**2),
    "square mile": (_AREA, _MILE**2), "sq mi": (_AREA, _MILE**2), "mi²": (_AREA, _MILE**2),
    "square metres": (_AREA, 1.0), "square meters": (_AREA, 1.0), "m²": (_AREA, 1.0),
    "sq m": (_AREA, 1.0), "square feet": (_AREA, _FOOT**2), "sq ft": (_AREA, _FOOT**2),
    "ft²": (_AREA, _FOOT**2), "hectares": (_AREA, 1e4), "hectare": (_AREA, 1e4),
    "ha": (_AREA, 1e4), "acres": (_AREA, 4046.8564224), "acre": (_AREA, 4046.8564224),
    "kilometres per hour": (_SPEED, 1 / 3.6), "kilometers per hour": (_SPEED, 1 / 3.6),
    "km/h": (_SPEED, 1 / 3.6), "kmh": (_SPEED, 1 / 3.6), "kph": (_SPEED, 1 / 3.6),
    "miles per hour": (_SPEED, 0.44704), "mph": (_SPEED, 0.44704),
    "metres per second": (_SPEED, 1.0), "meters per second": (_SPEED, 1.0), "m/s": (_SPEED, 1.0),
    "knots": (_SPEED, 1852 / 3600), "knot": (_SPEED, 1852 / 3600),
    "nautical miles": (_LENGTH, 1852.0), "nautical mile": (_LENGTH, 1852.0),
    "kilometres": (_LENGTH, 1e3), "kilometers": (_LENGTH, 1e3), "kilometre": (_LENGTH, 1e3),
    "kilometer": (_LENGTH, 1e3), "km": (_LENGTH, 1e3), "metres": (_LENGTH, 1.0),
    "meters": (_LENGTH, 1.0), "metre": (_LENGTH, 1.0), "meter": (_LENGTH, 1.0),
    "m": (_LENGTH, 1.0), "centimetres": (_LENGTH, 0.01), "centimeters": (_LENGTH, 0.01),
    "cm": (_LENGTH, 0.01), "millimetres": (_LENGTH, 0.001), "millimeters": (_LENGTH, 0.001),
    "mm": (_LENGTH, 0.001), "feet": (_LENGTH, _FOOT), "foot": (_LENGTH, _FOOT),
    "ft": (_LENGTH, _FOOT), "inches": (_LENGTH, 0.0254), "inch": (_LENGTH, 0.0254),
    "yards": (_LENGTH, 0.9144), "yard": (_LENGTH, 0.9144), "yd": (_LENGTH, 0.9144),
    "miles": (_LENGTH, _MILE), "mile": (_LENGTH, _MILE), "mi": (_LENGTH, _MILE),
    "kilograms": (_MASS, 1.0), "kilogram": (_MASS, 1.0), "kg": (_MASS, 1.0),
    "grams": (_MASS, 1e-3), "gram": (_MASS, 1e-3), "metric tons": (_MASS, 1e3),
    "milligrams": (_MASS, 1e-6), "milligram": (_MASS, 1e-6), "mg": (_MASS, 1e-6),
    "micrograms": (_MASS, 1e-9), "microgram": (_MASS, 1e-9), "mcg": (_MASS, 1e-9), "µg": (_MASS, 1e-9),
    "tonnes": (_MASS, 1e3), "tonne": (_MASS, 1e3), "tons": (_MASS, 907.18474),
    "ton": (_MASS, 907.18474), "pounds": (_MASS, 0.45359237), "pound": (_MASS, 0.45359237),
    "lbs": (_MASS, 0.45359237), "lb": (_MASS, 0.45359237), "ounces": (_MASS, 0.028349523125),
    "oz": (_MASS, 0.028349523125), "litres": (_VOLUME, 1e-3), "liters": (_VOLUME, 1e-3),
    "litre": (_VOLUME, 1e-3), "liter": (_VOLUME, 1e-3), "gallons": (_VOLUME, 0.003785411784),
    "gallon": (_VOLUME, 0.003785411784), "cubic metres": (_VOLUME, 1.0),
    "cubic meters": (_VOLUME, 1.0), "m³": (_VOLUME, 1.0), "m3": (_VOLUME, 1.0), "m2": (_AREA, 1.0),
    "cubic metre": (_VOLUME, 1.0), "cubic meter": (_VOLUME, 1.0), "cubic kilometres": (_VOLUME, 1e9),
    "cubic kilometers": (_VOLUME, 1e9), "km³": (_VOLUME, 1e9), "km3": (_VOLUME, 1e9),
    "cubic feet": (_VOLUME, 0.028316846592), "hectolitres": (_VOLUME, 0.1), "hectoliters": (_VOLUME, 0.1),
    "gigawatts": ("watt", 1e9), "gigawatt": ("watt", 1e9), "gw": ("watt", 1e9),
    "megawatts": ("watt", 1e6), "megawatt": ("watt", 1e6), "mw": ("watt", 1e6),
    "kilowatts": ("watt", 1e3), "kilowatt": ("watt", 1e3), "kw": ("watt", 1e3),
    "twh": ("watt hour", 1e12), "gwh": ("watt hour", 1e9), "mwh": ("watt hour", 1e6),
    "kwh": ("watt hour", 1e3),
    **{f"{prefix}watt{sep}hour{plural}": ("watt hour", factor)
       for prefix, factor in (("tera", 1e12), ("giga", 1e9), ("mega", 1e6), ("kilo", 1e3))
       for sep in ("-", " ") for plural in ("s", "")},
    "horsepower": ("watt", 745.69987158227022), "hp": ("watt", 745.69987158227022),
    # a line's or a grid's voltage ("a 400 kV interconnector", "400,000 volts")
    "volts": ("volt", 1.0), "volt": ("volt", 1.0), "kilovolts": ("volt", 1e3), "kilovolt": ("volt", 1e3),
    "kv": ("volt", 1e3),
    # particle energies and masses ("13.6 TeV", "125 GeV"); not "eV", which is too often "EV"
    "tev": ("electronvolt", 1e12), "teraelectronvolts": ("electronvolt", 1e12),
    "gev": ("electronvolt", 1e9), "gigaelectronvolts": ("electronvolt", 1e9),
    "mev": ("electronvolt", 1e6), "megaelectronvolts": ("electronvolt", 1e6),
    "kev": ("electronvolt", 1e3), "kiloelectronvolts": ("electronvolt", 1e3),
}  # fmt: skip
_UNITS.update({"square metre": (_AREA, 1.0), "square meter": (_AREA, 1.0), "square foot": (_AREA, _FOOT**2),
               "cubic foot": (_VOLUME, 0.028316846592)})  # fmt: skip
# "a 50,000-square-metre warehouse", "a 2,000-square-foot flat": the unit hyphenated as a modifier
_UNITS.update({k.replace(" ", "-"): v for k, v in list(_UNITS.items()) if k.startswith(("square ", "cubic "))})
_TEMPERATURE = {"c": "C", "celsius": "C", "centigrade": "C", "f": "F", "fahrenheit": "F"}

DAYS_PER_YEAR = 365.2425  # Gregorian mean year (public: the aligner counts months in it too)
_DAYS_PER_YEAR = DAYS_PER_YEAR
_DURATION_DAYS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "fortnight": 14.0, "month": _DAYS_PER_YEAR / 12, "year": _DAYS_PER_YEAR,
    "decade": _DAYS_PER_YEAR * 10, "century": _DAYS_PER_YEAR * 100,
}  # fmt: skip

# --------------------------------------------------------------------------------------------
# Patterns (all linear: bounded repetitions or single unbounded classes)
# --------------------------------------------------------------------------------------------

_NUMWORD = "|".join(sorted([*_UNIT_WORDS, *_TENS_WORDS, *_SCALE_WORDS, "dozen"], key=len, reverse=True))
# A run of number words: "twenty-one", "two hundred and five", "five million", "a dozen".
_WORD_NUMBER = re.compile(
    rf"\b(?:(?:a|an)\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?"
    rf"(?:{_NUMWORD})(?:(?:[ \t]+|-|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)(?:{_NUMWORD})){{0,8}}\b",
    re.I,
)
# Digits, with an attached suffix ("5m", "1.5bn") or a spaced scale word ("5 million").
_DIGIT_NUMBER = re.compile(
    r"(?:(?<![\w.,])|(?<=\b(?:" + "|".join(sorted(_ISO_CODES)) + r"))|(?<=\b[Kk]r))(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,]|\.\d)|\d+(?:\.\d+)?|\.\d+)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn|crores?|lakhs?)\b|(?P<suf>[kKmMbB])(?![A-Za-z]))?",
)
_FRACTION = re.compile(
    r"\b(?P<frac>three[ -]quarters?|two[ -]thirds|one[ -]third|a third|(?:a |one )?quarter|"
    r"(?:a|one|two|three|four)[ -](?:fifth|sixth|eighth|tenth)s?|"
    r"(?:a |one )?half)(?:(?:\s+of)?\s+an?\s+|[ -])(?=(?P<scale>million|billion|trillion|thousand|dozen|hundred)\b|"
    r"percentage point|per ?cent|mile|kilomet|metre|meter|centimet|millimet|inch|foot|yard|acre|hectare|"
    r"kilogram|gram|pound|tonne|ton\b|litre|liter|gallon|hour|day|year|century|decade|week|month|minute|second)",
    re.I,
)
_ONE_UNIT = re.compile(
    r"(?:\b(?:than|under|over|nearly|almost|about|around|roughly|within|just|only|by|for|lasted|lasting)\s+(?P<a>an?|one)\s+(?!second\s+(?:time|term|half|round|place|leg|season|year|day|week|month|quarter|consecutive|straight|successive|attempt|try|go)\b)(?=(?:"
    r"kilomet|metre|meter|mile|foot|yard|hour|day|week|fortnight|month|year|decade|century|minute|second|kilogram|"
    r"tonne|ton\b|percentage point))|\b(?P<b>an?|one)(?=\s+full\s+percentage point)"
    # "for a fortnight": no other sense than fourteen days ("a week", "a year" often compare)
    r"|\b(?P<c>an?|one)(?=\s+fortnight\b)"
    # "started an hour and a half late": a span with its half, whatever comes before
    r"|\b(?P<d>an?|one)(?=\s+(?:minute|hour|day|week|month|year|decade|century)\s+and\s+a\s+half\b))",
    re.I,
)
_FRACTION_OF = re.compile(
    r"\b(?P<frac>(?:a|one|two|three|four|five|nine)[ -](?:half|third|quarter|fifth|sixth|eighth|tenth)s?|an[ -]eighth|"
    # "in the first half of 2025" is a period, not a share
    r"(?<!first\s)(?<!second\s)(?<!final\s)(?<!last\s)half)"
    # ("more than half the wagons": "half" needs no "of")
    r"(?=\s+of\s+(?!an?\s)\w|(?<=half)\s+(?:the|its|their|his|her)\s+\w)"
    r"|(?:(?<=\bby\s)|(?<=\bby\sabout\s)|(?<=\bby\saround\s)|(?<=\bby\sroughly\s)|(?<=\bby\salmost\s)"
    r"|(?<=\bby\snearly\s)|(?<=\bby\smore\sthan\s)|(?<=\bby\sover\s)|(?<=\bby\ssome\s)"
    # "a premium of more than a third", "a stake of about a fifth": a share after a hedge
    r"|(?<=\bof\sabout\s)|(?<=\bof\saround\s)|(?<=\bof\sroughly\s)|(?<=\bof\salmost\s)|(?<=\bof\snearly\s)"
    r"|(?<=\bof\smore\sthan\s)|(?<=\bof\sless\sthan\s)|(?<=\bof\sover\s)|(?<=\bof\sunder\s)|(?<=\bof\ssome\s))"
    r"(?P<change>(?:a|one|two|three)[ -](?:half|third|quarter|fifth|sixth|eighth|tenth)s?|an[ -]eighth|half)\b(?!\s+(?:of|an?)\b)"
    # "costs a third less than it did", "a quarter more expensive than": a change by a share of the level
    r"|\b(?P<compared>(?:a|one|two|three)[ -](?:third|quarter|fifth|sixth|eighth|tenth)s?)"
    # ("sold a quarter more tickets this year than last")
    r"(?=\s+(?:less|more|lower|higher|cheaper|dearer|fewer|smaller|bigger|larger|greater)\s+(?:[a-z]+\s+){0,3}?than\b)",
    re.I,
)
# the name of an event or a place, then the noun an ordinal before it counts ("his 11th Brennholm
# chess title", "her third Orva Marathon win"); hand-written: the nouns a news story numbers
_RANKED_AFTER_NAME = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+\s+)?(?:titles?|wins?|victory|victories|championships?|trophy|trophies|"
    r"medals?|crowns?|goals?|seasons?|terms?|appearances?|starts?|stages?|finals?|editions?|albums?|films?|"
    r"novels?|books?|records?|outings?|races?|attempts?|visits?)\b"
)
# "Durov, who is nearly 40, ...": an age after a relative clause about a person.
_WHO_IS = re.compile(
    r"\bwho\s+(?:is|was|turned|turns|will\s+be)\s+(?:now\s+)?"
    r"(?:(?:nearly|almost|about|around|roughly|just|over|under|only)\s+)?$",
    re.I,
)
# "Pavel Durov, 39, ...", "the founder, 39, ...": a bare number set off by commas after a word, an age.
_APPOSITIVE_BEFORE = re.compile(r"(?<![\d,])\b[A-Za-z][\w'’-]+,\s$")
# "in his forties", "in her early thirties": an age as a span of ten years.
_AGE_DECADE = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?P<part>early|mid|mid-|late)?[\s-]*"
    r"(?P<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.I,
)
_AGE_DECADE_PART = {"early": (0, 3), "mid": (3, 7), "late": (6, 9)}  # years into the decade, as for dates
# "Ivo Rask is 39.": a bare number said of a name, an age.
_NAME_IS = re.compile(
    r"\b[A-Z][\w'’-]+\s+(?:is|was|turned|turns)\s+(?:now\s+)?$"
    # "Higgs, born on 29 May 1929, was 84 when ...": a name, an aside on its birth, then the age
    r"|\b[A-Z][\w'’-]+,\s+born\b[^,;]{1,30},\s+(?:is|was|turned|turns)\s+(?:now\s+)?$"
)
_NAME_APPOSITION_IS = re.compile(
    r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+(?:the|a|an|its|his|her|their)\s+(?![^,;]*\b(?:said|says)\b)[^,;]{3,70},\s+"
    r"(?:is|was|turned|turns)\s+(?:now\s+)?$"
)
# What may follow such an age: the end of the clause ("Rask is 39.", "was 39 when ...").
# "At 19, Mads Toft ...", "At 41, sailor Ines Varg ...": the name (after at most a title) an age
# that opens the sentence is given to
_AGE_THEN_NAME = re.compile(r"\s*,\s+(?:(?!(?:the|a|an|this|that|its|his|her|their)\b)[a-z][\w-]*\s+){0,2}[A-Z]")
_AGE_END = re.compile(r"\s*(?:[,.;)]|$|and\b|when\b)")
# "once", "twice", "thrice" before a period ("twice a week", "twice weekly"): how many times.
_TIMES_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
# "scored twice", "a hat-trick": how many times, as a count; not "twice a week" (a frequency),
# "twice as large" or "twice the size" (a ratio).
_TIMES_WORD = re.compile(
    r"\b(?:twice|thrice)\b(?!\s+(?:a|an|per|as|every|each|the|that|more|over|daily|weekly|monthly|yearly|its|their|his|her|what)\b)"
    r"|\bhat[- ]trick\b",  # ("scored a hat-trick as Rovers won": no ratio follows a hat-trick)
    re.I,
)
_TIMES_VALUE = {"twice": 2.0, "thrice": 3.0, "hat-trick": 3.0}
# "two in five voters", "1 in 4 adults", "nine out of ten": a share, like "two-fifths".
_N_IN_M = re.compile(
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
    r"(?P<d>\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|a\s+thousand)\b"
    r"(?!\s*(?:%|per\b|percent|million|billion|thousand|seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
    r"games?|matches|attempts?|tries)\b)"
    r"(?![.,]\d)",
    re.I,
)


# "1/2000 in the UK": one in two thousand. Not a date ("4/3", "12/31/2024") nor a plain fraction
# ("1/2"): the denominator is 32 or more and nothing follows it but a word or the end.
_N_SLASH_M = re.compile(r"(?<![\w/.,])(?P<n>\d{1,3})/(?P<d>\d{2,3}(?:,\d{3})+|\d{2,7})(?![\w/.,]\d|/)")


def _small_number(text: str) -> float:
    """ "597", "1,000", "nine", "a hundred": the value of one side of "N in M"."""
    if text[:1].isdigit():
        return float(text.replace(",", ""))
    return _words_value([w for w in text.lower().split() if w != "a"])


_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}


def _fraction_value(phrase: str) -> float:
    """ "a fifth" = 0.2, "two-thirds" = 0.667, "half" = 0.5."""
    words = re.split(r"[ -]+", phrase.lower())
    if len(words) == 1:
        return 0.5
    numerator = 1 if words[0] in ("a", "an", "one") else _UNIT_WORDS[words[0]]
    return numerator / _DENOMINATORS[words[1].rstrip("s")]


# "a quarter-point", "a quarter point" (not "the half point of the season"): a fraction of a
# percentage point.
_POINT_FRACTION = re.compile(
    r"\b(?P<frac>quarter|half|three-quarter)-point\b|(?<=\ba )(?P<frac2>quarter|half|three-quarter) point\b", re.I
)
# "two and a half years", "six and three-quarter years", "five and a quarter million"
_AND_A_FRACTION = re.compile(
    r"\s+and\s+(?P<frac>a\s+half|a\s+quarter|three[ -]quarters?|a\s+third|two[ -]thirds)\b", re.I
)
_FRACTION_OF_AND = {"a half": 0.5, "a quarter": 0.25, "three quarter": 0.75, "a third": 1 / 3, "two third": 2 / 3}

_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![A-Za-z])"
)
_ORD_DAY = r"(?P<dw>" + "|".join(
    [
        "thirty-first", "thirtieth", "twenty-first", "twenty-second", "twenty-third",
        "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
        "twenty-ninth", "twentieth", "nineteenth", "eighteenth", "seventeenth", "sixteenth",
        "fifteenth", "fourteenth", "thirteenth", "twelfth", "eleventh", "tenth", "ninth",
        "eighth", "seventh", "sixth", "fifth", "fourth", "third", "second", "first",
    ]
) + ")"  # fmt: skip
_YEAR = r"(?P<y>1[0-9]{3}|20[0-9]{2})(?!\d)"
_DATE_PATTERNS = [
    re.compile(r"(?<!\d)(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?!\d)"),
    re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<sy>\d{4})(?![\d/])"),
    re.compile(rf"{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,]\d|\d)(?:,?\s+{_YEAR})?"),
    re.compile(rf"(?<![\d.,])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"),
    re.compile(rf"(?:\bthe\s+)?\b{_ORD_DAY}\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?", re.I),
    re.compile(rf"{_MONTH}\s+(?:the\s+)?{_ORD_DAY}\b(?:,?\s+{_YEAR})?"),
    re.compile(rf"{_MONTH},?\s+(?:of\s+)?{_YEAR}"),
]
_MONTH_ALONE = re.compile(
    # ("in the year to September", "the three months to June": a statistic of the month it ends)
    # (the word before it capitalised too, opening a sentence: "In October, the ministry ...")
    r"\b(?i:in|by|until|till|since|from|before|after|during|through|last|next|this|of|(?:year|months|quarter)\s+to)\s+(?:(?:the\s+)?(?:early|late|mid|end\s+of|start\s+of|beginning\s+of)[\s-]+)?"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)(?![\w'’-])(?![\s,]+(?:of\s+)?\d)"
)
_ERA_YEAR = re.compile(r"\b(?:AD|CE)\s+(?P<y>\d{1,4})\b|\b(?P<y2>\d{1,4})\s+(?:AD|CE)\b")
_ANY_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_YEAR_RANGE = re.compile(
    r"(?<![\d.,$€£])\b(?:(?P<btw>[Bb]etween)\s+)?(?P<y1>1[0-9]{3}|20[0-9]{2})\s*(?:-|–|—|/|to|until|through|and)\s*(?P<y2>1[0-9]{3}|20[0-9]{2}|[0-9]{2})\b(?![-–.,]?\d)"
)
# "the 1930s", "the mid-1990s": a decade, dated by its first year with the unit "decade".
_DECADE = re.compile(r"(?:\b(?:early|mid|late)[\s-]+)?(?<![\d.,$€£#'’])\b(?P<y>1[5-9][0-9]0|20[0-9]0)s\b", re.I)
_BARE_YEAR = re.compile(r"(?:(?<=\bmid-)|(?<=\bearly-)|(?<=\blate-)|(?<![\d.,$€£#/-]))\b(?P<y>1[5-9][0-9]{2}|20[0-9]{2})\b(?![.,]\d|s\b|%|-\d)")

_DURATION_UNIT = r"(?P<du>seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|yrs?|decades?|century|centuries)"
# ("two more weeks of blackouts", "three extra days": a span the words between do not change)
# a duration unit's abbreviations (and "centuries" less its "s") by the unit's name
_DURATION_ABBREV = {"min": "minute", "hr": "hour", "h": "hour", "yr": "year", "centurie": "century"}
# "14h 22min": an hour or a minute written against its number
_GLUED_DURATION = re.compile(r"^(?P<du>h|hrs?|mins?)\b", re.I)
_DURATION_AFTER = re.compile(rf"^(?:\s+|-)(?:long\s+|(?:more|extra|additional|further)\s+)?{_DURATION_UNIT}\b(?P<old>-old)?", re.I)
_PERIOD = r"(?P<per>second|minute|hour|day|night|week|fortnight|month|year|decade|century|season|quarter)"
_TIMES_PER = re.compile(
    rf"\b(?:(?P<word>once|twice|thrice)|(?<![\w.,-])(?P<num>[\w.,-]{1, 24})\s+times)\s+(?:a|an|per|each|every)\s+{_PERIOD}\b",
    re.I,
)
_TIMES_BEFORE = re.compile(r"\b(?:(?P<word>once|twice|thrice)|(?P<num>[\w.,-]{1,24})\s+times)\s+$", re.I)
# (not "for every week it overruns": a sum per unit of something, no how often)
_EVERY = re.compile(
    rf"(?<!\bfor\s)\bevery\s+(?:(?P<other>other)\s+|(?P<num>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+)?{_PERIOD}s?\b", re.I
)
_ADVERB_FREQ = re.compile(
    r"\b(?P<adv>annually|yearly|monthly|weekly|daily|hourly|biennially|quarterly|fortnightly)\b", re.I
)
_ADVERB_PER_YEAR = {
    "annually": 1.0, "yearly": 1.0, "monthly": 12.0, "weekly": _DAYS_PER_YEAR / 7,
    "daily": _DAYS_PER_YEAR, "hourly": _DAYS_PER_YEAR * 24, "biennially": 0.5, "quarterly": 4.0,
    "fortnightly": _DAYS_PER_YEAR / 14,
}  # fmt: skip
_PERIOD_DAYS = dict(_DURATION_DAYS, night=1.0, season=_DAYS_PER_YEAR, quarter=_DAYS_PER_YEAR / 4)

_PERCENT_AFTER = re.compile(
    r"^\s*(?:(?P<pct>%|per\s?cent\b|pct\b|(?<=\d)pc\b)|(?P<pp>(?:full\s+)?percentage[ -]points?\b|pp\b|ppts?\b|points? percentage\b)"
    r"|(?P<bp>basis[ -]points?\b|bps\b|bp\b))",
    re.I,
)
_WORD_CHARS = re.compile(r"[A-Za-z][A-Za-z'’-]*")

_HEDGES: list[tuple[str, Operator]] = [
    ("just under", Operator.LT), ("just below", Operator.LT), ("just short of", Operator.LT),
    ("just shy of", Operator.LT), ("a little under", Operator.LT), ("slightly less than", Operator.LT),
    ("a little less than", Operator.LT), ("a little below", Operator.LT), ("slightly under", Operator.LT),
    ("slightly below", Operator.LT), ("slightly fewer than", Operator.LT),
    ("nearly", Operator.LT), ("almost", Operator.LT), ("close to", Operator.LT),
    ("closing in on", Operator.LT), ("nearing", Operator.LT),
    ("no more than", Operator.LE), ("not more than", Operator.LE), ("at most", Operator.LE),
    ("up to", Operator.LE), ("a maximum of", Operator.LE), ("as many as", Operator.LE),
    ("as much as", Operator.LE), ("as long as", Operator.LE), ("as high as", Operator.LE), ("no fewer than", Operator.GE), ("no less than", Operator.GE),
    ("at least", Operator.GE), ("a minimum of", Operator.GE), ("not less than", Operator.GE),
    ("just over", Operator.GT), ("just above", Operator.GT), ("slightly more than", Operator.GT),
    ("a little over", Operator.GT), ("a little more than", Operator.GT), ("a little above", Operator.GT),
    ("slightly over", Operator.GT), ("slightly above", Operator.GT),
    ("more than", Operator.GT), ("greater than", Operator.GT), ("higher than", Operator.GT),
    ("in excess of", Operator.GT), ("upwards of", Operator.GT), ("exceeding", Operator.GT),
    ("exceeds", Operator.GT), ("exceeded", Operator.GT), ("surpasses", Operator.GT), ("surpassed", Operator.GT),
    ("over", Operator.GT), ("above", Operator.GT), ("beyond", Operator.GT),
    ("less than", Operator.LT), ("fewer than", Operator.LT), ("lower than", Operator.LT),
    ("under", Operator.LT), ("below", Operator.LT), ("about", Operator.APPROX),
    ("older than", Operator.GT), ("younger than", Operator.LT),  # ages: "older than 75"
    ("around", Operator.APPROX), ("roughly", Operator.APPROX), ("approximately", Operator.APPROX),
    ("approx.", Operator.APPROX), ("an estimated", Operator.APPROX), ("estimated", Operator.APPROX),
    ("some", Operator.APPROX), ("circa", Operator.APPROX), ("c.", Operator.APPROX),
    ("an approximate", Operator.APPROX), ("or so", Operator.APPROX),
    ("north of", Operator.GT), ("south of", Operator.LT), ("shy of", Operator.LT),
    ("the best part of", Operator.LT), ("the better part of", Operator.LT),
    ("in the region of", Operator.APPROX), ("on the order of", Operator.APPROX),
    ("of the order of", Operator.APPROX), ("more or less", Operator.APPROX),
]  # fmt: skip
_HEDGE_OP = {h: op for h, op in _HEDGES}
HEDGE_WORDS: tuple[str, ...] = tuple(_HEDGE_OP)  # the words of every hedge a figure may open with
_HEDGE_AFTER = re.compile(r"^(?:\s*(?P<plus>\+|-plus\b)|\s+or\s+(?P<or>more|less|fewer|so)\b)", re.I)

_NEGATION = re.compile(
    r"\b(?:not|never|no\s+longer|nobody|nothing|neither|nor|none|without|denied|denies|deny|denying|"
    r"refused|refuses|refuse|rejected|failed\s+to|cannot|\w+n['’]t)\b|\bno\b(?!\s+(?:more|fewer|less)\s+than)",
    re.I,
)

_STOP_AFTER = frozenset(
    _words(
        """a an the of in on at to by for from with without and or but as than that which who whom
    whose is are was were be been being has have had do does did will would can could may might
    shall should must per each every this these those its his her their our your my it he she
    they we you i since until after before during while when where if into onto over under about
    around between through against among up down out off not no than then so also just only
    more less most least very too last next once because although though unless whereas
    ahead behind ago apart earlier later worth"""
    )
)
_ADJECTIVE_WORDS = frozenset(
    _words(
        """new old large big small high low total annual further more other single same additional
    full major extra long short great top record scheduled estimated average overall net gross
    consecutive straight successive straight previous next last past first second third early
    late recent current former final further initial maximum minimum mean median daily weekly
    monthly yearly public private global national local international domestic foreign
    unusually main worldwide nationwide globally overall apiece respectively abroad each"""
    )
)
_ADJ_SUFFIXES = ("ed", "ing", "al", "ive", "ous", "ful", "ic", "able", "ible", "ly", "est", "less")
_IRREGULAR_PLURALS = {
    "people": "people", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
    "knives": "knife", "data": "data", "media": "media", "series": "series", "species": "species",
    "news": "news", "crises": "crisis", "analyses": "analysis", "indices": "index",
}  # fmt: skip
_SUPERLATIVE = re.compile(
    r"^-?(?P<sup>largest|biggest|highest|longest|tallest|smallest|lowest|oldest|youngest|busiest|"
    r"richest|most\s+\w+|fastest|deepest|widest|best|worst|heaviest|strongest|greatest)\b",
    re.I,
)
_VOTE_CONTEXT = re.compile(
    r"\b(?:vot\w*|ballot|passed|ruling|ruled|decision|majority|verdict|judges|justices|jury|"
    r"senate|house|committee|council|board|approved|rejected|split)\b",
    re.I,
)


@dataclass
class _Atom:
    """A number as written: its span, value, and whether it carried a scale of its own."""

    start: int
    end: int
    value: float
    scaled: bool = False
    suffix: str = ""  # attached one-letter suffix ("m" in "5m"): million or metre by context
    word: bool = False
    integer: bool = True
    share: bool = False  # "two in five": a share whatever follows it


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def parse_quantities(text: str) -> list[Quantity]:
    """Return the quantities of one sentence, in order of appearance (see the module docstring)."""
    if "illion-" in text or "bn-" in text or "-billion" in text or "-million" in text or "-trillion" in text or _DIGIT_CURRENCY_HYPHEN.search(text):
        # "a 1.6-billion-euro terminal", "a $5-million bail": hyphens that join a figure's words
        # are read as spaces (same length, so every offset stays), and each figure quotes the text
        spaced = _SCALE_HYPHEN.sub(" ", text)
        # ("a six-and-a-half-million-mark budget": the words of one figure)
        spaced = _WORDS_OF_A_FIGURE.sub(lambda m: m.group().replace("-", " "), spaced)
        if spaced != text:
            return [q.model_copy(update={"text": text[q.start : q.end]}) for q in parse_quantities(spaced)]
    found = _with_ordinals(text, _parse_numbers(text)) if text else []
    if ":" in text:
        found = _race_times(text, found)
    if "times" in text:
        found = [q for q in found if not (q.kind is QuantityKind.COUNT and _RATIO_AFTER.match(text, q.end))]
    if "-" in text:
        # "747-8", "A320-200", "COVID-19", "F-35": a model's or a thing's code, not counts
        codes = [m.span() for m in _CODE.finditer(text) if _is_code(m.group())]
        if codes:
            found = [q for q in found if not (q.kind is QuantityKind.COUNT and any(a <= q.start < b for a, b in codes))]
    if "zero" in text:
        # "absolute zero", "zero hour", "ground zero", "triple zero" (a phone number): a name, not a count of nothing
        found = [q for q in found if not (q.text.lower().endswith("zero") and _ZERO_NAME.search(text, max(0, q.start - 10), q.end + 12))]
    if "umber" in text:
        # "number-one singles", "the number one seed": a rank's name, not a count
        found = [
            q for q in found
            if not (q.kind is QuantityKind.COUNT and _NUMBER_BEFORE.search(text, 0, q.start) and float(q.value or 0) <= 10)
        ]
    if any(q.kind is QuantityKind.COUNT and q.start > 0 for q in found):
        # "stage nine", "Game 5", "round 3": the ninth stage, the fifth game, the third round
        found = [_part_number(text, q) for q in found]
    if "Q" in text or "H" in text:
        found += _apart_from(found, _quarters(text))
    if "opening" in text:
        found += _apart_from(found, _openings(text))
    if any(q.kind is QuantityKind.MONEY for q in found):
        found = _elliptic_currency(text, found)
        found = _named_currency_shortened(found)
    if (" to " in text or " from " in text) and any(q.kind is QuantityKind.DURATION for q in found):
        found = _elliptic_duration(text, found)
    if "than" in text:
        # "11% more than a year ago", "5% lower than a year earlier": the time the figure is compared
        # with, not a span the sentence states
        found = [q for q in found if not _COMPARED_WITH_A_TIME.match(text[max(0, q.start - 24) : q.end + 10])
                 or not _BASE_TIME_AFTER.match(text, q.end)]  # fmt: skip
    if "point" in text or "stroke" in text or "length" in text:
        found += _apart_from(found, _margins_in_words(text))
    if "half" in text or "third" in text or "quarter" in text:
        states = _fraction_states(text)
        if states:
            found = [f for f in found if not any(f.start < q.end and q.start < f.end for q in states)] + states
    if "last of" in text:
        found += _apart_from(found, _last_of(text, found))
    if "row" in text or "consecutive" in text or "straight" in text or "successive" in text or "running" in text:
        found = [_in_a_row(text, q) for q in found]
    found.sort(key=lambda q: (q.start, q.end))
    return found


# "half contained", "two-thirds complete": a share of a state reached, as "30% contained" says it
_FRACTION_STATE = re.compile(
    r"(?:\b(?P<h>about|around|roughly|nearly|almost|more\s+than|over|less\s+than|under)\s+)?\b(?P<f>half|one[ -]third|a\s+third|two[ -]thirds|three[ -]quarters|a\s+quarter|one[ -]quarter)\s+"
    r"(?P<w>contained|complete|completed|built|finished|full|empty|occupied|vaccinated)\b",
    re.I,
)
_FRACTION_STATE_VALUES = {"half": 50.0, "one third": 100 / 3, "a third": 100 / 3, "two thirds": 200 / 3,
                          "three quarters": 75.0, "a quarter": 25.0, "one quarter": 25.0}


def _fraction_states(text: str) -> list[Quantity]:
    out = []
    for m in _FRACTION_STATE.finditer(text):
        value = _FRACTION_STATE_VALUES[re.sub(r"[\s-]+", " ", m.group("f").lower())]
        hedge = re.sub(r"\s+", " ", (m.group("h") or "").lower())
        q = _make(text, m.start(), m.end("f"), QuantityKind.PERCENT, _fmt(value), "%", _HEDGE_OP.get(hedge, Operator.EQ))
        out.append(q.model_copy(update={"measure": m.group("w").lower()}))
    return out


# "the last of the three escapees to be caught": the third of them
_LAST_OF = re.compile(r"\bthe\s+last\s+of\s+(?:the|its|their|his|her)\s+", re.I)


def _last_of(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "the last of the three escapees": the ordinal of the whole's count (3), over the word "last"."""
    out = []
    for m in _LAST_OF.finditer(text):
        n = next((q for q in found if q.start == m.end() and q.kind is QuantityKind.COUNT), None)
        value = n.value if n is not None and isinstance(n.value, float) else None
        if n is not None and value is not None and value.is_integer() and 1 < value <= 100:
            start = m.start() + len("the ")
            q = _make(text, start, start + len("last"), QuantityKind.ORDINAL, value, None)
            out.append(q.model_copy(update={"measure": n.measure}))
    return out


# "half a point ahead of", "a full point clear of", "one and a half lengths behind": a margin in words
_MARGIN_IN_WORDS = re.compile(
    r"\b(?P<n>half\s+a|a\s+full|one\s+and\s+a\s+half|a)\s+(?P<unit>point|stroke|length|goal|shot)s?\b"
    r"(?=\s+(?:ahead|clear|behind|in\s+front|adrift|short|back)\b)",
    re.I,
)
_MARGIN_WORD_VALUES = {"half a": 0.5, "a full": 1.0, "one and a half": 1.5, "a": 1.0}


def _margins_in_words(text: str) -> list[Quantity]:
    """Margins said in words ("half a point ahead of Padzik"): counts of the unit they measure in."""
    out = []
    for m in _MARGIN_IN_WORDS.finditer(text):
        value = _MARGIN_WORD_VALUES[re.sub(r"\s+", " ", m.group("n").lower())]
        q = _make(text, m.start(), m.end(), QuantityKind.COUNT, value, None)
        out.append(q.model_copy(update={"measure": m.group("unit").lower()}))
    return out


# "four quarters in a row", "three consecutive years", "a fourth straight quarter": how many times
# running, one fact however written
_IN_A_ROW_AFTER = re.compile(r"\s+(?P<noun>[a-z]+?)s?\s+(?:in\s+a\s+row|running)\b")
_CONSECUTIVE_AFTER = re.compile(r"\s+(?:consecutive|straight|successive)\s+(?P<noun>[a-z]+?)s?\b")
_RUN_UNITS = frozenset(("year", "quarter", "month", "week", "day", "season", "game", "match", "race", "term", "election", "title", "win", "time"))


def _in_a_row(text: str, q: Quantity) -> Quantity:
    """A count or a span of units said to run unbroken ("four quarters in a row", "three straight
    years") as the ordinal of the last of them ("a fourth consecutive quarter"), the unit its measure."""
    if q.kind not in (QuantityKind.COUNT, QuantityKind.DURATION, QuantityKind.ORDINAL):
        return q
    m = _CONSECUTIVE_AFTER.match(text, q.end)
    if q.kind is QuantityKind.DURATION:
        # ("three years in a row": the span's own words hold the unit)
        unit = re.search(r"([a-z]+?)s?$", q.text.lower())
        tail = re.match(r"\s+(?:in\s+a\s+row|running)\b", text[q.end :])
        if unit is None or tail is None or unit.group(1) not in _RUN_UNITS:
            return q
        n = _leading_count(q.text)
        noun = unit.group(1)
    else:
        m = m or _IN_A_ROW_AFTER.match(text, q.end)
        if m is None or m.group("noun") not in _RUN_UNITS:
            return q
        n = float(q.value) if isinstance(q.value, (int, float)) else None
        noun = m.group("noun")
    if n is None:
        return q
    return q.model_copy(update={"kind": QuantityKind.ORDINAL, "value": n, "unit": None, "measure": noun})


def _leading_count(text: str) -> float | None:
    """The number opening a span's text ("three years" -> 3.0)."""
    first = text.split()[0].lower() if text.split() else ""
    if first.replace(".", "", 1).isdigit():
        return float(first)
    value = _UNIT_WORDS.get(first) or _TENS_WORDS.get(first)
    return float(value) if value else None


def _apart_from(found: list[Quantity], new: list[Quantity]) -> list[Quantity]:
    """The quantities of ``new`` that overlap none already found."""
    return [q for q in new if not any(f.start < q.end and q.start < f.end for f in found)]


def _named_currency_shortened(found: list[Quantity]) -> list[Quantity]:
    """ "1.5 million talmar pounds this year, with 250,000 pounds going to the winner": once a
    sentence names a country's own pounds, a later plain "pounds" are those pounds, not sterling."""
    named: dict[str, str] = {}
    out = []
    for q in sorted(found, key=lambda x: x.start):
        if q.kind is QuantityKind.MONEY and q.unit and " " in q.unit and q.unit.split()[0] not in ("us", "u.s."):
            named[q.unit.split()[-1].rstrip("s")] = q.unit
        elif q.kind is QuantityKind.MONEY and named and (m := re.search(r"([a-z]+)$", q.text.lower())) is not None:
            base = m.group(1).rstrip("s")
            if base in named and _CURRENCY_WORDS.get(m.group(1)) == q.unit:
                q = q.model_copy(update={"unit": named[base]})
        out.append(q)
    return out


_COMPARED_WITH_A_TIME = re.compile(
    r".*(?:\d\s?%|\d|per\s?cent|points?|half|thirds?|quarters?|fifths?|tenths?)\s*,?\s+(?:more|less|higher|lower|fewer|greater|up|down|bigger|smaller)\s+than\s+"
    r"(?:a|an|one|\w+)\s+(?:years?|months?|weeks?|quarters?|days?|decades?)\b", re.I | re.S
)
_BASE_TIME_AFTER = re.compile(r"\s+(?:ago|earlier|before|previously)\b", re.I)


# "1.6-billion", "1.6-billion-euro", "5-million-dollar": the hyphens of a figure used as an adjective
_HYPHEN_CURRENCIES = r"(?:euros?|dollars?|francs?|kron[ae]r?|crowns?|yen|yuan|rupees?|roubles?|rubles?|pesos?|rand|t?h?alers?|drams?)\b"
_DIGIT_CURRENCY_HYPHEN = re.compile(r"\d-" + _HYPHEN_CURRENCIES, re.I)
_WORDS_OF_A_FIGURE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a)-and-a-(?:half|quarter)-(?:million|billion|thousand)(?:-(?=[a-z]))?", re.I
)
_SCALE_HYPHEN = re.compile(
    r"(?<=\d)-(?=(?:thousand|million|billion|trillion)\b)|"
    r"(?:(?<=\d[ -]million|\d[ -]billion)|(?<=\dbn))-(?=(?:euros?|dollars?|pounds?|yen|francs?|kron[ae]r?|crowns?|"
    r"rupees?|yuan|roubles?|rubles?|reais|real|pesos?|rand|marks?|t?h?alers?|drams?)\b)|"
    r"(?<=\d[ -]thousand|\d[ -]trillion)-(?=(?:euros?|dollars?|pounds?|yen|francs?|kron[ae]r?|crowns?)\b)|"
    r"(?<=\d)-(?=" + _HYPHEN_CURRENCIES + r")",
    re.I,
)
# "a 25,000-euro bonus", "a 400,000-crown fine" (not "a 12-pound baby", "the 100-mark line": weights, marks)
_SCALED = re.compile(r"\d\s*(?:thousand|million|billion|trillion|bn|m|k)\b", re.I)
# what links a sum to a bare one of the same currency: "rose to 1.9 billion kroner from 1.6 billion",
# "$5.2 billion, up from 4.8 billion", "from 1.6 billion to 1.9 billion kroner", "700 million more"
_SUM_LINK = re.compile(
    r"^(?:\s+(?:in|for)\s+(?:\d{4}|the\s+(?:first|second|third|fourth|last|final)\s+(?:half|quarter)|"
    r"the\s+(?:first|last)\s+(?:three|six|nine)\s+months)"
    # ("41 billion krone at the end of March from 62 billion")
    r"|\s+(?:at|by)\s+the\s+end\s+of\s+(?:the\s+)?[A-Za-z]+(?:\s+\d{4})?)?,?\s+(?:(?:up|down)\s+)?(?:from|to|against|compared\s+with|versus|vs\.?|and|or)"
    r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$",
    re.I,
)
_MORE_THAN_AFTER = re.compile(r"\s+(?:more|less|higher|lower|above|below|over|under)\b", re.I)


def _elliptic_currency(text: str, found: list[Quantity]) -> list[Quantity]:
    """A scaled bare number next to a sum of the same scale, linked by "from", "to", "against" or
    a comma, is a sum in that currency: "rose to 1.9 billion kroner from 1.6 billion" (the second
    is 1.6 billion kroner), "cost 4.2 billion kroner, 700 million more than budgeted"."""
    out = list(found)
    for i, q in enumerate(found):
        if q.kind is QuantityKind.COUNT and not _noun_chunk_right(text, q.end) and re.search(r",\s+(?:up|down)\s+from\s+$", text[max(0, q.start - 12) : q.start]):
            # "will pay eleven marks to cross the bridge from 1 March, up from seven": the level before, in marks
            earlier = [m for m in found[:i] if m.kind is QuantityKind.MONEY and ";" not in text[m.end : q.start]]
            if earlier and not any(m.kind is QuantityKind.COUNT for m in found[found.index(earlier[-1]) + 1 : i]):
                out[i] = q.model_copy(update={"kind": QuantityKind.MONEY, "unit": earlier[-1].unit, "measure": earlier[-1].measure})
                continue
        if q.kind is not QuantityKind.COUNT or not _SCALED.search(q.text) or _noun_chunk_right(text, q.end):
            continue
        before = [m for m in found[:i] if m.kind is QuantityKind.MONEY]
        after = [m for m in found[i + 1 :] if m.kind is QuantityKind.MONEY]
        sum_ = None
        if before and _SCALED.search(before[-1].text):
            gap = text[before[-1].end : q.start]
            if _SUM_LINK.match(gap) or (re.fullmatch(r",\s+", gap) and _MORE_THAN_AFTER.match(text, q.end)):
                sum_ = before[-1]
        if (
            sum_ is None
            and after
            and _SCALED.search(after[0].text)
            and re.fullmatch(r"\s+(?:to|and|or)\s+(?:\D{0,3})", text[q.end : after[0].start], re.I)
        ):
            sum_ = after[0]  # "from 1.6 billion to 1.9 billion kroner"
        if sum_ is not None:
            out[i] = q.model_copy(update={"kind": QuantityKind.MONEY, "unit": sum_.unit, "measure": sum_.measure})
    return out


_DURATION_UNIT_WORD = re.compile(r"(second|minute|hour|day|week|fortnight|month|year|decade|centur)", re.I)


def _elliptic_duration(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare number after "from <span> to" (or "to <span> from", "by <span> to") takes the span's
    unit: "cut his sentence from ten years to six" (six years), "to nine years from 12" (12 years),
    "by two years to seven" (seven years)."""
    out = list(found)
    for i, q in enumerate(found[1:], start=1):
        prev = found[i - 1]
        if q.kind is not QuantityKind.COUNT or prev.kind is not QuantityKind.DURATION or prev.measure == "age":
            continue
        # (or "cut his sentence to nine years from 12")
        if not (
            (re.fullmatch(r"\s+to\s+", text[prev.end : q.start]) and re.search(r"\bfrom\s+$", text[max(0, prev.start - 6) : prev.start]))
            or (re.fullmatch(r"\s+from\s+", text[prev.end : q.start]) and re.search(r"\bto\s+$", text[max(0, prev.start - 4) : prev.start]))
            # (or "cutting his sentence by two years to seven": the end of the change)
            or (re.fullmatch(r"\s+to\s+", text[prev.end : q.start]) and re.search(r"\bby\s+$", text[max(0, prev.start - 4) : prev.start]))
        ):
            continue
        unit = _DURATION_UNIT_WORD.search(prev.text.split()[-1]) if prev.text.split() else None
        if unit is None or _noun_chunk_right(text, q.end):
            continue
        days = _DURATION_DAYS["century" if unit.group(1).lower() == "centur" else unit.group(1).lower()]
        out[i] = q.model_copy(update={"kind": QuantityKind.DURATION, "value": _fmt(float(q.value) * days), "unit": "day"})
    return out


# "Q2 2024", "in H1": a quarter or half of a year, the same rank as "the second quarter of 2024"
_QUARTER = re.compile(r"\b(?P<p>[QH])(?P<n>[1-4])\b(?=\s+(?:19|20)\d\d\b|\s*(?:results|earnings|sales|revenue|profit|growth|GDP)\b|[,.;]|\s+of\b)")


# "its opening weekend", "the opening round": the first of them, as "its first weekend" says (not "a
# maiden flight", which names the event more than it ranks it)
_OPENING = re.compile(r"\bopening\s+(?P<n>weekend|day|night|week|month|season|match|game|round|stage|quarter)\b")


def _openings(text: str) -> list[Quantity]:
    out = []
    for m in _OPENING.finditer(text):
        q = _make(text, m.start(), m.start() + len(m.group().split()[0]), QuantityKind.ORDINAL, 1.0, None)
        out.append(q.model_copy(update={"measure": m.group("n")}))
    return out


def _quarters(text: str) -> list[Quantity]:
    out = []
    for m in _QUARTER.finditer(text):
        n = int(m.group("n"))
        if m.group("p") == "H" and n > 2:
            continue
        q = _make(text, m.start(), m.end(), QuantityKind.ORDINAL, float(n), None)
        out.append(q.model_copy(update={"measure": "quarter" if m.group("p") == "Q" else "half"}))
    return out


_CODE = re.compile(
    r"(?<![\w.,$€£¥-])(?:(?!(?:1[89]|20)\d\d)\d{3,4}-\d{1,3}|[A-Z]{1,6}\d*-\d{1,4}|[A-Z]\d{2,4}(?:-\d{1,4})?)\b(?![-–]\d)"
)
def _is_code(code: str) -> bool:
    """ "747-8" names a model; "150-200" is a range and "112-98" a score."""
    a, _, b = code.partition("-")
    return not (a.isdigit() and b.isdigit()) or int(b) * 10 < int(a)


_ZERO_NAME = re.compile(r"\b(?:absolute|ground|double|triple|treble)\s+zero\b|\bzero\s+(?:hour|tolerance|sum)\b", re.I)
_RACE_AFTER = re.compile(
    r"^\s+(?:(?:individual\s+)?(?:hurdles|freestyle|butterfly|backstroke|breaststroke|medley|relays?|steeplechase|"
    r"sprints?|dash))\b",
    re.I,
)
_NUMBER_BEFORE = re.compile(r"\bnumber[\s-]$", re.I)
# the nouns of a numbered part of an event ("stage nine", "Game 5"): a number after one is its rank
PART_NOUNS = ("stage", "game", "round", "leg", "heat", "lap", "episode", "innings", "phase")
# (not a score after a round's adjective: "a final-round 66", "an opening round 68")
_PART_BEFORE = re.compile(
    r"(?<![-\w])(?<!final\s)(?<!first\s)(?<!opening\s)(?<!closing\s)(?<!last\s)(?<!second\s)(?<!third\s)"
    rf"({'|'.join(PART_NOUNS)})\s+$",
    re.I,
)


def _part_number(text: str, q: Quantity) -> Quantity:
    """A count right after the noun of a numbered part ("stage nine") is that part's rank."""
    m = _PART_BEFORE.search(text, max(0, q.start - 10), q.start) if q.kind is QuantityKind.COUNT else None
    if m is None or q.operator is not Operator.EQ:
        return q
    try:
        value = float(q.value)
    except (TypeError, ValueError):
        return q
    if not value.is_integer() or not 0 < value <= 200:
        return q
    return q.model_copy(update={"kind": QuantityKind.ORDINAL, "measure": m.group(1).lower(), "unit": None})


# "won in 2:21:09": hours, minutes and seconds of a race or a flight, not three counts (a time of
# day is said "at 10:15:00")
_CLOCK = re.compile(r"(?<![\d:.])\d{1,2}:[0-5]\d(?![\d:])")
_HMS = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")


def _race_times(text: str, found: list[Quantity]) -> list[Quantity]:
    # "at 3:42 am": a time of day, whose two numbers count nothing (the time itself is kept)
    for m in _CLOCK.finditer(text):
        found = [q for q in found if q.end <= m.start() or q.start >= m.end() or q.unit == TIME_OF_DAY]
    # "stopped the clock at 30:14", "took bronze in 31:14": minutes and seconds, where the minutes
    # cannot be an hour or a race's "in" says so
    for m in _CLOCK.finditer(text):
        minutes, _, seconds = m.group().partition(":")  # (an "h:mm:ss" is none: _CLOCK stops at its colons)
        if int(minutes) < 24 and not re.search(r"\b(?:in|clocked|time\s+of)\s+$", text[max(0, m.start() - 12) : m.start()], re.I):
            continue
        if re.match(r"\s*(?:[ap]\.?\s?m\b|GMT|UTC|[Hh]rs\b|local\s+time\b|hours?\b)", text[m.end() :], re.I):
            continue
        found = [q for q in found if q.end <= m.start() or q.start >= m.end()]
        found.append(_make(text, m.start(), m.end(), QuantityKind.DURATION, _fmt((int(minutes) * 60 + int(seconds)) / 86400), "day",
                           Operator.EQ, measure=head_noun(text, m.start(), m.end())))
    for m in _HMS.finditer(text):
        if re.search(r"\bat\s+$", text[max(0, m.start() - 4) : m.start()], re.I):
            continue
        h, mi, se = (int(g) for g in m.groups())
        found = [q for q in found if q.end <= m.start() or q.start >= m.end()]
        found.append(_make(text, m.start(), m.end(), QuantityKind.DURATION, _fmt((h * 3600 + mi * 60 + se) / 86400), "day",
                           Operator.EQ, measure=head_noun(text, m.start(), m.end())))
    return found


TIME_OF_DAY = "time of day"  # a measure's unit: minutes after midnight, comparable only with itself
# "2:30 p.m.", "9am", "14:30 local time", "at 09:00", "0900 GMT", "noon": a time of day; a bare
# "2:30" without a clock word or a 24-hour hour stays unread (a race time, or am/pm unsaid)
_CLOCK_WORD = re.compile(r"\d[:.]?[0-5]\d|\d\s?[ap]\.?\s?m\b|noon|midday|midnight", re.I)
_TIME_OF_DAY = re.compile(
    r"(?<![\w:.,])(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[aApP])\.?\s?[mM]\b\.?"
    r"|(?P<h24>[01]\d|2[0-3]|\d)(?P<sep>:?)(?P<m24>[0-5]\d)(?![\w:]|[.,]\d)"
    r"(?=(?P<zone>\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|[Hh]rs\b|local\s+time\b))?)"
    r"|(?P<word>noon|midday|midnight)\b)"
)
_TIME_HEDGE = re.compile(
    r"\b(?:(?P<op>(?:(?:shortly|just|soon|right|long|well)\s+)?(?:before|after|until|till|by|past)|"
    r"about|around|approximately|roughly|circa)|(?P<at>at|from|since))\s+$",
    re.I,
)
_TIME_OPS = {"before": Operator.LT, "until": Operator.LE, "till": Operator.LE, "by": Operator.LE,
             "after": Operator.GT, "past": Operator.GT, "about": Operator.APPROX, "around": Operator.APPROX,
             "approximately": Operator.APPROX, "roughly": Operator.APPROX, "circa": Operator.APPROX}  # fmt: skip


def _times_of_day(text: str) -> list[Quantity]:
    """Times of day in minutes after midnight: "shortly after 2:30 p.m." is 870, after (``>``)."""
    out = []
    for m in _TIME_OF_DAY.finditer(text):
        start = m.start()
        hedge = _TIME_HEDGE.search(text, max(0, start - 30), start)
        word = (hedge.group("op") or "").lower() if hedge else ""
        op = _TIME_OPS[word.split()[-1]] if word else Operator.EQ
        if m.group("word"):
            value = 720 if m.group("word") != "midnight" else (1440 if op in (Operator.LT, Operator.LE) else 0)
        elif m.group("ap"):
            hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
            value = hour * 60 + int(m.group("m") or 0)
        else:
            # a 24-hour time says so: a zone ("0900 GMT", "14:30 local time"), or "at 14:30", "by 09:00"
            # (a bare "2:30" may be a.m. or p.m., "in 13:45" a race time)
            h24 = m.group("h24")
            # (or one end of a span of times: "between 23:00 and 06:00", "from 22:00 to 07:00")
            spanned = (
                re.search(r"\b(?:between|from)\s+$", text[max(0, start - 10) : start], re.I) is not None
                and re.match(r"\s+(?:and|to|until|till)\s+\d{1,2}[:.]\d{2}\b", text[m.end() : m.end() + 16]) is not None
            ) or re.search(r"\d{1,2}[:.]\d{2}\s+(?:and|to|until|till)\s+$", text[max(0, start - 20) : start]) is not None
            said = m.group("sep") and (hedge is not None or spanned) and (h24[0] == "0" or int(h24) >= 13)
            if not (m.group("zone") or said):
                continue
            value = int(h24) * 60 + int(m.group("m24"))
        if word and hedge is not None:
            start = hedge.start("op")
        out.append(_make(text, start, m.end(), QuantityKind.MEASURE, float(value), TIME_OF_DAY, op))
    return out


# "three times its budget", "2.4 times their 2012 level": a ratio the rules of factors read, not a count.
_RATIO_AFTER = re.compile(r"\s+times\s+(?:its|their|the|his|her|what|that\s+of|as)\b", re.I)


_MAX_NUMBERS = 1000  # numbers read from one text: past this it is a table dump, not a sentence


class _Spans:
    """Non-overlapping character spans, kept sorted: overlap tests in O(log n), so a line with
    thousands of numbers stays linear-ish instead of quadratic."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return False
        return not (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _parse_numbers(text: str) -> list[Quantity]:
    if (
        not text
        or not any(c.isdigit() for c in text)
        and not _has_number_word(text)
        and not _ONE_UNIT.search(text)
        and not _TIMES_WORD.search(text)
        and not _AGE_DECADE.search(text)
        and "-long" not in text
        and not _VAGUE_COUNT.search(text)
        and not _MONTH_ALONE.search(text)
        and not ("noon" in text or "midnight" in text or "midday" in text)
    ):
        return []
    found: list[Quantity] = []
    taken = _Spans()
    for q in [*_dates(text), *_frequencies(text), *(_times_of_day(text) if _CLOCK_WORD.search(text) else ())]:
        if taken.free(q.start, q.end):
            found.append(q)
            taken.add(q.start, q.end)
    # spans given as words ("in his forties", "thousands of"): both bounds share the words
    spans = _age_decades(text) + (_vague_counts(text) if " of " in text else [])
    for lo, hi in zip(spans[::2], spans[1::2], strict=True):
        if taken.free(lo.start, lo.end):
            found += [lo, hi]
            taken.add(lo.start, lo.end)
    atoms = [a for a in _atoms(text) if taken.free(a.start, a.end)][:_MAX_NUMBERS]
    i = 0
    while i < len(atoms):
        consumed, quantities, span = _classify(text, atoms, i)
        if quantities and taken.free(*span):
            found.extend(quantities)
            taken.add(*span)
        i += max(consumed, 1)
    for q in _unit_long(text) if "-long" in text else ():
        if taken.free(q.start, q.end):
            found.append(q)
            taken.add(q.start, q.end)
    found.sort(key=lambda q: (q.start, q.end))
    return _compound_durations(text, _count_then_period(text, _counts_per_period(text, _rates_per(text, found))))


_PER = re.compile(r"\s+per\s+(?:every\s+)?$", re.I)


def _rates_per(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "493 per million population", "12.5 per 100,000 people": a share, as a percentage."""

    def join(q: Quantity, r: Quantity) -> Quantity | None:
        if (
            q.kind is QuantityKind.COUNT
            and r.kind is QuantityKind.COUNT
            and isinstance(q.value, float)
            and isinstance(r.value, float)
            and r.value in (100.0, 1e3, 1e4, 1e5, 1e6)
            and q.value < r.value
            and _PER.match(text[q.end : r.start])
        ):
            return _make(text, q.start, r.end, QuantityKind.PERCENT, _fmt(100 * q.value / r.value), "%", q.operator,
                         measure=head_noun(text, q.start, r.end))
        return None

    return _merge_pairs(found, join)


def _merge_pairs(found: list[Quantity], join: Callable[[Quantity, Quantity], Quantity | None]) -> list[Quantity]:
    """``found`` with each pair of neighbours that ``join`` makes one quantity replaced by it."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        merged = join(found[i], found[i + 1]) if i + 1 < len(found) else None
        out.append(merged if merged is not None else found[i])
        i += 2 if merged is not None else 1
    return out


_DURATION_UNIT_AT_END = re.compile(r"(century|centuries|decades?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|hrs?|mins?|(?<=\d)h)$", re.I)
_DURATION_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?|-")  # "-": "a 2-hour-15-minute drama"
_AND_A_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b", re.I)  # after the unit: "a year and a half"


def _duration_unit(q: Quantity) -> float | None:
    """Days in the unit a duration's text ends with ("21 minutes" → 1/1440), else None."""
    m = _DURATION_UNIT_AT_END.search(q.text)
    if q.kind is not QuantityKind.DURATION or m is None:
        return None
    word = m.group(1).lower()
    word = "century" if word.startswith("centur") else word.rstrip("s")
    return _DURATION_DAYS[_DURATION_ABBREV.get(word, word)]


def _compound_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "2 hours 21 minutes 37 seconds", "3 hours and 15 minutes", "a year and a half": one span."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.start <= q.start and q.end <= prev.end and prev.text.lower().endswith("half"):
            continue  # "a year and a half of investigation": the half is the span's, no share of the investigation
        unit, prev_unit = _duration_unit(q), _duration_unit(prev) if prev is not None else None
        if (
            prev is not None
            and unit is not None
            and prev_unit is not None
            and unit < prev_unit
            and isinstance(prev.value, float)
            and isinstance(q.value, float)
            and prev.measure != "age"
            and _DURATION_JOIN.fullmatch(text[prev.end : q.start])
        ):
            out[-1] = prev.model_copy(update={"value": _fmt(prev.value + q.value), "text": text[prev.start : q.end],
                                              "end": q.end, "measure": prev.measure or q.measure})
            continue
        half = _AND_A_HALF_AFTER.match(text, q.end) if unit is not None else None
        if half is not None and unit is not None and isinstance(q.value, float):
            q = q.model_copy(update={"value": _fmt(q.value + unit / 2), "text": text[q.start : half.end()],
                                     "end": half.end()})
        out.append(q)
    return out


# A period said apart from its count ("40,000 vehicles cross the bridge every day"): a frequency.
_BARE_PERIOD = re.compile(r"(?:every|each|a|per)\s+(?:second|minute|hour|day|week|fortnight|month|year|decade)|daily|weekly|monthly|annually|yearly", re.I)
_SAME_CLAUSE = re.compile(r"[^,;:()\d]{1,50}")


def _counts_per_period(text: str, found: list[Quantity]) -> list[Quantity]:
    def join(q: Quantity, f: Quantity) -> Quantity | None:
        if (
            q.kind is QuantityKind.COUNT
            and f.kind is QuantityKind.FREQUENCY
            and isinstance(q.value, float)
            and isinstance(f.value, float)
            and _BARE_PERIOD.fullmatch(f.text)
            and _SAME_CLAUSE.fullmatch(text[q.end : f.start])
            and not re.search(r"\b(?:and|but|while|which|who|that|when)\b", text[q.end : f.start])
        ):
            # the span stays the count's: the words between may hold a name ("the Kessel Bridge")
            return q.model_copy(update={"kind": QuantityKind.FREQUENCY, "value": _fmt(q.value * f.value), "unit": f.unit})
        if (
            q.kind in (QuantityKind.MEASURE, QuantityKind.MONEY)
            and f.kind is QuantityKind.FREQUENCY
            and _BARE_PERIOD.fullmatch(f.text)
            and len(text[q.end : f.start]) <= 25
            and _SAME_CLAUSE.fullmatch(text[q.end : f.start])
            and not re.search(r"\b(?:and|but|while|which|who|that|when)\b", text[q.end : f.start])
        ):
            # "1,200 kg of potatoes every week": the period the amount is given for, as "1.2 tonnes
            # of potatoes a week" says it, no count of its own
            return q
        return None

    return _merge_pairs(found, join)


# "cut sailings to three a day": a count its period follows at once, the noun said before it
# (not a time it is compared with: "from 540 million a year before")
_PERIOD_RIGHT_AFTER = re.compile(
    r"\s+(?:a|per|each)\s+(day|week|month|year)\b(?!\s+(?:before|earlier|ago|later|after|on|prior|previously|to)\b)", re.I
)


def _count_then_period(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare count (no noun after it) its period follows at once ("three a day") is a frequency,
    as "three daily sailings" and "three sailings a day" are."""
    out = []
    for q in found:
        m = _PERIOD_RIGHT_AFTER.match(text, q.end) if q.kind is QuantityKind.COUNT else None
        if m is not None and q.measure and isinstance(q.value, float):
            q = q.model_copy(update={"kind": QuantityKind.FREQUENCY, "value": _fmt(_per_year(q.value, m.group(1))),
                                     "unit": "per year"})
        out.append(q)
    return out


def is_negated(text: str) -> bool:
    """True when the sentence states something in the negative ("not", "never", "no longer",
    "denied", "without", "refused", "n't"); hedges such as "no more than" are not negations."""
    return _NEGATION.search(text) is not None


def head_noun(text: str, start: int, end: int) -> str | None:
    """The lower-cased, singular head noun that the number at ``text[start:end]`` measures.

    Looks right first ("950 million users" → ``user``; "a 57-yard field goal" → ``field goal``),
    then left ("a population of 8 million" → ``population``; "lowered Bank Rate to 5%" → ``rate``).
    A two-word result is a compound whose last word is the head: compare on it when the whole differs.
    """
    if re.match(r"\s+in\s+the\s+world\b", text[end : end + 16]) or re.search(r"\b[Ww]orld\s+(?:No\.|number)\s*$", text[max(0, start - 14) : start]):
        return "world"  # "ranked sixth in the world", "World No. 4": a world ranking
    margin = _MARGIN_OF.search(text[max(0, start - 40) : start])
    if margin is not None:
        return margin.group(1).lower()  # "a majority of over 3,000 votes": the majority, not the votes
    share = _SHARE_OF.match(text, end)
    if share is None and text[start:end].lower().endswith("half"):
        share = HALF_THE.match(text, end)  # "half the wagons"
    if share and re.search(r"(?:%|per\s?cent|percent|half|third|quarter|fifth|tenth)s?$", text[start:end]):
        right = _noun_chunk_right(text, share.end() - 1)  # "14% of its workforce": a share of that noun
    else:
        right = _noun_chunk_right(text, end)
    if right:
        return right
    return _noun_left(text, start, names=True)


_MARGIN_OF = re.compile(
    r"\b(majority|margin)\s+of\s+(?:(?:over|more\s+than|about|around|nearly|almost|some|just|only|under|fewer\s+than|less\s+than)\s+)?$",
    re.I,
)
_SHARE_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|our)\s", re.I)
# "half the wagons": a share with no "of"
HALF_THE = re.compile(r"\s+(?:the|its|their|his|her|our)\s", re.I)


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


_NUMBER_WORD_SET = frozenset(
    [
        *_UNIT_WORDS,
        *_TENS_WORDS,
        *_SCALE_WORDS,
        "dozen",
        "half",
        "quarter",
        "once",
        "twice",
        "thrice",
        *_ORDINAL_WORDS,
        "thirds",
        "quarters",
        "fifths",
        "every",
        *_ADVERB_PER_YEAR,
    ]
)


def _has_number_word(text: str) -> bool:
    """Cheap pre-test: a set look-up over the words, not a regex alternation at every position."""
    return not _NUMBER_WORD_SET.isdisjoint(re.findall(r"[a-z]+", text.lower()))


def _atoms(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in _DIGIT_NUMBER.finditer(text):
        raw = m.group("num")
        if re.match(r"['’]?s\b", text[m.end() : m.end() + 3]) and len(raw) == 4:
            continue  # a decade, "the 1990s": no single value to check
        glued = _GLUED_LETTERS.match(text, m.end())
        if glued and not m.group("scale") and not m.group("suf") and not _glued_unit(glued.group(0)):
            continue  # part of a name or code: "49ers", "5G", "3D", "A380"
        value = float(re.sub(r"[,\s\u00a0\u202f\u2009]", "", raw))  # "1,120", "1 120": thousands separators
        a = _Atom(m.start(), m.end(), value, integer="." not in raw)
        if m.group("scale"):
            value *= _SCALE_WORDS.get(m.group("scale").lower(), 0.0) or _SCALE_ABBR[m.group("scale").lower()]
            a.value, a.scaled = value, True
        elif m.group("suf"):
            a.suffix = m.group("suf")
        _extend_half(text, a)
        atoms.append(a)
    for m in _FRACTION.finditer(text):
        if _RUNNING_AFTER.match(text, m.start() + len(m.group(0).rstrip(" -"))):
            continue  # "for a third year running": a rank of the year, not a third of one
        phrase = re.sub(r"\s+", " ", m.group("frac").lower())
        frac = _FRACTIONS.get(phrase) or _fraction_value(phrase)
        a = _Atom(m.start(), m.start() + len(m.group(0).rstrip(" -")), frac, word=True, integer=False)
        if m.group("scale"):
            scale = 12.0 if m.group("scale").lower() == "dozen" else _SCALE_WORDS[m.group("scale").lower()]
            a.value, a.end, a.scaled = frac * scale, m.end() + len(m.group("scale")), True
        atoms.append(a)
    for m in _N_IN_M.finditer(text):
        n, d = _small_number(m.group("n")), _small_number(m.group("d"))
        if 0 < n < d:
            atoms.append(_Atom(m.start(), m.end("d"), n / d, word=True, integer=False, share=True))
    for m in _N_SLASH_M.finditer(text) if "/" in text else ():
        n, d = float(m.group("n")), float(m.group("d").replace(",", ""))
        if 0 < n < d:
            atoms.append(_Atom(m.start(), m.end(), n / d, word=True, integer=False, share=True))
    for m in _TIMES_WORD.finditer(text):
        atoms.append(_Atom(m.start(), m.end(), _TIMES_VALUE[m.group(0).lower().replace(" ", "-")], word=True))
    for m in _ONE_UNIT.finditer(text):
        g = "a" if m.group("a") else ("b" if m.group("b") else ("c" if m.group("c") else "d"))
        atoms.append(_Atom(m.start(g), m.end(g), 1.0, word=True))
    for m in _FRACTION_OF.finditer(text):
        g = "frac" if m.group("frac") else ("change" if m.group("change") else "compared")
        atoms.append(_Atom(m.start(), m.end(g), _fraction_value(m.group(g)), word=True, integer=False, share=g == "compared"))
    for m in _POINT_FRACTION.finditer(text):
        word = m.group("frac") or m.group("frac2")
        atoms.append(_Atom(m.start(), m.start() + len(word), _FRACTIONS[word.lower()], word=True, integer=False))
    digit_spans = [(a.start, a.end) for a in atoms if not a.word]
    for m in _WORD_NUMBER.finditer(text) if _has_number_word(text) else ():
        inside = next((e for b, e in digit_spans if b < m.start() < e < m.end()), None)
        if inside is not None:
            # "€5 million four days later": the scale word belongs to the digits; the words after
            # it are a number of their own
            rest = _WORD_NUMBER.match(text, inside + len(text[inside:]) - len(text[inside:].lstrip()))
            if rest is None:
                continue
            m = rest
        words = re.split(r"[\s-]+", m.group(0).lower())
        if words[0] in ("a", "an") and len(words) == 1:
            continue
        if words == ["one"] and _lonely_one(text, m.start(), m.end()):
            continue
        if words in (["second"], ["hundred"]):
            continue
        if _is_title_number(text, m.start(), m.group(0)):
            continue
        value = _words_value([w for w in words if w not in ("a", "an", "and")])
        a = _Atom(m.start(), m.end(), value, scaled=any(w in _SCALE_WORDS for w in words[1:]), word=True)
        _extend_half(text, a)
        atoms.append(a)
    atoms.sort(key=lambda a: (a.start, -a.end))
    out: list[_Atom] = []
    for a in atoms:
        if out and a.start < out[-1].end:
            continue
        out.append(a)
    return out


_GLUED_LETTERS = re.compile(r"[A-Za-z°²³]+")
_RUNNING_AFTER = re.compile(r"\s+(?:straight\s+|consecutive\s+|successive\s+)?(?:years?|seasons?|times?|terms?)\s+(?:running|in\s+a\s+row)\b", re.I)


def _glued_unit(letters: str) -> bool:
    """Letters written against a number that make it a quantity: units, ordinals, suffixes."""
    low = letters.lower()
    return (
        low in _UNITS
        or low in ("st", "nd", "rd", "th", "c", "f", "pct", "pc", "pp", "bp", "bps", "h", "hr", "hrs", "min", "mins")
        or low in _SCALE_ABBR
        or low.startswith(("km", "mph", "kg", "°"))
    )


def _extend_half(text: str, a: _Atom) -> None:
    """ "two and a half years", "six and three-quarter years": the atom grows by the fraction and
    takes the words."""
    m = _AND_A_FRACTION.match(text, a.end)
    if m and not a.scaled:
        a.value += _FRACTION_OF_AND[re.sub(r"[\s-]+", " ", m.group("frac").lower()).removesuffix("s")]
        a.end = m.end()
        a.integer = False
        # "two and a half million": the scale word after the fraction is the whole number's
        scale = re.match(r"\s+(thousand|million|billion|trillion)\b", text[a.end :], re.I)
        if scale:
            a.value *= _SCALE_WORDS[scale.group(1).lower()]
            a.end += scale.end()
            a.scaled = True


def _is_title_number(text: str, start: int, written: str) -> bool:
    """ "Nineteen Eighty-Four", "Ocean's Eleven": capitalised number words in a name or title."""
    parts = re.split(r"[\s-]+", written)
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return True
    at_start = not text[:start].strip(" \"'“‘*_#>-")
    # (a capital after a wire dateline's dash opens the story: "VESK, Jan 29 - Forty-three officers")
    return parts[0][:1].isupper() and not at_start and not text[:start].rstrip().endswith((".", "!", "?", ":", "-", "–", "—"))


def _lonely_one(text: str, start: int, end: int) -> bool:
    """ "one" as a pronoun ("one of the", "no one", "not one", "one another", "one side ... to the other",
    "on one hand"), or in "one-off" and "one-time" (former), is not a number."""
    after = text[end : end + 12].lower()
    before = text[max(0, start - 8) : start].lower()
    if _ONE_TO_THE_OTHER.match(text, end) or (before.rstrip().endswith("on") and after.startswith(" hand")):
        return True  # "from one side of the valley to the other", "on one hand": no count
    if re.search(r"\b(?:last|previous|new|next|old|latest|earlier|other|same|current|final)\s+$", text[max(0, start - 12) : start], re.I):
        return True  # "as many as her last one", "the new one": a pronoun after its adjective
    return after.startswith((" of", " another", "-off", "-time", " day ", " day,")) or before.rstrip().endswith(
        ("no", "not", "any", "every", "the", "this", "that", "which", "someone")
    )


_ONE_TO_THE_OTHER = re.compile(r"\s+[a-z]+(?:\s+of\s+the\s+[a-z]+)?\s+(?:to|and|from|or)\s+the\s+other\b(?=\s*(?:[,.;:)]|$))", re.I)


def _words_value(words: list[str]) -> float:
    """Value of number words ("two hundred and five", "twenty-one", "five million", "dozen")."""
    total = 0.0
    current = 0.0
    for w in words:
        if w in _UNIT_WORDS:
            current += _UNIT_WORDS[w]
        elif w in _TENS_WORDS:
            current += _TENS_WORDS[w]
        elif w == "dozen":
            current = max(current, 1) * 12
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in _SCALE_WORDS:
            total += max(current, 1) * _SCALE_WORDS[w]
            current = 0.0
    return total + current


def _fmt(value: float) -> float:
    """Round away binary noise (0.30000000000000004) while keeping 10 significant digits."""
    if value == 0:
        return 0.0
    return float(f"{value:.10g}")


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def _month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:3]]


def _dates(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    taken = _Spans()
    has_digit = any(c.isdigit() for c in text)
    has_month = _ANY_MONTH.search(text) is not None
    if not has_digit and not has_month:
        return out
    patterns = _DATE_PATTERNS if has_month else _DATE_PATTERNS[:2]
    if has_month and _ANY_ORDINAL.search(text) is None:
        patterns = [p for p in patterns if p is not _DATE_PATTERNS[4] and p is not _DATE_PATTERNS[5]]
    for pattern in patterns:
        for m in pattern.finditer(text):
            if not taken.free(m.start(), m.end()):
                continue
            iso = _iso_from_match(m)
            if iso is None:
                continue
            taken.add(m.start(), m.end())
            out.append(_make(text, m.start(), m.end(), QuantityKind.DATE, iso, None))
    if has_month:
        # "will step down in September", "by the end of June": a month of a year the text leaves
        # unsaid, compared on the month alone
        for m in _MONTH_ALONE.finditer(text):
            if taken.free(m.start("mon"), m.end("mon")):
                taken.add(m.start("mon"), m.end("mon"))
                out.append(_make(text, m.start("mon"), m.end("mon"), QuantityKind.DATE, f"--{_month_number(m.group('mon')):02d}", None))
    for m in _ERA_YEAR.finditer(text):
        year = int(m.group("y") or m.group("y2"))
        if not taken.free(m.start(), m.end()):
            continue
        taken.add(m.start(), m.end())
        out.append(_make(text, m.start(), m.end(), QuantityKind.DATE, f"{year:04d}", None))
    for m in _YEAR_RANGE.finditer(text):
        if not taken.free(m.start(), m.end()):
            continue
        y1 = int(m.group("y1"))
        y2s = m.group("y2")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not y1 < y2 <= y1 + 100 or ("and" in text[m.end("y1") : m.start("y2")] and not m.group("btw")):
            continue
        if text[m.end() : m.end() + 12].lstrip().lower().startswith(("percent", "%", "per cent")):
            continue
        taken.add(m.start(), m.end())
        s2 = m.start("y2")
        out.append(_make(text, m.start(), m.end("y1"), QuantityKind.DATE, str(y1), None, Operator.GE))
        out.append(_make(text, s2, m.end(), QuantityKind.DATE, str(y2), None, Operator.LE))
    for m in _DECADE.finditer(text):
        if taken.free(m.start(), m.end()):
            taken.add(m.start(), m.end())
            out.append(_make(text, m.start(), m.end(), QuantityKind.DATE, m.group("y"), "decade"))
    for m in _BARE_YEAR.finditer(text):
        if not taken.free(m.start(), m.end()):
            continue
        if not _looks_like_year(text, m.start(), m.end()):
            continue
        taken.add(m.start(), m.end())
        out.append(_make(text, m.start(), m.end(), QuantityKind.DATE, m.group("y"), None))
    return out


def _iso_from_match(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g.get("iy"):
        y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    if g.get("sy"):
        a, b, y = int(g["a"]), int(g["b"]), int(g["sy"])
        # Ambiguous numeric dates are read month first, as "$" is read as USD: the US default.
        mo, d = (b, a) if a > 12 else (a, b)
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    month = _month_number(g["mon"])
    day: int | None = None
    if g.get("d"):
        day = int(g["d"])
    elif g.get("dw"):
        day = _ORDINAL_WORDS.get(g["dw"].lower()) or _ordinal_word_value(g["dw"].lower())
    if day is not None and not 1 <= day <= 31:
        return None
    year = g.get("y")
    if g["mon"] == "May" and day is None and year is None:
        return None
    if day is None:
        return f"{int(year):04d}-{month:02d}" if year else None
    if year:
        return f"{int(year):04d}-{month:02d}-{day:02d}"
    return f"--{month:02d}-{day:02d}"


def _ordinal_word_value(word: str) -> int | None:
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in _TENS_WORDS and parts[1] in _ORDINAL_WORDS:
        return _TENS_WORDS[parts[0]] + _ORDINAL_WORDS[parts[1]]
    return None


_YEAR_PREP = frozenset(
    _words(
        """in since by until till from of before after to through during between and early late mid
    end start year season spring summer autumn fall winter fiscal financial census than circa c
    around about as for cut rise election elections founded born died"""
    )
)


def _after_year_word(before: str) -> bool:
    """Whether ``before`` ends with a word or mark that introduces a year ("in", "since", "(")."""
    tail = before.rstrip()
    if not tail or tail[-1] in "(,–-":
        return True
    m = re.search(r"([A-Za-z]+)\.?$", tail)
    return m is not None and m.group(1).lower() in _YEAR_PREP


_SHORT_UNIT_AFTER = re.compile(r"\s*(?:m|km|cm|mm|ft|yd|mi|kg|g|t|lb|lbs|hp|kw|mw|gw|mph|kph|km/h|sq|people|persons)\b", re.I)


def _looks_like_year(text: str, start: int, end: int) -> bool:
    """A bare four-digit number is a year unless it counts something ("2024 people", "1500 m")."""
    before = text[max(0, start - 24) : start]
    after = text[end : end + 24]
    if re.match(r"^\s*(?:%|per\s?cent|[a-zA-Z]+\s*(?:/|per)\b)", after):
        return False
    if start == 0 or _after_year_word(before):
        return True
    if re.search(r"\b(?:about|around|some|nearly|almost|than|over|under|only|just|all|of)\s*$", before, re.I):
        return False  # "some 1500 runners": a count
    if re.search(r"\b(?:a|an|the)\s+$", before, re.I) and not re.match(_SHORT_UNIT_AFTER, after):
        return True  # "over a 2021 gas leak", "the 2019 final" (not "the 1500 m")
    # "1500 m", "2000 people" are a measure and a count; otherwise a year, since four-digit
    # counts take a comma in news style ("2,024 votes")
    return not (
        re.match(r"^\s*(?:[a-z]{1,3}\b|people\b|persons\b)", after)
        and not re.match(
            r"^\s*(?:was|is|has|had|saw|and|or|as|to|at|in|on|for|the|its|his|her|their|when|with|by)\b", after
        )
    )


# --------------------------------------------------------------------------------------------
# Frequencies
# --------------------------------------------------------------------------------------------


def _per_year(count: float, period: str, every: float = 1.0) -> float:
    days = _PERIOD_DAYS[period.lower().rstrip("s") if period.lower() != "centuries" else "century"]
    return count * _DAYS_PER_YEAR / (days * every)


_FIGURE_BEFORE = re.compile(
    r"(?:\d(?:bn|m|k|pc)?|%|\bper\s?cent|\b(?:thousand|million|billion|trillion|points?))\s+$"
    # "380 million crowns annually": a sum in a currency's word
    + r"|(?:\d|\b(?:thousand|million|billion|trillion))\s+(?:"
    + "|".join(re.escape(w) for w in sorted(_CURRENCY_WORDS, key=len, reverse=True))
    + r")\s+$",
    re.I,
)


# "a week-long strike", "a year-long inquiry": a span of one unit, written without a number.
_UNIT_LONG = re.compile(r"(?<![\w-])(?P<u>hour|day|week|fortnight|month|year|decade)-long\b", re.I)


def _unit_long(text: str) -> list[Quantity]:
    return [
        _make(text, m.start(), m.end(), QuantityKind.DURATION, _fmt(_DURATION_DAYS[m.group("u").lower()]), "day",
              measure=head_noun(text, m.start(), m.end()))
        for m in _UNIT_LONG.finditer(text)
    ]


# "thousands of people", "tens of thousands of homes": a count known only by its order of size.
_VAGUE_COUNT = re.compile(
    r"\b(?:(?P<mult>tens|hundreds)\s+of\s+)?(?P<unit>dozens|hundreds|thousands|millions|billions)\s+of\b", re.I
)
_VAGUE_BASE = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}


def _vague_counts(text: str) -> list[Quantity]:
    """ "thousands of X" is 2,000 to 9,999 of them, "tens of thousands" 20,000 to 99,999, "dozens"
    24 to 143: pairs of bounds, as a range is. The span is the words before "of"."""
    out: list[Quantity] = []
    for m in _VAGUE_COUNT.finditer(text):
        base = _VAGUE_BASE[m.group("unit").lower()]
        if m.group("mult"):
            base *= 10.0 if m.group("mult").lower() == "tens" else 100.0
        end = m.end("unit")
        measure = head_noun(text, m.start(), end)
        lo = _make(text, m.start(), end, QuantityKind.COUNT, _fmt(2 * base), None, Operator.GE, measure=measure)
        hi = _make(text, m.start(), end, QuantityKind.COUNT, _fmt(12 * base - 1 if base == 12.0 else 10 * base - 1),
                   None, Operator.LE, measure=measure)
        out += [lo, hi]
    return out


def _age_decades(text: str) -> list[Quantity]:
    """ "in his forties" is an age of 40 to 49 years; "in her late thirties" 36 to 39."""
    out: list[Quantity] = []
    for m in _AGE_DECADE.finditer(text):
        base = _TENS_WORDS[m.group("dec").lower()[:-3] + "y"]
        a, b = _AGE_DECADE_PART.get((m.group("part") or "").lower().rstrip("-"), (0, 9))
        lo = _make(text, m.start(), m.end(), QuantityKind.DURATION, _fmt((base + a) * _DAYS_PER_YEAR), "day",
                   Operator.GE, measure="age")
        hi = _make(text, m.start(), m.end(), QuantityKind.DURATION, _fmt((base + b + 1) * _DAYS_PER_YEAR - 1), "day",
                   Operator.LE, measure="age")
        out += [lo, hi]
    return out


# What runs so often: "daily flights", "weekly sailings" say how often, as "a flight a day" does
_SERVICES = frozenset(
    ["flights", "services", "trains", "departures", "sailings", "crossings", "buses", "ferries", "connections", "trips",
     "deliveries", "shows", "performances", "screenings", "briefings", "flight", "service", "sailing", "crossing",
     "connection", "departure", "delivery"]
)


def _frequencies(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _TIMES_PER.finditer(text):
        if m.group("word"):
            n = _TIMES_WORDS[m.group("word").lower()]
        else:
            n_opt = _single_number(m.group("num"))
            if n_opt is None:
                continue
            n = n_opt
        out.append(_make(text, m.start(), m.end(), QuantityKind.FREQUENCY, _per_year(n, m.group("per")), "per year"))
    for m in _EVERY.finditer(text):
        if m.group("other"):
            every = 2.0
        elif m.group("num"):
            # ("every half hour": every 30 minutes)
            every_opt = 0.5 if m.group("num").lower() == "half" else _single_number(m.group("num"))
            if every_opt is None:
                continue
            every = every_opt
        else:
            every = 1.0
        value = _per_year(1.0, m.group("per"), every)
        out.append(_make(text, m.start(), m.end(), QuantityKind.FREQUENCY, value, "per year"))
    for m in _ADVERB_FREQ.finditer(text):
        nxt = re.match(r"\s+([a-z]+)", text[m.end() : m.end() + 20])
        if nxt and nxt.group(1) not in _STOP_AFTER and nxt.group(1) not in _SERVICES:
            continue  # "monthly users", "daily newspaper": an adjective, not how often ("daily flights" is)
        value = _ADVERB_PER_YEAR[m.group("adv").lower()]
        start = m.start()
        # "twice weekly", "three times daily": that many times each period
        times = _TIMES_BEFORE.search(text[max(0, start - 30) : start])
        if times is not None:
            word = (times.group("word") or "").lower()
            many = _TIMES_WORDS[word] if word else _single_number(times.group("num") or "")
            if many is not None:
                out.append(_make(text, start - len(times.group(0)), m.end(), QuantityKind.FREQUENCY, value * many, "per year"))
                continue
        # "18,000 vehicles daily" is "18,000 vehicles a day"; "it meets monthly" is how often. Only
        # right after a plural noun: in "20,000 vehicles cross daily" a verb comes between.
        counted = (
            _count_before_period(text, m.start(), m.end(), value)
            if re.search(r"[a-rt-z]s\s+$", text[max(0, m.start() - 3) : m.start()])
            else None
        )
        if counted is None and _FIGURE_BEFORE.search(text[max(0, m.start() - 24) : m.start()]):
            continue  # "€87m annually", "3% yearly": the rate of that figure, as "€87m a year" is
        out.append(counted or _make(text, m.start(), m.end(), QuantityKind.FREQUENCY, value, "per year"))
    # "six scheduled meetings a year", "40 flights a day": a count of things per period.
    for m in re.finditer(
        rf"\s+(?:a|an|per|each)\s+{_PERIOD}\b(?!\s+(?:ago|earlier|later|before|after|old))", text, re.I
    ):
        q = _count_before_period(text, m.start(), m.end(), _per_year(1.0, m.group("per")))
        if q is not None:
            out.append(q)
    return [_with_hedge(text, q) for q in out]


def _with_hedge(text: str, q: Quantity) -> Quantity:
    """A frequency with the hedge written before it ("at least 7,000 steps a day")."""
    op, s, _ = _hedge(text, q.start, q.start)
    if op is Operator.EQ:
        return q
    return q.model_copy(update={"operator": op, "start": s, "text": text[s : q.end]})


_PHYSICAL_UNIT = re.compile(
    r"(?:kilo|centi|milli)?(?:metre|meter|litre|liter|gram)s?|tonnes?|tons?|miles?|feet|foot|inch(?:es)?|yards?|"
    r"gallons?|knots?|watts?|kilowatts?|megawatts?|gigawatts?",
    re.I,
)


def _count_before_period(text: str, period_start: int, end: int, per_year: float) -> Quantity | None:
    """The number of things ("six scheduled policy meetings") just before "a year" or "yearly"
    (which ends at ``end`` and comes ``per_year`` times a year): the count per year."""
    head = text[max(0, period_start - 60) : period_start]
    words = list(re.finditer(r"[\w.,'’-]+", head))
    if not words or len(words) < 2:
        return None
    noun = words[-1].group(0)
    if noun.lower() in _STOP_AFTER or not noun.isalpha() or noun[0].isupper() or _PHYSICAL_UNIT.fullmatch(noun):
        return None  # "2,830 cubic metres per second" is a flow, a measure: not a count of things
    if _PHYSICAL_UNIT.fullmatch(words[-2].group(0)):
        return None  # "20 megawatt hours a year": a unit of energy, no count of hours
    if noun.lower() in _CURRENCY_WORDS:
        return None  # "240 million dollars a year" is a sum, as "$240 million a year" is
    # "barrels of oil equivalent a day": the noun before an "of" phrase of up to three words is counted
    of_at = next((k for k in range(len(words) - 2, max(0, len(words) - 5), -1) if words[k].group(0).lower() == "of"), None)
    if of_at is not None and _single_number(words[of_at + 1].group(0)) is not None:
        of_at = None  # "an average of 32,000 vehicles a day": the "of" comes before the number
    if of_at is not None:
        noun = words[of_at - 1].group(0)
        if noun.lower() in _STOP_AFTER or not noun.isalpha() or _PHYSICAL_UNIT.fullmatch(noun) or noun.lower() in _CURRENCY_WORDS or noun.lower() in _UNITS:
            return None
        words = words[:of_at]
    # walk back over up to three modifiers to a number
    for k in range(len(words) - 2, max(-1, len(words) - 6), -1):
        tok = words[k].group(0)
        val = _single_number(tok)
        if val is not None:
            nxt = words[k + 1].group(0).lower()
            val *= _SCALE_WORDS.get(nxt, 1.0) if nxt != "hundred" or val < 100 else 1.0
            base = max(0, period_start - 60)
            s = base + words[k].start()
            if any(c in "$€£¥%" for c in head[words[k].start() - 1 : words[k].start()]):
                return None
            q = _make(text, s, end, QuantityKind.FREQUENCY, val * per_year, "per year")
            return q.model_copy(update={"measure": _lemma(noun)})
        if tok.lower() in _SCALE_WORDS and k > 0 and words[k - 1].group(0).lower() in ("a", "an"):
            # "a million visitors a year"
            s = max(0, period_start - 60) + words[k - 1].start()
            q = _make(text, s, end, QuantityKind.FREQUENCY, _SCALE_WORDS[tok.lower()] * per_year, "per year")
            return q.model_copy(update={"measure": _lemma(noun)})
        if tok.lower() in _STOP_AFTER or _single_number(tok) is None and not tok.isalpha():
            return None
    return None


def _same_rank(superlative: str) -> str:
    """ "biggest" ranks by what "largest" ranks by."""
    return {"biggest": "largest"}.get(superlative, superlative)


def number_value(token: str) -> float | None:
    """The value of one number token, in digits or words ("312", "seventeen", "twenty-six")."""
    return _single_number(token)


def _single_number(token: str) -> float | None:
    t = token.lower().strip(",.")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    words = t.split("-")
    if all(w in _UNIT_WORDS or w in _TENS_WORDS for w in words) and t != "one" or t == "one":
        return _words_value(words)
    if t == "dozen":
        return 12.0
    return None


# --------------------------------------------------------------------------------------------
# Classification of number atoms
# --------------------------------------------------------------------------------------------

_UNIT_ALTERNATION = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_UNIT_AFTER = re.compile(rf"^(?:\s?|-)(?P<u>{_UNIT_ALTERNATION})(?![A-Za-z²³])", re.I)
# (a bare "13 degrees", "13-degree water", is Celsius: not "a 180-degree turn", an angle)
_TEMP_AFTER = re.compile(
    r"^(?:\s*(?:°\s?|degrees?\s+)(?P<t>C|F|Celsius|Fahrenheit|centigrade)\b|(?P<t2>C|F)\b"
    r"|(?P<bare>[\s-]degrees?\b)(?![\s-]+(?:turns?|angles?|views?|rotations?|arcs?|of|in|from)\b))",
    re.I,
)
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to)\s*$|^(?:-|–)$")


def _currency_before(text: str, start: int) -> tuple[str, int] | None:
    before = text[max(0, start - 6) : start]
    stripped = before.rstrip()
    for sym in sorted(_CURRENCY_PREFIX, key=len, reverse=True):
        if stripped.endswith(sym):
            if sym in ("Rs", "Rs.") and len(before) - len(stripped) > 1:
                continue
            if sym in ("Kr", "kr") and re.search(r"[A-Za-z]Kr$|[A-Za-z]kr$", stripped):
                continue
            if len(before) - len(stripped) > 1:
                continue
            return _CURRENCY_PREFIX[sym], start - (len(before) - len(stripped)) - len(sym)
    m = re.search(r"(?<![A-Za-z])([A-Z]{3})\s?$", before)
    if m and m.group(1) in _ISO_CODES:
        return m.group(1), start - (len(before) - m.start(1))
    return None


_CURRENCY_WORD_AFTER = re.compile(
    r"^\s*(?P<cw>" + "|".join(re.escape(w) for w in sorted(_CURRENCY_WORDS, key=len, reverse=True)) + r")\b"
    r"|^\s*(?P<code>[A-Z]{3})\b"
    # "4.2 billion Norlandic crowns": crowns or marks of a country the table does not know
    r"|^\s*[A-Z][a-z]+\s+(?P<generic>crowns|marks)\b"
    # "150 million vesk dollars": a country's own dollars, pounds, francs ...
    r"|^\s*(?P<owner>[A-Za-z]+)\s+(?P<base>" + _NAMED_CURRENCY_BASES + r")\b",
    re.I,
)


_MONEY_CONTEXT = re.compile(
    r"\b(?:cost|costs|paid|pay|pays|fee|fees|price|priced|fine|fined|worth|salary|wage|spent|spend|"
    r"raised|sold|bought|earn\w*|bail|budget|fund\w*|loan|debt|tax|revenue|profit|sterling|bonus|"
    r"compensation|damages|award\w*|prize|ticket)\b",
    re.I,
)


# a sum's currency in the singular, as an adjective ("95-million-mark", "a 2 billion crown deal",
# "a 400,000-crown fine"); a mark never a bare number's ("the 1,000 mark")
_ONE_MARK = re.compile(
    r"^(?:\s*|-)(mark|crown)\b(?=\s+(?!(?:in|on|at|by|for|and|or|of|to|with|as|last|this|that|the|a|an|was|is|were|are|jewels?|courts?|prince\w*)\b)[a-z]{3,})"
)
_SUM_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:grants?|fines?|payments?|prizes?|bonus(?:es)?|loans?|budgets?|packages?|investments?|salar(?:y|ies)|"
    r"fees?|settlements?|subsid(?:y|ies)|penalt(?:y|ies)|donations?|contracts?|deals?|bills?|compensation|awards?)\b"
)
_MARKS_NOT_MONEY = re.compile(r"\bmarks\s+out\s+of\b|\b(?:exam\w*|tests?|scor\w*|grad\w*|pupils?|students?)\b", re.I)


def _currency_after(text: str, end: int, scaled: bool) -> tuple[str, int] | None:
    if (one := _ONE_MARK.match(text[end : end + 24])) is not None and (
        scaled or one.group(1) == "crown" or _SUM_NOUN_AFTER.match(text, end + one.end())
    ):
        # "a 95-million-mark restoration", "a 400,000-crown fine", "a 750,000-mark grant" (a bare
        # number's mark is a level unless a sum's noun follows: "the 20,000-mark barrier")
        return one.group(1).lower() + "s", end + one.end()
    m = _CURRENCY_WORD_AFTER.match(text[end : end + 40])
    if not m:
        return None
    if m.group("code"):
        code = m.group("code")
        return (code, end + m.end()) if code in _ISO_CODES else None
    if m.group("generic"):
        return m.group("generic").lower(), end + m.end()
    if m.group("base"):
        owner = m.group("owner").lower()
        if owner in _NOT_A_CURRENCY_OWNER:
            return None
        base = m.group("base").lower()
        return f"{owner} {base if base.endswith(('s', 'lira', 'rand')) else base + 's'}", end + m.end()
    word = m.group("cw").lower()
    if word == "marks" and _MARKS_NOT_MONEY.search(text[max(0, end - 60) : end + m.end() + 20]):
        return None  # "scored 14 marks out of 20": an exam's marks
    if word in ("pounds", "pound") and not scaled and not _MONEY_CONTEXT.search(text[max(0, end - 120) : end + 60]):
        return None  # "200 pounds" is a weight unless the sentence speaks of money
    return _CURRENCY_WORDS[word], end + m.end()


_HEDGES_LONGEST_FIRST = sorted(_HEDGE_OP, key=len, reverse=True)


def _hedge_before(before: str) -> tuple[str, int] | None:
    """The hedge phrase ending ``before`` (an article may follow it) and where it starts.

    A suffix test rather than a ``…$`` regex search, which would retry at every position."""
    tail = before.rstrip()
    low = tail.lower()
    for article in (" a", " an", " the"):
        if low.endswith(article):
            low = low[: -len(article)].rstrip()
            break
    for h in _HEDGES_LONGEST_FIRST:
        if low.endswith(h):
            i = len(low) - len(h)
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "."):
                return h, i
    return None


def _hedge(text: str, start: int, end: int) -> tuple[Operator, int, int]:
    """The operator a hedge before ("more than") or after ("or more", "+") gives, and the span it takes."""
    before = text[max(0, start - 40) : start]
    found = _hedge_before(before)
    op = Operator.EQ
    s = start
    if found is not None:
        h, h_start = found
        prev = before[:h_start].rstrip().lower()
        if not (h == "some" and prev.endswith(("for", "in", "of"))) and not (
            h in ("over", "under", "above", "below") and re.search(r"(?:won|beat|led|lead)\s*$", prev)
        ) and not (
            # "under a 210 million euro programme", "over the 2,000 mark": a preposition, the digits
            # after an article (not "under a million", where the article is the number)
            h in ("over", "under", "above", "below")
            and re.match(r"[$€£¥]?\d", text[start : start + 2]) is not None
            and re.search(r"\b(?:a|an|the)\s+$", before[h_start:], re.I) is not None
        ) and not (
            # "revised turnout up to 67.1%", "raised its forecast up to 4%": the level a change reached
            h == "up to"
            and re.search(r"\b(?:revis|rais|push|mov|bump|lift|ratchet|scal|adjust|upgrad)\w*\b[^,.;\d]{0,70}$",
                          text[max(0, start - len(before) + h_start - 80) : start - len(before) + h_start])
        ) and not (
            # "held over sixty-two laps", "played over 18 holes": what an event is run over
            h == "over"
            and re.search(r"\b(?:held|run|raced|played|contested|staged|decided|driven|ridden|sailed)\s*$", prev)
            and re.match(r"[\w.,-]+\s+(?:laps?|rounds?|stages?|holes?|legs?|games?|matches|sets|frames|innings)\b",
                         text[start : start + 40], re.I)
        ) and not (
            # "arrested over three nights of rioting", "agreed over two days of talks": the time
            # something happened in ("over 10 years of his career" is a hedge)
            h == "over"
            and re.match(r"[\w.,-]+\s+(?:nights?|days?|weeks?|months?|hours?|weekends?|sessions?)\s+of\s+(?!(?:his|her|its|their|the|my|our|your)\b)[a-z]",
                         text[start : start + 50], re.I)
        ) and not (
            # "Over 64 days, the inquiry heard ...": the time it happened in, opening the sentence
            h == "over"
            and not prev
            and re.match(r"[\w.,-]+\s+(?:years?|months?|weeks?|days?|hours?|decades?|nights?|weekends?)\s*,", text[start : start + 40], re.I)
        ) and not (
            # "took over 11 of its aircraft", "handed over 3 documents": a phrasal verb, no hedge
            h == "over" and re.search(r"\b(?:took|take|takes|taking|taken|handed|hand|hands|handing|turned|turn|turns|turning)\s*$", prev)
        ):
            op = _HEDGE_OP[h]
            s = start - len(before) + h_start
    e = end
    m2 = _HEDGE_AFTER.match(text[end : end + 16])
    if m2:
        if m2.group("plus"):
            op = Operator.GT if op == Operator.EQ else op
        else:
            op = {"more": Operator.GE, "less": Operator.LE, "fewer": Operator.LE, "so": Operator.APPROX}[
                m2.group("or").lower()
            ]
        e = end + m2.end()
    return op, s, e


# "40-50 employees" counts something: a range, not a score or a vote ("won 25-22", "a 7-2 vote")
COUNTED_AFTER = re.compile(
    r"\s+(?:more\s+|new\s+|other\s+)?(?!(?:votes|points|goals|runs|sets|games|wins|seats)\b)[a-z]{3,}s\b"
)


def _classify(text: str, atoms: list[_Atom], i: int) -> tuple[int, list[Quantity], tuple[int, int]]:
    """Turn atom ``i`` (and a range partner) into quantities; returns atoms consumed, quantities, span."""
    a = atoms[i]
    group = [a]
    between = False
    # ranges: "4.25-4.50", "5 to 6 million", "between 5 and 6"
    if i + 1 < len(atoms):
        b = atoms[i + 1]
        sep = text[a.end : b.start]
        # "by a quarter to 12 cents": a change by a fraction, then the level it reached
        fraction_then_level = a.word and not a.integer and not b.word
        # "grew by 240,000 to 9.1 million": a change by an amount, then the level it reached (not
        # "by 2 to 3 percent", a range of the change: its ends are close)
        by_then_level = False
        if re.search(r"\bby\s+$", text[max(0, a.start - 4) : a.start]) and a.value and b.value:
            low = a.value
            if not a.scaled and b.scaled and low < 1000:
                low *= b.value / _unscaled(b, text)  # "by 5 to 6 million": the scale is shared
            by_then_level = b.value > 4 * low
        if _RANGE_SEP.match(sep) and not (sep.strip() == "to" and (_is_change(text, a.start) or fraction_then_level or by_then_level)):
            group = [a, b]
        elif re.fullmatch(r"\s+and\s+(?:[$€£¥]|[A-Z]{3}\s?)?", sep) and re.search(
            r"\b[Bb]etween\s+(?:\S+\s+|[$€£¥]|[A-Z]{3}\s?)?$", text[max(0, a.start - 20) : a.start]
        ):
            group, between = [a, b], True
        elif _DIMENSIONS_SEP.fullmatch(sep) and not (a.word or b.word or a.suffix or a.scaled):
            dims = _dimensions(text, a, b)
            if dims:
                return 2, dims, (dims[0].start, dims[1].end)
    last = group[-1]
    # scale and unit written once for both ends: "5-6 million", "$5-6bn"
    # (not a number written out in full: "grew by 240,000 to 9.1 million")
    if len(group) == 2 and last.scaled and not a.scaled and a.value < last.value and a.value < 1000:
        scale = last.value / _unscaled(last, text)
        a = _Atom(a.start, a.end, a.value * scale, True, a.suffix, a.word, a.integer)
        group = [a, last]
    if len(group) == 2 and last.suffix and not a.suffix:
        a = _Atom(a.start, a.end, a.value, a.scaled, last.suffix, a.word, a.integer)
        group = [a, last]
    is_score = (
        len(group) == 2
        and not between
        and text[a.end : last.start] in ("-", "–")
        and a.integer
        and last.integer
        and not a.word
        and a.value < 1000
        and last.value < 1000
        and not a.suffix
        and not last.suffix
        and not COUNTED_AFTER.match(text[last.end : last.end + 30])
    )
    parsed = _kind_and_value(text, group, start_all=a.start)
    if parsed is None:
        return len(group), [], (a.start, last.end)
    kind, values, unit, unit_end, start_all = parsed
    if is_score and kind is QuantityKind.COUNT:
        window = text[max(0, a.start - 100) : last.end + 100]
        side = "vote" if _VOTE_CONTEXT.search(window) else "score"
        qs = [_make(text, x.start, x.end, QuantityKind.COUNT, x.value, None, Operator.EQ, measure=side) for x in group]
        return 2, qs, (a.start, last.end)
    if len(group) == 2:
        op_lo, s, _ = _hedge(text, start_all, unit_end)
        if between:
            s = text.lower().rfind("between", max(0, start_all - 20), start_all)
        measure = head_noun(text, start_all, unit_end)
        lo = _make(
            text, s, a.end if unit_end > last.end else unit_end, kind, values[0], unit, Operator.GE, measure=measure
        )
        lo = lo.model_copy(update={"text": text[s : a.end], "end": a.end})
        hi = _make(text, last.start, unit_end, kind, values[1], unit, Operator.LE, measure=measure)
        return 2, [lo, hi], (s, unit_end)
    op, s, e = _hedge(text, start_all, unit_end)
    if kind is QuantityKind.DURATION and op is Operator.GT and _OVER_AS_DURING.search(text[max(0, s - 30) : start_all]) and not _PEOPLE_OVER.search(text[max(0, start_all - 40) : start_all]):
        op, s = Operator.EQ, start_all  # "2,140 workers over 52 months": the span they worked, not more than it
    measure = head_noun(text, s, e)
    if kind is QuantityKind.DURATION and (
        "year-old" in text[s : e + 1]
        or re.match(r"\s+(?:old|of\s+age)\b", text[e : e + 10])
        or (_NAME_IS.search(text[max(0, s - 40) : s]) and _AGE_END.match(text[e : e + 8]))
        or re.search(r"\b(?:aged?|age\s+of)\s$", text[max(0, s - 40) : s])
        or _PEOPLE_OVER.search(text[max(0, start_all - 40) : start_all])
        or re.search(r"\b(?:older|younger)\s+than\s$", text[max(0, start_all - 40) : start_all])
        or (re.search(r",\s*at\s$", text[max(0, s - 40) : s]) and text[e : e + 1] == ",")
        or (re.search(r"(?:^|[.;:]\s+)[Aa]t\s$", text[:s]) and _AGE_THEN_NAME.match(text, e))
        or (_APPOSITIVE_BEFORE.search(text[max(0, s - 40) : s]) and text[e : e + 1] == ",")
        or _WHO_IS.search(text[max(0, s - 40) : s])
    ):
        measure = "age"
    return 1, [_make(text, s, e, kind, values[0], unit, op, measure=measure)], (s, e)


# "people over 40", "adults under 25": the age of those counted, "over" its hedge
_PEOPLE_OVER = re.compile(
    r"\b(?:people|persons|adults|residents|those|men|women|patients|voters|drivers|pensioners|children|anyone|everyone)\s+(?:over|under)\s$",
    re.I,
)
# "over" after a noun, a figure or a verb of change is "during" ("employed 2,140 workers over 52
# months", "hectares of forest over nine days", "rose 48% over five years"); after a verb or a
# preposition it is the hedge ("lasted over", "for over", "a delay of over two hours"); after a
# verb of spreading it is "during" too ("repayments spread over 10 years").
_OVER_AS_DURING = re.compile(
    r"(?:\d%?|\b(?:rose|risen|grew|grown|fell|fallen|increased|decreased|declined|dropped|climbed|gained|"
    r"doubled|tripled|halved|shrank|jumped|spread|phased|staggered|repaid|payable|repayable|amorti[sz]ed|"
    # ("to be spent over six years": money spread across them, not "spent over 10 years in prison")
    r"(?:be|been|being|is|are|was|were)\s+(?:spent|paid|invested|distributed))|\b(?!(?:for|of|at|in|after|within|by|than|to|from|just|well|still|now|"
    r"already|aged?|was|were|is|are|be|been|being|has|have|had|its|his|her|their|this|that|took|take|takes|lasts?|"
    r"spend|spends|spent|kept|sat|went|slept|fought|stood|led|spans?|serve|serves|wait|waits|remain|remains|work|works|live|lives|stay|stays|runs?|ran|holds?|"
    r"held|needs?|requires?|costs?|always|perhaps|thus|plus|less|more|only|some|nearly|almost|about|around|and|or|but|little|slightly)\b)"
    r"[a-z]{3,}(?<!ed)(?<!ing))\s+over\s+$",
    re.I,
)


_TEMP_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:above|below|warmer|colder|cooler|hotter|higher|lower|more|less|over|under)\b", re.I
)
_TEMP_DIFFERENCE_BEFORE = re.compile(
    # ("of" only after a change: "a rise of 1.5C", not "a record of 45.4C", "a high of 30C")
    r"\b(?:by|(?:rise|fall|increase|decrease|drop|warming|cooling|anomaly|change|difference)\s+of|rose|fell|rise|fall|"
    r"increase|decrease|drop|warmed|cooled|warming|cooling)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+|just\s+over\s+)?$",
    re.I,
)


# "312 by 390 pixels", "12 x 15 feet", "1920×1080": two dimensions written with one unit or noun
_DIMENSIONS_SEP = re.compile(r"\s+(?:by|x)\s+|\s*×\s*")


def _dimensions(text: str, a: _Atom, b: _Atom) -> list[Quantity]:
    """Both numbers of "A by B <unit>" with the unit and counted noun of the second: "312 by 390
    pixels" is 312 pixels by 390 pixels, not a count of "resolution" and one of pixels."""
    parsed = _kind_and_value(text, [b], start_all=b.start)
    if parsed is None:
        return []
    kind, values, unit, unit_end, _ = parsed
    if kind not in (QuantityKind.COUNT, QuantityKind.MEASURE) or (kind is QuantityKind.COUNT and unit_end == b.end and not COUNTED_AFTER.match(text[b.end : b.end + 30])):
        return []  # "won 3 by 2", "multiplied 4 by 5": no unit or noun for the pair
    measure = head_noun(text, b.start, unit_end)
    if kind is QuantityKind.MEASURE:
        factor = values[0] / b.value if b.value else 1.0
        first = a.value * factor
    else:
        first = a.value
    return [
        _make(text, a.start, a.end, kind, first, unit, Operator.EQ, measure=measure),
        _make(text, b.start, unit_end, kind, values[0], unit, Operator.EQ, measure=measure),
    ]


def _is_change(text: str, start: int) -> bool:
    """ "rose from 5% to 6%" states a change, not a range."""
    return re.search(r"\bfrom\s+\S*\s*$", text[max(0, start - 12) : start], re.I) is not None


def _unscaled(atom: _Atom, text: str) -> float:
    m = _DIGIT_NUMBER.match(text, atom.start)
    if m and atom.scaled:
        return float(m.group("num").replace(",", ""))
    return atom.value if atom.value else 1.0


def _kind_and_value(
    text: str, group: list[_Atom], start_all: int
) -> tuple[QuantityKind, list[float], str | None, int, int] | None:
    """Decide what the number(s) measure from the words around them."""
    first, last = group[0], group[-1]
    values = [x.value for x in group]
    end = last.end
    after = text[end : end + 48]

    # money: a sign or code before, or a currency word or code after
    cur = _currency_before(text, first.start)
    if cur is None and len(group) == 2:
        cur_b = _currency_before(text, last.start)
        cur = (cur_b[0], first.start) if cur_b else None
    if cur is not None:
        code, s = cur
        values = [_apply_money_suffix(x) for x in group]
        e = end
        m_scale = re.match(r"^\s*(?P<s>thousand|million|billion|trillion|mn|bn|tn)\b", after, re.I)
        if m_scale and not last.scaled:
            scale = _SCALE_WORDS.get(m_scale.group("s").lower()) or _SCALE_ABBR[m_scale.group("s").lower()]
            values = [v * scale for v in values]
            e = end + m_scale.end()
        return QuantityKind.MONEY, [_fmt(v) for v in values], code, e, s
    cur2 = _currency_after(text, end, last.scaled or bool(last.suffix))
    if cur2 is not None:
        values = [_apply_money_suffix(x) for x in group]
        return QuantityKind.MONEY, [_fmt(v) for v in values], cur2[0], cur2[1], start_all
    # "12 cents a share" is $0.12 (or €0.12: cents name no currency); "40 pence" is £0.40
    sub = re.match(r"^\s*(?:(?P<cents>cents?)|(?P<pence>pence))\b", after, re.I)
    if sub and not last.scaled and not last.suffix:
        return QuantityKind.MONEY, [_fmt(v / 100) for v in values], "GBP" if sub.group("pence") else None, end + sub.end(), start_all

    # "a fifth of revenue", "half of voters": a share, as a percentage
    share = re.match(r"^\s+of\s", after) or (
        HALF_THE.match(after) and text[first.start : first.end].lower().endswith("half")
    ) or (
        re.search(
            r"\b(?:by\s(?:(?:about|around|roughly|almost|nearly|more\s+than|over|some)\s)?|"
            r"of\s(?:about|around|roughly|almost|nearly|more\s+than|less\s+than|over|under|some)\s)$",
            text[max(0, first.start - 15) : first.start],
        )
        and re.search(r"(?:half|third|quarter|fifth|sixth|eighth|tenth)s?$", text[first.start : first.end], re.I)
        and not re.match(r"^[\s-]+(?:percentage|point|per\s?cent|basis)", after, re.I)
    )
    # (not a whole number and a fraction: "by three and a quarter lengths" is 3.25 lengths)
    if len(group) == 1 and first.word and (share or first.share) and not first.integer and not first.scaled and first.value < 1:
        return QuantityKind.PERCENT, [_fmt(first.value * 100)], "%", end, start_all

    # percent and percentage points
    mp = _PERCENT_AFTER.match(after) or re.match(r"pc\b", after)
    if mp:
        e = end + mp.end()
        if mp.re is not _PERCENT_AFTER or mp.group("pct"):
            return QuantityKind.PERCENT, [_fmt(v) for v in values], "%", e, start_all
        if mp.group("pp"):
            return QuantityKind.PERCENT, [_fmt(v) for v in values], "pp", e, start_all
        return QuantityKind.PERCENT, [_fmt(v / 100) for v in values], "pp", e, start_all
    # "rose 0.5 points to 5.4%": points of a percentage are percentage points
    mpts = _POINTS_TO_PERCENT.match(after)
    if mpts:
        return QuantityKind.PERCENT, [_fmt(v) for v in values], "pp", end + len(mpts.group("pts")), start_all
    # ... and so are those a share or a rate rose or fell by: "its share of the market rose 2 points"
    mpts = re.match(r"\s?points?\b", after, re.I)
    if mpts and _SHARE_CHANGED_BEFORE.search(text[max(0, first.start - 90) : first.start]):
        return QuantityKind.PERCENT, [_fmt(v) for v in values], "pp", end + mpts.end(), start_all
    if text[first.start : last.end].lower().endswith(("quarter", "half", "three-quarter")) and (
        re.match(r"^-point\b", after, re.I)
        or (
            re.match(r"^ point\b", after, re.I)
            and (re.search(r"\ba $", text[: first.start], re.I) or text[first.start : last.end].lower().startswith("a "))
        )
    ):
        return QuantityKind.PERCENT, [_fmt(v) for v in values], "pp", end + len("-point"), start_all

    # temperature
    mt = _TEMP_AFTER.match(after)
    if mt:
        scale_t = "C" if mt.group("bare") else _TEMPERATURE[(mt.group("t") or mt.group("t2")).lower()]
        if len(group) == 1 and re.search(r"(?:\bminus\s|(?:^|\s)[-−])$", text[max(0, first.start - 6) : first.start]):
            values = [-values[0]]
        if _TEMP_DIFFERENCE_AFTER.match(after[mt.end() :]) or _TEMP_DIFFERENCE_BEFORE.search(text[max(0, start_all - 30) : start_all]):
            # "1.8C above the norm", "warmed by 1.2C": a difference of temperatures, in degrees Celsius
            degrees = [v if scale_t == "C" else v * 5 / 9 for v in values]
            return QuantityKind.MEASURE, [_fmt(v) for v in degrees], "degree Celsius difference", end + mt.end(), start_all
        kelvin = [(v + 273.15) if scale_t == "C" else (v - 32) * 5 / 9 + 273.15 for v in values]
        return QuantityKind.MEASURE, [_fmt(v) for v in kelvin], "kelvin", end + mt.end(), start_all

    # durations: "22 years", "four-day", "39-year-old"
    md = _DURATION_AFTER.match(after) or _GLUED_DURATION.match(after)
    if md and not last.suffix:
        unit_name = md.group("du").lower().rstrip("s")
        unit_name = _DURATION_ABBREV.get(unit_name, unit_name)
        days = _DURATION_DAYS[unit_name]
        return QuantityKind.DURATION, [_fmt(v * days) for v in values], "day", end + md.end(), start_all

    # ages: "aged 87", "Pavel Durov, 39," (the "39-year-old" form is a duration above)
    before6 = text[max(0, first.start - 40) : first.start]
    if len(group) == 1 and first.integer and not first.word and first.value < 130:
        # ("at the age of 16", "becoming, at 20, the youngest winner")
        if re.search(r"\b(?:aged?|age\s+of)\s(?:(?:over|under|about|around|nearly|almost|roughly|at\s+least|more\s+than|less\s+than)\s)?$", before6) or (
            # "people over 40", "adults under 25": the age of those counted; "older than 75"
            _PEOPLE_OVER.search(before6) or re.search(r"\b(?:older|younger)\s+than\s$", before6)
        ) or (
            re.search(r",\s*at\s$", before6) and re.match(r"^\s*,", after)
        ) or (
            # "At 19, Mads Toft is the youngest": an age that opens the sentence, then the name
            re.search(r"(?:^|[.;:]\s+)[Aa]t\s$", text[: first.start]) and _AGE_THEN_NAME.match(after)
        ) or (
            _APPOSITIVE_BEFORE.search(before6) and re.match(r"^\s*,", after)
        ) or (
            (_WHO_IS.search(before6) or _NAME_IS.search(before6)) and _AGE_END.match(after)
        ) or (
            # "Miriam Tosk, the new head of the station, is 47.": a name, an apposition, the age
            _NAME_APPOSITION_IS.search(text[max(0, first.start - 110) : first.start]) and _AGE_END.match(after)
        ):
            return QuantityKind.DURATION, [_fmt(first.value * _DAYS_PER_YEAR)], "day", end, start_all
        if re.search(r"\b(?:No\.|number)\s$", before6):
            return QuantityKind.ORDINAL, [first.value], None, end, start_all

    # one-letter suffixes: "5m people" is five million; "400m" alone is metres
    if last.suffix:
        suf = last.suffix
        # ("the 400m hurdles", "the 200m breaststroke heats": a race's distance)
        if suf == "m" and (not re.match(r"^\s+(?:[a-z]+s|people|children|men|women)\b", after) or _RACE_AFTER.match(after)):
            return QuantityKind.MEASURE, [_fmt(v) for v in values], _LENGTH, end, start_all
        return QuantityKind.COUNT, [_fmt(_apply_money_suffix(x)) for x in group], None, end, start_all

    # measures with units
    mu = _UNIT_AFTER.match(after)
    if mu and not (mu.group("u").lower() == "m" and re.match(r"^\s?m\s+[a-z]+s\b", after)):
        key = mu.group("u").lower()
        if key in _UNITS and not (len(key) <= 2 and mu.group("u").isupper() and key not in ("mw", "gw", "kw")):
            base, factor = _UNITS[key]
            return QuantityKind.MEASURE, [_fmt(v * factor) for v in values], base, end + mu.end(), start_all

    # ordinals: "1st", "23rd", "second-largest" are found by _ordinal below
    mo = re.match(r"^(?:st|nd|rd|th)\b", after)
    if mo and re.match(r"^\s+[A-Z]", after[mo.end() :]) and not _RANKED_AFTER_NAME.match(after, mo.end()):
        return None  # "21st Century Fox", "1st Battalion": part of a name (not "his 11th Brennholm chess title")
    if mo and len(group) == 1 and first.integer and not first.word:
        e = end + mo.end()
        ms = _SUPERLATIVE.match(text[e : e + 30])
        unit = None
        if ms:
            unit = _same_rank(re.sub(r"\s+", " ", ms.group("sup").lower()))
            e += ms.end()
        return QuantityKind.ORDINAL, [first.value], unit, e, start_all

    # "Boeing 747", "Apollo 11", "Hot 100": a number that is part of a name counts nothing (not a
    # scaled one or one with thousands separators: "fined Corvalis 4.5 million", "Solvik 250,000")
    if len(group) == 1 and not first.word and not first.scaled and "," not in text[first.start : first.end]:
        name = _NAME_BEFORE.search(text[max(0, first.start - 30) : first.start])
        if name and name.group(1).lower() not in _NOT_NAMES and (first.start - 30 > 0 or name.start() > 0):
            return None
    # year ranges and bare years were taken by _dates; what is left counts something
    return QuantityKind.COUNT, [_fmt(v) for v in values], None, end, start_all


_NAME_BEFORE = re.compile(r"(?<![.!?] )\b([A-Z][\w-]*)\s$")
_NOT_NAMES = frozenset(
    _words(
        """the a an in on at by for from with of to and or but as after before since until during
    about around over under nearly almost only just some more less than no nos number
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
    august september october november december he she it they we i his her its their
    page chapter section article room"""
    )
)


def _apply_money_suffix(atom: _Atom) -> float:
    if atom.suffix:
        return atom.value * _SUFFIX_SCALE[atom.suffix]
    return atom.value


# --------------------------------------------------------------------------------------------
# Ordinals written as words ("third", "second-largest") are found separately
# --------------------------------------------------------------------------------------------

_ANY_ORDINAL = re.compile(r"(?:first|second|third|th)\b", re.I)
_ORDINAL_WORD = re.compile(
    r"\b(?P<w>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r"))\b(?P<sup>-(?:largest|biggest|highest|longest|tallest|smallest|lowest|oldest|youngest|busiest|"
    r"richest|most[ -]\w+|fastest|deepest|widest|best|worst|heaviest|strongest|greatest))?",
    re.I,
)


# "finished second", "came second", "placed second": a place in a ranking
_PLACED_BEFORE = re.compile(r"\b(?:finished|finishes|finish|came|comes|placed|ranked|ranks|was|is|were|are)\s+$", re.I)


# "finished the regular season second", "ended the league second": a place in that ranking
_PLACED_IN_BEFORE = re.compile(
    r"\b(?:finished|finishes|finish|ended|ends|end)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:season|league|table|race|standings|championship|group|campaign|tournament|competition)\s+$",
    re.I,
)


# "her debut album": the first of the works named after it
_DEBUT = re.compile(
    r"\bdebut(?=\s+(?:solo\s+|studio\s+)?(?:album|single|novel|book|film|feature|record|EP|collection)s?\b)", re.I
)


def _ordinal_words(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    if "ebut" in text:
        for m in _DEBUT.finditer(text):
            q = _make(text, m.start(), m.end(), QuantityKind.ORDINAL, 1.0, None)
            out.append(q.model_copy(update={"measure": _noun_chunk_right(text, m.end())}))
    if _ANY_ORDINAL.search(text) is None:
        return out
    for m in _ORDINAL_WORD.finditer(text):
        w = m.group("w").lower()
        value = _ORDINAL_WORDS.get(w) or _ordinal_word_value(w)
        if value is None:
            continue
        after = text[m.end() : m.end() + 20]
        before = text[max(0, m.start() - 12) : m.start()].lower()
        # "second" is a time unit and a verb too; a rank only after a determiner
        if (
            w == "second"
            and not m.group("sup")
            and (
                not re.search(r"(?:\b(?:the|its|his|her|their|a|our|my)|\w['’]s)\s+$", before)
                or re.match(r"^\s*(?:half|of)\b", after)
            )
            and not _PLACED_BEFORE.search(before)
            and not _PLACED_IN_BEFORE.search(text[max(0, m.start() - 50) : m.start()])
            # ("climbed to second place", "second spot": a place in a ranking)
            and not re.match(r"^\s+(?:place|position|spot)\b", after)
        ):
            continue
        nxt = re.match(r"\s+([\w-]+)", after)
        nw = nxt.group(1).lower() if nxt else ""
        if w == "first" and (nw.endswith("ed") or nw == "due" or nw in _COMMON_VERBS or nw in _IRREGULAR_PAST) and not (
            not nw.endswith("ed") and re.search(r"\b(?:the|its|their|his|her|a)\s+$", before)
        ):
            continue  # "first published", "first sold": an adverb, not a rank ("the first fall": a rank)
        unit = None
        e = m.end()
        if m.group("sup"):
            unit = _same_rank(m.group("sup")[1:].lower().replace("-", " "))
        else:
            ms = _SUPERLATIVE.match(after.lstrip()) if after.startswith(" ") else None
            if ms and after.lstrip().lower().startswith(
                (
                    "largest",
                    "biggest",
                    "highest",
                    "longest",
                    "tallest",
                    "smallest",
                    "lowest",
                    "oldest",
                    "busiest",
                    "most ",
                )
            ):
                ms2 = _SUPERLATIVE.match(after.lstrip())
                if ms2:
                    unit = _same_rank(re.sub(r"\s+", " ", ms2.group("sup").lower()))
                    e = m.end() + (len(after) - len(after.lstrip())) + ms2.end()
        q = _make(text, m.start(), e, QuantityKind.ORDINAL, float(value), unit)
        world = re.match(r"\s+in\s+the\s+world\b", text[e : e + 16]) is not None  # "ranked sixth in the world"
        out.append(q.model_copy(update={"measure": "world" if world else _noun_chunk_right(text, e)}))
    return out


# --------------------------------------------------------------------------------------------
# Measure nouns
# --------------------------------------------------------------------------------------------


def _lemma(word: str) -> str:
    """Singular, lower-cased form of a noun; a rule of thumb, not a full lemmatiser (no data files)."""
    w = re.sub(r"['’]s?$", "", word.lower())
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics", "news")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def _is_adjective(word: str) -> bool:
    w = word.lower()
    return w in _ADJECTIVE_WORDS or (len(w) > 4 and w.endswith(_ADJ_SUFFIXES))


# a plural noun ("participants", not "boss" or "bus") and a past verb ("developed", not "red" or "bed")
_PLURAL_NOUN = re.compile(r"^[a-z]{3,}[^su]s$")
_PAST_VERB = re.compile(r"^[a-z]{3,}ed$")


def _noun_chunk_right(text: str, end: int) -> str | None:
    rest = text[end : end + 80]
    # "23 of its 61 branches": the 23 are branches too
    rest = re.sub(r"^\s+of\s+(?:its|the|their|his|her|our|all|[A-Za-z]+['’]s)\s+[\d,.]+\s+(?=[a-z])", " ", rest, count=1)
    # "four 900-passenger ferries": four ferries, each of 900 passengers
    # (not a unit's: "6.3 million 60-kg bags" are bags of a kind, told apart from other bags)
    rest = re.sub(r"^\s+\d[\d,.]*-((?:[A-Za-z]+-)*[A-Za-z]+)\s+(?=[a-z])",
                  lambda m: m.group(0) if m.group(1).lower() in _UNITS else " ", rest, count=1)
    # "a 2,500-strong workforce" measures the workforce
    rest = re.sub(r"^\s*(?:[-–]\s*)?(?:strong\s+)?(?:of\s+(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b))?", "", rest, count=1)
    words: list[str] = []
    prev_end = 0
    for m in _WORD_CHARS.finditer(rest):
        gap = rest[prev_end : m.start()]
        prev_end = m.end()
        if words and gap not in (" ", "-"):
            break
        if not words and (m.start() > 2 or gap.strip()):
            break
        w = m.group(0)
        lw = w.lower()
        if lw in _STOP_AFTER or lw in _COMMON_VERBS or lw.rstrip("s") in _DURATION_DAYS:
            break
        # a past verb after a plural noun is its verb, not part of the noun: "140 participants developed jaundice"
        if words and _PLURAL_NOUN.match(words[-1]) and (_PAST_VERB.match(lw) or lw in _IRREGULAR_PAST):
            break
        words.append(w)
        if len(words) >= 5:
            break
    while words and (words[-1].lower().endswith("ly") or words[-1][0].isupper()):
        words.pop()
    if not words:
        return None
    head = _lemma(words[-1])
    if _is_adjective(words[-1]) and not words[-1].lower().endswith(("ing",)):
        return None
    if (
        len(words) >= 2
        and not _is_adjective(words[-2])
        and words[-2][0].islower()
        and not any(c.isdigit() for c in words[-2])
    ):
        return f"{words[-2].lower()} {head}"
    return head


_IRREGULAR_PAST = frozenset(
    _words(
        """flew drew wrote ran met won began became came went saw sang spoke stood took told threw
        rose fell grew broke chose drove ate gave hit kept knew led left lost made paid put read
        rode said sat sent set shot sold spent struck swam taught thought understood wore
        cast bought brought caught held found built fought heard laid meant sought shut spread"""
    )
)
_COMMON_VERBS = frozenset(
    _words(
        """hit hits rose rise rises fell fall falls grew grow grows climbed dropped jumped increased
    decreased declined cut cuts raised lowered reached totalled totaled said says added won lost
    beat took made gave came went saw set became remained stayed ended closed opened attended
    died killed injured sold bought paid earned cost costs costing voted passed held holds
    received left joined returned use uses used include includes including"""
    )
)
_LEFT_SKIP = frozenset(
    _words(
        """to by at of from about around than is was were are be been reached reach totalled totaled
    stood stand hit rose fell grew climbed dropped jumped increased decreased declined cut raised
    lowered of on in for with nearly almost over under more less at least just some roughly
    approximately up a an the its their his her fewer estimated about around exceeding reported"""
    )
)


_SCOPING_PREPOSITIONS = frozenset(("at", "of", "in", "for"))


_SHARE_CHANGED_BEFORE = re.compile(
    r"\b(?:share|rate|stake|percentage|proportion|turnout|approval|support)\b[^.;:\d]{0,60}?\b(?:rose|fell|gained|lost|climbed|"
    r"dropped|slipped|jumped|increased|decreased|grew|shrank|edged\s+(?:up|down)|was\s+(?:up|down))\s+(?:by\s+)?"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?$",
    re.I,
)
_POINTS_TO_PERCENT = re.compile(
    r"(?P<pts>\s?points?)\s+(?:to|from)\s+(?:a\s+|an\s+)?(?:record\s+|high\s+|low\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)", re.I
)


def _noun_left(text: str, start: int, names: bool = False) -> str | None:
    """The noun left of a number; ``names`` lets the head of a capitalised compound count
    ("Bank Rate to 5%" → ``rate``) but never a lone name ("London is 202 ft high")."""
    before = text[max(0, start - 60) : start]
    cut = max(before.rfind(c) for c in ',;:()[]—–"“”')
    # (nor past another figure: "at the age of 67 after eleven years" gives the years no noun "age")
    digit = re.search(r"\d(?=\D*$)", before)
    if digit is not None and digit.start() > cut:
        cut = digit.start()
    before = before[cut + 1 :]
    words = _WORD_CHARS.findall(before)
    k, budget = len(words), 5
    while budget > 0 and k > 0:
        k, budget = k - 1, budget - 1
        w = words[k]
        lw = w.lower()
        if w[0].isupper() and 1 < k < len(words) - 1:
            j = k  # a name after a preposition scopes the noun before it ("salary at Lyon was"): skip both
            while j > 0 and words[j - 1][:1].isupper():
                j -= 1
            if j > 1 and words[j - 1].lower() in _SCOPING_PREPOSITIONS:
                k = j - 1
                continue
        if len(lw) <= 2:
            continue
        if w[0].isupper():
            compound = names and k > 0 and words[k - 1][:1].isupper() and not w.isupper()
            return _lemma(w) if compound else None
        if lw in _LEFT_SKIP or lw in _STOP_AFTER:
            continue
        if lw.endswith("ing") and k > 0 and words[k - 1].lower() in ("is", "are", "was", "were"):
            # "Inflation in Vesk is running at over 6%": the verb's subject, not the verb
            k -= 1
            continue
        if k > 0 and words[k - 1].lower() in _SUBJECT_PRONOUNS:
            return None  # a verb, not a noun: "It runs for more than 8,000 feet", "She holds 40%"
        if _is_adjective(w) and not lw.endswith("ing"):
            return lw if lw.endswith("ed") else None
        return _lemma(w)
    return None


_SUBJECT_PRONOUNS = frozenset(("it", "he", "she", "they", "we"))


# --------------------------------------------------------------------------------------------
# Building a Quantity
# --------------------------------------------------------------------------------------------


def _make(
    text: str,
    start: int,
    end: int,
    kind: QuantityKind,
    value: float | str,
    unit: str | None,
    operator: Operator = Operator.EQ,
    *,
    measure: str | None = None,
) -> Quantity:
    if kind is QuantityKind.DATE and measure is None:
        measure = _noun_left(text, start)
    return Quantity(
        text=text[start:end],
        kind=kind,
        value=value,
        unit=unit,
        operator=operator,
        start=start,
        end=end,
        measure=measure,
    )


# "its one-millionth passenger", "the 2-millionth visitor": a rank counted in thousands or more
_SCALED_ORDINAL = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[- ])?(?P<s>thousand|million|billion)th\b(?!\s+of\b)", re.I
)


def _scaled_ordinals(text: str, found: list[Quantity]) -> list[Quantity]:
    for m in _SCALED_ORDINAL.finditer(text):
        n = (m.group("n") or "one").lower()
        count = float(n) if n.isdigit() else float(_UNIT_WORDS.get(n, 1))
        q = _make(text, m.start(), m.end(), QuantityKind.ORDINAL, count * _SCALE_WORDS[m.group("s").lower()], None)
        found = [f for f in found if f.end <= m.start() or f.start >= m.end()]
        found.append(q.model_copy(update={"measure": _noun_chunk_right(text, m.end())}))
    return found


# "the late 19th century", "the nineteenth century": a span of dates, dated by its first year
# (a lower-case "century": "the 20th Century Museum" is a name)
_CENTURY = re.compile(
    r"\b(?:(?i:early|mid|late)[\s-]+)?(?P<n>1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+century\b"
    r"|\b(?:(?i:early|mid|late)[\s-]+)?(?P<w>(?i:(?:twenty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)))[\s-]+century\b"
)


def _centuries(text: str, found: list[Quantity]) -> list[Quantity]:
    for m in _CENTURY.finditer(text):
        if re.search(r"-century$", m.group(), re.I):
            continue  # "an exhibition on 18th-century shipbuilding": what a thing is, not when it happened
        w = (m.group("w") or "").lower()
        n = int(m.group("n")) if m.group("n") else (20 + _ORDINAL_WORDS[w[7:]] if w.startswith("twenty-") else _ORDINAL_WORDS.get(w, 0))
        if not n:
            continue
        found = [f for f in found if f.end <= m.start() or f.start >= m.end()]
        found.append(_make(text, m.start(), m.end(), QuantityKind.DATE, str((n - 1) * 100), "century"))
    return found


def _with_ordinals(text: str, found: list[Quantity]) -> list[Quantity]:
    if "entur" in text and _CENTURY.search(text):
        found = _centuries(text, found)
    if "th" in text and _SCALED_ORDINAL.search(text):
        found = _scaled_ordinals(text, found)
    taken = _Spans()
    for q in sorted(found, key=lambda q: q.start):
        if taken.free(q.start, q.end):
            taken.add(q.start, q.end)
    for q in _ordinal_words(text):
        if taken.free(q.start, q.end):
            found.append(q)
    return found
