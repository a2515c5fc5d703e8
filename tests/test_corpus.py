"""Ingest and split: documents from files and folders, passages whose offsets round-trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus import iter_documents, split_document
from factcheck.errors import InputError
from factcheck.models import Document

from .conftest import write_corpus


def test_folder_yields_all_documents_with_titles_and_metadata(mini_corpus: Path) -> None:
    docs = {d.id: d for d in iter_documents([mini_corpus])}
    assert set(docs) == {"harbour", "mill", "bakery", "council-1", "council-2"}
    assert docs["harbour"].title == "Velmora harbour"
    assert docs["harbour"].source == "Velmora Gazette"
    assert docs["harbour"].date == "2023-05-02"
    assert docs["harbour"].text.startswith("The harbour of Velmora")
    assert docs["bakery"].source.endswith("bakery.md")
    assert docs["council-1"].url == "https://example.org/council"
    assert docs["mill"].title == "mill"


def test_content_hash_is_stable_and_changes_with_text(tmp_path: Path) -> None:
    write_corpus(tmp_path, {"a.md": "# A\n\nOne fact here."})
    first = next(iter_documents([tmp_path])).content_hash
    assert next(iter_documents([tmp_path])).content_hash == first
    write_corpus(tmp_path, {"a.md": "# A\n\nAnother fact here."})
    assert next(iter_documents([tmp_path])).content_hash != first


def test_passages_round_trip_offsets(mini_corpus: Path) -> None:
    for doc in iter_documents([mini_corpus]):
        passages = split_document(doc, sentences=2, stride=1)
        assert passages, doc.id
        for p in passages:
            assert doc.text[p.start : p.end] == p.text
        # every sentence of the document is in some passage
        covered = set()
        for p in passages:
            covered.update(range(p.start, p.end))
        assert min(covered) == 0 and max(covered) == len(doc.text) - 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcdefgh XYZ.,!?\n0123456789", min_size=1, max_size=60), min_size=1, max_size=12),
       st.integers(1, 4), st.integers(1, 3))
def test_split_offsets_property(sentences: list[str], size: int, stride: int) -> None:
    text = " ".join(sentences).strip() or "x"
    doc = Document(id="d", text=text)
    for p in split_document(doc, sentences=size, stride=stride):
        assert doc.text[p.start : p.end] == p.text
        assert p.text.strip() == p.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.md", b"   \n\n", "empty document"),
        ("binary.txt", b"\x00\x01\x02abc", "binary"),
        ("latin.txt", "Caf\xe9 cr\xe8me".encode("latin-1"), "--encoding"),
        ("bad.jsonl", b'{"id": "a", "text": "ok"}\nnot json\n', "bad.jsonl:2"),
        ("notext.jsonl", b'{"id": "a"}\n', "needs 'id' and 'text'"),
    ],
    ids=["empty", "binary", "non-utf8", "bad-json-line", "missing-text"],
)
def test_bad_corpus_files_raise_input_error_naming_the_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        list(iter_documents([path]))
    assert name in str(err.value)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_folder_without_documents_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError, match="no .txt, .md or .jsonl"):
        list(iter_documents([tmp_path]))


def test_symlink_loop_is_an_error(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", {"a.md": "# A\n\nA fact."})
    (tmp_path / "c" / "loop").symlink_to(tmp_path / "c", target_is_directory=True)
    with pytest.raises(InputError, match="link loop"):
        list(iter_documents([tmp_path / "c"]))


def test_encoding_option_reads_legacy_files(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes("Le caf\xe9 ouvre en 1901.".encode("cp1252"))
    doc = next(iter_documents([tmp_path], encoding="cp1252"))
    assert "café" in doc.text
