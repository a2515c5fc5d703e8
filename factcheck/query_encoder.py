"""Claims embedded without torch: an ONNX export of the embedding model, cached on disk.

Importing torch and loading the model through sentence-transformers takes ~6 s of a
``factcheck check`` run; the checking itself, for a short draft, well under one. The same
weights exported to ONNX (fp32, mean pooling and L2 normalisation inside the graph) load
through onnxruntime in ~0.4 s and give the same vectors (largest difference per component
~2e-7, measured on 194 claims), so claims, queries and eval claims are embedded with it once it
exists. Passages are always encoded by sentence-transformers (``factcheck index``), so an index
never depends on this cache.

The export needs torch, so it is made when torch is loaded anyway: after ``factcheck index``
has encoded passages, or after a check that had to embed its claims with torch. It is checked
against sentence-transformers on probe texts before it is kept, written atomically, and found
again by a key over the model's files. Anything wrong with it (missing, unreadable, another
model, a model whose modules are not Transformer + mean Pooling + Normalize) means torch is
used, never an error.

Where: ``$FACTCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck``.
For each model, ``query-encoder-<key>.onnx`` (~90 MB for all-MiniLM-L6-v2) and its ``.json``; the
key is a sha256 over the model's configuration, tokenizer and weights, so installs of the same
model share one export, and a model folder whose files changed gets a new one (which replaces
the old). ``weights-sha256.json`` remembers the weights' sha256 per install, so that it is
computed once. ``FACTCHECK_QUERY_ENCODER=torch`` turns the cache off (neither read nor written).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

FORMAT = 1
"""Version of the export's layout; part of the key, so a new layout never reads an old file."""

CACHE_ENV = "FACTCHECK_CACHE_DIR"
ENCODER_ENV = "FACTCHECK_QUERY_ENCODER"

BATCH_SIZE = 16
"""Claims per onnxruntime call: 194 short claims took 0.84 s at 16, 0.86 s at 8, 1.00 s at 32 and
1.12 s at 64 on 2 cores, against 1.04-1.18 s through sentence-transformers at 32."""

TOLERANCE = 1e-4
"""Largest difference per vector component from sentence-transformers accepted at export."""

PROBES = (
    "The bridge opened on 14 March 1921 and carries about 2.4 million vehicles a year.",
    "Ein Satz auf Deutsch, avec des accents: déjà vu, naïve café — and “quotes”.",
    "x",
    # Longer than the model's 256 tokens: truncation must agree too.
    " ".join(f"Paragraph {i} reports that the council spent €{i}.5 million on roads." for i in range(40)),
)

_MODULES = (
    "sentence_transformers.models.Transformer",
    "sentence_transformers.models.Pooling",
    "sentence_transformers.models.Normalize",
)
_KEY_FILES = ("modules.json", "config.json", "sentence_bert_config.json", "tokenizer.json", "1_Pooling/config.json")
_WEIGHTS = ("model.safetensors", "pytorch_model.bin")


def enabled() -> bool:
    """False when ``FACTCHECK_QUERY_ENCODER=torch`` asks for sentence-transformers only."""
    return os.environ.get(ENCODER_ENV, "onnx").strip().lower() not in ("torch", "off", "0", "no")


def cache_dir() -> Path:
    explicit = os.environ.get(CACHE_ENV, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    if xdg:
        return Path(xdg).expanduser() / "factcheck"
    try:
        return Path.home() / ".cache" / "factcheck"
    except RuntimeError:  # no home directory (some service accounts)
        return Path(tempfile.gettempdir()) / "factcheck-cache"


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def model_key(model_path: Path) -> str | None:
    """A key over the model's configuration files and weights, or None when the model's layout
    is not one this export reproduces (then claims are embedded by sentence-transformers)."""
    try:
        modules = [m.get("type") for m in _read_json(model_path / "modules.json")]
        pooling = _read_json(model_path / "1_Pooling" / "config.json")
    except (OSError, ValueError, AttributeError, TypeError):
        return None
    if tuple(modules) != _MODULES:
        return None
    modes = {k: v for k, v in pooling.items() if k.startswith("pooling_mode_") and v}
    if set(modes) != {"pooling_mode_mean_tokens"}:
        return None
    weights = next((model_path / w for w in _WEIGHTS if (model_path / w).is_file()), None)
    if weights is None or not all((model_path / f).is_file() for f in _KEY_FILES):
        return None
    digest = hashlib.sha256(f"factcheck-query-encoder-{FORMAT}\n".encode())
    for name in _KEY_FILES:
        digest.update(name.encode() + b"\n" + (model_path / name).read_bytes() + b"\n")
    digest.update(f"{weights.name} {_weights_sha256(weights)}\n".encode())
    return digest.hexdigest()[:20]


_DIGESTS_FILE = "weights-sha256.json"
_DIGESTS_KEPT = 32


def _weights_sha256(weights: Path) -> str:
    """The sha256 of the weights, remembered in the cache by path, size and modification time:
    hashing ~90 MB costs ~0.2 s, so it is done once per install, and two installs of the same
    weights (a new virtual environment, a reinstall) share one export."""
    stat = weights.stat()
    memo_key = f"{weights.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    memo_path = cache_dir() / _DIGESTS_FILE
    try:
        memo = _read_json(memo_path)
        if not isinstance(memo, dict):
            memo = {}
    except (OSError, ValueError):
        memo = {}
    known = memo.get(memo_key)
    if isinstance(known, str) and len(known) == 64:
        return known
    digest = hashlib.sha256()
    with weights.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    value = digest.hexdigest()
    memo = {k: v for k, v in list(memo.items())[-(_DIGESTS_KEPT - 1):] if k != memo_key}
    memo[memo_key] = value
    with contextlib.suppress(OSError):  # best effort: without it the next run hashes again
        memo_path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".weights-", suffix=".json.tmp", dir=memo_path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(memo, out, indent=1)
        os.replace(name, memo_path)
    return value


def _paths(model_path: Path) -> tuple[Path, Path, str] | None:
    """The export's two files and its key; None when the cache is off or the model cannot be
    exported or read."""
    if not enabled():
        return None
    try:
        key = model_key(model_path)
    except Exception:  # noqa: BLE001 - an odd model folder means torch embeds, never an error
        return None
    if key is None:
        return None
    folder = cache_dir()
    return folder / f"query-encoder-{key}.onnx", folder / f"query-encoder-{key}.json", key


class OnnxQueryEncoder:
    """The exported model in an onnxruntime session, with the model's own WordPiece tokenizer."""

    def __init__(self, session: Any, tokenizer: Any, dimension: int) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self.dimension = dimension

    @classmethod
    def load(cls, model_path: Path) -> OnnxQueryEncoder | None:
        """The cached export for the model at ``model_path``, or None (missing, stale or unreadable)."""
        paths = _paths(model_path)
        if paths is None:
            return None
        onnx_path, meta_path, key = paths
        if not _is_cached(onnx_path, meta_path, key):
            return None
        try:
            return cls.from_files(onnx_path, model_path, _read_json(meta_path))
        except Exception:  # damaged: not the user's problem; torch embeds, and the next export replaces it
            discard(model_path)
            return None

    @classmethod
    def from_files(cls, onnx_path: Path, model_path: Path, meta: dict[str, Any]) -> OnnxQueryEncoder:
        """A session over ``onnx_path`` with the tokenizer of ``model_path``; raises what onnxruntime raises."""
        import onnxruntime as ort
        from tokenizers import Tokenizer

        from factcheck.verifier import session_options

        session = ort.InferenceSession(str(onnx_path), sess_options=session_options(_threads()),
                                       providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_file(str(model_path / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.enable_truncation(int(meta["max_seq_length"]))
        return cls(session, tokenizer, int(meta["dimension"]))

    def encode(self, texts: Sequence[str], *, batch_size: int = BATCH_SIZE) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text, in input order."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        # sentence-transformers strips each text before tokenising; so does this.
        encodings = self._tokenizer.encode_batch([str(t).strip() for t in texts])
        order = sorted(range(len(encodings)), key=lambda i: -len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            width = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            for row, i in enumerate(chunk):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            out[chunk] = self._session.run(None, feeds)[0]
        return out


def _is_cached(onnx_path: Path, meta_path: Path, key: str) -> bool:
    """Whether the metadata names this key and the ONNX file has the size it records."""
    try:
        meta = _read_json(meta_path)
        return bool(meta.get("key") == key and meta.get("bytes") == onnx_path.stat().st_size)
    except (OSError, ValueError, AttributeError):
        return False


def _threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def export(st_model: Any, model_path: Path) -> Path | None:
    """Export a loaded SentenceTransformer to the cache, if it is not there yet; best effort.

    Returns the ONNX file's path, or None when the cache is off, the layout is unsupported, the
    export fails or its vectors differ from sentence-transformers' on :data:`PROBES`.
    """
    paths = _paths(model_path)
    if paths is None:
        return None
    onnx_path, meta_path, key = paths
    if _is_cached(onnx_path, meta_path, key):
        return onnx_path  # checked by its metadata only: opening a session would cost ~0.4 s
    tmp_onnx = tmp_meta = None
    try:
        import torch

        onnx_path.parent.mkdir(parents=True, exist_ok=True)
        transformer = st_model[0]
        max_seq_length = int(transformer.max_seq_length)
        fd, name = tempfile.mkstemp(prefix=".query-encoder-", suffix=".onnx.tmp", dir=onnx_path.parent)
        os.close(fd)
        tmp_onnx = Path(name)
        wrapper = _MeanPooled(transformer.auto_model).eval()
        dummy = (torch.ones((2, 8), dtype=torch.long), torch.ones((2, 8), dtype=torch.long),
                 torch.zeros((2, 8), dtype=torch.long))
        axes = {n: {0: "batch", 1: "sequence"} for n in ("input_ids", "attention_mask", "token_type_ids")}
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(wrapper, dummy, str(tmp_onnx), input_names=list(axes),
                              output_names=["embedding"], dynamic_axes={**axes, "embedding": {0: "batch"}},
                              opset_version=17, dynamo=False)
        getter = getattr(st_model, "get_embedding_dimension", None) or st_model.get_sentence_embedding_dimension
        meta = {"format": FORMAT, "key": key, "dimension": int(getter()),
                "max_seq_length": max_seq_length, "bytes": tmp_onnx.stat().st_size, "model": str(model_path)}
        # Checked before it is kept: the export must embed the probes as sentence-transformers does.
        encoder = OnnxQueryEncoder.from_files(tmp_onnx, model_path, meta)
        reference = st_model.encode(list(PROBES), normalize_embeddings=True, convert_to_numpy=True,
                                    show_progress_bar=False)
        difference = float(np.abs(encoder.encode(PROBES) - reference).max())
        if difference > TOLERANCE:
            log.debug("the claim encoder's export differs from sentence-transformers by %g; not kept", difference)
            return None
        fd, name = tempfile.mkstemp(prefix=".query-encoder-", suffix=".json.tmp", dir=onnx_path.parent)
        os.close(fd)
        tmp_meta = Path(name)
        tmp_meta.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        # The ONNX file first: a reader finds the metadata only once the file it describes is whole.
        os.replace(tmp_onnx, onnx_path)
        tmp_onnx = None
        os.replace(tmp_meta, meta_path)
        tmp_meta = None
        _remove_superseded(onnx_path.parent, key, str(model_path))
        return onnx_path
    except Exception as exc:  # the cache is an optimisation: any failure leaves checks on torch
        log.debug("the claim encoder was not exported (%s: %s)", type(exc).__name__, exc)
        return None
    finally:
        for leftover in (tmp_onnx, tmp_meta):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink()


def _remove_superseded(folder: Path, key: str, model: str) -> None:
    """Remove the exports an earlier version of this model folder left (other weights, another
    tokenizer): they would only take disk space. Exports of other models are kept."""
    for meta_path in folder.glob("query-encoder-*.json"):
        try:
            meta = _read_json(meta_path)
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict) and meta.get("model") == model and meta.get("key") != key:
            for path in (meta_path.with_suffix(".onnx"), meta_path):
                with contextlib.suppress(OSError):
                    path.unlink()


def discard(model_path: Path) -> None:
    """Remove the model's cached export (both files), if any."""
    paths = _paths(model_path)
    if paths is None:
        return
    for path in paths[:2]:
        with contextlib.suppress(OSError):
            path.unlink()


def _mean_pooled_class() -> Any:
    import torch

    class MeanPooled(torch.nn.Module):
        """The transformer, then mean pooling over real tokens and L2 normalisation, as one graph."""

        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.model(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    return MeanPooled


def _MeanPooled(model: Any) -> Any:  # noqa: N802 - a class built on first use, so torch is imported lazily
    return _mean_pooled_class()(model)
