"""Probes the memory of indexing: RSS by phase of ``update_index``, the activation peak of one
encode by batch size, and the high-water mark of a real ``factcheck index`` stopped after a while.

    python bench/memory_probe.py phases CORPUS INDEX            # stand-in embedder, RSS at each phase
    python bench/memory_probe.py batch CORPUS --batch-size 32    # model, the 128 longest passages
    python bench/memory_probe.py hwm CORPUS INDEX --seconds 480  # real `factcheck index`, then stopped

``hwm`` exists because a 100k-passage index takes hours to embed on a loaded machine: the longest
passages are encoded first (sentence-transformers sorts by length), so the activation peak comes
in the first minutes; what the rest of the run adds is the output array, bounded separately.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import FACTCHECK, load  # noqa: E402


def _rss_mb(pid: str = "self") -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            values[line.split(":")[0]] = int(line.split()[1]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def phases(corpus: Path, index: Path) -> dict[str, Any]:
    """RSS at the start and end of each phase of an ``update_index`` with the stand-in embedder."""
    from standin import HashEmbedder

    import factcheck.index as fi

    t0 = time.perf_counter()
    marks: list[tuple[float, str, float]] = []
    samples: list[float] = []

    def sampler() -> None:
        while True:
            samples.append(_rss_mb()[0])
            time.sleep(0.25)

    threading.Thread(target=sampler, daemon=True).start()

    def mark(name: str) -> None:
        marks.append((round(time.perf_counter() - t0, 2), name, round(_rss_mb()[0], 1)))

    def wrap(obj: Any, name: str) -> None:
        inner = getattr(obj, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            mark(f"{name} start")
            out = inner(*args, **kwargs)
            mark(f"{name} end")
            return out

        setattr(obj, name, wrapped)

    for name in ("_write_generation", "build_vector_index", "_write_bm25"):
        wrap(fi, name)
    embedder = HashEmbedder()
    wrap(embedder, "encode_passages")
    fi.update_index([corpus], index, rebuild=True, embedder=embedder)
    return {"peak_rss_mb": round(max(samples), 1), "peak_hwm_mb": round(_rss_mb()[1], 1), "marks": marks, "load": load()}


def batch(corpus: Path, batch_size: int) -> dict[str, Any]:
    """Peak RSS of encoding the 128 longest passages of ``corpus`` at ``batch_size``."""
    from factcheck.corpus import iter_documents, split_document
    from factcheck.embed import SentenceTransformerEmbedder

    texts = sorted((p.text for d in iter_documents([corpus]) for p in split_document(d)), key=len, reverse=True)[:128]
    embedder = SentenceTransformerEmbedder(batch_size=batch_size)
    embedder.warm_up()
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0, c0 = time.perf_counter(), time.process_time()
    embedder.encode_passages(texts)
    return {"batch_size": batch_size, "rss_after_load_mb": round(loaded), "max_chars": len(texts[0]),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "wall_s": round(time.perf_counter() - t0, 1), "cpu_s": round(time.process_time() - c0, 1), "load": load()}


def hwm(corpus: Path, index: Path, seconds: float) -> dict[str, Any]:
    """Run ``factcheck index`` for ``seconds`` (or to its end), sampling its RSS; then stop it."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    proc = subprocess.Popen([*FACTCHECK, "index", str(corpus), "--index", str(index), "--rebuild"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    t0 = time.perf_counter()
    trace: list[tuple[float, float, float]] = []
    peak = 0.0
    while proc.poll() is None and time.perf_counter() - t0 < seconds:
        try:
            rss, high = _rss_mb(str(proc.pid))
        except (FileNotFoundError, ProcessLookupError):
            break
        peak = max(peak, high)
        trace.append((round(time.perf_counter() - t0, 1), round(rss, 1), round(high, 1)))
        time.sleep(5)
    finished = proc.poll() is not None
    if not finished:
        proc.terminate()
        proc.wait()
    return {"seconds": round(time.perf_counter() - t0, 1), "finished": finished, "peak_hwm_mb": round(peak, 1),
            "trace_every_5s": trace[:: max(1, len(trace) // 20)], "load": load()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    p = sub.add_parser("phases", help="RSS by phase, stand-in embedder")
    p.add_argument("corpus", type=Path)
    p.add_argument("index", type=Path)
    b = sub.add_parser("batch", help="activation peak of the model by batch size")
    b.add_argument("corpus", type=Path)
    b.add_argument("--batch-size", type=int, default=64)
    h = sub.add_parser("hwm", help="high-water mark of a real `factcheck index`, stopped after --seconds")
    h.add_argument("corpus", type=Path)
    h.add_argument("index", type=Path)
    h.add_argument("--seconds", type=float, default=480)
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.what == "phases":
        out = phases(args.corpus, args.index)
    elif args.what == "batch":
        out = batch(args.corpus, args.batch_size)
    else:
        out = hwm(args.corpus, args.index, args.seconds)
    print(json.dumps({"command": " ".join(["python", *sys.argv]), **out}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
