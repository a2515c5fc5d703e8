"""Run the invented probe batteries of ``bench/probes/cases.jsonl`` through the verdict engine.

Each case is a claim, the passages it is checked against (with a retrieval similarity) and the
verdict a careful editor would give; an expected verdict ending in "?" is a judgement call and is
not counted. The facts are invented (Norland, Velto, Kessel Bridge ...), written for factcheck
while building its rules, so they measure the rules against cases of the kinds they were written
for, not against unseen data: docs/evaluation.md reports the evaluation sets for that.

    python bench/run_probes.py [--cases bench/probes/cases.jsonl] [--errors]

Prints the cases each battery gets wrong and the total. The verifier is not used, as in the
batteries' tests.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract import claim_from_text  # noqa: E402
from factcheck.models import Hit, Passage  # noqa: E402
from factcheck.verify import decide  # noqa: E402


def _hit(text: str, pid: str, similarity: float, rank: int) -> Hit:
    passage = Passage(id=f"{pid}#0", doc_id=pid, text=text, start=0, end=len(text))
    return Hit(passage=passage, score=1.0 / (60 + rank), similarity=similarity, rank=rank)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=Path, default=Path(__file__).parent / "probes" / "cases.jsonl")
    ap.add_argument("--errors", action="store_true", help="print each case answered wrongly, with the reason")
    args = ap.parse_args()
    counted: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for line in args.cases.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        expected = case["expected"]
        if expected.endswith("?"):
            continue
        hits = [_hit(text, f"p{i}", sim, i + 1) for i, (text, sim) in enumerate(case["passages"])]
        verdict = decide(claim_from_text(case["claim"], claim_id="c1"), hits)
        counted[case["battery"]] += 1
        if verdict.verdict.value != expected:
            wrong[case["battery"]] += 1
            if args.errors:
                print(f"[{case['battery']}] expected {expected}, got {verdict.verdict.value}: {case['claim']}")
                print(f"    {verdict.reason[:240]}")
    for battery in sorted(counted):
        print(f"{battery:10s} {wrong[battery]:3d} wrong of {counted[battery]:3d}")
    print(f"{'total':10s} {sum(wrong.values()):3d} wrong of {sum(counted.values()):3d}")


if __name__ == "__main__":
    main()
