"""Stand-in embedders for benchmarks at a scale the real model cannot embed in the time at hand.

``HashEmbedder`` makes 384-d vectors from the words of a text (a sum of fixed random vectors, one
a word, L2-normalised): texts that share words are near, as with a real model, so dense retrieval
still returns passages about the claim, but it costs milliseconds instead of the model's ~30 ms a
passage. ``CostTwinEmbedder`` runs the real model on the queries (so the embed stage costs what it
costs) and returns the hash vectors (so they match an index built with ``HashEmbedder``).

Only for benchmarks: an index built with them records the model name ``hash-standin-384``, which
factcheck refuses to open without the same embedder.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Sequence

import numpy as np

NAME = "hash-standin-384"
DIM = 384
_WORD = re.compile(r"\w+")


class HashEmbedder:
    """Bag-of-words random projection (hashing trick): deterministic, fast, similar texts get
    similar vectors."""

    name = NAME
    buckets = 1 << 16

    def __init__(self) -> None:
        self._bucket: dict[str, int] = {}
        self._projection: np.ndarray | None = None

    @property
    def dimension(self) -> int:
        return DIM

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        from scipy.sparse import csr_matrix

        if self._projection is None:
            self._projection = np.random.default_rng(0).standard_normal((self.buckets, DIM), dtype=np.float32)
        ids: list[int] = []
        indptr = [0]
        bucket = self._bucket
        for text in texts:
            for word in _WORD.findall(text.lower()):
                b = bucket.get(word)
                if b is None:
                    b = bucket[word] = zlib.crc32(word.encode("utf-8")) % self.buckets
                ids.append(b)
            indptr.append(len(ids))
        counts = csr_matrix((np.ones(len(ids), np.float32), np.array(ids), np.array(indptr)), shape=(len(texts), self.buckets))
        out = np.asarray(counts @ self._projection, dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return np.ascontiguousarray(out / norms)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_passages(self, texts: Sequence[str], *, progress: Callable[[int], None] | None = None) -> np.ndarray:
        out = self._encode(texts)
        if progress is not None:
            progress(len(texts))
        return out


class CostTwinEmbedder(HashEmbedder):
    """Runs the real model on the queries for its cost, returns the hash vectors for the index."""

    def __init__(self, real: object) -> None:
        super().__init__()
        self.real = real

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.real.encode_queries(texts)  # type: ignore[attr-defined]
        return self._encode(texts)
