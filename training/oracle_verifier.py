"""The verifier's ceiling on a claim set with rationales: its verdict when it reads the gold
evidence sentences, not what retrieval and premise choice give it.

It tells whether the verdict engine's errors on such a set come from the evidence the verifier
reads (premise choice) or from the model itself. Claims carry ``id``, ``claim`` and ``label``
(supported / contradicted / unverified) in ``claims.jsonl``; ``claims_meta.jsonl`` carries the
same ``id`` with ``rationales``: ``[{"sentences": [...]}, ...]``. Only claims with rationales are
scored, two ways: all rationale sentences joined as one premise, and each sentence alone with the
most decisive one (highest entailment or contradiction) speaking for the claim, as the engine
does with the sentences it picks.

    HF_HUB_OFFLINE=1 .venv/bin/python training/oracle_verifier.py ../shared/data/scifact
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

VERDICTS = ("supported", "unverified", "contradicted")  # in the verifier's LABELS order


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("data", type=Path, help="folder with claims.jsonl and claims_meta.jsonl")
    parser.add_argument("--model", type=Path, default=None, help="verifier folder (default: the packaged one)")
    args = parser.parse_args()

    from factcheck.verifier import LABELS, Verifier

    assert LABELS == ("entailment", "neutral", "contradiction")
    for name in ("claims.jsonl", "claims_meta.jsonl"):
        if not (args.data / name).is_file():
            print(f"oracle_verifier: {args.data / name} not found; give the folder of a claim set with rationales",
                  file=sys.stderr)
            return 2
    claims = {c["id"]: c for c in _read(args.data / "claims.jsonl")}
    verifier = Verifier.load(args.model)
    joined: Counter[tuple[str, str]] = Counter()
    single: Counter[tuple[str, str]] = Counter()
    for meta in _read(args.data / "claims_meta.jsonl"):
        claim = claims.get(meta["id"])
        sentences = [s for r in meta.get("rationales") or [] for s in r.get("sentences", [])]
        if claim is None or not sentences:
            continue
        gold = claim["label"]
        probs = verifier.predict([(" ".join(sentences), claim["claim"])])[0]
        joined[(gold, VERDICTS[int(probs.argmax())])] += 1
        rows = verifier.predict([(s, claim["claim"]) for s in sentences])
        best = max(rows, key=lambda r: max(float(r[0]), float(r[2])))
        single[(gold, VERDICTS[int(best.argmax())])] += 1
    for name, confusion in (("rationale sentences joined", joined), ("most decisive rationale sentence", single)):
        n = sum(confusion.values())
        if not n:
            print("no claim with rationales")
            return 2
        right = sum(v for (g, p), v in confusion.items() if g == p)
        print(f"{name}: {n} claims, accuracy {right / n:.3f}")
        for gold in sorted({g for g, _ in confusion}):
            row = ", ".join(f"{p} {confusion[(gold, p)]}" for p in VERDICTS)
            print(f"  gold {gold:<12} -> {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
