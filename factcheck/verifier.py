"""The learned entailment verifier at run time: an int8 ONNX cross-encoder scoring (premise, hypothesis) pairs.

The model is trained by ``training/train_verifier.py`` and shipped in ``factcheck/verifier_model/``:

    verifier.onnx     int8 (dynamically quantised) MiniLM-L6 cross-encoder, logits over 3 labels
    tokenizer.json    the WordPiece tokenizer it was trained with (``tokenizers`` library)
    verifier.json     labels order, max_len, version, sha256 of the ONNX file, accuracies
    MODEL_CARD.md     data, licences, hyper-parameters, figures

Only ``onnxruntime``, ``tokenizers`` and ``numpy`` are used here, never torch or transformers, and
both are imported when a model is loaded, not when this module is imported. Probabilities come
in the order of :data:`LABELS`: (entailment, neutral, contradiction).

    >>> v = Verifier.load()                                  # doctest: +SKIP
    >>> v.predict([("The bridge opened in 1932.", "The bridge was not open in 1932.")])  # doctest: +SKIP
    array([[0.01, 0.02, 0.97]], dtype=float32)

Errors: :class:`VerifierUnavailableError` (a ``FactcheckError``) when the files are missing, corrupt
or do not match ``verifier.json``. Callers that want to run on rules alone check
:meth:`Verifier.available` first.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.errors import FactcheckError

LABELS: tuple[str, str, str] = ("entailment", "neutral", "contradiction")
"""Column order of :meth:`Verifier.predict`."""

DEFAULT_PATH = Path(__file__).resolve().parent / "verifier_model"
"""The verifier shipped inside the package."""

MODEL_FILE = "verifier.onnx"
TOKENIZER_FILE = "tokenizer.json"
CONFIG_FILE = "verifier.json"
REQUIRED_FILES = (MODEL_FILE, TOKENIZER_FILE, CONFIG_FILE)

DEFAULT_THREADS = 2
"""onnxruntime intra-op threads: the machines factcheck targets have 2 cores."""
DEFAULT_BATCH_SIZE = 1
"""Pairs per ONNX call. Dynamic int8 quantisation scales activations per call, so batching pairs
together shifts each one's probabilities (by up to ~0.3 measured); one pair a call keeps a pair's
score independent of its neighbours, at the same CPU cost per pair (measured at 1, 8 and 32)."""


def session_options(threads: int) -> Any:
    """onnxruntime options for factcheck's models (the verifier, the claim encoder): ``threads``
    intra-op threads, one inter-op, sequential, every graph optimisation, warnings off."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    return options


class VerifierUnavailableError(FactcheckError):
    """The verifier's files are missing, unreadable or inconsistent; factcheck can run on rules alone."""


class Verifier:
    """A loaded entailment cross-encoder. Build it with :meth:`load`; it is then reusable and read-only."""

    def __init__(
        self,
        session: Any,
        tokenizer: Any,
        config: dict[str, Any],
        path: Path,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self._session = session
        self._tokenizer = tokenizer
        self.config = config
        self.path = path
        self.batch_size = batch_size
        self.max_len = int(config["max_len"])
        self._input_names = {i.name for i in session.get_inputs()}

    @staticmethod
    def available(path: Path | None = None) -> bool:
        """True when the model files exist at ``path`` (default: the packaged model) and the runtime is installed."""
        folder = Path(path) if path is not None else DEFAULT_PATH
        if not all((folder / name).is_file() for name in REQUIRED_FILES):
            return False
        try:
            import onnxruntime  # noqa: F401
            import tokenizers  # noqa: F401
        except ImportError:
            return False
        return True

    @classmethod
    def load(
        cls,
        path: Path | None = None,
        *,
        threads: int = DEFAULT_THREADS,
        batch_size: int = DEFAULT_BATCH_SIZE,
        max_len: int | None = None,
        check_sha256: bool = True,
    ) -> Verifier:
        """Load the verifier from ``path`` (default: the packaged model).

        ``threads`` sets onnxruntime's intra-op threads; ``max_len`` (tokens of premise and
        hypothesis together) defaults to the value the model was exported with, in ``verifier.json``.
        Raises :class:`VerifierUnavailableError` naming the missing or bad file.
        """
        folder = Path(path) if path is not None else DEFAULT_PATH
        if threads < 1:
            raise ValueError(f"threads must be >= 1, got {threads}")
        missing = [name for name in REQUIRED_FILES if not (folder / name).is_file()]
        if missing:
            raise VerifierUnavailableError(
                f"verifier model incomplete in {folder}: missing {', '.join(missing)}; "
                "run `make train-verifier` or run without the verifier (rules only)"
            )
        config_path = folder / CONFIG_FILE
        try:
            config = json.loads(config_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise VerifierUnavailableError(f"cannot read {config_path}: {exc}") from exc
        labels = tuple(config.get("labels", ()))
        if labels != LABELS:
            raise VerifierUnavailableError(
                f"{config_path}: labels {list(labels)} differ from the expected order {list(LABELS)}"
            )
        if "max_len" not in config:
            raise VerifierUnavailableError(f"{config_path}: no max_len")
        model_path = folder / MODEL_FILE
        model_bytes = model_path.read_bytes()
        expected = config.get("sha256")
        if check_sha256 and expected and hashlib.sha256(model_bytes).hexdigest() != expected:
            raise VerifierUnavailableError(
                f"{model_path} does not match the sha256 in {config_path}; re-export the model"
            )
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise VerifierUnavailableError(f"the verifier needs onnxruntime and tokenizers: {exc}") from exc

        options = session_options(threads)
        # No arena: it keeps the peak of every call reserved (~100 MB a session measured), and
        # alignment workers each hold a session (bench/memory_pss.py).
        options.enable_cpu_mem_arena = False
        try:
            session = ort.InferenceSession(model_bytes, sess_options=options, providers=["CPUExecutionProvider"])
            tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        except Exception as exc:  # onnxruntime raises its own untyped errors on corrupt files
            raise VerifierUnavailableError(f"cannot load the verifier from {folder}: {exc}") from exc
        if max_len is not None:
            config = {**config, "max_len": int(max_len)}
        # The same truncation as in training: trim the longer side token by token, so a long
        # premise is cut and a short hypothesis is kept whole.
        tokenizer.enable_truncation(int(config["max_len"]), strategy="longest_first")
        tokenizer.no_padding()
        return cls(session, tokenizer, config, folder, batch_size=batch_size)

    def predict(self, pairs: Sequence[tuple[str, str]], *, batch_size: int | None = None) -> np.ndarray:
        """Probabilities of shape ``(len(pairs), 3)``, columns in :data:`LABELS` order, rows in input order.

        Each pair is ``(premise, hypothesis)``: does the premise (evidence) entail the hypothesis (claim)?
        """
        size = self.batch_size if batch_size is None else batch_size
        if size < 1:
            raise ValueError(f"batch_size must be >= 1, got {size}")
        out = np.zeros((len(pairs), len(LABELS)), dtype=np.float32)
        if not pairs:
            return out
        encodings = self._tokenizer.encode_batch([(str(p), str(h)) for p, h in pairs])
        # Sorted by length, a batch (when batch_size > 1) carries little padding.
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), size):
            chunk = order[start : start + size]
            width = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            types = np.zeros((len(chunk), width), dtype=np.int64)
            for row, i in enumerate(chunk):
                enc = encodings[i]
                n = len(enc.ids)
                ids[row, :n] = enc.ids
                mask[row, :n] = 1
                types[row, :n] = enc.type_ids
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            logits = self._session.run(None, {k: v for k, v in feeds.items() if k in self._input_names})[0]
            out[chunk] = _softmax(np.asarray(logits, dtype=np.float32))
        return out

    def predict_labels(self, pairs: Sequence[tuple[str, str]]) -> list[str]:
        """The most probable label of each pair, spelled as in :data:`LABELS`."""
        return [LABELS[int(i)] for i in self.predict(pairs).argmax(axis=1)]


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)
