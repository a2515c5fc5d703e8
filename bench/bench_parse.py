"""Passage parsing cost: the part of align+decide spent reading passage sentences (tokens, numbers,
names, negation) the first time they are seen.

    python bench/bench_parse.py CORPUS.jsonl [--sentences 3000] [--passages 1000] [--repeat 7]

CORPUS is any JSON Lines corpus with a ``text`` field (or SciFact's ``abstract`` list), for
example ``../shared/data/scifact/corpus.jsonl`` or ``corpus/`` exported. Every cache of the
parsing modules is emptied before each pass, so each pass costs what a first check costs. CPU
seconds per pass are printed (min and median): on a shared 2-core machine single passes spread
by 10-20%, so compare medians of several runs, not one figure.

It also times what a check does with an index that stores parses (factcheck.parsed): reading
a passage's stored parse back against parsing the passage, both with every cache emptied. The
passages are the corpus's first documents cut as ``factcheck index`` cuts them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from factcheck import align, entities, parsed, quantities
from factcheck.corpus import split_document
from factcheck.models import Document
from factcheck.settings import Settings


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


def _passages(corpus: Path, limit: int) -> list[str]:
    settings, out = Settings(), []
    with corpus.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            row = json.loads(line)
            text = row.get("text") or " ".join(row.get("abstract") or [])
            doc = Document(id=f"d{n}", text=text)
            out += [p.text for p in split_document(doc, sentences=settings.passage_sentences,
                                                   stride=settings.passage_stride)]
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
    ap.add_argument("--passages", type=int, default=1000)
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
    passages = _passages(args.corpus, args.passages)
    blobs = {text: parsed.parse_for_store(text) for text in passages}
    for label, fn in (
        ("parse a passage", align.parse_passage_text),
        ("read its stored parse", lambda text: parsed.decode(blobs[text], text)),
    ):
        t = _passes(fn, passages, args.repeat)
        print(
            f"{label:22s} {len(passages)} passages: min {min(t):.3f} s, median {statistics.median(t):.3f} s "
            f"CPU ({1000 * statistics.median(t) / len(passages):.3f} ms a passage)"
        )


if __name__ == "__main__":
    main()
