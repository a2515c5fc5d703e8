"""Shared fixtures: the real embedding model (loaded once per session) and a small built index."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# The ONNX query-encoder cache (factcheck.query_encoder) of this test session, not the user's;
# the CLI runs the tests start inherit it.
_CACHE = tempfile.TemporaryDirectory(prefix="factcheck-test-cache-")
os.environ["FACTCHECK_CACHE_DIR"] = _CACHE.name
os.environ.pop("FACTCHECK_QUERY_ENCODER", None)

FIXTURES = Path(__file__).parent / "fixtures"

# A tiny invented corpus for index and retrieval tests: facts about a town that does not exist.
MINI_CORPUS = {
    "harbour.md": "# Velmora harbour\nSource: Velmora Gazette\nDate: 2023-05-02\n\n"
    "The harbour of Velmora opened on 14 March 1921. It handles about 2.4 million tonnes of cargo a year. "
    "The harbour master is Ines Caldero.\n\nA new pier, 410 metres long, was finished in 2019.",
    "mill.txt": "Velmora textile mill\n\nThe Orsk textile mill employed 1,200 workers at its peak in 1957. "
    "It closed in 1988 after a fire. The building now houses the town museum.",
    "bakery.md": "# Rennick bakery\n\nRennick & Sons has baked bread in Velmora since 1899. "
    "The bakery sells roughly 3,000 loaves a day. Its founder, Tomas Rennick, came from Lisbon.",
    "docs.jsonl": '{"id": "council-1", "title": "Council budget", "text": "Velmora council approved a budget of €48 million for 2024. '
    'Spending on schools rose by 6 percent.", "source": "council minutes", "url": "https://example.org/council"}\n'
    '{"id": "council-2", "title": "Mayor elected", "text": "Maria Oyelaran was elected mayor of Velmora in October 2022 with 54 percent of the vote."}\n',
}


def write_corpus(folder: Path, files: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (files or MINI_CORPUS).items():
        (folder / name).write_text(text, "utf-8")
    return folder


@pytest.fixture(scope="session")
def embedder():  # type: ignore[no-untyped-def]
    from factcheck.embed import SentenceTransformerEmbedder

    emb = SentenceTransformerEmbedder()
    emb.warm_up()
    return emb


@pytest.fixture(scope="session")
def mini_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def mini_index_dir(tmp_path_factory: pytest.TempPathFactory, mini_corpus: Path, embedder) -> Path:  # type: ignore[no-untyped-def]
    from factcheck.index import update_index

    path = tmp_path_factory.mktemp("index") / "idx"
    update_index([mini_corpus], path, embedder=embedder)
    return path


@pytest.fixture()
def mini_index(mini_index_dir: Path, embedder):  # type: ignore[no-untyped-def]
    from factcheck.index import Index

    index = Index.open(mini_index_dir, embedder=embedder)
    yield index
    index.close()
