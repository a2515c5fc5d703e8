"""Crashes and concurrency: SIGKILL and Ctrl-C mid-write, two writers at once, readers during writes.

Writers run in subprocesses (tests/rel_writer.py) with a deterministic hash embedder, paused at a
chosen point of the write so that "mid-way" is a fixed moment rather than a race.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.index import MANIFEST, Index, update_index

from .conftest import MINI_CORPUS, write_corpus
from .rel_writer import HashEmbedder

WRITER = Path(__file__).with_name("rel_writer.py")
TIMEOUT = 60.0


def _big_corpus(folder: Path, n: int = 120, prefix: str = "extra") -> Path:
    """The mini corpus plus ``n`` invented documents, so an update has real work to do."""
    files = dict(MINI_CORPUS)
    for i in range(n):
        files[f"{prefix}-{i:03d}.md"] = (
            f"# {prefix.title()} note {i}\n\nThe {prefix} archive holds item {i} from {1900 + i}. "
            f"Item {i} weighs {i * 3 + 1} kilograms. It was catalogued by clerk number {i * 7}."
        )
    return write_corpus(folder, files)


@pytest.fixture()
def old_index(tmp_path: Path) -> Path:
    path = tmp_path / "idx"
    update_index([write_corpus(tmp_path / "small")], path, embedder=HashEmbedder())
    return path


class Writer:
    """A rel_writer.py subprocess whose stdout lines are collected by a thread."""

    def __init__(self, index: Path, corpus: Path, *, pause: str = "none", release: Path | None = None,
                 cli: bool = False, wait: float | None = None) -> None:
        cmd = [sys.executable, str(WRITER), "--index", str(index), "--pause", pause]
        if wait is not None:
            cmd += ["--wait", str(wait)]
        if release is not None:
            cmd += ["--release", str(release)]
        if cli:
            cmd.append("--cli")
        env = {**os.environ, "PYTHONPATH": str(WRITER.parent.parent)}
        env.pop("FACTCHECK_DEBUG", None)
        # SIGINT back to its default in the child: a test run started in the background (``cmd &``)
        # inherits SIGINT ignored, and Python then installs no KeyboardInterrupt handler.
        self.proc = subprocess.Popen([*cmd, str(corpus)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=env,
                                     preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        self.lines: list[str] = []
        self.err: list[str] = []
        self._threads = [threading.Thread(target=self._pump, args=(self.proc.stdout, self.lines), daemon=True),
                         threading.Thread(target=self._pump, args=(self.proc.stderr, self.err), daemon=True)]
        for t in self._threads:
            t.start()

    @staticmethod
    def _pump(stream: object, into: list[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            into.append(line.rstrip("\n"))

    def wait_for(self, needle: str, *, stream: str = "out") -> None:
        lines = self.lines if stream == "out" else self.err
        deadline = time.monotonic() + TIMEOUT
        while not any(needle in line for line in lines):
            if self.proc.poll() is not None:
                time.sleep(0.2)  # let the pump threads drain
                if any(needle in line for line in lines):
                    return
                self._fail(f"writer exited {self.proc.returncode} before {needle!r}: {self.err}")
            if time.monotonic() > deadline:
                self._fail(f"no {needle!r} within {TIMEOUT}s: {self.lines} {self.err}")
            time.sleep(0.02)

    def finish(self) -> int:
        """Wait for the exit (killing the writer after TIMEOUT) and close the pipes."""
        try:
            return self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise
        finally:
            for t in self._threads:
                t.join(timeout=5)
            for stream in (self.proc.stdout, self.proc.stderr):
                if stream is not None:
                    stream.close()

    def _fail(self, message: str) -> None:
        self.proc.kill()
        self.finish()
        raise AssertionError(message)


def _snapshot(path: Path) -> dict[str, bytes]:
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def _assert_old_content_searchable(path: Path) -> Index:
    """The index opens (checksums verified) and finds old passages by dense and lexical search."""
    emb = HashEmbedder()
    index = Index.open(path, embedder=emb)
    passages = index.passages(range(index.size))
    assert len(passages) == index.size == index.vectors.ntotal
    harbour = next(p for p in passages if p.doc_id == "harbour")
    _, rows = index.search_dense(emb.encode_queries([harbour.text]), 1)
    assert index.passages([int(rows[0][0])])[0].id == harbour.id
    [hits] = index.search_lexical(["Oyelaran"], 3)
    assert hits and index.passages([hits[0][0]])[0].doc_id == "council-2"
    return index


def _generations(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir() if p.name.startswith("vectors-"))


@pytest.mark.parametrize(("point", "sig"), [("embed", signal.SIGKILL), ("bm25", signal.SIGKILL),
                                           ("manifest", signal.SIGKILL), ("bm25", signal.SIGTERM)],
                         ids=["during-embedding", "during-file-writes", "before-manifest-rename", "sigterm"])
def test_sigkill_mid_write_leaves_the_old_index(tmp_path: Path, old_index: Path, point: str, sig: int) -> None:
    # Through the library (no CLI), SIGTERM is not caught: like SIGKILL, it ends the writer at
    # once, and the same guarantees hold. The CLI catches it (the Ctrl-C test below).
    before = (old_index / MANIFEST).read_bytes()
    writer = Writer(old_index, _big_corpus(tmp_path / "big"), pause=point)
    writer.wait_for(f"PAUSED {point}")
    writer.proc.send_signal(sig)
    assert writer.finish() == -sig
    assert (old_index / MANIFEST).read_bytes() == before
    index = _assert_old_content_searchable(old_index)
    assert index.manifest["documents"] == 5
    index.close()
    # The next write takes the lock a dead process left, succeeds and removes the debris.
    stats = update_index([tmp_path / "big"], old_index, embedder=HashEmbedder())
    assert stats.added == 120
    assert len(_generations(old_index)) == 1
    assert not [p for p in old_index.iterdir() if ".tmp-" in p.name or p.name.endswith("-journal")]
    _assert_old_content_searchable(old_index).close()


@pytest.mark.parametrize(("point", "sig"), [("embed", signal.SIGINT), ("bm25", signal.SIGINT),
                                           ("manifest", signal.SIGINT), ("bm25", signal.SIGTERM),
                                           ("manifest", signal.SIGTERM)],
                         ids=["embed", "bm25", "manifest", "sigterm-bm25", "sigterm-manifest"])
def test_ctrl_c_or_sigterm_exits_and_removes_its_half_written_files(tmp_path: Path, old_index: Path, point: str,
                                                                     sig: int) -> None:
    before = _snapshot(old_index)
    writer = Writer(old_index, _big_corpus(tmp_path / "big"), pause=point, cli=True)
    writer.wait_for(f"PAUSED {point}")
    writer.proc.send_signal(sig)
    interrupted = sig == signal.SIGINT
    assert writer.finish() == (130 if interrupted else 143)
    assert writer.err[-1:] == ["factcheck: interrupted" if interrupted else "factcheck: terminated"], writer.err
    assert not any("Traceback" in line for line in writer.err)
    after = _snapshot(old_index)
    assert set(after) == set(before), "half-written files left behind"
    assert after == before
    _assert_old_content_searchable(old_index).close()


def test_second_writer_waits_for_the_first_and_both_land(tmp_path: Path, old_index: Path) -> None:
    release = tmp_path / "release"
    corpus_a = _big_corpus(tmp_path / "a", n=20, prefix="alpha")
    corpus_b = _big_corpus(tmp_path / "b", n=20, prefix="beta")
    first = Writer(old_index, corpus_a, pause="embed", release=release, cli=True)
    first.wait_for("PAUSED embed")
    second = Writer(old_index, corpus_b, cli=True)
    second.wait_for("waiting for another factcheck process", stream="err")
    assert second.proc.poll() is None, "the second writer did not wait"
    release.touch()
    assert first.finish() == 0, first.err
    assert second.finish() == 0, second.err
    index = _assert_old_content_searchable(old_index)
    passages = index.passages(range(index.size))
    docs = {p.doc_id for p in passages}
    assert {f"alpha-{i:03d}" for i in range(20)} | {f"beta-{i:03d}" for i in range(20)} <= docs
    assert index.manifest["documents"] == 5 + 40
    assert len({p.id for p in passages}) == len(passages), "a passage was stored twice"
    assert len(_generations(old_index)) == 1
    index.close()


def test_second_writer_gives_up_after_wait(tmp_path: Path, old_index: Path) -> None:
    release = tmp_path / "release"
    before = _snapshot(old_index)
    first = Writer(old_index, _big_corpus(tmp_path / "a", n=20, prefix="alpha"), pause="embed", release=release, cli=True)
    first.wait_for("PAUSED embed")
    second = Writer(old_index, _big_corpus(tmp_path / "b", n=20, prefix="beta"), cli=True, wait=0.5)
    code = second.finish()
    release.touch()
    assert first.finish() == 0, first.err
    assert code == 2, second.err
    assert second.err[-1].startswith(f"factcheck: error: {old_index}: another factcheck process is still writing"), second.err
    assert "--wait" in second.err[-1]
    assert not any("Traceback" in line for line in second.err)
    index = _assert_old_content_searchable(old_index)
    docs = {p.doc_id for p in index.passages(range(index.size))}
    assert "alpha-000" in docs and "beta-000" not in docs
    assert len(_generations(old_index)) == 1 and before
    index.close()


@pytest.fixture()
def reader_threads(old_index: Path) -> Iterator[tuple[list[str], list[int], threading.Event]]:
    stop = threading.Event()
    errors: list[str] = []
    sizes: list[int] = []

    def read() -> None:
        emb = HashEmbedder()
        while not stop.is_set():
            try:
                index = Index.open(old_index, embedder=emb)
                passages = index.passages(range(index.size))
                assert len(passages) == index.size == index.vectors.ntotal
                index.search_dense(emb.encode_queries([passages[0].text]), 3)
                index.search_lexical(["harbour"], 3)
                sizes.append(index.size)
                index.close()
            except Exception as exc:  # any failure is the test's failure
                errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=read, daemon=True) for _ in range(2)]
    for t in threads:
        t.start()
    yield errors, sizes, stop
    stop.set()
    for t in threads:
        t.join(timeout=10)


def test_readers_during_writes_see_old_or_new_never_broken(tmp_path: Path, old_index: Path,
                                                           reader_threads: tuple[list[str], list[int], threading.Event]) -> None:
    errors, sizes, stop = reader_threads
    held = Index.open(old_index, embedder=HashEmbedder())  # a long-lived reader across the swaps
    held_passages = held.passages(range(held.size))
    expected_sizes = {held.size}
    for step in range(3):
        corpus = _big_corpus(tmp_path / f"c{step}", n=10 * (step + 1), prefix=f"step{step}")
        writer = Writer(old_index, corpus)
        assert writer.finish() == 0, writer.err
        expected_sizes.add(json.loads((old_index / MANIFEST).read_text())["passages"])
    time.sleep(0.3)
    stop.set()
    assert not errors, errors[:5]
    assert sizes, "the readers never completed a read"
    assert set(sizes) <= expected_sizes
    # files of old generations are gone, but the reader that had them open still works
    assert len(_generations(old_index)) == 1
    held._passage_cache.clear()
    assert held.passages(range(held.size)) == held_passages
    held.close()
