"""The command line through CliRunner: each command end to end, exit codes 0/1/2, one-line errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

from .conftest import FIXTURES

VERDICTS = {"supported", "contradicted", "unverified"}


@pytest.fixture(scope="module")
def fixture_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "index"
    result = CliRunner().invoke(cli, ["index", str(FIXTURES / "corpus"), "--index", str(path)])
    assert result.exit_code == 0, result.output
    assert "added" in result.stderr
    return path


def test_index_again_is_a_no_op(fixture_index: Path) -> None:
    result = CliRunner().invoke(cli, ["index", str(FIXTURES / "corpus"), "--index", str(fixture_index)])
    assert result.exit_code == 0
    assert "up to date" in result.stderr


def test_search_returns_ranked_passages(fixture_index: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "Who founded Quillfen Robotics?", "--index", str(fixture_index),
                                      "-k", "3", "--format", "json"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert [h["rank"] for h in hits] == [1, 2, 3]
    assert hits[0]["doc_id"].startswith("quillfen")


def test_extract_jsonl_spans_point_into_the_draft() -> None:
    draft = FIXTURES / "draft.md"
    text = draft.read_text("utf-8")
    result = CliRunner().invoke(cli, ["extract", str(draft), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for r in records:
        assert text[r["start"] : r["end"]] == r["text"]
        assert text.count("\n", 0, r["start"]) + 1 == r["line"]
        assert {"id", "query", "quantities", "entities", "negated"} <= set(r)


def test_check_jsonl_records_follow_the_contract(fixture_index: Path) -> None:
    draft = FIXTURES / "draft.md"
    text = draft.read_text("utf-8")
    result = CliRunner().invoke(cli, ["check", str(draft), "--index", str(fixture_index), "--format", "jsonl",
                                      "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for r in records:
        assert r["verdict"] in VERDICTS
        assert 0.0 <= r["confidence"] <= 1.0
        assert r["reason"]
        assert text[r["span"]["start"] : r["span"]["end"]] == r["claim"]
        assert r["span"]["file"] == str(draft)
        for ev in r["evidence"]:
            assert ev["stance"] in {"supports", "contradicts", "neutral"}
            assert {"passage_id", "doc_id", "title", "text", "score", "source", "url"} <= set(ev)


def test_check_says_once_when_the_index_has_no_parses_it_can_read(fixture_index: Path, tmp_path: Path) -> None:
    draft = str(FIXTURES / "draft.md")
    current = CliRunner().invoke(cli, ["check", draft, "--index", str(fixture_index), "--format", "jsonl",
                                       "--fail-on", "never"])
    assert current.exit_code == 0 and "passage parses" not in current.stderr
    # The same index with parses written by another factcheck version: same verdicts, and a note.
    other = tmp_path / "index"
    shutil.copytree(fixture_index, other)
    manifest = json.loads((other / "manifest.json").read_text("utf-8"))
    manifest["parse_version"] = "another-version"
    (other / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    stale = CliRunner().invoke(cli, ["check", draft, "--index", str(other), "--format", "jsonl", "--fail-on", "never"])
    assert stale.exit_code == 0
    assert stale.stderr.count("stores no passage parses this version can read") == 1
    verdicts = [(r["claim"], r["verdict"]) for r in map(json.loads, current.stdout.splitlines())]
    assert verdicts == [(r["claim"], r["verdict"]) for r in map(json.loads, stale.stdout.splitlines())]


def test_check_gate_exit_code_matches_verdicts(fixture_index: Path) -> None:
    draft = str(FIXTURES / "draft.md")
    result = CliRunner().invoke(cli, ["check", draft, "--index", str(fixture_index), "--format", "json"])
    body = json.loads(result.stdout)
    counts = body["summary"]
    assert counts["claims"] == counts["supported"] + counts["contradicted"] + counts["unverified"]
    assert result.exit_code == (1 if counts["contradicted"] else 0)
    assert body["summary"]["gate"]["passed"] is (result.exit_code == 0)
    strict = CliRunner().invoke(cli, ["check", draft, "--index", str(fixture_index), "--format", "json",
                                      "--fail-on", "unverified"])
    assert strict.exit_code == (1 if counts["contradicted"] or counts["unverified"] else 0)


def test_check_claims_file_carries_fields_through(fixture_index: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "--claims", str(FIXTURES / "claims.jsonl"), "--index",
                                      str(fixture_index), "--format", "jsonl", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    given = [json.loads(line) for line in (FIXTURES / "claims.jsonl").read_text().splitlines() if line.strip()]
    assert [r["id"] for r in records] == [g["id"] for g in given]
    assert [r["kind"] for r in records] == [g["kind"] for g in given]


def test_check_markdown_report_has_summary_and_config(fixture_index: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(FIXTURES / "draft.md"), "--index", str(fixture_index),
                                      "--fail-on", "never"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Fact-check report:")
    assert "## Config" in result.stdout
    assert "all-MiniLM-L6-v2" in result.stdout


def _assert_one_line_error(result: object, *needles: str) -> None:
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    err = result.stderr.strip()  # type: ignore[attr-defined]
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err


def test_missing_index_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(FIXTURES / "draft.md"), "--index", str(tmp_path / "none")])
    _assert_one_line_error(result, str(tmp_path / "none"), "factcheck index")


def test_empty_corpus_file_exits_2(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_text("  \n")
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "empty.md"), "--index", str(tmp_path / "idx")])
    _assert_one_line_error(result, "empty.md")
    assert not (tmp_path / "idx" / "manifest.json").exists()


def test_malformed_claims_line_exits_2(tmp_path: Path, fixture_index: Path) -> None:
    bad = tmp_path / "claims.jsonl"
    bad.write_text('{"claim": "Fine."}\n{"claim": oops}\n')
    result = CliRunner().invoke(cli, ["check", "--claims", str(bad), "--index", str(fixture_index)])
    _assert_one_line_error(result, "claims.jsonl:2")


def test_a_claims_file_given_as_a_draft_exits_2_naming_the_option(tmp_path: Path, fixture_index: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text('{"claim": "The bridge opened in 2019."}\n')
    result = CliRunner().invoke(cli, ["check", str(claims), "--index", str(fixture_index)])
    _assert_one_line_error(result, "claims.jsonl", "--claims")


def test_duplicate_claim_ids_exit_2(tmp_path: Path, fixture_index: Path) -> None:
    bad = tmp_path / "claims.jsonl"
    bad.write_text('{"id": "a", "claim": "One."}\n{"id": "a", "claim": "Two."}\n')
    result = CliRunner().invoke(cli, ["check", "--claims", str(bad), "--index", str(fixture_index)])
    _assert_one_line_error(result, "claims.jsonl:2", "duplicate")


def test_check_without_input_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 2


def test_help_and_extract_do_not_import_torch(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("The bridge is 410 metres long. It opened in 2019.")
    code = (
        "import sys\n"
        "from factcheck.cli import main\n"
        "try:\n"
        f"    main({['extract', str(draft)]!r})\n"
        "except SystemExit as e:\n"
        "    assert e.code == 0, e.code\n"
        "assert 'torch' not in sys.modules, 'torch imported'\n"
        "assert 'sentence_transformers' not in sys.modules\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "410 metres" in out.stdout
    helped = subprocess.run([sys.executable, "-c", "import sys\nfrom factcheck.cli import main\n"
                             "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
                             "assert 'torch' not in sys.modules"], capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0, helped.stderr


def test_check_jobs_option_gives_the_same_report_and_rejects_zero(fixture_index: Path) -> None:
    claims = str(FIXTURES / "claims.jsonl")
    args = ["check", "--claims", claims, "--index", str(fixture_index), "--format", "json", "--fail-on", "never"]
    one = CliRunner().invoke(cli, [*args, "--jobs", "1"])
    two = CliRunner().invoke(cli, [*args, "--jobs", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
    assert one.output == two.output
    bad = CliRunner().invoke(cli, [*args, "--jobs", "0"])
    assert bad.exit_code == 2
    assert "--jobs" in bad.output


def test_eval_reads_a_claims_file_in_the_given_encoding(fixture_index: Path, tmp_path: Path) -> None:
    latin = tmp_path / "claims-latin1.jsonl"
    line = {"id": "e1", "claim": "Quillfen Robotics opened a café in Malmö in 2021.", "label": "unverified"}
    latin.write_bytes((json.dumps(line, ensure_ascii=False) + "\n").encode("latin-1"))
    as_utf8 = CliRunner().invoke(cli, ["eval", str(latin), "--index", str(fixture_index)])
    assert as_utf8.exit_code == 2 and "--encoding" in as_utf8.output
    result = CliRunner().invoke(cli, ["eval", str(latin), "--index", str(fixture_index), "--encoding", "latin-1",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    assert sum(json.loads(result.output)["confusion"]["unverified"].values()) == 1
