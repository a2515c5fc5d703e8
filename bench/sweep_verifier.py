"""Sweep the verifier's integration settings on labelled claim sets, by half.

Loads each set's cached retrieval (see ``eval_newsdev.py``), scores every (passage, claim) pair the
verifier is asked about once (memoised on disk in ``bench/work/``), and prints accuracy and
macro-F1 of half A (where settings are fitted) and half B (reported, never fitted) for each
settings variant.

    python bench/sweep_verifier.py --set-data ../shared/data/news-dev bench/work/index-news-dev \\
        --set-data ../shared/data/scifact bench/work/index-scifact \\
        --variant "" --variant "verifier_refutes=true" --variant "verifier_unaligned=true,verifier_entail=0.7"
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_newsdev import CachedVerifier, half_of, load_hits  # noqa: E402

from factcheck.evaluate import score  # noqa: E402
from factcheck.pipeline import read_claims_file  # noqa: E402
from factcheck.settings import Settings  # noqa: E402
from factcheck.verifier import Verifier  # noqa: E402
from factcheck.verify import decide  # noqa: E402


class DiskMemoVerifier(CachedVerifier):
    """:class:`CachedVerifier` whose memo is also kept in a JSON file keyed by the model's sha256."""

    def __init__(self, inner: Verifier) -> None:
        super().__init__(inner)
        key = inner.config.get("sha256", "")[:12] or hashlib.sha1(str(inner.path).encode()).hexdigest()[:12]
        self.file = ROOT / "bench" / "work" / f"verifier-memo-{key}-{inner.max_len}-pairs.json"
        if self.file.exists():
            self.memo = {(p, h): np.array(row, dtype=np.float32) for p, h, row in json.loads(self.file.read_text())}

    def save(self) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        self.file.write_text(json.dumps([[p, h, [float(x) for x in row]] for (p, h), row in self.memo.items()]))


def parse_variant(text: str) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in text.split(",") if kv.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--set-data", nargs=2, action="append", metavar=("DATA_DIR", "INDEX"), required=True)
    ap.add_argument("--variant", action="append", default=None, help="KEY=VALUE,... settings overrides")
    ap.add_argument("--verifier", type=Path, default=None, help="verifier folder (default: the packaged one)")
    ap.add_argument("--no-verifier", action="store_true")
    args = ap.parse_args()
    verifier = None if args.no_verifier else DiskMemoVerifier(Verifier.load(args.verifier))
    variants = args.variant or [""]
    for data_dir, index in args.set_data:
        claims, records = read_claims_file(Path(data_dir) / "claims.jsonl")
        base = Settings()
        hits = load_hits(claims, Path(index), max(base.top_k, base.align_candidates))
        halves = [half_of(c.id) for c in claims]
        for variant in variants:
            settings = Settings(**parse_variant(variant)) if variant else Settings()
            verdicts = [decide(c, h, settings=settings, verifier=verifier) for c, h in zip(claims, hits, strict=True)]
            row = [Path(data_dir).name, variant or "(defaults)"]
            for half in ("A", "B"):
                idx = [i for i, h in enumerate(halves) if h == half]
                m = score([records[i] for i in idx], [verdicts[i] for i in idx])
                row.append(f"{half} {m.accuracy:.3f}/{m.macro_f1:.3f}")
            m = score(records, verdicts)
            row.append(f"all {m.accuracy:.3f}/{m.macro_f1:.3f}")
            print(" | ".join(row), flush=True)
        if verifier is not None:
            verifier.save()


if __name__ == "__main__":
    main()
