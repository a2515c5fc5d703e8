"""Tests of factcheck.verifier: loading the shipped int8 model offline and its answers on clear, hand-written cases.

The pairs below were written for these tests (they are not from any NLI data set). The
model-dependent tests skip, with the reason, only when the packaged weights are absent.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from factcheck.verifier import DEFAULT_PATH, LABELS, MODEL_FILE, Verifier, VerifierUnavailableError

needs_weights = pytest.mark.skipif(
    not (DEFAULT_PATH / MODEL_FILE).is_file(),
    reason=f"verifier weights absent ({DEFAULT_PATH / MODEL_FILE}); run `make train-verifier`",
)


def _pair(item: Any) -> tuple[str, str]:
    """The pair inside a ``pytest.param`` (or the pair itself)."""
    return item.values[0] if hasattr(item, "values") else item


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier.load()


RESTATEMENTS = [
    ("The city council approved the new budget on Tuesday.", "The city council approved the new budget on Tuesday."),
    ("The harbour bridge was closed to traffic because of high winds.", "High winds closed the harbour bridge to traffic."),
    ("Maria Lopez won the regional chess championship last spring.", "Maria Lopez won the regional chess championship."),
]
NEGATIONS = [
    ("The city council approved the new budget on Tuesday.", "The city council did not approve the new budget."),
    ("The museum is open to visitors every Sunday.", "The museum is never open to visitors on Sunday."),
    ("The factory was shut down after the inspection.", "The factory was not shut down after the inspection."),
]
UNRELATED = [
    ("The city council approved the new budget on Tuesday.", "A penguin colony was found on the southern island."),
    ("The orchestra rehearsed the symphony for three weeks.", "The new phone has a larger battery than its predecessor."),
]


@needs_weights
def test_loads_offline_in_a_fresh_interpreter_without_torch() -> None:
    code = (
        "import sys; from factcheck.verifier import Verifier; v = Verifier.load(); "
        "p = v.predict([('A man is sleeping.', 'A man is asleep.')]); "
        "assert p.shape == (1, 3); "
        "bad = [m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules]; "
        "assert not bad, bad"
    )
    env = {"HF_HUB_OFFLINE": "1", "PATH": ""}
    result = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parent.parent,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


@needs_weights
def test_config_matches_runtime(verifier: Verifier) -> None:
    assert tuple(verifier.config["labels"]) == LABELS
    assert 64 <= verifier.max_len <= 512
    size = sum(f.stat().st_size for f in DEFAULT_PATH.iterdir() if f.is_file())
    assert size <= 30 * 1024 * 1024


@needs_weights
def test_probabilities_shape_order_and_sum(verifier: Verifier) -> None:
    pairs = RESTATEMENTS + [_pair(p) for p in NEGATIONS] + UNRELATED
    probs = verifier.predict(pairs)
    assert probs.shape == (len(pairs), 3)
    assert probs.dtype == np.float32
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    # The length sort inside predict must not move a row, and by default a pair's score does not
    # depend on the pairs scored with it.
    single = np.vstack([verifier.predict([pair]) for pair in pairs])
    np.testing.assert_allclose(probs, single, atol=1e-5)
    # Batched calls (batch_size > 1) keep rows in place; dynamic int8 quantisation lets values move a little.
    batched = verifier.predict(pairs, batch_size=4)
    assert (batched.argmax(axis=1) == single.argmax(axis=1)).mean() >= 0.75


@needs_weights
def test_empty_input(verifier: Verifier) -> None:
    assert verifier.predict([]).shape == (0, 3)


@needs_weights
@pytest.mark.parametrize("pair", RESTATEMENTS, ids=lambda p: p[1][:30])
def test_restatement_is_entailment(verifier: Verifier, pair: tuple[str, str]) -> None:
    assert verifier.predict_labels([pair]) == ["entailment"]


@needs_weights
@pytest.mark.parametrize("pair", NEGATIONS, ids=lambda p: str(p[1][:30]))
def test_explicit_negation_is_contradiction(verifier: Verifier, pair: tuple[str, str]) -> None:
    assert verifier.predict_labels([pair]) == ["contradiction"]


@needs_weights
@pytest.mark.parametrize("pair", UNRELATED, ids=lambda p: p[1][:30])
def test_unrelated_is_neutral(verifier: Verifier, pair: tuple[str, str]) -> None:
    assert verifier.predict_labels([pair]) == ["neutral"]


def test_missing_files_raise_a_clear_error(tmp_path: Path) -> None:
    assert not Verifier.available(tmp_path)
    with pytest.raises(VerifierUnavailableError, match="missing verifier.onnx"):
        Verifier.load(tmp_path)


@needs_weights
def test_corrupt_model_is_refused(tmp_path: Path) -> None:
    for item in DEFAULT_PATH.iterdir():
        if item.is_file():
            shutil.copyfile(item, tmp_path / item.name)
    (tmp_path / MODEL_FILE).write_bytes(b"not an onnx model")
    assert Verifier.available(tmp_path)  # files present; content is checked on load
    with pytest.raises(VerifierUnavailableError, match="sha256"):
        Verifier.load(tmp_path)


@needs_weights
def test_wrong_label_order_is_refused(tmp_path: Path) -> None:
    for item in DEFAULT_PATH.iterdir():
        if item.is_file():
            shutil.copyfile(item, tmp_path / item.name)
    config = json.loads((tmp_path / "verifier.json").read_text(encoding="utf-8"))
    config["labels"] = ["contradiction", "neutral", "entailment"]
    (tmp_path / "verifier.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(VerifierUnavailableError, match="labels"):
        Verifier.load(tmp_path)
