"""The command line: parse options, call one library function, print the result.

Errors are turned into messages and exit codes here and only here: a FactcheckError becomes one
line on stderr and exit 2 (``FACTCHECK_DEBUG=1`` shows the traceback instead); Ctrl-C exits 130.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from factcheck import __version__
from factcheck.errors import FactcheckError, InputError
from factcheck.models import Verdict

FAIL_ON = ("contradicted", "unverified", "never")


def _debug() -> bool:
    return os.environ.get("FACTCHECK_DEBUG", "") not in ("", "0")


class UserError(click.ClickException):
    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"factcheck: error: {self.format_message()}", err=True)


class FactcheckGroup(click.Group):
    """Converts factcheck's errors into one-line messages and exit codes, at the edge only."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except FactcheckError as exc:
            if _debug():
                raise
            raise UserError(str(exc)) from None
        except KeyboardInterrupt:
            click.echo("factcheck: interrupted", err=True)
            raise click.exceptions.Exit(130) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise click.exceptions.Exit(0) from None
        except Exception as exc:  # a bug: say so in one line, keep the traceback for FACTCHECK_DEBUG
            if _debug():
                raise
            raise UserError(
                f"internal error ({type(exc).__name__}: {exc}); rerun with FACTCHECK_DEBUG=1 for the traceback"
            ) from None


def _progress_factory() -> Callable[[int, str], Callable[[int], None]] | None:
    """A tqdm bar on stderr when stderr is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return None

    def make(total: int, desc: str) -> Callable[[int], None]:
        from tqdm import tqdm

        bar = tqdm(total=total, desc=desc, unit="passage", file=sys.stderr, leave=False)

        def tick(n: int) -> None:
            bar.update(n)
            if bar.n >= total:
                bar.close()

        return tick

    return make


def _notify(message: str) -> None:
    click.echo(f"factcheck: {message}", err=True)


def _read_input(path: str, *, what: str) -> tuple[str, str]:
    """Text and display name of a file argument, ``-`` meaning stdin."""
    from factcheck.corpus import read_text

    if path == "-":
        data = sys.stdin.buffer.read()
        if b"\x00" in data[:8192]:
            raise InputError(f"<stdin>: looks like binary data; pipe a UTF-8 text {what}")
        try:
            return data.decode("utf-8").lstrip("\ufeff"), "<stdin>"
        except UnicodeDecodeError as exc:
            raise InputError(f"<stdin>: not valid UTF-8 (byte {exc.start}); convert it with iconv -t utf-8") from None
    return read_text(Path(path), what=what), path


index_option = click.option(
    "--index", "index_dir", type=click.Path(file_okay=False, path_type=Path), envvar="FACTCHECK_INDEX",
    default=".factcheck/index", show_default=True, show_envvar=True, help="Index folder.",
)


@click.group(cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Check the factual claims of a draft against a reference corpus, offline.

    \b
    Typical use:
      factcheck index corpus/                 # build or update the index
      factcheck check claims/draft.md         # Markdown evidence report on stdout
      factcheck check draft.md --format jsonl --fail-on contradicted   # as a publication gate

    Exit codes: 0 done (gate passed), 1 gate failed, 2 usage or input error.
    """


@cli.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@index_option
@click.option("--model", default=None, help="Embedding model: all-MiniLM-L6-v2 (default, packaged) or a local sentence-transformers folder.")
@click.option("--rebuild", is_flag=True, help="Discard the existing index and build it anew.")
@click.option("--prune", is_flag=True, help="Remove documents whose files are no longer given.")
def index_cmd(paths: Sequence[Path], index_dir: Path, model: str | None, rebuild: bool, prune: bool) -> None:
    """Build or update the index from corpus files and folders (.txt, .md, .jsonl).

    Unchanged documents are skipped by content hash; only new or changed ones are embedded.
    """
    from factcheck.index import update_index
    from factcheck.settings import Settings

    stats = update_index(list(paths), index_dir, model=model, settings=Settings(), rebuild=rebuild, prune=prune,
                         progress=_progress_factory(), notify=_notify)
    if stats.changed:
        msg = (f"indexed {index_dir}: {stats.added} added, {stats.updated} updated, {stats.removed} removed, "
               f"{stats.unchanged} unchanged; {stats.documents} documents, {stats.passages} passages "
               f"({stats.embedded} embedded in {stats.seconds:.1f}s)")
    else:
        msg = f"index {index_dir} is up to date: {stats.unchanged} documents unchanged, {stats.passages} passages"
    click.echo(msg, err=True)


@cli.command("search")
@click.argument("query")
@index_option
@click.option("-k", "k", default=5, show_default=True, type=click.IntRange(1, 100), help="Passages to show.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def search_cmd(query: str, index_dir: Path, k: int, fmt: str) -> None:
    """Show the passages that retrieval finds for QUERY (dense and BM25, fused)."""
    from factcheck.index import Index
    from factcheck.models import Claim
    from factcheck.retrieve import Retriever

    index = Index.open(index_dir)
    hits = Retriever(index).retrieve(Claim(id="q", text=query), k=k)
    if fmt == "json":
        click.echo(json.dumps([{"rank": h.rank, "score": h.score, "similarity": h.similarity,
                                **h.passage.model_dump()} for h in hits], ensure_ascii=False, indent=2))
        return
    for h in hits:
        click.echo(f"{h.rank}. [{h.passage.id}] {h.passage.title} (similarity {h.similarity:.3f})")
        click.echo(f"   {' '.join(h.passage.text.split())}")


@cli.command("extract")
@click.argument("draft", default="-")
@click.option("--format", "fmt", type=click.Choice(["md", "json", "jsonl"]), default="md", show_default=True)
def extract_cmd(draft: str, fmt: str) -> None:
    """List the checkable claims of DRAFT (a .md/.txt file, or - for stdin) with their quantities."""
    from factcheck.extract import extract_claims

    text, name = _read_input(draft, what="draft")
    claims = extract_claims(text, source=name)
    if not claims:
        _notify(f"{name}: no checkable claims found" if text.strip() else f"{name}: empty draft, nothing to extract")
    records = []
    for c in claims:
        span = c.span
        records.append({
            "id": c.id, "text": c.text, "start": span.start if span else None, "end": span.end if span else None,
            "line": span.line if span else None, "query": c.search_text,
            "quantities": [q.model_dump(mode="json") for q in c.quantities],
            "entities": [e.model_dump(mode="json") for e in c.entities], "negated": c.negated, "why": list(c.why),
        })
    if fmt == "jsonl":
        for r in records:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps({"source": name, "claims": records}, ensure_ascii=False, indent=2))
    else:
        from factcheck.report import escape_md

        click.echo(f"# Claims in {escape_md(name)}\n")
        for r in records:
            quants = "; ".join(f"{q['text']} → {q['kind']} {q['operator']} {q['value']}{' ' + q['unit'] if q['unit'] else ''}"
                               for q in r["quantities"])
            click.echo(f"- **{r['id']}** (line {r['line']}): {escape_md(r['text'])}")
            if quants:
                click.echo(f"  - quantities: {escape_md(quants)}")


def _gate(fail_on: str) -> Verdict | None:
    return None if fail_on == "never" else Verdict(fail_on)


@cli.command("check")
@click.argument("drafts", nargs=-1)
@click.option("--claims", "claims_file", type=click.Path(path_type=Path), help="JSONL claims file ({\"claim\": ..., \"id\": ...} a line).")
@index_option
@click.option("--format", "fmt", type=click.Choice(["md", "json", "jsonl"]), default="md", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here instead of stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="contradicted", show_default=True,
              help="Exit 1 when some claim's verdict is at or beyond this level.")
@click.option("--no-verifier", is_flag=True, help="Decide by the alignment rules alone.")
@click.pass_context
def check_cmd(ctx: click.Context, drafts: Sequence[str], claims_file: Path | None, index_dir: Path, fmt: str,
              output: Path | None, fail_on: str, no_verifier: bool) -> None:
    """Check the claims of DRAFTS (.md/.txt files, or - for stdin) or of a --claims file."""
    from factcheck.index import Index
    from factcheck.models import Report
    from factcheck.pipeline import check_claims, check_text, load_verifier, read_claims_file, report_config
    from factcheck.report import gate_passed, render
    from factcheck.settings import Settings

    if not drafts and claims_file is None:
        raise click.UsageError("give a DRAFT file (or - for stdin) or --claims FILE.jsonl")
    inputs = [(d, *_read_input(d, what="draft")) for d in drafts]
    claims_input = read_claims_file(claims_file) if claims_file else None
    settings = Settings(use_verifier=not no_verifier)
    index = Index.open(index_dir)
    verifier = load_verifier(settings)
    reports: list[Report] = []
    for _, text, name in inputs:
        if not text.strip():
            _notify(f"{name}: empty draft, no claims to check")
        reports.append(check_text(text, index, source=name, settings=settings, verifier=verifier))
    if claims_input is not None:
        verdicts = check_claims(claims_input[0], index, settings=settings, verifier=verifier)
        reports.append(Report(source=str(claims_file), verdicts=tuple(verdicts), config=report_config(index, settings, verifier)))
    gate = _gate(fail_on)
    if fmt == "json" and len(reports) > 1:
        bodies = [json.loads(render(r, "json", gate=gate)) for r in reports]
        out = json.dumps({"reports": bodies}, ensure_ascii=False, indent=2) + "\n"
    else:
        out = ("\n" if fmt == "md" else "").join(render(r, fmt, gate=gate) for r in reports)
    _write_output(out, output)
    passed = all(gate_passed(r, gate) for r in reports)
    ctx.exit(0 if passed else 1)


def _write_output(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    tmp = output.with_name(f".{output.name}.tmp")
    try:
        tmp.write_text(text, "utf-8")
        os.replace(tmp, output)
    except OSError as exc:
        raise InputError(f"{output}: cannot write the report ({exc.strerror}); choose another --output") from None


@cli.command("eval")
@click.argument("claims_file", type=click.Path(path_type=Path))
@index_option
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.option("-k", "k", default=5, show_default=True, type=click.IntRange(1, 100), help="k of evidence recall@k.")
@click.option("--no-verifier", is_flag=True, help="Decide by the alignment rules alone.")
def eval_cmd(claims_file: Path, index_dir: Path, fmt: str, k: int, no_verifier: bool) -> None:
    """Score verdicts on a labelled claims file (JSONL with 'claim' and 'label'; 'kind' and
    'evidence_ids' optional): accuracy, macro-F1, per-class scores, confusion matrix, recall@k."""
    from factcheck.evaluate import render_eval, score
    from factcheck.index import Index
    from factcheck.pipeline import check_claims, load_verifier, read_claims_file
    from factcheck.settings import Settings

    claims, records = read_claims_file(claims_file)
    for n, r in enumerate(records, start=1):
        if r.get("label") not in {v.value for v in Verdict}:
            raise InputError(f"{claims_file}: claim {r.get('id', n)!r} has no valid 'label' (supported, contradicted or unverified)")
    settings = Settings(use_verifier=not no_verifier, top_k=max(k, Settings().top_k))
    index = Index.open(index_dir)
    verdicts = check_claims(claims, index, settings=settings, verifier=load_verifier(settings))
    click.echo(render_eval(score(records, verdicts, k=k), fmt), nl=False)


def main(argv: list[str] | None = None) -> NoReturn:
    cli.main(args=argv, prog_name="factcheck")
    raise SystemExit(0)


if __name__ == "__main__":
    main()
