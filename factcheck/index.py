"""The index on disk: a FAISS vector index, a BM25 lexical index and a SQLite passage store,
tied together by ``manifest.json``.

Layout of an index directory::

    manifest.json                 format version, model, dimension, counts, file names, checksums
    vectors-<gen>.faiss           FAISS inner-product index over L2-normalised vectors (row = passage row)
    passages-<gen>.sqlite         documents and passages (doc id, title, source, url, date, offsets),
                                  and each passage's parse for checks (factcheck.parsed)
    bm25-<gen>/                   bm25s sparse matrices and vocabulary (numpy + JSON, no pickle)
    .lock                         held by the one process allowed to write

Every write builds a new generation of files beside the old one and then replaces
``manifest.json`` atomically (write, fsync, rename). Readers follow the manifest, so they see the
old index or the new one, never a mix; a crash at any moment leaves the previous index usable.
An interrupted or failed write (Ctrl-C, a full disk) removes the files of its own generation
before the error leaves ``update_index``; files left by a killed writer are removed by the next
successful write. ``docs/reliability.md`` lists each failure and the test that shows it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from factcheck import __version__
from factcheck.corpus import iter_documents, split_document
from factcheck.embed import Embedder, SentenceTransformerEmbedder, resolve_model
from factcheck.errors import (
    ConfigError,
    IndexCorrupt,
    IndexFormatError,
    IndexLocked,
    IndexNotFound,
    InputError,
    ModelMismatch,
)
from factcheck.models import Document, Frozen, Passage
from factcheck.settings import Settings
from factcheck.workers import default_jobs, leave_interrupts_to_parent

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
LOCK = ".lock"

Notify = Callable[[str], None]
ProgressFactory = Callable[[int, str], Callable[[int], None]]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL,
    url TEXT, date TEXT, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS passages (
    row INTEGER PRIMARY KEY, passage_id TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id);
CREATE TABLE IF NOT EXISTS parses (passage_id TEXT PRIMARY KEY, data BLOB NOT NULL);
"""


class IndexStats(Frozen):
    """What one ``factcheck index`` run changed."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    documents: int = 0
    passages: int = 0
    embedded: int = 0
    seconds: float = 0.0
    not_given: int = 0  # documents in the index but not under the given paths, kept without --prune
    parsed: int = 0  # passages parsed and stored for checks (new ones, or all after an upgrade)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def default_index_path() -> Path:
    return Path(os.environ.get("FACTCHECK_INDEX") or ".factcheck/index")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb") as f:
        os.fsync(f.fileno())


def read_manifest(path: Path) -> dict[str, Any]:
    """Read and check ``manifest.json``; raise a named error for every way it can be unusable."""
    mpath = path / MANIFEST
    if not path.exists():
        raise IndexNotFound(f"{path}: no index here; build one with `factcheck index CORPUS --index {path}`")
    if not mpath.is_file():
        raise IndexNotFound(
            f"{mpath}: missing, so {path} is not a factcheck index; build one with `factcheck index CORPUS --index {path}`"
        )
    try:
        manifest = json.loads(mpath.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise IndexCorrupt(f"{mpath}: unreadable manifest; rebuild with `factcheck index CORPUS --index {path} --rebuild`") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format_version"), int):
        raise IndexCorrupt(f"{mpath}: not a factcheck manifest; rebuild with `factcheck index CORPUS --index {path} --rebuild`")
    if manifest["format_version"] > FORMAT_VERSION:
        raise IndexFormatError(
            f"{mpath}: index format {manifest['format_version']} is newer than this factcheck reads "
            f"({FORMAT_VERSION}); upgrade factcheck or rebuild the index with --rebuild"
        )
    for key in ("model", "dimension", "files", "checksums"):
        if key not in manifest:
            raise IndexCorrupt(f"{mpath}: manifest lacks {key!r}; rebuild with `factcheck index CORPUS --index {path} --rebuild`")
    return manifest


def _verify_files(path: Path, manifest: dict[str, Any]) -> None:
    for name, digest in sorted(manifest["checksums"].items()):
        fpath = path / name
        if not fpath.is_file():
            raise IndexCorrupt(f"{fpath}: missing from the index; rebuild with `factcheck index CORPUS --index {path} --rebuild`")
        try:
            actual = _sha256(fpath)
        except OSError:  # removed by a writer since is_file(): Index.open reads the new manifest
            raise IndexCorrupt(f"{fpath}: missing from the index; rebuild with `factcheck index CORPUS --index {path} --rebuild`") from None
        if actual != digest:
            raise IndexCorrupt(
                f"{fpath}: does not match its checksum (damaged or truncated); "
                f"rebuild with `factcheck index CORPUS --index {path} --rebuild`"
            )


def check_model(manifest: dict[str, Any], model: str | None, path: Path) -> None:
    """Refuse to use an index with a model other than the one it was built with."""
    if model is None:
        return
    name, _ = resolve_model(model)
    if name != manifest["model"]:
        raise ModelMismatch(
            f"{path}: index was built with model {manifest['model']!r}, not {name!r}; "
            f"use --model {manifest['model']} or rebuild with --rebuild"
        )


class Index:
    """An opened, verified index: dense and lexical search over passages, and the passage store."""

    def __init__(self, path: Path, manifest: dict[str, Any], vectors: Any, store: sqlite3.Connection, bm25: Any,
                 embedder: Embedder | None = None) -> None:
        self.path = path
        self.manifest = manifest
        self.vectors = vectors
        self.store = store
        self.bm25 = bm25
        self._embedder = embedder
        self._passage_cache: dict[int, Passage] = {}

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, *, model: str | None = None,
             embedder: Embedder | None = None, verify: bool = True) -> Index:
        """Open the index at ``path`` (default ``$FACTCHECK_INDEX`` or ``.factcheck/index``)."""
        path = Path(path) if path is not None else default_index_path()
        for attempt in range(3):
            manifest = read_manifest(path)
            check_model(manifest, model, path)
            try:
                if verify:
                    _verify_files(path, manifest)
                return cls._load(path, manifest, embedder)
            except IndexCorrupt:
                # A writer may have replaced the manifest and removed the files it named between
                # our two reads; a fresh manifest then names files that exist.
                if attempt == 2 or read_manifest(path) == manifest:
                    raise
                time.sleep(0.05)
        raise AssertionError("unreachable")

    @classmethod
    def _load(cls, path: Path, manifest: dict[str, Any], embedder: Embedder | None) -> Index:
        import bm25s
        import faiss

        # Exact search of a batch of claims as one matrix product (BLAS) from 20 queries on; the
        # installed FAISS defaults to 128,000, which keeps a draft's claims on the query-by-query
        # path: 1.3 s against 0.13 s for 194 queries at 100k passages on 2 cores (docs/benchmarks.md).
        faiss.cvar.distance_compute_blas_threshold = 20
        files = manifest["files"]
        try:
            vectors = faiss.read_index(str(path / files["vectors"]))
        except RuntimeError:
            raise IndexCorrupt(f"{path / files['vectors']}: unreadable FAISS index; rebuild with --rebuild") from None
        store_path = path / files["store"]
        if not store_path.is_file():
            raise IndexCorrupt(f"{store_path}: missing from the index; rebuild with --rebuild")
        if vectors.ntotal != manifest["passages"] or vectors.d != manifest["dimension"]:
            raise IndexCorrupt(
                f"{path}: FAISS holds {vectors.ntotal} vectors of {vectors.d} dimensions, manifest says "
                f"{manifest['passages']} of {manifest['dimension']}; rebuild with --rebuild"
            )
        # A writer may remove these files between the checksum pass and here (Index.open retries);
        # unverified opens may meet damaged files: both are IndexCorrupt, never a raw traceback.
        try:
            store = sqlite3.connect(f"file:{store_path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            store.execute("SELECT COUNT(*) FROM passages").fetchone()
        except sqlite3.Error as exc:
            raise IndexCorrupt(f"{store_path}: unreadable passage store ({exc}); rebuild with --rebuild") from None
        try:
            bm25 = bm25s.BM25.load(str(path / files["bm25"]), mmap=True, show_progress=False)
        except (OSError, ValueError, KeyError) as exc:
            store.close()
            raise IndexCorrupt(f"{path / files['bm25']}: unreadable BM25 index ({type(exc).__name__}); rebuild with --rebuild") from None
        return cls(path, manifest, vectors, store, bm25, embedder)

    @classmethod
    def build(cls, paths: Sequence[str | Path], path: str | Path | None = None, *, model: str | None = None,
              settings: Settings | None = None, rebuild: bool = False, prune: bool = False,
              embedder: Embedder | None = None, progress: ProgressFactory | None = None,
              notify: Notify | None = None, encoding: str = "utf-8") -> Index:
        """Index ``paths`` into ``path`` (incrementally) and open the result."""
        path = Path(path) if path is not None else default_index_path()
        update_index(paths, path, model=model, settings=settings, rebuild=rebuild, prune=prune,
                     embedder=embedder, progress=progress, notify=notify, encoding=encoding)
        return cls.open(path, embedder=embedder)

    # -- properties ------------------------------------------------------------------------
    @property
    def model(self) -> str:
        return str(self.manifest["model"])

    @property
    def size(self) -> int:
        return int(self.manifest["passages"])

    @property
    def checksum(self) -> str:
        """A short fingerprint of what this index holds and how it was built.

        It names the content (documents, passages in row order), the model and the splitting
        settings, not the generation, so rebuilding the same corpus gives the same value and
        reports stay byte-identical across rebuilds. Indexes written before the fingerprint
        existed fall back to the sha256 of their manifest.
        """
        fingerprint = self.manifest.get("fingerprint")
        if isinstance(fingerprint, str) and fingerprint:
            return fingerprint[:16]
        return hashlib.sha256(json.dumps(self.manifest, sort_keys=True).encode()).hexdigest()[:16]

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            try:
                self._embedder = SentenceTransformerEmbedder(self.model)
            except ConfigError:
                raise ModelMismatch(
                    f"{self.path}: index was built with model {self.model!r}, which is not available here; "
                    f"rebuild it with `factcheck index CORPUS --index {self.path} --rebuild`"
                ) from None
        return self._embedder

    # -- access ----------------------------------------------------------------------------
    def passages(self, rows: Iterable[int]) -> list[Passage]:
        """Passages by row number (the FAISS position), in the order asked."""
        rows = [int(r) for r in rows]
        missing = sorted({r for r in rows if r not in self._passage_cache})
        for chunk, marks in _in_chunks(missing):
            q = (
                'SELECT p.row, p.passage_id, p.doc_id, p.start, p."end", p.text, d.title, d.source, d.url, d.date '
                f"FROM passages p JOIN documents d USING (doc_id) WHERE p.row IN ({marks})"
            )
            for row, pid, doc_id, start, end, text, title, source, url, date in self.store.execute(q, chunk):
                self._passage_cache[row] = Passage(id=pid, doc_id=doc_id, text=text, start=start, end=end,
                                                   title=title, source=source, url=url, date=date)
        return [self._passage_cache[r] for r in rows if r in self._passage_cache]

    @property
    def parses_current(self) -> bool:
        """Whether the index stores passage parses this factcheck can use (see factcheck.parsed)."""
        return parses_are_current(self.manifest)

    def stored_parses(self, passage_ids: Iterable[str]) -> dict[str, bytes]:
        """The stored parses of these passages, by passage id; none when they are stale or absent
        (the passages are then parsed at check time)."""
        if not self.parses_current:
            return {}
        ids = sorted(set(passage_ids))
        out: dict[str, bytes] = {}
        for chunk, marks in _in_chunks(ids):
            q = f"SELECT passage_id, data FROM parses WHERE passage_id IN ({marks})"
            try:
                out.update(self.store.execute(q, chunk))
            except sqlite3.Error:  # a store written before parses were stored
                return {}
        return out

    def document_text(self, doc_id: str) -> str | None:
        row = self.store.execute("SELECT text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return None if row is None else str(row[0])

    def vectors_of(self, rows: Sequence[int]) -> np.ndarray:
        out = np.zeros((len(rows), int(self.manifest["dimension"])), dtype=np.float32)
        for i, r in enumerate(rows):
            out[i] = self.vectors.reconstruct(int(r))
        return out

    def search_dense(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k rows by inner product for each query vector; ``-1`` padding is left to the caller."""
        k = max(1, min(k, self.size))
        scores, rows = self.vectors.search(np.ascontiguousarray(queries, dtype=np.float32), k)
        return scores, rows

    def search_lexical(self, queries: Sequence[str], k: int) -> list[list[tuple[int, float]]]:
        """Top-k rows by BM25 for each query text (rows with a positive score only)."""
        tokens = tokenize_queries(queries)
        k = max(1, min(k, self.size))
        vocab = self.bm25.vocab_dict
        out: list[list[tuple[int, float]]] = []
        for toks in tokens:
            known = [t for t in toks if t in vocab]
            if not known:
                out.append([])
                continue
            out.append(_top_positive(np.asarray(self.bm25.get_scores(known)), k))
        return out

    def close(self) -> None:
        self.store.close()


def _top_positive(scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The ``k`` rows of highest positive score, best first, ties broken by row number.

    Written here rather than through ``BM25.retrieve``: its per-call overhead was 5x the scoring
    itself (0.73 s against 0.13 s for 194 claims at 100k passages), and its ties fell in no set order.
    """
    rows = np.flatnonzero(scores > 0)
    if len(rows) > k:
        vals = scores[rows]
        kth = np.partition(vals, len(vals) - k)[len(vals) - k]  # the k-th largest score
        above, tied = rows[vals > kth], rows[vals == kth]
        rows = np.concatenate([above, tied[: k - len(above)]])
    order = np.lexsort((rows, -scores[rows]))
    return [(int(r), float(scores[r])) for r in rows[order]]


# -- lexical tokenisation, shared by index and query -----------------------------------------
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


def tokenize_passages(texts: Sequence[str]) -> Any:
    import bm25s
    from bm25s.tokenization import Tokenized

    tokenized = bm25s.tokenize(list(texts), stopwords="en", stemmer=_stemmer(), show_progress=False)
    # bm25s numbers the stems in the order of a Python set, which changes with the hash seed;
    # numbered in sorted order instead, two builds of one corpus write byte-identical files.
    words = sorted(tokenized.vocab)
    renumber = np.empty(len(words), dtype=np.int64)
    for new, word in enumerate(words):
        renumber[tokenized.vocab[word]] = new
    ids = [renumber[np.asarray(doc, dtype=np.int64)].tolist() for doc in tokenized.ids]
    return Tokenized(ids=ids, vocab={word: i for i, word in enumerate(words)})


def tokenize_queries(texts: Sequence[str]) -> list[list[str]]:
    import bm25s

    out = bm25s.tokenize(list(texts), stopwords="en", stemmer=_stemmer(), return_ids=False, show_progress=False)
    return [list(t) for t in out]


# -- writing ---------------------------------------------------------------------------------
@contextmanager
def write_lock(path: Path, *, notify: Notify | None = None, timeout: float = -1) -> Iterator[None]:
    """Hold the index's write lock; wait for another writer (saying so), or fail after ``timeout`` s."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(path / LOCK))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if notify:
            notify(f"waiting for another factcheck process writing {path} …")
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise IndexLocked(
                f"{path}: another factcheck process is still writing this index after {timeout:g} s; "
                "run again when it is done, wait longer (--wait), or use another --index"
            ) from None
    try:
        yield
    finally:
        lock.release()


def _ensure_writable(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".probe-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
    except PermissionError:
        raise InputError(f"{path}: index folder is not writable; fix its permissions or use another --index") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot write the index here ({exc.strerror}); use another --index") from None


def vector_index_type(n: int, settings: Settings) -> str:
    """The FAISS index kind for ``n`` vectors, as the manifest records it: ``flat`` or ``hnsw``,
    with ``-sq8`` when vectors are stored as 8-bit scalar codes."""
    kind = "flat" if n <= settings.flat_index_max else "hnsw"
    return kind if settings.vector_encoding == "float32" else f"{kind}-{settings.vector_encoding}"


def build_vector_index(dimension: int, n: int, settings: Settings) -> Any:
    """Exact inner-product search up to ``settings.flat_index_max`` vectors, HNSW above; vectors
    as float32 or, with ``vector_encoding="sq8"``, as 8-bit codes (the index then needs ``train``)."""
    import faiss

    ip = faiss.METRIC_INNER_PRODUCT
    sq8 = settings.vector_encoding == "sq8"
    qt8: Any = faiss.ScalarQuantizer.QT_8bit
    if n <= settings.flat_index_max:
        return faiss.IndexScalarQuantizer(dimension, qt8, ip) if sq8 else faiss.IndexFlatIP(dimension)
    index: Any
    if sq8:
        index = faiss.IndexHNSWSQ(dimension, qt8, settings.hnsw_m, ip)
    else:
        index = faiss.IndexHNSWFlat(dimension, settings.hnsw_m, ip)
    index.hnsw.efConstruction = settings.hnsw_ef_construction
    index.hnsw.efSearch = settings.hnsw_ef_search
    return index


def update_index(paths: Sequence[str | Path], path: Path, *, model: str | None = None,
                 settings: Settings | None = None, rebuild: bool = False, prune: bool = False,
                 embedder: Embedder | None = None, progress: ProgressFactory | None = None,
                 notify: Notify | None = None, encoding: str = "utf-8", wait: float | None = None) -> IndexStats:
    """Bring the index at ``path`` up to date with the documents under ``paths``.

    New and changed documents are embedded; unchanged ones are skipped by content hash; documents
    no longer present are removed only with ``prune``. All input is read and checked before
    anything is written, so bad input never damages an index. A write that fails or is
    interrupted (KeyboardInterrupt) removes its half-written files and leaves the previous index
    as it was; an OSError (full disk, read-only folder) becomes an InputError naming the folder.
    Another process writing the same index is waited for, without limit or for ``wait`` seconds
    (then IndexLocked).
    """
    t0 = time.perf_counter()
    settings = settings or Settings()
    docs: dict[str, Document] = {}
    for doc in iter_documents([Path(p) for p in paths], encoding=encoding):
        other = docs.get(doc.id)
        if other is not None and other.content_hash != doc.content_hash:
            raise InputError(f"{doc.source}: document id {doc.id!r} is also used by {other.source}; make ids unique")
        docs[doc.id] = doc
    if not docs:
        raise InputError(f"{', '.join(map(str, paths))}: no documents to index; give .txt, .md or .jsonl files")

    _ensure_writable(path)
    with write_lock(path, notify=notify, timeout=-1 if wait is None else wait):
        old: dict[str, Any] | None = None
        if (path / MANIFEST).exists() and not rebuild:
            old = read_manifest(path)
            _verify_files(path, old)
            if embedder is None:
                check_model(old, model, path)
                model = old["model"]
            elif embedder.name != old["model"]:
                raise ModelMismatch(f"{path}: index was built with model {old['model']!r}, not {embedder.name!r}; use --rebuild")
        if embedder is None:
            embedder = SentenceTransformerEmbedder(model, batch_size=settings.batch_size)
        gen = f"{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
        try:
            stats = _write_generation(path, gen, old, docs, embedder, settings, prune=prune, progress=progress, t0=t0)
        except BaseException as exc:
            if not _is_current(path, gen):
                _remove_generation(path, gen)
            if isinstance(exc, OSError | sqlite3.OperationalError):
                reason = getattr(exc, "strerror", None) or str(exc)
                raise InputError(
                    f"{path}: cannot write the index ({reason}); the previous index is unchanged; "
                    f"free disk space or fix permissions, or use another --index"
                ) from None
            raise
    # If the passages loaded torch, export the model for torch-free claim embedding, so that
    # the checks that follow start in ~1 s (factcheck.query_encoder; once per model and machine).
    prepare = getattr(embedder, "prepare_query_encoder", None)
    if prepare is not None:
        prepare()
    return stats


def _is_current(path: Path, gen: str) -> bool:
    """Whether the manifest on disk already names generation ``gen`` (its write was committed)."""
    try:
        manifest = json.loads((path / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and gen in json.dumps(manifest.get("files"))


def _remove_generation(path: Path, gen: str) -> None:
    """Delete every file of the uncommitted generation ``gen`` (store, journal, vectors, bm25, manifest)."""
    try:
        entries = list(path.iterdir())
    except OSError:
        return
    for entry in entries:
        if gen in entry.name:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                with suppress(OSError):
                    entry.unlink()


def _write_generation(path: Path, gen: str, old: dict[str, Any] | None, docs: dict[str, Document],
                      embedder: Embedder, settings: Settings, *, prune: bool, progress: ProgressFactory | None,
                      t0: float) -> IndexStats:
    import faiss

    files = {"vectors": f"vectors-{gen}.faiss", "store": f"passages-{gen}.sqlite", "bm25": f"bm25-{gen}"}
    new_store = path / files["store"]
    old_hashes: dict[str, str] = {}
    if old is not None:
        shutil.copyfile(path / old["files"]["store"], new_store)
    db = sqlite3.connect(new_store)
    try:
        db.executescript(_SCHEMA)
        old_hashes = dict(db.execute("SELECT doc_id, content_hash FROM documents"))
        added = [d for i, d in docs.items() if i not in old_hashes]
        updated = [d for i, d in docs.items() if i in old_hashes and old_hashes[i] != d.content_hash]
        absent = [i for i in old_hashes if i not in docs]
        gone = absent if prune else []
        not_given = 0 if prune else len(absent)
        unchanged = len(docs) - len(added) - len(updated)
        parses_current = old is not None and parses_are_current(old)
        if old is not None and not (added or updated or gone) and parses_current:
            db.close()
            new_store.unlink()
            return IndexStats(unchanged=unchanged, documents=len(old_hashes), passages=int(old["passages"]),
                              seconds=time.perf_counter() - t0, not_given=not_given)

        # Passages of changed and removed documents leave; the rest keep their order.
        drop = [d.id for d in updated] + gone
        dropped_rows: list[int] = []
        for chunk, marks in _in_chunks(drop):
            db.execute(f"DELETE FROM parses WHERE passage_id IN (SELECT passage_id FROM passages WHERE doc_id IN ({marks}))",
                       chunk)
            dropped_rows += [r for (r,) in db.execute(f"SELECT row FROM passages WHERE doc_id IN ({marks})", chunk)]
            db.execute(f"DELETE FROM passages WHERE doc_id IN ({marks})", chunk)
            db.execute(f"DELETE FROM documents WHERE doc_id IN ({marks})", chunk)
        kept_rows = [r for (r,) in db.execute("SELECT row FROM passages ORDER BY row")]

        new_passages: list[Passage] = []
        for d in added + updated:
            db.execute(
                "INSERT INTO documents(doc_id, content_hash, title, source, url, date, text) VALUES (?,?,?,?,?,?,?)",
                (d.id, d.content_hash, d.title, d.source, d.url, d.date, d.text),
            )
            new_passages += split_document(d, sentences=settings.passage_sentences, stride=settings.passage_stride)

        # Parsed before the model is loaded, so that the parsing workers are small forks.
        if not parses_current:
            db.execute("DELETE FROM parses")  # written by another factcheck: parsed again
        n_parsed = _store_parses(db, [(p.id, p.text) for p in new_passages], progress)

        texts = [p.text for p in new_passages]
        tick = progress(len(texts), "embedding") if progress and texts else None
        if texts:
            new_vectors = embedder.encode_passages(texts, progress=tick)
            dimension = int(new_vectors.shape[1])
        else:  # removals or a parse refresh only: the model need not load (~5 s)
            dimension = int(old["dimension"] if old else embedder.dimension)
            new_vectors = np.zeros((0, dimension), dtype=np.float32)

        total = len(kept_rows) + len(new_passages)
        if old is not None and not dropped_rows and old["index_type"] == vector_index_type(total, settings):
            vectors = faiss.read_index(str(path / old["files"]["vectors"]))
        else:
            vectors = build_vector_index(dimension, total, settings)
            previous: Any = faiss.read_index(str(path / old["files"]["vectors"])) if old is not None and kept_rows else None
            if not vectors.is_trained:  # sq8: per-dimension value ranges, from the vectors it will hold
                vectors.train(new_vectors if len(new_vectors) else
                              np.stack([previous.reconstruct(int(r)) for r in kept_rows[:65536]]))
            if previous is not None:
                for i in range(0, len(kept_rows), 65536):
                    chunk = kept_rows[i : i + 65536]
                    vectors.add(np.stack([previous.reconstruct(int(r)) for r in chunk]))
                del previous
            # Renumber the kept passages 0..n-1 so that row == FAISS position again.
            db.execute("CREATE TEMP TABLE renumber (old_row INTEGER PRIMARY KEY, new_row INTEGER NOT NULL)")
            db.execute("INSERT INTO renumber SELECT row, ROW_NUMBER() OVER (ORDER BY row) - 1 FROM passages")
            db.execute("UPDATE passages SET row = -1 - (SELECT new_row FROM renumber WHERE old_row = passages.row)")
            db.execute("UPDATE passages SET row = -1 - row")
            db.execute("DROP TABLE renumber")
        if len(texts):
            vectors.add(new_vectors)
        del new_vectors  # FAISS holds its own copy (150 MB at 100k passages)
        base = len(kept_rows)
        db.executemany(
            'INSERT INTO passages(row, passage_id, doc_id, start, "end", text) VALUES (?,?,?,?,?,?)',
            ((base + i, p.id, p.doc_id, p.start, p.end, p.text) for i, p in enumerate(new_passages)),
        )
        db.commit()
        # One pass over the passages, in row order, feeds the content fingerprint and BM25. BM25
        # sees each passage under its document's title: titles name the subject that the
        # passage's own sentences often leave implicit (BM25 recall@5 on SciFact 0.863 -> 0.890
        # on the same passages).
        content = hashlib.sha256()
        lexical_texts = []
        for pid, text, title in db.execute(
            "SELECT p.passage_id, p.text, d.title FROM passages p JOIN documents d USING (doc_id) ORDER BY p.row"
        ):
            content.update(json.dumps([pid, text], ensure_ascii=False).encode("utf-8") + b"\n")
            lexical_texts.append(f"{title}. {text}" if title else text)
        for doc_id, doc_hash in db.execute("SELECT doc_id, content_hash FROM documents ORDER BY doc_id"):
            content.update(json.dumps([doc_id, doc_hash]).encode("utf-8") + b"\n")
        n_docs = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        if dropped_rows:
            db.execute("VACUUM")
    finally:
        db.close()
    if vectors.ntotal != len(lexical_texts):
        raise AssertionError(f"index rows out of step: {vectors.ntotal} vectors, {len(lexical_texts)} passages")

    try:
        faiss.write_index(vectors, str(path / files["vectors"]))
    except RuntimeError as exc:  # faiss reports a failed write (full disk) as RuntimeError
        raise OSError(f"FAISS could not write {files['vectors']}: {str(exc).strip().splitlines()[-1]}") from None
    # The BM25 build is the peak of memory: let go first of what is written already (vectors,
    # passages, texts: ~450 MB at 100k passages, docs/benchmarks.md).
    n_embedded = len(texts)
    del vectors, new_passages, texts
    _write_bm25(lexical_texts, path / files["bm25"])

    checksums = {}
    for name in [files["vectors"], files["store"]] + [f"{files['bm25']}/{f.name}" for f in sorted((path / files["bm25"]).iterdir())]:
        fp = path / name
        _fsync_file(fp)
        checksums[name] = _sha256(fp)
    manifest = {
        "format_version": FORMAT_VERSION,
        "factcheck_version": __version__,
        "model": embedder.name,
        "dimension": dimension,
        "index_type": vector_index_type(total, settings),
        "documents": n_docs,
        "passages": total,
        "passage_sentences": settings.passage_sentences,
        "passage_stride": settings.passage_stride,
        "parse_version": _parse_version(),
        "files": files,
        "checksums": checksums,
    }
    # Deterministic: the same corpus, model and settings give the same fingerprint on a rebuild.
    described = {k: manifest[k] for k in ("format_version", "model", "dimension", "index_type",
                                          "passage_sentences", "passage_stride")}
    manifest["fingerprint"] = hashlib.sha256(
        (json.dumps(described, sort_keys=True) + content.hexdigest()).encode("utf-8")
    ).hexdigest()
    tmp = path / f"{MANIFEST}.tmp-{gen}"
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", "utf-8")
    _fsync_file(tmp)
    os.replace(tmp, path / MANIFEST)
    _fsync_dir(path)
    _remove_stale(path, keep=set(files.values()))
    return IndexStats(added=len(added), updated=len(updated), removed=len(gone), unchanged=unchanged,
                      documents=n_docs, passages=total, embedded=n_embedded, seconds=time.perf_counter() - t0,
                      not_given=not_given, parsed=n_parsed)


_PARSE_CHUNK = 256


def _store_parses(db: sqlite3.Connection, new: list[tuple[str, str]], progress: ProgressFactory | None) -> int:
    """Parse the ``new`` passages (id, text) and every stored one that has no parse yet, and store
    the parses; returns how many.

    On several cores the parsing runs in forked worker processes (it is pure Python); the parses
    are the same either way.
    """
    import multiprocessing

    rows = db.execute(
        "SELECT p.passage_id, p.text FROM passages p "
        "WHERE NOT EXISTS (SELECT 1 FROM parses q WHERE q.passage_id = p.passage_id) ORDER BY p.row"
    ).fetchall() + new
    if not rows:
        return 0
    tick = progress(len(rows), "parsing") if progress else None
    chunks = [rows[i : i + _PARSE_CHUNK] for i in range(0, len(rows), _PARSE_CHUNK)]
    jobs = default_jobs()
    if jobs > 1 and len(rows) >= 4 * _PARSE_CHUNK and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(jobs, initializer=leave_interrupts_to_parent) as pool:
            results: Iterator[list[tuple[str, bytes]]] = pool.imap(_parse_chunk, chunks)
            _insert_parses(db, results, tick)
    else:
        _insert_parses(db, map(_parse_chunk, chunks), tick)
    return len(rows)


def _insert_parses(db: sqlite3.Connection, results: Iterable[list[tuple[str, bytes]]],
                   tick: Callable[[int], None] | None) -> None:
    for chunk in results:
        db.executemany("INSERT OR REPLACE INTO parses(passage_id, data) VALUES (?, ?)", chunk)
        if tick is not None:
            tick(len(chunk))


def _parse_chunk(chunk: Sequence[tuple[str, str]]) -> list[tuple[str, bytes]]:
    from factcheck.align import parse_passage_text, parse_sentence_cached, tokenize
    from factcheck.parsed import parse_for_store

    try:
        return [(pid, parse_for_store(text)) for pid, text in chunk]
    finally:
        # Overlapping passages are neighbours, in one chunk: the caches need not outlive it, and
        # 100k passages' worth of them would hold hundreds of MB.
        parse_passage_text.cache_clear()
        parse_sentence_cached.cache_clear()
        tokenize.cache_clear()


T = TypeVar("T")
_SQL_IN_MAX = 500  # values bound in one "IN (...)": well under SQLite's limit of 32,766 variables


def _in_chunks(values: Sequence[T]) -> Iterator[tuple[Sequence[T], str]]:
    """``values`` in chunks of at most ``_SQL_IN_MAX``, each with its "?,?,..." placeholders."""
    for i in range(0, len(values), _SQL_IN_MAX):
        chunk = values[i : i + _SQL_IN_MAX]
        yield chunk, ",".join("?" * len(chunk))


def _parse_version() -> str:
    # Imported when needed: the parser's regular expressions take ~0.1 s to compile, which
    # commands that never parse (search, a first index run until its parsing stage) need not pay.
    from factcheck.parsed import parse_version

    return parse_version()


def parses_are_current(manifest: dict[str, Any]) -> bool:
    """Whether the index's stored parses were written by this factcheck's parser (an index written
    before parses were stored has no ``parse_version``)."""
    return manifest.get("parse_version") == _parse_version()


def _write_bm25(texts: Sequence[str], target: Path) -> None:
    import bm25s

    retriever = bm25s.BM25()
    retriever.index(tokenize_passages(texts), show_progress=False)
    retriever.save(str(target), show_progress=False)


def _remove_stale(path: Path, *, keep: set[str]) -> None:
    """Delete files of earlier generations and of interrupted writes (we hold the write lock)."""
    for entry in path.iterdir():
        name = entry.name
        if name in keep or name in (MANIFEST, LOCK):
            continue
        if name.startswith(("vectors-", "passages-", "bm25-", f"{MANIFEST}.tmp-", ".probe-")):
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
