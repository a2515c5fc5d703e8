"""Evidence recall@k of retrieval (dense, BM25 and fused) on a labelled claims set.

Usage: python bench/retrieval_recall.py DATA_DIR [--index DIR] [-k 5]
DATA_DIR holds corpus.jsonl and claims.jsonl (claims with evidence_ids), e.g. ../shared/data/scifact.
A claim counts as found when one of its gold evidence documents is among the top-k passages' documents.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract import claim_from_text  # noqa: E402
from factcheck.index import Index, update_index  # noqa: E402
from factcheck.retrieve import Retriever  # noqa: E402
from factcheck.settings import Settings  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path)
    ap.add_argument("--index", type=Path, default=None, help="index folder (built if missing)")
    ap.add_argument("-k", type=int, default=5)
    args = ap.parse_args()
    index_dir = args.index or Path("bench/work") / f"index-{args.data.name}"
    if not (index_dir / "manifest.json").exists():
        t0 = time.perf_counter()
        stats = update_index([args.data / "corpus.jsonl"], index_dir)
        print(f"indexed {stats.passages} passages in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    index = Index.open(index_dir)
    records = [json.loads(line) for line in (args.data / "claims.jsonl").open() if line.strip()]
    records = [r for r in records if r.get("evidence_ids")]
    claims = [claim_from_text(r["claim"], claim_id=str(r["id"])) for r in records]
    settings = Settings(top_k=args.k)
    retriever = Retriever(index, settings)
    queries = [c.search_text for c in claims]
    vectors = index.embedder.encode_queries(queries)
    t0 = time.perf_counter()
    fused = retriever.search_vectors(queries, vectors, k=args.k)
    t_fused = time.perf_counter() - t0
    _, dense_rows = index.search_dense(vectors, args.k)
    lexical = index.search_lexical(queries, args.k)

    def hit(gold: list[str], rows: list[int]) -> bool:
        docs = {p.doc_id for p in index.passages(rows)}
        return bool(docs & {str(g) for g in gold})

    n = len(records)
    r_dense = sum(hit(r["evidence_ids"], [int(x) for x in dense_rows[i] if x >= 0]) for i, r in enumerate(records)) / n
    r_lex = sum(hit(r["evidence_ids"], [row for row, _ in lexical[i]]) for i, r in enumerate(records)) / n
    r_fused = sum(bool({h.passage.doc_id for h in fused[i]} & {str(g) for g in r["evidence_ids"]}) for i, r in enumerate(records)) / n
    print(f"{args.data.name}: {n} claims with evidence, {index.size} passages, k={args.k}")
    print(f"  recall@{args.k} dense  {r_dense:.3f}")
    print(f"  recall@{args.k} bm25   {r_lex:.3f}")
    print(f"  recall@{args.k} fused  {r_fused:.3f}   ({1000 * t_fused / n:.2f} ms/claim retrieval)")


if __name__ == "__main__":
    main()
