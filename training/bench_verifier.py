"""Speed of the shipped verifier at run time: pairs per second through factcheck.verifier on CPU.

Two figures: bulk (all pairs in one ``predict`` call, batched inside) and per claim (one call per
claim with ``--per-claim`` candidate passages, as the verdict engine scores the top few
candidates of each claim). Pairs are the dev split's, read from ``--data``; the dev premises are
sentence-length, like the news passages factcheck retrieves. The load average is printed beside
the figures, because the machines are shared and a busy one halves them.

    HF_HUB_OFFLINE=1 .venv/bin/python training/bench_verifier.py --data ../shared/data/nli
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with dev.jsonl")
    parser.add_argument("--model", type=Path, default=None, help="verifier folder (default: the packaged one)")
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--per-claim", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure; the best is reported")
    args = parser.parse_args()

    from factcheck.verifier import Verifier

    with (args.data / "dev.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(args.pairs), handle, strict=False)]
    pairs = [(r["premise"], r["hypothesis"]) for r in rows]
    start = time.perf_counter()
    verifier = Verifier.load(args.model, threads=args.threads)
    load_s = time.perf_counter() - start
    verifier.predict(pairs[:64])  # warm-up: first calls allocate onnxruntime's buffers

    load_before = os.getloadavg()[0]
    bulk = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        verifier.predict(pairs)
        bulk.append(len(pairs) / (time.perf_counter() - start))
    per_claim = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for i in range(0, len(pairs), args.per_claim):
            verifier.predict(pairs[i : i + args.per_claim])
        per_claim.append(len(pairs) / (time.perf_counter() - start))
    load_after = os.getloadavg()[0]

    best_bulk, best_claim = max(bulk), max(per_claim)
    print(f"model: {verifier.path} (max_len {verifier.max_len}, {args.threads} threads), load {load_s:.2f} s")
    print(f"bulk: {best_bulk:.0f} pairs/s ({1000 / best_bulk:.1f} ms/pair) over {len(pairs)} dev pairs")
    print(f"per claim ({args.per_claim} pairs a call): {best_claim:.0f} pairs/s = "
          f"{best_claim / args.per_claim:.0f} claims/s ({1000 / best_claim:.1f} ms/pair)")
    print(f"load average (1 min) before/after: {load_before:.1f}/{load_after:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
