"""Peak proportional set size (PSS) of ``factcheck check`` with its alignment workers.

RSS counts a forked worker's pages shared with its parent (the model, the index) once per
process; PSS divides each shared page among the processes sharing it, so the sum over the main
process and its workers is the memory the check really holds. Samples every 0.1 s.

    python bench/memory_pss.py bench/work/index-100k-standin --claims ../shared/data/scifact/claims.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("index", type=Path)
    ap.add_argument("--claims", type=Path, required=True)
    ap.add_argument("--n-claims", type=int, default=300)
    ap.add_argument("--verifier", choices=["auto", "off"], default="auto")
    args = ap.parse_args()
    from bench_check import draft_of, read_claim_texts
    from standin import CostTwinEmbedder

    from factcheck.embed import SentenceTransformerEmbedder
    from factcheck.index import Index
    from factcheck.pipeline import check_text, load_verifier
    from factcheck.settings import Settings

    manifest = json.loads((args.index / "manifest.json").read_text())
    real = SentenceTransformerEmbedder()
    embedder = real if manifest["model"] == "all-MiniLM-L6-v2" else CostTwinEmbedder(real)
    index = Index.open(args.index, embedder=embedder)
    settings = Settings(use_verifier=args.verifier != "off")
    verifier = load_verifier(settings)
    real.warm_up()
    peak = {"total": 0, "main": 0, "workers": 0}
    done = threading.Event()

    def sample() -> None:
        me = os.getpid()
        while not done.is_set():
            main_kb = pss_kb(me)
            work_kb = sum(pss_kb(c) for c in children(me))
            if main_kb + work_kb > peak["total"]:
                peak.update(total=main_kb + work_kb, main=main_kb, workers=work_kb)
            time.sleep(0.1)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    report = check_text(draft_of(read_claim_texts(args.claims)[: args.n_claims]), index, source="bench",
                        settings=settings, verifier=verifier)
    done.set()
    thread.join()
    print(json.dumps({"index": str(args.index), "claims": len(report.verdicts), "verifier": verifier is not None,
                      "peak_pss_mb": round(peak["total"] / 1024, 1), "main_pss_mb_at_peak": round(peak["main"] / 1024, 1),
                      "workers_pss_mb_at_peak": round(peak["workers"] / 1024, 1)}))


if __name__ == "__main__":
    main()
