"""A controllable index writer for the crash and concurrency tests of tests/test_rel_crash.py.

Run as a script: ``python tests/rel_writer.py [--cli] --pause POINT --index DIR CORPUS...``. It
indexes with :class:`HashEmbedder` (deterministic, no model to load) and, at the chosen POINT,
prints ``PAUSED <point>`` on stdout and waits until the file ``--release`` appears (or for 60 s),
so a test can kill or interrupt it at exactly that moment, or hold the write lock while a second
writer starts. Points: ``embed`` (half-way through embedding), ``bm25`` (FAISS file written, BM25
being written), ``manifest`` (new manifest written beside the old one, not yet renamed), ``none``.

With ``--cli`` the run goes through ``factcheck.cli.main`` (exit codes, stderr messages);
otherwise it calls ``update_index`` directly.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

DIMENSION = 16


class HashEmbedder:
    """Deterministic fake Embedder: a text's vector is derived from its sha256, so equal texts
    get equal vectors and a passage's own text finds it first by dense search."""

    name = "hash-embedder-16"

    def __init__(self, model: str | None = None, *, batch_size: int = 16, on_half: Callable[[], None] | None = None) -> None:
        self.batch_size = batch_size
        self.on_half = on_half

    @property
    def dimension(self) -> int:
        return DIMENSION

    def _vector(self, text: str) -> np.ndarray:
        digest = hashlib.sha256(text.encode("utf-8")).digest()
        vec = np.frombuffer(digest[: DIMENSION * 2], dtype=np.uint8).astype(np.float32)[:DIMENSION] - 127.5
        return vec / np.linalg.norm(vec)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self._vector(t) for t in texts]).astype(np.float32) if texts else np.zeros((0, DIMENSION), np.float32)

    def encode_passages(self, texts: Sequence[str], *, progress: Callable[[int], None] | None = None) -> np.ndarray:
        out = []
        for i, text in enumerate(texts):
            if i == len(texts) // 2 and self.on_half is not None:
                self.on_half()
            out.append(self._vector(text))
        if progress is not None:
            progress(len(texts))
        return np.stack(out).astype(np.float32) if out else np.zeros((0, DIMENSION), np.float32)


def _pause(point: str, release: Path | None) -> None:
    print(f"PAUSED {point}", flush=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (release is not None and release.exists()):
        time.sleep(0.02)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", required=True, type=Path)
    parser.add_argument("--pause", default="none", choices=["none", "embed", "bm25", "manifest"])
    parser.add_argument("--release", type=Path, default=None)
    parser.add_argument("--cli", action="store_true")
    parser.add_argument("--wait", default=None, help="with --cli: factcheck index --wait")
    parser.add_argument("corpus", nargs="+", type=Path)
    args = parser.parse_args(argv)

    import factcheck.index as index_module

    pause = args.pause
    on_half = (lambda: _pause("embed", args.release)) if pause == "embed" else None
    if pause == "bm25":
        write_bm25 = index_module._write_bm25

        def slow_bm25(texts: Sequence[str], target: Path) -> None:
            _pause("bm25", args.release)
            write_bm25(texts, target)

        index_module._write_bm25 = slow_bm25
    if pause == "manifest":
        fsync_file = index_module._fsync_file

        def slow_fsync(path: Path) -> None:
            fsync_file(path)
            if path.name.startswith(f"{index_module.MANIFEST}.tmp-"):
                _pause("manifest", args.release)

        index_module._fsync_file = slow_fsync

    if args.cli:
        class CliEmbedder(HashEmbedder):
            def __init__(self, model: str | None = None, *, batch_size: int = 16) -> None:
                super().__init__(model, batch_size=batch_size, on_half=on_half)

        index_module.SentenceTransformerEmbedder = CliEmbedder  # type: ignore[assignment,misc]
        from factcheck.cli import main as cli_main

        wait = ["--wait", args.wait] if args.wait is not None else []
        cli_main(["index", *map(str, args.corpus), "--index", str(args.index), *wait])  # raises SystemExit
        return 0
    stats = index_module.update_index(args.corpus, args.index, embedder=HashEmbedder(on_half=on_half))
    print(f"DONE {stats.added} {stats.passages}", flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main(sys.argv[1:]))
