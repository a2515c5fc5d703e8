"""The index on disk: save and load, exact search equals brute force, incremental updates, refusals."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from factcheck.errors import IndexCorrupt, IndexFormatError, IndexNotFound, InputError, ModelMismatch
from factcheck.index import MANIFEST, Index, update_index

from .conftest import MINI_CORPUS, write_corpus


def test_index_survives_save_and_load(mini_index: Index) -> None:
    assert mini_index.size == mini_index.vectors.ntotal > 0
    assert mini_index.manifest["documents"] == 5
    rows = list(range(mini_index.size))
    passages = mini_index.passages(rows)
    assert len(passages) == mini_index.size
    assert len({p.id for p in passages}) == mini_index.size
    # the stored vector of a passage is the embedding of its text
    vec = mini_index.embedder.encode_passages([passages[0].text])[0]
    assert np.allclose(mini_index.vectors_of([0])[0], vec, atol=1e-5)


def test_dense_search_equals_brute_force(mini_index: Index) -> None:
    all_vectors = mini_index.vectors_of(list(range(mini_index.size)))
    queries = mini_index.embedder.encode_queries(["When did the harbour open?", "How many workers did the mill have?",
                                                  "Who is the mayor?"])
    k = 4
    scores, rows = mini_index.search_dense(queries, k)
    brute = queries @ all_vectors.T
    for qi in range(len(queries)):
        expected = np.argsort(-brute[qi], kind="stable")[:k]
        assert np.allclose(np.sort(brute[qi][expected])[::-1], scores[qi], atol=1e-5)
        assert set(rows[qi]) == set(expected.tolist())


def test_lexical_search_finds_rare_names(mini_index: Index) -> None:
    [hits] = mini_index.search_lexical(["Oyelaran"], 3)
    assert hits, "BM25 found nothing"
    assert mini_index.passages([hits[0][0]])[0].doc_id == "council-2"


def test_reindexing_unchanged_content_adds_nothing(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    corpus = write_corpus(tmp_path / "c")
    path = tmp_path / "idx"
    first = update_index([corpus], path, embedder=embedder)
    assert first.added == 5 and first.embedded > 0
    manifest = (path / MANIFEST).read_bytes()
    again = update_index([corpus], path, embedder=embedder)
    assert (again.added, again.updated, again.removed, again.embedded) == (0, 0, 0, 0)
    assert again.unchanged == 5
    assert (path / MANIFEST).read_bytes() == manifest


def test_incremental_update_embeds_only_changed_documents_and_prunes(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    corpus = write_corpus(tmp_path / "c")
    path = tmp_path / "idx"
    update_index([corpus], path, embedder=embedder)
    (corpus / "bakery.md").write_text("# Rennick bakery\n\nRennick & Sons sells 5,000 loaves a day.", "utf-8")
    (corpus / "new.md").write_text("# Ferry\n\nA ferry to Orsk island leaves every 90 minutes.", "utf-8")
    (corpus / "mill.txt").unlink()
    stats = update_index([corpus], path, embedder=embedder)
    assert (stats.added, stats.updated, stats.removed) == (1, 1, 0)
    index = Index.open(path, embedder=embedder)
    assert "mill" in {p.doc_id for p in index.passages(range(index.size))}
    assert stats.not_given == 1  # mill.txt is gone but kept until --prune
    stats = update_index([corpus], path, embedder=embedder, prune=True)
    assert stats.not_given == 0
    assert stats.removed == 1 and stats.embedded == 0
    index = Index.open(path, embedder=embedder)
    passages = index.passages(range(index.size))
    assert "mill" not in {p.doc_id for p in passages}
    assert any("5,000 loaves" in p.text for p in passages)
    # rows still line up with vectors after removal: each stored vector is its passage's embedding
    fresh = embedder.encode_passages([p.text for p in passages])
    assert np.allclose(index.vectors_of(list(range(index.size))), fresh, atol=1e-4)
    # only the current generation's files remain
    assert len([f for f in path.iterdir() if f.name.startswith("vectors-")]) == 1


def test_missing_index_is_named(tmp_path: Path) -> None:
    with pytest.raises(IndexNotFound, match="factcheck index"):
        Index.open(tmp_path / "nowhere")


def _copy_index(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def test_truncated_vector_file_is_refused(tmp_path: Path, mini_index_dir: Path) -> None:
    path = _copy_index(mini_index_dir, tmp_path / "idx")
    vec = path / json.loads((path / MANIFEST).read_text())["files"]["vectors"]
    vec.write_bytes(vec.read_bytes()[:100])
    with pytest.raises(IndexCorrupt, match="checksum"):
        Index.open(path)


def test_missing_file_is_refused(tmp_path: Path, mini_index_dir: Path) -> None:
    path = _copy_index(mini_index_dir, tmp_path / "idx")
    store = path / json.loads((path / MANIFEST).read_text())["files"]["store"]
    store.unlink()
    with pytest.raises(IndexCorrupt, match="missing"):
        Index.open(path)


def test_other_model_and_newer_format_are_refused(tmp_path: Path, mini_index_dir: Path) -> None:
    path = _copy_index(mini_index_dir, tmp_path / "idx")
    manifest = json.loads((path / MANIFEST).read_text())
    (path / MANIFEST).write_text(json.dumps({**manifest, "model": "/models/other"}))
    with pytest.raises(ModelMismatch, match="other"):
        Index.open(path, model="all-MiniLM-L6-v2")
    (path / MANIFEST).write_text(json.dumps({**manifest, "format_version": 99}))
    with pytest.raises(IndexFormatError, match="newer"):
        Index.open(path)


def test_bad_input_leaves_the_index_untouched(tmp_path: Path, mini_index_dir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    path = _copy_index(mini_index_dir, tmp_path / "idx")
    before = {f.name: f.stat().st_mtime_ns for f in path.iterdir()}
    bad = write_corpus(tmp_path / "bad", {**MINI_CORPUS, "broken.jsonl": '{"id": 1, "text": "fine"}\n{oops\n'})
    with pytest.raises(InputError, match="broken.jsonl:2"):
        update_index([bad], path, embedder=embedder)
    assert {f.name: f.stat().st_mtime_ns for f in path.iterdir()} == before
    Index.open(path, embedder=embedder)


def test_top_positive_keeps_the_best_positive_scores_ties_by_row() -> None:
    import numpy as np

    from factcheck.index import _top_positive

    scores = np.array([0.0, 2.0, 5.0, 2.0, -1.0, 2.0, 7.0])
    assert _top_positive(scores, 3) == [(6, 7.0), (2, 5.0), (1, 2.0)]
    assert _top_positive(scores, 4) == [(6, 7.0), (2, 5.0), (1, 2.0), (3, 2.0)]
    assert _top_positive(scores, 10) == [(6, 7.0), (2, 5.0), (1, 2.0), (3, 2.0), (5, 2.0)]
    assert _top_positive(np.zeros(4), 2) == []


def test_lexical_index_files_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # bm25s numbers its vocabulary in set order; factcheck renumbers it, so that rebuilding the
    # same corpus writes the same bytes whatever PYTHONHASHSEED the process got.
    code = (
        "import hashlib, sys\n"
        "from pathlib import Path\n"
        "from factcheck.index import _write_bm25\n"
        "texts = ['The harbour of Velmora opened in 1921.', 'Rennick bakery sells 3,000 loaves a day.',\n"
        "         'The Orsk mill employed 1,200 workers; the harbour master is Ines Caldero.', '']\n"
        "target = Path(sys.argv[1])\n"
        "_write_bm25(texts, target)\n"
        "for f in sorted(target.rglob('*')):\n"
        "    if f.is_file():\n"
        "        print(f.name, hashlib.sha256(f.read_bytes()).hexdigest())\n"
    )
    outputs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code, str(tmp_path / f"bm25-{seed}")], capture_output=True,
                             text=True, timeout=120, env=env)
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
    assert outputs[0] and outputs[0] == outputs[1] == outputs[2]


def test_a_file_removed_while_it_is_checked_is_reported_as_missing(mini_index_dir: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # A writer may delete the previous generation between the existence test and the checksum:
    # that is IndexCorrupt (which Index.open retries on a fresh manifest), never a raw OSError.
    import factcheck.index as index_module

    def vanished(path: Path) -> str:
        raise FileNotFoundError(2, "No such file or directory", str(path))

    monkeypatch.setattr(index_module, "_sha256", vanished)
    with pytest.raises(IndexCorrupt, match="missing from the index"):
        Index.open(mini_index_dir)


def test_bm25s_first_hit_is_always_aligned_but_never_displaces_evidence(mini_index: Index) -> None:
    from factcheck.retrieve import Retriever
    from factcheck.settings import Settings

    best = [(r, 1.0 / (61 + r)) for r in range(6)]
    fused = {**dict(best), 9: 1.0 / 61}
    seated = Retriever(mini_index, Settings(top_k=5))._seat_lexical(best, [9, 2], fused, 6)
    assert seated == best[:5] + [(9, fused[9])]  # the 6th, alignment-only place
    # nothing to do: k leaves no place beyond the evidence, BM25's first is in already, or seats are off
    assert Retriever(mini_index, Settings(top_k=5))._seat_lexical(best[:5], [9], fused, 5) == best[:5]
    assert Retriever(mini_index, Settings(top_k=5))._seat_lexical(best, [3, 9], fused, 6) == best
    assert Retriever(mini_index, Settings(top_k=5, lexical_seats=0))._seat_lexical(best, [9], fused, 6) == best
    # fewer candidates than k: the seat is added, nothing dropped
    assert Retriever(mini_index, Settings(top_k=2))._seat_lexical(best[:3], [9], fused, 6) == best[:3] + [(9, fused[9])]


def test_a_clause_statement_brings_bm25s_first_hit_for_it(mini_index: Index) -> None:
    from factcheck.retrieve import Retriever
    from factcheck.settings import Settings

    retriever = Retriever(mini_index, Settings(top_k=1, align_candidates=1))
    query = "When did the harbour open?"
    vectors = mini_index.embedder.encode_queries([query])
    [plain] = retriever.search_vectors([query], vectors, k=1)
    [with_clause] = retriever.search_vectors([query], vectors, k=1, clauses=[["Oyelaran"]])
    [lexical] = mini_index.search_lexical(["Oyelaran"], 1)
    assert [h.passage.id for h in with_clause[:1]] == [h.passage.id for h in plain]
    assert with_clause[-1].passage.id == mini_index.passages([lexical[0][0]])[0].id
    assert len(with_clause) == 2 or plain[0].passage.id == with_clause[-1].passage.id


def test_values_are_bound_in_chunks_each_with_its_placeholders() -> None:
    from factcheck.index import _SQL_IN_MAX, _in_chunks

    values = list(range(2 * _SQL_IN_MAX + 1))
    chunks = list(_in_chunks(values))
    assert [len(c) for c, _ in chunks] == [_SQL_IN_MAX, _SQL_IN_MAX, 1]
    assert all(marks.count("?") == len(c) for c, marks in chunks)
    assert [v for c, _ in chunks for v in c] == values
