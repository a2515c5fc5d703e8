"""Builds the benchmark corpus: a JSONL file of N passages made from the SciFact abstracts.

Each abstract is one document. When the abstracts give fewer passages than asked (3,000 abstracts
give about 12k passages with factcheck's default windows), the corpus is repeated in rounds with
light changes, so that repeated documents are not byte-identical (different content hashes, BM25
terms and vectors): round r shifts every number by r, rotates the sentence order by r, and drops
one sentence when the abstract has more than four. The passage count is the one factcheck itself
will produce (``factcheck.corpus.split_document`` with the default settings), and the last
document is cut so that the total is exactly ``--passages``.

    python bench/make_corpus.py --scifact ../shared/data/scifact/corpus.jsonl \\
        --passages 100000 --out bench/work/corpus-100k

writes ``DIR/corpus.jsonl`` and ``DIR/corpus.json`` (counts and the command).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from factcheck.corpus import content_hash, split_document
from factcheck.models import Document
from factcheck.sentences import split_sentences
from factcheck.settings import Settings

_NUMBER = re.compile(r"\d+")


def read_abstracts(path: Path) -> list[dict[str, str]]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                obj = json.loads(line)
                out.append({"id": str(obj["id"]), "title": obj.get("title") or "", "text": obj["text"]})
    if not out:
        raise SystemExit(f"{path}: no abstracts")
    return out


def variant_sentences(text: str, round_no: int) -> list[str]:
    """The sentences of ``text`` as round ``round_no`` repeats them (round 0: unchanged)."""
    sentences = [text[s:e] for s, e in split_sentences(text)]
    if round_no == 0 or not sentences:
        return sentences
    sentences = [_NUMBER.sub(lambda m: str(int(m.group()) + round_no), s) for s in sentences]
    shift = round_no % len(sentences)
    sentences = sentences[shift:] + sentences[:shift]
    if len(sentences) > 4:
        del sentences[round_no % len(sentences)]
    return sentences


def passages_of(doc_id: str, title: str, text: str, settings: Settings) -> int:
    doc = Document(id=doc_id, text=text, title=title, source="", content_hash=content_hash(text))
    return len(split_document(doc, sentences=settings.passage_sentences, stride=settings.passage_stride))


def generate(abstracts: list[dict[str, str]], n_passages: int, settings: Settings) -> Iterator[tuple[dict[str, str], int]]:
    """Yield ``(document record, its passage count)`` until exactly ``n_passages`` passages."""
    total = 0
    round_no = 0
    while True:
        for a in abstracts:
            sentences = variant_sentences(a["text"], round_no)
            if not sentences:
                continue
            doc_id = a["id"] if round_no == 0 else f"{a['id']}-r{round_no}"
            title = a["title"] if round_no == 0 else f"{a['title']} ({round_no})"
            while True:
                text = " ".join(sentences)
                n = passages_of(doc_id, title, text, settings)
                if total + n <= n_passages or len(sentences) == 1:
                    break
                sentences = sentences[:-1]
            yield {"id": doc_id, "title": title, "text": text, "source": "scifact"}, n
            total += n
            if total >= n_passages:
                return
        round_no += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scifact", type=Path, required=True, help="SciFact corpus.jsonl (id, title, text a line)")
    ap.add_argument("--passages", type=int, default=100_000, help="passages the corpus must give (default 100000)")
    ap.add_argument("--out", type=Path, required=True, help="output folder")
    args = ap.parse_args(argv)
    settings = Settings()
    abstracts = read_abstracts(args.scifact)
    args.out.mkdir(parents=True, exist_ok=True)
    docs = passages = 0
    with (args.out / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for record, n in generate(abstracts, args.passages, settings):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            docs += 1
            passages += n
    meta = {"documents": docs, "passages": passages, "abstracts": len(abstracts), "source": str(args.scifact),
            "command": " ".join(["python", *sys.argv])}
    (args.out / "corpus.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    print(f"{args.out / 'corpus.jsonl'}: {docs} documents, {passages} passages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
