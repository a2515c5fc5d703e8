"""Benchmarks checking: claims per second after start-up, the share of each stage (extract, embed,
retrieve, align+decide) and the peak RSS of the checking process, for indexes of several sizes.

Each index is measured in its own subprocess (so its peak RSS is its own): open the index, load
the model and the verifier, warm up on a few claims, then time ``pipeline.check_text`` on a draft
made of the claims of a claims file (one paragraph of five claims each), with its ``timings``.
An index built with the stand-in embedder (``bench/standin.py``) is checked with the real model
run on the queries for its cost and the stand-in vectors for the search.

    python bench/bench_check.py bench/work/index-1k bench/work/index-100k-standin \\
        --claims ../shared/data/scifact/claims.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import load, run_measured, write_result  # noqa: E402

WARMUP = 10


def read_claim_texts(path: Path) -> list[str]:
    return [json.loads(line)["claim"].strip() for line in path.read_text("utf-8").splitlines() if line.strip()]


def draft_of(claims: list[str]) -> str:
    """A draft of the claims: paragraphs of five sentences, each ending with a full stop."""
    sentences = [c if c.endswith((".", "!", "?")) else c + "." for c in claims]
    return "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)) + "\n"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def worker(index_dir: Path, claims_path: Path, n_claims: int, verifier_mode: str,
           profile: Path | None = None, jobs: int | None = None, overrides: list[str] | None = None) -> dict[str, Any]:
    """Run in a subprocess: start up, warm up, then time one ``check_text`` over the draft."""
    t_start = time.perf_counter()
    from factcheck.embed import SentenceTransformerEmbedder
    from factcheck.index import Index
    from factcheck.pipeline import check_text, default_jobs, load_verifier
    from factcheck.settings import Settings

    manifest = json.loads((index_dir / "manifest.json").read_text())
    standin = manifest["model"] != "all-MiniLM-L6-v2"
    real = SentenceTransformerEmbedder()
    embedder: Any = real
    if standin:
        from standin import CostTwinEmbedder

        embedder = CostTwinEmbedder(real)
    t0 = time.perf_counter()
    index = Index.open(index_dir, embedder=embedder)
    open_s = time.perf_counter() - t0
    if not index.parses_current:
        print(f"note: {index_dir} stores no passage parses this factcheck can read, so passages are parsed at "
              "check time; rebuild it to measure the stored-parse path", file=sys.stderr)
    settings = Settings(use_verifier=verifier_mode != "off", **dict(kv.split("=", 1) for kv in overrides or []))
    verifier = load_verifier(settings)
    if verifier_mode == "on" and verifier is None:
        raise SystemExit("--verifier on: the verifier's weights are not available")
    texts = read_claim_texts(claims_path)
    warm, timed = texts[:WARMUP], texts[WARMUP : WARMUP + n_claims]
    # The warm-up loads the query encoder: the cached ONNX export (factcheck.query_encoder), or
    # torch when there is none or FACTCHECK_QUERY_ENCODER=torch.
    check_text(draft_of(warm), index, source="warm-up", settings=settings, verifier=verifier)
    startup_s = time.perf_counter() - t_start
    timings: dict[str, float] = {}
    load_before = load()
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0, c0, k0 = time.perf_counter(), time.process_time(), children_cpu()
    report = check_text(draft_of(timed), index, source="bench", settings=settings, verifier=verifier, timings=timings,
                        jobs=jobs)
    # CPU of this process and of its alignment workers (pipeline.check_claims forks them).
    seconds, cpu_s = time.perf_counter() - t0, time.process_time() - c0 + children_cpu() - k0
    if profiler is not None and profile is not None:
        profiler.disable()
        profiler.dump_stats(str(profile))
    n = len(report.verdicts)
    verdicts: dict[str, int] = {}
    for v in report.verdicts:
        verdicts[v.verdict.value] = verdicts.get(v.verdict.value, 0) + 1
    return {
        "index": str(index_dir),
        "passages": index.size,
        "index_type": manifest.get("index_type"),
        "stored_parses": index.parses_current,
        "vectors": "stand-in (word hash)" if standin else "all-MiniLM-L6-v2",
        "verifier": verifier is not None,
        "query_encoder": real.query_backend,
        "overrides": overrides or [],
        "jobs": default_jobs() if jobs is None else jobs,
        "sentences_in_draft": len(timed),
        "claims": n,
        "seconds": round(seconds, 3),
        "claims_per_s": round(n / seconds, 2) if seconds else None,
        # CPU seconds of all threads: on a loaded machine the wall time also holds waits for a core.
        "cpu_s": round(cpu_s, 3),
        "claims_per_cpu_s": round(n / cpu_s, 2) if cpu_s else None,
        "stages_s": {k: round(v, 3) for k, v in timings.items()},
        "stages_share": {k: round(v / seconds, 3) for k, v in timings.items()},
        "other_s": round(seconds - sum(timings.values()), 3),
        "verdicts": verdicts,
        "open_s": round(open_s, 3),
        "startup_s": round(startup_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        # Largest alignment worker (forked: most of its pages are shared with the process above).
        "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "load_before": load_before,
        "load_after": load(),
    }


def measure(index_dir: Path, claims: Path, n_claims: int, verifier: str, profile: Path | None = None,
            jobs: int | None = None, overrides: list[str] | None = None) -> dict[str, Any]:
    run = run_measured([sys.executable, str(Path(__file__).resolve()), "--worker", str(index_dir), "--claims", str(claims),
                        "--n-claims", str(n_claims), "--verifier", verifier, *(["--profile", str(profile)] if profile else []),
                        *(["--jobs", str(jobs)] if jobs is not None else []),
                        *[a for kv in overrides or [] for a in ("--set", kv)]])
    if run.returncode != 0:
        raise RuntimeError(f"bench_check worker failed on {index_dir}:\n{run.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    result["process_s"] = round(run.seconds, 2)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("indexes", nargs="+", type=Path, help="factcheck index folders")
    ap.add_argument("--claims", type=Path, required=True, help="claims JSONL (a 'claim' field a line)")
    ap.add_argument("--n-claims", type=int, default=300, help="claims in the timed draft (default 300)")
    ap.add_argument("--verifier", choices=["auto", "on", "off"], default="auto",
                    help="auto: as `factcheck check` does (on when its weights are present)")
    ap.add_argument("--profile", type=Path, help="with one index: cProfile the timed check into this file")
    ap.add_argument("--result", default="check", help="result name (bench/results/NAME.json)")
    ap.add_argument("--jobs", type=int, default=None,
                    help="alignment worker processes (default: factcheck's, one per CPU; 1: none)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a factcheck setting (factcheck/settings.py), e.g. --set verifier_top=2")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.worker:
        print(json.dumps(worker(args.indexes[0], args.claims, args.n_claims, args.verifier, args.profile, args.jobs, args.set)))
        return 0
    rows = []
    for index_dir in args.indexes:
        row = measure(index_dir, args.claims, args.n_claims, args.verifier, args.profile, args.jobs, args.set)
        print(json.dumps(row), file=sys.stderr, flush=True)
        rows.append(row)
    path = write_result(args.result, {"command": " ".join(["python", *sys.argv]), "rows": rows})
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
