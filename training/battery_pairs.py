"""Premise/hypothesis pairs for the verifier from labelled claim sets in the evaluation-set format.

Each set is a folder with ``corpus.jsonl`` (``id``, ``text``) and ``claims.jsonl`` (``claim``,
``label`` supported/contradicted/unverified, ``evidence_ids``), such as factcheck's own batteries
in ``bench/batteries/``. A claim becomes pairs with its gold evidence passages, shaped as the
verdict engine shows them to the verifier: the passage's sentence sharing most of the claim's
words, alone and with its neighbours. The label is the claim's: supported is entailment,
contradicted is contradiction, unverified ("the passage is on the subject and does not settle
it") is neutral. A supported or contradicted claim with several evidence passages is left out:
which passage says what is not recorded, and no one passage need entail the whole claim.

    python training/battery_pairs.py bench/batteries/enc1 bench/batteries/enc3 --out /tmp/pairs.jsonl

Only sets used for fitting belong here; sets held out for measuring must stay out of training.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

NLI_LABEL = {"supported": "entailment", "contradicted": "contradiction", "unverified": "neutral"}


def pairs_of_set(folder: Path) -> list[dict[str, str]]:
    from factcheck.align import analyse_claim, content_coverage, parse_passage_text
    from factcheck.extract import claim_from_text

    passages = {}
    for line in (folder / "corpus.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            passages[str(row["id"])] = row["text"]
    out: list[dict[str, str]] = []
    for line in (folder / "claims.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        label = NLI_LABEL[row["label"]]
        ids = [str(i) for i in row.get("evidence_ids") or [] if str(i) in passages]
        if not ids or (len(ids) > 1 and label != "neutral"):
            continue
        content = analyse_claim(claim_from_text(row["claim"], claim_id=str(row["id"]))).sent.content
        for pid in ids:
            sents = parse_passage_text(passages[pid])
            if not sents:
                continue
            best = max(range(len(sents)), key=lambda i: content_coverage(content, sents[i].content))
            window = " ".join(s.text for s in sents[max(0, best - 1) : best + 2])
            for premise in dict.fromkeys((window, sents[best].text)):
                out.append({"premise": premise, "hypothesis": row["claim"], "label": label,
                            "source": f"battery_{folder.name}", "id": f"{folder.name}-{row['id']}-{pid}"})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sets", type=Path, nargs="+", help="folders with corpus.jsonl and claims.jsonl")
    parser.add_argument("--out", type=Path, required=True, help="JSONL of pairs to write")
    args = parser.parse_args()
    rows = [p for folder in args.sets for p in pairs_of_set(folder)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    by_label: dict[str, int] = {}
    for r in rows:
        by_label[r["label"]] = by_label.get(r["label"], 0) + 1
    print(f"{len(rows)} pairs from {len(args.sets)} sets to {args.out}: {by_label}")


if __name__ == "__main__":
    main()
