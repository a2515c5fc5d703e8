"""End-to-end check of a draft against its expected verdicts: extraction, spans, retrieval, verdicts.

Usage (from the repository root, after indexing the set's corpus):

    HF_HUB_OFFLINE=1 .venv/bin/python bench/eval_draft.py ../shared/data/news-dev/draft.md \
        ../shared/data/news-dev/draft_expected.jsonl --index /tmp/nd-index

Each expected sentence is paired with the extracted claim whose span overlaps it most; a sentence
with no extracted claim counts as a miss (the pipeline said nothing about it). Prints the share
of expected sentences that got their expected verdict, and each miss.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.index import Index  # noqa: E402
from factcheck.pipeline import check_text, load_verifier  # noqa: E402
from factcheck.settings import Settings  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("draft", type=Path)
    ap.add_argument("expected", type=Path)
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--no-verifier", action="store_true")
    args = ap.parse_args()

    text = args.draft.read_text(encoding="utf-8")
    expected = [json.loads(line) for line in args.expected.read_text().splitlines() if line.strip()]
    settings = Settings(use_verifier=not args.no_verifier)
    verifier = load_verifier(settings)
    report = check_text(text, Index.open(args.index), source=str(args.draft), settings=settings, verifier=verifier)
    print(f"verifier: {'on' if verifier is not None else 'off'}; {len(report.verdicts)} claims extracted")
    good = 0
    for exp in expected:
        start = text.find(exp["sentence"])
        end = start + len(exp["sentence"])
        best, overlap = None, 0
        for v in report.verdicts:
            if v.claim.span is None:
                continue
            o = min(end, v.claim.span.end) - max(start, v.claim.span.start)
            if o > overlap:
                best, overlap = v, o
        got = best.verdict.value if best is not None else "(not extracted)"
        ok = got == exp["label"]
        good += ok
        if not ok:
            print(f"MISS expected={exp['label']} got={got}: {exp['sentence']}")
            if best is not None:
                print(f"     reason: {best.reason}")
    print(f"draft end to end: {good}/{len(expected)} = {good / len(expected):.3f} expected verdicts")


if __name__ == "__main__":
    main()
