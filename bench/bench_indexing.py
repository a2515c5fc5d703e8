"""Benchmarks indexing overhead: ``factcheck index`` throughput against ``model.encode`` alone on
the same passages, in one run.

The passages are those factcheck itself cuts from the corpus (``split_document`` with the default
settings). ``model.encode`` runs in this process with factcheck's arguments (batch size,
normalisation), after the model is loaded and warmed up; ``factcheck index`` runs as a subprocess,
so its process start-up (Python, torch, the model) counts against it. The order is encode, index,
encode, and the raw figure is the mean of the two encodes, so that a change of machine load during
the run weighs on both sides alike. Target: index throughput >= 0.95 of the raw throughput.

    python bench/bench_indexing.py --corpus bench/work/corpus-2k/corpus.jsonl

``--profile FILE`` also runs ``factcheck index`` once more under cProfile (not timed) and prints
where its time goes besides the model.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import FACTCHECK, load, peak_rss_of, run_measured, write_result  # noqa: E402


def corpus_texts(corpus: Path) -> list[str]:
    from factcheck.corpus import iter_documents, split_document
    from factcheck.settings import Settings

    s = Settings()
    return [p.text for d in iter_documents([corpus]) for p in split_document(d, sentences=s.passage_sentences, stride=s.passage_stride)]


def time_encode(model: Any, texts: list[str], batch_size: int) -> tuple[float, float]:
    """Wall and CPU seconds (all threads) of one ``model.encode`` call."""
    t0, c0 = time.perf_counter(), time.process_time()
    model.encode(texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
    return time.perf_counter() - t0, time.process_time() - c0


def profile_index(corpus: Path, out: Path) -> list[str]:
    """Run ``factcheck index`` under cProfile; return the top functions by own time, model excluded."""
    import pstats

    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        run_measured([sys.executable, "-m", "cProfile", "-o", str(out), "-m", "factcheck.cli", "index", str(corpus),
                      "--index", str(Path(tmp) / "index"), "--rebuild"])
    stats = pstats.Stats(str(out))
    lines = []
    wanted = ("factcheck/", "bm25s/", "sqlite3", "hashlib", "faiss", "json", "pydantic")
    for func, (_cc, nc, tt, ct, _callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3]):  # type: ignore[attr-defined]
        name = f"{func[0]}:{func[1]}({func[2]})"
        if any(w in name for w in wanted) and ct > 0.05:
            lines.append(f"{ct:8.2f}s cumulative {tt:7.2f}s own {nc:>8} calls  {re.sub(r'^.*site-packages/', '', name)}")
        if len(lines) >= 25:
            break
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="corpus file or folder to index")
    ap.add_argument("--profile", type=Path, help="also profile `factcheck index` into this file")
    ap.add_argument("--result", default="indexing", help="result name (bench/results/NAME.json)")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

    from factcheck.embed import SentenceTransformerEmbedder
    from factcheck.settings import Settings

    settings = Settings()
    texts = corpus_texts(args.corpus)
    n = len(texts)
    embedder = SentenceTransformerEmbedder(batch_size=settings.batch_size)
    embedder.warm_up()
    model = embedder._model
    time_encode(model, texts[:32], settings.batch_size)  # warm-up: first calls allocate

    load_start = load()
    encode_1, encode_cpu_1 = time_encode(model, texts, settings.batch_size)
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parent / "work") as tmp:
        index_dir = Path(tmp) / "index"
        command = [*FACTCHECK, "index", str(args.corpus), "--index", str(index_dir), "--rebuild"]
        run = peak_rss_of(command)
        if run.returncode != 0:
            raise RuntimeError(f"factcheck index failed:\n{run.stderr[-2000:]}")
        manifest = json.loads((index_dir / "manifest.json").read_text())
        shutil.rmtree(index_dir, ignore_errors=True)
    encode_2, encode_cpu_2 = time_encode(model, texts, settings.batch_size)
    load_end = load()
    if manifest["passages"] != n:
        raise RuntimeError(f"factcheck indexed {manifest['passages']} passages, the benchmark encoded {n}")

    encode_s = statistics.mean([encode_1, encode_2])
    inside = re.search(r"embedded in ([0-9.]+)s", run.stderr)
    update_s = float(inside.group(1)) if inside else None
    result: dict[str, Any] = {
        "command": " ".join(["python", *sys.argv]),
        "index_command": " ".join(command),
        "passages": n,
        "mean_chars": round(sum(map(len, texts)) / n, 1),
        "batch_size": settings.batch_size,
        "encode_s": [round(encode_1, 2), round(encode_2, 2)],
        "encode_passages_per_s": round(n / encode_s, 1),
        "index_s": round(run.seconds, 2),
        "index_update_s": update_s,
        "index_startup_s": round(run.seconds - update_s, 2) if update_s is not None else None,
        "index_passages_per_s": round(n / run.seconds, 1),
        "ratio": round(encode_s / run.seconds, 3),
        # The same ratio in CPU seconds (all threads, start-up included on the index side): on a
        # loaded machine the wall times hold waits for a core that differ from one step to the next.
        "encode_cpu_s": [round(encode_cpu_1, 2), round(encode_cpu_2, 2)],
        "index_cpu_s": round(run.cpu_s, 2),
        "cpu_ratio": round(statistics.mean([encode_cpu_1, encode_cpu_2]) / run.cpu_s, 3),
        "target_ratio": 0.95,
        "index_peak_rss_mb": round(run.peak_rss_mb, 1),
        "load_start": load_start,
        "load_end": load_end,
    }
    if args.profile:
        result["profile"] = profile_index(args.corpus, args.profile)
    path = write_result(args.result, result)
    print(json.dumps(result, indent=2))
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
