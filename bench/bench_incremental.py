"""Incremental indexing benchmark: what `factcheck index` costs when the corpus has not changed
(a no-op, in milliseconds per document), and when one document is added, changed or removed.

    python bench/bench_incremental.py [--docs N] [--repeat R] [--corpus DIR]

The corpus is DIR (default: the demo corpus/) plus N small synthetic documents (default 300),
copied into a temporary folder. The in-process figures share one loaded model, so they measure
the index update itself; the `factcheck index` line is a whole command in a fresh process
(interpreter start, imports, manifest and checksum checks). Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

TOWNS = ["Velmora", "Harrowmere", "Orsk", "Brannick", "Kestrelby", "Lenn", "Saltgate", "Quillfen"]


def synthetic_document(n: int) -> str:
    """A short invented article with a few facts; deterministic in ``n``."""
    town = TOWNS[n % len(TOWNS)]
    year = 1900 + n % 120
    return (
        f"# {town} report {n}\n\n"
        f"The {town} library number {n} opened in {year}. It holds {1000 + 37 * n:,} books and employs {5 + n % 40} "
        f"people. Its reading room measures {20 + n % 15} metres across. In {year + 10} the council spent "
        f"€{1 + n % 9} million on a new wing. The head librarian is Ada Norm{n}."
    )


def make_corpus(folder: Path, source: Path | None, docs: int) -> int:
    if source is not None:
        shutil.copytree(source, folder / "base")
    (folder / "synthetic").mkdir(parents=True, exist_ok=True)
    for n in range(docs):
        (folder / "synthetic" / f"doc-{n:05d}.md").write_text(synthetic_document(n), "utf-8")
    return sum(1 for p in folder.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="synthetic documents added to the corpus")
    parser.add_argument("--repeat", type=int, default=5, help="no-op runs to take the median of")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="a real corpus folder to include")
    args = parser.parse_args()

    from factcheck.embed import SentenceTransformerEmbedder
    from factcheck.index import IndexStats, update_index

    embedder = SentenceTransformerEmbedder()
    embedder.warm_up()
    with tempfile.TemporaryDirectory(prefix="fc-bench-incr-") as tmp:
        corpus, index = Path(tmp) / "corpus", Path(tmp) / "index"
        files = make_corpus(corpus, args.corpus if args.corpus.is_dir() else None, args.docs)

        def run(prune: bool = False) -> tuple[float, IndexStats]:
            t0 = time.perf_counter()
            stats = update_index([corpus], index, embedder=embedder, prune=prune)
            return time.perf_counter() - t0, stats

        build_s, built = run()
        n_docs = built.documents
        print(f"corpus: {files} files, {n_docs} documents, {built.passages} passages")
        print(f"full build:           {build_s:8.2f} s   ({built.embedded} passages embedded)")

        noop = []
        for _ in range(args.repeat):
            seconds, stats = run()
            assert not stats.changed and stats.embedded == 0, stats
            noop.append(seconds)
        med = statistics.median(noop)
        print(f"no-op (unchanged):    {med * 1000:8.1f} ms  = {med * 1000 / n_docs:.2f} ms/document "
              f"(median of {args.repeat}; min {min(noop) * 1000:.1f} ms); 0 embedded")

        target = corpus / "synthetic" / "doc-00000.md"
        target.write_text(synthetic_document(0).replace("opened in", "was founded in"), "utf-8")
        seconds, stats = run()
        print(f"one document changed: {seconds * 1000:8.1f} ms  ({stats.updated} updated, "
              f"{stats.embedded} passages embedded)")

        (corpus / "synthetic" / "new-doc.md").write_text(synthetic_document(99_999), "utf-8")
        seconds, stats = run()
        print(f"one document added:   {seconds * 1000:8.1f} ms  ({stats.added} added, "
              f"{stats.embedded} passages embedded)")

        (corpus / "synthetic" / "doc-00001.md").unlink()
        seconds, stats = run()
        print(f"file gone, no --prune:{seconds * 1000:8.1f} ms  ({stats.removed} removed: kept until --prune)")
        seconds, stats = run(prune=True)
        print(f"file gone, --prune:   {seconds * 1000:8.1f} ms  ({stats.removed} removed, "
              f"{stats.embedded} embedded)")

        cli = [sys.executable, "-m", "factcheck.cli", "index", str(corpus), "--index", str(index)]
        walls = []
        for _ in range(min(args.repeat, 3)):
            t0 = time.perf_counter()
            out = subprocess.run(cli, capture_output=True, text=True, cwd=tmp, check=False)
            walls.append(time.perf_counter() - t0)
        print(f"`factcheck index` no-op, whole command: {statistics.median(walls):.2f} s wall (median of {len(walls)}); "
              f"exit {out.returncode}; stderr: {out.stderr.strip()}")


if __name__ == "__main__":
    main()
