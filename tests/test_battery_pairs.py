"""training/battery_pairs.py: verifier training pairs from a labelled claim set."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("battery_pairs", ROOT / "training" / "battery_pairs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(folder: Path, passages: list[dict[str, str]], claims: list[dict[str, object]]) -> None:
    folder.mkdir()
    (folder / "corpus.jsonl").write_text("".join(json.dumps(p) + "\n" for p in passages), "utf-8")
    (folder / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in claims), "utf-8")


def test_pairs_take_the_claims_label_and_the_sentence_that_shares_its_words(tmp_path: Path) -> None:
    passages = [
        {"id": "p1", "text": "The town was founded in 1890. Velmora harbour opened on 14 March 1921. It has 12 berths. "
                             "Its pier is 400 metres long."},
        {"id": "p2", "text": "The Orsk mill employed 1,500 workers at its peak."},
    ]
    claims = [
        {"id": "c1", "claim": "Velmora harbour opened on 14 March 1921.", "label": "supported", "evidence_ids": ["p1"]},
        {"id": "c2", "claim": "The Orsk mill employed 2,500 workers.", "label": "contradicted", "evidence_ids": ["p2"]},
        {"id": "c3", "claim": "Velmora harbour cost $2 million.", "label": "unverified", "evidence_ids": ["p1", "p2"]},
        # which of two passages contradicts is not recorded: left out
        {"id": "c4", "claim": "The Orsk mill opened in 1921.", "label": "contradicted", "evidence_ids": ["p1", "p2"]},
    ]
    _write(tmp_path / "set1", passages, claims)
    pairs = _module().pairs_of_set(tmp_path / "set1")
    by_claim: dict[str, list[dict[str, str]]] = {}
    for p in pairs:
        by_claim.setdefault(p["hypothesis"], []).append(p)
    assert {p["label"] for p in by_claim["Velmora harbour opened on 14 March 1921."]} == {"entailment"}
    assert {p["label"] for p in by_claim["The Orsk mill employed 2,500 workers."]} == {"contradiction"}
    assert {p["label"] for p in by_claim["Velmora harbour cost $2 million."]} == {"neutral"}
    assert "The Orsk mill opened in 1921." not in by_claim
    premises = [p["premise"] for p in by_claim["Velmora harbour opened on 14 March 1921."]]
    # the sentence alone, and with its neighbours; never the far sentence on the pier
    assert "Velmora harbour opened on 14 March 1921." in premises
    assert any("founded in 1890" in p and "12 berths" in p for p in premises)
    assert not any("pier" in p for p in premises)
    assert {p["source"] for p in pairs} == {"battery_set1"}
