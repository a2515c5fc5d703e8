"""The ONNX query encoder: exported from the loaded model, the same vectors, found again, never in the way."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from factcheck import query_encoder
from factcheck.query_encoder import OnnxQueryEncoder, export, model_key

# Texts of every length the encoder meets: one word, claims, padded, non-ASCII, and one far
# beyond the model's 256 tokens, more than one batch of them, in no particular order.
TEXTS = [
    "Velmora harbour opened in 1921.",
    "   The mill employed 1,200 workers at its peak.   ",
    "bread",
    "Le maire a été élu avec 54 % des voix — en octobre 2022.",
    " ".join(f"Item {i}: the council approved a budget of €{i} million for schools and roads." for i in range(60)),
] + [f"Claim number {i} says the pier is {400 + i} metres long." for i in range(20)]


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(query_encoder.CACHE_ENV, str(folder))
    monkeypatch.delenv(query_encoder.ENCODER_ENV, raising=False)
    return folder


def _torch_vectors(embedder, texts: list[str]) -> np.ndarray:  # type: ignore[no-untyped-def]
    return embedder._encode(texts)


def test_export_gives_the_vectors_of_sentence_transformers(embedder, cache: Path) -> None:  # type: ignore[no-untyped-def]
    path = export(embedder._model, embedder.path)
    assert path is not None and path.parent == cache
    meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
    assert meta["dimension"] == 384 and meta["max_seq_length"] == 256 and meta["bytes"] == path.stat().st_size
    assert not [p for p in cache.iterdir() if p.name.startswith(".")], "temporary files left behind"
    encoder = OnnxQueryEncoder.load(embedder.path)
    assert encoder is not None
    got = encoder.encode(TEXTS)
    want = _torch_vectors(embedder, TEXTS)
    assert got.shape == want.shape == (len(TEXTS), 384) and got.dtype == np.float32
    assert float(np.abs(got - want).max()) < 1e-5
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert encoder.encode([]).shape == (0, 384)
    # A second export finds the first and leaves it as it is.
    mtime = path.stat().st_mtime_ns
    assert export(embedder._model, embedder.path) == path and path.stat().st_mtime_ns == mtime


def test_a_fresh_process_embeds_claims_without_torch(embedder, cache: Path) -> None:  # type: ignore[no-untyped-def]
    assert export(embedder._model, embedder.path) is not None
    code = (
        "import json, sys\n"
        "from factcheck.embed import SentenceTransformerEmbedder\n"
        "e = SentenceTransformerEmbedder()\n"
        f"v = e.encode_queries({TEXTS[:3]!r})\n"
        "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules, 'torch imported'\n"
        "print(json.dumps({'backend': e.query_backend, 'dim': e.dimension, 'v': v.tolist()}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["backend"] == "onnx" and result["dim"] == 384
    assert float(np.abs(np.array(result["v"]) - _torch_vectors(embedder, TEXTS[:3])).max()) < 1e-5


def test_without_a_cache_queries_use_torch_then_export(cache: Path) -> None:
    from factcheck.embed import SentenceTransformerEmbedder

    fresh = SentenceTransformerEmbedder()
    vectors = fresh.encode_queries(TEXTS[:2])
    assert fresh.query_backend == "torch" and vectors.shape == (2, 384)
    assert len(list(cache.glob("query-encoder-*.onnx"))) == 1, "the first torch run exports for the next"
    fresh.encode_queries(TEXTS[2:4])
    assert fresh.query_backend == "torch", "a process keeps the backend it started with"
    later = SentenceTransformerEmbedder()
    assert float(np.abs(later.encode_queries(TEXTS[:2]) - vectors).max()) < 1e-5
    assert later.query_backend == "onnx"


def test_a_damaged_export_is_ignored_and_replaced(embedder, cache: Path) -> None:  # type: ignore[no-untyped-def]
    path = export(embedder._model, embedder.path)
    assert path is not None
    size = path.stat().st_size
    path.write_bytes(b"\0" * size)  # same size, so only onnxruntime can tell
    assert OnnxQueryEncoder.load(embedder.path) is None
    assert not path.exists(), "a damaged export is removed, so that the next export replaces it"
    assert export(embedder._model, embedder.path) == path and OnnxQueryEncoder.load(embedder.path) is not None
    path.write_bytes(b"short")
    assert OnnxQueryEncoder.load(embedder.path) is None
    assert export(embedder._model, embedder.path) == path
    assert path.stat().st_size == size and OnnxQueryEncoder.load(embedder.path) is not None


def test_a_new_export_of_a_model_folder_replaces_its_old_one(embedder, cache: Path) -> None:  # type: ignore[no-untyped-def]
    path = export(embedder._model, embedder.path)
    assert path is not None
    stale = cache / "query-encoder-0123456789abcdef0123.json"
    meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
    stale.write_text(json.dumps({**meta, "key": "0123456789abcdef0123"}), "utf-8")
    stale.with_suffix(".onnx").write_bytes(b"old weights' export")
    other = cache / "query-encoder-fedcba9876543210fedc.json"
    other.write_text(json.dumps({**meta, "key": "fedcba9876543210fedc", "model": "/elsewhere/model"}), "utf-8")
    path.unlink()
    assert export(embedder._model, embedder.path) == path
    assert not stale.exists() and not stale.with_suffix(".onnx").exists(), "the superseded export is removed"
    assert other.exists(), "another model's export is kept"


def test_an_export_that_disagrees_is_not_kept(embedder, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(query_encoder, "TOLERANCE", -1.0)
    assert export(embedder._model, embedder.path) is None
    assert not list(cache.glob("query-encoder-*")) and not list(cache.glob(".*")), "nothing kept, no temporary file left"


def test_the_cache_can_be_turned_off(embedder, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(query_encoder.ENCODER_ENV, "torch")
    assert export(embedder._model, embedder.path) is None
    assert not list(cache.glob("query-encoder-*")) if cache.exists() else True
    monkeypatch.delenv(query_encoder.ENCODER_ENV)
    assert export(embedder._model, embedder.path) is not None
    monkeypatch.setenv(query_encoder.ENCODER_ENV, "torch")
    assert OnnxQueryEncoder.load(embedder.path) is None


def _fake_model(folder: Path, source: Path) -> Path:
    folder.mkdir()
    for name in ("modules.json", "config.json", "sentence_bert_config.json", "tokenizer.json"):
        shutil.copyfile(source / name, folder / name)
    (folder / "1_Pooling").mkdir()
    shutil.copyfile(source / "1_Pooling" / "config.json", folder / "1_Pooling" / "config.json")
    (folder / "model.safetensors").write_bytes(b"weights")
    return folder


def test_the_key_follows_the_model_and_refuses_other_layouts(embedder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = _fake_model(tmp_path / "m", embedder.path)
    key = model_key(model)
    assert key is not None and key == model_key(model)
    # The same files elsewhere (another install), touched or not: the same key, one export for both.
    twin = _fake_model(tmp_path / "twin", embedder.path)
    os.utime(twin / "model.safetensors", ns=(1_000_000_000, 1_000_000_000))
    assert model_key(twin) == key
    (model / "model.safetensors").write_bytes(b"other weights")
    assert model_key(model) not in (None, key), "new weights, new key"
    key = model_key(model)
    tokenizer = json.loads((model / "tokenizer.json").read_text("utf-8"))
    tokenizer["truncation"] = None
    (model / "tokenizer.json").write_text(json.dumps(tokenizer), "utf-8")
    assert model_key(model) not in (None, key), "new tokenizer, new key"

    pooling = json.loads((model / "1_Pooling" / "config.json").read_text("utf-8"))
    (model / "1_Pooling" / "config.json").write_text(
        json.dumps({**pooling, "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}), "utf-8")
    assert model_key(model) is None, "CLS pooling is not what the export computes"
    (model / "1_Pooling" / "config.json").write_text(json.dumps(pooling), "utf-8")
    modules = json.loads((model / "modules.json").read_text("utf-8"))
    (model / "modules.json").write_text(json.dumps(modules[:2]), "utf-8")
    assert model_key(model) is None, "no Normalize module"
    (model / "modules.json").write_text(json.dumps(modules), "utf-8")
    (model / "model.safetensors").unlink()
    assert model_key(model) is None, "no weights"


def test_checks_give_the_same_report_on_either_backend(mini_index_dir: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.embed import SentenceTransformerEmbedder
    from factcheck.index import Index
    from factcheck.pipeline import check_text
    from factcheck.settings import Settings

    draft = ("Velmora harbour opened on 14 March 1921. The Orsk mill employed 1,500 workers at its peak. "
             "Rennick & Sons has baked bread since 1899. The council approved a budget of $48 million.")
    reports = {}
    for backend in ("torch", "onnx"):  # the torch run exports the model for the onnx run
        monkeypatch.setenv(query_encoder.ENCODER_ENV, "onnx")
        if backend == "torch":
            assert not list(cache.glob("query-encoder-*")) if cache.exists() else True
        fresh = SentenceTransformerEmbedder()
        index = Index.open(mini_index_dir, embedder=fresh)
        try:
            report = check_text(draft, index, settings=Settings(use_verifier=False))
        finally:
            index.close()
        assert fresh.query_backend == backend
        reports[backend] = report.model_dump(mode="json")
    # the two backends' floats differ in the last digits (score 0.261006 / 0.261007)
    assert _rounded(reports["onnx"]) == _rounded(reports["torch"])
    assert {v["verdict"] for v in reports["onnx"]["verdicts"]} >= {"supported", "contradicted"}


def _rounded(value: object, places: int = 4) -> object:
    """``value`` with every float rounded to ``places`` decimals."""
    if isinstance(value, float):
        return round(value, places)
    if isinstance(value, dict):
        return {k: _rounded(v, places) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v, places) for v in value]
    return value
