"""Corpus ingest and splitting: files and folders in, Documents and sentence-window Passages out.

Accepted inputs: folders (recursively), ``.txt`` and ``.md``/``.markdown`` files (one document
each; the title is the first ``#`` heading or the file name), and ``.jsonl`` files (one document a
line: ``id`` and ``text`` required; ``title``, ``source``, ``url``, ``date`` optional). A ``.md``
or ``.txt`` file may carry ``Source:``, ``Date:`` and ``URL:`` lines right under its heading.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.models import Document, Passage
from factcheck.sentences import split_sentences

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES

# Both patterns run on stripped lines and end in a plain ``.+``: a lazy group followed by
# ``\s*#*\s*$`` backtracked cubically on a heading with a long run of spaces (2,000 spaces: 45 s).
_META = re.compile(r"(source|date|url|published)\s*:\s*(.+)", re.I)
_HEADING = re.compile(r"#{1,6}\s+(.+)")

# A line longer than this is refused: no prose has one, and the sentence splitter's cost grows
# faster than linearly with the length of a paragraph (a 1 MB line of sentences takes ~4 s to
# split; a 50 MB one did not finish in 5 minutes). Measured in docs/reliability.md.
MAX_LINE_CHARS = 1_000_000


def read_text(path: Path, *, encoding: str = "utf-8", what: str = "file") -> str:
    """Read a user's text file, turning every way it can be unusable into one clear InputError."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a {what}; give a file path") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied; make the file readable (chmod +r)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror}); check the file") from None
    return decode_text(data, str(path), encoding=encoding, what=what)


def decode_text(data: bytes, name: str, *, encoding: str = "utf-8", what: str = "file") -> str:
    """Decode the bytes of a user's file (``name`` is how messages call it), refusing binary
    data, undecodable text and lines too long to be prose."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not a {what}; give a UTF-8 text file (.txt, .md, .jsonl)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        guess = "cp1252" if encoding.lower().replace("-", "").replace("_", "") == "utf8" else "utf-8"
        raise InputError(
            f"{name}: not valid {encoding} (byte {exc.start}); convert it (iconv -f {guess} -t utf-8) "
            f"or pass --encoding {guess}"
        ) from None
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}; use a Python codec name such as cp1252") from None
    check_line_lengths(text, name)
    return text.lstrip("\ufeff")


def check_line_lengths(text: str, name: str, *, limit: int = MAX_LINE_CHARS) -> None:
    """Refuse text with a line over ``limit`` characters (see MAX_LINE_CHARS), naming the line."""
    if len(text) <= limit:
        return
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if end - start > limit:
            lineno = text.count("\n", 0, start) + 1
            raise InputError(
                f"{name}:{lineno}: a line of {end - start:,} characters (limit {limit:,}) is not prose "
                f"factcheck can split; break it into paragraphs or split the file"
            )
        start = end + 1


def content_hash(*parts: str | None) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update((part or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def find_files(paths: Sequence[Path]) -> list[tuple[Path, Path]]:
    """Expand files and folders into ``(file, root)`` pairs, sorted, following links without looping."""
    found: list[tuple[Path, Path]] = []
    for given in paths:
        if not given.exists():
            raise InputError(f"{given}: no such file or folder; check the path")
        if given.is_file():
            if given.suffix.lower() not in SUFFIXES:
                raise InputError(f"{given}: unsupported file type; give .txt, .md or .jsonl files")
            found.append((given, given.parent))
            continue
        before = len(found)
        seen: set[str] = set()
        for dirpath, dirnames, filenames in os.walk(given, followlinks=True):
            real = os.path.realpath(dirpath)
            if real in seen:
                raise InputError(f"{dirpath}: symbolic link loop in the corpus folder; remove the link")
            seen.add(real)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                    found.append((Path(dirpath) / name, given))
        if len(found) == before:
            raise InputError(f"{given}: no .txt, .md or .jsonl documents in this folder; add some or give other paths")
    return found


def iter_documents(paths: Sequence[Path], *, encoding: str = "utf-8") -> Iterator[Document]:
    """Yield the documents of the given files and folders, in a stable order."""
    for path, root in find_files(paths):
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl_documents(path, encoding=encoding)
        else:
            yield _text_document(path, root, encoding=encoding)


def _doc_id_for(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def _text_document(path: Path, root: Path, *, encoding: str) -> Document:
    raw = read_text(path, encoding=encoding, what="corpus file")
    if not raw.strip():
        raise InputError(f"{path}: empty document, nothing to index; remove it or add text")
    title, meta, body_start = _parse_header(raw, is_markdown=path.suffix.lower() != ".txt")
    body = raw[body_start:]
    title = title or path.stem.replace("-", " ").replace("_", " ")
    text = body.strip()
    if not text:
        raise InputError(f"{path}: has a title but no text to index; add text or remove it")
    return Document(
        id=_doc_id_for(path, root),
        text=text,
        title=title,
        source=meta.get("source") or str(path),
        url=meta.get("url"),
        date=meta.get("date") or meta.get("published"),
        content_hash=content_hash(title, text, meta.get("source"), meta.get("url"), meta.get("date")),
    )


def _parse_header(raw: str, *, is_markdown: bool) -> tuple[str, dict[str, str], int]:
    """Title (first heading) and metadata lines at the top; returns where the body starts."""
    title = ""
    meta: dict[str, str] = {}
    pos = 0
    for line in raw.splitlines(keepends=True):
        stripped = line.strip()
        heading = _HEADING.match(stripped) if is_markdown else None
        meta_match = _META.match(stripped)
        if not stripped:
            pass
        elif heading and not title and not meta:
            title = heading.group(1).rstrip().rstrip("#").rstrip() or heading.group(1)
        elif meta_match:
            meta[meta_match.group(1).lower()] = meta_match.group(2)
        else:
            break
        pos += len(line)
    return title, meta, pos


def iter_jsonl_objects(path: Path, text: str, *, expected: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for each non-blank line of a JSONL text; a line that is not a JSON
    object is an InputError naming ``path:line`` and what the line should hold (``expected``)."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{lineno}: not valid JSON ({exc.msg}); fix or remove the line") from None
        if not isinstance(obj, dict):
            raise InputError(f"{path}:{lineno}: expected a JSON object with {expected}")
        yield lineno, obj


def _jsonl_documents(path: Path, *, encoding: str) -> Iterator[Document]:
    raw = read_text(path, encoding=encoding, what="JSONL file")
    if not raw.strip():
        raise InputError(f"{path}: empty JSONL file, nothing to index; remove it or add lines")
    for lineno, obj in iter_jsonl_objects(path, raw, expected="'id' and 'text'"):
        doc_id, text = obj.get("id"), obj.get("text")
        if doc_id is None or not isinstance(text, str):
            raise InputError(f"{path}:{lineno}: a document needs 'id' and 'text' (a string); add them")
        if not text.strip():
            raise InputError(f"{path}:{lineno}: empty 'text'; remove the line or add text")
        fields = {k: (None if obj.get(k) is None else str(obj.get(k))) for k in ("title", "source", "url", "date")}
        yield Document(
            id=str(doc_id),
            text=text.strip(),
            title=fields["title"] or "",
            source=fields["source"] or str(path),
            url=fields["url"],
            date=fields["date"],
            content_hash=content_hash(fields["title"], text.strip(), fields["source"], fields["url"], fields["date"]),
        )


def split_document(doc: Document, *, sentences: int = 3, stride: int = 2) -> list[Passage]:
    """Cut a document into windows of ``sentences`` sentences every ``stride`` sentences.

    Offsets are into ``doc.text``: ``doc.text[p.start:p.end] == p.text`` for every passage.
    """
    spans = split_sentences(doc.text)
    if not spans:
        return []
    passages: list[Passage] = []
    starts = list(range(0, max(len(spans) - sentences, 0) + 1, stride))
    if starts[-1] + sentences < len(spans):
        starts.append(len(spans) - sentences)
    for n, first in enumerate(starts):
        last = min(first + sentences, len(spans)) - 1
        start, end = spans[first][0], spans[last][1]
        passages.append(
            Passage(
                id=f"{doc.id}#{n}",
                doc_id=doc.id,
                text=doc.text[start:end],
                start=start,
                end=end,
                title=doc.title,
                source=doc.source,
                url=doc.url,
                date=doc.date,
            )
        )
    return passages
