"""Benchmarks vector search at scale: latency per query (p50/p99), recall@10 against exact search
and build time, for flat, IVF and HNSW FAISS indexes, in float32 and 8-bit scalar quantisation.

Vectors: the real passage vectors of a factcheck index when ``--real-index`` names one (queries are
then real claim vectors from ``--queries``); for sizes beyond it, synthetic vectors drawn from a
Gaussian fitted to the real ones (same mean and covariance, so the same anisotropy as MiniLM
embeddings; no cluster structure, which makes them somewhat harder for approximate search than
real text), L2-normalised, with held-out draws as queries.

    python bench/bench_search.py --real-index bench/work/index-100k --sizes 100000,1000000

Built indexes of 1M vectors are cached in ``--work`` (default bench/work/search) with their build
time, since an HNSW build of 1M vectors takes many minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import WORK, load, write_result  # noqa: E402

K = 10


def real_vectors(index_dir: Path) -> np.ndarray:
    """All vectors of a factcheck index (flat or HNSW-flat store the vectors themselves)."""
    import faiss

    manifest = json.loads((index_dir / "manifest.json").read_text())
    index = faiss.read_index(str(index_dir / manifest["files"]["vectors"]))
    return np.asarray(index.reconstruct_n(0, index.ntotal), dtype=np.float32)


def claim_vectors(claims: Path, cache: Path) -> np.ndarray:
    """Vectors of the claims of a claims JSONL file, as factcheck's embedder makes them (cached)."""
    if cache.is_file():
        return np.load(cache)
    from factcheck.embed import SentenceTransformerEmbedder

    texts = [json.loads(line)["claim"] for line in claims.read_text("utf-8").splitlines() if line.strip()]
    vectors = SentenceTransformerEmbedder().encode_queries(texts)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.save(cache, vectors)
    return vectors


def synthetic(sample: np.ndarray, n: int, seed: int) -> np.ndarray:
    """``n`` normalised vectors from the Gaussian with the mean and covariance of ``sample``."""
    rng = np.random.default_rng(seed)
    mean = sample.mean(axis=0)
    cov = np.cov(sample, rowvar=False) + 1e-6 * np.eye(sample.shape[1])
    chol = np.linalg.cholesky(cov).astype(np.float32)
    out = np.empty((n, sample.shape[1]), dtype=np.float32)
    for i in range(0, n, 100_000):
        m = min(100_000, n - i)
        z = rng.standard_normal((m, sample.shape[1]), dtype=np.float32)
        block = z @ chol.T + mean.astype(np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[i : i + m] = block
    return out


def mixture(sample: np.ndarray, n: int, seed: int, clusters: int | None = None, spread: float = 1.0) -> np.ndarray:
    """``n`` normalised vectors from a Gaussian mixture fitted to ``sample``: k-means centroids
    (``clusters``, default one per 10 real vectors) weighted by their sizes, with one covariance
    shared by all clusters (the real vectors' spread around their centroid). Real passages cluster by
    topic; this keeps that structure, which the single Gaussian of :func:`synthetic` removes.
    ``spread`` scales the shared covariance's standard deviations (k-means centroids of ~10 points
    absorb part of the real spread, so 1.0 makes the clusters tighter than the real ones)."""
    import faiss

    k = clusters or max(1, len(sample) // 10)
    km = faiss.Kmeans(sample.shape[1], k, niter=20, seed=seed % 2**31, spherical=True, verbose=False)
    km.train(np.ascontiguousarray(sample, dtype=np.float32))
    _, assign = km.index.search(np.ascontiguousarray(sample, dtype=np.float32), 1)
    assign = assign[:, 0]
    centroids = km.centroids.astype(np.float32)
    residual = sample - centroids[assign]
    cov = np.cov(residual, rowvar=False) + 1e-6 * np.eye(sample.shape[1])
    chol = (spread * np.linalg.cholesky(cov)).astype(np.float32)
    weights = np.bincount(assign, minlength=k).astype(np.float64)
    rng = np.random.default_rng(seed)
    out = np.empty((n, sample.shape[1]), dtype=np.float32)
    for i in range(0, n, 100_000):
        m = min(100_000, n - i)
        picked = rng.choice(k, size=m, p=weights / weights.sum())
        z = rng.standard_normal((m, sample.shape[1]), dtype=np.float32)
        block = centroids[picked] + z @ chol.T
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[i : i + m] = block
    return out


def exact_top(base: np.ndarray, queries: np.ndarray, k: int = K) -> np.ndarray:
    import faiss

    flat = faiss.IndexFlatIP(base.shape[1])
    flat.add(base)
    return np.asarray(flat.search(queries, k)[1])


def recall_at(found: np.ndarray, truth: np.ndarray) -> float:
    hits = sum(len(set(f.tolist()) & set(t.tolist())) for f, t in zip(found, truth, strict=True))
    return hits / truth.size


def latencies(index: Any, queries: np.ndarray, n: int) -> tuple[float, float, float, np.ndarray]:
    """p50 and p99 wall milliseconds and p50 CPU milliseconds of one-query searches over the first
    ``n`` queries, and the results of all queries.

    CPU time (all threads of the process) is what a query costs the machine; on a loaded machine
    the wall time also holds the waits for a core, and with 2 threads the wait for the slower one.
    """
    times, cpu = [], []
    found = np.empty((len(queries), K), dtype=np.int64)
    for i in range(len(queries)):
        t0, c0 = time.perf_counter(), time.process_time()
        _, rows = index.search(queries[i : i + 1], K)
        if i < n:
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        found[i] = rows[0]
    ms = np.array(times) * 1000
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 99)), float(np.percentile(np.array(cpu) * 1000, 50)), found


def batch_ms(index: Any, queries: np.ndarray) -> tuple[float, float]:
    """Wall and CPU milliseconds per query when all queries go in one call, as factcheck searches
    the claims of a draft (flat search then becomes one matrix product)."""
    t0, c0 = time.perf_counter(), time.process_time()
    index.search(queries, K)
    return (time.perf_counter() - t0) * 1000 / len(queries), (time.process_time() - c0) * 1000 / len(queries)


def _nlist(n: int) -> int:
    """IVF lists: about 2·sqrt(n), a power of two (1024 at 100k, 2048 at 1M)."""
    return int(2 ** round(np.log2(2 * np.sqrt(n))))


def build(kind: str, base: np.ndarray, params: dict[str, Any]) -> Any:
    import faiss

    d = base.shape[1]
    ip = faiss.METRIC_INNER_PRODUCT
    index: Any
    quantizer: Any
    qt8: Any = faiss.ScalarQuantizer.QT_8bit
    if kind == "flat":
        index = faiss.IndexFlatIP(d)
    elif kind == "flat-sq8":
        index = faiss.IndexScalarQuantizer(d, qt8, ip)
    elif kind in ("ivf", "ivf-sq8"):
        quantizer = faiss.IndexFlatIP(d)
        if kind == "ivf":
            index = faiss.IndexIVFFlat(quantizer, d, params["nlist"], ip)
        else:
            index = faiss.IndexIVFScalarQuantizer(quantizer, d, params["nlist"], qt8, ip)
        index.cp.niter = 10
        index.own_fields = True
        quantizer.this.disown()
    elif kind == "hnsw":
        index = faiss.IndexHNSWFlat(d, params["M"], ip)
        index.hnsw.efConstruction = params["efConstruction"]
    elif kind == "hnsw-sq8":
        index = faiss.IndexHNSWSQ(d, qt8, params["M"], ip)
        index.hnsw.efConstruction = params["efConstruction"]
    else:
        raise ValueError(f"unknown index kind {kind!r}; use flat, flat-sq8, ivf, ivf-sq8, hnsw or hnsw-sq8")
    if not index.is_trained:
        rng = np.random.default_rng(1)
        n_train = min(len(base), max(40 * params.get("nlist", 256), 20_000))
        index.train(base[rng.choice(len(base), n_train, replace=False)] if n_train < len(base) else base)
    index.add(base)
    return index


def cached_build(kind: str, base: np.ndarray, params: dict[str, Any], cache: Path | None) -> tuple[Any, float, bool]:
    """Build (or read from ``cache``) an index; return it, its build seconds and whether it was cached."""
    import faiss

    meta = cache.with_suffix(".json") if cache else None
    if cache and meta and cache.is_file() and meta.is_file():
        info = json.loads(meta.read_text())
        if info.get("params") == params and info.get("n") == len(base):
            return faiss.read_index(str(cache)), float(info["build_seconds"]), True
    t0 = time.perf_counter()
    index = build(kind, base, params)
    seconds = time.perf_counter() - t0
    if cache and meta:
        cache.parent.mkdir(parents=True, exist_ok=True)
        faiss.write_index(index, str(cache))
        meta.write_text(json.dumps({"params": params, "n": len(base), "build_seconds": seconds, "load": load()}) + "\n")
    return index, seconds, False


def index_bytes(index: Any) -> int:
    import faiss

    return int(faiss.serialize_index(index).size)


def bench_size(name: str, base: np.ndarray, queries: np.ndarray, truth: np.ndarray, *, kinds: list[str],
               n_latency: int, work: Path | None, hnsw_m: int, hnsw_efc: int, log: Any,
               ef_search: list[int] | None = None) -> list[dict[str, Any]]:
    """Every index kind and search parameter at one database size; ``truth`` is the exact top-10."""
    n = len(base)
    rows: list[dict[str, Any]] = []
    nlist = _nlist(n)
    sweeps: dict[str, tuple[str, list[int]]] = {
        "flat": ("", [0]),
        "flat-sq8": ("", [0]),
        "ivf": ("nprobe", [8, 16, 32, 64]),
        "ivf-sq8": ("nprobe", [16, 32, 64]),
        "hnsw": ("efSearch", ef_search or [16, 32, 64, 96, 128, 256, 512]),
        "hnsw-sq8": ("efSearch", ef_search or [64, 128, 256, 512]),
    }
    for kind in kinds:
        params: dict[str, Any] = {}
        if kind.startswith("ivf"):
            params = {"nlist": nlist}
        elif kind.startswith("hnsw"):
            params = {"M": hnsw_m, "efConstruction": hnsw_efc}
        cache = work / f"{kind}-{name}.faiss" if work is not None and kind.startswith("hnsw") and n >= 500_000 else None
        load_before = load()
        index, build_s, cached = cached_build(kind, base, params, cache)
        size = index_bytes(index) if n <= 200_000 or kind != "flat" else n * base.shape[1] * 4
        knob, values = sweeps[kind]
        for value in values:
            if knob == "nprobe":
                index.nprobe = value
            elif knob == "efSearch":
                index.hnsw.efSearch = value
            p50, p99, p50_cpu, found = latencies(index, queries, n_latency)
            batch_wall, batch_cpu = batch_ms(index, queries)
            row = {
                "vectors": name, "n": n, "index": kind, **params, **({knob: value} if knob else {}),
                "build_s": round(build_s, 1), "build_cached": cached, "bytes_per_vector": round(size / n, 1),
                "p50_ms": round(p50, 3), "p99_ms": round(p99, 3), "p50_cpu_ms": round(p50_cpu, 3), "batch_ms_per_query": round(batch_wall, 3),
                "batch_cpu_ms_per_query": round(batch_cpu, 3), "recall@10": round(recall_at(found, truth), 4),
                "load": load(), "load_before_build": load_before,
            }
            rows.append(row)
            log(row)
        del index
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real-index", type=Path, help="a factcheck index whose vectors are the real database (flat)")
    ap.add_argument("--queries", type=Path, help="claims JSONL whose claim vectors query the real database")
    ap.add_argument("--sizes", default="100000,1000000", help="comma-separated database sizes (default 100000,1000000)")
    ap.add_argument("--kinds", default="flat,flat-sq8,ivf,ivf-sq8,hnsw,hnsw-sq8", help="index kinds to measure")
    ap.add_argument("--synthetic-queries", type=int, default=500, help="held-out queries for synthetic sets")
    ap.add_argument("--synthetic", choices=["gaussian", "mixture"], default="gaussian",
                    help="synthetic vectors: one Gaussian fitted to the real ones (no topic structure, the hard case) "
                         "or a Gaussian mixture fitted by k-means (topics kept)")
    ap.add_argument("--spread", type=float, default=1.0,
                    help="scale of the mixture's within-cluster spread (calibrate against --queries on real vectors)")
    ap.add_argument("--clusters", type=int, default=None,
                    help="components of --synthetic mixture (default: one per 10 real vectors)")
    ap.add_argument("--latency-queries", type=int, default=300, help="queries timed one at a time")
    ap.add_argument("--hnsw-m", type=int, default=32)
    ap.add_argument("--hnsw-ef-construction", type=int, default=80)
    ap.add_argument("--ef-search", help="comma-separated HNSW efSearch values (default 16..512)")
    ap.add_argument("--threads", type=int, default=2, help="FAISS OpenMP threads (default 2)")
    ap.add_argument("--work", type=Path, default=WORK / "search", help="cache of built 1M indexes")
    ap.add_argument("--result", default="search", help="result name (bench/results/NAME.json)")
    args = ap.parse_args(argv)

    import faiss

    faiss.omp_set_num_threads(args.threads)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    kinds = [k for k in args.kinds.split(",") if k]
    real = real_vectors(args.real_index) if args.real_index else None
    sample = real if real is not None else None
    if sample is None:
        raise SystemExit("give --real-index (a factcheck index) to fit the synthetic vectors to real ones")
    rows: list[dict[str, Any]] = []

    def log(row: dict[str, Any]) -> None:
        print(json.dumps(row), file=sys.stderr, flush=True)

    def save() -> Path:
        return write_result(args.result, {"command": " ".join(["python", *sys.argv]), "threads": args.threads,
                                          "synthetic": args.synthetic, "clusters": args.clusters, "spread": args.spread, "synthetic_fitted_on": len(sample),
                                          "rows": rows})

    for n in sizes:
        if real is not None and n == len(real) and args.queries:
            digest = hashlib.sha256(args.queries.read_bytes()).hexdigest()[:12]
            cache = WORK / f"queries-{digest}.npy"
            base, queries, name = real, claim_vectors(args.queries, cache), f"real-{n}"
        else:
            if args.synthetic == "mixture":
                both = mixture(sample, n + args.synthetic_queries, seed=n, clusters=args.clusters, spread=args.spread)
                base, queries, name = both[:n], both[n:], f"mixture{args.clusters or ''}x{args.spread:g}-{n}"
            else:
                both = synthetic(sample, n + args.synthetic_queries, seed=n)
                base, queries, name = both[:n], both[n:], f"synthetic-{n}"
            del both
        truth = exact_top(base, queries)
        for kind in kinds:  # one kind at a time, saving after each: a 1M HNSW build takes long
            rows += bench_size(name, base, queries, truth, kinds=[kind], n_latency=args.latency_queries, work=args.work,
                               hnsw_m=args.hnsw_m, hnsw_efc=args.hnsw_ef_construction, log=log,
                               ef_search=[int(v) for v in args.ef_search.split(",")] if args.ef_search else None)
            save()
        del base
    print(save())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
