"""Builds a benchmark index once with ``factcheck index`` (a subprocess, as a user runs it) and
records its wall time, peak RSS and size on disk beside it, in ``INDEX.build.json``.

Building 100k passages takes 5-15 minutes on 2 shared cores, so the other benchmarks reuse an
index when its ``.build.json`` says it was built from the same corpus file; ``--force`` rebuilds.
``--standin`` builds through the same library code (``update_index``) in a subprocess but with the
word-hash stand-in embedder of ``standin.py``: everything but the model is measured, at a scale
the model cannot reach on a loaded machine; ``--profile FILE`` writes its cProfile stats.

    python bench/build_index.py bench/work/corpus-100k/corpus.jsonl bench/work/index-100k
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import FACTCHECK, dir_bytes, load, peak_rss_of  # noqa: E402


def build_info_path(index: Path) -> Path:
    return index.with_name(index.name + ".build.json")


def build_index(corpus: Path, index: Path, *, force: bool = False, env: dict[str, str] | None = None,
                standin: bool = False, profile: Path | None = None) -> dict[str, Any]:
    """Build ``index`` from ``corpus`` unless a build of that corpus is recorded; return the record."""
    info_path = build_info_path(index)
    stamp = {"corpus": str(corpus.resolve()), "corpus_bytes": corpus.stat().st_size, "embedder": "standin" if standin else "model"}
    if not force and info_path.is_file() and (index / "manifest.json").is_file():
        info = json.loads(info_path.read_text())
        if all(info.get(k) == v for k, v in stamp.items()):
            info["reused"] = True
            return dict(info)
    load_before = load()
    if standin:
        command = [sys.executable, str(Path(__file__).resolve()), "--worker-standin", str(corpus), str(index)]
        if profile:
            command += ["--profile", str(profile)]
    else:
        command = [*FACTCHECK, "index", str(corpus), "--index", str(index), "--rebuild"]
    run = peak_rss_of(command, env=env)
    if run.returncode != 0:
        raise RuntimeError(f"factcheck index failed:\n{run.stderr[-3000:]}")
    manifest = json.loads((index / "manifest.json").read_text())
    files = {k: dir_bytes(index / v) if (index / v).is_dir() else (index / v).stat().st_size
             for k, v in manifest["files"].items()}
    total = sum(files.values())
    info = {
        **stamp,
        "index": str(index.resolve()),
        "passages": manifest["passages"],
        "documents": manifest["documents"],
        "index_type": manifest.get("index_type"),
        "seconds": round(run.seconds, 2),
        "cpu_s": round(run.cpu_s, 2),
        "passages_per_s": round(manifest["passages"] / run.seconds, 1),
        "peak_rss_mb": round(run.peak_rss_mb, 1),
        "bytes": files,
        "bytes_total": total,
        "bytes_per_passage": round(total / manifest["passages"], 1),
        "load_before": load_before,
        "load_after": run.load,
        "command": " ".join(command),
        "stderr_tail": run.stderr.strip().splitlines()[-2:] if run.stderr.strip() else [],
    }
    spent = re.search(r"stand-in encode ([0-9.]+)s wall ([0-9.]+)s cpu", run.stderr)
    if spent:
        # What factcheck itself costs besides the embedder: the whole process less the encode.
        info["standin_encode_s"] = float(spent.group(1))
        info["standin_encode_cpu_s"] = float(spent.group(2))
        info["factcheck_own_cpu_s"] = round(run.cpu_s - float(spent.group(2)), 2)
        info["factcheck_own_cpu_ms_per_passage"] = round(1000 * info["factcheck_own_cpu_s"] / info["passages"], 3)
    info_path.write_text(json.dumps(info, indent=2) + "\n")
    info["reused"] = False
    return info


def _standin_worker(corpus: Path, index: Path, profile: Path | None) -> None:
    from standin import HashEmbedder

    from factcheck.index import update_index

    embedder = HashEmbedder()
    encode = embedder.encode_passages
    spent = [0.0, 0.0]

    def timed_encode(texts: Any, *, progress: Any = None) -> Any:
        t0, c0 = time.perf_counter(), time.process_time()
        out = encode(texts, progress=progress)
        spent[0] += time.perf_counter() - t0
        spent[1] += time.process_time() - c0
        return out

    embedder.encode_passages = timed_encode  # type: ignore[method-assign]

    def work() -> None:
        stats = update_index([corpus], index, rebuild=True, embedder=embedder)
        print(f"indexed {stats.passages} passages in {stats.seconds:.1f}s", file=sys.stderr)
        print(f"stand-in encode {spent[0]:.2f}s wall {spent[1]:.2f}s cpu", file=sys.stderr)

    if profile is None:
        work()
        return
    import cProfile

    cProfile.runctx("work()", globals(), {"work": work}, str(profile))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("index", type=Path)
    ap.add_argument("--force", action="store_true", help="rebuild even when a build is recorded")
    ap.add_argument("--standin", action="store_true", help="use the word-hash stand-in embedder (bench/standin.py)")
    ap.add_argument("--profile", type=Path, help="with --standin: write cProfile stats here")
    ap.add_argument("--worker-standin", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker_standin:
        _standin_worker(args.corpus, args.index, args.profile)
        return 0
    print(json.dumps(build_index(args.corpus, args.index, force=args.force, standin=args.standin, profile=args.profile),
                     indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
