"""Reliability at the edges: bad input gets exit 2 and one line, failed writes lose nothing,
hostile text stays data, and the same input gives byte-identical reports (docs/reliability.md).

Cases already covered elsewhere are not repeated here; docs/reliability.md points at them.
Most tests use a hash embedder (tests/rel_writer.py) so they never load the model; the
determinism test uses the real one, because that is what has to be deterministic.
"""

from __future__ import annotations

import ast
import errno
import io
import json
import os
import shutil
import subprocess
import sys
import time
import tokenize
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import factcheck
import factcheck.index as index_module
from factcheck.cli import cli
from factcheck.index import MANIFEST, Index, update_index

from .conftest import FIXTURES, write_corpus
from .rel_writer import HashEmbedder

PACKAGE = Path(factcheck.__file__).parent


@pytest.fixture()
def hash_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small index built with the hash embedder, which the CLI then also uses."""
    monkeypatch.setattr(index_module, "SentenceTransformerEmbedder", HashEmbedder)
    monkeypatch.chdir(tmp_path)  # no factcheck.toml of the repository applies
    path = tmp_path / "idx"
    update_index([write_corpus(tmp_path / "corpus")], path, embedder=HashEmbedder())
    return path


def _snapshot(path: Path) -> dict[str, bytes]:
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def _assert_one_line_error(result: Result, *needles: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("factcheck: error: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, (needle, err)


def _manifest(index: Path) -> dict[str, Any]:
    return json.loads((index / MANIFEST).read_text())


def _write_manifest(index: Path, **changes: Any) -> None:
    (index / MANIFEST).write_text(json.dumps({**_manifest(index), **changes}))


# Each case prepares its input and returns (command line, texts the one-line message must hold).
Case = Callable[[Path, Path, pytest.MonkeyPatch], tuple[list[str], list[str]]]


def _binary_corpus(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "scan.md").write_bytes(b"%PDF-1.4\x00\x01\x02 binary")
    return ["index", str(tmp / "scan.md"), "--index", str(idx)], ["scan.md", "binary"]


def _latin1_corpus(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "old.txt").write_bytes("Le caf\xe9 ouvre en 1901.".encode("cp1252"))
    return ["index", str(tmp / "old.txt"), "--index", str(idx)], ["old.txt", "iconv -f cp1252", "--encoding cp1252"]


def _unknown_encoding(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    return ["index", str(tmp / "corpus"), "--index", str(idx), "--encoding", "klingon"], ["unknown encoding", "cp1252"]


def _jsonl_corpus_not_json(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "feed.jsonl").write_text('{"id": "a", "text": "Fine."}\n{"id": "b", "text": \n')
    return ["index", str(tmp / "feed.jsonl"), "--index", str(idx)], ["feed.jsonl:2", "not valid JSON"]


def _jsonl_corpus_without_text(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "feed.jsonl").write_text('{"id": "a", "text": "Fine."}\n\n{"id": "b", "body": "Wrong field."}\n')
    return ["index", str(tmp / "feed.jsonl"), "--index", str(idx)], ["feed.jsonl:3", "'text'"]


def _duplicate_document_ids(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "a.jsonl").write_text('{"id": "same", "text": "One text."}\n')
    (tmp / "b.jsonl").write_text('{"id": "same", "text": "Another text."}\n')
    return ["index", str(tmp / "a.jsonl"), str(tmp / "b.jsonl"), "--index", str(idx)], ["'same'", "unique"]


def _folder_without_documents(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "photos").mkdir()
    (tmp / "photos" / "front.png").write_bytes(b"\x89PNG\r\n")
    (tmp / "photos" / ".hidden.md").write_text("# Hidden\n\nNot read.")
    return ["index", str(tmp / "photos"), "--index", str(idx)], ["photos", "no .txt, .md or .jsonl"]


def _symlink_loop(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "corpus" / "sub").mkdir()
    (tmp / "corpus" / "sub" / "back").symlink_to(tmp / "corpus", target_is_directory=True)
    return ["index", str(tmp / "corpus"), "--index", str(idx)], ["link loop", "remove the link"]


def _self_link_file(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "corpus" / "self.md").symlink_to(tmp / "corpus" / "self.md")
    return ["index", str(tmp / "corpus"), "--index", str(idx)], ["self.md", "cannot read"]


def _index_under_a_file(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "plain").write_text("a file, not a folder")
    return ["index", str(tmp / "corpus"), "--index", str(tmp / "plain" / "idx")], ["plain/idx", "another --index"]


def _claims_without_claim(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "claims.jsonl").write_text('{"claim": "Fine."}\n{"id": "x", "text": "Wrong field."}\n')
    return ["check", "--claims", str(tmp / "claims.jsonl"), "--index", str(idx)], ["claims.jsonl:2", "'claim'"]


def _claims_not_an_object(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "claims.jsonl").write_text('["The harbour opened in 1921."]\n')
    return ["check", "--claims", str(tmp / "claims.jsonl"), "--index", str(idx)], ["claims.jsonl:1", "JSON object"]


def _claims_file_missing(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    return ["check", "--claims", str(tmp / "nowhere.jsonl"), "--index", str(idx)], ["nowhere.jsonl", "no such file"]


def _binary_draft(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "draft.md").write_bytes(b"\x00\x00\x00\x01")
    return ["check", str(tmp / "draft.md"), "--index", str(idx)], ["draft.md", "binary"]


def _latin1_draft(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (tmp / "draft.md").write_bytes("La mairie a co\xfbt\xe9 4 millions d'euros.".encode("latin-1"))
    return ["extract", str(tmp / "draft.md")], ["draft.md", "--encoding cp1252"]


def _index_missing_a_file(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    bm25 = idx / _manifest(idx)["files"]["bm25"]
    victim = sorted(bm25.iterdir())[0]
    victim.unlink()
    return ["check", str(FIXTURES / "draft.md"), "--index", str(idx)], [victim.name, "missing", "--rebuild"]


def _truncated_faiss(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    vectors = idx / _manifest(idx)["files"]["vectors"]
    vectors.write_bytes(vectors.read_bytes()[: vectors.stat().st_size // 2])
    return ["search", "harbour", "--index", str(idx)], [vectors.name, "checksum", "--rebuild"]


def _corrupt_manifest(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (idx / MANIFEST).write_text('{"format_version": 1, "model": ')
    return ["check", str(FIXTURES / "draft.md"), "--index", str(idx)], ["manifest.json", "--rebuild"]


def _other_model_asked(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    other = tmp / "other-model"
    other.mkdir()
    (other / "modules.json").write_text("[]")
    return (["index", str(tmp / "corpus"), "--index", str(idx), "--model", str(other)],
            ["built with model 'hash-embedder-16'", "--rebuild"])


def _other_model_unavailable(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    from factcheck.embed import SentenceTransformerEmbedder

    mp.setattr(index_module, "SentenceTransformerEmbedder", SentenceTransformerEmbedder)
    _write_manifest(idx, model="/models/newsroom-mpnet")
    return (["check", str(FIXTURES / "draft.md"), "--index", str(idx)],
            ["/models/newsroom-mpnet", "not available here", "--rebuild"])


def _newer_format(tmp: Path, idx: Path, mp: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    _write_manifest(idx, format_version=99)
    return ["check", str(FIXTURES / "draft.md"), "--index", str(idx)], ["format 99", "upgrade factcheck"]


CASES: dict[str, Case] = {
    "binary-corpus-file": _binary_corpus,
    "non-utf8-corpus-file": _latin1_corpus,
    "unknown-encoding": _unknown_encoding,
    "jsonl-corpus-line-not-json": _jsonl_corpus_not_json,
    "jsonl-corpus-object-without-text": _jsonl_corpus_without_text,
    "duplicate-document-ids": _duplicate_document_ids,
    "folder-without-documents": _folder_without_documents,
    "symlink-loop": _symlink_loop,
    "file-linking-to-itself": _self_link_file,
    "index-path-under-a-file": _index_under_a_file,
    "claims-object-without-claim": _claims_without_claim,
    "claims-line-not-an-object": _claims_not_an_object,
    "claims-file-missing": _claims_file_missing,
    "binary-draft": _binary_draft,
    "non-utf8-draft": _latin1_draft,
    "index-missing-a-file": _index_missing_a_file,
    "truncated-faiss-file": _truncated_faiss,
    "corrupt-manifest": _corrupt_manifest,
    "index-built-with-another-model": _other_model_asked,
    "index-model-not-available": _other_model_unavailable,
    "newer-index-format": _newer_format,
}


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_bad_input_exits_2_with_one_line_naming_the_file(tmp_path: Path, hash_index: Path,
                                                         monkeypatch: pytest.MonkeyPatch, case: Case) -> None:
    args, needles = case(tmp_path, hash_index, monkeypatch)
    before = _snapshot(hash_index)
    result = CliRunner().invoke(cli, args)
    _assert_one_line_error(result, *needles)
    assert _snapshot(hash_index) == before, "a refused command changed the index folder"


def test_empty_draft_is_not_an_error(hash_index: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_text(" \n\n")
    for args, stdin in ((["extract", str(tmp_path / "empty.md"), "--format", "jsonl"], None),
                        (["extract", "-", "--format", "jsonl"], b""),
                        (["check", str(tmp_path / "empty.md"), "--index", str(hash_index), "--format", "json"], None),
                        (["check", "-", "--index", str(hash_index), "--format", "json"], b"\n")):
        result = CliRunner().invoke(cli, args, input=stdin)
        assert result.exit_code == 0, (args, result.output)
        assert "empty draft" in result.stderr
        if args[0] == "check":
            assert json.loads(result.stdout)["claims"] == []
        else:
            assert result.stdout == ""


def test_encoding_option_reads_legacy_files_in_every_command(hash_index: Path, tmp_path: Path) -> None:
    legacy = tmp_path / "legacy"
    legacy.mkdir()
    (legacy / "cafe.txt").write_bytes("Le caf\xe9 Rivi\xe8re ouvre en 1901 et compte 40 places.".encode("cp1252"))
    (tmp_path / "claims.jsonl").write_bytes('{"id": "c1", "claim": "Le caf\xe9 Rivi\xe8re compte 40 places."}\n'.encode("cp1252"))
    (tmp_path / "draft.md").write_bytes("Le caf\xe9 Rivi\xe8re compte 40 places.\n".encode("cp1252"))
    indexed = CliRunner().invoke(cli, ["index", str(legacy), "--index", str(hash_index), "--encoding", "cp1252"])
    assert indexed.exit_code == 0, indexed.output
    index = Index.open(hash_index, embedder=HashEmbedder())
    assert any("café Rivière" in p.text for p in index.passages(range(index.size)))
    index.close()
    extracted = CliRunner().invoke(cli, ["extract", str(tmp_path / "draft.md"), "--encoding", "cp1252", "--format", "json"])
    assert extracted.exit_code == 0, extracted.output
    assert "café" in extracted.stdout
    checked = CliRunner().invoke(cli, ["check", "--claims", str(tmp_path / "claims.jsonl"), str(tmp_path / "draft.md"),
                                       "--index", str(hash_index), "--encoding", "cp1252", "--format", "json",
                                       "--fail-on", "never"])
    assert checked.exit_code == 0, checked.output
    assert "Le café Rivière compte 40 places." in checked.stdout


def _run_measured(args: list[str], cwd: Path) -> tuple[int, str, float, float]:
    """Run the CLI in a fresh interpreter: exit code, stderr, seconds and peak memory (MB)."""
    code = (
        "import sys\n"
        "from factcheck.cli import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit as e:\n"
        "    code = e.code\n"
        # VmHWM, not ru_maxrss: the latter keeps the peak of the forking parent (pytest, with torch)
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n"
        "print(f'PEAK {int(hwm) / 1024:.0f}', file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    t0 = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=cwd)
    seconds = time.monotonic() - t0
    lines = out.stderr.strip().splitlines()
    peak = float(lines[-1].split()[1])
    return out.returncode, "\n".join(lines[:-1]), seconds, peak


def test_fifty_megabyte_single_line_is_refused_fast_and_small(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    sentence = "The harbour of Velmora handles about 2.4 million tonnes of cargo a year. "
    with big.open("w") as f:
        f.write("# Dump\n\n")
        for _ in range(50_000_000 // len(sentence) + 1):
            f.write(sentence)
        f.write("\n")
    assert big.stat().st_size > 50_000_000
    for args in (["index", str(big), "--index", str(tmp_path / "idx")], ["extract", str(big)]):
        code, err, seconds, peak = _run_measured(args, tmp_path)
        assert code == 2, err
        assert err.startswith("factcheck: error: ") and len(err.splitlines()) == 1, err
        assert "dump.txt:3" in err and "limit 1,000,000" in err
        assert seconds < 30, seconds  # refused after one read and one scan: 0.5 s of CPU measured
        assert peak < 600, peak  # the bytes, the text and the interpreter: ~140 MB measured
    assert not (tmp_path / "idx").exists()


def test_debug_variable_shows_the_traceback(tmp_path: Path) -> None:
    args = [sys.executable, "-m", "factcheck.cli", "search", "harbour", "--index", str(tmp_path / "none")]
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_DEBUG"}
    quiet = subprocess.run(args, capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert quiet.returncode == 2
    assert quiet.stderr.strip().splitlines() == [
        f"factcheck: error: {tmp_path / 'none'}: no index here; build one with "
        f"`factcheck index CORPUS --index {tmp_path / 'none'}`"
    ]
    loud = subprocess.run(args, capture_output=True, text=True, timeout=120, env={**env, "FACTCHECK_DEBUG": "1"}, cwd=tmp_path)
    assert loud.returncode != 0
    assert "Traceback (most recent call last)" in loud.stderr
    assert "IndexNotFound" in loud.stderr


def test_unexpected_error_is_one_line_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a bug, not a FactcheckError, whose message spans lines (faiss's do): still one line, exit 2
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("Error in faiss::read_index at index_read.cpp:1\nError: 'ret == size' failed")

    monkeypatch.setattr(index_module, "update_index", broken)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    result = CliRunner().invoke(cli, ["index", str(write_corpus(tmp_path / "c")), "--index", str(tmp_path / "i")])
    _assert_one_line_error(result, "internal error (RuntimeError", "'ret == size' failed", "FACTCHECK_DEBUG=1")


def _chattr(path: Path, flag: str) -> bool:
    try:
        return subprocess.run(["chattr", flag, str(path)], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def test_unwritable_index_folder_is_refused_and_stays_readable(hash_index: Path, tmp_path: Path) -> None:
    # We run as root, for whom permission bits do not matter; the immutable attribute (chattr +i)
    # makes the kernel refuse to create or remove entries in the folder, even for root.
    if not _chattr(hash_index, "+i"):
        pytest.skip("chattr +i is not available on this file system")
    try:
        probe = hash_index / "probe"
        with pytest.raises(PermissionError):
            probe.write_text("x")
        before = _snapshot(hash_index)
        (tmp_path / "more").mkdir()
        (tmp_path / "more" / "ferry.md").write_text("# Ferry\n\nA ferry to Orsk leaves every 90 minutes.")
        result = CliRunner().invoke(cli, ["index", str(tmp_path / "more"), "--index", str(hash_index)])
        _assert_one_line_error(result, str(hash_index), "not writable", "another --index")
        assert _snapshot(hash_index) == before
        # reading needs no write access: search still works
        found = CliRunner().invoke(cli, ["search", "Oyelaran", "--index", str(hash_index), "--format", "json"])
        assert found.exit_code == 0, found.output
        assert any(h["doc_id"] == "council-2" for h in json.loads(found.stdout))
    finally:
        _chattr(hash_index, "-i")


def test_failed_write_removes_its_files_and_keeps_the_old_index(hash_index: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # A full disk, simulated: the BM25 write fails after the new FAISS file and store were written.
    def disk_full(texts: Any, target: Path) -> None:
        target.mkdir()
        (target / "params.index.json").write_text("{")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(index_module, "_write_bm25", disk_full)
    before = _snapshot(hash_index)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "ferry.md").write_text("# Ferry\n\nA ferry to Orsk leaves every 90 minutes.")
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "more"), "--index", str(hash_index)])
    _assert_one_line_error(result, str(hash_index), "No space left on device", "previous index is unchanged")
    assert _snapshot(hash_index) == before
    Index.open(hash_index, embedder=HashEmbedder()).close()


# -- hostile text --------------------------------------------------------------------------------
HOSTILE = (
    "Mayor <script>alert(1)</script> said | col | **bold** `code` [x](javascript:alert(2)) "
    "<img src=x onerror=alert(3)>\n# Injected heading\n> quote\n- item &amp; &lt;b&gt; \u202eevil\u202c"
)


def _hostile_report() -> Any:
    from factcheck.models import Claim, ClaimVerdict, Evidence, Passage, Report, ReportConfig, Span, Stance, Verdict

    passage = Passage(id="doc#0", doc_id="doc", text=HOSTILE, start=0, end=len(HOSTILE), title=HOSTILE,
                      source=HOSTILE, url="javascript:alert(4)", date="<b>2024</b>")
    claims = [
        ClaimVerdict(claim=Claim(id="c1", text=HOSTILE, span=Span(file="d<r>aft|.md", start=0, end=5, line=1)),
                     verdict=v, confidence=0.5, reason=HOSTILE,
                     evidence=(Evidence(passage=passage, score=0.9, stance=s, text=HOSTILE),))
        for v, s in ((Verdict.CONTRADICTED, Stance.CONTRADICTS), (Verdict.SUPPORTED, Stance.SUPPORTS))
    ]
    config = ReportConfig(version="0", model="m", index_path="<i>", index_checksum="x", settings={"k": HOSTILE})
    return Report(source="d<r>aft|.md", verdicts=tuple(claims), config=config, notes=(HOSTILE,))


def test_reports_keep_hostile_text_as_data() -> None:
    from factcheck.report import render

    report = _hostile_report()
    # annotated reproduces the user's own draft verbatim; what it adds (footnotes with claims,
    # reasons and corpus evidence) must be escaped, so its draft here is harmless text
    markdown: list[tuple[str, dict[str, Any]]] = [("md", {}), ("annotated", {"draft": "Plain draft text.\n"})]
    for fmt, extra in markdown:
        out = render(report, fmt, **extra)
        for raw in ("<script", "<img", "[x](javascript:", "<javascript:", "<b>", "<r>", "<i>"):
            assert raw not in out, (fmt, raw)
        assert not [line for line in out.splitlines() if line.startswith(("# Injected", "- item", "> quote"))], fmt
        for line in out.splitlines():
            if "col" in line and "Mayor" in line:
                assert " | col | " not in line, (fmt, line)  # every pipe of the text escaped
    # JSON keeps the text exactly (it is data for programs), and stays parseable
    structured: list[tuple[str, dict[str, Any]]] = [("json", {}), ("jsonl", {}), ("claimreview", {"date": "2024-01-01"})]
    for fmt, extra in structured:
        out = render(report, fmt, **extra)
        parsed = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else [json.loads(out)]
        assert HOSTILE in _strings(parsed), fmt


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return set()


UNSAFE_CALLS = {"eval", "exec", "compile"}  # the builtins; re.compile and friends are attributes
UNSAFE_MODULES = {"pickle", "cPickle", "dill", "cloudpickle", "marshal", "shelve", "joblib", "yaml"}


def _code_names(path: Path) -> list[tuple[int, str, str, str]]:
    """``(line, previous token, name, next token)`` for each name in the code, ignoring strings
    and comments."""
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline)
              if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.STRING)]
    return [(t.start[0], tokens[i - 1].string if i else "", t.string, tokens[i + 1].string if i + 1 < len(tokens) else "")
            for i, t in enumerate(tokens) if t.type == tokenize.NAME]


def test_no_code_execution_or_unsafe_deserialisation_in_the_package() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for line, prev, name, nxt in _code_names(path):
            if name in UNSAFE_MODULES and prev in ("import", "from", ","):
                found.append(f"{path.name}:{line}: imports {name}")
            elif name in UNSAFE_CALLS and nxt == "(" and prev not in (".", "def"):
                found.append(f"{path.name}:{line}: calls {name}()")
            elif name == "load" and prev == "." and nxt == "(" and "torch.load" in path.read_text("utf-8"):
                found.append(f"{path.name}:{line}: torch.load")
        text = path.read_text("utf-8")
        if "allow_pickle=True" in text or "weights_only=False" in text:
            found.append(f"{path.name}: enables pickle loading")
    assert not found, found


def test_the_source_scan_would_catch_unsafe_code(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import pickle  # eval(x) in a comment is fine\nx = eval('1')\ns = 'exec(y)'\n")
    names = _code_names(bad)
    assert ("import", "pickle") in [(p, n) for _, p, n, _ in names]
    assert any(n == "eval" and nx == "(" and p != "." for _, p, n, nx in names)
    assert not any(n == "exec" for _, _, n, _ in names)


# -- determinism ---------------------------------------------------------------------------------
def test_same_input_gives_identical_json_across_runs_and_a_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    index = tmp_path / "index"
    build = CliRunner().invoke(cli, ["index", str(FIXTURES / "corpus"), "--index", str(index)])
    assert build.exit_code == 0, build.output
    # a draft and a claims file in one run: {"reports": [draft's, claims'], "summary": ...}
    check = ["check", str(FIXTURES / "draft.md"), "--claims", str(FIXTURES / "claims.jsonl"), "--index", str(index),
             "--format", "json", "--fail-on", "never"]
    first = CliRunner().invoke(cli, check)
    assert first.exit_code == 0, first.output
    body = json.loads(first.stdout)
    assert [len(r["claims"]) > 0 for r in body["reports"]] == [True, True], "nothing to compare"
    second = CliRunner().invoke(cli, check)
    assert second.stdout == first.stdout
    # rebuild: new generation files, same content; reports name the index by its content fingerprint
    old_files = _manifest(index)["files"]
    rebuilt = CliRunner().invoke(cli, ["index", str(FIXTURES / "corpus"), "--index", str(index), "--rebuild"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert _manifest(index)["files"] != old_files
    after = CliRunner().invoke(cli, check)
    assert after.exit_code == 0, after.output
    assert after.stdout == first.stdout


def test_fingerprint_names_content_not_generation(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    update_index([corpus], tmp_path / "a", embedder=HashEmbedder())
    update_index([corpus], tmp_path / "b", embedder=HashEmbedder(), rebuild=True)
    a, b = Index.open(tmp_path / "a"), Index.open(tmp_path / "b")
    assert a.manifest["files"] != b.manifest["files"]
    assert a.checksum == b.checksum
    (corpus / "mill.txt").write_text("Velmora textile mill\n\nThe Orsk textile mill employed 1,300 workers.")
    update_index([corpus], tmp_path / "b", embedder=HashEmbedder())
    assert Index.open(tmp_path / "b").checksum != a.checksum
    for idx in (a, b):
        idx.close()
    shutil.rmtree(tmp_path / "a")


@pytest.mark.slow
def test_same_json_in_interpreters_with_other_hash_seeds(tmp_path: Path) -> None:
    """No dependence on set or dict iteration order: two fresh interpreters, two hash seeds."""
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_DEBUG"}
    cli_cmd = [sys.executable, "-m", "factcheck.cli"]
    index = tmp_path / "index"
    subprocess.run([*cli_cmd, "index", str(FIXTURES / "corpus"), "--index", str(index)], check=True, env=env,
                   cwd=tmp_path, capture_output=True, timeout=300)
    outs = []
    for seed in ("1", "12345"):
        run = subprocess.run([*cli_cmd, "check", str(FIXTURES / "draft.md"), "--claims", str(FIXTURES / "claims.jsonl"),
                              "--index", str(index), "--format", "json", "--fail-on", "never"],
                             capture_output=True, text=True, timeout=300, env={**env, "PYTHONHASHSEED": seed}, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        outs.append(run.stdout)
    assert json.loads(outs[0])
    assert outs[0] == outs[1]


def test_no_module_constant_or_function_is_defined_twice() -> None:
    # A second ``_LATER = ...`` further down a module silently replaces the first for every caller:
    # each name a module defines at its top level is defined once.

    root = Path(__file__).resolve().parents[1] / "factcheck"
    twice = []
    for path in sorted(root.glob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            for name in names:
                if name in seen:
                    twice.append(f"{path.name}: {name}")
                seen.add(name)
    assert twice == []
