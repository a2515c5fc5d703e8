"""The editorial workflow end to end through the CLI: batches of drafts and folders, an unreadable
draft among them, the gate over all drafts, --output FILE/DIR, annotated and ClaimReview output,
factcheck.toml in use, and the pre-commit hook definition. Uses the session's small index; the
verdicts themselves may change, so these tests check structure and exit codes against the output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

REPO = Path(__file__).resolve().parent.parent

DRAFT_A = ("# Velmora\n\nThe harbour of Velmora opened on 14 March 1921. "
           "The Orsk textile mill employed 2,000 workers at its peak in 1957.\n")
DRAFT_B = "Maria Oyelaran was elected mayor of Velmora in October 2022 with 54 percent of the vote.\n"


@pytest.fixture()
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with drafts (one unreadable, one hidden, one not a draft); no config above it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    monkeypatch.delenv("FACTCHECK_INDEX", raising=False)
    drafts = tmp_path / "drafts"
    (drafts / "sub").mkdir(parents=True)
    (drafts / "a.md").write_text(DRAFT_A, "utf-8")
    (drafts / "sub" / "b.txt").write_text(DRAFT_B, "utf-8")
    (drafts / "sub" / "bad.md").write_bytes(b"The mill \xff\xfe closed in 1988.\n")
    (drafts / ".hidden.md").write_text("Ignored.\n")
    (drafts / "notes.json").write_text("{}\n")
    return tmp_path


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("factcheck: error:")]


def test_folders_expand_to_drafts_skipping_hidden_files_and_the_report_folder(newsroom: Path) -> None:
    from factcheck.cli import _expand_drafts

    (newsroom / "drafts" / "reports").mkdir()
    (newsroom / "drafts" / "reports" / "a.report.md").write_text("# Fact-check report\n")
    (newsroom / "empty").mkdir()
    drafts, errors = _expand_drafts(["drafts", "empty", "missing.md"], skip=Path("drafts/reports"))
    assert drafts == ["drafts/a.md", "drafts/sub/b.txt", "drafts/sub/bad.md", "missing.md"]
    assert errors == ["empty: no .md or .txt drafts in this folder"]


def test_batch_reports_an_unreadable_draft_and_checks_the_others(newsroom: Path, mini_index_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "drafts", "missing.md", "--index", str(mini_index_dir),
                                      "--format", "json", "--output", "out"])
    assert result.exit_code == 2, result.output
    errors = _errors(result.stderr)
    assert len(errors) == 2, result.stderr
    assert "drafts/sub/bad.md" in errors[0] and "UTF-8".lower() in errors[0].lower()
    assert "missing.md" in errors[1]
    assert "Traceback" not in result.stderr and "checking" not in result.stderr  # no bar off a terminal
    assert result.stdout == ""
    written = sorted(str(p.relative_to(newsroom / "out")) for p in (newsroom / "out").rglob("*") if p.is_file())
    assert written == ["drafts/a.json", "drafts/sub/b.json", "summary.json"]
    summary = json.loads((newsroom / "out" / "summary.json").read_text())
    assert [d["source"] for d in summary["drafts"]] == ["drafts/a.md", "drafts/sub/b.txt"]
    assert [d["report"] for d in summary["drafts"]] == ["drafts/a.json", "drafts/sub/b.json"]
    assert summary["summary"]["errors"] == 2 and len(summary["errors"]) == 2
    a = json.loads((newsroom / "out" / "drafts" / "a.json").read_text())
    assert a["source"] == "drafts/a.md" and len(a["claims"]) == 2
    assert summary["summary"]["claims"] == sum(d["claims"] for d in summary["drafts"])


def test_gate_covers_every_draft(newsroom: Path, mini_index_dir: Path) -> None:
    args = ["check", "drafts/a.md", "drafts/sub/b.txt", "--index", str(mini_index_dir), "--format", "json"]
    result = CliRunner().invoke(cli, [*args, "--fail-on", "unverified"])
    body = json.loads(result.stdout)
    assert [r["source"] for r in body["reports"]] == ["drafts/a.md", "drafts/sub/b.txt"]
    verdicts = [c["verdict"] for r in body["reports"] for c in r["claims"]]
    assert len(verdicts) == 3
    assert result.exit_code == (1 if {"contradicted", "unverified"} & set(verdicts) else 0)
    assert body["summary"]["gate"] == {"fail_on": "unverified", "passed": result.exit_code == 0}
    never = CliRunner().invoke(cli, [*args, "--fail-on", "never"])
    assert never.exit_code == 0


def test_markdown_batch_on_stdout_opens_with_the_summary(newsroom: Path, mini_index_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "drafts/a.md", "drafts/sub/b.txt", "--index", str(mini_index_dir),
                                      "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Fact-check summary\n")
    assert result.stdout.count("# Fact-check report: ") == 2


def test_output_file_holds_a_single_report(newsroom: Path, mini_index_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "drafts/a.md", "--index", str(mini_index_dir), "--fail-on", "never",
                                      "--output", "report.md"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    text = (newsroom / "report.md").read_text("utf-8")
    assert text.startswith("# Fact-check report: drafts/a.md\n") and "## Config" in text


def test_annotated_draft_through_the_cli(newsroom: Path, mini_index_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "drafts/a.md", "--index", str(mini_index_dir), "--format",
                                      "annotated", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    body, sep, notes = result.stdout.partition("\n\n[^1]: ")
    assert sep
    assert re.sub(r"\[\^\d+\]", "", body) + "\n" == DRAFT_A
    assert "1921.[^1]" in body and "in 1957.[^2]" in body
    assert len(re.findall(r"^\[\^\d+\]: ", sep.lstrip("\n") + notes, flags=re.M)) == 2


def test_config_file_sets_index_gate_and_claimreview_author(newsroom: Path, mini_index_dir: Path) -> None:
    (newsroom / "factcheck.toml").write_text(
        f'index = "{mini_index_dir.as_posix()}"\nfail_on = "never"\nauthor = "Velmora Gazette"\n', "utf-8")
    args = ["check", "drafts/a.md", "--format", "claimreview", "--date", "2026-11-29"]
    result = CliRunner().invoke(cli, args)  # no --index: the file's
    assert result.exit_code == 0, result.output  # the file's gate: never
    reviews = json.loads(result.stdout)
    assert len(reviews) == 2
    for review in reviews:
        assert review["@type"] == "ClaimReview" and review["datePublished"] == "2026-11-29"
        assert review["author"]["name"] == "Velmora Gazette"
        assert review["reviewRating"]["alternateName"] in {"supported", "contradicted", "unverified"}
        assert review["itemReviewed"]["appearance"]["url"] == "drafts/a.md"
    strict = CliRunner().invoke(cli, [*args, "--author", "Desk", "--fail-on", "unverified"])
    strict_reviews = json.loads(strict.stdout)
    assert {r["author"]["name"] for r in strict_reviews} == {"Desk"}  # the option wins over the file
    worst = {r["reviewRating"]["alternateName"] for r in strict_reviews}
    assert strict.exit_code == (1 if worst & {"contradicted", "unverified"} else 0)


def test_bad_date_option_is_a_one_line_error(newsroom: Path, mini_index_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "drafts/a.md", "--index", str(mini_index_dir), "--format",
                                      "claimreview", "--date", "29/11/2026"])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "YYYY-MM-DD" in result.stderr


def test_pre_commit_hooks_run_the_gate_on_markdown_files() -> None:
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    by_id = {h["id"]: h for h in hooks}
    assert set(by_id) == {"factcheck", "factcheck-system"}
    for hook in hooks:
        assert hook["entry"].split()[:2] == ["factcheck", "check"]
        assert re.search(hook["files"], "stories/2026/harbour.md")
        assert not re.search(hook["files"], "data/corpus.jsonl")
        assert hook["require_serial"] is True and hook.get("pass_filenames", True) is True
    assert by_id["factcheck"]["language"] == "python" and by_id["factcheck-system"]["language"] == "system"


def test_index_reports_added_updated_removed_and_skips_unchanged(newsroom: Path) -> None:
    corpus = newsroom / "corpus"
    corpus.mkdir()
    (corpus / "one.md").write_text("# One\n\nThe harbour of Velmora opened in 1921.\n")
    (corpus / "two.md").write_text("# Two\n\nThe Orsk mill closed in 1988.\n")
    args = ["index", str(corpus), "--index", str(newsroom / "idx")]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "2 added, 0 updated, 0 removed, 0 unchanged" in first.stderr
    (corpus / "one.md").write_text("# One\n\nThe harbour of Velmora opened in 1922.\n")
    (corpus / "two.md").unlink()
    (corpus / "three.md").write_text("# Three\n\nThe bakery has sold bread since 1899.\n")
    second = CliRunner().invoke(cli, [*args, "--prune"])
    assert second.exit_code == 0, second.output
    assert "1 added, 1 updated, 1 removed, 0 unchanged" in second.stderr
    assert "(2 embedded" in second.stderr  # the new and the changed document only, one passage each
    third = CliRunner().invoke(cli, args)
    assert "up to date: 2 documents unchanged" in third.stderr
