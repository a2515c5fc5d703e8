"""Passage parses stored in the index: read back exactly as parsed, refreshed when stale, never unsafe."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from factcheck import align, parsed, pipeline
from factcheck.extract import claim_from_text
from factcheck.index import MANIFEST, Index, update_index
from factcheck.settings import Settings

from .conftest import write_corpus

FIXTURES = Path(__file__).parent / "fixtures"

# Passages of my own that exercise every part of a parse: money with a hedge, dates, a date placed
# by "two years later" and by "four years after", a score, a superlative, names, negation, a
# percentage, a frequency, a number inside a name, a label number and a clause with "but".
PASSAGES = [
    "The Orsk ferry carried about €5.2 million worth of freight in 2019. It did not run in winter.",
    "Work on the Lindqvist Bridge began in March 1931. Two years later the bridge opened to traffic.",
    "The dam was completed in 1968, four years after construction began. It is the largest dam in Velmora.",
    "Velmora beat Orsk 3-1 in the final on 12 May 2022, their first title since 2004.",
    "More than 18 thousand vehicles cross the bridge daily, up from 12,000 in 2010.",
    "Patients with type 2 diabetes had a 24% lower risk, but the drug did not lower mortality; "
    "the trial ran for 41 months.",
    "The 1915 Çanakkale Bridge is longer than the Orlen Bridge. Nobody was injured.",
    "",
    "A single sentence with no number and no name at all",
]


@pytest.mark.parametrize("text", PASSAGES)
def test_a_stored_parse_reads_back_as_the_parse(text: str) -> None:
    sents = align.parse_passage_text(text)
    blob = parsed.parse_for_store(text)
    assert parsed.decode(blob, text) == sents


def test_the_stored_parse_is_much_smaller_than_a_pickle() -> None:
    import pickle
    from dataclasses import replace

    text = " ".join(PASSAGES)
    sents = align.parse_passage_text(text)
    pickled = zlib.compress(pickle.dumps(tuple(replace(s, memo={}) for s in sents)))
    assert len(parsed.parse_for_store(text)) < len(pickled) / 3


@pytest.mark.parametrize(
    "blob",
    [
        b"not zlib at all",
        zlib.compress(b"{not json"),
        zlib.compress(b'{"a": 1}'),
        zlib.compress(json.dumps([[0, 999, False, 0, [], [], []]]).encode()),  # span past the passage's end
        zlib.compress(json.dumps([[0, 5, False, 0, [["x", "no-such-kind", 1, None, "=", 0, 1, None]], [], []]]).encode()),
        # a pickle that would run code if it were unpickled: it is not JSON, so it is refused
        zlib.compress(b"cos\nsystem\n(S'echo unsafe'\ntR."),
    ],
)
def test_anything_but_a_stored_parse_is_refused(blob: bytes) -> None:
    with pytest.raises(ValueError, match="not a stored parse"):
        parsed.decode(blob, "A short passage about Velmora.")


def test_a_bad_offered_parse_falls_back_to_parsing() -> None:
    text = "The Velmora lighthouse, 31 metres tall, was first lit in 1887 by Ana Sousa."
    align.parse_passage_text.cache_clear()
    with align.stored_parses_offered({text: b"damaged"}):
        got = align.parse_passage_text(text)
    align.parse_passage_text.cache_clear()
    assert got == align.parse_passage_text(text)
    assert any(q.value == 31.0 for s in got for q in s.quantities)


def test_an_offered_parse_is_read_instead_of_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The Velmora lighthouse was first lit in 1887."
    blob = parsed.parse_for_store(text)
    align.parse_passage_text.cache_clear()
    align.parse_sentence_cached.cache_clear()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("parsed although a stored parse was offered")

    monkeypatch.setattr(align, "parse_sentence", refuse)
    with align.stored_parses_offered({text: blob}):
        got = align.parse_passage_text(text)
    align.parse_passage_text.cache_clear()
    assert "1887" in [q.value for s in got for q in s.quantities]


def _stored(path: Path) -> dict[str, tuple[str, bytes]]:
    """passage id -> (passage text, stored parse), read from the index's store."""
    manifest = json.loads((path / MANIFEST).read_text("utf-8"))
    with sqlite3.connect(path / manifest["files"]["store"]) as db:
        texts = dict(db.execute("SELECT passage_id, text FROM passages"))
        blobs = dict(db.execute("SELECT passage_id, data FROM parses"))
    assert set(blobs) <= set(texts)
    return {pid: (texts[pid], blobs[pid]) for pid in blobs}


def test_the_index_stores_every_passages_parse_and_keeps_them_in_step(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    corpus = write_corpus(tmp_path / "c")
    path = tmp_path / "idx"
    first = update_index([corpus], path, embedder=embedder)
    stored = _stored(path)
    assert first.parsed == first.passages == len(stored)
    assert json.loads((path / MANIFEST).read_text("utf-8"))["parse_version"] == parsed.parse_version()
    for text, blob in stored.values():
        assert parsed.decode(blob, text) == align.parse_passage_text(text)

    # A changed document is parsed again under the same passage ids; a pruned one leaves.
    (corpus / "bakery.md").write_text("# Rennick bakery\n\nRennick & Sons sells 5,000 loaves a day since 1901.", "utf-8")
    (corpus / "mill.txt").unlink()
    second = update_index([corpus], path, embedder=embedder, prune=True)
    stored = _stored(path)
    assert second.parsed >= 1 and second.parsed < second.passages
    assert len(stored) == second.passages
    assert not any(pid.startswith("mill") for pid in stored)
    for text, blob in stored.values():
        assert parsed.decode(blob, text) == align.parse_passage_text(text)
    assert any("5,000 loaves" in text for text, _ in stored.values())


def test_parses_of_another_factcheck_are_ignored_then_refreshed(
    tmp_path: Path, embedder, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    corpus = write_corpus(tmp_path / "c")
    path = tmp_path / "idx"
    built = update_index([corpus], path, embedder=embedder)
    index = Index.open(path, embedder=embedder)
    some = [p.id for p in index.passages(range(index.size))]
    assert len(index.stored_parses(some)) == len(some)
    index.close()

    monkeypatch.setattr(parsed, "parse_version", lambda: "another-version")
    index = Index.open(path, embedder=embedder)
    assert not index.parses_current and index.stored_parses(some) == {}
    index.close()
    # The corpus did not change, but the parses are stale: they are all parsed again, without
    # embedding anything (the model need not even load).
    class NoEncoding:
        name = embedder.name
        dimension = embedder.dimension

        def encode_passages(self, *_args: object, **_kwargs: object) -> None:
            raise AssertionError("a parse refresh embedded passages")

    again = update_index([corpus], path, embedder=NoEncoding())  # type: ignore[arg-type]
    assert (again.added, again.updated, again.embedded) == (0, 0, 0)
    assert again.parsed == built.passages
    assert json.loads((path / MANIFEST).read_text("utf-8"))["parse_version"] == "another-version"
    index = Index.open(path, embedder=embedder)
    assert len(index.stored_parses(some)) == len(some)
    index.close()
    # Now current: a further run changes nothing.
    assert update_index([corpus], path, embedder=embedder).parsed == 0


def test_an_index_without_stored_parses_still_checks(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "idx"
    update_index([FIXTURES / "corpus"], path, embedder=embedder)
    claims = [
        claim_from_text(json.loads(line)["claim"], claim_id=f"c{i}")
        for i, line in enumerate((FIXTURES / "claims.jsonl").read_text("utf-8").splitlines())
        if line
    ]
    index = Index.open(path, embedder=embedder)
    settings = Settings(use_verifier=False)
    align.parse_passage_text.cache_clear()
    with_parses = pipeline.check_claims(claims, index, settings=settings, jobs=1)
    # The same index as an older factcheck wrote it: no parse table, no parse version.
    manifest = json.loads((path / MANIFEST).read_text("utf-8"))
    del manifest["parse_version"]
    index.close()
    (path / MANIFEST).write_text(json.dumps(manifest), "utf-8")
    index = Index.open(path, embedder=embedder)
    align.parse_passage_text.cache_clear()
    without = pipeline.check_claims(claims, index, settings=settings, jobs=1)
    index.close()
    dump = [json.dumps(v.model_dump(mode="json"), sort_keys=True) for v in with_parses]
    assert dump == [json.dumps(v.model_dump(mode="json"), sort_keys=True) for v in without]
    assert {v.verdict for v in with_parses} != {with_parses[0].verdict}
