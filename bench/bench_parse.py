"""Passage parsing cost: the part of align+decide spent reading passage sentences (tokens, numbers,
names, negation) the first time they are seen.

    python bench/bench_parse.py CORPUS.jsonl [--sentences 3000] [--repeat 7]

CORPUS is any JSON Lines corpus with a ``text`` field (or SciFact's ``abstract`` list), for
example ``../shared/data/scifact/corpus.jsonl`` or ``corpus/`` exported. Every cache of the
parsing modules is emptied before each pass, so each pass costs what a first check costs. CPU
seconds per pass are printed (min and median): on a shared 2-core machine single passes spread
by 10-20%, so compare medians of several runs, not one figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from factcheck import align, entities, quantities


def _clear_caches() -> None:
    for mod in (align, quantities, entities):
        for name in dir(mod):
            clear = getattr(getattr(mod, name), "cache_clear", None)
            if callable(clear):
                clear()


def _sentences(corpus: Path, limit: int) -> list[str]:
    out: list[str] = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row.get("text") or " ".join(row.get("abstract") or [])
            out += [text[a:b] for a, b in align.split_sentences(text)]
            if len(out) >= limit:
                break
    return out[:limit]


def _passes(fn, sentences: list[str], repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        _clear_caches()
        t0 = time.process_time()
        for s in sentences:
            fn(s)
        times.append(time.process_time() - t0)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sentences", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    sentences = _sentences(args.corpus, args.sentences)
    for label, fn in (
        ("tokenize + name_vocab", lambda s: (align.tokenize(s), align.name_vocab(s))),
        ("parse_sentence", align.parse_sentence),
    ):
        t = _passes(fn, sentences, args.repeat)
        print(
            f"{label:22s} {len(sentences)} sentences: min {min(t):.3f} s, median {statistics.median(t):.3f} s "
            f"CPU ({1000 * statistics.median(t) / len(sentences):.3f} ms a sentence)"
        )


if __name__ == "__main__":
    main()
