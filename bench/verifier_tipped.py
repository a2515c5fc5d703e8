"""List the claims whose verdict the learned verifier tipped (its reason says "the verifier finds"),
each marked OK or BAD against the gold label, to see where the verifier helps and where it hurts.

Usage (from the repository root, after ``factcheck index <set>/corpus.jsonl --index DIR``):

    HF_HUB_OFFLINE=1 .venv/bin/python bench/verifier_tipped.py bench/batteries/enc1/claims.jsonl --index bench/work/index-enc1
    HF_HUB_OFFLINE=1 .venv/bin/python bench/verifier_tipped.py ../shared/data/scifact/claims.jsonl --index DIR --half A

The last line sums up: verdicts tipped to supported and to contradicted, and how many were right.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval_newsdev import CachedVerifier, half_of, load_hits  # noqa: E402

from factcheck.extract import claim_from_text  # noqa: E402
from factcheck.pipeline import load_verifier  # noqa: E402
from factcheck.settings import Settings  # noqa: E402
from factcheck.verify import decide  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("claims", type=Path)
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--half", choices=["A", "B"], default=None, help="only one half (by claim id, as eval_newsdev.py)")
    args = ap.parse_args()
    records = [json.loads(line) for line in args.claims.read_text().splitlines() if line.strip()]
    if args.half:
        records = [r for r in records if half_of(str(r["id"])) == args.half]
    claims = [claim_from_text(r["claim"], claim_id=str(r["id"])) for r in records]
    settings = Settings()
    hits = load_hits(claims, args.index, settings.align_candidates, settings)
    inner = load_verifier(settings)
    if inner is None:
        raise SystemExit("the verifier is not available (no weights in factcheck/verifier_model)")
    verifier = CachedVerifier(inner)
    tally: dict[tuple[str, bool], int] = {}
    for r, c, h in zip(records, claims, hits, strict=True):
        v = decide(c, h, settings=settings, verifier=verifier)
        if "verifier finds" not in v.reason:
            continue
        ok = v.verdict.value == r["label"]
        tally[(v.verdict.value, ok)] = tally.get((v.verdict.value, ok), 0) + 1
        print(f"{'OK ' if ok else 'BAD'} [{r.get('kind', '')}] gold={r['label']} got={v.verdict.value}: {r['claim']}")
    for verdict in ("supported", "contradicted"):
        right, wrong = tally.get((verdict, True), 0), tally.get((verdict, False), 0)
        print(f"tipped to {verdict}: {right + wrong} ({right} right, {wrong} wrong)")


if __name__ == "__main__":
    main()
