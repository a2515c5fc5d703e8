"""Verdict-engine figures on a labelled claims set, split into two halves by a rule on the claim id.

Usage (from the repository root, after ``factcheck index <set>/corpus.jsonl --index DIR``):

    HF_HUB_OFFLINE=1 .venv/bin/python bench/eval_newsdev.py ../shared/data/news-dev/claims.jsonl --index /tmp/nd-index
    HF_HUB_OFFLINE=1 .venv/bin/python bench/eval_newsdev.py ../shared/data/scifact/claims.jsonl --index /tmp/sf-index --no-halves

``--mode rules|both|verifier`` is the ablation: the alignment rules alone, rules with the learned
verifier, or the verifier alone on the top retrieved passages. ``--set KEY=VALUE`` overrides a
setting. The halves: a claim is in half A when the first hex digit of sha1(id) is even, else in
half B. Thresholds were fitted looking only at half A's errors; half B is reported as unseen.
Retrieval results are cached in ``bench/work/`` (keyed by index checksum and claims), so
re-running after a rule change costs only alignment. ``--errors A`` lists half A's mistakes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.evaluate import render_eval, score  # noqa: E402
from factcheck.extract import claim_from_text  # noqa: E402
from factcheck.models import Claim, ClaimVerdict, Hit, Verdict  # noqa: E402
from factcheck.settings import Settings  # noqa: E402
from factcheck.verify import decide  # noqa: E402


def half_of(claim_id: str) -> str:
    return "A" if int(hashlib.sha1(claim_id.encode()).hexdigest()[0], 16) % 2 == 0 else "B"


def load_hits(claims: list[Claim], index_dir: Path, k: int, settings: Settings | None = None) -> list[list[Hit]]:
    from factcheck.index import Index
    from factcheck.retrieve import Retriever

    index = Index.open(index_dir)
    # the vectors' own checksum too: the content fingerprint does not change when only the
    # embedded text does
    vectors = index.manifest["checksums"][index.manifest["files"]["vectors"]]
    settings = settings or Settings()
    retrieval = {f: getattr(settings, f) for f in ("top_k", "candidates", "rrf_k", "lexical_seats", "passages_per_document")}
    from factcheck import align

    # retrieval's own code, and the clause statements it searches for
    code = hashlib.sha1((ROOT / "factcheck" / "retrieve.py").read_bytes() + align._RELATIVE_CLAUSE.pattern.encode()).hexdigest()[:8]
    key = hashlib.sha1(f"{index.checksum}:{vectors}:{code}:{k}:{sorted(retrieval.items())}:{[c.search_text for c in claims]}".encode()).hexdigest()[:16]
    cache = ROOT / "bench" / "work" / f"hits-{key}.json"
    if cache.exists():
        raw = json.loads(cache.read_text())
        return [[Hit.model_validate(h) for h in hs] for hs in raw]
    hits = Retriever(index, settings).retrieve_many(claims, k=k)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps([[h.model_dump() for h in hs] for hs in hits]))
    return hits


class CachedVerifier:
    """Memoises ``predict`` per (premise, hypothesis), so a threshold sweep scores each pair once."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.memo: dict[tuple[str, str], Any] = {}

    def predict(self, pairs: Any) -> Any:
        import numpy as np

        todo = [p for p in pairs if tuple(p) not in self.memo]
        if todo:
            for p, row in zip(todo, self.inner.predict(todo), strict=True):
                self.memo[tuple(p)] = row
        return np.array([self.memo[tuple(p)] for p in pairs])


def verifier_only(claim: Claim, hits: list[Hit], settings: Settings, verifier: Any) -> ClaimVerdict:
    """The ablation baseline: the verifier's label on the premises the engine would give it (the
    strongest passages' evidence windows and their sentences sharing most of the claim's words), no rules.

    Supported / contradicted when the best passage's entailment / contradiction probability is
    the largest and at least 0.5; unverified otherwise, or when no passage reaches the
    similarity floor.
    """
    from factcheck.align import analyse_claim
    from factcheck.verify import _align_all, _verifier_probs

    aligned = _align_all(claim, hits, settings)
    probs = _verifier_probs(verifier, claim, analyse_claim(claim), aligned, settings)
    if not probs:
        return ClaimVerdict(claim=claim, verdict=Verdict.UNVERIFIED, confidence=0.5, reason="no relevant passage")
    evidence = [aligned[i].evidence for i in probs]
    pe, pc = max(p[0] for p in probs.values()), max(p[2] for p in probs.values())
    verdict = Verdict.UNVERIFIED
    if pe >= 0.5 and pe >= pc:
        verdict = Verdict.SUPPORTED
    elif pc >= 0.5:
        verdict = Verdict.CONTRADICTED
    return ClaimVerdict(
        claim=claim, verdict=verdict, confidence=max(pe, pc, 0.5), reason="verifier only", evidence=tuple(evidence)
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("claims", type=Path)
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--mode", choices=["rules", "both", "verifier"], default="rules")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a setting")
    ap.add_argument("--verifier", type=Path, default=None, help="verifier model folder (default: the packaged one)")
    ap.add_argument(
        "--sweep", default=None, metavar="KEY=V1,V2", help="re-decide for each value (verifier calls cached)"
    )
    ap.add_argument("--only-half", choices=["A", "B"], default=None, help="score only one half (for fitting on A)")
    ap.add_argument("--no-halves", action="store_true")
    ap.add_argument("--errors", choices=["A", "B", "all"], default=None)
    ap.add_argument("--format", choices=["text", "json"], default="text")
    args = ap.parse_args()

    records: list[dict[str, Any]] = [json.loads(line) for line in args.claims.read_text().splitlines() if line.strip()]
    if args.only_half:
        records = [r for r in records if half_of(str(r["id"])) == args.only_half]
    claims = [claim_from_text(r["claim"], claim_id=str(r["id"])) for r in records]
    overrides = dict(kv.split("=", 1) for kv in args.set)
    settings = Settings.model_validate({**Settings().model_dump(), **overrides, "use_verifier": args.mode != "rules"})
    hits = load_hits(claims, args.index, settings.align_candidates, settings)
    verifier: Any = None
    if settings.use_verifier:
        from factcheck.pipeline import load_verifier

        if args.verifier is not None:
            from factcheck.verifier import Verifier

            verifier = Verifier.load(args.verifier)
        else:
            verifier = load_verifier(settings)
        if verifier is not None:
            verifier = CachedVerifier(verifier)
        if verifier is None:
            raise SystemExit("the verifier is not available (no weights in factcheck/verifier_model)")
    t0 = time.perf_counter()
    if args.mode == "verifier":
        verdicts = [verifier_only(c, h, settings, verifier) for c, h in zip(claims, hits, strict=True)]
    else:
        verdicts = [decide(c, h, settings=settings, verifier=verifier) for c, h in zip(claims, hits, strict=True)]
    dt = time.perf_counter() - t0
    if args.sweep:
        key, values = args.sweep.split("=", 1)
        for value in values.split(","):
            swept = Settings.model_validate({**settings.model_dump(), key: value})
            vs = [decide(c, h, settings=swept, verifier=verifier) for c, h in zip(claims, hits, strict=True)]
            res = score(records, vs)
            print(f"sweep {key}={value}: accuracy {res.accuracy:.3f} macro-F1 {res.macro_f1:.3f}")
    print(f"mode: {args.mode}; align+decide {1000 * dt / max(1, len(claims)):.1f} ms/claim; overrides {overrides}")
    groups = [("all", list(range(len(records))))]
    if not args.no_halves:
        for h in ("A", "B"):
            groups.append((f"half {h}", [i for i, r in enumerate(records) if half_of(str(r["id"])) == h]))
    for name, idx in groups:
        res = score([records[i] for i in idx], [verdicts[i] for i in idx])
        print(f"\n=== {name} ({len(idx)} claims)")
        if args.format == "json":
            print(render_eval(res, "json"))
            continue
        print(f"accuracy {res.accuracy:.3f}  macro-F1 {res.macro_f1:.3f}  recall@5 {res.evidence_recall}")
        for label, cs in res.per_class.items():
            print(f"  {label:13s} P {cs.precision:.3f} R {cs.recall:.3f} F1 {cs.f1:.3f} (n={cs.support})")
        for kd, ks in res.per_kind.items():
            print(f"  {kd:22s} {ks.correct:3d}/{ks.n:3d}  {ks.accuracy:.2f}")
        print("  confusion (gold -> predicted):", {g: dict(v) for g, v in res.confusion.items()})
    if args.errors:
        for r, v in zip(records, verdicts, strict=True):
            if args.errors != "all" and half_of(str(r["id"])) != args.errors:
                continue
            if r["label"] != v.verdict.value:
                print(
                    f"\n[{r.get('kind', '')}] gold={r['label']} got={v.verdict.value}: {r['claim']}\n   reason: {v.reason}"
                )
                for e in v.evidence[:3]:
                    parts = "; ".join(
                        f"{p.kind}:{p.status.value}:{p.claim_text[:30]}->{(p.evidence_text or '')[:30]}"
                        for p in e.parts
                    )
                    print(f"   - {e.passage.id} sim={e.score:.2f} {e.stance.value}: {parts}")


if __name__ == "__main__":
    main()
